r"""The constructs batch 10 of the public formulas showed missing, continued (test_reading_constructs_batch10.py and
_batch10b.py hold the first families): a vector written as a row (notes whose samples are rows, x W + b with W
input-first), a rule over layers written with \ell past the bias unit's constant 1 (a sum bound naming a layer's
size), a parameter's step after its superscript (w_{ij}^{(\ell)}(t+1)), and Ng's plain quotients of names
(dZ[2]/dA[1], a diagonal Jacobian dA[1]/dZ[1]). Each family with other letters, other brackets, LaTeX and plain
text, judged right where the formula is right and wrong where one thing is changed, every verdict the PyTorch
oracle's (tests/test_public_formulas_held_out.oracle_verdicts, a vector's numbers judged whole); what stays a guess
is refused in one line.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch10 import _TWO_LAYERS_G, NETWORKS, NOTATIONS, _rule
from public_formulas_batch10_tables import pre_activations
from seed_verbatim import Twin
from test_public_formulas_held_out import oracle_verdicts

CHECKS = CaseChecks(NETWORKS)
_J2 = ({"j": 0}, {"j": 1})


def _input_first(weights: str, inputs: str, hidden: str, bias: str) -> str:
    """kircerta's 2-2-1 ReLU network written as notes whose samples are rows write it: the weights input-first
    (``weights`` W_{ij} joins input i to unit j, our W1[j, i]), under the letters given."""
    return f"""
[notation]
indices = "ij"
[notation.symbols]
"{inputs}_{{i}}" = "x[i]"
"{weights}_{{ij}}" = "W1[j, i]"
"{hidden}_{{j}}" = "a1[j]"
"{bias}_{{j}}" = "b1[j]"
"""


def _row_cases() -> list[Public]:
    """A vector written as a row, ``h = \\max(0, x W + b) = [1 2][..] + [0 0] = [0.1 1.0]``: the same entries in the
    same order as the left side's column (the page's W input-first, its transpose in the numbers)."""
    cases = []
    letters = (("W", "x", "h", "b"), ("\\\\Theta", "u", "g", "\\\\beta"))
    for weights, inputs, hidden, bias in letters:
        notation = _input_first(weights, inputs, hidden, bias)
        w, u, h, c = (name.replace("\\\\", "\\") for name in (weights, inputs, hidden, bias))
        for open_, close in ((r"\begin{bmatrix}", r"\end{bmatrix}"), (r"\begin{pmatrix}", r"\end{pmatrix}")):
            product = (rf"{open_}1 & 2{close} {open_}0.3 & 0.2 \\ -0.1 & 0.4{close} + {open_}0 & 0{close}")
            for result, verdict, member in (("0.1 & 1.0", C, "0.1, 1.0"), ("0.1 & 1.3", W, "0.1, 1.3")):
                text = rf"{h} = \max(0, {u} {w} + {c}) = \max(0, {product}) = {open_}{result}{close}"
                cases.append(Public(f"row-{w}-{open_[7:]}-{verdict}", "test", "b10_kircerta", notation, text,
                                    ((C, C, verdict),),
                                    (Twin("value", "a1[{j}]", ("np.maximum(0, W1 @ x + b1)[{j}]",
                                                               "=np.maximum(0, np.array([1, 2]) @ np.array([[0.3, 0.2],"
                                                               " [-0.1, 0.4]]) + np.array([0, 0]))",
                                                               f"=np.array([{member}])"), _J2),)))
        # the transposed matrix in the numbers is one change: another vector, judged wrong
        text = rf"{h} = \max(0, \begin{{bmatrix}}1 & 2\end{{bmatrix}} \begin{{bmatrix}}0.3 & -0.1 \\ 0.2 & 0.4\end{{bmatrix}})"
        cases.append(Public(f"row-{w}-transposed-W", "test", "b10_kircerta", notation, text, ((W,),),
                            (Twin("value", "a1[{j}]", ("=np.maximum(0, np.array([1, 2]) @ np.array([[0.3, -0.1],"
                                                       " [0.2, 0.4]]))",), _J2),)))
    notation = _input_first("W", "x", "h", "b")
    for text, verdict, member in (("h = max(0, x W + b)", C, "np.maximum(0, W1 @ x + b1)[{j}]"),
                                  ("h = max(0, x W - b)", W, "np.maximum(0, W1 @ x - b1)[{j}]")):
        cases.append(Public(f"row-plain-{verdict}", "test", "b10_kircerta", notation, text, ((verdict,),),
                            (Twin("value", "a1[{j}]", (member,), _J2),)))
    return cases


def _layered(letter: str) -> str:
    """Learning From Data's notation (ashwinreddy's wiki): x_0^{(l)} = 1 the bias unit, w_{0j} the bias, weights
    input-first and 1-based, the layer placeholder ``letter``."""
    return f"""
