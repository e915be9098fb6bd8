"""Batch 139's pages (students' code as stored files: Go, Kotlin, Scala among them) showed constructs refused,
written here as other authors would (other names, other networks than the pages'):

- Kotlin's array built by a lambda of its index, ``DoubleArray(n) { i -> ... }`` (the body on lines of its own, the
  implicit ``it``, ``(0 until n).map { ... }``, ``xs.indices.map { ... }``), and Scala's ``Array.tabulate(n)(i =>
  ...)`` and Ruby's ``Array.new(n) { |i| ... }``: the rule for entry i; a lambda holding other statements, and a table of two indices, refused;
- a comment after the code whose words are an array's shape, ``// (10, 2)``, ``// shape: [m, n]``, ``// (2)``
  (one entry after two spaces): a remark; Python's floor division by a parenthesized number, one space before it,
  stays refused;
- Scala Breeze's forms where the line shows Breeze's marks: ``m.t`` and ``W(1).t`` the transpose, ``b :+= ...``
  (``:-=``) the in-place update, ``sum(m.t(*, ::))`` (``sum(m(::, *))``, ``sum(m, Axis._0)``) the sums over rows or
  columns;
- a call's last argument on its own line with gofmt's (black's, rustfmt's) trailing comma before the closing
  parenthesis on a line of its own; ``f(x,)`` on one line stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

# three inputs, two tanh hidden units and a softmax over three outputs, with biases, the log loss; a rate of 0.05
TANH_3_2_SOFTMAX_3 = ('[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 3\nactivation = "softmax"\n[loss]\nname = "cross_entropy"\n'
                      '[update]\nlearning_rate = 0.05\n')

NETWORKS = {
    "sigmoid-2-2-1": SIGMOID_2_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "tanh-3-2-softmax-3": TANH_3_2_SOFTMAX_3,
}
CHECKS = CaseChecks(NETWORKS)

# a Kotlin network's arrays, entry k (the outputs' errors and the code's deltas, -dE/dz)
_KOTLIN = r'''
[notation]
indices = "k"
learning_rate = ["lr"]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"tgt[k]" = "y[k]"
"outs[k]" = "a2[k]"
"hid[k]" = "a1[k]"
"errs[k]" = "y[k] - a2[k]"
"grads[k]" = "-delta2[k]"
'''
_K2 = index_grid(k=2)
_ERR = "y[{k}] - a2[{k}]"
_GRAD = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"

# a Scala Breeze network's matrices, one sample a row (input-first weights, as X * W + b)
_BREEZE = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"Xs" = "x[:].T"
"Wh" = "W1[:, :].T"
"Wo" = "W2[:, :].T"
"bh" = "b1[:]"
"bo" = "b2[:]"
"H" = "a1[:].T"
"P" = "a2[:].T"
"dOut" = "delta2[:].T"
"gWo" = "grad(W2[:, :]).T"
"gbo" = "grad(b2[:])"
"back" = "grad(a1[:]).T"
'''
_SK = "(a2[{k}] - t[{k}])"
_BACK = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_JK = index_grid(j=2, k=3)

# a Go network's hidden delta (its helper the sigmoid's slope of its output)
_GO = r'''
[notation]
indices = "h"
learning_rate = ["lr"]
functions = { slope = "sigmoid' at output" }
[notation.symbols]
"hOut[h]" = "a1[h]"
"out" = "a2[0]"
"target" = "y[0]"
"wOut[h]" = "W2[0, h]"
"dOut" = "-delta2[0]"
"dHid" = "-delta1[h]"
'''
_D = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_DH = f"{_D}*W2[0,{{h}}]*a1[{{h}}]*(1 - a1[{{h}}])"
_H2 = index_grid(h=2)


def _cases() -> list[Public]:
    return [
        # ---- Kotlin's and Scala's arrays built by a lambda of the index --------------------------------------------
        Public("kotlin-array-lambda", "test", "sigmoid-2-2-2", _KOTLIN,
               "        val errs = DoubleArray(2) { k -> tgt[k] - outs[k] }", ((C,),),
               (Twin("value", _ERR, (_ERR,), _K2),)),
        Public("kotlin-array-lambda-wrong", "test", "sigmoid-2-2-2", _KOTLIN,
               "val errs = DoubleArray(2) { k -> outs[k] - tgt[k] }", ((W,),),
               (Twin("value", _ERR, ("a2[{k}] - y[{k}]",), _K2),)),
        Public("kotlin-array-it", "test", "sigmoid-2-2-2", _KOTLIN,
               "val errs = DoubleArray(outs.size) { tgt[it] - outs[it] }", ((C,),),
               (Twin("value", _ERR, (_ERR,), _K2),)),
        Public("kotlin-array-body-own-lines", "test", "sigmoid-2-2-2", _KOTLIN,
               "    val grads = DoubleArray(2) { k ->\n        errs[k] * dsig(outs[k])\n    }", ((C,),),
               (Twin("value", _GRAD, (_GRAD,), _K2),)),
        Public("kotlin-array-body-own-lines-wrong", "test", "sigmoid-2-2-2", _KOTLIN,
               "    val grads = DoubleArray(2) { k ->\n        errs[k] * dsig(hid[k])\n    }", ((W,),),
               (Twin("value", _GRAD, ("(y[{k}] - a2[{k}])*a1[{k}]*(1 - a1[{k}])",), _K2),)),
        Public("kotlin-until-map", "test", "sigmoid-2-2-2", _KOTLIN,
               "val grads = (0 until 2).map { j -> errs[j] * outs[j] * (1 - outs[j]) }.toDoubleArray()", ((C,),),
               (Twin("value", _GRAD, (_GRAD,), _K2),)),
        Public("kotlin-indices-map", "test", "sigmoid-2-2-2", _KOTLIN,
               "val grads = outs.indices.map { idx -> errs[idx] * outs[idx] * (1.0 - outs[idx]) }", ((C,),),
               (Twin("value", _GRAD, (_GRAD,), _K2),)),
        Public("kotlin-indices-map-wrong", "test", "sigmoid-2-2-2", _KOTLIN,
               "val grads = outs.indices.map { idx -> errs[idx] * outs[idx] * (1.0 + outs[idx]) }", ((W,),),
               (Twin("value", _GRAD, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 + a2[{k}])",), _K2),)),
        Public("scala-tabulate", "test", "sigmoid-2-2-2", _KOTLIN,
               "val errs = Array.tabulate(2)(k => tgt(k) - outs(k))", ((C,),),
               (Twin("value", _ERR, (_ERR,), _K2),)),
        Public("ruby-array-new", "test", "sigmoid-2-2-2", _KOTLIN, "errs = Array.new(2) { |k| tgt[k] - outs[k] }",
               ((C,),), (Twin("value", _ERR, (_ERR,), _K2),)),
        Public("ruby-array-new-wrong", "test", "sigmoid-2-2-2", _KOTLIN,
               "grads = Array.new(outs.size) { |j| errs[j] * outs[j] }", ((W,),),
               (Twin("value", _GRAD, ("(y[{k}] - a2[{k}])*a2[{k}]",), _K2),)),
        # ---- a comment that is an array's shape --------------------------------------------------------------------
        Public("shape-comment", "test", "tanh-3-2-softmax-3", _BREEZE,
               "    val gWo: DenseMatrix[Double] = H.t * dOut  // (2, 3)", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_SK}",), _JK),)),
        Public("shape-comment-wrong", "test", "tanh-3-2-softmax-3", _BREEZE,
               "    val gWo: DenseMatrix[Double] = H.t * P  // (nHidden, nOut)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*a2[{k}]",), _JK),)),
        Public("shape-comment-one-entry", "test", "sigmoid-2-2-1", _GO,
               "\t\twOut[h] += lr * dOut * hOut[h]  // (2)", ((C,),),
               (Twin("update", "W2[0,{h}]", (f"W2[0,{{h}}] + eta*{_D}*a1[{{h}}]",), _H2),)),
        Public("shape-comment-words-wrong", "test", "sigmoid-2-2-1", _GO,
               "wOut[h] += lr * dOut * out // shape: [1, 2]", ((W,),),
               (Twin("update", "W2[0,{h}]", (f"W2[0,{{h}}] + eta*{_D}*a2[0]",), _H2),)),
        # ---- Scala Breeze's forms ------------------------------------------------------------------------------------
        Public("breeze-row-sum", "test", "tanh-3-2-softmax-3", _BREEZE,
               "val gbo: DenseVector[Double] = sum(dOut.t(*, ::))  // (3)", ((C,),),
               (Twin("gradient", "b2[{k}]", (_SK,), index_grid(k=3)),)),
        Public("breeze-row-sum-wrong", "test", "tanh-3-2-softmax-3", _BREEZE,
               "val gbo: DenseVector[Double] = sum(P.t(*, ::))", ((W,),),
               (Twin("gradient", "b2[{k}]", ("a2[{k}]",), index_grid(k=3)),)),
        Public("breeze-column-sum", "test", "tanh-3-2-softmax-3", _BREEZE,
               "val gbo: DenseVector[Double] = sum(dOut(::, *)).t", ((C,),),
               (Twin("gradient", "b2[{k}]", (_SK,), index_grid(k=3)),)),
        Public("breeze-axis-sum", "test", "tanh-3-2-softmax-3", _BREEZE, "val gbo = sum(dOut, Axis._0)", ((C,),),
               (Twin("gradient", "b2[{k}]", (_SK,), index_grid(k=3)),)),
        Public("breeze-call-transpose", "test", "tanh-3-2-softmax-3", _BREEZE,
               "val back: DenseMatrix[Double] = dOut * Wo.t  // (nSamples, 2)", ((C,),),
               (Twin("value", _BACK, (_BACK,), index_grid(j=2)),)),
        Public("breeze-in-place", "test", "tanh-3-2-softmax-3", _BREEZE, "    bo :-= lr *:* gbo", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_SK}",), index_grid(k=3)),)),
        Public("breeze-in-place-wrong", "test", "tanh-3-2-softmax-3", _BREEZE, "    bo :+= lr *:* gbo", ((W,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_SK}",), index_grid(k=3)),)),
        Public("breeze-in-place-transpose", "test", "tanh-3-2-softmax-3", _BREEZE, "Wo :-= (H.t * dOut) *:* lr",
               ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_SK}",), _JK),)),
        # ---- a call's trailing comma before its closing parenthesis on a line of its own ---------------------------
        Public("go-trailing-comma", "test", "sigmoid-2-2-1", _GO,
               "\t\tdHid := dOut * wOut[h] * slope(\n\t\t\thOut[h],\n\t\t)", ((C,),),
               (Twin("value", _DH, (_DH,), _H2),)),
        Public("go-trailing-comma-wrong", "test", "sigmoid-2-2-1", _GO,
               "dHid := dOut * wOut[h] * slope(\n\tout,\n)", ((W,),),
               (Twin("value", _DH, (f"{_D}*W2[0,{{h}}]*a2[0]*(1 - a2[0])",), _H2),)),
        Public("rust-trailing-comma", "test", "sigmoid-2-2-1", _GO,
               "    let dHid = dOut * wOut[h] * slope(\n        hOut[h],\n    );", ((C,),),
               (Twin("value", _DH, (_DH,), _H2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_lambda_with_other_statements_is_refused():
    """A local val before the value: the lambda's statements are not run."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _KOTLIN, "val errs = DoubleArray(2) { k -> val e = tgt[k] - outs[k]; e }")
    assert "a lambda with other statements than its value" in refusal and "errs[i] = ..." in refusal


