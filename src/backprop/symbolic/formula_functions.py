"""The names a formula may call, as SymPy objects, and how they are spelt in LaTeX: every element-wise
activation by its name and its other names, the mathematical functions of expression.FUNCTIONS, the
step Heaviside, Sum and the constant pi (parsing and latex read a formula through these).

A spreadsheet's function written in capitals and glued to its parenthesis, ``=1/(1+EXP(-A1))``, ``SECH(A1)``,
``SQRT(u)``: the function (exp, sech, sqrt, ln, cosh, sinh, abs, max, min, sum, and each activation by its registry
name) where the letters, read as the notation's names one after another (E X P), are refused; where they read too,
both readings are judged and the formula refused where they disagree. ``LOG(u)`` is refused: a spreadsheet's LOG
is the logarithm to base 10, the natural one LN, and a page in capitals may mean either.

Both readings are judged through readings_compared's ``either_reading``, as two_readings' constructs are (its
text_readings applies this one among them).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import partial
from typing import Callable

import sympy as sp

from ..activations import ACTIVATIONS, ALIASES
from ..expression import FUNCTIONS, MAX, MIN
from ..patterns import lazy_pattern
from .function_words import ACTIVATION_COMMANDS
from .functions import heaviside, named_function, sympy_activation, sympy_function
from .quantities import FormulaError, short
from .readings_compared import either_reading


class _Lazy(Mapping):
    """A read-only mapping whose values are made on first use: building the SymPy function of every
    activation took about a tenth of a second of each ``check``'s start-up, for the one or two a
    formula calls."""

    def __init__(self, makers: dict[str, Callable[[], Callable]]):
        self._makers, self._made = makers, {}

    def __getitem__(self, name: str) -> Callable:
        if name not in self._made:
            self._made[name] = self._makers[name]()
        return self._made[name]

    def __iter__(self):
        return iter(self._makers)

    def __len__(self) -> int:
        return len(self._makers)


def _activation_function(name: str) -> Callable:
    entry = ACTIVATIONS[name]
    return named_function(name) or (lambda u: sympy_activation(entry).value(u))


#: Names a formula may call, as SymPy objects (Heaviside is 0 at 0 whatever the user writes): every
#: activation by its name and its other names, the mathematical functions, and the constant pi.
FORMULA_FUNCTIONS: Mapping[str, Callable] = _Lazy({
    **{name: partial(_activation_function, name) for name, entry in ACTIVATIONS.items() if entry.elementwise},
    **{alias: partial(_activation_function, name) for alias, name in ALIASES.items()
       if ACTIVATIONS[name].elementwise},
    # the functions of the entries' formulas by the names derive prints (exp, log, erf, sqrt, Abs,
    # clip); max and min are written with Heaviside steps
    **{function.sympy or function.name: partial(sympy_function, function) for function in FUNCTIONS
       if function not in (MAX, MIN)},
    "Heaviside": lambda: lambda u, *ignored: heaviside(u),
    "Sum": lambda: sp.Sum,
    "pi": lambda: sp.pi,  # a constant the formulas may hold (expression.PI), as derive prints it
})

#: How the functions of FORMULA_FUNCTIONS that take more than one argument are called (for messages).
FORMULA_ARGUMENTS: dict[str, str] = {
    **{name: (f"{'one or two' if len(entry.parameters) == 1 else f'1 to {len(entry.parameters) + 1}'} arguments"
              f" ({name}(u, {', '.join(p.name for p in entry.parameters)}); left out, "
              + ", ".join(f"{p.name} is {p.default:g}" for p in entry.parameters) + ")")
       for name, entry in ACTIVATIONS.items() if entry.elementwise and entry.parameters},
    "log": "one argument, or two (log(u, 2) for base 2)",
    "clip": "three arguments (clip(u, low, high))",
    "Heaviside": "one argument (Heaviside(u), 0 at 0)",
}
FORMULA_ARGUMENTS.update({alias: FORMULA_ARGUMENTS[name] for alias, name in ALIASES.items() if name in FORMULA_ARGUMENTS})

#: LaTeX: commands that name a function (an activation's own, \exp, \log, \ln), and the words
#: \operatorname{...} (or \mathrm, \text) may give, each -> the name in FORMULA_FUNCTIONS.
LATEX_COMMANDS: dict[str, str] = {
    **{command: name for command, name in ACTIVATION_COMMANDS.items() if ACTIVATIONS[name].elementwise},
    r"\exp": "exp", r"\log": "log", r"\ln": "log",
}
LATEX_WORDS: dict[str, str] = {
    **{name: name for name, entry in ACTIVATIONS.items() if entry.elementwise},
    **{alias: name for alias, name in ALIASES.items() if ACTIVATIONS[name].elementwise},
    **{command[1:]: name for command, name in LATEX_COMMANDS.items() if name in ACTIVATIONS},
    "H": "Heaviside", "Heaviside": "Heaviside", "exp": "exp", "log": "log", "ln": "log", "erf": "erf", "clip": "clip",
}


def _one_edit_apart(word: str, name: str) -> bool:
    """One letter inserted, left out, changed, or two neighbours swapped (sigmod, tahn, sofmax: typos)."""
    if word == name or abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        differ = [position for position, (a, b) in enumerate(zip(word, name)) if a != b]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and word[differ[0]] == name[differ[1]] and word[differ[1]] == name[differ[0]])
    shorter, longer = sorted((word, name), key=len)
    return any(longer[:position] + longer[position + 1:] == shorter for position in range(len(longer)))


def misspelt_function(text: str, fragment: str) -> str | None:
    """Where a word of ``text`` holding the unknown name ``fragment`` is one letter from an activation's name (or
    another of its names), ``sigmod``, a typo the page made: the rest of the message naming both (else None)."""
    names = sorted({*ACTIVATIONS, *ALIASES})
    for word in re.findall(r"[A-Za-z]{3,}", text):
        if fragment in word and word not in names:
            near = next((name for name in names if len(name) >= 4 and _one_edit_apart(word.lower(), name)), None)
            if near is not None and near != fragment:  # never the name as written
                return f"(of {word}); did you mean {near}? {word} is one letter from the function's name: write {near}"
    return None


# a spreadsheet's function in capitals glued to its parenthesis (never part of a longer name, a module's np.EXP or a
# command's \\EXP): Excel's, LibreOffice's and Google Sheets' names of the reader's functions
# (an activation's name in capitals too, as a spreadsheet writes any); and math's capitalised, Go's and C#'s Exp(u)
_SPREADSHEET_WORDS = ("exp", "ln", "sqrt", "sech", "cosh", "sinh", "abs", "max", "min", "sum",
                      *(name for name in ACTIVATIONS if name.isalpha()))
_CAPITALISED = ("Exp", "Log", "Ln", "Sqrt", "Abs", "Max", "Min", "Tanh", "Cosh", "Sinh", "Sech")
_SPREADSHEET = lazy_pattern(r"(?<![A-Za-z0-9_.\\])(" + "|".join(sorted(
    (*(word.upper() for word in _SPREADSHEET_WORDS), *_CAPITALISED), key=len, reverse=True)) + r")(?=\()")
# a spreadsheet's LOG(u), the logarithm to base 10 (LOG(u, b) to base b), where mathematics' log is natural
_SPREADSHEET_LOG = lazy_pattern(r"(?<![A-Za-z0-9_.\\])LOG(?=\()")


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
