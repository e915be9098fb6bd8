"""``u \\otimes v``, read two ways (:func:`otimes_both_ways`): the outer product u v^T of most texts (Kronecker's
product of two vectors), and the entry-by-entry product some machine-learning notes write with it, ``z^2 = \\sum(w^2
\\otimes a^1)`` for the sum of the weights times the activations. Where both are defined (two vectors of one size)
the formula is judged both ways and refused in one line where the verdicts differ; where only the outer product
fits (vectors of two sizes), it is the one reading. A matrix beside \\otimes stays refused (reading.Reader).
"""

from __future__ import annotations

import re
from typing import Callable

from .quantities import FormulaError, short
from .two_readings import verdicts

# the command alone, never the start of a longer one
_OTIMES = re.compile(r"\\otimes(?![A-Za-z])")


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
    if verdicts(outer) != verdicts(entrywise):
        raise FormulaError(f"formula {short(text)}: \\otimes reads as the outer product (u v^T) or, as some notes"
                           f" write it, the entry-by-entry product, and the two readings do not agree; write \\odot"
                           f" for the entrywise product, or u v^T for the outer product")
    return outer
