"""The notation patterns and names held-out batches 23 and 24 of the public formulas showed missing, each written as
another author would (other names, other networks than the pages'): a change of a Greek-named weight glued as one
name (``\\Delta\\theta_{i}``, and ``\\delta\\omega`` where the notation names it); plain text's ``v^`` for a hat, in a
pattern and a formula; plain text's ``d / dk[...]`` with the bracket glued to the variable; a derivative evaluated
at its variable's current value (``\\left. ... \\right|_{k=k_{old}}``); a word the notation names (``Residual``);
a Markdown table row whose first cell is the parameter its rule's cell updates (``| $k$ | $k \\leftarrow ...$ |``);
a rule over j from the bias's w_0 whose x_j^{(i)} at j = 0 is the pattern ``x_{0}^{(i)}`` (the sample's i literal).
Each case is judged right where the formula is right and wrong where one thing is changed; the refusals (a trailing
caret with nothing to be a hat, an evaluation at another point, a numerator's d over a denominator without one) are
one line saying what to write.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a sigmoid unit on two inputs, the half squared error, one sample
    "sigmoid-two": SIGMOID_2_1 + '[data]\nx = [[0.7, -1.3]]\ny = [[0.4]]\n',
    # a line k u through one input, no bias, the squared error (dQ/dk = 2(ku - v)u)
    "sigmoid-three": SIGMOID_2_3,
    "line": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\n[loss]\n'
            'name = "squared_error"\n[data]\nx = [[1.5]]\ny = [[0.25]]\n',
}
CHECKS = CaseChecks(NETWORKS)

# \mu the rate, \theta_i the weights, u_i the inputs, o the output, v the target; the change \Delta\theta_i (and
# \delta\omega_i, another spelling of a weight's change) is the gradient step
_SIGMOID = r'''
[notation]
learning_rate = ["\\mu"]
loss = ["Q"]
[notation.symbols]
"\\theta_{i}" = "W1[0, i-1]"
"\\omega_{i}" = "W1[0, i-1]"
"u_{i}" = "x[i-1]"
"o" = "a1[0]"
"v" = "y[0]"
"\\delta" = "delta1[0]"
"\\Delta\\theta_{i}" = "-eta*delta1[0]*x[i-1]"
"\\delta\\omega_{i}" = "-eta*delta1[0]*x[i-1]"
'''
# the line's output written with plain text's caret, as a page writes ŷ
_LINE = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"v^" = "a1[0]"
"k" = "W1[0, 0]"
"u" = "x[0]"
"v" = "y[0]"
"Residual" = "a1[0] - y[0]"
'''
# w_0 the bias and x_0 = 1 its input, as logistic regression's notes write them; ^{(i)} the sample, M of them
_BIAS = r'''
[notation]
indices = "j"
loss = ["Q"]
[notation.symbols]
"w_{0}" = "b1[0]"
"w_{j}" = "W1[0, j-1]"
"x_{j}^{(i)}" = "x[j-1]"
"x_{0}^{(i)}" = "1"
"o^{(i)}" = "a1[0]"
"v^{(i)}" = "y[0]"
"M" = "1"
'''
_I2 = ({"i": 0}, {"i": 1})
_DELTA = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_STEP = f"-eta*{_DELTA}*x[{{i}}]"
_DQ_DK = "2*(W1[0,0]*x[0] - y[0])*x[0]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a change of a Greek-named weight, glued and spaced: one name, as \Delta w_{i} is
            ("greek-change", r"\Delta\theta_{i} = \mu (v - o) o (1 - o) u_i", C,
             "eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]"),
            ("greek-change-sign", r"\Delta\theta_{i} = \mu (o - v) o (1 - o) u_i", W, f"eta*{_DELTA}*x[{{i}}]"),
            ("greek-change-spaced", r"\Delta \theta_i = -\mu \delta u_i", C, _STEP),
            ("greek-change-spaced-no-input", r"\Delta \theta_i = -\mu \delta", W, f"-eta*{_DELTA}"),
            # \delta\omega where the notation names it
            ("small-change", r"\delta\omega_i = -\mu \delta u_i", C, _STEP),
            ("small-change-rate", r"\delta\omega_i = -\delta u_i", W, f"-{_DELTA}*x[{{i}}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-two", _SIGMOID, text, ((verdict,),),
                            (Twin("value", _STEP, (member,), _I2),)))
    for key, text, verdict, member in (
            # the update with the change, two claims of one eqnarray-like pair
            ("greek-change-update", r"\theta_i \leftarrow \theta_i + \Delta\theta_i", C, "W1[0,{i}] - eta*grad"),
            ("greek-change-update-minus", r"\theta_i \leftarrow \theta_i - \Delta\theta_i", W,
             "W1[0,{i}] + eta*grad")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-two", _SIGMOID, text, ((verdict,),),
                            (Twin("update", "W1[0,{i}]", (member,), _I2),)))
    for key, text, verdict, member in (
            # \delta and \omega the notation names apart and no \delta\omega: their product, as before
            ("delta-times-omega", r"\delta\theta_1 = \delta \cdot \theta_1", C, "(a1[0] - y[0])*a1[0]*(1 - a1[0])*W1[0,0]"),
            ("delta-times-omega-other", r"\delta\theta_1 = \delta \cdot \theta_2", W,
             "(a1[0] - y[0])*a1[0]*(1 - a1[0])*W1[0,1]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-two", _SIGMOID, text, ((verdict,),),
                            (Twin("value", "(a1[0] - y[0])*a1[0]*(1 - a1[0])*W1[0,0]", (member,)),)))
    for key, text, expected, target, members in (
            # plain text's v^ for the hat, in the pattern and the formula
            ("caret-hat", "v^ = k * u", ((C,),), "a1[0]", ("W1[0,0]*x[0]",)),
            ("caret-hat-wrong", "v^ = k + u", ((W,),), "a1[0]", ("W1[0,0] + x[0]",)),
            ("caret-hat-loss", "Q = (v^ - v)^2 = (k * u - v)^2", ((C, C),), "(a1[0] - y[0])**2",
             ("(a1[0] - y[0])**2", "(W1[0,0]*x[0] - y[0])**2")),
            ("caret-hat-loss-swapped", "Q = (v^ - v)^2 = (k * u + v)^2", ((C, W),), "(a1[0] - y[0])**2",
             ("(a1[0] - y[0])**2", "(W1[0,0]*x[0] + y[0])**2")),
            # a word the notation names is that name
            ("named-word", "Residual = v^ - v", ((C,),), "a1[0] - y[0]", ("a1[0] - y[0]",)),
            ("named-word-swapped", "Residual = v - v^", ((W,),), "a1[0] - y[0]", ("y[0] - a1[0]",))):
        cases.append(Public(f"{key}", "test", "line", _LINE, text, expected, (Twin("value", target, members),)))
    for key, text, verdict, member in (
            # plain text's operator with the bracket glued to the variable: d/dk of the bracket
            ("glued-bracket", "d / dk[(k * u - v)^2] = 2(k * u - v) * u", C, _DQ_DK),
            ("glued-bracket-no-u", "d / dk[(k * u - v)^2] = 2(k * u - v)", W, "2*(W1[0,0]*x[0] - y[0])"),
            # a derivative evaluated at its variable's current value is the derivative
            ("evaluated-now", r"\frac{\partial Q}{\partial k}\Big|_{k=k^{(t)}} = 2 (k u - v) u", C, _DQ_DK),
            ("evaluated-now-half", r"\frac{\partial Q}{\partial k}\Big|_{k=k^{(t)}} = (k u - v) u", W,
             "(W1[0,0]*x[0] - y[0])*x[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "line", _LINE, text, ((verdict,),),
                            (Twin("gradient", "W1[0,0]", (member,)),)))
    for key, text, verdict, member in (
            ("evaluated-update", r"k_{\text{new}} = k_{\text{old}} - \mu \left.\frac{\partial Q}{\partial k}"
             r"\right|_{k=k_{\text{old}}}", C, "W1[0,0] - eta*grad"),
            ("evaluated-update-plus", r"k_{\text{new}} = k_{\text{old}} + \mu \left.\frac{\partial Q}{\partial k}"
             r"\right|_{k=k_{\text{old}}}", W, "W1[0,0] + eta*grad"),
            # the other spellings of the new and the current value
            ("new-superscript", r"k^{\text{new}} = k - \mu \frac{\partial Q}{\partial k}", C, "W1[0,0] - eta*grad"),
            ("new-subscript-plain", r"k_{new} = k_{old} - \frac{\partial Q}{\partial k}", W, "W1[0,0] - grad"),
            # a Markdown table of parameters and their rules: the parameter's cell is the row's label
            ("table-parameter-cell", r"| $k$ | $k \leftarrow k - \mu \frac{\partial Q}{\partial k}$ |", C,
             "W1[0,0] - eta*grad"),
            ("table-parameter-cell-plus", r"| $k$ | $k \leftarrow k + \mu \frac{\partial Q}{\partial k}$ |", W,
             "W1[0,0] + eta*grad")):
        notation = _LINE.replace("[notation]\n", '[notation]\nlearning_rate = ["\\\\mu"]\n')
        cases.append(Public(f"{key}-{verdict}", "test", "line", notation, text, ((verdict,),),
                            (Twin("update", "W1[0,0]", (member,)),)))
    for key, text, verdict, member in (
            # w_0 the bias beside x_0^{(i)} = 1, a rule over j from 0 inside a sum over the samples i (one here):
            # x_j^{(i)} at j = 0 is the pattern x_{0}^{(i)}, the sample's i written literally
            ("bias-input-in-sum", r"\frac{\partial Q}{\partial w_j} = \sum_{i=1}^{M} (o^{(i)} - v^{(i)}) o^{(i)}"
             r" (1 - o^{(i)}) x_j^{(i)}", C, f"{_DELTA}*x[{{j}}]"),
            ("bias-input-in-sum-no-slope", r"\frac{\partial Q}{\partial w_j} = \sum_{i=1}^{M} (o^{(i)} - v^{(i)})"
             r" x_j^{(i)}", W, "(a1[0] - y[0])*x[{j}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-two", _BIAS, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{j}]", (member,), ({"j": 0}, {"j": 1})),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_caret_with_nothing_to_be_a_hat_is_refused_saying_to_write_hat():
    """After a parenthesis the caret is no name's hat: refused, naming \\hat{y}."""
    message = _refusal("line", _LINE, "k * u = (v)^")
    assert "a superscript is missing after ^" in message and r"write \hat{y}" in message


