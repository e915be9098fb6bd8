r"""Batch 189 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 addresses no earlier batch used (the code corpus, with this batch's emphasis on vectorized batch
gradients in NumPy: dZ = A - Y, dW = dZ @ A_prev.T / m or X.T @ dZ, db summed over the samples with axis and keepdims,
softmax with the cross-entropy, L2 terms added to dW, samples in rows or columns; every address a stored file whose
repository the index does not name): a Spanish face-recognition script (stored file 14248314637: Ng's backward pass
on columns with X the samples' rows, (1/m) before np.dot, np.dot(dZ1, X)), an MNIST script with an L2 term (stored
file 1116801088: (lambda_ * W2) / m added to dW2, (A1 > 0) as the ReLU's slope), a Python Model class commented in
Chinese (stored file 28297956960: the backward pass on rows with @, dz2 = (self.a2 - y_onehot) / m, self.l2_lambda *
self.W2), a life-expectancy regression script (stored file 6918106635: dL_d names, y_pred.squeeze(), .reshape(-1, 1),
(z1 > 0).astype(float)) and a Chinese sine-regression script (stored file 55519870860: tanh on rows, 2 /
y_pred.shape[0], the updates through grads["W1"]), a Chinese iris script (stored file 12115041118: lower-case
Ng names with (lambd / m) * w2 and np.mean for the biases' gradients) and a script with an L2 penalty (stored file
56158318761: np.multiply(np.divide(penalty, m), W2), ReLU_derivative(z1)). Copied verbatim (the JSON-escaped text of the stored files
decoded), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md: Ng's d names as the gradients, "dZ2" = "grad(z2[:])"; transposed where the samples are rows,
"dW2" = "grad(W2[:, :]).T"; the one-hot targets t; m, len(y) and y_pred.shape[0] the number of samples, one here;
the L2 weights lambda_, self.l2_lambda, lambd and penalty 0, so that the cross-entropy alone is the loss; helpers declared "relu' at
input" where they compute Z > 0 of the sums), a network of the kind the page describes (the rates the files write:
0.01, 0.001, 2e-2; 0.1 where the rate is a parameter; all in tests/public_formulas_batch189_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A gradient by the hidden outputs (dA1, da1) and a derivative by the output (dL_dy_pred) are twinned as values, as in
batches 14 to 185. Formulas keep their code line's indentation and trailing # comment.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 189

The batch: 54 formulas from 7 addresses (the Spanish script 8, the L2 script 7, the Chinese class 9, the regression
script 9, the sine script 9, the iris script 6, the penalty script 6), all in code (Python/NumPy 54): derivatives by
the sums 13, gradients of weight matrices 14, bias gradients 14, values (dA1, da1, dL_dy_pred) 5, updates with a rate 8.

None is mistaken and none mistyped: the seven files' backward passes are right for the networks they describe
(the sources taken had no mistake to take; none was chosen or left out for it).

Left out: each file's forward pass and loss lines (no derivative), the L2 script's single_pass updates beside the
ones taken (one taken, b2), the regression script's commented-out lines, the Chinese class's cross_entropy_loss, the iris and penalty scripts' Adam updates (their moments, not the
gradients' rules),
and the repeated updates (up to four per file taken). The collection was short: begun late, it ran from about 02:08
to 02:11 UTC by the machine's clock (date -u), the oracle's runs included, so the batch has 7 addresses, under the
brief's about 10 (its 54 formulas within the brief's 50-60).

Run blind at main ec888f5 (/work/READY_FOR_BLIND66; this branch forked from main 7fa3ace, whose src/ is the gate's:
git diff ec888f5 HEAD -- src is empty, so the branch was run as it is; a rebase onto the gate was begun by mistake,
replayed main's later test commits with a conflict and was aborted, and a blind_batch.py call made while it was
stopped failed at the import of this module, reading no formula), with nothing under src/ changed. The first run
(/work/batch189_blind.txt): 54 of 54 read with every verdict right (100%), 0 refused, no typo in the batch, no
misreading, no crash, no wrong formula called correct; no mistaken formula in the batch to call wrong. Per page:
the Spanish script 8 of 8, the L2 script 7 of 7, the Chinese class 9 of 9, the regression script 9 of 9, the sine
script 9 of 9, the iris script 6 of 6, the penalty script 6 of 6.

Read, among the constructs these pages brought: Ng's backward pass on columns with X the samples' rows ((1/m) *
np.dot(dZ1, X), A2 - Y.T), L2 terms that vanish at weight 0 in three spellings ((lambda_ * W2) / m, (lambd / m) *
w2, np.multiply(np.divide(penalty, m), W2)) and self.l2_lambda * self.W2 on rows, (A1 > 0) with a trailing comment,
np.mean over the samples for the biases, @ and .T on rows with self. names, dz2 = (self.a2 - y_onehot) / m,
y_pred.squeeze() and .reshape(-1, 1), (z1 > 0).astype(float), a trailing pyright comment, 2 / y_pred.shape[0],
1 - a1 ** 2, a Chinese comment, updates through grads["W1"]. No refusal nor misreading to group; none looks general.
"""

