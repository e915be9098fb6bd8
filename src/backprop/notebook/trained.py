"""A training run that shows itself in a notebook: the curves of its history, the model's layers and scores.

:class:`History` is the list of EpochRecords of a run (the entries of history.json); its display
is the loss and accuracy curves, drawn as inline SVG (no matplotlib, no image files). A
:class:`TrainedModel` is what ``backprop.train`` returns: the model (backprop.io.Model), the
history, why training stopped, the files written, and a display of the layers, the final scores and
the curves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from ..io import Model
from ..training import EpochRecord, TrainResult
from .page import block, number, percent, table, text

#: (field of EpochRecord, label, colour) of each curve, losses then accuracies
_SERIES = (("train", "training", "#1f77b4"), ("validation", "validation", "#2ca02c"), ("test", "test", "#d62728"))
WIDTH, HEIGHT, LEFT, BOTTOM, TOP, RIGHT = 360, 220, 56, 36, 24, 12


class History(list):
    """The EpochRecords of a run, in order; the display is its loss and accuracy curves."""

    def __repr__(self) -> str:
        lines = [f"epoch {record.epoch}: training loss {record.train_loss:.4f}"
                 + (f", test loss {record.test_loss:.4f}" if record.test_loss is not None else "")
                 + (f", test accuracy {percent(record.test_accuracy)}" if record.test_accuracy is not None else "")
                 for record in self]
        return "\n".join(lines) or "no epoch completed"

    def _repr_html_(self) -> str:
        return block("history", curves(self))


def curves(records: list[EpochRecord]) -> str:
    """The loss curves and (for classification) the accuracy curves of ``records``, side by side."""
    if not records:
        return "<p>No epoch completed.</p>"
    charts = [_chart(records, "loss", "loss")]
    if records[0].train_accuracy is not None:
        charts.append(_chart(records, "accuracy", "accuracy (%)", scale=100))
    return f'<div style="display: flex; flex-wrap: wrap; gap: 12px">{"".join(charts)}</div>'


def _chart(records: list[EpochRecord], kind: str, label: str, scale: float = 1) -> str:
    series = []
    for name, words, colour in _SERIES:
        values = [getattr(record, f"{name}_{kind}") for record in records]
        if all(value is not None for value in values):
            series.append((words, colour, [scale * value for value in values]))
    epochs = [record.epoch for record in records]
    low = min(min(values) for _, _, values in series)
    high = max(max(values) for _, _, values in series)
    high = high if high > low else low + 1
    first, last = epochs[0], epochs[-1] if epochs[-1] > epochs[0] else epochs[0] + 1

    def x(epoch: float) -> float:
        return LEFT + (epoch - first) / (last - first) * (WIDTH - LEFT - RIGHT)

    def y(value: float) -> float:
        return TOP + (high - value) / (high - low) * (HEIGHT - TOP - BOTTOM)

    parts = [f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" stroke="#888"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" stroke="#888"/>',
             f'<text x="{LEFT - 4}" y="{y(high) + 4:.1f}" text-anchor="end">{high:.4g}</text>',
             f'<text x="{LEFT - 4}" y="{y(low) + 4:.1f}" text-anchor="end">{low:.4g}</text>',
             f'<text x="{x(first):.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle">{first}</text>',
             f'<text x="{x(epochs[-1]):.1f}" y="{HEIGHT - BOTTOM + 14}" text-anchor="middle">{epochs[-1]}</text>',
             f'<text x="{(LEFT + WIDTH) / 2:.1f}" y="{HEIGHT - 4}" text-anchor="middle">epoch</text>',
             f'<text x="{LEFT}" y="14">{escape(label)}</text>']
    for index, (words, colour, values) in enumerate(series):
        points = " ".join(f"{x(epoch):.1f},{y(value):.1f}" for epoch, value in zip(epochs, values))
        parts.append(f'<polyline class="curve" data-series="{words}" fill="none" stroke="{colour}" stroke-width="2"'
                     f' points="{points}"><title>{escape(words)} {escape(kind)}</title></polyline>')
        parts += [f'<circle cx="{x(epoch):.1f}" cy="{y(value):.1f}" r="2.5" fill="{colour}"><title>epoch {epoch}:'
                  f" {escape(words)} {escape(kind)} {value:.4g}</title></circle>" for epoch, value in zip(epochs, values)]
        parts.append(f'<text x="{WIDTH - RIGHT - 80}" y="{14 + 14 * index}" fill="{colour}">{escape(words)}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="curves {kind}" role="img" width="{WIDTH}" height="{HEIGHT}"'
            f' viewBox="0 0 {WIDTH} {HEIGHT}" font-size="11" font-family="sans-serif">'
            f"<title>{escape(label)} by epoch</title>{''.join(parts)}</svg>")


@dataclass(eq=False)
class TrainedModel:
    """What a training run gives: the model, its history and how it ended.

    model : the trained network with its input scaling and class names (backprop.io.Model);
    history : one EpochRecord per epoch; result : steps, why it stopped, the best epoch (None when
    training diverged); diverged : the divergence (its message), else None; folder : where the
    model and history.json were written; written : those files.
    """

    model: Model
    history: History
    network: str
    data: str
    result: TrainResult | None = None
    diverged: Exception | None = None
    folder: Path | None = None
    written: list[Path] = field(default_factory=list)

    @property
    def final(self) -> EpochRecord | None:
        """The epoch whose weights the model holds (the best one when early stopping kept it)."""
        if not self.history:
            return None
        best = self.result.best_epoch if self.result is not None else None
        return self.history[best - 1] if best else self.history[-1]

    @property
    def stopped_because(self) -> str:
        if self.diverged is not None:
            return f"diverged: {self.diverged}"
        return "reached the epoch cap" if self.result.stopped_because == "epochs" else self.result.stopped_because

    def predict(self, x):
        """Network outputs (samples, outputs) for raw inputs x (samples, inputs), as Model.predict."""
        return self.model.predict(x)

    def __repr__(self) -> str:
        final = self.final
        scores = "" if final is None else f"; training loss {final.train_loss:.4f}" + (
            f", test accuracy {percent(final.test_accuracy)}" if final.test_accuracy is not None else "")
        return f"<TrainedModel {self.network}, {len(self.history)} epochs ({self.stopped_because}){scores}>"

    def _repr_html_(self) -> str:
        layers = [[str(number_), str(layer.inputs), str(layer.units),
                   text(" then ".join(a.describe() for a in layer.activations)), text(layer.bias_mode)]
                  for number_, layer in enumerate(self.model.network.layers, start=1)]
        parts = [f"<h3>Trained model: {text(self.network)}</h3>",
                 f'<p class="meta">{text(self.data)}; {len(self.history)} epochs, {text(self.stopped_because)}'
                 + (f"; written to {text(self.folder)}" if self.folder else "") + "</p>",
                 table(["layer", "inputs", "units", "activation", "bias"], layers, frozenset({0, 1, 2})),
                 _scores(self.final), curves(self.history)]
        return block("trained", "".join(parts))


def _scores(final: EpochRecord | None) -> str:
    if final is None:
        return ""
    rows = [[part, number(getattr(final, f"{key}_loss")), percent(getattr(final, f"{key}_accuracy"))]
            for key, part in (("train", "training"), ("validation", "validation"), ("test", "test"))
            if getattr(final, f"{key}_loss") is not None]
    return f"<p>Scores of epoch {final.epoch}:</p>" + table(["set", "loss", "accuracy"], rows, frozenset({1, 2}))
