"""What tests/test_fused.py, tests/test_fused_product.py and tests/test_kernel_choice.py share: small
networks, their data, a training run on chosen kernels, whether this machine can run the C kernels,
and the bound of rounding a float32 run is held to."""

from __future__ import annotations

import numpy as np
import pytest

from backprop import fused, steps
from backprop.problem import parse_problem
from backprop.training import TrainConfig, train

HAVE_C = not isinstance(fused.load(), str)
needs_c = pytest.mark.skipif(not HAVE_C, reason=f"the C kernels cannot be built: {fused.load()}")


def _problem(inputs: int = 6, hidden=("relu", "relu"), units=(5, 4), classes: int = 3, bias: str = "neuron",
             output_bias: str | None = None) -> str:
    """inputs-units...-classes with the hidden activations ``hidden`` ("none": no activation) and a
    softmax output with the cross-entropy."""
    text = ""
    for k, (activation, count) in enumerate(zip(hidden, units)):
        text += "[[layer]]\n" + (f"inputs = {inputs}\n" if k == 0 else "") + f"units = {count}\n"
        text += ("" if activation == "none" else f'activation = "{activation}"\n') + f'bias = "{bias}"\n'
    text += f'[[layer]]\nunits = {classes}\nactivation = "softmax"\nbias = "{output_bias or bias}"\n'
    return text + '[loss]\nname = "cross_entropy"\n'


SMALL = _problem()
MNIST = _problem(784, ("relu", "relu"), (128, 64), 10)
SHAPES = {"6-5-4-3": SMALL, "784-128-64-10": MNIST,
          "identity-none-nobias": _problem(7, ("identity", "none"), (6, 5), 4, bias="none", output_bias="neuron")}


def _data(text: str, count: int, dtype, seed: int = 3):
    """Inputs like pixels (about half exact zeros) and labels that depend on them."""
    network = parse_problem(text).build_network(dtype)
    inputs, classes = network.layers[0].inputs, network.layers[-1].units
    rng = np.random.default_rng(seed)
    x = rng.random((count, inputs))
    x[rng.random((count, inputs)) < 0.5] = 0.0
    labels = (x[:, :classes].argmax(axis=1) + (x[:, -1] > 0.5)) % classes
    return x.astype(dtype), labels


def _train(kernels: str, text: str, dtype, threads: int = 1, count: int = 60, state=None, interrupted=None,
           network=None, **settings):
    steps.KERNELS = kernels
    try:
        x, y = _data(text, count, dtype)
        network = network or parse_problem(text).build_network(dtype)
        config = TrainConfig(**{"epochs": 2, "batch_size": 16, "learning_rate": 0.2, "seed": 1, **settings})
        result = train(network, x, y, config, threads=threads, state=state, interrupted=interrupted)
    finally:
        steps.KERNELS = "auto"
    return network, result


def _bits(network) -> list:
    return [(layer.weights.tobytes(), None if layer.biases is None else layer.biases.tobytes())
            for layer in network.layers]


def _outside_rounding(start, truth, engine, fused, dtype) -> list:
    """The parameters whose error against ``truth`` in ``fused`` is more than twice ``engine``'s
    plus 8 units in the last place of the largest, or a thousandth of how far the steps moved them."""
    outside = []
    for before, exact, a, b in zip(start.layers, truth.layers, engine.layers, fused.layers):
        for name in ("weights", "biases"):
            moved = np.abs(getattr(exact, name) - getattr(before, name)).max()
            assert moved > 1e-4  # the steps moved them
            reference = getattr(exact, name)
            engine_error = np.abs(getattr(a, name) - reference).max()
            fused_error = np.abs(getattr(b, name) - reference).max()
            ulp = np.spacing(dtype(np.abs(reference).max()))
            if not (fused_error <= 2 * engine_error + 8 * ulp and fused_error < 1e-3 * moved):
                outside.append((name, fused_error, engine_error, moved))
    return outside
