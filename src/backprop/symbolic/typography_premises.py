"""The words around and between formulas: those joining a line's inline formulas into one equation (below), and
those around a chain's display blocks (a part of typography's reading): a case written before a display
(case_before_display), a remark between two blocks (prose_between_displays), a formula the words deny ("A = B, not
A = C": without_denied_formulas), and a premise a derivation states for
the terms of one of its sums: a case of the sum's letter and an equation that holds there, ``if $i\\neq{1}
\\frac{\\partial out_{hi}}{\\partial net_{h1}}=0$`` in the words between two blocks (Cross Validated's "Now for this
activation function if ... so we get") or ``[if i\\neq{1}, \\frac{\\partial net_{hi}}{\\partial w_{1}}=0]`` closing
a block. It is the step's reason, no member of the chain: the chain's members are judged as written at every value
of their letters, which the premise, a fact about terms the sum adds, does not restrict.

Inline formulas of one line joined into one equation by the words between them (joined_across_relations,
joined_by_equals_word: a part of typography_prose's reading of a line of prose):
a relation typed between two of them outside their delimiters, ``$z^{(2)}$ = $W a$``, or a word for equals,
``$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer``; and a word for equals between two formulas typed without
delimiters in a sentence, ``then df/dx equals f(x)(1 - f(x)).``

String rewriting over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re
from itertools import islice

from ..patterns import lazy_pattern
from .decorations import WORD_COMMAND
from .lead_in_words import CONDITION_WORDS, CONNECTIVE_WORD
from .math_spans import math_spans
from .quantities import FormulaError, short
from .syntax_tree import relation_pattern

_RELATION = lazy_pattern(relation_pattern())
# a relation closing a formula, its right side in the next (joined_across_relations)
_CLOSING_RELATION = lazy_pattern(r"\S[ \t]*(?:=|\\(?:leftarrow|gets|approx)(?![A-Za-z])|\u2190)[ \t]*$")

#: The words that open a remark in words beside a formula, an aside that is no part of its claim, per language and by
#: what the remark says: a reason or premise ("since b2 is shared", "because ...", "as σ' = σ(1 - σ)"), the letters'
#: meaning ("where ..."), a case ("for each sample"), and a pointer to how the formula was had ("note: ...", "recall
#: ...", "using ...", "i.e. ..."). The one table: each use below takes the roles it needs (regular expressions, as the
#: abbreviations' dots and spacing are written).
REMARK_OPENING_WORDS = {
    "en": {"reason": ("since", "because", "as"), "meaning": ("where",), "case": ("for",),
           "pointer": ("note", "recall", "using", "by", "from", r"i\.\s?e\.", r"e\.\s?g\.")},
}


def remark_opening(*roles: str) -> str:
    """The words of ``roles`` (REMARK_OPENING_WORDS's) in every language, as one alternation for a regular expression
    (its case left to the use)."""
    return "|".join(word for language in REMARK_OPENING_WORDS.values() for role in roles for word in language[role])


#: an aside in parentheses closing a formula's line (formula_remarks): a reason, a meaning or a case, and it is dropped
#: only where it holds no relation, so "for" opens one ("(for each sample)") while "(for j = k)" stays the formula's
REMARK_INSIDE_FORMULA = remark_opening("reason", "meaning", "case")
#: a remark in brackets after a formula's closing delimiter (typography_display): a reason, a meaning or a pointer,
#: dropped whatever it holds; never "for", which there opens the formula's case (``$...$ (for j = k)``), kept and judged
REMARK_AFTER_FORMULA = remark_opening("reason", "meaning", "pointer")

# the case, a letter unequal (or equal) to a number or a letter, then the equation, in one inline formula or a
# bracket: "if $i\neq{1} X=0$", "if $i \ne j$, $X = 0$", "[if i\neq{1}, X=0]"; group "letter" the case's letter
_CASE = r"(?i:if|when|whenever|for)\s+\$?\s*(?P<letter>[A-Za-z])\s*(?:\\neq?(?![A-Za-z])|!=|\u2260|=)\s*" \
        r"(?:\{\s*(?:\d+|[A-Za-z])\s*\}|\d+|[A-Za-z])(?![\w{])\s*\$?\s*,?\s*\$?"
# the equation: one relation, no delimiter, bracket nor second relation in it
_EQUATION = r"[^$\[\]=<>\n]+=[^$\[\]=<>\n]+?"
_PREMISE_IN_WORDS = lazy_pattern(rf"{_CASE}(?P<equation>{_EQUATION})\s*\$")
_CLOSING_PREMISE = lazy_pattern(rf"\[\s*{_CASE}(?P<equation>{_EQUATION})\s*\]\s*$")


def _summed(letter: str, chain: str) -> bool:
    """Whether ``chain`` sums over ``letter`` (\\sum_i, \\sum_{i}, \\sum_{i=1}^{n}): the case restricts its terms."""
    return re.search(rf"\\sum\s*(?:\\limits\s*)?_\s*(?:\{{\s*{letter}(?![A-Za-z])|{letter}(?![A-Za-z]))", chain) is not None


def premises_dropped(words: str, chain: str) -> tuple[str, bool]:
    """``words`` (between two blocks of the chain ``chain``, the blocks before them) without each premise on a letter
    the chain sums over, and whether one was dropped."""
    dropped = [match for match in _PREMISE_IN_WORDS.finditer(words) if _summed(match.group("letter"), chain)]
    for match in reversed(dropped):
        words = words[:match.start()] + " " + words[match.end():]
    return words, bool(dropped)


def without_closing_premise(latex: str) -> str:
    """A block's LaTeX without the bracketed premise closing it, ``... [if i\\neq{1}, X=0]``, where the block sums over
    its letter; as written otherwise."""
    match = _CLOSING_PREMISE.search(latex)
    if match is None or not _summed(match.group("letter"), latex[:match.start()]):
        return latex
    return latex[:match.start()].rstrip()


# a case of the claim's index letters written before its display, in words or inline math: "when k = j",
# "For $k \\neq j$:", "if i != j," (dollars and braces taken out first: ${\\neq}$); a bare "k = j" without its word
# is no such case: a claim of two names (a = z) as often, and between two displays the case of the one before it
# as often as of the one after (claims.py reads it as the one before's)
_CASE_BEFORE = lazy_pattern(r"^\s*(?i:if|when|whenever|for)\s+(?P<left>[A-Za-z])\s*"
                            r"(?P<relation>=|\\neq|!=|≠)\s*(?P<right>[A-Za-z])\s*[,:.]?\s*$")


def case_before_display(text: str) -> str:
    """``when k = j $$A = B$$`` (the words on the display's line, or alone on the line before it): the display's
    claim stated for that case of its index letters, written after it as claim_text reads a case, ``$$A = B,
    \\text{for } k = j$$`` (claims.py refuses a case naming a letter the claim does not index by). Any other text
    as it is."""
    for start, end, latex, display in reversed(list(math_spans(text))):
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip() and line_start > 0:
            line_start = text.rfind("\n", 0, line_start - 1) + 1  # the words alone on the line before
        case = _CASE_BEFORE.match(re.sub(r"[${}]", "", text[line_start:start]))
        line_end = text.find("\n", end)
        rest = text[end:] if line_end < 0 else text[end:line_end]
        inner = text.rfind(latex, start, end)
        if not display or case is None or inner < 0 or not _RELATION.search(latex) or rest.strip(" \t.,;"):
            continue
        relation = {"!=": "\\neq", "≠": "\\neq"}.get(case.group("relation"), case.group("relation"))
        written = f"{latex.rstrip()}, \\text{{for }} {case.group('left')} {relation} {case.group('right')}"
        text = text[:line_start] + text[start:inner] + written + text[inner + len(latex):]
    return text


# what makes the words between two display blocks more than a remark on the step: a condition on it, a negation
_NEGATION = r"\b(?:not|never|wrong|incorrect)\b|n['\u2019]t\b"
_NOT_A_STEP = lazy_pattern(r"\b(?:" + CONDITION_WORDS + r")\b|" + _NEGATION, re.I)
_NEGATION_WORD = lazy_pattern(_NEGATION, re.I)


def prose_between_displays(text: str) -> str:
    """``$$ A = B $$``, then a sentence (``Distribute $\\hat{y}(1 - \\hat{y})$:``, ``Simplify:``), then ``$$ = C $$``:
    a derivation's chain over display blocks, the words between two of them the author's remark on the step, which
    check drops, so that the next block, opening with its relation, goes on with the chain as it does where no words
    stand between. Only where the words are a sentence: a word of prose of three letters or more (or a connective
    word), no relation anywhere in them (an inline formula with one may be a condition or a claim of its own), no
    condition nor negation (``if``, ``for``, ``not``: the step would not be asserted as written). Any other text is
    kept as it is."""
    for start, end, latex, display in reversed(list(math_spans(text))):
        inner = text.rfind(latex, start, end)
        if display and inner >= 0 and (kept := without_closing_premise(latex)) != latex:
            text = text[:inner] + kept + text[inner + len(latex):]  # ... [if i\neq{1}, X=0]: the step's premise
    displays = [(start, end, latex) for start, end, latex, display in math_spans(text) if display]
    for (_start, end, _latex), (following, _end, latex) in reversed(list(zip(displays, displays[1:]))):
        # a premise on the terms of a sum the chain has, "if $i\neq{1} X=0$", is the step's reason: the words
        # around it a remark, their condition words its own ("Now for these units if ... so we get")
        words, premised = premises_dropped(text[end:following], text[:end])
        if not words.strip() or not _RELATION.match(latex.strip().lstrip("&").strip()) \
                or _RELATION.search(words) or (_NEGATION_WORD if premised else _NOT_A_STEP).search(words) \
                or not re.search(r"[^\W\d_]{3,}|\b" + CONNECTIVE_WORD + r"\b", words):
            continue
        text = text[:end] + "\n\n" + text[following:]
    return text


# words that deny the formula after them, one the author rejects and no claim of theirs: "rather than", "instead of"
# (and the same in German, French, Spanish, Portuguese, Italian), Chinese 而不是 ("rather than"), 而非; the short words
# of negation ("not", "nicht", "pas", "non", "não", "no", 不是) only after a comma or a semicolon, where they open a
# clause of their own (after a space, "dz = a - y is not ...", they may be a sentence about the formula before)
_DENYING_PHRASE = (r"(?i:rather\s+than|instead\s+of|(?:and|but)\s+not|statt|anstatt|anstelle\s+von|(?:und|aber)\s+nicht|"
                   r"au\s+lieu\s+de|plut[o\u00f4]t\s+que|et\s+(?:non|pas)|mais\s+pas|en\s+(?:lugar|vez)\s+de|y\s+no|"
                   r"em\s+vez\s+de|ao\s+inv[e\u00e9]s\s+de|e\s+n[a\u00e3]o|invece\s+di|anzich[e\u00e9]|e\s+non)(?!\w)")
_DENYING_WORD = r"(?i:not|nicht|pas|non|n[a\u00e3]o|no)(?!\w)|\u4e0d\u662f"
_DENYING_CJK = r"\u800c\u4e0d\u662f|\u800c\u975e|\u5e76\u975e|\u4e26\u975e"  # 而不是, 而非, 并非, 並非
_COMMAS = ",;\uff0c\uff1b\u3001"
_DENIALS_LOOKED_AT = 3  # a line's first denying words after its relation: a real line has one
# the denying words themselves (what stands before and after them is looked at one match at a time: linear in the line)
_DENYING = lazy_pattern(rf"(?<![\w\\])(?P<phrase>{_DENYING_PHRASE})|(?P<cjk>{_DENYING_CJK})|(?<![\w\\])(?P<word>{_DENYING_WORD})")
# the words denying a formula opening a line (after a list's mark or a label's colon), the formula before a comma
_DENIED_FIRST = lazy_pattern(rf"^(?:[^\n:\uff1a]*[:\uff1a])?[ \t*\-]*(?P<denial>{_DENYING_PHRASE}|{_DENYING_CJK}|"
                             rf"{_DENYING_WORD})[ \t]*(?P<denied>[^\n,;\uff0c\uff1b]*(?:{relation_pattern()})[^\n,;\uff0c\uff1b]*)", re.M)


# the words between two formulas denying the second, grade's $A = B$ rather than $A = C$ (a comma before the short words)
_DENIAL_BETWEEN = lazy_pattern(rf"^\s*(?:[{_COMMAS}]\s*(?:{_DENYING_WORD})|[{_COMMAS}]?\s*(?:{_DENYING_PHRASE}|"
                               rf"{_DENYING_CJK}))\s*$")


def denies_the_next(claim: str, between: str) -> bool:
    """Whether the words ``between`` a formula ``claim`` and the next formula deny the next (``$A = B$ rather than $A =
    C$``, ``$A = B$, not $A = C$``), as without_denied_formulas reads them on one line: only after a claim (a
    relation), the words alone between the two."""
    return _RELATION.search(claim) is not None and _DENIAL_BETWEEN.match(between) is not None


# denying words set as text inside the mathematics, $$ A = B \text{ not } A = C $$, \quad\text{rather than}\quad,
# \text{, not }: a text command holding the words alone (a comma before them inside it or before it), with the spacing
# around it
_TEX_SPACE = r"(?:\\[,:;! ]|\\q?quad(?![A-Za-z])|~|[ \t])*"
_DENIAL_IN_TEXT = lazy_pattern(rf"{_TEX_SPACE}(?:[{_COMMAS}]{_TEX_SPACE})?{WORD_COMMAND}\s*"
                               rf"\{{\s*(?:[{_COMMAS}]\s*)?(?:{_DENYING_PHRASE}|{_DENYING_CJK}|{_DENYING_WORD})\s*\}}{_TEX_SPACE}")


def without_denials_in_math(text: str) -> str:
    """``text`` (a line, a document, or the LaTeX of one display) without the formula that denying words set in a text
    command inside the mathematics reject after a claim, ``$$ A = B \\text{ not } A = C $$``, ``A = B
    \\quad\\text{rather than}\\quad A = C``, ``A = B \\text{, not } A = C``: the words and the denied formula to the
    end of their row (a line, a row break, the display's end) dropped, the claim kept, as without_denied_formulas
    reads the words outside the mathematics, for check and for grade alike (grading.document.equations reads each
    display so). Only where a formula follows the words; where no claim (a relation) stands before them on their row,
    refused as without_denied_formulas refuses a denial opening a line. Any other text command stays as written."""
    if "\\" not in text or _DENYING.search(text) is None:
        return text
    for match in reversed(list(_DENIAL_IN_TEXT.finditer(text))):
        row_start = max(text.rfind("\n", 0, match.start()) + 1, text.rfind("\\\\", 0, match.start()) + 2,
                        *(start for start, end, _latex, _display in math_spans(text) if start <= match.start() < end))
        ends = [end for end in (text.find("\n", match.end()), text.find("\\\\", match.end())) if end >= 0]
        row_end = min(ends, default=len(text))
        closing = re.search(r"\$\$|\$|\\\]|\\\)", text[match.end():row_end])
        denied_end = match.end() + closing.start() if closing else row_end
        claim, denied = text[row_start:match.start()], text[match.end():denied_end]
        if not denied.strip() or not _formula_denied(denied):
            continue
        if not _RELATION.search(claim):
            words = re.search(r"\{\s*(.*?)\s*\}", match.group()).group(1)
            raise FormulaError(f"formula {short(text)}: '{words}' denies the formula after it ({short(denied.strip())}),"
                               " no claim of the author's, before any claim; check judges what a text claims: write"
                               " the claim alone")
        text = text[:match.start()] + (" " if closing else "") + text[denied_end:]
    return text


def without_denied_formulas(text: str) -> str:
    """Each line's claim without the formula its words deny after it: ``dz = a - y, not dz = a(1 - a)``, ``**dz = a -
    y**，而不是 dz = a*(1-a）`` ("rather than"), ``$A = B$ rather than $A = C$``: the denied formula, no claim of the
    author's, is never judged as one (nor as a wrong claim). A line whose words deny a formula before any claim
    (``not A = C, but A = B``, ``Instead of A = C, ...``) is refused: which formula the author claims is not told."""
    if _DENYING.search(text) is None:  # no denying words: the text as written (every denial below is one of these)
        return text
    text = without_denials_in_math(text)  # $$ A = B \text{ not } A = C $$: the words inside the mathematics
    spans = [(start, end) for start, end, _latex, _display in math_spans(text)] if "$" in text or "\\(" in text else []

    def outside(position: int) -> bool:
        return not any(start <= position < end for start, end in spans)
    first = _DENIED_FIRST.search(text)
    if first is not None and outside(first.start("denial")):
        raise FormulaError(f"formula {short(text)}: '{first.group('denial')}' denies the formula after it"
                           f" ({short(first.group('denied').strip())}), no claim of the author's, before any claim;"
                           " check judges what a text claims: write the claim alone")
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append(_claim_before_denial(line, lambda position, at=offset: outside(at + position)))
        offset += len(line) + 1
    return "\n".join(lines)


def _claim_before_denial(line: str, outside) -> str:
    """``line`` up to the words denying the formula after them (see without_denied_formulas), where a claim (a relation)
    stands before them on the line; the line as it is where none does."""
    relation = _RELATION.search(line)
    if relation is None:
        return line
    for match in islice(_DENYING.finditer(line, relation.end()), _DENIALS_LOOKED_AT):  # (a bounded work per line)
        before = line[:match.start()].rstrip(" \t")
        if match.group("word") and not before.endswith(tuple(_COMMAS)) or not outside(match.start()):
            continue  # "dz = a - y is not ...": a sentence about the formula before, as written
        if line[match.end():].strip() and _formula_denied(line[match.end():]):
            return before.rstrip(_COMMAS + " \t")
    return line


def _formula_denied(denied: str) -> bool:
    """Whether the text after the denying words is a formula (a relation, or a member's operators and no two words of
    prose in a row): ``dz = a(1 - a)``, ``a*(1-a)``; words (``; not the values of layer l``) say something of the
    claim itself, and the line stays as written."""
    return _RELATION.search(denied) is not None or re.search(r"[-+*/^()\[\]\\_]", denied) is not None \
        and re.search(r"[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}", denied) is None


# a word for "equals" between two formulas, one table of them: English "is", "equals", "is equal to", Spanish "es",
# "será", Portuguese "é", "será", Russian "равен", "равна", "равно", "равняется", German "ist", "ist gleich", French
# "est", "vaut", "est égal à" ("$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer", "df/dx равен f(x)(1 - f(x))")
EQUALS_WORDS = lazy_pattern(r"(?:is(?:[ \t]+equal[ \t]+to)?|equals|es|é|será|равен|равн(?:[аоы]|яется)|"
                            r"ist(?:[ \t]+gleich)?|est(?:[ \t]+égale?[ \t]+à)?|vaut)")
# what may stand before the first formula of such a sentence: a list's mark and a connective word ("Then $z$ is
# ..."), no word that makes the formula part of a phrase ("the derivative of $a$ is $b$")
_BEFORE_EQUALS = lazy_pattern(r"[ \t]*(?:[-*\u2022][ \t]+|\d+[.)][ \t]+)?(?:" + CONNECTIVE_WORD + r",?[ \t]+)?")
# what may follow the second: the sentence's end, or a clause "for ..." naming what the claim is about, its
# mentions no relation ("for the $l^{th}$ layer")
_AFTER_EQUALS = lazy_pattern(r"[ \t.,;:!?]*|[ \t]+for[ \t][^=<>\n]*")


def joined_across_relations(line: str) -> str:
    """``line`` with each relation typed between two inline formulas, ``$z^{(2)}$ = $W a$``, inside them: one
    equation, ``$z^{(2)} = W a$``, split by its author's delimiters; a chain's every member joined so too. So is
    a word for equals (EQUALS_WORDS) between the line's only two claims' formulas, ``$z^l$ is $a^{l-1}w^l + b^l$
    for the $l^{th}$ layer`` (roastidio's notes): where the first formula opens the sentence (a list's mark, a
    connective word before it, _BEFORE_EQUALS) and holds no relation, the second is its last (the sentence's end
    or a "for ..." clause after it, _AFTER_EQUALS): the words around the two say nothing of an operation on them
    (``the derivative of $a$ is $b$``, ``$a$ is $b$ plus $c$`` stay as written). Two formulas glued, the first's
    closing ``$`` the second's opening, ``$E = \\frac{1}{2} $${\\sum_k} (t_k - a_k)^2 $``, the second without a
    relation, render as one formula and are joined into one."""
    for _ in range(line.count("$")):
        spans = [span for span in math_spans(line) if not span[3] and line.startswith("$", span[0])]
        for (first, end, latex, _display), (start, last_end, after, _) in zip(spans, spans[1:]):
            relation = line[end:start].strip()
            if EQUALS_WORDS.fullmatch(relation) and _BEFORE_EQUALS.fullmatch(line[:first]) \
                    and _AFTER_EQUALS.fullmatch(line[last_end:]) and not _RELATION.search(latex) \
                    and not _RELATION.search(after):
                relation = "="
            if relation in ("=", ":=", r"\approx", "≈") and "\n" not in line[end:start]:
                line = f"{line[:first]}${latex} {relation} {after}${line[last_end:]}"
                break
            blank = not line[end:start].strip(" \t") and after.strip()
            if (end == start or blank and _CLOSING_RELATION.search(latex)) and not _RELATION.search(after):
                # $E = \frac{1}{2} $${\sum_k} (t_k - a_k)^2 $: a formula closed and the next opened at once, no
                # relation in it, renders as one formula, the second its continuation; so does one closing on its
                # relation before a blank, $\delta_k \leftarrow$ $o_k(1-o_k)(t_k-o_k)$ (batch 167's Spanish notes)
                line = f"{line[:first]}${latex} {after}${line[last_end:]}"
                break
        else:
            return line
    return line


# a word for equals between two formulas typed without delimiters (spaces around it)
_EQUALS_WORD_BETWEEN = lazy_pattern(r"(?<=\S)[ \t]+(?:" + EQUALS_WORDS.pattern + r")[ \t]+(?=\S)")
# the first formula before it: a derivative's quotient (df/dx, ∂E/∂w_5), or a name (h, f'(x)) the line opens with
_QUOTIENT_BEFORE = lazy_pattern(r"(?<!\S)[d\u2202][^\s/=<>]*/[d\u2202][^\s/=<>]+$")
_NAME = lazy_pattern(r"[^\W\d]\w*'?(?:\([^()\s]*\))?")
# a formula's mark on the second side: an operator, a bracket or a digit (never a word alone: "dE/dw is negative")
_FORMULA_MARK = lazy_pattern(r"[-+*/^()\[\]\d\u2212\u00d7\u00b7\u22c5]")
# two words of prose in a row on the second side: the sentence goes on ("dE/dw is the slope of ..."), no formula;
# or a word opening it before a space and no operator: an adverb or a negation ("dE/dw is not (y - a) x", "is just
# ...", never the name of "out - target")
_TWO_WORDS = lazy_pattern(r"(?<![\w.])[^\W\d_]{2,}[ \t]+[^\W\d_]{2,}(?![\w(])|^[^\W\d_]{2,}[ \t]+(?![-+*/^=<>)\u2212\u00d7\u00b7\u22c5 \t])")
_SENTENCE_END = " \t.,;:!?"


def joined_by_equals_word(line: str) -> str:
    """``line``, a sentence's line without math delimiters and without a relation, with a word for equals
    (EQUALS_WORDS) between two formulas as ``=``: ``то производный результат df/dx равен f(x)(1 - f(x)).`` as ``...
    df/dx = f(x)(1 - f(x)).``, where the first is a derivative's quotient (d or ∂ over d or ∂: the words before it
    can only name it), or a name opening the line (``h is 1/(1 + exp(-s))``, a list's mark or a connective word
    before it), and the second ends the line, a formula (an operator, a bracket or a digit in it) with no two words
    of prose in a row. Anything else is left as written: ``the derivative of f is f(1 - f)`` says the claim's left
    side in words, which check does not read."""
    if _RELATION.search(line):
        return line
    lead = _BEFORE_EQUALS.match(line).end()
    for word in _EQUALS_WORD_BETWEEN.finditer(line):
        before, right = line[:word.start()], line[word.end():].rstrip(_SENTENCE_END)
        if not _FORMULA_MARK.search(right) or _TWO_WORDS.search(right):
            continue
        if _QUOTIENT_BEFORE.search(before) or _NAME.fullmatch(before, lead):
            return f"{before} = {line[word.end():]}"
    return line


# what may stand between two inline formulas of one member, outside their delimiters: an operator, or an operator, a
# name in a code span and an operator ("$W^{[1]}$ = $W^{[1]}$ - `LearningRate` * $dW^{[1]}$")
_OPERATOR_BETWEEN = lazy_pattern(r"\s*(?:[-+*/]|\\cdot)\s*(?:`\s*[A-Za-z_][\w.]*\s*`\s*(?:[-+*/]|\\cdot)\s*)?")
_MOST_DOLLARS = 40  # inline formulas on one line joined so (each join rescans the line): a sentence's, not a file's
# a line ending in an operator outside its formulas ("$A$ = $B$ \\*" then "$C$" on the next line): its equation goes on
# below, and joined on this line alone it would be cut short (a right member judged wrong)
_GOES_ON = lazy_pattern(r"\$\s*(?:[-+*/=]|\\\*|\\cdot|\\times)\s*$")


def joined_inline_formulas(line: str) -> str:
    """``line`` with its inline formulas that are one equation joined into one ``$...$``, for a document's reader
    (grade), which reads only what stands between delimiters: joined_across_relations (``$A$ = $B$``), then an
    operator typed between a formula holding a relation and the next one, or an operator, a name in a code span and
    an operator (``$W$ = $W$ - `LearningRate` * $dW$``, the code span's name kept, its backticks dropped), the member
    going on across them, as check reads such a line whole; never before a formula holding a relation of its own,
    nor on a line ending in an operator after its last formula (the equation goes on below it)
    (``$h_1 = 0.73$ - $h_2 = 0.61$``: a list, two claims). A table's row (``| $a$ | $b$ |``) and a line of more
    than _MOST_DOLLARS dollars are left as written."""
    if not 4 <= line.count("$") <= _MOST_DOLLARS or line.lstrip().startswith("|") or _GOES_ON.search(line):
        return line
    line = joined_across_relations(line)
    for _ in range(line.count("$")):
        spans = [span for span in math_spans(line) if not span[3] and line.startswith("$", span[0])]
        for (first, end, latex, _display), (start, last_end, after, _) in zip(spans, spans[1:]):
            between = line[end:start]
            if _RELATION.search(latex) and not _RELATION.search(after) and _OPERATOR_BETWEEN.fullmatch(between):
                line = f"{line[:first]}${latex} {' '.join(between.replace('`', ' ').split())} {after}${line[last_end:]}"
                break
        else:
            return line
    return line
