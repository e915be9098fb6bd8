"""backprop grade on whole documents: the seed documents with their bundled notations, a class of
generated submissions (right, wrong and garbage), rosters of variants, and hostile submissions.

The verdicts are held to an oracle that shares nothing with backprop.symbolic: every claim of a
seed document that tests/seed_verbatim.py transcribes (copied from the seed, each member twinned by
hand and judged by PyTorch autograd in test_seed_verbatim.py) must get that verdict from grade.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest

from backprop.cli import main
from seed_verbatim import ENTRIES

SEEDS = Path(__file__).resolve().parent / "seeds"
EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
#: how each seed document is graded: its notation and (section, problem) pairs
SETUPS = {
    "000": ("seed000", ["Regression=seed000_regression", "Classification=seed000_classification"]),
    "004": ("seed004", ["seed004_softmax_classifier", "3.=seed004_sparse_sigmoid"]),
}


def grade_json(capsys, *arguments) -> dict:
    capsys.readouterr()
    status = main(["grade", *arguments, "--format", "json", "--workers", "1"])
    captured = capsys.readouterr()
    assert status == 0, captured.err
    return json.loads(captured.out)


@pytest.fixture(scope="module")
def graded_seeds(tmp_path_factory):
    """Each seed document graded once (through the CLI, in one process), by seed."""
    found = {}
    for seed, (notation, problems) in SETUPS.items():
        out = tmp_path_factory.mktemp(f"seed{seed}") / "graded.json"
        arguments = ["grade", str(SEEDS / f"seed{seed}.md"), "--notation", notation, "--format", "json",
                     "--workers", "1", "-o", str(out)]
        for problem in problems:
            arguments += ["--problem", problem]
        assert main(arguments) == 0
        found[seed] = json.loads(out.read_text())["submissions"][0]
    return found


def _oracle_entries(seed: str):
    """Entries of seed_verbatim graded as they stand in the document (no --param or --when)."""
    return [entry for entry in ENTRIES if entry.seed == seed and not entry.param and not entry.when
            and not entry.unreadable and entry.expected]


def _plain(latex: str) -> str:
    """LaTeX without layout (dollars, alignment, line breaks, spacing, \\left/\\right), to compare texts."""
    latex = re.sub(r"\\(begin|end)\{(aligned|split|align\*?)\}|\\left|\\right|\\quad|\\[,;!]|[$&\s]", "", latex)
    return latex.replace("\\\\", "")


@pytest.mark.parametrize("seed", sorted(SETUPS))
def test_every_transcribed_claim_of_a_seed_gets_the_oracle_verdict(graded_seeds, seed):
    claims = graded_seeds[seed]["claims"]
    matched = 0
    for entry in _oracle_entries(seed):
        # an entry that is the whole of a chain of the document (some entries are parts of chains,
        # or a chain read with --when: those have no claim of their own in a graded document)
        found = [claim for claim in claims if _plain(claim["text"]) == _plain(entry.text)]
        if not found:
            continue
        expected = ["wrong" if "wrong" in members else "correct" for members in entry.expected]
        verdicts = [claim["verdict"] for claim in found]
        assert sorted(set(verdicts)) == sorted(set(expected)), (entry.key, expected, verdicts)
        matched += 1
    assert matched >= {"000": 9, "004": 5}[seed], matched


@pytest.mark.parametrize("seed", sorted(SETUPS))
def test_every_derivative_and_update_rule_of_a_seed_is_a_claim(graded_seeds, seed):
    from backprop.grading.document import equations, read_submission
    from backprop.grading.judge import _CLAIM_SHAPE

    chains = equations(read_submission(SEEDS / f"seed{seed}.md")).chains
    rules = {chain.line for chain in chains if _CLAIM_SHAPE.search(chain.members[0])
             or chain.relations[0] in (":=", r"\leftarrow")}
    claimed = {claim["line"] for claim in graded_seeds[seed]["claims"]}
    assert rules and rules <= claimed
    summary = graded_seeds[seed]["summary"]
    assert summary["correct"] > 0 and summary["wrong"] > 0  # the seeds are right and wrong in places


def test_seed_004_numbers_are_judged_to_their_written_precision(graded_seeds):
    # "P_dog ... \approx 1.38 \times 10^{-24}" is the true value rounded to the digits written
    claims = [claim for claim in graded_seeds["004"]["claims"] if claim["kind"] == "value"]
    assert claims, "seed 004 states values (z, P, gradients) worked with numbers"
    assert {claim["verdict"] for claim in claims} >= {"correct", "wrong"}


# -- a class --------------------------------------------------------------------------------------

RIGHT = r"""# Homework

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -2(y - O_0^2)$$

$$a_{10}^1 = a_{10}^1 + \alpha \cdot 2(y - O_0^2) O_1^1$$
"""
WRONG = r"""# Homework

$$\frac{\partial SEE(y, O_0^2)}{\partial a_{00}^1} = -(y - O_0^2)$$

$$a_{10}^1 = a_{10}^1 - \alpha \cdot 2(y - O_0^2) O_1^1$$
"""


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
    assert [r["verdict"] for r in by_file["cleo"]] == ["unreadable"]
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
