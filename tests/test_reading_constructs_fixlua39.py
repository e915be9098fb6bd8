"""Constructs refused in batch 165 (less common languages), written here as other authors would (other names, other
networks than the pages'):

- Lua's colon method calls of Torch7's tensors (the Lua/Torch script's ``output_error:cmul(final_output:cmul(1 -
  final_output))``, ``network.weights_hidden_output:t() * output_delta``, ``hidden_output:t()``): ``a:cmul(b)`` the
  entrywise product, ``W:t()`` the transpose, ``M:mv(A, v)`` and ``M:mm(a, b)`` the matrix product stored into M,
  ``a:csub(b)``, ``a:mul(s)``; a statement that is one call alone, the assignment it stores; a receiver changed in place
  and read again, ``x:add(v, y)`` with v a name, and a method the table does not hold refused in one line;
- Julia's broadcast macro ``@. expr`` (the Julia 2-3-2 file's ``delta4 = @. a4 * (1 - a4) * (a4 - y_train)``): every
  operator of expr entry by entry; a transpose under it refused (@. makes it each entry's adjoint);
- Julia's ``sum(d, dims = 2)`` (the Julia XOR script's bias step): the sum along the second axis, each row's (dims
  counted from 1); ``dims = 1`` (each column's: of one sample's column every entry, which the reader's rows reading
  would take for a sum over samples) and any other dims refused;
- a notation's meaning ``diag(v)`` (the MATLAB function's Hagan derivative matrix D1 = diag(1 - a1.^2), in
  ``S1= D1*W2'*S2``): the diagonal matrix of v's entries, diag(v) u the entrywise product of v and u.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_3_LINEAR_2_SE
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.torch7_methods import torch7_methods

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "tanh-2-3-linear-2": TANH_2_3_LINEAR_2_SE})

# a Torch7 script's names: the samples columns, the weights output-first (net.w2 * hid)
_TORCH = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"input" = "x[:]"
"target" = "y[:]"
"hid" = "a1[:]"
"out" = "a2[:]"
"net.w2" = "W2[:, :]"
"err" = "a2[:] - y[:]"
"dout" = "grad(z2[:])"
"dhid" = "grad(z1[:])"
"ghid" = "grad(a1[:])"
"gw2" = "grad(W2[:, :])"
'''
# a Julia script's names, columns as Julia's matrices are
_JULIA = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"W2" = "W2[:, :]"
"B1" = "b1[:]"
"D2" = "grad(z2[:])"
"D1" = "grad(z1[:])"
'''
# Hagan's sensitivities with derivative matrices named in the notation
_HAGAN = r'''
[notation]
learning_rate = ["h"]
[notation.symbols]
"a1" = "a1[:]"
"W2" = "W2[:, :]"
"S2" = "grad(z2[:])"
"S1" = "grad(z1[:])"
"F1" = "diag(1 - a1[:]**2)"
"G1" = "diag(a1[:]*(1 - a1[:]))"
'''
_K2 = ({"k": 0}, {"k": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_DZ2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"  # dL/dz2[k], the half squared error at sigmoid outputs
_D = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")
_GA1 = f"(W2[0,{{j}}]*{_D[0]} + W2[1,{{j}}]*{_D[1]})"  # dL/da1[j]
_DZ1 = f"{_GA1}*a1[{{j}}]*(1 - a1[{{j}}])"
_G2 = ("2*(a2[0] - y[0])", "2*(a2[1] - y[1])")  # the squared error at identity outputs
_GA1_SE = f"(W2[0,{{j}}]*{_G2[0]} + W2[1,{{j}}]*{_G2[1]})"


def _cases() -> list[Public]:
    return [
        # ---- Torch7's methods with Lua's colon ----------------------------------------------------------------------
        Public("torch-cmul", "test", "sigmoid-2-3-2", _TORCH, "    local dout = err:cmul(out:cmul(1 - out))", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_DZ2,), _K2),)),
        Public("torch-cmul-wrong", "test", "sigmoid-2-3-2", _TORCH, "    local dout = err:cmul(out)", ((W,),),
               (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
        Public("torch-chain", "test", "sigmoid-2-3-2", _TORCH, "local dout = out:cmul(1 - out):cmul(err)", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_DZ2,), _K2),)),
        Public("torch-t", "test", "sigmoid-2-3-2", _TORCH, "local ghid = net.w2:t() * dout", ((C,),),
               (Twin("value", _GA1, (_GA1,), _J3),)),
        Public("torch-t-wrong", "test", "sigmoid-2-3-2", _TORCH, "local ghid = net.w2:t() * err", ((W,),),
               (Twin("value", _GA1, ("(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))",), _J3),)),
        Public("torch-mv-alone", "test", "sigmoid-2-3-2", _TORCH, "    ghid:mv(net.w2:t(), dout)", ((C,),),
               (Twin("value", _GA1, (_GA1,), _J3),)),
        Public("torch-mv-alone-wrong", "test", "sigmoid-2-3-2", _TORCH, "    ghid:mv(net.w2:t(), err)", ((W,),),
               (Twin("value", _GA1, ("(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))",), _J3),)),
        Public("torch-hidden", "test", "sigmoid-2-3-2", _TORCH, "local dhid = ghid:cmul(hid:cmul(1 - hid))", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J3),)),
        Public("torch-hidden-wrong", "test", "sigmoid-2-3-2", _TORCH, "local dhid = ghid:cmul(1 - hid)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (f"{_GA1}*(1 - a1[{{j}}])",), _J3),)),
        Public("torch-update", "test", "sigmoid-2-3-2", _TORCH, "net.w2 = net.w2 - lr * dout * hid:t()", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_DZ2}*a1[{{j}}]",), _KJ),)),
        Public("torch-update-wrong", "test", "sigmoid-2-3-2", _TORCH, "net.w2 = net.w2 + lr * dout * hid:t()", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_DZ2}*a1[{{j}}]",), _KJ),)),
        Public("torch-csub-alone", "test", "sigmoid-2-3-2", _TORCH, "net.w2:csub(dout * hid:t():mul(lr))", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - {_DZ2}*a1[{{j}}]*eta",), _KJ),)),
        Public("torch-add-alone-wrong", "test", "sigmoid-2-3-2", _TORCH, "net.w2:add(dout * hid:t():mul(lr))",
               ((W,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + {_DZ2}*a1[{{j}}]*eta",), _KJ),)),
        Public("torch-mm-alone", "test", "sigmoid-2-3-2", _TORCH, "gw2:mm(dout, hid:t())", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DZ2}*a1[{{j}}]",), _KJ),)),
        Public("torch-mm-alone-wrong", "test", "sigmoid-2-3-2", _TORCH, "gw2:mm(err, hid:t())", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a1[{j}]",), _KJ),)),
        # ---- Julia's @. and sum(d, dims = 2) ------------------------------------------------------------------------
        Public("julia-macro", "test", "sigmoid-2-3-2", _JULIA, "    D2 = @. (A2 - Y) * A2 * (1 - A2)", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_DZ2,), _K2),)),
        Public("julia-macro-wrong", "test", "sigmoid-2-3-2", _JULIA, "    D2 = @. (A2 - Y) * (1 - A2)", ((W,),),
               (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*(1 - a2[{k}])",), _K2),)),
        Public("julia-dims-2", "test", "sigmoid-2-3-2", _JULIA, "    B1 .-= lr .* sum(D1, dims = 2)  # the bias",
               ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_DZ1}",), _J3),)),
        Public("julia-dims-2-wrong", "test", "sigmoid-2-3-2", _JULIA, "    B1 .+= lr .* sum(D1, dims=2)", ((W,),),
               (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_DZ1}",), _J3),)),
        # ---- a notation's diag(v) -----------------------------------------------------------------------------------
        Public("diag-meaning", "test", "tanh-2-3-linear-2", _HAGAN, "    S1= F1*W2'*S2;", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"(1 - a1[{{j}}]**2)*{_GA1_SE}",), _J3),)),
        Public("diag-meaning-wrong", "test", "tanh-2-3-linear-2", _HAGAN, "    S1= G1*W2'*S2;", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (f"a1[{{j}}]*(1 - a1[{{j}}])*{_GA1_SE}",), _J3),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_receiver_changed_in_place_and_read_again_is_refused():
    """Lua evaluates err:cmul(...) first, which changes err: the second err is then the product, not the error."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "local dout = err:cmul(out:cmul(1 - out)) + err")
    assert "changes err in place" in refusal


