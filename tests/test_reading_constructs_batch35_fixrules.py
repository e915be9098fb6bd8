"""Four general constructs the blind batches 32-34 showed refused, each written as another author would (other
names, other networks than the pages'): a general rule over a letter on names the notation lists only entry by
entry (``\\beta_k`` where it lists ``\\beta_{0}``, ``\\beta_{1}``, ``\\beta_{2}``), read for the values every such
name is listed for; ``\\max`` of one argument, that argument (a ReLU written without its 0 is judged, wrong); an
inequality closing a chain of equalities (``\\neq 0``, ``< 1``), a remark the equalities before it are judged
without; a course's macro the notation names as a symbol (``\\bw`` for the bold w), that symbol.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_1, RELU_2_2_LINEAR_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one linear unit on two inputs, the half squared error
    "linear-two": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n',
    # two inputs, two ReLU hidden units, one linear output, the half squared error
    "relu-linear": RELU_2_2_LINEAR_1,
    # one sigmoid unit on one input, the binary cross-entropy
    "sigmoid-one": LOGISTIC_1,
}
CHECKS = CaseChecks(NETWORKS)

# beta_0 the bias, beta_1 and beta_2 the weights, u_0 = 1 the constant input; \hat{y} the output, t the target
_LISTED = r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\beta_{0}" = "b1[0]"
"\\beta_{1}" = "W1[0, 0]"
"\\beta_{2}" = "W1[0, 1]"
"u_{0}" = "1"
"u_{1}" = "x[0]"
"u_{2}" = "x[1]"
"\\hat{y}" = "a1[0]"
"t" = "y[0]"
'''
# the same without the bias's beta_0: u is listed for 0, 1, 2 and beta for 1, 2 only
_UNEVEN = _LISTED.replace('"\\\\beta_{0}" = "b1[0]"\n', "")
# the letter k named as a symbol (here the target): \beta_k is no rule over k then
_K_NAMED = _LISTED.replace('"t" = "y[0]"', '"k" = "y[0]"')
_BIAS, _W0, _W1 = ({"k": 0, "p": "b1[0]", "u": "1"}, {"k": 1, "p": "W1[0,0]", "u": "x[0]"},
                   {"k": 2, "p": "W1[0,1]", "u": "x[1]"})
_K3 = (_BIAS, _W0, _W1)
_R3 = tuple({"r" if key == "k" else key: value for key, value in env.items()} for env in _K3)
_ERROR = "(a1[0] - y[0])"

# g the hidden layer's outputs, V its weights, c its biases, x the inputs
_HIDDEN = r'''
[notation]
[notation.symbols]
"g" = "a1[:]"
"V" = "W1[:, :]"
"c" = "b1[:]"
"x" = "x[:]"
'''
# one linear unit: h its output, v_1 and v_2 its weights, c its bias
_UNIT = r'''
[notation]
[notation.symbols]
"h" = "a1[0]"
"v_{1}" = "W1[0, 0]"
"v_{2}" = "W1[0, 1]"
"x_{1}" = "x[0]"
"x_{2}" = "x[1]"
"c" = "b1[0]"
'''
_J2 = ({"j": 0}, {"j": 1})
_SUM_J = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_SUM = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"

# p the unit's output, s its sum
_SIGMOID = '[notation]\n[notation.symbols]\n"p" = "a1[0]"\n"s" = "z1[0]"\n'

# a course's macros: \bw the bold weight vector, \bx the bold input vector; \beta the learning rate
_MACROS = r'''
[notation]
loss = ["E"]
learning_rate = ["\\beta"]
[notation.symbols]
"\\bw" = "W1[0, :]"
"\\bx" = "x[:]"
"b" = "b1[0]"
"t" = "y[0]"
'''
_I2 = ({"i": 0}, {"i": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            # a rule over k on names listed entry by entry: beta_0 the bias (u_0 = 1), beta_1 and beta_2 the weights
            ("listed-rule", r"\frac{\partial E}{\partial \beta_k} = (\hat{y} - t) u_k", C,
             Twin("gradient", "{p}", (f"{_ERROR}*{{u}}",), _K3)),
            ("listed-rule-sign", r"\frac{\partial E}{\partial \beta_k} = (t - \hat{y}) u_k", W,
             Twin("gradient", "{p}", ("(y[0] - a1[0])*{u}",), _K3)),
            # right at k = 0 (u_0^2 = 1), wrong at the weights: each value is judged
            ("listed-rule-squared", r"\frac{\partial E}{\partial \beta_k} = (\hat{y} - t) u_k^2", W,
             Twin("gradient", "{p}", (f"{_ERROR}*{{u}}**2",), _K3)),
            # a letter the notation does not declare (its indices are the patterns' placeholders)
            ("listed-rule-undeclared", r"\frac{\partial E}{\partial \beta_r} = (\hat{y} - t) u_r", C,
             Twin("gradient", "{p}", (f"{_ERROR}*{{u}}",), _R3)),
            ("listed-update", r"\beta_k := \beta_k - \eta (\hat{y} - t) u_k", C,
             Twin("update", "{p}", (f"{{p}} - eta*{_ERROR}*{{u}}",), _K3)),
            ("listed-update-plus", r"\beta_k := \beta_k + \eta (\hat{y} - t) u_k", W,
             Twin("update", "{p}", (f"{{p}} + eta*{_ERROR}*{{u}}",), _K3))):
        cases.append(Public(key, "test", "linear-two", _LISTED, text, ((verdict,),), (twin,)))
    for key, network, notation, text, verdict, twin in (
            # max of one argument is that argument: a ReLU layer written without its 0 is wrong, with it right
            ("max-one-relu-layer", "relu-linear", _HIDDEN, r"g = \max(V x + c)", W,
             Twin("value", "a1[{j}]", (_SUM_J,), _J2)),
            ("max-zero-relu-layer", "relu-linear", _HIDDEN, r"g = \max(0, V x + c)", C,
             Twin("value", "a1[{j}]", (f"np.maximum(0, {_SUM_J})",), _J2)),
            ("max-one-text", "relu-linear", _HIDDEN, r"g = \text{max}(c + V x)", W,
             Twin("value", "a1[{j}]", (_SUM_J,), _J2)),
            # on a linear unit the maximum of its one sum is its output
            ("max-one-linear", "linear-two", _UNIT, r"h = \max(v_1 x_1 + v_2 x_2 + c)", C,
             Twin("value", "a1[0]", (_SUM,))),
            ("max-one-linear-no-bias", "linear-two", _UNIT, r"h = \max(v_1 x_1 + v_2 x_2)", W,
             Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",))),
            ("max-one-plain", "linear-two", _UNIT, "h = max(v_1*x_1 + v_2*x_2 + c)", C,
             Twin("value", "a1[0]", (_SUM,)))):
        cases.append(Public(key, "test", network, notation, text, ((verdict,),), (twin,)))
    for key, text, expected, members in (
            # an inequality closing a chain: the equalities before it judged, the inequality a remark
            ("closing-neq", r"p = \sigma(s) = \frac{1}{1 + e^{-s}} \neq 0", (C, C),
             ("sigmoid(z1[0])", "1/(1 + np.exp(-z1[0]))")),
            ("closing-neq-wrong", r"p = \sigma(s) = \frac{1}{1 - e^{-s}} \neq 0", (C, W),
             ("sigmoid(z1[0])", "1/(1 - np.exp(-z1[0]))")),
            ("closing-less", r"p = \frac{1}{1 + e^{-s}} < 1", (C,), ("1/(1 + np.exp(-z1[0]))",)),
            ("closing-less-sign", r"p = \frac{1}{1 + e^{s}} < 1", (W,), ("1/(1 + np.exp(z1[0]))",)),
            ("closing-le", r"p = \sigma(s) \le 1", (C,), ("sigmoid(z1[0])",)),
            ("closing-geq", r"p = \sigma(-s) \geq 0", (W,), ("sigmoid(-z1[0])",)),
            ("closing-plain-command", r"p = 1/(1 + exp(-s)) \neq 0", (C,), ("1/(1 + np.exp(-z1[0]))",))):
        cases.append(Public(key, "test", "sigmoid-one", _SIGMOID, text, (expected,),
                            (Twin("value", "a1[0]", members),)))
    _GRAD = "(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0] - y[0])*x[{i}]"
    for key, text, verdict, twin in (
            # a course's macros named in the notation: \bw, \bx are those symbols, \beta still the rate
            ("macro-gradient", r"\frac{\partial E}{\partial \bw} = (\bw^\top \bx + b - t) \bx", C,
             Twin("gradient", "W1[0,{i}]", (_GRAD,), _I2)),
            ("macro-gradient-no-bias", r"\frac{\partial E}{\partial \bw} = (\bw^\top \bx - t) \bx", W,
             Twin("gradient", "W1[0,{i}]", ("(W1[0,0]*x[0] + W1[0,1]*x[1] - y[0])*x[{i}]",), _I2)),
            ("macro-update", r"\bw := \bw - \beta (\bw^\top \bx + b - t) \bx", C,
             Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_GRAD}",), _I2)),
            ("macro-update-plus", r"\bw := \bw + \beta (\bw^\top \bx + b - t) \bx", W,
             Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] + eta*{_GRAD}",), _I2)),
            ("macro-bias", r"\frac{\partial E}{\partial b} = \frac{\bw^\top \bx + b - t}{1}", C,
             Twin("gradient", "b1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0] - y[0]",)))):
        cases.append(Public(key, "test", "linear-two", _MACROS, text, ((verdict,),), (twin,)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _details(network: str, notation: str, text: str) -> list[str]:
    """check's detail of each member of ``text``'s one claim."""
    table = notation_from_table(tomllib.loads(notation)["notation"], "<test>")
    result = check_homework(CHECKS.problem(Public("details", "test", network, None, text)), text, notation=table)
    return [step.detail for step in result.claims[0].steps]


def test_names_listed_for_different_values_are_refused():
    """u listed for 0, 1, 2 but beta for 1, 2: which values the rule is over is not the notation's to say."""
    message = CHECKS.refused("linear-two", _UNEVEN, r"\frac{\partial E}{\partial \beta_k} = (\hat{y} - t) u_k")
    assert "lists" in message and "k = 1, 2" in message and "k = 0, 1, 2" in message


