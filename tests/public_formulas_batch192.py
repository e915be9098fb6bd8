r"""Batch 192 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

A SMALL batch: its collector started at 02:27 UTC with the collection due at 02:40, so it holds 36 formulas from 5
addresses no earlier batch used, under the 45 from 8 the brief accepts. From the code corpus, with this batch's
emphasis on other activations and losses (ReLU and tanh hidden layers, sigmoid outputs with the binary
cross-entropy, a linear output, L2 terms; every address a stored file whose repository the index does not name):
a ReLU-sigmoid script with the binary cross-entropy (stored file 43481162884: Ng's names on rows, dW2=(A1.T@dZ2)/m
with no spaces, a derivative_relu helper), a student's copy of the deep-learning course's L2-regularization
assignment (stored file 31490626858: dW3 = 1. / m * np.dot(dZ3, A2.T) + (lambd * W3) / m, dZ2 = np.multiply(dA2,
np.int64(A2 > 0))), a cat-picture logistic regression commented in Chinese (stored file 9077403571: one sigmoid
unit, w = w - learning_rate * dw), a regression script with two tanh hidden layers and a linear output (stored file
11207645511: dZ3=Z3-Y, 1.0 / m * np.dot, (1 - np.power(A2, 2)), W1 = W1 - learning_rate*dW1) and the course's
planar-data assignment commented in Chinese (stored file 17090437731: tanh hidden units, shape comments, a Chinese
comment on tanh's slope, -= updates). Copied verbatim, with their indentation and trailing comments, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md: Ng's d names as the
gradients, transposed where the samples are rows, "dW2" = "grad(W2[:, :]).T"; the logistic regression's w the
weights' column, "w" = "W1[:, :].T"; dA1, dA2 the hidden outputs' gradients; derivative_relu declared "relu' at
input"; lambd = 0, as batch 122's lambda, since the problem file has no regularization; learning_rate the rate
eta), a network of the kind the page describes (3-4-1, 2-3-2-1, 3-1, 3-3-2-1, 2-4-1; the rates the files write,
0.005, 0.000001, 1.2, else the default; in tests/public_formulas_batch192_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. dA1 and dA2
are twinned as values, as in batches 14 to 143.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 192

The batch: 36 formulas from 5 addresses (the ReLU-sigmoid script 7, the regularization assignment 8, the logistic
regression 5, the tanh regression script 8, the planar assignment 8), all in code (Python/NumPy): 8 sums'
gradients (dZ), 2 hidden outputs' gradients (dA, values), 11 weight gradients (3 with the L2 term), 8 bias
gradients, 7 updates (all with a named rate: = w - learning_rate * dw, W1 = W1 - learning_rate*dW1, -=); no worked
number (none of the files works one).

None is mistaken (the oracle finds every member right) and none is mistyped, with one caveat: the tanh regression
script's compute_cost is the root of the mean squared error, np.sqrt(((Z3- Y) ** 2).mean()), whose gradient dZ3 =
Z3 - Y is not (for one sample it is sign(Z3 - Y)); the product has no such loss, so its network takes half the
squared error, the loss the backward pass is of, and the page's slip is not measured. Left out: the assignment's
db2, dA1 and db1, the tanh script's db2, db1 and four of its six updates, the planar assignment's two other updates
(the same constructs, at most 8 from a file); commented templates (# dW3 = 1./m * np.dot(dZ3, A2.T) + None), the
forward passes and the costs (not derivatives). Pages with momentum (v = gamma v - r dW), a Nesterov step, a
leaky ReLU or weight decay in an update, which the emphasis asks for, were found (a cs231n note in Chinese,
Holberton's l2_reg_gradient_descent files, leaky-ReLU helpers returning their slope) but not taken for lack of time
(momentum needs the first-step reading of batch 168; the Holberton loops index their layers by strings); a Unicode
derivation of a tanh-tanh-linear network with worked numbers was found but its four stored copies are all used.

Loaded: all five notations with their networks (notation_loading.load_notation), no formula read, as first
written (none needed a fix), before the oracle's run, which agreed with every expected verdict at its first run
for each page. Collected 02:27 to 02:33 UTC by `date -u` (the oracle's runs included).

Run blind at main fc1aa08 (/work/READY_FOR_BLIND67, which already held main's tip when the collection began: the
branch starts there, so no rebase was run; git diff fc1aa08 HEAD -- src is empty), with nothing under src/ changed.
The first and only run (/work/batch192_blind.txt, 02:32 UTC): 36 of 36 read with every verdict right (100%), 0
refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT; no mistaken formula
in the batch, so none to call wrong. Per page: the ReLU-sigmoid script 7 of 7, the regularization assignment 8 of 8,
the logistic regression 5 of 5, the tanh regression script 8 of 8, the planar assignment 8 of 8. No refusal or
misreading to group. The batch is small, all code, all correct and close to Ng's template, which many earlier
batches hold: it says little beyond that the reader keeps these constructs (rows with @ and no spaces, np.int64(A >
0) as ReLU's slope, a + (lambd * W) / m term with lambd 0, 1.0 / m before np.dot, -= updates, comments in Chinese).
"""

