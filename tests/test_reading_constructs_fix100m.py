"""Batch 100's pages (Lua, Fortran, Dart, C#, Ruby, Kotlin) showed five right formulas called wrong and constructs of
code refused, written here as other authors would (other names, other networks than the pages'):

- a one-letter loop variable the notation gives a whole number and none of its ``indices`` (``"i" = "1"``, ``"j" =
  "0"``: the loop's pass the teacher fixes) is that number wherever it stands, in code's brackets
  (``acts[i][j]``) as in a subscript, never a rule's letter judged at every value; a letter the notation gives no
  number stays refused where nothing gives it a value;
- ``+=`` on a gradient by a quantity of each sample whose term writes no index letter to sum over (a for-each loop's
  element) is refused as one term of a running total, where with a loop letter it is the sum over it;
- Fortran's ``matmul(A, B)`` and ``transpose(A)``, NumPy's np.matmul and .T, and in a formula that writes its matrix
  product so, ``*`` the product entry by entry (Fortran's, NumPy's); ``1.`` a real one, ``**`` the power;
- Lua's ``local x = ...``, a declaration keyword before the name (a phrase the notation names whole, ``"local
  error"``, stays its name);
- Dart's and Kotlin's ``.toDouble()`` (``.toFloat()``), a conversion that leaves the value as it is (``.toInt()``,
  which truncates, stays refused), and Dart's and Python's ``math.e`` in a body, the number e;
- Ruby's ``def f(x)`` over lines to its ``end``, its last expression the value (locals before it), and Ruby 3's
  ``def f(x) = ...``; a body whose last statement assigns a local is refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_2_1, SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    # a 2-3-2 network without biases, as the Fortran programs write theirs
    "sigmoid-2-3-2-nobias": ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
                             '[[layer]]\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                             '[loss]\nname = "half_squared_error"\n'),
    "logistic-two": LOGISTIC_2,
    "sigmoid-2-2-1": SIGMOID_2_2_1,
}
CHECKS = CaseChecks(NETWORKS)

# object-oriented code's layers at the loop's pass the notation fixes: i the layer (1, the hidden one), j the unit
# (0), none of the notation's indices; acts[p][q] the outputs, nets[p][q] the sums, wts[p][q][r] the weights,
# grads[p][q] dE/dnet, back the hidden unit's dE/d(output)
_PASS = r'''
[notation]
indices = "pqr"
learning_rate = ["rate"]
[notation.symbols]
"i" = "1"
"j" = "0"
"acts[0][r]" = "x[r]"
"acts[p][q]" = "a{p}[q]"
"nets[p][q]" = "z{p}[q]"
"wts[p][q][r]" = "W{p}[q, r]"
"grads[p][q]" = "grad(z{p}[q])"
"back" = "grad(a1[0])"
"out_unit.w[r]" = "W2[0, r]"
"out_unit.grad" = "grad(z2[0])"
'''
# Fortran's whole arrays, one sample as a row: X the inputs, V and U the weights input-first, H and P the layers'
# outputs, TGT the targets, E2 and E1 the layers' dE/dnet
_ROWS = r'''
[notation]
learning_rate = ["RATE"]
[notation.symbols]
"X" = "x[:].T"
"V" = "W1[:, :].T"
"U" = "W2[:, :].T"
"H" = "a1[:].T"
"P" = "a2[:].T"
"TGT" = "y[:].T"
"E2" = "delta2[:].T"
"E1" = "delta1[:].T"
'''
# a sigmoid unit's output, target and error term, as a Lua, Dart or Kotlin line names them
_UNIT = r'''
[notation]
indices = "k"
[notation.symbols]
"out" = "a2[0]"
"target" = "y[0]"
"d_out" = "grad(z2[0])"
"local error" = "grad(a2[0])"
'''
# C#'s loss totalled over the outputs j
_LOSS = r'''
[notation]
indices = "j"
loss = ["error"]
[notation.symbols]
"outputc[j]" = "a2[j]"
"outputr[j]" = "y[j]"
'''
_HALF_SSE = "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2"
_R2 = ({"r": 0}, {"r": 1})
_J3 = tuple({"j": j} for j in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_F2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_F1 = "(" + _F2.format(k=0) + "*W2[0,{j}] + " + _F2.format(k=1) + "*W2[1,{j}])"
_O2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + _D2.format(k=0) + "*W2[0,0] + " + _D2.format(k=1) + "*W2[1,0])"
_D1 = _BACK + "*a1[0]*(1 - a1[0])"


def _cases() -> list[Public]:
    return [
        # the loop's letters at their numbers: acts[1][0] = sigmoid(nets[1][0]), the hidden unit 0
        Public("loop-pass-value", "test", "sigmoid-2-2-2", _PASS, "    acts[i][j] = sigmoid(nets[i][j]);", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
        Public("loop-pass-value-wrong-unit", "test", "sigmoid-2-2-2", _PASS, "    acts[i][j] = sigmoid(nets[i][j + 1]);",
               ((W,),), (Twin("value", "a1[0]", ("sigmoid(z1[1])",)),)),
        # the layer before, i - 1: the inputs; the sum over the loop's r

        Public("loop-pass-accumulated", "test", "sigmoid-2-2-2", _PASS,
               "        back += wts[i + 1][r][j] * grads[i + 1][r];", ((C,),), (Twin("value", _BACK, (_BACK,)),)),
        Public("loop-pass-accumulated-wrong-weight", "test", "sigmoid-2-2-2", _PASS,
               "        back += wts[i + 1][j][r] * grads[i + 1][r];", ((W,),),
               (Twin("value", _BACK, ("(" + _D2.format(k=0) + "*W2[0,0] + " + _D2.format(k=1) + "*W2[0,1])",)),)),
        # an update at the pass, over the loop's r the line leaves free (each of its values)
        Public("loop-pass-update", "test", "sigmoid-2-2-2", _PASS,
               "      wts[i][j][r] -= rate * grads[i][j] * acts[i - 1][r];", ((C,),),
               (Twin("update", "W1[0,{r}]", ("W1[0,{r}] - eta*" + _D1 + "*x[{r}]",), _R2),)),
        Public("loop-pass-update-wrong-input", "test", "sigmoid-2-2-2", _PASS,
               "      wts[i][j][r] -= rate * grads[i][j] * acts[i][r];", ((W,),),
               (Twin("update", "W1[0,{r}]", ("W1[0,{r}] - eta*" + _D1 + "*a1[{r}]",), _R2),)),
        # the loss totalled over a loop: the sum over the term's one letter
        Public("loss-accumulated", "test", "sigmoid-2-2-2", _LOSS,
               "                    error += Math.Pow(outputr[j] - outputc[j], 2) / 2;", ((C,),),
               (Twin("value", _HALF_SSE, (_HALF_SSE,)),)),
        Public("loss-accumulated-unhalved", "test", "sigmoid-2-2-2", _LOSS,
               "                    error += Math.Pow(outputr[j] - outputc[j], 2);", ((W,),),
               (Twin("value", _HALF_SSE, ("(y[0] - a2[0])**2 + (y[1] - a2[1])**2",)),)),
        # Fortran: matmul and transpose, * entry by entry, 1. a real one
        Public("fortran-forward", "test", "sigmoid-2-3-2-nobias", _ROWS, "      H = 1./(1.+exp(-matmul(X,V)))", ((C,),),
               (Twin("value", "a1[{j}]", ("1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1])))",), _J3),)),
        Public("fortran-forward-sign", "test", "sigmoid-2-3-2-nobias", _ROWS, "      H = 1./(1.+exp(matmul(X,V)))", ((W,),),
               (Twin("value", "a1[{j}]", ("1/(1 + exp(x[0]*W1[{j},0] + x[1]*W1[{j},1]))",), _J3),)),
        Public("fortran-hidden-delta", "test", "sigmoid-2-3-2-nobias", _ROWS,
               "      E1 = matmul(E2, transpose(U))*(H*(1.-H))", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_F1 + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
        Public("fortran-hidden-delta-no-slope", "test", "sigmoid-2-3-2-nobias", _ROWS,
               "      E1 = matmul(E2, transpose(U))*H", ((W,),), (Twin("gradient_z", "z1[{j}]", (_F1 + "*a1[{j}]",), _J3),)),
        Public("fortran-output-delta-power", "test", "sigmoid-2-3-2-nobias", _ROWS, "      E2 = (P-TGT)*(P-P**2)",
               ((C,),), (Twin("gradient_z", "z2[{k}]", (_F2,), ({"k": 0}, {"k": 1})),)),
        Public("fortran-update", "test", "sigmoid-2-3-2-nobias", _ROWS, "      U = U - RATE*matmul(transpose(H),E2)",
               ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*" + _F2 + "*a1[{j}]",), _K2J3),)),
        Public("fortran-update-climbs", "test", "sigmoid-2-3-2-nobias", _ROWS,
               "      U = U + RATE*matmul(transpose(H),E2)", ((W,),),
               (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta*" + _F2 + "*a1[{j}]",), _K2J3),)),
        # Lua's local before the name
        Public("lua-local", "test", "sigmoid-2-2-1", _UNIT, "  local d_out = (out - target) * out * (1 - out)", ((C,),),
               (Twin("gradient_z", "z2[0]", (_O2,)),)),
        Public("lua-local-sign", "test", "sigmoid-2-2-1", _UNIT, "  local d_out = (target - out) * out * (1 - out)",
               ((W,),), (Twin("gradient_z", "z2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("lua-local-phrase-named", "test", "sigmoid-2-2-1", _UNIT, "local error = out - target", ((C,),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        # Dart's .toDouble(), Kotlin's .toFloat(), math.e in a body
        Public("dart-to-double", "test", "sigmoid-2-2-1", _UNIT,
               "    double d_out = ((out - target) * out * (1 - out)).toDouble();", ((C,),),
               (Twin("gradient_z", "z2[0]", (_O2,)),)),
        Public("kotlin-to-float-wrong", "test", "sigmoid-2-2-1", _UNIT,
               "    val d_out = ((out - target) * (1 - out)).toFloat()", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*(1 - a2[0])",)),)),
        Public("dart-function-math-e", "test", "logistic-two", None,
               "double sigmoid(double v) {\n  return (1 / (1 + math.pow(math.e, -v))).toDouble();\n}", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(1)**(-z1[0]))",)),)),
        Public("dart-function-math-e-sign", "test", "logistic-two", None,
               "double sigmoid(double v) {\n  return (1 / (1 + math.pow(math.e, v))).toDouble();\n}", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(1)**z1[0])",)),)),
        # Ruby's def ... end, its last expression the value
        Public("ruby-def", "test", "logistic-two", None, "def sigmoid(z)\n  1.0 / (1.0 + Math.exp(-z))\nend", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),)),
        Public("ruby-def-sign", "test", "logistic-two", None, "def sigmoid(z)\n  1.0 / (1.0 + Math.exp(z))\nend", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(z1[0]))",)),)),
        Public("ruby-def-local", "test", "logistic-two", None,
               "def sigmoid_prime(z)\n  s = 1.0 / (1.0 + Math.exp(-z))\n  s * (1 - s)\nend", ((C,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
        Public("ruby-def-local-wrong", "test", "logistic-two", None,
               "def sigmoid_prime(z)\n  s = 1.0 / (1.0 + Math.exp(-z))\n  return s * (1 + s)\nend", ((W,),),
               (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
        Public("ruby-endless-def", "test", "logistic-two", None, "def sigmoid(z) = 1.0 / (1.0 + Math.exp(-z))", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_loop_letter_the_notation_gives_no_number_stays_a_free_letter():
    """``m`` neither an index of the notation nor given a number: a free letter, the term unsummed over it (wrong at
    every value of m), never read at some number."""
    result = check_homework(CHECKS.problem(CASES[0]), "nets[i][j] = wts[i][j][m] * acts[i - 1][m]",
                            notation=notation_from_table(tomllib.loads(_PASS)["notation"], "<test>"))
    step = result.claims[0].steps[0]
    assert step.verdict == "wrong" and "m is not summed" in step.detail


def test_a_running_total_whose_term_writes_no_loop_letter_is_refused():
    """A for-each loop's element, ``out_unit``: the term is one of a sum the line does not say the range of."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _PASS, "    back += out_unit.w[j] * out_unit.grad;")
    assert "running total" in refusal


