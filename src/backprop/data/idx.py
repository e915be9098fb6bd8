"""The IDX file format (MNIST's), gzip-compressed or not.

An IDX file is a big-endian header, then the data row-major: two zero bytes, a type byte (0x08
unsigned bytes, 0x09 signed bytes, 0x0B int16, 0x0C int32, 0x0D float32, 0x0E float64), the number
of dimensions, one 4-byte size per dimension. Whether a file is gzip-compressed is told by its first
two bytes (1f 8b), never by its name. Every problem raises a one-line :class:`DataError`.
"""

from __future__ import annotations

import gzip
import math
import struct
import zlib
from pathlib import Path

import numpy as np

from ..files import open_input, read_into
from ..limits import LIMITS
from ..errors import DataError

IDX_TYPES = {0x08: np.dtype("u1"), 0x09: np.dtype("i1"), 0x0B: np.dtype(">i2"),
             0x0C: np.dtype(">i4"), 0x0D: np.dtype(">f4"), 0x0E: np.dtype(">f8")}
GZIP_MAGIC = b"\x1f\x8b"
_CHUNK = 1 << 20
_AGAIN = "copy or download the file again"


def read_idx(path) -> np.ndarray:
    """Read one IDX file, gzip-compressed or not (told by its magic bytes).

    Parameters
    ----------
    path : str or os.PathLike
        The file.

    Returns
    -------
    numpy.ndarray
        The data, shaped as the header says (e.g. ``(count, 28, 28)`` for MNIST images, ``(count,)``
        for labels), in the header's type converted to native byte order (``uint8`` for MNIST). The
        array is freshly allocated and writable; the file's bytes are read straight into it.

    Raises
    ------
    DataError
        The file is missing, is not an IDX file (wrong magic), is truncated (fewer data bytes than
        the header announces) or has bytes past the data, or its gzip stream is corrupt.
    """
    path = Path(path)

    def refuse(what: str, fix: str):
        raise DataError(path, "file", what, fix)

    try:
        raw, size = open_input(path, refuse)
    except FileNotFoundError:
        raise DataError(path, "file", "not found",
                        "give the path of an existing IDX file (gzip-compressed or not)") from None
    except IsADirectoryError:
        raise DataError(path, "file", "is a folder, not a file",
                        "give the path of an IDX file") from None
    except OSError as error:
        raise DataError(path, "file", f"cannot be read ({error.strerror})",
                        "check the file's permissions") from None
    with raw:
        compressed = raw.read(2) == GZIP_MAGIC
        raw.seek(0)
        if not compressed:
            try:
                return _read_stream(raw, path, False, size)
            except OSError as error:
                raise DataError(path, "file", f"cannot be read ({error})", _AGAIN) from None
        stream = gzip.GzipFile(fileobj=raw, mode="rb")
        try:
            return _read_stream(stream, path, True, None)
        except (OSError, EOFError, zlib.error) as error:
            raise DataError(path, "gzip stream", f"truncated or corrupt gzip data ({error})",
                            _AGAIN) from None


def _read_stream(stream, path: Path, compressed: bool, file_size: int | None) -> np.ndarray:
    inside = " (inside the gzip stream)" if compressed else ""
    magic = stream.read(4)
    if len(magic) == 0:
        raise DataError(path, "file", "is empty" + inside, "give an IDX file")
    if (len(magic) < 4 or magic[:2] != b"\0\0" or magic[2] not in IDX_TYPES or magic[3] == 0):
        raise DataError(path, "byte offset 0", f"magic bytes {magic.hex(' ')} are not an IDX "
                        f"header{inside}", "an IDX file starts 00 00, a type byte (08 for unsigned "
                        "bytes) and the number of dimensions, e.g. 00 00 08 03 for MNIST images")
    dtype, ndim = IDX_TYPES[magic[2]], magic[3]
    header_size = 4 + 4 * ndim
    sizes = stream.read(4 * ndim)
    if len(sizes) < 4 * ndim:
        raise DataError(path, "header", f"the file ends at byte {4 + len(sizes)}, inside the "
                        f"{header_size}-byte header{inside}", f"the file is truncated; {_AGAIN}")
    shape = struct.unpack(f">{ndim}I", sizes)
    nbytes = math.prod(shape) * dtype.itemsize
    expected = f"{nbytes} data bytes for shape {shape}"
    # the other sizes count too when one is 0: numpy cannot even shape an empty (0, 2**31, 2**31) array.
    # For a gzip file this is all that bounds the memory: the data is inflated into an array of the
    # announced size, and one byte more is a refusal (a gzip bomb never inflates further).
    limit = LIMITS["data_bytes"]
    if nbytes > limit or math.prod(max(1, size) for size in shape) * dtype.itemsize > limit:
        raise DataError(path, "header", f"announces {expected}, more than the {limit:,} allowed (data_bytes)",
                        f"the header is corrupt, or the file too large for backprop (docs/limits.md); {_AGAIN}")
    if file_size is not None and file_size < header_size + nbytes:
        raise DataError(path, f"byte offset {file_size}", f"the file ends after "
                        f"{file_size - header_size} of the {expected} its header announces",
                        f"the file is truncated; {_AGAIN}")
    data = np.empty(nbytes, np.uint8)
    got = read_into(stream, memoryview(data), _CHUNK)
    if got < nbytes:
        raise DataError(path, f"byte offset {header_size + got}{inside}", f"the file ends after "
                        f"{got} of the {expected} its header announces",
                        f"the file is truncated; {_AGAIN}")
    if stream.read(1):  # for gzip this also reaches the end of the stream and checks its CRC
        raise DataError(path, f"byte offset {header_size + nbytes}{inside}", f"more bytes follow "
                        f"the {expected} its header announces",
                        f"the header or the file is corrupt; {_AGAIN}")
    array = data.view(dtype).reshape(shape)
    return array if dtype.isnative else array.astype(dtype.newbyteorder("="))


def write_idx(path, array: np.ndarray, *, compress: bool | None = None) -> Path:
    """Write an array as an IDX file; deterministic bytes (gzip mtime 0, no file name stored).

    Parameters
    ----------
    path : str or os.PathLike
        Where to write.
    array : numpy.ndarray
        Any shape with 1 to 255 dimensions; dtype uint8, int8, int16, int32, float32 or float64.
    compress : bool, optional
        gzip the file; by default, when the name ends in ``.gz``.

    Returns
    -------
    pathlib.Path
        The path written.
    """
    path = Path(path)
    array = np.asarray(array)
    codes = {dtype.newbyteorder("="): code for code, dtype in IDX_TYPES.items()}
    code = codes.get(array.dtype.newbyteorder("="))
    if code is None or not 1 <= array.ndim <= 255:
        raise ValueError(f"IDX cannot hold a {array.ndim}-dimensional {array.dtype} array")
    header = bytes([0, 0, code, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    body = np.ascontiguousarray(array, dtype=IDX_TYPES[code]).tobytes()
    if compress if compress is not None else path.suffix == ".gz":
        with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw,
                                                    compresslevel=9, mtime=0) as stream:
            stream.write(header)
            stream.write(body)
    else:
        path.write_bytes(header + body)
    return path
