"""Conditions of a formula (a part of reading.Reader): indicators such as 1\\{u > 0\\} and [i = j], the
comparisons inside them, and rules by cases, each case judged by its own formula."""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from .functions import heaviside
from .quantities import FormulaError
from .ranged_indices import index_span
from .reading_base import _is_matrix, _show
from .syntax_tree import Cases, ClassProbability, Cond, Indicator, Sym


class ConditionReading:
    """Reader methods for indicators, conditions and cases."""

    def _indicator(self, node: Indicator):
        result = sp.S.One
        for condition in node.conditions:
            value = self._condition(condition)
            result = result.multiply_elementwise(value) if _is_matrix(result) and _is_matrix(value) else result * value
        return result

    def _condition(self, node: Cond):
        if (unit := self._label_class(node)) is not None:  # 1\{y^{(i)} = k\}: the one-hot target's entry k
            return self.symbols.target[unit]
        left, right = self._compared(node.left), self._compared(node.right)
        if _is_matrix(left) or _is_matrix(right):  # 1{z > 0} of a vector: entry by entry
            shape = left.shape if _is_matrix(left) else right.shape
            lefts = list(left) if _is_matrix(left) else [left] * (shape[0] * shape[1])
            rights = list(right) if _is_matrix(right) else [right] * (shape[0] * shape[1])
            entries = [self._compare(node.op, a, b, node) for a, b in zip(lefts, rights)]
            return sp.ImmutableMatrix(entries).reshape(*shape)
        return self._compare(node.op, left, right, node)

    def _classprobability(self, node: ClassProbability):
        """``p(y^{(i)} = k \\mid x^{(i)}; \\theta)``: the network's probability of class k for the sample, the
        output's entry k where the output activation gives class probabilities (kernel "class-probabilities"),
        the event the label's class (_label_class) and the first given the input; refused for another output
        activation, event or given, and where the notation names p."""
        depth, written = self.symbols.depth, _show(node)
        unit = self._label_class(node.event)
        if unit is None or node.symbol.base not in ("p", "P") or node.symbol.sub or node.symbol.sup \
                or self.notation.candidates(node.symbol) or node.symbol.base in self.notation.functions:
            self.fail(f"{written}: a probability is read as p(y = k | x), the label {self.notation.label} equal to"
                      " an index letter, given the input; write the output's entry for the class")
        if self.symbols.spec(depth).activations[-1].kernel != "class-probabilities":  # (one-hot targets have one)
            self.fail(f"{written}: a class's probability is read as the output's entry where the output activation"
                      " gives class probabilities, and here it does not; write the output's entry")
        inputs = [self.symbols.x[i] for i in range(self.symbols.units(0))]
        given = self.value(node.given[0]) if node.given else None
        if not (_is_matrix(given) and list(given) == inputs):
            self.fail(f"{written}: a class's probability is read given the network's input x after the bar; write"
                      " the input there, or the output's entry for the class")
        return self.symbols.activation(depth, unit)

    def _label_class(self, node: Cond) -> int | None:
        """The output unit of ``y = k`` (``y^{(i)} = k``), the sample's label (the notation's ``label``) equal to the
        index letter k with one-hot targets, k counted as the notation's patterns in k count it (class_offset); None
        where the condition is no such event, or the label has a value here (a case by class: compared as a number).
        Refused where the notation's patterns do not fix k's counting."""
        label, letter = (node.left, node.right) if isinstance(node.left, Sym) \
            and node.left.base == self.notation.label else (node.right, node.left)
        if node.op != "=" or not self.symbols.one_hot or not isinstance(label, Sym) \
                or label.base != self.notation.label or self.notation.candidates(label) \
                or dict.__contains__(self.env, label.base) \
                or not re.fullmatch(r"[A-Za-z]?", label.sub + label.sup) or not isinstance(letter, Sym) \
                or letter.sub or letter.sup or not dict.__contains__(self.env, letter.base) \
                or letter.base == label.sub + label.sup:
            return None
        offset = class_offset(self.notation, self.symbols, letter.base)
        value = sp.sympify(self.env[letter.base])
        if offset is None or not value.is_Integer:
            self.fail(f"{_show(node)}: the sample's class is compared with {letter.base}, and the notation's"
                      f" patterns in {letter.base} do not fix how it counts the classes (from 0 or 1); write the"
                      f" target's entry, or a pattern in {letter.base}, e.g. \"\\theta^{{({letter.base})}}\" ="
                      f" \"W1[{letter.base}-1, :]\"")
        unit = int(value) - offset
        if not 0 <= unit < self.symbols.units(self.symbols.depth):
            self.fail(f"{_show(node)}: at {letter.base} = {value} names no class of the output")
        return unit

    def _compared(self, node):
        """A side of a condition: an index letter (the i of 1\\{i = \\beta\\}) as its value, else its value."""
        if isinstance(node, Sym) and not node.sub and not node.sup and dict.__contains__(self.env, node.base):
            return sp.sympify(self.env[node.base])  # a whole number, or a rule's ranged letter (families.py)
        return self.value(node)

    def _compare(self, op: str, left, right, node):
        if left.is_Integer and right.is_Integer:
            truth = {">": left > right, "<": left < right, ">=": left >= right, "<=": left <= right,
                     "=": left == right, "!=": left != right}[op]
            return sp.S.One if truth else sp.S.Zero
        if op in ("=", "!=") and all(value.is_Integer or index_span(value) for value in (left, right)):
            # \prod_{\{i=\beta\}} of a rule's letters, read for all their values at once (families.py)
            equal = sp.KroneckerDelta(left, right)
            return equal if op == "=" else 1 - equal
        difference = left - right
        if op == ">":
            return heaviside(difference)
        if op == "<":
            return heaviside(-difference)
        if op == ">=":
            return 1 - heaviside(-difference)
        if op == "<=":
            return 1 - heaviside(difference)
        if op in ("=", "!="):  # [A = B] or {A = B} around a claim: brackets read as Iverson's, not an indicator meant
            self.fail(f"{_show(node)} inside brackets or braces is read as an indicator, which compares whole numbers"
                      " (index letters); write the claim without the brackets around it")
        self.fail(f"the condition {_show(node)} in an indicator; write 1\\{{u > 0\\}}")

    def _cases(self, node: Cases):
        """The value of the case whose condition holds at these index values (a rule by cases is judged in
        each case by its own formula); where the letters range (families.py), the sum of each value times its
        indicator. Cases that do not hold one at a time here are refused, never judged."""
        holds, value = [], sp.S.Zero
        for branch, condition in node.branches:
            try:
                holds.append(self._condition(condition) if condition is not None else self._otherwise(holds))
            except FormulaError:  # j = y of the label letter, a condition on a word: no case is chosen so
                written = f"{_show(condition.left)} {condition.op} {_show(condition.right)}"
                self.fail(f"a case distinction whose condition {written} compares neither index letters nor"
                          f" quantities; {self._label_hint(condition)}check each case on its own, with --when")
        if any(_is_matrix(truth) for truth in holds):
            return self._entrywise_cases(node, holds)
        if all(truth.is_Integer for truth in holds):
            if sorted(holds) != [0] * (len(holds) - 1) + [1]:
                where = ", ".join(f"{letter} = {self.env[letter]}" for letter in sorted(dict.keys(self.env))
                                  if letter != "L")
                self.fail(f"a case distinction where {sum(holds)} of its cases hold ({where}); write conditions"
                          " that hold one at a time and cover every case")
            return self.value(node.branches[holds.index(1)][0])
        self._check_cover(sum(holds, sp.S.Zero), "")
        for (branch, _), truth in zip(node.branches, holds):
            value += truth * self.scalar(branch)
        return value

    def _label_hint(self, condition) -> str:
        """Where ``condition`` sets an index letter equal to a lone letter the notation does not name (cs231n's i = c,
        c the correct class), the words that say the notation's label reads it so (_label_class); else ""."""
        sides = (condition.left, condition.right)
        letters = [side.base for side in sides if isinstance(side, Sym) and not side.sub and not side.sup]
        if condition.op != "=" or len(letters) != 2:
            return ""
        unknown = [letter for letter in letters if not dict.__contains__(self.env, letter)
                   and letter != self.notation.label and not self.notation.candidates(Sym(letter))]
        if len(unknown) != 1 or not any(dict.__contains__(self.env, letter) for letter in letters):
            return ""
        return (f"if {unknown[0]} is the sample's class (its one-hot target's 1), say so in the notation, label ="
                f" \"{unknown[0]}\"; or ")

    @staticmethod
    def _otherwise(holds: list):
        """Where none of the cases before holds: 1 minus their indicators, entry by entry of vectors."""
        if any(_is_matrix(truth) for truth in holds):
            shape = next(truth.shape for truth in holds if _is_matrix(truth))
            return sp.ImmutableMatrix(sp.ones(*shape) - sum((truth if _is_matrix(truth) else truth * sp.ones(*shape)
                                                             for truth in holds), sp.zeros(*shape)))
        return 1 - sum(holds, sp.S.Zero)

    def _entrywise_cases(self, node: Cases, holds: list):
        """Cases whose conditions are about one vector's entries (``g'(u) = 1 if u > 0, 0 otherwise``):
        read entry by entry, each entry's case, as np.where(z > 0, 1, 0) is; conditions on vectors of other
        shapes, or on a vector and a number, are refused."""
        shapes = {truth.shape if _is_matrix(truth) else () for truth in holds}
        if len(shapes) > 1:
            self.fail("a case distinction whose conditions are about vectors of different shapes (or a vector and a"
                      " number); write one entry")
        shape = shapes.pop()
        total = sp.zeros(*shape)
        for truth in holds:
            total += truth
        for entry in total:
            self._check_cover(entry, " in an entry")
        value = sp.zeros(*shape)
        for (branch, _), truth in zip(node.branches, holds):
            chosen = self.value(branch)
            if _is_matrix(chosen) and chosen.shape != shape:
                self.fail(f"a case distinction whose value {_show(branch)} is {chosen.shape[0]} x {chosen.shape[1]}"
                          f" and its conditions {shape[0]} x {shape[1]}; write one entry")
            value += chosen.multiply_elementwise(truth) if _is_matrix(chosen) else chosen * truth
        return sp.ImmutableMatrix(value)

    def _check_cover(self, total, where: str):
        """Refuses cases whose indicators, summed to ``total``, are not 1 at every value off the points where
        a condition switches (``0 if z < 0, 1 if z > 0`` leaves out z = 0 only, where the rectifier's slope has no
        value: read), or that hold together there (``z >= 0`` and ``z <= 0``), saying whether they overlap or leave
        values uncovered."""
        if sp.simplify(total - 1) == 0:
            return
        counts = _counts_off_switching_points(total)
        if counts is None:
            self.fail(f"a case distinction whose conditions do not hold one at a time{where}; write conditions that"
                      " exclude each other and cover every case")
        sides, points = counts
        if all(count == 1 for count in sides) and all(count <= 1 for count in points):
            return
        overlap, gap = any(count > 1 for count in sides + points), any(count < 1 for count in sides)
        said = ("overlap (two of them hold at once, not one at a time)" if overlap and not gap else
                "leave values uncovered (none of them holds at some values)" if gap and not overlap else
                "overlap or leave values uncovered")
        self.fail(f"a case distinction whose conditions {said}{where}; write conditions that exclude each other"
                  " and cover every value but the points where they switch")

    def _cond(self, node: Cond):
        return self._condition(node)


