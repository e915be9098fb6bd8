"""A member using an index letter that neither the left side nor a sum gives a value (a part of
homework._Homework, as homework_cases.py is): ``z_k = o_j w_{jk} + b_k``, judged at each value of the letter, wrong
where it is wrong at every one (the missing sum its hint), and refused where the readings disagree."""

from __future__ import annotations

import re
import sympy as sp

from .claims import Claim, Member
from .formula_validation import array_sizes
from .homework_base import (ReadingsDisagree, Step, UnsummedIndex, _where, free_use, free_uses,
                            repeated_in_a_product)
from .quantities import FormulaError, NoSuchUnit, short as _short
from .loop_bounds import letter_range
from .reading_base import Context
from .syntax_tree import Big, Sym, nodes_of

# the widest layer whose units an unsummed letter is tried at, one by one
MAX_UNSUMMED_VALUES = 32


def _matrix_left_refusal(claim: Claim, member, truth, refusal: UnsummedIndex) -> UnsummedIndex:
    """``refusal`` said of its construct where the left side is a whole matrix (``\\nabla_W E``, ``dW``) and the
    member one entry's formula (``-\\delta_j y_i``): which entry the letters name, the notation cannot tell."""
    if not isinstance(truth, sp.MatrixBase) or min(truth.shape) < 2 or claim.letters:
        return refusal
    letter = refusal.letter
    return UnsummedIndex(f"formula {_short(claim.text)}: the left side {claim.left.text} is a whole matrix, the member"
                         f" {_short(member.text)} the formula of one entry (its index {letter} has no value); write"
                         " the entry's own left side, the derivative by its weight with the member's indices (as"
                         " \\frac{\\partial E}{\\partial w_{ji}}), or the matrix's own formula (an outer product,"
                         " u v^T)", letter, refusal.used)


