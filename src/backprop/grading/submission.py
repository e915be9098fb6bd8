"""A submission's file read as text, or refused.

A submission is Markdown, plain text or LaTeX written by a student, or a Jupyter notebook (``.ipynb``,
nbformat 4) whose Markdown and raw cells are its text: untrusted. :func:`read_submission` refuses
what is not text (a PDF or other binary file renamed ``.md``, a file that is not UTF-8, one larger
than LIMITS["submission_bytes"], a notebook that is not nbformat-4 JSON) with a
:class:`SubmissionError` naming the file and the place.
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import UserError
from ..files import open_input
from ..limits import LIMITS
from ..patterns import lazy_pattern

# First bytes of files that are not text, to say what they are.
_SIGNATURES = {b"%PDF": "a PDF file", b"PK\x03\x04": "a zip archive (a .docx?)",
               b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"\x7fELF": "a program",
               b"\xd0\xcf\x11\xe0": "an old Word document"}


class SubmissionError(UserError):
    """A submission that cannot be graded at all (not text, too large); one line for the gradebook."""

    def __init__(self, path, where: str | None, what: str, fix: str):
        super().__init__(what, fix, path, where)


@dataclass(frozen=True)
class SubmissionText:
    """The text a submission is graded on. For a notebook: its Markdown and raw cells' sources in
    order, each ending in a newline and followed by one blank line, and ``cells``: (first line of the
    cell in that text, the cell's 1-based number among all the notebook's cells, code cells counted),
    in order; empty for any other file."""

    text: str
    cells: tuple[tuple[int, int], ...] = ()

    def cell(self, line: int) -> int | None:
        """The notebook cell holding 1-based ``line`` of the text (None: not a notebook)."""
        if not self.cells:
            return None
        return self.cells[max(bisect.bisect_right([start for start, _ in self.cells], line) - 1, 0)][1]


def read_submission(path) -> str:
    """The text of the submission at ``path``; SubmissionError if it is not a text file one can grade."""
    return decode_submission(path, read_submission_bytes(path))


def read_submission_bytes(path) -> bytes:
    """The bytes of the submission at ``path``: a regular file (not a link, FIFO or device) of at
    most LIMITS["submission_bytes"] bytes; SubmissionError otherwise."""
    path = Path(path)
    limit = LIMITS["submission_bytes"]

    def fail(what: str, fix: str):
        raise SubmissionError(path, None, what, fix)

    try:
        stream, _ = open_input(path, fail, "submission_bytes", follow_links=False,
                               too_large_fix=_NOTEBOOK_TOO_LARGE if _is_notebook(path) else None)
        with stream:
            data = stream.read(limit + 1)
    except IsADirectoryError:
        fail("is a folder", "give a Markdown, text, LaTeX or notebook (.ipynb) file")
    except OSError as error:
        fail(f"cannot be read ({(error.strerror or str(error)).lower()})", "submit the file itself, readable")
    return data


def decode_submission(path, data: bytes) -> str:
    """The text of a submission's bytes (read here or elsewhere: a Dask worker gets the bytes);
    SubmissionError for what is not UTF-8 text of at most LIMITS["submission_bytes"] bytes."""
    return submission_text(path, data).text


def submission_text(path, data: bytes) -> SubmissionText:
    """decode_submission's text, with a notebook's cells (a file named ``.ipynb`` is read as one)."""
    text = _decoded(path, data)
    if _is_notebook(path):
        return notebook_text(path, text)
    return SubmissionText(text)


def _decoded(path, data: bytes) -> str:
    limit = LIMITS["submission_bytes"]
    if len(data) > limit:  # it grew while being read
        raise SubmissionError(path, None, f"is more than the {limit:,} bytes a submission may have",
                              _NOTEBOOK_TOO_LARGE if _is_notebook(path) else "submit the derivation as text")
    for signature, kind in _SIGNATURES.items():
        if data.startswith(signature):
            raise SubmissionError(path, None, f"is {kind}, not text",
                                  "submit the derivation as Markdown, plain text or LaTeX")
    if b"\x00" in data[:8192]:
        raise SubmissionError(path, None, "is a binary file, not text",
                              "submit the derivation as Markdown, plain text or LaTeX")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[:error.start].count(b"\n") + 1
        raise SubmissionError(path, f"line {line}", f"is not UTF-8 text (byte 0x{data[error.start]:02x})",
                              "save the file as UTF-8") from None


NOTEBOOK_SUFFIX = ".ipynb"
_NOTEBOOK_FIX = "open it in Jupyter and save it again (File > Save), or hand in the Markdown"
# a notebook's size is almost always its outputs (plots as base64), which grading never reads
_NOTEBOOK_TOO_LARGE = ("clear its outputs in Jupyter (Edit > Clear Outputs of All Cells) and save it again: plots"
                       " saved in a notebook make it large and are not graded; or hand in the Markdown")


def _is_notebook(path) -> bool:
    return Path(path).suffix.lower() == NOTEBOOK_SUFFIX
#: cells whose source is the student's text; code cells are code, never claims (as a code span is not)
_TEXT_CELLS = ("markdown", "raw")


def notebook_text(path, text: str) -> SubmissionText:
    """The Markdown and raw cells of the nbformat-4 notebook ``text`` (JSON), joined in order; code
    cells and every cell's outputs are left out, nothing is run. SubmissionError, naming the cell,
    for JSON that is not such a notebook."""

    def fail(where: str | None, what: str, fix: str = _NOTEBOOK_FIX):
        raise SubmissionError(path, where, what, fix)

    try:
        notebook = json.loads(text)
    except RecursionError:  # [[[[...: the C parser's depth guard, before the stack runs out
        fail(None, "is JSON nested deeper than a notebook ever is", _NOTEBOOK_FIX)
    except json.JSONDecodeError as error:
        fail(f"line {error.lineno}, column {error.colno}", f"is not JSON ({error.msg})",
             "a notebook is the JSON Jupyter saves; " + _NOTEBOOK_FIX)
    except ValueError:  # a number of more digits than Python converts (sys.get_int_max_str_digits)
        fail(None, "is not JSON a notebook can hold (a number of thousands of digits)")
    if not isinstance(notebook, dict) or "cells" not in notebook and "worksheets" not in notebook:
        fail(None, "is JSON but not a Jupyter notebook (no 'cells')",
             "hand in the .ipynb file Jupyter saves, or the Markdown")
    version = notebook.get("nbformat")
    if "worksheets" in notebook or isinstance(version, int) and not isinstance(version, bool) and version < 4:
        fail(None, f"is a notebook of nbformat {version if version is not None else '3 or older'}, which is not read",
             "open it in Jupyter 4 or later and save it again (nbformat 4)")
    if version is None:
        fail(None, "has no nbformat (the version every notebook states)", _NOTEBOOK_FIX)
    if version != 4 or isinstance(version, bool):
        fail("nbformat", f"is {json.dumps(version)[:40]}, not 4", _NOTEBOOK_FIX)
    cells = notebook["cells"]
    if not isinstance(cells, list):
        fail("cells", f"is {_json_kind(cells)}, not a list of cells")
    parts, starts, line = [], [], 1
    for number, cell in enumerate(cells, 1):
        where = f"cell {number}"
        if not isinstance(cell, dict):
            fail(where, f"is {_json_kind(cell)}, not a cell (an object with 'cell_type' and 'source')")
        kind, source = cell.get("cell_type"), cell.get("source")
        if kind not in ("markdown", "code", "raw"):
            fail(where, f"has cell_type {json.dumps(kind)[:40]}", "a cell is markdown, code or raw (nbformat 4)")
        if isinstance(source, list) and all(isinstance(piece, str) for piece in source):
            source = "".join(source)
        if not isinstance(source, str):
            shown = "none" if source is None else _json_kind(source)
            fail(where, f"has a source that is {shown}, not text",
                 "a cell's source is a string or a list of strings (nbformat 4)")
        if kind not in _TEXT_CELLS:
            continue
        source = _closed_math(source)
        part = (source if source.endswith("\n") or not source else source + "\n") + "\n"
        starts.append((line, number))
        parts.append(part)
        line += part.count("\n")
    return SubmissionText("".join(parts), tuple(starts))


_CODE = lazy_pattern(r"^(```|~~~).*?(^\1|\Z)|(`+)[^`]*?\3", re.S | re.M)  # fenced blocks, code spans
_MATH_ENVIRONMENTS = r"(?:align|aligned|alignat|equation|gather|gathered|multline|eqnarray|flalign|split|displaymath|math|cases|array|[a-zA-Z]?matrix)\*?"
_MATH_MARK = lazy_pattern(r"(?<!\\)\$\$|\\\[|\\\]|\\(begin|end)\{(%s)\}" % _MATH_ENVIRONMENTS)


def _closed_math(source: str) -> str:
    """A text cell's source with the mathematics it leaves open (``$$``, ``\\[``, ``\\begin{align}``) closed
    at its end, on its last line: in Jupyter a formula cannot reach into the next cell, so neither may it
    here (the cells after it stay text; line numbers do not change)."""
    open_marks: list[str] = []
    for match in _MATH_MARK.finditer(_CODE.sub(lambda code: " " * len(code.group(0)), source)):
        mark = match.group(0)
        if mark == "$$":
            if open_marks and open_marks[-1] == "$$":
                open_marks.pop()
            else:
                open_marks.append("$$")
        elif mark == "\\[":
            open_marks.append("\\]")
        elif mark == "\\]" or match.group(1) == "end":
            if open_marks and open_marks[-1] == (mark if mark == "\\]" else f"\\end{{{match.group(2)}}}"):
                open_marks.pop()
        else:
            open_marks.append(f"\\end{{{match.group(2)}}}")
    if not open_marks:
        return source
    closing = " " + " ".join(reversed(open_marks))
    return source[:-1] + closing + "\n" if source.endswith("\n") else source + closing


def _json_kind(value) -> str:
    """What a JSON value is, in words: "a number", "a list of 3 items"."""
    if isinstance(value, list):
        odd = next(((index, item) for index, item in enumerate(value) if not isinstance(item, str)), None)
        return f"a list with {_json_kind(odd[1])} at item {odd[0] + 1}" if odd else "a list"
    return {dict: "an object", str: "a string", bool: "true or false", type(None): "null"}.get(
        type(value), "a number")
