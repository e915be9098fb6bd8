"""backprop grade on whole documents as students hand them in, and on a teacher's mistakes (qa31).

Whole pages rebuilt from the held-out batches (prose around the formulas, numbered steps, headings, code spans) showed
what grade read differently from check, each written here again with other names on another network:

- inline formulas of one line that are one equation, split by their author's delimiters: ``$A$ = $B$`` (the
  Spanish notes' ``La derivada $\\partial BCE/\\partial z$ = $\\hat{y} - y$``) and ``$W$ = $W$ - `lr` * $dW$``
  (an operator and a code span's name between them, the Vietnamese notes' update), which check reads whole and
  grade did not read at all;
- a second claim after a comma on one line (``$z = ...,\\; a = ...$``) reported on the next line, its left side
  written ``\\; a``;
- the class's summary, which cut every matrix claim's name to the same 28 characters and counted an unreadable claim
  under no name (nor with the claims of its left side);
- a teacher's mistakes: --problem sections that no heading of the submissions holds (every claim judged against the
  first problem, silently), a roster without a row for a student (judged against another student's variant,
  silently), a notation that does not fit the submissions (a report of unreadable claims, and a few misreadings):
  each is now one line and exit status 2.

Every verdict asserted of a formula is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

import backprop
from backprop.cli import main
from backprop.grading.results import Claim, SubmissionResult, to_text
from backprop.problem import parse_problem
from backprop.symbolic.typography_premises import joined_inline_formulas
from construct_networks import SIGMOID_2_2_1, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# a 2-2-1 sigmoid network with biases and half the squared error, with one sample and a learning rate for grade
NETWORK = SIGMOID_2_2_1 + "[data]\nx = [[0.6, -0.4]]\ny = [[0.3]]\n[update]\nlearning_rate = 0.5\n"

# a course's names for it: h_1, h_2 the hidden outputs, o the output, t the target, v_1, v_2 and c the output
# layer's weights and bias, z_o its sum, lr the learning rate
NOTATION = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"h_1" = "a1[0]"
"h_2" = "a1[1]"
"o" = "a2[0]"
"t" = "y[0]"
"v_1" = "W2[0, 0]"
"v_2" = "W2[0, 1]"
"c" = "b2[0]"
"z_o" = "z2[0]"
'''

_SLOPE = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _case(key: str, text: str, expected: tuple, twins: tuple) -> Public:
    return Public(key, "test", "qa31", "qa31", text, expected, twins)


# each case is one line of the document below, in order
CASES = [
    # $A$ = $B$: a gradient, right, and its sign slipped
    _case("split-gradient", r"La derivada $\frac{\partial E}{\partial v_1}$ = $(o - t)\, o (1 - o)\, h_1$ (regla de la cadena).",
          ((C,),), (Twin("gradient", "W2[0,0]", (f"{_SLOPE}*a1[0]",)),)),
    _case("split-gradient-sign", r"1. $\frac{\partial E}{\partial v_2}$ = $(t - o)\, o (1 - o)\, h_2$.",
          ((W,),), (Twin("gradient", "W2[0,1]", (f"-{_SLOPE}*a1[1]",)),)),
    # $W$ = $W$ - `lr` * $dW$: an update, right, and one with a factor of the output's slope left out
    _case("split-update", r"Cập nhật: $v_1$ = $v_1$ - `lr` * $(o - t)\, o (1 - o)\, h_1$",
          ((C,),), (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SLOPE}*a1[0]",)),)),
    _case("split-update-factor", r"- $c$ = $c$ - `lr` * $(o - t)\, o$",
          ((W,),), (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])*a2[0]",)),)),
    # two claims on one line, the second after a comma and \;
    _case("comma-claims", r"  - Output: $z_o = v_1 h_1 + v_2 h_2 + c,\; o = \sigma(z_o)$.  ",
          ((C,), (C,)), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),
                         Twin("value", "a2[0]", ("sigmoid(z2[0])",)))),
]

DOCUMENT_HEAD = "# Homework 5\n\nThe output layer, by the chain rule.\n\n"
# the lines around the cases that claim nothing: words between two formulas that are no relation, a table's row
DOCUMENT_TAIL = ("\nThe slope of $o$ is small when $o$ is near $1$.\n"
                 "| $v_1$ | = | $0.4$ |\n")


@pytest.fixture(scope="module")
def problem():
    return parse_problem(NETWORK, "qa31")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.key)
def test_the_oracle_gives_the_cases_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


def _grade(tmp_path, documents: dict, *options: str, notation: str = NOTATION, expect: int = 0):
    """grade on ``documents`` ({file name: text}, in a folder), through the command line: the JSON's submissions,
    or (expect=2) the one-line error, read from standard error."""
    folder = tmp_path / "class"
    folder.mkdir(exist_ok=True)
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    (tmp_path / "net.toml").write_text(NETWORK, encoding="utf-8")
    (tmp_path / "notation.toml").write_text(notation, encoding="utf-8")
    out = tmp_path / "graded.json"
    arguments = ["grade", str(folder), "--notation", str(tmp_path / "notation.toml"), "--format", "json",
                 "--workers", "1", "-o", str(out), *options]
    if "--problem" not in options and "--roster" not in options:
        arguments += ["--problem", str(tmp_path / "net.toml")]
    assert main(arguments) == expect
    return json.loads(out.read_text())["submissions"] if expect == 0 else None


def test_grade_gives_each_line_the_oracles_verdicts_and_line(tmp_path):
    document = DOCUMENT_HEAD + "\n".join(case.text for case in CASES) + "\n" + DOCUMENT_TAIL
    submission, = _grade(tmp_path, {"ana.md": document})
    first = DOCUMENT_HEAD.count("\n") + 1
    for number, case in enumerate(CASES, start=first):
        claims = [claim for claim in submission["claims"] if claim["line"] == number]
        assert tuple(tuple(step["verdict"] for step in claim["steps"]) for claim in claims) == case.expected, case.key
    assert len(submission["claims"]) == sum(len(case.expected) for case in CASES)  # the prose and the table: none
    comma = [claim for claim in submission["claims"] if claim["line"] == first + 4]
    assert [claim["parameter"] for claim in comma] == ["z_o", "o"]  # no spacing \; before the second's name


def test_joined_formulas_keep_their_verdicts_in_a_latex_file(tmp_path):
    """The same lines in a LaTeX file's paragraphs, where $...$ is the inline mathematics too."""
    body = "\n\n".join(case.text for case in CASES[:4])
    document = "\\documentclass{article}\n\\begin{document}\n\\section{Output layer}\n" + body + "\n\\end{document}\n"
    submission, = _grade(tmp_path, {"ben.tex": document})
    verdicts = [tuple(step["verdict"] for step in claim["steps"]) for claim in submission["claims"]]
    assert verdicts == [case.expected[0] for case in CASES[:4]]


