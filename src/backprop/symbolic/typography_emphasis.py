"""Markdown's emphasis, quotes and prose around a formula (a part of typography.py's cleaning): on its own line, HTML's
markup of a formula (its italics and bold layout, its <sub> and <sup> scripts), bold around the whole formula, a bold
label naming the formula's left side (with a remark on it before the formula), and prose ended by a colon before an
equation. What is kept is the formula; the emphasis is layout and the words are remarks.

Formulas quoted in a sentence (quoted_formulas), quotes set around a formula in prose as bold is: ``Just below,
obviously "w = w + lr * g" should be "w = w - lr * g", which is the descent.`` Each span in double quotes (straight,
or typographic “...”) holding a relation is a formula, its own claim (so is one in a Chinese or Japanese page's
brackets, ``【 a = σ(z) 】``, 「 」 『 』); the words outside the quotes are prose. Code's strings (``print("loss = ",
loss)``, ``s = "a = b"``) are no sentence: a line with anything but words and punctuation outside its quotes stays as
it is.

String rewriting over a bounded text, as the rest of typography: nothing is evaluated.
"""

from __future__ import annotations

import html
import re

from ..patterns import lazy_pattern
from .lead_in_words import CONDITION_WORDS
from .math_spans import CHARACTER_REFERENCE, math_spans
from .syntax_tree import relation_pattern
from .typography_prose import CONDITION_BEFORE, PROSE_WORD

_RELATION = lazy_pattern(relation_pattern())
# a Markdown list's mark before the line: "- ", "* ", "1. "
_LIST_MARK = r"(?:[-*+]|[0-9]+[.)])[ \t]+"
# a list's mark before a formula with no delimiter, "1.  z^{(k)} = ...", "*   w \leftarrow ...": an item's number (a
# name, a Greek letter, a command or ∂ after it, never a digit or a parenthesis, which a decimal "2." could multiply)
# or its asterisk (a formula never opens with a product's *), also glued to a name and its relation when a copy lost
# the space ("*dL/dw = ...", never italics: no asterisk ends the line); a "- " or "+ " stays, a sign read both ways
_UNDELIMITED_LIST_MARK = lazy_pattern(r"^[ \t]*(?:[0-9]+[.)][ \t]+(?=[^\W\d_]|\\[A-Za-z]|[\u2202\u2207\u2206])|\*[ \t]+(?=\S)"
                                      r"|\*(?=[^\W\d_][\w/\[\]{}^'\\]*[ \t]*:?=)(?!.*\*[ \t]*$))")
# a run of two asterisks or underscores or more (bold, or bold italic: ***, ______), never one: * and _ alone are a
# product and a subscript
_RUN = r"(\*{2,}|_{2,})"
# bold around the whole formula, **`dL/dw = (a - y) x`**, ******s(v) = 1 / (1 + e^{-v})******, __...__: the same run
# at both ends, a formula never beginning with a power's ** (nor ending with one), and after it perhaps a note in
# parentheses that opens with a word, "(summed over the batch)"
_BOLD_FORMULA = lazy_pattern(r"^" + _RUN + r"(?![*_])(.*?[^*_\s])\1(?P<note>[ \t]+\([^\W\d_]{2,}[^()\n]*\))?$", re.S)
# a note saying when the formula holds is its condition, not a remark
CONDITION_NOTE = lazy_pattern(r"\((?:" + CONDITION_WORDS + r"|since|only)\b", re.I)
# a bold name at the line's start: __dZ[2]__ = ..., **h_1**: ... (a name: no blank, no emphasis inside)
_BOLD_NAME = lazy_pattern(r"^[ \t]*(?:" + _LIST_MARK + r")?" + _RUN + r"(?P<name>[^*_\s](?:[^*\s]*?[^*_\s])?)\1")
# a name and perhaps its arguments, the left side of a definition: Z, dW[i], w_{jk}, \sigma (z), J(w, b)
_DEFINED_NAME = lazy_pattern(r"(?:\*{2,}|_{2,})?\\?[^\W\d_][\w.\[\]{}^',\\]*?(?:[ \t]*\([^()\n]*\))?"
                             r"[ \t]*(?=:?=|\\leftarrow)")
