"""The refusals a caller acts on are typed (symbolic/quantities.py): each is raised where its message is made, with
what callers read as attributes, and keeps its type on the way to them (FormulaError.reworded), its message the
one users read. A caller tests the type, never the message's text."""

from __future__ import annotations

import pickle

import pytest

from backprop.problem import parse_problem
from backprop.symbolic import claim_definitions, code_language, label_words
from backprop.symbolic.calculus import NetworkCalculus
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import load_notation
from backprop.symbolic.parsing import parse_formula
from backprop.symbolic.quantities import (FormulaError, GenericParameter, NetworkSymbols, NoSuchLayer, NoSuchUnit,
                                          UnknownName, UnknownSymbol, UnusableCase, names_no_layer, outside_network,
                                          unknown_name_alone)
from backprop.symbolic.reading import Reader
from backprop.symbolic.reading_base import Context, TrackingEnv
from backprop.symbolic.syntax_tree import Sym
from construct_networks import SIGMOID_2_3_2

NETWORK = parse_problem(SIGMOID_2_3_2, "<typed refusals>")
SYMBOLS = NetworkSymbols(NETWORK)
LEFT = r"\frac{\partial L}{\partial b^{(2)}_{0}} = "


def _refused(text: str, **options) -> FormulaError:
    with pytest.raises(FormulaError) as refused:
        check_homework(NETWORK, text, **options)
    return refused.value


@pytest.fixture
def notation(tmp_path):
    """A notation counting h from 1 (h_{i} is a1[i-1]), a v of a layer the network does not have, and w the
    parameter being checked."""
    path = tmp_path / "course.toml"
    path.write_text('[notation]\nindices = "ijk"\nparameter = ["w"]\n[notation.symbols]\n"h_{i}" = "a1[i-1]"\n'
                    '"v_{j}" = "z5[j]"\n', encoding="utf-8")
    return str(path)


def test_an_unknown_symbol_carries_its_name():
    error = _refused(LEFT + "q")
    assert type(error) is UnknownSymbol and error.name == "q" and not error.misspelt
    assert "unknown symbol q; give it a meaning" in str(error)
    assert unknown_name_alone(error) == "q"


def test_a_letter_of_a_misspelt_function_is_no_name_alone():
    error = _refused(LEFT + "sigmod(z^{(2)}_0)")
    assert type(error) is UnknownSymbol and error.misspelt and error.name == "sigm"
    assert "unknown symbol sigm (of sigmod); did you mean sigmoid?" in str(error)
    assert unknown_name_alone(error) is None


def test_an_empty_name_is_no_unknown_symbol():
    error = _refused(LEFT + r"a^{(2)}_0 \text{{}} + 1")
    assert "a name with nothing in it" in str(error) and not isinstance(error, UnknownSymbol)


@pytest.mark.parametrize("member, index", [("a^{(2)}_{7}", 7), ("W^{(1)}_{0 5}", 5)])
def test_an_index_past_the_units_carries_it(member, index):
    error = _refused(LEFT + member)
    assert type(error) is NoSuchUnit and error.index == index and f"index {index} is out of range" in str(error)
    assert outside_network(error) and not names_no_layer(error)


@pytest.mark.parametrize("member, layer, words", [("a^{(5)}_{0}", 5, "there is no layer 5"),
                                                   ("z^{(0)}_{0}", 0, "layer 0 is the input")])
def test_a_layer_the_network_does_not_have_carries_it(member, layer, words):
    error = _refused(LEFT + member)
    assert type(error) is NoSuchLayer and error.layer == layer and words in str(error)
    assert names_no_layer(error) and outside_network(error)


def test_a_parameter_outside_the_network_is_typed():
    layer = _refused(LEFT + "a^{(2)}_{0}", param="W9[0,0]")
    assert type(layer) is NoSuchLayer and layer.layer == 9 and "there is no layer 9" in str(layer)
    unit = _refused(LEFT + "a^{(2)}_{0}", param="W2[5,0]")
    assert type(unit) is NoSuchUnit and unit.index == 5 and "unit index 5 is out of range" in str(unit)


