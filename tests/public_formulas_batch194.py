r"""Batch 194 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on hidden layers with
leaky ReLU, ELU, softplus and SiLU/swish written by hand, their derivatives as helpers, and their slips; every
address a stored file whose repository the index does not name): a SoftplusNetworkClassification class learning XOR
(stored file 57802423592: softplus hidden units, softplus_derivative the logistic of the sums), an insurance-claims
regression class with ELU hidden units (stored file 64117137332: elu_derivative by np.where, trailing # comments, a
reshape, an RSS derivative missing its 2), a sensor script commented in Russian and commented out whole (stored file
23159232519: leaky ReLU hidden units with leaky_relu_derivative, long names on columns, a sigmoid output under the
MSE with the cross-entropy's a - y), an Italian script with a leaky ReLU layer, a swish layer and a sigmoid output
(stored file 23326654531: the d_ names minus the gradients, += steps, swish_derivative of the sums, and ReLU's slope
under the leaky ReLU layer), the code of a homeostatic-network preprint (stored file 22965727795: two ELU layers, a
softmax output, elu_derivative(z, alpha), layers numbered from the input, eta / m before the minibatch's sums), a
backward function commented in German (stored file 52732762434: two softplus layers, a softmax output, grads['dW3']
on the left), Markdown exercises with answers (stored file 56973699689: inline LaTeX for the MSE and the BCE under a
sigmoid, a ReLU backward pass with (z1 > 0).astype(float), an ELU variant's line) and a binary classifier with three
leaky-ReLU layers, commented out (stored file 37918970347: network[3]['W'].T, leaky_relu_derivative given the
layers' outputs). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded),
each with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for
what the product documents: code names of rows transposed, "dZ1" = "grad(z1[:]).T"; the Italian script's d_ names
minus the gradients, "d_inter_3" = "-grad(z3[:]).T", as its += steps use them; helpers declared by the activation
and the place they take: "leaky_relu' at input", "elu' at input", "softplus' at input", "silu' at input", "relu' at
input", "sigmoid' at output"; the MNIST script's a1 the input and z2, a2 layer 1's; counts of samples declared one:
m, n, batch_size, X.shape[0]), a network of the kind the page describes (leaky_relu with the pages' slope 0.01, elu
with alpha 1; the rates 1.0, 0.1, 0.001, 0.002, 0.001, none (0.1), 0.1, none (0.1); all in
tests/public_formulas_batch194_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A code's gradient by an output or by hidden outputs (dA1,
dLdyhat, dLda1, d_activate_2, da1, da3) and the Italian script's negated gradients are twinned as values, as in
batches 14 to 193. Formulas keep their indentation and trailing # comments; the two commented-out files' lines are
taken after their "# " prefix (with the code's own indentation), Q6's line after its "# In backward: " and Q4's
formulas as their $...$ alone (from a sentence); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 194

The batch: 62 formulas from 8 addresses (the softplus XOR class 8, the ELU regression class 8, the Russian leaky
script 6, the Italian swish script 8, the MNIST ELU script 8, the German softplus function 8, the exercises 8, the
three-leaky-layer classifier 8). 2 are in LaTeX (the exercises' inline $...$), 60 in code (Python/NumPy). By kind:
16 gradients of weight matrices, 7 of biases, 23 of sums (deltas), 6 values (an output's or hidden outputs'
gradient), 10 updates (rates by name, before the product, eta / m, and += steps); no worked numbers (none of these
pages prints any).

3 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the ELU class's el-dy, dLdyhat = self.y_pred - y_true under # RSS Cost Function Derivative: rss is the sum of the
  squared differences, whose derivative by the prediction is 2 (y_pred - y_true): the 2 is missing;
- the Russian script's lk-do, d_output = output - y_batch: the loss is np.mean((output - y_batch) ** 2) after a
  sigmoid, so the output sum's gradient is 2 (output - y) output (1 - output); the code writes the cross-entropy's;
- the Italian script's sw-di1, d_inter_1 = d_activate_1 * relu_derivative(inter_1): the first layer is leaky_relu
  (alpha=0.01), whose slope is alpha, not 0, where inter_1 <= 0 (ReLU's slope under a leaky ReLU layer).

Not mistaken, though they look it: the three-leaky-layer classifier's dz3 and dz1, leaky_relu_derivative(a3) of the
OUTPUTS (a leaky ReLU's output has its sum's sign, so the slope is the same); the ELU class's dLdz2 = dLdyhat and
everything after the wrong dLdyhat, and the Russian script's gradients after its wrong d_output (named gradients:
right as written in them); the Italian script's d_weight_1 and w1 update after its wrong d_inter_1, its "# Gradient
for W2" comment on d_weight_3 (a comment's slip), its += steps (the d_ names minus the gradients); the softplus
class's softplus_derivative, the logistic (softplus's slope).

What was left out: the softplus class's db1 and its W1, b2 updates (eight taken); the ELU class's second dLdyhat =
2*(1-(y_max/y_min)) (the mean Poisson deviance's derivative: no registry loss), db1 and its other updates (one
with .reshape(-1,1)); the Russian script's Adam step (m[:] = beta1 * m + ...: moments over steps) and test pass; the
Italian script's d_bias_3, d_bias_2, d_activate_1, d_weight_1, d_bias_1 and its other updates (eight taken), and its
dropout mask; the MNIST script's accumulations (grad4 += error4.dot(a3.T), errortot4 += error4: sums over a
minibatch) and its w23, b23 steps beyond those taken, its learning-rate regulation; the German function's grads['db2'],
its MSE branch (a loop over the softmax's Jacobian); the exercises' Q2 bound (0.25^9), the forward pass and Q5's db2,
db1 (eight taken), Q7's clipping; the classifier's db3, da2, dz2, dw2, db2, db1 and the NeuralNetwork class's loop
(dz = da * (activations[i] if ... else ...): an index over layers). Pages read and not taken: a Chinese C++ network
with ELU (stored file 26153676381: updates fused in loops over vectors of vectors), a leaky-ReLU demo whose second
layer reads np.dot(11, ...) (stored file 11623489001: its layers' errors are not a network's backward pass), a
Korean leaky-ReLU script with L2 terms in its gradients (stored file 25988502082) and a leaky-ReLU multi-layer loop
(stored file 41560105479: lists indexed by i).

Collected on 2026-12-08 (02:53 to 03:01 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all loaded as first written. The oracle's first run found the twins of two cross-entropy pages (the MNIST script's
and the German function's) naming the target y where the oracle names it t under the cross-entropy (a NameError:
the twin's slip, corrected by writing t); every verdict passed after, as first expected (62 entries and the batch's
checks).

Run blind at main 9904de4 (/work/READY_FOR_BLIND69, which held main's tip when the collection began: the branch
started there, so no rebase was run; git diff 9904de4 HEAD -- src empty), with nothing under src/ changed. The
first run (/work/batch194_blind.txt): 59 of 62 read with every verdict right (95%), 3 refused, no typo (none in the
batch), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. The refusals are the reader's, not slips of a
notation or a twin, so the batch was run once; tests/test_public_formulas_held_out.py -k "b194-" passed, check's
never-wrong-called-correct test included.

Of the 3 mistaken formulas, all 3 were read with their wrong member called wrong: el-dy (the RSS derivative's
missing 2), lk-do (the cross-entropy's a - y under the MSE after a sigmoid), sw-di1 (ReLU's slope under a leaky ReLU
layer, wrong by alpha only where the sums are negative). By page: the softplus XOR class 8 of 8, the ELU regression
class 7 of 8, the Russian leaky script 6 of 6, the Italian swish script 8 of 8, the MNIST ELU script 6 of 8, the
German softplus function 8 of 8, the exercises 8 of 8, the three-leaky-layer classifier 8 of 8.

The refusals by construct, with the exact message:

- a derivative helper called with the activation's parameter as a second argument: hm-e3, "formula 'error3 =
  w34^T.dot(error4) * elu_derivative(z3, alpha)': elu takes one argument, not 2", and hm-e2 the same of
  elu_derivative(z2, alpha) (the notation declares elu_derivative = "elu' at input" and alpha = "1", the layer's
  alpha; no declaration says a helper's second argument is the activation's parameter);
- np.array(...) around a quantity, with .reshape(-1,1): el-da1, "formula 'dLda1 =
  np.matmul(np.array(dLdz2).reshape(-1,1), self.W2^T)': np.array is not a function check reads at 'n' (position
  19); write np.exp, np.log, np.sqrt, np.maximum(0, u), np.pow(u, 2) or an activation by its name, or name it in
  the notation's functions".

Read, among the constructs these pages brought: softplus_derivative, elu_derivative, leaky_relu_derivative,
swish_derivative (declared "silu' at input") and relu_derivative helpers of the sums; leaky_relu_derivative given a
leaky layer's OUTPUTS (dz3, dz1 of the classifier: called right, as they are); relu_derivative under a leaky ReLU
layer and the missing 2 or sigmoid slope of the output (called wrong); negated d_ names with += steps; eta / m
before a minibatch's sums; the MNIST script's layers numbered from the input (a1 the input); grads['dW3'] on the
left; network[3]['W'].T; (z1 > 0).astype(float); inline LaTeX with \mathcal{L}_{\text{MSE}} and \cdot; the
name declared for y[:, [i]], and y.reshape(-1, 1) (undeclared), read as the target.

Which look general: the elu_derivative(z, alpha) refusal (helpers written with the activation's parameter as a
second argument, leaky_relu_derivative(x, alpha), elu_derivative(x, alpha), are common in code with these
activations: a helper declared at input might accept a second argument equal to the layer's parameter, or the
notation might say so); np.array(u) around a quantity (an identity on arrays) is common in NumPy code too.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch194_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_SP = _STORED.format(57802423592, "import numpy as np",
                     "a SoftplusNetworkClassification class learning XOR: softplus hidden units, a sigmoid output, "
                     "the binary cross-entropy")
_EL = _STORED.format(64117137332, "import numpy as np",
                     "an insurance-claims regression class NN: ELU hidden units written by hand, a linear output, an "
                     "RSS and a Poisson deviance")
_LK = _STORED.format(23159232519, "# import numpy as np",
                     "a sensor-classification script commented in Russian, commented out whole: leaky ReLU hidden "
                     "units, a sigmoid output, the mean squared error, Adam")
_SW = _STORED.format(23326654531, "import numpy as np",
                     "an Italian basketball-outcome script: a leaky ReLU layer, a swish layer, a sigmoid output, "
                     "gradient steps with +=")
_HM = _STORED.format(22965727795, "\"\"\" ",
                     "the accompanying code of a homeostatic-network preprint: two ELU layers, a softmax output on "
                     "MNIST, a randomly regulated learning rate")
_DE = _STORED.format(52732762434, "import numpy as np",
                     "a backward function commented in German: two softplus hidden layers, a softmax output under "
                     "the cross-entropy or the MSE")
_EX = _STORED.format(56973699689, "# Exercises — Foundations of Neural Networks",
                     "exercises with answers in Markdown: inline LaTeX on the MSE and the BCE under a sigmoid, a "
                     "hidden layer's backward pass, an ELU variant")
_LR = _STORED.format(37918970347, "import numpy as np",
                     "a binary classifier with three leaky-ReLU layers (its functions commented out) beside a ReLU "
                     "class: a sigmoid output, the binary cross-entropy, F1-based early stopping")

_K3 = tuple({"k": k} for k in range(3))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_I3 = tuple({"i": i} for i in range(3))
_I4 = tuple({"i": i} for i in range(4))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_I3P4 = tuple({"i": i, "p": p} for i in range(3) for p in range(4))
_I4P3 = tuple({"i": i, "p": p} for i in range(4) for p in range(3))


def _elu1(u: str) -> str:
    """ELU's slope (alpha 1) at u."""
    return f"(Heaviside({u}) + (1 - Heaviside({u}))*exp({u}))"


