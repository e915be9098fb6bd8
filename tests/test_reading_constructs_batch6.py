"""Constructs that batch 6 of the public formulas (tests/public_formulas_batch6.py) showed missing or
misread, each judged right where the formula is right and wrong where one thing is changed; what
stays unreadable is refused in one line. The helpers and small networks are
tests/test_reading_constructs.py's (that file is near its size limit).

The verdicts are the chain rule on these small networks, worked by hand; public_formulas_batch6.py
holds the same constructs, as the pages write them, to the PyTorch oracle.
"""

from __future__ import annotations

from backprop.problem import parse_problem
from construct_networks import SIGMOID_2_2_NO_BIAS, SIGMOID_3_2, TANH_1_1
from test_reading_constructs import (C, HIDDEN_SIGMOID, HIDDEN_SOFTMAX, LOGISTIC, UNIT, UNIT_NOTATION, W, refusal,
                                     verdicts)

TANH = parse_problem(TANH_1_1)


def test_a_line_break_with_its_spacing_starts_the_next_row():
    r"""``\\[5pt]``: the spacing after a row's break is not the start of the next row (it was read
    as "5pt]" and refused)."""
    text = r"\begin{align} a^{(1)}_0 &= \sigma(z^{(1)}_0) \\[5pt] a^{(2)}_0 &= \sigma(z^{(2)}_0) \end{align}"
    assert verdicts(HIDDEN_SIGMOID, text) == [(C,), (C,)]
    assert verdicts(HIDDEN_SIGMOID, text.replace(r"\sigma(z^{(2)}_0)", r"\tanh(z^{(2)}_0)")) == [(C,), (W,)]
    assert verdicts(HIDDEN_SIGMOID, text.replace("[5pt]", "[-0.5em]")) == [(C,), (C,)]


def test_plain_tex_roman_around_a_function_name():
    r"""``{\rm softmax}(...)``, as TeX's old font switch writes a function's name."""
    right = r"\hat{y} = {\rm softmax}(W^{(2)} a^{(1)} + b^{(2)})"
    assert verdicts(HIDDEN_SOFTMAX, right) == [(C,)]
    assert verdicts(HIDDEN_SOFTMAX, right.replace(" + b^{(2)}", "")) == [(W,)]


def test_a_function_name_in_braces_before_its_power():
    r"""``{\cosh}^{2} x``: the square of cosh x (it was an unexpected brace)."""
    notation = '[notation]\n[notation.symbols]\n"z" = "z1[0]"\n'
    assert verdicts(TANH, r"\frac{d}{dz}\tanh z = \frac{1}{{\cosh}^{2} z}", notation) == [(C,)]
    assert verdicts(TANH, r"\frac{d}{dz}\tanh z = \frac{1}{{\cosh}^{3} z}", notation) == [(W,)]


def test_a_note_in_square_brackets_after_a_quad_is_dropped():
    r"""``\quad [\text{chain rule}]``, as a derivation notes each step (it was read as a symbol)."""
    right = r"\frac{\partial E}{\partial w_{1}} = (o - t) o (1 - o) i_{1} \quad [\text{chain rule}]"
    assert verdicts(UNIT, right, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, right.replace("(o - t)", "(t - o)"), UNIT_NOTATION) == [(W,)]


def test_an_update_written_with_the_step_as_the_parameters_argument():
    r"""``w(t+1) = w(t) + ...`` and ``w[t+1] := w[t] - ...``: the parameter at the next step and at
    this one (they were read as w times t+1, a vector here, and refused)."""
    rule = r"w_{1}(t+1) = w_{1}(t) + \eta (t - o) o (1 - o) i_{1}"
    assert verdicts(UNIT, rule, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, rule.replace(r"+ \eta", r"- \eta"), UNIT_NOTATION) == [(W,)]
    brackets = r"w_{2}[n+1] := w_{2}[n] - \eta (o - t) o (1 - o) i_{2}"
    assert verdicts(UNIT, brackets, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, brackets.replace("i_{2}", "i_{1}"), UNIT_NOTATION) == [(W,)]


