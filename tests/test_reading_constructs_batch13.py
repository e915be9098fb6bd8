"""The reading constructs batch 13 of the public formulas showed missing, each written as another author would
(other names, other networks than the pages'): a name with a word after its digits as a notation's pattern
(scribd's ``w5new``), a letter with a prime and digits glued as a pattern (quesba's ``w'1``), and ``.`` as the
product between names in code-like plain text with ``d_loss/dW`` for the loss's derivative (selimslab's
``W1.x``, ``learning_rate.d_loss/dW``). Each case is judged right where the formula is right and wrong where
one thing is changed; what stays ambiguous is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names, and the test holds both the oracle
and check to the case's verdicts.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import TANH_2_3_LINEAR_2_SE
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a 2-2-2 sigmoid network without biases, the half squared error, with numbers and a learning rate
    "mazur": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.15, 0.2],'
             ' [0.25, 0.3]]\n[[layer]]\nunits = 2\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.4, 0.45],'
             ' [0.5, 0.55]]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[0.05, 0.1]]\ny = [[0.01, 0.99]]\n'
             '[update]\nlearning_rate = 0.5\n',
    # a ReLU layer of three before one identity output without a bias
    "relu": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n[[layer]]\nunits = 1\nactivation = "identity"\n'
            'bias = "none"\n'
            '[loss]\nname = "half_squared_error"\n',
    # two identity outputs after a tanh layer of three, the squared error, a learning rate
    "regression": TANH_2_3_LINEAR_2_SE + '[update]\nlearning_rate = 0.1\n',
}
CHECKS = CaseChecks(NETWORKS)

_J3 = ({"j": 0}, {"j": 1}, {"j": 2})

# a word after the digits: u3next the new u3 (the oracle's new values: W1[1,0] 0.24988759326871193, W2[0,1]
# 0.41365462740402764 after one step at eta = 0.5)
_NEXT = r'''
[notation]
[notation.symbols]
"u3" = "W1[1, 0]"
"q6" = "W2[0, 1]"
"u3next" = "new(W1[1, 0])"
"q6next" = "new(W2[0, 1])"
'''

# a prime glued between a letter and its digits: c'1 ... c'3 the output's weights, h1 ... h3 the hidden units
_PRIMED = r'''
[notation]
loss = ["E"]
functions = { g = "relu" }
[notation.symbols]
"v1" = "W1[0, 0]"
"p1" = "x[0]"
"r1" = "z1[0]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"h3" = "a1[2]"
"c'1" = "W2[0, 0]"
"c'2" = "W2[0, 1]"
"c'3" = "W2[0, 2]"
"o" = "a2[0]"
"t" = "y[0]"
'''

# code-like notes: . the product, act the tanh, h the hidden layer, U any parameter, cost the loss
_DOTTED = r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
loss = ["cost"]
parameter = ["U"]
functions = { act = "tanh" }
[notation.symbols]
"x_{k}" = "x[k]"
"V1_{jk}" = "W1[j, k]"
"c1_{j}" = "b1[j]"
"h_{j}" = "a1[j]"
'''
_HIDDEN = "tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            ("next", "u3next=0.24988759", C, Twin("update", "W1[1,0]", ("=0.24988759",))),
            ("next-sign", "u3next=0.25011241", W, Twin("update", "W1[1,0]", ("=0.25011241",))),
            ("next-other", "q6next = 0.41365463", C, Twin("update", "W2[0,1]", ("=0.41365463",))),
            ("next-swapped", "q6next = 0.24988759", W, Twin("update", "W2[0,1]", ("=0.24988759",)))):
        cases.append(Public(f"word-{key}-{verdict}", "test", "mazur", _NEXT, text, ((verdict,),), (twin,)))
    for key, text, verdict, member in (
            ("sum", "o=h1*c'1+h2*c'2+h3*c'3", C, "a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2]"),
            ("sum-repeated", "o=h1*c'1+h2*c'1+h3*c'3", W, "a1[0]*W2[0,0] + a1[1]*W2[0,0] + a1[2]*W2[0,2]")):
        cases.append(Public(f"primed-{key}-{verdict}", "test", "relu", _PRIMED, text, ((verdict,),),
                            (Twin("value", "a2[0]", (member,)),)))
    # the primes elsewhere keep their meaning: g' the ReLU's derivative beside the patterns' c'1
    for key, text, verdict, member in (
            ("chain", "dE/dv1 = (o - t)*c'1*g'(r1)*p1", C, "(a2[0] - y[0])*W2[0,0]*Heaviside(z1[0])*x[0]"),
            ("chain-other", "dE/dv1 = (o - t)*c'2*g'(r1)*p1", W, "(a2[0] - y[0])*W2[0,1]*Heaviside(z1[0])*x[0]")):
        cases.append(Public(f"primed-{key}-{verdict}", "test", "relu", _PRIMED, text, ((verdict,),),
                            (Twin("gradient", "W1[0,0]", (member,)),)))
    for key, text, verdict, member in (
            ("layer", "h = act(V1.x + c1)", C, _HIDDEN),
            ("layer-no-bias", "h = act(V1.x)", W, "tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1])")):
        cases.append(Public(f"dot-{key}-{verdict}", "test", "regression", _DOTTED, text, ((verdict,),),
                            (Twin("value", "a1[{j}]", (member,), _J3),)))
    for key, text, verdict, member in (
            ("update", "U = U - lr.d_cost/dU", C, "W2[1,0] - eta*grad"),
            ("update-ascent", "U = U + lr.d_cost/dU", W, "W2[1,0] + eta*grad")):
        cases.append(Public(f"dot-{key}-{verdict}", "test", "regression", _DOTTED, text, ((verdict,),),
                            (Twin("update", "W2[1,0]", (member,)),), param="W2[1,0]"))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_notations_own_d_name_is_not_read_as_a_derivative():
    """Where the notation gives d_cost a meaning of its own (here a hidden unit's output), d_cost/dU is that
    quantity over dU, which is nothing: refused, never the loss's derivative called correct."""
    notation = _DOTTED + '"d_{cost}" = "a1[0]"\n'
    assert "d matches none of the notation's patterns for d ('d_{cost}')" in _refusal(
        "regression", notation, "U = U - lr.d_cost/dU")


@pytest.mark.parametrize("network, notation, text, words", [
    # a word after the digits that no pattern writes is no name: never u3 times n, e, x, t
    ("mazur", _NEXT.replace('"u3next" = "new(W1[1, 0])"\n', ""), "u3next=0.24988759", "unknown symbol"),
    # a primed name no pattern writes (c'4) is refused, not read as c' times 4
    ("relu", _PRIMED, "o=h1*c'1+h2*c'2+h3*c'4", "c'"),
    # where the notation names a dotted name (code's attributes), an unnamed one stays code's, refused with the
    # product's spelling offered
    ("regression", _DOTTED + '"obj.h" = "a1[0]"\n', "h = act(V1.x + c1)", "write V1*x"),
    # self's attribute is never self times a name
    ("regression", _DOTTED, "h = act(self.V1 + c1)", "unknown symbol self.V1"),
])
def test_what_stays_ambiguous_is_refused(network, notation, text, words):
    assert words in _refusal(network, notation, text)
