"""The constructs held-out batches 10 and 11 still refused, and those the spec left open, each as a family another
author would write: a sum without an index over a one-output network's term (ghassem's ``\\sum \\frac{1}{2}(\\text
{target}-\\text{output})^{2}``), the gradient given by its entry (ashwin's ``\\nabla_w e(w) = [\\pdv{e(w)}{w_{ij}^
{(\\ell)}}] = ...``), a layer written as a function (milestonemade's ``n_2(n_1(\\text{input}))``, through
``functions = { n = "layer" }``), the word gradient for the derivative being claimed (``w = w - lr * gradient``), and
a case in words that gives the sample's data a value (sreekanth9999's ``L = -\\log(1 - a_2)`` "since y = 0").
Each is judged right where the formula is right and wrong where one thing is changed, the verdicts from the
PyTorch oracle (tests/test_seed_verbatim.oracle_verdicts; for the data cases, autograd at points whose target
has the case's value); what stays a guess is refused in one line that names the construct and how to write it.
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
import torch

from backprop.cli import main
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

_SIGMOID = '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"{bias}\n[[layer]]\nunits = 1\nactivation = "sigmoid"' \
           '{bias}\n[loss]\nname = "half_squared_error"\n[update]\nlearning_rate = 0.1\n'
NETWORKS = {
    # a 2-2-1 sigmoid network, one bias per unit, the quadratic cost with its 1/2
    "net": _SIGMOID.format(bias=""),
    "net-nobias": _SIGMOID.format(bias='\nbias = "none"'),
    # sreekanth9999's tiny network: ReLU then a sigmoid, no biases, the binary cross-entropy
    "relu-bce": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "relu"\nbias = "none"\n[[layer]]\nunits = 1\n'
                'activation = "sigmoid"\nbias = "none"\n[loss]\nname = "binary_cross_entropy"\n',
}
CHECKS = CaseChecks(NETWORKS)
_check = CHECKS.verdicts


_refusal = CHECKS.refused


# -- a sum without an index over a one-output network's term ------------------------------------------------

_WORDS = r'''
[notation]
loss = ["E_{\\text{total}}", "E"]
[notation.symbols]
"\\text{target}" = "y[0]"
"\\text{output}" = "a2[0]"
'''
_HALF_SQUARE = "0.5*(a2[0] - y[0])**2"


def _bare_sum_cases() -> list[Public]:
    """The sum of the outputs' terms, here one: the term with its 1/2, and without it (wrong)."""
    cases = []
    for text, verdict, member in (
            (r"E_{\text{total}} = \sum \frac{1}{2}(\text{target} - \text{output})^{2}", C, "0.5*(y[0] - a2[0])**2"),
            (r"E = \sum \tfrac12 (\text{output} - \text{target})^2", C, "0.5*(a2[0] - y[0])**2"),
            (r"E_{\text{total}} = \sum (\text{target} - \text{output})^{2}", W, "(y[0] - a2[0])**2"),
            (r"E = \sum \frac{1}{2}(\text{target} + \text{output})^{2}", W, "0.5*(y[0] + a2[0])**2")):
        cases.append(Public(f"bare-sum-{len(cases)}-{verdict}", "test", "net", _WORDS, text, ((verdict,),),
                            (Twin("value", _HALF_SQUARE, (member,)),)))
    return cases


@pytest.mark.parametrize("text", [
    r"E = \sum \frac{1}{2}\text{output}^{2}",                           # no target: over what?
    r"\frac{\partial E}{\partial b^{(2)}} = \sum (\text{output} - \text{target})",  # over the samples, perhaps
])
def test_a_bare_sum_that_may_run_over_the_samples_is_refused(text):
    message = _refusal("net", _WORDS, text, param="b2[0]")
    assert "a sum without its index letter" in message and r"\sum_k" in message


# -- the gradient given by its entry ----------------------------------------------------------------------------

