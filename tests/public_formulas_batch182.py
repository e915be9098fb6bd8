r"""Batch 182 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (the code corpus, with this batch's emphasis on softmax output
layers derived by hand: the softmax's Jacobian p_i (delta_ij - p_j), its product with the cross-entropy's
derivative, the simplification to p - y with one-hot targets, in LaTeX and code, mistakes included; every address a
stored file whose repository the index does not name): an Obsidian note on softmax (stored file 2783700612: the
Jacobian claimed, proved case by case by the quotient rule, combined with Kronecker's delta, an example to two
digits), a Markdown note on matrix calculus (stored file 55599986996: x the softmax's input, dL/dx_i = p_i -
delta_{iy} through p_y, nabla_x L = p - e_y, a worked example to three digits, a linear layer's nabla_W L = X^T delta
with \in \mathbb{R}^{...} after it), a Python script printing the softmax derivative (stored file 36708136074: a
print's plain-text formula with "if i == j" after it), a Markdown log of a from-scratch network's learnings (stored
file 37174882754: the softmax backward pass dx = s * (grad - np.sum(s * grad, ...)), bias and weight gradients on
rows with # comments of shapes, a plain-text chain with ∂, Σ and a remark after ←), Chinese notes on
the mathematics of AI infrastructure (stored file 57958597872: $$ displays on their own lines indented in a list,
\( ... \) inline between Chinese sentences, G = dL/dY, a generic update of theta), the CS231n softmax classifier
commented in Korean (stored file 14535883081: plain-text ∂Li/∂fk = Pk -1(yi = k) in # comments, with
1(...) the indicator, and its example [0.2, -0.7, 0.5]), an MNIST script (stored file 36616055426: the squared
error's derivative times an element-wise softmax_derivative, s (1 - s): the Jacobian's diagonal only), a TypeScript
course data file (stored file 69524468396: LaTeX in string tables, its softmax rows and a backpropagation table in
Ng's bracketed layers) and a Markdown lesson on activation functions (stored file 68868390086: the Jacobian in a $$
display). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; the LaTeX
of the TypeScript strings taken as the strings' values, one backslash, as batch 143 took QuantLet's), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: pages counting from 1, "p_{i}" = "a1[i-1]", code from 0; the Obsidian note's sigma declared the softmax,
functions = { "\\sigma" = "softmax" }, with sigma_i its output; the matrix note's x the logits and y the label
letter, e_y the one-hot target; the learnings' grad = dL/ds in its softmax section and dL/dy in its linear layer's
section, two notations; the Korean comments' yi the label and 1(...) the indicator; the MNIST script's error named
the output sums' gradient and softmax_derivative(Z3) its s (1 - s), "softmax_derivative(Z3)" = "a3[:]*(1 - a3[:])";
Ng's bracketed layers with delta^{[l]} = dL/dz^{[l]}), a network of the kind the page describes (with the page's
numbers where it gives them: the Obsidian note's z = (2, 1, 0), the matrix note's x = [2, 1, 0], the printing script's
[1.0, 2.0, 0.5], the Korean comment's p = [0.2, 0.3, 0.5] with the class 1 written as logits ln 0.2, ln 0.3, ln 0.5;
the rates the files write, step_size 1.0, l_rate 1; all in tests/public_formulas_batch182_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
The softmax's Jacobian entries (\partial p_i / \partial z_j, its cases i = j and i != j with --when), a definition
(p_i = e^{z_i} / sum_j e^{z_j}, a forward line), a loss's definition (L = -\log p_y) and the Korean comment's worked
gradient ([0.2, -0.7, 0.5], twinned as the value (a1 - t)[k]) are twinned as values, as in batches 14 to 181. Formulas
keep their page's delimiters and what surrounds them on their line (a code line's indentation and trailing #
comment, a bold label before an inline formula, a print's string with its two leading spaces, a Korean remark after
->); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 182

The batch: 49 formulas from 9 addresses (the Obsidian note 6, the matrix calculus note 7, the printing script 2, the
learnings 7, the Chinese notes 6, the Korean classifier 7, the MNIST script 5, the TypeScript data file 8, the
activations lesson 1). By kind: 22 values (7 of them the softmax's Jacobian, whole or a case; softmax and loss
definitions, forward lines, and the Korean worked gradient), 11 gradients by the logits or layer sums (the
cross-entropy's p - y 7 times, the learnings' dx through the Jacobian, the MNIST slip, Ng's two deltas), 14 weight
and bias gradients, 2 updates (a generic theta with eta, W3 -= l_rate * ...); 4 with worked numbers. 28 are in
documents or in strings that hold LaTeX, 21 in code or plain text (Python/NumPy 16, plain-text formulas in comments,
a print's string and a Markdown code block 5).

1 is mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the MNIST script's mn-error, error = 2 * (A3 - y) / A3.shape[0] * softmax_derivative(Z3): softmax_derivative(z)
  computes s (1 - s), the softmax Jacobian's diagonal only; under the mean squared error through the softmax output
  dL/dZ3_k = sum_m 2 (A3_m - y_m)/n A3_m (delta_mk - A3_k): the off-diagonal terms -A3_m A3_k are missing.

Not mistaken, though they look it: the MNIST script's W3 -= l_rate * np.outer(error, A2) after the wrong error
(error names the output sums' gradient: right as written in it); the printing script's s_i * (1 - s_j) "if i == j"
(s_j is s_i there); the Korean classifier's dW and db, taken before the regularization's dW += reg*W (left out); the
Chinese notes' P_i (capital, as its 5.1 defines the softmax) beside p_i; the matrix note's dL/dx_i chain, whose p_y
and delta_{iy} are the label's.

What was left out: the pages' formulas naming the Jacobian as a matrix or an entry of a name no notation can give a
meaning (the matrix note's J_{ij} = p_i(\delta_{ij} - p_j), i.e., J = diag(p) - pp^T and its worked J_{11} = 0.665(1
- 0.665) = 0.223, J_{12} = -0.665 \cdot 0.245 = -0.163; the learnings' J[i,j] = ∂s_i/∂x_j = s_i *
(δ_ij - s_j), its J = np.diag(s) - np.outer(s, s) and its dx_j = Σ_i J[i,j] * grad_i chain; the Chinese
notes' \mathbf{J}_{softmax} = diag(p) - pp^T display; the printing script's jacobian[i, j] = ... loop lines), the
matrix note's linear layer verification on another network (W = I, X = [[1,2],[3,4]], L = ||Y||^2/2) and its matrix
calculus identities, Hessians and Fisher information; the Obsidian note's translation invariance and its sum to 1;
the learnings' SGD and initialization sections, its grad = (y_pred - y_true) / batch_size and -y_true / (y_pred +
eps) lines (a third meaning of grad), its grad_sum line (a name defined by that line alone) and dx = grad @ W.T (the
input's gradient); the Chinese notes' other sections (tensors, GEMM, probability, optimizers, mixed precision), its
input gradient dL/dX = G W^T and its max-trick, LSE and temperature formulas; the Korean classifier's loss lines
(corect_logprobs, an indexed selection), its dscores[range(num_examples),y] -= 1 and dscores /= num_examples (in-place
steps), its updates (with the regularized dW) and plotting; the MNIST script's hidden layers' error lines (a name
reused with another meaning, the second computed with W3 already updated) and its W2, W1 updates; the TypeScript
file's sigmoid and tanh sections, its max-trick and temperature rows and its forward-pass prose; the activations
lesson's sigmoid, ReLU, GELU and SwiGLU formulas (no softmax). Pages read and not taken: a CMU 11-785 note on the
softmax cross-entropy's gradient (stored file 23140793752, used by an earlier batch: its i = k and i != k cases
written as whole gradients would have been this batch's mistaken formulas), many copies of the softmax_grad loop
(jacobian_m[i][j] = s[i] * (1-s[i]), stored files 21459380990, 26361510265 and others: the Jacobian as a name), a
Python backprop function whose MSE case multiplies by an imported softmax_derivative (stored file 48096553883: its
definition not in the file, and gradients["dZ" + str(L)] keys), and a Chinese-commented activation class (stored
file 43361736372: its 2-D case returns s * (1 - s), a return without a left side).

Collected on 2026-12-07 (23:43 to 23:54 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
9 of 11 loaded as first written; the Obsidian note's "\\sigma(z)_{i}" (not one symbol: replaced by declaring sigma
the softmax) and the Korean classifier's label = "yi" (not one letter: "y") were corrected. The oracle's first run
passed every verdict but one: the Korean worked example's numbers, first twinned as a gradient by z1 (which the
oracle of numbers cannot take) and then as the value a1[k] - t[k] (whose whole the oracle of numbers reads as a1),
passed twinned as the value (a1 - t)[k]; no expected verdict was changed.

Run blind at main 4fc6720 (/work/READY_FOR_BLIND65), with nothing under src/ changed: the rebase onto it (git rebase
--onto 4fc6720 ca0d740) conflicted in tests/test_public_formulas_held_out.py (HELD_OUT and MINIMUM_SIZE, which batches
180 and 181 had extended on main after the gate), so it was aborted and the batch run on its branch as committed
(38649b5, on main's ca0d740), git diff 4fc6720 -- src being empty. The first run (/work/batch182_blind.txt): 33 of 49
read with every verdict right (67%), 14 refused, 2 misread, no typo (none in the batch), no crash, NO WRONG FORMULA
CALLED CORRECT. Six of its refusals and both misreadings were my notations' slips, corrected and run once more
(/work/batch182_blind2.txt): 39 of 49 (80%), 9 refused, 1 misread, no crash, no wrong formula called correct. The
slips: the Chinese notes' notation named no loss \mathcal{L} and no parameter \theta (zh-loss, zh-dz refused at
\mathcal{L}; loss = ["\\mathcal{L}"], parameter = ["\\theta"] added); the TypeScript file's notations named
\mathcal{L}_{\text{CE}} and not the bare \mathcal{L} its prose and backpropagation table write (js-ce-prose refused,
jb-out refused, "\mathcal{L} is not the loss", and jb-dw and jb-db misread, expected correct, got wrong, with
\mathcal{L} not the loss; loss names added); the matrix note's notation gave \delta the linear layer's dL/dY, which
shadowed the softmax section's Kronecker \delta_{iy} (mc-grad refused, "\delta_{iy} matches none of the notation's
patterns for \delta"; the linear layer's section given a notation of its own, b182_mc_lin). tests/
test_public_formulas_held_out.py -k "b182-" passed after the corrections (98 entries' tests, check's
never-wrong-called-correct test included), and the batch's own two checks.

The 1 mistaken formula, the MNIST script's mn-error (the Jacobian's diagonal only), was read with its member called
wrong in both runs. By page (second run): the Obsidian note 5 of 6, the matrix calculus note 6 of 7 (1 misread), the
printing script 0 of 2, the learnings 5 of 7, the Chinese notes 5 of 6, the Korean classifier 4 of 7, the MNIST script
5 of 5, the TypeScript data file 8 of 8 (4 of 8 in the first run), the activations lesson 1 of 1.

The refusals and the misreading of the second run by construct, with the exact message:

- a tuple in parentheses as a vector's value: ob-example, \sigma(z) = \frac{1}{e^2 + e^1 + e^0}(e^2, e^1, e^0)
  \approx (0.67, 0.24, 0.09), "a list in parentheses is not a formula at ',' (position 42); write one expression";
- a plain-text derivative written d_name/d_name with underscores, in a print's string: pd-print, "formula
  'd_softmax_i/d_x_j = s_i * (1 - s_j) if i == j': unexpected at '_' (position 16)";
- np.array of literal numbers inside a call: pd-s, s = softmax(np.array([1.0, 2.0, 0.5])), "np.array is not a function
  check reads at 'n' (position 13); write np.exp, np.log, np.sqrt, np.maximum(0, u), np.pow(u, 2) or an activation by
  its name, or name it in the notation's functions";
- a row minus its keepdims sum (NumPy's broadcasting of a (1, 1) sum): kl-dx, dx = s * (grad - np.sum(s * grad, axis=1,
  keepdims=True)), "adds vectors or matrices of different sizes in grad - axis_sum(s \odot grad, 1)";
- a plain-text sum over the batch without bound: kl-dbj, ∂L/∂b_j = Σ_i (...), "a sum over the samples
  has no bound, so nothing says how many it adds: ... give N its value in the notation ("N" = "1", the one sample check
  reads), or, if the page's loss is their total, write reduction = "sum" in the file's [update]";
- a parameter with a step subscript, theta_t and theta_{t+1}: zh-update, "unknown symbol \theta_{t}; the notation knows
  B, G, P, V, W, X, Y, b; give it a meaning in the notation's [notation.symbols], e.g. "\theta_{t}" = "a1[0]"";
- the indicator 1(yi = k) in plain text: ko-rule2 and ko-example, "a relation inside parentheses, a claim a sentence
  sets off, at '=' (position 36) [39]; check reads claims in parentheses where each group holds one, with nothing but
  spaces between them; write the claim without its parentheses";
- a Korean remark after -> naming f: ko-rule, "unknown symbol f; the notation knows Pk, W, X, b, dW, db, dscores,
  exp_scores; give it a meaning in the notation's [notation.symbols], e.g. "f" = "a1[0]"";
- misread: mc-grad, \frac{\partial L}{\partial x_i} = ... = -\frac{1}{p_y} \cdot p_y(\delta_{iy} - p_i) = p_i -
  \delta_{iy}, expected (correct, correct, correct), got (correct, wrong, wrong): Kronecker's delta_{iy} with i
  counted from 1 (x_i, p_i as the page's J_{11} counts) and the label y, a class index counted from 0 (as batch
  166's ko-jac, a rule counted from 1 beside a letter counted from 0).

Which look general: the indicator 1(cond) (Korean CS231n comments copy it from the course notes, and every copy of
them has it), the keepdims sum broadcast against a row (every vectorized softmax backward pass), np.array of literals
as an argument, a parameter with a time step's subscript (theta_t, the update's usual form), a plain-text sum over the
batch without bound, and the label letter in a Kronecker delta beside indices counted from 1 (a misreading: the
reader should count the label as the notation's indices count, or refuse). Page-specific: the tuple (e^2, e^1, e^0)
times a scalar, the print's d_softmax_i/d_x_j, the remark naming f after ->.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch182_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_OB = _STORED.format(2783700612, "# Softmax",
                     "an Obsidian note on softmax: its definition, an example, and its Jacobian proved case by case")
_MC = _STORED.format(55599986996, "---",
                     "a Markdown note on matrix calculus (denominator layout): the softmax Jacobian with a worked "
                     "example, the cross-entropy's gradient p - e_y, a linear layer's gradients")
_PD = _STORED.format(36708136074, "# softmax derivative",
                     "a Python script printing the softmax derivative's two cases and its Jacobian")
_KL = _STORED.format(37174882754, "# Neural Network Implementation - Key Learnings",
                     "a Markdown log of a from-scratch network's lessons: the softmax backward pass through its "
                     "Jacobian, bias and weight gradients summed over the batch")
_ZH = _STORED.format(57958597872, "---",
                     "Chinese notes on the mathematics of AI infrastructure: softmax, its Jacobian and the "
                     "cross-entropy's gradient, a linear layer's backward pass")
_KO = _STORED.format(14535883081, "# -*- coding: utf-8 -*-",
                     "the CS231n softmax linear classifier commented in Korean, dL_i/df_k = P_k - 1(y_i = k) "
                     "explained with an example")
_MN = _STORED.format(36616055426, "import sys",
                     "an MNIST script: two sigmoid layers and a softmax output, trained on the squared error's "
                     "derivative times an element-wise softmax_derivative")
_JS = _STORED.format(69524468396, "/* ==========================================================================",
                     "a TypeScript course data file: LaTeX in string tables on softmax and backpropagation")
_AC = _STORED.format(68868390086, "---",
                     "a Markdown lesson on activation functions: softmax is not an activation, its Jacobian")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
# the softmax's Jacobian d a1[i] / d z1[j] = a1[i] (delta_ij - a1[j]), every i and j, and its two cases
_JAC = tuple({"i": i, "j": j, "d": int(i == j)} for i in range(3) for j in range(3))
_SAME = tuple(v for v in _JAC if v["i"] == v["j"])
_OTHER = tuple(v for v in _JAC if v["i"] != v["j"])
_JT = "a1[{i}]*({d} - a1[{j}])"
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_PY = "(t[0]*a1[0] + t[1]*a1[1] + t[2]*a1[2])"  # p_y, the true class's probability

# the learnings' 2-2 softmax layer: dL/ds_i = -t_i / s_i, and its sum weighted by s
_KL_G = "(a1[0]*(-t[0]/a1[0]) + a1[1]*(-t[1]/a1[1]))"

# the MNIST 3-4-3-3 network (sigmoid, sigmoid, softmax) under the mean squared error over 3 outputs: dL/dz3[k]
_MN_S3 = "(exp(z3[0]) + exp(z3[1]) + exp(z3[2]))"
_MN_D3 = tuple(" + ".join(f"2*(a3[{m}] - y[{m}])/3*a3[{m}]*({int(m == k)} - a3[{k}])" for m in range(3))
               for k in range(3))
_MN_W3 = tuple({"k": k, "j": j, "g": _MN_D3[k]} for k in range(3) for j in range(3))

# the backpropagation rows' 2-3-2 sigmoid network under half the squared error
_JB_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_JB_D1 = ("(" + " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
          + ")*a1[{j}]*(1 - a1[{j}])")
_JB_W = (tuple({"p": f"W1[{j},{i}]", "m": f"{_JB_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2))
         + tuple({"p": f"W2[{k},{j}]", "m": f"{_JB_D2.format(k=k)}*a1[{j}]"} for k in range(2) for j in range(3)))
_JB_B = (tuple({"p": f"b1[{j}]", "m": _JB_D1.format(j=j)} for j in range(3))
         + tuple({"p": f"b2[{k}]", "m": _JB_D2.format(k=k)} for k in range(2)))

ENTRIES: list[Public] = [
    # ---- the Obsidian note ($$ displays and inline $ ... $, p_i = sigma(z)_i counted from 1, \blacksquare after
    # the proof): the Jacobian claimed, then each case by the quotient rule, then combined --------------------------
    Public("s182-ob-def", _OB, "b182_ob", "b182_ob",
           "$$\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_{j=1}^{n} e^{z_j}}, \\quad i = 1, \\ldots, n$$", ((C,),),
           (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_S}",), _I3),), batch=182,
           why="the definition, sigma the softmax (its i-th output), with its range of i after \\quad"),
    Public("s182-ob-example", _OB, "b182_ob", "b182_ob",
           "$$\\sigma(z) = \\frac{1}{e^2 + e^1 + e^0}(e^2, e^1, e^0) \\approx (0.67, 0.24, 0.09)$$", ((C, C),),
           (Twin("value", "a1[{j}]", ("=1/(np.exp(2) + np.exp(1) + np.exp(0))*np.array([np.exp(2), np.exp(1), np.exp(0)])",
                                      "=np.array([0.67, 0.24, 0.09])"), _J3),), batch=182,
           why="z = (2, 1, 0): softmax = (0.6652, 0.2447, 0.0900), to two digits"),
    Public("s182-ob-claim", _OB, "b182_ob", "b182_ob",
           "**Claim.** The Jacobian $\\frac{\\partial \\sigma_i}{\\partial z_j} = \\sigma_i(\\delta_{ij} - \\sigma_j)$.",
           ((C,),), (Twin("value", _JT, (_JT,), _JAC),), batch=182,
           why="the whole Jacobian with Kronecker's delta, sigma_i the i-th output, a value"),
    Public("s182-ob-ii", _OB, "b182_ob", "b182_ob",
           "$$\\frac{\\partial p_i}{\\partial z_i} = \\frac{e^{z_i} \\sum_j e^{z_j} - e^{z_i} \\cdot e^{z_i}}"
           "{(\\sum_j e^{z_j})^2} = p_i - p_i^2 = p_i(1 - p_i)$$", ((C, C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])",
                 (f"(exp(z1[{{i}}])*{_S} - exp(z1[{{i}}])*exp(z1[{{i}}]))/{_S}**2", "a1[{i}] - a1[{i}]**2",
                  "a1[{i}]*(1 - a1[{i}])"), _I3),), batch=182,
           why="the case i = j (the same letter on both sides), the quotient rule written out"),
    Public("s182-ob-ij", _OB, "b182_ob", "b182_ob",
           "$$\\frac{\\partial p_i}{\\partial z_j} = \\frac{0 - e^{z_i} \\cdot e^{z_j}}{(\\sum_k e^{z_k})^2} = -p_i "
           "\\cdot p_j$$", ((C, C),),
           (Twin("value", "-a1[{i}]*a1[{j}]", (f"(0 - exp(z1[{{i}}])*exp(z1[{{j}}]))/{_S}**2", "-a1[{i}]*a1[{j}]"),
                 _OTHER),), when="i!=j", batch=182,
           why="\"*Case $i \\neq j$:*\", said before the display: --when \"i!=j\""),
    Public("s182-ob-combined", _OB, "b182_ob", "b182_ob",
           "Combined: $\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$. $\\blacksquare$", ((C,),),
           (Twin("value", _JT, (_JT,), _JAC),), batch=182, why="the two cases combined with Kronecker's delta"),
    # ---- the Matrix Calculus note (inline $ ... $ after bold labels, $$ displays): the softmax's input is x, the
    # logits; the worked example's numbers; the linear layer's gradients with \in \mathbb{R}^{...} after them --------
    Public("s182-mc-def", _MC, "b182_mc", "b182_mc",
           "**Softmax Jacobian derivation:** $p_i = e^{x_i}/\\sum_k e^{x_k}$.", ((C,),),
           (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_S}",), _I3),), batch=182, why="x the logits"),
    Public("s182-mc-example", _MC, "b182_mc", "b182_mc",
           "**Worked example.** $x = [2, 1, 0]$, $p \\approx [0.665, 0.245, 0.090]$.", ((C,), (C,)),
           (Twin("value", "z1[{j}]", ("=np.array([2, 1, 0])",), _J3),
            Twin("value", "a1[{j}]", ("=np.array([0.665, 0.245, 0.090])",), _J3)), batch=182,
           why="the logits as the network's, and their softmax (0.6652, 0.2447, 0.0900) to three digits"),
    Public("s182-mc-loss", _MC, "b182_mc", "b182_mc",
           "$L = -\\log p_y$ where $y$ is the true class label, $p = \\text{softmax}(x)$.", ((C,), (C,)),
           (Twin("value", _CE, (_CE,)), Twin("value", "a1[{j}]", (f"exp(z1[{{j}}])/{_S}",), _J3)), batch=182,
           why="the loss's definition with y the label (p_y the true class's probability), then p's"),
    Public("s182-mc-grad", _MC, "b182_mc", "b182_mc",
           "$$\\frac{\\partial L}{\\partial x_i} = -\\frac{1}{p_y}\\frac{\\partial p_y}{\\partial x_i} = -\\frac{1}"
           "{p_y} \\cdot p_y(\\delta_{iy} - p_i) = p_i - \\delta_{iy}$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{i}]", (f"-1/{_PY}*{_PY}*(t[{{i}}] - a1[{{i}}])",
                                           f"-1/{_PY}*{_PY}*(t[{{i}}] - a1[{{i}}])", "a1[{i}] - t[{i}]"), _I3),),
           batch=182, why="the chain through p_y, delta_{iy} Kronecker's (1 where i is the label)"),
    Public("s182-mc-vector", _MC, "b182_mc", "b182_mc",
           "**Result:** $\\nabla_x L = p - e_y$ (predicted probabilities minus one-hot target).", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=182, why="e_y the one-hot target"),
    Public("s182-mc-dw", _MC, "b182_mc", "b182_mc_lin", "$$\\nabla_W L = X^\\top \\delta \\in \\mathbb{R}^{d \\times h}$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _J3I2),), batch=182,
           why="the linear layer Y = XW + b (W input-first) taken as the softmax's, delta = dL/dY"),
    Public("s182-mc-db", _MC, "b182_mc", "b182_mc_lin",
           "$$\\nabla_b L = \\mathbf{1}^\\top \\delta \\in \\mathbb{R}^{1 \\times h} \\quad\\text{(sum over batch)}$$",
           ((C,),), (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=182,
           why="1^T the batch's sum (one sample)"),
    # ---- the printing script: a print's string (its value, two leading spaces kept) and the call on numbers -------
    Public("s182-pd-print", _PD, "b182_pd", "b182_pd", "  d_softmax_i/d_x_j = s_i * (1 - s_j) if i == j", ((C,),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(1 - a1[{j}])",), _SAME),), when="i=j", batch=182,
           why="the print's string, the case \"if i == j\" at its end: --when \"i=j\" (s_j is s_i there)"),
    Public("s182-pd-s", _PD, "b182_pd", "b182_pd", "s = softmax(np.array([1.0, 2.0, 0.5]))", ((C,),),
           (Twin("value", "a1[{j}]", ("=np.exp(np.array([1.0, 2.0, 0.5]))/np.sum(np.exp(np.array([1.0, 2.0, 0.5])))",),
                 _J3),), batch=182, why="the network's logits are these numbers"),
    # ---- the learnings (code blocks: NumPy on rows with trailing # comments of shapes, a plain-text derivation
    # with Σ and ← ) ----------------------------------------------------------------------------------------------
    Public("s182-kl-dx", _KL, "b182_kl", "b182_kl", "dx = s * (grad - np.sum(s * grad, axis=1, keepdims=True))",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (f"a1[{{j}}]*(-t[{{j}}]/a1[{{j}}] - {_KL_G})",), _J2),),
           batch=182, why="the softmax's backward pass, grad = dL/ds (the cross-entropy's -y_true/y_pred)"),
    Public("s182-kl-db", _KL, "b182_kl", "b182_kl_lin",
           "db = np.sum(grad, axis=0)  # (batch_size, output_dim) \u2192 (output_dim,)", ((C,),),
           (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J2),), batch=182,
           why="grad = dL/dy of the linear layer y = x @ W + b (the logits)"),
    Public("s182-kl-dbj", _KL, "b182_kl", "b182_kl_lin",
           "\u2202L/\u2202b_j = \u03a3_i (\u2202L/\u2202y[i,j] * \u2202y[i,j]/\u2202b_j)\n        = \u03a3_i "
           "(grad[i,j] * 1)\n        = \u03a3_i grad[i,j]  \u2190 Sum over batch dimension", ((C, C, C),),
           (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",) * 3, _J2),), batch=182,
           why="i the sample (one), j the unit; the chain, then its sum, then a remark after \u2190"),
    Public("s182-kl-dw", _KL, "b182_kl", "b182_kl_lin",
           "dW = x.T @ grad  # (input_dim, batch_size) @ (batch_size, output_dim)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _J2I2),), batch=182),
    Public("s182-kl-dw-rule", _KL, "b182_kl", "b182_kl_lin", "dW = X.T @ grad  # Implicit sum over batch in matmul",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _J2I2),), batch=182),
    Public("s182-kl-db-rule", _KL, "b182_kl", "b182_kl_lin", "db = np.sum(grad, axis=0)  # Explicit sum over batch",
           ((C,),), (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J2),), batch=182),
    Public("s182-kl-dw-self", _KL, "b182_kl", "b182_kl_lin",
           "    dW = self.input.T @ grad  # (input_dim, batch) @ (batch, output) = (input, output) \u2713", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _J2I2),), batch=182),
    # ---- the Chinese notes ($$ displays on their own lines, indented inside a list; \( ... \) inline) ------------
    Public("s182-zh-p", _ZH, "b182_zh", "b182_zh", "$$\nP_i = \\frac{e^{z_i}}{\\sum_{j=1}^V e^{z_j}}\n$$", ((C,),),
           (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_S}",), _I3),), batch=182, why="V the number of classes"),
    Public("s182-zh-loss", _ZH, "b182_zh", "b182_zh",
           "对于 One-hot 标签 \\(y\\)，简化为 \\(\\mathcal{L} = -\\log p_y\\)。", ((C,),),
           (Twin("value", _CE, (_CE,)),), batch=182, why="the cross-entropy with a one-hot label y, a value"),
    Public("s182-zh-dz", _ZH, "b182_zh", "b182_zh", "$$\n\\frac{\\partial \\mathcal{L}}{\\partial z_i} = P_i - y_i\n$$",
           ((C,),), (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=182),
    Public("s182-zh-dw", _ZH, "b182_zh", "b182_zh",
           "   $$\n   \\frac{\\partial L}{\\partial W} = X^\\top \\cdot G \\in \\mathbb{R}^{d_{in} \\times d_{out}} \\quad"
           " (\\text{FLOPs: } 2d_{in} \\cdot B \\cdot d_{out})\n   $$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _J3I3),), batch=182,
           why="Y = XW + b the logits, G = dL/dY; the FLOPs count in \\text after \\quad"),
    Public("s182-zh-db", _ZH, "b182_zh", "b182_zh",
           "   $$\n   \\frac{\\partial L}{\\partial b} = \\sum_{i=1}^B G_{i, :} \\in \\mathbb{R}^{d_{out}}\n   $$", ((C,),),
           (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=182,
           why="G_{i,:} sample i's row of G (one sample)"),
    Public("s182-zh-update", _ZH, "b182_zh", "b182_zh",
           "梯度 \\(\\nabla_\\theta \\mathcal{L}\\) 指示函数上升最快方向，更新公式：\\(\\theta_{t+1} = \\theta_t - \\eta "
           "\\nabla_\\theta \\mathcal{L}\\)。", ((C,),),
           (Twin("update", "W1[1,0]", ("W1[1,0] - eta*x[0]*(a1[1] - t[1])",)),), param="W1[1,0]", batch=182,
           why="the generic rule, for the parameter named by --param"),
    # ---- the Korean-commented classifier (two-space indentation, # comments in Korean with plain-text formulas,
    # ∂Li/∂fk = Pk -1(yi = k): 1(...) the indicator) -------------------------------------------------------------
    Public("s182-ko-scores", _KO, "b182_ko", "b182_ko",
           "  scores = np.dot(X, W) + b   # (300, 2) * (2, 3) = (300, 3) + (1, 3)  = (300, 3)<-- matrix broadcast로 "
           "확장되어 계산", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J3),), batch=182),
    Public("s182-ko-probs", _KO, "b182_ko", "b182_ko",
           "  probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True) # (300, 3)", ((C,),),
           (Twin("value", "a1[{j}]", (f"exp(z1[{{j}}])/{_S}",), _J3),), batch=182),
    Public("s182-ko-rule", _KO, "b182_ko", "b182_ko",
           "  #     - ∂Li/∂fk = Pk -1(yi = k) -> f가 loss(Li)에 어느정도 영향을 미치는지 편미분 한 것 (back propagation)",
           ((C,),), (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=182,
           why="1(yi = k) the indicator of the sample's class; a Korean remark after ->"),
    Public("s182-ko-rule2", _KO, "b182_ko", "b182_ko", "  # ∂Li/∂fk = Pk -1(yi = k)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=182),
    Public("s182-ko-example", _KO, "b182_ko", "b182_ko", "  #       결국 ∂Li/∂fk = Pk -1(yi = k) = [0.2, -0.7, 0.5]",
           ((C, C),), (Twin("value", "(a1 - t)[{k}]", ("a1[{k}] - t[{k}]", "=np.array([0.2, -0.7, 0.5])"), _K3),),
           batch=182, why="the comment's p = [0.2, 0.3, 0.5] with the correct class 1 (the network's numbers); the scores' "
               "gradient twinned as a value, dL/df_k = P_k - 1(y = k), its last member numbers"),
    Public("s182-ko-dw", _KO, "b182_ko", "b182_ko",
           "  dW = np.dot(X.T, dscores) # X(300,2)행렬을 X.T(2,300)행렬로 전치하고, 이를 dscores(300,3)와 행렬곱을 한다 -> "
           "(2,3) W 행렬과 동일", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _J3I2),), batch=182,
           why="taken before the regularization's dW += reg*W (left out)"),
    Public("s182-ko-db", _KO, "b182_ko", "b182_ko", "  db = np.sum(dscores, axis=0, keepdims=True) # (1, 3)", ((C,),),
           (Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=182),
    # ---- the MNIST script (eight-space indentation, columns): the squared error's derivative times the softmax's
    # diagonal only: one slip ---------------------------------------------------------------------------------------
    Public("s182-mn-a1", _MN, "b182_mn", "b182_mn", "        A1 = sigmoid(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), tuple({"j": j} for j in range(4))),), batch=182),
    Public("s182-mn-z3", _MN, "b182_mn", "b182_mn", "        Z3= np.dot(W3, A2)", ((C,),),
           (Twin("value", "z3[{k}]", ("W3[{k},0]*a2[0] + W3[{k},1]*a2[1] + W3[{k},2]*a2[2]",), _K3),), batch=182),
    Public("s182-mn-a3", _MN, "b182_mn", "b182_mn", "        A3 = softmax(Z3)", ((C,),),
           (Twin("value", "a3[{k}]", (f"exp(z3[{{k}}])/{_MN_S3}",), _K3),), batch=182),
    Public("s182-mn-error", _MN, "b182_mn", "b182_mn",
           "        error = 2 * (A3 - y) / A3.shape[0] * softmax_derivative(Z3)", ((W,),),
           (Twin("gradient_z", "z3[{k}]", ("2*(a3[{k}] - y[{k}])/3*a3[{k}]*(1 - a3[{k}])",), _K3),), batch=182,
           why="softmax_derivative(z) is s (1 - s), the Jacobian's diagonal only: dL/dZ3_k = sum_m 2 (A3_m - y_m)/n "
               "A3_m (delta_mk - A3_k), the off-diagonal terms -A3_m A3_k missing"),
    Public("s182-mn-w3", _MN, "b182_mn", "b182_mn", "        W3-= l_rate *np.outer(error, A2)", ((C,),),
           (Twin("update", "W3[{k},{j}]", ("W3[{k},{j}] - eta*({g})*a2[{j}]",), _MN_W3),), batch=182,
           why="error the output sums' gradient, as named (the line before computes it wrongly); right as written "
               "in it, l_rate the rate"),
    # ---- the TypeScript data file (strings' values, one backslash): its softmax table's rows and prose, its
    # backpropagation table's rows in Ng's bracketed layers -----------------------------------------------------------
    Public("s182-js-p", _JS, "b182_js", "b182_js", "$p_i = \\frac{e^{z_i}}{\\sum_{j=1}^K e^{z_j}}$", ((C,),),
           (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_S}",), _I3),), batch=182),
    Public("s182-js-jac", _JS, "b182_js", "b182_js", "$\\frac{\\partial p_i}{\\partial z_j} = p_i (\\delta_{ij} - p_j)$",
           ((C,),), (Twin("value", _JT, (_JT,), _JAC),), batch=182),
    Public("s182-js-ce", _JS, "b182_js", "b182_js",
           "$\\frac{\\partial \\mathcal{L}_{\\text{CE}}}{\\partial z_i} = p_i - y_i$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=182),
    Public("s182-js-ce-prose", _JS, "b182_js", "b182_js",
           "an extraordinarily simple, numerically elegant gradient: $\\frac{\\partial \\mathcal{L}}{\\partial z_i} = "
           "p_i - y_i$. ", ((C,),), (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=182),
    Public("s182-jb-out", _JS, "b182_jb", "b182_jb",
           "$\\delta^{[L]} = \\nabla_{a^{[L]}} \\mathcal{L} \\odot \\sigma'(z^{[L]})$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_JB_D2,), _K2),), batch=182, why="L the output layer (2 here)"),
    Public("s182-jb-hidden", _JS, "b182_jb", "b182_jb",
           "$\\delta^{[l]} = (W^{[l+1]T} \\delta^{[l+1]}) \\odot \\sigma'(z^{[l]})$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JB_D1,), _J3),), batch=182,
           why="W^{[l+1]T} the transpose written as a second superscript; the rule at l = 1, the only layer with an "
               "l + 1"),
    Public("s182-jb-dw", _JS, "b182_jb", "b182_jb",
           "$\\frac{\\partial \\mathcal{L}}{\\partial W^{[l]}} = \\delta^{[l]} (a^{[l-1]})^T$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _JB_W),), batch=182, why="every layer's weights, a^{[0]} the input"),
    Public("s182-jb-db", _JS, "b182_jb", "b182_jb",
           "$\\frac{\\partial \\mathcal{L}}{\\partial b^{[l]}} = \\sum_{i=1}^B \\delta^{[l](i)}$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _JB_B),), batch=182,
           why="the sum over the B samples (one), delta^{[l](i)} sample i's"),
    # ---- the activations lesson: one $$ display on its own lines ---------------------------------------------------
    Public("s182-ac-jac", _AC, "b182_ac", "b182_ac", "$$\n\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)\n$$",
           ((C,),), (Twin("value", _JT, (_JT,), _JAC),), batch=182),
]
