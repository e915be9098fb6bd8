"""report.html: a training run as one self-contained page (no network, no script needed).

The page leads with the result: the accuracy of the final weights on the held-out test set (or,
without one, on the training data, said so; for regression the loss). Then the curves, the confusion matrix as a table, per-class precision and recall, the
first layer's weights as 28 x 28 images and the misclassified digits (MNIST-shaped input), the
settings and the per-epoch history. Figures are the PNGs of plots.py, embedded as base64
``data:`` URIs; the page is written atomically (a temporary file renamed into place).
"""

from __future__ import annotations

import base64
import tempfile
from dataclasses import dataclass
from html import escape
from pathlib import Path
from string import Template

import numpy as np

from ..files import write_atomic
from .metrics import class_scores, confusion_matrix

REPORT_NAME = "report.html"
_TEMPLATES = Path(__file__).parent / "templates"

# Columns of the history table: key of history.json, heading, how a value is written.
_HISTORY_COLUMNS = (
    ("epoch", "epoch", "{:d}"), ("seconds", "seconds", "{:.2f}"),
    ("learning_rate", "learning rate", "{:.4g}"),
    ("train_loss", "training loss", "{:.4f}"), ("train_accuracy", "training accuracy", "{:.2%}"),
    ("validation_loss", "validation loss", "{:.4f}"),
    ("validation_accuracy", "validation accuracy", "{:.2%}"),
    ("test_loss", "test loss", "{:.4f}"), ("test_accuracy", "test accuracy", "{:.2%}"),
)


@dataclass
class Evaluated:
    """The set the run was judged on, from the final weights.

    name : what the set is (e.g. "mnist-test"). classes : class names (None: regression).
    images : (samples, inputs) the inputs as grey levels in [0, 1] (for the pictures of digits).
    true : (samples,) class indices. outputs : (samples, classes) the network's outputs.
    held_out : the set is a test set, not the training data.
    """

    name: str
    classes: list[str] | None
    images: np.ndarray
    true: np.ndarray
    outputs: np.ndarray
    held_out: bool = True


def write_report(folder, title: str, network: str, settings: dict, history: dict,
                 first_layer: np.ndarray, evaluated: Evaluated | None, inputs: str | None = None) -> Path:
    """Write ``folder/report.html`` and return its path.

    network : a one-line description of the network. settings : the settings to list, by name
    (those that apply to the run). history : the content of history.json. first_layer : (units,
    inputs) weights of layer 1. inputs : how the inputs were scaled, in words.
    """
    text = render_report(title, network, settings, history, first_layer, evaluated, inputs)
    return write_atomic(Path(folder) / REPORT_NAME, text.encode("utf-8"))


def render_report(title: str, network: str, settings: dict, history: dict, first_layer: np.ndarray,
                  evaluated: Evaluated | None, inputs: str | None = None) -> str:
    """The whole page as a string."""
    from . import plots  # matplotlib: only when a report is asked for

    mnist_like = first_layer.shape[1] == plots.SIDE * plots.SIDE
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        sections = [_headline(history, evaluated), _overview(network, settings, history, evaluated, inputs),
                    _figures("Curves", plots.history_curves(history["epochs"], scratch),
                             "Loss and accuracy per epoch on each set.")]
        if evaluated is not None and evaluated.classes is not None:
            predicted = evaluated.outputs.argmax(axis=1)
            matrix = confusion_matrix(evaluated.true, predicted, len(evaluated.classes))
            sections.append(_confusion(matrix, evaluated.classes, evaluated.name))
            if mnist_like:
                figure = plots.misclassified_figure(evaluated.images, evaluated.true, predicted,
                                                    evaluated.classes, scratch / "misclassified.png")
                sections.append(_figures("Misclassified digits", [figure],
                                         f"The first misclassified digits of {evaluated.name},"
                                         " each labelled true class -> predicted class."))
        if mnist_like:
            figure = plots.first_layer_figure(first_layer, scratch / "first_layer.png")
            sections.append(_figures("First-layer weights", [figure],
                                     "Each unit's 784 weights as a 28 x 28 image: red positive, blue"
                                     " negative, white zero; each unit scaled to its largest weight."))
        sections.append(_history_table(history))
    page = Template((_TEMPLATES / "report.html").read_text(encoding="utf-8"))
    return page.substitute(title=escape(title), style=(_TEMPLATES / "report.css").read_text(encoding="utf-8"),
                           body="\n".join(sections))


