"""A general rule's index values listed one by one (a part of claims.rule_assignments): the values of its letters
at which the left side names something of the network, read at each."""

from __future__ import annotations

import itertools

import sympy as sp

from .notation import Unbound
from .quantities import FormulaError, NewValue, outside_network
from .reading import Reader
from .reading_base import Context, TrackingEnv


class TooManyValues(FormulaError):
    """A general rule with more index values than the per-value path lists."""

    def __init__(self, message: str, letters: tuple, label_read: bool):
        super().__init__(message)
        self.letters, self.label_read = letters, label_read


def listed_values(claim, context: Context, fixed: dict, where: str, rule_letters: tuple, label_read: bool,
                  candidates: list, bounds: dict, most: int) -> tuple | None:
    """(found, constants, skipped, first error): the values of ``rule_letters`` among ``candidates`` (in their order)
    at which the left side of ``claim`` names a quantity, names no parameter (``skipped``, for an update) or a
    constant, and the first reason it names nothing, where it does not; TooManyValues past ``most`` found. None
    where the left side does anything but name nothing outside the network at a letter's value in ``bounds``."""
    label = context.notation.label
    found, constants, skipped = [], [], []
    first_error = None
    for values in itertools.product(*candidates):
        env = dict(fixed)
        env.update(zip(rule_letters, values))
        at_bound = any(bounds.get(letter) == value for letter, value in zip(rule_letters, values))
        if label_read:
            env[label] = 0
        try:
            value = Reader(context, TrackingEnv(env), where).value(claim.left.node)
        except Unbound as unbound:
            if at_bound:
                return None
            first_error = first_error or FormulaError(f"{where}: index {unbound.letter} has no value")
            continue
        except FormulaError as error:
            if at_bound and not outside_network(error):
                return None
            # the reason at a unit and a layer that exist: a 1-based notation's z_{i} at i = 0 (index -1), a rule's
            # dz^{[l]} at l = 0, are only the first values tried, never why the rule reads nowhere
            if first_error is None or outside_network(first_error) and not outside_network(error):
                first_error = error
            continue
        if at_bound:
            return None
        env.pop(label, None) if label_read and label not in fixed else None
        if claim.kind == "update" and not _names_parameter(value, context):
            skipped.append(env)  # no parameter to update: Ng's dZ^{[l]} := dJ/dZ^{[l]} where no value names one
            continue
        if isinstance(value, sp.Number):
            constants.append(env)  # the table's x_0^{(l)} = 1: the bias unit, no quantity to claim
            continue
        found.append(env)
        if len(found) > most:
            raise TooManyValues(f"{where}: the general rule has more than {most:,} index values;"
                                " name one parameter with --param", rule_letters, label_read)
    return found, constants, skipped, first_error


def _names_parameter(value, context: Context) -> bool:
    if isinstance(value, NewValue):
        value = value.args[0]
    if isinstance(value, sp.MatrixBase):
        return all(_names_parameter(entry, context) for entry in value)
    return context.calculus.parameter_of(value) is not None
