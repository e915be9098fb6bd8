"""The pages of batches 41 and 42 of the public formulas showed a misreading and code's and notation's constructs
refused, each written here as another author would (other names, other networks than the pages'): a code word
written with steps, ``offset(n + 1) = offset(n) + ...``, the update (its other names at (n) their current values),
as ``w(t + 1) = w(t)`` already was; a chain whose sample sum runs to a count the notation gives the value 1; a
learning rate the notation lists as ``\\text{step size}`` or ``\\text{stepSize}``; numbers in parentheses as an
operand of arithmetic, a vector; East Asian input's katakana middle dot ``・`` as the product and fullwidth letters
as the plain ones; ``min(u, v)``, and ``diag(u)`` of one number; a code comment holding a chain with a call's
arguments, ``np.multiply(dH, np.int64(H > 0))``. What stays refused: ``diag(v)`` of a vector (a diagonal
matrix), a list of numbers after a name (a function's arguments).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

# a linear unit without bias, its weights and one sample fixed: z = 0.2 * 1 - 0.1 * 2 = 0, dL/dv = (0 - 0.5) (1, 2)
_LINEAR_NUMBERS = problem_text('inputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"\n'
                               'weights = [[0.2, -0.1]]', loss="half_squared_error",
                               extra=data_tables("[1.0, 2.0]", "[0.5]", 0.1))
# a ReLU layer of one unit
_RELU_UNIT = problem_text('inputs = 2\nunits = 1\nactivation = "relu"', loss="half_squared_error")
# a ReLU hidden layer of two units under a linear output
_RELU_HIDDEN = problem_text('inputs = 2\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                            loss="half_squared_error")

NETWORKS = {
    "tanh-two": TANH_2_1,
    "logistic-two": LOGISTIC_2,
    "linear-numbers": _LINEAR_NUMBERS,
    "relu-unit": _RELU_UNIT,
    "relu-hidden": _RELU_HIDDEN,
}
CHECKS = CaseChecks(NETWORKS)

# code's words for a tanh unit: offset its bias, output its output, target its target, step_size the rate
_CODE_WORDS = r'''
[notation]
learning_rate = ["step_size"]
loss = ["E"]
[notation.symbols]
"offset" = "b1[0]"
"output" = "a1[0]"
"target" = "y[0]"
'''
_OFFSET_STEP = "b1[0] + eta*(y[0] - a1[0])*(1 - a1[0]**2)"
# the same unit with its rate in words: s its sum, h its output, c its bias, t its target
_RATE_WORDS = r'''
[notation]
learning_rate = ["\\text{step size}"]
loss = ["E"]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"c" = "b1[0]"
"t" = "y[0]"
'''
_RATE_CAMEL = _RATE_WORDS.replace(r"\\text{step size}", r"\\text{stepSize}")
# a logistic unit over samples n, their count N the one sample check reads
_SAMPLES = r'''
[notation]
indices = "j"
loss = ["E"]
[notation.symbols]
"v_{j}" = "W1[0, j-1]"
"x_{j}^{(n)}" = "x[j-1]"
"p^{(n)}" = "a1[0]"
"t^{(n)}" = "y[0]"
"N" = "1"
'''
_J2 = ({"j": 0}, {"j": 1})
_DV = "(a1[0] - y[0])*x[{j}]"
# the linear unit's weights v, v^{new} after the step
_VECTOR = r'''
[notation]
[notation.symbols]
"v" = "W1[0, :]"
"v^{new}" = "new(W1[0, :])"
'''
_I2 = ({"i": 0}, {"i": 1})
# the tanh unit typed in Japanese input: s, h, c, t as above
_UNIT = r'''
[notation]
loss = ["E"]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"c" = "b1[0]"
"t" = "y[0]"
'''
# the ReLU unit: s its sum, h its output
_RELU = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
'''
# the ReLU hidden layer's first unit in code: S its sum, H its output, dS and dH the loss's gradients by them
_RELU_CODE = r'''
[notation]
functions = { f = "relu" }
[notation.symbols]
"S" = "z1[0]"
"H" = "a1[0]"
"dS" = "grad(z1[0])"
"dH" = "grad(a1[0])"
'''
_DS = "W2[0,0]*(a2[0] - y[0])"


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twins in (
            # a code word with steps: the update, its other names at (n) their current values
            ("word-steps", "tanh-two", _CODE_WORDS,
             "offset(n + 1) = offset(n) + step_size * (target(n) - output(n)) * (1 - output(n)^2)", ((C,),),
             (Twin("update", "b1[0]", (_OFFSET_STEP,)),)),
            ("word-steps-wrong", "tanh-two", _CODE_WORDS,
             "offset(n + 1) = offset(n) + step_size * (target(n) - output(n))", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - a1[0])",)),)),
            ("word-steps-comment", "tanh-two", _CODE_WORDS,
             "    # offset(k+1) = offset(k) - step_size * (output(k) - target(k)) * (1 - output(k)**2)", ((C,),),
             (Twin("update", "b1[0]", (_OFFSET_STEP,)),)),
            # a sample sum to N, "N" = "1", in every member of a chain
            ("one-sample-chain", "logistic-two", _SAMPLES,
             r"\frac{\partial E}{\partial v_j} = \frac{1}{N} \sum_{n=1}^{N} (p^{(n)} - t^{(n)}) x_j^{(n)}"
             r" = \frac{1}{N} \sum_{n=1}^{N} x_j^{(n)} (p^{(n)} - t^{(n)})", ((C, C),),
             (Twin("gradient", "W1[0,{j}]", (_DV, _DV), _J2),)),
            ("one-sample-chain-wrong", "logistic-two", _SAMPLES,
             r"\frac{\partial E}{\partial v_j} = \frac{1}{N} \sum_{n=1}^{N} (p^{(n)} - t^{(n)}) x_j^{(n)}"
             r" = \frac{1}{N} \sum_{n=1}^{N} x_j^{(n)} (t^{(n)} - p^{(n)})", ((C, W),),
             (Twin("gradient", "W1[0,{j}]", (_DV, "(y[0] - a1[0])*x[{j}]"), _J2),)),
            # the rate in \text{}, with a space or in camel case, as the notation lists it
            ("rate-words", "tanh-two", _RATE_WORDS,
             r"c = c - \text{step size} \times \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("rate-words-wrong", "tanh-two", _RATE_WORDS,
             r"c = c + \text{step size} \times \frac{\partial E}{\partial c}", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            ("rate-camel", "tanh-two", _RATE_CAMEL,
             r"c = c - \text{stepSize} \cdot (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            # numbers in parentheses as an operand: a vector
            ("tuple-operands", "linear-numbers", _VECTOR, r"v^{new} = (0.2, -0.1) - 0.1 \times (-0.5, -1.0)",
             ((C,),), (Twin("update", "W1[0,{i}]", ("=np.array([0.2, -0.1]) - 0.1*np.array([-0.5, -1.0])",), _I2),)),
            ("tuple-operands-wrong", "linear-numbers", _VECTOR, "v^{new} = (0.2, -0.1) - 0.1 * (0.5, 1.0)",
             ((W,),), (Twin("update", "W1[0,{i}]", ("=np.array([0.2, -0.1]) - 0.1*np.array([0.5, 1.0])",), _I2),)),
            # Japanese input: the katakana middle dot, fullwidth letters
            ("katakana-dot", "tanh-two", _UNIT, "∂E/∂c = (h - t)・(1 - h^2)", ((C,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("katakana-dot-wrong", "tanh-two", _UNIT, "∂E/∂c = (h - t)・h", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("fullwidth-letters", "tanh-two", _UNIT, "ｈ = tanh(ｓ)", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("fullwidth-letters-wrong", "tanh-two", _UNIT, r"\frac{dE}{dｃ} = (ｈ - t)", ((W,),),
             (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
            # min(u, v), and diag of one number: that number
            ("min-two", "relu-unit", _RELU, "h = -min(0, -s)", ((C,),),
             (Twin("value", "a1[0]", ("-np.minimum(0, -z1[0])",)),)),
            ("min-two-wrong", "relu-unit", _RELU, "h = min(0, s)", ((W,),),
             (Twin("value", "a1[0]", ("np.minimum(0, z1[0])",)),)),
            ("diag-number", "relu-unit", _RELU, r"\frac{\partial h}{\partial s} = \operatorname{diag}(H(s))",
             ((C,),), (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),)),
            ("diag-number-wrong", "relu-unit", _RELU, r"\frac{\partial h}{\partial s} = np.diag(np.minimum(1, s))",
             ((W,),), (Twin("value", "Heaviside(z1[0])", ("np.minimum(1, z1[0])",)),)),
            # a comment holding a chain, a call's arguments in it
            ("comment-call-chain", "relu-hidden", _RELU_CODE,
             "    # dS = dH * f'(S) = np.multiply(dH, np.int64(H > 0))", ((C, C),),
             (Twin("gradient_z", "z1[0]", (f"{_DS}*Heaviside(z1[0])", f"{_DS}*(a1[0] > 0)")),)),
            ("comment-call-chain-wrong", "relu-hidden", _RELU_CODE,
             "# dS = dH * f'(S) = np.multiply(dH, np.int64(H < 0))", ((C, W),),
             (Twin("gradient_z", "z1[0]", (f"{_DS}*Heaviside(z1[0])", f"{_DS}*(a1[0] < 0)")),))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_lone_word_at_the_next_step_is_no_update():
    """``offset(n + 1) = 3``: the name at (n + 1) with no (n) on the right is not written with steps."""
    CHECKS.refused("tanh-two", _CODE_WORDS, "offset(n + 1) = 3")


def test_diag_of_a_vector_in_code_stays_refused():
    """``np.diag(v)`` of a vector is a diagonal matrix whose products are NumPy's (its * broadcasts): refused; LaTeX's
    ``\\mathrm{diag}(v)`` is read as the diagonal matrix (test_reading_constructs_fixtail4)."""
    message = CHECKS.refused("relu-hidden", r'''
[notation]
[notation.symbols]
"s" = "z1[:]"
"h" = "a1[:]"
''', r"\frac{\partial h}{\partial s} = np.diag(H(s))")
    assert "diagonal matrix" in message


def test_numbers_after_a_name_are_its_arguments():
    """``g(0.2, -0.1)``: a list after a name is a function's arguments, never a vector."""
    CHECKS.refused("linear-numbers", _VECTOR, r"v^{new} = g(0.2, -0.1) - 0.1 \times (-0.5, -1.0)")


def test_numbers_in_parentheses_added_to_a_number_stay_refused():
    """``(0.2, -0.1) + 0.05``: a vector plus a number is code's broadcasting, no convention of a tuple."""
    message = CHECKS.refused("linear-numbers", _VECTOR, r"v^{new} = (0.2, -0.1) + 0.05 - 0.1 \times (-0.5, -1.0)")
    assert "added to a number" in message
