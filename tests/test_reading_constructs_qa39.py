"""qa39 (wrong verdicts first): a rule over layers whose member names a layer the network does not have at a value
where the rule's left side names a quantity. Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim's
oracle_verdicts on a Twin transcribed by hand into symbols.md's names)."""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError, ReaderDefect
from construct_networks import SIGMOID_2_3_2_NUMBERED
from seed_verbatim import C, W, Twin, Verbatim, problem
from test_seed_verbatim import oracle_verdicts

# a 2-3-2 network of sigmoids and the squared error
_NETWORK = SIGMOID_2_3_2_NUMBERED
# the deep-learning notes' layer letter, the inputs its layer 0 (with_input) or named only as x (without_input)
_LAYERS = """
[notation]
[notation.symbols]
{input}"a^{{(l)}}" = "a{{l}}[:]"
"z^{{(l)}}" = "z{{l}}[:]"
"W^{{(l)}}" = "W{{l}}[:, :]"
"b^{{(l)}}" = "b{{l}}[:]"
"\\\\delta^{{(l)}}" = "grad(z{{l}}[:])"
"""
_WITH_INPUT = _LAYERS.format(input='"a^{(0)}" = "x[:]"\n')
_WITHOUT_INPUT = _LAYERS.format(input="")

_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_Z2 = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]"
_D2 = "2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = "a1[{j}]*(1 - a1[{j}])*(W2[0,{j}]*" + _D2.format(k=0) + " + W2[1,{j}]*" + _D2.format(k=1) + ")"


def _check(text: str, tmp_path, notation: str = _WITH_INPUT):
    path = tmp_path / "notation.toml"
    path.write_text(notation)
    return check_homework(parse_problem(_NETWORK, "<qa39>"), text, notation=str(path))


def _verdicts(result) -> tuple:
    return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)


def _oracle(text: str, twins: tuple) -> tuple:
    """The oracle's verdict of a rule judged at several layers: correct where every layer's twin is."""
    verdicts = [oracle_verdicts(Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)),
                                parse_problem(_NETWORK, "<qa39>")) for twin in twins]
    return ((C if all(verdict == ((C,),) for verdict in verdicts) else W,),)


def _layers(members_1: str, members_2: str) -> tuple:
    return (Twin("value", "z1[{j}]", (members_1,), tuple({"j": j} for j in range(3))),
            Twin("value", "z2[{j}]", (members_2,), tuple({"j": j} for j in range(2))))


# (formula, the oracle's twins at each layer the rule reads at)
FORWARD = [
    (r"z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}", _layers(_Z1, _Z2)),
    (r"z^{(l)} = W^{(l)} a^{(l-1)} - b^{(l)}", _layers(_Z1.replace("+ b1", "- b1"), _Z2.replace("+ b2", "- b2"))),
]


@pytest.mark.parametrize("text, twins", FORWARD, ids=[text for text, _ in FORWARD])
def test_a_rule_over_every_layer_is_judged_as_the_oracle_judges_it(text, twins, tmp_path):
    result = _check(text, tmp_path)
    assert _verdicts(result) == _oracle(text, twins)
    assert result.claims[0].steps[0].detail == ""  # judged at every layer its left side names: nothing to say


def test_a_member_naming_a_layer_before_the_input_at_the_output_layer_is_refused_naming_the_value(tmp_path):
    """a^{(1-l)} is a^{(0)}, the input, at l = 1 (where the rule is right) and layer -1 at l = 2, where its left side
    z^{(2)} names a quantity: judged at l = 1 alone it was called correct for a rule that does not hold at l = 2."""
    text = r"z^{(l)} = W^{(l)} a^{(1-l)} + b^{(l)}"
    assert _oracle(text, _layers(_Z1, _Z2)[:1]) == ((C,),)  # right at l = 1, the one layer it was judged at
    with pytest.raises(FormulaError) as error:
        _check(text, tmp_path)
    message = str(error.value)
    assert "\n" not in message and "at l = 2 its left side names a quantity" in message and "layer -1" in message


