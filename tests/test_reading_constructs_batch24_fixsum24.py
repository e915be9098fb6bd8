"""The constructs batch 24 of the public formulas showed missing, each written as another author would (other
names, other networks than the pages'): a sum over the samples to a count the notation leaves unnamed
(``\\sum_{n=1}^{N}`` with no "N" in the notation, the 2012 post's ``\\sum \\limits_{i = 1}^{M}``: right for one
sample, wrong by the file's mean, so refused saying what to write); a Markdown table row with a cell of
prose between its math cells; a product of the chain rule over lines whose next line opens with the derivative operator
(``\\frac{\\partial}{\\partial v_2} o^{(n)} =``); the true class named by a word in the
notation (``"p_{\\text{correct}}" = "a1[2]"``). Each case is judged right where the formula is right and wrong where
one thing is changed (the sum to an unnamed count, right at one sample, is wrong by the file's mean reduction, which
the one-sample oracle cannot see: its refusal is asserted instead).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib


from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a sigmoid unit on two inputs, the half squared error, no data: the step's samples are not given
    "unit": SIGMOID_2_1,
    # the same with reduction = "sum": the step's loss is the samples' total
    "unit-sum": SIGMOID_2_1 + '[update]\nlearning_rate = 0.1\nreduction = "sum"\n',
    "softmax": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)
_problem = CHECKS.problem

# n the sample (as a superscript), N their count: named by the notation or not
_SAMPLES = r'''
[notation]
indices = "j"
loss = ["Q"]
[notation.symbols]
"o^{(n)}" = "a1[0]"
"d^{(n)}" = "y[0]"
"x_{j}^{(n)}" = "x[j-1]"
"v_{j}" = "W1[0, j-1]"
"o" = "a1[0]"
"d" = "y[0]"
'''
_SAMPLES_ONE = _SAMPLES.replace('"d" = "y[0]"', '"d" = "y[0]"\n"N" = "1"')
_CLASSES = r'''
[notation]
indices = "k"
loss = ["J"]
[notation.symbols]
"p_{k}" = "a1[k-1]"
"p_{\\text{correct}}" = "a1[2]"
'''
# no pattern names the true class: p_{\text{true}} is p at the label letter (y, the default)
_CLASSES_BARE = _CLASSES.replace('"p_{\\\\text{correct}}" = "a1[2]"\n', "")
_J2 = ({"j": 0}, {"j": 1})
_SLOPE = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_SUM = r"\frac{\partial Q}{\partial v_j} = \sum_{n=1}^{N} (o^{(n)} - d^{(n)}) o^{(n)} (1 - o^{(n)}) x_j^{(n)}"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, verdict, member in (
            # N named 1: the step's one sample
            ("samples-named", "unit", _SAMPLES_ONE, _SUM, C, f"{_SLOPE}*x[{{j}}]"),
            ("samples-named-no-slope", "unit", _SAMPLES_ONE, _SUM.replace(" o^{(n)} (1 - o^{(n)})", ""), W,
             "(a1[0] - y[0])*x[{j}]"),
            # N unnamed with 1/N: the mean of the samples' losses, the file's reduction
            ("samples-mean", "unit", _SAMPLES, _SUM.replace(r"= \sum", r"= \frac{1}{N} \sum"), C,
             f"{_SLOPE}*x[{{j}}]"),
            # N unnamed, no 1/N, the file's reduction the sum: the samples' total
            ("samples-total", "unit-sum", _SAMPLES, _SUM, C, f"{_SLOPE}*x[{{j}}]"),
            # N unnamed, wrong at one sample too: wrong, not refused
            ("samples-unnamed-no-slope", "unit", _SAMPLES, _SUM.replace(" o^{(n)} (1 - o^{(n)})", ""), W,
             "(a1[0] - y[0])*x[{j}]")):
        cases.append(Public(f"{key}-{verdict}", "test", network, notation, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{j}]", (member,), _J2),)))
    # the file's reduction the sum: an update with the samples' total gradient; a left side that sums the samples'
    # losses itself, judged alike with either reduction
    update = r"v_j \leftarrow v_j - \eta \sum_{n=1}^{N} (o^{(n)} - d^{(n)}) o^{(n)} (1 - o^{(n)}) x_j^{(n)}"
    summed = (r"\frac{\partial}{\partial v_j} \frac{1}{2} \sum_{n=1}^{N} (o^{(n)} - d^{(n)})^2 = \sum_{n=1}^{N}"
              r" (o^{(n)} - d^{(n)}) o^{(n)} (1 - o^{(n)}) x_j^{(n)}")
    for key, network, text, verdict, twin in (
            ("total-update", "unit-sum", update, C, Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2)),
            ("total-update-plus", "unit-sum", update.replace(r"- \eta", r"+ \eta"), W,
             Twin("update", "W1[0,{j}]", ("W1[0,{j}] + eta*grad",), _J2)),
            ("summed-left-total", "unit-sum", summed, C, Twin("gradient", "W1[0,{j}]", (f"{_SLOPE}*x[{{j}}]",), _J2)),
            ("summed-left-mean", "unit", summed, C, Twin("gradient", "W1[0,{j}]", (f"{_SLOPE}*x[{{j}}]",), _J2)),
            ("summed-left-no-slope", "unit-sum", summed.replace(" o^{(n)} (1 - o^{(n)})", ""), W,
             Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2))):
        cases.append(Public(f"{key}-{verdict}", "test", network, _SAMPLES, text, ((verdict,),), (twin,)))
    # the chain rule's product over lines: a line opening with the derivative operator after a closing bracket is
    # the product's next factor, not a new equation (the file's reduction the sum, the samples' total)
    chain = ("$$ \\frac{\\partial Q}{\\partial v_2} = \\sum_{n=1}^{N} \\left( o^{(n)} - d^{(n)} \\right)\n"
             "   \\frac{\\partial}{\\partial v_2} o^{(n)} =\n$$\n\n$$ \\sum_{n=1}^{N} ( o^{(n)} - d^{(n)} )"
             " o^{(n)} (1 - o^{(n)}) x_2^{(n)} $$")
    for key, text, expected, last in (
            ("factor-on-next-line", chain, (C, C), f"{_SLOPE}*x[1]"),
            ("factor-on-next-line-no-slope", chain.replace(" o^{(n)} (1 - o^{(n)})", ""), (C, W),
             "(a1[0] - y[0])*x[1]")):
        cases.append(Public(f"{key}", "test", "unit-sum", _SAMPLES, text, (expected,),
                            (Twin("gradient", "W1[0,1]", (f"{_SLOPE}*x[1]", last)),)))
    for key, text, verdict, member in (
            # a cell of prose between the derivative and its result
            ("row-prose", r"| $\frac{\partial Q}{\partial o}$ | the slope of the loss at the output | $= o - d$ |",
             C, "a1[0] - y[0]"),
            ("row-prose-sign", r"| $\frac{\partial Q}{\partial o}$ | the slope of the loss at the output | $= d - o$ |",
             W, "y[0] - a1[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "unit", _SAMPLES, text, ((verdict,),),
                            (Twin("value", "a1[0] - y[0]", (member,)),)))
    for key, text, verdict, member in (
            # the true class named by a word: the claim holds where the sample's class is that one (class 3 here)
            ("correct-class", r"J = -\ln p_{\text{correct}}", C, "-log(a1[{c}])"),
            ("correct-class-complement", r"J = -\ln (1 - p_{\text{correct}})", W, "-log(1 - a1[{c}])"),
            ("correct-class-other", r"J = -\ln p_{1}", W, "-log(a1[0])")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax", _CLASSES, text, ((verdict,),),
                            (Twin("value", _CE, (member,), ({"c": 2},), classes="label"),)))
    for key, text, verdict, member in (
            # the true class named by a word no pattern has: the sample's class, at every class
            ("true-class", r"J = -\ln p_{\text{true}}", C, "-log(a1[{c}])"),
            ("true-class-complement", r"J = -\ln (1 - p_{\text{true}})", W, "-log(1 - a1[{c}])"),
            ("true-class-squared", r"J = -\ln p_{\text{true}}^2", W, "-log(a1[{c}]**2)")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax", _CLASSES_BARE, text, ((verdict,),),
                            (Twin("value", _CE, (member,), tuple({"c": c} for c in range(3)), classes="label"),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_sum_over_the_samples_right_only_at_one_sample_is_refused_saying_what_to_write():
    """N unnamed, no 1/N, the file's reduction the mean (its default): read as the step's samples, their total, K
    times the step's mean loss, wrong by the file (a 1/N forgotten); read as the file's one sample, right. The
    readings disagree: refused in one line saying which reduction it is right for and what to write (a right formula
    never called wrong silently). Wrong at one sample too, it is wrong either way: the verdict stands."""
    for text in (_SUM, _SUM.replace("(o^{(n)} - d^{(n)})", "(-1)(d^{(n)} - o^{(n)})")):
        message = _refusal("unit", _SAMPLES, text)
        assert "right for one sample" in message and 'reduction = "sum"' in message
        assert '"N" = "1"' in message and "\n" not in message
    # wrong at one sample too: wrong, with no such hint
    notation = tomllib.loads(_SAMPLES)["notation"]
    text = _SUM.replace(" o^{(n)} (1 - o^{(n)})", "")
    result = check_homework(_problem(Public("t", "test", "unit", _SAMPLES, text)), text,
                            notation=notation_from_table(notation, "<test>"))
    (step,) = result.claims[0].steps
    assert step.verdict == W and "right for one sample" not in step.detail


def test_a_table_row_of_two_math_cells_without_a_relation_is_refused_naming_the_math_cell():
    """The prose cell is dropped; the row's two math cells still make no chain: the refusal names the result's
    cell and says to begin it with its relation."""
    message = _refusal("unit", _SAMPLES, r"| $\frac{\partial Q}{\partial o}$ | the slope of the loss | $o - d$ |")
    assert "'o - d'" in message and "begin it with its relation" in message
