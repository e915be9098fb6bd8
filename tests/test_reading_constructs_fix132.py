"""Batch 132's pages showed constructs refused, written here as other authors would (other names, other networks
than the pages'):

- a word of prose naming what follows, opening the line before a formula (the Italian page's ``chiamiamo delta[k] =
  ...``, "let us call"; French ``soit``, ``notons``, Spanish ``llamamos``): one table with the step verbs
  (typography_comments.STEP_VERBS), dropped only where the formula as written is refused for the word; a word outside
  it stays an unknown symbol, and a formula refused for its own name after the word is refused for that name;
- a sum sign typed as a capital letter applied to the index (the Italian page's ``E(j)(...)``): no notation's
  letter, E(j) as often the error of j; refused, its index's refusal naming E(j) and saying how a sum over j is
  written (``sum_j (...)``, read);
- a plain-text derivative with d and a space before more than one operand, ``d E(k) w2[k][j]*h[k]/d h[k]`` (the
  same page): the derivative of all of them or d times them, which the row does not say; refused saying to put the
  numerator in parentheses (``d (w[0][j]*h[0] + ...)/d h[k]``, read);
- NumPy's ``np.zeros((1,))`` (``np.zeros(1)``), a 1-D array of one entry, in arithmetic (nathansamsel's 1 written
  ``np.add(np.zeros((1,)), 1.0)``): the number 0, which NumPy broadcasts against a vector of any length; an array of
  zeros of any other shape (an accumulator's ``np.zeros(n)``, a 2-D ``np.zeros((1, 1))``) stays refused, naming it;
- a code's own function returning a layer's values, called with its sizes or a selector and indexed (the French
  script's ``V_sortie(nbr_unites_sortie)[i]``, ``V_cacher(nbr_unites_cacher, 0)[i]``, ``delta_cacher(...)[i]``): a
  pattern the notation may now write as that call indexed (``"out_values(n_out)[k]" = "a2[k]"``, a number argument a
  literal selector), read where the formula writes the same call; refused naming the call where the notation does
  not name it (or names the function only with other arguments); a declared activation's value so indexed,
  ``squash(z)[j]``, is its entry j, as ``squash(z)_j``;
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

# ---- a procedural script's own functions returning a layer's values, called with the layer's size (a selector for
# the hidden layer: 0 its sums, 1 its outputs) and indexed
_CALLS = r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
functions = { dsig = "sigmoid' at input" }
[notation.symbols]
"out_values(n_out)[k]" = "a2[k]"
"hidden_values(n_hidden, 0)[j]" = "z1[j]"
"hidden_values(n_hidden, 1)[j]" = "a1[j]"
"d_out(n_out)[k]" = "grad(z2[k])"
"targets[k]" = "y[k]"
"w2[k, j]" = "W2[k, j]"
"dk[k]" = "grad(z2[k])"
"dj[j]" = "grad(z1[j])"
"step2[k, j]" = "-eta*grad(W2[k, j])"
'''
_ROWS_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
# a declared activation applied to a layer's vector, its entry in code's bracket (as squash(z)_j)
_SQUASH = r'''
[notation]
indices = "jk"
functions = { squash = "sigmoid" }
[notation.symbols]
"z" = "z1[:]"
"z[j]" = "z1[j]"
"a[j]" = "a1[j]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})


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
        Public("prose-poniamo-sum", "test", "tanh-2-3-sigmoid-2", _PAGE,
               "poniamo g[k] = (1 - h[k]^2) * sum_j (d[j]*w[j][k])", ((C,),),
               (Twin("gradient_z", "z1[{k}]", (_G1,), _K3),)),
        Public("plain-numerator-parenthesised", "test", "tanh-2-3-sigmoid-2", _PAGE,
               "d (w[j][0]*h[0] + w[j][1]*h[1] + w[j][2]*h[2])/d h[k] = w[j][k]", ((C,),),
               (Twin("value", "W2[{j},{k}]", ("W2[{j},{k}]",), tuple({"j": j, "k": k} for j in range(2)
                                                                    for k in range(3))),)),
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
        # ---- a code's own function called and indexed ---------------------------------------------------------
        Public("call-indexed-output", "test", "sigmoid-2-3-2", _CALLS,
               "dk[k] = (out_values(n_out)[k] - targets[k]) * out_values(n_out)[k] * (1 - out_values(n_out)[k])",
               ((C,),), (Twin("gradient_z", "z2[{k}]", (_SIG_D2.replace("{j}", "{k}"),), _K2),)),
        Public("call-indexed-output-wrong", "test", "sigmoid-2-3-2", _CALLS,
               "dk[k] = (out_values(n_out)[k] - targets[k]) * out_values(n_out)[k]", ((W,),),
               (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
        Public("call-indexed-selector", "test", "sigmoid-2-3-2", _CALLS,
               "dj[j] = dsig(hidden_values(n_hidden, 0)[j]) * (w2[0, j]*d_out(n_out)[0] + w2[1, j]*d_out(n_out)[1])",
               ((C,),), (Twin("gradient_z", "z1[{j}]",
                              ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))*(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + "
                               "W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))",), _J3),)),
        Public("call-indexed-selector-wrong", "test", "sigmoid-2-3-2", _CALLS,
               "dj[j] = dsig(hidden_values(n_hidden, 1)[j]) * (w2[0, j]*d_out(n_out)[0] + w2[1, j]*d_out(n_out)[1])",
               ((W,),), (Twin("gradient_z", "z1[{j}]",
                              ("sigmoid(a1[{j}])*(1 - sigmoid(a1[{j}]))*(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + "
                               "W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))",), _J3),)),
        Public("call-indexed-step", "test", "sigmoid-2-3-2", _CALLS,
               "step2[k, j] = -lr * d_out(n_out)[k] * hidden_values(n_hidden, 1)[j]", ((C,),),
               (Twin("value", f"-eta*{_SIG_D2.replace('{j}', '{k}')}*a1[{{j}}]",
                     (f"-eta*{_SIG_D2.replace('{j}', '{k}')}*a1[{{j}}]",), _ROWS_KJ),)),
        Public("call-indexed-step-wrong", "test", "sigmoid-2-3-2", _CALLS,
               "step2[k, j] = -lr * d_out(n_out)[k] * hidden_values(n_hidden, 0)[j]", ((W,),),
               (Twin("value", f"-eta*{_SIG_D2.replace('{j}', '{k}')}*a1[{{j}}]",
                     (f"-eta*{_SIG_D2.replace('{j}', '{k}')}*z1[{{j}}]",), _ROWS_KJ),)),
        Public("call-indexed-declared-function", "test", "sigmoid-2-3-2", _SQUASH, "a[j] = squash(z)[j]", ((C,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
        Public("call-indexed-declared-function-wrong", "test", "sigmoid-2-3-2", _SQUASH,
               "a[j] = squash(z)[j] * (1 - squash(z)[j])", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3),)),
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


def test_an_indexed_call_the_notation_does_not_name_is_refused_naming_it():
    """A code word glued to its parenthesis is refused as the parser meets it, a function the notation does not name;
    a name read letter by letter (V_out, delta_out), where the reader meets the call."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _CALLS, "dk[k] = (out_vals(n_out)[k] - targets[k]) * dsig(z_out(n_out)[k])")
    assert 'the call indexed as written in [notation.symbols], "out_vals(n_out)[k]" = "..."' in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _CALLS, "dk[k] = (V_out(n_out)[k] - targets[k]) * V_out(n_out)[k]")
    assert 'V_out(n_out)[k]: a call\'s value indexed' in refusal
    assert 'name the call as written in [notation.symbols], "V_out(n_out)[k]" = "..."' in refusal
    refusal = CHECKS.refused("sigmoid-2-3-2", _CALLS, "dk[k] = delta_out(n_out)[k]")
    assert 'delta_out(n_out)[k]: a call\'s value indexed' in refusal


