"""Where a new line of a formula starts a new equation.

Inside one LaTeX display a newline is only a space, but pages write one equation a line, each in its
own ``$...$`` (Markdown) or on its own line of a plain-text block::

    $J = - (0 * \\log(0.5847) + 1 * \\log(0.4153))$
    $J = - \\log(0.4153) \\approx 0.8787$

Read as one text, that is the chain ``J = -(...) J = ...``: the second J a factor of the first line's
last member, a right formula judged wrong. :func:`equation_lines` splits a row (a row of an aligned
environment, already split at ``\\\\``) at the newlines where the next line has its own left side and
relation and the text before it is a whole equation, and so at a comma, a semicolon or an "and"
between two claims of one display (``..., \\quad \\frac{\\partial C}{\\partial b} = ...``). A line that
goes on with the chain (``= ...``, an operator first), one inside an open bracket or environment, and
one after a line ending with an operator or relation stay joined, as before. Both check (claims.py)
and grade (grading/document.py) split their rows with it (and split a row at an implication between two
equations with equation_splitting.statements). A space alone between two claims splits where the line's relations
are all glued to their sides (``z=XW+b y^=σ(z)``, text flattened from KaTeX), and is refused naming both readings
where they are glued and spaced both (spaced_claims.space_between_claims).
"""

from __future__ import annotations

import re

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .brackets import PRINTED, closing_bracket, match_outside_brackets, outside_brackets, top_level_parts
from .decorations import WORD_COMMAND
from .quantities import FormulaError, short
from .spaced_claims import refuse_spaced_claims, space_between_claims
from .syntax_tree import CONJUNCTION_WORD, relation_pattern
from .typography import clean
from .typography_display import without_label_before
from .typography_display import drop_alignment
from .typography_comments import CONNECTIVE_WORD, remark_start

# The relations of syntax_tree.RELATIONS, in text clean() has made (code's "<-" is \\leftarrow there;
# \\stackrel's "=" is inside its braces).
_RELATIONS = relation_pattern({"<-", r"\stackrel"})
_RELATION_AT = lazy_pattern(_RELATIONS)
_GOES_ON = lazy_pattern(r"^(?:" + _RELATIONS + r"|[-+*/^_]|\\cdot|\\times|\\odot|\\circ|\\right|\\end)")
_ENDS_OPEN = lazy_pattern(r"(?:" + _RELATIONS + r"|[-+*/]|\\cdot|\\times|\\odot|\\circ|\\left\s*\S?|\\\\|&)\s*$")


def equation_lines(row: str) -> list[str]:
    """``row`` split at the newlines, and the commas, that start a new equation (joined back, the
    parts are ``row`` without those newlines and commas)."""
    lines = row.split("\n")
    parts, joined = [lines[0]], 0
    for line in lines[1:]:
        # each try reads the part above the line again: after _MOST_FAILED_SPLITS lines joined to one part (a chain's
        # "= ..." lines, an untrusted text's thousands), the rest of the row joins it too, so a row is read in linear
        # time
        if joined < _MOST_FAILED_SPLITS and _whole_equation(parts[-1]) and _own_equation(line) \
                and not _factor_after_bracket(parts[-1], line):
            # w_2' = 0.203, \quad then w_3' = 0.201 on the next line: the separator ends the first claim
            parts[-1] = _SEPARATOR_LAST.sub("", parts[-1])
            parts.append(line)
            joined = 0
        else:
            parts[-1] = parts[-1] + "\n" + line
            joined += 1
    pieces = [claim for part in parts for piece in _at_commas(part) for parenthesized in _parenthesized_claims(piece)
              for claim in _tuple_claims(parenthesized)]
    _refuse_condition_then(pieces)
    # a claim after a comma may carry its own label of words, "Hidden: z1 = ..., a1 = ..., Output: z2 = ...": the
    # label dropped as the row's first one was (typography_display.without_label_before)
    pieces = [pieces[0], *(without_label_before(piece) for piece in pieces[1:])]
    return [_without_connective(_that_is_members(piece)) for piece in pieces]


def _that_is_members(claim: str) -> str:
    """``A = B i.e. C`` and ``A = B \\text{ i.e. } = C``: "that is" after a whole equation, before a member of the
    chain (a second claim with its own left side was split off at it, _at_commas), says the member equals what came
    before: the chain's next member, ``A = B = C``."""
    position = 0
    for _ in range(_MOST_FAILED_SPLITS):  # each try reads the text around it: a bounded number, as _at_commas
        match = match_outside_brackets(claim, _THAT_IS, position, spacing_whole=True)
        if match is None:
            break
        after = claim[match.end():]
        if not _whole_equation(claim[:match.start()]) or not clean(after).strip():
            position = match.end()
            continue
        joined = " " if _RELATION_AT.match(clean(after).strip()) else " = "  # i.e. = C: the relation is written
        claim = claim[:match.start()] + joined + after
        position = match.start() + len(joined)
    return claim


