"""Which chains of a submission are claims: decided by what the left side names, never by whether the right reads.

``grade`` judges a chain with check; where check refuses it, the chain is still a claim (reported ``unreadable``,
with check's message) when its left side says so:

- its shape is a claim's: a derivative (``\\partial``, ``\\nabla``, ``dE/dw``, ``dW``), an update's relation
  (``:=``, ``\\leftarrow``), a new value (``w^{+}``, ``w^{new}``), ``w = w - ...``;
- or it names a quantity of the network through the notation: read alone, it is a quantity or a rule over index
  letters (``h``, ``A^{d}``, ``h_j``), whatever shape it has, so that ``h = 1`` and Ng's ``A^{d} = 1`` (a number for
  a vector) and ``z_o = W_o x + b_o`` (factors whose sizes do not fit) are unreadable claims, never dropped.

A chain is no claim (counted in JSON's ``not_claims`` and listed for the teacher, results.NotClaim) when its left
side names nothing of the network (``L_0 = 783``, ``D = [X | Y]``, a symbol check does not know, a sample or unit
the network does not have), when it says in words what the left side is (``y = \\text{cat}``, ``\\eta =
\\text{the learning rate}``: a setting, no mathematics to judge), or when it writes out one of the file's inputs
(``x_2 = [8.87, 1.25, 4.49, 0.12]``: the document starts working that sample, :func:`restated_sample`).
"""

from __future__ import annotations

import re
from typing import Callable

from ..patterns import lazy_pattern
from ..problem import Problem
from ..symbolic.comma_remarks import TEXT_WORDS
from ..symbolic.notation import Notation, Unbound
from ..symbolic.notation_layers import lowercase_transposed
from ..symbolic.quantities import FormulaError
from ..symbolic.reading import Reader
from ..symbolic.reading_base import Context, TrackingEnv
from ..symbolic.syntax import parse_row
from ..symbolic.syntax_tree import UPDATE_RELATIONS, symbols_of
from ..symbolic.typography import clean
from .document import Chain

# A left side that says "this is a claim" even when the notation cannot read it.
CLAIM_SHAPE = lazy_pattern(r"\\partial|\\nabla|^\s*d\s*[A-Za-z\\]|\bd[A-Za-z]\w*\s*/\s*d|\\Delta|\^\{?\s*(\+|new|\[)")


def as_check_reads(text: str, notation: Notation) -> str:
    """``text`` (a chain's side, or a name) cleaned as check reads it, the code names the notation gives as written
    spelled as its patterns keep them (Notation.with_code_names_spelled: ``d_L__d_o``, ``gradienten_för_denna_vikt``,
    Julia's ``nn.∇w``), so that grade finds and reads the names check reads."""
    return clean(notation.with_code_names_spelled(text))


def is_claim(chain: Chain, context: Context, samples: int, reads_with_a_number: Callable[[str], bool]) -> bool:
    """Whether a chain that check could not read is about the network all the same: a claim's shape, or a left side
    that names a quantity of the network (``names_the_network``; ``samples``: how many the file has), unless the
    members after it are words alone.
    ``reads_with_a_number(left)``: whether check reads ``left = 0`` (the left sides check rewrites before reading
    them, code's ``weights(1,k)``, ``new weight``, are known that way)."""
    left = chain.members[0]
    if has_claim_shape(chain):
        return True
    if said_in_words(chain):
        return False
    return names_the_network(left, context, samples) or reads_with_a_number(left)


def has_claim_shape(chain: Chain) -> bool:
    """Whether the chain's left side or first relation is a claim's whatever the notation reads: a derivative, an
    update's relation or new value, ``w = w - ...``."""
    return bool(CLAIM_SHAPE.search(chain.members[0]) or (chain.relations and chain.relations[0] in UPDATE_RELATIONS)
                or is_update_shape(chain))


