r"""Batch 173 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on networks built from
scratch in NumPy as notebooks build them: XOR, MNIST, a function fit; batch gradients averaged over the samples, bias
gradients as sums; every address a stored file whose repository the index does not name). The index's search for
notebooks (.ipynb) answered with excerpts that name no stored file, and its exact-string search reaches no notebook
cell, so the notebook side comes from what notebooks' projects keep as text: a digit recognizer's README (stored file
5733442268: Samson Zhang's MNIST notebook's equations copied from the rendered notebook, dZ[2]=A[2]−Y, 1/m copied as
1m and the superscript T as a letter, W[2]:=W[2]−αdW[2]) and an MNIST project's README.txt (stored file 46892666541:
Ng's steps as # comments, tanh hidden units, (1/m) *sum(dZ2,1), "f1 prime (Z1)" in words, dW3 for dW2); beside them
a Spanish XOR script (stored file 23435721164: the WildML backward pass on rows with sigmoid hidden units,
delta3.sum(axis=0, keepdims=True)), an XOR NeuralNetwork class (stored file 38827779827: no biases, delta3 = 2 * (Y -
yout) * sigmoid_derivative(zout), += updates), a function-fitting script commented in Chinese (stored file
40238436748: a ReLU layer whose sums are named a1 and outputs h, delta3 = 2 * (y_pred - y_train) / len(x_train), the
slope written (a1 > 0)), CS224d's q2_neural.py answered with comments in Chinese (stored file 729274411: delta3 =
(y_hat - y) / N, delta2 = dCE/dh, sigmoid_grad(h), gradW2 ... gradb1 with np.sum(delta3, 0, keepdims=True)), a
camera script's train function (stored file 52534794065: np.mean of the squared error, delta3 without the mean's
factor) and a Jekyll blog post, "Simple Neural Network in Python with Math behind it" (stored file 40670927235: a
worked forward pass on a 2-2-1 network, the binary cross-entropy, the chain rule for W_2 in \[ and \( displays).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; the blog's Markdown
taken as it renders, \\( and \\[ in the file read as \( and \[, one backslash, as Markdown's escapes give it;
the README.txt's lines with their "#    " before them; Unicode minus, alpha, asterisk and prime as the README has
them), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: WildML's and Ng's names as the gradients, "delta3" =
"grad(z2[:]).T" and "dW2" = "grad(W2[:, :]).T" where the samples are rows, "dZ2" = "grad(z2[:])" where they are
columns; the XOR class's deltas and d_weights written "-grad(z2[:]).T", "-grad(W2[:, :]).T", as its updates add
them; the Chinese script's a1 the hidden SUMS ("a1" = "z1[:].T") and h the outputs, as its forward returns them;
CS224d's delta2 = dCE/dh ("grad(a1[:]).T", its comment); "len(x_train)", "N" and "m" the number of samples, one;
the README's bracketed names, "W[2]" = "W2[:, :]", "dZ[2]" = "grad(z2[:])", and the Greek alpha the rate; helpers
declared "sigmoid' at input" where they compute sigmoid(x) (1 - sigmoid(x)) and "sigmoid' at output" for CS224d's
sigmoid_grad(f) = f (1 - f); the README.txt's f1 declared tanh, its "f1 prime" words no notation's functions can
name, nor the digit recognizer's g[1]′), a network of the kind the page describes (with the page's numbers where it
gives them: the blog's x = [1, 2], W_1 = [[0.2, 0.4], [0.1, 0.6]], b_1 = [0.3, 0.5], W_2 = [0.7, 0.9], b_2 = 0.2, y
= 1; the rates the files write, 0.1, 0.3, 0.001, 0.01, and 0.1 where a page names none; all in
tests/public_formulas_batch173_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta that is -dE/dz
(the XOR class's), a derivative by a hidden output (CS224d's delta2) or by the output (dL/dy_hat), a sigmoid's slope
(dy_hat/dz_2 = y_hat(1 - y_hat)), the worked output and a loss's definition and number are twinned as values, as in
batches 14 to 170. Formulas keep their page's delimiters and what surrounds them on their line (a code line's
indentation and trailing # comment, the README.txt's "#    ", the README's indentation, a Markdown list item's "- ",
a \[ display's lines); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 173

The batch: 59 formulas from 8 addresses (the Spanish XOR script 8, the XOR class 6, the Chinese function fit 8,
CS224d's q2_neural 7, the MNIST README.txt 8, the digit recognizer's README 7, the camera script 8, the blog post 7).
22 are in documents (the blog's 7 in \[ and \( displays, the README's 7 and the README.txt's 8 as plain text), 37 in
Python/NumPy code. By kind: 10 weight gradients (one of them the blog's chain rule), 10 bias gradients (sums over
the samples: .sum(axis=0), np.sum(..., 0, keepdims=True), (1/m) *sum(dZ2,1)), 10 deltas and sums' gradients, 16
updates (every one with its rate's name: learning_rate, alpha, the Greek alpha, eta; two of them += of the XOR
class's negated gradients), 10 values (the XOR class's 4 negated deltas and gradients, CS224d's dCE/dh, the blog's
5: the worked output, the loss's definition and number, dL/dy_hat, dy_hat/dz_2), 3 mistyped.

4 are mistaken somewhere (the oracle finds at least one member wrong), and 3 are mistyped:

- the camera script's cv-d3, delta3 = (y_pred - y_train) * sigmoid_derivative(z2): the loss is
  np.mean((y_pred - y_train)**2), whose gradient at the output sums is 2/n (y_pred - y_train) sigmoid'(z2), n the
  entries averaged (the outputs, 3 here; 10 outputs times the samples there): the mean's factor is missing;
- the blog's bl-dy, \frac{\partial L}{\partial \hat{y}} = -\frac{1}{\hat{y}}: right only at the example's label y
  = 1 (said two paragraphs before); as a formula in the network's quantities it drops the label, -y/y_hat + (1 -
  y)/(1 - y_hat), and is wrong wherever y = 0;
- the blog's bl-yh, \hat{y} = \frac{1}{1 + e^{-z_2}} = \frac{1}{1 + e^{-3.18}} = 0.96: its worked z_1 = [1.3, 2.3]
  has a slip (W_1's second row gives 0.1*1 + 0.6*2 + 0.5 = 1.8), so z_2 = 2.73, not 3.18, and y_hat = 0.939, not
  0.96 (the symbolic member right, both numbers wrong);
- the blog's bl-ln, L = -[\log(0.96)] = 0.04: the same slip carried into the loss (the true -log(0.939) = 0.063);
- mistyped (unreadable): the MNIST README.txt's mn-dw3, #    dW3 = (1/m)*dZ2*A1.T: dW3 in a two-layer network
  (dW2 was meant; its update names der_cost_W2) (unreadable="dW3");
- mistyped (unreadable): the digit recognizer's sz-dw2, dW[2]=1mdZ[2]A[1]T: the rendered notebook's \frac{1}{m}
  dZ^{[2]} A^{[1]T} copied as text, 1/m as 1m and the transpose's T as a letter (unreadable="T");
- mistyped (unreadable): the digit recognizer's sz-dz1, dZ[1]=W[2]TdZ[2].∗g[1]′(z[1]): W[2]T, the transpose's
  superscript copied as a letter (unreadable="T").

Not mistaken, though they look it: the camera script's delta2, dW2, db2, dW1, db1 and updates after its wrong
delta3 (delta3 names the output sums' gradient, as WildML's names do: right as written in it); the XOR class's +=
updates (its deltas are -dE/dz: 2 * (Y - yout) is minus the squared error's derivative, the step descends); the
Chinese script's a1 > 0 (a1 its hidden SUMS, as its forward returns y_pred, h, a1) and its division by
len(x_train); CS224d's delta3 = (y_hat - y) / N, its cost averaged over the N samples; the MNIST README.txt's *
(the matrix product, as its Z1 = W1 * X + b1 writes it) and sum(dZ2,1) (NumPy's axis 1, the samples, as its
np.random.randn steps are written); the blog's chain rule for W_2 ending in \partial z_2 / \partial W_2 (a_1).

What was left out: the Spanish script's delta3 = y_hat and delta3[np.arange(len(y_hat)), y] -= 1 (an in-place
indexed subtraction), its loss line (an indexed log) and b2 -= learning_rate * db2 (the same step as b1's); the XOR
class's commented-out lines (# delta3 = 2 * (Y - output) * sigmoid_derivative(output), on names the code no longer
has) and its forward_prop; the Chinese script's mse_loss body, W2 and b1 updates (the same steps as W1's and b2's);
CS224d's cost (an index by a boolean mask, labels == 1) and delta0 = dCE/dx (a gradient by the input); the MNIST
README.txt's forward and cost lines and its W1 and b2 updates (the same steps as the two taken); the digit recognizer's
forward lines, dB[2]=1mΣdZ[2] and dW[1]=1mdZ[1]A[0]T (the same lost fraction and T as the typos taken), its shape
notes; the camera script's loss line and the other updates, its correlation functions (not a network's); the blog's
forward lines z_1, a_1, z_2 (a slip in z_1 that the worked y_hat carries, taken) and \frac{\partial z_2}{\partial
W_2} = a_1 (the derivative of a sum by a row of weights, a Jacobian). Pages read and not taken: the cain877 copy of
Samson Zhang's equations in Unicode mathematical italics (stored file 19871144907, a three-layer network; the same
text, a second copy of one notebook), a Kesci note on Ng's network (stored file 45486868477, used by an earlier
batch), Ng's planar-data solutions in JSON (stored file 54713337311, used), a React MathBlock page (stored file
66945648408) and a Spanish JavaScript lesson (stored file 71151659190), both outside this batch's emphasis, and many
more copies of Samson Zhang's README (stored files 30238001163, 34954897379, 20359843446 among them).

Collected on 2026-12-07 (22:28 to 22:35 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
5 of 8 loaded as first written; the MNIST README.txt's "f1 prime" and the digit recognizer's "g[1]′" were refused as
function names (a notation's functions take a word of letters, digits and underscores), so the first declares f1 =
tanh and the second none, and the blog's [data] was first written flat (x = [1.0, 2.0]; now [[1.0, 2.0]]). The
oracle's first run disagreed with 3 expectations, each worked out from the math: bl-dy, first expected correct at
the page's y = 1, is wrong as a formula over the network's quantities (the oracle judges a symbolic member at random
points, where the label is 0 as often as 1); bl-yh's numbers and bl-ln's, first expected correct, carry the page's
slip in z_1 (1.8 written 2.3), which the transcription had not been checked against: all three now expected wrong,
and the oracle passed every verdict (56 entries and the batch's checks; the 3 mistyped entries have no verdicts).
Run blind at main 3a066af (/work/READY_FOR_BLIND64; src/ as at 3a066af, the rebase a no-op, the branch already on
it), with nothing under src/ changed. The first run (/work/batch173_blind.txt): 56 of 59 read with every verdict
right (95%), 0 refused, 0 misread, 2 typos refused, 1 typo read, no crash, NO WRONG FORMULA CALLED CORRECT. One
refusal was a slip of this batch's notation, not the page's nor the reader's: the digit recognizer's sz-dz1 was
refused at g[1]′ with the message "formula "dZ[1]=W[2]TdZ[2] .* g[1]'(z[1])": g'(...) : name the activation g
stands for in the notation, functions = { g = "sigmoid" }" (blind_batch.py reports it as naming 'T' only because
the formula's text, quoted in the message, holds W[2]T): the page's forward lines name the activation gReLU, and a
teacher would have declared g = "relu", which the notation had dropped when "g[1]′" was refused as a function's
name. With g declared, the second run (/work/batch173_blind2.txt): 56 of 59 read with every verdict right (95%), 0
refused, 0 misread, 1 typo refused, 2 typos read (sz-dz1 now read, as its twin sz-dw2 was), no crash, NO WRONG
FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py -k "b173-" passed after the correction, check's
never-wrong-called-correct test included.

Of the 4 mistaken formulas, all 4 were read with their wrong members called wrong: cv-d3 (the mean's 2/n missing),
bl-dy (-1/y_hat, the label dropped), bl-yh (its symbolic member called correct, 1/(1 + e^{-3.18}) and 0.96 wrong),
bl-ln (-[\log(0.96)] and 0.04 wrong). By page: the Spanish XOR script 8 of 8, the XOR class 6 of 6, the Chinese
function fit 8 of 8, CS224d's q2_neural 7 of 7, the MNIST README.txt 7 of 7 (and its typo refused), the digit
recognizer's README 5 of 5 (and its two typos, refused at first for the notation's slip and read: see below), the
camera script 8 of 8, the blog post 7 of 7.

The refusals and readings of typos by construct (no misreading), with the exact messages:

- the typo refused: mn-dw3, "formula 'dW3 = (1/m)*dZ2*A1^T': dW_{3} matches none of the notation's patterns for dW
  ('dW1')" (naming it, as dW_{3});
- the typos read, the rendered notebook's superscript T copied as a letter: sz-dw2, dW[2]=1mdZ[2]A[1]T, read as
  correct in both runs (the T after A[1] taken as the transpose; 1m read some way that one sample cannot tell
  from 1/m, as 1 times m or the 1 dropped), and sz-dz1, dZ[1]=W[2]TdZ[2].∗g[1]′(z[1]), read as correct in the second run (W[2]T as the transpose, .∗
  the entrywise product, g[1]′ the ReLU's derivative once g is declared). A reading of a copy's lost superscript
  rather than a refusal: right in value here, on the one sample the problem files hold.

Read, among the constructs these pages brought: the WildML backward pass on rows with sigmoid(z1) * (1 - sigmoid(z1))
and .sum(axis=0, keepdims=True); += updates of the rate times a code's negated gradient (d_weights) and a delta
with 2 * (Y - yout); a script whose a1 names the hidden sums and h the outputs, (a1 > 0) for the ReLU's slope and
/ len(x_train) named in the notation; CS224d's / N, delta2 = dCE/dh twinned as a value, sigmoid_grad of the outputs
and np.sum(delta3, 0, keepdims=True) with the axis by position, trailing comments in Chinese with full-width commas;
"#    " before Ng's steps, * for the matrix product, (1/m) *sum(dZ2,1), "f1 prime (Z1)" in words with f1 declared
tanh, der_cost_W2 in parentheses; bracketed layers without ^ (W[2], dZ[2]) with := and a Unicode minus and alpha
written against dW[2]; np.mean's missing factor called wrong (cv-d3); \[ displays over three lines and \( inline
in Markdown list items, a chain of three partial derivatives, e^{-z_2} and worked numbers carrying a page's slip
(bl-yh, bl-ln called wrong), -1/y_hat called wrong for the label it drops.

Which look general: none of this batch's refusals (the one typo refused is the page's, dW3 in a two-layer network;
the first run's g[1]′ refusal was this notation's slip, and check's message named the fix). The typos read, a
copied superscript T taken as the transpose, look general for text copied from rendered notebooks (many stored
copies of Samson Zhang's README have the same lines); whether 1m, a lost 1/m, reads as 1/m was not tested.
"""


