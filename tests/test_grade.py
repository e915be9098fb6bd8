"""backprop grade on whole documents: a class of generated submissions (right, wrong and garbage),
rosters of variants, and hostile submissions. The seed documents, graded whole with their bundled
notations and problems, are tests/test_grade_seeds.py's."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from backprop.cli import main
from backprop.grading import judge as judge_module

SEEDS = Path(__file__).resolve().parent / "seeds"


def grade_json(capsys, *arguments) -> dict:
    capsys.readouterr()
    status = main(["grade", *arguments, "--format", "json", "--workers", "1"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out)


# -- a class --------------------------------------------------------------------------------------

RIGHT = r"""# Homework

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2(y - O_0^2)$$

$$a_{10}^1 = a_{10}^1 + \alpha \cdot 2(y - O_0^2) O_1^1$$
"""
WRONG = r"""# Homework

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -(y - O_0^2)$$

$$a_{10}^1 = a_{10}^1 - \alpha \cdot 2(y - O_0^2) O_1^1$$
"""


@pytest.mark.parametrize("relation", [r"\equiv", r"\triangleq"])
def test_a_definition_with_equiv_is_a_claim_judged_like_one_with_equals(relation, tmp_path, capsys):
    right = tmp_path / "right.md"
    right.write_text(f"$$\\frac{{\\partial SEE(y, O_0^2)}}{{\\partial a_{{00}}^1}} {relation} -2(y - O_0^2)$$\n")
    wrong = tmp_path / "wrong.md"
    wrong.write_text(f"$$\\frac{{\\partial SEE(y, O_0^2)}}{{\\partial a_{{00}}^1}} {relation} -(y - O_0^2)$$\n")
    book = grade_json(capsys, str(right), str(wrong), "--problem", "seed000_regression", "--notation", "seed000")
    verdicts = {Path(entry["file"]).stem: [(claim["kind"], claim["parameter"], claim["verdict"])
                                           for claim in entry["claims"]] for entry in book["submissions"]}
    assert verdicts == {"right": [("gradient", "b2[0]", "correct")], "wrong": [("gradient", "b2[0]", "wrong")]}


@pytest.mark.parametrize("relation", [r"\gets", "\u2190", r"\coloneqq"])
def test_an_update_written_with_any_update_relation_is_an_update(relation, tmp_path, capsys):
    path = tmp_path / "ada.md"
    path.write_text(f"$$a_{{10}}^1 {relation} a_{{10}}^1 + \\alpha \\cdot 2(y - O_0^2) O_1^1$$\n")
    book = grade_json(capsys, str(path), "--problem", "seed000_regression", "--notation", "seed000")
    assert [(claim["kind"], claim["parameter"], claim["verdict"]) for claim in book["submissions"][0]["claims"]] \
        == [("update", "W2[0,0]", "correct")]


@pytest.mark.parametrize("row, verdict", [
    # an update written with an arrow (Nielsen's w_k \rightarrow w_k - ...), and code's -= and +=: grade found no
    # claim in them before, where check reads each as the update (syntax.Parser)
    (r"a_{10}^1 \to a_{10}^1 + \alpha \cdot 2(y - O_0^2) O_1^1", "correct"),
    (r"a_{10}^1 \rightarrow a_{10}^1 - \alpha \cdot 2(y - O_0^2) O_1^1", "wrong"),
    (r"a_{10}^1 \longrightarrow a_{10}^1 + \alpha \cdot 2(y - O_0^2) O_1^1", "correct"),
    (r"a_{10}^1 += \alpha \cdot 2(y - O_0^2) O_1^1", "correct"),
    (r"a_{10}^1 -= \alpha \cdot 2(y - O_0^2) O_1^1", "wrong"),
])
def test_an_update_written_with_an_arrow_or_as_code_is_an_update(row, verdict, tmp_path, capsys):
    path = tmp_path / "ada.md"
    path.write_text(f"$${row}$$\n")
    book = grade_json(capsys, str(path), "--problem", "seed000_regression", "--notation", "seed000")
    assert [(claim["kind"], claim["parameter"], claim["verdict"]) for claim in book["submissions"][0]["claims"]] \
        == [("update", "W2[0,0]", verdict)]


@pytest.fixture
def klass(tmp_path):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ada.md").write_text(RIGHT)
    (folder / "ben.md").write_text(WRONG)
    (folder / "cleo.md").write_text("$$\\frac{\\partial SEE}{\\partial a_{00}^1} = \\frac{{{$$ and $x = \\left($")
    (folder / "dan.md").write_bytes(b"%PDF-1.5\n" + bytes(range(256)))
    (folder / "eve.md").write_bytes("$$\\frac{\\partial SEE(y, O_0^2)}{\\partial a_{00}^1} = caf\u00e9$$".encode("latin-1"))
    shutil.copy(SEEDS / "seed000.md", folder / "fay.md")
    return folder


def test_a_class_folder_gives_a_gradebook_row_per_claim(klass, tmp_path, capsys):
    capsys.readouterr()
    out = tmp_path / "book.csv"
    assert main(["grade", str(klass), "--problem", "seed000_regression", "--notation", "seed000", "--format",
                 "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text())))
    by_file = {}
    for row in rows:
        by_file.setdefault(Path(row["file"]).stem, []).append(row)
    assert [(r["kind"], r["parameter"], r["verdict"]) for r in by_file["ada"]] == \
        [("gradient", "b2[0]", "correct"), ("update", "W2[0,0]", "correct")]
    assert [(r["kind"], r["parameter"], r["verdict"]) for r in by_file["ben"]] == \
        [("gradient", "b2[0]", "wrong"), ("update", "W2[0,0]", "wrong")]
    assert "factor 2" in by_file["ben"][0]["detail"]
    # cleo's x = \left( names nothing of the network: a row without a verdict saying it was not graded (fixgrade2)
    assert [(r["line"], r["verdict"]) for r in by_file["cleo"]] == [("1", "unreadable"), ("1", "")]
    assert by_file["cleo"][1]["detail"] == "not graded as a claim: x = \\left("
    assert by_file["dan"] == [{**by_file["dan"][0], "verdict": "unreadable"}] and "PDF" in by_file["dan"][0]["detail"]
    assert "not UTF-8" in by_file["eve"][0]["detail"]
    assert len(by_file["fay"]) > 40


def test_gradescope_and_feedback_pages_stay_inside_the_output_folder(klass, tmp_path, capsys):
    (klass / "..evil.md").write_text(RIGHT)  # a hidden name: not a submission
    (klass / "m\u00e9l <script>.md").write_text(WRONG)
    out = tmp_path / "out"
    assert main(["grade", str(klass), "--problem", "seed000_regression", "--notation", "seed000",
                 "--format", "gradescope", "--out", str(out)]) == 0
    results = json.loads((out / "ada" / "results.json").read_text())
    assert results["score"] == 2 and [test["status"] for test in results["tests"]] == ["passed", "passed"]
    assert sorted(path.name for path in out.iterdir()) == ["ada", "ben", "cleo", "dan", "eve", "fay",
                                                            "m\u00e9l__script_"]
    pages = tmp_path / "pages"
    assert main(["grade", str(klass / "ben.md"), str(klass / "m\u00e9l <script>.md"), "--problem",
                 "seed000_regression", "--notation", "seed000", "--format", "html", "--out", str(pages)]) == 0
    page = (pages / "ben.html").read_text()
    assert "<script" not in page.lower() and "<math" in page and "wrong" in page
    assert "in your notation" in page  # the true derivative, written in the submission's symbols
    assert "<script" not in (pages / "m\u00e9l__script_.html").read_text().lower()


def test_each_student_is_judged_against_their_own_variant(tmp_path, capsys):
    variants = tmp_path / "variants"
    students = tmp_path / "students.txt"
    students.write_text("ada\nben\n")
    assert main(["variants", "seed004_sparse_sigmoid", "--count", "2", "--seed", "5", "--students", str(students),
                 "--out", str(variants)]) == 0
    from backprop.problem import load_problem

    values = []
    for number in (1, 2):
        trace = load_problem(variants / f"variant-0{number}.toml").explain()
        values.append(trace.steps[0].layers[0].a[0, 0])
    assert abs(values[0] - values[1]) > 1e-3
    folder = tmp_path / "class"
    folder.mkdir()
    # both write variant 1's value of the first hidden unit's output: right for ada, wrong for ben
    for name in ("ada", "ben"):
        (folder / f"{name}.md").write_text(f"$$a^{{(1)}}_0 = {values[0]:.4f}$$\n")
    result = grade_json(capsys, str(folder), "--roster", str(variants / "roster.csv"))
    verdicts = {Path(s["file"]).stem: [c["verdict"] for c in s["claims"]] for s in result["submissions"]}
    assert verdicts == {"ada": ["correct"], "ben": ["wrong"]}
    problems = {Path(s["file"]).stem: s["claims"][0]["problem"] for s in result["submissions"]}
    assert problems == {"ada": "variant-01.toml", "ben": "variant-02.toml"}


@pytest.mark.parametrize("arguments, words", [
    (["--problem", "nope.toml"], "nope.toml"),
    ([], "no problem file"),
    (["--problem", "seed000_regression", "--problem", "seed000_classification"], "without a section"),
    (["--problem", "seed000_regression", "--notation", "nope"], "--notation nope"),
    (["--problem", "seed000_regression", "--format", "html"], "--out"),
    (["--problem", "seed000_regression", "--time-limit", "0"], "--time-limit"),
    # -o names the one file of text, json and csv; --out the folder of html and gradescope
    (["--problem", "seed000_regression", "--format", "html", "-o", "pages"], "-o/--output pages names the one file"),
    (["--problem", "seed000_regression", "--out", "pages"], "give it with -o FILE"),
])
def test_a_bad_request_is_one_line_exit_2(tmp_path, capsys, arguments, words):
    submission = tmp_path / "a.md"
    submission.write_text(RIGHT)
    capsys.readouterr()
    assert main(["grade", str(submission), *arguments]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err


@pytest.mark.parametrize("name, words", [
    ("missing.md", "missing.md: no such file or folder"),   # a typo: nothing is graded
    ("empty", "empty: no submission in this folder"),
])
def test_a_submission_path_that_is_nothing_is_one_line_exit_2(tmp_path, capsys, name, words):
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    capsys.readouterr()
    assert main(["grade", str(tmp_path / name), "--problem", "seed000_regression"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err


@pytest.mark.parametrize("form", ["html", "gradescope"])
def test_an_output_folder_that_cannot_be_one_is_one_line_exit_2(tmp_path, capsys, form):
    submission, taken = tmp_path / "a.md", tmp_path / "taken"
    submission.write_text(RIGHT)
    taken.write_text("a file where the folder should go")
    for out, words in ((taken, "taken: --out: cannot write (it is a file, not a folder)"),
                       (taken / "pages", "--out: cannot write (not a directory)")):
        capsys.readouterr()
        assert main(["grade", str(submission), "--problem", "seed000_regression", "--notation", "seed000",
                     "--format", form, "--out", str(out), "--workers", "1"]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err, err
    assert taken.read_text() == "a file where the folder should go"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.md", "taken"]


# -- the feedback page in a browser ----------------------------------------------------------------

from html_browser import Opened, chromium  # noqa: E402,F401  (chromium: the fixture)

CLASS = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples" / "class"


def test_feedback_pages_in_chromium(chromium, tmp_path):  # noqa: F811
    out = tmp_path / "pages"
    assert main(["grade", str(CLASS), "--problem", "seed000_regression", "--notation", "seed000",
                 "--format", "html", "--out", str(out), "--workers", "1"]) == 0
    page = out / "ben.html"
    with Opened(chromium, page, javascript=False) as opened:
        assert opened.errors == []
        assert opened.requests == [page.resolve().as_uri()]  # self-contained: nothing else is fetched
        claims = opened.page.locator("div.claim")
        assert claims.count() == 3
        assert [claims.nth(i).get_attribute("class") for i in range(3)] == ["claim wrong", "claim wrong",
                                                                             "claim correct"]
        # MathML is drawn: a fraction of the first claim has a real height on the page
        height = opened.page.evaluate("() => document.querySelector('div.claim mfrac').getBoundingClientRect().height")
        assert height > 10
        assert "missing factor 2" in claims.nth(0).inner_text()
        assert "in your notation" in claims.nth(0).inner_text()
        opened.page.screenshot(path=str(tmp_path / "ben.png"), full_page=True)
    assert (tmp_path / "ben.png").stat().st_size > 10_000


GARBAGE = [b"%PDF-1.7 binary", "$$\\frac{{{{ = $$".encode(), "caf\xe9 $a=b$".encode("latin-1"),
           ("$$a_{10}^1 = " + "(" * 500 + "$$").encode(), ("$$\\sum_{k=0}^{10^{9}} k = 9^{9^{9}}$$").encode(),
           b"\x00\x01\x02"]


def test_a_generated_class_of_thirty_right_wrong_and_garbage_submissions(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    expected = {}
    for number in range(30):
        name = f"s{number:02d}"
        kind = number % 3
        if kind == 0:
            (folder / f"{name}.md").write_text(RIGHT)
            expected[name] = ["correct", "correct"]
        elif kind == 1:
            (folder / f"{name}.md").write_text(WRONG)
            expected[name] = ["wrong", "wrong"]
        else:
            (folder / f"{name}.md").write_bytes(GARBAGE[number % len(GARBAGE)])
            expected[name] = None
    book = tmp_path / "book.csv"
    assert main(["grade", str(folder), "--problem", "seed000_regression", "--notation", "seed000", "--format",
                 "csv", "-o", str(book), "--workers", "2"]) == 0
    rows = list(csv.DictReader(io.StringIO(book.read_text())))
    found = {}
    for row in rows:
        found.setdefault(Path(row["file"]).stem, []).append(row["verdict"])
    assert set(found) == set(expected)
    for name, verdicts in expected.items():
        if verdicts is None:  # garbage: one line saying why, never correct
            assert found[name] and "correct" not in found[name] and set(found[name]) <= {"unreadable", "wrong"}
        else:
            assert found[name] == verdicts, name


# -- numbers about one sample ---------------------------------------------------------------------

# The softmax classifier's samples (seed004_softmax_classifier): 1 is a cat, 3 a dog, so Y is [1, 0, 0, 0]
# for sample 1 and [0, 1, 0, 0] for sample 3.
SAMPLES = r"""# Question 1

