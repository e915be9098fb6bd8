"""Batches 43 and 44 of the public formulas showed two misreadings and two constructs refused, each written here as
another author would (other names, other networks than the pages'):

- a function the notation names by layer (``"h^{[1]}" = "tanh"``) beside its bare name (``h = "sigmoid"``), written at
  a layer letter, ``h^{[l]'}(Z^{[l]})``: the table's name at that layer, the longer pattern, wins over the bare one
  (the spec's precedence), and the bare name reads the layers the table does not name by layer;
- a quantity of the sample written as a function of the network's input, ``t(u) - o(u)``, ``e_2(u^{(n)})``: that
  quantity at the sample, not a product with the input; where the product may be meant (a number before the input,
  ``dz(x)``) both readings are judged, and the formula refused where they disagree;
- "that is" (i.e., ie., in \\text or plain, "that is") between two members, ``h = tanh(s) i.e. 1/(...)``, the chain's
  next member (after ``\\text{ i.e. } =`` too), and before an equation with its own left side a second claim;
- a notation's pattern ``"del_b"`` (code's step names, del_w, del_b): the name del with its subscript, not AsciiMath's
  del (the partial sign), in the notation and in formulas, and a word that starts with it (delta) that word.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "tanh-two-outputs": TANH_2_2_SIGMOID_2,
    "logistic": LOGISTIC_2,
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

_J2 = ({"j": 0}, {"j": 1})


def _layered(functions: str) -> str:
    """A course's layer-indexed names (Z^{[l]}, dA^{[l]}) with ``functions`` naming its activations."""
    return f'''
[notation]
functions = {{ {functions} }}
[notation.symbols]
"dZ^{{[l]}}" = "grad(z{{l}}[:])"
"dA^{{[l]}}" = "grad(a{{l}}[:])"
"Z^{{[l]}}" = "z{{l}}[:]"
"A^{{[l]}}" = "a{{l}}[:]"
'''


# h by layer beside a bare h (the output's sigmoid); \sigma the same way; h named by layer only at the hidden layer
_H_BY_LAYER = _layered('"h^{[1]}" = "tanh", "h^{[2]}" = "sigmoid", h = "sigmoid"')
_SIGMA_BY_LAYER = _layered('"\\\\sigma^{[1]}" = "tanh", "\\\\sigma" = "sigmoid"')
_H_HIDDEN_ONLY = _layered('"h^{[1]}" = "tanh", h = "sigmoid"')
# the table's hidden h the sigmoid, its bare h the tanh: h^{[l]'} at l = 1 is the sigmoid's derivative, wrong there
_H_SWAPPED = _layered('"h^{[1]}" = "sigmoid", h = "tanh"')

