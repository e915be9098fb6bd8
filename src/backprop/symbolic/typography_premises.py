"""A premise a derivation states for the terms of one of its sums (a part of typography_prose's reading of a chain
over display blocks): a case of the sum's letter and an equation that holds there, ``if $i\\neq{1}
\\frac{\\partial out_{hi}}{\\partial net_{h1}}=0$`` in the words between two blocks (Cross Validated's "Now for this
activation function if ... so we get") or ``[if i\\neq{1}, \\frac{\\partial net_{hi}}{\\partial w_{1}}=0]`` closing
a block. It is the step's reason, no member of the chain: the chain's members are judged as written at every value
of their letters, which the premise, a fact about terms the sum adds, does not restrict.

String rewriting over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re

# the case, a letter unequal (or equal) to a number or a letter, then the equation, in one inline formula or a
# bracket: "if $i\neq{1} X=0$", "if $i \ne j$, $X = 0$", "[if i\neq{1}, X=0]"; group "letter" the case's letter
_CASE = r"(?i:if|when|whenever|for)\s+\$?\s*(?P<letter>[A-Za-z])\s*(?:\\neq?(?![A-Za-z])|!=|\u2260|=)\s*" \
        r"(?:\{\s*(?:\d+|[A-Za-z])\s*\}|\d+|[A-Za-z])(?![\w{])\s*\$?\s*,?\s*\$?"
# the equation: one relation, no delimiter, bracket nor second relation in it
_EQUATION = r"[^$\[\]=<>\n]+=[^$\[\]=<>\n]+?"
_PREMISE_IN_WORDS = re.compile(rf"{_CASE}(?P<equation>{_EQUATION})\s*\$")
_CLOSING_PREMISE = re.compile(rf"\[\s*{_CASE}(?P<equation>{_EQUATION})\s*\]\s*$")


def _summed(letter: str, chain: str) -> bool:
    """Whether ``chain`` sums over ``letter`` (\\sum_i, \\sum_{i}, \\sum_{i=1}^{n}): the case restricts its terms."""
    return re.search(rf"\\sum\s*(?:\\limits\s*)?_\s*(?:\{{\s*{letter}(?![A-Za-z])|{letter}(?![A-Za-z]))", chain) is not None


def premises_dropped(words: str, chain: str) -> tuple[str, bool]:
    """``words`` (between two blocks of the chain ``chain``, the blocks before them) without each premise on a letter
    the chain sums over, and whether one was dropped."""
    dropped = [match for match in _PREMISE_IN_WORDS.finditer(words) if _summed(match.group("letter"), chain)]
    for match in reversed(dropped):
        words = words[:match.start()] + " " + words[match.end():]
    return words, bool(dropped)


def without_closing_premise(latex: str) -> str:
    """A block's LaTeX without the bracketed premise closing it, ``... [if i\\neq{1}, X=0]``, where the block sums over
    its letter; as written otherwise."""
    match = _CLOSING_PREMISE.search(latex)
    if match is None or not _summed(match.group("letter"), latex[:match.start()]):
        return latex
    return latex[:match.start()].rstrip()