def test_a_class_summary_names_each_matrix_claim_and_counts_an_unreadable_one_with_its_left_side():
    left = r"\frac{\partial L}{\partial W^{(3)}}"
    other = r"\frac{\partial L}{\partial W^{(1)}}"
    results = [SubmissionResult("a.md", "a", [Claim(3, "gradient", left, "", "correct", left=left),
                                              Claim(5, "gradient", other, "", "correct", left=other)]),
               SubmissionResult("b.md", "b", [Claim(3, "gradient", "", "", "unreadable", left=left),
                                              Claim(5, "gradient", other, "", "wrong", left=other)])]
    summary = to_text(results).split("per claim")[1]
    assert f"gradient {left}" in summary and f"gradient {other}" in summary
    assert " 1/2 " in summary.split(f"gradient {left}")[1].split("\n")[0]  # the unreadable one counted with a's


def test_sections_no_submission_has_are_the_teachers_one_line_error(tmp_path, capsys):
    document = DOCUMENT_HEAD + CASES[0].text + "\n"
    net = str(tmp_path / "net.toml")
    _grade(tmp_path, {"ana.md": document, "ben.md": document}, "--problem", f"Regression={net}",
           "--problem", f"Classification={net}", expect=2)
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "Traceback" not in error
    assert "no heading holds the text of a --problem section ('Regression', 'Classification'" in error
    assert "'Homework 5'" in error and "give each --problem SECTION= the text of the heading" in error


