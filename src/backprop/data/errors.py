"""DataError: the one error every data reader raises for a file it cannot use."""

from __future__ import annotations

from ..errors import UserError


class DataError(UserError):
    """A data file (or download) that cannot be used; str() is the one-line message for the user:
    ``"<path>: <where>: <what is wrong>; <what would be right>"``, where ``where`` names the place
    in the file: ``"header"``, ``"line 7, column 'age'"``, ``"label 1234 (byte offset 1242)"``...
    """

    def __init__(self, path, where: str, what: str, fix: str):
        super().__init__(what, fix, path, where)
