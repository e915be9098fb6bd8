"""Unicode a formula may be typed with, as LaTeX (a part of typography.clean): dashes, operators and arrows, Greek
letters (δ2 with its digits as the subscript), Unicode's subscript and superscript characters (w₁₂, x⁽ⁱ⁾, Wᵀ), accented
letters (Ŷ as \\hat{Y}), letters with no accent to strip (ß as \\ss) and vulgar fractions (½ as (1/2))."""

from __future__ import annotations

import re
import unicodedata
from fractions import Fraction

from ..expression.spelling import GREEK_LETTER_NAMES
from ..patterns import lazy_pattern
from .quantities import FormulaError, short
from .typography_tex import plain_math_letters

#: the dashes a text writes for a minus (or a list's dash, a dash before a note): the hyphen-minus, Unicode's minus
#: sign, the en and em dashes, the hyphen and the non-breaking hyphen; each is the minus in a formula (UNICODE), but
#: an em dash glued between two operands, refused (_EM_DASH_BETWEEN)
DASHES = "-\u2212\u2013\u2014\u2010\u2011"
#: the same as a character class's contents (the hyphen-minus escaped): [{DASH_CHARACTERS}] one dash, [+{...}] a sign
DASH_CHARACTERS = re.escape(DASHES)

# Unicode a formula may be typed with, and what it means in LaTeX.
UNICODE = {
    **dict.fromkeys(DASHES[1:], "-"), "\u00b7": r" \cdot ",
    "\u22c5": r" \cdot ", "\u2022": r" \cdot ", "\u00d7": r" \times ", "\u2202": r"\partial ",
    "\u2207": r"\nabla ", "\u2206": r"\Delta ", "\u2299": r" \odot ", "\u2298": r" \oslash ", "\u2218": r" \circ ",
    "\u2211": r"\sum ", "\u220f": r"\prod ", "\u2297": r" \otimes ",  # ⊗: the outer product of two vectors, as \otimes
    "\u2248": r" \approx ", "\u2190": r" \leftarrow ", "\u2192": r" \to ", "\u21d2": r" \Rightarrow ",
    # the long arrows and the maps-to arrow, ⟶ as \longrightarrow (an update, w ⟶ w + α δ x, as → is; an implication
    # between two claims), ⟹ and ⟺ an implication; a leftward arrow an update of the name on its left
    "\u27f6": r" \longrightarrow ", "\u27f5": r" \longleftarrow ", "\u21a6": r" \mapsto ", "\u27fc": r" \mapsto ",
    "\u27f9": r" \Longrightarrow ", "\u21d4": r" \Leftrightarrow ", "\u27fa": r" \iff ",
    "\u2260": r" \neq ", "\u2264": r" \leq ", "\u2265": r" \geq ", "\u2032": "'", "\u2019": "'",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2061": "", "\u200b": "",
    # the katakana middle dot (and its halfwidth form), which Japanese input methods type for the product's dot
    "\u30fb": r" \cdot ", "\uff65": r" \cdot ",
    # Chinese and Japanese input methods' full-width punctuation and operators typed inside a formula, dz = a*(1-a）,
    # f（x，y）: their ASCII forms (the prose's full-width comma and colon between a formula and its words are split
    # off before, typography_prose.sentence_formulas; ＾ a caret, ＿ a subscript's underscore)
    **{chr(ord(character) + 0xFEE0): character for character in "()[],:;=+-*/<>^_|"},
    "\u0177": r"\hat{y}", "\u0233": r"\bar{y}", "\u2113": r"\ell ", "\U0001d7d9": r"\mathbb{1}",
    "\u2026": r" \ldots ", "\u2217": " * ", "\u03f5": r"\epsilon ", "\u03d1": r"\vartheta ", "\u03d5": r"\phi ",
}
# Unicode's subscript and superscript characters, w₁₂ and x⁽ⁱ⁾ as a Unicode-typing student writes them: a run of
# them is one script (w₁₂ is w_{12}), written without braces where the text has none (plain text stays plain)
SUBSCRIPTS = dict(zip("₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₒₓₕₖₗₘₙₚₛₜᵢⱼᵣᵤᵥ", "0123456789+-=()aeoxhklmnpstijruv"))
# (the superscript letters each one letter; a lone ᵗ is the transpose, below)
# and the modifier capitals, δ⁽ᴷ⁾ (U+1D2C-U+1D42, ⱽ U+2C7D): their letters, as the small ones' are
SUPERSCRIPTS = dict(zip("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁱⁿˡᵀᵏʲᵃᵇᶜᵈᵉʰᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵁᵂⱽ",
                        "0123456789+-=()inlTkjabcdehmoprstuvwxyzABDEGHIJKLMNOPRUWV"))
_SCRIPT_RUNS = ((lazy_pattern("[%s]+" % "".join(SUBSCRIPTS)), "_", SUBSCRIPTS),
                (lazy_pattern("[%s]+" % "".join(SUPERSCRIPTS)), "^", SUPERSCRIPTS))
