"""What the held-out batches' tables (tests/public_formulas_batchNN_tables.py) build their problem files with."""

from __future__ import annotations

#: the [update] table of a page that gives no learning rate
LEARNING_RATE = "\n[update]\nlearning_rate = 0.1\n"


def problem_text(*layers: str, loss: str, extra: str = "") -> str:
    """A problem file from its [[layer]] tables, its loss and any [data] or [update] tables."""
    return "".join(f"\n[[layer]]\n{layer.strip()}\n" for layer in layers) + f'\n[loss]\nname = "{loss}"\n' + extra


def data_tables(x: str, y: str, learning_rate: float = 0.1) -> str:
    """The [data] table of one sample (x and y written as TOML lists' insides) and the [update] table."""
    return f"\n[data]\nx = [{x}]\ny = [{y}]\n\n[update]\nlearning_rate = {learning_rate}\n"
