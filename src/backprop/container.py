"""backprop's safetensors files (models, checkpoints): written deterministically, read bounded.

A safetensors file is an 8-byte little-endian header length N, N bytes of JSON header, then the
tensors' bytes. The header maps each tensor's name to ``{"dtype", "shape", "data_offsets": [begin,
end]}`` (offsets into the bytes after the header) and ``"__metadata__"`` to a table of texts;
backprop's files keep ONE metadata key, "backprop", whose value is a JSON document describing the
file (backprop.io for models, backprop.checkpoint for checkpoints). Nothing in it is a pickle, so
reading runs no code.

Reading a file of unknown origin checks, before anything large is allocated: the path is a regular
file (backprop.files) of at most LIMITS["model_file_bytes"]; the header length is at most
LIMITS["model_header_bytes"]; each tensor has a dtype backprop writes (F32, I64), its shape's bytes
are its offsets' span, and the tensors tile the data exactly, inside the file. Only then is each
tensor read into its own array: memory is never more than the file's size.
"""

from __future__ import annotations

import json
import math
import struct
from dataclasses import dataclass

import numpy as np
from safetensors.numpy import save as _save_tensors

from .errors import UserError
from .files import open_input, read_into
from .getters import Getters, show
from .limits import LIMITS

METADATA_KEY = "backprop"
#: The tensor types backprop writes, by their safetensors names (little-endian).
DTYPES = {"F32": np.dtype("<f4"), "I64": np.dtype("<i8")}
#: Dimensions of a tensor: backprop writes 0 to 2.
MAX_DIMENSIONS = 8

# First bytes of files people mistake for models, to say what the file is instead.
_SIGNATURES = {
    b"\x80": "a Python pickle (backprop never loads pickles: they can run arbitrary code)",
    b"PK\x03\x04": "a zip archive (a PyTorch checkpoint or .npz?), not a backprop model",
    b"\x93NUMPY": "a NumPy .npy array, not a backprop model",
    b"\x89PNG": "a PNG image, not a backprop model",
    b"\x1f\x8b": "a gzip file, not a backprop model",
}


class ModelError(UserError):
    """A model file that cannot be used; str() is the one-line message for the user."""

    def __init__(self, path, what: str, fix: str, where: str | None = None):
        super().__init__(what, fix, path, where)


@dataclass(frozen=True)
class FileKind:
    """One kind of backprop safetensors file (a model, a checkpoint), for reading and its messages.

    noun : what it is called in messages; name, version : the format name and the version written;
    give : what would be right instead of a wrong file; again : what to do about a damaged one;
    error : the exception raised (a ModelError); older : the older versions still read.
    """

    noun: str
    name: str
    version: int
    give: str
    again: str
    error: type = ModelError
    older: tuple[int, ...] = ()

    def fail(self, path, what: str, fix: str | None = None, where: str | None = None):
        raise self.error(path, what, fix or self.give, where)


class FileGetters(Getters):
    """The typed getters (backprop.getters) over a file's description: a failure names the part of
    the file that is wrong and raises ``kind``'s error."""

    def __init__(self, path, kind: FileKind):
        super().__init__(path)
        self.kind = kind

    def fail(self, where: str, what: str, fix: str | None = None):
        if fix:  # what would be right, said as what was expected (nobody writes these files by hand)
            what += f" (expected {fix.removeprefix('write ')})" if fix.startswith("write ") else f" ({fix})"
        self.kind.fail(self.path, what, f"the file is damaged or was edited: {self.kind.again}", where)

    def tensor(self, tensors: dict, name: str, shape: tuple, used: set, dtype=np.float32) -> np.ndarray:
        """The tensor ``name``, checked to have ``shape`` and ``dtype`` and finite values; ``used``
        collects the names taken."""
        array = self.array(tensors.get(name), f"tensor {name!r}", shape, dtype)
        used.add(name)
        return array


# ---------------------------------------------------------------------------------------------
# Writing


