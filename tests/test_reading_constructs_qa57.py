"""qa57: wrong formulas called correct in the session's merged fixes (fixsup40, fixlit40, fixcode40, qa55, fixleft40).

- a left side marked as the parameter's current value beside its layer, ``w_{11}^{(2)(t)} = w_{11}^{(2)(t)} + ...``
  (fixsup40's time step after a layer), ``w_{11}^{(2)\\text{old}} = ...``, and the plain time step ``w_{11}^{(t)} =
  w_{11} + ...``: each claims the current value equals the step's result, as ``w^{old} = w - ...`` does (docs/
  verdicts.md), wrong wherever the step is not zero; they were read as the update and called correct. ``:=`` and
  ``\\leftarrow`` after such a left side stay an assignment.
- fixlit40's plain-text new-value mark with the old value dropped, ``w5+ = - eta * a`` (batch 174's Mazur example
  ``w5+ = w5 - eta * a`` with w5 left out): it was read as code's ``w5 += - eta * a`` and called correct, while as the
  new value it is wrong; judged both ways now (spaced_plus) and refused where they differ. Batch 57's accumulation
  ``dw_1+ = x dz``, whose name has no new value, stays code's +=.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch162 import NETWORKS as B162_NETWORKS
from public_formulas_batch174_tables import NETWORKS as B174_NETWORKS, NOTATIONS as B174_NOTATIONS
from seed_verbatim import Twin
from test_reading_constructs_fixnew39 import _D2, _KT, _W_RULE, _weights

CHECKS = CaseChecks({"b162_kt": B162_NETWORKS["b162_kt"], "b174_zw": B174_NETWORKS["b174_zw"]})

# batch 162's KTU notes: delta = -dE/dv, so w^{new} = w + eta delta y is the gradient step
_W11 = r"$$w_{{11}}^{{{left}}} = w_{{11}}^{{{right}}} {sign} \eta \delta_1^{{{layer}}} y_1^{{{below}}}$$"
_STEP = f"W2[0,0] - eta*{_D2}*a1[0]"


def _update(key, left, right, expected, member, sign="+", layered=True) -> Public:
    text = _W11.format(left=left, right=right, sign=sign, layer="(2)" if layered else "",
                       below="(1)" if layered else "")
    return Public(key, "qa57", "b162_kt", _KT, text, expected, (Twin("update", "W2[0,0]", (member,), ({},)),))


def _value(key, left, right, expected, member, layered=True) -> Public:
    """The left side is the current value: the formula claims it equals the right side's number."""
    text = _W11.format(left=left, right=right, sign="+", layer="(2)" if layered else "",
                       below="(1)" if layered else "")
    return Public(key, "qa57", "b162_kt", _KT, text, expected, (Twin("value", "W2[0,0]", (member,), ({},)),))


OLD_LEFT_CASES = [
    _update("step-right", "(2)(t+1)", "(2)(t)", ((C,),), _STEP),
    _value("step-current-both-wrong", "(2)(t)", "(2)(t)", ((W,),), _STEP),
    _value("step-current-left-wrong", "(2)(t)", "(2)", ((W,),), _STEP),
    _value("step-n-current-both-wrong", "(2)(n)", "(2)(n)", ((W,),), _STEP),
    _value("step-comma-current-wrong", "(2),t", "(2),t", ((W,),), _STEP),
    _value("step-bracket-current-wrong", "[2](t)", "[2](t)", ((W,),), _STEP),
    _value("layer-old-left-wrong", r"(2)\text{old}", r"(2)\text{old}", ((W,),), _STEP),
    _value("old-layer-left-wrong", r"\text{old}(2)", "(2)", ((W,),), _STEP),
    _value("plain-step-current-wrong", "(t)", "(t)", ((W,),), f"W2[0,0] - eta*{_D2}*a1[0]", layered=False),
    _value("plain-step-current-bare-wrong", "(t)", "", ((W,),), f"W2[0,0] - eta*{_D2}*a1[0]", layered=False),
    _update("plain-step-right", "(t+1)", "(t)", ((C,),), _STEP, layered=False),
    Public("rule-current-left-wrong", "qa57", "b162_kt", _KT,
           _W_RULE.format(new="(l)(t)", old="(l)(t)", sign="+"), ((W,),),
           (Twin("value", "{p}", ("{m}",), _weights("-")),)),
]

# ---- batch 174's Mazur example in plain text: w5+ = w5 - eta * a, "a" = dJtotal/dw5 --------------------------------
_ZW = B174_NOTATIONS["b174_zw"]
_GRAD_W5 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"


def _zw(key, text, expected, member) -> Public:
    return Public(key, "qa57", "b174_zw", _ZW, text, expected, (Twin("update", "W2[0,0]", (member,), ({},)),))


