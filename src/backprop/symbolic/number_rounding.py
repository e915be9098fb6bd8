"""How far a number written in a member of numbers may be from the true value (a part of homework_numbers): the
spec's rule for a number written as the result, one unit of its last digit either way of the true value rounded
(half a unit when the file writes it); for a number inside an expression, its rounding carried through the
expression (``allowed_error``); for a number that stands for a subtree of the symbolic member before it, that
subtree's value (``stands_for``)."""

from __future__ import annotations

import math

import numpy as np
import sympy as sp

from .number_alignment import written_results
from .syntax_tree import Num, Op


def first_off(pairs, reader, member, given: frozenset, own: dict):
    """The first (entry's index, its value, the true value, the error allowed) of ``pairs`` (a member's entries of
    numbers and their true values) whose entry is off its true value by more than its numbers' rounding allows;
    None when every entry is within it."""
    numbers = {symbol: number for symbol, number, unit, digits in reader.numbers}
    results = [id(node) for node in written_results(member.node)]
    as_results = frozenset(symbol for symbol, node in reader.nodes.items() if id(node) in results)
    # a decimal no entry holds was cancelled by a whole 0 (the mask [1, 0] in [-0.045, -0.054] \odot [1, 0]): the
    # entry it was in came out a whole number, though not one written with whole numbers only
    present = set().union(*(getattr(entry, "free_symbols", set()) for entry, _ in pairs))
    cancelled = max((abs(float(number)) for symbol, number, unit, digits in reader.numbers if symbol not in present),
                    default=None)
    for index, (entry, true_entry) in enumerate(pairs):
        approximate, true_number = float(entry.xreplace(numbers)), float(true_entry)
        allowed = allowed_error(entry, reader.numbers, member.node, given, own, as_results, cancelled)
        if not abs(approximate - true_number) <= allowed + 1e-15 * abs(true_number):
            return index, approximate, true_number, allowed
    return None


def given_numbers(problem) -> frozenset:
    """The magnitudes of the numbers the problem file writes: inputs, targets, weights, biases and the
    learning rate."""
    arrays = [problem.x, problem.targets] + [array for layer in problem.layers for array in (layer.weights, layer.biases)]
    found = {abs(float(value)) for array in arrays if array is not None for value in np.ravel(array)}
    if problem.learning_rate is not None:
        found.add(abs(float(problem.learning_rate)))
    return frozenset(found)


# Half a unit of the last digit: a correctly rounded number. One unit either way of its rounding
# (1.5 units from the true value): the spec's rule for a number written as the result, and the slack an
# operand of three or more significant digits keeps for a truncated or re-rounded intermediate. An
# operand of one or two significant digits gets no such slack: one unit of 0.3 is a third of it, and
# 0.4 for a weight 0.3 (or 0.2 for an intermediate 0.27) passed for right.
ROUNDED, ONE_UNIT_EITHER_WAY = 0.5, 1.5
# the error an entry of exact numbers is allowed: floating-point noise
FLOAT_NOISE = 1e-12
SLACK_FROM_DIGITS = 3


def operand_units(number, significant: int, given: frozenset) -> float:
    """The error allowed to a number inside an expression, in units of its last digit: half a unit
    (correctly rounded) for a number the file writes (copied) or one of fewer than SLACK_FROM_DIGITS
    significant digits, one unit either way of that (1.5) otherwise."""
    if abs(float(number)) in given or significant < SLACK_FROM_DIGITS:
        return ROUNDED
    return ONE_UNIT_EITHER_WAY


def stands_for(number, digits: int, unit, true_number: float, given: frozenset) -> tuple[bool, float]:
    """Whether ``number`` is right for a subtree whose value is ``true_number`` (within ``standing_error``), and the
    error allowed to it."""
    allowed = standing_error(number, digits, unit, true_number, given)
    return abs(float(number) - true_number) <= allowed + 1e-12 * abs(true_number), allowed


def standing_error(number, digits: int, unit, true_number: float, given: frozenset) -> float:
    """The error allowed to a number that stands for a subtree whose value is ``true_number``, judged by
    itself: none for the file's own number at that number's place (a copy); else half a unit of its last
    digit, or one unit either way of that (1.5 units) when it has three or more significant digits,
    and never less than 1.5 units of its third significant digit: a number of five digits is often
    worked from rounded intermediates (ninjakx's sigma(1.45) = 0.80998 from e^{-1.45} = 0.2346, for
    0.8099984), and writing more digits than three should not make wrong a number its first three
    would make right."""
    if float(number) == true_number and abs(true_number) in given:
        return 0.0
    allowed = operand_units(true_number, digits, given) * float(unit)
    if digits > SLACK_FROM_DIGITS and number != 0:
        third = 10.0 ** (math.floor(math.log10(abs(float(number)))) - (SLACK_FROM_DIGITS - 1))
        allowed = max(allowed, ONE_UNIT_EITHER_WAY * third)
    return allowed


