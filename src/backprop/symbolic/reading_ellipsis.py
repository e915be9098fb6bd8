"""Sums, products and lists written out with an ellipsis (a part of reading.Reader):
``x_1 w_1 + x_2 w_2 + \\dots + x_n w_n``, ``a_1 a_2 \\cdots a_n``, ``[x_1, x_2, \\ldots, x_n]``.

An ellipsis is read only where it is no guess: the terms written before it and the one term after it are one
template in which one index position changes (the same value wherever it changes in a term), the written terms
give consecutive values, and the last term's value is a bound the reading knows: a number, a letter the notation
gives a number, a letter whose term the notation names (``"x_{n}" = "x[2]"``: the value whose term that is), or an
index letter no one fixed (``a_{i_n}`` with n free: the index's last value, as \\sum_n runs). The terms are then
the template at each value, read as if written; anything else is refused with what to write instead."""

from __future__ import annotations

import dataclasses
import re

import sympy as sp

from .notation import Unbound
from .quantities import FormulaError
from .reading_base import _is_matrix
from .syntax_tree import Ellipsis_, Matrix, Op, Sym

_TOKEN = re.compile(r"\d+|\\[A-Za-z]+|[A-Za-z]|.")
# letters that count what an index runs over (n inputs, m samples or units, K and C classes), read as its last
# value where the notation gives them none, besides the notation's own index letters
_COUNTS = frozenset("nmNMKC")
# a count's name of several letters in an index, Ng's n_x (n_{x}, nx as Unicode's subscripts ₙₓ run together)
_COUNT_NAME = re.compile(r"[nmNMKC](?:_\{?[A-Za-z]+\}?|[A-Za-z]+)")


class _Mismatch(Exception):
    """Two terms are not one template."""


def _tokens(sub: str) -> list[str]:
    return _TOKEN.findall(sub)


def _compare(first, other, path: tuple, slots: dict) -> None:
    """Record in ``slots`` ({(path, (part, token place)): (first's token, other's token)}) where ``other``
    differs from ``first`` in a token of a subscript or code's index; raise _Mismatch where it differs in anything
    else."""
    if type(first) is not type(other):
        raise _Mismatch
    if isinstance(first, Sym):
        if (first.base, first.sup, first.primes, first.layered) != (other.base, other.sup, other.primes, other.layered):
            raise _Mismatch
        for part in ("sub", "bracket"):  # x_1, and code's x[1]
            mine, theirs = _tokens(getattr(first, part) or ""), _tokens(getattr(other, part) or "")
            if (first.bracket is None) != (other.bracket is None):
                raise _Mismatch
            places = list(range(len(mine)))
            if len(mine) != len(theirs):
                try:
                    theirs = _with_count_name(mine, theirs)
                except _Mismatch:
                    mine, theirs, places = _digits_apart(mine, theirs)
            for place, a, b in zip(places, mine, theirs):
                if a != b:
                    slots[(path, (part, place))] = (a, b)
    elif isinstance(first, tuple):
        if len(first) != len(other):
            raise _Mismatch
        for place, (a, b) in enumerate(zip(first, other)):
            _compare(a, b, path + (place,), slots)
    elif dataclasses.is_dataclass(first):
        for field in dataclasses.fields(first):
            if field.name != "position":
                _compare(getattr(first, field.name), getattr(other, field.name), path + (field.name,), slots)
    elif first != other:
        raise _Mismatch


def _with_count_name(mine: list[str], theirs: list[str]) -> list[str]:
    """``theirs`` (the last term's index tokens) with the tokens of a count's name of several letters, ``nx`` or
    ``n_x`` (``n_{x}``, Unicode's ``ₙₓ``: Ng's n_x features), as one token where ``mine`` counts with a number, so
    that ``w_1`` and ``w_{n_x}`` are one template; _Mismatch where they differ in anything else."""
    matches = []
    for place, token in enumerate(mine):
        tail = len(mine) - place - 1
        run = theirs[place:len(theirs) - tail]
        name = "".join(run)
        if token.isdigit() and mine[:place] == theirs[:place] and mine[place + 1:] == theirs[len(theirs) - tail:] \
                and _COUNT_NAME.fullmatch(name):
            matches.append(theirs[:place] + [name] + theirs[len(theirs) - tail:])
    if len(matches) != 1:
        raise _Mismatch
    return matches[0]


def _digits_apart(mine: list[str], theirs: list[str]) -> tuple[list[str], list[str], list]:
    """``mine`` and ``theirs`` with their numbers of several digits taken digit by digit, where the last term
    writes one index per digit (``\\theta_{12}`` against ``\\theta_{1d}``: the 2 and the d one index), with
    the place of each of mine's tokens ((token place, digit place) for a digit of a number); _Mismatch where
    they still differ in length."""
    apart, places = [], []
    for place, token in enumerate(mine):
        if token.isdigit() and len(token) > 1:
            apart.extend(token)
            places.extend((place, digit) for digit in range(len(token)))
        else:
            apart.append(token)
            places.append(place)
    theirs = [digit for token in theirs for digit in (list(token) if token.isdigit() else [token])]
    if len(apart) != len(theirs):
        raise _Mismatch
    return apart, theirs, places