from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch173_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ES = _STORED.format(23435721164, "# -*- coding: utf-8 -*-",
                     "a Spanish XOR script by carlo (2023), \"Aprendizaje Profundo\": sigmoid hidden units, softmax "
                     "outputs, the WildML backward pass on rows")
_CU = _STORED.format(38827779827, "import numpy as np",
                     "an XOR NeuralNetwork class: sigmoid layers without biases, delta3 = 2 * (Y - yout) * "
                     "sigmoid_derivative(zout), += updates")
_ZH = _STORED.format(40238436748, "import numpy as np",
                     "a function-fitting script commented in Chinese: a two-layer ReLU network, mse_loss, the "
                     "gradients averaged over the samples by len(x_train)")
_CS = _STORED.format(729274411, "#!/usr/bin/env python",
                     "CS224d's q2_neural.py answered with comments in Chinese: forward_backward_prop of a sigmoid "
                     "network with softmax outputs, delta3 = (y_hat - y) / N")
_MN = _STORED.format(46892666541, "It will be convinient to broadly break down this project as a SIX step process.",
                     "an MNIST project's README.txt: Ng's steps as # comments, tanh hidden units, softmax outputs")
_SZ = _STORED.format(5733442268, "# Digit-Recognizer (from scratch)",
                     "a digit recognizer's README: the equations of Samson Zhang's MNIST notebook copied as text, "
                     "square brackets for the layers, fractions and superscripts lost")