_LFD = r'''
[notation]
indices = "ijl"
loss = ["e"]
[notation.symbols]
"x_{i}^{(l)}" = "a{l}[i-1]"
"x_{i}^{(0)}" = "x[i-1]"
"w_{ij}^{(l)}" = "W{l}[j-1, i-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
'''
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# every weight (1-based i, j of the notation as 0-based entries): its delta_j times its input x_i
_ENTRIES = tuple([{"p": f"W2[0,{i}]", "m": f"{_OUT}*a1[{i}]", "swapped": None} for i in range(2)]
                 + [{"p": f"W1[{j},{i}]", "m": f"{_OUT}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])*x[{i}]",
                     "swapped": f"{_OUT}*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])*x[{j}]"} for j in range(2) for i in range(2)])


def _entry_cases() -> list[Public]:
    r"""\nabla_w e = [\partial e / \partial w_{ij}^{(l)}] = ...: every member the entry's, for every weight; with the
    letters of delta and x swapped (wrong in layer 1, where both letters index two units)."""
    right = _ENTRIES
    layer1 = tuple(entry for entry in _ENTRIES if entry["swapped"])
    return [
        Public("entry-bracket-C", "test", "net-nobias", _LFD,
               "\\begin{align*}\n\\nabla_w e(w) &= \\left[ \\frac{\\partial e(w)}{\\partial w_{ij}^{(\\ell)}} \\right]"
               " \\\\\n&= \\delta_j^{(\\ell)} x_{i}^{(\\ell -1)}\n\\end{align*}", ((C, C),),
               (Twin("gradient", "{p}", ("grad", "{m}"), right),)),
        Public("entry-plain-C", "test", "net-nobias", _LFD,
               r"\nabla_{w} e = \frac{\partial e}{\partial w_{ij}^{(l)}} = x_{i}^{(l-1)} \delta_j^{(l)}", ((C, C),),
               (Twin("gradient", "{p}", ("grad", "{m}"), right),)),
        Public("entry-bracket-W", "test", "net-nobias", _LFD,
               r"\nabla_w e(w) = \left[ \frac{\partial e(w)}{\partial w_{ij}^{(\ell)}} \right] = \delta_i^{(\ell)}"
               r" x_{j}^{(\ell -1)}", ((C, W),),
               (Twin("gradient", "{p}", ("grad", "{swapped}"), layer1),)),
    ]


# -- a layer written as a function --------------------------------------------------------------------------

_LAYERS = r'''
[notation]
functions = { n = "layer" }
[notation.symbols]
"N" = "a2[0]"
"\\text{input}" = "x[:]"
'''
_HIDDEN = "sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"
_NETWORK = f"sigmoid(W2[0,0]*{_HIDDEN.format(j=0)} + W2[0,1]*{_HIDDEN.format(j=1)} + b2[0])"
_ON_INPUT = "sigmoid(W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0])"


def _layer_cases() -> list[Public]:
    """n_2(n_1(x)) the network, n^{(1)}(x) the hidden layer; the layers swapped or one left out (wrong)."""
    cases = []
    for text, verdict, member in ((r"N = n_2(n_1(\text{input}))", C, _NETWORK),
                                  (r"N = n^{(2)}\left(n^{(1)}(x)\right)", C, _NETWORK),
                                  (r"N = n_2(\text{input})", W, _ON_INPUT)):
        cases.append(Public(f"layer-{len(cases)}-{verdict}", "test", "net", _LAYERS, text, ((verdict,),),
                            (Twin("value", "a2[0]", (member,)),)))
    only = '[notation]\nfunctions = { h = "layer" }\n'  # the defaults of symbols.md beside it
    for text, verdict, member in ((r"\hat{y} = h_{2}(h_{1}(x))", C, _NETWORK), (r"\hat{y} = h_{2}(h_{1}(x)) + h_{2}(x)", W,
                                  f"{_NETWORK} + {_ON_INPUT}")):
        cases.append(Public(f"layer-{len(cases)}-{verdict}", "test", "net", only, text, ((verdict,),),
                            (Twin("value", "a2[0]", (member,)),)))
    return cases


def test_a_layer_function_the_notation_does_not_name_is_refused_with_how_to_name_it():
    message = _refusal("net", "[notation]", r"\hat{y} = f_2(f_1(x))")
    assert 'functions = { f = "layer" }' in message and "f_{2}(...)" in message
    assert message.endswith('if its activation alone functions = { f = "sigmoid" }')  # layer 2's own
    message = _refusal("relu-bce", "[notation]", r"\hat{y} = f_2(f_1(x))")
    assert message.endswith('if its activation alone functions = { f = "sigmoid" }')
    assert _refusal("relu-bce", "[notation]", r"a^{(1)} = f_1(x)").endswith('functions = { f = "relu" }')


