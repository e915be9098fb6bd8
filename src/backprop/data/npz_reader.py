"""NPZ archives, read within the limits: every array's header is checked before its data is read.

An NPZ archive is a zip of ``.npy`` files. ``numpy.load`` allocates what each ``.npy`` header
declares and inflates what the zip holds, so a header claiming 2^45 values, or a zip member that
inflates to gigabytes, exhausted memory. Here the archive's entries are counted first (at most
LIMITS["npz_arrays"]), and each array's header is read on its own: its dtype must hold numbers or
text (an object array would need a pickle, never loaded), its size at most LIMITS["data_bytes"] and
exactly what the zip entry declares; only then is the array allocated and filled from the inflated
stream, which zipfile stops at the declared size and checks against its CRC.
"""

from __future__ import annotations

import math
import struct
import zipfile

import numpy as np

from ..files import open_input, read_into
from ..limits import LIMITS
from ..errors import DataError

_AGAIN = "save it again with numpy.savez"


class NpzArchive:
    """An open NPZ archive whose arrays are read one by one, bounded (use as a context manager)."""

    def __init__(self, path):
        self.path = path

        def refuse(what: str, fix: str):
            raise DataError(path, "file", what, fix)

        try:
            self.file, size = open_input(path, refuse)
        except FileNotFoundError:
            raise DataError(path, "file", "not found", "give the path of an existing .csv or .npz file") from None
        except IsADirectoryError:
            raise DataError(path, "file", "is a folder", "give the path of a .csv or .npz file") from None
        except OSError as error:
            raise DataError(path, "file", f"cannot be read ({error.strerror})", "check the file's permissions") from None
        try:
            if self.file.read(6) == b"\x93NUMPY":
                raise DataError(path, "file", "is a single .npy array, not an NPZ archive", "save the data with"
                                " numpy.savez(path, x=features, y=targets)")
            self._check_entries(size)
            self.zip = zipfile.ZipFile(self.file)
        except DataError:
            self.file.close()
            raise
        except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
            self.file.close()
            raise DataError(path, "file", f"is not an NPZ archive ({error})", "save the data with"
                            " numpy.savez(path, x=features, y=targets)") from None
        except BaseException:
            self.file.close()
            raise
        self.names = {info.filename.removesuffix(".npy"): info for info in self.zip.infolist()
                      if info.filename.endswith(".npy")}

    def _check_entries(self, size: int) -> None:
        """Refuse an archive whose directory lists more than LIMITS["npz_arrays"] entries, from its
        end record, before zipfile reads the directory (a record per entry into memory)."""
        tail = min(size, 65_536 + 22)
        self.file.seek(size - tail)
        data = self.file.read(tail)
        at = data.rfind(b"PK\x05\x06")
        if at < 0 or at + 22 > len(data):
            return  # not a zip: zipfile says so
        (entries,) = struct.unpack("<H", data[at + 10:at + 12])
        if entries == 0xFFFF:  # zip64: the count is in the zip64 end record the locator points to
            locator = data.rfind(b"PK\x06\x07", 0, at)
            if locator >= 0 and locator + 20 <= len(data):
                (offset,) = struct.unpack("<Q", data[locator + 8:locator + 16])
                self.file.seek(offset)
                record = self.file.read(56)
                if record[:4] == b"PK\x06\x06" and len(record) == 56:
                    (entries,) = struct.unpack("<Q", record[32:40])
        if entries > LIMITS["npz_arrays"]:
            raise DataError(self.path, "file", f"holds {entries:,} entries, more than the {LIMITS['npz_arrays']}"
                            " allowed (npz_arrays)", "save only the features and the targets (x and y)")
        self.file.seek(0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.zip.close()
        self.file.close()

    def array(self, name: str) -> np.ndarray:
        """The array ``name``, read after its header was checked (DataError otherwise)."""
        info = self.names[name]
        where = f"array {name!r}"
        try:
            with self.zip.open(info) as stream:
                version = np.lib.format.read_magic(stream)
                read_header = {(1, 0): np.lib.format.read_array_header_1_0,
                               (2, 0): np.lib.format.read_array_header_2_0}.get(version)
                if read_header is None:
                    raise ValueError(f".npy format version {version} is not one numpy.savez writes")
                shape, fortran, dtype = read_header(stream, max_header_size=10_000)
                header = stream.tell() if stream.seekable() else None
                self._check(where, info, shape, dtype, header)
                array = np.empty(shape[::-1] if fortran else shape, dtype)
                view = memoryview(array.reshape(-1).view(np.uint8)) if array.size else memoryview(b"")
                done = read_into(stream, view)
                if done < len(view):
                    raise DataError(self.path, where, f"ends after {done:,} of its {len(view):,} bytes",
                                    f"the archive is truncated; {_AGAIN}")
                stream.read(1)  # reaches the end of the member: zipfile checks its CRC
        except DataError:
            raise
        except ValueError as error:
            if "allow_pickle" in str(error) or "object" in str(error).lower():
                raise DataError(self.path, where, "holds Python objects (dtype object), which are never loaded"
                                " (allow_pickle=False)", "save numeric arrays, or a string array (dtype <U) for"
                                " class names") from None
            raise DataError(self.path, where, f"cannot be read ({error})", _AGAIN) from None
        except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError) as error:
            raise DataError(self.path, where, f"corrupt ({error})", _AGAIN) from None
        return array.T if fortran else array

    def _check(self, where: str, info: zipfile.ZipInfo, shape: tuple, dtype: np.dtype, header: int | None) -> None:
        if dtype.hasobject:
            raise ValueError("object arrays cannot be loaded")
        nbytes = math.prod(shape) * dtype.itemsize
        # the other sides count too when one is 0: a (2^45, 0) array holds nothing, but 2^45 samples
        if nbytes > LIMITS["data_bytes"] or math.prod(max(1, n) for n in shape) * dtype.itemsize > LIMITS["data_bytes"]:
            raise DataError(self.path, where, f"declares shape {shape} of {dtype}: {nbytes:,} bytes, more than the"
                            f" {LIMITS['data_bytes']:,} allowed (data_bytes)", "give smaller data (docs/limits.md)")
        if header is not None and header + nbytes != info.file_size:
            raise DataError(self.path, where, f"declares {nbytes:,} bytes of data but its entry in the archive holds"
                            f" {info.file_size - header:,}", f"the archive is damaged; {_AGAIN}")
