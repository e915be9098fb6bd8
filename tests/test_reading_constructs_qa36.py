"""qa36 (a mutation hunt: a student's small slips applied to formulas check reads, tests/mutation_hunt.py): the slips
check called correct that are wrong. The verdicts are PyTorch autograd's at the file's numbers."""

from __future__ import annotations

import pytest
import torch

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from construct_networks import FROM_ZERO_OUTPUT_NOTATION, SIGMOID_2_3_2_NUMBERED

#: the notation of 3Blue1Brown's notes counts units from 0 (FROM_ZERO_OUTPUT_NOTATION), the spec's from 1
_FROM_ONE = """
[notation]
indices = "jk"
loss = ["C_{0}"]
[notation.symbols]
"a_{j}^{(L)}" = "a2[j-1]"
"y_{j}" = "y[j-1]"
"w_{jk}^{(L)}" = "W2[j-1, k-1]"
"a_{k}^{(L-1)}" = "a1[k-1]"
"""


def _forward():
    """The outputs a2, the hidden a1 and the loss at the file's numbers, by PyTorch."""
    W1 = torch.tensor([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.2]], dtype=torch.float64)
    W2 = torch.tensor([[0.5, -0.6, 0.7], [0.2, 0.3, -0.4]], dtype=torch.float64)
    x = torch.tensor([1.5, -2.0], dtype=torch.float64)
    a1 = torch.sigmoid(W1 @ x + torch.tensor([0.1, 0.0, -0.1], dtype=torch.float64))
    a2 = torch.sigmoid(W2 @ a1 + torch.tensor([0.1, -0.2], dtype=torch.float64))
    y = torch.tensor([1.0, 0.0], dtype=torch.float64)
    return a2, a1, torch.nn.functional.mse_loss(a2, y, reduction="sum").item()


def _judge(notation: str, formula: str, tmp_path):
    """check's verdicts (one per member), or the refusal's message."""
    path = tmp_path / "notation.toml"
    path.write_text(notation)
    try:
        result = check_homework(parse_problem(SIGMOID_2_3_2_NUMBERED, "<qa36>"), formula, notation=str(path))
    except FormulaError as error:
        return str(error)
    return [step.verdict for claim in result.claims for step in claim.steps]


# A sum over units whose upper bound is a letter without a value plus or minus a whole number was read over every
# unit whatever the number: C_0 = \sum_{j=0}^{n-2} (a_j - y_j)^2, a slip that drops the last output, was called
# correct. n may count the units or be the last one's index; a bound neither reading ends at the last unit is
# refused; n - 1 from 0, n from 0 (n the last one's index) and n from 1 are read.
@pytest.mark.parametrize("notation, bound, verdict", [
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{n-1}", "correct"),
    # n from 0: the last unit's index (the pages' \sum_{i=0}^{n} w_i x_i over x_0..x_n), as K of \sum_{k=1}^{K}
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{n}", "correct"),
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{C-1}", "correct"),
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{1}", "correct"),
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{0}", "wrong"),
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{n-2}", "ends at 0 if n counts the units (2), at -1 if n is the last one's index"),
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{n+1}", "ends at 3 if n counts the units (2), at 2 if n is the last one's index"),
    (FROM_ZERO_OUTPUT_NOTATION, "_{j=0}^{K - 2}", "the sum over j up to K - 2 ends at 0"),
    (_FROM_ONE, "_{j=1}^{n}", "correct"),
    (_FROM_ONE, "_{j=1}^{N}", "correct"),
    (_FROM_ONE, "_{j=1}^{n-1}", "ends at 1 if n counts the units (2), at 1 if n is the last one's index, and its"
                                " units end at 2"),
    (_FROM_ONE, "_{j=1}^{n+1}", "give n a value in the notation"),
])
def test_a_sum_bound_of_a_letter_and_an_offset_ends_where_it_says(tmp_path, notation, bound, verdict):
    a2, _, loss = _forward()
    y = torch.tensor([1.0, 0.0], dtype=torch.float64)
    # the oracle: the sum over both outputs is the loss, the sum over the first alone is not
    assert abs(((a2 - y) ** 2).sum().item() - loss) < 1e-12
    assert abs(((a2[0] - y[0]) ** 2).item() - loss) > 1e-3
    got = _judge(notation, fr"C_{{0}} = \sum{bound} \left(a_{{j}}^{{(L)}} - y_{{j}}\right)^2", tmp_path)
    if verdict in ("correct", "wrong"):
        assert got == [verdict]
    else:
        assert isinstance(got, str) and verdict in got and "\n" not in got


