"""The pages of batch 68 of the public formulas showed constructs refused, each written here as another author
would (other names, other networks than the pages'): a unit's name written without the layer its pattern writes, in
a rule over the output layer (the output layer's, as docs/notation.md reads a name without its layer). What stays
refused: such a name where the layer is not decided (a rule over any layer). A new value's superscript + glued
to the = after it, ``v_2^+=v_2 - ...``, is that superscript then =, as ``v_2^+ =`` (after ^ no code's +=). An
activation's command differentiated with \\partial by a pre-activation of a layer it is the activation of,
``\\frac{\\partial \\tanh}{\\partial s}``, is its derivative there, as with d; by a pre-activation of a layer of
another activation (\\sigma there may be that layer's output), or by anything else, it is refused. A list of
lists of numbers, ``[[0.5, 1.5], [2.0, 6.0]]``, is the matrix of those rows (NumPy's), as after an outer product
of bracketed numbers, ``[0.5, 2.0]^T [1, 3]``. Digit groups, ``12,000``, stay refused, the message naming both
readings (a thousands' separator, 12000, or a decimal comma, 12.000). ``,qquad`` and ``,quad``, TeX's spaces whose
backslash an export lost, are those spaces between two claims.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid-two": TANH_2_2_SIGMOID_2,
    "tanh-two": TANH_2_1,
    # z = W x with W the identity, x = (1, 3), y = (0.5, 1): dL/dz = (0.5, 2), dL/dW its outer product with x
    "linear-numbers": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nbias = "none"\n'
                                   'weights = [[1.0, 0.0], [0.0, 1.0]]', loss="half_squared_error",
                                   extra=data_tables("[1.0, 3.0]", "[0.5, 1.0]")),
}
CHECKS = CaseChecks(NETWORKS)

# brackets for the layer, s for the weighted sum, h for a unit's output, t the target
BRACKETED_LAYERS = r'''
[notation]
indices = "ikl"
loss = ["C"]
[notation.symbols]
"w_{ik}^{[l]}" = "W{l}[i-1, k-1]"
"s_{i}^{[l]}" = "z{l}[i-1]"
"h_{i}^{[l]}" = "a{l}[i-1]"
"h_{i}^{[0]}" = "x[i-1]"
"\\delta_{i}^{[l]}" = "delta{l}[i-1]"
"t_{i}" = "y[i-1]"
'''

_I2 = ({"i": 0}, {"i": 1})

# plain text's names for the linear layer's arrays
ARRAY_NAMES = r'''
[notation.symbols]
"x" = "x[:]"
"y" = "y[:]"
"W" = "W1[:, :]"
"z" = "z1[:]"
'''
_OUT = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_TANH_DELTA = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a rule over the output layer [L]: s_i and h_i written without their layer are the output layer's
            ("without-layer-output-rule",
             r"\delta_i^{[L]} = \frac{\partial C}{\partial s_i} = \frac{\partial C}{\partial h_i}"
             r" \frac{\partial h_i}{\partial s_i} = (h_i - t_i) h_i (1 - h_i)", ((C, C, C),),
             (Twin("gradient_z", "z2[{i}]", (_OUT,) * 3, _I2),)),
            ("without-layer-output-rule-wrong",
             r"\delta_i^{[L]} = \frac{\partial C}{\partial s_i} = (h_i - t_i)(1 - h_i^2)", ((C, W),),
             (Twin("gradient_z", "z2[{i}]", (_OUT, "(a2[{i}] - y[{i}])*(1 - a2[{i}]**2)"), _I2),)),
            # no layer written anywhere: every name the output layer's
            ("without-layer-anywhere", r"\frac{\partial C}{\partial s_i} = h_i (1 - h_i) (h_i - t_i)", ((C,),),
             (Twin("gradient_z", "z2[{i}]", (_OUT,), _I2),)),
            ("without-layer-anywhere-wrong", r"\frac{\partial C}{\partial s_i} = h_i (h_i - t_i)", ((W,),),
             (Twin("gradient_z", "z2[{i}]", ("a2[{i}]*(a2[{i}] - y[{i}])",), _I2),)),
            # an activation's command over \partial, by a pre-activation of a layer it is the activation of: its
            # derivative there (as with d); \mathcal on the letters is no name of its own
            ("partial-function-output-layer",
             r"\frac{\partial h_i}{\partial s_i} = \frac{\partial \sigma}{\partial s_i} = \sigma'(s_i)", ((C, C),),
             (Twin("value", "a2[{i}]*(1 - a2[{i}])", ("sigmoid(z2[{i}])*(1 - sigmoid(z2[{i}]))",) * 2, _I2),)),
            ("partial-function-mathcal",
             r"\frac{\partial \mathcal{h}_i}{\partial s_i} = \frac{\partial \mathcal{\sigma}}{\partial s_i}", ((C,),),
             (Twin("value", "a2[{i}]*(1 - a2[{i}])", ("sigmoid(z2[{i}])*(1 - sigmoid(z2[{i}]))",), _I2),)),
            ("partial-function-wrong",
             r"\frac{\partial \sigma}{\partial s_i} = \sigma(s_i) (1 + \sigma(s_i))", ((W,),),
             (Twin("value", "a2[{i}]*(1 - a2[{i}])", ("sigmoid(z2[{i}])*(1 + sigmoid(z2[{i}]))",), _I2),)),
            ("partial-tanh-hidden", r"\frac{\partial \tanh}{\partial s_i^{[1]}} = 1 - (h_i^{[1]})^2", ((C,),),
             (Twin("value", "1 - tanh(z1[{i}])**2", ("1 - a1[{i}]**2",), _I2),)),
            ("partial-tanh-hidden-wrong", r"\frac{\partial \tanh}{\partial s_i^{[1]}} = h_i^{[1]} (1 - h_i^{[1]})",
             ((W,),), (Twin("value", "1 - tanh(z1[{i}])**2", ("a1[{i}]*(1 - a1[{i}])",), _I2),))):
        cases.append(Public(key, "test", "tanh-sigmoid-two", BRACKETED_LAYERS, text, expected, twins))
    for key, text, expected, twins in (
            # the new value's + glued to =, as typeset pages write it: ^+ then =, never code's +=
            ("new-value-plus-glued", r"v_2^+=v_2 - \eta \frac{\partial E}{\partial v_2}", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),)),
            ("new-value-plus-glued-wrong", r"v_2^+=v_2 + \eta \frac{\partial E}{\partial v_2}", ((W,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] + eta*grad",)),)),
            ("new-value-plus-braced-glued", r"c^{+}=c - \eta (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("new-value-plus-glued-wrong-derivative", r"c^+=c - \eta (h - t) h (1 - h)", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),)),
            # TeX's \qquad and \quad whose backslash an export lost, after a comma: the space between two claims
            ("lost-qquad-between-claims",
             r"\frac{\partial E}{\partial v_2} = (h - t)(1 - h^2) x_2,qquad \frac{\partial E}{\partial c} = (h - t)(1 - h^2)",
             ((C,), (C,)), (Twin("gradient", "W1[0,1]", (f"{_TANH_DELTA}*x[1]",)), Twin("gradient", "b1[0]", (_TANH_DELTA,)))),
            ("lost-quad-between-claims-wrong", "s = v_1 x_1 + v_2 x_2 + c,quad h = \\sigma(s)", ((C,), (W,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)))),
            ("lost-qquad-ending-claim", r"\frac{\partial E}{\partial v_1} = (h - t)(1 - h) x_1,qquad", ((W,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0])*x[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a matrix of numbers as NumPy's list of rows, after an outer product of bracketed numbers
            ("nested-list-rows", "dL/dW = [0.5, 2.0]^T [1, 3] = [[0.5, 1.5], [2.0, 6.0]]", ((C, C),),
             (Twin("gradient", "W1", ("=np.outer([0.5, 2.0], [1, 3])", "=np.array([[0.5, 1.5], [2.0, 6.0]])")),)),
            ("nested-list-rows-transposed-wrong", "dL/dW = (z - y) \\otimes x = [[0.5, 2.0], [1.5, 6.0]]", ((C, W),),
             (Twin("gradient", "W1", ("=np.outer([0.5, 2.0], [1, 3])", "=np.array([[0.5, 2.0], [1.5, 6.0]])")),)),
            ("nested-list-rows-wrong", "dL/dW = [[0.5, 1.5], [2.0, 5.0]]", ((W,),),
             (Twin("gradient", "W1", ("=np.array([[0.5, 1.5], [2.0, 5.0]])",)),))):
        cases.append(Public(key, "test", "linear-numbers", ARRAY_NAMES, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_name_without_its_layer_in_a_rule_over_any_layer_is_refused():
    """``\\delta_i^{[l]} = \\partial C / \\partial s_i``: which layer s_i is the rule's l leaves undecided."""
    assert "s_{i}" in CHECKS.refused("tanh-sigmoid-two", BRACKETED_LAYERS, r"\delta_i^{[l]} = \frac{\partial C}{\partial s_i}")


