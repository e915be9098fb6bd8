"""A notation's meanings (docs/notation.md): SymPy syntax in the symbols of symbols.md, read by
parsing.parse_formula, never evaluated; an index written ``:`` makes a vector (``W1[j, :]``) or, twice, a
layer's matrix (``W1[:, :]``), and slices over the same units combine entry by entry (``y[:] - a2[:]``);
``W1[:, :].T`` (``W1.T``, ``transpose(W1)``) is a matrix's transpose, the name of a page's input-first matrix;
``new(W2[0, 0])`` is a parameter's value after the update, the name a
homework gives the new weight (``\\text{Wec} = \\text{wec} - \\eta ...``); ``grad(W2[0, 0])`` the derivative of the
loss by a quantity, the name a homework gives a gradient (Ng's ``dW^{[2]}``), with a sign, a number or the learning
rate before it (``-grad(z1[:])``, an error term -dL/dz; ``0.5*grad(W1[0, 0])``; ``-eta*grad(W2[0, :])``, a step), or
as a factor of a sum's terms (``grad(a2[0])*a2[0] + grad(a2[1])*a2[1]``); ``diag(v)`` around a vector the diagonal
matrix of its entries (Hagan's derivative matrix, ``diag(1 - a1[:]**2)``: diag(v) u is v times u entry by entry)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from ..patterns import lazy_pattern
from .brackets import balanced, outside_brackets
from .notation_products import numpy_product
from .parsing import parse_formula
from .quantities import FormulaError, LossGradient, NetworkSymbols, NewValue, NoSuchLayer


# a quantity written in a meaning with its layer or its indices: its name (never the end of a longer word), its layer
# as digits or as a placeholder's expression in braces, its indices: "W2[k, j]", "a{l}[j]", "W{l-1}[j, k]", "W{l}.T"
_QUANTITY = lazy_pattern(r"(?<![A-Za-z_0-9])([A-Za-z]+)(?:(\d+)|\{([^{}]*)\})?(?:\[([^\[\]]*)\])?")


@dataclass(frozen=True)
class MeaningQuantity:
    """One quantity a meaning writes with its indices or a placeholder's layer, ``W2[k, j]``, ``a{l}[j]``, ``W{l}``."""

    name: str               # W, b, z, a, x, or the target's letter
    layer: str              # its layer's digits ("2"), "" where it has none or a placeholder's
    layer_expression: str   # the placeholder's expression in braces ("l", "l-1"), "" where none
    indices: tuple          # each index expression as written, spaces aside ("k", "j-1", ":"); () where none
    alone: bool             # whether it is the whole meaning ("a2[0]", not "a2[0] - y[0]")

    @property
    def array(self) -> str:
        """Its array's name as symbols.md writes it: W2, x; a{l} where its layer is a placeholder's."""
        return self.name + (self.layer or (f"{{{self.layer_expression}}}" if self.layer_expression else ""))

    def layer_written_with(self, letter: str) -> bool:
        """Whether its layer is written with the placeholder ``letter`` (the l of ``a{l-1}``, not of ``a2``)."""
        return re.search(rf"(?<![A-Za-z_]){re.escape(letter)}(?![A-Za-z_0-9])", self.layer_expression) is not None

    def offsets(self, letter: str) -> tuple:
        """For each index, the number n where it is ``letter`` plus n (0 for ``j``, -1 for ``j-1``, 1 for ``j + 1``),
        None where it is anything else (``k``, ``2*j``)."""
        found = (re.fullmatch(rf"{re.escape(letter)}\s*(?:([+-])\s*(\d+))?", index) for index in self.indices)
        return tuple(None if match is None else int(match.group(2) or 0) * (-1 if match.group(1) == "-" else 1)
                     for match in found)

    @property
    def entry(self) -> int | None:
        """The entry a quantity of one whole-number index names (``a2[0]``: 0), None for any other indices."""
        return int(self.indices[0]) if len(self.indices) == 1 and self.indices[0].isdecimal() else None