# the derivative operator with nothing over its bar, \frac{\partial}{\partial w} (\frac{d}{dw}), opening a line
_OPERATOR_FIRST = lazy_pattern(r"^\\frac\s*\{\s*(?:\\partial|d)\s*\}\s*\{")
_BRACKET_LAST = lazy_pattern(r"[)\]]\s*$")


def _factor_after_bracket(before: str, line: str) -> bool:
    """``\\sum_i (y_i - t_i)`` then a line ``\\frac{\\partial}{\\partial w} y_i = ...``: the derivative operator
    after a closing bracket is the next factor of the product (the chain rule's layout over lines), not the left
    side of a new equation."""
    return bool(_BRACKET_LAST.search(clean(drop_alignment(before)).rstrip())
                and _OPERATOR_FIRST.match(clean(drop_alignment(line)).strip()))


# "that is" between two members or two claims, a comma before or after it: i.e., ie. (in \text, or standing alone
# before a space, a relation or the end), or the words themselves between spaces
_THAT_IS_WORD = r"(?:i\.\s?e\.|ie\.|that\s+is),?"
_THAT_IS = lazy_pattern(r",?\s*(?:\\text\s*\{\s*,?\s*" + _THAT_IS_WORD + r"\s*\}"
                        r"|(?<![A-Za-z\\])(?:i\.\s?e\.|ie\.),?(?=\s|=|$)|(?<=\s)that\s+is,?(?=\s))",
                        needs=("\\text", "e.", "that"))
# a wide space, a quad or more: \quad, \qquad, or a run of two or more \  or \; (never the second backslash of \\)
_WIDE_SPACE = r"(?<!\\)(?:\\q?quad(?![A-Za-z])|\\[ ;](?:\s*\\[ ;])+)"
# "and" of any language (or a comma, a semicolon) set in \text or \mbox: \text{ and }, \mbox{ y }, \text{und}
# (a single letter, y, e, i, only with a space inside the braces: \mathrm{e}(w) and \text{e} are names)
CONJUNCTION_IN_TEXT = (WORD_COMMAND + r"\s*\{(?:\s*(?=" + CONJUNCTION_WORD + r"\s*\})\w{2,}\s*"
                        r"|\s+" + CONJUNCTION_WORD + r"\s*|\s*" + CONJUNCTION_WORD + r"\s+)\}")
_TEXT_CONJUNCTION = CONJUNCTION_IN_TEXT + r"|\\text\s*\{\s*[,;]\s*\}"
# what may stand between two claims of one display: "that is", a comma, a semicolon, the word "and" (in \text, or
# standing alone between spaces: A = B and C = D), or a wide space alone (A = B \qquad C = D); never a comma between
# two digits, s = 0,25(0) + 0,4(1): a decimal comma (or a digit group), inside a number
_SEPARATOR = lazy_pattern(_THAT_IS.pattern + r"|(?<![0-9]),|,(?![0-9])|;|" + _TEXT_CONJUNCTION + r"|(?<=\s)and(?=\s)|"
                          + _WIDE_SPACE)
# a space, plain or TeX's (~, \; \, \: \quad)
_TEX_SPACE = r"(?:\s|~|\\[,;: ]|\\q?quad(?![A-Za-z]))"
# a connective word opening a claim, plain or in \text (", with s = w x + b", "\text{where } \frac{...} &= ...",
# ",\;\mathrm{then}\;"): the sentence's, not letters multiplied, where the claim after it has its own left side and
# relation
# (its spacing before the word taken whole: no word starts with a space, so none is given back, and a long run of
# spaces is read once, never split between the two runs every way; so too the lead-in's below)
_CONNECTIVE_OPENING = lazy_pattern(r"^(" + _TEX_SPACE + r"*+&?\s*+)(?:" + WORD_COMMAND + r"\s*\{\s*(?:"
                                   + CONNECTIVE_WORD + r")\s*,?\s*\}|" + CONJUNCTION_IN_TEXT + "|" + CONNECTIVE_WORD
                                   + r",?(?=" + _TEX_SPACE + r"))\s*")


