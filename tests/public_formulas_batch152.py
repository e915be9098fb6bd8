r"""Batch 152 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on derivations as
students hand them in: Markdown notes, lessons and posts deriving dL/dW of a 2-layer network with sigmoid, ReLU and
linear layers, in matrix form, with deltas and worked numbers, and two NumPy scripts whose updates drop the weights;
every address a stored file whose repository the index does not name): a Markdown post deriving a two-layered
network after CS231n's notes (stored file 31887972466: boxed $$ results on rows, \sum_{0} for the sum over axis 0,
\nabla f(Y), then its NumPy implementation with a loss line that is not its loss), two NumPy scripts of one author
(stored files 9726160785 and 8848626740: a linear and a sigmoid version of the same backward pass with its numbers,
delta2 = z - t in both and W = -eta*grad_W, the weights dropped), German Markdown notes on a NumPy network (stored
file 15394103238: four-space indented $$ lines, ^\top, * and \circ, \frac{1}{m} * \sum, each display followed by
its Python lines), a course unit's notes (stored file 58669325911: worked examples to four digits in list items and
indented $$ displays, [ ] as grouping, a bmatrix example with W^{[1]}_{\text{new}}), a Spanish study module (stored
file 25375319948: its derivation "a mano" of a 2-layer network, chains ending in = \delta_2, three \odot factors), a
Chinese article (stored file 32589029912: a worked chain to three digits with \mathbf results and a +0.296, then the
matrix form on rows with \qquad \in \mathbb{R}^{m \times n_2} after each gradient) and French Q&A revision notes
(stored file 36911843712: a one-neuron example, y_{\text{prévu}} and y_{\text{réel}} with accents inside \text, the
steps \Delta w_1 and \Delta b added with \leftarrow). Copied verbatim, typos and mistakes included (the JSON-escaped
text of the stored files decoded; each formula with what surrounds it on its line: a display's indentation and
trailing spaces, a list item's label, a boxed line's trailing \\ in an align block; where a display spans lines,
its formula's line alone), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d names and the code's dY1, dW1
as the gradients, transposed where the samples are rows, "dW1" = "grad(W1[:, :]).T"; the scripts' y the HIDDEN
outputs and t the target, as x.dot(V) names them; the deltas named as the sums' gradients, \delta^{[l]} =
"grad(z{l}[:])", as the pages define them; the French notes' \Delta w_1 = "-eta*grad(W1[0, 0])", the step added),
a network of the kind the page describes (with the page's numbers where it gives them: the scripts' V = W = [[0.1,
0.3], [0.2, 0.4]], x = [1, 0.5], t = [1, 0], eta = 0.005; the course unit's x = 0.5, y = 1, w_1 = 0.3, b_1 = 0.1,
w_2 = 0.7, b_2 = 0.2, eta = 0.5 and its example 3's X = [1.0, 0.5], W^{[1]} = [[0.2, 0.4], [0.3, 0.1]], b^{[1]} =
[0.1, 0.2], W^{[2]} = [0.5, 0.6], b^{[2]} = 0.3, eta = 0.1; the Chinese x = 2.0, y = 1.0, w_1 = 0.5, w_2 = -1.0, b = 0,
eta = 0.1; the French x_1 = 2, w_1 = 0.5, b = 0, y = 1, eta = 0.1; all in tests/public_formulas_batch152_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed
before check was. A derivative by an output (dL/dH^1, dL/da_1, dL/da_2, dA1, dJ/dy_prévu), a sigmoid's slope
(dy_prévu/dz), a delta or a dL/dz with numbers (delta_2, delta_1, delta^{[2]}, the Chinese dL/dz_2 and dL/dz_1, as
the oracle's gradient_z twin takes no numbers), a step (\Delta w_1), a forward line (y = sigmoid(x.dot(V))) and a
loss's definition (L = 2 * np.mean(y_pred - y)) are twinned as values, as in batches 14 to 148.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 152

The batch: 58 formulas from 8 addresses (the CS231n-style post 8, the linear script 6, the sigmoid script 6, the
German notes 8, the course unit 8 (example 2: 5, example 3: 3), the Spanish module 7, the Chinese article 8 (the
worked example 6, the matrix form 2), the French notes 7). 40 are LaTeX in Markdown (the post's 5 boxed lines, the
German notes' 5, the course unit's 8, the Spanish 7, the Chinese 8, the French 7), 18 code (Python/NumPy: the
post's 3, the scripts' 12, the German notes' 3). By what they claim: 20 gradients (weights and biases), 11 sums'
gradients (deltas, dZ), 9 updates, 17 values (derivatives by outputs, deltas with numbers, a step, a forward line, a
loss line), and one mistyped.

9 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the post's cs-loss, L = 2 * np.mean(y_pred - y): twice the mean of the differences, where the post defines and
  differentiates L = 1/N sum_ij (y_hat_ij - y_ij)^2 (its code's dy_pred = 2*(y_pred - y) is that loss's);
- the linear script's kl-uw and kl-uv, W = -eta*grad_W and V = -eta*grad_V: the new weights are the step alone, the
  weights dropped (W - eta*grad_W was meant);
- the sigmoid script's ks-d2, delta2 = z - t, kept from the linear script: under its half squared error (the linear
  version's, the script naming none) the sigmoid outputs' slope z(1 - z) is missing (z - t would be the
  cross-entropy's); and its ks-uw, the same update slip;
- the German notes' de-d2, \delta^{[2]} = \hat{y} - y, and their code's de-dz2c, dZ2 = self.A2 - y: the
  cross-entropy's output gradient under the notes' mean squared error through a sigmoid output (2 (y_hat - y)
  y_hat (1 - y_hat) for one sample);
- the French notes' fr-up, w_1 \leftarrow w_1 -\eta \cdot \frac{\partial J}{\partial w_1} = -\eta \cdot ...: the
  second member is the step alone, w_1 dropped;
- the French notes' fr-b, b \leftarrow b + \Delta b = 0 + 0.0052 = 0.0052: the step 0.0052 carried as an operand is
  mis-rounded (the true 0.0052877, and the page's own -0.1 (-0.269) 0.196 = 0.0052724, are 0.0053 to its digits);
  written as the result it is within one unit (the oracle's rule for numbers);
- mistyped (unreadable): the German notes' de-d1, \delta^{[1]} = ({w^{[2]}}^\top * \delta^{[2]}) \circ
  \phi(Z^{[1]}): w^{[2]} in lower case, a name the notes never give (W^{[2]} was meant; unreadable="w^{[2]}"),
  mistaken besides (\phi, the ReLU itself, where its slope was meant).

Not mistaken, though they look it: the lines after a wrong delta (ks-gw, ks-d1, ks-gv in delta2, de-dw2, de-db2,
de-dw1, de-da1, de-w1 in \delta^{[2]} or dZ2: each names the sums' gradient, right as written in it, wrong only
through the line that computes it); the post's \sum_{0} (its own note: the sum along axis 0, over the samples);
the German \frac{1}{m} * (\delta^{[1]} * X) without a transpose (X the samples' rows, as the code's X.T in Z1
shows); the course unit's -0.0307 (= -0.0613 x 0.5 = -0.03065 rounded up; the true -0.030653) and its example 3's
-0.0189 (from rounded numbers; the true -0.018834, one unit off); the Chinese -0.296 x 0.731 = -0.217 (the true
-0.21653); the French 0.196 for the slope (the true 0.19661: one unit) and 0.0105, 0.5105 (the true 0.010575,
0.510575).

What was left out: the post's chain-rule displays in align blocks (&= steps, one member a line), its MSE derivative
ending in \frac{2}{N} (\hat y - y) (an align's last line), its ReLU special case \frac{\partial L}{\partial H^1}
\odot 1(H^1) (an align's line), \frac{\partial L}{\partial X} (not a parameter's), the code's other gradients and
updates (the same as those taken); the scripts' forward lines but one and their print lines; the German notes'
forward displays (a^{[1]} = W^{[1]} x + b^{[1]}, a slip naming the sum a^{[1]}), the MSE definition, the code's dZ1 =
dA1 * fn.relu(self.Z1, True) (a helper called with a flag, which no notation names), db lines and the other
updates, the \theta^{t+1} \leftarrow \theta^t - \alpha \Delta f(\theta^t) line (no parameter); the course unit's
perceptron and example 1 (one neuron), example 2's forward lines, loss and b-derivatives, its update table (table
cells), example 3's forward bmatrix lines and its \delta^{[1]} bmatrix line (a column written by numbers, twinned
neither as a rule nor as a value), the momentum and Adam lines; the Spanish module's code (its SimpleNet trains
with dz2 = a2 - y_true while the test around it prints the mean squared error: no one loss) and the boxed
plain-text summary (Unicode subscripts inside box-drawing characters); the Chinese article's dL/db (the same chain
as dw_2's), its update table, the matrix form's other four displays (the same shape as those taken), its code;
the French notes' loss and forward lines, \Delta w_1's and \Delta b's symbolic definitions and \Delta b's numbers
(the same chain as \Delta w_1's). Pages read and not taken: a Chinese article on large models (stored file
9005234425: its example's w_3 \cdot z_3 names a third hidden unit its 3-2-1 network lacks), a homework report of
cs-b551's assignment a5 (stored file 10953599883: X_1 \cdot W_1 on rows with column-form gradients, (\hat{Y} - Y)
\cdot X_2^T, whose sizes fit no network of the report), and stored files an earlier batch used (a Markdown
derivation by Ahammad Nafiz, a walkthrough learning y = x_1 + x_2, a sigmoid script with W = [[3,4],[2,3]], and
repositories such as gauravreddy08/everything-from-scratch, vikram-niit/AI, physicsd00d/cs224d).

Two things a teacher could not write for these pages (said here, not fixed): the post's H^1, the hidden outputs
(load_notation refuses "H^{1}" and "H^{l}" as a pattern: "the function has no argument at 'H'", H being
Heaviside's step), so the notation leaves it unnamed; and the post's \nabla f, the slope of f (functions = {
"\\nabla f" = "relu' at input" } is refused: a derivative word must be letters, digits and underscores), so the
notation declares f = "relu" alone.

Collected on 2026-12-07 (14:56 to 15:03 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
7 of 10 loaded as first written; the data tables' x and y were first written flat (fixed: [[...]]), and the post's
notation twice refused (its \nabla f declaration, then its H^{1} pattern: both dropped, as above). The oracle's
first run passed every verdict but two: fr-dw's value twin named eta (a value's truth is evaluated without the
rate's name: 0.1 written out), and fr-b's middle member, which I had expected correct and the oracle found wrong:
by the arithmetic (0.1 x 0.268941 x 0.196612 = 0.0052877, and the page's own numbers give 0.0052724) the operand
0.0052 is mis-rounded, so the expectation was mine to fix, not the twin.

Run blind at main baf64a5 (/work/READY_FOR_BLIND59; src/ as at 1538989, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (as it came): 51 of 58 read with every verdict
right (88%), 4 refused, 2 misread, no typo refused, 1 typo read, no crash, NO WRONG FORMULA CALLED CORRECT. The two
misreadings were my twins' slip, not the reader's: zs-dz2 and zs-dz1 ("expected (('correct', 'correct', 'correct',
'correct'),), got (('correct', 'correct', 'correct'),)") were transcribed with four members where their chains have
three after the left side (dL/da_2 \cdot da_2/dz_2 = -1.350 \times 0.219 = -0.296: I had doubled the symbolic
member); corrected to three (the oracle agreeing) and run once more (/work/batch152_blind.txt): 53 of 58 read with
every verdict right (91%), 4 refused, no misreading, no typo refused, 1 typo read, no crash, NO WRONG FORMULA CALLED
CORRECT. tests/test_public_formulas_held_out.py -k b152- passed after the rebase (115 tests), check's
never-wrong-called-correct test included.

Of the 9 mistaken formulas, all 9 were read with their wrong member called wrong: cs-loss (2 * np.mean(y_pred - y)
for the squared error), kl-uw, kl-uv and ks-uw (the step alone as the new weights), ks-d2 (z - t missing the sigmoid
outputs' slope), de-d2 and de-dz2c (the cross-entropy's y_hat - y under the MSE), fr-up (the update's second member
the step alone), fr-b (its middle member's mis-rounded 0.0052). By page (the second run): the CS231n-style post 4 of
8 (4 refused), the linear script 6 of 6, the sigmoid script 6 of 6, the German notes 7 of 8 (and its typo read,
called wrong), the course unit 8 of 8, the Spanish module 7 of 7, the Chinese article 8 of 8 (6 of 8 in the first
run), the French notes 7 of 7.

The refusals and the typo by construct, with the exact message:

- H^1, the post's hidden outputs, a name no notation can give (load_notation refuses the pattern "H^{1}": H is
  Heaviside's step), so its three formulas that write it are refused: cs-dh, cs-dw2 and cs-dy1, each "formula
  '\\frac{\\partial L}{\\partial H^1} = \\frac{\\partial L}{\\part...': H^{1} matches none of the notation's patterns
  for H ('H1')" (cs-dw2's and cs-dy1's quoting their own starts). The refusal names the fault (H^{1} unnamed, its
  code's H1 named), but a teacher has no way to name it: the loader's refusal of H as a pattern's base is the gap,
  not the page's nor the notation's.
- \sum_{0}, the post's sum along axis 0 (its own note: over the samples): cs-db2, "formula '\\frac{\\partial
  L}{\\partial b^2} = \\sum_{0} \\frac{\\partial...': expected the index letter of the sum at '0' (position 41)".
- the typo: de-d1, ({w^{[2]}}^\top * \delta^{[2]}) \circ \phi(Z^{[1]}) with a lower-case w^{[2]} the notes never
  name, read (not refused) and called wrong, which it is besides (\phi for \phi'): "typo read ... got
  (('wrong',),)" (blind_batch.py counts it as read where the entry expects the refusal naming w^{[2]}).

Read, among the constructs these pages brought: boxed $$ lines with {W^2}^T and an align's trailing \\ (cs-dw1 read
with X^T on rows), np.mean and a comparison (H1 > 0) in code; .dot and .T on rows with y the hidden outputs and t the
target, and updates that drop the weights (called wrong); four-space indented $$ lines with two trailing spaces,
^\top, * as a product, \frac{1}{m} * \sum without bounds, and the self. code under them; list items with a label
before an inline $...$, [ ] as grouping, \approx, a bmatrix row times a number and W^{[1]}_{\text{new}} with two
bmatrices; chains ending in = \delta_2 and three \odot factors; \frac{\partial}{\partial a_2}(a_2 - y)^2 as an
operator, \mathbf results with a +, \qquad \in \mathbb{R}^{m \times n_2} after a gradient; y_{\text{prévu}} with an
accent in \text, \Delta w_1 and \Delta b steps added with \leftarrow, an update's second member the step alone
(called wrong) and a mis-rounded operand (called wrong).

Which look general: \sum_{0} (a sum whose subscript is an axis number, not an index: NumPy's axis written as LaTeX,
as derivations after CS231n write it) and a notation's H (any page naming a quantity H, H^1, H_1 — a hidden layer's
outputs are often H — cannot be given a meaning: the loader takes H as Heaviside's step even where the notation
would give it one); the typo read is page-specific (a lower-case w^{[2]} beside W^{[2]}).
After the session's fixes (session 37, lead): load_notation took the H of a pattern "H^{1}" for Heaviside's step
(refused: "the function has no argument"), so the CS231n post's notation named H1 only and its three entries writing
H^1 were refused (cs-dh, cs-dw2, cs-dy1). A pattern named with a function word's letter and its scripts loads now
(tests/test_reading_constructs_lead37.py), and b152_cs names "H^{1}" as a teacher would have from the start: 55 of 58
now; as it came, 51 of 58 (88%), 53 (91%) with its collector's twins corrected, the count the README's first-run
column keeps.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch152_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CS = _STORED.format(31887972466, "# Backpropagate a Two-layered Neural Network from Scratch",
                     "a Markdown post deriving the backward pass of a two-layered network after CS231n's notes, "
                     "boxed $$ displays and a NumPy implementation")
_KL = _STORED.format(9726160785, "import numpy as np",
                     "a short NumPy script of one backward pass through two linear layers, with its numbers")
_KS = _STORED.format(8848626740, "import numpy as np",
                     "the same author's script with sigmoid layers, the same lines otherwise")
_DE = _STORED.format(15394103238, "# Neuronal Network using Numpy  ",
                     "Markdown notes in German on a NumPy network, $$ displays each followed by its Python lines")
_U = _STORED.format(58669325911, "# Unit I \u2014 Neural Network Foundations",
                    "a course unit's Markdown notes with worked backpropagation examples to four digits")
_ES = _STORED.format(25375319948, "# M\u00f3dulo 07 - Deep Learning",
                     "a Spanish study module's Markdown, its derivation 'a mano' of a 2-layer network")
_ZH = _STORED.format(32589029912, "## \u4e00\u4e2a\u53e4\u8001\u7684\u95ee\u9898\uff1a\u8c01\u7684\u8d23\u4efb\uff1f",
                     "a Chinese Markdown article on backpropagation, a worked example to three digits with "
                     "\\mathbf results and a matrix form with \\in \\mathbb{R} sizes")
_FR = _STORED.format(36911843712, "<!-- ",
                     "French Q&A revision notes in Markdown, a one-neuron example worked in numbers")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))

# the post's 3-4-2 network (ReLU hidden, linear outputs, the squared error summed over the outputs): dL/d a1[j],
# dL/dz1[j]
_CS_DH = "(" + " + ".join(f"2*(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2)) + ")"
_CS_D1 = f"{_CS_DH}*Heaviside(z1[{{j}}])"

# the first script's linear 2-2-2 network under half the squared error: dL/dz1[j]
_KL_D1 = "(" + " + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2)) + ")"

# the second script's sigmoid 2-2-2 network under half the squared error: dL/dz2[k], dL/dz1[j]
_KS_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_KS_D1 = ("(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
          + ")*a1[{j}]*(1 - a1[{j}])")

# the German notes' 2-3-1 network (ReLU hidden, sigmoid output, the squared error): dL/dz2, dL/dz1[j]
_DE_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DE_D1 = f"W2[0,{{j}}]*{_DE_D2}*Heaviside(z1[{{j}}])"

# the course unit's 1-1-1 and 2-2-1 sigmoid networks under the binary cross-entropy: dL/dz1
_U2_D1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"
_U3_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# the Spanish 2-3-1 sigmoid network under the binary cross-entropy: dL/dz1[j]
_ES_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"

# the Chinese 1-1-1 example under L = (a_2 - y)^2: dL/dz2, dL/dz1; its 2-4-1 matrix form: dL/dz2, dL/dz1[j]
_ZS_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ZS_D1 = f"{_ZS_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_ZM_D2 = "2/1*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ZM_D1 = f"{_ZM_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the French one-neuron example under J = 1/2 (y_prevu - y_reel)^2: dJ/dz
_FR_G = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

ENTRIES = [
    # ---- the CS231n-style post: boxed results in $$ displays (one line each, the box's line; the last in an
    # align, its \\ kept), then its NumPy code (rows): a loss line that is not the loss, the ReLU's mask, -= lr ---
    Public("k52-cs-dh", _CS, "b152_cs", "b152_cs",
           "\\boxed{\\frac{\\partial L}{\\partial H^1} = \\frac{\\partial L}{\\partial \\hat y} {W^2}^T}", ((C,),),
           (Twin("value", _CS_DH, (_CS_DH,), _J4),), batch=152,
           why="the derivative by the hidden outputs, a value; {W^2}^T the transpose of a braced W^2; H^1 the "
               "hidden outputs (a name the notation cannot give: H is Heaviside's step to the loader)"),
    Public("k52-cs-dw2", _CS, "b152_cs", "b152_cs",
           "\\boxed{\\frac{\\partial L}{\\partial W^2} = {H^1}^T \\frac{\\partial L}{\\partial \\hat y}}", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*2*(a2[{k}] - y[{k}])",), _K2J4),), batch=152,
           why="W^2 input-first (4 x 2): {H^1}^T times dL/dy_hat, the rows' product"),
    Public("k52-cs-db2", _CS, "b152_cs", "b152_cs",
           "\\boxed{\\frac{\\partial L}{\\partial b^2} = \\sum_{0} \\frac{\\partial L}{\\partial \\hat y}}", ((C,),),
           (Twin("gradient", "b2[{k}]", ("2*(a2[{k}] - y[{k}])",), _K2),), batch=152,
           why="\\sum_{0}: the sum along axis 0 (over the samples, one here), the page's own note"),
    Public("k52-cs-dy1", _CS, "b152_cs", "b152_cs",
           "\\boxed{\\frac{\\partial L}{\\partial Y^1} = \\frac{\\partial L}{\\partial H^1} \\odot \\nabla f(Y)}",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_CS_D1,), _J4),), batch=152,
           why="\\nabla f(Y) the slope of f (the ReLU) at the sums, 'the gradient of f evaluates at matrix Y' "
               "(Y without its superscript: the page's); \\odot the entrywise product"),
    Public("k52-cs-dw1", _CS, "b152_cs", "b152_cs",
           "\\boxed{\\frac{\\partial L}{\\partial W^1} = X^T \\frac{\\partial L}{\\partial Y^1}} \\\\", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CS_D1}",), _J4I3),), batch=152,
           why="a line of an align block, its trailing \\\\ kept"),
    Public("k52-cs-loss", _CS, "b152_cs", "b152_cs", "L = 2 * np.mean(y_pred - y)", ((W,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("2*((a2[0] - y[0]) + (a2[1] - y[1]))/2",)),),
           batch=152,
           why="the code's loss line: twice the mean of the differences, not the mean squared error the page "
               "defines (L = 1/N sum_ij (y_hat_ij - y_ij)^2) and differentiates (the code's slip)"),
    Public("k52-cs-dy1c", _CS, "b152_cs", "b152_cs", "dY1 = dH1 * (H1 > 0)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_CS_DH}*Heaviside(a1[{{j}}])",), _J4),), batch=152,
           why="the ReLU's mask written on the outputs, (H1 > 0) a comparison; dH1 the hidden outputs' gradient"),
    Public("k52-cs-w1", _CS, "b152_cs", "b152_cs", "W1 -= lr * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_CS_D1}",), _J4I3),), batch=152,
           why="lr = 1e-6, the code's"),
    # ---- the first NumPy script (linear layers, rows, its numbers): delta2 = z - t, .dot and .T, and two "updates"
    # that assign the step alone, the weights dropped ---------------------------------------------------------------
    Public("k52-kl-d2", _KL, "b152_kl", "b152_kl", "delta2 = z - t", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=152,
           why="z the outputs, t the targets: half the squared error's output gradient (no activation)"),
    Public("k52-kl-gw", _KL, "b152_kl", "b152_kl", "grad_W = y.T.dot(delta2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - y[{k}])",), _K2J2),), batch=152,
           why="y the hidden outputs (x.dot(V)), not the target"),
    Public("k52-kl-d1", _KL, "b152_kl", "b152_kl", "delta1 = delta2.dot(W.T)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KL_D1,), _J2),), batch=152, why="linear hidden units: no slope"),
    Public("k52-kl-gv", _KL, "b152_kl", "b152_kl", "grad_V = x.T.dot(delta1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_KL_D1}",), _J2I2),), batch=152),
    Public("k52-kl-uw", _KL, "b152_kl", "b152_kl", "W = -eta*grad_W", ((W,),),
           (Twin("update", "W2[{k},{j}]", ("-eta*a1[{j}]*(a2[{k}] - y[{k}])",), _K2J2),), batch=152,
           why="the new W is the step alone: W - eta*grad_W was meant (the script's slip; W = [[0.1, 0.3], [0.2, "
               "0.4]] is lost)"),
    Public("k52-kl-uv", _KL, "b152_kl", "b152_kl", "V = -eta*grad_V", ((W,),),
           (Twin("update", "W1[{j},{i}]", (f"-eta*x[{{i}}]*{_KL_D1}",), _J2I2),), batch=152,
           why="the same slip for V"),
    # ---- the second NumPy script (sigmoid layers): the same delta2 = z - t, now missing the output's slope under
    # the first script's loss; sigmoid_dash; the same update slip ------------------------------------------------
    Public("k52-ks-y", _KS, "b152_ks", "b152_ks", "y = sigmoid(x.dot(V))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J2),), batch=152,
           why="the forward line, a value (the script's own sigmoid, no biases)"),
    Public("k52-ks-d2", _KS, "b152_ks", "b152_ks", "delta2 = z - t", ((W,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=152,
           why="kept from the linear script: under its half squared error the sigmoid outputs' slope z(1 - z) "
               "is missing (z - t would be the cross-entropy's; the script names no loss, and its first version's "
               "is the squared error)"),
    Public("k52-ks-gw", _KS, "b152_ks", "b152_ks", "grad_W = y.T.dot(delta2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_KS_D2}",), _K2J2),), batch=152,
           why="delta2 the output sums' gradient, as named; right as written in it"),
    Public("k52-ks-d1", _KS, "b152_ks", "b152_ks", "delta1 = delta2.dot(W.T) * sigmoid_dash", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KS_D1,), _J2),), batch=152,
           why="sigmoid_dash = y*(1-y), the hidden outputs' slope (the line before)"),
    Public("k52-ks-gv", _KS, "b152_ks", "b152_ks", "grad_V = x.T.dot(delta1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_KS_D1}",), _J2I2),), batch=152),
    Public("k52-ks-uw", _KS, "b152_ks", "b152_ks", "W = -eta*grad_W", ((W,),),
           (Twin("update", "W2[{k},{j}]", (f"-eta*a1[{{j}}]*{_KS_D2}",), _K2J2),), batch=152,
           why="the step alone, the weights dropped (the script's slip, as in its first version)"),
    # ---- the German notes (four-space indented $$ lines, two trailing spaces on some, ^\top, * and \circ, a sum
    # without bounds; the code lines under them): the cross-entropy's delta under the MSE, a typo with phi for phi'
    Public("k52-de-d2", _DE, "b152_de", "b152_de", "    \\delta^{[2]} = \\hat{y} - y  ", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=152,
           why="the cross-entropy's output gradient under the notes' mean squared error through a sigmoid output "
               "(dL/dz2 = 2 (y_hat - y) y_hat (1 - y_hat) for one sample): the notes' slip"),
    Public("k52-de-dw2", _DE, "b152_de", "b152_de",
           "    \\frac{\\partial \\mathcal{L}}{\\partial W^{[2]}} = \\delta^{[2]} * (a^{[1]})^\\top", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_DE_D2}*a1[{{j}}]",), _J3),), batch=152,
           why="delta^{[2]} the output sum's gradient, as named; * a column times a row; a^{[1]} the hidden "
               "outputs (the notes' a^{[1]} = W^{[1]} x + b^{[1]} a line before is their slip, not taken)"),
    Public("k52-de-db2", _DE, "b152_de", "b152_de",
           "    \\frac{\\partial \\mathcal{L}}{\\partial b^{[2]}} = \\frac{1}{m} * \\sum \\delta^{[2]}", ((C,),),
           (Twin("gradient", "b2[0]", (f"1/1*{_DE_D2}",)),), batch=152,
           why="\\sum without bounds: over the samples (one here)"),
    Public("k52-de-d1", _DE, "b152_de", "b152_de",
           "    \\delta^{[1]} = ({w^{[2]}}^\\top * \\delta^{[2]}) \\circ \\phi(Z^{[1]}) ", unreadable="w^{[2]}",
           batch=152,
           why="w^{[2]}, lower case, a name the notes never give (W^{[2]} was meant: the notes' typo); mistaken "
               "besides: \\phi(Z^{[1]}), the ReLU itself where its slope was meant (the code's fn.relu(self.Z1, "
               "True))"),
    Public("k52-de-dw1", _DE, "b152_de", "b152_de",
           "    \\frac{\\partial \\mathcal{L}}{\\partial W^{[1]}} =\\frac{1}{m} * (\\delta^{[1]} * X)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_DE_D1}*x[{{i}}]",), _J3I2),), batch=152,
           why="X the samples' rows (the code's np.dot(self.W1, X.T)): delta^{[1]} times X, no transpose needed"),
    Public("k52-de-dz2c", _DE, "b152_de", "b152_de", "    dZ2 = self.A2 - y", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=152,
           why="the same slip in the code under it"),
    Public("k52-de-da1", _DE, "b152_de", "b152_de", "    dA1 = np.dot(self.W2.T, dZ2)", ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_DE_D2}", (f"W2[0,{{j}}]*{_DE_D2}",), _J3),), batch=152,
           why="dZ2 the output sum's gradient, as named; dA1 the hidden outputs', a value"),
    Public("k52-de-w1", _DE, "b152_de", "b152_de", "    self.W1 -= self.lr * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_DE_D1}*x[{{i}}]",), _J3I2),), batch=152,
           why="dW1 = (1 / m) * np.dot(dZ1, X), the weights' gradient, as named"),
    # ---- the course unit's examples (three-space indented $$ displays and list items with inline $...$, four
    # digits, \times, [ ] as brackets, \approx; example 3 in bmatrix with W^{[1]}_{\text{new}}) --------------------
    Public("k52-u2-d2", _U, "b152_u2", "b152_u2",
           "   $$\\delta_2 = \\frac{\\partial \\mathcal{L}}{\\partial z_2} = a_2 - y = 0.6442 - 1.0 = -0.3558$$",
           ((C, C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]", "=0.6442 - 1.0", "=-0.3558")),),
           batch=152, why="delta_2 = dL/dz_2, the page's definition, a value (sigmoid with the cross-entropy)"),
    Public("k52-u2-w2", _U, "b152_u2", "b152_u2",
           "   - Weight derivative: $\\frac{\\partial \\mathcal{L}}{\\partial w_2} = \\delta_2 \\cdot a_1 = -0.3558 "
           "\\times 0.5622 = -0.2000$", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "=-0.3558*0.5622", "=-0.2000")),), batch=152,
           why="a list item with its label before the inline formula"),
    Public("k52-u2-d1", _U, "b152_u2", "b152_u2",
           "   $$\\delta_1 = (\\delta_2 \\cdot w_2) \\times \\sigma'(z_1) = (\\delta_2 \\cdot w_2) \\times [a_1 (1 - "
           "a_1)]$$", ((C, C),), (Twin("value", _U2_D1, (_U2_D1, _U2_D1)),), batch=152,
           why="square brackets as grouping, \\times a product of numbers (one unit each)"),
    Public("k52-u2-d1n", _U, "b152_u2", "b152_u2",
           "   $$\\delta_1 = -0.2491 \\times [0.5622 \\times 0.4378] = -0.2491 \\times 0.2461 \\approx -0.0613$$",
           ((C, C, C),),
           (Twin("value", _U2_D1, ("=-0.2491*0.5622*0.4378", "=-0.2491*0.2461", "=-0.0613")),), batch=152),
    Public("k52-u2-w1", _U, "b152_u2", "b152_u2",
           "   - Weight derivative: $\\frac{\\partial \\mathcal{L}}{\\partial w_1} = \\delta_1 \\cdot x = -0.0613 "
           "\\times 0.5 = -0.0307$", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_U2_D1}*x[0]", "=-0.0613*0.5", "=-0.0307")),), batch=152,
           why="-0.03065 rounded up (the true -0.030653 to four digits is -0.0307)"),
    Public("k52-u3-d2", _U, "b152_u3", "b152_u3", "   $$\\delta^{[2]} = a^{[2]} - y = 0.7294 - 1.0 = -0.2706$$",
           ((C, C, C),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.7294 - 1.0", "=-0.2706")),),
           batch=152, why="example 3's output delta, a value"),
    Public("k52-u3-w2", _U, "b152_u3", "b152_u3",
           "   $$\\frac{\\partial \\mathcal{L}}{\\partial W^{[2]}} = \\delta^{[2]} \\cdot (a^{[1]})^T = -0.2706 \\times "
           "\\begin{bmatrix} 0.6225 & 0.6341 \\end{bmatrix} = \\begin{bmatrix} -0.1684 & -0.1716 \\end{bmatrix}$$",
           ((C, C, C),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]", "=-0.2706*np.array([[0.6225, 0.6341]])",
                                           "=np.array([[-0.1684, -0.1716]])"), _J2),), batch=152,
           why="a number times a bmatrix row, a bmatrix result"),
    Public("k52-u3-up", _U, "b152_u3", "b152_u3",
           "   $$W^{[1]}_{\\text{new}} = W^{[1]} - \\eta \\frac{\\partial \\mathcal{L}}{\\partial W^{[1]}} = "
           "\\begin{bmatrix} 0.2 & 0.4 \\\\ 0.3 & 0.1 \\end{bmatrix} - 0.1 \\begin{bmatrix} -0.0318 & -0.0159 \\\\ "
           "-0.0377 & -0.0189 \\end{bmatrix} = \\begin{bmatrix} 0.2032 & 0.4016 \\\\ 0.3038 & 0.1019 \\end{bmatrix}$$",
           ((C, C, C),),
           (Twin("update", "W1[{j},{i}]",
                 (f"W1[{{j}},{{i}}] - eta*{_U3_D1}*x[{{i}}]",
                  "=np.array([[0.2, 0.4], [0.3, 0.1]]) - 0.1*np.array([[-0.0318, -0.0159], [-0.0377, -0.0189]])",
                  "=np.array([[0.2032, 0.4016], [0.3038, 0.1019]])"), _J2I2),), batch=152,
           why="W^{[1]}_{\\text{new}} the new weights; -0.0189 is -0.0377 x 0.5 rounded from rounded numbers (the "
               "true -0.018834: one unit in the last digit)"),
    # ---- the Spanish derivation ($$ displays, subscripted layers, ^T, \odot, a chain ending in = \delta_1) -------
    Public("k52-es-dz2", _ES, "b152_es", "b152_es", "$$\\frac{\\partial L}{\\partial z_2} = \\hat{y} - y = \\delta_2$$",
           ((C, C),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=152,
           why="the chain ends in the name it defines"),
    Public("k52-es-dw2", _ES, "b152_es", "b152_es", "$$\\frac{\\partial L}{\\partial W_2} = \\delta_2 \\cdot a_1^T$$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=152),
    Public("k52-es-db2", _ES, "b152_es", "b152_es", "$$\\frac{\\partial L}{\\partial b_2} = \\delta_2$$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=152),
    Public("k52-es-da1", _ES, "b152_es", "b152_es", "$$\\frac{\\partial L}{\\partial a_1} = W_2^T \\delta_2$$",
           ((C,),), (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J3),), batch=152,
           why="the derivative by the hidden outputs, a value"),
    Public("k52-es-dz1", _ES, "b152_es", "b152_es",
           "$$\\frac{\\partial L}{\\partial z_1} = \\frac{\\partial L}{\\partial a_1} \\odot \\sigma'(z_1) = W_2^T "
           "\\delta_2 \\odot a_1 \\odot (1 - a_1) = \\delta_1$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{j}]", (_ES_D1, _ES_D1, _ES_D1), _J3),), batch=152,
           why="three \\odot factors, the slope written of the outputs"),
    Public("k52-es-dw1", _ES, "b152_es", "b152_es", "$$\\frac{\\partial L}{\\partial W_1} = \\delta_1 \\cdot x^T$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_ES_D1}*x[{{i}}]",), _J3I2),), batch=152),
    Public("k52-es-db1", _ES, "b152_es", "b152_es", "$$\\frac{\\partial L}{\\partial b_1} = \\delta_1$$", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ES_D1,), _J3),), batch=152),
    # ---- the Chinese article: a worked chain to three digits with \mathbf results and a +0.296, then the matrix
    # form on rows with \qquad \in \mathbb{R}^{...} after each gradient --------------------------------------------
    Public("k52-zs-da2", _ZH, "b152_zs", "b152_zs",
           "$$\\frac{\\partial L}{\\partial a_2} = \\frac{\\partial}{\\partial a_2}(a_2 - y)^2 = 2(a_2 - y) = 2(0.325 - "
           "1.0) = \\mathbf{-1.350}$$", ((C, C, C, C),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])", "2*(a2[0] - y[0])", "=2*(0.325 - 1.0)",
                                               "=-1.350")),), batch=152,
           why="the derivative by the output, a value; \\frac{\\partial}{\\partial a_2} applied to the loss written "
               "out; a bold result"),
    Public("k52-zs-dz2", _ZH, "b152_zs", "b152_zs",
           "$$\\frac{\\partial L}{\\partial z_2} = \\frac{\\partial L}{\\partial a_2} \\cdot \\frac{\\partial a_2}"
           "{\\partial z_2} = -1.350 \\times 0.219 = \\mathbf{-0.296}$$", ((C, C, C),),
           (Twin("value", _ZS_D2, (_ZS_D2, "=-1.350*0.219", "=-0.296")),), batch=152,
           why="dL/dz_2 with numbers, twinned as a value (the page's delta_2); three members after the left side (the "
               "first blind run's twin had four: the collector's slip)"),
    Public("k52-zs-w2", _ZH, "b152_zs", "b152_zs",
           "$$\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial z_2} \\cdot a_1 = -0.296 \\times "
           "0.731 = \\mathbf{-0.217}$$", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_ZS_D2}*a1[0]", "=-0.296*0.731", "=-0.217")),), batch=152,
           why="-0.296 x 0.731 is -0.2164; the true -0.21653 to three digits is -0.217"),
    Public("k52-zs-da1", _ZH, "b152_zs", "b152_zs",
           "$$\\frac{\\partial L}{\\partial a_1} = \\frac{\\partial L}{\\partial z_2} \\cdot w_2 = -0.296 \\times "
           "(-1.0) = \\mathbf{+0.296}$$", ((C, C, C),),
           (Twin("value", f"{_ZS_D2}*W2[0,0]", (f"{_ZS_D2}*W2[0,0]", "=-0.296*(-1.0)", "=0.296")),), batch=152,
           why="a bold result with its plus sign"),
    Public("k52-zs-dz1", _ZH, "b152_zs", "b152_zs",
           "$$\\frac{\\partial L}{\\partial z_1} = \\frac{\\partial L}{\\partial a_1} \\cdot \\frac{\\partial a_1}"
           "{\\partial z_1} = 0.296 \\times 0.197 = \\mathbf{0.058}$$", ((C, C, C),),
           (Twin("value", _ZS_D1, (_ZS_D1, "=0.296*0.197", "=0.058")),), batch=152,
           why="three members after the left side (the first blind run's twin had four: the collector's slip)"),
    Public("k52-zs-w1", _ZH, "b152_zs", "b152_zs",
           "$$\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial z_1} \\cdot x = 0.058 \\times 2.0 = "
           "\\mathbf{0.116}$$", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_ZS_D1}*x[0]", "=0.058*2.0", "=0.116")),), batch=152),
    Public("k52-zm-dz2", _ZH, "b152_zm", "b152_zm",
           "$$\\frac{\\partial L}{\\partial Z_2} = \\frac{2}{m}(A_2 - Y) \\odot \\sigma'(Z_2) \\qquad \\in "
           "\\mathbb{R}^{m \\times n_2}$$", ((C,),), (Twin("gradient_z", "z2[0]", (_ZM_D2,)),), batch=152,
           why="L = 1/m ||A_2 - Y||^2 on rows; the gradient's size after \\qquad \\in, not a member"),
    Public("k52-zm-dw1", _ZH, "b152_zm", "b152_zm",
           "$$\\frac{\\partial L}{\\partial W_1} = X^\\top \\cdot \\frac{\\partial L}{\\partial Z_1} \\qquad \\in "
           "\\mathbb{R}^{n_{in} \\times n_1}$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ZM_D1}",), _J4I2),), batch=152,
           why="W_1 input-first (n_in x n_1); dL/dZ_1 the hidden sums' gradient"),
    # ---- the French Q&A notes (a one-neuron example, y_{\text{prévu}} with an accent in \text, \Delta steps added):
    # an update chain whose second member drops the weight ------------------------------------------------------------
    Public("k52-fr-up", _FR, "b152_fr", "b152_fr",
           "w_1 \\leftarrow w_1 -\\eta \\cdot \\frac{\\partial J}{\\partial w_1} = -\\eta \\cdot \\frac{\\partial J}"
           "{\\partial y_{\\text{pr\u00e9vu}}} \\cdot \\frac{\\partial y_{\\text{pr\u00e9vu}}}{\\partial z} \\cdot "
           "\\frac{\\partial z}{\\partial w_1}", ((C, W),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_FR_G}*x[0]", f"-eta*{_FR_G}*x[0]")),), batch=152,
           why="the second member is the step alone, w_1 dropped (the notes' slip: the change Delta w_1 they write "
               "later)"),
    Public("k52-fr-dj", _FR, "b152_fr", "b152_fr",
           "\\frac{\\partial J}{\\partial y_{\\text{pr\u00e9vu}}} = \\frac{1}{2} \\cdot 2 \\cdot (y_{\\text{pr\u00e9vu}} - "
           "y_{\\text{r\u00e9el}}) * 1", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("1/2*2*(a1[0] - y[0])*1",)),), batch=152,
           why="the derivative by the output, a value; * beside \\cdot"),
    Public("k52-fr-dy", _FR, "b152_fr", "b152_fr",
           "\\frac{\\partial J}{\\partial y_{\\text{pr\u00e9vu}}} = y_{\\text{pr\u00e9vu}} - y_{\\text{r\u00e9el}} = 0.731 - "
           "1 = -0.269", ((C, C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.731 - 1", "=-0.269")),), batch=152),
    Public("k52-fr-dz", _FR, "b152_fr", "b152_fr",
           "\\frac{\\partial y_{\\text{pr\u00e9vu}}}{\\partial z} = y_{\\text{pr\u00e9vu}} (1 - y_{\\text{pr\u00e9vu}}) = "
           "0.731 \\cdot (1 - 0.731) = 0.196", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "=0.731*(1 - 0.731)", "=0.196")),), batch=152,
           why="the sigmoid's slope, a value; 0.196 one unit below the true 0.19661 to three digits (0.197)"),
    Public("k52-fr-dw", _FR, "b152_fr", "b152_fr",
           "$$ \\Delta w_1 = -0.1 \\cdot (-0.269) \\cdot 0.196 \\cdot 2 = 0.0105 $$", ((C, C),),
           (Twin("value", f"-0.1*{_FR_G}*x[0]", ("=-0.1*(-0.269)*0.196*2", "=0.0105")),), batch=152,
           why="the step, the amount added to w_1 (the page's 'variation de poids'), a value (eta = 0.1 written out "
               "in the twin: a value's truth is evaluated without the rate's name); the true 0.010575"),
    Public("k52-fr-w", _FR, "b152_fr", "b152_fr", "$$ w_1 \\leftarrow w_1 + \\Delta w_1 = 0.5 + 0.0105 = 0.5105 $$",
           ((C, C, C),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_FR_G}*x[0]", "=0.5 + 0.0105", "=0.5105")),), batch=152,
           why="the step added; the true 0.510575"),
    Public("k52-fr-b", _FR, "b152_fr", "b152_fr", "b \\leftarrow b + \\Delta b = 0 + 0.0052 = 0.0052", ((C, W, C),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_FR_G}", "=0 + 0.0052", "=0.0052")),), batch=152,
           why="the bias's step 0.0052 carried as an operand: the true 0.0052877 (and the page's own -0.1 (-0.269) 0.196, "
               "0.0052724) is 0.0053 to its digits, so the middle member is mis-rounded (the page's slip); written as "
               "the result, 0.0052 is within one unit"),
]
