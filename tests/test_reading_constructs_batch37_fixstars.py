"""The web pages of batch 37 showed refused, each construct written as another author would (other names, other networks
than the pages'): a star glued to a name the notation stars, ``(o - t*)``, the starred symbol where no product can
end (judged both ways before a sign, refused where the two disagree); a function of the notation primed outside a
parenthesis with its layer and no argument, ``(h^{l-1})'``, its derivative at that layer's z; a semicolon between a
function's arguments, ``E(x; v_1, v_2)``; Markdown's italics around a whole member, ``*dE/du* = ...``; NumPy code in
``\\text{...}`` as a whole member, ``\\text{np.multiply(dH1, np.int64(H1 > 0))}``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1, SIGMOID_2_3_2, TANH_1_1, TANH_2_1, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-one": TANH_1_1,
    "tanh-two": TANH_2_1,
    "tanh-sigmoid-2": TANH_2_2_SIGMOID_2,
    # two inputs, two ReLU hidden units, one sigmoid output, the half squared error
    "relu-sigmoid": RELU_2_2_SIGMOID_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# o the unit's output, u its sum, t* its target (the notation's starred t), E the loss
_STARRED = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a1[0]"
"u" = "z1[0]"
"t^{*}" = "y[0]"
'''
# the same target written t: t* names nothing
_UNSTARRED = _STARRED.replace('"t^{*}"', '"t"')
_LOSS = "0.5*(a1[0] - y[0])**2"
_DU = "(a1[0] - y[0])*(1 - a1[0]**2)"

# Wikipedia's rules with the layers' functions named by layer: h^{1} the hidden tanh, h^{2} the output's sigmoid
_BY_LAYER = r'''
[notation]
indices = "l"
loss = ["E"]
functions = { "h^{1}" = "tanh", "h^{2}" = "sigmoid" }
[notation.symbols]
"\\epsilon^{l}" = "grad(z{l}[:])"
"V^{l}" = "W{l}[:, :]"
"\\epsilon^{L}" = "grad(z2[:])"
"a^{L}" = "a2[:]"
'''
# one function for every layer (the sigmoid everywhere), its layer as the rule's letter
_ONE_FUNCTION = r'''
[notation]
indices = "l"
functions = { g = "sigmoid" }
[notation.symbols]
"\\epsilon^{l}" = "grad(z{l}[:])"
"V^{l}" = "W{l}[:, :]"
'''
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})
_OUT = [f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2)]
_BACK_J = f"W2[0,{{j}}]*{_OUT[0]} + W2[1,{{j}}]*{_OUT[1]}"

# v_i the unit's weights, x_i its inputs, h its output, t its target, E the loss
_ARGUMENTS = r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"v_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"x" = "x[:]"
"h" = "a1[0]"
"t" = "y[0]"
'''
# code's names for the hidden layer: H1 its outputs, dH1 and dS1 the loss's gradients by them and by their sums
_CODE = r'''
[notation]
[notation.symbols]
"H1" = "a1[:]"
"dH1" = "grad(a1[:])"
"dS1" = "grad(z1[:])"
'''
_DH1_J = "W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a star before a closing bracket, a comma or the end: the notation's starred t
            ("star-before-bracket", "E = 0.5(o - t*)^2", C, _LOSS),
            ("star-before-bracket-sign", "E = 0.5(o + t*)^2", W, "0.5*(a1[0] + y[0])**2"),
            ("star-squared", "E = (o*o - 2*o*t*)/2 + t*^2/2", C, "(a1[0]*a1[0] - 2*a1[0]*y[0])/2 + y[0]**2/2"),
            ("star-squared-unhalved", "E = (o*o - 2*o*t*)/2 + t*^2", W, "(a1[0]*a1[0] - 2*a1[0]*y[0])/2 + y[0]**2")):
        cases.append(Public(key, "test", "tanh-one", _STARRED, text, ((verdict,),), (Twin("value", _LOSS, (member,)),)))
    for key, text, verdict, member in (
            ("star-spaced-at-end", "dE/du = (1 - o^2)(o - t *)", C, _DU),
            ("star-times-product", "dE/du = (o - t*)*(1 - o*o)", C, _DU),
            ("star-wrong-slope", "dE/du = (o - t*)(1 + o^2)", W, "(a1[0] - y[0])*(1 + a1[0]**2)"),
            # before a sign both readings are judged: (t* - o) and t times -o are both wrong here, so wrong
            ("star-before-sign-both-wrong", "dE/du = (t*-o)(1 - o^2)", W, "(y[0] - a1[0])*(1 - a1[0]**2)")):
        cases.append(Public(key, "test", "tanh-one", _STARRED, text, ((verdict,),),
                            (Twin("gradient_z", "z1[0]", (member,)),)))
    for key, text, verdict, member in (
            # a function named by layer in the table, primed outside its parenthesis, at l - 1 and at L
            ("layer-function-previous", r"\epsilon^{l-1} = (h^{l-1})' \circ (V^l)^T \epsilon^l", C,
             f"(1 - a1[{{j}}]**2)*({_BACK_J})"),
            ("layer-function-previous-bracketed", r"\epsilon^{l-1} = (h^{[l-1]})' \odot (V^{l})^T \epsilon^{l}", C,
             f"(1 - a1[{{j}}]**2)*({_BACK_J})"),
            ("layer-function-previous-plus", r"\epsilon^{l-1} = (h^{l-1})' + (V^l)^T \epsilon^l", W,
             f"(1 - a1[{{j}}]**2) + {_BACK_J}")):
        cases.append(Public(key, "test", "tanh-sigmoid-2", _BY_LAYER, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J2),)))
    for key, text, verdict, member in (
            ("layer-function-output", r"\epsilon^L = (h^L)' \circ \nabla_{a^L} E", C, _OUT),
            ("layer-function-output-negated", r"\epsilon^L = -(h^L)' \circ \nabla_{a^L} E", W,
             [f"-{out}" for out in _OUT])):
        cases.append(Public(key, "test", "tanh-sigmoid-2", _BY_LAYER, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{k}]", (member[0].replace("[0]", "[{k}]"),), _K2),)))
    for key, text, verdict, member in (
            # one function for every layer, its layer the rule's letter
            ("one-function-previous", r"\epsilon^{l-1} = (g^{l-1})' \circ (V^l)^T \epsilon^l", C,
             f"a1[{{j}}]*(1 - a1[{{j}}])*({_BACK_J})"),
            ("one-function-previous-half", r"\epsilon^{l-1} = \frac{1}{2} (g^{l-1})' \circ (V^l)^T \epsilon^l", W,
             f"0.5*a1[{{j}}]*(1 - a1[{{j}}])*({_BACK_J})")):
        cases.append(Public(key, "test", "sigmoid-3-2", _ONE_FUNCTION, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
    for key, text, verdict, member in (
            # a semicolon between the inputs and the parameters, as the commas are
            ("semicolon-loss", r"E(x; v_1, v_2) = \frac{1}{2}(h - t)^2", C, _LOSS),
            ("semicolon-loss-spaced", r"E(x_1, x_2 ; v_1, v_2) = \frac{1}{2}(h - t)^2", C, _LOSS),
            ("semicolon-loss-sign", r"E(x; v_1, v_2) = \frac{1}{2}(h + t)^2", W, "0.5*(a1[0] + y[0])**2")):
        cases.append(Public(key, "test", "tanh-two", _ARGUMENTS, text, ((verdict,),),
                            (Twin("value", _LOSS, (member,)),)))
    for key, text, expected, members in (
            # Markdown's italics around a whole member, at the start and at the end of the chain
            ("italics-left", "*dE/du* = (o - t*) * (1 - o^2)", (C,), (_DU,)),
            ("italics-left-wrong", "*dE/du* = (o - t*) * (1 + o^2)", (W,), ("(a1[0] - y[0])*(1 + a1[0]**2)",)),
            ("italics-both-ends", "*dE/du* = (o - t*)*(1 - o*o) = *(o - t*)(1 - o^2)*", (C, C), (_DU, _DU)),
            ("italics-last-wrong", "*dE/du* = (o - t*)(1 - o^2) = *(o - t*)(1 - o)*", (C, W),
             (_DU, "(a1[0] - y[0])*(1 - a1[0])"))):
        cases.append(Public(key, "test", "tanh-one", _STARRED, text, (expected,),
                            (Twin("gradient_z", "z1[0]", members),)))
    for key, text, verdict, member in (
            # NumPy code in \text{...} as a whole member: the code, its names with digits whole
            ("text-code", r"\text{dS1} = \text{np.multiply(dH1, np.int64(H1 > 0))}", C,
             f"{_DH1_J}*np.int64(a1[{{j}}] > 0)"),
            ("text-code-flipped", r"\text{dS1} = \text{np.multiply(dH1, np.int64(H1 < 0))}", W,
             f"{_DH1_J}*np.int64(a1[{{j}}] < 0)")):
        cases.append(Public(key, "test", "relu-sigmoid", _CODE, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _J2),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_star_before_a_sign_whose_two_readings_differ_is_refused_saying_what_to_write():
    """``-(t*-o)(1 - o^2)``: right with t's star, wrong as t times -o; neither is taken."""
    message = CHECKS.refused("tanh-one", _STARRED, "dE/du = -(t*-o)(1 - o^2)")
    assert "'t*' before a sign reads as t^{*}" in message and "do not agree" in message


