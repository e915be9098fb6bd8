"""Names a student defines in the document: ``let $u = e^{z_j}$``, ``where $v = \\sum_k e^{z_k}$``,
``\\hat{p} = \\frac{U}{V} = \\frac{e^{z}}{\\sum e^{z}}`` (docs/grading.md, "Names defined in the document").

A **definition** is a chain whose left side is a bare name (a letter, a Greek letter or a decorated
one, ``\\tilde{u}``, with or without primes) that the notation does not know, or the names of a
fraction ``\\frac{U}{V}`` set equal to a fraction ``\\frac{A}{B}`` in a chain (the quotient rule's
set-up: U is A, V is B); definition_plan.py finds them in a submission's chains. A definition is not
judged: it is what the student means by the name. The claims that follow read the name as its
meaning:

* scope: a definition holds from its chain to the end of its section, and for the claim just before
  it when only definitions stand between them (a "where" clause: ``$$p = u/v$$ where $u = ...$``);
* a redefinition replaces the old meaning from where it is made (and forgets an explicit ``u'``);
* a definition's right side reads the names defined before it, so definitions cannot refer to
  themselves or to each other in a cycle; one that uses a name with no meaning is refused;
* ``u'`` is the student's own ``u' = ...`` where there is one, else the derivative of u's meaning by
  the parameter the claim differentiates by (or, for a claim that differentiates by none, the one
  parameter every derivative of its section is by), and refused where that is not clear.

Substitution works on the LaTeX: a name is replaced by its meaning in parentheses, so the reader and
the verdicts are check's own. Meanings are expanded once, when defined, and may be at most
LIMITS["formula_characters"] long, so nested definitions cannot blow up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..limits import LIMITS
from ..patterns import lazy_pattern, longest_first
from ..symbolic.decorations import WORD_COMMAND
from ..symbolic.function_words import NAMED_FUNCTIONS
from ..symbolic.syntax_tree import GREEK

_DECORATIONS = r"\\(?:tilde|widetilde|bar|overline|check|breve|vec|dot|ddot|mathcal|mathbf|mathit|boldsymbol)"
_GREEK = "|".join(sorted((name[1:] for name in GREEK), key=longest_first))
# a Latin letter is a name on its own even inside a run of letters: "vu'" is v times u'
_LETTER = rf"(?:\\(?:{_GREEK})(?![A-Za-z])|[A-Za-z])"
_PRIMES = r"(?:'+|\^\{?\s*\\prime\s*\}?)"
_BASE = rf"{_DECORATIONS}\s*\{{\s*{_LETTER}\s*\}}|{_DECORATIONS}\s+{_LETTER}|{_LETTER}"
#: a bare name: a letter, a Greek letter or a decorated letter, and its primes
BARE_NAME = lazy_pattern(rf"(?P<base>{_BASE})(?P<primes>{_PRIMES})?")
#: the same, without groups (to put inside other patterns)
BARE_NAME_TEXT = rf"(?:{_BASE})(?:{_PRIMES})?"


def normal_name(text: str) -> str | None:
    """The name ``text`` is, if it is a bare name (``u``, ``U'``, ``\\tilde u``): "u", "U'",
    "\\tilde{u}"; None otherwise."""
    match = BARE_NAME.fullmatch(text.strip())
    return None if match is None else _normal(match)


def _normal(match) -> str:
    base = re.sub(r"\s+", "", match.group("base"))
    decorated = re.fullmatch(rf"({_DECORATIONS})\{{?(.+?)\}}?", base)
    if decorated:
        base = f"{decorated.group(1)}{{{decorated.group(2)}}}"
    primes = match.group("primes") or ""
    return base + "'" * (primes.count("'") or (1 if "prime" in primes else 0))


def unprimed(name: str) -> tuple[str, int]:
    base = name.rstrip("'")
    return base, len(name) - len(base)


@dataclass
class Definition:
    """A name's meaning from one place of the document.

    name : the name as normal_name writes it ("U", "v'").
    text : its right side as written.
    meaning : the right side with the names defined before it replaced (LaTeX); "" if refused.
    line : the submission's line.
    refused : why the definition cannot be used (one line), or "".
    """

    name: str
    text: str
    line: int
    meaning: str = ""
    refused: str = ""
    #: the first reason in a chain of refusals (u refused because it uses v, refused because ...)
    cause: str = ""
    #: where it holds from: (index of the first chain that sees it, index of its own chain)
    key: tuple = (0, 0)
    section: str | None = None
    #: the chain it explains from a later piece of mathematics ("where $u = ...$"): for that chain it
    #: gives a meaning only to names that have none there
    explains: int | None = None


class DefinitionError(ValueError):
    """A claim that uses a defined name in a way that cannot be read (one line); ``cause``: the first
    reason, where it is a refused definition's (so that a chain of refusals says it once)."""

    def __init__(self, message: str, cause: str = ""):
        super().__init__(message)
        self.cause = cause or message


class Scope:
    """The definitions of one section, in the order they hold from."""

    def __init__(self):
        self.definitions: list[Definition] = []

    def add(self, definition: Definition) -> None:
        self.definitions.append(definition)

    def visible(self, key: tuple) -> dict[str, Definition]:
        """{name: its definition} for a reading at ``key`` (first chain, own chain): the latest of each
        name whose key is before it; an explicit u' made before u's latest definition is forgotten."""
        found: dict[str, Definition] = {}
        for definition in sorted(self.definitions, key=lambda d: d.key):
            if definition.key < key:
                found[definition.name] = definition
        for definition in self.definitions:
            if definition.explains == key[0] and definition.name not in found:
                found[definition.name] = definition
        for name in list(found):
            base, primes = unprimed(name)
            if primes and base in found and found[base].key > found[name].key:
                del found[name]
        return found


_SKIP = lazy_pattern(r"(?:" + WORD_COMMAND + r"|\\(?:label|tag)(?![A-Za-z]))\s*\{[^{}]*\}")
_COMMAND = lazy_pattern(r"\\[A-Za-z]+")


# e raised to a power that is no whole number of 2 or more (e^{-z}, e^{0.5}, e^{-(-0.5)}, e^x): Euler's number, the
# exponential, whatever e the document defines (the error e = \hat{y} - y defined on the line after
# 1/(1 + e^{-z})); e^2, e^{3}: the defined e squared (cubed), as an error's square is written
_EULER_POWER = lazy_pattern(r"\s*\^(?!\s*\{\s*(?:[2-9]|[1-9]\d+)\s*\}|\s*[2-9](?![\d.]))")


def expand(text: str, visible: dict[str, Definition], parameter: str | None, where: str,
           known: set[str] = frozenset()) -> tuple[str, list[Definition]]:
    """``text`` with each defined name replaced by ``\\left(meaning\\right)``, and the definitions used.

    parameter : the LaTeX of the parameter a prime differentiates by, or None where it is not clear.
    known : multi-letter names of the notation (``SEE``), which are not read letter by letter.
    Raises DefinitionError for a name whose definition was refused, a prime without a parameter, a
    derivative by a defined name, a defined name that is also a sum's index, or a result longer than
    LIMITS["formula_characters"].
    """
    if not visible:
        return text, []
    text = _derivatives_of_names(text, visible, where)
    for match in _BOUND.finditer(text):  # \sum_{u=1}^3 x_u u: the u of the body is the sum's
        bound = normal_name(match.group(1))
        if bound in visible:
            raise DefinitionError(f"{where}: {bound} is a name the document defines and the index of a sum here;"
                                  " use another letter for one of them")
    out, used, position = [], [], 0
    while position < len(text):
        skipped = _SKIP.match(text, position)
        if skipped:
            out.append(skipped.group(0))
            position = skipped.end()
            continue
        if text[position] in "_" and position + 1 < len(text):  # a subscript is an index, not a name
            end = _group_end(text, position + 1)
            out.append(text[position:end])
            position = end
            continue
        match = BARE_NAME.match(text, position)
        if match:
            word = re.match(r"[A-Za-z]+", text[position:])
            if word and len(word.group(0)) > 1 and (word.group(0) in known or word.group(0) in _WORDS):
                out.append(word.group(0))
                position += len(word.group(0))
                continue
            name = _normal(match)
            after = text[match.end():match.end() + 1]
            replacement = None if after == "_" or name == "e" and _EULER_POWER.match(text, match.end()) \
                else _replacement(name, visible, parameter, where)
            if replacement is not None:
                out.append(replacement[0])
                used.append(replacement[1])
                position = match.end()
                continue
            command = _COMMAND.match(text, position)
            step = command.end() if command else position + 1
            out.append(text[position:step])
            position = step
            continue
        command = _COMMAND.match(text, position)
        step = command.end() if command else position + 1
        out.append(text[position:step])
        position = step
    expanded = "".join(out)
    if len(expanded) > LIMITS["formula_characters"]:
        raise DefinitionError(f"{where}: with the names it uses written out it is {len(expanded):,} characters"
                              f" long, more than the {LIMITS['formula_characters']:,} a formula may have")
    return expanded, used


#: functions written without a backslash, which are not products of letters: the reader's (every
#: activation by its names, from the registry) and a few more a student may write
_WORDS = set(NAMED_FUNCTIONS) | {"log", "ln", "exp", "max", "min", "sin", "cos", "sgn"}


_BOUND = lazy_pattern(r"\\(?:sum|prod)\s*_\s*\{?\s*(%s)\s*(?:=|\\in|\})" % BARE_NAME_TEXT)
_DIFFERENTIAL = lazy_pattern(r"(?:\\partial|\\mathrm\{d\}|d)(?![A-Za-z]{2})\s*")


def _derivatives_of_names(text: str, visible: dict, where: str) -> str:
    """``\\frac{\\partial u}{\\partial w}`` (or ``\\frac{du}{dw}``) of a defined u as ``\\frac{\\partial}{\\partial
    w} [u]``, which the writing out turns into the derivative of u's meaning; a derivative by a defined
    name (``\\frac{\\partial L}{\\partial u}``) is refused: u stands for an expression, not a variable."""
    out, position = [], 0
    for match in re.finditer(r"\\frac\s*", text):
        if match.start() < position:
            continue
        top_end = _group_end(text, match.end())
        bottom_end = _group_end(text, top_end)
        top, bottom = _ungroup(text[match.end():top_end]), _ungroup(text[top_end:bottom_end])
        by = _DIFFERENTIAL.match(bottom)
        if by is None or not _DIFFERENTIAL.match(top):
            continue
        variable = normal_name(bottom[by.end():])
        if variable in visible:
            raise DefinitionError(f"{where}: differentiates by {variable}, a name the document defines for an"
                                  " expression; differentiate by a quantity of the network")
        of = _DIFFERENTIAL.match(top)
        name = normal_name(top[of.end():])
        if name is not None and name in visible and of.end() > 0:
            out.append(text[position:match.start()])
            out.append(rf"\frac{{\partial}}{{\partial {bottom[by.end():]}}} \left[ {top[of.end():]} \right]")
            position = bottom_end
    out.append(text[position:])
    return "".join(out)


def _replacement(name: str, visible: dict, parameter: str | None, where: str):
    """(LaTeX, definition) for a name, or None when it is not defined."""
    definition = visible.get(name)
    base, primes = unprimed(name)
    if definition is None and primes and base in visible:
        definition = visible[base]
        if primes > 1:
            raise DefinitionError(f"{where}: {name} is a derivative of {base} of order {primes}; write it as"
                                  f" \\frac{{\\partial^{primes} {base}}}{{...}} or define {name} = ...")
        if parameter is None:
            raise DefinitionError(f"{where}: {name} is the derivative of {base}, but by which parameter is not"
                                  " clear (the claim differentiates by none, its section by several);"
                                  f" define {name} = ... or write \\frac{{\\partial}}{{\\partial w}}[{base}]")
        if definition.refused:
            raise DefinitionError(f"{where}: uses {name}, the derivative of {base}, whose definition (line"
                                  f" {definition.line}) was refused: {definition.cause}", definition.cause)
        return (rf"\left(\frac{{\partial}}{{\partial {parameter}}} \left[ {definition.meaning} \right]\right)",
                definition)
    if definition is None:
        return None
    if definition.refused:
        raise DefinitionError(f"{where}: uses {name}, whose definition (line {definition.line}) was refused:"
                              f" {definition.cause}", definition.cause)
    return rf"\left({definition.meaning}\right)", definition


def _group_end(text: str, position: int) -> int:
    """The end of the subscript starting at ``position`` (a braced group, a command or one character)."""
    while position < len(text) and text[position] == " ":
        position += 1
    if position >= len(text):
        return position
    if text[position] == "{":
        depth = 0
        for index in range(position, len(text)):
            depth += {"{": 1, "}": -1}.get(text[index], 0)
            if depth == 0:
                return index + 1
        return len(text)
    command = _COMMAND.match(text, position)
    return command.end() if command else position + 1


def fraction(text: str) -> tuple[str, str] | None:
    """(numerator, denominator) of a member that is one \\frac{A}{B} and nothing else, else None."""
    text = text.strip()
    match = re.match(r"\\frac\s*", text)
    if not match:
        return None
    first_end = _group_end(text, match.end())
    second_start = first_end
    while second_start < len(text) and text[second_start] == " ":
        second_start += 1
    second_end = _group_end(text, second_start)
    if second_end != len(text.rstrip(" .,;")) or first_end == match.end():
        return None
    return _ungroup(text[match.end():first_end]), _ungroup(text[second_start:second_end])


def _ungroup(group: str) -> str:
    group = group.strip()
    return group[1:-1].strip() if group.startswith("{") and group.endswith("}") else group


_PARTIAL = lazy_pattern(r"\\frac\s*")


def differentiated_by(left: str) -> str | None:
    """The LaTeX of what a derivative ``\\frac{\\partial ...}{\\partial P}`` differentiates by, or None."""
    left = left.strip()
    match = _PARTIAL.match(left)
    if not match:
        return None
    first_end = _group_end(left, match.end())
    second_end = _group_end(left, first_end)
    numerator = _ungroup(left[match.end():first_end])
    denominator = _ungroup(left[first_end:second_end])
    if not numerator.startswith(r"\partial") or not denominator.startswith(r"\partial"):
        return None
    wrt = denominator[len(r"\partial"):].strip()
    return wrt or None


def strip_end(text: str) -> str:
    """A right side without the punctuation that ends its sentence (``..., `` before ``\\quad v = ...``)."""
    return re.sub(r"[\s,.;]+$", "", text)
