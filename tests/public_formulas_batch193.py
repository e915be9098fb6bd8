r"""Batch 193 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 addresses no earlier batch used (the code corpus, with this batch's emphasis on activations other
than the logistic written by hand, tanh and ReLU hidden layers, tanh and linear outputs, the binary cross-entropy;
every address a stored file whose repository the index does not name): a planar-data script commented in Chinese
(stored file 17199946270: Ng's tanh-sigmoid backward pass with 1.0 / m before the product), a snake game's
NeuroNetwork class (stored file 53788218625: np.outer, a mean squared error over the outputs with len(target), a
linear output, typos in its updates), an XOR MLP with momentum commented in French (stored file 68319891460: ReLU
hidden units, a sigmoid output under the binary cross-entropy, @ on rows), Chinese interview notes on an MLP
regression network (stored file 41951571445: $$ displays over three lines with \mathcal{L}, \text{ReLU}'(Z_1) and a
\cdot for the entrywise product, then the same network's code), a Polish script's CapsuleSleep class (stored file
55723616613: tanh hidden units, a sigmoid output, .mean(axis=0, keepdims=True) for the biases), a Russian
image-compactness script (stored file 28406133648: sigmoid hidden units under a TANH output, two slips) and a Polish
regression exercise's NeuralNetwork class (stored file 10919292771: tanh hidden units, a linear output, a
tanh_derivative of the sums given the outputs). Copied verbatim, typos and mistakes included (the JSON-escaped text
of the stored files decoded), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: code names of rows transposed, "dZ1"
= "grad(z1[:]).T"; helpers declared "relu' at input" where they take the sums, "tanh' at output" where they compute
1 - x ** 2 of what they are given, "tanh' at input" where they compute 1 - tanh(z) ** 2; the snake class's d_hidden
the hidden sums' gradient, the meaning d_w1 uses once d_hidden *= relu_derivative(...) has run; len(target) the
number of outputs, y_true.shape[0] the number of samples; the notes' \mathcal{L} the loss, n and m the number of
samples), a network of the kind the page describes (with the page's rates: 0.001, 0.001, 0.1, 0.01, 0.5, 0.01,
0.01; all in tests/public_formulas_batch193_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's error or gradient by an
output (output_error, dL/dY_hat), a gradient by the hidden outputs (da1, dA1, d_a1, z1_error) are twinned as
values, as in batches 14 to 192. Formulas keep their page's delimiters and what surrounds them on their line (a code
line's indentation and trailing # comment; the notes' $$ on the lines above and below, with the display's leading
space); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 193

The batch: 51 formulas from 7 addresses (the Chinese planar script 8, the snake class 6, the XOR MLP 5, the
regression notes 8, the Polish capsule class 8, the Russian script 8, the Polish regression class 8). 4 are in LaTeX
($$ displays of the notes), 47 in code (Python/NumPy). By kind: 13 gradients of weight matrices, 6 of biases, 13 of
sums (deltas), 7 values (an output's or the hidden outputs' gradient), 12 updates (one mistyped; rates by name,
before and after the product, and one written as a number).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the Russian script's ru-dz2, dZ2 = 2 * (y_pred - y_true) / y_true.shape[0]: the output is tanh(Z2), so the gradient
  by the output's sum needs tanh's slope 1 - output^2; the code writes the mean squared error's gradient by the
  output;
- the Russian script's ru-dz1, dZ1 = dA1 * self.tanh_derivative(self.A1): tanh_derivative(x) = 1 - x ** 2, tanh's
  slope, where the hidden units are sigmoids (self.A1 = self.sigmoid(self.Z1): the slope is A1 (1 - A1));
- the Polish regression class's pl-zd, self.z1_delta = self.z1_error * self.tanh_derivative(self.a1):
  tanh_derivative(z) = 1 - np.tanh(z) ** 2 wants the sums and is given the outputs, 1 - tanh(a1)^2 where the slope
  is 1 - a1^2 (tanh applied twice);
- mistyped (unreadable): the snake class's sn-w1, self.W1 -= learning_rate * d_W1: self.W1 and d_W1 in capitals,
  where the class names self.w1 and d_w1 (an AttributeError in Python; unreadable="self.W1").

Not mistaken, though they look it: the Russian script's dW2, db2, dA1, dW1 and its updates after the wrong dZ2 and
dZ1 (Ng's d names: right as written in them), and the Polish class's W1 and b1 updates after its wrong z1_delta
(z1_delta names the hidden sums' gradient); the snake class's d_w1 after the d_hidden *= line (d_hidden then the
sums' gradient); the notes' dL/dW_2 = A_1^T dL/dY_hat (Y_hat = Z_2, a linear output: the derivative by the output
is the sum's); the capsule class's d_z2 = (a2 - y) a2 (1 - a2) with no loss written (half the squared error's, the
network's loss here); the planar script's and the capsule class's tanh slope 1 - A1^2 of the outputs.

What was left out: the planar script's forward pass, cost and the grads dictionaries; the snake class's d_hidden =
np.dot(d_output, self.w2.T) (a name whose meaning changes on the next line, d_hidden *= ...), that *= line, its
d_b1 - d_hidden (no assignment: a slip, and not a formula), the update of b1 through that never-assigned d_b1 and of
W2 (the same capitals as sn-w1); the XOR MLP's self.db2, self.db1 (each written over five lines) and its momentum
updates (self.vW1 = (\n self.momentum * self.vW1\n - self.lr * self.dW1\n ), then self.W1 += self.vW1: a velocity
over several steps, which no problem file's one step holds beyond the first, and each written over several lines);
the notes' forward displays, the loss, dL/db_2 and dL/db_1 (a \sum with no index), the cases display of ReLU', and
the code's dW2, db2, dZ1 (the displays' twins) and the W1, W2, b2 updates; the capsule class's plasticity updates
(self.W2 -= lr * dW2 * self.plast_W2: a mask no problem file holds) and its other plain updates; the Russian script's
other updates; the Polish class's training loops. Pages read and not taken: a leaky-ReLU Q-network class (stored
file 13015515336: its formulas were transcribed, with a slip, grad_wo taken of the hidden sums self.HO, and dropped
before the commit because the oracle's PyTorch forward pass (tests/test_check_seeds.py's _torch_activation) has no
leaky_relu: KeyError 'leaky_relu'), a C++ layer library (stored file 48073225686: its backward passes act on an
upstream gradient with no network), a layered Adam class with gradient clipping (stored file 43225216566: clipped
gradients and Adam's step), a leaky-ReLU class with weight decay in its gradients (stored file 55456817950: the
oracle has no leaky ReLU), and the many Ng-template copies the search finds.

Collected on 2026-12-08 (02:41 to 02:48 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all loaded as first written. The oracle's first run found the leaky-ReLU page's network unknown to it (the page
dropped, above) and one twin of mine wrong: mr-cb1, self.b1 -= 0.01 * db1, twinned with the literal 0.01 where the
oracle draws the rate (twinned with eta, as batch 150 twins its literal 0.1: the twin's slip, not the expectation);
every verdict passed after, as first expected (50 entries and the batch's checks; the mistyped entry has none).

Run blind at main 50bd139 (/work/READY_FOR_BLIND68, which held main's tip when the collection began: the branch
started there, so no rebase was run; git diff 50bd139 HEAD -- src empty), with nothing under src/ changed. The
first run (/work/batch193_blind.txt): 49 of 51 read with every verdict right (96%), 1 refused, 1 typo refused, no
typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. The refusal is the reader's, not a slip of the
notation or a twin, so the batch was run once; tests/test_public_formulas_held_out.py -k "b193-" passed, check's
never-wrong-called-correct test included.

Of the 3 mistaken formulas, all 3 were read with their wrong member called wrong: ru-dz2 (the tanh output's slope
missing), ru-dz1 (tanh's 1 - x ** 2 under sigmoid hidden units), pl-zd (1 - tanh(a1)^2 of the outputs). By page:
the Chinese planar script 8 of 8, the snake class 5 of 6 (and its typo refused), the XOR MLP 5 of 5, the regression
notes 8 of 8, the Polish capsule class 7 of 8, the Russian script 8 of 8, the Polish regression class 8 of 8.

The refusals by construct, with the exact message:

- .mean(axis=0, keepdims=True) of a one-entry row: cs-db2, "formula 'db2 = d_z2.mean(axis=0, keepdims=True)':
  mean(d_{z2}, axis) of one number per sample: what it averages over (the samples, or the sample's one entry) is
  unknown here; write mean(d_{z2}) for the mean over the samples" (the same class's db1 = d_z1.mean(axis=0,
  keepdims=True), of a three-entry row, was read);
- the typo: sn-w1, "formula 'self.W1 -= learning_rate * d_W1': unknown symbol self.W1; the notation knows d, len,
  len(target), output, self.a1, self.b1, self.b2, self.w1; give it the quantity of symbols.md it stands for in the
  notation's [notation.symbols] ("self.W1" = ...), or, where its dot is a product, write self*W1" (naming it).

Read, among the constructs these pages brought: Ng's backward pass with 1.0 / m before np.dot and a comment-free
update W1 = W1 - learning_rate * dW1; np.outer with len(target) and trailing # comments; @ on rows with self.
gradients; $$ displays over three lines with \mathcal{L}, A_1^T, \text{ReLU}'(Z_1) and \cdot for the entrywise
product; an update with the rate as a number (0.01); .mean(axis=0, keepdims=True) of a many-entry row; tanh's slope
helpers declared at the output and at the input, and their slips (ru-dz1, pl-zd called wrong); a tanh output's
missing slope (ru-dz2 called wrong); y_true.shape[0] as a declared count; updates with the rate after the product.

Which look general: the cs-db2 refusal (a .mean(axis=0) over the samples of a single-output row: code on rows with
one output writes it often, and axis=0 on a row layout names the samples); the typo is the page's own.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch193_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZT = _STORED.format(17199946270, "import numpy as np",
                     "a planar-data script commented in Chinese: Ng's two-layer network with tanh hidden units")
_SN = _STORED.format(53788218625, "import numpy as np ",
                     "a snake game's NeuroNetwork class: ReLU hidden units, a linear output, the mean squared error, "
                     "np.outer")
_XM = _STORED.format(68319891460, "import numpy as np",
                     "an XOR MLP with momentum commented in French, beside a PyTorch twin: ReLU hidden units, a "
                     "sigmoid output, the binary cross-entropy")
_MR = _STORED.format(41951571445, "[TOC]",
                     "interview notes in Chinese, their section MLP回归网络的前向和后向传播: $$ displays, then the "
                     "network's code")

_CS = _STORED.format(55723616613, "\"\"\"",
                     "a Polish script's CapsuleSleep class (capsule_sleep.py): tanh hidden units, a sigmoid output, "
                     "the gradients averaged over the samples")
_RU = _STORED.format(28406133648, "import numpy as np",
                     "a Russian image-compactness script's SimpleNeuralNet: sigmoid hidden units, a tanh output, the "
                     "mean squared error")
_PL = _STORED.format(10919292771, "#!/usr/bin/env python",
                     "a Polish regression exercise's NeuralNetwork class (Dane/dane*.txt): tanh hidden units, a linear "
                     "output, batch and online training")

_J3 = tuple({"j": j} for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4 = tuple({"j": j} for j in range(4))
_K3 = tuple({"k": k} for k in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))


# the planar script's 2-4-1 network (tanh hidden, sigmoid output, binary cross-entropy): dL/dz2, dL/dz1[j]
_ZT_D2 = "(a2[0] - y[0])"
_ZT_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"

# the snake class's 3-4-3 network (ReLU hidden, linear output, the mean squared error over 3 outputs)
_SN_D2 = "2*(a2[{k}] - y[{k}])/3"
_SN_D1 = "(" + " + ".join(f"2*(a2[{k}] - y[{k}])/3*W2[{k},{{j}}]" for k in range(3)) + ")*Heaviside(z1[{j}])"

# the XOR MLP's 2-4-1 network (ReLU hidden, sigmoid output, binary cross-entropy)
_XM_D1 = "(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"

# the regression notes' 3-4-1 network (ReLU hidden, linear output, the squared error of one sample)
_MR_D2 = "2*(a2[0] - y[0])"
_MR_D1 = f"{_MR_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the capsule class's 2-3-1 network (tanh hidden, sigmoid output, half the squared error)
_CS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CS_D1 = f"{_CS_D2}*W2[0,{{j}}]*(1 - a1[{{j}}]**2)"

# the Russian script's 3-4-1 network (sigmoid hidden, tanh output, the squared error of one sample)
_RU_D2 = "2*(a2[0] - y[0])*(1 - a2[0]**2)"
_RU_D1 = f"{_RU_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Polish class's 1-3-1 network (tanh hidden, linear output, half the squared error)
_PL_D1 = "(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"
_J3I1 = tuple({"j": j, "i": 0} for j in range(3))


ENTRIES = [
    # ---- the planar-data script commented in Chinese (four-space indentation): Ng's backward pass with 1.0 / m
    # before the product, then update_parameters ------------------------------------------------------------------
    Public("s93-zt-dz2", _ZT, "b193_zt", "b193_zt", "    dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=193,
           why="the binary cross-entropy through the sigmoid output"),
    Public("s93-zt-dw2", _ZT, "b193_zt", "b193_zt", "    dW2 = 1.0 / m * np.dot(dZ2, A1.T)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"1.0/1*{_ZT_D2}*a1[{{j}}]",), _J4),), batch=193),
    Public("s93-zt-db2", _ZT, "b193_zt", "b193_zt", "    db2 = 1.0 / m * np.sum(dZ2, axis=1, keepdims=True)",
           ((C,),), (Twin("gradient", "b2[0]", (f"1.0/1*{_ZT_D2}",)),), batch=193),
    Public("s93-zt-dz1", _ZT, "b193_zt", "b193_zt", "    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ZT_D1,), _J4),), batch=193,
           why="tanh's slope written of the hidden outputs"),
    Public("s93-zt-dw1", _ZT, "b193_zt", "b193_zt", "    dW1 = 1.0 / m * np.dot(dZ1, X.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1.0/1*{_ZT_D1}*x[{{i}}]",), _J4I2),), batch=193),
    Public("s93-zt-db1", _ZT, "b193_zt", "b193_zt", "    db1 = 1.0 / m * np.sum(dZ1, axis=1, keepdims=True)",
           ((C,),), (Twin("gradient", "b1[{j}]", (f"1.0/1*{_ZT_D1}",), _J4),), batch=193),
    Public("s93-zt-w1", _ZT, "b193_zt", "b193_zt", "    W1 = W1 - learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ZT_D1}*x[{{i}}]",), _J4I2),), batch=193),
    Public("s93-zt-b2", _ZT, "b193_zt", "b193_zt", "    b2 = b2 - learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_ZT_D2}",)),), batch=193),
    # ---- the snake game's NeuroNetwork class (eight-space indentation): np.outer, len(target), trailing #
    # comments; its updates mistyped (self.W1, d_W1 for self.w1, d_w1) ---------------------------------------------
    Public("s93-sn-do", _SN, "b193_sn", "b193_sn",
           "        d_output = 2 * (output- target)/ len(target) #This calculates how each neuron contributed to the "
           "loss ( Gradient)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SN_D2,), _K3),), batch=193,
           why="the mean squared error's gradient over the 3 outputs (len(target)); the output is linear, so by the "
               "output and by its sum alike"),
    Public("s93-sn-dw2", _SN, "b193_sn", "b193_sn", "        d_w2 = np.outer(self.a1,d_output) #The outer product",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_SN_D2}",), _K3J4),), batch=193,
           why="the hidden outputs' column times the output gradient's row: w2 input-first"),
    Public("s93-sn-db2", _SN, "b193_sn", "b193_sn", "        d_b2 = d_output", ((C,),),
           (Twin("gradient", "b2[{k}]", (_SN_D2,), _K3),), batch=193),
    Public("s93-sn-dw1", _SN, "b193_sn", "b193_sn", "        d_w1 = np.outer(x, d_hidden)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SN_D1}",), _J4I3),), batch=193,
           why="d_hidden the hidden sums' gradient once d_hidden *= self.relu_derivative(self.z1) has run"),
    Public("s93-sn-w1", _SN, "b193_sn", "b193_sn", "        self.W1 -= learning_rate * d_W1", unreadable="self.W1",
           batch=193,
           why="self.W1 and d_W1 in capitals where the class names self.w1 and d_w1 (the page's typo: an "
               "AttributeError when it runs)"),
    Public("s93-sn-b2", _SN, "b193_sn", "b193_sn", "        self.b2 -= learning_rate * d_b2", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_SN_D2}",), _K3),), batch=193),
    # ---- the XOR MLP commented in French (eight-space indentation): @ on rows, the binary cross-entropy's mean
    # over m, a relu_derivative of the sums ------------------------------------------------------------------------
    Public("s93-xm-dz2", _XM, "b193_xm", "b193_xm", "        dz2 = (y_pred - y) / m", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])/1",)),), batch=193,
           why="the binary cross-entropy's mean through the sigmoid output"),
    Public("s93-xm-dw2", _XM, "b193_xm", "b193_xm", "        self.dW2 = self.a1.T @ dz2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])",), _J4),), batch=193),
    Public("s93-xm-da1", _XM, "b193_xm", "b193_xm", "        da1 = dz2 @ self.W2.T", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=193,
           why="dL/d(hidden output j), a value"),
    Public("s93-xm-dz1", _XM, "b193_xm", "b193_xm", "        dz1 = da1 * relu_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_XM_D1,), _J4),), batch=193),
    Public("s93-xm-dw1", _XM, "b193_xm", "b193_xm", "        self.dW1 = X.T @ dz1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_XM_D1}",), _J4I2),), batch=193),
    # ---- the regression notes: $$ displays over three lines (a leading space before the formula), \mathcal{L},
    # A_1^T, \text{ReLU}'(Z_1) with \cdot the entrywise product; then the code's lines (eight-space indentation) ----
    Public("s93-mr-dy", _MR, "b193_mr", "b193_mr",
           "$$\n \\frac{\\partial \\mathcal{L}}{\\partial \\hat{Y}} = \\frac{2}{n} (\\hat{Y} - Y)\n$$", ((C,),),
           (Twin("value", _MR_D2, ("2/1*(a2[0] - y[0])",)),), batch=193,
           why="the mean squared error's derivative by the output (n samples, one here), a value"),
    Public("s93-mr-w2", _MR, "b193_mr", "b193_mr",
           "$$\n \\frac{\\partial \\mathcal{L}}{\\partial W_2} = A_1^T \\frac{\\partial \\mathcal{L}}{\\partial \\hat{Y}}"
           "\n$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_MR_D2}",), _J4),), batch=193,
           why="Y_hat = Z_2, a linear output: the derivative by the output is the sum's"),
    Public("s93-mr-z1", _MR, "b193_mr", "b193_mr",
           "$$\n \\frac{\\partial \\mathcal{L}}{\\partial Z_1} = \\frac{\\partial \\mathcal{L}}{\\partial A_1} \\cdot "
           "\\text{ReLU}'(Z_1)\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MR_D1,), _J4),), batch=193,
           why="\\cdot the entrywise product of two rows; \\text{ReLU}' the ReLU's slope"),
    Public("s93-mr-w1", _MR, "b193_mr", "b193_mr",
           "$$\n \\frac{\\partial \\mathcal{L}}{\\partial W_1} = X^T \\frac{\\partial \\mathcal{L}}{\\partial Z_1}\n$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_MR_D1}",), _J4I3),), batch=193),
    Public("s93-mr-cdz2", _MR, "b193_mr", "b193_mr", "        dZ2 = (2/m) * (self.Y_hat - Y)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("2/1*(a2[0] - y[0])",)),), batch=193),
    Public("s93-mr-cda1", _MR, "b193_mr", "b193_mr", "        dA1 = dZ2.dot(self.W2.T)", ((C,),),
           (Twin("value", f"{_MR_D2}*W2[0,{{j}}]", (f"{_MR_D2}*W2[0,{{j}}]",), _J4),), batch=193,
           why="dL/d(hidden output j), a value"),
    Public("s93-mr-cdw1", _MR, "b193_mr", "b193_mr", "        dW1 = X.T.dot(dZ1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_MR_D1}",), _J4I3),), batch=193),
    Public("s93-mr-cb1", _MR, "b193_mr", "b193_mr", "        self.b1 -= 0.01 * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_MR_D1}",), _J4),), batch=193,
           why="the rate written as a number, the problem file's 0.01 (twinned with eta, as batch 150 twins its 0.1)"),
    # ---- the Polish capsule class (eight-space indentation in _grads, more in train): @ on rows, / m after the
    # product, .mean(axis=0, keepdims=True) for the biases, tanh's slope of the outputs ------------------------------
    Public("s93-cs-dz2", _CS, "b193_cs", "b193_cs", "        d_z2 = (self.a2 - y) * (self.a2 * (1 - self.a2))",
           ((C,),), (Twin("gradient_z", "z2[0]", (_CS_D2,)),), batch=193,
           why="half the squared error through the sigmoid output (the class writes no loss; this is the one whose "
               "gradient it is)"),
    Public("s93-cs-dw2", _CS, "b193_cs", "b193_cs", "        dW2 = self.a1.T @ d_z2 / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_CS_D2}/1",), _J3),), batch=193),
    Public("s93-cs-db2", _CS, "b193_cs", "b193_cs", "        db2 = d_z2.mean(axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_CS_D2,)),), batch=193, why="the mean over the samples (one)"),
    Public("s93-cs-da1", _CS, "b193_cs", "b193_cs", "        d_a1 = d_z2 @ self.W2.T", ((C,),),
           (Twin("value", f"{_CS_D2}*W2[0,{{j}}]", (f"{_CS_D2}*W2[0,{{j}}]",), _J3),), batch=193,
           why="dE/d(hidden output j), a value"),
    Public("s93-cs-dz1", _CS, "b193_cs", "b193_cs", "        d_z1 = d_a1 * (1 - self.a1 ** 2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CS_D1,), _J3),), batch=193, why="tanh's slope of the hidden outputs"),
    Public("s93-cs-dw1", _CS, "b193_cs", "b193_cs", "        dW1 = X.T @ d_z1 / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CS_D1}/1",), _J3I2),), batch=193),
    Public("s93-cs-db1", _CS, "b193_cs", "b193_cs", "        db1 = d_z1.mean(axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_CS_D1,), _J3),), batch=193),
    Public("s93-cs-b1", _CS, "b193_cs", "b193_cs", "            self.b1 -= lr * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_CS_D1}",), _J3),), batch=193,
           why="lr the rate (train's lr=0.5)"),
    # ---- the Russian script (eight-space indentation): Ng's d names on rows, np.dot, y_true.shape[0]; two slips,
    # the tanh output's slope missing and tanh's slope under sigmoid hidden units ---------------------------------
    Public("s93-ru-dz2", _RU, "b193_ru", "b193_ru", "        dZ2 = 2 * (y_pred - y_true) / y_true.shape[0]", ((W,),),
           (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])/1",)),), batch=193,
           why="the output is tanh(Z2): the gradient by the sum needs tanh's slope 1 - output^2 (the code's slip: the "
               "mean squared error's gradient by the output, not by its sum)"),
    Public("s93-ru-dw2", _RU, "b193_ru", "b193_ru", "        dW2 = np.dot(self.A1.T, dZ2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_RU_D2}",), _J4),), batch=193,
           why="dZ2 the output sum's gradient, as named: right as written in it"),
    Public("s93-ru-db2", _RU, "b193_ru", "b193_ru", "        db2 = np.sum(dZ2, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_RU_D2,)),), batch=193),
    Public("s93-ru-da1", _RU, "b193_ru", "b193_ru", "        dA1 = np.dot(dZ2, self.W2.T)", ((C,),),
           (Twin("value", f"{_RU_D2}*W2[0,{{j}}]", (f"{_RU_D2}*W2[0,{{j}}]",), _J4),), batch=193,
           why="dL/d(hidden output j), a value, in dZ2 as named"),
    Public("s93-ru-dz1", _RU, "b193_ru", "b193_ru", "        dZ1 = dA1 * self.tanh_derivative(self.A1)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_RU_D2}*W2[0,{{j}}]*(1 - a1[{{j}}]**2)",), _J4),), batch=193,
           why="tanh_derivative(x) = 1 - x ** 2 of the hidden outputs: tanh's slope, where the hidden units are "
               "sigmoids (self.A1 = self.sigmoid(self.Z1): the slope is A1 (1 - A1); the code's slip)"),
    Public("s93-ru-dw1", _RU, "b193_ru", "b193_ru", "        dW1 = np.dot(X.T, dZ1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RU_D1}",), _J4I3),), batch=193,
           why="dZ1 the hidden sums' gradient, as named"),
    Public("s93-ru-w1", _RU, "b193_ru", "b193_ru", "        self.W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_RU_D1}",), _J4I3),), batch=193),
    Public("s93-ru-b2", _RU, "b193_ru", "b193_ru", "        self.b2 -= learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_RU_D2}",)),), batch=193),
    # ---- the Polish class (eight-space indentation): self. names for the errors and deltas, .dot on rows, the
    # updates with the rate after the product; one slip, tanh_derivative of the sums taken of the outputs ----------
    Public("s93-pl-oe", _PL, "b193_pl", "b193_pl", "        self.output_error = output - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=193,
           why="the gradient by the output under half the squared error, a value"),
    Public("s93-pl-od", _PL, "b193_pl", "b193_pl", "        self.output_delta = self.output_error", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=193, why="the output is linear"),
    Public("s93-pl-ze", _PL, "b193_pl", "b193_pl", "        self.z1_error = self.output_delta.dot(self.W2.T)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J3),), batch=193,
           why="dE/d(hidden output j), a value"),
    Public("s93-pl-zd", _PL, "b193_pl", "b193_pl",
           "        self.z1_delta = self.z1_error * self.tanh_derivative(self.a1)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*(1 - tanh(a1[{j}])**2)",), _J3),), batch=193,
           why="tanh_derivative(z) = 1 - tanh(z) ** 2 wants the SUM; given self.a1, the hidden outputs, it computes "
               "1 - tanh(a1)^2 where the slope is 1 - a1^2 (the code's slip: tanh applied twice)"),
    Public("s93-pl-w2", _PL, "b193_pl", "b193_pl",
           "        self.W2 -= self.a1.T.dot(self.output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*(a2[0] - y[0])",), _J3),), batch=193,
           why="the rate after the product"),
    Public("s93-pl-b2", _PL, "b193_pl", "b193_pl",
           "        self.b2 -= np.sum(self.output_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=193),
    Public("s93-pl-w1", _PL, "b193_pl", "b193_pl", "        self.W1 -= X.T.dot(self.z1_delta) * learning_rate",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_PL_D1}",), _J3I1),), batch=193,
           why="z1_delta the hidden sums' gradient, as named: right as written in it (the line computing it is wrong)"),
    Public("s93-pl-b1", _PL, "b193_pl", "b193_pl",
           "        self.b1 -= np.sum(self.z1_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_PL_D1}",), _J3),), batch=193),
]
