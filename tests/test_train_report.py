"""The pieces around training: metrics by hand, tables, progress output, MNIST-like digit images,
and training itself on a small subset (per-sample, mini-batch, full batch)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from threadpoolctl import threadpool_limits

from backprop.commands.digit_image import mnist_like
from backprop.commands.settings import read_settings
from backprop.commands.train import prepare
from backprop.data import load_mnist_sample
from backprop.bundled import bundled_path
from backprop.problem import load_problem
from backprop.progress import BarProgress, PlainProgress, progress_for
from backprop.report.metrics import class_scores, confusion_matrix
from backprop.report.metrics import confusion_table, scores_table
from backprop.training import EpochRecord, evaluate, train


@pytest.fixture(scope="module", autouse=True)
def one_blas_thread():
    with threadpool_limits(limits=1, user_api="blas"):
        yield


# --- metrics -------------------------------------------------------------------------------------


def test_confusion_matrix_and_scores_by_hand():
    # 3 classes, 8 samples. By hand: class 0: 3 samples, 2 predicted 0, 1 predicted 1;
    # class 1: 3 samples, 1 predicted 1, 2 predicted 2; class 2: 2 samples, both predicted 2.
    true = np.array([0, 0, 0, 1, 1, 1, 2, 2])
    predicted = np.array([0, 1, 0, 2, 1, 2, 2, 2])
    matrix = confusion_matrix(true, predicted, 3)
    assert matrix.tolist() == [[2, 1, 0], [0, 1, 2], [0, 0, 2]]
    assert matrix.sum() == len(true)
    scores = class_scores(matrix)
    # precision = right / predicted as that class: 2/2, 1/2, 2/4; recall = right / of that class: 2/3, 1/3, 2/2
    assert scores.precision.tolist() == [1.0, 0.5, 0.5]
    assert scores.recall.tolist() == pytest.approx([2 / 3, 1 / 3, 1.0])
    assert scores.support.tolist() == [3, 3, 2]
    assert scores.accuracy == 5 / 8


def test_undefined_precision_and_recall_are_nan_and_shown_as_dash():
    matrix = confusion_matrix(np.array([0, 0]), np.array([0, 0]), 2)
    scores = class_scores(matrix)
    assert scores.precision[0] == 1 and np.isnan(scores.precision[1]) and np.isnan(scores.recall[1])
    table = scores_table(scores, ["yes", "no"])
    assert table.splitlines()[2].split() == ["no", "-", "-", "0"]


def test_confusion_table_layout():
    text = confusion_table(np.array([[5, 1], [0, 12]]), ["cat", "dog"])
    assert text.splitlines() == ["rows: true class, columns: predicted class",
                                 "true cat dog", " cat   5   1", " dog   0  12"]


# --- progress ------------------------------------------------------------------------------------


def record(epoch: int) -> EpochRecord:
    return EpochRecord(epoch=epoch, seconds=0.5, train_loss=0.25, train_accuracy=0.9, test_loss=0.3,
                       test_accuracy=0.875, learning_rate=0.05)


def test_plain_progress_prints_one_line_per_epoch():
    stream = io.StringIO()
    with progress_for(2, 1000, stream) as progress:  # a StringIO is not a terminal
        assert isinstance(progress, PlainProgress)
        for epoch in (1, 2):
            progress.on_batch(epoch, 500, 0.3)
            progress.on_epoch(record(epoch))
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("epoch 1/2  loss 0.2500  acc 90.00%  | test loss 0.3000  acc 87.50%"
                               "  | lr 0.05  | 0.50 s, 2,000 samples/s, ETA ")


def test_bar_progress_shows_loss_accuracy_speed(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")  # rich cuts lines to the width, 80 when it cannot tell
    stream = io.StringIO()
    with progress_for(1, 1000, stream, bars=True) as progress:
        assert isinstance(progress, BarProgress)
        progress.on_batch(1, 500, 0.3)
        progress.on_batch(1, 1000, 0.28)
        progress.on_epoch(record(1))
    text = stream.getvalue()
    assert "epoch 1/1" in text and "acc 90.00%" in text and "samples/s" in text


# --- digit images --------------------------------------------------------------------------------


def test_an_mnist_digit_survives_the_conversion():
    """MNIST digits are already 20 px in a 28 x 28 frame, centred by mass: converting one back from
    a large, inverted, off-centre rendering gives nearly the same image."""
    from PIL import Image

    _, test = load_mnist_sample()
    for digit in test.x[:5]:
        big = Image.fromarray(np.round(255 * digit.reshape(28, 28)).astype(np.uint8)).resize((140, 140))
        paper = np.full((200, 260), 255.0)
        paper[20:160, 90:230] = 255 - np.asarray(big, dtype=np.float64)  # dark ink, off centre
        again = mnist_like(paper)
        assert again.shape == (784,) and again.dtype == np.float32
        assert again.min() >= 0 and again.max() == pytest.approx(1)
        assert np.corrcoef(again, digit)[0, 1] > 0.85


def test_digit_is_scaled_to_20_pixels_and_centred_by_mass():
    paper = np.zeros((300, 100))
    paper[50:250, 40:60] = 255  # a light bar on black, 200 x 20: scales to 20 x 2
    digit = mnist_like(paper).reshape(28, 28)
    rows = np.flatnonzero(digit.max(axis=1) > 0.2)
    assert rows[-1] - rows[0] + 1 == 20
    mass = digit.sum()
    centre = ((digit.sum(axis=1) @ np.arange(28)) / mass, (digit.sum(axis=0) @ np.arange(28)) / mass)
    assert centre == pytest.approx((14, 14), abs=0.5)


# --- training on a subset ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mnist_run():
    problem = load_problem(bundled_path("presets", "mnist"))
    return problem, prepare(problem, read_settings(problem, {"epochs": 1}))


def test_one_epoch_on_the_sample_beats_chance_decisively(mnist_run):
    _, run = mnist_run
    result = train(run.network, run.train.x, run.train.y, run.settings.config,
                   test=(run.test.x, run.test.y))
    assert result.history[0].test_accuracy > 0.8  # chance is 0.1


@pytest.mark.parametrize("batch_size, samples", [(1, 300), (0, 1000), (32, 1000)])
def test_per_sample_full_and_mini_batch_training_lower_the_loss(mnist_run, batch_size, samples):
    problem, _ = mnist_run
    flags = {"epochs": 3, "batch_size": batch_size, "limit": samples, "learning_rate": 0.01 if batch_size == 1 else 0.1}
    run = prepare(problem, read_settings(problem, flags))
    before = evaluate(run.network, run.train.x, run.train.y)["loss"]
    result = train(run.network, run.train.x, run.train.y, run.settings.config)
    steps = {1: samples, 0: 1, 32: -(-samples // 32)}[batch_size]
    assert result.steps == 3 * steps
    assert evaluate(run.network, run.train.x, run.train.y)["loss"] < before