def test_a_pattern_ending_in_a_caret_after_no_name_refuses_the_notation_naming_hat():
    """One bad pattern refuses the whole notation (one line naming the key), the message saying to write \\hat{y}."""
    message = _refusal("line", _LINE.replace('"v^" = "a1[0]"', '"(v)^" = "a1[0]"'), "v = 0.25")
    assert "symbols.'(v)^'" in message and r"\hat{y}" in message


def test_a_derivative_evaluated_at_another_point_is_refused():
    for text in (r"\left.\frac{\partial Q}{\partial k}\right|_{k=0} = 2 u", r"\frac{dQ}{dk}\Big|_{k=k_{new}} = 2 u"):
        message = _refusal("line", _LINE, text)
        assert "a derivative evaluated at" in message and "without the bar" in message


def test_a_numerator_derivative_over_a_denominator_without_its_d_is_refused_saying_to_write_it():
    message = _refusal("line", _LINE, r"\frac{dQ}{dk} = \frac{dQ}{\hat{v}} \cdot \frac{d\hat{v}}{dk}")
    assert r"\frac{dQ}{\hat{v}}: the numerator is a derivative's" in message and r"write \frac{dQ}{d\hat{v}}" in message


def test_a_word_the_notation_does_not_name_stays_refused():
    """Error = ... with no "Error" in the notation: no quantity is meant by it, so it is refused, the word named whole
    (never E times r times r ...)."""
    message = _refusal("line", _LINE, "Error = v^ - v")
    assert "unknown symbol Error;" in message and '"Error" = ' in message


