"""What check of a homework formula returns: a verdict per claim and per member of its chain, and
the small helpers its parts share (homework.py, homework_cases.py, homework_numbers.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, is_dataclass

import sympy as sp

from ..patterns import lazy_pattern
from .accumulation import CODE_STATEMENT
from .check import CheckResult
from .equation_splitting import split_equations
from .quantities import FormulaError, NetworkSymbols, NewValue, Parameter, short as _short
from .reading_base import Context
from .readings_compared import NO_SHAPE_FITS, WrongShape
from .syntax_tree import RELATION_COMMAND, Apply, Big, Deriv, Nabla, Op, Sym


class UnsummedIndex(FormulaError):
    """A member's index letter with no value: neither the left side's nor a sum's (``letter``; ``used``, the
    symbol as written that uses it, or "")."""

    def __init__(self, message: str, letter: str, used: str):
        super().__init__(message)
        self.letter, self.used = letter, used


class ReadingsDisagree(FormulaError):
    """A claim check read, left side and members, that reads two ways with different verdicts (``y_i \\log
    \\hat{y}_i`` summed or not, ``W = [...]`` now or after the step): refused, yet a claim about the network, which
    grade reports as one rather than skipping it as prose."""


@dataclass
class Step:
    """The verdict on one member of a claim."""

    text: str
    verdict: str                     # correct | wrong
    detail: str = ""
    result: CheckResult | None = None
    where: str = ""                  # the index values and case where it failed
    given: str = ""                  # a correct verdict's note where it rests on the file's given numbers, for grade


@dataclass
class ClaimResult:
    text: str
    kind: str
    parameter: str
    steps: list = field(default_factory=list)
    values: int = 1                  # index values of a general rule checked

    @property
    def verdict(self) -> str:
        return "correct" if all(step.verdict == "correct" for step in self.steps) else "wrong"


@dataclass
class HomeworkResult:
    claims: list
    notation: str

    @property
    def verdict(self) -> str:
        return "correct" if self.claims and all(claim.verdict == "correct" for claim in self.claims) else "wrong"

    @property
    def exit_status(self) -> int:
        return 0 if self.verdict == "correct" else 1


def _components(formula, truth, text: str, numbers: bool = False) -> list:
    """(formula entry, truth entry) pairs of a member and its left side, which must have one shape; ``numbers``: a
    member of numbers only, where a row may write a vector."""
    # a row of numbers times a column, (0.5 -0.3)(0.1 1.0)^T: a 1 x 1 is the number
    if isinstance(formula, sp.MatrixBase) and formula.shape == (1, 1) and not isinstance(truth, sp.MatrixBase):
        formula = formula[0, 0]
    # and a number for a 1 x 1 left side, w^T x = (0.5 * 200) + (0.1 * 8): one entry, the same value
    if isinstance(truth, sp.MatrixBase) and truth.shape == (1, 1) and not isinstance(formula, sp.MatrixBase):
        truth = truth[0, 0]
    if isinstance(truth, sp.MatrixBase) and not isinstance(formula, sp.MatrixBase):
        # one number for every entry ("(both entries)" in the prose): which entries it is meant for is a guess
        entries = ", ".join(["..."] * min(len(truth), 4)) + (", ..." if len(truth) > 4 else "")
        raise WrongShape(f"{text!r} is a number where the left side is a vector or matrix ({truth.rows} x"
                           f" {truth.cols}); write a value for each entry, [{entries}], or the claim of one entry (its"
                           " left side with its indices)")
    if isinstance(formula, sp.MatrixBase) and not isinstance(truth, sp.MatrixBase):
        # y s^T of two columns is their outer product: a page whose vectors are rows means the inner product
        rows = (f" ({formula.rows} x {formula.cols}); two vectors' inner product is u^T v of columns, u v^T of rows:"
                " where the page's vectors are rows, give them as rows in the notation (a meaning with .T, \"u\" ="
                " \"a1[:].T\")" if min(formula.shape) > 1 else "")
        raise WrongShape(f"{text!r} is a vector or matrix where the left side is a number{rows}")
    if isinstance(formula, sp.MatrixBase):
        if numbers and truth.cols == 1 and formula.shape == (1, truth.rows):
            # a vector's numbers written as a row, as notes whose samples are rows print them (cs231n's h1 =
            # [2.28 0]): the same entries in the same order. A symbolic x^T stays a transpose the writer chose
            formula = formula.T
        elif numbers and truth.rows == 1 and formula.shape == (truth.cols, 1):
            # and the other way round: a one-row matrix's numbers as a list, [-0.192, -0.192] for a one-output
            # layer's 1 x 2 gradient (a list has no orientation; its entries in order are the row's)
            formula = formula.T
        if formula.shape != truth.shape:
            # a row for a column (\delta^k a row in notes whose notation reads it as a column): which orientation
            # the claim means is the writer's, so neither is taken; say what would read
            flipped = "; write the member as its transpose, (...)^T, or give the left side the orientation the" \
                      " page writes (a row or a column) in the notation, a row as its meaning with .T (\"u\" =" \
                      " \"a1[:].T\")" if formula.shape == truth.shape[::-1] else ""
            raise WrongShape(f"{text!r} is {formula.rows} x {formula.cols} where the left side is"
                               f" {truth.rows} x {truth.cols}{flipped}")
        return list(zip(list(formula), list(truth)))
    return [(formula, truth)]


def definite_shape_mismatch(formula, truth, text: str, context: Context) -> str | None:
    """The hint that calls a member wrong for its shape, or None: where the member, as read_shaped has read it (its
    orientation flips and outer product tried), is a vector or matrix that neither it nor its transpose could be
    spread to the left side's shape (NumPy's broadcasting), no reading fits, so the formula is wrong, not unreadable
    (dW^{[2]} = \\delta^{[2]} a^{[2]T}, 2 x 2 for a 2 x 4 left side). None where a reading could fit (the transpose,
    which _components refuses saying how to write it; a column for every column of a matrix), or a shape is
    uncertain: a number (1 x 1), a sum over samples, a count of samples the claim names."""
    if not (isinstance(formula, sp.MatrixBase) and isinstance(truth, sp.MatrixBase)) or formula.shape == (1, 1) \
            or context.sample_sums or context.count_names:
        return None
    if any(rows in (1, truth.rows) and cols in (1, truth.cols) for rows, cols in (formula.shape, formula.shape[::-1])):
        return None
    return (f"{text!r} is {formula.rows} x {formula.cols} where the left side is {truth.rows} x {truth.cols},"
            f" {NO_SHAPE_FITS}")


def number_for_entries(member, formula, truth, pairs: list, verdict_of, where: str) -> Step | None:
    """A number where the left side is a vector or matrix (\\sigma(z)(1 - \\sigma(z)) for d\\hat{y}/dw): every
    entry's value, or one entry's with its index left out. Wrong where it equals none of the entries (wrong
    under every reading); None where it equals every entry (correct under every reading: the entries are
    judged); refused (_components) where it equals some entries only."""
    results = [verdict_of(formula_entry, truth_entry) for formula_entry, truth_entry in pairs]
    if all(result.verdict == "wrong" for result in results):
        return Step(member.text, "wrong", f"{member.text!r} is a number where the left side is {truth.rows} x"
                    f" {truth.cols}, and it equals none of its entries: wrong as every entry's value and as any"
                    " one entry's", results[0], where)
    if any(result.verdict == "wrong" for result in results):
        _components(formula, truth, member.text)  # it may be one entry's value: which one is a guess
    return None


def _new_values(value, calculus):
    """An updated parameter on the right side is its true new value."""
    def replace(entry):
        if not isinstance(entry, sp.Basic) or not entry.has(NewValue):
            return entry
        return entry.replace(NewValue, calculus.stepped)
    return value.applyfunc(replace) if isinstance(value, sp.MatrixBase) else replace(value)


def _where(env: dict, letters: tuple, members: dict | None = None) -> str:
    """The index values a step is judged at, ``j = 1, k = 2``; a letter of ``members`` (letter -> base, a rule's
    bare name of a listed family) as the member it stands for, ``w = w_{3}``."""
    members = members or {}
    return ", ".join(f"{members[letter]} = {members[letter]}_{{{env[letter]}}}" if letter in members
                     else f"{letter} = {env[letter]}" for letter in letters if letter in env)


def _number(value: float) -> str:
    return f"{value:.6g}"


def _entry(index: int, value) -> str:
    if isinstance(value, sp.MatrixBase):
        row, column = divmod(index, value.cols)
        return f"[{row}]" if value.cols == 1 else f"[{row},{column}]"
    return str(index)


def negate_deltas(expr, symbols: NetworkSymbols):
    mapping = {}
    for atom in expr.atoms(sp.Indexed):
        if atom.base in symbols.delta.values():
            mapping[atom] = -atom
    return expr.xreplace(mapping)


def family_name(names: list) -> str:
    """The first and last of a claim's parameters, in the order of the network's layers: a rule over the layer and
    the units, Nielsen's dC/db^l_j, names b1[0] ... b2[1] (read unit by unit, b1[2] came last), each layer's own
    order kept."""
    names = sorted(names, key=lambda name: int(layer.group(1)) if (layer := _LAYER.match(name)) else 0)
    return names[0] if len(names) == 1 else f"{names[0]} ... {names[-1]}"


#: a parameter's layer in its name of symbols.md (the 2 of W2[0,1], b2[0])
_LAYER = lazy_pattern(r"[A-Za-z]+(\d+)\[")


def merge_family(results: list) -> list:
    """The claims of a family named by --param (W2[j,i]: one run per j, i) as one claim per equation: ``results``
    is [(the claim's place in its run, its ClaimResult)], and the claims at one place of every run are merged. Two
    equations of one text written twice (a paragraph stating a derivative, then deriving it) stay two claims."""
    merged: dict = {}
    for place, claim in results:
        key = place, claim.text
        if key not in merged:
            merged[key] = claim
            continue
        first = merged[key]
        first.values += claim.values
        first.parameter = first.parameter if first.parameter == claim.parameter else family_name(
            [first.parameter.split(" ... ")[0], claim.parameter])
        first.steps = [old if old.verdict == "wrong" or new.verdict != "wrong" else new
                       for old, new in zip(first.steps, claim.steps)]
    return list(merged.values())


# a heading's #s (after a list's marks, if any) before a line holding a relation, no math delimiter after them:
# "- #### \\frac{...}{...} = ...", whose # a comment's mark drops with the relation after it
_HEADING_OUTSIDE_MATH = lazy_pattern(r"[ \t]*(?:(?:[-*+]|[0-9]+[.)])[ \t]+)*(#{1,6})[ \t]*(?![$`\s#]|\\[\[(])[^\n]*=",
                                     needs=("#",))


def implied_left(text: str, context: Context, parameter: Parameter | None, update: bool,
                  family: str | None = None) -> str:
    """A formula without a relation is the derivative of the loss by --param (or, with --update, its
    new value): the left side is implied."""
    equations = split_equations(text)
    # w_k \to w_k - ... is an update (syntax_arrows.ArrowParsing.becomes_at): its arrow is its relation
    if len(equations) == 1 and not re.search(rf"(?<![<>!:\\])=|{RELATION_COMMAND}|:=|\\to(?![A-Za-z])|\\(?:long)?rightarrow(?![A-Za-z])|->",
                                              equations[0]):
        heading = _HEADING_OUTSIDE_MATH.match(text)
        if parameter is None and heading is not None:
            raise FormulaError(f"formula {_short(text)}: '{heading.group(1)}' before it, with no math delimiter after"
                               f" it, reads as a comment's mark and leaves no equation; write a heading's formula in"
                               f" its delimiters, {heading.group(1)} $...$")
        if parameter is None:
            raise FormulaError(f"formula {_short(text)}: has no left side; write the equation"
                               " (\\frac{\\partial L}{\\partial w} = ...) or name the parameter with --param")
        name = family or parameter.name  # a family keeps its letters: one claim for all its values
        if update:
            return f"{name} := {equations[0]}"
        return rf"\frac{{\partial L}}{{\partial {name}}} = {equations[0]}"
    return text


def free_use(node, letter: str, bound: frozenset = frozenset()) -> str:
    """The first symbol of ``node`` (as written) whose scripts use ``letter`` where no sum or product
    around it runs over that letter, or "": where a refusal's letter without a value stands."""
    if isinstance(node, Sym):
        letters = re.findall(r"\\[A-Za-z]+|[A-Za-z]", node.sub + "," + node.sup)
        return node.text() if letter in letters and letter not in bound else ""
    if isinstance(node, Big):
        bound = bound | set(node.letters)
    children = node if isinstance(node, (list, tuple)) else (
        [getattr(node, item.name) for item in fields(node)] if is_dataclass(node) else [])
    for child in children:
        found = free_use(child, letter, bound)
        if found:
            return found
    return ""


def free_uses(node, letter: str, bound: frozenset = frozenset()) -> list:
    """Every symbol of ``node`` whose scripts use ``letter`` where no sum or product around it runs over that letter
    (free_use's, all of them)."""
    if isinstance(node, Sym):
        letters = re.findall(r"\\[A-Za-z]+|[A-Za-z]", node.sub + "," + node.sup)
        return [node] if letter in letters and letter not in bound else []
    if isinstance(node, Big):
        bound = bound | set(node.letters)
    children = node if isinstance(node, (list, tuple)) else (
        [getattr(node, item.name) for item in fields(node)] if is_dataclass(node) else [])
    return [found for child in children for found in free_uses(child, letter, bound)]


# the operations whose operands are factors of one product (a quotient's numerator and denominator alike)
_PRODUCT_KINDS = ("*", "/", "dot", "times")


def _factors(node) -> list:
    """The factors of the product ``node`` is, nested products and a minus sign's operand flattened."""
    if isinstance(node, Op) and node.kind in _PRODUCT_KINDS:
        return [factor for arg in node.args for factor in _factors(arg)]
    if isinstance(node, Op) and node.kind == "neg":
        return _factors(node.args[0])
    return [node]


def repeated_in_a_product(node, letter: str) -> bool:
    """Whether ``letter`` stands free (no sum around it runs over it) in two factors of one product of ``node``,
    ``y_i \\log \\hat{y}_i`` or ``\\delta_k w_{kj}``: the index Einstein's convention sums, with no sum sign."""
    if isinstance(node, Big) and letter in node.letters:
        return False
    if isinstance(node, Op) and node.kind in _PRODUCT_KINDS \
            and sum(bool(free_use(factor, letter)) for factor in _factors(node)) >= 2:
        return True
    children = node if isinstance(node, (list, tuple)) else (
        [getattr(node, item.name) for item in fields(node)] if is_dataclass(node) else [])
    return any(repeated_in_a_product(child, letter) for child in children)


def sums_over_an_index(node) -> bool:
    """Whether ``node`` (as written) has a sum over an index letter, \\sum_{i=1}^{N} (\\hat{y}_i - y_i): the number
    it makes is the writer's total over entries, not one entry's value with its index left out; a bare \\sum u
    or sum(u) of a vector has no letter (which axis it adds is the writer's)."""
    return _has_sum(node, lambda big: big.letters and not big.called)


def has_bare_sum(node) -> bool:
    """Whether ``node`` (as written) has a bare \\sum u or code's sum(u): which axis it adds is the writer's, so the
    number it makes may be a vector under the writer's reading."""
    return _has_sum(node, lambda big: not big.letters or big.called)


def _has_sum(node, chosen) -> bool:
    if isinstance(node, Big) and node.kind == "sum" and chosen(node):
        return True
    children = node if isinstance(node, (list, tuple)) else (
        [getattr(node, item.name) for item in fields(node)] if is_dataclass(node) else [])
    return any(_has_sum(child, chosen) for child in children)



def reassigned_in_place(claim) -> bool:
    """Whether a claim reassigns its left side's name in place, code's ``h_grid = h_grid .* df(h)`` or ``res +=
    term``: the name written again in a member as a value (there its value before the statement), in a statement of
    code; never a loss written with its arguments, ``E = E(y, t)``, nor a derivative's names."""
    left = claim.left.node
    return isinstance(left, Sym) and CODE_STATEMENT.fullmatch(claim.text) is not None \
        and any(_values_name(member.node, left.text()) for member in claim.members)




def _values_name(node, written: str) -> bool:
    if isinstance(node, Sym):
        return node.text() == written
    if isinstance(node, (Deriv, Nabla)):
        return False
    if isinstance(node, Apply):  # E(y, t): the callee is a function's or a loss's name, its arguments values
        return _values_name(node.args, written)
    children = node if isinstance(node, (list, tuple)) else (
        [getattr(node, item.name) for item in fields(node)] if is_dataclass(node) else [])
    return any(_values_name(child, written) for child in children)
