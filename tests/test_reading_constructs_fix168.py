"""fix168 (batch 168's dn-dr, a German post quoting Nielsen's algorithm): a line of prose holding the rule's range
before its $$ display, "> Fehler rückpropagieren: Für jedes l=L−1,L−2,…,2, berechne $$\\delta^{l} = ...$$", was read
with the prose's "L-2, ..., 2, berechne" inside the formula and refused. The display is the formula, and the prose's
range stays the rule's (judged at those layers only, never dropped). The verdicts are PyTorch autograd's at the
file's numbers."""

from __future__ import annotations

import pytest
import torch

from backprop.cli import main

_W1 = [[0.15, -0.2], [0.25, 0.3], [-0.35, 0.1]]
_W2 = [[0.4, -0.45, 0.5], [0.55, 0.6, -0.3]]
_NETWORK = f"""
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
weights = {_W1}
biases = [0.1, -0.1, 0.2]
[[layer]]
units = 2
activation = "sigmoid"
weights = {_W2}
biases = [0.3, -0.2]
[loss]
name = "half_squared_error"
[data]
x = [[0.5, -1.0]]
y = [[1.0, 0.0]]
"""

# Nielsen's counting, as batch 168's notation for the page: the input is layer 1, L = 3 the output layer
_NOTATION = r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"L" = "3"
"w^{l}" = "W{l-1}[:, :]"
"z^{l}" = "z{l-1}[:]"
"a^{l}" = "a{l-1}[:]"
"\\delta^{l}" = "grad(z{l-1}[:])"
'''

_RULE = r"$$\delta^{l} = ((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^{l})$$"


def _oracle():
    """dC/dz1 by autograd, and the rule's two readings (sigma' and sigma) from dC/dz2, at the file's numbers."""
    W1 = torch.tensor(_W1, dtype=torch.float64)
    W2 = torch.tensor(_W2, dtype=torch.float64)
    z1 = (W1 @ torch.tensor([0.5, -1.0], dtype=torch.float64) + torch.tensor([0.1, -0.1, 0.2])).requires_grad_()
    z2 = W2 @ torch.sigmoid(z1) + torch.tensor([0.3, -0.2], dtype=torch.float64)
    z2.retain_grad()
    loss = 0.5 * ((torch.sigmoid(z2) - torch.tensor([1.0, 0.0], dtype=torch.float64)) ** 2).sum()
    loss.backward()
    s = torch.sigmoid(z1.detach())
    return z1.grad, (W2.T @ z2.grad) * s * (1 - s), (W2.T @ z2.grad) * s


def _check(tmp_path, capsys, formula: str) -> int:
    problem, notation = tmp_path / "nielsen.toml", tmp_path / "nielsen_notation.toml"
    problem.write_text(_NETWORK)
    notation.write_text(_NOTATION)
    code = main(["check", str(problem), "--notation", str(notation), "--formula", formula])
    out = capsys.readouterr()
    return code, out.out + out.err


@pytest.mark.parametrize("line, right", [
    ("> Fehler r\u00fcckpropagieren: F\u00fcr jedes l=L\u22121,L\u22122,\u2026,2, berechne " + _RULE, True),
    ("Backpropagate the error: for each l = L-1, L-2, ..., 2 compute " + _RULE, True),
    ("> Fehler r\u00fcckpropagieren: F\u00fcr jedes l=L\u22121,L\u22122,\u2026,2, berechne "
     + _RULE.replace("\\sigma'", "\\sigma"), False),
    ("Backpropagate the error: for each l = L-1, L-2, ..., 2 compute " + _RULE.replace("= ((w", "= -((w"), False),
])
def test_a_display_after_prose_holding_its_range(tmp_path, capsys, line, right):
    grad_z1, rule, slip = _oracle()
    assert torch.allclose(grad_z1, rule, atol=1e-12) and not torch.allclose(grad_z1, slip, atol=1e-6)
    code, out = _check(tmp_path, capsys, line)
    assert code == (0 if right else 1), out


def test_the_prose_range_is_the_rules_never_dropped(tmp_path, capsys):
    """The prose's range is read as the same range written after the formula is, not dropped: l = L, the output,
    where the rule has no \\delta^{L+1}, is named as not judged."""
    code, out = _check(tmp_path, capsys, "For each l = L, L-1, ..., 2 compute " + _RULE)
    after, out_after = _check(tmp_path, capsys, _RULE + ", \\quad l = L, L-1, ..., 2")
    assert "not judged at l = 3" in out and (code, out) == (after, out_after), out
