"""The forms of code names batches 123 to 125 met, which the notation's loader or the reader refused though their pages
write and mean one name, written here as other authors would (other names, other networks than the pages'):

- a double underscore inside a code name, a notebook's ``d_L__d_o`` (dL/do) and ``f_deri__sum_o`` (the sigmoid's slope
  at sum_o): one name where the notation names it as written; one it does not name is refused naming it (TeX's
  ``a__b`` is no double subscript either);
- a letter outside ASCII in a word of several underscores, ``gradienten_för_denna_vikt``, ``dérivée_de_l_erreur``: one
  name where the notation names it, refused naming it where it does not (``delta_nästa``, one underscore, stays the
  word with its subscript word);
- a dotted code name ending in an underscore, scikit-learn's and Raschka's ``self.w_``, ``model.coef_``: one name,
  the notation's, before a space, an operator or the end; an unknown symbol where it names none;
- a field holding a Greek letter, ∂ or ∇, Julia's ``nn.∇w``, ``nn.∇b``, ``nn.δ``: one name where the notation names it
  as written, refused naming the line to add elsewhere;
- a name of two words, a book's ``VALEUR ENTREE``: one name where the notation names the phrase (the notation's gap in
  batch 125), unknown where it does not.

- Lisp's hyphenated names, ``d-error``, ``grad-sigmoid``: one name inside an S-expression (operators stand apart),
  where the notation names it (kept as ``d_error``); read in Common Lisp's ``(defun NAME (x) BODY)``, Scheme's and
  Racket's ``(define (NAME x) BODY)`` beside Clojure's defn, and in an assignment, ``(setf d-error (- target
  output))``, ``(setq ...)``, ``(set! ...)``, ``(def ...)``; outside a form, ``d-error`` stays d minus error.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-1": SIGMOID_2_1}
CHECKS = CaseChecks(NETWORKS)

_DELTA = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_I2 = ({"i": 0}, {"i": 1})

# a German notebook's code names of derivatives, dL/do and do/dsum_o, with a double underscore between their parts
_DUNDER = r'''
[notation]
[notation.symbols]
"o" = "a1[0]"
"t" = "y[0]"
"inp" = "x[0]"
"w" = "W1[0, 0]"
"d_L__d_o" = "a1[0] - y[0]"
"f_deri__sum_o" = "a1[0]*(1 - a1[0])"
"dE__dnet" = "delta1[0]"
'''

# Swedish and French words of code and pseudo-code with letters outside ASCII
_WORDS = r'''
[notation]
[notation.symbols]
"utdata" = "a1[0]"
"facit" = "y[0]"
"ingång_för_vikten" = "x[0]"
"gammal_vikt" = "W1[0, 0]"
"ny_vikt" = "new(W1[0, 0])"
"gradienten_för_denna_vikt" = "grad(W1[0, 0])"
"dérivée_de_l_erreur" = "a1[0] - y[0]"
'''

# scikit-learn's fitted attributes, a trailing underscore on a dotted name (Raschka's Adaline, a model's coef_)
_FITTED = r'''
[notation]
learning_rate = ["self.eta"]
[notation.symbols]
"self.w_" = "W1[0, 0]"
"model.coef_" = "W1[0, 1]"
"xi" = "x[0]"
"x2" = "x[1]"
"output" = "a1[0]"
"error" = "y[0] - a1[0]"
'''

# Julia's fields of the gradients, named by ∇ and δ
_JULIA = r'''
[notation]
[notation.symbols]
"nn.a" = "a1[0]"
"nn.y" = "y[0]"
"nn.x" = "x[:]"
"nn.∇b" = "delta1[0]"
"nn.∇w" = "grad(W1[0, :])"
"nn.δ" = "delta1[0]"
'''

# a French book's pseudo-formula in words, its input VALEUR ENTREE
_FRENCH = r'''
[notation]
[notation.symbols]
"Gradient" = "grad(W1[0, 0])"
"ERREUR" = "y[0] - a1[0]"
"PREDICTION" = "a1[0]"
"VALEUR ENTREE" = "x[0]"
'''


# Common Lisp's and Racket's names of a neuron's error and the sigmoid's slope at its output
_LISP = r'''
[notation]
functions = { "grad-sigmoid" = "sigmoid' at output" }
[notation.symbols]
"output" = "a1[0]"
"target" = "y[0]"
"input-1" = "x[0]"
"weight-1" = "W1[0, 0]"
"d-error" = "a1[0] - y[0]"
"delta-output-sum" = "delta1[0]"
'''


def _cases() -> list[Public]:
    return [
        # ---- a double underscore inside a code name ------------------------------------------------------------
        Public("dunder-value", "test", "sigmoid-2-1", _DUNDER, "                d_L__d_o = o - t # Das Rote", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("dunder-value-wrong", "test", "sigmoid-2-1", _DUNDER, "d_L__d_o = t - o", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
        Public("dunder-update", "test", "sigmoid-2-1", _DUNDER, "w -= eta * d_L__d_o * f_deri__sum_o * inp", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_DELTA}*x[0]",)),)),
        Public("dunder-update-wrong", "test", "sigmoid-2-1", _DUNDER, "w -= eta * d_L__d_o * f_deri__sum_o * o",
               ((W,),), (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_DELTA}*a1[0]",)),)),
        Public("dunder-product", "test", "sigmoid-2-1", _DUNDER, "dE__dnet = d_L__d_o * f_deri__sum_o", ((C,),),
               (Twin("value", _DELTA, (_DELTA,)),)),
        Public("dunder-product-wrong", "test", "sigmoid-2-1", _DUNDER, "dE__dnet = d_L__d_o + f_deri__sum_o", ((W,),),
               (Twin("value", _DELTA, ("a1[0] - y[0] + a1[0]*(1 - a1[0])",)),)),
        # ---- letters outside ASCII in a word of several underscores -----------------------------------------------
        Public("nordic-update", "test", "sigmoid-2-1", _WORDS, "ny_vikt = gammal_vikt - α × gradienten_för_denna_vikt",
               ((C,),), (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_DELTA}*x[0]",)),)),
        Public("nordic-update-wrong", "test", "sigmoid-2-1", _WORDS,
               "ny_vikt = gammal_vikt + α × gradienten_för_denna_vikt", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] + eta*{_DELTA}*x[0]",)),)),
        Public("nordic-gradient", "test", "sigmoid-2-1", _WORDS,
               "gradienten_för_denna_vikt = (utdata - facit) * utdata * (1 - utdata) * ingång_för_vikten", ((C,),),
               (Twin("gradient", "W1[0,0]", (f"{_DELTA}*x[0]",)),)),
        Public("nordic-gradient-wrong", "test", "sigmoid-2-1", _WORDS,
               "gradienten_för_denna_vikt = (utdata - facit) * utdata * (1 + utdata) * ingång_för_vikten", ((W,),),
               (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 + a1[0])*x[0]",)),)),
        Public("french-accents", "test", "sigmoid-2-1", _WORDS, r"$dérivée_de_l_erreur = utdata - facit$", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("french-accents-wrong", "test", "sigmoid-2-1", _WORDS, "dérivée_de_l_erreur = facit - utdata", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
        # ---- a dotted code name ending in an underscore ------------------------------------------------------------
        Public("fitted-update", "test", "sigmoid-2-1", _FITTED,
               "self.w_ += self.eta * (error) * output * (1 - output) * xi", ((C,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
        Public("fitted-update-wrong", "test", "sigmoid-2-1", _FITTED,
               "self.w_ -= self.eta * (error) * output * (1 - output) * xi", ((W,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
        Public("fitted-assignment", "test", "sigmoid-2-1", _FITTED,
               "model.coef_ = model.coef_ + self.eta * error * output * (1 - output) * x2", ((C,),),
               (Twin("update", "W1[0,1]", ("W1[0,1] + eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[1]",)),)),
        Public("fitted-assignment-wrong", "test", "sigmoid-2-1", _FITTED,
               "model.coef_ = model.coef_ + self.eta * error * output * (1 - output) * xi", ((W,),),
               (Twin("update", "W1[0,1]", ("W1[0,1] + eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
        # ---- a field holding a Greek letter, ∂ or ∇ ---------------------------------------------------------------
        Public("julia-nabla", "test", "sigmoid-2-1", _JULIA, "nn.∇b .= (nn.a - nn.y) .* nn.a .* (1 - nn.a)", ((C,),),
               (Twin("value", _DELTA, (_DELTA,)),)),
        Public("julia-nabla-wrong", "test", "sigmoid-2-1", _JULIA, "nn.∇b .= (nn.a - nn.y) .* (1 - nn.a)", ((W,),),
               (Twin("value", _DELTA, ("(a1[0] - y[0])*(1 - a1[0])",)),)),
        Public("julia-nabla-gradient", "test", "sigmoid-2-1", _JULIA, "nn.∇w .= nn.∇b .* nn.x", ((C,),),
               (Twin("gradient", "W1[0,{i}]", (f"{_DELTA}*x[{{i}}]",), _I2),)),
        Public("julia-nabla-gradient-wrong", "test", "sigmoid-2-1", _JULIA, "nn.∇w .= nn.∇b .* nn.a", ((W,),),
               (Twin("gradient", "W1[0,{i}]", (f"{_DELTA}*a1[0]",), _I2),)),
        Public("julia-delta", "test", "sigmoid-2-1", _JULIA, "nn.δ = (nn.a - nn.y) * nn.a * (1 - nn.a)", ((C,),),
               (Twin("value", _DELTA, (_DELTA,)),)),
        Public("julia-delta-wrong", "test", "sigmoid-2-1", _JULIA, "nn.δ = (nn.y - nn.a) * nn.a * (1 - nn.a)", ((W,),),
               (Twin("value", _DELTA, ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),)),
        # ---- a name of two words the notation names -----------------------------------------------------------------
        Public("phrase-input", "test", "sigmoid-2-1", _FRENCH,
               "`Gradient = -1 * ERREUR * PREDICTION * (1-PREDICTION) * VALEUR ENTREE`", ((C,),),
               (Twin("gradient", "W1[0,0]", (f"{_DELTA}*x[0]",)),)),
        Public("phrase-input-wrong", "test", "sigmoid-2-1", _FRENCH,
               "`Gradient = ERREUR * PREDICTION * (1-PREDICTION) * VALEUR ENTREE`", ((W,),),
               (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
        # ---- Lisp's hyphenated names in its forms ---------------------------------------------------------------------
        Public("lisp-setf", "test", "sigmoid-2-1", _LISP, "(setf d-error (- output target)) ; the output's error",
               ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("lisp-setf-wrong", "test", "sigmoid-2-1", _LISP, "(setf d-error (- target output))", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
        Public("lisp-setq-slope", "test", "sigmoid-2-1", _LISP,
               "(setq delta-output-sum (* d-error (grad-sigmoid output)))", ((C,),), (Twin("value", _DELTA, (_DELTA,)),)),
        Public("lisp-setq-slope-wrong", "test", "sigmoid-2-1", _LISP, "(setq delta-output-sum (* d-error output))",
               ((W,),), (Twin("value", _DELTA, ("(a1[0] - y[0])*a1[0]",)),)),
        Public("racket-set-update", "test", "sigmoid-2-1", _LISP,
               "(set! weight-1 (- weight-1 (* eta delta-output-sum input-1)))", ((C,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_DELTA}*x[0]",)),)),
        Public("racket-set-update-wrong", "test", "sigmoid-2-1", _LISP,
               "(set! weight-1 (+ weight-1 (* eta delta-output-sum input-1)))", ((W,),),
               (Twin("update", "W1[0,0]", (f"W1[0,0] + eta*{_DELTA}*x[0]",)),)),
        Public("lisp-defun", "test", "sigmoid-2-1", _LISP, "(defun grad-sigmoid (y)\n  \"The slope.\"\n  (* y (- 1 y)))",
               ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
        Public("lisp-defun-wrong", "test", "sigmoid-2-1", _LISP, "(defun grad-sigmoid (y) (* y (+ 1 y)))", ((W,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 + a1[0])",)),)),
        Public("racket-define", "test", "sigmoid-2-1", _LISP, "(define (grad-sigmoid y) (* y (- 1.0 y)))", ((C,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
        Public("racket-define-wrong", "test", "sigmoid-2-1", _LISP, "(define (grad-sigmoid y) (- 1.0 y))", ((W,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("1 - a1[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _loaded(symbols: str):
    return notation_from_table(tomllib.loads("[notation]\n[notation.symbols]\n" + symbols)["notation"], "<test>")


def test_a_double_underscore_name_the_notation_does_not_name_is_refused_naming_it():
    notation = _DUNDER.replace('"d_L__d_o" = "a1[0] - y[0]"\n', "")
    refusal = CHECKS.refused("sigmoid-2-1", notation, "d_L__d_o = o - t")
    assert "d_L__d_o is a code name with a double underscore" in refusal
    assert '"d_L__d_o" = "..."' in refusal


def test_tex_double_subscript_stays_refused():
    """TeX's a__b names nothing (no double subscript, no name the notation gives): refused as before, by its name."""
    assert "a__b" in CHECKS.refused("sigmoid-2-1", _DUNDER, "$a__b = o - t$")


