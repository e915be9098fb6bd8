"""The repository files of batch 38 of the public formulas showed code's and numbers' constructs refused, each
written here as another author would (other names, other networks than the pages'): a number for a 1 x 1 left side
(``v^T u = (0.2 * 1) + ...``); Python's conditional expression in parentheses, ``(1. if s > 0 else 0.)``, with
numbers written with a trailing point; a sum whose ellipsis ends at a count's name of several letters
(``v_{n_u} u_{n_u}``, Unicode's ``vₙₕ``); R's matrix product ``%*%``; a Python docstring's quotes and the words
of its label before a colon around a formula.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one tanh unit on four inputs, the half squared error, with numbers
    "tanh-four": problem_text('inputs = 4\nunits = 1\nactivation = "tanh"\nweights = [[0.2, -0.5, 0.3, 0.1]]\n'
                              'biases = [0.4]', loss="half_squared_error",
                              extra=data_tables("[1.0, 2.0, -1.0, 3.0]", "[0.5]")),
    # one ReLU unit on two inputs whose sum is positive at the file's numbers, the half squared error
    "relu-two": problem_text('inputs = 2\nunits = 1\nactivation = "relu"\nweights = [[0.6, -0.2]]\nbiases = [0.1]',
                             loss="half_squared_error", extra=data_tables("[1.0, 0.5]", "[0.3]")),
    # two inputs, three sigmoid hidden units, two sigmoid outputs, the half squared error
    "sigmoid-3-2": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                                loss="half_squared_error", extra=data_tables("[0.4, -0.7]", "[1.0, 0.0]")),
}
CHECKS = CaseChecks(NETWORKS)

# v the unit's weights, u its inputs (columns), v_k and u_k their entries, c its bias, s its sum, h its output, f
# its activation
_SUM = r'''
[notation]
indices = "k"
functions = { f = "tanh" }
[notation.symbols]
"v" = "W1[0, :]"
"u" = "x[:]"
"v_{k}" = "W1[0, k-1]"
"u_{k}" = "x[k-1]"
"c" = "b1[0]"
"s" = "z1[0]"
"h" = "a1[0]"
'''
# the count of inputs given a value (n_u), or named through the last term (v_{nh}, u_{nh}, Unicode's vₙₕ)
_COUNTED = _SUM + '"n_{u}" = "4"\n'
_SHORT_COUNT = _SUM + '"n_{u}" = "3"\n'
_NAMED_LAST = _SUM + '"v_{nh}" = "W1[0, 3]"\n"u_{nh}" = "x[3]"\n'
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3]"
# s the ReLU unit's sum, a its output, t its target, dz the loss's gradient by s
_RELU = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"a" = "a1[0]"
"t" = "y[0]"
"dz" = "grad(z1[0])"
"g" = "Heaviside(z1[0])"
'''
# R's rows: X the inputs, V and U the input-first weights (V = W1^T), c and d the biases, H and Y the outputs
_ROWS = r'''
[notation]
[notation.symbols]
"X" = "x[:].T"
"V" = "W1[:, :].T"
"U" = "W2[:, :].T"
"c" = "b1[:].T"
"d" = "b2[:].T"
"H" = "a1[:].T"
"Y" = "a2[:].T"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a 1 x 1 product's numbers: one value, as a number
            ("one-by-one-numbers", "v^T u = (0.2 * 1) + (-0.5 * 2) + (0.3 * -1) + (0.1 * 3)", C,
             "=(0.2*1) + (-0.5*2) + (0.3*-1) + (0.1*3)"),
            ("one-by-one-numbers-sign", "v^T u = (0.2 * 1) + (0.5 * 2) + (0.3 * -1) + (0.1 * 3)", W,
             "=(0.2*1) + (0.5*2) + (0.3*-1) + (0.1*3)"),
            ("one-by-one-result", r"u^T v = -0.8", C, "=-0.8"),
            ("one-by-one-result-off", r"u^T v = 0.8", W, "=0.8")):
        cases.append(Public(key, "test", "tanh-four", _SUM, text, ((verdict,),), (Twin("value", _S, (member,)),)))
    for key, notation, text, verdict, member in (
            # an ellipsis ending at a count's name: its value the notation's, or the term the notation names
            ("count-name", _COUNTED, r"s = v_1 u_1 + v_2 u_2 + \dots + v_{n_u} u_{n_u} + c", C, f"{_S} + b1[0]"),
            ("count-name-no-bias", _COUNTED, r"s = v_1 u_1 + v_2 u_2 + \dots + v_{n_u} u_{n_u}", W, _S),
            ("count-name-short", _SHORT_COUNT, r"s = v_1 u_1 + v_2 u_2 + \dots + v_{n_u} u_{n_u} + c", W,
             "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]"),
            ("count-unicode", _NAMED_LAST, "s = (v₁ * u₁) + (v₂ * u₂) + ... + (vₙₕ * uₙₕ) + c", C, f"{_S} + b1[0]"),
            ("count-unicode-minus", _NAMED_LAST, "s = (v₁ * u₁) + (v₂ * u₂) + ... + (vₙₕ * uₙₕ) - c", W,
             f"{_S} - b1[0]")):
        cases.append(Public(key, "test", "tanh-four", notation, text, ((verdict,),),
                            (Twin("value", "z1[0]", (member,)),)))
    for key, text, verdict, member in (
            # Python's conditional expression: the ReLU's slope, a where the comparison holds, else b
            ("python-conditional", "dz = (a - t) * (1. if s > 0 else 0.)", C, "(a1[0] - y[0])*Heaviside(z1[0])"),
            ("python-conditional-swapped", "dz = (a - t) * (0. if s > 0 else 1.)", W,
             "(a1[0] - y[0])*(1 - Heaviside(z1[0]))"),
            ("python-conditional-integers", "dz = (a - t) * (1 if s >= 0 else 0)", C,
             "(a1[0] - y[0])*Heaviside(z1[0])"),
            ("python-conditional-of-sum", "dz = (a - t if s > 0 else 0.0)", C, "(a1[0] - y[0])*Heaviside(z1[0])"),
            ("python-conditional-target", "dz = (a if s > 0 else 0.) - t", W, "a1[0]*Heaviside(z1[0]) - y[0]"),
            # a number's trailing point before a comma or a closing parenthesis, as NumPy code writes 1. and 0.
            ("trailing-points-where", "dz = (a - t) * np.where(s > 0, 1., 0.)", C, "(a1[0] - y[0])*Heaviside(z1[0])"),
            ("trailing-points-where-swapped", "dz = (a - t) * np.where(s > 0, 0., 1.)", W,
             "(a1[0] - y[0])*(1 - Heaviside(z1[0]))")):
        cases.append(Public(key, "test", "relu-two", _RELU, text, ((verdict,),),
                            (Twin("gradient_z", "z1[0]", (member,)),)))
    cases.append(Public("python-conditional-value", "test", "relu-two", _RELU, "g = (1. if s > 0. else 0.)", ((C,),),
                        (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),)))
    for key, text, verdict, target, member, values in (
            # R's %*%: the matrix product of rows, as NumPy's @ (np.dot)
            ("r-matrix-product", "H <- 1/(1 + exp(-(X %*% V + c)))", C, "a1[{j}]",
             "1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}])))", _J3),
            ("r-matrix-product-bias-sign", "H <- 1/(1 + exp(-(X %*% V - c)))", W, "a1[{j}]",
             "1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] - b1[{j}])))", _J3),
            ("r-matrix-product-glued", "Y <- 1/(1+exp(-(H%*%U+d)))", C, "a2[{k}]",
             "1/(1 + exp(-(a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}])))", _K2),
            ("r-matrix-product-no-exp-sign", "Y <- 1/(1+exp(H%*%U+d))", W, "a2[{k}]",
             "1/(1 + exp(a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]))", _K2)):
        cases.append(Public(key, "test", "sigmoid-3-2", _ROWS, text, ((verdict,),),
                            (Twin("value", target, (member,), values),)))
    for key, text, verdict, member in (
            # a docstring's quotes, and its label's words before a colon, around the formula
            ("docstring-label", "    \"\"\"Slope of the activation: f'(s) = 1 - f(s)**2\"\"\"", C,
             "1 - tanh(z1[0])**2"),
            ("docstring-label-unsquared", "    \"\"\"Slope of the activation: f'(s) = 1 - f(s)\"\"\"", W,
             "1 - tanh(z1[0])"),
            ("docstring-single-quotes", "'''Tanh derivative: f'(s) = 1 - h^2'''", C, "1 - a1[0]**2"),
            ("docstring-bare", "\"\"\"f'(s) = 1 + h^2\"\"\"", W, "1 + a1[0]**2")):
        cases.append(Public(key, "test", "tanh-four", _SUM, text, ((verdict,),),
                            (Twin("value", "1 - tanh(z1[0])**2", (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_number_for_a_vector_keeps_its_refusal():
    """Only a 1 x 1 left side is one number: for a vector, which entries the number is meant for is a guess."""
    message = CHECKS.refused("tanh-four", _SUM, "u = 2")
    assert "is a number where the left side is a vector or matrix (4 x 1)" in message


def test_a_conditional_without_a_comparison_or_else_is_refused():
    assert "no comparison" in CHECKS.refused("relu-two", _RELU, "g = (1 if s else 0)")
    CHECKS.refused("relu-two", _RELU, "g = (1 if s > 0)")


def test_words_before_a_colon_without_an_equation_after_them_stay_refused():
    """Words before a member with no equation after them leave no claim: they are not dropped."""
    assert "has no left side" in CHECKS.refused("tanh-four", _SUM, "\"\"\"Slope of the activation: 1 - f(s)**2\"\"\"")


def test_an_ellipsis_ending_at_a_name_that_is_no_count_stays_refused():
    message = CHECKS.refused("tanh-four", _SUM, r"s = v_1 u_1 + v_2 u_2 + \dots + v_{ab} u_{ab} + c")
    assert "ellipsis" in message


def test_an_ellipsis_ending_at_a_count_no_one_gave_is_refused():
    """v_{n_x} with neither n_x nor the term named: the notation's pattern v_{k} does not take it, so nothing says
    where the sum ends."""
    message = CHECKS.refused("tanh-four", _SUM, r"s = v_1 u_1 + v_2 u_2 + \dots + v_{n_x} u_{n_x} + c")
    assert "v_{n_x}" in message