def test_a_power_of_a_vector_in_a_notation_symbols_superscript_is_refused_in_one_line():
    """``w_{11}^{t}`` where t is the target vector: no power of a vector (it ended in SymPy's
    NotImplementedError, a traceback)."""
    notation = '[notation]\nindices = "ij"\n[notation.symbols]\n"w_{ij}" = "W2[j-1, i-1]"\n'
    assert "w_{11}^{t}" in refusal(HIDDEN_SOFTMAX, r"w_{11}^{t} = 1", notation)


def test_a_derivative_operator_applies_to_the_rest_of_its_term():
    r"""``\frac{\partial}{\partial w} \frac{1}{2} (t - o)^2`` differentiates the product, not the
    1/2 before it: that reading made the right formula wrong (the derivative of a constant, 0)."""
    right = r"\frac{\partial E}{\partial w_{1}} = \frac{\partial}{\partial w_{1}} \frac{1}{2} (t - o)^2"
    assert verdicts(UNIT, right, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, right.replace(r"\frac{1}{2}", r"\frac{1}{4}"), UNIT_NOTATION) == [(W,)]
    # a sign or a sum's + ends the term: the operator's value is one term of the sum
    split = r"\frac{\partial E}{\partial w_{1}} = -(t - o) \frac{\partial}{\partial w_{1}} o + 0 \cdot o"
    assert verdicts(UNIT, split, UNIT_NOTATION) == [(C,)]
    assert verdicts(UNIT, split.replace("0 \\cdot o", "1 \\cdot o"), UNIT_NOTATION) == [(W,)]


def test_a_derivative_operators_term_ends_at_the_next_derivative():
    r"""``\frac{\partial}{\partial o} E \frac{\partial o}{\partial w}``: the chain's next factor is no
    part of what the operator differentiates (that would add E times the derivative of do/dw by o)."""
    chain = r"\frac{\partial E}{\partial w_{1}} = \frac{\partial}{\partial o} E \frac{\partial o}{\partial w_{1}}"
    assert verdicts(UNIT, chain, UNIT_NOTATION) == [(C,)]
    other = r"\frac{\partial E}{\partial w_{1}} = \frac{\partial}{\partial o} E \frac{\partial o}{\partial w_{2}}"
    assert verdicts(UNIT, other, UNIT_NOTATION) == [(W,)]


def test_a_sum_over_a_set_named_by_a_capital_letter_runs_over_the_units():
    r"""``\sum_{k \in C}`` (C the classes, defined in words) and ``\sum_{j \neq i \in C}``, as a sum
    without bounds; any other set must be written out."""
    loss = r"L = -\sum_{k \in C} t_k \log a^{(2)}_k"
    assert verdicts(HIDDEN_SOFTMAX, loss) == [(C,)]
    assert verdicts(HIDDEN_SOFTMAX, loss.replace("= -", "= ")) == [(W,)]
    others = r"\frac{\partial L}{\partial z^{(2)}_i} = -t_i (1 - a^{(2)}_i) + \sum_{j \neq i \in C} t_j a^{(2)}_i"
    assert verdicts(HIDDEN_SOFTMAX, others) == [(C,)]
    assert verdicts(HIDDEN_SOFTMAX, others.replace("t_j a^{(2)}_i", "t_j")) == [(W,)]
    assert "a sum over a set" in refusal(HIDDEN_SOFTMAX, r"L = -\sum_{k \in C_1} t_k \log a^{(2)}_k")


ROW = parse_problem(SIGMOID_3_2)
ROW_NOTATION = r'''
[notation]
indices = "ij"
[notation.symbols]
"X_{i}" = "x[i]"
"X" = "x[:]"
"W_{ij}" = "W1[j, i]"
"b" = "b1[:]"
"Z" = "z1[:]"
"\\delta_{j}" = "delta1[j]"
"\\delta" = "delta1[:]"
'''


def test_an_entry_of_a_gradient_in_parentheses():
    r"""``(\nabla_W L)_{i,j}``: the derivative by W_{i,j}, in the notation's indices."""
    entry = r"(\nabla_W L)_{i,j} = X_{i} \delta_{j}"
    assert verdicts(ROW, entry, ROW_NOTATION) == [(C,)]
    assert verdicts(ROW, entry.replace("= X", "= 2 X"), ROW_NOTATION) == [(W,)]


