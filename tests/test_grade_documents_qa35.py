"""backprop grade with a course's notation written from the docs alone (qa35): Bishop's PRML ch. 5, whose h is the
hidden units' activation (``functions = { h = "tanh" }``). A page that says so in its own words, ``with $h =
\\tanh$``, made h a definition of the document, refused (a function with no argument), and every claim using h after
it unreadable (``z_j = h(a_j)``, ``\\delta_j = h'(a_j) \\sum_k ...``). A name the notation's functions give is now never
defined by the document, as a name its patterns give is not: the line is no claim, and the claims read h as the table
says. The verdicts are PyTorch autograd's."""

from __future__ import annotations

import json

import torch

from backprop.cli import main

NETWORK = """
[[layer]]
inputs = 2
units = 3
activation = "tanh"
weights = [[0.2, -0.4], [0.7, 0.1], [-0.3, 0.5]]
biases = [0.1, 0.0, -0.2]
[[layer]]
units = 2
activation = "identity"
weights = [[0.6, -0.2, 0.3], [0.1, 0.4, -0.5]]
biases = [0.2, -0.1]
[loss]
name = "half_squared_error"
[data]
x = [[0.5, -1.0]]
y = [[0.3, -0.2]]
[update]
learning_rate = 0.1
"""

# Bishop's letters: i inputs, j hidden units, k outputs; a_j a unit's sum, z_j = h(a_j) its output; x_0 = z_0 = 1
NOTATION = r'''
[notation]
indices = "ijk"
loss = ["E_{n}"]
functions = { h = "tanh" }
[notation.symbols]
"x_{0}" = "1"
"z_{0}" = "1"
"x_{i}" = "x[i-1]"
"z_{j}" = "a1[j-1]"
"a_{j}" = "z1[j-1]"
"y_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"w_{ji}^{(1)}" = "W1[j-1, i-1]"
"w_{j0}^{(1)}" = "b1[j-1]"
"w_{kj}^{(2)}" = "W2[k-1, j-1]"
"w_{k0}^{(2)}" = "b2[k-1]"
"\\delta_{j}" = "delta1[j-1]"
"\\delta_{k}" = "delta2[k-1]"
'''

PAGE = r"""# Error backpropagation

Forward: $z_j = h(a_j)$ with $h = \tanh$.

$$\delta_k = y_k - t_k$$

$$\delta_j = h'(a_j) \sum_k w_{kj}^{(2)} \delta_k = %s \sum_{k=1}^{K} w_{kj}^{(2)} \delta_k$$

$$\frac{\partial E_n}{\partial w_{ji}^{(1)}} = \delta_j %s$$
"""


def _oracle():
    """delta1 by autograd and the two hidden slopes a student may write, at the file's numbers."""
    W1 = torch.tensor([[0.2, -0.4], [0.7, 0.1], [-0.3, 0.5]], dtype=torch.float64)
    W2 = torch.tensor([[0.6, -0.2, 0.3], [0.1, 0.4, -0.5]], dtype=torch.float64)
    x = torch.tensor([0.5, -1.0], dtype=torch.float64)
    a = (W1 @ x + torch.tensor([0.1, 0.0, -0.2], dtype=torch.float64)).requires_grad_(True)
    z = torch.tanh(a)
    y = W2 @ z + torch.tensor([0.2, -0.1], dtype=torch.float64)
    (0.5 * ((y - torch.tensor([0.3, -0.2], dtype=torch.float64)) ** 2).sum()).backward()
    back = W2.T @ (y.detach() - torch.tensor([0.3, -0.2], dtype=torch.float64))
    return a.grad, (1 - z.detach() ** 2) * back, (1 - z.detach()) * back


