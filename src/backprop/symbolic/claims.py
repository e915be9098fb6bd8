"""A homework formula as claims: what each equation states, and what its members must equal.

``read_claims(text, context)`` splits a formula into equations (equation_splitting.py: an aligned
environment may hold several: a row with its own left side starts a new one, a row starting with ``=``
or an operator continues the last), each a chain ``A = B = C``. The left side says what is claimed:

* a derivative of the loss (``\\frac{\\partial E}{\\partial w}``, ``dE/dw``, ``\\nabla_W L``): a
  **gradient** claim; every later member must equal that derivative;
* a parameter, updated (``w := ...``, ``w \\leftarrow ...``, ``w^{new} = ...``, or ``w = w - ...``
  with the parameter on the right): an **update** claim, against w - eta dL/dw;
* anything else (``h_1``, ``\\frac{\\partial z_j}{\\partial W_j}``, ``CE(l, l')``): a **value** claim,
  against the left side's own value.

Letters that the left side uses as indices without a value (``\\frac{\\partial L}{\\partial z_j}``)
make a general rule: ``Claim.assignments`` lists every value for which the left side names a
quantity of the network. The notation's label letter (``y`` in ``z_y``) is the sample's class:
such a member is read once per class c and combined as sum_c t[c] (member at c), exact for one-hot
targets.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

import sympy as sp

from ..patterns import lazy_pattern
from .accumulation import accumulated
from .rule_members import TooManyValues, listed_values, member_rule
from .claim_text import (CASE_AFTER, CASE_ALONE, DATA_CASE_AFTER, class_words_as_label, data_case, index_case,
                         left_text, member_texts, sample_class_as_label, worded_new_value)
from .equation_splitting import split_equations
from .claim_ranges import RANGES_SUFFIX, restricted, suffix_ranges
from .families import Family, find_family, letter_bounds
from .notation import Unbound
from .parenthesised_loops import loop_entries_in_brackets
from .notation_layers import LAYER_LETTERS, layer_letter_values, layer_letters, lowercase_transposed, parenthesised_entry
from .quantities import FormulaError, NewValue, as_written, short as _short
from .reading import Reader
from .reading_base import Context, TrackingEnv, _marker, script_word
from .syntax import parse_row
from .syntax_tree import Apply, Deriv, Nabla, Node, Num, Op, Sym, symbols_of
from .typography_steps import markers_before_names, step_superscripts
from .vector_entry_rule import entry_rule

MAX_ASSIGNMENTS = 4096
# a member or left side read at a value of a letter past the units of the layer it indexes (or before a
# notation's first, z1[i-1] at i = 0)
# a sum's upper bound that is a letter (K, K-1): \sum_{k=0}^{K-1}, \sum _{i = 1}^{m}, \sum_i^m, sum_{i=1}^m, ∑
_COUNT_BOUND = lazy_pattern(r"(?:\\sum|(?<![A-Za-z\\])sum|∑)\s*_\s*(?:\{[^{}]*\}|[A-Za-z])\s*\^\s*\{?\s*([A-Za-z])\s*(?:-\s*1)?\s*\}?",
                            needs=("sum", "∑"))


@dataclass
class Member:
    """One member of a chain: its text and syntax tree."""

    text: str
    node: Node | None


@dataclass
class Claim:
    """One equation of a formula."""

    text: str
    left: Member
    members: list                      # the members after the left side
    relations: list
    kind: str = "value"                # gradient | update | value
    letters: tuple = ()                # the general rule's letters
    assignments: list = field(default_factory=list)   # their values, one dict per index combination
    count_names: set = field(default_factory=set)     # letters that name the number of samples
    family: Family | None = None       # a rule with too many values to list, read once (families.py)
    case: tuple | None = None          # (i, "=" or "!=", j): the case written after it, ``..., \quad i = j``
    data_case: tuple | None = None     # (word, symbol, relation, value) as written: since y = 0 (claim_text.py)
    remark: str = ""                   # the inequality closing the chain, not judged (\neq 1)
    member_letters: dict = field(default_factory=dict)  # letter -> base: a bare name's rule (rule_members.py)


def read_claims(text: str, context: Context, parameter_letters: dict | None = None) -> list[Claim]:
    """Every equation of ``text`` as a Claim, its kind and its index assignments decided."""
    claims = []
    one_hot = context.symbols.one_hot
    # a loop's letter the notation gives its number ("j" = "0", none of its indices) is that number throughout
    parameter_letters = {**context.notation.numbered_letters(), **(parameter_letters or {})}
    for row in split_equations(text):
        equation = class_words_as_label(row, context.notation, one_hot)
        equation = sample_class_as_label(equation, context.notation, one_hot)  # CS231n's f_{y_i}: f_{y}
        equation = markers_before_names(equation, context.notation.bases)  # \text{new } w: w^{new}
        equation = worded_new_value(equation, context.notation)  # new weight = ...: weight^{new} = ...
        equation = step_superscripts(equation, set(context.notation.indices),  # W^{(i+1)} = W^{(i)} - ...
                                     _step_letters_taken(context.notation),
                                     {pattern.base for pattern in context.notation.patterns if pattern.sup})
        where = f"formula {_short(equation)}"
        alone = CASE_ALONE.match(equation)
        if alone and claims and {alone.group(1), alone.group(3)} <= set(claims[-1].letters) \
                and claims[-1].case is None:
            claims[-1].case = index_case(alone)  # A = B, \quad i = j: split from its formula at the comma
            continue
        if alone and {alone.group(1), alone.group(3)} & set(context.notation.indices):
            raise FormulaError(f"{where}: is a case of index letters, not a claim; write it after the formula it"
                               " restricts (A = B, \\quad i = j) or give it with --when")
        written_ranges = RANGES_SUFFIX.search(equation)
        equation = equation[:written_ranges.start()].rstrip() if written_ranges else equation
        data = DATA_CASE_AFTER.search(equation)
        equation = equation[:data.start()].rstrip() if data else equation
        after = CASE_AFTER.search(equation)
        case = index_case(after) if after else None
        equation = equation[:after.start()].rstrip() if after else equation
        # The upper bound K of a sum (\sum_{k=0}^{K-1}, \sum\limits_{i = 1}^{m}, plain sum_{i=1}^{m}) names the
        # number of samples where nothing else gives the letter a meaning (1/K before the sum reads it too).
        counts = {letter for letter in _COUNT_BOUND.findall(equation) if letter not in context.notation.bases}
        # \frac{1}{n} \sum_x: n the number of training inputs x (reading_sums reads the sum over them)
        if "x" not in context.notation.indices:
            counts |= {letter for letter in re.findall(r"\\frac\{1\}\{\s*([A-Za-z])\s*\}\s*\\sum_\{?\s*x\s*\}?(?![A-Za-z0-9])",
                                                       equation) if letter not in context.notation.bases}
        context.count_names = counts
        relation = parse_row(equation, context.known_names(), where, context.notation.glued_reading,
                             context.notation.flat_subscript, lowercase_transposed(context.notation),
                             context.notation.declared_functions, context.notation.operations,
                             context.quantity_letters(), frozenset(context.notation.bases),
                             context.pattern_scripts())
        if not relation.members or relation.members[0] is None:
            raise FormulaError(f"{where}: has no left side (it continues an earlier formula); give the whole"
                               " equation, e.g. \\frac{\\partial L}{\\partial w} = ...")
        _name_and_number_left(relation.members[0], left_text(as_written(equation)), where)
        relation = loop_entries_in_brackets(relation, context, equation, text)  # MATLAB's b2(k): code's b2[k]
        relation = accumulated(relation, context, parameter_letters or {}, where, equation)  # code's A += B
        relation, member_letters = member_rule(relation, context.notation, equation)  # w = w - \eta \partial E/\partial w
        members, relations = relation.members[1:], relation.relations
        judged = equation.rstrip()[:len(equation.rstrip()) - len(relation.remark)] if relation.remark else equation
        members_texts = member_texts(as_written(judged), len(members)) if members else []
        if len(members) > 1 and members[-1] is None:
            # A = B = C = (the chain goes on in the page's next display): the members written are judged
            members, members_texts, relations = members[:-1], members_texts[:-1], relations[:-1]
        if any(member is None for member in members):
            raise FormulaError(f"{where}: ends with a relation and nothing after it")
        claim = Claim(as_written(equation), Member(left_text(as_written(equation)),
                                                   _nabla_by_member(relation.members[0], members, context)),
                      [Member(t, m) for t, m in zip(members_texts, members)], relations)
        _lone_partial_step(claim, context, where)
        claim.count_names = counts
        claim.member_letters = member_letters
        claim.remark = relation.remark
        claim.kind = _kind(claim, context)
        try:
            claim.letters, claim.assignments = rule_assignments(claim, context, parameter_letters or {}, where)
        except TooManyValues as error:
            claim.family = find_family(claim, context, parameter_letters or {}, error.letters, error.label_read,
                                       where, str(error))
            if claim.family is None:
                raise
            claim.letters, claim.assignments = claim.family.letters, []
        if not claim.letters:
            claim = _reanchored(claim, context, parameter_letters or {}, where)
        claim = entry_rule(claim, context, parameter_letters or {}, where, rule_assignments, _kind)  # \delta^{(l)} = ..._i
        if case is not None and not {case[0], case[2]} <= set(claim.letters):
            raise FormulaError(f"{where}: the case {after.group(0).strip(' ,.')} names a letter its left side does"
                               " not use as an index; write the case with the letters of the rule")
        claim.case = case
        claim.data_case = data_case(data) if data else None
        if written_ranges:  # j = 1, \ldots, m after the rule: judged at those values only
            claim.assignments = restricted(claim, suffix_ranges(written_ranges.group("ranges")), context, where)
        claims.append(claim)
    return claims


def _step_letters_taken(notation) -> set[str]:
    """The letters a step superscript (``W^{(i+1)}``) is never read as: the notation's layer letters and names."""
    return layer_letters(notation) | set(notation.bases)


