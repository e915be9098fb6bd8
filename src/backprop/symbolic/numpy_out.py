"""NumPy's ``out`` argument: ``np.multiply(u, v, out)``, a third positional argument, is the array NumPy writes the
product u * v into (and returns), no third factor. Where ``out`` is the statement's own left side, ``d = np.multiply(u,
v, d)``, the code says so and the product of the two is the one reading. Anywhere else a page may have meant the
product of all three (batch 156's Python 2 script, ``dETotal_dB2 = np.multiply(dETotal_dS3, dS3_dN2, dN2_dB2)``, the
chain rule's three factors): both readings are judged (readings_compared.either_reading) and the formula refused in one
line where they disagree, so that neither NumPy's reading nor the author's can call a wrong formula correct (where
``out`` is the notation's 1, the derivative of a sum by its bias, they agree).
"""

from __future__ import annotations

from typing import Callable

from ..patterns import lazy_pattern
from .brackets import call_arguments, closing_bracket
from .quantities import short
from .readings_compared import either_reading

# NumPy's product entry by entry called, np.multiply( (numpy.multiply(), never a method's .multiply( nor another
# module's
_MULTIPLY = lazy_pattern(r"(?<![\w.\\])(?:np|numpy)\.multiply[ \t]*\(", needs=("multiply",))
# the statement's left side before the call on its line: a name (a field's, an entry's), then = (or :=)
_LEFT_SIDE = lazy_pattern(r"[ \t]*([A-Za-z_][\w.]*(?:\[[^\[\]\n]*\])*)[ \t]*:?=[ \t]*")


def out_argument_both_ways(text: str, judge: Callable):
    """``judge(text)`` (a HomeworkResult) with each np.multiply(u, v, out) read as NumPy does, u * v; where some
    ``out`` is not its statement's left side, judged also as the product of the three, FormulaError in one line where
    the two readings disagree (the module docstring)."""
    if "multiply" not in text:
        return judge(text)
    numpy, three, calls, own = text, text, [], True
    for match in reversed(list(_MULTIPLY.finditer(text))):
        opening = match.end() - 1
        arguments, closing = call_arguments(text, opening), closing_bracket(text, opening)
        if arguments is None or len(arguments) != 3 or "=" in arguments[2]:
            continue  # two factors (read as written), or out=... by its keyword (left to the reader's refusal)
        first, second, out = (argument.strip() for argument in arguments)
        line_start = text.rfind("\n", 0, match.start()) + 1
        left = _LEFT_SIDE.fullmatch(text, line_start, match.start())
        own = own and left is not None and left.group(1) == out
        call = match.group(0)
        numpy = numpy[:match.start()] + f"{call}{first}, {second})" + numpy[closing + 1:]
        three = three[:match.start()] + f"{call}{call}{first}, {second}), {out})" + three[closing + 1:]
        calls.append(" ".join(f"{call}{first}, {second}, {out})".split()))
    if not calls:
        return judge(text)
    if own:
        return judge(numpy)
    return either_reading(
        lambda: judge(numpy), lambda: judge(three),
        f"formula {short(text)}: {calls[-1]} reads as NumPy's product of the first two written"
        " into the third (its out argument) or as the product of the three, and the two readings do not agree; write"
        " np.multiply(u, v) for the product of two, or np.multiply(np.multiply(u, v), w) for three")
