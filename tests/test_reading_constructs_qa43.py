"""qa43 (wrong verdicts first): a loss's name written with its arguments is read by them. Batch 93's sci-L3 writes
\\mathcal{L}(y^{(3)}, \\hat{y}^{(3)}); the mutation hunt's \\mathcal{L}(y, a_1) (a loss of the hidden layer's output)
and \\mathcal{L}(q, y) (of a name the notation does not give) were called correct, the arguments dropped and the name
read as the network's loss. Now the arguments may name the prediction (or the output's weighted sum), the target,
the input and the parameters, in any order; anything else is refused in one line, as a value, a left side, a
derivative's numerator, a chain's factor, a gradient's loss and a call in code (arguments none of which the notation
names are the page's labels, read as before). Every verdict asserted is the PyTorch oracle's
(tests/test_seed_verbatim's oracle_verdicts on a Twin transcribed by hand into symbols.md's names). Also batch 131's
2.T, a number's NumPy transpose, refused."""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError, UnknownSymbol
from construct_networks import SIGMOID_2_2_1
from public_formulas_batch93_tables import NETWORKS, NOTATIONS
from seed_verbatim import C, W, Twin, Verbatim
from test_seed_verbatim import oracle_verdicts


def _check(text: str, network: str, notation: str, tmp_path, param=None):
    path = tmp_path / "notation.toml"
    path.write_text(notation)
    return check_homework(parse_problem(network, "<qa43>"), text, notation=str(path), param=param)


def _verdicts(result) -> tuple:
    return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)


def _oracle(text: str, network: str, twin: Twin) -> tuple:
    return oracle_verdicts(Verbatim(text, "qa43", 0, "qa43", "", text, (), (twin,)), parse_problem(network, "<qa43>"))


# ---- batch 93's sci-L3: the loss of client 3 as a value, its arguments the target and the prediction ---------------
_SCI_NETWORK, _SCI_NOTATION = NETWORKS["b93_sci3"], NOTATIONS["b93_sci3"]
_SCI_L3 = (r"$$\mathcal{L}^{(3)}=\mathcal{L}(ARGS)=\frac{(0.4-0.1245659084)^2}{2}=0.03793196939$$")
_SCI_TWIN = Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2", "=(0.4 - 0.1245659084)**2/2",
                                                  "=0.03793196939"))


@pytest.mark.parametrize("arguments", [r"\boldsymbol{y}^{(3)},\boldsymbol{\hat{y}}^{(3)}",
                                       r"\boldsymbol{\hat{y}}^{(3)},\boldsymbol{y}^{(3)}", r"y, \hat{y}",
                                       r"\boldsymbol{a}_{out}, y"])
def test_the_loss_of_the_target_and_the_prediction_in_either_order_is_correct(arguments, tmp_path):
    text = _SCI_L3.replace("ARGS", arguments)
    assert _oracle(text, _SCI_NETWORK, _SCI_TWIN) == ((C, C, C),)
    assert _verdicts(_check(text, _SCI_NETWORK, _SCI_NOTATION, tmp_path)) == ((C, C, C),)


@pytest.mark.parametrize("arguments, shown", [
    ("y, a_1", "its argument a_{1} is layer 1's activation (the output layer is 2)"),
    (r"\boldsymbol{a}_1, y", "is layer 1's activation"),
    (r"y, \boldsymbol{z}_1", "is layer 1's weighted sum (the output layer is 2)"),
])
def test_a_loss_of_the_hidden_layer_is_refused(arguments, shown, tmp_path):
    """The hunt's mutant: the hidden layer's output for the prediction. The loss the formula names is not the
    network's; read as the network's it was called correct (the numbers are the network's loss)."""
    with pytest.raises(FormulaError, match="which the network's loss is not a function of") as refusal:
        _check(_SCI_L3.replace("ARGS", arguments), _SCI_NETWORK, _SCI_NOTATION, tmp_path)
    assert shown in str(refusal.value) and "write \\mathcal{L} alone" in str(refusal.value)


def test_a_loss_of_a_name_the_notation_does_not_give_is_refused(tmp_path):
    """The hunt's \\mathcal{L}(q, y): q names nothing, so which loss is meant is not said."""
    with pytest.raises(UnknownSymbol, match="its argument q is a name the notation gives no meaning"):
        _check(_SCI_L3.replace("ARGS", "q, y"), _SCI_NETWORK, _SCI_NOTATION, tmp_path)