def meaning_quantities(meaning: str) -> tuple:
    """The MeaningQuantity of each quantity ``meaning`` writes with indices or a placeholder's layer, in order (parsed
    once, where the notation's pattern is loaded: notation_loading)."""
    return tuple(MeaningQuantity(match.group(1), match.group(2) or "", match.group(3) or "",
                                 tuple(index.strip() for index in match.group(4).split(","))
                                 if match.group(4) is not None else (), match.group(0) == meaning.strip())
                 for match in _QUANTITY.finditer(meaning) if match.group(3) is not None or match.group(4) is not None)


# grad(Q) with a sign, a number or the learning rate before it: "-grad(z1[:])" (an error term delta = -dL/dz),
# "0.5*grad(W1[0, 0])", "-eta*grad(W2[0, :])" (a step, the spec's meanings being expressions in symbols.md's quantities)
# (each run of spaces possessive, \s*+: the runs between the optional parts never share their spaces, so that a long
# run is scanned once, not once for each way of splitting it)
_GRADIENT = lazy_pattern(r"\s*+(?P<sign>-)?\s*+(?:(?P<number>\d+(?:\.\d+)?|\.\d+)\s*+\*)?\s*+(?:(?P<rate>eta)\s*+\*)?"
                         r"\s*+grad\s*+\((?P<of>.*)\)\s*", needs=("grad",))


# a meaning transposed: "W1[:, :].T", "W1.T", "transpose(W1[:, :])"
# (the part before ".T" never ends in a space, the spaces before the dot being the \s*+'s: so a long run of spaces
# is not scanned again from each of its characters)
_TRANSPOSE = lazy_pattern(r"\s*+(?:transpose\s*+\((?P<of>.*)\)|(?P<before>(?:.*?(?<!\s))?)\s*+\.\s*+T)\s*",
                          needs=("T", "transpose"))


# a slice transposed inside a meaning, the y[:].T of "y[:].T - a2[:].T" (group 1 the slice)
_SLICE_TRANSPOSED = lazy_pattern(r"(\[[^\[\]]*:[^\[\]]*\])\s*\.\s*T(?![\w(])", needs=(":",))


