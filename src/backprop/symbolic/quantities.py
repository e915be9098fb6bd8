"""The symbols of one network, spelled as docs/symbols.md fixes them.

Layers are numbered from 1, units and inputs from 0. ``W2[j,i]`` is the weight of layer 2 from its
input i to its unit j, ``b2[j]`` a neuron bias, ``b2`` a shared one, ``z2[j]`` and ``a2[j]`` the
pre-activation and the output of unit j, ``x[i]`` (also ``a0[i]``) the inputs, ``y[j]`` or ``t[j]``
the targets (``t`` where the loss's targets are one-hot), ``eta`` the learning rate.

Each name is one SymPy ``IndexedBase`` (or ``Symbol`` for a shared bias), so ``W2[0, 1]`` in a
formula and in a derivation are the same object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy as sp

from ..errors import UserError
from ..patterns import lazy_pattern

# Index letters for generic parameters (``W1[j,i]``): integers, as SymPy must know to sum over them.
J, I = sp.symbols("j i", integer=True, nonnegative=True)


class NewValue(sp.Function):
    """The updated value of a parameter (``w^{new}``, ``\\theta^{[n+1]}``, a notation's ``new(W2[0, 0])``),
    for claims.py."""

    nargs = 1


class LossGradient(sp.Function):
    """dL/dQ, the derivative of the sample's loss by a quantity Q of the network: a notation's ``grad(W2[0, 0])``,
    the name Ng's courses give a gradient (``dW^{[2]}``); the reader puts the derivative in its place."""

    nargs = 1


class FormulaError(UserError):
    """A formula, parameter name or request that cannot be used; str() is one line for the user."""

    def reworded(self, what: str) -> FormulaError:
        """This refusal saying ``what`` (its place put before it): of its own type, with its attributes, so that a
        caller catching the type still finds it."""
        error = type(self).__new__(type(self))
        error.__dict__.update(self.__dict__)
        UserError.__init__(error, what)
        return error

    def __reduce__(self):  # the subclasses take their attributes as keywords: copied whole across processes
        return _restored, (type(self), self.args, self.__dict__)


def _restored(kind: type, args: tuple, attributes: dict) -> FormulaError:
    """A ``kind`` of refusal with ``args`` and ``attributes`` (an instance's __dict__), as pickle restores one."""
    error = kind.__new__(kind, *args)
    error.__dict__.update(attributes)
    return error


class UnknownSymbol(FormulaError):
    """A name neither the notation nor symbols.md gives a meaning ("unknown symbol h_3; ..."). ``name``: the name as
    the message writes it; ``misspelt``: whether it is a letter of a word one letter from a function's name (sigmod),
    the message then naming the function, not the name alone."""

    def __init__(self, what: str, *, name: str, misspelt: bool = False):
        super().__init__(what)
        self.name, self.misspelt = name, misspelt


class UnknownName(FormulaError):
    """A formula in symbols.md's names (a notation's meaning, --param's) using a name the network does not have
    ("unknown name 'W5'"); ``name``: that name."""

    def __init__(self, what: str, *, name: str):
        super().__init__(what)
        self.name = name


class NoSuchUnit(FormulaError):
    """An index past the units (or inputs, outputs) of a layer ("index 3 is out of range"); ``index``: that index."""

    def __init__(self, what: str, *, index: int):
        super().__init__(what)
        self.index = index


class NoSuchLayer(FormulaError):
    """A layer the network does not have ("there is no layer 4"), or the input layer (0) for a quantity only layers 1
    to L have; ``layer``: that layer. ``past``: where the name is one the notation lists by layer and ``layer`` the
    rule's letter's value, 1 past the last value listed, -1 before the first (reading_listed.past_listing)."""

    def __init__(self, what: str, *, layer: int, past: int | None = None):
        super().__init__(what)
        self.layer = layer
        self.past = past


class GenericParameter(FormulaError):
    """The notation's generic parameter (w, \\theta_j) read without --param; ``name``: the name as written."""

    def __init__(self, what: str, *, name: str):
        super().__init__(what)
        self.name = name


class UnusableCase(FormulaError):
    """A --when case that cannot be used with this formula ("--when 'label=j': ..."); ``case``: the case as given."""

    def __init__(self, what: str, *, case: str):
        super().__init__(what)
        self.case = case


def unknown_name_alone(refusal: Exception) -> str | None:
    """The name ``refusal`` says names nothing, where it is an UnknownSymbol not mistaken for a function's (sigmod):
    the refusal a reading that names nothing there may replace; None otherwise."""
    return refusal.name if isinstance(refusal, UnknownSymbol) and not refusal.misspelt else None


def names_no_layer(refusal: Exception) -> bool:
    """Whether ``refusal`` is about a layer the network does not have: NoSuchLayer, or an UnknownName made of letters
    and a layer's number (W5, Z0)."""
    return isinstance(refusal, NoSuchLayer) or isinstance(refusal, UnknownName) \
        and re.fullmatch(r"[A-Za-z]+\d+", refusal.name) is not None


def outside_network(refusal: Exception) -> bool:
    """Whether ``refusal`` is about a unit or a layer the network does not have (NoSuchUnit, names_no_layer): a rule's
    value past the network, not why the rule cannot be read."""
    return isinstance(refusal, NoSuchUnit) or names_no_layer(refusal)


class ReaderDefect(FormulaError):
    """A formula check failed on with an exception of its own (a defect to report), refused in one line."""


#: Octave's * where the formula reads as Octave's (typography_steps.octave_code): one character no one types, read as
#: NumPy's @ (the matrix product, syntax_tree.tokenize) and shown as the * the student wrote, at the *'s own position
OCTAVE_PRODUCT = "\ue000"
#: Fortran's * on arrays (code_language.entrywise_stars): read as \odot, entry by entry, shown as the * written
ENTRYWISE_STAR = "\ue010"
#: Octave's and Julia's .* (and Julia's @. a * b): read as ENTRYWISE_STAR is, broadcast as NumPy's * (MATLAB's implicit
#: expansion, Julia's broadcast), never a matrix and a vector's matrix product as a page's \odot may be; shown as .*
OCTAVE_ENTRYWISE = "\ue013"
#: \circ and \odot read with the product of the factors juxtaposed after them as their right operand, a \circ b W as
#: a \circ (b W) (code_language.hadamard_before_product): read as \circ, \odot, shown as written
HADAMARD_BEFORE_PRODUCT = {"\ue011": r"\circ", "\ue012": r"\odot"}


def as_written(text: str) -> str:
    """``text`` as the student wrote it: Octave's (OCTAVE_PRODUCT) and Fortran's (ENTRYWISE_STAR) ``*`` as ``*``, a
    Hadamard product's sign read before a product (HADAMARD_BEFORE_PRODUCT) as its command."""
    text = text.replace(OCTAVE_PRODUCT, "*").replace(ENTRYWISE_STAR, "*").replace(OCTAVE_ENTRYWISE, ".*")
    if "\ue011" in text or "\ue012" in text:
        for private, command in HADAMARD_BEFORE_PRODUCT.items():
            text = text.replace(private, command)
    return text


def short(text: str) -> str:
    """A formula as a FormulaError quotes it, as written (as_written): on one line, at most 60 characters, in
    quotes."""
    text = " ".join(as_written(text).split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


@dataclass(frozen=True)
class Parameter:
    """One trainable number (or, with letter indices, one family of them).

    Attributes
    ----------
    kind : "W" or "b".
    layer : 1-based layer number.
    index : (j, i) for a weight, (j,) for a neuron bias, () for a shared bias; ints or index symbols.
    symbol : the SymPy object standing for it.
    masked : True for a weight the mask removes (it is 0, never updated, its gradient is 0).
    """

    kind: str
    layer: int
    index: tuple
    symbol: sp.Expr
    masked: bool = False

    @property
    def name(self) -> str:
        inside = ",".join(str(part) for part in self.index)
        return f"{self.kind}{self.layer}" + (f"[{inside}]" if self.index else "")

    @property
    def generic(self) -> bool:
        return any(not isinstance(part, int) for part in self.index)


_PARAMETER = lazy_pattern(r"^\s*([Wb])(\d+)\s*(?:\[([^\]]*)\])?\s*$")


class NetworkSymbols:
    """The symbols of a problem file's network (see the module docstring for the names).

    Parameters
    ----------
    problem : backprop.problem.Problem (only its layers and loss are used).
    """

    def __init__(self, problem):
        self.problem = problem
        self.specs = list(problem.layers)
        self.loss = problem.loss
        self.x = sp.IndexedBase("x", real=True)
        self.target = sp.IndexedBase(self.loss.targets.letter, real=True)
        self.eta = sp.Symbol("eta", positive=True)
        self.L = sp.Symbol("L", real=True)
        # the number of samples a sum over samples runs over (1/K sum_k in a formula)
        self.K = sp.Symbol("K", positive=True, integer=True)
        self.W, self.b, self.z, self.a, self.delta = {}, {}, {}, {0: self.x}, {}
        for number, spec in enumerate(self.specs, start=1):
            self.W[number] = sp.IndexedBase(f"W{number}", real=True)
            self.z[number] = sp.IndexedBase(f"z{number}", real=True)
            self.a[number] = sp.IndexedBase(f"a{number}", real=True)
            # dL/dz{number}[j]: read in formulas, replaced by its derivation before anything is compared
            self.delta[number] = sp.IndexedBase(f"delta{number}", real=True)
            self.b[number] = {"neuron": sp.IndexedBase(f"b{number}", real=True),
                              "shared": sp.Symbol(f"b{number}", real=True),
                              "none": None}[spec.bias]

    # -- shape ---------------------------------------------------------------------------------

    @property
    def one_hot(self) -> bool:
        """Whether the loss's targets are one-hot vectors (t); the others are numbers (y)."""
        return self.loss.targets.one_hot

    @property
    def depth(self) -> int:
        return len(self.specs)

    def spec(self, layer: int):
        return self.specs[layer - 1]

    def units(self, layer: int) -> int:
        """Units of layer ``layer``; layer 0 is the input."""
        return self.specs[0].inputs if layer == 0 else self.specs[layer - 1].units

    @property
    def index_limit(self) -> int:
        """The index values a formula's letter is tried at, 0 up to this: one more than the widest layer's last
        unit, and one more for a notation counting from 1."""
        return max(self.units(layer) for layer in range(self.depth + 1)) + 2

    def bias_mode(self, layer: int) -> str:
        return self.spec(layer).bias

    def is_frozen(self, parameter: Parameter) -> bool:
        """Whether the problem file holds ``parameter`` fixed (its layer's ``frozen`` key): never updated."""
        return ("weights" if parameter.kind == "W" else "biases") in self.spec(parameter.layer).frozen

    def is_masked(self, layer: int, j, i) -> bool:
        mask = self.spec(layer).mask
        if mask is None or not isinstance(j, int) or not isinstance(i, int):
            return False
        return mask[j, i] == 0

    def parameter_count(self) -> int:
        total = 0
        for number, spec in enumerate(self.specs, start=1):
            total += spec.units * spec.inputs if spec.mask is None else int(spec.mask.sum())
            total += {"neuron": spec.units, "shared": 1, "none": 0}[spec.bias]
        return total

    # -- quantities ------------------------------------------------------------------------------

    def weight(self, layer: int, j, i) -> sp.Expr:
        """W{layer}[j,i], or 0 where the mask removes the connection."""
        return sp.S.Zero if self.is_masked(layer, j, i) else self.W[layer][j, i]

    def bias(self, layer: int, j) -> sp.Expr:
        base = self.b[layer]
        if base is None:
            return sp.S.Zero
        return base if isinstance(base, sp.Symbol) else base[j]

    def activation(self, layer: int, j) -> sp.Expr:
        """a{layer}[j]; a0 is x."""
        return self.a[layer][j]

    def pre_activation(self, layer: int, j) -> sp.Expr:
        return self.z[layer][j]

    # -- parameters ------------------------------------------------------------------------------

    def parameters(self) -> list[Parameter]:
        """Every parameter in file order: per layer its weights row by row, then its biases."""
        return [parameter for number in range(1, self.depth + 1) for parameter in self.layer_parameters(number)]

    def layer_parameters(self, layer: int) -> list[Parameter]:
        """The parameters of one layer: its weights row by row, then its biases."""
        spec = self.spec(layer)
        found = [self._weight_parameter(layer, j, i) for j in range(spec.units) for i in range(spec.inputs)]
        return found + self._bias_parameters(layer, range(spec.units))

    def generic_parameters(self) -> list[Parameter]:
        """One family per layer and kind: W1[j,i], b1[j] (or b1): for networks too big to list."""
        found = []
        for number in range(1, self.depth + 1):
            found.append(Parameter("W", number, (J, I), self.W[number][J, I]))
            found.extend(self._bias_parameters(number, [J]))
        return found

    def _weight_parameter(self, layer: int, j, i) -> Parameter:
        return Parameter("W", layer, (j, i), self.W[layer][j, i], self.is_masked(layer, j, i))

    def _bias_parameters(self, layer: int, units) -> list[Parameter]:
        mode = self.bias_mode(layer)
        if mode == "shared":
            return [Parameter("b", layer, (), self.b[layer])]
        if mode == "neuron":
            return [Parameter("b", layer, (j,), self.b[layer][j]) for j in units]
        return []

    def parameter(self, name: str) -> Parameter:
        """The parameter called ``name`` (``W2[0,1]``, ``b1[2]``, ``b3``; ``W1[j,i]`` for the family)."""
        match = _PARAMETER.match(name)
        if not match:
            raise FormulaError(f"parameter {name!r}: not a parameter name; write W2[0,1] (layer 2, unit 0,"
                               " input 1), b1[2] (a neuron bias) or b3 (a shared bias)")
        kind, layer, inside = match.group(1), int(match.group(2)), match.group(3)
        if not 1 <= layer <= self.depth:
            raise NoSuchLayer(f"parameter {name!r}: there is no layer {layer}; the network has layers"
                              f" 1 to {self.depth}", layer=layer)
        parts = [] if inside is None else [part.strip() for part in inside.split(",")]
        index = tuple(self._index_part(name, part) for part in parts)
        return self._weight(name, layer, index) if kind == "W" else self._bias(name, layer, index)

    def _index_part(self, name: str, part: str):
        if part.isdigit():
            return int(part)
        if part in ("j", "i"):
            return {"j": J, "i": I}[part]
        raise FormulaError(f"parameter {name!r}: index {part!r} is not a whole number (indices are"
                           " 0-based: W2[0,1])")

    def _weight(self, name: str, layer: int, index: tuple) -> Parameter:
        if len(index) != 2:
            raise FormulaError(f"parameter {name!r}: a weight has two indices, unit and input:"
                               f" W{layer}[j,i]")
        self._check_range(name, "unit", index[0], self.units(layer), layer)
        self._check_range(name, "input", index[1], self.units(layer - 1), layer)
        return self._weight_parameter(layer, *index)

    def _bias(self, name: str, layer: int, index: tuple) -> Parameter:
        mode = self.bias_mode(layer)
        if mode == "none":
            raise FormulaError(f"parameter {name!r}: layer {layer} has no bias (bias = \"none\")")
        if mode == "shared":
            if index:
                raise FormulaError(f"parameter {name!r}: layer {layer} has one shared bias; write b{layer}")
            return Parameter("b", layer, (), self.b[layer])
        if len(index) != 1:
            raise FormulaError(f"parameter {name!r}: layer {layer} has one bias per unit; write"
                               f" b{layer}[j], j = 0..{self.units(layer) - 1}")
        self._check_range(name, "unit", index[0], self.units(layer), layer)
        return Parameter("b", layer, index, self.b[layer][index[0]])

    def _check_range(self, name: str, what: str, value, size: int, layer: int) -> None:
        if isinstance(value, int) and not 0 <= value < size:
            where = f"layer {layer} has {size} units" if what == "unit" else f"layer {layer} has {size} inputs"
            raise NoSuchUnit(f"parameter {name!r}: {what} index {value} is out of range; {where}"
                             f" (0..{size - 1})", index=value)

    # -- for messages ------------------------------------------------------------------------------

    def describe(self) -> str:
        """The names a formula may use in this network, with their index ranges."""
        parts = [f"x[i] (i < {self.units(0)})"]
        for number in range(1, self.depth + 1):
            units, inputs = self.units(number), self.units(number - 1)
            parts.append(f"W{number}[j,i] (j < {units}, i < {inputs})")
            mode = self.bias_mode(number)
            if mode == "neuron":
                parts.append(f"b{number}[j]")
            elif mode == "shared":
                parts.append(f"b{number}")
            parts.append(f"z{number}[j], a{number}[j], delta{number}[j] (j < {units})")
        parts.append(f"{self.target.name}[j] (j < {self.units(self.depth)})")
        parts.append("eta")
        return ", ".join(parts)
