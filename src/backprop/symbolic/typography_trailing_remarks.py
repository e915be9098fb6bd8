"""A remark after a formula on its own line (a part of typography.py's cleaning, after typography_prose.py's inline
formulas): the sentence after the formula's full stop (``w += eta * (y - a) * x. If the guess was right, ...``), a
sentence glued to the formula by its comma or full stop where a page lost its delimiters (``...{a_i^L(1-a_i^L)}.In
case we use ...``), and prose after the semicolon that ends the formula, Latin's or Arabic's. What is kept is the
formula; a line whose remark holds a relation of its own (a second equation) is kept whole, and refused, rather than
lose a claim.

String rewriting with bounded loops over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import PRINTED, net_depth
from .script_letters import ARABIC_LETTER
from .typography_comments import CONNECTIVE_WORD
from .typography_premises import _NEGATION_WORD
from .typography_prose import LONE_WORD, _RELATION

# a sentence after the formula: its full stop after the formula's last character (a letter, a digit, a closing
# bracket, a prime or a code span's closing backtick), a space, then a capitalised word and a word in lower case
# ("input. If the guess ..."). Never a decimal point (0.5) nor code's dot (x.T, np.dot), which no space follows, nor an abbreviation's
# (e.g., i.e., etc., approx.). A question's mark ends the formula's sentence so too, spaced from it or not (batch
# 135's "... = DY * dy/dx ?  I was expecting ...": the asker's question, then the next sentence)
_SENTENCE_AFTER = lazy_pattern(r"(?<=[A-Za-z0-9)\]}'`])(?<!\be\.g)(?<!\bi\.e)(?<!\betc)(?<!\bapprox)(?<!\bcf)(?<!\bvs)"
                               r"(?:\.|[ \t]*\?)[ \t]+(?=[A-Z][a-z]*,?[ \t]+[a-z])")


# an arrow in a remark, "(1-h2) => t1 (2,1)" (one thing becoming another, "gives"): no relation of an equation, so no
# claim the remark's cutting would lose
_ARROW = lazy_pattern(r"=>")


# Arabic prose after a formula, opened by the Arabic comma or semicolon (U+060C, U+061B), which no formula holds: "a
# (l) = g (z (l))؛ صفيف من قيم العقد ..." (its words in that script first, opened by a letter, ARABIC_LETTER; a layer's
# letter l among them allowed; no relation nor command in them), to the line's end or a table cell's (" | ||")
_ARABIC_REMARK = lazy_pattern(rf"(?<=[\w)\]}}'])[ \t]*[\u060c\u061b][ \t]*(?={ARABIC_LETTER})[^=<>|\\\n]*?[ \t]*(?=\||$)",
                              re.M)


def without_sentence_after(text: str, math_words: set) -> str:
    """Each line of ``text`` without the sentence after its formula's full stop (``w += eta * (y - a) * x. If the
    guess was right, nothing changes.``): a remark; so is the sentence glued to a formula by its comma or full stop
    where a page lost its delimiters (_GLUED_SENTENCE), and prose after the semicolon that ends the formula, Arabic
    after the Arabic comma or semicolon (_ARABIC_REMARK), words of prose after the Latin one (_LATIN_REMARK). A line
    whose sentence holds a relation of its own (a second equation) is kept whole, and refused, rather than lose a
    claim."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        match = _SENTENCE_AFTER.search(line)
        remark = _ARABIC_REMARK.search(line) if "\u060c" in line or "\u061b" in line else None
        remark = remark or (_latin_remark(line, math_words) if ";" in line else None)
        if match and _RELATION.search(line, 0, match.start()) and not _RELATION.search(_ARROW.sub("  ", line),
                                                                                      match.end()):
            lines[number] = line[:match.start()]
        elif remark and _RELATION.search(line, 0, remark.start()) and net_depth(line[:remark.start()], PRINTED) == 0:
            lines[number] = (line[:remark.start()] + " " + line[remark.end():]).rstrip()
        elif (cut := _glued_sentence(line, math_words)) is not None:
            lines[number] = line[:cut]
    return "\n".join(lines)


