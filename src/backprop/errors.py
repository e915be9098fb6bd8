"""The one family of errors a user can cause: a bad file, formula, flag or request.

Every such error is a :class:`UserError` whose ``str()`` is the one line the command line prints
(then exits with status 2):

    <file>: <place>: <what is wrong>; <what would be right>

with the parts that do not apply left out (a formula has no file; a flag has no place). The
readers raise the subclass that names their kind of input, so that a program using backprop as a
library can tell a bad model from bad data, and the command line catches the base in one place.
"""

from __future__ import annotations

import difflib


def one_line(text) -> str:
    """``text`` with every run of whitespace (newlines included) made one space."""
    return " ".join(str(text).split())


def did_you_mean(word, known) -> str:
    """The hint "did you mean 'symbols'? " naming the entry of ``known`` nearest ``word`` (a misspelt key or name);
    "" where none is near."""
    close = difflib.get_close_matches(word, tuple(known), n=1) if isinstance(word, str) else []
    return f"did you mean '{close[0]}'? " if close else ""


class UserError(ValueError):
    """Something the user gave that backprop cannot use; ``str()`` is one line for them.

    Parameters
    ----------
    what : what is wrong.
    fix : what would be right (None: nothing to add).
    path : the file, folder or URL at fault (None: not about a file).
    where : the place in it: "line 7, column 'age'", "[[layer]] 2 weights[0][1]" (None: the whole).
    """

    def __init__(self, what: str, fix: str | None = None, path=None, where: str | None = None):
        self.what = one_line(what)
        self.fix = None if fix is None else one_line(fix)
        self.path = None if path is None else str(path)
        self.where = None if where is None else one_line(where)
        parts = [part for part in (self.path, self.where) if part]
        message = ": ".join([*parts, self.what]) + (f"; {self.fix}" if self.fix else "")
        super().__init__(message)


class UsageError(UserError):
    """A bad command line: an unknown flag, a missing argument, a value out of range."""


class CommandError(UserError):
    """A request a command cannot serve (an unknown preset, --resume of a finished run)."""


class DataError(UserError):
    """A data file (or download) that cannot be used: ``where`` names the place in the file
    (``"header"``, ``"line 7, column 'age'"``, ``"label 1234 (byte offset 1242)"``...)."""

    def __init__(self, path, where: str, what: str, fix: str):
        super().__init__(what, fix, path, where)