# the hidden layers' rule of the deltas (symbols.md's delta, grad(z)), stated for every l: at the output layer its
# W^{(l+1)} names layer 3 of a network of two, and the output's delta has its own rule; judged at l = 1, said so
HIDDEN = [
    (r"\delta^{(l)} = (W^{(l+1)})^T \delta^{(l+1)} \odot \sigma'(z^{(l)})", _D1, C),
    (r"\delta^{(l)} = -(W^{(l+1)})^T \delta^{(l+1)} \odot \sigma'(z^{(l)})", "-" + _D1, W),
]


@pytest.mark.parametrize("text, member, verdict", HIDDEN, ids=[text for text, _, _ in HIDDEN])
def test_the_hidden_layers_rule_is_judged_where_it_reaches_and_says_where_it_runs_off(text, member, verdict, tmp_path):
    twin = Twin("gradient_z", "z1[{j}]", (member,), tuple({"j": j} for j in range(3)))
    assert oracle_verdicts(Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)),
                           parse_problem(_NETWORK, "<qa39>")) == ((verdict,),)
    result = _check(text, tmp_path)
    assert _verdicts(result) == ((verdict,),)
    assert "not judged at l = 2: a member names a layer there beyond those the network (or the notation) gives it, past the output" in result.claims[0].steps[-1].detail


def test_a_rule_reaching_before_the_first_layer_where_the_notation_names_no_input_says_so(tmp_path):
    """Without "a^{(0)}" in the table, z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)} reads at l = 2 only: l = 1 is before
    every value judged and its a^{(0)} layer 0, the rule running off the network's start, said in the verdict."""
    text = r"z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}"
    result = _check(text, tmp_path, _WITHOUT_INPUT)
    assert _verdicts(result) == _oracle(text, _layers(_Z1, _Z2)[1:]) == ((C,),)
    assert "not judged at l = 1: a member names a layer there beyond those the network (or the notation) gives it, before the first" in result.claims[0].steps[-1].detail


def test_a_member_naming_no_layer_in_the_wrong_direction_is_refused_without_the_input_too(tmp_path):
    """a^{(1-l)} without "a^{(0)}": no layer 0 at l = 1, layer -1 at l = 2; refused, never judged."""
    with pytest.raises(FormulaError, match="there is no layer"):
        _check(r"z^{(l)} = W^{(l)} a^{(1-l)} + b^{(l)}", tmp_path, _WITHOUT_INPUT)


# qa39's second lead: a whole matrix of one column or one row (a layer of one input, or of one unit) named by the
# notation on an update's left side. The rows' reading (read_rows, vectors written as rows) turned the member's
# vectors so that a transposed matrix minus them fitted, and turned the row it gave back into a column: batch 92's
# n_w1 = w1.T - alpha * s1 * a0 (W1 of 2 x 1) and batch 128's W := W.T - mu (dL/dW) (W1^T of 2 x 1) were called
# correct, a row minus a column (NumPy and PyTorch broadcast it to a 2 x 2 matrix)
_ONE_INPUT = """
[[layer]]
inputs = 1
units = 2
activation = "sigmoid"
weights = [[-0.27], [-0.41]]
biases = [-0.48, -0.13]
[[layer]]
units = 1
activation = "identity"
weights = [[0.09, -0.17]]
biases = [0.48]
[loss]
name = "squared_error"
[data]
x = [[1.0]]
y = [[1.7]]
[update]
learning_rate = 0.1
[notation]
learning_rate = ["alpha"]
[notation.symbols]
"a0" = "x[0]"
"w1" = "W1[:, :]"
"w2" = "W2[:, :]"
"a1" = "a1[:]"
"s2" = "delta2[0]"
"s1" = "delta1[:]"
"n_w1" = "new(W1[:, :])"
"n_w2" = "new(W2[:, :])"
"""
_S2 = "(-2*(y[0] - a2[0]))"
_S1 = "a1[{j}]*(1 - a1[{j}])*W2[0,{j}]*" + _S2
_J2 = tuple({"j": j} for j in range(2))

