"""The files a run leaves in its output folder: model, history.json and the plots.

    <out>/model.safetensors    the network, weights and what predict needs (backprop.io)
    <out>/history.json         {"epochs": [{"epoch", "seconds", "train_loss", "train_accuracy",
                                 "test_loss", "test_accuracy", "learning_rate"}, ...], ...}
    <out>/loss.png, accuracy.png, confusion.png, first_layer.png, misclassified.png   (--plots)
    <out>/report.html          (--report; backprop.report.html)
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict
from pathlib import Path

import numpy as np

from ..files import write_atomic
from ..io import EXTENSION
from ..report.html import REPORT_NAME
from ..report.metrics import confusion_matrix
from ..training import EpochRecord, TrainResult

MODEL_NAME = f"model{EXTENSION}"
HISTORY_NAME = "history.json"
#: The plots a run or evaluate may write (--plots), each where the module docstring says.
PLOT_NAMES = ("loss.png", "accuracy.png", "confusion.png", "first_layer.png", "misclassified.png")
#: Every file a finished run may leave in its folder (the checkpoint is removed when it ends).
RUN_OUTPUTS = (MODEL_NAME, HISTORY_NAME, REPORT_NAME, *PLOT_NAMES)
# Always written, in this order; the validation pair is added when a validation set was used.
HISTORY_KEYS = ("epoch", "seconds", "train_loss", "train_accuracy", "test_loss", "test_accuracy",
                "learning_rate")
VALIDATION_KEYS = ("validation_loss", "validation_accuracy")


def output_folder(out: str | None) -> Path:
    """``out`` as given, or a new ./runs/<date-time> folder (never an existing one)."""
    if out is not None:
        return Path(out)
    base = Path("runs") / time.strftime("%Y%m%d-%H%M%S")
    folder, number = base, 1
    while folder.exists():
        number += 1
        folder = base.with_name(f"{base.name}-{number}")
    return folder


def history_document(records: list[EpochRecord], result: TrainResult | None = None,
                     stopped_because: str | None = None) -> dict:
    """The content of history.json: one entry per epoch, then how training ended."""
    validation = any(record.validation_loss is not None for record in records)
    keys = HISTORY_KEYS + (VALIDATION_KEYS if validation else ())
    epochs = [{key: asdict(record)[key] for key in keys} for record in records]
    document = {"epochs": epochs}
    if result is not None:
        document.update(steps=result.steps, best_epoch=result.best_epoch)
    document["stopped_because"] = stopped_because or (result.stopped_because if result else None)
    return document


def write_history(folder: Path, document: dict) -> Path:
    text = json.dumps(document, indent=2, allow_nan=False, default=_finite)
    return write_atomic(folder / HISTORY_NAME, (text + "\n").encode())


def _finite(value):
    raise TypeError(f"not JSON: {value!r}")


def write_plots(folder: Path, history: list[dict], network, classes: list[str] | None,
                images: np.ndarray | None, true: np.ndarray | None,
                outputs: np.ndarray | None) -> list[Path]:
    """All plots that apply: curves always; for classification on held-out data, the confusion
    matrix and the misclassified digits (784 inputs); the first layer's weights for 784 inputs.

    images : (samples, inputs) unstandardised inputs of the evaluated set; true : (samples,) class
    indices; outputs : (samples, classes) network outputs on them.
    """
    from ..report import plots  # matplotlib: only when plots are asked for

    written = plots.history_curves(history, folder)
    mnist_like = network.layers[0].inputs == plots.SIDE * plots.SIDE
    if classes is not None and true is not None and true.ndim == 1:
        predicted = outputs.argmax(axis=1)
        matrix = confusion_matrix(true, predicted, len(classes))
        written.append(plots.confusion_figure(matrix, classes, folder / "confusion.png"))
        if mnist_like:
            written.append(plots.misclassified_figure(images, true, predicted, classes,
                                                      folder / "misclassified.png"))
    if mnist_like:
        written.append(plots.first_layer_figure(network.layers[0].weights, folder / "first_layer.png"))
    return written
