"""Batch 90's code (toynet.js, austinapatel's Java, 4pm-nomnom's C), written here as other authors would (other names,
other networks than the pages'): an element of code's array of functions called, ``outAct[1](out[IN])`` (toynet's
``netOutputActivator[1]``, the pair [f, f']), which the notation's functions now name with its index, ``"outAct[1]" =
"sigmoid' at input"``; and code's running total named ``sum``, ``sum += w[k] * inp[k]``, which the notation may now
name as a quantity (``"sum" = "z1[0]"``), the ``+=`` then the sum over k. What stays refused, each saying what to
write: an element of the array the notation does not name beside one it does; ``sum`` assigned where the notation does
not name it; a function the notation gives a value but no parameters, called with several arguments (C's
``err_out(target, prediction)``: swapped, the arguments would make another value), while the name alone is read; a
method of several arguments the notation does not name; an index after a cell the notation names without it
(toynet's ``output[NETGBIAS][h]``).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3_NO_BIAS, SIGMOID_2_2_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "logistic-3": LOGISTIC_3_NO_BIAS,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# code's arrays of activators, [f, f'], indexed: element 1 the derivative (where it is taken said), 0 the function
_ACTIVATORS = r'''
[notation]
functions = { "hiddenAct[1]" = "tanh' at output", "outAct[1]" = "sigmoid' at input", "outAct[0]" = "sigmoid" }
[notation.symbols]
"out[IN]" = "z2[0]"
"out[OUT]" = "a2[0]"
"out[GOUT]" = "grad(a2[0])"
"out[GIN]" = "delta2[0]"
"out[GBIAS]" = "grad(b2[0])"
"hid[IN]" = "z1[0]"
"hid[OUT]" = "a1[0]"
"hid[GOUT]" = "grad(a1[0])"
"hid[GIN]" = "delta1[0]"
'''

# a neuron's running total named sum
_SUM = r'''
[notation]
indices = "k"
[notation.symbols]
"w[k]" = "W1[0, k]"
"inp[k]" = "x[k]"
"sum" = "z1[0]"
'''
_SUM_UNNAMED = _SUM.replace('"sum" = "z1[0]"\n', "")

# C's functions named by their values, their parameters by spelling
_VALUES = r'''
[notation.symbols]
"err_out" = "grad(a2[0])"
"target" = "y[0]"
"prediction" = "a2[0]"
"hidden_out" = "a1[0]"
"grad_w" = "grad(W2[0, 0])"
"w" = "W2[0, 0]"
'''

_DA2 = "(a2[0] - y[0])"
_D2 = f"a2[0]*(1 - a2[0])*{_DA2}"
_Z = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"
_DE2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    return [
        Public("array-derivative-at-input", "test", "tanh-sigmoid", _ACTIVATORS,
               "out[GIN] = outAct[1](out[IN]) * out[GOUT];", ((C,),), (Twin("gradient_z", "z2[0]", (_D2,)),)),
        Public("array-derivative-at-input-given-output", "test", "tanh-sigmoid", _ACTIVATORS,
               "out[GIN] = outAct[1](out[OUT]) * out[GOUT];", ((W,),),
               (Twin("gradient_z", "z2[0]", (f"sigmoid(a2[0])*(1 - sigmoid(a2[0]))*{_DA2}",)),)),
        Public("array-derivative-at-output", "test", "tanh-sigmoid", _ACTIVATORS,
               "hid[GIN] = hiddenAct[1](hid[OUT]) * hid[GOUT];", ((C,),),
               (Twin("gradient_z", "z1[0]", (f"(1 - a1[0]**2)*{_DE2}*W2[0,0]",)),)),
        Public("array-derivative-at-output-given-input", "test", "tanh-sigmoid", _ACTIVATORS,
               "hid[GIN] = hiddenAct[1](hid[IN]) * hid[GOUT];", ((W,),),
               (Twin("gradient_z", "z1[0]", (f"(1 - z1[0]**2)*{_DE2}*W2[0,0]",)),)),
        Public("array-function", "test", "tanh-sigmoid", _ACTIVATORS,
               "out[OUT] = outAct[0](out[IN]);", ((C,),), (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),)),
        Public("running-sum", "test", "logistic-3", _SUM,
               "sum += w[k] * inp[k];", ((C,),), (Twin("value", "z1[0]", (_Z,)),)),
        Public("running-sum-one-input", "test", "logistic-3", _SUM,
               "sum += w[k] * inp[0];", ((W,),),
               (Twin("value", "z1[0]", ("(W1[0,0] + W1[0,1] + W1[0,2])*x[0]",)),)),
        Public("value-name-alone", "test", "sigmoid-2-2-2", _VALUES,
               "grad_w = err_out * prediction * (1 - prediction) * hidden_out", ((C,),),
               (Twin("gradient", "W2[0,0]", (f"{_DE2}*a1[0]",)),)),
        Public("value-name-alone-no-slope", "test", "sigmoid-2-2-2", _VALUES,
               "grad_w = err_out * hidden_out", ((W,),), (Twin("gradient", "W2[0,0]", (f"{_DA2}*a1[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_element_of_the_array_the_notation_does_not_name_is_refused():
    """``outAct[2](u)`` beside the notation's outAct[0] and outAct[1]: no element it names, said so."""
    message = CHECKS.refused("tanh-sigmoid", _ACTIVATORS, "out[GIN] = outAct[2](out[IN]) * out[GOUT];")
    assert "not this element" in message and "outAct[1]" in message


