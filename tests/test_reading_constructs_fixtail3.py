"""Batches 66 to 72 of the public formulas showed general constructs refused, each written here as another author
would (other names, other networks than the pages'): the square of a vector, ``1 - h^2``, that NumPy-style notes write
for the square of each entry and a reader may take for the squared norm, h^T h, judged both ways and read where the
squared norm cannot stand (a vector beside it, the left side's shape) or both agree; a sum over all values of its
letter, ``\\sum_{\\forall k}``, ``\\sum_{\\forall_k}``, read as ``\\sum_k`` (over units or samples alike); and an update
rule written with the bare base of a family the notation lists one by one, ``\\theta := \\theta - \\alpha \\partial
J/\\partial\\theta`` beside ``\\theta_{0}``, ``\\theta_{1}``, judged for every member. A derivative by another name than
the left side's keeps the bare name refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2, "logistic-2": LOGISTIC_2}
CHECKS = CaseChecks(NETWORKS)

# a matrix derivation's names: x the input, s and h the hidden sums and outputs, V the output weights, p the
# outputs, t the targets, e and d dE/d(sum) of the outputs and the hidden units, E the loss
VECTOR_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "x[:]"
"s" = "z1[:]"
"h" = "a1[:]"
"V" = "W2[:, :]"
"p" = "a2[:]"
"t" = "y[:]"
"e" = "grad(z2[:])"
"d" = "grad(z1[:])"
'''
# the outputs and targets one by one, p_k and t_k
UNIT_NOTATION = r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"p_{k}" = "a2[k]"
"t_{k}" = "y[k]"
'''
# logistic regression's names by sample m: u_m and v_m the inputs, q_m the output, r_m the target, c the bias, M the
# count of samples (one here), J the loss
SAMPLE_NOTATION = r'''
[notation]
indices = "m"
loss = ["J"]
[notation.symbols]
"u_{m}" = "x[0]"
"v_{m}" = "x[1]"
"q_{m}" = "a1[0]"
"r_{m}" = "y[0]"
"c" = "b1[0]"
"M" = "1"
'''
# logistic regression's parameters one by one, \theta_{0} the bias, J the loss, \alpha the step
LISTED_NOTATION = r'''
[notation]
loss = ["J"]
learning_rate = ["\\alpha"]
[notation.symbols]
"\\theta_{0}" = "b1[0]"
"\\theta_{1}" = "W1[0, 0]"
"\\theta_{2}" = "W1[0, 1]"
'''
_THETAS = ({"p": "b1[0]"}, {"p": "W1[0,0]"}, {"p": "W1[0,1]"})
_J2 = ({"j": 0}, {"j": 1})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2)) + ")"
_HIDDEN = _BACK + "*(1 - tanh(z1[{j}])**2)"
_HALF_LOSS = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the entrywise product with the squares: a number cannot stand beside \odot, so the squares of entries
            ("odot-tanh-square", r"d = (V^T e) \odot (1 - \tanh(s)^2)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN,), _J2),)),
            ("odot-tanh-square-first", r"d = (1 - \tanh(s)^2) \odot V^T e", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN,), _J2),)),
            ("odot-square-plus-wrong", r"d = (V^T e) \odot (1 + \tanh(s)^2)", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 + tanh(z1[{j}])**2)",), _J2),)),
            # the parentheses left out: h^2 subtracted from a vector, where a squared norm cannot be subtracted
            ("subtracted-from-vector-wrong", r"d = (V^T e) \odot 1 - \tanh(s)^2", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + " - tanh(z1[{j}])**2",), _J2),)),
            # a vector on the left side: the member is no number, so the squares of entries
            ("left-side-vector-wrong", r"d = 1 - \tanh(s)^2", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("1 - tanh(z1[{j}])**2",), _J2),)),
            # the loss on the left side, a number: the squares of entries would make a vector, so the squared norm
            ("loss-squared-norm", r"E = \frac{1}{2} (p - t)^2", ((C,),),
             (Twin("value", _HALF_LOSS, (_HALF_LOSS,)),)),
            ("loss-squared-norm-wrong", r"E = (p - t)^2", ((W,),),
             (Twin("value", _HALF_LOSS, ("2*" + _HALF_LOSS,)),)),
            # code's ** on an array is NumPy's, entry by entry, the one reading
            ("code-power", "d = (V.T @ e) * (1 - h**2)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN,), _J2),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-2", VECTOR_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a sum over all values of its letter, \forall k, \forall_k, \forall_{k}: \sum_k, here over the outputs
            ("forall-units", r"E = \frac{1}{2} \sum_{\forall k} (p_k - t_k)^2", ((C,),),
             (Twin("value", _HALF_LOSS, (_HALF_LOSS,)),)),
            ("forall-subscript-units", r"E = \frac{1}{2} \sum_{\forall_k} (t_k - p_k)^2", ((C,),),
             (Twin("value", _HALF_LOSS, (_HALF_LOSS,)),)),
            ("forall-braced-units-wrong", r"E = \sum_{\forall_{k}} (p_k - t_k)^2", ((W,),),
             (Twin("value", _HALF_LOSS, ("2*" + _HALF_LOSS,)),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-2", UNIT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # and over the samples, m the notation's sample letter
            ("forall-samples", r"\frac{\partial J}{\partial c} = \frac{1}{M} \sum_{\forall_m} (q_m - r_m)", ((C,),),
             (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
            ("forall-samples-wrong", r"\frac{\partial J}{\partial c} = \frac{1}{M} \sum_{\forall m} (q_m - r_m) u_m",
             ((W,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*x[0]",)),))):
        cases.append(Public(key, "test", "logistic-2", SAMPLE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the bare base of a family listed one by one, in a rule's shape: the rule for every member
            ("bare-rule", r"\theta := \theta - \alpha \frac{\partial J}{\partial \theta}", ((C,),),
             (Twin("update", "{p}", ("{p} - eta*grad",), _THETAS),)),
            ("bare-rule-plain", "theta = theta - alpha * dJ/dtheta", ((C,),),
             (Twin("update", "{p}", ("{p} - eta*grad",), _THETAS),)),
            ("bare-rule-uphill-wrong", r"\theta := \theta + \alpha \frac{\partial J}{\partial \theta}", ((W,),),
             (Twin("update", "{p}", ("{p} + eta*grad",), _THETAS),)),
            ("bare-rule-half-step-wrong", r"\theta := \theta - \frac{\alpha}{2} \frac{\partial J}{\partial \theta}",
             ((W,),), (Twin("update", "{p}", ("{p} - eta*grad/2",), _THETAS),))):
        cases.append(Public(key, "test", "logistic-2", LISTED_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_vector_square_beside_a_vector_by_scalar_multiplication_stays_refused():
    """``(V^T e)(1 - \\tanh(s)^2)``: a number times a vector is a product too, and the two readings differ."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", VECTOR_NOTATION, r"d = (V^T e) (1 - \tanh(s)^2)")
    assert "the square of each entry or the inner product" in message


def test_a_matrix_square_stays_refused():
    """``(V^T)^2`` of a matrix: the matrix product V V or the squares of its entries; nothing says which."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", VECTOR_NOTATION, r"d = (V^T)^2 e")
    assert "raises a vector or matrix to a power" in message


def test_a_bare_rule_by_another_member_stays_refused():
    """``\\theta := \\theta - \\alpha \\partial J/\\partial\\theta_{1}``: no rule's shape (the derivative by one member), so
    the bare name names nothing."""
    message = CHECKS.refused("logistic-2", LISTED_NOTATION, r"\theta := \theta - \alpha \frac{\partial J}{\partial \theta_{1}}")
    assert "matches none of the notation's patterns" in message


def test_a_bare_rule_reports_the_member_it_fails_at():
    """The first failing member is named as the page writes it, \\theta = \\theta_{0}."""
    text = r"\theta := \theta + \alpha \frac{\partial J}{\partial \theta}"
    notation = notation_from_table(tomllib.loads(LISTED_NOTATION)["notation"], "<test>")
    result = check_homework(parse_problem(LOGISTIC_2, "logistic-2"), text, notation=notation)
    assert result.claims[0].steps[0].where == "\\theta = \\theta_{0}"
