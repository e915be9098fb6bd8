"""Code comments and labels that hold a page's claim where only the notation tells the claim from the words around it
(a part of homework.check_homework's reading, before typography's cleaning, which knows no notation):

* MATLAB's statements commented out (typography_code.uncommented_statements);
* a comment's words leading into its equation, ``// Output layer δ = (t - o) * o * (1 - o)``, or into an equation in
  parentheses closing the comment, ``// Calculate output layer error (δ_output = (ŷ - y) * σ'(z_out))``: the
  equation, where the notation names its left side and no word before it is a name it reads (a word that may be the
  formula's is never dropped unsaid: refused);
* a label that is a name with a number before a colon, ``h1: incoming error = δ_o1 * w11 + ...`` (which unit the line
  is about), before an equation whose left side the notation names and the label not: the equation.

A comment's line whose words lead into an equation the notation does not name stays as it was (a remark in words,
``# This equals ...``, ``# here t = 1``), as code_comments reads it. What the words before a named left side make of
the line (a lead-in, a remark, or a guess refused) is lead_in_words.words_before_left's, the one decision
typography_comments' notation-free reading takes too.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .formula_remarks import notation_names
from .lead_in_words import REMARK, UNSURE, words_before_left
from .quantities import FormulaError, short
from .typography import MATH_WORDS
from .typography_code import uncommented_statements
from .typography_comments import PROSE_WORDS, arguments_closed

# a line that is only a comment (# or //), its words of prose (two letters or more each, spaced), then the left side of
# an equation (in an opening parenthesis or not) and the rest of the line: "// Output layer δ = ...", "# Calculate
# output layer error (δ_output = ...)"
_LED_IN_COMMENT = lazy_pattern(r"^(?P<head>[ \t]*(?:#+|//)[ \t]*)(?P<words>(?:[^\W\d_]{2,}[ \t]+)+)(?P<open>\([ \t]*)?"
                               r"(?P<left>[^\s=()\[\]{},;:]+)[ \t]*=(?![=>])(?P<right>[^\n]*)$", re.M)
# a label that is a name and its number (a unit's, h1, o2) opening a line, a colon and a space, then an equation's left
# side (words may be one name, "incoming error") and its =
_NAME_LABEL = lazy_pattern(r"^(?P<indent>[ \t]*)(?P<label>[^\W\d_]+[0-9]+):[ \t]+(?P<left>[^\W\d][^=:\n]*?)[ \t]*"
                           r"=(?![=>])", re.M)
# TeX's control word, \sum: a command, never a word of prose
_CONTROL_WORD = lazy_pattern(r"\\[A-Za-z]+")


def commented_claims(text: str, notation) -> str:
    """``text`` with the claims its code comments and labels hold (the module docstring) written as check reads them:
    MATLAB's statements commented out as statements, a comment's equation after its words as a comment holding the
    equation alone (``// δ = ...``), an equation after a label of a name and its number as the equation."""
    named = notation.gives_name if notation is not None else (lambda name: False)
    text = uncommented_statements(text, named)
    if notation is None or "=" not in text:
        return text
    if "#" in text or "//" in text:
        text = _LED_IN_COMMENT.sub(lambda match: _comment_claim(match, notation), text)
    return _NAME_LABEL.sub(lambda match: _label_dropped(match, notation), text) if ":" in text else text


def _names_left(left: str, notation) -> bool:
    """Whether the notation names ``left``, as written or with its spaces as a code name's underscores."""
    return notation.gives_name(left) or notation.gives_name(re.sub(r"\s+", "_", left.strip()))


def _comment_claim(match: re.Match, notation) -> str:
    """A comment's line as its mark and its equation (_LED_IN_COMMENT), where the notation names the equation's left
    side, its words are prose and name nothing the notation reads, and the equation holds no prose; a parenthesis
    opened before the left side closes the line. The line as it is otherwise; FormulaError where a word before the
    left side is a name a formula may hold (it may be a factor of the left side, or the comment's word)."""
    words, left, right = match.group("words").split(), match.group("left"), match.group("right").rstrip()
    if not _names_left(left, notation):
        return match.group(0)
    known, _letters = notation_names(notation)

    def reads(word: str) -> bool:  # a name a formula may hold: the notation's, a function's, a Greek letter's
        return word in known or word.lower() in MATH_WORDS or notation.gives_name(word)
    # "# if positive δ = ...", "# here H = 1", "# not δ = ...": a condition, a premise, a denial, a guess (a remark)
    verdict = words_before_left(words, reads)
    if verdict == REMARK:
        return match.group(0)
    if match.group("open"):
        right = re.sub(r"[ \t]*\)[ \t.]*$", "", right, count=1)
        if right == match.group("right").rstrip() or right.count("(") != right.count(")"):
            return match.group(0)  # the parenthesis does not close the line: words follow the equation
    if PROSE_WORDS.search(arguments_closed(_CONTROL_WORD.sub(" ", right))):
        return match.group(0)  # words inside the equation: a remark, as code_comments reads it
    if verdict == UNSURE:
        readable = next(word for word in words if reads(word))
        raise FormulaError(f"formula {short(match.group(0).strip())}: the comment's word {readable!r} before"
                           f" {left} = is a name a formula reads, so whether it is the equation's or the comment's"
                           f" is a guess; write the equation alone on its comment's line"
                           f" ({match.group('head').strip()} {left} = ...)")
    return f"{match.group('head')}{left} ={right}"


def _label_dropped(match: re.Match, notation) -> str:
    """A line's equation after its label of a name and its number (_NAME_LABEL), where the notation names the
    equation's left side and not the label (``x1: float = ...`` would be the label's type); the line otherwise."""
    if notation.gives_name(match.group("label")) or not _names_left(match.group("left"), notation):
        return match.group(0)
    return match.group("indent") + match.group(0)[match.start("left") - match.start():]
