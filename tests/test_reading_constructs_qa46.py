"""qa46 (wrong verdicts): the mutation hunt's newer kinds (tests/mutation_hunt.py: a callback's parameters swapped or
its index renamed, an entry one away, a loss's argument of another layer or written twice, a conditional's values
swapped, its comparison turned) on batches 27-132 and 139-141, and its classic kinds on 139-141. Every mutant check
called correct in a member was judged by the PyTorch oracle on a twin of the mutant transcribed by hand into
symbols.md's names; none was a wrong formula called correct. The mutants that change the formula's meaning and
that check judged right (a slip that fixes the page's own slip, an activation the network makes the identity) are
kept here, each with its verdict from the oracle and check held to it, and one more spelling where it is wrong."""

from __future__ import annotations

import dataclasses

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from blind_batch import batch
from test_public_formulas_held_out import oracle_verdicts

C, X = "correct", "wrong"
_D00 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])*W3[0,0]*a2[0]*(1 - a2[0])"
_D01 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])*W3[0,1]*a2[1]*(1 - a2[1])"
_DZ1_0 = f"(({_D00})*W2[0,0] + ({_D01})*W2[1,0])*a1[0]*(1 - a1[0])"

# (batch, entry, the mutant's text, its twin's changes (dataclasses.replace on the entry's first twin), verdicts)
MUTANTS = [
    # batch 100's Lua page: the second hidden unit's line computed with the first unit's weights (the page's slip,
    # wrong); the hunt's entry one away, hidden[1][1], makes the left side the unit the right side computes
    (100, "lu-h12", "hidden[1][1] = sigmoid(inputs[1] * weights[1][1] + inputs[2] * weights[1][2])",
     {"target": "a1[0]"}, ((C,),)),
    (100, "lu-h12", "hidden[1][2] = sigmoid(inputs[1] * weights[1][1] + inputs[2] * weights[1][2])", {}, ((X,),)),
    # the same page's weight moved by the other unit's error (wrong); d_hidden[1][1], the unit it feeds, is right
    (100, "lu-w12", "weights[1][2] = weights[1][2] - lr * d_hidden[1][1] * inputs[2]",
     {"members": (f"W1[0,1] - eta*{_DZ1_0}*x[1]",)}, ((C,),)),
    (100, "lu-w12", "weights[1][2] = weights[1][2] - lr * d_hidden[1][2] * inputs[2]", {}, ((X,),)),
    # batch 34's dW^{[2]} with the layer's own output a^{[2]} (wrong); a^{[1]}, the layer's input, is right
    (34, "pel-dW2", r"$$d\textbf{W}^{[2]} = \boldsymbol{\delta}^{[2]}\textbf{a}^{[1]T}$$",
     {"members": ("W3[0,{j}]*(a3[0] - y[0])*Heaviside(z2[{j}])*a1[{k}]",)}, ((C,),)),
    (34, "pel-dW2", r"$$d\textbf{W}^{[2]} = \boldsymbol{\delta}^{[2]}\textbf{a}^{[2]T}$$", {}, ((X,),)),
    # batch 140's output layer is the identity: Z_2 for A_2 is the same number, and a sigmoid's slope after it wrong
    (140, "x40-dz-d2", r"$\delta_2=\tfrac{1}{m}(Z_2-y)$", {"members": ("(z2[0] - y[0])/1",)}, ((C,),)),
    (140, "x40-dz-d2", r"$\delta_2=\tfrac{1}{m}(A_2-y) A_2 (1 - A_2)$",
     {"members": ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)}, ((X,),)),
    # batch 140's delta with sigma' twice (wrong); dC/da times sigma', the hunt's a for z, is delta itself
    (140, "x40-ai-d", r"$$ \delta^{(l)} = \frac{\partial C}{\partial a^{(l)}} \cdot \sigma'(z^{(l)}) $$",
     {"members": ("{t}",)}, ((C,),)),
    (140, "x40-ai-d", r"$$ \delta^{(l)} = \frac{\partial C}{\partial z^{(l)}} \cdot \sigma'(z^{(l)}) $$", {}, ((X,),)),
]


def _entry(number: int, key: str):
    entries, networks, notations = batch(number)
    entry = next(entry for entry in entries if entry.key == key)
    return entry, networks[entry.network], notations[entry.notation]


@pytest.mark.parametrize("number, key, text, twin, expected", MUTANTS,
                         ids=[f"{key}-{number}-{position}" for position, (number, key, *_) in enumerate(MUTANTS)])
def test_the_mutant_is_judged_as_the_oracle_judges_it(number, key, text, twin, expected, tmp_path):
    entry, network, notation = _entry(number, key)
    mutant = dataclasses.replace(entry, twins=(dataclasses.replace(entry.twins[0], **twin),) + entry.twins[1:])
    assert oracle_verdicts(mutant, parse_problem(network, entry.network)) == expected
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    result = check_homework(parse_problem(network, "<qa46>"), text, notation=str(path), param=entry.param,
                            when=entry.when)
    assert tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims) == expected


