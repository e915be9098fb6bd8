r"""Batch 138 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in:
eleven stored files whose repositories the index does not name, in five languages, one of them a Markdown article):
five Python/NumPy scripts of the kind homework hands in, rows of samples with np.dot, .dot, .T and += or W = W + ...
updates (an XOR script with a loss plot, stored file 25393436500: loss = np.mean(0.5 * (y - output_layer) ** 2),
learning_rate = 0.05; a notMNIST letter classifier indented with tabs, stored file 26779332553: links1 +=
hidden_layer.T.dot(output_delta) with no rate; a NeuralNetwork class classifying words, stored file 44844119148:
self.bias_output += np.sum(output_delta, axis=0) * learning_rate; an XOR script in boxed comment sections, stored file
70330283279: hidden_delta = output_delta.dot(W2.T) * \ continued on the next line, W2 = W2 + ...; a Markdown article,
"Why are weights restricted to training use?", stored file 23141763625, with a ```python training loop); three Java
classes (a video-recommendation service commented in Chinese, stored file 59387925030: a tanh hidden layer, double
hiddenDelta = hiddenError * (1 - hidden[j] * hidden[j]);, update(input, target, 0.01); a spam classifier, stored file
18359325865: hiddenErrors[i], hiddenDeltas[i], the loops' i and j changing roles; a bot's NetBase, stored file
24268240423: updates without a rate, weightsInputHidden[i][j] += deltaHidden;, one slip); a TypeScript
HeatTransferANN (stored file 52060027464: this.weights.w1.map((row, i) => ...) callbacks, nested over three lines); a
C++ NeuralNetwork (stored file 17890505221: weightsInputHidden[j][i], example.features[j], nn(0.7)); and a C# Unity
SimpleNeuralNetwork (stored file 43612684111: float arrays, weightsInputHidden[j, i], a loop's local hiddenOutput and
input). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; each line
with its indentation, its tabs and the comment after it), each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents: NumPy rows named as transposes,
"W2" = "W2[:, :].T" for weights stored input-first; code deltas that are -dE/dz written "-delta2[:].T" (NumPy) or
"-delta2[0]" (Java, TypeScript, C++, C#) where the updates add them; helpers declared "sigmoid' at output" where they
compute x (1 - x) of the output; the loops' arrays named with placeholders, "weightsInputHidden[i][j]" = "W1[j, i]",
"weightsInputHidden[j, i]" = "W1[i, j]", and a loop's scalar locals (hiddenError, hiddenDelta, hiddenOutput, input)
with the loop's index; TypeScript's arrays named whole, "hiddenOutputs" = "a1[:]", and the callback's err with its
index), a network of the kind the page describes (with the page's numbers where it gives them: the XOR scripts' 2-2-1
and learning rates 0.05 and 0.5, the C++ file's 4-2-1 and 0.7, the C# file's 2-2-1 and 0.1, the Java service's 0.01
and tanh hidden layer, the article's 2-3-1; rate 1 for the two files whose updates name none; all in
tests/public_formulas_batch138_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. The code's deltas, errors and sums (output_delta,
hiddenErrors[i], hiddenDelta) and forward lines (hidden_layer = sigmoid(np.dot(X, W1) + b1), hiddenRaw[i] = x1 *
weightsInputHidden[0, i] + ...) are twinned as values, as in batches 14 to 137; the updates as updates, with eta for
the file's rate (the problem file's; rate 1 where no rate is written, as batch 92's ph7-s0). What was left out is said
in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 138

The batch: 76 formulas from 11 addresses (the XOR script with a loss plot 7, the notMNIST script 6, the word classifier
7, the boxed XOR script 8, the Markdown article 5, the Java service 7, the TypeScript class 8, the Java spam classifier
7, the Java NetBase 6, the C++ class 8, the C# class 7). All 76 in code (Python 33, five of them in the article's
```python block; Java 20, TypeScript 8, C++ 8, C# 7).

1 is mistaken (the oracle finds a member wrong), and none is mistyped:

- the Java NetBase's nb-wih, weightsInputHidden[i][j] += deltaHidden;: the step leaves out the input (backward(double
  target) is not given it), so every weight into hidden unit j moves by that unit's delta alone where the gradient
  step is deltaHidden * input[i] (times the rate, which the file leaves out everywhere: 1).

Not mistaken, though they look it: the Java service's and the NetBase's hidden errors (hiddenError = outputDelta *
weights2[j][0]), computed after the output weights were updated in the same call (the lines are right with the weights
as named; the slip is the order, not a line's, as batch 137's ReLU script); the updates with += (the deltas are
-dE/dz); the NetBase's "// Output layer gradient" and the C++ "// Gradient for output" on the code's deltas (-dE/dz2,
sign aside); the word classifier's np.sum(..., axis=0) without keepdims (its biases are 1-D arrays); the notMNIST and
NetBase updates without a rate (rate 1); the TypeScript output weights' map, which reads hiddenOutputs before any
update.

What was left out: the XOR script's loss line (np.mean of half the squares over the samples: a loss the notation would
have to name) and its decision lines; the notMNIST script's cost, image reading and prediction; the word classifier's
forward output line (the same construct as the hidden one) and word features; the boxed script's other forward lines
and b2's update (the same constructs as those taken) and its printing; the article's other lines (the same as the
boxed script's) and its inference and TensorFlow blocks; the Java service's forward loops (running sums, sum +=
input[j] * weights1[j][i]), its bias1 loop (hiddenError and hiddenDelta declared again with i for the hidden unit: one
notation cannot give the same names two indices) and its embedding updates (not the network's); the TypeScript forward
callbacks (reduce with an accumulator) and its normalization; the Java spam classifier's forward loops and output
bias (the same as the C++ one); the NetBase's forward loops and file I/O; the C++ forward loops and data loading; the
C# Forward's output line (a sum over two lines, the same construct as hiddenRaw[i]) and its outputError (the same as
the Java ones). Pages read and not taken: a Rust ndarray XOR network in a Reddit digest (stored file 37583072508: its
code stored with HTML entities, &amp;y - &amp;output, which no student wrote), a Python class with a bias column
concatenated to X (stored file 34138264814) and one with momentum (stored file 34926366462), a tanh-softmax script with
helper calls only (stored file 23262441567), a Python class without a rate (stored file 5267643385, the same lines as
those taken), and C#, TypeScript and Java files with momentum or one weight vector shared by every hidden unit
(stored files 4568915498, 34262710822, 1258330075, 18707603702).

Collected on 2026-12-07 (10:16 to 10:28 by the machine's clock, the oracle's runs included, before any check run).
Every notation was loaded (notation_loading.load_notation, each with its network, the notation's table appended to the
network's problem text) before the run, without judging a formula: all 11 pairs loaded as first written. The oracle's
first run passed every verdict as first transcribed (all 76).

Run blind at main aa90a3e (/work/READY_FOR_BLIND55, open before the batch's commit; src/ as at ac5ff65, main's last
change to it; the rebase without conflict, the branch already on main), with nothing under src/ changed. The first
run (/work/batch138_blind.txt): 71 of 76 read with every verdict right (93%), 5 refused, no typo in the batch, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts
from the wrong number, none names a quantity the page does not mean: four stop at the page's own construct, and one
at an element of an array the notation names whole, this.weights.b2, as batch 116 named Kotlin's arrays), so the
batch was run once.

The mistaken formula, nb-wih (weightsInputHidden[i][j] += deltaHidden;, the input left out), was read with its member
called wrong. By page: the XOR script with a loss plot 7 of 7, the notMNIST script 6 of 6, the word classifier 7 of 7,
the boxed XOR script 8 of 8, the Markdown article 5 of 5, the Java service 7 of 7, the TypeScript class 3 of 8, the
Java spam classifier 7 of 7, the Java NetBase 6 of 6, the C++ class 8 of 8, the C# class 7 of 7.

The refusals by construct (5, all the TypeScript class's), with the exact message:

- 4, TypeScript's array map with an arrow callback of two parameters (arr.map((w, i) => ...)): ts-he, ts-w2, ts-w1 and
  ts-b1; ts-he: "formula 'hiddenErrors = this.weights.w1.map((_, i) \\Rightarrow thi...': unexpected at ')' (position
  92)" (the arrow read as \Rightarrow, the callback's parameter list not taken for one; ts-w2 at position 105, ts-w1 at
  133 over its three lines, ts-b1 at 84);
- 1, an element of an array the notation names whole: ts-b2, "formula 'this.weights.b2[0] += lr * outputDelta':
  this.weights.b2_{0} matches none of the notation's patterns for this.weights.b2 ('this.weights.b2')" (the notation
  gives "this.weights.b2" = "b2[:]"; the reader takes [0] as a subscript to match against the patterns rather than
  an index into the named vector).

Read, among the constructs these pages brought: NumPy rows with np.dot, .dot, .T, np.sum(..., axis=0) with and without
keepdims, += and W = W + ... updates named as transposes (five scripts and the article's block), a statement continued
by a backslash (bx-hd), lines indented with tabs (the notMNIST script), updates without a rate (rate 1: nm-w2, nm-w1,
nb-who, and nb-wih, the page's slip, called wrong); Java declarations with their type (double outputDelta = ...;) and
comments after the code, arrays [i][j] input-first with placeholders whose loops' letters change roles (the spam
classifier's i the hidden unit in one loop and the input in the next), loop-scalar locals named with the loop's index
(hiddenError, hiddenDelta, the C# hiddenOutput and input), tanh's slope written 1 - hidden[j] * hidden[j]; C++'s
example.features[j] and example.label; C#'s float declarations and [j, i] subscripts with a number in one place
(weightsInputHidden[0, i]); TypeScript's const declarations and a map callback of one hidden unit's error
(hiddenErrors.map((err, i) => ...), ts-hd, read).

Which look general (would appear in much homework): JavaScript/TypeScript map callbacks (arr.map((w, i) => w + ...)),
the idiom of any JS network for its vectors' arithmetic (one, whose callback's first parameter the notation names,
was read; those over this.weights.* were refused); an array named whole in the notation and indexed in a formula
(this.weights.b2[0]). Page-specific: none.
"""


