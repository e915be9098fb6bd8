"""A word opening a line before its formula, a label in prose where it names nothing: ``3. Compute delta(L) = a(L) -
y``, a step's verb in lower case (``* compute d (L) = ...``, Portuguese ``calcule``: STEP_VERBS), a sentence's adverb before a comma, ``Consequently, dw = ...``, or a word of Chinese, Japanese or Korean prose,
``따라서 dL/dw = ...`` ("therefore"). The formula is judged as written first; only where that reading is refused (for
the word, as an unknown symbol; after a comma, in any way) is it judged without the word (two_readings.text_readings
applies it among a formula's two-way constructs)."""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .formula_remarks import notation_names
from .function_words import DERIVATIVE_WORDS, EITHER_WORDS, NAMED_FUNCTIONS
from .lead_in_words import CONNECTIVE_WORD, LEAD_IN, REMARK_WORDS, STEP_VERBS, words_before_left
from .line_breaks import LEAD_IN_WORD
from .notation import Notation
from .quantities import FormulaError, UnknownSymbol, short, unknown_name_alone
from .script_letters import CYRILLIC_LETTER, EAST_ASIAN_LETTER
from .syntax_tree import GREEK_WORDS
from .typography import MATH_WORDS
from .typography_comments import FRAMING_RUN
from .typography_unicode import UNICODE

# a capitalised word of four letters or more opening a line (after a list's number or bullet), then a space and a
# formula's first letter or command, a relation later on the line: "3. Compute delta(L) = a(L) - y"; a word of
# Chinese, Japanese or Korean prose, "따라서 dL/dw = ..." ("therefore"), or of Cyrillic, "Вычисление dW = ..."
# ("computing"); or a capital letter alone before a word of
# prose, a sentence's subject: "I don't see why dw = x dz"
# a list's number or bullet, if any, before the word; or a line comment's mark, and a heading's frame of dashes after it
# ("# --- Вычисление dW = ... ---", typography_comments reads the frame); the spaces each side of it taken whole, never
# split between two runs every way (a line of spaces is read once)
_LIST_OPENING = r"^([ \t]*+(?:(?:\d+[.)]|[-*\u2022]|(?:#+|//)[ \t]*+(?:" + FRAMING_RUN + r")?)[ \t]*+)?)"
# the verbs of a worked step, in any case, that open a list item or a line before its formula's left side (one table,
# lead_in_words.STEP_VERBS, a comment's line reads too): "* compute d (L) = a (L) - y (t)", "set w = w - ..."


def _label_word(other_scripts: str) -> str:
    return (rf"{_LIST_OPENING}([A-Z][a-z]{{3,}}|{other_scripts}(?i:{STEP_VERBS})(?![\w'\u2019])|"
            r"[A-Z](?=[ \t]+[a-z]+['\u2019][a-z]+[ \t]|[ \t]+[a-z]{3,}[ \t]))[ \t]+(?=[A-Za-z\\\u0370-\u03ff][^\n=]*=)")


# a capitalised word of three letters or more (or of Chinese, Japanese or Korean) and a comma opening a line:
# "Thus, dw = ...", "所以，dw = ..."
def _comma_word(east_asian: str) -> str:
    return rf"{_LIST_OPENING}([A-Z][a-z]{{2,}}{east_asian})[ \t]*[,\uff0c][ \t]*(?=[A-Za-z\\][^\n=]*=)"


# each as two patterns of the same groups: with the East Asian (and Cyrillic) letters for a text of any script, without
# them for an ASCII text, where they match nothing (their class of thousands of letters is most of the compiling)
_LABEL_WORD = (lazy_pattern(_label_word(f"{EAST_ASIAN_LETTER}+|{CYRILLIC_LETTER}{{3,}}|"), re.M),
               lazy_pattern(_label_word(""), re.M))
_COMMA_WORD = (lazy_pattern(_comma_word(f"|{EAST_ASIAN_LETTER}+"), re.M), lazy_pattern(_comma_word(""), re.M))
# a capitalised phrase of two to six words of letters before a comma opening a line, a sentence's lead-in: "As I see
# it, A = B", "In my view, ...", "As you can see, ..." (group 2 the phrase), before the formula (a code span's, a TeX
# span's too: "As I see it, `DY*(1 - Y**2)` = ...")
_COMMA_PHRASE = lazy_pattern(_LIST_OPENING + r"([A-Z][a-z]*+(?:[ \t]++[A-Za-z]++){1,5})[ \t]*+,[ \t]*+"
                             r"(?=[A-Za-z\\`$][^\n=]*=)", re.M)
