"""qa48 (a mutation hunt, tests/mutation_hunt.py): the slips the constructs read since qa47 invite, made by the hunt's
new kinds (a parenthesised entry update's indices swapped, Breeze's ``:+=`` for ``:-=`` or ``:=``, a transpose in code
dropped, ``.T``, ``.t()``, ``.transpose()``, ``np.transpose``, a Kotlin builder's index renamed, a sum's axis changed
or dropped) and run on batches 27-143. Every mutant check called correct there was harmless: the slip left the value
unchanged on a one-unit output or a one-sample step (a transpose of a one-entry vector, a sum over a one-entry
axis), or a documented reading covers it (a vector in the other orientation read entry by entry, two columns'
outer product, a gradient written as its left side's transpose). These cases pin the verdicts where the slip does
change the value: on networks whose layers have two units or more (a square W2 among them, where a dropped
transpose still fits), each mutant is wrong or refused, never correct, and its original correct.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_2, SIGMOID_3_2_2
from mutation_hunt import mutants
from public_formulas import C, W, Public
from public_formulas_batch139 import NETWORKS as B139_NETWORKS, NOTATIONS as B139_NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks({"sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-3-2-2": SIGMOID_3_2_2,
                     "b139_sc": B139_NETWORKS["b139_sc"], "b139_kt": B139_NETWORKS["b139_kt"]})

# Ng's NumPy code, a sample a column (batch 143's q3-fr and batch 27's c2w1 write it so)
_NG = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"W2" = "W2[:, :]"
"A1" = "a1[:]"
"dZ2" = "grad(z2[:])"
"dZ1" = "grad(z1[:])"
"dA1" = "grad(a1[:])"
"dW2" = "grad(W2[:, :])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
"m" = "1"
'''
# MATLAB's loop over the output's weights (test_reading_constructs_fixparen36's)
_MATLAB = r'''
[notation]
learning_rate = ["lr", "eta"]
[notation.symbols]
"hid" = "a1[:]"
"deltas" = "delta2[:]"
"W" = "W2[:, :]"
'''

_D = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"          # dL/dz2[k], the half squared error's through a sigmoid
_DK = [_D.replace("{k}", str(k)) for k in range(2)]
_DI = _D.replace("{k}", "{i}")
_DA1 = f"(W2[0,{{j}}]*{_DK[0]} + W2[1,{{j}}]*{_DK[1]})"     # dL/da1[j]
_DA1_SLIP = f"(W2[{{j}},0]*{_DK[0]} + W2[{{j}},1]*{_DK[1]})"  # W2 (not its transpose) times dZ2
_DZ1J = f"{_DA1}*a1[{{j}}]*(1 - a1[{{j}}])"                 # dL/dz1[j]
_DZ1 = [_DZ1J.replace("{j}", str(j)) for j in range(2)]
_J2 = index_grid(j=2)
_KJ = index_grid(k=2, j=2)
_KJ3 = index_grid(k=2, j=3)
_IJ = index_grid(i=2, j=2)
_SK = "(a2[{k}] - t[{k}])"                                 # batch 139's Breeze softmax: dL/dz2[k]


def _case(key, network, notation, text, expected, twin) -> Public:
    return Public(key, "qa48", network, notation, text, expected, (twin,))


def _dA1(key, text, expected, member) -> Public:
    return _case(key, "sigmoid-2-2-2", _NG, text, expected, Twin("value", _DA1, (member,), _J2))


CASES = [
    # a transpose in code dropped from a square W2: still fits, and is judged wrong
    _dA1("dA1-np.dot", "dA1 = np.dot(W2.T, dZ2)", ((C,),), _DA1),
    _dA1("dA1-np.dot-T-dropped-wrong", "dA1 = np.dot(W2, dZ2)", ((W,),), _DA1_SLIP),
    _dA1("dA1-.T.dot", "dA1 = W2.T.dot(dZ2)", ((C,),), _DA1),
    _dA1("dA1-.dot-T-dropped-wrong", "dA1 = W2.dot(dZ2)", ((W,),), _DA1_SLIP),
    _dA1("dA1-.t()", "dA1 = W2.t() @ dZ2", ((C,),), _DA1),
    _dA1("dA1-np.transpose", "dA1 = np.transpose(W2) @ dZ2", ((C,),), _DA1),
    _dA1("dA1-@-t-dropped-wrong", "dA1 = W2 @ dZ2", ((W,),), _DA1_SLIP),
    _case("dW2", "sigmoid-2-2-2", _NG, "dW2 = np.dot(dZ2, A1.T)/m", ((C,),),
          Twin("gradient", "W2[{k},{j}]", (f"{_D}*a1[{{j}}]/1",), _KJ)),
    _case("dW1-np.transpose", "sigmoid-3-2-2", _NG, "dW1 = np.dot(dZ1, np.transpose(X))/m", ((C,),),
          Twin("gradient", "W1[{k},{j}]", (f"(W2[0,{{k}}]*{_DK[0]} + W2[1,{{k}}]*{_DK[1]})*a1[{{k}}]*(1 - a1[{{k}}])"
                                            f"*x[{{j}}]/1",), _KJ3)),
    # a sum's axis dropped on a two-unit layer: every unit's bias given the sum over the units
    _case("db1-axis-1", "sigmoid-2-2-2", _NG, "db1 = np.sum(dZ1, axis=1, keepdims=True)/m", ((C,),),
          Twin("gradient", "b1[{j}]", (f"{_DZ1J}/1",), _J2)),
    _case("db1-axis-dropped-wrong", "sigmoid-2-2-2", _NG, "db1 = np.sum(dZ1, keepdims=True)/m", ((W,),),
          Twin("gradient", "b1[{j}]", (f"({_DZ1[0]} + {_DZ1[1]})/1",), _J2)),
    # a parenthesised entry update's indices swapped on a square W2 (either side)
    _case("matlab-left-swapped-wrong", "sigmoid-2-2-2", _MATLAB, "W(j, i) = W(i,j) - eta*deltas(i)*hid(j);", ((W,),),
          Twin("update", "W2[{j},{i}]", (f"W2[{{i}},{{j}}] - eta*{_DI}*a1[{{j}}]",), _IJ)),
    _case("matlab-right-swapped-wrong", "sigmoid-2-2-2", _MATLAB, "W(i,j) = W(j, i) - eta*deltas(i)*hid(j);",
          ((W,),), Twin("update", "W2[{i},{j}]", (f"W2[{{j}},{{i}}] - eta*{_DI}*a1[{{j}}]",), _IJ)),
    # Breeze's in-place update turned, or written as an assignment (batch 139's b139-sc-b1u)
    _case("breeze-:+=", "b139_sc", B139_NOTATIONS["b139_sc"], "        b(1) :+= -alpha *:* db1", ((C,),),
          Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_SK}",), index_grid(k=2))),
    _case("breeze-:-=-wrong", "b139_sc", B139_NOTATIONS["b139_sc"], "        b(1) :-= -alpha *:* db1", ((W,),),
          Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_SK}",), index_grid(k=2))),
    _case("breeze-:=-wrong", "b139_sc", B139_NOTATIONS["b139_sc"], "        b(1) := -alpha *:* db1", ((W,),),
          Twin("update", "b2[{k}]", (f"-eta*{_SK}",), index_grid(k=2))),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_sum_over_the_units_axis_is_refused_for_its_shape():
    """axis=0 of a column adds the units: one number where the left side is a column of two."""
    message = CHECKS.refused("sigmoid-2-2-2", _NG, "db1 = np.sum(dZ1, axis=0, keepdims=True)/m")
    assert "is 1 x 1 where the left side is 2 x 1" in message


def test_a_dropped_transpose_that_does_not_fit_is_refused():
    """dZ1 (2 x 1) times X (3 x 1), and Breeze's activations (a row) times the output's delta (a row)."""
    assert "multiplies a 2 x 1 by a 3 x 1" in CHECKS.refused("sigmoid-3-2-2", _NG, "dW1 = np.dot(dZ1, X)/m")
    message = CHECKS.refused("b139_sc", B139_NOTATIONS["b139_sc"],
                             "        val dW1: DenseMatrix[Double] = activationLayer * outputDelta  // (10, 2)")
    assert "multiplies a 1 x 4 by a 1 x 2" in message


def test_a_kotlin_builders_index_renamed_is_refused():
    """DoubleArray(n) { j -> target[i] - output[i] }: the body's i is bound by nothing."""
    message = CHECKS.refused("b139_kt", B139_NOTATIONS["b139_kt"],
                             "                val outputErrors = DoubleArray(outputSize) { j -> target[i] - output[i] }")
    assert "the index i has no value" in message


