"""Sums, products and vectors written out with an ellipsis, which held-out batches 21 and 22 showed refused
(imathworks' ``-(x_1 \\cdot w_1 + x_2 \\cdot w_2 + \\, \\dots \\, + x_n \\cdot w_n)``, hmchen47's
``w_{ij_0} a_{i_0} + w_{ij_1} a_{i_1} + \\cdots + w_{ij_n} a_{i_n}``), each written as another author would (other
names, other networks than the pages'): the terms before the ellipsis and the one after it one template counting
up one index to a bound the reading knows (a number, a count the notation gives, the value whose term the notation
names, an index letter's last value), in LaTeX and plain text, negated, inside a function, as a product and as a
vector. Each case is judged right where the formula is right and wrong where one thing is changed; an ellipsis
that would be a guess (a last term off the template, values that skip, an unknown bound, a bound the claim is
stated for) is refused with one line saying to write \\sum_{i=1}^{n}.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3_NO_BIAS, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one linear unit on four inputs, the half squared error
    "linear-four": '[[layer]]\ninputs = 4\nunits = 1\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n',
    "sigmoid-three": LOGISTIC_3_NO_BIAS,
    "softmax-three": SOFTMAX_2_3,
    # a tanh layer of two units on three inputs, the half squared error
    "tanh-two": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n',
}
CHECKS = CaseChecks(NETWORKS)

# u_k the inputs, v_k their weights (from 1), c the bias, m = 4 their count
_COUNTED = r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"u_{k}" = "x[k-1]"
"v_{k}" = "W1[0, k-1]"
"c" = "b1[0]"
"o" = "a1[0]"
"t" = "y[0]"
"m" = "4"
"u" = "x[:]"
"v" = "W1[0, :]"
'''
# the last input and weight named as such, u_K and v_K, K given no number
_NAMED = _COUNTED.replace('"m" = "4"', '"u_{K}" = "x[3]"\n"v_{K}" = "W1[0, 3]"')
# inputs from 0, n an index letter of the notation that no claim fixes
_FROM_ZERO = r'''
[notation]
indices = "nq"
loss = ["E"]
[notation.symbols]
"u_{n}" = "x[n]"
"v_{n}" = "W1[0, n]"
"c" = "b1[0]"
"o" = "a1[0]"
"t" = "y[0]"
"v" = "W1[0, :]"
'''
# p_j, q_j the inputs and weights of a sigmoid unit, r = 3 their count
_SIGMOID = r'''
[notation]
indices = "j"
[notation.symbols]
"p_{j}" = "x[j-1]"
"q_{j}" = "W1[0, j-1]"
"h" = "a1[0]"
"r" = "3"
'''
# Nielsen's letters with a layer superscript: w^l_{jk} from unit k of layer l - 1 to unit j of layer l
_LAYERED = r'''
[notation]
indices = "ijkl"
loss = ["C"]
[notation.symbols]
"w_{ij}^{l}" = "W{l}[i-1, j-1]"
"b_{i}^{l}" = "b{l}[i-1]"
"z_{i}^{l}" = "z{l}[i-1]"
"a_{i}^{l}" = "a{l}[i-1]"
"a_{i}^{0}" = "x[i-1]"
'''
# s_k the softmax's inputs, p_k its outputs, K = 3 classes
_SOFTMAX = r'''
[notation]
indices = "k"
[notation.symbols]
"s_{k}" = "z1[k-1]"
"p_{k}" = "a1[k-1]"
"K" = "3"
'''
_SUM4 = "x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + x[3]*W1[0,3]"
_SUM3 = "x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]"
_I4 = tuple({"i": i} for i in range(4))


def _cases() -> list[Public]:
    cases = []
    for key, notation, text, verdict, member in (
            # the last index a count the notation gives, m = 4
            ("counted", _COUNTED, r"o = u_1 v_1 + u_2 v_2 + \dots + u_m v_m + c", C, f"{_SUM4} + b1[0]"),
            ("counted-to-three", _COUNTED, r"o = u_1 v_1 + u_2 v_2 + \dots + u_3 v_3 + c", W, f"{_SUM3} + b1[0]"),
            # \cdots, braced subscripts, one written term before it
            ("cdots-braced", _COUNTED, r"o = v_{1}u_{1} + \cdots + v_{m}u_{m} + c", C, f"{_SUM4} + b1[0]"),
            ("cdots-from-two", _COUNTED, r"o = v_{2}u_{2} + \cdots + v_{m}u_{m} + c", W,
             "x[1]*W1[0,1] + x[2]*W1[0,2] + x[3]*W1[0,3] + b1[0]"),
            # plain text, subscripts written and glued
            ("plain", _COUNTED, "o = u_1*v_1 + u_2*v_2 + ... + u_4*v_4 + c", C, f"{_SUM4} + b1[0]"),
            ("plain-glued", _COUNTED, "o = u1*v1 + u2*v2 + ... + u4*v4 + c", C, f"{_SUM4} + b1[0]"),
            ("plain-glued-minus-bias", _COUNTED, "o = u1*v1 + u2*v2 + ... + u4*v4 - c", W, f"{_SUM4} - b1[0]"),
            # plain text's last term with the letter glued, um*vm (read as u m v m on its own)
            ("plain-glued-letter", _COUNTED, "o = u1*v1 + u2*v2 + ... + um*vm + c", C, f"{_SUM4} + b1[0]"),
            ("plain-glued-letter-from-two", _COUNTED, "o = u2*v2 + ... + um*vm + c", W,
             "x[1]*W1[0,1] + x[2]*W1[0,2] + x[3]*W1[0,3] + b1[0]"),
            # code's index in brackets, from 0, in symbols.md's names
            ("code-index", _COUNTED, "a1[0] = x[0]*W1[0,0] + x[1]*W1[0,1] + ... + x[3]*W1[0,3] + b1[0]", C,
             f"{_SUM4} + b1[0]"),
            ("code-index-to-two", _COUNTED, "a1[0] = x[0]*W1[0,0] + x[1]*W1[0,1] + ... + x[2]*W1[0,2] + b1[0]", W,
             f"{_SUM3} + b1[0]"),
            # the bias before the terms
            ("bias-first", _COUNTED, r"o = c + u_1 v_1 + u_2 v_2 + \ldots + u_m v_m", C, f"b1[0] + {_SUM4}"),
            # the last term one the notation names: up to the value whose term it is
            ("named-last", _NAMED, r"o = u_1 v_1 + u_2 v_2 + \dots + u_K v_K + c", C, f"{_SUM4} + b1[0]"),
            ("named-last-from-two", _NAMED, r"o = u_2 v_2 + \dots + u_K v_K + c", W,
             "x[1]*W1[0,1] + x[2]*W1[0,2] + x[3]*W1[0,3] + b1[0]"),
            # from 0 to an index letter no claim fixes: the index's last value
            ("from-zero", _FROM_ZERO, r"o = v_0 u_0 + v_1 u_1 + \ldots + v_n u_n + c", C, f"{_SUM4} + b1[0]"),
            ("from-zero-skipping-zero", _FROM_ZERO, r"o = v_1 u_1 + v_2 u_2 + \ldots + v_n u_n + c", W,
             "x[1]*W1[0,1] + x[2]*W1[0,2] + x[3]*W1[0,3] + b1[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-four", notation, text, ((verdict,),),
                            (Twin("value", "a1[0]", (member,)),)))
    for key, text, verdict, member in (
            # negated terms: the ellipsis between them stands for negated terms
            ("negated", r"c - o = -u_1 v_1 - u_2 v_2 - \dots - u_m v_m", C, f"-({_SUM4})"),
            ("negated-first-plus", r"c - o = u_1 v_1 - u_2 v_2 - \dots - u_m v_m", W,
             "x[0]*W1[0,0] - x[1]*W1[0,1] - x[2]*W1[0,2] - x[3]*W1[0,3]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-four", _COUNTED, text, ((verdict,),),
                            (Twin("value", "b1[0] - a1[0]", (member,)),)))
    for key, text, verdict, member in (
            # a product written out: \cdots between factors
            ("product", r"u_1 u_2 \cdots u_m = u_1 u_2 u_3 u_4", C, "x[0]*x[1]*x[2]*x[3]"),
            ("product-three", r"u_1 u_2 \cdots u_m = u_1 u_2 u_3", W, "x[0]*x[1]*x[2]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-four", _COUNTED, text, ((verdict,),),
                            (Twin("value", "x[0]*x[1]*x[2]*x[3]", (member,)),)))
    for key, notation, text, verdict, member in (
            # a vector written as a list with an ellipsis, from 1 to the count and from 0 to an index letter
            ("list", _COUNTED, r"\frac{\partial E}{\partial v} = (o - t)[u_1, u_2, \ldots, u_m]", C,
             "(a1[0] - y[0])*x[{i}]"),
            ("list-sign", _COUNTED, r"\frac{\partial E}{\partial v} = (t - o)[u_1, u_2, \ldots, u_m]", W,
             "(y[0] - a1[0])*x[{i}]"),
            ("list-from-zero", _FROM_ZERO, r"\frac{\partial E}{\partial v} = (o - t)[u_0, \ldots, u_n]", C,
             "(a1[0] - y[0])*x[{i}]"),
            ("list-from-zero-sum", _FROM_ZERO, r"\frac{\partial E}{\partial v} = (o + t)[u_0, \ldots, u_n]", W,
             "(a1[0] + y[0])*x[{i}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-four", notation, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{i}]", (member,), _I4),)))
    for key, text, verdict, target in (
            # a list in parentheses, the whole side of a relation
            ("tuple", r"u = (u_1, u_2, \ldots, u_m)", C, "x[{i}]"),
            ("tuple-weights", r"v = (u_1, u_2, \ldots, u_m)", W, "W1[0,{i}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-four", _COUNTED, text, ((verdict,),),
                            (Twin("value", target, ("x[{i}]",), _I4),)))
    for key, text, verdict, member in (
            # inside the sigmoid, \, around \dots, the count r = 3
            ("in-sigmoid", r"h = \frac{1}{1 + e^{-(p_1 \cdot q_1 + p_2 \cdot q_2 + \, \dots \, + p_r \cdot q_r)}}", C,
             "1/(1 + exp(-(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])))"),
            ("in-sigmoid-unsigned", r"h = \frac{1}{1 + e^{(p_1 \cdot q_1 + p_2 \cdot q_2 + \, \dots \, + p_r \cdot q_r)}}",
             W, "1/(1 + exp(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]))")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-three", _SIGMOID, text, ((verdict,),),
                            (Twin("value", "a1[0]", (member,)),)))
    for key, text, verdict, member in (
            # a function's arguments listed with written entries before the ellipsis: the whole vector
            ("softmax-arguments", r"p_k = \text{softmax}(s_1, s_2, \ldots, s_K)_k", C,
             "exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"),
            ("softmax-arguments-complement", r"p_k = 1 - \text{softmax}(s_1, s_2, \ldots, s_K)_k", W,
             "1 - exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax-three", _SOFTMAX, text, ((verdict,),),
                            (Twin("value", "a1[{k}]", (member,), ({"k": 0}, {"k": 1}, {"k": 2})),)))
    for key, text, verdict, member in (
            # a layer's weighted input with superscripts, m the count of the layer below (no number given)
            ("layered", r"z^l_i = w^l_{i,1}a^{l-1}_1 + \dots + w^l_{i,m}a^{l-1}_m + b^l_i", C,
             "W1[{i},0]*x[0] + W1[{i},1]*x[1] + W1[{i},2]*x[2] + b1[{i}]"),
            ("layered-no-bias", r"z^l_i = w^l_{i,1}a^{l-1}_1 + \dots + w^l_{i,m}a^{l-1}_m", W,
             "W1[{i},0]*x[0] + W1[{i},1]*x[1] + W1[{i},2]*x[2]")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-two", _LAYERED, text, ((verdict,),),
                            (Twin("value", "z1[{i}]", (member,), ({"i": 0}, {"i": 1})),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _refusal(text: str, notation: str = _COUNTED) -> str:
    return CHECKS.refused("linear-four", notation, text)


@pytest.mark.parametrize("text, why", [
    # the last term off the template: the ellipsis would hide a wrong term
    (r"o = u_1 v_1 + u_2 v_2 + \dots + u_m v_{m-1} + c", "not one template"),
    (r"o = u_1 v_1 + u_2 v_2 + \dots + u_m v_1 + c", "change in other indices"),
    (r"o = u_1 v_1 + \dots + u_m v_n + c", "change in more than one way"),
    ("o = u1*v1 + u2*v2 + ... + um*vk + c", "change in more than one way"),
    ("a1[0] = x[0]*W1[0,0] + ... + x[3]*W1[0,2] + b1[0]", "change in more than one way"),
    (r"o = u_1 v_1 + u_2 v_2 + \dots + u_2 v_m + c", "change in other indices"),
    # an open-ended general rule (docs/notation.md's w_{j0} x_0 + \dots + w_{ji} a_i)
    (r"o = v_1 u_0 + \dots + v_k t", "not one template"),
    # values that skip, or come back
    (r"o = u_1 v_1 + u_3 v_3 + \dots + u_m v_m + c", "not consecutive"),
    (r"u = (u_2, u_1, \ldots, u_m)", "not consecutive"),
    # a bound no one gives a value, and one that ends before the written terms
    (r"o = u_1 v_1 + u_2 v_2 + \dots + u_p v_p + c", "has no value"),
    (r"o = u_2 v_2 + u_3 v_3 + \dots + u_1 v_1 + c", "does not come after"),
    # the bound the letter the claim is stated for: the range moves with it
    (r"\frac{\partial o}{\partial v_k} = \frac{\partial}{\partial v_k}(v_1 u_1 + \dots + v_k u_k + c) = u_k",
     "the claim is stated for"),
])
def test_an_ellipsis_that_would_be_a_guess_is_refused_saying_what_to_write(text, why):
    message = _refusal(text)
    assert why in message and "ellipsis" in message
    assert r"\sum_{i=1}^{n}" in message or "every entry" in message


def test_listed_arguments_that_skip_an_entry_are_refused():
    message = CHECKS.refusal(Public("refused", "test", "softmax-three", _SOFTMAX,
                                    r"p_k = \text{softmax}(s_1, s_3, \ldots, s_K)_k"))
    assert "not consecutive" in message and "every entry" in message


def test_an_ellipsis_whose_last_term_the_notation_names_off_the_template_is_refused():
    """u_K named as an input no written term counts up to (x[3] where the terms are weights): no term of theirs."""
    notation = _NAMED.replace('"u_{K}" = "x[3]"', '"u_{K}" = "W1[0, 3]"')
    assert "no term of the written ones" in _refusal(r"o = u_1 + u_2 + \dots + u_K + c", notation)
