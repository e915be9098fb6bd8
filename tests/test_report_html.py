"""report.html of a training run: its numbers by hand, its embedded images, the file the CLI writes,
and the page in headless Chromium."""

from __future__ import annotations

import base64
import re

import numpy as np
import pytest
from html_browser import Opened, chromium  # noqa: F401  (chromium: the fixture)

from backprop.cli import main
from backprop.report.html import Evaluated, render_report

HISTORY = {"epochs": [
    {"epoch": 1, "seconds": 0.5, "train_loss": 0.9, "train_accuracy": 0.5, "test_loss": 1.25,
     "test_accuracy": 0.375, "learning_rate": 0.1},
    {"epoch": 2, "seconds": 0.25, "train_loss": 0.5, "train_accuracy": 0.75, "test_loss": 0.8125,
     "test_accuracy": 0.625, "learning_rate": 0.05},
], "steps": 4, "best_epoch": None, "stopped_because": "epochs"}
SETTINGS = {"epochs": 2, "batch_size": 64, "learning_rate": 0.1, "tolerance": None}


def evaluated(inputs: int) -> Evaluated:
    # 3 classes, 8 samples, as in test_train_report's hand example: class 0: 2 right, 1 taken
    # for 1; class 1: 1 right, 2 taken for 2; class 2: both right.
    true = np.array([0, 0, 0, 1, 1, 1, 2, 2])
    predicted = np.array([0, 1, 0, 2, 1, 2, 2, 2])
    outputs = np.eye(3)[predicted] * 0.8 + 0.1
    images = np.random.default_rng(0).random((8, inputs))
    return Evaluated("hand-test", ["a", "b", "c"], images, true, outputs)


def images_of(html: str) -> list[bytes]:
    return [base64.b64decode(data) for data in re.findall(r'src="data:image/png;base64,([^"]+)"', html)]


def test_report_numbers_by_hand():
    weights = np.random.default_rng(1).normal(size=(16, 784))
    html = render_report("hand.toml", "784-16-3", SETTINGS, HISTORY, weights, evaluated(784))
    counts = [int(n.replace(",", "")) for n in re.findall(r'<td class="count[^"]*"[^>]*>([\d,]+)</td>', html)]
    assert counts == [2, 1, 0, 0, 1, 2, 0, 0, 2]
    assert "accuracy 62.50%" in html  # 5 of 8
    # Precision: a 2/2, b 1/2, c 2/4; recall: a 2/3, b 1/3, c 2/2; support 3, 3, 2.
    scores = re.findall(r"<tr><td>(\w)</td><td>([\d.]+%)</td><td>([\d.]+%)</td><td>(\d+)</td></tr>", html)
    assert scores == [("a", "100.00%", "66.67%", "3"), ("b", "50.00%", "33.33%", "3"),
                      ("c", "50.00%", "100.00%", "2")]
    # History: a row per epoch, accuracies in percent; settings by name, None as "-".
    second = ["2", "0.25", "0.05", "0.5000", "75.00%", "0.8125", "62.50%"]
    assert "".join(f"<td>{cell}</td>" for cell in second) in html
    assert "<td><code>learning_rate</code></td><td>0.1</td>" in html
    assert "<td><code>tolerance</code></td><td>-</td>" in html
    # Loss and accuracy curves, misclassified digits, first-layer weights: four PNGs, nothing linked.
    pictures = images_of(html)
    assert len(pictures) == 4 and all(picture.startswith(b"\x89PNG\r\n\x1a\n") for picture in pictures)
    assert not re.search(r'<link\b|<script|(src|href)="(?!data:)', html)


def test_report_without_digits_has_no_digit_pictures():
    html = render_report("small.toml", "4-3", SETTINGS, HISTORY, np.ones((3, 4)), evaluated(4))
    assert len(images_of(html)) == 2  # the curves only
    assert "Misclassified" not in html and "First-layer" not in html
    assert html.count('<td class="count') == 9


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    """A tiny run of the default preset on the bundled sample, with --report."""
    folder = tmp_path_factory.mktemp("run")
    assert main(["train", "--epochs", "1", "--limit", "300", "--out", str(folder), "--report",
                 "--threads", "1"]) == 0
    return folder