_CV = _STORED.format(52534794065, "import cv2",
                     "a camera script's train function: a sigmoid network on MNIST-sized rows under np.mean of the "
                     "squared error")
_BL = _STORED.format(40670927235, "---",
                     "a Jekyll blog post, \"Simple Neural Network in Python with Math behind it\" (2024): a worked "
                     "forward pass and the gradients' chain rule in \\\\( and \\\\[ displays")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I1 = tuple({"j": j, "i": 0} for j in range(3))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))

# the Spanish 2-4-2 network (sigmoid hidden, softmax with the cross-entropy): dL/dz1[j]
_ES_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"

# the XOR class's 2-2-1 sigmoid network without biases under the squared error: dE/dz2, dE/dz1[j]
_CU_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CU_D1 = f"{_CU_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Chinese 1-3-1 network (ReLU hidden, linear output, the squared error's mean over one output): dL/dz2, dL/dz1[j]
_ZH_D2 = "2*(a2[0] - y[0])"
_ZH_D1 = f"{_ZH_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# CS224d's 3-2-3 network (sigmoid hidden, softmax with the cross-entropy): dL/da1[j], dL/dz1[j]
_CS_A1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_CS_D1 = f"{_CS_A1}*a1[{{j}}]*(1 - a1[{{j}}])"

