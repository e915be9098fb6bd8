"""fixeigen39: batch 164's refusals in compiled languages, written here as other authors would (other names, other
networks than the pages'):

- Eigen's ``cwiseProduct`` called on a parenthesis, ``(W2.transpose() * delta2).cwiseProduct(...)`` (batch 164's
  es-d1, e3-d3, e3-d2, e3-d1): the dot after the parenthesis had read as a product sign and left cwiseProduct an
  unknown name; a value's method of one argument (syntax_value_methods.VALUE_METHODS_OF_ONE) is now read on any
  operand, a parenthesis, a call's value or a transpose, as after a name;
- Eigen's ``delta2.rowwise().sum()`` (es-b2, es-b1): each row's sum, NumPy's axis 1 (``.colwise().sum()`` each
  column's, axis 0), read where it adds the samples (the one sample's vector kept); along the sample's units (a vector
  added into one number) or of a matrix, refused;
- ndarray's ``insert_axis(ndarray::Axis(1))`` (rs-w2, rs-w1): the module's path before Axis read as ``Axis(1)``;
- a Rust closure whose body is a branch, ``hidden.mapv(|x| if x > 0.0 { 1.0 } else { 0.0 })`` (rs-dh): an indicator
  (1 where the parameter compares with a number, 0 elsewhere; the branches swapped, the comparison mirrored) is read
  as the comparison's indicator; any other branch refused;
- Swift's labelled arguments, ``predict(features: features)`` (sw-hd, sw-w2), were refused as MATLAB's range
  a(i:j): now read without the labels where the notation names the function (declares it, or gives a pattern of its
  call, written with or without the labels), refused as a labelled call where it does not.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_LINEAR_1, SIGMOID_2_2, SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2": SIGMOID_2_2, "relu-2-2-linear-1": RELU_2_2_LINEAR_1,
                     "sigmoid-2-2-1": SIGMOID_2_2_1})

# Eigen's columns (one sample), the weights output-first; the code's deltas dE/dz
_EIGEN = r'''
[notation]
learning_rate = ["lr"]
functions = { dsig = "sigmoid' at output" }
[notation.symbols]
"inp" = "x[:]"
"tgt" = "y[:]"
"hid" = "a1[:]"
"out" = "a2[:]"
"Wo" = "W2[:, :]"
"bo" = "b2[:]"
"bh" = "b1[:]"
"deltaOut" = "delta2[:]"
"deltaHid" = "delta1[:]"
'''
# the same network's samples as rows, the weights input-first
_EIGEN_ROWS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"inp" = "x[:].T"
"Wo" = "W2[:, :].T"
"bo" = "b2[:].T"
"deltaOut" = "delta2[:].T"
'''
# ndarray's 1-D arrays, the weights input-first
_NDARRAY = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"x" = "x[:].T"
"self.w" = "W1[:, :].T"
"delta" = "delta1[:].T"
'''
# ndarray's rectifier layer: err dE/dz2 of the linear output, d_hid dE/dz1
_CLOSURE = r'''
[notation]
[notation.symbols]
"hidden" = "a1[:].T"
"w2" = "W2[:, :].T"
"err" = "a2[:].T - y[:].T"
"d_hid" = "delta1[:].T"
'''
# Swift's predictor: its slope helper declared, its forward pass named as a call with its label
_SWIFT = r'''
[notation]
functions = { sigmoidSlope = "sigmoid' at output" }
[notation.symbols]
"target" = "y[0]"
"output" = "a2[0]"
"forward(input: x)" = "a2[0]"
"outDelta" = "-delta2[0]"
'''
_K2 = ({"k": 0}, {"k": 1})
_J2 = ({"j": 0}, {"j": 1})
_J3 = tuple({"j": j} for j in range(3))
_KI = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"  # dE/dz2[k] of the 2-3-2 network
_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))  # dE/da1[j]
_D1 = f"({_A1})*a1[{{j}}]*(1 - a1[{{j}}])"
_DZ = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"  # dE/dz1[k] of the 2-2 network
_RELU_A1 = "(a2[0] - y[0])*W2[0,{j}]"  # dE/da1[j] under the linear output
_OUT = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"  # -dE/dz2 of the 2-2-1 network


def _cases() -> list[Public]:
    eigen = lambda key, text, expected, twin: Public(key, "test", "sigmoid-2-3-2", _EIGEN, text,  # noqa: E731
                                                     expected, (twin,))
    closure = lambda key, body, expected, member: Public(  # noqa: E731
        key, "test", "relu-2-2-linear-1", _CLOSURE, f"let d_hid = err.dot(&w2.t()) * hidden.mapv({body});", expected,
        (Twin("value", f"{_RELU_A1}*Heaviside(z1[{{j}}])", (member,), _J2),))
    return [
        # ---- cwiseProduct on a parenthesis, a call's value, a transpose ----------------------------------------------
        eigen("cwise-parenthesis", "    Eigen::VectorXd deltaOut = (out - tgt).cwiseProduct(dsig(out));", ((C,),),
              Twin("value", _D2, (_D2,), _K2)),
        eigen("cwise-parenthesis-wrong", "    Eigen::VectorXd deltaOut = (tgt - out).cwiseProduct(dsig(out));", ((W,),),
              Twin("value", _D2, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2)),
        eigen("cwise-product", "    VectorXd deltaHid = (Wo.transpose() * deltaOut).cwiseProduct(dsig(hid));", ((C,),),
              Twin("value", _D1, (_D1,), _J3)),
        eigen("cwise-product-wrong", "    VectorXd deltaHid = (Wo.transpose() * deltaOut).cwiseProduct(hid);", ((W,),),
              Twin("value", _D1, (f"({_A1})*a1[{{j}}]",), _J3)),
        eigen("cwise-call", "deltaHid = dsig(hid).cwiseProduct(Wo.transpose() * deltaOut);", ((C,),),
              Twin("value", _D1, (_D1,), _J3)),
        eigen("cwise-call-wrong", "deltaHid = dsig(hid).cwiseProduct(Wo.transpose() * (out - tgt));", ((W,),),
              Twin("value", _D1, (" + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2))
                                   + "*a1[{j}]*(1 - a1[{j}])",), _J3)),
        eigen("cwise-transposed", "deltaHid = (deltaOut.transpose() * Wo).transpose().cwiseProduct(dsig(hid));", ((C,),),
              Twin("value", _D1, (_D1,), _J3)),
        # ---- rowwise().sum(): the sum over the samples held in columns (colwise() where they are rows) -----------
        eigen("rowwise-sum", "    bo -= lr * deltaOut.rowwise().sum();", ((C,),),
              Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2)),
        eigen("rowwise-sum-wrong", "    bo += lr * deltaOut.rowwise().sum();", ((W,),),
              Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_D2}",), _K2)),
        eigen("rowwise-sum-hidden", "    bh -= lr * deltaHid.rowwise().sum();", ((C,),),
              Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J3)),
        Public("colwise-sum-rows", "test", "sigmoid-2-3-2", _EIGEN_ROWS, "bo -= lr * deltaOut.colwise().sum();", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2),)),
        Public("colwise-sum-rows-wrong", "test", "sigmoid-2-3-2", _EIGEN_ROWS, "bo -= deltaOut.colwise().sum();", ((W,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - {_D2}",), _K2),)),
        # ---- insert_axis(ndarray::Axis(n)) --------------------------------------------------------------------------
        Public("ndarray-axis-path", "test", "sigmoid-2-2", _NDARRAY,
               "        self.w -= &(lr * x.view().insert_axis(ndarray::Axis(1))\n"
               "            .dot(&delta.view().insert_axis(ndarray::Axis(0))));", ((C,),),
               (Twin("update", "W1[{k},{i}]", (f"W1[{{k}},{{i}}] - eta*{_DZ}*x[{{i}}]",), _KI),)),
        Public("ndarray-axis-path-wrong", "test", "sigmoid-2-2", _NDARRAY,
               "self.w += &(lr * x.view().insert_axis(ndarray::Axis(1)).dot(&delta.view().insert_axis(ndarray::Axis(0))));",
               ((W,),), (Twin("update", "W1[{k},{i}]", (f"W1[{{k}},{{i}}] + eta*{_DZ}*x[{{i}}]",), _KI),)),
        # ---- a closure's branch that is an indicator ----------------------------------------------------------------
        closure("branch-indicator", "|h| if h > 0.0 { 1.0 } else { 0.0 }", ((C,),), f"{_RELU_A1}*Heaviside(z1[{{j}}])"),
        closure("branch-indicator-mirrored", "|h| if 0.0 < h { 1.0 } else { 0.0 }", ((C,),),
                f"{_RELU_A1}*Heaviside(z1[{{j}}])"),
        closure("branch-indicator-negated", "|h| if h <= 0.0 { 0.0 } else { 1.0 }", ((C,),),
                f"{_RELU_A1}*Heaviside(z1[{{j}}])"),
        closure("branch-indicator-scala", "h => if (h > 0) 1.0 else 0.0", ((C,),), f"{_RELU_A1}*Heaviside(z1[{{j}}])"),
        closure("branch-indicator-swapped-wrong", "|h| if h > 0.0 { 0.0 } else { 1.0 }", ((W,),),
                f"{_RELU_A1}*(1 - Heaviside(z1[{{j}}]))"),
        # ---- Swift's labelled arguments -----------------------------------------------------------------------------
        Public("swift-labelled-declared", "test", "sigmoid-2-2-1", _SWIFT,
               "            let outDelta = (target - output) * sigmoidSlope(at: output)", ((C,),),
               (Twin("value", _OUT, (_OUT,)),)),
        Public("swift-labelled-declared-wrong", "test", "sigmoid-2-2-1", _SWIFT,
               "            let outDelta = (target - output) * sigmoidSlope(at: target)", ((W,),),
               (Twin("value", _OUT, ("(y[0] - a2[0])*y[0]*(1 - y[0])",)),)),
        Public("swift-labelled-pattern", "test", "sigmoid-2-2-1", _SWIFT,
               "let outDelta = (target - forward(input: x)) * sigmoidSlope(at: output)", ((C,),),
               (Twin("value", _OUT, (_OUT,)),)),
        Public("swift-labelled-pattern-wrong", "test", "sigmoid-2-2-1", _SWIFT,
               "let outDelta = (forward(input: x) - target) * sigmoidSlope(at: output)", ((W,),),
               (Twin("value", _OUT, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_sum_along_the_samples_units_or_of_a_matrix_is_refused():
    """colwise() of the one sample's column adds its units into one number, never a bias's gradient; a matrix's row
    sums add no samples; another reduction than sum() after rowwise() is not read."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _EIGEN, "bo -= lr * deltaOut.colwise().sum();")
    assert "colwise().sum() adds the 2 entries" in refusal and "write .rowwise().sum()" in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _EIGEN_ROWS, "bo -= lr * deltaOut.rowwise().sum();")
    assert "write .colwise().sum()" in refusal
    assert "2 x 3 matrix" in CHECKS.refused("sigmoid-2-3-2", _EIGEN, "bo -= lr * Wo.rowwise().sum();")
    assert "before another method than .sum()" in CHECKS.refused("sigmoid-2-3-2", _EIGEN,
                                                                 "bo -= lr * deltaOut.rowwise().mean();")


