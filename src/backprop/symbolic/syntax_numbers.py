"""Numbers written so that they may read two ways (a part of syntax.Parser's reading of numbers, syntax_atoms.py):
digit groups, ``200,000``, and a leading zero, ``01``, which are refused, and a decimal comma, ``0,3`` for 0.3 as
German, French, Portuguese and Spanish notes write it, read where no other reading fits (inside a parenthesis that
groups arithmetic, ``1 (0,2)``, where the formula shows it writes decimals so); scientific notation, ``1.5e-3``, one
number unless its letter is a name of the notation's too (an error e), where it may be 1.5 e - 3: refused."""

from __future__ import annotations

from .syntax_tree import Token
from .typography_unicode import DASHES

# the brackets that make a comma a separator inside them: a function's arguments f(0,5), a pair (0,5), a list [0,5],
# a subscript's indices a_{0,12}, a set \{0,1\}
_OPENING = ("(", "[", "{", "\\{")
_CLOSING = (")", "]", "}", "\\}")
# what may stand before a parenthesis that groups arithmetic (a decimal comma inside it read as one: _grouping)
_BEFORE_GROUPING = ("(", ")", "+", *DASHES, "*", "/", "=", "\\cdot", "\\times", "\\approx", "×", "·")


def digit_groups(tokens: list[Token], at: int) -> str | None:
    """The run of digit groups, ``200,000`` or ``1,250,000``, that the number ``tokens[at]`` (three digits) closes or
    belongs to: numbers and commas glued, each group after the first three digits; None where it is no such run."""
    def glued_group(index: int) -> bool:
        return 0 <= index < len(tokens) and tokens[index].kind == "number" and tokens[index].text.isdigit() \
            and not tokens[index].spaced
    if not (glued_group(at) and len(tokens[at].text) == 3):
        return None
    start, end = at, at
    while start >= 2 and tokens[start - 1].text == "," and not tokens[start - 1].spaced and glued_group(start) \
            and tokens[start - 2].kind == "number" and tokens[start - 2].text.isdigit():
        start -= 2
    while end + 2 < len(tokens) and tokens[end + 1].text == "," and not tokens[end + 1].spaced \
            and glued_group(end + 2) and len(tokens[end + 2].text) == 3:
        end += 2
    if start == at or len(tokens[start].text) > 3 or any(len(token.text) != 3 for token in tokens[start + 2:end + 1:2]):
        return None
    return "".join(token.text for token in tokens[start:end + 1])


def two_readings_refusal(tokens: list[Token], at: int) -> tuple[str, str] | None:
    """(what, how) of the refusal of the number ``tokens[at]`` written with a leading zero: the digit groups it closes,
    ``200,000``, the thousands' separator (200000) or a decimal comma (200.000, as French notes write it); or alone,
    ``01``, a decimal that lost its point (0.1) or a whole number with a zero before it (1). None for any other."""
    text = tokens[at].text
    if not (len(text) > 1 and text[0] == "0" and text.isdigit()):
        return None
    if (run := digit_groups(tokens, at)) is None:
        return (f"the number {text} has a leading zero",
                f"write {text.lstrip('0') or '0'} for the whole number, or {text[0]}.{text[1:]} for the decimal")
    whole, decimal = run.replace(",", ""), run.replace(",", ".", 1) if run.count(",") == 1 else None
    return (f"the number {run} reads two ways: {whole} (the comma a thousands' separator)"
            + (f" or {decimal} (a decimal comma)" if decimal else ""),
            f"write {whole} (or {decimal})" if decimal else f"write {whole}")


def scientific_refusal(text: str, letters) -> tuple[str, str] | None:
    """(what, how) of the refusal of the number ``text`` written in scientific notation (``1.5e-3``, one token:
    syntax_tree.SCIENTIFIC) where its letter is also a name the formula's notation reads as a quantity (``letters``:
    an error e, a loss E), so that it reads 1.5 \\times 10^{-3} or 1.5 e - 3. None where one reading alone fits: no
    exponent; the letter no such name; the exponent written with a leading zero (``e-05``, ``e+00``, as Python, NumPy
    and C print it), whose other reading, the number 05, is refused; the mantissa 1 (``1e-3``), as no one writes 1e
    for e."""
    mantissa, letter, exponent = _scientific_parts(text)
    if not letter or letter not in letters or exponent.lstrip("+-").startswith("0") or mantissa == "1":
        return None
    sign, digits = (exponent[0], exponent[1:]) if exponent[0] in "+-" else ("", exponent)
    power = f"{'-' if sign == '-' else ''}{digits}"
    other = f"{mantissa} \\cdot {letter} {sign} {digits}" if sign else f"{mantissa} \\cdot {letter}_{{{digits}}}"
    return (f"the number {text} reads two ways: {mantissa} \\times 10^{{{power}}} (scientific notation) or {other}"
            f" ({letter} also a quantity's name)", f"write {mantissa} \\times 10^{{{power}}} for the number, or {other}")


def scientific_number(text: str) -> str:
    """The number ``text`` as Num holds it: scientific notation's letter lower case (``2.5E+3``: ``2.5e+3``)."""
    mantissa, letter, exponent = _scientific_parts(text)
    return f"{mantissa}e{exponent}" if letter else text


def _scientific_parts(text: str) -> tuple[str, str, str]:
    """(mantissa, letter, exponent) of a number's text, ``1.5e-3``: ("1.5", "e", "-3"); the letter and the exponent
    empty where it has no exponent."""
    for letter in "eE":
        if letter in text:
            mantissa, _, exponent = text.partition(letter)
            return mantissa, letter, exponent
    return text, "", ""


