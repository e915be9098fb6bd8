r"""Batch 139 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the code corpus, with its emphasis on students' code as handed in, in
the languages the held-out set has least: twelve stored files whose repositories the index does not name, in seven
languages, none of them Python): five Go programs (a SequentialANN whose hidden weights carry their bias in column 0,
stored file 45768086223: ann.hiddenLayer[i][j] += ... * features[j-1], a call's argument on its own line with Go's
trailing comma; a spam classifier's Train() over gonum matrices, stored file 39772676779: matrixSubtract(...) over three
lines, hiddenLayerDelta := hiddelLayerError, the hidden layer linear in its Model, stored file 39956426542; an NN engine
with helpers of its own, stored file 27284166977: mulElements, matmul, add, mulScalar, .T(); an nn package's Network,
stored file 38037254489: dW2[j][i] = hiddenInputs[j] * dB2[i], errorSum; an MLP commented in Spanish, stored file
35118518885); a Rust XOR program (stored file 14072111093: let d_error = ..., LR) and the C program it ports (stored
file 33172276712: derivetive_sigmoid, learning_rate = 0.1f); two C# programs (a HybridTemporalAI console, stored file
56269522634: w1[i, j], loops' bodies without braces, learningRate: 0.03; a WPF window commented in French, stored file
31927225741: weights_ih[j, k] output-first, MatrixController.SigmoidDerivative); a Lua game add-on (stored file
11340779808: a softmax FFNetwork counting from 1, local grad = deltaOut[k] * hidden[i], updates by Adam); a Kotlin
service (stored file 5463664250: DoubleArray(n) { i -> ... } lambdas, one over three lines); and a Scala Breeze
classifier (stored file 25340468811: typed vals, activationLayer.t * outputDelta, :+=, *:*, // (10, 2) shape comments).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; each line with its
indentation, its tabs and the comment after it), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: the code's helpers named with their
operations, matrixDot = "matrix product", mulElements = "product", matrixSubtract = "difference", add = "sum",
mulScalar and matrixScale = "matrix product" (a number scales the other); slopes written of the output declared
"sigmoid' at output" or "tanh' at output"; code deltas that are -dE/dz written "-delta2[0]" or "-delta2[:].T" where the
updates add them, and dE/dz "delta2[:].T" where they subtract them; the loops' arrays with placeholders, the sample's
index a literal i ("training_inputs[i][k]" = "x[k]"), Lua's counting from 1 ("deltaOut[k]" = "delta2[k-1]") and the
bias column of the Go SequentialANN ("ann.hiddenLayer[i][0]" = "b1[i]", "ann.hiddenLayer[i][j]" = "W1[i, j-1]"); a
page's running sum, when a taken line uses it, named by what the page defines it to be ("errorSum" = "W2[0, i]*(y[0] -
a2[0])", "hiddenErrors[j]" = "(y[0] - a2[0])*W2[0, j]": complete with the one output here), and the gradients the code
names (dW2[j][i], dB1[i], dW1, db0) with grad), a network of the kind the page describes (with the page's numbers
where it gives them: the XOR programs' 2-2-1 and 0.1, the neunet and gonum engines' 0.001, the C# console's 0.03, the
French window's 7 inputs, the Scala class's 2-4-2, tanh and 0.01, the Kotlin default 0.01; the neunet Model's linear
hidden layer; the softmax and log loss of the Lua and Scala files; all in tests/public_formulas_batch139_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. The code's deltas, errors and sums (outputDelta, err, d_hidden, partDerivWeight) are twinned as values, as in
batches 14 to 138, or as gradients where they are one (hiddenOutputAdjust, dB2[i], dW1, db1, the Lua grad) or a delta
dE/dz (the neunet and Lua deltas, gradient_z); the updates as updates, with eta for the file's rate (the problem
file's). What was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 139

The batch: 64 formulas from 12 addresses (the Go SequentialANN 5, the Go neunet Train 6, the Go gonum engine 6, the
Rust program 6, the C program 6, the C# console 6, the C# French window 5, the Lua add-on 3, the Kotlin service 6, the
Scala class 6, the Go nn Network 6, the Go Spanish MLP 3). All 64 in code (Go 26, Rust 6, C 6, C# 11, Lua 3, Kotlin 6,
Scala 6).

2 are mistaken (the oracle finds a member wrong), and none is mistyped:

- the Go nn Network's gb-he, hiddenErrors[i] = errorSum * SigmoidDerivative(hiddenInputs[i]): errorSum sums
  net.W2[i][j] * outputErrors[j], the outputs' errors target - output without the output's slope (dB2[j], computed just
  above, was meant), so the hidden delta leaves out a2 (1 - a2);
- the Go Spanish MLP's es-wih, mlp.weightsInputHidden[j][k] += mlp.learningRate * hiddenErrors[k] *
  sigmoidDerivative(hiddenInputs[k]) * inputData[i][j]: the same slip, hiddenErrors[k] summing outputErrors[k] *
  weights, so the step leaves out a2 (1 - a2).

Not mistaken, though they look it: the neunet hiddenLayerDelta := hiddelLayerError (no slope: the Model's hidden layer
is linear, hiddenLayer = matrixDot(input, weights1); hiddel the page's spelling); its // why? on the output delta (the
student's question, not a slip); the updates with += (the deltas are -dE/dz) and the neunet and Scala ones with - or
-alpha (their deltas dE/dz); the hidden deltas computed after the output weights were moved in the same call (the Go
SequentialANN, the French window, the Lua add-on after Adam's step: right with the weights as named, the order the
page's); the Go nn Network's dB1[i] = hiddenErrors[i] and its W1 update, right as named (the slip is the hidden errors'
line); the Scala class's tabulate(X.rows, inputLayer) (inputLayer where outputLayer was meant, both 2 there: the
outputDelta line not taken). Slips in lines not taken: the C program's derivetive_sigmoid returns x / (1.0f - x) where
x * (1 - x) was meant (its delta line is taken with the helper named for what the page means, and judged right), and
its hidden error sums delta_output[k] * output_weights[k][j] where output_weights[j][k] was meant (a running sum, with
one output reading output_weights[0][j], past the row's end: C's layout gives output_weights[j][0], the right weight);
the gonum engine's sigmoid computes 1 / (1 + exp(v)) (the sign of the exponent lost: the network is taken as the page
means it, sigmoid layers, and its forward line left out); the Kotlin loops over hiddenSize.indices (an Int's: it would
not compile).

What was left out: the forward lines and running sums (sum += ..., finalOutput += ..., activation += ..., errorSum +=
..., hiddenErrors[j] += ..., the Lua sum = sum + ...: a partial sum is no claim), the Go SequentialANN's bias branch
(ann.hiddenLayer[i][j] += ann.learningRate * hiddenDelta under if j == 0: right only under its condition) and its
forward loops; the neunet and gonum forward lines (the gonum one through its sign-lost sigmoid) and outputError :=
sub(matFromSlice(goal), output) (a helper of no operation's); the gonum inputHiddenAdjust (the same construct as
hiddenOutputAdjust); the Rust and C hidden loops' d_error and error (the same local declared again for the hidden sum:
one notation cannot give a name two meanings) and their forward loops; the C# console's b2 and b1 updates (the same
constructs as w2's and w1's) and its Forward; the French window's forward loops and prediction; the Lua add-on's Adam
updates (moments, not the oracle's plain step), its softmax lines and its LSTM; the Kotlin forward lambdas (sumOf over
indices), hiddenErrors' lambda (sumOf) and the biasHidden update (the same as biasOutput's); the Scala class's
outputDelta (tabulate with a case lambda over the labels), its regularized dW1reg, dW0reg and W updates (its loss adds
regularization / 2 times the squares, which no problem file here names), middleDelta and db0 (the same constructs as
taken ones) and its loss; the Go nn Network's output updates (the same construct as W1's) and its dW1 line (as dW2's);
the Spanish MLP's forward lines (hiddenInputs[j] holds the sum, then its sigmoid: one name, two meanings). Pages read
and not taken: the neunet package's helpers and Model (stored files 39799884384 and 39956426542, read for what the
Train's names mean), and candidates earlier batches held (stored files 9262727936, 4584385061, 6302676267,
70131995701, 15006924287, 53255550936, 13732055063, among others).

Collected on 2026-12-07 (10:36 to 10:43 by the machine's clock, the oracle's runs included, before any check run).
Every notation was loaded (notation_loading.load_notation, each with its network, the notation's table appended to the
network's problem text) before the run, without judging a formula: all 12 pairs loaded as first written. The oracle's
first run (of the first 55 entries) failed the nine Lua and Scala twins on a name, not a verdict: under cross-entropy
the oracle calls the target t, not y; with t written for y, every verdict passed as first transcribed, and the last
nine entries (the two Go files with the slips) passed on their first run (all 64).

Run blind at main 758f776 (/work/READY_FOR_BLIND56, open at 10:57; src/ as at ac5ff65, main's last change to it; the
rebase without conflict, the branch already on main), with nothing under src/ changed. The first run
(/work/batch139_blind.txt): 53 of 64 read with every verdict right (83%), 11 refused, no typo in the batch, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts
from the wrong number, none names a quantity the page does not mean: ten stop at the page's own construct, Go's,
Kotlin's and Scala's, and one at the page's bias column, which the notation gives as the page does), so the batch was
run once.

The mistaken formulas, gb-he (hiddenErrors[i] = errorSum * SigmoidDerivative(hiddenInputs[i]), the output's slope left
out) and es-wih (the Spanish MLP's input-hidden step, the same slip), were both read with their members called wrong.
By page: the Go SequentialANN 3 of 5, the Go neunet Train 6 of 6, the Go gonum engine 6 of 6, the Rust program 6 of 6,
the C program 6 of 6, the C# console 6 of 6, the C# French window 5 of 5, the Lua add-on 3 of 3, the Kotlin service 3
of 6, the Go nn Network 6 of 6, the Go Spanish MLP 3 of 3, the Scala class 0 of 6.

The refusals by construct (11), with the exact message:

- 3, Kotlin's array built by a lambda of its index (DoubleArray(n) { i -> ... }), on one line or over three: kt-oe,
  kt-od, kt-hd; kt-oe: "formula 'outputErrors = DoubleArray(outputSize) { i -> target[i] -...': unexpected at '}'
  (position 69)" (kt-od and kt-hd at position 130);
- 2, a comment after the code whose words are a shape in parentheses (// (10, 2)): sc-dw1 and sc-dw0; sc-dw1:
  "formula 'dW1 = activationLayer.t * outputDelta // (10, 2)': unexpected at '/' (position 41); // is read as a
  comment only before words (// the update rule) or worked numbers (// 0.5 * 2 = 1); Python's floor division a // b is
  no formula check reads" (sc-dw0 at position 27);
- 2, Breeze's in-place :+= with its element-wise *:*: sc-b1u and sc-b0u; sc-b1u: "formula 'b(1) :+= -alpha \\odot
  db1': unexpected at ':' (position 6)" (*:* itself read as \odot);
- 1, Breeze's broadcast over rows, .t(*, ::): sc-db1, "formula 'db1 = sum(outputDelta.t(*, ::)) // (2)': expected ')'
  to close .transpose(): check reads it without arguments at '*' (position 25)";
- 1, Scala's transpose .t after a call, W(1).t: sc-pdw, "formula 'partDerivWeight = outputDelta * W(1).t //
  (nInstances, 10)': unexpected at '.' (position 37)" (the name's .t, activationLayer.t and X.t, was read past: the
  refusals of sc-dw1 and sc-dw0 come later, at the comment);
- 1, Go's trailing comma in a call whose argument stands on its own line: sa-hd, "formula 'hiddenDelta := outputDelta
  * ann.outputWeight[i] * sigmoi...': unexpected at ')' (position 98)";
- 1, a weight array whose column 0 is the bias, stepped in an else branch (j from 1) with the input features[j-1]:
  sa-wih, "formula 'ann.hiddenLayer[i][j] += ann.learningRate * hiddenDelta *...': features_{j-1} at j = 0:
  'features[j]' means 'x[j]' (j = -1): index -1 is out of range (0..2): the network has 3 inputs; j = 0 is among the
  values read (a rule whose left side names something there, as a bias's w_0 does, or a sum from 0): give
  features_{0-1} a meaning in the notation ("features_{0-1}" = "1" for a bias's constant input), or write that case
  apart" (the rule is read for every column, the bias's too, where the page's if j == 0 keeps it for j from 1; the
  notation gives column 0 as the page does, the bias "ann.hiddenLayer[i][0]" = "b1[i]", and was not changed to make
  the line read).

Read, among the constructs these pages brought: Go short declarations (:=), tabs, helpers named with their operations
(matrixDot, mulElements, matmul, add, sub, mulScalar, matrixScale) including a call over three lines (nn-w2, nn-w1),
gonum's .T() (nn-he, gn-he, gn-hoa), a declared-linear hidden layer's delta without slope (nn-hd), -= steps written
W = matrixSubtract(W, ...); Rust's let bindings and constants (LR), C's and C#'s declarations with their type, loops'
bodies without braces, [i, j] subscripts and a literal sample index (training_inputs[i][k], matrixX[i, k]); a static
helper's dotted name (MatrixController.SigmoidDerivative); Lua's counting from 1 and local declarations, with softmax
and the log loss (lu-do, lu-grad, lu-dh); Kotlin's += updates in its loops; gradients the code names (dB2[i], dW2[j][i],
dB1[i], hiddenOutputAdjust) and running sums named by what the page defines them to be (errorSum, hiddenErrors[k]),
the two slips read through them and called wrong.

Which look general (would appear in much homework): Kotlin's DoubleArray(n) { i -> ... } (the idiom of any Kotlin
network for its vectors), Go's trailing comma before a call's closing parenthesis on its own line (gofmt's layout for
any call broken over lines), Breeze's :+=, .t(*, ::) and a call's .t (any Scala network over Breeze), a comment after
the code whose words are a shape in parentheses (// (10, 2), common in any language). Page-specific: the bias kept in
column 0 of each hidden unit's weight row and stepped in an else branch with features[j-1] (a layout some homework
uses, the rule then true only for j from 1).
"""


