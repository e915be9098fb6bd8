"""Batch 94's pages showed functions defined in Go, Rust, Scala, JavaScript, MATLAB and Julia refused where Python's
``def`` is read; written here as other authors would (other names, other bodies, other networks than the pages'):
Go's ``func`` with typed parameters and a local ``s :=``, Rust's ``fn`` whose last expression is its value (``let``
before it, ``f64::exp``), Scala's typed one-line ``def`` and its braced body with ``val``, JavaScript's function
declaration, a function expression assigned to a property with a local ``var``, and an arrow, MATLAB's function
file (``%`` comments, the output reassigned), Julia's ``function ... end`` and its broadcast ``.+`` and ``exp.(``.
Each is judged as the claim a Python def makes, the pages' own slips (1 / 1 + exp(-z)) wrong. What stays refused:
a body with a conditional, Rust's value discarded by ``;``, a MATLAB statement after the output's, Python's
``def f(x): s = ...`` (no Scala: no typed parameter, no type), and Flux's rule dispatched on a function's type.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# the functions a page defines, at a hidden unit's sum
_FUNCTIONS = r'''
[notation]
functions = { logistic = "sigmoid", "Net.logistic" = "sigmoid", logisticSlope = "sigmoid' at input", hyper = "tanh", hyperSlope = "tanh' at input" }
[notation.symbols]
"u" = "z1[0]"
'''
_SIG = "sigmoid(z1[0])"
_DSIG = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
_DTANH = "1 - tanh(z1[0])**2"


def _value(true: str, page: str) -> tuple:
    return (Twin("value", true, (page,)),)


def _cases() -> list[Public]:
    return [
        Public("go-func", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "func logistic(v float64) float64 {\n\treturn 1.0 / (1.0 + math.Exp(-v))\n}", ((C,),),
               _value(_SIG, "1/(1 + exp(-z1[0]))")),
        Public("go-func-local-wrong", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "func logisticSlope(v float64) float64 {\n\tp := logistic(v)\n\treturn p * (1 + p)\n}", ((W,),),
               _value(_DSIG, "sigmoid(z1[0])*(1 + sigmoid(z1[0]))")),
        Public("go-func-var-local", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "func logisticSlope(v float64) float64 {\n\tvar p float64 = logistic(v)\n\treturn p * (1 - p)\n}",
               ((C,),), _value(_DSIG, _DSIG)),
        Public("rust-fn-let", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "fn logistic(t: f64) -> f64 {\n    let e = f64::exp(-t);\n    1.0 / (1.0 + e)\n}", ((C,),),
               _value(_SIG, "1/(1 + exp(-z1[0]))")),
        Public("rust-fn-return-wrong", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "pub fn logistic(t: f64) -> f64 {\n    return 1.0 / (1.0 - f64::exp(-t));\n}", ((W,),),
               _value(_SIG, "1/(1 - exp(-z1[0]))")),
        Public("scala-def-slip", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "  def logistic(s: Double): Double = 1.0 / 1.0 + math.exp(-s)", ((W,),),
               _value(_SIG, "1 + exp(-z1[0])")),
        Public("scala-def-braces", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "def logisticSlope(s: Double): Double = {\n  val q = logistic(s)\n  q * (1 - q)\n}", ((C,),),
               _value(_DSIG, _DSIG)),
        Public("js-function-declaration", "test", "tanh-two", _FUNCTIONS,
               "function hyperSlope(v) {\n  // the slope\n  let h = hyper(v);\n  return 1 - h * h;\n}", ((C,),),
               _value(_DTANH, _DTANH)),
        Public("js-property-function-var", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "Net.logistic = function(v) {\n  var r = 1 / (1 + Math.pow(Math.E, -v));\n  return r;\n};",
               ((C,),), _value(_SIG, "1/(1 + exp(-z1[0]))")),
        Public("js-arrow-wrong", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "const logistic = v => 1 / (1 + Math.exp(v));", ((W,),), _value(_SIG, "1/(1 + exp(z1[0]))")),
        Public("matlab-function-reassigned", "test", "tanh-two", _FUNCTIONS,
               "function out = hyperSlope(v)\n% slope of hyper\n%out = 1 - v.^2;\nout = hyper(v);\n"
               "out = 1 - out.^2;\nend", ((C,),), _value(_DTANH, _DTANH)),
        Public("matlab-function-wrong", "test", "tanh-two", _FUNCTIONS,
               "function out = hyperSlope(v)\n  out = hyper(v);\n  out = 1 - out;\nend", ((W,),),
               _value(_DTANH, "1 - tanh(z1[0])")),
        Public("julia-function-end", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "function logistic(v::Float64)\n    1 / (1 + exp(-v))\nend", ((C,),), _value(_SIG, "1/(1 + exp(-z1[0]))")),
        Public("julia-broadcast", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "logistic(u) = 1 ./ (1 .+ exp.(-u))", ((C,),), _value(_SIG, "1/(1 + exp(-z1[0]))")),
        Public("julia-broadcast-wrong", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "logistic(u) = 1 ./ (1 .+ exp.(u))", ((W,),), _value(_SIG, "1/(1 + exp(z1[0]))")),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_body_with_a_conditional_is_refused():
    """Go's ``if`` before the return: no one expression is the value."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, "func logisticSlope(v float64) float64 {\n\tp := logistic(v)"
                             "\n\tif v > 0 { return p }\n\treturn p * (1 - p)\n}")
    assert "more than one return line" in refusal


def test_a_rust_value_discarded_by_its_semicolon_is_refused():
    """Rust's last expression with ``;`` after it returns nothing."""
    CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, "fn logistic(t: f64) -> f64 {\n    1.0 / (1.0 + f64::exp(-t));\n}")


def test_a_matlab_statement_after_the_output_is_refused():
    CHECKS.refused("tanh-two", _FUNCTIONS, "function out = hyperSlope(v)\n  out = 1 - hyper(v).^2;\n  k = 2;\nend")


def test_python_assignment_after_def_is_no_scala():
    """``def f(x): s = ...`` returns nothing in Python: never read as Scala's ``def f(x: T): T = ...``."""
    CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, "def logistic(u): s = 1 / (1 + math.exp(-u))")


def test_a_rule_dispatched_on_a_functions_type_is_refused_saying_what_to_write():
    refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, "back!(::typeof(logistic), D, u) = D .* logistic(u)")
    assert "dispatched on a function's type" in refusal and "\\frac{\\partial L}{\\partial z}" in refusal
