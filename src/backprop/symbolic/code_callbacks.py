"""An array built by a callback over another, as code writes a layer's values entry by entry: JavaScript's
``const dHidden = hidden.map((h, j) => W2[j] * dOut * h * (1 - h));`` (batch 81's dev48v page), Python's
``dHidden = [W2[j] * dOut * h * (1 - h) for j, h in enumerate(hidden)]``, ``[h * (1 - h) for h in hidden]`` and
``list(map(lambda h: h * (1 - h), hidden))``: the array's entry j is the body with h the other's entry j, the claim
``dHidden[j] = W2[j] * dOut * (hidden[j]) * (1 - (hidden[j]))``, a rule over j (the callback's index, or a letter the
line does not use). A callback with other statements (a body in braces) is refused in one line, saying to write the
entry's formula.
"""

from __future__ import annotations

import re

from .brackets import balanced
from .quantities import FormulaError, short

_NAME = r"[A-Za-z_$][\w$]*"
# JavaScript's NAME = ARRAY.map((h, j) => BODY) or .map(h => BODY), a statement's ; after it
_JS_MAP = re.compile(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*(?P<array>{_NAME})\.map\([ \t]*"
                     rf"(?:\([ \t]*(?P<item>{_NAME})[ \t]*(?:,[ \t]*(?P<index>{_NAME})[ \t]*)?\)|(?P<bare>{_NAME}))"
                     r"[ \t]*(?:=>|\\Rightarrow)\s*(?P<body>.*)\)[ \t]*;?[ \t]*$", re.S)
# Python's NAME = [BODY for j, h in enumerate(ARRAY)] or [BODY for h in ARRAY]
_PY_COMPREHENSION = re.compile(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*\[(?P<body>.*)[ \t]+for[ \t]+"
                               rf"(?:(?P<index>{_NAME})[ \t]*,[ \t]*(?P<item>{_NAME})[ \t]+in[ \t]+enumerate\("
                               rf"[ \t]*(?P<array>{_NAME})[ \t]*\)|(?P<bare>{_NAME})[ \t]+in[ \t]+(?P<plain>{_NAME}))"
                               r"[ \t]*\][ \t]*;?[ \t]*$", re.S)
# Python's NAME = list(map(lambda h: BODY, ARRAY))
_PY_MAP = re.compile(rf"^(?P<lead>[ \t]*)(?P<name>{_NAME})[ \t]*=[ \t]*list\([ \t]*map\([ \t]*lambda[ \t]+"
                     rf"(?P<bare>{_NAME})[ \t]*:(?P<body>.*),[ \t]*(?P<array>{_NAME})[ \t]*\)[ \t]*\)[ \t]*;?[ \t]*$",
                     re.S)
_INDEX_LETTERS = "jkinmpq"


def callback_entries(text: str) -> str:
    """``text`` as the rule for one entry where it is an array built by a callback (see the module docstring); any
    other text as it is. FormulaError for a callback whose body holds other statements."""
    match = _JS_MAP.match(text) or _PY_COMPREHENSION.match(text) or _PY_MAP.match(text)
    if match is None:
        return text
    body = match.group("body").strip()
    if body.startswith("{") or ";" in body or not balanced(body):
        raise FormulaError(f"formula {short(text)}: a callback with other statements than its value, which check"
                           f" does not run; write the entry's formula, {match.group('name')}[j] = ...")
    groups = match.groupdict()
    item = groups.get("item") or groups.get("bare")
    array = groups.get("array") or groups.get("plain")
    index = groups.get("index") or next((letter for letter in _INDEX_LETTERS
                                         if not re.search(rf"(?<![\w$]){letter}(?![\w$])", text)), None)
    if index is None or item == index:
        return text
    entry = re.sub(rf"(?<![\w$.]){re.escape(item)}(?![\w$])", f"({array}[{index}])", body)
    return f"{match.group('lead')}{match.group('name')}[{index}] = {' '.join(entry.split())}"
