"""Which engine trains (steps.KERNELS, BACKPROP_KERNELS): a wrong choice named in one line, the
C kernels first, numba's next, the NumPy engine without either; numba imported only where its
kernels run (it alone adds some 60 MiB to a run)."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from backprop import fused, steps
from backprop.errors import UsageError
from backprop.problem import parse_problem
from kernel_runs import HAVE_C, HAVE_NUMBA, SMALL, _bits, _data, _train, needs_c


def test_a_wrong_choice_of_kernels_is_named():
    network = parse_problem(SMALL).build_network(np.float32)
    with pytest.raises(UsageError, match="BACKPROP_KERNELS is 'fast'; it takes one of auto, numpy, c, numba"):
        steps.kernels_for(network, np.zeros((2, 6), np.float32), np.zeros(2, int), "fast")


@pytest.fixture
def without_numba(monkeypatch):
    """numba made unimportable, and the kernels loaded so far forgotten, as in an install without
    the extra."""
    monkeypatch.setitem(sys.modules, "numba", None)
    for name in ("kernels", "native", "schedule"):
        monkeypatch.delitem(sys.modules, f"backprop.fused.{name}", raising=False)
        monkeypatch.delattr(fused, name, raising=False)
    monkeypatch.setattr(fused, "_LOADED", {})


@pytest.fixture
def without_a_compiler(monkeypatch):
    """No C compiler on the machine (and the kernels loaded so far forgotten)."""
    monkeypatch.setattr(fused.cstep, "compiler", lambda: None)
    monkeypatch.setattr(fused, "_LOADED", {})


def test_without_numba_or_a_compiler_training_runs_the_numpy_engine(without_numba, without_a_compiler):
    network = parse_problem(SMALL).build_network(np.float32)
    network.reserve(16)
    x, labels = _data(SMALL, 60, np.float32)
    assert steps.load_kernels("auto") is None
    assert steps.kernels_for(network, x, labels) is None
    with pytest.raises(UsageError, match=r"^BACKPROP_KERNELS is 'numba' but its kernels cannot be had: numba is"
                                         r" not installed; pip install 'backprop\[fast\]', or unset"):
        steps.kernels_for(network, x, labels, "numba")
    with pytest.raises(UsageError, match=r"^BACKPROP_KERNELS is 'c' but its kernels cannot be had: no C compiler"
                                         r" \(cc, gcc or clang\) was found; install a C compiler \(cc\), or unset"):
        steps.kernels_for(network, x, labels, "c")
    assert steps.compile_notice(network, x) is None
    trained, _ = _train("auto", SMALL, np.float32, threads=2)
    reference, _ = _train("numpy", SMALL, np.float32, threads=2)
    assert _bits(trained) == _bits(reference)


@needs_c
def test_without_numba_training_runs_the_c_kernels(without_numba):
    network = parse_problem(SMALL).build_network(np.float32)
    network.reserve(16)
    x, labels = _data(SMALL, 60, np.float32)
    assert steps.kernels_for(network, x, labels).name == "c"
    trained, _ = _train("auto", SMALL, np.float32, threads=2)
    reference, _ = _train("c", SMALL, np.float32, threads=2)
    assert _bits(trained) == _bits(reference)
    assert "numba" not in fused._LOADED  # auto never tried numba's kernels


@pytest.mark.parametrize("choice", ["auto", "numba"])
def test_only_training_on_numbas_kernels_imports_numba(choice):
    """Importing backprop, its commands and training does not import numba (half a second, 60
    MiB); a training run does only where it runs numba's kernels: with BACKPROP_KERNELS=numba where
    it is installed, never where the C kernels can be had and the choice is auto."""
    code = ("import sys, numpy as np; import backprop.cli, backprop.training, backprop.problem\n"
            "assert 'numba' not in sys.modules, 'imported before training'\n"
            "from backprop.problem import parse_problem; from backprop.training import TrainConfig, train\n"
            f"network = parse_problem({SMALL!r}).build_network(np.float32)\n"
            "train(network, np.zeros((4, 6), np.float32), np.zeros(4, int), TrainConfig(epochs=1, batch_size=2))\n"
            "print('numba' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BACKPROP_KERNELS": choice})
    if choice == "numba" and not HAVE_NUMBA:
        assert "BACKPROP_KERNELS is 'numba' but its kernels cannot be had" in done.stderr
        return
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [str(choice == "numba" or not HAVE_C)]


def test_train_on_the_numpy_engine_leaves_numba_unimported(tmp_path):
    """``backprop train`` with BACKPROP_KERNELS=numpy never imports numba, installed or not: it
    would add some 60 MiB to the run's peak memory for kernels it does not use."""
    code = ("import sys; from backprop import cli\n"
            f"status = cli.main(['train', '--epochs', '1', '--max-steps', '2', '--out', {str(tmp_path / 'run')!r}])\n"
            "print(status, 'numba' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "BACKPROP_KERNELS": "numpy"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-2:] == ["0", "False"]


@pytest.mark.parametrize("choice", ["fast", "numba", "c"])
def test_train_with_kernels_it_cannot_have_says_so_in_one_line_and_writes_nothing(choice, monkeypatch, tmp_path,
                                                                                    capsys):
    """BACKPROP_KERNELS=fast (no such choice), or c or numba for a network the kernels do not cover
    (the mnist-literal preset's shared biases; or where they cannot be had): exit status 2, one
    line, no folder left."""
    from backprop import cli

    monkeypatch.setattr(steps, "KERNELS", choice)
    out = tmp_path / "run"
    preset = ["--preset", "mnist-literal"] if choice != "fast" else []
    status = cli.main(["train", *preset, "--epochs", "1", "--max-steps", "1", "--out", str(out)])
    captured = capsys.readouterr()
    assert status == 2 and captured.err.count("\n") == 1, captured.err
    assert captured.err.startswith(f"error: BACKPROP_KERNELS is '{choice}'")
    assert not out.exists() or not any(out.iterdir())


@needs_c
def test_auto_takes_the_c_kernels_first():
    """C before numba, installed or not: the same numbers in 140 MiB less memory."""
    assert steps.AUTO_ORDER[0] == "c"
    assert steps.load_kernels("auto").name == "c"
    assert steps.load_kernels("c").name == "c"
    if HAVE_NUMBA:
        assert steps.load_kernels("numba").name == "numba"
