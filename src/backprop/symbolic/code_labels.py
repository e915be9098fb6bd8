"""A call's labelled arguments, Swift's ``predict(features: features)`` (C#'s named arguments, ``Predict(input: x)``,
alike): each label, a word glued to its colon with a space after it, names the parameter the value is passed for and
is no value of its own. Where the notation names the function (declares it in its functions, or gives a pattern of
its call, ``"predict(features)" = "a2[0]"``), the call is read without its labels, ``predict(features)``; where it
does not, the call is refused in one line saying so, where the parser would take the colon for MATLAB's range
a(i:j). A label is a word of two or more characters, so that ``a(i: j)`` stays MATLAB's range; a definition's
signature (``func f(value: Double) -> Double {``, ``def f(value: float):``, Kotlin's ``fun f(value: Double) =``) is
no call and is left as written."""

from __future__ import annotations

from ..patterns import lazy_pattern
from .brackets import closing_bracket, top_level_parts
from .quantities import FormulaError, short

# a call whose first argument is labelled: the function's (dotted) name, its parenthesis
_LABELLED_CALL = lazy_pattern(r"(?<![\w.$\\])(?P<name>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\((?=[ \t]*[A-Za-z_]\w+:[ \t]+"
                              r"[^\s:=])", needs=(":",))
# an argument's label: a word of two or more characters glued to its colon, a space after it
_LABEL = lazy_pattern(r"\s*[A-Za-z_]\w+:[ \t]+(?=[^\s:=])", needs=(":",))
# what starts a definition: a keyword before its name, or after its parentheses a return type, a body or an arrow
_DEFINING_BEFORE = lazy_pattern(r"(?:^|[^\w.])(?:def|func|fn|fun|function|init)[ \t]+$")
_DEFINING_AFTER = lazy_pattern(r"[ \t]*(?:->|=>|\{|:(?!=)|=(?!=))")


def _names_function(notation, name: str) -> bool:
    """Whether ``notation`` names the function ``name``: declares it, or gives a pattern of its call."""
    return notation is not None and (name in notation.declared_functions or any(
        "".join(pattern.text.split()).startswith(f"{name}(") for pattern in notation.patterns))


def labelled_arguments(text: str, notation) -> str:
    """``text`` with each call of a function the notation names, whose arguments are labelled, written without its
    labels (see the module docstring); FormulaError for such a call of a function it does not name."""
    return _labels_read(text, lambda name: _names_function(notation, name))


def labels_dropped(pattern: str) -> str:
    """A notation's pattern of a call written with its labels, ``"predict(features: features)"``, as the call it
    names, ``predict(features)`` (a formula's labelled call of it is read so: labelled_arguments)."""
    return _labels_read(pattern, lambda name: True)


def _labels_read(text: str, named) -> str:
    """``text`` with each labelled call of a function ``named`` says is named written without its labels;
    FormulaError for one of a function it is not."""
    at = 0
    while (found := _LABELLED_CALL.search(text, at)) is not None:
        name, opening = found.group("name"), found.end() - 1
        closing = closing_bracket(text, opening)
        line_start = text.rfind("\n", 0, found.start()) + 1
        parts = top_level_parts(text[opening + 1:closing], balanced=True) if closing is not None else None
        if parts is None or _DEFINING_BEFORE.search(text, line_start, found.start()) \
                or _DEFINING_AFTER.match(text, closing + 1):
            at = found.end()
            continue
        values = [(part[label.end():] if (label := _LABEL.match(part)) else part).strip() for part in parts]
        call = f"{name}({', '.join(values)})"
        if not named(name):
            written = " ".join(text[found.start():closing + 1].split())
            raise FormulaError(f"formula {short(text.strip())}: {written} passes labelled arguments (Swift's label:"
                               f" value) to {name}, a function the notation does not name (no range a(i:j)); declare"
                               f" it in the notation's functions, or give the call's value in [notation.symbols],"
                               f" \"{call}\" = \"...\"")
        text = text[:found.start()] + call + text[closing + 1:]
        at = found.start() + len(call)
    return text
