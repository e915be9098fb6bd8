"""Batch 86's MATLAB pages (Rodinia's bpnn_output_error.m and bpnn_hidden_error.m) showed general constructs
refused, each written here as another author would (other names, other networks than the pages'):

- MATLAB's functional forms of its operators, ``times(a, b)`` for ``a .* b``, ``minus``, ``plus``, ``rdivide`` and
  ``mtimes`` (syntax_code_calls.MATLAB_OPERATORS), read as the operators;
- a name the notation gives one number indexed by a loop's letters, ``v(j, k)`` (MATLAB's indexing inside the loop
  over j and k), as that number, as a single letter's ``a(j, k)`` already was;
- a MATLAB line of code commented out whose left side carries its index in parentheses, ``%g(k) = ...;``, and one
  whose name writes code's ``g_out`` for the notation's ``g_{out}``, read as its statement
  (typography_code.uncommented_statements), as ``%   g = ...;`` already was;
- Colin-Hu's Octave loops (batch 86's ch-* entries, whose notation names none of this): code's loop variables,
  ``deltas(ineuron)``, ``w(ineuron, jneuron)``, read as the index letters a notation says they stand for
  (``index_names = { ineuron = "j", jneuron = "k" }``, a key the spec leaves to the project), a rule over every unit;
  and MATLAB's struct path, ``net(ineuron).neurons.weights(iweight)``, ``net(ineuron).neurons.bias``, one name a
  notation declares as MATLAB writes it (object-oriented code's ``net[j].neurons.weights[k]``), a rule over every
  layer where a placeholder stands for it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1, TANH_2_1_SIGMOID_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-1": TANH_2_1, "tanh-2-1-sigmoid-1": TANH_2_1_SIGMOID_1, "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1,
            "sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# one tanh unit's code: p its output, y the target, g and g_{out} dE/d(sum)
UNIT_NOTATION = r'''
[notation.symbols]
"p" = "a1[0]"
"y" = "y[0]"
"g" = "grad(z1[0])"
"g_{out}" = "grad(z1[0])"
'''
# a hidden unit's loop: q the hidden output, v its weight to the output, e the output's dE/d(sum), r the hidden
# unit's dE/d(sum)
HIDDEN_NOTATION = r'''
[notation.symbols]
"q" = "a1[0]"
"v" = "W2[0, 0]"
"e" = "grad(z2[0])"
"r" = "grad(z1[0])"
'''
# an Octave library's loops: ineuron over a layer's units (j), jneuron over the next layer's (k); outs, targ and hid
# the outputs, targets and hidden outputs, deltas and hdeltas dE/d(sum), w(j, k) the weight from j to k
LOOP_NOTATION = r'''
[notation]
indices = "jk"
index_names = { ineuron = "j", jneuron = "k" }
[notation.symbols]
"outs_{j}" = "a2[j]"
"targ_{j}" = "y[j]"
"hid_{j}" = "a1[j]"
"deltas_{j}" = "grad(z2[j])"
"hdeltas_{j}" = "grad(z1[j])"
"w_{jk}" = "W2[k, j]"
'''
# the library's network struct: net(l, j).neurons.weights(i) unit j of layer l's weight from i, .bias its bias;
# deltas(l, j) dE/d(sum) of that unit, rate the step
STRUCT_NOTATION = r'''
[notation]
indices = "lji"
learning_rate = ["rate"]
index_names = { ilayer = "l", ineuron = "j", iweight = "i" }
[notation.symbols]
"net(l,j).neurons.weights(i)" = "W{l}[j, i]"
"net(l,j).neurons.bias" = "b{l}[j]"
"deltas_{lj}" = "grad(z{l}[j])"
"hid_{i}" = "a1[i]"
'''
_UNIT = "(a1[0] - y[0])*(1 - a1[0]**2)"
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_HIDDEN = f"{_OUT}*W2[0,0]*(1 - a1[0]**2)"
_OUTS = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUTS.replace("{k}", str(k)) for k in range(2)) + ")"
_J2 = ({"j": 0}, {"j": 1})
_K2 = ({"k": 0}, {"k": 1})
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the functional forms, nested as MATLAB's generated code nests them
            ("times-minus", "g = times(minus(p, y), minus(1, times(p, p)));", ((C,),),
             (Twin("gradient_z", "z1[0]", (_UNIT,)),)),
            ("mtimes-plus", "g = mtimes(plus(p, -y), minus(1.0, p.^2));", ((C,),),
             (Twin("gradient_z", "z1[0]", (_UNIT,)),)),
            ("rdivide", "g = rdivide(times(minus(p, y), minus(1, times(p, p))), 1);", ((C,),),
             (Twin("gradient_z", "z1[0]", (_UNIT,)),)),
            ("minus-swapped-wrong", "g = times(minus(y, p), minus(1, times(p, p)));", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(y[0] - a1[0])*(1 - a1[0]**2)",)),)),
            ("plus-for-minus-wrong", "g = times(minus(p, y), plus(1, times(p, p)));", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 + a1[0]**2)",)),)),
            ("rdivide-halved-wrong", "g = rdivide(times(minus(p, y), minus(1, times(p, p))), 2);", ((W,),),
             (Twin("gradient_z", "z1[0]", (f"{_UNIT}/2",)),)),
            # a line of code commented out, its left side indexed, or named g_out for the notation's g_{out}
            ("commented-indexed", "%g(k) = (p - y) * (1 - p^2);", ((C,),),
             (Twin("gradient_z", "z1[0]", (_UNIT,)),)),
            ("commented-subscript", "    %g_out(k) = (p - y) .* (1 - p.^2);", ((C,),),
             (Twin("gradient_z", "z1[0]", (_UNIT,)),)),
            ("commented-indexed-wrong", "%  g(k) = (p - y) * (1 - p);", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0])",)),))):
        cases.append(Public(key, "test", "tanh-2-1", UNIT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the loop's indexing of names the notation gives one number, v(j, k), e(k), r(j)
            ("loop-indexed", "r(j) = times(minus(1, times(q, q)), sum(times(e(k), v(j, k))));", ((C,),),
             (Twin("gradient_z", "z1[0]", (_HIDDEN,)),)),
            ("loop-indexed-wrong", "r(j) = times(minus(1, q), sum(times(e(k), v(j, k))));", ((W,),),
             (Twin("gradient_z", "z1[0]", (f"{_OUT}*W2[0,0]*(1 - a1[0])",)),))):
        cases.append(Public(key, "test", "tanh-2-1-sigmoid-1", HIDDEN_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # code's loop variables for the notation's index letters (index_names): a rule over every unit
            ("index-names-output", "deltas(ineuron) = (outs(ineuron) - targ(ineuron)) * outs(ineuron) * (1 - "
             "outs(ineuron));", ((C,),), (Twin("gradient_z", "z2[{k}]", (_OUTS,), _K2),)),
            ("index-names-output-wrong", "deltas(ineuron) = (targ(ineuron) - outs(ineuron)) * outs(ineuron) * (1 - "
             "outs(ineuron));", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
            ("index-names-hidden", "hdeltas(ineuron) = sum(deltas(jneuron) * w(ineuron, jneuron)) * hid(ineuron) * "
             "(1 - hid(ineuron));", ((C,),), (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]*(1 - a1[{j}])",),
                                                   _J2),)),
            ("index-names-hidden-wrong", "hdeltas(ineuron) = sum(deltas(jneuron) * w(ineuron, jneuron)) * "
             "hid(ineuron);", ((W,),), (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]",), _J2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", LOOP_NOTATION, text, expected, twins))
    for key, text, param, expected, twins in (
            # a struct path's update, for the output layer's weights and the hidden layer's biases
            ("struct-weights", "net(ilayer,ineuron).neurons.weights(iweight) = net(ilayer,ineuron).neurons.weights("
             "iweight) - rate * deltas(ilayer,ineuron) * hid(iweight);", "W2[j,i]", ((C,),),
             (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*grad",), _JI22),)),
            ("struct-weights-wrong", "net(ilayer,ineuron).neurons.weights(iweight) = net(ilayer,ineuron).neurons."
             "weights(iweight) - rate * deltas(ilayer,ineuron) * hid(ineuron);", "W2[j,i]", ((W,),),
             (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{j}]",), _JI22),)),
            ("struct-bias", "net(ilayer,ineuron).neurons.bias = net(ilayer,ineuron).neurons.bias - rate * "
             "deltas(ilayer,ineuron);", "b1[j]", ((C,),), (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2),)),
            ("struct-bias-uphill-wrong", "net(ilayer,ineuron).neurons.bias = net(ilayer,ineuron).neurons.bias + "
             "rate * deltas(ilayer,ineuron);", "b1[j]", ((W,),),
             (Twin("update", "b1[{j}]", ("b1[{j}] + eta*grad",), _J2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", STRUCT_NOTATION, text, expected, twins, param=param))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_functional_form_with_one_argument_stays_refused():
    """``times(p)``: MATLAB's times takes two arguments; one is no product."""
    message = CHECKS.refused("tanh-2-1", UNIT_NOTATION, "g = times(minus(p, y));")
    assert "it takes two" in message


