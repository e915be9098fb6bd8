"""Two readings of one formula, judged both and compared: the one shape of every construct that reads two ways
(two_readings.py's plain-text constructs, the derivative named by a word, the sample's call, a function's
definition). Where the readings' verdicts agree that is the verdict; where they differ, or one reading is refused,
the formula is refused in one line: guessing either way could call a wrong formula correct."""

from __future__ import annotations

from typing import Callable

from .quantities import FormulaError


class WrongShape(FormulaError):
    """A member the reading cannot give its left side's shape: a vector or matrix where the left side is a number
    (or the other way round, or another size), or a product whose factors' sizes do not fit. A two-way construct
    whose one reading meets it has no such reading (two_readings.times_letter_both_ways)."""


class SizeMismatch(WrongShape):
    """A product whose factors' sizes do not fit (read_rows may read the formula with rows instead)."""


class ProductSizeMismatch(SizeMismatch):
    """A matrix product whose factors' sizes do not fit (reading_shapes.size_mismatch), never a sum's terms: NumPy's
    * between them may be its broadcast (code_language.broadcast_where_no_product)."""


#: the words ending a member's verdict "wrong" for a shape no reading of its products gives the left side
#: (homework_base.definite_shape_mismatch): a reading whose member is so wrong is no reading of a two-way construct
#: whose other reading fits (code_language.otimes_both_ways)
NO_SHAPE_FITS = "under every reading of its products and orientations"


def shape_rules_out(result, other) -> bool:
    """Whether every step of ``result`` (a HomeworkResult) whose verdict differs from ``other``'s is wrong for its
    shape alone (NO_SHAPE_FITS), and at least one differs: ``result`` is then no reading of the formula."""
    pairs = [(step, twin) for claim, twin_claim in zip(result.claims, other.claims)
             for step, twin in zip(claim.steps, twin_claim.steps) if step.verdict != twin.verdict]
    return len(result.claims) == len(other.claims) and bool(pairs) and all(
        step.verdict == "wrong" and NO_SHAPE_FITS in (step.detail or "") for step, _ in pairs)


class ReadingImpossible(FormulaError):
    """A second reading that cannot be what was meant (reading_powers: the squared norm, a number, where a vector
    stands): the first reading is then the formula's one reading."""


def verdicts(result) -> tuple:
    """Each claim's steps' verdicts, the reading's outcome two readings are compared by."""
    return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)


def either_reading(written: Callable, other: Callable, disagreement: str, *,
                   other_alone: Callable[[FormulaError], bool] = lambda refusal: False, keep_other: bool = False):
    """The one shape of every two-way construct: ``written()`` and ``other()``, two readings of one formula (each a
    HomeworkResult), judged both. Where both read with the same verdicts, the written reading's result (the other's
    where ``keep_other``); where the written reading is refused with a refusal ``other_alone`` accepts (its letters
    name nothing), ``other()`` alone, as the one reading; where neither reads, the written reading's refusal;
    FormulaError(``disagreement``) where one reading is refused or their verdicts differ. Guessing either way could
    call a wrong formula correct."""
    try:
        first = written()
    except FormulaError as refusal:
        if other_alone(refusal):
            return other()
        try:
            other()
        except FormulaError:
            raise refusal from None  # neither reads: the refusal is the formula's, as written
        raise FormulaError(disagreement) from None
    try:
        second = other()
    except FormulaError:
        raise FormulaError(disagreement) from None
    if verdicts(first) != verdicts(second):
        raise FormulaError(disagreement)
    return second if keep_other else first


def first_reading(reading, judge: Callable) -> tuple:
    """(``judge(reading)``, None), or (None, its refusal) where ``reading`` met a construct that reads two ways (listed
    in ``reading.met``): the other reading may still read. A refusal where it met none is the formula's, raised."""
    try:
        return judge(reading), None
    except FormulaError as error:
        if not reading.met:
            raise
        return None, error


def judged_again_where_met(first, second, judge: Callable, disagreement: Callable[[object], str],
                           impossible_decides: Callable[[list], bool] = lambda met: False):
    """``judge(first)`` (a HomeworkResult), a reading that lists in ``first.met`` each construct it met that reads two
    ways; where it met one, ``judge(second)`` too, through :func:`either_reading`: the first reading's result where
    both agree, FormulaError(``disagreement(first.met[0])``) where they do not. A formula that met none has one
    reading only: its result or its refusal as it is. Where ``impossible_decides(first.met)`` (every construct met is
    one ReadingImpossible speaks for), a reading refused so cannot be meant: the other is the one reading."""
    result, refusal = first_reading(first, judge)
    if not first.met:
        return result

    def written():
        if refusal is not None:
            raise refusal
        return result

    def other():
        try:
            return judge(second)
        except ReadingImpossible:
            if impossible_decides(first.met):
                return written()
            raise

    return either_reading(written, other, disagreement(first.met[0]),
                          other_alone=lambda error: isinstance(error, ReadingImpossible)
                          and impossible_decides(first.met))