# a left side ending in a sign glued between a script and a number, error_L-1, \\delta^l+1, a_L-1: the layer L - 1 its
# author means, which the text makes the name's value minus 1 (code's error_L minus 1, TeX's script of one letter)
_GLUED_NUMBER_AFTER_SCRIPT = lazy_pattern(r"[_^]\{?\s*[A-Za-z0-9]+\s*\}?[-+]\d+\s*$")


def _name_and_number_left(left: Node, written: str, where: str) -> None:
    """FormulaError where the left side is a scripted name and a number glued after its script by a sign
    (``error_L-1 = np.dot(...)``, ``\\delta^l+1 = ...``): an assignment to a name its author writes of layer L - 1,
    which reads as the name's value minus 1, no quantity a claim can be about."""
    if not (isinstance(left, Op) and left.kind == "+" and len(left.args) == 2 and isinstance(left.args[0], Sym)
            and (left.args[0].sub or left.args[0].sup) and _GLUED_NUMBER_AFTER_SCRIPT.search(written)):
        return
    number = left.args[1]
    if not (isinstance(number, Num) or (isinstance(number, Op) and number.kind == "neg"
                                         and isinstance(number.args[0], Num))):
        return
    raise FormulaError(f"{where}: the left side {written.strip()} is a name plus or minus a number as written (its"
                       " script ends before the sign), no quantity; write the script whole in braces, as a_{L-1}, or"
                       " give code's name of that layer in the notation's symbols")