# prose ended by a colon before an equation, "The formula is: ...", "Z - represents a vector of this structure:
# ...": no relation, bracket, $ or backtick before the colon, but for a parenthesis of words in it ("Equivalent form
# (useful for differentiation): ..."), and never := (a definition's colon)
_WORDS_IN_PARENTHESES = r"\([ \t]*[^\W\d_]{2,}(?:[ \t,;]+[^\W\d_]{2,})*[ \t]*\)"
_PROSE_COLON = lazy_pattern(r"^[ \t]*(?P<prose>(?:[^:=<>()\[\]{}$`\n]|" + _WORDS_IN_PARENTHESES + r")+?)"
                            r":(?!=)[ \t]+(?P<formula>\S[^\n]*)$", needs=(":",))
_WORD = lazy_pattern(r"[^\W\d_]{2,}[,;.]?")
_CONDITION_START = lazy_pattern(r"(?:" + CONDITION_WORDS + r"|since|while|else|elif|def|lambda|where)\b", re.I)


# HTML's markup around a formula or its letters, as a notebook's Markdown cell writes it: the tags that style text
# (<i>w</i>, <b>SUM</b>, <font color='red'>$$...$$</font>, <span style="...">), dropped, and those that open or
# close a block (<p>w = ...<p>, <br>, <div align="center">, <center>; a code block's, <pre>, and MediaWiki's
# <syntaxhighlight lang="python"> and older <source lang="python"> after a sentence of a wiki's page), a line break. A
# tag is a known name right after < or </, its attributes (up to MAX_TAG_ATTRIBUTES, each value up to MAX_TAG_VALUE
# characters) and > or />, so that a comparison's < and > (a < b, x<y>z with no such name) stay the formula's
HTML_STYLE_TAGS = ("i", "b", "u", "em", "strong", "font", "span", "small", "big", "mark", "tt")
HTML_BLOCK_TAGS = ("p", "br", "div", "center", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                   "syntaxhighlight", "source")
MAX_TAG_ATTRIBUTES, MAX_TAG_VALUE = 12, 300
_ATTRIBUTE_VALUE = r"""(?:"[^"<>\n]{0,%d}"|'[^'<>\n]{0,%d}'|[^\s"'<>=`]{1,%d})""" % ((MAX_TAG_VALUE,) * 3)
_TAG_ATTRIBUTE = r"(?:\s+[A-Za-z_:][\w:.-]*(?:\s*=\s*%s)?)" % _ATTRIBUTE_VALUE


def _html_tag(names: tuple) -> re.Pattern:
    return re.compile(r"</?(?:%s)(?![\w-])%s{0,%d}[ \t]*/?>" % ("|".join(names), _TAG_ATTRIBUTE, MAX_TAG_ATTRIBUTES), re.I)


_HTML_EMPHASIS = _html_tag(HTML_STYLE_TAGS)
# an anchor or a link, <a id="eq_1">, <a href='...'>, </a>, marks text as the tags above do; its opening tag is only
# read with an attribute and its value, since a is a formula's letter (b<a and a>c is a comparison, twice)
_VALUED_ATTRIBUTE = r"(?:\s+[A-Za-z_:][\w:.-]*\s*=\s*%s)" % _ATTRIBUTE_VALUE
_ANCHOR_OPENING = r"<a%s{1,%d}[ \t]*>" % (_VALUED_ATTRIBUTE, MAX_TAG_ATTRIBUTES)
_HTML_ANCHOR = lazy_pattern(r"%s|</a[ \t]*>" % _ANCHOR_OPENING, re.I)
# an anchor holding only an equation's number, as a page numbers a formula after it (<a id="eq_1">(1)</a>, (2.3),
# (4a)): the label, no part of the formula, dropped with its tags
_HTML_LABEL_ANCHOR = lazy_pattern(r"%s[ \t]*\([ \t]*\d+(?:\.\d+)*[a-z]?[ \t]*\)[ \t]*</a[ \t]*>" % _ANCHOR_OPENING, re.I)
_HTML_BREAK = _html_tag(HTML_BLOCK_TAGS)
# HTML's fraction, a superscript over a subscript with a slash between them (/, &frasl; or U+2044's fraction slash):
# <sup>1</sup>&frasl;<sub>2</sub> for 1/2, <sup>dE</sup> / <sub>dw</sub> for dE/dw. Its slash is written as the
# fraction slash, where the superscript stands after no name, number, bracket, prime or script (x<sup>2</sup>/<sub>2
# </sub> is a power, then a slash and a subscript of nothing: refused as before)
_FRACTION_SLASH = lazy_pattern(r"(?<![\w)\]}'])(?<!</sub>)(?<!</sup>)(<sup>(?:(?!</?sup>)[^\n])*</sup>)"
                               r"[ \t]*(?:/|&frasl;|\u2044)[ \t]*(?=<sub>)", re.I)
