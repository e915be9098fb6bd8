r"""Batch 60 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 14 repository files no earlier batch used (the code corpus: jfemiani's lecture notes on PRML 5.3 in
Bishop's letters, three worked examples; mayank1101's post on feed-forward and backpropagation, a Markdown list in
Ng's [l] and a NumPy class of rows; zhumingyi94's flashcard on the sigmoid gate; drproduck's OutputNode.java; and ten
files stored without their repository's name, cited by their ids: a deep-learning course's week notes (also stored
as 44680433712), Lifan Lin's guide to classification in Chinese, pkjha's script of Udacity's backpropagation
exercise, plain-text notes of Ng's Deep Learning Specialization, a SymPy script of one neuron's chain rule, the
pseudo-code "function train", a Python 2 script, "First try at backprop", checking its analytic gradients, Chinese
course notes on losses, a README of five days' backpropagation scripts, and a Chinese article on neural networks with
a NumPy class), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the
page describes (with the page's numbers where it works an example; both in tests/public_formulas_batch60_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed
before check was. Every notation was loaded with its network (backprop.symbolic.notation_loading.load_notation)
before the run, reading no formula. Lines keep what surrounds them: the notes' $$ blocks indented in a numbered list
(three spaces, five under a sub-item), a sentence around $...$ with its trailing double space, a Markdown list's "- "
and its words ("- Loss function of LR model: ..."), a code line's indentation and its trailing # comment.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 60

The batch: 55 formulas, 22 values (forward values and losses, dy_k/da_k = 1 in a sentence, h'(a_j) = 1 - \tanh^2,
d sigma(x)/dx after \rightarrow, dL/dsigma and dsigma/dz with sigma alone, dL_dyout, dL_dh, the Udacity error term
and step, Day 1's z = w * x * b, the Java node's delta), 13 deltas dL/dz (Bishop's delta, Ng's dz, the pseudo-code's
Error[n], Day 2's delta[i][0], the article's delta3 and delta2), 15 gradients, 2 updates (the pseudo-code's
weight[n][h] += ..., the article's self.bias2 += ...), and 3 lines of several claims (the week notes' align* block of
three, Ng's "dw1 = x1dz  => w1 := w1 - αdw1" and "db = dz     => b := b - αdb"). 28 are LaTeX (\Big( \Big) and \big(
\big), \quad \text{(plus bias if applicable)}, \tanh^2, h' of the notation's h, \, between factors, \cdot between two
derivatives, \mathbf{1}\Big[a^{(1)} > 0\Big] the indicator, W_2^\top and \big(z^{(1)}\big)^\top, \log\hat{y} glued,
-[ ... ] brackets, aligned blocks, ylog(\sigma) glued, sigma alone for the prediction, a bare \sum, \odot (z^{[1]} >
0), \sigma'(z), \sum_{\mathbf{x} \in D} over a data set with \left[ \right] and \ln, f(wX + b) and f') and 27 plain
text or code (np.matmul on rows, a trailing comment holding a formula of its own, "# [h_j] = x_i*W_ij, 1X2 matrix";
"." for the product in Ng's (dL/da).(da/dz); α glued to dw1; a SymPy script's names; # comments de/d(Bi) with the
index glued to its letter, Oi, Ti, Ij; (1/m) * (A1.T @ dZ2) with a # Shape: comment; pseudo-code's y[n], d[n],
f'(y[n]), weight[n][h] += ... * learning rate; Day 2's a[i][0]; w2.T @ delta2; np.dot(delta3, self.weights2.T); a
Java return of an assignment).

9 are mistaken (the oracle finds them wrong):

- b60-pseudo-error: Error[n] = (y[n] - d[n]) * f'(y[n]), the output function's derivative taken at the output y[n]
  rather than at its sum (sigmoid'(y) is not y (1 - y));
- b60-pseudo-update: weight[n][h] += Error[n] * hl[h] * learning rate, with Error[n] dE/dz: the step climbs the
  error (the rule is -=);
- b60-cn-mse-dw and b60-cn-mse-db: dL/dw = (y - \hat{y}) \sigma'(z) x and dL/db = (y - \hat{y}) \sigma'(z) for L =
  1/2 (y - \hat{y})^2: the sign turned;
- b60-day1-z: z = w * x * b, * for + (the README's Day 2 writes z = w * x + b, and its Day 1 gradients are that
  sum's);
- b60-ai-dw: dL/dw = (y - \hat{y}) f'(wX + b), y the actual result and \hat{y} the prediction (the line under it):
  the input X left out and the sign turned;
- b60-ai-delta2: delta2 = np.dot(delta3, self.weights2.T) * (1 - y) * y, the output's slope where the hidden
  layer's belongs;
- b60-ai-bias2: self.bias2 += lr * np.sum(delta3, ...), delta3 = dL/dz: the step climbs the loss;
- b60-node-delta: return delta = input * (1 - input) * (expectedOutput - value), the sigmoid's slope written with
  the node's weighted input instead of its output, value (1 - value).

Left out: the PRML notes' generic \delta_k and \delta_j lines (one letter, a, for the hidden and the output units'
weighted inputs, which no pattern tells apart), and the tanh and sigmoid definitions by the bare letter a; Ng's "dw2
= d2dz" (x2 mistyped d2: no quantity to twin); "First try at backprop"'s "= 2 * Ei * sigb(Oi)" and GB = 2 * E *
sigb(O), and the SymPy script's dyout_dz = dsigmoid(z) (derivative functions the files define, which a notation
cannot name); "First try"'s n.B -= 0.1 * GB and n.W -= 0.1 * GW (a rate written as its number: the oracle holds eta
symbolic and calls them wrong, so they were taken out rather than asserted either way); Lifan Lin's softmax
"\sigma'(x) = \sigma(x)(1-\sigma(x))" (the diagonal of the softmax's Jacobian written as its derivative); the week
notes' \hat{y} P(Y=1|x) = ... line; the Chinese article's dL/db = (y - \hat{y}) f'(wX + b) (wrong only by the sign,
which rests on which y the page means: its 3.1 calls y the output). Many other correct lines of these pages were
left out to keep the batch at 55 and its pages varied. Notes: the PRML notes' units are counted from 1 (x_1,
w_{ji}), the code's from 0; pkjha's row vectors and input-first matrices are named with .T (docs/notation.md),
Lifan Lin's W and grad as vectors (a row before the code's transpose, a column after); the pseudo-code's Error[n]
is named dE/dz, as its use in the weight update implies, and "learning rate", two words, is the notation's
learning-rate name; sigma alone in Lifan Lin's guide is named as the prediction (the collector meant to name it so
in the week notes too, and left it out of that notation: see the run below); the Chinese
article's two sections have two notations (y the output in its 3.1, the label in its 3.2, as each says).

Collected on 2026-12-05 from 07:09 to 07:23 by the machine's clock (the oracle's runs included), the oracle agreeing
with the verdicts written down on every run but one (the two updates with a numeric rate, taken out, see above),
and run blind once at main 3b0912a (/work/READY_FOR_BLIND17), with nothing under src/ changed (the output saved in
/work/batch60_blind.txt): 43 of 55 read with every verdict right (78%); 10 refused that should have been read; 2
misread, a right formula called wrong and a claim left unjudged; no crash; NO WRONG FORMULA CALLED CORRECT. None of the
refusals is at a notation outside the spec's grammar (every notation loaded; the week notes' missing "\sigma" is a
meaning left out, not a pattern refused): the run stays the only one. Of the 9 mistaken formulas, 7 read with every
verdict right, each called wrong (pseudo-error, cn-mse-dw, cn-mse-db, day1-z, ai-dw, ai-delta2, ai-bias2), and 2 were
refused (pseudo-update, node-delta). By kind of claim: values 18 of 22, deltas 12 of 13, gradients 12 of 15, updates 1
of 2, lines of several claims 0 of 3. LaTeX against plain text: the 28 in LaTeX read 22 (79%), the 27 in plain
text or code 21 (78%). By page: PRML notes 9 of 9, week notes 1 of 2, Lifan Lin 3 of 4, pkjha 3 of 3, Ng's notes 0
of 4, SymPy 2 of 2, zhumingyi94 2 of 2, mayank1101 5 of 5, pseudo-code 1 of 2, First try 2 of 2, Chinese course notes
3 of 7, Day 1-5 README 7 of 7, Chinese article 5 of 5, OutputNode.java 0 of 1. (Tabulated from the saved output.)

The misreads (2, no wrong formula called correct):

- b60-lifan-dsigmadz: the last member of Lifan Lin's aligned block, "&= \sigma(1-\sigma)", with "\sigma" = "a1[0]" in
  the notation, called wrong: read as the sigmoid function applied to (1 - sigma), not as the named quantity times
  (1 - sigma); its three other members read correct;
- b60-ng-db: "    - db = dz     => b := b - αdb": only the update b := b - αdb judged (correct); the claim before "=>",
  db = dz, was left unjudged (got one claim where the line holds two). Its twin line, dw1 = x1dz => ..., was refused
  (below).

The refusals by construct (10), with the exact message:

- 2, a Markdown list's "- " before a plain-text formula (Ng's notes): "'- ' at the start of the line reads as a list's
  bullet or as a minus on what follows, and the two readings do not agree; write the line without the bullet, or
  (-...) in parentheses for the negative" (b60-ng-dz, b60-ng-dw1);
- 1, a remark in parentheses after a plain-text formula, in a list item after its words, "- Loss function of LR model:
  L(yhat,y)=-(ylog(yhat) + (1-y)log(1-yhat))  (a *convex* function)": "unknown symbol c; the notation knows a, b, da,
  db, dw, dz, w, x; give it a meaning in the notation's [notation.symbols], e.g. "c" = "a1[0]"" (b60-ng-loss, "(a
  *convex* function)" read as letters);
- 4, a sum over the members of a data set, \sum_{\mathbf{x} \in D}, with the notation's m = 1 (the Chinese course
  notes' cross-entropy, its two gradients by w and its gradient by b): "a sum over the samples has no bound, so nothing
  says how many it adds: '-\\frac{1}{m} \\sum_{x \\in D} [y \\ln \\hat{y} + (1 - y) \\ln(...' is right for one sample
  but not over N samples, where the file's reduction makes the step's loss their mean; give N its value in the
  notation ("N" = "1", the one sample check reads), or, if the page's loss is their total, write reduction = "sum" in
  the file's [update]" (b60-cn-ce, b60-cn-ce-dw, b60-cn-ce-dw2, b60-cn-ce-db; the page writes m, not N, and names
  the count of D's members m);
- 1, sigma alone, d\sigma/dz_i and \sigma(1-\sigma), in the week notes' align* block, whose notation does not name
  \sigma (the collector's omission): "the function \sigma has no argument at '\\sigma' (position 51); write
  \sigma(z); where \sigma stands for a quantity (a unit's output), give it that meaning in the notation's
  [notation.symbols], e.g. "\sigma" = "a1[0]"" (b60-week-derivs; the message says what the notation lacks);
- 1, a learning rate written in two words, "learning rate", as the pseudo-code does (the notation's learning_rate
  lists "learning rate"; the loader accepts it): "unknown symbol learning; the notation knows Error, d, hl, weight, y;
  give it a meaning in the notation's [notation.symbols], e.g. "learning" = "a1[0]"" (b60-pseudo-update, a mistaken
  formula refused rather than called wrong);
- 1, a Java return of an assignment, "return delta  = input * (1 - input) * (expectedOutput - value);": "unknown
  symbol r; the notation knows \delta, expectedOutput, input, value; give it a meaning in the notation's
  [notation.symbols], e.g. "r" = "a1[0]"" (b60-node-delta, "return" read letter by letter; a mistaken formula refused).

Which look general (would appear in much homework): a Markdown list's "- " before a plain-text formula (the "$...$"
items of the same kind, mayank1101's, read) and a remark in parentheses after a formula, the function's letter
written alone for its output (sigma(1 - sigma), which also misread where the notation names it), a sum over a data
set's members (\sum_{x \in D}, Zhou Zhihua's textbook writes every loss so) with the count named m rather than N, and
two claims joined by "=>" (one of them lost). Page-specific: "learning rate" in words, a Java return.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch60_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_PRML = ("https://github.com/jfemiani/cse627a"
         " (chapter5/prml-05.3-Error-Backpropagation-notes.md, commit 699b565)")
_WEEK = _STORED.format(44791312018, "# Week 1: Intro to DL",
                       "Markdown notes of a deep-learning course's weeks; the index holds a copy as 44680433712")
_LIFAN = _STORED.format(20227642278, "# A Brief Guide to Classification",
                        "Lifan Lin's guide for an LHM summer program's AI course, in Chinese, 2023-08-15")
_PKJHA = _STORED.format(49032461804, "Created on Mon Jan 03 09:56:09 2022 @author: pkjha",
                        "a Python script of Udacity's backpropagation exercise")
_NG = _STORED.format(30562485000, "## I. Neural networks and deep learning",
                     "plain-text notes of Ng's Deep Learning Specialization")
_SYMPY = _STORED.format(21529462865, "import sympy as sp", "a SymPy script of one sigmoid neuron's chain rule")
_ZHU = "https://github.com/zhumingyi94/mydailynote (Zettelkasten/Backpropagation.md, commit 337d959)"
_MAYANK = ("https://github.com/mayank1101/mayank1101.github.io"
           " (_posts/2025-12-20-ff-n-back-prop.md, commit cd87a99)")
_PSEUDO = _STORED.format(43670034563, "function train returns an error value",
                         "pseudo-code of a two-hidden-layer network's training step")
_FIRST = _STORED.format(46640127761, "First try at backprop, single layer.",
                        "a Python 2 script checking its analytic gradients")
_CNBOOK = _STORED.format(54617974130, "# 第二章 神经网络基础",
                         "Chinese course notes on neural networks, chapter 2: activations, losses, regularization")
_DAYS = _STORED.format(69485798169, "# Day 1: Backpropagation Basics", "a README of five days' backpropagation scripts")
_AIDOC = _STORED.format(30404647012, "# 1.背景介绍",
                        "a Chinese article on AI neural networks' principles, with a NumPy class")
_NODE = "https://github.com/drproduck/study (k_nearest_neighbors/knn/src/OutputNode.java)"

# the PRML notes' example 1 (tanh hidden units, linear outputs, 1/2 sum (y - t)^2, no biases)
_PZ1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1]"
_PE = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"
_PD1 = f"(1 - a1[{{j}}]**2)*{_PE}"
# example 3 (ReLU hidden units, a sigmoid output, the binary cross-entropy)
_RD1 = "Heaviside(z1[{j}])*W2[0,{j}]*(a2[0] - y[0])"
# the softmax post: dL/dz2 and dL/da1 (2 outputs, 4 ReLU units)
_MD2 = "(a2[{k}] - t[{k}])"
_MDA = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]))"
# the post's class: a sigmoid output under the binary cross-entropy, three ReLU units
_CD2 = "(a2[0] - y[0])"
# the Day 3 README: the output delta of a sigmoid output under 1/2 (y-hat - y)^2
_DD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# pkjha's Udacity script: -dE/dz2 and -dE/dz1
_UD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_UD1 = f"{_UD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_KJ24 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))


ENTRIES: list[Public] = [
    # ---- jfemiani's PRML 5.3 notes, example 1: $$ blocks indented in a numbered list, \Big( \Big), \quad
    # \text{(plus bias if applicable)}, Bishop's a_j^{(1)} (weighted input) and z_j^{(1)} (activation), h' --------
    Public("b60-prml-a1", _PRML, "b60_prml_tanh", "b60_prml_tanh",
           "   $$\n   a_j^{(1)} = \\sum_i w_{ji}^{(1)} x_i \\quad \\text{(plus bias if applicable)}\n   $$", ((C,),),
           (Twin("value", "z1[{j}]", (_PZ1,), _J2),), batch=60, why="no biases in the network: the sum is whole"),
    Public("b60-prml-dyda", _PRML, "b60_prml_tanh", "b60_prml_tanh",
           "   Since the output activation is linear $\\frac{dy_k}{da_k^{(2)}} = 1$,  ", ((C,),),
           (Twin("value", "1", ("1",), _K2),), batch=60, why="the identity's slope, in a sentence"),
    Public("b60-prml-delta2", _PRML, "b60_prml_tanh", "b60_prml_tanh",
           "   $$\n   \\delta_k^{(2)} = \\frac{\\partial E_n}{\\partial a_k^{(2)}} = y_k - t_k\n   $$", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]", "a2[{k}] - y[{k}]"), _K2),), batch=60),
    Public("b60-prml-hprime", _PRML, "b60_prml_tanh", "b60_prml_tanh",
           "   $$\n   h'(a_j^{(1)}) = 1 - \\tanh^2\\Big(a_j^{(1)}\\Big) = 1 - \\Big(z_j^{(1)}\\Big)^2\n   $$", ((C, C),),
           (Twin("value", "1 - a1[{j}]**2", ("1 - tanh(z1[{j}])**2", "1 - a1[{j}]**2"), _J2),), batch=60,
           why="h = tanh; \\tanh^2 the square of tanh"),
    Public("b60-prml-delta1", _PRML, "b60_prml_tanh", "b60_prml_tanh",
           "   $$\n   \\delta_j^{(1)} = \\Big(1 - \\Big(z_j^{(1)}\\Big)^2\\Big) \\sum_k w_{kj}^{(2)} \\delta_k^{(2)}\n   $$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_PD1,), _J2),), batch=60),
    Public("b60-prml-dw2", _PRML, "b60_prml_tanh", "b60_prml_tanh",
           "     $$\n     \\frac{\\partial E_n}{\\partial w_{kj}^{(2)}} = \\delta_k^{(2)} \\, z_j^{(1)}\n     $$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a1[{j}]",), _KJ2),), batch=60),
    # ---- example 2: one sigmoid output, the chain rule's factors joined by \cdot --------------------------------
    Public("b60-prml-delta-chain", _PRML, "b60_prml_logit", "b60_prml_logit",
           "   $$\n   \\delta^{(1)} = \\frac{\\partial E_n}{\\partial a^{(1)}} = \\frac{\\partial E_n}{\\partial y} \\cdot"
           " \\frac{dy}{da^{(1)}}\n   $$", ((C, C),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]", "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])")),),
           batch=60),
    # ---- example 3, in vectors: \mathbf{1}[...] the indicator, W_2^\top, \big(z^{(1)}\big)^\top -------------------
    Public("b60-prml-delta-relu", _PRML, "b60_prml_relu", "b60_prml_relu",
           "   $$\n   \\delta^{(1)} = \\mathbf{1}\\Big[a^{(1)} > 0\\Big] \\cdot \\big(W_2^\\top \\delta^{(2)}\\big)\n   $$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_RD1,), _J2),), batch=60,
           why="\\mathbf{1}[...] the indicator of a^{(1)} > 0, entrywise"),
    Public("b60-prml-dW2", _PRML, "b60_prml_relu", "b60_prml_relu",
           "     $$\n     \\frac{\\partial E}{\\partial W_2} = \\delta^{(2)} \\cdot \\big(z^{(1)}\\big)^\\top\n     $$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=60),
    # ---- the stored week notes: $$ on one line, \log\hat{y} glued, an align* block of three claims with a blank
    # line between them, -[ ... ] brackets, d\sigma/dz_i with sigma alone ------------------------------------------
    Public("b60-week-loss", _WEEK, "b60_week", "b60_week",
           "$$\\mathcal{L}(\\hat{y}, y) = -(y\\log\\hat{y} + (1-y)\\log(1-\\hat{y}))$$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=60),
    Public("b60-week-derivs", _WEEK, "b60_week", "b60_week",
           "$$\n\\begin{align*}\n"
           "\\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}_i} &= -[\\frac{y_i}{\\hat{y}_i} - \\frac{1-y_i}{1-\\hat{y}_i}] \\\\\n"
           "\n"
           "\\frac{\\partial \\hat{y}_i}{\\partial w_k} &= \\frac{d\\sigma}{dz_i} \\cdot \\frac{dz_i}{dw_k} \\\\\n"
           "&= \\sigma(1-\\sigma) \\cdot x_{ik}\\\\\n"
           "\n"
           "\\frac{\\partial \\hat{y}_i}{\\partial b} &= \\frac{d\\sigma}{dz_i} \\cdot \\frac{dz_i}{db} \\\\\n"
           "&= \\sigma(1-\\sigma)\n"
           "\n"
           "\\end{align*}\n$$", ((C,), (C, C), (C, C)),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))",)),
            Twin("value", "a1[0]*(1 - a1[0])*x[{k}]", ("a1[0]*(1 - a1[0])*x[{k}]", "a1[0]*(1 - a1[0])*x[{k}]"),
                 tuple({"k": k} for k in range(2))),
            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])"))), batch=60,
           why="three claims: dL/dy-hat, and the prediction's derivatives by w_k and b (values); sigma alone is "
               "sigma(z_i), the prediction, as the line under the block reminds"),
    # ---- Lifan Lin's guide (stored): aligned blocks with \\ line ends, log glued (-ylog(\sigma)), sigma alone;
    # its code's names and trailing shape comments -----------------------------------------------------------------
    Public("b60-lifan-dLdsigma", _LIFAN, "b60_lifan", "b60_lifan_tex",
           "$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial \\sigma} &= \\frac{\\partial}{\\partial \\sigma}"
           "(-ylog(\\sigma) - (1-y)log(1-\\sigma))\\\\\n&= -\\frac{y}{\\sigma} + \\frac{1-y}{1-\\sigma}\n"
           "\\end{aligned}\n$$", ((C, C),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",
                 ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])")),), batch=60,
           why="dL/dsigma, a value; its first member the derivative of the loss written out"),
    Public("b60-lifan-dsigmadz", _LIFAN, "b60_lifan", "b60_lifan_tex",
           "$$\n\\begin{aligned}\n\\frac{\\partial \\sigma}{\\partial z} &= \\frac{\\partial}{\\partial z}"
           "\\frac{1}{1+e^{-z}}\\\\\n&= \\frac{e^{-z}}{(1+e^{-z})^2}\\\\\n&= \\frac{1}{1+e^{-z}}\\frac{e^{-z}}{1+e^{-z}}"
           "\\\\\n&= \\sigma(1-\\sigma)\n\\end{aligned}\n$$", ((C, C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("exp(-z1[0])/(1 + exp(-z1[0]))**2", "exp(-z1[0])/(1 + exp(-z1[0]))**2",
                  "(1/(1 + exp(-z1[0])))*(exp(-z1[0])/(1 + exp(-z1[0])))", "a1[0]*(1 - a1[0])")),), batch=60),
    Public("b60-lifan-code-dL", _LIFAN, "b60_lifan", "b60_lifan_code",
           "    dL_dsigma = -y / y_hat + (1 - y) / (1 - y_hat) # (n, 1)", ((C,),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),),
           batch=60),
    Public("b60-lifan-code-grad", _LIFAN, "b60_lifan", "b60_lifan_code",
           "    grad = (dL_dsigma * dsigma_dz).T.dot(dz_dw) # (1, n) * (n, p) = (1, p)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=60,
           why="one sample (n = 1): the gradient as the row (1, p); the next lines transpose it and divide by n"),
    # ---- pkjha's Udacity script (stored): np.matmul on rows, a trailing comment holding a formula of its own --
    Public("b60-pkjha-hin", _PKJHA, "b60_pkjha", "b60_pkjha",
           "hidden_layer_input = np.matmul(x, weights_input_hidden) # [h_j] = x_i*W_ij, 1X2 matrix", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),), batch=60,
           why="the comment's [h_j] = x_i*W_ij is Einstein's sum over i, left as a comment"),
    Public("b60-pkjha-oterm", _PKJHA, "b60_pkjha", "b60_pkjha",
           "output_error_term = error * output * (1 - output)", ((C,),),
           (Twin("value", _UD2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=60,
           why="the error term -dE/dz2, a value"),
    Public("b60-pkjha-dwih", _PKJHA, "b60_pkjha", "b60_pkjha",
           "delta_w_i_h = learnrate * np.matmul(x.T, hidden_error_term)", ((C,),),
           (Twin("value", f"eta*{_UD1}*x[{{i}}]", (f"eta*x[{{i}}]*{_UD1}",), _JI23),), batch=60,
           why="the step -learnrate dE/dW1, (3, 2) input-first"),
    # ---- Ng's course notes (stored): plain text in a Markdown list, yhat, log glued (ylog(yhat)), "." for the
    # product, Ng's dz, dw1, db names, two claims joined by "=>", := and α glued to dw1 ---------------------------
    Public("b60-ng-loss", _NG, "b60_ng", "b60_ng",
           "- Loss function of LR model: L(yhat,y)=-(ylog(yhat) + (1-y)log(1-yhat))  (a *convex* function)", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=60),
    Public("b60-ng-dz", _NG, "b60_ng", "b60_ng", "    - dz = (dL/da).(da/dz) = da.(a(1-a)) = a - y", ((C, C, C),),
           (Twin("gradient_z", "z1[0]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",
                                         "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",
                                         "a1[0] - y[0]")),), batch=60, why="\".\" the product"),
    Public("b60-ng-dw1", _NG, "b60_ng", "b60_ng", "    - dw1 = x1dz  => w1 := w1 - αdw1", ((C,), (C,)),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),
            Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",))), batch=60,
           why="two claims joined by =>; the next line's dw2 = d2dz (x2 mistyped d2) left out"),
    Public("b60-ng-db", _NG, "b60_ng", "b60_ng", "    - db = dz     => b := b - αdb", ((C,), (C,)),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)), Twin("update", "b1[0]", ("b1[0] - eta*grad",))), batch=60),
    # ---- the stored SymPy script: plain assignments with the page's numbers -------------------------------------
    Public("b60-sympy-dLdy", _SYMPY, "b60_sympy", "b60_sympy", "dL_dyout = 2 * (yout - y)", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=60, why="L = (yout - y)^2"),
    Public("b60-sympy-dLdw", _SYMPY, "b60_sympy", "b60_sympy", "dL_dw = dL_dyout * dyout_dz * dz_dw", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=60),
    # ---- zhumingyi94's flashcard: $$ blocks, a trailing space, \rightarrow before the claim ------------------------
    Public("b60-zhu-sigma", _ZHU, "b60_zhu", "b60_zhu", "$$\n\\sigma(x) = \\frac{1}{1+e^{-x}} \n$$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=60),
    Public("b60-zhu-dsigma", _ZHU, "b60_zhu", "b60_zhu",
           "$$\n\\rightarrow \\frac{d\\sigma(x)}{dx} = (1-\\sigma(x))\\sigma(x)\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("(1 - sigmoid(z1[0]))*sigmoid(z1[0])",)),), batch=60,
           why="the gate's local gradient, a value"),
    # ---- mayank1101's post: a Markdown list of $...$ formulas in Ng's [l], \cdot between a column and a row, a
    # bare \sum, (a^{[1]})^T, \odot (z^{[1]} > 0) ----------------------------------------------------------------
    Public("b60-may-loss", _MAYANK, "b60_mayank", "b60_mayank", "- $L = -\\sum y \\log(\\hat{y})$", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]))", ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]))",)),),
           batch=60, why="a bare sum over the classes"),
    Public("b60-may-dz2", _MAYANK, "b60_mayank", "b60_mayank",
           "- $\\frac{\\partial L}{\\partial z^{[2]}} = \\hat{y} - y$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_MD2,), _K2),), batch=60),
    Public("b60-may-dW2", _MAYANK, "b60_mayank", "b60_mayank",
           "- $\\frac{\\partial L}{\\partial W^{[2]}} = \\frac{\\partial L}{\\partial z^{[2]}} \\cdot (a^{[1]})^T$",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_MD2}*a1[{{j}}]",), _KJ24),), batch=60,
           why="\\cdot between a column and a row: their outer product"),
    Public("b60-may-dz1", _MAYANK, "b60_mayank", "b60_mayank",
           "- $\\frac{\\partial L}{\\partial z^{[1]}} = \\frac{\\partial L}{\\partial a^{[1]}} \\odot (z^{[1]} > 0)$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (f"{_MDA}*Heaviside(z1[{{j}}])",), _J4),), batch=60,
           why="(z^{[1]} > 0) the indicator, entrywise"),
    # ---- the post's NeuralNetwork class: rows of samples, @ and .T, (1/m), a trailing "# Shape:" comment ------
    Public("b60-may-code-dW2", _MAYANK, "b60_mayank_code", "b60_mayank_code",
           "        dW2 = (1/m) * (A1.T @ dZ2)  # Shape: (n_hidden, 1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_CD2}",), _J3),), batch=60),
    # ---- the stored pseudo-code: indexed names y[n], d[n], Error[n], weight[n][h], f'(...), += and "learning rate"
    # in two words; f' of the output where f' of the sum belongs, and += climbing the error ------------------------
    Public("b60-pseudo-error", _PSEUDO, "b60_pseudo", "b60_pseudo", "    Error[n] = (y[n] - d[n]) * f'(y[n])",
           ((W,),), (Twin("gradient_z", "z3[{n}]", ("(a3[{n}] - y[{n}])*sigmoid(a3[{n}])*(1 - sigmoid(a3[{n}]))",),
                          tuple({"n": n} for n in range(2))),), batch=60,
           why="f'(y[n]) the output function's derivative taken at the output y[n], not at its sum: sigmoid'(y) "
               "is not y (1 - y)"),
    Public("b60-pseudo-update", _PSEUDO, "b60_pseudo", "b60_pseudo",
           "        weight[n][h] += Error[n] * hl[h] * learning rate", ((W,),),
           (Twin("update", "W3[{n},{h}]", ("W3[{n},{h}] + eta*grad",),
                 tuple({"n": n, "h": h} for n in range(2) for h in range(2))),), batch=60,
           why="Error[n] is dE/dz (y - d times the slope): adding it climbs the error; the step is -="),
    # ---- the stored "First try at backprop" script: # comments of Oi, Ti, Ij with their index glued, de/d(Bi)
    # with the parameter in parentheses ---------------------------------------------------------------------------
    Public("b60-first-dB", _FIRST, "b60_first", "b60_first", "        # de/d(Bi)  = 2 * (Oi - Ti) * Oi * (1 - Oi)",
           ((C,),), (Twin("gradient", "b1[{i}]", ("2*(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])",), _I2),), batch=60,
           why="e = E.E, the squared error summed over the two outputs; the comment's next line, = 2 * Ei * "
               "sigb(Oi), names the script's sigb (o (1 - o)), which no notation can name: left out"),
    Public("b60-first-dW", _FIRST, "b60_first", "b60_first",
           "        # de/d(Wij) = 2 * (Oi - Ti) * Oi * (1 - Oi) * Ij", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", ("2*(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])*x[{j}]",),
                 tuple({"i": i, "j": j} for i in range(2) for j in range(2))),), batch=60),
    # ---- the stored Chinese course notes (chapter 2, losses): $$ on one line, \sigma'(z), \cdot; the MSE's
    # gradients with their sign turned; \sum_{\mathbf{x} \in D} over the data set, \left[ \right], \ln ------------
    Public("b60-cn-mse", _CNBOOK, "b60_cn_mse", "b60_cn_mse", "$$L = \\frac{1}{2}(y - \\hat{y})^2$$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),), batch=60),
    Public("b60-cn-mse-dw", _CNBOOK, "b60_cn_mse", "b60_cn_mse",
           "$$\\frac{\\partial L}{\\partial w} = (y - \\hat{y}) \\cdot \\sigma'(z) \\cdot x$$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=60,
           why="y the true value, y-hat the model's output (the notes' table of symbols): dL/dw of 1/2 (y - y-hat)^2 "
               "is (y-hat - y) sigma'(z) x, the sign turned (the notes' 2.6.2 writes -(y_1 - y-hat_1))"),
    Public("b60-cn-mse-db", _CNBOOK, "b60_cn_mse", "b60_cn_mse",
           "$$\\frac{\\partial L}{\\partial b} = (y - \\hat{y}) \\cdot \\sigma'(z)$$", ((W,),),
           (Twin("gradient", "b1[0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=60, why="the sign turned"),
    Public("b60-cn-ce", _CNBOOK, "b60_cn_ce", "b60_cn_ce",
           "$$L = -\\frac{1}{m} \\sum_{\\mathbf{x} \\in D} \\left[y \\ln \\hat{y} + (1 - y) \\ln(1 - \\hat{y})\\right]$$",
           ((C,),), (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                          ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=60,
           why="m = 1: the data set D one sample"),
    Public("b60-cn-ce-dw", _CNBOOK, "b60_cn_ce", "b60_cn_ce",
           "$$\\frac{\\partial L}{\\partial \\mathbf{w}} = -\\frac{1}{m} \\sum_{\\mathbf{x} \\in D} \\left[\\frac{y}{\\sigma(z)}"
           " - \\frac{1-y}{1-\\sigma(z)}\\right] \\cdot \\sigma'(z) \\cdot \\mathbf{x}$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])*x[{i}]",), _I2),),
           batch=60),
    Public("b60-cn-ce-dw2", _CNBOOK, "b60_cn_ce", "b60_cn_ce",
           "$$\\frac{\\partial L}{\\partial \\mathbf{w}} = \\frac{1}{m} \\sum_{\\mathbf{x} \\in D} (\\sigma(z) - y) \\cdot"
           " \\mathbf{x}$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=60),
    Public("b60-cn-ce-db", _CNBOOK, "b60_cn_ce", "b60_cn_ce",
           "$$\\frac{\\partial L}{\\partial b} = \\frac{1}{m} \\sum_{\\mathbf{x} \\in D} (\\sigma(z) - y)$$", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=60),
    # ---- the stored "Day 1 ... Day 5" README: lines of its ```python blocks; Day 1's z = w * x * b (its Day 2
    # writes z = w * x + b), Day 2's indexed a[i][0], Day 3's w2.T @ delta2 --------------------------------------
    Public("b60-day1-z", _DAYS, "b60_day1", "b60_day1", "z = w * x * b", ((W,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0]*b1[0]",)),), batch=60,
           why="* for +: z is w x + b (the README's gradients, dL_db = dL_da * da_dz, are that sum's)"),
    Public("b60-day1-loss", _DAYS, "b60_day1", "b60_day1", "loss = 0.5 * (a - y) ** 2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("0.5*(a1[0] - y[0])**2",)),), batch=60),
    Public("b60-day1-dw", _DAYS, "b60_day1", "b60_day1", "dL_dw = dL_da * da_dz * x", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=60),
    Public("b60-day2-delta", _DAYS, "b60_day2", "b60_day2",
           "delta[i][0] = (a[i][0] - y[i][0]) * a[i][0] * (1 - a[i][0])", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])",), _I2),), batch=60),
    Public("b60-day3-delta2", _DAYS, "b60_day3", "b60_day3", "delta2 = (y_hat - y) * y_hat * (1 - y_hat)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DD2,)),), batch=60),
    Public("b60-day3-dh", _DAYS, "b60_day3", "b60_day3", "dL_dh = w2.T @ delta2", ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_DD2}", (f"W2[0,{{j}}]*{_DD2}",), _J2),), batch=60, why="dL/dh, a value"),
    Public("b60-day3-delta1", _DAYS, "b60_day3", "b60_day3", "delta1 = dL_dh * h * (1 - h)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_DD2}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=60),
    # ---- the stored Chinese article on AI neural networks: $$ blocks, f(wX + b), f'; its code's deltas,
    # one with the output's slope where the hidden layer's belongs, and += steps ----------------------------------
    Public("b60-ai-y", _AIDOC, "b60_ai_doc", "b60_ai_fwd", "$$\ny = f(wX + b)\n$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + b1[0])",)),), batch=60,
           why="y the output here (\"$y$ 是输出结果\"), f the sigmoid of the article's code"),
    Public("b60-ai-dw", _AIDOC, "b60_ai_doc", "b60_ai_grad",
           "$$\n\\frac{\\partial L}{\\partial w} = (y - \\hat{y}) \\cdot f'(wX + b)\n$$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=60,
           why="y the actual result and y-hat the prediction (the line under it); the input X left out, and the sign "
               "turned: dL/dw is (y-hat - y) f'(wX + b) X"),
    Public("b60-ai-delta3", _AIDOC, "b60_ai_code", "b60_ai_code", "        delta3 = (y - t) * (1 - y) * y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*(1 - a2[0])*a2[0]",)),), batch=60,
           why="the output layer's delta, dL/dz, y the output and t the target"),
    Public("b60-ai-delta2", _AIDOC, "b60_ai_code", "b60_ai_code",
           "        delta2 = np.dot(delta3, self.weights2.T) * (1 - y) * y", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*(1 - a2[0])*a2[0]*W2[0,{j}]*(1 - a2[0])*a2[0]",), _J3),),
           batch=60, why="the output's slope (1 - y) y where the hidden layer's, (1 - h) h, belongs"),
    Public("b60-ai-bias2", _AIDOC, "b60_ai_code", "b60_ai_code",
           "        self.bias2 += lr * np.sum(delta3, axis=0, keepdims=True)", ((W,),),
           (Twin("update", "b2[0]", ("b2[0] + eta*grad",)),), batch=60,
           why="delta3 is dL/dz2 = dL/db2: += climbs the loss"),
    # ---- drproduck's OutputNode.java: a Java return of an assignment, camelCase fields -----------------------------
    Public("b60-node-delta", _NODE, "b60_node", "b60_node",
           "        return delta  = input * (1 - input) * (expectedOutput - value);", ((W,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("z1[0]*(1 - z1[0])*(y[0] - a1[0])",)),), batch=60,
           why="the sigmoid's slope taken as input (1 - input), of the node's weighted input; it is value (1 - value)"),
]
