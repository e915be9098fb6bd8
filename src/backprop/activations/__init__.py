"""The activation registry: one module per activation in this package, the only place its facts live.

Each module (``sigmoid.py``, ...) defines ``ENTRY``, an :class:`Activation` with the function and
its derivative (NumPy, from z), the formulas f(z) and f'(z) as expression trees (from which every
format's text, the LaTeX and the SymPy form of derive and check are made), where f' jumps, the
default initialisation, the parameters and the other names it is known by. Everything else (the
engine, the renderers, derive and check, problem and model files, the estimators) reads these
entries; adding an activation is adding a module here.
"""

from __future__ import annotations

from ..registry import entries
from ._activation import ACTIVATIONS, ALIASES, Activation, get_activation, resolve_activation

for _entry in entries(__name__):
    ACTIVATIONS[_entry.name] = _entry
    ALIASES.update({alias: _entry.name for alias in _entry.aliases})

#: The activation of a layer that names none; the hidden activation of the estimators by default.
LAYER_DEFAULT = next(entry.name for entry in ACTIVATIONS.values() if entry.layer_default)
HIDDEN_DEFAULT = next(entry.name for entry in ACTIVATIONS.values() if entry.hidden_default)

__all__ = ["ACTIVATIONS", "ALIASES", "Activation", "HIDDEN_DEFAULT", "LAYER_DEFAULT", "get_activation",
           "resolve_activation"]
