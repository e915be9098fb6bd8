r"""The pages of blind batches 49 and 50 showed functions written as homework writes them refused, each written here as
another author would (other names, other networks than the pages'): a notation's function named by a capital that is
also a built-in function word (``functions = { H = "layer" }``: H(x) is the notation's model, not Heaviside's step);
TeX's braces grouping the name after \Delta (``\Delta{v_{i}}``, ``\Delta{v}_{i}``: the change \Delta v_{i}); NumPy's
``np.clip(u, low, high)``, min(max(u, low), high) entry by entry; Python's ``**`` on a vector, NumPy's power of each
entry (``np.cosh(S)**-2``, and ``sech**2(S)`` the square of sech's value), where LaTeX's ``S^2`` stays refused; a
case distinction in words as a whole member, ``1 if u > 0, else 0``, ``1 if u > 0; 0 otherwise``; a rule of one
function written without its argument, ``d\tanh/du = 1 - \tanh^2`` (the function at the variable), ``\tanh' = 1 -
\tanh^2`` (at one variable, x), where ``\sigma(1 - \sigma)`` reads two ways and stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_1_1, SIGMOID_1_1, SIGMOID_2_3, TANH_1_1, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

# a tanh layer of three units on two inputs, the half squared error
TANH_2_3 = '[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n'
NETWORKS = {
    "tanh-one": TANH_1_1,
    "sigmoid-one": SIGMOID_1_1,
    "tanh-two": TANH_2_1,
    "sigmoid-2-3": SIGMOID_2_3,
    "tanh-2-3": TANH_2_3,
    "relu-one": RELU_1_1,
}
CHECKS = CaseChecks(NETWORKS)

# a one-unit model named H by the notation: H(u) is the model's output at u, as h(u) is
_MODEL_H = r'''
[notation]
loss = ["E"]
functions = { H = "layer" }
[notation.symbols]
"u" = "x[0]"
"v" = "W1[0, 0]"
"c" = "b1[0]"
"t" = "y[0]"
'''

# a tanh unit's weights v_i, its step \Delta v_i, the rate \eta
_CHANGES = r'''
[notation]
indices = "i"
loss = ["E"]
learning_rate = ["\\eta"]
[notation.symbols]
"h" = "a1[0]"
"v_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"t" = "y[0]"
"\\Delta v_{i}" = "-eta*grad(W1[0, i-1])"
'''
_I2 = ({"i": 1}, {"i": 2})
_STEP = "eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[{i}-1]"

# code's names of a sigmoid layer: S its sums, P its outputs
_CODE = r'''
[notation]
[notation.symbols]
"S" = "z1[:]"
"P" = "a1[:]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
# code's names of it: S its sums, P its outputs, T the targets
_TANH_CODE = r'''
[notation]
[notation.symbols]
"S" = "z1[:]"
"P" = "a1[:]"
"T" = "y[:]"
"dP" = "grad(a1[:])"
"dS" = "grad(z1[:])"
'''
_SLOPE = "1 - a1[{j}]**2"
# the rectifier's sum named u
_RELU_SUM = r'''
[notation]
[notation.symbols]
"u" = "z1[0]"
'''
_STEP_SLOPE = "Heaviside(z1[0])"
# the unit's sum named u (its input is the default x)
_SUM_U = r'''
[notation]
[notation.symbols]
"u" = "z1[0]"
'''
_TANH_U = "1 - a1[0]**2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the notation's H wins over the built-in H, the step
            ("capital-H-model", r"H(u) = \tanh(v u + c)", ((C,),),
             (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + b1[0])",)),)),
            ("capital-H-model-wrong", r"H(u) = \tanh(v u) + c", ((W,),),
             (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0]) + b1[0]",)),)),
            ("capital-H-in-loss", r"E = \frac{1}{2} (H(u) - t)^2", ((C,),),
             (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),)),
            ("capital-H-in-loss-wrong", r"E = (H(u) - t)^2", ((W,),),
             (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2",)),))):
        cases.append(Public(key, "test", "tanh-one", _MODEL_H, text, expected, twins))
    for key, text, expected, twins in (
            # TeX's braces grouping the changed name: \Delta{v_{i}} is \Delta v_{i}
            ("braced-change", r"\Delta{v_{i}} = \eta (t - h)(1 - h^2) x_{i}", ((C,),),
             (Twin("value", _STEP, (_STEP,), _I2),)),
            ("braced-change-wrong", r"\Delta{v_{i}} = \eta (t - h)(1 - h) x_{i}", ((W,),),
             (Twin("value", _STEP, ("eta*(y[0] - a1[0])*(1 - a1[0])*x[{i}-1]",), _I2),)),
            ("braced-letter-scripts-after", r"\Delta{v}_{i} = \eta (t - h)(1 - h^2) x_{i}", ((C,),),
             (Twin("value", _STEP, (_STEP,), _I2),))):
        cases.append(Public(key, "test", "tanh-two", _CHANGES, text, expected, twins))
    for key, text, expected, twins in (
            # np.clip(u, low, high) guarding exp against overflow: every sum check draws lies inside (bounds of
            # +-30 are passed by its wider draws, a counterexample), the sigmoid is the value
            ("numpy-clip", "P = 1 / (1 + np.exp(-np.clip(S, -250, 250)))", ((C,),),
             (Twin("value", "a1[{j}]", ("1/(1 + exp(-np.clip(z1[{j}], -250, 250)))",), _J3),)),
            ("numpy-clip-wrong", "P = 1 / (1 + np.exp(np.clip(S, -250, 250)))", ((W,),),
             (Twin("value", "a1[{j}]", ("1/(1 + exp(np.clip(z1[{j}], -250, 250)))",), _J3),)),
            # bounds that cut the values: the clipped value, not the sigmoid
            ("numpy-clip-cutting-wrong", "P = np.clip(1 / (1 + np.exp(-S)), 0, 0.01)", ((W,),),
             (Twin("value", "a1[{j}]", ("np.clip(sigmoid(z1[{j}]), 0, 0.01)",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3", _CODE, text, expected, twins))
    for key, text, expected, twins in (
            # Python's ** on a vector: NumPy's power of each entry
            ("starred-power-vector", "dP/dS = 1 - P**2 = np.cosh(S)**-2", ((C, C),),
             (Twin("value", _SLOPE, ("1 - a1[{j}]**2", "np.cosh(z1[{j}])**-2"), _J3),)),
            ("starred-power-vector-wrong", "dP/dS = 1 - P**3", ((W,),),
             (Twin("value", _SLOPE, ("1 - a1[{j}]**3",), _J3),)),
            # LaTeX's P^2 of a whole layer's name as the member of a vector left side: the squared norm, a number,
            # cannot stand there (docs/formulas-derivatives.md), so each entry's square is the one reading
            ("latex-power-vector", r"\frac{dP}{dS} = 1 - P^2", ((C,),),
             (Twin("value", _SLOPE, ("1 - a1[{j}]**2",), _J3),)),
            ("latex-power-vector-wrong", r"\frac{dP}{dS} = 1 + P^2", ((W,),),
             (Twin("value", _SLOPE, ("1 + a1[{j}]**2",), _J3),)),
            # sech**2(S): the textbook's sech^2(S), the square of the value
            ("starred-function-power", "dP/dS = sech**2(S)", ((C,),),
             (Twin("value", _SLOPE, ("1/np.cosh(z1[{j}])**2",), _J3),)),
            ("starred-function-power-wrong", "dP/dS = sech**3(S)", ((W,),),
             (Twin("value", _SLOPE, ("1/np.cosh(z1[{j}])**3",), _J3),)),
            ("starred-power-in-product", "dS = np.multiply(P - T, np.cosh(S)**-2)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*np.cosh(z1[{j}])**-2",), _J3),)),
            ("starred-power-in-product-wrong", "dS = np.multiply(P - T, np.cosh(S)**2)", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*np.cosh(z1[{j}])**2",), _J3),))):
        cases.append(Public(key, "test", "tanh-2-3", _TANH_CODE, text, expected, twins))
    for key, text, expected, twins in (
            # Python's and prose's case distinction as a whole member: \begin{cases} 1 & u > 0 \\ 0 & otherwise
            ("words-if-comma-else", "d(relu(u))/du = 1 if u > 0, else 0", ((C,),),
             (Twin("value", _STEP_SLOPE, (_STEP_SLOPE,)),)),
            ("words-if-else", "d(relu(u))/du = 1 if u > 0 else 0", ((C,),), (Twin("value", _STEP_SLOPE, (_STEP_SLOPE,)),)),
            ("words-if-else-wrong", "d(relu(u))/du = 0 if u > 0 else 1", ((W,),),
             (Twin("value", _STEP_SLOPE, ("1 - Heaviside(z1[0])",)),)),
            ("words-otherwise", "d(relu(u))/du = 1 if u > 0; 0 otherwise", ((C,),),
             (Twin("value", _STEP_SLOPE, (_STEP_SLOPE,)),)),
            ("words-otherwise-wrong", "d(relu(u))/du = 1 if u < 0, 0 otherwise", ((W,),),
             (Twin("value", _STEP_SLOPE, ("1 - Heaviside(z1[0])",)),))):
        cases.append(Public(key, "test", "relu-one", _RELU_SUM, text, expected, twins))
    for key, text, expected, twins in (
            # a rule of one function: the bare function is the function at the variable the left side names
            ("rule-frac", r"\frac{d\tanh}{du} = 1 - \tanh^2", ((C,),), (Twin("value", _TANH_U, (_TANH_U,)),)),
            ("rule-frac-wrong", r"\frac{d\tanh}{du} = 1 + \tanh^2", ((W,),),
             (Twin("value", _TANH_U, ("1 + a1[0]**2",)),)),
            ("rule-parenthesis", r"d(\tanh)/du = 1 - \tanh \cdot \tanh", ((C,),), (Twin("value", _TANH_U, (_TANH_U,)),)),
            ("rule-parenthesis-wrong", r"d(\tanh)/du = 1 - \tanh", ((W,),), (Twin("value", _TANH_U, ("1 - a1[0]",)),)),
            # the function primed alone: at one variable (x, the input here), true at every value
            ("rule-prime", r"\tanh' = 1 - \tanh^2", ((C,),),
             (Twin("value", "1 - tanh(x[0])**2", ("1 - tanh(x[0])**2",)),)),
            ("rule-prime-wrong", r"\tanh' = \tanh^2 - 1", ((W,),),
             (Twin("value", "1 - tanh(x[0])**2", ("tanh(x[0])**2 - 1",)),))):
        cases.append(Public(key, "test", "tanh-one", _SUM_U, text, expected, twins))
    for key, text, expected, twins in (
            ("rule-sigmoid-quotient", r"d\sigma/du = \sigma \times (1 - \sigma)", ((C,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
            ("rule-sigmoid-quotient-wrong", r"d\sigma/du = \sigma \times (1 + \sigma)", ((W,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 + a1[0])",)),)),
            # another function's parenthesis in the rule is its argument
            ("rule-other-function", r"\frac{d\sigma}{du} = \frac{\exp(-u)}{(1 + \exp(-u))^2}", ((C,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("exp(-z1[0])/(1 + exp(-z1[0]))**2",)),))):
        cases.append(Public(key, "test", "sigmoid-one", _SUM_U, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_braces_holding_more_than_a_name_stay_refused():
    """``\\Delta{v_{i} + 1}``: the braces hold an expression, not the name of a change."""
    CHECKS.refused("tanh-two", _CHANGES, r"\Delta{v_{i} + 1} = \eta (t - h)")


def test_latex_power_of_a_vector_beside_a_vector_stays_refused():
    """``P^2`` of a vector in LaTeX side by side with another vector: a power of each entry or of the vector (P^T P)?
    Both fit (the product of a vector and a number, or two vectors entry by entry): it reads two ways. As a vector
    left side's member alone it is each entry's (the cases above)."""
    for text in (r"dS = dP (1 - P^2)", r"dS = dP \times (1 - P^2)"):
        message = CHECKS.refused("tanh-2-3", _TANH_CODE, text)
        assert "reads as the square of each entry or the inner product of the vector with itself" in message


def test_a_case_in_words_without_its_else_stays_refused():
    """``1 if u > 0, 0`` with neither else nor otherwise: which case 0 is stays unsaid."""
    CHECKS.refused("relu-one", _RELU_SUM, "d(relu(u))/du = 1 if u > 0, 0")


def test_a_bare_function_before_a_parenthesis_in_a_rule_stays_refused():
    """``\\sigma(1 - \\sigma)``: \\sigma at 1 - \\sigma, or \\sigma times it? The two disagree."""
    CHECKS.refused("sigmoid-one", _SUM_U, r"\frac{d\sigma}{du} = \sigma(1 - \sigma)")


def test_a_bare_function_outside_a_rule_stays_refused():
    """``\\delta = (u - 1) \\sigma'``: the left side is no derivative of the function; \\sigma' names no argument."""
    CHECKS.refused("sigmoid-one", _SUM_U, r"\delta = (u - 1) \sigma'")
