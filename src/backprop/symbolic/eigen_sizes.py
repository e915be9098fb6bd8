"""Eigen's (C++'s matrix library's) sizes: Eigen adds and subtracts only matrices of one size. ``MatrixXd error =
output - y;`` of a column ``output`` and a row ``y`` (the notation's ``"y" = "y[:].T"``, or a RowVectorXd) is refused
by Eigen (it asserts; it never broadcasts a column against a row, as NumPy does, nor lays a vector out the other
way, as a page whose samples are rows may: reading_shapes.read_rows), so check refuses it where the line is Eigen's.

A line is Eigen's where it declares one of Eigen's matrix or array types (``MatrixXd``, ``VectorXd``, ``RowVectorXd``,
``ArrayXXf``, ``Vector3d``, ``Eigen::...``) or calls a method only Eigen has (``.cwiseProduct(``, ``.array()``,
``.matrix()``, ``.rowwise()``, ``.colwise()``, ``.noalias()``): NumPy's ``.transpose()`` is no mark of it. Its
judging runs with eigen_code() true (a context variable: the declaration is gone from the text the reader parses,
code_declarations.without_typed_declarations)."""

from __future__ import annotations

from contextvars import ContextVar
from typing import Callable

from ..patterns import lazy_pattern

_EIGEN_LINE = lazy_pattern(r"(?<![\w.])(?:Eigen::)?(?:Matrix|Vector|RowVector|Array)(?:X|[2-4]){1,2}[dfi](?!\w)"
                           r"|\.(?:cwise[A-Z]\w*|array|matrix|rowwise|colwise|noalias)\(")
_EIGEN = ContextVar("eigen_code", default=False)


def eigen_code() -> bool:
    """Whether the formula being judged is Eigen's code (eigen_judged)."""
    return _EIGEN.get()


def eigen_judged(text: str, judge: Callable):
    """``judge(text)``, with eigen_code() true while it runs where ``text`` is Eigen's (_EIGEN_LINE)."""
    if _EIGEN_LINE.search(text) is None:
        return judge(text)
    token = _EIGEN.set(True)
    try:
        return judge(text)
    finally:
        _EIGEN.reset(token)
