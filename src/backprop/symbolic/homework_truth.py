"""What a claim's left side claims (a part of homework._Homework, as homework_cases.py and homework_numbers.py are):
its value at one set of index values and, from it, the kind of claim (an update's new value, a gradient, a value),
the parameter it is about and the true value its members are judged against; an update told from a value by the
parameter on its right side (w = w - \\eta g) or a numeric step, and a name the notation gives a gradient (grad(...))
told from the other names.
"""

from __future__ import annotations

import re

import sympy as sp

from .claims import Claim
from .homework_base import reassigned_in_place
from .quantities import FormulaError, NewValue, NoSuchLayer, Parameter, short as _short
from .reading import Reader
from .reading_base import Context
from .reading_derivatives import primed_argument
from .reading_new_axes import new_axis_layout
from .reading_shapes import left_side_as_rows
from .syntax_tree import Deriv, Sym


# what a reading of a member leaves on its context, kept across held_layout's two readings of it
_READ_STATE = ("notes", "sample_sums", "letterless_sums", "axis_summed", "orientation_sums")


class LeftSideTruth:
    """_Homework methods for a claim's left side: its value, its kind and its true value at index values."""

    file_layout: tuple | None = None  # ("rows" or "columns", the member that showed it): held_layout's

    def at_values(self, claim: Claim, env: dict, parameter: Parameter | None, readings: dict | None = None) -> tuple:
        """(context, kind, the claimed parameter or None, true value, unit) of the claim at the index
        values ``env``; ``readings``: the symbols' readings to share with other readings of the claim."""
        own = self.context(parameter)
        if readings is not None:
            own.readings = readings
        own.count_names = set(claim.count_names)
        own.left_letters = frozenset(claim.letters)
        own.loss_on_left = claim.kind != "gradient" and Reader(own, {}, "")._is_loss(claim.left.node)
        own.primed_by, own.left_node = primed_argument(claim.left.node), claim.left.node
        own.reading_left = True
        left = self.read(claim.left.node, env, own, claim.text)
        own.reading_left = False
        _new_value_alone(claim, left)
        own.left_shape = left.shape if isinstance(left, sp.MatrixBase) else ()
        kind, claimed_parameter, truth = self.truth(claim, left, env, own)
        own.parameter = claimed_parameter or parameter
        return own, kind, claimed_parameter, truth, self.left_unit(claim, left, env, own)

    def left_read_as_rows(self, claim: Claim, member, env: dict, context: Context, kind: str, formula):
        """The true value of a value claim written backwards, a product on the left and a name on the right
        (``(dz[2]) w[2] * g'(z[1]) = dz[1]``), read with the vectors as rows where only that reading has the name's
        shape (``formula``, the member's value): the claim the same equation makes written forwards, where the member
        is read so (read_shaped); None where the claim is no such one or that reading does not fit either."""
        if kind != "value" or not isinstance(member.node, (Sym, Deriv)) or isinstance(claim.left.node, (Sym, Deriv)):
            return None
        def read_left():
            context.reading_left = True
            try:
                return self.read(claim.left.node, env, context, claim.text)
            finally:
                context.reading_left = False
        return left_side_as_rows(read_left, formula, context)

    def turned_by_rows(self, member, env: dict, context: Context, formula) -> bool:
        """Whether a whole matrix read in the left side's transposed shape (``formula``) is the code's rows' product
        turned: the notation's weights input-first and its vectors named as columns (code whose samples are rows,
        batch 57's ``np.transpose(X2) * dJ_dZ2``), and the member read with its vectors as rows is ``formula``'s
        transpose. ``delta1 @ x.T`` or ``np.outer(delta1, x)`` is no such product (its rows do not fit, or make the
        same matrix): the other orientation, which keeps its layout."""
        if not self.notation.rows_held_as_columns or context.row_vectors or context.axis_summed:
            return False
        context.row_vectors = True
        try:
            rows = self.read(member.node, env, context, member.text)
        except FormulaError:
            return False
        finally:
            context.row_vectors = False
        return isinstance(rows, sp.MatrixBase) and rows.shape == formula.shape[::-1] \
            and all(sp.expand(a - b) == 0 for a, b in zip(rows, formula.T))

    def held_layout(self, member, env: dict, context: Context, truth) -> None:
        """One layout for the file where the notation declares none (its weights input-first, no vector named a
        row): a member whose products fit its left side with the vectors as rows only (``np.transpose(X2) * dJ_dZ2``,
        ``np.dot(X, W1)``) or as columns only (``X2 * dJ_dZ2.T``, ``np.dot(W1.T, X)``) says the page's layout, and a
        later member of the same file that fits the other one only is refused: each is right under one layout, and
        reading both would call one of them correct for a page it is wrong for (PyTorch's broadcasting makes the
        other a transposed matrix, or refuses it)."""
        if not self.notation.rows_held_as_columns or not isinstance(truth, sp.MatrixBase) or len(truth) < 2 \
                or truth.rows == truth.cols:
            return
        fits, kept = [], {name: _copied(getattr(context, name)) for name in _READ_STATE}
        for rows in (False, True):
            context.row_vectors = rows
            try:
                value = self.read(member.node, env, context, member.text)
            except FormulaError:
                value = None
            finally:  # the member's own reading's notes and flags stay as they were
                context.row_vectors = False
                for name, held in kept.items():
                    setattr(context, name, _copied(held))
            fits.append(isinstance(value, sp.MatrixBase) and (value.shape == truth.shape or 1 in truth.shape
                                                              and value.shape == truth.shape[::-1]))
        if fits[0] == fits[1]:
            return
        layout = "rows" if fits[1] else "columns"
        if self.file_layout is not None and self.file_layout[0] != layout:
            raise FormulaError(f"{member.text!r} fits its left side with the vectors as {layout} only, where"
                               f" {self.file_layout[1]!r} before it fits with them as {self.file_layout[0]} only:"
                               " one of the two is wrong for the page, and the notation does not say which layout it"
                               " has; name its vectors as rows (\"u\" = \"a1[:].T\") or its weights output-first"
                               " (\"W\" = \"W1[:, :]\", vectors as columns)")
        self.file_layout = self.file_layout or (layout, member.text)

    def new_axis_turned(self, member, env: dict, context: Context, truth) -> str | None:
        """The detail of a "wrong" verdict where a member's vector is laid out by the new axis written in it
        (``db.unsqueeze(0)``, ``b - lr * db[None, :]``) as the transpose of its left side's (a row for the bias
        column): NumPy's 2-D row is no 1-D array to read entry by entry, and b - lr * db broadcasts to a matrix (or
        stops, in place). Only where the notation declares the layout (a vector named a row, "u" = "a1[:].T", or whole
        weights output-first, z = W a + b, whose vectors are columns); refused where it declares neither, the row being
        right for a page of rows (a column left side beside vectors named rows too). None where no new axis lays the
        member out, or it has the left side's orientation."""
        written = new_axis_layout(member.node)
        if written is None or not isinstance(truth, sp.MatrixBase) or 1 not in truth.shape or len(truth) < 2 \
                or (truth.rows == 1) == (written == "row"):
            return None
        left = f"{truth.rows} x {truth.cols} {'row' if truth.rows == 1 else 'column'}"
        patterns = [pattern.meaning for pattern in self.notation.patterns]
        rows = any(re.search(r"\[\s*:\s*\]\)?\.T\s*$", meaning) for meaning in patterns)
        columns = any(re.fullmatch(r"\s*(grad\()?W\d+\[\s*:\s*,\s*:\s*\]\)?\s*", meaning) for meaning in patterns)
        if not (rows if truth.rows == 1 else columns and not rows):  # a column beside rows named: a row's slip?
            raise FormulaError(f"{member.text!r}: its new axis makes a {written} where the left side is the {left} the"
                               " notation names without declaring the layout; name a vector as a row (\"u\" ="
                               " \"a1[:].T\") or the whole weights (\"W\" = \"W1[:, :]\", vectors as columns) in the"
                               " notation, or write the vector without the new axis")
        return (f"{member.text!r}: its new axis makes a {written} where the left side is the {left} the notation lays"
                f" out (NumPy would broadcast the two into a {len(truth)} x {len(truth)} matrix); write"
                f" {'unsqueeze(1), [:, None]' if written == 'row' else 'unsqueeze(0), [None, :]'} or no new axis")

    def names_gradient(self, node) -> bool:
        """Whether ``node`` is a name the notation gives a gradient, grad(...) (``"grad_{w}" = "grad(W1[0, :])"``; code's
        dW2 read whole beside "dW2_{ij}", as the reader reads it: "dW2", dW_{2})."""
        return self.notation.names_gradient(node)

    def truth(self, claim: Claim, left, env: dict, context: Context):
        """(kind, parameter or None, true value) of the claim's left side at ``env``."""
        if claim.kind == "gradient":
            wrt = getattr(claim.left.node, "wrt", None)
            if wrt is None:
                atom = context.parameter.symbol if context.parameter is not None else None
            else:
                atom = self.read(wrt, env, context, claim.text)
            parameter = self.calculus.parameter_of(atom) if isinstance(atom, sp.Expr) else None
            if isinstance(atom, sp.MatrixBase):
                context.left_parameters = (self.calculus.parameter_of(atom[0]), self.calculus.parameter_of(atom[-1]))
            return "gradient", parameter, left
        target = left.args[0] if isinstance(left, NewValue) else left
        if isinstance(target, sp.MatrixBase):
            target = target.applyfunc(lambda entry: entry.args[0] if isinstance(entry, NewValue) else entry)
        atoms = [target] if not isinstance(target, sp.MatrixBase) else list(target)
        parameters = [self.calculus.parameter_of(atom) for atom in atoms]
        scales = [self.calculus.scaled_parameter(atom) for atom in atoms]
        if not all(parameters) and claim.kind in ("update", "maybe-update") and all(scales):
            # a name the notation gives a parameter's multiple, thresholds "prob.o_t" = "-b2[:]": its update is the
            # parameter's (prob.o_t = prob.o_t - lr * o_grid, the biases' step written for their negatives), the
            # new value the same multiple of the parameter's after the step
            bare = [atom / scale for atom, scale in zip(atoms, scales)]
            if claim.kind == "update" or self._parameter_on_right(claim, env, context, bare):
                steps = [scale * self.calculus.stepped(atom) for atom, scale in zip(bare, scales)]
                return "update", None, sp.ImmutableMatrix(target.rows, target.cols, steps) \
                    if isinstance(target, sp.MatrixBase) else steps[0]
        if claim.kind in ("update", "maybe-update") and all(parameters):
            context.updated = target  # W = W - \eta \nabla L: the gradient by W
        # a left side the notation gives a new value (new(W2[m, k])) is the parameter after the step, whatever its
        # right side: weights_old[j] = weights[j] (the step left out) is no other name of the parameter
        new_left = isinstance(left, NewValue) or isinstance(left, sp.MatrixBase) and any(
            isinstance(entry, NewValue) for entry in left)
        is_update = claim.kind == "update" or new_left or (claim.kind == "maybe-update" and all(parameters) and (
            self._parameter_on_right(claim, env, context, atoms) or self.numeric_step(claim, context, target))
            and not self._other_name_for_parameter(claim, env, context, target))
        if is_update and all(parameters):
            if isinstance(target, sp.MatrixBase):
                context.left_parameters = (parameters[0], parameters[-1])
                return "update", None, target.applyfunc(self.calculus.stepped)
            return "update", parameters[0], self.calculus.stepped(target)
        if claim.left.text.strip().endswith("*") and len(claim.members) == 1:
            # code's x *= y (syntax: x := x * y) on no parameter: the x it multiplies is x before the statement, which
            # the notation's one meaning of x (its value after) does not give (batch 176's grad *= ...; a name the
            # notation gives a gradient is no exception here, as it is for a running total's +=)
            self.read(claim.members[0].node, env, context, claim.text)  # a member unreadable says why first
            name = claim.left.text.strip()[:-1].strip()
            raise FormulaError(f"formula {_short(claim.text)}: {name} *= ... changes {name} in place, so the {name} it"
                               " multiplies is its value before the statement, which the notation does not name (its"
                               f" {name} is one value); write the new value under a name of its own, {name}_new ="
                               f" {name} * (...), or in terms of other names")
        if claim.kind != "gradient" and len(claim.members) == 1 and not all(parameters) and not all(scales) \
                and reassigned_in_place(claim) and (not self.names_gradient(claim.left.node)  # gc = gc + e: its own
                                                    or claim.left.text.strip().endswith("+")):
            # a += on a gradient that accumulation left as written (by a quantity of each sample, its term with no
            # index letter to sum over) is one term of a running total too, refused as any other name's
            # h_grid = h_grid .* df(h), one statement: the right side's h_grid is the value before it, which the
            # notation's one meaning of the name (the value after) does not give (a chain's H = f(S) = H restates)
            self.read(claim.members[0].node, env, context, claim.text)  # a member unreadable says why first
            name = claim.left.text.strip().rstrip("+-").strip()  # res of res += term
            raise FormulaError(f"formula {_short(claim.text)}: reassigns {name} in place, so its {name} on the right"
                               " is the value before the statement, which the notation does not name; write the new"
                               " value in terms of other names (h = e .* f'(z), not h = h .* f'(z))"
                               + ("; a += adds one term of a running total over a loop, and no name of this term writes"
                                  " an index letter of the notation to sum over: write the whole sum, e.g. h_j ="
                                  " \\sum_k \\delta_k w_{kj}"  # toynet's loop over the outputs, hidden in an alias
                                  if claim.left.text.strip().endswith("+") else ""))
        return "value", None, target

    def _other_name_for_parameter(self, claim: Claim, env, context, target) -> bool:
        """Whether the claim names the parameter ``target`` (its left side's value) by another name, with no step:
        one member whose value is the parameter itself, under a name other than the left side's (code's g_u2h1 = w2,
        d_t_d_inputs = self.weights: a derivative whose value is a weight matrix, dz/da = W). Such a claim says what
        the left side's name is worth, a value; an update with no step would leave the parameter as it is, and a
        left side written as the right one (w = w) stays an update, judged so."""
        if not isinstance(claim.left.node, Sym) or len(claim.members) != 1:
            return False
        member = claim.members[0]
        if not isinstance(member.node, Sym) or re.sub(r"\s", "", member.text) == re.sub(r"\s", "", claim.left.text):
            return False
        try:
            value = self.read(member.node, env, context, claim.text)
        except FormulaError:
            return False
        if isinstance(value, sp.MatrixBase) != isinstance(target, sp.MatrixBase):
            return False
        return value == target

    def _parameter_on_right(self, claim: Claim, env, context, atoms) -> bool:
        for member in claim.members:
            try:
                value = self.read(member.node, env, context, claim.text)
            except FormulaError:
                continue
            entries = list(value) if isinstance(value, sp.MatrixBase) else [value]
            if any(entry.has(atom) for entry in entries for atom in atoms if isinstance(entry, sp.Basic)):
                return True
        return False



