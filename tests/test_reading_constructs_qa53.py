"""Two lenient readings fixlua39 reported, written as other authors would (other names, other networks):

- an axis sum of a vector whose value the rows' reading changes: NumPy's ``b1 - lr*np.sum(D1, axis=0)`` on a
  notation whose vectors are columns adds the one sample's entries into a number, which b1's column does not fit;
  read again with the vectors as rows (reading_shapes.read_rows) it was the vector itself and called correct, where
  NumPy's broadcast makes it wrong (the oracle's verdict). The rows' reading is kept only where it changes the layout
  alone: such a sum is refused naming its two readings; on a notation of input-first weights (samples as rows) the
  same sum is the sum over the samples and reads;
- a whole gradient matrix written transposed, Torch7's ``gw2:mm(hid, dout:t())`` or ``gw2 = hid * dout'``, where the
  notation names it ``"gw2" = "grad(W2[:, :])"`` (W2 output-first): it was turned back and called correct. Its
  layout is the notation's, so the transpose is another matrix: wrong where W2 is square (the oracle's verdict),
  refused for its shape otherwise; with input-first weights (``"grad(W2[:, :]).T"``) the transposed product is right,
  and so is NumPy's ``np.transpose(A1) * D2`` of rows the notation names as columns (read turned back, as before).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2-2": SIGMOID_2_2_2})

# NumPy code whose vectors are columns, the weights output-first (W2 @ A1)
_COLUMNS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"A1" = "a1[:]"
"W2" = "W2[:, :]"
"b1" = "b1[:]"
"D2" = "grad(z2[:])"
"D1" = "grad(z1[:])"
"dW2" = "grad(W2[:, :])"
'''
# the same code with samples as rows, its weights input-first (A1 @ W2)
_ROWS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"A1" = "a1[:].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"D2" = "grad(z2[:]).T"
"D1" = "grad(z1[:]).T"
"dW2" = "grad(W2[:, :]).T"
'''
# samples as rows in code (input-first weights), its vectors named as the notation's columns (batch 57's quabr)
_MIXED = r'''
[notation]
[notation.symbols]
"A1" = "a1[:]"
"W2" = "W2[:, :].T"
"D2" = "grad(z2[:])"
"dW2" = "grad(W2[:, :]).T"
'''
# a Torch7 script's names, the weights output-first (net.w2 * hid)
_TORCH = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"hid" = "a1[:]"
"net.w2" = "W2[:, :]"
"dout" = "grad(z2[:])"
"gw2" = "grad(W2[:, :])"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_DZ2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DZ2_AT_J = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_D = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")
_DZ1_AT = "(W2[0,{j}]*" + _D[0] + " + W2[1,{j}]*" + _D[1] + ")*a1[{j}]*(1 - a1[{j}])"
_DZ1 = _DZ1_AT
_DZ1_SUM = " + ".join(_DZ1_AT.replace("{j}", str(j)) for j in range(3))  # every hidden unit's delta added


def _cases() -> list[Public]:
    return [
        # ---- an axis sum's axis, as the notation's vectors lie ----------------------------------------------------
        Public("np-axis-1", "test", "sigmoid-2-3-2", _COLUMNS, "b1 = b1 - lr*np.sum(D1, axis=1, keepdims=True)",
               ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_DZ1}",), _J3),)),
        Public("np-axis-1-wrong", "test", "sigmoid-2-3-2", _COLUMNS, "b1 = b1 + lr*np.sum(D1, axis=1, keepdims=True)",
               ((W,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_DZ1}",), _J3),)),
        Public("np-axis-0-rows", "test", "sigmoid-2-3-2", _ROWS, "b1 = b1 - lr*np.sum(D1, axis=0)",
               ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_DZ1}",), _J3),)),
        Public("np-axis-0-rows-wrong", "test", "sigmoid-2-3-2", _ROWS, "b1 = b1 + lr*np.sum(D1, axis=0)",
               ((W,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_DZ1}",), _J3),)),
        # ---- a whole gradient in the notation's layout ------------------------------------------------------------
        Public("torch-mm", "test", "sigmoid-2-2-2", _TORCH, "gw2:mm(dout, hid:t())", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DZ2}*a1[{{j}}]",), _KJ2),)),
        Public("torch-mm-transposed-wrong", "test", "sigmoid-2-2-2", _TORCH, "gw2:mm(hid, dout:t())", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"a1[{{k}}]*{_DZ2_AT_J}",), _KJ2),)),
        Public("octave-transposed-wrong", "test", "sigmoid-2-2-2", _TORCH, "gw2 = hid * dout'", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"a1[{{k}}]*{_DZ2_AT_J}",), _KJ2),)),
        Public("np-input-first", "test", "sigmoid-2-3-2", _ROWS, "dW2 = A1.T @ D2", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DZ2}*a1[{{j}}]",), _KJ),)),
        Public("np-input-first-wrong", "test", "sigmoid-2-3-2", _ROWS, "dW2 = A1.T @ (D2 * 2)", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"2*{_DZ2}*a1[{{j}}]",), _KJ),)),
        Public("np-input-first-broadcast", "test", "sigmoid-2-3-2", _MIXED, "dW2 = np.transpose(A1) * D2", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_DZ2}*a1[{{j}}]",), _KJ),)),
        Public("np-input-first-broadcast-wrong", "test", "sigmoid-2-3-2", _MIXED, "dW2 = np.transpose(A1) * D2 * 2",
               ((W,),), (Twin("gradient", "W2[{k},{j}]", (f"2*{_DZ2}*a1[{{j}}]",), _KJ),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_axis_sum_the_rows_would_change_is_refused_where_the_oracle_says_wrong():
    """np.sum(D1, axis=0) of the column D1 is one number, which NumPy subtracts from every bias: wrong (the oracle);
    read with rows it was the vector itself, the sum over samples. Refused, naming the two readings."""
    wrong = Public("np-axis-0-columns", "test", "sigmoid-2-3-2", _COLUMNS, "b1 = b1 - lr*np.sum(D1, axis=0)",
                   ((W,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*({_DZ1_SUM})",), _J3),))
    assert oracle_verdicts(wrong, CHECKS.problem(wrong)) == ((W,),)
    refusal = CHECKS.refusal(wrong)
    assert "reads two ways" in refusal and "with the vectors as columns" in refusal
    assert "reads two ways" in CHECKS.refused("sigmoid-2-3-2", _COLUMNS, "b1 -= lr * D1.sum(axis=0)")


def test_a_whole_gradient_transposed_is_refused_for_its_shape_where_the_matrix_is_not_square():
    """gw2 = hid * dout' is 3 x 2 where W2, and the notation's gw2, are 2 x 3: never turned back."""
    for text in ("gw2:mm(hid, dout:t())", "gw2 = hid * dout'"):
        refusal = CHECKS.refused("sigmoid-2-3-2", _TORCH, text)
        assert "is 3 x 2 where the left side is 2 x 3" in refusal
    assert "is 3 x 2 where the left side is 2 x 3" in CHECKS.refused("sigmoid-2-3-2", _COLUMNS, "dW2 = A1 @ D2.T")
    # input-first weights and rows named so: the notation's dW2 is 3 x 2, and D2^T A1 (W2's own layout) is no dW2
    for text in ("dW2 = D2.T @ A1", "dW2 = np.outer(D2, A1)"):
        assert "is 2 x 3 where the left side is 3 x 2" in CHECKS.refused("sigmoid-2-3-2", _ROWS, text)
