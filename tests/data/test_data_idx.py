"""The IDX/MNIST readers: known facts of the real files, gzip-or-not by magic, and every error."""

import gzip
import hashlib
import struct

import numpy as np
import pytest

from backprop.data import DataError, load_mnist
from backprop.data.idx import read_idx, write_idx
from backprop.data.mnist import find_files, read_images, read_labels, read_pair, to_dataset

# The known digit counts of the official MNIST test set (0..9).
TEST_COUNTS = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]


def check_error(info, path, *parts):
    """The DataError is one line, starts with the file, and says each part."""
    message = str(info.value)
    assert isinstance(info.value, ValueError)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    for part in parts:
        assert part in message, f"{part!r} not in {message!r}"
    return message


# --- known facts of the real files ---------------------------------------------------------------

def test_test_set_facts(test_arrays):
    images, labels = test_arrays
    assert images.shape == (10000, 28, 28) and images.dtype == np.uint8
    assert labels.shape == (10000,) and labels.dtype == np.uint8
    assert np.bincount(labels, minlength=10).tolist() == TEST_COUNTS
    assert labels[:5].tolist() == [7, 2, 1, 0, 4]
    assert images.min() == 0 and images.max() == 255
    # the published normalisation constants of the MNIST test set
    assert images.mean() / 255 == pytest.approx(0.1325, abs=1e-4)
    assert images.std() / 255 == pytest.approx(0.3105, abs=1e-4)


def test_train24k_facts(train24k_arrays, shared_dir):
    images, labels = train24k_arrays
    assert images.shape == (24345, 28, 28) and images.dtype == np.uint8
    assert labels.shape == (24345,)
    assert labels[:5].tolist() == [5, 0, 4, 1, 9]
    full = read_labels(shared_dir / "train-labels-idx1-ubyte.gz")
    assert full.shape == (60000,)
    assert np.array_equal(full[:24345], labels)
    assert np.bincount(full, minlength=10).tolist() == [5923, 6742, 5958, 6131, 5842, 5421, 5918,
                                                        6265, 5851, 5949]


def test_load_mnist_folder(mnist_dir, test_arrays, train24k_arrays):
    train, test = load_mnist(mnist_dir)
    assert (len(train), len(test)) == (24345, 10000)
    for data, (images, labels) in ((train, train24k_arrays), (test, test_arrays)):
        assert data.x.shape == (len(labels), 784) and data.x.dtype == np.float32
        assert data.x.flags.c_contiguous and data.x.flags.owndata
        assert data.y.dtype == np.int64 and np.array_equal(data.y, labels)
        assert data.classes == [str(d) for d in range(10)] and data.task == "classification"
        assert 0.0 <= data.x.min() and data.x.max() == 1.0
        np.testing.assert_array_equal(data.x, images.reshape(-1, 784) / np.float32(255))
    assert train.y[0] == 5 and test.y[0] == 7


def test_gzip_and_plain_give_the_same_arrays(shared_dir, tmp_path):
    """Told by magic bytes: plain data named .gz and gzip data named .idx both read right."""
    for name in ("t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"):
        source = shared_dir / name
        plain = tmp_path / f"plain-{name}"  # un-gzipped bytes under a .gz name
        plain.write_bytes(gzip.decompress(source.read_bytes()))
        packed = tmp_path / f"packed-{name}.idx"  # gzip bytes under another name
        packed.write_bytes(source.read_bytes())
        expected = read_idx(source)
        assert np.array_equal(read_idx(plain), expected)
        assert np.array_equal(read_idx(packed), expected)
        assert read_idx(plain).dtype == np.uint8


def test_folder_accepts_plain_names(tmp_path, test_arrays):
    images, labels = test_arrays
    for prefix in ("train", "t10k"):
        write_idx(tmp_path / f"{prefix}-images-idx3-ubyte", images[:50])
        write_idx(tmp_path / f"{prefix}-labels-idx1-ubyte", labels[:50])
    assert not (tmp_path / "train-images-idx3-ubyte").read_bytes().startswith(b"\x1f\x8b")
    train, test = load_mnist(tmp_path)
    assert len(train) == len(test) == 50
    assert np.array_equal(test.y, labels[:50])


