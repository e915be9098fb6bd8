"""The constructs batch 26 of the public formulas showed missing around rows, each written as another author would
(other names, another network than the pages'): a matrix the page stores input-first named whole, its meaning the
transpose of the network's (``"V" = "W1[:, :].T"``, ``"W1.T"``, ``"transpose(W1)"``); row-vector forms of a layer of
one unit, ``o = h r^T + q`` with h and r rows (columns make h r^T a matrix added to the number q, so the formula is
read with rows, the one reading in which it fits), and its numbers, a list times a list transposed; a list of numbers
after a column, an outer product where the left side is a matrix; a left side the notation names as a row
(``"g" = "(delta2[0]*W2[0, :]).T"``). Each case is judged right where the formula is right and wrong where one thing
is changed; an outer product of columns where the left side is a number stays refused (never read as the inner
product), as does a row where the left side is a column, its message saying how the notation names a row.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names (test_public_formulas_held_out.oracle_verdicts:
the same oracle, a vector value's members of numbers judged against the whole vector).
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_public_formulas_held_out import oracle_verdicts  # a vector value's numbers against the whole value

# three inputs, two sigmoid hidden units, one sigmoid output, the half squared error; x = [1, 0.5, 2], y = 1
NETWORKS = {
    "rows": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "sigmoid"\nweights = [[0.1, 0.2, 0.3], [0.4, -0.1, 0.2]]\n'
            'biases = [0.0, 0.1]\n[[layer]]\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.3]]\n'
            'biases = [0.2]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[1.0, 0.5, 2.0]]\ny = [[1.0]]\n'
            '[update]\nlearning_rate = 0.1\n',
}
CHECKS = CaseChecks(NETWORKS)

# u the input row, V the input-first weights (V[i, j] joins input i to hidden unit j: W1's transpose), c, s, h the
# hidden biases, pre-activations and outputs, r the output weights, q its bias, o its pre-activation, \epsilon dL/ds
_ROWS = r'''
[notation]
indices = "ij"
[notation.symbols]
"u" = "x[:]"
"V" = "{V}"
"c" = "b1[:]"
"s" = "z1[:]"
"h" = "a1[:]"
"r" = "W2[0, :]"
"q" = "b2[0]"
"o" = "z2[0]"
"\\hat{{y}}" = "a2[0]"
"y" = "y[0]"
"\\epsilon" = "grad(z1[:])"
"g" = "(delta2[0]*W2[0, :]).T"
"k" = "delta2[0]*W2[0, :]"
"R" = "W2[:, :]"
'''
_MEANINGS = ("W1[:, :].T", "W1.T", "transpose(W1)")
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_EPS = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_J2 = ({"j": 0}, {"j": 1})
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_V = r"\begin{bmatrix}0.1 & 0.4 \\ 0.2 & -0.1 \\ 0.3 & 0.2\end{bmatrix}"


def _cases() -> list[Public]:
    cases = []
    for number, meaning in enumerate(_MEANINGS):
        notation = _ROWS.format(V=meaning)
        for key, text, expected, members in (
                # the input-first matrix named whole: s = u V + c of rows
                ("forward", "s = u V + c", (C,), ("(W1 @ x + b1)[{j}]",)),
                ("forward-minus", "s = u V - c", (W,), ("(W1 @ x - b1)[{j}]",)),
                # and its numbers, a list times the matrix as the page prints it (input-first)
                ("forward-numbers", rf"s = u \cdot V + c = [1, 0.5, 2] \cdot {_V} + [0, 0.1] = [0.8, 0.85]",
                 (C, C, C), ("(W1 @ x + b1)[{j}]", "=np.array([1, 0.5, 2]) @ np.array([[0.1, 0.4], [0.2, -0.1],"
                             " [0.3, 0.2]]) + np.array([0, 0.1])", "=np.array([0.8, 0.85])")),
                ("forward-numbers-off", rf"s = u \cdot V + c = [1, 0.5, 2] \cdot {_V} + [0, 0.1] = [0.8, 0.95]",
                 (C, C, W), ("(W1 @ x + b1)[{j}]", "=np.array([1, 0.5, 2]) @ np.array([[0.1, 0.4], [0.2, -0.1],"
                             " [0.3, 0.2]]) + np.array([0, 0.1])", "=np.array([0.8, 0.95])"))):
            cases.append(Public(f"{key}-{number}", "test", "rows", notation, text, (expected,),
                                (Twin("value", "z1[{j}]", members, _J2),)))
        for key, text, verdict, member in (
                # its gradient, u^T \epsilon of rows (V's layout: inputs down, units across)
                ("gradient", r"\frac{\partial L}{\partial V} = u^T \epsilon", C, f"{_EPS}*x[{{i}}]"),
                ("gradient-outputs", r"\frac{\partial L}{\partial V} = u^T h", W, "a1[{j}]*x[{i}]")):
            cases.append(Public(f"{key}-{number}", "test", "rows", notation, text, ((verdict,),),
                                (Twin("gradient", "W1[{j},{i}]", (member,), _JI),)))
        for key, text, verdict, member in (
                # its update
                ("update", r"V \leftarrow V - \eta \frac{\partial L}{\partial V}", C, "W1[{j},{i}] - eta*grad"),
                ("update-plus", r"V \leftarrow V + \eta \frac{\partial L}{\partial V}", W, "W1[{j},{i}] + eta*grad")):
            cases.append(Public(f"{key}-{number}", "test", "rows", notation, text, ((verdict,),),
                                (Twin("update", "W1[{j},{i}]", (member,), _JI),)))
    notation = _ROWS.format(V=_MEANINGS[0])
    # a layer of one unit in rows: h r^T + q, the bias a number
    numbers = r" = [0.6900, 0.7006] \cdot [0.5, -0.3]^T + 0.2 = 0.3348"
    for key, text, expected, members in (
            ("one-unit", r"o = h \cdot r^T + q", (C,), ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),
            ("one-unit-minus", r"o = h \cdot r^T - q", (W,), ("a1[0]*W2[0,0] + a1[1]*W2[0,1] - b2[0]",)),
            ("one-unit-numbers", r"o = h \cdot r^T + q" + numbers, (C, C, C),
             ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]", "=np.array([0.6900, 0.7006]) @ np.array([0.5, -0.3]) + 0.2",
              "=0.3348")),
            ("one-unit-numbers-off", r"o = h \cdot r^T + q" + numbers.replace("0.3348", "0.3448"), (C, C, W),
             ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]", "=np.array([0.6900, 0.7006]) @ np.array([0.5, -0.3]) + 0.2",
              "=0.3448"))):
        cases.append(Public(key, "test", "rows", notation, text, (expected,),
                            (Twin("value", "z2[0]", members),)))
    # a column of numbers times a list: the list a row, their outer product (V's gradient, inputs down)
    column = r"\begin{bmatrix}1 \\ 0.5 \\ 2\end{bmatrix}"
    for key, text, verdict, member in (
            ("outer-numbers", rf"\frac{{\partial L}}{{\partial V}} = u^T \epsilon = {column} \cdot [-0.0108, 0.0064]",
             (C, C), "=np.outer([1, 0.5, 2], [-0.0108, 0.0064]).T"),
            ("outer-numbers-off", rf"\frac{{\partial L}}{{\partial V}} = u^T \epsilon = {column} \cdot [-0.0108, 0.0164]",
             (C, W), "=np.outer([1, 0.5, 2], [-0.0108, 0.0164]).T")):
        cases.append(Public(key, "test", "rows", notation, text, (verdict,),
                            (Twin("gradient", "W1[{j},{i}]", (f"{_EPS}*x[{{i}}]", member), _JI),)))
    # a left side the notation names as a row, R the output layer's 1 x 2 matrix
    for key, text, verdict, member in (
            ("row-left", r"g = (\hat{y} - y) \sigma'(o) R", C, f"{_D2}*W2[0,{{j}}]"),
            ("row-left-no-slope", r"g = (\hat{y} - y) R", W, "(a2[0] - y[0])*W2[0,{j}]")):
        cases.append(Public(key, "test", "rows", notation, text, ((verdict,),),
                            (Twin("value", f"{_D2}*W2[0,{{j}}]", (member,), _J2),)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def _refusal(text: str) -> str:
    return CHECKS.refused("rows", _ROWS.format(V=_MEANINGS[0]), text)


def test_an_outer_product_where_the_left_side_is_a_number_stays_refused():
    """h r^T alone, a matrix of columns where o is a number: never read as the inner product; nor a column written
    \\begin{bmatrix} times a list where the left side is a number (the column keeps its shape, the list made a row
    gives their outer product)."""
    assert "is a vector or matrix where the left side is a number" in _refusal(r"o = h \cdot r^T")
    message = _refusal(r"o = h \cdot r^T + q = \begin{bmatrix}0.69 \\ 0.70\end{bmatrix} [0.5, -0.3] + 0.2")
    assert "a vector or matrix and a number" in message


def test_a_matrix_where_the_left_side_is_its_transpose_is_refused_saying_how_the_notation_names_a_row():
    """(A vector in the other orientation reads entry by entry: test_reading_constructs_batch31_fixshapes.)"""
    message = _refusal(r"V = V^T")
    assert "is 2 x 3 where the left side is 3 x 2" in message and '"u" = "a1[:].T"' in message


def test_a_transposed_meaning_of_a_misspelt_matrix_is_refused_in_one_line():
    message = CHECKS.refused("rows", _ROWS.format(V="W7.T"), "s = u V + c")
    assert "W7" in message and "no layer 7" in message