def parse_meaning(text: str, symbols: NetworkSymbols):
    """A meaning in SymPy syntax; an index written ``:`` (``W1[j, :]``) makes it a vector over it, two
    (``W1[:, :]``) the layer's whole matrix, and ``.T`` after it (``transpose(...)`` around it) its transpose. Slices
    combined entry by entry, each transposed (``y[:].T - a2[:].T``, a page's rows), are their combination
    transposed. A matrix product of slices, ``W2[:, :].T @ (y[:] - a2[:])``, is NumPy's (notation_products)."""
    if not re.search(r"(?<![A-Za-z_])(?:grad|new)\s*\(", text):  # grad(...) and new(...) stand alone (below)
        product = numpy_product(text, lambda part: parse_meaning(part, symbols))
        if product is not None:
            return product
    transposes = len(_SLICE_TRANSPOSED.findall(text))
    if transposes > 1 or transposes == 1 and len(_SLICE.findall(text)) > 1:
        return _transposed_slices(text, symbols)
    transposed = _TRANSPOSE.fullmatch(text)
    if transposed:
        return _transposed(text, transposed.group("of") or transposed.group("before"), symbols)
    new = re.fullmatch(r"\s*new\s*\((.*)\)\s*", text)
    if new:  # "\\text{Wec}" = "new(W2[0, 0])": the value of W2[0, 0] after the update (an update claim's left side)
        if not re.fullmatch(r"\s*[Wb]\d+\s*(\[[^\[\]]*\])?\s*", new.group(1)):
            raise FormulaError(f"{text}: new(...) is the new value of a parameter, e.g. new(W2[0, 0]) or new(b1[:])")
        value = parse_meaning(new.group(1), symbols)
        return value.applyfunc(NewValue) if isinstance(value, sp.MatrixBase) else NewValue(value)
    diagonal = re.fullmatch(r"\s*diag\s*\((.*)\)\s*", text)
    if diagonal and balanced(diagonal.group(1)):  # Hagan's derivative matrix, "D1" = "diag(1 - a1[:]**2)"
        value = parse_meaning(diagonal.group(1), symbols)
        if isinstance(value, sp.MatrixBase) and min(value.shape) != 1:
            raise FormulaError(f"{text}: diag(...) of a matrix; diag(v) is the diagonal matrix of a vector's entries,"
                               " e.g. diag(1 - a1[:]**2)")
        # (a layer of one unit: its one number, as the meaning of a^{(L)} drops its index)
        return sp.ImmutableMatrix(sp.diag(*value)) if isinstance(value, sp.MatrixBase) else value
    gradient = _GRADIENT.fullmatch(text)
    if gradient and not balanced(gradient.group("of")):  # grad(a2[0])*grad(a2[1]): two calls, no one's argument
        gradient = None
    if gradient:  # "dW_{jk}^{[l]}" = "grad(W{l}[j, k])": dL/dW, Ng's dW; "-grad(z1[:])" an error term -dL/dz
        # the input too, grad(x[:]): dL/dx, the gradient a layer's backward pass hands the layer before it
        # (CS231n's dx = np.dot(dout, w.T), batch 99's grad_x)
        if not re.fullmatch(r"\s*(?:(?:W|b|z|a)\d+|x)\s*(\[[^\[\]]*\])?\s*", gradient.group("of")):
            raise FormulaError(f"{text}: grad(...) is the derivative of the loss by a quantity of the network,"
                               " e.g. grad(W2[0, 0]), grad(b1[:]), grad(z2[j]), grad(a1[:]) or grad(x[:])")
        value = parse_meaning(gradient.group("of"), symbols)
        value = value.applyfunc(LossGradient) if isinstance(value, sp.MatrixBase) else LossGradient(value)
        factor = sp.Rational(gradient.group("number") or 1) * (-1 if gradient.group("sign") else 1)
        if gradient.group("rate"):  # the problem file's learning rate, as \eta in a formula
            factor *= symbols.eta
        return value if factor == 1 else value * factor
    if re.search(r"(?<![A-Za-z_])grad\s*\(", text):  # grad(z1[:]) + 1, grad(a1[:])*W2[0, :]: not a name's meaning
        return _gradient_sum(text, symbols)
    slices = [(match, *_slice(text, match, symbols)) for match in _SLICE.finditer(text)]
    if not slices:
        return parse_formula(text, symbols)
    _, parts, positions, sizes = slices[0]
    for _, other_parts, other_positions, other_sizes in slices[1:]:
        # "y[:] - a2[:]", "a1[:]*(1 - a1[:])": vectors of one size combined entry by entry
        if other_positions != positions or [other_sizes[p] for p in positions] != [sizes[p] for p in positions]:
            raise FormulaError(f"{text}: combines slices of different sizes or shapes; write each ':' over the"
                               " same units (y[:] - a2[:])")

    def entry(values: dict):
        written = text
        for match, its_parts, _, _ in reversed(slices):
            inside = ",".join(str(values[p]) if p in values else part for p, part in enumerate(its_parts))
            written = written[:match.start()] + "[" + inside + "]" + written[match.end():]
        return parse_formula(written, symbols)

    if len(positions) == 2:  # the whole matrix: W_{1} = W1[:, :]
        return sp.ImmutableMatrix([[entry({0: row, 1: column}) for column in range(sizes[1])]
                                   for row in range(sizes[0])])
    entries = [entry({positions[0]: value}) for value in range(sizes[positions[0]])]
    # a layer of one unit drops its index (notation.md): a^{(L)} of one output is that output
    return entries[0] if len(entries) == 1 else sp.ImmutableMatrix(entries)


