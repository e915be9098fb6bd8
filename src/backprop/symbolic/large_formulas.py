"""Steps of compiling a formula that SymPy takes in time growing faster than the formula: done here in
time that grows with its distinct parts, with the same outcome, character for character.

* **The terms of a sum in SymPy's printing order** (``Expr.as_ordered_terms()``, lexicographic).
  SymPy writes every term as a dense vector of exponents over every distinct factor of the whole
  sum: a sum over the 784 inputs, W1[i,0]*x[0] + ... + W1[i,783]*x[783], has 1,568 factors, so 784
  vectors of 1,568 entries are built, negated and compared. That was two thirds of the time of
  compiling such a formula (sympy.lambdify prints a sum in this order) and the largest part of judging
  seed 001's claims on the 784-128-64-10 network. Here a term keeps only its factors' positions and
  exponents, and two terms are compared as their dense vectors would be.
* **The distinct parts of a formula.** A formula read from nested sums holds the same part many
  times (seed 001's line 213 has a sum over 128 units inside each of 128 terms); SymPy's traversals
  (``atoms``, ``has``, ``replace``) visit it every time, 16,000 nodes where 300 are distinct.
* **A replacement of parts** (``Basic.xreplace``), which rebuilds a part at each of its occurrences:
  ``xreplaced`` rebuilds each distinct part once.
* **A code printer's rewriting of real parts** (``CodePrinter._handle_UnevaluatedExpr``: every
  ``re(...)`` of the formula), a ``replace`` over every occurrence of every part, skipped where no
  part is a ``re(...)``: there it returns the formula itself.
* **One compiled form for the same formula at every unit** (``index_template``: the whole-number indices of its
  entries lifted out as arguments). Checking a claim compiles the truth and the claim's members at each unit and
  weight it is judged at (``Heaviside(z1[3])``, ``Heaviside(z1[4])``, ...): formulas that differ only in which
  entries they read. ``index_template`` writes each distinct whole-number index as a fixed symbol (``z1[n0]``) and
  returns the numbers it stands for, so the compiled form is shared and given the numbers when called. Equal
  numbers get the same symbol, so no two entries that differ become equal and none that are equal become two: the
  template is the formula itself, with names for its indices.
"""

from __future__ import annotations

from functools import cmp_to_key, lru_cache

import sympy as sp
from sympy import Add, Basic, Function, Mul, S, re as real_part
from sympy.core.exprtools import decompose_power
from sympy.core.sorting import default_sort_key

#: below this many terms SymPy's own ordering is as quick (and does its special case of two terms)
FEW_TERMS = 16


def ordered_terms(expr) -> list:
    """``expr.as_ordered_terms()`` for a sum (any expression: its terms, as ``Add.make_args``)."""
    terms = Add.make_args(expr)
    if len(terms) < FEW_TERMS:
        return expr.as_ordered_terms()
    described = []
    for term in terms:
        if term.is_Order:
            return expr.as_ordered_terms()
        # (Expr.as_terms, step for step: the coefficient as a complex number, the other factors
        # by base and whole-number exponent)
        coefficient, rest = term.as_coeff_Mul()
        # (a whole number as the same complex number, without SymPy's evalf: a tenth of the time)
        coefficient = complex(int(coefficient)) if coefficient.is_Integer and abs(coefficient) < 2 ** 53 \
            else complex(coefficient)
        exponents = {}
        if rest is not S.One:
            for factor in Mul.make_args(rest):
                if factor.is_number:
                    try:
                        coefficient *= complex(factor)
                    except (TypeError, ValueError):
                        pass
                    else:
                        continue
                if not factor.is_commutative:
                    return expr.as_ordered_terms()  # (ordered by more than the exponents)
                base, exponent = decompose_power(factor)
                exponents[base] = exponent
        described.append((term, exponents, coefficient))
    bases = sorted({base for _, exponents, _ in described for base in exponents}, key=default_sort_key)
    position = {base: index for index, base in enumerate(bases)}
    keyed = [(term, tuple(sorted((position[base], exponent) for base, exponent in exponents.items() if exponent)),
              ((bool(coefficient.imag), coefficient.imag), (coefficient.real, coefficient.imag)))
             for term, exponents, coefficient in described]
    keyed.sort(key=cmp_to_key(_compare))
    return [term for term, _, _ in keyed]


def _compare(first: tuple, second: tuple) -> int:
    """-1 where SymPy's key of ``first`` is less than that of ``second`` (it prints first), else 1 or 0
    (equal). SymPy's key is (the negated dense exponent vector, the non-commutative factors (none
    here), the coefficient); a sparse vector lists (position, exponent) by position, and two dense
    vectors first differ at the first entry where the sparse ones do, or at the position of the entry
    only one of them has (the other has 0 there)."""
    _, exponents, coefficient = first
    _, other_exponents, other_coefficient = second
    for (position, exponent), (other_position, other_exponent) in zip(exponents, other_exponents):
        if position == other_position:
            if exponent != other_exponent:
                return -1 if exponent > other_exponent else 1  # the larger exponent first
        elif position < other_position:  # first has this factor, second has exponent 0
            return -1 if exponent > 0 else 1
        else:
            return 1 if other_exponent > 0 else -1
    if len(exponents) != len(other_exponents):  # one has factors after the other's last one
        if len(exponents) > len(other_exponents):
            return -1 if exponents[len(other_exponents)][1] > 0 else 1
        return 1 if other_exponents[len(exponents)][1] > 0 else -1
    return -1 if coefficient < other_coefficient else (1 if other_coefficient < coefficient else 0)


