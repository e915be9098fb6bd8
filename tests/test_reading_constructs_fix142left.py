"""Batch 142's and 139's code constructs read now (fix142left), each against the PyTorch oracle:

- a Fortran (MATLAB) matrix or vector the notation names whole, updated entry by entry beside a pattern counted from 1,
  ``w_ho(j, k) = w_ho(j, k) + lr * delta_out(k) * hidden(j)`` with ``"hidden(j)" = "a1[j-1]"`` (batch 142's
  q42-fo-w2, q42-fo-w1): the statement's language counts its parentheses from 1 (no ``;`` nor C's marks, or MATLAB's
  own), as the pattern does, so every entry is counted from 1, ``w_ho[j-1, k-1]``; a statement that may be C++'s
  Eigen (a ``;`` without MATLAB's marks, ``+=``), which counts ``v(j)`` from 0, is refused naming both readings;
- index arithmetic in code's bracket on a name given whole, ``b_hid[j-1] = b_hid[j-1] + lr * delta_hid[j-1]`` (it was
  "unknown symbol j"): the left side's bracket gives j its values (1 to 3 here), the right side's entries at the same
  j; an index outside the vector (``delta_hid[j-1]`` at j = 0 beside ``b_hid[j]``) refused saying so;
- ``hidden(j)`` where the notation names both ``hidden`` and ``hidden(j)`` (batch 142's q42-cp-dh): in a statement of
  code (a language's marks, or a loop's statement to an entry) the entry, never hidden times j; refused as before in
  text with no language's marks;
- Fortran's row or column section at a letter no pattern counts, ``dhid(j) = ... DOT_PRODUCT(who(j, :), dout)``
  (batch 129's y9-f90-dh): the left side's bracket counts j, the section is at its entry;
- Eigen's ``v.unaryExpr(&f)``, ``v.unaryExpr(std::ptr_fun(f))`` and ``v.unaryExpr([](double x) { return ...; })``
  (batch 142's q42-ci-od, q42-ci-hd): the function applied to every entry, as ``v.map(f)`` is read.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two inputs, three ReLU hidden units, two linear outputs, half the squared error (batch 142's Italian Eigen class)
RELU_2_3_LINEAR_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n'
                     '[[layer]]\nunits = 2\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n')
NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2-1": SIGMOID_2_2_1, "relu-2-3-linear-2": RELU_2_3_LINEAR_2}
CHECKS = CaseChecks(NETWORKS)

# the Fortran program's names: arrays counted from 1, the deltas -dE/dz (the updates add them), matrices input-first
_FORTRAN = r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
[notation.symbols]
"input(k)" = "x[k-1]"
"hidden(j)" = "a1[j-1]"
"delta_out" = "-delta2[:]"
"delta_hid" = "-delta1[:]"
"w_ih" = "W1[:, :].T"
"w_ho" = "W2[:, :].T"
"b_hid" = "b1[:]"
'''
# a Fortran loop's names all given whole (batch 129's f90 module): no pattern counts j, the left side's bracket does
_WHOLE = r'''
[notation]
indices = "jk"
[notation.symbols]
"hidden" = "a1[:]"
"dout" = "-delta2[:]"
"dhid" = "-delta1[:]"
"who" = "W2[:, :].T"
'''
# the C++ XOR program's names (Eigen): the vector hidden and its entry hidden(j), counted from 0
_EIGEN = r'''
[notation]
indices = "j"
learning_rate = ["lr"]
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"hidden" = "a1[:]"
"hidden(j)" = "a1[j]"
"delta_output" = "-delta2[0]"
"delta_hidden" = "-delta1[:]"
"weights2" = "W2[0, :]"
'''
# the Italian Eigen class's names: the helpers the notation declares, applied by unaryExpr
_UNARY = r'''
[notation]
learning_rate = ["learning_rate"]
functions = { linear_derivative = "identity' at output", relu_derivative = "relu' at output" }
[notation.symbols]
"hidden_outputs" = "a1[:]"
"final_outputs" = "a2[:]"
"output_errors" = "y[:] - a2[:]"
"hidden_errors" = "-(W2[:, :].T @ delta2[:])"
"output_delta" = "-delta2[:]"
"hidden_delta" = "-delta1[:]"
'''

_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = "a1[{j}]*(1 - a1[{j}])*((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_D1_ONE = "a1[{j}]*(1 - a1[{j}])*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]"
_HIDDEN_ERROR = "((y[0] - a2[0])*W2[0,{j}] + (y[1] - a2[1])*W2[1,{j}])"
_J3K2 = index_grid(j=3, k=2)
_J3I2 = index_grid(j=3, k=2)
_J3, _J2, _K2 = index_grid(j=3), index_grid(j=2), index_grid(k=2)


def _cases() -> list[Public]:
    return [
        # ---- a matrix named whole, updated entry by entry beside a pattern counted from 1 --------------------------
        Public("fortran-output-weights", "test", "sigmoid-2-3-2", _FORTRAN,
               "                w_ho(j, k) = w_ho(j, k) + lr * delta_out(k) * hidden(j)", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _J3K2),)),
        Public("fortran-output-weights-sign-wrong", "test", "sigmoid-2-3-2", _FORTRAN,
               "                w_ho(j, k) = w_ho(j, k) - lr * delta_out(k) * hidden(j)", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _J3K2),)),
        Public("fortran-hidden-weights", "test", "sigmoid-2-3-2", _FORTRAN,
               "                w_ih(k, j) = w_ih(k, j) + lr * delta_hid(j) * input(k)", ((C,),),
               (Twin("update", "W1[{j},{k}]", (f"W1[{{j}},{{k}}] - eta*{_D1}*x[{{k}}]",), _J3I2),)),
        Public("fortran-hidden-weights-factor-wrong", "test", "sigmoid-2-3-2", _FORTRAN,
               "                w_ih(k, j) = w_ih(k, j) + lr * delta_hid(j) * input(k) * hidden(j)", ((W,),),
               (Twin("update", "W1[{j},{k}]", (f"W1[{{j}},{{k}}] - eta*{_D1}*x[{{k}}]*a1[{{j}}]",), _J3I2),)),
        Public("matlab-hidden-weights", "test", "sigmoid-2-3-2", _FORTRAN,
               "w_ih(k, j) = w_ih(k, j) + lr .* delta_hid(j) .* input(k);", ((C,),),
               (Twin("update", "W1[{j},{k}]", (f"W1[{{j}},{{k}}] - eta*{_D1}*x[{{k}}]",), _J3I2),)),
        # a whole number in the same statement counted from 1 too: w_ho(j, 1) the weight to the first output
        Public("fortran-hidden-delta", "test", "sigmoid-2-3-2", _FORTRAN,
               "delta_hid(j) = hidden(j) * (1.0 - hidden(j)) * (delta_out(1) * w_ho(j, 1) + delta_out(2) * w_ho(j, 2))",
               ((C,),), (Twin("value", f"-({_D1})", (f"-({_D1})",), _J3),)),
        Public("fortran-hidden-delta-column-wrong", "test", "sigmoid-2-3-2", _FORTRAN,
               "delta_hid(j) = hidden(j) * (1.0 - hidden(j)) * (delta_out(1) * w_ho(j, 1) + delta_out(2) * w_ho(j, 1))",
               ((W,),), (Twin("value", f"-({_D1})", (
                   "-a1[{j}]*(1 - a1[{j}])*((a2[0] - y[0])*a2[0]*(1 - a2[0]) + (a2[1] - y[1])*a2[1]*(1 - a2[1]))"
                   "*W2[0,{j}]",), _J3),)),
        # a row section at the left side's letter (batch 129's y9-f90-dh): the row of who(j, :) the left side's entry's
        Public("fortran-section", "test", "sigmoid-2-3-2", _WHOLE,
               "dhid(j) = hidden(j) * (1.0 - hidden(j)) * DOT_PRODUCT(who(j, :), dout)", ((C,),),
               (Twin("value", f"-({_D1})", (f"-({_D1})",), _J3),)),
        Public("fortran-section-slope-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "dhid(j) = DOT_PRODUCT(who(j, :), dout)", ((W,),),
               (Twin("value", f"-({_D1})", (
                   "-((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])",),
                     _J3),)),
        # ---- index arithmetic in code's bracket of a name given whole ------------------------------------------------
        Public("bracket-from-one", "test", "sigmoid-2-3-2", _FORTRAN,
               "b_hid[j-1] = b_hid[j-1] + lr * delta_hid[j-1]", ((C,),),
               (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J3),)),
        Public("bracket-from-one-sign-wrong", "test", "sigmoid-2-3-2", _FORTRAN,
               "b_hid[j-1] = b_hid[j-1] - lr * delta_hid[j-1]", ((W,),),
               (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_D1}",), _J3),)),
        # ---- hidden(j) beside the vector hidden, in code: the entry -------------------------------------------------
        Public("eigen-entry", "test", "sigmoid-2-2-1", _EIGEN,
               "                delta_hidden(j) = delta_output * weights2(j) * sigmoid_derivative(hidden(j));", ((C,),),
               (Twin("value", f"-({_D1_ONE.replace('{k}', '0')})",
                     ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),)),
        Public("eigen-entry-slope-wrong", "test", "sigmoid-2-2-1", _EIGEN,
               "                delta_hidden(j) = delta_output * weights2(j) * hidden(j);", ((W,),),
               (Twin("value", f"-({_D1_ONE})", ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]",), _J2),)),
        # ---- Eigen's unaryExpr: the declared function of every entry ------------------------------------------------
        Public("unary-address", "test", "relu-2-3-linear-2", _UNARY,
               "Eigen::VectorXd output_delta = output_errors.cwiseProduct(final_outputs.unaryExpr("
               "&linear_derivative));",
               ((C,),), (Twin("value", "-(a2[{k}] - y[{k}])", ("(y[{k}] - a2[{k}])*1",), _K2),)),
        Public("unary-pointer", "test", "relu-2-3-linear-2", _UNARY,
               "Eigen::VectorXd hidden_delta = hidden_errors.cwiseProduct(hidden_outputs.unaryExpr(std::ptr_fun("
               "relu_derivative)));", ((C,),),
               (Twin("value", f"{_HIDDEN_ERROR}*Heaviside(z1[{{j}}])", (f"{_HIDDEN_ERROR}*Heaviside(a1[{{j}}])",),
                     _J3),)),
        Public("unary-pointer-helper-wrong", "test", "relu-2-3-linear-2", _UNARY,
               "Eigen::VectorXd hidden_delta = hidden_errors.cwiseProduct(hidden_outputs.unaryExpr(std::ptr_fun("
               "linear_derivative)));", ((W,),),
               (Twin("value", f"{_HIDDEN_ERROR}*Heaviside(z1[{{j}}])", (f"{_HIDDEN_ERROR}*1",), _J3),)),
        Public("unary-lambda", "test", "relu-2-3-linear-2", _UNARY,
               "Eigen::VectorXd output_delta = output_errors.cwiseProduct(final_outputs.unaryExpr([](double x) {"
               " return 1.0; }));", ((C,),), (Twin("value", "-(a2[{k}] - y[{k}])", ("(y[{k}] - a2[{k}])*1.0",), _K2),)),
        Public("unary-lambda-wrong", "test", "relu-2-3-linear-2", _UNARY,
               "Eigen::VectorXd output_delta = output_errors.cwiseProduct(final_outputs.unaryExpr([](const double& x)"
               " -> double { return 2.0 * x; }));", ((W,),),
               (Twin("value", "-(a2[{k}] - y[{k}])", ("(y[{k}] - a2[{k}])*2.0*a2[{k}]",), _K2),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_statement_that_may_count_from_0_is_refused_naming_both_readings():
    """A ; with no mark of MATLAB's (or C++'s +=): Eigen's w_ih(k, j) counts from 0, the pattern input(k) from 1."""
    for text in ("w_ih(k, j) = w_ih(k, j) + lr * delta_hid(j) * input(k);",
                 "w_ih(k, j) += lr * delta_hid(j) * input(k);"):
        message = CHECKS.refused("sigmoid-2-3-2", _FORTRAN, text)
        assert "counted from 1, as Fortran and MATLAB count, w_ih(k, j) is w_{ih}'s entry [k-1, j-1], counted from 0" \
               " its entry [k, j]" in message.replace("w_{ih}(k, j)", "w_ih(k, j)")