[notation]
indices = "ij{letter}"
loss = ["e"]
functions = {{ g = "tanh" }}
[notation.symbols]
"x_{{j}}^{{({letter})}}" = "a{{{letter}}}[j-1]"
"x_{{0}}^{{({letter})}}" = "1"
"x_{{j}}^{{(0)}}" = "x[j-1]"
"x_{{0}}^{{(0)}}" = "1"
"S_{{j}}^{{({letter})}}" = "z{{{letter}}}[j-1]"
"w_{{ij}}^{{({letter})}}" = "W{{{letter}}}[j-1, i-1]"
"w_{{0j}}^{{({letter})}}" = "b{{{letter}}}[j-1]"
"\\\\delta_{{j}}^{{({letter})}}" = "delta{{{letter}}}[j-1]"
"y" = "y[0]"
"""


def _every_unit(biases: bool = True) -> tuple:
    return tuple({**value, "a": value["v"].replace("z", "a")} for value in pre_activations((3, 1), 2, biases))


_DELTA2 = "(a2[0] - y[0])*(1 - a2[0]**2)"


def _layer_rule_cases() -> list[Public]:
    """A rule over every layer, its letter written \\ell or l, whose left side is the bias unit's constant 1 at j = 0:
    judged at the layers and units it names; a sum's bound naming a layer's size (d^{(\\ell-1)}, n_{l-1}) runs
    over the units its index indexes, as the spec says."""
    cases = []
    for written in (r"\ell", "l"):
        notation = _layered("l")
        for bound in (rf"^{{d^{{({written}-1)}}}}", rf"^{{n_{{{written}-1}}}}", ""):
            for start, verdict, values in (("0", C, _every_unit()), ("1", W, _every_unit(biases=False))):
                text = (rf"x_j^{{({written})}} = g\left( \sum_{{i={start}}}{bound} w_{{ij}}^{{({written})}}"
                        rf" x_i^{{({written} -1)}}\right)")
                cases.append(Public(f"layers-{written}-{bound}-{start}", "test", "b10_lfd_tanh", notation, text,
                                    ((verdict,),), (Twin("value", "{a}", ("tanh({m})",), values),)))
        for text, verdict, member in (
                (rf"\delta_{{i}}^{{({written} -1)}} = g'(S_i^{{({written} - 1)}}) \sum_j w_{{ij}}^{{({written})}}"
                 rf" \delta_{{j}}^{{({written})}}", C, f"W2[0,{{i}}]*{_DELTA2}*(1 - a1[{{i}}]**2)"),
                (rf"\delta_{{i}}^{{({written} -1)}} = g(S_i^{{({written} - 1)}}) \sum_j w_{{ij}}^{{({written})}}"
                 rf" \delta_{{j}}^{{({written})}}", W, f"W2[0,{{i}}]*{_DELTA2}*tanh(z1[{{i}}])")):
            cases.append(Public(f"inductive-{written}-{verdict}", "test", "b10_lfd_tanh", notation, text,
                                ((verdict,),), (Twin("gradient_z", "z1[{i}]", (member,),
                                                     tuple({"i": i} for i in range(3))),)))
    for text, verdict, member in (("x_j^{(1)} = g(S_j^{(1)})", C, "tanh(z1[{j}])"),
                                  ("x_j^{(1)} = g(S_j^{(1)}) + 1", W, "tanh(z1[{j}]) + 1")):
        cases.append(Public(f"bias-unit-{verdict}", "test", "b10_lfd_tanh", _layered("l"), text, ((verdict,),),
                            (Twin("value", "a1[{j}]", (member,), tuple({"j": j} for j in range(3))),)))
    return cases


def _steps(base: str, opening: str) -> str:
    return f"""