from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch138_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_XP = _STORED.format(25393436500, "import numpy as np",
                     "a Python XOR script with a loss plot and decision lines, loss = np.mean(0.5 * (y - output_layer) ** 2)")
_NM = _STORED.format(26779332553, "from __future__ import print_function",
                     "a Python notMNIST letter classifier indented with tabs: links0, links1, derivatives_sigmoid")
_WC = _STORED.format(44844119148, "import numpy as np",
                     "a Python NeuralNetwork class classifying words as long or short from their vowels")
_BX = _STORED.format(70330283279, "import numpy as np",
                     "a Python XOR script in boxed comment sections, # 7. TRAIN THE NETWORK, a line continued by a "
                     "backslash")
_AR = _STORED.format(23141763625, "---",
                     "a Markdown article, \"Why are weights restricted to training use?\", with a ```python training "
                     "loop")
_JZ = _STORED.format(59387925030, "package com.martin.genAiAgent.service;",
                     "a Java video-recommendation service commented in Chinese: a tanh hidden layer, // 反向传播, "
                     "// 更新权重2")
_TS = _STORED.format(52060027464, "/**",
                     "a TypeScript HeatTransferANN class: map and reduce callbacks, // Backward pass")
_JS = _STORED.format(18359325865, "package m2i.datamining_mlp.model;",
                     "a Java spam-filter network, trainSample(double[] input, int target), // BACKWARD PASS")
