"""qa44 (wrong verdicts first): the mutation hunt's classic slips (tests/mutation_hunt.py) on batches 133-138 and 93,
with the kinds the newer constructs invite (a callback's parameters swapped or its index renamed, an entry one away, a
loss's argument of another layer or written twice, a conditional's values swapped, its comparison turned). Each
wrong formula check called correct is fixed in the reader. Every verdict asserted is the PyTorch oracle's
(tests/test_seed_verbatim's oracle_verdicts on a Twin transcribed by hand into symbols.md's names)."""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError, UnknownSymbol
from construct_networks import SIGMOID_2_2_1
from public_formulas_batch93_tables import NETWORKS as NETWORKS_93, NOTATIONS as NOTATIONS_93
from public_formulas_batch138_tables import NETWORKS as NETWORKS_138, NOTATIONS as NOTATIONS_138
from seed_verbatim import C, W, Twin, Verbatim
from test_seed_verbatim import oracle_verdicts


def _check(text: str, network: str, notation: str, tmp_path):
    path = tmp_path / "notation.toml"
    path.write_text(notation)
    return check_homework(parse_problem(network, "<qa44>"), text, notation=str(path))


def _verdicts(result) -> tuple:
    return tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims)


def _oracle(text: str, network: str, twin: Twin) -> tuple:
    return oracle_verdicts(Verbatim(text, "qa44", 0, "qa44", "", text, (), (twin,)), parse_problem(network, "<qa44>"))


# ---- an entry's indices swapped where the notation writes one of them as a number ----------------------------------
# batch 138's Java b138-jz-w2, weights2[i][0] += learningRate * outputDelta * hidden[i] with "weights2[i][0]" =
# "W2[0, i]" (one output): the hunt's weights2[0][i] matched the pattern only at i = 0 (i's value written where the
# pattern writes 0), so the rule was judged for W2[0, 0] alone and called correct; at i = 1, 2, 3 it names nothing
_JZ_NETWORK, _JZ_NOTATION = NETWORKS_138["b138_jz"], NOTATIONS_138["b138_jz"]
_JZ_DELTA = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"


def test_the_update_with_the_indices_in_the_patterns_order_is_correct(tmp_path):
    text = "weights2[i][0] += learningRate * outputDelta * hidden[i];"
    twin = Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] + eta*{_JZ_DELTA}*a1[{{i}}]",), tuple({"i": i} for i in range(4)))
    assert _oracle(text, _JZ_NETWORK, twin) == ((C,),)
    assert _verdicts(_check(text, _JZ_NETWORK, _JZ_NOTATION, tmp_path)) == ((C,),)


@pytest.mark.parametrize("text, network, notation, name", [
    ("weights2[0][i] += learningRate * outputDelta * hidden[i];", _JZ_NETWORK, _JZ_NOTATION, "weights2[i][0]"),
    # the same slip in LaTeX: w_{1j} where the notation writes w_{j1} for the one output's weights
    (r"w_{1j} \leftarrow w_{1j} - \eta \delta a_j", SIGMOID_2_2_1,
     '[notation]\nindices = "j"\nlearning_rate = ["\\\\eta"]\n[notation.symbols]\n"a_{j}" = "a1[j-1]"\n'
     '"\\\\delta" = "delta2[0]"\n"w_{j1}" = "W2[0, j-1]"\n', "w_{j1}"),
])
def test_the_indices_in_the_other_order_are_refused(text, network, notation, name, tmp_path):
    """At the first unit the step is right (the oracle: correct there), at the others the left side names nothing
    the notation gives while the right side reads: refused in one line, never judged at the first unit alone."""
    first = Twin("update", "W2[0,0]", ("W2[0,0] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",))
    assert _oracle(r"w_{11} \leftarrow w_{11} - \eta \delta a_1", SIGMOID_2_2_1, first) == ((C,),)
    with pytest.raises(FormulaError) as refusal:
        _check(text, network, notation, tmp_path)
    message = str(refusal.value)
    assert f"names an entry of the notation's {name!r} only where" in message
    assert "its indices in the other order" in message and "\n" not in message


def test_the_latex_rule_in_the_patterns_order_is_correct(tmp_path):
    notation = ('[notation]\nindices = "j"\nlearning_rate = ["\\\\eta"]\n[notation.symbols]\n"a_{j}" = "a1[j-1]"\n'
                '"\\\\delta" = "delta2[0]"\n"w_{j1}" = "W2[0, j-1]"\n')
    text = r"w_{j1} \leftarrow w_{j1} - \eta \delta a_j"
    step = "W2[0,{j}] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]"
    twin = Twin("update", "W2[0,{j}]", (step,), tuple({"j": j} for j in range(2)))
    assert _oracle(text, SIGMOID_2_2_1, twin) == ((C,),)
    assert _verdicts(_check(text, SIGMOID_2_2_1, notation, tmp_path)) == ((C,),)