from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch139_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_SA = _STORED.format(45768086223, "package ann",
                     "a Go SequentialANN: the hidden layer's bias in column 0 of hiddenLayer[i], features[j-1]")
_NN = _STORED.format(39772676779, "package neunet",
                     "a Go Train() of a spam classifier over gonum matrices: matrixSubtract, matrixDot, // why?")
_GN = _STORED.format(27284166977, "/* Copyright Jeff Berkowitz 2025. MIT license. */",
                     "a Go NN engine over gonum: mulElements, matmul, add, mulScalar, Learn(in, goal)")
_RS = _STORED.format(14072111093, "use rand::Rng;",
                     "a Rust XOR program: delta_output, delta_hidden, const LR: f64 = 0.1")
_CX = _STORED.format(33172276712, "#include <stdlib.h>",
                     "a C XOR program, // nn that can learn the XOR function, derivetive_sigmoid")
_GM = _STORED.format(56269522634, "using System;",
                     "a C# HybridTemporalAI program: a NeuralNetwork with w1[i, j], w2[j], SigmoidDerivativeFromOutput")
_FR = _STORED.format(31927225741, "using ArduinoDOJO.Controller;",
                     "a C# WPF window commented in French training a robot's network: // RetroPropagation "
                     "(Output -> Hidden)")
