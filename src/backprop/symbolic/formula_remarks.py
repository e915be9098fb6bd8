"""What a formula's text holds after the formula that is no part of it, told apart with the notation's names: an
equation's tag after an arrow, ``C = \\frac{1}{2} \\sum_j v_j^2 \\quad \\rightarrow (Eq \\;A)``, and a remark in
words in parentheses, ``a = g(z) (like an S curve or a ramp)``.

A trailing arrow (``\\rightarrow``, ``\\to``, ``\\Rightarrow``, ``-->``, ``→``) followed only by a parenthesised
label, ``(Eq A)``, ``(Eq. 3)``, ``(A)``, ``(B.1)``, ``(1)`` (EQUATION_LABEL), closing a line that holds a relation
before it (before its $$, \\], closing braces or a row break), names the equation as ``\\tag{A}`` does, and is read
as that tag (typography drops it). A label the notation could read as a quantity, every word of it a name
(``\\rightarrow (a)`` where the notation names a, or ``(C)``, a loss's default letter), is left as written.

Plain text's label in words closing a line after a formula (a relation before it), a dash then ``Eq.1`` (``... + b1 -
Eq.1``, ``-- Eq. 2``) or in parentheses (``(Eq. 2)``, ``(eq 3)``, ``(Equation 4)``), names the equation as ``\\tag{Eq.
1}`` does and is read as that tag, where its word is no name the notation reads (a notation naming E and q reads
``- Eq.1`` as a term, left as written). A bare number in parentheses, ``(1)``, is an equation's number or a factor:
two_readings judges it both ways.

A label written outside the mathematics, ``(2)``, ``(3b)``, ``(2.1)``, ``(iv)``, ``(Eq. 3)``, ``eq. (7)``, a chapter's
``(4-2)`` or ``(3-18)`` (in full-width parentheses too, ``（4-2）``), opening a line right before its first math
delimiter or closing it right after its last, is the label alone (never a factor: what stands outside the delimiters
is no part of the formula), dropped. (Inside the delimiters, ``\\quad (4-2)`` is two_readings' trailing number.)

A run of two or more words in parentheses closing a line after a formula (a relation before it), emphasis marks
around a word allowed (``(a *convex* function)``), or after a colon (a list item's ``z=wTx+b: tổng có trọng số``), is
a remark and dropped where it cannot be mathematics: no word
of it but an article (a, an, the) is a name of the notation, and one of its words is prose, a word of three letters
or more that is no function's or Greek letter's name and holds a letter no name of the notation reads. A note
opening with a condition's word (``(if z > 0)``) is left as written. A note in words opening with a connective
(since, because, where, as, for) and holding no relation, comparison nor command, ``(since b2 is shared)``, ``(for
each sample)``, is a remark too where one of its words is prose; ``(for j = k)`` is left as written. A shape in
parentheses after a comma closing the line, its word said (``z = W x, (W = 2 \\times 2 matrix)``, ``,(a 3 x 1
vector)``), is a remark too; a parenthesis after a comma holding anything else is left as written (``A = B, (C)``).
A remark in Chinese, Japanese or Korean closing a line, in full-width parentheses or none (``... dsigmoid(self.ao[k])
这行有问题吧？``, after a formula ending cleanly), is dropped where it holds no Latin letter, digit, relation nor name;
so is one in any script of prose (Thai, the Indic scripts, Arabic, Hebrew: script_letters.PROSE_SCRIPT_LETTER, with their
marks) in parentheses or after an arrow, a check or cross mark after it, ``= 0.6 (ปรับเพิ่มขึ้น)``, ``→ ไปเที่ยว ✓``.
A name's meaning said in parentheses closing a line, ``(where 1(x>0) is the indicator function)`` (no equation in
it), is a remark too. A list of parameters given a name of its own, ``\\( \\boldsymbol{\\Theta}=[w_1,w_2,b_1,b_2] \\)`` after a cost's ``C(x;\\boldsymbol{\\Theta})``, is a
definition, no claim, dropped where the notation reads no such name and knows every entry.

(An equation's number in an alignment column of its own, ``... & (5) \\\\``: column_numbers.py.)
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .math_spans import math_spans
from .notation import Notation
from .script_letters import COMBINING_MARK, EAST_ASIAN_LETTER, EAST_ASIAN_PUNCTUATION, PROSE_SCRIPT_LETTER
from .typography import MATH_WORDS
from .typography_comments import unframed_comments
from .typography_emphasis import CONDITION_NOTE
from .typography_premises import REMARK_INSIDE_FORMULA
from .typography_unicode import DASH_CHARACTERS

# the letters a formula may hold without a notation naming them: symbols.md's defaults, Euler's e, a loss's letters
LETTER_NAMES = "WwbzaxytLEeCJ"
# a textbook's equation number, 3, 5.19, 2.1a (no leading 0)
EQUATION_NUMBER = r"[1-9]\d*(?:\.\d+)*[a-z]?"
#: a chapter's number, a dash and the equation's number in that chapter, 4-2, 3–18 (as Chinese and Japanese textbooks,
#: and pages copied from them, number their displays: (4-2) after the formula); no leading 0 on either side
CHAPTER_EQUATION_NUMBER = rf"[1-9]\d*[{DASH_CHARACTERS}][1-9]\d*[a-z]?"
#: spacing between the parts of a tag: blanks, TeX's \, \; \: \  \quad \qquad and ~
TEX_SPACING = r"(?:[ \t~]|\\[,;: ]|\\q?quad(?![A-Za-z]))*"
# TEX_SPACING bounded, where a pattern tries it after each character of a run (a formula's end, or what follows a
# non-blank): unbounded, each try would scan the run to its end (quadratic in C, cubic beside a second run, past any
# time limit); 16 commands in a row are far more than any page writes
_SPACES = r"(?:[ \t~]|\\[,;: ]|\\q?quad(?![A-Za-z])){0,16}"
# an equation's label: perhaps the word Eq (Eq., Eqn, Equation), then its number or a capital and its number
# (a capital perhaps then a number: (A), (B.1), Mitchell's (T4.3), (A1))
EQUATION_LABEL = (rf"(?:(?:Eq|Eqn|Equation|eq)\.?{TEX_SPACING})?(?:{EQUATION_NUMBER}|[A-Z](?:[1-9]\d*)?(?:\.\d+)*[a-z]?)")
_ARROW = r"(?:\\(?:long)?(?:rightarrow|Rightarrow)(?![A-Za-z])|\\Longrightarrow|\\to(?![A-Za-z])|-->|\u2192|\u21d2)"
# the end of a line closing a formula: its closing delimiters ($, $$, \], \)), closing braces and row break, if any
_LINE_END = r"(?=(?:[ \t]*(?:\$\$?|\\\]|\\\)|\}))*[ \t]*(?:\\\\)?[ \t]*$)"
# the arrow and the label closing a line (_LINE_END), after a formula
_ARROW_TAG = lazy_pattern(rf"(?<=\S){_SPACES}{_ARROW}{TEX_SPACING}\(({TEX_SPACING}{EQUATION_LABEL}{TEX_SPACING})\){_LINE_END}",
                          re.M, needs=("-->", "Rightarrow", "\\to", "rightarrow", "→", "⇒"))
# dot leaders before the label, two or more (\cdots, \ldots, \dots, ..., ……, \space between them), perhaps in a $...$
# of their own after the formula's ("$\delta_k \leftarrow ...$ $\cdots\space\cdots(T4.3)$", Mitchell's notes): a
# table of contents' way of setting an equation's tag at the line's end; one ellipsis is a formula's, never leaders;
# a run of four dots or more is leaders alone (batch 177's "y_i(n).....(2)$$": no ellipsis has five dots)
_LEADER = r"(?:\\[cl]?dots(?![A-Za-z])|\.{3,}|\u2026{1,2})"
_LEADER_GAP = r"(?:[ \t~]|\\[,;: ]|\\space(?![A-Za-z])|\\q?quad(?![A-Za-z])){0,16}"
_LEADER_TAG = lazy_pattern(rf"(?<=\S)[ \t]*(?:\$[ \t]*\$)?{_LEADER_GAP}(?:\.{{4,}}|{_LEADER}(?:{_LEADER_GAP}{_LEADER})+)"
                           rf"{_LEADER_GAP}\(({TEX_SPACING}{EQUATION_LABEL}{TEX_SPACING})\){_LINE_END}", re.M)
# an equation's label in words closing a line after a formula, plain text's way of numbering it: a dash then Eq.1
# ("... + b1 - Eq.1", "-- Eq. 2"), or in parentheses ("(Eq. 2)", "(eq 3)", "(Equation 4)"); group 1 the word, 2 the
# number; before the line's end (_LINE_END)
_WORD_TAG = lazy_pattern(rf"(?<=\S)[ \t]+(?:[{DASH_CHARACTERS}]{{1,2}}[ \t]*(Eq|Eqn|Equation|eq)\.?{TEX_SPACING}"
                         rf"({EQUATION_NUMBER})|\({TEX_SPACING}(Eq|Eqn|Equation|eq)\.?{TEX_SPACING}({EQUATION_NUMBER})"
                         rf"{TEX_SPACING}\))[ \t.,;]*{_LINE_END}", re.M)
# a label in words after a left arrow closing a line, a slide's or a quiz's name for the step the formula on its left
# is ("Z1 = XW1 + b1 ← Pre-activation", "A2 = g(Z2) ← Final output"), or a remark on the result in words, an
# exclamation or a question, Spanish's opening mark too (batch 170's "dL/dz = σ(z) - y ← ¡Mucho más simple!");
# group 1 the words, up to five
_ARROW_WORDS = lazy_pattern(r"(?<=\S)[ \t]+(?:←|<--|\\leftarrow(?![A-Za-z]))[ \t]+[¡¿]?"
                            r"([^\W\d_][\w-]*(?:[ \t]+[^\W\d_][\w-]*){0,4})"
                            rf"[ \t.!?]*{_LINE_END}", re.M)
# an equation's label outside its math delimiters: (2), (3b), (2.1), (iv), (A), (Eq. 3), or eq. (7) / Eq 7 (a word,
# then the number in parentheses or not), a chapter's (4-2) or (3-18) in ASCII's or full-width parentheses, alone
# before the line's first delimiter or after its last
_OUTSIDE_LABEL = (rf"(?:(?:Eq|Eqn|Equation|eq)\.?{TEX_SPACING}"
                  rf"(?:\({TEX_SPACING}(?:{EQUATION_NUMBER}|{CHAPTER_EQUATION_NUMBER}){TEX_SPACING}\)"
                  rf"|{EQUATION_NUMBER})"
                  rf"|\({TEX_SPACING}(?:{EQUATION_LABEL}|{CHAPTER_EQUATION_NUMBER}|[ivx]{{1,4}}|[a-z]){TEX_SPACING}\)"
                  rf"|\uff08[ \t]*(?:{EQUATION_NUMBER}|{CHAPTER_EQUATION_NUMBER})[ \t]*\uff09)")
_LABEL_OPENING = lazy_pattern(rf"^[ \t]*{_OUTSIDE_LABEL}[ \t]*(?=\S)", re.M)
_LABEL_CLOSING = lazy_pattern(rf"(?<=\S)[ \t]*{_OUTSIDE_LABEL}[ \t.,;]*$", re.M)
# the formula before a remark closing its line (group 1): a relation in it, and its last character; where the remark
# asks it to end cleanly, that character a name's, a number's, a closing bracket or a prime
_FORMULA = r"^([^\n=<>]*+[=<>][^\n]*?[^\s(])"
_CLEAN_FORMULA = r"^([^\n=<>]*+[=<>][^\n]*?[\w)\]}'])"
# a word in parentheses, perhaps emphasised: like, *convex*, _not_
_WORD = r"[*_]{0,2}[^\W\d_]+[*_]{0,2}"
# what stands between a remark's words: spaces and commas, or a slash, a plus or an ampersand joining two names of
# things, (<act>/<act> + CE gift) (batch 156's handbook: a remark, never a quotient or a sum of the notation's)
_BETWEEN_WORDS = r"[ \t,]+|[ \t]*[/+&][ \t]*"
# two words or more in parentheses closing a line, after a formula's relation and its last character
_REMARK = lazy_pattern(rf"{_FORMULA}[ \t]+\([ \t]*({_WORD}(?:(?:{_BETWEEN_WORDS}){_WORD})+)[ \t]*\)[ \t]*$", re.M)
_ARTICLES = {"a", "an", "the"}
# two words or more after a colon closing a line, after a formula's relation and its clean end (a name, a number, a
# closing bracket or a prime): a list item's "formula: description", z=wTx+b: tổng có trọng số (no digit, relation,
# bracket nor command after the colon: Ng's w_1: w_1 - \alpha dw_1 and a ratio 1:2 are no such remark)
_COLON_REMARK = lazy_pattern(rf"{_CLEAN_FORMULA}[ \t]*:[ \t]+({_WORD}(?:[ \t,]+{_WORD})+)[ \t.]*$", re.M)
# a premise or an aside in words in parentheses closing a line after a formula, opening with a word of a remark
# (typography_premises.REMARK_INSIDE_FORMULA) and holding no relation, comparison nor command: (since b2 is shared),
# (because c is shared), (for each sample)
_CONNECTIVE_REMARK = lazy_pattern(rf"{_FORMULA}[ \t]+\([ \t]*(?i:{REMARK_INSIDE_FORMULA})[ \t]+"
                                  r"([^()=<>\\\n]*)\)[ \t]*$", re.M)
# a name's meaning said in parentheses closing a line after a formula, "(where 1(x>0) is the indicator function)",
# "(with σ'(z) denoting the slope)": a connective, what is named (a call and its comparison allowed, no equation),
# then "is the", "are the", "denotes", "means" and words; it defines notation, no claim
_NAMING_REMARK = lazy_pattern(rf"{_FORMULA}[ \t]+\([ \t]*(?i:where|with)[ \t]+"
                              r"([^()=\n]*?(?:\([^()=\n]*\)[^()=\n]*?)*[ \t](?:is|are|denotes|denoting|means)[ \t]+"
                              r"(?:(?:the|an?)[ \t]+)?[^\W\d_][^()=<>\\\n]*)\)[ \t.]*$", re.M,
                              needs=("are", "denotes", "denoting", "is", "means"))
# a name's meaning said in words in parentheses closing a line after a formula, "(W = weights from this layer to the
# next, BEFORE update)": a name, = or :, then words only (two at least, commas and hyphens between them); it defines
# notation, no claim, where one word is prose and none a name of the notation's
_DEFINED_IN_WORDS = lazy_pattern(rf"{_FORMULA}[ \t]+\([ \t]*(?:\\?[^\W\d_]\w*)[ \t]*[=:][ \t]*"
                                 r"([^\W\d_]{2,}(?:[ \t,-]+[^\W\d_]+)+)[ \t]*\)[ \t.]*$", re.M)
# a shape remarked in parentheses after a comma closing a line, perhaps the name it is of first, the shape's word glued
# or not: ..., (W = 2 \times 2 matrix), ...,(a 3 x 1 vector), ..., (W: n × m matrix)
_SHAPE_WORDS = r"(?:matrix|matrices|vector|vectors|array|arrays|tensor)"
_SHAPE = r"(?:\d+|[A-Za-z])[ \t]*(?:\\times(?![A-Za-z])|x|\u00d7|\*)[ \t]*(?:\d+|[A-Za-z])"
_COMMA_SHAPE = lazy_pattern(r"^([^\n=<>]*+[=<>][^\n]*?[^\s(,])[ \t]*,[ \t]*\([ \t]*"
                            r"(?:[A-Za-z]\w*[ \t]*(?:=|:|is[ \t])[ \t]*)?(?:an?[ \t]+)?"
                            rf"{_SHAPE}[ \t]*{_SHAPE_WORDS}[ \t]*\)[ \t]*$", re.M,
                            needs=("array", "matrices", "matrix", "tensor", "vector"))
# a remark in full-width parentheses closing a line after a formula, as Chinese and Japanese notes write one: its
# words hold a letter of Chinese, Japanese or Korean and no relation, (用MSE举例); its closing
# full stop (。) and spacing (the ideographic space) are its own
_FULL_WIDTH_REMARK = lazy_pattern(r"^([^\n=<>]*+[=<>][^\n]*?\S)[ \t\u3000]*\uff08([^\uff08\uff09=<>\n]*"
                                  rf"{EAST_ASIAN_LETTER}[^\uff08\uff09=<>\n]*)\uff09[ \t\u3000\u3002.]*$", re.M)
# a remark in Chinese, Japanese or Korean after a formula on its line, an issue title's question or a note,
# "output_deltas[k] = error * dsigmoid(self.ao[k]) 这行有问题吧？": the formula ends cleanly before it (a name, a number
# or a closing bracket, never an operator), spaced from it, and it holds only that script's letters, its
# punctuation (、。，？！ and the full-width forms, one at least: a sentence, never a lone word such as 出力, which
# a notation may name) and spaces, no Latin letter, digit nor relation, and no name of the notation's
_EAST_ASIAN_REMARK = lazy_pattern(rf"{_CLEAN_FORMULA}[ \t\u3000]+({EAST_ASIAN_LETTER}"
                                  rf"(?:{EAST_ASIAN_LETTER}|[ \t])*{EAST_ASIAN_PUNCTUATION}"
                                  rf"(?:{EAST_ASIAN_LETTER}|{EAST_ASIAN_PUNCTUATION}|[ \t])*)$", re.M)
# a remark in a script of prose (Thai, Hindi, Arabic, Chinese: PROSE_SCRIPT_LETTER) closing a line after a formula that
# ends cleanly, in parentheses, "w₁_new = ... = 0.6 (ปรับเพิ่มขึ้น)", or after an arrow, "... = 0.4 → ไปเที่ยว", a
# check or cross mark after it allowed: its words only that script's letters with their marks, spaces and punctuation
# (no Latin letter, digit, relation nor bracket: Thai writes a sentence without spaces, one run, never a name unless
# the notation gives it one); group 1 the formula, 2 the words
_PROSE_WORDS = rf"{PROSE_SCRIPT_LETTER}(?:{PROSE_SCRIPT_LETTER}|{COMBINING_MARK}|[ \t,.!?\u3001\u3002\u060c])*"
_PROSE_ARROW = r"(?:\\(?:rightarrow|to)(?![A-Za-z])|[\u2192\u21d2]|-+>)"
_PROSE_SCRIPT_REMARK = lazy_pattern(rf"{_CLEAN_FORMULA}[ \t]*(?:{_PROSE_ARROW}[ \t]*({_PROSE_WORDS})"
                                    rf"|\([ \t]*({_PROSE_WORDS})\))[ \t]*[\u2713\u2714\u2717\u2718]?[ \t.]*$", re.M)
# a range remarked after a formula on its line, an interval of two numbers (or infinities) in parentheses or brackets:
# ",\; H = (0,1)", "\quad y \in [0, 1]", "\in (-1, 1)" closing the formula (H the notes' word for the function's range);
# group 1 the formula before it, 2 the name, if any, 3 its relation (= or \in)
_BOUND = r"[ \t]*+(?:-[ \t]*+)?(?:\d+(?:\.\d+)?|\\infty)[ \t]*+"
_INTERVAL = rf"(?:\\left)?[(\[]{_BOUND},{_BOUND}(?:\\right)?[)\]]"
_RANGE_REMARK = lazy_pattern(rf"^([^\n=]*+=[^\n]*?[^\s,=])[ \t]*+,?(?>{_SPACES})((?:[A-Za-z]|\\[A-Za-z]+)(?:_\{{[^{{}}\n]*\}}|_\w)?)?"
                             rf"{_SPACES}(=|\\in(?![A-Za-z])){TEX_SPACING}{_INTERVAL}[ \t.,;]*"
                             r"(?=(?:\$\$?|\\\]|\\\))?[ \t]*$)", re.M)
# a claim's relation, which the formula before a tag holds (w \to (1) alone is an update, not a tag)
_RELATION = lazy_pattern(r"=|\\(?:leftarrow|approx|equiv|propto)(?![A-Za-z])")


def notation_names(notation: Notation | None) -> tuple[set, set]:
    """The names a text may use with ``notation``: its names of several characters and its functions, and the single
    letters it reads (LETTER_NAMES and the notation's own)."""
    known = (notation.bases | notation.names() | set(notation.functions)) if notation is not None else set()
    return known, set(LETTER_NAMES) | {name for name in known if len(name) == 1}


def _readable(word: str, known: set, letters: set) -> bool:
    """Whether ``word`` could stand in a formula: a name, a function's or Greek letter's, or letters each a name."""
    return word in known or word.lower() in MATH_WORDS or set(word) <= letters


def arrow_tag_as_tag(text: str, notation: Notation | None) -> str:
    """``text`` with each line's closing arrow or dot leaders and label (_ARROW_TAG, _LEADER_TAG) written as the
    label's ``\\tag{...}``, where
    some word of the label is no name the notation reads (a number alone is a label)."""
    known, letters = notation_names(notation)

    def tagged(match: re.Match) -> str:
        label = re.sub(r"\\q?quad|\\.|~", " ", match.group(1))
        words = re.findall(r"[A-Za-z]+", label)
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if words and all(_readable(word, known, letters) for word in words) or not _RELATION.search(line):
            return match.group(0)  # \rightarrow (a): the notation's a; w \to (1): an update, w becomes 1
        return r" \tag{%s}" % " ".join(label.split())
    if "(" not in text:
        return text
    text = _LEADER_TAG.sub(tagged, text) if ".." in text or "dots" in text or "\u2026" in text else text
    return _ARROW_TAG.sub(tagged, text)


def word_tags_as_tags(text: str, notation: Notation | None) -> str:
    """``text`` with each line's closing label in words (_WORD_TAG: ``- Eq.1``, ``(Eq. 2)``) written as its
    ``\\tag{Eq. 1}``, after a formula's relation on its line, where the word is no name the notation reads (a notation
    naming E and q reads ``- Eq.1`` as a term: left as written)."""
    if "q" not in text:
        return text
    known, letters = notation_names(notation)

    def tagged(match: re.Match) -> str:
        word, number = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if _readable(word, known, letters) or not _RELATION.search(line):
            return match.group(0)
        return r" \tag{%s. %s}" % (word, number)
    return _WORD_TAG.sub(tagged, text)


def arrow_words_as_tags(text: str, notation: Notation | None) -> str:
    """``text`` with each line's closing left arrow and label in words (_ARROW_WORDS: ``← Pre-activation``)
    written as the label's ``\\tag{...}``, after a formula's relation on its line, where some word of the label is no
    name the notation reads (``w = v ← u`` with u the notation's: left as written, an update's arrow)."""
    if "←" not in text and "leftarrow" not in text and "<--" not in text:
        return text
    known, letters = notation_names(notation)

    def tagged(match: re.Match) -> str:
        words = match.group(1).replace("-", " ").split()
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        if all(_readable(word, known, letters) for word in words) or not _RELATION.search(line):
            return match.group(0)
        return r" \tag{%s}" % " ".join(match.group(1).split())
    return _ARROW_WORDS.sub(tagged, text)


def without_outside_labels(text: str) -> str:
    """``text`` without the equation labels written outside the mathematics on its lines: ``(2) $a = b$``, ``$$a =
    b$$ eq. (7)``, ``\\[ ... \\] (3b)``: a label opening a line right before a math delimiter, or closing it right
    after one (a delimiter's mathematics is all the formula, so what stands outside it is never a factor)."""
    if "(" not in text and "q" not in text and "\uff08" not in text:
        return text
    spans = list(math_spans(text))
    starts, ends = {start for start, _end, _latex, _display in spans}, {end for _start, end, _latex, _display in spans}
    drops = [match.span() for match in _LABEL_OPENING.finditer(text) if match.end() in starts]
    drops += [match.span() for match in _LABEL_CLOSING.finditer(text) if match.start() in ends]
    for start, end in sorted(drops, reverse=True):
        text = text[:start] + text[end:]
    return text


def without_remarks(text: str, notation: Notation | None) -> str:
    """``text`` with each line's closing remark in words (_REMARK) dropped, where it cannot be mathematics (see the
    module docstring)."""
    known, letters = notation_names(notation)

    def remark(match: re.Match) -> str:
        words = [word.strip("*_") for word in re.split(_BETWEEN_WORDS, match.group(2))]
        if CONDITION_NOTE.match("(" + match.group(2)) \
                or any(word in known for word in words if word.lower() not in _ARTICLES) \
                or all(_readable(word, known, letters) or len(word) < 3 for word in words):
            return match.group(0)
        return match.group(1)
    def premise(match: re.Match) -> str:
        words = re.findall(r"[^\W\d_]{3,}", match.group(2))
        return match.group(1) if any(not _readable(word, known, letters) for word in words) else match.group(0)
    text = _FULL_WIDTH_REMARK.sub(lambda match: match.group(1), text) if "\uff08" in text else text
    # (a name of the notation's in that script, 损失 = "L", may be a factor: the line stays as written)
    # (both remarks hold a letter of a script beyond ASCII: an ASCII text skips them, and their patterns, whose
    # classes of thousands of code points cost milliseconds to compile, stay uncompiled)
    if not text.isascii():
        text = _EAST_ASIAN_REMARK.sub(lambda match: match.group(0) if any(name in match.group(2) for name in known)
                                      else match.group(1), text)
        # (a name of the notation's among its words, การตัดสินใจ = "z1[0]", may be a factor: the line stays as written)
        text = _PROSE_SCRIPT_REMARK.sub(lambda match: match.group(0) if any(
            name in (match.group(2) or match.group(3)) for name in known) else match.group(1), text)
    text = _COLON_REMARK.sub(remark, text) if ":" in text else text
    if "(" not in text:
        return text
    def defined(match: re.Match) -> str:
        words = re.findall(r"[^\W\d_]+", match.group(2))
        return match.group(0) if any(word in known for word in words) else premise(match)
    text = _NAMING_REMARK.sub(premise, _CONNECTIVE_REMARK.sub(premise, _DEFINED_IN_WORDS.sub(defined, text)))
    return _COMMA_SHAPE.sub(lambda match: match.group(1), _REMARK.sub(remark, text))


def without_ranges(text: str, notation: Notation | None) -> str:
    """``text`` with each line's closing range remark (_RANGE_REMARK) dropped: ``\\in`` an interval (membership, no
    equation; ``\\sigma(x) = ... \\in (0, 1)``, ``..., y \\in [0, 1]``), or ``H = (0,1)`` after a separator (a comma,
    TeX's spacing) where H is no name the notation reads (a name it reads equal to a pair is a claim, left as written)."""
    if "(" not in text and "[" not in text:
        return text
    known, letters = notation_names(notation)

    def remark(match: re.Match) -> str:
        name, relation = match.group(2), match.group(3)
        if relation == "=":
            between = text[match.end(1):match.start(2)] if name is not None else ""
            base = name.split("_")[0] if name is not None else ""
            if not re.search(r",|\\", between) or base in known or _readable(base.lstrip("\\"), known, letters):
                return match.group(0)  # a = (0, 1) alone, or the notation's name equal to a pair: a claim
        return match.group(1)
    return _RANGE_REMARK.sub(remark, text)


# a list of parameters' names given a name of its own, a cost's arguments C(x; \Theta) defined after it: \(
# \boldsymbol{\Theta}=[w_1,w_2,b_1,b_2] \) (in brackets, parentheses or braces; the name perhaps bold); group 1 the
# name, 2 the entries
_LIST_ENTRY = r"(?:\\[A-Za-z]+|[A-Za-z])(?:\s*[_^]\s*(?:\{[^{}]*\}|[A-Za-z0-9])){0,2}"
_PARAMETER_LIST = lazy_pattern(r"\s*(?:\\(?:boldsymbol|mathbf|bm|vec)\s*\{\s*(\\?[A-Za-z]+)\s*\}|(\\?[A-Za-z]+))\s*=\s*"
                               r"(?:\\left\s*)?(?:\[|\(|\\\{)(" + _LIST_ENTRY + r"(?:\s*,\s*" + _LIST_ENTRY + r")+)\s*"
                               r"(?:\\right\s*)?(?:\]|\)|\\\})\s*[.,;]?\s*")


def without_parameter_lists(text: str, notation: Notation | None) -> str:
    r"""``text`` without each piece of mathematics (or line) that only names a list of parameters,
    ``\( \boldsymbol{\Theta}=[w_1,w_2,b_1,b_2] \)`` after ``C(x;\boldsymbol{\Theta}) = ...``: a definition, no
    claim, where the list's name is none the notation reads (a name it reads, W = [w_1, w_2], is a claim of its
    entries, left as written) and every entry is a different name of the notation's (its base a name it knows)."""
    if "=" not in text or not any(bracket in text for bracket in "[(\\{"):
        return text
    known = notation_names(notation)[0]

    def listing(latex: str) -> bool:
        match = _PARAMETER_LIST.fullmatch(latex)
        if match is None or (match.group(1) or match.group(2)) in known:
            return False
        entries = [re.sub(r"\s+", "", entry) for entry in match.group(3).split(",")]
        return len(set(entries)) == len(entries) and all(re.match(r"\\?[A-Za-z]+", entry).group(0) in known
                                                         for entry in entries)
    for start, end, latex, _display in reversed(list(math_spans(text))):
        if listing(latex):
            text = text[:start] + " " + text[end:]
    return "\n".join("" if listing(line) else line for line in text.split("\n"))


def remarks_read(text: str, judge: Callable, notation: Notation | None):
    """``judge`` of ``text`` with its comments' heading frames (typography_comments.unframed_comments) and its labels
    outside the mathematics dropped, its arrows' equation tags as tags, its
    remarks in words and its parameter lists dropped."""
    text = arrow_words_as_tags(word_tags_as_tags(arrow_tag_as_tag(without_outside_labels(unframed_comments(text)),
                                                                  notation), notation), notation)
    return judge(without_ranges(without_remarks(without_parameter_lists(text, notation), notation), notation))