def _count_symbol(name: str, position: int) -> Sym:
    """The symbol a count's name stands for: ``n`` itself, ``n_x`` (written ``nx``, ``n_x`` or ``n_{x}``) as n
    under x."""
    letters = re.sub(r"[_{}]", "", name)
    return Sym(letters[0], letters[1:], "", 0, None, position)


def _instance(node, path: tuple, places: dict, value: str):
    """``node`` with every index token at ``places`` ({path: {(part, token place)}}) set to ``value``."""
    if isinstance(node, Sym):
        chosen = places.get(path)
        if not chosen:
            return node
        changes = {}
        for part in ("sub", "bracket"):
            tokens = _tokens(getattr(node, part) or "")
            for kind, place in chosen:
                if kind == part and isinstance(place, tuple):  # a digit of a number, \theta_{12}'s 2
                    token, digit = place
                    tokens[token] = tokens[token][:digit] + value + tokens[token][digit + 1:]
                    changes[part] = "".join(tokens)
                elif kind == part:
                    braced = place > 0 and tokens[place - 1] == "_" and len(value) > 1
                    tokens[place] = "{" + value + "}" if braced else value
                    changes[part] = "".join(tokens)
        return dataclasses.replace(node, **changes)
    if isinstance(node, tuple):
        return tuple(_instance(item, path + (place,), places, value) for place, item in enumerate(node))
    if dataclasses.is_dataclass(node):
        changes = {field.name: _instance(getattr(node, field.name), path + (field.name,), places, value)
                   for field in dataclasses.fields(node) if field.name != "position"}
        return dataclasses.replace(node, **changes)
    return node


def _letters(node) -> set[str]:
    """Every subscript token of the Syms in ``node``."""
    if isinstance(node, Sym):
        return set(_tokens(node.sub)) | set(_tokens(node.bracket or ""))
    if isinstance(node, tuple):
        return set().union(*(_letters(item) for item in node)) if node else set()
    if dataclasses.is_dataclass(node):
        return set().union(*(_letters(getattr(node, field.name)) for field in dataclasses.fields(node)))
    return set()


_PRODUCTS = ("*", "times", "dot")


def _in_order(node) -> list:
    """A product's factors and signs in the order written (``x1*w1``: x1, "times", w1)."""
    if isinstance(node, Op) and node.kind in _PRODUCTS and len(node.args) == 2:
        return _in_order(node.args[0]) + [node.kind] + _in_order(node.args[1])
    return [node]


def _with_factors(node, factors):
    if isinstance(node, Op) and node.kind in _PRODUCTS and len(node.args) == 2:
        return Op(node.kind, tuple(_with_factors(arg, factors) for arg in node.args))
    return next(factors)


def _reglued(template, last):
    """Plain text's last term ``xn*wn`` (read as x n w n) after glued terms ``x1*w1``: the template's glued
    names with the letter glued in place of their digits, or None where it is not that."""
    wanted, written, glued = _in_order(template), _in_order(last), []
    for item in wanted:
        if isinstance(item, Sym) and item.glued and item.sub.isdigit() and len(written) >= 3 and \
                isinstance(written[0], Sym) and written[0].base == item.base and not written[0].sub and \
                written[1] == "*" and isinstance(written[2], Sym) and re.fullmatch(r"[A-Za-z]", written[2].base) \
                and not (written[2].sub or written[2].sup or written[2].primes or written[2].bracket):
            glued.append(dataclasses.replace(item, sub=written[2].base))
            written = written[3:]
        elif written and isinstance(item, str) and item == written[0]:
            written = written[1:]
        elif written and not isinstance(item, str) and not isinstance(written[0], str):
            glued.append(written[0])
            written = written[1:]
        else:
            return None
    return _with_factors(template, iter(glued)) if not written else None