def allowed_error(entry, numbers: list, node, given: frozenset = frozenset(), own: dict | None = None,
                  results: frozenset = frozenset(), cancelled: float | None = None) -> float:
    """The error allowed to ``entry`` (one entry of a member of numbers, each decimal a symbol of
    ``numbers``: (symbol, value, unit of the last digit, significant digits)): a number written as the
    result (``results``: the member alone, negated, or an entry of the vector or matrix that is the member;
    number_alignment.written_results), one unit of its last digit either way of the true value rounded, as
    the spec says (1.5 units; half a unit when it is a number the file writes, ``given``); an entry of whole
    numbers only, half a unit, but where a decimal of the member was cancelled by a whole 0 (``cancelled``: the
    largest such decimal's size), floating-point noise alone (the 0 exact, so the decimal carries nothing); an expression of rounded numbers, each number's error carried to the result
    (an expression that comes to one number, ``0.3 \\cdot 1`` or an entry 0.098 - 0 of a vector minus a
    one-hot vector, is an expression too: its number an operand): ``own[symbol]`` for a number that stands
    for a subtree of the symbolic member before it (``standing_error``), none for a number equal to one
    the file writes (a copy), else its ``operand_units``."""
    values = {symbol: number for symbol, number, unit, digits in numbers}
    if not numbers and (isinstance(node, Num) or (isinstance(node, Op) and node.kind == "neg"
                                                  and isinstance(node.args[0], Num))):
        return ONE_UNIT_EITHER_WAY  # a whole number written as the result: right to the unit
    if entry.is_Integer:
        # an entry of whole numbers only: right when it is the true value rounded to a whole number
        # (P - Y's 1 - 1 = 0 for -9.5e-14, with P's 1 rounded); no unit either way, which would let a
        # one-hot row's 0s and 1s pass for each other. A decimal times a whole 0 (a slope mask's [1, 0] for [1, 1])
        # is no entry of whole numbers: -0.054 \cdot 0 is not right for -0.054 as a written 0 alone would be. Its 0
        # is exact, as every whole number among decimals is (a copy of the file's 0, an input or a bias, or a mask's
        # exact 0): given half a unit, times the decimal it cancelled, it let a dropped term pass, 1 \cdot 0 +
        # (0.44 \cdot 0) for the weighted sum -0.166 \cdot 1 + 0.44 \cdot 0 (the mutation hunt on batch 125's
        # fr-somn); floating-point noise alone is allowed
        return FLOAT_NOISE if cancelled is not None else ROUNDED
    symbol = entry if entry.is_Symbol else -entry
    if symbol.is_Symbol and symbol in results:  # a number written as the result: the spec's rule
        number, unit = next((number, unit) for other, number, unit, digits in numbers if other == symbol)
        return (ROUNDED if abs(float(number)) in given else ONE_UNIT_EITHER_WAY) * float(unit)
    own = own or {}
    total = 0.0
    for symbol, number, unit, digits in numbers:
        if not entry.has(symbol) or (abs(float(number)) in given and symbol not in own):
            # A number equal to one the file writes, written with all the digits the file gives it, is that
            # number copied: exact. It could also be a rounded intermediate that happens to coincide
            # (sigma(0.1) = 0.525 written 0.5 beside a weight 0.5), but taking one such number for a rounded
            # one gave its half unit to the whole expression: 1.0 - 0.1(-0.31737) passed for w_o's update
            # 1.0217 (gradient -0.21737), the copied weight 1.0 carrying 0.05. A number that stands for a
            # known subtree (``own``) is judged as that subtree instead.
            continue
        # the other numbers put in first: the same exact slope, and SymPy differentiates an
        # expression of one symbol instead of a product of all of them (three times faster)
        others = {other: value for other, value in values.items() if other != symbol}
        slope = sp.diff(entry.xreplace(others), symbol).xreplace({symbol: number})
        total += abs(float(slope)) * (own[symbol] if symbol in own else operand_units(number, digits, given) * float(unit))
    return total