# a product's star, never one of a power's two (a2[0]**2)
_PRODUCT_STAR = lazy_pattern(r"(?<!\*)\*(?!\*)")


def _top_level_cuts(text: str, binary) -> list:
    """The parts of ``text`` between its characters outside every bracket at which ``binary(at)`` holds."""
    cuts = [at for at in outside_brackets(text) if binary(at)]
    return [text[start:end] for start, end in zip([0, *cuts], [*cuts, len(text)])]


def _gradient_sum(text: str, symbols: NetworkSymbols):
    """A meaning that is a sum of products, some factors a loss's gradient, ``grad(a2[0])*a2[0] + grad(a2[1])*a2[1]``
    (a page's name for a normalised output layer's weighted sum of its upstream gradients, the spec's meaning being
    an expression in symbols.md's quantities, grad(...) among them): each term's factors split at ``*``, each
    grad(...) factor read alone (parse_meaning) and each other factor as a meaning of its own, of one number each (no
    slice). A grad(...) anywhere else (a divisor, a power, inside a function's call, beside a slice) is refused."""
    refusal = FormulaError(f"{text}: grad(...) stands alone in a meaning, with at most a sign, a number or the learning"
                           " rate before it (-grad(z1[:]), 0.5*grad(W1[0, 0]), -eta*grad(W2[0, :])), or as a factor of"
                           " a sum's terms, of one number each (grad(a2[0])*a2[0] + grad(a2[1])*a2[1]); write the rest"
                           " in the formula")

    def between_terms(at: int) -> bool:  # a sign after an operand: not a unary one, nor an exponent's (1e-5)
        before = text[:at].rstrip()
        return text[at] in "+-" and bool(before) and before[-1] not in "*/(+-^" \
            and not re.search(r"\d[eE]$", before)

    total = sp.Integer(0)
    for term in _top_level_cuts(text, between_terms):
        body = term.strip()
        sign = -1 if body.startswith("-") else 1
        body = body[1:] if body[:1] in "+-" else body
        product = sp.Integer(sign)
        for factor in _top_level_cuts(body, lambda at: _PRODUCT_STAR.match(body, at) is not None):
            factor = factor.lstrip("*")
            grouped = re.fullmatch(r"\s*\((.*)\)\s*", factor)
            if not factor.strip() or _SLICE.search(factor) or (
                    re.search(r"(?<![A-Za-z_])grad\s*\(", factor) and not _GRADIENT.fullmatch(factor)
                    and not (grouped and balanced(grouped.group(1)))):
                raise refusal
            # a group, -(grad(z2[0])*W2[0, 1]): its own sum
            value = parse_meaning(grouped.group(1) if grouped and balanced(grouped.group(1)) else factor, symbols)
            if isinstance(value, sp.MatrixBase):
                raise refusal
            product *= value
        total += product
    return total


def _transposed(text: str, inner: str, symbols: NetworkSymbols):
    """``W1[:, :].T``: the matrix (or vector) of the meaning ``inner`` transposed, a page's input-first W_1 (its
    entry i, j is W1[j, i], as the pattern ``"w_{ij}" = "W1[j, i]"`` names it entry by entry); a parameter named
    bare, ``W1.T``, is its whole matrix. A number is its own transpose."""
    bare = re.fullmatch(r"\s*([Wb])(\d+)\s*", inner)
    if bare:
        inner = f"{bare.group(1)}{bare.group(2)}[{':, :' if bare.group(1) == 'W' else ':'}]"
    value = parse_meaning(inner, symbols)
    return value.T if isinstance(value, sp.MatrixBase) else value


