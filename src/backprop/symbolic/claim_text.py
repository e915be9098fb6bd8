"""The text of a claim (a part of claims.read_claims): its members as written, and the case it is written for,
after its formula:

* between two index letters: ``..., \\quad i = j``, ``, i \\neq j.``, ``, \\text{for } i \\neq j``
  (``Claim.case``, judged at the index values where it holds);
* a value of the sample's data, in words: ``L = -\\log(1 - a_2)`` since y = 0, ``\\text{ when } y = 1``,
  ``(if x_1 = 0)`` (``Claim.data_case``: homework.py judges the claim at points whose data have that
  value). The words are found in the row as written, before the remarks after ``\\quad`` and the
  prose in ``\\text`` are dropped (typography_rows.drop_remarks), and put back after the cleaned row in one
  form, `` \\text{ since } y = 0``, that ``DATA_CASE_AFTER`` reads.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import match_outside_brackets
from .decorations import WORD_COMMAND
from .syntax_tree import RELATIONS

# (the spacing before a full stop taken whole, never split with the spacing after it every way)
_CASE = r"(?:\\text\s*\{\s*(?:for|if|when|where)\s*\}\s*)?([A-Za-z])\s*(=|\\neq|!=)\s*([A-Za-z])\s*+\.?\s*"
CASE_ALONE = lazy_pattern(rf"^{_CASE}$")
CASE_AFTER = lazy_pattern(rf",\s*{_CASE}$")

_WORDS = r"(?:since|when|if|where|given|for|as)"
REMARK_WORDS = ("where", "given", "as")  # a definition or aside after them; the others state a condition
_RELATIONS = r"(?:=|>|<|\\geq|\\leq|\\ge|\\le|\\neq|\\gt|\\lt|≥|≤)"
# the words, as a row writes them after its formula (, \quad, a space, an opening parenthesis, \text{). The runs
# of spacing are possessive and a match starts only where one ends (never inside it): a row of thousands of spaces
# (a student's submission) is then scanned in linear time, where backtracking the runs between each other and every
# start in them took the fourth power of its length (3,000 spaces: minutes)
_DATA_CASE_RAW = lazy_pattern(
    r"(?:^|(?<=[,;(}$])|(?<=\s)(?!\s)|\\quad|\\qquad|\\[;,: ])\s*+(?:\\left\s*+\(|\()?\s*+\$?\s*+"
    r"(?:" + WORD_COMMAND + r"\s*+\{\s*+\(?\s*+)?"
    rf"(?P<word>{_WORDS})(?![A-Za-z])(?P<body>[^=<>≥≤]*?{_RELATIONS}[^=<>≥≤]*)$",
                              needs=("as", "for", "given", "if", "since", "when", "where"))
# the one form split_equations writes it in
DATA_CASE_AFTER = lazy_pattern(rf"\s\\text\{{ (?P<word>{_WORDS}) \}} (?P<symbol>.+?) (?P<relation>{_RELATIONS}) "
                               r"(?P<value>[^ ]+)$", needs=("\\text{ ",))
_NUMBER = lazy_pattern(r"[-+]?(?:\d+\.?\d*|\.\d+)")

def index_case(match: re.Match) -> tuple:
    """(i, "=" or "!=", j) of a CASE_ALONE or CASE_AFTER match."""
    return match.group(1), "=" if match.group(2) == "=" else "!=", match.group(3)


def split_data_case(row: str) -> tuple[str, str]:
    """(the row without the data case written after it, the case in DATA_CASE_AFTER's form or "")."""
    match = _DATA_CASE_RAW.search(row)
    if match is None:
        return row, ""
    body = re.sub(r"\$|\\left|\\right|\\[,;: ]|" + WORD_COMMAND + r"\s*\{", " ", match.group("body"))
    body = body.strip().rstrip(".,;").strip()
    while body and body[-1] in ")}" and _surplus(body, body[-1]) > 0:
        body = body[:-1].rstrip().rstrip(".,;").strip()
    body = body.lstrip("}").strip()
    parts = re.fullmatch(rf"(?P<symbol>[^=<>≥≤]+?)\s*(?P<relation>{_RELATIONS})\s*(?P<value>[^=<>≥≤\s]+)", body)
    if parts is None or "," in parts.group("symbol") or not parts.group("symbol").strip():
        return row, ""
    value = parts.group("value")
    if not _NUMBER.fullmatch(value):
        return row, ""  # for i = 1, \ldots, C; for i \neq j: ranges and index cases, not the data's value
    symbol = " ".join(parts.group("symbol").split())
    return row[:match.start()].rstrip(), f" \\text{{ {match.group('word')} }} {symbol} {parts.group('relation')} {value}"


def _surplus(text: str, closing: str) -> int:
    opening = {")": "(", "}": "{"}[closing]
    return text.count(closing) - text.count(opening)


def data_case(match: re.Match) -> tuple:
    """(word, symbol as written, relation, value as written) of a DATA_CASE_AFTER match."""
    return match.group("word"), match.group("symbol"), match.group("relation"), match.group("value")


def left_text(equation: str) -> str:
    """The left side of an equation as written."""
    return _split_members(equation)[0]


def member_texts(equation: str, count: int) -> list[str]:
    """The text of each of the ``count`` members after the left side (the whole equation for each where the
    top-level relations do not split it so)."""
    parts = _split_members(equation)[1:]
    if len(parts) != count:
        return [equation] * count
    return parts


# a relation between two members as _split_members finds it: :=, the relations written as commands, = (never the = of
# <=, >=, != or :=, nor a := that opens the text)
_MEMBER_RELATION = lazy_pattern(r"(?<![<>!:])(?!^:)(?::=|%s|=)" % "|".join(
    re.escape(name) for name in RELATIONS if name.startswith("\\")))


def _split_members(equation: str) -> list[str]:
    """The equation's text split at its top-level relations (for showing each member)."""
    parts, start = [], 0
    while (relation := match_outside_brackets(equation, _MEMBER_RELATION, start)) is not None:
        parts.append(equation[start:relation.start()].strip())
        start = relation.end()
    parts.append(equation[start:].strip())
    return parts


# a subscript naming the sample's class by a word: \hat{y}_{\text{true}}, p_{\text{correct}} (a pattern's, in
# the notation; the words alone, as a pattern's subscript may be written)
# (its runs of spaces possessive: none can give spaces back to the next, so a long run is scanned once)
CLASS_WORD = lazy_pattern(r"\s*+(?:" + WORD_COMMAND + r"\s*+)?\{?\s*+(?:true|correct|target|label)\s*+\}?\s*",
                          re.IGNORECASE)
# a class named by a word in code's index or a subscript, p[correct_class], y_{true_label}: no pattern's letter, where
# the notation's label letter names the sample's class (refused, saying to write that letter)
CLASS_NAMED_BY_WORD = lazy_pattern(r"[A-Za-z_]*(?:true|correct|target|label|class)[A-Za-z_]*", re.IGNORECASE)
_CLASS_SUBSCRIPT = lazy_pattern(r"_\s*\{\s*" + WORD_COMMAND + r"\s*\{\s*(?:true|correct)\s*\}\s*\}")


def class_words_as_label(equation: str, notation, one_hot: bool) -> str:
    r"""``-\log(\hat{y}_{\text{true}})`` (``_{\text{correct}}``) where no pattern of the notation has such a
    subscript, in a file whose targets are one-hot: the sample's class, the notation's label letter as the
    subscript (``\hat{y}_{y}``); the equation as written otherwise (a pattern naming the word says which unit
    it is)."""
    if not one_hot or not _CLASS_SUBSCRIPT.search(equation) \
            or any(CLASS_WORD.fullmatch(pattern.sub) for pattern in notation.patterns):
        return equation
    return _CLASS_SUBSCRIPT.sub(lambda _: "_{" + notation.label + "}", equation)


def _sample_scripted(label: str) -> re.Pattern:
    r"""A subscript that is the label letter with a sample's subscript or superscript, ``_{y_i}``, ``_{y_{i}}``,
    ``_{y^{(i)}}``, ``_{y^i}``, whole or as the right side of a condition on a unit's letter, ``_{j \neq y_i}``
    (group ``head`` what comes before the label)."""
    script = r"(?:_\s*(?P<low>[A-Za-z])|_\s*\{\s*(?P<lowb>[A-Za-z])\s*\}|\^\s*(?P<up>[A-Za-z])" \
             r"|\^\s*\{\s*\(?\s*(?P<upb>[A-Za-z])\s*\)?\s*\}|\^\s*\(\s*(?P<upp>[A-Za-z])\s*\))"
    head = r"(?P<head>_\s*\{\s*(?:[A-Za-z]\s*(?:\\neq|\\ne|!=|=)\s*)?)"
    return re.compile(rf"{head}{re.escape(label)}\s*{script}\s*\}}")


def _sample_letter(match: re.Match) -> str:
    return next(letter for name, letter in match.groupdict().items() if letter and name != "head")


def _used_as_unit_index(letter: str, equation: str, notation) -> bool:
    r"""Whether ``letter``, one of the notation's index letters, indexes anything in ``equation`` (once the
    label's own subscripts are taken out) but the loss: a sum's ``\sum_j``, a unit's ``f_j``; the sample loss's
    ``L_i`` names the sample."""
    if letter not in notation.indices:
        return False
    losses = "|".join(re.escape(re.split(r"[_^]", name)[0]) for name in notation.loss if re.split(r"[_^]", name)[0])
    written = re.escape(letter)
    text = re.sub(rf"(?<![A-Za-z\\])(?:{losses})\s*_\s*(?:\{{\s*{written}\s*\}}|{written})(?![A-Za-z])", " ",
                  equation) if losses else equation
    scripts = re.findall(r"[_^]\s*(\{[^{}]*\}|[A-Za-z])", text)
    return any(re.search(rf"(?<![A-Za-z\\]){written}(?![A-Za-z])", script) for script in scripts)


def sample_class_as_label(equation: str, notation, one_hot: bool) -> str:
    r"""CS231n's ``f_{y_i}`` (``y_{i}``, ``y^{(i)}``), the label letter carrying a sample's subscript as an
    index, in a file whose targets are one-hot: the sample's class, ``f_{y}``, since check judges one sample at a
    time. Left as written (read as today, or refused) where the sample's letter is one of the notation's index
    letters that indexes units elsewhere in the equation (a rule's j), or where a pattern of the notation has
    that subscript itself."""
    label = notation.label
    pattern = _sample_scripted(label)
    if not one_hot or not pattern.search(equation):
        return equation
    if any(pattern.fullmatch("_{" + written.sub.strip() + "}") for written in notation.patterns):
        return equation
    remaining = pattern.sub(lambda match: match.group("head") + "}", equation)
    letters = {_sample_letter(match) for match in pattern.finditer(equation)}
    if len(letters) != 1 or label in letters \
            or any(_used_as_unit_index(letter, remaining, notation) for letter in letters):
        return equation
    return pattern.sub(lambda match: match.group("head") + label + "}", equation)


# a left side of exactly two words, new (or updated) and a name, before the relation: new weight = ..., New Weight
# = w - ..., \text{Updated Bias} = ...; group "name" the second word
_WORDED_NEW = lazy_pattern(r"^\s*(?:\\text\s*\{\s*(?:[Nn]ew|[Uu]pdated)\s+(?P<texted>[A-Za-z]{2,})\s*\}"
                           r"|(?:[Nn]ew|[Uu]pdated)\s+(?P<name>[A-Za-z]{2,}))\s*(?==(?!=))",
                           needs=("\\text", "ew", "pdated"))
# the right side's first term, a name and its subscript (no superscript: the new value's goes there)
_FIRST_NAME = lazy_pattern(r"=\s*(?P<base>[A-Za-z]+|\\[A-Za-z]+)(?P<sub>_(?:\{[^{}]*\}|[A-Za-z0-9]))?(?![A-Za-z0-9^_({\[])")
# the parameter a word names, by the first letter of symbols.md's name: W1[0, 0] a weight, b2[1] a bias
_PARAMETER_WORDS = {"weight": "W", "bias": "b"}


def worded_new_value(equation: str, notation) -> str:
    r"""A left side in words, the word new (or updated) and a name, as that name's new value (the update's left
    side, ``w^{new}``): ``new weight = weight + ...`` where the notation names ``weight``; ``New Weight = w - ...``
    where the word is weight (or bias) and the right side's first term a name the notation gives only weights
    (biases); ``New Weight = 3.0 - 0.2 = 2.8`` (numbers only) where the notation names one weight, and no family.
    Any other left side in words is left as written."""
    match = _WORDED_NEW.match(equation)
    if match is None:
        return equation
    word, rest = match.group("name") or match.group("texted"), equation[match.end():]
    if word in notation.bases:
        return f"{word}^{{new}} {rest}"
    kind = _PARAMETER_WORDS.get(word.lower())
    if kind is None:
        return equation
    first = _FIRST_NAME.match(rest)
    if first is not None:
        meanings = [pattern.meaning for pattern in notation.patterns if pattern.base == first.group("base")]
        if meanings and all(re.match(rf"{kind}\d", meaning) for meaning in meanings):
            return f"{first.group('base')}{first.group('sub') or ''}^{{new}} {rest}"
        return equation
    named = [pattern for pattern in notation.patterns if re.match(rf"{kind}\d", pattern.meaning)]
    numbers_only = re.fullmatch(r"[-+*/^()=.\s\d{}]*", re.sub(r"\\[A-Za-z]+", " ", rest))
    if numbers_only and len(named) == 1 and not named[0].placeholders and "^" not in named[0].text:
        return f"{named[0].text}^{{new}} {rest}"
    return equation