from __future__ import annotations

from public_formulas import C, Public
from public_formulas_batch192_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_AN = _STORED.format(43481162884, "import numpy as np",
                     "a ReLU-sigmoid script with the binary cross-entropy: a backpropagation function on rows with "
                     "the @ operator and no spaces")
_L2 = _STORED.format(31490626858, "# GRADED FUNCTION: backward_propagation_with_regularization",
                     "the deep-learning course's L2-regularization assignment as a student handed it in: Ng's "
                     "three-layer backward pass with (lambd * W) / m added to the weights' gradients")

_ZH = _STORED.format(9077403571, "from PIL import Image",
                     "a cat-picture logistic regression commented in Chinese: one sigmoid unit, dZ = A - Y, the "
                     "gradients over m samples and the step with learning_rate")
_TH = _STORED.format(11207645511, "import math",
                     "a regression script with two tanh hidden layers on Ng's template: dZ3=Z3-Y with no spaces, "
                     "1.0 / m before the products, (1 - np.power(A, 2)) as tanh's slope")
_PL = _STORED.format(17090437731, "# Package imports",
                     "the deep-learning course's planar-data assignment commented in Chinese: tanh hidden units, a "
                     "sigmoid output, -= updates with learning_rate 1.2")
_I3 = tuple({"i": i} for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_J2 = tuple({"j": j} for j in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_I3P2 = tuple({"i": i, "p": p} for i in range(3) for p in range(2))

# the ReLU-sigmoid script's 3-4-1 network (binary cross-entropy): dL/dz1[j]
_AN_D1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"

# the assignment's 2-3-2-1 network (ReLU, ReLU, sigmoid, binary cross-entropy): dL/dz2[j], dL/dz1[i]
_L2_D2 = "W3[0,{j}]*(a3[0] - y[0])*Heaviside(z2[{j}])"
_L2_D1 = ("(" + " + ".join(f"W2[{j},{{i}}]*W3[0,{j}]*(a3[0] - y[0])*Heaviside(z2[{j}])" for j in range(2))
          + ")*Heaviside(z1[{i}])")

# the tanh script's 3-3-2-1 network (tanh, tanh, identity; half the squared error): dL/dz3, dL/dz2[j], dL/dz1[i]
_TH_D3 = "(a3[0] - y[0])"
_TH_D2 = "W3[0,{j}]*(a3[0] - y[0])*(1 - a2[{j}]**2)"
_TH_D1 = ("(" + " + ".join(f"W2[{j},{{i}}]*W3[0,{j}]*(a3[0] - y[0])*(1 - a2[{j}]**2)" for j in range(2))
          + ")*(1 - a1[{i}]**2)")
_I3P3 = tuple({"i": i, "p": p} for i in range(3) for p in range(3))

# the planar assignment's 2-4-1 network (tanh hidden, sigmoid output, binary cross-entropy): dL/dz1[j]
_PL_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))