def test_a_commented_line_whose_left_side_the_notation_does_not_name_stays_a_remark():
    """``%tmp(k) = ...;``: a name the notation does not give, so the line may be any remark of code; alone, it is
    no formula (code taken out, set aside as MATLAB's commented-out statement: comment_marks.COMMENTED_STATEMENT)."""
    message = CHECKS.refused("tanh-2-1", UNIT_NOTATION, "%tmp(k) = (p - y) * (1 - p^2);")
    assert "'%tmp(k) = (p - y)" in message and "holds nothing to judge" in message


def test_a_matrix_indexed_by_the_loops_letters_stays_refused():
    """``Vw(j, k)`` of a name the notation gives a whole matrix: an entry, which the notation's patterns do not say."""
    notation = HIDDEN_NOTATION + '"Vw" = "W2[:, :]"\n'
    message = CHECKS.refused("tanh-2-2-sigmoid-1", notation, "r(j) = times(minus(1, times(q, q)), times(e(k), "
                             "Vw(j, k)));")
    assert "Vw(...)" in message


def test_a_loop_variable_the_notation_does_not_name_stays_refused():
    """``ineuronx``: no name of index_names, so its letters are the formula's, and i names nothing."""
    message = CHECKS.refused("sigmoid-2-2-2", LOOP_NOTATION, "deltas(ineuronx) = (outs(ineuron) - targ(ineuron)) * "
                             "outs(ineuron) * (1 - outs(ineuron));")
    assert "unknown symbol" in message


@pytest.mark.parametrize("names, words", [('{ ineuron = "i" }', "is not one letter of indices"),
                                          ('{ n = "j" }', "two characters or more"),
                                          ('{ ineuron = "jk" }', "is not one letter of indices")])
def test_an_index_name_the_loader_cannot_read_is_refused(names, words):
    """An index name stands for one letter of ``indices``, and is a code name (a single letter is one already)."""
    table = tomllib.loads(LOOP_NOTATION.replace('{ ineuron = "j", jneuron = "k" }', names))["notation"]
    with pytest.raises(FormulaError, match=words):
        notation_from_table(table, "<test>")


def test_a_struct_path_the_notation_does_not_name_stays_refused():
    """``net(ineuron).neuron.bias`` (a field the notation does not name): net(j) stays MATLAB's call or product, and
    net names nothing."""
    message = CHECKS.refused("sigmoid-2-2-2", STRUCT_NOTATION, "net(ilayer,ineuron).neurons.bias = "
                             "net(ilayer,ineuron).neuron.bias - rate * deltas(ilayer,ineuron);", param="b1[j]")
    assert "unknown symbol net" in message
