"""Batches 144, 147 and 148's general constructs, written here as other authors would (other names, other networks
than the pages'):

- code's flagged activation whose derivative is taken at one place, Trask's ``nonlin(x, deriv=True)`` returning
  x*(1-x), called on the layer's output (batch 148's rp-d2, rp-d1, rs-d): the notation's functions say where,
  ``nonlin = "sigmoid, derivative at output"`` (or ``"at input"``), as a derivative word's ``"sigmoid' at output"``
  does; the flag call is then read at that place only, so the flag of a sum under "at output" is x(1-x) of the sum
  (wrong), and the flag of an output under "at input" the slope at the output (wrong); the table is refused at load
  where the activation is none, or its derivative no formula of its output and "at output" is said;
- MATLAB's row section of a name whose digits are read as its subscript, ``delta3(i,:)``, and NumPy's
  ``delta3[i, :]`` (batch 147's oc-d3): the sample i's row of what the name names where the notation names it whole
  as a row, as ``X(i, :)`` is read; a numbered row, and the row of a name given as a column, refused; the pattern
  ``"delta3(i, :)"`` refused at load saying to name the array alone;
- a float with a trailing point, Python's ``-(t - o) + 0.`` and C's ``1./(1.+exp(-net))`` (batch 144's q4-mw-do):
  that number, after an operator, a parenthesis or a comma; at a line's start ``1.`` stays a list's number;
- an equation's name before a colon, Nielsen's ``- BP1: ...``, ``BP1a:``, ``Eq3:`` (batch 144's q4-jl-bp0, bp1,
  bp1a): a label as a label of words is.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2, SIGMOID_2_3_TANH_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-3-tanh-2": SIGMOID_2_3_TANH_2, "sigmoid-2-2-1": SIGMOID_2_2_1}
CHECKS = CaseChecks(NETWORKS)

# Trask's names on rows: l1, l2 the layers' outputs, l1_sum, l2_sum their sums, syn1 input-first; l2_error the
# half squared error's dE/d(output) here, l2_delta and l1_delta dE/dz, l1_error dE/d(hidden output)
_TRASK = r'''
[notation]
functions = {{ "{function}" = "{meaning}" }}
[notation.symbols]
"l1" = "a1[:].T"
"l2" = "a2[:].T"
"l1_sum" = "z1[:].T"
"l2_sum" = "z2[:].T"
"syn1" = "W2[:, :].T"
"l2_error" = "a2[:].T - y[:].T"
"l2_delta" = "grad(z2[:]).T"
"l1_error" = "grad(a1[:]).T"
"l1_delta" = "grad(z1[:]).T"
'''
_AT_OUTPUT = _TRASK.format(function="nonlin", meaning="sigmoid, derivative at output")
_AT_INPUT = _TRASK.format(function="nonlin", meaning="sigmoid, derivative at input")
_SIGMOID_AT_OUTPUT = _TRASK.format(function="sigmoid", meaning="sigmoid, derivative at output")
_TANH_AT_OUTPUT = _TRASK.format(function="self.act", meaning="tanh, its derivative at the output")
_UNDECIDED = _TRASK.format(function="nonlin", meaning="sigmoid")
_K2, _J3 = index_grid(k=2), index_grid(j=3)
_E2 = "(a2[{k}] - y[{k}])"
_D2 = f"{_E2}*a2[{{k}}]*(1 - a2[{{k}}])"
_BACK = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))

# Octave's names on rows (Ng's layer numbers: a2 the hidden outputs, a3 the outputs, delta3 the output sums'
# dE/dz), Y the targets' matrix named whole as the sample's row; d3 a column (the samples not its rows)
_OCTAVE = r'''
[notation]
indices = "k"
[notation.symbols]
"a2" = "a1[:].T"
"a3" = "a2[:].T"
"Y" = "y[:].T"
"delta3" = "grad(z2[:]).T"
"d3" = "grad(z2[:])"
"Delta2" = "grad(W2[:, :])"
'''
_KJ = index_grid(k=2, j=3)

# Mazur's names in code: o the output, t the target, net its sum, dE_do the error's derivative by the output
_CODE = r'''
[notation]
[notation.symbols]
"o" = "a2[0]"
"t" = "y[0]"
"net" = "z2[0]"
"dE_do" = "grad(a2[0])"
"do_dnet" = "a2[0]*(1 - a2[0])"
"d_out" = "grad(z2[0])"
'''
_O = "(a2[0] - y[0])"


def _cases() -> list[Public]:
    return [
        # ---- a flagged activation's derivative at the place the notation says -----------------------------------
        Public("flag-at-output", "test", "sigmoid-2-3-2", _AT_OUTPUT, "l2_delta = l2_error * nonlin(l2, deriv=True)",
               ((C,),), (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("flag-at-output-hidden", "test", "sigmoid-2-3-2", _AT_OUTPUT, "l1_delta = l1_error * nonlin(l1, True)",
               ((C,),), (Twin("gradient_z", "z1[{j}]", (f"({_BACK})*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),)),
        Public("flag-at-output-of-sum-wrong", "test", "sigmoid-2-3-2", _AT_OUTPUT,
               "l2_delta = l2_error * nonlin(l2_sum, True)", ((W,),),
               (Twin("gradient_z", "z2[{k}]", (f"{_E2}*z2[{{k}}]*(1 - z2[{{k}}])",), _K2),)),
        Public("flag-false-is-the-function", "test", "sigmoid-2-3-2", _AT_OUTPUT,
               "l2_delta = l2_error * nonlin(l2_sum, False) * (1 - l2)", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("flag-at-input", "test", "sigmoid-2-3-2", _AT_INPUT, "l2_delta = l2_error * nonlin(l2_sum, deriv=True)",
               ((C,),), (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("flag-at-input-of-output-wrong", "test", "sigmoid-2-3-2", _AT_INPUT,
               "l2_delta = l2_error * nonlin(l2, deriv=True)", ((W,),),
               (Twin("gradient_z", "z2[{k}]",
                     (f"{_E2}*(1/(1 + exp(-a2[{{k}}])))*(1 - 1/(1 + exp(-a2[{{k}}])))",), _K2),)),
        Public("flag-sigmoid-itself-at-output", "test", "sigmoid-2-3-2", _SIGMOID_AT_OUTPUT,
               "l2_delta = l2_error * sigmoid(l2, deriv=True)", ((C,),), (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("flag-tanh-method-at-output", "test", "sigmoid-2-3-tanh-2", _TANH_AT_OUTPUT,
               "l2_delta = l2_error * self.act(l2, True)", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (f"{_E2}*(1 - a2[{{k}}]*a2[{{k}}])",), _K2),)),
        Public("flag-tanh-method-slope-wrong", "test", "sigmoid-2-3-tanh-2", _TANH_AT_OUTPUT,
               "l2_delta = l2_error * self.act(l2_sum, True)", ((W,),),
               (Twin("gradient_z", "z2[{k}]", (f"{_E2}*(1 - z2[{{k}}]*z2[{{k}}])",), _K2),)),
        # ---- a row section of a name with glued digits ------------------------------------------------------------
        Public("row-section-glued", "test", "sigmoid-2-3-2", _OCTAVE, "delta3(i,:) = (a3 - Y(i,:)) .* a3 .* (1 - a3);",
               ((C,),), (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("row-section-glued-no-slope-wrong", "test", "sigmoid-2-3-2", _OCTAVE,
               "delta3(i,:) = (a3 - Y(i,:));", ((W,),), (Twin("gradient_z", "z2[{k}]", (_E2,), _K2),)),
        Public("row-section-glued-numpy", "test", "sigmoid-2-3-2", _OCTAVE,
               "delta3[i, :] = (a3 - Y[i, :]) * a3 * (1 - a3)", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
        Public("row-section-glued-right-side", "test", "sigmoid-2-3-2", _OCTAVE,
               "Delta2 = delta3(i,:)' * a2(i,:);", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _KJ),)),
        Public("row-section-glued-right-side-swapped-wrong", "test", "sigmoid-2-3-2", _OCTAVE,
               "Delta2 = 2 * delta3(i,:)' * a2(i,:);", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"2*{_D2}*a1[{{j}}]",), _KJ),)),
        # ---- a float with a trailing point -------------------------------------------------------------------------
        Public("trailing-point-zero", "test", "sigmoid-2-2-1", _CODE, "dE_do = -(t - o) + 0.", ((C,),),
               (Twin("value", _O, ("-(y[0] - a2[0]) + 0",)),)),
        Public("trailing-point-comment-value", "test", "sigmoid-2-2-1", _CODE, "dE_do = -(t - o) + 0. # the error",
               ((C,),), (Twin("value", _O, ("-(y[0] - a2[0]) + 0",)),)),
        Public("trailing-point-one-wrong", "test", "sigmoid-2-2-1", _CODE, "dE_do = -(t - o) + 1.", ((W,),),
               (Twin("value", _O, ("-(y[0] - a2[0]) + 1",)),)),
        Public("trailing-point-in-parenthesis", "test", "sigmoid-2-2-1", _CODE, "do_dnet = o * (1. - o);", ((C,),),
               (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),)),
        Public("trailing-point-two-wrong", "test", "sigmoid-2-2-1", _CODE, "do_dnet = o * (2. - o);", ((W,),),
               (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(2 - a2[0])",)),)),
        Public("trailing-point-c-sigmoid", "test", "sigmoid-2-2-1", _CODE, "o = 1./(1.+exp(-net));", ((C,),),
               (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
        Public("trailing-point-c-sigmoid-sign-wrong", "test", "sigmoid-2-2-1", _CODE, "o = 1./(1.+exp(net));",
               ((W,),), (Twin("value", "a2[0]", ("1/(1 + exp(z2[0]))",)),)),
        # ---- an equation's name as a label --------------------------------------------------------------------------
        Public("equation-name-comment-item", "test", "sigmoid-2-2-1", _CODE, "# - BP1: d_out = (o - t) * o * (1 - o)",
               ((C,),), (Twin("gradient_z", "z2[0]", (f"{_O}*a2[0]*(1 - a2[0])",)),)),
        Public("equation-name-variant-letter", "test", "sigmoid-2-2-1", _CODE,
               "#   - BP1a: d_out = (o - t) * o * (1 - o)", ((C,),),
               (Twin("gradient_z", "z2[0]", (f"{_O}*a2[0]*(1 - a2[0])",)),)),
        Public("equation-name-markdown-item-wrong", "test", "sigmoid-2-2-1", _CODE, "- BP1: $d_out = (o - t) o$",
               ((W,),), (Twin("gradient_z", "z2[0]", (f"{_O}*a2[0]",)),)),
        Public("equation-name-eq", "test", "sigmoid-2-2-1", _CODE, "Eq3: d_out = dE_do * o * (1 - o)", ((C,),),
               (Twin("gradient_z", "z2[0]", (f"{_O}*a2[0]*(1 - a2[0])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_undeclared_flag_that_disagrees_is_refused_saying_how_to_declare_it():
    refusal = CHECKS.refused("sigmoid-2-3-2", _UNDECIDED, "l2_delta = l2_error * nonlin(l2, deriv=True)")
    assert 'or say which in the notation, functions = { nonlin = "sigmoid, derivative at output" } (or "sigmoid,' \
           ' derivative at input")' in refusal


def _loaded(meaning: str, function: str = "nonlin"):
    return notation_from_table(tomllib.loads(_TRASK.format(function=function, meaning=meaning))["notation"], "<t>")


def test_the_flags_place_is_validated_when_the_table_is_loaded():
    assert _loaded("sigmoid, derivative at output").flag_places == {"nonlin": "output"}
    assert _loaded("sigmoid, derivative at output").functions["nonlin"] == "sigmoid"
    assert _loaded("relu, derivative at the input").flag_places == {"nonlin": "input"}
    with pytest.raises(FormulaError, match="softplus's derivative is no formula of its output alone; write"
                                           " \"softplus, derivative at input\""):
        _loaded("softplus, derivative at output")
    with pytest.raises(FormulaError, match="'softmax, derivative at input' is not an element-wise activation"):
        _loaded("softmax, derivative at input")
    with pytest.raises(FormulaError, match="write \"sigmoid, derivative at output\""):
        _loaded("sigmoid, derivative at outputs")


def test_a_numbered_row_of_a_glued_name_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _OCTAVE, "delta3(2,:) = (a3 - Y(i,:)) .* a3 .* (1 - a3);")
    assert "a numbered row of the data matrix delta3 (sample 2)" in refusal


def test_the_row_of_a_glued_name_given_as_a_column_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _OCTAVE, "d3(i,:) = (a3 - Y(i,:)) .* a3 .* (1 - a3);")
    assert "the row i of d3 is read as the sample i's where the notation says d3 is a data matrix" in refusal


def test_a_row_section_pattern_of_a_glued_name_is_refused_at_load():
    table = tomllib.loads(_OCTAVE.replace('"delta3" =', '"delta3(i, :)" ='))["notation"]
    with pytest.raises(FormulaError, match=r"write \"delta3\" = \"grad\(z2\[:\]\)\.T\" \(a row\)"):
        notation_from_table(table, "<t>")


def test_a_list_number_first_on_a_line_stays_no_float():
    refusal = CHECKS.refused("sigmoid-2-2-1", _CODE, "1. -(t - o) = dE_do")
    assert "unexpected at '.'" in refusal