def test_a_table_naming_both_spellings_is_refused():
    with pytest.raises(FormulaError, match="is read as the code name d_L_d_o, which the table names too"):
        _loaded('"d_L__d_o" = "a1[0]"\n"d_L_d_o" = "y[0]"\n')


def test_a_word_with_one_underscore_keeps_its_reading():
    """delta_nästa is the word delta with the subscript nästa, as before: the notation's pattern, as it loaded."""
    notation = _loaded('"delta_nästa" = "delta1[0]"\n')
    assert notation.code_spellings == {}
    assert [(pattern.base, pattern.sub) for pattern in notation.patterns] == [("\\delta", "nästa")]


def test_a_word_outside_ascii_the_notation_does_not_name_is_refused_naming_it():
    notation = _WORDS.replace('"gradienten_för_denna_vikt" = "grad(W1[0, 0])"\n', "")
    refusal = CHECKS.refused("sigmoid-2-1", notation, "ny_vikt = gammal_vikt - α × gradienten_för_denna_vikt")
    assert "gradienten_för_denna_vikt is a code name with letters outside ASCII" in refusal
    assert '"gradienten_för_denna_vikt" = "..."' in refusal


def test_a_dotted_trailing_underscore_the_notation_does_not_name_is_unknown():
    notation = _FITTED.replace('"self.w_" = "W1[0, 0]"\n', "")
    refusal = CHECKS.refused("sigmoid-2-1", notation, "self.w_ += self.eta * 2.0 * xi * (error)")
    assert "unknown symbol self.w_;" in refusal


