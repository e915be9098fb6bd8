"""Batches 126-128's pages showed constructs refused, written here as other authors would (other names, other
networks than the pages'):

- PyTorch's ``x.view(-1, 1)`` (``.view(1, -1)``, ``.view(-1)``), the tensor method that is NumPy's ``.reshape``:
  read as ``.reshape`` is (a vector's column, its row as a matrix product's factor only, the vector itself); a view
  to a matrix's shape stays refused, as ``.reshape`` of it is;
- a transpose's method word without parentheses, as pseudo-code writes a property (``wout.Transpose``) and Ruby and
  Scala call a method of no argument (``m.transpose``): the transpose, as ``.T`` and ``.Transpose()`` are; the word
  before parentheses holding arguments (``x.transpose(0, 1)``) stays refused;
- Julia's broadcast of an activation's derivative by code's word for it, ``relu_derivative.(Z1)``,
  ``sigmoid_prime.(z)``: the call ``relu_derivative(Z1)`` is, as ``exp.(u)`` is ``exp(u)``; a word of no function
  stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.typography_code import method_transposes
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, RELU_2_2, SIGMOID_2_2, SIGMOID_2_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-3": LOGISTIC_3,
    "relu-2-2": RELU_2_2,
    "sigmoid-2-2": SIGMOID_2_2,
    "sigmoid-2-2-1": SIGMOID_2_2_1 + "[update]\nlearning_rate = 0.1\n",
}
CHECKS = CaseChecks(NETWORKS)

# a PyTorch loop over one sample: inp the sample's row, err the output's error, w the weight column
_TORCH = r'''
[notation]
loss = ["loss"]
[notation.symbols]
"inp" = "x[:].T"
"target" = "y[0]"
"w" = "W1[:, :].T"
"out" = "a1[0]"
"err" = "a1[0] - y[0]"
"dw" = "grad(W1[:, :]).T"
'''
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
_DZ = "(a1[0] - y[0])"

# a layer of two units: dz its sums' gradient (a vector), h the inputs (a vector), dW the weights' gradient
_LAYER = r'''
[notation]
[notation.symbols]
"h" = "x[:]"
"dz" = "grad(z1[:])"
"dW" = "grad(W1[:, :])"
'''
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_DELTA = "(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"

# a network's rows in pseudo-code or Ruby: a declared matrix product, the deltas -dE/dz (the updates add them)
_ROWS = r'''
[notation]
learning_rate = ["rate"]
functions = { mult = "matrix product" }
[notation.symbols]
"inp" = "x[:].T"
"hid" = "a1[:].T"
"w_in" = "W1[:, :].T"
"w_out" = "W2[:, :].T"
"delta_o" = "-grad(z2[:]).T"
"delta_h" = "-grad(z1[:]).T"
"err_h" = "-grad(a1[:]).T"
'''
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_J2 = ({"j": 0}, {"j": 1})
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# a Julia layer: z its sums, a its outputs, da and dz their gradients
_JULIA = r'''
[notation]
[notation.symbols]
"z" = "z1[:]"
"a" = "a1[:]"
"da" = "grad(a1[:])"
"dz" = "grad(z1[:])"
'''
_I2 = ({"i": 0}, {"i": 1})
_DA = "(a1[{i}] - y[{i}])"


def _cases() -> list[Public]:
    return [
        # ---- PyTorch's .view, NumPy's .reshape ------------------------------------------------------------------
        Public("view-column", "test", "logistic-3", _TORCH, "    dw = err * inp.view(-1, 1)", ((C,),),
               (Twin("gradient", "W1[0,{i}]", (f"{_DZ}*x[{{i}}]",), _I3),)),
        Public("view-column-wrong", "test", "logistic-3", _TORCH, "dw = out * inp.view(-1, 1)", ((W,),),
               (Twin("gradient", "W1[0,{i}]", ("a1[0]*x[{i}]",), _I3),)),
        Public("view-flat", "test", "logistic-3", _TORCH, "dw = (out - target) * inp.view(-1)", ((C,),),
               (Twin("gradient", "W1[0,{i}]", (f"{_DZ}*x[{{i}}]",), _I3),)),
        Public("view-outer", "test", "sigmoid-2-2", _LAYER, "dW = torch.mm(dz.view(-1, 1), h.view(1, -1))", ((C,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_DELTA}*x[{{j}}]",), _IJ),)),
        Public("view-outer-swapped-wrong", "test", "sigmoid-2-2", _LAYER,
               "dW = torch.mm(h.view(-1, 1), dz.view(1, -1))", ((W,),),
               (Twin("gradient", "W1[{i},{j}]", ("(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _IJ),)),
        # ---- a transpose's word without parentheses -------------------------------------------------------------
        Public("property-transpose", "test", "sigmoid-2-2-1", _ROWS, "err_h = mult(delta_o, w_out.Transpose)", ((C,),),
               (Twin("value", f"-{_D2}*W2[0,{{j}}]", (f"-{_D2}*W2[0,{{j}}]",), _J2),)),
        Public("ruby-transpose-update", "test", "sigmoid-2-2-1", _ROWS,
               "w_in = w_in + mult(inp.transpose, delta_h) * rate", ((C,),),
               (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _JI),)),
        Public("ruby-transpose-update-wrong", "test", "sigmoid-2-2-1", _ROWS,
               "w_out = w_out - mult(hid.transpose, delta_o) * rate", ((W,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_D2}*a1[{{j}}]",), _J2),)),
        Public("property-transpose-update", "test", "sigmoid-2-2-1", _ROWS,
               "`w_out = w_out + mult(hid.Transpose, delta_o) * rate`", ((C,),),
               (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2}*a1[{{j}}]",), _J2),)),
        # ---- Julia's broadcast of a derivative's word ---------------------------------------------------------
        Public("julia-broadcast-prime", "test", "sigmoid-2-2", _JULIA, "    dz = da .* sigmoid_prime.(z)", ((C,),),
               (Twin("value", f"{_DA}*a1[{{i}}]*(1 - a1[{{i}}])", (f"{_DA}*a1[{{i}}]*(1 - a1[{{i}}])",), _I2),)),
        Public("julia-broadcast-prime-of-output-wrong", "test", "sigmoid-2-2", _JULIA, "dz = da .* sigmoid_prime.(a)",
               ((W,),), (Twin("value", f"{_DA}*a1[{{i}}]*(1 - a1[{{i}}])",
                              (f"{_DA}*sigmoid(a1[{{i}}])*(1 - sigmoid(a1[{{i}}]))",), _I2),)),
        Public("julia-broadcast-relu-derivative", "test", "relu-2-2", _JULIA, "dz = da .* relu_derivative.(z)",
               ((C,),), (Twin("value", f"{_DA}*Heaviside(z1[{{i}}])", (f"{_DA}*Heaviside(z1[{{i}}])",), _I2),)),
        Public("julia-broadcast-relu-derivative-wrong", "test", "relu-2-2", _JULIA, "dz = da .* relu.(z)",
               ((W,),), (Twin("value", f"{_DA}*Heaviside(z1[{{i}}])", (f"{_DA}*relu(z1[{{i}}])",), _I2),)),
        Public("julia-broadcast-derivative-wrong", "test", "sigmoid-2-2", _JULIA, "dz = da .+ sigmoid_derivative.(z)",
               ((W,),), (Twin("value", f"{_DA}*a1[{{i}}]*(1 - a1[{{i}}])",
                              (f"{_DA} + a1[{{i}}]*(1 - a1[{{i}}])",), _I2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_view_to_a_matrix_shape_is_refused():
    """``.view(3, 2)`` of a vector: a matrix, which check reads no more than ``.reshape`` to one."""
    refusal = CHECKS.refused("logistic-3", _TORCH, "dw = err * inp.view(3, 2)")
    assert ".reshape(3, 2)" in refusal


def test_a_views_row_outside_a_matrix_product_is_refused():
    """``err * inp.view(1, -1)``: the row NumPy would broadcast against a column, as ``.reshape(1, -1)`` is."""
    refusal = CHECKS.refused("logistic-3", _TORCH, "dw = err * inp.view(1, -1)")
    assert "a vector's row, outside np.dot" in refusal


def test_a_transpose_with_arguments_is_refused():
    """``w_out.transpose(1, 0)``: PyTorch's swap of two axes, a call with arguments check does not read."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _ROWS, "err_h = mult(delta_o, w_out.transpose(1, 0))")
    assert ".transpose(): check reads it without arguments" in refusal


