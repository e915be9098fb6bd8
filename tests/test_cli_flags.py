"""The command line's flags: no silent prefixes, and a typo gets the closest flag and the
subcommand's own help (which lists its flags; the top-level help does not)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from backprop import cli


def run(capsys, *argv) -> tuple[int, str, str]:
    status = cli.main([str(a) for a in argv])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def assert_one_line(status: int, out: str, err: str) -> None:
    assert status == 2 and out == "", (status, out, err)
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err


@pytest.mark.parametrize("argv,typo,closest,command", [
    (["train", "--epohcs", "5"], "--epohcs", "--epochs", "train"),
    (["train", "--learning-rat", "0.1"], "--learning-rat", "--learning-rate", "train"),
    (["train", "--epochs=2", "--batch_size", "8"], "--batch_size", "--batch-size", "train"),
    (["predict", "model", "x.csv", "--tpo", "3"], "--tpo", "--top", "predict"),
    (["evaluate", "model", "--datset", "mnist"], "--datset", "--dataset", "evaluate"),
    # the typo of a required flag: reported as the typo, not as the missing flag
    (["check", "examples/x.toml", "--param", "W1[0,0]", "--formul", "2"], "--formul", "--formula", "check"),
    # initials, as other tools spell them: --lr, --bs
    (["train", "--lr", "0.1"], "--lr", "--learning-rate", "train"),
    (["train", "--epochs", "1", "--bs", "32"], "--bs", "--batch-size", "train"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_a_typo_gets_the_closest_flag_and_the_subcommand_help(capsys, argv, typo, closest, command):
    status, out, err = run(capsys, *argv)
    assert_one_line(status, out, err)
    assert f"unknown option {typo};" in err
    assert f"did you mean {closest}?" in err
    assert err.rstrip().endswith(f"see the options with: backprop {command} --help")


@pytest.mark.parametrize("argv,prefix", [
    (["train", "--epoch", "1"], "--epoch"),              # was silently --epochs 1
    (["train", "--learning", "0.1"], "--learning"),      # was silently --learning-rate
    (["explain", "examples/x.toml", "--for", "json"], "--for"),
    (["predict", "model", "x.csv", "--to", "1"], "--to"),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_a_prefix_of_a_flag_is_not_taken_for_the_flag(capsys, argv, prefix):
    status, out, err = run(capsys, *argv)
    assert_one_line(status, out, err)
    assert f"unknown option {prefix};" in err


def test_no_close_flag_gets_no_suggestion(capsys):
    status, out, err = run(capsys, "train", "--frobnicate")
    assert_one_line(status, out, err)
    assert "did you mean" not in err and "backprop train --help" in err


def test_an_extra_argument_names_the_subcommand_help(capsys):
    status, out, err = run(capsys, "explain", "examples/a.toml", "examples/b.toml")
    assert_one_line(status, out, err)
    assert "'examples/b.toml'" in err and "backprop explain --help" in err


def test_a_formula_given_without_latex_says_to_give_it_after_latex(capsys):
    status, out, err = run(capsys, "check", "seed000_regression", "dE/dw = 0")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "unexpected argument 'dE/dw = 0'; a formula is given after --latex" in err
    assert "backprop check FILE --latex 'dE/dw = 0'" in err
    # a subcommand without formulas gets no such hint
    status, out, err = run(capsys, "explain", "examples/a.toml", "examples/b.toml")
    assert status == 2 and "--latex" not in err


def test_an_unknown_short_flag_gets_the_long_flag_it_starts(capsys):
    status, out, err = run(capsys, "variants", "seed004_sparse_sigmoid", "-o", "folder")
    assert status == 2 and out == "" and err.count("\n") == 1
    assert "unknown option -o; did you mean --out?" in err


def test_every_parser_refuses_abbreviations():
    parser = cli.build_parser("train")
    assert parser.allow_abbrev is False
    assert cli._subparser(parser, "train").allow_abbrev is False


@pytest.mark.parametrize("argv,word,positional", [
    # grade takes --problem FILE; check and explain take the problem file as their argument
    (["check", "--problem", "seed000_regression", "--formula", "2"], "problem", "backprop check FILE ..."),
    (["explain", "--file", "seed000_regression"], "file", "backprop explain FILE ..."),
], ids=lambda v: " ".join(v) if isinstance(v, list) else None)
def test_a_flag_for_a_positional_argument_says_to_give_it_without_the_flag(capsys, argv, word, positional):
    status, out, err = run(capsys, *argv)
    assert_one_line(status, out, err)
    assert f"unknown option --{word};" in err and f"the {word} is an argument, given without a flag: {positional}" in err


def test_python_dash_m_backprop_is_the_command_line():
    """``python -m backprop`` runs the same command line as ``backprop`` (a user's first guess
    without the script on PATH): its subcommands, and a wrong flag's one line with exit status 2."""
    source = Path(__file__).resolve().parent.parent / "src"
    environment = {**os.environ, "PYTHONPATH": str(source)}
    done = subprocess.run([sys.executable, "-m", "backprop", "--help"], capture_output=True, text=True,
                          env=environment, timeout=120)
    assert done.returncode == 0 and "explain" in done.stdout and "grade" in done.stdout
    wrong = subprocess.run([sys.executable, "-m", "backprop", "explain", "--no-such-flag"], capture_output=True,
                           text=True, env=environment, timeout=120)
    assert wrong.returncode == 2 and len(wrong.stderr.strip().splitlines()) == 1 and "Traceback" not in wrong.stderr


@pytest.mark.parametrize("argv, closest", [(["trian"], "train"), (["explian", "x.toml"], "explain"),
                                           (["grdae"], "grade")])
def test_a_mistyped_subcommand_gets_the_closest_one(capsys, argv, closest):
    status, out, err = run(capsys, *argv)
    assert_one_line(status, out, err)
    assert f"invalid choice: '{argv[0]}'" in err and err.rstrip().endswith(f"did you mean {closest}?")


def test_a_word_far_from_every_subcommand_gets_no_suggestion(capsys):
    status, out, err = run(capsys, "zzzzzz")
    assert_one_line(status, out, err)
    assert "did you mean" not in err and "choose from" in err
