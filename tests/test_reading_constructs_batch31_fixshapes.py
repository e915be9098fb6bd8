"""Vector and matrix forms as homework writes them, each written as another author would (other names, other
networks than batches 16, 20, 23, 24 and 27's pages): a vector in the other orientation (a row for the left side's
column), read entry by entry, a matrix's transpose judged as written; two columns multiplied where the left side is a
matrix, their outer product u v^T with the transpose not written, in the written order; and a number where the left
side is a vector, read as every entry's value. Each case is judged right where the formula is right and wrong where
one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3, TANH_2_3_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # two identity layers of three units on two inputs, the half squared error: V (3 x 3) square, so V against V^T
    # changes entries
    "linear-three": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "identity"\n[[layer]]\nunits = 3\n'
                    'activation = "identity"\n[loss]\nname = "half_squared_error"\n',
    # a tanh layer of three units on two inputs, then two sigmoid outputs, the half squared error: V is 2 x 3
    "tanh-sigmoid": TANH_2_3_SIGMOID_2,
    # three softmax outputs on two inputs, the cross-entropy
    # tanh-sigmoid with a sample's numbers
    "tanh-sigmoid-data": TANH_2_3_SIGMOID_2 + '[data]\nx = [[0.5, -1.0]]\ny = [[0.2, 0.9]]\n',
    "softmax-three": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)

_LINEAR = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a2[:]"
"v" = "y[:]"
"h" = "a1[:]"
"u" = "z1[:]"
"g" = "x[:]"
"V" = "W2[:, :]"
"U" = "W1[:, :]"
"e" = "grad(z2[:])"
"d" = "grad(z1[:])"
"z" = "z2[:]"
"c" = "b2[:]"
'''
_TANH = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a2[:]"
"v" = "y[:]"
"h" = "a1[:]"
"g" = "x[:]"
"s" = "z2[:]"
"V" = "W2[:, :]"
"U" = "W1[:, :]"
"e" = "grad(z2[:])"
"r" = "grad(z1[:])"
"o_{k}" = "a2[k-1]"
"v_{k}" = "y[k-1]"
'''
_SOFTMAX = r'''
[notation]
loss = ["E"]
[notation.symbols]
"p" = "a1[:]"
"t" = "y[:]"
"s" = "z1[:]"
"S" = "a1[0] + a1[1] + a1[2]"
"p_{k}" = "a1[k-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_KK = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
# dE/du_j of linear-three: (V^T (o - v))_j
_BACK = "(a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}] + (a2[2] - y[2])*W2[2,{j}]"
# the same with V^T for V: (V (o - v))_j
_BACK_T = "(a2[0] - y[0])*W2[{j},0] + (a2[1] - y[1])*W2[{j},1] + (a2[2] - y[2])*W2[{j},2]"
# z2_j of linear-three, and with V^T for V
_FORWARD = "W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]"
_FORWARD_T = "W2[0,{j}]*a1[0] + W2[1,{j}]*a1[1] + W2[2,{j}]*a1[2] + b2[{j}]"
# dE/ds_k of tanh-sigmoid's outputs, and dE/dz1_j
_DELTA2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D2 = ["(a2[%d] - y[%d])*a2[%d]*(1 - a2[%d])" % (k, k, k, k) for k in range(2)]
_DELTA1 = f"({_D2[0]}*W2[0,{{j}}] + {_D2[1]}*W2[1,{{j}}])*(1 - a1[{{j}}]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, members in (
            # a row for the column d (dE/du, a name the notation gives it): (o - v)^T V is 1 x 3, its entries one to
            # one the column's
            ("row-for-column", r"d = (o - v)^T V", ((C,),), (_BACK,)),
            ("row-for-column-doubled", r"d = 2 (o - v)^T V", ((W,),), (f"2*({_BACK})",)),
            # V^T for V in the row: the entries differ (V square), wrong
            ("row-for-column-transposed", r"d = (o - v)^T V^T", ((W,),), (_BACK_T,)),
            # a chain, its first member a row, its second a column: each read on its own
            ("row-then-column", r"d = (o - v)^T V = V^T (o - v)", ((C, C),),
             (_BACK, _BACK)),
            ("row-then-wrong-column", r"d = (o - v)^T V = V (o - v)", ((C, W),),
             (_BACK, _BACK_T)),
            # a column for a column, V for V^T: as written, wrong
            ("column-untransposed", r"d = V (o - v)", ((W,),), (_BACK_T,))):
        cases.append(Public(f"{key}", "test", "linear-three", _LINEAR, text, expected,
                            (Twin("gradient_z", "z1[{j}]", members, _J3),)))
    for key, text, expected, members in (
            # a value, not a gradient: the pre-activation z = V h + c written as a row, h^T V^T + c^T
            ("value-row-for-column", r"z = h^T V^T + c^T", ((C,),), (_FORWARD,)),
            ("value-row-untransposed", r"z = h^T V + c^T", ((W,),), (_FORWARD_T,)),
            ("value-row-then-column", r"z = h^T V^T + c^T = V h + c", ((C, C),), (_FORWARD, _FORWARD)),
            ("value-row-then-wrong-column", r"z = h^T V^T + c^T = V^T h + c", ((C, W),), (_FORWARD, _FORWARD_T))):
        cases.append(Public(f"{key}", "test", "linear-three", _LINEAR, text, expected,
                            (Twin("value", "z2[{j}]", members, _J3),)))
    for key, text, verdict, member in (
            # the matrix dE/dV (3 x 3) as its transpose: judged as written, wrong where the entries differ
            ("matrix-transposed", r"\frac{\partial E}{\partial V} = h (o - v)^T", W, "a1[{k}]*(a2[{j}] - y[{j}])"),
            # two columns of three with \cdot where the left side is 3 x 3: e h^T in the written order
            ("square-outer", r"\frac{\partial E}{\partial V} = e \cdot h", C, "(a2[{k}] - y[{k}])*a1[{j}]"),
            ("square-outer-swapped", r"\frac{\partial E}{\partial V} = h \cdot e", W, "a1[{k}]*(a2[{j}] - y[{j}])")):
        cases.append(Public(f"{key}", "test", "linear-three", _LINEAR, text, ((verdict,),),
                            (Twin("gradient", "W2[{k},{j}]", (member,), _KK),)))
    for key, text, verdict, member in (
            # dE/dV (2 x 3): the outputs' error times the slope (entrywise), then the hidden column, no transpose
            ("outer", r"\frac{\partial E}{\partial V} = (o - v) \times o (1 - o) \times h", C,
             "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"),
            ("outer-no-slope", r"\frac{\partial E}{\partial V} = (o - v) \times h", W, "(a2[{k}] - y[{k}])*a1[{j}]"),
            ("outer-named", r"\frac{\partial E}{\partial V} = e \cdot h", C, f"{_DELTA2}*a1[{{j}}]"),
            ("outer-written", r"\frac{\partial E}{\partial V} = e h^T", C, f"{_DELTA2}*a1[{{j}}]")):
        cases.append(Public(f"{key}", "test", "tanh-sigmoid", _TANH, text, ((verdict,),),
                            (Twin("gradient", "W2[{k},{j}]", (member,), _KJ),)))
    for key, text, verdict, member in (
            # the first layer's dE/dU (3 x 2): r (3) then the inputs g (2)
            ("outer-first-layer", r"\frac{\partial E}{\partial U} = r \cdot g", C, _DELTA1.replace("{j}", "{j}")
             + "*x[{i}]"),
            ("outer-first-layer-no-slope", r"\frac{\partial E}{\partial U} = (V^T e) \cdot g", W,
             f"({_D2[0]}*W2[0,{{j}}] + {_D2[1]}*W2[1,{{j}}])*x[{{i}}]")):
        cases.append(Public(f"{key}", "test", "tanh-sigmoid", _TANH, text, ((verdict,),),
                            (Twin("gradient", "W1[{j},{i}]", (member,), _JI),)))
    for key, text, verdict, member in (
            # a number where the left side is a vector: every entry's value. The sum of the outputs' errors is not
            # each output's delta
            ("number-sum", r"\frac{\partial E}{\partial s} = \sum_{k=1}^{2} (o_k - v_k) o_k (1 - o_k)", W,
             " + ".join(_D2)),):
        cases.append(Public(f"{key}", "test", "tanh-sigmoid", _TANH, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{k}]", (member,), _K2),)))
    for key, text, verdict, member in (
            # the softmax's outputs add to 1 whatever s: every entry of dS/ds is 0, and of dS/dp is 1
            ("number-zero", r"\frac{\partial S}{\partial s} = 0", C, "0"),
            ("number-zero-one", r"\frac{\partial S}{\partial s} = 1", W, "1")):
        cases.append(Public(f"{key}", "test", "softmax-three", _SOFTMAX, text, ((verdict,),),
                            (Twin("value", "0", (member,), _K3),)))
    for key, text, verdict, member in (
            ("number-one", r"\frac{\partial S}{\partial p} = 1", C, "1"),
            # the softmax's outputs add to 1: their sum is every entry's value; two of them are not
            ("number-sum-of-entries", r"\frac{\partial S}{\partial p} = \sum_{k=1}^{3} p_k", C,
             "a1[0] + a1[1] + a1[2]"),
            ("number-sum-of-two", r"\frac{\partial S}{\partial p} = \sum_{k=1}^{2} p_k", W, "a1[0] + a1[1]")):
        cases.append(Public(f"{key}", "test", "softmax-three", _SOFTMAX, text, ((verdict,),),
                            (Twin("value", "1", (member,), _K3),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def _details(network: str, notation: str, text: str) -> list[str]:
    """The detail of each member's step: what its reading chose."""
    table = notation_from_table(tomllib.loads(notation)["notation"], "<test>")
    result = check_homework(CHECKS.problem(Public("details", "test", network, notation, text)), text, notation=table)
    return [step.detail for claim in result.claims for step in claim.steps]


