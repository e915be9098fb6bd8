"""Sums, products and lists written out with an ellipsis (a part of reading.Reader):
``x_1 w_1 + x_2 w_2 + \\dots + x_n w_n``, ``a_1 a_2 \\cdots a_n``, ``[x_1, x_2, \\ldots, x_n]``.

An ellipsis is read only where it is no guess: the terms written before it and the one term after it are one
template in which one index position changes (the same value wherever it changes in a term), the written terms
give consecutive values, and the last term's value is a bound the reading knows: a number, a letter the notation
gives a number, a letter whose term the notation names (``"x_{n}" = "x[2]"``: the value whose term that is), or an
index letter no one fixed (``a_{i_n}`` with n free: the index's last value, as \\sum_n runs). A general term
between two ellipses (``x_1 w_1 + \\dots + x_i w_i + \\dots + x_n w_n``), the template at a free letter or at one the
claim is stated for (then one of the sum's terms), is the sum's, the last term still its bound. The terms are then
the template at each value, read as if written; anything else is refused with what to write instead."""

from __future__ import annotations

import re

import sympy as sp

from .ellipsis_terms import COUNT_NAME, COUNTS, Mismatch, compare_terms, count_symbol, index_tokens, reglued, term_at
from .notation import Unbound
from .quantities import FormulaError
from .reading_base import _is_matrix
from .syntax_tree import Ellipsis_, Matrix, Num, Op, symbols_of


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

    def product_with_elided_constant(self, node: Op):
        """A matrix product with a column of one number written with an ellipsis on its right, ``dZ^l
        \\begin{bmatrix} 1 \\\\ \\vdots \\\\ 1 \\end{bmatrix}`` (a sum over the columns of dZ^l), or a row of it on its
        left, ``\\begin{bmatrix} 1 & \\cdots & 1 \\end{bmatrix} X``: the column as long as the other factor has columns
        (the row as it has rows), the one length the matrix product is defined with (a column factor's product with
        a column of one entry, or entry by entry with one of its length, is the same); None for any other product."""
        if len(node.args) != 2:
            return None
        left, right = (_elided_constant(arg) for arg in node.args)
        if right is not None and right[0] == "column" and left is None:
            value = self.value(node.args[0])
            size = value.cols if _is_matrix(value) else 1
            return self._product(value, sp.ImmutableMatrix.ones(size, 1) * right[1], node, dot=False)
        if left is not None and left[0] == "row" and right is None:
            value = self.value(node.args[1])
            size = value.rows if _is_matrix(value) else 1
            return self._product(sp.ImmutableMatrix.ones(1, size) * left[1], value, node, dot=False)
        return None

    def _expanded(self, items: list, kind: str) -> list:
        """``items`` with their one ellipsis replaced by the terms between the run of template terms before it
        and the one term after it; FormulaError where that is a guess."""
        items, general = self._without_general_term(items, kind)
        marks = [place for place, item in enumerate(items) if isinstance(item, Ellipsis_)]
        if len(marks) == 1 and marks[0] == len(items) - 1 and marks[0] > 1:
            return self._continued(items[:-1], kind)
        if len(marks) != 1 or marks[0] == 0 or marks[0] == len(items) - 1:
            self._refuse(kind, "an ellipsis needs written terms before it and one term after it")
        mark = marks[0]
        last = items[mark + 1]
        if (glued_last := reglued(items[mark - 1], last)) is not None:
            last = glued_last
        run: list[tuple[int, dict]] = []  # (item place, slots against the last term), from the ellipsis back
        for place in range(mark - 1, -1, -1):
            slots: dict = {}
            try:
                compare_terms(items[place], last, (), slots)
            except Mismatch:
                break  # a term of another shape (the bias of w_1 x_1 + ... + w_n x_n + b) is a term of its own
            if run and set(slots) != set(run[-1][1]):
                self._refuse(kind, "its written terms change in other indices than its last term does")
            run.append((place, slots))
        if not run:
            if mark > 1 and _one_template(items[mark - 2], items[mark - 1]) \
                    and not _shares_names(items[mark - 1], items[mark + 1:]):
                # w_1 x_1 + w_2 x_2 + \dots + b: the written terms run on to their last value, as before a trailing
                # ellipsis, and the term of its own after it (no name of theirs) is added once
                return self._continued(items[:mark], kind) + items[mark + 1:]
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
        # an index written as one digit of a number (\theta_{1d} against \theta_{11}, the d its second digit) can
        # not reach two digits; an index token of its own (w_{1,1} x_1 + \cdots + w_{1,12} x_{12}) can
        digit_of = [path for path, (_, place) in slots if isinstance(place, tuple)]
        if upper > 9 and digit_of:
            self._refuse(kind, f"its index is one digit of a number ({_symbol_at(last, digit_of[0])}) and its last"
                         " value has two")
        terms = [term_at(template, (), places, str(number)) for number in range(values[0], upper + 1)]
        if general is not None and not any(_same(self.value(general), self.value(term)) for term in terms):
            # the general term at the claim's own letter (\frac{\partial}{\partial w_{ij}}(... + y_i w_{ij} + ...))
            # must be one of the sum's terms at that letter's value
            self._refuse(kind, "the term between its two ellipses, at the value of its letter the claim is stated"
                         " for, is none of its terms")
        return items[:run[0][0]] + terms + items[mark + 2:]

    def _without_general_term(self, items: list, kind: str) -> tuple[list, object]:
        """``w_1 y_1 + w_2 y_2 + \\ldots + w_i y_i + \\ldots + w_n y_n``: the term between two ellipses, a letter
        where the terms around it count, is the sum's general term, and the last term its bound: ``items`` without
        it and its ellipsis; refused where it is not the terms' template at one free letter of its own. Its letter
        may be one the claim is stated for (taji99's \\frac{\\partial}{\\partial w_{ij}}(y_1w_{1j} + \\cdots +
        y_iw_{ij} + \\cdots + y_lw_{lj}): the term the derivative picks): the general term is then also returned,
        for _expanded to hold it to be one of the sum's terms (None where its letter is free)."""
        marks = [place for place, item in enumerate(items) if isinstance(item, Ellipsis_)]
        if len(marks) != 2 or marks[1] != marks[0] + 2 or marks[0] == 0 or marks[1] == len(items) - 1:
            return items, None
        general, before, last = items[marks[0] + 1], items[marks[0] - 1], items[marks[1] + 1]
        slots, written = {}, {}
        try:
            compare_terms(general, last, (), slots)
            compare_terms(before, last, (), written)
        except Mismatch:
            self._refuse(kind, "the term between its two ellipses is not the template of the terms around it")
        letters = {pair[0] for pair in slots.values()}
        places: dict = {}
        for path, token in slots:
            places.setdefault(path, set()).add(token)
        letter = letters.pop() if len(letters) == 1 else ""
        if set(slots) != set(written) or not re.fullmatch(r"[A-Za-z]", letter) \
                or letter in index_tokens(term_at(general, (), places, "0")):
            self._refuse(kind, "the term between its two ellipses is not its template at one free letter, the index"
                         " its written terms count with")
        return items[:marks[0]] + items[marks[1]:], general if dict.__contains__(self.env, letter) else None

    def _continued(self, items: list, kind: str) -> list:
        """``\\theta_0 + \\theta_1 x_1 + \\theta_2 x_2 + \\ldots`` ("and so on"): the written terms with the run of
        template terms that ends them continued, one index counting up, to its last value (the last unit the
        names reach, as ``a_{i_n}`` with n free runs); nothing added where the written terms already reach it.
        At least two template terms counting with one number make the pattern; anything else is refused."""
        last, run = items[-1], []  # (the term's number), from the last written term back
        for place in range(len(items) - 2, -1, -1):
            slots: dict = {}
            try:
                compare_terms(items[place], last, (), slots)
            except Mismatch:
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
            term = term_at(last, (), places, str(candidate))
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
        counted = end in self.notation.indices or end in COUNTS or COUNT_NAME.fullmatch(end) is not None
        if end.isdigit():
            if int(end) < start:
                self._refuse(kind, f"its last term's index {end} does not come after the written ones")
            return int(end)
        if not re.fullmatch(r"[A-Za-z]", end) and not COUNT_NAME.fullmatch(end):
            self._refuse(kind, f"its last term's index {end} is not a number, a letter or a count's name")
        if dict.__contains__(self.env, end) and end not in self.notation.numbered_letters():  # "N" = "3": a count
            self._refuse(kind, f"its last index {end} is also a letter the claim is stated for, so its range moves"
                         " with it")
        if end in index_tokens(template):
            self._refuse(kind, f"its last index {end} also appears in its terms' fixed indices")
        used = set(self.counts_used)
        try:
            count = self.value(count_symbol(end, getattr(last, "position", 0)))
        except (FormulaError, Unbound):
            count = None
        self.counts_used = used  # the bound's own reading is no use of the count (as a sum's bound)
        if isinstance(count, sp.Expr) and count.is_Integer:
            # a sum written for any count, y_1 + y_2 + \cdots + y_l, at l = 2: its last term is its last written one,
            # as the page means (no term is counted twice); a count before that leaves a written term out: refused
            if int(count) < start - 1:
                self._refuse(kind, f"its last index {end} = {count} does not come after the written ones")
            try:
                named = self.value(last)
            except (FormulaError, Unbound):
                named = None
            if named is not None and not _same(self.value(term_at(template, (), places, str(count))), named):
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
                found = self.value(term_at(template, (), places, str(candidate)))
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


