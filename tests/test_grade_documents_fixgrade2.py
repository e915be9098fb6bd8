"""backprop grade never drops a claim silently, and a teacher sees what it did not grade (fixgrade2).

- A chain check refuses is still a claim when its left side names a quantity of the network, whatever its right side
  does: a number for a vector (``h = 1``, Ng's ``A^{d} = 1``), factors whose sizes do not fit (``z_o = W_o x +
  b_o``). Both were taken for "not about the network" (the left side was tried as ``left = 0``, whose 0 has the
  wrong shape for a vector) and counted only in JSON's ``not_claims``: now unreadable, with check's message
  (grading/claim_finder.py decides by reading the left side alone). A left side that names nothing of the network
  (``L_0`` of a file of one sample, an unknown ``Q_1``) or a meaning said in words (``y = \\text{cat}``) stays out.
- Every format tells the teacher which formulas were not graded as claims: text and html one line per submission
  (``3 formulas not graded as claims: line 12 `...`, ...``), csv a row without a verdict per formula, gradescope the
  results' ``output``; JSON keeps the spec's shape (``not_claims``, a count).

Every verdict asserted of a formula is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from backprop.cli import main
from backprop.grading.claim_finder import names_the_network
from backprop.grading.judge import GradeSetup, Judge, Source
from backprop.problem import parse_problem
from backprop.symbolic.notation_loading import load_notation
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# tanh hidden units (3) over 2 inputs, 2 sigmoid outputs, the log loss; one sample
NETWORK = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
           '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n'
           '[data]\nx = [[0.5, -0.3]]\ny = [[1.0, 0.0]]\n[update]\nlearning_rate = 0.5\n')

# a course's names for the layers' vectors: h the hidden outputs, o the outputs, t the targets, the deltas dL/dz
NOTATION = r'''
[notation]
[notation.symbols]
"h" = "a1[:]"
"o" = "a2[:]"
"z_h" = "z1[:]"
"z_o" = "z2[:]"
"W_h" = "W1[:, :]"
"W_o" = "W2[:, :]"
"b_o" = "b2[:]"
"t" = "y[:]"
"\\delta_o" = "grad(z2[:])"
"\\delta_h" = "grad(z1[:])"
'''

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_Z_O = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]"
_DELTA_H = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*(1 - a1[{j}]**2)"


def _case(key: str, text: str, expected: tuple, twins: tuple) -> Public:
    return Public(key, "test", "fixgrade2", "fixgrade2", text, expected, twins)


# each case is one paragraph of the document below, in order: claims check reads, right and with a real slip
JUDGED = [
    _case("hidden", r"$h = \tanh(z_h)$", ((C,),), (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),)),
    _case("hidden-slip", r"$h = \sigma(z_h)$", ((W,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
    _case("output-sum", r"$z_o = W_o h + b_o$", ((C,),), (Twin("value", "z2[{j}]", (_Z_O,), _J2),)),
    _case("output-delta", r"$\delta_o = o - t$", ((C,),), (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),)),
    _case("output-delta-sign", r"$\delta_o = t - o$", ((W,),),
          (Twin("value", "a2[{j}] - y[{j}]", ("y[{j}] - a2[{j}]",), _J2),)),
    _case("hidden-delta", r"$\delta_h = W_o^T \delta_o \odot (1 - h \odot h)$", ((C,),),
          (Twin("value", _DELTA_H, (_DELTA_H,), _J3),)),
    _case("hidden-delta-slip", r"$\delta_h = W_o^T \delta_o \odot (1 + h \odot h)$", ((W,),),
          (Twin("value", _DELTA_H, ("(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*(1 + a1[{j}]**2)",),
                _J3),)),
]

# claims check refuses for their right side: each an unreadable claim, with check's message
REFUSED = [
    (r"$h = 1$", "'1' is a number where the left side is a vector or matrix (3 x 1)"),
    (r"$z_o = W_o x + b_o$", "multiplies a 2 x 3 by a 2 x 1, whose sizes do not fit"),
    (r"$\delta_h = W_o \delta_o \odot (1 - h \odot h)$", "multiplies a 2 x 3 by a 2 x 1, whose sizes do not fit"),
]

# no claims: the loss of a sample the file does not have, a name nothing gives a meaning (with a subscript, so no
# definition), a meaning said in words
NOT_CLAIMS = ["L_0 = 783", "Q_1 = 4", r"y = \text{cat}", r"\eta = \text{the learning rate}"]

DOCUMENT_HEAD = "# Backpropagation\n\n"


def _document() -> tuple[str, list[int], list[int], int]:
    """The document, the lines of the judged and the refused cases, and the line of the settings."""
    text, judged, refused = DOCUMENT_HEAD, [], []
    for case in JUDGED:
        judged.append(text.count("\n") + 1)
        text += case.text + "\n\n"
    for formula, _ in REFUSED:
        refused.append(text.count("\n") + 1)
        text += formula + "\n\n"
    settings = text.count("\n") + 1
    text += "The settings: " + ", ".join(f"${formula}$" for formula in NOT_CLAIMS) + ".\n"
    return text, judged, refused, settings


def _grade(tmp_path, documents: dict, form: str = "json", *options: str) -> str:
    """grade's output on ``documents`` ({file name: text}, in a folder) in ``form`` (html and gradescope: the folder)."""
    folder = tmp_path / "class"
    folder.mkdir(exist_ok=True)
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    (tmp_path / "net.toml").write_text(NETWORK, encoding="utf-8")
    (tmp_path / "notation.toml").write_text(NOTATION, encoding="utf-8")
    out = tmp_path / ("out" if form in ("html", "gradescope") else f"graded.{form}")
    where = ["--out", str(out)] if form in ("html", "gradescope") else ["-o", str(out)]
    assert main(["grade", str(folder), "--notation", str(tmp_path / "notation.toml"), "--problem",
                 str(tmp_path / "net.toml"), "--format", form, "--workers", "1", *where, *options]) == 0
    return str(out) if form in ("html", "gradescope") else out.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def problem():
    return parse_problem(NETWORK, "fixgrade2")


