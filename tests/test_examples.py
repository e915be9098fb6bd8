"""The bundled example problem files: each loads, explains, names its seed, and says what it claims.

Every examples/*.toml must load and give a worked solution whose numbers are all finite, through the
library and through ``backprop explain FILE --format json``. The seed 001 file is checked for being
the seed's network exactly as written (and for a finite loss despite its enormous logits), and the
claims the comments make about the seeds' derivations (seeds 000, 003, 001) are checked numerically
against a forward pass written out here with the math module. Seed 004 has its own file,
test_seed004.py.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import struct
from pathlib import Path

import numpy as np
import pytest

from backprop import load_problem
from backprop.bundled import bundled
from backprop.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "src" / "backprop" / "examples"
FILES = sorted(EXAMPLES.glob("*.toml"))
SEEDS = ROOT.parent / "shared" / "seeds"
MNIST = ROOT.parent / "shared" / "data" / "mnist"


def explain_json(path: Path) -> dict:
    return load_problem(path, require_data=True).explain().to_json_dict()


def all_numbers(value):
    if isinstance(value, (list, tuple)):
        for item in value:
            yield from all_numbers(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_numbers(item)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        yield value


def head_comment(path: Path) -> str:
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line)
    return "\n".join(lines)


def test_the_expected_examples_are_there():
    names = {path.stem for path in FILES}
    assert {"seed004_softmax_classifier", "seed004_sparse_sigmoid", "seed000_regression",
            "seed000_classification", "seed003_delta_rule", "seed001_mnist_literal",
            "seed001_single_layer"} <= names
    assert names <= set(bundled("examples"))  # they ship in the package


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_example_explains_with_finite_numbers(path):
    trace = explain_json(path)
    problem = load_problem(path, require_data=True)
    assert len(trace["steps"]) == problem.steps
    for step in trace["steps"]:
        assert len(step["layers"]) == len(problem.layers)
    numbers = list(all_numbers(trace))
    assert numbers and all(math.isfinite(v) for v in numbers)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_example_through_the_command_line(path, capsys):
    assert main(["explain", str(path), "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == json.loads(json.dumps(explain_json(path)))


@pytest.mark.parametrize("path", [path for path in FILES if path.name.startswith("seed")], ids=lambda p: p.stem)
def test_example_names_its_seed(path):
    comment = head_comment(path)
    assert comment, "the file must start with a comment"
    seeds = re.findall(r"seeds? (00\d)", comment, flags=re.IGNORECASE)
    assert seeds, "the first comment lines must name the seed"
    # the seed of the file name is named, with its file, which exists
    number = re.match(r"seed(00\d)_", path.name).group(1)
    assert number in seeds
    files = re.findall(r"\b(00\d_[0-9a-f]{16}\.txt)\b", comment)
    assert any(name.startswith(number) for name in files)
    if SEEDS.is_dir():
        for name in files:
            assert (SEEDS / name).is_file(), name


# ---------------------------------------------------------------------------------------------
# Seed 001, literally


LITERAL = EXAMPLES / "seed001_mnist_literal.toml"
SINGLE = EXAMPLES / "seed001_single_layer.toml"


def test_mnist_literal_is_the_seeds_network():
    problem = load_problem(LITERAL, require_data=True)
    assert [(spec.inputs, spec.units) for spec in problem.layers] == [(784, 128), (128, 64), (64, 10)]
    assert [spec.bias for spec in problem.layers] == ["shared"] * 3
    assert [tuple(a.name for a in spec.activations) for spec in problem.layers] == [("relu",), ("relu",), ("relu", "softmax")]
    assert [spec.init for spec in problem.layers] == [(-10.0, 10.0)] * 3
    assert all(spec.weights is None for spec in problem.layers)   # drawn from init, not written
    assert problem.seed == 1
    assert problem.loss.name == "cross_entropy" and problem.loss.log_base == math.e
    assert problem.reduction == "mean" and problem.batch_size is None and problem.steps == 1
    assert problem.learning_rate == 0.1
    assert problem.labels == [7, 2, 1]
    network = problem.build_network()
    weights = np.concatenate([layer.weights.ravel() for layer in network.layers])
    assert weights.min() >= -10 and weights.max() <= 10 and weights.max() - weights.min() > 19.9
    assert all(layer.biases.ndim == 0 for layer in network.layers)


def test_mnist_literal_loss_is_finite_despite_huge_logits():
    trace = explain_json(LITERAL)
    step = trace["steps"][0]
    logits = np.array(step["layers"][-1]["z"])
    assert np.abs(logits).max() > 1e4            # e^(1e4) overflows float64 many times over
    probabilities = np.array(step["layers"][-1]["a"])
    assert np.allclose(probabilities.sum(axis=1), 1.0)
    assert math.isfinite(step["loss"]) and step["loss"] > 1e3
    # the loss is the mean over the 3 samples of logsumexp(relu(z)) - relu(z)_label
    u = np.maximum(logits, 0)
    top = u.max(axis=1)
    per_sample = top + np.log(np.exp(u - top[:, None]).sum(axis=1)) - u[np.arange(3), [7, 2, 1]]
    assert step["loss"] == pytest.approx(per_sample.mean(), rel=1e-12)
    assert all(math.isfinite(v) for v in all_numbers(trace))


def test_mnist_single_layer_is_the_seeds_0_hidden_network():
    problem = load_problem(SINGLE, require_data=True)
    assert [(spec.inputs, spec.units, spec.bias, tuple(a.name for a in spec.activations), spec.init) for spec in problem.layers] \
        == [(784, 10, "shared", ("softmax",), (-10.0, 10.0))]
    assert problem.reduction == "mean" and problem.loss.name == "cross_entropy"
    literal = load_problem(LITERAL, require_data=True)
    assert np.array_equal(problem.x, literal.x) and problem.labels == literal.labels
    # the comment's claim: a bias shared by all units of a softmax layer has gradient 0
    step = explain_json(SINGLE)["steps"][0]
    assert abs(step["layers"][0]["grad_biases"]) < 1e-15
    assert abs(np.array(step["layers"][0]["grad_weights"])).max() > 0.1


@pytest.mark.skipif(not MNIST.is_dir(), reason="shared/data/mnist is not beside the repository")
def test_mnist_examples_hold_the_first_test_digits():
    with gzip.open(MNIST / "t10k-images-idx3-ubyte.gz") as f:
        magic, count, rows, cols = struct.unpack(">IIII", f.read(16))
        assert (magic, rows, cols) == (2051, 28, 28)
        pixels = np.frombuffer(f.read(3 * 784), dtype=np.uint8).reshape(3, 784)
    with gzip.open(MNIST / "t10k-labels-idx1-ubyte.gz") as f:
        magic, count = struct.unpack(">II", f.read(8))
        assert magic == 2049
        labels = list(f.read(3))
    for path in (LITERAL, SINGLE):
        problem = load_problem(path, require_data=True)
        assert problem.labels == labels == [7, 2, 1]
        assert np.array_equal(problem.x, np.round(pixels / 255, 3))


# ---------------------------------------------------------------------------------------------
# The comments' claims about seeds 000 and 003, checked on step 1 (sample 0, the file's weights)


def sigmoid(u: float) -> float:
    return 1 / (1 + math.exp(-u))


def forward_by_hand(problem, sample: int = 0):
    """x, the sigmoid hidden layer's outputs, the output layer's z, and its weights."""
    x = list(problem.x[sample])
    (W1, b1), (W2, b2) = ((spec.weights.tolist(), spec.biases.tolist()) for spec in problem.layers)
    hidden = [sigmoid(sum(W1[k][i] * x[i] for i in range(len(x))) + b1[k]) for k in range(len(W1))]
    z = [sum(W2[n][k] * hidden[k] for k in range(len(hidden))) + b2[n] for n in range(len(W2))]
    return x, hidden, z, W2


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-15)


def test_seed000_regression_derivatives_are_right():
    """dSE/da^1_k0 = -2(y - O) O_k^1 and dSE/da^0_ik = -2(y - O) a^1_k0 O_k(1 - O_k) O_i^0."""
    problem = load_problem(EXAMPLES / "seed000_regression.toml", require_data=True)
    trace = explain_json(EXAMPLES / "seed000_regression.toml")
    assert [step["samples"] for step in trace["steps"]] == [[0], [1], [2]]
    hidden_layer, out = trace["steps"][0]["layers"]
    x, O1, z, W2 = forward_by_hand(problem)
    O2, y = z[0], problem.targets[0][0]
    assert close(out["a"][0][0], O2)
    assert close(trace["steps"][0]["loss"], (y - O2) ** 2)
    for k in range(3):
        assert close(out["grad_weights"][0][k], -2 * (y - O2) * O1[k])
        for i in range(2):
            seed = -2 * (y - O2) * W2[0][k] * O1[k] * (1 - O1[k]) * x[i]
            assert close(hidden_layer["grad_weights"][k][i], seed)
        assert close(hidden_layer["grad_biases"][k], -2 * (y - O2) * W2[0][k] * O1[k] * (1 - O1[k]))
    assert close(out["grad_biases"][0], -2 * (y - O2))


def test_seed000_classification_softmax_derivative_is_wrong_off_the_label():
    path = EXAMPLES / "seed000_classification.toml"
    problem = load_problem(path, require_data=True)
    hidden_layer, out = explain_json(path)["steps"][0]["layers"]
    x, O1, z, W2 = forward_by_hand(problem)
    top = max(z)
    O2 = [math.exp(v - top) / sum(math.exp(w - top) for w in z) for v in z]
    label = problem.labels[0]
    l = [1.0 if n == label else 0.0 for n in range(3)]
    for n in range(3):
        for k in range(3):
            right = (O2[n] - l[n]) * O1[k]
            seed = -(l[n] / O2[n]) * O2[n] * (1 - O2[n]) * O1[k]
            assert close(out["grad_weights"][n][k], right)
            if n == label:
                assert close(seed, right)
            else:
                assert seed == 0 and right > 1e-3  # the seed's 0 where O_n O_k belongs
    for k in range(3):
        for i in range(2):
            right = sum((O2[n] - l[n]) * W2[n][k] for n in range(3)) * O1[k] * (1 - O1[k]) * x[i]
            seed = sum(-l[n] * (1 - O2[n]) * W2[n][k] for n in range(3)) * O1[k] * (1 - O1[k]) * x[i]
            assert close(hidden_layer["grad_weights"][k][i], right)
            assert not math.isclose(seed, right, rel_tol=1e-3)


def test_seed003_delta_rule_is_right_and_its_first_formula_is_not():
    path = EXAMPLES / "seed003_delta_rule.toml"
    problem = load_problem(path, require_data=True)
    assert problem.loss.name == "half_squared_error"
    trace = explain_json(path)
    assert [step["samples"] for step in trace["steps"]] == [[0], [1]]
    hidden_layer, out = trace["steps"][0]["layers"]
    x, a1, z, W2 = forward_by_hand(problem)
    a2 = [sigmoid(v) for v in z]
    y = list(problem.targets[0])
    assert close(trace["steps"][0]["loss"], 0.5 * sum((y[k] - a2[k]) ** 2 for k in range(2)))
    delta_out = [(y[k] - a2[k]) * a2[k] * (1 - a2[k]) for k in range(2)]          # the seed's delta
    delta_hidden = [sum(delta_out[k] * W2[k][j] for k in range(2)) * a1[j] * (1 - a1[j]) for j in range(2)]
    for k in range(2):
        assert close(out["delta"][0][k], -delta_out[k])          # backprop's delta is dL/dz
        for j in range(2):
            assert close(out["grad_weights"][k][j], -delta_out[k] * a1[j])
            written = -(y[k] - a2[k]) * (1 - a2[k]) * a2[k]      # the seed's first formula
            assert not math.isclose(written, out["grad_weights"][k][j], rel_tol=1e-3)
    for j in range(2):
        for i in range(2):
            assert close(hidden_layer["grad_weights"][j][i], -delta_hidden[j] * x[i])


# ---------------------------------------------------------------------------------------------
# Published worked examples: each names its source and reproduces its numbers


@pytest.mark.parametrize("path", [path for path in FILES if not path.name.startswith(("seed", "tour_"))],
                         ids=lambda p: p.stem)
def test_published_example_names_its_source(path):
    assert re.search(r"https?://\S+", head_comment(path)), "the first comment lines must give the source"


MAZUR = EXAMPLES / "mazur_step_by_step.toml"


def test_mazur_step_by_step_example_gives_the_articles_numbers():
    """Every number Matt Mazur's article prints, to the digits it prints (9 significant)."""
    trace = explain_json(MAZUR)
    first, second = trace["steps"]
    hidden, output = first["layers"]
    assert hidden["a"][0] == pytest.approx([0.593269992, 0.596884378], abs=5e-10)
    assert output["a"][0] == pytest.approx([0.75136507, 0.772928465], abs=5e-9)
    assert first["sample_losses"] == pytest.approx([0.298371109], abs=5e-10)
    assert first["loss"] == pytest.approx(0.298371109, abs=5e-10)
    # w5+ .. w8+ (layer 2, unit j from hidden i) and w1+ .. w4+ (layer 1)
    assert np.ravel(output["weights"]) == pytest.approx([0.35891648, 0.408666186, 0.511301270, 0.561370121], abs=5e-9)
    assert np.ravel(hidden["weights"]) == pytest.approx([0.149780716, 0.19956143, 0.24975114, 0.29950229], abs=5e-9)
    # the article's intermediate values: dE/dout_o1, dout_o1/dnet_o1, dE/dw5; dE_total/dout_h1
    assert output["grad_a"][0][0] == pytest.approx(0.74136507, abs=5e-9)
    assert output["delta"][0][0] / output["grad_a"][0][0] == pytest.approx(0.186815602, abs=5e-10)
    assert output["grad_weights"][0][0] == pytest.approx(0.082167041, abs=5e-10)
    assert hidden["grad_a"][0][0] == pytest.approx(0.036350306, abs=5e-10)
    # the biases are frozen: their gradients are computed, they stay as they were
    assert hidden["frozen"] == output["frozen"] == ["biases"]
    assert hidden["grad_biases"] != 0 and output["grad_biases"] != 0
    assert (hidden["biases"], output["biases"]) == (0.35, 0.60)
    # The error after the first round: the article prints 0.291027924, from its code, which updates
    # w5..w8 before it computes the hidden layer's deltas (with the new w5..w8 the loss is
    # 0.2910279239). At the weights the article itself prints, w1+..w8+, the loss is 0.2910277737,
    # computed here by hand (NumPy), and that is step 2's loss.
    def sigmoid(u):
        return 1 / (1 + np.exp(-u))

    hidden_out = sigmoid(np.array([[0.149780716, 0.19956143], [0.24975114, 0.29950229]]) @ [0.05, 0.10] + 0.35)
    out = sigmoid(np.array([[0.35891648, 0.408666186], [0.511301270, 0.561370121]]) @ hidden_out + 0.60)
    at_printed_weights = 0.5 * ((0.01 - out[0]) ** 2 + (0.99 - out[1]) ** 2)
    assert at_printed_weights == pytest.approx(0.2910277737, abs=5e-11)
    assert second["loss"] == pytest.approx(at_printed_weights, abs=1e-9)  # printed weights: 9 digits


