r"""Batch 114 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in:
four Markdown documents and six code files in four languages): Korean notes deriving a 3-layer MLP's gradients
(stored file 26613458368, rows, $$ displays each followed by \quad \in \mathbb{R}^{N \times H_1}, \odot, a sum over
the batch's samples and \mathbf{1}^T); a student's Vietnamese notes on Ng's week 3 (stored file 36600656807: the
logistic regression recap's "  - $\large d(a) = ...$" bullets, and the shallow network's lines indented ten spaces,
$...$ with trailing spaces and # comments, g'^{[1]}(Z^{[1]}), an update in three $...$ pieces with `LearningRate` in
backticks); a student's Chinese notes on the same week (stored file 12105086626: numbered $...$ items, {\rm d}b^{[2]},
np.sum(..., axis=1, keepdims=True) inside the LaTeX, \underbrace with shapes under its terms, z^{[z]} once); a blog
post on gradient descent (stored file 2770509151: $$ ... $$ lines, \text{\*} for the element-wise product, X for
A^{[1]} once); and six code files: HanMinung's DLIP tutorial (MATLAB at commit 8f28fe2: rows, dE_dS1-style names,
W1 the OUTPUT weights), an Octave function backprop_cl (stored file 5763930444: sigmoid (w1 * y0) with a space, -=,
the sigmoid taken of the outputs in its deltas), an Octave script commented in Portuguese (36746803152: rows,
camelCase, sigmoidDerivative of outputs, + updates), ARUNAGIRINATHAN-K's simulate_backprop.py (Python at commit
0776bf8: the chain's quotients as names, dL_da2, da2_dz2, dz2_dW2), DantrazTrev's backpropogation.py (Python at commit
07acedb, Nielsen's backprop: a line continued with \, negative indices [-1], [-l], [-l-1], net.cost_derivative) and a
JavaScript network of Neuron objects (stored file 11099031957: neuron.error, neuron.weights[j] -=). Copied verbatim,
typos and mistakes included (the JSON-escaped text of the stored files decoded; the repositories' files read at their
commits), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: rows as transposes, "X" = "x[:].T", "W0" = "W1[:, :].T" where the
page's W0 is the input-first first layer, gradients as the weights are shaped, "dE_dW1" = "grad(W2[:, :]).T"; layers in
patterns, "W^{(l)}" = "W{l}[:, :].T", "dZ^{[l]}" = "delta{l}[:]"; N and m = 1 for one sample; the code deltas that
are -dE/dz as "-delta2[:].T"; functions declared "sigmoid' at output" where the page's helper computes x (1 - x) of
what it is given, g^{[1]} and g^{[2]} by their activations, net.cost_derivative as "half_squared_error' by
output(prediction, target)"), a network of the kind the page describes (with the page's numbers where it gives them:
the tutorial's row [0 1 1] with Y = 1 and eta = 1, the Portuguese script's row [0 1] with Y = 1 and 0.1,
simulate_backprop.py's x = [0.5, 0.8], y_true = 1; all in tests/public_formulas_batch114_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A derivative by an output (d(a), dL_da2, dE_dL1, \frac{\partial L}{\partial a^{(1)}}) or an output's slope (da2_dz2)
is twinned as a value, as in batches 14 to 112; so is a forward value, a code's or a page's delta (dE_dS1, d_E_z2,
outputLayerDelta, dZ^{[2]}, \delta^{(3)}) and a loss's definition (loss = 0.5 * (y_true - a2)**2). Formulas keep
their page's delimiters and what surrounds them on their line (a list's number or bullet, a line's indentation,
trailing spaces, a # comment, a statement's ;); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 114

The batch: 58 formulas from 10 addresses (the Korean notes 7, the Vietnamese notes 7 (2 of the recap's logistic
regression, 5 of the shallow network), the Chinese notes 7, the blog post 7, the DLIP tutorial 6, backprop_cl 7, the
Portuguese script 5, simulate_backprop.py 5, backpropogation.py 4, the JavaScript network 3). 28 are in Markdown
documents (all LaTeX: 14 $$ ... $$ lines, 14 $...$ in list items and indented lines), 30 in code files (MATLAB 6,
Octave 12, Python 9, JavaScript 3).

4 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- backprop_cl's oc-dz2, d_E_z2 = sigmoid (y2) .* (1 - sigmoid (y2)) .* (y2 - t): y2 is already the sigmoid of z2, and
  the slope there is y2 (1 - y2), not sigmoid(y2) (1 - sigmoid(y2));
- its oc-dz1, d_E_z1 = sigmoid (y1) .* (1 - sigmoid (y1)) .* (w2' * d_E_z2): the same slip at the hidden layer (with
  d_E_z2 the name of dE/dz2, as the notation says);
- the blog post's gd-z2, z^{[2]} = W^{[2]} X + b^{[2]}: X (the input) for A^{[1]} (its dW^{[2]} takes A^{[1]T}, and it
  says W^{[2]} is n^{[2]} x n^{[1]}; the network has two inputs and two hidden units, so the product is defined);
- the JavaScript network's jn-w, neuron.weights[j] -= learningRate * neuron.error * inputs[k]: weights[j] (the
  neuron's own index) for weights[k] inside the loop over k, every input's step landing on weight j;
- mistyped (unreadable): the Chinese notes' zc-a2, a^{[2]} = g^{[2]}(z^{[z]}) = \sigma(z^{[2]}): z^{[z]}, a layer z,
  for z^{[2]} (unreadable="z^{[z]}").

Not mistaken, though they look it: backprop_cl's d_E_w2 = d_E_z2 * y1' / m and its -= updates (d_E_z2 the name of
dE/dz2 whatever the line above computed; the rate written 0.5, the problem file's learning rate: twinned with eta,
which the oracle draws at random, the line being w2 - eta dE/dw2 exactly at the file's 0.5); the Vietnamese notes'
db^{[2]} = dZ^{[2]} / m (left out, see below) and $dW^{[2]} = (dZ^{[2]} * A^{[1]T}) / m $ (* the matrix product there,
the element-wise one in the line below, as its comment says); the Portuguese script's sigmoidDerivative of outputs
(the file never defines it: read as the helper every call in it implies, x (1 - x) of an output); the updates with +
(its deltas are -dE/dz); the Chinese notes' \underbrace{{g^{[1]}}^{'}}_{...}*\quad\underbrace{(z^{[1]})}_{...} (the
derivative at z^{[1]}, split in three braces with * between them); the JavaScript jn-err line (its loop takes
network.layers[j] for the neuron, a slip of the loop's, not of this line's, whose names the notation gives their
meaning).

What was left out: the Korean notes' a^{(1)}, z^{(2)}, z^{(3)}, \hat{y}, L = CrossEntropy(\hat{y}, y) and the summed
cross-entropy, a^{(2)} = \sigma(z^{(2)}) (the batch's size), \frac{\partial L}{\partial z^{(3)}} (the same as
\delta^{(3)}), \frac{\partial L}{\partial W^{(2)}}, b^{(2)}, a^{(2)}'s and the first layer's other lines (the same rules
at other layers), the general pattern's rules with a layer l (section 3.2.4) and the summary table's cells, and the
Python cells (their lines repeat the displays in NumPy; the notes' 7 formulas were taken from the displays); the
Vietnamese notes' recap z = w^T x + b, \hat{y} = a = \sigma(z), \mathscr{L}(a, y), d(w_1), d(w_2) (the batch's size),
its forward lines (for input x, vectorised, and the loop over i with \large), the activations' derivatives in
\begin{array} blocks, db^{[2]} = dZ^{[2]} / m and db^{[1]} = Sum(dZ^{[1]}) / m (the batch's size), the other three
updates (the same line), the code cells' lines (Ng's notebook) and the cost -\sum\limits_{i=0}^{m} y^{(i)}
\log(a^{[2](i)}) (a sum over samples from 0 to m); the Chinese notes' a^{[1]} = \sigma(z^{[1]}) (the batch's size),
z^{[2]}, the bmatrix and \overbrace displays of the forward pass, the cases block, the activations and their
derivatives, J(W^{[1]}, ...) = \frac{1}{m}\sum L(\hat{y}, y), dW^{[1]} = \frac{dJ}{dW^{[1]}} (definitions), the
random initialisation's lines and dz^{[2]} = A^{[2]} - Y , Y = \begin{bmatrix}y^{[1]} & ... \end{bmatrix} (a claim and
a definition of Y over the samples on one line); the blog post's A^{[2]} = g^{[2]}(z^{[2]}) and its two lines db =
... (one name for both layers' bias gradients, which no notation can give both meanings); the DLIP tutorial's S0 = X *
W0 and L1 = ... (the batch's size), S1, Yh, dE_dW0's update, the final Yh and Error lines (after the loop); backprop_cl's
y2 = sigmoid (w2 * y1) (the batch's size) and the commented E; the Portuguese script's hiddenLayerOutput and
outputLayerOutput lines (the batch's size), W1's update, and the test's lines; simulate_backprop.py's forward lines,
da2_dz2 = sigmoid_derivative(a2) (the batch's size), dz2_dW2 = a1, dL_db2 = dL_dz2, dz2_da1 = W2 (names set to
quantities), and its helper's return lines; backpropogation.py's z = np.dot(w, activation)+b, zs.append(z), the
loop's z = zs[-l], sp = sigmoid_prime(z) and nabla_b[-l] = delta (the batch's size), and delta =
np.dot(net.weights[-l+1].transpose(), delta) * sp (one name, delta, for two quantities on one line: the new layer's
on the left and the layer above's on the right, which no notation can say); the JavaScript network's forward lines
(activation += ..., a running sum), errors.push(...) (a method call, no left side) and error += ... (a running sum).
Pages read and not taken: mglowacki100's and hecoding's ex4 Octave files and the Coursera ex4 style generally (their
Theta matrices carry the bias column and the code concatenates [1 a2]: no network here writes a bias unit), H3K27ac's
calculation.js (294 versions; the stored one batch-normalised, its layer letter i an index of a nested array),
cjhjhj's posts (a softmax output under a per-output binary cross-entropy, no loss a problem file can name), and a
handful of candidates earlier batches already held.

Collected on 2026-12-06 (19:00 to 19:08 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
all 12 loaded as first written (the Nielsen file has two, b114_dt2 for its output layer and b114_dt1 for its loop's
hidden layer, on one network). The oracle's first run passed every verdict but two: oc-w2 and oc-w1 (w2 -= 0.5 *
d_E_w2) had been twinned with the literal 0.5, which the oracle compares against a learning rate it draws at random;
worked by hand, at the file's rate 0.5 the line is exactly w - eta dE/dw, so the verdicts (correct) stand and the
twins were rewritten with eta, as said above. The second run passed with every verdict as first transcribed.

Run blind at main 862002f (/work/READY_FOR_BLIND45; src/ as at 862002f, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch114_blind.txt): 49 of 58 read with every
verdict right (84%), 6 refused, 1 typo refused, no typo read, 2 misread, no crash, NO WRONG FORMULA CALLED CORRECT.
None of the refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page
does not mean: d(a) and d(z) are the notes' own names of dL/da and dL/dz, given as the notes write them), so the
batch was run once.

Of the 4 mistaken formulas, 3 were read, each with its wrong member called wrong (oc-dz2's and oc-dz1's sigmoid of
the outputs, gd-z2's X for A^{[1]}); the fourth, jn-w (weights[j] for weights[k]), was refused, its slip (an index k
the left side does not bind) being what the refusal names. By page: the Korean notes 7 of 7, the Vietnamese notes 5
of 7, the Chinese notes 4 of 7 (and its typo refused), the blog post 6 of 7, the DLIP tutorial 6 of 6, backprop_cl 5
of 7, the Portuguese script 5 of 5, simulate_backprop.py 5 of 5, backpropogation.py 4 of 4, the JavaScript network 2
of 3.

The misreadings (2, right formulas called wrong; none the other way): backprop_cl's oc-w2 and oc-w1, w2 -= 0.5 *
d_E_w2 and w1 -= 0.5 * d_E_w1, the learning rate written as the number 0.5, which is the problem file's rate: check
gave wrong (a single member) where the line is w - eta dE/dw at the file's 0.5. Whether a number equal to the file's
rate stands for it in a rule is where the two disagree (the oracle draws eta at random, which is why the twins write
eta); worked by hand at the file's numbers, the lines are the gradient steps.

The refusals by construct (6, and the typo's), with the exact message:

- 2, a name written with its argument in parentheses, d(a) and d(z) (the notes' names of dL/da and dL/dz, Ng's da and
  dz), given by the notation as two patterns that the reader takes for one base d with an index: vr-da: "formula
  'd(a) = \\frac{d \\mathcal{L}}{da} = \\frac{d }{da}(-(y\\log(a...': d matches two patterns of the notation alike,
  'd(a)' and 'd(z)' (both write the index ), with different meanings; give them different names, or write the name
  as one of them spells it (z1 glued, z(1) in parentheses)" (vr-dz the same at its own text);
- 2, the upright differential {\rm d} before a name ({\rm d}b^{[2]}, {\rm d}z^{[2]}, and {d}z^{[2]} in braces), read
  as a symbol d of its own: zc-db2: "formula 'd b^{[2]} = {\\frac{1}{m}}np.sum({d}z^{[2]},axis=1,keepdim...': unknown
  symbol d; the notation knows A, W, Y, a, b, dW, db, dz; give it a meaning in the notation's [notation.symbols], e.g.
  "d" = "a1[0]"" (zc-dz1 the same, at {\rm d}z^{[2]} inside its first \underbrace);
- 1, Markdown's escaped star inside \text, \text{\*}, for the element-wise product: gd-dz1: "formula "dz^{[1]} =
  W^{[2]T} dz^{[2]} \\text{*} g'^{[1]} (z^{[1]})": unknown symbol *; the notation knows A, W, X, Y, b, dW, dz, m;
  give it a meaning in the notation's [notation.symbols], e.g. "*" = "a1[0]"";
- 1, an index on the right side that the left side does not bind, the mistaken jn-w's own slip: "formula
  'neuron.weights[j] -= learningRate * neuron.error * inputs[k]': the index k has no value; name it on the left side,
  with --param (e.g. W2[k,i]), or in a sum";
- the typo: zc-a2, "'g^{[2]}(z^{[z]})' is a vector or matrix where the left side is a number" (which blind_batch.py
  reports as naming it: the message quotes z^{[z]}, though what it says of it is a shape, not an unknown layer).

Read, among the constructs these pages brought: $$ displays followed by \quad \in \mathbb{R}^{N \times H_1} (a shape
after the chain), \delta^{(l)} with layers in parentheses, \odot, \sum_{i=1}^{N} \delta^{(3)}_i over samples and
\mathbf{1}^T \delta^{(3)}; a chain of three members with \sigma'(z^{(2)}); $...$ lines indented ten spaces with
trailing spaces and # comments holding $...$ of their own, g'^{[1]}(Z^{[1]}) with g^{[1]} declared tanh, an update in
three $...$ pieces with `LearningRate` in backticks; numbered $...$ items with {\frac{1}{m}} in braces, np.sum(...,
axis=1, keepdims=True) in the LaTeX and a left side inside \underbrace; $$ z^{[2]} = W^{[2]} X + b^{[2]}$$ with a
space after $$ (its X called wrong); MATLAB's rows with ' and .* and ./, dE_dS1-style names, a page's W1 that is the
second layer's; Octave's sigmoid (w1 * y0) with a space before the parenthesis and -= (the outputs' sigmoid called
wrong); camelCase names and + updates with -dE/dz deltas; Python's chain of named quotients (dL_da2, da2_dz2 named as
their quantities) with a trailing comment; Nielsen's backprop with a line continued by \, negative indices [-1],
[-l], [-l-1], .transpose() and net.cost_derivative declared as half the squared error's derivative by the output;
JavaScript's neuron.error and neuron.bias -= with a helper declared of outputs.

Which look general (would appear in much homework): a learning rate hard-coded in a code update (w -= 0.5 * dw,
lr = 0.5 written in the line, where the problem file's rate is that number), and {\rm d} for the differential (LaTeX
typeset by many Chinese and European students, {\rm d}b, {\rm d}z). Page-specific: d(a) and d(z) as names (the
Vietnamese notes' spelling of Ng's da and dz), Markdown's \* inside \text (a Jekyll post's escaping), and jn-w's
free index (the page's slip, refused where it might have been judged wrong).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch114_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_DL = ("https://github.com/HanMinung/DLIP (DeepLearning_Tutorial/1.MLP_BackPropagation/Tutorial_BackPropagation.m, "
       "commit 8f28fe2)")
_OC = _STORED.format(5763930444, "function [model elapsedTime] = backprop_cl (hiddenUnits, inputs, targets, "
                                 "trainIterations)",
                     "an Octave function: a sigmoid network trained on a GPU's matrices, its deltas and -= updates")
_PO = _STORED.format(36746803152, "% Preparação dos dados de treinamento",
                     "an Octave script commented in Portuguese: an XOR network of rows, its deltas and updates")
_SB = ("https://github.com/ARUNAGIRINATHAN-K/neural-networks-from-scratch-math-projects "
       "(07_backprop_simulator/simulate_backprop.py, commit 0776bf8)")
_DT = "https://github.com/DantrazTrev/Neural-Networks (backpropogation.py, commit 07acedb)"
_KO = _STORED.format(26613458368, "## 3.2 Gradient Derivation",
                     "Korean notes in Markdown deriving a 3-layer MLP's gradients: $$ displays with \\quad \\in "
                     "\\mathbb{R}^{...} after them")
_VN = _STORED.format(36600656807, "# Shallow Neural Network",
                     "a student's Vietnamese notes on Ng's course, week 3, in Markdown: $\\large ...$ bullets and "
                     "indented $...$ lines with # comments")
_ZC = _STORED.format(12105086626, "## 第三周：浅层神经网络(Shallow neural networks)",
                     "a student's Chinese notes on Ng's course, week 3, in Markdown: numbered $...$ items with "
                     "\\underbrace and np.sum")
_GD = _STORED.format(2770509151, "---",
                     "a blog post in Markdown, \"Introduction to gradience descent (a beginner's guide)\", migrated from "
                     "an old blog: Ng's week 3 formulas in $$ ... $$ lines")
_JN = _STORED.format(11099031957, "const Neuron = function () {",
                     "a JavaScript network of Neuron objects: forward and backward passes, weights updated with -=")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_M3 = tuple({"m": m} for m in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_M3K2 = tuple({"m": m, "k": k} for m in range(3) for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2K2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

# one sigmoid output under half the squared error: dE/dz2 (and the code's -dE/dz2 of the Portuguese script)
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# one sigmoid output's dE/dz2 carried back to hidden unit j (dE/d a1[j]), and on through its sigmoid
_BACK = f"{_D2}*W2[0,{{j}}]"
_D1 = f"{_BACK}*a1[{{j}}]*(1 - a1[{{j}}])"
_PBACK = f"{_PD2}*W2[0,{{j}}]"

# Nielsen's [2, 3, 2] network: dC/dz2[k], and dC/dz1[j]
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DTJ = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
        "*a1[{j}]*(1 - a1[{j}])")

# the Korean notes' 2-3-2-3 network (softmax, cross-entropy): dL/da2[k], dL/dz2[k], dL/da1[j], dL/dz1[j]
_KO_A2 = "((a3[0] - t[0])*W3[0,{k}] + (a3[1] - t[1])*W3[1,{k}] + (a3[2] - t[2])*W3[2,{k}])"
_KO_D2 = f"{_KO_A2}*a2[{{k}}]*(1 - a2[{{k}}])"
_KO_A1 = " + ".join(f"{_KO_A2.format(k=k)}*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_KO_D1 = f"({_KO_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the Vietnamese notes' shallow network (tanh hidden layer, a sigmoid output, the binary cross-entropy)
_VN_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
# the Chinese notes' (sigmoid hidden layer, a sigmoid output, the binary cross-entropy)
_ZC_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"

# the blog post's 2-2-1 network (tanh hidden layer, a sigmoid output, the binary cross-entropy)
_GD_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"

# the JavaScript network's output neuron j (half the squared error): dE/dz2[j]
_JN_D = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"

ENTRIES = [
    # ---- HanMinung's DLIP tutorial (MATLAB, four-space indentation): rows (X * W0), ' for the transpose, .*, ./,
    # a ; after each line; dE_dS1-style names for the chain's quotients; W1 the OUTPUT weights -------------------
    Public("dl-dS1", _DL, "b114_hm", "b114_hm", "    dE_dS1 = - (Y-Yh) .* Yh .* (1-Yh);", ((C,),),
           (Twin("value", _D2, ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=114,
           why="dE/dS1 of Error = (Y - Yh).^2/2, a value"),
    Public("dl-dL1", _DL, "b114_hm", "b114_hm", "    dE_dL1 = dE_dS1 * W1';", ((C,),),
           (Twin("value", _BACK, (_BACK,), _J4),), batch=114,
           why="dE/dL1 (the hidden outputs), a value: the row dE_dS1 times W1' (W1 the output weights, 4 x 1)"),
    Public("dl-dS0", _DL, "b114_hm", "b114_hm", "    dE_dS0 = dE_dL1 .* L1 .* (1-L1);", ((C,),),
           (Twin("value", _D1, (_D1,), _J4),), batch=114),
    Public("dl-dW1", _DL, "b114_hm", "b114_hm", "    dE_dW1 = L1' * dE_dS1;", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_D2}",), _J4),), batch=114,
           why="the output weights' gradient, input-first as W1 is"),
    Public("dl-dW0", _DL, "b114_hm", "b114_hm", "    dE_dW0 = X' * dE_dS0;", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_D1}",), _J4I3),), batch=114),
    Public("dl-W1", _DL, "b114_hm", "b114_hm", "    W1 = W1 - eta * dE_dW1;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_D2}",), _J4),), batch=114),
    # ---- backprop_cl.m (Octave, eight-space indentation): a space before a call's parenthesis, sigmoid (w1 * y0),
    # .*, ', -= updates; the deltas take the sigmoid of the OUTPUTS ------------------------------------------------
    Public("oc-y1", _OC, "b114_cl", "b114_cl", "        y1 = sigmoid (w1 * y0);", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J3),), batch=114,
           why="a space between the function's name and its parenthesis"),
    Public("oc-dz2", _OC, "b114_cl", "b114_cl", "        d_E_z2 = sigmoid (y2) .* (1 - sigmoid (y2)) .* (y2 - t);",
           ((W,),), (Twin("value", _D2, ("sigmoid(a2[0])*(1 - sigmoid(a2[0]))*(a2[0] - y[0])",)),), batch=114,
           why="the sigmoid's slope taken as sigmoid(y2) (1 - sigmoid(y2)) of the OUTPUT y2, which is already the "
               "sigmoid of z2: the slope there is y2 (1 - y2)"),
    Public("oc-dz1", _OC, "b114_cl", "b114_cl",
           "        d_E_z1 = sigmoid (y1) .* (1 - sigmoid (y1)) .* (w2' * d_E_z2);", ((W,),),
           (Twin("value", _D1, (f"sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))*(W2[0,{{j}}]*{_D2})",), _J3),),
           batch=114, why="the same slip at the hidden layer: sigmoid(y1) of the hidden outputs y1"),
    Public("oc-dw2", _OC, "b114_cl", "b114_cl", "        d_E_w2 = d_E_z2 * y1' / m;", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]/1",), _J3),), batch=114,
           why="d_E_z2 the name of dE/dz2 (as the notation says), m = 1: right whatever the line above computed"),
    Public("oc-dw1", _OC, "b114_cl", "b114_cl", "        d_E_w1 = d_E_z1 * y0' / m;", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_D1}*x[{{i}}]/1",), _J3I2),), batch=114),
    Public("oc-w2", _OC, "b114_cl", "b114_cl", "        w2 -= 0.5 * d_E_w2;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2}*a1[{{j}}]",), _J3),), batch=114,
           why="Octave's -=, the rate written as a number, 0.5: the problem file's learning rate (twinned as eta, "
               "which the oracle draws at random: at the file's 0.5 the line is w2 - eta dE/dw2 exactly)"),
    Public("oc-w1", _OC, "b114_cl", "b114_cl", "        w1 -= 0.5 * d_E_w1;", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _J3I2),), batch=114,
           why="the rate 0.5 as in oc-w2: the file's learning rate"),
    # ---- the Portuguese Octave script (four-space indentation): rows, camelCase names, ' and .*, a helper
    # sigmoidDerivative of the outputs, + updates with the code's deltas (-dE/dz) ----------------------------------
    Public("po-err", _PO, "b114_pt", "b114_pt", "    error = Y - outputLayerOutput;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=114),
    Public("po-od", _PO, "b114_pt", "b114_pt",
           "    outputLayerDelta = error .* sigmoidDerivative(outputLayerOutput);", ((C,),),
           (Twin("value", _PD2, (_PD2,)),), batch=114,
           why="the code's delta (-dE/dz2), a value; sigmoidDerivative of the output, its slope written of it"),
    Public("po-he", _PO, "b114_pt", "b114_pt", "    hiddenLayerError = outputLayerDelta * W2';", ((C,),),
           (Twin("value", _PBACK, (_PBACK,), _J4),), batch=114, why="-dE/d(hidden output), a value"),
    Public("po-hd", _PO, "b114_pt", "b114_pt",
           "    hiddenLayerDelta = hiddenLayerError .* sigmoidDerivative(hiddenLayerOutput);", ((C,),),
           (Twin("value", f"{_PBACK}*a1[{{j}}]*(1 - a1[{{j}}])", (f"{_PBACK}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),),
           batch=114),
    Public("po-W2", _PO, "b114_pt", "b114_pt",
           "    W2 = W2 + learningRate * hiddenLayerOutput' * outputLayerDelta;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_PD2}",), _J4),), batch=114,
           why="+ with the code's delta (-dE/dz): the gradient step"),
    # ---- simulate_backprop.py (Python, NumPy, no indentation): rows, the chain's quotients as names (dL_da2,
    # da2_dz2, dz2_dW2), .T, a trailing comment, a trailing space ---------------------------------------------------
    Public("sb-loss", _SB, "b114_ar", "b114_ar", "loss = 0.5 * (y_true - a2)**2 ", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=114,
           why="the loss's definition, a value; a trailing space"),
    Public("sb-dLda2", _SB, "b114_ar", "b114_ar", "dL_da2 = -(y_true - a2)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=114,
           why="the derivative by the output, a value"),
    Public("sb-dLdz2", _SB, "b114_ar", "b114_ar", "dL_dz2 = dL_da2 * da2_dz2", ((C,),),
           (Twin("value", _D2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=114),
    Public("sb-dLdW2", _SB, "b114_ar", "b114_ar", "dL_dW2 = np.dot(dz2_dW2.T, dL_dz2)  # shape (2,1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_D2}",), _J2),), batch=114,
           why="dz2_dW2 = a1 (the line before it), its .T a column: the input-first gradient; a trailing comment"),
    Public("sb-dLda1", _SB, "b114_ar", "b114_ar", "dL_da1 = np.dot(dL_dz2, dz2_da1.T)", ((C,),),
           (Twin("value", _BACK, (_BACK,), _J2),), batch=114, why="dz2_da1 = W2 (the line before it), a value"),
    # ---- DantrazTrev's backpropogation.py (Nielsen's backprop, eight- and twelve-space indentation): a line
    # continued with \, negative indices ([-1], [-l], [-l-1]), .transpose(), net.cost_derivative --------------------
    Public("dt-delta", _DT, "b114_dt", "b114_dt2",
           "        delta = net.cost_derivative(activations[-1], y) * \\\n            sigmoid_prime(zs[-1])", ((C,),),
           (Twin("value", _DK, ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),), batch=114,
           why="the output layer's delta (dC/dz), a value, over two lines joined by \\; net.cost_derivative(a, y) is "
               "a - y (network.py's, which the file imports)"),
    Public("dt-nb", _DT, "b114_dt", "b114_dt2", "        nabla_b[-1] = delta", ((C,),),
           (Twin("gradient", "b2[{k}]", (_DK,), _K2),), batch=114),
    Public("dt-nw", _DT, "b114_dt", "b114_dt2",
           "        nabla_w[-1] = np.dot(delta, activations[-2].transpose())", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_DK}*a1[{{j}}]",), _K2J3),), batch=114),
    Public("dt-nwl", _DT, "b114_dt", "b114_dt1",
           "            nabla_w[-l] = np.dot(delta, activations[-l-1].transpose())", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_DTJ}*x[{{i}}]",), _J3I2),), batch=114),
    # ---- the Korean notes (Markdown, $$ ... $$ on one line each): rows, layers in parentheses ^{(l)}, each display
    # followed by \quad \in \mathbb{R}^{N \times H_1} (its shape); \odot; \sum_{i=1}^{N} over samples --------------
    Public("ko-z1", _KO, "b114_ko", "b114_ko",
           r"$$z^{(1)} = xW^{(1)} + b^{(1)} \quad \in \mathbb{R}^{N \times H_1}$$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J3),), batch=114,
           why="the shape after \\quad \\in is no member of the chain"),
    Public("ko-d3", _KO, "b114_ko", "b114_ko",
           r"$$\delta^{(3)} = \frac{1}{N}(\hat{y} - y) \quad \in \mathbb{R}^{N \times K}$$", ((C,),),
           (Twin("value", "a3[{m}] - t[{m}]", ("(a3[{m}] - t[{m}])/1",), _M3),), batch=114,
           why="dL/dz^(3) of the softmax with the cross-entropy, N = 1, a value"),
    Public("ko-dW3", _KO, "b114_ko", "b114_ko",
           r"$$\frac{\partial L}{\partial W^{(3)}} = (a^{(2)})^T \delta^{(3)} \quad \in \mathbb{R}^{H_2 \times K}$$",
           ((C,),), (Twin("gradient", "W3[{m},{k}]", ("a2[{k}]*(a3[{m}] - t[{m}])",), _M3K2),), batch=114,
           why="W^(3) input-first (H_2 x K): the row a^(2) transposed times the row delta^(3)"),
    Public("ko-db3", _KO, "b114_ko", "b114_ko",
           r"$$\frac{\partial L}{\partial b^{(3)}} = \sum_{i=1}^{N} \delta^{(3)}_i = \mathbf{1}^T \delta^{(3)} "
           r"\quad \in \mathbb{R}^{K}$$", ((C, C),),
           (Twin("gradient", "b3[{m}]", ("a3[{m}] - t[{m}]", "a3[{m}] - t[{m}]"), _M3),), batch=114,
           why="a sum over the batch's samples (one here), \\mathbf{1}^T the row of ones summing them"),
    Public("ko-d2", _KO, "b114_ko", "b114_ko",
           r"$$\delta^{(2)} = \frac{\partial L}{\partial z^{(2)}} = \frac{\partial L}{\partial a^{(2)}} \odot "
           r"\sigma'(z^{(2)}) = \frac{\partial L}{\partial a^{(2)}} \odot a^{(2)} \odot (1 - a^{(2)})$$",
           ((C, C, C),),
           (Twin("value", _KO_D2, (_KO_D2, f"{_KO_A2}*sigmoid(z2[{{k}}])*(1 - sigmoid(z2[{{k}}]))", _KO_D2),
                 _K2),), batch=114, why="a chain of three members, \\odot the element-wise product, a value"),
    Public("ko-da1", _KO, "b114_ko", "b114_ko",
           r"$$\frac{\partial L}{\partial a^{(1)}} = \delta^{(2)} (W^{(2)})^T \quad \in \mathbb{R}^{N \times H_1}$$",
           ((C,),), (Twin("value", _KO_A1, (_KO_A1,), _J3),), batch=114,
           why="the derivative by the hidden outputs, a value"),
    Public("ko-dW1", _KO, "b114_ko", "b114_ko",
           r"$$\frac{\partial L}{\partial W^{(1)}} = x^T \delta^{(1)} \quad \in \mathbb{R}^{D_{in} \times H_1}$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_KO_D1}",), _J3I2),), batch=114),
    # ---- the Vietnamese notes (Markdown): the recap's bullets "  - $\large ...$" (d(a), d(z) of logistic
    # regression); the shallow network's lines indented ten spaces, "$...$ " with trailing spaces and # comments,
    # g'^{[1]}, the update written "$W^{[1]}$ = $W^{[1]}$ - `LearningRate` * $dW^{[1]}$" --------------------------------
    Public("vr-da", _VN, "b114_vr", "b114_vr",
           r"  - $\large d(a) = \frac{d \mathcal{L}}{da} = \frac{d }{da}(-(y\log(a) + (1-y)\log(1-a))) = "
           r"-\frac{y}{a} + \frac{1-y}{1-a}$", ((C, C, C),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",
                 ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",
                  "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])")),), batch=114,
           why="the derivative by the output, a value: d(a) the notes' name for dL/da; \\large before it"),
    Public("vr-dz", _VN, "b114_vr", "b114_vr", r"  - $\large d(z) = \frac{d \mathcal{L}}{dz} = a -y$", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "a1[0] - y[0]")),), batch=114,
           why="dL/dz of the sigmoid with the binary cross-entropy, a value"),
    Public("vn-dZ2", _VN, "b114_vs", "b114_vs", "          $dZ^{[2]} = A^{[2]} - Y$ ", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=114,
           why="an indented line with a trailing space; dZ^{[2]} = dL/dZ^{[2]}, a value"),
    Public("vn-dW2", _VN, "b114_vs", "b114_vs", "          $dW^{[2]} = (dZ^{[2]} * A^{[1]T}) / m $", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]/1",), _J4),), batch=114,
           why="* the matrix product here (the line below says * is element-wise there), A^{[1]T} a row"),
    Public("vn-dZ1", _VN, "b114_vs", "b114_vs",
           "          $dZ^{[1]} = (W^{[2]T} * dZ^{[2]}) * g'^{[1]}(Z^{[1]})$    # element wise product (*)",
           ((C,),), (Twin("value", _VN_D1, ("W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)",), _J4),), batch=114,
           why="g'^{[1]} the hidden activation's derivative (tanh in the notes' code); a # comment after the $...$"),
    Public("vn-dW1", _VN, "b114_vs", "b114_vs", "          $dW^{[1]} = (dZ^{[1]} * A^{[0]T}) / m$    # $A^{[0]}$ is $X$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_VN_D1}*x[{{i}}]/1",), _J4I2),), batch=114,
           why="a comment holding $...$ of its own after the formula"),
    Public("vn-W1", _VN, "b114_vs", "b114_vs",
           "              $W^{[1]}$ = $W^{[1]}$ - `LearningRate` * $dW^{[1]}$", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_VN_D1}*x[{{i}}]",), _J4I2),), batch=114,
           why="the update split into three $...$ pieces and a `LearningRate` in backticks"),
    # ---- the Chinese notes (Markdown): numbered items "      1. $...$" indented six spaces; z^{[z]} once;
    # {\rm d}, np.sum(..., axis=1, keepdims=True) inside $...$, \underbrace with shapes under the terms ---------------
    Public("zc-z1", _ZC, "b114_zc", "b114_zc", r"      1. $z^{[1]} = W^{[1]}x + b^{[1]}$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J4),),
           batch=114),
    Public("zc-a2", _ZC, "b114_zc", "b114_zc", r"      4. $a^{[2]} = g^{[2]}(z^{[z]}) = \sigma(z^{[2]})$",
           unreadable="z^{[z]}", batch=114, why="z^{[z]} for z^{[2]}: the page's typo, layer z"),
    Public("zc-dW2", _ZC, "b114_zc", "b114_zc", r"      2. $dW^{[2]} = {\frac{1}{m}}dz^{[2]}A^{[1]T}$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J4),), batch=114,
           why="{\\frac{1}{m}} in braces, m = 1"),
    Public("zc-db2", _ZC, "b114_zc", "b114_zc",
           r"      3. ${\rm d}b^{[2]} = {\frac{1}{m}}np.sum({d}z^{[2]},axis=1,keepdims=True)$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=114,
           why="{\\rm d}b^{[2]}, NumPy's np.sum with its keywords inside the LaTeX, {d}z^{[2]}"),
    Public("zc-dz1", _ZC, "b114_zc", "b114_zc",
           r"      4. $dz^{[1]} = \underbrace{W^{[2]T}{\rm d}z^{[2]}}_{(n^{[1]},m)}\quad*"
           r"\underbrace{{g^{[1]}}^{'}}_{activation \; function \; of \; hidden \; layer}*\quad"
           r"\underbrace{(z^{[1]})}_{(n^{[1]},m)}$", ((C,),),
           (Twin("value", _ZC_D1, ("W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J4),),
           batch=114,
           why="g^{[1]}'(z^{[1]}) written in three \\underbrace pieces with * between them (the derivative's "
               "argument in a brace of its own), each labelled with its shape or its name"),
    Public("zc-dW1", _ZC, "b114_zc", "b114_zc", r"      5. $dW^{[1]} = {\frac{1}{m}}dz^{[1]}x^{T}$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZC_D1}*x[{{i}}]",), _J4I3),), batch=114),
    Public("zc-db1", _ZC, "b114_zc", "b114_zc",
           r"      6. ${\underbrace{db^{[1]}}_{(n^{[1]},1)}} = {\frac{1}{m}}np.sum(dz^{[1]},axis=1,keepdims=True)$",
           ((C,),), (Twin("gradient", "b1[{j}]", (_ZC_D1,), _J4),), batch=114,
           why="the left side inside \\underbrace with its shape"),
    # ---- the blog post (Markdown, $$ ... $$ lines with a space after the opening $$): Ng's names, \text{\*} for the
    # element-wise product, g'^{[1]} (z^{[1]}) with a space; one slip, X for A^{[1]} in z^{[2]} -----------------------
    Public("gd-z1", _GD, "b114_gd", "b114_gd", r"$$ z^{[1]} = W^{[1]} X + b^{[1]}$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=114),
    Public("gd-A1", _GD, "b114_gd", "b114_gd", r"$$ A^{[1]} = g^{[1]}(z^{[1]})$$", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),), batch=114),
    Public("gd-z2", _GD, "b114_gd", "b114_gd", r"$$ z^{[2]} = W^{[2]} X + b^{[2]}$$", ((W,),),
           (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0]",)),), batch=114,
           why="X (the input) for A^{[1]} (the hidden layer's output): the post's slip (its dW^{[2]} below takes "
               "A^{[1]T}, and it says W^{[2]} is n^{[2]} x n^{[1]})"),
    Public("gd-dz2", _GD, "b114_gd", "b114_gd", r"$$ dz^{[2]} = A^{[2]} - Y$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=114,
           why="dL/dz^{[2]} of the sigmoid with the binary cross-entropy, a value"),
    Public("gd-dW2", _GD, "b114_gd", "b114_gd", r"$$ dW^{[2]} = \frac{1}{m} dz^{[2]} A^{[1]T}$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=114),
    Public("gd-dz1", _GD, "b114_gd", "b114_gd", r"$$ dz^{[1]} = W^{[2]T} dz^{[2]} \text{\*} g'^{[1]} (z^{[1]})$$",
           ((C,),), (Twin("value", _GD_D1, ("W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)",), _J2),), batch=114,
           why="\\text{\\*} (Markdown's escaped star in \\text) the element-wise product, as the post says; g'^{[1]} "
               "(z^{[1]}) with a space before its argument"),
    Public("gd-dW1", _GD, "b114_gd", "b114_gd", r"$$ dW^{[1]} = \frac{1}{m} dz^{[1]} X^T$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_GD_D1}*x[{{i}}]",), _J2I2),), batch=114),
    # ---- the JavaScript network (sixteen- and twelve-space indentation): Neuron objects' fields, -= updates; one
    # slip, weights[j] for weights[k] ------------------------------------------------------------------------------
    Public("jn-err", _JN, "b114_js", "b114_js",
           "            neuron.error = errors[j] * sigmoidDerivative(neuron.output);", ((C,),),
           (Twin("value", _JN_D, (_JN_D,), _J2),), batch=114,
           why="the output neuron's error term (dE/dz), a value (its loop takes network.layers[j] for the neuron, a "
               "slip of the loop's, not of this line)"),
    Public("jn-w", _JN, "b114_js", "b114_js",
           "                neuron.weights[j] -= learningRate * neuron.error * inputs[k];", ((W,),),
           (Twin("update", "W2[{j},{j}]", (f"W2[{{j}},{{j}}] - eta*{_JN_D}*a1[{{k}}]",), _J2K2),), batch=114,
           why="weights[j] (the neuron's own index) for weights[k] inside the loop over k: every input's step "
               "lands on weight j"),
    Public("jn-b", _JN, "b114_js", "b114_js", "            neuron.bias -= learningRate * neuron.error;", ((C,),),
           (Twin("update", "b2[{j}]", (f"b2[{{j}}] - eta*{_JN_D}",), _J2),), batch=114),
]
