"""Batch 96's code pages (LhTaira's backPropagation.c, the CNSASS2 notebook, JeffDeCola's mlp.go) showed C's pointers,
Python's list comprehensions over a range and a loop's running total under another name than sum refused, written
here as other authors would (other names, another network than the pages'): C's dereference ``*out`` of a name the
notation gives is that name, ``*(hid + k)`` entry k of what hid points into (``*(zp + idx)`` at idx = 0 the name
itself), ``net->w[k]`` the dotted name ``net.w[k]`` (a pattern may write it ``"node->w[k]"``); ``[... for i in
range(n)]`` the rule for entry i, ``sum(... for k in range(m))`` the sum over k, ``[... for o, t in zip(out,
target)]`` the rule over the arrays' entries at a shared index; ``acc += ...`` on a name the notation gives a value
of each sample built with the weights, the sum over the term's loop letter. What stays refused, each in one line
naming the construct and what to declare: a dereference of a name the notation does not give, a field through a
pointer it does not name, a field of what a call returns, a comprehension over a range from 1 or over another
iterable; and the product ``dOut *hid[k]`` (a name before the star) stays a product.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2}
CHECKS = CaseChecks(NETWORKS)
_NET = "tanh-2-2-sigmoid-2"

# C: out points at the first output, zp at the first hidden sum, hid into the hidden outputs; net the output
# neuron's struct (its weights from the hidden units and its bias)
_POINTERS = r'''
[notation]
indices = "k"
learning_rate = ["rate"]
[notation.symbols]
"out" = "a2[0]"
"target" = "y[0]"
"zp" = "z1[0]"
"idx" = "0"
"v" = "a1[0]"
"dz" = "grad(z2[0])"
"dOut" = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
"hid[k]" = "a1[k]"
"net.w[k]" = "W2[0, k]"
"net.bias" = "b2[0]"
'''
# the output neuron's struct named as C writes its fields, through the pointer
_ARROWS = r'''
[notation]
indices = "k"
learning_rate = ["rate"]
[notation.symbols]
"node->dz" = "grad(z2[0])"
"node->out" = "a2[0]"
"node->w[k]" = "W2[0, k]"
"hid[k]" = "a1[k]"
"target" = "y[0]"
'''
# Python lists: outputs, targets, their errors and -dE/dnet, the output weights (output first), the hidden units'
# -dE/d(output)
_LISTS = r'''
[notation]
indices = "ijk"
[notation.symbols]
"target[i]" = "y[i]"
"target" = "y[:]"
"out[i]" = "a2[i]"
"out" = "a2[:]"
"err[i]" = "y[i] - a2[i]"
"gout[i]" = "-delta2[i]"
"wout[k][j]" = "W2[k, j]"
"back[j]" = "-(W2[0, j]*delta2[0] + W2[1, j]*delta2[1])"
"n_out" = "2"
"n_hidden" = "2"
'''
# (n_out and n_hidden, the ranges' bounds, given their values: fixbound38 reads range(n) only so)
# a loop's running total over the outputs k for the first hidden unit, named acc
_TOTAL = r'''
[notation]
indices = "k"
[notation.symbols]
"dOut[k]" = "delta2[k]"
"wo[k]" = "W2[k, 0]"
"acc" = "W2[0, 0]*delta2[0] + W2[1, 0]*delta2[1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_J2 = ({"j": 0}, {"j": 1})
_D = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_BACK = "-(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]"
_ACC = f"W2[0,0]*{_D0} + W2[1,0]*{_D1}"


def _cases() -> list[Public]:
    return [
        Public("dereference", "test", _NET, _POINTERS, "double dz = (*out - target) * *out * (1 - *out);", ((C,),),
               (Twin("gradient_z", "z2[0]", (_D0,)),)),
        Public("dereference-wrong", "test", _NET, _POINTERS, "double dz = (target - *out) * *out * (1 - *out);",
               ((W,),), (Twin("gradient_z", "z2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("pointer-arithmetic", "test", _NET, _POINTERS, "net->w[k] += -rate * dOut * *(hid + k);", ((C,),),
               (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] - eta*{_D0}*a1[{{k}}]",), _K2),)),
        Public("pointer-arithmetic-wrong", "test", _NET, _POINTERS, "net->w[k] += rate * dOut * *(hid + k);", ((W,),),
               (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] + eta*{_D0}*a1[{{k}}]",), _K2),)),
        Public("pointer-at-zero", "test", _NET, _POINTERS, "double v = tanh(*(zp + idx));", ((C,),),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("pointer-at-zero-wrong", "test", _NET, _POINTERS, "double v = 1 - tanh(*(zp + idx));", ((W,),),
               (Twin("value", "a1[0]", ("1 - tanh(z1[0])",)),)),
        Public("pointer-field", "test", _NET, _POINTERS, "net->bias += -rate * dOut;", ((C,),),
               (Twin("update", "b2[0]", (f"b2[0] - eta*{_D0}",)),)),
        Public("pointer-field-wrong", "test", _NET, _POINTERS, "net->bias += -rate * dOut * *out;", ((W,),),
               (Twin("update", "b2[0]", (f"b2[0] - eta*{_D0}*a2[0]",)),)),
        Public("pattern-with-arrow", "test", _NET, _ARROWS,
               "node->w[k] -= rate * (node->out - target) * node->out * (1 - node->out) * hid[k];", ((C,),),
               (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] - eta*{_D0}*a1[{{k}}]",), _K2),)),
        Public("pattern-with-arrow-wrong", "test", _NET, _ARROWS,
               "node->w[k] -= rate * (node->out - target) * (1 - node->out) * hid[k];", ((W,),),
               (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*(a2[0] - y[0])*(1 - a2[0])*a1[{k}]",), _K2),)),
        Public("star-after-a-name-multiplies", "test", _NET, _POINTERS, "net->w[k] += -rate * dOut *hid[k];",
               ((C,),), (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] - eta*{_D0}*a1[{{k}}]",), _K2),)),
        Public("comprehension-range", "test", _NET, _LISTS, "err = [target[i] - out[i] for i in range(n_out)]",
               ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        Public("comprehension-range-wrong", "test", _NET, _LISTS, "err = [out[i] - target[i] for i in range(n_out)]",
               ((W,),), (Twin("value", "y[{k}] - a2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("comprehension-range-len", "test", _NET, _LISTS,
               "gout = [(target[i] - out[i]) * out[i] * (1 - out[i]) for i in range(len(out))]", ((C,),),
               (Twin("value", "-" + _D, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("comprehension-range-len-wrong", "test", _NET, _LISTS,
               "gout = [(target[i] - out[i]) * out[i] for i in range(len(out))]", ((W,),),
               (Twin("value", "-" + _D, ("(y[{k}] - a2[{k}])*a2[{k}]",), _K2),)),
        Public("generator-sum", "test", _NET, _LISTS,
               "back = [sum(gout[k] * wout[k][j] for k in range(n_out)) for j in range(n_hidden)]", ((C,),),
               (Twin("value", _BACK, ("-(W2[0,{j}]*" + _D0 + " + W2[1,{j}]*" + _D1 + ")",), _J2),)),
        Public("generator-sum-transposed-wrong", "test", _NET, _LISTS,
               "back = [sum(gout[k] * wout[j][k] for k in range(n_out)) for j in range(n_hidden)]", ((W,),),
               (Twin("value", _BACK, ("-(W2[{j},0]*" + _D0 + " + W2[{j},1]*" + _D1 + ")",), _J2),)),
        Public("generator-sum-numbers", "test", _NET, _LISTS,
               "back = [sum(gout[k] * wout[k][j] for k in range(2)) for j in range(2)]", ((C,),),
               (Twin("value", _BACK, ("-(W2[0,{j}]*" + _D0 + " + W2[1,{j}]*" + _D1 + ")",), _J2),)),
        Public("generator-sum-short-wrong", "test", _NET, _LISTS,
               "back = [sum(gout[k] * wout[k][j] for k in range(1)) for j in range(2)]", ((W,),),
               (Twin("value", _BACK, ("-W2[0,{j}]*" + _D0,), _J2),)),
        Public("comprehension-zip", "test", _NET, _LISTS, "err = [t - o for o, t in zip(out, target)]", ((C,),),
               (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        Public("comprehension-zip-wrong", "test", _NET, _LISTS, "err = [o - t for o, t in zip(out, target)]",
               ((W,),), (Twin("value", "y[{k}] - a2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("running-total", "test", _NET, _TOTAL, "    acc += dOut[k] * wo[k];", ((C,),),
               (Twin("value", _ACC, (_ACC,)),)),
        Public("running-total-wrong", "test", _NET, _TOTAL, "    acc += dOut[k] + wo[k];", ((W,),),
               (Twin("value", _ACC, (f"{_D0} + W2[0,0] + {_D1} + W2[1,0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_dereference_of_a_name_the_notation_does_not_give_is_refused_named():
    refusal = CHECKS.refused(_NET, _POINTERS, "double dz = (*p - target) * dOut;")
    assert "the dereference *p" in refusal and '"p" = ' in refusal


def test_pointer_arithmetic_into_an_array_the_notation_does_not_name_is_refused_named():
    refusal = CHECKS.refused(_NET, _POINTERS, "double v = tanh(*(sums + idx));")
    assert "C's pointer arithmetic *(sums + idx)" in refusal and '"sums[i]"' in refusal


def test_a_field_through_a_pointer_the_notation_does_not_name_is_refused_named():
    refusal = CHECKS.refused(_NET, _POINTERS, "layer->w[k] += -rate * dOut * *(hid + k);")
    assert "C's field through a pointer layer->w" in refusal and '"layer->w"' in refusal


def test_a_field_of_what_a_call_returns_is_refused_named():
    refusal = CHECKS.refused(_NET, _POINTERS, "getNode(layer, 0)->bias += -rate * dOut;")
    assert "getNode(layer, 0)->bias is a field of what a call returns" in refusal


def test_a_comprehension_over_a_range_from_one_is_refused_named():
    refusal = CHECKS.refused(_NET, _LISTS, "err = [target[i] - out[i] for i in range(1, n_out)]")
    assert "a comprehension or generator over range(1, n_out)" in refusal


def test_a_comprehension_over_another_iterable_is_refused_named():
    refusal = CHECKS.refused(_NET, _LISTS, "err = [t - o for o, t in sorted(pairs)]")
    assert "a comprehension or generator over sorted(pairs)" in refusal
