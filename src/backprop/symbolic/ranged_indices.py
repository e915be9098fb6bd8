"""A general rule's index letters ranged over their values, read once for all of them (ranged_index: families.py's
rules, sum_bodies.py's sums), and Kronecker's delta between unit indices: made without SymPy's assumption queries
where it can be, and the written-out sums of a rule's derivative rolled up around a ranged letter
(calculus.NetworkCalculus, index form)."""

from __future__ import annotations

import sympy as sp

from ..patterns import lazy_pattern

#: An index letter of a general rule read once for all its values (symbolic/families.py): a Symbol
#: whose name carries its range, ``ix_alpha_r0_63`` for \alpha = 0..63, so that the parser can check
#: the indices it builds (W3[ix_beta_r0_9, ix_alpha_r0_63]) against the network's sizes.
_RANGED = lazy_pattern(r"ix_([A-Za-z]+)_r(\d+)_(\d+)")


def ranged_index(letter: str, low: int, high: int) -> sp.Symbol:
    """The Symbol standing for index ``letter`` (``\\alpha`` or ``B``) over low..high."""
    name = letter.lstrip("\\")
    return sp.Symbol(f"ix_{name}_r{low}_{high}")


def index_span(index) -> tuple[int, int] | None:
    """(lowest, highest) value of an index made of one ranged letter plus a whole number
    (``ix_k_r1_5 - 1``: (0, 4)); None for anything else."""
    if isinstance(index, sp.Symbol):
        match = _RANGED.fullmatch(index.name)
        return (int(match.group(2)), int(match.group(3))) if match else None
    if isinstance(index, sp.Add) and len(index.args) == 2:
        number, letter = sorted(index.args, key=lambda arg: not arg.is_Integer)
        span = index_span(letter) if number.is_Integer else None
        return (span[0] + int(number), span[1] + int(number)) if span else None
    return None


#: {(the letter's class and assumptions, the whole number): KroneckerDelta of such a letter and that number}
_LETTER_AND_NUMBER: dict = {}


def kronecker_delta(first, second) -> sp.Expr:
    """``sp.KroneckerDelta(first, second)``, the same expression. For a letter and a whole number (a sum's index and
    a weight's unit), SymPy decides it by asking its assumption system about letter - number, a new question for
    each new sum's index (1 to 4 ms; seed 001 asks 1,300 times): the answer depends only on the letter's class and
    assumptions (a Symbol's facts are its assumptions) and on the number, and the argument order SymPy settles on
    only on their classes (a number's sort key comes before any symbol's), so it is asked once for a stand-in
    letter of that class and assumptions, and the delta of the letter itself made in that order."""
    letters = [index for index in (first, second) if type(index) in (sp.Symbol, sp.Dummy)]
    numbers = [index for index in (first, second) if isinstance(index, sp.Integer)]
    if len(letters) != 1 or len(numbers) != 1:
        return sp.KroneckerDelta(first, second)
    letter, number = letters[0], numbers[0]
    key = (type(letter), tuple(sorted(letter.assumptions0.items())), number)
    if key not in _LETTER_AND_NUMBER:
        _LETTER_AND_NUMBER[key] = sp.KroneckerDelta(type(letter)("stand_in", **letter.assumptions0), number)
    decided = _LETTER_AND_NUMBER[key]
    if not isinstance(decided, sp.KroneckerDelta):
        return decided  # 0 (a negative unit of a nonnegative index) or 1
    ordered = (number, letter) if decided.args[0] == number else (letter, number)
    return sp.KroneckerDelta(*ordered, evaluate=False)


def rolled(expr) -> sp.Expr:
    """``expr`` with each written-out sum over c of t(c) KroneckerDelta(c, s), c every value of a rule's
    ranged letter s, replaced by t(s): d/dW2[beta, alpha] of sum_j W2[i, j] a1[j] (a1[alpha] times
    delta(i, beta), not 128 terms to compare at every index value). A group is rolled up only when
    its terms are exactly t(c) for every c, t read from one of them (an index that is c by chance
    makes another t, which the check refuses)."""
    groups: dict = {}
    kept = []
    for term in sp.Add.make_args(expr):
        found = _delta_of_range(term)
        if found is None:
            kept.append(term)
            continue
        delta, c, letter = found
        rest = term / delta
        template = rest.replace(
            lambda atom: isinstance(atom, sp.Indexed) and c in atom.indices,
            lambda atom: atom.base[tuple(letter if index == c else index for index in atom.indices)])
        groups.setdefault((letter, template), []).append((int(c), term, rest))
    for (letter, template), members in groups.items():
        low, high = index_span(letter)
        if sorted(c for c, _, _ in members) == list(range(low, high + 1)) and all(
                template.xreplace({letter: sp.Integer(c)}) == rest for c, _, rest in members):
            kept.append(template)
        else:
            kept.extend(term for _, term, _ in members)
    return sp.Add(*kept)


def _delta_of_range(term):
    """(KroneckerDelta(c, s), c, s) for a factor of ``term`` that pairs a whole number c with a ranged
    letter s whose range holds c, else None."""
    for factor in sp.Mul.make_args(term):
        if isinstance(factor, sp.KroneckerDelta):
            first, second = factor.args
            c, letter = (first, second) if first.is_Integer else (second, first)
            if c.is_Integer and isinstance(letter, sp.Symbol) and index_span(letter) is not None:
                low, high = index_span(letter)
                if low <= int(c) <= high:
                    return factor, c, letter
    return None
