"""The training loops of the MNIST benchmark, one function each: backprop, the NumPy loops and
the floor here, the peers (PyTorch eager, torch.compile, JAX jit, scikit-learn) in ``peers``.

Every contender trains the same network: 784-128-64-10, ReLU, ReLU, softmax with cross-entropy
(mean over the batch), plain SGD at learning rate 0.1 (0.01 at batch 1; no momentum, no weight decay), batches of
``batch`` samples drawn from a fresh shuffle every epoch, float32 throughout. Every contender but
scikit-learn starts from the same He-normal weights (``measure.he_parameters``); scikit-learn draws
its own (it has no way to be given initial weights) and is seeded with the same seed.

Each function takes (data, epochs, seed, threads, batch) and returns ``{"epoch_seconds": [...], "epoch_cpu_seconds": [...],
"test_accuracy": float or None}``; an epoch's time is wall time (and this process's CPU time) over
everything the epoch does (shuffle, gather, forward, loss, backward, update), nothing outside it
(loading, building the model, testing). On a loaded machine the CPU time is the steadier of the
two: it leaves out the time spent waiting for a core.
"""

from __future__ import annotations

import numpy as np

from . import peers
from .measure import SIZES, Clock, accuracy, he_parameters, learning_rate

#: The network as a backprop problem file.
PROBLEM = """
title = "MNIST 784-128-64-10 (benchmark)"
[[layer]]
inputs = 784
units = 128
activation = "relu"
[[layer]]
units = 64
activation = "relu"
[[layer]]
units = 10
activation = "softmax"
[loss]
name = "cross_entropy"
"""