_LU = _STORED.format(11340779808, "local addonName, addonTable = ...",
                     "a Lua game add-on, DiceTracker, with a feed-forward FFNetwork (softmax output, Adam updates)")
_KT = _STORED.format(5463664250, "package com.automed.ai.service",
                     "a Kotlin AdvancedMLService: a NeuralNetwork with DoubleArray(n) { i -> ... } lambdas")
_GB = _STORED.format(38037254489, "package nn",
                     "a Go nn package's Network: dW2, dB2, errorSum, hiddenErrors, // Calculate hidden layer errors")
_ES = _STORED.format(35118518885, "package ann",
                     "a Go MLP commented in Spanish: // Calcula el error, // Actualiza los pesos entre la capa de "
                     "entrada y la capa oculta")
_SC = _STORED.format(25340468811, "package classifiers",
                     "a Scala Breeze NeuralNetworkClassifier: W(0), W(1), :+=, *:*, // (10, 2) shape comments")


def _rows(**ranges) -> tuple:
    names = list(ranges)
    out = [{}]
    for name in names:
        out = [{**row, name: v} for row in out for v in range(ranges[name])]
    return tuple(out)


def _upd(target: str, step: str) -> str:
    return f"{target} + eta*{step}"


def _down(target: str, step: str) -> str:
    return f"{target} - eta*{step}"


