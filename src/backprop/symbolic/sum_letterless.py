"""A sum written without its index letter or bounds, ``\\sum (y - a)^2``, ``\\sum \\frac{\\partial J}{\\partial W}`` (a part
of reading_sums.SumReading): whether it adds the samples (its term can have dropped no unit's index, or it adds
gradients of the left side's shape), an inner product of two vectors, or is refused saying what to write."""

from __future__ import annotations

from dataclasses import fields, is_dataclass

import sympy as sp

from .notation_indices import Unbound
from .quantities import FormulaError
from .reading_base import TrackingEnv, _is_matrix
from .syntax_tree import Apply, Deriv, Norm, Op, nodes_of, symbols_of

# a word for the samples under a sum, \sum_{\text{samples}} (English, French, Spanish, Portuguese, Italian, German)
SAMPLE_WORDS = frozenset({"samples", "examples", "training examples", "data points", "exemples", "échantillons",
                          "ejemplos", "muestras", "exemplos", "amostras", "esempi", "campioni", "beispiele",
                          "stichproben"})
# a word for the columns, which are the samples where the notation lays a sample out as a column (Ng's Z = W A)
COLUMN_WORDS = frozenset({"columns", "colonnes", "columnas", "colunas", "colonne", "spalten"})


class LetterlessSumReading:
    """The reader's methods for a sum with neither index letter nor bounds (mixed into reading_sums.SumReading)."""

    def _summed_inner_product(self, body):
        """``\\sum u \\cdot v`` of two vectors of one size (\\sum \\text{onehot}(y) \\cdot \\log(\\hat{y})): the sum of
        their entrywise product, which is their inner product whether the \\cdot or the \\sum is taken to
        add; None for any other term."""
        if not (isinstance(body, Op) and body.kind == "dot" and len(body.args) == 2):
            return None
        try:
            left, right = (self.value(arg) for arg in body.args)
        except (FormulaError, Unbound):
            return None
        if not (_is_matrix(left) and _is_matrix(right) and left.shape == right.shape and 1 in left.shape):
            return None
        return sum((a * b for a, b in zip(left, right)), sp.S.Zero)

    def _no_index_dropped(self, body) -> bool:
        """Whether no name in a letterless sum's term can have dropped a unit's index: each name written without a
        subscript is a number of a layer of one unit (a weight between two such), or a function applied; a
        name with its subscript (x_i, w_1) keeps its index as written, and a vector inside a norm, |y - a|^2 (Nielsen's
        squared length, a bar or two), is taken whole by it (a number in one may have dropped its index). Refused names read as False. A term of
        numbers only names no layer, so its numbers may be any layer's: no index dropped only where every layer,
        the inputs too, has one unit."""
        applied = _applied_symbols(body)
        if all(id(symbol) in applied for symbol in symbols_of(body)):
            return all(self.symbols.units(layer) == 1 for layer in range(self.symbols.depth + 1))
        normed = {id(symbol) for norm in nodes_of(body, Norm) for symbol in symbols_of(norm.of)}
        for symbol in symbols_of(body):
            if symbol.sub or id(symbol) in applied:
                continue
            try:
                value = self.value(symbol)
            except (FormulaError, Unbound):
                return False
            if isinstance(value, sp.MatrixBase):
                if id(symbol) in normed:
                    continue  # a whole vector, its length taken
                return False
            for atom in value.atoms(sp.Indexed) if isinstance(value, sp.Expr) else ():
                found = self.context.calculus.node(atom)
                if found is None:
                    return False
                kind, layer = found[0], min(found[1], self.symbols.depth)
                layers = (layer, layer - 1) if kind == "W" else (layer,)
                if any(self.symbols.units(each) != 1 for each in layers):
                    return False
        return True

    def _one_unit_layers(self) -> bool:
        """Whether every layer, the inputs too, has one unit: a sum can then run over the samples only."""
        return all(self.symbols.units(layer) == 1 for layer in range(self.symbols.depth + 1))

    def samples_sum(self, term):
        """A sum over the step's samples of ``term``, one sample's: the term itself where the notation counts one
        sample, else K times it, judged against the step's loss with the file's reduction."""
        if self.one_sample_named():
            return term
        self.context.sample_sums = True
        return self.context.sample_count * term

    def _summed_gradient(self, big, body) -> bool:
        """Whether a bare \\sum (no letter, no bounds, not code's sum(u)) of a vector or matrix ``body`` adds the
        samples' gradients: its term differentiates by a vector or matrix (\\sum \\frac{\\partial J}{\\partial W},
        - \\sum (y - \\hat{y}) \\frac{\\partial \\hat{y}}{\\partial W}) and has the left side's shape, which the sum
        of its entries, a number, could not have."""
        if big.called or big.lower is not None or big.upper is not None or not _is_matrix(body) \
                or self.context.left_shape != body.shape:
            return False
        for derivative in nodes_of(big.body, Deriv):
            try:
                if _is_matrix(self.value(derivative.wrt)):
                    return True
            except (FormulaError, Unbound):
                continue
        return False

    def word_sum(self, big):
        """``\\sum_{\\text{colonnes}} dZ^{[2]}`` (batch 154's French Ng notes, db = \\frac{1}{m} \\sum_{\\text{colonnes}}
        dZ): a sum with a word under it, no letter, read as the sum over the samples where the word names them (a
        word for the samples, or for the columns where the notation lays a sample out as a column) and its term is
        one sample's: of the left side's shape, not a matrix whose entries the sum could add (for the columns, a column
        or a number where the notation counts one sample, as _over_samples_column asks). Refused otherwise, saying
        how to write it."""
        word = big.word.lower()
        body = self.value(big.body) if big.kind == "sum" and big.upper is None else None
        shape = body.shape if _is_matrix(body) else ()
        if body is not None and shape == self.context.left_shape and (not shape or shape[1] == 1 or word in SAMPLE_WORDS):
            if word in COLUMN_WORDS and self.one_sample_named() and not self.notation.samples_as_rows:
                return body  # the one sample's column (or number, a layer of one unit), as np.sum(dZ, axis=1) reads
            if word in SAMPLE_WORDS:
                return self.samples_sum(body)
        self.fail(f"\\{big.kind}_{{\\text{{{big.word}}}}}: a sum over a word is read as the sum over the samples only"
                  " where the word names them (samples, examples, or columns where the notation lays a sample out as"
                  " a column) and its term is one sample's, of the left side's shape, the notation counting the"
                  " samples (\"m\" = \"1\"); write the sum with the samples' letter, \\sum_{i=1}^{m}, or with the index"
                  " letter of what it runs over")

    def _letterless_refusal(self, body, term_env: TrackingEnv) -> None:
        """FormulaError for a sum with neither index letter nor bounds whose term has no free index and that no rule
        gives a count of terms: a term of numbers only (the sum of 0.274 over what?), or of names that may have
        dropped a unit's index."""
        if all(id(symbol) in _applied_symbols(body) for symbol in symbols_of(body)):
            self.fail("a sum without its index letter over a term of numbers only: what it adds over, the samples or"
                      " some layer's units, and so how many terms, nothing says; write the terms it adds, or"
                      " leave the sum out")
        # e^{-\Sigma w_j x_i^j} beside \partial w_j on the left: the term's j is the left side's, so not summed
        left = sorted(term_env.read & set(self.context.left_letters or ()))
        own = f" (its {', '.join(left)} the left side's, a sum's letter must be its own)" if left else ""
        self.fail(f"a sum without its index letter, whose term has no free index{own}; write its index, \\sum_n over"
                  " the samples (with a sample letter of the notation's patterns, y^{(n)}) or \\sum_k over units")


def _applied_symbols(node) -> set:
    """The ids of the symbols applied to arguments (f of f(x)) in a syntax tree."""
    found, stack = set(), [node]
    while stack:
        item = stack.pop()
        if isinstance(item, Apply):
            found.add(id(item.symbol))
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif is_dataclass(item):
            stack.extend(getattr(item, f.name) for f in fields(item))
    return found
