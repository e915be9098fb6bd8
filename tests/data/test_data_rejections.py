"""Every kind of bad training data the readers must refuse, through ``backprop train``: one line on
stderr naming the file and the row (line, sample or label), exit status 2, nothing trained."""

from __future__ import annotations

import numpy as np
import pytest

from backprop import cli
from backprop.data.idx import write_idx


def refused(capsys, tmp_path, argv, *words) -> str:
    status = cli.main([str(a) for a in argv] + ["--epochs", "1", "--out", str(tmp_path / "run")])
    captured = capsys.readouterr()
    assert status == 2 and captured.out == "", captured.out
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1, captured.err
    for word in words:
        assert word in captured.err, captured.err
    assert not (tmp_path / "run").exists()  # nothing trained, nothing written
    return captured.err


@pytest.mark.parametrize("text, where, what", [
    ("a,b,label\n1,2,0\n3,nan,1\n", "line 3, column 'b'", "'nan' is not a finite number"),
    ("a,b,label\n1,2,0\n3,inf,1\n", "line 3, column 'b'", "'inf' is not a finite number"),
    ("a,b,label\n1,2,0\n3,4\n", "line 3", "2 fields, but the header has 3 columns"),      # ragged
    ("a,b,label\n1,2,0\n3,4,1,9\n", "line 3", "4 fields, but the header has 3 columns"),
    ("a,b,label\n1,2,0\n3,four,1\n", "line 3, column 'b'", "'four' is not a number"),
    ("", "line 1", "the file is empty"),
    ("a,b,label\n", "line 2", "the file has a header but no data rows"),
    ("a,b,target\n1,2,0.5\n3,4,nan\n", "line 3, column 'target'", "'nan' is not a finite float32 number"),
])
def test_bad_csv_files(capsys, tmp_path, text, where, what):
    path = tmp_path / "data.csv"
    path.write_text(text)
    refused(capsys, tmp_path, ["train", "--dataset", path], f"{path}: {where}: {what}")


def test_bad_npz_archives(capsys, tmp_path):
    path = tmp_path / "data.npz"
    np.savez(path, x=np.array([[1.0, 2.0], [np.nan, 0.0]]), y=np.array([0, 1]))
    refused(capsys, tmp_path, ["train", "--dataset", path], f"{path}: array 'x', sample 1, column 0",
            "not a finite")
    np.savez(path, x=np.array([[1.0, 2.0], [3.0, -np.inf]]), y=np.array([0, 1]))
    refused(capsys, tmp_path, ["train", "--dataset", path], "sample 1, column 1")
    np.savez(path, x=np.zeros((0, 2)), y=np.zeros(0))
    refused(capsys, tmp_path, ["train", "--dataset", path], "samples > 0")
    np.savez(path, x=np.zeros((3, 2)), y=np.arange(2))
    refused(capsys, tmp_path, ["train", "--dataset", path], "2 target(s) for 3 samples")
    path.write_bytes(b"")
    refused(capsys, tmp_path, ["train", "--dataset", path], f"{path}: file: is not an NPZ archive")


def mnist_folder(tmp_path, train_labels=None, train_images=None):
    folder = tmp_path / "mnist"
    folder.mkdir(exist_ok=True)
    images = np.zeros((4, 28, 28), np.uint8)
    labels = np.array([0, 1, 2, 3], np.uint8)
    write_idx(folder / "train-images-idx3-ubyte.gz", images if train_images is None else train_images)
    write_idx(folder / "train-labels-idx1-ubyte.gz", labels if train_labels is None else train_labels)
    write_idx(folder / "t10k-images-idx3-ubyte.gz", images)
    write_idx(folder / "t10k-labels-idx1-ubyte.gz", labels)
    return folder


def test_bad_mnist_files(capsys, tmp_path):
    argv = ["train", "--dataset", "mnist", "--data-dir"]
    folder = mnist_folder(tmp_path, train_labels=np.array([0, 1, 12, 3], np.uint8))
    labels = folder / "train-labels-idx1-ubyte.gz"
    refused(capsys, tmp_path, argv + [folder], f"{labels}: label 2 (byte offset 10): value 12 is out of range",
            "MNIST labels are 0 to 9")
    folder = mnist_folder(tmp_path, train_labels=np.array([0, 1, 2], np.uint8))
    refused(capsys, tmp_path, argv + [folder], "train-images-idx3-ubyte.gz: header: 4 images but",
            "3 labels")
    labels.write_bytes(b"")
    refused(capsys, tmp_path, argv + [folder], f"{labels}: file: is empty")