@pytest.mark.parametrize("case", JUDGED, ids=lambda case: case.key)
def test_the_oracle_gives_the_cases_verdicts(case, problem):
    assert oracle_verdicts(case, problem) == case.expected


def test_a_claim_check_refuses_for_its_right_side_is_unreadable_never_dropped(tmp_path):
    text, judged, refused, settings = _document()
    submission, = json.loads(_grade(tmp_path, {"ana.md": text}))["submissions"]
    by_line = {claim["line"]: claim for claim in submission["claims"]}
    for line, case in zip(judged, JUDGED):
        assert (tuple(step["verdict"] for step in by_line[line]["steps"]),) == case.expected, case.key
    for line, (formula, message) in zip(refused, REFUSED):
        assert by_line[line]["verdict"] == "unreadable" and message in by_line[line]["detail"], formula
    assert len(submission["claims"]) == len(JUDGED) + len(REFUSED)
    # the settings are no claims: counted, the spec's shape kept
    assert submission["not_claims"] == len(NOT_CLAIMS) and settings not in by_line


def test_the_left_side_alone_decides(tmp_path):
    """What the left side names, read alone through the notation: a quantity of any shape, a rule over index letters
    that reads at some of their values, never a sample the file does not have or a name nothing gives a meaning."""
    (tmp_path / "notation.toml").write_text(NOTATION, encoding="utf-8")
    for notation in (None, load_notation(str(tmp_path / "notation.toml"))):
        judge = Judge(GradeSetup(((None, Source("fixgrade2.toml", NETWORK)),), notation))
        context = judge.context_of(judge.loaded["fixgrade2.toml"])
        assert names_the_network("a^{(1)}_j", context, 1) and names_the_network("a1[j]", context, 1)  # rules
        assert not names_the_network("a_j^{(7)}", context, 1) and not names_the_network("a7[j]", context, 1)
        assert names_the_network("L_1", context, 1) and not names_the_network("L_2", context, 1)  # one sample
        assert not names_the_network("Q_1", context, 1) and not names_the_network("2", context, 1)
        assert names_the_network("h", context, 1) == (notation is not None)  # a vector, the notation's
        assert names_the_network("z_o", context, 1) == (notation is not None)


def test_the_text_report_names_the_formulas_not_graded(tmp_path):
    text, _, _, settings = _document()
    report = _grade(tmp_path, {"ana.md": text}, "text")
    line = next(line for line in report.splitlines() if "not graded as claims" in line)
    assert line == (f"  note: 4 formulas not graded as claims: line {settings} `L_0 = 783`, line {settings} `Q_1 = 4`,"
                    f" line {settings} `y = \\text{{cat}}`, line {settings} `\\eta = \\text{{the learning rate}}`")


def test_many_or_long_formulas_not_graded_are_cut_short(tmp_path):
    text = "\n\n".join(f"$Q_{number} = {number}$" for number in range(1, 9))
    text += "\n\n$Q_{9} = \\frac{1}{2} \\left(Q_{1} + Q_{2} + Q_{3} + Q_{4} + Q_{5}\\right)$\n"
    report = _grade(tmp_path, {"ben.md": text}, "text")
    line = next(line for line in report.splitlines() if "not graded as claims" in line)
    assert line.startswith("  note: 9 formulas not graded as claims: line 1 `Q_1 = 1`, line 3 `Q_2 = 2`,")
    assert line.endswith("line 9 `Q_5 = 5`, and 4 more")
    report = _grade(tmp_path, {"ben.md": "$Q_{9} = \\frac{1}{2} \\left(Q_{1} + Q_{2} + Q_{3} + Q_{4}\\right)$\n"},
                    "text")
    assert "note: 1 formula not graded as a claim: line 1 `Q_{9} = \\frac{1}{2} \\left(Q_{1} + Q_{2} + Q_{...`" \
        in report


