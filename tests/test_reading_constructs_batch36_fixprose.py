"""The pages of batches 35 and 36 of the public formulas showed words on a formula's own line refused, each written
here as another author would (other names, other networks than the pages'): a Markdown line of prose around inline
formulas (``$...$``, ``\\(...\\)``), each formula with a relation a claim and one without a mention; a code comment
whose connective word (therefore, so, hence, thus, then, now, where, and) leads into an equation, that equation, and
a comment with other words before its left side a remark; a sentence after the formula's full stop, a remark, where
a second equation after it keeps the line refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import CODE_HIDDEN_NOTATION, SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_I2 = ({"i": 0}, {"i": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_SJ = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_STEP = "W1[0,{i}] + eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[{i}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a bullet's sentence around one inline formula: the formula is the claim
            ("inline-bullet", r"* The unit squashes its sum, $h = \tanh(s)$, before the loss.", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("inline-bullet-wrong", r"* The unit squashes its sum, $h = \sigma(s)$, before the loss.", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            ("inline-parenthesis", r"Its output is \(h = \tanh(v_1 x_1 + v_2 x_2 + c)\) for every input.", ((C,),),
             (Twin("value", "a1[0]", (f"tanh({_S})",)),)),
            # two inline formulas with a relation on one line: two claims, each judged on its own
            ("inline-two", r"First $s = v_1 x_1 + v_2 x_2 + c$ is summed, then $h = \tanh(s)$ is taken.",
             ((C,), (C,)), (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            ("inline-two-second-wrong", r"First $s = v_1 x_1 + v_2 x_2 + c$ is summed, then $h = \tanh(2s)$ is"
             " taken.", ((C,), (W,)), (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(2*z1[0])",)))),
            # a formula without a relation is a mention of a name, no claim
            ("inline-mention", r"  - $c := c - \eta \frac{\partial E}{\partial c}$, the step some books call $dc$",
             ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("inline-mention-climbs", r"  - $c := c + \eta \frac{\partial E}{\partial c}$, the step some books call"
             " $dc$", ((W,),), (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            # a sentence after the formula's full stop is a remark
            ("sentence-after", "Our step in code: v += eta * (t - h) * (1 - h^2) * x. When h is t already, nothing"
             " moves at all.", ((C,),), (Twin("update", "W1[0,{i}]", (_STEP,), _I2),)),
            ("sentence-after-wrong", "Our step in code: v += eta * (t - h) * x. When h is t already, nothing moves at"
             " all.", ((W,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),)),
            # a decimal point is no full stop
            ("sentence-after-decimal", "h = tanh(0.5 * s) * 2.0. This doubles a halved sum.", ((W,),),
             (Twin("value", "a1[0]", ("tanh(0.5*z1[0])*2.0",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a comment whose connective leads into the equation: the equation
            ("comment-therefore", "#   Therefore S = U.dot(X) + k", ((C,),), (Twin("value", "z1[{j}]", (_SJ,), _J3),)),
            ("comment-hence-wrong", "# hence, S = U.dot(X) - k", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}]",), _J3),)),
            ("comment-so", "// so H = sigmoid(S)", ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
            # a comment with a word before its left side, between two lines of code, is a remark
            ("comment-remark-between", "S = U.dot(X) + k\n# here H = 1 at the start\nH = sigmoid(S)", ((C,), (C,)),
             (Twin("value", "z1[{j}]", (_SJ,), _J3), Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3)))):
        cases.append(Public(key, "test", "sigmoid-3-2", CODE_HIDDEN_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_comment_in_words_before_an_equation_is_a_remark():
    """``# here H = 1``: a word before the left side that no connective is; the line holds nothing to judge."""
    message = CHECKS.refused("sigmoid-3-2", CODE_HIDDEN_NOTATION, "# here H = 1")
    assert "nothing to judge" in message


def test_a_second_equation_after_the_sentence_keeps_the_line_refused():
    """The sentence after the full stop holds a relation: a claim would be lost, so nothing is dropped."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "The step is v += eta * (t - h) * x. Then h = t holds.")
    assert "'.'" in message


def test_a_case_in_words_keeps_its_line():
    """``$A = B$ when $t = 1$``: the words state the formula's case (claim_text.split_data_case), so the line is
    read as before, the case kept with its formula rather than its equation taken as a second claim."""
    case = Public("case", "test", "tanh-two", TANH_2_1_NOTATION, r"$h = \tanh(s)$ when $t = 1$")
    assert CHECKS.verdicts(case) == ((C,),)


def test_an_equation_after_if_is_a_condition_not_a_claim():
    """``If $t = 1$, $E = ...$``: the first equation is the condition of the second, which holds at that target
    only; neither is taken as a claim judged at every value, and the line is refused as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"If $t = 1$, then $E = \frac{1}{2}(1 - h)^2$.")