def test_mazur_example_after_ten_thousand_steps():
    """'After repeating this process 10,000 times ... the error plummets to 0.0000351085': the error
    the 10,000th step starts from (the article prints it in its training loop, before that step's
    update), after 9,999 updates."""
    problem = load_problem(MAZUR, require_data=True)
    network = problem.build_network(np.float64)
    for _ in range(9_999):
        network.gradient_step(problem.x, problem.targets, "mean")
        network.update(problem.learning_rate)
    network.forward(problem.x)
    assert float(network.sample_losses(problem.targets)[0]) == pytest.approx(0.0000351085, abs=5e-11)
    assert float(network.layers[0].biases) == 0.35 and float(network.layers[1].biases) == 0.60


# ---------------------------------------------------------------------------------------------
# Tours: small networks of later registry entries, their numbers worked by hand here


TOUR = EXAMPLES / "tour_leaky_relu_huber.toml"


def test_tour_of_leaky_relu_and_huber_gives_the_hand_worked_numbers():
    """Worked with pencil numbers: leaky ReLU with slope 0.2, Huber with delta 0.5, mean of 2 samples.

    Sample 0, x = (1, 0.5): z1 = (0.6 - 0.2 + 0.1, -0.3 + 0.4 - 0.2) = (0.5, -0.1), a1 = (0.5, -0.02),
    a2 = 1.2 * 0.5 + 0.7 * 0.02 + 0.05 = 0.664; r = 0.664 - 0.9 = -0.236, |r| <= 0.5: L0 = r^2/2
    = 0.027848, dL/da2 = r. Sample 1, x = (-0.5, 2): z1 = (-0.3 - 0.8 + 0.1, 0.15 + 1.6 - 0.2)
    = (-1, 1.55), a1 = (-0.2, 1.55), a2 = -0.24 - 1.085 + 0.05 = -1.275; r = 0.725 > 0.5: L1 = 0.5
    (0.725 - 0.25) = 0.2375, dL/da2 = 0.5. The step's loss is (0.027848 + 0.2375)/2 = 0.132674.
    Hidden deltas: sample 0 (1.2 * -0.236, -0.7 * -0.236 * 0.2) = (-0.2832, 0.03304); sample 1
    (1.2 * 0.5 * 0.2, -0.7 * 0.5) = (0.12, -0.35).
    """
    trace = explain_json(TOUR)
    step = trace["steps"][0]
    hidden, output = step["layers"]
    assert step["loss"] == pytest.approx(0.132674, abs=1e-15)
    assert step["sample_losses"] == pytest.approx([0.027848, 0.2375], abs=1e-15)
    assert np.asarray(hidden["a"]) == pytest.approx(np.array([[0.5, -0.02], [-0.2, 1.55]]), abs=1e-15)
    assert np.asarray(output["a"]) == pytest.approx(np.array([[0.664], [-1.275]]), abs=1e-15)
    assert np.asarray(output["grad_a"]) == pytest.approx(np.array([[-0.236], [0.5]]), abs=1e-15)
    assert np.asarray(hidden["delta"]) == pytest.approx(np.array([[-0.2832, 0.03304], [0.12, -0.35]]), abs=1e-15)
    # dL/dW2 = mean of delta2 a1: ((-0.236)(0.5) + (0.5)(-0.2))/2, ((-0.236)(-0.02) + (0.5)(1.55))/2
    assert np.asarray(output["grad_weights"]) == pytest.approx(np.array([[-0.109, 0.38986]]), abs=1e-15)
    assert np.asarray(output["weights"]) == pytest.approx(np.array([[1.2 + 0.0109, -0.7 - 0.038986]]), abs=1e-15)
    assert hidden["grad_biases"] == pytest.approx([(-0.2832 + 0.12) / 2, (0.03304 - 0.35) / 2], abs=1e-15)
    # dL/dx = W1^T delta1 per sample
    assert np.asarray(step["grad_x"]) == pytest.approx(np.array([[-0.179832, 0.139712], [0.177, -0.328]]), abs=1e-15)
