"""8-bit pixel images kept as bytes until a batch needs them.

MNIST's 24,345 training images are 19 MB as bytes and 76 MB as float32 values in [0, 1]. Training
takes :class:`Pixels` wherever it takes float inputs (training.train, training.evaluate): each
batch is gathered from the bytes and converted then, with the same arithmetic as a whole-set
conversion (``to_unit``), so that the network sees the same numbers to the last bit.
"""

from __future__ import annotations

import math

import numpy as np

#: 8-bit pixels are divided by this (white).
PIXEL_WHITE = 255.0


def to_unit(values: np.ndarray, dtype=np.float32, out: np.ndarray | None = None) -> np.ndarray:
    """uint8 pixel values (any shape) -> values / 255 in ``dtype``: each value converted to
    ``dtype`` (exactly), then divided by 255 in ``dtype`` (correctly rounded), into ``out`` if
    given. The one definition of the conversion: a whole set and a batch give the same bits."""
    return np.divide(values, np.dtype(dtype).type(PIXEL_WHITE), out=out, dtype=dtype)


class Pixels:
    """Inputs (samples, features) kept as 8-bit pixel values: ``values`` uint8 in C order, standing
    for ``to_unit(values)`` (values / 255 in the network's dtype).

    Raises ValueError on construction for anything but a 2-D, C-contiguous uint8 array.
    """

    ndim = 2

    def __init__(self, values: np.ndarray):
        if not (isinstance(values, np.ndarray) and values.dtype == np.uint8 and values.ndim == 2
                and values.flags.c_contiguous):
            raise ValueError("Pixels takes a C-contiguous uint8 array of shape (samples, features)")
        self.values = values

    @property
    def shape(self) -> tuple[int, int]:
        return self.values.shape

    @property
    def size(self) -> int:
        return self.values.size

    def __len__(self) -> int:
        return len(self.values)

    def block(self, start: int, stop: int, dtype=np.float32, out: np.ndarray | None = None) -> np.ndarray:
        """Rows start..stop as ``dtype`` (stop - start, features): a new array, or ``out``'s
        first rows (out: at least that many rows, C order)."""
        values = self.values[start:stop]
        return to_unit(values, dtype, None if out is None else out[:len(values)])

    def take(self, index: np.ndarray, out: np.ndarray, scratch: np.ndarray) -> np.ndarray:
        """The rows at ``index`` (rows,) into ``out`` (rows, features) as its dtype, gathered
        through ``scratch`` (rows, features) uint8; returns ``out``. The indices must be valid
        (they are not checked: a batch's come from a permutation of the samples)."""
        self.values.take(index, axis=0, out=scratch, mode="clip")  # "clip": see BatchStep._first_layer
        return to_unit(scratch, out.dtype, out=out)

    def array(self, dtype=np.float32) -> np.ndarray:
        """Every row as ``dtype``: the float inputs these pixels stand for."""
        return to_unit(self.values, dtype)

    def blocks(self, rows: int = 4096, dtype=np.float32):
        """Every row as ``dtype``, in consecutive blocks of ``rows`` rows (new arrays)."""
        for start in range(0, len(self), rows):
            yield self.block(start, start + rows, dtype)

    def __repr__(self) -> str:
        return f"Pixels({self.shape[0]} samples, {self.shape[1]} features)"


def as_array(x, dtype=np.float32) -> np.ndarray:
    """Inputs as an array: Pixels converted whole (``Pixels.array``), anything else as it is."""
    return x.array(dtype) if isinstance(x, Pixels) else x


def root_mean_square(x: np.ndarray | Pixels) -> float:
    """sqrt(mean(x^2)) over every value of x (Pixels: of the values they stand for, float32),
    summed in float64 a block of rows at a time."""
    if x.size == 0:
        return 0.0
    total = 0.0
    for start in range(0, len(x), 4096):
        block = rows_of(x, start, start + 4096)
        total += float(np.einsum("ij,ij->", block, block, dtype=np.float64))
        del block  # (Pixels: a converted block, 12 MiB for MNIST's rows: one alive at a time)
    return math.sqrt(total / x.size)


def rows_of(x: np.ndarray | Pixels, start: int, stop: int, dtype=np.float32,
            buffer: np.ndarray | None = None) -> np.ndarray:
    """Rows start..stop of inputs x (samples, features): a view of an array, or Pixels' rows
    converted to ``dtype`` (a new array the size of the block, or the first rows of ``buffer``)."""
    return x.block(start, stop, dtype, buffer) if isinstance(x, Pixels) else x[start:stop]
