r"""Batch 121 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 18 addresses no earlier batch used (pages and GitHub threads, in languages and sites earlier batches met
less; the pages corpus is largely used by earlier batches and keeps a page from its beginning, so most sources are
threads): blog.mocvien.com's Vietnamese post on backpropagation (its list items with $...$ and a sentence with
$$...$$: z^l = w^l a^{l-1} + b^l, a^l = \sigma(z^l), L = \frac{1}{2} (\hat{y} - y)^2), and seventeen GitHub threads: a
read-it-later issue keeping Victor Zhou's "Machine Learning for Beginners" post (guevara/read-it-later#8628: the
post's Python in HTML <span>s, taken as the page shows it, d_ypred_d_h1 = self.w5 * deriv_sigmoid(sum_o1) and self.w1
-= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1), a Japanese medical AI course's typo report
(japan-medical-ai/medical-ai-course-materials#87: g_Lw2 = g_Ly * g_yu2 * g_u2w2, g_h1u1 = h1 * (1 - h1), the typo
g_yu_2 and the line corrected, g_Lw1 = g_Lu1.T.dot(g_u1w1)), Neural Networks Demystified's forward method
(stephencwelch/Neural-Networks-Demystified#23: self.z2 = np.dot(X, self.W1), self.sigmoid), Kaggler's NN
(jeongyoonlee/Kaggler#14: a comment's chain # dl/dz = dl/dy * dy/dz = dl/dy * w1 and dl_dz = dl_dy * self.w1[j]),
Omar Florez's scratch_mlp README table as two issues quote it (#3: Loss = (y-h2)^2 | dLoss/dW2 = -(y-h2), and the
issue's correction; #2: dh2/dz2 = h2*(1-h2). Why we can ...), Raschka's book's errata report
(rasbt/machine-learning-book#157: $\frac{\partial}{\partial w_{j,l}^{(l)}} = L(W, b)$), Grokking Deep Learning's
chapter 5 loop (iamtrask/Grokking-Deep-Learning#34: weight_deltas=ele_mul(delta,input), an update with ``` glued to
it), Shiffman's nn.js (shiffman/Neural-Network-p5#22: var gradient_output = Matrix.map(outputs, this.derivative);
before and after the issue's change of dSigmoid), ML-From-Scratch's Dense layer (eriklindernoren/ML-From-Scratch#76:
a proposal in backticks in a sentence, `grad_w = self.layer_input.T.dot(accum_grad)/the_number_of_neurons`) and
jcjohnson's pytorch-examples warm-up (jcjohnson/pytorch-examples#29: two derivatives in a sentence, dY_pred/dW2 =
h_relu and DLoss/DY_pred = 2(y_pred - y)), a Russian question on ArtemOnigiri's Java SimpleNN (ArtemOnigiri/SimpleNN#9:
deltas[i][j] = gradients[i] * l.neurons[j]; and the reader's proposal with / for *), a Japanese reader's question on
makaishi2's book (makaishi2/math_dl_book_info#2: ∂(yd(w0, w1)) / ∂w1 = ∂(yp(w0, w1)) / ∂w1 = ∂(w0x0 + w1x1) / ∂w1 =
x1, and his version with **- yt** in Markdown bold), Modern Computer Vision with PyTorch's answer key as an issue quotes
it (PacktPublishing/Modern-Computer-Vision-with-PyTorch#37: dW = W - alpha * (dW/dL) and the reader's W = W - alpha *
(dL/dW) in one sentence), two more Grokking threads (iamtrask/Grokking-Deep-Learning#72: Weight_delta = delta * input;
#23: weight_deltas = outer_prod(input,delta)) and Victor Zhou's "CNNs, Part 2" in read-it-later
(guevara/read-it-later#8637: the softmax layer's backprop, d_L_d_t = gradient * d_out_d_t, d_L_d_w =
d_t_d_w[np.newaxis].T @ d_L_d_t[np.newaxis]). Copied verbatim, typos and mistakes included (the threads' text as the
search gives it; the read-it-later copy's <span> tags and HTML entities dropped, the text the page shows), each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: code's names d_A_d_B and g_AB for the derivative of A by B named with their true values, as batch
116 named TLNeuralNetwork's dO1_dW5; deriv_sigmoid declared "sigmoid' at input" where it takes the sum, nn.js's
this.derivative "sigmoid' at output" before the issue's change and "sigmoid' at input" after it, one notation for
each; the medical course's last cell, after g_u1w1 = g_u1w1[None], named by a notation of its own where g_u1w1 is the
row x[:].T and g_Lu1 the (1, 2) row grad(z1[:]).T; rows as transposes, "self.W1" = "W1[:, :].T"; Kaggler's loop
quantity dl_dz named with the loop's index j, as batch 116 named a loop's scalar error; the mocvien post's layers
counted from 1 with a^0 the input), a network of the kind the page describes (Victor Zhou's 2-2-1 sigmoid network
under the sample's squared error, learn_rate 0.1; his CNN post's softmax layer on one sample of label 1, learn_rate
0.005, so that its d_out_d_t, the derivative of the label's output, is out[1] (y - out); Grokking's three inputs and
one linear output, alpha 0.01; the log loss for Kaggler; the squared error without 1/2 where a page writes it:
the medical course, scratch_mlp, jcjohnson; all in tests/public_formulas_batch121_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. A code's derivative name (d_h1_d_w1, g_yu2, g_u2h1), a forward line (self.z2 = np.dot(X, self.W1)), nn.js's slopes
(gradient_output), a loss's definition (L = \frac{1}{2} (\hat{y} - y)^2, Loss = (y-h2)^2) and Kaggler's derivatives by
the hidden output are twinned as values, as in batches 14 to 116. Formulas keep their page's delimiters and what
surrounds them on their line (a line's indentation, a list's "- ", a table row's |, the prose of a sentence holding a
formula, a code block's closing ``` glued to the last line); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 121

The batch: 51 formulas from 18 addresses (Victor Zhou's post 8, the medical course's issue 8, Neural Networks
Demystified's 4, Kaggler's 2, scratch_mlp's #3 2 and #2 1, Raschka's 1, the mocvien post 3, Grokking's #34 2, #72 1
and #23 1, Shiffman's 4, ML-From-Scratch's 1, jcjohnson's 1, SimpleNN's 2, makaishi2's 2, the answer key's 1, Victor
Zhou's CNN post 7). 39 are code (Python 33, JavaScript 4, Java 2; two of them in backticks inside a sentence), 3 in a
Vietnamese page's LaTeX, 9 in threads' plain text or LaTeX (a Markdown table row, sentences, a code comment, Unicode
∂ with Markdown bold). A little short of the 55 the brief asked for:
the pages corpus is mostly used by earlier batches and keeps each page from its beginning (primelearnpoint's worked
2x2 example, codeutility's C++ network: their formulas past what is stored), and many threads the issues corpus
finds were used (the Mazur copies, jsfantasy's derivation, Grokking's #9, #37, #49, #50, #59, Nielsen's, hankcs',
parasdahal's, louisjc's, lazyprogrammer's, neural2d's).

6 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- scratch_mlp's p1-of-row, Loss = (y-h2)^2 | dLoss/dW2 = -(y-h2): the derivative by the output, and that without its
  2, given as the derivative by W2 (dLoss/dW2 = -2 (y - h2) h2 (1 - h2) h1; the README's slip, which the issue reports);
- scratch_mlp's p1-of-fix, the issue's correction Loss = (y-h2)^2 | dLoss/dh2 = -(y-h2): the 2 of the square's
  derivative still missing (dLoss/dh2 = -2 (y - h2));
- ML-From-Scratch's p1-ml-gw, grad_w = self.layer_input.T.dot(accum_grad)/the_number_of_neurons: X^T accum_grad is
  dL/dW already, and the issue's division by the layer's number of neurons makes it a quarter of it on the 3-4-2
  network;
- SimpleNN's p1-sn-div, the Russian reader's `deltas[i][j] = gradients[i] / l.neurons[j];`: the step divided by the
  hidden output (from solving x*w = y + g for w) where the code multiplies by it (dL/dw = dL/dz x);
- the answer key's claim in p1-cv-two, dW = W - alpha * (dW/dL): the weight's derivative by the loss (1/(dL/dW) for
  the one weight here) where dL/dW was meant (the reader's W = W - alpha * (dL/dW) in the same sentence is right);
- Grokking #23's p1-g23-op, weight_deltas = outer_prod(input,delta): input[i] delta[j] at [i][j], the transpose of the
  derivatives laid out as the weights (weights[i][j] from input j to output i), as the issue reports;
- mistyped (unreadable): the medical course's p1-ma-lu1t, g_Lu1 = g_Ly * g_yu_2 * g_u_2h_1 * g_h_1u_1: names the
  notebook never defines (its typo, which the issue reports; Python raises NameError) (unreadable="g_yu_2");
- mistyped (unreadable): Raschka's p1-rb-op, $\frac{\partial}{\partial w_{j,l}^{(l)}} = L(W, b)$ should be ...: a
  derivative operator with nothing to act on set equal to the loss (the book's typo, which the issue reports)
  (unreadable="\frac{\partial}{\partial w_{j,l}^{(l)}}").

Not mistaken, though they look it: Kaggler's dl/dz = dl/dy * w1 without the ReLU's slope (z is the hidden unit's
output, after the ReLU: the derivative by it has no slope; the issue's doubt, and the author's answer); nn.js's
Matrix.map(outputs, this.derivative) (the book's dSigmoid(x) = x (1 - x) is the slope written of the output, so
taking it of the outputs is right, and the issue's change, the sigmoid's slope of the sums, is right too); Grokking's
weight_deltas = delta * input without a 2 (the book's delta is the step of half the squared error, as batch 111 read
it; #72's Weight_delta = delta * input the same); the medical course's g_u1w1 = x (du1/dw1 is x, entry by entry);
SimpleNN's deltas[i][j] = gradients[i] * l.neurons[j] (its gradients hold the learning rate: the step itself, at the
output layer where the code's errors are the targets minus the outputs; its hidden layers carry the errors back
without the slope, a slip of lines not taken); makaishi2's chain without yt (yt is a constant, the author's answer);
the CNN post's d_t_d_w = self.last_input and d_t_d_inputs = self.weights (derivatives of the totals, values).

What was left out: Victor Zhou's other lines (d_h2_d_w3, d_h2_d_b2, the other updates, cut at eight, and the
post's forward and training lines); the medical course's print(g_Lw_2) and print(g_Lw1), its reshape g_u1w1 =
g_u1w1[None] and its comments; Neural Networks Demystified's proposal `z2 = np.dot(X, self.W1.T)` (with the
tutorial's W1 of 2 x 3, X W1^T has sizes that do not fit: no value for a twin) and its return line; Kaggler's
proposal dl_dz = dl_dy * self.w1[j] * (0 or 1) (prose "0 or 1" for the ReLU's slope) and the author's code from lines
201-203 (an if); scratch_mlp #2's numbers (h2 = [0.37155696 0.454142644] and dLoss/dW1 = [1.766405 0.40015721]^T,
values of the README's figure at weights the issue does not give); Raschka's correction after "should be" (an
expression, no claim: kept in the entry's line); the mocvien post's later formulas (the corpus stores its beginning);
Grokking's for loop header; nn.js's dSigmoid definitions (helpers' bodies) and the issue's other suggestions; SimpleNN's
x*w=y algebra in backticks (not the network's quantities) and its errorsNext loop; makaishi2's other remarks (a
figure's numbers, page 269's 784); the answer key's sentence's (alpha * dL/dW), an amount without =; Grokking #23's
list comprehension weight_deltas = [ele_mul(d,input) for d in delta] and its outer_prod loop; the CNN post's
forward pass and its d_out_d_t lines (t_exp, S, an if on the label); the
jcjohnson sentence's "we obtain Dloss/Dw2 as h_relu * 2(y_pred - y) not h_relu.T * 2 (y_pred - y)" (no =, prose;
kept in the entry's line, not twinned). Pages read and not taken: primelearnpoint's "Backpropagation solved Numerical
2x2" (its stored lines open with = and its net inputs, 0.3825 with b1 unnamed, do not follow from its own weights),
codeutility's Vietnamese "how neural networks learn" (its backward pass past the stored beginning), mattm's
simple-neural-network #8 (method calls of a class), makeyourownneuralnetwork #77 (derivatives in prose), OpenHUTB/nn
#1435 (diff lines whose - would read as a sign), d2l-vi's backprop translation PRs (no formula stored), udacity's
deep-learning-v2-pytorch #75 (an error term with no left side), yizt's numpy_neural_network #3 (a garbled proposal),
louisjc's mnist-neural-network #1 (used by an earlier batch), and many candidates earlier batches held.

Collected on 2026-12-06/07 (23:53 to 00:06 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
16 of the 19 loaded as first written; Victor Zhou's one and the medical course's two were refused by the loader for the
format, not a meaning: "sum_h1" and "g_u2w2" ("is not one symbol": a name of one underscore and then letters and
digits); they were written "sum_{h1}", "g_{u2w2}" and so on, and after the first blind run, as code's names, with TeX's
escaped underscore (below).
The oracle's first runs passed every verdict as first transcribed (a first run of 35 entries, then 37, 39, 42, 44 as
threads were added; the last seven, the CNN post's, first failed to run at all: its softmax twins named the target y,
which the oracle calls t under the cross-entropy, and its problem file's [data] lists needed their brackets; written
so, they passed as transcribed). A first commit held the first 37 entries; the rest were added before check was
run on any of them.

Run blind at main 58d9efc (/work/READY_FOR_BLIND48; src/ as at 58d9efc, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch121_blind_first.txt): 25 of 51 read with every
verdict right (49%), 22 refused, 2 misread, 1 typo refused, 1 typo read, no crash, NO WRONG FORMULA CALLED CORRECT.
Twelve of those refusals were a slip of the notations, fixed once: Victor Zhou's code names sum_h1, sum_h2, sum_o1
and the medical course's g_u2w2, g_yu2, ... were written "sum_{h1}" and "g_{u2w2}" (the loader having refused
"sum_h1" as "not one symbol"), a letter or word with a subscript, where the page writes code's names, which
docs/notation.md names with TeX's escaped underscore (the name sum\_h1, "sum\\_h1" in the table's TOML, and
g\_u2w2 likewise); so written, the same meanings, the run again (/work/batch121_blind.txt): 36 of 51 read with
every verdict right (71%), 10 refused, 3 misread, 1 typo refused, 1 typo read, no crash, NO WRONG FORMULA CALLED
CORRECT: eleven of the twelve read, and one, p1-ma-u2h1, misread (below). The counts below are the second run's.

Of the 6 mistaken formulas, 2 were read with their wrong member called wrong (ML-From-Scratch's p1-ml-gw, the division
by the number of neurons; SimpleNN's p1-sn-div, the division by the hidden output); the other four were refused (the
scratch_mlp table rows p1-of-row and p1-of-fix at their |, the answer key's p1-cv-two at its quotation mark,
Grokking #23's p1-g23-op at outer_prod), none called correct. By page: Victor Zhou's post 8 of 8, the medical course's
issue 6 of 8 (a misread, and its typo refused), Neural Networks Demystified's 4 of 4, Kaggler's 2 of 2, scratch_mlp's
#3 0 of 2 and #2 0 of 1, Raschka's (its typo read), the mocvien post 3 of 3, Grokking's #34 1 of 2, #72 1 of 1 and #23
0 of 1, Shiffman's 4 of 4, ML-From-Scratch's 1 of 1, jcjohnson's 0 of 1, SimpleNN's 2 of 2, makaishi2's 0 of 2, the
answer key's 0 of 1, Victor Zhou's CNN post 4 of 7.

The misreadings (3, none calling a wrong formula correct):

- 2, a value claim whose left side the notation names by a parameter's value, read as an update with no step and
  called wrong: the medical course's p1-ma-u2h1, g_u2h1 = w2 ("g\\_u2h1" = "W2[0, :]", du2/dh1, and "w2" = "W2[0, :]";
  check: an update of W2[0, 0] ... W2[0, 1] whose member w2 is wrong), and the CNN post's p1-vc-ti, d_t_d_inputs =
  self.weights ("d_t_d_inputs" = "W1[:, :].T", dt/dinputs, the weights laid out input-first; an update of W1[0, 0] ...
  W1[2, 2]). General: a derivative whose value is a weight (dz/da = W) is common in code and notes;
- 1, the CNN post's p1-vc-lt, d_L_d_t = gradient * d_out_d_t, called wrong: the page's d_out_d_t is the derivative of
  the label's output by the totals, out[1] (e_1 - out) with e_1 the label's one-hot vector, which the notation can
  only write through the target, "a1[1]*(y[:] - a1[:])" (right at the file's one-hot sample y = [0, 1, 0]); check
  judges at random points, where y is no one-hot vector and gradient = dL/dout[1] = -y[1]/out[1], so the product is
  not dL/dt there. The notation's reach as much as the reader's (the format has no word for a label's one-hot
  vector); page-specific.

The refusals by construct (10, and the typo's), with the exact message:

- 2, a Markdown table row, | between a function and its derivative: p1-of-row: "formula 'Loss = (y-h2)^2 | dLoss/dW2
  = -(y-h2)': expected '|' to close the norm at '=' (position 29)" (p1-of-fix the same); general (READMEs' tables);
- 3, prose around a formula on its line: p1-of-dh, the question after the formula read on ("formula 'dh2/dz2 =
  h2*(1-h2) \\cdot Why we can multiple vector here...': t_{1}: unit index 1 is out of range (0..0); indices of
  symbols.md count from 0 (a notation can say otherwise)"); p1-jj-two, two derivatives in a sentence ("... unexpected
  at ',' (position 40); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its
  own left side (A = B, \quad C = D)"); p1-cv-two, a formula quoted in a sentence ("... cannot read '"' at position
  170; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)"); general (issue threads quote formulas in
  sentences);
- 1, a Markdown fence glued to the code's last line: p1-gk-w: "formula 'weights[i] -= alpha * weight_deltas[i]```':
  cannot read '`' at position 39; ..."; general;
- 2, makaishi2's Unicode ∂ derivatives of a function of the weights: p1-mk-book: "... yd(w0, w1)(...) with 2
  arguments: the notation gives yd(w0, w1) the value a1[0] - y[0] but no parameters, and these arguments are not each
  a name of the notation's for a whole layer or matrix that this value is computed from (...), so nothing says what
  they make of it; write yd(w0, w1) alone (no arguments) for that value, or the formula the function returns, in the
  notation's names" (the notation names the pattern "yd(w0, w1)" whole, as the page writes it); p1-mk-yt, with
  Markdown bold inside: "... expected '/' in ∂L/∂w (a lone \partial w_{1} is read only as a claim's whole left side,
  the loss's derivative by it) at '=' (position 92); write the derivative it means, \frac{\partial E}{\partial
  w_{1}}"; page-specific (a book's yd(w0, w1)), the bold general in Markdown threads;
- 1, an outer product by a helper: p1-g23-op: "formula 'weight_deltas = outer_prod(input,delta)': outer_prod(...) is
  a function the notation does not name at 'o' (position 17); name it there: ..." (the format's functions have no
  outer product, so the notation leaves it undeclared); general in hand-written NumPy-free code;
- 1, NumPy's [np.newaxis]: p1-vc-lw: "formula 'd_L_d_w = d_t_d_w[np.newaxis]^T @ d_L_d_t[np.newaxis]':
  d_t_d_w_{np.newaxis} matches none of the notation's patterns for d_t_d_w ('d_t_d_w')"; general in NumPy code;
- the typos: p1-ma-lu1t refused, "formula 'g_Lu1 = g_Ly * g_yu_2 * g_u_2h_1 * g_h_1u_1': unexpected at '_' (position
  28)" (at g_yu_2, which blind_batch.py reports as naming it); p1-rb-op read, its \frac{\partial}{\partial
  w_{j,l}^{(l)}} = L(W, b) taken for the loss's derivative by W1's weights and its member L(W, b) called wrong (a typo
  read, not a wrong formula called correct).

Read, among the constructs these pages brought: Victor Zhou's d_A_d_B names and self.w1 -= updates with
deriv_sigmoid of the sums, once the code names were written with the escaped underscore; the medical course's g_AB
names, g_Lu1.T.dot(g_u1w1) with a row notation of its own; Neural Networks Demystified's np.dot of rows with
self.sigmoid; Kaggler's comment chain dl/dz = dl/dy * dy/dz with a loss l; the mocvien post's rules over layers l with
a^0 the input, in list items with Vietnamese prose after them; Shiffman's Matrix.map(outputs, this.derivative) with
this.derivative declared at the output and at the input; ML-From-Scratch's proposal in backticks in a sentence;
SimpleNN's Java deltas[i][j] with a Russian sentence around the proposal in backticks; Grokking's ele_mul as a
product; the CNN post's softmax layer's d_L_d_b and d_L_d_inputs with @.

Corrected in session 36 (2026-12-07) after review (fixleft36): the entry's slip, not the reader's. The CNN post's
" d_L_d_t = gradient * d_out_d_t" holds for the label's class only: its gradient is dL/dout[i] at "the label i" and its
d_out_d_t the derivative of out[i] by the totals at that i, which b121_vc writes "a1[1]*(y[:] - a1[:])", through the
one-hot target of label 1 (the file's sample y = [0, 1, 0]); judged at every class, y is no such vector and the
product is not dL/dt, so the right line was called wrong (the misreading described above). A teacher checks it for
that class, with --when "label=1", which the entry lacked: p1-vc-lt now carries when="label=1" (the entry line
changed; no formula, verdict, notation or other entry). p1-vc-lt, misread as it came, now reads with every verdict
right: the batch from 44 of 51 read (86%; 4 refused, 1 misread, 1 typo refused, 1 typo read) to 45 of 51 (88%;
4 refused, none misread, 1 typo refused, 1 typo read), no wrong formula called correct either time.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch121_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_VZ = "https://github.com/guevara/read-it-later/issues/8628"
_MA = "https://github.com/japan-medical-ai/medical-ai-course-materials/issues/87"
_SW = "https://github.com/stephencwelch/Neural-Networks-Demystified/issues/23"
_KG = "https://github.com/jeongyoonlee/Kaggler/issues/14"
_OF3 = "https://github.com/omar-florez/scratch_mlp/issues/3"
_OF2 = "https://github.com/omar-florez/scratch_mlp/issues/2"
_RB = "https://github.com/rasbt/machine-learning-book/issues/157"
_MV = "https://blog.mocvien.com/thuat-toan-lan-truyen-nguoc-backpropagation"
_GK = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/34"
_SH = "https://github.com/shiffman/Neural-Network-p5/issues/22"
_ML = "https://github.com/eriklindernoren/ML-From-Scratch/issues/76"
_JJ = "https://github.com/jcjohnson/pytorch-examples/issues/29"
_SN = "https://github.com/ArtemOnigiri/SimpleNN/issues/9"
_MK = "https://github.com/makaishi2/math_dl_book_info/issues/2"
_CV = "https://github.com/PacktPublishing/Modern-Computer-Vision-with-PyTorch/issues/37"
_G72 = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/72"
_G23 = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/23"
_VC = "https://github.com/guevara/read-it-later/issues/8637"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_I3J2 = tuple({"i": i, "j": j} for i in range(3) for j in range(2))

# Victor Zhou's 2-2-1 network under the squared error: dL/dy_pred, and the steps of w1 and w2
_VD = "2*(a2[0] - y[0])"
_VS2 = "a2[0]*(1 - a2[0])"
_VS1 = "a1[0]*(1 - a1[0])"

# the medical AI course's 3-2-1 network under the squared error: dL/du2, dL/du1[j]
_MD2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MD1 = f"{_MD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# Kaggler's 3-4-1 network (ReLU hidden units, a sigmoid output, the log loss): dl/dy of the output's sum
_KD = "(a2[0] - y[0])"

# the mocvien post's 2-3-1 network: each layer's sums, l = 1, 2
_MV_Z = tuple({"t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3)) + \
    ({"t": "z2[0]", "m": "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]"},)
_MV_A = tuple({"t": f"a1[{j}]", "m": f"sigmoid(z1[{j}])"} for j in range(3)) + ({"t": "a2[0]", "m": "sigmoid(z2[0])"},)

# the ML-From-Scratch 3-4-2 network (sigmoid layers, half the squared error): dL/dz1[j]
_MLD1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
         "*a1[{j}]*(1 - a1[{j}])")
_I3J4 = tuple({"i": i, "j": j} for i in range(3) for j in range(4))
_I3J3 = tuple({"i": i, "j": j} for i in range(3) for j in range(3))
_I2J3 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
# SimpleNN's step of the weight from hidden j to output i (half the squared error, sigmoid layers)
_SND = "-eta*(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])*a1[{j}]"
# the one sigmoid unit of the answer key: dL/dW
_CVG = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"

ENTRIES = [
    # ---- Victor Zhou's post as read-it-later keeps it (HTML <span>s around each token of the code, eight spaces in:
    # the text as the page shows it); d_A_d_B the derivative of A by B, deriv_sigmoid taken of the sums -------------
    Public("p1-vz-yh1", _VZ, "b121_vz", "b121_vz", "        d_ypred_d_h1 = self.w5 * deriv_sigmoid(sum_o1)", ((C,),),
           (Twin("value", f"W2[0,0]*{_VS2}", (f"W2[0,0]*{_VS2}",)),), batch=121,
           why="dy_pred/dh1 = w5 sigmoid'(sum_o1), a value"),
    Public("p1-vz-yh2", _VZ, "b121_vz", "b121_vz", "        d_ypred_d_h2 = self.w6 * deriv_sigmoid(sum_o1)", ((C,),),
           (Twin("value", f"W2[0,1]*{_VS2}", (f"W2[0,1]*{_VS2}",)),), batch=121),
    Public("p1-vz-hw1", _VZ, "b121_vz", "b121_vz", "        d_h1_d_w1 = x[0] * deriv_sigmoid(sum_h1)", ((C,),),
           (Twin("value", f"x[0]*{_VS1}", (f"x[0]*{_VS1}",)),), batch=121),
    Public("p1-vz-hw2", _VZ, "b121_vz", "b121_vz", "        d_h1_d_w2 = x[1] * deriv_sigmoid(sum_h1)", ((C,),),
           (Twin("value", f"x[1]*{_VS1}", (f"x[1]*{_VS1}",)),), batch=121),
    Public("p1-vz-hb1", _VZ, "b121_vz", "b121_vz", "        d_h1_d_b1 = deriv_sigmoid(sum_h1)", ((C,),),
           (Twin("value", _VS1, (_VS1,)),), batch=121),
    Public("p1-vz-hw4", _VZ, "b121_vz", "b121_vz", "        d_h2_d_w4 = x[1] * deriv_sigmoid(sum_h2)", ((C,),),
           (Twin("value", "x[1]*a1[1]*(1 - a1[1])", ("x[1]*a1[1]*(1 - a1[1])",)),), batch=121),
    Public("p1-vz-w1", _VZ, "b121_vz", "b121_vz",
           "        self.w1 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w1", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_VD}*W2[0,0]*{_VS2}*x[0]*{_VS1}",)),), batch=121,
           why="the step of w1 (x[0] -> h1) under the sample's squared error"),
    Public("p1-vz-w2", _VZ, "b121_vz", "b121_vz",
           "        self.w2 -= learn_rate * d_L_d_ypred * d_ypred_d_h1 * d_h1_d_w2", ((C,),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] - eta*{_VD}*W2[0,0]*{_VS2}*x[1]*{_VS1}",)),), batch=121),
    # ---- the medical AI course's cells quoted in its issue #87 (Japanese comments; ``` blocks): g_AB the derivative
    # of A by B; one line with the typo the issue reports (g_yu_2 for g_yu2), and the line as corrected --------------
    Public("p1-ma-lw2", _MA, "b121_ma", "b121_ma", "g_Lw2 = g_Ly * g_yu2 * g_u2w2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_MD2}*a1[{{j}}]",), _J2),), batch=121,
           why="dL/dw2 = dL/dy dy/du2 du2/dw2, du2/dw2 = h1"),
    Public("p1-ma-yu2", _MA, "b121_ma", "b121_ma", "g_yu2 = y * (1 - y)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=121),
    Public("p1-ma-u2h1", _MA, "b121_ma", "b121_ma", "g_u2h1 = w2", ((C,),),
           (Twin("value", "W2[0,{j}]", ("W2[0,{j}]",), _J2),), batch=121, why="du2/dh1 = w2, a vector"),
    Public("p1-ma-h1u1", _MA, "b121_ma", "b121_ma", "g_h1u1 = h1 * (1 - h1)", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J2),), batch=121),
    Public("p1-ma-u1w1", _MA, "b121_ma", "b121_ma", "g_u1w1 = x", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I3),), batch=121, why="du1/dw1 = x, a vector"),
    Public("p1-ma-lu1t", _MA, "b121_ma", "b121_ma", "g_Lu1 = g_Ly * g_yu_2 * g_u_2h_1 * g_h_1u_1",
           unreadable="g_yu_2", batch=121,
           why="g_yu_2, g_u_2h_1, g_h_1u_1: names the cell never defines (the notebook's typo, which the issue "
               "reports; Python raises NameError)"),
    Public("p1-ma-lu1", _MA, "b121_ma", "b121_ma", "g_Lu1 = g_Ly * g_yu2 * g_u2h1 * g_h1u1", ((C,),),
           (Twin("value", _MD1, (_MD1,), _J2),), batch=121, why="dL/du1, a vector"),
    Public("p1-ma-lw1", _MA, "b121_ma", "b121_mab", "g_Lw1 = g_Lu1.T.dot(g_u1w1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MD1}*x[{{i}}]",), _I3J2),), batch=121,
           why="after g_u1w1 = g_u1w1[None] (x a row) and with g_Lu1 a (1, 2) row: their outer product, dL/dw1"),
    # ---- Neural Networks Demystified's forward method quoted in issue #23 (a ``` block, eight spaces in): rows,
    # np.dot, self.sigmoid --------------------------------------------------------------------------------------------
    Public("p1-sw-z2", _SW, "b121_sw", "b121_sw", "        self.z2 = np.dot(X, self.W1)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),), batch=121),
    Public("p1-sw-a2", _SW, "b121_sw", "b121_sw", "        self.a2 = self.sigmoid(self.z2)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=121),
    Public("p1-sw-z3", _SW, "b121_sw", "b121_sw", "        self.z3 = np.dot(self.a2, self.W2)", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2]",)),), batch=121),
    Public("p1-sw-yhat", _SW, "b121_sw", "b121_sw", "        yHat = self.sigmoid(self.z3) ", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=121, why="the line's trailing space kept"),
    # ---- Kaggler's issue #14: the code's comment (a chain of derivatives written with /) and its line ---------------
    Public("p1-kg-com", _KG, "b121_kg", "b121_kg", "# dl/dz = dl/dy * dy/dz = dl/dy * w1", ((C, C),),
           (Twin("value", f"{_KD}*W2[0,{{j}}]", (f"{_KD}*W2[0,{{j}}]", f"{_KD}*W2[0,{{j}}]"), _J4),), batch=121,
           why="z the hidden unit's output (after the ReLU), y the output's sum: dl/dz[j] = dl/dy w1[j], with no ReLU "
               "slope (the issue's doubt; the answer: z[j] is never 0 there)"),
    Public("p1-kg-code", _KG, "b121_kg", "b121_kg", "dl_dz = dl_dy * self.w1[j]", ((C,),),
           (Twin("value", f"{_KD}*W2[0,{{j}}]", (f"{_KD}*W2[0,{{j}}]",), _J4),), batch=121),
    # ---- scratch_mlp's issues: the README's table row (Markdown, | between the function and its derivative) as the
    # issue quotes it and as it proposes it; the README's sigmoid slope -------------------------------------------
    Public("p1-of-row", _OF3, "b121_of", "b121_of", "Loss = (y-h2)^2 | dLoss/dW2 = -(y-h2)", ((C,), (W,)),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),
            Twin("gradient", "W2[0,{j}]", ("-(y[0] - a2[0])",), _J3)), batch=121,
           why="dLoss/dW2 is -2 (y - h2) h2 (1 - h2) h1, not -(y - h2) (the README's slip, which the issue reports)"),
    Public("p1-of-fix", _OF3, "b121_of", "b121_of", "Loss = (y-h2)^2 | dLoss/dh2 = -(y-h2)", ((C,), (W,)),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),
            Twin("value", "2*(a2[0] - y[0])", ("-(y[0] - a2[0])",))), batch=121,
           why="the issue's correction: dLoss/dh2 of (y - h2)^2 is -2 (y - h2); the 2 is missing"),
    Public("p1-of-dh", _OF2, "b121_of", "b121_of",
           "dh2/dz2 = h2*(1-h2). Why we can multiple vector here? h2(2,1); (1-h2) => t1 (2,1). ", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=121,
           why="the derivative of the output by its sum, in a line with the question that follows it"),
    # ---- Raschka's book, issue #157: the errata's expression as the issue quotes it ($...$) ------------------------
    Public("p1-rb-op", _RB, "b121_rb", "b121_rb", "$\\frac{\\partial}{\\partial w_{j,l}^{(l)}} = L(W, b)$ should be "
           "$\\frac{\\partial L(W, b)}{\\partial w_{j,l}^{(l)}}$",
           unreadable="\\frac{\\partial}{\\partial w_{j,l}^{(l)}}", batch=121,
           why="an operator d/dw with nothing to act on set equal to the loss: the book's typo, which the issue "
               "reports (the correction after 'should be' is an expression, no claim)"),
    # ---- the mocvien post (Vietnamese; $...$ and $$...$$ inside list items and sentences) ------------------------
    Public("p1-mv-loss", _MV, "b121_mv", "b121_mv",
           "ví dụ: Mean Squared Error - MSE: $$L = \\frac{1}{2} (\\hat{y} - y)^2$$", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=121,
           why="the loss's definition, a value"),
    Public("p1-mv-z", _MV, "b121_mv", "b121_mv",
           "- $z^l = w^l a^{l-1} + b^l$ (tổng trọng số đầu vào và độ lệch)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _MV_Z),), batch=121, why="a rule over the layers l = 1, 2 (a^0 the input)"),
    Public("p1-mv-a", _MV, "b121_mv", "b121_mv", "- $a^l = \\sigma(z^l)$ (đầu ra sau hàm kích hoạt)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _MV_A),), batch=121),
    # ---- Grokking's issue #34 (chapter 5; a ``` block, four spaces in, the closing ``` glued to the last line) -------
    Public("p1-gk-wd", _GK, "b121_gk", "b121_gk", "    weight_deltas=ele_mul(delta,input)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I3),), batch=121,
           why="delta * input, each input's weight_delta: the derivative of half the squared error"),
    Public("p1-gk-w", _GK, "b121_gk", "b121_gk", "    weights[i] -= alpha * weight_deltas[i]```", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I3),), batch=121),
    # ---- Shiffman's nn.js in issue #22 (a ``` block after "old:" and "new:"): Matrix.map of the layers' outputs with
    # the book's dSigmoid, and of their sums with the corrected one --------------------------------------------------
    Public("p1-sh-go", _SH, "b121_sh", "b121_sh", "var gradient_output = Matrix.map(outputs, this.derivative);",
           ((C,),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]*(1 - a2[{j}])",), _J2),), batch=121,
           why="Matrix.map(m, f): f of each entry; the book's dSigmoid(x) = x (1 - x) of the outputs"),
    Public("p1-sh-gh", _SH, "b121_sh", "b121_sh", "var gradient_hidden = Matrix.map(hidden_outputs, this.derivative);",
           ((C,),), (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=121),
    Public("p1-sh-gon", _SH, "b121_sh", "b121_shn", "var gradient_output = Matrix.map(output_inputs, this.derivative);",
           ((C,),), (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))",), _J2),),
           batch=121, why="the corrected dSigmoid (of the sum) taken of the sums"),
    Public("p1-sh-ghn", _SH, "b121_sh", "b121_shn", "var gradient_hidden = Matrix.map(hidden_inputs, this.derivative);",
           ((C,),), (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3),),
           batch=121),
    # ---- ML-From-Scratch's issue #76: a proposed change to the Dense layer's gradient, in backticks in a sentence ---
    Public("p1-ml-gw", _ML, "b121_ml", "b121_ml",
           "Please correct me if I'm wrong, I think for a dense layer, "
           "`grad_w = self.layer_input.T.dot(accum_grad)/the_number_of_neurons`", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_MLD1}/4",), _I3J4),), batch=121,
           why="X^T accum_grad is dL/dW already; divided by the layer's number of neurons it is a quarter of it (the "
               "issue's proposal, a real slip: nothing averages over a layer's units)"),
    # ---- jcjohnson's issue #29: two derivatives in a sentence (D for d), and the product the issue proposes ---------
    Public("p1-jj-two", _JJ, "b121_jj", "b121_jj",
           "In the backprop for the warm up example, to obtain the grad_w2, why is h_relu.T is required. when the "
           "derivative of dY_pred/dW2 = h_relu and DLoss/DY_pred = 2(y_pred - y), from chain rule, we obtain Dloss/Dw2 "
           "as h_relu * 2(y_pred - y) not h_relu.T * 2 (y_pred - y).", ((C,), (C,)),
           (Twin("value", "a1[{j}]", ("a1[{j}]",), _J4), Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",))),
           batch=121,
           why="dY_pred/dW2 = h_relu (the output by its weights, a vector here) and dLoss/dY_pred = 2 (y_pred - y); "
               "the sentence's 'as ... not ...' is prose"),
    # ---- SimpleNN's issue #9 (Russian): the code's line in a ``` block (twenty spaces in), and the reader's proposal,
    # in backticks at the end of a sentence -----------------------------------------------------------------------
    Public("p1-sn-d", _SN, "b121_sn", "b121_sn", "                    deltas[i][j] = gradients[i] * l.neurons[j];",
           ((C,),), (Twin("value", _SND, (_SND,), _I2J3),), batch=121,
           why="the rate times -dL/dz2[i] times hidden j's output: the step of the weight from j to i, a value"),
    Public("p1-sn-div", _SN, "b121_sn", "b121_sn",
           "Получается, должно быть `deltas[i][j] = gradients[i] / l.neurons[j];`?", ((W,),),
           (Twin("value", _SND, ("-eta*(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])/a1[{j}]",), _I2J3),), batch=121,
           why="the issue's proposal, dividing by the hidden output (from solving x*w = y + g for w): the step is the "
               "product, dL/dw = dL/dz x"),
    # ---- makaishi2's book, issue #2 (Japanese): the book's chain of derivatives (spaces around =) and the reader's
    # version with the target written in, in Markdown bold -------------------------------------------------------
    Public("p1-mk-book", _MK, "b121_mk", "b121_mk",
           "∂(yd(w0, w1)) / ∂w1   =   ∂(yp(w0, w1)) / ∂w1    =   ∂(w0x0 + w1x1) / ∂w1   =   x1", ((C, C, C),),
           (Twin("value", "x[0]", ("x[0]", "x[0]", "x[0]")),), batch=121,
           why="derivatives of the error yd = yp - yt by w1, values: yt is a constant (the author's answer)"),
    Public("p1-mk-yt", _MK, "b121_mk", "b121_mk",
           "∂(yd(w0, w1)) / ∂w1   =   ∂(yp(w0, w1) **- yt** ) / ∂w1    =   ∂(w0x0 + w1x1 **- yt**) / ∂w1   =   x1",
           ((C, C, C),), (Twin("value", "x[0]", ("x[0]", "x[0]", "x[0]")),), batch=121,
           why="the reader's version, - yt in Markdown bold inside the derivatives"),
    # ---- Modern Computer Vision with PyTorch, issue #37: the answer key's rule quoted in a sentence, and the reader's
    # --------------------------------------------------------------------------------------------------------------
    Public("p1-cv-two", _CV, "b121_cv", "b121_cv",
           "For question number 6 in Chapter 1 (How does the weight update of all the weights across layers happen "
           "during back-propagation?), the answer key states the answer to be \"It happens using the formula dW = W - "
           "alpha * (dW/dL)\" (Appendix Pg 1). However, from my understanding, I believe the answer should be W = W - "
           "alpha * (dL/dW). This is because each weight is being adjusted by a small amount (alpha * dL/dW). "
           "Furthermore, each weight is being adjusted via its effects of its change on the loss (dL/dW).",
           ((W,), (C,)),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta/({_CVG})",)),
            Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_CVG}",))), batch=121,
           why="the answer key's dW/dL, the weight's derivative by the loss (1/(dL/dW) for the one weight), where "
               "dL/dW was meant (its slip, which the issue reports and the errata fix); the reader's W = W - alpha * "
               "(dL/dW) the gradient step"),
    # ---- Grokking's issue #72 (chapter 4): the book's rule on a line of its own ----------------------------------
    Public("p1-g72-wd", _G72, "b121_g4", "b121_g4", "Weight_delta = delta * input", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=121,
           why="delta = pred - goal_pred: the derivative of half the squared error by the weight"),
    # ---- Grokking's issue #23 (chapter 5): the book's current line, quoted in a ``` block --------------------------
    Public("p1-g23-op", _G23, "b121_g23", "b121_g23", "weight_deltas = outer_prod(input,delta)", ((W,),),
           (Twin("gradient", "W1[{i},{j}]", ("x[{i}]*(a1[{j}] - y[{j}])",),
                 tuple({"i": i, "j": j} for i in range(3) for j in range(3))),), batch=121,
           why="outer_prod(input, delta)[i][j] = input[i] delta[j]: the transpose of the derivatives laid out as the "
               "weights (weights[i][j] from input j to output i), as the issue reports; right only on the diagonal"),
    # ---- Victor Zhou's "CNNs, Part 2" as read-it-later keeps it (a <span> a line, one space in): the softmax layer's
    # gradients; d_A_d_B the derivative of A by B ---------------------------------------------------------------------
    Public("p1-vc-tw", _VC, "b121_vc", "b121_vc", " d_t_d_w = self.last_input", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I3),), batch=121, why="dt/dw: the input, a value"),
    Public("p1-vc-tb", _VC, "b121_vc", "b121_vc", " d_t_d_b = 1", ((C,),), (Twin("value", "1", ("1",)),), batch=121),
    Public("p1-vc-ti", _VC, "b121_vc", "b121_vc", " d_t_d_inputs = self.weights", ((C,),),
           (Twin("value", "W1[{j},{i}]", ("W1[{j},{i}]",), _I3J3),), batch=121, why="dt/dinputs: the weights"),
    Public("p1-vc-lt", _VC, "b121_vc", "b121_vc", " d_L_d_t = gradient * d_out_d_t", ((C,),),
           (Twin("value", "a1[{j}] - t[{j}]", ("(-1/a1[1])*a1[1]*(t[{j}] - a1[{j}])",), _J3),), when="label=1",
           batch=121, why="dL/dout[label] times dout[label]/dt: dL/dt = out - y (the label's class, 1 here: --when"
                          " \"label=1\", added in session 36)"),
    Public("p1-vc-lw", _VC, "b121_vc", "b121_vc", " d_L_d_w = d_t_d_w[np.newaxis].T @ d_L_d_t[np.newaxis]", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _I3J3),), batch=121,
           why="a column of the input times a row of dL/dt: the gradient laid out as the weights (input-first)"),
    Public("p1-vc-lb", _VC, "b121_vc", "b121_vc", " d_L_d_b = d_L_d_t * d_t_d_b", ((C,),),
           (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=121),
    Public("p1-vc-li", _VC, "b121_vc", "b121_vc", " d_L_d_inputs = d_t_d_inputs @ d_L_d_t", ((C,),),
           (Twin("value", "W1[0,{i}]*(a1[0] - t[0]) + W1[1,{i}]*(a1[1] - t[1]) + W1[2,{i}]*(a1[2] - t[2])",
                 ("W1[0,{i}]*(a1[0] - t[0]) + W1[1,{i}]*(a1[1] - t[1]) + W1[2,{i}]*(a1[2] - t[2])",), _I3),),
           batch=121, why="dL/dinputs, handed back to the pooling layer"),
]