def test_a_submission_without_the_sections_says_so_where_others_have_them(tmp_path):
    net = str(tmp_path / "net.toml")
    with_section = "# Part 1: Regression\n\n" + CASES[0].text + "\n"
    without = DOCUMENT_HEAD + CASES[0].text + "\n"
    ana, ben = _grade(tmp_path, {"ana.md": with_section, "ben.md": without}, "--problem", f"Regression={net}",
                      "--problem", f"Classification={net}")
    assert not ana.get("notes")
    assert ben["notes"][0].startswith("no heading holds the text of a --problem section")
    assert "judged against the first problem, net.toml" in ben["notes"][0]


def test_a_student_missing_from_the_roster_is_the_teachers_one_line_error(tmp_path, capsys):
    (tmp_path / "hw").mkdir()
    (tmp_path / "hw" / "variant-01.toml").write_text(NETWORK, encoding="utf-8")
    (tmp_path / "hw" / "roster.csv").write_text("student,variant\nana,variant-01.toml\n", encoding="utf-8")
    document = DOCUMENT_HEAD + CASES[0].text + "\n"
    roster = str(tmp_path / "hw" / "roster.csv")
    _grade(tmp_path, {"ana.md": document, "ben.md": document}, "--roster", roster, expect=2)
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "Traceback" not in error
    assert "error: --roster: has no row for student 'ben'" in error and "add a row ben," in error
    # with a problem for the students without a variant, ben is judged against it
    _, ben = _grade(tmp_path, {"ana.md": document, "ben.md": document}, "--roster", roster,
                    "--problem", str(tmp_path / "net.toml"))
    assert ben["claims"][0]["problem"] == "net.toml"


# the notation of another course: the same network named as its weights' matrices, no name of the document's
OTHER_NOTATION = '[notation]\n[notation.symbols]\n"Q" = "W2[:, :]"\n'


def test_a_notation_that_does_not_fit_the_class_is_the_teachers_one_line_error(tmp_path, capsys):
    document = DOCUMENT_HEAD + "\n".join(case.text for case in CASES) + "\n"
    _grade(tmp_path, {"ana.md": document, "ben.md": document}, notation=OTHER_NOTATION, expect=2)
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "Traceback" not in error
    assert "notation.toml: --notation: " in error and "8 of the 8 claims cannot be read in it" in error
    assert "give the notation the submissions are written in" in error


def test_one_garbled_submission_of_a_fitting_notation_is_graded(tmp_path):
    """Claims unreadable for their own syntax, not the notation's names, are the student's: graded, no error."""
    garbled = DOCUMENT_HEAD + "\n".join(f"$o = (o - t +* {n})$" for n in range(6)) + "\n"
    submission, = _grade(tmp_path, {"cleo.md": garbled})
    assert submission["summary"]["unreadable"] == 6


def test_a_submission_of_code_alone_is_told_its_code_blocks_are_no_claims(tmp_path):
    """The Stack Overflow question's script (batch 113) handed in as a fenced block: no claim, and the note says why."""
    code = "# XOR\n\n```python\nh1 = sig(v_1 * x + c)\ndE_dv1 = (o - t) * o * (1 - o) * h1\n```\n"
    submission, = _grade(tmp_path, {"dan.md": code})
    assert submission["claims"] == []
    assert submission["notes"][0].startswith("no mathematics found")
    assert submission["notes"][0].endswith("its code blocks are code, never claims (a notebook's code cells likewise)")


def test_the_python_api_refuses_the_teachers_mistakes_alike(tmp_path):
    (tmp_path / "ana.md").write_text(DOCUMENT_HEAD + CASES[0].text + "\n", encoding="utf-8")
    (tmp_path / "net.toml").write_text(NETWORK, encoding="utf-8")
    (tmp_path / "notation.toml").write_text(NOTATION, encoding="utf-8")
    net = str(tmp_path / "net.toml")
    with pytest.raises(backprop.UserError, match="no heading holds the text of a --problem section"):
        backprop.grade(tmp_path / "ana.md", problem=[f"Regression={net}", f"Classification={net}"],
                       notation=str(tmp_path / "notation.toml"), workers=1)


