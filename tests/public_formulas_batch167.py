r"""Batch 167 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on textbook exercise
solutions and course-assignment write-ups: CS231n's two-layer net, Mitchell's Table 4.2, Han and Kamber's rules,
Bishop's PRML backpropagation; every address a stored file whose repository the index does not name): a CIFAR-10
script's NeuralNetwork class after CS231n's assignment 1 (stored file 951078657: grads['W2'] = np.dot(Hidden_layer.T,
dscores) + reg*W2, a relu_backward helper that masks dhidden in place), CS231n's TwoLayerNet solved with tabs and a
comment in Chinese (stored file 38913158409), a Docusaurus page on Mitchell's chapter 4 (stored file 55172807917:
multi-line $$ displays ending with a period or a comma, w_{h,k}, a worked update on one sigmoid unit with w_1' for the
new weight and a chain of \approx over three lines), Markdown notes on Mitchell's section 4.5 (stored file
28180336745: list items holding $...$ then an equation tag $\cdots\space\cdots(T4.3)$, \Sigma for the sum, the
derivation's Case 1 where j is an output unit), a Markdown sheet of Han's rules (stored file 28962385578: Err_k,
\sum_kErr_kw_{jk} without spaces, \theta_k=\theta_k+\eta Err_k), a data-mining course's notes on Han's rules (stored
file 41114452407: l\times E_kO_j with l the learning rate, \Delta\theta_j), an MNIST README after Bishop (stored file
12702888812: $$ displays with \delta_j = \partial E_n/\partial a_j, h'(a_j) \sum_k w_{kj} \delta_k, a loss written
without its minus), Markdown notes on Bishop's PRML (stored file 28279131417: $\delta_k = y_k - t_k$ after prose, a
\sum without its index, a derivative whose = was lost), Spanish course notes (stored file 15332548752: Mitchell's
rules, $\delta_k \leftarrow$ $o_k(1-o_k)(t_k-o_k)$ split over two $...$) and an XOR Backprop class commented in
Polish (stored file 26434656275: sigmoid_derivative of the sums, -= updates with self.learning_rate). Copied verbatim,
typos and mistakes included (the JSON-escaped text of the stored files decoded; Markdown's LaTeX taken as written, one
backslash; code lines with their indentation, tabs included), each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents: CS231n's grads['W2'] the
gradient transposed, "grads['W2']" = "grad(W2[:, :]).T", dscores and dhidden the sums' gradients, reg 0 and N or
len(X) one, the networks holding one sample and no penalty; Mitchell's, Han's and Bishop's letters with fixed roles
(indices = "n" or "m": k an output unit, h, j or n a hidden unit, i an input), their delta, Err and E the error terms
-dE/dnet ("-delta2[k]") where the pages' rules add them and Bishop's dE/da ("delta2[k]"); Mitchell's Case 1 in a
notation of its own where j is an output unit; Bishop's h the sigmoid where the README writes y_k = h(a_k), tanh in
the PRML notes, which write no output activation for their squared error; the Polish class's sigmoid_derivative
declared "sigmoid' at input"), a network of the kind the page describes (with the page's numbers where it gives them:
the Mitchell page's worked example x = [1, 0.5], w_0 = 0, w_1 = 0.4, w_2 = -0.2, t = 1, eta = 0.5; the rates the
files write, 1e-3 and 0.1, else 0.1; all in tests/public_formulas_batch167_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. Error terms
(delta_k, delta_h, Err_k, E_j, the code's error and error_hidden), a step Delta w (\Delta w_{ji} = \eta \delta_j
x_{ji}), forward definitions (I_j, O_j, a_j, z_j, net in numbers) and a loss's definition are twinned as values, as in
batches 14 to 166. Formulas keep their page's delimiters and what surrounds them on their line (a list item's dash
and indentation, an equation tag in its own $...$, the prose before or after an inline formula, a code line's
indentation); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 167

The batch: 60 formulas from 10 addresses (the CIFAR-10 class 6, the Chinese TwoLayerNet 6, the Mitchell page 8, the
Mitchell notes 7, Han's sheet 6, the data-mining notes 7, the Bishop README 5, the PRML notes 7, the Spanish notes 2,
the Polish class 6). 42 are in Markdown's LaTeX ($...$ inline or $$ displays; the Mitchell page's 8 over several
lines), 18 in Python/NumPy code. By kind: 10 gradients or gradient matrices (4 of them bias gradients) and 3 sums'
gradients (gradient_z), 15 updates (9 written with the rate, 3 as w + Delta w, 3 worked in numbers), 30 values (error
terms, steps, forward definitions, a loss, worked numbers), 2 mistyped.

1 is mistaken (the oracle finds its member wrong), and 2 are mistyped:

- the Bishop README's br-loss, Cross Entropy Loss L = $\sum_i t_i ln(y_i) + (1-t_i) ln(1-y_i)$: the cross-entropy
  without its minus (the page's own delta_k = y_k - t_k is the derivative of the loss with the minus), L = written
  outside the $...$;
- mistyped (unreadable): the data-mining notes' hd-oj, $O_j=f(\sum^n_{i=1}w_{ij}\cdot x_j+\theta_j)$: x_j for x_i
  (the sum runs over the inputs i; j is the hidden unit) (unreadable="x_j");
- mistyped (unreadable): the PRML notes' bn-typo, $$\frac{\partial E_n}{\partial w_{ji}} \delta_j z_i$$: the =
  between the derivative and delta_j z_i lost, a product with no claim (unreadable="=").

Not mistaken, though they look it: the CIFAR-10 class's grads['b1'] = np.sum(dhidden, axis=0), summing dhidden where
grads['W1'] uses dhidden_relu: relu_backward (dx, x = dout, cache; dx[x <= 0] = 0) masks dhidden itself in place and
returns it, so both name the hidden sums' gradient as the code runs; both CS231n files' + reg*W2 with the loss's 0.5
reg sum(W*W) (the penalty's gradient; reg 0 here in any case); the Mitchell notes' Case 1 formulas, where j is an
output unit while the algorithm's j is a hidden unit (two notations for one page, as the page's two sections use j);
the Bishop notes' delta_k = y_k - t_k under a squared error, right for linear outputs (Bishop's canonical link, the
network taken), and the README's under sigmoid outputs with the cross-entropy; Han's sheet's w_{jk} = w_{jk} + \eta
Err_k O_j with = for the new value.

What was left out: the CS231n files' forward passes, loss lines (loss reassigned: loss = loss/N + ...), dscores's
three lines (a name whose meaning changes: probs, less 1 at the label, over N) and dhidden = np.dot(dscores, W2.T)
(dhidden is masked on the next line: its meaning changes), and their other updates; the Mitchell page's perceptron
and delta rules (another network), its worked perceptron for AND, o = 1/(1+e^{-0.3}) = 0.5744, delta = o(1-o)(t-o)
and its code (w_new = w + eta * delta * x_aug, a vector holding the bias weight, which no notation names: the batch's
at most 8 from one file kept the numbers); the Mitchell notes' momentum rule (no momentum in the problem files), the
arbitrary-depth rules over Downstream(r), d sigma(y)/dy, the array blocks in GitLab's $`...`$ of Case 1 and the
images of Case 2; Han's other lines in the data-mining notes (O_k = \sum^h_{j=1} w_{jk} O_j + \theta_k or O_k = f(...)
on one line, two networks, and its regression sections); the Bishop README's y_k = h(a_k) = h(\sum_i w_{ki}^T z_i)
(z_i the hidden outputs there, the inputs in the rules: a letter with two meanings on one page) and a_k \sim w_{kj}
h(a_j); the PRML notes' feed-forward y_k(x, w) (sums from 0 with bias units) and their linear-model sections; the
Spanish notes' perceptron prose; the Polish class's forward lines and other updates. Pages read and not taken: Ng's
ex4 nnCostFunction in Octave and its Python port (stored files 4944680391, 153803631, 1228490074, 36283818259,
21369763999 among them: Theta1 and Theta2 hold the bias in their first column and a1 = [1; X(t,:)'], which no
notation names; delta_2 = delta_2(2:end) a name whose meaning changes), CS231n copies (stored files 17971532511,
15468781373, 3193425967, 35695971167, 29284135103, 52527669808: the same lines again), an SVM-loss two-layer net
(stored file 570359836: a multiclass hinge loss no problem file holds), and Markdown pages already used by earlier
batches (ezalos/NotYetSelfAware's maths.md, cjhjhj's CS231n post, dudung's error_propagation.md).

Collected on 2026-12-07 (20:07 to 20:16 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 12 loaded as first written (and again after the data-mining notes' gained x_{i}, w_{ij} and f for its forward
line). The oracle's first run passed every verdict as first transcribed (58 entries and the batch's two checks; the 2
mistyped entries have no verdicts).

Run blind at main 2ed9ce7 (/work/READY_FOR_BLIND63; src/ as at 2ed9ce7, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch167_blind.txt): 54 of 60 read with
every verdict right (90%), 4 refused, 2 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. No refusal was a slip of the notations or the twins (all four are constructs of the pages that the reader
does not take), so the batch was run once; tests/test_public_formulas_held_out.py -k "b167-" passed after the
rebase, check's never-wrong-called-correct test included.

The 1 mistaken formula was read with its wrong member called wrong: br-loss (the cross-entropy without its minus,
with L = outside the $...$). By page: the CIFAR-10 class 6 of 6, the Chinese TwoLayerNet 6 of 6, the Mitchell page
8 of 8, the Mitchell notes 4 of 7 (3 refused), Han's sheet 6 of 6, the data-mining notes 6 of 6 (and its typo
refused), the Bishop README 5 of 5, the PRML notes 6 of 6 (and its typo refused), the Spanish notes 1 of 2 (1
refused), the Polish class 6 of 6.

The refusals by construct, with the exact message:

- an equation tag in a second $...$ after the formula, $\cdots\space\cdots(T4.3)$ (the Mitchell notes' Table 4.2
  lines, 3 refusals): the two inline formulas are joined and \cdots read as a product's ellipsis. mn-dk, "formula
  '\\delta_k \\leftarrow o_k(1-o_k)(t_k-o_k) \\ldots \\ldots (T4.3)': has a product with an ellipsis (\dots) check
  cannot read: an ellipsis needs written terms before it and one term after it; write \prod_{i=1}^{n} a_i (its
  bounds numbers or the notation's letters)"; mn-dh, "formula '\\delta_h \\leftarrow o_h(1-o_h) \\Sigma_{k \\in
  outputs} w_{...': has a product with an ellipsis (\dots) ..." (the same message); mn-w, "formula 'w_{ji}
  \\leftarrow w_{ji} + \\Delta w_{ji} \\ldots \\ldots (T...': has a product with an ellipsis (\dots) ..." (the same
  message). The line's next item, "- where $\Delta w_{ji} = \eta \delta_j x_{ji}$", with no tag, was read.
- a formula split over two inline $...$, the relation closing the first, $\delta_k \leftarrow$ $o_k(1-o_k)(t_k-o_k)$
  (the Spanish notes, 1 refusal): es-dk, "formula '\\delta_k \\leftarrow': ends with a relation and nothing after it".
- the typos: hd-oj, "formula 'O_j=f(\\sum^n_{i=1}w_{ij}\\cdot x_j+\\theta_j)': x_{j} matches none of the notation's
  patterns for x ('x_{i}'); in them i is a literal letter (indices = "m"), matched only by i as written: add it to
  indices where it stands for any index" (naming it); bn-typo, "formula '$$\\frac{\\partial E_n}{\\partial w_{ji}}
  \\delta_j z_i$$': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the
  parameter with --param" (naming its lost =, as having no left side).

Read, among the constructs these pages brought: CS231n's grads['W2'] = np.dot(Hidden_layer.T, dscores) + reg*W2 with
reg 0, np.sum(dscores,axis = 0) with spaces around =, tab indentation, self.params['W1'] -= learning_rate *
grads['W1']; multi-line $$ displays ending with a period or a comma, w_{h,k} with a comma, a chain of \approx over
three lines, w_1' as the new weight worked in numbers, net in numbers; \Sigma for a sum, Mitchell's Case 1 with
\frac{\partial o_j}{\partial net_j} = \frac{\partial \sigma(net_j)}{\partial net_j}; Han's \sum_kErr_kw_{jk} and
\eta Err_kO_j without spaces, l\times E_kO_j with l the rate, \Delta\theta_j; Bishop's \delta_j = \partial E_n /
\partial a_j with h'(a_j) \sum_k w_{kj} \delta_k, a \sum without its index, a loss written in prose before its $...$
(br-loss called wrong); sigmoid_derivative of the sums and -= updates with self.learning_rate.

Which look general: both. The equation tag in its own $...$ after a formula ($\cdots\space\cdots(T4.3)$, the
(4.3)-style label study notes copy from a textbook's table) is a way Markdown notes number their equations, and
reading the two $...$ of one line as one formula makes three right formulas refusals; and a formula whose $...$ closes
after its relation with the right side in the next $...$ ($\delta_k \leftarrow$ $o_k(1-o_k)(t_k-o_k)$) is a
Markdown slip that joining the line's inline formulas would read, and which the reader takes as two formulas.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch167_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CA = _STORED.format(951078657, "import numpy as np",
                     "a CIFAR-10 script's NeuralNetwork class after CS231n's assignment 1: a two-layer ReLU net with "
                     "softmax, L2 regularization and a relu_backward helper")
_CZ = _STORED.format(38913158409, "#!/usr/bin/env python",
                     "CS231n's assignment 1 TwoLayerNet solved by lancexiang (2017), tab-indented, a comment in "
                     "Chinese")
_MD = _STORED.format(55172807917, "---",
                     "a Docusaurus page on Mitchell's chapter 4, Artificial Neural Networks: $$ displays, a worked "
                     "backpropagation update on one sigmoid unit")
_MN = _STORED.format(28180336745, "* [Back to Machine Learning Tom Mitchell Main](../../main.md)",
                     "Markdown notes on Mitchell's section 4.5: Table 4.2's algorithm with its equation tags, the "
                     "derivation's Case 1")
_HN = _STORED.format(28962385578, "# Artificial Neural Network",
                     "a Markdown sheet of Han and Kamber's backpropagation rules: I, O, Err, theta")
_HD = _STORED.format(41114452407, "# Week 7 Classification & Prediction: Regression & Neural Nets",
                     "data-mining course notes on classification: Han's backpropagation with l the learning rate")
_BR = _STORED.format(12702888812, "# Implementation for Backward propagation",
                     "an MNIST assignment's README after Bishop's PRML: $$ displays of delta_j, delta_k")
_BN = _STORED.format(28279131417, "# Prequisites",
                     "Markdown notes on Bishop's PRML chapters 3 to 6: the backpropagation steps and terminology")
_ES = _STORED.format(15332548752, "# Aprendizaje Automático",
                     "Spanish notes of a machine-learning course, its Backpropagation o Retropropagación section")
_PL = _STORED.format(26434656275, "import numpy as np",
                     "an XOR Backprop class commented in Polish (# do przodu, # do tyłu): sigmoid layers on rows")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_H2 = tuple({"h": h} for h in range(2))
_N2 = tuple({"n": n} for n in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# the CS231n 2-3-2 networks (ReLU hidden, softmax with the cross-entropy, t the one-hot target): dL/dz1[j]
_SM_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*Heaviside(z1[{j}])"


def _sig_d2(k: str) -> str:
    """dE/dz2[k] of a sigmoid output under half the squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _sig_d1(u: str) -> str:
    """dE/dz1[u] of a sigmoid hidden unit of a 2-output sigmoid network under half the squared error."""
    return f"({_sig_d2(0)}*W2[0,{u}] + {_sig_d2(1)}*W2[1,{u}])*a1[{u}]*(1 - a1[{u}])"


