"""fixrust38: methods that change no number, ndarray's insert_axis, MATLAB's repmat and NumPy's np.newaxis.

- Rust's ``dZ2.clone()`` (``.to_owned()``, ndarray's ``.view()``), NumPy's ``.copy()``, PyTorch's ``.detach()`` and
  Eigen's ``weights.noalias() -= ...`` (``.eval()``) were refused as unknown dotted names (batch 160's rn-dz2, rn-db2,
  na-do, na-t1, na-dw2, na-db2, cp-w); each is now the value it is called on (syntax_value_methods.VALUE_CONVERSIONS).
- ndarray's ``X.insert_axis(Axis(1)).dot(&dZ1.insert_axis(Axis(0)))`` (batch 160's rn-dw1, rn-dw2) was refused: now
  Axis(1) is the 1-D array's column and Axis(0) its row of a matrix product, the outer product; the axes swapped,
  Axis(2), and a row outside a matrix product stay refused.
- MATLAB's ``repmat(De_Doutput_i, [2 1])' .* repmat(hidden_o, [2 1])`` (batch 161's fc-dw) was refused: repmat(v, m,
  n) is now v tiled where v is a vector or matrix whose shape the notation gives, so the product of two tilings is the
  outer product; of a number, or counts that are no numbers, refused.
- NumPy's ``x[:, np.newaxis] * delta_h[np.newaxis, :]`` reads as ``x[:, None] * delta_h[None, :]``; batch 161's
  ``x[:, na]`` (na the file's alias of np.newaxis, which neither the entry's line nor the notation declares) stays
  refused.
Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts)."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch160_tables import NETWORKS as NETWORKS_160, NOTATIONS as NOTATIONS_160
from public_formulas_batch161_tables import NETWORKS as NETWORKS_161, NOTATIONS as NOTATIONS_161
from seed_verbatim import Twin

CHECKS = CaseChecks({**NETWORKS_160, **NETWORKS_161})
_NOTATIONS = {**NOTATIONS_160, **NOTATIONS_161}

_J4 = tuple({"j": j} for j in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_J5I3 = tuple({"j": j, "i": i} for j in range(5) for i in range(3))
_RN_D1 = "(a2[0] - y[0])*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
_CP_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_FC_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_JP_JH = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


def _case(key: str, network: str, text: str, twin: Twin, expected) -> Public:
    return Public(key, "fixrust38", network, _NOTATIONS[network], text, expected, (twin,))


_DB2 = Twin("gradient", "b2[0]", ("a2[0] - y[0]",))
_DB2_DOUBLED = Twin("gradient", "b2[0]", ("2*(a2[0] - y[0])",))
_DW1 = Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RN_D1}",), _J4I3)
_DW1_DOUBLED = Twin("gradient", "W1[{j},{i}]", (f"2*x[{{i}}]*{_RN_D1}",), _J4I3)
_CP_W = Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_CP_D2}*a1[{{j}}]",), _K2J3)
_CP_W_ASCENT = Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_CP_D2}*a1[{{j}}]",), _K2J3)
_FC_DW = Twin("gradient", "W2[{k},{j}]", (f"{_FC_DK}*a1[{{j}}]",), _K2J2)
_FC_DW_SWAPPED = Twin("gradient", "W2[{k},{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{k}]",), _K2J2)
_JP_EWH = Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JP_JH}",), _J5I3)
_JP_EWH_SLIP = Twin("gradient", "W1[{j},{i}]", ("x[{i}]*a1[{j}]",), _J5I3)

_FC = "d_W_hidden_to_output = repmat(De_Doutput_i, [2 1])' .* repmat(hidden_o, [2 1]);"
CASES = [
    # the value-keeping methods: the value, right as the plain name is, and a doubled one wrong
    _case("rn-db2-clone", "b160_rn", "        let db2 = dZ2.clone();", _DB2, ((C,),)),
    _case("rn-db2-to_owned", "b160_rn", "        let db2 = dZ2.to_owned();", _DB2, ((C,),)),
    _case("rn-db2-view", "b160_rn", "        let db2 = dZ2.view();", _DB2, ((C,),)),
    _case("rn-db2-copy", "b160_rn", "db2 = dZ2.copy()", _DB2, ((C,),)),
    _case("rn-db2-detach", "b160_rn", "db2 = dZ2.detach()", _DB2, ((C,),)),
    _case("rn-db2-clone-doubled", "b160_rn", "        let db2 = 2.0 * dZ2.clone();", _DB2_DOUBLED, ((W,),)),
    _case("cp-w-noalias", "b160_cp", "        weights.noalias() -= lr * dW;", _CP_W, ((C,),)),
    _case("cp-w-eval", "b160_cp", "        weights = (weights - lr * dW).eval();", _CP_W, ((C,),)),
    _case("cp-w-noalias-ascent", "b160_cp", "        weights.noalias() += lr * dW;", _CP_W_ASCENT, ((W,),)),
    # ndarray's insert_axis: a column times a row, the outer product
    _case("rn-dw1", "b160_rn", "        let dW1 = X.clone().insert_axis(Axis(1)).dot(&dZ1.clone().insert_axis(Axis(0)));",
          _DW1, ((C,),)),
    _case("rn-dw1-doubled", "b160_rn",
          "        let dW1 = X.clone().insert_axis(Axis(1)).dot(&(2.0 * dZ1).insert_axis(Axis(0)));", _DW1_DOUBLED,
          ((W,),)),
    # MATLAB's repmat: the transposed tiling of the deltas times the tiling of the hidden outputs
    _case("fc-dw", "b161_fc", _FC, _FC_DW, ((C,),)),
    _case("fc-dw-counts", "b161_fc", "d_W_hidden_to_output = repmat(De_Doutput_i', 1, 2) .* repmat(hidden_o, 2, 1);",
          _FC_DW, ((C,),)),
    _case("fc-dw-swapped", "b161_fc",
          "d_W_hidden_to_output = repmat(De_Doutput_i, [2 1]) .* repmat(hidden_o, [2 1])';", _FC_DW_SWAPPED, ((W,),)),
    # NumPy's np.newaxis as None
    _case("jp-ewh-newaxis", "b161_jp", "        Ew_h = x[:, np.newaxis] * delta_h[np.newaxis, :]", _JP_EWH, ((C,),)),
    _case("jp-ewh-newaxis-slip", "b161_jp", "        Ew_h = x[:, numpy.newaxis] * h[numpy.newaxis, :]", _JP_EWH_SLIP,
          ((W,),)),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

REFUSED = [
    ("b160_rn", "        let dW1 = X.insert_axis(Axis(0)).dot(&dZ1.insert_axis(Axis(1)));", "whose sizes do not fit"),
    ("b160_rn", "        let dW1 = X.insert_axis(Axis(2)).dot(&dZ1.insert_axis(Axis(0)));",
     "insert_axis(...) with another argument than Axis(0) or Axis(1)"),
    ("b160_rn", "        let dW1 = X.insert_axis(Axis(1)) * dZ1.insert_axis(Axis(0));",
     ".insert_axis(Axis(0)), a vector's row, outside np.dot"),
    ("b161_fc", "d_W_hidden_to_output = repmat(De_Doutput_i, [2 1])' .* repmat(hidden_o, 2);",
     "repmat(v, ...) whose counts are no two numbers"),
    ("b161_fc", "d_W_hidden_to_output = repmat(2, [2 1])", "repmat(...) of a number"),
    ("b161_fc", "d_W_hidden_to_output = repmat(De_Doutput_i, [2 1])' .* repmat(hidden_o, [1 2]);",
     "whose sizes do not broadcast"),  # Octave's .* is code's product entry by entry, broadcast (qa54)
    # an alias of np.newaxis the notation does not declare: refused naming it (fixleft39)
    ("b161_jp", "        Ew_h = x[:, na] * delta_h[na, :]  # D * H", 'holds na beside a colon'),
]


@pytest.mark.parametrize("network, text, reason", REFUSED, ids=[text.strip()[:40] for _, text, _ in REFUSED])
def test_refused_in_one_line(network, text, reason):
    assert reason in CHECKS.refused(network, _NOTATIONS[network], text)