_OWN_RULE_WORD = lazy_pattern(LEAD_IN_WORD + "|" + CONNECTIVE_WORD)
# a left side of two words or more, of any script, before a line's first relation: a phrase naming the formula or its
# quantity, "Nuovo Peso = ..." ("new weight"), "첫 번째 가중치 업데이트 공식 = ..." ("the first weight update formula")
_PHRASE_LEFT_SIDE = lazy_pattern(r"^[ \t*_]*([^\W\d_][^\W_]*(?:[ \t]+[^\W_]+)+)[ \t]*:?=(?!=)", re.M)


def label_word(text: str, judge: Callable, notation: Notation | None = None):
    """``judge(text)``, or, where it is refused as an unknown symbol for a word opening a line (_LABEL_WORD), the
    text without the word, a label in prose (``3. Compute delta(L) = ...``): the word named nothing, so no product
    holds it; so with a word before a comma (_COMMA_WORD, ``Consequently, dw = ...``) refused in any way, where the
    notation names no such word (a tuple's first name reads as written), and with a phrase of prose before one
    (_COMMA_PHRASE, ``As I see it, dw = ...``: no word of it a name, nor a condition's word first). Where the text
    reads as written (the word a name, or a sentence's), that reading is kept."""
    labelled, comma = _LABEL_WORD[text.isascii()], _COMMA_WORD[text.isascii()]
    match = labelled.search(text) or comma.search(text)
    if match is None and (phrase := _COMMA_PHRASE.search(text)) is not None \
            and _prose_words(phrase.group(2).split(), notation) \
            and not _CONDITION_FIRST.match(phrase.group(2)):  # "If y is one, ...": a premise, never dropped
        try:
            return judge(text)
        except FormulaError:
            return judge(text[:phrase.end(1)] + text[phrase.end():])
    if match is None or match.group(2).lower() in MATH_WORDS or _OWN_RULE_WORD.fullmatch(match.group(2)) \
            or match.re is comma.compiled() and match.group(2) in notation_names(notation)[0]:
        return judge(text)  # a function's or Greek letter's name; a lead-in or connective word (line_breaks.py)
    try:
        return judge(text)
    except FormulaError as refusal:
        if match.re is labelled.compiled() and unknown_name_alone(refusal) != match.group(2):
            raise
    return judge(text[:match.end(1)] + text[match.end():])


# a Greek letter's name spelled in Latin letters right before the same letter as a symbol on a left side: "compute
# delta δ_k = ...", "sigma \\sigma(z) = ..." (group 1 the name, group 2 the letter, Unicode or a command)
_SPELLED_BEFORE_LETTER = lazy_pattern(r"(?<![\w\\])(" + "|".join(GREEK_WORDS) + r")[ \t]+([\u0370-\u03ff]|\\[A-Za-z]+)"
                                      r"(?![A-Za-z])(?=[^\n=]*=)")


def spelled_letter_name(text: str, judge: Callable):
    """``judge(text)``, or the text without a Greek letter's name spelled out right before the same letter as a
    symbol (_SPELLED_BEFORE_LETTER) where the words before it on its line (after a label's colon, a list's bullet) lead
    into the claim (lead_in_words.words_before_left: a step's verb, a connective), ``compute delta δ_k = ...``: the
    sentence's word naming the symbol, never its factor. Where the name stands alone before the left side it may be
    a factor (δ δ_k): refused, never multiplied silently; after other words the text is judged as written."""
    for match in _SPELLED_BEFORE_LETTER.finditer(text):
        if UNICODE.get(match.group(2), match.group(2) + " ").strip() != GREEK_WORDS[match.group(1)]:
            continue
        line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
        words = re.sub(_LIST_OPENING, "", line.rsplit(":", 1)[-1]).split()
        if not words:
            raise FormulaError(f"formula {short(text)}: the word '{match.group(1)}' before {match.group(2)} may name"
                               f" the symbol or be its factor ({match.group(2)} {match.group(2)}); write the symbol"
                               f" alone, or a product sign between them")
        if words_before_left(words) == LEAD_IN:
            return judge(text[:match.start()] + text[match.start(2):])
    return judge(text)


