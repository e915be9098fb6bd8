"""A formula's mathematics delimiters in a document, taken off before it is cleaned (typography.clean).

Pages put a formula between ``$...$``, ``$$...$$``, ``\\[ ... \\]``, Markdown's code spans and fences, kramdown's
``\\\\[``, a list's or a quote's marks, and arranging environments (``\\begin{aligned}``): :func:`strip_math_delimiters`
leaves the formula alone. String rewriting with bounded loops over a bounded text: nothing is evaluated.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .code_callbacks import callback_entries
from .code_pointers import method_values
from .decorations import braced_end
from .lisp_ml_definitions import lisp_assignment
from .markdown_thin_spaces import thin_spaces_read
from .math_spans import CODE_SPAN, FENCE_OPTIONS, FENCE_WORD
from .number_remarks import without_legend_entry, without_number_remark
from .typography import MATH_WORDS, MAX_PASSES
from .typography_code import (continued_statements, double_underscore_names_refused, indexed_calls_refused,
                              one_relation_across_lines, run_time_names_refused, unicode_fields_refused,
                              without_declaration, without_null_assertions, without_trailing_commas)
from .typography_display import PROSE_LABEL, bare_display, label_naming_left, table_row, unboxed, without_note_after
from .typography_emphasis import (QUOTE_MARK, bold_label_before, html_markup, quoted_formulas, without_bold,
                                  without_box_frame, without_hard_breaks, without_list_mark, without_prose_colon,
                                  without_quote_marks)
from .typography_premises import case_before_display, prose_between_displays, without_denied_formulas
from .typography_prose import inline_formulas, sentence_formulas
from .typography_rendered import without_rendered_copy
from .typography_strings import docstring_formula, knitr_values, literal_formula, printed_formula
from .typography_tex import as_cases_environment, plain_tex_alignments
from .typography_trailing_remarks import without_sentence_after

# Environments whose begin/end only arrange lines (their rows are split by lines()).
_ARRANGING = r"(?:aligned|align\*?|split|equation\*?|displaymath|math|gather\*?|gathered|eqnarray\*?|multline\*?|alignat\*?|flalign\*?|array)"
# MediaWiki's indentation ":" (or "::") is a block mark as a quote's ">" is, and a Markdown heading's one to six "#"
# before its mathematics, "## $y = ...$" or glued, "###$$" (never code's comment, whose "#" no delimiter follows);
# marks nest, each with its space, before the last: a list item holding a heading, "- #### $...$", a heading holding
# an item, nested items, "1. - $...$" (the delimiter after them says no mark is a minus: a sign before it is no term)
_BLOCK_MARK = lazy_pattern(r"^(?:(?:[-*+]|[0-9]+[.)]|#{1,6}|:+)[ \t]+)*"
                           r"(?:" + QUOTE_MARK + r"|:+[ \t]*|[-*+][ \t]+|[0-9]+[.)][ \t]+|#{1,6}[ \t]*)(?=\$|\\\[|\\\(|`)",
                           needs=("$", "\\(", "\\[", "`"))
# a list's bullet before a line (• L = ...; · or ∙ where the line before is none, blank or a bullet's too, so that
# the dot multiplies nothing): a mark, as Markdown's "- ", never a product (a product's dot stands between operands)
_BULLET = lazy_pattern(r"^[ \t]*([\u2022\u00b7\u2219])[ \t]+")


def without_bullets(text: str) -> str:
    """``text`` without the list's bullet before each of its lines."""
    lines, previous = text.split("\n"), ""
    for number, line in enumerate(lines):
        match = _BULLET.match(line)
        if match and (match.group(1) == "\u2022" or not previous.strip() or _BULLET.match(previous)):
            lines[number] = line[match.end():]
        previous = line
    return "\n".join(lines)


# GitHub's ```math fence (and any fence's language word, ```python): the fence is a delimiter, as $$ is
_FENCE = lazy_pattern(r"^(`{3,}|~{3,})[ \t]*" + FENCE_WORD + r"[ \t]*\n" + FENCE_OPTIONS + r"(.*?)\n[ \t]*\1[ \t]*$", re.S,
                      needs=("\n",))
# a fence's closing run glued to the code's last line, ``weights[i] -= alpha * delta```: a closer (the text opens with
# its fence, or holds no other run of backticks it could close), never part of the code
_GLUED_FENCE_CLOSE = lazy_pattern(r"(?<=[^`\s])(`{3,})[ \t]*$")