# ---- a loss's arguments: a number that is not the target, an expression of the target, a quantity written twice ----
# batch 93's sci-L3, \mathcal{L}^{(3)} = \mathcal{L}(y^{(3)}, \hat{y}^{(3)}) = (0.4 - 0.1245659084)^2/2 (the file's
# target 0.4): the hunt's y^{(2)} (a sample the notation does not give, read as y squared), \hat{y}^{(3)} twice and
# y^{(3)} twice (a loss of 0), and 0.7 or 2y for the target were called correct, the arguments read as the loss's
_SCI_NETWORK, _SCI_NOTATION = NETWORKS_93["b93_sci3"], NOTATIONS_93["b93_sci3"]
_SCI_L3 = r"$$\mathcal{L}^{(3)}=\mathcal{L}(ARGS)=\frac{(0.4-0.1245659084)^2}{2}$$"
_SCI_TWIN = Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2", "=(0.4 - 0.1245659084)**2/2"))


@pytest.mark.parametrize("arguments", [r"\boldsymbol{y}^{(3)},\boldsymbol{\hat{y}}^{(3)}", r"0.4, \hat{y}",
                                       r"\boldsymbol{\hat{y}}^{(3)}, 0.4"])
def test_the_loss_of_the_target_or_its_value_and_the_prediction_is_correct(arguments, tmp_path):
    text = _SCI_L3.replace("ARGS", arguments)
    assert _oracle(text, _SCI_NETWORK, _SCI_TWIN) == ((C, C),)
    assert _verdicts(_check(text, _SCI_NETWORK, _SCI_NOTATION, tmp_path)) == ((C, C),)


def test_a_loss_at_another_target_is_that_loss_and_wrong(tmp_path):
    """The loss of the prediction against 0.7 is not the network's (its target 0.4): read as the loss at 0.7, the
    worked value of the network's loss is wrong there, as the oracle finds it."""
    text = _SCI_L3.replace("ARGS", r"0.7, \hat{y}").replace(r"\mathcal{L}^{(3)}=", "")
    twin = Twin("value", "(0.7 - a2[0])**2/2", ("=(0.4 - 0.1245659084)**2/2",))
    assert _oracle(text, _SCI_NETWORK, twin) == ((W,),)
    assert _verdicts(_check(text, _SCI_NETWORK, _SCI_NOTATION, tmp_path)) == ((W,),)


def test_a_loss_at_another_target_equal_to_its_own_formula_is_correct(tmp_path):
    text = r"$$\mathcal{L}(0.7, \hat{y})=\frac{(0.7-0.1245659084)^2}{2}$$"
    twin = Twin("value", "(0.7 - a2[0])**2/2", ("=(0.7 - 0.1245659084)**2/2",))
    assert _oracle(text, _SCI_NETWORK, twin) == ((C,),)
    assert _verdicts(_check(text, _SCI_NETWORK, _SCI_NOTATION, tmp_path)) == ((C,),)


@pytest.mark.parametrize("text, message", [
    (r"$$\mathcal{L}^{(3)}=\mathcal{L}(2\boldsymbol{y}, \hat{y})$$", "is an expression of the target or the prediction"),
    (r"$$\frac{\partial \mathcal{L}(0.7, \hat{y})}{\partial w_{out,1}^{(1)}} = 0.1$$",
     "is a number that is neither the file's target (0.4) nor its prediction"),
])
def test_a_loss_at_another_target_is_refused_where_it_cannot_be_read(text, message, tmp_path):
    """2y for the target; a number for it in a derivative's numerator (the gradient of another loss)."""
    twin = Twin("value", "(2*y[0] - a2[0])**2/2", ("=(0.4 - 0.1245659084)**2/2",))
    assert _oracle(_SCI_L3.replace("ARGS", r"2y, \hat{y}").replace(r"\mathcal{L}^{(3)}=", ""), _SCI_NETWORK,
                   twin) == ((W,),)
    with pytest.raises(FormulaError) as refusal:
        _check(text, _SCI_NETWORK, _SCI_NOTATION, tmp_path)
    assert message in str(refusal.value) and "\n" not in str(refusal.value)


@pytest.mark.parametrize("arguments", [r"\boldsymbol{y}^{(3)},\boldsymbol{y}^{(3)}", r"\hat{y}, \hat{y}",
                                       r"\boldsymbol{\hat{y}},\boldsymbol{\hat{y}}^{(3)}"])
def test_a_quantity_against_itself_is_refused(arguments, tmp_path):
    """L(y, y) is the loss of the target against itself, 0: the oracle finds the formula's value wrong."""
    twin = Twin("value", "(y[0] - y[0])**2/2", ("=(0.4 - 0.1245659084)**2/2",))
    assert _oracle(_SCI_L3.replace("ARGS", arguments), _SCI_NETWORK, twin) == ((W,),)
    with pytest.raises(FormulaError, match="names what another of its arguments names"):
        _check(_SCI_L3.replace("ARGS", arguments), _SCI_NETWORK, _SCI_NOTATION, tmp_path)


