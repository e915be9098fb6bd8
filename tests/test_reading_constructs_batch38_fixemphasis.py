"""The pages of batch 38 of the public formulas showed Markdown's emphasis and prose around a formula refused, each
written here as another author would (other names, other networks than the pages'): a bold label in underscores or
asterisks naming the formula's left side, with a remark on it up to a full stop before the formula, and a bold name
before its relation; bold around a whole formula (any run of asterisks or underscores, a note in parentheses after
it); a formula in a code span inside a sentence, as an inline ``$...$`` is read; prose ended by a colon before a
definition; and inline ``$...$`` inside sentences in other scripts than Latin, a formula broken across two lines.
What stays refused: a remark holding a relation, a relation outside the code spans, prose that opens with a
condition, an equation after the colon whose left side is more than a name.

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
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_SJ = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_HJ = (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)
_HJ_TANH = (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a bold label, a remark on the name's shape up to a full stop, then the formula opening with the name
            ("bold-label-remark", "__S__: 3 * n, n samples. S = U.dot(X) + k", ((C,),),
             (Twin("value", "z1[{j}]", (_SJ,), _J3),)),
            ("bold-label-remark-wrong", "__S__: 3 * n, n samples. S = U.dot(X) - k", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}]",), _J3),)),
            ("bold-label-asterisks", "**H**: 3 * 1. H = sigmoid(S)", ((C,),), _HJ),
            ("bold-label-no-remark", "* __H__: H = sigmoid(S)", ((C,),), _HJ),
            # a bold name before its relation: the left side; the list's "- " before it is a mark, never a minus
            ("bold-name", "- __H__ = sigmoid(S)", ((C,),), _HJ),
            ("bold-name-wrong", "* **H** = tanh(S)", ((W,),), _HJ_TANH),
            # in italics, typography.clean's rule, the bold label's left side as well
            ("italic-name", "*H* = sigmoid(S) = **H**", ((C, C),),
             (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "a1[{j}]"), _J3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", CODE_HIDDEN_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # bold around the whole formula: any run, asterisks or underscores, and a note in parentheses after it
            ("bold-six", r"******h = \tanh(s)******", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("bold-underscores", "__h = tanh(v_1 x_1 + v_2 x_2 + c)__", ((C,),),
             (Twin("value", "a1[0]", (f"tanh({_S})",)),)),
            ("bold-note-wrong", r"**h = \sigma(s)** (the unit's output)", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            # Python's power is no bold: a run of asterisks inside the formula stays a power
            ("power-not-bold", "h = tanh(s)**1", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])**1",)),)),
            # a code span holding a relation, in a sentence after a bold label, is the formula; the rest is prose
            ("code-span-sentence", "3.  **Find `h`:** The unit squashes `s`. In code, `h = tanh(s)`.", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("code-span-sentence-wrong", "3.  **Find `h`:** The unit squashes `s`. In code, `h = 1/(1 + exp(-s))`.",
             ((W,),), (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),)),
            # prose ended by a colon before a definition (a name, or := )
            ("prose-colon", "    s - the weighted sum of the unit, computed as: s = v_1 x_1 + v_2 x_2 + c", ((C,),),
             (Twin("value", "z1[0]", (_S,)),)),
            ("prose-colon-wrong", "    s - the weighted sum of the unit, computed as: s = v_1 x_1 - v_2 x_2 + c",
             ((W,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",)),)),
            ("prose-colon-update", r"The bias then moves as follows: c := c - \eta \frac{\partial E}{\partial c}",
             ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            # inline formulas in sentences of other scripts, one broken across two lines
            ("chinese-sentence", r"- $h$ 表示单元的输出，即 $h = \tanh(s)$", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("chinese-sentence-wrong", r"- $h$ 表示单元的输出，即 $h = \sigma(s)$", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            ("german-sentence", r"Die Ausgabe ist $h = \tanh(s)$ für jede Eingabe.", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("chinese-broken-line", "其中 $s =\n v_1 x_1 + v_2 x_2 + c$，且 $h = \\tanh(s)$。", ((C,), (C,)),
             (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            ("chinese-broken-line-wrong", "其中 $s =\n v_1 x_1 + c$，且 $h = \\tanh(s)$。", ((W,), (C,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)), Twin("value", "a1[0]", ("tanh(z1[0])",))))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_remark_holding_a_relation_keeps_the_line_whole():
    """``__S__: with k = 0. S = ...``: the remark after the label states an equation of its own, which would be lost."""
    CHECKS.refused("sigmoid-3-2", CODE_HIDDEN_NOTATION, "__S__: with k = 0. S = U.dot(X)")


def test_a_relation_outside_the_code_spans_keeps_the_line_whole():
    """``h = tanh(s), or `h = ...` in code``: the line's formula is not only in its spans."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "We write h = tanh(s), or `h = tanh(2 * s)` in code.")


def test_prose_opening_with_a_condition_is_no_remark():
    """``If t is 1: h = ...``: the words before the colon are the equation's condition, not a remark."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "If t is 1: h = tanh(s)")


def test_an_equation_whose_left_side_is_more_than_a_name_keeps_the_prose():
    """``s - the sum, written out: v_1 x_1 + v_2 x_2 + c = s``: which member the prose names is a guess."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s - the sum, written out: v_1 x_1 + v_2 x_2 + c = s")
