"""fixnew39: batches 162 and 166's refusals and a misreading.

- a rule's index beside a notation naming one entry in two countings (batch 166's ko-jac and ko-dly): ``"ŷ₀" =
  "a1[0]"`` (the page's printed entry, counted from 0) beside ``"\\hat{y}_{k}" = "a1[k-1]"`` (its derivation's,
  counted from 1). The literal pattern wins for ŷ₀ as written (the spec's precedence); a rule written in k runs over
  its pattern's counting, k = 1, 2, 3, not over k = 0 as well, which named a1[0] a second time (ko-jac called wrong at
  k = 0, ko-dly refused at y_0);
- a new or old mark beside the layer in one superscript (batch 162's kt-wup, kt-bup, kt-w2n): ``w_{ji}^{(l)\\text{new}}
  = w_{ji}^{(l)\\text{old}} + ...``, ``w_{ji}^{(l)+}``, ``w^{\\text{new}(l)}``, the layer's parameter and the mark read as
  ``w^{\\text{new}}`` alone is; another word there stays refused;
- NumPy's mean along an axis as a call, ``mean(∂L/∂Z2, axis=0)`` and ``np.mean(u, axis=0, keepdims=True)`` (batch 166's
  md-b2), read as ``u.mean(axis=0)`` is: the shapes say which axis holds the samples.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from public_formulas_batch162 import NETWORKS as B162_NETWORKS, NOTATIONS as B162_NOTATIONS
from public_formulas_batch166 import NETWORKS as B166_NETWORKS, NOTATIONS as B166_NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks({"softmax-2-3": SOFTMAX_2_3, "sigmoid-2-2-2": SIGMOID_2_2_2,
                     "b166_ko": B166_NETWORKS["b166_ko"], "b166_md": B166_NETWORKS["b166_md"],
                     "b162_kt": B162_NETWORKS["b162_kt"]})

# ---- a rule's index beside one entry named in two countings ---------------------------------------------------------
_KO = B166_NOTATIONS["b166_ko"]              # counted from 1, with "ŷ₀" = "a1[0]" beside it
# the same names counted from 0 (the vector beside its entries, no literal entry)
_FROM_0 = r'''
[notation]
indices = "kij"
[notation.symbols]
"z" = "z1[:]"
"\\hat{y}" = "a1[:]"
"y" = "t[:]"
"z_{k}" = "z1[k]"
"\\hat{y}_{k}" = "a1[k]"
"y_{k}" = "t[k]"
'''
# counted from 1, the page's printed entry from 0 beside it, on a two-input softmax layer
_FROM_1 = _FROM_0.replace("[k]", "[k-1]") + '"ŷ₀" = "a1[0]"\n'

_JAC = r"$$\frac{\partial \hat{y}_k}{\partial z_i} = \hat{y}_k(\delta_{ki} - \hat{y}_i)$$"
_JAC_SWAPPED = r"$$\frac{\partial \hat{y}_k}{\partial z_i} = \hat{y}_k(\delta_{ki} - \hat{y}_k)$$"
_JAC_FACTOR = r"$$\frac{\partial \hat{y}_k}{\partial z_i} = \delta_{ki} - \hat{y}_i$$"
_DLY = r"$$\frac{\partial L}{\partial \hat{y}_k} = -\frac{y_k}{\hat{y}_k}$$"
_DLY_WRONG = r"$$\frac{\partial L}{\partial \hat{y}_k} = -\frac{1 - y_k}{\hat{y}_k}$$"


def _jacobian(member: str) -> tuple:
    """The twin's index values for every k and i of three outputs: "{t}" the true entry, "{m}" the member's."""
    return tuple({"t": f"a1[{k}]*({int(k == i)} - a1[{i}])", "m": member.format(k=k, i=i, d=int(k == i))}
                 for k in range(3) for i in range(3))


def _jac(key, network, notation, text, expected, member) -> Public:
    return Public(key, "fixnew39", network, notation, text, expected, (Twin("value", "{t}", ("{m}",), _jacobian(member)),))


def _dly(key, network, notation, text, expected, member) -> Public:
    return Public(key, "fixnew39", network, notation, text, expected,
                  (Twin("value", "-t[{k}]/a1[{k}]", (member,), index_grid(k=3)),))


_RIGHT_JAC, _SWAPPED_JAC, _FACTOR_JAC = "a1[{k}]*({d} - a1[{i}])", "a1[{k}]*({d} - a1[{k}])", "{d} - a1[{i}]"
COUNTINGS_CASES = [
    _jac("ko-jac", "b166_ko", _KO, _JAC, ((C,),), _RIGHT_JAC),
    _jac("ko-jac-swapped-wrong", "b166_ko", _KO, _JAC_SWAPPED, ((W,),), _SWAPPED_JAC),
    _jac("ko-jac-factor-wrong", "b166_ko", _KO, _JAC_FACTOR, ((W,),), _FACTOR_JAC),
    _dly("ko-dly", "b166_ko", _KO, _DLY, ((C,),), "-t[{k}]/a1[{k}]"),
    _dly("ko-dly-wrong", "b166_ko", _KO, _DLY_WRONG, ((W,),), "-(1 - t[{k}])/a1[{k}]"),
    _jac("from-1-jac", "softmax-2-3", _FROM_1, _JAC, ((C,),), _RIGHT_JAC),
    _jac("from-1-jac-swapped-wrong", "softmax-2-3", _FROM_1, _JAC_SWAPPED, ((W,),), _SWAPPED_JAC),
    _jac("from-1-jac-factor-wrong", "softmax-2-3", _FROM_1, _JAC_FACTOR, ((W,),), _FACTOR_JAC),
    _dly("from-1-dly", "softmax-2-3", _FROM_1, _DLY, ((C,),), "-t[{k}]/a1[{k}]"),
    _jac("from-0-jac", "softmax-2-3", _FROM_0, _JAC, ((C,),), _RIGHT_JAC),
    _jac("from-0-jac-swapped-wrong", "softmax-2-3", _FROM_0, _JAC_SWAPPED, ((W,),), _SWAPPED_JAC),
    _jac("from-0-jac-factor-wrong", "softmax-2-3", _FROM_0, _JAC_FACTOR, ((W,),), _FACTOR_JAC),
    _dly("from-0-dly", "softmax-2-3", _FROM_0, _DLY, ((C,),), "-t[{k}]/a1[{k}]"),
    _dly("from-0-dly-wrong", "softmax-2-3", _FROM_0, _DLY_WRONG, ((W,),), "-(1 - t[{k}])/a1[{k}]"),
    # the printed entry itself, as written: the literal pattern's a1[0], the first output
    Public("printed-entry", "fixnew39", "b166_ko", _KO, r"ŷ₀ = \frac{e^{z_1}}{\sum_j e^{z_j}}", ((C,),),
           (Twin("value", "a1[0]", ("exp(z1[0])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",)),)),
    Public("printed-entry-wrong", "fixnew39", "b166_ko", _KO, r"ŷ₀ = \frac{e^{z_2}}{\sum_j e^{z_j}}", ((W,),),
           (Twin("value", "a1[0]", ("exp(z1[1])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",)),)),
]

# ---- a new or old mark beside the layer in one superscript (batch 162's KTU notes: delta = -dE/dv) --------------------
_KT = B162_NOTATIONS["b162_kt"]
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"


def _weights(sign: str) -> tuple:
    return (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] {sign} eta*{_D1.format(j=j)}*x[{i}]"}
                  for j in range(2) for i in range(2))
            + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] {sign} eta*{_D2}*a1[{j}]"} for j in range(2)))


def _biases(sign: str) -> tuple:
    return tuple({"p": f"b1[{j}]", "m": f"b1[{j}] {sign} eta*{_D1.format(j=j)}"} for j in range(2)) \
        + ({"p": "b2[0]", "m": f"b2[0] {sign} eta*{_D2}"},)


def _kt(key, text, expected, parameter, member, values=({},)) -> Public:
    return Public(key, "fixnew39", "b162_kt", _KT, text, expected, (Twin("update", parameter, (member,), values),))


_W_RULE = r"$$w_{{ji}}^{{{new}}} = w_{{ji}}^{{{old}}} {sign} \eta \, \delta_j^{{(l)}} \, y_i^{{(l-1)}}$$"
MARK_CASES = [
    _kt("kt-wup", _W_RULE.format(new=r"(l)\text{new}", old=r"(l)\text{old}", sign="+"), ((C,),), "{p}", "{m}",
        _weights("-")),
    _kt("kt-wup-sign-wrong", _W_RULE.format(new=r"(l)\text{new}", old=r"(l)\text{old}", sign="-"), ((W,),), "{p}",
        "{m}", _weights("+")),
    _kt("kt-wup-plus", _W_RULE.format(new="(l)+", old="(l)", sign="+"), ((C,),), "{p}", "{m}", _weights("-")),
    _kt("kt-wup-mark-first", _W_RULE.format(new=r"\text{new}(l)", old=r"\text{old}(l)", sign="+"), ((C,),), "{p}",
        "{m}", _weights("-")),
    _kt("kt-bup", r"$$b_j^{(l)\text{new}} = b_j^{(l)\text{old}} + \eta \, \delta_j^{(l)}$$", ((C,),), "{p}", "{m}",
        _biases("-")),
    _kt("kt-bup-sign-wrong", r"$$b_j^{(l)\text{new}} = b_j^{(l)\text{old}} - \eta \, \delta_j^{(l)}$$", ((W,),), "{p}",
        "{m}", _biases("+")),
    _kt("kt-w2n-literal", r"$$w_{11}^{(2)\text{new}} = w_{11}^{(2)} + \eta \delta_1^{(2)} y_1^{(1)}$$", ((C,),),
        "W2[0,0]", f"W2[0,0] - eta*{_D2}*a1[0]"),
    _kt("kt-w2n-literal-wrong", r"$$w_{11}^{(2)\text{new}} = w_{11}^{(2)} - \eta \delta_1^{(2)} y_1^{(1)}$$", ((W,),),
        "W2[0,0]", f"W2[0,0] + eta*{_D2}*a1[0]"),
]

# ---- NumPy's mean along an axis as a call -----------------------------------------------------------------------------
_MD = B166_NOTATIONS["b166_md"]              # the samples rows: "Z2" = "z2[:].T"
_MD_B2 = "a2[{k}] - t[{k}]"
# Ng's code, a sample a column (test_reading_constructs_qa48's)
_NG = r'''
[notation]
[notation.symbols]
"A2" = "a2[:]"
"dZ2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
'''
_NG_B2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _mean(key, network, notation, text, expected, member) -> Public:
    return Public(key, "fixnew39", network, notation, text, expected,
                  (Twin("gradient", "b2[{k}]", (member,), index_grid(k=2)),))


MEAN_CASES = [
    _mean("md-b2", "b166_md", _MD, "∂L/∂b2 = mean(∂L/∂Z2, axis=0)", ((C,),), _MD_B2),
    _mean("md-b2-np-keepdims", "b166_md", _MD, "∂L/∂b2 = np.mean(∂L/∂Z2, axis=0, keepdims=True)", ((C,),), _MD_B2),
    _mean("md-b2-outputs-wrong", "b166_md", _MD, "∂L/∂b2 = mean(A2, axis=0)", ((W,),), "a2[{k}]"),
    _mean("ng-db2", "sigmoid-2-2-2", _NG, "db2 = np.mean(dZ2, axis=1, keepdims=True)", ((C,),), _NG_B2),
    _mean("ng-db2-bare", "sigmoid-2-2-2", _NG, "db2 = mean(dZ2, axis=1)", ((C,),), _NG_B2),
    _mean("ng-db2-outputs-wrong", "sigmoid-2-2-2", _NG, "db2 = mean(A2, axis=1)", ((W,),), "a2[{k}]"),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(
    COUNTINGS_CASES + MARK_CASES + MEAN_CASES)


def test_a_mean_over_the_units_axis_is_refused_for_its_shape():
    """axis=1 of the samples' rows (axis=0 of Ng's columns) averages a sample's units: one number where the left
    side is a vector of two."""
    assert "is 1 x 1 where the left side is 2 x 1" in CHECKS.refused("b166_md", _MD, "∂L/∂b2 = mean(∂L/∂Z2, axis=1)")
    assert "is 1 x 1 where the left side is 2 x 1" in CHECKS.refused("sigmoid-2-2-2", _NG, "db2 = mean(dZ2, axis=0)")


def test_another_word_beside_the_layer_stays_refused():
    """A superscript holding the layer and a word that marks no new or old value (neu) reads as neither."""
    message = CHECKS.refused("b162_kt", _KT, r"$$w_{ji}^{(l)\text{neu}} = w_{ji}^{(l)} + \eta \delta_j^{(l)} y_i^{(l-1)}$$")
    assert "matches none of the notation's patterns" in message