def run_backprop(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """backprop's own training path: a problem file, Network in float32, train(), as `backprop train
    --threads N` runs it: each step split across ``threads`` threads, BLAS on one thread each. The
    images as bytes (uint8, ``PIXELS``) are given to train() as backprop.data.pixels.Pixels: each
    batch is converted as it is gathered, to the float32 values the other contenders are given."""
    from threadpoolctl import threadpool_limits

    from backprop import fused, steps
    from backprop.data.pixels import Pixels
    from backprop.problem import parse_problem
    from backprop.training import TrainConfig, evaluate, train

    x_train, x_test = (Pixels(x) if x.dtype == np.uint8 else x for x in (data["x_train"], data["x_test"]))

    network = parse_problem(PROBLEM).build_network(np.float32)
    for layer, (weights, biases) in zip(network.layers, he_parameters(seed)):
        layer.weights[...] = weights
        layer.biases[...] = biases
    config = TrainConfig(epochs=epochs, batch_size=batch, learning_rate=learning_rate(batch), seed=seed)
    clock = Clock()
    clock.tick()
    with threadpool_limits(1, user_api="blas"):
        history = train(network, x_train, data["y_train"], config, on_epoch=clock.tick,
                        threads=threads).history
        test_accuracy = evaluate(network, x_test, data["y_test"])["accuracy"]
    # whether float32's products were backprop's own (fused/product_avx512.h) or numpy's sgemm
    kernels = fused.load() if steps.KERNELS != "numpy" else "the NumPy engine"
    own = None if isinstance(kernels, str) else kernels.own_product()
    return clock.result(test_accuracy, inner_epoch_seconds=[record.seconds for record in history], own_product=own)


def run_backprop_numpy(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """backprop's training path on its NumPy engine, without the compiled C kernels even where a C
    compiler builds them (BACKPROP_KERNELS=numpy)."""
    from backprop import steps

    steps.KERNELS = "numpy"
    try:
        return run_backprop(data, epochs, seed, threads, batch)
    finally:
        steps.KERNELS = "auto"


def run_numpy(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """The textbook NumPy loop: the same math, every array allocated afresh at every step."""
    (w1, b1), (w2, b2), (w3, b3) = he_parameters(seed)
    x, y = data["x_train"], data["y_train"]
    count = x.shape[0]
    rng = np.random.default_rng(seed)
    clock = Clock()
    clock.tick()
    for _ in range(epochs):
        order = rng.permutation(count)
        total = 0.0
        for start in range(0, count, batch):
            index = order[start:start + batch]
            xb, yb = x[index], y[index]
            rows = np.arange(len(index))
            z1 = xb @ w1.T + b1
            a1 = np.maximum(z1, 0)
            z2 = a1 @ w2.T + b2
            a2 = np.maximum(z2, 0)
            z3 = a2 @ w3.T + b3
            shifted = z3 - z3.max(axis=1, keepdims=True)
            exp = np.exp(shifted)
            sums = exp.sum(axis=1, keepdims=True)
            total += float(np.log(sums[:, 0]).sum() - shifted[rows, yb].sum())
            d3 = exp / sums
            d3[rows, yb] -= 1
            d3 /= len(index)
            d2 = (d3 @ w3) * (z2 > 0)
            d1 = (d2 @ w2) * (z1 > 0)
            w3 -= learning_rate(batch) * (d3.T @ a2)
            b3 -= learning_rate(batch) * d3.sum(axis=0)
            w2 -= learning_rate(batch) * (d2.T @ a1)
            b2 -= learning_rate(batch) * d2.sum(axis=0)
            w1 -= learning_rate(batch) * (d1.T @ xb)
            b1 -= learning_rate(batch) * d1.sum(axis=0)
        clock.tick()
    a = np.maximum(data["x_test"] @ w1.T + b1, 0)
    a = np.maximum(a @ w2.T + b2, 0)
    return clock.result(accuracy(a @ w3.T + b3, data["y_test"]))


def run_numpy_preallocated(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """The same math with the least work NumPy allows per step: the bound on what backprop's
    NumPy engine can reach, measured rather than guessed.

    Every array is preallocated and written with ``out=``, the batch is gathered into a fixed
    buffer, the 1/batch of the mean goes onto the output delta once (so every later delta and
    gradient comes out already scaled), updates are in place, and nothing general is left: one
    network, one loss, straight-line code.
    """
    parameters = he_parameters(seed)
    (w1, b1), (w2, b2), (w3, b3) = parameters
    x, y = data["x_train"], data["y_train"]
    count = x.shape[0]
    targets = np.zeros((count, SIZES[-1]), np.float32)
    targets[np.arange(count), y] = 1

    def buffers(columns):
        return tuple(np.empty((batch, columns), np.float32) for _ in range(3))

    xb, tb = np.empty((batch, SIZES[0]), np.float32), np.empty((batch, SIZES[-1]), np.float32)
    (z1, a1, d1), (z2, a2, d2), (z3, p, d3) = buffers(128), buffers(64), buffers(10)
    g_a1, g_a2 = np.empty((batch, 128), np.float32), np.empty((batch, 64), np.float32)
    m1, m2 = np.empty((batch, 128), bool), np.empty((batch, 64), bool)
    row_max, row_sum = np.empty((batch, 1), np.float32), np.empty((batch, 1), np.float32)
    grads = [(np.empty_like(w), np.empty_like(b)) for w, b in parameters]
    (g1, gb1), (g2, gb2), (g3, gb3) = grads
    rng = np.random.default_rng(seed)
    file_order, order = np.arange(count), np.empty(count, np.int64)
    clock = Clock()
    clock.tick()
    for _ in range(epochs):
        np.copyto(order, file_order)
        rng.shuffle(order)  # what rng.permutation(count) does, without allocating: the same order
        total = 0.0
        for start in range(0, count, batch):
            index = order[start:start + batch]
            r = index.shape[0]
            np.take(x, index, axis=0, out=xb[:r], mode="clip")
            np.take(targets, index, axis=0, out=tb[:r], mode="clip")
            np.matmul(xb[:r], w1.T, out=z1[:r]); np.add(z1[:r], b1, out=z1[:r])
            np.maximum(z1[:r], 0, out=a1[:r])
            np.matmul(a1[:r], w2.T, out=z2[:r]); np.add(z2[:r], b2, out=z2[:r])
            np.maximum(z2[:r], 0, out=a2[:r])
            np.matmul(a2[:r], w3.T, out=z3[:r]); np.add(z3[:r], b3, out=z3[:r])
            np.maximum.reduce(z3[:r], axis=1, keepdims=True, out=row_max[:r])
            np.subtract(z3[:r], row_max[:r], out=p[:r]); np.exp(p[:r], out=p[:r])
            np.add.reduce(p[:r], axis=1, keepdims=True, out=row_sum[:r])
            np.divide(p[:r], row_sum[:r], out=p[:r])
            total += float(np.log(row_sum[:r]).sum() + row_max[:r].sum() - np.vdot(z3[:r], tb[:r]))
            np.subtract(p[:r], tb[:r], out=d3[:r]); np.multiply(d3[:r], 1.0 / r, out=d3[:r])
            np.matmul(d3[:r].T, a2[:r], out=g3); np.add.reduce(d3[:r], axis=0, out=gb3)
            np.matmul(d3[:r], w3, out=g_a2[:r]); np.greater(z2[:r], 0, out=m2[:r])
            np.multiply(g_a2[:r], m2[:r], out=d2[:r])
            np.matmul(d2[:r].T, a1[:r], out=g2); np.add.reduce(d2[:r], axis=0, out=gb2)
            np.matmul(d2[:r], w2, out=g_a1[:r]); np.greater(z1[:r], 0, out=m1[:r])
            np.multiply(g_a1[:r], m1[:r], out=d1[:r])
            np.matmul(d1[:r].T, xb[:r], out=g1); np.add.reduce(d1[:r], axis=0, out=gb1)
            for (w, b), (gw, gb) in zip(parameters, grads):
                gw *= learning_rate(batch)
                w -= gw
                gb *= learning_rate(batch)
                b -= gb
        clock.tick()
    a = np.maximum(data["x_test"] @ w1.T + b1, 0)
    a = np.maximum(a @ w2.T + b2, 0)
    return clock.result(accuracy(a @ w3.T + b3, data["y_test"]))


def run_floor(data: dict, epochs: int, seed: int, threads: int, batch: int) -> dict:
    """The floor: only the eight matrix products of an epoch's steps, into preallocated arrays.

    Three forward (x W1^T, a1 W2^T, a2 W3^T), three weight gradients (delta^T a_prev) and two
    input gradients (delta W); on consecutive slices of the data (no gather), no bias, no
    activation, no update, no loss. No training happens: there is no accuracy.
    """
    (w1, _), (w2, _), (w3, _) = he_parameters(seed)
    x = data["x_train"]
    count = x.shape[0]
    z1, z2, z3 = (np.empty((batch, units), np.float32) for units in SIZES[1:])
    d1, d2 = np.empty((batch, 128), np.float32), np.empty((batch, 64), np.float32)
    d3 = np.random.default_rng(seed).normal(0, 0.01, (batch, 10)).astype(np.float32)
    g1, g2, g3 = np.empty_like(w1), np.empty_like(w2), np.empty_like(w3)
    clock = Clock()
    clock.tick()
    for _ in range(epochs):
        for start in range(0, count, batch):
            xb = x[start:start + batch]
            rows = xb.shape[0]
            np.matmul(xb, w1.T, out=z1[:rows])
            np.matmul(z1[:rows], w2.T, out=z2[:rows])
            np.matmul(z2[:rows], w3.T, out=z3[:rows])
            np.matmul(d3[:rows].T, z2[:rows], out=g3)
            np.matmul(d3[:rows], w3, out=d2[:rows])
            np.matmul(d2[:rows].T, z1[:rows], out=g2)
            np.matmul(d2[:rows], w2, out=d1[:rows])
            np.matmul(d1[:rows].T, xb, out=g1)
        clock.tick()
    return clock.result(None)


#: name -> (function, what the table calls it), in the order the runs alternate.
#: The contenders given the images as the files' bytes (measure.load_mnist's ``pixels``); the
#: others get float32 values in [0, 1].
PIXELS = ("backprop", "backprop_numpy")

CONTENDERS = {
    "backprop": (run_backprop, "backprop (train)"),
    "backprop_numpy": (run_backprop_numpy, "backprop, NumPy engine"),
    "jax": (peers.run_jax, "JAX jit"),
    "torch": (peers.run_torch, "PyTorch eager"),
    "torch_compile": (peers.run_torch_compile, "torch.compile"),
    "sklearn": (peers.run_sklearn, "scikit-learn MLPClassifier"),
    "numpy": (run_numpy, "plain NumPy loop"),
    "numpy_preallocated": (run_numpy_preallocated, "NumPy loop, preallocated"),
    "floor": (run_floor, "8 matmuls (floor)"),
}
