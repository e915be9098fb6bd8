"""backprop variants: other numbers for the same problem, an answer key each, and a roster."""

from __future__ import annotations

import csv
import re
import tomllib
from pathlib import Path

import numpy as np
import pytest

from backprop.cli import main
from backprop.grading.variants import make_variants, to_toml
from backprop.problem import parse_problem

EXAMPLES = Path(__file__).resolve().parent.parent / "src" / "backprop" / "examples"
REGRESSION = EXAMPLES / "seed000_regression.toml"
SPARSE = EXAMPLES / "seed004_sparse_sigmoid.toml"


def numbers(document: dict) -> dict:
    """The drawn numbers of a problem document, flattened per place."""
    found = {}
    for index, layer in enumerate(document["layer"], start=1):
        for key in ("weights", "biases"):
            if key in layer:
                found[f"{key}{index}"] = np.array(layer[key], dtype=float).ravel()
    found["x"] = np.array(document["data"]["x"], dtype=float).ravel()
    if "y" in document["data"]:
        found["y"] = np.array(document["data"]["y"], dtype=float).ravel()
    return found


def test_variants_are_near_the_file_numbers_keep_its_zeros_and_are_reproducible():
    original = tomllib.loads(SPARSE.read_text())
    first = make_variants(SPARSE, 3, seed=7)
    again = make_variants(SPARSE, 3, seed=7)
    assert [v.text for v in first] == [v.text for v in again]
    assert len({v.text for v in first}) == 3
    base = numbers(original)
    for variant in first:
        drawn = numbers(tomllib.loads(variant.text))
        changed = 0
        for place, values in base.items():
            assert drawn[place].shape == values.shape
            assert ((drawn[place] == 0) == (values == 0)).all(), place  # masked weights, zero biases
            nonzero = values != 0
            ratio = drawn[place][nonzero] / values[nonzero]
            assert ((ratio >= 0.5 - 0.06) & (ratio <= 1.5 + 0.06)).all(), place  # rounding to 1 decimal
            changed += int((drawn[place] != values).any())
        assert changed >= 2
        mask = np.array(original["layer"][0]["mask"])
        assert tomllib.loads(variant.text)["layer"][0]["mask"] == mask.tolist()


def test_the_variants_table_says_how_numbers_are_drawn(tmp_path):
    text = REGRESSION.read_text() + ('\n[variants]\nweights = {range = [-1, 1], decimals = 1}\n'
                                     'x = {range = [2, 3], decimals = 2}\nbiases = "keep"\n')
    path = tmp_path / "drawn.toml"
    path.write_text(text)
    original = tomllib.loads(text)
    for variant in make_variants(path, 4, seed=1):
        document = tomllib.loads(variant.text)
        assert "variants" not in document  # a student's file holds the problem only
        drawn = numbers(document)
        for place in ("weights1", "weights2"):
            assert (np.abs(drawn[place]) <= 1).all()
            assert np.allclose(drawn[place], np.round(drawn[place], 1))
        assert ((drawn["x"] >= 2) & (drawn["x"] <= 3)).all() and np.allclose(drawn["x"], np.round(drawn["x"], 2))
        for index in (0, 1):
            assert document["layer"][index]["biases"] == original["layer"][index]["biases"]


@pytest.mark.parametrize("rule, words", [
    ('weights = {range = [1, -1]}', "low < high"),
    ('weights = "shuffle"', "is not a rule"),
    ('bogus = "keep"', "unknown key"),
    ('learning_rate = {range = [-1, 1]}', "a learning rate is positive"),
])
def test_a_bad_variants_rule_is_one_line_exit_2(tmp_path, capsys, rule, words):
    path = tmp_path / "bad.toml"
    path.write_text(REGRESSION.read_text() + f"\n[variants]\n{rule}\n")
    status = main(["variants", str(path), "--count", "2", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 2 and err.count("\n") == 1 and words in err and str(path) in err
    assert not (tmp_path / "out").exists()


def test_the_command_writes_variants_keys_and_a_roster(tmp_path, capsys):
    students = tmp_path / "class.csv"
    students.write_text("student,email\nAda,a@x\nBen,b@x\nCleo,c@x\n")
    out = tmp_path / "hw1"
    assert main(["variants", str(REGRESSION), "--count", "2", "--seed", "3", "--students", str(students),
                 "--out", str(out)]) == 0
    names = sorted(path.name for path in out.iterdir())
    assert names == ["roster.csv", "variant-01.key.md", "variant-01.key.tex", "variant-01.toml",
                     "variant-02.key.md", "variant-02.key.tex", "variant-02.toml"]
    with (out / "roster.csv").open() as stream:
        assert list(csv.reader(stream)) == [["student", "variant"], ["Ada", "variant-01.toml"],
                                            ["Ben", "variant-02.toml"], ["Cleo", "variant-01.toml"]]
    # The key's first loss is the variant's own, recomputed here from its numbers.
    problem = parse_problem((out / "variant-02.toml").read_text())
    layer1, layer2 = problem.layers
    a1 = 1 / (1 + np.exp(-(problem.x[0] @ layer1.weights.T + layer1.biases)))
    prediction = a1 @ layer2.weights.T + layer2.biases
    loss = float(((problem.targets[0] - prediction) ** 2).sum())
    key = (out / "variant-02.key.md").read_text()
    printed = re.search(r"^L = L_0 = (\S+)$", key, flags=re.MULTILINE)
    assert printed and abs(float(printed.group(1)) - loss) <= 5e-6 * abs(loss)  # 6 digits printed
    assert "\\begin{document}" in (out / "variant-01.key.tex").read_text()
    # never written over: the same --out again is refused and leaves the folder as it was
    capsys.readouterr()
    assert main(["variants", str(REGRESSION), "--count", "2", "--out", str(out)]) == 2
    assert "not an empty folder" in capsys.readouterr().err
    assert sorted(path.name for path in out.iterdir()) == names


def test_the_toml_writer_round_trips_what_tomllib_reads():
    document = {"title": 'a "quoted" \\ title\n', "n": 3, "on": True, "rate": 1e-7, "big": 1.5e300,
                "layer": [{"units": 2, "activation": ["relu", {"name": "leaky_relu", "slope": 0.2}],
                           "weights": [[0.1, -2.0], [3.0, 4.5]]}, {"units": 1}],
                "data": {"x": [[1, 2]], "classes": ["cat", "dog"]}, "odd key": {"a b": 1}}
    assert tomllib.loads(to_toml(document)) == document
