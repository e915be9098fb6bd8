"""backprop's own float32 matrix product (fused/product_avx512.h, x86-64 processors with AVX-512F):
against numpy's float64 matmul within float32 rounding, bound by k; deterministic and independent
of how C is cut; where cstep takes it (cstep.OWN_PRODUCT, cstep.OPENBLAS_AVX512); and training on
it against numpy's products: within rounding of the float64 truth, run after run the same bits,
resumed as never stopped. (tests/test_fused.py holds the kernels to the NumPy engine's bits with
numpy's products.)"""

from __future__ import annotations

import ctypes
import platform
from pathlib import Path

import numpy as np
import pytest

from backprop import fused
from backprop.errors import UsageError
from backprop.fused import cstep
from backprop.problem import parse_problem
from backprop.training import TrainConfig, TrainingInterrupted, TrainState

from kernel_runs import MNIST, SMALL, _bits, _outside_rounding, _train, needs_c

LOADED = fused.load()
HAVE_PRODUCT = not isinstance(LOADED, str) and LOADED.avx512
needs_product = pytest.mark.skipif(not HAVE_PRODUCT, reason="no AVX-512F here (or no C kernels): no own product")
ROW_MAJOR, COL_MAJOR, NO_TRANS, TRANS = 101, 102, 111, 112
UNIT = 2.0 ** -24  # float32's unit of rounding


def _sgemm(order, trans_a, trans_b, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc) -> None:
    """backprop_sgemm_avx512 (cblas_sgemm's arguments) on numpy arrays."""
    function = LOADED.library.backprop_sgemm_avx512
    i64, address = ctypes.c_int64, ctypes.c_void_p
    function.argtypes = [ctypes.c_int] * 3 + [i64] * 3 + [ctypes.c_float, address, i64, address, i64, ctypes.c_float,
                                                           address, i64]
    function.restype = None
    function(order, trans_a, trans_b, m, n, k, alpha, a.ctypes.data, lda, b.ctypes.data, ldb, beta, c.ctypes.data, ldc)


def _product(op_a, op_b, c, alpha, beta, trans_a, trans_b, order=ROW_MAJOR):
    """alpha op_a op_b + beta c by the product, the operands stored as the transposes say (C order)."""
    a = np.ascontiguousarray(op_a.T if trans_a else op_a)
    b = np.ascontiguousarray(op_b.T if trans_b else op_b)
    out = c.copy()
    m, n, k = out.shape[0], out.shape[1], op_a.shape[1]
    if order == ROW_MAJOR:
        _sgemm(ROW_MAJOR, TRANS if trans_a else NO_TRANS, TRANS if trans_b else NO_TRANS, m, n, k, alpha, a,
               a.shape[1], b, b.shape[1], beta, out, n)
        return out
    # column-major: the same numbers stored as their transposes (C^T in C order is C in Fortran order)
    out_t = np.ascontiguousarray(out.T)
    _sgemm(COL_MAJOR, TRANS if trans_a else NO_TRANS, TRANS if trans_b else NO_TRANS, m, n, k, alpha,
           np.ascontiguousarray(a.T), a.shape[0], np.ascontiguousarray(b.T), b.shape[0], beta, out_t, m)
    return out_t.T


EDGES = (1, 15, 16, 17, 31, 129, 784)


