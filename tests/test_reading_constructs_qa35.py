"""qa35 (a teacher's notation from the docs, Nielsen's, Bishop's and Ng's courses): a power of symbols.md's name
with code's index, ``a1[0]**2``, ``a1[0]^{2}``, ``x[1]^2``, ``eta^2``, was read as the name itself (its superscript
dropped), so ``(a2[0] - y[0])*a1[0]**2`` was called correct for dL/dW2[0,0], and the tanh slope ``1 - a1[0]^{2}``
that ``derive --notation`` writes for Ng's course was judged wrong when read back. The verdicts are PyTorch
autograd's at the file's numbers."""

from __future__ import annotations

import pytest
import torch

from backprop.cli import main

_NETWORK = """
[[layer]]
inputs = 2
units = 3
activation = "tanh"
weights = [[0.01, -0.02], [0.03, 0.04], [-0.05, 0.02]]
biases = [0.0, 0.0, 0.0]
[[layer]]
units = 1
activation = "sigmoid"
weights = [[0.5, -0.6, 0.7]]
biases = [0.1]
[loss]
name = "binary_cross_entropy"
[data]
x = [[1.5, -2.0]]
y = [[1.0]]
[update]
learning_rate = 1.2
"""


def _oracle():
    """dL/dW2[0,0], dL/dz1[0] by autograd, and the forward values, at the file's numbers."""
    W1 = torch.tensor([[0.01, -0.02], [0.03, 0.04], [-0.05, 0.02]], dtype=torch.float64, requires_grad=True)
    W2 = torch.tensor([[0.5, -0.6, 0.7]], dtype=torch.float64, requires_grad=True)
    x = torch.tensor([1.5, -2.0], dtype=torch.float64)
    z1 = W1 @ x
    z1.retain_grad()
    a1 = torch.tanh(z1)
    a2 = torch.sigmoid(W2 @ a1 + 0.1)
    loss = torch.nn.functional.binary_cross_entropy(a2, torch.ones(1, dtype=torch.float64))
    loss.backward()
    return W2.grad[0, 0].item(), z1.grad[0].item(), a1.detach(), a2.item()


def _verdict(tmp_path, capsys, formula: str) -> int:
    problem = tmp_path / "ng.toml"
    problem.write_text(_NETWORK)
    code = main(["check", str(problem), "--formula", formula])
    capsys.readouterr()
    return code


@pytest.mark.parametrize("formula, right", [
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]", True),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]**2", False),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{2}", False),
    ("dL/dz1[0] = W2[0,0]*(a2[0] - y[0])*(1 - a1[0]**2)", True),
    ("dL/dz1[0] = W2[0,0]*(a2[0] - y[0])*(1 - a1[0]^{2})", True),
    ("dL/dz1[0] = W2[0,0]*(a2[0] - y[0])*(1 - a1[0])", False),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{0.5}", False),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]**0.5", False),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{1/2}", False),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{-1}", False),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{1}", True),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^T", True),
    ("dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{z1[0]}", False),
])
def test_a_power_of_an_indexed_name_is_that_power(tmp_path, capsys, formula, right):
    grad_w, grad_z, a1, a2 = _oracle()
    # the oracle's own verdict on each reading
    assert abs(grad_w - (a2 - 1) * a1[0].item()) < 1e-12
    assert abs(grad_w - (a2 - 1) * a1[0].item() ** 2) > 1e-6
    assert abs(grad_z - 0.5 * (a2 - 1) * (1 - a1[0].item() ** 2)) < 1e-12
    assert abs(grad_z - 0.5 * (a2 - 1) * (1 - a1[0].item())) > 1e-6
    assert _verdict(tmp_path, capsys, formula) == (0 if right else 1)


def test_derive_notation_lines_read_back_right_with_a_power(tmp_path, capsys):
    """Ng's course notation names only whole matrices, so derive writes a1[0]^{2} for the tanh slope's square."""
    problem = tmp_path / "ng.toml"
    problem.write_text(_NETWORK)
    notation = tmp_path / "ng_notation.toml"
    notation.write_text('[notation]\nloss = ["J"]\n[notation.symbols]\n"A^{[l]}" = "a{l}[:]"\n"Y" = "y[:]"\n')
    formula = (r"\frac{\partial J}{\partial W1[0,1]} = \left(A^{2} - Y\right) \cdot W2[0,0] \cdot"
               r" \left(1 - a1[0]^{2}\right) \cdot x[1]")
    assert main(["check", str(problem), "--notation", str(notation), "--formula", formula]) == 0
    assert main(["check", str(problem), "--notation", str(notation), "--formula",
                 formula.replace("a1[0]^{2}", "a1[0]")]) == 1
    capsys.readouterr()


@pytest.mark.parametrize("formula, right", [
    ("W2[0,0] = W2[0,0] - eta*(a2[0] - y[0])*a1[0]", True),
    ("W2[0,0] = W2[0,0] - eta^2*(a2[0] - y[0])*a1[0]", False),
    ("W2[0,0] = W2[0,0] - eta**2*(a2[0] - y[0])*a1[0]", False),
])
def test_a_power_of_the_learning_rate_is_that_power(tmp_path, capsys, formula, right):
    grad_w, _, _, _ = _oracle()
    assert abs(1.2 * grad_w - 1.2 ** 2 * grad_w) > 1e-6  # the oracle tells the two steps apart
    assert _verdict(tmp_path, capsys, formula) == (0 if right else 1)


