"""Words on a formula's own line (a part of typography.py's cleaning): a line of prose around inline formulas and a
sentence's words around formulas typed without delimiters (a sentence after a formula's full stop, or glued to it,
is typography_trailing_remarks.py's). What is kept is the mathematics the line claims; the words around it are
remarks.

String rewriting with bounded loops over a bounded text, as in typography.py: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .brackets import PRINTED, net_depth
from .claim_ranges import range_in_prose
from .claim_text import split_data_case
from .lead_in_words import CONDITION_WORDS
from .math_spans import CODE_SPAN, math_spans
from .quantities import FormulaError, short
from .script_letters import COMBINING_MARK, EAST_ASIAN_LETTER, EAST_ASIAN_PUNCTUATION, PROSE_SCRIPT_LETTER
from .syntax_tree import relation_pattern
from .typography_comments import CONNECTIVE_WORD, clauses_led_in
from .typography_premises import joined_across_relations, joined_by_equals_word

_RELATION = lazy_pattern(relation_pattern())
# an implication's arrow between the prose and a formula (=> $dz = x dw$ and ...): the sentence's, no relation
IMPLICATION = lazy_pattern(r"=+>|\\(?:Rightarrow|Longrightarrow|implies)(?![A-Za-z])")
# a word that makes the equation after it a condition (if $y = 1$, $L = ...$, if "y = 1", if ($y = 1$)), never a
# claim (grade's too): the text before the formula ends with it, only spaces and punctuation after it
CONDITION_BEFORE = lazy_pattern(r"\b(?:" + CONDITION_WORDS + r")\W*$", re.I)
# a word of prose: two letters or more, of any script (表示, Größe); a list's "-" or "1." and punctuation are none
# (outside the delimiters here; standing alone, LONE_WORD, in a sentence around plain formulas and in a clause after
# a formula's comma, comma_remarks.remark_after_comma)
PROSE_WORD = lazy_pattern(r"[^\W\d_]{2,}")
# a character of Chinese, Japanese's kana or a Hangul syllable: a word of its own (ningyuwhut's 当\(k\ne j\)时)
CJK_WORD = lazy_pattern(EAST_ASIAN_LETTER)


def inline_formulas(text: str) -> str:
    r"""Each line of ``text`` that holds inline mathematics (``$...$``, ``\(...\)``, or Markdown's code span
    ```...```) and words outside it, in any script, as the mathematics alone: each inline formula that holds a
    relation on a line of its own, several formulas being several claims (as grade reads them); a formula without
    a relation (``$dw$``, ```a```) is a mention, dropped. Kept as they are: a line whose words state a case of its
    formula (``$A = B$ when $y = 0$``, claim_text.py), a line whose words make an equation a condition (``if $y =
    1$, $L = ...$``), a line whose formula opens with a relation (``Error $= \hat{y} - y$``: the word is its left
    side), a line with a relation outside its formulas (``y = f(x)  # `f = g```: the formula is not only in the
    spans) and a table's row (typography_display.table_row). A display after words on its line (``• Squash the sum
    $$h = f(s)$$``, ``2. We squash it (here with f): $$h = ...$$``) is read so too; one opening its line, with
    words after it or none, is the display's rule (typography_display). Where a line's claims were so taken from its
    prose, a line of the text that is a sentence alone (_sentence_alone: the list item's next line, ``This is the
    output delta $\delta_o$.``) is its prose too, dropped."""
    if "$" not in text and "\\(" not in text and "`" not in text:
        return text
    lines = _lines(text)
    read = [_inline_formulas(line) for line in lines]
    if any(new != line and _RELATION.search(new) for new, line in zip(read, lines)):
        read = ["" if new == line and _sentence_alone(line) else new for new, line in zip(read, lines)]
    return "\n".join(read)


def _sentence_alone(line: str) -> bool:
    """Whether ``line`` is a sentence that claims nothing: words of prose (two, one of three letters or more), no
    relation, no operator outside its inline formulas (none opening with one: no formula's continuation), no word of
    a condition (if, when, for: a formula's case is kept, and refused, rather than dropped)."""
    spans = _inline_spans(line)
    edges = [0, *(edge for start, end, _latex, _display in spans for edge in (start, end)), len(line)]
    outside = " ".join(line[edges[place]:edges[place + 1]] for place in range(0, len(edges), 2))
    outside = re.sub(r"</?[A-Za-z][\w-]*\s*/?>", " ", outside)  # an HTML list item's tags, </li>: no operator
    return not _RELATION.search(line) and not re.search(r"[-+*/^=\\_{}()\[\]|]", outside) \
        and not any(re.match(r"\s*(?:[-+*/^=]|\\(?:cdot|times|odot))", latex) for _, _, latex, _ in spans) \
        and len(LONE_WORD.findall(outside)) >= 2 and re.search(r"[^\W\d_]{3,}", outside) is not None \
        and not re.search(r"\b(?:" + CONDITION_WORDS + r"|where|except|only|not)\b", outside, re.I)


def _lines(text: str) -> list[str]:
    """``text``'s lines, a line break inside an inline formula (``$z =`` then ``\\sum_k w_k a_k$``) joining its two
    lines into one: the formula is one, broken where the author's editor wrapped the sentence."""
    inside = [(start, end) for start, end, _latex, display in math_spans(text)
              if not display and "\n" in text[start:end]]
    lines, position = [], 0
    for match in re.finditer("\n", text):
        if not any(start < match.start() < end for start, end in inside):
            lines.append(text[position:match.start()])
            position = match.end()
    lines.append(text[position:])
    return lines


def _inline_spans(line: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, formula, display?) of each formula of ``line``: its mathematics (math_spans) and its code spans
    outside the mathematics, in reading order."""
    spans = list(math_spans(line))
    for match in CODE_SPAN.finditer(line):
        if not any(start < match.end() and match.start() < end for start, end, _latex, _display in spans):
            spans.append((match.start(), match.end(), match.group(2), False))
    return sorted(spans)


def _inline_formulas(written: str) -> str:
    if written.strip().startswith("|"):
        return written
    line = joined_across_relations(written)
    spans = _inline_spans(line)
    if not spans or not line[:spans[0][0]].strip() and all(display for _start, _end, _latex, display in spans):
        return written  # a display opening its line, words after it or none: the display's rule (typography_display)
    outside = _outside_spans(line, spans)
    if (ranged := _display_after_range(line, spans, outside)) is not None:
        return ranged
    words = IMPLICATION.sub(" ", " ".join(outside))
    if not (PROSE_WORD.search(words) or CJK_WORD.search(words)) or _RELATION.search(words) or split_data_case(line)[1]:
        # "$h$ is $f(s)$.": the word for equals was the line's only prose, and the joined formula is the claim
        return line if line != written and not _RELATION.search(words) and not split_data_case(line)[1] else written
    if any(CONDITION_BEFORE.search(words) and _RELATION.search(latex)
           for words, (_start, _end, latex, _display) in zip(outside, spans)):
        return written  # If $t = 1$, $E = -\log h$: a condition, which as a claim would be judged at every value
    if any(_RELATION.match(latex.strip()) for _start, _end, latex, _display in spans):
        return written  # Error $= \hat{y} - y$: the word before the relation is the formula's left side
    claims = [" ".join(latex.split()) for _start, _end, latex, _display in spans if _RELATION.search(latex)]
    displays = [latex for _start, _end, latex, display in spans if display]
    if not claims and len(displays) == 1 and spans[-1][3] and not line[spans[-1][1]:].strip(_PROSE_EDGES):
        # sentences mentioning $-2$ and $o_j$, then the display ending the line: the one expression to judge
        return " ".join(displays[0].split())
    return "\n".join(claims) if claims else written


def _display_after_range(line: str, spans: list, outside: list) -> str | None:
    """``For each l=L-1,L-2,...,2, compute $$\\delta^{l} = ...$$``: the display closing a line of prose whose only
    relation outside it is a range of an index (claim_ranges.range_in_prose), as the display with the range after
    it, which claims read as the rule's values (judged there only, never dropped); None for any other line."""
    if not spans[-1][3] or not _RELATION.search(spans[-1][2]) or line[spans[-1][1]:].strip(_PROSE_EDGES) \
            or any(_RELATION.search(latex) for _start, _end, latex, _display in spans[:-1]):
        return None
    found = range_in_prose(" ".join(outside[:-1]))
    if found is None or _RELATION.search(found[0]) or CONDITION_BEFORE.search(found[0]) \
            or not (PROSE_WORD.search(found[0]) or CJK_WORD.search(found[0])):
        return None
    return f"{' '.join(spans[-1][2].split())}, \\quad {found[1]}"


def _outside_spans(line: str, spans: list) -> list[str]:
    """The pieces of ``line`` before, between and after its formulas ``spans`` (as _inline_spans gives them)."""
    outside, position = [], 0
    for start, end, _latex, _display in spans:
        outside.append(line[position:start])
        position = end
    outside.append(line[position:])
    return outside


# a Markdown list item's mark before the line's formula, "- " or "2. ": the list's, no minus
_LIST_MARK = lazy_pattern(r"^\s*(?:[-*+]|\d+[.)])[ \t]+")


def formula_around_symbols(line: str, math_words: set) -> str | None:
    r"""The one formula of a line with no prose whose relation stands outside its inline formulas, each of which holds
    symbols only, no relation (``b = b- $\alpha$ db``, ``wh<sup>+</sup> = wh - $\eta$ \* $\frac{\partial
    E}{\partial wh}$``): the line with those formulas' delimiters dropped, as check reads it (_inline_formulas keeps a
    line with a relation outside its formulas whole: its formula is not only in the spans); None for any other line
    (a display, a code span, a table's row, a heading, a run of prose words: _prose_runs, a relation inside a
    formula: inline_formulas' claims)."""
    if line.lstrip().startswith(("|", "#")) or "`" in line:
        return None
    spans = list(math_spans(line))
    if not spans or any(display or _RELATION.search(latex) for _start, _end, latex, display in spans):
        return None
    outside = _outside_spans(line, spans)
    if not _RELATION.search(IMPLICATION.sub(" ", " ".join(outside))) or CJK_WORD.search(" ".join(outside)):
        return None
    formula = _LIST_MARK.sub("", outside[0]) + "".join(
        f" {latex} {after}" for (_start, _end, latex, _display), after in zip(spans, outside[1:]))
    return None if _prose_runs(formula, math_words) else formula.strip()


# a sentence's full stop before the next sentence's capitalised first word of three letters or more, between a
# formula and the words of prose after it (_sentence_formulas)
_SENTENCE_START = lazy_pattern(r"(?<=[A-Za-z0-9)\]}'])\.[ \t]+(?=[A-Z][a-z]{2,}[ \t])")
_NEXT_SENTENCE_WORD = lazy_pattern(r"(?<=[A-Za-z0-9)\]}'])\.[ \t]+(?=[^\W\d_]+$)")


# A sentence's words around formulas typed without delimiters ("Can anyone explain why db^[l]=dz^[l] and ..."): a
# word of prose standing alone, outside every bracket (never a command's name, a name with scripts or a call, code's
# np.dot, a glued letter: db^[l], log(x), np.sum); an apostrophe inside it is the word's (can't, I’m), and a hyphen
# before a word of two letters or more (the S-curve, an x-axis), one word, no minus
LONE_WORD = lazy_pattern(r"(?<![\w\\'.^_])(?:[^\W\d_]+['\u2019][^\W\d_]+|[^\W\d_]+(?:-[^\W\d_]{2,})+|" + PROSE_WORD.pattern
                         + r")(?![\w(\[{'^_]|\.\w|\u2019\()")
# what stands between two words of one run of prose: spaces and prose punctuation, typographic quotes among it, and
# tokens of letters and digits standing alone, no word of prose themselves: a single letter ("I learned", "is a
# constant") or a word glued to digits ("In week3 neural nets"), read as the sentence's only between two of its words;
# a compound of words of two letters or more joined by hyphens ("the cross-entropy loss") is one word there, no minus
_PUNCTUATION = r"[\s,;:.!?\"\u201c\u201d\u2018\u2019\u00ab\u00bb]*"
_BETWEEN_WORDS = lazy_pattern(_PUNCTUATION + r"(?:(?<![\w\\'.^_])(?:[^\W\d_]{2,}(?:-[^\W\d_]{2,})+|[^\W_]+)"
                              r"(?![\w(\[{'^_-]|\.\w)" + _PUNCTUATION + r")*")
_PROSE_EDGES = " \t,;:.!?\"\u201c\u201d\u2018\u2019\u00ab\u00bb"
# a word an operator or relation stands beside is an operand, a multi-letter name (weight += rate * input)
# (Unicode's operators too, untranslated here: − × · ⋅ ∇ ∂ ∑ ∘ ⊙ ⊗ √)
_OPERATOR = r"\-+*/=<>" + "\u2212\u00d7\u00b7\u22c5\u2207\u2202\u2211\u2218\u2299\u2297\u221a"
_OPERAND_AFTER = lazy_pattern(r"\s*(?:[\^" + _OPERATOR + r"]|\\[A-Za-z])")
_OPERAND_BEFORE = lazy_pattern(r"(?:[" + _OPERATOR + r"]|\\[A-Za-z]+)\s*$")
_FORMULA_FRAGMENT = lazy_pattern(r"[" + _OPERATOR + r"^]|\\[A-Za-z]")
# a connective word opening a run of prose: the sentence's clause, not a name (dz = x dw and not the other way)
_CLAUSE_OPENING = lazy_pattern(CONNECTIVE_WORD + r"\b")


def sentence_formulas(text: str, math_words: set) -> str:
    """Each line of ``text`` without math delimiters where a sentence's words stand around its formulas (``Can
    anyone explain why db^[l]=dz^[l] and da^[l-1]=W^[l]T.dz^[l] in week 4 and the video “Forward propagation”?``)
    as the formulas alone, each that holds a relation on a line of its own, as inline_formulas reads ``$...$``
    in prose: the words are runs of two words of prose or more (PROSE_WORD standing alone outside every bracket,
    none of ``math_words``, a function's or a Greek letter's name; one of three letters or more; a single letter or
    a word glued to digits between two of them, ``In week3 ..., I learned``), and the sentence's capitalised first
    word opening the line where such a run stands later (``Compute z = ... for each sample: ...``), typographic
    quotes the prose's punctuation; a lone "and" between two equations separates them (line_breaks.py). Kept as
    they are: a line that opens with no such run, a line with no relation outside the runs or with a piece of a
    formula (an operator) besides its claims, a line of code (``#``, ``//``), a table's row. A line whose words
    make an equation a condition (``for j = k, ...``: CONDITION_BEFORE) is refused."""
    text = _EMPHASISED_PROSE.sub(r"\2", text.translate(_IDEOGRAPHIC_PUNCTUATION))  # **综合所述**，...: the words
    if not LONE_WORD.search(text):
        return text
    return "\n".join(_sentence_formulas(line, math_words) for line in text.split("\n"))


# the ideographic full stop and comma, and the fullwidth comma, colon and semicolon: a sentence's punctuation, as
# . , : ; are (所以输出为 h = f(s)。)
_IDEOGRAPHIC_PUNCTUATION = str.maketrans({"\u3002": ". ", "\u3001": ", ", "\uff0c": ", ", "\uff1a": ": ",
                                          "\uff1b": "; "})


# a line that is a code comment only, its marker and what it says
_COMMENT_LINE = lazy_pattern(r"[ \t]*(?:#|//)[ \t]*(?P<said>[^#\n]*)")


def _sentence_formulas(line: str, math_words: set) -> str:
    comment = _COMMENT_LINE.fullmatch(line)
    if comment is not None and clauses_led_in(comment.group("said")):
        # "# Since E = (p - t)^2, the derivative dE/dp = 2(p - t)": a comment's sentence of claims, each led in by
        # words, is that sentence's claims as a line of prose's are
        taken = _sentence_formulas(comment.group("said"), math_words)
        return taken if taken != comment.group("said") else line
    if any(mark in line for mark in ("$", "\\(", "`", "#", "//")) or line.strip().startswith("|"):
        return line
    line = joined_by_equals_word(line)  # the derivative df/dx equals f(x)(1 - f(x)).: df/dx = ...
    if (claim := _claim_after_sentence(line, math_words)) is not None:
        return _sentence_formulas(claim, math_words)  # z is the sum of the unit.(z = wx + b): the parenthesis' claim
    aside = _ASIDE.search(line)
    if aside is not None and aside.group("connective") and _RELATION.search(aside.group("aside")):
        aside = None  # (where x = 2), (with y = 1): a condition as often as a premise, so the line is kept whole
    if aside is not None and not {word.lower() for word in aside.group("words").split()} & math_words \
            and not _CONDITION_ASIDE.match(aside.group("words")):
        formula = _sentence_formulas(line[:aside.start()].rstrip(), math_words)
        if not _RELATION.search(aside.group("aside")):
            return formula  # (c is dropped since it is a constant): a remark on the formula
        return formula + "\n" + _sentence_formulas(aside.group("aside"), math_words)  # (Given that h = f(s))
    runs = _prose_runs(line, math_words)
    if runs and _clause_after(line, runs[-1]):
        line, runs = line[:runs[-1][0]].rstrip(), runs[:-1]
        if not runs:
            return line
    if not runs or line[:runs[0][0]].strip(_PROSE_EDGES + "-*"):
        return line  # a line opening with mathematics (v1 := v1 - lr × ∇bias Cost): its words may be names
    pieces, position = [], 0
    for start, end in runs:
        pieces.append((line[position:start], line[position:start].strip(_PROSE_EDGES)))
        position = end
    pieces.append((line[position:], line[position:].strip(_PROSE_EDGES)))
    # "A = B. Differentiating A with respect to z yields ...": the next sentence's capitalised first word and what
    # follows it up to its words, no relation, a mention cut from the claim before it
    cut = [_SENTENCE_START.split(piece, maxsplit=1) for _raw, piece in pieces]
    # "w1_new = w1 -alpha*dw1. alpha is another parameter ...": a full stop, a space and one word in lower case ending
    # the piece before a run of prose, the formula before it whole (its brackets closed): the next sentence's first
    # word, the run its rest
    cut = [parts if len(parts) == 2 or number == len(pieces) - 1
           or len(next_word := _NEXT_SENTENCE_WORD.split(parts[0], maxsplit=1)) != 2
           or net_depth(next_word[0], PRINTED) != 0 else next_word for number, parts in enumerate(cut)]
    mentions = [parts[1] for parts in cut if len(parts) == 2 and not _RELATION.search(parts[1])]
    pieces = [(raw, parts[0] if len(parts) == 2 and parts[1] in mentions else piece)
              for (raw, piece), parts in zip(pieces, cut)]
    claims = [piece for _raw, piece in pieces if _RELATION.search(piece)]
    if not claims or any(_FORMULA_FRAGMENT.search(piece)
                         for piece in [piece for _raw, piece in pieces if piece not in claims] + mentions):
        return line  # no claim, or a piece of a formula between the words (s - the sum ...): which is meant is a guess
    words_before, conditions = [line[start:end] for start, end in runs], []
    for number, (words, (_raw, piece)) in enumerate(zip(words_before, pieces[1:])):
        if (condition := CONDITION_BEFORE.search(words)) is not None and _RELATION.search(piece):
            if number and not any(after for _raw, after in pieces[number + 2:]) \
                    and pieces[number][0].rstrip().endswith(".") and _RELATION.search(pieces[number][1]):
                # "A = B. The loss is finite when y = 0": ending a sentence of its own after the claim's full
                # stop, the condition of no claim (the sentence's words), dropped
                conditions.append(piece)
                continue
            raise FormulaError(f"formula {short(line)}: '{condition.group(0).strip()}' before {short(piece)} in the"
                               " sentence makes the equation a condition, which check does not judge; write each"
                               " claim apart from the sentence's words")
    return "\n".join(claim.strip() for claim in claims if claim not in conditions)  # A = B and C = D: two claims (line_breaks' separator)


# a parenthesis ending the line after a formula, opening with a sentence's two words (a single letter before them:
# its subject), "(Given that h = f(s))", "(c is dropped since it is a constant)", or with a connective word and the
# next word, whatever its length, "(because y is one-hot)" (only without a relation): an aside, its own sentence; a
# sentence of words alone may follow it to the line's end, its capitalised first word and two words or more, commas
# among them, "(the activation function applied to the weighted sum) This forward pass propagates ..., producing an
# output." (batch 107's userz.net post): the next sentence, a remark as the aside is
_SENTENCE_OF_WORDS = r"[A-Z][^\W\d_]*(?:[ \t]*,?[ \t]+[^\W\d_]+(?:['\u2019-][^\W\d_]+)*){2,}"
_ASIDE = lazy_pattern(r"(?<=\S)\s*\((?P<aside>\s*(?P<words>(?:[^\W\d_]\s+)?[^\W\d_]{2,}\s+[^\W\d_]{2,}|"
                      r"(?P<connective>" + CONNECTIVE_WORD + r")\s+[^\W\d_]+)(?![\w(\[{'^_])"
                      r"[^()]*(?:\([^()]*\)[^()]*)*)\)(?:[ \t]+" + _SENTENCE_OF_WORDS + r")?[\s.,;:!?]*$")
# an aside opening with a condition ("for all t = 1", "if only ..."), which as a claim would be judged everywhere; a
# premise ("given that") is judged: it is asserted
_CONDITION_ASIDE = lazy_pattern(r"(?:" + CONDITION_WORDS + r")\b(?!\s+that\b)", re.I)


def _clause_after(line: str, run: tuple[int, int]) -> bool:
    """Whether ``run`` is a clause ending the line after its equation (``dh = x_1 dv_1 and not the other way
    around.``, ``E = (h - t)^2 since the loss is squared``): opened by a connective word, with only punctuation after
    it and a relation before it; a remark, as a run of words before the formula is."""
    start, end = run
    return bool(_CLAUSE_OPENING.match(line, start) and not line[end:].strip(_PROSE_EDGES)
                and _RELATION.search(line, 0, start))


def _prose_runs(line: str, math_words: set) -> list[tuple[int, int]]:
    """(start, end) of each run of two words of prose or more, one of three letters or more, outside brackets."""
    words = [match for match in LONE_WORD.finditer(line)
             if match.group(0).lower() not in math_words and net_depth(line[:match.start()], PRINTED) == 0
             and not _OPERAND_AFTER.match(line, match.end()) and not _OPERAND_BEFORE.search(line, 0, match.start())]
    runs, current = [], []
    for match in words:
        if current and _BETWEEN_WORDS.fullmatch(line[current[-1].end():match.start()]):
            current.append(match)
            continue
        runs.append(current)
        current = [match]
    runs.append(current)
    sentence = [(run[0].start(), run[-1].end()) for run in runs
                if len(run) >= 2 and any(len(match.group(0)) >= 3 for match in run)]
    # a sentence's capitalised first word opening the line before its first formula ("Compute z = ... for each
    # sample: ..."), where the line holds a run of prose: the sentence's, not a name (a line without one keeps it)
    first = next((run[0] for run in runs if run), None)
    if sentence and first is not None and first.start() < sentence[0][0] and len(first.group(0)) >= 3 \
            and first.group(0)[0].isupper() and not line[:first.start()].strip(_PROSE_EDGES + "-*"):
        sentence.insert(0, (first.start(), first.end()))
    # a remark in words in parentheses after a run ("by the rule (in calculus), dz/dw = x"): the sentence's
    return [(start, end if (aside := _PROSE_PARENTHESIS.match(line, end)) is None
             or {word.lower() for word in PROSE_WORD.findall(aside.group(0))} & math_words else aside.end())
            for start, end in sentence]


# a parenthesis of words of prose only, each of two letters or more
_PROSE_PARENTHESIS = lazy_pattern(r"[ \t]*\([ \t]*[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,})*[ \t]*\)")
# a claim in parentheses ending the line after a sentence's full stop (or colon), "z is the unit's sum.(z = wx + b)":
# the sentence no bracket, relation nor operator, the claim one level of parentheses inside
_CLAIM_AFTER_SENTENCE = lazy_pattern(r"^(?P<sentence>[^()\[\]{}$\\]*?[^\W\d_]{2,}[ \t]*[.:])[ \t]*"
                                     r"\((?P<claim>[^()]*(?:\([^()]*\)[^()]*)*)\)[ \t.]*$")


def _claim_after_sentence(line: str, math_words: set) -> str | None:
    """The claim of ``line`` in parentheses after a sentence (_CLAIM_AFTER_SENTENCE) whose words make a run of prose
    and hold no relation nor operator, or None."""
    match = _CLAIM_AFTER_SENTENCE.match(line.strip())
    if match is None or not _RELATION.search(match.group("claim")) \
            or _FORMULA_FRAGMENT.search(match.group("sentence")) or not _prose_runs(match.group("sentence"), math_words):
        return None
    return match.group("claim").strip()


# a run of prose in a script mathematics never uses (Chinese, Japanese, Korean, Thai, the Indic scripts, Arabic,
# Hebrew: script_letters.PROSE_SCRIPT_LETTER, with their marks and punctuation, spaces inside it) glued to a line's code
# with no space: opening the line before a Latin letter, "是否应该改成self.delta = ...", "应该是笔误了，应该是self.delta =
# ...", or closing it after a closing bracket, "... delta_array)才对。"
_PROSE_CHARACTER = rf"(?:{PROSE_SCRIPT_LETTER}|{COMBINING_MARK}|{EAST_ASIAN_PUNCTUATION}|[\u060c\u061b\u061f\u0964\u0965])"
_PROSE_RUN = rf"{_PROSE_CHARACTER}(?:(?:{_PROSE_CHARACTER}|[ \t])*{_PROSE_CHARACTER})?"
# Markdown's bold or italics around such a run, **综合所述**, a lead-in's emphasis: the run alone (no operator)
_EMPHASISED_PROSE = lazy_pattern(rf"(\*{{1,3}}|__)({_PROSE_RUN})\1", needs=("*", "_"))
_PROSE_GLUED_BEFORE = lazy_pattern(rf"^([ \t]*)({_PROSE_RUN})(?=[A-Za-z])", re.M)
_PROSE_GLUED_AFTER = lazy_pattern(rf"(?<=[)\]])({_PROSE_RUN})(?=[ \t]*$)", re.M)


def prose_glued_apart(text: str, names) -> str:
    """``text`` with a space between its code and the prose glued to it (_PROSE_GLUED_BEFORE, _PROSE_GLUED_AFTER):
    a sentence's words (two letters of that script at least, or its punctuation), so that they are told apart from
    the formula as they are where the writer spaced them (sentence_formulas, formula_remarks' remarks). A line holding
    one of ``names`` written in such a script (the notation's 重みw, 오차) is left as written: its run may be that name,
    glued to a name or a factor."""
    if text.isascii() or not re.search(PROSE_SCRIPT_LETTER, text):  # (isascii first: the class is slow to compile)
        return text
    named = [name for name in names if re.search(PROSE_SCRIPT_LETTER, name)]

    def apart(match: re.Match, before: bool) -> str:
        run = match.group(2 if before else 1)
        if len(re.findall(PROSE_SCRIPT_LETTER, run)) < 2 and not re.search(EAST_ASIAN_PUNCTUATION, run):
            return match.group(0)
        return f"{match.group(1)}{run} " if before else f" {run}"
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if re.search(PROSE_SCRIPT_LETTER, line) and not any(name in line for name in named):
            line = _PROSE_GLUED_BEFORE.sub(lambda match: apart(match, True), line)
            lines[number] = _PROSE_GLUED_AFTER.sub(lambda match: apart(match, False), line)
    return "\n".join(lines)
