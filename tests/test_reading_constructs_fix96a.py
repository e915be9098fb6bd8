"""Batch 96's pages defined functions as Julia, Go and C write them, and left some arguments and names to the reader;
written here as other authors would (other names, other bodies, other networks than the pages'): Julia's and R's
``ifelse(c, a, b)`` (NumPy's np.where), Go's exported ``math.Tanh`` and ``math.Max`` in a func's body, a C or C++
definition with typed locals before its return (``double p = f(v);``, ``const float``, ``auto``). Each is judged
as the claim a Python def (or np.where) makes, the slips wrong. What stays refused, in one line saying what it is:
an int local (it truncates), a local assigned twice, ifelse of no comparison, a dot for a function's argument
(``\\sigma'(\\cdot)``), a function looked up by a name built at run time (Julia's ``eval(Symbol(...))``, Python's
``getattr``), a value pushed into a list (``pushfirst!(δ, v)``, ``deltas.append(v)``), and a leaky ReLU's own
definition where the notation does not name it (its slope is the page's).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_LINEAR_1, SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "relu-2-2-1": RELU_2_2_LINEAR_1,
}
CHECKS = CaseChecks(NETWORKS)

# the functions a page defines, at a hidden unit's sum u (its output r)
_FUNCTIONS = r'''
[notation]
functions = { logistic = "sigmoid", logisticSlope = "sigmoid' at input", hyper = "tanh", rect = "relu", rectSlope = "relu' at input" }
[notation.symbols]
"u" = "z1[0]"
"r" = "a1[0]"
'''
_SIG = "sigmoid(z1[0])"
_DSIG = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
_TANH = "tanh(z1[0])"


def _value(true: str, page: str) -> tuple:
    return (Twin("value", true, (page,)),)


def _cases() -> list[Public]:
    return [
        # Julia's (and R's) ifelse(c, a, b): a where c holds, else b
        Public("julia-ifelse-slope", "test", "relu-2-2-1", _FUNCTIONS, "rectSlope(u) = ifelse(u > 0, 1, 0)", ((C,),),
               _value("Heaviside(z1[0])", "Heaviside(z1[0])")),
        Public("julia-ifelse-slope-swapped", "test", "relu-2-2-1", _FUNCTIONS, "rectSlope(u) = ifelse(u > 0, 0, 1)",
               ((W,),), _value("Heaviside(z1[0])", "Heaviside(-z1[0])")),
        Public("r-ifelse-output", "test", "relu-2-2-1", _FUNCTIONS, "r <- ifelse(u > 0, u, 0)", ((C,),),
               _value("a1[0]", "z1[0]*Heaviside(z1[0])")),
        Public("r-ifelse-output-wrong", "test", "relu-2-2-1", _FUNCTIONS, "r <- ifelse(u < 0, u, 0)", ((W,),),
               _value("a1[0]", "z1[0]*Heaviside(-z1[0])")),
        # Go's exported math functions in a func's body
        Public("go-math-tanh", "test", "tanh-two", _FUNCTIONS, "func hyper(v float64) float64 {\n\treturn math.Tanh(v)\n}",
               ((C,),), _value(_TANH, "tanh(z1[0])")),
        Public("go-math-tanh-wrong", "test", "tanh-two", _FUNCTIONS,
               "func hyper(v float64) float64 {\n\treturn math.Tanh(v) * math.Tanh(v)\n}", ((W,),),
               _value(_TANH, "tanh(z1[0])**2")),
        Public("go-math-max", "test", "relu-2-2-1", _FUNCTIONS, "func rect(v float64) float64 {\n\treturn math.Max(0, v)\n}",
               ((C,),), _value("a1[0]", "z1[0]*Heaviside(z1[0])")),
        Public("go-math-exp-log-wrong", "test", "relu-2-2-1", _FUNCTIONS,
               "func rect(v float64) float64 {\n\treturn math.Log(1 + math.Exp(v))\n}", ((W,),),
               _value("a1[0]", "log(1 + exp(z1[0]))")),
        # C's and C++'s typed locals before the return
        Public("c-double-local", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "double logisticSlope(double v) {\n    double p = logistic(v);\n    return p * (1 - p);\n}", ((C,),),
               _value(_DSIG, _DSIG)),
        Public("c-const-float-local-wrong", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "float logisticSlope(float v) {\n  const float p = logistic(v); // the output\n  return p * (1 + p);\n}",
               ((W,),), _value(_DSIG, "sigmoid(z1[0])*(1 + sigmoid(z1[0]))")),
        Public("c-double-local-of-the-output", "test", "tanh-two", _FUNCTIONS,
               "double dtanh(double y) {\n    double s = y * y;\n    return 1 - s;\n}", ((C,),),
               _value("1 - tanh(z1[0])**2", "1 - a1[0]*a1[0]")),
        Public("cpp-auto-locals", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "static double logistic(double v) { auto e = exp(-v); auto d = 1.0 + e; return 1.0 / d; }", ((C,),),
               _value(_SIG, "1/(1 + exp(-z1[0]))")),
        Public("cpp-auto-locals-wrong", "test", "sigmoid-2-2-2", _FUNCTIONS,
               "static double logistic(double v) { auto e = exp(v); auto d = 1.0 + e; return 1.0 / d; }", ((W,),),
               _value(_SIG, "1/(1 + exp(z1[0]))")),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_ifelse_of_no_comparison_is_refused():
    refusal = CHECKS.refused("relu-2-2-1", _FUNCTIONS, "rectSlope(u) = ifelse(u, 1, 0)")
    assert "ifelse(c, a, b) whose first argument is no comparison" in refusal


def test_a_c_int_local_is_refused():
    """``int p = logistic(v);`` truncates the value, which the formula does not show: no local read."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS,
                             "double logisticSlope(double v) {\n    int p = logistic(v);\n    return p * (1 - p);\n}")
    assert "more than one return line" in refusal


