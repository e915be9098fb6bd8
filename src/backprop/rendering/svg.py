"""The network of a worked solution drawn as SVG, with the numbers of one stage of one step.

Columns from left to right: the inputs x, then each layer's units. Every unit is one node
(``<g class="unit">``) and every connection one edge (``<g class="edge">``); a connection the mask
removes is not drawn. Biases are not drawn as extra units: a unit's own bias is written in its node
and a shared bias under its layer's heading. A column with more than ``DRAWN`` units is summarised:
its first ``HEAD`` and last ``TAIL`` units are drawn with a marker (``<g class="more">``) for the
rest, and only connections between drawn units are drawn.

Edges are coloured and styled by sign (positive: solid orange; negative: dashed blue; zero: dotted
grey), and their width grows with the size of the value relative to the largest of that layer.
Nodes show one sample's values: the first sample of the step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

import numpy as np

from ..trace import LayerTrace, StepTrace
from .context import Context, LayerInfo
from .pieces import number_text, plural

DRAWN = 16           # columns with more units than this are summarised
HEAD, TAIL = 5, 2    # units drawn of a summarised column: the first HEAD and the last TAIL
LINE_HEIGHT, PADDING, NODE_CHAR = 17, 8, 7.7  # NODE_CHAR: width of a character of 13px node text
COLUMN_GAP, ROW_GAP = 190, 18                  # between the boxes of two columns, of two units
MARGIN, TOP = 12, 58  # TOP leaves room for the column headings
CHAR_WIDTH, LABEL_HEIGHT = 7.2, 15  # of 12px edge labels, to keep them from overlapping
LABELLED = 32  # layers with more drawn connections than this show values in tooltips only (clutter)
LABEL_PLACES = (0.5, 0.3, 0.7, 0.4, 0.6, 0.25, 0.75)  # where along an edge a label may go
#: the drawings' style sheet (legend included), for any page that shows one
DRAWING_STYLE = (Path(__file__).parent / "templates" / "network.css").read_text(encoding="utf-8")


def shown_units(count: int) -> list[int | None]:
    """The unit indices drawn for a column of ``count`` units; None marks the summarised rest."""
    if count <= DRAWN:
        return list(range(count))
    return [*range(HEAD), None, *range(count - TAIL, count)]


def _value(symbol: str, layer: int, unit: int, value: float) -> str:
    return f"{symbol}{layer}[{unit}] = {number_text(value)}"


@dataclass(frozen=True)
class View:
    """What a stage shows: the text lines of a unit, and the value of each connection.

    lines(info, layer, unit) : lines of text in the node of ``unit`` (first sample of the step).
    edges(layer) : units x inputs, the value written on each connection.
    edge_name : how a connection's value is named in its tooltip, e.g. "W" or "dL/dW".
    shared(info, layer) : the heading line of a layer with one shared bias.
    """

    title: str
    lines: Callable[[LayerInfo, LayerTrace, int], list[str]]
    edges: Callable[[LayerTrace], np.ndarray]
    edge_name: str
    edge_words: str
    shared: Callable[[LayerInfo, LayerTrace], str]


def _forward_lines(info: LayerInfo, layer: LayerTrace, unit: int) -> list[str]:
    lines = [_value("z", info.number, unit, layer.z[0, unit]),
             _value("a", info.number, unit, layer.a[0, unit])]
    if info.bias == "neuron":
        lines.append(_value("b", info.number, unit, layer.biases_before[unit]))
    return lines


def _backward_lines(info: LayerInfo, layer: LayerTrace, unit: int) -> list[str]:
    lines = [] if layer.grad_a is None else [_value("dL/da", info.number, unit, layer.grad_a[0, unit])]
    lines.append(_value("δ", info.number, unit, layer.delta[0, unit]))
    if info.bias == "neuron":
        lines.append(_value("dL/db", info.number, unit, layer.grad_biases[unit]))
    return lines


def _update_lines(info: LayerInfo, layer: LayerTrace, unit: int) -> list[str]:
    if info.bias == "neuron":
        return [_value("b", info.number, unit, layer.biases[unit]) + " (new)"]
    return [f"unit {unit}: no own bias"]


def _shared(prefix: str, values: Callable[[LayerTrace], object], suffix: str = ""):
    def line(info: LayerInfo, layer: LayerTrace) -> str:
        if info.bias != "shared":
            return ""
        return f"{prefix}{info.number} = {number_text(float(values(layer)))}{suffix} (shared)"
    return line


VIEWS = {
    "forward": View("Forward pass", _forward_lines, lambda layer: layer.weights_before, "W",
                    "the weights W", _shared("b", lambda layer: layer.biases_before)),
    "backward": View("Backward pass", _backward_lines, lambda layer: layer.grad_weights, "dL/dW",
                     "the gradients dL/dW of the step loss",
                     _shared("dL/db", lambda layer: layer.grad_biases)),
    "update": View("Update", _update_lines, lambda layer: layer.weights, "new W",
                   "the weights after the update", _shared("b", lambda layer: layer.biases, " new")),
}


@dataclass(frozen=True)
class _Box:
    """The size of every node of one drawing (wide enough for its longest line)."""

    width: float
    height: float

    @property
    def step(self) -> float:
        """From the left edge of one column to the next."""
        return self.width + COLUMN_GAP


@dataclass
class _Column:
    heading: list[str]
    slots: list[int | None]
    lines: Callable[[int], list[str]]
    count: int


def _columns(ctx: Context, step: StepTrace, view: View) -> list[_Column]:
    first = step.layers[0].inputs[0]
    columns = [_Column(["inputs x", f"{ctx.layers[0].inputs} values"], shown_units(len(first)),
                       lambda i: [f"x[{i}] = {number_text(first[i])}"], len(first))]
    for info, layer in zip(ctx.layers, step.layers, strict=True):
        activation = " then ".join(a.name for a in info.activations)
        heading = [f"layer {info.number}: {activation}", plural(info.units, "unit")]
        shared = view.shared(info, layer)
        columns.append(_Column(heading + ([shared] if shared else []), shown_units(info.units),
                               lambda j, info=info, layer=layer: view.lines(info, layer, j), info.units))
    return columns


def summarised(ctx: Context) -> bool:
    """Whether any column of the drawing is summarised."""
    return any(len(shown_units(count)) < count for count in
               [ctx.layers[0].inputs, *(info.units for info in ctx.layers)])


def draw(ctx: Context, step: StepTrace, stage: str, label: str) -> str:
    """The SVG of ``step`` at ``stage`` (a key of VIEWS); ``label`` makes its element ids unique."""
    view = VIEWS[stage]
    columns = _columns(ctx, step, view)
    texts = [column.lines(unit) for column in columns for unit in column.slots if unit is not None]
    box = _Box(round(max(len(line) for lines in texts for line in lines) * NODE_CHAR + 2 * PADDING),
               max(len(lines) for lines in texts) * LINE_HEIGHT + 2 * PADDING)
    row_step = box.height + ROW_GAP
    tallest = max(len(column.slots) for column in columns)
    width = round(2 * MARGIN + (len(columns) - 1) * box.step + box.width)
    height = round(TOP + tallest * row_step + MARGIN)

    def place(column: int, slot: int) -> tuple[float, float]:
        """The top left corner of the node in ``slot`` of ``column``; short columns are centred."""
        offset = (tallest - len(columns[column].slots)) * row_step / 2
        return MARGIN + column * box.step, TOP + offset + slot * row_step

    parts, labels = [], []
    for number, (info, layer) in enumerate(zip(ctx.layers, step.layers, strict=True), start=1):
        parts += _edges(info, view, view.edges(layer), columns, number, place, box, labels)
    parts += [text for _, text in labels]  # after every line, so that no line crosses a label
    for index, column in enumerate(columns):
        x = MARGIN + index * box.step
        parts += [f'<text class="heading" x="{x}" y="{16 + 15 * k}">{escape(text)}</text>'
                  for k, text in enumerate(column.heading)]
        parts += [_node(index, unit, column, *place(index, slot), box)
                  for slot, unit in enumerate(column.slots)]
    title = f"{view.title}, step {step.step}: the network with {view.edge_words} on its connections"
    return (f'<svg xmlns="http://www.w3.org/2000/svg" class="network" role="img" width="{width}"'
            f' height="{height}" viewBox="0 0 {width} {height}" aria-labelledby="{label}-title">'
            f'<title id="{label}-title">{escape(title)}</title>' + "".join(parts) + "</svg>")


def _node(column_index: int, unit: int | None, column: _Column, x: float, y: float, box: _Box) -> str:
    if unit is None:
        hidden = column.count - HEAD - TAIL
        return (f'<g class="more"><text x="{x + box.width / 2:.1f}" y="{y + box.height / 2 + 5:.1f}"'
                f' text-anchor="middle">⋮ {hidden} more units ⋮</text></g>')
    lines = column.lines(unit)
    first = y + (box.height - len(lines) * LINE_HEIGHT) / 2 + 13  # the lines centred in the box
    texts = "".join(f'<text x="{x + PADDING:.1f}" y="{first + k * LINE_HEIGHT:.1f}">{escape(line)}</text>'
                    for k, line in enumerate(lines))
    kind = "input" if column_index == 0 else "neuron"
    return (f'<g class="unit {kind}" data-column="{column_index}" data-unit="{unit}">'
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{box.width}" height="{box.height}" rx="8"/>{texts}</g>')


def _edges(info: LayerInfo, view: View, values: np.ndarray, columns: list[_Column], number: int,
           place: Callable, box: _Box, labels: list) -> list[str]:
    """The connections into layer ``number`` between drawn units.

    Each value that fits without overlapping another is added to ``labels`` as (box, SVG text).
    """
    sources, targets = columns[number - 1].slots, columns[number].slots
    pairs = [(s, i, t, j) for t, j in enumerate(targets) if j is not None
             for s, i in enumerate(sources) if i is not None and info.connected(j, i)]
    largest = max((abs(values[j, i]) for _, i, _, j in pairs), default=0.0) or 1.0
    drawn = []
    for s, i, t, j in pairs:
        value = float(values[j, i])
        (x0, y0), (x1, y1) = place(number - 1, s), place(number, t)
        x0, y0, y1 = x0 + box.width, y0 + box.height / 2, y1 + box.height / 2
        sign = "positive" if value > 0 else "negative" if value < 0 else "zero"
        stroke = 1 + 5 * abs(value) / largest
        text = number_text(value)
        tip = f"{view.edge_name}{number}[{j},{i}] = {text} (input {i} to unit {j})"
        if len(pairs) <= LABELLED:
            _label(x0, y0, x1, y1, text, labels)
        drawn.append(f'<g class="edge {sign}" data-layer="{number}" data-from="{i}" data-to="{j}">'
                     f'<title>{escape(tip)}</title><line x1="{x0:.1f}" y1="{y0:.1f}" x2="{x1:.1f}"'
                     f' y2="{y1:.1f}" stroke-width="{stroke:.2f}"/></g>')
    return drawn


def _label(x0: float, y0: float, x1: float, y1: float, text: str, labels: list) -> None:
    """The value as text on the edge, at the first place along it that overlaps no other label.

    Where there is no room, there is no label: the value is in the edge's tooltip and the equations.
    """
    width = CHAR_WIDTH * len(text) + 6
    for where in LABEL_PLACES:
        x, y = x0 + where * (x1 - x0), y0 + where * (y1 - y0)
        box = (x - width / 2, y - LABEL_HEIGHT / 2, x + width / 2, y + LABEL_HEIGHT / 2)
        if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b, _ in labels):
            text_element = (f'<text class="edge-label" x="{x:.1f}" y="{y + 4:.1f}"'
                            f' text-anchor="middle">{escape(text)}</text>')
            labels.append((box, text_element))
            return
