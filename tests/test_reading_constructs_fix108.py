"""Batch 108's pages showed five constructs refused, written here as other authors would (other names, other
networks than the pages'):

- code's power with a unary minus before a name, ``2.71**-neuron_input`` (Ruby's, Python's ``a ** -b``, plain text's
  ``e^-z_1``): the whole name, with its subscripts, is the exponent's operand, never TeX's one letter of it; a name
  with an underscore the notation does not name whole stays refused (``net_out`` beside ``net_in``);
- a code's own helper functions for arithmetic (r0fls's Lua ``matrixdot(l0, w)``, ``subtract(y, l1)``,
  ``multiply(...)``), which a notation now declares in its functions (``matrixdot = "matrix product"``, "product",
  "sum", "difference", "transpose", "dot"), a matrix library's ``Matrix.multiply`` among them; undeclared, refused;
- Swift's typed function definitions, ``static func sigmoid(x: Double) -> Double { return ... }`` (an argument label
  before a parameter, ``_ x: Double``), and Kotlin's ``fun sigmoid(x: Double): Double = ...``;
- the Latin eth ð typed for ∂ (``ðE_t/ðw5``, ``\\frac{ðE}{ðw}``), read as ∂ only in a derivative's quotient whose
  numerator and denominator both open with it; a ð anywhere else stays refused;
- a remark in brackets after a formula's closing ``$`` opening with a reason's word (``$...$ [Since ...]``), prose;
  the same words inside the ``$`` stay the formula's, refused;
- Fortran's component selector ``this%output`` and a name ending in an underscore ``target_``, read where the notation
  names them (``"this%output"``, ``"target_"``), refused where it does not.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# three inputs, one sigmoid unit without a bias, the half squared error (Trask's network, as r0fls's Lua has it)
SIGMOID_3_1_NO_BIAS = ('[[layer]]\ninputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                       '[loss]\nname = "half_squared_error"\n')

NETWORKS = {
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-3-1": SIGMOID_3_1_NO_BIAS,
}
CHECKS = CaseChecks(NETWORKS)

# a unit's sum and output as code names them
_NET = r'''
[notation]
[notation.symbols]
"net_in" = "z1[0]"
"out" = "a1[0]"
"z_1" = "z1[0]"
"a_1" = "a1[0]"
'''
_SIGMOID = "1/(1 + exp(-z1[0]))"

# a code's helpers for arithmetic, declared (Trask's network written without array operators)
_HELPERS = r'''
[notation]
indices = "q"
functions = { squash = "sigmoid", matmul2 = "matrix product", minus = "difference", times = "product", plus = "sum", tr = "transpose", vdot = "dot" }
[notation.symbols]
"row_in" = "x[:].T"
"col_in" = "x[:]"
"wts" = "W1[0, :]"
"out" = "a1[:]"
"target" = "y[:]"
"err" = "y[0] - a1[0]"
"dlt" = "-delta1[0]"
"net" = "z1[0]"
'''
_Z = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"

# a matrix library's multiply, declared the matrix product (Shiffman's Matrix.multiply)
_LIBRARY = r'''
[notation]
indices = "i"
functions = { "Matrix.multiply" = "matrix product" }
[notation.symbols]
"hiddenErrors" = "-grad(a1[:])"
"who" = "W2[:, :]"
"outputErrors" = "-delta2[:]"
'''
_I2 = ({"i": 0}, {"i": 1})
_HIDDEN_ERROR = " + ".join(f"(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])*W2[{j},{{i}}]" for j in range(2))

# Swift's and Kotlin's definitions, at a unit's sum x
_DEFINITION = r'''
[notation]
functions = { sigmoidPrime = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
'''

# the course's 2-2-2 network in plain text (ð for ∂)
_ERA = r'''
[notation]
loss = ["E_t"]
[notation.symbols]
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"o1" = "z2[0]"
"h1" = "z1[0]"
"a_h1" = "a1[0]"
"a_o1" = "a2[0]"
"E1" = "0.5*(y[0] - a2[0])**2"
'''
_DO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    return [
        # ---- ** (and ^) with a unary minus before a whole name ------------------------------------------------
        Public("power-minus-name", "test", "sigmoid-2-1", _NET, "out = 1/(1 + math.e**-net_in)", ((C,),),
               (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("power-minus-name-spaced", "test", "sigmoid-2-1", _NET, "out = 1 / (1 + np.e ** -net_in)", ((C,),),
               (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("power-minus-name-wrong", "test", "sigmoid-2-1", _NET, "  out = 1/(1+2.71**-net_in)", ((W,),),
               (Twin("value", "a1[0]", ("1/(1 + 2.71**(-z1[0]))",)),)),
        Public("caret-minus-subscripted", "test", "sigmoid-2-1", _NET, "a_1 = 1/(1 + e^-z_1)", ((C,),),
               (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("caret-minus-subscripted-wrong", "test", "sigmoid-2-1", _NET, "a_1 = 1/(1 - e^-z_1)", ((W,),),
               (Twin("value", "a1[0]", ("1/(1 - exp(-z1[0]))",)),)),
        # ---- a code's helpers the notation gives an operation -------------------------------------------------
        Public("helper-matrix-product", "test", "sigmoid-3-1", _HELPERS, "    out = squash(matmul2(row_in, wts))",
               ((C,),), (Twin("value", "a1[0]", (f"sigmoid({_Z})",)),)),
        Public("helper-matrix-product-wrong", "test", "sigmoid-3-1", _HELPERS,
               "out = squash(plus(matmul2(row_in, wts), 1))", ((W,),), (Twin("value", "a1[0]", (f"sigmoid({_Z} + 1)",)),)),
        Public("helper-difference", "test", "sigmoid-3-1", _HELPERS, "err = minus(target, out)", ((C,),),
               (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),)),
        Public("helper-difference-wrong", "test", "sigmoid-3-1", _HELPERS, "err = minus(out, target)", ((W,),),
               (Twin("value", "y[0] - a1[0]", ("a1[0] - y[0]",)),)),
        Public("helper-product", "test", "sigmoid-3-1", _HELPERS, "dlt = times(err, times(out, minus(1, out)))",
               ((C,),), (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),)),
        Public("helper-product-wrong", "test", "sigmoid-3-1", _HELPERS, "dlt = times(err, times(out, plus(1, out)))",
               ((W,),), (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 + a1[0])",)),)),
        Public("helper-transpose-dot", "test", "sigmoid-3-1", _HELPERS, "net = matmul2(tr(col_in), wts)", ((C,),),
               (Twin("value", "z1[0]", (_Z,)),)),
        Public("helper-inner-product", "test", "sigmoid-3-1", _HELPERS, "net = vdot(wts, row_in)", ((C,),),
               (Twin("value", "z1[0]", (_Z,)),)),
        Public("helper-inner-product-wrong", "test", "sigmoid-3-1", _HELPERS, "net = vdot(wts, row_in) + 1", ((W,),),
               (Twin("value", "z1[0]", (f"{_Z} + 1",)),)),
        Public("library-multiply-declared", "test", "sigmoid-2-2-2", _LIBRARY,
               "  let hiddenErrors = Matrix.multiply(Matrix.transpose(who), outputErrors);", ((C,),),
               (Twin("value", _HIDDEN_ERROR, (_HIDDEN_ERROR,), _I2),)),
        Public("library-multiply-declared-wrong", "test", "sigmoid-2-2-2", _LIBRARY,
               "hiddenErrors = Matrix.multiply(who, outputErrors)", ((W,),),
               (Twin("value", _HIDDEN_ERROR, (" + ".join(f"(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])*W2[{{i}},{j}]"
                                                         for j in range(2)),), _I2),)),
        # ---- Swift's and Kotlin's typed definitions -----------------------------------------------------------
        Public("swift-func", "test", "sigmoid-2-1", _DEFINITION,
               "    static func sigmoid(x: Double) -> Double {\n        return 1.0 / (1.0 + exp(-x));\n    }", ((C,),),
               (Twin("value", "sigmoid(z1[0])", (_SIGMOID,)),)),
        Public("swift-func-wrong", "test", "sigmoid-2-1", _DEFINITION,
               "static func sigmoid(x: Double) -> Double {\n    return 1.0 / (1.0 + exp(x))\n}", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(z1[0]))",)),)),
        Public("swift-label-expression-body", "test", "sigmoid-2-1", _DEFINITION,
               "func sigmoid(_ x: Double) -> Double {\n    1 / (1 + exp(-x))\n}", ((C,),),
               (Twin("value", "sigmoid(z1[0])", (_SIGMOID,)),)),
        Public("swift-derivative-local", "test", "sigmoid-2-1", _DEFINITION,
               "public static func sigmoidPrime(_ x: Double) -> Double {\n    let s = sigmoid(x)\n    return s * (1 - s)\n}",
               ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                              ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
        Public("swift-derivative-local-wrong", "test", "sigmoid-2-1", _DEFINITION,
               "static func sigmoidPrime(x: Double) -> Double {\n    let s = sigmoid(x)\n    return s * (1 + s)\n}",
               ((W,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                              ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
        Public("kotlin-fun-expression", "test", "sigmoid-2-1", _DEFINITION,
               "fun sigmoid(x: Double): Double = 1 / (1 + exp(-x))", ((C,),),
               (Twin("value", "sigmoid(z1[0])", (_SIGMOID,)),)),
        Public("kotlin-fun-block-wrong", "test", "sigmoid-2-1", _DEFINITION,
               "fun sigmoid(x: Double): Double {\n    return 1.0 / (1.0 - Math.exp(-x))\n}", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 - exp(-z1[0]))",)),)),
        # ---- ð for ∂ in a quotient ---------------------------------------------------------------------------
        Public("eth-quotient", "test", "sigmoid-2-2-2", _ERA,
               "ðE_t/ðw5 = ðE1/ðw5 = (ðE1/ða_o1)*(ða_o1/ðo1)*(ðo1/ðw5)\t\t", ((C, C),),
               (Twin("gradient", "W2[0,0]", ("grad", f"{_DO1}*a1[0]")),)),
        Public("eth-quotient-wrong", "test", "sigmoid-2-2-2", _ERA, "ðE_t/ðw5 = (a_o1-t1) * a_o1*(1-a_o1) * i1",
               ((W,),), (Twin("gradient", "W2[0,0]", (f"{_DO1}*x[0]",)),)),
        Public("eth-frac", "test", "sigmoid-2-2-2", _ERA, r"$\frac{ðE1}{ða_o1} = a_o1 - t1$", ((C,),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        Public("eth-parenthesis", "test", "sigmoid-2-2-2", _ERA, "ðE1/ða_o1 = ð(1/2*(t1-a_o1)^2)/ða_o1 = t1-a_o1",
               ((C, W),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "y[0] - a2[0]")),)),
        # ---- a remark in brackets after the closing $ -----------------------------------------------------------
        Public("remark-after-dollar", "test", "sigmoid-2-2-2", _ERA,
               "$\\dfrac{∂a_o1}{∂o1} = σ(o1)*(1 - σ(o1)) = a_o1 * (1 - a_o1) $ [Since derivative of σ(x) = "
               "σ(x)*(1-σ(x))]", ((C, C),),
               (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "a2[0]*(1 - a2[0])")),)),
        Public("remark-after-dollar-wrong", "test", "sigmoid-2-2-2", _ERA,
               "$\\frac{∂a_o1}{∂o1} = a_o1 * (1 + a_o1)$ (as σ'(x) = σ(x)(1 - σ(x)))", ((W,),),
               (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 + a2[0])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_power_of_a_name_the_notation_does_not_name_whole_is_refused():
    """``e**-net_out`` beside the notation's net_in: net with the subscript out names nothing, never net_in."""
    refusal = CHECKS.refused("sigmoid-2-1", _NET, "out = 1/(1 + math.e**-net_out)")
    assert "net_{out}" in refusal


