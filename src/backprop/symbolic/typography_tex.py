"""Spellings that mean what another spelling check reads means, rewritten to that one (a part of typography.clean).

TeX's own: the commands MathJax and KaTeX define as aliases (``\\part`` for ``\\partial``, ``\\prime`` for the
prime), and a brace group that holds only a script (``\\delta{_2}``), which TeX sets as the script of the symbol
before it, or only a parenthesised argument (``\\gamma{(x)}``, printed as ``\\gamma(x)``).

Unicode's mathematical alphanumeric symbols (U+1D400-U+1D7FF), as the letters and digits they style. A PDF's text
layer gives a formula's letters in the styles the PDF drew them: Ahmed Gad's slides have ``𝒔 = 𝑿1 ∗ 𝑾1 + 𝑿2 ∗ 𝑾2 +
𝒃`` (bold italic) and ``𝟎. 𝟏`` (bold digits). In LaTeX math every letter is already italic and a bold letter names
the same quantity as its plain one, as typography reads ``\\mathbf{W}``; so bold, italic, sans-serif and monospace
letters and digits are the plain ones (NFKC's mapping, which also gives the Greek letters, ∂ and ∇ of the block
their plain forms, which typography then writes as LaTeX). Script, fraktur and double-struck capitals are other
letters in mathematics (``\\mathcal{L}`` may be the loss where L is a layer): they become ``\\mathcal{L}``,
``\\mathfrak{A}``, ``\\mathbb{R}``. The few letters the block leaves out, because Unicode had them already (ℎ the
italic h, ℒ the script L, ℝ), are read as the block's own would be. A space a PDF's text puts after a decimal point
between styled digits (``𝟎. 𝟏``) is no part of the number: 0.1 (between plain digits, ``0. 1`` stays what the
parser says, a refusal). East Asian input's fullwidth digits and Latin letters (U+FF10-FF19, U+FF21-FF5A: ``dＷ``
typed in a Chinese document) are the plain ones too, by the same mapping.

LaTeX's older spelling of cases: a brace opened by ``\\left\\{`` and closed by the empty ``\\right.`` around an
``array`` (or a ``matrix``) of rows, each a value, ``&`` and its condition (``\\left\\{\\begin{array}{ll} 0 &
\\text{if } z < 0 \\\\ z & \\text{if } z \\geq 0 \\end{array}\\right.``), is the cases environment; so are plain
text's braces around cases in words, ``{ 0 if z <= 0, 1 if z > 0 }``.

A course's: Ng's gradient names written with ∂, ``\\partial W^{[l]} = \\frac{\\partial \\mathcal{J}}{\\partial
W^{[l]}} = \\frac{1}{m} \\partial Z^{[l]} A^{[l-1]T}``, where the course's dW is set as ∂W.

String rewriting over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re
import unicodedata

from ..patterns import lazy_pattern
from .brackets import top_level_parts
from .decorations import braced_end
from .quantities import FormulaError, short
from .syntax_tree import GREEK, _DECORATIONS

#: \left\{ \begin{array}{ll} rows \end{array} \right. (or a matrix's rows): the rows of a case distinction
_ARRAY_CASES = lazy_pattern(r"\\left\s*(?:\\\{|\\lbrace(?![A-Za-z]))\s*\\begin\{(?:array\}\s*\{[^{}]*|matrix)\}"
                            r"(?P<rows>(?:(?!\\begin\{|\\end\{).)*?)\\end\{(?:array|matrix)\}\s*\\right\s*\.", re.S,
                            needs=("\\begin{",))
#: plain text's braces around cases in words, { 0 if z <= 0, 1 if z > 0 }: no command, no brace inside
_WORDED_CASES = lazy_pattern(r"(?<![_^\\A-Za-z0-9])\{(?P<cases>[^{}\\]*(?<![A-Za-z])if(?![A-Za-z])[^{}\\]*)\}")
#: one case in words: its value, then if and its condition, or otherwise (else) before or after it
_WORDED_CASE = lazy_pattern(r"\s*(?:(?P<value>\S.*?)\s+if\s+(?P<condition>\S.*?)|(?:else|otherwise)\s+(?P<last>\S.*?)"
                            r"|(?P<before>\S.*?)\s+(?:else|otherwise))\s*")


def as_cases_environment(text: str) -> str:
    """The formula with LaTeX's and plain text's other spellings of a case distinction written as
    ``\\begin{cases}``: a brace of rows closed by ``\\right.``, and braces around cases in words, ``{ 0 if z <= 0,
    1 if z > 0 }`` (each case a value and its condition after if, the last one's may be otherwise)."""
    text = _ARRAY_CASES.sub(lambda match: r"\begin{cases}" + match.group("rows") + r"\end{cases}", text)
    return _WORDED_CASES.sub(_cases_in_words, text) if "if" in text else text


#: plain TeX's aligned blocks, \eqalign{ A &= B \cr &= C } and \displaylines{ A = B \cr C = D }: each a macro with
#: its rows in one brace group; \eqalignno's (\leqalignno's) rows have a third column, the row's number
_PLAIN_TEX_BLOCK = lazy_pattern(r"\\(?:eqalign|displaylines|(?P<numbered>l?eqalignno))\s*(?=\{)",
                                needs=("displaylines", "eqalign"))
#: a row's end other than LaTeX's \\: plain TeX's \cr, and \newline, which MathJax and KaTeX break a display's
#: line at as they do at \\ (an eqnarray's lines ending ", \newline")
_ROW_END = lazy_pattern(r"\\(?:cr|newline)(?![A-Za-z])")
_NUMBER_COLUMN = lazy_pattern(r"&\s*\(\s*[0-9]+[a-z]?\s*\)\s*$")


def plain_tex_alignments(text: str) -> str:
    """The formula with plain TeX's aligned blocks written as LaTeX's rows: the group's rows, each ``\\cr`` a
    row's end ``\\\\`` (the ``&`` marks left as an aligned environment's), a numbered block's ``&(1)`` dropped; a
    block with a third column that is no number as written. A block whose group is never closed is refused saying
    so, as a math delimiter never closed is (grading/document.py). Any other ``\\cr`` (KaTeX's and MathJax's row end
    in LaTeX's environments, ``\\begin{aligned} A &= B \\cr C &= D \\end{aligned}``), and any ``\\newline``, is the
    row's end ``\\\\``."""
    text = _plain_tex_blocks(text)
    return _ROW_END.sub(r" \\\\ ", text) if "\\cr" in text or "\\newline" in text else text


def _plain_tex_blocks(text: str) -> str:
    for _ in range(text.count("\\")):
        match = _PLAIN_TEX_BLOCK.search(text)
        if match is None:
            return text
        end = braced_end(text, match.end())
        if end is None:
            raise FormulaError(f"formula {short(text)}: the group of {match.group(0).strip()} opened at position"
                               f" {match.end() + 1} is never closed (no }} after it); close it after the block's last"
                               " row")
        rows = _ROW_END.split(text[match.end() + 1:end - 1])
        if match.group("numbered"):
            numbered = [_NUMBER_COLUMN.sub("", row) if row.count("&") == 2 else row for row in rows]
            if any(row.count("&") > 1 for row in numbered):
                return text
            rows = numbered
        text = text[:match.start()] + " " + r" \\ ".join(rows) + " " + text[end:]
    return text


def _cases_in_words(match: re.Match) -> str:
    """``\\begin{cases}`` of the braces' cases in words; the braces as written where they are no cases."""
    # (the body has no brace and no backslash, _WORDED_CASES)
    cases = [_WORDED_CASE.fullmatch(part) for part in top_level_parts(match.group("cases"), ",;")]
    if len(cases) < 2 or None in cases or any(case.group("condition") is None for case in cases[:-1]):
        return match.group(0)
    rows = [rf"{case.group('value')} & \text{{if }} {case.group('condition')}" if case.group("condition") is not None
            else rf"{case.group('last') or case.group('before')} & \text{{otherwise}}" for case in cases]
    return r"\begin{cases} " + r" \\ ".join(rows) + r" \end{cases}"


def tex_aliases(text: str) -> str:
    """The formula with the commands MathJax and KaTeX define as another's spelled as that one: ``\\part`` for
    ``\\partial``, the physics package's ``\\dd`` for ``\\mathrm{d}``, ``\\cdotp`` and ``\\centerdot`` for
    ``\\cdot``, and ``\\prime`` for the prime ``'`` (as the character U+2032 is), so that ``\\sigma\\prime(z)``,
    ``f^{\\prime}(z)`` and ``g^{\\prime\\prime}`` read as ``\\sigma'(z)``, ``f'(z)`` and ``g''``; Markdown's
    escapes ``\\_`` and ``\\*`` as ``_`` and ``*``; a bold one with a comparison as its subscript,
    ``\\mathbf{1}_{\\mathbf{z} > 0}``, as the indicator ``\\mathbb{1}_{\\mathbf{z} > 0}`` (never the vector of ones,
    ``\\mathbf{1}_n``)."""
    # Markdown's escapes, w\_{new} and a \* b as a Markdown source writes math so that its renderer leaves them:
    # _ and * (in a formula neither means anything else; never the line break \\ nor its \\*)
    text = re.sub(r"(?<!\\)\\([_*])", r"\1", text)
    text = re.sub(r"\\part(?![A-Za-z])", r"\\partial", text)
    text = re.sub(r"\\dd(?![A-Za-z])", r"\\mathrm{d}", text)  # the physics package's differential, \frac{\dd L}{\dd w}
    text = re.sub(r"\\(?:cdotp|centerdot)(?![A-Za-z])", r"\\cdot", text)
    text = re.sub(r"\^\s*\\prime(?![A-Za-z])", "'", text)  # TeX's own prime, \sigma^\prime: a superscript prime
    text = _BOLD_INDICATOR.sub(r"\\mathbb{1}", text)
    text = decimal_commas(text) if "{" in text else text
    return lost_backslashes(re.sub(r"\\prime(?![A-Za-z])", "'", text))


# digits, LaTeX's braced comma {,} and digits, 0{,}622: the braces keep math mode from spacing the comma as a list's,
# which is how a number's comma is written; the digits no script's (x_1{,}2) nor a name's, then any further groups
_BRACED_COMMA_NUMBER = lazy_pattern(r"(?<![A-Za-z0-9_^])(?<!\d\.)(\d+)((?:\{\s*,\s*\}\d+)+)(?!\d|\.\d)",
                                    needs=(",",))
# a script's group still open where a text ends, w_{1 (w_{\text{a}} 1 is taken as outside it: no braces inside)
_IN_SCRIPT = lazy_pattern(r"[_^]\s*\{[^{}]*$")


def decimal_commas(text: str) -> str:
    """``0{,}622`` (``12{,}5``): a number with LaTeX's braced comma, as European pages write a decimal comma, the
    number with its point (0.622); with two braced commas or more, ``1{,}250{,}000``, groups a decimal comma cannot
    make, the thousands' separators English pages write (1250000). One braced comma that may be either, ``1{,}250``
    (three digits after a whole number other than 0), is refused in one line giving both numbers. Inside a script's
    group, ``w_{1{,}2}``, the comma parts indices: left as written."""
    def number(match: re.Match) -> str:
        first, groups = match.group(1), re.findall(r"\d+", match.group(2))
        if _IN_SCRIPT.search(text, 0, match.start()):
            return match.group(0)  # w_{1{,}2}: a script's indices, the comma parting them as unspaced
        if len(groups) > 1:
            return first + "".join(groups)
        if len(groups[0]) != 3 or first == "0":
            return f"{first}.{groups[0]}"
        raise FormulaError(f"formula {short(text)}: the number {match.group(0)} reads two ways: {first}{groups[0]} (the"
                           f" comma a thousands' separator) or {first}.{groups[0]} (a decimal comma); write"
                           f" {first}{groups[0]} (or {first}.{groups[0]})")
    return _BRACED_COMMA_NUMBER.sub(number, text)


# a bold one whose subscript holds a comparison (a group inside it at most), \mathbf{1}_{\mathbf{z}_1 > 0}
_BOLD_INDICATOR = lazy_pattern(r"\\(?:mathbf|boldsymbol|bm)\s*\{\s*1\s*\}(?=\s*_\s*\{(?:[^{}]|\{[^{}]*\})*?"
                               r"(?:[<>]|\\[gl]eq?(?![A-Za-z])|\\neq?(?![A-Za-z])))",
                               needs=("bm", "boldsymbol", "mathbf"))


# a copy that lost its backslashes: frac{1}{m} (two brace groups after the word), sqrt{...} (one) - no product of
# letters is followed by a brace group, so only the command can be meant
_LOST_FRACTION = lazy_pattern(r"(?<![\\A-Za-z])[dtc]?frac(?=\s*\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}\s*\{)")
_LOST_ROOT = lazy_pattern(r"(?<![\\A-Za-z])sqrt(?=\s*\{)")


# qquad, quad after a comma, A = B,qquad C = D: the words are no one's names there (not a code name being assigned,
# a, quad = ..., nor one applied or indexed)
_LOST_QUAD = lazy_pattern(r"(?<=,)[ \t]*(q?quad)(?![A-Za-z0-9_])(?![ \t]*[=(\[^_.])", needs=("quad",))


# the premise's and the conclusion's marks, \because and \therefore, and Unicode's ∵ and ∴
_LOGIC_MARK = lazy_pattern(r"\\(because|therefore)(?![A-Za-z])|(\u2235)|(\u2234)",
                           needs=("because", "therefore", "∴", "∵"))


def logic_marks_as_words(text: str) -> str:
    """``\\because 1/e^z = e^{-z}``, ``\\therefore w = ...`` (∵, ∴): the marks as the words they stand for,
    ``\\text{because}`` and ``\\text{therefore}``, which lead into a claim as "since" and "so" do
    (typography_comments.CONNECTIVE_WORD): set aside, the claim after them judged as any claim."""
    def word(match: re.Match) -> str:
        return r" \text{%s} " % (match.group(1) or ("because" if match.group(2) else "therefore"))
    return _LOGIC_MARK.sub(word, text) if "\\" in text or "\u2234" in text or "\u2235" in text else text


def lost_backslashes(text: str) -> str:
    """``frac{1}{m}``, ``sqrt{x}`` and ``,qquad`` (``,quad``), commands copied without their backslash, as
    ``\\frac{1}{m}``, ``\\sqrt{x}`` and ``, \\qquad`` (the space between two claims)."""
    return _LOST_QUAD.sub(r" \\\1", _LOST_ROOT.sub(r"\\sqrt", _LOST_FRACTION.sub(r"\\frac", text)))


# a group of scripts alone, {_2}, {^L}, {_{ij}}, {_j^l}: each script a group, a command or one letter or digit
_SCRIPT_GROUP = lazy_pattern(r"\{\s*((?:[_^]\s*(?:\{[^{}]*\}|\\[A-Za-z]+|[A-Za-z0-9])\s*)+)\}")
# or a parenthesised argument alone, \gamma{(O^L)}: TeX prints it as \gamma(O^L), the group being invisible
_ARGUMENT_GROUP = lazy_pattern(r"\{\s*(\([^{}()]*(?:\([^{}()]*\)[^{}()]*)*\))\s*\}")
# what such a group scripts: letters (not a command's), a Greek letter, a decorated letter (\hat{y}, \mathbf{W}),
# a script in braces (a^{l}{_j}, the scripts of one symbol)
_SCRIPTED = lazy_pattern(r"(?:(?<![\\A-Za-z])[A-Za-z]+|(?P<command>\\[A-Za-z]+)|(?P<decoration>\\[A-Za-z]+)"
                         r"\{\s*(?:[A-Za-z]|\\[A-Za-z]+)\s*\}|[_^]\s*\{[^{}]*\})\s*$")
MAX_GROUPS = 4
_BOLD = {r"\mathbf", r"\boldsymbol", r"\bm", r"\vec", r"\textbf"}


def script_groups(text: str) -> str:
    """``\\delta{_2}``, ``\\delta{^L}``, ``x{_{ij}}``: a brace group that holds only scripts, after a symbol, as
    that symbol's scripts (``\\delta_2``, ``\\delta^L``, ``x_{ij}``). TeX hangs them on an empty atom right after
    the symbol, which prints as the symbol's own scripts. So a group that holds only a parenthesised argument,
    ``\\gamma{(O^L)}``, is ``\\gamma(O^L)``, as TeX prints it. After anything else (a number, a parenthesis, a
    command that takes an argument) the group stays, and is refused where it is read."""
    def unbraced(match: re.Match) -> str:
        before = _SCRIPTED.search(text, 0, match.start())
        if before is None or before.group("command") and before.group("command") not in GREEK \
                or before.group("decoration") and before.group("decoration") not in _DECORATIONS | _BOLD:
            return match.group(0)
        return match.group(1).strip()
    for _ in range(MAX_GROUPS):  # x{_i}{^2}: the second group scripts x once the first is x's
        text, before = _SCRIPT_GROUP.sub(unbraced, text), text
        text = _ARGUMENT_GROUP.sub(unbraced, text)  # unbraced reads the text this group's positions are in
        if text == before:
            break
    return text

_BLOCK = range(0x1D400, 0x1D800)
# the block's holes, filled by the Letterlike Symbols Unicode had before it
_LETTERLIKE = "ℎℬℰℱℋℐℒℳℛℯℊℴℭℌℑℜℨℂℍℕℙℚℝℤ"
_STYLES = (("SCRIPT", r"\mathcal"), ("FRAKTUR", r"\mathfrak"), ("BLACK-LETTER", r"\mathfrak"),
           ("DOUBLE-STRUCK", r"\mathbb"))
_SPLIT_DECIMAL = lazy_pattern("(?<=[\U0001D7CE-\U0001D7FF])\\.\\s+(?=[\U0001D7CE-\U0001D7FF])")


def _plain(character: str) -> str | None:
    name = unicodedata.name(character, "")
    plain = unicodedata.normalize("NFKC", character)
    if not name or len(plain) != 1 or plain == character:
        return None
    for style, command in _STYLES:
        # a styled capital (or the double-struck 1, the indicator) is another letter: its command keeps it so
        if style in name and (plain.isupper() or command == r"\mathbb" and plain.isdigit()):
            return f"{command}{{{plain}}}"
    return plain


# East Asian input's fullwidth digits and Latin letters (dＷ for dW), which NFKC gives as the plain ones
_FULLWIDTH = (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))
MATH_LETTERS = {character: plain for character in (*map(chr, _BLOCK), *_LETTERLIKE, *map(chr, _FULLWIDTH))
                if (plain := _plain(character)) is not None}