def _transposed_slices(text: str, symbols: NetworkSymbols):
    """``y[:].T - a2[:].T``: slices combined entry by entry (as every meaning's slices are), each transposed, are the
    combination of the slices transposed; a combination transposing some of its slices and not others is refused
    (its shapes differ)."""
    inner = _SLICE_TRANSPOSED.sub(r"\1", text)
    if len(_SLICE.findall(inner)) != len(_SLICE_TRANSPOSED.findall(text)) or re.search(r"\.\s*T(?![\w(])", inner):
        raise FormulaError(f"{text}: transposes some of its slices and not others; write .T after each slice"
                           " (y[:].T - a2[:].T) or after none")
    value = parse_meaning(inner, symbols)
    return value.T if isinstance(value, sp.MatrixBase) else value


# an index list with a slice in it, W1[j, :]
_SLICE = lazy_pattern(r"\[([^\[\]]*:[^\[\]]*)\]")


def _slice(text: str, match: re.Match, symbols: NetworkSymbols) -> tuple[list, list, tuple]:
    """The index list of one slice of a meaning, the positions of its ':' and the sizes of the array it indexes."""
    parts = match.group(1).split(",")
    positions = [p for p, part in enumerate(parts) if part.strip() == ":"]
    # (z-1[:], a layer rule's z{i-1} at i = 0: a layer before the input, which a rule over the layers does not reach)
    name = re.search(r"([A-Za-z]+)(-?\d*)\s*$", text[:match.start()])
    if name is None:
        raise FormulaError(f"{text}: a slice [...] after no name; write it after a quantity, e.g. a1[:]")
    letters, layer = name.group(1), int(name.group(2) or 0)
    if layer < 0 or letters != "x" and not (letters in ("y", "t") or 1 <= layer <= symbols.depth):
        raise NoSuchLayer(f"{text}: there is no layer {layer} (the network has layers 1 to {symbols.depth})",
                          layer=layer)
    if letters == "W":
        sizes = (symbols.units(layer), symbols.units(layer - 1))
    elif letters in ("y", "t"):
        sizes = (symbols.units(symbols.depth),)
    else:  # x, a, z, b, delta
        sizes = (symbols.units(layer),)
    if not positions or len(positions) != len(parts) and len(positions) > 1 or len(parts) > len(sizes):
        raise FormulaError(f"{text}: write ':' for one index, or for every index of a matrix (W1[:, :])")
    return parts, positions, sizes


def with_gradients(value, loss_derivative):
    """``value`` with every grad(Q) of a meaning replaced by dL/dQ (``loss_derivative``, the network's calculus)."""
    if isinstance(value, sp.Indexed) or not isinstance(value, (sp.Basic, sp.MatrixBase)) \
            or not value.has(LossGradient):  # the common meaning, a quantity, at once: this runs for every symbol
        return value
    if isinstance(value, sp.MatrixBase):
        return value.applyfunc(lambda entry: entry.replace(LossGradient, loss_derivative))
    return value.replace(LossGradient, loss_derivative)


def names_only(meanings: list, value, symbols: NetworkSymbols) -> bool:
    """Whether each of ``meanings`` is an entry or a part of the one quantity ``value`` is (or is an entry of):
    ``y_true = y[:]`` and ``y^{n} = y[0]`` beside the target y. A bare letter so named by every pattern of its
    base keeps its default meaning, which none of them contradicts."""
    atoms = list(value) if isinstance(value, sp.MatrixBase) else [value]
    if not meanings or not all(isinstance(atom, sp.Indexed) for atom in atoms):
        return False
    bases = {atom.base for atom in atoms}
    if len(bases) != 1:
        return False
    for meaning in meanings:
        name = re.fullmatch(r"\s*([A-Za-z]+\d*)\s*\[[^\[\]]*\]\s*", meaning)
        try:
            named = parse_meaning(f"{name.group(1)}[0]", symbols) if name else None
        except FormulaError:
            return False
        if not isinstance(named, sp.Indexed) or named.base not in bases:
            return False
    return True
