r"""Batch 156 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on worked numeric
examples: Markdown write-ups, notebooks and scripts that work a small network's backpropagation in numbers; every
address a stored file whose repository the index does not name): a Python script working Mazur's 2-2-2 example with
its own numbers (stored file 21053053631: scalar names w1 ... w8, dE_o1 = out_o1 - output[0], -= updates with lr =
0.6), a Markdown note on backpropagation (stored file 67635002997: plain-text formulas in ``` blocks with Unicode
superscripts, δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ · δ⁽ˡ⁺¹⁾ · σ'(z⁽ˡ⁾), U+2212 minus signs, a worked 1-1-1 example to three digits), an ML
interview handbook's chapter on neural networks (stored file 67497839000: a step-by-step numerical example in a ```
block, δ2 = ŷ − y = 0.577 − 1 = −0.423 with a remark in parentheses, w2 ← 0.5 − (−0.263) = 0.763 at eta = 1.0), a
Markdown lesson on backpropagation and gradient descent (stored file 52527948909: ```text blocks, d(loss)/d(output)
= 2 * (output - target) = 2 * (3.0 - 4.0) = -2.0, × for the chain's product, w2_new = ... = 3.2  ↑), a Python
script of prints on a 1-1-1 linear network (stored file 15333909647: error = target - final_output, data["w2"]), a
course's day page (stored file 37478536393: Exercise 1's manual backpropagation on a 1-1-1 sigmoid network with
trailing # comments, Exercise 2's NeuralNetwork class), a React playground with Chinese labels (stored file
56516302785: const declarations, .map with arrow functions, dSigmoid of the output and dRelu of the sums), the
dlbook's notebook 2.12 exported as a script (stored file 39379449361: LaTeX lines in # comments, \odot, f'_2 with
the prime before the layer's subscript, J(W, b) with its arguments, NumPy's @), a Python 2 script of np.matrix rows
on a 5-4-3-2 network (stored file 33520994297: dETotal_dS3, dS3_dN2, ..., np.multiply with a third argument) and an
EVA8 assignment's README (stored file 28577904138: Markdown list items of plain-text equations with two trailing
spaces, δ for the partial sign). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored
files decoded; the LaTeX of the dlbook's # comments as the lines are, one backslash), each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: code names for the derivatives they hold, "dE_w5" = "grad(W2[0, 0])", "dL_dz2" = "grad(z2[0])"; a slope
named as its value, "d_out_o1" = "a2[0]*(1 - a2[0])", "dS3_dN2" = "(a3[:]*(1 - a3[:])).T"; updated names with new(),
"w2_new" = "new(W2[0, 0])", "W2n" = "new(W2[:, :]).T"; helpers declared "sigmoid' at output" where they compute s
(1 - s) of what they are given (sigmoid_derivative(output), dSigmoid(s), sigmoid_prime_matrix) and "sigmoid' at
input" where they compute sigmoid(z) (1 - sigmoid(z)), dRelu "relu' at input"; the Unicode superscripts' W⁽¹⁾
written W^{(1)} with the last layer's L, W^{(L)}, beside the loss L; the dlbook's n the rate, so the notation's
indices leave n out; the np.matrix script's layers counted from 0, its w0 the first layer's W1; the EVA8 page's E1,
E2 the loss's two terms as its Step 1 defines them), a network of the kind the page describes (with the page's
numbers where it gives them: Mazur-style x = [0.1, 0.5], targets [0.05, 0.95], w1 ... w8 = 0.1 ... 0.8, b = 0.25,
0.35, lr = 0.6; the note's x = 0.5, y = 1, W = 0.4, 0.6, b = 0, eta = 0.1 under Loss = (y_hat - y)^2; the handbook's
x = 1, w = 0.5, 0.5, b = 0, y = 1, eta = 1.0 under the binary cross-entropy; the lesson's x = 2, w1 = 0.5, w2 = 3,
target 4, lr = 0.1 under (output - target)^2; the script of prints' x = 1, w = 0.5, 0.3, target 1, rate 0.5; the
day page's x = 0.5, y = 0.8, w1 = 0.4, b1 = 0.1, w2 = 0.6, b2 = 0.2, rate 0.5; the playground's W1 = [[0.5],
[-0.3]], b1 = [0.1, -0.2], W2 = [[0.8, -0.6]], b2 = 0.05, x = 1, target 0.8, lr 0.5; the dlbook's x = [1, 4, 5], y
= [0.1, 0.05], W1, W2, b1, b2 and eta = 0.01; the np.matrix script's every number; the EVA8 page, whose sheet is an
image, none; all in tests/public_formulas_batch156_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by an output (dE_o1,
dL_da2, d(loss)/d(output), dETotal_dS3), a slope (d_out_o1, dS3_dN2, δa_o1/δo1), a page's delta (δ⁽ᴸ⁾, δ2), a
derivative by a hidden output (dL_da1, hidden_error, δE1/δa_h1), a derivative of the hidden value by its weight
(d(h)/d(w1)) and a forward line (a_h1 = σ(o1), o1 = w5 * a_h1 + w6 * a_h2) are twinned as values, as in batches 14
to 155. Formulas keep their page's delimiters and what surrounds them on their line (a code line's indentation and
trailing # comment, a ``` block's indentation and a remark in parentheses after the result, an arrow after a
result, a list item's * and two trailing spaces, a # comment's # before LaTeX); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 156

The batch: 71 formulas from 10 addresses (the Mazur-style script 8, the Markdown note 8, the interview handbook 7,
the Markdown lesson 6, the script of prints 2, the day page 9 (7 from Exercise 1, 2 from its class), the React
playground 8, the dlbook script 8, the np.matrix script 7, the EVA8 README 8). 34 are in documents (the note's 8,
the handbook's 7 and the lesson's 6 in ``` blocks of plain text, the EVA8 page's 8 in Markdown lists, the dlbook's 5
LaTeX lines in # comments), 37 in code (Python/NumPy 29, JavaScript 8). By kind: 20 values (derivatives by
outputs, slopes, deltas, forward lines), 12 sums' gradients, 23 gradients of weights and biases, 14 updates (5 of
them worked in numbers), 2 mistyped; 15 of them state numbers.

8 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the Markdown note's worked example drops the square's 2 under its own Loss = (ŷ − y)²: md-dL, δ⁽ᴸ⁾ = ∂L/∂z⁽ᴸ⁾ =
  (ŷ − y) · σ'(z⁽ᴸ⁾) (its last member wrong; the page's words say it simplifies to ŷ − y with the cross-entropy);
  md-dz2, ∂L/∂z⁽²⁾ = (ŷ − y) · σ'(z⁽²⁾); and every number after it is half the true one: md-dw2 (−0.102 · 0.550 =
  −0.056 where dL/dW⁽²⁾ is −0.112), md-db2 (−0.102 where dL/db⁽²⁾ is −0.204), md-dw1 (−0.0152 · 0.5 = −0.0076 where
  dL/dW⁽¹⁾ is −0.0151), md-w2 (0.6 − 0.1·(−0.056) = 0.6056 where the step gives 0.6112); the chains' symbolic
  members are right;
- the day page's class, wk-cdz2, dz2 = self.a2 - y  # derivative of sigmoid + MSE: the cross-entropy's output
  gradient under compute_loss's mean squared error through the sigmoid (dL/dz2 = 2 (a2 - y) a2 (1 - a2) for one
  output and one sample), its comment notwithstanding;
- the EVA8 README's ev-ah1, a_h1 = σ(o1) = 1/(1+exp(-h1)): sigma of the output's sum o1 where the hidden unit's h1
  was meant (its own last member and the next line, a_h2 = σ(h2), say so);
- mistyped (unreadable): the EVA8 README's ev-w5, δE_total/δw5 = (a_o1-t1) * ao1*(1-a_o1) * a_h1: ao1 for a_o1
  (the page writes ao1 and ao2 in all four of its Step 3 lines; unreadable="ao1");
- mistyped (unreadable): the EVA8 README's ev-ah1g, δE_total/δa_h1 = (a_o1-t1) * ao_o1*(1-a_o1) * w5 + ...: ao_o1
  for a_o1 (in the a_h2 line too; unreadable="ao_o1").

Not mistaken, though they look it: the Mazur-style script's d_hidden1, which it computes after w5 and w7 are updated
(an order no formula shows: as written, w5 and w7 name the weights, right); the handbook's w1 ← 0.5 − (−0.0497) =
0.550 (0.5497 to three digits); the class's dW2 = (1/m) * np.dot(self.a1.T, dz2) after the wrong dz2 (dz2 names the
output sum's gradient, as Ng's d names do: right as written in it); the np.matrix script's np.multiply(dETotal_dS3,
dS3_dN2, dN2_dB2), whose third argument is NumPy's out (np.ones, overwritten: the product of the first two either
way); the script of prints' hidden_error = output_error * data["w2"] with no slope (its network has no activation);
the dlbook's dLdb1 = np.sum(d1, axis=0).reshape(-1,1), a column as its b1 is.

What was left out: every page's forward lines but the EVA8 page's three (they compute, not derive) and its losses'
definitions; the Mazur-style script's other gradients and updates (dE_o2, d_out_o2, dE_w6, dE_w8, d_hidden2, dE_w1,
dE_w3, dE_w4, the other -= lines: the same rules at other indices) and its prints; the Markdown note's ∂L/∂W⁽ˡ⁾ =
δ⁽ˡ⁾ · (a⁽ˡ⁻¹⁾)ᵀ and ∂L/∂b⁽ˡ⁾ = δ⁽ˡ⁾, its chain rule ∂L/∂W⁽ˡ⁾ = ∂L/∂a⁽ᴸ⁾ · ... with an ellipsis, the worked lines
that continue a formula on the next line (= (0.582 − 1.0) · σ(0.330)·(1 − σ(0.330)), ...), ∂L/∂z⁽¹⁾'s display
(three lines), ∂L/∂b⁽¹⁾ and W⁽¹⁾'s update (the same slip carried), its PyTorch block; the handbook's δ1 = (w2·δ2)·
σ'(z1) = (0.5·−0.423)·[a1(1−a1)] (a member mixing a number with the page's names, which a twin transcribes only
with the oracle's worked-member machinery) and its continuation line, its section 3's general rules (∇_a L, a
recurrence with the transpose inside its superscript); the lesson's forward lines, d(output)/d(w2) = h = 1.0 and
d(output)/d(h) = w2 = 3.0 (the same kind as the one taken), its toy new_w = 3.0 - (0.1 * 2.0) (no network); the
script of prints' w2_adjustment and w1_adjustment (a name for the step eta times the error times the input, which
no notation names) and the new_w lines built on them, its print strings; the day page's da2_dz2 = sigmoid_derivative
(z2) and its kin (a name's definition by a helper), dL_db2 = dL_dz2, dL_dw1, b2_new, w1_new, the class's other
lines (da1, dz1, dW1, db1, the update_weights method); the playground's forward lines, dL_dW1's nested arrays
(d => [d * x]) and newW1, newW2 (arrays of arrays by map); the dlbook's worked numbers (matrices written over many
# lines in bmatrix), its forward pass and the b_1, b_2 updates (the same rule as W_2's), its d2 = dJda2 * da2dz2 and
d1 = (d2 @ W2.T) * da1dz1 (names for the slopes a notation would give only as products of arrays), the complete
code's repeats; the np.matrix script's accumulations (dETotal_dS2 = dETotal_dS2 + np.multiply(dN2_dS2[0, :],
dETotal_dN2[:, 0])), its dN2_dW2 = np.concatenate((s2, s2), 0).transpose() and column-by-column products, its
*_update = ... * speed and the updates b2 = b2 - b2_update (a name for the step), its repeats; the EVA8 page's
E_total, E1, E2 definitions, δE_total/δw5 = δ(E1 + E2)/δw5 and = δE1/δw5, its E1/δa_o1 and o1/δw5 (the δ of the
numerator missing: typos of a kind whose refusal no entry could name surely), its w6, w7, w8 lines (the same typo
as w5's), δE2/δa_h1 and δE_total/δa_h2 (the same as the lines taken). Pages read and not taken: a Chinese worked
example on a 2-2-1 network (stored file 27307209480) and an interview-prep note (stored file 1219593347), both the
text of repositories earlier batches used; a single-layer worked example (stored file 8923878325, its numbers in
batch 24); a Rust XOR README (stored file 43868676489, no formula); several ERA and EVA assignment READMEs (stored files 26591879935, 31361541793, 47185249428, 10729875515,
2465348742, 41406311726: the same Excel sheet's equations, one taken).

Collected on 2026-12-07 (16:41 to 16:49 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
of the 11 pairs, 10 loaded as first written and one after a fix (the dlbook's "W2n", which the default index letters
read as W2 with n glued: indices = "ijkl", n being the page's rate); the EVA8 page's two terms E1, E2 were given
meanings before its entries were written. The oracle's runs (after the first 8 addresses, after the np.matrix
script, after the EVA8 page) passed every verdict as first transcribed (69 entries and the batch's two checks; the 2
mistyped entries have no verdicts).

Run blind at main 0683604a (/work/READY_FOR_BLIND60; src/ as at 0683604a, main's last change to it; the rebase had
nothing to move: the branch was cut from that commit), with nothing under src/ changed. The first run
(/work/batch156_blind.txt): 62 of 71 read with every verdict right (87%), 7 refused, 2 typos refused (both naming
their typo), no typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was a slip of the
notations or the twins (each is the reader's, on a construct the page wrote), so the batch was run once;
tests/test_public_formulas_held_out.py -k "b156-" passed after the run, check's never-wrong-called-correct test
included.

Of the 8 mistaken formulas, all 8 were read with their wrong members called wrong: the Markdown note's six (md-dL's
last member, md-dz2, and the numbers of md-dw2, md-db2, md-dw1 and md-w2, each half the truth through the missing
2, their symbolic chains called right), the day page's class's wk-cdz2 (a2 - y under the mean squared error) and
the EVA8 page's ev-ah1 (σ(o1) for the hidden output, its last member called right). By page: the Mazur-style
script 8 of 8, the Markdown note 8 of 8, the interview handbook 6 of 7, the Markdown lesson 3 of 6, the script of
prints 2 of 2, the day page 9 of 9, the React playground 7 of 8, the dlbook script 8 of 8, the np.matrix script 5
of 7, the EVA8 README 6 of 8 (and its two typos refused).

The refusals by construct, with the exact message:

- a remark in parentheses after a worked result: iv-d2, "formula '\\delta_2 = \\hat{y} - y = 0.577 - 1 = -0.423
  (softmax/sigm...': unknown symbol softmax; the notation knows \delta, \hat{y}, a, b, w, x, y, z; give it a meaning
  in the notation's [notation.symbols], e.g. "softmax" = "a1[0]"" (the remark (softmax/sigmoid + CE gift) read as a
  factor); ln-dhw1, "formula 'd(h)/d(w1) = x = 2.0 (h = x * w1)': a relation inside parentheses, a claim a sentence
  sets off, at '=' (position 41); check reads claims in parentheses where each group holds one, with nothing but
  spaces between them; write the claim without its parentheses" (a remark that restates the forward line);
- an arrow after a worked result: ln-w2 and ln-w1, "formula 'w2_new = w2 - lr * d(loss)/d(w2) = 3.0 - 0.1 * (-2.0)
  = 3...': cannot read '↑' (U+2191 UPWARDS ARROW) at position 76; write the formula in LaTeX or plain text (+ - * /
  ^, \frac, \sum)" (and the same for w1_new);
- a JavaScript .map with an index parameter: re-dz1, "formula 'dL_dz1[i] = (dL_da1[i]) * dRelu(z1b[i])': unknown
  symbol i; the notation knows W, a, b, dL, newb, target, x, z1b; i is an index letter of the notation: write it as a
  subscript or superscript of what it indexes (W_i, not Wi), or give it a meaning in the notation's
  [notation.symbols]" (the arrow function (d, i) => d * dRelu(z1b[i]) rewritten as an indexed line, whose i no
  pattern names; the one-parameter maps a1.map(a => ...) and W2[0].map(w => ...) and b1.map((b, i) => b - lr *
  dL_db1[i]) were read);
- np.multiply with NumPy's out argument: mx-db2 and mx-db0, "formula 'dETotal_dB2 = np.multiply(dETotal_dS3,
  dS3_dN2, dN2_dB2)': np.multiply(...) with 3 argument(s): it takes two at 'n' (position 15); write np.multiply(u,
  v)" (and the same for dETotal_dB0);
- the typos: ev-w5 and ev-ah1g, "formula '\\delta E_total/\\delta w5 = (a_o1-t1) * ao1*(1-a_o1) * a_h1': a matches
  none of the notation's patterns for a ('a_h1', 'a_h2', 'a_o1', 'a_o2')" (and the same for ao_o1: naming them, as
  ao1 read as a times o1).

Read, among the constructs these pages brought: scalar names w1 ... w8 with -= updates and a sigmoid_derivative of
the outputs; plain-text formulas in Unicode superscripts (δ⁽ˡ⁾, W⁽ˡ⁺¹⁾, ᵀ, ∂L/∂z⁽²⁾), U+2212 minus signs and middle
dots, ← with numbers, ŷ; a ``` block's two-space indentation; d(loss)/d(output) derivatives with × for the product;
a dictionary's entry data["w2"]; trailing # comments; Ng's d names in a class on rows; const declarations, .map
with one-parameter arrow functions, dSigmoid of the output, updates inside array literals; LaTeX after a # with
J(W, b), \odot, f'_2 and := with eta/m; NumPy's @, .reshape(-1,1); np.multiply of two names; Markdown list items
with δ as the partial sign and two trailing spaces.

Which look general: a remark in parentheses after a result (iv-d2, ln-dhw1: worked examples annotate their numbers
so, and a remark with a slash and a plus, (softmax/sigmoid + CE gift), is read as a product), an arrow (↑) or mark
after a result (ln-w2, ln-w1: Markdown write-ups flag the direction of a change so), np.multiply's third argument
(NumPy's out, mx-db2, mx-db0: rare, a Python 2 script's). Page-specific: the JavaScript map with an index parameter
(re-dz1) and the EVA8 page's ao1, ao_o1 typos.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch156_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_PY = _STORED.format(21053053631, "import numpy as np",
                     "a Python script working Mazur's 2-2-2 example with its own numbers: sigmoid layers, w1 ... w8 "
                     "and b1 ... b4 as scalars, one step at lr = 0.6")
_MD = _STORED.format(67635002997, "# Backward Propagation (Backprop)",
                     "a Markdown note on backpropagation with plain-text formulas in Unicode superscripts and a "
                     "worked example on a 1-1-1 sigmoid network")
_IV = _STORED.format(67497839000, "# Chapter 12: Neural Networks (Multilayer Perceptron)",
                     "an ML interview handbook's chapter on neural networks, its section 4 a step-by-step "
                     "numerical example on a 1-1-1 sigmoid network under the binary cross-entropy")
_LN = _STORED.format(52527948909, "# Backpropagation and Gradient Descent",
                     "a Markdown lesson with a walk-through in ```text blocks: a 1-1-1 network with no activation, "
                     "d(loss)/d(output) and the updated weights in numbers")
_TN = _STORED.format(15333909647, "\"\"\"",
                     "a Python script of prints, BACKPROPAGATION: THE EASIEST MATH EVER!, on a 1-1-1 network with "
                     "no activation and Rosenblatt's update")
_WK = _STORED.format(37478536393, "# Week 2, Day 7: Backpropagation and Training",
                     "a course's day page in Markdown with Python exercises: a manual backpropagation on a 1-1-1 "
                     "sigmoid network, then a NeuralNetwork class")
_RE = _STORED.format(56516302785, "import { useCallback, useMemo } from 'react'",
                     "a React playground of backward propagation with Chinese labels: runBackprop on a 1-2-1 "
                     "network's preset")
_DL = _STORED.format(39379449361, "#!/usr/bin/env python",
                     "the dlbook's notebook 2.12, Numerical example Forward and Back pass, exported as a script: "
                     "LaTeX in # comments, then NumPy cells")

_MX = _STORED.format(33520994297, "import math ",
                     "a Python 2 script of np.matrix rows working one step on a 5-4-3-2 sigmoid network, every "
                     "gradient as a chain of dETotal_dS3, dS3_dN2, ... (np.multiply of two or three factors)")
_EV = _STORED.format(28577904138, "# EVA8_S3_BackPropagation",
                     "a course assignment's README, Back Propagation in Excel: Markdown lists of plain-text equations "
                     "on Mazur's 2-2-2 network, δ for the partial derivative")

_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_I4 = tuple({"i": i} for i in range(4))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))

# the Mazur-style 2-2-2 sigmoid network under half the squared error: dE/dz2[k], dE/dz1[j]
_PY_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_PY_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")

# the Markdown note's 1-1-1 sigmoid network under (y_hat - y)^2 (no half): dL/dz2, dL/dz1
_MD_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MD_D1 = f"{_MD_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_MD_UP = ({"p": "W1[0,0]", "m": f"W1[0,0] - eta*{_MD_D1}*x[0]"},
          {"p": "W2[0,0]", "m": f"W2[0,0] - eta*{_MD_D2}*a1[0]"})

# the interview notes' 1-1-1 sigmoid network under the binary cross-entropy: dL/dz1
_IV_D1 = "W2[0,0]*(a2[0] - y[0])*a1[0]*(1 - a1[0])"

# the Markdown lesson's linear 1-1-1 network under (output - target)^2
_LN_DA = "2*(a2[0] - y[0])"

# the day page's 1-1-1 sigmoid network under half the squared error: dL/dz2, dL/dz1
_WK_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_WK_D1 = f"{_WK_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
# the day page's class, 1-2-1 sigmoid under the mean squared error of one output: dL/dz2
_WC_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the React playground's 1-2-1 network (ReLU hidden, sigmoid output, half the squared error): dL/dz2, dL/dz1[j]
_RE_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_RE_D1 = f"{_RE_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the dlbook's 3-2-2 sigmoid network under half the squared error: dJ/dz2[k], dJ/dz1[j]
_DL_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DL_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")

# the np.matrix script's 5-4-3-2 sigmoid network under half the squared error: dE/dz3[k], dE/dz2[j], dE/dz1[i]
_MX_D3 = "(a3[{k}] - y[{k}])*a3[{k}]*(1 - a3[{k}])"
_MX_D2 = "(" + " + ".join(f"{_MX_D3.format(k=k)}*W3[{k},{{j}}]" for k in range(2)) + ")*a2[{j}]*(1 - a2[{j}])"
_MX_D1 = ("(" + " + ".join(f"{_MX_D2.replace('{j}', str(j))}*W2[{j},{{i}}]" for j in range(3))
          + ")*a1[{i}]*(1 - a1[{i}])")


ENTRIES = [
    # ---- the Mazur-style Python script (no indentation): scalar names w1 ... w8, out_o1, dE_o1, a sigmoid_derivative
    # of the outputs, -= updates with lr; the hidden deltas computed after w5 ... w8 are updated (the code's order) ---
    Public("c156-py-deo1", _PY, "b156_py", "b156_py", "dE_o1 = out_o1 - output[0]", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=156,
           why="the derivative of E_total = 0.5 * sum (output - out)^2 by the first output, a value"),
    Public("c156-py-dout", _PY, "b156_py", "b156_py", "d_out_o1 = sigmoid_derivative(out_o1)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=156,
           why="the output's slope, sigmoid_derivative(output) = output (1 - output) taken of the output, a value"),
    Public("c156-py-dw5", _PY, "b156_py", "b156_py", "dE_w5 = dE_o1 * d_out_o1 * out_h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_PY_D2.format(k=0)}*a1[0]",)),), batch=156,
           why="w5 joins h1 to o1 (net_o1 = out_h1*w5 + out_h2*w6 + b3)"),
    Public("c156-py-dw7", _PY, "b156_py", "b156_py", "dE_w7 = dE_o2 * d_out_o2 * out_h1", ((C,),),
           (Twin("gradient", "W2[1,0]", (f"{_PY_D2.format(k=1)}*a1[0]",)),), batch=156,
           why="w7 joins h1 to o2 (net_o2 = out_h1*w7 + out_h2*w8 + b4)"),
    Public("c156-py-w5", _PY, "b156_py", "b156_py", "w5 -= lr * dE_w5", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_PY_D2.format(k=0)}*a1[0]",)),), batch=156,
           why="lr = 0.6, the script's"),
    Public("c156-py-dh1", _PY, "b156_py", "b156_py",
           "d_hidden1 = ((dE_o1 * d_out_o1 * w5) + (dE_o2 * d_out_o2 * w7)) * sigmoid_derivative(out_h1)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_PY_D1.format(j=0),)),), batch=156,
           why="dE/d net_h1: w5 and w7 name the weights from h1 (right as written; the script computes it after "
               "w5 and w7 are updated, an order no formula shows)"),
    Public("c156-py-dw2", _PY, "b156_py", "b156_py", "dE_w2 = d_hidden2 * x[0]", ((C,),),
           (Twin("gradient", "W1[1,0]", (f"{_PY_D1.format(j=1)}*x[0]",)),), batch=156,
           why="w2 joins x[0] to h2 (net_h2 = x[0]*w2 + x[1]*w4 + b2)"),
    Public("c156-py-w3", _PY, "b156_py", "b156_py", "w3 -= lr * dE_w3", ((C,),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] - eta*{_PY_D1.format(j=0)}*x[1]",)),), batch=156,
           why="w3 joins x[1] to h1 (dE_w3 = d_hidden1 * x[1])"),
    # ---- the Markdown note (```-blocks of plain text, Unicode superscripts, U+2212 minus, a middle dot): its worked
    # example under Loss = (y_hat - y)^2 drops the square's 2 from the output's gradient, and every number after it
    # is half the true one ---------------------------------------------------------------------------------------------
    Public("c156-md-dL", _MD, "b156_md", "b156_md", "δ⁽ᴸ⁾ = ∂L/∂z⁽ᴸ⁾ = (ŷ − y) · σ'(z⁽ᴸ⁾)",
           ((C, W),),
           (Twin("value", _MD_D2, (_MD_D2, "(a2[0] - y[0])*a2[0]*(1 - a2[0])")),), batch=156,
           why="the output's error, a value at L = 2: under the worked example's Loss = (y_hat - y)^2 the factor 2 "
               "is missing (the page's slip; its words say this simplifies to (y_hat - y) with the cross-entropy)"),
    Public("c156-md-rec", _MD, "b156_md", "b156_md", "δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ · δ⁽ˡ⁺¹⁾ · σ'(z⁽ˡ⁾)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_MD_D1,)),), batch=156,
           why="l = 1, the hidden layer (δ⁽²⁾ = dL/dz⁽²⁾ by the page's definition); one neuron each: numbers"),
    Public("c156-md-up", _MD, "b156_md", "b156_md", "W⁽ˡ⁾ ← W⁽ˡ⁾ − η · ∂L/∂W⁽ˡ⁾", ((C,),),
           (Twin("update", "{p}", ("{m}",), _MD_UP),), batch=156, why="both layers' weights, eta the rate"),
    Public("c156-md-dz2", _MD, "b156_md", "b156_md", "∂L/∂z⁽²⁾ = (ŷ − y) · σ'(z⁽²⁾)", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=156,
           why="the first line of the worked output gradient: Loss = (y_hat - y)^2 gives 2 (y_hat - y) sigma'(z2)"),
    Public("c156-md-dw2", _MD, "b156_md", "b156_md",
           "∂L/∂W⁽²⁾ = ∂L/∂z⁽²⁾ · a⁽¹⁾ = −0.102 · 0.550 = −0.056",
           ((C, W, W),), (Twin("gradient", "W2[0,0]", (f"{_MD_D2}*a1[0]", "=-0.102*0.550", "=-0.056")),), batch=156,
           why="the chain is right; its -0.102 is half dL/dz2 (-0.204), so the numbers are half the gradient "
               "(-0.112)"),
    Public("c156-md-db2", _MD, "b156_md", "b156_md", "∂L/∂b⁽²⁾ = ∂L/∂z⁽²⁾ = −0.102", ((C, W),),
           (Twin("gradient", "b2[0]", (_MD_D2, "=-0.102")),), batch=156),
    Public("c156-md-dw1", _MD, "b156_md", "b156_md",
           "∂L/∂W⁽¹⁾ = ∂L/∂z⁽¹⁾ · x = −0.0152 · 0.5 = −0.0076",
           ((C, W, W),), (Twin("gradient", "W1[0,0]", (f"{_MD_D1}*x[0]", "=-0.0152*0.5", "=-0.0076")),), batch=156,
           why="dL/dz1 is -0.0302, not -0.0152 (the missing 2 carried back)"),
    Public("c156-md-w2", _MD, "b156_md", "b156_md", "W⁽²⁾ = 0.6 − 0.1·(−0.056) = 0.6 + 0.0056 = 0.6056",
           ((W, W, W),), (Twin("update", "W2[0,0]", ("=0.6 - 0.1*(-0.056)", "=0.6 + 0.0056", "=0.6056")),),
           batch=156, why="the step worked in numbers with half the gradient: the true update is 0.6112"),
    # ---- the interview notes' numerical example (a ``` block, two-space indentation, Unicode names and minus signs,
    # trailing remarks in parentheses): delta = dL/dz, the binary cross-entropy's y_hat - y, eta = 1.0 ----------------
    Public("c156-iv-d2", _IV, "b156_iv", "b156_iv",
           "  δ2 = ŷ − y = 0.577 − 1 = −0.423        (softmax/sigmoid + CE gift)", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.577 - 1", "=-0.423")),), batch=156,
           why="delta2 = dL/dz2 (the page's 'use delta = dL/dz'), a value; a remark in parentheses after it"),
    Public("c156-iv-w2", _IV, "b156_iv", "b156_iv", "  ∂L/∂w2 = δ2·a1 = −0.423·0.622 = −0.263", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "=-0.423*0.622", "=-0.263")),), batch=156),
    Public("c156-iv-b2", _IV, "b156_iv", "b156_iv", "  ∂L/∂b2 = δ2 = −0.423", ((C, C),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]", "=-0.423")),), batch=156),
    Public("c156-iv-w1", _IV, "b156_iv", "b156_iv", "  ∂L/∂w1 = δ1·x = −0.0497", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_IV_D1}*x[0]", "=-0.0497")),), batch=156),
    Public("c156-iv-b1", _IV, "b156_iv", "b156_iv", "  ∂L/∂b1 = δ1 = −0.0497", ((C, C),),
           (Twin("gradient", "b1[0]", (_IV_D1, "=-0.0497")),), batch=156),
    Public("c156-iv-uw2", _IV, "b156_iv", "b156_iv",
           "  w2 ← 0.5 − (−0.263) = 0.763   (raise w2: push ŷ toward 1 ✓)", ((C, C),),
           (Twin("update", "W2[0,0]", ("=0.5 - (-0.263)", "=0.763")),), batch=156,
           why="the step at the page's eta = 1.0, worked in numbers; a remark in parentheses"),
    Public("c156-iv-uw1", _IV, "b156_iv", "b156_iv", "  w1 ← 0.5 − (−0.0497) = 0.550", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0.5 - (-0.0497)", "=0.550")),), batch=156,
           why="0.5497 rounded to three digits"),
    # ---- the Markdown lesson's walk-through (```text blocks): d(loss)/d(v) derivatives, a linear network, × for the
    # product, the updated weights with two spaces before = and an arrow after the result -----------------------------
    Public("c156-ln-dout", _LN, "b156_ln", "b156_ln",
           "d(loss)/d(output) = 2 * (output - target) = 2 * (3.0 - 4.0) = -2.0", ((C, C, C),),
           (Twin("value", _LN_DA, (_LN_DA, "=2*(3.0 - 4.0)", "=-2.0")),), batch=156,
           why="the derivative of loss = (output - target)^2 by the output, a value"),
    Public("c156-ln-dhw1", _LN, "b156_ln", "b156_ln", "d(h)/d(w1)        = x = 2.0          (h = x * w1)",
           ((C, C),), (Twin("value", "x[0]", ("x[0]", "=2.0")),), batch=156,
           why="the hidden value's derivative by w1, a value; aligned spaces and a remark in parentheses"),
    Public("c156-ln-gw2", _LN, "b156_ln", "b156_ln", "d(loss)/d(w2) = d(loss)/d(output) × d(output)/d(w2)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_LN_DA}*a1[0]",)),), batch=156, why="the chain rule, × its product"),
    Public("c156-ln-gw1", _LN, "b156_ln", "b156_ln",
           "d(loss)/d(w1) = d(loss)/d(output) × d(output)/d(h) × d(h)/d(w1)", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_LN_DA}*W2[0,0]*x[0]",)),), batch=156),
    Public("c156-ln-w2", _LN, "b156_ln", "b156_ln",
           "w2_new = w2 - lr * d(loss)/d(w2) = 3.0 - 0.1 * (-2.0)  = 3.0 + 0.2  = 3.2  ↑", ((C, C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_LN_DA}*a1[0]", "=3.0 - 0.1*(-2.0)", "=3.0 + 0.2",
                                       "=3.2")),), batch=156, why="lr = 0.1; an arrow after the result"),
    Public("c156-ln-w1", _LN, "b156_ln", "b156_ln",
           "w1_new = w1 - lr * d(loss)/d(w1) = 0.5 - 0.1 * (-12.0) = 0.5 + 1.2  = 1.7  ↑", ((C, C, C, C),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_LN_DA}*W2[0,0]*x[0]", "=0.5 - 0.1*(-12.0)", "=0.5 + 1.2",
                                       "=1.7")),), batch=156),
    # ---- the tiny script of prints (four-space indentation): the error as target - actual, the hidden error through
    # a dictionary's entry -------------------------------------------------------------------------------------------
    Public("c156-tn-err", _TN, "b156_tn", "b156_tn", "    error = target - final_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=156,
           why="the output's error, target minus output (-dE/d output under the half squared error its Rosenblatt "
               "update follows), a value"),
    Public("c156-tn-herr", _TN, "b156_tn", "b156_tn", "    hidden_error = output_error * data[\"w2\"]", ((C,),),
           (Twin("value", "(y[0] - a2[0])*W2[0,0]", ("(y[0] - a2[0])*W2[0,0]",)),), batch=156,
           why="-dE/d hidden (no activation: its slope is 1), a value; data[\"w2\"] the weight as the dictionary "
               "holds it"),
    # ---- the day page's Exercise 1 (no indentation, trailing # comments) and Exercise 2's class (eight-space
    # indentation): one slip, the class's dz2 = a2 - y under its mean squared error --------------------------------
    Public("c156-wk-da2", _WK, "b156_wk", "b156_wk", "dL_da2 = -(y_true - a2)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=156,
           why="the derivative of 0.5*(y_true - a2)^2 by the output, a value"),
    Public("c156-wk-dz2", _WK, "b156_wk", "b156_wk", "dL_dz2 = dL_da2 * da2_dz2  # Chain rule!", ((C,),),
           (Twin("gradient_z", "z2[0]", (_WK_D2,)),), batch=156,
           why="da2_dz2 = sigmoid_derivative(z2), of the sum; a trailing # comment"),
    Public("c156-wk-dw2", _WK, "b156_wk", "b156_wk", "dL_dw2 = dL_dz2 * a1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_WK_D2}*a1[0]",)),), batch=156),
    Public("c156-wk-da1", _WK, "b156_wk", "b156_wk", "dL_da1 = dL_dz2 * w2", ((C,),),
           (Twin("value", f"{_WK_D2}*W2[0,0]", (f"{_WK_D2}*W2[0,0]",)),), batch=156,
           why="the derivative by the hidden output, a value"),
    Public("c156-wk-dz1", _WK, "b156_wk", "b156_wk", "dL_dz1 = dL_da1 * da1_dz1  # Chain rule again!", ((C,),),
           (Twin("gradient_z", "z1[0]", (_WK_D1,)),), batch=156),
    Public("c156-wk-w2", _WK, "b156_wk", "b156_wk", "w2_new = w2 - learning_rate * dL_dw2", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_WK_D2}*a1[0]",)),), batch=156,
           why="learning_rate = 0.5, the page's"),
    Public("c156-wk-b1", _WK, "b156_wk", "b156_wk", "b1_new = b1 - learning_rate * dL_db1", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_WK_D1}",)),), batch=156),
    Public("c156-wk-cdz2", _WK, "b156_wc", "b156_wc", "        dz2 = self.a2 - y  # derivative of sigmoid + MSE",
           ((W,),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=156,
           why="under compute_loss's np.mean((y_true - y_pred) ** 2) through the sigmoid output dL/dz2 is "
               "2 (a2 - y) a2 (1 - a2) for one output and one sample; a2 - y is the cross-entropy's (the page's slip, "
               "its comment notwithstanding)"),
    Public("c156-wk-cdw2", _WK, "b156_wc", "b156_wc", "        dW2 = (1/m) * np.dot(self.a1.T, dz2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"(1/1)*a1[{{j}}]*{_WC_D2}",), _J2),), batch=156,
           why="dz2 the output sum's gradient, as Ng's d names are: right as written in it"),
    # ---- the React playground (two-space indentation, const declarations): arrays' .map with arrow functions, a
    # dSigmoid of the output and a dRelu of the hidden sums, updates inside array literals ----------------------------
    Public("c156-re-da2", _RE, "b156_re", "b156_re", "  const dL_da2 = a2 - target", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=156,
           why="the derivative of 0.5 * (a2 - target) ** 2 by the output, a value"),
    Public("c156-re-dz2", _RE, "b156_re", "b156_re", "  const dL_dz2 = dL_da2 * dSigmoid(a2)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_RE_D2,)),), batch=156,
           why="dSigmoid(s) = s (1 - s), taken of the output a2"),
    Public("c156-re-dw2", _RE, "b156_re", "b156_re", "  const dL_dW2 = a1.map(a => dL_dz2 * a)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_RE_D2}*a1[{{j}}]",), _J2),), batch=156,
           why="an arrow function over the hidden outputs"),
    Public("c156-re-db2", _RE, "b156_re", "b156_re", "  const dL_db2 = dL_dz2", ((C,),),
           (Twin("gradient", "b2[0]", (_RE_D2,)),), batch=156),
    Public("c156-re-da1", _RE, "b156_re", "b156_re", "  const dL_da1 = W2[0].map(w => dL_dz2 * w)", ((C,),),
           (Twin("value", f"{_RE_D2}*W2[0,{{j}}]", (f"{_RE_D2}*W2[0,{{j}}]",), _J2),), batch=156,
           why="the derivative by each hidden output, a value: W2[0] the output's row of weights"),
    Public("c156-re-dz1", _RE, "b156_re", "b156_re", "  const dL_dz1 = dL_da1.map((d, i) => d * dRelu(z1b[i]))",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_RE_D1,), _J2),), batch=156,
           why="dRelu of the sums with their biases (z1b); the second hidden unit's sum is -0.5, its slope 0"),
    Public("c156-re-b2", _RE, "b156_re", "b156_re", "  const newb2 = [b2[0] - lr * dL_db2]", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_RE_D2}",)),), batch=156, why="lr = 0.5; an array literal"),
    Public("c156-re-b1", _RE, "b156_re", "b156_re", "  const newb1 = b1.map((b, i) => b - lr * dL_db1[i])", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_RE_D1}",), _J2),), batch=156),
    # ---- the dlbook's script (LaTeX lines in # comments between # $$ lines; NumPy cells with @): rows and input-first
    # weights (z_1 = a_0 W_1 + b_1^T), f'_2 with the prime before the layer's subscript, \odot, := with eta/m --------
    Public("c156-dl-d2", _DL, "b156_dl", "b156_dl",
           "# \\delta_2 = \\frac{\\partial J(W, b)}{\\partial a_2} \\odot f'_2(z_2)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_DL_D2,), _K2),), batch=156,
           why="J(W, b) the cost with its arguments written; f'_2 the output layer's activation's derivative"),
    Public("c156-dl-d1", _DL, "b156_dl", "b156_dl", "# \\delta_1 = (\\delta_2 W_2^T) \\odot f'_1(z_1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DL_D1,), _J2),), batch=156,
           why="rows: delta_2 times W_2 transposed (W_2 input-first)"),
    Public("c156-dl-gw1", _DL, "b156_dl", "b156_dl", "# \\frac{\\partial J(W, b)}{\\partial W_1} = a_0^T \\delta_1",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DL_D1}",), _J2I3),), batch=156,
           why="a column times a row: the gradient shaped as W_1 (input-first)"),
    Public("c156-dl-gw2", _DL, "b156_dl", "b156_dl", "# \\frac{\\partial J(W, b)}{\\partial W_2} = a_1^T \\delta_2",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_DL_D2}",), _K2J2),), batch=156),
    Public("c156-dl-up", _DL, "b156_dl", "b156_dl",
           "# W_2 := W_2 - \\frac{\\eta}{m} \\frac{\\partial J(W, b)}{\\partial W_2}", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta/1*a1[{{j}}]*{_DL_D2}",), _K2J2),), batch=156,
           why="eta = 0.01, m the number of samples (one)"),
    Public("c156-dl-cw1", _DL, "b156_dl", "b156_dl", "dLdW1 = a0.T @ d1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DL_D1}",), _J2I3),), batch=156,
           why="@ the matrix product; dLdW1 shaped as W1 (input-first)"),
    Public("c156-dl-cb1", _DL, "b156_dl", "b156_dl", "dLdb1 = np.sum(d1, axis=0).reshape(-1,1)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_DL_D1,), _J2),), batch=156,
           why="the sum over the samples (rows), reshaped to a column as b1 is"),
    Public("c156-dl-cw2", _DL, "b156_dl", "b156_dl", "W2n = W2 - (n/m)*dLdW2", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta/1*a1[{{j}}]*{_DL_D2}",), _K2J2),), batch=156,
           why="n the rate (0.01), m the number of samples (one)"),
    # ---- the np.matrix script (Python 2, no indentation): the chain's factors by name, dETotal_dS3, dS3_dN2, ...;
    # np.multiply with a third argument (NumPy's out, here np.ones: the product of the first two either way) ---------
    Public("c156-mx-ds3", _MX, "b156_mx", "b156_mx", "dETotal_dS3 = s3 - expected", ((C,),),
           (Twin("value", "a3[{k}] - y[{k}]", ("a3[{k}] - y[{k}]",), _K2),), batch=156,
           why="the derivative of E_total by the outputs, a value"),
    Public("c156-mx-sp3", _MX, "b156_mx", "b156_mx", "dS3_dN2 = sigmoid_prime_matrix(s3)", ((C,),),
           (Twin("value", "a3[{k}]*(1 - a3[{k}])", ("a3[{k}]*(1 - a3[{k}])",), _K2),), batch=156,
           why="the outputs' slope, sigmoid_prime of the outputs s3 (np.frompyfunc over the row), a value"),
    Public("c156-mx-db2", _MX, "b156_mx", "b156_mx", "dETotal_dB2 = np.multiply(dETotal_dS3, dS3_dN2, dN2_dB2)",
           ((C,),), (Twin("gradient", "b3[{k}]", (_MX_D3,), _K2),), batch=156,
           why="the code's b2 is the output layer's bias (b3 here); dN2_dB2 = np.ones((1, 2)), NumPy's out argument "
               "(the result the product of the first two, as it would be times ones)"),
    Public("c156-mx-dn2", _MX, "b156_mx", "b156_mx", "dETotal_dN2 = np.multiply(dETotal_dS3, dS3_dN2)", ((C,),),
           (Twin("gradient_z", "z3[{k}]", (_MX_D3,), _K2),), batch=156),
    Public("c156-mx-sp2", _MX, "b156_mx", "b156_mx", "dS2_dN1 = sigmoid_prime_matrix(s2)", ((C,),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]*(1 - a2[{j}])",), _J3),), batch=156),
    Public("c156-mx-dn1", _MX, "b156_mx", "b156_mx", "dETotal_dN1 = np.multiply(dETotal_dS2, dS2_dN1)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_MX_D2,), _J3),), batch=156,
           why="dETotal_dS2 the derivative by the second layer's outputs (summed over the outputs on the lines "
               "before)"),
    Public("c156-mx-db0", _MX, "b156_mx", "b156_mx", "dETotal_dB0 = np.multiply(dETotal_dS1, dS1_dN0, dN0_dB0)",
           ((C,),), (Twin("gradient", "b1[{i}]", (_MX_D1,), _I4),), batch=156,
           why="the first layer's biases (the code's b0); dN0_dB0 = np.ones(b0.shape), NumPy's out argument"),
    # ---- the EVA8 README (Markdown list items, two trailing spaces, δ for the partial sign, no numbers): a forward
    # line with sigma of the wrong sum, and two products with the output's name mistyped (ao1, ao_o1) -----------------
    Public("c156-ev-ah1", _EV, "b156_ev", "b156_ev", "* a_h1 = σ(o1) = 1/(1+exp(-h1))  ", ((W, C),),
           (Twin("value", "a1[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z1[0]))")),), batch=156,
           why="sigma(o1) is the first output, not the hidden unit's (sigma(h1) was meant: the page's slip, which its "
               "own last member and the next line, a_h2 = σ(h2), contradict); the definition, a value"),
    Public("c156-ev-ao1", _EV, "b156_ev", "b156_ev", "* a_o1 = σ(o1) = 1/(1+exp(-o1))  ", ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z2[0]))")),), batch=156),
    Public("c156-ev-o1", _EV, "b156_ev", "b156_ev", "* o1 = w5 * a_h1 + w6 * a_h2  ", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=156,
           why="the output's sum (no bias), a value"),
    Public("c156-ev-sp", _EV, "b156_ev", "b156_ev", "* δa_o1/δo1 = δ(σ(o1))/δo1 = a_o1*(1-a_o1)  ", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "a2[0]*(1 - a2[0])")),), batch=156,
           why="the output's slope, a value; δ the partial sign"),
    Public("c156-ev-ch5", _EV, "b156_ev", "b156_ev", "* δE_total/δw5 = δE1/δa_o1 * δa_o1/δo1 * δo1/δw5  ",
           ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_PY_D2.format(k=0)}*a1[0]",)),), batch=156,
           why="E1 = 1/2 * (t1 - a_o1)^2, the only term of E_total w5 reaches"),
    Public("c156-ev-e1h1", _EV, "b156_ev", "b156_ev", "δE1/δa_h1 = (a_o1-t1) * a_o1*(1-a_o1) * w5  ", ((C,),),
           (Twin("value", f"{_PY_D2.format(k=0)}*W2[0,0]", (f"{_PY_D2.format(k=0)}*W2[0,0]",)),), batch=156,
           why="the first output's error term by the hidden output, a value (a paragraph's line, not a list item)"),
    Public("c156-ev-w5", _EV, "b156_ev", "b156_ev", "* δE_total/δw5 = (a_o1-t1) * ao1*(1-a_o1) * a_h1  ",
           unreadable="ao1", batch=156,
           why="ao1 for a_o1, a name the page never defines (its underscore dropped: the page's typo, in the w6 line "
               "too, ao2 in the w7 and w8 lines)"),
    Public("c156-ev-ah1g", _EV, "b156_ev", "b156_ev",
           "δE_total/δa_h1 = (a_o1-t1) * ao_o1*(1-a_o1) * w5 + (a_o2-t2) * a_o2*(1-a_o2) * w7  ",
           unreadable="ao_o1", batch=156, why="ao_o1 for a_o1 (the page's typo, in the a_h2 line too)"),
]