def test_a_letter_the_notation_names_is_no_rule_over_it():
    message = CHECKS.refused("linear-two", _K_NAMED, r"\frac{\partial E}{\partial \beta_k} = (\hat{y} - k) u_k")
    assert r"\beta_{k} matches none of the notation's patterns" in message


def test_a_name_listed_for_fewer_values_in_a_member_is_refused():
    """beta_k is listed for 0, 1, 2; a member's name listed for 0 and 1 only is refused, not judged at two values."""
    notation = _LISTED.replace('"u_{2}" = "x[1]"\n', "")
    message = CHECKS.refused("linear-two", notation, r"\frac{\partial E}{\partial \beta_k} = (\hat{y} - t) u_k")
    assert "k = 0, 1, 2" in message and "k = 0, 1" in message


def test_max_of_one_value_on_a_relu_network_says_the_relu_is_max_of_zero():
    assert "the relu is max(0, u)" in _details("relu-linear", _HIDDEN, r"g = \max(V x + c)")[0]


def test_max_of_two_values_neither_zero_stays_refused():
    assert "max is read only as max(0, u)" in CHECKS.refused("relu-linear", _HIDDEN, r"g = \max(c, V x)")


def test_plain_max_of_a_vector_which_code_reads_as_its_largest_entry_is_refused():
    message = CHECKS.refused("relu-linear", _HIDDEN, "g = max(V*x + c)")
    assert "may be code's max, its largest entry" in message


