"""Batch 88 of the public formulas showed three misreadings, each a right formula called wrong, written here as
other authors would (other names, other networks than the pages'): R's ``$`` between a list and its field
(``net$W2``), read as a space and so as a product (``nn$W`` as n * n * W where the notation names n); thresholds the
notation names as a parameter's negative (``"theta2" = "-b2[:]"``), whose update ``theta2 = theta2 - lr * err`` was
read as a value claim; and a name reassigned in place (``h = h .* f'(z)``), whose right side's name is its value
before the statement.

R's field joined is one name, which the notation names as written (``"net$W2" = "W2[:, :]"``); one it does not name
is refused as an unknown symbol, never the product of the notation's letters. A threshold's update is the
parameter's, written for its multiple. A name reassigned in place is refused: the notation's one meaning of a name
is its value after the statement, and nothing gives the value before.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "tanh-2-1": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# an R script's list net: net$out the outputs, net$hid the hidden outputs, net$W2 the output weights (R's rows the
# outputs), net$target the targets; d_out and d_hid dE/dnet of the outputs and hidden units
R_NOTATION = r'''
[notation]
[notation.symbols]
"net$out" = "a2[:]"
"net$hid" = "a1[:]"
"net$W2" = "W2[:, :]"
"net$target" = "y[:]"
"d_out" = "grad(z2[:])"
"d_hid" = "grad(z1[:])"
'''
# the same script where the notation names the fields without their list, and n a count: net$W2 is no product
FIELDS_NOTATION = r'''
[notation]
[notation.symbols]
"W" = "W2[:, :]"
"d_out" = "grad(z2[:])"
"d_hid" = "grad(z1[:])"
"n" = "3"
"et" = "2"
'''
# thresholds, each the negative of a bias, and errors in Mitchell's sign (-dE/dnet); lr the rate
THRESHOLD_NOTATION = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"theta2" = "-b2[:]"
"theta1" = "-b1[:]"
"err2" = "-delta2[:]"
"err1" = "-delta1[:]"
"out" = "a2[:]"
"hid" = "a1[:]"
"goal" = "y[:]"
'''
# a Java neuron's names: its activation object's slope method, act.slope(sum) the derivative at the sum; out the output,
# net the sum, dOdN the local derivative
METHOD_NOTATION = r'''
[notation]
functions = { "act.slope" = "tanh' at input" }
[notation.symbols]
"out" = "a1[0]"
"net" = "z1[0]"
"dOdN" = "1 - a1[0]**2"
'''
# the same without the method named
UNNAMED_METHOD_NOTATION = r'''
[notation.symbols]
"out" = "a1[0]"
"net" = "z1[0]"
"dOdN" = "1 - a1[0]**2"
'''
# a C program's struct fields: net.output.value the outputs, net.hidden.value the hidden outputs, target the targets,
# delta the outputs' -dE/dnet; dsig the slope at the output
STRUCT_NOTATION = r'''
[notation]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"target" = "y[:]"
"net.output.value" = "a2[:]"
"net.hidden.value" = "a1[:]"
"delta" = "-delta2[:]"
'''
_K2 = ({"k": 0}, {"k": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_OUTS = ["(a2[%d] - y[%d])*a2[%d]*(1 - a2[%d])" % (k, k, k, k) for k in range(2)]
_HID = "(" + " + ".join(f"W2[{k},{{j}}]*{out}" for k, out in enumerate(_OUTS)) + ")*a1[{j}]*(1 - a1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # R's fields joined by $, each the name the notation gives
            ("r-field-out", "d_out <- (net$out - net$target) * net$out * (1 - net$out)", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_OUT,), _K2),)),
            ("r-field-out-wrong", "d_out <- (net$target - net$out) * net$out * (1 - net$out)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
            ("r-field-hidden", "d_hid <- (d_out %*% net$W2) * net$hid * (1 - net$hid)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HID,), _J3),)),
            ("r-field-hidden-wrong", "d_hid <- (d_out %*% net$W2) * (1 - net$hid)", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_HID.replace("*a1[{j}]*", "*"),), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", R_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a threshold's update, the bias's written for its negative: theta2 = theta2 - lr * err2 is
            # -b2' = -b2 - lr (-delta2), so b2' = b2 - lr delta2
            ("threshold-update", "theta2 = theta2 - lr * err2;", ((C,),),
             (Twin("update", "b2[{k}]", ("b2[{k}] - eta*grad",), _K2),)),
            ("threshold-update-uphill-wrong", "theta2 = theta2 + lr * err2;", ((W,),),
             (Twin("update", "b2[{k}]", ("b2[{k}] + eta*grad",), _K2),)),
            ("threshold-update-hidden", "theta1 := theta1 - lr * err1", ((C,),),
             (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J3),)),
            ("threshold-update-hidden-half-wrong", "theta1 := theta1 - lr/2 * err1", ((W,),),
             (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad/2",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", THRESHOLD_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # an object's method the notation names, called on its argument
            ("method-slope", "double dOdN = act.slope(net);", ((C,),),
             (Twin("value", "1 - a1[0]**2", ("1 - tanh(z1[0])**2",)),)),
            ("method-slope-at-output-wrong", "double dOdN = act.slope(out);", ((W,),),
             (Twin("value", "1 - a1[0]**2", ("1 - tanh(a1[0])**2",)),))):
        cases.append(Public(key, "test", "tanh-2-1", METHOD_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a struct's field indexed by the loop's letter in code's brackets, counted from 0 as target[i] is
            ("struct-field-index", "delta[i] = (target[i] - net.output.value[i]) * dsig(net.output.value[i]);",
             ((C,),), (Twin("value", "-" + _OUT.replace("{k}", "{i}"),
                            ("(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])",), ({"i": 0}, {"i": 1})),)),
            ("struct-field-index-hidden-slope-wrong",
             "delta[k] = (target[k] - net.output.value[k]) * dsig(net.hidden.value[k]);", ((W,),),
             (Twin("value", "-" + _OUT, ("(y[{k}] - a2[{k}])*a1[{k}]*(1 - a1[{k}])",), _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", STRUCT_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_r_field_the_notation_does_not_name_is_refused_never_a_product():
    """``net$W`` where the notation names W, n and et but not the field: never n * et * W."""
    message = CHECKS.refused("sigmoid-2-3-2", FIELDS_NOTATION, "d_hid <- (d_out %*% net$W) * (1 - d_out)")
    assert "unknown symbol net$W" in message


def test_a_name_reassigned_in_place_is_refused():
    """``err1 = err1 .* hid .* (1 - hid)``: the right side's err1 is the value before the statement (the error
    passed back), which the notation's err1 (the value after) does not give."""
    message = CHECKS.refused("sigmoid-2-3-2", THRESHOLD_NOTATION, "err1 = err1 .* hid .* (1 - hid);")
    assert "reassigns err1 in place" in message


def test_an_accumulation_into_a_value_is_refused():
    """``err2 += goal - out``: a loop's term added to a name the notation gives no gradient, its value before
    unknown."""
    message = CHECKS.refused("sigmoid-2-3-2", THRESHOLD_NOTATION, "err2 += (goal - out) .* out .* (1 - out)")
    assert "reassigns err2 in place" in message


def test_a_method_the_notation_does_not_name_is_refused_never_a_product():
    """``act.slope(net)`` unnamed: never act times slope(net) (nor a product of the notation's letters)."""
    message = CHECKS.refused("tanh-2-1", UNNAMED_METHOD_NOTATION, "dOdN = act.slope(net)")
    assert "a method called on an object" in message
