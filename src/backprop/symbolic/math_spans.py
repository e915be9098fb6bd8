"""Where a text's mathematics is: ``$...$``, ``$$...$$``, ``\\[...\\]``, ``\\(...\\)``, ``\\begin{equation|align|...}``
(starred or not) and GitHub's ```math fence, in reading order (MathJax's ``<script type="math/tex">`` elements and
MediaWiki's ``<math>`` are those delimiters once :func:`mathjax_scripts` and :func:`wiki_math_tags` have read them). One
definition for grade (grading/document.py, a submission's chains) and for check (typography_prose.py, a line of prose
around inline formulas).

Scanning is linear in the text's length and never recursive: an unclosed delimiter is reported to the caller, and
the rest of the text is still read.

Mathematics given as images (:func:`formula_images`): a LaTeX renderer's image, as GitHub READMEs and Quarto's
GitHub output write every formula, ``![LaTeX](https://latex.codecogs.com/svg.latex?%5Chat%20y%20%3D%20... "LaTeX")``.

The formula is the image address's query, percent-encoded: latex.codecogs.com (``svg.latex?``, ``png.image?``, with
its ``&space;`` for a space, HTML's character references such as its ``&plus;`` for + (``&amp;``, ``&#43;``: the
character each names, as a browser reads an attribute's text) and its ``\\dpi{110}``, ``\\bg_white``, ``\\inline``
settings before the formula),
render.githubusercontent.com's ``render/math?math=``, chart.googleapis.com's ``chart?cht=tx&chl=`` and WordPress's
``latex.php?latex=`` (s0.wp.com's, as Mazur's widely copied post serves its formulas, a form's + a space), in
Markdown's image or in HTML's ``<img src="..." alt="..." />`` (self-closing or not, its other attributes layout).
Such an image is read as ``$...$`` around its decoded LaTeX; the rest of the image's syntax (the alt text in
brackets and the title in quotes, which may or may not repeat the formula) is layout. A page that renders its
formulas as images of its own (``![\\pi_1 = (y_1 - d_1) ...](../img/tex/137c.png)``, ``<img src="..."
alt="...">``) keeps the LaTeX in the alt text: an alt text holding a TeX command (a backslash and letters) is read
as ``$...$`` around it; any other alt text (``![diagram](net.png)``) is a picture's words, left as written. Check
(homework.check_homework) and grade (grading/document.equations) both read a text through :func:`formula_images`.

The address is untrusted text: it is never fetched; its length is bounded (MAX_ADDRESS characters, a longer one
is left as written, and so refused as any unreadable text); a percent sign that opens no escape (``%zz``), or
escapes that are no UTF-8, are refused in one line.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator
from urllib.parse import unquote, unquote_plus

from ..patterns import lazy_pattern
from .comment_marks import tex_comments
from .quantities import FormulaError, short

# a fence's language word, ```python, or MyST's directive, ```{math}, then MyST's option lines (:label: eq-loss): the
# fence's, not its content's
FENCE_WORD = r"(?:[A-Za-z][\w+-]*|\{[A-Za-z][\w+-]*\})"
FENCE_OPTIONS = r"(?:[ \t]*:[\w-]+:[^\n]*\n)*"
OPEN = lazy_pattern(r"\$\$|\\\[|\\\(|\\begin\{(equation|align|aligned|gather|multline|eqnarray|split|displaymath"
                    r"|math|alignat)(\*?)\}|(?<!\\)\$|(?<![^\n])```(?:math|\{math\})[ \t]*\n" + FENCE_OPTIONS,
                    needs=("$", "\\(", "\\[", "\\begin{", "math"))
# GitHub's ```math fenced block (MyST's ```{math}) is display mathematics, as check reads it
# (math_delimiters.strip_math_delimiters)
CLOSERS = {"$$": "$$", "\\[": "\\]", "\\(": "\\)", "$": "$"}
#: what shows a formula is R's: its matrix product %*%, its assignment <- (never Octave's, whose a <- b is a < -b)
R_MARKS = lazy_pattern(r"%\*%|<-")
# R's $ between a list and its field, glued (nn$W, x[[1]]$e): on a line R_MARKS shows is R's, no TeX delimiter
_R_FIELD_DOLLAR = lazy_pattern(r"(?<=[\w\]])\$(?=[A-Za-z])")
INLINE_OPENERS = ("$", "\\(")
# Markdown's inline code, `z1 = W1 x + b1`: balanced runs of backticks only (a lone ` is no delimiter)
CODE_SPAN = lazy_pattern(r"(`+)([^`]+)\1(?!`)")


def math_spans(text: str, unclosed: Callable[[int, str, str], None] = lambda start, opener, closer: None
               ) -> Iterator[tuple[int, int, str, bool]]:
    """(start, end, LaTeX, display?) of each piece of mathematics in ``text``: start where its opening delimiter
    starts, end where its closing one ends. ``unclosed(start, opener, closer)`` hears of each delimiter never
    closed (a lone dollar, a price, is no mathematics and not reported)."""
    position = 0
    absent = set()  # closers that do not occur after the current position: never searched again
    r_lines = _RCodeLines(text)
    while True:
        match = OPEN.search(text, position)
        if match is None:
            return
        opener = match.group(0).split("\n")[0].rstrip()  # a math fence's: its first line, ```{math}
        if match.group(1):
            environment = match.group(1) + match.group(2)
            closer = f"\\end{{{environment}}}"
        else:
            closer = CLOSERS.get(opener, "```")
        escaped = _escaped_delimiters(text, match, opener)
        if escaped is not None:  # \\( ... \\): Markdown's escaped \( \), as one formula between them
            yield escaped
            position = escaped[1]
            continue
        end = -1 if closer in absent else text.find(closer, match.end())
        if end < 0:
            absent.add(closer)
        if opener == "$" and r_lines.field_dollar(match.start()):
            position = match.end()  # nn$weights1 <- nn$weights1 + d: R's fields, no inline formula between them
            continue
        if opener == "$" and (end < 0 or "\n\n" in text[match.end():end]):
            # a lone dollar (a price, or an inline formula left open): not mathematics
            position = match.end()
            continue
        if end < 0:
            unclosed(match.start(), opener, closer)
            position = match.end()
            continue
        # TeX's comments inside mathematics, to the end of their line (MathJax's too): not typeset, not claims; a
        # fence's own lines (its opener, its options) kept as empty lines, so that a row's line is counted from it
        fence_lines = "\n" * match.group(0).count("\n")
        yield (match.start(), end + len(closer), fence_lines + tex_comments(text[match.end():end]),
               opener not in INLINE_OPENERS)
        position = end + len(closer)


def _escaped_delimiters(text: str, match: re.Match, opener: str) -> tuple[int, int, str, bool] | None:
    r"""The span of ``\\( ... \\)`` (``\\[ ... \\]``) whose ``\(`` (``\[``) ``match`` found: Markdown's escaped
    delimiters, which a page served through a Markdown processor writes so that MathJax gets ``\( \)``. Read as such
    only where the opener's one extra backslash (no run of more) has a closer escaped the same way after it, with no
    blank line between (a paragraph's formula); else None (TeX's row break then a parenthesis, or a lone backslash)."""
    start = match.start()
    if opener not in ("\\(", "\\[") or start < 1 or text[start - 1] != "\\" or text[start - 2:start - 1] == "\\":
        return None
    closer = "\\" + CLOSERS[opener]
    end = text.find(closer, match.end())
    if end < 0 or text[end - 1] == "\\" or "\n\n" in text[match.end():end]:
        return None
    return (start - 1, end + len(closer), tex_comments(text[match.end():end]), opener == "\\[")


class _RCodeLines:
    """Which of a text's dollars are R's, between a list and its field on a line of R's code, asked in reading order:
    each line is found and searched for R_MARKS once (a text of one long line with a dollar every few characters is
    read once, not once a dollar)."""

    def __init__(self, text: str):
        self.text = text
        self.line = (0, -1, False)  # the last line asked about: its start, its end, whether R_MARKS shows it is R's

    def field_dollar(self, index: int) -> bool:
        """Whether the $ at ``index`` (at or after the last one asked about) is R's between a list and its field."""
        if _R_FIELD_DOLLAR.match(self.text, index) is None:
            return False
        start, end, is_r = self.line
        if not start <= index < end:
            start = self.text.rfind("\n", 0, index) + 1
            end = self.text.find("\n", index)
            end = len(self.text) if end < 0 else end
            is_r = R_MARKS.search(self.text, start, end) is not None
            self.line = (start, end, is_r)
        return is_r


# exports and chat tools write Markdown's $ as \$, so a formula arrives as \$$ E = ... \$$ or \$x = 1\$
_ESCAPED_DOLLAR = lazy_pattern(r"\\\$(\$?)")


def escaped_dollars(text: str) -> str:
    """``text`` with the escaped dollars that delimit a formula as those delimiters: ``\\$$...\\$$`` as ``$$...$$``,
    ``\\$...\\$`` as ``$...$``. Only in a text whose every dollar is escaped (where a dollar is written plainly, an
    escaped one is a dollar sign); a pair of \\$ delimits a formula as Pandoc's $ does (no space inside either
    delimiter, no digit right after the closing one), so prices, \\$5 and \\$6, stay text; no blank line inside.
    Linear: each escaped dollar is looked at once or twice."""
    if "\\$" not in text or "$" in _ESCAPED_DOLLAR.sub("", text):
        return text
    marks = list(_ESCAPED_DOLLAR.finditer(text))
    pieces, position, index = [], 0, 0
    while index + 1 < len(marks):
        opening, closing = marks[index], marks[index + 1]
        inside = text[opening.end():closing.start()]
        if (opening.group(1) == closing.group(1) and inside.strip() and "\n\n" not in inside
                and (opening.group(1) or _inline_formula(inside, text[closing.end():closing.end() + 1]))):
            pieces += [text[position:opening.start()], "$" + opening.group(1), inside, "$" + closing.group(1)]
            position, index = closing.end(), index + 2
        else:
            index += 1
    return "".join(pieces) + text[position:]


def _inline_formula(inside: str, after: str) -> bool:
    return not inside[0].isspace() and not inside[-1].isspace() and not after.isdigit()


# MathJax's script elements, as Jekyll's kramdown writes every formula of a post: <script type="math/tex;
# mode=display"> is $$...$$, <script type="math/tex"> $...$ (MathJax's own delimiters; nothing else is a script's)
_MATHJAX_OPEN = lazy_pattern(r"<script\s+type\s*=\s*[\"']math/tex(\s*;\s*mode\s*=\s*display)?\s*[\"']\s*>", re.I)
_MATHJAX_CLOSE = lazy_pattern(r"</script\s*>", re.I)


def mathjax_scripts(text: str) -> str:
    """``text`` with each of MathJax's script elements as the delimiters it stands for: ``<script
    type="math/tex; mode=display">...</script>`` as ``$$...$$``, ``<script type="math/tex">...</script>`` as
    ``$...$``. One never closed is left as written (and so refused as any unreadable text). Linear: each closer is
    searched for once, from the opener before it."""
    if "<script" not in text.lower():
        return text
    return _elements_as_delimiters(text, _MATHJAX_OPEN, _MATHJAX_CLOSE, lambda opening: bool(opening.group(1)))


def _elements_as_delimiters(text: str, opener: re.Pattern, closer: re.Pattern, display, holds_tex=lambda inside: True
                            ) -> str:
    """``text`` with each element ``opener`` ... ``closer`` as ``$$...$$`` where ``display(opening)`` says it is a
    display, else ``$...$`` (a ``$`` inside made a space); one never closed ends the reading (left as written from
    there), one whose inside ``holds_tex`` rejects is left as written. Each closer is searched for once."""
    pieces, position = [], 0
    for opening in opener.finditer(text):
        if opening.start() < position:
            continue
        closing = closer.search(text, opening.end())
        if closing is None:
            break
        inside = text[opening.end():closing.start()]
        if not holds_tex(inside):
            continue
        delimiter = "$$" if display(opening) else "$"
        pieces += [text[position:opening.start()], delimiter, inside.replace("$", " "), delimiter]
        position = closing.end()
    return "".join(pieces) + text[position:]


# MediaWiki's math tags, <math>...</math> in a sentence of a wiki's page (<math display="block"> a display): TeX inside,
# as $...$ holds it; HTML's MathML element of the same name (<math xmlns=...>, its <mi>, <mo> elements) is no TeX
_WIKI_MATH_OPEN = lazy_pattern(r"<math(?:\s+display\s*=\s*([\"']?)(block|inline)\1)?\s*>", re.I)
_WIKI_MATH_CLOSE = lazy_pattern(r"</math\s*>", re.I)
_MATHML_ELEMENT = lazy_pattern(r"<\s*/?\s*m[a-z]+[\s>/]", re.I)


def wiki_math_tags(text: str) -> str:
    """``text`` with each of MediaWiki's math elements as the delimiters it stands for: ``<math>...</math>`` (and
    ``<math display="inline">``) as ``$...$``, ``<math display="block">...</math>`` as ``$$...$$``. One never closed,
    or holding MathML's elements, is left as written (and so refused as any unreadable text). Linear, as
    mathjax_scripts."""
    if "<math" not in text.lower():
        return text
    return _elements_as_delimiters(text, _WIKI_MATH_OPEN, _WIKI_MATH_CLOSE,
                                   lambda opening: (opening.group(2) or "").lower() == "block",
                                   lambda inside: not _MATHML_ELEMENT.search(inside))


#: the longest image address read (a formula of a page is well under it)
MAX_ADDRESS = 4000
# the renderers, and where the formula starts in their address
_RENDERERS = (r"latex\.codecogs\.com/[a-z]+\.(?:latex|image|download)\?"
              r"|render\.githubusercontent\.com/render/math\?(?:[^\s()\"]*?&)?math="
              r"|chart\.googleapis\.com/chart\?(?:[^\s()\"]*?&)?chl="
              r"|(?:[\w-]+\.)*(?:wp|wordpress)\.com/latex\.php\?(?:[^\s()\"]*?&)?latex=")
# ![alt](address "title"): the alt on one line, up to MAX_ALT characters and brackets one deep (W^{[2]}), which keeps
# a text of a million "![" linear (an alt running to the line's end was tried from each); the address without spaces
# or quotes and up to its image's last parenthesis (an address writes (o - t) unescaped), never into the next image
MAX_ALT = 300
_IMAGE = lazy_pattern(r"!\[(?:[^\n\[\]]|\[[^\n\[\]]{0,%d}\]){0,%d}\]\(\s*<?https?://(%s)((?:(?!\)!\[)[^\s\"<>]){0,%d})>?"
                      r"(?:\s+\"[^\"\n]*\"|\s+'[^'\n]*')?\s*\)" % (MAX_ALT, MAX_ALT, _RENDERERS, MAX_ADDRESS))
# HTML's <img src="address" alt="..." title="..." />, as READMEs write a centred formula inside <p align="center">: the
# same image; its attributes (up to MAX_ATTRIBUTES, each value up to MAX_ALT characters, which keeps a text of a
# million "<img" linear) are layout, the address in quotes (or bare) its formula, self-closing or not
MAX_ATTRIBUTES = 12
_ATTRIBUTE = r"""(?:\s+(?!src\s*=)[\w:.-]+(?:\s*=\s*(?:"[^"]{0,%d}"|'[^']{0,%d}'|[^\s"'<>=`]{1,%d}))?)""" % (
    (MAX_ALT,) * 3)
_IMG_TAG = lazy_pattern(r"<img%s{0,%d}\s+src\s*=\s*([\"']?)https?://(%s)([^\s\"'<>]{0,%d})\1%s{0,%d}\s*/?>"
                        % (_ATTRIBUTE, MAX_ATTRIBUTES, _RENDERERS, MAX_ADDRESS, _ATTRIBUTE, MAX_ATTRIBUTES), re.I)
# any other image, its alt text (group 1) on one line and bounded as _IMAGE's, its address (a path or a URL) without
# spaces, quotes or parentheses, its title if any
_ALT_IMAGE = lazy_pattern(r"!\[((?:[^\n\[\]]|\[[^\n\[\]]{0,%d}\]){0,%d})\]\(\s*<?[^\s\"'<>()]{1,%d}>?"
                          r"(?:\s+\"[^\"\n]*\"|\s+'[^'\n]*')?\s*\)" % (MAX_ALT, MAX_ALT, MAX_ADDRESS))
# HTML's <img ...> of any address, its attributes up to the same bounds, and its alt's value in quotes (group 2)
_IMG_ANY = lazy_pattern(r"<img(?:\s+[\w:.-]+(?:\s*=\s*(?:\"[^\"]{0,%d}\"|'[^']{0,%d}'|[^\s\"'<>=`]{1,%d}))?){0,%d}\s*/?>"
                        % (MAX_ALT, MAX_ALT, MAX_ALT, MAX_ATTRIBUTES), re.I)
_ALT_ATTRIBUTE = lazy_pattern(r"\salt\s*=\s*(\"|')(.*?)\1", re.I | re.S)
# an alt text that is LaTeX: it holds a TeX command (a picture's words hold none)
_TEX_COMMAND = lazy_pattern(r"\\[A-Za-z]+")
_ESCAPE = lazy_pattern(r"%(?![0-9A-Fa-f]{2})")
# an HTML character reference closed by its semicolon, named (&plus;, &amp;) or numbered (&#43;, &#x2B;)
CHARACTER_REFERENCE = lazy_pattern(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# codecogs' settings before the formula, \dpi{150}\bg_white\inline: how to draw it, not what it says
_SETTINGS = lazy_pattern(r"^(?:\s*\\(?:dpi\{\d+\}|bg_[a-z]+|bg\{[a-z]+\}|inline|fn_[a-z]+|(?:tiny|small|normal|large"
                         r"|Large|LARGE|huge)(?![A-Za-z])))+")


def formula_images(text: str) -> str:
    """``text`` with each image of a LaTeX renderer (Markdown's ``![...](...)`` or HTML's ``<img src="..." />``) as
    ``$<its formula>$``; FormulaError, in one line, for an address whose percent-escapes cannot be decoded."""
    if "![" in text:
        text = _IMAGE.sub(lambda image: _formula(image, image.group(1), image.group(2)), text)
    if "<img" in text.lower():
        text = _IMG_TAG.sub(lambda tag: _formula(tag, tag.group(2), tag.group(3)), text)
        text = _IMG_ANY.sub(_alt_formula, text)
    if "![" in text:
        text = _ALT_IMAGE.sub(_alt_formula, text)
    return text


def _alt_formula(image: re.Match) -> str:
    """An image's alt text as ``$...$`` where it is LaTeX (the module's docstring); the image as written where not."""
    if image.group(0).startswith("!"):
        alt = image.group(1)
    else:
        attribute = _ALT_ATTRIBUTE.search(image.group(0))
        alt = attribute.group(2) if attribute is not None else ""
    if not _TEX_COMMAND.search(alt):
        return image.group(0)
    return "$" + " ".join(alt.replace("$", " ").split()) + "$"


def _formula(match: re.Match, renderer: str, query: str) -> str:
    if "&" in query and not renderer.startswith("latex."):  # the address's other parameters (&mode=inline)
        query = query.split("&")[0]
    # HTML's character references, which a page's address holds as its attribute's text (codecogs' editor writes +
    # as &plus;, since a form's + is a space): the character each names, before the address's percent-escapes, as a
    # browser reads them; codecogs' own &space; a space, and a reference HTML does not name left as written
    query = CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference.group(0)),
                                     query.replace("&space;", " ")) if "&" in query else query
    bad = _ESCAPE.search(query)
    if bad is not None:
        raise FormulaError(f"formula image {short(match.group(0))}: '{query[bad.start():bad.start() + 3]}' in its"
                           " address is no percent-escape (% and two hexadecimal digits); write the formula in"
                           " $...$ instead of the image")
    # a form's + is a space (Google's chart and WordPress's latex.php take a form's query)
    decode = unquote_plus if renderer.startswith("chart.") or "latex.php" in renderer else unquote
    try:
        latex = decode(query, errors="strict")
    except UnicodeDecodeError:
        raise FormulaError(f"formula image {short(match.group(0))}: its address's escapes are no UTF-8 text; write"
                           " the formula in $...$ instead of the image") from None
    latex = _SETTINGS.sub("", latex)
    # one line, as the image was: a line's number stays the line's (grade counts lines)
    return "$" + " ".join(latex.replace("$", " ").split()) + "$"


# reStructuredText's math (docutils, Sphinx): the ".. math::" directive, its formula on the directive's line (its
# argument) and in the indented block after it (blank lines separate its formulas), its options (:label: eq-loss,
# :nowrap:) no formula; and the inline role :math:`...`
_RST_DIRECTIVE = lazy_pattern(r"^([ \t]*)\.\.[ \t]+math::[ \t]*(.*)$")
_RST_OPTION = lazy_pattern(r"^[ \t]+:[\w-]+:")
_RST_ROLE = lazy_pattern(r":math:`([^`\n]+)`")


def restructured_math(text: str) -> str:
    """``text`` with reStructuredText's mathematics in TeX's delimiters: each formula of a ``.. math::``
    directive (on its line, or a paragraph of the indented block after it) as ``$$...$$``, its option lines
    blank, and the role ``:math:`...``` as ``$...$``; every line stays on its line (grade counts lines). Linear:
    each line is looked at once."""
    if ":math:`" in text:
        text = _RST_ROLE.sub(lambda role: "$" + role.group(1).replace("$", " ") + "$", text)
    if ".. math::" not in text and "..\tmath::" not in text:
        return text
    lines, index = text.split("\n"), 0
    while index < len(lines):
        directive = _RST_DIRECTIVE.match(lines[index])
        index += 1
        if directive is None:
            continue
        indentation, argument = _indentation(lines[index - 1]), directive.group(2).strip()
        lines[index - 1] = f"{directive.group(1)}$$ {argument} $$" if argument else ""
        while index < len(lines) and _RST_OPTION.match(lines[index]):
            lines[index] = ""  # an option: how to number or typeset the block, no formula
            index += 1
        paragraph_start = None
        # the block: its lines indented past the directive's, and the blank lines between them
        while index < len(lines) and (not lines[index].strip() or _indentation(lines[index]) > indentation):
            if lines[index].strip() and paragraph_start is None:
                paragraph_start = index
            following = lines[index + 1] if index + 1 < len(lines) else ""
            if paragraph_start is not None and (not following.strip() or _indentation(following) <= indentation):
                lines[paragraph_start] = "$$ " + lines[paragraph_start]
                lines[index] += " $$"
                paragraph_start = None
            index += 1
    return "\n".join(lines)


def _indentation(line: str) -> int:
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


def delimited(text: str) -> str:
    """``text`` with the other forms a page delivers its math in made TeX's delimiters: a README's
    ``![LaTeX](https://latex.codecogs.com/...)`` its ``$formula$``, MathJax's ``<script type="math/tex">``, an
    export's escaped ``\\$$``, reStructuredText's ``.. math::`` and ``:math:`...```, MediaWiki's ``<math>``. The one
    entry check and grade read a document through."""
    return wiki_math_tags(mathjax_scripts(formula_images(escaped_dollars(restructured_math(text)))))

