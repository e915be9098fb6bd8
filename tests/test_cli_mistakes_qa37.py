"""A new user's mistakes on the command line (qa37): each ends in one line naming the file, the place, what is wrong
and what would be right, with exit status 2 and no traceback."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from backprop.cli import main

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
NOTATIONS = Path(__file__).resolve().parent.parent / "src" / "backprop" / "symbolic" / "notations"
REGRESSION = str(EXAMPLES / "seed000_regression.toml")
RIGHT = r"\frac{\partial SEE(y, O_0^2)}{\partial a_{10}^1} = -2(y - O_0^2) \cdot O_1^1"
# a 1 x 1 PNG
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")


def one_line(capsys, *arguments) -> str:
    status = main(list(arguments))
    captured = capsys.readouterr()
    assert status == 2 and captured.out == "", captured
    assert len(captured.err.splitlines()) == 1 and "Traceback" not in captured.err, captured.err
    return captured.err.strip()


@pytest.fixture
def files(tmp_path):
    (tmp_path / "picture.toml").write_bytes(PNG)
    (tmp_path / "table.csv").write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    (tmp_path / "empty.toml").write_text("", encoding="utf-8")
    return tmp_path


def test_a_notation_file_given_as_the_problem_is_named_as_such(capsys):
    for command in (["explain"], ["check"], ["derive"]):
        err = one_line(capsys, *command, str(NOTATIONS / "seed004.toml"), *(["--formula", "x"] if command == ["check"]
                                                                               else []))
        assert err.endswith("seed004.toml: [[layer]]: no layers: this is a notation file (a [notation] table and no"
                            " network); give it with --notation, and as the problem a file with [[layer]] tables"
                            " (backprop examples lists some)"), err


def test_a_png_named_toml_given_as_the_notation_says_so(capsys, files):
    err = one_line(capsys, "check", REGRESSION, "--notation", str(files / "picture.toml"), "--formula", RIGHT)
    assert err == (f"error: {files / 'picture.toml'}: file: is not UTF-8 text (byte 0x89 at offset 0); a notation file"
                   " is TOML text: save it as UTF-8")


def test_a_folder_given_as_the_notation_says_so(capsys, files):
    err = one_line(capsys, "check", REGRESSION, "--notation", str(files), "--formula", RIGHT)
    assert err == f"error: {files}: file: is a directory, not a file; give the path of a .toml notation file inside it"


def test_a_csv_given_as_the_notation_is_placed(capsys, files):
    err = one_line(capsys, "check", REGRESSION, "--notation", str(files / "table.csv"), "--formula", RIGHT)
    assert err == (f"error: {files / 'table.csv'}: line 1, column 2: TOML syntax error: Expected '=' after a key in a"
                   " key/value pair; write key = value")


def test_an_empty_notation_file_says_what_it_lacks(capsys, files):
    err = one_line(capsys, "check", REGRESSION, "--notation", str(files / "empty.toml"), "--formula", RIGHT)
    assert err == f"error: {files / 'empty.toml'}: has no [notation] table; write [notation] and [notation.symbols]"


@pytest.mark.parametrize("arguments, words", [
    (["chek", REGRESSION], "invalid choice: 'chek'"),
    (["check", REGRESSION, "--notaton", "seed000"], "unknown option --notaton; did you mean --notation?"),
    (["check", REGRESSION, "--param"], "argument --param: expected one argument"),
    (["explain", "/nonexistent/problem.toml"], "file: no such file; give the path of an existing .toml problem file"),
    (["grade", "x.md"], "no problem file; give the network the submissions are about with --problem FILE"),
    (["variants", REGRESSION, "--count", "0"], "0 is too small; give a whole number from 1 to 10,000"),
])
def test_a_misspelt_or_missing_argument_is_one_line(capsys, arguments, words):
    assert words in one_line(capsys, *arguments)


def test_a_png_named_toml_given_as_the_problem_says_so(capsys, files):
    err = one_line(capsys, "explain", str(files / "picture.toml"))
    assert err.endswith("picture.toml: file: is not UTF-8 text (byte 0x89 at offset 0); a problem file is TOML text:"
                        " save it as UTF-8"), err
