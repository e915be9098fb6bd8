"""The C kernels' AVX2 clones (step.c, taken at run time on x86-64 processors with AVX2) against
the baseline's build of the same kernels: the same bits, in float32 and float64, on floats and on
8-bit pixels, on one thread and split. (tests/test_fused.py holds the kernels, whichever build
runs, to the NumPy engine's bits.)"""

from __future__ import annotations

import platform
from pathlib import Path

import numpy as np
import pytest

from backprop import fused, steps
from backprop.data.pixels import Pixels

from kernel_runs import MNIST, SHAPES, _bits, _data, _train, needs_c


@pytest.fixture
def kernels():
    """The loaded kernels, set back to their default build (the clones where the processor has
    AVX2) after the test."""
    loaded = fused.load()
    yield loaded
    loaded.wide(True)


@pytest.fixture
def small_pieces(monkeypatch):
    """Split even small batches across two threads: pieces of 4 rows, every layer's units cut."""
    monkeypatch.setattr(steps, "FUSED_MIN_ROWS_PER_PIECE", 4)
    monkeypatch.setattr(steps, "FUSED_MIN_SPLIT_WEIGHTS", 0)


def _both(kernels, *arguments, **settings):
    """The network and history trained by the baseline's kernels and by the clones."""
    runs = []
    for wide in (False, True):
        kernels.wide(wide)
        network, result = _train("c", *arguments, **settings)
        runs.append((_bits(network), [(r.train_loss, r.train_accuracy) for r in result.history]))
    return runs


SETTINGS = [{}, {"momentum": 0.9, "weight_decay": 1e-3}, {"reduction": "sum", "learning_rate": 0.02},
            {"batch_size": 1, "epochs": 1}, {"batch_size": 7}]


@needs_c
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("settings", SETTINGS, ids=["sgd", "momentum-decay", "sum", "per-sample", "remainder"])
@pytest.mark.parametrize("shape", list(SHAPES))
def test_the_avx2_clones_give_the_baselines_bits(kernels, shape, settings, dtype, threads, small_pieces):
    baseline, clones = _both(kernels, SHAPES[shape], dtype, threads, **settings)
    assert clones == baseline


@needs_c
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_the_avx2_clones_give_the_baselines_bits_on_pixels(kernels, dtype, threads, small_pieces, monkeypatch):
    """Pixels (every byte value present) divided by 255 as they are gathered: the clones divide eight
    at a time, the baseline four."""
    x, labels = _data(MNIST, 96, np.float64)
    pixels = np.clip(np.rint(x * 60), 0, 255).astype(np.uint8)
    pixels.reshape(-1)[:256] = np.arange(256)
    monkeypatch.setattr("kernel_runs._data", lambda text, count, dtype: (Pixels(pixels), labels))
    baseline, clones = _both(kernels, MNIST, dtype, threads, count=96, batch_size=32, epochs=1)
    assert clones == baseline


@needs_c
@pytest.mark.skipif(not Path("/proc/cpuinfo").exists(), reason="no /proc/cpuinfo to read the processor's flags from")
def test_the_clones_run_where_the_processor_has_avx2(kernels):
    """By default the clones run exactly where the processor is x86-64 with AVX2; asked for the
    baseline's, the baseline's run."""
    flags = Path("/proc/cpuinfo").read_text().split()
    assert kernels.wide(True) == (platform.machine() in ("x86_64", "AMD64") and "avx2" in flags)
    assert kernels.wide(False) is False and kernels.wide() is False


@needs_c
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_without_numpys_loops_the_c_librarys_exp_and_log_train_alike(kernels, dtype, monkeypatch):
    """Where cstep finds no numpy loop for np.exp and np.log, the kernels take the C library's: the
    two builds still agree to the bit, and both stay within rounding of the NumPy engine."""
    monkeypatch.setattr(kernels, "routines", {name: (gemm, gemv, None, None)
                                              for name, (gemm, gemv, _, _) in kernels.routines.items()})
    baseline, clones = _both(kernels, MNIST, dtype, 1, count=96, batch_size=32)
    assert clones == baseline
    engine, result = _train("numpy", MNIST, dtype, 1, count=96, batch_size=32)
    tolerance = 1e-4 if dtype == np.float32 else 1e-12
    for (weights, biases), layer in zip(clones[0], engine.layers):
        assert np.allclose(np.frombuffer(weights, dtype), layer.weights.ravel(), rtol=tolerance, atol=tolerance)
        assert np.allclose(np.frombuffer(biases, dtype), layer.biases.ravel(), rtol=tolerance, atol=tolerance)
    assert np.allclose([loss for loss, _ in clones[1]], [r.train_loss for r in result.history], rtol=tolerance)
