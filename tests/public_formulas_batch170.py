r"""Batch 170 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (the code corpus, with this batch's emphasis on derivations for
other losses and activations: tanh and ReLU hidden layers, the binary cross-entropy with sigmoid outputs, the squared
error beside it; every address a stored file whose repository the index does not name): neural-network-from-
scratch's README of "Binary Cross Entropy Equations" (stored file 34532833230: $ ... $<br> lines, deltas numbered from
the output as rows, a tanh g_1, \widetilde{y}), dl_demo's README of formulas (stored file 36578021605: the softmax's
jacobian in two cases after \quad, the cross-entropy's gradient as a sum), chryoung's Jekyll post on the cross-
entropy's derivatives (stored file 5564250898: \begin{align} blocks in $$, kept whole), AidySun/deep_learning's
README (stored file 15095528980: Python code blocks of Ng's bracketed dZ[l], g[l]'(Z[l]), a # comment chaining three
members), everything-from-scratch's notes/MLP.md (stored file 34507246603: a ReLU hidden layer under a sigmoid output
with the cross-entropy, W^L, a^{L-1}, \text{ReLU}'), a Spanish challenge script comparing the squared error and the
cross-entropy on one sigmoid neuron (stored file 62531429840: σ and · in a docstring, NumPy lines with Spanish
comments), an MNIST script's back_propagation (stored file 54827337998: rows, /batch_size, np.mean, a comment with ^T
and ×), a PyTorch train_neuron by hand (stored file 67177495160: # comments stating each line's formula) and an
activations module with Ng's sigmoid_backward (stored file 21472914279: a docstring's derivation lines). Copied
verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; multi-line displays kept
whole, their line breaks included, as batch 146 kept them), each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d names as the gradients,
transposed where the samples are rows; the BCE README's delta_1 = dC/ds_2 and delta_2 = dC/ds_1, rows, as its chain
delta_1 W_2 and its delta_1^T a_1^T write them, g_1 tanh (the first activation it lists) and g_2 the sigmoid under
its BCE; the deep_learning README's g[1] the ReLU and g[2] the sigmoid, g the sigmoid of its sigmoid section; the MLP
notes' layer L the output and a^{L-2} the input, L = 2), a network of the kind the page describes (no page gives
numbers; the rates the files write, lr=0.5 and learning_rate=0.1, else 0.1; all in
tests/public_formulas_batch170_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an output or an activation (dL/dy_hat,
dy_hat/dw, da/dz, da_j/dz_i, dL/da^{L-1}, dA[l]), a product of derivatives on the left (dL/da^L . da^L/dz^L) and an
activation's slope (ReLU'(z^{L-1})) are twinned as values, as in batches 14 to 168.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 170

The batch: 52 formulas from 9 addresses (the BCE README 8, dl_demo 3, chryoung's post 4, the deep_learning README
6, the MLP notes 7, the Spanish challenge 8 (5 under its BCE, 3 under its squared error), the MNIST script 7,
train_neuron 6, the activations module 3). 22 are in documents' LaTeX (the BCE README's 8 in $ ... $, dl_demo's 3,
chryoung's 4 and the MLP notes' 7 in $$), 30 in code or in code-like text (Python/NumPy 24, of them 6 in a Markdown
page's code blocks and 2 in a docstring; PyTorch 6). By kind (their first claim's twin): 15 gradients by a
layer's sums (dz, dZ2, dZ[l], dL/dz, bce_grad, mse_grad, delta-like chains), 19 gradients of weights or biases
(chains, matrices, comments, rules over layers), 9 values (slopes, jacobians, dL/dy_hat, dA[l], dL/da^{L-1}), 7
updates (= and -= with alpha, lr, learning_rate), 2 mistyped.

4 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the BCE README's oz-b2x, \frac{\partial C}{\partial b_2} = \delta_2\frac{\partial s_1}{\partial b_1} = \delta_2^T:
  the hidden biases' gradient written under the output bias's name (the line before it is b_2's own, delta_1^T);
- chryoung's ch-dy, its align block's \frac{d\hat{y}}{dw} = x and \frac{d\hat{y}}{db} = 1: the post lets y_hat = a =
  wx + b, dropping the sigmoid its own dL/dz section keeps (a = 1/(1 + e^{-z})): dy_hat/dw = y_hat (1 - y_hat) x;
- chryoung's ch-dw, its second row -\frac{xy}{\hat{y}} + \frac{x(1 - y)}{1 - \hat{y}}: dL/dw with the sigmoid's
  slope missing (the same slip; the first row, the chain rule, is right);
- chryoung's ch-db, its rows after the chain: dL/dy_hat and three rewritings of it given as dL/db (the same slip);
- mistyped (unreadable): the BCE README's oz-d1, \delta_1 = ... \frac{\partial \widetilde{y}}{s_2}: the denominator
  without its \partial (the same in delta_2's line, not taken) (unreadable="{s_2}");
- mistyped (unreadable): the deep_learning README's ai-dzl, dZ[l] = np.multiply(dA[l], g[l]'(Z)): Z without its [l],
  a name the page never gives (its comment below writes g[l]'(Z[l])) (unreadable="Z").

Not mistaken, though they look it: the BCE README's delta_1^T a_1^T and delta_2^T a_0^T (its deltas are rows, the
chain's Jacobians); chryoung's dL/dz rows (the post's a = sigma(z) there; every row equal to a - y); the MLP notes'
(\hat{y} - y) \cdot W^L for dL/da^{L-1} (one output: a number times W^L's row); dl_demo's -\sum_k y_k \frac{1}{a_k}
\frac{\partial a_k}{\partial z_i} (a chain, right); the Spanish challenge's dz lines (one for each loss, each under
its own network); the MNIST script's np.mean(dZ2, axis=0) for db2 (a mean over one sample's row).

What was left out: what the problem format or the oracle cannot hold: the leaky ReLU, ELU and softplus derivatives
found (the oracle knows identity, sigmoid, tanh, ReLU and softmax only), the mean absolute error's np.sign lines (no
such loss), the L2-regularized gradients and updates (the deep_learning README's dW_regularization[l] = dW[l]+
(lambda / m) * W[l] and W[l] = (1 - learning_rate * lambda / m) * W[l] - learning_rate * dW[l]; a MATLAB
upda2_reg.m; no problem file holds a weight decay) and the momentum updates (the deep_learning README's v[dW(i)] =
beta * v[dW(i)] + (1-beta)grads[dW(i)], a momentum update() in NumPy, a Jekyll post's v(t)=\alpha v(t-1)
-\varepsilon \frac{\partial E}{\partial w}(t): a velocity no problem file holds). Also: the BCE README's activation
derivatives (g_i(x) of a free x), its Jacobian list, its W_2 line ending ", \ a_1 = g_1(s_1)" (a definition after a
comma), delta_2's line (the same typo as delta_1's) and the b_2 update; dl_demo's sigmoid and tanh sections (s, t and
z free of the softmax's z_i) and the continuation lines of its derivation (starting with =); chryoung's sigmoid
derivation (of a free x); the deep_learning README's activation cheatsheet (g(z) of every activation with one name),
its dropout and Adam lines; the MLP notes' dz^{L-1}/dW^{L-1} line and its cases block; the Spanish challenge's loss
lines and its b update; the MNIST script's db1, dZ1's comment and the other updates; train_neuron's # dL/db comment
and its bias update; the activations module's relu_backward (dZ[Z <= 0] = 0, an indexed assignment) and its
docstring's first derivation line (an arrow and a note after the formula). Pages read and not taken (used by earlier
batches): a tanh_backward with a sigmoid inside (stored file 33907848525), a boxed Unicode summary of a tanh network
(stored file 10651526660), an interview note with a 1-1-1 ReLU/sigmoid example (stored file 1219593347), a
forward_and_backward with dL_dz2 = sigmoid_derivative(z2) (stored file 45989008659), a binary cross-entropy
derivation in Markdown (stored file 6772125377); and Holberton's dropout_gradient_descent (tanh hidden layers with
dropout, which no problem file holds), a Polish layer class (self. names through a generic layer), a Turkish
implementation guide (a Dense layer's dout of no fixed layer).

Collected on 2026-12-07 (21:16 to 21:24 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 10 loaded as first written. The oracle's first run passed every verdict as first
transcribed (50 entries and the batch's two checks; the 2 mistyped entries have no verdicts).

Run blind at main 2ed9ce7 (/work/READY_FOR_BLIND63; the batch's commit, collected on main c0f46e1, moved onto
2ed9ce7 with git rebase --onto, so that src/ is 2ed9ce7's: main's later sum_ranges docstring and dOut.sum() token
fixes are not in it; the conflict in tests/test_public_formulas_held_out.py resolved by keeping 2ed9ce7's numbers,
which stop at 166, and adding 170's), with nothing under src/ changed. The first run (/work/batch170_blind.txt): 46 of
52 read with every verdict right (88%), 4 refused, 1 typo refused, 1 typo read, no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. Of the 4 mistaken formulas, 3 were called wrong where the page is (chryoung's ch-dy in its
two derivatives of y_hat, ch-dw in its second row, ch-db in its four rows after the chain) and 1 refused (oz-b2x).
Per page: the BCE README 5 of 8 (2 refused, 1 typo refused), dl_demo 3 of 3, chryoung's post 4 of 4, the
deep_learning README 5 of 6 (1 typo read), the MLP notes 7 of 7, the Spanish challenge 7 of 8 (1 refused), the MNIST
script 7 of 7, train_neuron 5 of 6 (1 refused), the activations module 3 of 3.

The refusals, by construct:
- a chain whose sizes the page itself does not keep (oz-w1): \delta_2\frac{\partial s_1}{\partial W_{1}} with
  delta_2 a row (as the page's delta_1 W_2 and delta_2^T a_0^T need) and ds_1/dW_1 = a_0^T by the page's own list:
  "multiplies a 1 x 3 by a 1 x 2, whose sizes do not fit; ... two vectors' outer product has the second transposed,
  u v^T, whatever sign joins them" (as a column delta_2 the last member would not fit instead: the page's sizes, not
  the notation's);
- a mistaken formula whose sizes do not fit its left side (oz-b2x, the hidden delta under b_2's name):
  "'\delta_2\frac{\partial s_1}{\partial b_1}' is a vector or matrix where the left side is a number" (one line,
  not a verdict; right to refuse rather than call it correct);
- a remark after an arrow in a docstring, in Spanish (es-bz, dL/dz = σ(z) - y    ← ¡Mucho más simple!): "cannot read
  '¡' (U+00A1 INVERTED EXCLAMATION MARK) at position 40; write the formula in LaTeX or plain text" (the arrow read as
  \leftarrow, the remark after it not taken for prose);
- PyTorch's unsqueeze of a one-sample vector (pn-dw, torch.mean(dL_dz.unsqueeze(1) * batch_features, dim=0)):
  "u[:, None] of a number; write it of a vector, whose column it is" (dL_dz = grad(z1[:]) of the one-unit layer, one
  entry: the code's axis is the samples', of which there is one).
- the typo refused (oz-d1) was named: "the denominator of a partial derivative starts with \partial, and
  \frac{\partial\widetilde{y}}{s_2}'s (s_2) has none"; the typo read (ai-dzl, g[l]'(Z) with Z of no layer) was
  called correct, Z taken as layer l's sums.

Which look general: a remark after ← (or ->) at the end of a comment or docstring line, in any language, is how
notes annotate a result; PyTorch's unsqueeze(1) of the samples' vector (and NumPy's [:, None] of it) appears wherever
one neuron is trained by hand on a batch; a chain through Jacobians written with the page's loose transposes (a row
times a^T) is common in notes deriving from slides. No refusal or misreading was a slip of this batch's notations or
twins, so the batch was run once; tests/test_public_formulas_held_out.py -k "b170-" passed after the rebase (102
tests), check's never-wrong-called-correct test included.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch170_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_OZ = _STORED.format(34532833230, "## Neural Network ",
                     "neural-network-from-scratch's README: $ formulas in <details> blocks followed by <br>")
_YF = _STORED.format(36578021605, "# used math formulas", "dl_demo's README of the formulas it uses: $$ displays")
_CH = _STORED.format(5564250898, "---", "chryoung's Jekyll post \"Deep learning -- Math for Backpropagation\": "
                     "$$ displays of \\begin{align} blocks")
_AI = _STORED.format(15095528980, "# Deep Neural Network",
                     "AidySun/deep_learning's README: Python code blocks of Ng's backward pass, # comments")
_GR = _STORED.format(34507246603, "# Backpropagation Derivation in a Neural Network",
                     "everything-from-scratch's notes/MLP.md: $$ displays, a ReLU hidden layer")
_ES = _STORED.format(62531429840, "\"\"\"", "a Spanish challenge script, \"CHALLENGE 8: MSE vs Cross-Entropy para "
                     "Clasificación\": a docstring and NumPy lines with # comments")
_MN = _STORED.format(54827337998, "import numpy as np",
                     "an MNIST script's back_propagation: NumPy on rows, # comments")

_PN = _STORED.format(67177495160, "import torch",
                     "a PyTorch train_neuron: one sigmoid neuron by hand, # comments over the lines")
_SB = _STORED.format(21472914279, "import numpy, tensorflow as tf",
                     "an activations module: Ng's sigmoid_backward and a docstring's derivation")
_I2 = tuple({"i": i} for i in range(2))

_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K3 = tuple({"k": k} for k in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))

# the BCE README's 2-3-1 network (tanh hidden, sigmoid output, the binary cross-entropy): dC/ds_1[j]
_OZ_D2 = "(a2[0] - y[0])"
_OZ_D1 = "(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"

# dl_demo's softmax: d a_j / d z_i, and dL/dz_i as its first line writes it (two outputs)
_YF_JAC = "a2[{j}]*((1 if {i} == {j} else 0) - a2[{i}])"
_YF_II = tuple({"i": i, "j": i} for i in range(2))
_YF_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2) if i != j)
_YF_I = tuple({"i": i} for i in range(2))
_YF_DZ = " + ".join(f"t[{k}]*(1/a2[{k}])*a2[{k}]*((1 if {k} == {{i}} else 0) - a2[{{i}}])" for k in range(2))

# chryoung's sigmoid unit under the cross-entropy: dL/dy_hat
_CH_DY = "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))"

# the deep_learning README's 2-3-1 network (ReLU hidden, sigmoid output, the cross-entropy)
_AI_D1 = "(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"
_AI_DW = (tuple({"p": f"W2[0,{j}]", "m": f"(a2[0] - y[0])*a1[{j}]/1"} for j in range(3))
          + tuple({"p": f"W1[{j},{i}]", "m": f"{_AI_D1.format(j=j)}*x[{i}]/1"} for j in range(3) for i in range(2)))
_AI_DB = (({"p": "b2[0]", "m": "(a2[0] - y[0])/1"},)
          + tuple({"p": f"b1[{j}]", "m": f"{_AI_D1.format(j=j)}/1"} for j in range(3)))

# the MLP notes' 2-3-1 network (ReLU hidden, sigmoid output, the cross-entropy)
_GR_D1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"

# the MNIST script's 3-4-3 network (sigmoid hidden, softmax with the cross-entropy): dL/dz1[j]
_MN_D1 = "(" + " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{{j}}]" for k in range(3)) + ")*(a1[{j}]*(1 - a1[{j}]))"


ENTRIES = [
    # ---- the BCE README ($ ... $ followed by <br>, in <details> blocks): its deltas numbered from the output, rows,
    # a mistyped derivative in both deltas' chains, a bias gradient with the wrong bias, the updates with alpha ----
    Public("z70-oz-d1", _OZ, "b170_oz", "b170_oz",
           "$\\delta_1 = \\frac{\\partial C}{\\partial \\widetilde{y}}\\frac{\\partial \\widetilde{y}}{s_2}$<br>",
           unreadable="{s_2}", batch=170,
           why="\\frac{\\partial \\widetilde{y}}{s_2}: the denominator without its \\partial (\\partial s_2 was "
               "meant: the page's typo, the same in delta_2's chain)"),
    Public("z70-oz-w2", _OZ, "b170_oz", "b170_oz", "$\\frac{\\partial C}{\\partial W_{2}}  = \\delta_1^Tg_1(s_1)^T$<br>",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*tanh(z1[{j}])",), _J3),), batch=170,
           why="delta_1 = dC/ds_2 a row (one entry), transposed; g_1(s_1) = a_1 written as the activation of the sum"),
    Public("z70-oz-b2", _OZ, "b170_oz", "b170_oz",
           "$\\frac{\\partial C}{\\partial b_2} = \\delta_1\\frac{\\partial s_2}{\\partial b_2} = \\delta_1^T$<br>",
           ((C, C),), (Twin("gradient", "b2[0]", (_OZ_D2, _OZ_D2)),), batch=170,
           why="ds_2/db_2 the identity"),
    Public("z70-oz-w1", _OZ, "b170_oz", "b170_oz",
           "$\\frac{\\partial C}{\\partial W_{1}} = \\delta_2\\frac{\\partial s_1}{\\partial W_{1}} = \\delta_2^Ta_0^T$<br>",
           ((C, C),), (Twin("gradient", "W1[{j},{i}]", (f"{_OZ_D1}*x[{{i}}]", f"{_OZ_D1}*x[{{i}}]"), _J3I2),),
           batch=170, why="delta_2 = dC/ds_1 (a row of three), a_0 = x"),
    Public("z70-oz-b2x", _OZ, "b170_oz", "b170_oz",
           "$\\frac{\\partial C}{\\partial b_2} = \\delta_2\\frac{\\partial s_1}{\\partial b_1} = \\delta_2^T$<br>",
           ((W, W),), (Twin("gradient", "b2[0]", (_OZ_D1, _OZ_D1), _J3),), batch=170,
           why="MISTAKEN: the hidden biases' gradient (delta_2, ds_1/db_1) written under the output bias's name b_2 "
               "(the page's slip, the line before it b_2's own): dC/db_2 is delta_1, not the hidden delta"),
    Public("z70-oz-uw2", _OZ, "b170_oz", "b170_oz", "$W_2 = W_2 - \\alpha\\frac{\\partial C}{\\partial W_{2}}$<br>",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _J3),), batch=170,
           why="alpha the learning rate; = for the assignment"),
    Public("z70-oz-uw1", _OZ, "b170_oz", "b170_oz", "$W_1 = W_1 - \\alpha\\frac{\\partial C}{\\partial W_{1}}$<br>",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_OZ_D1}*x[{{i}}]",), _J3I2),),
           batch=170),
    Public("z70-oz-ub1", _OZ, "b170_oz", "b170_oz", "$b_1 = b_1 - \\alpha\\frac{\\partial C}{\\partial b_{1}}$<br>",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_OZ_D1}",), _J3),), batch=170),
    # ---- dl_demo's README ($$ displays with a space inside): the softmax's jacobian in two cases, \quad before
    # the case, and the cross-entropy's gradient as a sum over the outputs -------------------------------------------
    Public("z70-yf-jii", _YF, "b170_yf", "b170_yf",
           "$$ \\frac{\\partial a_j}{\\partial z_i} = a_i(1 - a_i), \\quad i = j $$", ((C,),),
           (Twin("value", _YF_JAC, ("a2[{i}]*(1 - a2[{i}])",), _YF_II),), batch=170,
           why="the softmax's diagonal slope, a value, the case i = j written after the formula"),
    Public("z70-yf-jij", _YF, "b170_yf", "b170_yf",
           "$$ \\frac{\\partial a_j}{\\partial z_i} = -a_i a_j,\\quad i \\neq j. $$", ((C,),),
           (Twin("value", _YF_JAC, ("-a2[{i}]*a2[{j}]",), _YF_IJ),), batch=170,
           why="the off-diagonal slopes, a value, the case i \\neq j and a full stop"),
    Public("z70-yf-dz", _YF, "b170_yf", "b170_yf",
           "$$ \\frac{\\partial L}{\\partial z_i} = -\\sum_k y_k \\frac{1}{a_k} \\frac{\\partial a_k}{\\partial z_i} $$",
           ((C,),), (Twin("gradient_z", "z2[{i}]", (f"-({_YF_DZ})",), _YF_I),), batch=170,
           why="the chain through every output's softmax, y the one-hot target"),
    # ---- chryoung's post ($$ displays of \begin{align} blocks, kept whole): the post lets y_hat = a = wx + b,
    # dropping the sigmoid its dL/dz section keeps: dy_hat/dw = x and the gradients built on it are wrong ----------
    Public("z70-ch-dy", _CH, "b170_ch", "b170_ch",
           "$$\n\\begin{align}\n\\frac{dL}{d\\hat{y}} & = - \\frac{y}{\\hat{y}} + \\frac{1 - y}{1 - \\hat{y}} \\\\\n"
           "\\frac{d\\hat{y}}{dw} & = x \\\\\n\\frac{d\\hat{y}}{db} & = 1\n\\end{align}\n$$", ((C,), (W,), (W,)),
           (Twin("value", _CH_DY, ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),
            Twin("value", "a1[0]*(1 - a1[0])*x[0]", ("x[0]",)),
            Twin("value", "a1[0]*(1 - a1[0])", ("1",))), batch=170,
           why="three rows, three values: the cross-entropy's derivative by the output (right), and y_hat's "
               "derivatives by w and b as if y_hat = wx + b (MISTAKEN: y_hat = sigma(wx + b), the post's own a = "
               "1/(1 + e^{-z}) below, so dy_hat/dw = y_hat (1 - y_hat) x and dy_hat/db = y_hat (1 - y_hat))"),
    Public("z70-ch-dw", _CH, "b170_ch", "b170_ch",
           "$$\n\\begin{align}\n\\frac{\\partial{L}}{\\partial{w}} & = \\frac{dL}{d\\hat{y}} \\frac{d\\hat{y}}{dw} \\\\\n"
           "& = -\\frac{xy}{\\hat{y}} + \\frac{x(1 - y)}{1 - \\hat{y}}\n\\end{align}\n$$", ((C, W),),
           (Twin("gradient", "W1[0,0]", (f"{_CH_DY}*a1[0]*(1 - a1[0])*x[0]",
                                         "-x[0]*y[0]/a1[0] + x[0]*(1 - y[0])/(1 - a1[0])")),), batch=170,
           why="the chain rule (right, its factors the true derivatives), then MISTAKEN: dy_hat/dw taken as x, the "
               "sigmoid's slope y_hat (1 - y_hat) missing"),
    Public("z70-ch-db", _CH, "b170_ch", "b170_ch",
           "$$\n\\begin{align}\n\\frac{\\partial{L}}{\\partial{b}} & = \\frac{dL}{d\\hat{y}} \\frac{d\\hat{y}}{db}\\\\\n"
           "& = - \\frac{y}{\\hat{y}} + \\frac{1 - y}{1 - \\hat{y}} \\\\\n"
           "& = \\frac{\\hat{y}-y\\hat{y} - y + y\\hat{y}}{(1-\\hat{y})\\hat{y}} \\\\\n"
           "& = \\frac{\\hat{y} - y}{\\hat{y} - \\hat{y}^2} \\\\\n"
           "& = \\frac{1}{1- \\hat{y}} - \\frac{y}{\\hat{y}(1 - \\hat{y})}\n\\end{align}\n$$", ((C, W, W, W, W),),
           (Twin("gradient", "b1[0]", (f"{_CH_DY}*a1[0]*(1 - a1[0])", _CH_DY,
                                       "(a1[0] - y[0]*a1[0] - y[0] + y[0]*a1[0])/((1 - a1[0])*a1[0])",
                                       "(a1[0] - y[0])/(a1[0] - a1[0]**2)",
                                       "1/(1 - a1[0]) - y[0]/(a1[0]*(1 - a1[0]))")),), batch=170,
           why="the chain rule (right), then dL/dy_hat itself under dL/db (dy_hat/db taken as 1: MISTAKEN) and three "
               "rewritings of it (each equal to the one before, all wrong as dL/db)"),
    Public("z70-ch-dz", _CH, "b170_ch", "b170_ch",
           "$$\n\\begin{align}\n\\frac{\\partial{L}}{\\partial{z}} & = \\frac{dL}{da} \\frac{da}{dz} \\\\\n"
           "& = \\left(-\\frac{y}{a} + \\frac{1 - y}{1 - a} \\right) \\left( \\frac{1}{1 + e^{-z}} \\right)' \\\\\n"
           "& = \\left(-\\frac{y}{a} + \\frac{1 - y}{1 - a} \\right)  (a (1 - a)) \\\\\n"
           "& = -y ( 1 - a) + a (1 - y) \\\\\n& = -y + ay + a - ay \\\\\n& = a - y\n\\end{align}\n$$",
           ((C, C, C, C, C, C),),
           (Twin("gradient_z", "z1[0]", (f"{_CH_DY}*a1[0]*(1 - a1[0])",
                                         f"{_CH_DY}*exp(-z1[0])/(1 + exp(-z1[0]))**2",
                                         f"{_CH_DY}*(a1[0]*(1 - a1[0]))",
                                         "-y[0]*(1 - a1[0]) + a1[0]*(1 - y[0])",
                                         "-y[0] + a1[0]*y[0] + a1[0] - a1[0]*y[0]", "a1[0] - y[0]")),), batch=170,
           why="the sigmoid's derivative written as a prime on a parenthesized expression in z; a = sigma(z)"),
    # ---- the deep_learning README (Python code blocks, two-space indentation): a # comment chaining three members,
    # Ng's bracketed layers dA[l], dZ[l], g[l]'(Z[l]), one line's Z without its [l] --------------------------------
    Public("z70-ai-dz", _AI, "b170_ai", "b170_ai",
           "    # dz = da * g'(z) = a * (1-a) * (-y/a + (1-y)/(1-a)) = a - y", ((C, C, C),),
           (Twin("gradient_z", "z2[0]", ("(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))*a2[0]*(1 - a2[0])",
                                         "a2[0]*(1 - a2[0])*(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))",
                                         "a2[0] - y[0]")),), batch=170,
           why="the sigmoid section's comment: a the sigmoid output, da = dJ/da its '# da = -(y/a) + (1-y)/(1-a)', "
               "g the sigmoid"),
    Public("z70-ai-da", _AI, "b170_ai", "b170_ai", "  dA[l] = np.dot(W[l+1].T, dZ[l+1])", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J3),), batch=170,
           why="l = 1, the hidden layer (W[3] names no layer), a value: dJ/dA[1]"),
    Public("z70-ai-dzl", _AI, "b170_ai", "b170_ai", "  dZ[l] = np.multiply(dA[l], g[l]'(Z))", unreadable="Z",
           batch=170, why="g[l]'(Z): Z without its [l], a name the page never gives (Z[l] was meant, as the comment "
                          "below it writes: the page's typo)"),
    Public("z70-ai-dw", _AI, "b170_ai", "b170_ai", "  dW[l] = np.dot(dZ[l], A[l-1].T) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _AI_DW),), batch=170, why="both layers' weights, A[0] the input, m = 1"),
    Public("z70-ai-db", _AI, "b170_ai", "b170_ai", "  db[l] = np.sum(dZ[l], axis = 1, keepdims = True) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _AI_DB),), batch=170,
           why="both layers' biases: the sum over the samples (one)"),
    Public("z70-ai-dzc", _AI, "b170_ai", "b170_ai",
           "  # dZ[l] = dA[l] * g[l]'(Z[l]) = np.multiply(np.dot(W[l+1].T, dZ[l+1]), g[l]'(Z[l]))", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", (_AI_D1, _AI_D1), _J3),), batch=170,
           why="l = 1 (the second member needs a layer l+1): g[1] the ReLU"),
    # ---- the MLP notes ($$ displays on their own lines): the output layer's chain, the sigmoid-with-cross-entropy
    # shortcut, the hidden layer's ReLU' and a last line with (W^L)^T, \odot and \cdot -----------------------------
    Public("z70-gr-ch", _GR, "b170_gr", "b170_gr",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^L} = \\frac{\\partial \\mathcal{L}}{\\partial a^L} \\cdot "
           "\\frac{\\partial a^L}{\\partial z^L} \\cdot \\frac{\\partial z^L}{\\partial W^L}\n$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))*a2[0]*(1 - a2[0])*a1[{j}]",),
                 _J3),), batch=170, why="the chain rule through the output's activation"),
    Public("z70-gr-sc", _GR, "b170_gr", "b170_gr",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial a^L} \\cdot \\frac{\\partial a^L}{\\partial z^L} = \\hat{y} - y\n$$",
           ((C,),), (Twin("value", "(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))*a2[0]*(1 - a2[0])", ("a2[0] - y[0]",)),),
           batch=170, why="a product of two derivatives on the left, a value (the sigmoid with the cross-entropy)"),
    Public("z70-gr-zw", _GR, "b170_gr", "b170_gr", "$$\n\\frac{\\partial z^L}{\\partial W^L} = a^{L-1}\n$$", ((C,),),
           (Twin("value", "a1[{j}]", ("a1[{j}]",), _J3),), batch=170,
           why="the output sum's derivative by its weights, a value (dz^L/dW^L_{1j} = a^{L-1}_j)"),
    Public("z70-gr-gw", _GR, "b170_gr", "b170_gr",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^L} = (\\hat{y} - y) \\cdot (a^{L-1})^T\n$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=170),
    Public("z70-gr-da", _GR, "b170_gr", "b170_gr",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial a^{L-1}} = \\frac{\\partial \\mathcal{L}}{\\partial z^L} \\cdot "
           "\\frac{\\partial z^L}{\\partial a^{L-1}} = (\\hat{y} - y) \\cdot W^L\n$$", ((C, C),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]", "(a2[0] - y[0])*W2[0,{j}]"),
                 _J3),), batch=170,
           why="dL/d(hidden outputs), a value: (y_hat - y) times the row W^L (one output)"),
    Public("z70-gr-rp", _GR, "b170_gr", "b170_gr",
           "$$\n\\frac{\\partial a^{L-1}}{\\partial z^{L-1}} = \\text{ReLU}'(z^{L-1})\n$$", ((C,),),
           (Twin("value", "Heaviside(z1[{j}])", ("Heaviside(z1[{j}])",), _J3),), batch=170,
           why="the hidden layer's slope, a value"),
    Public("z70-gr-w1", _GR, "b170_gr", "b170_gr",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^{L-1}} = \\left( W^L \\right)^T (\\hat{y} - y) \\odot "
           "\\text{ReLU}'(z^{L-1}) \\cdot (a^{L-2})^T\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_GR_D1}*x[{{i}}]",), _J3I2),), batch=170,
           why="a^{L-2} the input (L = 2); \\cdot the outer product with the input's row"),
    # ---- the Spanish challenge: its docstring's dL/dz lines (σ, ·, an arrow and a comment in Spanish after one),
    # and the NumPy lines of both losses' gradients with # comments in Spanish; the BCE neuron's w, b updated --------
    Public("z70-es-bz", _ES, "b170_eb", "b170_eb", "    dL/dz = σ(z) - y    ← ¡Mucho más simple!", ((C,),),
           (Twin("gradient_z", "z1[0]", ("sigmoid(z1[0]) - y[0]",)),), batch=170,
           why="under the docstring's BCE Loss line; a Spanish remark after an arrow"),
    Public("z70-es-bg", _ES, "b170_eb", "b170_eb",
           "bce_grad = y_hat - y_true  # dL/dz para BCE (simplificación con sigmoid)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=170,
           why="bce_grad the gradient by z, as its comment says"),
    Public("z70-es-dzb", _ES, "b170_eb", "b170_eb", "            dz = a - y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=170,
           why="the BCE branch of train_classifier (its comment: Gradiente BCE + sigmoid: dL/dz = a - y)"),
    Public("z70-es-dw", _ES, "b170_eb", "b170_eb", "        dw = np.mean(dz * X.flatten())", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=170,
           why="the mean over the samples (one), dz the BCE branch's"),
    Public("z70-es-uw", _ES, "b170_eb", "b170_eb", "        w -= lr * dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=170,
           why="lr = 0.5 as train_classifier is called"),
    Public("z70-es-mz", _ES, "b170_em", "b170_em",
           "    dL/dz = 2(σ(z) - y) · σ'(z) = 2(σ(z) - y) · σ(z)(1-σ(z))", ((C, C),),
           (Twin("gradient_z", "z1[0]", ("2*(sigmoid(z1[0]) - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                                         "2*(sigmoid(z1[0]) - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),),
           batch=170, why="under the docstring's MSE Loss line L_mse = (ŷ - y)²"),
    Public("z70-es-mg", _ES, "b170_em", "b170_em",
           "mse_grad = 2 * (y_hat - y_true) * y_hat * (1 - y_hat)  # dL/dz para MSE", ((C,),),
           (Twin("gradient_z", "z1[0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=170),
    Public("z70-es-dzm", _ES, "b170_em", "b170_em", "            dz = 2 * (a - y) * a * (1 - a)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=170,
           why="the MSE branch (loss = np.mean((a - y) ** 2): one sample, the squared error)"),
    # ---- the MNIST script (four-space indentation): the backward pass on rows with /batch_size and np.mean, a #
    # comment with ^T and ×, a -= update ----------------------------------------------------------------------------
    Public("z70-mn-dz2", _MN, "b170_mn", "b170_mn", "    dZ2 = A2 - y_true", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=170,
           why="the softmax with the cross-entropy"),
    Public("z70-mn-dw2", _MN, "b170_mn", "b170_mn", "    dW2 = np.dot(A1.T, dZ2) / batch_size", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K3J4),), batch=170,
           why="the product input-first, batch_size one sample"),
    Public("z70-mn-db2", _MN, "b170_mn", "b170_mn", "    db2 = np.mean(dZ2, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=170,
           why="the mean over the samples' rows (one)"),
    Public("z70-mn-cw2", _MN, "b170_mn", "b170_mn", "    # dL/dW2 = A1^T × dZ2", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J4),), batch=170,
           why="the comment above the line: ^T the transpose, × the matrix product"),
    Public("z70-mn-dz1", _MN, "b170_mn", "b170_mn", "    dZ1 = np.dot(dZ2, W2.T) * (A1 * (1 - A1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MN_D1,), _J4),), batch=170,
           why="the sigmoid's slope written of the hidden outputs"),
    Public("z70-mn-dw1", _MN, "b170_mn", "b170_mn", "    dW1 = np.dot(batch.T, dZ1) / batch_size", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_MN_D1}/1",), _J4I3),), batch=170,
           why="batch the input rows (one)"),
    Public("z70-mn-uw1", _MN, "b170_mn", "b170_mn", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_MN_D1}",), _J4I3),), batch=170),
    # ---- train_neuron (twelve-space indentation): PyTorch on rows by hand, # comments stating each line's formula
    # (dL/dw = dL/dz * x, w = w - lr * dL/dw) above the lines, torch.mean over the samples -------------------------
    Public("z70-pn-dz", _PN, "b170_pn", "b170_pn", "            dL_dz = a - batch_labels", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=170,
           why="the sigmoid with the binary cross-entropy (nll_loss)"),
    Public("z70-pn-cw", _PN, "b170_pn", "b170_pn", "            # dL/dw = dL/dz * x", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=170,
           why="the comment above the dL_dw line"),
    Public("z70-pn-dw", _PN, "b170_pn", "b170_pn",
           "            dL_dw = torch.mean(dL_dz.unsqueeze(1) * batch_features, dim=0)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=170,
           why="unsqueeze(1) makes the samples' column, the mean over the samples (one)"),
    Public("z70-pn-db", _PN, "b170_pn", "b170_pn", "            dL_db = torch.mean(dL_dz)", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=170),
    Public("z70-pn-cu", _PN, "b170_pn", "b170_pn", "            # w = w - lr * dL/dw", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=170,
           why="the comment's lr, learning_rate in the line below"),
    Public("z70-pn-uw", _PN, "b170_pn", "b170_pn", "            weights = weights - learning_rate * dL_dw", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=170),
    # ---- the activations module: sigmoid_backward's line (A = sigmoid(Z) on the line before) and two lines of the
    # sigmoid_derivative docstring's derivation, deeply indented -------------------------------------------------------
    Public("z70-sb-dz", _SB, "b170_sb", "b170_sb", "    dZ = dA * A * (1-A)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",)),), batch=170,
           why="A = sigmoid(Z) the unit's output (the line before), dA the cost's gradient by it"),
    Public("z70-sb-da", _SB, "b170_sb", "b170_sb", "                        da/dz = a(1-a)", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("a1[0]*(1 - a1[0])",)),), batch=170,
           why="the sigmoid's slope, a value"),
    Public("z70-sb-lz", _SB, "b170_sb", "b170_sb", "                        dL/dz = a - y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=170),
]
