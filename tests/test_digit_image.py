"""Images of more than 8 bits a channel are read with every grey level (16-bit PNG, 32-bit integer
and float TIFF). Before, Pillow's convert("L") clipped them at 255: a 16-bit digit kept two levels,
paper and ink, and a clear 7 was predicted as a 3."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from backprop.commands.digit_image import read_digit
from backprop.data import DataError, load_mnist_sample


@pytest.fixture(scope="module")
def digits():
    _, test = load_mnist_sample()
    return test.x[:5].reshape(5, 28, 28)


def save(array: np.ndarray, path, mode: str | None = None):
    Image.fromarray(array, mode).save(path) if mode else Image.fromarray(array).save(path)
    return path


@pytest.mark.parametrize("depth", ["16-bit png", "32-bit integer tiff", "float tiff"])
def test_a_deep_image_reads_as_its_8_bit_copy(digits, tmp_path, depth):
    for number, digit in enumerate(digits):
        paper = 1.0 - digit  # dark ink on white paper
        eight = read_digit(save(np.round(255 * paper).astype(np.uint8), tmp_path / f"{number}.png"))
        if depth == "16-bit png":
            path = save(np.round(65535 * paper).astype(np.uint16), tmp_path / f"{number}-16.png")
            assert Image.open(path).mode.startswith("I")  # what Pillow hands over for 16-bit grey
        elif depth == "32-bit integer tiff":
            path = save(np.round(65535 * paper).astype(np.int32), tmp_path / f"{number}-32.tif", "I")
        else:
            path = save(paper.astype(np.float32), tmp_path / f"{number}-f.tif", "F")
        deep = read_digit(path)
        # the same digit: they differ by the 8-bit copy's rounding only (half a level of 255)
        np.testing.assert_allclose(deep, eight, atol=1 / 255 + 1e-6)
        assert len(np.unique(deep)) > 20  # grey levels kept (the clipped read had 2)


def test_a_16_bit_image_of_light_ink_on_black(digits, tmp_path):
    ink = np.round(65535 * digits[0]).astype(np.uint16)  # as MNIST: white ink on black
    eight = read_digit(save(np.round(255 * digits[0]).astype(np.uint8), tmp_path / "8.png"))
    np.testing.assert_allclose(read_digit(save(ink, tmp_path / "16.png")), eight, atol=1 / 255 + 1e-6)


def test_a_float_image_with_nan_is_one_line(tmp_path):
    array = np.ones((28, 28), np.float32)
    array[3, 4] = np.nan
    with pytest.raises(DataError, match="not a readable image"):
        read_digit(save(array, tmp_path / "nan.tif", "F"))