def test_a_julia_field_the_notation_does_not_name_is_refused_naming_the_line():
    refusal = CHECKS.refused("sigmoid-2-1", _JULIA, "nn.∇a .= nn.∇b")
    assert 'nn.∇a is a code name whose field holds a Greek letter' in refusal
    assert '"nn.∇a" = "..."' in refusal


def test_a_bare_nabla_or_partial_is_no_code_name():
    """∇w and ∂L alone are TeX's and plain text's operators: the loader refuses them as patterns."""
    for pattern in ("∇w", "∂L"):
        with pytest.raises(FormulaError):
            _loaded(f'"{pattern}" = "a1[0]"\n')


def test_a_phrase_the_notation_does_not_name_is_unknown():
    notation = _FRENCH.replace('"VALEUR ENTREE" = "x[0]"\n', "")
    refusal = CHECKS.refused("sigmoid-2-1", notation,
                             "Gradient = -1 * ERREUR * PREDICTION * (1-PREDICTION) * VALEUR ENTREE")
    assert "unknown symbol VALEUR" in refusal


def test_a_hyphenated_name_outside_a_lisp_form_stays_a_difference():
    """d-error in plain text or Python is d minus error, whatever the notation names: refused here, d naming nothing."""
    refusal = CHECKS.refused("sigmoid-2-1", _LISP, "d-error = output - target")
    assert "d matches none of the notation's patterns" in refusal


def test_a_lisp_form_check_does_not_read_is_refused_naming_it():
    assert "(if ...) is a form check does not read" in CHECKS.refused("sigmoid-2-1", _LISP,
                                                                       "(setf d-error (if (> output 0) 1 0))")
    assert "a setf is (setf NAME VALUE)" in CHECKS.refused("sigmoid-2-1", _LISP, "(setf d-error)")


def test_a_table_naming_a_lisp_name_and_its_spelling_is_refused():
    with pytest.raises(FormulaError, match="is read as the code name d_error, which the table names too"):
        _loaded('"d-error" = "a1[0] - y[0]"\n"d_error" = "a1[0]"\n')