def container_bytes(tensors: dict[str, np.ndarray], document: dict) -> bytes:
    """A safetensors file of ``tensors`` with ``document`` as the one metadata value (sorted JSON):
    the same tensors and document always give the same bytes."""
    metadata = json.dumps(document, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return _save_tensors(tensors, metadata={METADATA_KEY: metadata})


# ---------------------------------------------------------------------------------------------
# Reading


def read_container(path, kind: FileKind) -> tuple[dict, dict[str, np.ndarray]]:
    """The description and the tensors of the backprop safetensors file of ``kind`` at ``path``,
    read without running code and within the limits; ``kind.error`` (one line) for anything else.
    OSError (a missing file, a folder) is left to the caller to word."""
    file, size = open_input(path, lambda what, fix: kind.fail(path, what, fix), limit="model_file_bytes")
    with file:
        start = file.read(9)
        length = _header_length(path, start, size, kind)
        header = _header(path, start[8:] + _read_exactly(file, length - 1), kind)
        document = _document(path, header, kind)
        layout = _layout(path, header, size - 8 - length, kind)
        tensors = {}
        for name, (dtype, shape, begin) in layout.items():
            file.seek(8 + length + begin)
            array = np.empty(shape, dtype)
            if read_into(file, memoryview(array.reshape(-1).view(np.uint8))) < array.nbytes:
                kind.fail(path, f"is truncated (tensor {name!r} ends past the end of the file)",
                          f"copy the file again or {kind.again}")
            tensors[name] = array if dtype.isnative else array.astype(dtype.newbyteorder("="))
    return document, tensors


def _read_exactly(file, count: int) -> bytes:
    return file.read(count) if count > 0 else b""


def _header_length(path, start: bytes, size: int, kind: FileKind) -> int:
    """The header's length from the first bytes, with clear words for files that are something else."""
    noun, limit = kind.noun, LIMITS["model_header_bytes"]
    # A safetensors length can start with a signature's byte too (0x80: a header of 128 + 256k bytes),
    # so the signatures only name files whose first bytes are no safetensors header.
    plausible = len(start) > 8 and start[8:9] == b"{" and struct.unpack("<Q", start[:8])[0] <= limit
    for signature, what in _SIGNATURES.items():
        if start.startswith(signature) and not plausible:
            kind.fail(path, f"is {what.replace('backprop model', f'backprop {noun}')}")
    if size < 8:
        kind.fail(path, f"is {size} bytes long, too short to be a {noun}",
                  f"the file is empty or truncated: {kind.again}")
    (length,) = struct.unpack("<Q", start[:8])
    if start[8:9] != b"{":
        kind.fail(path, f"is not a {noun} file (no safetensors header)")
    if length > limit:
        kind.fail(path, f"has a header of {length:,} bytes, more than the {limit:,} allowed"
                  " (model_header_bytes)", f"the file is damaged or not a {noun}: {kind.again}")
    if 8 + length > size:
        kind.fail(path, f"is truncated: its header needs {8 + length} bytes, the file has {size}",
                  f"the file was cut short: copy it again or {kind.again}")
    return length


def _header(path, data: bytes, kind: FileKind) -> dict:
    try:
        header = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        kind.fail(path, f"is not a {kind.noun} file (its header is not JSON)")
    if not isinstance(header, dict):
        kind.fail(path, f"is not a {kind.noun} file (its header is not a JSON object)")
    return header


def _document(path, header: dict, kind: FileKind) -> dict:
    """The backprop description in the header's metadata, format and version checked."""
    metadata = header.get("__metadata__") or {}
    if not isinstance(metadata, dict) or not isinstance(metadata.get(METADATA_KEY), str):
        kind.fail(path, f"is a safetensors file but not a backprop {kind.noun} (no 'backprop' metadata)")
    try:
        document = json.loads(metadata[METADATA_KEY])
    except (json.JSONDecodeError, RecursionError):
        kind.fail(path, f"has a damaged {kind.noun} description (not JSON)", kind.again)
    if not isinstance(document, dict) or document.get("format") != kind.name:
        what = (f"a {show(document['format'])} file" if isinstance(document, dict)
                and isinstance(document.get("format"), str) else "of no known format")
        kind.fail(path, f"is not a backprop {kind.noun} ({what}, not {kind.name!r})")
    version = document.get("format_version")
    if isinstance(version, bool) or (version != kind.version and version not in kind.older):
        readable = ", ".join(str(v) for v in sorted((*kind.older, kind.version)))
        kind.fail(path, f"has {kind.noun} format version {show(version)}, this backprop reads version"
                  f"{'s' if kind.older else ''} {readable}", f"use the backprop version that wrote it, or {kind.again}")
    return document


def _layout(path, header: dict, data_size: int, kind: FileKind) -> dict[str, tuple]:
    """name -> (dtype, shape, offset) of every tensor, checked against each other and the file."""
    check = FileGetters(path, kind)
    layout, spans = {}, []
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        where = f"tensor {show(name)}"
        entry = check.table(entry, where, "a table of dtype, shape and data_offsets")
        check.known_keys(entry, ("dtype", "shape", "data_offsets"), where)
        dtype = entry.get("dtype")
        if dtype not in DTYPES:
            kind.fail(path, f"has dtype {show(dtype)}, which backprop does not store",
                      f"backprop's files hold {' and '.join(DTYPES)} tensors only: {kind.again}",
                      where)
        shape = check.list(entry.get("shape"), f"{where} shape")
        if len(shape) > MAX_DIMENSIONS:
            check.fail(f"{where} shape", f"has {len(shape)} dimensions", f"at most {MAX_DIMENSIONS}")
        shape = tuple(check.whole(n, f"{where} shape", 0) for n in shape)
        offsets = check.list(entry.get("data_offsets"), f"{where} data_offsets")
        if len(offsets) != 2:
            check.fail(f"{where} data_offsets", f"has {len(offsets)} numbers", "[begin, end]")
        begin, end = (check.whole(n, f"{where} data_offsets", 0) for n in offsets)
        nbytes = math.prod(shape) * DTYPES[dtype].itemsize
        if end - begin != nbytes:
            check.fail(f"{where} data_offsets", f"span {end - begin:,} bytes but its shape"
                       f" {shape} of {dtype} needs {nbytes:,}")
        if end > data_size:
            kind.fail(path, f"is truncated: tensor {show(name)} needs {8 + end:,} bytes of data, the file"
                      f" has {data_size:,}", f"the file was cut short: copy it again or {kind.again}")
        layout[name] = (DTYPES[dtype], shape, begin)
        spans.append((begin, end, name))
    position = 0
    for begin, end, name in sorted(spans):
        if begin != position:
            check.fail(f"tensor {show(name)} data_offsets", f"start at byte {begin:,} of the data, not"
                       f" {position:,}", "tensors that follow each other without gaps or overlaps")
        position = end
    if position != data_size:
        check.fail("tensors", f"end at byte {position:,} of the data, but the file has {data_size:,}",
                   "tensors that fill the data to the end of the file")
    return layout