def test_a_helper_the_notation_does_not_declare_is_refused():
    """``matrixdot(l0, w)`` with no operation declared: an unknown name, never a product of its letters."""
    refusal = CHECKS.refused("sigmoid-3-1", _HELPERS, "out = squash(matrixdot(row_in, wts))")
    assert "unknown symbol matrixdot" in refusal


def test_an_undeclared_library_multiply_stays_refused():
    """``Matrix.multiply`` with no declaration: the matrix product in some libraries, entrywise in others."""
    notation = _LIBRARY.replace('functions = { "Matrix.multiply" = "matrix product" }\n', "")
    refusal = CHECKS.refused("sigmoid-2-2-2", notation, "hiddenErrors = Matrix.multiply(Matrix.transpose(who), outputErrors)")
    assert "multiply" in refusal


def test_a_declared_matrix_product_of_sizes_that_do_not_fit_is_refused():
    """``matmul2(wts, col_in)``: two columns, which NumPy's dot would take for an inner product; a matrix product
    refuses them."""
    refusal = CHECKS.refused("sigmoid-3-1", _HELPERS, "net = matmul2(wts, col_in)")
    assert "matrix product" in refusal


def test_a_declared_inner_product_of_a_number_is_refused():
    refusal = CHECKS.refused("sigmoid-3-1", _HELPERS, "net = vdot(wts, 2)")
    assert "two vectors" in refusal


