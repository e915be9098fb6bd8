"""What ``backprop derive`` says, independent of the output format.

A ``Document`` is a title, the network's definitions, and one ``Section`` per parameter; a section
is a list of ``Block``s (chain rule, factors, simplified, expanded, update, numbers), each a list of
``Line``s that carry both their text (SymPy syntax, which check reads back) and their LaTeX.
render.py turns a Document into text, Markdown or LaTeX.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sympy as sp

from .definitions import chain_outputs, expansion
from .derivation import ChainRule, Deriver, ParameterDerivation
from .functions import loss_value, to_sympy
from .numeric import Compiled, file_samples, forward
from .notation_printing import NotationPrinter
from .printing import latex, partial_latex, partial_text, text
from .quantities import FormulaError, NetworkSymbols, Parameter

# Above this many parameters, derive without --param prints one derivation per family (W1[j,i]).
MAX_LISTED_PARAMETERS = 60
# Above this many terms, --expanded is refused (every a and z written out in x, W and b).
MAX_EXPANDED_TERMS = 3000
MAX_SAMPLES_SHOWN = 4


@dataclass
class Line:
    """One displayed line: ``left relation right``, as text and as LaTeX (``left`` may be empty)."""

    left_text: str
    right_text: str
    left_latex: str = ""
    right_latex: str = ""
    relation: str = "="
    relation_latex: str = "="


@dataclass
class Block:
    label: str
    lines: list[Line]
    note: str = ""


@dataclass
class Section:
    title_text: str
    title_latex: str
    blocks: list[Block]
    notes: list[str] = field(default_factory=list)


@dataclass
class Document:
    title: str
    source: str
    definitions: Block
    sections: list[Section]
    notes: list[str] = field(default_factory=list)


def derive_document(problem, parameter_name: str | None = None, expanded: bool = False,
                    notation=None) -> Document:
    """The derivations of one parameter (``parameter_name``) or of all of them; with ``notation`` (a
    notation.Notation), each also written in the homework's notation."""
    symbols = NetworkSymbols(problem)
    printer = NotationPrinter(notation, symbols) if notation is not None else None
    deriver = Deriver(symbols)
    notes = []
    if parameter_name is not None:
        parameters = [symbols.parameter(parameter_name)]
    elif symbols.parameter_count() > MAX_LISTED_PARAMETERS:
        parameters = symbols.generic_parameters()
        notes.append(f"the network has {symbols.parameter_count()} parameters: one derivation per family"
                     " (W1[j,i], ...), in index notation; name one with --param (e.g. --param W1[0,0])"
                     " for its own derivation and numbers")
    else:
        parameters = symbols.parameters()
    if expanded:
        for parameter in parameters:
            _check_expandable(symbols, deriver, parameter)
    samples = file_samples(problem)
    sections = [_section(symbols, deriver.derive(parameter), expanded, samples, problem) for parameter in parameters]
    if printer is not None:
        for section, parameter in zip(sections, parameters):
            if not parameter.masked and not parameter.generic:
                section.blocks.insert(len(section.blocks) - (1 if samples else 0),
                                      _notation_block(printer, deriver.gradient(parameter), parameter, notation))
    title = problem.title or "Derivations"
    return Document(title, problem.path, _definitions(symbols), sections, notes)


# -- definitions -----------------------------------------------------------------------------------


def _definitions(symbols: NetworkSymbols) -> Block:
    j, i = sp.symbols("j i", integer=True, nonnegative=True)
    lines = []
    for layer in range(1, symbols.depth + 1):
        inputs = symbols.units(layer - 1)
        z = sp.Sum(symbols.W[layer][j, i] * symbols.a[layer - 1][i], (i, 0, inputs - 1)) + symbols.bias(layer, j)
        lines.append(_line(symbols.z[layer][j], z))
        chain = symbols.spec(layer).activations
        if not chain[-1].elementwise:  # a row-wise activation: its formula over the layer's units
            def before(index, layer=layer, chain=chain):
                return chain_outputs(chain[:-1], [symbols.z[layer][j if index == "j" else index]])[0]

            value = to_sympy(chain[-1].formula, lambda name, index, before=before: before(index),
                             symbols.units(layer), expand=False)
        else:
            value = chain_outputs(chain, [symbols.z[layer][j]])[0]
        lines.append(_line(symbols.a[layer][j], value))
    outputs = symbols.units(symbols.depth)
    a = symbols.a[symbols.depth]
    loss = loss_value(symbols.loss, lambda index: a[j if index == "j" else index],
                      lambda index: symbols.target[j if index == "j" else index], expand=False, units=outputs)
    lines.append(_line(symbols.L, loss))
    masks = [str(layer) for layer in range(1, symbols.depth + 1) if symbols.spec(layer).mask is not None]
    note = f"W{' and W'.join(masks)} masked: a weight the mask removes is 0" if masks else ""
    if symbols.one_hot:
        note = (note + "; " if note else "") + "t is one-hot: exactly one t[j] is 1"
    return Block("network (one sample; j over units, i over inputs)", lines, note)