# a fraction whose two parts hold no other tag (innermost scripts first): \frac{A}{B}
_HTML_FRACTION = lazy_pattern(r"<sup>([^<>]*)</sup>\u2044<sub>([^<>]*)</sub>", re.I)
# HTML's scripts holding no other tag, and no part of a fraction: <sub>k</sub>, <sup>2</sup> (innermost first:
# <sup>E<sub>p</sub></sup>)
_HTML_SCRIPT = lazy_pattern(r"(?<!</sup>\u2044)<(sub|sup)>([^<>]*)</\1>(?!\u2044<sub>)", re.I)


def html_markup(text: str) -> str:
    """``text`` with HTML's markup of a formula read: the tags that style text (``<i>``, ``<b>``, ``<font
    color='red'>``, ``<span ...>``: HTML_STYLE_TAGS; ``<a id=...>``, ``</a>``) layout, dropped, and an anchor
    holding only an equation's number (``<a id="eq_1">(1)</a>``) dropped with its label; those of a block (``<p>``,
    ``</p>``, ``<br>``, ``<br/>``, ``<div align="center">``: HTML_BLOCK_TAGS) a line break;
    ``<sub>k</sub>`` the subscript ``_{k}`` and ``<sup>2</sup>`` the superscript ``^{2}`` of what stands before
    them, nested scripts innermost first; a superscript over a subscript, ``<sup>A</sup>/<sub>B</sub>`` (or
    ``&frasl;``, U+2044 for the slash) after no name, the fraction ``\\frac{A}{B}``. Any other ``<`` stays (a
    comparison, or refused as before). A JSX component's element around a line's formula (``<CalcStep
    number={7}>...</CalcStep>``, its name capitalised) is dropped, the formula kept. Then HTML's character references, named or numbered, as their characters: JSX's
    ``f&apos;(z)`` (``&#39;``) the prime, ``&times;`` the times sign, ``&lt;`` a comparison."""
    if "&" in text:  # (after the tags: an escaped &lt;sub&gt; is text, never markup)
        return _character_references(_html_tags(text))
    return _html_tags(text)


# a JSX component's element around a line's formula, <CalcStep number={7}>δ₁[0] = ...</CalcStep> (a React lesson's):
# its name capitalised (never HTML's), its attributes' values in braces or quotes; the formula inside
_JSX_ELEMENT_LINE = lazy_pattern(r"^([ \t]*)<([A-Z][\w.]*)((?:\s+[A-Za-z_][\w-]*(?:\s*=\s*(?:\{[^{}<>\n]*\}|\"[^\"<>\n]*\""
                                 r"|'[^'<>\n]*'))?){0,%d})\s*>([^\n]*)</\2\s*>[ \t]*$" % MAX_TAG_ATTRIBUTES, re.M)


def _character_references(text: str) -> str:
    return CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference.group(0)), text)


def _html_tags(text: str) -> str:
    if "<" not in text:
        return text
    text = _JSX_ELEMENT_LINE.sub(r"\1\4", text)
    text = _HTML_BREAK.sub("\n", _HTML_EMPHASIS.sub("", _HTML_ANCHOR.sub("", _HTML_LABEL_ANCHOR.sub("", text))))
    for _ in range(text.count("<")):  # each pass reads one tag pair or more: bounded by the tags
        scripts = _FRACTION_SLASH.sub("\\1\u2044", text)
        scripts = _HTML_FRACTION.sub(lambda match: "\\frac{" + match.group(1).strip() + "}{" + match.group(2).strip()
                                     + "}", scripts)
        scripts = _HTML_SCRIPT.sub(lambda match: ("_{" if match.group(1).lower() == "sub" else "^{")
                                   + match.group(2).strip() + "}", scripts)
        if scripts == text:
            break
        text = scripts
    return text


