"""TeX's own rules for the source of a formula, applied before it is read (docs/notation.md):

* a fraction's arguments without braces are one token each, as TeX takes them: ``\\frac12`` is
  ``\\frac{1}{2}``, ``\\frac1n`` is ``\\frac{1}{n}``, ``\\frac\\alpha2`` is ``\\frac{\\alpha}{2}``;
* plain TeX's ``{a \\over b}`` is ``\\frac{a}{b}``;
* macros defined in the formula's own text, ``\\newcommand{\\half}{\\frac{1}{2}}``,
  ``\\newcommand{\\pd}[2]{\\frac{\\partial #1}{\\partial #2}}`` (with an optional first argument's default,
  ``[3][=]``), ``\\renewcommand``, ``\\def\\half{...}``, ``\\def\\pd#1#2{...}``, ``\\DeclareMathOperator{\\sech}{sech}``
  (``\\operatorname{sech}``): the definitions are taken out and every use expanded.

A submission is untrusted: a macro may use another, so expansion runs in rounds, at most
MAX_EXPANSION_ROUNDS of them, and stops with a refusal once the text would pass the formula length
limit (LIMITS["formula_characters"]): a definition that doubles the text at every use ends there, in
one line, instead of growing without bound. Nothing is evaluated; everything is string rewriting.
"""

from __future__ import annotations

import re

from ..limits import LIMITS
from ..patterns import lazy_pattern
from .decorations import braced_end
from .quantities import FormulaError

#: rounds of expansion: a macro used inside another's body is expanded in the next round
MAX_EXPANSION_ROUNDS = 10
MAX_ARGUMENTS = 9  # TeX's #1 ... #9

_FRACTION = lazy_pattern(r"\\[dtc]?frac(?![A-Za-z])")
# one TeX token: a control word, a control symbol, or one character that is no brace and no space
_TOKEN = lazy_pattern(r"\s*(\\[A-Za-z]+|\\[^A-Za-z\s]|[^\s{}\\])")
_DEFINITION = lazy_pattern(r"\\(?:re)?newcommand\*?\s*(?:\{\s*(\\[A-Za-z]+)\s*\}|(\\[A-Za-z]+))"
                           r"\s*(?:\[\s*(\d)\s*\])?\s*(?:\[([^\[\]]*)\])?\s*(?=\{)")
_DEF = lazy_pattern(r"\\def\s*(\\[A-Za-z]+)((?:\s*#\d)*)\s*(?=\{)")
_DEFINITION_START = lazy_pattern(r"\\(?:(?:re)?newcommand|def|DeclareMathOperator)(?![A-Za-z])")
_OPTIONAL = lazy_pattern(r"\s*\[([^\[\]]*)\]")
_SPACE = lazy_pattern(r"\s*")
_OPERATOR = lazy_pattern(r"\\DeclareMathOperator\*?\s*(?:\{\s*(\\[A-Za-z]+)\s*\}|(\\[A-Za-z]+))\s*(?=\{)")


def braced_fraction_arguments(text: str) -> str:
    """``\\frac12`` as ``\\frac{1}{2}``: each argument of a fraction written without braces is one token
    (a digit of a number, a letter, a command), as TeX reads it; braced ones stay as written, but for a redundant
    group around the whole argument, Word's and MathType's ``\\frac{{\\partial C}}{{\\partial w}}``, which TeX
    typesets as ``\\frac{\\partial C}{\\partial w}``: the outer braces dropped."""
    if "frac" not in text:
        return text
    ends = group_ends(text)
    edits: list[tuple[int, str, int]] = []  # (place, what is put there, how many characters it replaces)
    for match in _FRACTION.finditer(text):
        position = match.end()
        for _ in range(2):
            start = _SPACE.match(text, position).end()
            if text[start:start + 1] == "{":
                if start not in ends:
                    break
                inner = _SPACE.match(text, start + 1).end()
                if text[inner:inner + 1] == "{" and inner in ends \
                        and _SPACE.match(text, ends[inner]).end() == ends[start] - 1:
                    edits += [(start, "", 1), (ends[start] - 1, "", 1)]  # {{\partial C}}: one group
                position = ends[start]
                continue
            token = _TOKEN.match(text, position)
            if token is None or token.group(1) in ("}", "^", "_", "&"):
                break  # nothing TeX would take: the parser says what is missing
            edits += [(token.start(1), "{", 0), (token.end(1), "}", 0)]
            position = token.end(1)
    # in order, and at one place in the order they were found: \frac12 becomes \frac{1}{2}, not \frac{1{}2}
    pieces, last = [], 0
    for place, brace, replaced in sorted(edits, key=lambda edit: edit[0]):
        pieces += [text[last:place], brace]
        last = place + replaced
    return "".join(pieces) + text[last:]


