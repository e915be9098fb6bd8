"""A weight matrix's column or row written as an array section, as authors in several languages write it:
Fortran's and MATLAB's ``W(:, j)`` and ``W(j, :)`` (batch 120's ``dot_product(next_layer%delta, next_layer%W(:,j))``,
batch 129's ``DOT_PRODUCT(camada2%pesos(:,j), delta_saida)``), NumPy's ``W[:, j]``, ``W[j, :]`` and ``W[:, [j]]``, R's
``W[, j]``: read where the notation gives the name a whole weight matrix (its axes the spec's: a unit's row, an input's
column), output-first or input-first, the index a letter the notation counts or a number of certain counting; a
gradient's or an update's column on the left side too (``dW[:, 0] = d_o * h[0]``). The
classic slips (the row for the column, the section of the transposed matrix) are called wrong; a letter no pattern
counts, NumPy's ambiguous number and a section of a data array stay refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# Fortran's layers, units counted from 1 (do j = 1, n): the output layer's deltas and weights, output-first and
# input-first
_FORTRAN = r'''
[notation]
functions = { dot_product = "dot" }
[notation.symbols]
"dh(j)" = "delta1[j-1]"
"ah(j)" = "a1[j-1]"
"dout" = "delta2[:]"
"layer%w" = "W2[:, :]"
"layer%w_in" = "W2[:, :].T"
'''
# NumPy's, units counted from 0
_NUMPY = r'''
[notation]
[notation.symbols]
"d_h[j]" = "delta1[j]"
"h[j]" = "a1[j]"
"d_o" = "delta2[:]"
"W" = "W2[:, :]"
"Wt" = "W2[:, :].T"
"x" = "x[:]"
'''
# a gradient and an update of the output layer's weights, NumPy's
_GRADIENTS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"h[j]" = "a1[j]"
"d_o" = "delta2[:]"
"W" = "W2[:, :]"
"dW" = "grad(W2[:, :])"
'''
# no pattern counts j: the column j could be either count's
_UNCOUNTED = r'''
[notation]
indices = "j"
functions = { dot_product = "dot" }
[notation.symbols]
"dh" = "delta1[:]"
"dout" = "delta2[:]"
"w" = "W2[:, :]"
'''

_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_SUM = " + ".join(f"{_D2.format(k=k)}*W2[{k},{{j}}]" for k in (0, 1))
_SLIP = " + ".join(f"{_D2.format(k=k)}*W2[{{j}},{k}]" for k in (0, 1))
_HIDDEN = f"({_SUM})*a1[{{j}}]*(1 - a1[{{j}}])"
_HIDDEN_SLIP = f"({_SLIP})*a1[{{j}}]*(1 - a1[{{j}}])"
_FROM_1 = tuple({"j": j} for j in (1, 2))
_FROM_0 = tuple({"j": j} for j in (0, 1))
_UNITS = tuple({"k": k} for k in (0, 1))


def _from_1(formula: str) -> str:
    return formula.replace("{j}", "{j}-1")


def _cases() -> list[Public]:
    return [
        Public("f90-column", "test", "sigmoid-2-2-2", _FORTRAN,
               "dh(j) = dot_product(dout, layer%w(:, j)) * ah(j) * (1 - ah(j))", ((C,),),
               (Twin("value", _from_1(_HIDDEN), (_from_1(_HIDDEN),), _FROM_1),)),
        Public("f90-column-three-units", "test", "sigmoid-2-3-2", _FORTRAN,
               "dh(j) = dot_product(layer%w(:,j), dout)*ah(j)*(1-ah(j))", ((C,),),
               (Twin("value", _from_1(_HIDDEN), (_from_1(_HIDDEN),), tuple({"j": j} for j in (1, 2, 3))),)),
        Public("f90-row-for-column", "test", "sigmoid-2-2-2", _FORTRAN,
               "dh(j) = dot_product(dout, layer%w(j, :)) * ah(j) * (1 - ah(j))", ((W,),),
               (Twin("value", _from_1(_HIDDEN), (_from_1(_HIDDEN_SLIP),), _FROM_1),)),
        Public("f90-input-first-row", "test", "sigmoid-2-2-2", _FORTRAN,
               "dh(j) = dot_product(dout, layer%w_in(j, :)) * ah(j) * (1 - ah(j))", ((C,),),
               (Twin("value", _from_1(_HIDDEN), (_from_1(_HIDDEN),), _FROM_1),)),
        Public("f90-input-first-column", "test", "sigmoid-2-2-2", _FORTRAN,
               "dh(j) = dot_product(dout, layer%w_in(:, j)) * ah(j) * (1 - ah(j))", ((W,),),
               (Twin("value", _from_1(_HIDDEN), (_from_1(_HIDDEN_SLIP),), _FROM_1),)),
        Public("matlab-numbered-column", "test", "sigmoid-2-2-2", _FORTRAN,
               "dh(2) = dot_product(dout, layer%w(:, 2)) * ah(2) * (1 - ah(2))", ((C,),),
               (Twin("value", _HIDDEN.format(j=1), (_HIDDEN.format(j=1),)),)),
        Public("matlab-numbered-column-off-by-one", "test", "sigmoid-2-2-2", _FORTRAN,
               "dh(2) = dot_product(dout, layer%w(:, 1)) * ah(2) * (1 - ah(2))", ((W,),),
               (Twin("value", _HIDDEN.format(j=1), (f"({_SUM.format(j=0)})*a1[1]*(1 - a1[1])",)),)),
        Public("numpy-column", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[j] = np.dot(W[:, j], d_o) * h[j] * (1 - h[j])", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,), _FROM_0),)),
        Public("numpy-row-for-column", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[j] = np.dot(W[j, :], d_o) * h[j] * (1 - h[j])", ((W,),),
               (Twin("value", _HIDDEN, (_HIDDEN_SLIP,), _FROM_0),)),
        Public("numpy-input-first-row", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[j] = np.dot(Wt[j, :], d_o) * h[j] * (1 - h[j])", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,), _FROM_0),)),
        Public("numpy-transposed-section", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[j] = np.dot(Wt[:, j], d_o) * h[j] * (1 - h[j])", ((W,),),
               (Twin("value", _HIDDEN, (_HIDDEN_SLIP,), _FROM_0),)),
        Public("numpy-kept-column", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[j] = np.sum(W[:, [j]] * d_o) * h[j] * (1 - h[j])", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,), _FROM_0),)),
        Public("numpy-first-column", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[0] = np.dot(W[:, 0], d_o) * h[0] * (1 - h[0])", ((C,),),
               (Twin("value", _HIDDEN.format(j=0), (_HIDDEN.format(j=0),)),)),
        Public("r-column", "test", "sigmoid-2-2-2", _NUMPY,
               "d_h[j] = sum(W[, j] * d_o) * h[j] * (1 - h[j])", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,), _FROM_0),)),
        Public("numpy-gradient-column", "test", "sigmoid-2-2-2", _GRADIENTS, "dW[:, 0] = d_o * h[0]", ((C,),),
               (Twin("gradient", "W2[{k},0]", (f"{_D2}*a1[0]",), _UNITS),)),
        Public("numpy-gradient-row-for-column", "test", "sigmoid-2-2-2", _GRADIENTS, "dW[0, :] = d_o * h[0]", ((W,),),
               (Twin("gradient", "W2[0,{k}]", (f"{_D2}*a1[0]",), _UNITS),)),
        Public("numpy-column-update", "test", "sigmoid-2-2-2", _GRADIENTS, "W[:, 0] = W[:, 0] - lr * dW[:, 0]",
               ((C,),), (Twin("update", "W2[{k},0]", (f"W2[{{k}},0] - eta*{_D2}*a1[0]",), _UNITS),)),
        Public("numpy-column-update-sign", "test", "sigmoid-2-2-2", _GRADIENTS, "W[:, 0] = W[:, 0] + lr * dW[:, 0]",
               ((W,),), (Twin("update", "W2[{k},0]", (f"W2[{{k}},0] + eta*{_D2}*a1[0]",), _UNITS),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_letter_no_pattern_counts_is_refused():
    message = CHECKS.refused("sigmoid-2-2-2", _UNCOUNTED, "dh = dot_product(dout, w(:, j)) * 2")
    assert "the column j of a weight matrix" in message and "no pattern counts j" in message


def test_numpys_or_julias_number_is_refused():
    message = CHECKS.refused("sigmoid-2-2-2", _NUMPY, "d_h[1] = np.dot(W[:, 1], d_o) * h[1] * (1 - h[1])")
    assert "counted from 0 as NumPy counts or from 1 as Julia does" in message


def test_a_section_past_the_matrix_is_refused():
    message = CHECKS.refused("sigmoid-2-2-2", _FORTRAN, "dh(2) = dot_product(dout, layer%w(:, 3)) * ah(2)")
    assert "has 2 columns, and this is none of them" in message


def test_a_data_arrays_section_stays_refused():
    message = CHECKS.refused("sigmoid-2-2-2", _NUMPY, "d_h[j] = np.dot(x[:, j], d_o)")
    assert "x[:, j]" in message or "x[:,j]" in message or "':'" in message
