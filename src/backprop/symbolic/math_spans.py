"""Where a text's mathematics is: ``$...$``, ``$$...$$``, ``\\[...\\]``, ``\\(...\\)``, ``\\begin{equation|align|...}``
(starred or not) and GitHub's ```math fence, in reading order. One definition for grade (grading/document.py, a
submission's chains) and for check (typography_prose.py, a line of prose around inline formulas).

Scanning is linear in the text's length and never recursive: an unclosed delimiter is reported to the caller, and
the rest of the text is still read.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

OPEN = re.compile(r"\$\$|\\\[|\\\(|\\begin\{(equation|align|aligned|gather|multline|eqnarray|split|displaymath"
                  r"|math|alignat)(\*?)\}|(?<!\\)\$|(?<![^\n])```math(?=[ \t]*\n)")
# GitHub's ```math fenced block is display mathematics, as check reads it (typography.strip_math_delimiters)
CLOSERS = {"$$": "$$", "\\[": "\\]", "\\(": "\\)", "$": "$", "```math": "```"}
INLINE_OPENERS = ("$", "\\(")
# Markdown's inline code, `z1 = W1 x + b1`: balanced runs of backticks only (a lone ` is no delimiter)
CODE_SPAN = re.compile(r"(`+)([^`]+)\1(?!`)")
_TEX_COMMENT = re.compile(r"(?<!\\)%[^\n]*")


def math_spans(text: str, unclosed: Callable[[int, str, str], None] = lambda start, opener, closer: None
               ) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, LaTeX, display?) of each piece of mathematics in ``text``: start where its opening delimiter
    starts, end where its closing one ends. ``unclosed(start, opener, closer)`` hears of each delimiter never
    closed (a lone dollar, a price, is no mathematics and not reported)."""
    position = 0
    absent = set()  # closers that do not occur after the current position: never searched again
    while True:
        match = OPEN.search(text, position)
        if match is None:
            return
        opener = match.group(0)
        if match.group(1):
            environment = match.group(1) + match.group(2)
            closer = f"\\end{{{environment}}}"
        else:
            closer = CLOSERS[opener]
        end = -1 if closer in absent else text.find(closer, match.end())
        if end < 0:
            absent.add(closer)
        if opener == "$" and (end < 0 or "\n\n" in text[match.end():end]):
            # a lone dollar (a price, or an inline formula left open): not mathematics
            position = match.end()
            continue
        if end < 0:
            unclosed(match.start(), opener, closer)
            position = match.end()
            continue
        # TeX's comments inside mathematics, to the end of their line (MathJax's too): not typeset, not claims
        yield (match.start(), end + len(closer), _TEX_COMMENT.sub("", text[match.end():end]),
               opener not in INLINE_OPENERS)
        position = end + len(closer)