WHOLE_MATRIX = [
    ("n_w1 = w1 - alpha * s1 * a0", Twin("update", "W1[{j},0]", ("W1[{j},0] - eta*" + _S1 + "*x[0]",), _J2)),
    ("n_w1 = w1 + alpha * s1 * a0", Twin("update", "W1[{j},0]", ("W1[{j},0] + eta*" + _S1 + "*x[0]",), _J2)),
    ("n_w2 = w2 - alpha * s2 * a1.T", Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*" + _S2 + "*a1[{j}]",), _J2)),
    ("n_w2 = w2 - alpha * s2 * a1", Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*" + _S2 + "*a1[{j}]",), _J2)),
]


@pytest.mark.parametrize("text, twin", WHOLE_MATRIX, ids=[text for text, _ in WHOLE_MATRIX])
def test_the_update_of_a_one_column_matrix_is_judged_as_the_oracle_judges_it(text, twin):
    """The last: a1 a column the rows' reading turns, n_w2 a row; the new W2 in its own shape, one entry each."""
    problem_ = parse_problem(_ONE_INPUT, "<qa39>")
    expected = oracle_verdicts(Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)), problem_)
    assert _verdicts(check_homework(problem_, text)) == expected


@pytest.mark.parametrize("text", ["n_w1 = w1.T - alpha * s1 * a0", "n_w2 = w2.T - alpha * s2 * a1.T"])
def test_a_transposed_one_column_matrix_minus_a_turned_vector_is_refused(text):
    with pytest.raises(FormulaError, match="adds vectors or matrices of different sizes"):
        check_homework(parse_problem(_ONE_INPUT, "<qa39>"), text)


@pytest.mark.parametrize("text", ["n_w1 = w1.T - alpha * a0 * s1.T", "n_w1 = (w1 - alpha * s1 * a0).T"])
def test_the_transpose_of_a_one_column_matrix_update_is_refused(text):
    """The new W1 (2 x 1) written as its transpose: a matrix's transpose stays as written, one of one column too,
    never read entry by entry as a vector in the other orientation would be."""
    with pytest.raises(FormulaError, match="is 1 x 2 where the left side is 2 x 1"):
        check_homework(parse_problem(_ONE_INPUT, "<qa39>"), text)


# a notation whose W is written input-first ("W1[:, :].T"): one unit, so W is a column of 2, batch 128's shape; and
# rows that a page writing samples as rows multiplies, X.T @ delta, a 2 x 3 matrix in its own shape
_INPUT_FIRST = """
[[layer]]
inputs = 2
units = {units}
activation = "sigmoid"
[loss]
name = "squared_error"
[data]
x = [[1.5, -2.0]]
y = [{targets}]
[update]
learning_rate = 0.5
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:]"
"W" = "W1[:, :].T"
"W_new" = "new(W1[:, :]).T"
"delta" = "delta1[:]"
"dW" = "grad(W1[:, :]).T"
"""
_ONE_UNIT = _INPUT_FIRST.format(units=1, targets="[1.0]")
_THREE_UNITS = _INPUT_FIRST.format(units=3, targets="[1.0, 0.0, 1.0]")


def _d1(k: str) -> str:
    return f"2*(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"


INPUT_FIRST = [
    (_ONE_UNIT, "W_new = W - lr * dW", Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*" + _d1("0") + "*x[{i}]",),
                                                tuple({"i": i} for i in range(2)))),
    (_THREE_UNITS, "W_new = W - lr * X.T @ delta",
     Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _d1("{j}"),),
          tuple({"i": i, "j": j} for i in range(2) for j in range(3)))),
    (_THREE_UNITS, "W_new = W + lr * X.T @ delta",
     Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*x[{i}]*" + _d1("{j}"),),
          tuple({"i": i, "j": j} for i in range(2) for j in range(3)))),
]