def test_a_sigmoid_networks_indexed_squares_other_names(tmp_path, capsys):
    """Another network and other names: x[1]**2, z1[0]^2 and b1[0]**2 are powers, as a1[0]**2 is."""
    problem = tmp_path / "sig.toml"
    problem.write_text(_NETWORK.replace('"tanh"', '"sigmoid"'))
    ok = r"dL/dW1[0,1] = W2[0,0]*(a2[0] - y[0])*a1[0]*(1 - a1[0])*x[1]"
    assert main(["check", str(problem), "--formula", ok]) == 0
    assert main(["check", str(problem), "--formula", ok.replace("x[1]", "x[1]**2")]) == 1
    assert main(["check", str(problem), "--formula", ok.replace("(1 - a1[0])", "(1 - a1[0]^2)")]) == 1
    assert main(["check", str(problem), "--formula", ok + "*b1[0]**2"]) == 1
    capsys.readouterr()


def test_a_huge_power_of_an_indexed_name_is_refused(tmp_path, capsys):
    assert _verdict(tmp_path, capsys, "dL/dW2[0,0] = (a2[0] - y[0])*a1[0]^{100000}") == 2


def test_the_symbols_pages_powers_read_as_powers(tmp_path, capsys):
    """docs/symbols.md's examples: x[1]**0.5 a power (x[1] = 1.5 in this test's file at its numbers, and random
    points elsewhere), a1[0]^{(1)} a sample's superscript, no power."""
    ok = "dL/dW2[0,0] = (a2[0] - y[0])*a1[0]"
    assert _verdict(tmp_path, capsys, ok.replace("a1[0]", "a1[0]^{(1)}")) == 0
    assert _verdict(tmp_path, capsys, ok + "*x[0]**0.5") == 1


_NOTATION = '[notation]\nindices = "jl"\n[notation.symbols]\n"a_{j}^{l}" = "%s"\n'


def test_a_meaning_with_a_bracket_left_open_is_refused_when_the_table_is_loaded(tmp_path, capsys):
    problem = tmp_path / "ng.toml"
    problem.write_text(_NETWORK)
    notation = tmp_path / "course.toml"
    notation.write_text(_NOTATION % "a{l-1}[j-1")
    assert main(["check", str(problem), "--notation", str(notation), "--formula", "a_1^2 = 0.5"]) == 2
    error = capsys.readouterr().err.strip()
    assert error == (f"error: {notation}: [notation] symbols.'a_{{j}}^{{l}}': the meaning 'a{{l-1}}[j-1' leaves a"
                     ' bracket open or closes one never opened; close each ( [ { it opens, e.g. "a{l-1}[j-1]"')
    assert len(error.splitlines()) == 1


def test_a_closed_meaning_reads_and_judges(tmp_path, capsys):
    """Nielsen's counting, layer 1 the input: a^2_1 is a1[0] (tanh(0.055) at the file's numbers)."""
    problem = tmp_path / "ng.toml"
    problem.write_text(_NETWORK)
    notation = tmp_path / "course.toml"
    notation.write_text(_NOTATION % "a{l-1}[j-1]")
    _, _, a1, _ = _oracle()
    assert f"{a1[0].item():.4f}" == "0.0549"
    assert main(["check", str(problem), "--notation", str(notation), "--formula", "a_1^2 = 0.0549"]) == 0
    assert main(["check", str(problem), "--notation", str(notation), "--formula", "a_1^2 = 0.0349"]) == 1
    capsys.readouterr()


def test_derive_writes_the_layers_brackets_as_the_table_does(tmp_path, capsys):
    """Ng's "A^{[l]}" was written A^{2} (the loader keeps the layer alone), a square to the course's reader; Bishop's
    "w_{kj}^{(2)}" w_{21}^{2}. Both are written as the table writes them, and read back right (the oracle's
    dL/dW1[0,1] is what derive derives: tests/test_derive_notation.py)."""
    problem = tmp_path / "ng.toml"
    problem.write_text(_NETWORK)
    notation = tmp_path / "ng_notation.toml"
    notation.write_text('[notation]\nloss = ["J"]\n[notation.symbols]\n"A^{[l]}" = "a{l}[:]"\n"Y" = "y[:]"\n'
                        '"w_{kj}^{(2)}" = "W2[k-1, j-1]"\n')
    assert main(["derive", str(problem), "--param", "W1[0,1]", "--notation", str(notation)]) == 0
    written = capsys.readouterr().out.split("in the homework's notation")[1].splitlines()[1].strip()
    assert r"\left(A^{[2]} - Y\right)" in written and r"w_{11}^{(2)}" in written and "A^{2}" not in written
    assert main(["check", str(problem), "--notation", str(notation), "--formula", written]) == 0
    capsys.readouterr()


def test_a_rule_over_layers_is_named_from_the_first_layer_to_the_last(tmp_path, capsys):
    """Nielsen's dC/db^l_j = delta^l_j over both layers: read unit by unit, its last parameter was b1[2], and the
    claim was named b1[0] ... b1[2], as if it held layer 1 alone."""
    problem = tmp_path / "ng.toml"
    problem.write_text(_NETWORK)
    notation = tmp_path / "nielsen.toml"
    notation.write_text('[notation]\nindices = "jl"\nloss = ["C"]\n[notation.symbols]\n'
                        '"b_{j}^{l}" = "b{l-1}[j-1]"\n"\\\\delta_{j}^{l}" = "delta{l-1}[j-1]"\n')
    assert main(["check", str(problem), "--notation", str(notation), "--formula",
                 r"\frac{\partial C}{\partial b^l_j} = \delta^l_j"]) == 0
    assert "of b1[0] ... b2[0], for all 4 index values" in capsys.readouterr().out