@needs_product
@pytest.mark.parametrize("order", [ROW_MAJOR, COL_MAJOR], ids=["row-major", "column-major"])
@pytest.mark.parametrize("trans_a, trans_b", [(0, 0), (0, 1), (1, 0), (1, 1)], ids=["NN", "NT", "TN", "TT"])
def test_the_product_is_within_float32_rounding_of_the_exact_one(trans_a, trans_b, order):
    """Random m, n, k among the edges of the tile (12 x 32) and of the packing (16), alpha 1 and
    negative, beta 0, 1 and other: each element within (k + 3) units of rounding of the sum of its
    terms' magnitudes (k fused multiply-adds, alpha, beta C and the addition), against float64; the
    same bits a second time."""
    rng = np.random.default_rng(trans_a * 2 + trans_b + 4 * (order == COL_MAJOR))
    for _ in range(24):
        m, n, k = (int(rng.choice(EDGES)) for _ in range(3))
        alpha, beta = float(rng.choice([1.0, -0.05, -1.5])), float(rng.choice([0.0, 1.0, 0.9]))
        op_a = rng.standard_normal((m, k)).astype(np.float32)
        op_b = rng.standard_normal((k, n)).astype(np.float32)
        c = rng.standard_normal((m, n)).astype(np.float32)
        out = _product(op_a, op_b, c, alpha, beta, trans_a, trans_b, order)
        a64, b64, c64 = op_a.astype(np.float64), op_b.astype(np.float64), c.astype(np.float64)
        exact = alpha * (a64 @ b64) + beta * c64
        bound = (k + 3) * UNIT * (abs(alpha) * (np.abs(a64) @ np.abs(b64)) + abs(beta) * np.abs(c64))
        assert (np.abs(out - exact) <= bound).all(), (m, n, k, alpha, beta)
        assert out.tobytes() == _product(op_a, op_b, c, alpha, beta, trans_a, trans_b, order).tobytes()


@needs_product
def test_the_bound_is_not_loose():
    """A product whose sums were short of one term in a thousand fails the bound above: the k
    terms' error allowed is about k units of rounding, not a tolerance."""
    rng = np.random.default_rng(5)
    op_a, op_b = rng.random((129, 784), np.float32), rng.random((784, 31), np.float32)
    out = _product(op_a, op_b, np.zeros((129, 31), np.float32), 1.0, 0.0, 0, 1)
    exact = op_a.astype(np.float64) @ op_b.astype(np.float64)
    bound = (784 + 3) * UNIT * exact  # (all terms positive: their magnitudes' sum is the sum)
    assert (np.abs(out - exact) <= bound).all()
    assert not (np.abs(out * (1 - 1e-3) - exact) <= bound).any()


@needs_product
@pytest.mark.parametrize("trans_a, trans_b", [(0, 1), (1, 0), (0, 0)], ids=["NT", "TN", "NN"])
def test_an_elements_bits_do_not_depend_on_the_cut(trans_a, trans_b):
    """Any block of rows and columns of C, computed alone (as a thread's piece is), has the bits it
    has in the whole product: each element is its own sum in a fixed order."""
    rng = np.random.default_rng(9)
    op_a, op_b = rng.standard_normal((129, 392)).astype(np.float32), rng.standard_normal((392, 133)).astype(np.float32)
    c = rng.standard_normal((129, 133)).astype(np.float32)
    whole = _product(op_a, op_b, c, -0.1, 1.0, trans_a, trans_b)
    for rows, columns in ((slice(5, 40), slice(3, 100)), (slice(0, 1), slice(0, 133)), (slice(100, 129), slice(97, 98))):
        piece = _product(op_a[rows], op_b[:, columns], c[rows, columns], -0.1, 1.0, trans_a, trans_b)
        assert piece.tobytes() == np.ascontiguousarray(whole[rows, columns]).tobytes()


@needs_product
def test_beta_zero_does_not_read_c_and_k_zero_scales_it():
    rng = np.random.default_rng(2)
    op_a, op_b = rng.standard_normal((17, 31)).astype(np.float32), rng.standard_normal((31, 33)).astype(np.float32)
    out = _product(op_a, op_b, np.full((17, 33), np.nan, np.float32), 1.0, 0.0, 0, 1)
    assert np.isfinite(out).all()
    c = rng.standard_normal((17, 33)).astype(np.float32)
    assert _product(op_a[:, :0], op_b[:0], c, 1.0, 1.0, 0, 0).tobytes() == c.tobytes()