@pytest.mark.parametrize("network, text, twin", INPUT_FIRST, ids=[text for _, text, _ in INPUT_FIRST])
def test_an_input_first_matrix_update_is_judged_as_the_oracle_judges_it(network, text, twin):
    problem_ = parse_problem(network, "<qa39>")
    expected = oracle_verdicts(Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)), problem_)
    assert _verdicts(check_homework(problem_, text)) == expected


@pytest.mark.parametrize("network, text", [(_ONE_UNIT, "W_new = W.T - lr * dW"),
                                           (_THREE_UNITS, "W_new = W.T - lr * X.T @ delta")])
def test_an_input_first_matrix_transposed_in_its_update_is_refused(network, text):
    with pytest.raises(FormulaError, match="different sizes|whose sizes do not fit"):
        check_homework(parse_problem(network, "<qa39>"), text)


# a sum's bound that names a layer's size with the rule's layer letter (d_{l-1}, n_{l+1}): the size of that layer in
# the notation's counting, never left unread: \sum_{j=1}^{d_{l}} over the inputs of layer l stops a unit short (or
# runs past them), and d_{l+1} at the output layer names no layer
_UNITS = """
[notation]
indices = "ijkl"
[notation.symbols]
"a_{j}^{(0)}" = "x[j-1]"
"a_{j}^{(l)}" = "a{l}[j-1]"
"z_{j}^{(l)}" = "z{l}[j-1]"
"w_{ij}^{(l)}" = "W{l}[i-1, j-1]"
"b_{i}^{(l)}" = "b{l}[i-1]"
"\\\\delta_{i}^{(l)}" = "grad(z{l}[i-1])"
"""
_Z2_SHORT = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}]"

BOUNDS = [
    (r"z_i^{(l)} = \sum_{j=1}^{d_{l-1}} w_{ij}^{(l)} a_j^{(l-1)} + b_i^{(l)}", _layers(_Z1, _Z2)),
    (r"z_i^{(\ell)} = \sum_{j=1}^{n_{\ell-1}} w^{(\ell)}_{ij} a^{(\ell-1)}_j + b_i^{(\ell)}", _layers(_Z1, _Z2)),
    # d_l: three terms over the two inputs at l = 1 (refused there), two over the three hidden units at l = 2
    (r"z_i^{(l)} = \sum_{j=1}^{d_{l}} w_{ij}^{(l)} a_j^{(l-1)} + b_i^{(l)}", _layers(_Z1, _Z2_SHORT)[1:]),
]


@pytest.mark.parametrize("text, twins", BOUNDS, ids=[text for text, _ in BOUNDS])
def test_a_sum_bounded_by_a_layers_size_is_judged_as_the_oracle_judges_it(text, twins, tmp_path):
    assert _verdicts(_check(text, tmp_path, _UNITS)) == _oracle(text, twins)


def test_a_sum_bounded_by_a_size_past_its_terms_is_refused(tmp_path):
    """d_l at l = 1 is the hidden layer's 3, and w^{(2)}_{ki} has k = 1, 2 only."""
    with pytest.raises(FormulaError, match="out of range"):
        _check(r"\delta_i^{(l)} = \sigma'(z_i^{(l)}) \sum_{k=1}^{d_{l}} w_{ki}^{(l+1)} \delta_k^{(l+1)}", tmp_path,
               _UNITS)


def test_a_sum_bounded_by_the_next_layers_size_says_where_it_runs_off(tmp_path):
    text = r"\delta_i^{(l)} = \sigma'(z_i^{(l)}) \sum_{k=1}^{d_{l+1}} w_{ki}^{(l+1)} \delta_k^{(l+1)}"
    twin = Twin("gradient_z", "z1[{j}]", (_D1,), tuple({"j": j} for j in range(3)))
    assert oracle_verdicts(Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)),
                           parse_problem(_NETWORK, "<qa39>")) == ((C,),)
    result = _check(text, tmp_path, _UNITS)
    assert _verdicts(result) == ((C,),) and "not judged at l = 2" in result.claims[0].steps[-1].detail