def test_sum_assigned_the_notation_does_not_name_is_refused_saying_how():
    """``sum += ...`` where the notation names no sum: code's variable, never the summation's operator."""
    message = CHECKS.refused("logistic-3", _SUM_UNNAMED, "sum += w[k] * inp[k];")
    assert "code's variable named sum" in message and '"sum" = ' in message


def test_a_value_called_with_arguments_is_refused_saying_how():
    """``err_out(target, prediction)``: the notation names err_out's value, not its parameters, so the call (the
    arguments swapped, too) is refused, saying to write the name alone."""
    for text in ("grad_w = err_out(target, prediction) * prediction * (1 - prediction) * hidden_out",
                 "grad_w = err_out(prediction, target) * prediction * (1 - prediction) * hidden_out"):
        message = CHECKS.refused("sigmoid-2-2-2", _VALUES, text)
        assert "but no parameters" in message and "write err_out alone" in message


def test_a_method_of_several_arguments_is_refused_saying_how():
    """``trainer.stepFor(err, x, 0, 1)``: an object's method the notation does not name, of four arguments."""
    message = CHECKS.refused("sigmoid-2-2-2", _VALUES, "w += trainer.stepFor(err_out, hidden_out, 0, 1)")
    assert "a method called on an object with 4 arguments" in message


def test_an_index_after_a_cell_named_without_it_is_refused_naming_the_cell():
    """``out[GBIAS][h]`` where the notation names out[GBIAS]: the stray index named, never dropped."""
    message = CHECKS.refused("tanh-sigmoid", _ACTIVATORS, "out[GBIAS][h] = out[GIN] * 1;")
    assert "names out[GBIAS] (grad(b2[0])) without the index h" in message


def test_a_running_total_whose_term_writes_no_index_letter_is_refused_saying_how():
    """``hid[GOUT] += out[GIN] * wgt`` (toynet's loop over the outputs hidden in the alias out): a term of a sum
    over no letter the notation names, never read as the whole sum nor as ``=``."""
    message = CHECKS.refused("tanh-sigmoid", _ACTIVATORS + '"wgt" = "W2[0, 0]"\n', "hid[GOUT] += out[GIN] * wgt;")
    assert "reassigns hid[GOUT] in place" in message and "write the whole sum" in message
