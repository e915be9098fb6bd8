"""``backprop predict MODEL INPUT...``: the class and its probability for each input row or image.

What it reads (:func:`read_inputs`): images of digits, or rows of a CSV or NPZ file. A table may hold the features
only (as many columns as the model has inputs), or the features and a target column, as training files do
(docs/data.md); then predict also shows the true class of each row.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..data import DataError, load_rows
from ..io import Model, load_model
from .common import add_range_flag, add_threads_flag, thread_limit
from .digit_image import SIDE, read_digit


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


IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".tif", ".tiff", ".webp")


@dataclass
class Inputs:
    """Rows to predict: x float32 (samples, inputs); names for display; true class indices if known."""

    x: np.ndarray
    names: list[str]
    true: np.ndarray | None = None


def read_inputs(path, model: Model, target: str | None = None) -> Inputs:
    """Read ``path`` (image, .csv or .npz) as rows for ``model``; DataError (one line) if unusable.

    A table is read by the data package's one reader (backprop.data.load_rows), as train and
    evaluate read it: with a target column (found by name, or ``target``) its true classes are
    shown too; with exactly as many columns as the model has inputs, it is features only.
    """
    path = Path(path)
    if path.suffix.lower() in IMAGE_SUFFIXES:
        if model.inputs != SIDE * SIDE:
            raise DataError(path, "file", f"an image gives {SIDE * SIDE} inputs (28 x 28 pixels) but"
                            f" the model takes {model.inputs}", "give a CSV or NPZ file of rows")
        # grey levels 0..1, on the scale of the model's training inputs (0..255 for raw pixels)
        return Inputs(model.scaling.from_unit(read_digit(path))[None, :], [path.name])
    classes = model.classes if model.task == "classification" else None
    rows = load_rows(path, features=model.inputs, target=target, task=model.task, classes=classes)
    if rows.x.shape[1] != model.inputs:
        raise DataError(path, "file", f"has {rows.x.shape[1]} features per sample but the model takes"
                        f" {model.inputs}", f"give {model.inputs} feature columns (and optionally a target)")
    true = rows.dataset.y if rows.dataset is not None and model.task == "classification" else None
    return Inputs(rows.x, rows.names, true)