_NB = _STORED.format(24268240423, "package group15.bot;",
                     "a Java abstract class NetBase of a bot: forward, backward(double target), loadNet, saveNet")
_CP = _STORED.format(17890505221, "#include <iostream>",
                     "a C++ NeuralNetwork class predicting whether a user reads a post, Doxygen comments")
_CS = _STORED.format(43612684111, "using UnityEngine;",
                     "a C# SimpleNeuralNetwork for Unity trained on XOR, float arrays, weightsInputHidden[j, i]")


def _rows(**ranges) -> tuple:
    names = list(ranges)
    out = [{}]
    for name in names:
        out = [{**row, name: v} for row in out for v in range(ranges[name])]
    return tuple(out)


# one sigmoid output under half the squared error: -dE/dz2 (D), -dE/d a1[j] (E) and -dE/dz1[j] (DH) of hidden unit j
_D = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_E = f"{_D}*W2[0,{{j}}]"
_DH = f"{_E}*a1[{{j}}]*(1 - a1[{{j}}])"
# the same with i the hidden unit's index
_Ei = f"{_D}*W2[0,{{i}}]"
_DHi = f"{_Ei}*a1[{{i}}]*(1 - a1[{{i}}])"
# a tanh hidden layer: -dE/dz1[j]
_TH = f"{_E}*(1 - a1[{{j}}]**2)"
# the notMNIST network, 4-3-2: -dE/dz2[k], -dE/dz1[j]
_Dk = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_NMH = ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
        "*a1[{j}]*(1 - a1[{j}])")