def names_the_network(left: str, context: Context, samples: int) -> bool:
    """Whether ``left`` (a chain's left side, as written) read alone through the notation is a quantity of the network,
    or a rule over index letters that is one at some of their values: its shape and the members after it play no
    part. False where it names a symbol nothing gives a meaning, or a sample (of the file's ``samples``), layer or
    unit the network does not have, or is a number."""
    notation = context.notation
    try:
        relation = parse_row(as_check_reads(f"{left} = 0", notation), context.known_names(), "its left side",
                             notation.glued_reading, notation.flat_subscript, lowercase_transposed(notation),
                             notation.declared_functions, notation.operations, context.quantity_letters())
    except (FormulaError, RecursionError):
        return False
    node = relation.members[0] if relation.members else None
    if node is None or not symbols_of(node):
        return False
    before, context.sample_subscript = context.sample_subscript, None  # L_2, the loss of sample 2, is noted there
    try:
        read = _reads(node, context, {})
    finally:
        sample, context.sample_subscript = context.sample_subscript, before
    return read and (sample is None or 1 <= sample <= samples)


#: the values an index letter of a left side is tried at (rule_assignments' first values: a 1-based notation fails at
#: 0, a layer letter at the input layer), and how many letters
_TRIED_VALUES = (0, 1, 2)
_TRIED_LETTERS = 4


def _reads(node, context: Context, env: dict) -> bool:
    """Whether ``node`` reads as a quantity of the network at some small values of its index letters (``h_j``: at j =
    0, 1 or 2; ``A'_i`` reads at none, a name the notation has no pattern for)."""
    try:
        Reader(context, TrackingEnv(env), "its left side").value(node)
    except Unbound as unbound:
        if unbound.letter in env or len(env) >= _TRIED_LETTERS:
            return False
        return any(_reads(node, context, {**env, unbound.letter: value}) for value in _TRIED_VALUES)
    except (FormulaError, RecursionError):
        return False
    return True


def said_in_words(chain: Chain) -> bool:
    """Whether every member after the left side is words in ``\\text{}`` (``y = \\text{cat}``, ``\\eta =
    \\text{learning rate}``): the left side's meaning said in words, a setting, no claim."""
    members = [member.strip() for member in chain.members[1:]]
    return bool(members) and all(TEXT_WORDS.fullmatch(member) and re.search(r"[^\W\d_]{2}", member) for member in members)


def is_update_shape(chain: Chain) -> bool:
    """``w = w - \\alpha ...``: the left side again at the start of the right, then + or -, is an
    update rule whatever the notation makes of ``w``."""
    left = " ".join(chain.members[0].split())
    right = " ".join(chain.members[1].split()) if len(chain.members) > 1 else ""
    return bool(left) and right.startswith(left) and right[len(left):].lstrip()[:1] in ("-", "+")


def shape_kind(chain: Chain) -> str:
    """The kind of claim a chain that cannot be read has, from its shape: gradient, update or value."""
    left = chain.members[0]
    if is_update_shape(chain):
        return "update"
    if re.search(r"\\partial|\\nabla|\bd[A-Za-z]\w*\s*/\s*d", left):
        return "gradient"
    if chain.relations and chain.relations[0] in UPDATE_RELATIONS or re.search(r"\^\{?\s*(\+|new)", left):
        return "update"
    return "value"


_MATRIX = lazy_pattern(r"\\begin\{([bpvBV]?matrix)\}(.*)\\end\{\1\}", re.DOTALL)
_PLAIN_NUMBER = lazy_pattern(r"[-+]?(\d+\.?\d*|\.\d+)")


def restated_sample(chain: Chain, problem: Problem) -> int | None:
    """The sample (from 1) whose input ``chain`` writes out: a member that is a vector of plain numbers
    equal to exactly one of the file's inputs, each number its input rounded to the digits written;
    None otherwise, and for a chain of a claim's shape (a gradient whose value is an input, -x or x where the outputs'
    probabilities are 0 or 1, is a claim, unreadable where check refuses it)."""
    if problem.x is None or has_claim_shape(chain):
        return None
    for member in chain.members[1:]:
        match = _MATRIX.fullmatch(member.strip())
        cells = [cell.strip() for cell in re.split(r"\\\\|&", match.group(2)) if cell.strip()] if match else []
        if len(cells) != problem.x.shape[1] or not all(_PLAIN_NUMBER.fullmatch(cell) for cell in cells):
            continue
        found = [number for number, row in enumerate(problem.x, start=1)
                 if all(abs(float(cell) - value) <= 0.5 * 10.0 ** -_decimals(cell) * (1 + 1e-9)
                        for cell, value in zip(cells, row))]
        if len(found) == 1:
            return found[0]
    return None


def _decimals(number: str) -> int:
    return len(number.partition(".")[2])
