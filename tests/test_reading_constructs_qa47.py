"""qa47 (a wrong verdict): a layer letter on a function the notation names once for every layer, primed, without
brackets. With functions = { g = "relu" } on a ReLU hidden layer and a sigmoid output, the slip
\\delta^{l-1} = (W^{l})^T \\delta^{l} \\odot g^{l}'(z^{l-1}) (layer l's activation at layer l - 1's sums: the output's
sigmoid for the hidden ReLU) was called correct in every unbracketed spelling (g^l', g^{l}', g'^{l}, g^{\\prime l},
(g^{l})', f^l'), the letter dropped and g read bare; only L was checked. Now the letter goes through
activation_at_layer primed or not, as the bracketed and numbered forms do: read where that layer's activation is the
table's function, refused in one line otherwise. The subscripted (g_l', g'_{l}) and bracketed forms were already
refused; the right rule, g^{l-1}'(z^{l-1}) in each spelling that writes the letter's arithmetic, reads as before.
Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts)."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

_RELU_SIGMOID = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n\n'
                 '[loss]\nname = "binary_cross_entropy"\n\n[update]\nlearning_rate = 0.1\n')
_TANH_SIGMOID = _RELU_SIGMOID.replace('"relu"', '"tanh"')
CHECKS = CaseChecks({"relu-sigmoid": _RELU_SIGMOID, "tanh-sigmoid": _TANH_SIGMOID})

# a layer letter written bare in superscripts, g named once for every layer
_LETTERS = ('[notation]\nindices = "l"\nfunctions = { g = "relu", f = "relu" }\n[notation.symbols]\n'
            '"W^{l}" = "W{l}[:, :]"\n"z^{l}" = "z{l}[:]"\n"a^{l}" = "a{l}[:]"\n"a^{0}" = "x[:]"\n'
            '"\\\\delta^{l}" = "grad(z{l}[:])"\n')
# Nielsen's letters in parentheses, another activation (tanh) named \sigma
_PARENTHESES = ('[notation]\nindices = "l"\nfunctions = { "\\\\sigma" = "tanh" }\n[notation.symbols]\n'
                '"W^{(l)}" = "W{l}[:, :]"\n"z^{(l)}" = "z{l}[:]"\n"\\\\delta^{(l)}" = "grad(z{l}[:])"\n')
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_RIGHT = Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])",), _J3)
_SLIP = Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3)
_TANH = Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)",), _J3)
_TANH_SLIP = Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3)

_RULE = r"$\delta^{l-1} = (W^{l})^T \delta^{l} \odot "
_NEXT = r"$\delta^{l} = (W^{l+1})^T \delta^{l+1} \odot "
_PAREN_RULE = r"$\delta^{(l-1)} = (W^{(l)})^T \delta^{(l)} \odot "


def _case(key: str, network: str, notation: str, text: str, twin: Twin, expected=((C,),)) -> Public:
    return Public(key, "qa47", network, notation, text, expected, (twin,))


# the right rule, the letter on the function the layer of the argument's: read and right (as before this fix)
CASES = [
    _case("next-g^l'", "relu-sigmoid", _LETTERS, _NEXT + "g^l'(z^{l})$", _RIGHT),
    _case("next-g^{l}'", "relu-sigmoid", _LETTERS, _NEXT + "g^{l}'(z^{l})$", _RIGHT),
    _case("next-g'^{l}", "relu-sigmoid", _LETTERS, _NEXT + "g'^{l}(z^{l})$", _RIGHT),
    _case("next-g^{prime l}", "relu-sigmoid", _LETTERS, _NEXT + r"g^{\prime l}(z^{l})$", _RIGHT),
    _case("next-(g^{l})'", "relu-sigmoid", _LETTERS, _NEXT + "(g^{l})'(z^{l})$", _RIGHT),
    _case("next-f^l'", "relu-sigmoid", _LETTERS, _NEXT + "f^l'(z^{l})$", _RIGHT),
    _case("next-g_l'", "relu-sigmoid", _LETTERS, _NEXT + "g_l'(z^{l})$", _RIGHT),
    _case("rule-g^{(l-1)}'", "relu-sigmoid", _LETTERS, _RULE + "g^{(l-1)}'(z^{l-1})$", _RIGHT),
    _case("rule-g_{l-1}'", "relu-sigmoid", _LETTERS, _RULE + "g_{l-1}'(z^{l-1})$", _RIGHT),
    # the letter's arithmetic bare in the superscript (was refused as the unknown symbol l): the layer it names
    _case("rule-g^{l-1}'", "relu-sigmoid", _LETTERS, _RULE + "g^{l-1}'(z^{l-1})$", _RIGHT),
    _case("rule-g'^{l-1}", "relu-sigmoid", _LETTERS, _RULE + "g'^{l-1}(z^{l-1})$", _RIGHT),
    _case("rule-(g^{l-1})'", "relu-sigmoid", _LETTERS, _RULE + "(g^{l-1})'(z^{l-1})$", _RIGHT),
    _case("rule-f^{l-1}'", "relu-sigmoid", _LETTERS, _RULE + "f^{l-1}'(z^{l-1})$", _RIGHT),
    _case("paren-sigma^{(l-1)}'", "tanh-sigmoid", _PARENTHESES, _PAREN_RULE + r"\sigma^{(l-1)\prime}(z^{(l-1)})$", _TANH),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

# the slip, layer l's activation at layer l - 1's sums (or l + 1's at l's): the oracle says wrong; refused, never read
# as the bare g'
SLIPS = [
    (_RULE + "g^l'(z^{l-1})$", "g^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "g^{l}'(z^{l-1})$", "g^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "g'^{l}(z^{l-1})$", "g^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + r"g^{\prime l}(z^{l-1})$", "g^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "(g^{l})'(z^{l-1})$", "g^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "f^l'(z^{l-1})$", "f^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "f^{l}'(z^{l-1})$", "f^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "g^{(l)}'(z^{l-1})$", "g^{l}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "g_l'(z^{l-1})$", "g is the function relu"),
    (_NEXT + "g^{l+1}'(z^{l})$", "g^{l+1}: layer 2's activation is sigmoid, not relu"),
    (_NEXT + "g'^{l+1}(z^{l})$", "g^{l+1}: layer 2's activation is sigmoid, not relu"),
    (_NEXT + "f^{l+1}'(z^{l})$", "f^{l+1}: layer 2's activation is sigmoid, not relu"),
    (_RULE + "g'_{l}(z^{l-1})$", "g is the function relu"),
]


@pytest.mark.parametrize("text, message", SLIPS, ids=[text.rsplit(" ", 1)[-1] + text[9:12] for text, _ in SLIPS])
def test_the_next_layers_letter_on_the_function_is_refused(text, message):
    slip = _case("slip", "relu-sigmoid", _LETTERS, text, _SLIP, ((W,),))
    assert _oracle(slip) == ((W,),)
    assert message in CHECKS.refusal(slip)


@pytest.mark.parametrize("spelling", [r"\sigma^l'", r"\sigma^{l}'", r"\sigma'^{l}"])
def test_parenthesised_layers_and_another_activation(spelling):
    """Nielsen's parenthesised layers with l, \\sigma named tanh: \\sigma^l' at layer l - 1's sums refused."""
    slip = _case("paren-slip", "tanh-sigmoid", _PARENTHESES, _PAREN_RULE + spelling + "(z^{(l-1)})$", _TANH_SLIP, ((W,),))
    assert _oracle(slip) == ((W,),)
    refusal = CHECKS.refusal(slip)
    assert "layer 2's activation is sigmoid, not tanh" in refusal