def test_the_hunt_makes_the_new_slips():
    """The hunt's kinds for these constructs, each slip at each place."""
    def made(kind: str, text: str) -> list:
        return [mutant for _, mutant in mutants(text, (kind,))]
    assert made("entry update indices swapped", "W(i,j) = W(i,j) - d(i)") == ["W(j, i) = W(i,j) - d(i)",
                                                                               "W(i,j) = W(j, i) - d(i)"]
    assert made("entry update sign", "w(i, j) = w(i, j) + d") == ["w(i, j) = w(i, j) - d"]
    assert made("breeze update changed", "b :+= g") == ["b :-= g"]
    assert made("breeze update assigned", "b :-= g") == ["b := g"]
    assert made("code transpose dropped", "g.t * u.T @ v.t() + w.transpose() + np.transpose(x)") == [
        "g * u.T @ v.t() + w.transpose() + np.transpose(x)", "g.t * u @ v.t() + w.transpose() + np.transpose(x)",
        "g.t * u.T @ v + w.transpose() + np.transpose(x)", "g.t * u.T @ v.t() + w + np.transpose(x)",
        "g.t * u.T @ v.t() + w.transpose() + x"]
    assert made("builder index renamed", "v = DoubleArray(n) { i -> w[i] }") == ["v = DoubleArray(n) { j -> w[i] }"]
    assert made("axis changed", "np.sum(u, axis=0) + torch.sum(v, dim=1)") == [
        "np.sum(u, axis=1) + torch.sum(v, dim=1)", "np.sum(u, axis=0) + torch.sum(v, dim=0)"]
    assert made("axis dropped", "np.sum(u, axis=0, keepdims=True)") == ["np.sum(u, keepdims=True)"]
