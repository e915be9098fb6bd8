"""The pages of batches 49 and 50 of the public formulas showed words, spacing and layout around formulas refused,
each written here as another author would (other names, other networks than the pages'): TeX's control space ``\\ ``
and a backslash ending a line inside ``$...$`` (Markdown's MathJax line break), spacing as ``\\,`` is; ``\\colon=``,
the update ``:=``; the words new, old and updated before a parameter's name (``\\text{new } c = \\text{old } c -
...``), its value after the update, now, and an update's own left side; a Markdown quote's (an Obsidian callout's)
``> `` opening every line of a block; two claims in one ``\\boxed``, joined by ``, \\qquad``; a Markdown table row
of plain text, read cell by cell. What stays refused or as it was: a name with both scripts after new (no script is
free for the word); a word the notation names is its symbol; a ``>`` inside a line, or opening only some lines, is a
comparison; ``|x| = |y|`` is no table row.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.typography_display import table_row
from backprop.symbolic.typography_emphasis import without_quote_marks
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_DE_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # TeX's control space, and a backslash ending its line inside $...$ (Markdown's line break)
            ("control-space", r"$h =\ \tanh(s)$", ((C,),), _H),
            ("control-space-wrong", r"$h =\ \tanh(2 s)$", ((W,),), (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
            ("backslash-line-end", "$s =\\\nv_1 x_1 + v_2 x_2 + c\n$", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("backslash-line-end-wrong", "$s =\\\nv_1 x_1 + v_2 x_2\\\n$", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
            # a row break \\ stays a row break: two rows of one chain
            ("row-break-kept", "$$\\frac{\\partial E}{\\partial c} = (h - t) \\frac{\\partial h}{\\partial s} \\\\\n"
             "= (h - t)(1 - h^2)$$", ((C, C),), (Twin("gradient", "b1[0]", (_DE_DC, _DE_DC)),)),
            # \colon=, TeX's careful :=
            ("colon-equals", r"c \colon= c - \eta \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("colon-equals-wrong", r"c \; \colon= c + \eta \frac{\partial E}{\partial c}", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            # the words new, old and updated before the parameter's name
            ("new-old-words", r"\text{new } c = \text{old } c - \eta (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("new-old-words-wrong", r"\mathrm{new}\ v_2 = \mathrm{old}\ v_2 - \eta (h - t)(1 - h^2)", ((W,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("new-plain-word", "new v_1 = v_1 - eta * (h - t) * (1 - h^2) * x_1", ((C,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),)),
            ("updated-arrow", r"\text{updated } c \leftarrow c - \eta \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("updated-arrow-wrong", r"\text{updated } c \leftarrow c - \eta (h - t)", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),)),
            ("updated-equals", r"\text{updated } c = c - \eta \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            # a Markdown quote's "> " opening every line of the block, an Obsidian callout's with its header
            ("quote-block", "> $$\n> \\frac{\\partial E}{\\partial c} = (h - t)(1 - h^2)\n> $$", ((C,),),
             (Twin("gradient", "b1[0]", (_DE_DC,)),)),
            ("callout-block", "> [!note] The bias's slope\n> $$\\frac{\\partial E}{\\partial c}\n>= (h - t)(1 - h^2)$$",
             ((C,),), (Twin("gradient", "b1[0]", (_DE_DC,)),)),
            ("callout-block-wrong", "> [!tip]- Slope\n>$$\\frac{\\partial E}{\\partial c}\n>= (h - t)(1 - h)\n>$$",
             ((W,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0])",)),)),
            ("nested-quote", "> > $h = \\tanh(s)$", ((C,),), _H),
            # two claims in one \boxed, joined by ", \qquad" (and on one line, by ", \quad"), as outside it
            ("boxed-two-claims", "$$\n\\boxed{\n\\frac{\\partial E}{\\partial v_1} = (h - t)(1 - h^2) x_1, \\qquad\n"
             "\\frac{\\partial E}{\\partial c} = (h - t)(1 - h^2)\n}\n$$", ((C,), (C,)),
             (Twin("gradient", "W1[0,0]", (f"{_DE_DC}*x[0]",)), Twin("gradient", "b1[0]", (_DE_DC,)))),
            ("boxed-two-claims-wrong", "\\boxed{\\frac{\\partial E}{\\partial v_2} = (h - t)(1 - h^2) x_1, \\quad "
             "\\frac{\\partial E}{\\partial c} = (h - t)(1 - h^2)}", ((W,), (C,)),
             (Twin("gradient", "W1[0,1]", (f"{_DE_DC}*x[0]",)), Twin("gradient", "b1[0]", (_DE_DC,)))),
            # a Markdown table's row of plain text: the cell with an equation is the claim, the others dropped
            ("table-row-code-span", "| Tanh | `h = tanh(s)` | (-1, 1) |", ((C,),), _H),
            ("table-row-words-wrong", "| Función tangente | `h = 1 / (1 + exp(-s))`   | (0,1)     |", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),)),
            ("table-row-plain-cell", "| Somme | s = v_1 x_1 + v_2 x_2 + c | ℝ |", ((C,),),
             (Twin("value", "z1[0]", (_S,)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    # where the notation names the word (here new, the unit's output), it is that symbol: (1 - new h) is 1 - h^2
    cases.append(Public("new-named-by-notation", "test", "tanh-two", TANH_2_1_NOTATION + '"new" = "a1[0]"\n',
                        r"\frac{\partial E}{\partial v_1} = (h - t)(1 - \text{new } h) x_1", ((C,),),
                        (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0]*a1[0])*x[0]",)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_colon_alone_is_no_assignment():
    """``c \\colon c - ...``: TeX's colon without its equals sign says nothing check reads."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"c \colon c - \eta \frac{\partial E}{\partial c}")


def test_new_before_a_name_with_both_scripts_is_refused():
    """``\\text{new } v^{(1)}_{1}``: no script is free for the word."""
    notation = TANH_2_1_NOTATION + '"v^{(1)}_{i}" = "W1[0, i-1]"\n'
    CHECKS.refused("tanh-two", notation, r"\text{new } v^{(1)}_{1} = v^{(1)}_{1} - \eta g")


def test_a_comparison_is_no_quote_mark():
    """``h > 0``, and a ``>`` opening only the second line: the comparison, kept."""
    assert without_quote_marks("h > 0") == "h > 0"
    assert without_quote_marks("a = 1 \\text{ if } s\n> 0") == "a = 1 \\text{ if } s\n> 0"


def test_absolute_values_are_no_table_row():
    """``|x| = |y|`` and ``| x | = | y |``: no cell holds an equation of its own (a relation after a left side)."""
    assert table_row("|s| = |c|") == "|s| = |c|"
    assert table_row("| s | = | c |") == "| s | = | c |"