@pytest.mark.parametrize("arguments", [r"\boldsymbol{y}^{(2)},\boldsymbol{\hat{y}}^{(3)}",
                                       r"\boldsymbol{y}^{(3)},\boldsymbol{\hat{y}}^{(8)}"])
def test_a_sample_the_notation_does_not_give_is_refused(arguments, tmp_path):
    with pytest.raises(UnknownSymbol, match="is a name the notation gives no meaning"):
        _check(_SCI_L3.replace("ARGS", arguments), _SCI_NETWORK, _SCI_NOTATION, tmp_path)


# the same in code's names, a 2-2-1 network with one sample of target 0.25
_CODE = r"""
[notation]
loss = ["cost", "loss"]
[notation.symbols]
"A1" = "a1[:]"
"A2" = "a2[:]"
"Y" = "y[:]"
"""
_WITH_DATA = SIGMOID_2_2_1 + "[data]\nx = [[0.5, -1.0]]\ny = [[0.25]]\n"
_LOSS = "(y[0] - a2[0])**2/2"


@pytest.mark.parametrize("text", ["cost(A2, Y) = 0.5*(A2 - Y)**2", "cost(A2, 0.25) = 0.5*(A2 - Y)**2"])
def test_the_code_loss_of_the_prediction_and_the_target_is_correct(text, tmp_path):
    assert _oracle(text, _WITH_DATA, Twin("value", _LOSS, (_LOSS,))) == ((C,),)
    assert _verdicts(_check(text, _WITH_DATA, _CODE, tmp_path)) == ((C,),)


@pytest.mark.parametrize("text, message", [
    ("cost(A2, A2) = 0.5*(A2 - Y)**2", "names what another of its arguments names"),
    ("cost(Y, Y) = 0.5*(A2 - Y)**2", "names what another of its arguments names"),
    ("loss(A2, Y**2) = 0.5*(A2 - Y)**2", "is an expression of the target or the prediction"),
    ("loss(1 - A2, Y) = 0.5*(A2 - Y)**2", "is an expression of the target or the prediction"),
])
def test_the_code_loss_of_other_quantities_is_refused(text, message, tmp_path):
    with pytest.raises(FormulaError, match=message.replace("(", r"\(").replace(")", r"\)")):
        _check(text, _WITH_DATA, _CODE, tmp_path)


@pytest.mark.parametrize("network", [_WITH_DATA, SIGMOID_2_2_1])
def test_the_code_loss_at_another_target_is_wrong(network, tmp_path):
    """cost(A2, 0.5) is the loss against 0.5, not the file's target 0.25 (nor the random one, without data)."""
    text = "cost(A2, 0.5) = 0.5*(A2 - Y)**2"
    assert _oracle(text, network, Twin("value", "(0.5 - a2[0])**2/2", (_LOSS,))) == ((W,),)
    assert _verdicts(_check(text, network, _CODE, tmp_path)) == ((W,),)


def test_a_number_without_the_files_data_is_refused_in_a_gradient(tmp_path):
    with pytest.raises(FormulaError, match="the file gives no data for it to be the target of"):
        _check("d cost(A2, 0.25) / d W2 = 1", SIGMOID_2_2_1, _CODE + '"W2" = "W2[:, :]"\n', tmp_path)


@pytest.mark.parametrize("text", [r"w_1 := w_1 - \alpha \frac{\partial J(\vec{w},\vec{w})}{\partial w_1}",
                                  r"w_1 := w_1 - \alpha \frac{\partial J(b,b)}{\partial w_1}"])
def test_a_parameter_written_twice_is_refused(text, tmp_path):
    """Batch 16's draco-w-update, J(\vec{w}, b) (the loss as a function of the parameters), with the hunt's J(b, b):
    the loss of b alone, whose derivative by w_1 is not the network's gradient (the arguments' labels say which
    function is meant). J(\vec{w}, b) stays the network's loss."""
    notation = ('[notation]\nloss = ["J"]\nlearning_rate = ["\\\\alpha"]\n[notation.symbols]\n"w_{1}" = "W2[0, 0]"\n'
                '"\\\\vec{w}" = "W2[0, :]"\n"b" = "b2[0]"\n')
    right = text.replace("J(b,b)", r"J(\vec{w},b)").replace(r"J(\vec{w},\vec{w})", r"J(\vec{w},b)")
    step = "W2[0,0] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
    assert _oracle(right, SIGMOID_2_2_1, Twin("update", "W2[0,0]", (step,))) == ((C,),)
    assert _verdicts(_check(right, SIGMOID_2_2_1, notation, tmp_path)) == ((C,),)
    with pytest.raises(FormulaError, match="names what another of its arguments names, one quantity twice"):
        _check(text, SIGMOID_2_2_1, notation, tmp_path)
