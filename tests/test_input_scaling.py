"""Preprocessing is part of the model (backprop.data.scaling): raw 0-255 pixels are recognised and
divided by 255, standardisation is kept, and evaluate, predict and the estimators apply what the
model keeps; a model refuses inputs far outside its training range; a divergence on inputs of a
large scale says so.

Before: a Kaggle-style MNIST CSV (a label column and 784 raw 0-255 pixels) diverged in train with a
message blaming the learning rate; a model trained with --standardize on 0-255 data called a clear
PNG 7 a 5; 0-255 rows given to a 0-1 model printed probability 1.0000 and a loss of 75.
"""

from __future__ import annotations

import contextlib
import io
import json

import numpy as np
import pytest
from PIL import Image
from threadpoolctl import threadpool_limits

from backprop import cli
from backprop.data import InputScaling, load_mnist_sample
from backprop.data.scaling import recognise_pixels
from backprop.io import load_model, model_from_network

TRAIN_ROWS = 1000


@pytest.fixture(scope="module", autouse=True)
def one_blas_thread():
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def run(capsys, *argv) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line(status: int, out: str, err: str, *words: str) -> None:
    assert status == 2 and out == "", (status, out, err)
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    for word in words:
        assert word in err, err


def kaggle_csv(path, x: np.ndarray, y: np.ndarray):
    """A Kaggle-style MNIST CSV: a header, a label column, then 784 pixels as whole numbers 0-255."""
    pixels = np.round(x * 255).astype(int)
    lines = ["label," + ",".join(f"pixel{i}" for i in range(784))]
    lines += [f"{label}," + ",".join(map(str, row)) for label, row in zip(y, pixels)]
    path.write_text("\n".join(lines) + "\n")
    return path


@pytest.fixture(scope="module")
def sample():
    return load_mnist_sample()


@pytest.fixture(scope="module")
def folder(tmp_path_factory, sample):
    """kaggle-train.csv (1,000 sample images), kaggle-test.csv (the sample's 1,000 test images)."""
    folder = tmp_path_factory.mktemp("scaling")
    train, test = sample
    kaggle_csv(folder / "kaggle-train.csv", train.x[:TRAIN_ROWS], train.y[:TRAIN_ROWS])
    kaggle_csv(folder / "kaggle-test.csv", test.x, test.y)
    return folder


@pytest.fixture(scope="module")
def trained(folder):
    """Models trained by `backprop train`: on the Kaggle CSV (auto: pixels), on it standardised, and
    on the MNIST sample (pixels 0 to 1 from the IDX loader); {name: (folder, stdout)}."""
    runs = {"kaggle": ["--dataset", folder / "kaggle-train.csv"],
            "standardized": ["--dataset", folder / "kaggle-train.csv", "--standardize"],
            "unit": ["--limit", TRAIN_ROWS]}
    done = {}
    for name, argv in runs.items():
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = cli.main(["train", "--epochs", "3", "--out", str(folder / name), *map(str, argv)])
        assert status == 0, out.getvalue()
        done[name] = (folder / name, out.getvalue())
    return done


# --- recognising pixels --------------------------------------------------------------------------

@pytest.mark.parametrize("values, features, expected", [
    ([0, 255], 784, True),
    ([0, 128], 16, True),           # a dark image set, a 4 x 4 image
    ([0, 127], 784, False),         # small whole numbers: counts, ratings, not pixels
    ([0, 255], 15, False),          # too few features for an image
    ([0, 255.5], 784, False),       # not whole numbers
    ([-1, 255], 784, False),        # negative
    ([0, 256], 784, False),         # beyond 8 bits
])
def test_recognise_pixels(values, features, expected):
    x = np.zeros((3, features), np.float32)
    x[0, :2], x[2, -1] = values, values[-1]
    assert recognise_pixels(x) is expected


# --- train ---------------------------------------------------------------------------------------

def test_a_kaggle_csv_of_raw_pixels_is_scaled_and_trains(trained):
    folder, out = trained["kaggle"]
    assert "inputs   0 to 255 in training; recognised as 8-bit pixels: divided by 255" in out
    model = load_model(folder)
    assert (model.scaling.kind, model.scaling.low, model.scaling.high) == ("pixels", 0.0, 255.0)
    history = json.loads((folder / "history.json").read_text())
    assert history["stopped_because"] == "epochs"
    assert history["epochs"][-1]["train_accuracy"] > 0.85


