"""A sum over the samples of a step (1/K sum_k, with a sample index k that the notation's meanings
do not use) is judged against the step's loss with the file's reduction: the average for "mean", the
total for "sum". Written for one sample, the same formula is the sample's derivative; against the other
reduction on a file without samples (one a step, K unnamed) it reads two ways and is refused."""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.homework_base import ReadingsDisagree

NETWORK = """
[[layer]]
inputs = 3
units = 3
activation = "softmax"
[loss]
name = "cross_entropy"
[update]
learning_rate = 0.1
reduction = "{reduction}"
"""
NOTATION = r'''
[notation]
indices = "ijk"
loss = ["C"]
[notation.symbols]
"w_{ji}" = "W1[j, i]"
"p_{j,k}" = "a1[j]"
"t_{j,k}" = "t[j]"
"x_{i,k}" = "x[i]"
'''
MEAN = r"\frac{\partial C}{\partial w_{ji}} = \frac{1}{K} \sum_{k=1}^{K} (p_{j,k} - t_{j,k}) x_{i,k}"
TOTAL = r"\frac{\partial C}{\partial w_{ji}} = \sum_{k=1}^{K} (p_{j,k} - t_{j,k}) x_{i,k}"
ONE = r"\frac{\partial C}{\partial w_{ji}} = (p_{j,k} - t_{j,k}) x_{i,k}"


TWO_SAMPLES = NETWORK + """
[data]
x = [[1.0, 2.0, 0.5], [0.5, -1.0, 2.0]]
y = [[1, 0, 0], [0, 0, 1]]
"""


@pytest.mark.parametrize("reduction, formula, verdict", [
    ("mean", MEAN, "correct"), ("sum", TOTAL, "correct"),
    ("mean", ONE, "correct"), ("sum", ONE, "correct"),
])
def test_a_sum_over_samples_against_the_steps_loss(tmp_path, reduction, formula, verdict):
    notation = tmp_path / "course.toml"
    notation.write_text(NOTATION, encoding="utf-8")
    problem = parse_problem(NETWORK.format(reduction=reduction), "<net>")
    result = check_homework(problem, formula, notation=str(notation))
    assert result.claims[0].values == 9
    assert result.verdict == verdict


@pytest.mark.parametrize("reduction, formula", [("mean", TOTAL), ("sum", MEAN)])
def test_a_sum_against_the_other_reduction_is_wrong_over_the_steps_samples(tmp_path, reduction, formula):
    """With two samples a step, K is their count: the total where the file's loss is their mean (or the
    mean where it is their total) is off by the factor K = 2, wrong at every entry."""
    notation = tmp_path / "course.toml"
    notation.write_text(NOTATION, encoding="utf-8")
    problem = parse_problem(TWO_SAMPLES.format(reduction=reduction), "<net>")
    result = check_homework(problem, formula, notation=str(notation))
    assert result.claims[0].values == 9
    assert result.verdict == "wrong"


@pytest.mark.parametrize("reduction, formula, written", [("mean", TOTAL, "total"), ("sum", MEAN, "mean")])
def test_a_sum_against_the_other_reduction_on_one_sample_reads_two_ways(tmp_path, reduction, formula, written):
    """Without samples in the file (one a step), the unnamed K is 1 (the formula is the sample's derivative,
    right) or a count of samples (off by the factor K, wrong): refused, saying how to give K its value or
    the file the page's reduction, rather than a verdict on a guess."""
    notation = tmp_path / "course.toml"
    notation.write_text(NOTATION, encoding="utf-8")
    problem = parse_problem(NETWORK.format(reduction=reduction), "<net>")
    with pytest.raises(ReadingsDisagree) as refusal:
        check_homework(problem, formula, notation=str(notation))
    message = str(refusal.value)
    assert '"K" = "1"' in message
    assert f"if the page's loss is their {written}" in message
