"""Batch 134's pages showed constructs refused (and a typo read), written here as other authors would (other
names, other networks than the pages'):

- TypeScript's type assertion after a value, ``minus(expected, out) as number[]`` (``as Matrix<number>``, ``as
  unknown as number[]``, ``(x as number)``): the value, the assertion changing no number; ``as`` before a word that
  is no type (``as weights``) keeps its letters;
- an em dash glued between two operands, ``out—expected``: prose's dash between words, or a word processor's for a
  double hyphen, refused naming it, never read as a minus (a spaced em dash, the en dash and the minus sign stay minus
  signs, an arrow's dashes an arrow);
- a class's static helper named T, ``Matrix.T(this.W2)``, which the notation declares (``"Matrix.T" =
  "transpose"``): the helper called, never the transpose of a name Matrix; undeclared, refused naming it, and
  Gonum's ``h.T()`` (empty parentheses) and NumPy's ``h.T`` stay the transpose;
- a map whose body is the object's own method with a flag, ``zo.map(v => this.act(v, true))`` (TypeScript's
  sigmoid(x, derivative) helper): the method applied to the array, read where the notation declares it an activation
  (``"this.act" = "relu"``), its flag (``true``, ``false``, as Python's ``True``) the derivative's or the function's,
  the derivative judged at its argument as the input and as the output (refused where they differ); undeclared,
  refused saying to declare the activation;
- a column of words after a formula, a bar then words (a Lua comment's ``error = ... | output``): a table's cell or a
  norm left open, refused naming the bar and the words, the formula read when written alone; its primed word
  ``activation'(output)``, which the notation declares (``"activation'" = "sigmoid' at output"``), read whole as
  one-letter primed names are (undeclared, refused).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_2, SIGMOID_2_2, SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"relu-2-2": RELU_2_2, "sigmoid-2-2": SIGMOID_2_2, "sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

_K2 = ({"k": 0}, {"k": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})

# a TypeScript network on a matrix library's helpers, columns (another library's names than mathjs's)
_HELPERS = r'''
[notation]
functions = { mul = "matrix product", hadamard = "product", minus = "difference", tr = "transpose", plus = "sum" }
[notation.symbols]
"inp" = "x[:]"
"hid" = "a1[:]"
"out" = "a2[:]"
"expected" = "y[:]"
"w2" = "W2[:, :]"
"err" = "y[:] - a2[:]"
"outDelta" = "-delta2[:]"
"hiddenErr" = "-grad(a1[:])"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_HIDDEN = " + ".join(f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))

# plain text with Unicode's dashes
_DASHES = r'''
[notation]
indices = "k"
learning_rate = ["lr"]
[notation.symbols]
"out" = "a2[k]"
"expected" = "y[k]"
"err" = "a2[k] - y[k]"
'''

# a JavaScript class's static helpers, columns
_STATIC = r'''
[notation]
learning_rate = ["this.lr"]
functions = { "Matrix.dot" = "matrix product", "Matrix.T" = "transpose", "Matrix.add" = "sum" }
[notation.symbols]
"hidden" = "a1[:]"
"outErr" = "-delta2[:]"
"this.W1" = "W1[:, :]"
"this.W2" = "W2[:, :]"
"hiddenErr" = "-grad(a1[:])"
"stepW2" = "-eta*grad(W2[:, :])"
'''

# a TypeScript layer's activation helper with a derivative flag, act(x, derivative), on a layer of rectifiers
_FLAG = r'''
[notation]
functions = { "this.act" = "relu", hadamard = "product", minus = "difference" }
[notation.symbols]
"zo" = "z1[:]"
"out" = "a1[:]"
"target" = "y[:]"
"delta" = "delta1[:]"
'''
_DELTA_RELU = "(a1[{k}] - y[{k}])*Heaviside(z1[{k}])"

# a layer's error in a library's comment, the slope written of the output
_COLUMN = r'''
[notation]
indices = "k"
functions = { "activation'" = "sigmoid' at output" }
[notation.symbols]
"output" = "a1[k]"
"expected" = "y[k]"
"error" = "delta1[k]"
'''
_D1 = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"


def _cases() -> list[Public]:
    return [
        # ---- TypeScript's type assertion ------------------------------------------------------------------------
        Public("ts-cast-array", "test", "sigmoid-2-3-2", _HELPERS,
               "        const err = minus(expected, out) as number[]; // the output's error", ((C,),),
               (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        Public("ts-cast-array-wrong", "test", "sigmoid-2-3-2", _HELPERS, "let err = minus(out, expected) as number[];",
               ((W,),), (Twin("value", "y[{k}] - a2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("ts-cast-generic", "test", "sigmoid-2-3-2", _HELPERS,
               "outDelta = hadamard(err, hadamard(out, minus(1, out))) as Matrix<number>;", ((C,),),
               (Twin("value", f"-{_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("ts-cast-chain", "test", "sigmoid-2-3-2", _HELPERS,
               "hiddenErr = mul(tr(w2), outDelta) as unknown as number[][];", ((C,),),
               (Twin("value", f"({_HIDDEN})", (f"({_HIDDEN})",), _J3),)),
        Public("ts-cast-chain-wrong", "test", "sigmoid-2-3-2", _HELPERS,
               "hiddenErr = mul(tr(w2), err) as unknown as number[][];", ((W,),),
               (Twin("value", f"({_HIDDEN})", (" + ".join(f"(y[{k}] - a2[{k}])*W2[{k},{{j}}]" for k in range(2)),),
                     _J3),)),
        Public("ts-cast-parenthesis", "test", "sigmoid-2-3-2", _HELPERS, "err = (minus(expected, out) as any);",
               ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        # ---- Unicode's dashes: the en dash a minus --------------------------------------------------------------
        Public("en-dash-minus", "test", "sigmoid-2-2-2", _DASHES, "err = out – expected", ((C,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
        Public("en-dash-minus-wrong", "test", "sigmoid-2-2-2", _DASHES, "err = expected – out", ((W,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        Public("spaced-em-dash-minus-wrong", "test", "sigmoid-2-2-2", _DASHES, "err = expected \u2014 out", ((W,),),
               (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),)),
        # ---- a class's static helper named T --------------------------------------------------------------------
        Public("static-helper-t", "test", "sigmoid-2-3-2", _STATIC,
               "    const hiddenErr = Matrix.dot(Matrix.T(this.W2), outErr);", ((C,),),
               (Twin("value", f"({_HIDDEN})", (f"({_HIDDEN})",), _J3),)),
        Public("static-helper-t-wrong", "test", "sigmoid-2-3-2", _STATIC,
               "    const hiddenErr = Matrix.dot(Matrix.T(this.W2), outErr) * this.lr;", ((W,),),
               (Twin("value", f"({_HIDDEN})", (f"eta*({_HIDDEN})",), _J3),)),
        Public("static-helper-t-outer", "test", "sigmoid-2-3-2", _STATIC,
               "const stepW2 = Matrix.dot(outErr, Matrix.T(hidden)) * this.lr;", ((C,),),
               (Twin("value", f"-eta*{_D2}*a1[{{j}}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]*eta",),
                     tuple({"k": k, "j": j} for k in range(2) for j in range(3))),)),
        Public("static-helper-t-outer-wrong", "test", "sigmoid-2-3-2", _STATIC,
               "const stepW2 = Matrix.dot(outErr, Matrix.T(hidden));", ((W,),),
               (Twin("value", f"-eta*{_D2}*a1[{{j}}]", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",),
                     tuple({"k": k, "j": j} for k in range(2) for j in range(3))),)),
        # ---- a map of the object's own method with a flag ---------------------------------------------------------
        Public("map-method-flag-false", "test", "relu-2-2", _FLAG, "    let out = zo.map(v => this.act(v, false));",
               ((C,),), (Twin("value", "a1[{k}]", ("relu(z1[{k}])",), _K2),)),
        Public("map-method-flag-false-wrong", "test", "relu-2-2", _FLAG, "let out = zo.map(v => this.act(v, true));",
               ((W,),), (Twin("value", "a1[{k}]", ("Heaviside(z1[{k}])",), _K2),)),
        Public("map-method-flag-true", "test", "relu-2-2", _FLAG,
               "const delta = hadamard(minus(out, target), zo.map(v => this.act(v, true)));", ((C,),),
               (Twin("value", _DELTA_RELU, (_DELTA_RELU,), _K2),)),
        Public("map-method-flag-true-wrong", "test", "relu-2-2", _FLAG,
               "const delta = hadamard(minus(target, out), zo.map(v => this.act(v, true)));", ((W,),),
               (Twin("value", _DELTA_RELU, ("(y[{k}] - a1[{k}])*Heaviside(z1[{k}])",), _K2),)),
        Public("flag-call-python-declared", "test", "relu-2-2", _FLAG.replace('"this.act"', '"self.act"'),
               "        delta = np.multiply(out - target, self.act(zo, True))", ((C,),),
               (Twin("value", _DELTA_RELU, (_DELTA_RELU,), _K2),)),
        Public("flag-call-python-declared-wrong", "test", "relu-2-2", _FLAG.replace('"this.act"', '"self.act"'),
               "delta = np.multiply(out - target, self.act(zo, False))", ((W,),),
               (Twin("value", _DELTA_RELU, ("(a1[{k}] - y[{k}])*relu(z1[{k}])",), _K2),)),
        Public("flag-call-lower-case", "test", "relu-2-2", _FLAG, "delta = hadamard(minus(out, target), relu(zo, true))",
               ((C,),), (Twin("value", _DELTA_RELU, (_DELTA_RELU,), _K2),)),
        # ---- the formula of a comment's row, written alone ------------------------------------------------------
        Public("column-formula-alone", "test", "sigmoid-2-2", _COLUMN,
               "\terror = (output - expected) * activation'(output)", ((C,),), (Twin("value", _D1, (_D1,), _K2),)),
        Public("column-formula-alone-wrong", "test", "sigmoid-2-2", _COLUMN,
               "error = (expected - output) * activation'(output)", ((W,),),
               (Twin("value", _D1, ("(y[{k}] - a1[{k}])*a1[{k}]*(1 - a1[{k}])",), _K2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_as_before_a_word_that_is_no_type_keeps_its_letters():
    """``minus(expected, out) as weights``: no type's spelling, so no assertion (as is a times s, refused)."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _HELPERS, "err = minus(expected, out) as weights;")
    assert "number[]" not in refusal and "as" in refusal


