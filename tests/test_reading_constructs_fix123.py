"""Batch 123's pages showed four constructs refused, and the reader's taking of a Greek letter's name; written here
as other authors would (other names, other networks, other spellings than the pages'):

- a prime for the derivative by the argument written after it, the ML Glossary's Lagrange-style chain (``C'(W_O) =
  C'(\\hat{y}) \\hat{y}'(Z_O) Z_O'(W_O)``): the loss primed at one weight, bias, unit or input is its derivative by
  it (as at the prediction), a unit's sum primed at a quantity its derivative by that quantity, a unit's output
  primed at its own sum its slope; the loss primed at the target, or at two arguments of which none is the
  prediction, stays refused;
- NumPy's mean over the samples written with no count (``2 * error.mean()``, ``np.mean(x * error)``), on a file of
  no data whose step's loss is the samples' mean (reduction "mean", the default): the mean over the step's samples of
  one sample's term is that term whatever their count, so no count is needed; with reduction "sum" it stays refused;
- ``np.ones((m, 1))`` (``torch.ones(m, 1)``, ``np.ones(m)``), the column whose product with a matrix of the samples'
  columns sums them (``np.dot(dZ, np.ones((m, 1))) / m``), read where its sizes are whole numbers (m the notation's
  count); a size that is none, or three sizes, refused;
- a Greek letter's name as a code name the notation gives another meaning (``"eta" = "x[0]"``): that meaning, not
  the learning rate symbols.md gives eta; and an unknown name's refusal lists the notation's names as the table
  spells them (``xi``, not the reader's ``\\xi``).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2, TANH_2_1_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

# a regression's one linear unit, the squared error, no data (the step's samples uncounted), the mean as reduction
LINEAR_1_1 = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n'
              '[update]\nlearning_rate = 0.05\n')
NETWORKS = {
    "tanh-2-1-sigmoid-1": TANH_2_1_SIGMOID_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
    "linear-1-1": LINEAR_1_1,
    "linear-1-1-sum": LINEAR_1_1 + 'reduction = "sum"\n',
}
CHECKS = CaseChecks(NETWORKS)

# ---- Lagrange's primes on a chain of one unit a layer: J the loss, p = sigma(s) the prediction, h = tanh(r)
_LAGRANGE = r'''
[notation]
loss = ["J"]
[notation.symbols]
"p" = "a2[0]"
"t" = "y[0]"
"s" = "z2[0]"
"h" = "a1[0]"
"r" = "z1[0]"
"v" = "W2[0, 0]"
"c" = "b2[0]"
"u_{1}" = "W1[0, 0]"
"x_{1}" = "x[0]"
'''
_DS = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"                 # dJ/ds
_DR = f"{_DS}*W2[0,0]*(1 - a1[0]**2)"                     # dJ/dr
# ---- the same on a layer of two units, the loss primed at a matrix
_MATRIX = r'''
[notation]
loss = ["C"]
[notation.symbols]
"W" = "W2[:, :]"
"a" = "a1[:]"
"\\delta" = "delta2[:]"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))

# ---- a regression's code: the mean over the samples of one sample's term, no count named
_REGRESSION = r'''
[notation]
loss = ["mse"]
[notation.symbols]
"pred" = "a1[0]"
"target" = "y[0]"
"feat" = "x[0]"
"residual" = "a1[0] - y[0]"
"gb" = "grad(b1[0])"
"gw" = "grad(W1[0, 0])"
'''
_SQ = "(a1[0] - y[0])**2"
# the mean over a vector's entries too: two outputs, no count named
_OUTPUTS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"p" = "a2[:]"
"t" = "y[:]"
'''
_HALF_SQ = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"

# ---- column code (a sample a column): the bias gradient as the product with a column of ones, m the count
_COLUMNS = r'''
[notation]
[notation.symbols]
"dZ2" = "delta2[:]"
"A1" = "a1[:]"
"db2" = "grad(b2[:])"
"m" = "1"
"half" = "0.5"
'''
_K2 = ({"k": 0}, {"k": 1})

# ---- a Greek letter's name the notation gives an input (and the rate its own name)
_GREEK = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"eta" = "x[0]"
"xi" = "x[1]"
"out" = "a1[0]"
"g" = "grad(W1[0, 0])"
"g2" = "grad(W1[0, 1])"
'''
LINEAR_2_1 = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n'
              '[update]\nlearning_rate = 0.05\n')
NETWORKS["linear-2-1"] = LINEAR_2_1


def _cases() -> list[Public]:
    return [
        # ---- the loss primed at a quantity: its derivative by it; a sum primed at a quantity: its derivative ------
        Public("lagrange-output-weight", "test", "tanh-2-1-sigmoid-1", _LAGRANGE, "J'(v) = J'(p) p'(s) s'(v)", ((C,),),
               (Twin("gradient", "W2[0,0]", (f"{_DS}*a1[0]",)),)),
        Public("lagrange-output-weight-wrong", "test", "tanh-2-1-sigmoid-1", _LAGRANGE, "J'(v) = J'(p) p'(s) s'(h) h",
               ((W,),), (Twin("gradient", "W2[0,0]", (f"{_DS}*W2[0,0]*a1[0]",)),)),
        Public("lagrange-output-sum", "test", "tanh-2-1-sigmoid-1", _LAGRANGE, "J'(s) = (p - t) p (1 - p)", ((C,),),
               (Twin("value", _DS, (_DS,)),)),
        Public("lagrange-output-sum-wrong", "test", "tanh-2-1-sigmoid-1", _LAGRANGE, "J'(s) = (p - t) p", ((W,),),
               (Twin("value", _DS, ("(a2[0] - y[0])*a2[0]",)),)),
        Public("lagrange-bias", "test", "tanh-2-1-sigmoid-1", _LAGRANGE, "J'(c) = J'(s)", ((C,),),
               (Twin("gradient", "b2[0]", (_DS,)),)),
        Public("lagrange-hidden-weight", "test", "tanh-2-1-sigmoid-1", _LAGRANGE,
               "$J'(u_1) = J'(s) \\cdot s'(h) \\cdot h'(r) \\cdot r'(u_1) = J'(r) x_1$", ((C, C),),
               (Twin("gradient", "W1[0,0]", (f"{_DR}*x[0]", f"{_DR}*x[0]")),)),
        Public("lagrange-hidden-weight-wrong", "test", "tanh-2-1-sigmoid-1", _LAGRANGE,
               "$J'(u_1) = J'(s) \\cdot s'(h) \\cdot h'(r) \\cdot r'(x_1)$", ((W,),),
               (Twin("gradient", "W1[0,0]", (f"{_DR}*W1[0,0]",)),)),
        Public("lagrange-matrix", "test", "sigmoid-2-2-2", _MATRIX, "$C'(W) = \\delta a^T$", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _KJ),)),
        Public("lagrange-matrix-wrong", "test", "sigmoid-2-2-2", _MATRIX, "$C'(W) = a \\delta^T$", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (_D2.replace("{k}", "{j}") + "*a1[{k}]",), _KJ),)),
        # ---- the mean over the samples with no count, the step's loss their mean --------------------------------
        Public("mean-method-bias", "test", "linear-1-1", _REGRESSION, "gb = 2 * residual.mean()", ((C,),),
               (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])",)),)),
        Public("mean-function-weight", "test", "linear-1-1", _REGRESSION, "    gw = 2 * np.mean(feat * residual)",
               ((C,),), (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),)),
        Public("mean-torch-weight", "test", "linear-1-1", _REGRESSION, "gw = 2 * torch.mean(feat * (pred - target))",
               ((C,),), (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),)),
        Public("mean-weight-wrong", "test", "linear-1-1", _REGRESSION, "gw = np.mean(feat * residual)", ((W,),),
               (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),)),
        Public("mean-bias-sign-wrong", "test", "linear-1-1", _REGRESSION, "gb = 2 * (target - pred).mean()", ((W,),),
               (Twin("gradient", "b1[0]", ("2*(y[0] - a1[0])",)),)),
        Public("mean-loss", "test", "linear-1-1", _REGRESSION, "mse = np.mean(residual ** 2)", ((C,),),
               (Twin("value", _SQ, (_SQ,)),)),
        Public("mean-loss-wrong", "test", "linear-1-1", _REGRESSION, "mse = np.mean(residual) ** 2 / 2", ((W,),),
               (Twin("value", _SQ, (f"{_SQ}/2",)),)),
        Public("mean-vector-no-count", "test", "sigmoid-2-3-2", _OUTPUTS, "E = ((p - t)**2).mean()", ((C,),),
               (Twin("value", _HALF_SQ, (_HALF_SQ,)),)),
        Public("mean-vector-no-count-wrong", "test", "sigmoid-2-3-2", _OUTPUTS, "E = np.mean(p - t)**2", ((W,),),
               (Twin("value", _HALF_SQ, ("((a2[0] - y[0] + a2[1] - y[1])/2)**2",)),)),
        # ---- np.ones as the column that sums the samples ------------------------------------------------------
        Public("ones-column", "test", "sigmoid-2-2-2", _COLUMNS, "db2 = np.dot(dZ2, np.ones((m, 1))) / m", ((C,),),
               (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("ones-matmul-list", "test", "sigmoid-2-2-2", _COLUMNS, "    db2 = dZ2 @ np.ones([m, 1]) / m", ((C,),),
               (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("ones-torch-row", "test", "sigmoid-2-2-2", _COLUMNS, "db2 = (torch.ones(1, m) @ dZ2.T).T / m", ((C,),),
               (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("ones-one-d", "test", "sigmoid-2-2-2", _COLUMNS, "db2 = dZ2.dot(np.ones(m)) / m", ((C,),),
               (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("ones-column-wrong", "test", "sigmoid-2-2-2", _COLUMNS,
               "db2 = np.dot(dZ2 * A1, np.ones((m, 1))) / m", ((W,),),
               (Twin("gradient", "b2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{k}]",), _K2),)),
        # ---- a Greek letter's name the notation gives an input ----------------------------------------------------
        Public("greek-name-input", "test", "linear-2-1", _GREEK, "g = 2 * (out - y) * eta", ((C,),),
               (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),)),
        Public("greek-name-latex", "test", "linear-2-1", _GREEK, "$g = 2 (out - y) \\eta$", ((C,),),
               (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),)),
        Public("greek-name-wrong", "test", "linear-2-1", _GREEK, "g2 = 2 * (out - y) * eta", ((W,),),
               (Twin("gradient", "W1[0,1]", ("2*(a1[0] - y[0])*x[0]",)),)),
        Public("greek-name-xi", "test", "linear-2-1", _GREEK, "    g2 = 2 * (out - y) * xi", ((C,),),
               (Twin("gradient", "W1[0,1]", ("2*(a1[0] - y[0])*x[1]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_the_loss_primed_at_the_target_stays_refused():
    """``J'(t)``: the target is no quantity the loss is differentiated by; refused, saying what is read."""
    message = CHECKS.refused("tanh-2-1-sigmoid-1", _LAGRANGE, "J'(t) = p - t")
    assert "J'(...): the loss with a prime is read as its derivative by the prediction among its arguments, or by its" \
        " one argument where that is a weight, bias, unit or input of the network" in message
    assert "dJ/da" in message