$$x_1 = \begin{bmatrix} 1.52 \\ 2.63 \\ 5.37 \\ 4.94 \end{bmatrix}$$

$$Y = \begin{bmatrix} 1 \\ 0 \\ 0 \\ 0 \end{bmatrix}$$

$$x_3 = \begin{bmatrix} 3.22 \\ 4.63 \\ 3.55 \\ 5.41 \end{bmatrix}$$

$$Y = \begin{bmatrix} 0 \\ 1 \\ 0 \\ 0 \end{bmatrix}$$

$$Y = \begin{bmatrix} 1 \\ 0 \\ 0 \\ 0 \end{bmatrix}$$

$$x^T = \begin{bmatrix} 3.22 & 4.63 & 3.55 & 5.41 \end{bmatrix}$$

$$x_9 = \begin{bmatrix} 3.21 \\ 4.63 \\ 3.55 \\ 5.41 \end{bmatrix}$$

$$x^T = \begin{bmatrix} 1.52 & 2.63 & 5.37 & 4.94 \end{bmatrix}$$
"""


def test_values_are_about_the_sample_whose_input_the_document_wrote_last(tmp_path, capsys):
    submission = tmp_path / "student.md"
    submission.write_text(SAMPLES, encoding="utf-8")
    graded = grade_json(capsys, str(submission), "--problem", "seed004_softmax_classifier", "--notation", "seed004")
    verdicts = [(claim["line"], claim["verdict"]) for claim in graded["submissions"][0]["claims"]]
    # Sample 3's one-hot Y is right there and sample 1's is wrong there; x_9 (3.21 for 3.22) is no
    # sample's input, so the document stays at sample 3 and sample 1's x^T is wrong
    assert verdicts == [(5, "correct"), (9, "correct"), (11, "wrong"), (13, "correct"), (17, "wrong")]
    # restating a sample's input is not a claim (x_9, whose x_{n} names no input of 4, is not either)
    assert graded["submissions"][0]["not_claims"] == 3


def test_whole_numbers_are_right_rounded_and_a_one_hot_row_is_not_another(tmp_path, capsys):
    # P_cat of sample 1 is 1 - 9.5e-14: the 1 written for it, and 1 - 1 = 0 for P - Y, are right
    # rounded to whole numbers; a 1 where Y has 0 is wrong (no unit either way for whole numbers)
    submission = tmp_path / "student.md"
    submission.write_text(r"""