def test_a_layer_function_whose_argument_does_not_fit_is_refused():
    assert "layer 1 takes 2 input(s); its argument has 1" in _refusal("net", _LAYERS, r"N = n_1(n_2(x))")
    assert "3 is not a layer of the network" in _refusal("net", _LAYERS, r"N = n_3(x)")


# -- the word gradient -------------------------------------------------------------------------------------------

_RULE = r'''
[notation]
parameter = ["new_weight", "old_weight", "w"]
learning_rate = ["lr"]
'''


def _gradient_word_cases() -> list[Public]:
    """The parameter updated (or --param's) less the rate times the gradient; + for -, twice the step (wrong)."""
    cases = []
    for text, verdict, sign in (("new_weight = old_weight - lr * gradient", C, "-"),
                                ("w = w + lr * Gradient", W, "+"),
                                (r"w_{01}^{(2)} := w_{01}^{(2)} - \eta\,\text{gradient}", C, "-"),
                                (r"w_{01}^{(2)} := w_{01}^{(2)} - 2 \eta\,\text{gradient}", W, "- 2*")):
        notation = _RULE if "lr" in text else None
        cases.append(Public(f"gradient-word-{len(cases)}-{verdict}", "test", "net", notation, text, ((verdict,),),
                            (Twin("update", "W2[0,1]", (f"W2[0,1] {sign} eta*grad",)),),
                            param="W2[0,1]" if notation else None))
    return cases


def test_the_word_gradient_without_a_parameter_is_refused():
    assert "name the parameter with --param" in _refusal("net", None, r"x_1 = \text{gradient}")


CASES = _bare_sum_cases() + _entry_cases() + _layer_cases() + _gradient_word_cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# -- a case in words: the sample's target at a value --------------------------------------------------------

_TINY = r'''
[notation]
[notation.symbols]
"x" = "x[0]"
"y" = "y[0]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W2[0, 0]"
"z_{1}" = "z1[0]"
"a_{1}" = "a1[0]"
"a_{2}" = "a2[0]"
'''


def _torch_truths(target: float, seed: int) -> dict:
    """The tiny network's numbers at a random point whose target is ``target``: its quantities, the loss and
    the loss's gradients by a_2 and the two weights (PyTorch autograd, float64)."""
    generator = np.random.default_rng(seed)
    x, w1, w2 = (torch.tensor(float(value), dtype=torch.float64, requires_grad=True)
                 for value in generator.uniform(-1.5, 1.5, 3))
    x = x.detach().abs() + 0.1  # a ReLU switched on, so that the gradient by w1 is not 0 everywhere
    a1 = torch.relu(w1 * x)
    a1.retain_grad()
    a2 = torch.sigmoid(w2 * a1)
    a2.retain_grad()
    loss = torch.nn.functional.binary_cross_entropy(a2, torch.tensor(target, dtype=torch.float64))
    loss.backward()
    return {"x": x.item(), "a1": a1.item(), "a2": a2.item(), "L": loss.item(), "dL/da2": a2.grad.item(),
            "dL/dw2": w2.grad.item(), "dL/dw1": w1.grad.item()}


_DATA_CASES = (
    # (text, the truth it claims, the member as numbers, target of the case)
    (r"L = -\log(1 - a_2) \quad \text{since } y = 0", "L", lambda n: -math.log(1 - n["a2"]), 0.0),
    (r"L = -\log(a_2) \quad \text{since } y = 0", "L", lambda n: -math.log(n["a2"]), 0.0),
    (r"L = -\log(a_2), \text{ when } y = 1", "L", lambda n: -math.log(n["a2"]), 1.0),
    (r"L = -\log(1 - a_2) (if $y = 1$)", "L", lambda n: -math.log(1 - n["a2"]), 1.0),
    (r"\frac{\partial L}{\partial a_2} = \frac{1}{1 - a_2} \text{ since } y = 0", "dL/da2",
     lambda n: 1 / (1 - n["a2"]), 0.0),
    (r"\frac{\partial L}{\partial a_2} = -\frac{1}{1 - a_2} \text{ since } y = 0", "dL/da2",
     lambda n: -1 / (1 - n["a2"]), 0.0),
    (r"\frac{\partial L}{\partial w_2} = a_2 a_1 \text{ (since } y = 0)", "dL/dw2", lambda n: n["a2"] * n["a1"], 0.0),
    (r"\frac{\partial L}{\partial w_2} = (a_2 - 1) a_1 \text{ (since } y = 0)", "dL/dw2",
     lambda n: (n["a2"] - 1) * n["a1"], 0.0),
    (r"\frac{\partial L}{\partial w_2} = (a_2 - 1) a_1 \text{ (since } y = 1)", "dL/dw2",
     lambda n: (n["a2"] - 1) * n["a1"], 1.0),
)


