"""Batch 132's pages showed constructs refused, written here as other authors would (other names, other networks
than the pages'):

- a word of prose naming what follows, opening the line before a formula (the Italian page's ``chiamiamo delta[k] =
  ...``, "let us call"; French ``soit``, ``notons``, Spanish ``llamamos``): one table with the step verbs
  (typography_comments.STEP_VERBS), dropped only where the formula as written is refused for the word; a word outside
  it stays an unknown symbol, and a formula refused for its own name after the word is refused for that name;
- NumPy's ``np.zeros((1,))`` (``np.zeros(1)``), a 1-D array of one entry, in arithmetic (nathansamsel's 1 written
  ``np.add(np.zeros((1,)), 1.0)``): the number 0, which NumPy broadcasts against a vector of any length; an array of
  zeros of any other shape (an accumulator's ``np.zeros(n)``, a 2-D ``np.zeros((1, 1))``) stays refused, naming it;
- NumPy's new axis after an indexed name, ``x[i][:, None]`` (the Turkish script's one sample of a data array): the
  column (``[None, :]`` the row) of what the notation names ``x[i]``, a vector; where ``x[i]`` names one number, the
  new axis is refused as on any number.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_3_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "tanh-2-3-sigmoid-2": TANH_2_3_SIGMOID_2}
CHECKS = CaseChecks(NETWORKS)

_J2 = ({"j": 0}, {"j": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})

# ---- a page's plain-text names (an Italian, French or Spanish course): v the sums, p the outputs, r the targets
_PAGE = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"v[k]" = "z1[k]"
"h[k]" = "a1[k]"
"p[j]" = "a2[j]"
"r[j]" = "y[j]"
"w[j][k]" = "W2[j, k]"
"g[k]" = "grad(z1[k])"
"d[j]" = "grad(z2[j])"
'''
_D2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_G1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])"
       "*(1 - tanh(z1[{k}])**2)")

# ---- NumPy's entrywise functions nested (nathansamsel's style), 1 written np.add(np.zeros((1,)), 1.0)
_ARRAYS = r'''
[notation]
[notation.symbols]
"out" = "a2[:]"
"target" = "y[:]"
"hidden" = "a1[:]"
"W_out" = "W2[:, :]"
"err_out" = "grad(z2[:])"
"err_hid" = "grad(z1[:])"
'''
_ONE = "np.add(np.zeros((1,)), 1.0)"
_SIG_D2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_SIG_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])"
           "*a1[{k}]*(1 - a1[{k}])")

# ---- samples as a data array's rows, X[n] one sample's inputs; weights input-first (the Turkish script's layout)
_SAMPLES = r'''
[notation]
indices = "n"
learning_rate = ["lr"]
[notation.symbols]
"X[n]" = "x[:]"
"W_in" = "W1[:, :].T"
"W_hid" = "W2[:, :].T"
"hid" = "a1[:]"
"g_hid" = "grad(z1[:])"
"g_out" = "grad(z2[:])"
'''
_ROWS_KI = tuple({"k": k, "i": i} for k in range(3) for i in range(2))


def _cases() -> list[Public]:
    return [
        # ---- a word of prose naming what follows ---------------------------------------------------------------
        Public("prose-chiamiamo", "test", "tanh-2-3-sigmoid-2", _PAGE, "chiamiamo g[k] = dE/dv[k]", ((C,),),
               (Twin("gradient_z", "z1[{k}]", (_G1,), _K3),)),
        Public("prose-soit", "test", "tanh-2-3-sigmoid-2", _PAGE, "soit d[j] = (p[j] - r[j])*p[j]*(1 - p[j])", ((C,),),
               (Twin("gradient_z", "z2[{j}]", (_D2,), _J2),)),
        Public("prose-notons-wrong", "test", "tanh-2-3-sigmoid-2", _PAGE, "notons d[j] = (p[j] - r[j])*p[j]", ((W,),),
               (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]",), _J2),)),
        Public("prose-llamamos", "test", "tanh-2-3-sigmoid-2", _PAGE,
               "llamamos g[k] = (1 - h[k]^2)*(d[0]*w[0][k] + d[1]*w[1][k])", ((C,),),
               (Twin("gradient_z", "z1[{k}]", (_G1,), _K3),)),
        Public("prose-llamamos-wrong", "test", "tanh-2-3-sigmoid-2", _PAGE,
               "llamamos g[k] = h[k]*(1 - h[k])*(d[0]*w[0][k] + d[1]*w[1][k])", ((W,),),
               (Twin("gradient_z", "z1[{k}]",
                     ("a1[{k}]*(1 - a1[{k}])*((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + "
                      "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])",), _K3),)),
        # ---- np.zeros((1,)): the number 0 NumPy broadcasts -------------------------------------------------------
        Public("zeros-one-output", "test", "sigmoid-2-3-2", _ARRAYS,
               f"err_out = np.multiply(np.multiply(out, np.subtract({_ONE}, out)), np.subtract(out, target))", ((C,),),
               (Twin("gradient_z", "z2[{j}]", ("a2[{j}]*((0 + 1.0) - a2[{j}])*(a2[{j}] - y[{j}])",), _J2),)),
        Public("zeros-one-hidden", "test", "sigmoid-2-3-2", _ARRAYS,
               f"err_hid = np.multiply(np.dot(W_out.T, err_out), np.multiply(hidden, np.subtract({_ONE}, hidden)))",
               ((C,),), (Twin("gradient_z", "z1[{k}]", (_SIG_D1,), _K3),)),
        Public("zeros-bare-hidden", "test", "sigmoid-2-3-2", _ARRAYS,
               "err_hid = np.dot(W_out.T, err_out) * hidden * (np.zeros(1) + 1 - hidden)", ((C,),),
               (Twin("gradient_z", "z1[{k}]", (_SIG_D1,), _K3),)),
        Public("zeros-one-hidden-wrong", "test", "sigmoid-2-3-2", _ARRAYS,
               "err_hid = np.multiply(np.dot(W_out.T, err_out), np.multiply(hidden, np.subtract(np.zeros((1,)), "
               "hidden)))", ((W,),),
               (Twin("gradient_z", "z1[{k}]",
                     ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])"
                      "*a1[{k}]*(0 - a1[{k}])",), _K3),)),
        # ---- x[i][:, None]: the column of one sample's vector -----------------------------------------------------
        Public("sample-column", "test", "tanh-2-3-sigmoid-2", _SAMPLES,
               "W_in -= lr * np.dot(X[n][:, None], g_hid[None, :])", ((C,),),
               (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*x[{i}]*" + _G1,), _ROWS_KI),)),
        Public("sample-column-sign", "test", "tanh-2-3-sigmoid-2", _SAMPLES,
               "W_in += lr * np.dot(X[n][:, None], g_hid[None, :])", ((W,),),
               (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] + eta*x[{i}]*" + _G1,), _ROWS_KI),)),
        Public("sample-row", "test", "tanh-2-3-sigmoid-2", _SAMPLES,
               "W_in.T -= lr * g_hid[:, None] @ X[n][None, :]", ((C,),),
               (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*x[{i}]*" + _G1,), _ROWS_KI),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_word_outside_the_table_stays_an_unknown_symbol():
    """``diciamo`` ("we say") is no word of the table: an unknown symbol, as before."""
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", _PAGE, "diciamo d[j] = (p[j] - r[j])*p[j]*(1 - p[j])")
    assert "unknown symbol diciamo" in refusal


def test_a_formula_after_the_word_is_refused_for_its_own_name():
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", _PAGE, "chiamiamo q[j] = (p[j] - r[j])*p[j]*(1 - p[j])")
    assert "unknown name 'q'" in refusal and "chiamiamo" not in refusal.split(":", 1)[1]


def test_an_accumulators_array_of_zeros_is_refused():
    refusal = CHECKS.refused("sigmoid-2-3-2", _ARRAYS + '"m" = "3"\n', "err_hid = hidden * (np.zeros(m) + 1 - hidden)")
    assert "np.zeros(m): an array of zeros, which check reads only as np.zeros((1,))" in refusal


def test_a_two_dimensional_array_of_zeros_is_refused():
    """np.zeros((1, 1)) + a 1-D array of three is a 1 x 3 matrix in NumPy, no column: refused."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _ARRAYS, "err_hid = hidden * (np.zeros((1, 1)) + 1 - hidden)")
    assert "np.zeros((1, 1)): an array of zeros" in refusal


def test_a_new_axis_after_an_entry_is_refused():
    """Where X[n] names one number (input n), X[n][:, None] has no axis to add, and the update of the whole matrix
    has an index with no value: refused."""
    notation = _SAMPLES.replace('"X[n]" = "x[:]"', '"X[n]" = "x[n]"')
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", notation, "W_in -= lr * np.dot(X[n][:, None], g_hid[None, :])")
    assert "its index n has no value" in refusal
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", notation + '"u[n]" = "z1[n]"\n', "u[n] = X[n][:, None]")
    assert "u[:, None] of a number" in refusal
