"""A sum over the samples of a step (1/K sum_k, with a sample index k that the notation's meanings
do not use) is judged against the step's loss with the file's reduction: the average for "mean", the
total for "sum". Written for one sample, the same formula is the sample's derivative."""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework

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


@pytest.mark.parametrize("reduction, formula, verdict", [
    ("mean", MEAN, "correct"), ("mean", TOTAL, "wrong"),
    ("sum", TOTAL, "correct"), ("sum", MEAN, "wrong"),
    ("mean", ONE, "correct"), ("sum", ONE, "correct"),
])
def test_a_sum_over_samples_against_the_steps_loss(tmp_path, reduction, formula, verdict):
    notation = tmp_path / "course.toml"
    notation.write_text(NOTATION, encoding="utf-8")
    problem = parse_problem(NETWORK.format(reduction=reduction), "<net>")
    result = check_homework(problem, formula, notation=str(notation))
    assert result.claims[0].values == 9
    assert result.verdict == verdict