def unit_layers(context: Context) -> tuple:
    """((letter, layer), ...) of the units a claim's letters name at one set of their values, where the notation numbers
    its units through the network (reading_listed: O_j at j = 3 a hidden unit, layer 1)."""
    return tuple(sorted((key[1], found[0][0]) for key, found in context.listings.items()
                        if isinstance(key, tuple) and key[0] == "unit"))


def one_layer_rule(claim: Claim, verdicts: list) -> None:
    """Refused: a rule over units numbered through the network whose member is right at every unit of some layers
    and wrong at every unit of others (o_i(1 - o_i)(o_i - y) for dE/dz_i, the output's rule, where i runs over the
    hidden units too). Such a rule is a layer's, the layer said in its page's words, which no formula holds: judged
    at every unit it would be called wrong for a rule the page states right, so it is refused, saying to write it at
    a unit by its number or to name one with --param. ``verdicts``: (the letters' values, the units' layers, the
    member's position, its verdict) at each set of the letters' values; a member right and wrong at units of one
    layer is wrong, as ever."""
    for position in sorted({found[2] for found in verdicts}):
        right = [(env, layers) for env, layers, where, verdict in verdicts if where == position and verdict == "correct"]
        wrong = [(env, layers) for env, layers, where, verdict in verdicts if where == position and verdict == "wrong"]
        if not right or not wrong or {layers for _, layers in right} & {layers for _, layers in wrong} \
                or not all(layers for _, layers in right + wrong):
            continue
        layers = sorted({layer for _, found in right for _, layer in found})
        raise FormulaError(f"formula {_short(claim.text)}: a rule over units numbered through the network, right at"
                           f" {_values_shown(right)} (layer {', '.join(map(str, layers))}) and wrong at"
                           f" {_values_shown(wrong)}: a page states such a rule for one layer in its words, which check"
                           " cannot read; write it at a unit by its number, or name one with --param")


