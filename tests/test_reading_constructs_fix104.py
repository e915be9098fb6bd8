"""Batch 104 of the public formulas showed general constructs refused, each written here as another author would
(other names, other networks than the pages'):

- a known function's whole name beside a notation name that is only its prefix, ``sigmoid(net)`` where the notation
  names ``sig``: the function (the notation's name wins where it names the whole word);
- ``\\bigodot`` between two operands, the entrywise product ``\\odot`` (with limits, the big operator, it stays
  refused);
- OCaml's and F#'s ``let f x = ...`` (OCaml's float operators ``+. -. *. /.``, ``**``, ``;;``; F#'s body on the next
  line, .NET's ``Math.Pow``, a primed name ``tanh'``) and Pascal's ``function f(x: real): real; begin Result := ...;
  end;`` (or the function's own name assigned), read as the definitions of the other languages are; what has no
  one reading (a local ``let ... in``, OCaml's ``^``, a Pascal ``if``) refused;
- a sentence on a list item's next line after its formula, ``(eq 7).`` then ``This is the output delta
  $\\delta$.</li>``: prose, dropped (a line with a condition's word kept, and refused);
- a ``\\sum`` with no index whose term has no free index, each name of a layer of one unit, in a file of no data
  whose loss is the samples' mean: a member wrong at every count of samples is wrong, one right only for one sample
  refused (ReadingsDisagree), as on a file of one sample.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts, numbers by the
number oracle as the held-out batches'): each case carries its twin, the formula transcribed by hand into
symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2_NO_BIAS, SIGMOID_1_1, SIGMOID_2_1, SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_public_formulas_held_out import oracle_verdicts

NETWORKS = {"sigmoid-2-1": SIGMOID_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "tanh-2-1": TANH_2_1,
            "sigmoid-1-1": SIGMOID_1_1, "logistic-2-no-bias": LOGISTIC_2_NO_BIAS,
            "sigmoid-1-1-sum": SIGMOID_1_1 + '\n[update]\nlearning_rate = 0.1\nreduction = "sum"\n'}
CHECKS = CaseChecks(NETWORKS)

# a unit's names as code's: net its sum, sig its output (a prefix of sigmoid), t its target
_PREFIX = r'''
[notation]
loss = ["E"]
[notation.symbols]
"net" = "z1[0]"
"sig" = "a1[0]"
"t" = "y[0]"
'''
# the same, where the notation names the whole word sigmoid too (the unit's output)
_WHOLE = r'''
[notation]
loss = ["E"]
[notation.symbols]
"net" = "z1[0]"
"sig" = "z1[0]"
"sigmoid" = "a1[0]"
'''
# the output layer's vectors: a the outputs, t the targets, u the sums, e dE/du
_OUTPUT = r'''
[notation]
loss = ["E"]
[notation.symbols]
"a" = "a2[:]"
"t" = "y[:]"
"u" = "z2[:]"
"e" = "grad(z2[:])"
'''
# a definition's argument: u (a sigmoid's), s (a tanh's)
_ARGUMENT_U = r'''
[notation.symbols]
"u" = "z1[0]"
'''
_ARGUMENT_S = r'''
[notation.symbols]
"s" = "z1[0]"
'''
# one sigmoid unit: o its output, t its target, v its weight, x its input, J the loss
_UNIT = r'''
[notation]
loss = ["J"]
[notation.symbols]
"o" = "a1[0]"
"t" = "y[0]"
"v" = "W1[0, 0]"
"x" = "x[0]"
'''
_K2 = ({"k": 0}, {"k": 1})
_E2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_SIG = "1/(1 + exp(-z1[0]))"
_DTANH = "1 - tanh(z1[0])**2"


def _cases() -> list[Public]:
    return [
        # -- a function's whole name beside the notation's prefix of it -----------------------------------------
        Public("sigmoid-beside-sig", "test", "sigmoid-2-1", _PREFIX, "sig = sigmoid(net) = 1/(1 + exp(-net))",
               ((C, C),), (Twin("value", "a1[0]", ("sigmoid(z1[0])", _SIG)),)),
        Public("sigmoid-beside-sig-wrong", "test", "sigmoid-2-1", _PREFIX, "sig = sigmoid(net) = 1/(1 + exp(net))",
               ((C, W),), (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(z1[0]))")),)),
        Public("sigmoid-named-whole", "test", "sigmoid-2-1", _WHOLE, "sigmoid = 1/(1 + exp(-net))",
               ((C,),), (Twin("value", "a1[0]", (_SIG,)),)),
        Public("sigmoid-named-whole-wrong", "test", "sigmoid-2-1", _WHOLE, "sigmoid = 1/(1 + exp(-sig))*sig",
               ((W,),), (Twin("value", "a1[0]", (f"{_SIG}*z1[0]",)),)),
        # -- \bigodot between two operands -------------------------------------------------------------------------
        Public("bigodot", "test", "sigmoid-2-2-2", _OUTPUT, "e = (a - t) \\bigodot \\sigma'(u)", ((C,),),
               (Twin("value", _E2, (_E2,), _K2),)),
        Public("bigodot-wrong", "test", "sigmoid-2-2-2", _OUTPUT, "e = (a - t)\\bigodot\\sigma(u)", ((W,),),
               (Twin("value", _E2, ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
        # -- OCaml's, F#'s and Pascal's definitions --------------------------------------------------------------
        Public("ocaml-let", "test", "sigmoid-2-1", _ARGUMENT_U, "let sigmoid u = 1. /. (1. +. exp (-. u)) ;;",
               ((C,),), (Twin("value", "sigmoid(z1[0])", (_SIG,)),)),
        Public("ocaml-let-wrong", "test", "sigmoid-2-1", _ARGUMENT_U,
               "let rec sigmoid (u : float) : float = 1. /. (1. +. 2.718 ** u) (* e^u *) ;;", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + 2.718**z1[0])",)),)),
        Public("ocaml-derivative", "test", "sigmoid-2-1", _ARGUMENT_U,
               "let dsigmoid u =\n  sigmoid u *. (1.0 -. sigmoid u) ;;", ((C,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
        Public("ocaml-derivative-wrong", "test", "sigmoid-2-1", _ARGUMENT_U,
               "let dsigmoid u =\n  sigmoid u *. (1.0 +. sigmoid u) ;;", ((W,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
        Public("fsharp-let-primed", "test", "tanh-2-1", _ARGUMENT_S,
               "let tanh' s =\n    1.0 - Math.Pow(Math.Tanh(s), 2.0)", ((C,),),
               (Twin("value", _DTANH, (_DTANH,)),)),
        Public("fsharp-let-primed-wrong", "test", "tanh-2-1", _ARGUMENT_S,
               "let tanh' s =\n    1.0 - Math.Pow(Math.Tanh(s), 3.0)", ((W,),),
               (Twin("value", _DTANH, ("1 - tanh(z1[0])**3",)),)),
        Public("fsharp-let-e", "test", "sigmoid-2-1", _ARGUMENT_U,
               "let sigmoid u =\n    1.0 / (1.0 + Math.Exp(-u))", ((C,),), (Twin("value", "sigmoid(z1[0])", (_SIG,)),)),
        Public("pascal-function", "test", "sigmoid-2-1", _ARGUMENT_U,
               "function logistic(u: real): real;\nbegin\n  Result := 1/(1 + exp(-u));\nend;", ((C,),),
               (Twin("value", "sigmoid(z1[0])", (_SIG,)),)),
        Public("pascal-function-wrong", "test", "sigmoid-2-1", _ARGUMENT_U,
               "FUNCTION logistic(u: Real): Real;\nVAR s: Real;\nBEGIN\n  s := exp(-u);\n  logistic := 1/(1 - s);\nEND;",
               ((W,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 - exp(-z1[0]))",)),)),
        # -- a sentence on a list item's next line -----------------------------------------------------------------
        Public("sentence-on-next-line", "test", "sigmoid-2-2-2", _OUTPUT,
               "    <li>$e = (a - t) \\odot a \\odot (1 - a)$ (eq 7).\n    This is the output delta $e$.</li>", ((C,),),
               (Twin("value", _E2, (_E2,), _K2),)),
        Public("sentence-on-next-line-wrong", "test", "sigmoid-2-2-2", _OUTPUT,
               "    <li>$e = (a - t) \\odot (1 - a)$ (eq 7).\n    This is the output delta.</li>", ((W,),),
               (Twin("value", _E2, ("(a2[{k}] - y[{k}])*(1 - a2[{k}])",), _K2),)),
        # -- a \sum with no index over a file of no data, its loss the mean ------------------------------------------
        Public("letterless-sum-no-data-wrong", "test", "sigmoid-1-1", _UNIT,
               "\\frac{\\partial J}{\\partial v} = 2\\sum [t - o] o(1 - o) x", ((W,),),
               (Twin("gradient", "W1[0,0]", ("2*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def test_a_word_that_is_no_function_beside_the_prefix_stays_refused():
    """``sigmo(net)``: neither the notation's name nor a function's, refused naming the word."""
    assert "sigmo" in CHECKS.refused("sigmoid-2-1", _PREFIX, "sig = sigmo(net)")


def test_bigodot_with_limits_stays_refused():
    """``\\bigodot_{k} u_k``: the big operator over k (no product of two operands), not read."""
    CHECKS.refused("sigmoid-2-2-2", _OUTPUT, "e = \\bigodot_{k} (a - t)")


def test_an_ml_body_with_no_one_reading_is_refused():
    """A local ``let ... in`` and OCaml's ``^`` (string concatenation, never a power) are refused naming them."""
    assert "let ... in" in CHECKS.refused("sigmoid-2-1", _ARGUMENT_U,
                                          "let sigmoid u = let e = exp (-. u) in 1. /. (1. +. e) ;;")
    assert "string concatenation" in CHECKS.refused("sigmoid-2-1", _ARGUMENT_U, "let sigmoid u = 1. /. (1. +. 2.7 ^ u)")


