"""Input scaling: how raw inputs become what a network takes, kept with the trained model.

A network trains well on inputs of about unit size (He and Glorot initialisations assume them);
raw 0-255 pixel values or prices in the thousands make plain SGD diverge. A run therefore scales
its inputs, and the model keeps the scaling, so that ``evaluate``, ``predict`` and the estimators
give the network what it was trained on:

* ``"none"``: the inputs as they are;
* ``"pixels"``: 8-bit pixel values 0 to 255 divided by 255 (the training data was recognised as
  such, or the run asked for it);
* ``"standardize"``: per feature, ``(x - mean) / std`` with the training set's mean and standard
  deviation (a feature that is constant in training gets std 1).

It also keeps the range of the raw training inputs, ``[low, high]`` (every feature's values
together), and refuses inputs far outside it: below ``low - width`` or above ``high + width``,
where ``width = high - low`` (1 if the training inputs were all equal). Pixels 0-255 given to a
model trained on pixels scaled to 0-1 are refused so; a network would otherwise answer with
certainty from inputs it never saw (a probability of 1.0000 and a loss of 75).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from .dataset import Dataset, Standardizer
from .pixels import PIXEL_WHITE, Pixels, as_array, to_unit as pixels_to_unit

#: What a model does to its raw inputs.
SCALINGS = ("none", "pixels", "standardize")
#: The training setting ``input_scale``: "auto" divides by 255 when the inputs look like 8-bit
#: pixels (recognise_pixels), "pixels" always, "none" never. ``standardize`` takes precedence.
INPUT_SCALES = ("auto", "pixels", "none")
#: Recognised as 8-bit pixels: at least this many features (a 4 x 4 image)...
PIXEL_MIN_FEATURES = 16
#: ... and a brightest value above this (data of small whole numbers, counts or ratings, is not).
PIXEL_MIN_BRIGHTEST = 127


def recognise_pixels(x: np.ndarray | Pixels) -> bool:
    """Whether inputs (samples, features) look like raw 8-bit pixel values: every value a whole
    number from 0 to 255, the largest above 127, and at least 16 features. (Pixels stand for
    values in [0, 1]: never.)"""
    if x.ndim != 2 or x.shape[1] < PIXEL_MIN_FEATURES or x.size == 0:
        return False
    low, high = _extremes(x)
    if low < 0 or high > PIXEL_WHITE or high <= PIXEL_MIN_BRIGHTEST:
        return False
    return all(not np.any(np.modf(chunk)[0]) for chunk in _chunks(x))


@dataclass(frozen=True, eq=False)
class InputScaling:
    """What a model does to raw inputs, and the range of the raw inputs it was trained on.

    Attributes
    ----------
    kind : one of SCALINGS.
    mean, std : float32 (inputs,) for "standardize", else None.
    low, high : the smallest and the largest raw training input (over every feature); None when
        not known (models written before format version 2): such a model checks no range.
    """

    kind: str = "none"
    mean: np.ndarray | None = None
    std: np.ndarray | None = None
    low: float | None = None
    high: float | None = None

    def __post_init__(self):
        if self.kind not in SCALINGS:
            raise ValueError(f"kind must be one of {SCALINGS}, not {self.kind!r}")
        if (self.kind == "standardize") != (self.mean is not None and self.std is not None):
            raise ValueError("mean and std are given for 'standardize', and only for it")
        if (self.low is None) != (self.high is None) or (self.low is not None and self.low > self.high):
            raise ValueError("low and high are both given, low <= high, or both None")

    @classmethod
    def fit(cls, x: np.ndarray | Pixels, input_scale: str = "auto", standardize: bool = False) -> InputScaling:
        """The scaling a run with these settings uses for training inputs x (samples, features);
        Pixels stand for their values in [0, 1]."""
        if input_scale not in INPUT_SCALES:
            raise ValueError(f"input_scale must be one of {INPUT_SCALES}, not {input_scale!r}")
        low, high = _extremes(x) if x.size else (None, None)
        if standardize:
            fitted = Standardizer.fit(as_array(x))
            return cls("standardize", fitted.mean, fitted.std, low, high)
        if input_scale == "pixels" or (input_scale == "auto" and recognise_pixels(x)):
            return cls("pixels", low=low, high=high)
        return cls("none", low=low, high=high)

    def apply(self, x: np.ndarray | Pixels, dtype=np.float32) -> np.ndarray | Pixels:
        """Raw inputs (samples, inputs) -> the network's inputs, C-contiguous ``dtype``. Pixels
        taken as they are ("none") stay Pixels: training and evaluation convert a batch at a time."""
        if isinstance(x, Pixels):
            if self.kind == "none":
                return x
            x = x.array(dtype)
        x = np.asarray(x)
        if self.kind == "none":
            return np.ascontiguousarray(x, dtype=dtype)
        out = np.array(x, dtype=dtype, order="C", copy=True)
        if self.kind == "pixels":
            out /= PIXEL_WHITE
        else:
            out -= self.mean.astype(dtype)
            out /= self.std.astype(dtype)
        return out

    def apply_to(self, data: Dataset | None) -> Dataset | None:
        """A Dataset with scaled inputs (targets shared); None passes through."""
        return None if data is None else replace(data, x=self.apply(data.x))

    def raw(self, x: np.ndarray) -> np.ndarray:
        """The inverse of :meth:`apply`: the network's inputs back to raw inputs (float32)."""
        x = np.asarray(as_array(x), dtype=np.float32)
        if self.kind == "pixels":
            return x * np.float32(PIXEL_WHITE)
        if self.kind == "standardize":
            return x * self.std + self.mean
        return x

    def allowed(self) -> tuple[float, float] | None:
        """The raw input values accepted: ``(low - width, high + width)``; None: no range known."""
        if self.low is None:
            return None
        width = (self.high - self.low) or 1.0
        return self.low - width, self.high + width

    def far_outside(self, x: np.ndarray) -> tuple[int, int, float] | None:
        """The first (row, column, value) of raw inputs x (samples, inputs) outside
        :meth:`allowed`, or None when every value is inside (or no range is known)."""
        bounds = self.allowed()
        if bounds is None or x.size == 0:
            return None
        start = 0
        for chunk in _chunks(x):
            bad = np.argwhere((chunk < bounds[0]) | (chunk > bounds[1]))
            if bad.size:
                row, column = (int(k) for k in bad[0])
                return start + row, column, float(chunk[row, column])
            start += len(chunk)
        return None

    def from_unit(self, levels: np.ndarray) -> np.ndarray:
        """Grey levels of images in [0, 1] (0 black, 1 white ink: how backprop reads a PNG and
        how the MNIST loaders give pixels) on the scale of the raw training inputs: 0 becomes
        ``low`` and 1 ``high`` (a model trained on 0-255 pixels gets 0 to 255). Unchanged when no
        range is known."""
        levels = np.asarray(levels, dtype=np.float32)
        if self.low is None or (self.low, self.high) == (0.0, 1.0):
            return levels
        return np.float32(self.low) + levels * np.float32(self.high - self.low)

    def to_unit(self, raw: np.ndarray) -> np.ndarray:
        """The inverse of :meth:`from_unit` (raw inputs as grey levels in [0, 1], for pictures)."""
        raw = np.asarray(as_array(raw), dtype=np.float32)
        if self.low is None or self.high == self.low or (self.low, self.high) == (0.0, 1.0):
            return raw
        return (raw - np.float32(self.low)) / np.float32(self.high - self.low)

    def describe(self) -> str:
        """In a few words, for messages and reports: "8-bit pixels (0 to 255) divided by 255"."""
        if self.kind == "pixels":
            return f"8-bit pixels ({_number(self.low)} to {_number(self.high)}) divided by 255"
        if self.kind == "standardize":
            return "standardised with the training set's mean and std per feature"
        return "as they are"

    def range_text(self) -> str:
        """E.g. "0 to 255" (the raw training inputs), or "unknown"."""
        return "unknown" if self.low is None else f"{_number(self.low)} to {_number(self.high)}"


def _number(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def _chunks(x: np.ndarray | Pixels, rows: int = 4096):
    """x in blocks of rows (Pixels converted): elementwise tests without a temporary the size of x."""
    if isinstance(x, Pixels):
        yield from x.blocks(rows)
        return
    for start in range(0, len(x), rows):
        yield x[start:start + rows]


def _extremes(x: np.ndarray | Pixels) -> tuple[float, float]:
    """The smallest and the largest value of x (not empty); of Pixels, of the values they stand
    for (the conversion keeps the order: those of the smallest and the largest byte)."""
    if isinstance(x, Pixels):
        low, high = pixels_to_unit(np.array([x.values.min(), x.values.max()], np.uint8))
        return float(low), float(high)
    return float(x.min()), float(x.max())