_GREEK_LETTERS = "αβγδεζηθικλμνξπρστυφχψωΓΔΘΛΞΠΣΥΦΨΩ"
# (each the letter of the name at its place in expression.spelling's GREEK_LETTER_NAMES)
UNICODE.update({letter: f"\\{name} " for letter, name in zip(_GREEK_LETTERS, GREEK_LETTER_NAMES, strict=True)})
UNICODE["ς"] = r"\sigma "
_GREEK_SPELLED = dict(zip(_GREEK_LETTERS, GREEK_LETTER_NAMES, strict=True))


def greek_spelled(word: str) -> str:
    """``word`` with each Greek letter spelled by its name, dσ as dsigma: the word as letters the reader keeps whole
    (a formula's σ is typeset \\sigma, which would part a word that holds it)."""
    return "".join(_GREEK_SPELLED.get(character, character) for character in word)


# Julia's operator letters in a name (nn.∇w, nn.∂C∂b) and the Latin letters with no accent to strip, as ASCII spells them
_ASCII_LETTERS = {"∂": "d", "∇": "nabla", "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "œ": "oe", "Œ": "OE",
                  "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH", "ł": "l", "Ł": "L"}


def ascii_spelled(word: str) -> str:
    """``word`` in ASCII letters where it can be: each Greek letter by its name (greek_spelled), ∂ as d and ∇ as nabla,
    each accented Latin letter without its accent (för as for, nästa as nasta), ß as ss, ø as o; any other letter (of
    another script) as it is."""
    spelled = "".join(_ASCII_LETTERS.get(character, character) for character in greek_spelled(word))
    return "".join(character for character in unicodedata.normalize("NFKD", spelled)
                   if not unicodedata.combining(character))
# the letters with no accent to strip (ß, æ, ø, ð, þ, ł: not a base letter under a mark, as Ŷ is): each a symbol name
# of its own, TeX's command for it (\ss, \ae, \o, \dh, \th, \l), in a notation's keys and in formulas alike
UNICODE.update({letter: f"\\{command} " for letter, command in zip(
    "ßæÆøØœŒðÐþÞłŁåÅ", ("ss", "ae", "AE", "o", "O", "oe", "OE", "dh", "DH", "th", "TH", "l", "L", "aa", "AA"))})
_GREEK_BRACKET = lazy_pattern("([%s])(?=\\[)" % _GREEK_LETTERS)
_GREEK_DIGITS = lazy_pattern("([%s])([0-9]+)(?![0-9]|\\.[0-9])" % _GREEK_LETTERS.replace("Σ", "").replace("Π", ""))
# the vulgar fractions, ½ (y - t)² as a plain-text page writes one half: ¼ ½ ¾ and ⅐ to ⅞ (as (1/2), which
# plain text and LaTeX both read; \frac would make y_hat beside it LaTeX's y_h a t)
UNICODE.update({chr(code): " (%d/%d) " % Fraction(unicodedata.numeric(chr(code))).limit_denominator(10)
                .as_integer_ratio() for code in (0xBC, 0xBD, 0xBE, *range(0x2150, 0x215F))})


# an em dash glued between two operands, otLayerResp—output(ini), weights_h2o—delta: prose's dash between words, or
# what a word processor makes of a double hyphen typed between them (a--b, itself a minus and a negation): never read
# as a minus (a spaced one, a — b, is, as the en dash a word processor makes of a spaced hyphen); never an arrow's run
# of dashes (w <—— w - ...)
_EM_DASH_BETWEEN = lazy_pattern(r"(?<=[\w)\]}'])\u2014(?=[\w(\[{\\])", needs=("\u2014",))


