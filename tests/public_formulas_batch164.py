r"""Batch 164 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on from-scratch networks
in compiled languages: loops and matrix libraries as C++, C#, Java, Go, Rust and Swift programs write them; every
address a stored file whose repository the index does not name, found by code searches in those languages and by
find_string on the code's own words (dOutput.MulElem(networkError, slopeOutputLayer), .dot(&self.weights,
outputLayer[i].delta = , * (1 - output[k]), .cwiseProduct(sigmoidDerivative, outputDelta * weights), each checked
against /work/used_ids.txt): a Go iris network on Gonum commented in Chinese (stored file 7950683221: Sub, MulElem,
Mul and Apply statements that store into their receiver), a Rust DQN agent for Godot on ndarray (stored file
31869471541: .dot, .t(), mapv with a closure, insert_axis outer products, statements over two lines), a C++ BPNN
class (stored file 34814180014: node members; one real slip, below), a Java MLP class (stored file 19764625146:
[i][j] loops, -= updates), a Java ClassificationNN commented in Spanish (stored file 2198373484: a softmax output whose
gradient is written -y[k] (1 - output[k]); four slips, below), a Swift NeuralNetworkPredictor (stored file 2519672741:
let lines, += updates; two slips, below), a C# ImageClassifier on Math.NET (stored file 29791025259: var lines,
Transpose(), PointwiseMultiply, -= updates with the rate last), a C++ PerceptronMulticapa on Eigen commented in
Spanish (stored file 7195544789: MatrixXd declarations, cwiseProduct, transpose(), rowwise().sum()), a Java
FoodSweetnessPredictor2 commented in Chinese (stored file 40623770308: double locals, += updates) and a C++ MNIST
network on Eigen (stored file 9771483370: two ReLU layers and a sigmoid output, Vector declarations). Copied verbatim,
typos and mistakes included (the stored files' text as read_file gives it: tabs, indentation and trailing comments
kept), each with the notation a teacher would write for the file under shared/spec/notation.md (and docs/notation.md
for what the product documents: Gonum's methods declared as Gonum means them, Sub = "difference", MulElem =
"product", Mul = "matrix product", Add = "sum", and the closure applySigmoidPrime "sigmoid' at output"; Math.NET's
PointwiseMultiply "product"; the code's deltas -dE/dz where the updates add them (the Go, Rust, Swift and Chinese Java
files), dE/dz where they subtract them; helpers "sigmoid' at output" where they compute x (1 - x) of what they are
given, the Eigen MNIST class's ReLUDerivative "relu' at input" (it is called with the sums); the samples' rows named
whole, "x[:].T", input-first matrices "W2[:, :].T"; a loop's local named with the loop's index in its meaning, as
batches 116, 141 and 142 did: the Java MLP's error, the Chinese Java's hiddenError, the Spanish Java's sum, which is
named as the value its loop adds up, the code's own term), a network of the kind the file describes (with the file's
numbers where it gives them: the Go config's 4-3-3 and rate 0.3, the Rust constant LEARNING_RATE 0.001, the Swift
learningRate 0.01, the Spanish Eigen program's 0.1, the Chinese Java's 2-3-1 and 0.5, the MNIST program's 0.05; the
rate 0.1 or 0.01 where the caller gives it; all in tests/public_formulas_batch164_tables.py), and its true verdicts,
from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's
delta, error or slope (netWorkError, slopeOutputLayer, dOutput, errorAtHiddenLayer, delta_output, delta_hidden,
outputErrors, hiddenErrors, error, outputDelta, hiddenDelta, tt, delta2 and the rest) and Gonum's adjustments as their
Mul statements make them (wOutAdj, wHiddenAdj: -dE/dW laid out as the weights) are twinned as values, as in batches
14 to 161; the deltas named as the loss's gradients by the sums (the BPNN's outputLayer[i].delta, the Math.NET
outputDelta and hiddenDelta, the MNIST class's delta2 and delta1) as gradient_z. Formulas keep their file's
delimiters and what surrounds them on their line (a line's indentation, its tabs, a statement's ;, a type or var or
let before the name, a trailing // comment); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 164

The batch: 52 formulas from 10 addresses (the Go network 7, the Rust agent 4, the C++ BPNN 2, the Java MLP 4, the
Spanish Java ClassificationNN 4, the Swift predictor 6, the C# Math.NET network 7, the Spanish Eigen class 7, the
Chinese Java predictor 8, the Eigen MNIST class 3), all in code (Go 7, Rust 4, C++ 12, Java 16, Swift 6, C# 7). By
kind: 23 values (errors, slopes, deltas, back-propagated errors, Gonum's adjustments), 5 gradients by the sums
(gradient_z), 24 updates (all with a rate: 9 added, 15 subtracted).

7 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the C++ BPNN's h64-bp-do, outputLayer[i].delta = (outputLayer[i].value - outputLayer[i].rightout)*(1-outputLayer[
  i].value)*outputLayer[i].value;: the line above it adds the binary cross-entropy's terms to error (train negates
  and averages them), under which the sigmoid output's dL/dz2 is value - rightout; the slope (1 - value) value is the
  squared error's, kept;
- the Spanish ClassificationNN's h64-jc-a, h64-jc-hb, h64-jc-bw and h64-jc-ob (alphaWeights, hiddenBias, betaWeights
  and outputBias updated with nu): under the softmax and the cross-entropy dL/dz2[k] = output[k] - y[k]; the code
  writes -y[k] (1 - output[k]), the same at the label's output and 0 at every other, where output[k] is meant, so
  every output off the label gets no step and the hidden sum drops their terms;
- the Swift predictor's h64-sw-hd, let hiddenDelta = outputDelta * weights[1][0] *
  sigmoidDerivative(predict(features: features)): predict runs the network again and returns its output, so the slope
  is the output's, prediction (1 - prediction), where the hidden unit's is meant;
- the Swift predictor's h64-sw-w2, weights[1][0] += learningRate * outputDelta * predict(features: features): the
  output weight's step times the output where the hidden unit's output is meant.

Not mistaken, though they look it: the Swift biases[0] += learningRate * hiddenDelta (hiddenDelta as named, the
hidden sum's -dE/dz: right as written in it, the line computing it is the slip, as batch 143 took Ng's d names); the
BPNN's bias update with Delta_b / sampleSize (the accumulated gradient as named, one sample); the Chinese Java's
hiddenError = outputDelta * weightsHO[j], computed after the output weights are updated (the loops' order, as batches
116 and 142 took it: weightsHO[j] names the network's weight); the C# network's outputDelta = a2 - y under the
softmax's cross-entropy (right, as its comment says); the Eigen class's W1 -= learningRate * delta1 * X with X
untransposed (X holds the samples in rows: the delta column times the input row); the Go Apply of
applySigmoidPrime to the outputs (sigmoidPrime(v) = v (1 - v) in this file, the slope of the output: right, unlike
the Gonum tutorial's copies that take sigmoid(v) (1 - sigmoid(v)) of the outputs).

What was left out: the Go file's Scale and Add lines (wOutAdj.Scale(nn.config.learningRate, wOutAdj) rebinds the
adjustment in place, so the next line's wOut.Add(wOut, wOutAdj) would need wOutAdj to name the scaled step; the
statements before it name it unscaled), its sumAlongAxis calls (a helper of the file's) and its forward lines and
r, c = ... Dims() lines; the Rust agent's forward and its Q-target lines (total_loss += ..., a running sum); the C++
BPNN's hidden-node lines (hiddenLayer[HIDDENLAYER - 1][j].delta = sum * ..., the Delta_w accumulations and the weight
and bias updates of hiddenLayer[..][j]): the loader refuses a pattern of two index groups followed by a member
("[notation] symbols.'hiddenLayer[HIDDENLAYER - 1][j].value': unexpected at '.'"), so no notation names them; its
error line and its accumulations (+= into Delta_b, Delta_w, running sums); the Java MLP's forward loops; the Spanish
ClassificationNN's sum += ... (a running sum, named in the notation) and its forward pass; the Swift weights[0][i] +=
learningRate * hiddenDelta * features[i % features.count] (16 weights updated with features taken modulo their 8,
where the forward pass's dotProduct uses 8: an index no notation can name) and the file's other networks
(DeepNeuralNetwork, NeuralLayer with tanh, AttentionLayer); the C# file's loss, OneHotEncoding and forward lines; the
Spanish Eigen class's A1 = sigmoid((W1 * X.transpose()).colwise() + b1) (a forward line); the Chinese Java's forward
loops and totalError; the MNIST class's accumulations dW3 += (delta3 * a2.transpose()) and the rest (+= into
accumulators zeroed by applyGradients) and applyGradients' lines (two statements on a line, W1 -= factor * dW1; b1 -=
factor * db1;). Pages read and not taken: a C file whose maths_dsigmoid is in a header the index does not tie to it
(stored file 47854035683: two different maths_dsigmoid bodies are stored, sigmoid(y) (1 - sigmoid(y)) and 1 - y*y), a
C# network with linear units and an update divided by the input (stored file 36086335296) and a C XOR solution
(stored file 58971849944), both already in /work/used_ids.txt; a Kotlin network whose Neuron class is in another file
(stored file 28840493787); a Rust DQN whose w2 is indexed flat (stored file 67647676421, used before); Dart and Scala
searches found no from-scratch backward pass.

Collected on 2026-12-07 (19:48 to 19:56 by the machine's clock, the oracle's run included). Every notation was loaded
(notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula: 8 of the
10 loaded as first written; the BPNN's and the Swift predictor's were refused by the loader, for the format, not a
meaning: hiddenLayer[HIDDENLAYER - 1][j].value ("unexpected at '.'": two index groups and a member) and
predict(features: features) ("a range a(i:j) in parentheses, MATLAB's slice": Swift's argument label read as a
range). The BPNN's notation names the output nodes only (its hidden-node lines left out); the Swift notation gives
predict(features: features) no meaning, and its two lines that call it (h64-sw-hd, h64-sw-w2, both mistaken) were
kept, as the page writes them. The oracle's first run passed every verdict as first transcribed (52 entries and the
batch's two checks).

Run blind at main 83a5274 (/work/READY_FOR_BLIND62, present when the collection was committed; the rebase a no-op,
the branch already on it), with nothing under src/ changed. The first run (/work/batch164_blind.txt): 41 of 52 read
with every verdict right (79%), 11 refused, no misreading, no typo (none in the batch), no crash, NO WRONG FORMULA
CALLED CORRECT. None of the refusals was a slip of the notations (the two Swift lines call predict(features:
features), which the loader could not name, as said above; the Eigen refusals are of cwiseProduct, which
docs/formulas-in-code.md documents as built in, needing no declaration, and which the same notation's h64-es-d2 read
after a name), so the batch was run once; tests/test_public_formulas_held_out.py -k "b164-" passed after the run,
check's never-wrong-called-correct test included (104 tests).

Of the 7 mistaken formulas, 5 were read with their wrong member called wrong: h64-bp-do (the squared error's slope
kept under the cross-entropy), h64-jc-a, h64-jc-hb, h64-jc-bw, h64-jc-ob (the softmax's gradient written -y[k] (1 -
output[k])); the Swift predictor's two, h64-sw-hd and h64-sw-w2, were refused (at predict(features: features), below).
By page: the Go network 7 of 7, the Rust agent 1 of 4, the C++ BPNN 2 of 2, the Java MLP 4 of 4, the Spanish
ClassificationNN 4 of 4, the Swift predictor 4 of 6, the C# Math.NET network 7 of 7, the Spanish Eigen class 4 of 7,
the Chinese Java predictor 8 of 8, the Eigen MNIST class 0 of 3.

The refusals by construct (11), with the exact message:

- 4, Eigen's cwiseProduct called on a parenthesis, (W2.transpose() * delta2).cwiseProduct(...) and (a3 -
  target).cwiseProduct(...), read as a product with an unknown name: h64-es-d1, "formula 'delta1 = (W2.transpose() *
  delta2) \\cdot cwiseProduct(sig...': unknown symbol cwiseProduct; the notation knows A, W, X, b, delta, error,
  output, y; a name of several letters is read whole only where the notation names it: give it the quantity it stands
  for in the notation's [notation.symbols], "cwiseProduct" = "..." (e.g. "a1[0]")"; h64-e3-d3, h64-e3-d2 and
  h64-e3-d1 the same ("formula 'delta3 = (a3 - target) \\cdot cwiseProduct(SigmoidDerivati...': unknown symbol
  cwiseProduct; the notation knows W, a, delta, target, x, z; ..."); error.cwiseProduct(...) after a name (h64-es-d2)
  was read;
- 2, Eigen's rowwise().sum() (each row's sum, over the samples held in columns): h64-es-b2, "formula 'b2 -=
  learningRate * delta2.rowwise().sum()': unknown symbol delta2.rowwise; the notation knows A, W, X, b, delta, error,
  output, y; give it the quantity of symbols.md it stands for in the notation's [notation.symbols] ("delta2.rowwise" =
  ...), or, where its dot is a product, write delta2*rowwise" (h64-es-b1 the same at delta1.rowwise);
- 2, ndarray's insert_axis(ndarray::Axis(1)) with the module's path before Axis: h64-rs-w2, "formula
  'self.weights2 += (LEARNING_RATE * hidden.view().insert_ax...': .insert_axis(...) with another argument than Axis(0)
  or Axis(1) at '.' (position 49); write x.insert_axis(Axis(1)) for x as a column, x.insert_axis(Axis(0)) for its row"
  (h64-rs-w1 the same, position 48);
- 1, a Rust closure whose body is an if-expression, hidden.mapv(|x| if x > 0.0 { 1.0 } else { 0.0 }) (the ReLU's
  slope): h64-rs-dh, "formula 'delta_hidden = delta_output.dot(self.weights2.t()) * hidd...': a map's body 'if x > 0.0
  { 1.0 } else { 0.0 }' is not written entry by entry (another name, a method, an index or a reduction), which check
  does not run; write each entry's formula, or the map of a function of its entry alone (u.map(|x| f(x)))";
- 2, Swift's labelled argument, predict(features: features), read as MATLAB's range a(i:j) (both lines mistaken):
  h64-sw-hd, "formula 'hiddenDelta = outputDelta * weights[1][0] * sigmoidDeriva...': a range a(i:j) in parentheses,
  MATLAB's slice of the entries i to j (a(i:i+1) is two of them, never NumPy's one row a[i:i+1]) at ':' (position
  79); write the one sample's name alone, or NumPy's a[i:i+1] where the notation binds i as the sample index"
  (h64-sw-w2 the same, position 63).

Read, among the constructs these files brought: Gonum's statements storing into their receiver (Sub, MulElem, Mul
with .T(), Apply of a declared closure) with tabs before them; Rust's let with ; and target - predicted; C++ node
members (outputLayer[i].delta, .rightout) with the cross-entropy's slip called wrong, and -= of Delta_b / sampleSize;
Java's [i][j] and [j][k] loops with -= and += updates, double locals, a loop's local named by the loop's notation, and
the Spanish ClassificationNN's - nu * -y[k] (all four called wrong); Swift's let lines and += updates; Math.NET's var
lines with a trailing // comment, Transpose(), chained PointwiseMultiply and 1 - matrix, -= updates with the rate
last; Eigen's MatrixXd declarations, name.cwiseProduct(...), .transpose(), W1 -= learningRate * delta1 * X.

Which look general (would appear in much compiled-language code): Eigen's cwiseProduct called on a parenthesised
expression ((W^T delta).cwiseProduct(f'(z)) is how most Eigen backward passes write the hidden delta; docs say
cwiseProduct is built in, and it is read after a name, so this looks like a gap in the method-on-a-parenthesis path,
which docs/notation.md says reads only declared operations); Eigen's rowwise().sum() and colwise().sum() for the bias
gradients; ndarray's fully qualified ndarray::Axis(n) inside insert_axis; Swift's argument labels (f(name: value)),
refused as a MATLAB range, and not nameable in a notation either. Page-specific: the Rust closure with an if-body
(the ReLU's slope written as a branch), though Rust code writes it so often.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch164_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_GO = _STORED.format(7950683221, "package main",
                     "a Go iris network commented in Chinese: Gonum's mat.Dense, Sub, MulElem, Mul and Apply "
                     "statements, the adjustments added at learningRate")
_RS = _STORED.format(31869471541, "use godot::prelude::*;",
                     "a Rust DQN agent for Godot (ndarray): a ReLU network's backward with insert_axis outer "
                     "products added to the weights")
_BP = _STORED.format(34814180014, "//",
                     "a C++ BPNN class (bpnn.cpp, its header dated 2018年): node objects, the binary cross-entropy, "
                     "accumulated Delta_w and Delta_b")
_JM = _STORED.format(19764625146, "import java.util.Arrays;",
                     "a Java MLP class: loops over double[][] weights, -= updates")
_JC = _STORED.format(2198373484, "/*",
                     "a Java ClassificationNN commented in Spanish: a softmax output, alpha and beta weights updated "
                     "with nu")
_SW = _STORED.format(2519672741, "import Foundation",
                     "a Swift pattern-recognition engine: its NeuralNetworkPredictor class with one hidden unit")
_MN = _STORED.format(29791025259, "using System;",
                     "a C# ImageClassifier NeuralNetwork (Math.NET): PointwiseMultiply, Transpose(), -= updates")
_ES = _STORED.format(7195544789, "#include <iostream>",
                     "a C++ PerceptronMulticapa commented in Spanish (Eigen): cwiseProduct, transpose(), "
                     "rowwise().sum()")
_FS = _STORED.format(40623770308, "package com.gitee.drinkjava2.frog.ai;",
                     "a Java FoodSweetnessPredictor2 commented in Chinese: loops over weightsIH[i][j] and weightsHO[j]")
_E3 = _STORED.format(9771483370, "#include <iostream>",
                     "a C++ MNIST NeuralNetwork (Eigen): two ReLU layers and a sigmoid output, delta3, delta2, delta1")

_I1 = ({"i": 0},)
_K1 = ({"k": 0},)
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_N2 = tuple({"n": n} for n in range(2))
_K1J4 = tuple({"k": 0, "j": j} for j in range(4))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J4I5 = tuple({"j": j, "i": i} for j in range(4) for i in range(5))

# the Go 4-3-3 sigmoid network under half the squared error: dE/dz2[k], dE/dz1[j]
_GO_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_GO_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
_GO_D1 = f"({_GO_A1})*a1[{{j}}]*(1 - a1[{{j}}])"
# the Rust 3-4-2 network (ReLU hidden units, linear outputs): dE/dz1[j]
_RS_A1 = " + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2))
_RS_D1 = f"({_RS_A1})*Heaviside(z1[{{j}}])"
# the Java MLP's 5-4-1 network: dE/dz2, dE/dz1[j]
_JM_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JM_D1 = f"{_JM_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the Spanish ClassificationNN's sum (the code's term, not dL/dz1: the softmax's -y[k] (1 - output[k]))
_JC_S = ("-(t[0]*(1 - a2[0])*W2[0,{j}] + t[1]*(1 - a2[1])*W2[1,{j}] + t[2]*(1 - a2[2])*W2[2,{j}])"
         "*a1[{j}]*(1 - a1[{j}])")
# the Swift 2-1-1 network: dE/dz2, dE/dz1
_SW_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_SW_D1 = f"{_SW_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
# the Math.NET 3-4-3 network (softmax and the cross-entropy, the oracle's target t): dL/d a1[j], dL/dz1[j]
_MN_A1 = " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{{j}}]" for k in range(3))
_MN_D1 = f"({_MN_A1})*a1[{{j}}]*(1 - a1[{{j}}])"
# the Spanish Eigen 3-2-3 network: dE/dz2[k], dE/dz1[j]
_ES_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ES_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
_ES_D1 = f"({_ES_A1})*a1[{{j}}]*(1 - a1[{{j}}])"
# the Java predictor's 2-3-1 network: dE/dz2, dE/dz1[j]
_FS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_FS_D1 = f"{_FS_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the Eigen MNIST 4-3-3-2 network (ReLU, ReLU, sigmoid): dE/dz3[n], dE/dz2[k], dE/dz1[j]
_E3_D3 = "(a3[{n}] - y[{n}])*a3[{n}]*(1 - a3[{n}])"
_E3_D3S = [f"(a3[{n}] - y[{n}])*a3[{n}]*(1 - a3[{n}])" for n in range(2)]
_E3_D2 = "(" + " + ".join(f"{_E3_D3S[n]}*W3[{n},{{k}}]" for n in range(2)) + ")*Heaviside(z2[{k}])"
_E3_D2S = ["(" + " + ".join(f"{_E3_D3S[n]}*W3[{n},{k}]" for n in range(2)) + f")*Heaviside(z2[{k}])"
           for k in range(3)]
_E3_D1 = "(" + " + ".join(f"{_E3_D2S[k]}*W2[{k},{{j}}]" for k in range(3)) + ")*Heaviside(z1[{j}])"

ENTRIES = [
    # ---- the Go iris network (two-tab indentation, comments in Chinese on the lines before): Gonum's statements
    # that store into their receiver, Sub, Apply of a closure, MulElem, Mul with .T() -------------------------------
    Public("h64-go-ne", _GO, "b164_go", "b164_go", "\t\tnetWorkError.Sub(y, output)", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=164,
           why="Gonum's Sub into its receiver: netWorkError = y - output"),
    Public("h64-go-so", _GO, "b164_go", "b164_go", "\t\tslopeOutputLayer.Apply(applySigmoidPrime, output)", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K3),), batch=164,
           why="applySigmoidPrime the closure of sigmoidPrime(v) = v (1 - v), applied to the outputs: the slope"),
    Public("h64-go-do", _GO, "b164_go", "b164_go", "\t\tdOutput.MulElem(netWorkError, slopeOutputLayer)", ((C,),),
           (Twin("value", f"-{_GO_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K3),), batch=164,
           why="the code's output delta, -dE/dz2 (the adjustments are added)"),
    Public("h64-go-eh", _GO, "b164_go", "b164_go", "\t\terrorAtHiddenLayer.Mul(dOutput, wOut.T())", ((C,),),
           (Twin("value", f"-({_GO_A1})", (f"-({_GO_A1})",), _J3),), batch=164,
           why="-dE/d(hidden output j): the row dOutput times wOut transposed (wOut input-first)"),
    Public("h64-go-dh", _GO, "b164_go", "b164_go", "\t\tdHiddenLayer.MulElem(errorAtHiddenLayer, slopeHiddenLayer)",
           ((C,),), (Twin("value", f"-{_GO_D1}", (f"-{_GO_D1}",), _J3),), batch=164),
    Public("h64-go-wo", _GO, "b164_go", "b164_go", "\t\twOutAdj.Mul(hiddenLayerActivations.T(), dOutput)", ((C,),),
           (Twin("value", f"-{_GO_D2}*a1[{{j}}]", (f"-a1[{{j}}]*{_GO_D2}",), _K3J3),), batch=164,
           why="-dE/dW2 laid out as wOut (input-first), before the next line scales it by the rate"),
    Public("h64-go-wh", _GO, "b164_go", "b164_go", "\t\twHiddenAdj.Mul(x.T(), dHiddenLayer)", ((C,),),
           (Twin("value", f"-{_GO_D1}*x[{{i}}]", (f"-x[{{i}}]*{_GO_D1}",), _J3I4),), batch=164),
    # ---- the Rust DQN agent (eight-space indentation): ndarray's .dot, .t(), mapv with a closure, statements over
    # two lines, += of the rate times an outer product made with insert_axis ------------------------------------------
    Public("h64-rs-do", _RS, "b164_rs", "b164_rs", "        let delta_output = target - predicted;", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=164,
           why="-dE/dz2 of the linear outputs (half the squared error's)"),
    Public("h64-rs-dh", _RS, "b164_rs", "b164_rs",
           "        let delta_hidden = delta_output.dot(&self.weights2.t()) * \n"
           "            hidden.mapv(|x| if x > 0.0 { 1.0 } else { 0.0 });", ((C,),),
           (Twin("value", f"-{_RS_D1}", (f"-{_RS_D1}",), _J4),), batch=164,
           why="the ReLU's slope written as a closure of the hidden outputs (hidden > 0 where the sum is); the "
               "statement over two lines"),
    Public("h64-rs-w2", _RS, "b164_rs", "b164_rs",
           "        self.weights2 += &(LEARNING_RATE * hidden.view().insert_axis(ndarray::Axis(1))\n"
           "            .dot(&delta_output.view().insert_axis(ndarray::Axis(0))));", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - y[{k}])*a1[{j}]",), _K2J4),), batch=164,
           why="the hidden column times the delta row: the outer product, input-first as weights2"),
    Public("h64-rs-w1", _RS, "b164_rs", "b164_rs",
           "        self.weights1 += &(LEARNING_RATE * state.view().insert_axis(ndarray::Axis(1))\n"
           "            .dot(&delta_hidden.view().insert_axis(ndarray::Axis(0))));", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_RS_D1}*x[{{i}}]",), _J4I3),), batch=164),
    # ---- the C++ BPNN (four- and eight-space indentation): node members indexed [i]; one slip, the sigmoid's slope
    # kept in the output delta under the cross-entropy ------------------------------------------------------------
    Public("h64-bp-do", _BP, "b164_bp", "b164_bp",
           "        outputLayer[i].delta = (outputLayer[i].value - outputLayer[i].rightout)*(1-outputLayer[i].value)"
           "*outputLayer[i].value;", ((W,),),
           (Twin("gradient_z", "z2[{i}]", ("(a2[{i}] - y[{i}])*(1 - a2[{i}])*a2[{i}]",), _I1),), batch=164,
           why="the line above adds the binary cross-entropy's terms to error (train negates it): through the sigmoid "
               "output dL/dz2 = value - rightout; the slope (1 - value) value is the squared error's (the code's "
               "slip)"),
    Public("h64-bp-b2", _BP, "b164_bp", "b164_bp",
           "            outputLayer[i].bias -= learningRate * outputLayer[i].Delta_b / sampleSize;", ((C,),),
           (Twin("update", "b2[{i}]", ("b2[{i}] - eta*(a2[{i}] - y[{i}])/1",), _I1),), batch=164,
           why="Delta_b the accumulated gradient of the output bias, as named (one sample: sampleSize 1)"),
    # ---- the Java MLP (sixteen- and twenty-space indentation): [i][j] input-first, dE/dz deltas, -= updates ------
    Public("h64-jm-oe", _JM, "b164_jm", "b164_jm",
           "                    outputErrors[k] = (output[k] - target) * output[k] * (1 - output[k]);", ((C,),),
           (Twin("value", _JM_D2, ("(a2[{k}] - y[0])*a2[{k}]*(1 - a2[{k}])",), _K1),), batch=164,
           why="one target for the one output"),
    Public("h64-jm-he", _JM, "b164_jm", "b164_jm",
           "                    hiddenErrors[j] = error * hidden[j] * (1 - hidden[j]);", ((C,),),
           (Twin("value", _JM_D1, (_JM_D1,), _J4),), batch=164,
           why="error the hidden loop's sum over the outputs, dE/d(hidden output j)"),
    Public("h64-jm-w2", _JM, "b164_jm", "b164_jm",
           "                        weightsHiddenOutput[j][k] -= learningRate * outputErrors[k] * hidden[j];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_JM_D2}*a1[{{j}}]",), _K1J4),), batch=164),
    Public("h64-jm-w1", _JM, "b164_jm", "b164_jm",
           "                        weightsInputHidden[i][j] -= learningRate * hiddenErrors[j] * inputs[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_JM_D1}*x[{{i}}]",), _J4I5),), batch=164),
    # ---- the Spanish ClassificationNN (twelve- and sixteen-space indentation): a softmax output whose gradient is
    # written -y[k] (1 - output[k]): right at the label's output only, so every update it enters is a slip --------
    Public("h64-jc-a", _JC, "b164_jc", "b164_jc",
           "                alphaWeights[j][i] = alphaWeights[j][i] - nu * sum * x[i];", ((W,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_JC_S}*x[{{i}}]",), _J3I2),), batch=164,
           why="sum, the loop's value, adds -y[k] (1 - output[k]) betaWeights[k][j] over the outputs: under the "
               "softmax and the cross-entropy dL/dz2[k] = output[k] - y[k], so the outputs off the label (y[k] = 0) "
               "are dropped where they weigh output[k] (the code's slip)"),
    Public("h64-jc-hb", _JC, "b164_jc", "b164_jc", "            hiddenBias[j] = hiddenBias[j] - nu * sum;", ((W,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_JC_S}",), _J3),), batch=164, why="the same sum"),
    Public("h64-jc-bw", _JC, "b164_jc", "b164_jc",
           "                betaWeights[k][j] = betaWeights[k][j] - nu * -y[k] * (1 - output[k]) * hidden[j];",
           ((W,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(-t[{k}])*(1 - a2[{k}])*a1[{j}]",), _K3J3),),
           batch=164,
           why="-y[k] (1 - output[k]) is output[k] - y[k] at the label only; off it the step is 0 where it should be "
               "-nu output[k] hidden[j]"),
    Public("h64-jc-ob", _JC, "b164_jc", "b164_jc",
           "            outputBias[k] = outputBias[k] - nu * -y[k] * (1 - output[k]);", ((W,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(-t[{k}])*(1 - a2[{k}])",), _K3),), batch=164,
           why="the same output gradient"),
    # ---- the Swift NeuralNetworkPredictor (twelve-space indentation): let lines, += updates; two slips, the
    # output's slope and the output itself where the hidden unit's are meant (predict(features:) runs the network
    # again and returns its output) --------------------------------------------------------------------------------
    Public("h64-sw-e", _SW, "b164_sw", "b164_sw", "            let error = target - prediction", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=164),
    Public("h64-sw-od", _SW, "b164_sw", "b164_sw",
           "            let outputDelta = error * sigmoidDerivative(prediction)", ((C,),),
           (Twin("value", f"-{_SW_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=164,
           why="-dE/dz2 (the updates add it); sigmoidDerivative(x) = x (1 - x) of the output"),
    Public("h64-sw-hd", _SW, "b164_sw", "b164_sw",
           "            let hiddenDelta = outputDelta * weights[1][0] * sigmoidDerivative(predict(features: features))",
           ((W,),), (Twin("value", f"-{_SW_D1}", (f"-{_SW_D2}*W2[0,0]*a2[0]*(1 - a2[0])",)),), batch=164,
           why="predict(features: features) returns the network's output, not the hidden unit's: the slope is the "
               "output's where the hidden unit's, hidden (1 - hidden), is meant (the code's slip)"),
    Public("h64-sw-w2", _SW, "b164_sw", "b164_sw",
           "            weights[1][0] += learningRate * outputDelta * predict(features: features)", ((W,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_SW_D2}*a2[0]",)),), batch=164,
           why="the output weight's step times the output where the hidden unit's output is meant (the code's slip)"),
    Public("h64-sw-b2", _SW, "b164_sw", "b164_sw", "            biases[1] += learningRate * outputDelta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_SW_D2}",)),), batch=164),
    Public("h64-sw-b1", _SW, "b164_sw", "b164_sw", "            biases[0] += learningRate * hiddenDelta", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_SW_D1}",)),), batch=164,
           why="hiddenDelta as named, -dE/dz1: right as written in it (the line computing it is the slip)"),
    # ---- the C# Math.NET network (sixteen-space indentation): var lines, Transpose(), PointwiseMultiply, a trailing
    # // comment, -= updates with the rate last -------------------------------------------------------------------
    Public("h64-mn-od", _MN, "b164_mn", "b164_mn",
           "                var outputDelta = outputLayerOutput - yBatch; // a2 - y", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=164,
           why="the softmax with the cross-entropy"),
    Public("h64-mn-tt", _MN, "b164_mn", "b164_mn",
           "                var tt = (outputDelta * WeightsOutputHidden.Transpose());", ((C,),),
           (Twin("value", _MN_A1, (_MN_A1,), _J4),), batch=164,
           why="dL/d(hidden output j), a value: the row times the output weights transposed"),
    Public("h64-mn-hd", _MN, "b164_mn", "b164_mn",
           "                var hiddenDelta = tt.PointwiseMultiply(hiddenLayerOutput).PointwiseMultiply(1 - "
           "hiddenLayerOutput);", ((C,),), (Twin("gradient_z", "z1[{j}]", (_MN_D1,), _J4),), batch=164),
    Public("h64-mn-w2", _MN, "b164_mn", "b164_mn",
           "                WeightsOutputHidden -= hiddenLayerOutput.Transpose() * outputDelta * learningRate;", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K3J4),), batch=164),
    Public("h64-mn-b2", _MN, "b164_mn", "b164_mn", "                BiasesOutput -= outputDelta * learningRate;",
           ((C,),), (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K3),), batch=164),
    Public("h64-mn-w1", _MN, "b164_mn", "b164_mn",
           "                WeightsInputHidden -= xBatch.Transpose() * hiddenDelta * learningRate;", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_MN_D1}",), _J4I3),), batch=164),
    Public("h64-mn-b1", _MN, "b164_mn", "b164_mn", "                BiasesHidden -= hiddenDelta * learningRate;",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_MN_D1}",), _J4),), batch=164),
    # ---- the Spanish Eigen class (four-space indentation): MatrixXd declarations, cwiseProduct, transpose(), the
    # samples rows in X and columns in the deltas, rowwise().sum() over the samples ------------------------------------
    Public("h64-es-e", _ES, "b164_es", "b164_es", "    MatrixXd error = output - y.transpose();", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K3),), batch=164),
    Public("h64-es-d2", _ES, "b164_es", "b164_es",
           "    MatrixXd delta2 = error.cwiseProduct(sigmoidDerivative(output));", ((C,),),
           (Twin("value", _ES_D2, (_ES_D2,), _K3),), batch=164,
           why="dE/dz2 (the updates subtract it); sigmoidDerivative(x) = x (1 - x) of the output"),
    Public("h64-es-d1", _ES, "b164_es", "b164_es",
           "    MatrixXd delta1 = (W2.transpose() * delta2).cwiseProduct(sigmoidDerivative(A1));", ((C,),),
           (Twin("value", _ES_D1, (_ES_D1,), _J2),), batch=164),
    Public("h64-es-w2", _ES, "b164_es", "b164_es", "    W2 -= learningRate * delta2 * A1.transpose();", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_ES_D2}*a1[{{j}}]",), _K3J2),), batch=164),
    Public("h64-es-b2", _ES, "b164_es", "b164_es", "    b2 -= learningRate * delta2.rowwise().sum();", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_ES_D2}",), _K3),), batch=164,
           why="each row's sum, over the samples (one)"),
    Public("h64-es-w1", _ES, "b164_es", "b164_es", "    W1 -= learningRate * delta1 * X;", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ES_D1}*x[{{i}}]",), _J2I3),), batch=164,
           why="X the samples rows (m x n), not transposed: the delta column times the input row"),
    Public("h64-es-b1", _ES, "b164_es", "b164_es", "    b1 -= learningRate * delta1.rowwise().sum();", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ES_D1}",), _J2),), batch=164),
    # ---- the Java predictor commented in Chinese (sixteen- to twenty-four-space indentation): double locals, +=
    # updates; the hidden loop reads weightsHO after the output weights are updated (the loops' order) --------------
    Public("h64-fs-oe", _FS, "b164_fs", "b164_fs", "                double outputError = target[0] - finalOutput;",
           ((C,),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=164),
    Public("h64-fs-od", _FS, "b164_fs", "b164_fs",
           "                double outputDelta = outputError * sigmoidDerivative(finalOutput);", ((C,),),
           (Twin("value", f"-{_FS_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=164),
    Public("h64-fs-w2", _FS, "b164_fs", "b164_fs",
           "                    weightsHO[j] += LEARNING_RATE * outputDelta * hiddenOutputs[j];", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_FS_D2}*a1[{{j}}]",), _J3),), batch=164),
    Public("h64-fs-b2", _FS, "b164_fs", "b164_fs", "                biasO += LEARNING_RATE * outputDelta;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_FS_D2}",)),), batch=164),
    Public("h64-fs-he", _FS, "b164_fs", "b164_fs", "                    double hiddenError = outputDelta * weightsHO[j];",
           ((C,),), (Twin("value", f"-{_FS_D2}*W2[0,{{j}}]", (f"-{_FS_D2}*W2[0,{{j}}]",), _J3),), batch=164,
           why="-dE/d(hidden output j), weightsHO[j] the network's weight as named (the code reads it after the "
               "update above: the loops' order, not this line's)"),
    Public("h64-fs-hd", _FS, "b164_fs", "b164_fs",
           "                    hiddenDeltas[j] = hiddenError * sigmoidDerivative(hiddenOutputs[j]);", ((C,),),
           (Twin("value", f"-{_FS_D1}", (f"-{_FS_D1}",), _J3),), batch=164),
    Public("h64-fs-w1", _FS, "b164_fs", "b164_fs",
           "                        weightsIH[i][j] += LEARNING_RATE * hiddenDeltas[j] * input[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_FS_D1}*x[{{i}}]",), _J3I2),), batch=164),
    Public("h64-fs-b1", _FS, "b164_fs", "b164_fs", "                    biasH[j] += LEARNING_RATE * hiddenDeltas[j];",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_FS_D1}",), _J3),), batch=164),
    # ---- the Eigen MNIST class (eight-space indentation): Vector declarations, cwiseProduct with helpers of the
    # output (the sigmoid) and of the sums (the ReLU) -------------------------------------------------------------------
    Public("h64-e3-d3", _E3, "b164_e3", "b164_e3",
           "        Vector delta3 = (a3 - target).cwiseProduct(SigmoidDerivative(a3));", ((C,),),
           (Twin("value", _E3_D3, (_E3_D3,), _N2),), batch=164,
           why="dE/dz3 (applyGradients subtracts the accumulated products)"),
    Public("h64-e3-d2", _E3, "b164_e3", "b164_e3",
           "        Vector delta2 = (W3.transpose() * delta3).cwiseProduct(ReLUDerivative(z2));", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_E3_D2,), _K3),), batch=164,
           why="ReLUDerivative(x) = [x > 0] taken of the sums z2"),
    Public("h64-e3-d1", _E3, "b164_e3", "b164_e3",
           "        Vector delta1 = (W2.transpose() * delta2).cwiseProduct(ReLUDerivative(z1));", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_E3_D1,), _J3),), batch=164),
]
