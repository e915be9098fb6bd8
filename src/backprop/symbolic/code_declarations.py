"""A typed declaration in code: the type (or a declaring keyword) before the name an assignment's left side is, C's,
C++'s, Java's and C#'s ``double gradW = 2 * err * x;`` (``float``, ``int``, ``long``, ``auto``; modifiers ``final``,
``const``, ``static`` before it), Go's ``var gradW float64 = ...``, Rust's ``let mut gradW = ...`` and ``let gradW:
f64 = ...;``, TypeScript's ``const gradW: number = ...``, Kotlin's and Scala's ``val gradW = ...`` (``val gradW:
Double = ...``), Lua's ``local gradW = ...``: the claim is ``gradW = ...``, the declaration code's, no factor of the
left side.

Only where the line reads as code: a C-style type before the name needs the statement's ``;`` on its line (``int``,
``double`` could otherwise be a page's words), the other forms are code by their shape (a keyword with a type after
the name, ``let mut``, ``val``); a line of LaTeX (a backslash command) is no code. A declaration some word of which
is a name the notation gives (a page's ``val`` or ``int``) is left as written. JavaScript's plain ``var``, ``let``
and ``const`` before a name are typography_code.without_declaration's.
"""

from __future__ import annotations

import re

from .formula_remarks import notation_names
from .notation import Notation

# a name as code writes it, gradW1, d_W, $delta
_NAME = r"[A-Za-z_$][\w$]*"
# C's, C++'s, Java's and C#'s numeric types and C++'s auto, with their modifiers and C's size words before them
_C_TYPE = (r"(?:(?:final|const|static|constexpr|readonly|register)[ \t]+)*(?:(?:unsigned|signed|long|short)[ \t]+)*"
           r"(?:double|float|int|long|short|decimal|auto)")
# the numeric types a declaration names after its name: Go's (var x float64), Rust's, TypeScript's, Kotlin's, Swift's
_TYPE_AFTER = r"(?:float64|float32|f64|f32|i64|i32|int64|int32|int|number|Double|Float|Int|Float64|Float32|CGFloat)"
_DECLARATION = re.compile(
    rf"^(?P<lead>[ \t]*`?)(?:(?P<c>{_C_TYPE})[ \t]+(?P<c_name>{_NAME})(?=[ \t]*=(?!=)[^\n;]*;)"
    rf"|(?P<keyword>let[ \t]+mut|let|const|var|val|local)[ \t]+(?P<name>{_NAME})"
    rf"(?:[ \t]*:[ \t]*(?P<annotated>{_TYPE_AFTER})|[ \t]+(?P<go>{_TYPE_AFTER}))?(?=[ \t]*=(?!=)))", re.M)
# what shows a line is LaTeX, not code: a command
_LATEX_COMMAND = re.compile(r"\\[A-Za-z]")


def without_typed_declarations(text: str, notation: Notation | None) -> str:
    """``text`` with each line's typed declaration (_DECLARATION) written as its bare name: ``double gradW = ...;``
    as ``gradW = ...;``, where the line is code and no word of the declaration is a name of ``notation``."""
    known = notation_names(notation)[0]

    def declared(match: re.Match) -> str:
        line = match.string[match.start():].split("\n", 1)[0]
        words = set(re.findall(r"[A-Za-z_]\w*", "".join(match.group(group) or "" for group in
                                                        ("c", "keyword", "annotated", "go"))))
        plain_keyword = match.group("keyword") in ("let", "const", "var") and not (match.group("annotated")
                                                                               or match.group("go"))
        # a phrase the notation names whole, "local error" (kept as local_error), is its name, no declaration
        phrase = f"{match.group('keyword')}_{match.group('name')}" in known if match.group("keyword") else False
        if plain_keyword or words & known or phrase or _LATEX_COMMAND.search(line):
            return match.group(0)  # JavaScript's plain let x = ... (typography's), a name of the notation, LaTeX
        return match.group("lead") + (match.group("c_name") or match.group("name"))
    return _DECLARATION.sub(declared, text)


def declares(text: str) -> bool:
    """Whether a line of ``text`` opens with a typed declaration (_DECLARATION) and is code (no LaTeX command)."""
    return any(not _LATEX_COMMAND.search(match.string[match.start():].split("\n", 1)[0])
               for match in _DECLARATION.finditer(text))