def test_a_pascal_body_with_a_conditional_is_refused():
    CHECKS.refused("sigmoid-2-1", _ARGUMENT_U,
                   "function logistic(u: real): real;\nbegin\n  if u > 0 then Result := 1 else Result := 0;\nend;")


def test_a_sentence_with_a_condition_on_the_next_line_stays_refused():
    """``... when $t = 1$``: the line's words make a condition (and it holds a relation), never dropped."""
    CHECKS.refused("sigmoid-2-2-2", _OUTPUT,
                   "    <li>$e = (a - t) \\odot a \\odot (1 - a)$ (eq 7).\n    This is the output delta when $t$ is one.</li>")


def test_a_letterless_sum_right_for_one_sample_only_is_refused():
    """-2 \\sum [t - o] ... with no data: right for one sample, not for the step's samples' mean over several."""
    CHECKS.refused("sigmoid-1-1", _UNIT, "\\frac{\\partial J}{\\partial v} = -2\\sum [t - o] o(1 - o) x")


def test_a_letterless_sum_with_the_samples_sum_is_refused():
    """With reduction = "sum" the sum over the step's samples and the one unit's term would disagree: refused."""
    CHECKS.refused("sigmoid-1-1-sum", _UNIT, "\\frac{\\partial J}{\\partial v} = -2\\sum [t - o] o(1 - o) x")


def test_a_letterless_sum_reading_the_left_sides_letter_stays_refused():
    """``e^{-\\Sigma w_j x_j}`` beside ``\\partial w_j`` in a file of no data: the sum may be over j itself, bound
    inside the exponent (the term then has no free index only through the left side's letter): refused, never read
    as one term."""
    notation = r'''
[notation]
indices = "j"
[notation.symbols]
"p" = "a1[0]"
"w_{j}" = "W1[0, j]"
"x_{j}" = "x[j]"
'''
    assert "the left side's" in CHECKS.refused(
        "logistic-2-no-bias", notation,
        "\\frac{\\partial p}{\\partial w_j} = \\frac{e^{-\\Sigma w_j x_j}}{(1 + e^{-\\Sigma w_j x_j})^2} x_j")