_D2K = _sig_d2("{k}")
_D1H = _sig_d1("{h}")
_D1J = _sig_d1("{j}")
_D1N = _sig_d1("{n}")
# Mitchell's error terms as the pages write them (-dE/dnet)
_MIT_K = "a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])"
_MIT_SUM = "(W2[0,{u}]*a2[0]*(1 - a2[0])*(y[0] - a2[0]) + W2[1,{u}]*a2[1]*(1 - a2[1])*(y[1] - a2[1]))"

# the Bishop README's 3-3-2 sigmoid network under the binary cross-entropy: dE/dz1[j]
_BR_D1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"
# the Bishop notes' 2-3-2 network (tanh hidden, linear outputs, half the squared error): dE/dz1[j]
_BN_D1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*(1 - a1[{j}]**2)"
# the Polish 2-4-1 sigmoid network under half the squared error: dE/dz2, dE/dz1[j]
_PL_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PL_D1 = f"{_PL_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the CIFAR-10 NeuralNetwork class (eight-space indentation, twelve in train): CS231n's gradients with
    # + reg*W2 on the same line, dhidden_relu from relu_backward (which masks dhidden in place) ----------------------
    Public("c167-ca-w2", _CA, "b167_ca", "b167_ca",
           "        grads['W2'] = np.dot(Hidden_layer.T, dscores) + reg*W2", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}]) + 0*W2[{k},{j}]",), _K2J3),), batch=167,
           why="dscores the scores' gradient (probs less 1 at the label, over len(X)); reg 0 (no penalty here)"),
    Public("c167-ca-b2", _CA, "b167_ca", "b167_ca", "        grads['b2'] = np.sum(dscores, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=167),
    Public("c167-ca-w1", _CA, "b167_ca", "b167_ca",
           "        grads['W1'] = np.dot(X.T, dhidden_relu) + reg*W1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SM_D1} + 0*W1[{{j}},{{i}}]",), _J3I2),), batch=167,
           why="dhidden_relu the hidden sums' gradient (relu_backward's mask)"),
    Public("c167-ca-b1", _CA, "b167_ca", "b167_ca", "        grads['b1'] = np.sum(dhidden, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SM_D1,), _J3),), batch=167,
           why="dhidden, not dhidden_relu, though it looks a slip: relu_backward (dx, x = dout, cache; dx[x <= 0] = 0) "
               "masks dhidden itself in place, so the sum is the hidden sums' gradient as the code runs"),
    Public("c167-ca-uw1", _CA, "b167_ca", "b167_ca",
           "            self.params['W1'] -= learning_rate * grads['W1']", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_SM_D1}",), _J3I2),), batch=167),
    Public("c167-ca-ub2", _CA, "b167_ca", "b167_ca",
           "            self.params['b2'] -= learning_rate * grads['b2']", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K2),), batch=167),
    # ---- the Chinese TwoLayerNet (tab indentation): the same gradients, dhidden masked on the line before
    # (dhidden[hidden_layer<=0.00001] = 0.0), np.sum(dscores,axis = 0) with spaces around = -------------------------
    Public("c167-cz-w2", _CZ, "b167_cz", "b167_cz",
           "\t\tgrads['W2'] = np.dot(hidden_layer.T, dscores) + reg * W2", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}]) + 0*W2[{k},{j}]",), _K2J3),), batch=167,
           why="reg 0 (no penalty here), N one sample"),
    Public("c167-cz-b2", _CZ, "b167_cz", "b167_cz", "\t\tgrads['b2'] = np.sum(dscores,axis = 0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=167,
           why="the line after a comment in Chinese on the biases not being regularized"),
    Public("c167-cz-w1", _CZ, "b167_cz", "b167_cz", "\t\tgrads['W1'] = np.dot(X.T, dhidden) + reg * W1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SM_D1} + 0*W1[{{j}},{{i}}]",), _J3I2),), batch=167,
           why="dhidden once masked (the ReLU's slope, 0 where the hidden output is 0)"),
    Public("c167-cz-b1", _CZ, "b167_cz", "b167_cz", "\t\tgrads['b1'] = np.sum(dhidden, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SM_D1,), _J3),), batch=167),
    Public("c167-cz-uw2", _CZ, "b167_cz", "b167_cz",
           "\t\t\tself.params['W2'] -= learning_rate * grads['W2']", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=167),
    Public("c167-cz-ub1", _CZ, "b167_cz", "b167_cz",
           "\t\t\tself.params['b1'] -= learning_rate * grads['b1']", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_SM_D1}",), _J3),), batch=167),
    # ---- the Docusaurus page on Mitchell (multi-line $$ displays, a period or comma inside them): the key results'
    # error terms and update, then the worked example's numbers on one sigmoid unit with primes for the new weights --
    Public("c167-md-dk", _MD, "b167_md", "b167_md", "$$\n\\delta_k = o_k(1-o_k)(t_k-o_k).\n$$", ((C,),),
           (Twin("value", f"-({_D2K})", (_MIT_K,), _K2),), batch=167,
           why="Mitchell's delta_k = -dE/dnet_k, a value; the display's closing period inside it"),
    Public("c167-md-dh", _MD, "b167_md", "b167_md",
           "$$\n\\delta_h = o_h(1-o_h)\\sum_{k \\in outputs} w_{h,k}\\delta_k.\n$$", ((C,),),
           (Twin("value", f"-({_D1H})", ("a1[{h}]*(1 - a1[{h}])*" + _MIT_SUM.format(u="{h}"),), _H2),), batch=167,
           why="w_{h,k} the weight from h to k, as the page writes it (Mitchell's w_{kh})"),
    Public("c167-md-w", _MD, "b167_md", "b167_md", "$$\nw_{j,i} \\leftarrow w_{j,i} + \\eta\\delta_j x_{j,i},\n$$",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*(-{_D1J})*x[{{i}}]",), _J2I2),),
           batch=167, why="j a hidden unit here, x_{j,i} its input i; the display ends with a comma (\"where ...\")"),
    Public("c167-md-net", _MD, "b167_mw", "b167_mw", "$$\nnet = 0 + 0.4(1) + (-0.2)(0.5)=0.4-0.1=0.3.\n$$",
           ((C, C, C),), (Twin("value", "z1[0]", ("=0 + 0.4*1 + (-0.2)*0.5", "=0.4 - 0.1", "=0.3")),), batch=167,
           why="the worked example's sum, w_0 + w_1 x_1 + w_2 x_2 in numbers"),
    Public("c167-md-dnum", _MD, "b167_mw", "b167_mw",
           "$$\n\\delta \\approx 0.5744(0.4256)(1-0.5744)\n\\approx 0.5744(0.4256)(0.4256)\n\\approx 0.1040.\n$$",
           ((C, C, C),),
           (Twin("value", "-((a1[0] - y[0])*a1[0]*(1 - a1[0]))",
                 ("=0.5744*0.4256*(1 - 0.5744)", "=0.5744*0.4256*0.4256", "=0.1040")),), batch=167,
           why="delta = o(1 - o)(t - o) with o = sigma(0.3) = 0.5744, t = 1: a chain of \\approx over three lines"),
    Public("c167-md-w0", _MD, "b167_mw", "b167_mw", "$$\nw_0' = 0 + 0.5(0.1040)(1)=0.0520.\n$$", ((C, C),),
           (Twin("update", "b1[0]", ("=0 + 0.5*0.1040*1", "=0.0520")),), batch=167,
           why="the bias weight's new value (x_0 = 1), eta = 0.5; the prime the page's mark of the new weight"),
    Public("c167-md-w1", _MD, "b167_mw", "b167_mw", "$$\nw_1'=0.4+0.5(0.1040)(1)=0.4520.\n$$", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0.4 + 0.5*0.1040*1", "=0.4520")),), batch=167),
    Public("c167-md-w2", _MD, "b167_mw", "b167_mw", "$$\nw_2'=-0.2+0.5(0.1040)(0.5)=-0.2+0.0260=-0.1740.\n$$",
           ((C, C, C),), (Twin("update", "W1[0,1]", ("=-0.2 + 0.5*0.1040*0.5", "=-0.2 + 0.0260", "=-0.1740")),),
           batch=167),
    # ---- the notes on Mitchell's section 4.5 (list items, $...$ then an equation tag in a second $...$ with
    # \cdots\space\cdots; \Sigma for the sum), then the derivation's Case 1, where j is an output unit ---------------
    Public("c167-mn-dk", _MN, "b167_mn", "b167_mn",
           "               - $\\delta_k \\leftarrow o_k(1-o_k)(t_k-o_k)$ $\\cdots\\space\\cdots(T4.3)$", ((C,),),
           (Twin("value", f"-({_D2K})", (_MIT_K,), _K2),), batch=167,
           why="the error term of output unit k (-dE/dnet_k, the notes' delta_n = -dE/dnet_n), a value; the tag "
               "(T4.3) in its own $...$"),
    Public("c167-mn-dh", _MN, "b167_mn", "b167_mn",
           "               - $\\delta_h \\leftarrow o_h(1-o_h) \\Sigma_{k \\in  outputs} w_{kh} \\delta_k$ "
           "$\\cdots\\space\\cdots(T4.4)$", ((C,),),
           (Twin("value", f"-({_D1H})", ("a1[{h}]*(1 - a1[{h}])*" + _MIT_SUM.format(u="{h}"),), _H2),), batch=167,
           why="\\Sigma (the capital letter) for the sum over the output units"),
    Public("c167-mn-w", _MN, "b167_mn", "b167_mn",
           "               - $w_{ji} \\leftarrow w_{ji} + \\Delta w_{ji}$ $\\cdots\\space\\cdots(T4.5)$", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1J}*x[{{i}}]",), _J2I3),), batch=167,
           why="Delta w_{ji} = eta delta_j x_{ji} (the next line), j a hidden unit here"),
    Public("c167-mn-dw", _MN, "b167_mn", "b167_mn", "                 - where $\\Delta w_{ji} = \\eta \\delta_j x_{ji}$",
           ((C,),), (Twin("value", f"-eta*{_D1J}*x[{{i}}]", (f"eta*(-{_D1J})*x[{{i}}]",), _J2I3),), batch=167,
           why="the step, a value"),
    Public("c167-mn-chain", _MN, "b167_mn", "b167_mn1",
           " - $\\frac{\\partial E_d}{\\partial net_j} = \\frac{\\partial E_d}{\\partial o_j}\\frac{\\partial o_j}"
           "{\\partial net_j}$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), _J2),), batch=167,
           why="Case 1: j an output unit, net_j its sum"),
    Public("c167-mn-dodnet", _MN, "b167_mn", "b167_mn1",
           "Thus, $\\frac{\\partial o_j}{\\partial net_j} = \\frac{\\partial \\sigma(net_j)}{\\partial net_j} = "
           "o_j(1-o_j)$", ((C, C),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]*(1 - a2[{j}])", "a2[{j}]*(1 - a2[{j}])"), _J2),),
           batch=167, why="the output's slope by its sum, a value"),
    Public("c167-mn-dwout", _MN, "b167_mn", "b167_mn1",
           " - $\\Delta w_{ji} = -\\eta \\frac{\\partial E_d}{\\partial w_{ji}} = \\eta (t_j-o_j) o_j(1-o_j) x_{ji}$",
           ((C, C),),
           (Twin("value", "-eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",
                 ("-eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",
                  "eta*(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]"), _J2I2),), batch=167,
           why="the step of an output unit's weight from hidden unit i (x_{ji} = o_i), a value"),
    # ---- Han's sheet (inline $...$, no spaces: \sum_iw_{ij}O_i, \sum_kErr_kw_{jk}, Err_kO_j) ------------------------
    Public("c167-hn-ij", _HN, "b167_hn", "b167_hn", "$I_j=\\sum_iw_{ij}O_i+\\theta_j$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J2),),
           batch=167, why="the hidden sum, a value; w_{ij} from input i to unit j"),
    Public("c167-hn-oj", _HN, "b167_hn", "b167_hn", "$O_j=\\frac{1}{1+e^{-I_j}}$", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=167),
    Public("c167-hn-ek", _HN, "b167_hn", "b167_hn", "$Err_k=O_k(1-O_k)(T_k-O_k)$", ((C,),),
           (Twin("value", f"-({_D2K})", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=167,
           why="Han's error of output unit k (-dE/dI_k), a value"),
    Public("c167-hn-ej", _HN, "b167_hn", "b167_hn", "$Err_j=O_j(1-O_j)\\sum_kErr_kw_{jk}$", ((C,),),
           (Twin("value", f"-({_D1J})", ("a1[{j}]*(1 - a1[{j}])*" + _MIT_SUM.format(u="{j}"),), _J2),), batch=167),
    Public("c167-hn-w", _HN, "b167_hn", "b167_hn", "$w_{jk}=w_{jk}+\\eta Err_kO_j$", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta*a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])*a1[{j}]",),
                 _K2J2),), batch=167, why="w_{jk} from hidden unit j to output k; eta the rate (0.1, none given)"),
    Public("c167-hn-th", _HN, "b167_hn", "b167_hn", "$\\theta_k=\\theta_k+\\eta Err_k$", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] + eta*a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),),
           batch=167),
    # ---- the data-mining notes (list items "  - $...$", \times, l the learning rate, \Delta\theta_j) ---------------
    Public("c167-hd-oj", _HD, "b167_hd", "b167_hd", "      1. $O_j=f(\\sum^n_{i=1}w_{ij}\\cdot x_j+\\theta_j)$",
           unreadable="x_j", batch=167,
           why="x_j for x_i (the page's typo: the sum runs over the inputs i, and j is the hidden unit; \"where w_{ij} is "
               "the weight of the connection from input i\")"),
    Public("c167-hd-ek", _HD, "b167_hd", "b167_hd", "  - $E_k=O_k(1-O_k)(T_k-O_k)$", ((C,),),
           (Twin("value", f"-({_D2K})", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=167,
           why="E_k the error of output unit k (Han's Err_k), a value"),
    Public("c167-hd-ej", _HD, "b167_hd", "b167_hd", "  - $E_j=O_j(1-O_j)\\sum_kE_kw_{jk}$", ((C,),),
           (Twin("value", f"-({_D1J})", ("a1[{j}]*(1 - a1[{j}])*" + _MIT_SUM.format(u="{j}"),), _J2),), batch=167),
    Public("c167-hd-dw", _HD, "b167_hd", "b167_hd", "    - $\\Delta w_{jk}=l\\times E_kO_j$", ((C,),),
           (Twin("value", f"-eta*{_D2K}*a1[{{j}}]", ("eta*a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])*a1[{j}]",),
                 _K2J2),), batch=167, why="the step of the weight from j to k, a value; l the learning rate"),
    Public("c167-hd-w", _HD, "b167_hd", "b167_hd", "    - $w_{jk}=w_{jk}+\\Delta w_{jk}$", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2K}*a1[{{j}}]",), _K2J2),), batch=167),
    Public("c167-hd-dt", _HD, "b167_hd", "b167_hd", "    - $\\Delta\\theta_j= l\\times E_j$", ((C,),),
           (Twin("value", f"-eta*{_D1J}", (f"eta*(-{_D1J})",), _J2),), batch=167,
           why="the hidden bias's step, a value"),
    Public("c167-hd-t", _HD, "b167_hd", "b167_hd", "    - $\\theta_j=\\theta_j+\\Delta\\theta_j$", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1J}",), _J2),), batch=167),
    # ---- the Bishop README ($$ displays on their own lines; a loss written without its minus) ----------------------
    Public("c167-br-loss", _BR, "b167_br", "b167_br",
           "- Cross Entropy Loss L = $\\sum_i t_i ln(y_i) + (1-t_i) ln(1-y_i)$", ((W,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]) + y[1]*log(a2[1]) + (1 - y[1])*log(1 - a2[1]))",
                 ("y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]) + y[1]*log(a2[1]) + (1 - y[1])*log(1 - a2[1])",)),),
           batch=167,
           why="the cross-entropy without its minus (the loss is -sum_i [t_i ln y_i + (1 - t_i) ln(1 - y_i)]; the "
               "page's slip: its delta_k = y_k - t_k is the derivative of the loss with the minus); L = outside the $"),
    Public("c167-br-dw", _BR, "b167_br", "b167_br",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial L}{\\partial a_j} \\frac{\\partial a_j}"
           "{\\partial w_{ji}} = \\delta_j z_i\n$$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BR_D1}*x[{{i}}]", f"{_BR_D1}*x[{{i}}]"), _J3I3),), batch=167,
           why="E_n and L the same sample loss (the page's two names); j hidden, i an input"),
    Public("c167-br-dj", _BR, "b167_br", "b167_br", "$$\n\\delta_j = \\frac{\\partial E_n}{\\partial a_{j}}\n$$",
           ((C,),), (Twin("value", _BR_D1, (_BR_D1,), _J3),), batch=167, why="Bishop's delta, dE_n/da_j, a value"),
    Public("c167-br-dk", _BR, "b167_br", "b167_br", "$$\n\\delta_k = y_k - t_k\n$$", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=167,
           why="sigmoid outputs under the cross-entropy: the canonical pairing"),
    Public("c167-br-dh", _BR, "b167_br", "b167_br",
           "$$\n\\delta_j = \\frac{\\partial E_n}{\\partial a_{j}} = \\sum_k  \\frac{\\partial E_n}{\\partial a_{k}}  "
           "\\frac{\\partial a_{k}}{\\partial a_{j}} = h'(a_j) \\sum_k w_{kj} \\delta_k\n$$", ((C, C, C),),
           (Twin("value", _BR_D1, (_BR_D1, _BR_D1, _BR_D1), _J3),), batch=167,
           why="h the sigmoid (y_k = h(a_k) on the page: the same h at both layers)"),
    # ---- the PRML notes (inline $ after prose, $$ displays; a \sum without index; a derivative with its = lost) ----
    Public("c167-bn-dk", _BN, "b167_bn", "b167_bn", "$\\delta$ is referred to as error.  $\\delta_k = y_k - t_k$",
           ((C,),), (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=167,
           why="linear outputs under 1/2 sum ||y - t||^2 (the notes' E): the canonical link"),
    Public("c167-bn-dj", _BN, "b167_bn", "b167_bn",
           "$$\\delta_j = \\frac{\\partial E_n}{\\partial a_j} = \\sum \\frac{\\partial E_n}{\\partial a_k} "
           "\\frac{\\partial a_k}{\\partial a_j} = h'(a_j)\\sum_k w_{kj}\\delta_k$$", ((C, C, C),),
           (Twin("value", _BN_D1, (_BN_D1, _BN_D1, _BN_D1), _J3),), batch=167,
           why="the first \\sum without its index (over the units k, as the last member's \\sum_k); h = tanh here"),
    Public("c167-bn-typo", _BN, "b167_bn", "b167_bn", "$$\\frac{\\partial E_n}{\\partial w_{ji}} \\delta_j z_i$$",
           unreadable="=", batch=167,
           why="the = between the derivative and delta_j z_i left out (the page's typo): a product, no claim"),
    Public("c167-bn-chain", _BN, "b167_bn", "b167_bn",
           "$\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} \\frac{\\partial a_j}"
           "{\\partial w_{ji}}$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BN_D1}*x[{{i}}]",), _J3I2),), batch=167),
    Public("c167-bn-def", _BN, "b167_bn", "b167_bn", "$$\\delta_j = \\frac{\\partial E_n}{\\partial a_j}$$", ((C,),),
           (Twin("value", _BN_D1, (_BN_D1,), _J3),), batch=167, why="\"By definition (it's just notation)\""),
    Public("c167-bn-aj", _BN, "b167_bn", "b167_bn",
           "$a_j = \\sum_i w_{ji}z_i$ (e.g. $w_{ji}$ is the weight from $z_i$ to $z_j$).", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),), batch=167,
           why="no bias written (Bishop's bias a weight from z_0 = 1): the network has none"),
    Public("c167-bn-zj", _BN, "b167_bn", "b167_bn",
           "$z_j = h(a_j)$ (where $h$ is the activation function and $z_j$ is the value of the node)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),), batch=167),
    # ---- the Spanish notes (a numbered list; the output rule split over two $...$ after \leftarrow) ----------------
    Public("c167-es-dk", _ES, "b167_es", "b167_es",
           "    1. Se calcula el **error en la unidad de salida**: $\\delta_k \\leftarrow$ $o_k(1-o_k)(t_k-o_k)$ Este "
           "valor es el (t-o) de la variación delta, en este caso para una función sigmoidal en vez de lineal",
           ((C,),), (Twin("value", f"-({_D2K})", (_MIT_K,), _K2),), batch=167,
           why="the left side and \\leftarrow in one $...$, the right side in the next"),
    Public("c167-es-dn", _ES, "b167_es", "b167_es",
           "    2. **En las capas ocultas**: Se calcula con las unidades que están conectadas posteriormente, "
           "$\\delta_n \\leftarrow o_n(1-o_n)\\sum_{k \\in output} w_{kn}\\delta_k$", ((C,),),
           (Twin("value", f"-({_D1N})", ("a1[{n}]*(1 - a1[{n}])*" + _MIT_SUM.format(u="{n}"),), _N2),), batch=167,
           why="n a hidden unit (the notes' letter), w_{kn} from n to output k"),
    # ---- the Polish XOR class (twelve-space indentation): sigmoid_derivative of the sums, -= updates ---------------
    Public("c167-pl-err", _PL, "b167_pl", "b167_pl", "            error = y_pred - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=167, why="the output's error, a value"),
    Public("c167-pl-do", _PL, "b167_pl", "b167_pl",
           "            d_output = error * sigmoid_derivative(output_layer_activation)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=167,
           why="sigmoid_derivative(x) = sigmoid(x)(1 - sigmoid(x)) taken of the output's sum"),
    Public("c167-pl-eh", _PL, "b167_pl", "b167_pl", "            error_hidden = np.dot(d_output, self.weights2.T)",
           ((C,),), (Twin("value", f"{_PL_D2}*W2[0,{{j}}]", (f"{_PL_D2}*W2[0,{{j}}]",), _J4),), batch=167,
           why="the hidden outputs' gradient, a value (weights2 input-first)"),
    Public("c167-pl-dh", _PL, "b167_pl", "b167_pl",
           "            d_hidden = error_hidden * sigmoid_derivative(hidden_layer_activation)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_PL_D2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",),
                 _J4),), batch=167),
    Public("c167-pl-w2", _PL, "b167_pl", "b167_pl",
           "            self.weights2 -= self.learning_rate * np.dot(hidden_layer_output.T, d_output)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_PL_D2}",), _J4),), batch=167),
    Public("c167-pl-b1", _PL, "b167_pl", "b167_pl",
           "            self.bias1 -= self.learning_rate * np.sum(d_hidden, axis=0, keepdims=True)", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_PL_D1}",), _J4),), batch=167),
]
