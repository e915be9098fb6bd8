"""A spreadsheet's function written in capitals and glued to its parenthesis, ``=1/(1+EXP(-A1))``, ``SECH(A1)``,
``SQRT(u)``: the function (exp, sech, sqrt, ln, cosh, sinh, abs, max, min, sum, and each activation by its registry
name) where the letters, read as the notation's names one after another (E X P), are refused; where they read too,
both readings are judged and the formula refused where they disagree. ``LOG(u)`` is refused: a spreadsheet's LOG
is the logarithm to base 10, the natural one LN, and a page in capitals may mean either.

Both readings are judged through readings_compared's ``either_reading``, as two_readings' constructs are (its
text_readings applies this one among them).
"""

from __future__ import annotations

import re
from typing import Callable

from ..activations import ACTIVATIONS
from .quantities import FormulaError, short
from .readings_compared import either_reading

# a spreadsheet's function in capitals glued to its parenthesis (never part of a longer name, a module's np.EXP or a
# command's \\EXP): Excel's, LibreOffice's and Google Sheets' names of the reader's functions
# (an activation's name in capitals too, as a spreadsheet writes any); and math's capitalised, Go's and C#'s Exp(u)
_SPREADSHEET_WORDS = ("exp", "ln", "sqrt", "sech", "cosh", "sinh", "abs", "max", "min", "sum",
                      *(name for name in ACTIVATIONS if name.isalpha()))
_CAPITALISED = ("Exp", "Log", "Ln", "Sqrt", "Abs", "Max", "Min", "Tanh", "Cosh", "Sinh", "Sech")
_SPREADSHEET = re.compile(r"(?<![A-Za-z0-9_.\\])(" + "|".join(sorted(
    (*(word.upper() for word in _SPREADSHEET_WORDS), *_CAPITALISED), key=len, reverse=True)) + r")(?=\()")
# a spreadsheet's LOG(u), the logarithm to base 10 (LOG(u, b) to base b), where mathematics' log is natural
_SPREADSHEET_LOG = re.compile(r"(?<![A-Za-z0-9_.\\])LOG(?=\()")


def spreadsheet_both_ways(text: str, judge: Callable):
    """``judge(text)`` with each spreadsheet function in capitals (``EXP(-A1)``) read as the function, where the text
    as written (its letters the notation's names) is refused; judged both ways where it is not, FormulaError in one
    line where those disagree. ``LOG(`` in capitals is refused in one line: base 10 or the natural logarithm."""
    log = _SPREADSHEET_LOG.search(text)
    if log is not None:
        raise FormulaError(f"formula {short(text)}: LOG(...) in capitals is a spreadsheet's logarithm to base 10 (its"
                           f" natural logarithm is LN), or the natural log; write LN(...) or log(...) for the natural"
                           f" logarithm")
    match = _SPREADSHEET.search(text)
    if match is None:
        return judge(text)
    functions = _SPREADSHEET.sub(lambda found: found.group(1).lower(), text)
    name = match.group(1)
    return either_reading(  # where the letters are refused (they name nothing) the function is the one reading
        lambda: judge(text), lambda: judge(functions),
        f"formula {short(text)}: {name}(...) reads as the function {name.lower()} or as the notation's"
        f" names {' '.join(name)} times what follows, and the two readings do not agree; write {name.lower()}(...)"
        f" for the function, or the product with its factors apart", other_alone=lambda refusal: True)
