"""The numbers a worked solution shows are the trace's, and are written the way a student would."""

from __future__ import annotations

import json
import math
import re

import numpy as np
import pytest

from backprop.rendering import render
from backprop.rendering.blocks import equation
from backprop.rendering.context import Limits
from backprop.rendering.pieces import num, number_latex, number_text, pnum, terms
from backprop.rendering.blocks import equation_lines
from backprop.problem import load_problem, parse_problem

from .helpers import ALL_FILES, HERE, ROOT, equations, ids, is_small

SMALL = [path for path in ALL_FILES if is_small(path)]
PROBLEMS = HERE / "problems"


def text_of(path):
    problem = load_problem(path, require_data=True)
    trace = problem.explain()
    return trace, json.loads(render(trace, problem, "json")), render(trace, problem, "text")


def close(shown: str, value: float) -> bool:
    """``shown`` is ``value`` to the 6 significant digits it was printed with."""
    return math.isclose(float(shown), value, rel_tol=1e-5, abs_tol=1e-300)


_INDEX = re.compile(r"^(dL/d)?([A-Za-z]+)(\d+)(?:\[(\d+)(?:,(\d+))?\])?$")


def expected(shown, trace, data):
    """The trace's number for an equation of the text, or None for equations not checked here."""
    step, json_step = trace.steps[shown.step - 1], data["steps"][shown.step - 1]
    if shown.left == "L":
        return json_step["loss"]
    if shown.left.startswith("L_"):
        return float(step.sample_losses[step.samples.index(int(shown.left[2:]))])
    match = _INDEX.match(shown.left)
    if not match:
        return None
    derivative, name, layer, *index = match.groups()
    layer_json, layer_trace = json_step["layers"][int(layer) - 1], step.layers[int(layer) - 1]
    index = tuple(int(i) for i in index if i is not None)
    row = None if shown.sample is None else step.samples.index(shown.sample)
    table = {
        ("Updates", None, "W"): lambda: layer_json["weights"][index[0]][index[1]],
        ("Updates", None, "b"): lambda: layer_json["biases"][index[0]] if index else layer_json["biases"],
        ("Gradients", "dL/d", "W"): lambda: layer_json["grad_weights"][index[0]][index[1]],
        ("Gradients", "dL/d", "b"): lambda: (layer_json["grad_biases"][index[0]] if index
                                             else layer_json["grad_biases"]),
        ("Forward pass", None, "z"): lambda: layer_json["z"][row][index[0]],
        ("Forward pass", None, "a"): lambda: layer_json["a"][row][index[0]],
        ("Backward pass", None, "delta"): lambda: layer_json["delta"][row][index[0]],
        ("Backward pass", "dL/d", "a"): lambda: float(layer_trace.grad_a[row, index[0]]),
    }
    getter = table.get((shown.section, derivative, name))
    return None if getter is None else getter()


@pytest.mark.parametrize("path", SMALL, ids=ids(SMALL))
def test_every_number_shown_agrees_with_the_json_trace(path):
    trace, data, text = text_of(path)
    checked = 0
    for shown in equations(text):
        value = expected(shown, trace, data)
        if value is None:
            continue
        if "no connection" in shown.value:
            assert value == 0, shown
        elif "frozen: not updated" in shown.value:  # the value it keeps
            assert close(shown.value.split(" (")[0], value), (shown, value)
        else:
            assert close(shown.value, value), (shown, value)
        checked += 1
    # Every weight and bias update of every step was among them (of a summarised layer, the first few).
    limits = Limits()
    parameters = 0
    for step in trace.steps:
        for layer in step.layers:
            count = np.size(layer.weights) + np.size(layer.biases if layer.biases is not None else [])
            units, inputs = layer.weights.shape
            listed = units <= limits.units and inputs <= limits.inputs
            parameters += count if listed else min(count, limits.preview)
    updates = [s for s in equations(text) if s.section == "Updates"]
    assert len(updates) == parameters
    assert checked > parameters