from __future__ import annotations

from public_formulas import C, Public
from public_formulas_batch189_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ES = _STORED.format(14248314637, "#importamos ",
                     "a Spanish face-recognition script (PCA, then a ReLU-softmax network written by hand on columns, "
                     "# Derivadas de la capa de salida)")
_L2 = _STORED.format(1116801088, "import random",
                     "an MNIST script: Ng's ReLU-softmax backward pass on columns with an L2 term (lambda_ * W2) / m")
_CN = _STORED.format(28297956960, "import numpy as np",
                     "a Python Model class commented in Chinese: ReLU or sigmoid hidden units, softmax, an L2 term "
                     "l2_lambda * W on rows")
_RG = _STORED.format(6918106635, "import numpy as np",
                     "a life-expectancy regression script: a ReLU network on rows with dL_d names and the mean "
                     "squared error")
_SN = _STORED.format(55519870860, "'''",
                     "a Chinese sine-regression script (单隐层BP回归模型): tanh hidden units on rows, the mean squared error")

_IR = _STORED.format(12115041118, "import pandas as pd",
                     "a Chinese iris script (预测结果): Ng's tanh-sigmoid layers on columns, an L2 term (lambd / m) * w2, "
                     "db2 = np.mean(dz2, ...), Adam updates")
_PN = _STORED.format(56158318761, "from activation_functions import (ReLU, ReLU_derivative, Sigmoid)",
                     "a Python script with an L2 penalty: Ng's ReLU-sigmoid layers on columns, np.multiply(np.divide("
                     "penalty, m), W2), Adam updates")

_K3 = tuple({"k": k} for k in range(3))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J3I1 = tuple({"j": j, "i": 0} for j in range(3))

# the 3-4-3 ReLU-softmax networks under the cross-entropy (es, l2, cn): dL/dz2[k], dL/da1[j], dL/dz1[j]
_S2 = "(a2[{k}] - t[{k}])"
_SA = "(" + " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - t[{k}])" for k in range(3)) + ")"
_S1 = f"{_SA}*Heaviside(z1[{{j}}])"

# the regression 3-4-1 ReLU network with a linear output under the (mean) squared error, one sample
_R2 = "2*(a2[0] - y[0])"
_RA = f"{_R2}*W2[0,{{j}}]"
_R1 = f"{_RA}*Heaviside(z1[{{j}}])"

# the sine 1-3-1 tanh network with a linear output under the (mean) squared error, one sample
_N2 = "2*(a2[0] - y[0])"
_NA = f"{_N2}*W2[0,{{j}}]"
_N1 = f"{_NA}*(1 - a1[{{j}}]**2)"

_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# the iris 4-3-3 tanh-sigmoid network under the binary cross-entropy over its outputs: dL/dz2[k], dL/dz1[j]
_I2 = "(a2[{k}] - y[{k}])"
_I1 = "(" + " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - y[{k}])" for k in range(3)) + ")*(1 - a1[{j}]**2)"

# the penalty 2-3-1 ReLU-sigmoid network under the binary cross-entropy: dL/dz2, dL/dz1[j]
_P2 = "(a2[0] - y[0])"
_P1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"


def _p(key, src, net, text, twin, why="", **kw):
    return Public("c189-" + key, src, f"b189_{net}", f"b189_{net}", text, ((kw.pop("verdict", C),),), (twin,),
                  batch=189, why=why, **kw)


