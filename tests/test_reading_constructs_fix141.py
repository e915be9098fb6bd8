"""Batch 141's pages (Portuguese, Polish NumPy code) showed three constructs refused, written here as other authors
would (other names, other networks than the pages'):

- NumPy's ``np.dot(delta, W)`` of a 1-D vector on the left and a matrix, the vector's row times the matrix, assigned
  to a name the notation gives a matrix times a vector (``"erro_escondida" = "-(W2[:, :].T @ delta2[:])"``): such a
  name is a vector, not a whole matrix (notation.names_matrix), so the member's vectors are read as rows where only
  that reading fits, as for any vector's name; a product whose sizes fit neither way stays refused;
- a meaning the page writes as a row, ``"blad_ukryty" = "-(delta2[:].T @ W2[:, :])"`` in a notation naming one
  sample's NumPy rows (``"x[:].T"``): that row, as ``"x[:].T"`` is; a product NumPy and a page read apart stays
  refused;
- a derivative word the notation declares (``{ d_sig = "sigmoid' at output" }``) called with more arguments than its
  one, ``d_sig(out, gain)`` (a slope's gain beta, a flag): refused saying so, where it was called an unknown symbol.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_TANH_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

# three inputs, four tanh hidden units, two sigmoid outputs, the half squared error
TANH_3_4_SIGMOID_2 = ('[[layer]]\ninputs = 3\nunits = 4\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

CHECKS = CaseChecks({"sigmoid-2-3-tanh-2": SIGMOID_2_3_TANH_2, "tanh-3-4-sigmoid-2": TANH_3_4_SIGMOID_2,
                     "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1})

# -- np.dot(delta, W): a 1-D delta's row times the output-first weights, a name meaning a matrix times a vector --------

# columns, as every vector of a notation is; the hidden error named as the transposed weights times the deltas
COLUMNS = r'''
[notation]
[notation.symbols]
"hidden" = "a1[:]"
"out_err" = "a2[:] - y[:]"
"out_delta" = "delta2[:]"
"V" = "W2[:, :]"
"V_in_first" = "W2[:, :].T"
"hid_err" = "W2[:, :].T @ delta2[:]"
"hid_delta" = "grad(z1[:])"
'''

_J3 = tuple({"j": j} for j in range(3))
# the hidden unit j's back-propagated error, dE/d a1[j], under tanh outputs
_BACK = "((a2[0] - y[0])*(1 - a2[0]**2)*W2[0,{j}] + (a2[1] - y[1])*(1 - a2[1]**2)*W2[1,{j}])"
# the same without the outputs' slope (a real slip: the error carried back, not the delta)
_BACK_NO_SLOPE = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"

# -- a row meaning: one sample's NumPy rows, the hidden error a row -----------------------------------------------------

ROWS = r'''
[notation]
learning_rate = ["rate"]
[notation.symbols]
"x_row" = "x[:].T"
"h_row" = "a1[:].T"
"W_in" = "W1[:, :].T"
"W_out" = "W2[:, :].T"
"err" = "y[:].T - a2[:].T"
"d_out" = "-delta2[:].T"
"err_hidden" = "-(delta2[:].T @ W2[:, :])"
"d_hidden" = "-delta1[:].T"
'''

_J4 = tuple({"j": j} for j in range(4))
# -dE/d a1[j] under sigmoid outputs
_BACK_ROW = "-((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"

# -- a declared derivative word called with more than its one argument -------------------------------------------------

HELPERS = r'''
[notation]
functions = { d_sig = "sigmoid' at output", d_tanh = "tanh' at output", "self.dsig" = "sigmoid' at input" }
[notation.symbols]
"gain" = "1"
"out" = "a2[0]"
"net_out" = "z2[0]"
"e" = "a2[0] - y[0]"
"delta_out" = "delta2[0]"
'''
_DELTA_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    return [
        Public("dot-row-left", "test", "sigmoid-2-3-tanh-2", COLUMNS, "hid_err = np.dot(out_delta, V)", ((C,),),
               (Twin("value", _BACK, (_BACK,), _J3),)),
        Public("dot-row-left-at", "test", "sigmoid-2-3-tanh-2", COLUMNS, "hid_err = out_delta @ V_in_first.T",
               ((C,),), (Twin("value", _BACK, (_BACK,), _J3),)),
        Public("dot-row-left-method", "test", "sigmoid-2-3-tanh-2", COLUMNS, "    hid_err = out_delta.dot(V)  # back",
               ((C,),), (Twin("value", _BACK, (_BACK,), _J3),)),
        Public("dot-row-left-no-slope", "test", "sigmoid-2-3-tanh-2", COLUMNS, "hid_err = np.dot(out_err, V)",
               ((W,),), (Twin("value", _BACK, (_BACK_NO_SLOPE,), _J3),)),
        Public("dot-row-left-times-output", "test", "sigmoid-2-3-tanh-2", COLUMNS,
               "hid_err = np.dot(out_delta, V) * hidden", ((W,),),
               (Twin("value", _BACK, (_BACK + "*a1[{j}]",), _J3),)),
        Public("dot-row-left-used", "test", "sigmoid-2-3-tanh-2", COLUMNS,
               "hid_delta = hid_err * hidden * (1 - hidden)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
        Public("row-meaning", "test", "tanh-3-4-sigmoid-2", ROWS, "err_hidden = d_out.dot(W_out.T)", ((C,),),
               (Twin("value", _BACK_ROW, (_BACK_ROW,), _J4),)),
        Public("row-meaning-np-dot", "test", "tanh-3-4-sigmoid-2", ROWS, "err_hidden = np.dot(d_out, W_out.T)",
               ((C,),), (Twin("value", _BACK_ROW, (_BACK_ROW,), _J4),)),
        Public("row-meaning-used", "test", "tanh-3-4-sigmoid-2", ROWS, "d_hidden = err_hidden * (1 - h_row**2)",
               ((C,),), (Twin("value", f"{_BACK_ROW}*(1 - a1[{{j}}]**2)", (f"{_BACK_ROW}*(1 - a1[{{j}}]**2)",), _J4),)),
        Public("row-meaning-used-wrong-slope", "test", "tanh-3-4-sigmoid-2", ROWS,
               "d_hidden = err_hidden * h_row * (1 - h_row)", ((W,),),
               (Twin("value", f"{_BACK_ROW}*(1 - a1[{{j}}]**2)", (f"{_BACK_ROW}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),)),
        Public("helper-one-argument", "test", "tanh-2-2-sigmoid-1", HELPERS, "delta_out = e * d_sig(out)", ((C,),),
               (Twin("value", _DELTA_OUT, (_DELTA_OUT,)),)),
        Public("helper-one-argument-wrong", "test", "tanh-2-2-sigmoid-1", HELPERS, "delta_out = e * d_tanh(out)",
               ((W,),), (Twin("value", _DELTA_OUT, ("(a2[0] - y[0])*(1 - a2[0]**2)",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_product_whose_sizes_fit_neither_way_stays_refused():
    refusal = CHECKS.refused("sigmoid-2-3-tanh-2", COLUMNS, "hid_err = np.dot(out_delta, V_in_first)")
    assert "multiplies a 2 x 1 by a 3 x 2, whose sizes do not fit" in refusal


@pytest.mark.parametrize("meaning, words", [
    ("delta2[:] @ W2[:, :]", "a matrix product of a 2 x 1 by a 2 x 4 on a page"),       # a 1-D slice before @
    ("(W2[:, :].T @ delta2[:]).T - a1[:]", "entry by entry (NumPy would broadcast them)"),  # a row minus a column
])
def test_a_row_meaning_numpy_and_a_page_read_apart_stays_refused(meaning, words):
    notation = ROWS.replace('"-(delta2[:].T @ W2[:, :])"', f'"{meaning}"')
    refusal = CHECKS.refused("tanh-3-4-sigmoid-2", notation, "d_hidden = err_hidden * (1 - h_row**2)")
    assert words in refusal and "'err_hidden' means" in refusal


@pytest.mark.parametrize("text, shown", [
    ("delta_out = e * d_sig(out, gain)", "d_sig(out, gain): the notation's functions declare d_sig sigmoid' at"
                                         " output, a derivative of one argument, and this call passes 2"),
    ("delta_out = e * d_sig(out, 2)", "d_sig(out, 2): "),
    ("delta_out = e * self.dsig(net_out, gain, True)", "self.dsig(net_{out}, gain, True): the notation's functions"
                                                       " declare self.dsig sigmoid' at input"),
])
def test_a_declared_derivative_word_with_more_arguments_is_refused_saying_so(text, shown):
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1", HELPERS, text)
    assert shown in refusal and "unknown symbol" not in refusal and "write the call with its one argument" in refusal