SPACED_PLUS_CASES = [
    _zw("zw-w5", "w5+ = w5 - eta * a", ((C,),), f"W2[0,0] - eta*{_GRAD_W5}"),
    _zw("zw-w5-sign-wrong", "w5+ = w5 + eta * a", ((W,),), f"W2[0,0] + eta*{_GRAD_W5}"),
    # the old value dropped: wrong as the new value, and as code's += too where the sign is turned
    _zw("zw-w5-old-dropped-plus-wrong", "w5+ = eta * a", ((W,),), f"W2[0,0] + eta*{_GRAD_W5}"),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(
    OLD_LEFT_CASES + SPACED_PLUS_CASES)


def test_a_new_value_without_its_old_value_is_refused_where_the_readings_differ():
    """``w5+ = - eta * a``: as the new value (the oracle: wrong) or code's ``+=`` (the oracle: correct), refused."""
    from test_seed_verbatim import oracle_verdicts
    new_value = _zw("zw-w5-old-dropped", "w5+ = - eta * a", ((W,),), f"-eta*{_GRAD_W5}")
    accumulated = _zw("zw-w5-plus-equals", "w5 += - eta * a", ((C,),), f"W2[0,0] - eta*{_GRAD_W5}")
    problem = CHECKS.problem(new_value)
    assert oracle_verdicts(new_value, problem) == ((W,),) and oracle_verdicts(accumulated, problem) == ((C,),)
    assert CHECKS.verdicts(accumulated) == ((C,),)
    message = CHECKS.refused("b174_zw", _ZW, "w5+ = - eta * a")
    assert "may be code's += typed with a space or its new value" in message


@pytest.mark.parametrize("text", [r"$dw_1+ = x_1^{(i)}dz^{(i)}$"])
def test_an_accumulation_whose_name_has_no_new_value_stays_plus_equals(text):
    from public_formulas_batch57_tables import NETWORKS, NOTATIONS
    checks = CaseChecks({"b57_ashu": NETWORKS["b57_ashu"]})
    assert checks.verdicts(Public("acc", "qa57", "b57_ashu", NOTATIONS["b57_ashu"], text)) == ((C,),)


def test_an_assignment_after_a_current_value_stays_the_update():
    """``w^{(t)} := w^{(t)} + ...`` assigns: the relation says so, whatever marks the left side."""
    for relation in (":=", r"\leftarrow"):
        case = Public("assign", "qa57", "b162_kt", _KT,
                      rf"$$w_{{11}}^{{(t)}} {relation} w_{{11}}^{{(t)}} + \eta \delta_1 y_1$$")
        assert CHECKS.verdicts(case) == ((C,),)


# ---- an arrow in a formula's subscript where the notation writes none (fixlit40's w_{x1 \to h1}) ---------------------
# Nielsen's w_{jk}^{l}: the weight into unit j of layer l from unit k of layer l-1 (layer 1 the inputs)
_NIELSEN = r'''
[notation]
indices = "jkl"
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j-1, k-1]"
"a_{k}^{1}" = "x[k-1]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"b_{j}^{l}" = "b{l-1}[j-1]"
'''
_Z2 = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]"
_NIELSEN_CHECKS = CaseChecks({"sigmoid-2-3-2": __import__("construct_networks").SIGMOID_2_3_2})


def test_the_notations_own_order_reads():
    case = Public("nielsen-z", "qa57", "sigmoid-2-3-2", _NIELSEN, r"$z_j^3 = \sum_k w_{jk}^3 a_k^2 + b_j^3$", ((C,),),
                  (Twin("value", "z2[{j}]", (_Z2,), ({"j": 0}, {"j": 1})),))
    from test_seed_verbatim import oracle_verdicts
    assert oracle_verdicts(case, _NIELSEN_CHECKS.problem(case)) == ((C,),)
    assert _NIELSEN_CHECKS.verdicts(case) == ((C,),)


@pytest.mark.parametrize("text", [
    r"$z_j^3 = \sum_k w_{j \to k}^3 a_k^2 + b_j^3$",        # from j to k: the weight out of j, was called correct
    r"$z_j^3 = \sum_k w_{k \to j}^3 a_k^2 + b_j^3$",        # from k to j: the weight into j, was called wrong
    r"$z_1^3 = w_{1 \to 1}^3 a_1^2 + w_{1 \to 2}^3 a_2^2 + w_{1 \to 3}^3 a_3^2 + b_1^3$",
    r"$z_1^3 = w_{1 -> 1}^3 a_1^2 + w_{1 -> 2}^3 a_2^2 + w_{1 -> 3}^3 a_3^2 + b_1^3$",
])
def test_an_arrow_the_notation_does_not_write_is_refused(text):
    """The arrow says which unit sends; the notation's w_{jk} leaves it to its meaning (W[j, k]: into j from k), so
    the pair in the arrow's order may be the other weight: refused, never read as w_{jk}."""
    message = _NIELSEN_CHECKS.refused("sigmoid-2-3-2", _NIELSEN, text)
    assert "says a connection's direction, which the notation's symbols do not write" in message


def test_a_sums_arrow_and_a_limits_stay_as_written():
    """\\sum_{i \\to j} (over a graph's edges) and \\lim_{h \\to 0} are no subscript's pair: not refused for it."""
    from backprop.symbolic.typography_indices import _arrow_edits
    assert _arrow_edits(r"\sum_{i\to j} w_{ij} o_i") == [] and _arrow_edits(r"\lim_{h \to 0} f") == []
