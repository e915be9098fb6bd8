"""The MNIST sample shipped in the package: small, equal to the slices it was cut from, and cut
deterministically by scripts/make_mnist_sample.py."""

import gzip
import importlib.util
from pathlib import Path

import numpy as np

from backprop.data import load_dataset, load_mnist_sample
from backprop.data.mnist import FILES, SAMPLE_DIR, read_pair

REPO = Path(__file__).resolve().parents[2]


def test_sample_is_small_and_complete():
    sizes = {name: (SAMPLE_DIR / name).stat().st_size for name in FILES.values()}
    assert sorted(p.name for p in SAMPLE_DIR.iterdir()) == sorted(FILES.values())
    assert sum(sizes.values()) <= 2_000_000
    assert all(size > 500 for size in sizes.values())


def test_sample_equals_the_shared_slices(test_arrays, train24k_arrays):
    for part, (images, labels), count in (("train", train24k_arrays, 6000),
                                          ("test", test_arrays, 1000)):
        got_images, got_labels = read_pair(SAMPLE_DIR / FILES[f"{part}-images"],
                                           SAMPLE_DIR / FILES[f"{part}-labels"])
        assert got_images.shape == (count, 28, 28)
        assert np.array_equal(got_images, images[:count])
        assert np.array_equal(got_labels, labels[:count])


def test_load_mnist_sample():
    train, test = load_mnist_sample()
    assert train.x.shape == (6000, 784) and test.x.shape == (1000, 784)
    assert train.x.dtype == np.float32 and train.x.flags.c_contiguous
    assert 0.0 == train.x.min() and train.x.max() == 1.0
    assert train.y.dtype == np.int64 and train.y[:5].tolist() == [5, 0, 4, 1, 9]
    assert test.y[:5].tolist() == [7, 2, 1, 0, 4]
    assert set(np.unique(train.y).tolist()) == set(range(10))
    assert train.name == "mnist-sample-train" and test.name == "mnist-sample-test"
    assert train.n_outputs == 10 and train.n_features == 784
    default, _ = load_dataset()  # no arguments: the sample
    assert default.name == "mnist-sample-train" and np.array_equal(default.y, train.y)


def test_sample_script_is_deterministic(shared_dir, tmp_path):
    spec = importlib.util.spec_from_file_location("make_mnist_sample",
                                                  REPO / "scripts" / "make_mnist_sample.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.main(["--shared", str(shared_dir), "--out", str(tmp_path)]) == 0
    for name in FILES.values():
        made, bundled = (tmp_path / name).read_bytes(), (SAMPLE_DIR / name).read_bytes()
        # a gzip header with no file name (flags 0) and mtime 0: nothing that changes per run
        assert made[:10] == bundled[:10] == b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff", name
        assert gzip.decompress(made) == gzip.decompress(bundled), name
