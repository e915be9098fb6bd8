"""``check`` of a formula as homework writes it: every claim, every member, every index value, each case.

``check_homework(problem, text, ...)`` reads the formula through the notation (claims.py,
reading.py) and judges each member of each claim against what the left side says it equals:

* a member written in the network's quantities, at random points (check.judge: numbers at 50
  digits and a symbolic proof), for every index value of a general rule, and for the target
  classes its case allows (``--when "label=j"``, ``"label!=j"``);
* a member written with numbers only, at the file's numbers: right when every number in it is the
  true value rounded to its digits, one unit in the last digit either way (for an expression of
  rounded numbers, the same unit carried through it);
* a sum over samples (``1/K \\sum_k``) against the step's loss with the file's reduction.

The verdict of the whole is ``correct`` when every member of every claim is; a member names its
first failing index value and case. Nothing here evaluates text: the readers build SymPy objects.
"""

from __future__ import annotations

from typing import Callable

import sympy as sp

from ..errors import UserError
from ..limits import LIMITS, TimeLimitExceeded, time_limit
from ..patterns import lazy_pattern
from .calculus import NetworkCalculus
from .check import DEFAULT_POINTS, judge
from .derivative_words import ArgumentReading
from .derivative_word_definitions import definition_above_read, judged_as_definition
from .formula_remarks import notation_names
from .function_definitions import definition_reading
from .remark_definitions import remark_definition_read
from .remark_premises import premise_read
from .two_readings import judged_in_every_reading
from .comment_lead_ins import commented_claims
from .typography_comments import arrow_remarks_apart, latex_comment_marker
from .typography_prose import prose_glued_apart
from .code_callback_entries import rust_chain_read
from .code_declarations import method_statements, object_properties
from .code_loop_headers import loop_headers_read
from .code_pointers import pointers_read
from .torch7_methods import torch7_refusal_as_written
from .math_spans import delimited
from .sample_calls import SampleCallReading, formula_readings, judged_at_sample_and_as_product
from .claims import Claim, read_claims
from .homework_base import (ClaimResult, HomeworkResult, Step, UnsummedIndex, _components, _entry, _new_values, _where,
                            definite_shape_mismatch, family_name, free_use, has_bare_sum, implied_left, merge_family,
                            negate_deltas, number_for_entries, sums_over_an_index)
from .homework_families import FamilyJudging
from .homework_cases import CaseHandling, in_case
from .homework_data import DataCases, rate_note_of
from .homework_numbers import NumberJudging
from .homework_number_meanings import FactorValues, NumberMeanings
from .homework_parameters import ParameterChoice
from .homework_truth import LeftSideTruth, one_layer_rule, unit_layers
from .homework_unsummed import UnsummedMembers
from .notation import Notation, Unbound
from .notation_loading import load_notation
from .notation_layers import layer_letters
from .quantities import FormulaError, NetworkSymbols, Parameter, ReaderDefect, UnusableCase, short as _short
from .reading import Reader
from .reading_base import Context, TrackingEnv
from .reading_powers import impossible_for_left_side
from .readings_compared import ReadingImpossible
from .reading_shapes import read_rows, read_shaped
from .syntax_sums import letter_applied, summed_hint
from .syntax_tree import Deriv, Sym


DELTA_SIGN_HINT = ("it equals the true value with delta of the other sign: here delta means dL/dz; if the"
                   " homework's delta is -dL/dz (as in delta = (y - a) f'(z)), declare it in the notation,"
                   ' e.g. "\\\\delta_{k}" = "-delta2[k]"')

#: the stack, in slots of 8 bytes, that with_frame_room declares: over half of 1 MB with CPython's reserve for a chunk
#: (1,000 slots), so that its chunk is 1 MB and the other half is the room
ROOM_SLOTS = 65_536


def with_frame_room(function: Callable, *arguments):
    """``function(*arguments)``, with room for its frames.

    CPython 3.11 keeps Python frames in chunks (16 KB, or more for a frame that needs it) and unmaps a chunk as soon as
    the frame at its start returns. A call made over and over that lands at a chunk's start (a 50-digit sum calling
    mpmath's arithmetic and Heaviside once per term, SymPy's recursion over a formula) maps and unmaps a chunk each
    time, and the kernel makes its pages afresh each time it is mapped: a page fault per page, system time that was a
    third of grading a large network's claims. This function declares a stack far deeper than it uses (ROOM_SLOTS),
    so that its frame fits no chunk already open: it opens a chunk of 1 MB, and the frames of everything it calls
    follow it there (half a megabyte, some thousands of frames), whose pages are made once. The stack declared is
    never written, so its pages are never touched."""
    return function(*arguments)