def _leaky(u: str) -> str:
    """The leaky ReLU's slope (0.01) at u."""
    return f"(Heaviside({u}) + 0.01*(1 - Heaviside({u})))"


def _silu(u: str) -> str:
    """SiLU's (swish's) slope at u."""
    return f"sigmoid({u})*(1 + {u}*(1 - sigmoid({u})))"


# the softplus class's 2-4-1 network (softplus hidden, sigmoid output, binary cross-entropy)
_SP_D2 = "(a2[0] - y[0])"
_SP_D1 = "(a2[0] - y[0])*W2[0,{j}]*sigmoid(z1[{j}])"

# the ELU class's 3-4-1 network (ELU hidden, linear output, the squared error)
_EL_D2 = "2*(a2[0] - y[0])"
_EL_D1 = f"{_EL_D2}*W2[0,{{j}}]*{_elu1('z1[{j}]')}"

# the Russian script's 3-4-1 network (leaky ReLU hidden, sigmoid output, the mean squared error)
_LK_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_LK_D1 = f"{_LK_D2}*W2[0,{{j}}]*{_leaky('z1[{j}]')}"

# the Italian script's 3-4-3-1 network (leaky ReLU, SiLU, sigmoid output, half the squared error)
_SW_D3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"


def _sw_d2(k) -> str:
    return f"{_SW_D3}*W3[0,{k}]*{_silu(f'z2[{k}]')}"


