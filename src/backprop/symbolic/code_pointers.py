"""C's pointers in a statement (check_homework's, before a formula is read; batch 96's backPropagation.c): what a
pointer points at, read through the notation's names.

- A dereference ``*output`` (the ``*`` unary: after an operator, an opening parenthesis, a comma, ``=`` or nothing,
  never glued to another ``*``, Python's power) of a name the notation gives is that name: the notation names what
  the pointer points at (``"output" = "a2[0]"``), ``activationDerivative(*output) * (t - *output)`` as
  ``activationDerivative(output) * (t - output)``.
- Pointer arithmetic ``*(a + i)`` is ``a[i]``, entry i of the array a points into; where i is 0 (written so, or a
  name the notation gives the number 0, ``"neuronCounter" = "0"``) and the notation gives a alone, ``*a`` itself,
  that name.
- A field through a pointer, ``layer->w[c]``, is the dotted name ``layer.w[c]``, as code's ``layer.w[c]`` is read:
  where the notation gives that dotted name (never a product of its parts, as a dot between names the notation
  gives may be), written so or as C writes it, ``"layer->w[c]"`` (notation_loading reads the pattern as dotted).
  Never the field alone (``"w[c]"``): two objects' fields of one name (a hidden and an output layer's) would read
  alike, a line mixing them up as the right one.

Each is refused in one line where the notation does not name what it reads, saying what to declare; so is a field
of what a call returns, ``getList(layer, 0)->element.b``, which no pattern names. Only a line of C's statements
(ending in ``;``, a comment after it aside) is rewritten: elsewhere ``*`` and ``->`` keep their readings.

Fortran's component selector, ``this%output`` (batch 108's neuron.f95), is the field as C's ``->`` is: the dotted
name ``this.output`` where the notation gives it (written so or as Fortran writes it, ``"this%output"``), on any line;
elsewhere the ``%`` is left as written (refused where it stays: a modulo, or MATLAB's comment glued to a name, is
never read as a field the notation does not name).

String rewriting: nothing is evaluated.
"""

from __future__ import annotations

import re

from .code_chains import OPERAND_START, shows_rust
from .notation import Notation
from .notation_names import COMPONENT, POINTER_FIELD
from .quantities import FormulaError, short

_NAME = r"[A-Za-z_]\w*"
# a line of C: a statement closed by ;, a // comment after it
_C_LINE = re.compile(r".*;\s*(?://.*)?")
# pointer arithmetic *(a + i), a name or a number i
_ARITHMETIC = re.compile(rf"\*\s*\(\s*({_NAME})\s*\+\s*({_NAME}|\d+)\s*\)")
# a dereference *name, the name glued to the star: not a call's, a field's nor an entry's (*p.f, *a[i], *p->f: the
# star then takes what follows the name, left as written)
_DEREFERENCE = re.compile(rf"\*({_NAME})(?![\w(.\[]|->)")
# what may stand before a unary * (after spaces): where an operand starts in C as in Rust (OPERAND_START), and C's
# modulo, index bracket and conditional's ? and :
_BEFORE_UNARY = OPERAND_START + "%[?:"
# a field through a pointer, a dotted chain with at least one ->, its indices after it; and through a call's value
_FIELD = re.compile(rf"(?<![\w.>)])({_NAME}(?:(?:->|\.){_NAME})*->{_NAME}(?:(?:->|\.){_NAME})*)")
_CALL_FIELD = re.compile(rf"({_NAME}\([^()]*\))->({_NAME}(?:(?:->|\.){_NAME})*)")
# a component through Fortran's %, a chain of names with at least one %
_COMPONENT_CHAIN = re.compile(rf"(?<![\w.%])({_NAME}(?:[%.]{_NAME})*%{_NAME}(?:[%.]{_NAME})*)")


def _unary(line: str, star: int) -> bool:
    """Whether the ``*`` at ``star`` is a dereference: nothing, or an operator, before it (spaces aside), and no
    other ``*`` glued to it (``**``, a power)."""
    # One idea with Rust's dereference (code_chains._UNARY), two rules on purpose: here ** is Python's power, never a
    # double dereference as Rust's **x, and only *name and *(a + i) are read, through the notation (the pointer's
    # target, an entry of an array), where Rust's * is dropped before any operand; C's | is no closure's bar, and
    # Rust's & (a borrow) has no reading in C
    if star > 0 and line[star - 1] == "*" or line[star + 1:star + 2] == "*":
        return False
    before = line[:star].rstrip()
    return not before or before[-1] in _BEFORE_UNARY or re.search(r"(?<!\w)return$", before) is not None


def _line_read(line: str, notation: Notation, text: str) -> str:
    where = f"formula {short(text.strip())}"
    call = _CALL_FIELD.search(line)
    if call is not None:
        raise FormulaError(f"{where}: {call.group(1)}->{call.group(2)} is a field of what a call returns (C's ->),"
                           " which no pattern of the notation names; write the quantity by a name the notation gives")

    def arithmetic(match: re.Match) -> str:
        if not _unary(match.string, match.start()):
            return match.group(0)
        array, index = match.groups()
        if array not in notation.bases:
            raise FormulaError(f"{where}: C's pointer arithmetic *({array} + {index}), entry {index} of the array"
                               f" {array} points into, which the notation does not name; give it in"
                               f' [notation.symbols], "{array}[i]" = "..."')
        zero = index == "0" or notation.index_number(index) == "0"
        return array if zero and notation.gives_name(array) else f"{array}[{index}]"

    def dereference(match: re.Match) -> str:
        if not _unary(match.string, match.start()):
            return match.group(0)
        if not notation.gives_name(match.group(1)):
            raise FormulaError(f"{where}: the dereference *{match.group(1)} of a pointer the notation does not name;"
                               f' give what it points at in [notation.symbols], "{match.group(1)}" = "..."')
        return match.group(1)

    def field(match: re.Match) -> str:
        dotted = POINTER_FIELD.sub(".", match.group(1))
        if dotted not in notation.bases:
            raise FormulaError(f"{where}: C's field through a pointer {match.group(1)}, which the notation does not"
                               f" name (as {match.group(1)} or the dotted {dotted}); give it in [notation.symbols],"
                               f' "{match.group(1)}" = "..." (with its index, "{match.group(1)}[i]", where code writes'
                               " one)")
        return dotted
    line = _ARITHMETIC.sub(arithmetic, line)
    return _FIELD.sub(field, _DEREFERENCE.sub(dereference, line))


def pointers_read(text: str, notation: Notation | None) -> str:
    """``text`` with C's pointers read (see the module docstring) on each line of C's statements; any other line as
    it is; Fortran's components the notation names read on every line. FormulaError for a pointer whose target the
    notation does not name."""
    if notation is not None and "%" in text:
        text = _COMPONENT_CHAIN.sub(lambda match: dotted if (dotted := COMPONENT.sub(".", match.group(1)))
                                    in notation.bases else match.group(0), text)
    if notation is None or ("*" not in text and "->" not in text):
        return text
    # a Rust line's *x (a closure's |x| sigmoid_prime(*x)) is Rust's dereference, read as the value (code_chains.py)
    return "\n".join(_line_read(line, notation, text) if _C_LINE.fullmatch(line) and not shows_rust(line) else line
                     for line in text.split("\n"))
