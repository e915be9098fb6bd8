"""check's start-up choices that a test can hold without timing: the cycle collector off while a check runs, and back
as it was after (cli.main in a process that goes on), with the same verdict and output."""

from __future__ import annotations

import gc

import backprop.cli as cli
from backprop.cli import main
from backprop.commands import NO_CYCLE_COLLECTOR

RIGHT = ["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]
WRONG = ["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]


def test_a_check_runs_without_the_cycle_collector_and_gives_it_back(capsys, monkeypatch):
    seen = []
    real = cli._run
    monkeypatch.setattr(cli, "_run", lambda argv, chosen: (seen.append(gc.isenabled()), real(argv, chosen))[1])
    assert gc.isenabled()
    assert main(RIGHT) == 0 and main(WRONG) == 1
    assert seen == [False, False] and gc.isenabled()
    assert "correct" in capsys.readouterr().out


def test_the_collector_stays_off_when_the_caller_had_it_off(capsys):
    gc.disable()
    try:
        assert main(RIGHT) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()


def test_other_commands_keep_the_collector(capsys):
    assert NO_CYCLE_COLLECTOR == {"check"}
    assert main(["examples"]) == 0 and gc.isenabled()
    capsys.readouterr()