$$P - Y = \begin{bmatrix} 1 \\ 1.57 \times 10^{-24} \\ 3.8 \times 10^{-26} \\ 9.56 \times 10^{-14} \end{bmatrix}
 - \begin{bmatrix} 1 \\ 0 \\ 0 \\ 0 \end{bmatrix} = \begin{bmatrix} 0 \\ 1.57 \times 10^{-24} \\ 3.8 \times 10^{-26} \\
 9.56 \times 10^{-14} \end{bmatrix}$$

$$P - Y = \begin{bmatrix} 0 \\ 1 \\ 0 \\ 0 \end{bmatrix}$$
""", encoding="utf-8")
    graded = grade_json(capsys, str(submission), "--problem", "seed004_softmax_classifier", "--notation", "seed004")
    claims = graded["submissions"][0]["claims"]
    assert [[step["verdict"] for step in claim["steps"]] for claim in claims] == [["correct", "correct"], ["wrong"]]


def test_a_claim_the_reader_fails_on_is_unreadable_and_the_rest_is_graded(tmp_path, capsys, monkeypatch):
    # a defect of the reader on one student's claim (batch 10 found two such crashes) must not stop the
    # class: the claim says so in one line, and the submission's other claims are judged
    original = judge_module.make_judge

    def failing_judge(*arguments, **keywords):
        judge = original(*arguments, **keywords)

        def judged(chain, result):
            if chain.text.startswith(r"a_{10}^1"):
                raise ZeroDivisionError("a defect")
            return judge(chain, result)
        judged.prepare = getattr(judge, "prepare", None)
        return judged
    monkeypatch.setattr("backprop.commands.grade.make_judge", failing_judge)
    (tmp_path / "ada.md").write_text(RIGHT)
    report = grade_json(capsys, str(tmp_path / "ada.md"), "--problem", "seed000_regression", "--notation", "seed000")
    claims = report["submissions"][0]["claims"]
    assert [claim["verdict"] for claim in claims] == ["correct", "unreadable"]
    assert "backprop failed on this claim (ZeroDivisionError: a defect)" in claims[1]["detail"]


def test_a_submission_without_mathematics_says_so_and_one_with_it_does_not(tmp_path, capsys):
    plain = tmp_path / "plain.txt"
    plain.write_text("a_{10}^1 = a_{10}^1 + alpha * 2(y - O_0^2) O_1^1\n")
    marked = tmp_path / "marked.md"
    marked.write_text(RIGHT)
    book = grade_json(capsys, str(plain), str(marked), "--problem", "seed000_regression", "--notation", "seed000")
    entries = {Path(entry["file"]).stem: entry for entry in book["submissions"]}
    assert entries["plain"]["claims"] == []
    assert any(note.startswith("no mathematics found: formulas are read between $...$")
               for note in entries["plain"]["notes"])
    assert [claim["verdict"] for claim in entries["marked"]["claims"]] == ["correct", "correct"]
    assert not any("no mathematics" in note for note in entries["marked"].get("notes", []))


def test_the_class_summarys_most_common_wrong_form_is_counted_once_and_written_in_the_class_notation(tmp_path,
                                                                                                   capsys):
    """Two students leave out the squared error's factor 2 (dL/dW2[0,0] = -2(y - a2) a1[0] at the network: the half),
    writing the factors in another order; a third is right. The summary counts the two as one form and writes it
    in seed 000's notation (O_1^1 for a1[0], O_0^2 for a2[0], l_0 the notation's own name of the target), not in
    symbols.md's names."""
    wrong_first = r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -(y - O_0^2) \cdot O_1^1$$" + "\n"
    wrong_second = r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = O_1^1 (O_0^2 - y)$$" + "\n"
    right = r"$$\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2(y - O_0^2) O_1^1$$" + "\n"
    for name, text in (("ana", wrong_first), ("ben", wrong_second), ("cleo", right)):
        (tmp_path / f"{name}.md").write_text(text)
    capsys.readouterr()
    assert main(["grade", str(tmp_path), "--problem", "seed000_regression", "--notation", "seed000",
                 "--workers", "1"]) == 0
    summary = capsys.readouterr().out.split("per claim")[1]
    row = next(line for line in summary.splitlines() if "W2[0,0]" in line)
    assert " 1/3 " in row
    assert row.endswith(r"- (l_{0} - O_{0}^{2}) \cdot O_{1}^{1} (2)"), row