def test_each_reading_is_said_in_its_step():
    assert "read entry by entry: a row of 3 entries where the left side is a column" in _details(
        "linear-three", _LINEAR, r"z = h^T V^T + c^T")[0]
    assert "outer product u v^T" in _details("tanh-sigmoid", _TANH, r"\frac{\partial E}{\partial V} = e \cdot h")[0]
    assert "a number read as the value of every entry" in _details(
        "softmax-three", _SOFTMAX, r"\frac{\partial S}{\partial s} = 0")[0]


def test_two_columns_whose_sizes_are_not_the_left_sides_in_order_are_refused_naming_the_outer_product():
    """dE/dV is 2 x 3: h (3) then e (2) is the outer product's transpose, e and o (2, 2) no outer product of its
    shape; neither is read, and the message says u v^T."""
    for text in (r"\frac{\partial E}{\partial V} = h \cdot e", r"\frac{\partial E}{\partial V} = e \cdot o"):
        message = _refusal("tanh-sigmoid", _TANH, text)
        assert "u v^T" in message or "where the left side is 2 x 3" in message


def test_three_columns_of_one_size_where_the_left_side_is_square_are_refused():
    """(o - v) h e of three columns of three, dE/dV 3 x 3: which two make the outer product is not said."""
    message = _refusal("linear-three", _LINEAR, r"\frac{\partial E}{\partial V} = (o - v) \cdot h \cdot e")
    assert "3 x 3" in message or "three vectors" in message


def test_a_number_of_numbers_for_a_vector_stays_refused():
    """Numbers are judged at the file's point only, where a vector's entries may be equal by chance."""
    message = _refusal("tanh-sigmoid-data", _TANH,
                       r"\frac{\partial E}{\partial s} = 0.5")
    assert "write a value for each entry" in message


def test_a_number_that_may_be_one_entry_with_its_index_left_out_stays_refused():
    """A bare \\sum over a vector (which axis it adds is the writer's) for the vector dS/dp: refused, saying to write
    a value for each entry or one entry's claim. (p_1, which equals none of dS/dp's entries, all 1, is wrong under
    every reading since batch 36's fixvectors: test_reading_constructs_batch36_fixvectors.py holds such numbers.)"""
    message = _refusal("softmax-three", _SOFTMAX, r"\frac{\partial S}{\partial p} = \sum p")
    assert "write a value for each entry" in message