def test_every_student_has_a_row_of_the_csv_gradebook(tmp_path):
    """An empty file and a file of prose were no row at all: a gradebook without those students."""
    (tmp_path / "class").mkdir()
    (tmp_path / "class" / "ana.md").write_text(DOCUMENT_HEAD + CASES[0].text + "\n", encoding="utf-8")
    (tmp_path / "class" / "eve.md").write_text("", encoding="utf-8")
    (tmp_path / "class" / "fay.md").write_text("I ran out of time.\n", encoding="utf-8")
    (tmp_path / "net.toml").write_text(NETWORK, encoding="utf-8")
    (tmp_path / "notation.toml").write_text(NOTATION, encoding="utf-8")
    out = tmp_path / "book.csv"
    assert main(["grade", str(tmp_path / "class"), "--problem", str(tmp_path / "net.toml"), "--notation",
                 str(tmp_path / "notation.toml"), "--format", "csv", "--workers", "1", "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text())))
    assert [Path(row[0]).name for row in rows[1:]] == ["ana.md", "eve.md", "fay.md"]
    assert rows[1][4] == "correct" and rows[2][4] == rows[3][4] == ""
    assert rows[2][5].startswith("no gradient, update or value claim was found in the submission; no mathematics")


# ---- displays as pages write them, which grade read otherwise than check (batches 70 to 77's pages, rebuilt whole) --

def _display_case(key: str, text: str, expected: tuple, twins: tuple) -> Public:
    return Public(key, "test", "qa31", "qa31", text, expected, twins)


_DELTA_NOTATION = NOTATION + '"\\\\text{output delta}" = "grad(z2[0])"\n'

DISPLAY_CASES = [
    # a display whose left side is words in \text{}: its own claim, never "= ..." going on with the chain before it
    _display_case("text-left-side", "$$\n\\text{output delta} = (o - t)\\, o\n$$", ((W,),),
                  (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]",)),)),
    # plain TeX's row end \cr inside aligned (KaTeX and MathJax accept it): two claims
    _display_case("cr-rows", "$$\\begin{aligned} z_o &= v_1 h_1 + v_2 h_2 + c \\cr o &= \\sigma(z_o) \\end{aligned}$$",
                  ((C,), (C,)), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),
                                 Twin("value", "a2[0]", ("sigmoid(z2[0])",)))),
    # a box around the whole display holding two updates after \qquad: two claims, the second's factor (1 - o) left out
    _display_case("boxed-updates", "$$\\boxed{\\; v_1 \\leftarrow v_1 - lr\\,(o - t)\\, o (1 - o)\\, h_1, \\qquad"
                  " c \\leftarrow c - lr\\,(o - t)\\, o \\;}$$", ((C,), (W,)),
                  (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SLOPE}*a1[0]",)),
                   Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])*a2[0]",)))),
    # a row break asking for extra space, \\[1em]: the next row goes on with the chain (it was a chain of its own,
    # left side "[1em]", and its members went unjudged)
    _display_case("break-space", "$$\\begin{aligned}\n\\frac{\\partial E}{\\partial c} &= (o - t)\\, o (1 - o)"
                  " \\\\[1em]\n&= (o - t)\\, o\n\\end{aligned}$$", ((C, W),),
                  (Twin("gradient", "b2[0]", (_SLOPE, "(a2[0] - y[0])*a2[0]")),)),
    # a relation with a note over it (\overset{def}{=}), or in braces alone ({=}): cut there, as check reads it (the
    # chain was no chain, its = hidden in braces, and the claims went unjudged)
    _display_case("def-relation", "$$v_1\\overset{\\underset{\\mathrm{def}}{}}{=} v_1 - lr\\,(o - t)\\, o (1 - o)\\, h_1$$",
                  ((C,),), (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SLOPE}*a1[0]",)),)),
    _display_case("braced-relation", "$$c{=} c + lr\\,(o - t)\\, o (1 - o)$$", ((W,),),
                  (Twin("update", "b2[0]", (f"b2[0] + eta*{_SLOPE}",)),)),
    # a remark after \quad in an aligned chain whose rows lost a backslash ("\ &="): the remark ends at the next
    # member's &=, never taking it with it (grade cut the chain at the remark, the rest unreadable)
    _display_case("remark-before-row", "\\begin{align} \\frac{\\partial E}{\\partial c} &= (o - t)\\, o (1 - o)"
                  " \\quad \\text{(since } t < 1\\text{)} \\ &= (o - t)\\, o \\end{align}", ((C, W),),
                  (Twin("gradient", "b2[0]", (_SLOPE, "(a2[0] - y[0])*a2[0]")),)),
    # a bold font around the whole display (batch 59's \mathbf{ ... \quad \rightarrow (A) }): its claim
    _display_case("bold-display", "\\[\\mathbf{ \\frac{\\partial E}{\\partial c} = (o - t)\\, o \\quad \\rightarrow (A) }\\]",
                  ((W,),), (Twin("gradient", "b2[0]", ("(a2[0] - y[0])*a2[0]",)),)),
    # rows ended by \\ and a control space, "\\\<newline>" (batch 67's equation*): each row a claim on its line
    _display_case("control-space-rows", "\\begin{equation*}\nz_o = v_1 h_1 + v_2 h_2 + c \\\\\\\no = \\sigma(z_o) \\\\\\\n"
                  "\\end{equation*}", ((C,), (C,)),
                  (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),
                   Twin("value", "a2[0]", ("sigmoid(z2[0])",)))),
    # a row's line ending in spacing after an arrow, its last backslash's space lost: two claims, none unreadable
    _display_case("arrow-spacing", "$$\n\\frac{\\partial E}{\\partial z_o} = (o - t)\\, o (1 - o) \\rightarrow\\ \\ \\\n"
                  "\\frac{\\partial E}{\\partial c} = (o - t)\\, o (1 - o)\n$$", ((C,), (C,)),
                  (Twin("gradient_z", "z2[0]", (_SLOPE,)), Twin("gradient", "b2[0]", (_SLOPE,)))),
]