def test_a_wrong_value_of_the_right_loss_is_wrong(tmp_path):
    """The loss written right and its value slipped (0.3 for 0.4): wrong where the oracle finds it so."""
    text = _SCI_L3.replace("ARGS", r"y, \hat{y}").replace("0.4-", "0.3-").replace("=0.03793196939", "")
    twin = Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2", "=(0.3 - 0.1245659084)**2/2"))
    assert _oracle(text, _SCI_NETWORK, twin) == ((C, W),)
    assert _verdicts(_check(text, _SCI_NETWORK, _SCI_NOTATION, tmp_path)) == ((C, W),)


# ---- a 2-2-1 sigmoid network under half the squared error, in code's names and LaTeX's ------------------------------
_NOTATION = r'''
[notation]
loss = ["J", "cost", "loss", "E", "C"]
[notation.symbols]
"A1" = "a1[:]"
"A2" = "a2[:]"
"Z1" = "z1[:]"
"Z2" = "z2[:]"
"Y" = "y[:]"
"y_pred" = "a2[:]"
"w_{5}" = "W2[0, 0]"
"h_{1}" = "a1[0]"
"dW2" = "grad(W2[:, :])"
"dZ2" = "grad(z2[:])"
'''
_LOSS = "(y[0] - a2[0])**2/2"
_DW5 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"


@pytest.mark.parametrize("text", ["cost(A2, Y) = 0.5*(A2 - Y)**2", "loss(y_pred, Y) = 0.5*(Y - y_pred)**2",
                                  "loss(Y, y_pred) = 0.5*(A2 - Y)**2", "cost(Z2) = 0.5*(A2 - Y)**2",
                                  r"J(\theta) = 0.5*(A2 - Y)**2", r"C(\underline{\theta}) = 0.5*(A2 - Y)**2",
                                  "J(w, b) = 0.5*(A2 - Y)**2", r"C(x; \Theta) = 0.5*(A2 - Y)**2"])
def test_a_left_side_with_what_the_loss_takes_is_the_loss(text, tmp_path):
    """The prediction and the target in either order, the output's weighted sum alone (the loss as a function of it,
    through the output's activation; beside the target it is refused, tests/test_reading_constructs_qa45.py), the
    parameters by their conventional letters, the input beside them."""
    assert _oracle(text, SIGMOID_2_2_1, Twin("value", _LOSS, (_LOSS,))) == ((C,),)
    assert _verdicts(_check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)) == ((C,),)


@pytest.mark.parametrize("text, shown", [
    ("cost(A1, Y) = 0.5*(A2 - Y)**2", "its argument A_{1} is layer 1's activation"),
    ("cost(Z1, Y) = 0.5*(A2 - Y)**2", "its argument Z_{1} is layer 1's weighted sum"),
    ("loss(Y, h_{1}) = 0.5*(A2 - Y)**2", "its argument h_{1} is layer 1's activation"),
])
def test_a_left_side_of_the_hidden_layer_is_refused(text, shown, tmp_path):
    with pytest.raises(FormulaError, match="which the network's loss is not a function of") as refusal:
        _check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)
    assert shown in str(refusal.value)


@pytest.mark.parametrize("text, shown", [("cost(q, Y) = 0.5*(A2 - Y)**2", "its argument q is a name"),
                                         ("cost(output, Y) = 0.5*(A2 - Y)**2", "output in its argument is a name")])
def test_a_code_loss_of_an_unnamed_quantity_is_refused(text, shown, tmp_path):
    with pytest.raises(UnknownSymbol, match="the notation gives no meaning") as refusal:
        _check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)
    assert shown in str(refusal.value)


@pytest.mark.parametrize("numerator", [r"E(y, \hat{y})", r"E(\hat{y}, y)", "E(w, b)", "E"])
def test_a_derivative_of_the_loss_with_its_arguments_is_correct(numerator, tmp_path):
    text = rf"\frac{{\partial {numerator}}}{{\partial w_{{5}}}} = (A2 - Y) A2 (1 - A2) h_{{1}}"
    assert _oracle(text, SIGMOID_2_2_1, Twin("gradient", "W2[0,0]", (_DW5,))) == ((C,),)
    assert _verdicts(_check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)) == ((C,),)


