r"""Batch 180 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on small-network
tutorials in JavaScript/TypeScript, Swift, Kotlin, Dart and Scala: error terms, deltas, gradients, updates with a
rate and with momentum, as those languages write them; every address a stored file whose repository the index does not
name): a browser demo's perceptron in JavaScript (stored file 10527538137: var dcost_dpred = 2*(pred-target), the
chain dcost_dpred*dpred_dz*dz_dw1, w1 -= learning_rate*dcost_dw1), a React/TypeScript component's
SimpleNeuralNetwork (stored file 34469560250: .map((error, i) => ...) lambdas, this.sigmoidDerivative of the
outputs, updates spread over three lines), a Swift TLNeuralNetwork on Mazur's example (stored file 22616385815: the
chains written in its comments, let dE1_dW5 = dE1_dO1 * dO1_dW5), a Swift autoassociator's Neuron (stored file
44511363713: self.delta = (self.y - correct_answer) * (self.y * (1 - self.y))), a Dart tanh neuron (stored file
27295362986: pow(evaluate(), 2), learningRate! with Dart's null assertion), a Scala BackpropNet (stored file
49245210241: weights(i) = weights(i) + rate * error * oldInputs(i), ff the slope of the output), a JavaScript NNEt
class's Node (stored file 38119099741: += with no rate), a Dart concrete-data network (stored file 49789330278:
layers[2].neurons[i].value, a linear output with the sigmoid's slope), a Kotlin Neuron on multik vectors commented
in Portuguese (stored file 20827822612: weights += learningRate * input * error), a Kotlin network on packed arrays
(stored file 71206135180: target[targetOffset + output], a gain beta, Math.fma(momentum, layer.biasVelocity[output],
learningRate * delta[output])) and a JavaScript Network class with momentum (stored file 1596355491:
connection.from.output, this.momentum * connection.change, a typo neutron.bias).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; statements spread
over two or three lines taken whole, with their line breaks and indentation), each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: code
deltas that are -dE/dz written "-grad(z2[:])" where the updates add them; helpers declared "sigmoid' at output"
where they compute s (1 - s) of what they are given and "sigmoid' at input" where they compute sigmoid(x) (1 -
sigmoid(x)); a generic neuron's names given for one neuron, the output's, where the code's class serves every
layer), a network of the kind the page describes (with the page's numbers where it gives them: the Swift
InitialVC's Mazur example, x = [0.05, 0.1], w1 ... w8 = 0.15 ... 0.55, biases 0.35 and 0.6, targets [0.01, 0.99],
rate 0.5; the Kotlin network's defaults, learningRate 0.5, momentum 0.2, beta 1.0; the rates the files write, 0.2,
0.01, 1 (Scala's "Use 1 if in doubt"), 0.3, 0.1, rate 1 for the NNEt Node whose updates name no rate, and 0.1 where
none is written; all in tests/public_formulas_batch180_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's
error or delta (outputError, outputDelta, hiddenDelta, self.delta, delta, error, deltaY, neuron.delta), a chain's
factor (dcost_dpred, dpred_dz), a cost's definition and a part of a gradient through one output (dE1_dW1) are
twinned as values, as in batches 14 to 177; the momentum's change at its first step (connection.change 0) as a
value, eta times the descent's direction.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 180

The batch: 43 formulas from 11 addresses (the perceptron demo 8, the TypeScript class 7, the Swift TLNeuralNetwork
8, the Swift Neuron 1, the Dart neuron 2, the Scala BackpropNet 3, the NNEt Node 3, the Dart concrete-data network
3, the Kotlin Neuron 2, the Kotlin packed network 2, the JavaScript Network 4), all in code: JavaScript 15,
TypeScript 7, Swift 9, Kotlin 4, Dart 5, Scala 3. By kind: 22 values (errors, deltas, chain factors, a cost, parts
of gradients, two momentum steps' changes), 7 gradients, 13 updates (with a rate and without, += and -=, three
spread over two or three lines, one of whole vectors), and the typo (a bias's update).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the TypeScript class's tx-od, outputDelta = outputError.map((error, i) => error *
  this.sigmoidDerivative(output[i])): sigmoidDerivative(x) is sigmoid(x) (1 - sigmoid(x)), the slope at a SUM, and
  it is given the outputs (already squashed): the sigmoid taken twice;
- the TypeScript class's tx-hd, hiddenDelta = hiddenError.map(... this.sigmoidDerivative(hidden[i])): the same slip
  at the hidden layer;
- the Dart concrete-data network's ad-dy, deltaY = dsigmoid(output) * (target - output): the output is linear
  ("linear in the output layer"), whose slope is 1; the sigmoid's slope is kept;
- mistyped (unreadable): the JavaScript Network's nw-bias, neutron.bias += this.rate * neuron.delta: neutron for
  neuron (the page's typo; the code would throw, neutron is never defined) (unreadable="neutron").

Not mistaken, though they look it: the TypeScript class's weight and bias updates after its wrong deltas
(outputDelta and hiddenDelta name the code's deltas, -dE/dz: right as written in them); the Dart network's updates
after deltaY (the same); the NNEt Node's sigmoidDerivative(actualOutput), whose actualOutput is the node's
weighted SUM (activation(...) returns the sum plus the bias), so the slope is taken where it should be; the += steps
with the code's deltas (target - output) and the Scala update's +, the descent's step; the NNEt Node's and the Scala
net's steps with no rate or rate 1; the Swift comments' dE1_dW1 = dE1_dO1 * dO1_dH1 * dH1_dW1, the part of dE/dW1
through O1 as its name says (the code sums the two parts into eTotal).

What was left out: the perceptron demo's dz_dw1 = point[0] lines (a name for an input) and its nn function (a
prediction); the TypeScript class's forward pass, its hiddenError (mapped over weights[1]'s rows, i the outputs,
with outputDelta[j] indexed by the hidden units: a length mismatch, NaN past the second output, not a formula of any
network) and its loss (the mean of the squared errors it reports, not what it steps on); the Swift
TLNeuralNetwork's mseBackwardPass (a return with no left side), its update through a flattened weight array and
index flip (self.weight[index] -= self.learningRate * backwardPass[index], with the array reordered) and the other
four input-weight comments (the same chain); the Scala net's hidden partialError += outputLayer(j).weights(i) *
outputLayer(j).error (a name that changes meaning in the same function, accumulated in a loop, and taken after the
output weights were updated); the NNEt class's own train loop (the hidden layers given the next layer's delta with
no weight, a slip in lines of control flow, not a formula line) and its outputDelta line (its i the layer's index);
the Dart network's error += 0.5 * pow(...) (an accumulation) and its sum += deltaY * ... (a loop's accumulation);
the JavaScript Network's connection.weight += change (change a local the notation cannot name with its rate) and
its hidden error's forEach. Pages read and not taken: a pseudo-code train function (stored file 43670034563, used
by an earlier batch), a Kotlin KotlinNN (stored files 26239268547, 27103432477, 26390588818: a gradient variable
reassigned line after line, no line a formula on its own), a JS-NN-Lib with no backward pass, a Kotlin la4j
network whose getDeltaVector is unfinished (stored file 43996125624), and a TypeScript NetworkAlpha on mathjs
BigNumbers (stored file 13316766158: mathjs.chain(...).multiply(...) spread over thirty lines).

Collected on 2026-12-07 (23:11 to 23:18 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 11 loaded once the Swift network's data was written as a list of samples (a slip of the table, not of the
notation). The oracle's first run passed every verdict as first transcribed (38 entries and the batch's two
checks; the mistyped entry has no verdicts); the two Kotlin files were added after it (the Kotlin network's
rate and momentum first guessed 0.1 and 0.9, then set to its HyperParameters.defaults() before any run), and the
second run passed the 42 entries as transcribed.

Run blind at main 4fc6720 (/work/READY_FOR_BLIND65; src/ as at 4fc6720, main's last change to it; the rebase onto
it without conflict), with nothing under src/ changed. The first run (/work/batch180_blind.txt): 32 of 43 read with
every verdict right (74%), 10 refused, 1 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. One refusal was a slip of my notation: the JavaScript Network's nw-ch, const change = ..., whose change the
notation left unnamed (a left side check reads only as a name the notation gives); the Kotlin network's velocity
was unnamed the same way (its kt-bv refused first at Math.fma). After naming both ("change" =
"-eta*grad(W2[0, 0])", "velocity" = "-eta*grad(b2[k])", the first step's changes; the twins unchanged) the second
run (/work/batch180_blind_after_fix.txt): 33 of 43 (77%), 9 refused, 1 typo refused, no misreading, no crash, no
wrong formula called correct; tests/test_public_formulas_held_out.py -k "b180-" passed after it, check's
never-wrong-called-correct test included.

Of the 3 mistaken formulas, all 3 were read with their wrong member called wrong: tx-od and tx-hd (the sigmoid's
slope at a sum given the outputs, the sigmoid taken twice), ad-dy (the sigmoid's slope at a linear output). By page
(second run): the perceptron demo 8 of 8, the TypeScript class 3 of 7, the Swift TLNeuralNetwork 8 of 8, the Swift
Neuron 1 of 1, the Dart neuron 0 of 2, the Scala BackpropNet 3 of 3, the NNEt Node 3 of 3, the Dart concrete-data
network 3 of 3, the Kotlin Neuron 2 of 2, the Kotlin packed network 0 of 2, the JavaScript Network 2 of 4 (and its
typo refused).

The refusals by construct (second run), with the exact message:

- a .map lambda's update of an array named whole (this.weights[1] = "W2[:, :]", this.bias[1] = "b2[:]"), read as
  this.weights[1][i][j] and this.bias[1][i] and refused at the indices after the named array (4: tx-w2, tx-w1,
  tx-b2, tx-b1): "formula 'this.weights[1][i][j] = (this.weights[1][i][j]) + this.le...': this.weights_{1,i,j}
  matches none of the notation's patterns for this.weights ('this.weights[0]', 'this.weights[1]')" (tx-w1 the
  same with [0]); "formula 'this.bias[1][i] = (this.bias[1][i]) + this.learningRate *...': this.bias_{1,i} matches
  none of the notation's patterns for this.bias; the notation names this.bias[1] (b2[:]) without the index i after
  it: write this.bias[1] where that is meant, or name this.bias[1][i] in [notation.symbols]; its patterns
  ('this.bias[0]', 'this.bias[1]')" (tx-b1 the same with [0]);
- Dart's final before a declared name (dt-d): "formula 'final delta = (1 - pow(evaluate(), 2)) * error;': its left
  side 'final delta' is a phrase of words (unknown symbol final), which check reads only as one name the notation
  gives; write "final delta" = "..." in the notation's [notation.symbols] ..." (var, let, const and val are
  read: this batch's pc-, tx-oe, sw- and sc-pe lines);
- Dart's null assertion learningRate! (dt-w): "formula 'weights[i] += learningRate! * delta * inputs[i]': unexpected
  at '!' (position 27)";
- an index with an offset, target[targetOffset + output] (kt-od): "formula 'outputDelta[k] = (target[targetOffset +
  k] - activation) ...': target_{targetOffset+k} matches none of the notation's patterns for target ('target[k]')";
- Kotlin/Java's Math.fma(a, b, c) = a b + c (kt-bv): "formula 'velocity = Math.fma(momentum, layer.biasVelocity[k],
  lear...': Math.fma is not a function check reads at 'M' (position 12); write Math.exp, Math.log, Math.sqrt,
  Math.maximum(0, u), Math.pow(u, 2) or an activation by its name, or name it in the notation's functions";
- an if guard before the assignment on the same line (nw-err): "formula 'if (i === 0) error = target[j] -
  neuron.output': expected ')' to close the arguments at '=' (position 7)";
- the typo: nw-bias, "formula 'neutron.bias += this.rate * neuron.delta': unknown symbol neutron.bias; the notation
  knows change, connection.change, connection.from.output, connection.weight, error, neuron.bias, neuron.delta,
  neuron.output; give it the quantity of symbols.md it stands for ... or, where its dot is a product, write
  neutron*bias" (naming it).

Read, among the constructs these pages brought: JavaScript's var, -= and ** with a chain's factors named one by one;
TypeScript's const with .map((error, i) => ...) lambdas, a helper's slope at a sum given the outputs (tx-od, tx-hd
called wrong); Swift's let in comments, Mazur's dE1_dW5 names, self. names; Scala's val, weights(i) with
parentheses, ff of the output; a Node's += with no rate; Dart's layers[2].neurons[i].value chains over two lines
(ad-dy called wrong); Kotlin's vector += and output * ( 1 - output ) with spaces; neuron.output and
connection.from.output.

Which look general: Dart's final (a declaration keyword like var, let, const and val) and its postfix null
assertion x! (both common in Dart and, as !!, in Kotlin); Math.fma, Java's and Kotlin's fused multiply-add; an
if guard before a one-line assignment, common in JavaScript; an array named whole and indexed by a lambda's
parameters (a teacher names this.weights[1] once, not this.weights[1][i][j]). Page-specific: the offset index
target[targetOffset + output] (a packed dataset's), and the typo.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch180_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_PC = _STORED.format(10527538137, "var params;",
                     "a browser demo's perceptron in JavaScript: one sigmoid unit trained by the chain rule written "
                     "factor by factor")
_TX = _STORED.format(34469560250, "import React, { useState, useEffect } from 'react';",
                     "a React/TypeScript component's SimpleNeuralNetwork class: sigmoid layers, .map lambdas")
_SW = _STORED.format(22616385815, "//",
                     "a Swift TLNeuralNetwork (Toms Neural Net) on Mazur's 2-2-2 example, its chains in comments")
_SN = _STORED.format(44511363713, "//",
                     "a Swift graphic autoassociator's Neuron class: the output layer's delta")
_DT = _STORED.format(27295362986, "import 'dart:math';",
                     "a Dart neuron (ia-social-meter): one tanh neuron trained by its error")
_SC = _STORED.format(49245210241, "package com.danylchuk.swiftlearner.nn.backprop",
                     "a Scala BackpropNet with one hidden layer, its Node case class")
_NN = _STORED.format(38119099741, "import { forEach } from \"mathjs/lib/type\";",
                     "a JavaScript NNEt class whose Node trains by a correction, with no rate")
_AD = _STORED.format(49789330278, "import 'dart:math';",
                     "a Dart network on concrete data: sigmoid hidden neurons, a linear output")
_KN = _STORED.format(20827822612, "import org.jetbrains.kotlinx.multik.api.d1array",
                     "a Kotlin Neuron on multik vectors, commented in Portuguese (its first line blank, the first import "
                     "quoted)")
_KT = _STORED.format(71206135180, "package com.lis.neuro",
                     "a Kotlin network on packed arrays: sigmoid layers with a gain beta, online steps with momentum")
_NW = _STORED.format(1596355491, "import Connection from \"./Connection.js\"",
                     "a JavaScript Network class with connections, a rate and a momentum")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_I4 = tuple({"i": i} for i in range(4))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J4I4 = tuple({"j": j, "i": i} for j in range(4) for i in range(4))

# the perceptron demo's 2-1 sigmoid unit under the squared error: dcost/dz
_PC_D = "2*(a1[0] - y[0])*a1[0]*(1 - a1[0])"

# the TypeScript class's 3-4-2 sigmoid network under half the squared error: dE/dz2[k], -dE/d a1[j], dE/dz1[j]
_TX_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_TX_A1 = "-(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2)) + ")"
_TX_D1 = "(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2)) + \
    ")*a1[{j}]*(1 - a1[{j}])"

# the Swift 2-2-2 network (Mazur's): each output's factor, and the parts of dE/dW1, dE/dW2 through O1, O2
_SW_O = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")


def _sw_part(n: int, i: int) -> str:
    return f"{_SW_O[n]}*W2[{n},0]*a1[0]*(1 - a1[0])*x[{i}]"


# the Scala and NNEt 2-2-1 sigmoid networks, the Network's 2-2-1: dE/dz2
_O = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the Dart 4-4-1 network (sigmoid hidden, linear output): dE/dz1[j]
_AD_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


ENTRIES = [
    # ---- the perceptron demo (eight-space indentation): the chain rule factor by factor, var declarations, -= ----
    Public("q180-pc-cost", _PC, "b180_pc", "b180_pc", "        var cost = (pred - target) ** 2;", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=180,
           why="the cost's definition, the squared error, a value; ** the power"),
    Public("q180-pc-dcp", _PC, "b180_pc", "b180_pc", "        var dcost_dpred = 2*(pred-target);", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=180,
           why="dcost/dpred, a value"),
    Public("q180-pc-dpz", _PC, "b180_pc", "b180_pc", "        var dpred_dz = sigmoid(z) * (1 - sigmoid(z));",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=180,
           why="the sigmoid's slope at the sum, a value"),
    Public("q180-pc-dw1", _PC, "b180_pc", "b180_pc", "        var dcost_dw1 = dcost_dpred*dpred_dz*dz_dw1;", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_PC_D}*x[0]",)),), batch=180),
    Public("q180-pc-dw2", _PC, "b180_pc", "b180_pc", "        var dcost_dw2 = dcost_dpred*dpred_dz*dz_dw2;", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"{_PC_D}*x[1]",)),), batch=180),
    Public("q180-pc-db", _PC, "b180_pc", "b180_pc", "        var dcost_db = dcost_dpred*dpred_dz*dz_db;", ((C,),),
           (Twin("gradient", "b1[0]", (f"{_PC_D}*1",)),), batch=180, why="dz_db = 1"),
    Public("q180-pc-w1", _PC, "b180_pc", "b180_pc", "        w1 -= learning_rate*dcost_dw1;", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_PC_D}*x[0]",)),), batch=180),
    Public("q180-pc-b", _PC, "b180_pc", "b180_pc", "        b -= learning_rate*dcost_db;", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_PC_D}",)),), batch=180),
    # ---- the TypeScript class (six-space indentation): .map lambdas, the sigmoid's slope given the outputs (twice
    # squashed: two slips), updates over three lines adding the code's deltas -----------------------------------------
    Public("q180-tx-oe", _TX, "b180_tx", "b180_tx", "      const outputError = output.map((o, i) => target[i] - o);",
           ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=180,
           why="target minus output, entry by entry, a value"),
    Public("q180-tx-od", _TX, "b180_tx", "b180_tx",
           "      const outputDelta = outputError.map((error, i) => error * this.sigmoidDerivative(output[i]));",
           ((W,),), (Twin("value", f"-{_TX_D2}", ("(y[{k}] - a2[{k}])*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",),
                          _K2),), batch=180,
           why="sigmoidDerivative(x) = sigmoid(x) (1 - sigmoid(x)), the slope at a sum, given the outputs: the "
               "sigmoid taken twice (the code's slip); the code's delta is -dE/dz2 = (target - o) o (1 - o)"),
    Public("q180-tx-hd", _TX, "b180_tx", "b180_tx",
           "      const hiddenDelta = hiddenError.map((error, i) => error * this.sigmoidDerivative(hidden[i]));",
           ((W,),), (Twin("value", f"-{_TX_D1}", (f"{_TX_A1}*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))",), _J4),),
           batch=180, why="the same slip at the hidden layer; hiddenError named -dE/d(hidden), as its name says"),
    Public("q180-tx-w2", _TX, "b180_tx", "b180_tx",
           "      this.weights[1] = this.weights[1].map((w, i) => \n"
           "        w.map((weight, j) => weight + this.learningRate * outputDelta[i] * hidden[j])\n      );", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_TX_D2}*a1[{{j}}]",), _K2J4),), batch=180,
           why="outputDelta the code's delta (-dE/dz2), as named: right as written in it; three lines, the first "
               "ending in a space after =>"),
    Public("q180-tx-w1", _TX, "b180_tx", "b180_tx",
           "      this.weights[0] = this.weights[0].map((w, i) => \n"
           "        w.map((weight, j) => weight + this.learningRate * hiddenDelta[i] * input[j])\n      );", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_TX_D1}*x[{{i}}]",), _J4I3),), batch=180,
           why="hiddenDelta the code's delta (-dE/dz1), as named; the lambda's i the hidden unit, j the input"),
    Public("q180-tx-b2", _TX, "b180_tx", "b180_tx",
           "      this.bias[1] = this.bias[1].map((b, i) => b + this.learningRate * outputDelta[i]);", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_TX_D2}",), _K2),), batch=180),
    Public("q180-tx-b1", _TX, "b180_tx", "b180_tx",
           "      this.bias[0] = this.bias[0].map((b, i) => b + this.learningRate * hiddenDelta[i]);", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_TX_D1}",), _J4),), batch=180),
    # ---- the Swift TLNeuralNetwork's comments (twelve-space indentation inside a /* */ block): Mazur's chains with
    # let, each output weight's gradient and each input weight's part through one output ------------------------------
    Public("q180-sw-w5", _SW, "b180_sw", "b180_sw", "            let dE1_dW5 = dE1_dO1 * dO1_dW5", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_SW_O[0]}*a1[0]",)),), batch=180,
           why="W5 joins H1 to O1; E = E1 + E2 and W5 reaches E through O1 only"),
    Public("q180-sw-w6", _SW, "b180_sw", "b180_sw", "            let dE1_dW6 = dE1_dO1 * dO1_dW6", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_SW_O[0]}*a1[1]",)),), batch=180),
    Public("q180-sw-w7", _SW, "b180_sw", "b180_sw", "            let dE2_dW7 = dE2_dO2 * dO2_dW7", ((C,),),
           (Twin("gradient", "W2[1,0]", (f"{_SW_O[1]}*a1[0]",)),), batch=180),
    Public("q180-sw-w8", _SW, "b180_sw", "b180_sw", "            let dE2_dW8 = dE2_dO2 * dO2_dW8", ((C,),),
           (Twin("gradient", "W2[1,1]", (f"{_SW_O[1]}*a1[1]",)),), batch=180),
    Public("q180-sw-e1w1", _SW, "b180_sw", "b180_sw", "            let dE1_dW1 = dE1_dO1 * dO1_dH1 * dH1_dW1",
           ((C,),), (Twin("value", _sw_part(0, 0), (_sw_part(0, 0),)),), batch=180,
           why="the part of dE/dW1 through O1 (dE1/dW1), a value at the page's numbers"),
    Public("q180-sw-e2w1", _SW, "b180_sw", "b180_sw", "            let dE2_dW1 = dE2_dO2 * dO2_dH1 * dH1_dW1",
           ((C,),), (Twin("value", _sw_part(1, 0), (_sw_part(1, 0),)),), batch=180),
    Public("q180-sw-e1w2", _SW, "b180_sw", "b180_sw", "            let dE1_dW2 = dE1_dO1 * dO1_dH1 * dH1_dW2",
           ((C,),), (Twin("value", _sw_part(0, 1), (_sw_part(0, 1),)),), batch=180),
    Public("q180-sw-e2w2", _SW, "b180_sw", "b180_sw", "            let dE2_dW2 = dE2_dO2 * dO2_dH1 * dH1_dW2",
           ((C,),), (Twin("value", _sw_part(1, 1), (_sw_part(1, 1),)),), batch=180),
    # ---- the Swift Neuron (eight-space indentation): the output layer's delta with self. names ----------------------
    Public("q180-sn-d", _SN, "b180_sn", "b180_sn",
           "        self.delta = (self.y - correct_answer) * (self.y * (1 - self.y))", ((C,),),
           (Twin("value", _O, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=180,
           why="dE/d(sum) of the output under half the squared error, a value"),
    # ---- the Dart neuron: tanh's slope written with pow of the output, learningRate! ---------------------------------
    Public("q180-dt-d", _DT, "b180_dt", "b180_dt", "    final delta = (1 - pow(evaluate(), 2)) * error;", ((C,),),
           (Twin("value", "(y[0] - a1[0])*(1 - a1[0]**2)", ("(1 - a1[0]**2)*(y[0] - a1[0])",)),), batch=180,
           why="the code's delta (-dE/dz), tanh's slope 1 - output^2; error = target - output, as the update adds it"),
    Public("q180-dt-w", _DT, "b180_dt", "b180_dt", "      weights[i] += learningRate! * delta * inputs[i];", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(1 - a1[0]**2)*(y[0] - a1[0])*x[{i}]",), _I3),),
           batch=180, why="learningRate! with Dart's null assertion"),
    # ---- the Scala BackpropNet: the output's partialError, the Node's error with ff of the output, the update -------
    Public("q180-sc-pe", _SC, "b180_sc", "b180_sc", "      val partialError = target(j) - outputLayer(j).output",
           ((C,),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=180, why="target minus output"),
    Public("q180-sc-err", _SC, "b180_sc", "b180_sc", "    error = ff(output) * partialError", ((C,),),
           (Twin("value", f"-{_O}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=180,
           why="the code's delta (-dE/dz) at the output node; ff(o) = o (1 - o) of the output"),
    Public("q180-sc-w", _SC, "b180_sc", "b180_sc", "      weights(i) = weights(i) + rate * error * oldInputs(i)",
           ((C,),), (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*{_O}*a1[{{i}}]",), _I2),), batch=180,
           why="the output node's weights, oldInputs the hidden outputs; rate 1"),
    # ---- the NNEt Node (eight- and twelve-space indentation): a correction times the slope at the sum, += with no
    # rate -------------------------------------------------------------------------------------------------------------
    Public("q180-nn-d", _NN, "b180_nn", "b180_nn",
           "        let delta = (correction * sigmoidDerivative(actualOutput));", ((C,),),
           (Twin("value", f"-{_O}", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=180,
           why="actualOutput is the node's weighted sum (activation(...) returns it), so sigmoidDerivative, the "
               "slope at a sum, is taken where it should be; the code's delta, -dE/dz"),
    Public("q180-nn-w", _NN, "b180_nn", "b180_nn", "            this.weights[i] += inputs[i] * delta;", ((C,),),
           (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*a1[{{i}}]*{_O}",), _I2),), batch=180,
           why="+= with the code's delta and no rate: the step at rate 1 (the problem file's)"),
    Public("q180-nn-b", _NN, "b180_nn", "b180_nn", "        this.bias += delta;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_O}",)),), batch=180),
    # ---- the Dart concrete-data network: the sigmoid's slope kept at a linear output (a slip), updates over two
    # lines through layers[l].neurons[i] --------------------------------------------------------------------------------
    Public("q180-ad-dy", _AD, "b180_ad", "b180_ad",
           "    deltaY = dsigmoid(layers[2].neurons[i].value) *\n        (targets[i]  - layers[2].neurons[i].value);",
           ((W,),), (Twin("value", "-(a2[0] - y[0])", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=180,
           why="the output is linear (neuron.value = sum: \"linear in the output layer\"), its slope 1: the "
               "sigmoid's slope dsigmoid(o) = o (1 - o) is the code's slip; -dE/dz2 = target - output"),
    Public("q180-ad-w1", _AD, "b180_ad", "b180_ad",
           "      layers[0].neurons[i].weights[j] +=\n"
           "          (learning_rate * hiddenLayerError[j] * layers[0].neurons[i].value);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_AD_D1}*x[{{i}}]",), _J4I4),), batch=180,
           why="hiddenLayerError[j] the code's delta of hidden neuron j (-dE/dz1), as named: right as written in it; "
               "an input neuron's weights[j] the weight to hidden neuron j"),
    Public("q180-ad-w2", _AD, "b180_ad", "b180_ad",
           "      layers[1].neurons[i].weights[j] +=\n          learning_rate * deltaY * layers[1].neurons[i].value;",
           ((C,),), (Twin("update", "W2[0,{i}]", ("W2[0,{i}] - eta*(a2[0] - y[0])*a1[{i}]",), _I4),), batch=180,
           why="deltaY the output's code delta (-dE/dz2), as named: right as written in it; one output (j = 0)"),
    # ---- the Kotlin Neuron (eight-space indentation): the sigmoid's slope written of the output, a vector update with
    # += ----------------------------------------------------------------------------------------------------------------
    Public("q180-kn-err", _KN, "b180_kn", "b180_kn", "        error = output * ( 1 - output ) * signal", ((C,),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),), batch=180,
           why="the code's delta (-dE/dz), the signal target - output as an output neuron is given it"),
    Public("q180-kn-w", _KN, "b180_kn", "b180_kn", "        weights += learningRate * input * error", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*x[{i}]*(a1[0] - y[0])*a1[0]*(1 - a1[0])",), _I3),),
           batch=180, why="vectors: every weight at once, += with the code's delta"),
    # ---- the Kotlin packed network (sixteen-space indentation): the output delta with the gain beta and an offset
    # index, the bias's velocity through Math.fma ----------------------------------------------------------------------
    Public("q180-kt-od", _KT, "b180_kt", "b180_kt",
           "                outputDelta[output] = (target[targetOffset + output] - activation) * beta * activation * "
           "(1.0 - activation)", ((C,),),
           (Twin("value", "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                 ("(y[{k}] - a2[{k}])*1*a2[{k}]*(1.0 - a2[{k}])",), _K2),), batch=180,
           why="the code's delta (-dE/dz2) with beta = 1; targetOffset 0 for one sample"),
    Public("q180-kt-bv", _KT, "b180_kt", "b180_kt",
           "                val velocity = Math.fma(momentum, layer.biasVelocity[output], learningRate * delta[output])",
           ((C,),), (Twin("value", "-eta*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                          ("0.2*0 - eta*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=180,
           why="Math.fma(a, b, c) = a b + c; the output biases' first velocity (the last one 0): minus eta times "
               "the gradient"),
    # ---- the JavaScript Network (twenty- and sixteen-space indentation): an if before the error, the delta with
    # neuron.output, the momentum's change, a typo neutron --------------------------------------------------------------
    Public("q180-nw-err", _NW, "b180_nw", "b180_nw",
           "                    if (i === 0) error = target[j] - neuron.output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=180,
           why="i === 0 the output layer (the layers reversed); target minus output, a value"),
    Public("q180-nw-d", _NW, "b180_nw", "b180_nw",
           "                    neuron.delta = error * neuron.output * (1 - neuron.output)", ((C,),),
           (Twin("value", f"-{_O}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=180,
           why="the code's delta (-dE/dz) at the output neuron"),
    Public("q180-nw-ch", _NW, "b180_nw", "b180_nw",
           "                    const change = this.rate * neuron.delta * connection.from.output + this.momentum * "
           "connection.change", ((C,),),
           (Twin("value", f"-eta*{_O}*a1[0]", (f"-eta*{_O}*a1[0] + 0.1*0",)),), batch=180,
           why="the momentum's first change (connection.change 0): minus eta times the gradient of the weight from "
               "the first hidden neuron, momentum 0.1"),
    Public("q180-nw-bias", _NW, "b180_nw", "b180_nw", "                neutron.bias += this.rate * neuron.delta",
           unreadable="neutron", batch=180,
           why="neutron for neuron (the page's typo: neutron is never defined, the line would throw)"),
]
