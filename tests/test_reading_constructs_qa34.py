"""Code's array semantics judged as the code computes them (NumPy's broadcasting, PyTorch's methods), each construct
with other names and networks than any page's:

- a star between two columns of the left side's rows and columns, ``dW2 = dZ2 * A1`` (code's and the course notes'
  entrywise product, of two columns a column, in NumPy whether they are columns or 1-D arrays), was read as their
  outer product where the left side is a matrix and a wrong formula called correct: only a product with no star
  (``\\delta \\cdot a``, ``\\delta a``) is read so now, and the star's column is refused for its size;
- in a formula whose code is Python's arrays (a call of NumPy's or PyTorch's module, ``np.sum``, ``torch.sum``; the
  matrix product as a method, ``.dot(``, ``.mm(``; PyTorch's transpose ``.t()``; NumPy's ``@``) the ``*`` between arrays
  is NumPy's broadcast product entry by entry, as in Fortran's formulas that write ``matmul``: ``np.sum(W2 * dZ2,
  axis=0)`` (the weights' columns scaled by the deltas, summed down) is W2^T dZ2, ``W2 * A1 + b2`` inside
  ``np.exp(...)`` is a matrix (refused: it adds a vector to it), never the matrix product the reader took it for;
- code's product entry by entry of a column and a row (``np.multiply(dZ2, A1.T)``, ``A1.t() * dZ2``,
  ``dZ2.mul(A1.t())``) is their broadcast matrix of column_i row_j, as NumPy and PyTorch make it, in either order:
  it was refused as sizes that do not broadcast, or read as the row times the column (their inner product), which
  called PyTorch's ``dZ2.t() * A1`` (the transposed gradient of a square matrix) correct;
- PyTorch's ``dim=`` and ``keepdim=`` in a sum or a mean, ``dZ2.sum(dim=1, keepdim=True)``, ``torch.sum(dZ2,
  dim=1)``, as NumPy's ``axis=`` and ``keepdims=``;
- PyTorch's ``x.unsqueeze(1)`` (``-1``) as NumPy's ``x[:, None]`` and ``x.unsqueeze(0)`` as ``x[None, :]``;
- Python's line continuation before a star of NumPy code (``layer_2_delta.dot(weights_1_2.T)\\`` then ``*
  relu2deriv(layer_1)``), the star already code's entrywise one, was refused as a backslash after a finished member;
- Python's floor division of numbers, ``7 // 2 = 3`` (was read as the chain 7 = 2 = 3 of a C comment's worked numbers
  and called wrong), refused as any floor division where the code before it holds no relation;
- Octave's transpose without conjugation ``.'`` (``W2.' * dZ2``), refused at its dot before: on real numbers ``'``,
  where the formula is Octave's and an operator or the line's end follows it (never a string's full stop and quote).

Every verdict asserted with a twin is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts); the twin is the
formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# a two-layer network's arrays as Ng's course names them, samples as columns (a vector the sample's column)
_COLUMNS = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"W2" = "W2[:, :]"
"b2" = "b2[:]"
"A1" = "a1[:]"
"Z1" = "z1[:]"
"A2" = "a2[:]"
"Y" = "y[:]"
"dZ2" = "delta2[:]"
"dZ1" = "delta1[:]"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
"dA1" = "grad(a1[:])"
'''
# the same arrays as cs231n names them, samples as rows (a vector the sample's row, the weights input-first)
_ROWS = r'''
[notation]
[notation.symbols]
"h" = "a1[:].T"
"w2" = "W2[:, :].T"
"dout" = "delta2[:].T"
"dw2" = "grad(W2[:, :]).T"
"db2" = "grad(b2[:]).T"
'''
_DELTA2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_JK3 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))


def _delta2(unit: str) -> str:
    return _DELTA2.replace("{j}", unit)


def _back(hidden: int) -> str:
    """(W2^T delta2)_j of a network of two outputs, at hidden unit j (a letter or a number)."""
    return " + ".join(f"W2[{k},{{j}}]*{_delta2(str(k))}" for k in range(2)).replace("{j}", str(hidden))


def _hidden_delta(outputs_of_row_sum: bool = False) -> str:
    if outputs_of_row_sum:  # NumPy's sum over axis 1 of W2 * dZ2: dZ2_j times row j's sum, at unit j
        return f"{_DELTA2}*(W2[{{j}},0] + W2[{{j}},1])*a1[{{j}}]*(1 - a1[{{j}}])"
    return "(" + " + ".join(f"W2[{k},{{j}}]*{_delta2(str(k))}" for k in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"


_WEIGHT_GRADIENT = f"{_DELTA2}*a1[{{k}}]"
_WEIGHT_GRADIENT_TRANSPOSED = f"{_delta2('{k}')}*a1[{{j}}]"


def _cases() -> list[Public]:
    return [
        # ---- a star between two columns is no outer product; \cdot and a product side by side still are ---------
        Public("dot-two-columns", "test", "sigmoid-2-2-2", _COLUMNS, r"dW2 = dZ2 \cdot A1", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        Public("star-column-row", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = dZ2 * A1.T", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        # ---- Python's array code: its * broadcasts ------------------------------------------------------------------
        Public("numpy-sum-of-broadcast", "test", "sigmoid-2-3-2", _COLUMNS,
               "dZ1 = np.sum(W2 * dZ2, axis=0, keepdims=True).T * A1 * (1 - A1)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_hidden_delta(),), _J3),)),
        Public("numpy-sum-of-broadcast-wrong-axis", "test", "sigmoid-2-2-2", _COLUMNS,
               "dZ1 = np.sum(W2 * dZ2, axis=1, keepdims=True) * A1 * (1 - A1)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_hidden_delta(outputs_of_row_sum=True),), _J2),)),
        Public("numpy-matrix-product-beside-star", "test", "sigmoid-2-2-2", _COLUMNS,
               "dZ1 = np.dot(W2.T, dZ2) * A1 * (1 - A1)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_hidden_delta(),), _J2),)),
        # ---- a column and a row, entry by entry: their broadcast matrix, in either order -----------------------------
        Public("multiply-column-row", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = np.multiply(dZ2, A1.T)", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        Public("multiply-row-column", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = np.multiply(A1.T, dZ2)", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        Public("multiply-transposed", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = np.multiply(dZ2.T, A1)", ((W,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT_TRANSPOSED,), _JK),)),
        Public("torch-row-star-column", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = A1.t() * dZ2", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        Public("torch-transposed-star", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = dZ2.t() * A1", ((W,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT_TRANSPOSED,), _JK),)),
        Public("torch-mul-column-row", "test", "sigmoid-2-3-2", _COLUMNS, "dW2 = dZ2.mul(A1.t())", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK3),)),
        Public("numpy-rows-star", "test", "sigmoid-2-2-2", _ROWS, "dw2 = np.multiply(h.T, dout)", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        # ---- PyTorch's dim= and keepdim= ----------------------------------------------------------------------------
        Public("torch-sum-dim-keepdim", "test", "sigmoid-2-2-2", _COLUMNS, "db2 = dZ2.sum(dim=1, keepdim=True)", ((C,),),
               (Twin("gradient", "b2[{j}]", (_DELTA2,), _J2),)),
        Public("torch-sum-function-dim", "test", "sigmoid-2-2-2", _COLUMNS, "db2 = torch.sum(dZ2, dim=1)", ((C,),),
               (Twin("gradient", "b2[{j}]", (_DELTA2,), _J2),)),
        Public("torch-sum-dim-wrong", "test", "sigmoid-2-2-2", _COLUMNS, "db2 = torch.sum(dZ2 * A2, dim=1)", ((W,),),
               (Twin("gradient", "b2[{j}]", (f"{_DELTA2}*a2[{{j}}]",), _J2),)),
        Public("torch-sum-dim-rows", "test", "sigmoid-2-2-2", _ROWS, "db2 = dout.sum(dim=0)", ((C,),),
               (Twin("gradient", "b2[{j}]", (_DELTA2,), _J2),)),
        # ---- PyTorch's unsqueeze ------------------------------------------------------------------------------------
        Public("unsqueeze-outer", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = dZ2.unsqueeze(1) * A1.unsqueeze(0)", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK),)),
        Public("unsqueeze-outer-swapped", "test", "sigmoid-2-2-2", _COLUMNS,
               "dW2 = A1.unsqueeze(1) * dZ2.unsqueeze(0)", ((W,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT_TRANSPOSED,), _JK),)),
        Public("unsqueeze-broadcast", "test", "sigmoid-2-3-2", _COLUMNS, "dW2 = dZ2.unsqueeze(-1) * A1", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK3),)),
        # ---- Python's continuation before NumPy code's star, read entry by entry ---------------------------------------
        Public("numpy-star-continued", "test", "sigmoid-2-2-2", _COLUMNS,
               "dZ1 = W2.T.dot(dZ2)\\\n        * A1 * (1 - A1)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_hidden_delta(),), _J2),)),
        Public("numpy-star-continued-wrong", "test", "sigmoid-2-2-2", _COLUMNS,
               "dZ1 = W2.dot(dZ2)\\\n        * A1 * (1 - A1)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", ("(W2[{j},0]*" + _delta2("0") + " + W2[{j},1]*" + _delta2("1")
                                               + ")*a1[{j}]*(1 - a1[{j}])",), _J2),)),
        # ---- Octave's transpose .' (no conjugation: on real numbers its ') -------------------------------------------
        Public("octave-plain-transpose", "test", "sigmoid-2-2-2", _COLUMNS, "dZ1 = (W2.' * dZ2) .* A1 .* (1 - A1);",
               ((C,),), (Twin("gradient_z", "z1[{j}]", (_hidden_delta(),), _J2),)),
        Public("octave-plain-transpose-column-row", "test", "sigmoid-2-3-2", _COLUMNS, "dW2 = dZ2 * A1.';", ((C,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT,), _JK3),)),
        Public("octave-plain-transpose-swapped", "test", "sigmoid-2-2-2", _COLUMNS, "dW2 = A1 * dZ2.';", ((W,),),
               (Twin("gradient", "W2[{j},{k}]", (_WEIGHT_GRADIENT_TRANSPOSED,), _JK),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_star_between_two_columns_is_no_outer_product():
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "dW2 = dZ2 * A1")
    assert "'dZ2 * A1' is 2 x 1 where the left side is 2 x 2" in refusal


def test_a_matrix_star_a_vector_in_numpy_code_broadcasts():
    # NumPy makes W2 * A1 the 2 x 2 matrix of W2_jk A1_j, never the matrix product W2 A1
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "A2 = 1 / (1 + np.exp(-(W2 * A1 + b2)))")
    assert "adds vectors or matrices of different sizes" in refusal


def test_a_transposed_matrix_star_a_vector_in_torch_code_is_no_matrix_product():
    # PyTorch's W2.t() * dZ2 is a 2 x 2 matrix, so the hidden delta it makes is no vector of W2^T dZ2's values
    notation = _COLUMNS
    case = Public("torch-star", "test", "sigmoid-2-2-2", notation, "dZ1 = W2.t() * dZ2 * A1 * (1 - A1)")
    assert CHECKS.verdicts(case) != ((C,),)


def test_an_unsqueeze_of_another_axis_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "dW2 = dZ2.unsqueeze(2) * A1")
    assert ".unsqueeze(...) with another argument than 0, 1 or -1" in refusal


def test_an_unsqueezed_column_times_a_vector_of_its_size_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "dW2 = dZ2.unsqueeze(1) * A1")
    assert "multiplies a vector by a column u[:, None] of the same size" in refusal


def test_a_torch_sum_over_another_dim_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "db2 = dZ2.sum(dim=2)")
    assert ".sum(...) with another argument than axis 0 or 1" in refusal


def test_octave_s_transpose_before_a_parenthesis_stays_unread():
    # W2.') may be a string's full stop and closing quote: never read as a transpose there
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "dZ1 = (W2.') * dZ2 .* A1 .* (1 - A1);")
    assert "expected ')' to close the parenthesis" in refusal


def test_python_s_floor_division_of_numbers_is_no_comment_of_worked_numbers():
    # 7 // 2 = 3 is Python's true equation, never the chain 7 = 2 = 3 of a C comment's worked numbers (called wrong)
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "7 // 2 = 3")
    assert "Python's floor division a // b is no formula check reads" in refusal


# NumPy's nested lists keep their shapes: [[1], [2]] is a 2 x 1 column, [[3, 4]] a 1 x 2 row (both were read as
# lists without an orientation, so their @ was an inner product and NumPy's outer product refused)
def _arithmetic(text: str):
    return CHECKS.verdicts(Public("lists", "test", "sigmoid-2-2-2", _COLUMNS, text))


def test_a_column_of_nested_lists_times_a_row_is_their_outer_product():
    assert _arithmetic("[[1], [2]] @ [[3, 4]] = [[3, 4], [6, 8]]") == ((C,),)
    assert _arithmetic("[[0.5], [-1]] * [[2, 4]] = [[1, 2], [-2, -4]]") == ((C,),)  # NumPy's broadcast


def test_a_transposed_outer_product_of_nested_lists_is_wrong():
    assert _arithmetic("[[1], [2]] @ [[3, 4]] = [[3, 6], [4, 8]]") == ((W,),)


def test_a_row_of_nested_lists_times_a_column_is_their_inner_product():
    assert _arithmetic("[[1, 2]] @ [[3], [4]] = 11") == ((C,),)


def test_a_column_of_nested_lists_times_a_matrix_of_other_rows_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "[[1], [2]] @ [[3, 4], [5, 6]] = [[1, 2], [3, 4]]")
    assert "2 x 1" in refusal and "2 x 2" in refusal


def test_a_backslash_after_a_finished_member_of_numpy_code_stays_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "dZ1 = W2.T.dot(dZ2)\\\n        A1 * (1 - A1)")
    assert "a backslash ends a line after a finished member" in refusal
