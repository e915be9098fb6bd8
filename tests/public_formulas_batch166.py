r"""Batch 166 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on softmax and
cross-entropy classifiers and vectorized batch gradients: NumPy, PyTorch by hand checked against autograd, and the
derivations beside them, with ReLU and tanh hidden layers; every address a stored file whose repository the index does
not name): a Markdown series' Part 8 (stored file 53324326018: a plain code block of ∂L/∂ lines with arrow
comments, ∂L/∂W2 = A1.T @ (∂L/∂Z2) / batch_size, then the TwoLayerNet's backward method), a spiral script with two ReLU
hidden layers after CS231n's case study (stored file 22357243639: dW3 = np.dot(hidden_layer2.T, dscores)), notes in
Chinese on Karpathy's makemore part 4 (stored file 59083427319: dhpreact = (1.0 - h**2) * dh, shape comments with
arrows), a concept page on autograd (stored file 70498202044: a tanh net's backward pass by hand in PyTorch, checked
with torch.allclose against W1.grad), a Korean section deriving the softmax and cross-entropy gradient (stored file
27177182108: $$ displays, \hat{y}_k(\delta_{ki} - \hat{y}_i), \sum_{k=1}^{K}, a printed output's worked loss), a
traffic-sign assignment's FCNetwork (stored file 55467251172: one sample, columns, np.outer, (self.z1 > 0).astype),
a Markdown page of worked solutions (stored file 4042751848: plain code blocks in Unicode, ∑, ŷᵢ, yₖ, ·, ≈, a
gradient worked in bracketed vectors), an iris softmax-regression script (stored file 66683369386: a docstring's
plain-text derivation, dL/dW = (1/N) X^T (P - Y) + 2 lambda W, W <- W - eta * dL/dW, then the code's gradients),
nnscope's plain-arrays example (stored file 71562781588: tuple assignments dW2, db2 = h.T @ dz2, dz2.sum(0), t the
target and y the output) and a softmax-regression script commented in Polish (stored file 424800449: grad = Xb.T @
(P - Yb) / Xb.shape[0]). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded; LaTeX in a Markdown file taken as written, one backslash), each with the notation a teacher would write for
the page under shared/spec/notation.md (and docs/notation.md for what the product documents: the code's d names as
the gradients, transposed where the samples are rows, "dW2" = "grad(W2[:, :]).T"; the one-hot targets as t,
"Y_onehot" = "t[:].T"; a derivative by the outputs (dh, da1, d_h, d_out, ∂L/∂A1) its grad(a...); the batch's size
written by the page (batch_size, m, N, len(x), out.numel(), Xb.shape[0]) one, the networks holding one sample; the
iris script's lambda and lam 0, the problem file having no penalty; the Korean section's indices k, i, j counted from
1; nnscope's y the OUTPUT and t the target, as its y = h @ W2 + b2 names them), a network of the kind the page
describes (with the page's numbers where it gives them: the Korean example's logits [2.0, 1.0, 0.1] and y = [1, 0, 0]
written as one softmax layer on x = 1; the solutions' y_hat = [0.3, 0.7] and y = [0, 1] as logits [0, ln(7/3)]; the
rates the files write, 0.5, 1e-0, 0.01, 0.5, 0.1, 0.05; all in tests/public_formulas_batch166_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A derivative by an output (dh, da1, d_h, d_out, ∂L/∂A1, ∂L/∂ŷ_k), the softmax's Jacobian (∂ŷ_k/∂z_i), a loss's
value and a gradient worked in numbers are twinned as values, as in batches 14 to 143. Formulas keep their page's
delimiters and what surrounds them on their line (a code line's indentation, aligned = signs and trailing #
comment, a plain code block's arrow comment, a docstring's parenthesized gloss); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 166

The batch: 59 formulas from 10 addresses (Part 8 8, the two-ReLU spiral script 6, the makemore notes 4, the autograd
page 5, the Korean section 8, the FCNetwork 8, the worked solutions 4, the iris script 8, nnscope's example 6, the
Polish script 2). 7 are in $$ displays (the Korean section's), 15 in plain-text mathematics (Part 8's 6 ∂L/∂ lines,
the solutions' 4 in Unicode, the iris docstring's 4, the Korean printed output's line), 37 in code (Python/NumPy 28,
PyTorch 9). By kind: 15 gradient matrices (two of them with a bias's gradient in the same tuple assignment), 8 bias
gradients, 16 gradients of sums (output and hidden deltas, the softmax-cross-entropy's P - Y in five notations), 8
derivatives by outputs and Jacobians, 9 updates (with self.lr, eta, lr; -=, <- and =), 3 worked in numbers.

1 is mistaken (the oracle finds at least one member wrong), once its twin was corrected after the first blind run,
and none is mistyped:

- the Korean section's ko-num, L = -log(ŷ₀) = -log(0.6590) = 0.4170, the printed output of its example: -log(ŷ₀) is
  the cross-entropy only at the example's label (class 0, y = [1, 0, 0]); as a formula for L it is wrong for every
  other target, which is how the oracle judges a value's symbolic members; the numbers are right. It was first
  twinned at the label (-log(a1[0]), every member correct), a choice of mine against the oracle's view (given L's
  definition as the target, the oracle had called the member wrong before the run); the blind run's misreading made
  me revisit it, and the twin now holds L's definition: wrong, correct, correct.

The other lines taken are right on the one-sample networks that hold them. The slips these pages have are ones such a
network cannot show, and were left out or are right at one sample: the two-ReLU spiral script's dW3 += reg * W3 and
dW2 += reg * W2 where its reg_loss = 0.5*reg*np.sum(W*W) penalizes the first layer's W alone (the problem file has no
penalty; every regularization line left out); Part 8's ∂L/∂Z2 = A2 - Y_onehot beside ∂L/∂W2 = A1.T @ (∂L/∂Z2) /
batch_size, which divides by the batch twice if ∂L/∂Z2 is the batch mean's (as the class's dZ2 = (A2 -
y_true_onehot) / m is): one at one sample, taken, right here; the solutions' Exercise 4.2, which takes ∂L/∂z2 =
[0.3, -0.3] from Exercise 4.1's made-up probabilities beside Exercise 3.1's network (whose logits [0.44, -0.22] give
other ones): not taken.

Not mistaken, though they look it: the iris script's + 2 lambda W and + 2 * lam * W (lambda 0 here); the makemore
notes' dhpreact = (1.0 - h**2) * dh, tanh's slope written of its output, with hpreact the tanh's input (below it
BatchNorm and an embedding, which hold no line taken: hpreact is the hidden sums here); nnscope's dz2 = 2 * (y - t) /
len(x), named for the output's sum and commented dL/dy (the output is linear, so they are the same); the FCNetwork's
db2 = dz2 and db1 = dz1 (one sample, columns).

What was left out: Part 8's forward pass and its loss functions' docstrings (binary cross-entropy's dL/dŷ on another
network), the class's other lines (dW2 = A1.T @ dZ2 and the rest, the same as the Markdown's, past eight from one
file); the spiral script's dscores = probs, dscores[range(num_examples),y] -= 1 and dscores /= num_examples (in-place
steps), dhidden2 = np.dot(dscores, W3.T) and dhidden1 = np.dot(dhidden2, W2.T) (names whose meaning changes on the
next line, dhidden2[hidden_layer2 <= 0] = 0), the regularization lines and the updates (with regularized gradients);
the makemore notes' BatchNorm, embedding and cross-entropy-by-pieces lines (no network of the problem format holds
them), dlogits /= n, the per-class rule "当 i = y ... P_i - 1" (a case of the label), the tanh display
$$\text{如果 } a = \tanh(z)，\text{则 } \frac{da}{dz} = 1 - a^2$$ (a conditional in Chinese prose with unnamed a and z) and
the rules table; the autograd page's forward lines, its custom STE and micro-batch examples; the Korean section's
softmax definition, its Case 2 lines (for i ≠ k only), the continuation lines beginning with = and the code's
printed arrays; the FCNetwork's dz2[label] -= 1.0 (an indexed subtraction) and its other updates; the solutions' Part
1-3 forward passes, Exercise 4.2-5.2 (a gradient given, not the network's: see above) and their code; the iris
script's loss and its docstring's one-line summary; nnscope's forward lines and its other updates; the Polish script's
comment X^T (P - Y) / batch_size (an expression with no left side) and its loss. Pages read and not taken: a spiral
demo with backward_softmax and backward_dnn (stored file 40835336644: the same lines as the two-ReLU script's, taken
first and then replaced by the solutions page for variety), a neuron-object network whose softmax_derivative(val) =
val * (1 - val) multiplies target - val (stored file 159608833: lines over neuron objects no notation names), a CMU
cross-entropy derivation (stored file 23140793752, used by an earlier batch), CS231n's linear classifier (several
copies), a blog post whose derivation is in images (DoctorLinzhenxiang/hexoblog), Lab 24.1's loop over layers with g
rebound each pass (stored file 71555368213).

Collected on 2026-12-07 (19:48 to 20:02 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
the Korean section's network needed its data written as a list of samples and its notation's indices as "kij" (not
"k i j"); the rest loaded as first written. The oracle's first run passed every verdict but one transcription: the
Korean printed line's -log written for the oracle's NumPy (-np.log); the solutions page, added after it, needed its
loss twinned as the cross-entropy's sum (the member written as the page's general sum) and its bracketed vectors
twinned as a value of the vector (a1 - t)[k], as batch 145's; no expected verdict was changed before the blind run
(the Korean printed line's was after it: see ko-num above and below).

Run blind at main 83a5274 (/work/READY_FOR_BLIND62; src/ as at 83a5274; the rebase a no-op, the branch already on
it), with nothing under src/ changed. The first run (kept as /work/batch166_blind_run1.txt): 54 of 59 read with every
verdict right (92%), 3 refused, 2 misread, no typo (none in the batch), no crash, NO WRONG FORMULA CALLED CORRECT. One
refusal was my notation's slip: Part 8's notation named W2 and self.W1 but not W1, so ∂L/∂W1 = X.T @ (∂L/∂Z1) /
batch_size was refused; "W1" = "W1[:, :].T" was added and the batch run once more (/work/batch166_blind.txt): 55 of
59 (93%), 2 refused, 2 misread, no crash, NO WRONG FORMULA CALLED CORRECT. One misreading was my twin's slip (ko-num,
above): check's verdicts in the second run, wrong, correct, correct, are what the corrected twin expects, so with it
the batch stands at 56 of 59 (95%), 2 refused, 1 misread (counted from the second run's verdicts, not run a third
time). tests/test_public_formulas_held_out.py -k b166- passed after the corrections, check's
never-wrong-called-correct test included.

Of the 1 mistaken formula, 1 was read with its wrong member called wrong (ko-num's -log(ŷ₀), in both runs). By page
(the second run, ko-num as corrected): Part 8 7 of 8 (6 of 8 in the first run), the two-ReLU spiral script 6 of 6,
the makemore notes 4 of 4, the autograd page 5 of 5, the Korean section 6 of 8 (5 of 8 as the runs came), the
FCNetwork 8 of 8, the worked solutions 4 of 4, the iris script 8 of 8, nnscope's example 6 of 6, the Polish script 2
of 2.

The refusals and misreadings by construct, with the exact message:

- a keyword argument inside a call on the right side: md-b2, ∂L/∂b2 = mean(∂L/∂Z2, axis=0), "formula '\\partial
  L/\\partial b2 = mean(\\partial L/\\partial Z2, axi...': the keyword argument axis= inside a call's arguments at '='
  (position 59); write the call without it; an activation's derivative flag reads as deriv=True (or derivative=True,
  or the flag alone, f(x, True))" (both runs);
- a vector named beside its entries counted from 1 (the notation's "\\hat{y}" = "a1[:]" and "\\hat{y}_{k}" =
  "a1[k-1]", "z_{k}" = "z1[k-1]", "y_{k}" = "t[k-1]"): ko-jac, \frac{\partial \hat{y}_k}{\partial z_i} =
  \hat{y}_k(\delta_{ki} - \hat{y}_i), misread (expected correct, got wrong; check, run by hand on it after the blind
  run, reads it "as the value, for all 12 index values", first wrong at k = 0, i = 1: k run from 0 and i from 1, as if
  \hat{y}_k were read through the vector counted from 0 and z_i through z_{k} counted from 1); ko-dly,
  \frac{\partial L}{\partial \hat{y}_k} = -\frac{y_k}{\hat{y}_k}, refused:
  "formula '\\frac{\\partial L}{\\partial \\hat{y}_k} = -\\frac{y_k}{\\hat{...': y_{k}
  at k = 0: 'y_{k}' means 't[k-1]' (k = 0): index -1 is out of range (0..2): the network has 3 outputs; k = 0 is among
  the values read (a rule whose left side names something there, as a bias's w_0 does, or a sum from 0): give y_{0} a
  meaning in the notation ("y_{0}" = "1" for a bias's constant input), or write that case apart" (both runs);
- my notation's slip (first run only): md-w1, "formula '\\partial L/\\partial W1 = X^T @ (\\partial L/\\partial Z1)
  /...': W_{1} matches none of the notation's patterns for W ('W2')";
- my twin's slip (both runs, counted as read after the correction): ko-num, expected (correct, correct, correct), got
  (wrong, correct, correct).

Read, among the constructs these pages brought: plain-text ∂L/∂ lines with arrow comments and element-wise notes;
Ng-style d names with / m after a difference; CS231n's np.dot on rows with axis=0,keepdims=True unspaced, three
layers deep; Karpathy's dh, dW2, db2, dhpreact with shape comments holding arrows; PyTorch's d_out = 2 * (out - y) /
out.numel() beside a comment with a forward equation; $$ displays with the quotient rule written out in e^{z_k} and
\sum_j, the chain rule over the classes \sum_{k=1}^{K} with \left( \right) and a Kronecker delta in it; np.outer,
(self.z1 > 0).astype(np.float32) and aligned = signs; Unicode ∑ with subscripts ᵢ and ₖ, ŷ, · and ≈ in a worked
loss and a gradient worked in bracketed vectors; a docstring's dL/dW = (1/N) X^T (P - Y) + 2 lambda W with lambda 0
and W <- W - eta * dL/dW; tuple assignments of two gradients; t the target and y the output; a Polish script's
mini-batch gradient over Xb.shape[0].

Which look general: the keyword argument (mean(..., axis=0) and np.sum(..., axis=0) are how NumPy-flavoured
derivations write a bias's gradient; check reads np.sum(dscores, axis=0, keepdims=True) in code, but not mean(...,
axis=0) in a plain-text derivation); the counting of a vector's subscript beside entries the notation counts from 1
(any notation naming both y_hat and y_hat_k, as a teacher would for a page that writes both, can meet it). The W1
refusal was mine and is not the reader's.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch166_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MD = _STORED.format(53324326018, "# Machine Learning Deep Dive \u2014 Part 8: Neural Networks from Scratch "
                     "\u2014 Building "
                     "Your First Deep Learning Model",
                     "a Markdown series' chapter: the backward pass of a ReLU-softmax TwoLayerNet in a plain code "
                     "block "
                     "with \u2202L/\u2202 names, then the class's backward method")
_SP = _STORED.format(22357243639, "import numpy as np",
                     "a spiral-data script with two ReLU hidden layers after CS231n's case study: dscores, dhidden2, "
                     "dhidden1, regularized gradients")
_KZ = _STORED.format(59083427319, "# Building makemore Part 4: Becoming a Backprop Ninja",
                     "notes in Chinese on Karpathy's lecture: the manual backward pass of a tanh-softmax network "
                     "checked against PyTorch's autograd")
_AG = _STORED.format(70498202044, "---",
                     "a concept page on backpropagation and autograd: a 2-layer tanh net's backward pass by hand in "
                     "PyTorch, checked with torch.allclose against W1.grad")
_KO = _STORED.format(27177182108, "## 3.3 Softmax + Cross-Entropy Gradient",
                     "a section in Korean deriving the softmax and cross-entropy gradient: $$ displays, a Kronecker "
                     "delta, NumPy checks with their printed output")
_FC = _STORED.format(55467251172, "\"\"\"",
                     "a traffic-sign assignment's FCNetwork: ReLU hidden units, softmax outputs, a single sample's "
                     "backward pass with np.outer, output-first weights")
_SO = _STORED.format(4042751848, "# Neural Networks Solutions - Module 6",
                     "a Markdown page of worked solutions: plain code blocks with Unicode mathematics, numbers worked "
                     "step by step")
_IR = _STORED.format(66683369386, "\"\"\"",
                     "an iris softmax-regression script whose docstring derives the gradient in plain text, "
                     "dL/dW = (1/N) X^T (P - Y) + 2 lambda W, then the code")
_NS = _STORED.format(71562781588, "\"\"\"No model object at all: a 2-layer network written with raw arrays, "
                     "logged explicitly.",
                     "nnscope's plain-arrays example: a tanh network under the mean squared error, tuple "
                     "assignments dW2, db2 = ...")
_PL = _STORED.format(424800449, "#!/usr/bin/env python3",
                     "a softmax-regression script commented in Polish: mini-batch gradient X^T (P - Y) / batch_size")


def _ix(**sizes):
    """The index values of a rule: every combination of the letters' ranges, in order."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [dict(row, **{letter: v}) for row in rows for v in range(size)]
    return tuple(rows)