def test_the_offset_bound_in_a_rule_over_the_next_layer(tmp_path):
    """The same bound in a gradient's sum over the outputs: z_k's weights summed to K-1 from 0 are right, to K-2
    (the last output left out) refused."""
    a2, a1, _ = _forward()
    y = torch.tensor([1.0, 0.0], dtype=torch.float64)
    W2 = torch.tensor([[0.5, -0.6, 0.7], [0.2, 0.3, -0.4]], dtype=torch.float64)
    delta2 = 2 * (a2 - y) * a2 * (1 - a2)
    truth = (W2.T @ delta2) * a1 * (1 - a1)  # dL/dz1 by the chain rule; autograd agrees
    W1 = torch.tensor([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.2]], dtype=torch.float64)
    z1 = (W1 @ torch.tensor([1.5, -2.0], dtype=torch.float64) + torch.tensor([0.1, 0.0, -0.1],
                                                                          dtype=torch.float64)).requires_grad_()
    out = torch.sigmoid(W2 @ torch.sigmoid(z1) + torch.tensor([0.1, -0.2], dtype=torch.float64))
    ((out - y) ** 2).sum().backward()
    assert torch.allclose(z1.grad, truth)
    notation = FROM_ZERO_OUTPUT_NOTATION.replace('"y_{j}"', '"\\\\delta_{j}^{(L)}" = "grad(z2[j])"\n"z_{k}^{(L-1)}" = "z1[k]"\n'
                                  '"y_{j}"')
    right = (r"\frac{\partial C_{0}}{\partial z_{k}^{(L-1)}} = \sum_{j=0}^{K-1} w_{jk}^{(L)} \delta_{j}^{(L)}"
             r" a_{k}^{(L-1)} (1 - a_{k}^{(L-1)})")
    assert _judge(notation, right, tmp_path) == ["correct"]
    dropped = right.replace("K-1", "K-2")
    assert "the sum over j up to K - 2 ends at 0 if K counts the units (2)" in _judge(notation, dropped, tmp_path)


_RELU_NOTATION = """
[notation]
[notation.symbols]
"W_{2}" = "W2[:, :]"
"z_{1}" = "z1[:]"
"\\\\delta_{1}" = "delta1[:]"
"\\\\delta_{2}" = "delta2[0]"
"""


def _relu_network(second_row: str) -> str:
    return f"""
[[layer]]
inputs = 2
units = 2
activation = "relu"
weights = [[0.1, 0.2], {second_row}]
biases = [0.0, 0.0]
[[layer]]
units = 1
activation = "identity"
weights = [[0.5, 0.6]]
biases = [0.0]
[loss]
name = "half_squared_error"
[data]
x = [[1.0, 2.0]]
y = [[1.0]]
[update]
learning_rate = 0.1
"""


def _relu_delta1(second_row: list) -> list:
    """dL/dz1 by autograd for the network of _relu_network."""
    W1 = torch.tensor([[0.1, 0.2], second_row], dtype=torch.float64)
    z1 = (W1 @ torch.tensor([1.0, 2.0], dtype=torch.float64)).requires_grad_()
    out = torch.tensor([0.5, 0.6], dtype=torch.float64) @ torch.relu(z1)
    (0.5 * (out - 1.0) ** 2).backward()
    return z1.grad.tolist()


# A decimal times a whole 0 came out a whole number 0, and an entry of whole numbers gets half a unit (0.5) of
# slack, so a ReLU mask written [1, 0] where the unit is active (batch 46's mlp-delta1-numbers with one slip) was
# called correct: -0.054 \cdot 0 passed for -0.054. The 0 is an operand now, its half unit carried through the
# product (0.027 here).
@pytest.mark.parametrize("second_row, formula, verdicts", [
    ("[0.3, 0.4]", r"\delta_{1} = [-0.045, -0.054] \odot [1, 1] = [-0.045, -0.054]", ["correct", "correct"]),
    ("[0.3, 0.4]", r"\delta_{1} = [-0.045, -0.054] \odot [1, 0]", ["wrong"]),
    ("[0.3, 0.4]", r"\delta_{1} = [-0.045, -0.054] \odot [0, 0]", ["wrong"]),
    ("[0.3, 0.4]", r"\delta_{1} = [-0.045, -0.054] * [1, 0]", ["wrong"]),
    # the spec's rule for a number written as the result: 0 is -0.054 rounded to the digits written
    ("[0.3, 0.4]", r"\delta_{1} = [-0.045, 0]", ["correct"]),
    # a unit that is off (z1[1] = -1.1): its mask entry 0 is right
    ("[-0.3, -0.4]", r"\delta_{1} = [-0.375, -0.45] \odot [1, 0] = [-0.375, 0]", ["correct", "correct"]),
    ("[-0.3, -0.4]", r"\delta_{1} = [-0.375, -0.45] \odot [1, 1]", ["wrong"]),
])
def test_a_decimal_times_a_whole_zero_is_not_a_whole_number(tmp_path, second_row, formula, verdicts):
    row = [float(number) for number in second_row.strip("[]").split(",")]
    truth = _relu_delta1(row)
    if row[0] > 0:
        assert truth == pytest.approx([-0.045, -0.054])
    else:
        assert truth == pytest.approx([-0.375, 0.0])
    path = tmp_path / "notation.toml"
    path.write_text(_RELU_NOTATION)
    result = check_homework(parse_problem(_relu_network(second_row), "<qa36>"), formula, notation=str(path))
    assert [step.verdict for claim in result.claims for step in claim.steps] == verdicts