def test_a_closure_branch_that_is_no_indicator_is_refused():
    for body in ("|h| if h > 0.0 { 1.0 } else { 0.01 }", "|h| if h > 0.0 { h } else { 0.0 }",
                 "|h| if err > 0.0 { 1.0 } else { 0.0 }"):
        refusal = CHECKS.refused("relu-2-2-linear-1", _CLOSURE, f"let d_hid = err.dot(&w2.t()) * hidden.mapv({body});")
        assert "a closure's branch" in refusal and "indicator" in refusal


def test_an_axis_other_than_0_or_1_after_the_path_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2", _NDARRAY, "self.w -= &(lr * x.view().insert_axis(ndarray::Axis(2))"
                                                      ".dot(&delta.view().insert_axis(ndarray::Axis(0))));")
    assert "Axis(0) or Axis(1)" in refusal


def test_a_labelled_call_of_a_function_the_notation_does_not_name_is_refused_as_one():
    refusal = CHECKS.refused("sigmoid-2-2-1", _SWIFT, "let outDelta = (target - output) * slope(at: output)")
    assert "labelled arguments" in refusal and "slope" in refusal and "range" not in refusal.split("(no range")[0]
    # a one-letter label stays MATLAB's range a(i:j)
    assert "a range a(i:j)" in CHECKS.refused("sigmoid-2-2-1", _SWIFT, "outDelta = output(i: 2)")
