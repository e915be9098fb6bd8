"""Fixtures for the data-layer tests: the shared folder of real MNIST files, found beside the
repository (../shared/data/mnist from the repo root) or through $BACKPROP_SHARED_DATA.

Tests that need it are skipped where it is absent, except under CI (CI set), where they fail.
"""

import os
from pathlib import Path

import pytest

from backprop.data.mnist import link_train24k, read_pair, shared_mnist_dir

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    found = shared_mnist_dir(REPO)
    if found is None:
        message = (f"no shared MNIST folder at {REPO.parent / 'shared/data/mnist'} "
                   "(or $BACKPROP_SHARED_DATA)")
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return found


@pytest.fixture(scope="session")
def mnist_dir(shared_dir, tmp_path_factory) -> Path:
    """The shared train-24k and test files under their canonical names (symlinks)."""
    return link_train24k(shared_dir, tmp_path_factory.mktemp("mnist-train24k"))


@pytest.fixture(scope="session")
def test_arrays(shared_dir):
    """uint8 images (10000, 28, 28) and labels (10000,) of the official test set."""
    return read_pair(shared_dir / "t10k-images-idx3-ubyte.gz",
                     shared_dir / "t10k-labels-idx1-ubyte.gz")


@pytest.fixture(scope="session")
def train24k_arrays(shared_dir):
    """uint8 images (24345, 28, 28) and labels (24345,): the first 24,345 training images."""
    return read_pair(shared_dir / "train-24k-images-idx3-ubyte.gz",
                     shared_dir / "train-24k-labels-idx1-ubyte.gz")