# a word opening a display before a definition, "if y = \frac{1}{1+e^{-x}}, then ...", "let s = w x + b", "Given
# f(x) = 1 / (1 + e^-x), ..." (plain, in \text or \mathrm, TeX's spacing after it): the sentence's lead-in, as a
# connective is
LEAD_IN_WORD = r"(?i:if|when|given|let)"
_LEAD_IN_OPENING = lazy_pattern(r"^(" + _TEX_SPACE + r"*+&?\s*+)(?:" + WORD_COMMAND + r"\s*\{\s*" + LEAD_IN_WORD
                                + r"\s*\}|" + LEAD_IN_WORD + r"(?=" + _TEX_SPACE + r"))")
# a definition's left side: one name (a letter or a command, its argument and scripts), y, h_1, \hat{y}, a^{(2)}_j,
# or a function's name before its argument, f(x), g(z_j)
_NAME = lazy_pattern(r"(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]))*"
                     r"(?:\s*\([^()]*\))?")
# a condition's value, if y = 1, when i = j, a number or a lone letter: no definition, the word a condition's
_CONDITION_VALUE = lazy_pattern(r"[-+]?\s*(?:\d*\.?\d+|[A-Za-z])")


def _without_connective(claim: str) -> str:
    """``claim`` without the connective word opening it, where an equation of its own follows the word, and without
    a lead-in word (if, when, given, let) where a definition of one name follows it (_definition_after)."""
    match = _CONNECTIVE_OPENING.match(claim)
    if match is not None and _own_equation(claim[match.end():]):
        return match.group(1) + claim[match.end():]
    match = _LEAD_IN_OPENING.match(claim)
    if match is not None and _definition_after(claim[match.end():]):
        return match.group(1) + claim[match.end():]
    return claim


def _refuse_condition_then(pieces: list[str]) -> None:
    """FormulaError where a claim opens with a condition, ``if t = 0, then E = \\frac{1}{2} h^2`` (a lead-in word
    before a case's value, no definition, then the word "then"): the claim after it holds in that case only, which the
    case written after the claim says (``E = ..., if t = 0``)."""
    for condition, claim in zip(pieces, pieces[1:]):
        lead_in, then = _LEAD_IN_OPENING.match(condition), _CONNECTIVE_OPENING.match(claim)
        if lead_in is None or then is None or not re.search(r"(?i:then)", then.group(0)) \
                or _definition_after(condition[lead_in.end():]):
            continue
        word = re.sub(r"^\\[A-Za-z]+\s*\{|\}$", "", lead_in.group(0).strip()).strip()  # \text{if}: if
        case, consequence = (re.sub("^" + _TEX_SPACE + "*", "", text).strip()
                             for text in (condition[lead_in.end():], claim[then.end():]))
        raise FormulaError(f"formula {short(condition + ',' + claim)}: a condition before its claim ({word} ..., then"
                           f" ...), whose claim holds in that case only; write the case after the claim"
                           f" ({consequence}, {word} {case})")


def _definition_after(text: str) -> bool:
    """Whether ``text`` defines one name, ``y = \\frac{1}{1+e^{-x}}``: the name, a relation, and more than a
    condition's value (``if y = 1``, ``when i = j`` state a case, no claim); never ``if ... then ...`` in one claim
    (a condition and its consequence, whose first relation is no definition)."""
    plain = clean(drop_alignment(text)).strip()
    left = _left_side(plain)
    if left is None or not _NAME.fullmatch(left.strip()) or re.search(r"(?<![A-Za-z])then(?![A-Za-z])", plain):
        return False
    relation = _RELATION_AT.match(plain, len(left))
    right = plain[relation.end():].strip() if relation else ""
    return bool(right) and not _CONDITION_VALUE.fullmatch(right)


# such a separator ending a line, and the spacing and an aligned row's column mark after it (, \quad; ,\;; an
# aligned row of two claims, A &= B, \quad & then C &= D on the next line), and the comment marks opening the lines
# after it where the display runs over a code's comment lines (a notebook exported to Python: "#    ... ^\top," then
# "#    \quad"): before a line with its own equation (it starts where a run of spaces does, never inside one, unless
# after a TeX space's backslash, and takes the run whole: the leftmost match is the same, and a long run is scanned
# once, not from each of its characters)
_SEPARATOR_LAST = lazy_pattern(r"(?<!\\)(?:(?<!\s)|(?<=\\\s))\s*+(?:" + _SEPARATOR.pattern
                               + r")(?:\s|~|\\q?quad(?![A-Za-z])|\\[,;: ]|&|\n[ \t]*+(?:#++|//))*$")


_MOST_FAILED_SPLITS = 64


