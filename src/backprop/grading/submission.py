"""A submission's file read as text, or refused.

A submission is Markdown, plain text or LaTeX written by a student: untrusted. :func:`read_submission`
refuses what is not text (a PDF or other binary file renamed ``.md``, a file that is not UTF-8, one
larger than LIMITS["submission_bytes"]) with a :class:`SubmissionError` naming the file and the place.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UserError
from ..files import open_input
from ..limits import LIMITS

# First bytes of files that are not text, to say what they are.
_SIGNATURES = {b"%PDF": "a PDF file", b"PK\x03\x04": "a zip archive (a .docx or .ipynb export?)",
               b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"\x7fELF": "a program",
               b"\xd0\xcf\x11\xe0": "an old Word document"}


class SubmissionError(UserError):
    """A submission that cannot be graded at all (not text, too large); one line for the gradebook."""

    def __init__(self, path, where: str | None, what: str, fix: str):
        super().__init__(what, fix, path, where)


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
        stream, _ = open_input(path, fail, "submission_bytes", follow_links=False)
        with stream:
            data = stream.read(limit + 1)
    except IsADirectoryError:
        fail("is a folder", "give a Markdown, text or LaTeX file")
    except OSError as error:
        fail(f"cannot be read ({(error.strerror or str(error)).lower()})", "submit the file itself, readable")
    return data


def decode_submission(path, data: bytes) -> str:
    """The text of a submission's bytes (read here or elsewhere: a Dask worker gets the bytes);
    SubmissionError for what is not UTF-8 text of at most LIMITS["submission_bytes"] bytes."""
    limit = LIMITS["submission_bytes"]
    if len(data) > limit:  # it grew while being read
        raise SubmissionError(path, None, f"is more than the {limit:,} bytes a submission may have",
                              "submit the derivation as text")
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