def _line(left, right, relation: str = "=", relation_latex: str = "=") -> Line:
    return Line(text(left), text(right), latex(left), latex(right), relation, relation_latex)


# -- one parameter -------------------------------------------------------------------------------


def _section(symbols: NetworkSymbols, derivation: ParameterDerivation, expanded: bool, samples, problem) -> Section:
    parameter = derivation.parameter
    gradient_text = partial_text(symbols.L, parameter.symbol)
    gradient_latex = partial_latex(symbols.L, parameter.symbol)
    blocks = []
    if parameter.masked:
        blocks.append(Block("masked", [Line(gradient_text, "0", gradient_latex, "0")]))
        return Section(gradient_text, gradient_latex, blocks, derivation.notes)
    blocks.append(_chain_block(derivation.chain, gradient_text, gradient_latex))
    blocks.append(_factor_block(derivation.chain))
    blocks.append(Block("in the network's quantities", [Line(gradient_text, text(derivation.gradient),
                                                             gradient_latex, latex(derivation.gradient))]))
    if expanded:
        full = derivation.gradient.xreplace(expansion(symbols))
        blocks.append(Block("expanded (inputs, weights, biases, targets)",
                            [Line(gradient_text, text(full), gradient_latex, latex(full))]))
    blocks.append(_update_block(symbols, derivation, gradient_text, gradient_latex))
    kind = {"W": "weights", "b": "biases"}[parameter.kind]
    if kind in getattr(symbols.spec(parameter.layer), "frozen", ()):
        derivation.notes.append(f"the file freezes layer {parameter.layer}'s {kind}: {text(parameter.symbol)} has"
                                " this gradient but is not updated")
    if samples and not parameter.generic:
        blocks.append(_numbers_block(symbols, derivation, samples, problem))
    return Section(gradient_text, gradient_latex, blocks, derivation.notes)


def _chain_block(chain: ChainRule, gradient_text: str, gradient_latex: str) -> Block:
    sums_text = "".join(f"sum_{{{index}={first}}}^{{{last}}} " for index, first, last in chain.sums)
    sums_latex = "".join(rf"\sum_{{{index}={first}}}^{{{last}}} " for index, first, last in chain.sums)
    lines = []
    for number, term in enumerate(chain.terms):
        product_text = " * ".join(partial_text(f.of, f.wrt) for f in term)
        product_latex = r" \, ".join(partial_latex(f.of, f.wrt) for f in term)
        if number == 0:
            lines.append(Line(gradient_text, sums_text + product_text, gradient_latex, sums_latex + product_latex))
        else:
            lines.append(Line("", product_text, "", product_latex, "+", "+"))
    paths = "one path" if len(chain.terms) == 1 and not chain.sums else (
        "summed over the paths" if not chain.sums else "summed over the paths, in index notation")
    return Block(f"chain rule ({paths})", lines)


def _factor_block(chain: ChainRule) -> Block:
    seen, lines = set(), []
    for term in chain.terms:
        for factor in term:
            key = (factor.of, factor.wrt)
            if key not in seen:
                seen.add(key)
                lines.append(Line(partial_text(factor.of, factor.wrt), text(factor.value),
                                  partial_latex(factor.of, factor.wrt), latex(factor.value)))
    return Block("factors", lines)


def _update_block(symbols, derivation: ParameterDerivation, gradient_text: str, gradient_latex: str) -> Block:
    parameter = derivation.parameter
    name_text, name_latex = text(parameter.symbol), latex(parameter.symbol)
    eta_text, eta_latex = text(symbols.eta), latex(symbols.eta)
    # Written as w - eta*(dL/dw) around the printed gradient, so that eta stays in front of it.
    value_text, value_latex = text(derivation.gradient), latex(derivation.gradient)
    lines = [Line(name_text, f"{name_text} - {eta_text}*{gradient_text}", name_latex,
                  rf"{name_latex} - {eta_latex} \, {gradient_latex}", "<-", r"\leftarrow"),
             Line("", f"{name_text} - {eta_text}*({value_text})", "",
                  rf"{name_latex} - {eta_latex} \left({value_latex}\right)")]
    return Block("update (gradient descent)", lines)