def decimal_comma(tokens: list[Token], at: int) -> str | None:
    """The number ``0,3`` that the digits ``tokens[at]`` open, as a decimal with its point (``0.3``), where no other
    reading of its comma fits: the digits, the comma and the digits after it glued; outside every bracket (where the
    comma may part two arguments, a pair, a list or a subscript's indices); no script before it (``x_0,5``); neither
    a comma glued before it nor after it (a list of numbers, ``1,2,3``), nor a number beside it (a table's columns
    copied as a line, ``= 5 0,99330 1``, where the comma may part two more); and not exactly three digits after the
    comma, which may be a thousands' group (``1,250``). None where it is no such number."""
    def digits(index: int) -> bool:
        return index < len(tokens) and tokens[index].kind == "number" and tokens[index].text.isdigit() \
            and not tokens[index].spaced

    def glued_comma(index: int) -> bool:
        return 0 <= index < len(tokens) and tokens[index].text == "," and not tokens[index].spaced

    if not (tokens[at].kind == "number" and tokens[at].text.isdigit() and glued_comma(at + 1) and digits(at + 2)) \
            or len(tokens[at + 2].text) == 3 or glued_comma(at - 1) or glued_comma(at + 3) \
            or (at > 0 and tokens[at - 1].text in ("_", "^")) or _is_number(tokens, at - 1) \
            or _is_number(tokens, at + 3):
        return None
    openers = _open_brackets(tokens, at)
    if openers and not (all(_grouping(tokens, index) for index in openers) and _writes_decimal_commas(tokens)):
        return None
    return f"{tokens[at].text}.{tokens[at + 2].text}"


def _open_brackets(tokens: list[Token], at: int) -> list[int]:
    """The positions of the brackets still open at ``tokens[at]``, outermost first."""
    stack = []
    for index, token in enumerate(tokens[:at]):
        if token.text in _OPENING:
            stack.append(index)
        elif token.text in _CLOSING and stack:
            stack.pop()
    return stack


def _grouping(tokens: list[Token], index: int) -> bool:
    """Whether the bracket ``tokens[index]`` is a parenthesis that groups arithmetic: "(" at the start, or after a
    number, an operator, a relation or another parenthesis (``1 (0,2)``, ``(1 + 0,28) (-0,28)``), never after a name
    or a command, where it may hold a function's arguments (``max(0,5)``, ``f (0,5)``)."""
    if tokens[index].text != "(":
        return False
    before = tokens[index - 1] if index > 0 else None
    return before is None or before.kind == "number" or before.text in _BEFORE_GROUPING


def _writes_decimal_commas(tokens: list[Token]) -> bool:
    """Whether the formula shows it writes decimals with a comma: a decimal comma outside every bracket (``-0,3``,
    ``= 0,2``), where no other reading of its comma fits, and no number with a decimal point anywhere."""
    if any(token.kind == "number" and "." in token.text for token in tokens):
        return False
    return any(token.text == "," and 0 < index and not _open_brackets(tokens, index - 1)
               and decimal_comma(tokens, index - 1) is not None for index, token in enumerate(tokens))


def _is_number(tokens: list[Token], index: int) -> bool:
    return 0 <= index < len(tokens) and tokens[index].kind == "number"


def printed_array(tokens: list[Token], at: int) -> tuple[list[list[str]], int] | None:
    """NumPy's print of an array, numbers apart by blanks with no comma, whose ``[`` is ``tokens[at]``: a vector,
    ``[0.85814894 0.94267582]`` (``[ 0.5 -0.3]``, ``[1. 0.]``: a sign glued to its number and a blank before it, a
    float's closing period), or a matrix, ``[[0.1 0.2]`` then `` [0.3 0.4]]``, its rows in brackets apart by blanks
    or a line break. (rows of number texts, a vector's one row, and the position after its closing ``]``); None
    where it is no such print: a comma anywhere, anything but signed numbers, two entries not apart, rows of two
    lengths, or a single number (``[1.99]``, read as the number)."""
    if at + 1 < len(tokens) and tokens[at + 1].text == "[":
        rows, position = [], at + 1
        while position < len(tokens) and tokens[position].text == "[":
            if rows and not tokens[position].spaced:
                return None  # [[0.1 0.2][0.3 0.4]]: rows not apart
            found = _printed_row(tokens, position)
            if found is None:
                return None
            rows.append(found[0])
            position = found[1]
        if position >= len(tokens) or tokens[position].text != "]" or len({len(row) for row in rows}) != 1 \
                or len(rows) * len(rows[0]) < 2:
            return None
        return rows, position + 1
    found = _printed_row(tokens, at)
    if found is None or len(found[0]) < 2:
        return None
    return [found[0]], found[1]


def _printed_row(tokens: list[Token], at: int) -> tuple[list[str], int] | None:
    """The signed numbers of one bracket of NumPy's print, ``[0.5 -0.3 1.]``, from its ``[`` at ``tokens[at]``, and
    the position after its ``]``; None where it holds anything else or two numbers not apart."""
    entries, position = [], at + 1
    while position < len(tokens) and tokens[position].text != "]":
        start = tokens[position]
        sign = ""
        if start.text == "-":  # NumPy prints a minus only, glued to its number
            sign, position = "-", position + 1
        if position >= len(tokens) or tokens[position].kind != "number" or (sign and tokens[position].spaced) \
                or (entries and not start.spaced) or two_readings_refusal(tokens, position) is not None:
            return None
        entries.append(sign + tokens[position].text)
        position += 1
        if position < len(tokens) and tokens[position].text == "." and not tokens[position].spaced and (
                position + 1 >= len(tokens) or tokens[position + 1].spaced or tokens[position + 1].text == "]"):
            position += 1  # NumPy's 1. for a float with no decimals
    if position >= len(tokens) or not entries:
        return None
    return entries, position + 1
