"""Which language a formula's code is written in, where its ``*`` means one of two products: Octave's (MATLAB's)
``*`` is the matrix product (``.*`` the entrywise one), while C's, C++'s, Java's, C#'s and JavaScript's ``*`` is the
product of two numbers, read entry by entry as NumPy's. A statement's ``;`` ends a line in all of them, so it decides
nothing: the language is decided by what only one of them writes (code_language, the one rule).

- Octave's own: an entrywise operator ``.*``, ``./``, ``.^``; a ``%`` comment after a statement's ``;``; ``end``
  closing a block on a line of its own, or inside an index (``x(2:end)``); an index in parentheses holding a colon
  (``X(:, 1)``, ``W(2, :)``).
- C's own: a typed declaration opening a statement (``double``, ``float``, ``int``, ``var``, ``let``, ``const``:
  code_declarations' rule); an index in brackets glued after a name (``w[i]``, ``grad[0]``); a compound assignment or
  an increment (``+=``, ``-=``, ``*=``, ``/=``, ``++``, ``--`` glued to a name); a ``//`` comment; a block's brace
  (``{`` ending a line, ``}`` alone on one).

Octave's own and none of C's: Octave's ``*``, the matrix product, the one reading. C's own and none of Octave's: C's
``*``, the one reading. Both, or neither in a statement ended by ``;``: judged both ways (octave_both_ways), refused
where the two readings disagree. A transpose ``'`` is Octave's too, but a prime after a name or a parenthesis is as
much a derivative (``(h^{[l]})'``), so it decides nothing here (typography_steps.octave_code reads it).
"""

from __future__ import annotations

import re
from typing import Callable

from .code_declarations import declares
from .quantities import OCTAVE_PRODUCT, short
from .readings_compared import either_reading
from .typography_comments import COMMENT

_OCTAVE_OWN = re.compile(r"(?<![0-9])\.[*^/]|(?<!\\);[ \t]*%|^[ \t]*end[ \t]*;?[ \t]*$|[(:][ \t]*end[ \t]*\)"
                         r"|(?<![\w.\\])[A-Za-z]\w*\((?:[^()\n]*,)?[ \t]*:[ \t]*(?:,[^()\n]*)?\)", re.M)
_C_OWN = re.compile(r"(?<![\\^_{\w])[A-Za-z]\w*\[[^\[\]\n]+\]|[-+*/]=(?!=)|[A-Za-z0-9_\]](?:\+\+|--)(?![-\w])"
                    r"|(?<![:\w])//|\)[ \t]*\{[ \t]*$|^[ \t]*\}[ \t]*;?[ \t]*$", re.M)
# a statement's ; ending a line, or its math delimiters (never LaTeX's space \;): code, in either language
_STATEMENT_END = re.compile(r"(?<!\\);[ \t]*(?:\$+[ \t]*)?$", re.M)
# Octave's matrix product *: never .* (entrywise), ** or *= (no Octave), a script's star (w^*, \*)
_OCTAVE_STAR = re.compile(r"(?<![.*^_\\])\*(?![*=])")


def code_language(text: str) -> str | None:
    """``"octave"`` where ``text`` shows Octave's own marks and none of C's, ``"c"`` for C's own and none of
    Octave's, ``"either"`` for both, or for neither where a statement's ``;`` ends a line; None for no code."""
    octave, c = _OCTAVE_OWN.search(text) is not None, _C_OWN.search(text) is not None or declares(text)
    if octave != c:
        return "octave" if octave else "c"
    return "either" if octave or _STATEMENT_END.search(text) else None


def octave_products(text: str) -> str:
    """``text`` with each line's ``*`` before its comment as Octave's matrix product (OCTAVE_PRODUCT, read as NumPy's
    ``@`` and shown as the ``*`` written); a comment's worked numbers keep theirs (code_comments reads them)."""
    def line_products(line: str) -> str:
        comment = COMMENT.search(line)
        start = comment.start() if comment else len(line)
        return _OCTAVE_STAR.sub(OCTAVE_PRODUCT, line[:start]) + line[start:]
    return "\n".join(line_products(line) for line in text.split("\n")) if "*" in text else text


def octave_both_ways(text: str, judge: Callable):
    """``judge`` of ``text`` in its code's language (code_language): Octave's products where it is Octave's, as
    written where it is C's or no code; where it may be either, judged both ways, FormulaError in one line where
    the verdicts disagree or Octave's reading alone is refused (guessing either could call a wrong formula correct);
    where the reading entry by entry is refused, Octave's is the one reading."""
    language = code_language(text)
    products = octave_products(text) if language in ("octave", "either") else text
    if language == "octave" or products == text:
        return judge(products)
    disagreement = (f"formula {short(text)}: * reads as Octave's matrix product or as C's (or NumPy's) product entry"
                    " by entry, and the two readings do not agree; show the language: .* for Octave's entrywise"
                    " product (u' * v for the inner product), or C's w[i] for an entry")
    # where the product entry by entry is refused (its shapes read nothing: a vector where a number stands), Octave's
    # is the one reading
    return either_reading(lambda: judge(text), lambda: judge(products), disagreement,
                          other_alone=lambda refusal: True)
