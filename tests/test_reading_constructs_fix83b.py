"""Batch 83 of the public formulas showed two general constructs refused, each written here as another author would
(other names, another network than the page's): a derivative the formula's line defines in parentheses after it,
Yadira-Sainz's ``delta2 = E * σ'(A2)  (σ'(a)=a*(1-a) si a = σ(z))``, in plain text and in TeX, the definition at the
output (a condition saying so, or none) or at the input, its calls read as the definition says (the output's
definition at the sum stays the slip it is, and the same formula without the definition stays wrong); a wrong
definition refused; and a formula followed by a colon and a description in words, algonest's list item ``z=wTx+b:
tổng có trọng số``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# the outputs' names: p the outputs, t the targets, s their sums, d = dE/ds, E the loss
VECTOR_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"p" = "a2[:]"
"t" = "y[:]"
"s" = "z2[:]"
"d" = "grad(z2[:])"
'''
# the same unit by unit, k the output
UNIT_NOTATION = r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"p_{k}" = "a2[k]"
"t_{k}" = "y[k]"
"s_{k}" = "z2[k]"
'''
_K2 = ({"k": 0}, {"k": 1})
_ERROR = "(a2[{k}] - y[{k}])"
_RIGHT = _ERROR + "*a2[{k}]*(1 - a2[{k}])"
_HALF_LOSS = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the definition at the output, a condition saying so: the call at the output is the derivative
            ("output-defined-if", "d = (p - t) * σ'(p)  (σ'(u) = u*(1-u) if u = σ(s))", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("output-defined-si", "d = (p - t) * σ'(p)  (σ'(u)=u*(1-u) si u = σ(s)).", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("output-defined-tex", r"d = (p - t) \odot \sigma'(p) \quad (\sigma'(u) = u(1-u) \text{ where } u = "
                                   r"\sigma(s))", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("output-defined-no-condition", "d = (p - t) * σ'(p)  (σ'(u) = u*(1-u))", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            # the output's definition called at the sum: the writer's slip, s(1 - s)
            ("output-defined-at-sum-wrong", "d = (p - t) * σ'(s)  (σ'(u) = u*(1-u) if u = σ(s))", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (_ERROR + "*z2[{k}]*(1 - z2[{k}])",), _K2),)),
            # the same formula without the definition: σ'(p) is the derivative at p, wrong (batches 24, 36, 60)
            ("undefined-at-output-wrong", "d = (p - t) * σ'(p)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (_ERROR + "*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",), _K2),)),
            # the definition at the input, called at the sum: the derivative; called at the output: wrong
            ("input-defined", "d = (p - t) * σ'(s)  (σ'(v) = σ(v)*(1 - σ(v)))", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("input-defined-at-output-wrong", "d = (p - t) * σ'(p)  (σ'(v) = σ(v)*(1 - σ(v)))", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (_ERROR + "*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",), _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", VECTOR_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # code's derivative word defined above the formulas that call it: the definition says where it is taken
            ("def-above-output", "def dsigmoid(y): return y * (1 - y)\nd = (p - t) * dsigmoid(p)", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("def-above-output-lines", "def sigmoid_deriv(y):\n    return y * (1 - y)\n\nd = (p - t) * sigmoid_deriv(p)",
             ((C,),), (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("def-above-output-at-sum-wrong", "def dsigmoid(y): return y * (1 - y)\nd = (p - t) * dsigmoid(s)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (_ERROR + "*z2[{k}]*(1 - z2[{k}])",), _K2),)),
            ("def-above-input", "def sigmoid_derivative(v):\n    s = 1 / (1 + np.exp(-v))\n    return s * (1 - s)\n"
                                "d = (p - t) * sigmoid_derivative(s)", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),)),
            ("def-above-input-at-output-wrong", "def sigmoid_derivative(v):\n    s = 1 / (1 + np.exp(-v))\n"
                                                "    return s * (1 - s)\nd = (p - t) * sigmoid_derivative(p)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (_ERROR + "*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",), _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", VECTOR_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a description in words after a colon closing the line
            ("colon-remark", r"E = \frac{1}{2} \sum_k (p_k - t_k)^2: half the squared error", ((C,),),
             (Twin("value", _HALF_LOSS, (_HALF_LOSS,)),)),
            ("colon-remark-wrong", r"E = \sum_k (p_k - t_k)^2: tổng bình phương sai số", ((W,),),
             (Twin("value", _HALF_LOSS, ("2*" + _HALF_LOSS,)),)),
            ("colon-remark-defined", "d_k = (p_k - t_k) * σ'(p_k)  (σ'(u) = u*(1-u) if u = σ(s))", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_RIGHT,), _K2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", UNIT_NOTATION.replace(
            '"s_{k}"', '"d_{k}" = "grad(z2[k])"\n"s_{k}"'), text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_wrong_definition_is_refused_not_used():
    """``σ'(u) = u*(1+u)`` is the derivative neither at the output nor at the input: refused, whatever the formula."""
    for text in ("d = (p - t) * σ'(p)  (σ'(u) = u*(1+u) if u = σ(s))",
                 "d = (p - t) * σ'(s)  (σ'(u) = u*(1+u) if u = σ(s))",
                 r"d = (p - t) \odot \sigma'(s) \quad (\sigma'(u) = u(1+u) \text{ if } u = \sigma(s))",
                 "d = (p - t) * σ'(s)  (σ'(v) = σ(v)*(1 + σ(v)))"):
        message = CHECKS.refused("sigmoid-2-2-2", VECTOR_NOTATION, text)
        assert "is not the derivative of" in message


def test_a_wrong_definition_above_is_refused_and_no_definition_stays_refused():
    """``def dsigmoid(y): return y * (1 + y)`` above the formula: refused, never used; the call alone stays refused
    (the page never says which)."""
    message = CHECKS.refused("sigmoid-2-2-2", VECTOR_NOTATION, "def dsigmoid(y): return y * (1 + y)\nd = (p - t) * dsigmoid(p)")
    assert "is not" in message and "at its input nor at its output" in message
    message = CHECKS.refused("sigmoid-2-2-2", VECTOR_NOTATION, "d = (p - t) * dsigmoid(p)")
    assert "the two readings do not agree" in message


def test_an_input_definition_under_an_output_condition_is_refused():
    """``σ'(u) = σ(u)(1 - σ(u)) if u = σ(s)``: the condition says u is the output, where that is no derivative."""
    message = CHECKS.refused("sigmoid-2-2-2", VECTOR_NOTATION, "d = (p - t) * σ'(s)  (σ'(u) = σ(u)*(1-σ(u)) if u = σ(s))")
    assert "at its output" in message


def test_a_colon_before_names_stays_refused():
    """``: p t`` after the formula: words the notation names could be mathematics, so the line stays as written."""
    for words in ("p t", "the p"):
        message = CHECKS.refused("sigmoid-2-2-2", UNIT_NOTATION, rf"E = \frac{{1}}{{2}} \sum_k (p_k - t_k)^2: {words}")
        assert "unexpected at ':'" in message
