"""backprop grade --scheduler: a class graded on a real Dask cluster (a scheduler and two worker
processes on 127.0.0.1, started and closed by the test) gives what grading here gives. Submissions
and problem files travel as their contents: the workers open no file of the class."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from backprop.cli import main  # noqa: E402

SEEDS = Path(__file__).resolve().parent / "seeds"
RIGHT = "$$\\frac{\\partial SEE(y, O_0^2)}{\\partial a_{00}^1} = -2(y - O_0^2)$$\n"
WRONG = "$$\\frac{\\partial SEE(y, O_0^2)}{\\partial a_{00}^1} = -(y - O_0^2)$$\n"


def test_a_class_graded_on_a_dask_cluster_equals_the_class_graded_here(tmp_path, capsys):
    folder = tmp_path / "class"
    folder.mkdir()
    (folder / "ada.md").write_text(RIGHT)
    (folder / "ben.md").write_text(WRONG)
    (folder / "dan.md").write_bytes(b"%PDF-1.4 not text")
    shutil.copy(SEEDS / "seed003.md", folder / "cleo.md")
    common = [str(folder), "--problem", "seed000_regression", "--notation", "seed000", "--format", "json"]
    capsys.readouterr()
    assert main(["grade", *common, "--workers", "1"]) == 0
    here = json.loads(capsys.readouterr().out)
    cluster = distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                                       dashboard_address=None)
    try:
        assert main(["grade", *common, "--scheduler", cluster.scheduler_address]) == 0
        there = json.loads(capsys.readouterr().out)
        with distributed.Client(cluster) as client:
            ran = client.run(lambda dask_worker: dask_worker.state.executed_count)
    finally:
        cluster.close()
    assert sum(ran.values()) >= 3  # the three text submissions went to the workers
    assert there == here
    verdicts = {Path(s["file"]).stem: [c["verdict"] for c in s["claims"]] for s in here["submissions"]}
    assert verdicts["ada"] == ["correct"] and verdicts["ben"] == ["wrong"] and verdicts["dan"] == []


def test_an_unreachable_scheduler_is_one_line(tmp_path, capsys):
    submission = tmp_path / "a.md"
    submission.write_text(RIGHT)
    capsys.readouterr()
    assert main(["grade", str(submission), "--problem", "seed000_regression", "--scheduler",
                 "tcp://127.0.0.1:9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--scheduler" in err and "127.0.0.1:9" in err