def test_without_scaling_it_diverges_and_the_message_names_the_input_scale(folder, capsys, tmp_path):
    status, out, err = run(capsys, "train", "--dataset", folder / "kaggle-train.csv", "--epochs", 2,
                           "--input-scale", "none", "--out", tmp_path / "run")
    assert status == 1 and err.count("\n") == 1
    assert "inputs   0 to 255 in training; as they are (on a large scale, root mean square" in out
    assert err.startswith("error: training diverged at epoch 1")
    assert "Likely cause: inputs on a large scale (root mean square " in err
    assert "--standardize" in err and "--input-scale pixels" in err


def test_a_divergence_on_unit_scale_inputs_still_blames_the_learning_rate(capsys, tmp_path):
    status, _, err = run(capsys, "train", "--epochs", 3, "--limit", 500, "--learning-rate", 1e6,
                         "--out", tmp_path)
    assert status == 1
    assert "Likely causes: a learning rate too large (1e+06; try 10 times smaller)" in err
    assert "inputs on a large scale" not in err


def test_standardize_takes_precedence_and_is_kept(trained):
    folder, out = trained["standardized"]
    assert "0 to 255 in training; standardised with the training set's mean and std per feature" in out
    model = load_model(folder)
    assert model.scaling.kind == "standardize" and model.scaling.high == 255.0


# --- evaluate ------------------------------------------------------------------------------------

def accuracy(out: str) -> float:
    return float(out.split("accuracy ")[1].split("%")[0])


@pytest.mark.parametrize("name", ["kaggle", "standardized", "unit"])
def test_evaluate_applies_the_models_scaling_to_csv_rows_and_mnist_images_alike(trained, folder, capsys,
                                                                                name):
    """The sample's test images as a Kaggle CSV (0-255) and as MNIST IDX images (0-1): the same
    accuracy for every model, whichever scale it was trained on."""
    model, _ = trained[name]
    allow = ["--allow-out-of-range"] if name == "unit" else []  # 0-255 rows to a 0-1 model: see below
    status, from_csv, err = run(capsys, "evaluate", model, "--dataset", folder / "kaggle-test.csv", *allow)
    assert status == 0, err
    status, from_idx, err = run(capsys, "evaluate", model, "--dataset", "mnist-sample")
    assert status == 0, err
    assert abs(accuracy(from_csv) - accuracy(from_idx)) <= 0.2  # float rounding may move a sample
    assert accuracy(from_idx) > 75


def test_evaluate_refuses_pixels_given_to_a_unit_scale_model(trained, folder, capsys):
    model, _ = trained["unit"]
    assert_one_line(*run(capsys, "evaluate", model, "--dataset", folder / "kaggle-test.csv"),
                    "kaggle-test.csv: sample 0, feature ", "far outside the inputs the model was trained on"
                    " (0 to 1) (pixels of 0 to 255?", "--allow-out-of-range")


# --- predict -------------------------------------------------------------------------------------

def test_predict_scales_a_png_to_the_models_training_scale(trained, sample, capsys, tmp_path):
    """A clear PNG digit is read as grey levels 0 to 1; a model trained on 0-255 pixels gets it as
    0 to 255 (the standardised one called a clear 7 a 5)."""
    _, test = sample
    paths = []
    for i in range(20):
        paths.append(tmp_path / f"{i}.png")
        Image.fromarray(np.round(255 * (1 - test.x[i].reshape(28, 28))).astype(np.uint8)).save(paths[-1])
    for name in ("kaggle", "standardized", "unit"):
        status, out, err = run(capsys, "predict", trained[name][0], *paths, "--top", 1)
        assert status == 0, err
        predicted = [int(line.split()[1]) for line in out.splitlines()]
        assert sum(p == t for p, t in zip(predicted, test.y[:20])) >= 17, (name, predicted)


