r"""Batch 145 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on Jupyter notebooks
and homework write-ups: notebooks' code cells, a notebook's solution cells kept as JSON source strings, small
networks' gradients derived by hand with numbers, Ng-style and CS231n-style; every address a stored file whose
repository the index does not name): a Python script working one step on a three-weight chain by hand (stored file
37943289019: dL_w2 = dL_yhat * w3 * sigmoid(u * w2)*(1 - sigmoid(u * w2)) * u, new_w3 = w3 - lmb*dL_w3), the same
exercise with tanh units (stored file 37968348064: dth(u*w2)), a course's Jupyter notebook on a two-node network
(stored file 363229118: its code cells' updates, w0 = w0 - alpha*(out-target)*(w2*s2*(1-s2)*w1)*(s1*(1-s1)*s0)), a
script filling in Ng's planar-data notebook (stored file 54713337311: the solution cells as JSON source strings,
decoded: dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))), a Markdown lesson on CS229's lecture 8 (stored file
70770528341: a worked example in \[ \] displays with lists of numbers, \odot, {a^{[1]}}^\top and a bmatrix result), a
Markdown lesson "Backpropagation Math" (stored file 60907058450: aligned displays, a neuron's gradient worked in
numbers under \text{Forward Pass: } labels), a Markdown lesson in Ng's bracketed notation (stored file 49532269837:
$$ displays, := updates), a cs231n two-layer net handed in with every step commented (stored file 16996194063:
grads['W2'] = np.dot(h1.T, dscores)), a Chinese article's worked derivation of a 3-2-1 network (stored file
9175967202: $$ on lines of their own, three spaces in) and a Markdown course chapter's two-layer section (stored file
20854319133: sums over the samples with a^{[1](i)}). Copied verbatim, typos and mistakes included (the notebook's cells
and the JSON strings decoded, one backslash in the LaTeX), each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents: code's names for the gradients
and new weights, "dL_w3" = "grad(W3[0, 0])", "new_w3" = "new(W3[0, 0])"; the tanh script's dth declared "tanh' at
input"; Ng's d names as the gradients, transposed where the samples are rows, "grads['W2']" = "grad(W2[:, :]).T";
the pages' delta^{[l]} = dJ/dz^{[l]} as they define it; the CS229 example's sigma the ReLU, "\\sigma" = "relu"; the
course chapter's sample superscript (i) literal in its patterns, n = 1), a network of the kind the page describes
(with the page's numbers where it gives them: the chain scripts' x = 10, y = -1, w = 1, 2, 3 and x = 5, y = 7, w = 1,
-1, 2, lmb = 0.1; the notebook's s0 = 2, w0 = 2, w1 = 1, w2 = 0.5, target = 0.7, alpha = 0.1; CS229's x = [1, 2],
W^{[1]} = I, b^{[1]} = 0, W^{[2]} = [1, 1], b^{[2]} = 0, y = 1; the lesson's x = 2, y = 1, w = 0.5, b = 0; the
planar assignment's default rate 1.2, and 0.1 elsewhere; all in tests/public_formulas_batch145_tables.py), and its
true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. A derivative by an output or a hidden output (dL_yhat, dJ/da^{[2]}, dJ/da^{[1]}), a worked derivative by a sum
with numbers (CS229's dJ/dz^{[2]} = z^{[2]} - y = 2 and dJ/dz^{[1]} = ... = [2, 2]) and the lesson's worked
intermediate values (z, a, L, dL/da, da/dz, dz/dw) are twinned as values, as in batches 14 to 143. Formulas keep
their page's delimiters and what surrounds them on their line (a code line's indentation, a display's $$ on lines of
their own with the page's three spaces, the aligned blocks whole with their \text{} labels); what was left out is
said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 145

The batch: 55 formulas from 10 addresses (the sigmoid chain script 7, the tanh chain script 7, the two-node notebook
3, the planar notebook's solutions 8, the CS229 lesson 5, the "Backpropagation Math" lesson 3 (two networks: its
Example 1 and Example 2), the Ng-notation lesson 8, the cs231n net 4, the Chinese article 8, the course chapter 2).
By kind: 24 gradients (weights and biases), 6 deltas (dZ2, dZ1, delta^{[2]}, delta^{[1]}), 15 updates (6 with
new_ names, 3 with alpha, 6 with learning_rate or \alpha), 3 derivatives by outputs as values (dL_yhat twice,
dJ/da^{[2]}), 6 entries of worked numbers (CS229's 5 displays, the lesson's Example 1 block of 7 claims) and 1 aligned
block of deltas and gradients (the lesson's Example 2). 26 are in documents' LaTeX (the CS229 lesson's 5 in \[ \],
the lesson's 3 aligned blocks, the Ng-notation lesson's 8, the Chinese article's 8 and the course chapter's 2 in
$$), 29 in code (Python/NumPy: the chain scripts 14, the notebook's cells 3, the planar solutions 8, the cs231n
net 4).

4 are mistaken (the oracle finds at least one member wrong), and 1 is mistyped:

- the Ng-notation lesson's gm-da2, $$\frac{\partial J}{\partial a^{[2]}} = a^{[2]} - y$$ "For Mean Squared Error":
  its code's cost is np.mean(output_error ** 2), whose derivative by the output is 2 (a^{[2]} - y) (one output and
  sample); a - y is half the squared error's;
- the same lesson's gm-d2, $$\delta^{[2]} = (a^{[2]} - y) \times a^{[2]}(1 - a^{[2]})$$: the same missing 2 carried
  into the output's delta (delta^{[2]} = dJ/dz^{[2]}, the page's definition);
- the course chapter's nt-w2, \frac{\partial J}{\partial W^{[2]}} = \frac{1}{n} \sum_{i=1}^n (a^{[1](i)})^T (y^{(i)} -
  \hat{y}^{(i)}): (y - y_hat) where the gradient of J = 1/n sum (y - y_hat)^2 needs 2 (y_hat - y) (the sign alone
  under the page's classification loss);
- the course chapter's nt-w1, the same (y - y_hat) carried through (W^{[2]})^T, x times a row (W^{[1]}'s transpose);
- mistyped (unreadable): the Chinese article's zh-w2, \frac{\partial J}{\partial W^{[2]}} = \delta^{[2]} \cdot
  a^{[1].^T}: the transpose written as MATLAB's .^ inside the superscript's braces (unreadable="a^{[1].^T}"; the
  page's general rule writes a^{[l-1].^T} the same way, and its W^{[2]} update a^{[1].^T without the closing brace).

Not mistaken, though they look it: the notebook's w1 = w1 - alpha*(out-target)*(w2*s2*(1-s2)*s1), right as a formula
(w2 the output's weight) though its cell runs it after w2's own update (the code's order, not the formula's); the
Chinese article's \delta^{[1]} = W^{[2]} \cdot \delta^{[2]} \cdot \sigma'(z^{[1]}) with W^{[2]} (1 x 2) untransposed
(with one output the row holds the column's entries); the Ng-notation lesson's delta^{[1]}, gradients and updates
after its wrong delta^{[2]} (delta^{[2]} names dJ/dz^{[2]}, as the page defines it: right as written in it); the
Chinese article's delta^{[2]} = y_hat - y, right under the binary cross-entropy (the example names no loss: the
network takes the loss its sigmoid output and delta imply, the page listing the MSE and -sum y log y_hat); the
cs231n gradients, taken before the regularization's are added (grads['W1'] += reg * W1, lines left out); the lesson's
-0.269 \cdot 0.196 \cdot 2 \approx -0.105, the product of rounded factors (true -0.1058, one unit off at three
digits).

What was left out: the chain scripts' forward lines and prints (print(dL_w3, new_w1), a print of the wrong name, not
a formula); the notebook's forward cells (x1 = w0*s0, s1 = sigmoid(x1), ...), its markdown (no formula: the updates
are "the expressions we derived in class") and the loop's copies of the first two updates; the planar solutions'
forward pass, cost and the other updates (W2, b1); the CS229 lesson's forward lines, its general backward functions
(B[MM, W](v) = v z^\top: operators, not a network's quantities) and the prose's \partial J/\partial W_{ij} = ...; the
"Backpropagation Math" lesson's prose update (the new weight is 0.5 - (0.1 \cdot -0.105) = 0.5105, no formula's left
side) and its vanishing-gradient block; the Ng-notation lesson's chain rule for a generic w, its cross-entropy
derivative (another loss), its Python function (output_delta = output_error * sigmoid_derivative(output_input) ...)
and its step-by-step example (its weights not given: delta_2 = a_2 - y = 0.646 - 0.8 = -0.154 and the hidden errors
[-0.008, -0.007] name a network no file can hold without inventing weights); the cs231n net's dscores lines (indexed
subtraction and /=), dhidden = np.dot(dscores, W2.T) (a name whose meaning changes on the next line, dhidden[h1 <= 0]
= 0) and the regularization; the Chinese article's general rules (a^{[l-1].^T} again), optimizers, its W^{[2]} and
b^{[1]} updates (the first mistyped again, at most 8 from a page); the course chapter's forward pass and losses.
Pages read and not taken: an AI article in Chinese with a worked 3-3 example whose shapes contradict (stored file
9677765643: 4 inputs against 3 x 3 weights, W^{[2]}_{41}), a ReLU worked example with bias rows (stored file
27783434612), a Markdown note on Ng's network (stored file 45486868477) and a simple backpropagation program
(stored file 26755055827), both used by earlier batches, and several cs231n copies.

Collected on 2026-12-07 (13:39 to 13:45 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 11 loaded as first written. The oracle's first run passed every verdict as first transcribed (54 entries and the
batch's two checks; the mistyped entry has no verdicts).

Run blind at main 79964b7 (/work/READY_FOR_BLIND58; src/ as at 79964b7, main's last change to it; the branch already
on it, the rebase a no-op), with nothing under src/ changed. The first run (/work/batch145_blind.txt): 53 of 55 read
with every verdict right (96%), 1 refused, 1 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA
CALLED CORRECT. The refusal is the page's shape, not a slip of the notations or twins, so the batch was run once;
tests/test_public_formulas_held_out.py -k b145- passed, check's never-wrong-called-correct test included.

Of the 4 mistaken formulas, all 4 were read with their wrong member called wrong: gm-da2 and gm-d2 (the mean squared
error's 2 missing), nt-w2 and nt-w1 ((y - y_hat) for (y_hat - y), the 2 missing). By page: the sigmoid chain script 7
of 7, the tanh chain script 7 of 7, the two-node notebook 3 of 3, the planar notebook's solutions 8 of 8, the CS229
lesson 5 of 5, the "Backpropagation Math" lesson 3 of 3, the Ng-notation lesson 8 of 8, the cs231n net 4 of 4, the
Chinese article 6 of 8 (1 refused, its typo refused), the course chapter 2 of 2.

The refusals by construct, with the exact message:

- a row times a scalar times a column, W^{[2]} (1 x 2) written without its transpose before \cdot and a column:
  zh-d1, "\"W^{[2]} \\cdot \\delta^{[2]} \\cdot \\sigma'(z^{[1]})\" is 1 x 1 where the left side is 2 x 1" (the
  last \cdot read as the row's product with the column sigma'(z^{[1]}), a sum; the page meant the entrywise product
  with the row's entries, which hold the column's with one output: the twin's verdict, correct, stands, and the
  refusal is the reader's shape rule at work on the page's missing transpose);
- the typo: zh-w2, "formula '\\frac{\\partial J}{\\partial W^{[2]}} = \\delta^{[2]} \\cdot ...': unknown symbol T;
  the notation knows W, \\delta, \\hat{y}, a, b, x, y, z; give it a meaning in the notation's [notation.symbols],
  e.g. \"T\" = \"a1[0]\"" (naming the T of a^{[1].^T}, the superscript's .^T: blind_batch.py reports it as not naming
  'a^{[1].^T}', the spelling the entry gives).

Read, among the constructs these pages brought: code's dL_ and new_ names with sigmoid(u * w2)*(1 - sigmoid(u * w2))
written of the sum and dth(u*w2) declared "tanh' at input"; a notebook's updates with alpha and (out-target) over
three weights; Ng's backward pass as JSON-decoded strings with 1/m before np.dot and np.power; \[ \] displays with
lists of numbers, {a^{[1]}}^\top, \odot of two lists, a column times a row in bmatrix and a bmatrix result, two claims
after \quad; aligned blocks with \text{Forward Pass: } labels before &, seven worked claims in one block, \approx and
a derivative dz/dw = x = 2; Ng's brackets with \times for the entrywise product, g'(z^{[1]}), := with \alpha (gm-da2
and gm-d2 called wrong); cs231n's grads['W2'] entries on rows; $$ on lines of their own three spaces in, updates of
two members; sums over the samples with a^{[1](i)} and \frac{1}{n}, n = 1 (nt-w2, nt-w1 called wrong).

Which look general: the refusal of a one-output page's untransposed W^{[2]} before \cdot (Ng-bracket write-ups often
write W^{[2]} \cdot \delta^{[2]} for (W^{[2]})^T \delta^{[2]} where there is one output; the reader's shape rule
refuses rather than guessing the entrywise product); the typo's .^T is page-specific (MATLAB's transpose inside a
LaTeX superscript).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch145_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_AS = _STORED.format(37943289019, "import numpy as np",
                     "a Python script working one step on a three-weight chain by hand: two sigmoid units and a "
                     "linear output, dL_w1 ... new_w1 written out")
_AT = _STORED.format(37968348064, "import numpy as np",
                     "the same exercise with tanh units, th and dth helpers")
_KR = _STORED.format(363229118, "# Backpropagation",
                     "a Jupyter notebook on backpropagation for a two-node network (a course's case study), its "
                     "markdown and code cells: the weight updates \"we derived in class\"")
_NG = _STORED.format(54713337311, "import json",
                     "a Python script filling in the planar-data notebook of Ng's course (Planar_data_classification_"
                     "with_one_hidden_layer.ipynb): the solution cells as JSON source strings, a Turkish message")
_CS = _STORED.format(70770528341, "---",
                     "a Markdown lesson page on CS229's lecture 8 (Backprop), a worked example on a tiny ReLU network "
                     "in \\[ \\] displays")
_SN = _STORED.format(60907058450, "---",
                     "a Markdown lesson, \"Backpropagation Math\": aligned displays, a single neuron's gradient worked "
                     "in numbers and a two-layer chain")
_GM = _STORED.format(49532269837, "# Backpropagation",
                     "a Markdown lesson with $$ displays in Ng's bracketed notation, a Python backpropagation function "
                     "and a step-by-step example")
_CN = _STORED.format(16996194063, "import numpy as np",
                     "a cs231n two-layer net handed in with every step commented, Python 2's print statements")
_ZH = _STORED.format(9175967202, " " * 17,
                     "a line of seventeen spaces, then a Chinese article, # 从零开始大模型开发与微调：使用torch.utils.data. "
                     "Dataset封装自定义数据集: its section 4.3's derivation of a 3-2-1 network in $$ displays, three "
                     "spaces in")
_NT = _STORED.format(20854319133, "# Neural Networks: From Single Neurons to Deep Architectures",
                     "a Markdown course chapter on neural networks, its two-layer networks section: $$ displays of "
                     "the gradients summed over the samples")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# the sigmoid chain (x -> u -> z -> yhat, no biases) under (yhat - y)^2: dL/dyhat, the three gradients
_AS_D3 = "2*(a3[0] - y[0])"
_AS_W3 = f"{_AS_D3}*a2[0]"
_AS_W2 = f"{_AS_D3}*W3[0,0]*a2[0]*(1 - a2[0])*a1[0]"
_AS_W1 = f"{_AS_D3}*W3[0,0]*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
# the tanh chain, the same with tanh's slopes
_AT_W3 = f"{_AS_D3}*a2[0]"
_AT_W2 = f"{_AS_D3}*W3[0,0]*(1 - a2[0]**2)*a1[0]"
_AT_W1 = f"{_AS_D3}*W3[0,0]*(1 - a2[0]**2)*W2[0,0]*(1 - a1[0]**2)*x[0]"
# the two-node notebook (sigmoid, sigmoid, linear output) under half the squared error
_KR_D3 = "(a3[0] - y[0])"
# Ng's planar 2-4-1 network (tanh hidden, sigmoid output, binary cross-entropy): dJ/dz1[j]
_NG_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
# CS229's 2-2-1 network (ReLU hidden, linear output, half the squared error): dJ/dz1[j]
_CS_D1 = "Heaviside(z1[{j}])*W2[0,{j}]*(z2[0] - y[0])"
# the lesson's single neuron and its 1-1-1 chain (sigmoid units, half the squared error)
_S1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"
_S2_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_S2_D1 = f"{_S2_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
# the Markdown lesson's 2-2-1 sigmoid network under the mean squared error (one output: the squared error)
_GM_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_GM_D1 = f"W2[0,{{j}}]*{_GM_D2}*a1[{{j}}]*(1 - a1[{{j}}])"
# the cs231n 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/dz1[j]
_CN_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*Heaviside(z1[{j}])"
# the Chinese article's 3-2-1 sigmoid network under the binary cross-entropy: dJ/dz1[j]
_ZH_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
# the course chapter's 2-3-1 network (sigmoid hidden, linear output, the squared error): the page's sums (y - y_hat)
_NT_E = "(y[0] - a2[0])"


ENTRIES = [
    # ---- the sigmoid chain script (no indentation): dL_ names, sigmoid(u * w2)*(1 - sigmoid(u * w2)) the slope at
    # the sum, new_ names for the updated weights --------------------------------------------------------------------
    Public("q5-as-dy", _AS, "b145_as", "b145_as", "dL_yhat = 2 * (yhat - y)", ((C,),),
           (Twin("value", _AS_D3, (_AS_D3,)),), batch=145,
           why="the squared error's derivative by the output, a value"),
    Public("q5-as-w3", _AS, "b145_as", "b145_as", "dL_w3 = 2 * (yhat - y) * z", ((C,),),
           (Twin("gradient", "W3[0,0]", (_AS_W3,)),), batch=145, why="z the second sigmoid's output"),
    Public("q5-as-n3", _AS, "b145_as", "b145_as", "new_w3 = w3 - lmb*dL_w3", ((C,),),
           (Twin("update", "W3[0,0]", (f"W3[0,0] - eta*{_AS_W3}",)),), batch=145, why="lmb the rate (0.1)"),
    Public("q5-as-w2", _AS, "b145_as", "b145_as",
           "dL_w2 = dL_yhat * w3 * sigmoid(u * w2)*(1 - sigmoid(u * w2)) * u", ((C,),),
           (Twin("gradient", "W2[0,0]", (_AS_W2,)),), batch=145,
           why="sigmoid(u * w2) the second unit's output, its slope written of the sum"),
    Public("q5-as-n2", _AS, "b145_as", "b145_as", "new_w2 = w2 - lmb*dL_w2", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_AS_W2}",)),), batch=145),
    Public("q5-as-w1", _AS, "b145_as", "b145_as",
           "dL_w1 = dL_yhat * w3 * sigmoid(u * w2)*(1 - sigmoid(u * w2)) * w2 * sigmoid(x * w1)*(1 - sigmoid(x * w1)) * x",
           ((C,),), (Twin("gradient", "W1[0,0]", (_AS_W1,)),), batch=145),
    Public("q5-as-n1", _AS, "b145_as", "b145_as", "new_w1 = w1 - lmb*dL_w1", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_AS_W1}",)),), batch=145),
    # ---- the tanh chain script: the same lines with dth(arg) = 1 - np.tanh(arg) ** 2 -------------------------------
    Public("q5-at-dy", _AT, "b145_at", "b145_at", "dL_yhat = 2 * (yhat - y)", ((C,),),
           (Twin("value", _AS_D3, (_AS_D3,)),), batch=145, why="a value"),
    Public("q5-at-w3", _AT, "b145_at", "b145_at", "dL_w3 = 2 * (yhat - y) * z", ((C,),),
           (Twin("gradient", "W3[0,0]", (_AT_W3,)),), batch=145),
    Public("q5-at-n3", _AT, "b145_at", "b145_at", "new_w3 = w3 - lmb*dL_w3", ((C,),),
           (Twin("update", "W3[0,0]", (f"W3[0,0] - eta*{_AT_W3}",)),), batch=145),
    Public("q5-at-w2", _AT, "b145_at", "b145_at", "dL_w2 = dL_yhat * w3 * dth(u*w2) * u", ((C,),),
           (Twin("gradient", "W2[0,0]", (_AT_W2,)),), batch=145, why="dth taken of the sum u*w2"),
    Public("q5-at-n2", _AT, "b145_at", "b145_at", "new_w2 = w2 - lmb*dL_w2", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_AT_W2}",)),), batch=145),
    Public("q5-at-w1", _AT, "b145_at", "b145_at", "dL_w1 = dL_yhat * w3 * dth(u*w2) * w2 * dth(x*w1) * x", ((C,),),
           (Twin("gradient", "W1[0,0]", (_AT_W1,)),), batch=145),
    Public("q5-at-n1", _AT, "b145_at", "b145_at", "new_w1 = w1 - lmb*dL_w1", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_AT_W1}",)),), batch=145),
    # ---- the two-node notebook (its code cells): the updates derived in class, the first two in Step 3's cell, the
    # third (the notebook's question, w0 = '????????') in the loop's cell, four spaces in -------------------------
    Public("q5-kr-w2", _KR, "b145_kr", "b145_kr", "w2 = w2 - alpha*(out-target)*s2", ((C,),),
           (Twin("update", "W3[0,0]", (f"W3[0,0] - eta*{_KR_D3}*a2[0]",)),), batch=145,
           why="w2 the output's weight (out = w2*s2), alpha the rate"),
    Public("q5-kr-w1", _KR, "b145_kr", "b145_kr", "w1 = w1 - alpha*(out-target)*(w2*s2*(1-s2)*s1)", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_KR_D3}*(W3[0,0]*a2[0]*(1 - a2[0])*a1[0])",)),), batch=145,
           why="the formula right as written (w2 the output's weight); the cell runs it after w2's own update, a "
               "slip of the code's order, not of the formula"),
    Public("q5-kr-w0", _KR, "b145_kr", "b145_kr",
           "    w0 = w0 - alpha*(out-target)*(w2*s2*(1-s2)*w1)*(s1*(1-s1)*s0)", ((C,),),
           (Twin("update", "W1[0,0]",
                 (f"W1[0,0] - eta*{_KR_D3}*(W3[0,0]*a2[0]*(1 - a2[0])*W2[0,0])*(a1[0]*(1 - a1[0])*x[0])",)),),
           batch=145, why="the loop's line, four spaces in"),
    # ---- the planar notebook's solution cells (JSON source strings decoded, four spaces in): Ng's backward pass
    # with 1/m before the product, np.power, and update_parameters -----------------------------------------------
    Public("q5-ng-dz2", _NG, "b145_ng", "b145_ng", "    dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=145,
           why="the binary cross-entropy through the sigmoid output"),
    Public("q5-ng-dw2", _NG, "b145_ng", "b145_ng", "    dW2 = 1/m * np.dot(dZ2, A1.T)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("1/1*(a2[0] - y[0])*a1[{j}]",), _J4),), batch=145),
    Public("q5-ng-db2", _NG, "b145_ng", "b145_ng", "    db2 = 1/m * np.sum(dZ2, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", ("1/1*(a2[0] - y[0])",)),), batch=145),
    Public("q5-ng-dz1", _NG, "b145_ng", "b145_ng", "    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG_D1,), _J4),), batch=145,
           why="tanh's slope written of the hidden outputs"),
    Public("q5-ng-dw1", _NG, "b145_ng", "b145_ng", "    dW1 = 1/m * np.dot(dZ1, X.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_NG_D1}*x[{{i}}]",), _J4I2),), batch=145),
    Public("q5-ng-db1", _NG, "b145_ng", "b145_ng", "    db1 = 1/m * np.sum(dZ1, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"1/1*{_NG_D1}",), _J4),), batch=145),
    Public("q5-ng-w1", _NG, "b145_ng", "b145_ng", "    W1 = W1 - learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_NG_D1}*x[{{i}}]",), _J4I2),), batch=145),
    Public("q5-ng-b2", _NG, "b145_ng", "b145_ng", "    b2 = b2 - learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=145),
    # ---- the CS229 lesson's worked example (\[ \] displays, one a line): numbers as lists, \odot, ^\top, a
    # bmatrix product, two claims on one line after \quad --------------------------------------------------------------
    Public("q5-cs-dz2", _CS, "b145_cs", "b145_cs",
           "\\[ \\frac{\\partial J}{\\partial z^{[2]}} = z^{[2]} - y = 2 \\]", ((C, C),),
           (Twin("value", "z2[0] - y[0]", ("z2[0] - y[0]", "=2")),), batch=145,
           why="the derivative by the output's sum, a value (z^{[2]} = 3, y = 1)"),
    Public("q5-cs-w2", _CS, "b145_cs", "b145_cs",
           "\\[ \\frac{\\partial J}{\\partial W^{[2]}} = \\frac{\\partial J}{\\partial z^{[2]}} {a^{[1]}}^\\top = 2 "
           "\\cdot [1, 2] = [2, 4], \\quad \\frac{\\partial J}{\\partial b^{[2]}} = 2 \\]", ((C, C, C), (C,)),
           (Twin("gradient", "W2[0,{j}]", ("(z2[0] - y[0])*a1[{j}]", "=2*np.array([1, 2])", "=np.array([2, 4])"), _J2),
            Twin("gradient", "b2[0]", ("=2",))), batch=145,
           why="a^{[1]} = [1, 2] transposed in braces, {a^{[1]}}^\\top; the bias's gradient after \\quad"),
    Public("q5-cs-da1", _CS, "b145_cs", "b145_cs",
           "\\[ \\frac{\\partial J}{\\partial a^{[1]}} = {W^{[2]}}^\\top \\frac{\\partial J}{\\partial z^{[2]}} = [2, 2] "
           "\\]", ((C, C),),
           (Twin("value", "(W2.T @ (z2 - y))[{j}]", ("W2[0,{j}]*(z2[0] - y[0])", "=np.array([2, 2])"), _J2),),
           batch=145, why="the derivative by the hidden outputs, a value"),
    Public("q5-cs-dz1", _CS, "b145_cs", "b145_cs",
           "\\[ \\frac{\\partial J}{\\partial z^{[1]}} = \\sigma'(z^{[1]}) \\odot \\frac{\\partial J}{\\partial a^{[1]}} "
           "= [1, 1] \\odot [2, 2] = [2, 2] \\]", ((C, C, C),),
           (Twin("value", "(np.heaviside(z1, 0.0)*(W2.T @ (z2 - y)))[{j}]",
                 (_CS_D1, "=np.array([1, 1])*np.array([2, 2])", "=np.array([2, 2])"), _J2),), batch=145,
           why="sigma the ReLU (the example's activation: sigma'(z^{[1]}) = [1, 1]), a value"),
    Public("q5-cs-w1", _CS, "b145_cs", "b145_cs",
           "\\[ \\frac{\\partial J}{\\partial W^{[1]}} = \\frac{\\partial J}{\\partial z^{[1]}} x^\\top = "
           "\\begin{bmatrix} 2 \\\\ 2 \\end{bmatrix} [1, 2] = \\begin{bmatrix} 2 & 4 \\\\ 2 & 4 \\end{bmatrix} \\]",
           ((C, C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_CS_D1}*x[{{i}}]", "=np.array([[2], [2]]) @ np.array([[1, 2]])",
                                              "=np.array([[2, 4], [2, 4]])"), _J2I2),), batch=145,
           why="a column times a row, both written out, a bmatrix result"),
    # ---- the "Backpropagation Math" lesson (aligned displays): the chain rule for one weight, Example 1 worked in
    # numbers (labels in \text{} before &), Example 2's recursion ---------------------------------------------------
    Public("q5-sn-link", _SN, "b145_s1", "b145_s1",
           "$$\n\\begin{aligned}\n  \\frac{\\partial L}{\\partial w} &= \\frac{\\partial L}{\\partial a} \\cdot "
           "\\frac{\\partial a}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w} \\\\\n  &= -(y - a) \\cdot "
           "\\sigma'(z) \\cdot x\n\\end{aligned}\n$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (_S1, "-(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]")),), batch=145,
           why="the Math Link's chain for z = w x + b, a = sigma(z), L = 1/2 (y - a)^2, its second line after &="),
    Public("q5-sn-ex1", _SN, "b145_s1", "b145_s1",
           "$$\n\\begin{aligned}\n  \\text{Forward Pass: } & z = 0.5 \\cdot 2 + 0 = 1.0 \\\\\n  & a = \\sigma(1.0) "
           "\\approx 0.731 \\\\\n  & L = 0.5(1 - 0.731)^2 \\approx 0.036 \\\\\n  \\text{Backward Pass: } & "
           "\\frac{\\partial L}{\\partial a} = -(1 - 0.731) = -0.269 \\\\\n  & \\frac{\\partial a}{\\partial z} = "
           "0.731(1 - 0.731) \\approx 0.196 \\\\\n  & \\frac{\\partial z}{\\partial w} = x = 2 \\\\\n  \\text{Final "
           "Gradient: } & \\frac{\\partial L}{\\partial w} = -0.269 \\cdot 0.196 \\cdot 2 \\approx -0.105\n"
           "\\end{aligned}\n$$", ((C, C), (C, C), (C, C), (C, C), (C, C), (C, C), (C, C)),
           (Twin("value", "z1[0]", ("=0.5*2 + 0", "=1.0")),
            Twin("value", "a1[0]", ("=1/(1 + np.exp(-1.0))", "=0.731")),
            Twin("value", "0.5*(y[0] - a1[0])**2", ("=0.5*(1 - 0.731)**2", "=0.036")),
            Twin("value", "a1[0] - y[0]", ("=-(1 - 0.731)", "=-0.269")),
            Twin("value", "a1[0]*(1 - a1[0])", ("=0.731*(1 - 0.731)", "=0.196")),
            Twin("value", "x[0]", ("x[0]", "=2")),
            Twin("gradient", "W1[0,0]", ("=-0.269*0.196*2", "=-0.105"))), batch=145,
           why="x = 2, y = 1, w = 0.5, b = 0: the forward values, dL/da, da/dz and dz/dw as values, the gradient "
               "-0.105 (true -0.1058: the product of the rounded factors, to one unit)"),
    Public("q5-sn-ex2", _SN, "b145_s2", "b145_s2",
           "$$\n\\begin{aligned}\n  \\delta_2 &= \\frac{\\partial L}{\\partial z_2} = (a_2 - y) \\cdot \\sigma'(z_2) "
           "\\\\\n  \\frac{\\partial L}{\\partial w_2} &= \\delta_2 \\cdot a_1 \\\\\n  \\text{Propagating Back: } & "
           "\\delta_1 = (\\delta_2 \\cdot w_2) \\cdot \\sigma'(z_1) \\\\\n  \\frac{\\partial L}{\\partial w_1} &= "
           "\\delta_1 \\cdot x\n\\end{aligned}\n$$", ((C, C), (C,), (C,), (C,)),
           (Twin("gradient_z", "z2[0]", (_S2_D2, _S2_D2)), Twin("gradient", "W2[0,0]", (f"{_S2_D2}*a1[0]",)),
            Twin("gradient_z", "z1[0]", (_S2_D1,)), Twin("gradient", "W1[0,0]", (f"{_S2_D1}*x[0]",))), batch=145,
           why="the chain w_1 -> a_1 -> w_2 -> a_2 -> L, sigmoid units, L = 1/2 (y - a)^2"),
    # ---- the Markdown lesson ($$ displays, Ng's brackets): the MSE's output derivative written as half the
    # squared error's, then the deltas, gradients and updates with := -------------------------------------------------
    Public("q5-gm-da2", _GM, "b145_gm", "b145_gm",
           "$$\\frac{\\partial J}{\\partial a^{[2]}} = a^{[2]} - y$$", ((W,),),
           (Twin("value", "2*(a2[0] - y[0])", ("a2[0] - y[0]",)),), batch=145,
           why="\"For Mean Squared Error\": under the code's J = np.mean(output_error ** 2) (one output and sample: "
               "(a - y)^2) dJ/da^{[2]} = 2 (a^{[2]} - y); a - y is half the squared error's (the page's slip), a "
               "value"),
    Public("q5-gm-d2", _GM, "b145_gm", "b145_gm",
           "$$\\delta^{[2]} = (a^{[2]} - y) \\times a^{[2]}(1 - a^{[2]})$$", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=145,
           why="delta^{[2]} = dJ/dz^{[2]} (the page's definition): the factor 2 of the mean squared error missing, "
               "carried from the line before"),
    Public("q5-gm-d1", _GM, "b145_gm", "b145_gm",
           "$$\\delta^{[1]} = \\frac{\\partial J}{\\partial z^{[1]}} = (W^{[2]})^T \\delta^{[2]} \\times g'(z^{[1]})$$",
           ((C, C),), (Twin("gradient_z", "z1[{j}]", (_GM_D1, _GM_D1), _J2),), batch=145,
           why="delta^{[2]} named as dJ/dz^{[2]}, right as written in it; \\times the entrywise product, g the "
               "sigmoid"),
    Public("q5-gm-w2", _GM, "b145_gm", "b145_gm", "$$\\frac{\\partial J}{\\partial W^{[2]}} = \\delta^{[2]} (a^{[1]})^T$$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_GM_D2}*a1[{{j}}]",), _J2),), batch=145),
    Public("q5-gm-w1", _GM, "b145_gm", "b145_gm", "$$\\frac{\\partial J}{\\partial W^{[1]}} = \\delta^{[1]} x^T$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_GM_D1}*x[{{i}}]",), _J2I2),), batch=145),
    Public("q5-gm-b2", _GM, "b145_gm", "b145_gm", "$$\\frac{\\partial J}{\\partial b^{[2]}} = \\delta^{[2]}$$", ((C,),),
           (Twin("gradient", "b2[0]", (_GM_D2,)),), batch=145),
    Public("q5-gm-uw2", _GM, "b145_gm", "b145_gm",
           "$$W^{[2]} := W^{[2]} - \\alpha \\frac{\\partial J}{\\partial W^{[2]}}$$", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_GM_D2}*a1[{{j}}]",), _J2),), batch=145),
    Public("q5-gm-ub1", _GM, "b145_gm", "b145_gm",
           "$$b^{[1]} := b^{[1]} - \\alpha \\frac{\\partial J}{\\partial b^{[1]}}$$", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_GM_D1}",), _J2),), batch=145),
    # ---- the cs231n net (two spaces in): the grads dictionary's entries on rows, taken before the regularization's
    # gradient is added --------------------------------------------------------------------------------------------
    Public("q5-cn-w2", _CN, "b145_cn", "b145_cn", "  grads['W2'] = np.dot(h1.T, dscores)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=145,
           why="dscores the scores' gradient (probs less 1 at the label, /N with N = 1)"),
    Public("q5-cn-b2", _CN, "b145_cn", "b145_cn", "  grads['b2'] = np.sum(dscores, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=145),
    Public("q5-cn-w1", _CN, "b145_cn", "b145_cn", "  grads['W1'] = np.dot(X.T, dhidden)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CN_D1}",), _J3I2),), batch=145,
           why="dhidden the hidden sums' gradient once the ReLU's mask is applied (dhidden[h1 <= 0] = 0, the "
               "line before)"),
    Public("q5-cn-b1", _CN, "b145_cn", "b145_cn", "  grads['b1'] = np.sum(dhidden, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_CN_D1,), _J3),), batch=145),
    # ---- the Chinese article's example ($$ on lines of their own, three spaces in): W^{[2]} without its transpose
    # (one output: the same entries), a^{[1].^T} mistyped, updates with two members ---------------------------------
    Public("q5-zh-d2", _ZH, "b145_zh", "b145_zh",
           "   $$\n   \\delta^{[2]} = \\frac{\\partial J}{\\partial z^{[2]}} = \\hat{y} - y\n   $$", ((C, C),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=145,
           why="the binary cross-entropy through the sigmoid output"),
    Public("q5-zh-d1", _ZH, "b145_zh", "b145_zh",
           "   $$\n   \\delta^{[1]} = W^{[2]} \\cdot \\delta^{[2]} \\cdot \\sigma'(z^{[1]})\n   $$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ZH_D1,), _J2),), batch=145,
           why="W^{[2]} (1 x 2) without its transpose: with one output the row holds the column's entries"),
    Public("q5-zh-w2", _ZH, "b145_zh", "b145_zh",
           "   $$\n   \\frac{\\partial J}{\\partial W^{[2]}} = \\delta^{[2]} \\cdot a^{[1].^T}\n   $$",
           unreadable="a^{[1].^T}", batch=145,
           why="a^{[1].^T}: the transpose written as MATLAB's .^ inside the superscript's braces (the page's typo, "
               "the same in its general rule a^{[l-1].^T})"),
    Public("q5-zh-b2", _ZH, "b145_zh", "b145_zh",
           "   $$\n   \\frac{\\partial J}{\\partial b^{[2]}} = \\delta^{[2]}\n   $$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=145),
    Public("q5-zh-w1", _ZH, "b145_zh", "b145_zh",
           "   $$\n   \\frac{\\partial J}{\\partial W^{[1]}} = \\delta^{[1]} \\cdot x^{T}\n   $$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZH_D1}*x[{{i}}]",), _J2I3),), batch=145),
    Public("q5-zh-b1", _ZH, "b145_zh", "b145_zh",
           "   $$\n   \\frac{\\partial J}{\\partial b^{[1]}} = \\delta^{[1]}\n   $$", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ZH_D1,), _J2),), batch=145),
    Public("q5-zh-ub2", _ZH, "b145_zh", "b145_zh",
           "   $$\n   b^{[2]} = b^{[2]} - \\alpha \\cdot \\frac{\\partial J}{\\partial b^{[2]}} = b^{[2]} - \\alpha \\cdot "
           "\\delta^{[2]}\n   $$", ((C, C),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",) * 2),), batch=145,
           why="alpha the learning rate"),
    Public("q5-zh-uw1", _ZH, "b145_zh", "b145_zh",
           "   $$\n   W^{[1]} = W^{[1]} - \\alpha \\cdot \\frac{\\partial J}{\\partial W^{[1]}} = W^{[1]} - \\alpha \\cdot "
           "\\delta^{[1]} \\cdot x^{T}\n   $$", ((C, C),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ZH_D1}*x[{{i}}]",) * 2, _J2I3),), batch=145),
    # ---- the course chapter's two-layer section ($$ on lines of their own): sums over the samples with the (i)
    # superscript, (y - y_hat) where the gradient needs (y_hat - y) --------------------------------------------------
    Public("q5-nt-w2", _NT, "b145_nt", "b145_nt",
           "$$\n\\frac{\\partial J}{\\partial W^{[2]}} = \\frac{1}{n} \\sum_{i=1}^n (a^{[1](i)})^T (y^{(i)} - "
           "\\hat{y}^{(i)})\n$$", ((W,),),
           (Twin("gradient", "W2[0,{j}]", (f"1/1*a1[{{j}}]*{_NT_E}",), _J3),), batch=145,
           why="under J = 1/n sum (y - y_hat)^2 with y_hat = z^{[2]}, dJ/dW^{[2]} = 2/n sum (y_hat - y) a^{[1]T}: the "
               "sign reversed and the 2 missing (under the page's classification loss the sign alone)"),
    Public("q5-nt-w1", _NT, "b145_nt", "b145_nt",
           "$$\n\\frac{\\partial J}{\\partial W^{[1]}} = \\frac{1}{n} \\sum_{i=1}^n x^{(i)} (\\sigma'(z^{[1](i)}) \\odot "
           "(W^{[2]})^T (y^{(i)} - \\hat{y}^{(i)}))^T\n$$", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*x[{{i}}]*a1[{{j}}]*(1 - a1[{{j}}])*W2[0,{{j}}]*{_NT_E}",), _J3I2),),
           batch=145, why="the same sign and factor; x times a row: the transpose of W^{[1]}'s shape as well"),
]
