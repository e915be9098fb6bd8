"""Plain text that reads two ways, each judged both ways (:func:`either_reading`): an equation's number copied after a
formula, ``ErrorB = OutputB (1 - OutputB) (5.19)``, a list's number or bullet before one, ``1 - delta_3 = a_3 - y``,
a star glued to a name, ``L = 0.5 (Y - Y*)^2``, and a lone x between two numbers, ``2 x 1.0 + 3 x 0.5``.

A parenthesised number at the very end of a line, after a space (or a spacing command) and no operator, is a
textbook's equation number or a last factor: which one is not written. The formula is judged both ways; where the
verdicts agree that is the verdict, and where they differ (or one reading is refused) it is refused, so that
neither dropping a real factor nor multiplying by a label can call a wrong formula correct. ``\\tag{5.19}`` and
``\\eqno(5.19)`` say it is the number (typography drops them), ``\\cdot (5.19)`` that it is a factor.
So with one opening a line of mathematics before a formula (after its delimiter, if any), ``(2) a = \\max(0, z)``,
``$(3)\\quad z = W a$``; glued to a bracket, ``(2)(x + 1)``, it is a product. (Outside the delimiters, ``(2) $...$``,
``$$...$$ eq. (7)``, it is the label alone: formula_remarks.without_outside_labels.)

So with a whole number, a dash and a space opening a line of plain text before a relation, ``2 - d_2 = ...``: a
list's number or the number minus what follows, both judged and refused where they differ (or one is refused),
saying to write the line without its number or the difference in parentheses; inside math delimiters or on a line of
LaTeX it is mathematics, as written. A hyphen and a space opening a plain line outside math, ``- dZ = A - Y``, is
CommonMark's list bullet (``- If f(x) = ...`` too); on a line of LaTeX, or as an en dash, both (the minus alone
called ``- dZ = -(A - Y)`` correct); the same number and dash opening the member after the relation, numbers only
after it, ``1 - h² = 1 - 0.4139² ≈ 0.8287``, is the difference worked to its number, 1 minus. A word opening a line,
``3. Compute delta = ...``: a label where it names nothing (label_words.py).

A star glued to a name in plain text, ``L = 0.5 (Y - Y*)^2``: the name's star superscript (``Y^{*}``, a target or
an optimum), where the notation names that starred symbol.

A spreadsheet's function written in capitals, ``EXP(-A1)``: formula_functions.py.

A ``*`` after a name whose starred pattern the notation has (``"Y^{*}"``, ``"y_{i}^*"``), followed by a closing
bracket, a comma, a ``/``, a power's ``^``, a relation (after a space: ``*=`` is code's update) or the end of the line, can only be the
star: no product ends there. Followed by ``+`` or ``-`` (``Y*-X``) it may also be the product with a signed factor,
so the formula is judged both ways, and refused in one line where the two readings do not agree. Elsewhere ``*``
stays the product (``Y*X``, ``Y * (1 - Y)``), and a name the notation gives no starred pattern keeps its product.

A lone ``x`` (or ``X``) spaced on both sides between two factors of a line of plain text, ``w_1 = 0 + 1 x (1-0) x
2``, ``2 x 1.0 + 4 x 0.5``, ``h1 = w1 x i1 + w2 x i2`` (a number, a name or a parenthesis on either side): the times
sign of typed worked examples, or the product with the notation's x. Where the product is no reading (x names nothing,
``unknown symbol x``, or the product has a shape the left side cannot have: x the inputs' vector in a number's
formula) the times sign is the one reading; where both read they are judged, and the formula refused in one line
where they disagree (or the times reading is refused).

A period glued between a name and a digit, ``w_{1,m}.1``: column_numbers.py.

Each construct makes its other text and its message and judges both readings through readings_compared's
``either_reading``, the one shape they share (the derivative named by a word and the sample's call, through its
``judged_again_where_met``, too). :func:`text_readings` lists these constructs in the order check applies them, and
:func:`judged_in_every_reading` judges a text under all of them.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .formula_functions import spreadsheet_both_ways
from .column_numbers import column_labels_both_ways, dot_digit_both_ways
from .formula_remarks import CHAPTER_EQUATION_NUMBER, EQUATION_NUMBER, notation_names, remarks_read
from .notation import Notation
from .label_words import (arrow_label, label_word, letter_before_prose, phrase_left_side, sentence_around,
                          spelled_letter_name)
from .line_breaks import LEAD_IN_WORD
from .math_spans import math_spans
from .quantities import FormulaError, short, unknown_name_alone
from .readings_compared import WrongShape, either_reading
from .spaced_plus import spaced_plus_both_ways
from .typography_indices import arrows_as_named
from .typography import MATH_WORDS
from .typography_unicode import DASH_CHARACTERS

# after a name, a closing bracket or a prime (not a number: 0.1 (0.2) is arithmetic); then spaces or \quad, \qquad,
# \, (never an operator); then (3), (5.19), (2.1a), a chapter's (4-2), no leading 0, closing the line (or its $, $$,
# \], \) or row break \\)
_NUMBER = lazy_pattern(r"(?<=[A-Za-z)}\]'])(?:[ \t]+|[ \t]*(?:\\q?quad|\\[,;: ])[ \t]*)\((" + EQUATION_NUMBER + "|"
                       + CHAPTER_EQUATION_NUMBER + r")\)"
                       r"(?=[ \t]*(?:\$\$?|\\\]|\\\))?[ \t]*(?:\\\\)?[ \t]*$)", re.M)
# an equation's number opening a line (after its $, $$, \[ or \( if any), then spaces or \quad (never an operator nor
# a bracket: (2)(x + 1) is a product) before a formula with a relation: (2) a = \max(0, z), $(3)\quad z = W a$
_LEADING_NUMBER = lazy_pattern(r"^([ \t]*(?:\$\$?|\\\[|\\\()?[ \t]*)\((" + EQUATION_NUMBER + r")\)"
                               r"(?:[ \t]+|[ \t]*(?:\\q?quad|\\[,;: ])[ \t]*)(?=[A-Za-z\\][^\n]*=)", re.M)
# a doc comment's margin, its line's * (/** ... */, Javadoc's, JSDoc's, Scaladoc's), before a list's item: no product
# opens a formula, so the item's mark after it is the line's first
_MARGIN = r"(?:\*[ \t]+)?"
# a whole number, a dash (or en dash, minus) and a space opening a line (after a doc comment's margin), a relation later on that line
_LEADING = lazy_pattern(r"^[ \t]*" + _MARGIN + r"([1-9]\d*)[ \t]*[" + DASH_CHARACTERS + r"][ \t]+(?=[^\n=]*\S[^\n]*=)", re.M)
# the member after the line's first relation opening with that number and dash again: 1 - h² = 1 - 0.4139² ≈ 0.8287
_REPEATED_DIFFERENCE = lazy_pattern(r"[^\n=]*=[ \t]*([1-9]\d*)[ \t]*[" + DASH_CHARACTERS + r"]([^\n]*)")
# a Markdown list's dash and a space opening a line, a relation later on that line: "- dU = (o - t)", a bullet or a minus
_BULLET = lazy_pattern(r"^[ \t]*" + _MARGIN + r"([" + DASH_CHARACTERS + r"])[ \t]+(?=[^\n=]*\S[^\n]*=)", re.M)
# two words of prose after a bullet's dash, the second standing alone (no bracket, script or prime glued to it):
# "- Threshold the output (y = 1 / (1 + e^-x))"
_WORDS_AFTER = lazy_pattern(r"[ \t]*([^\W\d_]{2,})[ \t]+([^\W\d_]{2,})(?![\w(\[{'^_])")
# or a lead-in word before a definition, "- If f(x) = 1 / (1 + e^-x), f'(x) = ..." (line_breaks drops the word)
_LEAD_IN_AFTER = lazy_pattern(r"[ \t]*(" + LEAD_IN_WORD + r")[ \t]+(?=[A-Za-z\\])")
# a layer's number after a name and a space, (1) in Z (1): a script as a PDF's text flattens it
_FLATTENED_SCRIPT = lazy_pattern(r"[A-Za-z][ \t]+\([0-9]+\)")
# 5.1.2: a section's number, never a number's value, so only a label
_ONLY_LABEL = lazy_pattern(r"\d+(?:\.\d+){2,}[a-z]?")
# what may not stand before the number: a command (\cdot, \times, \sigma) or plain text's "x" for the product
_OPERATOR_BEFORE = lazy_pattern(r"(?:\\[A-Za-z]+|(?<![A-Za-z])x)[ \t]*$")


def trailing_numbers(text: str) -> list:
    """The matches of the lines' trailing equation numbers in ``text`` (group 1 the number as written); not a layer's
    number after a name on a line that writes such numbers after its other names too, a PDF's superscripts flattened
    (``Z (1) = X ∗W (1) + b (1)``: b's (1) is b^{(1)} as Z's and W's are)."""
    return [match for match in _NUMBER.finditer(text) if not _OPERATOR_BEFORE.search(text, 0, match.start())
            and not _flattened_scripts(text, match)]


def _flattened_scripts(text: str, match: re.Match) -> bool:
    """Whether ``match`` is a whole number in parentheses after a letter, on a line that writes a whole number in
    parentheses after a letter and a space before it too (the line's own way of writing scripts)."""
    line = text[text.rfind("\n", 0, match.start()) + 1:match.start()]
    return match.group(1).isdigit() and text[match.start() - 1].isalpha() \
        and _FLATTENED_SCRIPT.search(line) is not None


def _without(text: str, numbers: list) -> str:
    for match in reversed(numbers):
        text = text[:match.start()] + text[match.end():]
    return text


def judged_both_ways(text: str, judge: Callable, notation: Notation | None = None):
    """``judge(text)`` (a HomeworkResult), with each line's leading list number read both as its number and as a
    term, and each line's trailing equation number both as its number and as a factor; FormulaError, in one line,
    where the two readings do not agree. A list's bullet before prose or on a plain line is a bullet only."""
    matches = [match for match in _LEADING.finditer(text)
               if _plain_line(text, match.start()) and not _worked_difference(text, match)]
    bullets = [match for match in _BULLET.finditer(text) if _opens_an_item(text, match.start())]
    prose = [match for match in bullets if _markdown_bullet(text, match) or _before_prose(text, match.end(), notation)]
    bullets = [match for match in bullets if match not in prose]
    matches = sorted(matches + bullets, key=lambda match: match.start())
    written = _without(text, prose)
    if not matches:
        return _numbers_both_ways(written, judge)
    number = matches[0].group(1)
    if not number[0].isdigit():
        disagreement = (f"formula {short(text)}: '{number} ' at the start of the line reads as a list's bullet or as a"
                        f" minus on what follows, and the two readings do not agree; write the line without the"
                        f" bullet, or (-...) in parentheses for the negative")
    else:
        disagreement = (f"formula {short(text)}: '{number} - ' at the start of the line reads as a list's number or as"
                        f" {number} minus what follows, and the two readings do not agree; write the line without its"
                        f" number, or ({number} - ...) in parentheses for the difference")
    without = _without(text, sorted(matches + prose, key=lambda match: match.start()))
    return either_reading(lambda: _numbers_both_ways(written, judge),
                          lambda: _numbers_both_ways(without, judge), disagreement)


def _worked_difference(text: str, leading: re.Match) -> bool:
    """Whether the line of ``leading`` works its difference to numbers, the same number and dash opening the member
    after its relation and no letter after them: a list's number is never written again there, so 1 minus."""
    worked = _REPEATED_DIFFERENCE.match(text, leading.end())
    return worked is not None and worked.group(1) == leading.group(1) and not any(c.isalpha() for c in worked.group(2))


def _opens_an_item(text: str, start: int) -> bool:
    """Whether the dash at ``start`` may open a list's item: on the text's first line, or under a line that is an item
    itself. Under any other line a line opening with an operator goes on with the chain (line_breaks.py), as the
    second matrix of ``P - Y = [...]`` then ``- [...] = [...]`` does."""
    before = [line for line in text[:start].split("\n") if line.strip()]
    return not before or re.match(r"[ \t]*[" + DASH_CHARACTERS + r"][ \t]+\S", before[-1]) is not None


def _before_prose(text: str, start: int, notation: Notation | None) -> bool:
    """Whether two words of prose (_WORDS_AFTER) or a lead-in word (_LEAD_IN_AFTER) follow ``start``, none a name
    the notation knows nor a function's or a Greek letter's, and one with a letter no name reads (LETTER_NAMES, the
    notation's letters), so that the words cannot be a product of letters either ("- Let s = ..." stays two-way): a
    minus never stands before a sentence's words, so the dash before them is a list's bullet (``- Threshold the
    output (y = 1 / (1 + e^-x))``, ``- If f(x) = g(x), ...``)."""
    words = _WORDS_AFTER.match(text, start) or _LEAD_IN_AFTER.match(text, start)
    known, letters = notation_names(notation)
    return words is not None and not any(word in known or word.lower() in MATH_WORDS for word in words.groups()) \
        and any(set(word) - letters for word in words.groups())


def _markdown_bullet(text: str, bullet: re.Match) -> bool:
    """Whether the dash of ``bullet`` is CommonMark's list bullet alone: a hyphen on a plain line, outside math."""
    return bullet.group(1) == "-" and _plain_line(text, bullet.start()) and not any(
        start <= bullet.start() < end for start, end, _, _ in math_spans(text))


def _plain_line(text: str, start: int) -> bool:
    """Whether the line from ``start`` is plain text: no LaTeX command nor brace (``1 - q = \\frac{...}{...}`` is
    LaTeX's difference, as written)."""
    end = text.find("\n", start)
    return not re.search(r"\\[A-Za-z]|[{}]", text[start:end if end >= 0 else len(text)])


def _numbers_both_ways(text: str, judge: Callable):
    """``judge(text)`` with each line's opening equation number (_LEADING_NUMBER) judged both as the number and as a
    factor, as its closing one is (_trailing_both_ways); the reading without the number refuses for the formula."""
    matches = list(_LEADING_NUMBER.finditer(text))
    if not matches:
        return _trailing_both_ways(text, judge)
    numbers = [match.group(2) for match in matches]
    unnumbered = text
    for match in reversed(matches):
        unnumbered = unnumbered[:match.start()] + match.group(1) + unnumbered[match.end():]
    numbered = _trailing_both_ways(unnumbered, judge)
    if all(_ONLY_LABEL.fullmatch(number) for number in numbers):
        return numbered
    number = numbers[0]
    return either_reading(
        lambda: numbered, lambda: _trailing_both_ways(text, judge),
        f"formula {short(text)}: ({number}) at the start of the line reads as the equation's number or as a factor,"
        f" and the two readings do not agree; write \\tag{{{number}}} at the end for its number, or ({number})"
        f" \\cdot for a factor")


def _trailing_both_ways(text: str, judge: Callable):
    matches = trailing_numbers(text)
    if not matches:
        return judge(text)
    numbers = [match.group(1) for match in matches]
    numbered = judge(_without(text, matches))  # its refusal is the formula's, whatever the number is
    if all(_ONLY_LABEL.fullmatch(number) for number in numbers):
        return numbered
    number = numbers[0]
    return either_reading(
        lambda: numbered, lambda: judge(text),
        f"formula {short(text)}: ({number}) at the end of the line reads as the equation's number or as a factor, and"
        f" the two readings do not agree; write \\tag{{{number}}} for its number, or \\cdot ({number}) for a factor")


# what may follow the star where no product can: a closing bracket (or TeX's \right, a math delimiter), a comma, a
# semicolon, a division, a power (t*^2), a relation after a space, or the line's end (after a sentence's full stop)
_ONLY_STAR = r"(?=[ \t]*(?:[)\]},;/^]|\\right\b|\\[)\]]|\$|=|[.]?[ \t]*$))"
# a sign after the star, glued to the name: the star, or the product with a signed factor
_EITHER = r"(?=[ \t]*[+" + DASH_CHARACTERS + r"])"


def starred_bases(notation: Notation | None) -> set[str]:
    """The bases whose star superscript the notation names (``Y`` for ``"Y^{*}"``)."""
    if notation is None:
        return set()
    return {pattern.base for pattern in notation.patterns
            if pattern.sup in ("*", "{*}") and pattern.primes == 0}


def _name(base: str) -> str:
    """A regex of ``base`` as a whole name in the text, with any subscript after it."""
    before = r"(?<![A-Za-z0-9_\\])" if base[:1].isalnum() else ""
    return before + re.escape(base) + r"(?![A-Za-z0-9])(?:_\{[^{}\n]*\}|_[A-Za-z0-9]+)?"


def _star_pattern(bases: set[str], spaced: bool, after: str) -> re.Pattern:
    names = "|".join(_name(base) for base in sorted(bases, key=len, reverse=True))
    space = r"[ \t]*" if spaced else ""
    return re.compile(rf"({names}){space}\*(?![*=]){after}", re.M)


def _starred(text: str, pattern: re.Pattern) -> str:
    return pattern.sub(lambda match: f"{match.group(1)}^{{*}}", text)


def starred_both_ways(text: str, notation: Notation | None, judge: Callable):
    """``judge(text)`` with each starred name the notation knows written ``name^{*}`` where only the star reads, and
    judged both as the star and as the product where both do; FormulaError, in one line, where those disagree."""
    bases = starred_bases(notation)
    if not bases or "*" not in text:
        return judge(text)
    text = _starred(text, _star_pattern(bases, True, _ONLY_STAR))
    either = _star_pattern(bases, False, _EITHER)
    match = either.search(text)
    if match is None:
        return judge(text)
    name = match.group(1)
    return either_reading(
        lambda: judge(text), lambda: judge(_starred(text, either)),
        f"formula {short(text)}: '{name}*' before a sign reads as {name}^{{*}} (the notation's starred symbol) or as"
        f" {name} times what follows, and the two readings do not agree; write {name}^{{*}} for the starred symbol, or"
        f" {name} * (...) with the signed factor in parentheses", keep_other=True)


# a lone x or X of plain text spaced on both sides between two factors: before it a number standing alone (never a
# name's digits), a closing parenthesis or a name (never a command's word, \\sigma x); after it a number (perhaps
# signed), an opening parenthesis or a name: 2 x 1.0, (a - t) x (a), w1 x i1
_TIMES_LETTER = lazy_pattern(r"((?<![\w.])\d*\.?\d+|\)|(?<![\w\\])[A-Za-z][A-Za-z0-9_]*)[ \t]+([xX])[ \t]+"
                             r"(?=[" + DASH_CHARACTERS + r"]?[ \t]*\.?\d|\(|([A-Za-z][A-Za-z0-9_]*))")
# words of code and prose that are no factors beside an x: for x in xs, if x is, the sum of x and y
# NumPy's bracket of a colon and a word of two letters or more, x[:, na], d[na, :]: an alias of np.newaxis, or a name
_AXIS_ALIAS = lazy_pattern(r"(?<=[\w\]])\[\s*:\s*,\s*([A-Za-z_]\w+)\s*\]|(?<=[\w\]])\[\s*([A-Za-z_]\w+)\s*,\s*:\s*\]",
                           needs=(":",))
_NO_FACTOR = frozenset(("for", "in", "if", "else", "and", "or", "not", "is", "of", "as", "by", "with", "where",
                        "lambda", "return", "def", "to", "from"))


# the words of a sentence going on after a word: two words of prose (a sentence's, "X i tu nie ma ...")
_SENTENCE_GOES_ON = lazy_pattern(r"[ \t]+[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}")


def _times_letters(text: str) -> list:
    """The lone x's of plain lines between two factors (_TIMES_LETTER), no word of code or prose beside them (nor a
    word a sentence goes on after: Polish's ``Theta^T X i tu nie ma ...``, X the formula's last name)."""
    return [found for found in _TIMES_LETTER.finditer(text) if _plain_line(text, found.start())
            and not {found.group(1), found.group(3)} & _NO_FACTOR
            and not (found.group(3) and _SENTENCE_GOES_ON.match(text, found.end() + len(found.group(3))))]


def times_letter_both_ways(text: str, judge: Callable):
    """``judge(text)`` with each lone x between two factors of a plain line (:func:`_times_letters`) read as the
    times sign where the product with the letter is no reading (the letter names nothing, or its product has a shape
    the left side cannot have: x the inputs' vector in ``E = 1/2 x (t - o)^2``), and judged both as the times sign
    and as the product with the letter where both read; FormulaError, in one line, where those disagree."""
    matches = _times_letters(text)
    if not matches:
        return judge(text)
    times = text
    for found in reversed(matches):
        times = times[:found.start()] + f"{found.group(1)} * " + times[found.end():]
    match, letter = matches[0], matches[0].group(2)
    return either_reading(
        lambda: judge(text), lambda: judge(times),
        f"formula {short(text)}: '{match.group(1)} {letter} ' reads as the times sign between two factors or as the"
        f" product with {letter} (a name check reads: the notation's, or symbols.md's), and the two readings do not"
        f" agree; write * (or \\times) for the times sign, or {letter} beside its factors without spaces for the"
        f" product",
        other_alone=lambda refusal: _no_product_reading(refusal, letter), keep_other=True)


def _no_product_reading(refusal: FormulaError, letter: str) -> bool:
    """Whether ``refusal`` of the product reading says it is none: the letter names nothing (an UnknownSymbol), or
    the product has a shape the left side cannot have (WrongShape: a vector where it is a number, factors whose sizes
    do not fit)."""
    return isinstance(refusal, WrongShape) or unknown_name_alone(refusal) == letter


def _notation_spellings_read(text: str, judge: Callable, notation: Notation):
    """``judge`` of ``text`` with the notation's spellings read (text_readings' first reading); a refusal quotes a
    Fortran or MATLAB section, W(:, j), as written, never in R's form W[, j] it is read in."""
    spelled = notation.with_whole_sections_read(notation.with_struct_paths_read(notation.with_index_names_read(
        notation.with_greek_words_spelled(notation.with_spaced_names_joined(notation.with_font_names_read(text))))))
    read = notation.with_method_calls_read(notation.with_matrix_sections_read(spelled))
    sections = notation.matrix_sections_written(spelled)
    alias = next((found for found in _AXIS_ALIAS.finditer(read) if (found.group(1) or found.group(2)) != "None"
                  and (found.group(1) or found.group(2)) not in notation.bases), None)
    if not sections and alias is None:
        return judge(read)
    try:
        return judge(read)
    except FormulaError as refusal:
        message = str(refusal)
        for as_read, written in sections.items():
            message = message.replace(as_read, written)
        if alias is not None:  # x[:, na]: a word beside the colon, NumPy's new axis under another name
            word = alias.group(1) or alias.group(2)
            where = message.split(": ", 1)[0] if message.startswith("formula ") else f"formula {short(text)}"
            message = (f"{where}: the bracket {alias.group(0)} holds {word} beside a colon, no name the notation"
                       f" gives: where {word} is NumPy's new axis (from numpy import newaxis as {word}), write"
                       f" np.newaxis (or None) in its place, or declare it, index_names = {{ {word} = \"np.newaxis\" }}")
        raise refusal.reworded(message) from None


def text_readings(notation: Notation | None) -> tuple:
    """The constructs of a formula's text, outermost first: two read one way (the notation's names of two words, what
    follows the formula), then the two-way ones: each judges the text as written one way and, where it holds the
    construct, the other, and refuses where the verdicts differ."""
    # \mathbf{d}Z, the notation's dZ; learning rate, joined; dσ, the notation's word spelled dsigma; a loop's variable,
    # deltas(ineuron), as the index letter the notation says it stands for;
    # MATLAB's struct path the notation names, net(j).neurons.bias, as net[j].neurons.bias; Fortran's whole array
    # self%output(:), the array the notation names, and its column W(:, j) as R's W[, j]; Nim's zs.sigmoid_prime, the
    # function the notation declares called
    return (lambda text, judge: _notation_spellings_read(text, judge, notation) if notation else judge(text),
            # w_{j \to k}: an arrow in a subscript, read only where the notation writes its symbols so
            lambda text, judge: arrows_as_named(text, judge, notation),
            phrase_left_side,           # Nuovo Peso = ...: a phrase of words, named whole by the notation or refused
            lambda text, judge: remarks_read(text, judge, notation),  # \rightarrow (Eq A), (a convex function): no part
            # a period between a name and a digit, w_{1,m}.1: product or decimal (R's layer.1 of a notation's name: its own)
            lambda text, judge: dot_digit_both_ways(text, judge, frozenset(notation.names()) if notation else frozenset()),
            spreadsheet_both_ways,      # a spreadsheet's EXP(u): the function, or the notation's letters
            times_letter_both_ways,     # a lone x between two numbers, 2 x 1.0: the times sign, or the product
            spaced_plus_both_ways,      # w5+ = - eta * a: code's += typed with a space, or w5's new value
            lambda text, judge: starred_both_ways(text, notation, judge),   # Y*: the notation's star, or a product
            spelled_letter_name,        # compute delta δ_k = ...: the sentence's name of the letter after it
            lambda text, judge: arrow_label(text, judge, notation),  # - Forward pass → Prediction a2 = ...: a label
            lambda text, judge: label_word(text, judge, notation),  # Compute delta = ...: a word naming nothing
            letter_before_prose,        # ... = Theta^T X i tu nie ma ...: Polish's "and", a word naming nothing
            # For this pairing dL/dz = ...: a sentence's words around the formula, naming nothing
            lambda text, judge: sentence_around(text, judge, notation),
            column_labels_both_ways,    # o_1 &= ... &- (5): an equation's number in a column of its own, or a term
            # 1 - ... opening a line, (5.19) closing it: a list or equation number, or a term
            lambda text, judge: judged_both_ways(text, judge, notation))


def judged_in_every_reading(readings: tuple, text: str, judge: Callable):
    """``judge`` of ``text`` under every combination of ``readings`` (each a two-way construct, judge(text, next))."""
    if not readings:
        return judge(text)
    return readings[0](text, lambda rewritten: judged_in_every_reading(readings[1:], rewritten, judge))