def test_an_indexed_call_with_other_arguments_is_refused_naming_the_calls():
    """hidden_values(n_hidden, 2): no selector the notation names (0 and 1 are two calls, each literal)."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _CALLS, "dj[j] = dsig(hidden_values(n_hidden, 2)[j]) * d_out(n_out)[0]")
    assert "names hidden_values only in the calls hidden_values(n_hidden, 0)[j], hidden_values(n_hidden, 1)[j]" \
        in refusal


def test_a_capital_letter_applied_to_an_unsummed_index_is_named():
    """E(j)(...), a page's sum sign typed as a letter (or E of j), where the loss is err: refused, naming it and how a
    sum is written."""
    notation = _PAGE.replace('loss = ["E"]', 'loss = ["err"]')
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", notation, "g[k] = (1 - h[k]^2) * E(j)(d[j]*w[j][k])")
    assert "unknown symbol E;" in refusal and "; or, E(j) is E of j, which the notation does not name: a sum over j is" \
        " written sum_j (...)" in refusal
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", notation,
                             "g[k] = -(E(j)(d err/d v[j])*(d v[j]/d h[k]))*(1 - h[k]^2)")
    assert "the index j has no value (E(j) is E of j, which the notation does not name: a sum over j is written" \
        " sum_j (...)" in refusal


def test_a_plain_derivative_of_several_operands_is_refused_saying_to_parenthesise():
    """Where the notation names no d (here it names d[j], and d w[j][k] ... is d times them, read)."""
    notation = _PAGE.replace('"d[j]" = "grad(z2[j])"\n', "")
    refusal = CHECKS.refused("tanh-2-3-sigmoid-2", notation, "d w[j][k]*h[k] + w[j][0]*h[0]/d h[k] = w[j][k]")
    assert "d w[j][k]*h[k] + w[j][0]*h[0]/d h[k]: a plain-text derivative of more than one operand, or d times them" \
        in refusal and "write its numerator in parentheses, d(w[j][k]*h[k] + w[j][0]*h[0])/d h[k]" in refusal
