"""Batch 98's Rust activations write their math as methods called on a value: ``1.0 / (1.0 + (-x).exp())``,
``x.tanh()``, ``1.0 - x.powi(2)`` (AIFromScratch's sigmoid.rs and tanh.rs), as C#, Kotlin, Scala and PyTorch write
``x.exp()``, ``x.pow(2)`` too. Written here on another network and other names: ``v.f()`` is f(v) for the words of
code's one table of functions (exp, ln and log, sqrt, abs, an activation by its name), ``v.powi(n)``, ``v.powf(p)`` and
``v.pow(p)`` its power, ``v.max(0.0)`` max(v, 0). What stays refused: a method the table does not know
(``t.multiply(s)``, Rust's logarithm to a base ``s.log(2.0)``), and ``v.max(1)`` with an integer (PyTorch's largest entry
along axis 1, Rust's larger of two).

Its planar classifier's README writes Ng's ``W_2^T \\frac{...}{...} * ( 1 - a^{[1] (i) 2})`` (pr-dz1, batch 22's
ng1-dz1): a vector's square is each entry's or the squared norm, but a factor of a star beside a vector (the star
NumPy's and the course's entrywise product, as ``\\odot``) cannot be the squared norm; with ``\\times`` it stays
refused, and ``A1^T A1`` written stays the norm.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1, TANH_2_2_SIGMOID_1, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"tanh-sig": TANH_2_2_SIGMOID_1, "relu-sig": RELU_2_2_SIGMOID_1, "tanh-2-2-2": TANH_2_2_SIGMOID_2})

# s the first hidden unit's sum, h its output, t the output's sum, o the output
_NOTATION = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"t" = "z2[0]"
"o" = "a2[0]"
'''
# a Rust file's functions of one float x, x the hidden unit's sum (its derivative written of the output: x its output)
_AT_SUM = r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
'''
_AT_OUTPUT = r'''
[notation]
functions = { tanh_derivative = "tanh' at output" }
[notation.symbols]
"x" = "a1[0]"
'''


# batch 98's planar README on a tanh layer of vectors: A1 its outputs (Ng's a^{[1](i)} too), V the output weights, D2
# and D1 dJ/d(sum) of the outputs and of the hidden units
_VECTORS = r'''
[notation]
[notation.symbols]
"A1" = "a1[:]"
"V" = "W2[:, :]"
"D2" = "grad(z2[:])"
"D1" = "grad(z1[:])"
'''
_NG = _VECTORS.replace('"A1" =', '"a^{[1](i)}" =')
_J2 = ({"j": 0}, {"j": 1})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2)) + ")"


def _cases() -> list[Public]:
    return [
        Public("star-square", "test", "tanh-2-2-2", _VECTORS, "$D1 = V^T D2 * (1 - A1^2)$", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 - a1[{j}]**2)",), _J2),)),
        Public("star-square-wrong", "test", "tanh-2-2-2", _VECTORS, "$D1 = V^T D2 * (1 + A1^2)$", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 + a1[{j}]**2)",), _J2),)),
        Public("star-norm-written-wrong", "test", "tanh-2-2-2", _VECTORS, "$D1 = (V^T D2) * (1 - A1^T A1)$", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 - (a1[0]**2 + a1[1]**2))",), _J2),)),
        Public("star-square-in-script", "test", "tanh-2-2-2", _NG, "$D1 = V^T D2 * ( 1 - a^{[1] (i) 2})$", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 - a1[{j}]**2)",), _J2),)),
        Public("star-square-in-script-wrong", "test", "tanh-2-2-2", _NG, "$D1 = V^T D2 * ( a^{[1] (i) 2} - 1)$",
               ((W,),), (Twin("gradient_z", "z1[{j}]", (_BACK + "*(a1[{j}]**2 - 1)",), _J2),)),
        Public("exp-of-parenthesis", "test", "tanh-sig", _NOTATION, "o = 1.0 / (1.0 + (-t).exp())", ((C,),),
               (Twin("value", "a2[0]", ("1.0/(1.0 + exp(-z2[0]))",)),)),
        Public("exp-of-parenthesis-wrong", "test", "tanh-sig", _NOTATION, "o = 1.0 / (1.0 + t.exp())", ((W,),),
               (Twin("value", "a2[0]", ("1.0/(1.0 + exp(z2[0]))",)),)),
        Public("tanh-of-name", "test", "tanh-sig", _NOTATION, "h = s.tanh();", ((C,),),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("tanh-of-name-wrong", "test", "tanh-sig", _NOTATION, "h = (-s).tanh();", ((W,),),
               (Twin("value", "a1[0]", ("tanh(-z1[0])",)),)),
        Public("ln-then-exp", "test", "tanh-sig", _NOTATION, "o = (-(1.0 + (-t).exp()).ln()).exp()", ((C,),),
               (Twin("value", "a2[0]", ("exp(-log(1.0 + exp(-z2[0])))",)),)),
        Public("ln-then-exp-wrong", "test", "tanh-sig", _NOTATION, "o = ((1.0 + (-t).exp()).ln()).exp()", ((W,),),
               (Twin("value", "a2[0]", ("exp(log(1.0 + exp(-z2[0])))",)),)),
        Public("powf-sqrt-abs", "test", "tanh-sig", _NOTATION, "o = (1.0 / (1.0 + (-t).exp())).powf(2.0).sqrt().abs()",
               ((C,),), (Twin("value", "a2[0]", ("np.abs(sqrt((1.0/(1.0 + exp(-z2[0])))**2.0))",)),)),
        Public("powf-sqrt-abs-wrong", "test", "tanh-sig", _NOTATION, "o = (1.0 / (1.0 + (-t).exp())).powf(2.0).abs()",
               ((W,),), (Twin("value", "a2[0]", ("np.abs((1.0/(1.0 + exp(-z2[0])))**2.0)",)),)),
        Public("rust-function-powi", "test", "tanh-sig", _AT_OUTPUT,
               "pub fn tanh_derivative(x: f32) -> f32 {\n    1.0 - x.powi(2)\n}", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1.0 - a1[0]**2",)),)),
        Public("rust-function-powi-wrong", "test", "tanh-sig", _AT_OUTPUT,
               "pub fn tanh_derivative(x: f32) -> f32 {\n    1.0 - x.powi(3)\n}", ((W,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1.0 - a1[0]**3",)),)),
        Public("rust-function-exp", "test", "tanh-sig", _AT_SUM,
               "pub fn sigmoid(x: f32) -> f32 {\n    1.0 / (1.0 + (-x).exp())\n}", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),)),
        Public("rust-function-exp-wrong", "test", "tanh-sig", _AT_SUM,
               "pub fn sigmoid(x: f32) -> f32 {\n    1.0 / (1.0 - (-x).exp())\n}", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 - exp(-z1[0]))",)),)),
        Public("max-of-float", "test", "relu-sig", _NOTATION, "h = s.max(0.0);", ((C,),),
               (Twin("value", "a1[0]", ("z1[0]*Heaviside(z1[0])",)),)),
        Public("max-of-float-wrong", "test", "relu-sig", _NOTATION, "h = (-s).max(0.0);", ((W,),),
               (Twin("value", "a1[0]", ("-z1[0]*Heaviside(-z1[0])",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text, said", [
    ("h = s.max(1)", "along axis 1"),                 # PyTorch's largest entry along an axis, or Rust's max of two
    ("o = t.multiply(s)", "a method called on an object"),  # the matrix product in some libraries, entrywise in others
    ("h = s.log(2.0)", "a method called on an object"),  # Rust's logarithm to a base
])
def test_a_method_the_table_does_not_read_is_refused(text, said):
    assert said in CHECKS.refused("relu-sig", _NOTATION, text)


def test_a_vector_square_beside_a_vector_with_no_star_stays_refused():
    """``V^T D2 * (1 - A1^2)``: the star, the entrywise product's (NumPy's, Ng's notes'), makes A1^2 each entry's
    square; with ``\\times`` a vector times the number 1 - A1^T A1 fits as well, and where the two disagree it is
    refused."""
    assert "inner product of the vector with itself" in CHECKS.refused("tanh-2-2-2", _VECTORS,
                                                                       "$D1 = V^T D2 \\times (1 - A1^2)$")
