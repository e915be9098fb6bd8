"""The pages of batches 49 and 50 of the public formulas showed these refused, each written here as another author
would (other names, other networks than the pages'): a rule over the layer letter L, which the notation lists among
its indices, written at L + 1 (judged at the layers where every name it uses exists).
What stays refused: L + 1 where L is the default's output layer.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
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
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_l_plus_one_past_the_default_output_layer_is_refused_saying_so():
    """``s^{[L+1]}`` where the notation lists l, not L: L is the output layer, and L + 1 no layer of the network."""
    message = CHECKS.refused("tanh-sigmoid-2-2", _LAYER_L_OUTPUT, r"s^{[L+1]} = U^{[L+1]} h^{[L]} + c^{[L+1]}")
    assert "L is the output layer" in message