class FastTermOrder:
    """A printer mix-in: a sum's terms in SymPy's order (``order`` unset), found by ordered_terms."""

    def _as_ordered_terms(self, expr, order=None):
        if (order or self.order) is None:
            return ordered_terms(expr)
        return super()._as_ordered_terms(expr, order=order)


class FewerWalks:
    """A code printer mix-in: the rewriting of real parts before printing, only where the formula has one."""

    def _handle_UnevaluatedExpr(self, expr):
        # (a sixth of compiling seed 001's largest formulas: the replace visits each of their
        # 100,000 occurrences of parts, of which a few thousand are distinct, to find no re(...))
        if isinstance(expr, Basic) and not any(isinstance(node, real_part) for node in distinct_nodes(expr)):
            return expr
        return super()._handle_UnevaluatedExpr(expr)


def distinct_nodes(expr) -> set:
    """Every subexpression of ``expr`` (itself included), each visited once however often it occurs."""
    seen = {expr}
    stack = [expr]
    while stack:
        for arg in stack.pop().args:
            if arg not in seen:
                seen.add(arg)
                stack.append(arg)
    return seen


def xreplaced(expr, rule: dict, functions_as_built: bool = False):
    """``expr.xreplace(rule)``, the same expression, each distinct part rebuilt once however often it
    occurs. ``functions_as_built``: a function's part (``Heaviside(...)``, ``exp(...)``) is rebuilt
    without SymPy's evaluation, where the caller knows it would find nothing to do (index_template below:
    a whole-number index written as a symbol tells SymPy nothing more), since working that out asks the
    assumptions of its whole argument (``Heaviside`` of a sum of 64 products: is it negative, zero, real?)."""
    if not rule:
        return expr
    done: dict = {}

    def replace(node):
        # (Basic._xreplace, step for step: a part in the rule is replaced, else rebuilt from its
        # arguments where one of them changed)
        if node in done:
            return done[node]
        if node in rule:
            result = rule[node], True
        else:
            args, changed = [], False
            for arg in node.args:
                if isinstance(arg, Basic):
                    new, arg_changed = replace(arg)
                    args.append(new)
                    changed |= arg_changed
                else:
                    args.append(arg)
            if not changed:
                result = node, False
            elif functions_as_built and isinstance(node, Function):
                result = node.func(*args, evaluate=False), True
            else:
                result = node.func(*args), True
        done[node] = result
        return result

    return replace(expr)[0]


@lru_cache(maxsize=None)
def template_index(position: int) -> sp.Symbol:
    """The symbol standing for a formula's ``position``-th distinct whole-number index (a name no
    reading makes: symbols.md's quantities and the rule's letters never open with an underscore)."""
    return sp.Symbol(f"_entry_index_{position}", integer=True, nonnegative=True)


@lru_cache(maxsize=1 << 14)
def _entry(base: sp.IndexedBase, indices: tuple) -> sp.Indexed:
    """``base[indices]``, built once: building an Indexed works out its assumptions (a third of templating
    seed 001's formulas), and the templates' entries are few (z1[_entry_index_0], W2[_entry_index_0,
    _entry_index_1], ...), each in hundreds of formulas."""
    return base[indices]


# Remembered by the formula: the same formula is compiled again by each Compiled made of it (the truth at
# a unit once per member it is compared with; seed 001 templates 6,650 formulas, 2,450 of them distinct),
# and its rewriting walks the whole formula each time. SymPy's equality tells Float(1.0) from 1.
@lru_cache(maxsize=4096)
def index_template(expr: sp.Expr) -> tuple[sp.Expr, tuple[int, ...]]:
    """(``expr`` with each whole-number index of an entry written ``template_index(n)``, the numbers
    n stands for, in order); ``expr`` itself and () where it has a Sum (whose printers bind their own
    letters) or no such index."""
    nodes = distinct_nodes(expr)
    if any(isinstance(node, sp.Sum) for node in nodes):
        return expr, ()
    entries = sorted((node for node in nodes if isinstance(node, sp.Indexed)
                      and any(index.is_Integer for index in node.indices)), key=sp.default_sort_key)
    numbers: dict[int, sp.Symbol] = {}
    replacements = {}
    for entry in entries:
        indices = []
        for index in entry.indices:
            if index.is_Integer and int(index) >= 0:
                indices.append(numbers.setdefault(int(index), template_index(len(numbers))))
            else:
                indices.append(index)
        replacements[entry] = _entry(entry.base, tuple(indices))
    if not replacements:
        return expr, ()
    # (its functions as they were: SymPy found nothing to work out in them with the numbers, and finds
    # nothing with the symbols, which say less about the entries than the numbers did; the same templates
    # as evaluated, all 2,458 of seed 001's, in half the time)
    return xreplaced(expr, replacements, functions_as_built=True), tuple(numbers)