def test_predict_refuses_rows_far_outside_and_allows_them_when_told(trained, folder, capsys, tmp_path):
    model, _ = trained["unit"]
    rows = kaggle_csv(tmp_path / "rows.csv", load_mnist_sample()[1].x[:3], np.zeros(3, int))
    assert_one_line(*run(capsys, "predict", model, rows), "rows.csv: row 1, feature ",
                    "far outside the inputs the model was trained on (0 to 1)")
    status, out, err = run(capsys, "predict", model, rows, "--allow-out-of-range")
    assert status == 0 and len(out.splitlines()) == 4, err  # three rows and the right count
    # the same rows to the model trained on 0-255 pixels: inside its range, no flag needed
    status, out, err = run(capsys, "predict", trained["kaggle"][0], rows)
    assert status == 0, err


# --- the estimators ------------------------------------------------------------------------------

def test_an_estimators_scaling_is_the_one_a_model_file_keeps(tmp_path):
    pytest.importorskip("sklearn")
    from backprop.io import save_model
    from backprop.sklearn import MLPClassifier

    rng = np.random.default_rng(0)
    x = rng.normal(300, 80, size=(200, 5))  # features in the hundreds: standardised
    y = (x[:, 0] + x[:, 1] > 600).astype(int)
    estimator = MLPClassifier((8,), max_iter=5, tol=None, random_state=0).fit(x, y)
    assert isinstance(estimator.input_scaling_, InputScaling)
    assert estimator.input_scaling_.kind == "standardize"
    np.testing.assert_allclose(estimator.input_scaling_.mean, x.mean(axis=0), rtol=1e-6)
    model = model_from_network(estimator.network_, classes=["0", "1"], scaling=estimator.input_scaling_)
    loaded = load_model(save_model(model, tmp_path / "model.safetensors"))
    # the model file predicts (float32) what the estimator predicts (float64)
    np.testing.assert_allclose(loaded.predict(x), estimator.predict_proba(x), atol=1e-5)
    assert MLPClassifier((8,), max_iter=5, tol=None, random_state=0, scale_inputs=False).fit(x, y) \
        .input_scaling_.kind == "none"


# --- runs recorded before input_scale existed ------------------------------------------------------

def _stop_after_step(monkeypatch, step: int):
    """SIGTERM this process right after update step ``step`` of the next training."""
    import os
    import signal

    from backprop import steps

    original, count = steps.BatchStep.__call__, [0]

    def step_then_signal(self, index, learning_rate):
        result = original(self, index, learning_rate)
        count[0] += 1
        if count[0] == step:
            os.kill(os.getpid(), signal.SIGTERM)
        return result

    monkeypatch.setattr(steps.BatchStep, "__call__", step_then_signal)


def _forget_input_scale(checkpoint):
    """Rewrite a checkpoint as backprop wrote it before the input_scale setting."""
    from safetensors.numpy import load_file

    from backprop.io import METADATA_KEY, container_bytes

    data = checkpoint.read_bytes()
    header = json.loads(data[8:8 + int.from_bytes(data[:8], "little")])
    document = json.loads(header["__metadata__"][METADATA_KEY])
    del document["run"]["settings"]["input_scale"]
    checkpoint.write_bytes(container_bytes(dict(load_file(checkpoint)), document))


@pytest.mark.parametrize("flags, recorded_before, kind", [
    ([], False, "pixels"),
    # what a run recorded before input_scale existed did: it kept its inputs as they were
    (["--input-scale", "none"], True, "none"),
])
def test_a_resumed_run_keeps_the_scaling_it_started_with(folder, capsys, monkeypatch, tmp_path, flags,
                                                         recorded_before, kind):
    out = tmp_path / "run"
    _stop_after_step(monkeypatch, 3)
    status, _, err = run(capsys, "train", "--dataset", folder / "kaggle-train.csv", "--epochs", 1,
                         "--learning-rate", 1e-6, "--out", out, *flags)
    assert status == 143, err
    monkeypatch.undo()
    if recorded_before:
        _forget_input_scale(out / "checkpoint.safetensors")
    status, _, err = run(capsys, "train", "--resume", out, "--dataset", folder / "kaggle-train.csv")
    assert status == 0, err
    assert load_model(out).scaling.kind == kind
