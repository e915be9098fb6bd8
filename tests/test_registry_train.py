"""Every activation and every loss of the registry through ``backprop train``, ``evaluate`` and ``predict``.

Each entry in a small problem file (6 features, 3 classes, 300 samples written by the shared helper),
trained for a few epochs from the command line: the run finishes, its loss falls, and the saved model
(which stores the entry with its parameters) loads again and predicts as the trained network did.
"""

from __future__ import annotations

import json

import numpy as np
import pytest

from backprop import cli
from backprop.activations import ACTIVATIONS
from backprop.io import load_model
from backprop.losses import LOSSES
from helpers import away_from_default, spelled, write_training_folder




def _problem(hidden: str, output: str, loss: str, loss_lines: str = "") -> str:
    return (f"seed = 3\n[[layer]]\ninputs = 6\nunits = 8\nactivation = {hidden}\n[[layer]]\nunits = 3\n"
            f"activation = \"{output}\"\n[loss]\nname = \"{loss}\"\n{loss_lines}"
            "[train]\ndataset = \"data.npz\"\nepochs = 6\nbatch_size = 16\nlearning_rate = 0.1\n")




def _cases():
    out = []
    for name, entry in ACTIVATIONS.items():
        if entry.elementwise:
            out.append((f"activation-{name}", _problem(spelled(name, away_from_default(entry)),
                                                       "softmax", "cross_entropy")))
    for name, loss in LOSSES.items():
        lines = "".join(f"{k} = {v!r}\n" for k, v in away_from_default(loss).items())
        out.append((f"loss-{name}", _problem('"tanh"', loss.output_activation or "sigmoid", name, lines)))
    return out


CASES = _cases()


@pytest.mark.parametrize("text", [text for _, text in CASES], ids=[name for name, _ in CASES])
def test_entry_trains_saves_and_predicts(text, tmp_path, capsys):
    folder = write_training_folder(tmp_path, text, 300)
    out = tmp_path / "run"
    assert cli.main(["train", str(folder / "net.toml"), "--dataset", str(folder / "data.npz"), "--out", str(out)]) == 0
    assert "epoch" in capsys.readouterr().out
    epochs = json.loads((out / "history.json").read_text())["epochs"]
    assert epochs[-1]["train_loss"] < epochs[0]["train_loss"]
    model = load_model(out / "model.safetensors")
    data = np.load(folder / "data.npz")
    predicted = model.predict(data["x"][:20])
    assert predicted.shape == (20, 3) and np.isfinite(predicted).all()
    assert cli.main(["evaluate", str(out), "--dataset", str(folder / "data.npz")]) == 0
    assert "accuracy" in capsys.readouterr().out


def test_a_loss_with_a_target_range_refuses_targets_outside_it(tmp_path, capsys):
    """Binary cross-entropy takes targets from 0 to 1: a regression dataset with targets up to 5 is
    refused in one line, naming the loss, the range and the data's."""
    rng = np.random.default_rng(1)
    np.savez(tmp_path / "data.npz", x=rng.normal(size=(40, 6)), y=rng.uniform(0, 5, (40, 3)))
    (tmp_path / "net.toml").write_text(_problem('"tanh"', "sigmoid", "binary_cross_entropy"))
    assert cli.main(["train", str(tmp_path / "net.toml"), "--dataset", str(tmp_path / "data.npz"),
                     "--out", str(tmp_path / "run")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "binary_cross_entropy needs targets from 0 to 1" in error
