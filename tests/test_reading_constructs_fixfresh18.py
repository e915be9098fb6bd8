"""Batch 82's pages showed constructs of code refused, written here as other authors would (other names, other
networks than the pages'): a MATLAB line of code commented out with ``%`` (``%   e1 = (t1 - o1)*o1*(1 - o1);``),
whose left side the notation names, still a formula its author wrote; R's function definitions, ``name = function(args){ body }`` and ``name <-
function(args) { ... }``, read as Python's def is (a local assignment before the value a claim of its own, and a
loss's word the notation lists with a derivative's suffix, ``logLossGrad``, that loss's derivative by its
prediction); a Unicode subscript before ``_new``, ``v₁_new``, read as plain text's ``v1_new`` (and before a word
the notation's pattern writes, ``∂ŷ/∂o₁_in`` in a row that ŷ makes LaTeX's, as batch 84's dry run); code's name
glued to its digits, ``r1``, beside MATLAB's entry ``r(1)`` of another vector, each the pattern spelled as the formula spells
it (``r(2)`` never ``"r2"``'s). What stays refused: a ``%`` line of prose, an R body holding a statement other than
local assignments and its value, ``v_{1}_new`` in LaTeX (a double subscript), LaTeX's ``r_1`` where the notation
writes both ``"r1"`` and ``"r(1)"``. And a notation's code name of letters, a digit and a letter, ``"o1d"``, loads as
one name and reads as one (``"w1j"``, its letter an index placeholder, stays refused by the loader, saying how to
name it; a word after the digits, ``"h2in"``, loads as before).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_2_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "logistic-two": LOGISTIC_2,
}
CHECKS = CaseChecks(NETWORKS)

# a MATLAB script's names: q1 the first hidden output, o1 the first output, t1 its target, e1 its error term
_MATLAB = r'''
[notation.symbols]
"q1" = "a1[0]"
"o1" = "a2[0]"
"t1" = "y[0]"
"e1" = "-grad(z2[0])"
'''
_E1 = "-(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# code's names of letters, a digit and a letter: o1d the first output's derivative by its sum
_GLUED = r'''
[notation.symbols]
"o1" = "a2[0]"
"t1" = "y[0]"
"o1d" = "a2[0]*(1 - a2[0])"
"d1" = "-grad(z2[0])"
'''

# an R script's names: p the prediction, t the label, s the sigmoid's value, logLoss the loss
_R = r'''
[notation]
loss = ["logLoss"]
[notation.symbols]
"p" = "a1[0]"
"t" = "y[0]"
"s" = "a1[0]"
'''
# a MATLAB script's r1, r2 the hidden outputs beside r = [-1 r1 r2]' (the constant -1 first), r(k) its entries
_ENTRIES = r'''
[notation]
indices = "k"
functions = { logsig = "sigmoid" }
[notation.symbols]
"n1" = "z1[0]"
"n2" = "z1[1]"
"r1" = "a1[0]"
"r2" = "a1[1]"
"r(1)" = "-1"
"r(k)" = "a1[k-2]"
'''
# batch 84's dry run: a Unicode subscript then a word, o₁_in, the notation's name as the page writes it, read in a
# formula whose ŷ makes it LaTeX's (∂ŷ/∂o₁_in: o1 with the subscript in, never o1_{i} times n)
_IN = r'''
[notation.symbols]
"\\hat{y}" = "a1[0]"
"o₁_in" = "z1[0]"
"g" = "a1[0]*(1 - a1[0])"
'''
_BCE_GRAD = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"
_SIG = "a1[0]*(1 - a1[0])"


def _cases() -> list[Public]:
    return [
        Public("matlab-commented-line", "test", "sigmoid-2-2-2", _MATLAB, "%   e1 = (t1 - o1)*o1*(1 - o1);",
               ((C,),), (Twin("value", _E1, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("matlab-commented-line-wrong", "test", "sigmoid-2-2-2", _MATLAB, "%   e1 = (t1 - o1)*o1;",
               ((W,),), (Twin("value", _E1, ("(y[0] - a2[0])*a2[0]",)),)),
        Public("matlab-commented-line-below-code", "test", "sigmoid-2-2-2", _MATLAB,
               "e1 = (t1 - o1).*o1.*(1 - o1);\n% e1 = (t1 - o1)*(1 - o1);", ((C,), (W,)),
               (Twin("value", _E1, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),
                Twin("value", _E1, ("(y[0] - a2[0])*(1 - a2[0])",)))),
        Public("glued-letter-after-digit", "test", "sigmoid-2-2-2", _GLUED, "d1 = (t1 - o1) .* o1d;", ((C,),),
               (Twin("value", _E1, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("glued-letter-after-digit-wrong", "test", "sigmoid-2-2-2", _GLUED, "d1 = (o1 - t1) * o1d", ((W,),),
               (Twin("value", _E1, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),)),
        Public("r-loss-gradient", "test", "logistic-two", _R,
               "logLossGrad <- function(t, p) {\n  return(-(t / p - (1 - t) / (1 - p)))\n}", ((C,),),
               (Twin("value", _BCE_GRAD, ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))",)),)),
        Public("r-loss-gradient-wrong", "test", "logistic-two", _R,
               "logLossGrad = function(t, p){ t / p - (1 - t) / (1 - p) }", ((W,),),
               (Twin("value", _BCE_GRAD, ("y[0]/a1[0] - (1 - y[0])/(1 - a1[0])",)),)),
        Public("r-sigmoid-gradient-local", "test", "logistic-two", _R,
               "sigmoid_grad = function(u) {\n  s <- sigmoid(u)\n  s * (1 - s)\n}", ((C,), (C,)),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", _SIG, (_SIG,)))),
        Public("r-sigmoid-gradient-local-wrong", "test", "logistic-two", _R,
               "sigmoid_grad = function(u){ s = sigmoid(u); s * (1 + s) }", ((C,), (W,)),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", _SIG, ("a1[0]*(1 + a1[0])",)))),
        Public("glued-name-beside-entry", "test", "sigmoid-2-2-2", _ENTRIES, "r1 = logsig(n1)", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
        Public("entry-beside-glued-name", "test", "sigmoid-2-2-2", _ENTRIES, "r(1) = -1", ((C,),),
               (Twin("value", "-1", ("-1",)),)),
        Public("entry-beside-glued-name-wrong", "test", "sigmoid-2-2-2", _ENTRIES, "r(2) = logsig(n2)", ((W,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[1])",)),)),
        Public("entry-and-glued-name-apart-wrong", "test", "sigmoid-2-2-2", _ENTRIES, "r(2) = r2", ((W,),),
               (Twin("value", "a1[0]", ("a1[1]",)),)),
        Public("entry-sum-beside-glued-names", "test", "sigmoid-2-2-2", _ENTRIES, "r(1) + r(2) + r(3) = -1 + r1 + r2",
               ((C,),), (Twin("value", "-1 + a1[0] + a1[1]", ("-1 + a1[0] + a1[1]",)),)),
        Public("unicode-subscript-word-beside-hat", "test", "logistic-two", _IN, "g = ∂ŷ/∂o₁_in", ((C,),),
               (Twin("value", _SIG, (_SIG,)),)),
        Public("unicode-subscript-word-beside-hat-wrong", "test", "logistic-two", _IN, "g = 1 - ∂ŷ/∂o₁_in", ((W,),),
               (Twin("value", _SIG, ("1 - " + _SIG,)),)),
        Public("unicode-subscript-new", "test", "tanh-two", TANH_2_1_NOTATION, "v₁_new = v₁ - η × ∂E/∂v₁",
               ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),)),
        Public("unicode-subscript-new-wrong", "test", "tanh-two", TANH_2_1_NOTATION, "v₂_new = v₂ + η × ∂E/∂v₂",
               ((W,),), (Twin("update", "W1[0,1]", ("W1[0,1] + eta*grad",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_commented_line_of_prose_stays_set_aside():
    """``% e1 is the output's error term;``: words after %, a remark, nothing to judge."""
    CHECKS.refused("sigmoid-2-2-2", _MATLAB, "% e1 is the output's error term;")