def plain_math_letters(text: str) -> str:
    """``text`` with every mathematical alphanumeric symbol as its letter or digit (see the module docstring)."""
    if not any(character in MATH_LETTERS for character in text):
        return text
    text = _SPLIT_DECIMAL.sub(".", text)
    return "".join(MATH_LETTERS.get(character, character) for character in text)

# a name: a letter or a command, then its scripts (W^{[l]}, A^{[l-1]}, \theta_j)
_NAME = r"(?:\\[A-Za-z]+(?![A-Za-z])|[A-Za-z])(?:\s*[_^]\s*(?:\{(?:[^{}]|\{[^{}]*\})*\}|[A-Za-z0-9]))*"


def _braced(group: str) -> str:
    """A brace group (one level of braces inside), its text the named group."""
    return r"\{(?P<" + group + r">(?:[^{}]|\{[^{}]*\})*)\}"


# the left side ∂X, then the loss's derivative by X as the first member
_DEFINED = lazy_pattern(r"\s*\\partial\s*(?P<name>" + _NAME + r")\s*=\s*\\frac\s*" + _braced("over") + r"\s*"
                        + _braced("under") + r"\s*(?:=|$)")
_LONE_PARTIAL = lazy_pattern(r"\\partial(?![A-Za-z])\s*(?P<name>" + _NAME + r")")