# ---- a layer's number on a function the notation names once for every layer -------------------------------------
# batch 131's h1-dz3-t, dz[1] = (w[2])T dz[2] * g[1]' (z[1]) with functions { g = "tanh" } on a tanh hidden layer and
# a sigmoid output: the hunt's g[0]' was called correct, the layer written in brackets dropped and g read bare, and
# g[2]' (the output's sigmoid, the page's Ng notation) was too, a wrong formula; the layer's number now names the
# network's layer, read where its activation is the table's function and refused otherwise
_H1 = "h1-dz3-t"
_H1_TWIN = "W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)"
_H1_SIGMOID = "W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"


@pytest.mark.parametrize("text", ["gets us to `dz[1] = (w[2])T dz[2] * g[1]' (z[1])`",
                                  "dz[1] = w[2].T @ dz[2] * g[1]'(z[1])",
                                  r"$dz[1] = (w[2])^T dz[2] * g^{[1]\prime}(z[1])$"])
def test_the_layers_own_function_by_its_number_is_read(text, tmp_path):
    entry, network, notation = _entry(131, _H1)
    assert oracle_verdicts(entry, parse_problem(network, entry.network)) == ((C,),)
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    result = check_homework(parse_problem(network, "<qa46>"), text, notation=str(path))
    assert tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims) == ((C,),)


@pytest.mark.parametrize("text, message", [
    ("gets us to `dz[1] = (w[2])T dz[2] * g[2]' (z[1])`", "layer 2's activation is sigmoid, not tanh"),
    (r"$dz[1] = (w[2])^T dz[2] * g^{[2]\prime}(z[1])$", "layer 2's activation is sigmoid, not tanh"),
    ("dz[1] = w[2].T @ dz[2] * g[0]'(z[1])", "layer 0 is no layer of the network (1 to 2)"),
])
def test_another_layers_number_on_the_function_is_refused(text, message, tmp_path):
    """g[2]' is the output's sigmoid's slope, at the hidden sums a wrong factor (the oracle); never read as g'."""
    entry, network, notation = _entry(131, _H1)
    twin = dataclasses.replace(entry.twins[0], members=(_H1_SIGMOID,))
    assert oracle_verdicts(dataclasses.replace(entry, twins=(twin,)), parse_problem(network, entry.network)) == ((X,),)
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    with pytest.raises(FormulaError) as refusal:
        check_homework(parse_problem(network, "<qa46>"), text, notation=str(path))
    assert message in str(refusal.value) and "\n" not in str(refusal.value)


def test_a_relu_table_by_layer_number(tmp_path):
    """Another network and spelling: a ReLU hidden layer, a sigmoid output, Ng's code names; g[1]' read, g[2]' refused."""
    network = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n\n'
               '[loss]\nname = "binary_cross_entropy"\n\n[update]\nlearning_rate = 0.1\n')
    notation = ('[notation]\nfunctions = { g = "relu" }\n[notation.symbols]\n"dZ1" = "grad(z1[:])"\n'
                '"dZ2" = "grad(z2[:])"\n"W2" = "W2[:, :]"\n"Z1" = "z1[:]"\n')
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    problem = parse_problem(network, "<qa46>")
    result = check_homework(problem, "dZ1 = np.dot(W2.T, dZ2) * g[1]'(Z1)", notation=str(path))
    assert tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims) == ((C,),)
    with pytest.raises(FormulaError) as refusal:
        check_homework(problem, "dZ1 = np.dot(W2.T, dZ2) * g[2]'(Z1)", notation=str(path))
    assert "layer 2's activation is sigmoid, not relu" in str(refusal.value)


def test_a_rule_over_the_layers_letter_with_the_next_layers_function_is_refused(tmp_path):
    """g^{[l+1]'}(Z^{[l]}) in a rule over l: at l = 1 the output's sigmoid for the hidden ReLU (the oracle: wrong);
    refused as the layer's number is, in TeX and in code's brackets; g^{[l]'} read and right."""
    network = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n\n'
               '[loss]\nname = "binary_cross_entropy"\n\n[update]\nlearning_rate = 0.1\n')
    notation = ('[notation]\nindices = "l"\nfunctions = { g = "relu" }\n[notation.symbols]\n"W^{[l]}" = "W{l}[:, :]"\n'
                '"Z^{[l]}" = "z{l}[:]"\n"A^{[l]}" = "a{l}[:]"\n"A^{[0]}" = "x[:]"\n"dZ^{[l]}" = "grad(z{l}[:])"\n')
    path = tmp_path / "notation.toml"
    path.write_text(notation, encoding="utf-8")
    problem = parse_problem(network, "<qa46>")
    result = check_homework(problem, r"$dZ^{[l]} = W^{[l+1]T} dZ^{[l+1]} * g^{[l]\prime}(Z^{[l]})$", notation=str(path))
    assert {step.verdict for claim in result.claims for step in claim.steps} == {C}
    for text in (r"$dZ^{[l]} = W^{[l+1]T} dZ^{[l+1]} * g^{[l+1]\prime}(Z^{[l]})$",
                 "dZ[l] = W[l+1].T @ dZ[l+1] * g[l+1]'(Z[l])"):
        with pytest.raises(FormulaError) as refusal:
            check_homework(problem, text, notation=str(path))
        assert "layer 2's activation is sigmoid, not relu" in str(refusal.value)
