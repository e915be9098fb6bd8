"""Constructs batches 180 and 181 showed refused, each read now:

- a JavaScript/TypeScript ``.map`` lambda updating an array the notation names whole with its first index,
  ``this.weights[1] = this.weights[1].map((w, i) => w.map((weight, j) => ...))`` with ``"this.weights[1]" =
  "W2[:, :]"`` (batch 180's tx-w2, tx-w1, tx-b2, tx-b1): the lambda's entry i, j of what the notation names;
- Dart's ``final delta = ...`` (dt-d), and a null assertion, Dart's, Swift's and TypeScript's ``learningRate!``,
  Kotlin's ``x!!`` (dt-w): the value itself;
- ``Math.fma(a, b, c)`` (kt-bv): a*b + c;
- a one-line guard of the code's own counter, ``if (i === 0) error = ...`` (nw-err): the statement; a guard testing a
  name the notation or the statement gives is refused in one line;
- Octave's transpose of a one-unit layer's vector, ``dz3'`` where ``"dz3" = "grad(z3[:])"`` (batch 181's oc-dw3): its
  1 x 1 transpose.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names; a right formula is called correct and a wrong variant
of it wrong.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

_RATE = '[update]\nlearning_rate = 0.1\n'
CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2 + _RATE, "sigmoid-2-2-1": SIGMOID_2_2_1 + _RATE,
                     "tanh-2-3-1": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                                   '[[layer]]\nunits = 1\nactivation = "sigmoid"\n'
                                   '[loss]\nname = "binary_cross_entropy"\n'})

# a TypeScript network's arrays, each layer's named whole with its index
_TS = r'''
[notation]
indices = "ij"
learning_rate = ["this.learningRate"]
[notation.symbols]
"hidden" = "a1[:]"
"this.weights[1]" = "W2[:, :]"
"this.bias[1]" = "b2[:]"
"outputDelta" = "-grad(z2[:])"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2J3 = index_grid(k=2, j=3)
_K2 = index_grid(k=2)

# one sigmoid output's names, as Dart, Kotlin and JavaScript write them
_ONE = r'''
[notation]
[notation.symbols]
"output" = "a2[0]"
"target" = "y[0]"
"delta" = "grad(z2[0])"
"error" = "y[0] - a2[0]"
'''
_D = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# an Octave backward pass of one sigmoid output under the cross-entropy: dz3 a one-unit layer's vector
_OC = r'''
[notation]
[notation.symbols]
"a2" = "a1[:]"
"dz3" = "grad(z2[:])"
"dW3" = "grad(W2[:, :])"
'''
_J3 = index_grid(j=3)


def _cases() -> list[Public]:
    return [
        Public("ts-map-matrix", "test", "sigmoid-2-3-2", _TS,
               "this.weights[1] = this.weights[1].map((w, i) => \n"
               "  w.map((weight, j) => weight + this.learningRate * outputDelta[i] * hidden[j])\n);", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J3),)),
        Public("ts-map-matrix-sign-wrong", "test", "sigmoid-2-3-2", _TS,
               "this.weights[1] = this.weights[1].map((w, i) => \n"
               "  w.map((weight, j) => weight - this.learningRate * outputDelta[i] * hidden[j])\n);", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _K2J3),)),
        Public("ts-map-vector", "test", "sigmoid-2-3-2", _TS,
               "this.bias[1] = this.bias[1].map((b, i) => b + this.learningRate * outputDelta[i]);", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2),)),
        Public("ts-map-vector-rate-wrong", "test", "sigmoid-2-3-2", _TS,
               "this.bias[1] = this.bias[1].map((b, i) => b + outputDelta[i]);", ((W,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - {_D2}",), _K2),)),
        Public("dart-final", "test", "sigmoid-2-2-1", _ONE,
               "final delta = (output - target) * output * (1 - output);", ((C,),),
               (Twin("gradient_z", "z2[0]", (_D,)),)),
        Public("dart-final-slope-wrong", "test", "sigmoid-2-2-1", _ONE,
               "final delta = (output - target) * (1 - output);", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*(1 - a2[0])",)),)),
        Public("null-assertions", "test", "sigmoid-2-2-1", _ONE,
               "delta = (output!! - target!) * output! * (1 - output!!)", ((C,),),
               (Twin("gradient_z", "z2[0]", (_D,)),)),
        Public("null-assertions-wrong", "test", "sigmoid-2-2-1", _ONE,
               "delta = (target! - output!!) * output! * (1 - output!!)", ((W,),),
               (Twin("gradient_z", "z2[0]", (f"-{_D}",)),)),
        Public("fma", "test", "sigmoid-2-2-1", _ONE,
               "delta = Math.fma(output, -output, output) * (output - target)", ((C,),),
               (Twin("gradient_z", "z2[0]", (_D,)),)),
        Public("fma-wrong", "test", "sigmoid-2-2-1", _ONE,
               "delta = Math.fma(output, output, output) * (output - target)", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(a2[0]*a2[0] + a2[0])*(a2[0] - y[0])",)),)),
        Public("guard", "test", "sigmoid-2-2-1", _ONE,
               "if (i === 0) error = target - output;", ((C,),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),)),
        Public("guard-wrong", "test", "sigmoid-2-2-1", _ONE,
               "if (i === 0) { error = output - target; }", ((W,),),
               (Twin("value", "y[0] - a2[0]", ("a2[0] - y[0]",)),)),
        Public("octave-one-unit-transpose", "test", "tanh-2-3-1", _OC, "dW3=(a2*dz3')';", ((C,),),
               (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])",), _J3),)),
        Public("octave-one-unit-transpose-wrong", "test", "tanh-2-3-1", _OC, "dW3=2*(a2*dz3')';", ((W,),),
               (Twin("gradient", "W2[0,{j}]", ("2*a1[{j}]*(a2[0] - y[0])",), _J3),)),
    ]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(_cases())


def test_a_guard_testing_the_notations_index_is_refused_in_one_line():
    refusal = CHECKS.refused("sigmoid-2-3-2", _TS, "if (j === 0) outputDelta[i] = hidden[j];")
    assert "the guard if (j === 0)" in refusal and "tests j" in refusal


def test_a_factorial_of_one_letter_keeps_its_refusal():
    # n! of one letter is no null assertion: never read as n
    refusal = CHECKS.refused("sigmoid-2-2-1", _ONE, "delta = (output - target) * n!")
    assert "!" in refusal
