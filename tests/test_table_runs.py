"""Training on a CSV or NPZ file end to end (docs/data.md): the file keeps a held-out test split
(test_fraction), evaluate scores exactly that part of the same file and says which data it scored,
the target column is found by name or given by number (--target), and a file too small to split is
one line."""

from __future__ import annotations

import json
import re

import numpy as np
import pytest

from backprop import cli
from backprop.data import load_table
from backprop.io import load_model

PROBLEM = """
seed = 3
[[layer]]
inputs = 3
units = 6
activation = "tanh"
[[layer]]
units = 2
activation = "softmax"
[loss]
name = "cross_entropy"
[train]
epochs = 3
batch_size = 10
learning_rate = 0.3
"""


def run(capsys, *argv):
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def table(rows: int = 100, header: bool = True) -> str:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(rows, 3))
    y = (x[:, 0] + x[:, 1] > 0).astype(int)
    lines = [",".join(f"{v:.6g}" for v in row) + f",{label}" for row, label in zip(x, y)]
    return ("a,b,c,label\n" if header else "") + "\n".join(lines) + "\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "net.toml").write_text(PROBLEM)
    (tmp_path / "data.csv").write_text(table())
    return tmp_path


def test_a_csv_run_holds_out_a_test_split_that_evaluate_scores_again(folder, capsys):
    status, out, err = run(capsys, "train", "net.toml", "--dataset", "data.csv", "--out", "run")
    assert status == 0, err
    assert "data     data.csv: 80 samples, tested on data.csv-test (20)" in out
    settings = load_model("run").settings
    assert settings["test_fraction"] == 0.2 and len(settings["dataset_sha256"]) == 64
    last = json.loads((folder / "run" / "history.json").read_text())["epochs"][-1]

    status, out, err = run(capsys, "evaluate", "run", "--dataset", "data.csv")
    assert status == 0, err
    assert ("data     data.csv-test: 20 samples, the part held out for testing when the model was trained"
            " (0.2 of the file, seed 3; it trained on the other 80)") in out
    loss = float(re.search(r"^loss +([0-9.]+)", out, re.M).group(1))
    assert loss == pytest.approx(last["test_loss"], abs=5e-5)  # the very samples training tested on
    accuracy = float(re.search(r"^accuracy ([0-9.]+)%", out, re.M).group(1))
    assert accuracy == pytest.approx(100 * last["test_accuracy"], abs=0.005)

    status, out, _ = run(capsys, "evaluate", "run", "--dataset", "data.csv", "--split", "train")
    assert status == 0 and "data     data.csv: 80 samples, the part the model was trained on (80 of 100" in out


def test_evaluate_says_when_a_file_is_not_the_one_trained_on(folder, capsys):
    assert run(capsys, "train", "net.toml", "--dataset", "data.csv", "--out", "run")[0] == 0
    (folder / "other.csv").write_text(table(30))
    status, out, err = run(capsys, "evaluate", "run", "--dataset", "other.csv")
    assert status == 0, err
    assert "data     other.csv: 30 samples, all of it: not the file the model was trained on" in out


def test_test_fraction_zero_trains_on_all_and_evaluate_says_so(folder, capsys):
    status, out, err = run(capsys, "train", "net.toml", "--dataset", "data.csv", "--test-fraction", "0", "--out", "run")
    assert status == 0, err
    assert "data     data.csv: 100 samples\n" in out
    status, out, _ = run(capsys, "evaluate", "run", "--dataset", "data.csv")
    assert "100 samples, all of it: the file the model was trained on, which held nothing out" in out


def test_a_headerless_csv_trains_with_target_by_number(folder, capsys):
    (folder / "bare.csv").write_text(table(header=False))
    status, _, err = run(capsys, "train", "net.toml", "--dataset", "bare.csv", "--out", "run")
    assert status == 2 and "bare.csv: line 1: the file has no header row" in err and "--target N" in err
    status, out, err = run(capsys, "train", "net.toml", "--dataset", "bare.csv", "--target", "4", "--out", "run")
    assert status == 0, err
    assert load_model("run").settings["target"] == "4"
    status, out, err = run(capsys, "evaluate", "run", "--dataset", "bare.csv")  # the model's target column
    assert status == 0 and "the part held out for testing" in out, err
    (folder / "rows.csv").write_text("1,0,0\n-1,0,0\n")  # features only: predict reads them as train would
    status, out, err = run(capsys, "predict", "run", "rows.csv")
    assert status == 0 and out.startswith("row 1  1  (probability") and "row 2  0" in out, err
    status, out, err = run(capsys, "predict", "run", "bare.csv", "--target", "4")
    assert status == 0 and re.search(r"^\d+ of 100 right", out, re.M), err


@pytest.mark.parametrize("text, argv, words", [
    ("a,b,c,label\n1,2,3,0\n", [], ("data.csv: samples: 1 sample(s) cannot be split into training and test",
                                    "set test_fraction to 0")),
    ("a,b,c,label\n1,2,3,0\n", ["--test-fraction", "0", "--validation-fraction", "0.5"],
     ("cannot be split into training and validation", "set validation_fraction to 0")),
], ids=["test-split", "validation-split"])
def test_a_file_too_small_to_split_is_one_line(folder, capsys, text, argv, words):
    (folder / "data.csv").write_text(text)
    status, out, err = run(capsys, "train", "net.toml", "--dataset", "data.csv", "--out", "run", *argv)
    assert status == 2 and out == "" and err.count("\n") == 1, err
    for word in words:
        assert word in err, err


def test_test_fraction_does_not_apply_to_mnist(folder, capsys):
    (folder / "mnist.toml").write_text(PROBLEM.replace("inputs = 3", "inputs = 784").replace("units = 2", "units = 10"))
    status, _, err = run(capsys, "train", "mnist.toml", "--test-fraction", "0.1", "--out", "run")
    assert status == 2 and "test_fraction 0.1 applies to CSV and NPZ files only" in err
    assert "mnist-sample has its own test set" in err


def test_no_numpy_warning_beside_a_refusal(tmp_path, capsys):
    path = tmp_path / "big.npz"
    np.savez(path, x=np.array([[1e39, 1.0], [2.0, 3.0]]), y=np.array([0, 1]))
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        status, _, err = run(capsys, "train", "--dataset", path, "--epochs", "1", "--out", tmp_path / "run")
    assert status == 2 and "not a finite float32 number" in err and err.count("\n") == 1


def test_byte_string_labels_name_classes_and_other_bytes_are_one_line(tmp_path, capsys):
    """Labels saved as NumPy byte strings are class names where they are UTF-8 text; other bytes (the fuzzer's
    b'\\x80') are refused in one line naming the array, never a UnicodeDecodeError."""
    good = tmp_path / "named.npz"
    np.savez(good, x=np.zeros((4, 2)), y=np.array([b"cat", b"dog", "chat".encode(), "\u732b".encode()]))
    assert sorted(load_table(good).classes) == ["cat", "chat", "dog", "\u732b"]
    bad = tmp_path / "bytes.npz"
    np.savez(bad, x=np.zeros((2, 2)), y=np.array([b"\x80", b"a"]))
    status, _, err = run(capsys, "train", "--dataset", bad, "--epochs", "1", "--out", tmp_path / "run")
    assert status == 2 and err.count("\n") == 1
    assert "bytes.npz: array 'y': holds byte strings that are not UTF-8 text" in err