def test_a_commented_statement_of_a_name_the_notation_does_not_give_stays_set_aside():
    """``% tmp = (t1 - o1)*o1;``: the left side no name of the notation's, a scratch line, nothing to judge."""
    CHECKS.refused("sigmoid-2-2-2", _MATLAB, "%   tmp = (t1 - o1)*o1;")


def test_an_r_body_with_another_statement_is_refused():
    """An R body holding a statement that is no local assignment before its value: refused, saying what is read."""
    refusal = CHECKS.refused("logistic-two", _R, "sigmoid_grad = function(u){\n  s = sigmoid(u)\n  print(s)\n"
                                                 "  s * (1 - s)\n}")
    assert "local names assigned" in refusal


def test_a_latex_double_subscript_before_new_stays_refused():
    """``v_{1}_new`` in LaTeX (braces): a double subscript, as TeX refuses it."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"v_{1}_new = v_{1} - \eta \frac{\partial E}{\partial v_{1}}")
    assert "double subscript" in refusal


def test_a_latex_subscript_between_glued_and_parenthesised_patterns_is_refused():
    """``"r1"`` and ``"r(1)"`` both write the index 1: LaTeX's r_1 could be either, refused saying so."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _ENTRIES, "r_1 = sigmoid(n1)")
    assert "both write the index 1" in refusal and "z(1) in parentheses" in refusal


def test_a_glued_name_ending_in_an_index_letter_is_refused_by_the_loader():
    """``"o1j"``: the one name o1j, or o1 with the index j glued? The loader refuses it, saying how to write each."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _GLUED + '"o1j" = "a2[j-1]"\n', "d1 = (t1 - o1) * o1d")
    assert "o1_{j}" in refusal and "indices" in refusal
