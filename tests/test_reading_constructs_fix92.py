"""Batch 92 of the public formulas showed a general construct refused, written here as another author would (other
names, other networks than the page's): a derivative word the reader already knows, code's ``tanh_prime(h)`` or
``sigmoid_prime(H)`` (Nielsen's, syntax_tree.DERIVATIVE_WORDS), that the teacher's notation also declares in its
functions to say where it is taken (``functions = { tanh_prime = "tanh' at input" }``), called on a symbol. A name the
notation declares in its functions is a function: its call is read as the declaration says, at the input or at the
output (the declaration winning where it differs from the word's built-in meaning, the derivative at its argument),
never as a product with the name as a quantity. A name the notation gives a quantity only stays refused when called
(its quantity times (u), or the derivative at u); where the notation names a quantity and declares a function by one
name, the bare name is the quantity and the call the function, as for any function the notation declares.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-1": TANH_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# one tanh unit: x the inputs, t the target, h its sum and o its output, Wt and c its weights and bias, dWt and dc
# their gradients; tanh_prime declared in the functions, where it is taken filled in below
_TANH_NOTATION = r'''
[notation]
functions = {{ tanh_prime = "tanh' at {place}" }}
[notation.symbols]
"x" = "x[:]"
"t" = "y[0]"
"h" = "z1[0]"
"o" = "a1[0]"
"Wt" = "W1[0, :]"
"c" = "b1[0]"
"dWt" = "grad(W1[0, :])"
"dc" = "grad(b1[0])"
'''
AT_INPUT = _TANH_NOTATION.format(place="input")
AT_OUTPUT = _TANH_NOTATION.format(place="output")
# the same names, tanh_prime a quantity too (the slope 1 - o^2) beside the function declared at the input
SHARED = AT_INPUT + '"tanh_prime" = "1 - a1[0]**2"\n'
# tanh_prime only a quantity, no function of that name
QUANTITY_ONLY = SHARED.replace('functions = { tanh_prime = "tanh\' at input" }\n', "")

# a sigmoid hidden layer as vectors: S and H its sums and outputs, V the output weights, D2 and D1 dE/d(sum) of the
# outputs and of the hidden units; sigmoid_prime declared at the output, as code writing H * (1 - H) means it
VECTOR_NOTATION = r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at output" }
[notation.symbols]
"S" = "z1[:]"
"H" = "a1[:]"
"V" = "W2[:, :]"
"D2" = "grad(z2[:])"
"D1" = "grad(z1[:])"
'''

_I2 = ({"i": 0}, {"i": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_ERR = "(a1[0] - y[0])"
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2)) + ")"


def _cases() -> list[Public]:
    cases = []
    for key, notation, text, expected, twins in (
            # declared at the input: the sum h is right, the output o wrong
            ("at-input", AT_INPUT, "dc = (o - t) * tanh_prime(h)", ((C,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - tanh(z1[0])**2)",)),)),
            ("at-input-weights", AT_INPUT, "dWt = ((o - t) * tanh_prime(h)) * x", ((C,),),
             (Twin("gradient", "W1[0,{i}]", (_ERR + "*(1 - tanh(z1[0])**2)*x[{i}]",), _I2),)),
            ("at-input-of-output-wrong", AT_INPUT, "dc = (o - t) * tanh_prime(o)", ((W,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - tanh(a1[0])**2)",)),)),
            ("at-input-of-sum-written-out", AT_INPUT, "dc = (o - t) * tanh_prime(Wt @ x + c)", ((C,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - tanh(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])**2)",)),)),
            # declared at the output, against the word's built-in meaning (the derivative at its argument): the
            # declaration wins, tanh_prime(o) = 1 - o^2 right, tanh_prime(h) = 1 - h^2 wrong
            ("at-output", AT_OUTPUT, "dc = (o - t) * tanh_prime(o)", ((C,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - a1[0]**2)",)),)),
            ("at-output-of-sum-wrong", AT_OUTPUT, "dc = (o - t) * tanh_prime(h)", ((W,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - z1[0]**2)",)),)),
            # a quantity and a function of one name: the call is the function, the bare name the quantity
            ("shared-call", SHARED, "dc = (o - t) * tanh_prime(h)", ((C,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - tanh(z1[0])**2)",)),)),
            ("shared-call-of-output-wrong", SHARED, "dc = (o - t) * tanh_prime(o)", ((W,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - tanh(a1[0])**2)",)),)),
            ("shared-bare", SHARED, "dc = (o - t) * tanh_prime", ((C,),),
             (Twin("gradient", "b1[0]", (_ERR + "*(1 - a1[0]**2)",)),))):
        cases.append(Public(key, "test", "tanh-2-1", notation, text, expected, twins))
    for key, text, expected, twins in (
            ("vector-at-output", "D1 = (V.T @ D2) * sigmoid_prime(H)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
            ("vector-of-sum-wrong", "D1 = (V.T @ D2) * sigmoid_prime(S)", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*z1[{j}]*(1 - z1[{j}])",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", VECTOR_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_derivative_word_named_a_quantity_only_stays_refused():
    """``tanh_prime(h)`` where the notation's tanh_prime is a quantity and no function: that quantity times (h), or
    the derivative at h; nothing says which."""
    message = CHECKS.refused("tanh-2-1", QUANTITY_ONLY, "dc = (o - t) * tanh_prime(h)")
    assert "reads as the notation's tanh_prime times (u) or as a derivative at u" in message


def test_the_quantity_named_a_derivative_word_reads_bare():
    """The refusal's own advice, ``tanh_prime * (h)``: the quantity times h (here wrong, 1 - o^2 times h)."""
    case = Public("quantity-times", "test", "tanh-2-1", QUANTITY_ONLY, "dc = (o - t) * tanh_prime * (h)", ((W,),),
                  (Twin("gradient", "b1[0]", (_ERR + "*(1 - a1[0]**2)*z1[0]",)),))
    assert CHECKS.verdicts(case) == ((W,),)
