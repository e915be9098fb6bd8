"""A loop statement of code written with parentheses for its indices, MATLAB's, Octave's, Fortran's and Julia's
``b2(k) = b2(k) - lr * deltas(k)`` (found beside batch 136's bracket form by fix136): the left side's name indexed on
both sides was read as the whole vector, the line a value claim (b2 equals b2 minus a step) and a right update called
wrong, while ``b2(k) -= ...`` and ``b2[k] = b2[k] - ...`` read as the update; ``W(i,j) = W(i,j) - eta*d(i)*h(j)`` was
refused for its sizes (two whole vectors multiplied). Now a statement whose left side is such a call of a name the
notation (or symbols.md) gives a whole vector or matrix, at letters that can be a loop's, reads as its brackets'
form, ``b2[k] = b2[k] - lr * deltas[k]`` (parenthesised_loops): the update, judged at each of the letters' values.

A declared function's call on both sides (``f(s) = f(s) - ...``) stays an equality of values; LaTeX's time step
``w(t+1) = w(t) - ...`` stays the update it was.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# ---- MATLAB's loop over a 2-3-2 network's outputs and weights: the vectors and the matrix named whole
_MATLAB = r'''
[notation]
learning_rate = ["lr", "eta"]
functions = { df = "sigmoid' at output" }
[notation.symbols]
"outs" = "a2[:]"
"targets" = "y[:]"
"hid" = "a1[:]"
"deltas" = "delta2[:]"
"W" = "W2[:, :]"
"dW" = "grad(W2[:, :])"
'''
# Fortran's capitals; a struct's fields in MATLAB, the matrix stored input-first (its transpose), the -dE/dnet
_FORTRAN = r'''
[notation]
learning_rate = ["ETA"]
[notation.symbols]
"WOUT" = "W2[:, :]"
"DELTA" = "delta2[:]"
"HID" = "a1[:]"
'''
_STRUCT = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"net.h_v" = "a1[:]"
"net.ho_w" = "W2[:, :].T"
"o_grid" = "-delta2[:]"
'''
# a square layer (2-2-2), where indices swapped still pair: the slip is judged, not refused
_SQUARE = _MATLAB
# a declared function beside a quantity named whole
_FUNCTION = r'''
[notation]
learning_rate = ["lr"]
functions = { f = "sigmoid" }
[notation.symbols]
"s" = "z2[0]"
"d" = "delta2[0]"
"deltas" = "delta2[:]"
'''

_DO = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2 = index_grid(k=2)
_DI = _DO.replace("{k}", "{i}")
_DJ = _DO.replace("{k}", "{j}")
_IJ = index_grid(i=2, j=3)
_HJ = tuple({"h": h, "j": j} for j in range(2) for h in range(3))
_DH = _DO.replace("{k}", "{j}")


def _cases() -> list[Public]:
    return [
        # ---- a vector's entry updated in a loop ----------------------------------------------------------------
        Public("matlab-bias", "test", "sigmoid-2-3-2", _MATLAB, "b2(k) = b2(k) - lr * deltas(k);", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_DO}",), _K2),)),
        Public("matlab-bias-sign-wrong", "test", "sigmoid-2-3-2", _MATLAB, "b2(k) = b2(k) + lr * deltas(k);",
               ((W,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_DO}",), _K2),)),
        Public("matlab-bias-rate-wrong", "test", "sigmoid-2-3-2", _MATLAB, "b2(k) = b2(k) - deltas(k)", ((W,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - {_DO}",), _K2),)),
        Public("julia-bias-brackets", "test", "sigmoid-2-3-2", _MATLAB, "b2[k] = b2[k] - lr * deltas[k]", ((C,),),
               (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_DO}",), _K2),)),
        # ---- a matrix's entry updated in a loop ----------------------------------------------------------------
        Public("matlab-weight", "test", "sigmoid-2-3-2", _MATLAB, "W(i,j) = W(i,j) - eta*deltas(i)*hid(j);", ((C,),),
               (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_DI}*a1[{{j}}]",), _IJ),)),
        Public("matlab-weight-spaced-wrong", "test", "sigmoid-2-3-2", _MATLAB,
               "W(i, j) = W(i, j) + eta * deltas(i) * hid(j)", ((W,),),
               (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] + eta*{_DI}*a1[{{j}}]",), _IJ),)),
        Public("matlab-weight-gradient", "test", "sigmoid-2-3-2", _MATLAB, "W(i,j) = W(i,j) - eta*dW(i,j)", ((C,),),
               (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_DI}*a1[{{j}}]",), _IJ),)),
        Public("spec-name-weight", "test", "sigmoid-2-3-2", _MATLAB, "W2(i,j) = W2(i,j) - eta*deltas(i)*hid(j)",
               ((C,),), (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_DI}*a1[{{j}}]",), _IJ),)),
        Public("fortran-weight", "test", "sigmoid-2-3-2", _FORTRAN, "      WOUT(I,J) = WOUT(I,J) - ETA*DELTA(I)*HID(J)",
               ((C,),), (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_DI}*a1[{{j}}]",), _IJ),)),
        Public("fortran-weight-rate-wrong", "test", "sigmoid-2-3-2", _FORTRAN,
               "      WOUT(I,J) = WOUT(I,J) - DELTA(I)*HID(J)", ((W,),),
               (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - {_DI}*a1[{{j}}]",), _IJ),)),
        Public("struct-transposed", "test", "sigmoid-2-3-2", _STRUCT,
               "net.ho_w(h,j) = net.ho_w(h,j) + lr * o_grid(j) * net.h_v(h);", ((C,),),
               (Twin("update", "W2[{j},{h}]", (f"W2[{{j}},{{h}}] - eta*{_DH}*a1[{{h}}]",), _HJ),)),
        Public("struct-transposed-sign-wrong", "test", "sigmoid-2-3-2", _STRUCT,
               "net.ho_w(h,j) = net.ho_w(h,j) - lr * o_grid(j) * net.h_v(h);", ((W,),),
               (Twin("update", "W2[{j},{h}]", (f"W2[{{j}},{{h}}] + eta*{_DH}*a1[{{h}}]",), _HJ),)),
        Public("square-indices-swapped-wrong", "test", "sigmoid-2-2-2", _SQUARE,
               "W(i,j) = W(i,j) - eta*deltas(j)*hid(i)", ((W,),),
               (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_DJ}*a1[{{i}}]",), index_grid(i=2, j=2)),)),
        # ---- a declared function's values stay an equality; LaTeX's time step stays the update -----------------
        Public("function-equality-wrong", "test", "sigmoid-2-2-1", _FUNCTION, "f(s) = f(s) - lr * d", ((W,),),
               (Twin("value", "a2[0]", ("a2[0] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),)),
        Public("function-equality", "test", "sigmoid-2-2-1", _FUNCTION, "f(s) = 1/(1 + exp(-s))", ((C,),),
               (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_indices_that_do_not_pair_are_refused_saying_so():
    """hid has three entries and the left side gives i two values: the entries would not pair."""
    message = CHECKS.refused("sigmoid-2-3-2", _MATLAB, "W(i,j) = W(i,j) - eta*deltas(j)*hid(i)")
    assert "deltas[j]: the left side gives j 3 values, counted from 0, and deltas has 2 entries there" in message


def test_a_declared_function_called_at_a_loop_letter_is_no_entry():
    """f(k) on both sides: f is the notation's function, never a vector indexed by k."""
    message = CHECKS.refused("sigmoid-2-3-2", _FUNCTION, "f(k) = f(k) - lr * deltas(k)")
    assert "unknown symbol k" in message


def test_a_pattern_counting_the_letter_from_1_in_a_language_that_may_count_from_0_is_refused():
    """"deltas(i)" = "delta2[i-1]": the page counts i from 1; in a statement ended by ; with no mark of MATLAB's (C++'s
    Eigen counts W(i, j) from 0) the entry is W's [i-1, j-1] or [i, j], refused naming both (fix142left: without the
    ; or with MATLAB's marks the line reads counted from 1, test_reading_constructs_fix142left)."""
    from_1 = _MATLAB.replace('"deltas" = "delta2[:]"', '"deltas(i)" = "delta2[i-1]"').replace(
        "[notation]\n", '[notation]\nindices = "ij"\n', 1)
    message = CHECKS.refused("sigmoid-2-3-2", from_1, "W(i,j) = W(i,j) - eta*deltas(i)*hid(j);")
    assert "counted from 1, as Fortran and MATLAB count, W(i, j) is W's entry [i-1, j-1], counted from 0 its entry" \
           " [i, j]" in message
