r"""Batch 118 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on the files students
hand in, in Python, Markdown and notebooks: three repositories' files and seven stored files): saransh-mehta's
EcommercePredictionNeuralNetwork (derivatives.py at commit a1c9b29: the log-likelihood's gradients, ret4 =
Z.T.dot(T - Y), rows), elisayhi's NCTU-DL lab 1 hand-in (LAB1/backpropagation.py at commit bd799ea: self.out[-1],
np.multiply, derivative_sigmoid of the sum), cjhjhj's post on CS231n's assignment 1 (a Jekyll Markdown post at commit
019cada: $$ displays, the softmax loss written as a sum of softmax outputs, a display opening with \being{aligned});
and seven stored files: a student's MNIST network in NumPy (21777963802: Ng's names, np.sum without an axis, dZ2 where
dZ1 was meant), a diabetes classifier commented in Ukrainian (28860453727: one-space indentation, rows, comments glued
after the code, #Softmax(Z2)), a hand-crafted backprop commented in Chinese and checked against PyTorch (23807173970:
1-D arrays, reshape(-1, 1), np.outer, the chain rule in # comments, the page's numbers), a Chinese Markdown bank of
interview questions (8985813049: a ```python block with @, a literal rate 0.1 and the output's sigmoid slope left out
of d_loss_d_W2), a Korean simpleNeuralNetwork (14444289196: the chain as named factors d_loss_d_y_pred *
d_y_pred_d_z2 * d_z2_d_w2, self. attributes, the problem's numbers), a tanh network (45290903518: the mean squared
error with y_true.size, two names for one array) and a NumPy manual backward pass commented line by line and
checked against PyTorch's .grad (44833402288: np.exp for the sigmoid, z1 * (z1 > 0), np.diag(z1.squeeze() > 0)).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; the repositories'
files read at their commits), each with the notation a teacher would write for the page under shared/spec/notation.md
(and docs/notation.md for what the product documents: arrays named whole, "W2" = "W2[:, :].T" where a page's
samples are rows and its weights input-first, "W2" = "W2[:, :]" where they are columns (the MNIST script); code
gradients named by what they are, "dZ2" = "grad(z2[:])", and derivatives.py's, which are the log-likelihood's,
"ret4" = "-grad(W2[:, :]).T"; the code's deltas that are -dE/dz written "-delta3[:]"; helpers declared "sigmoid' at
input" where they take the sum (derivative_sigmoid, the Korean sigmoid_derivative), "sigmoid' at output" where they
compute x (1 - x) of what they are given (the Ukrainian sigmoid_derivative), "relu' at input" for Z > 0 and "tanh'
at input" for 1 - tanh(z)^2; the Korean named factors given their meanings, "d_y_pred_d_z2" = "a2[0]*(1 - a2[0])";
cjhjhj's o_{in_j}, o_{out_j} and w^2_{ij} counted from 1, input-first, and L_i sample i's loss), a network of the kind
the page describes (with the page's numbers where it gives them: the hand-crafted backprop's input [0.5, 0.1], target
0.8 and weights, the Korean network's w1, w2, x = [0.5, 0.2, 0.8], y = 1 and rate 0.1; the learning rates the files
write, 0.1, 0.01; the sizes the pages give, 4-10-3 for cjhjhj's post and 5-3-1 for the PyTorch check, smaller ones
elsewhere; all in tests/public_formulas_batch118_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's intermediate (an error, a
derivative by an output or a hidden output, dA1, d_loss_d_h, the Korean factors), a forward line, a loss and
derivatives.py's negated gradients are twinned as values, as in batches 14 to 116; the rest as gradients (by a
parameter or by a sum, dZ2 and dz1) and updates. Formulas keep their page's delimiters and what surrounds them on
their line (a line's indentation, a comment after #, the two spaces after cjhjhj's $$); what was left out is said in
the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 118

The batch: 63 formulas from 10 addresses (derivatives.py 4, backpropagation.py 2, the MNIST script 8, the Ukrainian
script 8, the hand-crafted backprop 8, the interview-question bank 7, the Korean network 8, the tanh script 8,
cjhjhj's post 2, the PyTorch check 8). 9 are in Markdown documents (the question bank's 7 in a ```python block,
cjhjhj's 2 in $$ displays), 54 in Python files (one of them a # comment holding a derivative, d(Loss)/d(y_pred) =
y_pred - y_target).

4 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the MNIST script's mn-db2, db2 = (1 / m) * np.sum(dZ2): np.sum without an axis adds every entry of dZ2, the
  classes' too, so every b2[k] is given the sum over the classes of a2 - t, which is 0 under the softmax (Ng's
  np.sum(dZ2, axis=1, keepdims=True) sums over the samples only);
- the MNIST script's mn-db1, db1 = (1 / m) * np.sum(dZ2): dZ2 where dZ1 was meant (the db2 line copied), summed over
  every entry besides: every b1[j] given 0;
- the interview-question bank's zh-w2, d_loss_d_W2 = a1.T.dot(d_loss_d_a2): the output's sigmoid slope a2 (1 - a2)
  left out, though a2 = sigmoid(z2);
- cjhjhj's cj-loss, L = \sum_i L_i = \sum_i \left(\frac{e^{o_{in_i}}}{\sum_j e^{o_{in_j}}}\right): the softmax loss
  written as the sum of the softmax outputs (1 whatever the scores; the -log and the target left out, i reused for
  the classes), its last member wrong (the first, the sum over the samples, is L for one sample);
- mistyped (unreadable): cjhjhj's cj-being, $$\being{aligned} ... & = abc \end{aligned}$$: \being, an unknown
  command, where \begin was meant (unreadable="\being"; the display's last member is the placeholder abc besides).

Not mistaken, though they look it: the question bank's W2 -= 0.1 * d_loss_d_W2 (d_loss_d_W2 the gradient as named:
the slip is the line computing it); the Ukrainian script's db2 = np.sum(dZ2, axis=0, keepdims=True) without the 1/m
its dW2 has (a slip only where m > 1) and its sigmoid_derivative(A1), x (1 - x) of the output (the slope, as
written of the output); the MNIST script's 1 / m with m = data.shape[0], the number of samples (one here);
derivatives.py's T - Y (the log-likelihood's gradients, which the code ascends: no sign slip); the hand-crafted
backprop's d_loss_d_w2 = d_loss_d_ypred * h.reshape(-1, 1) (a column, W2's input-first gradient); the tanh script's
2 * (y_pred - y_true) / y_true.size (the mean squared error's derivative over the targets); the PyTorch check's
sigmoid slope written e^z / (1 + e^z)^2.

What was left out: derivatives.py's return lines (derivative_b2 and derivative_b1 return (T - Y).sum(axis=0) and
((T - Y).dot(W2.T) * Z * (1 - Z)).sum(axis=0) with no name on the left) and its shape lines; backpropagation.py's
hidden loop (delta = np.multiply(np.dot(self.W[-i].T, deltas[i-1]), derivative_sigmoid(self.net[-i-1])): a rule
over the loop's i through negative list indices and a list of deltas, whose left side names a different layer at
each i), its list comprehensions (delta_W, delta_B) and its update of the lists of matrices (self.W = np.add(self.W,
...)); the MNIST script's A1, Z2 and dW1 lines (like those taken), b1 -= ... and the other updates, softmax's and the
helpers' return lines; the Ukrainian script's Z1, A1 and Z2 lines, dW1, db1 and the other updates (like those
taken), its Softmax helpers (commented out of the forward pass); the hand-crafted backprop's h_raw and h lines (h's
comment holds numbers, [sigmoid(0.08), sigmoid(0.14)] ≈ [0.519989, 0.534943], which a twin would have to take as
members), its comments' matrix products written over two lines and its PyTorch lines (torch.matmul, the same
network); the question bank's d_loss_d_a1 = (W2.T.dot(d_loss_d_a2) * sigmoid(a1) * (1 - sigmoid(a1))).T (a
product whose shapes do not fit for one sample, W2.T (1 x 2) by d_loss_d_a2 (1 x 1); sigmoid taken of a1, already
an output, besides: a slip no twin can hold as written), d_loss_d_W1 (built on it) and W1 -= 0.1 * d_loss_d_W1, the
gradients helper's return line and the loss helper's; the Korean network's other factors (d_z2_d_w2 = self.h,
d_z2_d_h = self.w2, d_z1_d_w1 = x: names, not formulas), its forward lines and batch_norm; the tanh script's
forward lines beyond those taken, d_loss_d_b2 and d_loss_d_w1 (like those taken), the other updates; cjhjhj's
forward displays (bmatrix rows with \cdots over 10 hidden units and \vdots rows) and the display holding o_{out} =
softmax(o_{in}) as a bmatrix with L = \sum_{j = 1}^3 o_{out_j} after its \\; the PyTorch check's z1 and z2 lines,
a1 = z1 * (z1 > 0) (one of eight taken), db2 = dz2 and db1 = dz1 (a name for a name), and its PyTorch half
(torch.matmul, .sigmoid(), .log(), the test loop). Pages read and not taken: elisayhi's LAB1/README.md (its
derivation is in images), Quargam's homework README, adrianoff's backpropogation0.py and a NumPy script whose gradients
are named gradient_W2 ... (stored file 6785750577), all held by earlier batches; several Coursera-style scripts seen in
excerpts, whose lines repeat those taken (stored files 5798261302, 38783191507, 42837006562, 57528736432).

Collected on 2026-12-06 (23:12 to 23:19 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the run, without judging a formula: the 10
loaded as first written (two networks' [data] tables, the hand-crafted backprop's and the Korean network's, were
first written flat and refused by parse_problem, "write each sample as a list ... in brackets": a slip of the
tables, fixed before the run). The oracle's first run passed every verdict as first transcribed (63 entries).

Run blind at main a4d9ff3 (/work/READY_FOR_BLIND47; src/ as at a00cc67, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (kept apart from /work/batch118_blind.txt): 59 of 63
read with every verdict right (94%), 3 refused, 1 typo refused (naming it), no typo read, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. One of the refusals was a slip of the notation: uk-loss, " loss = -np.mean(Y *
np.log(predictions) + ...)", refused as "unknown symbol loss; ... give it the quantity it stands for in the notation's
[notation.symbols], "loss" = "..."": the Ukrainian script's notation named no loss, though the page names its loss
loss and the batch took its line (the hand-crafted backprop's and the PyTorch check's notations name theirs, loss =
["Loss", "loss"] and ["loss"]). It was given loss = ["loss"], once, and the batch run again (/work/batch118_blind.txt):
60 of 63 read with every verdict right (95%), 2 refused, 1 typo refused (naming it), no typo read, no misreading, no
crash, NO WRONG FORMULA CALLED CORRECT. The other two refusals are no slip of the notations (cj-loss's sum has no
bound on the page, and its notation gives the samples no count because the page writes none; pt-dz1's is a
parse), so they stand.

Of the 4 mistaken formulas, 3 were read with their wrong member called wrong (mn-db2 and mn-db1, np.sum without an
axis and dZ2 for dZ1; zh-w2, the output's sigmoid slope left out); the fourth, cj-loss, was refused at its sum over
the samples (below), not called correct. By page (the second run): derivatives.py 4 of 4, backpropagation.py 2 of 2,
the MNIST script 8 of 8, the Ukrainian script 8 of 8 (7 of 8 in the first run), the hand-crafted backprop 8 of 8, the
interview-question bank 7 of 7, the Korean network 8 of 8, the tanh script 8 of 8, cjhjhj's post 0 of 2 (one refused,
its typo refused), the PyTorch check 7 of 8.

The refusals by construct (2 in the second run, and the typo's), with the exact message:

- 1, a sum over the samples written without bounds, \sum_i L_i, where the notation gives the samples no count:
  cj-loss: "formula 'L = \\sum_i L_i = \\sum_i (\\frac{e^{o_{in_i}}}{\\sum_j e^{o_...': a sum over the samples has
  no bound, so nothing says how many it adds: '\\sum_i L_i' is right for one sample but not over the step's samples
  (their count, say N), where the file's reduction makes the step's loss their mean; give N its value in the notation
  ("N" = "1", the one sample check reads), or, if the page's loss is their total, write reduction = "sum" in the
  file's [update]" (the page's num_inputs = 5 is its batch; the notation was not given an N the page does not write);
- 1, a comparison inside a call's arguments, np.diag(z1.squeeze() > 0): pt-dz1: "formula 'dz1 = np.dot(da1,
  np.diag(z1.squeeze() > 0))': expected ')' to close the arguments at '>' (position 40)" (the same file's a1 = z1 *
  (z1 > 0), a comparison in parentheses, was left out, so this batch does not say whether that one reads);
- the first run's uk-loss (the notation's slip, above): "formula 'loss = -np.mean(Y * np.log(predictions) + (1 - Y)
  * np.lo...': unknown symbol loss; the notation knows A, W, X, Y, Z, b, dA, dW; a name of several letters is read
  whole only where the notation names it: give it the quantity it stands for in the notation's [notation.symbols],
  "loss" = "..." (e.g. "a1[0]")";
- the typo: cj-being, "formula '\\being{aligned} \\frac{\\partial L}{\\partial w^2_{11}} = \\f...': the command
  \being is not part of a formula check can read at '\\being' (position 1); write arithmetic, \frac, \sum, \sigma,
  \log, \exp and the homework's symbols; a page's own command around one symbol is read as that symbol where its
  name is no operator's" (naming it).

Read, among the constructs these pages brought: derivatives.py's negated gradients named -grad(...) and .dot chains
on rows (Z.T.dot(T - Y), (T - Y).dot(W2.T) * Z * (1 - Z)); self.out[-1] and self.net[-1] named whole with their
negative index, np.multiply; Ng's columns with W2.T.dot(dZ2), (1 / m) and np.sum without an axis (both slips called
wrong); one-space indentation and comments glued after the code (#Softmax(Z2)); 1-D arrays with h.reshape(-1, 1)
and np.outer, comments holding a shape ([1, 2]) or Chinese words, a derivative written in a # comment
(d(Loss)/d(y_pred) = y_pred - y_target); a ```python block in a Chinese Markdown file with @ and a literal rate 0.1
twinned with eta; the Korean chain as named factors multiplied and passed to np.outer; y_true.size given a number
by the notation, tanh_derivative of the sums, two names for one array; np.exp for the sigmoid and its slope written
e^z / (1 + e^z)^2, broadcasting (dz2 * a1.T), lines carrying long English comments.

Which look general (would appear in much homework): a comparison inside a call's arguments (a ReLU's mask passed to a
function, np.diag(z1.squeeze() > 0)), refused by the code parser (whether the same comparison as a factor in
parentheses, a1 = z1 * (z1 > 0), reads, this batch does not say); a loss written as a sum over the samples without bounds, \sum_i L_i, which
check will not judge without the samples' count. Page-specific: cjhjhj's \being (the post's typo).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch118_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_SM = "https://github.com/saransh-mehta/EcommercePredictionNeuralNetwork (derivatives.py, commit a1c9b29)"
_NC = "https://github.com/elisayhi/NCTU-DL (LAB1/backpropagation.py, commit bd799ea)"
_CJ = "https://github.com/cjhjhj/cjhjhj.github.io (_posts/2019-10-27-CS231n_Assignment1.md, commit 019cada)"
_MN = _STORED.format(21777963802, "import numpy as np",
                     "a student's MNIST network from scratch in NumPy (Ng's names, ReLU and softmax, the samples "
                     "columns)")
_UK = _STORED.format(28860453727, "from sklearn.preprocessing import StandardScaler",
                     "a Python diabetes classifier commented in Ukrainian: a sigmoid network with rows, np.dot, one-space "
                     "indentation")
_HC = _STORED.format(23807173970, "import torch",
                     "a hand-crafted backprop in NumPy checked against PyTorch's .grad, commented in Chinese, with the "
                     "chain rule in # comments")
_ZH = _STORED.format(8985813049, "### 智能营销：AI精准触达用户提升营销效果——面试题库与算法编程题库",
                     "a Chinese Markdown bank of interview questions whose question 9 codes backpropagation in a "
                     "```python block; its first line blank, this its title")
_KR = _STORED.format(14444289196, "# coding: utf-8",
                     "a Korean simpleNeuralNetwork class: the chain rule as named factors d_A_d_B, the problem's "
                     "numbers, with and without batch normalisation")
_TH = _STORED.format(45290903518, "import numpy as np",
                     "a tanh network's forwardstep and backward_step in NumPy, the mean squared error")
_PT = _STORED.format(44833402288,
                     "# A simple two-layer feed forward network with manual backpropagation and gradient check in "
                     "Pytorch",
                     "a manual backward pass in NumPy, each line commented, checked against PyTorch's .grad")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I5 = tuple({"j": j, "i": i} for j in range(3) for i in range(5))

# the 3-4-3 sigmoid-softmax network (derivatives.py): -dL/dz1[j], the log-likelihood's gradient by the hidden sum
_SM_UP = "((t[0] - a2[0])*W2[0,{j}] + (t[1] - a2[1])*W2[1,{j}] + (t[2] - a2[2])*W2[2,{j}])*a1[{j}]*(1 - a1[{j}])"
# the 3-4-3 ReLU-softmax network (the MNIST script): dL/dz1[j]; the sum of dZ2's entries
_MN_D1 = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2]))*Heaviside(z1[{j}])"
_MN_SUM = "(1/1)*((a2[0] - t[0]) + (a2[1] - t[1]) + (a2[2] - t[2]))"
# the 3-4-1 sigmoid network under the binary cross-entropy (the diabetes script): dL/dz1[j]
_UK_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the 2-2-1 network of the hand-crafted backprop (linear output, half the squared error): dL/dz1[j]
_HC_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the Korean 3-2-1 sigmoid network: dL/dz2
_KR_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KR_D1 = f"{_KR_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the 2-2-2 tanh network under the mean squared error over its two outputs: dL/dz2[k], dL/d a1[j]
_TH_D2 = "(a2[{k}] - y[{k}])*(1 - a2[{k}]**2)"
_TH_A1 = "((a2[0] - y[0])*(1 - a2[0]**2)*W2[0,{j}] + (a2[1] - y[1])*(1 - a2[1]**2)*W2[1,{j}])"
# the 4-10-3 network of cjhjhj's post: the cross-entropy, and the sum of the softmax outputs
_CJ_L = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"
_CJ_SUM = "a2[0] + a2[1] + a2[2]"
# the 5-3-1 ReLU-sigmoid network of the PyTorch check: the binary cross-entropy, dL/d a1[j]
_PT_L = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
_PT_A1 = "(a2[0] - y[0])*W2[0,{j}]"


ENTRIES = [
    # ---- derivatives.py (saransh-mehta's EcommercePredictionNeuralNetwork, four-space indentation): the samples
    # rows, .dot and .T, the log-likelihood's gradients (the cross-entropy's negated), which the training ascends --
    Public("y8-sm-w2", _SM, "b118_sm", "b118_sm", "    ret4 = Z.T.dot(T - Y)", ((C,),),
           (Twin("value", "(t[{k}] - a2[{k}])*a1[{j}]", ("(t[{k}] - a2[{k}])*a1[{j}]",), _K3J4),), batch=118,
           why="derivative_w2's return value: the log-likelihood's gradient by W2 (input-first), -dL/dW2 of the "
               "cross-entropy, a value"),
    Public("y8-sm-dz", _SM, "b118_sm", "b118_sm", "    dZ = (T - Y).dot(W2.T) * Z * (1 - Z)", ((C,),),
           (Twin("value", _SM_UP, (_SM_UP,), _J4),), batch=118,
           why="the hidden sums' -dL/dz1 (a row); the sigmoid's slope Z (1 - Z) written of the hidden outputs"),
    Public("y8-sm-w1", _SM, "b118_sm", "b118_sm", "    ret2 = X.T.dot(dZ)", ((C,),),
           (Twin("value", f"x[{{i}}]*{_SM_UP}", (f"x[{{i}}]*{_SM_UP}",), _J4I3),), batch=118),
    Public("y8-sm-tot", _SM, "b118_sm", "b118_sm", "    tot = T * np.log(Y)", ((C,),),
           (Twin("value", "t[{k}]*log(a2[{k}])", ("t[{k}]*log(a2[{k}])",), _K3),), batch=118,
           why="cost's entries T log Y, entry by entry (the cost their sum)"),
    # ---- backpropagation.py (elisayhi's NCTU-DL LAB1, eight-space indentation): self.out[-1], self.net[-1],
    # np.multiply, derivative_sigmoid of the sum -----------------------------------------------------------------
    Public("y8-nc-err", _NC, "b118_nc", "b118_nc", "        self.error = y-self.out[-1]", ((C,),),
           (Twin("value", "y[0] - a3[0]", ("y[0] - a3[0]",)),), batch=118, why="the output list's last entry"),
    Public("y8-nc-od", _NC, "b118_nc", "b118_nc",
           "        delta = np.multiply(self.error, derivative_sigmoid(self.net[-1]))", ((C,),),
           (Twin("value", "(y[0] - a3[0])*a3[0]*(1 - a3[0])", ("(y[0] - a3[0])*sigmoid(z3[0])*(1 - sigmoid(z3[0]))",)),),
           batch=118, why="the output's -dE/dz (the code adds its steps), derivative_sigmoid of the sum"),
    # ---- the MNIST script (four-space indentation): Ng's names, .dot, (1 / m), np.sum without an axis ----------
    Public("y8-mn-z1", _MN, "b118_mn", "b118_mn", "    Z1 = W1.dot(X) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J4),),
           batch=118),
    Public("y8-mn-a2", _MN, "b118_mn", "b118_mn", "    A2 = softmax(Z2)", ((C,),),
           (Twin("value", "a2[{k}]", ("exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _K3),), batch=118),
    Public("y8-mn-dz2", _MN, "b118_mn", "b118_mn", "    dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=118,
           why="the softmax with the cross-entropy, Y the one-hot target"),
    Public("y8-mn-dw2", _MN, "b118_mn", "b118_mn", "    dW2 = (1 / m) * dZ2.dot(A1.T)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(1/1)*(a2[{k}] - t[{k}])*a1[{j}]",), _K3J4),), batch=118),
    Public("y8-mn-db2", _MN, "b118_mn", "b118_mn", "    db2 = (1 / m) * np.sum(dZ2)", ((W,),),
           (Twin("gradient", "b2[{k}]", (_MN_SUM,), _K3),), batch=118,
           why="np.sum without an axis adds every entry of dZ2, the classes' too: every b2[k] given the sum over "
               "the classes of a2 - t, which is 0 under the softmax (Ng's np.sum(dZ2, axis=1, keepdims=True) sums "
               "over the samples only)"),
    Public("y8-mn-dz1", _MN, "b118_mn", "b118_mn", "    dZ1 = W2.T.dot(dZ2) * deriv_activation_function(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MN_D1,), _J4),), batch=118,
           why="deriv_activation_function(Z) = Z > 0, the ReLU's slope at the sum"),
    Public("y8-mn-db1", _MN, "b118_mn", "b118_mn", "    db1 = (1 / m) * np.sum(dZ2)", ((W,),),
           (Twin("gradient", "b1[{j}]", (_MN_SUM,), _J4),), batch=118,
           why="dZ2 where dZ1 was meant (the script's slip, copied from the db2 line), and summed over every entry "
               "besides: every b1[j] given 0"),
    Public("y8-mn-w1", _MN, "b118_mn", "b118_mn", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_MN_D1}*x[{{i}}]",), _J4I3),), batch=118,
           why="dW1 the gradient, as named"),
    # ---- the Ukrainian diabetes script (one-space indentation): rows, np.dot, comments glued after the code
    # (#Softmax(Z2)), sigmoid_derivative of the outputs ----------------------------------------------------------
    Public("y8-uk-a2", _UK, "b118_uk", "b118_uk", " A2 = sigmoid(Z2)#Softmax(Z2)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=118,
           why="the softmax commented out after # with no space"),
    Public("y8-uk-loss", _UK, "b118_uk", "b118_uk",
           " loss = -np.mean(Y * np.log(predictions) + (1 - Y) * np.log(1 - predictions))", ((C,),),
           (Twin("value", _PT_L, (_PT_L,)),), batch=118,
           why="compute_loss's binary cross-entropy (predictions the output A2), the mean over one sample"),
    Public("y8-uk-dz2", _UK, "b118_uk", "b118_uk", " dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=118,
           why="the binary cross-entropy through the sigmoid"),
    Public("y8-uk-dw2", _UK, "b118_uk", "b118_uk", " dW2 = 1/m * np.dot(A1.T, dZ2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("1/1*a1[{j}]*(a2[0] - y[0])",), _J4),), batch=118),
    Public("y8-uk-db2", _UK, "b118_uk", "b118_uk", " db2 = np.sum(dZ2, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=118,
           why="the sum over the samples (one), without 1/m (where dW2 has it: a slip only where m > 1)"),
    Public("y8-uk-da1", _UK, "b118_uk", "b118_uk", " dA1 = np.dot(dZ2, W2.T)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=118,
           why="dL/d a1, a value"),
    Public("y8-uk-dz1", _UK, "b118_uk", "b118_uk", " dZ1 = dA1 * sigmoid_derivative(A1)#Softmax_derivative(A1)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_UK_D1,), _J4),), batch=118,
           why="sigmoid_derivative(x) = x (1 - x) taken of the output A1: the slope, as written of the output"),
    Public("y8-uk-w1", _UK, "b118_uk", "b118_uk", " W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*1/1*x[{{i}}]*{_UK_D1}",), _J4I3),), batch=118),
    # ---- the hand-crafted backprop (four-space indentation): 1-D arrays, reshape, np.outer, comments holding a
    # shape ([1, 2]) or Chinese words, and the chain rule written in a # comment ---------------------------------
    Public("y8-hc-yp", _HC, "b118_hc", "b118_hc", "    y_pred = np.dot(h, w2_val) # scalar", ((C,),),
           (Twin("value", "a2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=118),
    Public("y8-hc-loss", _HC, "b118_hc", "b118_hc", "    loss = 0.5 * (y_pred - y_target) ** 2", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=118),
    Public("y8-hc-cm", _HC, "b118_hc", "b118_hc", "    # d(Loss)/d(y_pred) = y_pred - y_target", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=118,
           why="the chain rule's first factor in a # comment, d(Loss)/d(y_pred): the derivative by the output, a value"),
    Public("y8-hc-dyp", _HC, "b118_hc", "b118_hc", "    d_loss_d_ypred = y_pred - y_target", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=118),
    Public("y8-hc-w2", _HC, "b118_hc", "b118_hc",
           "    d_loss_d_w2 = d_loss_d_ypred * h.reshape(-1, 1) # reshape为了匹配形状", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=118,
           why="h.reshape(-1, 1) a column: the input-first gradient; the comment in Chinese (reshape to match the shape)"),
    Public("y8-hc-dh", _HC, "b118_hc", "b118_hc", "    d_loss_d_h = d_loss_d_ypred * w2_val.T # [1, 2]", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J2),), batch=118,
           why="dL/dh a row, the comment its shape"),
    Public("y8-hc-dhr", _HC, "b118_hc", "b118_hc", "    d_loss_d_hraw = d_loss_d_h * (h * (1 - h)) # [1, 2]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_HC_D1,), _J2),), batch=118),
    Public("y8-hc-w1", _HC, "b118_hc", "b118_hc", "    d_loss_d_w1 = np.outer(x_data, d_loss_d_hraw) # [2, 2]", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_HC_D1}",), _J2I2),), batch=118,
           why="np.outer of the input and the row: the input-first gradient"),
    # ---- the interview-question bank's question 9 (a ```python block, four-space indentation in its loop): @ for
    # the product, .dot, a literal rate; the output's sigmoid left out of the output weights' gradient ------------
    Public("y8-zh-z1", _ZH, "b118_zh", "b118_zh", "    z1 = x @ W1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J2),), batch=118,
           why="x the sample's row (the code's X; its x is the loop's undefined name, read as the sample)"),
    Public("y8-zh-a1", _ZH, "b118_zh", "b118_zh", "    a1 = sigmoid(z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=118),
    Public("y8-zh-z2", _ZH, "b118_zh", "b118_zh", "    z2 = a1 @ W2", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=118),
    Public("y8-zh-a2", _ZH, "b118_zh", "b118_zh", "    a2 = sigmoid(z2)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=118),
    Public("y8-zh-da2", _ZH, "b118_zh", "b118_zh", "    d_loss_d_a2 = 2 * (a2 - y)", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=118,
           why="the squared error's derivative by the output (the mean over one sample)"),
    Public("y8-zh-w2", _ZH, "b118_zh", "b118_zh", "    d_loss_d_W2 = a1.T.dot(d_loss_d_a2)", ((W,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*2*(a2[0] - y[0])",), _J2),), batch=118,
           why="the output's sigmoid slope a2 (1 - a2) left out: dL/dW2 = a1^T (dL/da2 * a2 (1 - a2)), a2 = sigmoid(z2) "
               "(the page's slip; its next line, d_loss_d_a1, multiplies sigmoid(a1) (1 - sigmoid(a1)) in its "
               "place, with shapes that do not fit)"),
    Public("y8-zh-up", _ZH, "b118_zh", "b118_zh", "    W2 -= 0.1 * d_loss_d_W2", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _J2),),
           batch=118,
           why="d_loss_d_W2 the gradient as named (the slip is the line that computes it, not this one); the rate "
               "0.1 written as a number equal to the file's, twinned with eta"),
    # ---- the Korean simpleNeuralNetwork (eight-space indentation): self. attributes, the chain as named factors
    # d_A_d_B, np.outer, sigmoid_derivative of the sums --------------------------------------------------------
    Public("y8-kr-z1", _KR, "b118_kr", "b118_kr", "        self.z1 = np.dot(self.w1, x)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J2),), batch=118),
    Public("y8-kr-dly", _KR, "b118_kr", "b118_kr", "        d_loss_d_y_pred = self.y_pred - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=118),
    Public("y8-kr-dyz", _KR, "b118_kr", "b118_kr", "        d_y_pred_d_z2 = sigmoid_derivative(self.z2)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=118),
    Public("y8-kr-w2g", _KR, "b118_kr", "b118_kr",
           "        d_loss_d_w2 = d_loss_d_y_pred * d_y_pred_d_z2 * d_z2_d_w2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_KR_D2}*a1[{{j}}]",), _J2),), batch=118,
           why="three named factors, the last the hidden outputs (a 1-D array)"),
    Public("y8-kr-dhz", _KR, "b118_kr", "b118_kr", "        d_h_d_z1 = sigmoid_derivative(self.z1)", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),), batch=118),
    Public("y8-kr-w1g", _KR, "b118_kr", "b118_kr",
           "        d_loss_d_w1 = np.outer((d_loss_d_y_pred * d_y_pred_d_z2 * d_z2_d_h) * d_h_d_z1, d_z1_d_w1)",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_KR_D1}*x[{{i}}]",), _J2I3),), batch=118,
           why="np.outer of the hidden deltas and the input: w1 output-first, as z1 = np.dot(w1, x)"),
    Public("y8-kr-w1", _KR, "b118_kr", "b118_kr", "        self.w1 -= self.lr * d_loss_d_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_KR_D1}*x[{{i}}]",), _J2I3),), batch=118),
    Public("y8-kr-w2", _KR, "b118_kr", "b118_kr", "        self.w2 -= self.lr * d_loss_d_w2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_KR_D2}*a1[{{j}}]",), _J2),), batch=118,
           why="d_loss_d_w2 computed before w1's step, from the old weights"),
    # ---- the tanh script (four-space indentation): rows, np.dot, .T, y_true.size, tanh_derivative of the sums,
    # two names for one array (F1 in forwardstep, hidden_output in backward_step) --------------------------------
    Public("y8-th-z1", _TH, "b118_th", "b118_th", "    z1 = np.dot(x, w1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=118),
    Public("y8-th-f2", _TH, "b118_th", "b118_th", "    F2 = tanh(z2)", ((C,),),
           (Twin("value", "a2[{k}]", ("tanh(z2[{k}])",), _K2),), batch=118,
           why="the script's own tanh, (e^z - e^-z) / (e^z + e^-z)"),
    Public("y8-th-dy", _TH, "b118_th", "b118_th", "    d_loss_d_y_pred = 2 * (y_pred - y_true) / y_true.size",
           ((C,),), (Twin("value", "2*(a2[{k}] - y[{k}])/2", ("2*(a2[{k}] - y[{k}])/2",), _K2),), batch=118,
           why="the mean squared error's derivative, y_true.size the number of targets (two: one sample)"),
    Public("y8-th-dz2", _TH, "b118_th", "b118_th", "    d_loss_d_Z2 = d_loss_d_y_pred * tanh_derivative(Z2)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("2*(a2[{k}] - y[{k}])/2*(1 - tanh(z2[{k}])**2)",), _K2),), batch=118),
    Public("y8-th-w2", _TH, "b118_th", "b118_th", "    d_loss_d_w2 = np.dot(hidden_output.T, d_loss_d_Z2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_TH_D2}",), _K2J2),), batch=118,
           why="hidden_output the hidden layer's row (F1 as forwardstep names it)"),
    Public("y8-th-da1", _TH, "b118_th", "b118_th", "    d_loss_d_A1 = np.dot(d_loss_d_Z2, w2.T)", ((C,),),
           (Twin("value", _TH_A1, (_TH_A1,), _J2),), batch=118, why="dL/d a1, a value"),
    Public("y8-th-dz1", _TH, "b118_th", "b118_th", "    d_loss_d_Z1 = d_loss_d_A1 * tanh_derivative(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_TH_A1}*(1 - tanh(z1[{{j}}])**2)",), _J2),), batch=118),
    Public("y8-th-b1", _TH, "b118_th", "b118_th", "    b1 -= learning_rate * d_loss_d_b1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_TH_A1}*(1 - a1[{{j}}]**2)",), _J2),), batch=118),
    # ---- cjhjhj's post on CS231n's assignment 1 (Markdown, $$ displays): the softmax loss written without its
    # -log, and a display opening with \being{aligned} ------------------------------------------------------------
    Public("y8-cj-loss", _CJ, "b118_cj", "b118_cj",
           "$$L = \\sum_i L_i = \\sum_i \\left(\\frac{e^{o_{in_i}}}{\\sum_j e^{o_{in_j}}}\\right)$$  ", ((C, W),),
           (Twin("value", _CJ_L, (_CJ_L, _CJ_SUM)),), batch=118,
           why="the softmax loss (the cross-entropy) written as the sum of the softmax outputs, which is 1 whatever "
               "the scores: the -log t-weighting left out, and i (the samples in L_i) reused for the classes; the "
               "first member, the sum over the samples, is L for one sample"),
    Public("y8-cj-being", _CJ, "b118_cj", "b118_cj",
           "$$\\being{aligned}\n\\frac{\\partial L}{\\partial w^2_{11}} & = \\frac{\\partial L}{\\partial o_{out_1}}"
           "\\frac{\\partial o_{out_1}}{\\partial o_{in_1}}\\frac{\\partial o_{in_1}}{\\partial w^2_{11}} \\\\\n"
           "& = abc\n\\end{aligned}$$",
           unreadable="\\being", batch=118,
           why="\\being{aligned}, an unknown command, where \\begin{aligned} was meant (the post's typo; its last "
               "member is the placeholder abc)"),
    # ---- the PyTorch gradient check (no indentation, every line commented): np.exp for the sigmoid, (z1 > 0),
    # np.diag, .squeeze(), broadcasting ---------------------------------------------------------------------------
    Public("y8-pt-a2", _PT, "b118_pt", "b118_pt",
           "a2 = np.exp(z2) / (1 + np.exp(z2)) # Output layer sigmoid activation", ((C,),),
           (Twin("value", "a2[0]", ("exp(z2[0])/(1 + exp(z2[0]))",)),), batch=118),
    Public("y8-pt-loss", _PT, "b118_pt", "b118_pt",
           "loss = -(y * np.log(a2) + (1-y)*np.log(1-a2)) # Binary cross entropy loss", ((C,),),
           (Twin("value", _PT_L, (_PT_L,)),), batch=118),
    Public("y8-pt-da2", _PT, "b118_pt", "b118_pt", "da2 = (1-y)/(1-a2) - y/a2 # dL/da2", ((C,),),
           (Twin("value", "(1 - y[0])/(1 - a2[0]) - y[0]/a2[0]", ("(1 - y[0])/(1 - a2[0]) - y[0]/a2[0]",)),),
           batch=118, why="dL/da2, a value; the comment names it"),
    Public("y8-pt-dz2", _PT, "b118_pt", "b118_pt",
           "dz2 = da2 * np.exp(z2) / (1 + np.exp(z2))**2 # dL/dz2, derivative of sigmoid is sigmoid * (1 - sigmoid)",
           ((C,),), (Twin("gradient_z", "z2[0]",
                          ("((1 - y[0])/(1 - a2[0]) - y[0]/a2[0])*exp(z2[0])/(1 + exp(z2[0]))**2",)),), batch=118,
           why="the sigmoid's slope written e^z / (1 + e^z)^2"),
    Public("y8-pt-dw2", _PT, "b118_pt", "b118_pt",
           "dW2 = dz2 * a1.T # Changing the weights of the hidden layer changes the pre-activation proportional to "
           "the inputs of the hidden layer (the a1). dz2 is broadcast.", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=118,
           why="dz2 (1 x 1) broadcast over a1.T, a column: W2's input-first gradient"),
    Public("y8-pt-da1", _PT, "b118_pt", "b118_pt",
           "da1 = dz2 * W2.T # Similar as for dW2, just that a1 'moves' and W2 is seen as fixed", ((C,),),
           (Twin("value", _PT_A1, (_PT_A1,), _J3),), batch=118),
    Public("y8-pt-dz1", _PT, "b118_pt", "b118_pt",
           "dz1 = np.dot(da1, np.diag(z1.squeeze() > 0)) # ReLU has derivative of 1 if the input is > 0; np.diag takes "
           "the diagonal of a matrix, but we want to construct a matrix with a given diagonal, so we need a 1-dim "
           "vector as input", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_PT_A1}*Heaviside(z1[{{j}}])",), _J3),), batch=118,
           why="the ReLU's slope as a diagonal matrix, np.diag of the 1-D z1.squeeze() > 0"),
    Public("y8-pt-dw1", _PT, "b118_pt", "b118_pt", "dW1 = np.dot(x.T, dz1) # Shapes (5, 1) x (1, 3) gives (5, 3)",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_PT_A1}*Heaviside(z1[{{j}}])",), _J3I5),),
           batch=118),
]