# a list item's label of words, an arrow and a word or more before a left side: "- Forward pass → Prediction a2 =
# 0.7153" (as a mermaid message's A->>B: is read); group 2 the words before the arrow, 3 the words after, 4 the left side
_ARROW_LABEL = lazy_pattern(_LIST_OPENING + r"((?:[^\W\d_]{2,}[ \t]+)*[^\W\d_]{2,})[ \t]*(?:\u2192|\\to(?![A-Za-z])"
                            r"|\\rightarrow(?![A-Za-z])|-+>>?)[ \t]*((?:[^\W\d_]{2,}[ \t]+)+)(?=([^\s=]+)[ \t]*=)", re.M)


def arrow_label(text: str, judge: Callable, notation: Notation | None = None):
    """``judge(text)``; where it is refused as an unknown symbol that is a word after a label's arrow
    (_ARROW_LABEL), the text without the words after the arrow, where the notation names the left side after them and
    reads none of them (lead_in_words.words_before_left: prose, no remark's word): the label's, never a factor."""
    match = _ARROW_LABEL.search(text) if notation is not None else None
    if match is None:
        return judge(text)
    words, known = match.group(3).split(), notation_names(notation)[0]
    try:
        return judge(text)
    except FormulaError as refusal:
        if unknown_name_alone(refusal) not in words or not notation.gives_name(match.group(4)) \
                or words_before_left(words, lambda word: word in known or word.lower() in MATH_WORDS
                                     or notation.gives_name(word)) != LEAD_IN:
            raise
    return judge(text[:match.start(3)] + text[match.end(3):])


# a letter alone after an operand's end and before a run of two words of prose: a word of the sentence (Polish's and
# Czech's conjunction i, "O = Theta^T X i tu nie ma ...", Russian's и, a preposition's w, z), never the formula's factor
# where it names nothing; group 1 the letter
_LETTER_BEFORE_PROSE = lazy_pattern(r"(?<=[\w)\]}'])[ \t]+([^\W\d_])[ \t]+(?=[^\W\d_]{2,}[ \t]+[^\W\d_]{2,})")


def letter_before_prose(text: str, judge: Callable):
    """``judge(text)``; where it is refused as an unknown symbol that is a letter alone between a formula's last
    operand and a run of words of prose (_LETTER_BEFORE_PROSE), the text without that letter: a word of the sentence
    (Polish's ``... po O = Theta^T X i tu nie ma dzielenia przez N``, "and there is no ..."), which names nothing, so
    no product holds it. A letter the notation names reads as written."""
    letters = {match.group(1) for match in _LETTER_BEFORE_PROSE.finditer(text)}
    if not letters:
        return judge(text)
    try:
        return judge(text)
    except FormulaError as refusal:
        letter = unknown_name_alone(refusal)
        if letter not in letters:
            raise
    return judge(_LETTER_BEFORE_PROSE.sub(lambda match: match.group(0) if match.group(1) != letter else " ", text))


def phrase_left_side(text: str, judge: Callable):
    """``judge(text)``; where it refuses a word of a left side that is a phrase of words (_PHRASE_LEFT_SIDE) as an
    unknown symbol, the refusal says what to declare: the phrase whole as one name of the notation's symbols (a
    phrase is never read as a product of words, nor as a name by guessing what its words mean)."""
    match = _PHRASE_LEFT_SIDE.search(text)
    if match is None:
        return judge(text)
    try:
        return judge(text)
    except UnknownSymbol as refusal:
        words = match.group(1).split()
        if unknown_name_alone(refusal) not in words:  # Nuovo, or Peso where label_word took Nuovo for a label
            raise
        phrase = " ".join(words)
        raise refusal.reworded(
            f"formula {short(text)}: its left side '{phrase}' is a phrase of words (unknown symbol"
            f" {refusal.name}), which check reads only as one name the notation gives; write \"{phrase}\" = \"...\" in"
            " the notation's [notation.symbols] with the quantity it stands for (e.g. new(W2[0, 0]) for a weight's new"
            " value, grad(W2[0, 0]) for its gradient), and each phrase of its right side so (a learning rate's in"
            " learning_rate)") from None