def _reanchored(claim: Claim, context: Context, fixed: dict, where: str) -> Claim:
    r"""``\nabla_W L = \frac{\partial L}{\partial W_j} = ...``: a left side without index letters
    named, then a member with letters of its own (row j): the claim is that member's, for every j."""
    label = context.notation.label
    for position, member in enumerate(claim.members[:-1]):
        try:
            Reader(context, TrackingEnv(fixed), where).value(member.node)
        except Unbound as unbound:
            if unbound.letter == label and context.symbols.one_hot:
                continue
            probe = Claim(claim.text, member, [], [])
            probe.kind = _kind(probe, context)
            claim.letters, claim.assignments = rule_assignments(probe, context, fixed, where)
            if probe.kind == "gradient" and _entry_of(claim.left.node, member.node):
                # \nabla_w e = [\partial e / \partial w_{ij}^{(l)}] = ...: the gradient by w given by its entry,
                # so every member is the entry's, whatever axis each letter indexes
                claim.left = Member(claim.left.text, member.node)
            return claim
        except FormulaError:
            continue
    return claim


def _nabla_by_member(left, members: list, context: Context):
    r"""``\nabla L = \frac{\partial L}{\partial w}``: a gradient without its subscript, where no parameter is
    being checked, is by what a member of the same chain differentiates the loss by (the first such member;
    ``\nabla_w L``); else ``left`` as it is (refused where read: which parameter is not said)."""
    if not isinstance(left, Nabla) or left.wrt is not None or context.parameter is not None:
        return left
    reader = Reader(context, {}, "")
    for member in members:
        if isinstance(member, Deriv) and member.of is not None and reader._is_loss(member.of) \
                and reader._is_loss(left.of) and _show_loss(member.of) == _show_loss(left.of):
            return replace(left, wrt=member.wrt)
    return left


