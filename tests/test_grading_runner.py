"""Grading a class: parallel workers, a time limit per claim, a memory cap per worker, a dead
worker costing only its own submission, and the gradebook forms (JSON, CSV, Gradescope, text).

The judge here is a stand-in with known answers (a claim ``name = number`` is right when the number
is 1), so that these tests are about the runner; the real judge is tested in test_grade*.py.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import signal

import pytest

from backprop.grading.results import Claim, Step, SubmissionResult, to_csv, to_gradescope, to_json, to_text
from backprop.grading import runner
from backprop.grading.runner import full_collections_held, grade_all, submissions_in


def judge(chain, submission):
    left, right = chain.members[0], chain.members[-1]
    if left == "slow":  # keeps the CPU busy, as a formula built to keep SymPy busy does
        while True:
            pass
    if left == "bomb":
        hog = bytearray(8 << 30)  # beyond the worker's memory cap: MemoryError
        return hog
    if left == "crash":
        os.kill(os.getpid(), signal.SIGKILL)
    verdict = "correct" if right == "1" else "wrong"
    return Claim(chain.line, "value", left, chain.text, verdict, [Step(m, verdict) for m in chain.members[1:]],
                 detail="" if verdict == "correct" else f"the value is 1, not {right}", problem="p.toml",
                 form=right)


def make_judge():
    return judge


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "ada.md").write_text("Intro\n\n$a = 1$ and $b = 1$\n")
    (tmp_path / "ben.md").write_text("$a = 2$\n\n$$b = 1$$\n")
    (tmp_path / "cleo.tex").write_text("\\[ a = 2 \\]\n\\[ slow = 1 \\]\n\\[ b = 1 \\]\n")
    (tmp_path / "dan.md").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "eve.txt").write_text("$$ crash = 1 $$\n")
    (tmp_path / "fay.md").write_text("$$ bomb = 1 $$\n$$ a = 1 $$\n")
    (tmp_path / "notes.pdf").write_text("not a submission: wrong extension")
    return tmp_path


def test_a_class_is_graded_in_parallel_and_one_bad_submission_never_stops_the_rest(folder):
    paths = submissions_in([str(folder)])
    assert [path.name for path in paths] == ["ada.md", "ben.md", "cleo.tex", "dan.md", "eve.txt", "fay.md"]
    seen = []
    results = grade_all(paths, make_judge, workers=2, on_done=seen.append, seconds=1.0)
    assert len(seen) == 6 and [r.student for r in results] == ["ada", "ben", "cleo", "dan", "eve", "fay"]
    ada, ben, cleo, dan, eve, fay = results
    assert [(c.line, c.parameter, c.verdict) for c in ada.claims] == [(3, "a", "correct"), (3, "b", "correct")]
    assert [(c.line, c.verdict) for c in ben.claims] == [(1, "wrong"), (3, "correct")]
    assert [c.verdict for c in cleo.claims] == ["wrong", "unreadable", "correct"]
    assert cleo.claims[1].detail == "unreadable: took too long (more than 1 s of CPU time to judge)"
    assert "is a PDF file, not text" in dan.error and dan.claims == []
    assert "the grader stopped while reading this submission" in eve.error
    assert [c.verdict for c in fay.claims] == ["unreadable", "correct"]
    assert "more memory" in fay.claims[0].detail


def test_grading_in_one_process_gives_the_same_results(folder):
    paths = [path for path in submissions_in([str(folder)]) if path.stem not in ("eve", "fay")]
    assert to_json(grade_all(paths, make_judge, workers=1, seconds=1.0)) == \
        to_json(grade_all(paths, make_judge, workers=2, seconds=1.0))


def results():
    return [SubmissionResult("ada.md", "ada", [Claim(3, "gradient", "W2[0,1]", "dE/dw = (a-y) h", "correct",
                                                       [Step("(a-y) h", "correct")], problem="net.toml")]),
            SubmissionResult("ben.md", "ben", [Claim(7, "gradient", "W2[0,1]", "dE/dw = 2 (a-y) h", "wrong",
                                                       [Step("2 (a-y) h", "wrong")], "hint: a factor 2",
                                                       "net.toml", form="2*(a-y)*h")]),
            SubmissionResult("dan.md", "dan", error="dan.md: is a PDF file, not text; submit text")]


def test_json_has_the_shape_of_the_spec():
    document = json.loads(to_json(results()))
    first = document["submissions"][0]
    assert first["file"] == "ada.md" and first["summary"] == {"correct": 1, "wrong": 0, "unreadable": 0}
    assert first["claims"][0] == {"line": 3, "kind": "gradient", "parameter": "W2[0,1]", "text": "dE/dw = (a-y) h",
                                  "verdict": "correct", "steps": [{"text": "(a-y) h", "verdict": "correct"}],
                                  "detail": "", "problem": "net.toml"}
    assert document["submissions"][2]["error"].startswith("dan.md: is a PDF")


def test_csv_is_a_gradebook_row_per_claim():
    rows = list(csv.reader(io.StringIO(to_csv(results()))))
    assert rows == [["file", "line", "kind", "parameter", "verdict", "detail"],
                    ["ada.md", "3", "gradient", "W2[0,1]", "correct", ""],
                    ["ben.md", "7", "gradient", "W2[0,1]", "wrong", "hint: a factor 2"],
                    ["dan.md", "", "", "", "unreadable", "dan.md: is a PDF file, not text; submit text"]]


def test_gradescope_gets_a_test_per_claim():
    document = json.loads(to_gradescope(results()[1]))
    assert document["score"] == 0
    assert document["tests"] == [{"name": "line 7: gradient W2[0,1]", "score": 0, "max_score": 1, "status": "failed",
                                  "output": "wrong: dE/dw = 2 (a-y) h\nhint: a factor 2"}]


def test_the_text_report_ends_with_the_class_summary():
    text = to_text(results())
    assert "ben.md: 0 correct, 1 wrong, 0 unreadable" in text
    assert "dan.md: could not be graded: dan.md: is a PDF file" in text
    summary = text[text.index("per student"):]
    assert "ada" in summary and "1/1" in summary
    assert "gradient W2[0,1]" in summary and "1/2" in summary and "2*(a-y)*h (1)" in summary


def test_a_submissions_claims_run_without_full_collections_and_one_is_done_after():
    """Automatic full garbage collections are held off while a submission's claims are judged (each
    traversed a worker's caches, 0.7 s charged to some claim), young ones run, and the full one that
    fell due is done after; the thresholds are Python's again."""
    seen = []

    def record(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    before = gc.get_threshold()
    gc.collect()
    gc.callbacks.append(record)
    try:
        with full_collections_held():
            assert gc.get_threshold()[:2] == before[:2] and gc.get_threshold()[2] > 10**6
            kept = []
            for number in range(300_000):  # cycles, half of them kept: young collections move them on
                cycle = [number]
                cycle.append(cycle)
                if number % 2:
                    kept.append(cycle)
            inside = list(seen)
        after = seen[len(inside):]
    finally:
        gc.callbacks.remove(record)
    assert gc.get_threshold() == before
    assert 0 in inside and 1 in inside and 2 not in inside
    assert after == [2]
    del kept


def test_a_submissions_claims_share_a_budget_and_the_rest_are_reported(tmp_path, monkeypatch):
    """The fake CPU clock moves 1 s each time it is read (at the start and before each claim); with a budget of 3 s
    the first two claims are judged and the note names the line of the third and how many were left, so a file of
    thousands of claims cannot run for hours."""
    ticks = iter(range(1000))
    monkeypatch.setattr(runner, "_cpu_clock", lambda: float(next(ticks)))
    monkeypatch.setitem(runner.LIMITS, "submission_seconds", 3.0)
    (tmp_path / "gus.md").write_text("$a = 1$\n\n$b = 2$\n\n$c = 1$\n\n$d = 1$\n")
    gus, = grade_all(submissions_in([str(tmp_path)]), make_judge, workers=1, seconds=1.0)
    assert [(c.parameter, c.verdict) for c in gus.claims] == [("a", "correct"), ("b", "wrong")]
    assert gus.notes == ["line 5: this claim and the 1 after it were not judged: the submission's claims used their"
                         " 3 s of CPU time (a submission's limit, docs/limits.md); split the submission or grade"
                         " fewer claims"]
