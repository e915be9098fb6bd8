"""The symbols of a worked solution, spelled as in docs/symbols.md.

Layers are numbered from 1, units and inputs from 0: ``W2[0,1]`` (text) is ``W^{(2)}_{0,1}``
(LaTeX), the weight of layer 2 from its input 1 to its unit 0. The input of layer 1 is ``x``.
An index may be a number or a letter (``j``, ``i``, ``k``).
"""

from __future__ import annotations

from .pieces import Tex

# LaTeX spelling of the names that are not single Latin letters.
_LATEX_NAMES = {"delta": r"\delta"}


def _index_text(index) -> str:
    return "" if not index else "[" + ",".join(str(part) for part in index) + "]"


def _index_latex(index) -> str:
    return "" if not index else "_{" + ",".join(str(part) for part in index) + "}"


def sym(name: str, layer: int | None = None, *index) -> Tex:
    """``name`` of layer ``layer`` (None: no layer) at ``index``: sym("W", 2, 0, 1) is W2[0,1]."""
    latex_name = _LATEX_NAMES.get(name, name)
    text_layer = "" if layer is None else str(layer)
    latex_layer = "" if layer is None else f"^{{({layer})}}"
    return Tex(name + text_layer + _index_text(index), latex_name + latex_layer + _index_latex(index))


def layer_input(layer: int, *index) -> Tex:
    """What layer ``layer`` takes in: x for layer 1, else the previous layer's a."""
    return sym("x", None, *index) if layer == 1 else sym("a", layer - 1, *index)


def grad(of: Tex) -> Tex:
    """dL/d(of)."""
    return Tex("dL/d" + of.text, r"\frac{\partial L}{\partial " + of.latex + "}")


def sample_loss(sample: int) -> Tex:
    """The loss of the sample with (file) index ``sample``."""
    return Tex(f"L_{sample}", f"L_{{{sample}}}")


LOSS = Tex("L", "L")
ETA = Tex("eta", r"\eta")
LEFT_ARROW = Tex(" <- ", r" \leftarrow ")
# \nolimits keeps the index beside the sum, so that rows of numbers stay one line high.
SUM_I = Tex("sum_i ", r"\sum\nolimits_i ")
SUM_J = Tex("sum_j ", r"\sum\nolimits_j ")
SUM_K = Tex("sum_k ", r"\sum\nolimits_k ")
SUM_S = Tex("sum_s ", r"\sum\nolimits_s ")
LN2 = Tex("ln 2", r"\ln 2")


def eta_is(learning_rate: float) -> Tex:
    """``eta = 0.2``."""
    return ETA + f" = {learning_rate:g}"


def fraction(numerator: int, denominator: int) -> Tex:
    """A small constant fraction such as 1/4."""
    return Tex(f"{numerator}/{denominator}", rf"\frac{{{numerator}}}{{{denominator}}}")


def at_sample(symbol: Tex, sample: int) -> Tex:
    """A whole vector of one sample: ``z1 [sample 5]``."""
    return Tex(f"{symbol.text} [sample {sample}]", rf"{symbol.latex}\ [\text{{sample }}{sample}]")


def formula_symbols(names: dict[str, tuple[str, int | None]]):
    """Symbol makers for a formula's variables that keep the formula's own indices: a_j -> a2[j]
    (letter -> (name, index) -> Tex, None for the letters not in ``names``)."""
    return lambda letter, index: sym(names[letter][0], names[letter][1], *([index] if index else [])) \
        if letter in names else None
