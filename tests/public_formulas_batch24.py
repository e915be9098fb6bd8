r"""Batch 24 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 repository files no earlier batch used (the code corpus: a blog post's Markdown on the softmax
with the cross-entropy, notes on backpropagation with \times and \reals, a lecturer's LaTeX notes, notes on
logistic regression's gradient descent, a worked example with the numbers of a house purchase, a 2012 blog post
deriving backpropagation, a plain-text derivation of the binary cross-entropy's gradient, notes on the softmax's
backward pass), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the
page describes (with the page's numbers where it works an example; both in tests/public_formulas_batch24_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with
the verdicts written down) and committed before check was. Six files are stored in the code corpus without their
repository's name; they are cited by their ids. A dL/dz written with numbers is twinned as a value, as in batches
14, 16, 18 and 20; a derivative by something other than a parameter (dL/dx, dE/dy_j, dL/d\hat{y}, the softmax's
derivative) is a value claim. What was left out of a line is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 24

The batch: 55 formulas, 23 values (10 forward values, losses and errors, with numbers or as rules; 3 steps Delta w; 1
dL/dz written with numbers; W^T dz and dL/dx, the input's gradient; 7 local derivatives and derivatives by something
other than a parameter), 5 deltas (dL/dz), 22 gradients, 4 updates, 1 eqnarray of two claims (a step, then the update
with it); no entry marked unreadable. 48 are LaTeX (Sayantankhan's $$...$$ with \boxed, \mathbf, W^\top, c the correct
class and the cases k = c, k != c; the "## Forward Pass" notes' \times for the entrywise, matrix and outer products
alike, k the last layer and c = k - n a lower one as superscripts, \sigma ' with a space, dL/\hat{y} with its d
dropped; Bernd Porr's equation and eqnarray environments with & = &, \label, \underbrace{...}_{-e_i(n)} and
\underbrace{...}_\textrm{trick!}, \omega_{ji} beside w_{ji} for one weight, y_i(n) with the time stamp n, the layer
told by the index letter (y_k, y_j, y_i), \Theta^\prime(y_i); the logistic regression's Markdown table rows with a
cell of prose, \mathcal{L}, \underbrace{...}_{\text{piece 1}}, \boxed, a sum over data points ^{(i)}, "Error $= ...$";
the worked example's Unicode subscripts inside LaTeX (x₁w₁, \partial w₁), \boxed results, l for the loss; the 2012
post's $$ \displaystyle ... $$ with \limits and tabs, \nabla E(\hat{w}_1), \frac{\partial}{\partial \hat{w}_1} before
its operand, \hat{w_1}, w_{1, 1}^{(l + 1)} for the next iteration, chains split over blocks that end with "="; the
softmax notes' \left. ... \right|_{w=w_{\text{old}}}, Y_{\text{pred}}^{(k,i)} with sample k and class i,
\text{Loss}^{(k)}, Kronecker's \delta_{ij}, a chain continued in a block that begins "="), 7 plain text or code
(Sayantankhan's code block "Wᵗ @ dz =" with a vector of sums over lines; the cross-entropy derivation's backticked
lines, some in bold, with ∂L/∂w_j, σ'(z), wᵀx, Σ without bounds, square brackets for grouping, h(x) for the
prediction, xᵢ,j).

11 are mistaken somewhere (the oracle finds at least one member wrong):

- Sayantankhan's W^T dz: its two sums, (0.2)(-0.341) + (-0.3)(0.242) + (0.1)(0.099) and (0.5)(-0.341) + (0.8)(0.242)
  + (-0.6)(0.099), are -0.1309 and -0.0363, written [ -0.068, -0.014 ];
- Bernd Porr's notes define e_i = y_i - d_i and then use e as d - y (the underbraces' -e_i): the learning rule's last
  member \mu e_i y_j (porr-rule-chain), dE/dw_kj = -(\sum_i e_i w_ji) dy_j/dw_kj (porr-gradintback), \Delta w_kj =
  \mu y_k \sum_i e_i w_ji (porr-hidden-step) have the wrong sign, and \Delta w_ji = \mu \Theta'(y_i) y_j e_i
  (porr-nl-out-step) also takes \Theta' at the output y_i, not at v_i;
- the worked example: 0.9591 (1 - 0.9591) written 0.03932 (it is 0.03923), carried into dl/dz = 1.9182 x 0.03932 =
  0.0755 (it is 0.07524), dl/dw1 = 0.0755 x 3000 = 226.5 (225.71) and w1 = 0.001 - 0.00001 x 226.5 = -0.001265
  (-0.0012571); the members 1.9182 x 0.03932 and 0.001 - 0.00001 x 226.5 are right, their carried numbers within
  what the rule for numbers lets a carried number be off (1.5 units of its third digit), their results are not; the
  second sample's Loss (1 - 0.0831)^2 written 0.8402 (0.8407);
- the 2012 post's hidden-layer chain: its second member, \frac{1}{2} \sum (y - t) \frac{\partial}{\partial w_{1,1}} (y -
  t), drops the 2 of the square but keeps the 1/2 (half the gradient); the next member is right again.

Not mistaken, though it looks it: the worked example's Loss (0 - 0.9591)^2 = 0.91988 (0.9591^2 is 0.919873, but the
true loss at its numbers is 0.919883, and 0.91988 is that).

Collected on 2026-12-04 and run blind once, at main e9e9f64 (/work/READY_FOR_BLIND: main after session 11's fixes from
batches 21 and 22; the branch rebased on main a089339 for the run, and on bf5e30c, batch 23 merged, since: neither
changes a file under src/), with nothing under src/ changed; the output is /work/batch24_blind.txt. Blind, once per
entry: 26 of 55 read with every verdict right (47%); 21 refused that should have been read; 8 misread, 6 of them right
formulas called wrong on one page, 1 the twin's (buy-dl-dz) and 1 a worked example's symbolic member judged at every
class (sayan-loss-number); no crash. The run flagged 1 WRONG FORMULA CALLED CORRECT (buy-dl-dz's member 1.9182 x
0.03932): it was the twin's, not check's (see below); check called no wrong formula correct. By kind of claim: values
13 of 23, deltas 5 of 5, gradients 7 of 22, updates 1 of 4, the eqnarray of two claims 0 of 1. LaTeX against plain
text: the 48 in LaTeX read 22 (46%), the 7 in plain text or code 4 (57%). By page: Sayantankhan 6 of 8, the "##
Forward Pass" notes 3 of 6, Bernd Porr 0 of 8, the logistic regression 1 of 6, the worked example 7 of 8, the 2012
post 0 of 6, the cross-entropy derivation 4 of 6, the softmax notes 5 of 7. Of the 11 mistaken formulas, 4 read with
every verdict right (the worked example's 0.03932 as a result, its dl/dw1 and w1 update, its second Loss), 5 were
refused (Sayantankhan's W^T dz, Bernd Porr's four) and 2 misread (buy-dl-dz, the twin's; derive-hidden-chain, whose
wrong member was called wrong but whose next one, right, too). (Tabulated from the saved output of the run.)

Corrected afterwards, honestly: two of the collector's mistakes, neither the reader's. (1) The softmax notes'
notation left out a_2, the softmax output the page names in \frac{\partial L}{\partial a_2} (bpe-chain refused "a_{2}
matches none of the notation's patterns for a ('a_{1}')"); with "a_{2}" = "a2[:]" it reads. The cross-entropy
derivation's notation left out xᵢ, the i-th example the page defines; named now, bce-J is still refused (below).
(2) Two twins: buy-dl-dz's first member was written as a product of four factors where the page writes two, dl/dyhat
times dyhat/dz, so the rule for numbers could not tell which subtree 1.9182 and 0.03932 stand for and judged 0.03932 as
a bare operand (wrong); written as the page's two factors, the oracle finds the member right, as check did: the
entry's verdicts are (C, C, W) where (C, W, W) had been written down. sayan-loss-number's twin had -log(a1[0]) for its
left side where the loss belongs (its verdicts unchanged). Run again after these corrections, at the same main and
with nothing under src/ changed (/work/batch24_blind_corrected.txt): 28 of 55 (51%), 20 refused, 7 misread, no wrong
formula called correct. No notation was changed otherwise, and no formula.

The refusals by construct (21 in the blind run), with the exact message, and what a one-line rewrite showed (tried
afterwards, one try per construct):

- 8, Bernd Porr's notes: the notation's pattern \Delta\omega_{ji} (a \Delta before a Greek letter, as the notes write
  the step; batch 14's "\Delta w_{i}", before a Latin letter, reads), refused with the whole notation, every formula
  of the page: "[notation] symbols.'\\Delta\\omega_{ji}': is not one symbol; write a base with an optional
  subscript and superscript, e.g. a_{ik}^{0}". Tried afterwards with "\\Delta \\omega_{ji}" (a space): the same
  refusal. With the two \Delta\omega patterns taken out, 4 of the 8 read (porr-hidden-grad, porr-dltrick,
  porr-gradintback, its wrong sign called wrong, porr-nl-chain); the other 4, whose left side is \Delta\omega, are then
  refused "unknown symbol \Delta; the notation knows \omega, d, e, v, w, y; ...".
- 2, a rule over w_j where the notation names w_0 the bias (the logistic regression's w_0 ... w_n): the rule is tried
  at j = 0, where x_0 has no meaning: "x_{j} at j = 0: 'x_{j}' means 'x[j-1]' (j = 0): index -1 is out of range (0..1):
  the network has 2 inputs" (logreg-wj-boxed), "x_{j}^{i} at j = 0, i = 0: 'x_{j}^{(i)}' means 'x[j-1]' (j = 0): ..."
  (logreg-sum-wj). Tried afterwards with "x_{0}" = "1" in the notation (the page's w_0 \cdot 1): logreg-wj-boxed
  reads; logreg-sum-wj is refused the same way even beside "x_{0}^{(i)}" = "1".
- 1, a Markdown table row whose first cell is the parameter's name, | $w_j$ | $w_j \leftarrow ...$ |: read as a factor
  of the rule, "w_j w_j \leftarrow ...", and refused "w_{j} at j = 3: 'w_{j}' means 'W1[0, j-1]' (j = 3): input index
  2 is out of range (0..1): layer 1 has 2 inputs" (logreg-wj-row). Tried afterwards as the rule's cell alone: reads.
- 1, a table row with a cell of prose between the derivative and its result: "the table row's cell 'How loss changes
  with prediction' neither continues the chain nor states an equation; begin it with its relation, $= ...$ or
  $\approx ...$" (logreg-piece1-row). Tried afterwards without the prose cell and with "$= ...$": reads.
- 1, a word outside the math as the left side, Error $= \hat{y} - y = 0.4 - 1 = -0.6$: "unknown symbol E; the notation
  knows N, \hat{y}, s, w, x, y; give it a meaning in the notation's [notation.symbols], e.g. "E" = "a1[0]""
  (logreg-error). Tried afterwards as $\hat{y} - y = 0.4 - 1 = -0.6$: two members, both right.
- 1, the modifier letter ᵗ (U+1D57) as the transpose in code, "Wᵗ @ dz": "cannot read 'ᵗ' at position 2; write the
  formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (sayan-Wt-dz). Tried afterwards with ᵀ: "unexpected at '='
  (position 12)", a line ending with "=" before one beginning "= ["; with ᵀ and that first "=" dropped: reads, its
  sums right and its [ -0.068, -0.014 ] wrong.
- 1, \times for an outer product, \delta^{c+1} \times \sigma ' (z^c) \times a^{c-1} (the notes say "outer product"
  under it): "multiplies a 3 x 1 by a 2 x 1, whose sizes do not fit; write the factors so that the first has as many
  columns as the second has rows" (reals-dW-lower). Tried afterwards with (a^{c-1})^T: reads.
- 1, a row vector the notes define as a row (\delta^k \in \reals^{1 \times m}) where the notation's meaning is a
  column: '"(\\hat{y} - y) \\times \n\\sigma '(z^k) \\times \nW^k" is 1 x 3 where the left side is 3 x 1'
  (reals-delta). Tried afterwards as (W^k)^T \times (\hat{y} - y) \times \sigma '(z^k): reads.
- 1, the page's typo \frac{dL}{\hat{y}} for \frac{dL}{d\hat{y}}: "unknown symbol d; the notation knows W, \delta, \hat{y},
  a, b, y, z; give it a meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]"" (reals-db-chain; a refusal
  defensible for a formula with a bare d). Tried afterwards with the d restored: reads.
- 1, Markdown bold around a backticked formula, **`∂L/∂w_j = (h(x) - y) * x_j`**: "unexpected at '^' (position 1)"
  (bce-final). Tried afterwards without the **: reads.
- 1, h(xᵢ) with xᵢ the i-th example, and xᵢ,j its j-th feature: "x_{i} at i = 0: 'x_{j}' means 'x[j-1]' (j = 0): index
  -1 is out of range (0..1): the network has 2 inputs" (bce-J). Tried afterwards with "x_{i}" = "x[:]" named: "(h(x_{i})
  - y_{i}) * x_{i} is a vector or matrix (2 x 1) where a number belongs" (xᵢ,j read as xᵢ, its ",j" lost, and h(xᵢ) as
  h times xᵢ).
- 1, the derivative evaluated at a point, \left.\frac{\partial L}{\partial w}\right|_{w=w_{\text{old}}}: "unexpected at
  '_' (position 74)" (bpe-update). Tried afterwards without \left. and \right|_{w=w_{\text{old}}}: reads.
- 1, the collector's notation without a_2 (bpe-chain, above; reads with it).

The misreads (8 in the blind run):

- 6, the 2012 post: a sum over the samples, \sum \limits_{i = 1}^{M}, with M unnamed (the network has no [data]; its
  one sample is the post's on-line learning): every right formula of the page called wrong, silently, with no hint
  (derive-chain-2, derive-w1hat, derive-hidden-grad, derive-hidden-update, derive-bias; derive-hidden-chain's wrong
  member called wrong, but its third, right, too, and its fourth block read as a claim of its own, called wrong).
  The same formulas on one line without \displaystyle and \limits are still called wrong; without the sum they read.
  Tried afterwards with "M" = "1" in the notation: derive-bias, derive-hidden-grad, derive-hidden-update and
  derive-w1hat read; derive-chain-2 is still two claims called wrong (each of its members alone on one line reads);
  derive-hidden-chain is refused: "M counts the samples (a sum over them runs to M), and '\frac {1}{2} \sum _{i =
  1}^{M} ( y^{(i)} - t^{(i)} ) \fra...' sums over none, so whether a product over the samples' matrix sums them
  nothing says; write the sum, \sum_{i=1}^{M}, or give M its value in the notation ("M" = "1", the one sample check
  reads)" (given).
- 1, sayan-loss-number: L = -\log(\hat{y}_{\text{true}}) in the worked example, \hat{y}_{\text{true}} the notation's
  a1[0] (the example's true class, Delhi): its symbolic member called wrong, (W, C, C) for (C, C, C), as check
  judges it at every class where the page means the example's; the spec has no way to name "the true class" by a word
  (the label letter is a letter).
- 1, buy-dl-dz: the twin's (above).

After session 11's fixes from batches 23 and 24 (measured at main fe8f7c6): 42 of 55 read with every verdict right
(76%); 8 refused, 5 misread, no wrong formula called correct. Read now: Porr's \Delta\omega_{ji} (all 8), Wᵗ with
a relation split over two lines, Markdown bold around a formula, the evaluation bar \right|_{w=w_{old}}, a table
row's label and prose cells, \hat{y}_{\text{true}} as the sample's class, and derive-hidden-chain (a line opening
with \frac{\partial}{\partial w} after a bracket continues the product). The 5 misread are the 2012 post's sums to
an unnamed M over samples, right for one sample: the post's E is the samples' total while b24_derive keeps the
default mean reduction (the collector's choice; with reduction = "sum" all read), and each is now called wrong
with a hint saying so, no longer silently. Still refused: the row-against-column orientation twice (the message
says to transpose or to give the notation the page's orientation), x_0 which the logreg notation leaves unnamed
(twice; the message names "x_{0}" = "1"), the page's "Error" the notation does not name, \frac{dL}{\hat{y}} (its d
left out, said so), a table row of two math cells with no relation, and bce-J's x_{i,j}.

What the spec could not express, which a page needed: Bernd Porr's y_i(n) and the cross-entropy derivation's h(x),
h(xᵢ): a symbol written as a function of the time stamp or of the input (no pattern names an application; the
notations name y_i and h, and the argument is left to the reader); the 2012 post's w_1^{(l)} for \hat{w}_1^{(l)}
(its update's right side; left out) and its g_j(r_j) beside g(r_j); Sayantankhan's two countings on one page (the
derivation's sums from 1, the example's k = 0 for Delhi), written as two notations, and its \hat{y}_{\text{true}}, the
true class's probability, which only the example's class 0 could name; the "## Forward Pass" notes' row vectors
(\delta^k \in \reals^{1 \times m}); the softmax notes' W_2 of the row-samples' z_2 = a_1 W_2 + b_2 (hidden by output),
whose orientation only its entries could tell (its dL/dW_2 = (y_pred - y) a_1 and a_1^T (y_pred - y) left out). And,
in the networks: Sayantankhan's logits [2.0, 1.0, 0.1] are not W x for its code's x = [1, 1] (the biases here make
them so); the logistic regression's \hat{y} = 0.4 is given outright (its bias here gives it); the "## Forward Pass"
notes, Bernd Porr's notes, the 2012 post and the two derivations give no numbers.

Which constructs look general (would appear in much homework): a sum over the samples to an unnamed bound (M, N, m)
called wrong, silently, is the most serious (right formulas marked wrong without a hint; derivations for batch
learning write it everywhere); a \Delta before a Greek letter in a pattern (\Delta\omega, \Delta\theta) refusing the
whole notation; a rule over w_j where w_0 is the bias; Markdown tables (a label cell, a prose cell); Markdown bold
around code; \times or juxtaposition for an outer product and row vectors in notes that say so; the evaluation bar
\left. ... \right|_{w = ...}; h(x) for the hypothesis. Page-specific: ᵗ for the transpose, the word Error as a left
side, the typo dL/\hat{y}, xᵢ,j.

After session 13's fixes (fixshapes, main 71b7995): 44 of 55 (80%), no wrong formula called correct. reals-delta
(a row where the notation's left side is a column, read entry by entry) and reals-dW-lower (an outer product
without its transpose) now read.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch24_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SAYAN = "https://github.com/Sayantankhan/blog (_posts/2025-06-24-backward_propagation.md)"
_REALS = ("the code corpus's stored file 19387020099, notes beginning \"## Forward Pass\" with W^k \\in \\reals^{n \\times"
          " m} (its repository not named by the index)")
_PORR = "https://github.com/berndporr/deep-learning (deep-learning-analytics.tex)"
_LOGREG = ("the code corpus's stored file 8709329018, \"# Gradient Descent for Logistic Regression (Step by Step)\" (its"
           " repository not named by the index; its two other stored versions, 8252329373 and 8317459454, not used)")
_BUY = ("the code corpus's stored file 9820606098, a worked example x₁ = 3000, x₂ = 6, x₃ = 1, y = 0 and its second"
        " sample (its repository not named by the index; its images are Mahfuzar148/Machine-Learning-and-Deep-learning's)")
_DERIVE = ("the code corpus's stored file 30326207612, \"Deriving the backpropagation algorithm.\" (a blog post of"
           " 2012-05-12; its repository not named by the index)")
_BCE = ("the code corpus's stored file 48169398993, \"# Derivation of Binary Cross-Entropy Loss Gradient for Logistic"
        " Regression\" (its repository not named by the index)")
_BPE = ("the code corpus's stored file 48094453188, \"# Backward Propagation and Gradient Descent Explained\" (its"
        " repository not named by the index)")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_C3 = tuple({"c": c} for c in range(3))
_IJ2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))

# Sayantankhan's softmax layer: dL/dx_i, the input's gradient through W (t the one-hot target)
_DX = "W1[0,{i}]*(a1[0] - t[0]) + W1[1,{i}]*(a1[1] - t[1]) + W1[2,{i}]*(a1[2] - t[2])"
# the "## Forward Pass" notes: dL/dz of the one output (L = (yhat - y)^2 / 2, sigmoid)
_R2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# Bernd Porr's networks (one output, e = y - d): dE/dz of the output, linear and with the sigmoid
_E = "(a2[0] - y[0])"
_ENL = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the worked example's dl/dz (l = (y - yhat)^2)
_BZ = "-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])"
# the 2012 post's dE/dw_{1,1} (one sample)
_H11 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
# the softmax's derivative with Kronecker's delta (two classes)
_KRON = "a2[{j}]*((1.0 if {i} == {j} else 0.0) - a2[{i}])"
_SOFTMAX_CHAIN = ("-(t[0]/a2[0])*a2[0]*((1.0 if {i} == 0 else 0.0) - a2[{i}])"
                  " - (t[1]/a2[1])*a2[1]*((1.0 if {i} == 1 else 0.0) - a2[{i}])")


ENTRIES: list[Public] = [
    # ---- Sayantankhan's post: $$...$$ blocks, a softmax layer with the cross-entropy, c the correct class, the
    # cases k = c and k != c, \boxed, \mathbf, W^\top; its example counted from 0 and a code block whose W^T dz is
    # miscomputed --------------------------------------------------------------------------------------------------
    Public("sayan-softmax", _SAYAN, "b24_sayan", "b24_sayan",
           "$$\n\\hat{y}_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}\n$$", ((C,),),
           (Twin("value", "a1[{i}]", ("exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _I3),), batch=24),
    Public("sayan-loss-c", _SAYAN, "b24_sayan", "b24_sayan", "$$\nL = -\\log(\\hat{y}_c)\n$$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))", ("-log(a1[{c}])",), _C3,
                 classes="label"),), batch=24, why="c the correct class"),
    Public("sayan-dLdzc", _SAYAN, "b24_sayan", "b24_sayan",
           "$$\n\\frac{dL}{dz_c} = -\\frac{1}{\\hat{y}_c} \\cdot \\hat{y}_c (1 - \\hat{y}_c) = \\hat{y}_c - 1\n$$", ((C, C),),
           (Twin("gradient_z", "z1[{c}]", ("-1/a1[{c}]*a1[{c}]*(1 - a1[{c}])", "a1[{c}] - 1"), _C3, classes="label"),),
           batch=24, why="Step 3's case 1, k = c"),
    Public("sayan-dLdzk-other", _SAYAN, "b24_sayan", "b24_sayan",
           "$$\n\\frac{dL}{dz_k} = -\\frac{1}{\\hat{y}_c} \\cdot (-\\hat{y}_c \\hat{y}_k) = \\hat{y}_k\n$$", ((C, C),),
           (Twin("gradient_z", "z1[{k}]", ("-1/a1[{c}]*(-a1[{c}]*a1[{k}])", "a1[{k}]"),
                 tuple({"c": c, "k": k} for c in range(3) for k in range(3) if k != c), classes="label"),),
           when="label!=k", batch=24, why="Step 3's case 2, k != c (the page's heading says so): --when \"label!=k\""),
    Public("sayan-dLdzk", _SAYAN, "b24_sayan", "b24_sayan", "$$\n\\frac{dL}{dz_k} = \\hat{y}_k - y_k\n$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=24),
    Public("sayan-dLdx", _SAYAN, "b24_sayan", "b24_sayan",
           "$$\n\\boxed{\n\\frac{dL}{dx} = W^\\top (\\hat{\\mathbf{y}} - \\mathbf{y})\n}\n$$", ((C,),),
           (Twin("value", _DX, (_DX,), _I2),), batch=24, why="the gradient by the input, a value claim"),
    Public("sayan-loss-number", _SAYAN, "b24_sayan", "b24_sayan0",
           "$$\nL = -\\log(\\hat{y}_{\\text{true}}) = -\\log(0.659) \\approx 0.417\n$$", ((C, C, C),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-log(a1[{c}])", "=-np.log(0.659)", "=0.417"), ({"c": 0},), classes="label"),), batch=24,
           why="the example's Step 1: the true class Delhi is class 0 (the twin's left side corrected after the blind"
               " run to the loss, where it had -log(a1[0]); the verdicts are the same)"),
    Public("sayan-Wt-dz", _SAYAN, "b24_sayan", "b24_sayan0",
           "Wᵗ @ dz =\n= [\n    (0.2)(-0.341) + (-0.3)(0.242) + (0.1)(0.099),\n"
           "    (0.5)(-0.341) + (0.8)(0.242) + (-0.6)(0.099)\n  ]\n= [ -0.068, -0.014 ]", ((C, W),),
           (Twin("value", "W1.T @ (a1 - t)",
                 ("=[(0.2)*(-0.341) + (-0.3)*(0.242) + (0.1)*(0.099), (0.5)*(-0.341) + (0.8)*(0.242) + (-0.6)*(0.099)]",
                  "=[-0.068, -0.014]")),), batch=24,
           why="the code block after \"Compute:\" (its first line, dz = [ -0.341, 0.242, 0.099 ], left out): its sums"
               " are -0.1309 and -0.0363, not -0.068 and -0.014"),
    # ---- the stored "## Forward Pass" notes: $$...$$ spread over lines, \times for the entrywise, matrix and outer
    # products alike, k the last layer and c = k - n a lower one, \delta^k = dL/da^{k-1}, \sigma ' with a space ---------
    Public("reals-db-chain", _REALS, "b24_reals", "b24_reals",
           "$$\\frac{dL}{db^k} = \\frac{dL}{\\hat{y}} \\times \\frac{d\\hat{y}}{dz^k} \\times \\frac{dz^k}{db^k}$$",
           ((C,),), (Twin("gradient", "b2[0]", (_R2,)),), batch=24,
           why="\\frac{dL}{\\hat{y}} for \\frac{dL}{d\\hat{y}}, the d dropped: judged as the chain rule it writes"),
    Public("reals-db-rule", _REALS, "b24_reals", "b24_reals",
           "$$\\frac{dL}{db^k} = (\\hat{y} - y) \\times \\sigma'(z^k) \\times 1 $$", ((C,),),
           (Twin("gradient", "b2[0]", (_R2,)),), batch=24),
    Public("reals-delta", _REALS, "b24_reals", "b24_reals",
           "$$\\delta^k = \n(\\hat{y} - y) \\times \n\\sigma '(z^k) \\times \nW^k\n$$", ((C,),),
           (Twin("value", f"{_R2}*W2[0,{{j}}]", (f"{_R2}*W2[0,{{j}}]",), _J3),), batch=24,
           why="\\delta^k the notes' dL/da^{k-1}, a row"),
    Public("reals-dW-rule", _REALS, "b24_reals", "b24_reals",
           "$$\\frac{dL}{dW^k} = \n(\\hat{y} - y) \\times \n\\sigma '(z^k) \\times \na^{k-1}\n$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_R2}*a1[{{j}}]",), _J3),), batch=24),
    Public("reals-db-lower", _REALS, "b24_reals", "b24_reals",
           "$$ \\frac{dL}{db^c} = \n\\frac{dL}{db^{c+1}} \\times\nW^{c+1} \\times\n\\sigma ' (z^c) \\times\n1\n$$", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"{_R2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=24),
    Public("reals-dW-lower", _REALS, "b24_reals", "b24_reals",
           "$$ \\frac{dL}{dW^c} = \n\\delta^{c+1} \\times\n\\sigma ' (z^c) \\times\na^{c-1}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_R2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",),
                 tuple({"j": j, "i": i} for j in range(3) for i in range(2))),), batch=24,
           why="the outer product of delta^{c+1} (.) sigma'(z^c) and a^{c-1}, as the notes say under it"),
    # ---- Bernd Porr's notes: equation and eqnarray environments with & = & and \label, \omega and w for one weight,
    # y_i(n) with the time stamp n, \underbrace with its label, \textrm; e_i = y_i - d_i defined, then used as d_i - y_i
    # (the learning rules' sign slips) ---------------------------------------------------------------------------------
    Public("porr-graddes", _PORR, "b24_porr", "b24_porr",
           "\\begin{eqnarray}\n  \\Delta\\omega_{ji} & = & - \\mu \\frac{\\partial E}{\\partial \\omega_{ji}} \\label{graddes} \\\\\n"
           "  \\omega_{ji} & \\leftarrow & \\omega_{ji} + \\Delta\\omega_{ji}\n\\end{eqnarray}", ((C,), (C,)),
           (Twin("value", f"-eta*{_E}*a1[{{j}}]", (f"-eta*{_E}*a1[{{j}}]",), _J2),
            Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2)), batch=24,
           why="two claims in one eqnarray: the step, then the update with it"),
    Public("porr-rule-chain", _PORR, "b24_porr", "b24_porr",
           "\\begin{eqnarray}\n  \\Delta\\omega_{ji}\n"
           "   & = & - \\mu \\frac{1}{2} \\frac{\\partial ( d_i(n) - y_i(n) )^2 }{\\partial \\omega_{ji}} \\\\\n"
           "   & = & - \\mu \\frac{1}{2} \\frac{\\partial \\left( d_i(n) - \\sum_j y_j(n) w_{ji} \\right)^2 }{\\partial"
           " \\omega_{ji}} \\\\\n"
           "  & = & \\mu \\underbrace{\\left(d_i(n) - \\sum_j y_j(n) w_{ji}\\right)}_{-e_i(n)} \\cdot y_j(n) \\\\\n"
           "   & = & - \\mu \\underbrace{\\frac{\\partial E}{\\partial y_i}}_{-e_i(n)} \\underbrace{\\frac{\\partial"
           " y_i}{\\partial \\omega_{ji}}}_{y_j(n)} \\label{chainrule}\\\\\n"
           "  & = & \\mu \\cdot e_i(n) \\cdot y_j(n) \\label{learningrule}\n\\end{eqnarray}", ((C, C, C, C, W),),
           (Twin("value", f"-eta*{_E}*a1[{{j}}]",
                 (f"-eta*{_E}*a1[{{j}}]",) * 2 + ("eta*(y[0] - a2[0])*a1[{j}]", f"-eta*{_E}*a1[{{j}}]",
                                                 f"eta*{_E}*a1[{{j}}]"), _J2),), batch=24,
           why="the single layer's rule, here the output layer's (y_j its input); with e_i = y_i - d_i as the notes define"
               " it, \\mu e_i y_j has the wrong sign (the underbraces' -e_i take e as d - y; the members are judged"
               " without them)"),
    Public("porr-hidden-grad", _PORR, "b24_porr", "b24_porr",
           "\\begin{equation}\n  \\frac{\\partial E}{\\partial \\omega_{kj}} = \\underbrace{\\frac{\\partial E}{\\partial"
           " y_j}}_\\textrm{trick!} \\frac{\\partial y_j}{\\partial \\omega_{kj}}\n  \\label{gradint}\n\\end{equation}",
           ((C,),), (Twin("gradient", "W1[{j},{k}]", (f"{_E}*W2[0,{{j}}]*x[{{k}}]",),
                          tuple({"j": j, "k": k} for j in range(2) for k in range(2))),), batch=24),
    Public("porr-dltrick", _PORR, "b24_porr", "b24_porr",
           "\\begin{equation}\n  \\frac{\\partial E}{\\partial y_j} = \\sum_i \\underbrace{\\frac{\\partial E}{\\partial"
           " y_i}}_{-e_i} \\cdot \\underbrace{\\frac{\\partial y_i}{\\partial y_j}}_{\\omega_{ji}} \\label{dltrick}\n"
           "\\end{equation}", ((C,),),
           (Twin("value", f"{_E}*W2[0,{{j}}]", (f"{_E}*W2[0,{{j}}]",), _J2),), batch=24,
           why="dE/dy_j by a hidden output, a value claim (the underbrace's -e_i aside)"),
    Public("porr-gradintback", _PORR, "b24_porr", "b24_porr",
           "\\begin{equation}\n  \\frac{\\partial E}{\\partial \\omega_{kj}} = - \\left( \\sum_i e_i \\omega_{ji} \\right)"
           " \\frac{\\partial y_j}{\\partial \\omega_{kj}}\n  \\label{gradintback}\n\\end{equation}", ((W,),),
           (Twin("gradient", "W1[{j},{k}]", (f"-{_E}*W2[0,{{j}}]*x[{{k}}]",),
                 tuple({"j": j, "k": k} for j in range(2) for k in range(2))),), batch=24,
           why="dE/dy_i is e_i for e_i = y_i - d_i, not -e_i: the sign is wrong"),
    Public("porr-hidden-step", _PORR, "b24_porr", "b24_porr",
           "\\begin{equation}\n\\Delta\\omega_{kj} = \\mu \\cdot y_k \\cdot \\underbrace{\\sum_i e_i \\omega_{ji}}_{e_j}\n"
           "\\end{equation}", ((W,),),
           (Twin("value", f"-eta*{_E}*W2[0,{{j}}]*x[{{k}}]", (f"eta*x[{{k}}]*{_E}*W2[0,{{j}}]",),
                 tuple({"j": j, "k": k} for j in range(2) for k in range(2))),), batch=24,
           why="-mu dE/dw_kj is -mu y_k sum_i e_i w_ji with e = y - d: the sign slip carried"),
    Public("porr-nl-chain", _PORR, "b24_porr_nl", "b24_porr",
           " \\begin{equation}\n \\frac{\\partial E}{\\partial \\omega_{ji}}  = \\frac{\\partial E}{\\partial y_i}"
           " \\underbrace{\\frac{\\partial y_i}{\\partial v_i}}_{\\Theta^\\prime} \\frac{\\partial v_i}{\\partial"
           " \\omega_{ji}}\n \\end{equation}", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_ENL}*a1[{{j}}]",), _J2),), batch=24,
           why="indented by one space in the notes"),
    Public("porr-nl-out-step", _PORR, "b24_porr_nl", "b24_porr",
           "\\begin{equation}\n  \\Delta\\omega_{ji} = \\mu \\cdot \\Theta^\\prime(y_i) \\cdot y_j \\cdot e_i \n"
           "\\end{equation}", ((W,),),
           (Twin("value", f"-eta*{_ENL}*a1[{{j}}]",
                 (f"eta*sigmoid(a2[0])*(1 - sigmoid(a2[0]))*a1[{{j}}]*{_E}",), _J2),), batch=24,
           why="Theta' at the output y_i instead of at v_i, and the sign of e_i = y_i - d_i"),
    # ---- the stored logistic regression step by step: Markdown table rows with a cell of prose, \leftarrow,
    # \mathcal{L}, \underbrace{...}_{\text{piece 1}}, \boxed, a sum over data points ^{(i)}, "Error $= ...$" -----------
    Public("logreg-wj-row", _LOGREG, "b24_logreg", "b24_logreg",
           "| $w_j$ | $w_j \\leftarrow w_j - \\alpha \\cdot \\frac{\\partial \\mathcal{L}}{\\partial w_j}$ |", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=24,
           why="a table row: the parameter's cell, then its rule"),
    Public("logreg-piece1-row", _LOGREG, "b24_logreg", "b24_logreg",
           "| $\\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}}$ | How loss changes with prediction |"
           " $\\frac{\\hat{y} - y}{\\hat{y}(1-\\hat{y})}$ |", ((C,),),
           (Twin("value", "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))", ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))",)),), batch=24,
           why="a table row: the piece, a cell of prose, its result"),
    Public("logreg-w0-pieces", _LOGREG, "b24_logreg", "b24_logreg",
           "$$\\frac{\\partial \\mathcal{L}}{\\partial w_0} = \\underbrace{\\frac{\\hat{y} - y}{\\hat{y}(1-\\hat{y})}}_{\\text{piece"
           " 1}} \\cdot \\underbrace{\\hat{y}(1-\\hat{y})}_{\\text{piece 2}} \\cdot \\underbrace{1}_{\\text{piece 3}}$$",
           ((C,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))*a1[0]*(1 - a1[0])*1",)),), batch=24),
    Public("logreg-wj-boxed", _LOGREG, "b24_logreg", "b24_logreg",
           "$$\\boxed{\\frac{\\partial \\mathcal{L}}{\\partial w_j} = (\\hat{y} - y) \\cdot x_j}$$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=24),
    Public("logreg-sum-wj", _LOGREG, "b24_logreg", "b24_logreg",
           "$$\\frac{\\partial \\mathcal{L}}{\\partial w_j} = \\sum_{i=1}^{N} (\\hat{y}^{(i)} - y^{(i)}) \\cdot x_j^{(i)}$$",
           ((C,),), (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=24,
           why="a sum over the N data points (one here)"),
    Public("logreg-error", _LOGREG, "b24_logreg", "b24_logreg", "Error $= \\hat{y} - y = 0.4 - 1 = -0.6$",
           ((C, C, C),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.4 - 1", "=-0.6")),), batch=24,
           why="the example's line, without its \"(we under-predicted)\" after it: the word Error, outside the math,"
               " is the left side"),
    # ---- the stored worked example with x₁ = 3000: $$...$$ with Unicode subscripts inside (x₁w₁, w₁), \boxed results,
    # \text{Loss}, l for the loss; its slips: 0.9591 (1 - 0.9591) written 0.03932 (0.03923), carried into dl/dz, the
    # gradients and the updates; the second sample's Loss 0.8402 (0.8407) -----------------------------------------
    Public("buy-z", _BUY, "b24_buy1", "b24_buy", "$$\nz = 3.0 + 0.06 - 0.005 + 0.1 = \\boxed{3.155}\n$$", ((C, C),),
           (Twin("value", "z1[0]", ("=3.0 + 0.06 - 0.005 + 0.1", "=3.155")),), batch=24),
    Public("buy-yhat", _BUY, "b24_buy1", "b24_buy",
           "$$\n\\hat{y} = \\sigma(z) = \\frac{1}{1 + e^{-z}} = \\frac{1}{1 + e^{-3.155}} \\approx \\boxed{0.9591}\n$$",
           ((C, C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))", "=1/(1 + np.exp(-3.155))", "=0.9591")),),
           batch=24),
    Public("buy-loss", _BUY, "b24_buy1", "b24_buy",
           "$$\n\\text{Loss} = (y - \\hat{y})^2 = (0 - 0.9591)^2 = \\boxed{0.91988}\n$$", ((C, C, C),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2", "=(0 - 0.9591)**2", "=0.91988")),), batch=24,
           why="not mistaken: the true loss is 0.919883 (0.9591^2 is 0.919873)"),
    Public("buy-dyhat-dz", _BUY, "b24_buy1", "b24_buy",
           "$$\n\\frac{\\partial \\hat{y}}{\\partial z} = \\hat{y}(1 - \\hat{y}) = 0.9591 \\cdot (1 - 0.9591) ="
           " \\boxed{0.03932}\n$$", ((C, C, W),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "=0.9591*(1 - 0.9591)", "=0.03932")),), batch=24,
           why="0.9591 x 0.0409 is 0.03923"),
    Public("buy-dl-dz", _BUY, "b24_buy1", "b24_buy",
           "$$\n\\frac{\\partial l}{\\partial z} = \\frac{\\partial l}{\\partial \\hat{y}} \\cdot \\frac{\\partial"
           " \\hat{y}}{\\partial z}\n= 1.9182 \\cdot 0.03932 = \\boxed{0.0755}\n$$", ((C, C, W),),
           (Twin("value", _BZ, ("(2*a1[0] - 2*y[0])*(a1[0] - a1[0]**2)", "=1.9182*0.03932", "=0.0755")),), batch=24,
           why="dl/dz with numbers, as a value; 0.0755 is not dl/dz, 0.07524. The 0.03932 carried as an operand is within"
               " 1.5 units of its third digit of 0.039222, which the rule for numbers lets a carried number be: the"
               " member is right. (Written down at first as (C, W, W), from a twin whose first member, the product"
               " -2*(y - yhat)*yhat*(1 - yhat) of four factors, did not have the page's two, dl/dyhat and dyhat/dz, so"
               " that the rule could not see which subtree each number stood for; corrected after the blind run, which"
               " had flagged check's correct second member as a wrong one called correct.)"),
    Public("buy-dl-dw1", _BUY, "b24_buy1", "b24_buy",
           "$$\n\\frac{\\partial l}{\\partial w₁} = \\frac{\\partial l}{\\partial z} \\cdot \\frac{\\partial z}{\\partial"
           " w₁} = 0.0755 \\cdot 3000 = \\boxed{226.5}\n$$", ((C, W, W),),
           (Twin("gradient", "W1[0,0]", (f"{_BZ}*x[0]", "=0.0755*3000", "=226.5")),), batch=24,
           why="the 0.0755 carried: dl/dw1 is 225.71"),
    Public("buy-w1-update", _BUY, "b24_buy1", "b24_buy",
           "$$\nw₁ = 0.001 - 0.00001 \\cdot 226.5 = \\boxed{-0.001265}\n$$", ((C, W),),
           (Twin("update", "W1[0,0]", ("=0.001 - 0.00001*226.5", "=-0.001265")),), batch=24,
           why="the carried gradient 226.5 (225.71) is within 1.5 units of its third digit, as the rule for numbers lets a"
               " carried number be; its result -0.001265 is not the update, -0.0012571"),
    Public("buy2-loss", _BUY, "b24_buy2", "b24_buy", "$$\n\\text{Loss} \\approx \\boxed{0.8402}\n$$", ((W,),),
           (Twin("value", "(y[0] - a1[0])**2", ("=0.8402",)),), batch=24,
           why="the second sample's loss (1 - 0.0831)^2 = 0.8407 (0.8406 at its true yhat 0.08317)"),
    # ---- "Deriving the backpropagation algorithm." (2012): $$ \displaystyle ... $$ with \limits, tabs, ^{(i)} the
    # sample, \nabla E(\hat{w}_1), \frac{\partial}{\partial \hat{w}_1} before its operand, \hat{w_1}, chains split
    # over blocks that end with "="; the 2 dropped with the 1/2 kept in the hidden layer's chain -------------------------
    Public("derive-chain-2", _DERIVE, "b24_derive", "b24_derive",
           "$$ \\displaystyle \n   \\nabla E(\\hat{w}_1) =\n   \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)} -"
           " t^{(i)}\n\t\\right) \n        \\frac{\\partial}{\\partial \\hat{w}_1} y^{(i)} =\n$$\n\n"
           "$$ \\displaystyle\n    \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)} - t^{(i)}\n\t\\right) \n"
           "        \\frac{\\partial}{\\partial \\hat{w}_1} g(\\hat{r}^{(i)})\n$$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_ENL}*a1[0]",) * 2),), batch=24,
           why="two blocks of one chain, the first ending with its \"=\""),
    Public("derive-w1hat", _DERIVE, "b24_derive", "b24_derive",
           "$$ \\displaystyle\n   \\nabla E(\\hat{w}_1) =\n    \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)} -"
           " t^{(i)}\n\t\\right) \n\t    g'(\\hat{r}^{(i)}) \\cdot \n            \\frac{\\partial}{\\partial \\hat{w}_1} \n"
           "            \\left( \\left(\n                    g(r_1^{(i)}) \\cdot \\hat{w_1}\n                \\right) +"
           " \\hat{b}\n\t    \\right) =\n$$\n\n$$\\displaystyle\n    \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)}"
           " - t^{(i)}\n\t\\right) \n\t    g'(\\hat{r}^{(i)}) \\cdot \n\t    g(r_1^{(i)}) \n$$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_ENL}*a1[0]",) * 2),), batch=24),
    Public("derive-hidden-chain", _DERIVE, "b24_derive", "b24_derive",
           "$$ \n\\displaystyle \\frac{\\partial}{\\partial w_{1,1}} \\frac{1}{2} \n   \\sum \\limits_{i = 1}^{M} \\left( \n"
           "      y^{(i)} - t^{(i)}\n   \\right)^2 = \\frac{1}{2} \n   \\sum \\limits_{i = 1}^{M} \n\t2 \\left( \n\t      y^{(i)}"
           " - t^{(i)}\n\t\\right) \n        \\frac{\\partial}{\\partial w_{1,1}} \\left(\n\t      y^{(i)} - t^{(i)}\n"
           "\t\\right) =\n$$\n\n$$ \\displaystyle\n\\frac{1}{2} \n   \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)}"
           " - t^{(i)}\n\t\\right) \n        \\frac{\\partial}{\\partial w_{1,1}} \\left(\n\t      y^{(i)} - t^{(i)}\n"
           "\t\\right) =\n$$\n\n$$ \\displaystyle\n   \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)} - t^{(i)}\n"
           "\t\\right) \n        \\frac{\\partial}{\\partial w_{1,1}} y^{(i)} =\n$$\n\n$$ \\displaystyle \n\\sum \\limits_{i ="
           " 1}^{M} \n\t\\left( \n\t      y^{(i)} - t^{(i)}\n\t\\right) \n        \\frac{\\partial}{\\partial w_{1,1}} \n"
           "\tg(\\hat{r}^{(i)})\n$$", ((C, W, C, C),),
           (Twin("gradient", "W1[0,0]", (_H11, f"{_H11}/2", _H11, _H11)),), batch=24,
           why="four blocks of one chain; its second member drops the 2 of the square but keeps the 1/2 (half the"
               " gradient); the next is right again"),
    Public("derive-hidden-grad", _DERIVE, "b24_derive", "b24_derive",
           "$$ \\displaystyle \n\\nabla E \\left (w_{1,1} \\right ) = \n\\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)}"
           " - t^{(i)}\n\t\\right) \n\tg'(\\hat{r}^{(i)}) \\cdot \n\t\\hat{w_1} \\cdot \n\tg'(r_1^{(i)}) \\cdot\n"
           "\tx_1^{(i)}\n$$", ((C,),), (Twin("gradient", "W1[0,0]", (_H11,)),), batch=24),
    Public("derive-hidden-update", _DERIVE, "b24_derive", "b24_derive",
           "$$ \\displaystyle \nw_{1, 1}^{(l + 1)} = w_{1, 1}^{(l)} - h \\cdot\n\\sum \\limits_{i = 1}^{M} \n\t\\left( \n"
           "\t      y^{(i)} - t^{(i)}\n\t\\right) \n\tg'(\\hat{r}^{(i)}) \\cdot \n\t\\hat{w_1} \\cdot \n\tg'(r_1^{(i)})"
           " \\cdot\n\tx_1^{(i)}\n$$", ((C,),), (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_H11}",)),), batch=24),
    Public("derive-bias", _DERIVE, "b24_derive", "b24_derive",
           "$$ \\displaystyle\n   \\nabla E(\\hat{b}) =\n    \\sum \\limits_{i = 1}^{M} \n\t\\left( \n\t      y^{(i)} -"
           " t^{(i)}\n\t\\right) \n\t    g'(\\hat{r}^{(i)}) \n$$", ((C,),), (Twin("gradient", "b2[0]", (_ENL,)),),
           batch=24),
    # ---- the stored binary cross-entropy derivation: plain text in backticks, some in bold, ∂L/∂w_j, σ, wᵀx, Σ without
    # bounds, square brackets for grouping, h(x) for the prediction, xᵢ,j with a Unicode subscript ------------------
    Public("bce-z", _BCE, "b24_bce", "b24_bce", "`z = wᵀx + b = Σ(w_k * x_k) + b`", ((C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",) * 2),), batch=24),
    Public("bce-chain", _BCE, "b24_bce", "b24_bce", "`∂L/∂w_j = (∂L/∂h) * (∂h/∂z) * (∂z/∂w_j)`", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=24),
    Public("bce-dLdh", _BCE, "b24_bce", "b24_bce", "`∂L/∂h = - [y/h - (1-y)/(1-h)]`", ((C,),),
           (Twin("value", "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))", ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))",)),),
           batch=24),
    Public("bce-combine", _BCE, "b24_bce", "b24_bce",
           "`∂L/∂w_j = [(h - y) / (h * (1 - h))] * [h * (1 - h)] * [x_j]`", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))*a1[0]*(1 - a1[0])*x[{j}]",), _J2),),
           batch=24),
    Public("bce-final", _BCE, "b24_bce", "b24_bce", "**`∂L/∂w_j = (h(x) - y) * x_j`**", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=24),
    Public("bce-J", _BCE, "b24_bce", "b24_bce", "`∂J/∂w_j = (1/m) * Σ [ (h(xᵢ) - yᵢ) * xᵢ,j ]`", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=24,
           why="the average cost's gradient, m examples (one here)"),
    # ---- the stored "Backward Propagation and Gradient Descent Explained": \left. ... \right|_{w=w_{\text{old}}},
    # Y_{\text{pred}}^{(k,i)} sample k and class i, \text{Loss}^{(k)}, Kronecker's \delta_{ij}, a chain continued in a
    # block that begins "=", an indented $$ in a list ----------------------------------------------------------------
    Public("bpe-update", _BPE, "b24_bpe", "b24_bpe",
           "$$\nw_{\\text{new}} = w_{\\text{old}} - \\alpha \\left.\\frac{\\partial L}{\\partial w}\\right|_{w=w_{\\text{old}}}\n$$",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=24,
           why="\"Consider a weight w\": the first one here"),
    Public("bpe-chain", _BPE, "b24_bpe", "b24_bpe",
           "$$\n\\frac{\\partial L}{\\partial W_2} = \\frac{\\partial L}{\\partial a_2} \\cdot \\frac{\\partial a_2}{\\partial"
           " z_2} \\cdot \\frac{\\partial z_2}{\\partial W_2}\n$$", ((C,),),
           (Twin("gradient", "W2[{i},{j}]", ("(a2[{i}] - t[{i}])*a1[{j}]",), _IJ2),), batch=24),
    Public("bpe-softmax", _BPE, "b24_bpe", "b24_bpe",
           "   $$\n   Y_{\\text{pred}}^{(k,i)} = \\frac{e^{Z_2^{(k,i)}}}{\\sum_{j=1}^{C} e^{Z_2^{(k,j)}}}\n   $$", ((C,),),
           (Twin("value", "a2[{i}]", ("exp(z2[{i}])/(exp(z2[0]) + exp(z2[1]))",), _I2),), batch=24,
           why="indented in its list item"),
    Public("bpe-dLoss-dYpred", _BPE, "b24_bpe", "b24_bpe",
           "$$\n\\frac{\\partial \\text{Loss}^{(k)}}{\\partial Y_{\\text{pred}}^{(k,j)}} = -\\frac{Y^{(k,j)}}{Y_{\\text{pred}}^{(k,j)}}\n$$",
           ((C,),), (Twin("value", "-t[{j}]/a2[{j}]", ("-t[{j}]/a2[{j}]",), _J2),), batch=24,
           why="the derivative by a softmax output, a value claim"),
    Public("bpe-softmax-jacobian", _BPE, "b24_bpe", "b24_bpe",
           "$$\n\\frac{\\partial Y_{\\text{pred}}^{(k,j)}}{\\partial Z_2^{(k,i)}} = Y_{\\text{pred}}^{(k,j)} (\\delta_{ij} -"
           " Y_{\\text{pred}}^{(k,i)})\n$$", ((C,),), (Twin("value", _KRON, (_KRON,), _IJ2),), batch=24,
           why="a derivative of the output, not of the loss; \\delta_{ij} Kronecker's"),
    Public("bpe-dz-sum", _BPE, "b24_bpe", "b24_bpe",
           "$$\n\\frac{\\partial \\text{Loss}^{(k)}}{\\partial Z_2^{(k,i)}} = \\sum_{j=1}^{C} \\left("
           " -\\frac{Y^{(k,j)}}{Y_{\\text{pred}}^{(k,j)}} \\right) \\cdot Y_{\\text{pred}}^{(k,j)} (\\delta_{ij} -"
           " Y_{\\text{pred}}^{(k,i)})\n$$", ((C,),), (Twin("gradient_z", "z2[{i}]", (_SOFTMAX_CHAIN,), _I2),),
           batch=24),
    Public("bpe-dz-result", _BPE, "b24_bpe", "b24_bpe",
           "$$\n\\frac{\\partial \\text{Loss}^{(k)}}{\\partial Z_2^{(k,i)}} = -Y^{(k,i)} + Y_{\\text{pred}}^{(k,i)}\n$$\n\n"
           "$$\n= Y_{\\text{pred}}^{(k,i)} - Y^{(k,i)}\n$$", ((C, C),),
           (Twin("gradient_z", "z2[{i}]", ("-t[{i}] + a2[{i}]", "a2[{i}] - t[{i}]"), _I2),), batch=24,
           why="a chain continued in the next block, which begins with \"=\""),
]