@pytest.mark.parametrize("case", DISPLAY_CASES, ids=lambda case: case.key)
def test_the_oracle_gives_the_display_cases_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


def test_grade_gives_the_displays_the_oracles_verdicts(tmp_path):
    before = "$$\\frac{\\partial E}{\\partial v_1} = (o - t)\\, o (1 - o)\\, h_1$$\n\nThe output's delta:\n\n"
    document, lines = "# Homework 6\n\n" + before, []
    for case in DISPLAY_CASES:
        lines.append(document.count("\n") + 1)
        document += case.text + "\n\nNext.\n\n"
    submission, = _grade(tmp_path, {"gus.md": document}, notation=_DELTA_NOTATION)
    claims = submission["claims"]
    assert [step["verdict"] for step in claims[0]["steps"]] == ["correct"]  # the display before: one member, right
    for line, following, case in zip(lines, [*lines[1:], 10 ** 6], DISPLAY_CASES):
        found = [claim for claim in claims if line <= claim["line"] < following]
        assert tuple(tuple(step["verdict"] for step in claim["steps"]) for claim in found) == case.expected, case.key


def test_an_equation_number_column_that_reads_as_arithmetic_is_unreadable_as_check_refuses_it(tmp_path):
    """``o &= ... &- (2)``: the column is the row's number, or "- 2" on the row; grade judged it as arithmetic (right
    rows called wrong); read both ways by check and refused where they disagree, as check refuses the row."""
    document = ("# Forward\n\n\\begin{align*}\nz_o &= v_1 h_1 + v_2 h_2 + c &- (1) \\\\\no &= \\sigma(z_o) &- (2)\n"
                "\\end{align*}\n")
    submission, = _grade(tmp_path, {"hal.md": document})
    assert [claim["verdict"] for claim in submission["claims"]] == ["unreadable", "unreadable"]
    assert "ending the row reads as the equation's number in an alignment column of its own" in \
        submission["claims"][0]["detail"]