[notation]
indices = "ijl"
[notation.symbols]
"{base}_{{ij}}^{{{opening}l{')' if opening == '(' else ']'}}}" = "W{{l}}[j-1, i-1]"
"""


def _step_cases() -> list[Public]:
    """A parameter's step after its superscript: the name at u+1 on the left and at u on the right is an update,
    the step in parentheses or brackets, any letter, LaTeX and plain text."""
    cases = []
    right = _rule("update", 1, _TWO_LAYERS_G)
    wrong = Twin("update", "{p}", ("{p} + eta*({m})",), _TWO_LAYERS_G)
    for base, layer in (("w", "(l)"), ("\\\\theta", "[l]")):
        notation = _steps(base, layer[0])
        name = base.replace("\\\\", "\\") + "_{ij}^{" + layer.replace("l", r"\ell") + "}"
        for now, after in (("t", "(t+1)"), ("n", "[n+1]")):
            step = after.replace("+1", "")
            for sign, verdict, twin in (("-", C, right), ("+", W, wrong)):
                text = (rf"{name}{after} = {name}{step} {sign} \alpha \; \frac{{\partial E}}{{\partial {name}{step}}}")
                cases.append(Public(f"step-{base}-{now}-{verdict}", "test", "b10_two_layers", notation, text,
                                    ((verdict,),), (twin,)))
    plain = _steps("w", "(")
    for text, verdict, twin in (("w_ij^l(k+1) = w_ij^l(k) - alpha dE/dw_ij^l(k)", C, right),
                                ("w_ij^l(k+1) = w_ij^l(k) - 2 alpha dE/dw_ij^l(k)", W,
                                 Twin("update", "{p}", ("{p} - 2*eta*({m})",), _TWO_LAYERS_G))):
        cases.append(Public(f"step-plain-{verdict}", "test", "b10_two_layers", plain, text, ((verdict,),), (twin,)))
    return cases


def _ng(activation: str = "A", pre: str = "Z", weights: str = "W", extra: str = "") -> str:
    """deeplearning.ai's plain notation: the layer in brackets, d before a name its gradient (dZ = delta), under
    the letters given; ``extra`` more patterns (a name dA, a symbol d)."""
    return f"""
