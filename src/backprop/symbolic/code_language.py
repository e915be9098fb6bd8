"""Which product a formula's operator means where the language or the text's convention decides it: Octave's or C's
``*``, ``\\otimes`` (the outer or the entrywise product), the word ``outer``, and AsciiMath's ``@``.

Which language a formula's code is written in, where its ``*`` means one of two products: Octave's (MATLAB's)
``*`` is the matrix product (``.*`` the entrywise one), while C's, C++'s, Java's, C#'s and JavaScript's ``*`` is the
product of two numbers, read entry by entry as NumPy's. A statement's ``;`` ends a line in all of them, so it decides
nothing: the language is decided by what only one of them writes (code_language, the one rule).

- Octave's own: an entrywise operator ``.*``, ``./``, ``.^``; a ``%`` comment after a statement's ``;``; ``end``
  closing a block on a line of its own, or inside an index (``x(2:end)``); an index in parentheses holding a colon
  (``X(:, 1)``, ``W(2, :)``).
- C's own: a typed declaration opening a statement (``double``, ``float``, ``int``, ``var``, ``let``, ``const``:
  code_declarations' rule); an object's PascalCase property in a statement ended by ``;`` (C#'s
  ``neuron.Gradient * input.Weight;``); an index in brackets glued after a name (``w[i]``, ``grad[0]``); a compound assignment or
  an increment (``+=``, ``-=``, ``*=``, ``/=``, ``++``, ``--`` glued to a name); a ``//`` comment; a block's brace
  (``{`` ending a line, ``}`` alone on one).
- R's own (R_MARKS): its matrix product ``%*%`` and its assignment ``<-``; R's ``*`` is the product entry by entry, as
  C's (``d2 <- (a3 - y) * a3 * (1 - a3);``), so they count as C's.

Python's array code (_NUMPY_CODE: a call of NumPy's or PyTorch's module, ``.dot(``, ``.mm(``, ``.t()``, ``@``), with
none of these marks: its ``*`` is NumPy's broadcast product entry by entry (entrywise_stars), as in a formula that
writes Fortran's ``matmul``; a ``*`` between a matrix and a vector is then never their matrix product. Where it also
writes ``np.multiply(u, v)`` its ``*`` may be np.matrix's matrix product (the call's reason, Coursera's ex4 ported to
NumPy: ``np.multiply((theta_2.T * delta_3), ...)``), and is read as before.

Octave's own and none of C's: Octave's ``*``, the matrix product, the one reading. C's own and none of Octave's: C's
``*``, the one reading. Both, or neither in a statement ended by ``;``: judged both ways (octave_both_ways), refused
where the two readings disagree. A transpose ``'`` is Octave's too, but a prime after a name or a parenthesis is as
much a derivative (``(h^{[l]})'``), so it decides nothing here (typography_steps.octave_code reads it).

``u \\otimes v``, read two ways (:func:`otimes_both_ways`): the outer product u v^T of most texts (Kronecker's
product of two vectors), and the entry-by-entry product some machine-learning notes write with it, ``z^2 = \\sum(w^2
\\otimes a^1)`` for the sum of the weights times the activations. Where both are defined (two vectors of one size)
the formula is judged both ways and refused in one line where the verdicts differ; where only the outer product
fits (vectors of two sizes), it is the one reading; where the outer product's matrix fits no reading of the left
side's shape (a vector's delta, (W^T δ) ⊗ σ'(z)), the entrywise product is (and the other way round). A matrix
beside \\otimes stays refused (reading.Reader).

The word ``outer`` spaced between two operands of plain text, ``dL/dz1 outer x`` (as NumPy's np.outer names it), says
which product it is: the outer product, \\otimes's first reading alone (:func:`outer_word`), where the text as
written is refused for the word.

AsciiMath's ``@`` is its ring operator, ∘, the entrywise product (``(((Y - T)^t W_2)^t @ psi'(W_1 X)) X^t``), where
NumPy's ``@`` is the matrix product (of two like vectors their inner product): in a text AsciiMath's partial word
marks, ``(del E)/(del W_1)`` (del is a statement of Python, never its operand: no NumPy code holds it), ``@`` is
AsciiMath's (:func:`asciimath_ring`); elsewhere it stays NumPy's.
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .brackets import PARENTHESES, closing_bracket, opening_bracket
from .code_declarations import declares
from .math_spans import R_MARKS
from .quantities import (ENTRYWISE_STAR, HADAMARD_BEFORE_PRODUCT, OCTAVE_PRODUCT, FormulaError, short,
                         unknown_name_alone)
from .readings_compared import ProductSizeMismatch, either_reading, shape_rules_out, verdicts
from .typography_comments import COMMENT

_OCTAVE_OWN = lazy_pattern(r"(?<![0-9])\.[*^/]|(?<!\\);[ \t]*%|^[ \t]*end[ \t]*;?[ \t]*$|[(:][ \t]*end[ \t]*\)"
                           r"|(?<![\w.\\])[A-Za-z]\w*\((?:[^()\n]*,)?[ \t]*:[ \t]*(?:,[^()\n]*)?\)", re.M)
_C_OWN = lazy_pattern(r"(?<![\\^_{\w])[A-Za-z]\w*\[[^\[\]\n]+\]|[-+*/]=(?!=)|[A-Za-z0-9_\]](?:\+\+|--)(?![-\w])"
                      r"|(?<![:\w])//|\)[ \t]*\{[ \t]*$|^[ \t]*\}[ \t]*;?[ \t]*$"
                      # C#'s (Java's) property of an object, neuron.Gradient, in a statement ended by ; (batch 187's
                      # s87-cs-h): a camelCase object's PascalCase member, never Octave's struct field (o.v, net.IW)
                      r"|(?<![\w.])[a-z]\w*\.[A-Z][a-z]\w*(?=[^\n]*;[ \t]*$)", re.M)
# a statement's ; ending a line, or its math delimiters (never LaTeX's space \;): code, in either language
_STATEMENT_END = lazy_pattern(r"(?<!\\);[ \t]*(?:\$+[ \t]*)?$", re.M)
# Octave's matrix product *: never .* (entrywise), ** or *= (no Octave), a script's star (w^*, \*)
_OCTAVE_STAR = lazy_pattern(r"(?<![.*^_\\])\*(?![*=])")
# an entry, a name indexed in parentheses by letters, digits and their sums (a loop's y(j), w(h, j), d(j+1)), never
# a colon's slice; and a function (or a parenthesis) of numbers alone, once the entries are numbers
_ENTRY = lazy_pattern(r"(?<![\w.])[A-Za-z][\w.]*\([ \t]*[A-Za-z0-9]+(?:[ \t]*[-+,][ \t]*[A-Za-z0-9]+)*[ \t]*\)")
_CALL_OF_NUMBERS = lazy_pattern(r"(?:(?<![\w.])[A-Za-z][\w.]*)?\([^A-Za-z_()]*\)")
# the matrix product written as a function of no module, Fortran's intrinsic matmul(A, B) in either case, MATMUL(A, B)
# (syntax_code_calls.FORTRAN_INTRINSICS; NumPy's, imported bare): code whose * is the product entry by entry, as both
# languages mean it
_MATRIX_PRODUCT_CALL = lazy_pattern(r"(?<![\w.\\])(?i:matmul)[ \t]*\(")
# Python's array code: a call of NumPy's or PyTorch's module (np.dot(A, B), np.sum(u, axis=0), torch.mm(A, B)), the
# matrix product as a method, A.dot(B), A.mm(B), PyTorch's transpose A.t(), or NumPy's A @ B; its * between arrays
# is NumPy's (PyTorch's) product entry by entry, broadcast
_NUMPY_CODE = lazy_pattern(r"(?<![\w.\\])(?:np|numpy|torch)\.\w+[ \t]*\(|(?<=[\w)\]])\.(?:dot|matmul|mm)\("
                           r"|(?<=[\w)\]])\.t\(\)|(?<=[\w)\]])[ \t]*@[ \t]*(?=[\w(\[])")
# NumPy's product entry by entry written as a call, np.multiply(u, v): code whose * may be np.matrix's matrix product
# (the reason to write the call), so _NUMPY_CODE says nothing of it
_MULTIPLY_CALL = lazy_pattern(r"(?<![\w\\])(?:(?:np|numpy)\.)?multiply[ \t]*\(")
# NumPy's (PyTorch's) transpose attribute after a name, o_i.T, layer.delta.T: group 1 the name
_ATTRIBUTE_TRANSPOSE = lazy_pattern(r"(?<![\w.])([A-Za-z_][\w.]*?)\.T(?![\w(])")


def code_language(text: str) -> str | None:
    """``"octave"`` where ``text`` shows Octave's own marks and none of C's, ``"c"`` for C's own and none of
    Octave's, ``"either"`` for both, or for neither where a statement's ``;`` ends a line; None for no code."""
    octave = _OCTAVE_OWN.search(text) is not None
    c = _C_OWN.search(text) is not None or R_MARKS.search(text) is not None or declares(text)
    if octave != c:
        return "octave" if octave else "c"
    return "either" if octave or _STATEMENT_END.search(text) else None


def _entries_only(operand: str, loop_letter: Callable[[str], bool]) -> bool:
    """Whether ``operand`` is written of entries alone: names indexed in parentheses by loop letters (words
    ``loop_letter`` accepts: none the notation names) and digits (a loop's ``y(j)``, ``w(h, j)``, ``prob.o_v(j)``),
    numbers, and parentheses and functions of those (``df(prob.o_v(j))``, ``(y(j) - o(j))``); never a name without
    its index, nor a function of a name (``f(z)``, z a vector), which may be a whole vector or matrix."""
    def entry(match: re.Match) -> str:
        inside = match.group(0)[match.group(0).index("("):]
        return "1" if all(loop_letter(word) for word in re.findall(r"[A-Za-z]\w*", inside)) else match.group(0)
    previous = None
    while operand != previous:
        previous = operand
        operand = _ENTRY.sub(entry, operand)
        operand = _CALL_OF_NUMBERS.sub("1", operand)
    return re.search(r"[A-Za-z_]", operand) is None


def _factor_before(line: str, end: int) -> str:
    """The factor that ends before position ``end`` of ``line`` (the ``*`` there): an atom (a name with its
    parentheses, a parenthesis, a number), with the base of a power or a transpose it closes (``y(j)^2``, ``u'``)."""
    start = end
    while True:
        while start > 0 and line[start - 1] in " \t'":
            start -= 1
        if start > 0 and line[start - 1] == ")":
            # parentheses alone are counted, as a code line's factor is bounded by them; an unmatched ) takes the
            # line's start with it
            opening = opening_bracket(line, start - 1, brackets=PARENTHESES)
            start = 0 if opening is None else opening
        while start > 0 and (line[start - 1].isalnum() or line[start - 1] in "_."):
            start -= 1
        before = line[:start].rstrip(" \t")
        if not before.endswith("^"):
            return line[start:end]
        start = len(before) - 1


def _factor_after(line: str, start: int) -> str:
    """The factor that starts after position ``start`` of ``line`` (the ``*`` there), its sign, power and transpose
    included (``-y(j)^2``)."""
    end = start
    while True:
        while end < len(line) and line[end] in " \t+-":
            end += 1
        while end < len(line) and (line[end].isalnum() or line[end] in "_."):
            end += 1
        if end < len(line) and line[end] == "(":
            # parentheses alone are counted (as _factor_before's); an unclosed ( takes the line's end with it
            closing = closing_bracket(line, end, brackets=PARENTHESES)
            end = len(line) if closing is None else closing + 1
        while end < len(line) and line[end] in " \t'":
            end += 1
        if end >= len(line) or line[end] != "^":
            return line[start:end]
        end += 1


def _products_of_entries(code: str, loop_letter: Callable[[str], bool]) -> bool:
    """Whether every ``*`` of a line's code joins two factors written of entries alone (``(y(j) - o(j)) *
    df(o(j))``, MATLAB's loop over j): each factor one number, so Octave's ``*`` is the product of numbers, as C's."""
    stars = list(_OCTAVE_STAR.finditer(code))
    return bool(stars) and all(_entries_only(_factor_before(code, star.start()), loop_letter)
                               and _entries_only(_factor_after(code, star.end()), loop_letter) for star in stars)


def octave_products(text: str, loop_letter: Callable[[str], bool] | None = None) -> str:
    """``text`` with each line's ``*`` before its comment as Octave's matrix product (OCTAVE_PRODUCT, read as NumPy's
    ``@`` and shown as the ``*`` written); a comment's worked numbers keep theirs (code_comments reads them), and so
    does a line whose every ``*`` joins entries (``y(j) * o(j)``, numbers in Octave as in C)."""
    def line_products(line: str) -> str:
        comment = COMMENT.search(line)
        start = comment.start() if comment else len(line)
        code = line[:start]
        if loop_letter is not None and _products_of_entries(code.split("=", 1)[-1], loop_letter):
            return line
        return _OCTAVE_STAR.sub(OCTAVE_PRODUCT, code) + line[start:]
    return "\n".join(line_products(line) for line in text.split("\n")) if "*" in text else text


def entrywise_stars(text: str) -> str:
    """``text`` with each ``*`` (never ``**``, Fortran's power, nor ``*=``) as the product entry by entry
    (ENTRYWISE_STAR, read as ``\\odot`` and shown as the ``*`` written): Fortran's ``*`` on arrays (and NumPy's), in a
    formula that writes its matrix product matmul(A, B); a number's ``*`` is the product of numbers either way."""
    return _OCTAVE_STAR.sub(ENTRYWISE_STAR, text)


def octave_both_ways(text: str, judge: Callable, loop_letter: Callable[[str], bool] | None = None,
                     two_dimensional: Callable[[str], bool] | None = None):
    """``judge`` of ``text`` in its code's language (code_language): Octave's products where it is Octave's, as
    written where it is C's or no code; where it may be either, judged both ways, FormulaError in one line where
    the verdicts disagree or Octave's reading alone is refused (guessing either could call a wrong formula correct);
    where the reading entry by entry is refused, Octave's is the one reading. A line whose every ``*`` joins entries
    indexed by words ``loop_letter`` accepts (MATLAB's loop, ``o(j) = (y(j) - a(j)) * df(a(j))``) has numbers on
    each side of each ``*``, the one reading in either language. Python's line with NumPy's ``.T`` and no other
    mark of its arrays is judged as written, then where a product's sizes do not fit, NumPy's broadcast alone
    (broadcast_where_no_product; ``two_dimensional``: the names the notation gives a row or a matrix)."""
    language = code_language(text)
    if _MATRIX_PRODUCT_CALL.search(text) or language is None and _NUMPY_CODE.search(text) \
            and not _MULTIPLY_CALL.search(text):
        return judge(entrywise_stars(text))
    if language != "octave" and "*" in text and _ATTRIBUTE_TRANSPOSE.search(text) and not _MULTIPLY_CALL.search(text):
        return broadcast_where_no_product(text, judge, two_dimensional or (lambda name: False))
    products = octave_products(text, loop_letter) if language in ("octave", "either") else text
    if language == "octave" or products == text:
        return judge(products)
    disagreement = (f"formula {short(text)}: * reads as Octave's matrix product or as C's (or NumPy's) product entry"
                    " by entry, and the two readings do not agree; show the language: .* for Octave's entrywise"
                    " product (u' * v for the inner product), or C's w[i] for an entry")
    # where the product entry by entry is refused (its shapes read nothing: a vector where a number stands), Octave's
    # is the one reading
    return either_reading(lambda: judge(text), lambda: judge(products), disagreement,
                          other_alone=lambda refusal: True)


def broadcast_where_no_product(text: str, judge: Callable, two_dimensional: Callable[[str], bool]):
    """``layer.weights += layer.delta * o_i.T * rate``: Python's line with NumPy's transpose attribute ``.T`` and
    no other mark of its arrays (a ``+=`` makes it C's too). Judged as written; where a ``*`` there multiplies
    factors whose sizes do not fit as a matrix product (a 1 x 2 row by a 3 x 1 column), NumPy's broadcast product
    entry by entry is its one reading, judged so, but only where each name before a ``.T`` is one the notation gives
    a row or a matrix (``two_dimensional``): NumPy's ``.T`` of a 1-D array is that array itself, so a vector's
    ``.T`` leaves its orientation unknown, and the line is refused naming it."""
    try:
        return judge(text)
    except ProductSizeMismatch as mismatch:
        vectors = [name for name in dict.fromkeys(_ATTRIBUTE_TRANSPOSE.findall(text)) if not two_dimensional(name)]
        if vectors:
            raise FormulaError(f"{mismatch}; NumPy's * would broadcast them, but {', '.join(vectors)} "
                               f"{'is a vector' if len(vectors) == 1 else 'are vectors'} of the notation, whose .T"
                               " NumPy leaves as it is where it is 1-D: give it in the notation as a row (its"
                               " meaning's .T, \"o\" = \"a1[:].T\"), or write np.outer(u, v) for the outer"
                               " product") from None
        try:
            return judge(entrywise_stars(text))
        except FormulaError:
            raise mismatch from None  # no broadcast reads either: the refusal as written


# the command alone, never the start of a longer one
_OTIMES = lazy_pattern(r"\\otimes(?![A-Za-z])")
# AsciiMath's partial derivative with its word del, (del E)/(del W_1): the text is AsciiMath's, never Python's code
_ASCIIMATH_PARTIAL = lazy_pattern(r"\(\s*del\s+[^()]+\)\s*/\s*\(\s*del\s")
# the operator alone, never a decorator's or an address's: an operand's end before it, an operand's start after it
_AT = lazy_pattern(r"(?<=[\w)\]}'])\s*@\s*(?=[\w(\[\\])")
# the word between two operands, spaced from both: an operand's end before it, an operand's start after it
_OUTER_WORD = lazy_pattern(r"(?<=[\w)\]}'])[ \t]+outer[ \t]+(?=[\w(\[\\])")


def otimes_both_ways(text: str, judge: Callable):
    """``judge(text)`` (a HomeworkResult) with \\otimes the outer product; where the text holds \\otimes and also
    reads with it the entrywise product (\\odot), both judged, FormulaError in one line where their verdicts differ.
    The outer product's refusal is the formula's; where the entrywise reading is refused, the outer one stands."""
    if _OTIMES.search(text) is None:
        return judge(text)
    outer = judge(text)
    try:
        entrywise = judge(_OTIMES.sub(r"\\odot", text))
    except FormulaError:
        return outer  # the sides' sizes leave no entrywise product: the outer product is the one reading
    if shape_rules_out(entrywise, outer):
        return outer  # δ ⊗ a for a matrix's gradient: the entrywise vector fits it under no reading
    if shape_rules_out(outer, entrywise):
        # (W^T δ) ⊗ σ'(z) for a vector δ: the outer product, a matrix, fits the left side under no reading, so the
        # entrywise product is the one reading, as the outer one is where the sizes leave no entrywise product
        return entrywise
    if verdicts(outer) != verdicts(entrywise):
        raise FormulaError(f"formula {short(text)}: \\otimes reads as the outer product (u v^T) or, as some notes"
                           f" write it, the entry-by-entry product, and the two readings do not agree; write \\odot"
                           f" for the entrywise product, or u v^T for the outer product")
    return outer


# \circ or \odot (Unicode's ∘, ⊙) as the Hadamard product's sign, never a degree's ^\circ; group 1 its command's
# name, 2 its character
_HADAMARD_SIGN = lazy_pattern(r"(?<![\^{])(?<!\^\{)(?:\\(circ|odot)(?![A-Za-z])|([\u2218\u2299]))")
_PRIVATE_SIGN = {command.lstrip("\\"): private for private, command in HADAMARD_BEFORE_PRODUCT.items()}
_SIGN_COMMAND = {"\u2218": "circ", "\u2299": "odot"}


def hadamard_before_product(text: str, judge: Callable):
    """``judge(text)`` (a HomeworkResult) with \\circ and \\odot read as written, left to right among the products
    (``a \\circ b W`` as ``(a \\circ b) W``), and with the product juxtaposed after the sign as its right operand,
    ``a \\circ (b W)``, as common usage binds a product written side by side first (WildML's ``\\delta_2 = s
    \\circ \\delta_3 W_2^T``, s the hidden layer's slope). Where one grouping is refused (its sizes do not fit), the other is the
    one reading; where both read with different verdicts, refused in one line: neither grouping is certain."""
    if _HADAMARD_SIGN.search(text) is None:
        return judge(text)
    grouped = _HADAMARD_SIGN.sub(
        lambda match: f" {_PRIVATE_SIGN[match.group(1) or _SIGN_COMMAND[match.group(2)]]} ", text)
    try:
        written = judge(text)
    except FormulaError as refusal:
        try:
            return judge(grouped)
        except FormulaError:
            raise refusal from None
    try:
        other = judge(grouped)
    except FormulaError:
        return written
    if verdicts(written) != verdicts(other):
        sign = _HADAMARD_SIGN.search(text).group(0)
        raise FormulaError(f"formula {short(text)}: a {sign} b c reads as (a {sign} b) c or as a {sign} (b c), and the"
                           f" two groupings do not agree here; write the parentheses, e.g. a {sign} (b c)")
    return written


def outer_word(text: str, judge: Callable):
    """``judge(text)``, or, where it is refused for the word ``outer`` (an unknown symbol o, or outer), the text with
    each word ``outer`` between two operands (_OUTER_WORD) the outer product ``\\otimes`` (no entrywise reading: the
    word names the product). Where the text reads as written (the word a name, or prose's), that reading is kept."""
    if _OUTER_WORD.search(text) is None:
        return judge(text)
    try:
        return judge(text)
    except FormulaError as refusal:
        if unknown_name_alone(refusal) not in ("o", "outer"):
            raise
    return judge(_OUTER_WORD.sub(r" \\otimes ", text))


def asciimath_ring(text: str, judge: Callable):
    """``judge(text)`` (a HomeworkResult), where the text is AsciiMath's (_ASCIIMATH_PARTIAL) with each ``@`` between
    two operands its ring operator, the entrywise product (\\circ): AsciiMath's one reading of it."""
    if "@" not in text or _ASCIIMATH_PARTIAL.search(text) is None:
        return judge(text)
    return judge(_AT.sub(r" \\circ ", text))
