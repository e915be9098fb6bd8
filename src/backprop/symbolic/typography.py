"""What real documents put around and inside formulas, taken away before a formula is read.

Homework is typed in LaTeX editors, converted from handwriting, pasted from web pages: formulas
come with ``$$`` and ``\\begin{aligned}``, alignment marks ``&`` and line breaks ``\\\\``, colours,
``\\underbrace{...}_{\\text{note}}``, ``\\left.`` ... ``\\right.``, ``~`` for a space, Unicode
dashes and Greek letters, equation numbers ``\\quad (2)`` and remarks ``\\quad (\\text{as } ...)``.
:func:`clean` turns all of that into plain LaTeX of the formula alone (typed Unicode: typography_unicode.py), and
typography_rows.rows splits an aligned environment into its rows, so that claims.py can tell a new equation from a
continued one.

Everything here is string rewriting with bounded loops over a bounded text (the formula's length
is checked first by the caller): nothing is evaluated.
"""

from __future__ import annotations

import re

from ..activations import ACTIVATIONS
from ..expression.spelling import GREEK_LETTER_NAMES, GREEK_VARIANT_NAMES
from ..patterns import lazy_pattern, longest_first
from .decorations import (PHANTOMS, TEXT_COMMAND, braced_command_scripts, drop_command_with_argument,
                          drop_first_of_two, keep_decorated, needle, physics_derivatives, scripts_outside_decorations,
                          unwrap, upright_script_letters)
from .function_words import ACTIVATION_COMMANDS
from .quantities import OCTAVE_ENTRYWISE, FormulaError, short
from .syntax_tree import relation_pattern
from .tex_source import braced_fraction_arguments, over_as_fractions
from .torch7_methods import torch7_methods
from .javascript_transposes import refuse_javascript_number_transposes
from .typography_code import array_calls, code_products, julia_broadcasts, method_transposes
from .typography_display import loose_assignments
from .number_remarks import without_check_mark
from .typography_comments import arrow_remarks, code_comments
from .typography_indices import arrow_subscripts, primed_sum_letters
from .typography_steps import (dictionary_keys, markers_after_names, steps_as_scripts,
                               steps_continued, without_address, without_gloss)
from .typography_tex import partial_gradient_names, script_groups, tex_aliases
from .typography_unicode import normalize_unicode

# the product signs a page sets as text, \text{*}, \text{×}, \text{·} (each as typed or as its LaTeX command, the
# Unicode sign translated before or after): the operator each is outside text
_TEXT_PRODUCT_SIGNS = {"*": "*", "\\*": "*", "×": "\\times", "\\times": "\\times", "·": "\\cdot", "⋅": "\\cdot",
                       "\\cdot": "\\cdot"}
_TEXT_PRODUCT_SIGN = lazy_pattern(r"(?<![_^{\s])(\s*)\\text\s*\{\s*("
                                  + "|".join(re.escape(sign) + (r"(?![A-Za-z])" if sign[-1].isalpha() else "")
                                             for sign in sorted(_TEXT_PRODUCT_SIGNS, key=len, reverse=True))
                                  + r")\s*\}", needs=("\\text",))
# Fortran's kind parameter glued after a real literal, 2.0_dp, 1.5e-3_wp, 0.5_real64, 1.0_8 (its precision, no
# subscript: a number takes none), never after a name's or a script's digits (x_1.5_ab, w1.0_dp)
_KIND_SUFFIX = lazy_pattern(r"(?<![\w.^_{])((?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?)_(?:[A-Za-z]\w+|\d+)(?![\w{(])")
# plain TeX's font switch opening a script's group, its words after it (one word, or one in parentheses)
_SCRIPT_FONT_SWITCH = lazy_pattern(r"([\^_]\s*)\{\s*\\(?:rm|bf|it)\s+(\(\s*[A-Za-z]{2,}\s*\)|[A-Za-z]{2,})\s*\}")
# a Markdown link inside \text, [text](address): its text (no brackets, braces or spaces in the address)
_TEXT_LINK = lazy_pattern(r"\\text\s*\{\s*\[([^\[\]{}]+)\]\([^(){}\s]*\)\s*\}")
# {\cosh}^{2} x: a function's name in braces before its power is that function, squared
_BRACED_FUNCTION = lazy_pattern(r"\{\s*(%s)\s*\}(?=\s*\^)" % "|".join(
    map(re.escape, sorted(ACTIVATION_COMMANDS.keys() | {r"\cosh", r"\sinh", r"\cos", r"\sin", r"\exp", r"\log",
                                                        r"\ln", r"\sech"}, key=longest_first))))