# one sigmoid output under half the squared error: -dE/dz2 (D), -dE/d a1[i] (E) and -dE/dz1[i] (DH) of hidden unit i
_D = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_Ei = f"{_D}*W2[0,{{i}}]"
_DHi = f"{_Ei}*a1[{{i}}]*(1 - a1[{{i}}])"
_Ej = f"{_D}*W2[0,{{j}}]"
_DHj = f"{_Ej}*a1[{{j}}]*(1 - a1[{{j}}])"
# the same with j an output's index (the Rust and C programs' output loops)
_Dj = "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])"
# the neunet program: dE/dz2 (positive), a linear hidden layer
_PD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# two sigmoid outputs: -dE/dz2[k], -dE/d a1[j], -dE/dz1[j]
_Dk = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_E2 = ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])")
_H2 = f"{_E2}*a1[{{j}}]*(1 - a1[{{j}}])"
# the same with i the hidden unit (Kotlin's lambdas) and j an output
_Di = "(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])"
_E2i = ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{i}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{i}])")
_H2i = f"{_E2i}*a1[{{i}}]*(1 - a1[{{i}}])"
_Dj2 = "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])"
# softmax under the log loss (t the one-hot target, the oracle's name under cross-entropy): dE/dz2[k]; dE/d a1 with three outputs (Lua, i the hidden unit) and two (Scala, j)
_SK = "(a2[{k}] - t[{k}])"
_LE = "((a2[0] - t[0])*W2[0,{i}] + (a2[1] - t[1])*W2[1,{i}] + (a2[2] - t[2])*W2[2,{i}])"
_SE = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_ST = f"{_SE}*(1 - a1[{{j}}]**2)"

_I2, _I3, _I4 = (_rows(i=n) for n in (2, 3, 4))
_J1, _J2, _J3, _J4 = (_rows(j=n) for n in (1, 2, 3, 4))
_K2, _K3 = (_rows(k=n) for n in (2, 3))


