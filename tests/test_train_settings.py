"""The [train] table and the train command's flags: same names, same checks, one-line errors."""

from __future__ import annotations

import pytest

from backprop import cli, parse_problem
from backprop.commands.settings import SETTINGS, read_settings
from backprop.bundled import bundled, bundled_path
from backprop.problem import ProblemError, load_problem
from backprop.training import TrainConfig

NETWORK = """
[[layer]]
inputs = 784
units = 10
activation = "softmax"
[loss]
name = "cross_entropy"
"""


def problem(train: str = "", seed: int | None = None):
    top = f"seed = {seed}\n" if seed is not None else ""
    return parse_problem(top + NETWORK + "[train]\n" + train, "p.toml")


def error_of(train: str, flags: dict | None = None) -> str:
    with pytest.raises(ProblemError) as caught:
        read_settings(problem(train), flags)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_every_train_config_field_is_a_setting():
    assert set(TrainConfig.names()) <= set(SETTINGS)


def test_file_values_reach_the_config_and_flags_override_them():
    settings = read_settings(problem('epochs = 4\nlearning_rate = 0.5\nschedule = "step"\n'
                                     'dataset = "mnist-sample"\nstandardize = true\n'),
                             {"learning_rate": 0.01, "momentum": None, "batch_size": 0})
    config = settings.config
    assert (config.epochs, config.learning_rate, config.schedule, config.batch_size) == (4, 0.01, "step", 0)
    assert config.momentum == TrainConfig().momentum  # a flag left out (None) changes nothing
    assert settings.dataset == "mnist-sample" and settings.standardize is True
    assert settings.to_dict()["learning_rate"] == 0.01


def test_the_files_seed_is_the_default_seed_and_a_train_seed_wins():
    assert read_settings(problem(seed=7)).config.seed == 7
    assert read_settings(problem("seed = 3\n", seed=7)).config.seed == 3


@pytest.mark.parametrize("train, expected", [
    ("epoch = 3", "p.toml: [train] key 'epoch': unknown key; did you mean 'epochs'?"),
    ("learning_rat = 0.1", "did you mean 'learning_rate'?"),
    ('epochs = "ten"', "[train] key 'epochs': \"ten\" is text, not a whole number"),
    ("epochs = 2.5", "2.5 is a decimal number, not a whole number"),
    ("epochs = 0", "[train] key 'epochs': 0 is too small; write a whole number >= 1"),
    ("batch_size = -1", "too small"),
    ("learning_rate = 0", "[train] key 'learning_rate': 0 is not positive; write a positive number"),
    ('learning_rate = "fast"', "is text, not a number"),
    ("momentum = 1.0", "[train] key 'momentum': 1 is too large; write a number < 1"),
    ('schedule = "cosin"', 'unknown schedule "cosin"; did you mean \'cosine\'? expected one of "constant", "step", "cosine"'),
    ('reduction = "average"', "unknown reduction"),
    ("shuffle = 1", "[train] key 'shuffle': 1 is not true or false"),
    ("dataset = 5", "5 is a whole number, not text"),
    ("validation_fraction = 1", "too large"),
    ("patience = 3", "early stopping needs a validation set"),
])
def test_bad_train_tables_get_one_line_naming_key_and_fix(train, expected):
    assert expected in error_of(train)


def test_bad_flag_values_get_the_same_checks():
    message = error_of("", {"momentum": 2.0})
    assert message == "command line: --momentum: 2 is too large; write a number < 1"
    assert "--schedule" in error_of("", {"schedule": "linear"})


def test_presets_are_problem_files_with_valid_train_tables():
    assert {"mnist", "mnist-literal"} <= set(bundled("presets"))
    for name in bundled("presets"):
        settings = read_settings(load_problem(bundled_path("presets", name)))
        assert settings.dataset == "mnist-sample"  # offline by default


def test_mnist_preset_is_the_issue_network():
    preset = load_problem(bundled_path("presets", "mnist"))
    assert [(s.inputs, s.units) for s in preset.layers] == [(784, 128), (128, 64), (64, 10)]
    assert [tuple(a.name for a in s.activations) for s in preset.layers] == [("relu",), ("relu",), ("softmax",)]
    assert all(s.bias == "neuron" and s.init in (None, "he") for s in preset.layers)
    config = read_settings(preset).config
    assert config.momentum > 0 and config.schedule != "constant" and config.epochs <= 20


def test_mnist_literal_preset_is_seed_001_as_written():
    literal = load_problem(bundled_path("presets", "mnist-literal"))
    assert [s.units for s in literal.layers] == [128, 64, 10]
    assert all(s.bias == "shared" and s.init == (-10.0, 10.0) for s in literal.layers)
    assert tuple(a.name for a in literal.layers[-1].activations) == ("relu", "softmax")
    config = read_settings(literal).config
    assert config.batch_size == 0 and config.momentum == 0 and config.tolerance is not None


@pytest.mark.parametrize("argv, expected", [
    (["train", "missing.toml"], "missing.toml: file: "),
    (["train", "--preset", "mnst"], "unknown preset 'mnst'; did you mean 'mnist'?"),
    (["train", "--epochs", "many"], "argument --epochs: invalid int value: 'many'"),
    (["train", "--epochs", "0"], "command line: --epochs: 0 is too small"),
    (["train", "--schedule", "cosin"], "did you mean 'cosine'?"),
    (["train", "--dataset", "nowhere.csv"], "nowhere.csv"),
    (["train", "--threads", "-1"], "--threads -1"),
])
def test_cli_train_errors_are_one_line_with_exit_2(capsys, argv, expected, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv + ["--out", str(tmp_path / "run")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1 and captured.err.startswith("error: ")
    assert expected in captured.err


def test_cli_train_file_and_preset_together_is_an_error(capsys, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(NETWORK)
    assert cli.main(["train", str(path), "--preset", "mnist"]) == 2
    assert "not both" in capsys.readouterr().err


def test_cli_train_rejects_a_file_with_a_bad_train_table(capsys, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(NETWORK + "[train]\nepochz = 3\n")
    assert cli.main(["train", str(path)]) == 2
    err = capsys.readouterr().err
    assert err == f"error: {path}: [train] key 'epochz': unknown key; did you mean 'epochs'? known keys here: " \
        f"{', '.join(SETTINGS)}\n"


def test_network_that_does_not_fit_the_data_is_refused(capsys, tmp_path):
    path = tmp_path / "p.toml"
    path.write_text(NETWORK.replace("784", "100"))
    assert cli.main(["train", str(path), "--out", str(tmp_path / "run")]) == 2
    assert "takes 100 inputs but mnist-sample-train has 784 features" in capsys.readouterr().err