def _past_network(refusal: FormulaError, depth: int) -> int | None:
    """1 where a refusal of quantities.names_no_layer names a layer past the output (``depth``), -1 where it names
    layer 0 or lower (NoSuchLayer's layer, or its ``past`` for a name the notation lists by layer; the digits of an
    unknown W5), None where it says neither."""
    if isinstance(refusal, NoSuchLayer) and refusal.past is not None:
        return refusal.past
    digits = re.search(r"\d+$", getattr(refusal, "name", "") or "")
    layer = refusal.layer if isinstance(refusal, NoSuchLayer) else int(digits.group(0)) if digits else None
    return None if layer is None else 1 if layer > depth else -1 if layer <= 0 else None


def layers_past_network(claim: Claim, past: list, kept: list, letters: set, depth: int) -> tuple[list, object]:
    """(the notes, the refusal or None) of the values of a rule over layers at which a member names a layer the
    network does not have (``past``: (values, refusal) each; ``kept``: the values at which every member reads;
    ``letters``: the notation's layer letters; ``depth``: the output layer's number). Such a value is left out, with
    a note, where the rule runs off the network there: its layer letter past every value kept and the layer named
    past the output (``\\delta^{(l+1)}`` at the output layer), or before every value kept and the layer named
    0 or lower (``a^{(l-1)}`` at l = 1 where the notation names no a^{(0)}). Anywhere else the rule's left side names
    a quantity a member does not reach (``a^{(1-l)}`` at l = 2, a layer -1 above the values kept): judged at l = 1
    alone it would be called correct for a rule that does not hold at l = 2, so that value's refusal is returned."""
    notes, refusal = [], None
    for values, error in past:
        side, written = _past_network(error, depth), [letter for letter in values if letter in letters]
        above = [letter for letter in written if all(values[letter] > other[letter] for other in kept)]
        below = [letter for letter in written if all(values[letter] < other[letter] for other in kept)]
        shown = ", ".join(f"{letter} = {values[letter]}" for letter in written) or _values_shown([(values, ())])
        if side == 1 and above and not below or side == -1 and below and not above:
            notes.append(f"not judged at {shown}: a member names a layer there beyond those the network (or the"
                         f" notation) gives it, {'past the output' if side == 1 else 'before the first'} (the rule"
                         " runs off the network's end)")
            continue
        reason = str(error).removeprefix(f"formula {_short(claim.text)}: ")
        refusal = refusal or FormulaError(
            f"formula {_short(claim.text)}: at {shown} its left side names a quantity of the network and a member"
            f" names none ({reason}); a rule over layers holds at every layer its left side names, and this one is"
            f" not judged at the others alone: write it at the layers its members name, by their numbers")
    return notes, refusal


def _values_shown(found: list) -> str:
    """The letters' values of each (values, layers) in ``found``: "i = 1; i = 2"."""
    return "; ".join(", ".join(f"{letter} = {value}" for letter, value in env.items()) for env, _ in found)


def _new_value_alone(claim: Claim, left) -> None:
    """FormulaError where the left side holds a parameter's new value (a name the notation gives new(...)) inside an
    expression, a product or a sum of it: an update's left side is the new value alone (each entry's, for a
    matrix), which no expression of it judges."""
    entries = list(left) if isinstance(left, sp.MatrixBase) else [left]
    if any(isinstance(entry, sp.Basic) and entry.has(NewValue) and not isinstance(entry, NewValue)
           for entry in entries):
        raise FormulaError(f"formula {_short(claim.text)}: its left side {claim.left.text!r} holds a parameter's new"
                           " value (a name the notation gives new(...)) inside a product or a sum; an update's left"
                           " side is the new value alone: write that name alone before the =, its value after it")


def _copied(value):
    return list(value) if isinstance(value, list) else value