def _at_commas(text: str) -> list[str]:
    """Two claims in one display, ``\\frac{\\partial C}{\\partial w_j} = x_j (a-y), \\quad \\frac{\\partial
    C}{\\partial b} = a - y`` (or ``;``, or ``\\text{ and }`` between them): split at such a separator outside
    every bracket where a whole equation comes before it and one with its own left side and relation after
    it (``y = 0,5`` and ``f(a, b) = ...`` stay whole). A wide space alone (``\\quad``, ``\\ \\ \\ ``) splits only
    so, between two whole equations: pages write it inside one too, for a product, ``(y - \\hat{y}) \\quad f'(a)``,
    or before an operator, ``a = b \\quad + c``, where it stays spacing."""
    parts, start, failed, splitting = [], 0, 0, True
    tried, separator = None, None  # the position tried last, and the separator found there
    remark = remark_start(text)  # a code comment's commas after the line's equation: the remark's, never a split
    while splitting:
        splitting = False
        for position in outside_brackets(text, start):
            if position >= remark:
                break
            # each try reads the text around it: after _MOST_FAILED_SPLITS that split nothing (a row of thousands
            # of commas, an untrusted submission's), the rest stays one part, so a row is read in linear time
            if tried == position - 1 and text[position].isspace() and text[tried].isspace() and not separator:
                # inside a run of whitespace after a try that found nothing: the separator's leading \s* took the run
                # whole there, and no claim starts after a space (space_between_claims): nothing here either, so a
                # long run is read once, not again from each of its characters
                tried = position
                continue
            tried = position
            separator = _SEPARATOR.match(text, position) if failed < _MOST_FAILED_SPLITS else None
            # z=XW+b y^=σ(z): a space alone between claims whose relations are glued (space_between_claims)
            spaced = None if separator or failed >= _MOST_FAILED_SPLITS else space_between_claims(text, position)
            separator = separator or (spaced and spaced[0])
            if separator and _whole_equation(text[start:position]) and _own_equation(text[separator.end():]):
                if spaced and not spaced[1]:
                    refuse_spaced_claims(text, spaced[0])
                parts.append(text[start:position])
                if len(parts) >= LIMITS["row_claims"]:  # each split reads the rest of the row again: a bounded number
                    raise FormulaError(f"formula {short(text)}: holds more than {LIMITS['row_claims']} claims in one"
                                       " row (split at commas); write them on rows of their own, or as fewer claims")
                start, splitting = separator.end(), True
                break
            failed += separator is not None
    return [*parts, text[start:]]


# a name of a tuple assignment's left side: code's (out_o1), a letter or a command with its scripts (a_{1}, \\hat{y});
# a code name's run of letters, digits and underscores taken whole, or all but a last underscore that opens a script
# (a_{1}): the only two places a script can follow it, never each place inside the run (a_1_1_1...: read once)
_TUPLE_NAME = (r"(?:\\[A-Za-z]+\s*\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z](?:\w*+|\w*?(?=_(?!\w))))"
               r"(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9]+))*")
# two names or more and a comma between each, opening the claim, then its one = (code's tuple assignment)
# (its runs of spaces possessive: no name starts or ends with a space, so none gives spaces back to the next)
_TUPLE_LEFT = lazy_pattern(r"([ \t]*+&?[ \t]*+)(" + _TUPLE_NAME + r"(?:\s*+,\s*+" + _TUPLE_NAME + r")+)\s*+=(?!=)")

# a comma that may be no tuple's: glued between two digits (0,5) or after a plain subscript before more (W_i,j)
_SUBSCRIPT_OR_DECIMAL_COMMA = lazy_pattern(r"\d,\d|_[A-Za-z0-9]+,(?=\S)")


def _tuple_claims(claim: str) -> list[str]:
    """A tuple assignment, ``h_1, h_2 = \\sigma(s_1), \\sigma(s_2)``, as code writes two values at once: one claim
    per name, each name with the member in its place (``h_1 = \\sigma(s_1)``, ``h_2 = \\sigma(s_2)``), where the
    right side has as many members as the left side names, split at commas outside every bracket (never a
    function's arguments nor a subscript's) and no relation of its own. A comma glued between two digits (0,5, a
    decimal comma) or after a plain subscript and before what follows (W_i,j, a subscript's) keeps the claim whole,
    as any other claim is."""
    left = _TUPLE_LEFT.match(claim)
    if left is None:
        return [claim]
    right = claim[left.end():]
    names, members = top_level_parts(left.group(2)), top_level_parts(right)
    if len(names) != len(members) or not all(member.strip() for member in members) \
            or _left_side(right) is not None or _SUBSCRIPT_OR_DECIMAL_COMMA.search(claim, left.start(2)):
        return [claim]
    return [f"{left.group(1)}{name.strip()} = {member.strip()}" for name, member in zip(names, members)]