def test_seed004_loss_and_an_update_read_off_the_text():
    trace, data, text = text_of(ROOT / "examples" / "seed004_softmax_classifier.toml")
    assert re.search(r"^  L = .*\n    = 208\.348$", text, flags=re.M)
    assert data["steps"][0]["loss"] == pytest.approx(208.348, abs=5e-4)
    line = re.search(r"^  W1\[0,3\] <- W1\[0,3\] - eta \* dL/dW1\[0,3\] = 6\.43 - 0\.2 \* 13\.81 = (\S+)$",
                     text, flags=re.M)
    assert line and float(line.group(1)) == pytest.approx(data["steps"][0]["layers"][0]["weights"][0][3])
    # A probability of 1.57e-24 is shown as such, not as 0.
    assert "a1[1] = exp(z1[1])/sum_k exp(z1[k]) = 1.57042e-24" in text


def test_sigmoid_network_writes_each_delta_as_a_chain_rule_product():
    _, _, text = text_of(PROBLEMS / "mlp_sigmoid.toml")
    assert "  dL/da2[0] = 2(a2[0] - y[0]) = 2(0.574825 - 0.7) = -0.25035\n" in text
    assert ("  delta2[0] = dL/da2[0] * a2[0](1-a2[0]) = (-0.25035) * 0.574825(1-0.574825)\n"
            "            = -0.0611859\n") in text
    assert "  dL/da1[1] = sum_k W2[k,1] delta2[k] = (-0.6)(-0.0611859) = 0.0367116\n" in text
    assert "  z1[0] = sum_i W1[0,i] x[i] + b1[0] = (0.1)(1) + (-0.2)(2) + 0.1 = -0.2\n" in text
    assert "  a1[0] = 1/(1+exp(-z1[0])) = 1/(1+exp(-(-0.2))) = 0.450166\n" in text
    assert "  W2[0,0] <- W2[0,0] - eta * dL/dW2[0,0] = 0.3 - 0.5 * (-0.0275438) = 0.313772\n" in text


def test_relu_softmax_in_bits_uses_the_fused_delta_times_relu_prime():
    _, _, text = text_of(PROBLEMS / "relu_softmax_log2.toml")
    assert ("  delta2[0] = (a2[0] - t[0])/ln(2) * [z2[0]>0]\n"
            "            = (0.362772 - 1)/ln(2) * [0.183048>0] = -0.919326\n") in text
    assert "  L_0 = -sum_j t[j] log2(a2[j]) = -log2(a2[0]) = -log2(0.362772) = 1.46287\n" in text
    assert "  u2[0] = max(0,z2[0]) = max(0,0.183048) = 0.183048\n" in text
    # The shared bias of layer 1 collects every unit's delta of every sample (mean over 3 samples).
    shared = [s for s in equations(text) if s.left == "dL/db1"]
    assert len(shared) == 1 and shared[0].value == "0.0611165"
    assert "         = 1/3 (-0.534689 + 0.651297 - 0.10297 - 0.421389 - 0.0821112\n" in text
    assert "  delta1[2] = dL/da1[2] * (1-a1[2]^2) = (-0.227448) * (1-0.739783^2) = -0.10297\n" in text


def test_softmax_without_cross_entropy_writes_the_jacobian_product():
    _, _, text = text_of(PROBLEMS / "softmax_squared.toml")
    assert ("  delta1[1] = a1[1](dL/da1[1] - sum_k dL/da1[k] a1[k])\n"
            "            = 0.52609((-0.47391) - ((0.0431841)(0.0431841) + (-0.47391)(0.52609)\n"
            "              + (0.430726)(0.430726))) = -0.216739\n") in text


def test_masked_weights_have_no_connection_and_stay_zero():
    trace, _, text = text_of(PROBLEMS / "masked_online.toml")
    assert text.count("  dL/dW1[0,1] = 0 (no connection)\n") == 3
    assert text.count("  W1[1,0] = 0 (no connection, not updated)\n") == 3
    assert "(no connection) are left out of the sums" in text
    # Online updates: step k uses sample (k-1) mod 2, one sample each.
    assert [step.samples for step in trace.steps] == [[0], [1], [0]]
    assert "Step 3 of 3\n===========\n\nSample 0; learning rate eta = 0.05;" in text


def test_many_samples_are_listed_then_counted():
    _, _, text = text_of(PROBLEMS / "many_samples.toml")
    forward = text[text.index("Forward pass"):text.index("\nLoss\n")]
    assert re.findall(r"^Sample (\d+):$", forward, flags=re.M) == ["0", "1", "2", "3"] * 2
    assert re.search(r"^sample  x +z1 +a1$", forward, flags=re.M)
    assert re.search(r"^19 +\(0\.66, -0\.69\) ", forward, flags=re.M)
    assert "5 more samples are not listed; every number is in the JSON trace:" in forward
    assert re.search(r"^  L = 1/25 sum_s L_s = 0\.315409$", text, flags=re.M)