# a relation alone in braces, {=}, {:=}, {\equiv}; not a script's ({}_{=})
_BRACED_RELATION = lazy_pattern(r"(?<![_^\\])\{\s*(%s)\s*\}" % relation_pattern({r"\stackrel"}))

# \mathcal (\mathscr) on a Greek letter, which TeX's script alphabets do not hold: the letter, \mathcal{\sigma}'(z)
_SCRIPT_FONT_ON_GREEK = lazy_pattern(r"\\(?:mathcal|mathscr)\s*\{\s*(\\(?:%s))\s*\}" % "|".join(
    GREEK_LETTER_NAMES + GREEK_VARIANT_NAMES), needs=("\\math",))
# words of arithmetic, which no gloss after a formula is made of alone: (sigma wx) is a product
MATH_WORDS = {name.lower() for name in GREEK_LETTER_NAMES} | {name.lower() for name in ACTIVATIONS} | {
    "exp", "log", "sum", "prod", "max", "sqrt", "partial", "nabla"}

# LaTeX's sizes (\small\text{where} ...): no part of what a formula says
SIZES = lazy_pattern(r"\\(?:tiny|scriptsize|footnotesize|small|normalsize|large|Large|LARGE|huge|Huge)(?![A-Za-z])",
                     needs=("Huge", "LARGE", "Large", "footnotesize", "huge", "large", "normalsize", "scriptsize", "small", "tiny"))
# \eqno(5.19), plain TeX's \tag: an equation's number at the end of its line
_EQNO = r"eqno\s*(?:\(\s*[\w.]+\s*\)|\{[\w.]+\}|[\w.]+)(?=[ \t]*(?:\n|\\\\|\Z))"
_DROP = [SIZES.pattern, r"\\label\{[^{}]*\}", r"\\tag\*?\{[^{}]*\}", r"\\" + _EQNO, r"\\l" + _EQNO, r"\\nonumber",
         r"\\notag", r"\\displaystyle",
         r"\\textstyle", r"\\scriptstyle", r"\\limits", r"\\nolimits", r"\\left\.", r"\\right\.",
         r"\\(?:big|Big|bigg|Bigg)[lrm]?(?![a-zA-Z])", r"\\middle", r"\\mathstrut", r"\\strut",
         r"\\hfill", r"\\allowbreak", r"\\intertext\{[^{}]*\}", r"\\shortintertext\{[^{}]*\}"]
_SPACES = [r"\\quad", r"\\qquad", r"\\,", r"\\;", r"\\:", r"\\!", r"\\ ", r"\\enspace", r"\\thinspace",
           r"\\medspace", r"\\thickspace", r"\\space(?![A-Za-z])", r"\\hspace\*?\{[^{}]*\}",
           r"\\vspace\*?\{[^{}]*\}", "~", r"\\>", r"\\neg(?:thin|med|thick)space(?![A-Za-z])",
           r"\\mkern\s*-?[\d.]+\s*mu", r"\\kern\s*-?[\d.]+\s*(?:pt|em|ex|mu|mm)"]
MAX_PASSES = 20


# numbers boxed side by side, \boxed{0.090}\boxed{0.245}\boxed{0.665}: a vector's cells, [0.090, 0.245, 0.665] (read only
# where the left side has that many entries)
_BOXED_CELLS = lazy_pattern(r"(?:\\boxed\s*\{\s*-?\d*\.?\d+\s*\}\s*){2,}")
# (after a relation too, \approx's included: Y_1 = \sigma(0.30935) \approx **0.5768**, the claimed value in bold)
_MARKDOWN_BOLD = lazy_pattern(r"(^\s*|(?:[*+\-/(=,]|\\approx(?![A-Za-z])|\\simeq(?![A-Za-z]))\s*)"
                              r"\*\*([^*\s](?:[^*\n]*[^*\s])?)\*\*(?![*\w(])", needs=("**",))