def test_a_table_of_two_indices_is_refused():
    """A lambda building a row in its body (a matrix), or a tabulate of two sizes: the entry's two indices unread."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _KOTLIN, "val errs = Array(2) { k -> DoubleArray(2) { tgt[k] } }")
    assert "a table built by a lambda of more than one index" in refusal
    refusal = CHECKS.refused("sigmoid-2-2-2", _KOTLIN, "val errs = DenseMatrix.tabulate(2, 2) { case (i, k) => tgt(k) }")
    assert "a table built by a lambda of more than one index" in refusal


def test_a_lambda_inside_the_lambda_is_refused():
    """Kotlin's sumOf { ... } inside the array's lambda: its sum is not run; the refusal says to write it as a sum."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _KOTLIN,
                             "val errs = DoubleArray(2) { k -> outs.indices.sumOf { j -> tgt[j] * outs[k] } }")
    assert "a lambda inside the array's lambda" in refusal and "\\sum_j" in refusal


def test_a_floor_division_by_a_parenthesized_number_stays_refused():
    """``a // (2)`` after one space: Python's floor division, never a shape's comment."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _GO, "dHid = dOut // (2)")
    assert "floor division" in refusal and "an array's shape (// (10, 2)" in refusal


def test_a_trailing_comma_on_the_calls_line_stays_refused():
    """``slope(hOut[h],)`` on one line: no layout of gofmt's; refused naming the comma."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _GO, "dHid := dOut * wOut[h] * slope(hOut[h],)")
    assert "a comma after the call's last argument, f(x,)" in refusal and "write f(x)" in refusal


def test_dot_t_without_breezes_marks_keeps_its_reading():
    """``H.t * dOut`` on a line with no mark of Breeze's: .t is not taken for the transpose (a field, or a product
    with t, as the notation reads it: here H times the target t), refused by its sizes."""
    refusal = CHECKS.refused("tanh-3-2-softmax-3", _BREEZE, "gWo = H.t * dOut")
    assert "multiplies a 1 x 2 by a 3 x 1" in refusal