with_frame_room.__code__ = with_frame_room.__code__.replace(co_stacksize=ROOM_SLOTS)


# a code statement that steps its left side, += or -= (never ==, <=, >=)
_STEPPING = lazy_pattern(r"(?<![-+=<>!])[-+]=(?!=)")


def check_homework(problem, text: str, notation: str | None = None, param: str | None = None,
                   when: str | None = None, update: bool = False, points: int = DEFAULT_POINTS, seed: int = 0,
                   seconds: float = LIMITS["formula_seconds"], sample: int | None = None) -> HomeworkResult:
    """Judge every claim of ``text`` (see the module docstring); FormulaError when it cannot be read.
    ``sample``: the file's sample (from 1) that a value written in numbers is about, where the
    formula does not say (a document working its samples one at a time); default the first."""
    text = written = delimited(text)  # codecogs images, MathJax's <script>, escaped \$$: TeX's delimiters
    try:
        with time_limit(seconds * 3):
            notation = load_notation(notation, problem)
            # d_L__d_o, gradienten_för_denna_vikt, Julia's nn.∇w: a code name the notation gives, as its pattern reads it
            text = notation.with_code_names_spelled(text) if notation is not None else text
            text = prose_glued_apart(text, notation_names(notation)[0])  # 改成self.delta = ...: the prose apart
            text = arrow_remarks_apart(text)  # x = ... <-- since y = ...: the remark's sentence a line of prose
            # MATLAB's code commented out, "%   del11 = q11*(1 - q11);", a comment's words before "δ = ...": the claim
            text = commented_claims(text, notation)  # where the notation names its left side; "h1: e = ...", too
            text = loop_headers_read(text, notation, problem)  # for (j = 0; j < N; j++) w[j] += ...: j its index
            text = pointers_read(text, notation)  # C's *output, *(a + i) and p->w[c]: what the pointer points at
            # Rust's d = o.iter().zip(t).map(|(&o, &t)| o - t).collect() with "o" = "a2[k]": d = o - t in its names
            text = rust_chain_read(text, notation.gives_name) if notation is not None else text
            # delta2 = E * σ'(A2)  (σ'(a)=a*(1-a) si a = σ(z)): the page's own derivative, judged, then used
            right = lambda claim, bound: _right(problem, claim, bound, points, seed, seconds)  # noqa: E731
            text = remark_definition_read(text, notation, right)
            text = premise_read(text, notation, right)  # ... = DY * dy/dx (as, y=f(x)): the step's reason, judged
            # def dsigmoid(y): return y * (1 - y), then d3 = E * dsigmoid(Y): the definition above places the word
            text, notation = definition_above_read(text, notation, right)
            # a setter or a method called with the formula, node.setDelta( ... ), Gonum's r.Sub(a, b): the assignment it
            # makes; a declared operation as a method on a call's value, f(u).hadamard(v): hadamard(f(u), v)
            text = method_statements(text, notation)
            # a returned object literal's property, gw11: gz1 * x1, (JavaScript's): the assignment gw11 = gz1 * x1
            text = object_properties(text, notation.gives_name) if notation is not None else text
            # def update(w, delta, x): return w - eta * delta * x, read as the assignment w = w - eta * delta * x
            text, notation, definition = definition_reading(text, notation, lambda name, value: _Homework(
                problem, notation, param, when, update, points, seed, sample).step_reading(name, value))
            # a fresh judge per reading (a run keeps what it learned of the claims): a derivative's word (dsigmoid(u),
            # or its definition) at u as the input and the output, and dz(x) at the sample and as a product
            result = with_frame_room(judged_in_every_reading, formula_readings(notation), text, lambda each: (
                judged_as_definition(each, definition, lambda reading: judged_at_sample_and_as_product(
                    each, lambda calls: _Homework(problem, notation, param, when, update, points, seed, sample,
                                                  reading, calls).run(each)))))
    except RecursionError:
        raise FormulaError(f"formula {' '.join(text.split())[:60]!r}: is nested too deeply to read; write it with"
                           " fewer parentheses") from None
    except TimeLimitExceeded:
        raise FormulaError(f"formula {' '.join(text.split())[:60]!r}: took longer than {seconds * 3:g} s of"
                           " CPU time to judge, so it was stopped; check one equation at a time") from None
    except (UserError, MemoryError) as error:  # a refusal of Lua's a:cmul(b) quotes it as written
        raise torch7_refusal_as_written(written, error) if isinstance(error, FormulaError) else error
    except Exception as error:  # a defect of the reader: refused in one line, as every formula it cannot read
        raise ReaderDefect(f"formula {_short(text)}: check failed reading it ({type(error).__name__}:"
                           f" {' '.join(str(error).split())[:120]}); please report it with the formula's text") from error
    if not result.claims and (mark := latex_comment_marker(text)) is not None:
        raise FormulaError(f"formula {_short(text)}: is only a comment (after {mark}) holding LaTeX that is no formula"
                           " check reads" + (", TeX's comment, which TeX never typesets" if mark == "%" else
                                             ": words around it, prose or a remark") + "; a comment holding the formula"
                           " alone is read (\"# dE/dw = (o - t) * x\", \"-- w \\rightarrow w - \\eta g\"): write it"
                           " so, or without the comment's mark")
    if not result.claims:  # (all of no claims would be "correct")
        raise FormulaError(f"formula {_short(text)}: holds nothing to judge once its spacing and"
                           " layout (\\, \\quad, \\left.) and its prose (words in \\text, remarks) are set aside;"
                           " write the derivative or the update, e.g. \\frac{\\partial L}{\\partial w} = ...")
    return result