_J2, _J3, _J4 = (_rows(j=n) for n in (2, 3, 4))
_I2, _I4 = (_rows(i=n) for n in (2, 4))


def _upd(target: str, step: str) -> str:
    return f"{target} + eta*{step}"


ENTRIES = [
    # ---- the XOR script with a loss plot (Python, four-space indentation): rows, np.dot, .dot, .T, += -----------
    Public("b138-xp-hl", _XP, "b138_xp", "b138_xp", "    hidden_layer = sigmoid(np.dot(X, W1) + b1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J2),), batch=138,
           why="the hidden outputs of the input row, W1 input-first"),
    Public("b138-xp-od", _XP, "b138_xp", "b138_xp",
           "    output_delta = (y - output_layer) * sigmoid_derivative(output_layer)", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x * (1 - x) of the output"),
    Public("b138-xp-hd", _XP, "b138_xp", "b138_xp",
           "    hidden_delta = output_delta.dot(W2.T) * sigmoid_derivative(hidden_layer)", ((C,),),
           (Twin("value", _DH, (_DH,), _J2),), batch=138),
    Public("b138-xp-w2", _XP, "b138_xp", "b138_xp", "    W2 += hidden_layer.T.dot(output_delta) * learning_rate",
           ((C,),), (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"a1[{{j}}]*{_D}"),), _J2),), batch=138,
           why="+= with the code's delta (-dE/dz): the gradient step; learning_rate = 0.05, the problem file's"),
    Public("b138-xp-b2", _XP, "b138_xp", "b138_xp",
           "    b2 += np.sum(output_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=138),
    Public("b138-xp-w1", _XP, "b138_xp", "b138_xp", "    W1 += np.dot(X.T, hidden_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_DH}"),), _rows(i=2, j=2)),), batch=138),
    Public("b138-xp-b1", _XP, "b138_xp", "b138_xp",
           "    b1 += np.sum(hidden_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _DH),), _J2),), batch=138),
    # ---- the notMNIST script (Python, two tabs inside def train): no biases, updates without a rate --------------
    Public("b138-nm-hl", _NM, "b138_nm", "b138_nm", "\t\thidden_layer = sigmoid(inputs.dot(links0))", ((C,),),
           (Twin("value", "a1[{j}]",
                 ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + W1[{j},3]*x[3])",), _J3),), batch=138,
           why="links0 input-first (784-16 there, 4-3 here)"),
    Public("b138-nm-ol", _NM, "b138_nm", "b138_nm", "\t\toutput_layer = sigmoid(hidden_layer.dot(links1))", ((C,),),
           (Twin("value", "a2[{k}]", ("sigmoid(W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2])",),
                 _rows(k=2)),), batch=138),
    Public("b138-nm-od", _NM, "b138_nm", "b138_nm",
           "\t\toutput_delta = (expected - output_layer)*derivatives_sigmoid(output_layer)", ((C,),),
           (Twin("value", _Dk, (_Dk,), _rows(k=2)),), batch=138, why="the code's deltas (-dE/dz2), two outputs"),
    Public("b138-nm-hd", _NM, "b138_nm", "b138_nm",
           "\t\thidden_delta = output_delta.dot(links1.T) * derivatives_sigmoid(hidden_layer)", ((C,),),
           (Twin("value", _NMH, (_NMH,), _J3),), batch=138),
    Public("b138-nm-w2", _NM, "b138_nm", "b138_nm", "\t\tlinks1 += hidden_layer.T.dot(output_delta)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (_upd("W2[{k},{j}]", f"a1[{{j}}]*{_Dk}"),), _rows(j=3, k=2)),), batch=138,
           why="no rate: the step of rate 1, the problem file's (twinned with eta)"),
    Public("b138-nm-w1", _NM, "b138_nm", "b138_nm", "\t\tlinks0 += inputs.T.dot(hidden_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_NMH}"),), _rows(i=4, j=3)),), batch=138),
    # ---- the word-length classifier (Python, eight-space indentation in methods): self. attributes -------------
    Public("b138-wc-ho", _WC, "b138_wc", "b138_wc",
           "        self.hidden_output = sigmoid(np.dot(X, self.weights_input_hidden) + self.bias_hidden)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}])",), _J4),),
           batch=138),
    Public("b138-wc-od", _WC, "b138_wc", "b138_wc",
           "        output_delta = (y - self.output) * sigmoid_derivative(self.output)", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-wc-hd", _WC, "b138_wc", "b138_wc",
           "        hidden_delta = output_delta.dot(self.weights_hidden_output.T) * sigmoid_derivative(self.hidden_output)",
           ((C,),), (Twin("value", _DH, (_DH,), _J4),), batch=138),
    Public("b138-wc-who", _WC, "b138_wc", "b138_wc",
           "        self.weights_hidden_output += self.hidden_output.T.dot(output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"a1[{{j}}]*{_D}"),), _J4),), batch=138),
    Public("b138-wc-bo", _WC, "b138_wc", "b138_wc",
           "        self.bias_output += np.sum(output_delta, axis=0) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=138,
           why="np.sum over the rows (one sample), without keepdims: the bias a 1-D array there"),
    Public("b138-wc-wih", _WC, "b138_wc", "b138_wc",
           "        self.weights_input_hidden += X.T.dot(hidden_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_DH}"),), _rows(i=3, j=4)),), batch=138),
    Public("b138-wc-bh", _WC, "b138_wc", "b138_wc",
           "        self.bias_hidden += np.sum(hidden_delta, axis=0) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _DH),), _J4),), batch=138),
    # ---- the boxed-comment XOR script (Python, four-space indentation): a backslash, W2 = W2 + ... --------------
    Public("b138-bx-hi", _BX, "b138_bx", "b138_bx", "    hidden_input = np.dot(X, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=138),
    Public("b138-bx-fo", _BX, "b138_bx", "b138_bx", "    final_output = sigmoid(final_input)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=138),
    Public("b138-bx-err", _BX, "b138_bx", "b138_bx", "    error = Y - final_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=138),
    Public("b138-bx-od", _BX, "b138_bx", "b138_bx", "    output_delta = error * sigmoid_derivative(final_output)",
           ((C,),), (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-bx-hd", _BX, "b138_bx", "b138_bx",
           "    hidden_delta = output_delta.dot(W2.T) * \\\n                   sigmoid_derivative(hidden_output)",
           ((C,),), (Twin("value", _DH, (_DH,), _J2),), batch=138,
           why="the statement continued on the next line by a backslash"),
    Public("b138-bx-w2", _BX, "b138_bx", "b138_bx",
           "    W2 = W2 + hidden_output.T.dot(output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"a1[{{j}}]*{_D}"),), _J2),), batch=138,
           why="learning_rate = 0.5, the problem file's"),
    Public("b138-bx-w1", _BX, "b138_bx", "b138_bx", "    W1 = W1 + X.T.dot(hidden_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_DH}"),), _rows(i=2, j=2)),), batch=138),
    Public("b138-bx-b1", _BX, "b138_bx", "b138_bx",
           "    b1 = b1 + np.sum(hidden_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _DH),), _J2),), batch=138),
    # ---- the Markdown article's ```python block (four-space indentation in its loop): no biases ---------------
    Public("b138-ar-hli", _AR, "b138_ar", "b138_ar",
           "    hidden_layer_input = np.dot(input_data, weights_input_hidden)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),), batch=138),
    Public("b138-ar-od", _AR, "b138_ar", "b138_ar", "    output_delta = error * sigmoid_derivative(predicted_output)",
           ((C,),), (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-ar-hd", _AR, "b138_ar", "b138_ar",
           "    hidden_delta = output_delta.dot(weights_hidden_output.T) * sigmoid_derivative(hidden_layer_output)",
           ((C,),), (Twin("value", _DH, (_DH,), _J3),), batch=138),
    Public("b138-ar-who", _AR, "b138_ar", "b138_ar",
           "    weights_hidden_output += hidden_layer_output.T.dot(output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"a1[{{j}}]*{_D}"),), _J3),), batch=138),
    Public("b138-ar-wih", _AR, "b138_ar", "b138_ar",
           "    weights_input_hidden += input_data.T.dot(hidden_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_DH}"),), _rows(i=2, j=3)),), batch=138),
    # ---- the Java recommender commented in Chinese (twelve- to twenty-space indentation): a tanh hidden layer ----
    Public("b138-jz-oe", _JZ, "b138_jz", "b138_jz", "            double outputError = target - output;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=138, why="a declaration with its type"),
    Public("b138-jz-od", _JZ, "b138_jz", "b138_jz",
           "            double outputDelta = outputError * output * (1 - output);", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-jz-w2", _JZ, "b138_jz", "b138_jz",
           "                weights2[i][0] += learningRate * outputDelta * hidden[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I4),), batch=138,
           why="learning rate 0.01 (update(input, target, 0.01)), the problem file's"),
    Public("b138-jz-b2", _JZ, "b138_jz", "b138_jz", "            bias2[0] += learningRate * outputDelta;", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=138),
    Public("b138-jz-he", _JZ, "b138_jz", "b138_jz",
           "                    double hiddenError = outputDelta * weights2[j][0];", ((C,),),
           (Twin("value", _E, (_E,), _J4),), batch=138,
           why="-dE/d hidden[j] with weights2 as named (the code has already updated weights2 above: the order is "
               "the page's slip, not this line's)"),
    Public("b138-jz-hd", _JZ, "b138_jz", "b138_jz",
           "                    double hiddenDelta = hiddenError * (1 - hidden[j] * hidden[j]);", ((C,),),
           (Twin("value", _TH, (_TH,), _J4),), batch=138, why="tanh's slope written of the output, 1 - a^2"),
    Public("b138-jz-w1", _JZ, "b138_jz", "b138_jz",
           "                    weights1[i][j] += learningRate * hiddenDelta * input[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"{_TH}*x[{{i}}]"),), _rows(i=3, j=4)),), batch=138),
    # ---- the TypeScript heat-transfer network (eight-space indentation): map callbacks -------------------------
    Public("b138-ts-oe", _TS, "b138_ts", "b138_ts", "        const outputError = target - output;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=138),
    Public("b138-ts-od", _TS, "b138_ts", "b138_ts", "        const outputDelta = outputError * output * (1 - output);",
           ((C,),), (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-ts-he", _TS, "b138_ts", "b138_ts",
           "        const hiddenErrors = this.weights.w1.map((_, i) => this.weights.w2[0][i] * outputDelta);", ((C,),),
           (Twin("value", _Ei, (_Ei,), _I4),), batch=138,
           why="a map over the hidden units (w1's rows), element i of the result"),
    Public("b138-ts-hd", _TS, "b138_ts", "b138_ts",
           "        const hiddenDeltas = hiddenErrors.map((err, i) => err * hiddenOutputs[i] * (1 - hiddenOutputs[i]));",
           ((C,),), (Twin("value", _DHi, (_DHi,), _I4),), batch=138),
    Public("b138-ts-w2", _TS, "b138_ts", "b138_ts",
           "        this.weights.w2[0] = this.weights.w2[0].map((w, i) => w + lr * outputDelta * hiddenOutputs[i]);",
           ((C,),), (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I4),), batch=138),
    Public("b138-ts-b2", _TS, "b138_ts", "b138_ts", "        this.weights.b2[0] += lr * outputDelta;", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=138),
    Public("b138-ts-w1", _TS, "b138_ts", "b138_ts",
           "        this.weights.w1 = this.weights.w1.map((row, i) => \n"
           "          row.map((w, j) => w + lr * hiddenDeltas[i] * x[j])\n"
           "        );", ((C,),),
           (Twin("update", "W1[{i},{j}]", (_upd("W1[{i},{j}]", f"{_DHi}*x[{{j}}]"),), _rows(i=4, j=3)),), batch=138,
           why="nested maps over three lines (a trailing space after the first =>), w1 output-first"),
    Public("b138-ts-b1", _TS, "b138_ts", "b138_ts",
           "        this.weights.b1 = this.weights.b1.map((b, i) => b + lr * hiddenDeltas[i]);", ((C,),),
           (Twin("update", "b1[{i}]", (_upd("b1[{i}]", _DHi),), _I4),), batch=138),
    # ---- the Java spam network (eight- to sixteen-space indentation): loops over arrays ------------------------
    Public("b138-js-oe", _JS, "b138_js", "b138_js", "        double outputError = target - output;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=138),
    Public("b138-js-od", _JS, "b138_js", "b138_js",
           "        double outputDelta = outputError * output * (1 - output); // sigmoid derivative", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-js-he", _JS, "b138_js", "b138_js",
           "            hiddenErrors[i] = outputDelta * weightsHiddenOutput[i][0];", ((C,),),
           (Twin("value", _Ei, (_Ei,), _I4),), batch=138),
    Public("b138-js-hd", _JS, "b138_js", "b138_js",
           "            hiddenDeltas[i] = hiddenErrors[i] * hiddenLayer[i] * (1 - hiddenLayer[i]);", ((C,),),
           (Twin("value", _DHi, (_DHi,), _I4),), batch=138),
    Public("b138-js-who", _JS, "b138_js", "b138_js",
           "            weightsHiddenOutput[i][0] += learningRate * outputDelta * hiddenLayer[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I4),), batch=138),
    Public("b138-js-wih", _JS, "b138_js", "b138_js",
           "                weightsInputHidden[i][j] += learningRate * hiddenDeltas[j] * input[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"{_DH}*x[{{i}}]"),), _rows(i=3, j=4)),), batch=138,
           why="i the input here, j the hidden unit (the loops' letters change roles)"),
    Public("b138-js-bh", _JS, "b138_js", "b138_js", "            biasesHidden[j] += learningRate * hiddenDeltas[j];",
           ((C,),), (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _DH),), _J4),), batch=138),
    # ---- the Java NetBase (eight- to sixteen-space indentation): no rate, a slip in the hidden update -----------
    Public("b138-nb-oe", _NB, "b138_nb", "b138_nb",
           "        double outputError = target - output; // Calculate output error", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=138),
    Public("b138-nb-do", _NB, "b138_nb", "b138_nb",
           "        double deltaOutput = outputError * output * (1 - output); // Output layer gradient", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138,
           why="the code's delta (-dE/dz2); the comment calls it a gradient, sign aside"),
    Public("b138-nb-who", _NB, "b138_nb", "b138_nb",
           "            weightsHiddenOutput[i][0] += deltaOutput * hiddenLayer[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I4),), batch=138,
           why="no rate: the step of rate 1, the problem file's (twinned with eta)"),
    Public("b138-nb-he", _NB, "b138_nb", "b138_nb",
           "                double hiddenError = deltaOutput * weightsHiddenOutput[j][0]; // Hidden layer error", ((C,),),
           (Twin("value", _E, (_E,), _J4),), batch=138,
           why="with weightsHiddenOutput as named (already updated above: the order, not this line)"),
    Public("b138-nb-dh", _NB, "b138_nb", "b138_nb",
           "                double deltaHidden = hiddenError * hiddenLayer[j] * (1 - hiddenLayer[j]); // Hidden layer gradient",
           ((C,),), (Twin("value", _DH, (_DH,), _J4),), batch=138),
    Public("b138-nb-wih", _NB, "b138_nb", "b138_nb", "                weightsInputHidden[i][j] += deltaHidden;", ((W,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", _DH),), _rows(i=3, j=4)),), batch=138,
           why="the page's slip: the step leaves out the input, input[i] (the method is not given it), so every "
               "weight into hidden unit j moves by its delta alone; no rate (1, twinned with eta)"),
    # ---- the C++ network (eight- to sixteen-space indentation): i the hidden unit, j the input -----------------
    Public("b138-cp-oe", _CP, "b138_cp", "b138_cp", "        double outputError = example.label - output;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=138),
    Public("b138-cp-od", _CP, "b138_cp", "b138_cp",
           "        double outputDelta = outputError * output * (1 - output); // Gradient for output", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-cp-he", _CP, "b138_cp", "b138_cp", "            hiddenError[i] = outputDelta * weightsHiddenOutput[i];",
           ((C,),), (Twin("value", _Ei, (_Ei,), _I2),), batch=138),
    Public("b138-cp-hd", _CP, "b138_cp", "b138_cp",
           "            hiddenDelta[i] = hiddenError[i] * hiddenLayer[i] * (1 - hiddenLayer[i]);", ((C,),),
           (Twin("value", _DHi, (_DHi,), _I2),), batch=138),
    Public("b138-cp-who", _CP, "b138_cp", "b138_cp",
           "            weightsHiddenOutput[i] += learningRate * outputDelta * hiddenLayer[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I2),), batch=138,
           why="learning rate 0.7 (nn(0.7)), the problem file's"),
    Public("b138-cp-ob", _CP, "b138_cp", "b138_cp", "        outputBias += learningRate * outputDelta;", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=138),
    Public("b138-cp-wih", _CP, "b138_cp", "b138_cp",
           "                weightsInputHidden[j][i] += learningRate * hiddenDelta[i] * example.features[j];", ((C,),),
           (Twin("update", "W1[{i},{j}]", (_upd("W1[{i},{j}]", f"{_DHi}*x[{{j}}]"),), _rows(i=2, j=4)),), batch=138),
    Public("b138-cp-hb", _CP, "b138_cp", "b138_cp", "            hiddenBias[i] += learningRate * hiddenDelta[i];",
           ((C,),), (Twin("update", "b1[{i}]", (_upd("b1[{i}]", _DHi),), _I2),), batch=138),
    # ---- the C# Unity network (eight- to sixteen-space indentation): float arrays, [j, i] ----------------------
    Public("b138-cs-hr", _CS, "b138_cs", "b138_cs",
           "            hiddenRaw[i] = x1 * weightsInputHidden[0, i] + x2 * weightsInputHidden[1, i] + biasesHidden[i];",
           ((C,),), (Twin("value", "z1[{i}]", ("x[0]*W1[{i},0] + x[1]*W1[{i},1] + b1[{i}]",), _I2),), batch=138),
    Public("b138-cs-od", _CS, "b138_cs", "b138_cs",
           "        float outputDelta = outputError * output * (1 - output); // sigmoid derivative", ((C,),),
           (Twin("value", _D, (_D,)),), batch=138),
    Public("b138-cs-hd", _CS, "b138_cs", "b138_cs",
           "            hiddenDeltas[i] = outputDelta * weightsHiddenOutput[i] * hiddenOutput * (1 - hiddenOutput);",
           ((C,),), (Twin("value", _DHi, (_DHi,), _I2),), batch=138,
           why="hiddenOutput the loop's local, hiddenActivations[i]"),
    Public("b138-cs-who", _CS, "b138_cs", "b138_cs",
           "            weightsHiddenOutput[i] += learningRate * outputDelta * hiddenActivations[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I2),), batch=138,
           why="learningRate 0.1f (TrainXOR's), the problem file's"),
    Public("b138-cs-wih", _CS, "b138_cs", "b138_cs",
           "                weightsInputHidden[j, i] += learningRate * hiddenDeltas[i] * input;", ((C,),),
           (Twin("update", "W1[{i},{j}]", (_upd("W1[{i},{j}]", f"{_DHi}*x[{{j}}]"),), _rows(i=2, j=2)),), batch=138,
           why="input the loop's local (j == 0 ? x1 : x2), input j"),
    Public("b138-cs-bh", _CS, "b138_cs", "b138_cs", "            biasesHidden[i] += learningRate * hiddenDeltas[i];",
           ((C,),), (Twin("update", "b1[{i}]", (_upd("b1[{i}]", _DHi),), _I2),), batch=138),
    Public("b138-cs-bo", _CS, "b138_cs", "b138_cs", "        biasOutput += learningRate * outputDelta;", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=138),
]
