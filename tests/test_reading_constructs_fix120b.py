"""Notation patterns written as calls (fix120's finding on batch 120's Elixir page), written here as other authors
would (other names, other functions, other networks than the page's):

- a call of names and indices, Elixir's ``"List.get(outs, i)"`` and ``"Enum.at(targets, i)"``, a code's own accessor
  ``"get(w, j, i)"`` (its array first, then its indices), a book's function of the weights ``"yd(w0, w1)"``: the call
  as written, one name per function and named arguments (``List.get(outs, i)`` and ``List.get(targets, i)`` are two
  names, where both loaded as the bare List.get and were refused as ambiguous), its index arguments placeholders; in a
  formula the call with those names and any indices (numbers, a rule's letters) is that entry;
- the function called with a name no pattern gives it (``List.get(outputs, 0)`` beside ``"List.get(outs, i)"``),
  refused naming the calls the table has; the bare function of two calls of names (``d`` beside ``"d(a)"`` and
  ``"d(z)"``) refused naming both;
- a pattern in a form no formula is read in, Lisp's ``"(aref w j i)"`` and Haskell's ``"w !! j"``, refused when the
  notation is loaded, saying to write the call ``"aref(w, j, i)"`` or code's index (``"w[j]"``).

Batches 120's and 121's other leftovers, decided so:

- a code's helper for the outer product (Grokking's ``outer_prod(input, delta)``, batch 121): the notation's functions
  now declare it, ``outer_prod = "outer product"``, its call a_i b_j at [i][j] as NumPy's np.outer (undeclared, the
  refusal names the arithmetic a helper may be given);
- Nim's ``delta .** a`` (nn.nim's outer product, batch 120), which Octave writes for the entrywise power: refused
  naming both readings (it was refused at its second star);
- a chain continued on the next line, Scala's ``val newW = neuron\n  .weights(j) + ...`` (Kotlin's, Swift's,
  JavaScript's; batch 120's Scala network): the line opening with a method or field after a name or a bracket
  continues the chain above, ``neuron.weights(j)`` (it was refused at the dot);
- an Elixir comprehension as an argument, ``dot(deltas, for n <- last(nn), do: List.get(n, i))`` (batch 120):
  refused naming it (it was refused at the end, a parenthesis left open).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.document import derive_document
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# an Elixir layer's lists read through List.get and Enum.at (the output layer of a 2-3-2 network)
_ELIXIR = r'''
[notation]
indices = "ik"
[notation.symbols]
"List.get(outs, i)" = "a2[i]"
"List.get(targets, i)" = "y[i]"
"List.get(deltas, i)" = "delta2[i]"
"Enum.at(outs, k)" = "a2[k]"
"Enum.at(targets, k)" = "y[k]"
"err" = "a2[0] - y[0]"
'''
# a code's own accessor, its array first and then its indices (the output layer's weights of a 2-3-2 network)
_ACCESSOR = r'''
[notation]
indices = "ij"
[notation.symbols]
"get(w, j, i)" = "W2[j, i]"
"get(d, j)" = "delta2[j]"
"get(h, i)" = "a1[i]"
'''
# a book's functions of the weights, named with their arguments (a 2-2-1 network's output and its error)
_BOOK = r'''
[notation]
[notation.symbols]
"yp(w0, w1)" = "a2[0]"
"yd(w0, w1)" = "a2[0] - y[0]"
"yt" = "y[0]"
'''
_D2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_I2 = tuple({"i": i} for i in range(2))


def _cases() -> list[Public]:
    return [
        Public("list-get-rule", "test", "sigmoid-2-3-2", _ELIXIR,
               "List.get(deltas, i) = (List.get(outs, i) - List.get(targets, i)) * List.get(outs, i) * (1 - "
               "List.get(outs, i))", ((C,),), (Twin("value", _D2, (_D2,), _I2),)),
        Public("list-get-number", "test", "sigmoid-2-3-2", _ELIXIR,
               "List.get(deltas, 1) = (List.get(outs, 1) - List.get(targets, 1)) * List.get(outs, 1) * (1 - "
               "List.get(outs, 1))", ((C,),), (Twin("value", _D2.format(i=1), (_D2.format(i=1),)),)),
        Public("list-get-swapped-wrong", "test", "sigmoid-2-3-2", _ELIXIR,
               "List.get(deltas, i) = (List.get(targets, i) - List.get(outs, i)) * List.get(outs, i) * (1 - "
               "List.get(outs, i))", ((W,),),
               (Twin("value", _D2, ("(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])",), _I2),)),
        Public("enum-at", "test", "sigmoid-2-3-2", _ELIXIR, "err = Enum.at(outs, 0) - Enum.at(targets, 0)", ((C,),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        Public("enum-at-other-unit-wrong", "test", "sigmoid-2-3-2", _ELIXIR,
               "err = Enum.at(outs, 1) - Enum.at(targets, 1)", ((W,),),
               (Twin("value", "a2[0] - y[0]", ("a2[1] - y[1]",)),)),
        Public("accessor-update", "test", "sigmoid-2-3-2", _ACCESSOR,
               "get(w, 0, 2) = get(w, 0, 2) - eta * get(d, 0) * get(h, 2)", ((C,),),
               (Twin("update", "W2[0,2]", (f"W2[0,2] - eta*{_D2.format(i=0)}*a1[2]",)),)),
        Public("accessor-rule", "test", "sigmoid-2-3-2", _ACCESSOR,
               "get(w, j, i) = get(w, j, i) - eta * get(d, j) * get(h, i)", ((C,),),
               (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] - eta*{_D2.replace('{i}', '{j}')}*a1[{{i}}]",),
                     tuple({"j": j, "i": i} for j in range(2) for i in range(3))),)),
        Public("accessor-other-input-wrong", "test", "sigmoid-2-3-2", _ACCESSOR,
               "get(w, 0, 2) = get(w, 0, 2) - eta * get(d, 0) * get(h, 1)", ((W,),),
               (Twin("update", "W2[0,2]", (f"W2[0,2] - eta*{_D2.format(i=0)}*a1[1]",)),)),
        Public("function-of-weights", "test", "sigmoid-2-2-1", _BOOK, "yd(w0, w1) = yp(w0, w1) - yt", ((C,),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        Public("function-of-weights-wrong", "test", "sigmoid-2-2-1", _BOOK, "yd(w0, w1) = yt - yp(w0, w1)", ((W,),),
               (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),)),
    ]


# a helper for the outer product, declared (Grokking's outer_prod), and the output layer's deltas and inputs
_OUTER = r'''
[notation]
functions = { outer_prod = "outer product", "Vec.outer" = "outer product" }
[notation.symbols]
"delta" = "delta2[:]"
"hidden" = "a1[:]"
"weight_deltas" = "grad(W2[:, :])"
'''
_G2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]"
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))


def _outer_cases() -> list[Public]:
    return [
        Public("outer-helper", "test", "sigmoid-2-2-2", _OUTER, "weight_deltas = outer_prod(delta, hidden)", ((C,),),
               (Twin("gradient", "W2[{j},{i}]", (_G2,), _JI2),)),
        Public("outer-helper-dotted", "test", "sigmoid-2-2-2", _OUTER, "weight_deltas = Vec.outer(delta, hidden)",
               ((C,),), (Twin("gradient", "W2[{j},{i}]", (_G2,), _JI2),)),
        Public("outer-helper-swapped-wrong", "test", "sigmoid-2-2-2", _OUTER,
               "weight_deltas = outer_prod(hidden, delta)", ((W,),),
               (Twin("gradient", "W2[{j},{i}]", ("(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])*a1[{j}]",), _JI2),)),
    ]


# a Scala neuron's weights and error delta (the code's, -dE/dz: the update adds it), the hidden outputs
_CHAIN = r'''
[notation]
indices = "j"
learning_rate = ["learningRate"]
[notation.symbols]
"neuron.weights(j)" = "W2[0, j]"
"neuron.errorDelta" = "-delta2[0]"
"hidden(j)" = "a1[j]"
"newW" = "new(W2[0, j])"
'''
_J3 = tuple({"j": j} for j in range(3))


def _chain_cases() -> list[Public]:
    return [
        Public("chain-next-line", "test", "sigmoid-2-3-2", _CHAIN,
               "          val newW = neuron\n            .weights(j) + learningRate * neuron.errorDelta * hidden(j)",
               ((C,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2.format(i=0)}*a1[{{j}}]",), _J3),)),
        Public("chain-next-line-sign-wrong", "test", "sigmoid-2-3-2", _CHAIN,
               "val newW = neuron\n  .weights(j) - learningRate * neuron.errorDelta * hidden(j)", ((W,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_D2.format(i=0)}*a1[{{j}}]",), _J3),)),
    ]


CASES = _cases() + _outer_cases() + _chain_cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_call_with_a_name_no_pattern_gives_is_refused_naming_the_tables_calls():
    refusal = CHECKS.refused("sigmoid-2-3-2", _ELIXIR, "err = List.get(outputs, 0) - List.get(targets, 0)")
    assert "List.get(outputs, 0): the notation names List.get only in the calls List.get(outs, i)" in refusal
    assert '"List.get(outputs, 0)" = ...' in refusal


def test_an_index_out_of_range_is_refused_as_any_entrys():
    refusal = CHECKS.refused("sigmoid-2-3-2", _ELIXIR, "err = List.get(outs, 4) - List.get(targets, 4)")
    assert "List.get(outs, 4): 'List.get(outs, i)' means 'a2[i]'" in refusal and "out of range" in refusal


def test_the_bare_function_of_two_calls_of_names_is_refused_naming_both():
    notation = _BOOK + '"f(a)" = "a2[0]"\n"f(b)" = "y[0]"\n'
    refusal = CHECKS.refused("sigmoid-2-2-1", notation, "yd(w0, w1) = f - yt")
    assert "f matches two calls of the notation, 'f(a)' and 'f(b)'" in refusal
    assert CHECKS.verdicts(Public("calls", "test", "sigmoid-2-2-1", notation, "yd(w0, w1) = f(a) - f(b)")) == ((C,),)


@pytest.mark.parametrize("pattern, written", [
    ("(aref w j i)", 'is a Lisp form, (function arguments), which check reads only in a function\'s definition; write'
                     ' it as the call "aref(w, j, i)"'),
    ("(nth i outs)", 'write it as the call "nth(i, outs)"'),
    ("w !! j", 'is Haskell\'s list index, list !! index, an operator no formula of check reads; write the entry with'
               ' code\'s index, "w[j]"'),
])
def test_a_pattern_in_a_form_no_formula_is_read_in_is_refused_at_load(pattern, written):
    table = tomllib.loads(f'[notation]\nindices = "ij"\n[notation.symbols]\n"{pattern}" = "W2[j, 0]"\n')["notation"]
    with pytest.raises(FormulaError) as error:
        notation_from_table(table, "course.toml")
    assert str(error.value).startswith(f"course.toml: [notation] symbols.'{pattern}': ")
    assert written in str(error.value) and "\n" not in str(error.value)


def test_an_outer_product_helper_of_one_argument_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _OUTER, "weight_deltas = outer_prod(delta)")
    assert "outer_prod(...) with 1 argument(s): it takes two" in refusal


def test_an_undeclared_helper_is_refused_naming_the_arithmetic_it_may_be_given():
    refusal = CHECKS.refused("sigmoid-2-2-2", _OUTER.replace('outer_prod = "outer product", ', ""),
                             "weight_deltas = outer_prod(delta, hidden)")
    assert '"outer product"' in refusal and "for a helper's arithmetic" in refusal


@pytest.mark.parametrize("text", ["weight_deltas = delta .** hidden", "  deltaW[^1] = delta .** activations[^2]"])
def test_nims_outer_product_operator_is_refused_naming_both_readings(text):
    refusal = CHECKS.refused("sigmoid-2-2-2", _OUTER, text)
    assert ".** between two operands is Octave's entrywise power (as .^) and an operator codes define" in refusal


def test_an_elixir_comprehension_inside_an_expression_is_refused_naming_it():
    notation = ('[notation]\nfunctions = { dot = "dot" }\n[notation.symbols]\n"deltas" = "delta2[:]"\n'
                '"h" = "a1[0]"\n"hidden_delta" = "delta1[0]"\n')
    refusal = CHECKS.refused("sigmoid-2-3-2", notation,
                             "hidden_delta = h * (1 - h) * dot(deltas, for n <- last(nn), do: List.get(n, 0))")
    assert "an Elixir comprehension inside an expression, for n <- last(nn), do: ..." in refusal


def test_a_call_of_names_alone_leaves_its_bare_function_that_value():
    """``"yd(w0, w1)"`` alone for yd: the bare ``yd`` stays that value (as a call's name with words for its arguments
    was read before call patterns), the call ``yd(w0, w1)`` too."""
    for text, verdict in (("yd = yp - yt", C), ("yd = yt - yp", W), ("yd = yp(w0, w1) - yt", C)):
        assert CHECKS.verdicts(Public("bare", "test", "sigmoid-2-2-1", _BOOK, text)) == ((verdict,),)


def test_an_argument_with_an_index_keeps_the_calls_old_reading():
    """``"d(w_{n})"``: an argument with an index for its subscript is no name of a call (an entry of w), so the
    pattern stays the name d as before; the loader takes it without a call's name."""
    table = tomllib.loads('[notation]\n[notation.symbols]\n"d(w_{n})" = "grad(W1[0, n-1])"\n')["notation"]
    assert [pattern.base for pattern in notation_from_table(table, "course.toml").patterns] == ["d"]


