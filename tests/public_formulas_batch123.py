r"""Batch 123 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (English teaching material: pages, GitHub threads and the
repositories the pages corpus names, with the emphasis on sources that write many formulas of their own): Dustin
Stansbury's post "Derivation: Error Backpropagation & Gradient Descent for Neural Networks" (The Clever Machine, its
Markdown source at commit 617c322: $$ displays on lines of their own, align environments with \tag, \color{...}{...}
around the factors, the layer named by the index letter i, j, k, and a slip twice: the first member of a chain that
is E itself, not its derivative); a Data Science Stack Exchange question (16472: MathJax $...$ with \cfrac, the names
Out, Target and net_O, \Sigma as a sum sign without bounds); the ML Glossary's (ml-cheatsheet) backpropagation page
(docs/backpropagation.rst at commit ad889a8: reStructuredText .. math:: directives, primes for derivatives by the
argument written after them, C'(W_O) and \hat{y}'(Z_O)); a student's notebook deriving a 2-layer ReLU-softmax
network (joyabrata-das/ML_DL's MNIST_scratch.ipynb at commit 7d70720: \boxed{...} results, samples as rows, X W_1,
\mathbb{1}(z_1 > 0)); and seven GitHub threads where readers post and correct formulas: three on the deeplearning.ai
NLP course's CBOW back_prop (shantanu1109's issue 1 with the assignment's answer, rust0258's issues 62 and 64 on its
bias gradients: numpy with / batch_size, np.ones and .reshape, and one real slip, a bias gradient summed from the
weight gradient), Udacity's sdc-issue-reports 469 (a video's update W_2 = W_2 - alpha W_2 quoted in a sentence),
interviews.ai's issue 15 on its solution 120 (a Sigmoid module's backward taking x (1 - x) of its input, the lines
numbered as the book prints them), Daniel Godoy's PyTorchStepByStep issue 21 (a regression's error, MSE and
gradients with .mean(), the training loop's flipped error with comments after #) and Raschka's machine-learning-book
issue 141 (Adaline's update self.w_ += self.eta * 2.0 * xi * (error) in inline code inside a sentence). Copied
verbatim, typos and mistakes included (the pages corpus's text of the Stack Exchange page; the threads' text as the
issues corpus keeps it, code blocks' indentation included; the three repositories' files read at their commits),
each with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for
what the product documents: Stansbury's letters fixed to layers, written as literal patterns with indices = "n",
"a_{i}" = "x[i-1]", "a_{j}" = "a1[j-1]", "a_{k}" = "a2[k-1]", his g_j and g_k functions; the notebook's rows named
transposed, "W_{1}" = "W1[:, :].T", "X" = "x[:].T"; the CBOW code's l1 read as dJ/dh on the line that computes it
and as the masked dJ/dz1 on the lines after the mask l1[z1 < 0] = 0, one notation each, as batch 116 did with a
loop's error; Godoy's error = yhat - y_train in steps 2 and 3 and = y_train - yhat in his loop, one notation each;
the cross-entropy's one-hot targets t[:]), a network of the kind the page describes (sizes of the pages' kinds, the
pages' learning rates where they give them: Godoy's lr = 0.1, Raschka's eta = 0.01; all in
tests/public_formulas_batch123_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Derivatives of the loss by a quantity (dE/dOut, dL/dz_2,
C'(Z_o), dL/da_1), a layer's error (delta_k, delta_j, E_o, E_h), a derivative of one quantity by another
(dOut/dnet_O), a loss's definition (E, loss = (error ** 2).mean()) and the code's error = ... lines are twinned as
values, as in batches 14 to 122. Formulas keep their page's delimiters and what surrounds them on their line ($$ on
lines of their own, .. math:: with its blank line, a code line's indentation and trailing comment, a sentence around
inline code).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 123

The batch: 54 formulas from 11 addresses (Stansbury's post 9, the Stack Exchange question 3, the ML Glossary 8, the
notebook 8, shantanu1109's CBOW thread 6, rust0258's issue 64 4 and issue 62 3, the Udacity issue 1, interviews.ai's
issue 2, Godoy's issue 8, Raschka's issue 2). 28 are LaTeX in documents (Stansbury's 9 and the notebook's 8 in $$
displays, the ML Glossary's 8 in .. math:: directives, the Stack Exchange question's 3 in $...$), 23 are code lines
in the threads' ``` blocks (NumPy 21 and a class's numbered line and its correction), 3 are in sentences (Raschka's
2 in inline code, the Udacity issue's update read aloud).

5 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- Stansbury's ds-wjk, \frac{\partial E }{\partial w_{jk}} &= \frac{1}{2} \sum_{k}(a_k - t_k)^2 \\ &= (a_k -
  t_k)\frac{\partial}{\partial w_{jk}}(a_k - t_k): the first member is E itself, its derivative by w_jk left out
  (the display goes on as if \frac{\partial}{\partial w_{jk}} stood before the sum); the second member is right;
- Stansbury's ds-wij, the same slip for the hidden weights (equation 9: \frac{\partial E }{\partial w_{ij}} &=
  \frac{1}{2} \sum_{k}(a_k - t_k)^2 \\ &= \sum_{k} (a_k - t_k) \frac{\partial}{\partial w_{ij}}a_k);
- rust0258's r62-b2, grad_b2 = np.sum((1/batch_size)*np.dot(yhat-y,h.T),axis=1,keepdims=True): the sum over axis 1
  of the weight gradient (yhat - y) h^T, each output's error times the sum of the hidden outputs, where the bias's
  gradient is the error alone (h does not sum to 1);
- the Udacity issue's sd-w2, "It says W_2 = W_2 - alpha W_2, the last W_2 is missing a Delta.": the step alpha times
  the weights, not their gradient (the slip the issue reports in the video);
- interviews.ai's bz-bad, 7 grad_input = self.x*(1-self.x) * grad: self.x is the module's input (the sums), so
  x (1 - x) is not the sigmoid's slope there (the solution's slip, the issue's point).

Not mistaken, though they look it: Godoy's loop lines with error = (y_train - yhat) (the issue says the sign should
flip; his b_grad = -2 * error.mean() and w_grad carry the sign, and b = b - lr * b_grad is the gradient step, as he
answers); Raschka's self.w_ += self.eta * 2.0 * xi * (error) (the reader's doubt: error = target - output is the
negative gradient of (y - output)^2 over 2 x, as the author answers); the CBOW answer's / batch_size and rust0258's
(1/batch_size)*np.dot(l1,ones_array.T) (the mean over the batch, one sample here; ijelliti's comment 'Compute the
gradient of b2' above its grad_b1 line is a slip of the comment, not of the line); the notebook's collapsed
\frac{\partial \mathcal{L}}{\partial W_1} = X^T[((\hat{Y} - Y) W_2^T) \odot \mathbb{1}(z_1 > 0)] without the 1/B of its
first step (right for the one sample here; on a batch it drops the mean's 1/B, which no one-sample network shows);
the ML Glossary's O'(Z_o) beside R'(Z_o) (O the output's activation, the ReLU too).

What was left out: Stansbury's equations 3, 6, 8, 10, 12, 15, 16 and 17 (more of the same chains: at most about 8 of
a page) and equation 11, z_k = ... = b_k + \sum_j g_j(b_i + \sum_i a_i w_{ij})w_{jk}, whose b_i (inside the sum's
index i, for b_j) no notation can give the meaning the page intends without deciding the slip for it; the Stack
Exchange question's chain "\cfrac{\partial E}{\partial Out} \cfrac{\partial Out}{\partial net_O} ... where $Out =
\cfrac{1}{1+e^{-net_O}}$" (a product with no left side on the line of a definition) and its text cut by the corpus
after \cfrac{\partial net_O}{\partial n_{2,1}; the ML Glossary's single-neuron lines (Cost = C(R(Z(X W))), C'(W) &=
...: another network), the abstract f'(x) = f'(A) ... chain, the ten-layer C'(w_1) chain and C'(w) =
CurrentLayerError \cdot CurrentLayerInput (words); the notebook's loss -\frac{1}{B}\sum_{i=1}^B
\log(\hat{y}_{i,y_i}) (a label's index inside a subscript), its softmax and cross-entropy over unlayered z_k and y_k,
its ReLU' cases, its first-layer gradient before the collapse and its bias sums for layer 1 (the same forms as those
taken), and its other notebook deep_nn_derivation.ipynb (L2 regularization, which no problem file holds); the CBOW
answer's mask l1[z1 < 0] = 0 (an assignment into entries) and its comments; rust0258's issue 62's grad_b1 =
np.sum((1/batch_size)*np.dot(l1,x.T),axis=1,keepdims=True), which is right exactly where x sums to 1, as CBOW's
average of one-hot vectors does, and wrong elsewhere (the oracle draws x at random: a verdict that hangs on the data,
not the formula); interviews.ai's forward lines (return 1/(1+np.exp(-x)), self.x = x) and sigmoid_output =
self.forward(self.x) (a method call); Godoy's loop's second loss line (the same text as step 2's) and the w update
the corpus cut; Raschka's fragments -(y - output) and -1 * -(y - output) (no left side). Pages read and not taken:
yjxiong/caffe issue 171 (bottom_diff = p(i) - q(i) and p(i)*(q(i) - 1) for a distillation loss whose p and q swap
roles between the question and the answers: no notation can fix which is the teacher's), the backprop-tutorial
pages.dev page (the corpus keeps its opening only, before the formulas), thinkinfi's tutorial (its formulas are
images), filipecalasans/mlp's README (SVG images; the .tex.md source stored is an early draft without the
derivation), dlsyscourse/hw1's pull request 17 (logits = ReLU(X * W1) * W1, a slip whose shapes do not even fit, so
no twin can evaluate it), the Montana course page (cut before its formulas), and many candidates earlier batches
held (Mitchell's algorithm at Washington, the Gettysburg slides, Stack Overflow's 13095938, the udacity/deep-learning
and pytorch threads, Grokking's and scratch_mlp's).

Collected on 2026-12-07 (02:03 to 02:13 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
10 of the 11 notations (on 9 networks: the CBOW code and Godoy's issue have two notations each) loaded as first
written; Raschka's was refused by the loader for the format, not a meaning: "self.w_" = "W1[0, :]" ("a subscript or superscript is missing
at the end": a code name ending in an underscore, read as a base with an empty subscript), so the table leaves
self.w_ out and says why. The oracle's first run stopped at the CBOW twins, which wrote the cross-entropy's target
y[k] where the oracle names it t[k] (the twins' names, not their verdicts; the CBOW notation's "y" then written
"t[:]", as symbols.md names a one-hot target); the second run passed every verdict as transcribed (46 entries), and
the run after the notebook's 8 were added passed all 54.

Run blind at main 74e26aa (/work/READY_FOR_BLIND49; src/ as at 74e26aa, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch123_blind.txt): 38 of 54 read with every
verdict right (70%), 16 refused, no typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None
of the refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page does
not mean: Godoy's .mean() is over the page's training points, which the page never counts, and a count "m" = "1" in
his notation would name what the page does not write; Raschka's self.w_ is left out because the loader refuses the
name), so the batch was run once.

All 5 mistaken formulas were read with their wrong members called wrong (ds-wjk and ds-wij, E for its derivative,
their second members right; r62-b2, the bias gradient summed from the weight gradient; sd-w2, the step alpha W_2;
bz-bad, x (1 - x) of the module's input). By page: Stansbury's post 9 of 9, the Stack Exchange question 3 of 3, the
notebook 8 of 8, shantanu1109's CBOW thread 6 of 6, the Udacity issue 1 of 1, interviews.ai's issue 2 of 2, rust0258's
issue 64 2 of 4 and issue 62 1 of 3, Raschka's issue 1 of 2, Godoy's issue 3 of 8, the ML Glossary 2 of 8.

The refusals by construct (16), with the exact message:

- 6, the ML Glossary's C'(v), the cost with a prime for its derivative by a quantity other than the prediction
  (C'(W_O), C'(W_h), C'(Z_o), C'(Z_h)): mg-czo: "formula "C'(Z_o) = (\\hat{y} - y) \\cdot R'(Z_o)": C'(...): the loss
  with a prime is read as its derivative by the prediction, the one argument that is the network's output, and none of
  its 1 argument(s) are; write the derivative with its variable, dC/da" (mg-wo, mg-wh, mg-czh, mg-wo2 and mg-wo3 the
  same; the page's E_o = ... and E_h = ... lines, without C', were read);
- 5, NumPy's .mean() over the samples with no count named (Godoy's error.mean(), (x_train * error).mean(), (error **
  2).mean()): dg-bg: "formula 'b_grad = 2 * error.mean()': (error).mean() averages over the samples, and nothing says
  how many a step takes: give the count in the notation's [notation.symbols] ("m" = "1", the one sample check reads),
  or write 1/m with m so given" (dg-loss, dg-wg, dg-lbg and dg-lwg the same; his error lines and b = b - lr * b_grad
  were read);
- 4, np.ones((batch_size,1)) as the column of ones that sums over the samples (np.dot(l1,np.ones((batch_size,1)))):
  r64-ib1: "formula 'grad_b1 = np.dot(l1,np.ones((batch_size,1)))/batch_size': np.ones is not a function check reads
  at 'n' (position 21); write np.exp, np.log, np.sqrt, np.maximum(0, u), np.pow(u, 2) or an activation by its name, or
  name it in the notation's functions" (r64-ib2, r62-sb1 and r62-sb2 the same; the same sums written with
  ones_array = np.ones(batch_size), named in the notation, and with np.sum(..., axis=1), were read);
- 1, a code name ending in an underscore, scikit-learn's fitted-attribute style (self.w_), which the loader refuses
  in the notation and the reader then takes as w with the subscript += : rb-w: "formula 'self.w_ += self.eta * 2.0 *
  xi * (error)': unknown symbol self.w_{+=}; the notation knows \\xi, error, errors, output, y; give it the quantity of
  symbols.md it stands for in the notation's [notation.symbols] ("self.w_{+=}" = ...), or, where its dot is a
  product, write self*w_{+=}" (the message also lists xi as \xi, the Greek letter, where the code's xi is a name).

Read, among the constructs these pages brought: $$ displays with align environments, \tag and \color{...}{...}
around factors, letters fixed to layers as literal patterns (a_i, a_j, a_k), g_k'(z_k) and g'_k(z_k) for a named
activation's slope, update chains with \leftarrow, E itself as a chain's first member (called wrong); MathJax \cfrac
and \Sigma without bounds, derivatives of a quantity by another (dOut/dnet_O); \boxed results, rows X W_1 with
transposed input-first matrices, \mathbb{1}(z_1 > 0), a sum over the B samples of rows z_2^{(i)}; NumPy column code
with np.dot, .T, np.sum(..., axis=1, keepdims=True), / batch_size and (1/batch_size)*...reshape(-1,1), a named
ones_array, the CBOW code's l1 before and after its mask (two notations); a video's update read aloud in a sentence
(called wrong); a Sigmoid module's backward on a line numbered as the book prints it (called wrong where it takes
x (1 - x) of the input); trailing # comments holding another formula; inline code in a sentence, opened with a space;
RST .. math:: directives with E_o and E_h.

Which look general (would appear in much homework): NumPy's .mean() over the samples in regression and classifier
code, where the problem file's one sample could give the count the message asks the notation for; np.ones((m, 1)) as
the column that sums a batch (a product with a column of ones, common in vectorized assignments); a code name ending
in an underscore (scikit-learn's coef_, w_), which neither the loader takes as a pattern nor the reader as one name.
Page-specific: the ML Glossary's Lagrange-style C'(v) for the cost's derivative by any quantity v (its convention
through the whole page, with \hat{y}'(Z_O) and Z_O'(W_O) for the chain's factors).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch123_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_DS = ("https://dustinstansbury.github.io/theclevermachine/derivation-backpropagation (its source "
       "_posts/2020-06-29-derivation-backpropagation.md in github.com/dustinstansbury/theclevermachine, commit 617c322)")
_SE = "https://datascience.stackexchange.com/questions/16472/basic-backpropagation-question"
_CB = "https://github.com/shantanu1109/Coursera-DeepLearning.AI-Natural-Language-Processing-Specialization/issues/1"
_R64 = "https://github.com/rust0258/Deeplearning.ai-Natural-Language-Processing-Specialization/issues/64"
_R62 = "https://github.com/rust0258/Deeplearning.ai-Natural-Language-Processing-Specialization/issues/62"
_SD = "https://github.com/udacity/sdc-issue-reports/issues/469"
_BZ = "https://github.com/BoltzmannEntropy/interviews.ai/issues/15"
_DG = "https://github.com/dvgodoy/PyTorchStepByStep/issues/21"
_RB = "https://github.com/rasbt/machine-learning-book/issues/141"
_MG = "https://github.com/bfortuner/ml-glossary (docs/backpropagation.rst, commit ad889a8)"
_JD = "https://github.com/joyabrata-das/ML_DL (MNIST_scratch.ipynb, commit 7d70720)"


# ---- Stansbury's 2-3-2 sigmoid network under E = 1/2 sum_k (a_k - t_k)^2, indices counted from 1 on the page
def _sd2(k: int) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _sd1(j: int) -> str:
    return f"({_sd2(0)}*W2[0,{j}] + {_sd2(1)}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"


_SE_LOSS = "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)"
_DS_K = tuple({"k": k + 1, "t": _sd2(k)} for k in range(2))
_DS_J = tuple({"j": j + 1, "t": _sd1(j)} for j in range(3))
_DS_JK = tuple({"j": j + 1, "k": k + 1, "p": f"W2[{k},{j}]", "e": _SE_LOSS, "m": f"{_sd2(k)}*a1[{j}]",
                "u": f"W2[{k},{j}] - eta*{_sd2(k)}*a1[{j}]"} for j in range(3) for k in range(2))
_DS_IJ = tuple({"i": i + 1, "j": j + 1, "p": f"W1[{j},{i}]", "e": _SE_LOSS, "m": f"{_sd1(j)}*x[{i}]"}
               for i in range(2) for j in range(3))
_DS_BJ = tuple({"j": j + 1, "p": f"b1[{j}]", "m": _sd1(j)} for j in range(3))

# ---- the CBOW network: 4 inputs, 3 ReLU hidden units, 4 softmax outputs under the cross-entropy, one sample
_CB_A1 = tuple("(" + " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{j}]" for k in range(4)) + ")" for j in range(3))
_CB_D1 = tuple(f"{_CB_A1[j]}*Heaviside(z1[{j}])" for j in range(3))
_CB_Z1 = tuple({"j": j, "t": f"z1[{j}]", "m": " + ".join(f"W1[{j},{i}]*x[{i}]" for i in range(4)) + f" + b1[{j}]"}
               for j in range(3))
_CB_L1 = tuple({"j": j, "t": _CB_A1[j]} for j in range(3))
_CB_W1 = tuple({"j": j, "i": i, "p": f"W1[{j},{i}]", "m": f"{_CB_D1[j]}*x[{i}]/1"} for j in range(3) for i in range(4))
_CB_W2 = tuple({"k": k, "j": j, "p": f"W2[{k},{j}]", "m": f"(a2[{k}] - t[{k}])*a1[{j}]/1"}
               for k in range(4) for j in range(3))
_CB_B1 = tuple({"j": j, "p": f"b1[{j}]", "m": f"{_CB_D1[j]}/1"} for j in range(3))
_CB_B2 = tuple({"k": k, "p": f"b2[{k}]", "m": f"(a2[{k}] - t[{k}])/1"} for k in range(4))
_CB_B2_SUM = tuple({"k": k, "p": f"b2[{k}]", "m": f"(a2[{k}] - t[{k}])*(a1[0] + a1[1] + a1[2])/1"} for k in range(4))

# ---- the Sigmoid module at the hidden layer of a 2-3-2 sigmoid network under half the squared error
_BZ_A1 = tuple(f"({_sd2(0)}*W2[0,{j}] + {_sd2(1)}*W2[1,{j}])" for j in range(3))
_BZ_BAD = tuple({"j": j, "t": _sd1(j), "m": f"z1[{j}]*(1 - z1[{j}])*{_BZ_A1[j]}"} for j in range(3))
_BZ_FIX = tuple({"j": j, "t": _sd1(j), "m": f"a1[{j}]*(1 - a1[{j}])*{_BZ_A1[j]}"} for j in range(3))

# ---- the ML Glossary's 1-1-1 ReLU network without biases under half the squared error
_MG_D2 = "(a2[0] - y[0])*Heaviside(z2[0])"
_MG_D1 = f"{_MG_D2}*W2[0,0]*Heaviside(z1[0])"

# ---- the notebook's 3-4-3 network: ReLU hidden units, softmax outputs under the cross-entropy, one sample (B = 1)
_JD_E = tuple(f"(a2[{k}] - t[{k}])" for k in range(3))
_JD_A1 = tuple("(" + " + ".join(f"{_JD_E[k]}*W2[{k},{j}]" for k in range(3)) + ")" for j in range(4))
_JD_Z1 = tuple({"j": j, "t": f"z1[{j}]", "m": " + ".join(f"x[{i}]*W1[{j},{i}]" for i in range(3)) + f" + b1[{j}]"}
               for j in range(4))
_JD_RELU = tuple({"j": j, "t": f"a1[{j}]", "m": f"relu(z1[{j}])"} for j in range(4))
_JD_Z2 = tuple({"k": k, "t": f"z2[{k}]", "m": " + ".join(f"a1[{j}]*W2[{k},{j}]" for j in range(4)) + f" + b2[{k}]"}
               for k in range(3))
_JD_SM = tuple({"k": k, "t": f"a2[{k}]", "m": f"exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"} for k in range(3))
_JD_DZ2 = tuple({"k": k, "t": _JD_E[k], "m": f"{_JD_E[k]}/1"} for k in range(3))
_JD_W2 = tuple({"k": k, "j": j, "p": f"W2[{k},{j}]", "m": f"a1[{j}]*{_JD_E[k]}"} for k in range(3) for j in range(4))
_JD_B2 = tuple({"k": k, "p": f"b2[{k}]", "m": _JD_E[k]} for k in range(3))
_JD_DA1 = tuple({"j": j, "t": _JD_A1[j], "m": _JD_A1[j]} for j in range(4))
_JD_DZ1 = tuple({"j": j, "t": f"{_JD_A1[j]}*Heaviside(z1[{j}])", "m": f"{_JD_A1[j]}*Heaviside(z1[{j}])"}
                for j in range(4))
_JD_W1 = tuple({"j": j, "i": i, "p": f"W1[{j},{i}]", "m": f"x[{i}]*{_JD_A1[j]}*Heaviside(z1[{j}])"}
               for j in range(4) for i in range(3))

_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_I2 = tuple({"i": i} for i in range(2))


ENTRIES = [
    # ---- Stansbury's derivation ($$ on lines of their own, align environments with \tag, \color{...}{...} around the
    # factors; i, j, k name the input, hidden and output layers, counted from 1) --------------------------------------
    Public("y3-ds-E", _DS, "b123_ds", "b123_ds",
           '$$\n\\begin{align} E &= \\frac{1}{2} \\sum_{k=1}^K(a_k - t_k)^2 \\tag{1} \\end{align}\n$$', ((C,),),
           (Twin("value", _SE_LOSS, (_SE_LOSS,)),), batch=123, why="the loss's definition, a value (K = 2 outputs)"),
    Public("y3-ds-wjk", _DS, "b123_ds", "b123_ds",
           '$$\n\\begin{align}\n\\frac{\\partial E }{\\partial w_{jk}} &= \\frac{1}{2} \\sum_{k}(a_k - t_k)^2 \\\\  \n'
           '&= (a_k - t_k)\\frac{\\partial}{\\partial w_{jk}}(a_k - t_k) \\tag{2}\n\\end{align}\n$$', ((W, C),),
           (Twin("gradient", "{p}", ("{e}", "{m}"), _DS_JK),), batch=123,
           why="the first member is E itself, its derivative by w_jk left out (the page's slip: the display goes on as "
               "if \\frac{\\partial}{\\partial w_{jk}} stood before the sum); the second is the gradient"),
    Public("y3-ds-d4", _DS, "b123_ds", "b123_ds",
           "$$\n\\begin{align} \\frac{\\partial E }{\\partial w_{jk}} &= \\color{red}{(a_k - t_k)}\\color{blue}{g_k'(z_k)}"
           "\\color{green}{a_j} \\end{align} \\tag{4}\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _DS_JK),), batch=123, why="\\color{...}{...} around each factor"),
    Public("y3-ds-dk", _DS, "b123_ds", "b123_ds",
           "$$\\color{purple}{\\delta_k} = \\color{red}{(a_k - t_k)}\\color{blue}{g_k'(z_k)} \\tag{5} $$", ((C,),),
           (Twin("value", "{t}", ("{t}",), _DS_K),), batch=123, why="delta_k = dE/dz_k, a value"),
    Public("y3-ds-up", _DS, "b123_ds", "b123_ds",
           "$$\n\\begin{align}\nw_{jk} &\\leftarrow w_{jk} - \\eta \\frac{\\partial E }{\\partial w_{jk}} \\\\\n"
           "&\\leftarrow w_{jk} - \\eta (\\color{purple}{\\delta_k} \\color{green}{a_j}) \\tag{7}\n\\end{align}\n$$",
           ((C, C),), (Twin("update", "{p}", ("{u}", "{u}"), _DS_JK),), batch=123,
           why="an update chain, \\leftarrow on both lines"),
    Public("y3-ds-wij", _DS, "b123_ds", "b123_ds",
           "$$\n\\begin{align}\n\\frac{\\partial E }{\\partial w_{ij}} &= \\frac{1}{2} \\sum_{k}(a_k - t_k)^2 \\\\\n"
           "&= \\sum_{k} (a_k - t_k) \\frac{\\partial}{\\partial w_{ij}}a_k \\tag{9}\n\\end{align}\n$$", ((W, C),),
           (Twin("gradient", "{p}", ("{e}", "{m}"), _DS_IJ),), batch=123,
           why="the same slip as equation 2 for the hidden weights: the first member is E, not its derivative"),
    Public("y3-ds-d13", _DS, "b123_ds", "b123_ds",
           "$$\n\\begin{align}\n\\frac{\\partial E }{\\partial w_{ij}} &= \\sum_{k} (a_k - t_k)g'_k(z_k)w_{jk} "
           "g'_j(z_j)a_i \\\\\n&= \\left(\\sum_{k} \\color{purple}{\\delta_k} w_{jk} \\right) \\color{darkblue}{g'_j(z_j)}"
           "\\color{darkgreen}{a_i} \\tag{13}\n\\end{align}\n$$", ((C, C),),
           (Twin("gradient", "{p}", ("{m}", "{m}"), _DS_IJ),), batch=123,
           why="g'_k(z_k): the prime before the subscript; the sum over the outputs k"),
    Public("y3-ds-dj", _DS, "b123_ds", "b123_ds",
           "$$\n\\color{darkred}{\\delta_j} = \\color{darkblue}{g'_j(z_j)} \\sum_{k} \\color{purple}{\\delta_k} w_{jk} "
           "\\tag{14}\n$$", ((C,),), (Twin("value", "{t}", ("{t}",), _DS_J),), batch=123,
           why="delta_j = dE/dz_j, a value"),
    Public("y3-ds-bj", _DS, "b123_ds", "b123_ds",
           "$$\n\\begin{align}\n\\frac{\\partial E }{\\partial b_j} &= \\sum_{k} (a_k - t_k)g'_k(z_k) w_{jk} g_j'(z_j) "
           "\\\\\n&= g'_j(z_j) \\sum_{k} \\delta_k w_{jk} \\\\\n&= \\color{darkred}{\\delta_j} \\tag{18}\n\\end{align}\n$$",
           ((C, C, C),), (Twin("gradient", "{p}", ("{m}", "{m}", "{m}"), _DS_BJ),), batch=123,
           why="g_j'(z_j) and g'_j(z_j), the prime on either side of the subscript"),
    # ---- the Data Science Stack Exchange question (MathJax $...$ inside sentences and on lines of their own,
    # \cfrac, the names Out, Target and net_O) --------------------------------------------------------------------
    Public("y3-se-E", _SE, "b123_se", "b123_se",
           "The error for the output is given as $E = \\Sigma \\cfrac{1}{2} (Target - Out)^2$.", ((C,),),
           (Twin("value", "0.5*(y[0] - a3[0])**2", ("0.5*(y[0] - a3[0])**2",)),), batch=123,
           why="\\Sigma as the sum sign without bounds (over the one output), \\cfrac; the loss's definition, a value"),
    Public("y3-se-dout", _SE, "b123_se", "b123_se", "$\\cfrac{\\partial E}{\\partial Out} = (Out - Target)$", ((C,),),
           (Twin("value", "a3[0] - y[0]", ("a3[0] - y[0]",)),), batch=123,
           why="dE/dOut, the loss's derivative by the output, a value"),
    Public("y3-se-dnet", _SE, "b123_se", "b123_se", "$\\cfrac{\\partial Out}{\\partial net_O} = (Out)(1-Out)$", ((C,),),
           (Twin("value", "a3[0]*(1 - a3[0])", ("a3[0]*(1 - a3[0])",)),), batch=123,
           why="the output's slope by its sum (a derivative of a quantity, not of the loss), a value"),
    # ---- the CBOW back_prop of the NLP course's assignment (shantanu1109's issue: the answer in a ```python block,
    # four-space indentation, column vectors, / batch_size) ----------------------------------------------------------
    Public("y3-cb-z1", _CB, "b123_cb", "b123_cb", "    z1 = np.dot(W1, x) + b1", ((C,),),
           (Twin("value", "{t}", ("{m}",), _CB_Z1),), batch=123, why="the hidden sums, a value"),
    Public("y3-cb-l1", _CB, "b123_cb", "b123_cbl", "    l1 = np.dot(W2.T,(yhat-y))", ((C,),),
           (Twin("value", "{t}", ("{t}",), _CB_L1),), batch=123,
           why="l1 before the mask l1[z1 < 0] = 0: dJ/dh (the code's comment: Compute l1 as W2^T (Yhat - Y)); the "
               "lines after it use the masked l1, dJ/dz1 (their own notation)"),
    Public("y3-cb-w1", _CB, "b123_cb", "b123_cb", "    grad_W1 = np.dot(l1, x.T) / batch_size", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_W1),), batch=123, why="an outer product, over the batch of one"),
    Public("y3-cb-w2", _CB, "b123_cb", "b123_cb", "    grad_W2 = np.dot((yhat-y),h.T) / batch_size", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_W2),), batch=123),
    Public("y3-cb-b1", _CB, "b123_cb", "b123_cb", "    grad_b1 = np.sum(l1, axis=1, keepdims=True) / batch_size",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _CB_B1),), batch=123, why="np.sum over the samples (axis 1)"),
    Public("y3-cb-b2", _CB, "b123_cb", "b123_cb",
           "    grad_b2 = np.sum((yhat-y), axis=1, keepdims=True) / batch_size", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_B2),), batch=123),
    # ---- rust0258's issue 64 on the same assignment (dzerkes's lines in a ``` block without indentation, ijelliti's
    # reply in a ```python block, np.ones for the sum over the samples) -----------------------------------------------
    Public("y3-r64-b1", _R64, "b123_cb", "b123_cb",
           "grad_b1 = (1/batch_size)*np.dot(l1,ones_array.T).reshape(-1,1)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_B1),), batch=123,
           why="ones_array = np.ones(batch_size), one 1 here; .reshape(-1,1) a column"),
    Public("y3-r64-b2", _R64, "b123_cb", "b123_cb",
           "grad_b2 = (1/batch_size)*np.dot(yhat-y,ones_array.T).reshape(-1,1)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_B2),), batch=123),
    Public("y3-r64-ib1", _R64, "b123_cb", "b123_cb", "    grad_b1 = np.dot(l1,np.ones((batch_size,1)))/batch_size",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _CB_B1),), batch=123,
           why="the comment above it says 'Compute the gradient of b2' (the reply's slip in a comment, not in the line)"),
    Public("y3-r64-ib2", _R64, "b123_cb", "b123_cb",
           "    grad_b2 = np.dot((yhat - y),np.ones((batch_size,1)))/batch_size", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_B2),), batch=123),
    # ---- rust0258's issue 62 (the notebook's bias gradients, then the reader's suggestion; ``` blocks) -------------
    Public("y3-r62-b2", _R62, "b123_cb", "b123_cb",
           "grad_b2 = np.sum((1/batch_size)*np.dot(yhat-y,h.T),axis=1,keepdims=True)", ((W,),),
           (Twin("gradient", "{p}", ("{m}",), _CB_B2_SUM),), batch=123,
           why="the sum over axis 1 of the weight gradient (yhat - y) h^T: each output's error times the sum of the "
               "hidden outputs, where the bias's gradient is the error alone (h does not sum to 1)"),
    Public("y3-r62-sb1", _R62, "b123_cb", "b123_cb", "grad_b1 = np.dot(l1,np.ones((batch_size,1)))/batch_size",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _CB_B1),), batch=123),
    Public("y3-r62-sb2", _R62, "b123_cb", "b123_cb", "grad_b2 = np.dot(yhat-y,np.ones((batch_size,1)))/batch_size",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _CB_B2),), batch=123),
    # ---- the Udacity SDC issue: a video's update read aloud in a sentence --------------------------------------------
    Public("y3-sd-w2", _SD, "b123_sd", "b123_sd",
           "It says W_2 = W_2 - alpha W_2, the last W_2 is missing a Delta.", ((W,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*W2[{k},{j}]",), _K2J3),), batch=123,
           why="the video's update W_2 = W_2 - alpha W_2 as the issue quotes it: the step is alpha times the weights, "
               "not their gradient (the missing Delta the issue names)"),
    # ---- interviews.ai's solution 120 (```python blocks; the solution's lines numbered as the book prints them) ----
    Public("y3-bz-bad", _BZ, "b123_bz", "b123_bz", "7 grad_input = self.x*(1-self.x) * grad", ((W,),),
           (Twin("value", "{t}", ("{m}",), _BZ_BAD),), batch=123,
           why="self.x is the module's input (the sums), so x (1 - x) is not the sigmoid's slope there (the solution's "
               "slip, the issue's point); the line number 7 printed before the statement"),
    Public("y3-bz-fix", _BZ, "b123_bz", "b123_bz", "    grad_input = sigmoid_output * (1 - sigmoid_output) * grad",
           ((C,),), (Twin("value", "{t}", ("{m}",), _BZ_FIX),), batch=123, why="the issue's correction"),
    # ---- Godoy's issue (```python blocks: steps 2 and 3, then the training loop with trailing comments) -----------
    Public("y3-dg-err", _DG, "b123_dg", "b123_dg", "error = (yhat - y_train)", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=123),
    Public("y3-dg-loss", _DG, "b123_dg", "b123_dg", "loss = (error ** 2).mean()", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=123,
           why="the MSE over the training points (one here), a value"),
    Public("y3-dg-bg", _DG, "b123_dg", "b123_dg", "b_grad = 2 * error.mean()", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])",)),), batch=123),
    Public("y3-dg-wg", _DG, "b123_dg", "b123_dg", "w_grad = 2 * (x_train * error).mean()", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),), batch=123),
    Public("y3-dg-lerr", _DG, "b123_dg", "b123_dgl",
           "    error = (y_train - yhat)  # <--- THIS SHOULD BE error = (yhat - ytrain)", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=123,
           why="the loop's own error (its notation), a definition; a comment holding another formula after #"),
    Public("y3-dg-lbg", _DG, "b123_dg", "b123_dgl",
           '    b_grad = -2 * error.mean()                     # <--- flipping the "error" above will flip these signs',
           ((C,),), (Twin("gradient", "b1[0]", ("-2*(y[0] - a1[0])",)),), batch=123,
           why="the sign carried by the gradient where error = y_train - yhat"),
    Public("y3-dg-lwg", _DG, "b123_dg", "b123_dgl",
           '    w_grad = -2 * (x_train * error).mean()   # <--- flipping the "error" above will flip these signs',
           ((C,),), (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - a1[0])",)),), batch=123),
    Public("y3-dg-bup", _DG, "b123_dg", "b123_dgl", "    b = b - lr * b_grad", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*2*(a1[0] - y[0])",)),), batch=123, why="lr, the book's 0.1"),
    # ---- Raschka's issue (inline code in sentences) ------------------------------------------------------------------
    Public("y3-rb-w", _RB, "b123_rb", "b123_rb",
           "Page 38 says we update weights and biases by adding the parameter to the negative gradient * learning rate.  "
           "However, in the Adaline code sections, pages 40 and 49, no negative gradient is used.  For example, page 49, "
           "`self.w_ += self.eta * 2.0 * xi * (error)`.", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*2.0*x[{i}]*(y[0] - a1[0])",), _I2),), batch=123,
           why="+= with error = target - output, the negative gradient of (y - output)^2 over 2 x (the issue's doubt, "
               "the author's answer): the gradient step"),
    Public("y3-rb-err", _RB, "b123_rb", "b123_rb",
           "Thanks for the note, and that's a good point. At first glance it may look wrong. But we have ` errors = (y - "
           "output)`, and that's the negative gradient.", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=123,
           why="inline code opened with a space; a value"),
    # ---- the ML Glossary's page (reStructuredText .. math:: directives, the formula two spaces in; C'(v) for the
    # cost's derivative by v, R'(Z) the ReLU's) ----------------------------------------------------------------------
    Public("y3-mg-wo", _MG, "b123_mg", "b123_mg",
           ".. math::\n\n  C'(W_O) &= C'(\\hat{y}) \\cdot \\hat{y}'(Z_O) \\cdot Z_O'(W_O) \\\\\n"
           "          &= (\\hat{y} - y) \\cdot R'(Z_O) \\cdot H", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_MG_D2}*a1[0]", f"{_MG_D2}*a1[0]")),), batch=123,
           why="primes for derivatives by the argument written after them: C'(W_O) = dC/dW_O, yhat'(Z_O) = dyhat/dZ_O"),
    Public("y3-mg-wh", _MG, "b123_mg", "b123_mg",
           ".. math::\n\n  C'(W_h) &= C'(\\hat{y}) \\cdot O'(Z_o) \\cdot Z_o'(H) \\cdot H'(Z_h) \\cdot Z_h'(W_h) \\\\\n"
           "          &= (\\hat{y} - y) \\cdot R'(Z_o) \\cdot W_o \\cdot R'(Z_h) \\cdot X", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_MG_D1}*x[0]", f"{_MG_D1}*x[0]")),), batch=123,
           why="O'(Z_o), the output's activation by its sum (O the ReLU too)"),
    Public("y3-mg-czo", _MG, "b123_mg", "b123_mg", ".. math::\n\n  C'(Z_o) = (\\hat{y} - y) \\cdot R'(Z_o)", ((C,),),
           (Twin("value", _MG_D2, (_MG_D2,)),), batch=123, why="the output layer error, dC/dZ_o, a value"),
    Public("y3-mg-eo", _MG, "b123_mg", "b123_mg", ".. math::\n\n  E_o = (\\hat{y} - y) \\cdot R'(Z_o)", ((C,),),
           (Twin("value", _MG_D2, (_MG_D2,)),), batch=123),
    Public("y3-mg-czh", _MG, "b123_mg", "b123_mg",
           ".. math::\n\n  C'(Z_h) = (\\hat{y} - y) \\cdot R'(Z_o) \\cdot W_o \\cdot R'(Z_h)", ((C,),),
           (Twin("value", _MG_D1, (_MG_D1,)),), batch=123),
    Public("y3-mg-eh", _MG, "b123_mg", "b123_mg", ".. math::\n\n  E_h = E_o \\cdot W_o \\cdot R'(Z_h)", ((C,),),
           (Twin("value", _MG_D1, (_MG_D1,)),), batch=123),
    Public("y3-mg-wo2", _MG, "b123_mg", "b123_mg", ".. math::\n\n  C'(W_O) = (\\hat{y} - y) \\cdot R'(Z_O) \\cdot H",
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_MG_D2}*a1[0]",)),), batch=123),
    Public("y3-mg-wo3", _MG, "b123_mg", "b123_mg", ".. math::\n\n  C'(W_o) = E_o \\cdot H", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_MG_D2}*a1[0]",)),), batch=123),
    # ---- the student's notebook (Markdown cells: $$ on lines of their own, \\boxed{...} around the result, rows X W_1 +
    # b_1, \\mathrm{ReLU}, \\mathbb{1}(z_1 > 0) for the ReLU's slope) ------------------------------------------------------
    Public("y3-jd-z1", _JD, "b123_jd", "b123_jd", '$$\nz_1 = XW_1 + b_1,\\quad a_1 = \\mathrm{ReLU}(z_1)\n$$',
           ((C,), (C,)), (Twin("value", "{t}", ("{m}",), _JD_Z1), Twin("value", "{t}", ("{m}",), _JD_RELU)), batch=123,
           why="two definitions on one line after \\quad, values; XW_1 the row times the input-first matrix"),
    Public("y3-jd-z2", _JD, "b123_jd", "b123_jd", '$$\nz_2 = a_1W_2 + b_2,\\quad \\hat{Y} = \\mathrm{softmax}(z_2)\n$$',
           ((C,), (C,)), (Twin("value", "{t}", ("{m}",), _JD_Z2), Twin("value", "{t}", ("{m}",), _JD_SM)), batch=123),
    Public("y3-jd-dz2", _JD, "b123_jd", "b123_jd",
           '$$\n\\boxed{\n\\frac{\\partial \\mathcal{L}}{\\partial z_2}\n=\n\\frac{1}{B}(\\hat{Y} - Y)\n}\n$$', ((C,),),
           (Twin("value", "{t}", ("{m}",), _JD_DZ2),), batch=123,
           why="dL/dz_2 of the batch's mean loss (B = 1 here), a value; \\boxed around the equation"),
    Public("y3-jd-w2", _JD, "b123_jd", "b123_jd",
           '$$\n\\boxed{\n\\frac{\\partial \\mathcal{L}}{\\partial W_2}\n=\na_1^T \\frac{\\partial \\mathcal{L}}{\\partial z_2}\n}\n$$',
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _JD_W2),), batch=123,
           why="the input-first W_2's gradient, a_1^T times the row dL/dz_2"),
    Public("y3-jd-b2", _JD, "b123_jd", "b123_jd",
           '$$\n\\boxed{\n\\frac{\\partial \\mathcal{L}}{\\partial b_2}\n=\n\\sum_{i=1}^B \\frac{\\partial \\mathcal{L}}'
           '{\\partial z_2^{(i)}}\n}\n$$', ((C,),), (Twin("gradient", "{p}", ("{m}",), _JD_B2),), batch=123,
           why="a sum over the B samples (one here) of the rows z_2^{(i)}"),
    Public("y3-jd-da1", _JD, "b123_jd", "b123_jd",
           '$$\n\\boxed{\n\\frac{\\partial \\mathcal{L}}{\\partial a_1}\n=\n\\frac{\\partial \\mathcal{L}}{\\partial z_2} W_2^T\n}\n$$',
           ((C,),), (Twin("value", "{t}", ("{m}",), _JD_DA1),), batch=123, why="dL/da_1, a value"),
    Public("y3-jd-dz1", _JD, "b123_jd", "b123_jd",
           '$$\n\\boxed{\n\\frac{\\partial \\mathcal{L}}{\\partial z_1}\n=\n\\frac{\\partial \\mathcal{L}}{\\partial a_1}\n'
           '\\odot \\mathbb{1}(z_1 > 0)\n}\n$$', ((C,),), (Twin("value", "{t}", ("{m}",), _JD_DZ1),), batch=123,
           why="\\mathbb{1}(z_1 > 0), the indicator, for the ReLU's slope; a value"),
    Public("y3-jd-w1", _JD, "b123_jd", "b123_jd",
           '$$\n\\boxed{\n\\frac{\\partial \\mathcal{L}}{\\partial W_1}\n=\nX^T\n\\Big[\n\\big((\\hat{Y} - Y) W_2^T\\big)\n'
           '\\odot \\mathbb{1}(z_1 > 0)\n\\Big]\n}\n$$', ((C,),), (Twin("gradient", "{p}", ("{m}",), _JD_W1),), batch=123,
           why="the collapsed chain without the 1/B of the mean (right for the one sample here; on a batch the page's "
               "first step has it and this line drops it)"),
]