def _sw_back1(j) -> str:
    """dE/d(a1[j]): the sum over the swish layer."""
    return "(" + " + ".join(f"{_sw_d2(k)}*W2[{k},{j}]" for k in range(3)) + ")"


def _sw_d1(j) -> str:
    return f"{_sw_back1(j)}*{_leaky(f'z1[{j}]')}"


# the MNIST script's 4-3-3-3 network (two ELU layers, softmax output, cross-entropy)
def _hm_d3(k) -> str:
    return f"(a3[{k}] - t[{k}])"


def _hm_d2(j) -> str:
    return "(" + " + ".join(f"W3[{k},{j}]*{_hm_d3(k)}" for k in range(3)) + f")*{_elu1(f'z2[{j}]')}"


def _hm_d1(i) -> str:
    return "(" + " + ".join(f"W2[{j},{i}]*{_hm_d2(j)}" for j in range(3)) + f")*{_elu1(f'z1[{i}]')}"


# the German function's 3-4-3-3 network (two softplus layers, softmax output, cross-entropy)
def _de_d3(k) -> str:
    return f"(a3[{k}] - t[{k}])/1"


def _de_d2(j) -> str:
    return "(" + " + ".join(f"W3[{k},{j}]*{_de_d3(k)}" for k in range(3)) + f")*sigmoid(z2[{j}])"


