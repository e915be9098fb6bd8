"""Batches 36, 39 and 40 of the public formulas showed refused, each written as another author would (other names,
other networks than the pages'): a rule over the layer letter that applies a function the notation names by layer
(``H[l] = F[l](S[l])``, ``F[1]`` and ``F[2]`` in its functions) tried at the input layer, where no function is, and
refused there; and plain text's layer in parentheses after a letter whose notation lists the layers it names by
number or as L (``\\Delta^{(2)}``, ``\\Delta^{(L)}``): ``\\Delta(L)``, ``o(2)``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_2, TANH_2_3_SIGMOID_1, TANH_2_3_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid-2": TANH_2_2_SIGMOID_2,
    # two inputs, three tanh hidden units, one sigmoid output, the binary cross-entropy
    "tanh-logistic": TANH_2_3_SIGMOID_1_BCE,
    # the same with the half squared error
    "tanh-sigmoid-1": TANH_2_3_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# plain text's layers in square brackets: H[l] the outputs (H[0] the input), S[l] the sums, F[l] each layer's function
_BRACKETS = r'''
[notation]
indices = "l"
functions = { "F[1]" = "tanh", "F[2]" = "sigmoid" }
[notation.symbols]
"H[l]" = "a{l}[:]"
"H[0]" = "x[:]"
"S[l]" = "z{l}[:]"
'''
# the same in LaTeX, g^{[l]} each layer's function
_SUPERSCRIPTS = r'''
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"h^{[l]}" = "a{l}[:]"
"h^{[0]}" = "x[:]"
"s^{[l]}" = "z{l}[:]"
'''
# only layer 1's function named: the rule at layer 2 cannot be read
_FIRST_ONLY = _BRACKETS.replace(', "F[2]" = "sigmoid"', "")
_LAYERS = (tuple({"p": f"a1[{j}]", "m": f"tanh(z1[{j}])"} for j in range(2))
           + tuple({"p": f"a2[{j}]", "m": f"sigmoid(z2[{j}])"} for j in range(2)))
# the output layer's quantities listed by the layer's number and as L: Delta its error, o its output, s its sum
_LISTED = r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"\\Delta^{(2)}" = "grad(z2[0])"
"\\Delta^{(L)}" = "grad(z2[0])"
"o^{(2)}" = "a2[0]"
"o^{(L)}" = "a2[0]"
"s^{(2)}" = "z2[0]"
"s^{(L)}" = "z2[0]"
"t" = "y[0]"
'''
# the bare letter o a quantity too: o(2) could be o times 2
_BARE = _LISTED + '"o" = "a2[0]"\n'


def _cases() -> list[Public]:
    cases = []
    for key, notation, text, verdict, members in (
            # judged at layers 1 and 2, where the functions are; layer 0 (the input) has none
            ("layer-function-brackets", _BRACKETS, "H[l] = F[l](S[l])", C, _LAYERS),
            ("layer-function-brackets-negated", _BRACKETS, "H[l] = F[l](-S[l])", W,
             tuple({**values, "m": values["m"].replace("(z", "(-z")} for values in _LAYERS)),
            ("layer-function-superscripts", _SUPERSCRIPTS, r"h^{[l]} = g^{[l]}(s^{[l]})", C, _LAYERS),
            ("layer-function-superscripts-halved", _SUPERSCRIPTS, r"h^{[l]} = g^{[l]}(s^{[l]} / 2)", W,
             tuple({**values, "m": values["m"].replace("])", "]/2)")} for values in _LAYERS))):
        cases.append(Public(key, "test", "tanh-sigmoid-2", notation, text, ((verdict,),),
                            (Twin("value", "{p}", ("{m}",), members),)))
    # right at layer 2, wrong at layer 1 (the sum of layer 0 names nothing there): wrong
    cases.append(Public("layer-function-one-layer-wrong", "test", "tanh-sigmoid-2", _BRACKETS, "H[l] = F[2](S[l])",
                        ((W,),), (Twin("value", "{p}", ("{m}",), tuple(
                            {**values, "m": values["m"].replace("tanh", "sigmoid")} for values in _LAYERS)),)))
    _slope = "a2[0]*(1 - a2[0])"
    for key, network, text, verdict, member in (
            # the cross-entropy's output error, plain text's layer in parentheses by L and by number
            ("listed-layer-L", "tanh-logistic", r"\Delta(L) = o(L) - t", C, "a2[0] - y[0]"),
            ("listed-layer-number", "tanh-logistic", r"\Delta(2) = o(2) - t", C, "a2[0] - y[0]"),
            ("listed-layer-number-swapped", "tanh-logistic", r"\Delta(2) = t - o(2)", W, "y[0] - a2[0]"),
            # the squared error's slope times f'(s): wrong with the cross-entropy, right with the squared error
            ("listed-layer-slope-logistic", "tanh-logistic", r"\Delta(L) = (o(L) - t) \cdot f'(s(L))", W,
             "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"),
            ("listed-layer-slope-squared", "tanh-sigmoid-1", r"\Delta(2) = (o(2) - t) \cdot f'(s(2))", C,
             "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"),
            ("listed-layer-slope-squared-sign", "tanh-sigmoid-1", r"\Delta(2) = (t - o(2)) f'(s(2))", W,
             f"(y[0] - a2[0])*{_slope}")):
        cases.append(Public(key, "test", network, _LISTED, text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_layer_function_the_notation_does_not_name_at_a_layer_that_exists_stays_refused():
    """F[l] at l = 2 with only F[1] named: layer 2 exists, so the rule is refused, not judged at layer 1 alone."""
    message = CHECKS.refused("tanh-sigmoid-2", _FIRST_ONLY, "H[l] = F[l](S[l])")
    assert "name layer 2's function in functions" in message


def test_a_rule_refused_at_every_layer_says_why_at_a_layer_that_exists():
    """A rule whose left side reads nowhere is refused with the reason at a layer of the network, not with the
    first value tried (the left side's S[0] names no layer)."""
    message = CHECKS.refused("tanh-sigmoid-2", _BRACKETS, "S[l] q = F[l](S[l])")
    assert "unknown symbol q" in message and "no layer 0" not in message


def test_a_layer_in_parentheses_after_a_letter_that_is_a_quantity_too_is_refused():
    """``o(2)`` where the notation names o too: o times 2, or o^{(2)}: refused."""
    message = CHECKS.refused("tanh-logistic", _BARE, r"\Delta(2) = o(2) - t")
    assert "both are the notation's" in message