def test_an_operation_declared_on_one_letter_is_refused_by_the_loader():
    with pytest.raises(FormulaError, match="code name of two characters"):
        notation_from_table(tomllib.loads('[notation]\nfunctions = { m = "matrix product" }\n')["notation"], "<test>")


def test_a_swift_body_of_a_conditional_is_refused():
    CHECKS.refused("sigmoid-2-1", _DEFINITION,
                   "static func sigmoidPrime(x: Double) -> Double {\n    if x > 0 { return 1 }\n    return 0\n}")


def test_eth_outside_a_quotient_is_refused():
    """A ð that opens no derivative's quotient (the denominator's missing, or ð alone) leaves every ð the letter."""
    for text in ("ðE_t/w5 = (a_o1-t1) * a_o1*(1-a_o1) * a_h1", "ðE_t/ðw5 = (a_o1-t1) * ð * a_h1"):
        assert "\\dh" in CHECKS.refused("sigmoid-2-2-2", _ERA, text)


def test_eth_the_notation_names_is_its_symbol():
    """Where the notation names ð, ðE1/ða_o1 is that symbol's quotient, no derivative."""
    notation = _ERA + '"ð" = "a2[0]"\n'
    assert CHECKS.verdicts(Public("eth-named", "test", "sigmoid-2-2-2", notation, "ð = a_o1")) == (("correct",),)
    assert CHECKS.verdicts(Public("eth-named", "test", "sigmoid-2-2-2", notation, "ðE1/ða_o1 = a_o1 - t1")) \
        == (("wrong",),)


