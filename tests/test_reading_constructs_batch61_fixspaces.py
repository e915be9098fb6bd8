"""Batch 61 of the public formulas showed misreads and refusals, each written here as another author would (other
names, other networks than the pages'): several equations in one display parted by a wide space alone (``\\qquad``,
a run of ``\\ `` or ``\\;``), each a claim of its own, where the spacing inside one equation (before an operator,
between the factors of a product) stays spacing; a sum written with its general term between two ellipses
(``q_1 u_1 + \\cdots + q_k u_k + \\cdots + q_m u_m``), the sum from the first index to the last; a vector divided by
an inner product (``u / (q^T u)``), the 1 x 1 matrix the number it holds; a page's own macro the notation names as a
function or a learning rate (``\\logistic(s)`` where functions = { "\\\\logistic" = "sigmoid" }), read as that
name, as a course's macro named as a symbol is.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3_NO_BIAS, TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "tanh-two": TANH_2_1,
    "logistic-three": LOGISTIC_3_NO_BIAS,
}
CHECKS = CaseChecks(NETWORKS)

_J2 = ({"j": 0}, {"j": 1})
# a page's macros: \squash and \logistic the two activations, \step the learning rate; h_j the hidden outputs,
# v_j the output unit's weights, c its bias, u_{ji} the hidden weights, b_j their biases
_MACROS = r'''
[notation]
indices = "ij"
loss = ["E"]
learning_rate = ["\\step"]
functions = { "\\squash" = "tanh", "\\logistic" = "sigmoid" }
[notation.symbols]
"h_{j}" = "a1[j-1]"
"v_{j}" = "W2[0, j-1]"
"c" = "b2[0]"
"u_{ji}" = "W1[j-1, i-1]"
"b_{j}" = "b1[j-1]"
"x_{i}" = "x[i-1]"
'''
# a unit of three inputs u_k (u their vector), its weights q_k (q), its sum z, g its sigmoid, t its target, L its
# loss; m the number of inputs
_THREE_INPUTS = r'''
[notation]
indices = "k"
loss = ["L"]
functions = { g = "sigmoid" }
[notation.symbols]
"u" = "x[:]"
"q" = "W1[0, :]"
"t" = "y[0]"
"u_{k}" = "x[k-1]"
"q_{k}" = "W1[0, k-1]"
"z" = "z1[0]"
"m" = "3"
'''
_Z = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_OUT = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]"
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_DELTA = "(a1[0] - y[0])*(1 - a1[0]**2)"
_SUM = Twin("value", "z1[0]", (_S,))
_OUTPUT = Twin("value", "a1[0]", ("tanh(z1[0])",))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # two or three equations in one display, parted by a wide space alone: each a claim
            ("qquad", r"$s = v_1 x_1 + v_2 x_2 + c \qquad h = \tanh(s)$", ((C,), (C,)), (_SUM, _OUTPUT)),
            ("backslash-spaces",
             "$h = \\tanh(s)\\ \\ \\ \\ \\frac{\\partial h}{\\partial s} = 1 - h^2\\ \\ \\ s = v^T x + c$",
             ((C,), (C,), (C,)), (_OUTPUT, Twin("value", "1 - tanh(z1[0])**2", ("1 - a1[0]**2",)), _SUM)),
            ("thick-spaces-wrong", r"$h = \tanh(s) \;\; \frac{\partial h}{\partial s} = 1 - h$", ((C,), (W,)),
             (_OUTPUT, Twin("value", "1 - tanh(z1[0])**2", ("1 - a1[0]",)))),
            ("quad-gradient", r"$\frac{\partial E}{\partial c} = (h - t)(1 - h^2) \quad \frac{\partial E}{\partial v_1}"
             r" = (h - t)(1 - h^2) x_1$", ((C,), (C,)), (Twin("gradient", "b1[0]", (_DELTA,)),
                                                      Twin("gradient", "W1[0,0]", (f"{_DELTA}*x[0]",)))),
            # inside one equation a wide space stays spacing: before an operator, between a product's factors
            ("quad-before-operator", r"$s = v_1 x_1 \quad + v_2 x_2 + c$", ((C,),), (_SUM,)),
            ("quad-in-product", r"$\frac{\partial E}{\partial c} = (h - t) \quad (1 - h^2)$", ((C,),),
             (Twin("gradient", "b1[0]", (_DELTA,)),)),
            ("one-space-wrong", r"$s = v_1 x_1 + v_2 x_2\ c$", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]*b1[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the general term between two ellipses: the template, the last term its bound
            ("general-term", r"z = q_1 u_1 + q_2 u_2 + \cdots + q_k u_k + \cdots + q_m u_m", ((C,),),
             (Twin("value", "z1[0]", (_Z,)),)),
            ("general-term-one-written", r"z = q_1u_1 + \ldots + q_ku_k + \ldots + q_mu_m", ((C,),),
             (Twin("value", "z1[0]", (_Z,)),)),
            ("general-term-wrong", r"z = q_1 u_1 + \dots + q_k u_k + \dots + q_m u_m + 1", ((W,),),
             (Twin("value", "z1[0]", (f"{_Z} + 1",)),)),
            # a vector divided by an inner product, q^T u: a 1 x 1 matrix, the number it holds
            ("vector-over-inner-product", r"\frac{\partial L}{\partial q} = \frac{u(g(q^T u) - t) g(q^T u)}{g(q^T u)}",
             ((C,),), (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])*a1[0]/a1[0]",), _K3),)),
            ("vector-over-inner-product-wrong", r"\frac{\partial L}{\partial q} = \frac{u(g(q^T u) - t)}{q^T u}",
             ((W,),), (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])/z1[0]",), _K3),))):
        cases.append(Public(key, "test", "logistic-three", _THREE_INPUTS, text, expected, twins))
    for key, text, expected, twins in (
            # a page's \newcommand'ed function, named in the notation's functions: that function
            ("macro-function", r"\hat{y} = \logistic\left(\sum_{j=1}^{2} v_j h_j + c\right)", ((C,),),
             (Twin("value", "a2[0]", (f"sigmoid({_OUT})",)),)),
            ("macro-function-wrong", r"\hat{y} = \squash\left(\sum_{j=1}^{2} v_j h_j + c\right)", ((W,),),
             (Twin("value", "a2[0]", (f"tanh({_OUT})",)),)),
            ("macro-function-hidden", r"h_j = \squash(u_{j1} x_1 + u_{j2} x_2 + b_j)", ((C,),),
             (Twin("value", "a1[{j}]", ("tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J2),)),
            # a learning rate written as a macro
            ("macro-rate", r"v_j \leftarrow v_j - \step \frac{\partial E}{\partial v_j}", ((C,),),
             (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _MACROS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_macro_the_notation_does_not_name_stays_refused():
    """``\\relu(s)`` where the notation names no \\relu: a command no formula could read."""
    CHECKS.refused("tanh-sigmoid", _MACROS, r"h_j = \relu(u_{j1} x_1 + u_{j2} x_2 + b_j)")


def test_a_general_term_of_another_template_stays_refused():
    """``q_k u_1`` between the dots of ``q_1 u_1 + ... + q_m u_m``, or ``q_2 u_2`` (a number, no general term)."""
    CHECKS.refused("logistic-three", _THREE_INPUTS, r"z = q_1 u_1 + q_2 u_2 + \cdots + q_k u_1 + \cdots + q_m u_m")
    CHECKS.refused("logistic-three", _THREE_INPUTS, r"z = q_1 u_1 + \cdots + q_2 u_2 + \cdots + q_m u_m")
