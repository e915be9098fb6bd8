"""Batch 53 and 54 of the public formulas showed three constructs misread or refused, each written here as another
author would (other names, other networks than the pages'): a notation's pattern written as a call, MATLAB's
``v(k)`` (its parenthesised index the subscript, as a formula's ``v(1)`` is the entry v_{1}), where a pattern of two
index groups (``x[1](n)``) loaded and then misread and is now refused when loaded; the model named with code's index,
``g[w](x)`` with functions = { "g[w]" = "layer" }, read as ``g_{w}(x)`` is (the model's output at the sample), in a
derivative's numerator, in sums over the samples and bare; and a gradient with no function after its subscript,
``\nabla_{V} = ...``, the gradient of the loss as ``\nabla_{V} L`` is (refused where the notation leaves the loss no
name).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, LOGISTIC_3, LOGISTIC_3_NO_BIAS, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-two": LOGISTIC_2,
    "logistic-three": LOGISTIC_3,
    "logistic-three-no-bias": LOGISTIC_3_NO_BIAS,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# MATLAB's parenthesised indices in a notation's patterns: v(0) the bias, v(k) weight k, x(i) input i
_CALLS = r'''
[notation]
[notation.symbols]
"x(i)" = "x[i-1]"
"v(k)" = "W1[0, k-1]"
"v(0)" = "b1[0]"
"s" = "z1[0]"
'''
_SUM = "b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]"
# the model named with code's index: g[w] the prediction, w[k] weight k, x^{(i)} sample i (one here), J the cost
_MODEL = r'''
[notation]
indices = "ik"
loss = ["J"]
functions = { "g[w]" = "layer" }
[notation.symbols]
"w" = "W1[0, :]"
"w[k]" = "W1[0, k]"
"b" = "b1[0]"
"x" = "x[:]"
"x_{k}" = "x[k]"
"x^{(i)}" = "x[:]"
"x_{k}^{(i)}" = "x[k]"
"y" = "y[0]"
"y^{(i)}" = "y[0]"
"m" = "1"
'''
# the same with a Greek letter in the brackets, no bias: f[\theta] the prediction, u the input, t the target
_THETA = r'''
[notation]
indices = "j"
loss = ["E"]
functions = { "f[\\theta]" = "layer" }
[notation.symbols]
"\\theta" = "W1[0, :]"
"\\theta[j]" = "W1[0, j]"
"u" = "x[:]"
"u[j]" = "x[j]"
"t" = "y[0]"
'''
# two sigmoid layers, the halved squared error: V, c the output layer's weights and biases, h, o the outputs
_LAYERS = r'''
[notation]
[notation.symbols]
"V" = "W2[:, :]"
"c" = "b2[:]"
"h" = "a1[:]"
"o" = "a2[:]"
"t" = "y[:]"
'''
_DELTA = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_J2 = ({"j": 0}, {"j": 1})
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_Z3 = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"
_SLOPE = "a1[0]*(1 - a1[0])*x[{k}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a pattern's parenthesised index is its subscript: v(1) is the pattern v(k) at k = 1
            ("call-pattern", "s = v(0) + v(1) x(1) + v(2) x(2)", ((C,),), (Twin("value", "z1[0]", (_SUM,)),)),
            ("call-pattern-wrong", "s = v(0) + v(1) x(2) + v(2) x(1)", ((W,),),
             (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[1] + W1[0,1]*x[0]",)),)),
            ("call-pattern-times", "s = v(1)*x(1) + v(2)*x(2) + v(0)", ((C,),), (Twin("value", "z1[0]", (_SUM,)),))):
        cases.append(Public(key, "test", "logistic-two", _CALLS, text, expected, twins))
    for key, text, expected, twins in (
            # code's index in the model's name is its subscript: g[w](x) the prediction at the sample
            ("model-code-index", r"g[w](x) = \frac{1}{1 + e^{-(w^T x + b)}}", ((C,),),
             (Twin("value", "a1[0]", (f"1/(1 + exp(-({_Z3} + b1[0])))",)),)),
            ("model-code-index-wrong", r"g[w](x) = \frac{1}{1 + e^{-(w^T x - b)}}", ((W,),),
             (Twin("value", "a1[0]", (f"1/(1 + exp(-({_Z3} - b1[0])))",)),)),
            ("model-gradient", r"\frac{\partial J}{\partial w[k]} = (g[w](x) - y) x_k", ((C,),),
             (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K3),)),
            ("model-gradient-wrong", r"\frac{\partial J}{\partial w[k]} = (y - g[w](x)) x_k", ((W,),),
             (Twin("gradient", "W1[0,{k}]", ("(y[0] - a1[0])*x[{k}]",), _K3),)),
            # in a derivative's numerator, called and bare
            ("model-numerator", r"\frac{\partial g[w](x)}{\partial w[k]} = g[w](x)(1 - g[w](x)) x_k", ((C,),),
             (Twin("value", _SLOPE, (_SLOPE,), _K3),)),
            ("model-numerator-wrong", r"\frac{\partial g[w](x)}{\partial w[k]} = -g[w](x)(1 - g[w](x)) x_k",
             ((W,),), (Twin("value", _SLOPE, ("-" + _SLOPE,), _K3),)),
            ("model-bare", r"\frac{\partial g[w]}{\partial w[k]} = g[w] \cdot (1 - g[w]) x_k", ((C,),),
             (Twin("value", _SLOPE, (_SLOPE,), _K3),)),
            # in sums over the samples
            ("model-sum", r"\frac{\partial J}{\partial w[k]} = \frac{1}{m}\sum_{i=1}^{m} (g[w](x^{(i)}) - y^{(i)})"
             r" x_k^{(i)}", ((C,),), (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K3),)),
            ("model-sum-wrong", r"\frac{\partial J}{\partial w[k]} = \frac{1}{m}\sum_{i=1}^{m} (g[w](x^{(i)}) -"
             r" y^{(i)})", ((W,),), (Twin("gradient", "W1[0,{k}]", ("a1[0] - y[0]",), _K3),)),
            ("model-cost", r"J = -\frac{1}{m}\sum_{i=1}^{m} [y^{(i)} \log g[w](x^{(i)}) + (1 - y^{(i)}) \log(1 -"
             r" g[w](x^{(i)}))]", ((C,),),
             (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                   ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),))):
        cases.append(Public(key, "test", "logistic-three", _MODEL, text, expected, twins))
    for key, text, expected, twins in (
            ("theta-code-index", r"f[\theta](u) = \frac{1}{1 + \exp(-\theta^T u)}", ((C,),),
             (Twin("value", "a1[0]", (f"1/(1 + exp(-({_Z3})))",)),)),
            ("theta-code-index-wrong", r"f[\theta](u) = \frac{1}{1 + \exp(\theta^T u)}", ((W,),),
             (Twin("value", "a1[0]", (f"1/(1 + exp({_Z3}))",)),)),
            ("theta-gradient", r"\frac{\partial E}{\partial \theta[j]} = (f[\theta](u) - t) u[j]", ((C,),),
             (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J3),)),
            ("theta-gradient-wrong", r"\frac{\partial E}{\partial \theta[j]} = (f[\theta](u) + t) u[j]", ((W,),),
             (Twin("gradient", "W1[0,{j}]", ("(a1[0] + y[0])*x[{j}]",), _J3),))):
        cases.append(Public(key, "test", "logistic-three-no-bias", _THETA, text, expected, twins))
    for key, text, expected, twins in (
            # \nabla with its subscript and nothing after it: the loss's gradient, before a relation or at the end
            ("nabla-unwritten-loss", r"\nabla_{V} = ((o - t) \odot o \odot (1 - o)) h^T", ((C,),),
             (Twin("gradient", "W2[{j},{i}]", (f"{_DELTA}*a1[{{i}}]",), _JI),)),
            ("nabla-unwritten-loss-wrong", r"\nabla_{V} = ((o - t) \odot o) h^T", ((W,),),
             (Twin("gradient", "W2[{j},{i}]", ("(a2[{j}] - y[{j}])*a2[{j}]*a1[{i}]",), _JI),)),
            ("nabla-unwritten-bias", r"\nabla_c = (o - t) \odot o \odot (1 - o)", ((C,),),
             (Twin("gradient", "b2[{j}]", (_DELTA,), _J2),)),
            ("nabla-unwritten-bias-wrong", r"\nabla_{c} \approx o - t", ((W,),),
             (Twin("gradient", "b2[{j}]", ("a2[{j}] - y[{j}]",), _J2),)),
            ("nabla-unwritten-update", r"V := V - \eta \nabla_V", ((C,),),
             (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*grad",), _JI),)),
            ("nabla-unwritten-update-wrong", r"V := V + \eta \nabla_V", ((W,),),
             (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] + eta*grad",), _JI),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _LAYERS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("pattern", ["g[2](0)", "g[2](k)", "g_{2}(k)", "g^{(2)}(1)"])
def test_a_pattern_of_two_index_groups_is_refused_when_loaded(pattern):
    """``"g[2](k)"``: a code index (or a script) then a parenthesised one; the grammar's symbol has one subscript and
    one superscript, and which group is which is the page's to say, so the table is refused naming the pattern."""
    table = tomllib.loads(f'[notation]\n[notation.symbols]\n"{pattern}" = "x[0]"\n')["notation"]
    with pytest.raises(FormulaError) as error:
        notation_from_table(table, "course.toml")
    message = str(error.value)
    assert message.startswith(f"course.toml: [notation] symbols.{pattern!r}: is not one symbol")
    assert "two index groups" in message and "write" in message and "\n" not in message


def test_a_two_group_pattern_never_reaches_a_formula():
    """The literal pattern and the indexed one together (the page's bias input and its inputs): refused at the
    notation, before any formula is judged (they had loaded as the same symbol and misread)."""
    notation = '[notation]\n[notation.symbols]\n"u[1](0)" = "1"\n"u[1](i)" = "x[i-1]"\n'
    assert "two index groups" in CHECKS.refused("logistic-two", notation, "u[1](2) = 0")


def test_a_gradient_with_no_loss_after_it_is_refused_where_the_loss_has_no_name():
    """``\nabla_{c} = ...`` where the notation's patterns take L, E, C and J: which loss is not said."""
    notation = _LAYERS + '"L" = "2"\n"E" = "a2[0]"\n"C" = "3"\n"J" = "4"\n'
    message = CHECKS.refused("sigmoid-3-2", notation, r"\nabla_{c} = (o - t) \odot o \odot (1 - o)")
    assert "with nothing after it" in message and "write the loss after it" in message
