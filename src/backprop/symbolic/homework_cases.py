"""The cases and parts of a claim (a part of homework._Homework): --when by label or between index
letters, the unit a letter names, the row of a matrix left side a member writes, and the layers a rule
over l can take (the sample's data a claim fixes: homework_data.py; a letter no sum gives a value:
homework_unsummed.py)."""

from __future__ import annotations

import re
from dataclasses import replace
import sympy as sp

from .claim_text import CLASS_WORD as _CLASS_WORD
from .claims import Claim
from .homework_base import ReadingsDisagree
from .homework_truth import layers_past_network
from .notation_layers import layer_letters
from .quantities import FormulaError, NewValue, NoSuchUnit, UnusableCase, names_no_layer, short as _short
from .reading_base import Context, _show
from .readings_compared import SizeMismatch
from .reading_shapes import read_shaped
from .syntax_tree import Cases, nodes_of, symbols_of
from ..patterns import lazy_pattern

# a subscript's index letter shifted by a number, j+1, k - 1 (the letter: group 1)
_SHIFTED = lazy_pattern(r"([A-Za-z])\s*[-+]\s*\d+")


class CaseHandling:
    """_Homework methods for cases (--when) and for the part of the left side a member is about."""

    def unsummed_count(self, claim: Claim, member, context: Context) -> None:
        """``\\frac{1}{m} X^T (g(X \\theta) - y)``, m the samples' count (a sum over the samples runs to it in the
        claim), in a member found wrong that sums over no samples: a product over the samples' matrix may be their
        sum, which check, reading one sample, cannot see; FormulaError rather than a verdict on a guess."""
        counts = {sym.base for sym in symbols_of(member.node) if sym.base in context.count_names and not sym.sub
                  and not sym.sup}
        if counts and not context.sample_sums:
            count = sorted(counts)[0]
            raise FormulaError(f"formula {_short(claim.text)}: {count} counts the samples (a sum over them runs to"
                               f" {count}), and {_short(member.text)} sums over none, so whether a product over the"
                               f" samples' matrix sums them nothing says; write the sum, \\sum_{{i=1}}^{{{count}}},"
                               f" or give {count} its value in the notation (\"{count}\" = \"1\", the one sample"
                               " check reads)")

    def samples_total(self, truth, kind: str):
        """The truth a member summing over the step's K samples is judged against: with the file's reduction
        "sum", the samples' total, K times one sample's (an update's step K times one sample's: the learning
        rate K times); the truth as it is with the mean, or where the left side already sums over the samples
        (\\frac{\\partial}{\\partial w} \\frac{1}{2} \\sum_{i=1}^{M} (y^{(i)} - t^{(i)})^2, K in it)."""
        K = self.symbols.K
        if self.problem.reduction != "sum" or sp.sympify(truth).has(K):
            return truth
        if kind == "update":
            return truth.subs(self.symbols.eta, self.symbols.eta * K)
        return truth * K

    def unnamed_count(self, claim: Claim, member, context: Context, pairs, verdict_of) -> None:
        """``\\sum_{i=1}^{M} (y^{(i)} - t^{(i)}) g'(r^{(i)})`` (M a count of the samples the notation gives no value,
        or no bound at all, ``\\sum_n``) in a member found wrong on a problem of at most one sample per step: read as
        the step's K samples, whose loss the file's reduction makes (the mean by default), a sum without 1/M is the
        samples' total, K times the mean's; read as the file's one sample (M = 1) it may be right. Where it is (the
        readings disagree), FormulaError saying what to write rather than a verdict on a guess; where it is wrong at
        one sample too, nothing (the member is wrong either way). ``verdict_of(formula, truth)`` judges one entry."""
        if not context.sample_sums or self.problem.batch > 1:
            return
        one = {self.symbols.K: 1}
        if not all(verdict_of(sp.sympify(formula).subs(one), sp.sympify(truth).subs(one)).verdict == "correct"
                   for formula, truth in pairs):
            return
        count = sorted(context.count_names)[0] if context.count_names else "N"
        runs = (f"{count} counts the samples (a sum over them runs to {count}) and the notation gives it no value"
                if context.count_names else "a sum without its index letter, whose term has no free index, runs over"
                " the samples or the one unit, and nothing says how many samples" if context.letterless_sums
                else "a sum over the samples has no bound, so nothing says how many it adds")
        written, wanted = ("total", "mean") if self.problem.reduction == "mean" else ("mean", "total")
        runs += self.literal_sum_letters(member.text)
        # (no count written, a running total J += term or \sum_n: N names the samples' count the notation may give)
        samples = f"{count} samples" if context.count_names else f"the step's samples (their count, say {count})"
        raise ReadingsDisagree(f"formula {_short(claim.text)}: {runs}: {_short(member.text)} is right for one sample"
                               f" but not over {samples}, where the file's reduction makes the step's loss their"
                               f" {wanted}; give {count} its value in the notation (\"{count}\" = \"1\", the one sample"
                               f" check reads), or, if the page's loss is their {written}, write reduction ="
                               f" \"{'sum' if written == 'total' else 'mean'}\" in the file's [update]")

    def literal_sum_letters(self, text: str) -> str:
        """Where a sum's letter in ``text`` is one a pattern of the notation writes literally in its subscript and its
        meaning does not use (``\\sum_j \\delta_j`` with ``"\\delta_{j}" = "delta2[0]"``, j no index letter): why the
        sum was read over the samples, and how to say it runs over units; "" elsewhere."""
        letters = re.findall(r"\\sum\s*_\s*\{?\s*([A-Za-z])(?![A-Za-z])", text)
        found = [(letter, pattern.text) for letter in dict.fromkeys(letters) if letter not in self.notation.indices
                 for pattern in self.notation.patterns
                 if letter in pattern.unused_literals() and re.search(rf"(?<![A-Za-z\\]){letter}(?![A-Za-z])", pattern.sub)]
        if not found:
            return ""
        letter, pattern = found[0]
        return (f" (the sum's {letter} is no index letter of the notation: its pattern {pattern} writes {letter} literally"
                f" and its meaning does not use it, as a sample's letter; where the sum runs over a layer's units, make"
                f" {letter} an index letter (indices) that the pattern's meaning uses, its unit's entry [{letter}-1])")

    def left_unit(self, claim: Claim, left, env: dict, context: Context) -> int | None:
        """The unit the left side is about (the first index of what it differentiates by or names):
        the class ``--when "label=j"`` means, in the notation's own counting of j."""
        node = getattr(claim.left.node, "wrt", None)
        try:
            value = self.read(node, env, context, claim.text) if node is not None else left
        except FormulaError:
            return None
        atom = value[0] if isinstance(value, sp.MatrixBase) and value.shape == (1, 1) else value
        if isinstance(atom, NewValue):
            atom = atom.args[0]
        if isinstance(atom, sp.Indexed) and atom.indices[0].is_Integer:
            return int(atom.indices[0])
        for letter in claim.letters:
            for part in [claim.left, *claim.members]:
                unit = self.letter_unit(part.node, letter, env, context, claim.text)
                if unit is not None:
                    return unit
        return None

    def case_unit(self, claim: Claim, env: dict, context: Context, unit: int | None) -> int | None:
        """The class ``--when "label=j"`` means: the left side's unit (``unit``), unless the left side writes the
        letter shifted (z_{j+1}, W_{j-1}: another unit than j's): then the unit j names alone, in the notation's
        counting (a member's P_j, else the left side's name with j unshifted), -1 where j names none."""
        if not self.when or not any(_SHIFTED.fullmatch(sym.sub.split(",")[0]) for sym in symbols_of(claim.left.node)):
            return unit
        for shifted in (False, True):
            for letter in claim.letters:
                for part in [claim.left, *claim.members]:
                    found = self.letter_unit(part.node, letter, env, context, claim.text, shifted)
                    if found is not None:
                        return found
        return unit

    def letter_unit(self, node, letter: str, env: dict, context: Context, text: str, shifted=False) -> int | None:
        """The unit that a symbol indexed by ``letter`` names (P_j -> a1[j-1]: j - 1); ``shifted``: the unit the
        letter names in a symbol indexed by it shifted (W_{j+1} -> W_{j} -> W1[j-1, :]: j - 1, never row j)."""
        for sym in symbols_of(node):
            alone = shifted and (shift := _SHIFTED.fullmatch(sym.sub.split(",")[0])) and shift.group(1) == letter
            sym = replace(sym, sub=letter + sym.sub[shift.end():]) if alone else sym
            if re.fullmatch(rf"{re.escape(letter)}(?:,.*)?", sym.sub or ""):
                try:
                    value = self.read(sym, env, context, text)
                except FormulaError:
                    if alone:  # W_{j+1} at j = 0 counting from 1: j names no unit (never the raw 0 as a class)
                        return -1
                    continue
                if isinstance(value, sp.MatrixBase) and len(value):
                    value = value[0]
                if isinstance(value, sp.Indexed) and value.indices[0].is_Integer:
                    return int(value.indices[0])
        return None

    def matching_part(self, truth, formula, member, env, context, claim, unit):
        """Row j of a matrix left side for a member that writes row j (``\nabla_W L = (P_j - Y_j)
        x^T``): the row its rule letter names, or with the label letter, the label's row."""
        if not (isinstance(truth, sp.MatrixBase) and isinstance(formula, sp.MatrixBase)) or truth.shape == formula.shape:
            return truth
        if truth.rows < 2 or formula.shape not in ((1, truth.cols), (truth.cols, 1)):
            return truth
        shape = formula.shape
        row = None
        for letter in claim.letters:
            row = self.letter_unit(member.node, letter, env, context, claim.text)
            if row is not None:
                break
        if row is None and row is None and unit is not None and claim.letters:
            row = unit
        if row is not None and 0 <= row < truth.rows:
            part = truth.row(row)
        elif self.symbols.one_hot and any(sym.sub == self.notation.label for sym in symbols_of(member.node)):
            part = sum((truth.row(c) * self.symbols.target[c] for c in range(truth.rows)),
                       sp.zeros(1, truth.cols))
        else:
            return truth
        return sp.ImmutableMatrix(part.reshape(*shape))

    def layers_named(self, claim: Claim, assignments: list, context: Context,
                     parameter) -> tuple[list, object, list]:
        """(the index values at which every member reads, the first refusal at values where a member names a
        layer that exists or a layer no run of the rule's layers reaches (homework_truth.layers_past_network), the
        notes of the values left where a member names a layer past the network's ends): a rule over layers holds
        where its members name layers of the network, and a formula refused at a layer that exists is never called
        correct for having been judged elsewhere."""
        kept, first_error, refusal, past = [], None, None, []
        for env in assignments:
            try:
                for member in claim.members:
                    try:
                        self.read(member.node, env, self.context(parameter), claim.text)
                    except SizeMismatch:
                        # dw^{[l]} = dz^{[l]} \cdot a^{[l-1]}: sizes that fit with the left side's shape known
                        # (read_shaped's outer product), or the same refusal
                        own, _, _, truth, _ = self.at_values(claim, env, parameter)
                        read_shaped(lambda: self.read(member.node, env, own, claim.text), truth, own)
                kept.append(env)
            except FormulaError as error:
                first_error = first_error or error
                if names_no_layer(error):
                    past.append((env, error))
                elif not (isinstance(error, NoSuchUnit) and self.notation.numbers_units_through()):
                    refusal = refusal or error  # (O_j = \sigma(I_j) at the input O_1: no I_1, no unit of the rule)
        if not kept and first_error is not None:
            raise first_error
        notes, unreached = layers_past_network(claim, past, kept, layer_letters(self.notation), self.symbols.depth)
        return kept, refusal or unreached or self.case_judged_nowhere(claim, past, kept, parameter), notes

    def case_judged_nowhere(self, claim: Claim, past: list, kept: list, parameter) -> FormulaError | None:
        """The refusal of a rule by cases over layers one of whose cases holds only at layers left out as running off
        the network (\\delta^{(l-1)} in the case l < L of a network of two layers: it holds at l = 1 alone, where
        \\delta^{(0)} is none): that case is judged at no layer, and the rule called correct on its other cases
        would be called so whatever the case says; None where every case chosen at a value left out is chosen at a
        value judged too, or where the cases' conditions are on vectors' entries (a slope's cases, z > 0)."""
        cases = [node for member in claim.members for node in nodes_of(member.node, Cases)]
        if not cases or not past:
            return None
        context = self.context(parameter)

        def chosen(node, env) -> int | None:
            try:
                holds = [self.read(condition, env, context, claim.text) if condition is not None else None
                         for _, condition in node.branches]
            except FormulaError:
                return None
            for place, truth in enumerate(holds):
                if truth is None:  # otherwise: none before it holds
                    return place if all(other == 0 for other in holds[:place]) else None
                if not getattr(truth, "is_Integer", False):
                    return None
                if truth == 1:
                    return place
            return None

        for node in cases:
            judged = {chosen(node, env) for env in kept}
            if None in judged:  # conditions on vectors' entries (z > 0): no case of the layers
                continue
            for env, _ in past:
                place = chosen(node, env)
                if place is not None and place not in judged:
                    case = _show(node.branches[place][0])
                    letters = layer_letters(self.notation) & set(env) or set(env)
                    shown = ", ".join(f"{letter} = {env[letter]}" for letter in sorted(letters))
                    return FormulaError(f"formula {_short(claim.text)}: the case {case} holds at {shown}, where a"
                                        " member names a layer the network does not have, and at no layer judged:"
                                        " a rule by cases is judged in each case, and this one in none; write that"
                                        " case at a layer it holds at, by its number")
        return None

    def subscript_case(self, claim: Claim) -> tuple | None:
        """``\\theta_{i \\neq k}``, ``y_{k=i}`` in the claim's symbols: the claim is for the i other than k, the k
        equal to i. Where both are letters of the left side, that is the claim's case (as ``..., i \\neq k`` written
        after it), one per claim; else k is the sample's class, and ``--when "label!=i"`` must say so: the letter then
        read as the label, and the value of the first class (returned), None for none."""
        alias = None
        nodes = (claim.left.node, *(member.node for member in claim.members))
        conditions = sorted({sym.condition for node in nodes for sym in symbols_of(node) if sym.condition})
        if len(conditions) > 1:
            raise FormulaError(f"formula {_short(claim.text)}: its subscripts hold different conditions"
                               f" ({', '.join(conditions)}); a claim holds in one case: write each case as its own"
                               " claim")
        if conditions and not any(sym.condition for sym in symbols_of(claim.left.node)):
            # y_k = y_{k=i}(...): the claim for every k, or for k = i only, would each be a guess
            raise FormulaError(f"formula {_short(claim.text)}: a member's subscript holds the condition"
                               f" {conditions[0]} and its left side does not; write it on the left side, or after the"
                               " formula (A = B, k = i)")
        for condition in conditions:
            left, relation, right = re.fullmatch(r"(.)(!=|=)(.)", condition).groups()
            if right in claim.letters and left in claim.letters:
                if claim.case not in (None, (left, relation, right)):
                    raise FormulaError(f"formula {_short(claim.text)}: the condition {condition} in a subscript and"
                                       f" the case {' '.join(claim.case)} written after it differ; a claim holds in"
                                       " one case: write each case as its own claim")
                claim.case = (left, relation, right)
                continue
            if relation == "=":
                raise FormulaError(f"formula {_short(claim.text)}: _{{{left}={right}}} says the claim is for {left}"
                                   f" equal to {right}, and {right} is no index of its left side; write {left} = {right}"
                                   " with the left side's letters")
            label, letter = re.escape(self.notation.label), re.escape(left)
            when = re.fullmatch(rf"\s*(?:label|{label})\s*(?:!=|\\neq|≠)\s*{letter}\s*|\s*{letter}\s*(?:!=|\\neq|≠)\s*"
                                rf"(?:label|{label})\s*", self.when or "")
            if when is None or not self.symbols.one_hot:
                raise FormulaError(f"formula {_short(claim.text)}: _{{{left} \\neq {right}}} says the claim is for the {left}"
                                   f" other than {right}, and {right} is no index of its left side; where {right} is the"
                                   f' sample\'s class (one-hot targets), say so with --when "label!={left}"')
            # k counted as the left side's i is: from the first value i takes (1 where the notation counts from 1)
            alias = (right, min(env[left] for env in claim.assignments))
        return alias

    def index_case(self, env: dict) -> bool:
        """Whether ``--when "i=k"`` (a case between two index letters) holds at these values."""
        if not self.when:
            return True
        match = re.fullmatch(r"\s*([A-Za-z])\s*(=|==|!=|\\neq|≠)\s*([A-Za-z])\s*", self.when)
        label = self.notation.label
        if not match or label in (match.group(1), match.group(3)) or "label" in self.when:
            return True
        left, op, right = match.groups()
        if left not in env or right not in env:
            raise UnusableCase(f"--when {self.when!r}: {left if left not in env else right} is not an index of"
                               " the formula's left side", case=self.when)
        return (env[left] == env[right]) == (op in ("=", "=="))

    def pinned_class(self, claim: Claim) -> tuple | None:
        """``-\\log(\\hat{y}_{\\text{true}})`` where the notation names ``"\\hat{y}_{\\text{true}}" = "a1[0]"``: a
        pattern whose subscript is a word for the sample's class (true, correct, target, label) and whose
        meaning is one output unit (the output layer's a or z: a target entry, y[0], says no class) says which
        class the sample has; the claim is judged where it has that class (as --when "label=0"), None where no
        such pattern is written (or the targets are not one-hot)."""
        if not self.symbols.one_hot:
            return None
        depth, found = self.symbols.depth, set()
        for part in (claim.left, *claim.members):
            for sym in symbols_of(part.node):
                for pattern in self.notation.patterns:
                    unit = [quantity.entry for quantity in pattern.quantities if quantity.alone
                            and quantity.entry is not None and quantity.array in (f"a{depth}", f"z{depth}")]
                    if unit and _CLASS_WORD.fullmatch(pattern.sub) and pattern.match(sym) is not None:
                        found.add(unit[0])
        return tuple(found) if len(found) == 1 else None

    def classes(self, env: dict, unit: int | None = None) -> tuple | None:
        """The target classes ``--when`` allows at these index values (``unit``: the class the
        left side's letter names)."""
        if not self.when:
            return None
        letters = re.fullmatch(r"\s*([A-Za-z])\s*(?:=|==|!=|\\neq|≠)\s*([A-Za-z])\s*", self.when)
        if letters and self.notation.label not in letters.groups():
            return None  # a case between index letters (index_case), not by label
        if not self.symbols.one_hot:
            raise UnusableCase(f"--when {self.when!r}: cases by label need a loss with one-hot targets",
                               case=self.when)
        match = re.fullmatch(r"\s*(label|[A-Za-z])\s*(=|==|!=|\\neq|≠)\s*(label|[A-Za-z]|\d+)\s*", self.when)
        if not match:
            raise UnusableCase(f"--when {self.when!r}: write label=j (the sample's class is j) or label!=j",
                               case=self.when)
        left, op, right = match.groups()
        label = self.notation.label
        if left in ("label", label):
            other = right
        elif right in ("label", label):
            other = left
        else:
            raise UnusableCase(f"--when {self.when!r}: one side must be label (or {label})",
                               case=self.when)
        value = int(other) if other.isdigit() else (unit if unit is not None and other in env else env.get(other))
        if value is None:
            raise UnusableCase(f"--when {self.when!r}: {other} is not an index of the formula's left side",
                               case=self.when)
        outputs = range(self.symbols.units(self.symbols.depth))
        if value not in outputs:  # the left side's W_{j-1} with j one past the classes: no class of the network
            raise UnusableCase(f"--when {self.when!r}: at {other} = {env.get(other, value)} {other} names no class of"
                               f" the network ({len(outputs)} classes); write the left side with the case's letter as"
                               " its class", case=self.when)
        if op in ("=", "=="):
            return (value,)
        return tuple(c for c in outputs if c != value)


def in_case(case: tuple | None, env: dict) -> bool:
    """Whether the index values ``env`` are in the case written after the formula (``..., i = j``)."""
    if case is None:
        return True
    left, relation, right = case
    return (env[left] == env[right]) == (relation == "=")
