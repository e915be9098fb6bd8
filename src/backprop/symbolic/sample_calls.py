"""A quantity of the sample written as a function of the network's input, Nielsen's ``y(x)``, ``a^L(x)``,
``\\delta_k(x_m)``: the quantity at that sample (x, x_m, x^{(i)}: the input the notation names), not the quantity
times x. Where the product could also be meant (a number before the input: ``dz(x)`` may be dz times x), the formula
is judged both ways (:func:`judged_at_sample_and_as_product`, through readings_compared.either_reading) and refused in
one line where the two readings do not agree. Two vectors side by side have no product but the entrywise one the reader
takes for factors (``a(1 - a)``); a vector of the sample before the input is that vector at the sample only.

R's transpose ``t(X)`` of one name (a list's field too, ``t(nn$layer1)``), in plain code that shows it is R's
(``dscores %*% t(W2)``, ``dW <- t(h) %*% d``; elsewhere t(u) is mathematics', t at u) or in ``\\text{...}``
(``\\text{t(hidden.layer)}``), is another name glued to a parenthesis: R's call, X^T, where the notation gives t no
meaning (symbols.md's target t is no product a writer glues so); where it names a quantity t, also the product of t
with (X), and both readings are judged
(:func:`r_transpose_both_ways`): where the product is refused (the sizes do not fit) the transpose is the one
reading, and where both read and their verdicts differ it is refused in one line. A function the notation names t is
that function.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import sympy as sp

from ..patterns import lazy_pattern
from .quantities import short
from .claim_definitions import judged_with_claim_definition, judged_with_local_definition
from .code_declarations import loop_entries_read, without_typed_declarations
from .eigen_sizes import eigen_judged
from .decorations import TEXT_COMMAND
from .code_language import (R_MARKS, asciimath_ring, hadamard_before_product, octave_both_ways, otimes_both_ways,
                            outer_word)
from .notation import Notation
from .numpy_out import out_argument_both_ways
from .readings_compared import either_reading, judged_again_where_met
from .two_readings import text_readings

#: the kinds of network quantity (calculus.node) that each sample has its own of: outputs, sums, errors, targets
SAMPLE_KINDS = ("a", "z", "delta", "target")


@dataclass
class SampleCallReading:
    """How ``Q(x)`` is read for one judging, where Q times x could also be meant.

    as_product : read as Q times x (the second reading), False Q at the sample, None where no reading was chosen
        (a context outside check_homework): such a call is then refused.
    met : the calls read so far where both readings were possible, each (its text, what it reads as, how to write
        either reading): none, and the formula has one reading only. Also \\sigma(u) where the notation names
        \\sigma a quantity (reading_model.py): the function applied, or the product.
    """

    as_product: bool | None = None
    met: list = field(default_factory=list)


def judged_at_sample_and_as_product(text: str, judge: Callable):
    """``judge(SampleCallReading)`` (a HomeworkResult) with Q(x) at the sample (\\sigma(u) the function applied, v^2
    of a vector entry by entry); where it met a call that may also be a product, judged again with the product (v^2
    the squared norm), and refused in one line where the two readings do not agree; where only vector squares were
    met and their squared norm cannot be meant (reading_powers.py), the first reading alone."""
    return judged_again_where_met(
        SampleCallReading(as_product=False), SampleCallReading(as_product=True), judge,
        lambda met: f"formula {short(text)}: {met[0]} reads as {met[1]}, and the two readings do not agree; write"
                    f" {met[2]}",
        lambda met: all(tuple(entry[1:]) == VECTOR_SQUARE_READINGS for entry in met))


#: what a sample's call Q(x) reads as, and how to write either reading (a SampleCallReading's met entry)
SAMPLE_CALL_READINGS = ("the quantity at the sample's input or as the quantity times the input",
                        "the quantity alone for its value at the sample, or \\cdot for the product")
#: what a vector's square v^2 reads as, and how to write either reading (reading_powers.py)
VECTOR_SQUARE_READINGS = ("the square of each entry or the inner product of the vector with itself",
                          "u \\odot u for the square of each entry, u^T u for the inner product")


def is_sample_quantity(calculus, value, argument, gradient: bool) -> bool:
    """Whether ``value`` is a quantity of the sample (every entry an input, an output, a sum, an error or a target, or
    ``gradient``: the notation names it as the loss's gradient by such a quantity, grad(z2[:])) and ``argument`` the
    network's whole input, as ``Q(x)`` writes them (calculus: the network's NetworkCalculus)."""
    return calculus.is_whole_input(argument) and (gradient or all(
        node is not None and node[0] in SAMPLE_KINDS for node in calculus.entry_nodes(value)))


def product_may_be_meant(value, argument) -> bool:
    """Whether Q times x is a product one writes Q(x) for: not two vectors side by side (their only product here is
    the entrywise one, a(1 - a), never written as a quantity before the input)."""
    vectors = [isinstance(each, sp.MatrixBase) and 1 in each.shape and len(each) > 1 for each in (value, argument)]
    return not all(vectors)


# R's name: its words hold dots (hidden.layer), and a list's field follows its $ (nn$layer1, nn$W[[2]], the field
# through its list's element [[i]]), one name as syntax_tree reads it
_R_NAME = r"[A-Za-z][\w.]*(?:\[\[[^\[\]$]*\]\])?(?:\$[A-Za-z][\w.]*(?:\[\[[^\[\]$]*\]\])?)*"
# R's t(X) of one name, glued to its parenthesis in plain code, and in \text{...} (\mathrm, \operatorname, \texttt,
# \mathtt, as typography reads them)
_R_TRANSPOSE = lazy_pattern(r"(?<![\w.\\])t\(\s*(" + _R_NAME + r")\s*\)")
_TEXT_R_TRANSPOSE = lazy_pattern(TEXT_COMMAND + r"\s*\{\s*t\s*\(\s*(" + _R_NAME + r")\s*\)\s*\}",
                                 needs=("hbox", "mathsf", "mathtt", "mbox", "operatorname", "rm", "text"))


def r_transpose_both_ways(text: str, judge: Callable, notation: Notation | None):
    """``judge(text)`` with R's ``t(X)`` read as X's transpose (``np.transpose(X)``) where ``notation`` gives t no
    meaning; where it names a quantity t, read both so and as written (t times X): the transpose alone where the
    written reading is refused, FormulaError in one line where the two readings do not agree."""
    code = R_MARKS.search(text) is not None  # elsewhere t(u) is mathematics' (t at u, a sample call), never R's
    found = _TEXT_R_TRANSPOSE.search(text) or (_R_TRANSPOSE.search(text) if code else None)
    if found is None or notation is not None and "t" in notation.functions:
        return judge(text)
    transposed = _TEXT_R_TRANSPOSE.sub(r"\\text{np.transpose}(\\text{\1})", text)
    transposed = _R_TRANSPOSE.sub(r"np.transpose(\1)", transposed) if code else transposed
    if notation is None or "t" not in notation.bases:
        return judge(transposed)
    name = found.group(1)
    return either_reading(
        lambda: judge(text), lambda: judge(transposed),
        f"formula {short(text)}: t({name}) reads as R's transpose of {name} or as t times ({name}), and the two"
        f" readings do not agree; write {name}^T for the transpose, or t \\cdot ({name}) for the product",
        other_alone=lambda refusal: True)


def _two_dimensional(notation: Notation | None, name: str) -> bool:
    """Whether ``notation`` gives ``name`` a row (its meaning's ``.T``, ``"o" = "a1[:].T"``) or a matrix
    (``"W" = "W1[:, :]"``): an array of two axes in NumPy, whose ``.T`` is its transpose."""
    return notation is not None and any(
        pattern.text == name and (pattern.meaning.rstrip().endswith(".T") or _MATRIX_MEANING.search(pattern.meaning))
        for pattern in notation.patterns)


# a meaning naming a matrix's slice of two axes, W1[:, :], W2[:, j]
_MATRIX_MEANING = lazy_pattern(r"\[[^\[\]]*,[^\[\]]*\]")


def formula_readings(notation: Notation | None) -> tuple:
    """The constructs of a formula's text, outermost first: the language of its code (Octave's * or C's,
    code_language), Eigen's line (judged with Eigen's sums, eigen_sizes), code's typed declarations (code_declarations,
    one reading), a loop's number named as the
    notation's whole vector (code_declarations too, read where the statement is refused as written), a name the claim
    defines itself
    (claim_definitions, read where the name is refused as unknown), then those read more than one way: a definition
    as a claim's condition (claim_definitions), R's t(X), then two_readings.text_readings', then u \\otimes v
    (outer or entrywise, code_language), the word outer (the outer product alone, after \\otimes's two
    readings), AsciiMath's @ (its ring operator, the entrywise product, in a text its partial derivative
    marks), and last NumPy's out argument, np.multiply(u, v, out) (numpy_out)."""
    return (lambda text, judge: octave_both_ways(text, judge, notation.loop_word if notation is not None else None,
                                                 lambda name: _two_dimensional(notation, name)),
            eigen_judged, lambda text, judge: judge(without_typed_declarations(text, notation)),
            lambda text, judge: loop_entries_read(text, judge, notation),
            judged_with_claim_definition, judged_with_local_definition,
            lambda text, judge: r_transpose_both_ways(text, judge, notation),
            *text_readings(notation), otimes_both_ways, hadamard_before_product, outer_word, asciimath_ring,
            out_argument_both_ways)
