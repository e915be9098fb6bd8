r"""QA helper qa52: a mutation hunt on batches 163 and 164 (tests/mutation_hunt.py, every kind: 380 mutants of 81
entries read, 19 with a member called correct, 9 suspects, each judged: 8 harmless (a sum's axis changed or dropped
over one sample and one output unit, c163-es-b2, c163-fm-b2 twice each; an index on a one-unit layer, h64-bp-b2; a
transpose dropped beside a 1 x 1 delta of one output unit, c163-vi-he, c163-id-e1; ``a1 > 0`` for ``z1 > 0`` under
ReLU, the same mask, c163-ko-dz1) and 1 a defect left to the lead (h64-es-e, below)), and the constructs session 38
read last probed by hand with the slips a student makes (value-keeping methods, insert_axis, repmat, np.newaxis,
Markdown marks, CJK labels, loop bounds, comprehensions over range(n)).

The defects fixed, each a wrong formula called correct:
- MATLAB's ``repmat(v, 11)`` (one count: an 11 x 11 tiling) was read as ``repmat(v, 1, 1)``: its counts were taken
  from the argument's text with its spaces gone, so ``11`` split into 1 and 1 (``[2 1 1]`` into 21 and 1), and
  ``repmat(De_Doutput_i, 11)' .* repmat(hidden_o, 11)``, an error in MATLAB, was called correct. The counts are now
  read token by token; one count is refused.
- NumPy's ``x[:, np.newaxis] * delta_h[:, np.newaxis]`` (two columns of 3 and 5 entries, which NumPy refuses to
  broadcast) was read as their outer product and called correct; so were ``x * delta_h[np.newaxis, :]`` and
  ``x[np.newaxis, :] * delta_h`` (a 1-D vector beside a row: NumPy multiplies them entry by entry where they have one
  size, a row, and refuses them where they differ), on a square layer too, and PyTorch's ``dZ2 * A1.unsqueeze(0)``
  alike. Each is refused now.
- A C-family loop's bound ``W.length`` of ``"W" = "W1[:, :].T"`` (the program's W input-first, W1's transpose) counted
  W1's rows (the hidden units) where the program's W has the inputs' count of rows: a loop over the hidden biases to
  W.length, which leaves the last one unchanged, was called correct. A meaning with .T now counts its last ':'.

Left to the lead (no change here): h64-es-e's ``MatrixXd error = output - y;`` (``"output" = "a2[:]"``, ``"y" =
"y[:].T"``: a column minus a row, an assertion in Eigen and a 3 x 3 matrix in NumPy) is called correct: the columns'
reading does not fit, and the rows' reading (notation-defaults.md, "read again with every vector a row") turns the
column output into a row beside y's row. A rule keeping a vector without .T a column where the notation marks rows
with .T was tried and turns batch 56's b56-smx-logits (``z = XW^T + b``, b NumPy's 1-D array, a row in broadcasting)
from read to refused: the notation cannot tell Eigen's column from NumPy's 1-D vector, so the fix needs the language.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts), from each case's twin; a
refused text is one NumPy or MATLAB itself refuses or computes otherwise (shown with NumPy below).
"""

from __future__ import annotations

import numpy as np
import pytest

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch161_tables import NETWORKS as NETWORKS_161, NOTATIONS as NOTATIONS_161
from seed_verbatim import Twin
from test_reading_constructs_fixbound38 import _XO_BARE
from test_reading_constructs_qa34 import _COLUMNS

_SQUARE = ('[[layer]]\ninputs = 3\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n[[layer]]\nunits = 1\n'
           'activation = "sigmoid"\nbias = "none"\n[loss]\nname = "half_squared_error"\n[update]\nlearning_rate = 1.0\n')
NETWORKS = {"b161_fc": NETWORKS_161["b161_fc"], "b161_jp": NETWORKS_161["b161_jp"], "jp-square": _SQUARE,
            "xo-232": SIGMOID_2_3_2 + "\n[update]\nlearning_rate = 0.5\n"}
