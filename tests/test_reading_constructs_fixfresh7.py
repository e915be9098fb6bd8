"""Batch 70 of the public formulas showed a number inside a vector's arithmetic held to the rule of a result, and
read constructs as something else; each written here as another author would (other names, other networks than
the pages'): a vector of numbers minus a one-hot vector under a symbolic member, each number an operand carried
through the subtraction (half a unit of its last digit with fewer than three significant digits), the same numbers
written as the result keeping one unit either way.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts and
tests/number_oracle.py): each case carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_public_formulas_held_out import oracle_verdicts  # a vector value's numbers against the whole value

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-two-two": SIGMOID_2_2_2,
    # a softmax classifier with its numbers: z = [-0.15, 0.95, 0.05], p = [0.19137, 0.57490, 0.23374], class 1 true
    "softmax-numbers": problem_text('inputs = 2\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                                    'weights = [[0.15, -0.45], [0.35, 0.25], [-0.25, 0.55]]',
                                    loss="cross_entropy", extra=data_tables("[2.0, 1.0]", "[0.0, 1.0, 0.0]")),
}
CHECKS = CaseChecks(NETWORKS)

_SOFTMAX_NOTATION = r'''
[notation]
loss = ["L"]
[notation.symbols]
"p" = "a1[:]"
"t" = "t[:]"
"g" = "grad(z1[:])"
'''
_K3 = tuple({"k": k} for k in range(3))
_ONE_HOT = r"\begin{bmatrix} 0 \\ 1 \\ 0 \end{bmatrix}"


def _column(*numbers: str) -> str:
    return r"\begin{bmatrix} " + r" \\ ".join(numbers) + r" \end{bmatrix}"


def _numbers_cases() -> list[Public]:
    """p_0 = 0.19137: 0.19 is 0.27 of a unit off, 0.20 0.86 and 0.18 1.14 (wrong as operands, right as results)."""
    cases = []
    for key, text, expected, numbers in (
            ("vector-operands-four-digits", "g = p - t = [0.1914, 0.5749, 0.2337] - [0, 1, 0]", ((C, C),),
             "=np.array([0.1914, 0.5749, 0.2337]) - np.array([0, 1, 0])"),
            ("vector-operands-two-digits", "g = p - t = [0.19, 0.575, 0.23] - [0, 1, 0]", ((C, C),),
             "=np.array([0.19, 0.575, 0.23]) - np.array([0, 1, 0])"),
            ("vector-operand-above-wrong", "g = p - t = [0.20, 0.575, 0.23] - [0, 1, 0]", ((C, W),),
             "=np.array([0.20, 0.575, 0.23]) - np.array([0, 1, 0])"),
            ("vector-operand-below-wrong", "g = p - t = [0.18, 0.575, 0.23] - [0, 1, 0]", ((C, W),),
             "=np.array([0.18, 0.575, 0.23]) - np.array([0, 1, 0])"),
            ("column-operand-wrong", f"g = p - t = {_column('0.20', '0.575', '0.23')} - {_ONE_HOT}", ((C, W),),
             "=np.array([0.20, 0.575, 0.23]) - np.array([0, 1, 0])"),
            ("column-operands-right", f"g = p - t = {_column('0.19', '0.575', '0.23')} - {_ONE_HOT}", ((C, C),),
             "=np.array([0.19, 0.575, 0.23]) - np.array([0, 1, 0])"),
            ("three-digits-one-unit", "g = p - t = [0.190, 0.575, 0.234] - [0, 1, 0]", ((C, C),),
             "=np.array([0.190, 0.575, 0.234]) - np.array([0, 1, 0])"),
            ("three-digits-two-units-wrong", "g = p - t = [0.189, 0.575, 0.234] - [0, 1, 0]", ((C, W),),
             "=np.array([0.189, 0.575, 0.234]) - np.array([0, 1, 0])")):
        twin = Twin("value", "(a1 - t)[{k}]", ("a1[{k}] - t[{k}]", numbers), _K3)
        cases.append(Public(key, "test", "softmax-numbers", _SOFTMAX_NOTATION, text, expected, (twin,)))
    # the same numbers written as the result: one unit either way of the true value rounded, as the spec says
    for key, text, expected, numbers in (
            ("vector-result-one-unit", "g = [0.20, -0.425, 0.23]", ((C,),), "=np.array([0.20, -0.425, 0.23])"),
            ("column-result-one-unit", f"g = {_column('0.18', '-0.425', '0.23')}", ((C,),),
             "=np.array([0.18, -0.425, 0.23])"),
            ("vector-result-two-units-wrong", "g = [0.17, -0.425, 0.23]", ((W,),), "=np.array([0.17, -0.425, 0.23])"),
            ("chain-operands-then-result", "g = p - t = [0.19, 0.575, 0.23] - [0, 1, 0] = [0.20, -0.425, 0.23]",
             ((C, C, C),), None)):
        members = (numbers,) if numbers else ("a1[{k}] - t[{k}]", "=np.array([0.19, 0.575, 0.23]) - np.array([0, 1, 0])",
                                             "=np.array([0.20, -0.425, 0.23])")
        twin = Twin("value", "(a1 - t)[{k}]", members, _K3)
        cases.append(Public(key, "test", "softmax-numbers", _SOFTMAX_NOTATION, text, expected, (twin,)))
    return cases




_D = "(a1[0] - y[0])*(1 - a1[0]**2)"
_DV1, _DV2, _DC = (Twin("gradient", "W1[0,0]", (f"{_D}*x[0]",)), Twin("gradient", "W1[0,1]", (f"{_D}*x[1]",)),
                   Twin("gradient", "b1[0]", (_D,)))


def _list_cases() -> list[Public]:
    """Markdown's list items, one claim each (two spaces before a line's end: Markdown's hard break)."""
    cases = []
    for key, text, expected, twins in (
            ("star-items", "* dE/dv_1 = (h - t) * (1 - h^2) * x_1  \n* dE/dv_2 = (h - t) * (1 - h^2) * x_2  \n"
             "* dE/dc = (h - t) * (1 - h^2)", ((C,), (C,), (C,)), (_DV1, _DV2, _DC)),
            ("star-items-one-wrong", "* dE/dv_1 = (h - t) * (1 - h^2) * x_2\n* dE/dv_2 = (h - t) * (1 - h^2) * x_2",
             ((W,), (C,)), (Twin("gradient", "W1[0,0]", (f"{_D}*x[1]",)), _DV2)),
            ("star-items-spaced", "  *   dE/dv_1 = (h - t)(1 - h^2) x_1\n\n  *   dE/dc = (h - t)(1 - h^2)",
             ((C,), (C,)), (_DV1, _DC)),
            ("plus-items", "+ dE/dv_2 = (h - t) (1 - h^2) x_2\n+ dE/dc = (h - t) (1 - h^2) x_2",
             ((C,), (W,)), (_DV2, Twin("gradient", "b1[0]", (f"{_D}*x[1]",)))),
            ("numbered-then-star", "1. dE/dv_1 = (h - t) * (1 - h^2) * x_1\n* dE/dc = (h - t) * (1 - h^2)",
             ((C,), (C,)), (_DV1, _DC)),
            # a star line under no item, or without a relation of its own: the product going on
            ("star-product-under-formula", "dE/dv_1 = (h - t)\n* (1 - h^2) * x_1", ((C,),), (_DV1,)),
            ("star-product-no-relation", "* dE/dv_1 = (h - t) * (1 - h^2)\n* x_1", ((C,),), (_DV1,)),
            ("star-product-no-relation-wrong", "* dE/dv_1 = (h - t) * (1 - h^2)\n* x_2", ((W,),),
             (Twin("gradient", "W1[0,0]", (f"{_D}*x[1]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_SUM_AND_OUTPUT = (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))


def _aligned(first: str, second: str, labels: tuple[str, str]) -> str:
    return (f"$$\\begin{{align}}\ns &= {first} {labels[0]} \\\\\nh &= {second} {labels[1]}\n\\end{{align}}$$")


def _column_label_cases() -> list[Public]:
    """An equation's number in an alignment column of its own: a label where it can be nothing else (in \\text, a
    section's number), judged both ways where it could be the row's arithmetic (agreeing here)."""
    right, wrong = "v_1 x_1 + v_2 x_2 + c", "v_1 x_1 + v_2 x_2 - c"
    cases = []
    for key, text, expected, twins in (
            ("column-text-label", _aligned(right, r"\tanh(s)", (r"&\text{(3)}", r"& \text{(4)}")), ((C,), (C,)),
             _SUM_AND_OUTPUT),
            ("column-text-label-wrong", _aligned(right, r"\sigma(s)", (r"&\text{(3)}", r"&\text{(4)}")),
             ((C,), (W,)), (_SUM_AND_OUTPUT[0], Twin("value", "a1[0]", ("sigmoid(z1[0])",)))),
            ("column-section-number", _aligned(right, r"\tanh(s)", ("& (2.1.3)", "& (2.1.4)")), ((C,), (C,)),
             _SUM_AND_OUTPUT),
            # wrong as a label and as arithmetic: the verdict both readings give
            ("column-dash-number-wrong-both-ways", _aligned(wrong, r"\sigma(s)", ("&- (3)", "&- (4)")), ((W,), (W,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] - b1[0]",)),
              Twin("value", "a1[0]", ("sigmoid(z1[0])",))))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


# SIGMOID_2_2_2's output weights v_1, v_2 and E_1, E_2 named by the notation as each output's term of the loss
_HALVES_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"v_{1}" = "W2[0, 0]"
"g_{1}" = "a1[0]"
"y_{1}" = "a2[0]"
"t_{1}" = "y[0]"
"E_{1}" = "(y[0] - a2[0])**2/2"
"E_{2}" = "(y[1] - a2[1])**2/2"
'''
_DV = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"


def _loss_term_cases() -> list[Public]:
    """E_1 and E_2 the notation names as the outputs' terms of E: read by that meaning, never as two samples' losses."""
    d_e1, d_e2 = r"\frac{\partial E_1}{\partial v_1}", r"\frac{\partial E_2}{\partial v_1}"
    cases = []
    for key, text, expected, members in (
            ("loss-terms-chain", rf"\frac{{\partial E}}{{\partial v_1}} = {d_e1} + {d_e2} = {d_e1} + 0 = (y_1 - t_1) y_1"
             r" (1 - y_1) g_1", ((C, C, C),), (_DV, f"{_DV} + 0", _DV)),
            ("loss-terms-wrong-term", rf"\frac{{\partial E}}{{\partial v_1}} = {d_e2}", ((W,),), ("0",)),
            ("loss-term-alone", rf"{d_e2} = 0", ((C,),), ("0",))):
        twin = Twin("gradient", "W2[0,0]", members) if key != "loss-term-alone" else Twin("value", "0", members)
        cases.append(Public(key, "test", "sigmoid-two-two", _HALVES_NOTATION, text, expected, (twin,)))
    return cases


CASES = _numbers_cases() + _list_cases() + _column_label_cases() + _loss_term_cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def test_a_star_line_under_an_item_ending_with_an_operator_goes_on_with_its_formula():
    """The line above ends with an operator: the formula goes on, and a second operator is refused, not taken for a
    new item (which of the two the author meant is not written)."""
    text = "* dE/dc = (h - t) *\n* (1 - h^2) = (h - t)(1 - h^2)"
    assert "unexpected at '*'" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, text)


def test_an_equation_number_in_a_column_that_could_be_arithmetic_is_refused_where_the_readings_differ():
    """``&- (3)`` after a right row: right without the column, wrong as the row minus 3; ``& (3)``, wrong as a
    factor. Refused in one line, saying to write \\tag{3}."""
    for labels in (("&- \t(3)", "&- \t(4)"), ("& (3)", "& (4)"), ("&\u2013 (3)", "&\u2013 (4)")):
        message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, _aligned("v_1 x_1 + v_2 x_2 + c", r"\tanh(s)", labels))
        assert "alignment column of its own or as arithmetic" in message and "\\tag{3}" in message