ENTRIES = [
    # ---- the Spanish script (four-space indentation): Ng's backward pass on columns with X the samples' rows, (1/m)
    # before the product, np.dot(dZ1, X) without a transpose (X is rows), -= updates with learning_rate -----------
    _p("es-dz2", _ES, "es", "    dZ2 = A2 - Y.T", Twin("gradient_z", "z2[{k}]", (_S2,), _K3),
       why="softmax with the cross-entropy; Y the one-hot targets' rows"),
    _p("es-dw2", _ES, "es", "    dW2 = (1/m) * np.dot(dZ2, A1.T)",
       Twin("gradient", "W2[{k},{j}]", (f"{_S2}*a1[{{j}}]",), _K3J4)),
    _p("es-db2", _ES, "es", "    db2 = (1/m) * np.sum(dZ2, axis=1, keepdims=True)",
       Twin("gradient", "b2[{k}]", (_S2,), _K3)),
    _p("es-da1", _ES, "es", "    dA1 = np.dot(W2.T, dZ2)", Twin("value", _SA, (_SA,), _J4),
       why="dL/dA1, a value"),
    _p("es-dz1", _ES, "es", "    dZ1 = dA1 * relu_derivative(Z1)", Twin("gradient_z", "z1[{j}]", (_S1,), _J4)),
    _p("es-dw1", _ES, "es", "    dW1 = (1/m) * np.dot(dZ1, X)",
       Twin("gradient", "W1[{j},{i}]", (f"{_S1}*x[{{i}}]",), _J4I3),
       why="X the samples' rows, so dZ1 X is the column times the input row"),
    _p("es-db1", _ES, "es", "    db1 = (1/m) * np.sum(dZ1, axis=1, keepdims=True)",
       Twin("gradient", "b1[{j}]", (_S1,), _J4)),
    _p("es-w1", _ES, "es", "    W1 -= learning_rate * dW1",
       Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J4I3)),
    # ---- the L2 script (four-space indentation): Ng's backward pass on columns, an L2 term (lambda_ * W) / m (the
    # weight 0 here), (A1 > 0) for the ReLU's slope, trailing # comments ---------------------------------------------
    _p("l2-dz2", _L2, "l2", "    dZ2 = A2 - one_hot", Twin("gradient_z", "z2[{k}]", (_S2,), _K3)),
    _p("l2-dw2", _L2, "l2", "    dW2 = np.dot(dZ2, A1.T) / m + (lambda_ * W2) / m",
       Twin("gradient", "W2[{k},{j}]", (f"{_S2}*a1[{{j}}]",), _K3J4),
       why="the L2 term vanishes with lambda_ = 0"),
    _p("l2-db2", _L2, "l2", "    db2 = np.sum(dZ2, axis=1, keepdims=True) / m",
       Twin("gradient", "b2[{k}]", (_S2,), _K3)),
    _p("l2-dz1", _L2, "l2",
       "    dZ1 = np.dot(W2.T, dZ2) * (A1 > 0)  # Derivative of ReLU is 1 if > 0, else 0",
       Twin("gradient_z", "z1[{j}]", (_S1,), _J4),
       why="(A1 > 0): the ReLU's outputs positive exactly where its sums are"),
    _p("l2-dw1", _L2, "l2", "    dW1 = np.dot(dZ1, X.T) / m + (lambda_ * W1) / m",
       Twin("gradient", "W1[{j},{i}]", (f"{_S1}*x[{{i}}]",), _J4I3)),
    _p("l2-db1", _L2, "l2", "    db1 = np.sum(dZ1, axis=1, keepdims=True) / m",
       Twin("gradient", "b1[{j}]", (_S1,), _J4)),
    _p("l2-b2", _L2, "l2", "    b2 -= learning_rate * db2",
       Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_S2}",), _K3)),
    # ---- the Chinese Model class (eight-space indentation): the backward pass on rows, dz2 divided by m, an L2 term
    # self.l2_lambda * self.W (no /m, its reg_loss 0.5 l2_lambda sum W^2), self.lr updates ------------------------
    _p("cn-dz2", _CN, "cn", "        dz2 = (self.a2 - y_onehot) / m", Twin("gradient_z", "z2[{k}]", (_S2,), _K3)),
    _p("cn-dw2", _CN, "cn", "        self.dW2 = self.a1.T @ dz2 + self.l2_lambda * self.W2",
       Twin("gradient", "W2[{k},{j}]", (f"{_S2}*a1[{{j}}]",), _K3J4),
       why="the L2 term vanishes with l2_lambda = 0 (its default)"),
    _p("cn-db2", _CN, "cn", "        self.db2 = np.sum(dz2, axis=0, keepdims=True)",
       Twin("gradient", "b2[{k}]", (_S2,), _K3)),
    _p("cn-da1", _CN, "cn", "        da1 = dz2 @ self.W2.T", Twin("value", _SA, (_SA,), _J4), why="dL/da1, a value"),
    _p("cn-dz1", _CN, "cn", "        dz1 = da1 * self.activation_deriv(self.z1)",
       Twin("gradient_z", "z1[{j}]", (_S1,), _J4)),
    _p("cn-dw1", _CN, "cn", "        self.dW1 = X.T @ dz1 + self.l2_lambda * self.W1",
       Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_S1}",), _J4I3)),
    _p("cn-db1", _CN, "cn", "        self.db1 = np.sum(dz1, axis=0, keepdims=True)",
       Twin("gradient", "b1[{j}]", (_S1,), _J4)),
    _p("cn-w2", _CN, "cn", "        self.W2 -= self.lr * self.dW2",
       Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_S2}*a1[{{j}}]",), _K3J4)),
    _p("cn-b1", _CN, "cn", "        self.b1 -= self.lr * self.db1",
       Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_S1}",), _J4)),
    # ---- the regression script (four-space indentation): dL_d names on rows, y_pred.squeeze() and .reshape(-1, 1),
    # (z1 > 0).astype(float), np.sum without an axis for the output's bias, a trailing pyright comment --------------
    _p("rg-dy", _RG, "rg",
       "    dL_dy_pred = 2 * (y_pred.squeeze() - y) / len(y)  # pyright: ignore[reportUnknownVariableType, "
       "reportOperatorIssue]", Twin("value", _R2, (_R2,)),
       why="the mean squared error's derivative by the output, a value (one sample: len(y) = 1)"),
    _p("rg-dw2", _RG, "rg", "    dL_dw2 = a1.T @ dL_dy_pred.reshape(-1, 1)",
       Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_R2}",), _J4)),
    _p("rg-db2", _RG, "rg", "    dL_db2 = np.sum(dL_dy_pred)", Twin("gradient", "b2[0]", (_R2,))),
    _p("rg-da1", _RG, "rg", "    da1 = dL_dy_pred.reshape(-1, 1) @ w2.T", Twin("value", _RA, (_RA,), _J4),
       why="dL/da1, a value"),
    _p("rg-dz1", _RG, "rg", "    dz1 = da1 * (z1 > 0).astype(float)", Twin("gradient_z", "z1[{j}]", (_R1,), _J4)),
    _p("rg-dw1", _RG, "rg", "    dL_dw1 = X.T @ dz1",
       Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_R1}",), _J4I3)),
    _p("rg-db1", _RG, "rg", "    dL_db1 = np.sum(dz1, axis=0)", Twin("gradient", "b1[{j}]", (_R1,), _J4)),
    _p("rg-w1", _RG, "rg", "    w1 -= lr * dL_dw1",
       Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_R1}*x[{{i}}]",), _J4I3)),
    _p("rg-b2", _RG, "rg", "    b2 -= lr * dL_db2", Twin("update", "b2[0]", (f"b2[0] - eta*{_R2}",))),
    # ---- the Chinese sine script (four-space indentation): the backward pass on rows, 2 / y_pred.shape[0] for the
    # mean, tanh's slope 1 - a1 ** 2, a Chinese comment, the updates through the grads dictionary -------------------
    _p("sn-dz2", _SN, "sn", "    dz2 = (y_pred - y_true) * 2 / y_pred.shape[0]",
       Twin("gradient_z", "z2[0]", (_N2,)), why="the mean squared error through a linear output"),
    _p("sn-da1", _SN, "sn", "    da1 = dz2 @ W2.T", Twin("value", _NA, (_NA,), _J3), why="dL/da1, a value"),
    _p("sn-dz1", _SN, "sn", "    dz1 = da1 * (1 - a1 ** 2)", Twin("gradient_z", "z1[{j}]", (_N1,), _J3),
       why="tanh's slope written of the hidden outputs"),
    _p("sn-dw2", _SN, "sn", "    dw2 = a1.T @ dz2", Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_N2}",), _J3)),
    _p("sn-db2", _SN, "sn", "    db2 = np.sum(dz2, axis=0, keepdims=True) # axis = 0 代表按行求和",
       Twin("gradient", "b2[0]", (_N2,)), why="the comment in Chinese (axis = 0: summing over the rows)"),
    _p("sn-dw1", _SN, "sn", "    dw1 = x.T @ dz1", Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_N1}",), _J3I1)),
    _p("sn-db1", _SN, "sn", "    db1 = np.sum(dz1, axis=0, keepdims=True)", Twin("gradient", "b1[{j}]", (_N1,), _J3)),
    _p("sn-w1", _SN, "sn", "    W1 -= lr * grads[\"W1\"]",
       Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_N1}*x[{{i}}]",), _J3I1)),
    _p("sn-b1", _SN, "sn", "    b1 -= lr * grads[\"b1\"]", Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_N1}",), _J3)),
    # ---- the Chinese iris script (four-space indentation): Ng's backward pass on columns, an L2 term (lambd / m) *
    # w2 (lambd 0 here), np.mean over the samples for the biases, tanh's slope 1 - np.power(a1, 2) --------------------
    _p("ir-dz2", _IR, "ir", "    dz2 = a2 - Y", Twin("gradient_z", "z2[{k}]", (_I2,), _K3),
       why="the binary cross-entropy through sigmoid outputs"),
    _p("ir-dw2", _IR, "ir", "    dw2 = np.dot(dz2, a1.T) / m + (lambd / m) * w2",
       Twin("gradient", "W2[{k},{j}]", (f"{_I2}*a1[{{j}}]",), _K3J3), why="the L2 term vanishes with lambd = 0"),
    _p("ir-db2", _IR, "ir", "    db2 = np.mean(dz2, axis=1, keepdims=True)", Twin("gradient", "b2[{k}]", (_I2,), _K3),
       why="the mean over the samples: the sum divided by m"),
    _p("ir-dz1", _IR, "ir", "    dz1 = np.dot(w2.T, dz2) * (1 - np.power(a1, 2))",
       Twin("gradient_z", "z1[{j}]", (_I1,), _J3)),
    _p("ir-dw1", _IR, "ir", "    dw1 = np.dot(dz1, X.T) / m + (lambd / m) * w1",
       Twin("gradient", "W1[{j},{i}]", (f"{_I1}*x[{{i}}]",), _J3I4)),
    _p("ir-db1", _IR, "ir", "    db1 = np.mean(dz1, axis=1, keepdims=True)", Twin("gradient", "b1[{j}]", (_I1,), _J3)),
    # ---- the penalty script (four-space indentation): Ng's backward pass on columns with np.multiply(np.divide(
    # penalty, m), W) for the L2 term (penalty 0 here), ReLU_derivative(z1) --------------------------------------------
    _p("pn-dz2", _PN, "pn", "    dZ2 = a2 - y", Twin("gradient_z", "z2[0]", (_P2,))),
    _p("pn-dw2", _PN, "pn", "    dW2 = np.dot(dZ2, a1.T) / m + np.multiply(np.divide(penalty, m), W2)",
       Twin("gradient", "W2[0,{j}]", (f"{_P2}*a1[{{j}}]",), _J3), why="the L2 term vanishes with penalty = 0"),
    _p("pn-db2", _PN, "pn", "    db2 = np.sum(dZ2, axis=1, keepdims=True) / m", Twin("gradient", "b2[0]", (_P2,))),
    _p("pn-dz1", _PN, "pn", "    dZ1 = np.dot(W2.T, dZ2) * ReLU_derivative(z1)",
       Twin("gradient_z", "z1[{j}]", (_P1,), _J3)),
    _p("pn-dw1", _PN, "pn", "    dW1 = np.dot(dZ1, X.T) / m + np.multiply(np.divide(penalty, m), W1)",
       Twin("gradient", "W1[{j},{i}]", (f"{_P1}*x[{{i}}]",), _J3I2)),
    _p("pn-db1", _PN, "pn", "    db1 = np.sum(dZ1, axis=1, keepdims=True) / m", Twin("gradient", "b1[{j}]", (_P1,), _J3)),
]