[notation]
indices = "jkl"
functions = {{ g = "tanh" }}
[notation.symbols]
"{pre}_{{j}}^{{[l]}}" = "z{{l}}[j]"
"{activation}_{{j}}^{{[l]}}" = "a{{l}}[j]"
"{weights}_{{jk}}^{{[l]}}" = "W{{l}}[j, k]"
"d{pre}_{{j}}^{{[l]}}" = "delta{{l}}[j]"
"Y" = "y[0]"
{extra}"""


_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_TANH_DELTA = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"


def _named_quotient_cases() -> list[Public]:
    """Ng's plain quotients of names, dZ[2]/dA[1], where the notation names dZ and not dA (nor d): the derivative
    of Z[2] by A[1], the one reading that reads; a vector by a vector whose Jacobian is diagonal, dA[1]/dZ[1], the
    vector of its diagonal; and the chain of them."""
    cases = []
    for a, z, w in (("A", "Z", "W"), ("O", "S", "V")):
        notation = _ng(a, z, w)
        for text, verdict, member in ((f"d{z}[2]/d{a}[1] = {w}[2]", C, "W2[0,{j}]"),
                                      (f"d{z}[2]/d{a}[1] = {a}[1]", W, "a1[{j}]"),
                                      (f"d{z}^{{[2]}}/d{a}^{{[1]}} = {w}^{{[2]}}", C, "W2[0,{j}]")):
            cases.append(Public(f"quotient-{z}-{text[:3]}-{verdict}-{len(text)}", "test", "b10_ng_tanh", notation,
                                text, ((verdict,),), (Twin("value", "W2[0,{j}]", (member,), _J3),)))
        for text, verdict, member in ((f"d{a}[1]/d{z}[1] = g[1]'({z}[1])", C, "1 - tanh(z1[{j}])**2"),
                                      (f"d{a}[1]/d{z}[1] = g[1]({z}[1])", W, "tanh(z1[{j}])")):
            cases.append(Public(f"jacobian-{z}-{verdict}", "test", "b10_ng_tanh", notation, text, ((verdict,),),
                                (Twin("value", "1 - a1[{j}]**2", (member,), _J3),)))
        for text, verdict, member in (
                (f"d{z}[1] = dL/d{z}[2] * d{z}[2]/d{a}[1] * d{a}[1]/d{z}[1]", C, _TANH_DELTA),
                (f"d{z}[1] = dL/d{z}[2] * d{z}[2]/d{a}[1]", W, "W2[0,{j}]*(a2[0] - y[0])")):
            cases.append(Public(f"chain-{z}-{verdict}", "test", "b10_ng_tanh", notation, text, ((verdict,),),
                                (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
    return cases


_BY_ARGUMENT = r"""
[notation]
indices = "jl"
loss = ["E"]
[notation.symbols]
"z_{j}^{(l)}" = "z{l}[j]"
"b_{j}^{(l)}" = "b{l}[j]"
"""
_SIGMOID_OUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


def _gradient_by_argument_cases() -> list[Public]:
    """``\nabla loss(scores)``: \nabla without a subscript before the loss written with one argument is the gradient
    by that argument, as \nabla f(x) is by x (cs231n's db2 = \nabla loss(scores))."""
    cases = []
    for network, notation, left, argument, member, units in (
            ("b10_two_layers", _BY_ARGUMENT, r"\frac{\partial E}{\partial b^{(2)}}", r"E(z^{(2)})", _SIGMOID_OUT, 2),
            ("b10_two_layers", _BY_ARGUMENT, "dE/db^2", "E(z^2)", _SIGMOID_OUT, 2),
            ("b10_cs231n", NOTATIONS["b10_cs231n"], "dloss/db2", "loss(scores)", "a2[{j}] - t[{j}]", 3)):
        nabla = r"\nabla " if "frac" in left else "nabla "
        for factor, verdict, twin in (("", C, member), ("2 ", W, f"2*({member})")):
            cases.append(Public(f"nabla-{argument}-{verdict}", "test", network, notation,
                                f"{left} = {factor}{nabla}{argument}", ((verdict,),),
                                (Twin("gradient", "b2[{j}]", (twin,), tuple({"j": j} for j in range(units))),)))
    return cases


CASES = (_row_cases() + _layer_rule_cases() + _step_cases() + _named_quotient_cases()
         + _gradient_by_argument_cases())


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def _refused(network: str, notation: str, text: str) -> str:
    return CHECKS.refusal(Public("refused", "test", network, notation, text, ((C,),), ()))


def test_a_step_only_on_the_left_is_no_update():
    """w_{ij}^{(l)}(t+1) with no w_{ij}^{(l)}(t) on the right: the (t+1) stays a product (a matrix), refused."""
    assert "where the left side is a vector or matrix" in _refused("b10_two_layers", _steps("w", "("),
                                         r"w_{ij}^{(\ell)}(t+1) = \alpha \frac{\partial E}{\partial w_{ij}^{(\ell)}}")


def test_a_row_is_no_matrix_of_another_shape():
    """Only a 1 x n where the left side is n x 1 is the vector: a row of three for two units stays refused."""
    assert "1 x 3 where the left side is 2 x 1" in _refused(
        "b10_kircerta", _input_first("W", "x", "h", "b"), r"h = \begin{bmatrix}0.1 & 1.0 & 0\end{bmatrix}")


def test_a_quotient_of_names_that_reads_two_ways_is_refused():
    """dZ[2]/dA[1] where the notation names a symbol d: the quotient of dZ and d times A reads as much as the
    derivative."""
    refusal = _refused("b10_ng_tanh", _ng(extra='"d" = "y[0]"\n'), "dZ[2]/dA[1] = W[2]")
    assert "reads two ways: the quotient of dZ and d times A" in refusal and "derivative of Z[2] by A[1]" in refusal


@pytest.mark.parametrize("text, verdict, member", (("dZ[2]/dA[1] = W[2]", C, "W2[0,{j}]"),
                                                   ("dZ[2]/dA[1] = A[1]", W, "a1[{j}]")))
def test_leibniz_between_two_gradient_names_is_the_derivative(text, verdict, member):
    """dZ[2]/dA[1] where the notation names dA too (Ng's gradient names): Leibniz's derivative of Z[2] by A[1], a
    quotient of two gradients being written (dZ[2])/(dA[1])."""
    case = Public("named-dA", "test", "b10_ng_tanh", _ng(extra='"dA_{j}^{[l]}" = "grad(a{l}[j])"\n'), text,
                  ((verdict,),), (Twin("value", "W2[0,{j}]", (member,), _J3),))
    assert oracle_verdicts(case, CHECKS.problem(case)) == case.expected
    assert CHECKS.verdicts(case) == case.expected


def test_a_jacobian_that_is_not_diagonal_is_refused():
    """The softmax's dA/dZ is a full matrix: J or its transpose is not written, refused."""
    notation = _ng().replace('functions = { g = "tanh" }\n', "")
    assert "(a Jacobian) that is not diagonal" in _refused("b10_cs231n", notation, "dA[2]/dZ[2] = A[2]")


def test_a_loss_of_two_arguments_is_no_gradient_by_one():
    """\nabla E(z, b): which argument the gradient is by is not written; refused."""
    assert "\\nabla L without a subscript" in _refused(
        "b10_two_layers", _BY_ARGUMENT, r"\frac{\partial E}{\partial b^{(2)}} = \nabla E(z^{(2)}, b^{(2)})")