def test_an_em_dash_between_operands_is_refused_naming_it():
    for text in ("err = out—expected", "err = out—expected;", "err = (out)—expected[k]"):
        refusal = CHECKS.refused("sigmoid-2-2-2", _DASHES, text)
        assert "em dash \u2014 glued between" in refusal and "write - for the minus" in refusal


def test_an_undeclared_static_helper_t_is_refused_naming_it():
    notation = _STATIC.replace(', "Matrix.T" = "transpose"', "")
    refusal = CHECKS.refused("sigmoid-2-3-2", notation, "hiddenErr = Matrix.dot(Matrix.T(this.W2), outErr)")
    assert "Matrix.T(...)" in refusal and "does not name" in refusal


def test_a_transpose_method_with_empty_parentheses_stays_the_transpose():
    for text in ("hiddenErr = Matrix.dot(this.W2.T(), outErr)", "hiddenErr = Matrix.dot(this.W2.T, outErr)"):
        assert CHECKS.verdicts(Public("t-method", "test", "sigmoid-2-3-2", _STATIC, text)) == (("correct",),)


def test_a_flag_whose_two_readings_differ_is_refused():
    """A sigmoid's derivative flag at the sums: sigmoid'(z) at the input, z (1 - z) at the output, which differ."""
    notation = _FLAG.replace('"this.act" = "relu"', '"this.act" = "sigmoid"')
    refusal = CHECKS.refused("sigmoid-2-2", notation, "delta = hadamard(minus(out, target), zo.map(v => this.act(v, true)))")
    assert "this.act(u, true) reads as sigmoid's derivative at its input" in refusal


