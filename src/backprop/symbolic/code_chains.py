"""Rust's forms that only get at a value, in a line that shows it is Rust's (an ``.unwrap()``, a ``.last_mut()``, a
``.for_each(``, a closure as a method's argument ``.map(|x|``, a cast ``as f64``): ``x.unwrap()`` is x (the value an
Option holds), ``x.last()`` and ``x.last_mut()`` are ``x[-1]`` (the last of a list, as Python's ``[-1]`` is: the output
layer's of a list of layers' values, the last entry of a vector, as the notation names ``x[-1]``), ``*x`` a
dereference (x), ``&x`` and ``&mut x`` a borrow (x), ``n as f64`` a cast (n): lib.rs's ``*b -= &((learning_rate /
batch.len() as f64) * nb)``, ``acts.last().unwrap()``, ``*nabla_b.last_mut().unwrap() += &delta``. And Scala's
``.sum`` without parentheses, a parameterless method's call, as ``.sum()`` (``(result - expected).map(x => x *
x).sum * 0.5``).

String rewriting over a bounded text, as typography's: nothing is evaluated.
"""

from __future__ import annotations

import re

# what shows a line is Rust's: a method only Rust's values have, a closure as a method's argument (.map(|x| ...:
# never a norm |x| of mathematics), a cast to a numeric type
_RUST_OWN = re.compile(r"\.(?:unwrap|last_mut|iter_mut|for_each)\(|\.[A-Za-z_]\w*\([ \t]*\|[ \t]*[&(]?[ \t]*[A-Za-z_]"
                       r"|(?<=\w|\))[ \t]+as[ \t]+(?:f64|f32|usize|isize|i64|i32|u64|u32)(?!\w)")
_UNWRAP = re.compile(r"(?<=[\w)\]])\.unwrap\(\)")
_LAST = re.compile(r"(?<=[\w)\]])\.last(?:_mut)?\(\)")
_CAST = re.compile(r"(?<=[\w)\]])[ \t]+as[ \t]+(?:f64|f32|usize|isize|i64|i32|u64|u32)(?!\w)")
#: what an operand starts after (spaces aside), in C's code as in Rust's: an opening parenthesis, a comma, an
#: assignment, an arithmetic operator; a unary * (a dereference) stands only there or at a line's start, in both
#: languages' rules (_UNARY here, code_pointers._unary for C's)
OPERAND_START = "(,=+-*/"
# a unary * or & (a dereference, a borrow; &mut) where an operand starts (OPERAND_START, a line's start), or after a
# closure's bars. One idea with C's dereference (code_pointers._unary), two rules on purpose: Rust's * is dropped
# before any operand, a name or a parenthesis (a reference's value is the value), and may be glued to another *
# (Rust's **x, a double dereference), where C's * is read only before a name the notation gives (*(a + i) is
# pointer arithmetic, a[i]) and never glued to another * (in a C line, Python's power); Rust's & and its closure's
# bars are its own. C's after % [ ? : and return are not taken here: no Rust line needed them, and taking them
# would read lines that are refused now
_UNARY = re.compile(rf"(?:^|(?<=[{re.escape(OPERAND_START)}|]))([ \t]*)(?:\*|&(?:[ \t]*mut[ \t]+)?)"
                    r"(?=[ \t]*[A-Za-z_(])", re.M)
# Scala's sum of a collection, written without parentheses: never before one, a name's letter or a dot's field
_SCALA_SUM = re.compile(r"(?<=[\w)\]])\.sum(?![\w(.])")
# Scala's own: a closure's arrow after its parameter, a def with a type after its parameters
_SCALA_OWN = re.compile(r"(?<![\w$])[A-Za-z_]\w*[ \t]*=>|\bdef[ \t]+\w+\([^()]*:[^()]*\)[ \t]*:")


def method_values(text: str) -> str:
    """``text`` with Rust's forms that only get at a value as the value and Scala's ``.sum`` as ``.sum()``."""
    return scala_sums(rust_values(text))


def shows_rust(text: str) -> bool:
    """Whether ``text`` shows Rust's own marks (see _RUST_OWN): its ``*x`` a dereference of Rust's, not C's."""
    return _RUST_OWN.search(text) is not None


def rust_values(text: str) -> str:
    """``text`` with Rust's forms that only get at a value written as the value (see the module docstring), where a
    line shows Rust's own marks; any other text as it is."""
    if not shows_rust(text):
        return text
    text = _LAST.sub("[-1]", _UNWRAP.sub("", text))
    text = _CAST.sub("", text)
    return _UNARY.sub(r"\1", text)


def scala_sums(text: str) -> str:
    """``(result - expected).map(x => x * x).sum`` as ``... .sum()``, where the text shows Scala's own marks."""
    return _SCALA_SUM.sub(".sum()", text) if ".sum" in text and _SCALA_OWN.search(text) else text