def _notation_block(printer: NotationPrinter, gradient, parameter: Parameter, notation) -> Block:
    """The derivative and the update in the homework's own symbols (LaTeX, as homework is written)."""
    name = printer.symbol(parameter.symbol)
    value = printer.latex(gradient)
    left = rf"\frac{{\partial {printer.loss}}}{{\partial {name}}}"
    lines = [Line(left, value, left, value),
             Line(name, rf"{name} - {printer.learning_rate} \left({value}\right)", name,
                  rf"{name} - {printer.learning_rate} \left({value}\right)", "<-", r"\leftarrow")]
    unnamed = printer.unnamed(gradient - parameter.symbol)
    # a quantity the notation names only within a vector (Ng's "x" = "x[:]") is written as symbols.md writes it
    note = "check reads these lines back with the same --notation" if not unnamed else (
        f"{', '.join(text(atom) for atom in unnamed)}: names the notation does not give one by one, written as"
        " docs/symbols.md writes them, which check may not read through this notation; name each in"
        " [notation.symbols] for lines check reads back")
    return Block(f"in the homework's notation ({notation.source})", lines, note)


def _numbers_block(symbols, derivation: ParameterDerivation, samples, problem) -> Block:
    parameter = derivation.parameter
    gradient = Compiled(symbols, derivation.gradient)
    current = Compiled(symbols, parameter.symbol)
    eta = problem.learning_rate
    lines = []
    for number, sample in enumerate(samples[:MAX_SAMPLES_SHOWN]):
        values = forward(symbols, sample)
        value = gradient(values)
        now = current(values)
        name = text(parameter.symbol)
        lines.append(Line(f"sample {number}: dL/d{name}", _number(value),
                          rf"\text{{sample {number}: }} \frac{{\partial L}}{{\partial {latex(parameter.symbol)}}}",
                          _number(value)))
        if eta is not None:
            new = now - eta * value
            lines.append(Line(f"  {name}", f"{_number(now)} - {_number(eta)}*({_number(value)}) = {_number(new)}",
                              latex(parameter.symbol), f"{_number(now)} - {_number(eta)} \\cdot ({_number(value)})"
                              f" = {_number(new)}", "<-", r"\leftarrow"))
    note = "the file's parameters and samples, each sample on its own (batch of one, loss summed)"
    if len(samples) > MAX_SAMPLES_SHOWN:
        note += f"; the first {MAX_SAMPLES_SHOWN} of {len(samples)} samples"
    return Block("at the file's numbers", lines, note)


def _number(value: float) -> str:
    return f"{value:.10g}"


# -- refusing --expanded -------------------------------------------------------------------------------


def expanded_terms(symbols: NetworkSymbols, deriver: Deriver, parameter: Parameter) -> float:
    """Roughly how many terms the expanded derivative prints: each a or z of layer l written out
    repeats everything below it, inputs(l) * (size(l - 1) + 2) terms."""
    size = {0: 1.0}
    for layer in range(1, symbols.depth + 1):
        size[layer] = symbols.units(layer - 1) * (size[layer - 1] + 2)
    if deriver.index_form(parameter):
        return float("inf")
    gradient = deriver.gradient(parameter)
    total = 0.0
    for atom in sp.preorder_traversal(gradient):
        if isinstance(atom, sp.Indexed) and atom.base.name[0] in "az" and atom.base.name[1:].isdigit():
            total += size[int(atom.base.name[1:])]
    return total


def _check_expandable(symbols: NetworkSymbols, deriver: Deriver, parameter: Parameter) -> None:
    terms = expanded_terms(symbols, deriver, parameter)
    if terms > MAX_EXPANDED_TERMS:
        size = "far too many" if terms == float("inf") or terms > 1e12 else f"about {terms:,.0f}"
        raise FormulaError(f"--expanded for dL/d{parameter.name}: the expanded derivative would have {size}"
                           " terms (every a and z written out in x, W and b); derive without --expanded"
                           " gives the same derivative in the network's quantities")
