"""The loss registry: one module per loss in this package, the only place its facts live.

Each module defines ``ENTRY``, a :class:`Loss`: the per-sample value and its gradient (NumPy), the
formulas of the loss and of dL/da as expression trees, the targets it takes, the output activation
it fuses with, its parameters. The network, the renderers, derive and check, problem and model files
and the estimators read these entries; adding a loss is adding a module here.
"""

from __future__ import annotations

from ..registry import entries
from ._loss import LOSSES, ONE_HOT, REAL, UNIT_INTERVAL, Fused, Loss, Targets, get_loss, resolve_loss

for _entry in entries(__name__):
    LOSSES[_entry.name] = _entry

LOSS_NAMES = tuple(LOSSES)


def default_loss(task: str) -> Loss:
    """The default loss of an estimator for ``task`` ("classification" or "regression")."""
    return next(loss for loss in LOSSES.values() if task in loss.default_for)


__all__ = ["Fused", "LOSSES", "LOSS_NAMES", "Loss", "ONE_HOT", "REAL", "Targets", "UNIT_INTERVAL",
           "default_loss", "get_loss", "resolve_loss"]