_COLUMNS = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"s" = "a1[:]"
"u" = "x[:]"
"V" = "W1[:, :]"
'''


def test_a_matrix_where_the_left_side_is_its_transpose_is_refused_saying_to_transpose_it():
    """Which orientation the claim means is the writer's: refused, the message saying what would read (a vector in
    the other orientation reads entry by entry: test_reading_constructs_batch31_fixshapes)."""
    message = _refusal("sigmoid-three", _COLUMNS, "V = V^T")
    assert "is 2 x 3 where the left side is 3 x 2" in message and "write the member as its transpose" in message


def test_two_columns_multiplied_are_refused_naming_the_outer_product():
    """Notes whose \\times is the outer product, the columns in the other order than the left side's rows x columns
    (s \\times u reads as s u^T: test_reading_constructs_batch31_fixshapes): refused, the message says u v^T."""
    message = _refusal("sigmoid-three", _COLUMNS, r"\frac{\partial Q}{\partial V} = u \times s")
    assert "multiplies a 2 x 1 by a 3 x 1" in message and "u v^T" in message


def test_a_rule_read_at_the_bias_index_with_no_input_there_says_to_name_it():
    """w_0 the bias makes j = 0 one of the rule's values; x_0^{(i)} unnamed, the refusal names the pattern to add, and
    with it the rule reads (bias-input-in-sum above)."""
    text = r"\frac{\partial Q}{\partial w_j} = \sum_{i=1}^{M} (o^{(i)} - v^{(i)}) o^{(i)} (1 - o^{(i)}) x_j^{(i)}"
    message = _refusal("sigmoid-two", _BIAS.replace('"x_{0}^{(i)}" = "1"\n', ""), text)
    assert "j = 0 is among the values read" in message and '"x_{0}^{i}" = "1"' in message