def test_vectors_written_as_rows_where_no_product_of_columns_fits():
    r"""``Z = X \cdot W + b`` with W input-first, ``X^T \cdot \delta``: a sample as a row. Read with
    the vectors as rows where the columns' product does not fit; what fits neither way is refused
    with the columns' reason."""
    forward = r"Z = X \cdot W + b"
    assert verdicts(ROW, forward, ROW_NOTATION) == [(C,)]
    assert verdicts(ROW, forward.replace(" + b", ""), ROW_NOTATION) == [(W,)]
    gradient = r"\frac{\partial L}{\partial W} = X^T \cdot \delta"
    assert verdicts(ROW, gradient, ROW_NOTATION) == [(C,)]
    assert verdicts(ROW, gradient.replace("= X^T", "= 2 X^T"), ROW_NOTATION) == [(W,)]
    assert "sizes do not fit" in refusal(ROW, r"Z = W \cdot X + b", ROW_NOTATION)
    # a row delta times the out x in matrix (PyTorch's x W^T + b): the backpropagated delta
    hidden = r"\delta^{(1)} = \delta^{(2)} W^{(2)} \odot \sigma'(z^{(1)})"
    assert verdicts(HIDDEN_SIGMOID, hidden) == [(C,)]
    assert verdicts(HIDDEN_SIGMOID, hidden.replace(r"\sigma'", r"\sigma")) == [(W,)]
    assert "sizes do not fit" in refusal(HIDDEN_SIGMOID, hidden.replace(r"\delta^{(2)} W^{(2)}", r"W^{(2)} \delta^{(2)}"))


def test_the_gradient_without_subscript_in_an_update_is_by_the_updated_parameter():
    r"""``W = W - \eta \nabla L``: the gradient by W; elsewhere ``\nabla L`` still needs its subscript."""
    assert verdicts(ROW, r"W = W - \eta \cdot \nabla L", ROW_NOTATION) == [(C,)]
    assert verdicts(ROW, r"W = W + \eta \cdot \nabla L", ROW_NOTATION) == [(W,)]
    assert verdicts(ROW, r"b = b - \eta \nabla L", ROW_NOTATION) == [(C,)]
    assert "without a subscript" in refusal(ROW, r"Z = \nabla L", ROW_NOTATION)


def test_a_samples_loss_with_its_index_as_a_superscript():
    r"""``L^{(i)}`` inside ``\sum_{i=1}^{m}``: the loss of sample i (it was L to the power i)."""
    mean = r"\frac{d J}{d b^{(2)}} = \frac{1}{m} \sum_{i=1}^{m} \frac{d L^{(i)}}{d b^{(2)}}"
    assert verdicts(LOGISTIC, mean) == [(C,)]
    # without 1/m: right for the file's one sample, wrong over m samples of the file's mean: refused, m unnamed
    assert "m counts the samples" in refusal(LOGISTIC, mean.replace(r"\frac{1}{m} ", ""))


SSE = SIGMOID_2_2_NO_BIAS + '[update]\nlearning_rate = 0.1\nreduction = "{}"\n'
DATA_POINTS = r'''
[notation]
indices = "ij"
[notation.symbols]
"y_{j}^{\\mu}" = "y[j]"
"\\hat{y}_{j}^{\\mu}" = "a1[j]"
'''


def test_a_sum_over_a_letter_the_notation_writes_literally_and_does_not_use_is_over_samples():
    r"""``\sum_\mu`` where ``"y_{j}^{\mu}" = "y[j]"``: mu, a literal script the meaning does not use,
    is the data point, as an unused placeholder is; the sum is the step's loss with reduction sum. With the mean,
    the sum without bounds on a file of one sample reads two ways (right for the one sample, wrong over N): refused."""
    total = r"E=\frac{1}{2} \sum_\mu \sum_j [y_j^\mu - \hat{y}_j^\mu]^2"
    assert verdicts(parse_problem(SSE.format("sum")), total, DATA_POINTS) == [(C,)]
    assert "a sum over the samples has no bound" in refusal(parse_problem(SSE.format("mean")), total, DATA_POINTS)
    assert verdicts(parse_problem(SSE.format("mean")), total.replace(r"\sum_\mu ", ""), DATA_POINTS) == [(C,)]
