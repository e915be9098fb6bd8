"""A transpose attribute, ``x.T``, on a JavaScript number: NumPy's ``.T`` of a 0-d or 1-D array is the array itself
(typography_code.method_transposes reads it as ``x^T``), but a JavaScript number (an array's entry, ``hidden[j]``, or
an arrow function's parameter, ``(weight, j) => weight.T``) has no property T: the value is undefined and the
arithmetic on it NaN, so the formula is refused rather than read as the number (batch 180's q180-tx-w2 and
q180-tx-w1 with ``hidden[j].T`` were called correct)."""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .quantities import FormulaError, short

# JavaScript's (TypeScript's) arrow function with its parameters in parentheses, (w, i) => ... (never a page's
# implication, b => z): group 1 the parameters
_ARROW = lazy_pattern(r"\(([ \t]*[A-Za-z_$][\w$]*(?:[ \t]*,[ \t]*[A-Za-z_$][\w$]*)*[ \t]*)\)[ \t]*=>", needs=("=>",))
# its other own marks: a method's this., Math's functions, strict equality, a const or var declaration
_JAVASCRIPT = lazy_pattern(r"(?<![\w.$])(?:this\.[A-Za-z_$]|Math\.[a-z])|===|^[ \t]*(?:const|var)[ \t]+[A-Za-z_$]",
                           re.M)
# .T as an attribute (never a call, NeuralNetwork.T(h), nor a longer name) after an entry's bracket, a parenthesis
# (an arrow's parameter the reading has replaced by its value, (this.w[i][j]).T) or a name: group 1 the name, if any
_ATTRIBUTE_T = lazy_pattern(r"(?:[\])]|(?<![\w.$])([A-Za-z_$][\w$]*))\.T(?![\w$(])", needs=(".T",))


def refuse_javascript_number_transposes(text: str) -> None:
    """FormulaError for ``.T`` after an array's entry, a parenthesis or an arrow function's parameter in JavaScript:
    no property of a JavaScript number (nor of an array)."""
    if ".T" not in text:
        return
    parameters = {name.strip() for found in _ARROW.finditer(text) for name in found.group(1).split(",")}
    if not parameters and _JAVASCRIPT.search(text) is None:
        return
    for match in _ATTRIBUTE_T.finditer(text):
        if match.group(1) is None or match.group(1) in parameters:
            raise FormulaError(f"formula {short(text)}: .T after {short(text[:match.start() + 1][-24:])} is no"
                               f" property of a JavaScript number (the value is undefined and the arithmetic NaN):"
                               f" write the number alone, or a matrix's transpose as the notation names it")