def without_bold(text: str) -> str:
    """A whole formula without Markdown's bold around it (``**...**``, ``__...__``, any run of two or more), where the
    bold holds no other run of its kind (``**a** = **b**`` is bold in parts, which typography.clean reads); a note in
    parentheses after the bold, opening with a word, is a remark (one stating a condition keeps the line whole)."""
    match = _BOLD_FORMULA.match(text.strip())
    if match is None:
        return text
    run, inner, note = match.group(1), match.group(2), match.group("note")
    if note and CONDITION_NOTE.search(note):
        return text
    return inner if run[:2] not in inner or inner.startswith("`") and inner.endswith("`") else text


def bold_label_before(text: str) -> str:
    """A line that opens with a bold name (``__dZ__ = A - Y``, ``- **dW**: n * 1, n features. dW = ...``) as its
    formula: the bold name before a relation is the formula's left side, unbolded; a bold name and a colon is a
    label, and the remark after it, up to a full stop, is about the name: the formula is what follows the remark,
    where it opens with the label's name and a relation. A remark holding a relation, or a formula of another left
    side, keeps the line whole."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        match = _BOLD_NAME.match(line)
        if match is None:
            continue
        name, rest = match.group("name"), line[match.end():]
        if _RELATION.match(rest.strip()) and not rest.strip().startswith(":"):
            lines[number] = name + rest  # "- " before the bold is the list's mark, never a minus
            continue
        label = re.match(r"[ \t]*:[ \t]*", rest)
        if label is None:
            continue
        rest = rest[label.end():]
        start = re.compile(re.escape(name) + r"[ \t]*(?:" + _RELATION.pattern + ")")
        if start.match(rest):
            lines[number] = rest
            continue
        remark = re.search(r"\.[ \t]+(?=" + start.pattern + ")", rest)
        if remark and not _RELATION.search(rest, 0, remark.start()):
            lines[number] = rest[remark.end():]
    return "\n".join(lines)


def without_prose_colon(text: str) -> str:
    """``The formula is: s(v) = 1 / (1 + e^{-v})``: the equation after prose ended by a colon, where the prose is
    words (two or more, any script; no relation, no bracket but a parenthesis of words, ``Equivalent form (useful
    for differentiation): ...``) and the equation opens with a name (or a function's name and arguments) and its
    relation, a definition; so after several such labels one after another (``Step 2: Output error: d = ...``, a
    page's heading repeated before its formula). Kept whole: prose opening with a condition (``for i in
    ...:``, ``if ...:``), and an equation whose left side is more than a name (``o: v + 3.0 = 3.5``, which the
    label may name)."""
    match = _PROSE_COLON.match(text.strip())
    if match is None or "\n" in text.strip():
        return text
    prose, formula = match.group("prose").strip(), match.group("formula")
    words = [token for token in prose.split() if _WORD.fullmatch(token)]
    if len(words) < 2 or _CONDITION_START.match(prose) or _RELATION.search(prose):
        return text
    formula = without_prose_colon(formula)  # labels one after another: "Task 3: Output error: d = ..."
    return formula if _DEFINED_NAME.match(formula) and _RELATION.search(formula) else text


# a Markdown quote's marker opening a line, "> " (nested, "> > "), an Obsidian callout's too
QUOTE_MARK = r"(?:>[ \t]*)+"
# an Obsidian callout's header after its marker, > [!note] or > [!tip]- Its title: the box's kind and title, no formula
_CALLOUT_HEADER = lazy_pattern(r"^\[![A-Za-z-]+\][+-]?(?:[ \t].*)?$")


def without_quote_marks(text: str) -> str:
    """``text`` without the quote's marker ``>`` opening each of its lines, where every line opens with one (a
    Markdown quote, an Obsidian callout, whose header line ``> [!note] Title`` goes with it); a ``>`` inside a
    line, or opening only some of them, stays the comparison."""
    lines = text.strip().split("\n")
    if not text.lstrip().startswith(">") or not all(re.match(QUOTE_MARK, line) for line in lines if line.strip()):
        return text
    lines = [re.sub("^" + QUOTE_MARK, "", line) for line in lines]
    return "\n".join(line for line in lines if not _CALLOUT_HEADER.match(line.strip()))


# a line drawing's frame (Unicode's box-drawing characters, U+2500 to U+257F: │ ║ ┃ ─ ═ ┌ ┐ └ ┘ ╔ ╗ ╚ ╝ ...), never
# mathematics: a bar at either end of a line, and a line of nothing else
_FRAME = "\u2500-\u257f"
_FRAME_ENDS = lazy_pattern(rf"^[ \t]*[{_FRAME}]+[ \t]*|[ \t]*[{_FRAME}]+[ \t]*$", re.M)
_FRAME_LINE = lazy_pattern(rf"^[ \t{_FRAME}]*[{_FRAME}][ \t{_FRAME}]*$", re.M)


def without_box_frame(text: str) -> str:
    """``text`` without a line drawing's frame around its formulas, as notes by or after chat assistants box an
    algorithm (``║   ∂L/∂W₁ = 2(ŷ - y) × W₃ × x   ║``, ``│ • W₃ ← W₃ - α × (∂L/∂W₃) │``): the box-drawing
    characters at each line's ends, and each line of them alone (``╔════╗``, ``║      ║``), an empty line. A
    box-drawing character inside a line stays, refused as no part of a formula."""
    if not re.search(f"[{_FRAME}]", text):
        return text
    return _FRAME_ENDS.sub("", _FRAME_LINE.sub("", text))


# a backslash ending a line (spaces after it allowed), after whole row breaks \\ if any (group 1): Markdown's hard line
# break outside mathematics, TeX's control space inside it; never the second half of a row's \\
_HARD_BREAK = lazy_pattern(r"(?<!\\)((?:\\\\)*)\\[ \t]*$", re.M)


def without_list_mark(text: str) -> str:
    """``text`` without a Markdown list's number or asterisk before its formula, where no delimiter follows them
    (``1. $...$`` is typography's block mark), and without the asterisk or plus of each list item under it
    (``_next_items``)."""
    return _UNDELIMITED_LIST_MARK.sub("", _next_items(text), count=1)


# a list's mark opening a line: "* ", "+ ", "- ", "1. ", "2) "
_ITEM_OPENING = lazy_pattern(r"^[ \t]*" + _LIST_MARK)
# an asterisk or a plus and a space opening a line: an item's mark, or a product or sum going on from the line above
_STAR_OR_PLUS = lazy_pattern(r"^[ \t]*[*+][ \t]+(?=\S)")
# a line ending with an operator or a relation, or inside an open bracket: the formula goes on on the next line
_ENDS_WITH_OPERATOR = lazy_pattern(r"(?:[-+*/=(\[{]|\\cdot|\\times|\\left\s*\S?)\s*$")


def _next_items(text: str) -> str:
    """``* dE/dw_5 = ...`` then ``* dE/dw_6 = ...`` on the next line: Markdown's list, each item its own claim. A
    line opening with ``* `` or ``+ `` whose text holds a relation, under a line that opens with a list's mark itself
    and does not end with an operator, a relation or an open bracket, is an item: its mark dropped (line_breaks then
    splits the claims). Under any other line the star multiplies and the plus adds, going on with the formula above
    (``a = (y - t)`` then ``* y (1 - y)``, a product over two lines, where the line above is no item); so does a line
    under an item ending with an operator (``* E = (t_1 - o_1)^2 +`` then ``+ ...``). A dash is two_readings'."""
    written = text.split("\n")
    lines = list(written)
    for number in range(1, len(lines)):
        mark = _STAR_OR_PLUS.match(lines[number])
        above = next((line for line in reversed(written[:number]) if line.strip()), "")  # with its own mark
        if mark and _RELATION.search(lines[number], mark.end()) and _ITEM_OPENING.match(above) \
                and not _ENDS_WITH_OPERATOR.search(above):
            lines[number] = lines[number][mark.end():]
    return "\n".join(lines)


def without_hard_breaks(text: str) -> str:
    """``$\\hat w = w - \\eta g$ \\`` then ``=$ ... $``: a backslash ending a Markdown line outside its mathematics
    (``$...$``, ``\\(...\\)``) is the line break Markdown renders, layout; inside the mathematics (``$s =\\`` then
    ``v x + c$``, and after a row's break, ``a = b \\\\\\`` as Jupyter's Markdown writes the row's ``\\\\``, or a
    line of ``\\\\\\`` alone) MathJax renders it as TeX's control space ``\\ ``: a space, the row's break kept."""
    if "\\" not in text or "$" not in text and "\\(" not in text and "\\begin" not in text and "\\[" not in text:
        return text
    spans = [(start, end) for start, end, _latex, _display in math_spans(text)]
    if not spans:
        return text

    def replaced(match: re.Match) -> str:
        if any(start <= match.start() < end for start, end in spans):
            return match.group(1) + " "
        return match.group(0) if match.group(1) else ""  # \\\ outside mathematics: as written
    return _HARD_BREAK.sub(replaced, text)


# a double-quoted span on one line: straight quotes, or the typographic pair; or a Chinese or Japanese page's corner
# brackets 「 」 『 』 or lenticular brackets 【 】, which set a formula apart in its sentence as quotes do
_QUOTED = lazy_pattern(r"\"(?P<straight>[^\"\n]+)\"|\u201c(?P<curly>[^\u201c\u201d\"\n]+)\u201d"
                       r"|\u300c(?P<corner>[^\u300c\u300d\n]+)\u300d|\u300e(?P<double>[^\u300e\u300f\n]+)\u300f"
                       r"|\u3010(?P<lenticular>[^\u3010\u3011\n]+)\u3011")
_OPENINGS = "\"\u201c\u300c\u300e\u3010"
# Markdown's emphasis on a word of the prose, *descent*, _not_, **never**: the prose's
_EMPHASIS = lazy_pattern(r"(\*{1,3}|_{1,3})(?=[^\W\d_])([^*_\n]+?)(?<=\w)\1(?![\w*])")
# a sentence's text outside the quotes: words (any script), digits, spaces and punctuation only; no bracket, no
# operator, no relation (which code around a string, or a formula outside the quotes, would have)
_PROSE_ONLY = lazy_pattern(r"[\w\s,;:.!?'\u2019\u3001\u3002\uff0c\uff1a\uff1b-]*")  # (and ideographic 。、，：；)


def quoted_formulas(text: str) -> str:
    """Each line of ``text`` whose double-quoted spans hold relations and whose words outside them are prose (two
    words of two letters or more, and nothing but words and punctuation) as those formulas, each on a line of its
    own (several claims); a quoted span with no relation (a title, "Forward propagation") is prose too. Kept as
    they are: a line with a bracket, an operator or a relation outside its quotes (code, a formula in the open),
    with no quoted relation, or whose word before a quote makes its equation a condition (``if "y = 1"``)."""
    if not any(opening in text for opening in _OPENINGS):
        return text
    return "\n".join(_quoted_formulas(line) for line in text.split("\n"))


def _quoted_formulas(line: str) -> str:
    spans = list(_QUOTED.finditer(line))
    formulas = [span for span in spans if _RELATION.search(_quoted(span))]
    if not formulas or line.count("\"") % 2:
        return line
    outside, position = [], 0
    for span in spans:
        outside.append(line[position:span.start()])
        position = span.end()
    outside.append(line[position:])
    words = _EMPHASIS.sub(r"\2", " ".join(outside))
    if not _PROSE_ONLY.fullmatch(words) or len(PROSE_WORD.findall(words)) < 2:
        return line
    if any(CONDITION_BEFORE.search(line[:span.start()]) for span in formulas):
        return line
    return "\n".join(" ".join(_quoted(span).split()) for span in formulas)


def _quoted(span: re.Match) -> str:
    """What ``span``'s quotes or brackets hold."""
    return next(group for group in span.groups() if group is not None)
