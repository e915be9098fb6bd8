"""Batch 94's code pages (Java's Backpropagation.java, JavaScript's nn.js, Scala's alxdb/Mnist, Octave's sia TP2)
showed formulas passed to a method, a matrix library's static calls and Octave's operators refused, written here as
other authors would (other names, other networks than the pages'): a setter called with the formula,
``cell.setGradient( v );``, is the assignment to the quantity its getter names (``cell.getGradient``, or the field,
or the bare name), ``cell.setStep( j, v )`` to the getter's pattern with an index; Scala's ``v.update(v - dv)`` the
update of v; ``Matrix.dot(a, b)``, ``Matrix.add``, ``Matrix.subtract``, ``Matrix.transpose`` and ``Matrix.map(a, f)``
of a class the notation does not name NumPy's words and f(a); a dotted method called with nothing,
``cell.output()``, the quantity its name is given; a method's letter the notation gives a number,
``cell.getWeight(j)`` at ``"j" = "1"``; a loop's accumulator the notation names ``sum`` (``h * (1 - h) * sum``,
never a sum sign without a term); Octave's ``e.^-u``, ``mean(v)``, ``.-`` and ``.+``. What stays refused: a
setter whose target the notation does not name; ``W.add(D)`` alone (in place in some libraries, a new array in
others); ``Matrix.multiply(a, b)`` (the matrix product in some libraries, entry by entry in others); MATLAB's mean
of a matrix.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_1_1, SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-one": SIGMOID_1_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# an output cell's getters and setters (Java): the first output unit, its first weights' step and the loop's j
_CELL = r'''
[notation]
indices = "k"
learning_rate = ["rate"]
[notation.symbols]
"cell.output" = "a2[0]"
"target" = "y[0]"
"cell.slope" = "a2[0]*(1 - a2[0])"
"cell.getGradient" = "delta2[0]"
"j" = "1"
"grad_w" = "grad(W2[0, 1])"
"cell.getStep(k)" = "eta*grad(W2[0, k])"
"cell.getWeight(k)" = "W2[0, k]"
"w" = "new(W2[0, 1])"
'''
# the setter's target named by the bare quantity's name
_BARE = r'''
[notation.symbols]
"unit.output" = "a2[1]"
"goal" = "y[1]"
"delta" = "delta2[1]"
'''
# Scala's weights and their change
_SCALA = r'''
[notation.symbols]
"v" = "W1[:, :]"
"dv" = "eta*grad(W1[:, :])"
'''
# a matrix library's layers (JavaScript)
_MATRIX = r'''
[notation]
functions = { "this.act" = "sigmoid", "this.dact" = "sigmoid' at input" }
[notation.symbols]
"this.weightsIH" = "W1[:, :]"
"this.biasH" = "b1[:]"
"input" = "x[:]"
"hiddenSum" = "z1[:]"
"hidden" = "a1[:]"
"outputs" = "a2[:]"
"targets" = "y[:]"
"outErr" = "y[:] - a2[:]"
"this.W" = "W2[:, :]"
"dW" = "-eta*grad(W2[:, :])"
'''
# Octave's sigmoid layer
_OCTAVE = r'''
[notation.symbols]
"s" = "a1[:]"
"u" = "z1[:]"
"V" = "W1[:, :]"
"c" = "a1[0]"
'''
# Octave's one unit (the squared error, no half) and its cost, one sample a step
_OCTAVE_ONE = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"t" = "y[:]"
"o" = "a1[:]"
"m" = "1"
"d" = "-delta1[:]"
'''
# a hidden cell's accumulator named sum (the loop over the next layer's cells done)
_SUM = r'''
[notation.symbols]
"h" = "a1[0]"
"d" = "delta1[0]"
"sum" = "W2[0, 0]*delta2[0] + W2[1, 0]*delta2[1]"
'''
_J2 = ({"j": 0}, {"j": 1})
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_OUT1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"


def _cases() -> list[Public]:
    return [
        Public("setter-getter", "test", "sigmoid-2-2-2", _CELL,
               "cell.setGradient( (cell.output() - target) * cell.slope() );", ((C,),),
               (Twin("gradient_z", "z2[0]", (_OUT,)),)),
        Public("setter-getter-wrong", "test", "sigmoid-2-2-2", _CELL,
               "cell.setGradient( (target - cell.output()) * cell.slope() );", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("setter-bare-name", "test", "sigmoid-2-2-2", _BARE,
               "unit.setDelta((unit.output() - goal) * unit.output() * (1 - unit.output()))", ((C,),),
               (Twin("gradient_z", "z2[1]", ("(a2[1] - y[1])*a2[1]*(1 - a2[1])",)),)),
        Public("setter-bare-name-wrong", "test", "sigmoid-2-2-2", _BARE,
               "unit.setDelta((unit.output() - goal) * (1 - unit.output()))", ((W,),),
               (Twin("gradient_z", "z2[1]", ("(a2[1] - y[1])*(1 - a2[1])",)),)),
        Public("setter-with-index", "test", "sigmoid-2-2-2", _CELL, "cell.setStep( j, rate * grad_w );", ((C,),),
               (Twin("step", "W2[0,1]", (f"eta*{_OUT}*a1[1]",)),)),
        Public("setter-with-index-wrong", "test", "sigmoid-2-2-2", _CELL, "cell.setStep( j, -rate * grad_w );",
               ((W,),), (Twin("step", "W2[0,1]", (f"-eta*{_OUT}*a1[1]",)),)),
        Public("method-letter-number", "test", "sigmoid-2-2-2", _CELL,
               "double w = cell.getWeight(j) - cell.getStep(j);", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_OUT}*a1[1]",)),)),
        Public("method-letter-number-wrong", "test", "sigmoid-2-2-2", _CELL,
               "double w = cell.getWeight(j) + cell.getStep(j);", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] + eta*{_OUT}*a1[1]",)),)),
        Public("scala-update", "test", "sigmoid-2-2-2", _SCALA, "v.update(v - dv)", ((C,),),
               (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI),)),
        Public("scala-update-wrong", "test", "sigmoid-2-2-2", _SCALA, "v.update(v + dv)", ((W,),),
               (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*grad",), _JI),)),
        Public("static-dot-add", "test", "sigmoid-2-2-2", _MATRIX,
               "var hiddenSum = Matrix.add(Matrix.dot(this.weightsIH, input), this.biasH);", ((C,),),
               (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}] + b1[{j}]",), _J2),)),
        Public("static-dot-subtract-wrong", "test", "sigmoid-2-2-2", _MATRIX,
               "var hiddenSum = Matrix.subtract(Matrix.dot(this.weightsIH, input), this.biasH);", ((W,),),
               (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}] - b1[{j}]",), _J2),)),
        Public("static-map", "test", "sigmoid-2-2-2", _MATRIX, "let hidden = Matrix.map(hiddenSum, this.act);",
               ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),)),
        Public("static-map-wrong", "test", "sigmoid-2-2-2", _MATRIX, "let hidden = Matrix.map(hiddenSum, this.dact);",
               ((W,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),)),
        Public("static-subtract", "test", "sigmoid-2-2-2", _MATRIX, "outErr = Matrix.subtract(targets, outputs)",
               ((C,),), (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a2[{j}]",), _J2),)),
        Public("static-subtract-wrong", "test", "sigmoid-2-2-2", _MATRIX, "outErr = Matrix.subtract(outputs, targets)",
               ((W,),), (Twin("value", "y[{j}] - a2[{j}]", ("a2[{j}] - y[{j}]",), _J2),)),
        Public("octave-euler", "test", "sigmoid-2-2-2", _OCTAVE, "s = 1 ./ (1 + e.^-u);", ((C,),),
               (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),)),
        Public("octave-euler-wrong", "test", "sigmoid-2-2-2", _OCTAVE, "s = 1 ./ (1 + e.^u);", ((W,),),
               (Twin("value", "a1[{j}]", ("1/(1 + exp(z1[{j}]))",), _J2),)),
        Public("octave-mean", "test", "sigmoid-one", _OCTAVE_ONE, "cost = mean((t - o).^2);", ((C,),),
               (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),)),
        Public("octave-mean-wrong", "test", "sigmoid-one", _OCTAVE_ONE, "cost = mean((t - o).^2) / 2;", ((W,),),
               (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2/2",)),)),
        Public("octave-dot-minus", "test", "sigmoid-one", _OCTAVE_ONE, "d = 2*(t .- o) .* o .* (1 .- o);", ((C,),),
               (Twin("value", "-2*(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("2*(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),)),
        Public("octave-dot-plus-wrong", "test", "sigmoid-one", _OCTAVE_ONE, "d = 2*(t .+ o) .* o .* (1 .- o);",
               ((W,),), (Twin("value", "-2*(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("2*(y[0] + a1[0])*a1[0]*(1 - a1[0])",)),)),
        Public("accumulator-named-sum", "test", "sigmoid-2-2-2", _SUM, "d = h * (1 - h) * sum;", ((C,),),
               (Twin("gradient_z", "z1[0]", (f"a1[0]*(1 - a1[0])*({_OUT}*W2[0,0] + {_OUT1}*W2[1,0])",)),)),
        Public("accumulator-named-sum-wrong", "test", "sigmoid-2-2-2", _SUM, "d = h * sum;", ((W,),),
               (Twin("gradient_z", "z1[0]", (f"a1[0]*({_OUT}*W2[0,0] + {_OUT1}*W2[1,0])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_setter_whose_target_the_notation_does_not_name_is_refused_named():
    """``cell.setBias( v )`` with no getBias, bias nor cell.bias named: which quantity it sets is unknown."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _CELL, "cell.setBias( rate * grad_w );")
    assert "cell.setBias(...) is a setter" in refusal and '"cell.getBias"' in refusal


def test_an_in_place_add_alone_is_refused_named():
    """``this.W.add(dW)``: in place in Shiffman's Matrix, a new array (W unchanged) in TensorFlow.js."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _MATRIX, "this.W.add(dW);")
    assert "this.W.add(...) alone" in refusal


def test_a_static_multiply_is_refused_named():
    """``Matrix.multiply(a, b)``: the matrix product in some libraries, entry by entry in others."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _MATRIX, "var hiddenSum = Matrix.multiply(this.weightsIH, input);")
    assert "Matrix.multiply(a, b)" in refusal


def test_matlabs_mean_of_a_matrix_is_refused_named():
    """``mean(V)`` of a matrix: MATLAB's is a row of column means, never one number."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _OCTAVE, "c = mean(V)")
    assert "averages each column" in refusal
