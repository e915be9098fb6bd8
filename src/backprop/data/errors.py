"""DataError: the one error every data reader raises for a file it cannot use."""

from __future__ import annotations


def _one_line(text) -> str:
    return " ".join(str(text).split())


class DataError(ValueError):
    """A data file (or download) that cannot be used; str() is the one-line message for the user.

    The message has the same shape as :class:`backprop.problem.ProblemError`:
    ``"<path>: <where>: <what is wrong>; <what would be right>"``. ``where`` names the place in
    the file: ``"header"``, ``"line 7, column 'age'"``, ``"label 1234 (byte offset 1242)"``...

    Parameters
    ----------
    path : str or os.PathLike
        The file (or URL, or folder) at fault.
    where : str
        Where in it.
    what : str
        What is wrong.
    fix : str
        What would be right.
    """

    def __init__(self, path, where: str, what: str, fix: str):
        self.path, self.where = str(path), _one_line(where)
        self.what, self.fix = _one_line(what), _one_line(fix)
        super().__init__(f"{self.path}: {self.where}: {self.what}; {self.fix}")