def _oracle_in_case(truth: str, member, target: float) -> str:
    for seed in range(12):
        numbers = _torch_truths(target, seed)
        if not math.isclose(member(numbers), numbers[truth], rel_tol=1e-9, abs_tol=1e-12):
            return W
    return C


@pytest.mark.parametrize("text, truth, member, target", _DATA_CASES, ids=[case[0][:40] for case in _DATA_CASES])
def test_a_case_in_words_is_judged_at_the_data_it_gives(text, truth, member, target):
    expected = _oracle_in_case(truth, member, target)
    assert _check(Public("data-case", "test", "relu-bce", _TINY, text)) == ((expected,),)


def test_the_data_cases_have_right_and_wrong_members_and_the_case_is_what_makes_them_right():
    verdicts = [_oracle_in_case(truth, member, target) for _, truth, member, target in _DATA_CASES]
    assert verdicts == [C, W, C, W, C, W, C, W, C]
    # without its case the first is wrong at a target of 0.3, and check calls it wrong: the case is read, not
    # dropped as a remark; a remark's word before anything but the data (where \eta = 0.5) stays a remark
    assert _oracle_in_case("L", lambda n: -math.log(1 - n["a2"]), 0.3) == W
    for text in (r"L = -\log(1 - a_2)", r"L = -\log(1 - a_2) \quad \text{where } \eta = 0.5"):
        assert _check(Public("no-case", "test", "relu-bce", _TINY, text)) == ((W,),)


@pytest.mark.parametrize("text, words", [
    (r"\frac{d a_1}{d z_1} = 1 \text{ since } z_1 > 0", "is an inequality"),
    (r"L = -\log(1 - a_2) \text{ since } a_1 = 0", "names a1[0]"),
    (r"L = -\log(1 - a_2) \text{ when } w_2 = 0", "names W2[0, 0]"),
    (r"L = -\log(1 - a_2) \text{ if } q = 0", "unknown symbol q"),
])
def test_a_case_on_anything_but_the_data_is_refused_in_one_line(text, words):
    message = _refusal("relu-bce", _TINY, text)
    assert words in message and "since y = 0" in message


def test_grade_keeps_a_case_in_words_with_its_claim(tmp_path, capsys):
    """grade splits a display's statements at \\text{since ...}: the case stays with the claim before it, judged
    in the case (the oracle's verdicts above), and is no claim of its own."""
    problem = tmp_path / "tiny.toml"
    problem.write_text(NETWORKS["relu-bce"] + "[data]\nx = [[1.0]]\ny = [[0.0]]\n[update]\nlearning_rate = 0.1\n"
                       + _TINY, encoding="utf-8")
    submission = tmp_path / "alice.md"
    submission.write_text("$$L = -\\log(1 - a_2) \\quad \\text{since } y = 0$$\n\n"
                          "$\\frac{\\partial L}{\\partial w_2} = (a_2 - 1) a_1 \\text{ (since } y = 0)$\n", encoding="utf-8")
    capsys.readouterr()
    main(["grade", str(submission), "--problem", str(problem), "--format", "json", "--workers", "1"])
    claims = json.loads(capsys.readouterr().out)["submissions"][0]["claims"]
    assert [(claim["line"], claim["verdict"]) for claim in claims] == [
        (1, _oracle_in_case("L", lambda n: -math.log(1 - n["a2"]), 0.0)),
        (3, _oracle_in_case("dL/dw2", lambda n: (n["a2"] - 1) * n["a1"], 0.0))]
    assert [claim["verdict"] for claim in claims] == [C, W]