def test_the_loss_primed_at_two_quantities_none_the_prediction_stays_refused():
    message = CHECKS.refused("tanh-2-1-sigmoid-1", _LAGRANGE, "J'(v, h) = J'(s) h")
    assert "none of its 2 argument(s) are the prediction" in message


def test_a_mean_over_uncounted_samples_whose_total_is_the_loss_stays_refused():
    """With reduction "sum" the step's loss is the samples' total, so a mean's count matters: refused, naming it."""
    message = CHECKS.refused("linear-1-1-sum", _REGRESSION, "gb = 2 * residual.mean()")
    assert "(residual).mean() averages over the samples, and nothing says how many a step takes" in message


def test_ones_of_no_whole_size_stays_refused():
    message = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "db2 = np.dot(dZ2, np.ones((half, 1)))")
    assert "np.ones((half, 1)): an array of ones whose size half is no whole number" in message
    assert '"m" = "1"' in message


def test_ones_of_three_sizes_stays_refused():
    message = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "db2 = np.dot(dZ2, np.ones((m, 1, 1)))")
    assert "np.ones(...) of 3 sizes" in message


def test_an_unknown_name_is_refused_with_the_tables_spelling_of_greek_names():
    message = CHECKS.refused("linear-2-1", _GREEK, "g = 2 * (out - y) * Input")
    assert "the notation knows" in message and "xi" in message and "\\xi" not in message