_MITHU_NETWORK = """
[[layer]]
inputs = 2
units = 3
activation = "relu"
weights = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.2]]
biases = [0.1, 0.0, -0.1]
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
learning_rate = 0.1
"""
#: batch 65's mithu: the output layer's names with (2) and bare
_MITHU = """
[notation]
loss = ["\\\\mathcal{L}"]
[notation.symbols]
"W^{(2)}" = "W2[0, :]"
"z^{(2)}" = "z2[0]"
"\\\\hat{y}" = "a2[0]"
"z" = "z2[0]"
"W" = "W2[0, :]"
"""
#: Ng's brackets, the same way
_NG = """
[notation]
loss = ["J"]
[notation.symbols]
"W^{[2]}" = "W2[0, :]"
"Z^{[2]}" = "z2[0]"
"A^{[2]}" = "a2[0]"
"Z" = "z2[0]"
"""


def _mithu_oracle():
    """dL/dW2, d yhat/dz2, d yhat/dz1, the hidden outputs and yhat, by autograd."""
    W1 = torch.tensor([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.2]], dtype=torch.float64)
    W2 = torch.tensor([[0.5, -0.6, 0.7]], dtype=torch.float64, requires_grad=True)
    z1 = (W1 @ torch.tensor([1.5, -2.0], dtype=torch.float64)
          + torch.tensor([0.1, 0.0, -0.1], dtype=torch.float64)).requires_grad_()
    z2 = W2 @ torch.relu(z1) + 0.1
    z2.retain_grad()
    yhat = torch.sigmoid(z2)
    yhat.sum().backward(retain_graph=True)
    dy_dz1, dy_dz2 = z1.grad.clone(), z2.grad.clone()
    W2.grad = None
    torch.nn.functional.binary_cross_entropy(yhat, torch.ones(1, dtype=torch.float64)).backward()
    return W2.grad[0], dy_dz2, dy_dz1, torch.relu(z1).detach(), yhat.item()


# A superscript in parentheses on a name the notation writes with a layer there (z^{(2)}) but not with this layer was
# read as a power: z^{(1)} as z^1, so a chain's \partial \hat{y} / \partial z^{(1)} (a slip for z^{(2)}) was z^{(2)}'s
# and the chain called correct (qa36's mutation of batch 65's b65-mithu-chain). Now such a superscript is a layer,
# never a power: refused as any name the table does not give, naming its patterns (or read where another rule reads
# it); a power in braces alone (\hat{y}^{2}) stays a power.
@pytest.mark.parametrize("notation, formula, verdict", [
    (_MITHU, r"\frac{\partial \mathcal{L}}{\partial W^{(2)}} = \frac{\partial \mathcal{L}}{\partial \hat{y}} \cdot"
             r" \frac{\partial \hat{y}}{\partial z^{(2)}} \cdot \frac{\partial z^{(2)}}{\partial W^{(2)}}", "correct"),
    (_MITHU, r"\frac{\partial \mathcal{L}}{\partial W^{(2)}} = \frac{\partial \mathcal{L}}{\partial \hat{y}} \cdot"
             r" \frac{\partial \hat{y}}{\partial z^{(1)}} \cdot \frac{\partial z^{(2)}}{\partial W^{(2)}}",
     "z^{1} matches none of the notation's patterns for z ('z^{(2)}', 'z')"),
    (_MITHU, r"z^{(1)} = z^{(2)}", "z^{1} matches none of the notation's patterns for z"),
    (_MITHU, r"\hat{y}^{2} = \hat{y} \hat{y}", "correct"),
    (_NG, r"\frac{\partial J}{\partial W^{[2]}} = \frac{\partial J}{\partial A^{[2]}} \frac{\partial A^{[2]}}"
          r"{\partial Z^{[2]}} \frac{\partial Z^{[2]}}{\partial W^{[2]}}", "correct"),
    (_NG, r"\frac{\partial J}{\partial W^{[2]}} = \frac{\partial J}{\partial A^{[2]}} \frac{\partial A^{[2]}}"
          r"{\partial Z^{[1]}} \frac{\partial Z^{[2]}}{\partial W^{[2]}}",
     "Z^{1} matches none of the notation's patterns for Z ('Z^{[2]}', 'Z')"),
])
def test_a_layer_the_notation_does_not_write_is_no_power(tmp_path, notation, formula, verdict):
    grad_w2, dy_dz2, dy_dz1, a1, yhat = _mithu_oracle()
    # the oracle: the chain through z2 (dL/dyhat = -1/yhat, y = 1) is the gradient; d yhat / d z1 is another
    # quantity, a vector of 3
    assert torch.allclose(grad_w2, -1 / yhat * dy_dz2 * a1)
    assert dy_dz1.shape == (3,) and dy_dz2.shape == (1,) and not torch.allclose(dy_dz1[:1], dy_dz2)
    path = tmp_path / "notation.toml"
    path.write_text(notation)
    try:
        result = check_homework(parse_problem(_MITHU_NETWORK, "<qa36>"), formula, notation=str(path))
        got = [step.verdict for claim in result.claims for step in claim.steps]
    except FormulaError as error:
        got = str(error)
    if verdict == "correct":
        assert got == ["correct"]
    else:
        assert isinstance(got, str) and verdict in got and "\n" not in got
