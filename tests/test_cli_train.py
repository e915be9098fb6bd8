"""backprop train / evaluate / predict end to end, on the MNIST sample shipped in the package.

One real run of the README's main-job command (``backprop train``, no arguments) is shared by the
tests of its outputs, evaluate and predict; other runs are one or two epochs on a subset.
"""

from __future__ import annotations

import json
import os
import re

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from backprop import cli
from backprop.commands.evaluate import evaluation
from backprop.commands.outputs import HISTORY_KEYS
from backprop.data import load_mnist_sample
from backprop.data.idx import write_idx
from backprop.io import load_model

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module", autouse=True)
def one_blas_thread():
    with threadpool_limits(limits=1, user_api="blas"):  # the tests' own numpy work, too
        yield


def run(capsys, *argv) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line_error(status: int, out: str, err: str, *words: str) -> None:
    assert status == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1, err
    for word in words:
        assert word in err


@pytest.fixture(scope="module")
def sample():
    return load_mnist_sample()


@pytest.fixture(scope="module")
def main_job(tmp_path_factory):
    """`backprop train` with no arguments, run in an empty folder: (folder, stdout)."""
    where = tmp_path_factory.mktemp("main_job")
    here = os.getcwd()
    os.chdir(where)
    try:
        pytest_capture = _Capture()
        with pytest_capture:
            status = cli.main(["train"])
    finally:
        os.chdir(here)
    assert status == 0, pytest_capture.text
    (folder,) = (where / "runs").iterdir()
    return folder, pytest_capture.text


class _Capture:
    """Capture stdout in a module-scoped fixture (capsys is per test)."""

    def __enter__(self):
        import contextlib
        import io

        self.buffer = io.StringIO()
        self.redirect = contextlib.redirect_stdout(self.buffer)
        self.redirect.__enter__()
        return self

    def __exit__(self, *exc):
        self.redirect.__exit__(*exc)
        self.text = self.buffer.getvalue()
        return False


# --- the main job --------------------------------------------------------------------------------


def test_train_without_arguments_trains_the_mnist_preset_on_the_sample(main_job):
    folder, out = main_job
    assert "784-128-64-10 (relu, relu, softmax), cross_entropy" in out
    assert "mnist-sample-train: 6,000 samples" in out
    assert len(re.findall(r"^epoch +\d+/20 ", out, flags=re.M)) == 20  # plain lines: not a terminal
    assert re.search(r"^summary  20 epochs .* test loss [\d.]+ accuracy [\d.]+%$", out, flags=re.M)
    assert {p.name for p in folder.iterdir()} == {"model.safetensors", "history.json"}