# the MNIST README's 3-2-3 network (tanh hidden, softmax with the cross-entropy): dL/dz1[j]
_MN_D1 = f"{_CS_A1}*(1 - a1[{{j}}]**2)"

# the digit recognizer's 3-2-3 network (ReLU hidden, softmax with the cross-entropy): dL/dz1[j]
_SZ_D1 = f"{_CS_A1}*Heaviside(z1[{{j}}])"

# the camera script's 3-2-3 sigmoid network under the mean squared error over its three outputs: dL/dz2[k], dL/dz1[j]
_CV_D2 = "2/3*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CV_D1 = ("(" + " + ".join(f"2/3*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
          + ")*a1[{j}]*(1 - a1[{j}])")

# the blog's 2-2-1 network (ReLU hidden, sigmoid output, the binary cross-entropy): dL/dy_hat, the loss
_BL_DY = "(-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"
_BL_L = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"


ENTRIES = [
    # ---- the Spanish XOR script (four-space indentation): the WildML backward pass on rows with the sigmoid's
    # slope written sigmoid(z1) * (1 - sigmoid(z1)), .sum(axis=0) for the bias gradients, -= updates ------------------
    Public("q173-es-dw2", _ES, "b173_es", "b173_es", "    dW2 = np.dot(a1.T, delta3)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J4),), batch=173,
           why="delta3 the output sums' gradient (y_hat with 1 taken from the label's entry); the product input-first"),
    Public("q173-es-db2", _ES, "b173_es", "b173_es", "    db2 = delta3.sum(axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=173,
           why="the sum over the samples (rows) as the array's method"),
    Public("q173-es-d2", _ES, "b173_es", "b173_es",
           "    delta2 = np.dot(delta3, W2.T) * sigmoid(z1) * (1 - sigmoid(z1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ES_D1.replace("a1[{j}]*(1 - a1[{j}])",
                                                          "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"),), _J4),),
           batch=173, why="the sigmoid's slope written of the hidden sums"),
    Public("q173-es-dw1", _ES, "b173_es", "b173_es", "    dW1 = np.dot(X.T, delta2)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ES_D1}",), _J4I2),), batch=173),
    Public("q173-es-db1", _ES, "b173_es", "b173_es", "    db1 = delta2.sum(axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ES_D1,), _J4),), batch=173),
    Public("q173-es-w2", _ES, "b173_es", "b173_es", "    W2 -= learning_rate * dW2", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K2J4),), batch=173),
    Public("q173-es-w1", _ES, "b173_es", "b173_es", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_ES_D1}",), _J4I2),), batch=173),
    Public("q173-es-b1", _ES, "b173_es", "b173_es", "    b1 -= learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ES_D1}",), _J4),), batch=173),
    # ---- the XOR class (eight-space indentation): no loss named, delta3 = 2 * (Y - yout) * sigmoid'(zout) (minus
    # the squared error's gradient at the output sum), d_weights added to the weights with the rate -----------------
    Public("q173-cu-d3", _CU, "b173_cu", "b173_cu", "        delta3 = 2 * (Y - yout) * sigmoid_derivative(zout)",
           ((C,),), (Twin("value", f"-{_CU_D2}", ("2*(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),),
           batch=173, why="the code's delta (-dE/dzout under the squared error (Y - yout)^2), a value; "
                          "sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)) taken of the sum"),
    Public("q173-cu-dw2", _CU, "b173_cu", "b173_cu", "        d_weights2 = np.dot(y1.T, delta3)", ((C,),),
           (Twin("value", f"-{_CU_D2}*a1[{{j}}]", (f"a1[{{j}}]*(-{_CU_D2})",), _J2),), batch=173,
           why="minus the gradient of w2 (input-first), a value"),
    Public("q173-cu-d2", _CU, "b173_cu", "b173_cu",
           "        delta2 = np.dot(delta3, w2.T) * sigmoid_derivative(z1)", ((C,),),
           (Twin("value", f"-{_CU_D1}",
                 (f"-{_CU_D2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J2),), batch=173,
           why="-dE/dz1, a value: the row delta3 times w2 transposed"),
    Public("q173-cu-dw1", _CU, "b173_cu", "b173_cu", "        d_weights1 = np.dot(X.T, delta2)", ((C,),),
           (Twin("value", f"-{_CU_D1}*x[{{i}}]", (f"x[{{i}}]*(-{_CU_D1})",), _J2I2),), batch=173),
    Public("q173-cu-w1", _CU, "b173_cu", "b173_cu", "        w1 += learning_rate * d_weights1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_CU_D1}*x[{{i}}]",), _J2I2),), batch=173,
           why="+= of the rate times minus the gradient: the descent step"),
    Public("q173-cu-w2", _CU, "b173_cu", "b173_cu", "        w2 += learning_rate * d_weights2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_CU_D2}*a1[{{j}}]",), _J2),), batch=173),
    # ---- the Chinese function-fitting script (four-space indentation): a1 the hidden SUMS and h the outputs, the
    # gradient divided by len(x_train), the ReLU's slope written (a1 > 0), comments in Chinese ---------------------
    Public("q173-zh-d3", _ZH, "b173_zh", "b173_zh",
           "    delta3 = 2 * (y_pred - y_train) / len(x_train)  # dL/dy_pred", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_ZH_D2}/1",)),), batch=173,
           why="the mean squared error's gradient at the linear output, divided by the number of samples (one); its "
               "comment's dL/dy_pred is dL/dz2 here"),
    Public("q173-zh-dw2", _ZH, "b173_zh", "b173_zh", "    dW2 = np.dot(h.T, delta3)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_ZH_D2}",), _J3),), batch=173,
           why="h the hidden outputs"),
    Public("q173-zh-db2", _ZH, "b173_zh", "b173_zh", "    db2 = np.sum(delta3, axis=0)", ((C,),),
           (Twin("gradient", "b2[0]", (_ZH_D2,)),), batch=173),
    Public("q173-zh-d2", _ZH, "b173_zh", "b173_zh", "    delta2 = np.dot(delta3, W2.T) * (a1 > 0)  # ReLU导数",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_ZH_D1,), _J3),), batch=173,
           why="(a1 > 0) the ReLU's slope, a1 the hidden SUMS (forward's a1 = x W1 + b1); the comment in Chinese "
               "(\"ReLU's derivative\")"),
    Public("q173-zh-dw1", _ZH, "b173_zh", "b173_zh", "    dW1 = np.dot(x_train.T, delta2)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ZH_D1}",), _J3I1),), batch=173),
    Public("q173-zh-db1", _ZH, "b173_zh", "b173_zh", "    db1 = np.sum(delta2, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ZH_D1,), _J3),), batch=173),
    Public("q173-zh-w1", _ZH, "b173_zh", "b173_zh", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_ZH_D1}",), _J3I1),), batch=173),
    Public("q173-zh-b2", _ZH, "b173_zh", "b173_zh", "    b2 -= learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_ZH_D2}",)),), batch=173),
    # ---- CS224d's q2_neural.py (four-space indentation, trailing comments in Chinese giving the arrays' shapes):
    # delta3 divided by N, delta2 = dCE/dh, sigmoid_grad taken of the outputs h, gradW2 ... gradb1 --------------------
    Public("q173-cs-d3", _CS, "b173_cs", "b173_cs",
           "    delta3 = (y_hat - y) / N            # 维度=(20,10)=(样本，分类)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - t[{k}])/1",), _K3),), batch=173,
           why="the cross-entropy averaged over the N samples (one) through the softmax; the comment gives the "
               "shape (samples, classes)"),
    Public("q173-cs-d2", _CS, "b173_cs", "b173_cs",
           "    delta2 = np.dot(delta3, W2.T)       # 维度=(20,5)=(样本，隐藏层节点)", ((C,),),
           (Twin("value", _CS_A1, (_CS_A1,), _J2),), batch=173,
           why="dCE/dh (its comment), the derivative by the hidden outputs, a value"),
    Public("q173-cs-d1", _CS, "b173_cs", "b173_cs",
           "    delta1 = delta2 * sigmoid_grad(h)   # 维度=(20,5)=(样本，隐藏层节点)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CS_D1,), _J2),), batch=173,
           why="sigmoid_grad(f) = f (1 - f) taken of the hidden outputs h"),
    Public("q173-cs-gw2", _CS, "b173_cs", "b173_cs",
           "    gradW2 = np.dot(h.T, delta3)        # 维度=(5,10)=(隐藏层节点，分类)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K3J2),), batch=173),
    Public("q173-cs-gb2", _CS, "b173_cs", "b173_cs",
           "    gradb2 = np.sum(delta3, 0, keepdims=True)  # 维度=(1,10)=(，分类)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("(a2[{k}] - t[{k}])/1",), _K3),), batch=173,
           why="np.sum with the axis given by position, 0 (the samples)"),
    Public("q173-cs-gw1", _CS, "b173_cs", "b173_cs",
           "    gradW1 = np.dot(X.T, delta1)        # 维度=(10,5)=(分类，隐藏层节点)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CS_D1}",), _J2I3),), batch=173),
    Public("q173-cs-gb1", _CS, "b173_cs", "b173_cs", "    gradb1 = np.sum(delta1, 0)          # 维度=(1,5)=(，分类)",
           ((C,),), (Twin("gradient", "b1[{j}]", (_CS_D1,), _J2),), batch=173),
    # ---- the MNIST README.txt (Ng's steps as # comments after "#    "): * the matrix product as in its Z1 = W1 * X
    # + b1, (1/m) *sum(dZ2,1), "f1 prime (Z1)" in words, one name mistyped -----------------------------------------
    Public("q173-mn-dz2", _MN, "b173_mn", "b173_mn", "#    dZ2 = (A2 - Y)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=173,
           why="the cross-entropy through the softmax output, Y one-hot"),
    Public("q173-mn-dw3", _MN, "b173_mn", "b173_mn", "#    dW3 = (1/m)*dZ2*A1.T", unreadable="dW3", batch=173,
           why="dW3: the two-layer network has no W3 (dW2 was meant: the page's typo; its update names der_cost_W2)"),
    Public("q173-mn-db2", _MN, "b173_mn", "b173_mn", "#    db2 = (1/m) *sum(dZ2,1)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("1/1*(a2[{k}] - t[{k}])",), _K3),), batch=173,
           why="sum(dZ2,1) over axis 1, the samples (the columns), as NumPy's np.sum(dZ2, 1) which the page's "
               "np.random.randn steps are in"),
    Public("q173-mn-dz1", _MN, "b173_mn", "b173_mn", "#    dZ1 = W2.T * dZ2 * f1 prime (Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MN_D1,), _J2),), batch=173,
           why="W2.T * dZ2 the matrix product (the page's * is, as in its Z1 = W1 * X + b1), \"f1 prime (Z1)\" "
               "tanh's derivative at the sums in words"),
    Public("q173-mn-dw1", _MN, "b173_mn", "b173_mn", "#    dW1 = (1/m)* dZ1*X.T", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_MN_D1}*x[{{i}}]",), _J2I3),), batch=173,
           why="dZ1*X.T the product of a column and a row"),
    Public("q173-mn-db1", _MN, "b173_mn", "b173_mn", "#    db1 = (1/m)*sum(dZ1,1)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"1/1*{_MN_D1}",), _J2),), batch=173),
    Public("q173-mn-w2", _MN, "b173_mn", "b173_mn", "#    W2 = W2 - alpha * (der_cost_W2)", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=173,
           why="der_cost_W2 the cost's derivative by W2, in parentheses"),
    Public("q173-mn-b1", _MN, "b173_mn", "b173_mn", "#    b1 = b1 - alpha * (der_cost_b1)", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_MN_D1}",), _J2),), batch=173),
    # ---- the digit recognizer's README (four-space indentation, Unicode minus and alpha): Ng's layers in square
    # brackets with no ^, copied from a rendered notebook: the fractions 1/m and the superscript T lost -------------
    Public("q173-sz-dz2", _SZ, "b173_sz", "b173_sz", "    dZ[2]=A[2]\u2212Y", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=173,
           why="the cross-entropy through the softmax output; a Unicode minus"),
    Public("q173-sz-dw2", _SZ, "b173_sz", "b173_sz", "    dW[2]=1mdZ[2]A[1]T", unreadable="T", batch=173,
           why="1/m copied as 1m and the transpose's superscript T as a letter after A[1] (the rendered notebook's "
               "\\frac{1}{m} dZ^{[2]} A^{[1]T}, copied as text: the page's typo)"),
    Public("q173-sz-w2", _SZ, "b173_sz", "b173_sz", "    W[2]:=W[2]\u2212\u03b1dW[2]", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=173,
           why="the Greek alpha the rate, written against dW[2] with no space"),
    Public("q173-sz-b2", _SZ, "b173_sz", "b173_sz", "    b[2]:=b[2]\u2212\u03b1db[2]", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K3),), batch=173),
    Public("q173-sz-w1", _SZ, "b173_sz", "b173_sz", "    W[1]:=W[1]\u2212\u03b1dW[1]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_SZ_D1}*x[{{i}}]",), _J2I3),), batch=173),
    Public("q173-sz-b1", _SZ, "b173_sz", "b173_sz", "    b[1]:=b[1]\u2212\u03b1db[1]", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_SZ_D1}",), _J2),), batch=173),
    Public("q173-sz-dz1", _SZ, "b173_sz", "b173_sz", "      dZ[1]=W[2]TdZ[2].\u2217g[1]\u2032(z[1])", unreadable="T",
           batch=173,
           why="W[2]T: the transpose's superscript copied as a letter (W^{[2]T} rendered; the page's typo), with "
               ".\u2217 (a Unicode asterisk) for the entrywise product and g[1]\u2032 the ReLU's derivative"),
    # ---- the camera script's train function (eight-space indentation): the WildML names under np.mean of the
    # squared error, delta3 without the mean's 2/n: one slip --------------------------------------------------------
    Public("q173-cv-d3", _CV, "b173_cv", "b173_cv",
           "        delta3 = (y_pred - y_train) * sigmoid_derivative(z2)", ((W,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K3),),
           batch=173,
           why="the loss is np.mean((y_pred - y_train)**2): its gradient at the output sums is 2/n (y_pred - "
               "y_train) sigmoid'(z2), n the number of entries averaged (3 outputs here, 10 outputs times the "
               "samples there); the factor is missing (the code's slip)"),
    Public("q173-cv-d2", _CV, "b173_cv", "b173_cv",
           "        delta2 = np.dot(delta3, W2.T) * sigmoid_derivative(z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CV_D1.replace("a1[{j}]*(1 - a1[{j}])",
                                                          "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"),), _J2),),
           batch=173, why="delta3 the output sums' gradient, as named: right as written in it"),
    Public("q173-cv-dw2", _CV, "b173_cv", "b173_cv", "        dW2 = np.dot(a1.T, delta3)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_CV_D2}",), _K3J2),), batch=173),
    Public("q173-cv-db2", _CV, "b173_cv", "b173_cv", "        db2 = np.sum(delta3, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{k}]", (_CV_D2,), _K3),), batch=173),
    Public("q173-cv-dw1", _CV, "b173_cv", "b173_cv", "        dW1 = np.dot(X_train.T, delta2)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CV_D1}",), _J2I3),), batch=173),
    Public("q173-cv-db1", _CV, "b173_cv", "b173_cv", "        db1 = np.sum(delta2, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_CV_D1,), _J2),), batch=173),
    Public("q173-cv-w2", _CV, "b173_cv", "b173_cv", "        W2 -= learning_rate * dW2", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_CV_D2}",), _K3J2),), batch=173),
    Public("q173-cv-b1", _CV, "b173_cv", "b173_cv", "        b1 -= learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_CV_D1}",), _J2),), batch=173),
    # ---- the blog post (Markdown for Jekyll: \\( and \\[ in the file, taken as they render, one backslash): the
    # worked output, the loss and its number, the chain rule for W_2 and its factors, the update with eta ----------
    Public("q173-bl-yh", _BL, "b173_bl", "b173_bl",
           "\\[\n\\hat{y} = \\frac{1}{1 + e^{-z_2}} = \\frac{1}{1 + e^{-3.18}} = 0.96\n\\]", ((C, W, W),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))", "=1/(1 + np.exp(-3.18))", "=0.96")),), batch=173,
           why="the worked output, a value: its z_2 = 3.18 carries the page's slip in z_1 = [1.3, 2.3] (W_1's second "
               "row gives 0.1*1 + 0.6*2 + 0.5 = 1.8, not 2.3): z_2 = 0.7*1.3 + 0.9*1.8 + 0.2 = 2.73, y_hat = 0.939, "
               "not 0.96; the symbolic member right"),
    Public("q173-bl-l", _BL, "b173_bl", "b173_bl",
           "\\[\nL = -[y \\log(\\hat{y}) + (1 - y) \\log(1 - \\hat{y})]\n\\]", ((C,),),
           (Twin("value", _BL_L, (_BL_L,)),), batch=173,
           why="the binary cross-entropy's definition, square brackets for grouping, a value"),
    Public("q173-bl-ln", _BL, "b173_bl", "b173_bl", "\\[\nL = -[\\log(0.96)] = 0.04\n\\]", ((W, W),),
           (Twin("value", _BL_L, ("=-np.log(0.96)", "=0.04")),), batch=173,
           why="the loss at y = 1 worked in numbers from the page's y_hat = 0.96, which carries its slip in z_1 "
               "(1.8 written 2.3): the true loss is -log(0.939) = 0.063, so both -log(0.96) and 0.04 are wrong"),
    Public("q173-bl-ch", _BL, "b173_bl", "b173_bl",
           "\\[\n\\frac{\\partial L}{\\partial W_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot "
           "\\frac{\\partial \\hat{y}}{\\partial z_2} \\cdot \\frac{\\partial z_2}{\\partial W_2}\n\\]", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_BL_DY}*a2[0]*(1 - a2[0])*a1[{{j}}]",), _J2),), batch=173,
           why="the chain rule through the output, its last factor the derivative of z_2 by the row W_2 (a_1)"),
    Public("q173-bl-dy", _BL, "b173_bl", "b173_bl",
           "- \\( \\frac{\\partial L}{\\partial \\hat{y}} = -\\frac{1}{\\hat{y}} \\)", ((W,),),
           (Twin("value", _BL_DY, ("-1/a2[0]",)),), batch=173,
           why="-1/y_hat is the derivative by the output only where the label is 1 (the page's example: \"If the "
               "true label y = 1\", two paragraphs before); as a formula in the network's quantities it drops the "
               "label (-y/y_hat + (1 - y)/(1 - y_hat)) and is wrong wherever y = 0: the page's specialisation, "
               "unstated at the formula; a Markdown list item"),
    Public("q173-bl-dz", _BL, "b173_bl", "b173_bl",
           "- \\( \\frac{\\partial \\hat{y}}{\\partial z_2} = \\hat{y}(1 - \\hat{y}) \\)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=173,
           why="the sigmoid's slope written of the output, a value"),
    Public("q173-bl-up", _BL, "b173_bl", "b173_bl",
           "\\[\nW_2 = W_2 - \\eta \\cdot \\frac{\\partial L}{\\partial W_2}\n\\]", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _J2),), batch=173,
           why="eta the rate (not given: the problem file's 0.1)"),
]