# a left side the notation gives a parameter's new value, its indices names the notation gives numbers (batch 100's
# nn.layers[output_layer_index].neurons[i].weights_old[j]): weights_old[j] = weights[j], the step left out, was read
# as the other name of the parameter (a value, judged against the parameter before the step) and called correct
_NEW_BY_NAMES = """
[notation]
indices = "klm"
learning_rate = ["lr"]
[notation.symbols]
"i" = "0"
"j" = "1"
"out" = "2"
"net.w[l][m][k]" = "W{l}[m, k]"
"net.w_old[l][m][k]" = "new(W{l}[m, k])"
"error" = "grad(W2[0, 1])"
"""
_STEP = "eta*" + _D2.format(k=0) + "*a1[1]"
NEW_VALUE = [
    ("net.w_old[out][i][j] = net.w[out][i][j] - lr * error", "W2[0,1] - " + _STEP),
    ("net.w_old[out][i][j] = net.w[out][i][j]", "W2[0,1]"),
    ("net.w_old[out][i][j] = net.w[out][i][j] + lr * error", "W2[0,1] + " + _STEP),
]


@pytest.mark.parametrize("text, member", NEW_VALUE, ids=[text for text, _ in NEW_VALUE])
def test_a_new_value_on_the_left_is_judged_as_the_step_the_oracle_takes(text, member, tmp_path):
    twin = Twin("update", "W2[0,1]", (member,))
    expected = oracle_verdicts(Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)),
                               parse_problem(_NETWORK, "<qa39>"))
    assert _verdicts(_check(text, tmp_path, _NEW_BY_NAMES)) == expected


# the same update where the table writes the names with their layer as a subscript (w_{1}, nw_{1}) and the formula
# glues the digits as code does (nw1, w1: notation.GLUED_DIGITS): the left side is the same whole matrix
_SUBSCRIPTED = _ONE_INPUT.split("[notation]")[0] + """[notation]
learning_rate = ["alpha"]
[notation.symbols]
"a_{0}" = "x[0]"
"w_{1}" = "W1[:, :]"
"s_{1}" = "delta1[:]"
"nw_{1}" = "new(W1[:, :])"
"""


def test_a_glued_name_of_a_one_column_matrix_keeps_its_shape():
    problem_ = parse_problem(_SUBSCRIPTED, "<qa39>")
    twin = Twin("update", "W1[{j},0]", ("W1[{j},0] - eta*" + _S1 + "*x[0]",), _J2)
    text = "nw1 = w1 - alpha * s1 * a0"
    assert _verdicts(check_homework(problem_, text)) == oracle_verdicts(
        Verbatim(text, "qa39", 0, "qa39", "", text, (), (twin,)), problem_) == ((C,),)
    for slip, message in (("nw1 = w1.T - alpha * s1 * a0", "different sizes"),
                          ("nw1 = (w1 - alpha * s1 * a0).T", "is 1 x 2 where the left side is 2 x 1")):
        with pytest.raises(FormulaError, match=message):
            check_homework(problem_, slip)


def test_a_case_by_label_whose_letter_passes_the_classes_is_refused_in_one_line():
    """--when label=j where the left side's W_{j-1} lets j run one past the four classes (the mutation hunt's slip of
    seed 004's gradient): that value names no class, refused in one line (it crashed drawing a one-hot target of
    class 4)."""
    try:
        check_homework(problem("seed004_softmax_classifier"), r"\frac{\partial L}{\partial W_{j-1}} = (P_y - 1) \cdot x",
                       notation="seed004", when="label=j")
    except ReaderDefect as defect:
        pytest.fail(str(defect))
    except FormulaError as refusal:
        assert "at j = 5 j names no class of the network" in str(refusal) and "\n" not in str(refusal)
    else:
        pytest.fail("judged a case naming no class")