# dL/da1[j] of the network: through the sigmoid output
_DA1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]"
# the rule dZ = dA g'(Z) at the hidden layer with the tanh's derivative (right) and the sigmoid's (wrong)
_HIDDEN_TANH = (Twin("gradient_z", "z1[{j}]", (f"{_DA1}*(1 - tanh(z1[{{j}}])**2)",), _J2),)
_HIDDEN_SIGMOID = (Twin("gradient_z", "z1[{j}]", (f"{_DA1}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J2),)


def _layered_function_cases() -> list[Public]:
    cases = []
    for key, notation, text, expected, twins in (
            ("by-layer-at-l", _H_BY_LAYER, r"dZ^{[l]} = dA^{[l]} \cdot h^{[l]'}(Z^{[l]})", ((C,),), _HIDDEN_TANH),
            ("by-layer-prime-after", _H_BY_LAYER, r"dZ^{[l]} = dA^{[l]} * h'^{[l]}(Z^{[l]})", ((C,),), _HIDDEN_TANH),
            ("by-layer-primed-parenthesis", _H_BY_LAYER, r"dZ^{[l]} = dA^{[l]} * (h^{[l]})'", ((C,),),
             _HIDDEN_TANH),
            # the bare h is the sigmoid at every layer: wrong at the tanh layer
            ("bare-at-l-wrong", _H_BY_LAYER, r"dZ^{[l]} = dA^{[l]} \cdot h'(Z^{[l]})", ((W,),), _HIDDEN_SIGMOID),
            ("sigma-by-layer-at-l", _SIGMA_BY_LAYER, r"dZ^{[l]} = dA^{[l]} \odot \sigma^{[l]'}(Z^{[l]})", ((C,),),
             _HIDDEN_TANH),
            ("sigma-by-layer-numbered", _SIGMA_BY_LAYER, r"dZ^{[1]} = dA^{[1]} \odot \sigma'^{[1]}(Z^{[1]})", ((C,),),
             _HIDDEN_TANH),
            ("sigma-bare-wrong", _SIGMA_BY_LAYER, r"dZ^{[1]} = dA^{[1]} \odot \sigma'(Z^{[1]})", ((W,),),
             _HIDDEN_SIGMOID),
            # the output layer, which the table does not name by layer, is the bare h's
            ("by-layer-then-bare", _H_HIDDEN_ONLY, r"dZ^{[l]} = dA^{[l]} \cdot h^{[l]'}(Z^{[l]})", ((C,),),
             _HIDDEN_TANH),
            ("swapped-wrong", _H_SWAPPED, r"dZ^{[l]} = dA^{[l]} \cdot h^{[l]'}(Z^{[l]})", ((W,),), _HIDDEN_SIGMOID)):
        cases.append(Public(key, "test", "tanh-sigmoid", notation, text, expected, twins))
    return cases


# the network's quantities as functions of its input u: t the target, o and h the layers' outputs, e_l the error
# dJ/dz of layer l, V_l its weights; u^{(n)} the input of sample n (one sample)
_OF_THE_INPUT = r'''
[notation]
indices = "l"
loss = ["J"]
learning_rate = ["\\eta"]
[notation.symbols]
"t" = "y[:]"
"o" = "a2[:]"
"h" = "a1[:]"
"u" = "x[:]"
"u^{(n)}" = "x[:]"
"e_{l}" = "grad(z{l}[:])"
"V_{l}" = "W{l}[:, :]"
'''
_HALF_SQUARES = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"
_JK22 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_E2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_E1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
       "*(1 - a1[{j}]**2)")


def _sample_call_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("cost-of-input", r"J = \frac{1}{2} | t(u) - o(u) |^2", ((C,),),
             (Twin("value", _HALF_SQUARES, (_HALF_SQUARES,)),)),
            ("cost-of-input-wrong", r"J = | t(u) - o(u) |^2", ((W,),),
             (Twin("value", _HALF_SQUARES, ("2*" + _HALF_SQUARES,)),)),
            ("update-at-sample", r"V_2 \leftarrow V_2 - \eta \, e_2(u^{(n)}) \otimes h(u^{(n)})", ((C,),),
             (Twin("update", "W2[{j},{k}]", (f"W2[{{j}},{{k}}] - eta*{_E2}*a1[{{k}}]",), _JK22),)),
            ("update-at-sample-wrong", r"V_2 \leftarrow V_2 + \eta \, e_2(u^{(n)}) \otimes h(u^{(n)})", ((W,),),
             (Twin("update", "W2[{j},{k}]", (f"W2[{{j}},{{k}}] + eta*{_E2}*a1[{{k}}]",), _JK22),)),
            # a transpose after the parenthesis makes it a factor of its own: e_1 times u^T
            ("transposed-input-a-factor", r"\frac{\partial J}{\partial V_1} = e_1 (u)^T", ((C,),),
             (Twin("gradient", "W1[{j},{k}]", (f"{_E1}*x[{{k}}]",), _JK22),))):
        cases.append(Public(key, "test", "tanh-two-outputs", _OF_THE_INPUT, text, expected, twins))
    return cases


# code's step names beginning with del (del_w, del_b: the loss's gradient by the weights and the bias), delta the
# unit's error, p its prediction, t the label, lr the learning rate
_DEL_NAMES = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"del_w" = "grad(W1[0, :])"
"del_b" = "grad(b1[0])"
"delta" = "grad(z1[0])"
"x" = "x[:]"
"w" = "W1[0, :]"
"p" = "a1[0]"
"t" = "y[0]"
'''
_I2 = ({"i": 0}, {"i": 1})


def _del_name_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("del-b", "del_b = p - t", ((C,),), (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
            ("del-b-wrong", "del_b = t - p", ((W,),), (Twin("gradient", "b1[0]", ("y[0] - a1[0]",)),)),
            ("del-w-delta", "del_w = delta * x", ((C,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),)),
            ("del-w-wrong", "del_w = (t - p) * x", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("(y[0] - a1[0])*x[{i}]",), _I2),)),
            ("del-w-update", "w := w - lr * del_w", ((C,),),
             (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),))):
        cases.append(Public(key, "test", "logistic", _DEL_NAMES, text, expected, twins))
    return cases


_TANH = "tanh(z1[0])"
_TANH_EXP = "(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))"
_DS = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _that_is_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("ie-member", "h = tanh(s) i.e. (e^s - e^(-s))/(e^s + e^(-s))", ((C, C),),
             (Twin("value", "a1[0]", (_TANH, _TANH_EXP)),)),
            ("ie-member-wrong", "h = tanh(s) ie. 1/(1 + e^(-s))", ((C, W),),
             (Twin("value", "a1[0]", (_TANH, "1/(1 + exp(-z1[0]))")),)),
            ("ie-text-relation", r"h = \tanh(s) \text{ i.e. } = \frac{e^{s} - e^{-s}}{e^{s} + e^{-s}}", ((C, C),),
             (Twin("value", "a1[0]", (_TANH, _TANH_EXP)),)),
            ("ie-second-claim", r"\frac{\partial E}{\partial s} = (h - t)(1 - h^2) \text{, i.e., } "
                                r"\frac{\partial E}{\partial c} = (h - t)(1 - h^2)", ((C,), (C,)),
             (Twin("gradient_z", "z1[0]", (_DS,)), Twin("gradient", "b1[0]", (_DS,)))),
            ("ie-second-claim-wrong", r"\frac{\partial E}{\partial s} = (h - t)(1 - h^2) \text{ i.e. } "
                                      r"\frac{\partial E}{\partial c} = (h - t)(1 - h)", ((C,), (W,)),
             (Twin("gradient_z", "z1[0]", (_DS,)), Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0])",)))),
            ("that-is-member", r"h = \tanh(s), that is, \tanh(v_1 x_1 + v_2 x_2 + c)", ((C, C),),
             (Twin("value", "a1[0]", (_TANH, "tanh(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _layered_function_cases() + _sample_call_cases() + _del_name_cases() + _that_is_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# logistic regression's dz and dw beside its input x: dz(x) is dz times x, or dz at the sample
_LOGISTIC = r'''
[notation]
[notation.symbols]
"x" = "x[:]"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
'''


def test_a_number_before_the_input_is_judged_both_ways():
    """``dw = dz(x)``: dz times x (right) or dz at the sample (a number for a vector): the readings disagree."""
    message = CHECKS.refused("logistic", _LOGISTIC, "dw = dz(x)")
    assert "at the sample's input or as the quantity times the input" in message


def test_del_named_by_the_notation_is_no_partial_sign():
    """``(del L)/(del b)`` where the notation names del_b: del is the notation's name, so the fraction names nothing."""
    CHECKS.refused("logistic", _DEL_NAMES, "del_b = (del L)/(del b)")


def test_that_is_after_no_equation_stays_refused():
    """``tanh(s) i.e. h``: no equation before the words, so nothing says what the member after them equals."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "tanh(s) i.e. h")