# a sentence's words around a formula on a comment's line, "For this pairing ∂L/∂z = output − target", "is already
# folded in and δ = target − output directly (no σ' factor).": a run of two words or more (letters only, each of two
# or more) opening the line after its margin (a doc comment's *, a list's bullet, a comment's mark), before the
# formula's first character and a relation later on the line; and, where the line opens so, the sentence's words
# ending it after the formula's last operand (with a remark in parentheses and the full stop)
_MARGIN = r"^([ \t]*(?:[-*\u2022][ \t]+|//+[ \t]*|#+[ \t]*)?)"
_WORDS_OPENING = lazy_pattern(_MARGIN + r"((?:[^\W\d_]{2,}[ \t]+){2,})(?=\S[^\n=]*=)")
_WORDS_ENDING = lazy_pattern(r"((?:[ \t]+[^\W\d_]{2,})+)([ \t]*\([^()\n]*\))?[ \t]*[.;,]?[ \t]*$")
# the formula's last operand before them: a bracket's close, a number, a prime, or a name after an operator
_OPERAND_END = lazy_pattern(r"(?:[)\]}'0-9]|(?:[-+*/=^\u2212\u00b7\u22c5\u2299\u00d7]|\\[A-Za-z]+)[ \t]*[^\W\d_][\w.]*)$")


def sentence_around(text: str, judge: Callable, notation: Notation | None = None):
    """``judge(text)``; where it is refused as an unknown symbol inside the words opening the line (_WORDS_OPENING),
    the line without them, and without the words ending it (_WORDS_ENDING) after its formula: a sentence around the
    formula, no factor of it. Only where no word of either is a name the notation knows nor a function's or Greek
    letter's, one of each is of three letters or more, and the text is one line (a word the notation names is never
    taken for prose; the line as written is judged first)."""
    opening = _WORDS_OPENING.match(text)
    if opening is None or "\n" in text.strip():
        return judge(text)
    rest = text[opening.end():]
    ending = next((match for start in (word.start() for word in re.finditer(r"[ \t]+(?=[^\W\d_])", rest))
                   if (match := _WORDS_ENDING.match(rest, start)) and _OPERAND_END.search(rest, 0, start)), None)
    words = opening.group(2).split()
    if ending is not None:
        # one word alone after an operand may be its factor (output factor): a remark only with its parenthesis
        words_after = ending.group(1).split() + _PROSE.findall(ending.group(2) or "")
        if _prose_words(words_after, notation) and "=" in rest[:ending.start()] \
                and (len(ending.group(1).split()) > 1 or _prose_words(_PROSE.findall(ending.group(2) or ""), notation)):
            rest, words = rest[:ending.start()], words + words_after
    if not _prose_words(opening.group(2).split(), notation) or _CONDITION_LAST.search(opening.group(2)):
        return judge(text)  # "only when t = h": the words make the equation a condition, no claim
    try:
        return judge(text)
    except FormulaError as refusal:
        name = unknown_name_alone(refusal)
        if name is None or not any(name in word for word in words):
            raise
    return judge(opening.group(1) + rest)


# words that say arithmetic, "output times the slope", "half of", "squared": a formula in words, never a remark
_ARITHMETIC_WORDS = {"times", "plus", "minus", "over", "divided", "multiplied", "product", "sum", "difference",
                     "squared", "cubed", "square", "half", "twice", "double", "inverse", "transpose", "transposed",
                     "negative", "negated", "reciprocal", "power", "root", "mean", "average", "derivative", "slope",
                     "gradient", "of", "by", "per"}
# a remark's word (lead_in_words.REMARK_WORDS: a condition's, a denial's, a guess's, a premise's) opening a phrase,
# "If the label is one, ...", or right before the formula, "This vanishes only when t = h": the phrase a premise of
# the formula, never prose to drop; and "where" (which leads into a comment's claim) stating the case here
_CONDITION_FIRST = lazy_pattern(r"(?i:(?:" + REMARK_WORDS + r"|where)\b)")
_CONDITION_LAST = lazy_pattern(r"(?i:\b(?:" + REMARK_WORDS + r"|where))[ \t]*$")
_PROSE = lazy_pattern(r"(?<![\\\w'])[^\W\d_]{2,}(?![\w'(])")


def _prose_words(words: list, notation: Notation | None) -> bool:
    """Whether ``words`` are prose: none a name of the notation's, a function's or a Greek letter's, one of three
    letters or more."""
    known = notation_names(notation)[0]
    return bool(words) and not any(word in known or word.lower() in MATH_WORDS | _ARITHMETIC_WORDS
                                   or word in NAMED_FUNCTIONS or word in EITHER_WORDS or word in DERIVATIVE_WORDS
                                   for word in words) \
        and any(len(word) >= 3 for word in words)
