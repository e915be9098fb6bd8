"""A general rule with too many index values to list, judged for every one of them at once (a part of
homework._Homework; families.py says what a Family is and when a rule is one).

The claim is read once with its letters as ranged Symbols: each member and the true value become one
expression in the network's quantities and the letters (the truth of dL/dW1[B, alpha] from the
derivation in index form, the same one the per-value path uses). Both are compiled once with the
letters as arguments and evaluated by NumPy over every index value at each random point (the points
the per-value path draws: same sampler, same seed). Then:

* **wrong**: the first index value, in the per-value order, where the two differ at some point in
  float64 is judged by the per-value path itself (homework._Homework.member at those values): its
  verdict, its first failing point and its hint are that path's. A difference it finds to be
  rounding (50 digits agree) is passed over, at most CONFIRMATIONS times; beyond that the rule is
  refused (ill-conditioned numbers at many index values cannot each be looked at in 50 digits). Once
  the first CONFIRMATIONS + 1 index values all differ at some point, the points after it are not
  drawn: those are the values looked at, whatever the other points show.
* **correct**: the two agree to AGREEMENT (12 digits) at every index value at every point, and
  either the numbers decide (agreement.py: smooth formulas, ordinary constants, enough points) or,
  where they do not (kinks, unusual constants), the per-value path judges the index value that agreed
  least closely and finds it correct too (50 digits at its points). Never a sample of index values
  called correct: every value is compared at every point.

A rule this cannot read (a derivative by a quantity of a ranged index, a matrix or numbers member, a
--when case) gets the per-value path's own outcome: the message it gives at its first index value
that does not read, or its refusal of a rule with too many values to list.
"""

from __future__ import annotations

import sympy as sp

from .claims import Claim
from .families import Family, first_unreadable
from .family_comparison import CONFIRMATIONS, Comparison
from .homework_base import ClaimResult, Step, _new_values, _where
from .notation import Unbound
from .number_alignment import is_numeric
from .quantities import FormulaError, Parameter, short as _short

class _Unsupported(Exception):
    """A part of a claim the once-for-all reading does not take (the per-value path's outcome holds)."""


class FamilyJudging:
    """_Homework methods for a claim with a Family."""

    def family_claim(self, claim: Claim, parameter: Parameter | None) -> ClaimResult:
        family = claim.family
        ranged_error = False
        # The symbols' readings shared by every reading of this claim (over the ranged letters, then at
        # an index value for each member the numbers find wrong): the memo's key holds all a reading
        # depends on but the claim, the same here (reading_memo.py)
        readings: dict = {}
        try:
            if self.when:
                raise _Unsupported  # a case between letters or by label is decided per index value
            return self._family_claim(claim, parameter, family, readings)
        except FormulaError as error:  # (a ValueError too: before the others)
            ranged_error = "ix_" in str(error)
        except (_Unsupported, Unbound, TypeError, ValueError, AttributeError, IndexError, KeyError):
            pass
        # The per-value path's outcome: the message it gives at its first index value that does not
        # read, else its refusal. Where the ranged reading failed on a letter's range, that is the
        # first value at which a member's symbol names nothing (I_{B}^{(2)} at B = 64 of a layer of 64
        # units; found from the symbols alone); otherwise the first index value is read whole.
        first = first_unreadable(claim, self.context(parameter), family, f"formula {_short(claim.text)}") \
            if ranged_error else None
        self._members_at(claim, first if first is not None else family.at(0), parameter, readings)
        if first is None:
            first = first_unreadable(claim, self.context(parameter), family, f"formula {_short(claim.text)}")
            if first is not None:
                self._members_at(claim, first, parameter, readings)
        raise FormulaError(family.refusal) from None

    def _members_at(self, claim: Claim, env: dict, parameter, readings: dict) -> None:
        """Read the claim at one index value (raises the per-value path's FormulaError, if any)."""
        own = self.at_values(claim, env, parameter, readings)[0]
        for member in claim.members:
            if not is_numeric(member.node, self.notation):
                self.read(member.node, env, own, claim.text)

    def _family_claim(self, claim: Claim, parameter, family: Family, readings: dict) -> ClaimResult:
        env = family.env()
        own, kind, claimed, truth, _ = self.at_values(claim, env, parameter, readings)
        if isinstance(truth, sp.MatrixBase):
            raise _Unsupported
        steps = []
        for position, member in enumerate(claim.members):
            if is_numeric(member.node, self.notation):
                raise _Unsupported
            own.sample_sums = False
            formula = _new_values(self.read(member.node, env, own, claim.text), self.calculus)
            if isinstance(formula, sp.MatrixBase):
                raise _Unsupported
            member_truth = self.samples_total(truth, kind) if own.sample_sums else truth
            comparison = Comparison(self.symbols, family, self.calculus.expand_deltas(formula),
                                     self.calculus.expand_deltas(member_truth), self.points, self.seed)
            steps.append(self._family_step(claim, position, member, comparison.run(), parameter, readings))
        return ClaimResult(claim.text, kind, self._family_name(claimed, family), steps, family.count)

    def _family_step(self, claim: Claim, position: int, member, comparison, parameter, readings: dict) -> Step:
        family = comparison.family
        for flat in comparison.mismatches[:CONFIRMATIONS]:
            step = self._step_at(claim, position, family, flat, parameter, readings)
            if step.verdict == "wrong":
                return step
        if len(comparison.mismatches) > CONFIRMATIONS:
            raise FormulaError(f"formula {_short(claim.text)}: {member.text!r} agrees with the true value only to"
                               f" rounding at more than {CONFIRMATIONS} of its {family.count:,} index values, too"
                               " many to look at one by one in 50 digits; name one with --param")
        if not (comparison.decided and not comparison.mismatches):
            step = self._step_at(claim, position, family, comparison.worst, parameter, readings)
            if step.verdict == "wrong":
                return step
        return Step(member.text, "correct", "", None, _where(family.at(0), family.letters))

    def _step_at(self, claim: Claim, position: int, family: Family, flat: int, parameter, readings: dict) -> Step:
        """The per-value path's verdict on one member at one index value (for a parameter family:
        at one parameter, named where the step says where it was wrong)."""
        env = family.at(flat)
        if family.parameter is not None:
            parameter = self.calculus.parameter_of(family.substitute(family.parameter.symbol, flat))
        own, kind, claimed, truth, unit = self.at_values(claim, env, parameter, readings)
        step = self.member(claim, claim.members[position], env, own, kind, claimed, truth, unit)
        if family.parameter is not None and step.verdict == "wrong":
            step.where = ", ".join(part for part in (parameter.name, step.where) if part)
        return step

    def _family_name(self, claimed: Parameter | None, family: Family) -> str:
        if claimed is None:
            return ""
        names = [self.calculus.parameter_of(family.substitute(claimed.symbol, flat)).name
                 for flat in (0, family.count - 1)]
        return names[0] if names[0] == names[1] else f"{names[0]} ... {names[1]}"