# words after the Latin semicolon ending a formula, "\delta = errors \odot f'(y); this is what gets propagated to the
# previous layer", to the line's end or a table cell's (_latin_remark says whether they are prose)
_DIGIT_OR_SEMICOLON = lazy_pattern(r"[;\d]")
_LATIN_REMARK = lazy_pattern(r"(?<=[\w)\]}'])[ \t]*;[ \t]+(?=[^\W\d_]{2,}[ \t])[^|\n]*?[ \t]*(?=\||$)", re.M)


def _latin_remark(line: str, math_words: set) -> re.Match | None:
    """The remark after ``line``'s formula and its Latin semicolon (_LATIN_REMARK), or None: two words of prose or
    more, none a name of the formula's nor a word of arithmetic (``math_words``), and no relation, operator, bracket
    nor command among them, so that they hold no claim nor factor (a semicolon is no product; ``A = B; C = D`` keeps
    its second claim, read or refused as before), nor a negation (``; this is not right`` may deny the formula)."""
    for match in _LATIN_REMARK.finditer(line):
        remark = line[match.start():match.end()].lstrip(" \t;")
        names = {name.lower() for name in re.findall(r"[^\W\d_]+", line[:match.start()])} | math_words
        words = [word.group(0).lower() for word in LONE_WORD.finditer(remark)]
        if len(words) >= 2 and not set(words) & names and not any(
                pattern.search(remark) for pattern in (_NO_PROSE, _RELATION, _NEGATION_WORD, _DIGIT_OR_SEMICOLON)):
            return match
    return None


# a sentence glued to a formula's last character by its comma or full stop, with no space, as a page stored without
# its delimiters runs each formula into the prose after it ("...{1+\exp{(z_i^l)}},with", "...{a_i^L(1-a_i^L)}.In case
# we use ..."): a word of two letters or more standing alone after the punctuation (never code's attribute or call,
# x.T, W.grad, np.dot(...), nor a decimal's digits); after a full stop the next sentence's capital (self.lr * g is
# code's attribute), and no operator, bracket nor command in the words (l-1 and l=L glued inside them allowed)
_GLUED_SENTENCE = lazy_pattern(r"(?<=[\w)\]}'])(?:,|\.(?=[A-Z]))(?=(?P<word>[A-Za-z]{2,})(?:[ \t]|$))")
_NO_PROSE = lazy_pattern(r"[*/^\\(){}\[\]]|\s[-+=<>]|[-+=<>]\s")
# an index set to its last value inside such a sentence, "at the final layer l=L": the same letter in both cases,
# no quantity's claim
_INDEX_AT_BOUND = lazy_pattern(r"(?<![\w\\])([a-z])\s*=\s*(?!\1)(?i:\1)(?!\w)")


def _glued_sentence(line: str, math_words: set) -> int | None:
    """Where the sentence glued to ``line``'s formula starts (its punctuation), or None: the formula before it claims
    (a relation) and closes its brackets, and the words after it are prose: a connective word alone (``,with``) or a
    run of two words or more (``.In case we use ...``), none of them a name of the formula's nor a function's, and
    no relation but an index at its bound. A line with delimiters or a comment's marks is kept (inline_formulas and
    typography_comments read those)."""
    if any(mark in line for mark in ("$", "\\(", "`", "#", "//")):
        return None
    for match in _GLUED_SENTENCE.finditer(line):
        formula, rest = line[:match.start()], line[match.end():]
        if not _RELATION.search(formula) or net_depth(formula, PRINTED) != 0:
            continue
        names = {name.lower() for name in re.findall(r"[^\W\d_]+", formula)} | math_words
        words = [word.group(0) for word in LONE_WORD.finditer(rest)]
        alone = re.fullmatch(CONNECTIVE_WORD + r"[ \t.,;:]*", rest) is not None
        prose = alone or (len(words) >= 2 and words[0] == match.group("word"))
        if prose and not {word.lower() for word in words} & names and not _NO_PROSE.search(rest) \
                and not _RELATION.search(_INDEX_AT_BOUND.sub(" ", rest)):
            return match.start()
    return None
