"""The pages of batches 49 and 50 of the public formulas showed these refused, each written here as another author
would (other names, other networks than the pages'): a rule over the layer letter L, which the notation lists among
its indices, written at L + 1 (judged at the layers where every name it uses exists); a subscript holding a condition
between two index letters, p_{j=m}, p_{j \neq m} (\ne, \not=): the claim judged in that case, as with the case
written after it; a case distinction whose conditions are about one vector's entries (g'(u) = 1 if u > 0, 0
otherwise), read entry by entry as np.where is. What stays refused: L + 1 where L is the default's output layer; two different conditions in one
claim, or a condition in a member's subscript and not on the left side; a condition naming a letter the left side
does not use; cases on vectors of different shapes, or whose conditions overlap in an entry.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "relu-3-2-1": ('[[layer]]\ninputs = 3\nunits = 2\nactivation = "relu"\n[[layer]]\nunits = 1\n'
                   'activation = "identity"\n[loss]\nname = "half_squared_error"\n'),
    "softmax-3-4": ('[[layer]]\ninputs = 3\nunits = 4\nactivation = "softmax"\n[loss]\nname = "cross_entropy"\n'),
    "sigmoid-3-2": SIGMOID_2_3_2,
    "tanh-sigmoid-2-2": TANH_2_2_SIGMOID_2,
}
CHECKS = CaseChecks(NETWORKS)

# L a layer placeholder: s^{[L]} the sums of layer L, h^{[L]} its outputs (h^{[0]} the input), U and c its weights
# and biases
_LAYER_L = r'''
[notation]
indices = "Lj"
[notation.symbols]
"s^{[L]}" = "z{L}[:]"
"h^{[L]}" = "a{L}[:]"
"h^{[0]}" = "x[:]"
"U^{[L]}" = "W{L}[:, :]"
"c^{[L]}" = "b{L}[:]"
"h_{j}^{[L]}" = "a{L}[j-1]"
"s_{j}^{[L]}" = "z{L}[j-1]"
'''
# the same names with L the default's output layer
_LAYER_L_OUTPUT = _LAYER_L.replace('indices = "Lj"', 'indices = "lj"').replace("{L}", "{l}").replace(
    "[L]}\"", "[l]}\"")
_LJ_3_2 = tuple({"l": layer, "p": layer - 1, "j": j} for layer, units in ((1, 3), (2, 2)) for j in range(units))
_LJ_2_2 = tuple({"l": layer, "p": layer - 1, "j": j} for layer in (1, 2) for j in range(2))
_SUM_2_2 = "W{l}[{j},0]*a{p}[0] + W{l}[{j},1]*a{p}[1] + b{l}[{j}]"
# a softmax of four classes: u_j the sums, p_j the probabilities, from 1
_SOFTMAX = r'''
[notation]
indices = "jm"
[notation.symbols]
"u_{j}" = "z1[j-1]"
"p_{j}" = "a1[j-1]"
'''
_JM = tuple({"j": j, "m": m} for j in range(4) for m in range(4))
_JM_SAME = tuple(values for values in _JM if values["j"] == values["m"])
_JM_OTHER = tuple(values for values in _JM if values["j"] != values["m"])
_TOTAL = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]) + exp(z1[3]))"
# a rectifier layer, the layer in brackets: u its sums, h its outputs, x the input, g its function
_RECTIFIER = r'''
[notation]
indices = "l"
functions = { g = "relu" }
[notation.symbols]
"u^{[l]}" = "z{l}[:]"
"h^{[l]}" = "a{l}[:]"
"x" = "x[:]"
'''
_J2 = ({"j": 0}, {"j": 1})
_LEAKY = "z1[{j}]*Heaviside(z1[{j}]) + 0.01*z1[{j}]*(1 - Heaviside(z1[{j}]))"


def _cases() -> list[Public]:
    cases = []
    for key, network, text, expected, twins in (
            # the activation rule at L + 1: L = 0 and 1 name layers 1 and 2; L = 2 names none and is not judged
            ("layer-l-plus-one-activation", "sigmoid-3-2", r"h^{[L+1]} = \sigma(s^{[L+1]})", ((C,),),
             (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _LJ_3_2),)),
            ("layer-l-plus-one-activation-wrong", "tanh-sigmoid-2-2", r"h^{[L+1]} = \sigma(s^{[L+1]})", ((W,),),
             (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _LJ_2_2),)),
            ("layer-l-plus-one-sum", "tanh-sigmoid-2-2", r"s^{[L+1]} = U^{[L+1]} h^{[L]} + c^{[L+1]}", ((C,),),
             (Twin("value", "z{l}[{j}]", (_SUM_2_2,), _LJ_2_2),)),
            ("layer-l-plus-one-sum-wrong", "tanh-sigmoid-2-2", r"s^{[L+1]} = U^{[L+1]} h^{[L+1]} + c^{[L+1]}",
             ((W,),), (Twin("value", "z{l}[{j}]", ("W{l}[{j},0]*a{l}[0] + W{l}[{j},1]*a{l}[1] + b{l}[{j}]",),
                             _LJ_2_2),)),
            # a unit's entry, j from 1
            ("layer-l-plus-one-entry", "sigmoid-3-2", r"h_j^{[L+1]} = \sigma(s_j^{[L+1]})", ((C,),),
             (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _LJ_3_2),))):
        cases.append(Public(key, "test", network, _LAYER_L, text, expected, twins))
    for key, text, expected, twins in (
            # y_{k=i}: y_k in the case k = i, on the left side and in the members alike
            ("subscript-equal", r"\frac{\partial p_{j=m}}{\partial u_m} = p_{j=m}(1 - p_m)", ((C,),),
             (Twin("value", "a1[{j}]*(1 - a1[{m}])", ("a1[{j}]*(1 - a1[{m}])",), _JM_SAME),)),
            ("subscript-equal-wrong", r"\frac{\partial p_{j=m}}{\partial u_m} = -p_{j=m} p_m", ((W,),),
             (Twin("value", "a1[{j}]*(1 - a1[{m}])", ("-a1[{j}]*a1[{m}]",), _JM_SAME),)),
            ("subscript-equal-chain", r"\frac{\partial p_{j=m}}{\partial u_m} = \frac{e^{u_{j=m}}}{\sum_k e^{u_k}}"
             r" - \frac{e^{u_{j=m}} e^{u_m}}{(\sum_k e^{u_k})^2} = p_m - p_m^2", ((C, C),),
             (Twin("value", "a1[{j}]*(1 - a1[{m}])",
                   (f"exp(z1[{{j}}])/{_TOTAL} - exp(z1[{{j}}])*exp(z1[{{m}}])/{_TOTAL}**2",
                    "a1[{m}] - a1[{m}]**2"), _JM_SAME),)),
            # y_{k \neq i} (\not=, \ne): y_k in the case k != i
            ("subscript-not-equal", r"\frac{\partial p_{j \not= m}}{\partial u_m} = -p_{j \not= m} p_m", ((C,),),
             (Twin("value", "-a1[{j}]*a1[{m}]", ("-a1[{j}]*a1[{m}]",), _JM_OTHER),)),
            ("subscript-ne", r"{\partial p_{j \ne m} \over \partial u_m} = -p_j p_m", ((C,),),
             (Twin("value", "-a1[{j}]*a1[{m}]", ("-a1[{j}]*a1[{m}]",), _JM_OTHER),)),
            ("subscript-not-equal-wrong", r"\frac{\partial p_{j \neq m}}{\partial u_m} = p_{j \neq m}(1 - p_m)",
             ((W,),), (Twin("value", "-a1[{j}]*a1[{m}]", ("a1[{j}]*(1 - a1[{m}])",), _JM_OTHER),)),
            # the same case written after the formula as well: one condition
            ("subscript-and-case-after", r"\frac{\partial p_{j=m}}{\partial u_m} = p_j(1 - p_m), \quad j = m",
             ((C,),), (Twin("value", "a1[{j}]*(1 - a1[{m}])", ("a1[{j}]*(1 - a1[{m}])",), _JM_SAME),))):
        cases.append(Public(key, "test", "softmax-3-4", _SOFTMAX, text, expected, twins))
    for key, text, expected, twins in (
            # cases on one vector's entries: each entry's case
            ("vector-cases-slope", r"g'(u^{[1]}) = \begin{cases} 1 & \text{if } u^{[1]} > 0 \\ 0 & \text{otherwise}"
             r" \end{cases}", ((C,),), (Twin("value", "Heaviside(z1[{j}])", ("Heaviside(z1[{j}])",), _J2),)),
            ("vector-cases-slope-wrong", r"g'(u^{[1]}) = \begin{cases} 0 & \text{if } u^{[1]} > 0 \\ 1 &"
             r" \text{otherwise} \end{cases}", ((W,),),
             (Twin("value", "Heaviside(z1[{j}])", ("1 - Heaviside(z1[{j}])",), _J2),)),
            ("vector-cases-output", r"h^{[1]} = \begin{cases} u^{[1]} & u^{[1]} > 0 \\ 0 & u^{[1]} \leq 0"
             r" \end{cases}", ((C,),), (Twin("value", "a1[{j}]", ("z1[{j}]*Heaviside(z1[{j}])",), _J2),)),
            ("vector-cases-leaky-wrong", r"h^{[1]} = \begin{cases} u^{[1]} & \text{if } u^{[1]} > 0 \\ 0.01 u^{[1]}"
             r" & \text{otherwise} \end{cases}", ((W,),), (Twin("value", "a1[{j}]", (_LEAKY,), _J2),))):
        cases.append(Public(key, "test", "relu-3-2-1", _RECTIFIER, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_l_plus_one_past_the_default_output_layer_is_refused_saying_so():
    """``s^{[L+1]}`` where the notation lists l, not L: L is the output layer, and L + 1 no layer of the network."""
    message = CHECKS.refused("tanh-sigmoid-2-2", _LAYER_L_OUTPUT, r"s^{[L+1]} = U^{[L+1]} h^{[L]} + c^{[L+1]}")
    assert "L is the output layer" in message


def test_two_different_conditions_in_one_claim_are_refused():
    """``p_{j=m}`` on the left, ``p_{j \\neq m}`` in a member: which case the claim is for is unclear."""
    message = CHECKS.refused("softmax-3-4", _SOFTMAX, r"\frac{\partial p_{j=m}}{\partial u_m} = -p_{j \neq m} p_m")
    assert "different conditions" in message


def test_a_condition_differing_from_the_case_written_after_is_refused():
    """``p_{j=m}`` and ``, j \\neq m`` after the formula: two cases for one claim."""
    message = CHECKS.refused("softmax-3-4", _SOFTMAX, r"\frac{\partial p_{j=m}}{\partial u_m} = -p_j p_m, j \neq m")
    assert "differ" in message


def test_a_condition_only_in_a_member_is_refused():
    """``\\partial p_j / \\partial u_m = p_{j=m}(1 - p_m)``: the claim for every j, or for j = m only, is a guess."""
    message = CHECKS.refused("softmax-3-4", _SOFTMAX, r"\frac{\partial p_j}{\partial u_m} = p_{j=m}(1 - p_m)")
    assert "left side does not" in message


def test_a_condition_on_a_letter_the_left_side_does_not_use_is_refused():
    """``p_{j=k}`` where k is no index of the left side: no case of the rule."""
    CHECKS.refused("softmax-3-4", _SOFTMAX, r"\frac{\partial p_{j=k}}{\partial u_m} = p_j(1 - p_m)")


def test_cases_on_vectors_of_different_shapes_are_refused():
    """``1 if u > 0, 0 if x <= 0`` with two sums and three inputs: which entries pair is a guess."""
    message = CHECKS.refused("relu-3-2-1", _RECTIFIER, r"g'(u^{[1]}) = \begin{cases} 1 & \text{if } u^{[1]} > 0 \\"
                             r" 0 & \text{if } x \leq 0 \end{cases}")
    assert "different shapes" in message


def test_cases_on_a_vector_whose_conditions_overlap_are_refused():
    """``u >= 0`` and ``u <= 0``: both hold where an entry is 0."""
    message = CHECKS.refused("relu-3-2-1", _RECTIFIER, r"h^{[1]} = \begin{cases} u^{[1]} & \text{if } u^{[1]} \geq 0"
                             r" \\ 0 & \text{if } u^{[1]} \leq 0 \end{cases}")
    assert "one at a time" in message