def _de_d1(i) -> str:
    return "(" + " + ".join(f"W2[{j},{i}]*{_de_d2(j)}" for j in range(3)) + f")*sigmoid(z1[{i}])"


def _rows(pairs) -> tuple:
    return tuple({"p": p, "m": m} for p, m in pairs)


# the exercises' 4-3-1 network (ReLU hidden, sigmoid output, binary cross-entropy)
_EX_D2 = "(a2[0] - y[0])"
_EX_D1 = "(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"


# the three-leaky-layer classifier's 2-3-3-2-1 network (leaky ReLU x3, sigmoid output, binary cross-entropy)
_LR_D4 = "(a4[0] - y[0])"


def _lr_d3(c) -> str:
    return f"{_LR_D4}*W4[0,{c}]*{_leaky(f'z3[{c}]')}"


def _lr_d2(j) -> str:
    return "(" + " + ".join(f"W3[{c},{j}]*{_lr_d3(c)}" for c in range(2)) + f")*{_leaky(f'z2[{j}]')}"


def _lr_back1(i) -> str:
    return "(" + " + ".join(f"W2[{j},{i}]*{_lr_d2(j)}" for j in range(3)) + ")"


ENTRIES = [
    # ---- the softplus XOR class (eight-space indentation): Ng's d names on rows, a softplus_derivative of the
    # sums, the rate self.lr before the product ----------------------------------------------------------------------
    Public("s94-sp-dz2", _SP, "b194_sp", "b194_sp", "        dZ2 = (self.A2 - y) / m", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_SP_D2}/1",)),), batch=194,
           why="the binary cross-entropy's mean through the sigmoid output (its comment)"),
    Public("s94-sp-dw2", _SP, "b194_sp", "b194_sp", "        dW2 = np.dot(self.A1.T, dZ2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_SP_D2}",), _J4),), batch=194),
    Public("s94-sp-db2", _SP, "b194_sp", "b194_sp", "        db2 = np.sum(dZ2, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_SP_D2,)),), batch=194),
    Public("s94-sp-da1", _SP, "b194_sp", "b194_sp", "        dA1 = np.dot(dZ2, self.W2.T)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=194,
           why="dL/d(hidden output j), a value"),
    Public("s94-sp-dz1", _SP, "b194_sp", "b194_sp", "        dZ1 = dA1 * softplus_derivative(self.Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_SP_D1,), _J4),), batch=194,
           why="softplus_derivative(x) = 1 / (1 + np.exp(-x)), the logistic of the sums: softplus's slope"),
    Public("s94-sp-dw1", _SP, "b194_sp", "b194_sp", "        dW1 = np.dot(X.T, dZ1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SP_D1}",), _J4I2),), batch=194),
    Public("s94-sp-w2", _SP, "b194_sp", "b194_sp", "        self.W2 -= self.lr * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_SP_D2}",), _J4),), batch=194),
    Public("s94-sp-b1", _SP, "b194_sp", "b194_sp", "        self.b1 -= self.lr * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_SP_D1}",), _J4),), batch=194),
    # ---- the ELU regression class (eight-space indentation): trailing # comments, a division by batch_size, a
    # reshape; its first dLdyhat the RSS's derivative missing its 2 -------------------------------------------------
    Public("s94-el-dy", _EL, "b194_el", "b194_el",
           "        dLdyhat = self.y_pred - y_true # dim: output_dim x batch_size", ((W,),),
           (Twin("value", _EL_D2, ("a2[0] - y[0]",)),), batch=194,
           why="under the comment # RSS Cost Function Derivative: rss = sum((y_true - y_pred)^2), whose derivative by "
               "the prediction is 2 (y_pred - y_true); the code drops the 2 (the page's slip; the line is then "
               "overwritten by the Poisson deviance's, left out)"),
    Public("s94-el-dz2", _EL, "b194_el", "b194_el",
           "        dLdz2 = dLdyhat # because dYhatdz2 is an identity matrix, derivative of linear activation function",
           ((C,),), (Twin("gradient_z", "z2[0]", (_EL_D2,)),), batch=194,
           why="the output is linear: the gradient by its sum is the gradient by the output, dLdyhat as named"),
    Public("s94-el-dw2", _EL, "b194_el", "b194_el",
           "        self.dLdW2 = (self.a1.T @ dLdz2) / batch_size  # dim: batch_size x hidden_dim", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_EL_D2}/1",), _J4),), batch=194),
    Public("s94-el-db2", _EL, "b194_el", "b194_el",
           "        self.db2 = np.sum(dLdz2, axis=0) / batch_size  # Shape: (1, output_dim) # untouched", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_EL_D2}/1",)),), batch=194),
    Public("s94-el-da1", _EL, "b194_el", "b194_el",
           "        dLda1 = np.matmul(np.array(dLdz2).reshape(-1,1), self.W2.T)", ((C,),),
           (Twin("value", f"{_EL_D2}*W2[0,{{j}}]", (f"{_EL_D2}*W2[0,{{j}}]",), _J4),), batch=194,
           why="dL/d(hidden output j), a value: the output gradients as a column times W2's transpose"),
    Public("s94-el-dz1", _EL, "b194_el", "b194_el", "        dLdz1 = dLda1 * elu_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_EL_D1,), _J4),), batch=194,
           why="elu_derivative(x, alpha=1): 1 where x >= 0, alpha exp(x) below, of the sums"),
    Public("s94-el-dw1", _EL, "b194_el", "b194_el", "        self.dLdW1 = (X.T @ dLdz1) / batch_size", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_EL_D1}/1",), _J4I3),), batch=194),
    Public("s94-el-w1", _EL, "b194_el", "b194_el", "        self.W1 -= self.lr * self.dLdW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_EL_D1}",), _J4I3),), batch=194),
    # ---- the Russian sensor script (its code commented out with "# ": the lines taken after that prefix, with
    # their twelve-space indentation): long names, columns, a leaky_relu_derivative of the sums; d_output without
    # the MSE's 2 and the sigmoid's slope ---------------------------------------------------------------------------
    Public("s94-lk-do", _LK, "b194_lk", "b194_lk", "            d_output = output - y_batch", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=194,
           why="the loss is np.mean((output - y_batch) ** 2) after a sigmoid: the gradient by the output's sum is "
               "2 (output - y) output (1 - output); the code writes the cross-entropy's a - y (the page's slip)"),
    Public("s94-lk-dw2", _LK, "b194_lk", "b194_lk", "            d_weights_hidden1_to_output = np.dot(d_output, hidden1.T)",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_LK_D2}*a1[{{j}}]",), _J4),), batch=194,
           why="in d_output as named (the output sum's gradient)"),
    Public("s94-lk-db2", _LK, "b194_lk", "b194_lk",
           "            d_bias_hidden_to_output = np.sum(d_output, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_LK_D2,)),), batch=194),
    Public("s94-lk-dh", _LK, "b194_lk", "b194_lk",
           "            d_hidden1 = np.dot(weights_hidden1_to_output.T, d_output) * leaky_relu_derivative(hidden1_raw)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_LK_D1,), _J4),), batch=194,
           why="leaky_relu_derivative(x, alpha=0.01) = np.where(x > 0, 1, alpha), of the sums"),
    Public("s94-lk-dw1", _LK, "b194_lk", "b194_lk", "            d_weights_input_to_hidden1 = np.dot(d_hidden1, x_batch.T)",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_LK_D1}*x[{{i}}]",), _J4I3),), batch=194),
    Public("s94-lk-db1", _LK, "b194_lk", "b194_lk",
           "            d_bias_input_to_hidden1 = np.sum(d_hidden1, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_LK_D1,), _J4),), batch=194),
    # ---- the Italian swish script (four-space indentation, trailing # comments, some naming the wrong layer): the
    # d_ names minus the gradients, += steps; relu_derivative under the leaky ReLU layer --------------------------
    Public("s94-sw-di3", _SW, "b194_sw", "b194_sw",
           "    d_inter_3 = error * sigmoid_derivative(activate_3)  # Derivative of the sigmoid", ((C,),),
           (Twin("value", f"-({_SW_D3})", ("(y[0] - a3[0])*a3[0]*(1 - a3[0])",)),), batch=194,
           why="minus half the squared error's gradient by the output's sum: sigmoid_derivative(x) = x (1 - x) of "
               "the output"),
    Public("s94-sw-dw3", _SW, "b194_sw", "b194_sw",
           "    d_weight_3 = np.dot(activate_2.T, d_inter_3)  # Gradient for W2", ((C,),),
           (Twin("value", f"-(a2[{{k}}]*{_SW_D3})", (f"a2[{{k}}]*(-({_SW_D3}))",), _K3),), batch=194,
           why="minus W3's gradient (w3 input-first; the comment names W2, a comment's slip, not the formula's)"),
    Public("s94-sw-da2", _SW, "b194_sw", "b194_sw",
           "    d_activate_2 = np.dot(d_inter_3, w3.T)  # Propagate error to hidden layer", ((C,),),
           (Twin("value", f"-({_SW_D3}*W3[0,{{k}}])", (f"(-({_SW_D3}))*W3[0,{{k}}]",), _K3),), batch=194,
           why="minus dE/d(swish output k), a value"),
    Public("s94-sw-di2", _SW, "b194_sw", "b194_sw",
           "    d_inter_2 = d_activate_2 * swish_derivative(inter_2)  # Derivative of swish", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"-({_sw_d2(k)})", f"(-({_SW_D3}*W3[0,{k}]))*{_silu(f'z2[{k}]')}")
                                                for k in range(3))),), batch=194,
           why="swish_derivative(x) = sig + x sig (1 - sig), sig = sigmoid(x): SiLU's slope, of the sums"),
    Public("s94-sw-dw2", _SW, "b194_sw", "b194_sw",
           "    d_weight_2 = np.dot(activate_1.T, d_inter_2)  # Gradient for W2", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"-(a1[{j}]*{_sw_d2(k)})", f"a1[{j}]*(-({_sw_d2(k)}))")
                                                for k in range(3) for j in range(4))),), batch=194,
           why="minus W2's gradient (w2 input-first)"),
    Public("s94-sw-di1", _SW, "b194_sw", "b194_sw",
           "    d_inter_1 = d_activate_1 * relu_derivative(inter_1)  # Derivative of ReLU", ((W,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"-({_sw_d1(j)})", f"(-{_sw_back1(j)})*Heaviside(z1[{j}])")
                                                for j in range(4))),), batch=194,
           why="the first layer is leaky_relu (alpha=0.01): its slope is alpha where inter_1 <= 0; relu_derivative(x) "
               "= x > 0 gives 0 there (the page's slip: ReLU's slope under a leaky ReLU layer)"),
    Public("s94-sw-w1", _SW, "b194_sw", "b194_sw", "    w1 += learning_rate * d_weight_1", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] + eta*(-(x[{i}]*{_sw_d1(j)}))")
                                                 for j in range(4) for i in range(3))),), batch=194,
           why="d_weight_1 minus W1's gradient as named: += is the descent step"),
    Public("s94-sw-b3", _SW, "b194_sw", "b194_sw", "    b3 += learning_rate * d_bias_3", ((C,),),
           (Twin("update", "b3[0]", (f"b3[0] + eta*(-({_SW_D3}))",)),), batch=194),
    # ---- the MNIST script (sixteen-space indentation inside the sample loop, twelve for the minibatch's step):
    # .dot on columns, an elu_derivative(z, alpha) of the sums, eta / m before the sums ------------------------------
    Public("s94-hm-e4", _HM, "b194_hm", "b194_hm", "                error4 = (a4 - y[:, [i]])", ((C,),),
           (Twin("gradient_z", "z3[{k}]", ("(a3[{k}] - t[{k}])",), _K3),), batch=194,
           why="the cross-entropy through the softmax output"),
    Public("s94-hm-e3", _HM, "b194_hm", "b194_hm",
           "                error3 = w34.T.dot(error4) * elu_derivative(z3, alpha)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z2[{j}]", _hm_d2(j)) for j in range(3))),), batch=194),
    Public("s94-hm-e2", _HM, "b194_hm", "b194_hm",
           "                error2 = w23.T.dot(error3) * elu_derivative(z2, alpha)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{i}]", _hm_d1(i)) for i in range(3))),), batch=194),
    Public("s94-hm-w34", _HM, "b194_hm", "b194_hm", "            w34 -= eta / m * grad4", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W3[{k},{j}]", f"W3[{k},{j}] - eta/1*{_hm_d3(k)}*a2[{j}]")
                                                 for k in range(3) for j in range(3))),), batch=194,
           why="grad4 the minibatch's sum of error4.dot(a3.T), one sample here"),
    Public("s94-hm-w23", _HM, "b194_hm", "b194_hm", "            w23 -= eta / m * grad3", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W2[{j},{i}]", f"W2[{j},{i}] - eta/1*{_hm_d2(j)}*a1[{i}]")
                                                 for j in range(3) for i in range(3))),), batch=194),
    Public("s94-hm-w12", _HM, "b194_hm", "b194_hm", "            w12 -= eta / m * grad2", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{i},{q}]", f"W1[{i},{q}] - eta/1*{_hm_d1(i)}*x[{q}]")
                                                 for i in range(3) for q in range(4))),), batch=194),
    Public("s94-hm-b34", _HM, "b194_hm", "b194_hm", "            b34 -= eta / m * errortot4", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"b3[{k}]", f"b3[{k}] - eta/1*{_hm_d3(k)}") for k in range(3))),),
           batch=194, why="errortot4 the minibatch's sum of error4"),
    Public("s94-hm-b12", _HM, "b194_hm", "b194_hm", "            b12 -= eta / m * errortot2", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"b1[{i}]", f"b1[{i}] - eta/1*{_hm_d1(i)}") for i in range(3))),),
           batch=194),
    # ---- the German backward function: @ on rows, grads['dW3'] on the left, softplus_derivative of the sums --------
    Public("s94-de-d3", _DE, "b194_de", "b194_de", "        delta3 = (a3 - y_true) / n", ((C,),),
           (Twin("gradient_z", "z3[{k}]", ("(a3[{k}] - t[{k}])/1",), _K3),), batch=194,
           why="the cross-entropy's mean through the softmax (its comment: Cross-Entropy + Softmax)"),
    Public("s94-de-dw3", _DE, "b194_de", "b194_de", "    grads['dW3'] = a2.T @ delta3", ((C,),),
           (Twin("gradient", "W3[{k},{j}]", ("a2[{j}]*(a3[{k}] - t[{k}])/1",), _K3J3),), batch=194),
    Public("s94-de-db3", _DE, "b194_de", "b194_de", "    grads['db3'] = np.sum(delta3, axis=0, keepdims=True)",
           ((C,),), (Twin("gradient", "b3[{k}]", ("(a3[{k}] - t[{k}])/1",), _K3),), batch=194),
    Public("s94-de-d2", _DE, "b194_de", "b194_de", "    delta2 = (delta3 @ W3.T) * softplus_derivative(z2)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z2[{j}]", _de_d2(j)) for j in range(3))),), batch=194),
    Public("s94-de-dw2", _DE, "b194_de", "b194_de", "    grads['dW2'] = a1.T @ delta2", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _rows((f"W2[{j},{i}]", f"a1[{i}]*{_de_d2(j)}")
                                                   for j in range(3) for i in range(4))),), batch=194),
    Public("s94-de-d1", _DE, "b194_de", "b194_de", "    delta1 = (delta2 @ W2.T) * softplus_derivative(z1)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{i}]", _de_d1(i)) for i in range(4))),), batch=194),
    Public("s94-de-dw1", _DE, "b194_de", "b194_de", "    grads['dW1'] = a0.T @ delta1", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _rows((f"W1[{i},{q}]", f"x[{q}]*{_de_d1(i)}")
                                                   for i in range(4) for q in range(3))),), batch=194),
    Public("s94-de-db1", _DE, "b194_de", "b194_de", "    grads['db1'] = np.sum(delta1, axis=0, keepdims=True)",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _rows((f"b1[{i}]", _de_d1(i)) for i in range(4))),),
           batch=194),
    # ---- the exercises: Q4's inline LaTeX ($...$ taken alone from its sentence), Q5's answer (code on rows, no
    # indentation), Q6's comment line ----------------------------------------------------------------------------------
    Public("s94-ex-mse", _EX, "b194_exm", "b194_exm",
           "$\\partial \\mathcal{L}_{\\text{MSE}} / \\partial z = -2(y - \\hat{y}) \\cdot \\hat{y}(1 - \\hat{y})$",
           ((C,),), (Twin("gradient_z", "z2[0]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=194,
           why="the mean squared error of one output through the sigmoid"),
    Public("s94-ex-bce", _EX, "b194_ex", "b194_exb", "$\\partial \\mathcal{L}_{\\text{BCE}} / \\partial z = \\hat{y} - y$",
           ((C,),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=194),
    Public("s94-ex-dz2", _EX, "b194_ex", "b194_ex", "dz2 = y_pred - y", ((C,),),
           (Twin("gradient_z", "z2[0]", (_EX_D2,)),), batch=194),
    Public("s94-ex-dw2", _EX, "b194_ex", "b194_ex", "dW2 = np.dot(a1.T, dz2) / X.shape[0]", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_EX_D2}/1",), _J3),), batch=194),
    Public("s94-ex-da1", _EX, "b194_ex", "b194_ex", "da1 = np.dot(dz2, W2.T)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J3),), batch=194,
           why="dL/d(hidden output j), a value"),
    Public("s94-ex-dz1", _EX, "b194_ex", "b194_ex", "dz1 = da1 * (z1 > 0).astype(float)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_EX_D1,), _J3),), batch=194,
           why="ReLU's slope as a comparison cast to floats"),
    Public("s94-ex-dw1", _EX, "b194_ex", "b194_ex", "dW1 = np.dot(X.T, dz1) / X.shape[0]", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_EX_D1}/1",), _J3I4),), batch=194),
    Public("s94-ex-elu", _EX, "b194_exe", "b194_exe", "dz1 = da1 * elu_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"(a2[0] - y[0])*W2[0,{{j}}]*{_elu1('z1[{j}]')}",), _J3),), batch=194,
           why="Q6's answer, from the comment line # In backward: ... of its code block (the formula taken alone): elu_derivative(z, alpha=1.0) = np.where(z > 0, 1.0, "
               "alpha * np.exp(z)), of the sums"),
    # ---- the three-leaky-layer classifier (its commented-out functions: the lines taken after the "# " prefix, with
    # their four-space indentation): network[3]['W'].T, / m, a leaky_relu_derivative given the layers' OUTPUTS ----
    Public("s94-lr-dz4", _LR, "b194_lr", "b194_lr", "    dz4 = a4 - y.reshape(-1, 1)", ((C,),),
           (Twin("gradient_z", "z4[0]", (_LR_D4,)),), batch=194,
           why="the binary cross-entropy through the sigmoid output"),
    Public("s94-lr-dw4", _LR, "b194_lr", "b194_lr", "    dw4 = np.dot(a3.T, dz4) / m", ((C,),),
           (Twin("gradient", "W4[0,{c}]", (f"a3[{{c}}]*{_LR_D4}/1",), tuple({"c": c} for c in range(2))),),
           batch=194),
    Public("s94-lr-db4", _LR, "b194_lr", "b194_lr", "    db4 = np.sum(dz4, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b4[0]", (f"{_LR_D4}/1",)),), batch=194),
    Public("s94-lr-da3", _LR, "b194_lr", "b194_lr", "    da3 = np.dot(dz4, network[3]['W'].T)", ((C,),),
           (Twin("value", f"{_LR_D4}*W4[0,{{c}}]", (f"{_LR_D4}*W4[0,{{c}}]",), tuple({"c": c} for c in range(2))),),
           batch=194, why="dL/d(third hidden layer's output c), a value"),
    Public("s94-lr-dz3", _LR, "b194_lr", "b194_lr", "    dz3 = da3 * leaky_relu_derivative(a3)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z3[{c}]", f"{_LR_D4}*W4[0,{c}]*{_leaky(f'a3[{c}]')}")
                                                      for c in range(2))),), batch=194,
           why="the slope taken at the OUTPUT a3, where it wants the sum: right all the same, a leaky ReLU's output "
               "having its sum's sign (alpha > 0), so np.where(a3 > 0, 1, alpha) is np.where(z3 > 0, 1, alpha)"),
    Public("s94-lr-dw3", _LR, "b194_lr", "b194_lr", "    dw3 = np.dot(a2.T, dz3) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _rows((f"W3[{c},{j}]", f"a2[{j}]*{_lr_d3(c)}/1")
                                                   for c in range(2) for j in range(3))),), batch=194),
    Public("s94-lr-dz1", _LR, "b194_lr", "b194_lr", "    dz1 = da1 * leaky_relu_derivative(a1)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{i}]", f"{_lr_back1(i)}*{_leaky(f'a1[{i}]')}")
                                                      for i in range(3))),), batch=194,
           why="the slope at the outputs a1, right as dz3's (the output keeps the sum's sign)"),
    Public("s94-lr-dw1", _LR, "b194_lr", "b194_lr", "    dw1 = np.dot(x.T, dz1) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _rows((f"W1[{i},{q}]", f"x[{q}]*{_lr_back1(i)}*{_leaky(f'z1[{i}]')}/1")
                                                   for i in range(3) for q in range(2))),), batch=194),
]