def test_csv_html_and_gradescope_carry_the_formulas_not_graded(tmp_path):
    text, _, _, settings = _document()
    rows = list(csv.DictReader(io.StringIO(_grade(tmp_path, {"ana.md": text}, "csv"))))
    assert list(rows[0]) == ["file", "line", "kind", "parameter", "verdict", "detail"]  # the spec's columns
    unjudged = [row for row in rows if not row["verdict"]]
    assert [(row["line"], row["kind"], row["detail"]) for row in unjudged] == \
        [(str(settings), "", f"not graded as a claim: {formula}") for formula in NOT_CLAIMS]
    assert rows[-len(NOT_CLAIMS):] == unjudged  # in the order of the lines
    page = (tmp_path / _grade(tmp_path, {"ana.md": text}, "html") / "ana.html").read_text(encoding="utf-8")
    assert (f'<p class="meta not-graded">note: 4 formulas not graded as claims: line {settings} <code>L_0 = 783</code>,'
            in page)
    assert "<code>y = \\text{cat}</code>" in page
    results = json.loads((tmp_path / _grade(tmp_path, {"ana.md": text}, "gradescope") / "ana" / "results.json")
                         .read_text(encoding="utf-8"))
    assert results["output"].startswith(f"4 formulas not graded as claims: line {settings} `L_0 = 783`")
    assert len(results["tests"]) == len(JUDGED) + len(REFUSED)


def test_a_submission_with_every_formula_a_claim_has_no_such_line(tmp_path):
    text = DOCUMENT_HEAD + "\n\n".join(case.text for case in JUDGED) + "\n"
    assert "not graded" not in _grade(tmp_path, {"cleo.md": text}, "text")
    assert "not_claims" not in _grade(tmp_path, {"cleo.md": text}, "json")
    results = json.loads((tmp_path / _grade(tmp_path, {"cleo.md": text}, "gradescope") / "cleo" / "results.json")
                         .read_text(encoding="utf-8"))
    assert "output" not in results


def test_a_gradient_whose_member_is_an_input_is_a_claim_not_a_restated_sample(tmp_path):
    """A chain check refuses that writes out one of the file's inputs says the document works that sample, no claim
    (``x_3 = [...]``); one of a claim's shape is a claim all the same: seed 004's softmax probabilities are 0 or 1 to
    many digits, so a gradient by a row of W is -x or x (here refused for its unknown g, never taken for a sample)."""
    sample = r"\begin{bmatrix} 3.22 \\ 4.63 \\ 3.55 \\ 5.41 \end{bmatrix}"
    text = (f"# Question 1\n\n$$x_3 = {sample}$$\n\n$$\\frac{{\\partial L}}{{\\partial W_2}} = g(x) = {sample}$$\n\n"
            f"$$\\frac{{\\partial L}}{{\\partial W_1}} = g(x) + {sample}$$\n")
    (tmp_path / "ana.md").write_text(text, encoding="utf-8")
    out = tmp_path / "graded.json"
    assert main(["grade", str(tmp_path / "ana.md"), "--problem", "seed004_softmax_classifier", "--notation", "seed004",
                 "--format", "json", "--workers", "1", "-o", str(out)]) == 0
    submission, = json.loads(out.read_text(encoding="utf-8"))["submissions"]
    assert [(claim["line"], claim["kind"], claim["verdict"]) for claim in submission["claims"]] == \
        [(5, "gradient", "unreadable"), (7, "gradient", "unreadable")]
    assert "g(x): a function of the input" in submission["claims"][0]["detail"]
    assert submission["not_claims"] == 1  # x_3, the sample written out


def test_a_notebooks_formula_not_graded_is_named_with_its_cell(tmp_path):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Backpropagation\n"]},
             {"cell_type": "code", "metadata": {}, "source": ["h = 1"], "outputs": [], "execution_count": None},
             {"cell_type": "markdown", "metadata": {}, "source": [JUDGED[0].text + "\n", "\n", "$Q_1 = 4$\n"]}]
    notebook = json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5})
    report = _grade(tmp_path, {"dan.ipynb": notebook}, "text")
    assert "note: 1 formula not graded as a claim: line 5 (cell 3) `Q_1 = 4`" in report