def _grade(tmp_path, capsys, slope: str, factor: str) -> dict:
    (tmp_path / "bishop.toml").write_text(NETWORK)
    (tmp_path / "prml.toml").write_text(NOTATION)
    (tmp_path / "student.md").write_text(PAGE % (slope, factor))
    code = main(["grade", str(tmp_path / "student.md"), "--problem", str(tmp_path / "bishop.toml"), "--notation",
                 str(tmp_path / "prml.toml"), "--format", "json"])
    assert code == 0
    return json.loads(capsys.readouterr().out)["submissions"][0]


def _verdicts(submission: dict) -> dict:
    return {claim["text"].split("=")[0].strip(): claim["verdict"] for claim in submission["claims"]}


def test_the_notations_function_named_in_words_is_no_definition(tmp_path, capsys):
    truth, right, slip = _oracle()
    assert torch.allclose(truth, right) and not torch.allclose(truth, slip)
    submission = _grade(tmp_path, capsys, "(1 - z_j^2)", "x_i")
    assert _verdicts(submission) == {"z_j": "correct", r"\delta_k": "correct", r"\delta_j": "correct",
                                     r"\frac{\partial E_n}{\partial w_{ji}^{(1)}}": "correct"}
    assert not submission.get("definitions")


def test_the_slips_after_it_are_wrong(tmp_path, capsys):
    submission = _grade(tmp_path, capsys, "(1 - z_j)", "z_j")
    verdicts = _verdicts(submission)
    assert verdicts[r"\delta_j"] == "wrong" and verdicts["z_j"] == "correct"
    assert verdicts[r"\frac{\partial E_n}{\partial w_{ji}^{(1)}}"] == "wrong"
    delta = next(claim for claim in submission["claims"] if claim["text"].startswith(r"\delta_j"))
    assert [step["verdict"] for step in delta["steps"]] == ["correct", "wrong"]


def test_a_letter_the_notation_does_not_name_is_still_defined(tmp_path, capsys):
    """u = h(a_1), a name of the student's own, stays a definition, as docs/grading.md says, and its right side reads
    the table's h (it was refused: "uses h, which neither the notation nor a definition before it gives a meaning").
    dE_n/dw_{11}^{(2)} is (y_1 - t_1) z_1, z_1 = tanh(a_1): u, never u squared (the oracle's, below)."""
    (tmp_path / "bishop.toml").write_text(NETWORK)
    (tmp_path / "prml.toml").write_text(NOTATION)
    (tmp_path / "s.md").write_text("Let $u = h(a_1)$.\n\n$$\\frac{\\partial E_n}{\\partial w_{11}^{(2)}} = (y_1 - t_1) u$$\n\n"
                                   "$$\\frac{\\partial E_n}{\\partial w_{11}^{(2)}} = (y_1 - t_1) u^2$$\n")
    assert main(["grade", str(tmp_path / "s.md"), "--problem", str(tmp_path / "bishop.toml"), "--notation",
                 str(tmp_path / "prml.toml"), "--format", "json"]) == 0
    submission = json.loads(capsys.readouterr().out)["submissions"][0]
    assert [definition["name"] for definition in submission["definitions"]] == ["u"]
    assert [claim["verdict"] for claim in submission["claims"]] == ["correct", "wrong"]
    W2 = torch.tensor([[0.6, -0.2, 0.3], [0.1, 0.4, -0.5]], dtype=torch.float64, requires_grad=True)
    z = torch.tanh(torch.tensor([[0.2, -0.4], [0.7, 0.1], [-0.3, 0.5]], dtype=torch.float64)
                   @ torch.tensor([0.5, -1.0], dtype=torch.float64) + torch.tensor([0.1, 0.0, -0.2], dtype=torch.float64))
    y = W2 @ z + torch.tensor([0.2, -0.1], dtype=torch.float64)
    (0.5 * ((y - torch.tensor([0.3, -0.2], dtype=torch.float64)) ** 2).sum()).backward()
    assert abs(W2.grad[0, 0] - (y[0] - 0.3) * z[0]) < 1e-12 and abs(W2.grad[0, 0] - (y[0] - 0.3) * z[0] ** 2) > 1e-3
