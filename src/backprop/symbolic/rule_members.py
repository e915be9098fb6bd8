"""The members of a family at which a general rule is judged (parts of claims.py's reading).

An update rule written with the bare base of a family the notation names one by one: ``w = w - \\eta
\\partial E/\\partial w`` where the notation lists ``w_{1}`` ... ``w_{8}``, ``\\theta := \\theta - \\alpha \\partial
J/\\partial\\theta`` beside ``\\theta_{0}``, ``\\theta_{1}``. It is the rule for every member, read as the rule written
with an index letter of its own on every bare name of that base, ``w_k = w_k - \\eta \\partial E/\\partial w_k`` (both
sides' w the same member), and judged as a general rule is, for every listed member (the first failing named). Only
in the shape of a rule: the bare name is the left side and the denominator of a derivative in a member. Where the
notation names the bare base itself (a pattern ``"w"``, or one with placeholders, whose bare name is the vector of
its units), nothing changes.

A general rule's index values listed one by one (listed_values, a part of claims.rule_assignments): the values of its
letters, a bare name's member letter among them, at which the left side names something of the network, read at each.
"""

from __future__ import annotations

import dataclasses
import itertools
import re

import sympy as sp

from ..patterns import lazy_pattern
from .families import index_letters, symbols_read_whole
from .notation import Notation, Unbound
from .quantities import FormulaError, NewValue, NoSuchUnit, outside_network
from .reading import Reader
from .reading_base import Context, TrackingEnv
from .syntax_tree import Deriv, Nabla, Relation, Sym, symbols_of

#: the letters a rule's member index is taken from, the first the formula and the notation leave free
_MEMBER_LETTERS = "kjinmpqrsuv"


def member_rule(relation: Relation, notation: Notation, equation: str) -> tuple[Relation, dict]:
    """(``relation`` with an index letter on every bare name of its left side's base, {that letter: the base}) where
    ``relation`` is a rule written with the bare base of a family ``notation`` lists one by one (see the module
    docstring); (``relation``, {}) for any other relation. ``equation``: the row's text, whose letters the index
    avoids."""
    if len(relation.members) < 2 or not _bare(relation.members[0]):
        return relation, {}
    base = relation.members[0].base
    if not _listed_one_by_one(notation, base) \
            or not any(_by_bare(node, base) for member in relation.members[1:] for node in _nodes(member)):
        return relation, {}
    written = re.sub(r"\\[A-Za-z]+", "", equation)  # the letters written, not those of commands (\partial)
    letter = next((letter for letter in _MEMBER_LETTERS if letter not in written
                   and notation.listed_letter(Sym(base, letter), {}, set()) == letter), None)
    if letter is None:
        return relation, {}
    members = [_with_index(member, base, letter) for member in relation.members]
    return dataclasses.replace(relation, members=members), {letter: base}


def _bare(node) -> bool:
    return isinstance(node, Sym) and not (node.sub or node.sup or node.primes or node.bracket is not None)


def _listed_one_by_one(notation: Notation, base: str) -> bool:
    """Whether ``notation`` names ``base`` only through patterns with a literal subscript (``w_{1}``, ``\\theta_{0}``),
    none of them the bare name nor a pattern with placeholders."""
    patterns = [pattern for pattern in notation.patterns if pattern.base == base]
    return bool(patterns) and all(pattern.sub and not pattern.sup and not pattern.primes and not pattern.placeholders
                                  for pattern in patterns)


def _by_bare(node, base: str) -> bool:
    """Whether ``node`` is a derivative (or gradient) by the bare name ``base``."""
    return isinstance(node, (Deriv, Nabla)) and _bare(node.wrt) and node.wrt.base == base