def test_train_report_flag_writes_report_beside_the_model(trained, capsys):
    names = sorted(path.name for path in trained.iterdir())
    assert "report.html" in names and "model.safetensors" in names
    assert not [name for name in names if name.startswith(".")]  # no temporary file left behind
    html = (trained / "report.html").read_text(encoding="utf-8")
    assert html.count('<td class="count') == 100  # 10 x 10 digits
    assert len(images_of(html)) == 4


def test_report_in_chromium(chromium, trained, tmp_path):  # noqa: F811
    path = trained / "report.html"
    with Opened(chromium, path) as opened:
        pictures = opened.page.evaluate("""() => Array.from(document.images).map(image => ({
            complete: image.complete, width: image.naturalWidth,
            shown: image.getBoundingClientRect().width}))""")
        assert opened.errors == []
        assert all(url == path.resolve().as_uri() or url.startswith("data:") for url in opened.requests)
        assert len(pictures) == 4
        assert all(p["complete"] and p["width"] > 100 and p["shown"] > 100 for p in pictures)
        assert opened.page.locator("table.confusion tbody tr").count() == 10
        opened.page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert (tmp_path / "report.png").stat().st_size > 10_000


# --- the headline and the settings that apply ------------------------------------------------------

def body_of(html: str) -> str:
    return html.split("<body>", 1)[1]


def test_the_report_leads_with_the_test_accuracy():
    html = render_report("hand.toml", "4-3", SETTINGS, HISTORY, np.ones((3, 4)), evaluated(4))
    body = body_of(html)
    headline = '<p class="headline"><strong>Test accuracy: 62.50%</strong> (5 of 8 on hand-test)</p>'
    assert headline in body
    assert body.index(headline) < body.index("<h2>")  # before every section


def test_without_a_test_set_the_headline_says_so():
    training = evaluated(4)
    training.held_out = False
    html = render_report("hand.toml", "4-3", SETTINGS, HISTORY, np.ones((3, 4)), training)
    assert "<strong>Training accuracy (no held-out test set): 62.50%</strong>" in html
    regression = render_report("hand.toml", "4-1", SETTINGS, HISTORY, np.ones((1, 4)), None)
    assert '<p class="headline"><strong>Test loss: 0.8125</strong> (mean per sample)</p>' in regression


def settings_listed(html: str) -> set[str]:
    return set(re.findall(r"<td><code>(\w+)</code></td>", html))


def test_a_cosine_run_lists_no_step_schedule_settings(trained):
    html = (trained / "report.html").read_text(encoding="utf-8")
    listed = settings_listed(html)
    assert "schedule" in listed and "<td><code>schedule</code></td><td>cosine</td>" in html
    assert not listed & {"step_epochs", "step_gamma", "patience", "keep_best", "tolerance", "max_steps"}
    assert {"learning_rate", "momentum", "batch_size", "epochs", "limit", "input_scale"} <= listed
    assert re.search(r'<p class="headline"><strong>Test accuracy: [\d.]+%</strong> \([\d,]+ of 1,000 on'
                     r' mnist-sample-test\)</p>', html)
    assert "<td>inputs</td><td>0 to 1 in training; as they are</td>" in html


def test_a_step_run_with_early_stopping_lists_their_settings(tmp_path):
    assert main(["train", "--epochs", "2", "--limit", "300", "--schedule", "step", "--standardize",
                 "--validation-fraction", "0.2", "--patience", "3", "--out", str(tmp_path), "--report",
                 "--threads", "1"]) == 0
    listed = settings_listed((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert {"step_epochs", "step_gamma", "patience", "keep_best", "validation_fraction", "standardize"} <= listed
    assert "input_scale" not in listed  # standardisation takes precedence