#: the most switching points whose sides are tried (3 ** n combinations of signs)
_MOST_SWITCHING_POINTS = 6


def _counts_off_switching_points(total) -> list | None:
    """(how many cases hold on each side of the switching points, how many at them): ``total``, a sum of
    indicators, with each step Heaviside(u) (0 at 0) and Heaviside(-u) at the signs of the u's that _sides gives,
    so ones on the sides prove that exactly one case holds everywhere off the switching points u = 0. None when
    ``total`` is not made of steps of arguments that vary (a step inside a step, a Kronecker delta)."""
    steps = {}
    for atom in total.atoms(sp.Heaviside):
        argument = atom.args[0]
        if argument.has(sp.Heaviside) or sp.expand(argument).is_number:
            return None
        base = -argument if argument.could_extract_minus_sign() else argument
        steps.setdefault(base, (sp.Dummy("positive"), sp.Dummy("negative")))

    def step(argument, *ignored):
        if argument.could_extract_minus_sign():
            return steps[-argument][1]
        return steps[argument][0]

    if len(steps) > _MOST_SWITCHING_POINTS:
        return None
    sided = total.replace(sp.Heaviside, step)
    counts = ([], [])
    for signs in _sides(list(steps)):
        count = sided.subs({symbol: int(sign * orientation > 0) for pair, sign in zip(steps.values(), signs)
                            for symbol, orientation in zip(pair, (1, -1))})
        if not count.is_Number:
            return None
        counts[0 if all(signs) else 1].append(count)
    return counts