def _nodes(node):
    """Every node of a syntax tree, ``node`` first."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif dataclasses.is_dataclass(item):
            yield item
            stack.extend(getattr(item, part.name) for part in dataclasses.fields(item))


def _with_index(node, base: str, letter: str):
    """``node`` with every bare name ``base`` written with the subscript ``letter``."""
    if isinstance(node, Sym):
        return dataclasses.replace(node, sub=letter) if _bare(node) and node.base == base else node
    if isinstance(node, tuple):
        return tuple(_with_index(item, base, letter) for item in node)
    if isinstance(node, list):
        return [_with_index(item, base, letter) for item in node]
    if dataclasses.is_dataclass(node):
        changes = {part.name: _with_index(getattr(node, part.name), base, letter)
                   for part in dataclasses.fields(node) if part.name != "position"}
        return dataclasses.replace(node, **changes)
    return node


# a letter alone inside a name's brackets, hidden[j], W2[0][j] (a word, output_layer_index, is none)
_BRACKET_LETTER = lazy_pattern(r"(?<![A-Za-z_0-9.])[A-Za-z](?![A-Za-z_0-9(])")


class TooManyValues(FormulaError):
    """A general rule with more index values than the per-value path lists."""

    def __init__(self, message: str, letters: tuple, label_read: bool):
        super().__init__(message)
        self.letters, self.label_read = letters, label_read


def listed_values(claim, context: Context, fixed: dict, where: str, rule_letters: tuple, label_read: bool,
                  candidates: list, bounds: dict, most: int) -> tuple | None:
    """(found, constants, skipped, first error): the values of ``rule_letters`` among ``candidates`` (in their order)
    at which the left side of ``claim`` names a quantity, names no parameter (``skipped``, for an update) or a
    constant, and the first reason it names nothing, where it does not; TooManyValues past ``most`` found. None
    where the left side does anything but name nothing outside the network at a letter's value in ``bounds``."""
    label = context.notation.label
    found, constants, skipped, unnamed = [], [], [], []
    values_found = []  # the left side's value at each of found
    first_error = None
    for values in itertools.product(*candidates):
        env = dict(fixed)
        env.update(zip(rule_letters, values))
        at_bound = any(bounds.get(letter) == value for letter, value in zip(rule_letters, values))
        if label_read:
            env[label] = 0
        try:
            value = Reader(context, TrackingEnv(env), where).value(claim.left.node)
        except Unbound as unbound:
            if at_bound:
                return None
            first_error = first_error or FormulaError(f"{where}: index {unbound.letter} has no value")
            continue
        except FormulaError as error:
            if at_bound and not outside_network(error):
                return None
            if isinstance(error, NoSuchUnit):
                unnamed.append((env, error))
            # the reason at a unit and a layer that exist: a 1-based notation's z_{i} at i = 0 (index -1), a rule's
            # dz^{[l]} at l = 0, are only the first values tried, never why the rule reads nowhere
            if first_error is None or outside_network(first_error) and not outside_network(error):
                first_error = error
            continue
        if at_bound:
            return None
        env.pop(label, None) if label_read and label not in fixed else None
        if claim.kind == "update" and not _names_parameter(value, context):
            skipped.append(env)  # no parameter to update: Ng's dZ^{[l]} := dJ/dZ^{[l]} where no value names one
            continue
        if isinstance(value, sp.Number) or _is_input(value, context):
            # the table's x_0^{(l)} = 1, the bias unit; a notation's own name of the input at the rule's first layer
            # (Nielsen's a[1] = x, nn.a[i] .= act.(nn.z[i])): given, no formula computes it, no quantity to claim
            constants.append(env)
            continue
        found.append(env)
        values_found.append(value)
        if len(found) > most:
            raise TooManyValues(f"{where}: the general rule has more than {most:,} index values;"
                                " name one parameter with --param", rule_letters, label_read)
    found = _own_counting(claim, context, found, values_found)
    if found:
        one_parameter = claim.kind == "update" and len(found) == 1
        # an update's left side naming a quantity that is no parameter (an activation, code's node.inputs[0][1] for
        # node.inputs[1][i]) names nothing to update there
        unnamed += [(env, FormulaError(f"{where}: it is no parameter there")) for env in skipped] if one_parameter else []
        _right_side_reads_alone(claim, context, where, rule_letters, unnamed, one_parameter)
    return found, constants, skipped, first_error