def test_the_derivative_with_a_slip_is_wrong(tmp_path):
    text = r"\frac{\partial E(y, \hat{y})}{\partial w_{5}} = (A2 - Y) A2 h_{1}"
    twin = Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*a1[0]",))
    assert _oracle(text, SIGMOID_2_2_1, twin) == ((W,),)
    assert _verdicts(_check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)) == ((W,),)


@pytest.mark.parametrize("text", [
    r"\frac{\partial E(y, h_{1})}{\partial w_{5}} = (A2 - Y) A2 (1 - A2) h_{1}",
    "dJ(A1, Y)/dw_{5} = (A2 - Y)*A2*(1 - A2)*A1[0]",
    r"\frac{\partial E(y, \hat{y})}{\partial w_{5}} = \frac{\partial E(y, h_{1})}{\partial \hat{y}}"
    r" \frac{\partial \hat{y}}{\partial w_{5}}",
    r"\nabla_{w_{5}} E(y, A1) = (A2 - Y) A2 (1 - A2) h_{1}",
])
def test_a_derivative_of_a_loss_of_the_hidden_layer_is_refused(text, tmp_path):
    """In the numerator, in a chain's factor, in plain text, under \\nabla: never judged as the network's loss."""
    with pytest.raises(FormulaError, match="is layer 1's activation"):
        _check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)


def test_the_chain_with_the_loss_by_its_arguments_is_correct(tmp_path):
    text = (r"\frac{\partial E(y, \hat{y})}{\partial w_{5}} = \frac{\partial E(y, \hat{y})}{\partial \hat{y}}"
            r" \frac{\partial \hat{y}}{\partial w_{5}}")
    assert _verdicts(_check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)) == ((C,),)


# ---- batch 131's 2.T: a number's NumPy transpose, or a page's period for the product --------------------------------
@pytest.mark.parametrize("text, written", [("dW2 = 2.T", "2.T"), ("dW2 = dZ2 @ A1.T * 0.5.T", "0.5.T"),
                                           ("E = (Y - A2)^2 = Y^2 - 2.T.A2 + A2^2", "2.T")])
def test_a_number_with_numpy_transpose_is_refused(text, written, tmp_path):
    """Python's numbers have no .T, NumPy's transpose of one (np.float64(2).T) is the number, and the page of batch
    131 writes 2.T.O for 2 T O: it was read as 2^T, the number, T lost. Refused saying what to write."""
    with pytest.raises(FormulaError, match="is a number's .T") as refusal:
        _check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)
    assert f"{written} is a number's .T" in str(refusal.value) and "*T for the product" in str(refusal.value)


@pytest.mark.parametrize("text, verdict", [("dW2 = dZ2 @ A1.T", C), ("dW2 = 2*dZ2 @ A1.T", W)])
def test_a_names_transpose_is_read_as_before(text, verdict, tmp_path):
    """A name's .T (A1.T, after a digit of the name) stays the transpose; beside a number times it too."""
    member = "grad(z2[0])*a1[{k}]" if verdict == C else "2*grad(z2[0])*a1[{k}]"
    twin = Twin("gradient", "W2[0,{k}]", (member.replace("grad(z2[0])", "(a2[0] - y[0])*a2[0]*(1 - a2[0])"),),
                ({"k": 0}, {"k": 1}))
    assert _oracle(text, SIGMOID_2_2_1, twin) == ((verdict,),)
    assert _verdicts(_check(text, SIGMOID_2_2_1, _NOTATION, tmp_path)) == ((verdict,),)


@pytest.mark.parametrize("text", [r"\mathcal{L}(\hat{Y}, Y) = 0.5*(A2 - Y)**2",
                                  "Loss(Error function) = 0.5*(A2 - Y)**2"])
def test_capitals_of_the_names_and_a_gloss_are_the_loss(text, tmp_path):
    """Public formulas' \\mathcal{L}(\\hat{Y}, Y) (srenevey: the samples' matrices, capitals of the prediction's and
    the target's names) and mihai's gloss Loss(Error function): the loss read as before."""
    notation = _NOTATION.replace('"Y" = "y[:]"', '"T" = "y[:]"\n"y" = "y[:]"')
    notation = notation.replace('loss = [', 'loss = ["Loss", "\\\\mathcal{L}", ')
    text = text.replace("- Y)", "- T)")
    assert _oracle(text, SIGMOID_2_2_1, Twin("value", _LOSS, (_LOSS,))) == ((C,),)
    assert _verdicts(_check(text, SIGMOID_2_2_1, notation, tmp_path)) == ((C,),)