ENTRIES = [
    # ---- the Go SequentialANN (tabs): the bias in column 0 of ann.hiddenLayer[i] ---------------------------------
    Public("b139-sa-od", _SA, "b139_sa", "b139_sa",
           "\t\t\toutputDelta := (label - finalOutput) * sigmoidDerivative(finalOutput)", ((C,),),
           (Twin("value", _D, (_D,)),), batch=139,
           why="the code's delta (-dE/dz2), a Go short declaration; sigmoidDerivative(x) = x * (1 - x) of the output"),
    Public("b139-sa-ow", _SA, "b139_sa", "b139_sa",
           "\t\t\t\tann.outputWeight[i] += ann.learningRate * outputDelta * hiddenOutputs[i]", ((C,),),
           (Twin("update", "W2[0,{i}]", (_upd("W2[0,{i}]", f"{_D}*a1[{{i}}]"),), _I4),), batch=139,
           why="+= with the code's delta (-dE/dz): the gradient step; the rate the constructor's (0.1 here)"),
    Public("b139-sa-ob", _SA, "b139_sa", "b139_sa", "\t\t\tann.outputBias += ann.learningRate * outputDelta", ((C,),),
           (Twin("update", "b2[0]", (_upd("b2[0]", _D),)),), batch=139),
    Public("b139-sa-hd", _SA, "b139_sa", "b139_sa",
           "\t\t\t\thiddenDelta := outputDelta * ann.outputWeight[i] * sigmoidDerivative(\n"
           "\t\t\t\t\thiddenOutputs[i],\n"
           "\t\t\t\t)", ((C,),),
           (Twin("value", _DHi, (_DHi,), _I4),), batch=139,
           why="a call's argument on its own line with Go's trailing comma; ann.outputWeight as named (already "
               "updated above: the order is the page's, not this line's)"),
    Public("b139-sa-wih", _SA, "b139_sa", "b139_sa",
           "\t\t\t\t\t\tann.hiddenLayer[i][j] += ann.learningRate * hiddenDelta * features[j-1]", ((C,),),
           (Twin("update", "W1[{i},{k}]", (_upd("W1[{i},{k}]", f"{_DHi}*x[{{k}}]"),), _rows(i=4, k=3)),), batch=139,
           why="the else branch (j from 1): column j of hiddenLayer[i] the weight from input j-1, features[j-1]"),
    # ---- the Go neunet Train (tabs): gonum helpers, a linear hidden layer, dE/dz deltas and -= steps ------------
    Public("b139-nn-oe", _NN, "b139_nn", "b139_nn", "\t\toutputError := matrixSubtract(outputEst, category)",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=139,
           why="output minus target: half the squared error's dE/d(output)"),
    Public("b139-nn-od", _NN, "b139_nn", "b139_nn",
           "\t\toutputDelta := matrixMultiply(outputError, SigmoidOutputDerivative(outputEst)) // why?", ((C,),),
           (Twin("gradient_z", "z2[0]", (_PD,)),), batch=139,
           why="matrixMultiply is MulElem (entry by entry): dE/dz2; the comment the student's own question"),
    Public("b139-nn-he", _NN, "b139_nn", "b139_nn", "\t\thiddelLayerError := matrixDot(outputDelta, model.weights2.T())",
           ((C,),), (Twin("value", f"{_PD}*W2[0,{{j}}]", (f"{_PD}*W2[0,{{j}}]",), _J3),), batch=139,
           why="dE/d(hidden output); hiddel the page's spelling of the name; gonum's .T()"),
    Public("b139-nn-hd", _NN, "b139_nn", "b139_nn", "\t\thiddenLayerDelta := hiddelLayerError", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_PD}*W2[0,{{j}}]",), _J3),), batch=139,
           why="not a slip though it looks one: the Model's hidden layer is linear (hiddenLayer = matrixDot(input, "
               "weights1), no activation), so its slope is 1"),
    Public("b139-nn-w2", _NN, "b139_nn", "b139_nn",
           "\t\tmodel.weights2 = matrixSubtract(\n"
           "\t\t\tmodel.weights2,\n"
           "\t\t\tmatrixScale(learningRate, matrixDot(model.hiddenLayer.T(), outputDelta)))", ((C,),),
           (Twin("update", "W2[0,{j}]", (_down("W2[0,{j}]", f"a1[{{j}}]*{_PD}"),), _J3),), batch=139,
           why="a call over three lines; learningRate := 0.001, the problem file's"),
    Public("b139-nn-w1", _NN, "b139_nn", "b139_nn",
           "\t\tmodel.weights1 = matrixSubtract(\n"
           "\t\t\tmodel.weights1,\n"
           "\t\t\tmatrixScale(learningRate, matrixDot(message.T(), hiddenLayerDelta)))", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_down("W1[{j},{i}]", f"x[{{i}}]*{_PD}*W2[0,{{j}}]"),), _rows(i=4, j=3)),),
           batch=139),
    # ---- the Go gonum NN engine's Learn (one tab): helpers of its own, .T() -------------------------------------
    Public("b139-gn-od", _GN, "b139_gn", "b139_gn",
           "\toutputDelta := mulElements(outputError, sigmoidDerivative(output))", ((C,),),
           (Twin("value", _Dk, (_Dk,), _K2),), batch=139,
           why="outputError = sub(matFromSlice(goal), output): the code's delta (-dE/dz2)"),
    Public("b139-gn-he", _GN, "b139_gn", "b139_gn", "\thiddenError := matmul(outputDelta, nn.weightsHiddenOutput.T())",
           ((C,),), (Twin("value", _E2, (_E2,), _J4),), batch=139),
    Public("b139-gn-hd", _GN, "b139_gn", "b139_gn",
           "\thiddenDelta := mulElements(hiddenError, sigmoidDerivative(hiddenOutput))", ((C,),),
           (Twin("value", _H2, (_H2,), _J4),), batch=139),
    Public("b139-gn-hoa", _GN, "b139_gn", "b139_gn", "\thiddenOutputAdjust := matmul(hiddenOutput.T(), outputDelta)",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"-a1[{{j}}]*{_Dk}",), _rows(j=4, k=2)),), batch=139,
           why="-dE/dW2 input-first: the step's direction"),
    Public("b139-gn-who", _GN, "b139_gn", "b139_gn",
           "\tnn.weightsHiddenOutput = add(nn.weightsHiddenOutput, mulScalar(nn.learningRate, hiddenOutputAdjust))",
           ((C,),), (Twin("update", "W2[{k},{j}]", (_upd("W2[{k},{j}]", f"a1[{{j}}]*{_Dk}"),), _rows(j=4, k=2)),),
           batch=139, why="nn.learningRate = 0.001 (makeNN's), the problem file's"),
    Public("b139-gn-wih", _GN, "b139_gn", "b139_gn",
           "\tnn.weightsInputHidden = add(nn.weightsInputHidden, mulScalar(nn.learningRate, inputHiddenAdjust))",
           ((C,),), (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_H2}"),), _rows(i=3, j=4)),),
           batch=139, why="inputHiddenAdjust = matmul(input.T(), hiddenDelta)"),
    # ---- the Rust XOR program (four-space indentation): loops over j and k --------------------------------------
    Public("b139-rs-de", _RS, "b139_rs", "b139_rs",
           "            let d_error = training_outputs[i][j] - output_layer[j];", ((C,),),
           (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a2[{j}]",), _J1),), batch=139,
           why="a let binding in the output loop; i the sample drawn"),
    Public("b139-rs-do", _RS, "b139_rs", "b139_rs",
           "            delta_output[j] = d_error * d_sigmoid(output_layer[j]);", ((C,),),
           (Twin("value", _Dj, (_Dj,), _J1),), batch=139, why="the code's delta (-dE/dz2); d_sigmoid(x) = x * (1.0 - x)"),
    Public("b139-rs-ob", _RS, "b139_rs", "b139_rs", "            output_layer_bias[j] += delta_output[j] * LR;", ((C,),),
           (Twin("update", "b2[{j}]", (_upd("b2[{j}]", _Dj),), _J1),), batch=139,
           why="const LR: f64 = 0.1, the problem file's"),
    Public("b139-rs-ow", _RS, "b139_rs", "b139_rs",
           "                output_weights[k][j] += hidden_layer[k] * delta_output[j] * LR;", ((C,),),
           (Twin("update", "W2[{j},{k}]", (_upd("W2[{j},{k}]", f"a1[{{k}}]*{_Dj}"),), _rows(j=1, k=2)),), batch=139),
    Public("b139-rs-hb", _RS, "b139_rs", "b139_rs", "            hidden_layer_bias[j] += delta_hidden[j] * LR;", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _DHj),), _J2),), batch=139, why="j a hidden unit here"),
    Public("b139-rs-hw", _RS, "b139_rs", "b139_rs",
           "                hidden_weights[k][j] += training_inputs[i][k] * delta_hidden[j] * LR;", ((C,),),
           (Twin("update", "W1[{j},{k}]", (_upd("W1[{j},{k}]", f"x[{{k}}]*{_DHj}"),), _rows(j=2, k=2)),), batch=139),
    # ---- the C XOR program (four-space indentation, braces on their own lines) ----------------------------------
    Public("b139-cx-err", _CX, "b139_cx", "b139_cx",
           "                double error = (train_outputs[i][j] - output_layer[j]);", ((C,),),
           (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a2[{j}]",), _J1),), batch=139,
           why="a declaration with its type, the difference in parentheses"),
    Public("b139-cx-do", _CX, "b139_cx", "b139_cx",
           "                delta_output[j] = error * derivetive_sigmoid(output_layer[j]);", ((C,),),
           (Twin("value", _Dj, (_Dj,), _J1),), batch=139,
           why="derivetive_sigmoid named for what the page means (the sigmoid's slope of its output); its body's "
               "slip, x / (1.0f - x), is the helper's, not this line's"),
    Public("b139-cx-ob", _CX, "b139_cx", "b139_cx",
           "                output_layer_bias[j] += learning_rate * delta_output[j];", ((C,),),
           (Twin("update", "b2[{j}]", (_upd("b2[{j}]", _Dj),), _J1),), batch=139,
           why="learning_rate = 0.1f, the problem file's"),
    Public("b139-cx-ow", _CX, "b139_cx", "b139_cx",
           "                    output_weights[k][j] += learning_rate * hidden_layer[k] * delta_output[j];", ((C,),),
           (Twin("update", "W2[{j},{k}]", (_upd("W2[{j},{k}]", f"a1[{{k}}]*{_Dj}"),), _rows(j=1, k=2)),), batch=139),
    Public("b139-cx-hb", _CX, "b139_cx", "b139_cx",
           "                hidden_layer_bias[j] += learning_rate * delta_hidden[j];", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _DHj),), _J2),), batch=139),
    Public("b139-cx-hw", _CX, "b139_cx", "b139_cx",
           "                    hidden_weights[k][j] += learning_rate * train_inputs[i][k] * delta_hidden[j];", ((C,),),
           (Twin("update", "W1[{j},{k}]", (_upd("W1[{j},{k}]", f"x[{{k}}]*{_DHj}"),), _rows(j=2, k=2)),), batch=139),
    # ---- the C# HybridTemporalAI network (twelve- to twenty-space indentation) ----------------------------------
    Public("b139-gm-oe", _GM, "b139_gm", "b139_gm", "            double outputError = target - y;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=139, why="the page's y the output"),
    Public("b139-gm-od", _GM, "b139_gm", "b139_gm",
           "            double outputDelta = outputError * SigmoidDerivativeFromOutput(y);", ((C,),),
           (Twin("value", _D, (_D,)),), batch=139),
    Public("b139-gm-err", _GM, "b139_gm", "b139_gm", "                double err = outputDelta * w2[j];", ((C,),),
           (Twin("value", _Ej, (_Ej,), _J4),), batch=139, why="the loop's local, hidden unit j's -dE/dh[j]"),
    Public("b139-gm-hd", _GM, "b139_gm", "b139_gm",
           "                hiddenDelta[j] = err * SigmoidDerivativeFromOutput(h[j]);", ((C,),),
           (Twin("value", _DHj, (_DHj,), _J4),), batch=139),
    Public("b139-gm-w2", _GM, "b139_gm", "b139_gm", "                w2[j] += learningRate * outputDelta * h[j];",
           ((C,),), (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"{_D}*a1[{{j}}]"),), _J4),), batch=139,
           why="a loop's body without braces; learningRate: 0.03, the problem file's"),
    Public("b139-gm-w1", _GM, "b139_gm", "b139_gm",
           "                    w1[i, j] += learningRate * hiddenDelta[j] * x[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"{_DHj}*x[{{i}}]"),), _rows(i=3, j=4)),), batch=139),
    # ---- the C# WPF trainer commented in French (twenty- to twenty-eight-space indentation), no biases -----------
    Public("b139-fr-err", _FR, "b139_fr", "b139_fr", "                    double error = matrixY[i, 0] - output;",
           ((C,),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=139, why="i the sample"),
    Public("b139-fr-do", _FR, "b139_fr", "b139_fr",
           "                    double d_output = error * MatrixController.SigmoidDerivative(output);", ((C,),),
           (Twin("value", _D, (_D,)),), batch=139,
           why="a static helper of another file, declared the sigmoid's slope of its output (it is called on output "
               "and on hidden[j])"),
    Public("b139-fr-who", _FR, "b139_fr", "b139_fr",
           "                        weights_ho[0, j] += LEARNING_RATE * d_output * hidden[j];", ((C,),),
           (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"{_D}*a1[{{j}}]"),), _J3),), batch=139,
           why="LEARNING_RATE a slider's value (0.1 here)"),
    Public("b139-fr-dh", _FR, "b139_fr", "b139_fr",
           "                        double d_hidden = d_output * weights_ho[0, j] * "
           "MatrixController.SigmoidDerivative(hidden[j]);", ((C,),),
           (Twin("value", _DHj, (_DHj,), _J3),), batch=139,
           why="weights_ho as named (updated in the loop before: the order is the page's, not this line's)"),
    Public("b139-fr-wih", _FR, "b139_fr", "b139_fr",
           "                            weights_ih[j, k] += LEARNING_RATE * d_hidden * matrixX[i, k];", ((C,),),
           (Twin("update", "W1[{j},{k}]", (_upd("W1[{j},{k}]", f"{_DHj}*x[{{k}}]"),), _rows(j=3, k=7)),), batch=139,
           why="weights_ih[j, k] output-first, as InitializeMatrix(HIDDEN_SIZE, INPUT_SIZE) makes it"),
    # ---- the Lua FFNetwork (four-space indentation, counting from 1): softmax and the log loss ------------------
    Public("b139-lu-do", _LU, "b139_lu", "b139_lu", "        deltaOut[k] = (out[k] - target[k])", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SK,), _K3),), batch=139, why="a Lua statement without a semicolon"),
    Public("b139-lu-grad", _LU, "b139_lu", "b139_lu", "            local grad = deltaOut[k] * hidden[i]", ((C,),),
           (Twin("gradient", "W2[{k},{i}]", (f"{_SK}*a1[{{i}}]",), _rows(i=3, k=3)),), batch=139,
           why="a local declaration; the gradient that Adam's moments take (the Adam lines not taken)"),
    Public("b139-lu-dh", _LU, "b139_lu", "b139_lu", "        deltaHidden[i] = sum * hidden[i] * (1 - hidden[i])", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (f"{_LE}*a1[{{i}}]*(1 - a1[{{i}}])",), _I3),), batch=139,
           why="sum the backward loop's sum over k of deltaOut[k] * self.W2[i][k] (self.W2 as named, already moved "
               "by Adam above: the order is the page's)"),
    # ---- the Kotlin NeuralNetwork (sixteen- to twenty-four-space indentation): DoubleArray lambdas --------------
    Public("b139-kt-oe", _KT, "b139_kt", "b139_kt",
           "                val outputErrors = DoubleArray(outputSize) { i -> target[i] - output[i] }", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _I2),), batch=139,
           why="an array built by a lambda of its index: element i"),
    Public("b139-kt-od", _KT, "b139_kt", "b139_kt",
           "                val outputDeltas = DoubleArray(outputSize) { i ->\n"
           "                    outputErrors[i] * sigmoidDerivative(output[i])\n"
           "                }", ((C,),),
           (Twin("value", _Di, (_Di,), _I2),), batch=139, why="the lambda's body on its own line"),
    Public("b139-kt-hd", _KT, "b139_kt", "b139_kt",
           "                val hiddenDeltas = DoubleArray(hiddenSize) { i ->\n"
           "                    hiddenErrors[i] * sigmoidDerivative(hidden[i])\n"
           "                }", ((C,),),
           (Twin("value", _H2i, (_H2i,), _I4),), batch=139),
    Public("b139-kt-wih", _KT, "b139_kt", "b139_kt",
           "                        weightsInputHidden[i][j] += learningRate * hiddenDeltas[j] * input[i]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"{_H2}*x[{{i}}]"),), _rows(i=3, j=4)),), batch=139,
           why="learningRate 0.01, the constructor's default (the loop over hiddenSize.indices, an Int's, would not "
               "compile: the page's slip, not this line's)"),
    Public("b139-kt-who", _KT, "b139_kt", "b139_kt",
           "                        weightsHiddenOutput[i][j] += learningRate * outputDeltas[j] * hidden[i]", ((C,),),
           (Twin("update", "W2[{j},{i}]", (_upd("W2[{j},{i}]", f"{_Dj2}*a1[{{i}}]"),), _rows(i=4, j=2)),), batch=139),
    Public("b139-kt-bo", _KT, "b139_kt", "b139_kt", "                    biasOutput[i] += learningRate * outputDeltas[i]",
           ((C,),), (Twin("update", "b2[{i}]", (_upd("b2[{i}]", _Di),), _I2),), batch=139),
    # ---- the Go nn Network (tabs): gradients named dW2, dB2, ..., the hidden error without the output's slope ----
    Public("b139-gb-oe", _GB, "b139_gb", "b139_gb", "\t\toutputErrors[i] = target[i] - outputs[i]", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _rows(i=1)),), batch=139),
    Public("b139-gb-db2", _GB, "b139_gb", "b139_gb", "\t\tdB2[i] = outputErrors[i] * SigmoidDerivative(outputs[i])",
           ((C,),), (Twin("gradient", "b2[{i}]", (f"-{_Di}",), _rows(i=1)),), batch=139,
           why="the step's direction, -dE/db2 (the updates add it)"),
    Public("b139-gb-dw2", _GB, "b139_gb", "b139_gb", "\t\t\tdW2[j][i] = hiddenInputs[j] * dB2[i]", ((C,),),
           (Twin("gradient", "W2[{i},{j}]", (f"-a1[{{j}}]*{_Di}",), _rows(i=1, j=4)),), batch=139,
           why="hiddenInputs[j] the page's name for hidden unit j's output"),
    Public("b139-gb-he", _GB, "b139_gb", "b139_gb",
           "\t\thiddenErrors[i] = errorSum * SigmoidDerivative(hiddenInputs[i])", ((W,),),
           (Twin("value", _DHi, ("W2[0,{i}]*(y[0] - a2[0])*a1[{i}]*(1 - a1[{i}])",), _I4),), batch=139,
           why="the page's slip: errorSum sums net.W2[i][j] * outputErrors[j], the output's error without its slope "
               "(dB2[j] was meant), so the hidden delta leaves out a2 (1 - a2)"),
    Public("b139-gb-db1", _GB, "b139_gb", "b139_gb", "\t\tdB1[i] = hiddenErrors[i]", ((C,),),
           (Twin("gradient", "b1[{i}]", (f"-{_DHi}",), _I4),), batch=139,
           why="right with hiddenErrors[i] as named (the hidden delta): the slip is the line above's"),
    Public("b139-gb-w1", _GB, "b139_gb", "b139_gb", "\t\t\tnet.W1[j][i] += net.LearningRate * dW1[j][i]", ((C,),),
           (Twin("update", "W1[{i},{j}]", (_upd("W1[{i},{j}]", f"x[{{j}}]*{_DHi}"),), _rows(i=4, j=3)),), batch=139,
           why="dW1[j][i] = input[j] * dB1[i] named -dE/dW1 (right as named); the rate the caller's (0.1 here)"),
    # ---- the Go MLP commented in Spanish (tabs): one output, no biases, the hidden error without the slope ------
    Public("b139-es-oe", _ES, "b139_es", "b139_es", "\t\t\toutputErrors[j] = targetData[i] - finalOutputs[j]", ((C,),),
           (Twin("value", "y[0] - a2[{j}]", ("y[0] - a2[{j}]",), _J1),), batch=139, why="i the sample, j the output"),
    Public("b139-es-who", _ES, "b139_es", "b139_es",
           "\t\t\t\tmlp.weightsHiddenOutput[j][k] += mlp.learningRate * outputErrors[k] * "
           "sigmoidDerivative(finalOutputs[k]) * hiddenInputs[j]", ((C,),),
           (Twin("update", "W2[{k},{j}]", (_upd("W2[{k},{j}]", "(y[0] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"),),
                 _rows(j=4, k=1)),), batch=139,
           why="hiddenInputs[j] the hidden output (the forward loop overwrites the sum with its sigmoid); the rate "
               "the caller's (0.1 here)"),
    Public("b139-es-wih", _ES, "b139_es", "b139_es",
           "\t\t\t\tmlp.weightsInputHidden[j][k] += mlp.learningRate * hiddenErrors[k] * "
           "sigmoidDerivative(hiddenInputs[k]) * inputData[i][j]", ((W,),),
           (Twin("update", "W1[{k},{j}]",
                 (_upd("W1[{k},{j}]", "(y[0] - a2[0])*W2[0,{k}]*a1[{k}]*(1 - a1[{k}])*x[{j}]"),), _rows(j=3, k=4)),),
           batch=139,
           why="the page's slip: hiddenErrors[k] sums outputErrors * weights without the output's slope, so the step "
               "leaves out a2 (1 - a2)"),
    # ---- the Scala Breeze classifier (eight-space indentation): typed vals, shape comments, :+= ----------------
    Public("b139-sc-dw1", _SC, "b139_sc", "b139_sc",
           "        val dW1: DenseMatrix[Double] = activationLayer.t * outputDelta  // (10, 2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_SK}",), _rows(j=4, k=2)),), batch=139,
           why="the gradient of W(1) (the second layer's), input-first; one sample's rows here"),
    Public("b139-sc-db1", _SC, "b139_sc", "b139_sc",
           "        val db1: DenseVector[Double] = sum(outputDelta.t(*, ::))  // (2)", ((C,),),
           (Twin("gradient", "b2[{k}]", (_SK,), _K2),), batch=139,
           why="Breeze's sum over each row of the transpose: the sum over the samples (one here)"),
    Public("b139-sc-pdw", _SC, "b139_sc", "b139_sc",
           "        val partDerivWeight: DenseMatrix[Double] = outputDelta * W(1).t  // (nInstances, 10)", ((C,),),
           (Twin("value", _SE, (_SE,), _J4),), batch=139, why="dE/d(hidden output)"),
    Public("b139-sc-dw0", _SC, "b139_sc", "b139_sc",
           "        val dW0: DenseMatrix[Double] = X.t * middleDelta  // (2, 10)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ST}",), _rows(i=2, j=4)),), batch=139,
           why="middleDelta = partDerivWeight *:* derivActivate(activationLayer), tanh's slope 1 - A^2"),
    Public("b139-sc-b1u", _SC, "b139_sc", "b139_sc", "        b(1) :+= -alpha *:* db1", ((C,),),
           (Twin("update", "b2[{k}]", (_down("b2[{k}]", _SK),), _K2),), batch=139,
           why="Breeze's in-place :+= with the scaled gradient; alpha = 0.01, the problem file's (the biases are not "
               "regularized)"),
    Public("b139-sc-b0u", _SC, "b139_sc", "b139_sc", "        b(0) :+= -alpha *:* db0", ((C,),),
           (Twin("update", "b1[{j}]", (_down("b1[{j}]", _ST),), _J4),), batch=139),
]