def test_a_c_local_assigned_twice_is_refused():
    CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS,
                   "double logisticSlope(double v) { double p = logistic(v); p = p * p; return p; }")
    refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS,
                             "double logisticSlope(double v) { double v = logistic(v); return v * (1 - v); }")
    assert "twice" in refusal


def test_a_dot_for_the_argument_is_refused_saying_so():
    """``\\sigma'(\\cdot)``: which sum the slope is taken at is the writer's to say."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS,
                             r"\frac{\partial L}{\partial u} = r \cdot \sigma'(\cdot)")
    assert r"\sigma'(\cdot) leaves its argument to the reader" in refusal and r"\sigma'(z_2)" in refusal
    assert "leaves its argument to the reader" in CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, "r = logistic(·)")


def test_a_function_named_at_run_time_is_refused_naming_eval():
    refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, 'd = eval(Symbol(layer.act, "_prime")).(u)')
    assert refusal.count("\n") == 0 and "eval(...) looks a function up by a name built when the code runs" in refusal
    assert "getattr(...)" in CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, "d = getattr(self, name + '_prime')(u)")


def test_a_value_pushed_into_a_list_is_refused_saying_what_to_write():
    for text in ("pushfirst!(ds, r .* (1 .- r))", "deltas.append(r * (1 - r))", "self.deltas.insert(0, r * (1 - r))"):
        refusal = CHECKS.refused("sigmoid-2-2-2", _FUNCTIONS, text)
        assert "as a new element" in refusal and "as an assignment" in refusal


def test_a_leaky_relu_the_notation_does_not_name_is_refused_saying_its_slope_is_the_pages():
    refusal = CHECKS.refused("relu-2-2-1", _FUNCTIONS, "leaky_relu(u) = ifelse(u > 0, u, 0.01 * u)")
    assert "slope" in refusal and 'functions, leaky_relu = "leaky_relu"' in refusal