def test_an_undeclared_method_with_a_flag_is_refused_saying_to_declare_the_activation():
    notation = _FLAG.replace('"this.act" = "relu", ', "")
    refusal = CHECKS.refused("relu-2-2", notation, "let out = zo.map(v => this.act(v, false));")
    assert "a method called on an object with a flag, this.act(u, false)" in refusal and '"this.act" = "sigmoid"' in refusal


def test_a_map_of_another_objects_method_stays_refused():
    """``nn.act(v, true)``: a method of another object than the map's own (this, self), refused as before."""
    refusal = CHECKS.refused("relu-2-2", _FLAG, "delta = hadamard(minus(out, target), zo.map(v => nn.act(v, true)))")
    assert "is not written entry by entry" in refusal


def test_a_column_of_words_after_the_formula_is_refused_naming_it():
    for text, words in (("\terror = (output - expected) * activation'(output)  | output", "'output'"),
                        ("error = (output - expected) * activation'(output) | hidden layer", "'hidden layer'")):
        refusal = CHECKS.refused("sigmoid-2-2", _COLUMN, text)
        assert f"a bar '|' then {words}, with no bar closing it" in refusal and "write the formula alone" in refusal


def test_a_norm_left_open_before_a_formula_keeps_its_message():
    assert "expected '|' to close the norm" in CHECKS.refused("sigmoid-2-2", _COLUMN, "error = |output - expected")


def test_an_undeclared_primed_word_is_refused():
    notation = _COLUMN.replace('functions = { "activation\'" = "sigmoid\' at output" }\n', "")
    assert "unknown symbol activation" in CHECKS.refused("sigmoid-2-2", notation,
                                                         "error = (output - expected) * activation'(output)")