def _fence_closer_apart(text: str) -> str:
    """``text`` with a fence's closer glued to its last line put on a line of its own (the text opens with the
    same fence) or dropped (the text holds no other run of three backticks); any other text as it is."""
    glued = _GLUED_FENCE_CLOSE.search(text)
    if glued is None:
        return text
    if text.lstrip().startswith(glued.group(1)) and "\n" in text:
        return text[:glued.start()] + "\n" + glued.group(1)
    return text[:glued.start()] if text.count("```") == 1 else text


_KRAMDOWN = lazy_pattern(r"^\\\\(\[|\()(.*)\\\\(\]|\))$", re.S)


def kramdown_delimiters(text: str) -> str:
    r"""``\\[ ... \\]`` (and ``\\( ... \\)``) around the whole formula: the delimiters a Jekyll (kramdown)
    page writes so that Markdown leaves ``\[ \]``; a line break cannot open a formula, so they are never rows."""
    match = _KRAMDOWN.match(text)
    if match and "([".index(match.group(1)) == ")]".index(match.group(3)):
        return match.group(2)
    return text


# a $$ with a display's mathematics glued on both sides of it on its line, or a display's closing $$ and the next
# one's opening $$ side by side on one line (Q&A pages copied from MathJax put several displays so), and a \] then
# the next \[ (a \) then the next \(), rendered pages' blocks one after another on a line; a closer's backslash
# never a row break's (\\] is \\ then ], a run of backslashes counted even before it)
GLUED_DISPLAYS = lazy_pattern(r"(?<=[^\s$])[ \t]*\$\$(?:[ \t]*\$\$)?[ \t]*(?=[^\s$])"
                             r"|(?<=[^\s\\])((?:\\\\)*)[ \t]*\\\][ \t]*\\\[(?=[ \t]*\S)"
                             r"|(?<=[^\s\\])((?:\\\\)*)[ \t]*\\\)[ \t]*\\\((?=[ \t]*\S)", needs=("$$", "\\)", "\\]"))

# the boundary GLUED_DISPLAYS leaves, with the label in words that may open the next display
_LABEL_AFTER_GLUE = lazy_pattern("\ue002[ \t]*(?:" + PROSE_LABEL + ")?")


# R's $ between a list and its field, glued (nn$W, x[[1]]$e), its list no TeX command (\alpha$x closes a formula):
# one name (syntax_tree's symbol $), kept where TeX's delimiters are dropped
_R_FIELD = lazy_pattern(r"(?<![\\\w])([A-Za-z]\w*(?:\.[A-Za-z]\w*)*(?:\[\[?[^\[\]$]*\]\]?)*)\$(?=[A-Za-z])",
                        needs=("$",))