def test_a_continued_chain_after_spacing_keeps_its_members(tmp_path):
    """``$\\ \\ \\ = B$`` under ``$A = C$`` (a page aligning its steps with spaces): B is the chain's next member; it
    was a chain of its own whose left side was a backslash, not a claim, and the step went unjudged."""
    document = ("# Bias\n\n$\\frac{\\partial E}{\\partial c} = (o - t)\\, o (1 - o)$\n\n"
                "$\\ \\ \\ \\ = (o - t)\\, o$\n")
    case = _case("spacing-continued", "", ((C, W),), (Twin("gradient", "b2[0]", (_SLOPE, "(a2[0] - y[0])*a2[0]")),))
    assert oracle_verdicts(case, parse_problem(NETWORK, "qa31")) == case.expected
    submission, = _grade(tmp_path, {"ida.md": document})
    assert [tuple(step["verdict"] for step in claim["steps"]) for claim in submission["claims"]] == [case.expected[0]]


# a softmax over three classes: p_i the outputs, s_i the sums, the cross-entropy
SOFTMAX = SOFTMAX_2_3 + "[data]\nx = [[0.6, -0.4]]\nlabels = [1]\n[update]\nlearning_rate = 0.5\n"
SOFTMAX_NOTATION = '[notation]\nindices = "ik"\n[notation.symbols]\n"p_{i}" = "a1[i]"\n"s_{i}" = "z1[i]"\n'
_DIAGONAL = tuple({"i": k, "k": k} for k in range(3))
CASE_WORD_CASES = [
    _case("when-capital", "When $i = k$: $$\\frac{\\partial p_i}{\\partial s_k} = p_i (1 - p_k)$$", ((C,),),
          (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("a1[{i}]*(1 - a1[{k}])",), _DIAGONAL),)),
    _case("for-capital-slip", "For $i = k$: $$\\frac{\\partial p_i}{\\partial s_k} = p_i p_k$$", ((W,),),
          (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("a1[{i}]*a1[{k}]",), _DIAGONAL),)),
]


@pytest.mark.parametrize("case", CASE_WORD_CASES, ids=lambda case: case.key)
def test_a_case_stated_by_a_capitalised_word_is_the_claims_case(case, tmp_path):
    """``When $i = k$:`` opening a sentence (batch 75's softmax page) was no case (the words were matched in lower
    case only): the claim was judged at every i and k, a right one called wrong."""
    assert oracle_verdicts(case, parse_problem(SOFTMAX, "softmax")) == case.expected
    (tmp_path / "softmax.toml").write_text(SOFTMAX, encoding="utf-8")
    submission, = _grade(tmp_path, {"jo.md": "# Softmax\n\n" + case.text + "\n"}, "--problem",
                         str(tmp_path / "softmax.toml"), notation=SOFTMAX_NOTATION)
    assert {claim["problem"] for claim in submission["claims"]} == {"softmax.toml"}
    assert [tuple(step["verdict"] for step in claim["steps"]) for claim in submission["claims"]] == [case.expected[0]]


def test_two_claims_a_dash_separates_stay_two():
    """The operator join never reaches a formula holding a relation of its own: ``$A = 1$ - $B = 2$`` is a list."""
    assert joined_inline_formulas("Results: $h_1 = 0.73$ - $h_2 = 0.61$") == "Results: $h_1 = 0.73$ - $h_2 = 0.61$"
    assert joined_inline_formulas("$v_1$ = $v_1$ - `lr` * $g$") == "$v_1 = v_1 - lr * g$"


def test_a_line_whose_equation_goes_on_below_is_not_joined_short():
    """``$A$ = $B$ \\*`` then ``$C$`` on the next line (batch 93's chain rule): joined on its line alone, the member
    B would be judged as the whole right side, a right chain called wrong; the line is left as written."""
    line = r"$\frac{\partial E}{\partial v_1}$ = $\frac{\partial E}{\partial o}$ \*"
    assert joined_inline_formulas(line) == line
    assert joined_inline_formulas(line + " $h_1$") != line + " $h_1$"  # on one line: one equation
