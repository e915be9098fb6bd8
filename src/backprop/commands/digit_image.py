"""A picture of a handwritten digit, of any size, made to look like an MNIST digit.

MNIST's digits were made this way (LeCun et al.): the written digit was size-normalised to fit a
20 x 20 box keeping its aspect ratio (anti-aliased, hence grey levels), then placed in a 28 x 28
image so that its centre of mass lies at the image's centre. Here, step by step:

1. grey levels 0-255 (transparent parts count as white paper; 16-bit and float images are scaled
   from their own full scale, every level kept);
2. white ink on black, as MNIST: inverted when the background (the border pixels) is light;
3. cropped to the bounding box of the ink;
4. scaled so that the longer side is 20 pixels, keeping the aspect ratio;
5. pasted into 28 x 28 with its centre of mass at pixel (14, 14), as in MNIST, clipped at the border;
6. scaled to [0, 1] with the darkest ink at 1, as the MNIST loader gives pixels (byte / 255).
"""

from __future__ import annotations

import warnings

import numpy as np

from ..data import DataError
from ..files import open_input
from ..limits import LIMITS

SIDE = 28
BOX = 20
# Where MNIST puts the centre of mass, in pixel indices (0 .. 27): at 14, not at the geometric centre
# 13.5 (measured on the bundled training images: 13.99 down, 14.00 across on average). A pixel
# matters: a digit shifted by one pixel each way correlates only about 0.6 with itself.
CENTRE = 14
# Pixels fainter than this share of the brightest ink are background noise (JPEG artefacts, paper
# texture) and do not count for the bounding box.
INK_THRESHOLD = 0.2


def read_digit(path) -> np.ndarray:
    """The image at ``path`` as an MNIST-like digit: float32 (784,), background 0, ink up to 1.

    Raises DataError (one line) when the file is not a readable image or holds no ink.
    """
    from PIL import Image, UnidentifiedImageError

    def refuse(what: str, fix: str):
        raise DataError(path, "file", what, fix)

    try:
        file, _ = open_input(path, refuse)
        with file, warnings.catch_warnings():
            # Pillow warns of a "decompression bomb" from 89 million pixels; the limit below is lower
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            with Image.open(file) as image:
                pixels, limit = image.size[0] * image.size[1], LIMITS["image_pixels"]
                if pixels > limit:  # known from the header: refused before a pixel is decoded
                    refuse(f"is {image.size[0]:,} x {image.size[1]:,} pixels, more than the {limit:,} allowed"
                           " (image_pixels)", "give a smaller picture of the digit (docs/limits.md)")
                image.load()
                grey = _grey(image)
    except FileNotFoundError:
        raise DataError(path, "file", "not found", "give the path of an image file (PNG)") from None
    except DataError:
        raise
    except Image.DecompressionBombError:  # Pillow's own, from twice its own limit (179 million pixels)
        raise DataError(path, "file", f"has more than the {LIMITS['image_pixels']:,} pixels allowed (image_pixels)",
                        "give a smaller picture of the digit (docs/limits.md)") from None
    except (UnidentifiedImageError, OSError, ValueError) as error:
        raise DataError(path, "file", f"is not a readable image ({' '.join(str(error).split())})",
                        "give a PNG (or JPEG, BMP...) image of one digit") from None
    return mnist_like(grey, path)


def _grey(image) -> np.ndarray:
    """Grey levels 0..255 as float64 (height, width), transparency composited onto white paper.

    Images of more than 8 bits a channel (16-bit PNG: mode "I;16" or "I"; 32-bit integer or float
    TIFF: "I", "F") are scaled from their own full scale, keeping every level: Pillow's convert("L")
    clips them at 255, which leaves a 16-bit digit two levels (paper and ink) and changes its class.
    """
    from PIL import Image

    if image.mode.startswith("I;16") or image.mode in ("I", "F"):
        values = np.asarray(image, dtype=np.float64)
        if image.mode.startswith("I;16"):
            return values * (255.0 / 65535.0)
        return values * (255.0 / _full_scale(values))
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        paper = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(paper, rgba)
    return np.asarray(image.convert("L"), dtype=np.float64)


def _full_scale(values: np.ndarray) -> float:
    """The white of a one-channel image of integers or floats: 1 (floats in [0, 1]), 255 (floats
    in [0, 255]) or 65535 (16-bit levels), the smallest that holds every value; else its largest
    value (levels of no known depth: the brightest pixel is taken as white)."""
    low, high = float(values.min()), float(values.max())
    if not (np.isfinite(low) and np.isfinite(high)):
        raise ValueError("the image holds values that are not finite")
    for scale in ((1.0, 255.0, 65535.0) if np.any(values % 1) else (255.0, 65535.0)):
        if low >= 0 and high <= scale:
            return scale
    return high if high > 0 else 1.0


def mnist_like(grey: np.ndarray, path="image") -> np.ndarray:
    """Grey levels (height, width), any orientation of ink, -> float32 (784,) as MNIST's digits."""
    from PIL import Image

    border = np.concatenate([grey[0], grey[-1], grey[:, 0], grey[:, -1]])
    ink = 255.0 - grey if np.median(border) > 127 else grey.copy()  # light paper: dark ink
    ink -= np.median(np.concatenate([ink[0], ink[-1], ink[:, 0], ink[:, -1]]))  # background to 0
    np.clip(ink, 0, None, out=ink)
    if ink.max() <= 0:
        raise DataError(path, "image", "holds no digit (it is one flat colour)",
                        "give an image of a digit, dark on light or light on dark")
    rows = np.flatnonzero((ink >= INK_THRESHOLD * ink.max()).any(axis=1))
    columns = np.flatnonzero((ink >= INK_THRESHOLD * ink.max()).any(axis=0))
    ink = ink[rows[0]:rows[-1] + 1, columns[0]:columns[-1] + 1]
    height, width = ink.shape
    scale = BOX / max(height, width)
    size = (max(1, round(width * scale)), max(1, round(height * scale)))
    # Resize as a float image ("F" mode) so that no grey levels are lost before centring.
    small = np.asarray(Image.fromarray(ink.astype(np.float32), mode="F").resize(size, Image.LANCZOS),
                       dtype=np.float64)
    np.clip(small, 0, None, out=small)
    canvas = np.zeros((SIDE, SIDE))
    total = small.sum()
    centre_y = (small.sum(axis=1) @ np.arange(small.shape[0])) / total
    centre_x = (small.sum(axis=0) @ np.arange(small.shape[1])) / total
    top = int(round(CENTRE - centre_y))
    left = int(round(CENTRE - centre_x))
    _paste(canvas, small, top, left)
    canvas /= canvas.max()
    return canvas.astype(np.float32).reshape(SIDE * SIDE)


def _paste(canvas: np.ndarray, patch: np.ndarray, top: int, left: int) -> None:
    """canvas[top:, left:] = patch, clipped to the canvas on every side."""
    rows, columns = patch.shape
    y0, x0 = max(0, top), max(0, left)
    y1, x1 = min(canvas.shape[0], top + rows), min(canvas.shape[1], left + columns)
    if y1 > y0 and x1 > x0:
        canvas[y0:y1, x0:x1] = patch[y0 - top:y1 - top, x0 - left:x1 - left]
