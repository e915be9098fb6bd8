"""Hostile inputs for test_bombs.py, each built small on disk: sparse files (a size without blocks),
highly compressible streams (a deflate stream of repeated full-flush blocks of zeros: 1 KB on disk
per MiB inflated), named pipes, links to devices, and headers that claim what the file does not hold.
"""

from __future__ import annotations

import json
import os
import struct
import zlib
from pathlib import Path

import numpy as np

MIB = 1 << 20
GIB = 1 << 30


def sparse(path: Path, size: int, start: bytes = b"") -> Path:
    """A file of ``size`` bytes that takes (almost) no disk: ``start``, then a hole of zeros."""
    with open(path, "wb") as file:
        file.write(start)
        file.truncate(size)
    return path


def deflated_zeros(size: int, prefix: bytes = b"") -> bytes:
    """A raw deflate stream of ``prefix`` then ``size`` zero bytes, about 1 KB per MiB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = compressor.compress(prefix) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(bytes(MIB)) + compressor.flush(zlib.Z_FULL_FLUSH)
    whole, rest = divmod(size, MIB)
    tail = compressor.compress(bytes(rest)) + compressor.flush(zlib.Z_FINISH)
    return head + block * whole + tail


def gzip_bomb(path: Path, prefix: bytes, size: int) -> Path:
    """A gzip file inflating to ``prefix`` and ``size`` zeros. Its CRC is not computed (a reader
    that stops where it should never reaches it)."""
    header = b"\x1f\x8b\x08\x00" + bytes(4) + b"\x00\x03"
    path.write_bytes(header + deflated_zeros(size, prefix) + struct.pack("<II", 0, (len(prefix) + size) & 0xFFFFFFFF))
    return path


def npy_header(shape: tuple, dtype: str) -> bytes:
    """A version 1.0 .npy header for an array of ``shape`` and ``dtype`` (padded to 64 bytes)."""
    text = repr({"descr": dtype, "fortran_order": False, "shape": tuple(shape)}).encode()
    text += b" " * (63 - (10 + len(text)) % 64) + b"\n"
    return b"\x93NUMPY\x01\x00" + struct.pack("<H", len(text)) + text


def zip_with(path: Path, members: dict[str, tuple[bytes, int, int]]) -> Path:
    """A zip archive written by hand: name -> (deflated data, inflated size, crc). Sizes below 4 GiB."""
    local, central, offset = b"", b"", 0
    for name, (data, size, crc) in members.items():
        encoded = name.encode()
        head = struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, 8, 0, 0, crc, len(data), size, len(encoded), 0)
        central += struct.pack("<4sHHHHHHIIIHHHHHII", b"PK\x01\x02", 20, 20, 0, 8, 0, 0, crc, len(data), size,
                               len(encoded), 0, 0, 0, 0, 0, offset) + encoded
        local += head + encoded + data
        offset += len(head) + len(encoded) + len(data)
    end = struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(members), len(members), len(central), offset, 0)
    path.write_bytes(local + central + end)
    return path


def npz_bomb(path: Path, shape: tuple, dtype: str, inflated: int) -> Path:
    """An NPZ archive whose x.npy header says ``shape`` of ``dtype`` and which inflates to
    ``inflated`` bytes after that header; y is three labels."""
    header = npy_header(shape, dtype)
    labels = npy_header((3,), "<i8") + np.arange(3, dtype="<i8").tobytes()
    compressed_labels = zlib.compressobj(9, zlib.DEFLATED, -15)
    labels_data = compressed_labels.compress(labels) + compressed_labels.flush()
    crc = zlib.crc32(header + bytes(inflated)) if inflated <= 64 * MIB else 0  # a bomb is never read to its end
    return zip_with(path, {"x.npy": (deflated_zeros(inflated, header), len(header) + inflated, crc),
                           "y.npy": (labels_data, len(labels), zlib.crc32(labels))})


def npz_entries(path: Path, count: int) -> Path:
    """An NPZ archive whose end record claims ``count`` entries (the directory itself is empty)."""
    path.write_bytes(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, count & 0xFFFF, count & 0xFFFF, 0, 0, 0))
    return path


def png_header(path: Path, width: int, height: int, bit_depth: int = 8, colour: int = 0) -> Path:
    """A PNG whose header declares ``width`` x ``height`` pixels; a few bytes of image data follow."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, bit_depth, colour, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(1024)))
                     + chunk(b"IEND", b""))
    return path


def safetensors_header(path: Path, header: dict, data_size: int = 0, file_size: int | None = None) -> Path:
    """A safetensors file with ``header`` (JSON), then ``data_size`` zero bytes; sparse up to
    ``file_size`` when given."""
    text = json.dumps(header).encode()
    start = struct.pack("<Q", len(text)) + text
    return sparse(path, file_size if file_size is not None else len(start) + data_size, start)


def fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def link(path: Path, target: str) -> Path:
    path.symlink_to(target)
    return path