# Markdown's italics around a whole member, *dCost/dOutput* = ...: one asterisk glued to the member's first character
# where it starts (the row's start, after =) and one glued to its last where it ends (before =, the row's end), where
# a product's * could stand neither; no asterisk (but a starred name's, t^{*}) nor relation inside
_MARKDOWN_ITALICS = lazy_pattern(r"(^\s*|=\s*)(?<!\*)\*([^*\s=](?:(?:[^*=\n]|\^\{\*\})*[^*\s=])?)\*(?!\*)(?=\s*(?:=|$))")


# two equals signs with only spaces between, Cost = =-(...) (a label, then a spreadsheet cell's formula with its own
# =), and an update's relation then an equals sign, w \leftarrow = w - ..., w := = w - ...: one relation (the first),
# an empty member between two being no claim (A = B holds wherever A = X = B does); never code's == nor :==
_EMPTY_MEMBER = lazy_pattern(r"(?<![=<>!:\\])(=|:=|\\leftarrow(?![A-Za-z]))[ \t]+=(?![=>])")
# plain text's update arrow, w <- w - eta g (as derive --notation prints it), and its typed longer forms, a less-than
# then a run of dashes of any kind (w <—— w - ..., the dashes hyphens by now): 1 the run, 2 what follows it; never a
# comparison with a negative number (a < -1, a space after the less-than), <-> nor <-- -> 's parts
_DASH_ARROW = lazy_pattern(r"<(-+)(?![->])(\S?)")


def dash_arrows(text: str) -> str:
    """``text`` with each arrow of dashes (_DASH_ARROW) as ``\\leftarrow``, which the claims' relations and the implied
    left side know. A run of two or more glued to what follows (``w <--w``) is as well R's arrow then a minus
    (``w <- -w``): two readings, refused."""
    def arrow(match: re.Match) -> str:
        if len(match.group(1)) > 1 and match.group(2):
            raise FormulaError(f"formula {short(text)}: {match.group(0)!r} reads two ways, an arrow of dashes or the"
                               " arrow <- then a minus; write a space after the arrow (w <-- w - ...), or <- -w")
        return r" \leftarrow " + match.group(2)
    return _DASH_ARROW.sub(arrow, text) if "<-" in text else text


# a group holding a sum (product) sign and its bounds alone, {\sum_{i=1}^{n}}; not a script's nor an argument's
_BRACED_BIG_OPERATOR = lazy_pattern(r"(?<![\\^_A-Za-z}])\{\s*(\\(?:sum|prod)(?![A-Za-z])(?:\s*(?:\\limits)?\s*[_^]\s*"
                                    r"(?:\{(?:[^{}]|\{[^{}]*\})*\}|\\[A-Za-z]+|[A-Za-z0-9]))*)\s*\}")
# a group holding one delimiter, {(}, {)}, {[}, {]}, {|}: not a printed brace \{, a script's group (^{(}) nor a
# command's argument (\text{(}, \frac{(}{...})
_BRACED_DELIMITER = lazy_pattern(r"(?<![\\^_A-Za-z])\{\s*([()\[\]|])\s*\}")