CHECKS = CaseChecks(NETWORKS)
_FC, _JP = NOTATIONS_161["b161_fc"], NOTATIONS_161["b161_jp"]
# the C trainer's notation (no bound values) with W the program's input-first matrix, W1's transpose, and Wc W1
_XO = _XO_BARE + '"W" = "W1[:, :].T"\n"Wc" = "W1[:, :]"\n'

# MATLAB's tiling: dE/dW2[k, j] = delta_k a1_j of Mazur's 2-2-2 network
_FC_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_FC_DW = Twin("gradient", "W2[{k},{j}]", (f"{_FC_DK}*a1[{{j}}]",), index_grid(k=2, j=2))
_FC_LEFT = "d_W_hidden_to_output = "
# NumPy's new axes: Ew_h[i, j] = x_i delta_j (input-first), delta_j the hidden sum's gradient
_JP_JH = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_JP_EWH = Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JP_JH}",), index_grid(j=5, i=3))
_SQ_EWH = Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JP_JH}",), index_grid(j=3, i=3))
# the square layer's delta x^T where x delta^T is meant: W1[j, i] written as x_j delta_i
_SQ_EWH_TURNED = Twin("gradient", "W1[{j},{i}]", ("x[{j}]*" + _JP_JH.replace("{j}", "{i}"),), index_grid(j=3, i=3))
_EWH = "        Ew_h = "
# the loops: the hidden biases' update b1[j] - eta delta1[j] (hidden_delta = -delta1), the outputs' b2[j] - eta delta2[j]
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = "(" + " + ".join(f"W2[{k},{{j}}]*{_D2.format(k=k)}" for k in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"
_B1 = Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), index_grid(j=3))
_B2 = Twin("update", "b2[{j}]", ("b2[{j}] - eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), index_grid(j=2))
_HIDDEN_LOOP = "for (int j = 0; j < {bound}; j++) bias_HN[j] += learning_rate * hidden_delta[j];"
_OUTPUT_LOOP = "for (int j = 0; j < {bound}; j++) bias_ON[j] += learning_rate * output_delta[j];"


def _case(key: str, network: str, notation: str, text: str, twin: Twin, expected) -> Public:
    return Public(key, "qa52", network, notation, text, expected, (twin,))


CASES = [
    # ---- repmat: the counts with a comma inside the brackets, and apart, read; the turned tiling wrong ----------
    _case("repmat-bracket-comma", "b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i, [2, 1])' .* repmat(hidden_o, [2, 1]);",
          _FC_DW, ((C,),)),
    _case("repmat-counts", "b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i', 1, 2) .* repmat(hidden_o, 2, 1);", _FC_DW,
          ((C,),)),
    _case("repmat-one-by-one", "b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i', 1, 1) .* hidden_o;", _FC_DW, ((C,),)),
    # ---- np.newaxis: the column times the row, NumPy's outer product; a reshape's column too -------------------
    _case("newaxis-outer", "b161_jp", _JP, _EWH + "x[:, np.newaxis] * delta_h[np.newaxis, :]", _JP_EWH, ((C,),)),
    _case("newaxis-reshape", "b161_jp", _JP, _EWH + "x.reshape(-1, 1) * delta_h[np.newaxis, :]", _JP_EWH, ((C,),)),
    _case("newaxis-dot", "b161_jp", _JP, _EWH + "np.dot(x[:, np.newaxis], delta_h[np.newaxis, :])", _JP_EWH, ((C,),)),
    _case("newaxis-square", "jp-square", _JP, _EWH + "x[:, np.newaxis] * delta_h[np.newaxis, :]", _SQ_EWH, ((C,),)),
    # on a square layer the axes on the wrong factors make delta x^T, the transpose: wrong
    _case("newaxis-square-turned", "jp-square", _JP, _EWH + "x[np.newaxis, :] * delta_h[:, np.newaxis]",
          _SQ_EWH_TURNED, ((W,),)),
    # PyTorch's unsqueeze alike: the column beside a 1-D vector is their outer product
    _case("unsqueeze-column-beside-vector", "xo-232", _COLUMNS, "dW2 = dZ2.unsqueeze(1) * A1",
          Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), index_grid(k=2, j=3)), ((C,),)),
    # ---- a loop to a length: W1's own length (its rows, the hidden units), the transpose's over the outputs -------
    _case("loop-length-matrix", "xo-232", _XO, _HIDDEN_LOOP.format(bound="Wc.length"), _B1, ((C,),)),
    # W = W1^T has the inputs' count of rows, 2, which is the outputs' count too: the loop runs over all of b2
    _case("loop-length-transposed-outputs", "xo-232", _XO, _OUTPUT_LOOP.format(bound="W.length"), _B2, ((C,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

REFUSED = [
    ("b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i, 11)' .* repmat(hidden_o, 11);", "counts are no two numbers"),
    ("b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i', 12) .* repmat(hidden_o, 21);", "counts are no two numbers"),
    ("b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i, [21])' .* repmat(hidden_o, [21]);", "counts are no two numbers"),
    ("b161_fc", _FC, _FC_LEFT + "repmat(De_Doutput_i, [2 1 1])' .* repmat(hidden_o, [2 1 1]);",
     "counts are no two numbers"),
    # the row first, x[None, :] * d[:, None], is NumPy's d x^T (5 x 3): Ew_h's transpose, so the page's update of the
    # 3 x 5 w_h would fail; qa52 had it correct, turned back, until qa55 kept a named gradient's layout
    ("b161_jp", _JP, _EWH + "x[np.newaxis, :] * delta_h[:, np.newaxis]", "is 5 x 3 where the left side is 3 x 5"),
    ("b161_jp", _JP, _EWH + "x[:, np.newaxis] * delta_h[:, np.newaxis]", "by another column"),
    ("b161_jp", _JP, _EWH + "x[:, np.newaxis] * delta_h[np.newaxis, :].T", "by another column"),
    ("b161_jp", _JP, _EWH + "x * delta_h[np.newaxis, :]", "a vector by a row u[None, :]"),
    ("b161_jp", _JP, _EWH + "x[np.newaxis, :] * delta_h", "a vector by a row u[None, :]"),
    ("jp-square", _JP, _EWH + "x * delta_h[np.newaxis, :]", "a vector by a row u[None, :]"),
    ("jp-square", _JP, _EWH + "x[np.newaxis, :] * delta_h", "a vector by a row u[None, :]"),
    ("xo-232", _COLUMNS, "dW2 = dZ2 * A1.unsqueeze(0)", "a vector by a row u[None, :]"),
    ("xo-232", _XO, _HIDDEN_LOOP.format(bound="W.length"), "runs j over 0..1, and bias_HN's entries are 0..2"),
]


@pytest.mark.parametrize("network, notation, text, reason", REFUSED, ids=[text.strip()[:50] for _, _, text, _ in REFUSED])
def test_refused_in_one_line(network, notation, text, reason):
    assert reason in CHECKS.refused(network, notation, text)


def test_numpy_refuses_or_multiplies_entrywise_what_is_refused():
    """The oracle of the new-axis refusals: NumPy itself, on 1-D arrays of 3 and 5 entries (and 3 and 3)."""
    x, d, e = np.arange(1.0, 4.0), np.arange(1.0, 6.0), np.arange(4.0, 7.0)
    assert (x[:, np.newaxis] * d[np.newaxis, :]).shape == (3, 5)  # the outer product, read
    assert (x[np.newaxis, :] * d[:, np.newaxis]).shape == (5, 3)  # its transpose, read as the gradient's transpose
    for slip in (lambda: x[:, np.newaxis] * d[:, np.newaxis], lambda: x * d[np.newaxis, :],
                 lambda: x[np.newaxis, :] * d, lambda: x[:, np.newaxis] * d[np.newaxis, :].T):
        with pytest.raises(ValueError):
            slip()
    assert np.array_equal(x * e[np.newaxis, :], (x * e)[np.newaxis, :])  # of one size: entry by entry, a row
    assert np.array_equal(x[:, np.newaxis] * e[:, np.newaxis], (x * e)[:, np.newaxis])  # two columns: a column
