"""The terms around an ellipsis as one template (for reading_ellipsis): where two terms differ only in index tokens
(``x_1 w_1`` and ``x_n w_n``), the template at another value of those tokens, and the counts an index runs up to."""

from __future__ import annotations

import dataclasses
import re

from ..patterns import lazy_pattern
from .syntax_tree import Op, Sym

_TOKEN = lazy_pattern(r"\d+|\\[A-Za-z]+|[A-Za-z]|.")
# letters that count what an index runs over (n inputs, m samples or units, K and C classes), read as its last
# value where the notation gives them none, besides the notation's own index letters
COUNTS = frozenset("nmNMKC")
# a count's name of several letters in an index, Ng's n_x (n_{x}, nx as Unicode's subscripts ₙₓ run together)
COUNT_NAME = lazy_pattern(r"[nmNMKC](?:_\{?[A-Za-z]+\}?|[A-Za-z]+)")


class Mismatch(Exception):
    """Two terms are not one template."""


def _tokens(sub: str) -> list[str]:
    return _TOKEN.findall(sub)


def compare_terms(first, other, path: tuple, slots: dict) -> None:
    """Record in ``slots`` ({(path, (part, token place)): (first's token, other's token)}) where ``other``
    differs from ``first`` in a token of a subscript or code's index; raise Mismatch where it differs in anything
    else."""
    if type(first) is not type(other):
        raise Mismatch
    if isinstance(first, Sym):
        if (first.base, first.sup, first.primes, first.layered) != (other.base, other.sup, other.primes, other.layered):
            raise Mismatch
        for part in ("sub", "bracket"):  # x_1, and code's x[1]
            mine, theirs = _tokens(getattr(first, part) or ""), _tokens(getattr(other, part) or "")
            if (first.bracket is None) != (other.bracket is None):
                raise Mismatch
            places = list(range(len(mine)))
            if len(mine) != len(theirs):
                try:
                    theirs = _with_count_name(mine, theirs)
                except Mismatch:
                    mine, theirs, places = _digits_apart(mine, theirs)
            for place, a, b in zip(places, mine, theirs):
                if a != b:
                    slots[(path, (part, place))] = (a, b)
    elif isinstance(first, tuple):
        if len(first) != len(other):
            raise Mismatch
        for place, (a, b) in enumerate(zip(first, other)):
            compare_terms(a, b, path + (place,), slots)
    elif dataclasses.is_dataclass(first):
        for field in dataclasses.fields(first):
            if field.name != "position":
                compare_terms(getattr(first, field.name), getattr(other, field.name), path + (field.name,), slots)
    elif first != other:
        raise Mismatch


def _with_count_name(mine: list[str], theirs: list[str]) -> list[str]:
    """``theirs`` (the last term's index tokens) with the tokens of a count's name of several letters, ``nx`` or
    ``n_x`` (``n_{x}``, Unicode's ``ₙₓ``: Ng's n_x features), as one token where ``mine`` counts with a number, so
    that ``w_1`` and ``w_{n_x}`` are one template; Mismatch where they differ in anything else."""
    matches = []
    for place, token in enumerate(mine):
        tail = len(mine) - place - 1
        run = theirs[place:len(theirs) - tail]
        name = "".join(run)
        if token.isdigit() and mine[:place] == theirs[:place] and mine[place + 1:] == theirs[len(theirs) - tail:] \
                and COUNT_NAME.fullmatch(name):
            matches.append(theirs[:place] + [name] + theirs[len(theirs) - tail:])
    if len(matches) != 1:
        raise Mismatch
    return matches[0]


def _digits_apart(mine: list[str], theirs: list[str]) -> tuple[list[str], list[str], list]:
    """``mine`` and ``theirs`` with their numbers of several digits taken digit by digit, where the last term
    writes one index per digit (``\\theta_{12}`` against ``\\theta_{1d}``: the 2 and the d one index), with
    the place of each of mine's tokens ((token place, digit place) for a digit of a number); Mismatch where
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
        raise Mismatch
    return apart, theirs, places


def count_symbol(name: str, position: int) -> Sym:
    """The symbol a count's name stands for: ``n`` itself, ``n_x`` (written ``nx``, ``n_x`` or ``n_{x}``) as n
    under x."""
    letters = re.sub(r"[_{}]", "", name)
    return Sym(letters[0], letters[1:], "", 0, None, position)


def term_at(node, path: tuple, places: dict, value: str):
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
        return tuple(term_at(item, path + (place,), places, value) for place, item in enumerate(node))
    if dataclasses.is_dataclass(node):
        changes = {field.name: term_at(getattr(node, field.name), path + (field.name,), places, value)
                   for field in dataclasses.fields(node) if field.name != "position"}
        return dataclasses.replace(node, **changes)
    return node


def index_tokens(node) -> set[str]:
    """Every subscript token of the Syms in ``node``."""
    if isinstance(node, Sym):
        return set(_tokens(node.sub)) | set(_tokens(node.bracket or ""))
    if isinstance(node, tuple):
        return set().union(*(index_tokens(item) for item in node)) if node else set()
    if dataclasses.is_dataclass(node):
        return set().union(*(index_tokens(getattr(node, field.name)) for field in dataclasses.fields(node)))
    return set()


_PRODUCTS = ("*", "times", "dot")


def _in_order(node) -> list:
    """A product's factors and signs in the order written (``x1*w1``: x1, "times", w1)."""
    if isinstance(node, Op) and node.kind in _PRODUCTS and len(node.args) == 2:
        return _in_order(node.args[0]) + [node.kind] + _in_order(node.args[1])
    return [node]


def _with_factors(node, factors):
    if isinstance(node, Op) and node.kind in _PRODUCTS and len(node.args) == 2:
        # the product as written, its star kept (Op.star), the factors reordered
        return dataclasses.replace(node, args=tuple(_with_factors(arg, factors) for arg in node.args))
    return next(factors)


def reglued(template, last):
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