def _one_template(first, second) -> bool:
    try:
        compare_terms(first, second, (), {})
    except Mismatch:
        return False
    return True


def _shares_names(term, after: list) -> bool:
    """Whether the terms ``after`` an ellipsis hold a name of ``term``, the one before it: such a term may close
    its template written another way (x_1 w_1 + ... + w_n x_n), so it is no term of its own."""
    return bool({sym.base for sym in symbols_of(term)} & {sym.base for sym in symbols_of(after)})


def _negated(node) -> bool:
    return isinstance(node, Op) and node.kind == "neg"


def _same(found, wanted) -> bool:
    if _is_matrix(found) or _is_matrix(wanted):
        return _is_matrix(found) and _is_matrix(wanted) and found.shape == wanted.shape and \
            all(sp.expand(a - b) == 0 for a, b in zip(found, wanted))
    return sp.expand(found - wanted) == 0


def _symbol_at(node, path: tuple) -> str:
    """The symbol at ``path`` in ``node`` (compare_terms' path: tuple places and dataclass fields), as written."""
    for step in path:
        node = node[step] if isinstance(node, tuple) else getattr(node, step, None)
    return f"{node.base}_{{{node.sub}}}" if hasattr(node, "sub") else "its last term"


def _elided_constant(node) -> tuple | None:
    """("column", c) for a column of the one number c written with an ellipsis between its entries, ``1 \\\\ \\vdots
    \\\\ 1`` (``1 \\\\ 1 \\\\ \\vdots \\\\ 1``), ("row", c) for such a row, ``1 & \\cdots & 1``: its length unwritten;
    None for any other node."""
    if not isinstance(node, Matrix) or node.listed:
        return None
    column = all(len(row) == 1 for row in node.rows)
    items = [row[0] for row in node.rows] if column else list(node.rows[0]) if len(node.rows) == 1 else []
    written = [item for item in items if not isinstance(item, Ellipsis_)]
    if len(items) < 3 or len(items) - len(written) != 1 or isinstance(items[0], Ellipsis_) \
            or isinstance(items[-1], Ellipsis_) or not all(isinstance(item, Num) for item in written) \
            or len({sp.nsimplify(item.text) for item in written}) != 1:
        return None
    return ("column" if column else "row", sp.nsimplify(written[0].text))