def partial_gradient_names(text: str) -> str:
    """``\\partial X = \\frac{\\partial L}{\\partial X} = ...``: a lone ∂X (no fraction, no ``/`` after it) on the
    left side that its first member defines as the loss L's derivative by X names that derivative, the course's
    dX set with ∂; so does every lone ∂Y of the formula (outside every brace group), dL/dY, as the notation's own
    ``dW`` gives the d-names of its other letters (Notation.gradient_names). Each is written as the fraction;
    any other text as it is (a lone ∂X that no member defines stays, and is refused)."""
    defined = _DEFINED.match(text)
    if defined is None:
        return text
    over = re.fullmatch(r"\s*\\partial(?![A-Za-z])\s*(.*?)\s*", defined.group("over"), re.S)
    under = re.fullmatch(r"\s*\\partial(?![A-Za-z])\s*(.*?)\s*", defined.group("under"), re.S)
    if over is None or under is None or not over.group(1) \
            or re.sub(r"\s", "", under.group(1)) != re.sub(r"\s", "", defined.group("name")):
        return text
    loss = over.group(1)
    pieces, position = [], 0
    for match in _LONE_PARTIAL.finditer(text):
        before = text[:match.start()]
        if _depth(before) != 0 or re.match(r"\s*/", text[match.end():]):
            continue  # inside a fraction's argument, or the quotient ∂L/∂w: a derivative as written
        pieces.append(text[position:match.start()])
        pieces.append(rf"\frac{{\partial {loss}}}{{\partial {match.group('name')}}}")
        position = match.end()
    return "".join(pieces) + text[position:]


def _depth(text: str) -> int:
    plain = re.sub(r"\\[{}]", "", text)
    return plain.count("{") - plain.count("}")
