"""The pages of batches 41 and 42 of the public formulas showed words around and between a line's claims refused, each
written here as another author would (other names, other networks than the pages'): a sentence's words (single
letters and words glued to digits among them, commas between them) before its claim; a connective word opening a
claim, plain or in ``\\text{...}`` opening an aligned row, and a lone "and" between two equations; a label with a
parenthesis of words before its colon, and a sentence's first word and the words and colon between two claims;
code's comment holding the claim after a connective, the code before it no claim; a clause after plain text's wide
spacing; a formula as a Markdown heading. What stays as it was: a comment after code that has its own equation (a
remark), mathematics after wide spacing (a factor), a line without a run of prose keeping its opening word.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = Twin("value", "a1[0]", ("tanh(z1[0])",))
_H_SIGMOID = Twin("value", "a1[0]", ("sigmoid(z1[0])",))
_SUM = Twin("value", "z1[0]", (_S,))
_SUM_WRONG = Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",))
_TANH_EXP = Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",))
_TANH_EXP_WRONG = Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) - exp(-z1[0]))",))
_DE_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"


# a formula as a Markdown heading: the heading's marks are layout
_HEADINGS = (
    ("heading", "## $h = \\tanh(s)$", ((C,),), (_H,)),
    ("heading-wrong", "### $h = \\sigma(s)$", ((W,),), (_H_SIGMOID,)),
)
# a label with a parenthesis of words before its colon
_LABELS = (
    ("label-parenthesis", "Unit output (after the squashing): h = tanh(s)", ((C,),), (_H,)),
    ("label-parenthesis-wrong", "Unit output (after the squashing): h = sigmoid(s)", ((W,),), (_H_SIGMOID,)),
)
# a clause after plain text's wide spacing: a remark; mathematics after it: a factor
_WIDE_SPACING = (
    ("wide-space-clause", "E = ½ (h - t)²     t is the target", ((C,),),
     (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),)),
    ("wide-space-clause-wrong", "E = (h - t)²     t is the target", ((W,),),
     (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2",)),)),
    ("wide-space-factor", "dE/dv_1 = (h - t)(1 - h^2)     x_1", ((C,),),
     (Twin("gradient", "W1[0,0]", (f"{_DE_DC}*x[0]",)),)),
)
# a sentence's words before its claim (a word glued to digits, a comma and a single letter among them), and a
# sentence's first word, then words and a colon between two claims: both claims judged
_SENTENCES = (
    ("words-comma-before", "In lab2 of the course, I derived h = tanh(s). This is a unit output.", ((C,),), (_H,)),
    ("words-comma-before-wrong", "In lab2 of the course, I derived h = sigmoid(s). This is a unit output.", ((W,),),
     (_H_SIGMOID,)),
    ("words-colon-between", "Compute h = tanh(s) for every input: tanh(s) = (exp(s) - exp(-s)) / (exp(s) +"
     " exp(-s))", ((C,), (C,)), (_H, _TANH_EXP)),
    ("words-colon-between-wrong", "Compute h = sigmoid(s) for every input: tanh(s) = (exp(s) - exp(-s)) /"
     " (exp(s) - exp(-s))", ((W,), (W,)), (_H_SIGMOID, _TANH_EXP_WRONG)),
)
# code's comment holding the claim after a connective, the code before it (no equation) no claim; code with an
# equation of its own: its claim, the comment a remark
_COMMENTS = (
    ("comment-because", "return 1 - h**2  # because tanh'(s) = 1 - tanh(s)^2", ((C,),),
     (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)),
    ("comment-because-wrong", "return 1 - h  # so tanh'(s) = 1 - tanh(s)", ((W,),),
     (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),)),
    ("comment-after-equation", "h = np.tanh(s)  # because g(s) = tanh(s)", ((C,),), (_H,)),
)
# a connective opening a claim after a comma, a lone "and" between two equations, and a connective word in \text
# opening an aligned row: layout
_CONNECTIVES = (
    ("where-and", "h = tanh(s), where s = v_1 x_1 + v_2 x_2 + c and tanh(s) = (exp(s) - exp(-s)) / (exp(s)"
     " + exp(-s)).", ((C,), (C,), (C,)), (_H, _SUM, _TANH_EXP)),
    ("where-and-wrong", "h = tanh(s), where s = v_1 x_1 - v_2 x_2 + c and tanh(s) = (exp(s) - exp(-s)) /"
     " (exp(s) - exp(-s)).", ((C,), (W,), (W,)), (_H, _SUM_WRONG, _TANH_EXP_WRONG)),
    ("with", "h = tanh(s), with s = v_1 x_1 + v_2 x_2 + c", ((C,), (C,)), (_H, _SUM)),
    ("with-wrong", "h = tanh(s), with s = v_1 x_1 - v_2 x_2 + c", ((C,), (W,)), (_H, _SUM_WRONG)),
    ("aligned-where", "\\begin{aligned} \\frac{\\partial E}{\\partial c} &= (h - t)(1 - h^2) \\\\"
     " \\text{where } h &= \\tanh(s) \\\\ \\text{and } s &= v_1 x_1 + v_2 x_2 + c \\end{aligned}",
     ((C,), (C,), (C,)), (Twin("gradient", "b1[0]", (_DE_DC,)), _H, _SUM)),
    ("aligned-where-wrong", "\\begin{aligned} \\frac{\\partial E}{\\partial c} &= (h - t)(1 - h) \\\\"
     " \\text{where } h &= \\tanh(s) \\\\ \\text{and } s &= v_1 x_1 - v_2 x_2 + c \\end{aligned}",
     ((W,), (C,), (W,)), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0])",)), _H, _SUM_WRONG)),
)
CASES = [Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins)
         for key, text, expected, twins in (*_HEADINGS, *_LABELS, *_WIDE_SPACING, *_SENTENCES, *_COMMENTS,
                                            *_CONNECTIVES)]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_line_without_a_run_of_prose_keeps_its_opening_word():
    """``Sum s = ...``: one capitalised word before the formula, with no sentence around it, may be a name."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "Sum s = v_1 x_1 + v_2 x_2 + c")


def test_a_heading_mark_without_a_space_is_the_documents_too():
    """``##$h = ...$``: heading marks glued to the mathematics (batch 97's ``###$$``) are the document's too, never
    a comment's (no ``#`` before code or prose); read as the formula after them (oracle twins of the construct in
    test_reading_constructs_fix97.py)."""
    assert CHECKS.verdicts(Public("glued-heading", "test", "tanh-two", TANH_2_1_NOTATION,
                                  "##$h = \\tanh(s)$")) == (("correct",),)
