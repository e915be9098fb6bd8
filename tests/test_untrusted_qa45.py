"""Untrusted input (qa45): grade on hostile submissions made of the constructs of sessions 34-35.

tests/hostile_submissions.py writes submissions of glued names, losses with arguments, conditional returns, long rows,
callbacks, nested brackets, runs of TeX spaces and dashes and Unicode look-alikes, made hostile at random (a fixed
seed). Graded, each ends graded or as its own one-line problem, and nothing is written outside the output folder.
Fuzzing found two defects, fixed here:

- A row of more claims than limits.LIMITS["row_claims"] raised its refusal out of the document's scan, and grade
  stopped the whole class with it ("error: formula ...: holds more than 100 claims in one row"): now that piece of
  mathematics is the submission's problem, and the rest of it and the class are graded.
- formula_remarks' remarks closing a line (``... (two words)``, ``...: words``, ``..., (2 \\times 2 matrix)``, a range
  ``\\in (0, 1)``) found the formula's relation as the line's last one and then looked for its end after it, so a line
  of thousands of ``=`` was scanned once for each (quadratic, in C, which no time limit stops: 8,000 took 1.8 s, the
  formula limit's 20,000 about 11 s): the relation is now the line's first, taken at once (the same matches: the
  formula's end is where the remark begins). Each rewrite is compared with its old form on real, random and edited
  text (tests/pattern_rewrites.py), and run on long runs under a generous CPU-time limit. No test measures a time.
"""

from __future__ import annotations

import json
import re

import pytest

from backprop.cli import main
from backprop.limits import LIMITS, time_limit
from backprop.symbolic import formula_remarks
from hostile_submissions import PROBLEM, submissions
from pattern_rewrites import result, rewrite_tests

GENEROUS = 60  # seconds of CPU time

_FIRST_RELATION = {"[=<>]": ("^([^\\n=<>]*+[=<>]", "^([^\\n]*[=<>]"), "=": ("^([^\\n=]*+=", "^([^\\n]*=")}
_NAMES = {"remark": ("_REMARK", "[=<>]"), "colon": ("_COLON_REMARK", "[=<>]"),
          "connective": ("_CONNECTIVE_REMARK", "[=<>]"), "naming": ("_NAMING_REMARK", "[=<>]"),
          "defined": ("_DEFINED_IN_WORDS", "[=<>]"), "shape": ("_COMMA_SHAPE", "[=<>]"),
          "full width": ("_FULL_WIDTH_REMARK", "[=<>]"), "east asian": ("_EAST_ASIAN_REMARK", "[=<>]"),
          "prose script": ("_PROSE_SCRIPT_REMARK", "[=<>]"), "range": ("_RANGE_REMARK", "=")}
NEW = {name: getattr(formula_remarks, attribute).compiled() for name, (attribute, _) in _NAMES.items()}


def _old(name: str) -> re.Pattern:
    """The pattern as written before the rewrite: the formula's relation found as the line's last one."""
    new, old = _FIRST_RELATION[_NAMES[name][1]]
    assert NEW[name].pattern.startswith(new)
    return re.compile(old + NEW[name].pattern[len(new):], NEW[name].flags)


OLD = {name: _old(name) for name in NEW}
METHOD = {name: "sub" for name in NEW}
_LINES = ["a = b (like this one)", "z = w x + b (since b2 is shared)", "E = 1/2 (t - y)^2 (for each sample)",
          "f(x) = 1 (where 1(x>0) is the indicator function)", "u = W h (W = weights to the next, BEFORE update)",
          "z = W x, (W = 2 \\times 2 matrix)", "z=wTx+b: the weighted sum", "a = b = c (two words)",
          "x <= y (is it so)", "a = b （用MSE举例）", "a = b 这行有问题吧？", "w_new = 0.6 (ปรับเพิ่มขึ้น)",
          "\\sigma(x) = 1/(1+e^{-x}) \\in (0, 1)", "y = f(x), \\; H = (0,1)", "y = x \\quad y \\in [0, 1]",
          "a = b\na = c (two words)", "a = (b) (c d)", "no relation (two words)", "a = b, c = (0, 1) = d"]
REAL = {name: _LINES for name in NEW}
_PIECES = [" ", "\t", "=", "<", ">", "(", ")", "[", "]", ",", ":", ".", "a", "b", "is", "the", "where", "since",
           "matrix", "2", "x", "\\times", "\\in", "\\;", "\\quad", "~", "0", "1", "-", "\n", "用", "。", "ป", "→",
           "（", "）", "$$", "'", "}"]
