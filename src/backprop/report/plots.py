"""PNG figures of a training run, drawn with matplotlib's Agg renderer (no display needed).

Figures are built as ``matplotlib.figure.Figure`` objects, never through pyplot, so nothing global
is touched and no window can open. matplotlib is imported here only; import this module only when
plots are wanted (it takes a moment).
"""

from __future__ import annotations

import io
import math
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from ..files import write_atomic

SIDE = 28  # MNIST images are 28 x 28


def _save(figure: Figure, path) -> Path:
    """The figure as a PNG at ``path``, written whole or not at all (files.write_atomic)."""
    image = io.BytesIO()
    figure.savefig(image, format="png", dpi=100, metadata={"Software": None})  # no version string: stabler files
    return write_atomic(path, image.getvalue())


def history_curves(history: list[dict], folder) -> list[Path]:
    """loss.png (and accuracy.png for classification): per epoch, training / validation / test.

    history : the epochs of history.json, each a dict with epoch, train_loss, test_loss, ...
    """
    epochs = [record["epoch"] for record in history]
    written = []
    for measure, name in (("loss", "loss.png"), ("accuracy", "accuracy.png")):
        series = {part: [record.get(f"{part}_{measure}") for record in history]
                  for part in ("train", "validation", "test")}
        series = {part: values for part, values in series.items()
                  if any(value is not None for value in values)}
        if not series:
            continue
        figure = Figure(figsize=(6, 4))
        axes = figure.add_subplot()
        for part, values in series.items():
            shown = [np.nan if v is None else (100 * v if measure == "accuracy" else v) for v in values]
            axes.plot(epochs, shown, marker="o", markersize=3, label=part)
        axes.set_xlabel("epoch")
        axes.xaxis.set_major_locator(MaxNLocator(integer=True))  # no epoch 1.2
        axes.set_ylabel("accuracy (%)" if measure == "accuracy" else "mean loss per sample")
        if measure == "loss" and all(v is None or v > 0 for values in series.values() for v in values):
            axes.set_yscale("log")  # losses fall by orders of magnitude; a log scale shows the tail
        axes.grid(True, alpha=0.3)
        axes.legend()
        axes.set_title(f"{measure} per epoch")
        figure.tight_layout()
        written.append(_save(figure, Path(folder) / name))
    return written


def confusion_figure(matrix: np.ndarray, classes: list[str], path, title: str = "") -> Path:
    """The confusion matrix as a heat map with the counts written in (rows true, columns predicted)."""
    size = max(4.0, 0.5 * len(classes) + 2)
    figure = Figure(figsize=(size, size))
    axes = figure.add_subplot()
    image = axes.imshow(matrix, cmap="Blues")
    figure.colorbar(image, ax=axes, fraction=0.046, pad=0.04)
    ticks = np.arange(len(classes))
    axes.set_xticks(ticks, classes)
    axes.set_yticks(ticks, classes)
    axes.set_xlabel("predicted class")
    axes.set_ylabel("true class")
    threshold = matrix.max() / 2 if matrix.size else 0
    if len(classes) <= 20:  # counts in the cells stay readable up to about 20 classes
        for (i, j), count in np.ndenumerate(matrix):
            axes.text(j, i, f"{count:d}", ha="center", va="center", fontsize=8,
                      color="white" if count > threshold else "black")
    axes.set_title(title or "confusion matrix")
    figure.tight_layout()
    return _save(figure, path)


def _grid(count: int) -> tuple[int, int]:
    columns = math.ceil(math.sqrt(count))
    return math.ceil(count / columns), columns


def mosaic(images: np.ndarray, columns: int, gap: int = 1) -> np.ndarray:
    """Images (count, 784) tiled row by row into one array, NaN in the gaps and empty tiles.

    One image drawn once is many times faster than a subplot per digit (128 subplots took seconds).
    """
    count = images.shape[0]
    rows = math.ceil(count / columns)
    step = SIDE + gap
    tiled = np.full((rows * step - gap, columns * step - gap), np.nan)
    for k in range(count):
        top, left = (k // columns) * step, (k % columns) * step
        tiled[top:top + SIDE, left:left + SIDE] = images[k].reshape(SIDE, SIDE)
    return tiled


def _colormap(name: str, gaps: str):
    from matplotlib import colormaps

    return colormaps[name].with_extremes(bad=gaps)  # bad: the NaN gaps between tiles


def first_layer_figure(weights: np.ndarray, path) -> Path:
    """Each first-layer unit's weights (units, 784) as a 28 x 28 image: the pattern it responds to.

    Each unit is scaled by its largest absolute weight and shown symmetric around 0 (red positive,
    blue negative), so that every unit's pattern shows whatever the scale of its weights.
    """
    units = weights.shape[0]
    _, columns = _grid(units)
    scale = np.abs(weights).max(axis=1, keepdims=True)
    scale[scale == 0] = 1
    tiled = mosaic(weights / scale, columns)
    figure = Figure(figsize=(columns * 0.75, tiled.shape[0] / tiled.shape[1] * columns * 0.75 + 0.6))
    axes = figure.add_subplot()
    axes.imshow(tiled, cmap=_colormap("RdBu_r", "white"), vmin=-1, vmax=1, interpolation="nearest")
    axes.set_axis_off()
    axes.set_title(f"first layer: the weights of each of its {units} units as a 28 x 28 image\n"
                   "(red positive, blue negative, each unit scaled to its largest weight)", fontsize=9)
    figure.tight_layout()
    return _save(figure, path)


def misclassified_figure(images: np.ndarray, true: np.ndarray, predicted: np.ndarray,
                         classes: list[str], path, limit: int = 36) -> Path:
    """The first ``limit`` misclassified digits, each labelled "true -> predicted".

    images : (samples, 784) pixels, as loaded (0 background, 1 ink); true, predicted : (samples,).
    """
    wrong = np.flatnonzero(true != predicted)[:limit]
    _, columns = _grid(max(1, len(wrong)))
    gap = 12  # room for the label above each digit
    tiled = mosaic(images[wrong], columns, gap) if len(wrong) else np.full((SIDE, SIDE), np.nan)
    tiled = np.pad(tiled, ((gap, 0), (0, 0)), constant_values=np.nan)
    figure = Figure(figsize=(columns * 1.1, tiled.shape[0] / tiled.shape[1] * columns * 1.1 + 0.5))
    axes = figure.add_subplot()
    axes.imshow(tiled, cmap=_colormap("gray_r", "white"), vmin=0, vmax=1, interpolation="nearest")
    for place, sample in enumerate(wrong):
        top, left = (place // columns) * (SIDE + gap) + gap, (place % columns) * (SIDE + gap)
        axes.text(left + SIDE / 2, top - 2, f"{classes[true[sample]]} -> {classes[predicted[sample]]}",
                  ha="center", va="bottom", fontsize=8)
    axes.set_axis_off()
    shown = f"the first {len(wrong)}" if len(wrong) else "none"
    axes.set_title(f"misclassified digits ({shown}; true -> predicted)", fontsize=10)
    figure.tight_layout()
    return _save(figure, path)
