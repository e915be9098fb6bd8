"""Batch 124's pages (code in Zig, Erlang, Julia) showed three constructs refused, written here as other authors would
(other names, other networks than the pages'):

- Zig's function definition, ``fn sigmoidPrime(d: f64) f64 { return d * (1 - d); }`` (pub, inline before it; its
  return type after the parameters with no arrow; const and var locals; the builtins ``@exp``, ``@log``, ``@sqrt``
  and ``std.math.tanh`` math's), read as Rust's and C's definitions are; another builtin (``@as``) stays refused;
- Erlang's clause ``sigmoid(X) -> 1 / (1 + math:exp(-X)).`` (its variables the parameters, locals bound by ``=``
  before the value, ``%`` comments, ``math:exp``, ``math:pow``, ``math:tanh``; in any formula too, as Elixir's
  ``:math.exp``); a guard, several clauses, another module's call, ``div``, ``case`` refused naming it; plain text's
  ``f(x) -> ...`` of a lower-case x is no Erlang clause;
- (batch 125's) a colour around a whole claim, ``\\color{red}{\\frac{\\partial L}{\\partial o} = (-1) * (y - o) = o - y}``
  (``\\textcolor``, ``\\colorbox``): the group's braces go with the colour, as \\boxed's do; a group holding no
  relation keeps them (``\\color{red}{(o - y)}^2``, the power's base); a group never closed stays refused;
- Julia's broadcast call of a function the notation declares, ``nn.act.(nn.z[i])`` (``act.(z)``, ``layer.f.(u)``),
  the call of each entry; of a name the notation does not declare a function, ``a.(1 - a)``, the glued dot stays a
  product.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2_1, SIGMOID_2_3_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-1": SIGMOID_2_1, "sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2,
            "tanh-2-1": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# helpers named by the notation, at a unit's sum (z) or output (d, Y)
_HELPERS = r'''
[notation]
functions = { sigmoidPrime = "sigmoid' at output", dact = "sigmoid' at input", act_grad = "tanh' at input" }
[notation.symbols]
"x" = "z1[0]"
'''
_ERLANG = r'''
[notation]
functions = { sigmoid_deriv = "sigmoid' at input", dsig = "sigmoid' at output", tanh_deriv = "tanh' at input" }
[notation.symbols]
"Net" = "z1[0]"
"net" = "z1[0]"
"Out" = "a1[0]"
"out" = "a1[0]"
'''
# a Julia network whose layers are counted from the input (1), its activation held in a field
_JULIA = r'''
[notation]
indices = "l"
functions = { "nn.act" = "sigmoid", "layer.f" = "sigmoid", g = "sigmoid" }
[notation.symbols]
"nn.a[1]" = "x[:]"
"nn.a[l]" = "a{l-1}[:]"
"nn.z[l]" = "z{l-1}[:]"
"h" = "a1[:]"
"u" = "z1[:]"
"out" = "a2[:]"
"net" = "z2[:]"
'''
# a talk's names: o the output, h_1 a hidden output
_TALK = r'''
[notation.symbols]
"o" = "a2[0]"
"y" = "y[0]"
"h_1" = "a1[0]"
"w_{o1}" = "W2[0, 0]"
'''
_SIGMOID = "1/(1 + exp(-z1[0]))"
_SLOPE = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
_H3 = tuple({"j": j} for j in range(3))
_O2 = tuple({"j": j} for j in range(2))
_LAYERS = tuple({"l": 1, "j": j} for j in range(3)) + tuple({"l": 2, "j": j} for j in range(2))


def _cases() -> list[Public]:
    return [
        # ---- Zig's fn --------------------------------------------------------------------------------------------
        Public("zig-fn-output", "test", "sigmoid-2-1", _HELPERS, "fn sigmoidPrime(d: f64) f64 {\n    return d * (1 - d);\n}",
               ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
        Public("zig-fn-output-wrong", "test", "sigmoid-2-1", _HELPERS,
               "pub fn sigmoidPrime(out: f32) f32 { return out * (1.0 + out); }", ((W,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 + a1[0])",)),)),
        Public("zig-fn-builtin-exp", "test", "sigmoid-2-1", _HELPERS,
               "pub fn sigmoid(x: f64) f64 {\n    return 1.0 / (1.0 + @exp(-x));\n}", ((C,),),
               (Twin("value", "sigmoid(z1[0])", (_SIGMOID,)),)),
        Public("zig-fn-std-math-wrong", "test", "sigmoid-2-1", _HELPERS,
               "fn sigmoid(x: f64) f64 { return 1.0 / (1.0 + std.math.exp(x)); }", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(z1[0]))",)),)),
        Public("zig-fn-const-local", "test", "sigmoid-2-1", _HELPERS,
               "inline fn dact(z: f64) f64 {\n    const s = 1.0 / (1.0 + @exp(-z));\n    return s * (1.0 - s);\n}",
               ((C,),), (Twin("value", _SLOPE, (_SLOPE,)),)),
        Public("zig-fn-var-local-wrong", "test", "sigmoid-2-1", _HELPERS,
               "fn dact(z: f64) f64 {\n    var s: f64 = sigmoid(z);\n    return s * s;\n}", ((W,),),
               (Twin("value", _SLOPE, ("sigmoid(z1[0])*sigmoid(z1[0])",)),)),
        Public("zig-fn-tanh", "test", "tanh-2-1", _HELPERS,
               "fn act_grad(x: f64) f64 {\n    const t = std.math.tanh(x);\n    return 1 - t * t;\n}", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)),
        # ---- Erlang's clause -------------------------------------------------------------------------------------
        Public("erlang-clause", "test", "sigmoid-2-1", _ERLANG, "sigmoid(X) ->\n    1 / (1 + math:exp(-X)).", ((C,),),
               (Twin("value", "sigmoid(z1[0])", (_SIGMOID,)),)),
        Public("erlang-clause-dropped-term-wrong", "test", "sigmoid-2-1", _ERLANG,
               "sigmoid_deriv(Net) -> math:exp(-Net) / (1 + math:exp(-2 * Net)).", ((W,),),
               (Twin("value", _SLOPE, ("exp(-z1[0])/(1 + exp(-2*z1[0]))",)),)),
        Public("erlang-clause-pow", "test", "sigmoid-2-1", _ERLANG,
               "sigmoid_deriv(Z) -> math:exp(-Z) / math:pow(1 + math:exp(-Z), 2).", ((C,),),
               (Twin("value", _SLOPE, ("exp(-z1[0])/(1 + exp(-z1[0]))**2",)),)),
        Public("erlang-clause-local-comment", "test", "sigmoid-2-1", _ERLANG,
               "sigmoid_deriv(Z) ->\n    % the slope at the sum\n    S = 1 / (1 + math:exp(-Z)), % the output\n"
               "    S * (1 - S).", ((C,),), (Twin("value", _SLOPE, (_SLOPE,)),)),
        Public("erlang-clause-local-wrong", "test", "sigmoid-2-1", _ERLANG,
               "sigmoid_deriv(Z) ->\n    S = sigmoid(Z),\n    S * (1 + S).", ((W,),),
               (Twin("value", _SLOPE, ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
        Public("erlang-clause-output", "test", "sigmoid-2-1", _ERLANG, "dsig(Out) -> Out * (1.0 - Out).", ((C,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
        Public("erlang-clause-tanh-wrong", "test", "tanh-2-1", _ERLANG,
               "tanh_deriv(X) ->\n    T = math:tanh(X),\n    1 + T * T.", ((W,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 + tanh(z1[0])**2",)),)),
        Public("erlang-math-in-a-statement", "test", "sigmoid-2-1", _ERLANG, "    Out = 1 / (1 + math:exp(-Net)),",
               ((C,),), (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("elixir-math-in-a-statement-wrong", "test", "sigmoid-2-1", _ERLANG,
               "out = 1 / (1 + :math.pow(2.0, -net))", ((W,),), (Twin("value", "a1[0]", ("1/(1 + 2.0**(-z1[0]))",)),)),
        # ---- a colour around a whole claim ------------------------------------------------------------------------
        Public("colour-whole-chain", "test", "sigmoid-2-2-1", _TALK,
               r"$$\color{red}{\frac{\partial L}{\partial o} = (-1) * (y - o) = o - y}$$", ((C, C),),
               (Twin("value", "a2[0] - y[0]", ("(-1)*(y[0] - a2[0])", "a2[0] - y[0]")),)),
        Public("colour-whole-chain-wrong", "test", "sigmoid-2-2-1", _TALK,
               r"$$\color{blue} {\frac{\partial L}{\partial o} = (y - o) = o - y}$$", ((W, C),),
               (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]", "a2[0] - y[0]")),)),
        Public("textcolour-whole-claim", "test", "sigmoid-2-2-1", _TALK,
               r"$\textcolor{green}{\frac{\partial L}{\partial h_1} = (o - y) o (1 - o) w_{o1}}$", ((C,),),
               (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]",)),)),
        Public("colourbox-claim-then-member-wrong", "test", "sigmoid-2-2-1", _TALK,
               r"$\colorbox{yellow}{\frac{\partial L}{\partial o} = o - y} = {y - o}$", ((C, W),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "y[0] - a2[0]")),)),
        Public("colour-factor-power-wrong", "test", "sigmoid-2-2-1", _TALK,
               r"$\frac{\partial L}{\partial o} = \color{red}{(o - y)}^2$", ((W,),),
               (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])**2",)),)),
        # ---- Julia's broadcast call of a declared function -------------------------------------------------------
        Public("julia-broadcast-field", "test", "sigmoid-2-3-2", _JULIA, "\tnn.a[l] .= nn.act.(nn.z[l])", ((C,),),
               (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _LAYERS),)),
        Public("julia-broadcast-other-field", "test", "sigmoid-2-3-2", _JULIA, "out .= layer.f.(net)", ((C,),),
               (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])",), _O2),)),
        Public("julia-broadcast-name-wrong", "test", "sigmoid-2-3-2", _JULIA, "h = g.(u .+ 1)", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}] + 1)",), _H3),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_zig_builtin_other_than_math_is_refused_at_it():
    refusal = CHECKS.refused("sigmoid-2-1", _HELPERS, "fn dact(z: f64) f64 { return @as(f64, 1.0) - z; }")
    assert "'@'" in refusal


def test_an_erlang_guard_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "sigmoid(X) when X > 0 -> 1 / (1 + math:exp(-X)).")
    assert "Erlang's definition of sigmoid" in refusal and "its guard (when X > 0)" in refusal


def test_several_erlang_clauses_are_refused_naming_them():
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "dsig(Y) -> Y * (1 - Y);\ndsig(_) -> 0.")
    assert "a ; ends its clause and another follows" in refusal


def test_another_modules_call_and_integer_division_are_refused_naming_them():
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "dsig(Y) -> lists:sum(Y) * (1 - Y).")
    assert "lists:sum(...) is a function of the module lists, not of math" in refusal
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "dsig(Y) -> Y * (1 - Y) div 2.")
    assert "its body holds Erlang's div" in refusal
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "dsig(Y) -> case Y of 0 -> 0; _ -> Y end.")
    assert "its body holds Erlang's case" in refusal


def test_a_lower_case_parameter_is_no_erlang_clause():
    """Plain text's f(x) -> ... (a lower-case x, never Erlang's variable) is left to the reader, as before."""
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "sigmoid(x) -> 1 / (1 + e^(-x))")
    assert "Erlang" not in refusal


def test_a_broadcast_of_an_undeclared_name_stays_a_product():
    """act.(z) where the notation declares no function act: the glued dot is a product, and act unknown."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _JULIA, "h .= act.(u)")
    assert "unknown symbol act" in refusal


def test_a_colour_group_never_closed_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _TALK, r"$\color{red}{\frac{\partial L}{\partial o} = o - y$")
    assert "expected '}' to close the group" in refusal


def test_another_modules_call_in_a_statement_is_refused_at_its_colon():
    refusal = CHECKS.refused("sigmoid-2-1", _ERLANG, "Out = 1 / (1 + lists:exp(-Net))")
    assert "at ':'" in refusal