def _oracle(case: Public) -> tuple:
    return oracle_verdicts(case, CHECKS.problem(case))


# layers written as subscripts (z_{l}): the letter on the function in a subscript is its argument's layer, checked
_SUBSCRIPTS = ('[notation]\nindices = "l"\nfunctions = { g = "relu" }\n[notation.symbols]\n"W_{l}" = "W{l}[:, :]"\n'
               '"z_{l}" = "z{l}[:]"\n"\\\\delta_{l}" = "grad(z{l}[:])"\n')
_SUB_RULE = r"$\delta_{l-1} = W_{l}^T \delta_{l} \odot "


def test_subscripted_layers_right_rule_reads():
    right = _case("sub-right", "relu-sigmoid", _SUBSCRIPTS, _SUB_RULE + "g_{l-1}'(z_{l-1})$", _RIGHT)
    assert _oracle(right) == ((C,),) and CHECKS.verdicts(right) == ((C,),)


@pytest.mark.parametrize("spelling, message", [("g_l'", "g is the function relu"), ("g'_{l}", "g is the function relu"),
                                               ("g^l'", "g^{l}: layer 2's activation is sigmoid, not relu"),
                                               ("g^{l}'", "g^{l}: layer 2's activation is sigmoid, not relu")])
def test_subscripted_layers_slip_is_refused(spelling, message):
    slip = _case("sub-slip", "relu-sigmoid", _SUBSCRIPTS, _SUB_RULE + spelling + "(z_{l-1})$", _SLIP, ((W,),))
    assert _oracle(slip) == ((W,),)
    assert message in CHECKS.refusal(slip)


def test_the_layer_before_the_first_is_refused():
    """g^{l-1}' at l = 1 names layer 0, which has no activation: refused, not read as g'."""
    refusal = CHECKS.refused("relu-sigmoid", _LETTERS, _NEXT + "g^{l-1}'(z^{l})$")
    assert "layer 0 is no layer of the network" in refusal
