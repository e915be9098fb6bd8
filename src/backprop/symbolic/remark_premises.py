"""A premise with its equation in parentheses after a formula, opened by a reason's word (since, because, as; a comma
after it allowed): ``DY*(1-f(self.X)**2) = DY * dy/dx (as, y=f(x)) ?`` (batch 135's x5-lr-chain), ``dL/dz =
a(1 - a) (since a = \\sigma(z))``. It is the step's reason, a fact the page states of its names, no member of the
formula's chain: the premise is judged first, as remark_definitions judges a definition, under the notation; a right
one is dropped (the formula is then judged as written, in the notation), a wrong one refused in one line (a formula
right only under a wrong premise is never called correct by dropping it), and one check cannot read (a name the
notation does not give) leaves the line as written. A value of the data, ``(since y = 1)``, is no premise but the
claim's case (claim_text), left as written. The premise closes the formula's line, or its sentence where a question's
mark or a full stop and the next sentence follow (typography_trailing_remarks cuts that sentence).

A worked example's reminder of a relation in parentheses after its result, with no reason's word, ``d(h)/d(w1) = x =
2.0 (h = x * w1)`` (batch 156's Markdown lesson), is such a premise too, judged the same way, where the formula's
own relation stands outside every bracket (``(a = b) (c = d)`` are two claims in parentheses, read as such) and the
premise's value is a computation (an operator or a call in it: ``(j = k)``, ``(y = 1)`` are the claim's case).
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from .brackets import PRINTED, net_depth
from .notation import Notation
from .quantities import FormulaError, short
from .typography_premises import remark_opening

# the formula (a relation in it, ending on no space nor opening parenthesis), the premise NAME = VALUE in parentheses
# (one level of parentheses inside the value, f(x)), its reason's word first or none, then the line's end or the
# formula's sentence's
_PREMISE = lazy_pattern(rf"^(?P<formula>[^\n=<>]*+[=<>][^\n]*?[^\s(])[ \t]+\([ \t]*"
                        rf"(?:(?P<reason>(?i:{remark_opening('reason')})),?[ \t]+)?"
                        r"(?P<premise>\\?[A-Za-z][\w{}^\\]*[ \t]*=[ \t]*"
                        r"(?P<value>[^()=<>\n]*(?:\([^()=<>\n]*\)[^()=<>\n]*)*))\)"
                        r"(?P<after>[ \t]*(?:[.?][ \t]+[A-Z][^\n]*|[ \t.?]*))$", re.M,
                        needs=("(",))  # the reason words are in every language and any case
# a computation in a premise's value: an operator, a call or a command (a lone name or number is the claim's case)
_COMPUTATION = lazy_pattern(r"[-+*/^\u00b7\u00d7]|[\w)][ \t]*\(|\\[A-Za-z]")


def premise_read(text: str, notation: Notation | None, right: Callable) -> str:
    """``text`` without each formula's premise in parentheses (the module docstring) that is right under
    ``notation``; ``right(claim, notation)`` says whether a claim is right (None where it cannot be read).
    FormulaError for a premise that is wrong."""
    if "(" not in text or "=" not in text:
        return text

    def read(match: re.Match) -> str:
        premise, value = match.group("premise").strip(), match.group("value")
        if not re.search(r"[A-Za-z]", value):
            return match.group(0)  # (since y = 1): the data's value, the claim's case
        formula = match.group("formula")
        if match.group("reason") is None and (not _COMPUTATION.search(value) or net_depth(
                formula[:re.search(r"[=<>]", formula).start()], PRINTED) != 0):
            return match.group(0)  # (j = k): the claim's case; (a = b) (c = d): two claims in parentheses
        verdict = right(premise, notation)
        if verdict is None:
            return match.group(0)
        if not verdict:
            raise FormulaError(f"formula {short(match.group(0))}: the premise in parentheses, {premise}, is wrong in"
                               " the notation's names, so the formula's step does not follow from it; write the"
                               " premise right, or drop it")
        return match.group("formula") + match.group("after")
    return _PREMISE.sub(read, text)