def test_history_json_schema(main_job):
    folder, _ = main_job
    history = json.loads((folder / "history.json").read_text())
    epochs = history["epochs"]
    assert [e["epoch"] for e in epochs] == list(range(1, 21))
    for entry in epochs:
        assert tuple(entry) == HISTORY_KEYS
        assert entry["seconds"] > 0
        assert all(isinstance(entry[key], float) and np.isfinite(entry[key])
                   for key in HISTORY_KEYS[2:])
        assert 0 <= entry["train_accuracy"] <= 1 and 0 <= entry["test_accuracy"] <= 1
    rates = [e["learning_rate"] for e in epochs]
    assert rates[0] > rates[10] > rates[-1] > 0  # the preset's cosine schedule
    assert history["stopped_because"] == "epochs" and history["steps"] == 20 * -(-6000 // 64)


def test_trained_model_beats_chance_decisively(main_job):
    folder, _ = main_job
    last = json.loads((folder / "history.json").read_text())["epochs"][-1]
    assert last["test_accuracy"] > 0.93 and last["train_accuracy"] > 0.98


def test_evaluate_reports_the_same_accuracy_as_training(main_job, capsys, sample):
    folder, _ = main_job
    last = json.loads((folder / "history.json").read_text())["epochs"][-1]
    status, out, err = run(capsys, "evaluate", folder / "model.safetensors")
    assert status == 0 and err == ""
    accuracy = float(re.search(r"^accuracy ([\d.]+)%", out, flags=re.M).group(1))
    assert accuracy == pytest.approx(100 * last["test_accuracy"], abs=0.005)
    assert "mnist-sample-test: 1,000 samples" in out
    assert "precision" in out and "recall" in out and "rows: true class" in out
    matrix_rows = [line.split()[1:] for line in out.splitlines()[-10:]]
    assert sum(int(n) for row in matrix_rows for n in row) == 1000


def test_evaluation_confusion_matrix_and_scores(main_job, sample):
    folder, _ = main_job
    _, test = sample
    result = evaluation(load_model(folder), test)
    assert result.matrix.sum() == len(test) == 1000
    assert (result.matrix.sum(axis=1) == np.bincount(test.y, minlength=10)).all()
    assert np.trace(result.matrix) / 1000 == pytest.approx(result.accuracy)
    predicted = result.outputs.argmax(axis=1)
    for k in range(10):
        hits = np.sum((predicted == k) & (test.y == k))
        assert result.scores.precision[k] == pytest.approx(hits / np.sum(predicted == k))
        assert result.scores.recall[k] == pytest.approx(hits / np.sum(test.y == k))


# --- predict -------------------------------------------------------------------------------------


def draw_digit(pixels: np.ndarray, path, size: int = 100) -> None:
    """An MNIST digit (784,) in [0, 1] as a dark-on-light size x size PNG, as if drawn on paper."""
    from PIL import Image

    ink = Image.fromarray(np.round(255 * pixels.reshape(28, 28)).astype(np.uint8))
    (Image.eval(ink.resize((size, size), Image.BICUBIC), lambda v: 255 - v)).save(path)


def test_predict_a_png_of_a_test_digit_gives_its_label(main_job, capsys, sample, tmp_path):
    folder, _ = main_job
    _, test = sample
    model = load_model(folder)
    confident = [i for i in range(40) if model.predict(test.x[i:i + 1])[0].max() > 0.99
                 and model.predict(test.x[i:i + 1])[0].argmax() == test.y[i]][:12]
    paths = []
    for i in confident:
        paths.append(tmp_path / f"digit{i}.png")
        draw_digit(test.x[i], paths[-1])
    status, out, err = run(capsys, "predict", folder, *paths)
    assert status == 0 and err == ""
    predicted = [int(line.split()[1]) for line in out.splitlines()]
    right = sum(p == test.y[i] for p, i in zip(predicted, confident))
    assert len(confident) >= 10 and right >= len(confident) - 1, (predicted, test.y[confident])
    assert re.match(r"digit\d+\.png +\d  \(probability [01]\.\d{4}\)   then ", out)


def test_predict_a_16_bit_png_as_its_8_bit_copy(main_job, capsys, sample, tmp_path):
    """A 16-bit greyscale PNG keeps its grey levels (they collapsed to two: a clear 7 read as 3)."""
    from PIL import Image

    folder, _ = main_job
    _, test = sample
    for i in range(10):
        paper = 1.0 - test.x[i].reshape(28, 28)
        Image.fromarray(np.round(255 * paper).astype(np.uint8)).save(tmp_path / f"{i}-8.png")
        Image.fromarray(np.round(65535 * paper).astype(np.uint16)).save(tmp_path / f"{i}-16.png")
    lines = {}
    for bits in (8, 16):
        status, out, err = run(capsys, "predict", folder, *(tmp_path / f"{i}-{bits}.png" for i in range(10)))
        assert status == 0, err
        lines[bits] = [line.split("(")[0].split()[1] for line in out.splitlines()]
    assert lines[16] == lines[8]
    assert sum(int(p) == t for p, t in zip(lines[16], test.y[:10])) >= 9


def test_predict_csv_and_npz_rows_match_the_model(main_job, capsys, sample, tmp_path):
    folder, _ = main_job
    _, test = sample
    model = load_model(folder)
    expected = model.predict(test.x[:5]).argmax(axis=1)
    csv = tmp_path / "rows.csv"
    header = ",".join(f"p{i}" for i in range(784))
    csv.write_text(header + "\n" + "\n".join(",".join(f"{v:.9g}" for v in row) for row in test.x[:5]) + "\n")
    npz = tmp_path / "rows.npz"
    np.savez(npz, x=test.x[:5].reshape(5, 28, 28))
    for path in (csv, npz):
        status, out, err = run(capsys, "predict", folder, path, "--top", "1")
        assert status == 0, err
        assert [int(line.split()[2]) for line in out.splitlines()] == list(expected)


def test_predict_rows_with_targets_shows_the_truth(main_job, capsys, sample, tmp_path):
    folder, _ = main_job
    _, test = sample
    npz = tmp_path / "labelled.npz"
    np.savez(npz, x=test.x[:20], y=test.y[:20])
    status, out, _ = run(capsys, "predict", folder, npz)
    assert status == 0
    assert out.splitlines()[0].split()[-1] in (f"{test.y[0]}", "WRONG")
    assert re.search(r"^\d+ of 20 right", out, flags=re.M)


def test_predict_bad_inputs_are_one_line_errors(main_job, capsys, tmp_path):
    folder, _ = main_job
    nan = tmp_path / "nan.csv"
    nan.write_text(",".join(["0.5"] * 783 + ["nan"]) + "\n")
    assert_one_line_error(*run(capsys, "predict", folder, nan), "nan.csv", "line 1, column 784",
                          "'nan' is not a finite number")
    short = tmp_path / "short.csv"
    short.write_text("a,b\n1,2\n")
    assert_one_line_error(*run(capsys, "predict", folder, short), "2 columns", "784")
    blank = tmp_path / "blank.png"
    from PIL import Image
    Image.new("L", (50, 50), 255).save(blank)
    assert_one_line_error(*run(capsys, "predict", folder, blank), "holds no digit")
    fake = tmp_path / "fake.png"
    fake.write_text("not an image")
    assert_one_line_error(*run(capsys, "predict", folder, fake), "not a readable image")
    assert_one_line_error(*run(capsys, "predict", folder, tmp_path / "none.png"), "not found")


def test_evaluate_writes_plots(main_job, capsys, tmp_path):
    folder, _ = main_job
    status, out, err = run(capsys, "evaluate", folder, "--plots", "--out", tmp_path)
    assert status == 0, err
    for name in ("confusion.png", "misclassified.png", "first_layer.png"):
        assert (tmp_path / name).read_bytes().startswith(PNG)
        assert f"wrote    {tmp_path / name}" in out


def test_model_errors_are_one_line_with_exit_2(capsys, tmp_path):
    import pickle

    pickled = tmp_path / "model.safetensors"
    pickled.write_bytes(pickle.dumps({"weights": [1, 2, 3]}))
    assert_one_line_error(*run(capsys, "evaluate", pickled), "pickle")
    assert_one_line_error(*run(capsys, "predict", pickled, "x.png"), "pickle")
    assert_one_line_error(*run(capsys, "evaluate", tmp_path / "missing.safetensors"), "not found")


# --- other runs ----------------------------------------------------------------------------------


def test_same_seed_gives_the_same_model_bytes(capsys, tmp_path):
    for name in ("a", "b"):
        status, _, err = run(capsys, "train", "--epochs", 1, "--limit", 1000, "--seed", 5,
                             "--out", tmp_path / name)
        assert status == 0, err
    first = (tmp_path / "a" / "model.safetensors").read_bytes()
    assert (tmp_path / "b" / "model.safetensors").read_bytes() == first
    run(capsys, "train", "--epochs", 1, "--limit", 1000, "--seed", 6, "--out", tmp_path / "c")
    assert (tmp_path / "c" / "model.safetensors").read_bytes() != first


def test_plots_are_written_as_png(capsys, tmp_path):
    status, out, err = run(capsys, "train", "--epochs", 2, "--limit", 1000, "--plots", "--out", tmp_path)
    assert status == 0, err
    for name in ("loss.png", "accuracy.png", "confusion.png", "first_layer.png", "misclassified.png"):
        data = (tmp_path / name).read_bytes()
        assert data.startswith(PNG) and len(data) > 1000, name
        assert f"wrote    {tmp_path / name}" in out


def test_early_stopping_on_a_validation_split(capsys, tmp_path):
    status, out, err = run(capsys, "train", "--epochs", 30, "--limit", 600, "--validation-fraction", 0.5,
                           "--patience", 1, "--learning-rate", 0.5, "--out", tmp_path)
    assert status == 0, err
    history = json.loads((tmp_path / "history.json").read_text())
    assert len(history["epochs"]) < 30
    assert "no better validation loss" in history["stopped_because"]
    assert {"validation_loss", "validation_accuracy"} <= set(history["epochs"][0])
    assert "validation 300" in out


def test_divergence_keeps_the_last_good_weights_and_says_why(capsys, tmp_path):
    status, out, err = run(capsys, "train", "--epochs", 3, "--limit", 500, "--learning-rate", 1e6,
                           "--out", tmp_path)
    assert status == 1
    assert err.startswith("error: training diverged at epoch") and err.count("\n") == 1
    model = load_model(tmp_path)  # saved anyway: the weights of the last good epoch (or the start)
    assert all(np.isfinite(layer.weights).all() for layer in model.network.layers)
    assert json.loads((tmp_path / "history.json").read_text())["stopped_because"].startswith("diverged")


def test_bad_mnist_files_are_one_line_errors(capsys, tmp_path, sample):
    train, test = sample
    folder = tmp_path / "mnist"
    folder.mkdir()
    images = (train.x[:10].reshape(10, 28, 28) * 255).astype(np.uint8)
    write_idx(folder / "train-images-idx3-ubyte.gz", images)
    write_idx(folder / "train-labels-idx1-ubyte.gz", train.y[:9].astype(np.uint8))  # one label short
    write_idx(folder / "t10k-images-idx3-ubyte.gz", images)
    write_idx(folder / "t10k-labels-idx1-ubyte.gz", train.y[:10].astype(np.uint8))
    argv = ("train", "--dataset", "mnist", "--data-dir", folder, "--epochs", 1, "--out", tmp_path / "run")
    assert_one_line_error(*run(capsys, *argv), "train-")
    write_idx(folder / "train-labels-idx1-ubyte.gz", train.y[:10].astype(np.uint8))
    data = (folder / "t10k-images-idx3-ubyte.gz").read_bytes()
    (folder / "t10k-images-idx3-ubyte.gz").write_bytes(data[:len(data) // 2])  # truncated
    assert_one_line_error(*run(capsys, *argv), "t10k-images")
