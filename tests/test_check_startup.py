"""check's start-up choices that a test can hold without timing: the program's check runs without the cycle collector
(cli.main with no arguments, as the console script and ``python -m backprop.cli`` call it), with the same verdict and
output; main(argv) from Python leaves the collector as it is."""

from __future__ import annotations

import gc
import subprocess
import sys

from backprop.cli import main
from backprop.commands import NO_CYCLE_COLLECTOR

RIGHT = ["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "2*(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]
WRONG = ["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "(a2[0]-y[0])*W2[0,0]*a1[0]*(1-a1[0])*x[0]"]
# the program's main(), then whether the collector is on, on stderr
PROGRAM = ("import gc, sys; from backprop.cli import main; sys.argv = ['backprop', *sys.argv[1:]]; status = main();"
           " print(gc.isenabled(), file=sys.stderr); sys.exit(status)")


def test_the_programs_check_runs_without_the_cycle_collector(capsys):
    assert NO_CYCLE_COLLECTOR == {"check"}
    for arguments, status in ((RIGHT, 0), (WRONG, 1)):
        done = subprocess.run([sys.executable, "-c", PROGRAM, *arguments], capture_output=True, text=True)
        assert done.returncode == status and done.stderr.strip() == "False"
        assert main(arguments) == status and capsys.readouterr().out == done.stdout  # the same output
    done = subprocess.run([sys.executable, "-c", PROGRAM, "examples"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stderr.strip() == "True"


def test_main_from_python_leaves_the_collector_as_it_is(capsys):
    assert main(RIGHT) == 0 and gc.isenabled()
    gc.disable()
    try:
        assert main(RIGHT) == 0 and not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()
