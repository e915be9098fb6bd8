"""The plain-text and code constructs batch 17 of the public formulas showed missing, each written as another author
would (other names, other networks than the pages'): NumPy's ``@`` matrix product and ``np.sum(u)`` without an
axis, a gradient named by the notation written as a row (``X.T @ (p - y)``, one sample's data matrix); a vector's
numbers in parentheses, ``u = (3, -1)``; subscripts an HTML page printed flat (``∂E/∂vjk``, ``oj``, ``Δvjk``, and
``xi`` as x_i where the notation names no ξ); AsciiMath read as plain text (``(del E)/(del o_j)``, ``(∂E)/(∂n_j)``,
``f prime(n_j)``, the word ``Delta``). Each case is judged right where the formula is right and wrong where one thing
is changed; what stays a guess is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # logistic regression on 3 inputs: one sigmoid unit, the binary cross-entropy
    "logit": LOGISTIC_3 + '[update]\nlearning_rate = 0.3\n',
    # an exact ReLU network: x = (3, -1) -> two ReLU units -> one linear output
    "relu": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\nweights = [[1.0, 2.0], [-1.0, 1.0]]\n'
            'biases = [0.5, 1.0]\n[[layer]]\nunits = 1\nactivation = "identity"\nweights = [[1.0, -2.0]]\n'
            'biases = [0.0]\n[loss]\nname = "squared_error"\n[data]\nx = [[3.0, -1.0]]\ny = [[2.0]]\n',
    # one layer of two tanh units on three inputs without biases, the squared error with its 1/2
    "layer": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\nbias = "none"\n'
             '[loss]\nname = "half_squared_error"\n[update]\nlearning_rate = 0.2\n',
}
CHECKS = CaseChecks(NETWORKS)

# NumPy code's names for logistic regression, samples as rows: A the data matrix (one sample here), theta the
# weights, q the prediction, g_theta and g_c the gradients
_LOGIT = r'''
[notation]
[notation.symbols]
"A" = "x[:]"
"theta" = "W1[0, :]"
"c" = "b1[0]"
"s" = "z1[0]"
"q" = "a1[0]"
"t" = "y[0]"
"g_{theta}" = "grad(W1[0, :])"
"g_{c}" = "grad(b1[0])"
'''
# a vector's names: u the input, h the hidden layer's outputs
_RELU = r'''
[notation]
[notation.symbols]
"u" = "x[:]"
"h" = "a1[:]"
"n" = "z1[:]"
'''
# a delta rule's names with index letters j (a unit) and k (an input): v_jk the weight, u_k an input, n_j the
# unit's input, o_j its output, d_j its target, f the tanh
_LAYER = r'''
[notation]
indices = "jk"
functions = { f = "tanh" }
[notation.symbols]
"u_{k}" = "x[k]"
"v_{jk}" = "W1[j, k]"
"n_{j}" = "z1[j]"
"o_{j}" = "a1[j]"
"d_{j}" = "y[j]"
"\\Delta v_{jk}" = "-eta*delta1[j]*x[k]"
'''
# the same with i the input, as x_i: xi is x_i here (the notation names no ξ)
_XI = r'''
[notation]
indices = "ij"
functions = { f = "tanh" }
[notation.symbols]
"x_{i}" = "x[i]"
"w_{ji}" = "W1[j, i]"
"h_{j}" = "z1[j]"
"y_{j}" = "a1[j]"
"t_{j}" = "y[j]"
'''
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_Z = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]"
_GRAD = "(a1[{j}] - y[{j}])*(1 - a1[{j}]**2)*x[{k}]"
_STEP = "-eta*(a1[{j}] - y[{j}])*(1 - a1[{j}]**2)*x[{k}]"


def _code_cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            ("at", "s = A @ theta + c", C, Twin("value", "z1[0]", (_Z,))),
            ("at-changed", "s = A @ theta - c", W, Twin("value", "z1[0]", (_Z.replace("+ b1[0]", "- b1[0]"),))),
            # the data matrix's transpose times the error: a row where the gradient is a column, the same entries
            ("at-transpose", "g_theta = A.T @ (q - t)", C,
             Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I3)),
            ("at-transpose-changed", "g_theta = A.T @ (t - q)", W,
             Twin("gradient", "W1[0,{i}]", ("x[{i}]*(y[0] - a1[0])",), _I3)),
            ("dot-transpose", "g_theta = np.dot(A.T, (q - t))", C,
             Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I3)),
            ("dot-transpose-changed", "g_theta = np.dot(A.T, q)", W,
             Twin("gradient", "W1[0,{i}]", ("x[{i}]*a1[0]",), _I3)),
            # np.sum without an axis: every entry (of a number, that number)
            ("np-sum", "g_c = np.sum(q - t)", C, Twin("gradient", "b1[0]", ("a1[0] - y[0]",))),
            ("np-sum-changed", "g_c = np.sum(q)", W, Twin("gradient", "b1[0]", ("a1[0]",))),
            ("torch-sum", "g_c = torch.sum(q - t)", C, Twin("gradient", "b1[0]", ("a1[0] - y[0]",))),
            ("np-sum-of-a-vector", "s = np.sum(A * theta) + c", C, Twin("value", "z1[0]", (_Z,))),
            ("np-sum-of-a-vector-changed", "s = np.sum(A) + c", W,
             Twin("value", "z1[0]", ("x[0] + x[1] + x[2] + b1[0]",)))):
        cases.append(Public(f"{key}-{verdict}", "test", "logit", _LOGIT, text, ((verdict,),), (twin,)))
    return cases


def _tuple_cases() -> list[Public]:
    # x = (3, -1): z = (1*3 + 2*(-1) + 0.5, -3 - 1 + 1) = (1.5, -3), h = (1.5, 0)
    cases = []
    for key, text, verdict, twin in (
            ("tuple-input", "u = (3, -1)", C, Twin("value", "x", ("=[3, -1]",))),
            ("tuple-input-changed", "u = (3, 1)", W, Twin("value", "x", ("=[3, 1]",))),
            ("tuple-hidden", "n = (1.5, -3)", C, Twin("value", "z1", ("=[1.5, -3]",))),
            ("tuple-hidden-changed", "h = (1.5, -3)", W, Twin("value", "a1", ("=[1.5, -3]",)))):
        cases.append(Public(f"{key}-{verdict}", "test", "relu", _RELU, text, ((verdict,),), (twin,)))
    return cases


def _flat_cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            ("flat-gradient", "∂E/∂vjk = (oj - dj) (1 - oj^2) uk", C, Twin("gradient", "W1[{j},{k}]", (_GRAD,), _JK)),
            ("flat-gradient-changed", "∂E/∂vjk = (oj - dj) oj uk", W,
             Twin("gradient", "W1[{j},{k}]", ("(a1[{j}] - y[{j}])*a1[{j}]*x[{k}]",), _JK)),
            ("flat-derivative", "∂oj/∂vjk = (∂oj/∂nj) (∂nj/∂vjk)", C,
             Twin("value", "(1 - a1[{j}]**2)*x[{k}]", ("(1 - a1[{j}]**2)*x[{k}]",), _JK)),
            ("flat-step", "Δvjk = -η (oj - dj) f'(nj) uk", C, Twin("value", _STEP, (_STEP,), _JK)),
            ("flat-step-changed", "Δvjk = η (oj - dj) f'(nj) uk", W,
             Twin("value", _STEP, (_STEP.replace("-eta", "eta"),), _JK)),
            # the sum sign's letter printed flat, and two flat names glued (u_k v_jk)
            ("flat-sum", "nj = ∑kukvjk", C, Twin("value", "z1[{j}]", (
                "W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J2)),
            ("flat-sum-changed", "nj = ∑kuk", W, Twin("value", "z1[{j}]", ("x[0] + x[1] + x[2]",), _J2)),
            # AsciiMath as plain text
            ("asciimath-del", "(del E)/(del o_j) = o_j - d_j", C,
             Twin("value", "a1[{j}] - y[{j}]", ("a1[{j}] - y[{j}]",), _J2)),
            ("asciimath-del-changed", "(del E)/(del o_j) = d_j - o_j", W,
             Twin("value", "a1[{j}] - y[{j}]", ("y[{j}] - a1[{j}]",), _J2)),
            ("parenthesised-partial", "(∂E)/(∂n_j) = (∂E)/(∂o_j) (∂o_j)/(∂n_j)", C,
             Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*(1 - a1[{j}]**2)",), _J2)),
            ("asciimath-prime", "(del o_j)/(del n_j) = f prime(n_j)", C,
             Twin("value", "1 - a1[{j}]**2", ("1 - tanh(z1[{j}])**2",), _J2)),
            ("asciimath-prime-changed", "(del o_j)/(del n_j) = f(n_j)", W,
             Twin("value", "1 - a1[{j}]**2", ("tanh(z1[{j}])",), _J2)),
            ("asciimath-sum", "(del n_j)/(del v_{jk}) = (del sum_i u_i v_{ji})/(del v_{jk})", C,
             Twin("value", "x[{k}]", ("x[{k}]",), _JK)),
            ("asciimath-delta", "Delta v_{jk} = -eta (o_j - d_j) f prime(n_j) u_k", C,
             Twin("value", _STEP, (_STEP,), _JK)),
            ("asciimath-delta-changed", "Delta v_{jk} = -eta (o_j - d_j) f prime(n_j) u_j", W,
             Twin("value", _STEP, (_STEP.replace("x[{k}]", "x[{j}]"),), _JK))):
        cases.append(Public(f"{key}-{verdict}", "test", "layer", _LAYER, text, ((verdict,),), (twin,)))
    for key, text, verdict, member in (
            ("flat-xi", "∂E/∂wji = (yj - tj) f'(hj) xi", C, "(a1[{j}] - y[{j}])*(1 - a1[{j}]**2)*x[{i}]"),
            ("flat-xi-changed", "∂E/∂wji = (yj - tj) f'(hj) xj", W, "(a1[{j}] - y[{j}])*(1 - a1[{j}]**2)*x[{j}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "layer", _XI, text, ((verdict,),),
                            (Twin("gradient", "W1[{j},{i}]", (member,), _JI),)))
    return cases


CASES = _code_cases() + _tuple_cases() + _flat_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", ["u = f(3, -1)", "u = (3, -1) + 1", "u = (q, 1)"])
def test_a_list_in_parentheses_that_may_be_arguments_stays_refused(text):
    """Numbers in parentheses are a vector only as a whole side of a relation: after a name they may be a function's
    arguments, inside a sum or with a name among them a list check does not guess at."""
    message = CHECKS.refusal(Public("list", "test", "relu", _RELU, text))
    assert "unknown symbol f" in message or "a list in parentheses is not a formula" in message


def test_a_tuple_whose_size_is_not_the_left_sides_is_refused():
    message = CHECKS.refusal(Public("size", "test", "relu", _RELU, "u = (3, -1, 2)"))
    assert "3 x 1 where the left side is 2 x 1" in message


def test_flat_letters_two_patterns_fit_are_refused():
    """vjk where the notation names both v_{j} and v_{jk}: v_{jk}, or v_{j} times k; xi where it names both x_{i}
    and ξ. Either reading is a guess."""
    both = _LAYER + '"v_{j}" = "W1[j, 0]"\n'
    message = CHECKS.refusal(Public("two", "test", "layer", both, "∂E/∂vjk = (oj - dj) (1 - oj^2) uk"))
    assert "vjk may be v_{jk} or another name of the notation" in message
    greek = _XI + '"\\\\xi" = "x[0]"\n'
    message = CHECKS.refusal(Public("greek", "test", "layer", greek, "∂E/∂wji = (yj - tj) f'(hj) xi"))
    assert "xi may be x_{i} or another name of the notation" in message


def test_flat_letters_stay_tex_s_product_in_latex():
    """In a LaTeX row (braces) vk is TeX's v times k, as before: refused for the index letter k alone."""
    message = CHECKS.refusal(Public("latex", "test", "layer", _LAYER, r"\frac{\partial E}{\partial n_j} = oj"))
    assert "unknown symbol" in message or "index" in message