def _sum(term: str, n: int) -> str:
    return "(" + " + ".join(term.format(k=k) for k in range(n)) + ")"


_K2 = _ix(k=2)
_K3 = _ix(k=3)
_J3 = _ix(j=3)
_J4 = _ix(j=4)
_K2J4 = _ix(k=2, j=4)
_K3J3 = _ix(k=3, j=3)
_K3J4 = _ix(k=3, j=4)
_J4I2 = _ix(j=4, i=2)
_J4I3 = _ix(j=4, i=3)
_J3I2 = _ix(j=3, i=2)
_K3I3 = _ix(k=3, i=3)
_K3I4 = _ix(k=3, i=4)

# Part 8's 2-4-2 network (ReLU hidden, softmax with the cross-entropy): dL/dA1[j], dL/dZ1[j]
_MD_A1 = _sum("(a2[{k}] - t[{k}])*W2[{k},{{j}}]", 2)
_MD_D1 = _MD_A1 + "*Heaviside(z1[{j}])"

# the spiral script's 2-3-3-3 network (two ReLU layers, softmax): dL/dz2[j], dL/dz1[i]
_SP_D2 = _sum("(a3[{k}] - t[{k}])*W3[{k},{{j}}]", 3) + "*Heaviside(z2[{j}])"
_SP_D1 = ("(" + " + ".join(_SP_D2.format(j=j) + f"*W2[{j},{{i}}]" for j in range(3)) + ")"
          + "*Heaviside(z1[{i}])")