def clean(text: str) -> str:
    """One row of a formula as plain LaTeX: decorations, colours and spacing removed."""
    # colours first: a hex colour's "#", \textcolor{#3498db}{...}, is the colour's, never a code comment's
    for command in ("color", "textcolor", "colorbox") + PHANTOMS:
        text = drop_command_with_argument(text, command)
    text = without_check_mark(text)  # ... = (y' - y) x \quad \checkmark: the author's mark of a verified step
    # code's comment, dL_dz2 = dL_da2 * da2_dz2  # Chain rule: no part of the formula, unless it is the line's
    # worked numbers (# 1.5 * 2.0 + 0.5 = 3.5), which go on with its chain; a web address after it, a remark too
    # gradients["dA"+str(l)]: gradients.dA[l]; an arrow's remark after a statement, as a comment's
    text = dictionary_keys(code_comments(arrow_remarks(without_address(text))))
    text = torch7_methods(text)  # Lua's a:cmul(b), W:t(): Torch7's operations (before any colon is read otherwise)
    text = without_gloss(text, MATH_WORDS)  # and a gloss in words after it: (output weight gradient)
    text = over_as_fractions(braced_fraction_arguments(script_groups(tex_aliases(normalize_unicode(text)))))
    text = arrow_subscripts(text)  # w_{x1 \to h1}: the pair of indices w_{x1,h1}, a weight from x1 to h1
    text = braced_command_scripts(physics_derivatives(text))
    # Markdown's bold, ... * (1 - a_o1) * **a_h2**: a ** where an operand starts is no power, so it and its
    # closing ** only mark what is bold
    text = _MARKDOWN_ITALICS.sub(r"\1\2", _MARKDOWN_BOLD.sub(r"\1\2", text))
    for command in ("underbrace", "overbrace", "underset_never"):
        text = unwrap(text, command, drop_after=True)
    # \underset{note}{X}, \overset{note}{X}, \stackrel{note}{X}: keep X.
    for command in ("underset", "overset", "stackrel"):
        text = drop_first_of_two(text, command)
    # w_{j}{=} w_{j} - ... (as Jupyter's and MathJax's conversions write it, and \overset{def}{=} once its note
    # is dropped): a relation in braces is that relation, TeX's braces only making it an ordinary symbol
    text = _BRACED_RELATION.sub(r" \1 ", text)
    # {\sum_i} y_i \log p_i, a brace's note under the sum sign alone (\underbrace{\sum_i}_{\text{all classes}}): the
    # sign, its term what follows it, as TeX prints it
    text = _BRACED_BIG_OPERATOR.sub(r" \1 ", text) if "\\sum" in text or "\\prod" in text else text
    if "\\boxed" in text:  # as clean()'s other patterns, run only on a text holding its command
        text = _BOXED_CELLS.sub(lambda match: "[%s]" % ", ".join(re.findall(r"-?\d*\.?\d+", match.group(0))), text)
    text = keep_decorated(scripts_outside_decorations(text))
    text = re.sub(r"\{\s*\\(?:cal|mathcal|rm|bf)\s+([A-Za-z])\s*\}", r" \1 ", text)  # {\cal C}
    text = _SCRIPT_FONT_ON_GREEK.sub(r"\1", text)  # \mathcal{\sigma}'(z): script fonts have no Greek, so \sigma
    # plain TeX's font switch as a script's group, w^{\rm new}, v^{\rm (new)}: the script's words (in parentheses too),
    # the script's braces kept (w^\text{new} would take \text alone for the script)
    text = _SCRIPT_FONT_SWITCH.sub(r"\1{\\text{\2}}", text) if "\\rm" in text or "\\bf" in text or "\\it" in text \
        else text
    text = re.sub(r"\{\s*\\(?:rm|bf|it)\s+([A-Za-z]{2,})\s*\}", r"\\text{\1}", text)  # {\rm word}
    text = _BRACED_FUNCTION.sub(r"\1", text)
    # { w }_{ 1 }{ x }_{ 1 }, \frac{dLoss}{{dw}_{1}}: braces around a symbol before its script, as
    # some editors write every symbol; the script is the symbol's (d w_1 in a derivative)
    text = _BRACED_SYMBOL.sub(_unbraced_symbol, text)
    text = steps_as_scripts(text, _NOT_PARAMETERS | MATH_WORDS)  # bias(t + 1) = bias(t) + ...: an update
    text = markers_after_names(text)  # w_{2,3}(new): its new value, w_{2,3}^{new}
    text = primed_sum_letters(text)
    text = re.sub(r"\^\s*\{\s*('+)\s*\}", r"\1", text)  # f^{'}(Z): the prime written as a superscript, f'
    text = re.sub(r"\^\s*('+)", r"\1", text)  # f^'(Z), and Unicode's f^′(Z): the prime typed after a caret, f'
    for pattern in _DROP:
        if needle(pattern) in text:  # (decorations.needle: the patterns a text cannot match are not compiled)
            text = re.sub(pattern, " ", text)
    # TeX's braces around a lone delimiter, {(} (\large{(} once its size is dropped), make it an ordinary
    # character: the delimiter itself
    text = _BRACED_DELIMITER.sub(r" \1 ", text)
    for pattern in _SPACES:
        if needle(pattern) in text:
            # after whole row breaks only: \\ then \  (\\\ ) a break and a space, never \\ 's second half
            text = re.sub(r"(?<!\\)((?:\\\\)*)" + pattern, r"\1 ", text)
    # \text{ } (\mbox{~}, any font command around nothing, no script after it): a space
    text = re.sub(r"\\(?:text[a-z]*|math[a-z]*|mbox|hbox|operatorname|boldsymbol|bm)\s*\{\s*\}(?!\s*[_^])", " ", text)
    text = re.sub(r"(?<![_^}\\A-Za-z0-9])\{\s*\}", " ", text)  # {\space}: a group of spacing alone is nothing
    text = re.sub(r"(?<=\d)\.(?=\s*(?:&|\\\\|\\end(?![A-Za-z])))", "", text)  # a matrix's 0. as NumPy prints 0
    # a sentence's full stop ending a case's line, \text{if } j \neq k \space. before \end{cases}: punctuation
    text = re.sub(r"(?<![\\.\d])\.(?=\s*(?:\\\\|\\end\{cases\}))", " ", text) if "cases" in text else text
    # plain text's code: a layer in brackets after a caret without braces (dZ^[1]) and Python's transpose (W.T)
    text = re.sub(r"\^\s*(\[[^\[\]{}]*\])", r"^{\1}", text)
    refuse_javascript_number_transposes(text)  # a JavaScript number's x.T: undefined, never NumPy's x
    text = method_transposes(text)
    text = julia_broadcasts(text)  # Julia's @. a * (1 - a): each operator entry by entry, .* (read below)
    # Julia's broadcasting assignment, nn.z[i] .= w * a .+ b (and .+= .-= .*= ./=): the assignment entry by entry,
    # as = of vectors is (never .== , a comparison; never after a digit, 1.=)
    text = re.sub(r"(?<![0-9.])\.(?=[-+*/]?=(?!=))", " ", text)
    text = _KIND_SUFFIX.sub(r"\1", text) if "_" in text else text  # Fortran's 2.0_dp: the number 2.0
    if (starred := re.search(r"(?<=[\w)\]}'])[ \t]+\.\*\*(?!\*)[ \t]*(?=[\w(\[])", text)) is not None:
        # Octave's .** (the entrywise power, as .^) is an operator some codes define for another product (nn.nim's
        # delta .** a, the outer product): no one reading (spaced before it: Markdown's bold closes glued, **w.**)
        raise FormulaError(f"formula {short(text)}: {starred.group(0).strip()} between two operands is Octave's entrywise"
                           " power (as .^) and an operator codes define (Nim's outer product): write the operation,"
                           " a .^ b for the power, np.outer(a, b) for the outer product")
    # Octave's .* (delta .* g'(z)): entry by entry, broadcast as NumPy's * (code's, never the matrix product a page's
    # \odot of a matrix and a vector whose sizes fit is read as: W' .* d, which Octave and Julia reject); after a
    # digit only where the digit ends a name, F1.*W2' (2.*x is the number 2. times x)
    text = re.sub(r"(?:(?<![0-9])|(?<=[A-Za-z_][0-9])|(?<=[A-Za-z_][0-9][0-9]))\.\*", f" {OCTAVE_ENTRYWISE} ", text)
    text = re.sub(r"(?<![0-9.])\./(?![/*])", "/", text)  # and ./ (1 ./ (1 + exp(-z))), as / of vectors is
    # and Octave's (Julia's) .- and .+ (expected_output .- a, 1 .+ exp(-x)): entry by entry, as - and + of vectors
    # are (after a digit the same value whether its dot is the number's or the operator's, 1.-x)
    text = re.sub(r"(?<!\.)\.(?=[-+](?![-+]))", " ", text)
    text = array_calls(text)  # Julia's exp.(u), R's h %*% w2, NumPy's x.dot(w): calls syntax_code reads
    # plain text's lone period between two factors, (a - y) . f'(z), \delta_m . 1: a product sign, as \cdot (a
    # space after it, no decimal point; never before a word, a sentence's next, nor before a list's number, 2. )
    text = re.sub(r"(?<=[A-Za-z0-9)'}])\s+\.\s+(?=[A-Za-z0-9(\\])(?![A-Za-z]{2,}\s|\d+\.(?!\d))", r" \\cdot ", text)
    text = re.sub(r"\\partial\s*\{\s*\}", r"\\partial ", text)  # \frac{\partial{}}{\partial{w}}: the operator
    text = re.sub(r"\\left(?![a-zA-Z])", " ", text)
    text = re.sub(r"\\right(?![a-zA-Z])", " ", text)
    text = re.sub(r"\\(?:dfrac|tfrac|cfrac)(?![a-zA-Z])", r"\\frac", text)
    text = partial_gradient_names(text)  # \partial W = \frac{\partial J}{\partial W} = ...: Ng's dW set as ∂W
    text = re.sub(TEXT_COMMAND, r"\\text", text)  # each text command as \text (\texttt{np.dot}: code's typewriter font)
    text = upright_script_letters(text)  # \omega_{j \mathrm{k}}: the index k
    # a Markdown link as the name, \text{[Name](activations.md)}(x): what the page shows is the link's text, Name
    text = _TEXT_LINK.sub(r"\\text{\1}", text) if "](" in text else text
    # a product sign set as text, Ng's notes' \text{*} (Markdown's escaped \text{\*}, \text{ * }, \mathrm{*}),
    # Korean and Japanese notes' \text{×} and \text{·}: the sign between two factors, the product it is outside
    # text (a script's, w^{\text{*}}, stays the script's; \text{x}, a letter, is no sign)
    text = _TEXT_PRODUCT_SIGN.sub(lambda found: f"{found.group(1)} {_TEXT_PRODUCT_SIGNS[found.group(2)]} ", text)
    # two stars or more set as text, \text{**}: code's power or a doubled product sign, which the formula does not say
    doubled = re.search(r"(?<![_^{])\\text\s*\{(?:\s*\\?\*){2,}\s*\}", text) if "*" in text else None
    if doubled:
        raise FormulaError(f"formula {short(text)}: {doubled.group(0)!r}, stars set as text, is code's power or a"
                           " doubled product sign; write ^ for a power (u^{2}) or \\text{*} (\\odot) for the product")
    # the transpose's T set upright or sans serif, W^\mathsf{T}, W^{\mathrm{T}} (\text by now): the T of W^T
    text = re.sub(r"\^\s*(\{\s*)?\\text\s*\{\s*T\s*\}(?(1)\s*\})", "^T", text)
    # \coloneqq, and \colon= (TeX's colon spaced as punctuation, before =): the update :=
    text = re.sub(r"\\colon(?:eqq?(?![A-Za-z])|\s*=)", ":=", text).replace("\\gets", "\\leftarrow")
    text = loose_assignments(text)  # b : = b - ..., w_1: w_1 - \alpha dw_1: the update :=; dw+ = ...: +=
    # \triangledown (and \bigtriangledown), the triangle pages copied from rendered LaTeX write for nabla
    text = re.sub(r"\\(?:big)?triangledown(?![A-Za-z])", r"\\nabla ", text)
    # and \triangle (\bigtriangleup) for \Delta, the increment, \triangle w_{ij} = \eta \delta_j o_i (as ∆ U+2206 is)
    text = re.sub(r"\\(?:triangle|bigtriangleup)(?![A-Za-z])", r"\\Delta ", text)
    # \bigodot between two operands, \delta^L \bigodot 1 (the big operator's glyph typed for the binary one): the
    # entrywise product \odot; with limits or before its first operand, \bigodot_{i} u_i, it stays unread
    text = re.sub(r"(?<=[A-Za-z0-9)\]}'])\s*\\bigodot(?![A-Za-z])(?!\s*[_^])", r" \\odot ", text)
    text = text.replace("\\top", "T").replace("\\intercal", "T").replace("\\ast", "*")
    text = text.replace("\\lVert", "\\|").replace("\\rVert", "\\|").replace("\\Vert", "\\|")
    text = text.replace("\\lvert", "|").replace("\\rvert", "|").replace("\\vert", "|")
    text = text.replace("\\lbrace", "\\{").replace("\\rbrace", "\\}")
    text = text.replace("\\lbrack", "[").replace("\\rbrack", "]")
    text = text.replace("\\dots", " \\ldots ").replace("\\cdots", " \\ldots ")
    # AsciiMath's words for them, [[x_1,x_2,cdots,x_n]] (no backslash; never a name's letters: no letter around)
    text = re.sub(r"(?<![\\A-Za-z])[cl]dots(?![A-Za-z])", r" \\ldots ", text)
    # z_1,...,z_K as typed; four dots, an ellipsis and its sentence's full stop (x_1 + x_2 + ....); two between
    # plus signs, w_1 x_1 + .. + b (never a range's 1..n)
    text = re.sub(r"(?<![.\d])\.\.\.\.?(?![.\d])|(?<=\+)\s*\.\.\s*(?=\+)", r" \\ldots ", text)
    text = text.replace("\\leqslant", "\\leq").replace("\\geqslant", "\\geq").replace("\\ne ", "\\neq ")
    text = text.replace("\\le ", "\\leq ").replace("\\ge ", "\\geq ").replace("\\implies", "\\Rightarrow")
    text = dash_arrows(text)
    # Cost = =-(Y*LN(A2) + ...), a cell's formula after its label, and w <- = w - ...: one relation
    text = _EMPTY_MEMBER.sub(lambda match: f" {match.group(1)} ", text)
    # plain text's arrows between two statements: A = B  =>  C = D (==> and --> the long ones)
    text = re.sub(r"<=>", r" \\Leftrightarrow ", text)
    text = re.sub(r"(?<![<>=!:])==?>", r" \\Rightarrow ", text)
    text = re.sub(r"(?<![<>=!:-])-->", r" \\longrightarrow ", text)
    return code_products(text)  # (Z_2 - y).Z_1, \operatorname{np.sum}(u, \operatorname{axis}=1)


