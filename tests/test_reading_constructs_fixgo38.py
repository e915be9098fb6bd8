"""Library methods refused in batches 155 and 157, written here as other authors would (other names, other networks
than the pages'):

- Gonum's (Go's gonum/mat) methods that store their result into their receiver, written alone as statements (batch
  155's Go program: ``networkError.Sub(y, output)``, ``dOutput.MulElem(...)``, ``errorAtHiddenLayer.Mul(dOutput,
  wOut.T())``, ``wOut.Add(wOut, wOudAdj)``): ``r.Op(a, b)`` is the statement r = a op b, Op the operation the
  notation's functions declare (Gonum's own meaning: Sub the difference, MulElem the product entry by entry, Mul the
  matrix product, Add the sum), ``r.Scale(s, a)`` s times a, ``r.Apply(f, a)`` f of each entry of a; the receiver used
  in place, ``w.Add(w, step)``, the update it is. A ``;`` after it (no Go's), a declaration other than Gonum's meaning
  or none are refused in one line;
- a declared operation called as a method on a call's value (batch 155's C++ port of Nielsen's network.py,
  ``cost_derivative(activations[L - 1], y).hadamard(zs[L - 2])`` with hadamard = "product"): that operation of the
  call's value and its argument, where the dot had read as a product sign and left hadamard(...) one argument; and the
  port's own class before a declaration, ``Vec delta = ...;``, a declaration as C++'s library types are;
- math.js's functions (batch 157's JavaScript class: ``math.multiply(delta, math.transpose(a_prev))``,
  ``math.subtract(this.weights[...], math.multiply(learningRate, dW))``): math.multiply the matrix product (a number
  scales the other; two vectors' inner product refused), math.dotMultiply entry by entry, math.add, math.subtract,
  math.transpose as NumPy's, math.map(a, f) f of each entry.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"sigmoid-2-2": SIGMOID_2_2})

# one sample as a row (Gonum's samples rows), the weights input-first: w = W1^T
_GO = r'''
[notation]
learning_rate = ["rate"]
functions = { Sub = "difference", MulElem = "product", Mul = "matrix product", Add = "sum", Product = "matrix product", slopeAt = "sigmoid' at output" }
[notation.symbols]
"target" = "y[:].T"
"out" = "a1[:].T"
"inp" = "x[:].T"
"w" = "W1[:, :].T"
"errOut" = "y[:].T - a1[:].T"
"slope" = "(a1[:]*(1 - a1[:])).T"
"dOut" = "-grad(z1[:]).T"
"dTwice" = "-2*grad(z1[:]).T"
"wAdj" = "-grad(W1[:, :]).T"
"step" = "-eta*grad(W1[:, :]).T"
'''
# the Nielsen port's names: a course library's cost_derivative, an entrywise product as a method
_NIELSEN = r'''
[notation]
functions = { cost_derivative = "half_squared_error' by output(prediction, target)", hadamard = "product" }
[notation.symbols]
"out" = "a1[:]"
"target" = "y[:]"
"z" = "z1[:]"
"delta" = "grad(z1[:])"
'''
# math.js's arrays: columns
_MATHJS = r'''
[notation]
learning_rate = ["lr"]
functions = { slopeAt = "sigmoid' at output" }
[notation.symbols]
"delta" = "grad(z1[:])"
"aPrev" = "x[:]"
"out" = "a1[:]"
"target" = "y[:]"
"dW" = "grad(W1[:, :])"
"w" = "W1[:, :]"
"slope" = "(a1[:]*(1 - a1[:]))"
'''
_K2 = ({"k": 0}, {"k": 1})
_KI = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
_DZ = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"  # dL/dz1[k], half the squared error
_NEG_DZ = "(y[{k}] - a1[{k}])*a1[{k}]*(1 - a1[{k}])"


def _cases() -> list[Public]:
    return [
        # ---- Gonum's receiver-storing methods -----------------------------------------------------------------------
        Public("go-sub", "test", "sigmoid-2-2", _GO, "\t\terrOut.Sub(target, out)", ((C,),),
               (Twin("value", "y[{k}] - a1[{k}]", ("y[{k}] - a1[{k}]",), _K2),)),
        Public("go-sub-wrong", "test", "sigmoid-2-2", _GO, "\t\terrOut.Sub(out, target)", ((W,),),
               (Twin("value", "y[{k}] - a1[{k}]", ("a1[{k}] - y[{k}]",), _K2),)),
        Public("go-mulelem", "test", "sigmoid-2-2", _GO, "dOut.MulElem(errOut, slope)", ((C,),),
               (Twin("value", _NEG_DZ, (_NEG_DZ,), _K2),)),
        Public("go-mulelem-wrong", "test", "sigmoid-2-2", _GO, "dOut.MulElem(errOut, out)", ((W,),),
               (Twin("value", _NEG_DZ, ("(y[{k}] - a1[{k}])*a1[{k}]",), _K2),)),
        Public("go-mul", "test", "sigmoid-2-2", _GO, "wAdj.Mul(inp.T(), dOut)", ((C,),),
               (Twin("value", _NEG_DZ + "*x[{i}]", (_NEG_DZ + "*x[{i}]",), _KI),)),
        Public("go-mul-wrong", "test", "sigmoid-2-2", _GO, "wAdj.Mul(inp.T(), errOut)", ((W,),),
               (Twin("value", _NEG_DZ + "*x[{i}]", ("(y[{k}] - a1[{k}])*x[{i}]",), _KI),)),
        Public("go-product", "test", "sigmoid-2-2", _GO, "wAdj.Product(inp.T(), dOut)", ((C,),),
               (Twin("value", _NEG_DZ + "*x[{i}]", (_NEG_DZ + "*x[{i}]",), _KI),)),
        Public("go-add-update", "test", "sigmoid-2-2", _GO, "\t\tw.Add(w, step)", ((C,),),
               (Twin("update", "W1[{k},{i}]", (f"W1[{{k}},{{i}}] + (-eta*{_DZ}*x[{{i}}])",), _KI),)),
        Public("go-sub-update-wrong", "test", "sigmoid-2-2", _GO, "\t\tw.Sub(w, step)", ((W,),),
               (Twin("update", "W1[{k},{i}]", (f"W1[{{k}},{{i}}] - (-eta*{_DZ}*x[{{i}}])",), _KI),)),
        Public("go-scale", "test", "sigmoid-2-2", _GO, "dTwice.Scale(2, dOut)", ((C,),),
               (Twin("value", "2*" + _NEG_DZ, ("2*" + _NEG_DZ,), _K2),)),
        Public("go-scale-wrong", "test", "sigmoid-2-2", _GO, "dTwice.Scale(3, dOut)", ((W,),),
               (Twin("value", "2*" + _NEG_DZ, ("3*" + _NEG_DZ,), _K2),)),
        Public("go-apply", "test", "sigmoid-2-2", _GO, "slope.Apply(slopeAt, out)", ((C,),),
               (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("a1[{k}]*(1 - a1[{k}])",), _K2),)),
        Public("go-apply-wrong", "test", "sigmoid-2-2", _GO, "slope.Apply(slopeAt, errOut)", ((W,),),
               (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("(y[{k}] - a1[{k}])*(1 - (y[{k}] - a1[{k}]))",), _K2),)),
        # ---- a declared operation's method on a call's value; the code's own class declaring ------------------------
        Public("call-hadamard", "test", "sigmoid-2-2", _NIELSEN,
               "\tVec delta = cost_derivative(out, target).hadamard(sigmoid_prime(z));", ((C,),),
               (Twin("value", _DZ, (_DZ,), _K2),)),
        Public("call-hadamard-wrong", "test", "sigmoid-2-2", _NIELSEN,
               "\tVec delta = cost_derivative(out, target).hadamard(z);", ((W,),),
               (Twin("value", _DZ, ("(a1[{k}] - y[{k}])*z1[{k}]",), _K2),)),
        Public("parenthesis-hadamard", "test", "sigmoid-2-2", _NIELSEN, "delta = (out - target).hadamard(out)",
               ((W,),), (Twin("value", _DZ, ("(a1[{k}] - y[{k}])*a1[{k}]",), _K2),)),
        # ---- math.js ------------------------------------------------------------------------------------------------
        Public("mathjs-multiply", "test", "sigmoid-2-2", _MATHJS,
               "      const dW = math.multiply(delta, math.transpose(aPrev));", ((C,),),
               (Twin("gradient", "W1[{k},{i}]", (_DZ + "*x[{i}]",), _KI),)),
        Public("mathjs-multiply-wrong", "test", "sigmoid-2-2", _MATHJS,
               "      const dW = math.multiply(delta, math.transpose(out));", ((W,),),
               (Twin("gradient", "W1[{k},{i}]", (_DZ + "*a1[{i}]",), _KI),)),
        Public("mathjs-update", "test", "sigmoid-2-2", _MATHJS, "w = math.subtract(w, math.multiply(lr, dW));", ((C,),),
               (Twin("update", "W1[{k},{i}]", (f"W1[{{k}},{{i}}] - eta*{_DZ}*x[{{i}}]",), _KI),)),
        Public("mathjs-update-wrong", "test", "sigmoid-2-2", _MATHJS, "w = math.add(w, math.multiply(lr, dW));", ((W,),),
               (Twin("update", "W1[{k},{i}]", (f"W1[{{k}},{{i}}] + eta*{_DZ}*x[{{i}}]",), _KI),)),
        Public("mathjs-dotmultiply", "test", "sigmoid-2-2", _MATHJS,
               "delta = math.dotMultiply(math.subtract(out, target), math.dotMultiply(out, math.subtract(1, out)))",
               ((C,),), (Twin("value", _DZ, (_DZ,), _K2),)),
        Public("mathjs-dotmultiply-wrong", "test", "sigmoid-2-2", _MATHJS,
               "delta = math.dotMultiply(math.subtract(target, out), math.dotMultiply(out, math.subtract(1, out)))",
               ((W,),), (Twin("value", _DZ, (_NEG_DZ,), _K2),)),
        Public("mathjs-map", "test", "sigmoid-2-2", _MATHJS, "slope = math.map(out, slopeAt)", ((C,),),
               (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("a1[{k}]*(1 - a1[{k}])",), _K2),)),
        Public("mathjs-map-wrong", "test", "sigmoid-2-2", _MATHJS, "slope = math.map(target, slopeAt)", ((W,),),
               (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("y[{k}]*(1 - y[{k}])",), _K2),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_receiver_statement_ended_by_a_semicolon_is_refused():
    """Go writes no ;: with one, the library may be another (Math.NET stores a.Add(b, result) into result)."""
    refusal = CHECKS.refused("sigmoid-2-2", _GO, "errOut.Sub(target, out);")
    assert "ends with ;" in refusal and "Gonum's Sub" in refusal and "\n" not in refusal


def test_a_receiver_method_declared_otherwise_or_not_at_all_is_refused():
    """Gonum's Mul is the matrix product: a notation declaring it "product" is not Gonum's; Sub undeclared is named."""
    declared = _GO.replace('Mul = "matrix product"', 'Mul = "product"')
    refusal = CHECKS.refused("sigmoid-2-2", declared, "dOut.Mul(errOut, slope)")
    assert "declares it 'product'" in refusal and 'Mul = "matrix product"' in refusal
    undeclared = _GO.replace('Sub = "difference", ', "")
    refusal = CHECKS.refused("sigmoid-2-2", undeclared, "errOut.Sub(target, out)")
    assert "does not declare it" in refusal and 'Sub = "difference"' in refusal


def test_a_receiver_method_of_a_function_literal_or_three_arguments_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2", _GO, "slope.Apply(func(i, j int, v float64) float64 { return v }, out)")
    assert "function literal" in refusal
    refusal = CHECKS.refused("sigmoid-2-2", _GO, "errOut.Sub(target, out, out)")
    assert "3 arguments" in refusal and "Gonum's Sub takes two" in refusal


def test_mathjs_multiply_of_two_vectors_is_refused():
    """math.js's multiply of two vectors is their inner product, which no left side's matrix is: refused."""
    refusal = CHECKS.refused("sigmoid-2-2", _MATHJS, "dW = math.multiply(delta, aPrev)")
    assert "\n" not in refusal