def test_a_section_whose_size_does_not_pair_with_the_left_side_stays_refused():
    """who(:, j) is a column over the 2 outputs where the left side gives j the 3 hidden units: no pairing."""
    message = CHECKS.refused("sigmoid-2-3-2", _WHOLE,
                             "dhid(j) = hidden(j) * (1.0 - hidden(j)) * DOT_PRODUCT(who(:, j), dout)")
    assert "no pattern counts j, so nothing says which column it is" in message


def test_an_index_outside_the_vector_is_refused_saying_so():
    """delta_hid[j-1] beside b_hid[j]: the left side gives j the values 0, 1, 2, and j - 1 at j = 0 is no entry."""
    message = CHECKS.refused("sigmoid-2-3-2", _FORTRAN, "b_hid[j] = b_hid[j] + lr * delta_hid[j-1]")
    assert "at j = 0: index -1 is no entry of" in message


def test_a_call_beside_the_whole_vector_in_text_of_no_language_stays_refused():
    """hidden(j) * 2 in plain text: hidden times (j) is as much the notation's as its entry."""
    message = CHECKS.refused("sigmoid-2-2-1", _EIGEN, "delta_output = hidden(j) * 2")
    assert "both are the notation's" in message


def test_an_unary_expr_of_several_statements_is_refused_in_one_line():
    message = CHECKS.refused("relu-2-3-linear-2", _UNARY, "Eigen::VectorXd output_delta = output_errors.cwiseProduct("
                             "final_outputs.unaryExpr([](double x) { double y = x; return y; }));")
    assert "Eigen's unaryExpr of a function check reads only as" in message
