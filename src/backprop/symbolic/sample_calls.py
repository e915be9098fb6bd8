"""A quantity of the sample written as a function of the network's input, Nielsen's ``y(x)``, ``a^L(x)``,
``\\delta_k(x_m)``: the quantity at that sample (x, x_m, x^{(i)}: the input the notation names), not the quantity
times x. Where the product could also be meant (a number before the input: ``dz(x)`` may be dz times x), the formula
is judged both ways (:func:`judged_at_sample_and_as_product`, through two_readings.either_reading) and refused in one
line where the two readings do not agree. Two vectors side by side have no product but the entrywise one the reader
takes for factors (``a(1 - a)``); a vector of the sample before the input is that vector at the sample only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

import sympy as sp

from .quantities import short
from .two_readings import judged_again_where_met

#: the kinds of network quantity (calculus.node) that each sample has its own of: outputs, sums, errors, targets
SAMPLE_KINDS = ("a", "z", "delta", "target")


@dataclass
class SampleCallReading:
    """How ``Q(x)`` is read for one judging, where Q times x could also be meant.

    as_product : read as Q times x (the second reading), False Q at the sample, None where no reading was chosen
        (a context outside check_homework): such a call is then refused.
    met : the calls read so far where both readings were possible (their text): none, and the formula has one
        reading only.
    """

    as_product: bool | None = None
    met: list = field(default_factory=list)


def judged_at_sample_and_as_product(text: str, judge: Callable):
    """``judge(SampleCallReading)`` (a HomeworkResult) with Q(x) at the sample; where it met a call that may also be a
    product, judged again with the product, and refused in one line where the two readings do not agree."""
    return judged_again_where_met(
        SampleCallReading(as_product=False), SampleCallReading(as_product=True), judge,
        lambda call: f"formula {short(text)}: {call} reads as the quantity at the sample's input or as the quantity"
                     f" times the input, and the two readings do not agree; write the quantity alone for its value at"
                     f" the sample, or \\cdot for the product")


def is_sample_quantity(calculus, value, argument, gradient: bool) -> bool:
    """Whether ``value`` is a quantity of the sample (every entry an input, an output, a sum, an error or a target, or
    ``gradient``: the notation names it as the loss's gradient by such a quantity, grad(z2[:])) and ``argument`` the
    network's whole input, as ``Q(x)`` writes them (calculus: the network's NetworkCalculus)."""
    return calculus.is_whole_input(argument) and (gradient or all(
        node is not None and node[0] in SAMPLE_KINDS for node in calculus.entry_nodes(value)))


def product_may_be_meant(value, argument) -> bool:
    """Whether Q times x is a product one writes Q(x) for: not two vectors side by side (their only product here is
    the entrywise one, a(1 - a), never written as a quantity before the input)."""
    vectors = [isinstance(each, sp.MatrixBase) and 1 in each.shape and len(each) > 1 for each in (value, argument)]
    return not all(vectors)