def normalize_unicode(text: str) -> str:
    """Unicode dashes, operators, Greek letters and subscripts/superscripts as LaTeX. FormulaError for an em dash
    glued between two operands (_EM_DASH_BETWEEN), never read as a minus."""
    if (dash := _EM_DASH_BETWEEN.search(text)) is not None:
        before = re.search(r"\S*$", text[:dash.start()]).group(0)
        after = re.match(r"\S*", text[dash.end():]).group(0)
        raise FormulaError(f"formula {short(text.strip())}: an em dash \u2014 glued between {before} and {after},"
                           " prose's dash between words or a word processor's for a double hyphen (--), which no"
                           f" code nor typeset formula writes for a minus; write - for the minus ({before} - {after})")
    text = plain_math_letters(text)  # a PDF's 𝑿1: X1, its Greek the Greek letters below
    braced = "{" in text  # LaTeX: a script of several characters needs its braces; plain text reads w_12 whole
    # Wᵗ @ dz: a lone superscript t is the transpose, as ᵀ is, unless the text writes t in a longer superscript
    # too (wᵗ⁺¹, x⁽ᵗ⁾: a step t, which a lone ᵗ then is as well)
    steps = any(len(run) > 1 for run in re.findall("[%s]+" % "".join(SUPERSCRIPTS), text) if "ᵗ" in run)
    for runs, sign, characters in _SCRIPT_RUNS:
        def script(match, sign=sign, characters=characters):
            written = "".join(characters[character] for character in match.group(0))
            if sign == "^" and (written == "T" or written == "t" and not steps):
                return "^T"
            if sign == "_" and not braced and written.isalnum() and re.match(r"_[A-Za-z]", match.string[match.end():]):
                # w₁_new: the subscript glued, as plain text's w1_new (w_1 with its own script new), never w_1_new
                return written
            return f"{sign}{{{written}}}" if braced or (len(written) > 1 and not written.isalnum()) else sign + written
        text = runs.sub(script, text)
    # a Greek letter typed against its digits, δ2 (a letter, as t1): the digits are its subscript, as w₁₂'s are
    # (not Σ nor Π, the sum and the product; not a decimal number's digits, η0.5)
    text = _GREEK_DIGITS.sub(lambda match: UNICODE[match.group(1)].rstrip() + ("_{%s}" if braced else "_%s")
                             % match.group(2), text)
    # a Greek letter before code's bracket, Julia's δ[l][j] and θ[j]: the bracket is its index, glued to the command
    # as to a letter's name (δ [l] spaced would read as δ times l)
    text = _GREEK_BRACKET.sub(lambda match: UNICODE[match.group(1)].rstrip(), text)
    text = text.replace(".\u2217", ".*")  # MATLAB's .* copied from rendered math, .∗: the entrywise product
    text = accented_letters(text)
    # full-width parentheses spaced after the formula, closing its line, may hold a remark as well as a factor: kept
    asides = _FULL_WIDTH_ASIDE.finditer(text) if "\uff08" in text else ()
    aside = {place for match in asides for place in (match.start(1), match.end(1) - 1)}
    return "".join(character if place in aside else UNICODE.get(character, character)
                   for place, character in enumerate(text))


_FULL_WIDTH_RELATIONS = lazy_pattern("[\uff1d\uff1c\uff1e]")  # ＝ ＜ ＞


def full_width_relations(text: str) -> str:
    """``text`` with the full-width relations an input method types (``I_5 ＝ w O + θ``) as UNICODE's ASCII forms:
    for a reader that finds a document's claims by their relations before a formula is normalised (grade)."""
    return _FULL_WIDTH_RELATIONS.sub(lambda match: UNICODE[match.group(0)], text)


# a group in full-width parentheses after a space closing a line (its ideographic full stop after it), s = v x
# （s + c）: as Chinese and Japanese notes write a remark, or a factor; never read as one (formula_remarks drops it
# where it holds that script's words); after an operator, a relation, a comma or an open bracket (dz = a ＊ （1 - a）)
# it can only be an operand, read with the parentheses' ASCII forms
_OPERAND_BEFORE = "+-*/=^_,([|<>"
_FULL_WIDTH_ASIDE = lazy_pattern(r"(?<=[^\s%s%s\u00d7\u00b7\u2212])[ \t\u3000]+(\uff08[^\uff08\uff09\n]*\uff09)"
                                 r"[ \t\u3000\u3002.]*$" % ("".join(re.escape(character) for character in _OPERAND_BEFORE),
                                                            "".join(chr(ord(character) + 0xFEE0)
                                                                    for character in _OPERAND_BEFORE)),
                                 re.M)


# Unicode's accents over a letter, precomposed (Ŷ, Ŵ, ȳ) or combining after it (y\u0302, θ\u0302): the LaTeX accent,
# \hat{Y}, so that a notation's key and a formula read the letter alike
_ACCENTS = {"\u0302": r"\hat", "\u0304": r"\bar", "\u0303": r"\tilde", "\u0307": r"\dot", "\u20d7": r"\vec"}
_ACCENTED = lazy_pattern("([A-Za-z%s])([%s])" % (_GREEK_LETTERS, "".join(_ACCENTS)))


def accented_letters(text: str) -> str:
    """``text`` with each letter under one of _ACCENTS' marks as its LaTeX accent (Ŷ as \\hat{Y})."""
    if text.isascii():
        return text
    text = "".join(unicodedata.normalize("NFD", character) if character not in UNICODE and not character.isascii()
                   and _ACCENTED.fullmatch(unicodedata.normalize("NFD", character)) else character for character in text)
    # plain text stays plain (as a run of Unicode scripts does): \hat y, which reads as \hat{y}, without the braces
    # that make a text LaTeX (where wi is no flat-printed w_i)
    accent = "%s{%s}" if "{" in text else "%s %s"
    return _ACCENTED.sub(lambda match: accent % (_ACCENTS[match.group(2)], UNICODE.get(match.group(1), match.group(1))
                                                 .strip()), text)