def test_a_chain_continued_after_an_operator_stays_refused_at_its_dot():
    """A line opening with a dot after an operator (``+\\n .weights(j)``) continues no chain: refused as before."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _CHAIN, "val newW = neuron.weights(j) +\n  .weights(j)")
    assert "unexpected at '.'" in refusal


def test_derive_writes_call_patterns_as_calls_that_check_reads_back():
    """``derive --notation`` with call patterns: ``get(w, 0, 1)`` and ``List.get(hidden_outs, 1)`` as calls (never the
    call's name with a subscript), read back as correct; an argument's name is one name (hidden_outs, whose letters
    hold d: never the d of an in-place reassignment)."""
    table = ('[notation]\nindices = "ij"\n[notation.symbols]\n"List.get(outs, i)" = "a2[i]"\n"List.get(targets, i)" ='
             ' "y[i]"\n"List.get(hidden_outs, i)" = "a1[i]"\n"get(w, j, i)" = "W2[j, i]"\n')
    notation = notation_from_table(tomllib.loads(table)["notation"], "<test>")
    problem = CHECKS.problem(Public("derive", "test", "sigmoid-2-3-2", None, ""))
    document = derive_document(problem, "W2[0,1]", notation=notation)
    block = next(block for block in document.sections[0].blocks if block.label.startswith("in the homework's"))
    gradient, update = block.lines
    assert "get(w, 0, 1)" in gradient.left_latex and "List.get(hidden_outs, 1)" in gradient.right_latex
    for line, relation in ((gradient, "="), (update, r"\leftarrow")):
        result = check_homework(problem, f"{line.left_latex} {relation} {line.right_latex}", notation=notation)
        assert [step.verdict for claim in result.claims for step in claim.steps] == ["correct"]