def test_write_idx_round_trip_and_deterministic(tmp_path):
    for dtype in (np.uint8, np.int8, np.int16, np.int32, np.float32, np.float64):
        array = (np.arange(24).reshape(2, 3, 4) - 5).astype(dtype)
        back = read_idx(write_idx(tmp_path / f"a-{np.dtype(dtype).name}.gz", array))
        assert back.dtype == np.dtype(dtype) and np.array_equal(back, array)
    first = write_idx(tmp_path / "one.gz", np.arange(100, dtype=np.uint8)).read_bytes()
    second = write_idx(tmp_path / "two.gz", np.arange(100, dtype=np.uint8)).read_bytes()
    assert first == second and first[4:8] == b"\0\0\0\0"  # gzip mtime 0, no name stored
    assert hashlib.md5(first).digest() == hashlib.md5(second).digest()


# --- errors --------------------------------------------------------------------------------------

def images_bytes(count=3, rows=28, cols=28, data_bytes=None):
    header = struct.pack(">IIII", 2051, count, rows, cols)
    size = count * rows * cols if data_bytes is None else data_bytes
    return header + bytes(range(256)) * (size // 256) + bytes(size % 256)


def labels_bytes(values):
    return struct.pack(">II", 2049, len(values)) + bytes(values)


def test_missing_file(tmp_path):
    path = tmp_path / "nothing-here.gz"
    with pytest.raises(DataError) as info:
        read_images(path)
    check_error(info, path, "file: not found")


def test_not_an_idx_file(tmp_path):
    path = tmp_path / "train-images-idx3-ubyte"
    path.write_bytes(b"<html>404 not found</html>")
    with pytest.raises(DataError) as info:
        read_images(path)
    check_error(info, path, "byte offset 0", "magic bytes 3c 68 74 6d are not an IDX header")
    gz = tmp_path / "fake.gz"
    gz.write_bytes(gzip.compress(b"PK\x03\x04 not idx at all"))
    with pytest.raises(DataError) as info:
        read_idx(gz)
    check_error(info, gz, "magic bytes 50 4b 03 04", "inside the gzip stream")


def test_empty_file(tmp_path):
    path = tmp_path / "empty"
    path.write_bytes(b"")
    with pytest.raises(DataError) as info:
        read_idx(path)
    check_error(info, path, "is empty")


def test_truncated_plain_file(tmp_path):
    path = tmp_path / "short"
    path.write_bytes(images_bytes(count=3, data_bytes=1000))
    with pytest.raises(DataError) as info:
        read_images(path)
    check_error(info, path, "byte offset 1016", "ends after 1000 of the 2352 data bytes",
                "truncated")
    header_only = tmp_path / "header"
    header_only.write_bytes(images_bytes()[:10])
    with pytest.raises(DataError) as info:
        read_idx(header_only)
    check_error(info, header_only, "header", "ends at byte 10, inside the 16-byte header")


def test_truncated_gzip_header_count(tmp_path):
    """A complete gzip stream whose IDX data is shorter than its header says."""
    path = tmp_path / "short.gz"
    path.write_bytes(gzip.compress(images_bytes(count=3, data_bytes=2000)))
    with pytest.raises(DataError) as info:
        read_images(path)
    check_error(info, path, "byte offset 2016", "ends after 2000 of the 2352 data bytes")


def test_cut_gzip_stream(tmp_path, shared_dir):
    path = tmp_path / "cut.gz"
    path.write_bytes((shared_dir / "t10k-labels-idx1-ubyte.gz").read_bytes()[:2000])
    with pytest.raises(DataError) as info:
        read_labels(path)
    check_error(info, path, "gzip stream", "truncated or corrupt gzip data")


def test_corrupt_gzip_stream(tmp_path, shared_dir):
    data = bytearray((shared_dir / "t10k-labels-idx1-ubyte.gz").read_bytes())
    data[len(data) // 2: len(data) // 2 + 16] = bytes(16)  # zero out 16 compressed bytes
    path = tmp_path / "corrupt.gz"
    path.write_bytes(bytes(data))
    with pytest.raises(DataError) as info:
        read_labels(path)
    check_error(info, path, "gzip stream", "corrupt")
    crc = bytearray(gzip.compress(labels_bytes([1, 2, 3]), mtime=0))
    crc[-8] ^= 0xFF  # the stored CRC32
    path.write_bytes(bytes(crc))
    with pytest.raises(DataError) as info:
        read_labels(path)
    check_error(info, path, "gzip stream", "CRC")


def test_bytes_after_the_data(tmp_path):
    path = tmp_path / "long"
    path.write_bytes(labels_bytes([1, 2, 3]) + b"\x04")
    with pytest.raises(DataError) as info:
        read_labels(path)
    check_error(info, path, "byte offset 11", "more bytes follow the 3 data bytes")


def test_count_mismatch(tmp_path):
    images, labels = tmp_path / "images", tmp_path / "labels"
    images.write_bytes(images_bytes(count=3))
    labels.write_bytes(labels_bytes([1, 2]))
    with pytest.raises(DataError) as info:
        read_pair(images, labels)
    check_error(info, images, "header", f"3 images but {labels} has 2 labels")


def test_label_out_of_range(tmp_path):
    path = tmp_path / "labels.gz"
    path.write_bytes(gzip.compress(labels_bytes([1, 2, 10, 3, 200])))
    with pytest.raises(DataError) as info:
        read_labels(path)
    check_error(info, path, "label 2 (byte offset 10)", "value 10 is out of range",
                "2 such label(s)", "MNIST labels are 0 to 9")


def test_wrong_image_dimensions(tmp_path):
    path = tmp_path / "images"
    path.write_bytes(images_bytes(count=2, rows=32, cols=30))
    with pytest.raises(DataError) as info:
        read_images(path)
    check_error(info, path, "header", "images are 32x30 pixels", "MNIST images are 28x28")


def test_labels_and_images_swapped(tmp_path):
    images, labels = tmp_path / "images", tmp_path / "labels"
    images.write_bytes(images_bytes(count=2))
    labels.write_bytes(labels_bytes([1, 2]))
    with pytest.raises(DataError) as info:
        read_labels(images)
    check_error(info, images, "3-dimensional uint8", "00 00 08 01")
    with pytest.raises(DataError) as info:
        read_images(labels)
    check_error(info, labels, "1-dimensional uint8", "00 00 08 03")


def test_folder_missing_a_file(tmp_path, shared_dir):
    with pytest.raises(DataError) as info:
        find_files(tmp_path / "absent")
    check_error(info, tmp_path / "absent", "folder: not found")
    (tmp_path / "train-images-idx3-ubyte.gz").write_bytes(b"")
    with pytest.raises(DataError) as info:
        find_files(tmp_path)
    check_error(info, tmp_path / "train-labels-idx1-ubyte.gz", "not found",
                "train-labels-idx1-ubyte un-gzipped")
    with pytest.raises(DataError) as info:  # the shared folder itself lacks the canonical names
        load_mnist(shared_dir)
    check_error(info, shared_dir / "train-images-idx3-ubyte.gz", "link_train24k")


def test_to_dataset_converts_once():
    images = np.full((2, 28, 28), 255, np.uint8)
    images[1] = 51
    data = to_dataset(images, np.array([3, 4], np.uint8), "tiny")
    assert data.x.dtype == np.float32 and data.x.flags.owndata
    assert not np.shares_memory(data.x, images)
    assert data.x[0].tolist() == [1.0] * 784 and data.x[1, 0] == pytest.approx(0.2)
    assert data.y.tolist() == [3, 4] and data.name == "tiny"