def strip_math_delimiters(text: str) -> str:
    """The formula without $, $$, \\[ \\], \\( \\) and the environments that only arrange lines."""
    # Markdown's block marks before the mathematics, a list item's "- $...$" or "1. $...$" and a quote's "> $...$":
    # no minus, no comparison (a sign before a delimiter is never the formula's)
    text = without_box_frame(text)  # ║ ∂L/∂W = ... ║: a line drawing's frame around the formula
    text = without_quote_marks(without_rendered_copy(text))  # > $$ ... then > ... $$: a quote's (a callout's) lines
    text = without_hard_breaks(text)  # $A = B$ \ then =$ C $: Markdown's line break after the mathematics
    text = thin_spaces_read(text)  # $$ ... = (\hat{y} - y) , \hat{y}(1 - \hat{y}) $$: Markdown ate the \, of TeX's
    text = continued_statements(text)  # delta = err * \ then out * (1 - out): Python's line continuation
    text = without_trailing_commas(text)  # f(\n x,\n): gofmt's comma after a call's last argument on its own line
    text = without_denied_formulas(text)  # dz = a - y, not dz = a(1 - a): the formula the words deny, no claim
    text = without_declaration(text)  # var delta = ...: JavaScript's declaration keyword, no factor
    text = without_null_assertions(text)  # learningRate!, x!!: Dart's, Swift's, Kotlin's null assertion, the value
    # d = h.map((v, j) => v * (1 - v)): d[j] = h[j] (1 - h[j]); Rust's acts.last().unwrap(): acts[-1]
    text = callback_entries(method_values(text))
    # print("dE/dw = ..."), """Slope of the activation: f'(s) = 1 - f(s)^2""": the formula inside; eval(Symbol(...))
    text = unicode_fields_refused(run_time_names_refused(printed_formula(docstring_formula(html_markup(text)))))
    text = indexed_calls_refused(text)  # eye(n)(labels, :): Octave's call indexed at once, the class labels' one-hot rows
    text = double_underscore_names_refused(text)  # d_L__d_o the notation does not name: no symbol, a double subscript
    text = lisp_assignment(text)  # (setf d-error (- target output)): d_error = (target - output)
    text = knitr_values(text)  # ##  z1 = -0.7000  f1 = 0.3318: R Markdown's printed values, each a claim
    text = literal_formula(text)  # calculation: 'Loss = 0.5 × (0.48 - 1)² = 0.135',: a code string's formula
    text = case_before_display(text)  # when k = j $$A = B$$: the claim's case, A = B, \text{for } k = j
    text = label_naming_left(text)  # **Calculate $p$:** $2.0 \times 3.0 = 6.0$: p = 2.0 \times 3.0 = 6.0
    text = bold_label_before(text)  # __dW__: n * 1, n features. dW = ...: a bold label, a remark on it, the formula
    text = without_prose_colon(text)  # The formula is: s(v) = ...: prose and a colon before a definition
    text = prose_between_displays(text)  # $$ A = B $$ Distribute $B$: $$ = C $$: a remark between a chain's blocks
    text = quoted_formulas(text)  # obviously "w = w + lr * g" should be "w = w - lr * g": each quoted formula a claim
    # - We use the function $\hat{y}=\sigma(z)$.: the inline formulas of a line of prose, each a claim
    text = without_legend_entry(text)  # $A = B$, $\alpha = 0.5 \cdots \text{Learning rate}$: a setting beside it
    text = without_sentence_after(inline_formulas(text), MATH_WORDS)  # w += eta * (y - a) * x. If ...: a remark after it
    text = sentence_formulas(text, MATH_WORDS)  # explain why db^[l]=dz^[l] in week 4?: the formula alone
    text = without_number_remark(text)  # = 0.659 (65.9%), = 1.000 ✓: a remark on the member's number
    text = without_list_mark(_BLOCK_MARK.sub("", without_bullets(text.strip())))  # 1.  z = ...: an item's number
    text = _FENCE.sub(r"\2", _fence_closer_apart(text))
    text = without_note_after(text)  # $$ z = w x + b $$ -- a note in words after the mathematics
    text = kramdown_delimiters(text)  # \\[ ... \\]: Markdown leaves one backslash of each
    text = table_row(text)  # | 3 | $A = B$ | $\approx C$ |: the chain in a table row's cells
    text = without_bold(text)  # **`dL/dw = (a - y) x`**: Markdown's bold around the whole formula
    text = one_relation_across_lines(text)  # "A =" then "= B" on the next line: A = B
    text = as_cases_environment(plain_tex_alignments(text))  # \left\{ \begin{array} rows \end{array} \right., { 0 if z < 0, z if z >= 0 }
    text = re.sub(r"\\begin\{" + _ARRANGING + r"\}(\{[^{}]*\})?", " ", text)
    text = re.sub(r"\\end\{" + _ARRANGING + r"\}", " ", text)
    # $$A$$B$$, a display closed and the next one's opener left out (and $$A$$ $$B$$, two displays side by side): the
    # two displays' boundary, a wide space (which separates two claims only between two whole equations, line_breaks),
    # never the product of A's last factor and B; the next display's label, $$A$$ $$\mbox{Use chain rule: } B$$, the
    # sentence's as the first display's is (typography_rows.drop_remarks)
    text = GLUED_DISPLAYS.sub(lambda glued: f"{glued.group(1) or glued.group(2) or ''} \\quad \ue002", text)
    text = _LABEL_AFTER_GLUE.sub(" ", text) if "\ue002" in text else text
    # the delimiters, never R's $ of a field glued between a list and its name (nn$W, x[[1]]$e: one name)
    text = _R_FIELD.sub("\\1\ue001", text.replace("$$", " ")).replace("$", " ").replace("\ue001", "$")
    text = CODE_SPAN.sub(r" \2 ", text)  # Markdown's inline code, `z1 = W1 x + b1`: delimiters as $ are
    # not a line break's spacing, \\[5pt]; \\\] (an even run of backslashes before it) a row break, then \]
    text = re.sub(r"(?<!\\)((?:\\\\)*)\\[\[\]()]", r"\1 ", text)
    text = bare_display(unboxed(text.strip()))  # [ A = B ]: \[ \] without their backslashes; \boxed{A = B}
    # MediaWiki's {\displaystyle ...}: a group around the whole formula
    for _ in range(MAX_PASSES):
        inner = re.sub(r"^\{\s*\\displaystyle(?![a-zA-Z])", "{", text)
        if not inner.startswith("{") or braced_end(inner, 0) != len(inner):
            break
        text = inner[1:-1].strip()
    return text