ALPHABET = {name: _PIECES for name in NEW}

(test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples,
 test_the_rewrite_matches_what_the_old_pattern_did_on_short_strings_of_its_characters,
 test_the_rewrite_matches_what_the_old_pattern_did_on_real_examples_edited_at_random) = rewrite_tests(
    OLD, NEW, METHOD, REAL, ALPHABET, strings=(20261207, 3000, 14), edits=(45, 3000))


@pytest.mark.parametrize("name", sorted(NEW))
@pytest.mark.parametrize("run", ["=", "= ", "<", "=x", ": a", " (a b", "= (0, 1) ", ", ("])
def test_a_line_of_thousands_of_relations_is_scanned_in_linear_time(name, run):
    # before: the relation tried at each = of the line, the rest of the line scanned after each (8,000: 1.8 s)
    text = run * LIMITS["formula_characters"]
    with time_limit(GENEROUS):
        for sample in (text, "a = b" + text + "x", "a = b " + text + " (a b c)", text + "= (0, 1)"):
            result(NEW[name], "sub", sample)


# -- grade --------------------------------------------------------------------------------------------------------

def _grade(tmp_path, monkeypatch, capsys, texts: dict[str, str]) -> dict:
    """grade's JSON for the submissions ``texts`` (student -> text), its HTML pages in an output folder; asserts
    nothing is written outside that folder (the working directory is the class's folder)."""
    folder, out = tmp_path / "class", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    (tmp_path / "problem.toml").write_text(PROBLEM, encoding="utf-8")
    for student, text in texts.items():
        (folder / f"{student}.md").write_text(text, encoding="utf-8")
    monkeypatch.chdir(folder)
    def outside() -> list:
        return sorted(path for path in tmp_path.rglob("*") if path != out and out not in path.parents)
    before = outside()
    with time_limit(GENEROUS * max(1, len(texts))):
        assert main(["grade", str(folder), "--problem", str(tmp_path / "problem.toml"), "--format", "json",
                     "-o", str(out / "grades.json"), "--workers", "1"]) == 0
        assert main(["grade", str(folder), "--problem", str(tmp_path / "problem.toml"), "--format", "html",
                     "--out", str(out), "--workers", "1"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert outside() == before
    return json.loads((out / "grades.json").read_text(encoding="utf-8"))


def test_a_row_of_more_claims_than_the_limit_is_the_submissions_problem_and_the_class_is_graded(
        tmp_path, monkeypatch, capsys):
    """Before: grade stopped with the row's refusal as its one error line, no student graded."""
    row = ", ".join(["cost(A2, Y) = 0.5*(A2 - Y)**2"] * (LIMITS["row_claims"] + 50))
    graded = _grade(tmp_path, monkeypatch, capsys, {"ada": f"# Q\n\n$${row}$$\n\n$$dW2 = np.dot(dZ2, A1.T)$$\n",
                                                    "bo": "# Q\n\n$$dW2 = np.dot(dZ2, A1.T)$$\n"})
    by_student = {item["student"]: item for item in graded["submissions"]}
    assert [claim["verdict"] for claim in by_student["bo"]["claims"]] == ["correct"]
    assert [claim["verdict"] for claim in by_student["ada"]["claims"]] == ["correct"]
    notes = by_student["ada"]["notes"]
    assert any(f"holds more than {LIMITS['row_claims']} claims in one row" in note and "\n" not in note
               for note in notes)


def test_hostile_submissions_each_end_graded_or_as_their_own_one_line_problem(tmp_path, monkeypatch, capsys):
    made = dict(submissions(10, seed=45))
    graded = _grade(tmp_path, monkeypatch, capsys, made)
    assert sorted(item["student"] for item in graded["submissions"]) == sorted(made)
    for item in graded["submissions"]:
        # graded: its claims, its lines read as no claim, or its problems in notes or an error
        assert item["claims"] or item.get("not_claims") or item.get("notes") or item.get("error"), item["student"]
        for line in [item.get("error") or "", *item.get("notes", ()), *(claim.get("detail") or "" for claim in item["claims"])]:
            assert "\n" not in line.strip(), (item["student"], line[:200])
        assert all(claim["verdict"] in ("correct", "wrong", "unreadable") for claim in item["claims"])
