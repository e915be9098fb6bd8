"""Sums and products of a formula (a part of reading.Reader): their terms and sums over the samples of a step (the
values an index takes are sum_ranges.py's; conditions such as 1\\{u > 0\\} and cases are reading_conditions.py's)."""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass

import sympy as sp

from ..limits import LIMITS
from .notation import Unbound
from .quantities import FormulaError
from .reading_base import TrackingEnv, _is_matrix, _show
from .sum_bodies import SumBodyReading
from .sum_letterless import LetterlessSumReading
from .sum_ranges import NamedSetReading, SumRangeReading, _restore
from .syntax_tree import Big, Deriv, Ellipsis_, Matrix, Sym, symbols_of


class SumReading(SumRangeReading, NamedSetReading, SumBodyReading, LetterlessSumReading):
    """Reader methods for \\sum and \\prod."""

    # -- sums ------------------------------------------------------------------------------------------

    def _big(self, node: Big):
        before = set(self.count_sums)
        starts, lengths = dict(self.context.sum_starts), dict(self.context.bracket_lengths)
        try:
            return self._graph_sum(node) if node.arrow else self._big_inner(node)
        finally:
            self.count_sums = before
            self.context.sum_starts, self.context.bracket_lengths = starts, lengths

    def term_reader(self, env: TrackingEnv):
        """A reader of a letterless sum's term in ``env``, which tracks the letters the term reads."""
        return type(self)(self.context, env, self.where)

    def _one_output_term(self, body) -> bool:
        """Whether ``body`` is a number of a one-output network's target (y[0]), its one output unit named
        without the index it does not need."""
        symbols = self.symbols
        if symbols.units(symbols.depth) != 1 or not isinstance(body, sp.Expr):
            return False
        return any(atom.base == symbols.target for atom in body.atoms(sp.Indexed))

    def _big_inner(self, node: Big):
        if node.word:  # \sum_{\text{colonnes}}: a word, no letter
            return self.word_sum(node)
        letters = node.letters
        if not letters and node.kind == "sum":  # \sum w_{jk} L_j: over the letter the term leaves free
            before = self.context.entrywise_powers
            self.context.entrywise_powers = True
            try:
                term_env = TrackingEnv(dict(self.env))
                body = self.term_reader(term_env).value(node.body)
            except Unbound as unbound:
                self.context.entrywise_powers = before
                try:
                    return self.value(Big("sum", (unbound.letter,), node.lower, node.upper, node.excluded, node.body,
                                          node.position))
                except Unbound as second:
                    if second.letter == self.notation.label:
                        raise  # the label letter: a case per class (homework.read)
                    # \sum y_j w_{jk} a_k: over j, over k, or both? the term alone cannot say
                    self.fail(f"a sum without its index letter, whose term leaves two letters free ({unbound.letter},"
                              f" {second.letter}); write the sum's index, \\sum_{unbound.letter} or \\sum_{second.letter}")
            finally:
                self.context.entrywise_powers = before
            if node.called and _is_matrix(body) and body.rows > 1 and body.cols > 1:
                # Octave's sum(W) adds each column, NumPy's np.sum(W) every entry, Python's sum(W) each column
                self.fail(f"sum(u) of a {body.rows} x {body.cols} matrix: code's sums of a matrix differ; write"
                          " its axis, sum(u, axis=0) or sum(u, axis=1)")
            if node.called and not _is_matrix(body) and node.lower is None and node.upper is None:
                return body  # code's sum(dZ2) of a number, a layer of one unit: that number (in every language)
            if self._over_samples_column(node, body):
                return body  # Ng's db = \frac{1}{m} \sum dZ: np.sum(dZ, axis=1, keepdims=True) of the one sample's column
            if self._summed_gradient(node, body):  # \sum \frac{\partial J}{\partial W}: each sample's gradient
                return self.samples_sum(self.value(node.body))
            if _is_matrix(body) and node.lower is None and node.upper is None:
                # \sum (\hat{y} - y)^2 of the output vector: the sum of its entries, each squared
                self.context.entrywise_powers = True
                try:
                    body = self.value(node.body)
                finally:
                    self.context.entrywise_powers = before
                return sum(body, sp.S.Zero)
            if not _is_matrix(body) and node.lower is None and node.upper is None and self.context.loss_on_left \
                    and self._one_output_term(body):
                # E_{total} = \sum \frac{1}{2}(\text{target} - \text{output})^2 of a one-output network: the term's
                # output and target dropped their one index, and the sample loss, which the left side names, is a
                # sum over the outputs (here one), never over the samples; elsewhere (dL/db = \Sigma (\hat{y} - y))
                # the sum may be over the samples, and the term cannot say
                return body
            if (inner := self._summed_inner_product(node.body)) is not None:
                return inner
            if self.one_sample_named() and self._no_index_dropped(node.body):
                return body  # \frac1n \sum x_j(...) with "n" = "1": the step's one sample, whatever the sum is over
            if self._over_one_written_unit(node.body):
                return body  # \sum \delta_k w_{jk} f'(h_j), "\delta_{k}" the one output: the sum over k has one term
            problem = self.context.symbols.problem
            if (problem.batch == 1 or problem.batch == 0 and problem.reduction != "sum" and self._one_unit_layers()
                    and not term_env.read & set(self.context.left_letters or ())) \
                    and self._no_index_dropped(node.body):
                # \sum[(f(x) - y) x] over a step of one sample, its bare names each of a layer of one unit: whatever
                # the sum runs over (the samples, or units whose index the term dropped), it has one term. So in a
                # file of no data (K samples unknown) of one unit a layer whose loss is their mean: a member right
                # only at K = 1 is refused (homework_cases.unnamed_count), one wrong at every K is wrong either way;
                # with their sum, K terms and one would disagree, so refused, and so is a term of the left side's
                # letter (\Sigma w_j x^j by w_j: the sum may be over it)
                self.context.sample_sums, self.context.letterless_sums = True, problem.batch == 0
                return self.context.sample_count * body
            self._letterless_refusal(node.body, term_env)
        if not letters:  # \prod without an index: a product sign misread for the indicator 1
            return self.value(node.body)
        if len(letters) > 1:
            inner = Big(node.kind, letters[1:], None, None, None, node.body, node.position)
            return self.value(Big(node.kind, letters[:1], None, None, None, inner, node.position))
        letter = letters[0]
        if node.kind == "sum" and self._over_the_inputs(letter, node):
            # \frac{1}{n} \sum_x C_x, \sum_{x \in D}: over the training inputs x (a data set), one with "n" = "1"
            return self.samples_sum(self.value(node.body))
        outer = self.env.get(letter, None) if dict.__contains__(self.env, letter) else None
        if letter in self.context.left_letters and letter not in self.context.summed_letters \
                and (by := _derivative_by(node.body, letter)):
            # -\sum_k y_k \frac{\partial}{\partial w_{kj}} \ln \hat{y}_k for dC/dw_{kj}: the sum's k hides the left
            # side's, yet a derivative by w_{kj} inside it is most likely the left side's; either reading is a guess
            self.fail(f"the sum's index {letter} is also the left side's free index, and {by} in its term may be"
                      " either's; rename the sum's letter or the left side's")
        used = set(self.counts_used)
        lower = self._bound(node.lower)
        self.context.sum_starts[letter] = lower
        self.context.bracket_lengths.pop(letter, None)
        upper = self._upper_bound(node.upper)
        if upper is None and node.upper is not None:
            self._bound_past_listing(node.upper)
        self.counts_used = used  # the bound's own reading is no use of the count
        excluded = self._index(node.excluded) if node.excluded is not None else None
        counted = node.upper is not None and bool(set(re.findall(r"[A-Za-z]", _show(node.upper))) & self.context.count_names)
        if counted:  # C_k in \sum_{k=0}^{n-1}: sample k's loss (for this sum only: _big restores the set)
            self.count_sums.add(letter)
        if node.members is not None and all(member.isdigit() for member in node.members):
            values, is_sample = sorted({int(member) for member in node.members}), False
        else:
            if node.members is not None:
                self._every_class(node.members)
            values, is_sample = self._range(letter, lower, upper, node)
            if node.named and is_sample is False:
                self._named_layer(letter, values, node)
            if is_sample is False and node.upper is not None and upper is None:
                self._offset_bound(letter, node.upper, values, node)
        if counted and is_sample is not True:
            # \sum_{j=1}^{m} t_j \log y_j: m counts units, not samples; 1/n read before such a sum as the
            # number of samples would be a misreading
            bound = set(re.findall(r"[A-Za-z]", _show(node.upper))) & self.context.count_names
            if bound & self.counts_used:
                self.fail(f"{', '.join(sorted(bound))} was read as the number of samples, but the sum over {letter}"
                          f" it bounds runs over units; give {', '.join(sorted(bound))} a meaning in the notation")
            self.context.count_names.difference_update(bound)
        if is_sample == "entries":
            return self.value(Big("sum", (), None, None, None, node.body, node.position))
        if is_sample == "constant":  # the letter indexes nothing in the term: n equal terms
            body = self._body_at(letter, values[0] if values else 0, node)
            _restore(self.env, letter, outer is not None, outer)
            count = len([v for v in values if excluded is None or not excluded.is_Integer or int(excluded) != v])
            return count * body if node.kind == "sum" else body ** count
        if is_sample:
            self.context.sample_sums = True
            if node.upper is not None:
                if lower is not None and upper is None:
                    self._counted_samples(letter, lower, node)
                # the bound's letter counts the samples, where the notation gives it no value ("m" = "1" does: read
                # as a count, the claim's next member would read its 1/m as 1/K)
                self.context.count_names.update(letter for letter in re.findall(r"[A-Za-z]", _show(node.upper))
                                                if letter not in self.notation.bases)
            body = self._body_at(letter, values[0] if values else 0, node)
            if lower is not None and upper is not None:
                # \sum_{i=1}^{m} with m = 1 in the notation: that many samples, not the step's K
                return max(upper - lower + 1, 0) * body
            if self.one_sample_named():  # -\frac{1}{N} \sum_i with "N" = "1": the one sample, its one term
                self.context.sample_sums = False
                return body
            return self.context.sample_count * body
        numbered = self.terms_by_value(letter, values, excluded, node)
        terms = list(numbered.values())
        _restore(self.env, letter, outer is not None, outer)
        if not terms:
            return sp.S.Zero if node.kind == "sum" else sp.S.One
        if not any(_is_matrix(term) for term in terms):
            # one Add (Mul) of every term: adding them one at a time sorts the growing sum again at
            # each term, quadratic in the terms (minutes for seed 001's nested sums over 64 and 10)
            return sp.Add(*terms) if node.kind == "sum" else sp.Mul(*terms)
        self._one_shape(letter, numbered, node)
        total = terms[0]
        for term in terms[1:]:
            total = total + term if node.kind == "sum" else total * term
        return total

    def _one_shape(self, letter: str, numbered: dict, node: Big) -> None:
        """FormulaError where a sum's (product's) terms differ in shape, a number at one value of its letter and a
        vector at another: a name written the same for an entry and for a whole vector (z_1 both the first
        output's entry z_{j} at j = 1 and the first layer's bold \\mathbf{z}_1) reads as the vector there."""
        shapes = {number: (term.rows, term.cols) if _is_matrix(term) else None for number, term in numbered.items()}
        if len(set(shapes.values())) < 2:
            return
        first = next(iter(shapes))
        other = next(number for number, shape in shapes.items() if shape != shapes[first])

        def shown(number):
            return "a number" if shapes[number] is None else f"a {shapes[number][0]} x {shapes[number][1]} matrix"
        self.fail(f"the {node.kind} over {letter} has terms of different shapes, {shown(first)} at {letter} = {first}"
                  f" and {shown(other)} at {letter} = {other}: a name its term writes means an entry at one value and"
                  f" a vector at the other (two patterns of the notation matching it?); give the term one meaning")

    def _counted_samples(self, letter: str, lower: int, node: Big) -> None:
        """FormulaError where a sum over the samples from ``lower`` to a letter plus a number (\\sum_{i=0}^{n}) has
        not that letter's count of terms: the count with a term too many, or the last sample's index?"""
        found = re.fullmatch(r"([A-Za-z])(?:([+-])(\d+))?", re.sub(r"[\s{}()]", "", _show(node.upper)))
        if found is None:
            return
        count, sign, number = found.groups()
        extra = (-1 if sign == "-" else 1) * int(number or 0) - lower + 1
        if extra != 0:
            self.fail(f"the sum over the samples {letter} = {lower}, ..., {_show(node.upper)} has {count}"
                      f" {'+' if extra > 0 else '-'} {abs(extra)} terms: {count} counted the samples or numbered the"
                      f" last of them; write \\sum_{{{letter}=1}}^{{{count}}} or \\sum_{{{letter}=0}}^{{{count}-1}}"
                      f" for {count} samples, or give {count} its value in the notation")

    def _over_one_written_unit(self, body) -> bool:
        """Whether a letterless sum's term names its units with a letter the notation's patterns write as their
        own (``"\\delta_{k}"``, k no index letter) and the output layer, which such a letter names, has one unit:
        the sum over that letter then has one term, the term read."""
        symbols = self.context.symbols
        if symbols.units(symbols.depth) != 1:
            return False
        free = set(self.notation.indices) | set(dict.keys(self.env))
        own = {letter for pattern in self.notation.patterns for letter in re.findall("[A-Za-z]", pattern.sub)
               if letter not in pattern.placeholders and letter not in free}
        return any(letter in own for symbol in symbols_of(body) if re.fullmatch(r"[A-Za-z,]+", symbol.sub)
                   for letter in symbol.sub.replace(",", ""))

    def _over_the_inputs(self, letter: str, node: Big) -> bool:
        """Whether ``\\sum_x``, with no bounds, runs over the training inputs: its letter is no index of the
        formula and names, read as a symbol, the network's whole input."""
        if node.lower is not None or node.upper is not None or node.members is not None or node.excluded is not None \
                or dict.__contains__(self.env, letter) or letter in self.notation.indices:
            return False
        try:
            value = self.value(Sym(letter, "", "", 0, None, node.position))
        except (FormulaError, Unbound):
            return False
        nodes = self.context.calculus.entry_nodes(value)
        return len(nodes) == self.symbols.units(0) and all(found is not None and found[:2] == ("a", 0)
                                                             for found in nodes)

    def _every_class(self, members: tuple) -> None:
        """A sum over a set of names (``k \\in \\{\\text{cat, dog, cow, horse}\\}``) runs over the units,
        as a sum without bounds does, when the names are the file's classes, each once; else
        FormulaError (which units a few of them are is the notation's to say, not the sum's)."""
        classes = self.context.symbols.problem.classes or []
        if sorted(members) != sorted(classes):
            named = f"its classes ({', '.join(classes)})" if classes else "numbers (the file names no classes)"
            self.fail(f"has a sum over the set {{{', '.join(members)}}}, which is not every class of the file; write"
                      f" the set as {named}, or the sum with bounds")

    def _body_at(self, letter: str, number: int, node: Big):
        self.terms += 1
        if self.terms > LIMITS["sum_terms"]:
            self.fail(f"has sums of more than {LIMITS['sum_terms']:,} terms")
        dict.__setitem__(self.env, letter, number)
        summed = self.context.summed_letters
        added = letter not in summed
        summed.add(letter)
        try:
            return self.value(node.body)
        finally:
            if added:
                summed.discard(letter)

    # -- arguments written as a list: f(z_1, ..., z_K) ------------------------------------------------------

    def listed_arguments(self, args: tuple) -> tuple:
        """``(z_1, \\ldots, z_K)`` as ``(z,)``: a list of one name's entries, from its first to its last, with
        an ellipsis between, is the whole vector; any other arguments as they are (an ellipsis that leaves
        out part of a vector stays refused where it is read)."""
        if len(args) > 3 and isinstance(args[-2], Ellipsis_) and all(isinstance(arg, Sym) for arg in args[:-2]):
            self.without_ellipsis(Matrix(tuple((arg,) for arg in args)))  # (z_1, z_2, \ldots, z_K): refused off
            args = (args[0], args[-2], args[-1])                           # a template counting up to its end
        if len(args) != 3 or not isinstance(args[1], Ellipsis_) or not all(isinstance(arg, Sym) for arg in args[::2]):
            return args
        first, last = args[0], args[2]
        if first.base != last.base or first.sup != last.sup or first.primes or last.primes or not first.sub:
            return args
        whole = Sym(first.base, "", first.sup, 0, None, first.position)
        try:
            vector, ends = self.value(whole), (self.value(first), self.value(self._counted_end(last)))
        except (FormulaError, Unbound):
            return args
        if _is_matrix(vector) and vector.cols == 1 and (vector[0], vector[vector.rows - 1]) == ends:
            return (whole,)
        return args

    def _counted_end(self, last: Sym) -> Sym:
        """z_K with K a number of the notation (``"K" = "3"``): z_3."""
        if not re.fullmatch(r"[A-Za-z]", last.sub) or dict.__contains__(self.env, last.sub):
            return last
        try:
            count = self.value(Sym(last.sub, "", "", 0, None, last.position))
        except (FormulaError, Unbound):
            return last
        if not (isinstance(count, sp.Expr) and count.is_Integer):
            return last
        return Sym(last.base, str(count), last.sup, 0, None, last.position)


def _derivative_by(node, letter: str) -> str:
    """The first derivative in ``node`` (d/dw_{kj}, as written) whose variable is indexed by ``letter``, or ""."""
    stack = [node]
    while stack:
        item = stack.pop(0)
        if isinstance(item, Deriv) and any(letter in re.findall(r"\\[A-Za-z]+|[A-Za-z]", sym.sub + "," + sym.sup)
                                           for sym in symbols_of(item.wrt)):
            return f"d/d{_show(item.wrt)}"
        if isinstance(item, (list, tuple)):
            stack[:0] = list(item)
        elif is_dataclass(item):
            stack[:0] = [getattr(item, part.name) for part in fields(item)]
    return ""