class EllipsisReading:
    """Reader methods for a sum, product or list with an ellipsis between its terms."""

    def _ellipsis(self, node: Ellipsis_):
        self.fail("has an ellipsis (\\dots) check cannot read as a sum or list: its terms around it are not one"
                  " template counting up to a known bound; write the sum with \\sum_{i=1}^{n} ... or every term")

    def without_ellipsis(self, node):
        """``node`` (an Op or a Matrix) with an ellipsis between its terms replaced by the terms it stands for;
        ``node`` itself where it has none."""
        if isinstance(node, Op) and node.kind == "+":
            # x_1 - x_2 - \dots - x_n: the ellipsis between negated terms stands for negated terms (and so does
            # one ending them, c - x_1 - x_2 - \dots)
            args = [Ellipsis_(arg.args[0].position) if _negated(arg) and isinstance(arg.args[0], Ellipsis_) and (
                place + 1 < len(node.args) and _negated(node.args[place + 1])
                or place + 1 == len(node.args) and _negated(node.args[place - 1])) else arg
                for place, arg in enumerate(node.args)]
            if any(isinstance(arg, Ellipsis_) for arg in args):
                return Op("+", tuple(self._expanded(args, "sum")))
            return node
        if isinstance(node, Op) and node.kind == "*":
            factors, stack = [], [node]
            while stack:  # a_1 a_2 \cdots a_n: a chain of products, nested to the left
                item = stack.pop()
                if isinstance(item, Op) and item.kind == "*":
                    stack.extend(reversed(item.args))
                else:
                    factors.append(item)
            if not any(isinstance(factor, Ellipsis_) for factor in factors):
                return node
            factors = self._expanded(factors, "product")
            result = factors[0]
            for factor in factors[1:]:
                result = Op("*", (result, factor))
            return result
        if isinstance(node, Matrix) and any(isinstance(item, Ellipsis_) for row in node.rows for item in row):
            if all(len(row) == 1 for row in node.rows):
                return Matrix(tuple((item,) for item in self._expanded([row[0] for row in node.rows], "list")),
                              listed=node.listed)
            if len(node.rows) == 1:
                return Matrix((tuple(self._expanded(list(node.rows[0]), "list")),))
        return node

    def _expanded(self, items: list, kind: str) -> list:
        """``items`` with their one ellipsis replaced by the terms between the run of template terms before it
        and the one term after it; FormulaError where that is a guess."""
        marks = [place for place, item in enumerate(items) if isinstance(item, Ellipsis_)]
        if len(marks) == 1 and marks[0] == len(items) - 1 and marks[0] > 1:
            return self._continued(items[:-1], kind)
        if len(marks) != 1 or marks[0] == 0 or marks[0] == len(items) - 1:
            self._refuse(kind, "an ellipsis needs written terms before it and one term after it")
        mark = marks[0]
        last = items[mark + 1]
        if (reglued := _reglued(items[mark - 1], last)) is not None:
            last = reglued
        run: list[tuple[int, dict]] = []  # (item place, slots against the last term), from the ellipsis back
        for place in range(mark - 1, -1, -1):
            slots: dict = {}
            try:
                _compare(items[place], last, (), slots)
            except _Mismatch:
                break  # a term of another shape (the bias of w_1 x_1 + ... + w_n x_n + b) is a term of its own
            if run and set(slots) != set(run[-1][1]):
                self._refuse(kind, "its written terms change in other indices than its last term does")
            run.append((place, slots))
        if not run:
            self._refuse(kind, "the term before the ellipsis and the one after it are not one template")
        run.reverse()
        slots = run[-1][1]
        if not slots:
            self._refuse(kind, "the terms around the ellipsis are the same")
        lasts = {pair[1] for pair in slots.values()}
        if len(lasts) != 1:
            self._refuse(kind, "its last term's indices change in more than one way")
        values, end = [], lasts.pop()
        for _, term_slots in run:
            written = {term_slots[key][0] for key in slots}
            if len(written) != 1 or not next(iter(written)).isdigit():
                self._refuse(kind, "its written terms do not count with one number")
            values.append(int(written.pop()))
        if values != list(range(values[0], values[0] + len(values))):
            self._refuse(kind, "its written terms' indices are not consecutive (1, 2, ... or 0, 1, ...)")
        places: dict = {}
        for path, token in slots:
            places.setdefault(path, set()).add(token)
        template, start = items[run[0][0]], values[-1] + 1
        upper = self._last_value(template, places, last, end, start, kind)
        if upper > 9 and any(isinstance(token, tuple) for _, token in slots):
            self._refuse(kind, "its index is one digit of a number (\\theta_{12}) and its last value has two")
        terms = [_instance(template, (), places, str(number)) for number in range(values[0], upper + 1)]
        return items[:run[0][0]] + terms + items[mark + 2:]

    def _continued(self, items: list, kind: str) -> list:
        """``\\theta_0 + \\theta_1 x_1 + \\theta_2 x_2 + \\ldots`` ("and so on"): the written terms with the run of
        template terms that ends them continued, one index counting up, to its last value (the last unit the
        names reach, as ``a_{i_n}`` with n free runs); nothing added where the written terms already reach it.
        At least two template terms counting with one number make the pattern; anything else is refused."""
        last, run = items[-1], []  # (the term's number), from the last written term back
        for place in range(len(items) - 2, -1, -1):
            slots: dict = {}
            try:
                _compare(items[place], last, (), slots)
            except _Mismatch:
                break  # a term of another shape (the bias theta_0 before theta_1 x_1 + ...) is a term of its own
            if not slots or run and set(slots) != set(run[-1][1]):
                self._refuse(kind, "the terms before the trailing ellipsis change in other indices than one another")
            run.append((place, slots))
        if not run:
            self._refuse(kind, "a trailing ellipsis needs two written terms of one template before it (x_1 + x_2 +"
                         " \\ldots)")
        slots = run[0][1]
        values = []
        for written in [{pair[1] for pair in slots.values()}] + [{pair[0] for pair in term_slots.values()}
                                                                  for _, term_slots in run]:
            if len(written) != 1 or not (number := written.pop()).isdigit() or str(int(number)) != number:
                self._refuse(kind, "the terms before its trailing ellipsis do not count with one number")
            values.append(int(number))
        if values != list(range(values[0], values[0] - len(values), -1)):
            self._refuse(kind, "the indices of the terms before its trailing ellipsis are not consecutive")
        places: dict = {}
        for path, token in slots:
            places.setdefault(path, set()).add(token)
        terms, used = [], set(self.counts_used)
        for candidate in range(values[0] + 1, values[0] + self.symbols.index_limit + 2):
            term = _instance(last, (), places, str(candidate))
            try:
                self.value(term)
            except (FormulaError, Unbound):
                self.counts_used = used  # trying the next term is no use of a count
                return items + terms  # past the last unit: the pattern ends at its last value
            terms.append(term)
        self._refuse(kind, "the pattern before its trailing ellipsis has no last term")

    def _last_value(self, template, places: dict, last, end: str, start: int, kind: str) -> int:
        """The value of the changing index at the last term: ``end`` as a number, a count the notation gives,
        the value whose term the notation names as the last term, or the index's last value."""
        limit = self.symbols.index_limit
        counted = end in self.notation.indices or end in _COUNTS or _COUNT_NAME.fullmatch(end) is not None
        if end.isdigit():
            if int(end) < start:
                self._refuse(kind, f"its last term's index {end} does not come after the written ones")
            return int(end)
        if not re.fullmatch(r"[A-Za-z]", end) and not _COUNT_NAME.fullmatch(end):
            self._refuse(kind, f"its last term's index {end} is not a number, a letter or a count's name")
        if dict.__contains__(self.env, end):
            self._refuse(kind, f"its last index {end} is also a letter the claim is stated for, so its range moves"
                         " with it")
        if end in _letters(template):
            self._refuse(kind, f"its last index {end} also appears in its terms' fixed indices")
        used = set(self.counts_used)
        try:
            count = self.value(_count_symbol(end, getattr(last, "position", 0)))
        except (FormulaError, Unbound):
            count = None
        self.counts_used = used  # the bound's own reading is no use of the count (as a sum's bound)
        if isinstance(count, sp.Expr) and count.is_Integer:
            if int(count) < start:
                self._refuse(kind, f"its last index {end} = {count} does not come after the written ones")
            try:
                named = self.value(last)
            except (FormulaError, Unbound):
                named = None
            if named is not None and not _same(self.value(_instance(template, (), places, str(count))), named):
                self._refuse(kind, f"its last term is not its template at {end} = {count}")
            return int(count)
        try:
            wanted = self.value(last)
        except Unbound as unbound:
            if unbound.letter != end:
                raise
            if not counted:
                self._refuse(kind, f"its last index {end} has no value: give it one in the notation (\"{end}\" ="
                             " \"4\"), or make it one of its index letters")
            wanted = None
        number, ended = start - 1, False
        for candidate in range(start, start + limit + 1):
            try:
                found = self.value(_instance(template, (), places, str(candidate)))
            except (FormulaError, Unbound):
                ended = True
                break
            number = candidate
            if wanted is not None and _same(found, wanted):
                return candidate
        if wanted is None and ended and number >= start:
            return number  # a_{i_n} with n an index no one fixed: up to its last value, as \sum_n runs
        self._refuse(kind, f"its last term, at {end}, is no term of the written ones' template")

    def _refuse(self, kind: str, why: str):
        what = {"sum": "\\sum_{i=1}^{n} x_i w_i", "product": "\\prod_{i=1}^{n} a_i",
                "list": "the vector's name, or every entry"}[kind]
        self.fail(f"has a {kind} with an ellipsis (\\dots) check cannot read: {why}; write {what} (its bounds"
                  " numbers or the notation's letters)")


def _negated(node) -> bool:
    return isinstance(node, Op) and node.kind == "neg"


def _same(found, wanted) -> bool:
    if _is_matrix(found) or _is_matrix(wanted):
        return _is_matrix(found) and _is_matrix(wanted) and found.shape == wanted.shape and \
            all(sp.expand(a - b) == 0 for a, b in zip(found, wanted))
    return sp.expand(found - wanted) == 0
