"""The training commands: ``backprop train``, ``evaluate`` and ``predict``, one module each.

cli.py registers them with :func:`register` and turns the errors in :data:`ERRORS` into one line
on stderr with exit status 2.
"""

from __future__ import annotations

from ..data import DataError
from ..io import ModelError
from . import evaluate, predict, train
from .common import CommandError

#: Errors a user can cause with these commands (bad data, model or request): one line, exit 2.
ERRORS = (DataError, ModelError, CommandError)


def register(commands) -> None:
    """Add the train, evaluate and predict subcommands to argparse's ``commands``."""
    for module in (train, evaluate, predict):
        module.add_parser(commands)
