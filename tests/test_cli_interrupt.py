"""Ctrl-C while ``backprop`` starts: one line ("interrupted") and exit status 130, no traceback.

The command line can only catch what happens inside cli.main; so nothing heavy may be imported
before it (the package's names are loaded lazily), and the command's own imports happen inside it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from backprop import cli

SOURCE = Path(__file__).resolve().parent.parent / "src"


def test_importing_the_command_line_imports_no_numpy():
    code = "import sys, backprop.cli; print(sorted(m for m in sys.modules if m.startswith('numpy')))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "PYTHONPATH": str(SOURCE)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize("command, one_thread", [
    (["check", "seed000_regression", "--param", "W1[0,0]", "--formula", "1"], True),
    (["explain", "seed000_regression"], True),
    (["examples"], True),
    (["train", "--help"], False),
])
def test_the_commands_of_small_arrays_start_numpy_with_one_blas_thread(command, one_thread):
    # OpenBLAS's thread pool was a tenth of a check's start-up; training keeps every core's threads.
    # The environment variable is what OpenBLAS reads as NumPy loads it: asserted on it, since the
    # pool's size is also 1 on a machine of one core.
    code = ("import contextlib, io, os, sys; from backprop import cli\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try: cli.main(sys.argv[1:])\n"
            "    except SystemExit: pass\n"
            "print(os.environ.get('OPENBLAS_NUM_THREADS'))")
    environment = {name: value for name, value in os.environ.items() if name != "OPENBLAS_NUM_THREADS"}
    done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, timeout=120,
                          env={**environment, "PYTHONPATH": str(SOURCE)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == ("1" if one_thread else "None")
    # a user's own setting is kept
    done = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True, timeout=120,
                          env={**environment, "PYTHONPATH": str(SOURCE), "OPENBLAS_NUM_THREADS": "2"})
    assert done.stdout.splitlines()[-1] == "2"


def test_the_package_names_still_load(tmp_path):
    import backprop

    # the package's load_problem gives the Problem whose solution shows itself in a notebook
    assert backprop.load_problem.__module__ == "backprop.notebook.problems"
    assert backprop.Problem.__module__ == "backprop.problem"
    assert backprop.Network.__module__ == "backprop.network"
    assert set(backprop.__all__) <= set(dir(backprop))
    with pytest.raises(AttributeError):
        backprop.no_such_name  # noqa: B018


def test_an_interrupt_while_the_command_is_imported_is_one_line(capsys, monkeypatch):
    from backprop import commands

    def interrupted(name, package=None):
        raise KeyboardInterrupt

    monkeypatch.setattr(commands, "import_module", interrupted)
    status = cli.main(["train", "--epochs", "1"])
    captured = capsys.readouterr()
    assert status == 130 and captured.out == "" and captured.err == "interrupted\n"


def _maps(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return ""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc/<pid>/maps")
def test_sigint_while_numpy_loads_is_one_line(tmp_path):
    """A real SIGINT, sent the moment the process has mapped numpy's core library: it lands in
    the start-up's imports (before this fix: in the package's eager `import numpy`, a traceback)."""
    for attempt in range(3):
        process = subprocess.Popen(
            [sys.executable, "-m", "backprop.cli", "train", "--epochs", "1", "--out", str(tmp_path / "run")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path,
            env={**os.environ, "PYTHONPATH": str(SOURCE)},
            # Python's own SIGINT handler, even where the test runner ignores SIGINT (a background job)
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 60
        while "_multiarray_umath" not in _maps(process.pid) and process.poll() is None:
            assert time.monotonic() < deadline, "numpy was never loaded"
            time.sleep(0.0005)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=120)
        if process.returncode == 0:  # it finished before the signal came: try again
            continue
        assert "Traceback" not in err, err
        assert err == "interrupted\n" and process.returncode == 130, (process.returncode, err)
        assert not (tmp_path / "run").exists()
        return
    pytest.fail("the run finished before every SIGINT")
