"""Batch 100's Haskell files (Perceptron.hs, Network.hs) write a function's definition below its type signature,
``sigmoidprim :: Double -> Double`` then ``sigmoidprim x = sigmoid x * (1 - sigmoid x)``: the signature states types
and is set aside, the parameters follow the name, a function is applied by juxtaposition, ``succ u`` is u + 1,
``fmap (\\x -> x*(1-x))`` maps a lambda entry by entry (point-free, the definition's parameter the lambda's), a
constructor pattern ``(Layer w th)`` binds a record's fields, Data.Matrix's ``multStd``, ``scaleMatrix``,
``transpose`` and ``#*``, ``#-``, ``#+``. Written here as other authors would (other names, other networks than the
pages'): a ``where`` clause's local, ``recip $ succ $ exp $ negate u``, ``product [...]``, a primed ``sigmoid'``. What
stays refused: two names side by side where the first is no function the notation or math names (a call, or a
product?), a constructor pattern's field the notation does not name, a signature alone, guards, the file's ``#``
operators beside others unparenthesized.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"tanh-sig": TANH_2_2_SIGMOID_1, "sigmoid-2-2-2": SIGMOID_2_2_2})

# a tanh hidden layer's slope at its sum s, and the sigmoid output's squashing at its sum u
_AT_SUM = r'''
[notation]
functions = { slope = "tanh' at input", squash = "sigmoid" }
[notation.symbols]
"s" = "z1[0]"
"u" = "z2[0]"
"k" = "W2[0, 0]"
'''
# the output's slope written of its output o, mapped over a matrix
_AT_OUTPUT = r'''
[notation]
functions = { slopeOut = "sigmoid' at output" }
[notation.symbols]
"o" = "a2[0]"
'''
# the hidden layer's forward pass: v its weights, c its biases, xs the input column
_FORWARD = r'''
[notation]
[notation.symbols]
"hidden" = "a1[:]"
"v" = "W1[:, :]"
"c" = "b1[:]"
"xs" = "x[:]"
'''
# the output layer's update: v its weights, g dL/d(sum) of the output (a column), h the hidden outputs (a column);
# change one weight of it, g0 the first output's dL/d(sum), h1 the second hidden output
_UPDATE = r'''
[notation]
learning_rate = ["rate"]
[notation.symbols]
"newOut" = "new(W2[:, :])"
"v" = "W2[:, :]"
"g" = "grad(z2[:])"
"h" = "a1[:]"
"change" = "new(W2[0, 1])"
"w" = "W2[0, 1]"
"g0" = "grad(z2[0])"
"h1" = "a1[1]"
'''
_J2 = ({"j": 0}, {"j": 1})
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    return [
        Public("where-local", "test", "tanh-sig", _AT_SUM,
               "slope :: Double -> Double\nslope s = 1 - t * t  -- t the unit's output\n  where t = tanh s", ((C,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0])",)),)),
        Public("where-local-wrong", "test", "tanh-sig", _AT_SUM,
               "slope :: Double -> Double\nslope s = 1 + t * t\n  where\n    t = tanh s", ((W,),),
               (Twin("value", "1 - tanh(z1[0])**2", ("1 + tanh(z1[0])*tanh(z1[0])",)),)),
        Public("dollar-succ-recip", "test", "tanh-sig", _AT_SUM,
               "squash :: Double -> Double\nsquash u = recip $ succ $ exp $ negate u", ((C,),),
               (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(-z2[0]))",)),)),
        Public("dollar-succ-recip-wrong", "test", "tanh-sig", _AT_SUM,
               "squash :: Double -> Double\nsquash u = recip $ succ $ exp u", ((W,),),
               (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(z2[0]))",)),)),
        Public("lambda-value", "test", "tanh-sig", _AT_SUM,
               "squash :: Double -> Double\nsquash = \\u -> 1 / (1 + exp (-u))",
               ((C,),), (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(-z2[0]))",)),)),
        Public("lambda-value-wrong", "test", "tanh-sig", _AT_SUM,
               "squash :: Double -> Double\nsquash = \\u -> 1 / (1 - exp (-u))",
               ((W,),), (Twin("value", "sigmoid(z2[0])", ("1/(1 - exp(-z2[0]))",)),)),
        Public("point-free-lambda", "test", "tanh-sig", _AT_OUTPUT,
               "slopeOut :: Num a => Matrix a -> Matrix a\nslopeOut = fmap (\\o -> o * (1 - o))", ((C,),),
               (Twin("value", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", ("a2[0]*(1 - a2[0])",)),)),
        Public("point-free-lambda-wrong", "test", "tanh-sig", _AT_OUTPUT,
               "slopeOut :: Num a => Matrix a -> Matrix a\nslopeOut = fmap (\\o -> o * (1 + o))", ((W,),),
               (Twin("value", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", ("a2[0]*(1 + a2[0])",)),)),
        Public("primed-name", "test", "sigmoid-2-2-2", None,
               "sigmoid' :: Double -> Double\nsigmoid' z = s * (1 - s)\n  where s = sigmoid z", ((C,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
        Public("primed-name-wrong", "test", "sigmoid-2-2-2", None,
               "sigmoid' :: Double -> Double\nsigmoid' z = s * (1 + s)\n  where s = sigmoid z", ((W,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
        Public("constructor-pattern", "test", "tanh-sig", _FORWARD,
               "hidden :: Layer -> Matrix Double -> Matrix Double\n"
               "hidden (Layer v c) xs = fmap tanh (multStd v xs #+ c)",
               ((C,),), (Twin("value", "a1[{j}]", ("tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J2),)),
        Public("constructor-pattern-wrong", "test", "tanh-sig", _FORWARD,
               "hidden :: Layer -> Matrix Double -> Matrix Double\n"
               "hidden (Layer v c) xs = fmap tanh (multStd v xs #- c)",
               ((W,),), (Twin("value", "a1[{j}]", ("tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}])",), _J2),)),
        Public("scale-transpose", "test", "sigmoid-2-2-2", _UPDATE,
               "newOut :: Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double\n"
               "newOut v g h =\n  v #- scaleMatrix rate (multStd g (transpose h))", ((C,),),
               (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2),)),
        Public("scale-transpose-wrong", "test", "sigmoid-2-2-2", _UPDATE,
               "newOut :: Matrix Double -> Matrix Double -> Matrix Double -> Matrix Double\n"
               "newOut v g h =\n  v #+ scaleMatrix rate (multStd g (transpose h))", ((W,),),
               (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*grad",), _J2),)),
        Public("product-list", "test", "sigmoid-2-2-2", _UPDATE,
               "change :: Double -> Double -> Double -> Double\nchange w g0 h1 = w - product [rate, g0, h1]", ((C,),),
               (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),)),
        Public("product-list-wrong", "test", "sigmoid-2-2-2", _UPDATE,
               "change :: Double -> Double -> Double -> Double\nchange w g0 h1 = w - product [rate, g0, w]", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_OUT}*W2[0,1]",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_name_beside_another_that_is_no_function_is_refused():
    """``k s``: k the notation's weight, which Haskell would apply and a page may mean to multiply."""
    refusal = CHECKS.refused("tanh-sig", _AT_SUM, "slope :: Double -> Double\nslope s = k s * (1 - tanh s)")
    assert "k applied to what follows it" in refusal


def test_a_constructor_patterns_field_the_notation_does_not_name_is_refused():
    refusal = CHECKS.refused("tanh-sig", _FORWARD.replace('"c" = "b1[:]"\n', ""),
                             "hidden :: Layer -> Matrix Double -> Matrix Double\n"
                             "hidden (Layer v c) xs = fmap tanh (multStd v xs #+ c)")
    assert "binds c to a field of its record" in refusal


def test_a_signature_alone_is_refused():
    refusal = CHECKS.refused("tanh-sig", _AT_SUM, "slope :: Double -> Double")
    assert "a type signature states the function's types" in refusal


def test_guards_are_refused():
    CHECKS.refused("tanh-sig", _AT_SUM, "slope :: Double -> Double\nslope s\n  | s > 0 = 1\n  | otherwise = 0")


def test_the_files_operators_beside_others_are_refused():
    """``a #* b - c``: the file's #* is of the fixity its source declares (Haskell's default binds it tightest)."""
    refusal = CHECKS.refused("tanh-sig", _FORWARD, "hidden :: Layer -> Matrix Double -> Matrix Double\n"
                                                   "hidden (Layer v c) xs = multStd v xs #* xs - c")
    assert "side by side" in refusal