def _sides(bases: list) -> list:
    """The signs (1, -1, or 0 at a switching point) that ``bases`` take together: where they are all linear in one
    quantity, those at each switching point, between each two and beyond them (every value's signs, and only
    those); else every combination, which proves as much and may add combinations that no value has."""
    # an entry z1[0] is a quantity; its base z1, among the free symbols too, is not
    quantities = set().union(*(base.free_symbols for base in bases)) - {
        indexed.base.label for base in bases for indexed in base.atoms(sp.Indexed)}
    if len(quantities) == 1:
        quantity = quantities.pop()
        if all(base.is_polynomial(quantity) and sp.degree(base, quantity) == 1 for base in bases):
            points = sorted({sp.solve(base, quantity)[0] for base in bases})
            probes = ([points[0] - 1] + [(left + right) / 2 for left, right in zip(points, points[1:])]
                      + [points[-1] + 1] + points)
            return [tuple(int(sp.sign(base.subs(quantity, probe))) for base in bases) for probe in probes]
    return list(product((1, -1, 0), repeat=len(bases)))


def class_offset(notation, symbols, letter: str) -> int | None:
    """How the notation counts the classes by ``letter``: 1 where its patterns in ``letter`` write it only as the output
    layer's unit (or the target's entry), always as ``letter - 1`` (``"\\theta^{(k)}" = "W1[k-1, :]"``), 0 where always
    as ``letter`` alone; None where they write none, disagree, or use the letter for anything else."""
    offsets, depth = set(), str(symbols.depth)
    for pattern in notation.patterns:
        # a name whose meaning writes the index letter itself ("Pk" = "a1[k]", CS231n's comments) counts it too
        if letter not in pattern.placeholders and letter not in notation.indices:
            continue
        for quantity in pattern.quantities:
            if quantity.layer_expression:  # a placeholder's layer, any layer's: no count of the output's units
                continue
            name, layer = quantity.name, quantity.layer
            unit_axis = (name in ("W", "b", "z", "a") and layer == depth) or (name == str(symbols.target) and not layer)
            for position, (index, offset) in enumerate(zip(quantity.indices, quantity.offsets(letter))):
                if not re.search(rf"\b{re.escape(letter)}\b", index):
                    continue
                offsets.add(None if offset is None or position or not unit_axis else -offset)
    return offsets.pop() if len(offsets) == 1 else None