class UnsummedMembers:
    """_Homework methods for a member whose index letter has no value (neither the left side's nor a sum's)."""

    def unsummed_member(self, claim: Claim, member, env: dict, context: Context, kind: str, parameter, truth,
                        unit, refusal: UnsummedIndex) -> Step:
        """``z_k = o_j w_{jk} + b_k``: a member using a letter that neither the left side nor a sum gives a value
        (the usual slip, a sum over a layer left out). Judged at each value of the letter where it reads: wrong
        if it is wrong at every one of two or more (whichever unit was meant, it is not the left side), with
        the missing sum as its hint; refused as before if it is right at any (a one-unit layer, a_k = f(z_j) at
        j = k: which unit was meant decides the verdict). A letter every symbol using it reads at one value only
        (each a layer or vector of one unit: (a^{(L)}_j - y_j) with one output) has that value, and the member is
        judged there (_one_valued)."""
        refusal = _matrix_left_refusal(claim, member, truth, refusal)
        letter, steps, values = refusal.letter, [], []
        limit = max(self.symbols.units(layer) for layer in range(self.symbols.depth + 1))
        if limit > MAX_UNSUMMED_VALUES:
            raise refusal  # each value is a member judged whole: a wide layer's would take too long
        for value in range(limit + 1):  # + 1: a notation counting from 1
            try:
                step = self.member(claim, member, {**env, letter: value}, context, kind, parameter, truth, unit)
            except FormulaError as error:
                if isinstance(error, NoSuchUnit):
                    continue  # past the layer's units (or before a notation's first)
                raise refusal from None  # unread at a unit that exists: nothing shows it wrong there
            steps.append(step)
            values.append(value)
        if len(steps) == 1 and self._one_valued(claim, member, env, letter, values[0], limit, parameter):
            return steps[0]
        if len(steps) < 2 or any(step.verdict != "wrong" for step in steps):
            raise refusal
        used = f" ({refusal.used} uses it)" if refusal.used else ""
        hint = (f"{letter} is not summed: the index {letter} has no value on the left side and no sum runs over it"
                f"{used}, and the formula is wrong at every value of {letter}")
        summed, letters = self.summed_verdict(claim, member, env, context, kind, parameter, truth, unit, letter)
        over = letters[0] if len(letters) == 1 else f"{', '.join(letters[:-1])} and {letters[-1]}"
        sums = " ".join(f"\\sum_{other}" for other in letters)
        if summed == "correct" and all(repeated_in_a_product(member.node, other) for other in letters):
            # y_i \log \hat{y}_i: read at each i (the spec's unsummed index) wrong, summed over i (Einstein's
            # convention, which a page may declare in its prose) right: the readings disagree
            raise ReadingsDisagree(f"formula {_short(claim.text)}: {_short(member.text)} repeats {over} in a product with no"
                                   f" sum over {'it' if len(letters) == 1 else 'them'} and no value on the left side: summed"
                                   f" over {over} (the sum implied, by Einstein's convention, or left out) it is right, at"
                                   f" each value by itself wrong; write the sum, {sums}")
        if summed == "correct":  # u_i alone where the sum over i is right: a sum over a layer's units left out
            hint += (f", and right summed over {over}: if you mean the sum over {over} (a sum over a layer's units left"
                     f" out), write {sums}")
        else:  # summed whole it may still be wrong where a sum over one term is what is missing (h_j v_{jk} + c_k)
            hint += f"; if a sum over a layer's units is missing, write \\sum_{letter}"
        where = _where(env, tuple(item for item in env if item != "L" and item not in self.notation.numbered_letters()))
        return Step(member.text, "wrong", hint, steps[0].result, where)

    def _one_valued(self, claim: Claim, member, env: dict, letter: str, value: int, limit: int, parameter) -> bool:
        """Whether every symbol of ``member`` using ``letter`` outside a sum reads at ``value`` of it and at no other
        (a layer or vector of one unit each, so the letter has that one value whatever it indexes); a symbol that
        reads at several values, or is refused otherwise than past its units, or one indexed by another letter too
        (v_{jk}, a sum over a layer left out), leaves the letter open."""
        uses = free_uses(member.node, letter)
        others = set(self.notation.indices) - {letter}
        if any(others & set(re.findall(r"[A-Za-z]", symbol.sub + "," + symbol.sup)) for symbol in uses):
            return False  # h_j v_{jk}: j beside another letter, a sum over a layer left out (refused as before)
        # code's entries, Target[p][k] in C's loop over k (batch 160's diff = Target[p][k] - output[p][k]): the
        # bracket's letter where the notation's patterns give it one range (loop_bounds) of one entry; another
        # letter there only where it has no value (the sample's p, which the meaning drops: else reading fails)
        coded = [symbol for symbol in nodes_of(member.node, Sym) if symbol.bracket is not None and not symbol.sub
                 and letter in (part.strip() for part in symbol.bracket.split(","))]
        if coded:
            ranged = letter_range(member.text, letter, self.notation, array_sizes(self.symbols))
            if ranged is None or ranged[0] != 1 or any(
                    others & set(env) & {part.strip() for part in symbol.bracket.split(",")} for symbol in coded):
                return False
            uses += [symbol for symbol in coded if symbol not in uses]
        for symbol in uses:
            read = []
            for other in range(limit + 1):
                try:
                    self.read(symbol, {**env, letter: other}, self.context(parameter), claim.text)
                except NoSuchUnit:
                    continue
                except FormulaError:
                    return False
                read.append(other)
            if read != [value]:
                return False
        return bool(uses)

    def summed_verdict(self, claim: Claim, member, env: dict, context: Context, kind: str, parameter, truth,
                       unit, letter: str) -> tuple[str, tuple]:
        """The verdict on ``member`` read inside a sum over ``letter`` and the other index letters it leaves
        without a value (Einstein's convention: every repeated index summed, over the units it indexes), or ""
        where that reading is refused, and those letters: whether a hint on an unsummed letter may name the sum."""
        letters = (letter, *(other for other in self.notation.indices
                             if other != letter and other not in env and free_use(member.node, other)))
        summed = Member(member.text, Big("sum", letters, None, None, None, member.node))
        try:
            return self.member(claim, summed, env, context, kind, parameter, truth, unit).verdict, letters
        except FormulaError:
            return "", letters