# the makemore notes' 3-4-3 network (tanh hidden, softmax): dloss/dh[j]
_KZ_A1 = _sum("(a2[{k}] - t[{k}])*W2[{k},{{j}}]", 3)

# the autograd page's 3-4-1 network (tanh hidden, linear output, the squared error): dL/da[j]
_AG_DA = "2*(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"

# the Korean section's softmax layer (z = [2.0, 1.0, 0.1], y = [1, 0, 0])
_KO_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_KO_JAC = tuple({"t": f"a1[{k}]*({int(k == i)} - a1[{i}])"} for k in range(3) for i in range(3))
_KO_CH = tuple({"p": f"z1[{i}]",
                "m": " + ".join(f"(-t[{k}]/a1[{k}])*a1[{k}]*({int(k == i)} - a1[{i}])" for k in range(3))}
               for i in range(3))

# the FCNetwork's 3-4-3 network (ReLU hidden, softmax): dL/da1[j], dL/dz1[j]
_FC_A1 = _sum("(a2[{k}] - t[{k}])*W2[{k},{{j}}]", 3)
_FC_D1 = _FC_A1 + "*Heaviside(z1[{j}])"

# the solutions' softmax layer (y_hat = [0.3, 0.7], y = [0, 1]): -sum_k y_k d log(softmax_k)/dz_i
_SO_CH = tuple({"p": f"z1[{i}]", "m": " + ".join(f"-t[{k}]*({int(k == i)} - a1[{i}])" for k in range(2))}
               for i in range(2))