def _parenthesized_claims(text: str) -> list[str]:
    """Two equations or more, each in its own parentheses with nothing but spaces between them, as prose sets claims
    off inside a sentence (``(w_{ij} = w_{ij} + \\Delta w_{ij}) (\\theta_j = \\theta_j + \\Delta \\theta_j)``, the
    sentence's words between them gone): one claim each, without its parentheses; any other text whole."""
    if (defined := _defined_in_parentheses(text)) is not None:
        return [defined]
    rest, found = text.strip(), []
    while rest.startswith("("):
        closing = closing_bracket(rest, 0, escapes=PRINTED)
        if closing is None:
            return [text]
        inner = rest[1:closing].strip()
        left = _left_side(inner)
        if left is None or not left.strip():
            return [text]
        found.append(inner)
        rest = rest[closing + 1:].strip()
    return found if len(found) > 1 and not rest else [text]


def _defined_in_parentheses(text: str) -> str | None:
    """``\\mathbf{z} \\;\\; (\\mathbf{z} = \\mathbf{Wa} + \\mathbf{b})``, ``z (z = Wa + b)``: a name, then in
    parentheses closing the text a claim whose left side is that same name, as a page introduces a symbol with its
    definition: the claim, without the name before it nor its parentheses; None for anything else (``f (x = 1)``,
    ``z (w = 1)``: the names differ)."""
    stripped = text.strip()
    # the parenthesis that closes the text, never one in the name's scripts (z^{(2)}_0 (z^{(2)}_0 = ...))
    opening = next((position for position, character in enumerate(stripped) if character == "(" and
                    closing_bracket(stripped, position, escapes=PRINTED) == len(stripped) - 1), -1) \
        if stripped.endswith(")") else -1
    if opening <= 0:
        return None
    inner = stripped[opening + 1:-1].strip()
    left = _left_side(inner)
    try:
        name = _spaceless(stripped[:opening])
        return inner if left is not None and name and name == _spaceless(left) else None
    except FormulaError:  # a text clean() refuses (w <--w (...)) is no name: the claim is refused where it is judged
        return None


def _spaceless(text: str) -> str:
    """``text`` as clean() writes it, without its spaces."""
    return re.sub(r"\s+", "", clean(text))


def _whole_equation(text: str) -> bool:
    """A relation with something after it, every bracket and environment closed, no operator last."""
    plain = clean(drop_alignment(text)).strip()
    if not plain or _ENDS_OPEN.search(plain) or _open(plain):
        return False
    return _left_side(plain) is not None


def _own_equation(line: str) -> bool:
    """A line that starts with a left side of its own and then a relation (outside any bracket)."""
    plain = clean(drop_alignment(line)).strip()
    if not plain or _GOES_ON.match(plain):
        return False
    left = _left_side(plain)
    return bool(left and left.strip())


def _left_side(text: str) -> str | None:
    """The text before the first relation outside brackets (a printed brace \\{ \\} no group), or None if there is
    none."""
    for position in outside_brackets(text, escapes=PRINTED):
        if text[position - 1:position] not in ("<", ">", "!"):
            match = _RELATION_AT.match(text, position)
            if match and not (match.group(0) == "=" and text[position + 1:position + 2] == "="):
                return text[:position]
    return None


def _open(text: str) -> bool:
    """Whether a bracket, a brace or an environment opened in ``text`` is still open at its end."""
    plain = re.sub(r"\\[{}\[\]()]", "", text)
    if any(plain.count(opening) > plain.count(closing) for opening, closing in ("()", "{}", "[]")):
        return True
    return len(re.findall(r"\\begin\{", text)) > len(re.findall(r"\\end\{", text))


def unparenthesized(text: str) -> str:
    """``(z_k = o_j w_{jk} + b_k)``: a whole equation in parentheses, as prose sets one off, without them (the
    parentheses are typography, and read they would hold a relation); any other text as it is."""
    text = text.strip()
    if not text.startswith("(") or not text.endswith(")"):
        return text
    closing = closing_bracket(text, 0, escapes=PRINTED)
    if closing is not None and closing < len(text) - 1:
        return text  # (a + b)(c = d): the first parenthesis closes before the end
    inner = text[1:-1].strip()
    left = _left_side(inner)
    return inner if left is not None and left.strip() else text