def test_a_star_the_notation_does_not_name_is_no_superscript():
    """Without the pattern t^{*}, ``(o - t*)`` keeps its refusal: the star is then nothing check can read."""
    message = CHECKS.refused("tanh-one", _UNSTARRED, "E = 0.5(o - t*)^2")
    assert "t^{*}" not in message


def test_a_star_between_two_names_stays_the_product():
    """``t*o``: the product, even where the notation stars t (o - t*o is then wrong, not t's star minus o)."""
    case = Public("star-product", "test", "tanh-one", _STARRED, "E = 0.5(o - t*o)^2", ((W,),))
    assert CHECKS.verdicts(case) == ((W,),)


def test_a_function_whose_table_misnames_the_layer_is_refused():
    """``(h^{l-1})'`` where the table's h^{1} is the sigmoid and the network's layer 1 is tanh: refused, not read as
    either activation."""
    notation = _BY_LAYER.replace('"h^{1}" = "tanh"', '"h^{1}" = "sigmoid"')
    message = CHECKS.refused("tanh-sigmoid-2", notation, r"\epsilon^{l-1} = (h^{l-1})' \circ (V^l)^T \epsilon^l")
    assert "tanh" in message


def test_asterisks_inside_a_member_stay_products():
    """Italics are read only around a whole member: ``dE/du = o*t*`` ends with an operator and stays refused where
    the notation stars no name."""
    message = CHECKS.refused("tanh-one", _UNSTARRED, "dE/du = (o - t)*(1 - o^2)*")
    assert "\n" not in message