def _right(problem, claim: str, notation, points: int, seed: int, seconds: float) -> bool | None:
    """Whether ``claim`` (a definition's) is right under ``notation``; None where check cannot read it."""
    try:
        return check_homework(problem, claim, notation=notation, points=points, seed=seed,
                              seconds=seconds).verdict == "correct"
    except FormulaError:
        return None


class _Homework(ParameterChoice, CaseHandling, UnsummedMembers, DataCases, NumberJudging, NumberMeanings, FactorValues,
                FamilyJudging, LeftSideTruth):
    def __init__(self, problem, notation, param, when, update, points, seed, sample=None, argument_reading=None,
                 sample_calls=None):
        self.problem, self.sample = problem, sample
        self.argument_reading = argument_reading or ArgumentReading()
        self.sample_calls = sample_calls or SampleCallReading()
        self.symbols = NetworkSymbols(problem)
        self.notation = load_notation(notation, problem) or Notation()
        self.calculus = NetworkCalculus(self.symbols)
        self.param, self.when, self.update = param, when, update
        self.label_alias = None  # the letter a claim's \theta_{i \neq k} makes the label (subscript_case)
        self.points, self.seed = points, seed
        self.parameter_families: dict = {}   # {ranged Parameter: its Family}, for a rule for "the parameter"

    def context(self, parameter: Parameter | None = None) -> Context:
        return Context(self.symbols, self.notation, self.calculus, parameter, self.symbols.K,
                       argument_reading=self.argument_reading, sample_calls=self.sample_calls)

    # -- claims -----------------------------------------------------------------------------------------

    def _run(self, text: str, parameters: list) -> HomeworkResult:
        results = []
        for fixed, parameter in parameters:
            context = self.context(parameter)
            claims = read_claims(implied_left(text, context, parameter, self.update, self.param if fixed else None),
                                 context, fixed)
            updated = None  # the left side of the update the rows before worked out (w = 1.0 - 0.1(-0.2) \\ w = 1.02)
            for place, claim in enumerate(claims):
                if claim.kind == "maybe-update" and updated == claim.left.text.replace(" ", ""):
                    claim.kind = "update"  # a row repeating its left side after the step: the step's new value
                result = self.claim(claim, context, parameter)
                if claim.remark and result.steps:  # said where the member it follows is reported
                    last = result.steps[-1]
                    last.detail = "; ".join(part for part in (last.detail, f"the closing {claim.remark!r} is a"
                                                              " remark check does not judge") if part)
                updated = claim.left.text.replace(" ", "") if result.kind == "update" else None
                if not result.steps:  # a claim comes back judged or refused, never with nothing said
                    raise FormulaError(f"formula {_short(claim.text)}: has nothing to judge after its left side;"
                                       " write an equation (A = B), an update (w := ...) or a value (h = 0.5)")
                results.append((place, result))
        return HomeworkResult(merge_family(results), self.notation.source)

    def claim(self, claim: Claim, context: Context, parameter: Parameter | None) -> ClaimResult:
        if claim.family is None and parameter is not None and parameter in self.parameter_families:
            claim.family = self.parameter_families[parameter]  # a rule for "the parameter", a layer at once
        if claim.family is not None:  # too many index values to list: read once (families.py)
            if claim.case is not None or claim.data_case is not None:
                raise FormulaError(f"formula {_short(claim.text)}: a case of a rule with too many index values"
                                   " to list; name one with --param")
            return self.family_claim(claim, parameter)
        steps: dict[int, Step] = {}
        kinds, names = set(), []
        self.label_alias = self.subscript_case(claim)  # \theta_{i \neq k}, k the label
        assignments = [env for env in claim.assignments if self.index_case(env) and in_case(claim.case, env)]
        refusal, past_network = None, []
        through = bool(claim.letters) and self.notation.numbers_units_through()
        if layer_letters(self.notation) & set(claim.letters) or through:  # a rule over layers, or over units numbered
            # through the network: where its members name layers (units)
            assignments, refusal, past_network = self.layers_named(claim, assignments, context, parameter)
        if not assignments:
            if not self.when:  # the case written after the formula: f_{ij} = ..., i = j with only one i
                raise FormulaError(f"formula {_short(claim.text)}: no index value of its left side is in the case"
                                   f" {' '.join(claim.case)} written after it")
            raise UnusableCase(f"--when {self.when!r}: no index value of the formula's left side is in that case",
                               case=self.when)
        claim.assignments = assignments
        verdicts: list = []  # (values, units' layers, member, verdict) where the units are numbered through the network
        for env in claim.assignments:
            own, kind, claimed_parameter, truth, unit = self.at_values(claim, env, parameter)
            kinds.add(kind)
            if claimed_parameter is not None:
                names.append(claimed_parameter.name)
            elif own.left_parameters and all(own.left_parameters):  # a whole matrix: its first and last entries'
                names += [parameter.name for parameter in own.left_parameters]
            for position, member in enumerate(claim.members):
                if position in steps and steps[position].verdict == "wrong" and not through:
                    continue
                step = self.member(claim, member, env, own, kind, claimed_parameter, truth, unit)
                if step.verdict == "correct":
                    own.correct_members.add(position)
                if position not in steps or step.verdict == "wrong" and steps[position].verdict != "wrong":
                    steps[position] = step
                if through:
                    verdicts.append((env, unit_layers(own), position, step.verdict))
        if verdicts:
            one_layer_rule(claim, verdicts)
        if refusal is not None and all(step.verdict == "correct" for step in steps.values()):
            raise refusal  # right where it reads, refused at a layer that exists: not correct for every layer
        if past_network:  # said where it is reported: the values the rule runs off the network at
            last = steps[max(steps)]
            last.detail = "; ".join(part for part in (last.detail, *dict.fromkeys(past_network)) if part)
        kind = "update" if "update" in kinds else ("gradient" if "gradient" in kinds else "value")
        shown = names[0] if len(set(names)) == 1 else (family_name(names) if names else "")
        return ClaimResult(claim.text, kind, shown, [steps[p] for p in sorted(steps)], len(claim.assignments))

    def read(self, node, env: dict, context: Context, where_text: str):
        """A node's value at the index values ``env``; the label letter read once per class."""
        where, label = f"formula {_short(where_text)}", self.notation.label
        try:
            return read_rows(lambda: Reader(context, TrackingEnv(env), where).value(node), context)
        except Unbound as unbound:
            alias, first = self.label_alias or (None, 0)
            if unbound.letter in (label, alias) and self.symbols.one_hot and unbound.letter not in env:
                total = None
                for c in range(self.symbols.units(self.symbols.depth)):
                    value = self.read(node, {**env, unbound.letter: c + (first if unbound.letter == alias else 0)},
                                      context, where_text)
                    term = value * self.symbols.target[c] if not isinstance(value, sp.MatrixBase) else \
                        value.applyfunc(lambda entry: entry * self.symbols.target[c])
                    total = term if total is None else total + term
                return total
            letter = unbound.letter
            used = free_use(node, letter)
            written = f" ({used} uses it outside a sum over {letter})" if used else ""
            if not used and (applied := letter_applied(node, letter)):
                written = f" ({summed_hint(applied, letter)})"  # the RNeFL page's E(j)(...) for its sum over j
            # code's x[j] -= ... * inputs[k] inside a loop over k: the statement steps its left side once per k, a
            # sum the left side does not index (or a slip of the left side's index): which one, the notation cannot tell
            stepped = (f"; in code's loop over {letter}, a statement with += or -= steps its left side once for each"
                       f" {letter}: write the entry each {letter} steps (its index {letter} on the left side) or the"
                       f" sum over {letter} of the steps") if _STEPPING.search(where_text) else ""
            raise UnsummedIndex(f"{where}: the index {letter} has no value{written}; name it on the left side, with"
                                f" --param (e.g. W2[{letter},i]), or in a sum{stepped}", letter, used) from None

    # -- one member ----------------------------------------------------------------------------------------

    def member(self, claim: Claim, member, env: dict, context: Context, kind: str,
               parameter: Parameter | None, truth, unit: int | None = None) -> Step:
        given = self.notation.numbered_letters()  # the loop's pass the notation fixes ("j" = "0"): not the step's
        where = _where(env, tuple(letter for letter in env if letter != "L" and letter not in given), claim.member_letters)
        fixed = self.data_values(claim, env, context)
        if self.numbers_only(member, context) and not self.constant_member(claim, member, truth):
            if fixed:
                self.file_data_in_case(claim, fixed)
            return self.numeric_member(claim, member, env, context, kind, parameter, truth, where)
        context.sample_sums, context.letterless_sums, context.notes = False, False, []
        try:
            formula = read_shaped(lambda: self.read(member.node, env, context, claim.text), truth, context)
        except UnsummedIndex as refusal:  # z_k = o_j w_{jk}: wrong at every value of j, or refused
            return self.unsummed_member(claim, member, env, context, kind, parameter, truth, unit, refusal)
        formula = _new_values(formula, self.calculus)
        truth = self.samples_total(truth, kind) if context.sample_sums else truth
        truth = self.matching_part(truth, formula, member, env, context, claim, unit)
        at_rate, rate_note, truth = self.written_rate(member, formula, truth)  # w2 -= 0.5 * d_E_w2 at the file's 0.5
        context.notes = context.notes + [rate_note] if rate_note else context.notes
        self.held_layout(member, env, context, truth)  # one layout per file where the notation declares none
        if (turned := self.new_axis_turned(member, env, context, truth)) is not None:  # db.unsqueeze(0) for a column
            return Step(member.text, "wrong", turned, None, where)
        if isinstance(formula, sp.MatrixBase) and isinstance(truth, sp.MatrixBase) \
                and (kind == "gradient" or self.names_gradient(claim.left.node)
                     or isinstance(claim.left.node, Deriv) and 1 in formula.shape) \
                and formula.shape == truth.shape[::-1] != truth.shape and (1 in truth.shape or not isinstance(
                    claim.left.node, Sym) or self.turned_by_rows(member, env, context, formula)):
            # x^T (\hat{y} - y): the gradient as a row, the left side's transpose (a gradient, a name given grad(...));
            # a derivative by a vector or matrix, dz/dW = a, is a row or a column as the page's layout has it. A whole
            # matrix's name keeps its layout (hid * dout' is no "grad(W2[:, :])") unless turned_by_rows says otherwise
            formula = formula.T
        elif isinstance(formula, sp.MatrixBase) and isinstance(truth, sp.MatrixBase) and 1 in truth.shape \
                and formula.shape == truth.shape[::-1] != truth.shape and not (kind == "update" and isinstance(
                    claim.left.node, Sym) and self.notation.names_matrix(claim.left.node)):
            # a vector in the other orientation (a row for the left side's column): its entries correspond one to
            # one, so each is judged against the left side's; a matrix's transpose (W for W^T) stays as written,
            # a new matrix of one column too (a name the notation gives a whole matrix, "n_w1" = "new(W1[:, :])")
            formula = formula.T
            context.notes = context.notes + [f"read entry by entry: a {'row' if truth.cols == 1 else 'column'} of"
                                              f" {len(truth)} entries where the left side is a"
                                              f" {'column' if truth.cols == 1 else 'row'}"]
        # a number for a vector or matrix, outside a rule over layers (where a number at a layer of several units
        # may be another layer's, the output's delta under \delta^{[l]}: refused by _components)
        entry_number = isinstance(truth, sp.MatrixBase) and not isinstance(formula, sp.MatrixBase) \
            and not layer_letters(self.notation) & set(claim.letters)
        if definite_shape_mismatch(formula, truth, member.text, context) is not None \
                and (rows := self.left_read_as_rows(claim, member, env, context, kind, formula)) is not None:
            truth = rows  # an equation written backwards, its name on the right, as it reads written forwards
        if impossible_for_left_side(formula, truth, context):
            raise ReadingImpossible(f"{member.text!r}: a vector's square read so does not fit the left side's shape")
        if entry_number and (sums_over_an_index(member.node) or isinstance(formula, sp.Number)):
            # a total over an index (\frac{2}{N} \sum_i (\hat{y}_i - y_i)) or a constant (0): the claim that every
            # entry is that number, true exactly where each entry equals it (a number meant for one entry equals
            # that entry then too)
            formula = sp.ImmutableMatrix(truth.rows, truth.cols, [formula] * len(truth))
            context.notes = context.notes + ["a number read as the value of every entry of the left side"]
        # other numbers may be one entry's value with its index left out (\sigma(z)(1 - \sigma(z)) for
        # d\hat{y}/dw): number_for_entries judges both readings. A bare \sum u or sum(u) adds an axis of the
        # writer's choosing, perhaps to a vector: refused by _components
        entry_number = entry_number and not isinstance(formula, sp.MatrixBase) and not has_bare_sum(member.node)
        if (mismatch := definite_shape_mismatch(formula, truth, member.text, context)) is not None:
            return Step(member.text, "wrong", mismatch, None, where)
        pairs = [(formula, entry) for entry in truth] if entry_number else _components(formula, truth, member.text)
        fixed, at_data = self.written_data(member, formula, fixed)  # (5 - 2w)^2 at the file's x = 2, y = 5
        context.notes = context.notes + [at_data] if at_data else context.notes
        classes = self.classes(env, self.case_unit(claim, env, context, unit))
        classes = self.pinned_class(claim) if classes is None else classes
        def verdict_of(formula_entry, truth_entry, at=None):
            expanded = self.calculus.expand_deltas(formula_entry)
            flipped = self.calculus.expand_deltas(negate_deltas(formula_entry, self.symbols)) \
                if expanded is not formula_entry and expanded != formula_entry else None
            alternatives = {DELTA_SIGN_HINT: flipped} if flipped is not None else {}
            gradient = self.calculus.loss_derivative(parameter.symbol) if parameter is not None and kind != "value" \
                else None
            return judge(self.symbols, parameter if kind != "value" else None, expanded,
                         self.calculus.expand_deltas(truth_entry), gradient, kind == "update", self.points,
                         self.seed, classes, alternatives, (*(fixed if at is None else at), *at_rate))
        if entry_number and (step := number_for_entries(member, formula, truth, pairs, verdict_of, where)):
            return step
        for index, (formula_entry, truth_entry) in enumerate(pairs):
            result = verdict_of(formula_entry, truth_entry)
            if result.verdict == "wrong" and len(pairs) == 1:
                if worked := self.worked_member(claim, member, env, context, kind, truth_entry, where):
                    return worked
                if note := self.right_as_given(member, formula_entry, truth_entry, fixed, verdict_of):
                    right = rate_note_of(rate_note, "correct")
                    given = "; ".join(part for part in (right, note) if part)
                    notes = [right if part == rate_note else part for part in context.notes]
                    return Step(member.text, "correct", "; ".join((*notes, note)), None, where, given)
                if valued := self.valued_factors(claim, member, env, context, where, verdict_of):
                    return valued  # 1 \times e \times 1 \times u: its 1s the slopes before it at the file's numbers
            if result.verdict == "wrong":
                self.unsummed_count(claim, member, context)
                self.unnamed_count(claim, member, context, pairs, verdict_of)
                at = "; ".join(part for part in (where, f"entry {_entry(index, formula)}" if len(pairs) > 1 else "") if part)
                hint = "; ".join(part for part in (*context.notes, result.hint or "") if part)
                return Step(member.text, "wrong", hint, result, at)
        right = rate_note_of(rate_note, "correct")  # "right at this problem's rate 1 only" where it left the rate out
        return Step(member.text, "correct", "; ".join(right if part == rate_note else part for part in context.notes),
                    None, where, right)