# nnscope's 2-3-1 network (tanh hidden, linear output, the squared error): dL/dz1[j]
_NS_D1 = "2*(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"


ENTRIES = [
    # ---- Part 8 (the Markdown series' chapter): a plain code block of \u2202L/\u2202 lines with arrow comments,
    # then the TwoLayerNet's backward method (eight-space indentation) and its update ---------------------------------
    Public("c166-md-dz2", _MD, "b166_md", "b166_md",
           "\u2202L/\u2202Z2 = A2 - Y_onehot          \u2190 this simplification is beautiful", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=166,
           why="softmax with the cross-entropy; the arrow and its words the page's comment"),
    Public("c166-md-w2", _MD, "b166_md", "b166_md", "\u2202L/\u2202W2 = A1.T @ (\u2202L/\u2202Z2) / batch_size",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K2J4),), batch=166,
           why="batch_size 1 (one sample); the product input-first on rows"),
    Public("c166-md-b2", _MD, "b166_md", "b166_md", "\u2202L/\u2202b2 = mean(\u2202L/\u2202Z2, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=166,
           why="the mean over the samples (one)"),
    Public("c166-md-a1", _MD, "b166_md", "b166_md", "\u2202L/\u2202A1 = (\u2202L/\u2202Z2) @ W2.T", ((C,),),
           (Twin("value", _MD_A1, (_MD_A1,), _J4),), batch=166,
           why="the derivative by the hidden outputs, a value"),
    Public("c166-md-z1", _MD, "b166_md", "b166_md",
           "\u2202L/\u2202Z1 = \u2202L/\u2202A1 * relu_derivative(Z1)   \u2190 element-wise", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MD_D1,), _J4),), batch=166,
           why="relu_derivative(z) = (z > 0), taken of the sums"),
    Public("c166-md-w1", _MD, "b166_md", "b166_md", "\u2202L/\u2202W1 = X.T @ (\u2202L/\u2202Z1) / batch_size", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _MD_D1 + "/1",), _J4I2),), batch=166),
    Public("c166-md-cdz2", _MD, "b166_md", "b166_md",
           "        dZ2 = (A2 - y_true_onehot) / m   # (batch, classes)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - t[{k}])/1",), _K2),), batch=166,
           why="the class's code: the batch's mean taken here (m = 1), a shape comment after it"),
    Public("c166-md-up", _MD, "b166_md", "b166_md", "        self.W1 -= self.lr * grads['dW1']", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _MD_D1,), _J4I2),), batch=166,
           why="the update method: the rate self.lr (0.5 on XOR) and the gradients' dictionary"),
    # ---- the spiral script with two ReLU hidden layers (four-space indentation): CS231n's backward pass one layer
    # deeper, np.dot on rows, db with axis=0,keepdims=True without a space ------------------------------------------
    Public("c166-sp-w3", _SP, "b166_sp", "b166_sp", "    dW3 = np.dot(hidden_layer2.T, dscores)", ((C,),),
           (Twin("gradient", "W3[{k},{j}]", ("a2[{j}]*(a3[{k}] - t[{k}])",), _K3J3),), batch=166,
           why="dscores the scores' gradient (probs less 1 at the label, over num_examples: one here)"),
    Public("c166-sp-b3", _SP, "b166_sp", "b166_sp", "    db3 = np.sum(dscores, axis=0,keepdims=True)", ((C,),),
           (Twin("gradient", "b3[{k}]", ("a3[{k}] - t[{k}]",), _K3),), batch=166),
    Public("c166-sp-w2", _SP, "b166_sp", "b166_sp", "    dW2 = np.dot(hidden_layer1.T, dhidden2)", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", ("a1[{i}]*" + _SP_D2,), _ix(j=3, i=3)),), batch=166,
           why="dhidden2 the second hidden layer's sums' gradient once its ReLU mask is applied (the line before)"),
    Public("c166-sp-b2", _SP, "b166_sp", "b166_sp", "    db2 = np.sum(dhidden2, axis=0,keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{j}]", (_SP_D2,), _J3),), batch=166),
    Public("c166-sp-w1", _SP, "b166_sp", "b166_sp", "    dW = np.dot(X.T, dhidden1)", ((C,),),
           (Twin("gradient", "W1[{i},{m}]", ("x[{m}]*" + _SP_D1,), _ix(i=3, m=2)),), batch=166,
           why="dW the first layer's (the script's W and b), before dW += reg * W is added (left out)"),
    Public("c166-sp-b1", _SP, "b166_sp", "b166_sp", "    db = np.sum(dhidden1, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{i}]", (_SP_D1,), _ix(i=3)),), batch=166),
    # ---- the makemore notes in Chinese (code blocks with shape comments and arrows): the second linear layer and
    # tanh, as Karpathy's lecture writes them ---------------------------------------------------------------------
    Public("c166-kz-dh", _KZ, "b166_kz", "b166_kz",
           "dh  = dlogits @ W2.T             # (32, 27) @ (27, 64) \u2192 (32, 64)", ((C,),),
           (Twin("value", _KZ_A1, (_KZ_A1,), _J4),), batch=166,
           why="dh = dloss/dh, the derivative by the hidden outputs, a value; a shape comment with an arrow"),
    Public("c166-kz-w2", _KZ, "b166_kz", "b166_kz",
           "dW2 = h.T @ dlogits              # (64, 32) @ (32, 27) \u2192 (64, 27)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J4),), batch=166,
           why="dlogits the output sums' gradient (softmax less 1 at the label, over n: one here)"),
    Public("c166-kz-b2", _KZ, "b166_kz", "b166_kz", "db2 = dlogits.sum(0)             # (32, 27) \u2192 (27,)",
           ((C,),), (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=166),
    Public("c166-kz-dz1", _KZ, "b166_kz", "b166_kz", "dhpreact = (1.0 - h**2) * dh     # (32, 64)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(1.0 - a1[{j}]**2)*" + _KZ_A1,), _J4),), batch=166,
           why="tanh's slope written of its output h; hpreact the tanh's input (the hidden sums here)"),
    # ---- the autograd concept page (four-space indentation inside torch.no_grad()): the manual chain rule whose
    # result the page compares with W1.grad and W2.grad ------------------------------------------------------------
    Public("c166-ag-do", _AG, "b166_ag", "b166_ag", "    d_out = 2 * (out - y) / out.numel()      # dL/d_out",
           ((C,),), (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])/1",)),), batch=166,
           why="the mean squared error's derivative by the output, a value; out.numel() the entries (one here)"),
    Public("c166-ag-w2", _AG, "b166_ag", "b166_ag",
           "    dW2 = h.T @ d_out                        # through out = h @ W2",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*2*(a2[0] - y[0])",), _J4),), batch=166,
           why="a comment that holds a forward equation after the formula"),
    Public("c166-ag-dh", _AG, "b166_ag", "b166_ag", "    d_h = d_out @ W2.T", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])*W2[0,{j}]", ("2*(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=166,
           why="the derivative by the hidden outputs, a value"),
    Public("c166-ag-da", _AG, "b166_ag", "b166_ag", "    d_a = d_h * (1 - h ** 2)                 # tanh' = 1 - tanh^2",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_AG_DA,), _J4),), batch=166,
           why="a = x @ W1 the hidden sums; tanh's slope written of h"),
    Public("c166-ag-w1", _AG, "b166_ag", "b166_ag", "    dW1 = x.T @ d_a", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _AG_DA,), _J4I3),), batch=166),
    # ---- the Korean section 3.3 ($$ displays): the softmax's Jacobian with a Kronecker delta, the chain rule over
    # the classes, the combined gradient, and the printed output's worked loss -------------------------------------
    Public("c166-ko-dkk", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial \\hat{y}_k}{\\partial z_k} = \\frac{e^{z_k} \\cdot \\sum_j e^{z_j} - e^{z_k} \\cdot "
           "e^{z_k}}{(\\sum_j e^{z_j})^2}$$", ((C,),),
           (Twin("value", "a1[{k}]*(1 - a1[{k}])",
                 (f"(exp(z1[{{k}}])*{_KO_S} - exp(z1[{{k}}])*exp(z1[{{k}}]))/{_KO_S}**2",), _K3),), batch=166,
           why="the softmax output's slope by its own logit (Case 1: i = k), a value, the quotient rule written out"),
    Public("c166-ko-jac", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial \\hat{y}_k}{\\partial z_i} = \\hat{y}_k(\\delta_{ki} - \\hat{y}_i)$$", ((C,),),
           (Twin("value", "{t}", ("{t}",), _KO_JAC),), batch=166,
           why="the whole Jacobian with Kronecker's delta_{ki} (the page's \ud1b5\ud569 \ud45c\ud604), every k and i"),
    Public("c166-ko-dly", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial L}{\\partial \\hat{y}_k} = -\\frac{y_k}{\\hat{y}_k}$$", ((C,),),
           (Twin("value", "-t[{k}]/a1[{k}]", ("-t[{k}]/a1[{k}]",), _K3),), batch=166,
           why="the cross-entropy's derivative by the outputs, a value"),
    Public("c166-ko-chain", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial L}{\\partial z_i} = \\sum_{k=1}^{K} \\frac{\\partial L}{\\partial \\hat{y}_k} \\cdot "
           "\\frac{\\partial \\hat{y}_k}{\\partial z_i}$$", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _KO_CH),), batch=166,
           why="the chain rule over the classes, K = 3"),
    Public("c166-ko-sub", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial L}{\\partial z_i} = \\sum_{k=1}^{K} \\left( -\\frac{y_k}{\\hat{y}_k} \\right) \\cdot "
           "\\hat{y}_k(\\delta_{ki} - \\hat{y}_i)$$", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _KO_CH),), batch=166, why="the two derivatives put in"),
    Public("c166-ko-fin", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial L}{\\partial z_i} = -y_i + \\hat{y}_i = \\hat{y}_i - y_i$$", ((C, C),),
           (Twin("gradient_z", "z1[{i}]", ("-t[{i}] + a1[{i}]", "a1[{i}] - t[{i}]"), _ix(i=3)),), batch=166),
    Public("c166-ko-vec", _KO, "b166_ko", "b166_ko",
           "$$\\frac{\\partial L}{\\partial z} = \\frac{1}{N}(\\hat{y} - y)$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("1/1*(a1[{k}] - t[{k}])",), _K3),), batch=166,
           why="the batch's mean (N = 1 here), vectors"),
    Public("c166-ko-num", _KO, "b166_ko", "b166_ko", "L = -log(\u0177\u2080) = -log(0.6590) = 0.4170", ((W, C, C),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-log(a1[0])", "=-np.log(0.6590)", "=0.4170")),), batch=166,
           why="the printed output of the code's example (z = [2, 1, 0.1], y = [1, 0, 0]), a value with its numbers; "
               "\u0177\u2080 with Unicode's hat and subscript 0, the first class's probability. -log(\u0177\u2080) is "
               "the "
               "cross-entropy only at the example's label (class 0): as a formula for L it is wrong for every other "
               "target (the oracle judges a value's members for every target); the numbers are right. Twinned at "
               "the label (-log(a1[0]), all correct) until the first blind run; corrected after it (see above)"),
    # ---- the FCNetwork's backward method (eight-space indentation, aligned =): one sample, columns, np.outer, the
    # updates with self.lr -------------------------------------------------------------------------------------------
    Public("c166-fc-w2", _FC, "b166_fc", "b166_fc", "        dW2      = np.outer(dz2, self.a1)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J4),), batch=166,
           why="dz2 the probabilities less 1 at the label (the two lines before); the outer product output-first"),
    Public("c166-fc-b2", _FC, "b166_fc", "b166_fc", "        db2      = dz2", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=166),
    Public("c166-fc-da1", _FC, "b166_fc", "b166_fc", "        da1      = self.W2.T @ dz2", ((C,),),
           (Twin("value", _FC_A1, (_FC_A1,), _J4),), batch=166, why="the derivative by the hidden outputs, a value"),
    Public("c166-fc-dz1", _FC, "b166_fc", "b166_fc",
           "        dz1      = da1 * (self.z1 > 0).astype(np.float32)  # ReLU derivative", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_FC_D1,), _J4),), batch=166,
           why="the ReLU's slope as a comparison cast to floats"),
    Public("c166-fc-w1", _FC, "b166_fc", "b166_fc", "        dW1      = np.outer(dz1, self.x)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_FC_D1 + "*x[{i}]",), _J4I3),), batch=166),
    Public("c166-fc-b1", _FC, "b166_fc", "b166_fc", "        db1      = dz1", ((C,),),
           (Twin("gradient", "b1[{j}]", (_FC_D1,), _J4),), batch=166),
    Public("c166-fc-uw1", _FC, "b166_fc", "b166_fc", "        self.W1 -= self.lr * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _FC_D1 + "*x[{i}]",), _J4I3),), batch=166),
    Public("c166-fc-ub2", _FC, "b166_fc", "b166_fc", "        self.b2 -= self.lr * db2", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K3),), batch=166),
    # ---- the Markdown solutions' Exercise 4.1 (plain code blocks with Unicode: \u2211, subscripts, \u0177, \u00b7,
    # \u2248): the loss and the gradient worked in numbers, and the derivation's two lines ----------------------------
    Public("c166-so-L", _SO, "b166_so", "b166_so",
           "L = -\u2211 y\u1d62\u00b7log(\u0177\u1d62) = -log(0.7) \u2248 0.357",
           ((C, C, C),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]))", "=-np.log(0.7)", "=0.357")),),
           batch=166, why="the cross-entropy's value at y_hat = [0.3, 0.7], y = [0, 1] (the page's numbers)"),
    Public("c166-so-dz", _SO, "b166_so", "b166_so",
           "\u2202L/\u2202z = \u0177 - y = [0.3, 0.7] - [0, 1] = [0.3, -0.3]", ((C, C, C),),
           (Twin("value", "(a1 - t)[{k}]", ("a1[{k}] - t[{k}]", "=np.array([0.3, 0.7]) - np.array([0, 1])",
                                         "=np.array([0.3, -0.3])"), _K2),), batch=166,
           why="the gradient before the softmax worked in numbers, vectors in brackets: a value at the page's numbers"),
    Public("c166-so-d1", _SO, "b166_so", "b166_so",
           "\u2202L/\u2202z\u1d62 = -\u2211\u2096 y\u2096 \u00b7 \u2202log(softmax(z)\u2096)/\u2202z\u1d62", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _SO_CH),), batch=166,
           why="the chain rule through the log of the softmax's k-th output, Unicode subscripts i and k"),
    Public("c166-so-d2", _SO, "b166_so", "b166_so",
           "\u2202L/\u2202z\u1d62 = softmax(z)\u1d62 - y\u1d62 = \u0177\u1d62 - y\u1d62", ((C, C),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]", "a1[{i}] - t[{i}]"), _ix(i=2)),), batch=166),
    # ---- the iris softmax-regression script: its docstring's plain-text derivation (four-space indentation, a
    # parenthesized gloss, <- for the update) and the code's gradients function ----------------------------------
    Public("c166-ir-dz", _IR, "b166_ir", "b166_ir",
           "    dL/dz = (P - Y)          (predicted probabilities minus one-hot targets)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=166,
           why="the words in parentheses the docstring's gloss (one sample: the mean's 1/N is 1)"),
    Public("c166-ir-dw", _IR, "b166_ir", "b166_ir", "    dL/dW = (1/N) X^T (P - Y) + 2 lambda W", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("1/1*x[{i}]*(a1[{k}] - t[{k}]) + 2*0*W1[{k},{i}]",), _K3I4),),
           batch=166, why="lambda ||W||^2 in the loss, lambda 0 here (the problem file has no penalty); X^T (P - Y) "
                          "input-first on rows"),
    Public("c166-ir-uw", _IR, "b166_ir", "b166_ir", "    W <- W - eta * dL/dW", ((C,),),
           (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*x[{i}]*(a1[{k}] - t[{k}])",), _K3I4),), batch=166),
    Public("c166-ir-ub", _IR, "b166_ir", "b166_ir", "    b <- b - eta * dL/db", ((C,),),
           (Twin("update", "b1[{k}]", ("b1[{k}] - eta*(a1[{k}] - t[{k}])",), _K3),), batch=166),
    Public("c166-ir-err", _IR, "b166_ir", "b166_ir",
           "    error = (P - Y) / N                       # this is dL/dz", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("(a1[{k}] - t[{k}])/1",), _K3),), batch=166),
    Public("c166-ir-gw", _IR, "b166_ir", "b166_ir", "    grad_W = X.T @ error + 2 * lam * W", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("x[{i}]*(a1[{k}] - t[{k}])/1 + 2*0*W1[{k},{i}]",), _K3I4),),
           batch=166, why="lam 0 here, as lambda"),
    Public("c166-ir-gb", _IR, "b166_ir", "b166_ir", "    grad_b = error.sum(axis=0)", ((C,),),
           (Twin("gradient", "b1[{k}]", ("(a1[{k}] - t[{k}])/1",), _K3),), batch=166),
    Public("c166-ir-cu", _IR, "b166_ir", "b166_ir", "        W = W - eta * grad_W", ((C,),),
           (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*x[{i}]*(a1[{k}] - t[{k}])",), _K3I4),), batch=166,
           why="train's step (eight-space indentation)"),
    # ---- nnscope's plain-arrays example (eight-space indentation): t the target and y the output, tuple
    # assignments of two gradients, trailing # comments ---------------------------------------------------------
    Public("c166-ns-dz2", _NS, "b166_ns", "b166_ns",
           "        dz2 = 2 * (y - t) / len(x)                        # dL/dy for the mean squared error", ((C,),),
           (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])/1",)),), batch=166,
           why="y the network's output, t the target; the output linear, so dL/dy is the output sum's gradient"),
    Public("c166-ns-w2", _NS, "b166_ns", "b166_ns", "        dW2, db2 = h.T @ dz2, dz2.sum(0)", ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*2*(a2[0] - y[0])",), _J3),
            Twin("gradient", "b2[0]", ("2*(a2[0] - y[0])",))), batch=166,
           why="two gradients in one tuple assignment"),
    Public("c166-ns-dz1", _NS, "b166_ns", "b166_ns",
           "        dz1 = (dz2 @ W2.T) * (1 - h ** 2)                 # backprop through tanh", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NS_D1,), _J3),), batch=166),
    Public("c166-ns-w1", _NS, "b166_ns", "b166_ns", "        dW1, db1 = x.T @ dz1, dz1.sum(0)", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _NS_D1,), _J3I2),
            Twin("gradient", "b1[{j}]", (_NS_D1,), _J3)), batch=166),
    Public("c166-ns-uw1", _NS, "b166_ns", "b166_ns", "        W1 -= lr * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _NS_D1,), _J3I2),), batch=166),
    Public("c166-ns-ub2", _NS, "b166_ns", "b166_ns",
           "        b2 -= lr * db2                                    # SGD", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*2*(a2[0] - y[0])",)),), batch=166),
    # ---- the Polish softmax-regression script (twelve-space indentation): the mini-batch's gradient and step ------
    Public("c166-pl-g", _PL, "b166_pl", "b166_pl", "            grad = Xb.T @ (P - Yb) / Xb.shape[0]", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("x[{i}]*(a1[{k}] - t[{k}])/1",), _K3I3),), batch=166,
           why="the comment before it: gradient cross-entropy: X^T (P - Y) / batch_size"),
    Public("c166-pl-u", _PL, "b166_pl", "b166_pl", "            W -= lr * grad", ((C,),),
           (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*x[{i}]*(a1[{k}] - t[{k}])",), _K3I3),), batch=166,
           why="# update wag (Polish: the weights' update) the line before"),
]
