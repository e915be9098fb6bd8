"""backprop grade reads a document's formulas as check reads each one (fixgrade).

qa31's whole documents rebuilt from the held-out batches' pages left formulas check reads and grade missed; each is
written here again with other names on another network (qa31's 2-2-1 sigmoid network and its course's names):

- a formula only partly inside delimiters, its relation outside them and its ``$...$`` holding symbols alone
  (``b = b- $\\alpha$ db``, ``wh<sup>+</sup> = wh - $\\eta$ \\* $\\frac{\\partial E}{\\partial wh}$``): one formula,
  as check reads the line (typography_prose.formula_around_symbols); grade found no claim. A line of prose around
  such a formula stays prose;
- displays: an array that is the whole display (rows of equations, not one chain), a cases environment whose
  conditions follow commas, displays glued on one line with every other ``$$`` left out, ``,qquad`` without its
  backslash, ``w^+=`` (never code's ``+=``), a page's setting after a claim;
- a whole matrix's claim named by its first and last parameters in symbols.md (the spec's ``parameter``), not by its
  LaTeX; an unreadable claim listed with its kind alone, no blank name;
- a submission whose mathematics holds no relation told so, not "no mathematics found".

Every verdict asserted of a formula is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from backprop.grading.document import equations
from backprop.grading.results import Claim, SubmissionResult, to_text
from backprop.problem import parse_problem
from backprop.symbolic.typography import MATH_WORDS
from backprop.symbolic.typography_prose import formula_around_symbols
from public_formulas import C, W
from seed_verbatim import Twin
from test_grade_documents_qa31 import NETWORK, NOTATION, SOFTMAX, SOFTMAX_NOTATION, _SLOPE, _case, _grade
from test_seed_verbatim import oracle_verdicts


@pytest.fixture(scope="module")
def problem():
    return parse_problem(NETWORK, "fixgrade")


# each case is one line of a document, in order: the relation outside the delimiters, symbols inside them
PARTLY_DELIMITED = [
    _case("partly-update", r"v_1 = v_1 - $lr$ (o - t)\, o (1 - o)\, h_1", ((C,),),
          (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SLOPE}*a1[0]",)),)),
    # the bias's update with the output's slope o (1 - o) left out: a real slip
    _case("partly-update-slip", r"- c = c- $lr$ (o - t)\, o", ((W,),),
          (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])*a2[0]",)),)),
    # HTML's superscript for the new weight and Markdown's escaped \*, two formulas of symbols
    _case("partly-markup", r"v_2<sup>+</sup> = v_2 - $lr$ \* $\frac{\partial E}{\partial v_2}$", ((C,),),
          (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_SLOPE}*a1[1]",)),)),
    _case("partly-gradient", r"dE/dc = $(o - t)$ o $(1 - o)$", ((C,),), (Twin("gradient", "b2[0]", (_SLOPE,)),)),
]


@pytest.mark.parametrize("case", PARTLY_DELIMITED, ids=lambda case: case.key)
def test_the_oracle_gives_the_partly_delimited_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


def test_a_formula_partly_inside_delimiters_is_one_claim_as_check_reads_it(tmp_path):
    head = "# Output layer\n\n"
    prose = "The bias becomes c = c - $lr$ g afterwards, as the notes say.\n"  # words around it: prose, no claim
    document = head + "\n".join(case.text for case in PARTLY_DELIMITED) + "\n" + prose
    submission, = _grade(tmp_path, {"ana.md": document})
    first = head.count("\n") + 1
    for number, case in enumerate(PARTLY_DELIMITED, start=first):
        claims = [claim for claim in submission["claims"] if claim["line"] == number]
        assert tuple(tuple(step["verdict"] for step in claim["steps"]) for claim in claims) == case.expected, case.key
    assert len(submission["claims"]) == len(PARTLY_DELIMITED)  # the line of prose: none
    assert [claim["parameter"] for claim in submission["claims"]][:2] == ["W2[0,0]", "b2[0]"]


def test_only_a_line_of_symbols_around_its_formulas_is_one_formula():
    assert formula_around_symbols(r"b = b- $\alpha$ db", MATH_WORDS) == r"b = b-  \alpha  db"
    assert formula_around_symbols(r"1. w = w - $\eta$ g", MATH_WORDS) == r"w = w -  \eta  g"
    assert formula_around_symbols(r"Then we update the bias b = b - $\alpha$ db", MATH_WORDS) is None  # prose
    assert formula_around_symbols(r"$b = b - \alpha db$ here", MATH_WORDS) is None  # the relation inside: its claim
    assert formula_around_symbols(r"| b | = | $\alpha$ |", MATH_WORDS) is None  # a table's row
    assert formula_around_symbols(r"b = b - `lr` * $g$", MATH_WORDS) is None  # a code span: joined_inline_formulas'
    assert formula_around_symbols(r"w = $$\alpha$$ g", MATH_WORDS) is None  # a display


# ---- displays check reads and grade read otherwise (batches 66, 68, 87, 97, 99) ------------------------------------

_Z = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]"
DISPLAYS = [
    # an array that is the whole display, its columns r l l (batch 97's gate network): a claim per row, not one chain
    _case("array-rows", "\\[ \\begin{array}{ r l l } z_o & = v_1 h_1 + v_2 h_2 + c \\\\ o & = \\sigma(z_o) \\\\ "
          "\\frac{\\partial E}{\\partial c} & = (o - t)\\, o \\end{array} \\]", ((C,), (C,), (W,)),
          (Twin("value", "z2[0]", (_Z,)), Twin("value", "a2[0]", ("sigmoid(z2[0])",)),
           Twin("gradient", "b2[0]", ("(a2[0] - y[0])*a2[0]",)))),
    # displays glued on one line, every other $$ left out (batch 66): each its own claim
    _case("glued-displays", "$$z_o = v_1 h_1 + v_2 h_2 + c$$o = \\sigma(z_o)$$\\frac{\\partial E}{\\partial c} = "
          "(o - t)\\, o$$", ((C,), (C,), (W,)),
          (Twin("value", "z2[0]", (_Z,)), Twin("value", "a2[0]", ("sigmoid(z2[0])",)),
           Twin("gradient", "b2[0]", ("(a2[0] - y[0])*a2[0]",)))),
    # the new weight written w^+ right before its = (batch 68): an update, not code's +=
    _case("plus-new", "$$v_1^+=v_1 - lr\\,(o - t)\\, o (1 - o)\\, h_1$$", ((C,),),
          (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SLOPE}*a1[0]",)),)),
    _case("plus-new-slip", "$$c^+=c - lr\\,(o - t)\\, (1 - o)$$", ((W,),),
          (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])*(1 - a2[0])",)),)),
    # \qquad that lost its backslash after a comma (batch 68): two claims
    _case("lost-qquad", "$$z_o = v_1 h_1 + v_2 h_2 + c,qquad o = \\sigma(z_o)$$", ((C,), (C,)),
          (Twin("value", "z2[0]", (_Z,)), Twin("value", "a2[0]", ("sigmoid(z2[0])",)))),
    # the page's learning rate stated after the rule (batch 87): a setting, no claim
    _case("legend-after", "$v_1 = v_1 - lr\\,(o - t)\\, o (1 - o)\\, h_1$, $\\eta = 0.5 \\cdots "
          "\\text{Learning rate}$", ((C,),), (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SLOPE}*a1[0]",)),)),
]


@pytest.mark.parametrize("case", DISPLAYS, ids=lambda case: case.key)
def test_the_oracle_gives_the_display_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


def test_grade_reads_the_displays_as_check_reads_them(tmp_path):
    document, lines = "# Forward and backward\n\n", []
    for case in DISPLAYS:
        lines.append(document.count("\n") + 1)
        document += case.text + "\n\nNext.\n\n"
    submission, = _grade(tmp_path, {"bea.md": document})
    assert not submission.get("notes")  # no display left open
    for line, following, case in zip(lines, [*lines[1:], 10 ** 6], DISPLAYS):
        found = [claim for claim in submission["claims"] if line <= claim["line"] < following]
        assert tuple(tuple(step["verdict"] for step in claim["steps"]) for claim in found) == case.expected, case.key


def test_an_array_inside_brackets_stays_a_member():
    """Only an array that is the whole display is rows of equations; a matrix written as an array is one member."""
    chain, = equations("$$v = \\left[\\begin{array}{cc} v_1 & v_2 \\\\ h_1 & h_2 \\end{array}\\right]$$").chains
    assert len(chain.members) == 2 and "\\begin{array}" in chain.members[1]


# a softmax over three classes (qa31's): p_i the outputs, s_i the sums; the cases environment of batch 99, each case's
# condition after a comma and \quad
_ALL_IK = tuple({"i": i, "k": k} for i in range(3) for k in range(3))
_SOFTMAX_TRUTH = "a1[{i}]*((1 if {i} == {k} else 0) - a1[{k}])"
CASES_ENVIRONMENT = [
    _case("cases-commas", "$$\\frac{\\partial p_i}{\\partial s_k} = \\begin{cases} p_i(1-p_i),&\\quad k = i \\\\ "
          "-p_i p_k,&\\quad k \\neq i\\end{cases}$$", ((C,),),
          (Twin("value", _SOFTMAX_TRUTH, ("(a1[{i}]*(1 - a1[{i}]) if {i} == {k} else -a1[{i}]*a1[{k}])",), _ALL_IK),)),
    # the second case's sign slipped
    _case("cases-commas-slip", "$$\\frac{\\partial p_i}{\\partial s_k} = \\begin{cases} p_i(1-p_i),&\\quad k = i \\\\ "
          "p_i p_k,&\\quad k \\neq i\\end{cases}$$", ((W,),),
          (Twin("value", _SOFTMAX_TRUTH, ("(a1[{i}]*(1 - a1[{i}]) if {i} == {k} else a1[{i}]*a1[{k}])",), _ALL_IK),)),
]


@pytest.mark.parametrize("case", CASES_ENVIRONMENT, ids=lambda case: case.key)
def test_a_cases_environment_with_conditions_after_commas_is_one_claim(case, tmp_path):
    assert oracle_verdicts(case, parse_problem(SOFTMAX, "softmax")) == case.expected
    (tmp_path / "softmax.toml").write_text(SOFTMAX, encoding="utf-8")
    submission, = _grade(tmp_path, {"cy.md": "# Softmax\n\n" + case.text + "\n"}, "--problem",
                         str(tmp_path / "softmax.toml"), notation=SOFTMAX_NOTATION)
    assert [tuple(step["verdict"] for step in claim["steps"]) for claim in submission["claims"]] == [case.expected[0]]


# ---- a whole matrix's claim is named in symbols.md (spec: a claim's parameter is the quantity its left side names) --

def _matrix_notation():
    return NOTATION + '"V" = "W2[:, :]"\n"h" = "a1[:]"\n'


MATRIX_CLAIMS = [
    _case("matrix-gradient", r"$$\frac{\partial E}{\partial V} = (o - t)\, o (1 - o)\, h^T$$", ((C,),),
          (Twin("gradient", "W2[0,{i}]", (f"{_SLOPE}*a1[{{i}}]",), tuple({"i": i} for i in range(2))),)),
    _case("matrix-update-slip", r"$$V \leftarrow V - lr\,(o - t)\, h^T$$", ((W,),),
          (Twin("update", "W2[0,{i}]", ("W2[0,{i}] - eta*(a2[0] - y[0])*a1[{i}]",), tuple({"i": i} for i in range(2))),)),
]


@pytest.mark.parametrize("case", MATRIX_CLAIMS, ids=lambda case: case.key)
def test_the_oracle_gives_the_matrix_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


@pytest.mark.parametrize("output", ["json", "csv"])
def test_a_whole_matrix_claim_is_named_by_its_parameters_in_symbols_md(tmp_path, output):
    document = "# Output layer\n\n" + "\n\n".join(case.text for case in MATRIX_CLAIMS) + "\n\n$$V = (o - t +* h)$$\n"
    submission, = _grade(tmp_path, {"cal.md": document}, notation=_matrix_notation())
    claims = submission["claims"]
    assert [tuple(step["verdict"] for step in claim["steps"]) for claim in claims[:2]] == \
        [case.expected[0] for case in MATRIX_CLAIMS]
    assert [claim["parameter"] for claim in claims[:2]] == ["W2[0,0] ... W2[0,1]"] * 2  # was the LaTeX left side
    if output == "csv":
        text = to_text([SubmissionResult("cal.md", "cal", [Claim(7, "value", "", "V = (o - t +* h)", "unreadable")])])
        assert "unreadable value: V = (o - t +* h)" in text and "value :" not in text  # no blank name


def test_mathematics_without_any_relation_is_said_to_be_so(tmp_path):
    """A submission whose formulas are all mentions ($o$, $\\eta$) was told "no mathematics found"."""
    mentions = "# Notes\n\nThe output $o$ is near $1$ when the rate $lr$ is large.\n"
    submission, = _grade(tmp_path, {"dee.md": mentions})
    assert submission["claims"] == []
    assert submission["notes"] == ["mathematics without any relation: 3 pieces of mathematics found, none holding =,"
                                   " \\approx, \\leftarrow or := between two sides, so no claim to judge (a claim is"
                                   " an equation, A = B; docs/grading.md, Claims)"]
    prose, = _grade(tmp_path, {"dee.md": "# Notes\n\nI ran out of time.\n"})
    assert prose["notes"][0].startswith("no mathematics found")


# ---- Euler's e beside a defined error e (batch 64's lesson: e = \hat{y} - y on the line after 1/(1 + e^{-z})) ------

EULER = [
    _case("euler-before-definition", r"$$o = \frac{1}{1 + e^{-z_o}} = \frac{1}{1 + e^{-(v_1 h_1 + v_2 h_2 + c)}}$$",
          ((C, C),), (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))", f"1/(1 + exp(-({_Z})))")),)),
    _case("defined-error", r"$$\frac{\partial E}{\partial c} = e\, o (1 - o)$$", ((C,),),
          (Twin("gradient", "b2[0]", (_SLOPE,)),)),
    # the error squared where the chain rule has it once: a real slip, e^2 the defined e's square
    _case("defined-error-squared", r"$$\frac{\partial E}{\partial v_1} = e^2\, h_1$$", ((W,),),
          (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])**2*a1[0]",)),)),
]


@pytest.mark.parametrize("case", EULER, ids=lambda case: case.key)
def test_the_oracle_gives_the_euler_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


def test_a_later_definition_of_e_leaves_eulers_e_raised_to_a_quantity(tmp_path):
    """e = o - t defined after the sigmoid's 1/(1 + e^{-z}) explained it (a later definition gives a meaning to a name
    that has none there, and e has none in the notation): the right members were called wrong. Raised to a power that
    is no whole number of 2 or more, e is Euler's; e^2 is the defined error's square."""
    document = "# Output\n\n" + EULER[0].text + "\n\nwhere $e = o - t$ is the error.\n\n" + \
        "\n\n".join(case.text for case in EULER[1:]) + "\n"
    submission, = _grade(tmp_path, {"eva.md": document})
    assert [definition["name"] for definition in submission["definitions"]] == ["e"]
    assert [tuple(step["verdict"] for step in claim["steps"]) for claim in submission["claims"]] == \
        [case.expected[0] for case in EULER]


def test_an_equation_a_word_makes_a_condition_is_no_claim_and_the_chain_goes_on(tmp_path):
    """``if $i \\neq 1 ... = 0$ so we get $$= B$$`` (batch 103's page): the equation after "if" is a condition, as check
    reads it (typography_prose.CONDITION_BEFORE); grade judged it as a claim (t = 1 called wrong: t is 0.3 here) and
    the next "= B" went on with it, not with the chain it continues."""
    case = _case("condition-between", "", ((C, W),), (Twin("gradient", "b2[0]", (_SLOPE, "(a2[0] - y[0])*a2[0]")),))
    assert oracle_verdicts(case, parse_problem(NETWORK, "fixgrade")) == case.expected
    document = ("# Bias\n\n$$\\frac{\\partial E}{\\partial c} = (o - t)\\, o (1 - o)$$\n\n"
                "which, if $t = 1$, is never positive, so\n\n$$= (o - t)\\, o$$\n")
    submission, = _grade(tmp_path, {"fay.md": document})
    assert [tuple(step["verdict"] for step in claim["steps"]) for claim in submission["claims"]] == [case.expected[0]]
