"""A formula's rendered text glued before its TeX source (a part of typography.py's cleaning).

Text copied from a page that KaTeX or MathJax renders often holds, for each formula, the rendering (letters, digits
and operators flat, scripts on the line, some operators lost) and then the TeX source the page keeps for screen
readers: ``L=(a2y)2\\mathcal{L} = (a_2 - y)^2``. The rendering is recognised by comparison, never guessed: where a
line's opening, free of TeX's markup, holds the visible characters of the rest of the line (the source's letters,
digits and operators, its commands and braces set aside: ``\\mathcal{L}`` is L, ``a_2`` is a2, ``\\sigma`` is σ) in
their order, with only the characters a rendering may lose missing (a minus, ∂, a product's dot, a prime), the
opening is a copy and dropped: the source is read. Any other opening is left as written. KaTeX's copies may come
three to a line, the spaced rendering, the source, the rendering glued (``z 1 = ω 11 x 1 z_1 = \\omega_{11}x_1
z1=ω11x1``): a closing copy that repeats the opening one, spaces aside, is dropped with it. A line without TeX's
markup whose formula is given twice and glued (``z=wTx+bz=wTx+b``, a rendering and its screen reader's copy) is
read once; a number glued to the name before a relation in such a copy (``...=3.4a=g(z)``) is refused, where
the flattening lost a break between two formulas.

String comparison over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..patterns import lazy_pattern
from .function_words import FUNCTIONS
from .quantities import FormulaError, short
from .typography_unicode import UNICODE

# TeX's markup, which a rendering's flat text never holds
_MARKUP = lazy_pattern(r"[\\_^{}$&]")
# the commands whose rendering is one character (Greek letters by their Unicode names, below)
_SYMBOLS = {"partial": "∂", "cdot": "⋅", "times": "×", "sum": "∑", "prod": "∏", "neq": "≠", "ne": "≠",
            "nabla": "∇", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥", "approx": "≈", "in": "∈", "odot": "⊙",
            "infty": "∞", "prime": "'", "sqrt": "√", "to": "→", "rightarrow": "→", "leftarrow": "←",
            "bigtriangledown": "▽", "triangledown": "▿", "ell": "ℓ", "ldots": "…", "dots": "…", "cdots": "⋯"}
_GREEK_VARIANTS = {"varepsilon": "epsilon", "vartheta": "theta", "varphi": "phi", "varsigma": "final sigma",
                   "varrho": "rho", "varpi": "pi", "lambda": "lamda", "Lambda": "Lamda"}
# what a rendering's text may lose: a minus (KaTeX's U+2212, dropped by some copies), ∂, a product's dot, a prime,
# a root's sign, a big operator's sign (∑, ∏: set in a box of its own, which some copies drop, exp(oj)k=1qexp(ok));
# a fraction's bar and a script's raise are no characters at all
_LOSABLE = set("-−∂⋅·'′√∑∏")
_COMMAND = lazy_pattern(r"\\([A-Za-z]+)|\\(.)")
# an environment's opening and closing, \begin{aligned}: its name is never shown
_ENVIRONMENT = lazy_pattern(r"\\(?:begin|end)\s*\{[A-Za-z*]*\}")
# the starts of a line's source tried at most (each a pass over the line): a rendering and its source are one
# formula, so a real line has one or two starts whose lengths fit
_CANDIDATES = 8
_SPACE = lazy_pattern(r"\s+")
# a hat over its argument, \hat{y}, \hat{\mathbf{y}}, \widehat y: KaTeX's text gives the accent as a ^ after the
# argument (y^), marked by _HAT_MARK until TeX's own ^ are dropped
_HAT = lazy_pattern(r"\\(?:wide)?hat\s*(\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9])")
_HAT_MARK = "\x00"
# the markup a rendering's flat text never holds: a hat's ^ it may (y^i), so the rendering's end is sought by these
_SOURCE_MARKUP = lazy_pattern(r"[\\_{}$&]")
# the dashes a formula may write for a minus (the reader's own table), each compared as "-"
_MINUS_DASHES = str.maketrans({character: "-" for character, meaning in UNICODE.items() if meaning == "-"})


# a formula given twice and glued, z=wTx+bz=wTx+b: a copy holding a relation, opening the line or after a space, a
# colon or a bullet, repeated at once and ended by the line's end, a space or punctuation (group "copy")
_REPEATED = lazy_pattern(r"(?:^|(?<=[\s:\u2022]))(?P<copy>[^\s:\u2022][^\n=]*=[^\n]*?)(?P=copy)(?=$|[\s:,.;])")
# in such a copy, a number glued to a name and its relation: 3.4a=g(z), one formula's end and the next's start
# the longest line searched for a repetition (the back-reference's search grows with the square of the length; a
# rendered formula and its copy are a line of a list, far shorter)
_LONGEST = 300
_GLUED_START = lazy_pattern(r"\d(?:\.\d+)?[^\W\d_]\w*(?:\([^()=]*\))?=")


def without_rendered_copy(text: str) -> str:
    """``text`` with each line's rendered copy before its TeX source dropped, a closing copy after the source with
    it, and a markup-free formula given twice read once (the module's docstring)."""
    if "\\" not in text and "_" not in text and "^" not in text:
        return "\n".join(_one_copy(line) for line in text.split("\n")) if text.count("=") > 1 else text
    return "\n".join(_source_of(line) for line in text.split("\n"))


def _one_copy(line: str) -> str:
    """``line`` with a formula given twice and glued given once (none of TeX's markup in it)."""
    if line.count("=") < 2 or len(line) > _LONGEST or _MARKUP.search(line):
        return line
    match = _REPEATED.search(line)
    if match is None:
        return line
    copy = match.group("copy")
    glued = _GLUED_START.search(copy)
    if glued is not None:
        raise FormulaError(f"formula {short(line)}: the rendered formula given twice runs one formula into the next at"
                           f" {glued.group(0)!r} (a number glued to a name, where the page broke the line, or a"
                           " product); write each formula on a line of its own")
    return line[:match.start()] + copy + line[match.end():]


def _source_of(line: str) -> str:
    """``line`` with its rendered copy before the TeX source dropped, and a copy after the source that repeats the
    one before it (KaTeX's third, glued) with it."""
    markup = _MARKUP.search(line)
    if markup is None:
        return line
    last = max(line.rfind(character) for character in "\\_^{}$&")
    flat = _flat(line)
    # the closing copy starts at a space after the source's last markup, and holds a relation: at most _CANDIDATES
    # such starts are compared
    starts = [position for position in range(last + 1, len(line)) if line[position].isspace()
              and "=" in line[position:]][:_CANDIDATES]
    for space in starts:
        closing = _flat(line[space:])
        if flat.startswith(closing):
            source = _source_before(line[:space].rstrip())
            if source != line[:space].rstrip() and _flat(line[:len(line[:space].rstrip()) - len(source)]) == closing:
                return source
            break
    source = _source_before(line)
    return source if source != line else _source_between_copies(line) or _unproven_copy_refused(line)


def _unproven_copy_refused(line: str) -> str:
    """``line`` as written, or a refusal where its opening, free of TeX's markup, is glued to a TeX source whose
    left side and relation it repeats (``MSE=...\\text{MSE} = ...``), as a rendered copy does, and yet is not that
    source's rendering (_source_before found none): which text is the formula is then unproven."""
    markup = _SOURCE_MARKUP.search(line)
    relation = line.find("=", 0, markup.start()) if markup else -1
    if relation <= 0:
        return line
    left = _flat(line[:relation + 1])
    tried = 0
    # left_open[k]: the brackets ( [ { that line[:k] leaves open; a rendering is whole, so it never opens one that its
    # source would close (c = [c = c + \mu] is a claim in brackets, no copy)
    left_open = [0]
    for character in line:
        left_open.append(left_open[-1] + (character in "([{") - (character in ")]}"))
    # the source opens as its rendering does, or with a command, glued to the text before it: at most _CANDIDATES
    # such starts are compared (each a pass over the line)
    for start in range(relation + 1, markup.start() + 1):
        if line[start] not in (line[0], "\\") or line[start - 1].isspace() or left_open[start] > 0:
            continue
        tried += 1
        if tried > _CANDIDATES:
            break
        visible = _visible(line[start:])
        if "=" in visible and _is_copy(left, visible[:visible.index("=") + 1]):
            rendering = _flat(line[:start])
            shown, renders = _matched(rendering, visible)
            where = (f"lacks the source's {visible[renders:renders + 12]!r}" if shown == len(rendering) else
                     f"shows {rendering[shown:shown + 12]!r} after all the source renders" if renders == len(visible)
                     else f"shows {rendering[shown:shown + 12]!r} where the source renders {visible[renders:][:12]!r}")
            raise FormulaError(f"formula {short(line)}: the text glued before the TeX source, {short(line[:start])},"
                               f" repeats its left side as a page's rendered copy (KaTeX's, MathJax's) does, but is"
                               f" not its rendering: it {where}; keep the TeX source alone, {short(line[start:])}")
    return line


def _matched(rendering: str, visible: str) -> tuple[int, int]:
    """How far ``rendering`` and ``visible`` agree from their starts, in characters of each (the rendering's
    characters are the visible ones in their order, with only losable characters of ``visible`` missing): the
    rendering's first character unmatched, and the visible one after the last matched."""
    position = agreed = 0
    for index, character in enumerate(visible):
        if position < len(rendering) and rendering[position] == character:
            position, agreed = position + 1, index + 1
        elif character not in _LOSABLE:
            break
    return position, agreed


def _source_between_copies(line: str) -> str | None:
    """The TeX source of ``line`` where the text before it, and the text after it if any, are each its rendering in
    another order (_same_characters): KaTeX's copy of a \\begin{aligned} block, its MathML text spaced letter by letter
    (``δ i ( L ) = ▽ y i C o s t ...``) before the source and its HTML glued in the layout's order after it (the left
    column's rows, then the right's; a fraction's denominator before its numerator: ``δi(L)δi(l)∂biasi(l)∂Cost...``),
    or an opening copy alone whose sum lost its sign (``vjl=i=1nlwjilyil``). None where no split of the line fits:
    the line is then left as written (and refused where it cannot be read)."""
    first = _MARKUP.search(line)
    if first is None or "=" not in line[:first.start()]:
        return None
    last = max(line.rfind(character) for character in "\\_^{}$&")
    # the source opens at a blank (or the line's start) before its first markup, and ends at the line's end or at a
    # blank after its last markup: at most _CANDIDATES of each, nearest the markup first
    starts = [position for position in range(first.start(), -1, -1)
              if position == 0 or line[position - 1].isspace()][:_CANDIDATES]
    ends = [len(line)] + [position for position in range(last + 1, len(line)) if line[position].isspace()][:_CANDIDATES]
    for start in starts:
        opening = _characters(line[:start])
        if "=" not in opening:
            continue
        for end in ends:
            source = line[start:end].strip()
            if _characters(_visible(source)) == opening and (end == len(line) or _characters(line[end:]) == opening):
                return source
    return None


def _characters(text: str) -> Counter:
    """The letters, digits and relations of a formula's rendering, as a multiset: what a rendering shows whatever
    the order its layout puts them in (blanks, brackets, operators and the characters a copy may lose set aside)."""
    return Counter(character for character in _flat(text) if character.isalnum() or character == "=")


def _source_before(line: str) -> str:
    markup = _SOURCE_MARKUP.search(line)
    if markup is None or "=" not in line[:markup.start()]:
        return line
    end = markup.start()
    # A copy keeps every visible character but the losable ones, in order: its length lies between the count of the
    # source's characters it cannot lose and the source's length, which bounds the starts worth a subsequence test
    # (each one pass) to a window, and at most _CANDIDATES of those are tried (a hostile line has them all alike).
    shown, kept = [0], [0]
    for character in line[:end]:
        flat = _flat(character)
        shown.append(shown[-1] + len(flat))
        kept.append(kept[-1] + sum(visible not in _LOSABLE for visible in flat))
    after = _visible(line[end:])
    after_kept = sum(character not in _LOSABLE for character in after)
    tried = 0
    # the source opens as its rendering does, or with a command (\frac, \mathcal)
    for start in range(1, end + 1):
        if line[start] not in (line[0], "\\"):
            continue
        visible = shown[end] - shown[start] + len(after)
        if not kept[end] - kept[start] + after_kept <= shown[start] <= visible:
            continue
        tried += 1
        if tried > _CANDIDATES:
            break
        if _is_copy(_flat(line[:start]), _visible(line[start:])):
            return line[start:]
    return line


def _is_copy(rendering: str, visible: str) -> bool:
    """Whether ``rendering`` is ``visible`` with only losable characters missing (and a relation in it)."""
    if "=" not in rendering:
        return False
    position = 0
    for character in visible:
        if position < len(rendering) and rendering[position] == character:
            position += 1
        elif character not in _LOSABLE:
            return False
    return position == len(rendering)


def _flat(text: str) -> str:
    """``text`` as a rendering's characters: compatibility forms folded (… as ..., ℓ as l), blanks gone, and each
    dash the reader takes for a minus (typography_unicode's table: −, –, —) as ``-``."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text)).translate(_MINUS_DASHES)


def _visible(source: str) -> str:
    """The characters a rendering of ``source`` shows, in their order: commands as their one character (none for
    the commands that only arrange, \\frac, \\mathcal, \\text, \\qquad), scripts on the line, braces and spacing
    gone."""
    def shown(match: re.Match) -> str:
        name = match.group(1)
        if name is None:
            return ""  # an escaped character, \{ or \, spacing: none that matters here
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        greek = _GREEK_VARIANTS.get(name, name)
        try:
            return unicodedata.lookup(("GREEK CAPITAL LETTER " if greek[0].isupper() else "GREEK SMALL LETTER ")
                                      + greek.upper())
        except KeyError:
            return name if "\\" + name in FUNCTIONS else ""  # a function's name, as a rendering spells it (\log: log)
    source = _HAT.sub(lambda match: match.group(1) + _HAT_MARK, _ENVIRONMENT.sub("", source))
    return _flat(re.sub(r"[{}_^&]", "", _COMMAND.sub(shown, source))).replace(_HAT_MARK, "^")