def _own_counting(claim, context: Context, found: list, values: list) -> list:
    """``found`` less the index values at which the left side reads through a pattern writing a value literally
    (``"ŷ₀" = "a1[0]"``, the page's printed entry counted from 0) and names what it names at another value through the
    pattern it writes (``"\\hat{y}_{k}" = "a1[k-1]"`` at k = 1): one entry in two countings, which the rule, written in
    its pattern's letters, runs over once, in its pattern's counting; a literal pattern naming something else (a bias's
    ``a_{0k}`` beside ``a_{ik}``) is a value of the rule, as before."""
    syms = symbols_of(claim.left.node)
    literal = [any(context.notation.candidates_at(sym, env)[1] is not None for sym in syms) for env in found]
    own = [value for value, by_literal in zip(values, literal) if not by_literal]
    kept = [env for env, value, by_literal in zip(found, values, literal)
            if not by_literal or not any(value == other for other in own)]
    return kept or found


def _right_side_reads_alone(claim, context: Context, where: str, rule_letters: tuple, unnamed: list,
                            one_parameter: bool = False) -> None:
    """Refuse the rule where, at index values its left side names nothing at (an index out of range, ``unnamed``:
    (env, why) pairs), the right side names a quantity there: every symbol of its members written with the rule's
    letters reads, none of them needing a letter the values do not give (a sum's), and those symbols write every
    letter of the left side's, where either a member writes the left side's name with its indices in another order
    (a_{0k} = a_{k0} - \\alpha ..., the left side's indices swapped, names only k = 0) or the rule is an update whose
    left side names one parameter alone (``one_parameter``: code's W2[0][j] += lr * delta * hidden[j] for W2[j][0]
    where the output is one unit, W2[j][j] for W2[j][k], only j = 0 in range): judging the values where the left side
    reads alone would call the rule correct for values it is not."""
    letters = set(rule_letters)
    # code's names index in brackets (hidden[j], W2[0][j]); a word there (output_layer_index) is no letter
    written = (lambda sym: index_letters(sym) | set(_BRACKET_LETTER.findall(sym.bracket or ""))) if one_parameter \
        else index_letters
    left_syms = symbols_of(claim.left.node)
    left = set().union(*(written(sym) for sym in left_syms)) & letters
    # the left side's own name on the right (+='s old value, W2[0][j] - lr ...) names nothing where the left does not
    own = {_written_name(sym) for sym in left_syms} if one_parameter else set()
    syms = [sym for member in claim.members for sym in symbols_of(member.node) if written(sym) & letters
            and _written_name(sym) not in own]
    if not syms or not left <= set().union(*(written(sym) for sym in syms)) or not one_parameter \
            and not any(_reordered(name, sym) for name in left_syms for sym in syms):
        return
    for env, why in unnamed:
        if symbols_read_whole(syms, context, env, where):
            shown = ", ".join(f"{letter} = {env[letter]}" for letter in rule_letters if letter in env)
            reason = str(why).removeprefix(f"{where}: ")
            raise FormulaError(f"{where}: at {shown} the left side names nothing ({reason}) while the right side"
                               f" reads there: write the left side for every value the right side is of")


def _written_name(sym: Sym) -> tuple:
    """A symbol as written, wherever it stands: its name, scripts, primes and brackets."""
    return sym.base, sym.sub, sym.sup, sym.primes, sym.bracket


def _reordered(left: Sym, right: Sym) -> bool:
    """Whether ``right`` is ``left``'s name with the same indices in another order (a_{k0} beside a_{0k}, w_{jk}
    beside w_{kj}): the one name a rule's two sides write for one quantity, so where it reads and the left side does
    not, the left side's indices are what the rule got wrong."""
    if (left.base, left.sup, left.primes) != (right.base, right.sup, right.primes) or not left.sub or not right.sub:
        return False
    return left.sub != right.sub and sorted(left.sub) == sorted(right.sub)


def _is_input(value, context: Context) -> bool:
    """Whether ``value`` (a number or a matrix) is the network's input, each entry one of its x[i]."""
    entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
    return all(isinstance(entry, sp.Indexed) and entry.base == context.symbols.x for entry in entries)


def _names_parameter(value, context: Context) -> bool:
    if isinstance(value, NewValue):
        value = value.args[0]
    if isinstance(value, sp.MatrixBase):
        return all(_names_parameter(entry, context) for entry in value)
    return context.calculus.parameter_of(value) is not None