def over_as_fractions(text: str) -> str:
    """TeX's ``{a \\over b}`` as ``\\frac{a}{b}``: the group around each \\over split at it."""
    if "\\over" not in text:
        return text
    for _ in range(50):
        match = re.search(r"\\over(?![a-zA-Z])", text)
        if not match:
            return text
        depth, start = 0, None
        for position in range(match.start() - 1, -1, -1):
            if text[position] == "}" and text[position - 1:position] != "\\":
                depth += 1
            elif text[position] == "{" and text[position - 1:position] != "\\":
                if depth == 0:
                    start = position
                    break
                depth -= 1
        end = braced_end(text, start) if start is not None else None
        if end is None:
            return text[:match.start()] + "/" + text[match.end():]  # no group: a plain division
        numerator, denominator = _ungrouped(text[start + 1:match.start()]), _ungrouped(text[match.end():end - 1])
        if re.fullmatch(r"\s*(\\partial|d|\\delta)\s*", numerator):
            # {\partial \over \partial w} X: the operator applies to what follows the group
            text = text[:start] + "\\frac{" + numerator + "}{" + denominator + "}" + text[end:]
            continue
        text = text[:start] + "{\\frac{" + numerator + "}{" + denominator + "}}" + text[end:]
    return text


def _ungrouped(part: str) -> str:
    """A fraction's part without TeX's group around the whole of it: ``{\\partial w}`` in ``{\\partial H \\over
    {\\partial w}}`` is ``\\partial w``, as the braces only group."""
    stripped = part.strip()
    if stripped.startswith("{") and braced_end(stripped, 0) == len(stripped):
        return stripped[1:-1]
    return part


def expand_macros(text: str, where: str = "formula") -> str:
    """The text with its macro definitions taken out and their uses expanded (see the module docstring)."""
    if not any(command in text for command in ("\\newcommand", "\\renewcommand", "\\def", "\\DeclareMathOperator")):
        return text
    macros: dict[str, tuple[int, str | None, str]] = {}  # name -> (arguments, optional default, body)
    text = _take_definitions(text, macros, where)
    if not macros:
        return text
    pattern = re.compile("(%s)(?![A-Za-z])" % "|".join(re.escape(name) for name in sorted(macros, key=len,
                                                                                          reverse=True)))
    for _ in range(MAX_EXPANSION_ROUNDS):
        expanded, used = _expand_once(text, pattern, macros, where)
        if not used:
            return expanded
        text = expanded
    if pattern.search(text):
        raise FormulaError(f"{where}: its macros still use one another after {MAX_EXPANSION_ROUNDS} rounds of"
                           " expansion; write the formula without them")
    return text


