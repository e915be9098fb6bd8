"""Batch 153's course notes (r53-ms-chain) wrote the chain rule for one hidden weight as a chain of Jacobians,
``\\frac{\\partial E_n}{\\partial w_{ij}} = \\frac{\\partial E_n}{\\partial z_1^{(3)}} \\frac{\\partial z_1^{(3)}}{\\partial
a^{(2)}} \\frac{\\partial a^{(2)}}{\\partial z^{(2)}} \\frac{\\partial z^{(2)}}{\\partial w_{ij}}``: a number, a row, a
diagonal matrix and a column, whose product is the number on the left. Such a chain is read now as the matrix
product of its factors' whole Jacobians in the written order, in the one layout (numerator: d u/d v a row for each
entry of u; denominator: its transpose) in which every product fits and makes the left side's shape. Written here
as other authors would (other names, other networks): a chain through a layer of three units into two outputs,
its reverse read in the denominator layout, a bias's chain (a vector on the left), and the wrong chains a student
makes (a factor missing, the wrong layer's slope, two factors swapped that still fit).
What stays refused: a chain whose products fit both layouts with the left side's shape (it reads two ways), and
one that fits neither (read factor by factor, as before: the Jacobian by a vector that is not diagonal refused).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_TANH_2, TANH_2_2_SIGMOID_1_BCE, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"wide": SIGMOID_2_3_TANH_2, "square": TANH_2_2_SIGMOID_2, "one-out": TANH_2_2_SIGMOID_1_BCE,
            "layers": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# another author's names: s the hidden sums, h their outputs, q the output sums, o the outputs, v_{ji} and u_{kj}
# the weights (unit first, counted from 1), c the hidden biases, t the targets, C the loss
NOTATION = r'''
[notation]
indices = "ijk"
loss = ["C"]
[notation.symbols]
"x" = "x[:]"
"x_{i}" = "x[i-1]"
"s" = "z1[:]"
"h" = "a1[:]"
"q" = "z2[:]"
"o" = "a2[:]"
"v_{ji}" = "W1[j-1, i-1]"
"u_{kj}" = "W2[k-1, j-1]"
"c" = "b1[:]"
"t" = "y[:]"
'''

_D = r"\frac{\partial %s}{\partial %s}"
_CHAIN = "".join(_D % pair for pair in (("C", "o"), ("o", "q"), ("q", "h"), ("h", "s"), ("s", "v_{ji}")))
_REVERSED = "".join(_D % pair for pair in (("s", "v_{ji}"), ("h", "s"), ("q", "h"), ("o", "q"), ("C", "o")))
_LEFT = r"\frac{\partial C}{\partial v_{ji}} = "

# 2-3-2, sigmoid hidden units, tanh outputs, half the squared error: dC/dz2[k], then dC/dW1[j, i]
_WIDE_OUT = "(a2[{k}] - y[{k}])*(1 - a2[{k}]**2)"
_WIDE_HIDDEN = " + ".join(f"{_WIDE_OUT.format(k=k)}*W2[{k},{{j}}]" for k in range(2))
_WIDE = f"({_WIDE_HIDDEN})*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]"
_WIDE_NO_SLOPE = f"({_WIDE_HIDDEN})*x[{{i}}]"
_WIDE_GRID = index_grid(j=3, i=2)

# 2-2-2, tanh hidden units, sigmoid outputs, half the squared error: the right chain, and two wrong ones whose
# products still fit (the outputs' slope taken at the hidden unit's index: a swapped pair, or in the hidden slope's
# place)
_SQ_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_SQ = " + ".join(f"{_SQ_OUT.format(k=k)}*W2[{k},{{j}}]" for k in range(2)) + ")*(1 - a1[{j}]**2)*x[{i}]"
_SQ_SWAPPED = " + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2)) \
    + ")*a2[{j}]*(1 - a2[{j}])*(1 - a1[{j}]**2)*x[{i}]"
_SQ_WRONG_LAYER = " + ".join(f"{_SQ_OUT.format(k=k)}*W2[{k},{{j}}]" for k in range(2)) \
    + ")*a2[{j}]*(1 - a2[{j}])*x[{i}]"
_SQ_GRID = index_grid(j=2, i=2)

# 2-2-1, tanh hidden units, one sigmoid output, the cross-entropy (the notes' network): q the one output's sum
_ONE = "(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)*x[{i}]"


def _cases() -> list[Public]:
    cases = []
    for key, network, text, expected, twins in (
            # the numerator layout: a row (dC/do), two square and one 2 x 3 Jacobian, a column (ds/dv_{ji})
            ("chain", "wide", _LEFT + _CHAIN, ((C,),), (Twin("gradient", "W1[{j},{i}]", (_WIDE,), _WIDE_GRID),)),
            # written from the weight back to the loss: only the denominator layout fits, and it is the same number
            ("chain-reversed", "wide", _LEFT + _REVERSED, ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_WIDE,), _WIDE_GRID),)),
            # \cdot between the factors is the matrix product as juxtaposition is
            ("chain-cdot", "wide", _LEFT + r" \cdot ".join(_D % pair for pair in (
                ("C", "o"), ("o", "q"), ("q", "h"), ("h", "s"), ("s", "v_{ji}"))), ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_WIDE,), _WIDE_GRID),)),
            # a factor missing (the hidden slope dh/ds): its products still fit, and it is wrong
            ("chain-factor-missing", "wide", _LEFT + "".join(_D % pair for pair in (
                ("C", "o"), ("o", "q"), ("q", "h"), ("s", "v_{ji}"))), ((W,),),
             (Twin("gradient", "W1[{j},{i}]", (_WIDE_NO_SLOPE,), _WIDE_GRID),)),
            # a vector on the left: dC/dc a row in the numerator layout, as the chain's product is
            ("chain-bias", "wide", r"\frac{\partial C}{\partial c} = " + "".join(_D % pair for pair in (
                ("C", "o"), ("o", "q"), ("q", "h"), ("h", "s"), ("s", "c"))), ((C,),),
             (Twin("gradient", "b1[{j}]", (_WIDE.replace("*x[{i}]", ""),), index_grid(j=3)),)),
            ("chain-square", "square", _LEFT + _CHAIN, ((C,),),
             (Twin("gradient", "W1[{j},{i}]", ("(" + _SQ,), _SQ_GRID),)),
            # dq/dh before do/dq: every factor 2 x 2, so the products fit, and the outputs' slopes are at the
            # wrong units
            ("chain-swapped", "square", _LEFT + "".join(_D % pair for pair in (
                ("C", "o"), ("q", "h"), ("o", "q"), ("h", "s"), ("s", "v_{ji}"))), ((W,),),
             (Twin("gradient", "W1[{j},{i}]", ("(" + _SQ_SWAPPED,), _SQ_GRID),)),
            # the output layer's slope where the hidden layer's belongs
            ("chain-wrong-layer", "square", _LEFT + "".join(_D % pair for pair in (
                ("C", "o"), ("o", "q"), ("q", "h"), ("o", "q"), ("s", "v_{ji}"))), ((W,),),
             (Twin("gradient", "W1[{j},{i}]", ("(" + _SQ_WRONG_LAYER,), _SQ_GRID),)),
            # the notes' own shape: a number, a row, a diagonal matrix, a column
            ("chain-one-output", "one-out", _LEFT + "".join(_D % pair for pair in (
                ("C", "q"), ("q", "h"), ("h", "s"), ("s", "v_{ji}"))), ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_ONE,), _SQ_GRID),)),
            ("chain-one-output-no-slope", "one-out", _LEFT + "".join(_D % pair for pair in (
                ("C", "q"), ("q", "h"), ("s", "v_{ji}"))), ((W,),),
             (Twin("gradient", "W1[{j},{i}]", (_ONE.replace("*(1 - a1[{j}]**2)", ""),), _SQ_GRID),))):
        cases.append(Public(key, "test", network, NOTATION, text, expected, twins))
    # a name the notation gives a gradient (g = dC/dq) in the chain: a row in the numerator layout, a column in the
    # denominator layout, as a derivative of the loss by a vector is (batch 47's \delta_1 \frac{\partial z_2}{\partial h})
    named = NOTATION + '"g" = "grad(z2[:])"\n'
    for key, text, expected, member in (
            ("gradient-name-chain", r"\frac{\partial C}{\partial h} = g \frac{\partial q}{\partial h}", ((C,),),
             _WIDE_HIDDEN),
            ("gradient-name-chain-reversed", r"\frac{\partial C}{\partial h} = \frac{\partial q}{\partial h} g",
             ((C,),), _WIDE_HIDDEN),
            ("gradient-name-chain-extra-slope",
             r"\frac{\partial C}{\partial h} = g \frac{\partial q}{\partial h} \frac{\partial h}{\partial s}", ((W,),),
             f"({_WIDE_HIDDEN})*a1[{{j}}]*(1 - a1[{{j}}])")):
        cases.append(Public(key, "test", "wide", named, text, expected,
                            (Twin("value", _WIDE_HIDDEN, (member,), index_grid(j=3)),)))
    # batch 12's refused product, dL/dz2 \cdot dz2/da1 on a 2-2-2 network: a row times W2 in the numerator layout
    # (in the denominator layout a column before W2^T, which does not fit), and with dL/da2 for dL/dz2 (the
    # outputs' slope left out)
    layers = NOTATION_LAYERS
    hidden = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
    for key, text, expected, member in (
            ("layer-chain", r"\frac{\partial L}{\partial a^{1}} = \frac{\partial L}{\partial z^{2}} \cdot"
             r" \frac{\partial z^{2}}{\partial a^{1}}", ((C,),), hidden),
            ("layer-chain-no-slope", r"\frac{\partial L}{\partial a^{1}} = \frac{\partial L}{\partial a^{2}} \cdot"
             r" \frac{\partial z^{2}}{\partial a^{1}}", ((W,),),
             " + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2)))):
        cases.append(Public(key, "test", "layers", layers, text, expected,
                            (Twin("value", hidden, (member,), index_grid(j=2)),)))
    return cases


# batch 12's names for SIGMOID_2_2_2 (layers by superscript, units from 1)
NOTATION_LAYERS = r'''
[notation]
indices = "j"
[notation.symbols]
"z_{j}^{2}" = "z2[j-1]"
"a_{j}^{1}" = "a1[j-1]"
"a_{j}^{2}" = "a2[j-1]"
'''

CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_chain_that_fits_both_layouts_is_refused():
    """dC/ds ds/dv_{21} dC/ds: a row, a column, a row in the numerator layout (1 x 3), a column, a row, a column in
    the denominator layout (3 x 1), each dC/dc's shape in its layout: which one the page means is a guess."""
    refusal = CHECKS.refused("wide", NOTATION, r"\frac{\partial C}{\partial c} = " + "".join(
        _D % pair for pair in (("C", "s"), ("s", "v_{21}"), ("C", "s"))))
    assert "reads two ways" in refusal and "layout" in refusal


def test_a_chain_that_fits_no_layout_stays_refused():
    """dC/do dh/ds ...: a row of 2 before a 3 x 3 (numerator), a column before it (denominator): no layout fits, and
    the Jacobian dq/dh read alone (2 x 3, not diagonal) is refused as before."""
    CHECKS.refused("wide", NOTATION, _LEFT + "".join(_D % pair for pair in (
        ("C", "o"), ("h", "s"), ("q", "h"), ("s", "v_{ji}"))))


def test_a_chain_for_a_whole_matrix_stays_refused():
    """dC/dW chains a derivative by a matrix: how its entries are gathered is the page's layout, not written."""
    notation = NOTATION + '"V" = "W1[:, :]"\n'
    CHECKS.refused("wide", notation, r"\frac{\partial C}{\partial V} = " + "".join(_D % pair for pair in (
        ("C", "o"), ("o", "q"), ("q", "h"), ("h", "s"), ("s", "V"))))