def test_a_loss_totalled_with_a_term_of_no_loop_letter_is_refused():
    """``error += (t[0] - o[0])^2 / 2``: one output's term standing for a sum the line does not say the range of."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _LOSS, "error += Math.Pow(outputr[0] - outputc[0], 2) / 2;")
    assert "running total" in refusal


def test_a_matrix_product_of_sizes_that_do_not_fit_is_refused():
    """``matmul(X, transpose(V))``: a 1 x 2 row by a 3 x 2 matrix, refused saying so, never read another way."""
    refusal = CHECKS.refused("sigmoid-2-3-2-nobias", _ROWS, "H = 1./(1.+exp(-matmul(X,transpose(V))))")
    assert "do not fit" in refusal


def test_a_conversion_that_truncates_is_refused():
    """``.toInt()`` rounds the value toward zero: no conversion that leaves it as it is."""
    CHECKS.refused("sigmoid-2-2-1", _UNIT, "    int d_out = ((out - target) * out * (1 - out)).toInt();")


def test_a_ruby_body_ending_with_an_assignment_is_refused():
    """The last statement assigns a local: check reads a value last (or a return), never the assignment's."""
    CHECKS.refused("logistic-two", None, "def sigmoid(z)\n  s = 1.0 / (1.0 + Math.exp(-z))\nend")