def test_a_name_without_its_layer_beside_a_rule_letter_on_the_right_is_refused():
    """``s_i = \\sum_k w_{ik}^{[l]} h_k^{[l-1]}``: the right side's l is a rule's; s_i's layer is not decided."""
    CHECKS.refused("tanh-sigmoid-two", BRACKETED_LAYERS, r"s_i = \sum_k w_{ik}^{[l]} h_k^{[l-1]}")


def test_partial_of_a_function_by_a_layer_of_another_activation_is_refused():
    """``\\partial \\sigma / \\partial s^{[1]}`` on a tanh layer: sigmoid's derivative, or the layer's output's."""
    assert "reads two ways" in CHECKS.refused("tanh-sigmoid-two", BRACKETED_LAYERS,
                                              r"\frac{\partial \sigma}{\partial s_i^{[1]}} = 1 - (h_i^{[1]})^2")


def test_partial_of_a_function_by_a_weight_is_refused():
    """``\\partial \\sigma / \\partial w``: the page means the chain through the pre-activation; said so."""
    CHECKS.refused("tanh-sigmoid-two", BRACKETED_LAYERS, r"\frac{\partial \sigma}{\partial w_{ik}^{[2]}} = h_k^{[1]}")


def test_digit_groups_name_both_readings_of_their_comma():
    """``(12,000 - 11,500)^2``: a thousands' separator or a decimal comma; the message names both, never "write 0"."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"E = \frac{1}{2} (12,000 - 11,500)^2 = 125,000")
    assert "12,000 reads two ways: 12000" in message and "12.000 (a decimal comma)" in message
    assert "write 12000" in message