ENTRIES = [
    # ---- the ReLU-sigmoid script (four-space indentation, no spaces around = and @): Ng's names on rows, /m after
    # the product, a derivative_relu helper of the sums -----------------------------------------------------------
    Public("r92-an-dz2", _AN, "b192_an", "b192_an", "    dZ2=A2-y_true", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=192,
           why="the binary cross-entropy through the sigmoid output"),
    Public("r92-an-dw2", _AN, "b192_an", "b192_an", "    dW2=(A1.T@dZ2)/m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])/1",), _J4),), batch=192,
           why="the product input-first on rows, over m samples (one)"),
    Public("r92-an-db2", _AN, "b192_an", "b192_an", "    db2=np.sum(dZ2,axis=0,keepdims=True)/m", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])/1",)),), batch=192),
    Public("r92-an-da1", _AN, "b192_an", "b192_an", "    dA1=dZ2@W2.T", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=192,
           why="dL/d(hidden output j), a value: the row dZ2 times W2 transposed (W2 input-first)"),
    Public("r92-an-dz1", _AN, "b192_an", "b192_an", "    dZ1=dA1*derivative_relu(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_AN_D1,), _J4),), batch=192,
           why="the ReLU's slope (x>0).astype(float) of the sums"),
    Public("r92-an-dw1", _AN, "b192_an", "b192_an", "    dW1=(X.T@dZ1)/m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_AN_D1}/1",), _J4I3),), batch=192),
    Public("r92-an-db1", _AN, "b192_an", "b192_an", "    db1=np.sum(dZ1,axis=0,keepdims=True)/m", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"{_AN_D1}/1",), _J4),), batch=192),
    # ---- the regularization assignment (four-space indentation): Ng's backward pass on columns with 1. / m before
    # the product, np.multiply with np.int64(A > 0) as the ReLU's slope, + (lambd * W) / m on the weights ---------
    Public("r92-l2-dz3", _L2, "b192_l2", "b192_l2", "    dZ3 = A3 - Y", ((C,),),
           (Twin("gradient_z", "z3[0]", ("a3[0] - y[0]",)),), batch=192,
           why="the binary cross-entropy through the sigmoid output"),
    Public("r92-l2-dw3", _L2, "b192_l2", "b192_l2", "    dW3 = 1. / m * np.dot(dZ3, A2.T) + (lambd * W3) / m",
           ((C,),), (Twin("gradient", "W3[0,{j}]", ("1/1*(a3[0] - y[0])*a2[{j}] + 0*W3[0,{j}]/1",), _J2),),
           batch=192, why="the L2 term with lambd = 0 (the problem file has no regularization)"),
    Public("r92-l2-db3", _L2, "b192_l2", "b192_l2", "    db3 = 1. / m * np.sum(dZ3, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b3[0]", ("1/1*(a3[0] - y[0])",)),), batch=192),
    Public("r92-l2-da2", _L2, "b192_l2", "b192_l2", "    dA2 = np.dot(W3.T, dZ3)", ((C,),),
           (Twin("value", "W3[0,{j}]*(a3[0] - y[0])", ("W3[0,{j}]*(a3[0] - y[0])",), _J2),), batch=192,
           why="dJ/d(second hidden output j), a value"),
    Public("r92-l2-dz2", _L2, "b192_l2", "b192_l2", "    dZ2 = np.multiply(dA2, np.int64(A2 > 0))", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_L2_D2,), _J2),), batch=192,
           why="the ReLU's slope written of its outputs (A2 > 0 where Z2 > 0)"),
    Public("r92-l2-dw2", _L2, "b192_l2", "b192_l2", "    dW2 = 1. / m * np.dot(dZ2, A1.T) + (lambd * W2) / m",
           ((C,),), (Twin("gradient", "W2[{j},{i}]", (f"1/1*{_L2_D2}*a1[{{i}}] + 0*W2[{{j}},{{i}}]/1",), _J2I3),),
           batch=192),
    Public("r92-l2-dz1", _L2, "b192_l2", "b192_l2", "    dZ1 = np.multiply(dA1, np.int64(A1 > 0))", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_L2_D1,), tuple({"i": i} for i in range(3))),), batch=192,
           why="dA1 = np.dot(W2.T, dZ2) the line before it"),
    Public("r92-l2-dw1", _L2, "b192_l2", "b192_l2", "    dW1 = 1. / m * np.dot(dZ1, X.T) + (lambd * W1) / m",
           ((C,),), (Twin("gradient", "W1[{i},{p}]", (f"1/1*{_L2_D1}*x[{{p}}] + 0*W1[{{i}},{{p}}]/1",), _I3P2),),
           batch=192),
    # ---- the logistic regression's optimize function (four-space indentation): Ng's vectorized gradients and the
    # step with learning_rate (0.005 in its main call) ------------------------------------------------------------
    Public("r92-zh-dz", _ZH, "b192_zh", "b192_zh", "    dZ = A - Y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=192,
           why="the binary cross-entropy through the sigmoid unit"),
    Public("r92-zh-dw", _ZH, "b192_zh", "b192_zh", "    dw = (1/m) * np.dot(X, dZ.T)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(1/1)*x[{i}]*(a1[0] - y[0])",), _I3),), batch=192,
           why="w a column, so dw is too"),
    Public("r92-zh-db", _ZH, "b192_zh", "b192_zh", "    db = (1/m) * np.sum(dZ)", ((C,),),
           (Twin("gradient", "b1[0]", ("(1/1)*(a1[0] - y[0])",)),), batch=192),
    Public("r92-zh-w", _ZH, "b192_zh", "b192_zh", "    w = w - learning_rate * dw", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*x[{i}]*(a1[0] - y[0])",), _I3),), batch=192),
    Public("r92-zh-b", _ZH, "b192_zh", "b192_zh", "    b = b - learning_rate * db", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),), batch=192),
    # ---- the tanh regression script (four-space indentation): dZ3=Z3-Y with no spaces, 1.0 / m before np.dot,
    # tanh's slope (1 - np.power(A, 2)) of the outputs, update_parameters's steps with learning_rate ---------------
    Public("r92-th-dz3", _TH, "b192_th", "b192_th", "    dZ3=Z3-Y", ((C,),),
           (Twin("gradient_z", "z3[0]", (_TH_D3,)),), batch=192,
           why="the linear output under half the squared error (the network's loss; the page's cost is the RMSE)"),
    Public("r92-th-dw3", _TH, "b192_th", "b192_th", "    dW3=1.0 / m * np.dot(dZ3, A2.T)", ((C,),),
           (Twin("gradient", "W3[0,{j}]", (f"1.0/1*{_TH_D3}*a2[{{j}}]",), _J2),), batch=192),
    Public("r92-th-db3", _TH, "b192_th", "b192_th", "    db3=1.0 / m * np.sum(dZ3, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b3[0]", (f"1.0/1*{_TH_D3}",)),), batch=192),
    Public("r92-th-dz2", _TH, "b192_th", "b192_th", "    dZ2 = np.dot(W3.T, dZ3) * (1 - np.power(A2, 2))", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_TH_D2,), _J2),), batch=192, why="tanh's slope written of its outputs"),
    Public("r92-th-dw2", _TH, "b192_th", "b192_th", "    dW2 = 1.0 / m * np.dot(dZ2, A1.T)", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", (f"1.0/1*{_TH_D2}*a1[{{i}}]",), _J2I3),), batch=192),
    Public("r92-th-dz1", _TH, "b192_th", "b192_th", "    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_TH_D1,), _I3),), batch=192),
    Public("r92-th-w1", _TH, "b192_th", "b192_th", "    W1 = W1 - learning_rate*dW1", ((C,),),
           (Twin("update", "W1[{i},{p}]", (f"W1[{{i}},{{p}}] - eta*{_TH_D1}*x[{{p}}]",), _I3P3),), batch=192,
           why="learning_rate 0.000001, the problem file's"),
    Public("r92-th-b3", _TH, "b192_th", "b192_th", "    b3 = b3 - learning_rate*db3", ((C,),),
           (Twin("update", "b3[0]", (f"b3[0] - eta*{_TH_D3}",)),), batch=192),
    # ---- the planar-data assignment (four-space indentation): Ng's backward pass with 1 / m before np.dot, shape
    # comments, a comment in Chinese on tanh's slope ("for tanh, g'(z)=1-a^2"), -= updates --------------------------
    Public("r92-pl-dz2", _PL, "b192_pl", "b192_pl", "    dZ2 = A2 - Y   # (n_y,1)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=192,
           why="the binary cross-entropy through the sigmoid output; a shape comment"),
    Public("r92-pl-dw2", _PL, "b192_pl", "b192_pl", "    dW2 = 1 / m * np.dot(dZ2, A1.T)   # (n_y, 1) .* (1, n_h)",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("1/1*(a2[0] - y[0])*a1[{j}]",), _J4),), batch=192),
    Public("r92-pl-db2", _PL, "b192_pl", "b192_pl", "    db2 = 1 / m * np.sum(dZ2, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", ("1/1*(a2[0] - y[0])",)),), batch=192),
    Public("r92-pl-dz1", _PL, "b192_pl", "b192_pl",
           "    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))  # 对于tanh,g'(z)=1-a^2", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_PL_D1,), _J4),), batch=192,
           why="tanh's slope written of the hidden outputs; the comment in Chinese with g'(z)=1-a^2"),
    Public("r92-pl-dw1", _PL, "b192_pl", "b192_pl", "    dW1 = 1 / m * np.dot(dZ1, X.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_PL_D1}*x[{{i}}]",), _J4I2),), batch=192),
    Public("r92-pl-db1", _PL, "b192_pl", "b192_pl", "    db1 = 1 / m * np.sum(dZ1, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"1/1*{_PL_D1}",), _J4),), batch=192),
    Public("r92-pl-w1", _PL, "b192_pl", "b192_pl", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_PL_D1}*x[{{i}}]",), _J4I2),), batch=192,
           why="-= with learning_rate 1.2, the problem file's"),
    Public("r92-pl-b2", _PL, "b192_pl", "b192_pl", "    b2 -= learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=192),
]