def test_a_transpose_word_glued_to_a_longer_name_is_no_transpose():
    """``w_out.transposed``: a word of its own, no transpose (the notation does not name it)."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _ROWS, "err_h = mult(delta_o, w_out.transposed)")
    assert "transposed" in refusal


def test_a_broadcast_of_a_word_of_no_function_is_refused():
    """``slope.(z)``: no function the reader or the notation names, so no call (a product, of an unknown name)."""
    refusal = CHECKS.refused("sigmoid-2-2", _JULIA, "dz = da .* slope.(z)")
    assert "slope" in refusal


def test_a_broadcast_derivative_word_of_either_reading_is_refused_where_they_disagree():
    """``sigmoid_derivative.(z)``: code writes the word for the derivative at the input or at the output, which
    disagree here; refused as the call ``sigmoid_derivative(z)`` is."""
    refusal = CHECKS.refused("sigmoid-2-2", _JULIA, "dz = da .* sigmoid_derivative.(z)")
    assert "reads as sigmoid's derivative at its input (u = z) or at its output" in refusal


def test_a_modules_transpose_function_is_no_property():
    """``np.transpose`` is NumPy's function, its argument after a ``\\text``'s brace (R's t(x) as a page spells it):
    never the transpose of an object named np."""
    assert method_transposes(r"\text{np.transpose}(\text{W2})") == r"\text{np.transpose}(\text{W2})"
    assert method_transposes("torch.transpose") == "torch.transpose"
    assert method_transposes("w_out.Transpose") == "w_out^T"