def _table(header: list[str], rows: list[list[str]], caption: str = "", cls: str = "") -> str:
    head = "".join(f'<th scope="col">{cell}</th>' for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    caption = f"<caption>{caption}</caption>" if caption else ""
    return f'<table class="{cls}">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def _headline(history: dict, evaluated: Evaluated | None) -> str:
    """The result first: the final weights' accuracy on the test set (else on the training data,
    said so), or for regression the last recorded loss."""
    if evaluated is not None and evaluated.classes is not None:
        right = int(np.count_nonzero(evaluated.outputs.argmax(axis=1) == evaluated.true))
        total = len(evaluated.true)
        which = "Test accuracy" if evaluated.held_out else "Training accuracy (no held-out test set)"
        text = (f"<strong>{which}: {_percent(right / total if total else float('nan'))}</strong>"
                f" ({right:,d} of {total:,d} on {escape(evaluated.name)})")
    else:
        kept = history.get("best_epoch")
        epochs = history["epochs"]
        last = next((r for r in epochs if r["epoch"] == kept), epochs[-1]) if epochs else {}
        part = "test" if last.get("test_loss") is not None else "train"
        loss = last.get(f"{part}_loss")
        which = "Test loss" if part == "test" else "Training loss (no held-out test set)"
        text = f"<strong>{which}: {'-' if loss is None else f'{loss:.4f}'}</strong> (mean per sample)"
    return f'<p class="headline">{text}</p>'


def _overview(network: str, settings: dict, history: dict, evaluated: Evaluated | None,
              inputs: str | None = None) -> str:
    epochs = history["epochs"]
    facts = [("network", network), ("epochs run", str(len(epochs))),
             ("stopped because", str(history.get("stopped_because") or "-"))]
    if inputs:
        facts.append(("inputs", inputs))
    if history.get("best_epoch") is not None:
        facts.append(("weights kept", f"epoch {history['best_epoch']} (best validation loss)"))
    if evaluated is not None:
        facts.append(("judged on", evaluated.name))
    rows = [[escape(key), escape(value)] for key, value in facts]
    settings_rows = [[f"<code>{escape(key)}</code>", escape(_setting(value))]
                     for key, value in settings.items()]
    return ("<section><h2>Run</h2>" + _table(["item", "value"], rows, cls="facts")
            + "<h2>Hyperparameters</h2>" + _table(["setting", "value"], settings_rows) + "</section>")


def _setting(value) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return "-" if value is None else str(value)


def _figures(heading: str, paths: list[Path], caption: str) -> str:
    images = "".join(f'<img src="data:image/png;base64,{base64.b64encode(path.read_bytes()).decode()}"'
                     f' alt="{escape(heading)}: {escape(path.stem)}">' for path in paths)
    return (f"<section><h2>{escape(heading)}</h2><figure>{images}<figcaption>{escape(caption)}"
            "</figcaption></figure></section>")


def _confusion(matrix: np.ndarray, classes: list[str], name: str) -> str:
    """The matrix as a table, each cell shaded by its share of its row (the count is written in)."""
    totals = matrix.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(totals > 0, matrix / np.maximum(totals, 1), 0.0)
    rows = []
    for name_i, counts, row_shares in zip(classes, matrix, shares, strict=True):
        cells = [f'<th scope="row">{escape(name_i)}</th>']
        for count, share in zip(counts, row_shares, strict=True):
            dark = " dark" if share > 0.65 else ""  # white text where black would be hard to read
            cells.append(f'<td class="count{dark}" style="background: rgba(15, 50, 120, {share:.3f})">'
                         f"{count:,d}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    head = "".join(f'<th scope="col">{escape(c)}</th>' for c in classes)
    scores = class_scores(matrix)
    score_rows = [[escape(c), _percent(p), _percent(r), f"{s:,d}"]
                  for c, p, r, s in zip(classes, scores.precision, scores.recall, scores.support,
                                        strict=True)]
    return (f"<section><h2>Confusion matrix</h2><p>On {escape(name)}: rows are true classes, columns"
            f" predicted classes; accuracy {_percent(scores.accuracy)}. A cell's shade is its share of"
            " its row (darker blue: more of the class went there); the count is written in it.</p>"
            f'<div class="scroll"><table class="confusion"><thead><tr><th scope="col">true \\ predicted'
            f"</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
            + _table(["class", "precision", "recall", "support"], score_rows, "Per class") + "</section>")


def _percent(value: float) -> str:
    return "-" if np.isnan(value) else f"{100 * value:.2f}%"


def _history_table(history: dict) -> str:
    epochs = history["epochs"]
    columns = [(key, heading, spec) for key, heading, spec in _HISTORY_COLUMNS
               if any(record.get(key) is not None for record in epochs)]
    rows = [[("-" if record.get(key) is None else spec.format(record[key])) for key, _, spec in columns]
            for record in epochs]
    return ("<section><h2>History</h2>" + '<div class="scroll">'
            + _table([heading for _, heading, _ in columns], rows, cls="history") + "</div></section>")