def _lone_partial_step(claim: Claim, context: Context, where: str):
    r"""Refuses ``\partial w = \eta \delta x``: a lone ∂X on the left side (the course's name of dL/dX) whose member
    holds the learning rate may as well be the step of X, \Delta X, which a page may set with ∂ too."""
    left = claim.left.node
    if not isinstance(left, Deriv) or left.sign != "lone":
        return
    reader = Reader(context, {}, "")
    if any(reader.is_rate(sym) for member in claim.members for sym in symbols_of(member.node)):
        name = left.wrt.text()
        raise FormulaError(f"{where}: \\partial {name} = ... holds the learning rate: it reads two ways, the loss's"
                           f" derivative by {name} or the step of {name}; write"
                           f" \\frac{{\\partial L}}{{\\partial {name}}} = ... or \\Delta {name} = ...")


def _show_loss(node) -> str:
    return re.sub(r"[{}\s]", "", node.text()) if isinstance(node, Sym) else repr(node)


def _entry_of(left, member) -> bool:
    """Whether ``member`` is the derivative by an entry (w_{ij}) of what ``left`` is the gradient by (bare w)."""
    return (isinstance(left, Nabla) and isinstance(left.wrt, Sym) and isinstance(member, Deriv)
            and isinstance(member.wrt, Sym) and left.wrt == Sym(left.wrt.base, position=left.wrt.position)
            and member.wrt.base == left.wrt.base and bool(member.wrt.sub or member.wrt.bracket))


def _kind(claim: Claim, context: Context) -> str:
    left = claim.left.node
    reader = Reader(context, {}, "")
    if isinstance(left, Apply):  # MATLAB's weights(1,k) = weights(1,k) + ...: the entry weights_{1,k}, as written
        try:
            left = parenthesised_entry(context.notation, left.symbol, left.args, reader.fail) or left
        except FormulaError:  # W(1) where the notation names W too: the reading refuses it, saying why
            pass
    if isinstance(left, Nabla) or (isinstance(left, Deriv) and (left.of is None or reader._is_loss(left.of))):
        return "gradient"
    if claim.relations and claim.relations[0] in (":=", "<-"):
        return "update"
    if isinstance(left, Sym) and _has_new_marker(left, context):
        return "update"
    if isinstance(left, Sym) and _marked_old(left):
        return "value"  # w^{old} = w - eta*g claims the value now equals the step's result: judged so, not as the update
    if isinstance(left, Sym):
        return "maybe-update"  # decided per assignment: the parameter on the right makes it an update
    return "value"


def _marked_old(sym: Sym) -> bool:
    """Whether ``sym`` is marked as its current value: with the word old, ``w^{old}``, ``w_{\\text{old}}``, code's
    ``w_old``, or with any mark _marker reads as old, a time step's ``w^{(t)}``, ``w^{[n]}``, or either beside a layer,
    ``w_{11}^{(2)(t)}``, ``w^{(2)\\text{old}}``: as the left side of = each claims the current value equals the
    step's result (qa57: ``w_{11}^{(2)(t)} = w_{11}^{(2)(t)} + ...`` and ``w^{(t)} = w + ...`` were called correct)."""
    marked = _marker(sym)
    return any(script_word(script) == "old" for script in (sym.sup, sym.sub)) or (marked or ("",))[0] == "old"


