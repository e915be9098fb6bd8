"""Which engine trains (steps.KERNELS, BACKPROP_KERNELS): a wrong choice named in one line, the C
kernels where they can be had, the NumPy engine without them; and no training run imports numba
(backprop has no numba kernels: importing it would add some 60 MiB to a run for nothing)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from backprop import fused, steps
from backprop.errors import UsageError
from backprop.problem import parse_problem
from kernel_runs import HAVE_C, SMALL, _bits, _data, _train, needs_c


@pytest.mark.parametrize("choice", ["fast", "numba"])
def test_a_wrong_choice_of_kernels_is_named(choice):
    """The value "numba" too: its kernels were removed (the C kernels are the same arithmetic)."""
    network = parse_problem(SMALL).build_network(np.float32)
    with pytest.raises(UsageError, match=f"^BACKPROP_KERNELS is '{choice}'; it takes one of auto, numpy, c$"):
        steps.kernels_for(network, np.zeros((2, 6), np.float32), np.zeros(2, int), choice)


@pytest.fixture
def without_a_compiler(monkeypatch):
    """No C compiler on the machine (and the kernels loaded so far forgotten)."""
    monkeypatch.setattr(fused.cstep, "compiler", lambda: None)
    monkeypatch.setattr(fused, "_LOADED", None)


def test_without_a_compiler_training_runs_the_numpy_engine(without_a_compiler):
    network = parse_problem(SMALL).build_network(np.float32)
    network.reserve(16)
    x, labels = _data(SMALL, 60, np.float32)
    assert steps.load_kernels("auto") is None
    assert steps.kernels_for(network, x, labels) is None
    with pytest.raises(UsageError, match=r"^BACKPROP_KERNELS is 'c' but its kernels cannot be had: no C compiler"
                                         r" \(cc, gcc or clang\) was found; install a C compiler \(cc\), or unset"):
        steps.kernels_for(network, x, labels, "c")
    assert steps.compile_notice() is None
    trained, _ = _train("auto", SMALL, np.float32, threads=2)
    reference, _ = _train("numpy", SMALL, np.float32, threads=2)
    assert _bits(trained) == _bits(reference)


@pytest.mark.parametrize("choice", ["auto", pytest.param("c", marks=needs_c), "numpy"])
def test_a_training_run_never_imports_numba(choice, tmp_path):
    """Importing backprop, its commands and training, and ``backprop train`` itself, on either
    engine, leaves numba unimported, installed or not (it is installed in the test environment of
    other projects: an import would add half a second and some 60 MiB to the run)."""
    code = ("import sys; import backprop.cli, backprop.training, backprop.problem, backprop.fused\n"
            "assert 'numba' not in sys.modules, 'imported before training'\n"
            "status = backprop.cli.main(['train', '--epochs', '1', '--max-steps', '2', '--out', sys.argv[1]])\n"
            "from backprop import steps\n"
            "print(status, steps.load_kernels() is not None, 'numba' in sys.modules, 'llvmlite' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "run")], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "BACKPROP_KERNELS": choice})
    assert done.returncode == 0, done.stderr
    on_kernels = choice == "c" or (choice == "auto" and HAVE_C)
    assert done.stdout.split()[-4:] == ["0", str(on_kernels), "False", "False"]


@pytest.mark.parametrize("choice", ["fast", "numba", "c"])
def test_train_with_kernels_it_cannot_have_says_so_in_one_line_and_writes_nothing(choice, monkeypatch, tmp_path,
                                                                                    capsys):
    """BACKPROP_KERNELS=fast or numba (no such choice: it names the valid ones), or c for a network
    the kernels do not cover (the mnist-literal preset's shared biases; or where they cannot be
    had): exit status 2, one line, no folder left."""
    from backprop import cli

    monkeypatch.setattr(steps, "KERNELS", choice)
    out = tmp_path / "run"
    preset = ["--preset", "mnist-literal"] if choice == "c" else []
    status = cli.main(["train", *preset, "--epochs", "1", "--max-steps", "1", "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 2 and captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"error: BACKPROP_KERNELS is '{choice}'")
    if choice != "c":
        assert captured.err == f"error: BACKPROP_KERNELS is '{choice}'; it takes one of auto, numpy, c\n"
    assert not out.exists() or not any(out.iterdir())


@needs_c
def test_auto_trains_on_the_c_kernels_where_they_can_be_had():
    network = parse_problem(SMALL).build_network(np.float32)
    network.reserve(16)
    x, labels = _data(SMALL, 60, np.float32)
    assert steps.load_kernels("auto").name == steps.load_kernels("c").name == "c"
    assert steps.kernels_for(network, x, labels).name == "c"
    trained, _ = _train("auto", SMALL, np.float32, threads=2)
    reference, _ = _train("c", SMALL, np.float32, threads=2)
    assert _bits(trained) == _bits(reference)