@needs_c
def test_the_choice_reads_as_the_table_says():
    """Never without AVX-512F, whatever the setting; "auto" exactly where numpy's OpenBLAS runs no
    AVX-512 kernel (a core the table does not know keeps numpy's); "on" wherever AVX-512F is;
    "off" never. On this machine the library reports AVX-512F as the processor's flags say."""
    for core, has_avx512 in [*cstep.OPENBLAS_AVX512.items(), ("SomeFutureCore", None), (None, None)]:
        for setting in ("auto", "on", "off"):
            assert cstep.own_product_chosen(setting, False, core) is False
        assert cstep.own_product_chosen("auto", True, core) is (has_avx512 is False)
        assert cstep.own_product_chosen("on", True, core) is True
        assert cstep.own_product_chosen("off", True, core) is False
    assert cstep.OPENBLAS_AVX512["Haswell"] is False and cstep.OPENBLAS_AVX512["SkylakeX"] is True
    with pytest.raises(UsageError, match="BACKPROP_OWN_PRODUCT is 'yes'; it takes one of auto, on, off"):
        cstep.own_product_chosen("yes", True, "Haswell")
    if Path("/proc/cpuinfo").exists():
        flags = Path("/proc/cpuinfo").read_text().split()
        assert LOADED.avx512 == (platform.machine() in ("x86_64", "AMD64") and "avx512f" in flags)


@pytest.fixture
def product(monkeypatch):
    """Set cstep.OWN_PRODUCT for the test's training runs."""
    return lambda setting: monkeypatch.setattr(cstep, "OWN_PRODUCT", setting)


@needs_product
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("settings", [{}, {"momentum": 0.9, "weight_decay": 1e-3}, {"reduction": "sum",
                                                                                 "learning_rate": 0.02}],
                         ids=["sgd", "momentum-decay", "sum"])
@pytest.mark.parametrize("text", [SMALL, MNIST], ids=["6-5-4-3", "784-128-64-10"])
def test_training_on_the_own_product_agrees_with_numpys_within_rounding(text, settings, threads, product):
    """Three float32 steps on the product and on numpy's: each within rounding of the float64 truth
    as tests/test_fused.py bounds the kernels (twice the other's error plus 8 units in the last place)."""
    settings = {**settings, "epochs": 1, "max_steps": 3}
    start = parse_problem(text).build_network(np.float64)
    truth, _ = _train("numpy", text, np.float64, 1, **settings)
    product("off")
    numpys, _ = _train("c", text, np.float32, threads, **settings)
    product("on")
    own, _ = _train("c", text, np.float32, threads, **settings)
    assert _outside_rounding(start, truth, numpys, own, np.float32) == []
    assert _outside_rounding(start, truth, own, numpys, np.float32) == []


@needs_product
@pytest.mark.parametrize("threads", [1, 2, 3])
def test_training_on_the_own_product_gives_the_same_bits_run_after_run(threads, product):
    product("on")
    first, first_result = _train("c", MNIST, np.float32, threads, count=100)
    again, again_result = _train("c", MNIST, np.float32, threads, count=100)
    assert _bits(first) == _bits(again)
    assert [r.train_loss for r in first_result.history] == [r.train_loss for r in again_result.history]
    product("off")
    other, _ = _train("c", MNIST, np.float32, threads, count=100)
    assert _bits(other) != _bits(first)  # (the product did run: its last bits are its own)


@needs_product
@pytest.mark.parametrize("threads", [1, 2])
@pytest.mark.parametrize("settings", [{}, {"momentum": 0.9}], ids=["sgd", "momentum"])
def test_a_run_on_the_own_product_stopped_and_resumed_ends_as_never_stopped(settings, threads, product):
    product("on")
    whole, whole_result = _train("c", MNIST, np.float32, threads, **settings)
    network = parse_problem(MNIST).build_network(np.float32)
    config = TrainConfig(**{"epochs": 2, "batch_size": 16, "learning_rate": 0.2, "seed": 1, **settings})
    state = TrainState.start(network, config, 60)
    with pytest.raises(TrainingInterrupted):
        _train("c", MNIST, np.float32, threads, state=state, network=network,
               interrupted=lambda: state.steps == 6, **settings)
    _, result = _train("c", MNIST, np.float32, threads, state=state, network=network, **settings)
    assert _bits(network) == _bits(whole)
    assert [r.train_loss for r in result.history] == [r.train_loss for r in whole_result.history]


@needs_c
def test_float64_keeps_numpys_products(product):
    """Asked for the own product, float64 still trains to the NumPy engine's bits."""
    product("on")
    numpy_net, _ = _train("numpy", MNIST, np.float64)
    fused_net, _ = _train("c", MNIST, np.float64)
    assert _bits(fused_net) == _bits(numpy_net)