def _take_definitions(text: str, macros: dict, where: str) -> str:
    """``text`` without its definitions, each put in ``macros``: one pass, whatever their number."""
    ends = group_ends(text)
    pieces, last = [], 0
    for start in _DEFINITION_START.finditer(text):
        if start.start() < last:
            continue  # a definition inside the body of one already taken
        match = next((found for pattern in (_DEFINITION, _DEF, _OPERATOR)
                      if (found := pattern.match(text, start.start())) is not None), None)
        if match is None:
            continue
        body_end = ends.get(match.end())
        if body_end is None:
            raise FormulaError(f"{where}: the definition of {match.group(1) or match.group(2)} has no closing"
                               " brace; close its body with }")
        if match.re is _DEFINITION.compiled():
            name = match.group(1) or match.group(2)
            count, default = int(match.group(3) or 0), match.group(4)
        elif match.re is _DEF.compiled():
            name, count, default = match.group(1), len(re.findall("#", match.group(2))), None
        else:
            name, count, default = match.group(1) or match.group(2), 0, None
        if count > MAX_ARGUMENTS:
            raise FormulaError(f"{where}: {name} is defined with {count} arguments; TeX allows {MAX_ARGUMENTS}")
        body = text[match.end() + 1:body_end - 1]
        # \DeclareMathOperator{\sech}{sech}: \sech is the function's name, set upright
        operator = match.re is _OPERATOR.compiled()
        macros[name] = (count, default, rf"\operatorname{{{body}}}" if operator else body)
        pieces += [text[last:match.start()], " "]
        last = body_end
    return "".join(pieces) + text[last:]


def _expand_once(text: str, pattern: re.Pattern, macros: dict, where: str) -> tuple[str, bool]:
    """Every use of a macro in ``text`` replaced by its body with its arguments; whether there was one."""
    out, position, used, length = [], 0, False, 0
    ends = group_ends(text)
    for _ in range(len(text) + 1):
        match = pattern.search(text, position)
        if match is None:
            break
        used = True
        count, default, body = macros[match.group(1)]
        arguments, end = _arguments(text, ends, match.end(), count, default, match.group(1), where)
        for number, argument in enumerate(arguments, start=1):
            body = body.replace(f"#{number}", argument)
        # the body as it is, no group around it (TeX's expansion is textual: \newcommand{\sq}{^2} makes
        # x\sq x^2), and a space after it, as the control word's own end
        trailing = " " if re.search(r"\\[A-Za-z]+$", body) else ""
        out += [text[position:match.start()], body, trailing]
        length += match.start() - position + len(body) + len(trailing)
        position = end
        if length + len(text) - position > LIMITS["formula_characters"]:
            raise FormulaError(f"{where}: its macros expand to more than {LIMITS['formula_characters']:,}"
                               " characters, the longest a formula may be; write the formula without them")
    out.append(text[position:])
    return "".join(out), used


def group_ends(text: str) -> dict[int, int]:
    """For the index of every ``{`` that opens a group, the index just past its ``}``, in one pass, as TeX
    reads them: ``\\{`` and ``\\}`` are no braces, and ``\\\\`` (a line break) is one control symbol, so that
    its backslash escapes nothing after it."""
    ends, opened, position = {}, [], 0
    while position < len(text):
        character = text[position]
        if character == "\\":
            position += 2
            continue
        if character == "{":
            opened.append(position)
        elif character == "}" and opened:
            ends[opened.pop()] = position + 1
        position += 1
    return ends


def _arguments(text: str, ends: dict, position: int, count: int, default: str | None, name: str,
               where: str) -> tuple[list[str], int]:
    """The ``count`` arguments of a use of ``name`` from ``position``, and where they end: an optional
    first argument in brackets (its default where none is written), the others braced groups or one
    token each."""
    arguments = []
    if default is not None:
        optional = _OPTIONAL.match(text, position)
        arguments.append(optional.group(1) if optional else default)
        position = optional.end() if optional else position
    while len(arguments) < count:
        start = _SPACE.match(text, position).end()
        if text[start:start + 1] == "{":
            if start not in ends:
                break
            arguments.append(text[start + 1:ends[start] - 1])
            position = ends[start]
            continue
        token = _TOKEN.match(text, position)
        if token is None:
            break
        arguments.append(token.group(1))
        position = token.end()
    if len(arguments) < count:
        raise FormulaError(f"{where}: {name} takes {count} arguments and is used with {len(arguments)};"
                           f" write each in braces, {name}{{...}}")
    return arguments, position
