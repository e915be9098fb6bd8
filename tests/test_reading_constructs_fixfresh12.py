"""The pages of batch 76 of the public formulas showed constructs of general writing refused, each written here as
another author would (other names, other networks than the pages'): a case distinction whose values end in a comma
before their ``&`` (``1, & \\text{if } s > 0``), its last case ``\\text{otherwise}`` or ``\\text{else}``; the
premise's and the conclusion's marks ``\\because`` and ``\\therefore`` (∵, ∴) before a claim, set aside as the words
"since" and "so" are; a lead-in row of prose, ``\\text{From (1) and (2)} &\\Rightarrow``, set aside. What stays
refused: the lead-in row alone (nothing to judge once its prose is set aside), words in \\text before a relation
(the message says they are prose). An evaluation bar ``\\mid_{v}``, ``\\big|_{c}``, ``|_c`` after a derivative or a
gradient, naming the point by the variable alone: at its current value (``\\nabla E|_c`` the gradient over c); at
another point (``c_0``, ``0``) refused. NumPy's ``len(t)`` of the labels or the predictions: the count of samples,
1 where the notation or the problem's step says one; of the weights, or with no count given, refused naming len.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-two": LOGISTIC_2,
    # the same unit with one sample in its [data]: a step of one sample, whatever the notation says
    "logistic-one-sample": LOGISTIC_2 + data_tables("[0.5, -1.0]", "[1.0]"),
    "tanh-two": TANH_2_1,
    "relu-two": problem_text('inputs = 2\nunits = 1\nactivation = "relu"', loss="half_squared_error"),
}
# the ReLU unit's names: s its sum, h its output, g its activation, v_i its weights, c its bias, t its target
_RELU_NOTATION = r'''
[notation]
indices = "i"
loss = ["E"]
learning_rate = ["\\eta", "eta"]
functions = { g = "relu" }
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"v_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"c" = "b1[0]"
"t" = "y[0]"
'''
# code's names for the logistic unit: A the input row, theta its weights, t the label, p the prediction, lr the step;
# "N" = "1" the count of samples (the one sample check reads)
_CODE_NOTATION = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"A" = "x[:].T"
"theta" = "W1[0, :]"
"t" = "y[0]"
"p" = "a1[0]"
"g" = "grad(W1[0, :])"
"N" = "1"
'''
_CODE_NOTATION_NO_COUNT = _CODE_NOTATION.replace('"N" = "1"\n', "")
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_SUM = (Twin("value", "z1[0]", (_S,)),)
_I2 = ({"i": 0}, {"i": 1})
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_STEP = (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),)
_STEP_TURNED = (Twin("value", "Heaviside(z1[0])", ("1 - Heaviside(z1[0])",)),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a comma after each case's value, before its &: punctuation, the claim not cut there
            ("cases-comma", "g'(s) = \\begin{cases}\n  1, & \\text{if } s > 0 \\\\\n  0, & \\text{otherwise}\n"
                            "\\end{cases}", ((C,),), _STEP),
            ("cases-comma-wrong", "g'(s) = \\begin{cases} 0, & \\text{if } s > 0 \\\\ 1, & \\text{otherwise} "
                                  "\\end{cases}", ((W,),), _STEP_TURNED),
            ("cases-comma-else", "g'(s) = \\begin{cases} 1, & \\text{if } s \\geq 0, \\\\ 0, & \\text{else}. "
                                 "\\end{cases}", ((C,),), _STEP),
            ("cases-comma-value", "h = \\begin{cases} s, & \\text{when } s > 0 \\\\ 0, & \\text{otherwise} "
                                  "\\end{cases}", ((C,),), (Twin("value", "a1[0]", ("relu(z1[0])",)),)),
            ("cases-comma-value-wrong", "h = \\begin{cases} s, & \\text{if } s < 0 \\\\ 0, & \\text{otherwise} "
                                        "\\end{cases}", ((W,),), (Twin("value", "a1[0]", ("-relu(-z1[0])",)),))):
        cases.append(Public(key, "test", "relu-two", _RELU_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # \because before a premise, \therefore before a conclusion: the words, set aside as "since" and "so"
            ("because-premise", "h = \\frac{e^s - e^{-s}}{e^s + e^{-s}} \\quad \\because \\tanh(s) = h", ((C,), (C,)),
             (Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),
              Twin("value", "tanh(z1[0])", ("a1[0]",)))),
            ("because-premise-wrong", "\\because s = v_1 x_1 + v_2 x_2 \\\\ \\therefore h = \\tanh(s)", ((W,), (C,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),) + _H),
            ("therefore-conclusion-wrong", "s = v_1 x_1 + v_2 x_2 + c \\quad \\therefore h = \\sigma(s)", ((C,), (W,)),
             _SUM + (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            # Unicode's marks, ∵ and ∴, in plain text
            ("unicode-marks", "∵ s = v_1 x_1 + v_2 x_2 + c, ∴ h = tanh(s)", ((C,), (C,)), _SUM + _H),
            # a lead-in row of prose, words in \text with equation references, then an implication's arrow
            ("prose-lead-in-row", "\\begin{aligned}\n\\text{From (1) and (2), we get} &\\Rightarrow \\\\\n"
                                  "h &= \\tanh(s) \\\\\ns &= v_1 x_1 + v_2 x_2 + c\n\\end{aligned}", ((C,), (C,)),
             _H + _SUM),
            ("prose-lead-in-row-wrong", "\\text{Using the chain rule} &=> \\\\ \\frac{\\partial E}{\\partial s} &= (h - t) h",
             ((W,),), (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            # an evaluation bar after a gradient, \mid_{v}, \big|_{c}, |_v: at the named quantity's current value
            ("evaluation-bar-mid", "v_i \\leftarrow v_i - \\eta \\frac{\\partial E}{\\partial v_i}\\mid_{v_i}", ((C,),),
             (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),)),
            ("evaluation-bar-nabla-wrong", "\\Delta c = \\eta \\nabla E\\big|_{c}", ((W,),),
             (Twin("step", "b1[0]", ("-eta*grad",)),)),
            ("evaluation-bar-nabla", "c \\leftarrow c - \\eta \\nabla E|_c", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("evaluation-bar-derivative-wrong", "\\frac{\\partial E}{\\partial c}\\Big|_{c} = (h - t) h", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("prose-lead-in-same-row-wrong", "\\text{By eq. (4)} \\implies h = \\sigma(s)", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, network, notation, text, expected in (
            # NumPy's len of a vector over the samples (the labels, the predictions): their count, 1 here
            ("len-labels", "logistic-two", _CODE_NOTATION, "g = A.T @ (p - t) / len(t)", ((C,),)),
            ("len-predictions-wrong", "logistic-two", _CODE_NOTATION, "g = A.T @ (t - p) / len(p)", ((W,),)),
            # the count from the problem's step of one sample, the notation giving none
            ("len-one-sample-step", "logistic-one-sample", _CODE_NOTATION_NO_COUNT, "g = A.T @ (p - t) / len(t)",
             ((C,),))):
        twin = "x[{i}]*(a1[0] - y[0])" if expected == ((C,),) else "x[{i}]*(y[0] - a1[0])"
        cases.append(Public(key, "test", network, notation, text, expected,
                            (Twin("gradient", "W1[0,{i}]", (twin,), _I2),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_prose_row_alone_or_before_a_relation_stays_refused_as_prose():
    """The lead-in row alone holds nothing to judge once its prose is set aside; words with equation references
    before ``=`` are no name (their spaces lost, they would be one), and the refusal says they are prose."""
    assert "prose" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "\\text{Base on (1), (2)} &=>")
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "\\text{From (1), (2)} &= h")
    assert "no name holds parentheses or commas" in message and "prose" in message


def test_an_evaluation_bar_at_another_point_stays_refused():
    """A gradient evaluated at a point other than the current value (a starting point v_0, a number) is refused,
    naming the point."""
    for text, point in (("c \\leftarrow c - \\eta \\nabla E\\mid_{c_0}", "c_0"), ("c \\leftarrow c - \\eta \\nabla E\\mid_{0}", "0")):
        assert f"evaluated at {point}" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)


def test_len_of_what_may_count_no_samples_stays_refused():
    """len of the weights (their entries), of a difference, or of the labels where nothing says how many samples a
    step takes: refused in one line naming len."""
    for network, notation, text in (("logistic-two", _CODE_NOTATION, "g = A.T @ (p - t) / len(theta)"),
                                    ("logistic-two", _CODE_NOTATION, "g = A.T @ (p - t) / len(p - t)"),
                                    ("logistic-two", _CODE_NOTATION_NO_COUNT, "g = A.T @ (p - t) / len(t)")):
        assert "len(" in CHECKS.refused(network, notation, text)
