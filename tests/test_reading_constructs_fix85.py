"""Batch 85 of the public formulas showed general constructs refused, each written here as another author would
(other names, other networks than the pages'): code's indices held in names set on the lines before, ``W[out_idx,
hid_idx]`` where the notation gives each name its number (``"out_idx" = "1"``); NumPy's column ``u[:, None]`` after a
code name with underscores, as after any other name; and a code name written whole, ``W1``, where the notation names
both the whole matrix (``"W1"``) and its entries (``"W1_{ij}"``), read where the two are one matrix. The ambiguous
neighbours stay refused: an index name the notation does not give a number, a column times a vector of its own size,
and a bare name whose two readings are different matrices.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# a training loop's names: W the output weights, delta_o the outputs' -dL/dz, h the hidden outputs; out_idx and
# hid_idx the indices the loop set on the lines before (out_idx = 1, hid_idx = 2), lr the step
INDEX_NAMES_NOTATION = r'''
[notation]
indices = "ij"
learning_rate = ["lr"]
[notation.symbols]
"W" = "W2[:, :]"
"W[i, j]" = "W2[i, j]"
"delta_o" = "-delta2[:]"
"delta_o[i]" = "-delta2[i]"
"h" = "a1[:]"
"h[j]" = "a1[j]"
"out_idx" = "1"
"hid_idx" = "2"
'''
# a NumPy notebook's names: out_err_term the outputs' -dL/dz, hidden_out_vals the hidden outputs, dw_hid_out the
# change -lr dL/dW2 written input-first (hidden unit j, output k), lr the step
COLUMN_NOTATION = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"out_err_term" = "-delta2[:]"
"hidden_out_vals" = "a1[:]"
"dw_hid_out" = "-eta*grad(W2[:, :]).T"
'''
# a page's code and LaTeX for one layer: W1 the weights whole in the code, W1_{ij} their entries in the LaTeX (from 1)
WHOLE_AND_ENTRIES_NOTATION = r'''
[notation]
indices = "ij"
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :]"
"W1_{ij}" = "W1[i-1, j-1]"
"b1" = "b1[:]"
"s1" = "z1[:]"
'''
_DELTA = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_J3 = tuple({"j": j} for j in range(3))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_SUM = "x[0]*W1[{j},0] + x[1]*W1[{j},1]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the indices named: W[1, 2], the weight from hidden unit 2 to output 1 (from 0)
            ("index-names", "W[out_idx, hid_idx] = W[out_idx, hid_idx] + lr * delta_o[out_idx] * h[hid_idx]", ((C,),),
             (Twin("update", "W2[1,2]", ("W2[1,2] + eta*" + _DELTA.format(k=1) + "*a1[2]",)),)),
            ("index-names-swapped-wrong", "W[out_idx, hid_idx] = W[out_idx, hid_idx] + lr * delta_o[out_idx] * h[out_idx]",
             ((W,),), (Twin("update", "W2[1,2]", ("W2[1,2] + eta*" + _DELTA.format(k=1) + "*a1[1]",)),)),
            ("index-names-uphill-wrong", "W[out_idx, hid_idx] = W[out_idx, hid_idx] - lr * delta_o[out_idx] * h[hid_idx]",
             ((W,),), (Twin("update", "W2[1,2]", ("W2[1,2] - eta*" + _DELTA.format(k=1) + "*a1[2]",)),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", INDEX_NAMES_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the hidden outputs as a column against the outputs' terms: entry [j, k], as NumPy broadcasts
            ("column-of-code-name", "dw_hid_out = lr * out_err_term * hidden_out_vals[:, None]", ((C,),),
             (Twin("value", "eta*" + _DELTA + "*a1[{j}]", ("eta*" + _DELTA + "*a1[{j}]",), _J3K2),)),
            ("column-of-code-name-no-rate-wrong", "dw_hid_out = out_err_term * hidden_out_vals[:, None]", ((W,),),
             (Twin("value", "eta*" + _DELTA + "*a1[{j}]", (_DELTA + "*a1[{j}]",), _J3K2),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", COLUMN_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # W1 whole in the code, the matrix its entries W1_{ij} make too: one reading
            ("whole-beside-entries", "s1 = np.dot(x, W1.T) + b1", ((C,),),
             (Twin("value", "z1[{j}]", (_SUM + " + b1[{j}]",), _J3),)),
            ("whole-beside-entries-no-bias-wrong", "s1 = np.dot(x, W1.T)", ((W,),),
             (Twin("value", "z1[{j}]", (_SUM,), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", WHOLE_AND_ENTRIES_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_index_name_without_a_number_stays_refused():
    """``h[hid]``, a name the notation does not give a number: no index check can read."""
    message = CHECKS.refused("sigmoid-2-3-2", INDEX_NAMES_NOTATION,
                             "W[out_idx, hid_idx] = W[out_idx, hid_idx] + lr * delta_o[out_idx] * h[hid]")
    assert "matches none of the notation's patterns for h" in message


def test_a_column_against_a_vector_of_its_size_stays_refused():
    """Two outputs and two hidden units: u * v[:, None] is a matrix either way round, which NumPy's rule decides
    but a reader of the page cannot tell from the shapes."""
    message = CHECKS.refused("sigmoid-2-2-2", COLUMN_NOTATION, "dw_hid_out = lr * out_err_term * hidden_out_vals[:, None]")
    assert "of the same size" in message


def test_a_whole_name_that_is_another_matrix_than_its_entries_stays_refused():
    """``"W1"`` the transpose of the matrix ``"W1_{ij}"`` names: W1 bare is either."""
    notation = WHOLE_AND_ENTRIES_NOTATION.replace('"W1" = "W1[:, :]"', '"W1" = "W1[:, :].T"')
    message = CHECKS.refused("sigmoid-2-3-2", notation, "s1 = np.dot(x, W1) + b1")
    assert "the vector the notation's W1 patterns name" in message
