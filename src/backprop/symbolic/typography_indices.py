"""Index letters written as no TeX script reads them, renamed before reading (a part of typography): a sum's own
letter written with a prime, \\sum_{j'} w_{kj'} O_{j'}, and a name glued to a braced list of indices, plain text's
delta{l,j}."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import closing_bracket
from .quantities import FormulaError, short

_PRIME = r"(?:\^\s*\{\s*\\prime\s*\}|\^\s*\\prime(?![A-Za-z])|\^\s*\{\s*'\s*\}|')"


def primed_sum_letters(text: str) -> str:
    """``\\sum_{k^{\\prime}=1}^{K} \\exp(z_{k^\\prime})``: a sum's own letter written with a prime (k beside
    it being another index) renamed, everywhere it stands (in a subscript of two letters too, w_{kj'}), to a letter
    the formula does not use, so that it is an index letter like any other; to the unprimed letter itself where
    every primed one stands in the sum's term and the term holds no unprimed one (\\sum_{j'} w_{kj'} O_{j'} beside
    dE/dO_j is \\sum_{j} w_{kj} O_{j} there: the sum's own j, and a notation whose patterns write j literally reads
    it)."""
    for _ in range(20):  # typography.MAX_PASSES: one renaming per primed letter
        bound = re.search(r"\\sum\s*_\s*\{\s*([A-Za-z])\s*" + _PRIME, text)
        if bound is None:
            return text
        primed = r"(?:(?<=[_{][A-Za-z])|(?<![A-Za-z\\]))" + bound.group(1) + r"\s*" + _PRIME
        after = closing_bracket(text, text.index("{", bound.start()))  # the subscript's brace (its bound inside)
        end = _term_end(text, after + 1) if after is not None else len(text)
        term = re.sub(primed, "", text[after + 1 if after is not None else bound.end():end])
        if not re.search(primed, text[:bound.start()] + text[end:]) and bound.group(1) not in re.sub(
                r"\\[A-Za-z]+", "", term):
            text = text[:bound.start()] + re.sub(primed, bound.group(1), text[bound.start():end]) + text[end:]
            continue
        free = [letter for letter in "pqrsuvmnabcdefgh" if letter not in text]
        if not free:
            return text
        text = re.sub(primed, free[0], text)
    return text


def _term_end(text: str, start: int) -> int:
    """Where the term of a sum whose subscript's brace closes before ``start`` ends: at a relation, a + or -, a row's or a column's
    mark outside its brackets, or the bracket that closes around the sum (its bounds' scripts are the term's here:
    they hold no unprimed letter of it)."""
    depth = 0
    for at in range(start, len(text)):
        character = text[at]
        if character in "([{":
            depth += 1
        elif character in ")]}":
            depth -= 1
            if depth < 0:
                return at
        elif depth == 0 and (character in "=+-&<>" or text.startswith("\\\\", at)):
            return at
    return len(text)


# a name glued to a braced list of two or more indices, plain text's delta{l,j} (Nielsen's delta^l_j typed flat, in a
# Julia file's comments): no TeX group holds a comma-separated list after a name, so the name at those indices, as
# code's delta[l,j] (a notation without that name at two indices refuses it as none of its patterns); never a
# script's group, w_{i,j}, w^l_{j,k} (the name ends in a letter or digit, after no ^ or _)
_LISTED_INDICES = lazy_pattern(r"(?<![\\\w.^_])([^\W\d_](?:\w*[^\W_])?)\{((?:\s*[\w+\-]+\s*,)+\s*[\w+\-]+\s*)\}")


def listed_indices(text: str) -> str:
    """``delta{l,j}`` as ``delta[l,j]``: a name glued to a braced list of indices (_LISTED_INDICES)."""
    return _LISTED_INDICES.sub(lambda match: f"{match.group(1)}[{match.group(2).replace(' ', '')}]", text)


# an arrow between two names in a subscript, from the one to the other: w_{x1 \to h1}, w_{h_{1} \to o} (a weight from
# unit x1 to unit h1, as a page's table names it); never a big operator's, a limit's \lim_{h \to 0} nor a sum's
# over a graph's edges, \sum_{i \to j} (group 1 such an operator)
_ARROW_SUBSCRIPT = lazy_pattern(r"(\\(?:sum|prod|lim|limsup|liminf|max|min|sup|inf)(?![A-Za-z])(?:\s*\\limits)?)?"
                                r"\s*_\s*\{", needs=("_",))
_SUBSCRIPT_ARROW = lazy_pattern(r"\s*(?:\\(?:long)?rightarrow(?![A-Za-z])|\\to(?![A-Za-z])|->)\s*")


def _arrow_edits(text: str) -> list[tuple[int, int]]:
    """Where ``text``'s subscripts hold one arrow between two names (arrow_subscripts's), each arrow's span."""
    if "_" not in text or not ("\\to" in text or "rightarrow" in text or "->" in text):
        return []
    edits = []
    for match in _ARROW_SUBSCRIPT.finditer(text):
        if match.group(1):
            continue
        closing = closing_bracket(text, match.end() - 1)
        inner = text[match.end():closing] if closing is not None else ""
        depth, arrows = 0, []
        for at in range(len(inner)):
            depth += {"{": 1, "}": -1}.get(inner[at], 0)
            arrow = _SUBSCRIPT_ARROW.match(inner, at) if depth == 0 else None
            if arrow and (not arrows or at >= arrows[-1].end()):
                arrows.append(arrow)
        if len(arrows) == 1 and "," not in inner and inner[:arrows[0].start()].strip() \
                and inner[arrows[0].end():].strip():
            edits.append((match.end() + arrows[0].start(), match.end() + arrows[0].end()))
    return edits


def arrow_subscripts(text: str) -> str:
    """``w_{x1 \\to h1}`` as ``w_{x1,h1}``: a subscript of two names with an arrow from the one to the other (``\\to``,
    ``\\rightarrow``, ``->``) as the pair of indices it gives, so that a notation's symbol and a formula's, each written
    so, are one name (and an index letter on either side, w_{i \\to j}, reads as w_{i,j}'s does). A subscript with a
    comma already, or more than one arrow, is left as written."""
    for start, end in reversed(_arrow_edits(text)):
        text = text[:start] + "," + text[end:]
    return text


def arrows_as_named(text: str, judge, notation) -> object:
    """``judge(text)``, where a subscript's arrow in ``text`` (``w_{j \\to k}``, from j to k) has the notation's own:
    one of ``notation``'s patterns writes a subscript so (batch 174's table, ``"w_{x1 \\to h1}"``), and the pair's
    order is its. Refused where none does: the arrow says which unit sends, which a pattern's ``w_{jk}`` leaves to
    its meaning, so the pair in the arrow's order could be the other weight (``\\sum_k w_{j \\to k} a_k`` was read
    as w_{jk}, the weight into j, and called correct; qa57)."""
    edits = _arrow_edits(text)
    if edits and not any(_arrow_edits(pattern.text) for pattern in (notation.patterns if notation else ())):
        start, end = edits[0]
        written = " ".join(text[max(0, start - 12):end + 4].split())
        raise FormulaError(f"formula {short(text.strip())}: the arrow in {written!r}"
                           " says a connection's direction, which the notation's symbols do not write; write the"
                           " indices in the notation's order (w_{jk}), or name the arrowed symbol in the notation")
    return judge(text)