def _has_new_marker(sym: Sym, context: Context) -> bool:
    reader = Reader(context, {}, "")
    try:
        value = reader.value(sym)
    except (FormulaError, Unbound):
        return False
    if isinstance(value, sp.MatrixBase):
        return any(isinstance(entry, NewValue) for entry in value)
    return isinstance(value, NewValue)


def rule_assignments(claim: Claim, context: Context, fixed: dict, where: str) -> tuple[tuple, list]:
    """The general rule's letters (those the left side uses as indices without a value) and every
    combination of values for which the left side names something of the network."""
    previous, context.rule_left = context.rule_left, claim.left.node  # W1[j][i]: its brackets give j its values
    try:
        return _rule_assignments(claim, context, fixed, where)
    finally:
        context.rule_left = previous


def _rule_assignments(claim: Claim, context: Context, fixed: dict, where: str) -> tuple[tuple, list]:
    letters: list[str] = []
    label = context.notation.label
    for _ in range(6):
        discovered = None
        # Probe the letters found so far with small values until the left side names a new letter (a
        # 1-based notation fails at 0, a layer letter at the input layer). A value at which it reads does
        # not end the search: x_j^{(l)} reads at j = 0 without l where the table makes x_0^{(l)} the bias
        # unit's 1, and names l at j = 1.
        for probe in itertools.product((0, 1, 2), repeat=len(letters)):
            env = TrackingEnv(fixed)
            for letter, value in zip(letters, probe):
                env[letter] = value
            try:
                Reader(context, env, where).value(claim.left.node)
                discovered = "done"
                continue
            except Unbound as unbound:
                if unbound.letter in letters:
                    continue
                discovered = unbound.letter
                break
            except FormulaError:
                continue
        if discovered is None or discovered == "done":
            break
        letters.append(discovered)
    rule_letters = tuple(letter for letter in letters if not (letter == label and context.symbols.one_hot))
    if not rule_letters:
        return (), [dict(fixed)]
    limit = context.notation.numbered_limit(context.symbols)
    layers = layer_letter_values(context.notation, context.symbols)  # l in the notation's counting too
    candidates = [layers if letter in LAYER_LETTERS else range(limit) for letter in rule_letters]
    total = 1
    for candidate in candidates:
        total *= len(candidate)
    if total > MAX_ASSIGNMENTS * 4:
        raise TooManyValues(f"{where}: the general rule over {', '.join(rule_letters)} has too many index"
                            f" values for this network to check one by one; name one with --param",
                            rule_letters, label in letters)
    # Past a letter's pattern bound (families.letter_bounds) the left side names nothing, an index out of range: the
    # values past it are not read where it names nothing so at the bound too (else every value is, as before), 776
    # of seed 001's 786 values of m in \hat{P}_{m,k}, each a whole reading to learn it
    bounds = letter_bounds(claim, context, tuple(letter for letter in rule_letters if letter not in LAYER_LETTERS))
    narrowed = [range(min(len(values), bounds[letter] + 1)) if letter in bounds else values
                for letter, values in zip(rule_letters, candidates)]
    listed = listed_values(claim, context, fixed, where, rule_letters, label in letters, narrowed, bounds,
                           MAX_ASSIGNMENTS) \
        or listed_values(claim, context, fixed, where, rule_letters, label in letters, candidates, {}, MAX_ASSIGNMENTS)
    found, constants, skipped, first_error = listed
    # a := whose left side names no parameter anywhere defines it (judged where it reads); a rule whose left
    found = found or skipped or constants  # side is a constant wherever it reads is judged there, as written
    if not found:
        raise first_error or FormulaError(f"{where}: no value of {', '.join(rule_letters)} names a quantity"
                                          " of this network")
    return rule_letters, found
