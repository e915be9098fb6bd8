"""``backprop predict MODEL INPUT...``: the class and its probability for each input row or image."""

from __future__ import annotations

import sys

import numpy as np

from ..io import load_model
from .common import add_range_flag, add_threads_flag, thread_limit
from .inputs import read_inputs


def add_arguments(parser) -> None:
    parser.description = ("Predict with a trained model. An image (PNG) of a digit, any size, is converted"
                          " to MNIST's 28 x 28 format first. Inputs are scaled as the model's training"
                          " inputs were; inputs far outside their range are refused.")
    parser.add_argument("model", help="model file (or the output folder of backprop train)")
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="image(s) of a digit, or a .csv or"
                        " .npz file of rows")
    parser.add_argument("--target", help="the target column of a CSV file (its name, or its number from 1)"
                        " or array of an NPZ, to show each row's true class; default: found by name, or none"
                        " when the file has as many columns as the model has inputs")
    parser.add_argument("--top", type=int, default=3, metavar="K",
                        help="show the K most probable classes (default 3)")
    add_range_flag(parser)
    add_threads_flag(parser)
    parser.set_defaults(handler=run)


def run(args, stream=None) -> int:
    stream = stream or sys.stdout
    model = load_model(args.model)
    with thread_limit(args.threads):
        for path in args.inputs:
            inputs = read_inputs(path, model, args.target)
            if not args.allow_out_of_range:
                model.check_range(inputs.x, path, inputs.names)
            outputs = model.predict(inputs.x)
            for line in prediction_lines(inputs, outputs, model.classes, max(1, args.top),
                                         probabilities=_probabilities(model)):
                print(line, file=stream)
    return 0


def _probabilities(model) -> bool:
    """Whether the outputs are probabilities: a row-wise output activation, or one a loss fuses with."""
    chain = model.network.layers[-1].activations
    return model.network.fused_output or (bool(chain) and not chain[-1].elementwise)


def prediction_lines(inputs, outputs: np.ndarray, classes: list[str] | None, top: int,
                     probabilities: bool = True) -> list[str]:
    """One line per row: the predicted class and probability, then the runners-up.

    outputs : (samples, outputs); for regression (classes None), the output values are shown.
    probabilities : the outputs are probabilities; otherwise they are called outputs.
    """
    word = "probability" if probabilities else "output"
    width = max(len(name) for name in inputs.names)
    if classes is None:
        return [f"{name:<{width}}  " + " ".join(f"{value:.6g}" for value in row)
                for name, row in zip(inputs.names, outputs)]
    lines, correct = [], 0
    for number, (name, row) in enumerate(zip(inputs.names, outputs)):
        order = np.argsort(-row, kind="stable")[:top]
        best = order[0]
        others = ", ".join(f"{classes[k]} {row[k]:.4f}" for k in order[1:])
        line = f"{name:<{width}}  {classes[best]}  ({word} {row[best]:.4f})"
        if others:
            line += f"   then {others}"
        if inputs.true is not None:
            truth = inputs.true[number]
            correct += truth == best
            line += f"   true {classes[truth]}{'' if truth == best else '  WRONG'}"
        lines.append(line)
    if inputs.true is not None and len(lines) > 1:
        lines.append(f"{correct} of {len(lines)} right ({100 * correct / len(lines):.2f}%)")
    return lines