def test_torch_add_of_a_name_and_a_tensor_and_an_unknown_method_are_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "net.w2:add(-lr, dout * hid:t())")
    assert "where v is a number" in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "local dout = err:cmul(out:pow(2))")
    assert "Torch7's :pow(...)" in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, "gw2:mm(dout)")
    assert "puts the product a b into M" in refusal


def test_colons_of_slices_ranges_and_assignments_are_no_method_calls():
    for text in ("d = a[1:add(2)]", "w := w - eta", "W(:, 1)", "x(1:mm(3))", "a = {k:add(1)}"):
        assert torch7_methods(text) == text


def test_a_transpose_under_julias_broadcast_macro_and_other_dims_are_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _JULIA, "D1 = @. (W2' * D2) * A1 * (1 - A1)")
    assert "under Julia's @." in refusal
    for dims in ("3", "1"):  # dims=1 of one sample's column: every entry (refused: see syntax_arguments.numpy_axis)
        refusal = CHECKS.refused("sigmoid-2-3-2", _JULIA, f"B1 .-= lr .* sum(D1, dims = {dims})")
        assert "dims= other than 2" in refusal


def test_a_diagonal_matrix_on_the_wrong_side_is_refused():
    """diag(v) is a 3 x 3 matrix: W2' * F1 (3 x 2 times 3 x 3) fits no product."""
    refusal = CHECKS.refused("tanh-2-3-linear-2", _HAGAN, "S1= W2'*F1*S2;")
    assert "\n" not in refusal
