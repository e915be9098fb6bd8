r"""Batch 148 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on files whose comments
are in languages other than English; every address a stored file whose repository the index does not name; the
repositories the searches named for Spanish, German, Korean, Japanese, Vietnamese, Turkish and Indonesian pages were
all used by earlier batches): a Russian script training Trask's two-layer network on Pythagorean triples (stored file
25138840680: nonlin(l2, deriv=True), syn1 += l1.T.dot(l2_delta) with no rate), a Russian copy of habr's one-layer
network (stored file 41049132395: nonlin(l1, True) with the flag by position), a Python SimpleMLP class commented in
Russian (stored file 46649188360: Ng's d names on rows, tanh hidden units, dZ2 = self.a2 - y under the MSE it
prints), a Russian laboratory work's MLP221 (stored file 71232655994: thresholds subtracted from the sums, self.T2 +=
self.lr * delta2, @ on rows), a Japanese XOR script (stored file 7171528403: trailing comments in Japanese, the MSE's
derivative written without its 2), a Chinese sine-fitting script (stored file 17064934363: a linear output,
self.tanh_derivative(self.z1), updates with / m after the product), a Chinese one-row two-layer demo (stored file
27819625935: X = [[1]], Y = [0.], steps added with the literal rate 0.1, lines ending in a space) and a Chinese
SimpleNeuralNetwork class, Rashid's network (stored file 752030083: columns, output-first weights, hidden_errors
without the output's slope). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded, a code line's indentation, trailing comment and trailing space kept), each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d
names as the gradients, transposed where the samples are rows, "dW2" = "grad(W2[:, :]).T"; code deltas that are
-dE/dz written "-grad(z2[:]).T" where the updates add them (Trask's l2_delta, the demo's delta, da, error0, delta0);
nonlin declared the sigmoid, its deriv=True flag the slope written of the output, as batch 108 declared r0fls's
nonlin_array; helpers declared "sigmoid' at output" where they compute s (1 - s) of what they are given and "tanh'
at input" where they compute 1 - tanh(x)^2; MLP221's thresholds the biases' negatives, "self.T2" = "-b2[:].T", as its
sigmoid(y1 @ self.W2 - self.T2) makes them; the demo's slopes dt0, dt1 given their definitions; Rashid's
hidden_errors given the meaning the hidden weights' step needs, -dE/d(hidden output)), a network of the kind the page
describes (with the page's numbers where it gives them: the demo's X = [[1]], Y = [0.] and rate 0.1; Rashid's example
sample [1.0, 0.5, -1.5] with target [0.1, 0.9, 0.1] and rate 0.3 on its 3-3-3 network; the rates the files write, 0.1
and 0.5, and rate 1 for the two Trask files whose updates name no rate; all in
tests/public_formulas_batch148_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A code's delta or error (l2_error, l2_delta, l1_error,
l1_delta, error_output, error_hidden, dt, delta, da, error0, delta0, output_errors, hidden_errors) and a loss's
definition (error = 0.5 * np.sum(...), loss = np.mean(...), losx = np.power(...)) are twinned as values, as in
batches 14 to 143.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 148

The batch: 50 formulas from 8 addresses (the Pythagoras script 6, the one-layer script 3, the SimpleMLP class 8,
MLP221 7, the Japanese XOR script 8, the sine-fitting script 6, the one-row demo 8, Rashid's network 4), all in code
(Python/NumPy 50; comments in Russian on 24, Japanese on 8, Chinese on 18). By kind: 15 values (the code's deltas
and errors), 3 losses' definitions, 8 output- or hidden-sum gradients (dZ2, delta2, delta_output ...), 4 weight and bias gradients (dW2, db2, dW1, db1 on Ng's names), 20 updates
(13 of weights, 7 of biases or thresholds; 15 with a named rate, 2 with the literal 0.1, 3 with no rate).

4 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the SimpleMLP class's rm-dz2, dZ2 = self.a2 - y: the binary cross-entropy's output gradient where the loss the
  class prints is np.mean(np.square(output - y)) through a sigmoid output (dL/dZ2 = 2 (a2 - y) a2 (1 - a2) for one
  output and one sample);
- the Japanese script's ja-eo, error_output = (final_output - y)  # MSEの微分: the comment calls it the MSE's
  derivative, which is 2 (output - y) for one output and one sample (the 2 dropped);
- the one-row demo's zr-dt, dt = Y - adn1 (输出误差函数导数, the loss's derivative, with the sign of the steps that
  add it): under losx = (Y - adn1)^2 it is 2 (Y - adn1) (the 2 dropped);
- Rashid's zn-he, hidden_errors = np.dot(self.weights_hidden_output.T, output_errors): the hidden layer's error as
  the hidden weights' step uses it is sum_k W2[k,j] (t_k - o_k) o_k (1 - o_k); the output's slope is missing.

Not mistaken, though they look it: the lines after a wrong one (dW2, db2, dZ1 ... after rm-dz2; delta_output and the
updates after ja-eo; delta, da and the steps after zr-dt; the input-hidden step after zn-he), right as written in
the names they use, each named as the page names it (dZ2 the output sums' gradient, error_output the derivative by
the output); the Trask files' += updates with no rate (their deltas are -dE/dz: the step at rate 1); MLP221's
thresholds updated with += (they are subtracted from the sums: the biases' gradient step); the demo's error0 =
delta.dot(W21.T), computed in the file after W21's update (a slip of the order of its lines, which the line read
alone does not show: twinned with W21 the network's weights); the demo's forward line dn1 = dn0.dot(W21) + b21
(which feeds the hidden sums, not their sigmoid, to the output: not a line taken, the network taken as its comments
describe it, sigmoid hidden outputs adn0 feeding the output, as its backward lines use them).

What was left out: every forward pass (and the demo's dn1 = dn0.dot(W21) + b21 above); the Pythagoras script's
normalization loops; the one-layer script's prediction lines; the SimpleMLP class's W1, b2 updates (the same form
as W2 and b1, taken) and its printed loss (an f-string); MLP221's single-layer perceptron (the same lines on one
unit) and its inference; the Japanese script's b1 update (the same form as b2); the demo's dt0 = adn0*(1-adn0) and
dt1 = adn1*(1-adn1) (definitions the notation gives), its da0, W11 and b11 lines (the same forms as da, W21 and b21,
at the cap of 8 from one file); Rashid's query. Pages read and not taken: a Spanish worked example of Hagan's 1-2-1
network (stored file 28839567360: its repository TheAfrvlz/Python_Machine_Learning used by an earlier batch), a
Korean worked example (stored file 7845889244: its repository used), a Chinese and a Japanese Markdown derivation
(stored files 26148965025, 9926979000: used), an Indonesian worked XOR example (fransis96jst/backpropagation: used),
Italian MATLAB backPropagation functions (stored files 7238134267, 6869397720: cell arrays indexed by a loop,
net.W{i+1} and delta_hidden{i}, z_prev changing meaning inside the loop, no fixed network to name), Turkish MATLAB
scripts (stored files 32810268090, 33050422149: step-function layers and momentum through helper functions whose
bodies the files do not hold), a Turkish NeuralNetwork class (stored file 48267997292: a generator over layers with
list helpers and no formula on named quantities), and three more Russian copies of Trask's network (stored files
11143239343, 23850922175: the same lines as 41049132395).

Collected on 2026-12-07 (13:39 to 13:44 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network in one problem file) before the oracle's run, without
judging a formula: all 8 loaded as first written; the demo's dt0 and dt1 (which its
delta and delta0 lines use) were then added and all 8 loaded again. The oracle's
first run passed every verdict as first transcribed (50 entries and the batch's two checks).

Run blind at main 79964b7 (/work/READY_FOR_BLIND58; src/ as at 79964b7, main's last change to it; the rebase found
the branch already on it), with nothing under src/ changed. The first run (/work/batch148_blind.txt): 47 of 50 read
with every verdict right (94%), 3 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA
CALLED CORRECT. No refusal was a slip of the notations (the flag's refusal is the documented reading of
docs/formulas-in-code.md, and no declaration names where a flagged activation's derivative is taken), so the batch
was run once; tests/test_public_formulas_held_out.py -k "b148-" passed, check's never-wrong-called-correct test
included.

Of the 4 mistaken formulas, all 4 were read with their wrong member called wrong: rm-dz2 (the cross-entropy's a2 - y
under the printed MSE), ja-eo (the MSE's derivative without its 2), zr-dt (the squared error's derivative without its
2), zn-he (Rashid's hidden errors without the output's slope). By page: the Pythagoras script 4 of 6, the one-layer
script 2 of 3, the SimpleMLP class 8 of 8, MLP221 7 of 7, the Japanese XOR script 8 of 8, the sine-fitting script 6
of 6, the one-row demo 8 of 8, Rashid's network 4 of 4.

The refusals by construct, with the exact message:

- Trask's nonlin with a true flag taken of the layer's OUTPUT (nonlin(x, deriv=True) returns x*(1-x)): rp-d2, rp-d1
  and rs-d, "formula 'l2_delta = l2_error * nonlin(l2, deriv=True)': nonlin(u, True) reads as sigmoid's derivative at
  its input (u = z) or at its output (u = a), and the two readings do not agree; write sigmoid'(z) for the
  derivative at the input z, or a(1 - a) for it at the output a" (the same for 'l1_delta = l1_error * nonlin(l1,
  deriv=True)' and 'l1_delta = l1_error * nonlin(l1, True)').

Read, among the constructs these pages brought: Trask's l2_error, l1_error = l2_delta.dot(syn1.T) and syn0 +=
l0.T.dot(l1_delta) with no rate; Ng's backward pass on rows with / m after the product, np.power for tanh's slope and
a trailing comment in Russian (rm-dz2 called wrong); @ on rows with dsigmoid of the outputs and thresholds
subtracted from the sums, self.T2 += self.lr * delta2, read as the bias's step through "self.T2" = "-b2[:].T"; half
the squared error as np.sum with 0.5; trailing comments in Japanese after two spaces and after one, the MSE's
derivative by the output as a named error (ja-eo called wrong) and the chain rule from it; a linear output with
self.tanh_derivative(self.z1) and updates with the rate before the product and / m after it; slopes given as
definitions (dt0, dt1), lines ending in a space, steps added with the literal rate 0.1 (zr-dt called wrong);
Rashid's columns and output-first weights with long += lines, hidden_errors read as -dE/d(hidden output) (zn-he
called wrong).

Which look general: the one refusal's construct is general: Trask's nonlin(x, deriv=True), returning x*(1-x) and
called on the layer's output (l2, l1), is among the most copied lines of students' NumPy code, in every language
(three more Russian copies were read and not taken); the reader judges a flagged activation at the input and the
output alike and refuses where they differ, as docs/formulas-in-code.md documents, and a notation has no way to say
that the flag's derivative is taken of the output (the same page documents a declared derivative word,
"sigmoid' at output", called with more than its one argument as refused; not tried here), so each such line is
refused whatever the teacher writes.
After the first run (session 37, lead): fixnew37c made a notation able to say where a flagged activation's derivative
is taken, functions = { nonlin = "sigmoid, derivative at output" } (docs/formulas-in-code.md); b148_rp and b148_rs,
whose comments already said nonlin(s, deriv=True) = s (1 - s), declare it so now (first written nonlin = "sigmoid").
The batch reads 50 of 50 with them; as it came, 47 of 50 (94%), the count the README's first-run column keeps.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch148_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_RP = _STORED.format(25138840680, "# -*- coding: utf-8 -*-",
                     "a Russian script training Trask's two-layer network on Pythagorean triples, commented in "
                     "Russian: nonlin(x, deriv=True), += updates with no rate")
_RS = _STORED.format(41049132395, "import numpy as np",
                     "a Russian copy of habr's one-layer network (after Trask), commented in Russian")
_RM = _STORED.format(46649188360, "import numpy as np",
                     "a Python SimpleMLP class commented in Russian: tanh hidden units, a sigmoid output, Ng's d names")
_RT = _STORED.format(71232655994, "import numpy as np",
                     "a Russian laboratory work (ЛАБОРАТОРНАЯ РАБОТА №1): an MLP 2-2-1 with thresholds subtracted "
                     "from the sums, trained online on XOR")
_JA = _STORED.format(7171528403, "import numpy as np",
                     "a Japanese XOR script: sigmoid layers under the mean squared error, comments in Japanese")
_ZS = _STORED.format(17064934363, "import numpy as np",
                     "a Chinese sine-fitting script: a tanh hidden layer and a linear output, comments in Chinese")
_ZR = _STORED.format(27819625935, "# -*- coding: utf-8 -*-",
                     "a Chinese one-row two-layer demo (单行双层神经网络demo) with X = [[1]], Y = [0.], comments in "
                     "Chinese")
_ZN = _STORED.format(752030083, "import numpy as np",
                     "a Chinese SimpleNeuralNetwork class (Rashid's network), comments in Chinese")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_I3 = tuple({"i": i} for i in range(3))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the Pythagoras script's 3-4-1 sigmoid network under half the squared error: dE/dz2, dE/dz1[j]
_RP_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_RP_D1 = f"{_RP_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the one-layer script's 3-1 sigmoid unit under half the squared error: dE/dz1
_RS_D = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

# the SimpleMLP's 2-4-1 network (tanh hidden, sigmoid output) under the squared error (one output: its mean)
_RM_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_RM_D1 = f"{_RM_D2}*W2[0,{{j}}]*(1 - a1[{{j}}]**2)"

# MLP221's 2-2-1 sigmoid network under half the squared error
_RT_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_RT_D1 = f"{_RT_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Japanese 2-3-1 sigmoid network under the squared error (one output: its mean)
_JA_G2 = "2*(a2[0] - y[0])"
_JA_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JA_A1 = f"{_JA_D2}*W2[0,{{j}}]"
_JA_D1 = f"{_JA_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the sine fitter's 1-3-1 network (tanh hidden, linear output) under half the squared error
_ZS_D2 = "(a2[0] - y[0])"
_ZS_D1 = "(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"

# the one-row demo's 1-3-1 sigmoid network under the squared error
_ZR_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ZR_A1 = f"{_ZR_D2}*W2[0,{{j}}]"
_ZR_D1 = f"{_ZR_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# Rashid's 3-3-3 sigmoid network under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_ZN_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ZN_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
_ZN_E1 = " + ".join(f"W2[{k},{{j}}]*(y[{k}] - a2[{k}])" for k in range(3))


ENTRIES = [
    # ---- the Russian Pythagoras script (four-space indentation): Trask's names l0, l1, l2, syn0, syn1, nonlin with
    # its deriv=True flag (the slope written of the output), .dot and .T on rows, += updates with no rate ----------
    Public("h8-rp-e2", _RP, "b148_rp", "b148_rp", "    l2_error = y - l2", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=148,
           why="the output's error, target minus output, a value"),
    Public("h8-rp-d2", _RP, "b148_rp", "b148_rp", "    l2_delta = l2_error * nonlin(l2, deriv=True)", ((C,),),
           (Twin("value", f"-{_RP_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=148,
           why="the code's delta (-dE/dz2), a value; nonlin(x, deriv=True) = x (1 - x) taken of the output l2"),
    Public("h8-rp-e1", _RP, "b148_rp", "b148_rp", "    l1_error = l2_delta.dot(syn1.T)", ((C,),),
           (Twin("value", f"-{_RP_D2}*W2[0,{{j}}]", (f"-{_RP_D2}*W2[0,{{j}}]",), _J4),), batch=148,
           why="-dE/d(hidden output j), a value: the row l2_delta times syn1 transposed (syn1 input-first)"),
    Public("h8-rp-d1", _RP, "b148_rp", "b148_rp", "    l1_delta = l1_error * nonlin(l1, deriv=True)", ((C,),),
           (Twin("value", f"-{_RP_D1}", (f"-{_RP_D1}",), _J4),), batch=148),
    Public("h8-rp-w1", _RP, "b148_rp", "b148_rp", "    syn1 += l1.T.dot(l2_delta)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_RP_D2}*a1[{{j}}]",), _J4),), batch=148,
           why="+= with the code's delta (-dE/dz) and no rate: the gradient step at rate 1 (the problem file's)"),
    Public("h8-rp-w0", _RP, "b148_rp", "b148_rp", "    syn0 += l0.T.dot(l1_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_RP_D1}*x[{{i}}]",), _J4I3),), batch=148),
    # ---- the Russian one-layer script (four-space indentation): the same names on one sigmoid unit, nonlin(l1, True)
    # with the flag passed by position, np.dot(l0.T, l1_delta) -------------------------------------------------------
    Public("h8-rs-e", _RS, "b148_rs", "b148_rs", "    l1_error = y - l1", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=148),
    Public("h8-rs-d", _RS, "b148_rs", "b148_rs", "    l1_delta = l1_error * nonlin(l1, True)", ((C,),),
           (Twin("value", f"-{_RS_D}", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=148,
           why="the code's delta (-dE/dz), a value; the flag True by position"),
    Public("h8-rs-w", _RS, "b148_rs", "b148_rs", "    syn0 += np.dot(l0.T, l1_delta)", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_RS_D}*x[{{i}}]",), _I3),), batch=148,
           why="the step at rate 1, the code's delta added"),
    # ---- the Russian SimpleMLP class (eight-space indentation): Ng's backward pass on rows with /m after the
    # product, np.power for tanh's slope, a trailing comment in Russian; dZ2 = a2 - y under the printed MSE ---------
    Public("h8-rm-dz2", _RM, "b148_rm", "b148_rm", "        dZ2 = self.a2 - y", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=148,
           why="under the loss the class prints, np.mean(np.square(output - y)), through the sigmoid output dL/dZ2 = "
               "2 (a2 - y) a2 (1 - a2) (per output and sample); a2 - y is the binary cross-entropy's (the code's "
               "slip)"),
    Public("h8-rm-dw2", _RM, "b148_rm", "b148_rm", "        dW2 = np.dot(self.a1.T, dZ2) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_RM_D2}/1",), _J4),), batch=148,
           why="dZ2 the output sums' gradient, as named; right as written in it"),
    Public("h8-rm-db2", _RM, "b148_rm", "b148_rm", "        db2 = np.sum(dZ2, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_RM_D2}/1",)),), batch=148),
    Public("h8-rm-dz1", _RM, "b148_rm", "b148_rm",
           "        dZ1 = np.dot(dZ2, self.W2.T) * (1 - np.power(self.a1, 2))  # Производная tanh", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RM_D1,), _J4),), batch=148,
           why="tanh's slope written of the hidden outputs, 1 - a1^2; the comment in Russian (tanh's derivative)"),
    Public("h8-rm-dw1", _RM, "b148_rm", "b148_rm", "        dW1 = np.dot(X.T, dZ1) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RM_D1}/1",), _J4I2),), batch=148),
    Public("h8-rm-db1", _RM, "b148_rm", "b148_rm", "        db1 = np.sum(dZ1, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"{_RM_D1}/1",), _J4),), batch=148),
    Public("h8-rm-w2", _RM, "b148_rm", "b148_rm", "        self.W2 -= learning_rate * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_RM_D2}",), _J4),), batch=148),
    Public("h8-rm-b1", _RM, "b148_rm", "b148_rm", "        self.b1 -= learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_RM_D1}",), _J4),), batch=148),
    # ---- the Russian laboratory work's MLP221 (eight-space indentation): @ on rows, dsigmoid of the outputs,
    # thresholds subtracted from the sums and updated with +=, half the squared error as the returned error --------
    Public("h8-rt-d2", _RT, "b148_rt", "b148_rt", "        delta2 = (y2 - e) * dsigmoid(y2)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_RT_D2,)),), batch=148,
           why="dE/dz2 of half the squared error (the weights' updates subtract it); dsigmoid takes the output"),
    Public("h8-rt-d1", _RT, "b148_rt", "b148_rt", "        delta1 = (delta2 @ self.W2.T) * dsigmoid(y1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RT_D1,), _J2),), batch=148),
    Public("h8-rt-w2", _RT, "b148_rt", "b148_rt", "        self.W2 -= self.lr * (y1.T @ delta2)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_RT_D2}*a1[{{j}}]",), _J2),), batch=148),
    Public("h8-rt-t2", _RT, "b148_rt", "b148_rt", "        self.T2 += self.lr * delta2", ((C,),),
           (Twin("update", "b2[0]", (f"-(-b2[0] + eta*{_RT_D2})",)),), batch=148,
           why="T2 the threshold subtracted from the sum (the bias's negative): += is the bias's gradient step"),
    Public("h8-rt-w1", _RT, "b148_rt", "b148_rt", "        self.W1 -= self.lr * (x.T @ delta1)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_RT_D1}*x[{{i}}]",), _J2I2),), batch=148),
    Public("h8-rt-t1", _RT, "b148_rt", "b148_rt", "        self.T1 += self.lr * delta1", ((C,),),
           (Twin("update", "b1[{j}]", (f"-(-b1[{{j}}] + eta*{_RT_D1})",), _J2),), batch=148),
    Public("h8-rt-err", _RT, "b148_rt", "b148_rt", "        error = 0.5 * np.sum((y2 - e) ** 2)", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("0.5*(a2[0] - y[0])**2",)),), batch=148,
           why="the error's definition, half the squared error, a value"),
    # ---- the Japanese XOR script (four-space indentation): trailing comments in Japanese, the MSE's derivative
    # written without its 2, then deltas and updates on rows --------------------------------------------------------
    Public("h8-ja-loss", _JA, "b148_ja", "b148_ja", "    loss = np.mean((y - final_output) ** 2)", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=148,
           why="the loss's definition, the mean over one sample and one output, a value"),
    Public("h8-ja-eo", _JA, "b148_ja", "b148_ja", "    error_output = (final_output - y)  # MSEの微分", ((W,),),
           (Twin("value", _JA_G2, ("a2[0] - y[0]",)),), batch=148,
           why="the comment calls it the MSE's derivative: dL/d(output) of np.mean((y - output)^2) is 2 (output - "
               "y) for one output and one sample (the factor 2 dropped: the page's slip)"),
    Public("h8-ja-do", _JA, "b148_ja", "b148_ja",
           "    delta_output = error_output * sigmoid_derivative(final_output)  # チェインルール", ((C,),),
           (Twin("gradient_z", "z2[0]", (_JA_D2,)),), batch=148,
           why="the chain rule from error_output, as named (dL/d output); right as written in it"),
    Public("h8-ja-eh", _JA, "b148_ja", "b148_ja", "    error_hidden = delta_output.dot(W2.T)  # 出力層からの誤差伝播",
           ((C,),), (Twin("value", _JA_A1, (_JA_A1,), _J3),), batch=148,
           why="dL/d(hidden output j), a value: the row delta_output times W2 transposed"),
    Public("h8-ja-dh", _JA, "b148_ja", "b148_ja",
           "    delta_hidden = error_hidden * sigmoid_derivative(hidden_output)  # チェインルール", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JA_D1,), _J3),), batch=148),
    Public("h8-ja-w2", _JA, "b148_ja", "b148_ja", "    W2 -= learning_rate * hidden_output.T.dot(delta_output)",
           ((C,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_JA_D2}",), _J3),), batch=148),
    Public("h8-ja-b2", _JA, "b148_ja", "b148_ja",
           "    b2 -= learning_rate * np.sum(delta_output, axis=0, keepdims=True) # 各項の誤差の合計に学習率をかける",
           ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_JA_D2}",)),), batch=148,
           why="the sum over the samples (one); the comment in Japanese"),
    Public("h8-ja-w1", _JA, "b148_ja", "b148_ja", "    W1 -= learning_rate * X.T.dot(delta_hidden)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_JA_D1}",), _J3I2),), batch=148),
    # ---- the Chinese sine-fitting script (eight-space indentation): a linear output, self.tanh_derivative of the
    # sums, updates with the rate before the product and /m after it ------------------------------------------------
    Public("h8-zs-d2", _ZS, "b148_zs", "b148_zs", "        delta2 = (output - y)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=148,
           why="the linear output under half the squared error"),
    Public("h8-zs-d1", _ZS, "b148_zs", "b148_zs",
           "        delta1 = np.dot(delta2, self.w2.T) * self.tanh_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ZS_D1,), _J3),), batch=148,
           why="tanh_derivative(x) = 1 - tanh(x)^2, taken of the sums"),
    Public("h8-zs-w2", _ZS, "b148_zs", "b148_zs",
           "        self.w2 -= learning_rate * np.dot(self.a1.T, delta2) / m", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_ZS_D2}/1",), _J3),), batch=148),
    Public("h8-zs-b2", _ZS, "b148_zs", "b148_zs",
           "        self.b2 -= learning_rate * np.sum(delta2, axis=0, keepdims=True) / m", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_ZS_D2}/1",)),), batch=148),
    Public("h8-zs-w1", _ZS, "b148_zs", "b148_zs", "        self.w1 -= learning_rate * np.dot(x.T, delta1) / m",
           ((C,),), (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] - eta*x[0]*{_ZS_D1}/1",), _J3),), batch=148),
    Public("h8-zs-b1", _ZS, "b148_zs", "b148_zs",
           "        self.b1 -= learning_rate * np.sum(delta1, axis=0, keepdims=True) / m", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ZS_D1}/1",), _J3),), batch=148),
    # ---- the Chinese one-row demo (four-space indentation): slopes written of the outputs, the loss's derivative
    # without its 2, steps added with the literal rate 0.1 and a trailing space -----------------------------------------
    Public("h8-zr-los", _ZR, "b148_zr", "b148_zr", "    losx = np.power(Y - adn1,2)", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=148,
           why="the loss's definition (输出层误差), the squared error, a value"),
    Public("h8-zr-dt", _ZR, "b148_zr", "b148_zr", "    dt = Y - adn1 ", ((W,),),
           (Twin("value", "-2*(a2[0] - y[0])", ("y[0] - a2[0]",)),), batch=148,
           why="输出误差函数导数, the loss's derivative by the output, with the sign of the steps that add it: "
               "-dL/d(adn1) = 2 (Y - adn1) under losx = (Y - adn1)^2 (the factor 2 dropped: the page's slip); a "
               "trailing space"),
    Public("h8-zr-delta", _ZR, "b148_zr", "b148_zr", "    delta = dt * dt1", ((C,),),
           (Twin("value", f"-{_ZR_D2}", (f"-{_ZR_D2}",)),), batch=148,
           why="-dL/dz2 from dt, as named; right as written in it; dt1 = adn1 (1 - adn1)"),
    Public("h8-zr-da", _ZR, "b148_zr", "b148_zr", "    da = adn0.T.dot(delta)", ((C,),),
           (Twin("value", f"-{_ZR_D2}*a1[{{j}}]", (f"-a1[{{j}}]*{_ZR_D2}",), _J3),), batch=148,
           why="-dL/dW21, a value (the step adds it)"),
    Public("h8-zr-w21", _ZR, "b148_zr", "b148_zr", "    W21 = W21 + da * 0.1 ", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_ZR_D2}*a1[{{j}}]",), _J3),), batch=148,
           why="the step with the literal rate 0.1 (the problem file's), da = -dL/dW21 added; a trailing space"),
    Public("h8-zr-b21", _ZR, "b148_zr", "b148_zr", "    b21 = b21 + delta * 0.1 ", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_ZR_D2}",)),), batch=148),
    Public("h8-zr-e0", _ZR, "b148_zr", "b148_zr", "    error0 = delta.dot(W21.T)", ((C,),),
           (Twin("value", f"-{_ZR_A1}", (f"-{_ZR_A1}",), _J3),), batch=148,
           why="-dL/d(hidden output j), a value, with W21 the weights (the file computes it after W21's update, "
               "a slip of the order of its lines that the line itself does not show)"),
    Public("h8-zr-d0", _ZR, "b148_zr", "b148_zr", "    delta0 = error0 * dt0", ((C,),),
           (Twin("value", f"-{_ZR_D1}", (f"-{_ZR_D1}",), _J3),), batch=148,
           why="-dL/dz1, a value; dt0 = adn0 (1 - adn0)"),
    # ---- Rashid's network commented in Chinese (eight-space indentation): columns, output-first weights, trailing
    # comments in Chinese; the hidden errors without the output's slope -----------------------------------------------
    Public("h8-zn-oe", _ZN, "b148_zn", "b148_zn", "        output_errors = targets - final_outputs  # 输出层误差", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=148),
    Public("h8-zn-he", _ZN, "b148_zn", "b148_zn",
           "        hidden_errors = np.dot(self.weights_hidden_output.T, output_errors)  # 隐藏层误差", ((W,),),
           (Twin("value", f"-({_ZN_A1})", (_ZN_E1,), _J3),), batch=148,
           why="the hidden layer's error as the hidden weights' step uses it, -dE/d(hidden output j) = sum_k W2[k,j] "
               "(t_k - o_k) o_k (1 - o_k): the output's slope o_k (1 - o_k) is missing (Rashid's simplification, "
               "the page's slip)"),
    Public("h8-zn-who", _ZN, "b148_zn", "b148_zn",
           "        self.weights_hidden_output += self.learning_rate * np.dot((output_errors * final_outputs * (1.0 - "
           "final_outputs)), hidden_outputs.T)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_ZN_D2}*a1[{{j}}]",), _K3J3),), batch=148,
           why="the step at the class's rate, -dE/dz2 = (t - o) o (1 - o) times the hidden outputs"),
    Public("h8-zn-wih", _ZN, "b148_zn", "b148_zn",
           "        self.weights_input_hidden += self.learning_rate * np.dot((hidden_errors * hidden_outputs * (1.0 - "
           "hidden_outputs)), inputs.T)", ((C,),),
           (Twin("update", "W1[{j},{i}]",
                 (f"W1[{{j}},{{i}}] + eta*(-({_ZN_A1}))*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _J3I3),), batch=148,
           why="right as written in hidden_errors, named -dE/d(hidden output) (the slip is that line's)"),
]