def test_a_remark_inside_the_dollars_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _ERA, "$\\frac{∂a_o1}{∂o1} = a_o1 * (1 - a_o1) [Since the slope is a_o1"
                                                    " (1 - a_o1)]$")
    assert "Since" in refusal


def test_a_case_after_the_dollars_is_no_remark():
    """``[for o1 = 1]`` opens with a condition's word, no reason: not dropped (refused)."""
    CHECKS.refused("sigmoid-2-2-2", _ERA, "$\\frac{∂a_o1}{∂o1} = a_o1 * (1 - a_o1)$ [for o1 = 1]")


# Fortran's component selector and a name ending in an underscore (batch 108's neuron.f95: delta = target_ - this%output)
_FORTRAN = r'''
[notation]
indices = "q"
[notation.symbols]
"target_" = "y[0]"
"this%output" = "a2[0]"
"delta" = "y[0] - a2[0]"
'''


@pytest.mark.parametrize("case", [
    Public("fortran-component", "test", "sigmoid-2-2-2", _FORTRAN, "        delta = target_ - this%output ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),)),
    Public("fortran-component-wrong", "test", "sigmoid-2-2-2", _FORTRAN, "delta = this%output - target_", ((W,),),
           (Twin("value", "y[0] - a2[0]", ("a2[0] - y[0]",)),)),
], ids=lambda case: case.key)
def test_fortran_components_and_trailing_underscores(case):
    assert oracle_verdicts(case, CHECKS.problem(case)) == case.expected
    assert CHECKS.verdicts(case) == case.expected


def test_fortran_components_the_notation_does_not_name_are_refused():
    """``this%input`` beside the notation's this%output, and ``target`` or ``target_1`` beside its target_."""
    for text in ("delta = target_ - this%input", "delta = target - this%output", "delta = target_1 - this%output"):
        CHECKS.refused("sigmoid-2-2-2", _FORTRAN, text)
