"""fixsup40: superscripts and a capital sum sign the last session left unread or misread.

- a layer then a time step in one superscript, ``w_{11}^{(2)(t+1)} = w_{11}^{(2)(t)} + ...`` (also ``(l)(t)``,
  ``[2](t+1)``, ``(2),t+1``): read as ``w_{11}^{(2)\\text{new}}`` is, layer 2's weight and its new (old) value. It was
  read as w_{11} to the power 2(t+1), a right update called wrong; any other second group after the layer is refused,
  never a power;
- a sum's bound that is a count with a layer, ``\\sum_{i=1}^{n^{(0)}}`` (``n^{[0]}``, ``n^{(l-1)}``): the size of that
  layer in the counting of the notation's layered patterns. It was n to the power 0, one term;
- a layer written as a count's name the notation gives a number, batch 168's ``\\delta_{i}^{n_l}`` with
  ``"n_{l}" = "3"`` (the output layer), and ``n_l-1`` beside it: that layer;
- Mitchell's capital ``\\Sigma_{k \\in outputs}`` (batch 167's mn-dh) as ``\\sum_{k \\in outputs}``: a sum over the
  units its index indexes, where the notation gives \\Sigma no meaning.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch162 import NETWORKS as B162_NETWORKS
from public_formulas_batch167 import _D1H, _H2, _MIT_SUM, NETWORKS as B167_NETWORKS, NOTATIONS as B167_NOTATIONS
from public_formulas_batch168 import _D2 as _NG_D2, _I2, NETWORKS as B168_NETWORKS, NOTATIONS as B168_NOTATIONS
from seed_verbatim import Twin
from test_reading_constructs_fixnew39 import _D2, _KT, _W_RULE, _weights

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "b162_kt": B162_NETWORKS["b162_kt"],
                     "b167_mn": B167_NETWORKS["b167_mn"], "b168_ng": B168_NETWORKS["b168_ng"]})


# ---- a layer then a time step in one superscript (batch 162's KTU notes: delta = -dE/dv) ---------------------------
def _kt(key, text, expected, parameter, member, values=({},)) -> Public:
    return Public(key, "fixsup40", "b162_kt", _KT, text, expected, (Twin("update", parameter, (member,), values),))


_W11 = r"$$w_{{11}}^{{{new}}} = w_{{11}}^{{{old}}} {sign} \eta \delta_1^{{(2)}} y_1^{{(1)}}$$"
STEP_CASES = [
    _kt("w11-step", _W11.format(new="(2)(t+1)", old="(2)(t)", sign="+"), ((C,),), "W2[0,0]",
        f"W2[0,0] - eta*{_D2}*a1[0]"),
    _kt("w11-step-wrong", _W11.format(new="(2)(t+1)", old="(2)(t)", sign="-"), ((W,),), "W2[0,0]",
        f"W2[0,0] + eta*{_D2}*a1[0]"),
    _kt("w11-step-bare-old", _W11.format(new="(2)(t+1)", old="(2)", sign="+"), ((C,),), "W2[0,0]",
        f"W2[0,0] - eta*{_D2}*a1[0]"),
    _kt("w11-bracket-step", _W11.format(new="[2](t+1)", old="[2](t)", sign="+"), ((C,),), "W2[0,0]",
        f"W2[0,0] - eta*{_D2}*a1[0]"),
    _kt("w11-comma-step", _W11.format(new="(2),t+1", old="(2),t", sign="+"), ((C,),), "W2[0,0]",
        f"W2[0,0] - eta*{_D2}*a1[0]"),
    _kt("w11-comma-step-wrong", _W11.format(new="(2),t+1", old="(2),t", sign="-"), ((W,),), "W2[0,0]",
        f"W2[0,0] + eta*{_D2}*a1[0]"),
    _kt("wji-step", _W_RULE.format(new="(l)(t+1)", old="(l)(t)", sign="+"), ((C,),), "{p}", "{m}", _weights("-")),
    _kt("wji-step-wrong", _W_RULE.format(new="(l)(t+1)", old="(l)(t)", sign="-"), ((W,),), "{p}", "{m}",
        _weights("+")),
]

# ---- a sum's bound a count with a layer ---------------------------------------------------------------------------
_LAYERED = r'''
[notation]
indices = "ijl"
[notation.symbols]
"y_{i}^{(0)}" = "x[i-1]"
"y_{i}^{(l)}" = "a{l}[i-1]"
"v_{j}^{(l)}" = "z{l}[j-1]"
"w_{ji}^{(l)}" = "W{l}[j-1, i-1]"
"b_{j}^{(l)}" = "b{l}[j-1]"
'''
_SUM_1 = r"$$v_{{j}}^{{(1)}} = \sum_{{i=1}}^{{{bound}}} w_{{ji}}^{{(1)}} y_i^{{(0)}} + b_j^{{(1)}}$$"
_SUM_2 = r"$$v_{{j}}^{{(2)}} = \sum_{{i=1}}^{{{bound}}} w_{{ji}}^{{(2)}} y_i^{{(1)}} + b_j^{{(2)}}$$"
_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_Z2_ALL = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]"
_Z2_TWO = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}]"


def _sum(key, text, expected, left, member, units) -> Public:
    return Public(key, "fixsup40", "sigmoid-2-3-2", _LAYERED, text, expected,
                  (Twin("value", left, (member,), index_grid(j=units)),))


BOUND_CASES = [
    _sum("inputs-count", _SUM_1.format(bound="n^{(0)}"), ((C,),), "z1[{j}]", _Z1, 3),
    _sum("inputs-count-bracket", _SUM_1.format(bound="n^{[0]}"), ((C,),), "z1[{j}]", _Z1, 3),
    _sum("hidden-count", _SUM_2.format(bound="n^{(1)}"), ((C,),), "z2[{j}]", _Z2_ALL, 2),
    _sum("hidden-count-inputs-wrong", _SUM_2.format(bound="n^{(0)}"), ((W,),), "z2[{j}]", _Z2_TWO, 2),
    _sum("hidden-count-outputs-wrong", _SUM_2.format(bound="n^{(2)}"), ((W,),), "z2[{j}]", _Z2_TWO, 2),
]

# ---- a layer written as a count's name the notation gives a number (batch 168's cs294a post) ------------------------
_NG = B168_NOTATIONS["b168_ng"]
_NG_DI = _NG_D2.replace("{k}", "{i}")


def _ng(key, text, expected, member) -> Public:
    return Public(key, "fixsup40", "b168_ng", _NG, text, expected, (Twin("value", _NG_DI, (member,), _I2),))


COUNT_CASES = [
    _ng("ng-dn", r"\(\delta_{i}^{n_l}=(a_i^{n_l} - y^{(i)})f'(z_i^{n_l})\)", ((C,),), _NG_DI),
    _ng("ng-dn-sign-wrong", r"\(\delta_{i}^{n_l}=(a_i^{n_l} + y^{(i)})f'(z_i^{n_l})\)", ((W,),),
        "(a2[{i}] + y[{i}])*a2[{i}]*(1 - a2[{i}])"),
    _ng("ng-dn-hidden-slope-wrong", r"\(\delta_{i}^{n_l}=(a_i^{n_l} - y^{(i)})f'(z_i^{n_l-1})\)", ((W,),),
        "(a2[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"),
]

# ---- Mitchell's \Sigma over a set named by a word (batch 167's notes on his section 4.5) ----------------------------
_MN = B167_NOTATIONS["b167_mn"]
_MIT_H = "a1[{h}]*(1 - a1[{h}])*" + _MIT_SUM.format(u="{h}")


def _mn(key, text, expected, member) -> Public:
    return Public(key, "fixsup40", "b167_mn", _MN, text, expected, (Twin("value", f"-({_D1H})", (member,), _H2),))


SIGMA_CASES = [
    _mn("mn-dh", r"$\delta_h \leftarrow o_h(1-o_h) \Sigma_{k \in  outputs} w_{kh} \delta_k$", ((C,),), _MIT_H),
    _mn("mn-dh-text", r"$\delta_h \leftarrow o_h(1-o_h) \Sigma_{k \in \text{outputs}} w_{kh} \delta_k$", ((C,),),
        _MIT_H),
    _mn("mn-dh-slope-wrong", r"$\delta_h \leftarrow o_h \Sigma_{k \in  outputs} w_{kh} \delta_k$", ((W,),),
        "a1[{h}]*" + _MIT_SUM.format(u="{h}")),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(
    STEP_CASES + BOUND_CASES + COUNT_CASES + SIGMA_CASES)


def test_a_second_group_after_the_layer_is_never_a_power():
    """w_{11}^{(2)(1)} was read as w_{11} to the power 2 * 1: refused now, saying how to write the step."""
    message = CHECKS.refused("b162_kt", _KT, r"$$y_1^{(2)} = w_{11}^{(2)(1)}$$")
    assert "a layer then a second script in one superscript" in message and "w_{11}^{(2)(t+1)}" in message


def test_a_time_step_of_what_is_no_parameter_is_refused():
    message = CHECKS.refused("b162_kt", _KT, r"$$y_1^{(2)(t+1)} = y_1^{(2)(t)} + \eta \delta_1^{(2)}$$")
    assert "is not a parameter, so it has no new or old value" in message


def test_a_count_of_a_layer_the_network_lacks_is_refused():
    message = CHECKS.refused("sigmoid-2-3-2", _LAYERED, _SUM_1.format(bound="n^{(3)}"))
    assert "is the size of layer 3, which the network does not have" in message


def test_a_layer_count_without_the_notations_counting_is_refused_not_a_power():
    """A notation whose patterns write no layer letter gives no counting of layers: n^{(0)} is refused, never n^0."""
    literal = _LAYERED.replace("^{(l)}", "^{(1)}").replace("{l}[", "1[")
    message = CHECKS.refused("sigmoid-2-3-2", literal, _SUM_1.format(bound="n^{(0)}"))
    assert "writes a count with the layer" in message


def test_sigma_a_notation_names_stays_its_name():
    """Where the notation names \\Sigma (a covariance, say), \\Sigma_{k \\in outputs} is no sum sign."""
    named = _MN + '"\\\\Sigma" = "a2[:]"\n'
    message = CHECKS.refused("b167_mn", named, r"$\delta_h \leftarrow o_h(1-o_h) \Sigma_{k \in outputs} w_{kh} \delta_k$")
    assert "sum" not in message.split(":", 1)[0]
