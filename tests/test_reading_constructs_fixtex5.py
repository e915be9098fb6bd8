"""Batches 62 to 80 of the public formulas showed general constructs refused, each written here as another author
would (other names, other networks than the pages'): a prime on a number in the quotient rule written out,
``\\frac{1'(1 + e^{-u}) - 1 (1 + e^{-u})'}{(1 + e^{-u})^2}`` (a constant's derivative, 0, whichever the variable);
Unicode's ``⊗`` between a vector and a transposed vector, the outer product as ``\\otimes`` is (between two matrices,
a Kronecker product, refused); and Mitchell's sums over the training samples, ``\\sum_{d \\in D}``, ``\\sum_e``,
``\\sum_n``, which a notation giving the count of samples, ``"N" = "1"``, reads as the one sample's term, and which
are refused, saying how to give that count, without it. A primed parenthesis with one symbol in parentheses glued
after it, ``(\\frac{1}{1+e^{-u}})'(u)``, is its derivative by that symbol (a parenthesis of more stays a factor, as
in the quotient rule's ``1'(1 + e^{-u})``). What stays refused: a prime on a parenthesis of two variables with no
left side f'(x) to name the one meant, one at a symbol it does not hold, and one on a composition, ``(g \\circ u)'(w)``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_1_1, SIGMOID_2_1, SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-1-1": SIGMOID_1_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-1-half": SIGMOID_2_1}
CHECKS = CaseChecks(NETWORKS)

# one sigmoid unit: u its sum, g its activation, h its output, w its weight, s its input
_UNIT = r'''
[notation]
functions = { g = "sigmoid" }
[notation.symbols]
"u" = "z1[0]"
"h" = "a1[0]"
"w" = "W1[0, 0]"
"s" = "x[0]"
'''
# a layer's step written with vectors: e = dE/d(the outputs' sums), h the hidden outputs, x the input, V and U the
# output and hidden weights
_VECTORS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"e" = "grad(z2[:])"
"h" = "a1[:]"
"x" = "x[:]"
"V" = "W2[:, :]"
"U" = "W1[:, :]"
'''
# Mitchell's names by training example d (one here, N = 1): o_d the output, t_d the target, x_{id} the inputs
_MITCHELL = r'''
[notation]
indices = "i"
loss = ["E"]
[notation.symbols]
"o_{d}" = "a1[0]"
"t_{d}" = "y[0]"
"x_{id}" = "x[i]"
"w_{i}" = "W1[0, i]"
"N" = "1"
'''
_MITCHELL_NO_COUNT = _MITCHELL.replace('"N" = "1"\n', "")
_E = "exp(-z1[0])"
_SIG = "a1[0]*(1 - a1[0])"
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_DELTA = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_I2 = ({"i": 0}, {"i": 1})
_MITCHELL_GRADIENT = f"-(y[0] - a1[0])*{_SIG}*x[{{i}}]"


def _cases() -> list[Public]:
    return [
        # the quotient rule written out: 1' is the derivative of the constant 1, 0
        Public("number-prime-quotient", "test", "sigmoid-1-1", _UNIT,
               r"g'(u) = \left(\frac{1}{1 + e^{-u}}\right)' = \frac{1'(1 + e^{-u}) - 1(1 + e^{-u})'}{(1 + e^{-u})^2}"
               r" = \frac{e^{-u}}{(1 + e^{-u})^2}", ((C, C, C),),
               (Twin("value", _SIG, (_SIG, f"(0*(1 + {_E}) - 1*(-{_E}))/(1 + {_E})**2", f"{_E}/(1 + {_E})**2")),)),
        Public("number-prime-quotient-sign-wrong", "test", "sigmoid-1-1", _UNIT,
               r"g'(u) = \frac{1'(1 + e^{-u}) + 1(1 + e^{-u})'}{(1 + e^{-u})^2}", ((W,),),
               (Twin("value", _SIG, (f"(0*(1 + {_E}) + 1*(-{_E}))/(1 + {_E})**2",)),)),
        # a prime on the number 2 is 0 as well: the rule's numerator 2' (1 + e^{-u}) left in is no error
        Public("number-prime-two", "test", "sigmoid-1-1", _UNIT,
               r"g'(u) = \frac{2'(1 + e^{-u}) - 1(1 + e^{-u})'}{(1 + e^{-u})^2}", ((C,),),
               (Twin("value", _SIG, (f"(0*(1 + {_E}) - 1*(-{_E}))/(1 + {_E})**2",)),)),
        Public("number-prime-dropped-wrong", "test", "sigmoid-1-1", _UNIT,
               r"g'(u) = \frac{1(1 + e^{-u}) - 1(1 + e^{-u})'}{(1 + e^{-u})^2}", ((W,),),
               (Twin("value", _SIG, (f"(1*(1 + {_E}) - 1*(-{_E}))/(1 + {_E})**2",)),)),
        # the argument after the prime names the variable, (...)'(u): by u and at u, as f'(u)
        Public("primed-parenthesis-argument", "test", "sigmoid-1-1", _UNIT,
               r"\frac{\partial h}{\partial u} = \left(\frac{1}{1 + e^{-u}}\right)'(u) = h(1 - h)", ((C, C),),
               (Twin("value", _SIG, (f"{_E}/(1 + {_E})**2", _SIG)),)),
        Public("primed-parenthesis-argument-sign-wrong", "test", "sigmoid-1-1", _UNIT,
               r"\frac{\partial h}{\partial u} = \left(\frac{1}{1 + e^{u}}\right)'(u)", ((W,),),
               (Twin("value", _SIG, ("-exp(z1[0])/(1 + exp(z1[0]))**2",)),)),
        # a parenthesis of more than a symbol after the prime stays a factor: (...)' (1 - h) by the one variable u
        Public("primed-parenthesis-factor-wrong", "test", "sigmoid-1-1", _UNIT,
               r"\frac{\partial h}{\partial u} = \left(\frac{1}{1 + e^{-u}}\right)'(1 - h)", ((W,),),
               (Twin("value", _SIG, (f"{_E}/(1 + {_E})**2*(1 - a1[0])",)),)),
        # ⊗ between a column and a transposed column: the outer product, as \otimes
        Public("unicode-outer-transposed", "test", "sigmoid-2-2-2", _VECTORS,
               "∂E/∂V = e ⊗ hᵀ", ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_DELTA}*a1[{{j}}]",), _KJ),)),
        Public("unicode-outer", "test", "sigmoid-2-2-2", _VECTORS,
               r"\frac{\partial E}{\partial V} = e ⊗ h", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DELTA}*a1[{{j}}]",), _KJ),)),
        Public("unicode-outer-input-wrong", "test", "sigmoid-2-2-2", _VECTORS,
               "∂E/∂V = e ⊗ xᵀ", ((W,),), (Twin("gradient", "W2[{k},{j}]", (f"{_DELTA}*x[{{j}}]",), _KJ),)),
        # Mitchell's sum over the training examples, with the notation's count N = 1: the one example's term
        Public("samples-in-D", "test", "sigmoid-2-1-half", _MITCHELL,
               r"\frac{\partial E}{\partial w_i} = \frac{\partial}{\partial w_i} \frac{1}{2} \sum_{d \in D}"
               r" (t_d - o_d)^2 = -\sum_{d \in D} (t_d - o_d) o_d (1 - o_d) x_{id}", ((C, C),),
               (Twin("gradient", "W1[0,{i}]", (_MITCHELL_GRADIENT, _MITCHELL_GRADIENT), _I2),)),
        Public("samples-bare-letter-wrong", "test", "sigmoid-2-1-half", _MITCHELL,
               r"\frac{\partial E}{\partial w_i} = \sum_d (t_d - o_d) o_d (1 - o_d) x_{id}", ((W,),),
               (Twin("gradient", "W1[0,{i}]", (f"(y[0] - a1[0])*{_SIG}*x[{{i}}]",), _I2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_prime_on_a_parenthesis_of_two_variables_stays_refused():
    """``(w s)'`` with a derivative on the left, no f'(x): by w or by s, nothing says which."""
    refusal = CHECKS.refused("sigmoid-1-1", _UNIT, r"\frac{\partial u}{\partial w} = (w s)'")
    assert "a prime on a parenthesis" in refusal


def test_a_primed_parenthesis_at_a_variable_it_does_not_hold_is_refused():
    """``(\\frac{1}{1+e^{-u}})'(w)``: u is the parenthesis's variable, w another; nothing says what is meant."""
    refusal = CHECKS.refused("sigmoid-1-1", _UNIT,
                             r"\frac{\partial h}{\partial u} = \left(\frac{1}{1 + e^{-u}}\right)'(w)")
    assert "which variable is meant is unclear" in refusal


def test_a_primed_composition_is_refused():
    """``(g \\circ u)'(w)``: \\circ is read as the entrywise product, never as two functions composed."""
    refusal = CHECKS.refused("sigmoid-1-1", _UNIT, r"\frac{\partial h}{\partial w} = (g \circ u)'(w)")
    assert "a prime on a composition of functions" in refusal


def test_unicode_kronecker_product_is_refused():
    """``V ⊗ U`` of two matrices is a Kronecker product, which no gradient of one layer is."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _VECTORS, r"\frac{\partial E}{\partial V} = V ⊗ U")
    assert "outer product of two vectors" in refusal


def test_a_sum_over_the_samples_without_their_count_says_how_to_give_it():
    """``\\sum_{d \\in D}`` with no N in the notation: refused, naming the notation's ``"N" = "1"``."""
    refusal = CHECKS.refused("sigmoid-2-1-half", _MITCHELL_NO_COUNT,
                             r"\frac{\partial E}{\partial w_i} = -\sum_{d \in D} (t_d - o_d) o_d (1 - o_d) x_{id}")
    assert "a sum over the samples has no bound" in refusal and '"N" = "1"' in refusal
