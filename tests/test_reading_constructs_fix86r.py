"""Batch 86's R script (entries rm-*) showed R's ways of writing a network refused, written here as other authors
would (other names, another network than the page's): R's column with every row, ``r[,1]`` (NumPy's ``r[:, 0]``),
of what the notation names a column vector, that vector itself; R's dotted names with a layer's subscript,
``dcost.dh_2`` where the notation names ``"dcost.dh_{2}"``; code's name of a subscript and the update's word,
``V_2_updated``, ``V_2_new``, the new value; code's partial derivatives ``del_h_2/del_s_2`` (del, AsciiMath's
partial sign, glued to each quantity of the quotient); a comment led in by a phrase that restates or offers the
claim, ``# simply put ...``, ``# alternatively, ...``; a code name the notation gives with a layer and two indices,
``dcost_dV_2_12`` for ``"dcost_dV_{2,jk}"``. R's transpose of the loss, ``t(cost)``, is refused saying the page
means a vector by that name. What stays refused: another column than the first (which
axis holds the samples is then the page's), NumPy's ``[:, 1]`` (Julia's first column), a del_w alone (a name the
notation does not give).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# an R script's names: h_1, h_2 the layers' outputs, s_2 the output's sums, V_2 the output's weights, r the targets;
# dcost.dh_2 and dcost.dV_2 the cost's gradients by h_2 and V_2
_R = r'''
[notation]
loss = ["cost"]
learning_rate = ["alpha"]
[notation.symbols]
"h_{1}" = "a1[:]"
"h_{2}" = "a2[:]"
"s_{2}" = "z2[:]"
"V_{2}" = "W2[:, :]"
"r" = "y[:]"
"dcost.dh_{2}" = "grad(a2[:])"
"dcost.dV_{2}" = "grad(W2[:, :])"
'''
# a weight's entry named as code names it, its layer and its two indices after underscores
_ENTRIES = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"h_{1}" = "a1[:]"
"h_{2}" = "a2[:]"
"r_{k}" = "y[k-1]"
"dcost_dV_{2,jk}" = "grad(W2[j-1, k-1])"
'''
_K2 = tuple({"k": k} for k in range(2))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_DELTA = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _cases() -> list[Public]:
    return [
        Public("r-column-of-targets", "test", "sigmoid-2-2-2", _R, "cost <- (1/2)*(h_2 - r[,1])^2", ((C,),),
               (Twin("value", "0.5*(a2[{k}] - y[{k}])**2", ("0.5*(a2[{k}] - y[{k}])**2",), _K2),)),
        Public("r-column-of-targets-wrong", "test", "sigmoid-2-2-2", _R, "cost <- (h_2 - r[,1])^2", ((W,),),
               (Twin("value", "0.5*(a2[{k}] - y[{k}])**2", ("(a2[{k}] - y[{k}])**2",), _K2),)),
        Public("numpy-column-of-targets", "test", "sigmoid-2-2-2", _R, "dcost.dh_2 = h_2 - r[:, 0]", ((C,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("dotted-name-with-layer", "test", "sigmoid-2-2-2", _R, "dcost.dh_2 <- (h_2 - r[,1])", ((C,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("dotted-name-with-layer-wrong", "test", "sigmoid-2-2-2", _R, "dcost.dh_2 <- (r[,1] - h_2)", ((W,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        Public("dotted-gradient-with-layer", "test", "sigmoid-2-2-2", _R,
               "dcost.dV_2 <- ((h_2 - r[,1])*(h_2*(1-h_2))) %*% t(h_1)", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DELTA}*a1[{{j}}]",), _KJ2),)),
        Public("underscored-updated", "test", "sigmoid-2-2-2", _R, "V_2_updated = V_2 - alpha*dcost.dV_2", ((C,),),
               (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ2),)),
        Public("underscored-new-wrong", "test", "sigmoid-2-2-2", _R, "V_2_new <- V_2 + alpha*dcost.dV_2", ((W,),),
               (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta*grad",), _KJ2),)),
        Public("del-quotient", "test", "sigmoid-2-2-2", _R, "del_h_2/del_s_2 = h_2*(1 - h_2)", ((C,),),
               (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("del-quotient-of-the-cost-wrong", "test", "sigmoid-2-2-2", _R, "del_cost/del_h_2 = 2*(h_2 - r)",
               ((W,),), (Twin("value", "a2[{k}] - y[{k}]", ("2*(a2[{k}] - y[{k}])",), _K2),)),
        Public("simply-put-lead-in", "test", "sigmoid-2-2-2", _R, "# simply put del_h_2/del_s_2 = h_2(1-h_2)",
               ((C,),), (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("simply-put-lead-in-wrong", "test", "sigmoid-2-2-2", _R, "# simply put del_h_2/del_s_2 = h_2(1+h_2)",
               ((W,),), (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 + a2[{k}])",), _K2),)),
        Public("alternatively-lead-in", "test", "sigmoid-2-2-2", _R,
               "# alternatively, dcost.dV_2 = ((h_2 - r)*h_2*(1-h_2)) %*% t(h_1)", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DELTA}*a1[{{j}}]",), _KJ2),)),
        Public("alternatively-lead-in-wrong", "test", "sigmoid-2-2-2", _R,
               "# alternatively, dcost.dV_2 = ((h_2 - r)*h_2) %*% t(h_1)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a2[{k}]*a1[{j}]",), _KJ2),)),
        Public("underscored-entry-indices", "test", "sigmoid-2-2-2", _ENTRIES,
               "dcost_dV_2_12 = (h_2[0] - r_1)*h_2[0]*(1-h_2[0])*h_1[1]", ((C,),),
               (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]",)),)),
        Public("underscored-entry-indices-wrong", "test", "sigmoid-2-2-2", _ENTRIES,
               "dcost_dV_2_12 = (h_2[0] - r_1)*h_2[0]*(1-h_2[0])*h_1[0]", ((W,),),
               (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_another_column_than_the_first_is_refused():
    """``r[,2]``: R's second column, which only a matrix of samples' columns has; nothing says r is one."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _R, "cost <- (1/2)*(h_2 - r[,2])^2")
    assert "a column with every row" in refusal


def test_numpys_second_column_is_refused():
    """``r[:, 1]``: NumPy's second column, or Julia's first; read neither way."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _R, "dcost.dh_2 = h_2 - r[:, 1]")
    assert "NumPy counts columns from 0" in refusal


def test_a_column_of_a_matrix_is_refused():
    """``V_2[,1]``: the column of what the notation names a matrix is no vector of its own here."""
    CHECKS.refused("sigmoid-2-2-2", _R, "dcost.dh_2 <- V_2[,1]")


def test_a_del_name_alone_is_refused():
    """``del_h_2`` with no quotient: a name the notation does not give, not a partial sign."""
    CHECKS.refused("sigmoid-2-2-2", _R, "dcost.dh_2 = del_h_2")


def test_entry_indices_the_notation_does_not_pattern_are_refused():
    """``dcost_dV_2_1``: one index where the notation's pattern has two, named as no pattern names it."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _ENTRIES, "dcost_dV_2_1 = h_1[0]")
    assert "matches none of the notation's patterns" in refusal


def test_the_transpose_of_the_loss_is_refused_saying_the_page_means_a_vector():
    """R's ``t(cost)`` where cost is the notation's loss, a number: the page means a vector by that name (batch 86's
    rm-matrix, C = a_2 - y beside the cost), so the product's shape would be the notation's mistake, not the page's."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _R, "dcost.dV_2 <- t(h_1 %*% t(cost))")
    assert "the notation's loss, a number, which has no transpose" in refusal
