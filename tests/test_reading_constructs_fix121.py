"""Batch 121's pages showed these constructs misread or refused, written here as other authors would (other names,
other networks than the pages'):

- a derivative whose value is a weight (dz/da = W), which code names and sets to the weight under the weight's own
  name (the medical course's ``g_u2h1 = w2``, a CNN's ``d_t_d_inputs = self.weights``): the notation gives the left
  side the parameter's value, and the claim is that value, never an update with no step; a left side written as the
  right one (``w5 = w5``) stays an update, judged so;
- a Markdown table row written without its outer pipes, ``E = 1/2 (t - o)^2 | dE/do = o - t`` (scratch_mlp's README):
  each cell a claim where every cell is a whole equation; an absolute value padded, ``L = | t - o |``, or a cell
  that is no equation, stays the reading's (refused);
- a code fence's closer glued to the code's last line, ``w[i] -= lr * g[i]```: the closer, dropped (the fence's
  opener on a line above it, the fence's content read);
- a question after a formula's full stop whose words hold an arrow, ``=>`` (scratch_mlp #2's "Why we can multiple
  vector here? h2(2,1); (1-h2) => t1 (2,1)."): a remark, cut as any sentence after the formula is; a sentence with
  an equation of its own keeps the line whole (refused);
- NumPy's new axis on a 1-D array, ``x[np.newaxis]`` (``x[None]``, ``x[None, :]``) its row and ``x[:, np.newaxis]``
  its column, where the notation names the array a column vector (the CNN post's ``d_t_d_w[np.newaxis].T @
  d_L_d_t[np.newaxis]``, an outer product); on a matrix, refused naming it;
- R's entries picked by a vector of positions, ``w[c(5,6)]``, where the notation names ``w[5]`` and ``w[6]`` one by
  one, and R's ``c(a, b)`` of numbers, each a column vector (batch 122's R script, ``theta[c(6,7)] * delta_3 *
  c(h_deriv(...), h_deriv(...))``); ``c`` of a vector, refused naming it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# code's names of derivatives whose value is a weight, beside the weights' own names
_WEIGHT_DERIVATIVES = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"dz\\_dh1" = "W2[0, 0]"
"g\\_w5" = "grad(W2[0, 0])"
"self.w_out" = "W2[:, :].T"
"dzout\\_dhidden" = "W2[:, :].T"
"hidden" = "a1[:]"
'''
# an output unit's names in plain text (a README's table of the loss and its derivatives)
_PLAIN = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"o" = "a2[0]"
"t" = "y[0]"
"h" = "a1[:]"
"w" = "W2[0, :]"
"g" = "grad(W2[0, :])"
'''
# a layer's 1-D arrays and a weight matrix in NumPy
_NUMPY = r'''
[notation]
[notation.symbols]
"hid" = "a1[:]"
"out" = "a2[:]"
"dout" = "delta2[:]"
"gW" = "grad(W2[:, :])"
"gWt" = "grad(W2[:, :]).T"
"Wo" = "W2[:, :]"
'''
# an R script's parameters numbered one by one, from 1
_R = r'''
[notation]
functions = { dsig = "sigmoid' at input" }
[notation.symbols]
"w[5]" = "W2[0, 0]"
"w[6]" = "W2[0, 1]"
"dout" = "delta2[0]"
"s1" = "z1[0]"
"s2" = "z1[1]"
"dh" = "delta1[:]"
"hid" = "a1[:]"
'''
_J2 = tuple({"j": j} for j in range(2))
_DO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_J3 = tuple({"j": j} for j in range(3))
_D2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_G5 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"


def _cases() -> list[Public]:
    return [
        # ---- a derivative whose value is a weight, under the weight's own name -----------------------------------
        Public("weight-derivative-scalar", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "dz_dh1 = w5", ((C,),),
               (Twin("value", "W2[0,0]", ("W2[0,0]",)),)),
        Public("weight-derivative-scalar-wrong", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "dz_dh1 = w6",
               ((W,),), (Twin("value", "W2[0,0]", ("W2[0,1]",)),)),
        Public("weight-derivative-matrix", "test", "sigmoid-2-3-2", _WEIGHT_DERIVATIVES,
               "dzout_dhidden = self.w_out", ((C,),), (Twin("value", "W2[{k},{j}]", ("W2[{k},{j}]",), _K2J3),)),
        Public("weight-derivative-matrix-wrong", "test", "sigmoid-2-3-2", _WEIGHT_DERIVATIVES,
               "dzout_dhidden = 2 * self.w_out", ((W,),),
               (Twin("value", "W2[{k},{j}]", ("2*W2[{k},{j}]",), _K2J3),)),
        # ---- the weight's own name on both sides stays an update; a step stays one -------------------------------
        Public("same-name-no-step-update", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "w5 = w5", ((W,),),
               (Twin("update", "W2[0,0]", ("W2[0,0]",)),)),
        Public("same-name-step-update", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, "w5 = w5 - lr * g_w5",
               ((C,),), (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_G5}",)),)),
        # ---- a table row without its outer pipes ---------------------------------------------------------------
        Public("table-row-no-outer-pipes", "test", "sigmoid-2-2-1", _PLAIN, "E = 1/2 (t - o)^2 | dE/do = o - t",
               ((C,), (C,)), (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),
                              Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)))),
        Public("table-row-no-outer-pipes-wrong", "test", "sigmoid-2-2-1", _PLAIN,
               "E = 1/2 (t - o)^2 | dE/dw = -(t - o) * h", ((C,), (W,)),
               (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),
                Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2))),
        Public("table-row-no-outer-pipes-three", "test", "sigmoid-2-2-1", _PLAIN,
               "E = 1/2 (t - o)^2 | dE/do = o - t | dE/dw = (o - t) * o * (1 - o) * h", ((C,), (C,), (C,)),
               (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),
                Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),
                Twin("gradient", "W2[0,{j}]", (f"{_DO}*a1[{{j}}]",), _J2))),
        # ---- a fence's closer glued to the code's last line ----------------------------------------------------
        Public("fence-closer-glued", "test", "sigmoid-2-2-1", _PLAIN, "    w -= lr * g```", ((C,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_DO}*a1[{{j}}]",), _J2),)),
        Public("fence-closer-glued-opened", "test", "sigmoid-2-2-1", _PLAIN, "```python\nw = w + lr * g```",
               ((W,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_DO}*a1[{{j}}]",), _J2),)),
        # ---- a question with an arrow after the formula's full stop -------------------------------------------
        Public("question-arrow-after", "test", "sigmoid-2-2-1", _PLAIN,
               "dE/do = o - t. Why is the sign flipped here? (t - o) => -(o - t) (1,1). ", ((C,),),
               (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
        Public("question-arrow-after-wrong", "test", "sigmoid-2-2-1", _PLAIN,
               "dE/do = t - o. Why is the sign flipped here? (t - o) => -(o - t)", ((W,),),
               (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),)),
        # ---- NumPy's new axis on a 1-D array ------------------------------------------------------------------
        Public("new-axis-outer", "test", "sigmoid-2-3-2", _NUMPY, "gW = dout[:, np.newaxis] @ hid[np.newaxis]",
               ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_D2K}*a1[{{j}}]",), _K2J3),)),
        Public("new-axis-none-transposed", "test", "sigmoid-2-3-2", _NUMPY, "gWt = hid[None].T @ dout[None, :]",
               ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_D2K}*a1[{{j}}]",), _K2J3),)),
        Public("new-axis-outer-wrong", "test", "sigmoid-2-3-2", _NUMPY, "gW = dout[:, None] @ out[None]",
               ((W,),), (Twin("gradient", "W2[{k},{j}]", (f"{_D2K}*a2[{{j}}]",), _K2J3),)),
        # ---- R's vector of positions and c(...) -------------------------------------------------------------
        Public("r-positions-combined", "test", "sigmoid-2-2-1", _R,
               "dh <- w[c(5,6)] * dout * c(dsig(s1), dsig(s2))", ((C,),),
               (Twin("value", f"{_DO}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                     (f"{_DO}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),)),
        Public("r-positions-combined-wrong", "test", "sigmoid-2-2-1", _R,
               "dh <- w[c(5, 6)] * dout * c(dsig(s2), dsig(s1))", ((W,),),
               (Twin("value", f"{_DO}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                     (f"{_DO}*W2[0,{{j}}]*a1[{{k}}]*(1 - a1[{{k}}])",), ({"j": 0, "k": 1}, {"j": 1, "k": 0})),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)




def test_a_derivative_named_as_a_weight_is_a_value_claim_and_the_same_name_an_update():
    """dz_dh1 = w5 says what dz_dh1 is worth (a value), never an update of W2[0, 0] with no step; w5 = w5 is one."""
    kinds = {}
    for text in ("dz_dh1 = w5", "w5 = w5"):
        case = Public("kind", "test", "sigmoid-2-2-1", _WEIGHT_DERIVATIVES, text)
        notation = notation_from_table(tomllib.loads(case.notation)["notation"], "<test>")
        kinds[text] = check_homework(CHECKS.problem(case), text, notation=notation).claims[0].kind
    assert kinds == {"dz_dh1 = w5": "value", "w5 = w5": "update"}


def test_a_row_whose_cell_is_no_equation_or_an_absolute_value_padded_is_refused():
    """Only a row whose every cell is a whole equation is a table row without its outer pipes: a padded absolute
    value's pipes, or a cell with no relation, are left to the reading, which refuses them at the pipe."""
    for text in ("E = | t - o | | dE/do", "E = 1/2 (t - o)^2 | dE/do"):
        refusal = CHECKS.refused("sigmoid-2-2-1", _PLAIN, text)
        assert "'|'" in refusal


def test_a_backtick_run_inside_a_line_is_no_closer_and_is_refused():
    """w -= lr * g``` * 2: a run with code after it closes nothing (a fence closes at its line's end): refused."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _PLAIN, "w -= lr * g``` * 2")
    assert "cannot read '`'" in refusal


def test_a_sentence_with_an_equation_after_the_formula_keeps_the_line_whole_and_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _PLAIN, "dE/do = o - t. Why is dE/dh = w => here?")
    assert refusal.startswith("formula 'dE/do = o - t. Why is dE/dh = w")


def test_a_new_axis_on_a_matrix_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-3-2", _NUMPY, "gW = Wo[np.newaxis] * 2")
    assert "Wo[np.newaxis]: NumPy's new axis is read only on what the notation names a column vector" in refusal


def test_r_c_of_a_vector_is_refused_naming_it():
    refusal = CHECKS.refused("sigmoid-2-2-1", _R, "dh <- c(hid, dout) * 2")
    assert "c(...) with a vector or matrix among its arguments" in refusal