def big_problem(tmp_path):
    """784-128-64-10 with ReLU and softmax, he initialisation, six samples in two steps of three."""
    x = np.random.default_rng(5).uniform(0, 1, (6, 784)).round(3).tolist()
    shapes = [("inputs = 784\n", 128, "relu"), ("", 64, "relu"), ("", 10, "softmax")]
    layers = "".join(f'[[layer]]\n{inputs}units = {units}\nactivation = "{activation}"\n'
                     for inputs, units, activation in shapes)
    path = tmp_path / "mnist_sized.toml"
    path.write_text(layers + f"""[loss]
name = "cross_entropy"
[data]
x = {x}
labels = [7, 2, 1, 0, 4, 1]
[update]
learning_rate = 0.01
batch_size = 3
steps = 2
""")
    return load_problem(path, require_data=True)


@pytest.mark.parametrize("fmt", ["text", "markdown", "latex"])
def test_a_784_128_64_10_network_is_summarised_not_flooded(tmp_path, fmt):
    problem = big_problem(tmp_path)
    trace = problem.explain()
    text = render(trace, problem, fmt)
    steps = text.split("Step 2 of 2")
    assert len(steps) == 2
    for part in steps:
        # a few hundred lines a step, the overview included (LaTeX 497 before dL/dx and the output's
        # dL/da were added, 522 with them)
        assert len(part.splitlines()) < 550
    assert len(text) < 60_000
    assert "every number is in the JSON trace" in text
    if fmt == "text":
        assert max(len(line) for line in text.splitlines()) <= 80
        # The 10-unit output layer is still written unit by unit; the hidden ones are summarised.
        assert "  delta3[7] = a3[7] - t[7] = " in text
        assert re.search(r"^z1 +3 x 128 ", text, flags=re.M)
        assert re.search(r"^dL/dW1 +128 x 784 ", text, flags=re.M)


def test_numbers_keep_six_digits_and_tiny_values():
    assert number_text(1.5704216e-24) == "1.57042e-24"
    assert number_text(-0.0) == "0"
    assert number_text(208.34750000468838) == "208.348"
    assert number_text(0.1 + 0.2) == "0.3"
    # Near 1 the difference matters (-ln(a) of a probability): more digits, not a bare "1".
    assert number_text(1 - 9.5e-14) == "0.999999999999905"
    assert number_text(1.0) == "1" and number_text(-1.0) == "-1"
    assert number_text(-58359.0418710221) == "-58359"
    assert number_latex(1.5704216e-24) == r"1.57042 \times 10^{-24}"
    assert number_latex(-0.25) == "-0.25"
    assert pnum(-2.5).text == "(-2.5)" and pnum(2.5).text == "2.5" and pnum(1e-9).text == "(1e-09)"


def test_long_equations_wrap_at_their_operators():
    items = terms([num(-1234.5678 * k) for k in range(1, 13)])
    lines = equation_lines(equation("z9[11]", "sum_i W9[11,i] x[i]", items, num(3.25)), 60)
    assert all(len(line) <= 60 for line in lines)
    assert lines[0] == "z9[11] = sum_i W9[11,i] x[i]"
    assert lines[1].startswith("       = -1234.57 + -2469.14")
    assert all(line.startswith("         + ") for line in lines[2:-1])
    assert lines[-1].endswith(" = 3.25")
    assert " ".join(line.strip() for line in lines).count("+") == 11


def test_latex_escapes_the_title_and_prose(tmp_path):
    problem = parse_problem("""
title = "50% of a_b & c #1 {x} ~ ^ \\\\ <-"
[[layer]]
inputs = 1
units = 1
weights = [[2.0]]
[loss]
name = "squared_error"
[data]
x = [[1.0]]
y = [[0.5]]
[update]
learning_rate = 0.1
""", tmp_path / "odd_name_#1.toml", require_data=True)
    source = render(problem.explain(), problem, "latex")
    escaped = r"50\% of a\_b \& c \#1 \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{} $\leftarrow$"
    assert escaped in source
    from .test_explain_render import compile_latex
    compile_latex(source, tmp_path)