@pytest.mark.parametrize("formula, name", [("W5[0, 0]", "W5"), ("foo1 + 1", "foo1"), ("q", "q")])
def test_an_unknown_name_of_symbols_md_carries_it(formula, name):
    with pytest.raises(UnknownName) as refused:
        parse_formula(formula, SYMBOLS)
    assert refused.value.name == name and f"unknown name {name!r}" in str(refused.value)
    assert names_no_layer(refused.value) == (name != "q")  # a name and a number: a layer's quantity


def test_a_meanings_refusal_keeps_its_type_through_the_notation(notation):
    """The meaning's refusal arrives with the pattern and the symbol put before it (notation.py, reading_symbols.py):
    a 1-based pattern read at 0 is index -1, with its hint; a meaning past the network's layers an UnknownName."""
    below = _refused(LEFT + "h_{0}", notation=notation)
    assert type(below) is NoSuchUnit and below.index == -1
    assert str(below).endswith("h_{0}: 'h_{i}' means 'a1[i-1]' (i = 0): index -1 is out of range (0..2): layer 1 has"
                               " 3 units")
    past = _refused(LEFT + "v_{0}", notation=notation)
    assert type(past) is UnknownName and past.name == "z5" and names_no_layer(past)


def test_the_generic_parameter_without_param_is_typed(notation):
    reader = Reader(Context(SYMBOLS, load_notation(notation), NetworkCalculus(SYMBOLS)), TrackingEnv({}), "formula 'w'")
    with pytest.raises(GenericParameter) as refused:
        reader.value(Sym("w", "", "", 0, None, 0))
    assert refused.value.name == "w" and str(refused.value) == ("formula 'w': w stands for the parameter being checked:"
                                                                " name it with --param")


@pytest.mark.parametrize("when, words", [("label=j", "cases by label need a loss with one-hot targets"),
                                         ("i=j", "i is not an index of the formula's left side")])
def test_an_unusable_case_carries_it(when, words):
    error = _refused(LEFT + "a^{(2)}_{0}", when=when)
    assert type(error) is UnusableCase and error.case == when and str(error) == f"--when {when!r}: {words}"


def test_a_reworded_refusal_keeps_its_type_and_attributes_and_crosses_processes():
    error = UnknownSymbol("formula 'q': unknown symbol q; give it a meaning", name="q")
    reworded = error.reworded(f"at line 3: {error}")
    assert type(reworded) is UnknownSymbol and reworded.name == "q" and not reworded.misspelt
    assert str(reworded) == "at line 3: formula 'q': unknown symbol q; give it a meaning"
    copied = pickle.loads(pickle.dumps(reworded))
    assert type(copied) is UnknownSymbol and copied.name == "q" and str(copied) == str(reworded)


# each caller that re-reads a formula where a name names nothing: a formula that takes its path, and the refusal it
# acts on, as it arrives there (its type and name)
CALLERS = [
    (label_words, "Result " + LEFT + r"(a^{(2)}_{0} - y_0) a^{(2)}_0 (1 - a^{(2)}_0)", "Result"),
    (claim_definitions, r"if u = a^{(2)}_{0} - y_0, then " + LEFT + r"u a^{(2)}_0 (1 - a^{(2)}_0)", "u"),
    (claim_definitions, r"e = a^{(2)}_{0} - y_0 = \hat{y}_0 - y_0", "e"),
    # outer, a word the notation does not name, is refused as the word, never its letter o
    (code_language, r"\frac{\partial L}{\partial W^{(2)}} = \delta^{(2)} outer a^{(1)}", "outer"),
]


@pytest.mark.parametrize("module, text, name", CALLERS,
                         ids=[f"{module.__name__.split('.')[-1]}-{name}" for module, _, name in CALLERS])
def test_a_caller_rereading_an_unknown_name_gets_it_typed(monkeypatch, module, text, name):
    arrived = []

    def recorded(refusal):
        arrived.append(refusal)
        return unknown_name_alone(refusal)

    monkeypatch.setattr(module, "unknown_name_alone", recorded)
    assert check_homework(NETWORK, text).verdict == "correct"
    assert [(type(refusal), refusal.name) for refusal in arrived] == [(UnknownSymbol, name)]


def test_a_rule_for_the_generic_parameter_is_judged_for_each_parameter(notation):
    """homework_parameters catches GenericParameter without --param and judges the rule for every parameter."""
    assert check_homework(NETWORK, r"w^{new} = w - \eta \frac{\partial L}{\partial w}", notation=notation).verdict \
        == "correct"