def test_the_closing_inequality_is_reported_as_not_judged():
    details = _details("sigmoid-one", _SIGMOID, r"p = \sigma(s) = \frac{1}{1 + e^{-s}} \neq 0")
    assert "remark check does not judge" in details[-1] and "\\neq 0" in details[-1]
    assert "remark" not in details[0]


def test_an_inequality_that_does_not_close_a_chain_is_refused():
    for text in (r"p = \sigma(s) < 1 = \frac{1}{1 + e^{-s}}", r"p < \sigma(s) = \frac{1}{1 + e^{-s}}",
                 r"p = \sigma(s) \neq 0 \neq 1"):
        assert "an inequality is not a claim check can judge" in CHECKS.refused("sigmoid-one", _SIGMOID, text)
    assert "has no left side" in CHECKS.refused("sigmoid-one", _SIGMOID, r"p \neq 0")  # an inequality alone


def test_a_comparison_sign_closing_plain_text_is_refused():
    """In plain text p = s > 0 may be code's assignment of the comparison (p the truth value of s > 0)."""
    for text in ("p = 1/(1 + exp(-s)) > 0", "p = sigma(s) = 1/(1 + exp(-s)) != 0"):
        assert "an inequality is not a claim check can judge" in CHECKS.refused("sigmoid-one", _SIGMOID, text)


def test_a_macro_nobody_names_stays_refused():
    message = CHECKS.refused("linear-two", _MACROS, r"\frac{\partial E}{\partial \bw} = (\bv^\top \bx + b - t) \bx")
    assert r"the command \bv is not part of a formula" in message


def test_a_macro_is_read_by_its_whole_name():
    r"""\bw named: \bwx (another command starting with it) is not \bw then x."""
    message = CHECKS.refused("linear-two", _MACROS, r"\frac{\partial E}{\partial \bw} = (\bwx + b - t) \bx")
    assert r"\bwx" in message