_BRACED_SYMBOL = lazy_pattern(r"\{\s*([A-Za-z]+[0-9]*|\\[A-Za-z]+(?:\{[A-Za-z]\})?)\s*\}(?=\s*[_^'])")
_TWO_ARGUMENTS = {"frac", "dfrac", "tfrac", "cfrac", "binom"}
# commands that take no argument, after which a group is its own: \odot {\sigma}'(z), \times {x}_i, a derivative's
# \partial {Z}_h
_OPERATORS = {"odot", "cdot", "times", "circ", "ast", "otimes", "bullet", "leftarrow", "rightarrow", "to", "approx",
              "equiv", "quad", "qquad", "partial", "oslash"}


def continued_steps(chain: str, row: str) -> str:
    """``row``, a cleaned line going on with the cleaned chain ``chain``, with the steps the chain wrote
    (typography_steps.steps_continued: ``w_{ij}(t)`` on the line after ``w_{ij}(t+1) = ... \\\\``)."""
    return steps_continued(chain, row, _NOT_PARAMETERS | MATH_WORDS)


def _unbraced_symbol(match: re.Match) -> str:
    """The symbol without its braces, where they are a group of their own: not a script (``_{ij}^``),
    a command's argument (``\\hat{y}``) or a fraction's part (``\\frac{a}{b}^2``). Before a prime,
    ``{\\sigma}'(z)`` as copies of rendered LaTeX write it, a group after a whole fraction is its own. After a
    command that takes no argument (an operator, ``\\times {x}_i``) the group is its own too."""
    before = match.string[:match.start()].rstrip()
    primed = match.string[match.end():].lstrip().startswith("'")
    command = re.search(r"\\([A-Za-z]+)$", before)
    if before.endswith(("_", "^")) or command and command.group(1) not in _OPERATORS:
        return match.group(0)
    if before.endswith("}") and not re.search(r"[_^]\s*\{[^{}]*\}$", before):
        return match.group(1) if primed and _after_all_arguments(before) else match.group(0)
    return match.group(1)


def _after_all_arguments(before: str) -> bool:
    """Whether the brace groups that end ``before`` are all the arguments of the command before them
    (``\\frac{a}{b}``), so that a group after them is a group of its own."""
    groups = 0
    while before.endswith("}"):
        depth, start = 0, None
        for index in range(len(before) - 1, -1, -1):
            depth += {"}": 1, "{": -1}.get(before[index], 0)
            if depth == 0:
                start = index
                break
        if start is None:
            return False
        before, groups = before[:start].rstrip(), groups + 1
    command = re.search(r"\\([A-Za-z]+)$", before)
    return command is None or groups >= (2 if command.group(1) in _TWO_ARGUMENTS else 1)


_NOT_PARAMETERS = ACTIVATION_COMMANDS.keys() | {r"\phi", r"\varphi", r"\exp", r"\log", r"\ln", r"\max", r"\text"}
