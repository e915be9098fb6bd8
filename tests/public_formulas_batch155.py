r"""Batch 155 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on compiled languages'
implementations: delta terms, weight and bias updates in loops and in matrix libraries, the derivative functions they
define; every address a stored file whose repository the index does not name, each checked against
/work/used_ids.txt): a Swift MLP class (stored file 8114997927: let declarations, for-in loops over 0..<n, += updates
with the rate first), a Qt C++ NeuralNetwork commented in Russian (stored file 49132656687: activationFunction(x,
true) for the sigmoid's derivative at x, taken of the outputs: a real slip twice), a C++ port of Nielsen's network.py
(stored file 23460292737: its own Vec and Mat with .hadamard and .transpose(), arrays indexed by L - 2 and l - 2, and
one real slip, the output delta multiplied by the sums zs[L - 2] themselves), a C# digit-recognition console program
(stored file 22289771486: its SimpleNeuralNetwork's Train, loops without braces, a step declared as double delta
before its clipping), a Java BackpropNeuralNetwork (stored file 1248523302: // comments naming the sigmoid's
derivative, a local double output), a C# network with tanh layers (stored file 38111342142: the output's error added
with no slope, a real slip), a C++ MLPClassifier on iris (stored file 44467182397: std::vector<half_float::half>
deltas, -= updates, the squared error without a half and the half squared error's delta: the factor 2 lost), a Rust
NeuralNetwork (stored file 37801721285: updates spread over five lines, the hidden errors carried back without the
outputs' slopes: a real slip), a Kotlin Perceptron commented in Russian (stored file 35351620144: val declarations,
the biases in the weights' last column with // bias term) and a Go program on Gonum (stored file 43908391088:
receiver-storing methods, networkError.Sub(y, output), dOutput.MulElem(...), errorAtHiddenLayer.Mul(dOutput,
wOut.T()), wOut.Add(wOut, wOudAdj)). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored
files decoded, each line with its indentation, tabs as tabs, and its trailing // comment), each with the notation a
teacher would write for the file under shared/spec/notation.md (and docs/notation.md for what the product documents:
code deltas that are -dE/dz written "-delta2[i]" where the updates add them, "grad(z2[i])" where they subtract them;
loop letters as the indices of patterns, "weightsInToHid[i][j]" = "W1[j, i]" for arrays written input-first; a
loop's local (error, errorSum, delta) named for what it holds in that loop, with a second notation where a name holds
another quantity in another loop (the C# step delta, the Nielsen port's delta, the Go step wOudAdj before and after
its Scale); helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given and "sigmoid' at
input" where they compute sigmoid(x) (1 - sigmoid(x)), the Qt network's flagged activationFunction "sigmoid,
derivative at input"; the Nielsen port's cost_derivative "half_squared_error' by output(prediction, target)" and its
.hadamard "product"; Gonum's Sub, MulElem, Mul and Add as docs/notation.md's "Operations" declare them; the Kotlin
weights' last column [i][hiddenSize] the biases), a network of the kind the file describes (the Swift script's own
2-5-1 and rate 0.1; the rates the files write, 0.1, 0.005, 0.05f, 0.01 in the MLPClassifier's main; 0.1 where a
caller passes the rate, 0.5 for the Nielsen port; all in tests/public_formulas_batch155_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's delta or error (error, outputErrors, o_delta, networkError, dOutput, errorAtHiddenLayer), a slope (sp), a step
before its use (double delta, wOudAdj) and an errors' sum carried back (hidden_errors[i] = error) are twinned as
values, as in batches 14 to 152.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 155

The batch: 57 formulas from 10 addresses (the Swift MLP 5, the Qt C++ network 6, the Nielsen port 8, the C# console
program 6, the Java class 6, the C# tanh network 3, the C++ MLPClassifier 6, the Rust network 4, the Kotlin Perceptron
7, the Go program 6), all in code: C++ 20 (plain std::vector and QVector loops 12, a Vec/Mat class of its own 8), C# 9,
Kotlin 7, Java 6, Go 6, Swift 5, Rust 4. By kind: 21 deltas, errors and slopes (values), 3 steps taken as values (the C#
steps, the Go wOudAdj), 4 gradients (the Nielsen port's n_biases, n_weights), 29 updates (26 of one weight or bias in
a loop, with the rate; 3 of whole matrices or vectors, the Nielsen port's two and Go's Add).

6 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Qt C++ network's ru-oe, outputErrors[i] = (targetOutput[i] - neuronsOutput[i]) *
  activationFunction(neuronsOutput[i], true);: activationFunction(x, true) is sigmoid(x) (1 - sigmoid(x)), the
  derivative at the sum x, and neuronsOutput is already the sigmoid's output: the slope is o (1 - o), not sigmoid(o)
  (1 - sigmoid(o));
- its ru-he, hiddenErrors[i] = error * activationFunction(neuronsHidden[i], true);, the same slip at the hidden layer;
- the Nielsen port's nc-d2, Vec delta = cost_derivative(activations[L - 1], y).hadamard(zs[L - 2]);: (a - y) times the
  output sums z themselves, where Nielsen's line multiplies by sigmoid_prime(z) (the port's loop below does, sp =
  np::sigmoid_prime(z));
- the C# tanh network's ct-w2, hiddenWeights[i][j] += learningRate * outputErrors[j] * hiddenOutput[i];: outputErrors
  = target - output with a tanh output, so the output's slope 1 - output^2 is missing from the step (the loop that
  computes the hidden errors repeats the slip, in compound lines not taken);
- the C++ MLPClassifier's mc-od, o_delta[i] = (o[i] - target[i]) * sigmoid_derivative(o_input[i]);: total_loss sums
  (o[i] - target[i])^2 with no half, so dL/dz2 = 2 (o - target) o (1 - o): the factor 2 is lost (batch 147's xr-do
  slip);
- the Rust network's rs-w1, self.weights_input_hidden[i][j] += self.learning_rate * hidden_errors[i] *
  hidden_outputs[i] * (1.0 - hidden_outputs[i]) * inputs[j]; (over five lines): hidden_errors carries the outputs'
  errors target - output back through the weights without the outputs' slopes o (1 - o) (Rashid's book's scheme), so
  the hidden step misses them.

Not mistaken, though they look it: the lines after a wrong delta, in which the delta is named for what it stands for
(the Qt network's updates after its wrong outputErrors and hiddenErrors, the Nielsen port's n_biases and n_weights
after its wrong delta, the MLPClassifier's h_delta and updates after its o_delta, the tanh network's inputWeights
update with hiddenErrors: right as written in them, wrong only through the lines that compute them, as batch 143's
dW2 after a wrong dZ2); the Kotlin Perceptron's hiddenLayerErrors, whose errorSum the code sums over output weights
it has just updated in the loop before (a slip of the loops' order that no line taken shows: errorSum named as
-dE/d hidden output); the Swift MLP's updates, whose hidden is let hidden = forward(input)[0..<hiddenSize], a slice
of the OUTPUTS (the code's slip, which traps at run time with one output and five hidden units; hidden named as the
hidden layer's outputs the forward pass computes, as batch 142 named the Java file's unfilled hiddenOutput); the C#
steps double delta, named before the next line clips them to [-0.1, 0.1]; the Nielsen port's n_biases[L - 2] and
n_weights[L - 2] (L = layers = 3: index 1, the output layer's).

What was left out: every forward pass; compound lines that are a term of a sum or a factor put on in place (the
error += ... and errorSum += ... sums, the C# tanh network's hiddenErrors[i] += ... and hiddenErrors[i] *= (1 -
(float)System.Math.Pow(hiddenOutput[i], 2)), the Swift MLP's error *= hidden[i] * (1 - hidden[i]), the
MLPClassifier's total_loss += (o[i] - target[i]) * (o[i] - target[i])); the Swift MLP's outputErrors.append(error)
and hiddenErrors.append(error) (a push, not a formula) and its let hidden line (the slip above); the derivative
functions' return lines (a return has no left side: the Qt network's return sig * (1 - sig), the C#'s return x * (1 -
x), the Kotlin's return y * (1.0 - y)); the C# clipping lines delta = Math.Max(-0.1, Math.Min(0.1, delta)) and the +=
delta updates after them (the step clipped, which no problem file holds); the Nielsen port's loop line delta =
(this->weights[l - 1].transpose() * delta).hadamard(sp) (a name whose meaning changes on its own line: the hidden
delta on the left, the output's on the right), its z = zs[l - 2] and its update_mini_batch's sums nb[j] = nb[j] +
delta_nb[j]; the Go program's Apply lines (a closure applied over a matrix: slopeOutputLayer.Apply(applySigmoidPrime,
output)), its wOudAdj.Scale(nn.config.learningRate, wOudAdj) (the name's meaning changed in place), and its bias lines
bOutAdj, err := sumAlongAxis(0, dOutput), bOutAdj.Scale(...) and bOutAdj.Add(bOut, bOutAdj) (which stores the new
bias in bOutAdj, never in bOut: a slip of the receiver, on a line whose left side is the step's name); the hidden
weights' update the Go program never writes. Files read and not taken: a C backprop module of node callbacks (stored
file 40186553436: return lines and a momentum step), Java NeuralNetwork classes on ArrayList<Layer> chains of .get()
(stored files 45258291070, 45544876646 among them), a Swift Neuron network of zip/reduce closures (stored file
20819294681), Gonum's generic Train with len()-indexed slices (stored file 33264275572), a Scala Breeze network with
dropout (stored file 6218476163), a C network of struct layers drawn with SDL (stored file 70691552722, for want of
time), OpenANN's Eigen FullyConnected (stored file 49249920402: its bias as an extra input, for want of time), a French
C backpropagation (stored file 5916897078: three lines, its sigmoid_derivative in a header not stored), and several
files earlier batches used (stored files 3627410579, 18436657672, 53255550936, 13732055063 among them).

Collected on 2026-12-07 (16:41 to 16:47 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 14 loaded as first written (three step meanings written with eta, as notations write the rate, before that
load). The oracle's first run passed every verdict as first transcribed (57 entries and the batch's two checks).

Run blind at main 0683604 (/work/READY_FOR_BLIND60; src/ as at 0683604, main's last change to it; the branch already
on it, the rebase a no-op), with nothing under src/ changed. The first run (/work/batch155_blind.txt): 50 of 57 read
with every verdict right (88%), 7 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA
CALLED CORRECT. No refusal was a slip of the notations (the Nielsen port's is the reader's reading of a method on a
call's result, the Go program's the reader's refusal of Gonum's receiver-storing calls), so the batch was run once;
tests/test_public_formulas_held_out.py -k "b155-" passed after the run, check's never-wrong-called-correct test
included.

Of the 6 mistaken formulas, 5 were read with their wrong member called wrong: ru-oe and ru-he (activationFunction(x,
true) of the outputs), ct-w2 (the tanh output's slope missing), mc-od (the factor 2 lost), rs-w1 (the hidden errors
without the outputs' slopes); the sixth, nc-d2, was refused (below). By page: the Swift MLP 5 of 5, the Qt C++ network
6 of 6, the Nielsen port 7 of 8, the C# console program 6 of 6, the Java class 6 of 6, the C# tanh network 3 of 3, the
C++ MLPClassifier 6 of 6, the Rust network 4 of 4, the Kotlin Perceptron 7 of 7, the Go program 0 of 6.

The refusals by construct, with the exact message:

- Gonum's methods storing their result into the receiver, c.Op(a, b) as a statement (6: go-ne, go-do, go-eh, go-dh,
  go-wa, go-wo): "formula 'networkError.Sub(y, output)': has no left side; write the equation (\frac{\partial L}{\partial
  w} = ...) or name the parameter with --param" (the others the same with 'dOutput.MulElem(networkError,
  slopeOutputLayer)', 'errorAtHiddenLayer.Mul(dOutput, wOut.T())', 'dHiddenLayer.MulElem(errorAtHiddenLayer,
  slopeHiddenLayer)', 'wOudAdj.Mul(hiddenLayerActivations.T(), dOutput)' and 'wOut.Add(wOut, wOudAdj)'): the receiver
  is the left side Gonum writes to, receiver = a op b (wOut.Add(wOut, wOudAdj) an update, wOut = wOut + wOudAdj);
  docs/notation.md says the two-argument form is refused, but the message names neither the receiver nor the
  declaration;
- a declared operation's method called on a call's result (1: nc-d2, a mistaken formula refused before its verdict):
  "formula 'Vec delta = cost_derivative(activations[L - 1], y) \\cdot ...': hadamard(...) with 1 argument(s): it takes
  two at 'h' (position 58); write hadamard(u, v)": cost_derivative(...).hadamard(zs[L - 2]), with hadamard = "product"
  declared, read as a product with a bare call hadamard(zs[L - 2]) (the quoted text shows the rewriting to \cdot),
  where a method on a name (Go's outputError.Mul(slope), docs/notation.md) is that operation of its object and its one
  argument.

Read, among the constructs these files brought: Swift's let declarations and [i][j] with += updates with the rate
first; a flagged activation declared "sigmoid, derivative at input", activationFunction(neuronsOutput[i], true)
called wrong where taken of the outputs (ru-oe, ru-he); a Vec declaration's gradients indexed by L - 2 and l - 2 with L
= 3 and l = 2 given as numbers, .transpose() of an array's element, np::sigmoid_prime with C++'s scope operator, a
whole-matrix update over the layers' index i with learning_rate / n (two spaces before / as written); C# loops
without braces and a step declared double delta named by a second notation; Java's local double output; a tanh
output's error added without its slope (ct-w2 called wrong); std::vector deltas of the squared error without a half
(mc-od called wrong) and point.features[j], a dotted member indexed; Rust updates spread over five lines with
self.learning_rate, the hidden errors without the outputs' slopes (rs-w1 called wrong); Kotlin's val declarations and
the weights' last column [i][hiddenSize], [i][inputSize] named as the biases, with a trailing // bias term.

Which look general: both. Gonum's receiver-storing calls are how every Go program on gonum/mat writes its algebra
(batch 112's Go read the value-returning Mul and Dot of another library); a method of a declared operation on a call's
result (f(...).hadamard(g), f(...).Mul(g)) is the chaining C++, Java and Go matrix classes write for an entrywise
product after a helper.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch155_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_SW = _STORED.format(8114997927, "import Foundation",
                     "a Swift MLP class: [[Double]] weights output-first, for-in loops over 0..<n, += updates with "
                     "the rate first")
_RU = _STORED.format(49132656687, "#include \"neuralnetwork.h\"",
                     "a Qt C++ NeuralNetwork commented in Russian: QVector loops, activationFunction(x, true) for the "
                     "derivative, += updates")
_NC = _STORED.format(23460292737, "#include \"Network.h\"",
                     "a C++ port of Nielsen's network.py: Vec and Mat classes of its own, .hadamard and .transpose(), "
                     "backprop and update_mini_batch")
_CS = _STORED.format(22289771486, "using System;",
                     "a C# digit-recognition console program: its SimpleNeuralNetwork class's Train, jagged arrays "
                     "input-first, a clipped step")
_JV = _STORED.format(1248523302, "/**",
                     "a Java BackpropNeuralNetwork (Apache-licensed, after an empty first line): train with // "
                     "comments naming the sigmoid's derivative")
_CT = _STORED.format(38111342142, "using System;",
                     "a C# NeuralNetwork with tanh layers and no biases: float[][] weights input-first, "
                     "BackPropagation(inputs, target, learningRate)")
_MC = _STORED.format(44467182397, "#include <iostream>",
                     "a C++ MLPClassifier on iris: std::vector weights output-first, half_float deltas, -= updates")
_RS = _STORED.format(37801721285, "use rand::Rng;",
                     "a Rust NeuralNetwork: Vec<Vec<f64>> weights output-first, no biases, updates spread over five "
                     "lines")
_KT = _STORED.format(35351620144, "package perceptron",
                     "a Kotlin Perceptron commented in Russian: the biases in the weights' last column, each layer "
                     "updated in the loop that computes its errors")
_GO = _STORED.format(43908391088, "package main",
                     "a Go program on Gonum's mat.Dense: Sub, MulElem, Mul and Add storing into their receiver, the "
                     "samples rows")


def _g2(k: int) -> str:
    """dE/dz2[k] of a sigmoid output under the half squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _ga1(j: int, outputs: int, g2=_g2) -> str:
    """dE/d a1[j]: the output sums' gradients carried back through W2."""
    return "(" + " + ".join(f"{g2(k)}*W2[{k},{j}]" for k in range(outputs)) + ")"


def _g1(j: int, outputs: int, g2=_g2) -> str:
    """dE/dz1[j] of a sigmoid hidden unit."""
    return f"{_ga1(j, outputs, g2)}*a1[{j}]*(1 - a1[{j}])"


def _each(kind: str, pairs) -> Twin:
    """One twin over explicit (left, member) pairs: the parameter (or the left side's value) and the member."""
    bindings = tuple({"p": left, "m": member} for left, member in pairs)
    return Twin(kind, "{p}", ("{m}",), bindings)


def _units(n: int) -> range:
    return range(n)


# ---- the Swift MLP, 2-5-1 ---------------------------------------------------------------------------------------
_SW_W2 = _each("update", ((f"W2[0,{j}]", f"W2[0,{j}] - eta*{_g2(0)}*a1[{j}]") for j in _units(5)))
_SW_W1 = _each("update", ((f"W1[{i},{j}]", f"W1[{i},{j}] - eta*{_g1(i, 1)}*x[{j}]")
                          for i in _units(5) for j in _units(2)))

# ---- the Qt C++ network, 3-4-2 -----------------------------------------------------------------------------------
_RU_OE = _each("value", ((f"-{_g2(k)}", f"(y[{k}] - a2[{k}])*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))")
                         for k in _units(2)))
_RU_HE = _each("value", ((f"-{_g1(j, 2)}", f"-{_ga1(j, 2)}*sigmoid(a1[{j}])*(1 - sigmoid(a1[{j}]))")
                         for j in _units(4)))
_RU_W2 = _each("update", ((f"W2[{k},{j}]", f"W2[{k},{j}] + eta*(-{_g2(k)})*a1[{j}]")
                          for k in _units(2) for j in _units(4)))
_RU_B2 = _each("update", ((f"b2[{k}]", f"b2[{k}] + eta*(-{_g2(k)})") for k in _units(2)))
_RU_W1 = _each("update", ((f"W1[{j},{i}]", f"W1[{j},{i}] + eta*(-{_g1(j, 2)})*x[{i}]")
                          for j in _units(4) for i in _units(3)))
_RU_B1 = _each("update", ((f"b1[{j}]", f"b1[{j}] + eta*(-{_g1(j, 2)})") for j in _units(4)))

# ---- the Nielsen port, 2-3-2 --------------------------------------------------------------------------------------
_NC_D2 = _each("value", ((_g2(k), f"(a2[{k}] - y[{k}])*z2[{k}]") for k in _units(2)))
_NC_B2 = _each("gradient", ((f"b2[{k}]", _g2(k)) for k in _units(2)))
_NC_W2 = _each("gradient", ((f"W2[{k},{j}]", f"{_g2(k)}*a1[{j}]") for k in _units(2) for j in _units(3)))
_NC_SP = _each("value", ((f"a1[{j}]*(1 - a1[{j}])", f"sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))") for j in _units(3)))
_NC_B1 = _each("gradient", ((f"b1[{j}]", _g1(j, 2)) for j in _units(3)))
_NC_W1 = _each("gradient", ((f"W1[{j},{i}]", f"{_g1(j, 2)}*x[{i}]") for j in _units(3) for i in _units(2)))
_NC_WU = _each("update", tuple((f"W1[{j},{i}]", f"W1[{j},{i}] - ((eta/1)*{_g1(j, 2)}*x[{i}])")
                               for j in _units(3) for i in _units(2))
               + tuple((f"W2[{k},{j}]", f"W2[{k},{j}] - ((eta/1)*{_g2(k)}*a1[{j}])")
                       for k in _units(2) for j in _units(3)))
_NC_BU = _each("update", tuple((f"b1[{j}]", f"b1[{j}] - ((eta/1)*{_g1(j, 2)})") for j in _units(3))
               + tuple((f"b2[{k}]", f"b2[{k}] - ((eta/1)*{_g2(k)})") for k in _units(2)))

# ---- the C# SimpleNeuralNetwork, 3-4-2 ----------------------------------------------------------------------------
_CS_OE = _each("value", ((f"-{_g2(k)}", f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])") for k in _units(2)))
_CS_HE = _each("value", ((f"-{_g1(j, 2)}", f"-{_ga1(j, 2)}*a1[{j}]*(1 - a1[{j}])") for j in _units(4)))
_CS_D2 = _each("value", ((f"-eta*{_g2(k)}*a1[{j}]", f"eta*(-{_g2(k)})*a1[{j}]") for k in _units(2) for j in _units(4)))
_CS_D1 = _each("value", ((f"-eta*{_g1(j, 2)}*x[{i}]", f"eta*(-{_g1(j, 2)})*x[{i}]")
                         for j in _units(4) for i in _units(3)))
_CS_BO = _each("update", ((f"b2[{k}]", f"b2[{k}] + eta*(-{_g2(k)})") for k in _units(2)))
_CS_BH = _each("update", ((f"b1[{j}]", f"b1[{j}] + eta*(-{_g1(j, 2)})") for j in _units(4)))

# ---- the Java BackpropNeuralNetwork, 2-3-2 ------------------------------------------------------------------------
_JV_OE = _each("value", ((f"-{_g2(k)}", f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])") for k in _units(2)))
_JV_HE = _each("value", ((f"-{_g1(j, 2)}", f"-{_ga1(j, 2)}*a1[{j}]*(1 - a1[{j}])") for j in _units(3)))
_JV_W1 = _each("update", ((f"W1[{j},{i}]", f"W1[{j},{i}] + eta*(-{_g1(j, 2)})*x[{i}]")
                          for j in _units(3) for i in _units(2)))
_JV_W2 = _each("update", ((f"W2[{k},{j}]", f"W2[{k},{j}] + eta*(-{_g2(k)})*a1[{j}]")
                          for k in _units(2) for j in _units(3)))
_JV_BH = _each("update", ((f"b1[{j}]", f"b1[{j}] + eta*(-{_g1(j, 2)})") for j in _units(3)))
_JV_BO = _each("update", ((f"b2[{k}]", f"b2[{k}] + eta*(-{_g2(k)})") for k in _units(2)))

# ---- the C# tanh network, 2-3-1, no biases: dE/dz2 and dE/dz1[j] under the half squared error ---------------------
_CT_G2 = "(a2[0] - y[0])*(1 - a2[0]**2)"
_CT_W2 = _each("update", ((f"W2[0,{j}]", f"W2[0,{j}] + eta*(y[0] - a2[0])*a1[{j}]") for j in _units(3)))
_CT_W1 = _each("update", ((f"W1[{j},{i}]", f"W1[{j},{i}] + eta*(-{_CT_G2}*W2[0,{j}]*(1 - a1[{j}]**2))*x[{i}]")
                          for j in _units(3) for i in _units(2)))


# ---- the C++ MLPClassifier, 2-3-2, the squared error summed over the outputs (no half) ----------------------------
def _mc2(k: int) -> str:
    return f"2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


_MC_OD = _each("value", ((_mc2(k), f"(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))") for k in _units(2)))
_MC_HD = _each("value", ((_g1(j, 2, _mc2), f"{_ga1(j, 2, _mc2)}*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))")
                         for j in _units(3)))
_MC_W2 = _each("update", ((f"W2[{k},{j}]", f"W2[{k},{j}] - eta*{_mc2(k)}*a1[{j}]") for k in _units(2) for j in _units(3)))
_MC_B2 = _each("update", ((f"b2[{k}]", f"b2[{k}] - eta*{_mc2(k)}") for k in _units(2)))
_MC_W1 = _each("update", ((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_g1(j, 2, _mc2)}*x[{i}]")
                          for j in _units(3) for i in _units(2)))
_MC_B1 = _each("update", ((f"b1[{j}]", f"b1[{j}] - eta*{_g1(j, 2, _mc2)}") for j in _units(3)))


# ---- the Rust network, 2-3-2, no biases: the hidden errors carried back without the outputs' slope ----------------
def _rs_e(j: int) -> str:
    return f"(W2[0,{j}]*(y[0] - a2[0]) + W2[1,{j}]*(y[1] - a2[1]))"


_RS_OE = _each("value", ((f"y[{k}] - a2[{k}]", f"y[{k}] - a2[{k}]") for k in _units(2)))
_RS_HE = _each("value", ((_rs_e(j), _rs_e(j)) for j in _units(3)))
_RS_W2 = _each("update", ((f"W2[{k},{j}]", f"W2[{k},{j}] + eta*(y[{k}] - a2[{k}])*a2[{k}]*(1.0 - a2[{k}])*a1[{j}]")
                          for k in _units(2) for j in _units(3)))
_RS_W1 = _each("update", ((f"W1[{j},{i}]", f"W1[{j},{i}] + eta*{_rs_e(j)}*a1[{j}]*(1.0 - a1[{j}])*x[{i}]")
                          for j in _units(3) for i in _units(2)))

# ---- the Kotlin Perceptron, 2-3-2 ----------------------------------------------------------------------------------
_KT_ER = _each("value", ((f"y[{k}] - a2[{k}]", f"y[{k}] - a2[{k}]") for k in _units(2)))
_KT_OD = _each("value", ((f"-{_g2(k)}", f"(y[{k}] - a2[{k}])*a2[{k}]*(1.0 - a2[{k}])") for k in _units(2)))
_KT_W2 = _each("update", ((f"W2[{k},{j}]", f"W2[{k},{j}] + eta*(-{_g2(k)})*a1[{j}]") for k in _units(2) for j in _units(3)))
_KT_B2 = _each("update", ((f"b2[{k}]", f"b2[{k}] + eta*(-{_g2(k)})") for k in _units(2)))
_KT_HD = _each("value", ((f"-{_g1(j, 2)}", f"-{_ga1(j, 2)}*a1[{j}]*(1.0 - a1[{j}])") for j in _units(3)))
_KT_W1 = _each("update", ((f"W1[{j},{i}]", f"W1[{j},{i}] + eta*(-{_g1(j, 2)})*x[{i}]")
                          for j in _units(3) for i in _units(2)))
_KT_B1 = _each("update", ((f"b1[{j}]", f"b1[{j}] + eta*(-{_g1(j, 2)})") for j in _units(3)))

# ---- the Go program, 2-3-2, the samples rows -------------------------------------------------------------------------
_GO_NE = _each("value", ((f"y[{k}] - a2[{k}]", f"y[{k}] - a2[{k}]") for k in _units(2)))
_GO_DO = _each("value", ((f"-{_g2(k)}", f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])") for k in _units(2)))
_GO_EH = _each("value", ((f"-{_ga1(j, 2)}", f"-{_ga1(j, 2)}") for j in _units(3)))
_GO_DH = _each("value", ((f"-{_g1(j, 2)}", f"-{_ga1(j, 2)}*a1[{j}]*(1 - a1[{j}])") for j in _units(3)))
_GO_WA = _each("value", ((f"-{_g2(k)}*a1[{j}]", f"a1[{j}]*(-{_g2(k)})") for k in _units(2) for j in _units(3)))
_GO_WO = _each("update", ((f"W2[{k},{j}]", f"W2[{k},{j}] + (-eta*{_g2(k)}*a1[{j}])") for k in _units(2) for j in _units(3)))


ENTRIES = [
    # ---- the Swift MLP's backward (twelve- and sixteen-space indentation): let declarations, [i][j] output-first,
    # += updates with the rate first ------------------------------------------------------------------------------
    Public("v55-sw-oe", _SW, "b155_sw", "b155_sw",
           "            let error = (target[i] - output[i]) * output[i] * (1 - output[i])", ((C,),), (_each(
               "value", ((f"-{_g2(0)}", "(y[0] - a2[0])*a2[0]*(1 - a2[0])"),)),), batch=155,
           why="the output delta -dE/dz2 (a let declaration in the output loop; appended to outputErrors next)"),
    Public("v55-sw-w2", _SW, "b155_sw", "b155_sw",
           "                weights2[i][j] += learningRate * outputErrors[i] * hidden[j]", ((C,),), (_SW_W2,),
           batch=155, why="i the output, j the hidden unit; -dE/dz2 added with the rate"),
    Public("v55-sw-b2", _SW, "b155_sw", "b155_sw", "            biases2[i] += learningRate * outputErrors[i]", ((C,),),
           (_each("update", (("b2[0]", f"b2[0] + eta*(-{_g2(0)})"),)),), batch=155),
    Public("v55-sw-w1", _SW, "b155_sw", "b155_sw",
           "                weights1[i][j] += learningRate * hiddenErrors[i] * input[j]", ((C,),), (_SW_W1,),
           batch=155, why="i the hidden unit, j the input"),
    Public("v55-sw-b1", _SW, "b155_sw", "b155_sw", "            biases1[i] += learningRate * hiddenErrors[i]", ((C,),),
           (_each("update", ((f"b1[{i}]", f"b1[{i}] + eta*(-{_g1(i, 1)})") for i in _units(5))),), batch=155),
    # ---- the Qt C++ backPropagation (eight- and twelve-space indentation): activationFunction(x, true), the
    # sigmoid's derivative at x, taken of the outputs (twice the code's slip), += updates -----------------------------
    Public("v55-ru-oe", _RU, "b155_ru", "b155_ru",
           "        outputErrors[i] = (targetOutput[i] - neuronsOutput[i]) * activationFunction(neuronsOutput[i], true);",
           ((W,),), (_RU_OE,), batch=155,
           why="activationFunction(x, true) is sigmoid(x) (1 - sigmoid(x)), the slope at the sum x, and neuronsOutput "
               "is already the sigmoid's output: the slope is o (1 - o), not sigmoid(o) (1 - sigmoid(o)) (the code's "
               "slip)"),
    Public("v55-ru-he", _RU, "b155_ru", "b155_ru",
           "        hiddenErrors[i] = error * activationFunction(neuronsHidden[i], true);", ((W,),), (_RU_HE,),
           batch=155, why="the same slip at the hidden layer: the derivative at the sum taken of the hidden outputs"),
    Public("v55-ru-w2", _RU, "b155_ru", "b155_ru",
           "            weightsHidToOut[i][j] += learningRate * outputErrors[j] * neuronsHidden[i];", ((C,),), (_RU_W2,),
           batch=155, why="outputErrors named for what it stands for, -dE/dz2: right as written in it"),
    Public("v55-ru-b2", _RU, "b155_ru", "b155_ru", "        biasesOutput[i] += learningRate * outputErrors[i];", ((C,),),
           (_RU_B2,), batch=155),
    Public("v55-ru-w1", _RU, "b155_ru", "b155_ru",
           "            weightsInToHid[i][j] += learningRate * hiddenErrors[j] * neuronsInput[i];", ((C,),), (_RU_W1,),
           batch=155, why="i the input, j the hidden unit: weightsInToHid input-first"),
    Public("v55-ru-b1", _RU, "b155_ru", "b155_ru", "        biasesHidden[i] += learningRate * hiddenErrors[i];", ((C,),),
           (_RU_B1,), batch=155),
    # ---- the Nielsen port (tab indentation): a Vec declaration, .hadamard, .transpose(), arrays indexed by L - 2 and
    # l - 2; the output delta multiplied by the sums zs[L - 2] where sigmoid_prime of them was meant -----------------
    Public("v55-nc-d2", _NC, "b155_nc", "b155_nc0",
           "\tVec delta = cost_derivative(activations[L - 1], y).hadamard(zs[L - 2]);", ((W,),), (_NC_D2,), batch=155,
           why="(a - y) times the output sums z themselves, where Nielsen's line multiplies by sigmoid_prime(z) (the "
               "loop below does, sp = np::sigmoid_prime(z)): the port's slip; delta named for what it stands for, "
               "dC/dz of the output"),
    Public("v55-nc-b2", _NC, "b155_nc", "b155_nc0", "\tn_biases[L - 2] = delta;", ((C,),), (_NC_B2,), batch=155,
           why="L - 2 = 1, the output layer's biases; delta as named: right as written in it"),
    Public("v55-nc-w2", _NC, "b155_nc", "b155_nc0", "\tn_weights[L - 2] = delta * activations[L - 2].transpose();",
           ((C,),), (_NC_W2,), batch=155, why="a column times the hidden outputs' row"),
    Public("v55-nc-sp", _NC, "b155_nc", "b155_nc1", "\t\tsp = np::sigmoid_prime(z);", ((C,),), (_NC_SP,), batch=155,
           why="the loop's one pass (l = 2): z = zs[0], the hidden sums; the slope, a value"),
    Public("v55-nc-b1", _NC, "b155_nc", "b155_nc1", "\t\tn_biases[l - 2] = delta;", ((C,),), (_NC_B1,), batch=155,
           why="delta the hidden sums' gradient, as the line before computes it"),
    Public("v55-nc-w1", _NC, "b155_nc", "b155_nc1", "\t\tn_weights[l - 2] = delta * activations[l - 2].transpose();",
           ((C,),), (_NC_W1,), batch=155, why="activations[0] the input"),
    Public("v55-nc-wu", _NC, "b155_nc", "b155_ncu",
           "\t\tweights[i] = weights[i] - ((learning_rate  / n) * nw[i]);", ((C,),), (_NC_WU,), batch=155,
           why="every weight of both layers (i = 0, 1), n = 1 (one sample), two spaces before / as written"),
    Public("v55-nc-bu", _NC, "b155_nc", "b155_ncu", "\t\tbiases[i] = biases[i] - ((learning_rate / n) * nb[i]);",
           ((C,),), (_NC_BU,), batch=155),
    # ---- the C# Train (six- and eight-space indentation): loops without braces, a SigmoidDerivative of the output,
    # the step declared as double delta before its clipping (the clipping and the += delta lines left out) -----------
    Public("v55-cs-oe", _CS, "b155_cs", "b155_cs",
           "      outputErrors[i] = (target[i] - outputLayer[i]) * SigmoidDerivative(outputLayer[i]);", ((C,),),
           (_CS_OE,), batch=155, why="-dE/dz2, the slope written of the output"),
    Public("v55-cs-he", _CS, "b155_cs", "b155_cs", "      hiddenErrors[i] = error * SigmoidDerivative(hiddenLayer[i]);",
           ((C,),), (_CS_HE,), batch=155, why="error the sum over the outputs, accumulated the line before"),
    Public("v55-cs-d2", _CS, "b155_cs", "b155_cs",
           "        double delta = learningRate * outputErrors[j] * hiddenLayer[i];", ((C,),), (_CS_D2,), batch=155,
           why="the step of WeightsHiddenOutput[i][j] (i hidden, j output), -eta dE/dW2, a value"),
    Public("v55-cs-d1", _CS, "b155_cs", "b155_cs1", "        double delta = learningRate * hiddenErrors[j] * input[i];",
           ((C,),), (_CS_D1,), batch=155, why="the step of WeightsInputHidden[i][j] (i input, j hidden), a value"),
    Public("v55-cs-bo", _CS, "b155_cs", "b155_cs", "      BiasOutput[i] += learningRate * outputErrors[i];", ((C,),),
           (_CS_BO,), batch=155),
    Public("v55-cs-bh", _CS, "b155_cs", "b155_cs", "      BiasHidden[i] += learningRate * hiddenErrors[i];", ((C,),),
           (_CS_BH,), batch=155),
    # ---- the Java train (twelve- and sixteen-space indentation): a local double output, the sigmoid's slope
    # written out, += updates --------------------------------------------------------------------------------------
    Public("v55-jv-oe", _JV, "b155_jv", "b155_jv",
           "            outputErrors[i] = (desiredOutputs[i] - output) * output * (1 - output);", ((C,),), (_JV_OE,),
           batch=155, why="output = outputs[i], the line before; -dE/dz2"),
    Public("v55-jv-he", _JV, "b155_jv", "b155_jv",
           "            hiddenErrors[i] = error * hiddenOutputs[i] * (1 - hiddenOutputs[i]);", ((C,),), (_JV_HE,),
           batch=155, why="error (a field) the sum over the outputs, accumulated the lines before"),
    Public("v55-jv-w1", _JV, "b155_jv", "b155_jv",
           "                weightsIH[i][j] += learningRate * hiddenErrors[j] * inputs[i];", ((C,),), (_JV_W1,),
           batch=155, why="i the input, j the hidden unit: weightsIH input-first"),
    Public("v55-jv-w2", _JV, "b155_jv", "b155_jv",
           "                weightsHO[i][j] += learningRate * outputErrors[j] * hiddenOutputs[i];", ((C,),), (_JV_W2,),
           batch=155),
    Public("v55-jv-bh", _JV, "b155_jv", "b155_jv", "            biasH[i] += learningRate * hiddenErrors[i];", ((C,),),
           (_JV_BH,), batch=155),
    Public("v55-jv-bo", _JV, "b155_jv", "b155_jv", "            biasO[i] += learningRate * outputErrors[i];", ((C,),),
           (_JV_BO,), batch=155),
    # ---- the C# tanh network (sixteen- and twenty-space indentation): the output's error added with no slope ---------
    Public("v55-ct-oe", _CT, "b155_ct", "b155_ct", "                outputErrors[i] = target[i] - output[i];", ((C,),),
           (_each("value", (("y[0] - a2[0]", "y[0] - a2[0]"),)),), batch=155, why="the output's error, a value"),
    Public("v55-ct-w2", _CT, "b155_ct", "b155_ct",
           "                    hiddenWeights[i][j] += learningRate * outputErrors[j] * hiddenOutput[i];", ((W,),),
           (_CT_W2,), batch=155,
           why="the output is tanh's (output[i] = Tanh(...)): under the half squared error the step is eta (target - "
               "output) (1 - output^2) hiddenOutput; the output's slope 1 - output^2 is missing (the code's slip, which "
               "the hidden errors' loop repeats)"),
    Public("v55-ct-w1", _CT, "b155_ct", "b155_ct",
           "                    inputWeights[i][j] += learningRate * hiddenErrors[j] * inputs[i];", ((C,),), (_CT_W1,),
           batch=155, why="hiddenErrors named for what it stands for, the hidden delta -dE/dz1: right as written in it"),
    # ---- the C++ MLPClassifier (twenty- and twenty-four-space indentation): the squared error without a half, the
    # deltas the half squared error's (the factor 2 lost), -= updates -------------------------------------------------
    Public("v55-mc-od", _MC, "b155_mc", "b155_mc",
           "                    o_delta[i] = (o[i] - target[i]) * sigmoid_derivative(o_input[i]);", ((W,),), (_MC_OD,),
           batch=155,
           why="total_loss sums (o[i] - target[i])^2 with no half: dL/dz2 is 2 (o - target) o (1 - o); the factor 2 is "
               "lost (the half squared error's delta under a loss without the half)"),
    Public("v55-mc-hd", _MC, "b155_mc", "b155_mc",
           "                    h_delta[i] = error * sigmoid_derivative(h_input[i]);", ((C,),), (_MC_HD,), batch=155,
           why="error named for what it stands for, dL/dh[i]: right as written in it"),
    Public("v55-mc-w2", _MC, "b155_mc", "b155_mc",
           "                        w2[i][j] -= learning_rate * o_delta[i] * h[j];", ((C,),), (_MC_W2,), batch=155,
           why="o_delta named for what it stands for, dL/dz2"),
    Public("v55-mc-b2", _MC, "b155_mc", "b155_mc", "                    b2[i] -= learning_rate * o_delta[i];", ((C,),),
           (_MC_B2,), batch=155),
    Public("v55-mc-w1", _MC, "b155_mc", "b155_mc",
           "                        w1[i][j] -= learning_rate * h_delta[i] * point.features[j];", ((C,),), (_MC_W1,),
           batch=155, why="point.features the input, a dotted member"),
    Public("v55-mc-b1", _MC, "b155_mc", "b155_mc", "                    b1[i] -= learning_rate * h_delta[i];", ((C,),),
           (_MC_B1,), batch=155),
    # ---- the Rust train (twelve- and sixteen-space indentation): errors carried back without slopes, each update
    # spread over five lines; the hidden update misses the outputs' slope ----------------------------------------------
    Public("v55-rs-oe", _RS, "b155_rs", "b155_rs", "            output_errors[i] = target[i] - final_outputs[i];",
           ((C,),), (_RS_OE,), batch=155, why="the outputs' errors, a value"),
    Public("v55-rs-he", _RS, "b155_rs", "b155_rs", "            hidden_errors[i] = error;", ((C,),), (_RS_HE,),
           batch=155, why="error the sum over the outputs of weights_hidden_output[j][i] * output_errors[j], a value"),
    Public("v55-rs-w2", _RS, "b155_rs", "b155_rs",
           "                self.weights_hidden_output[i][j] += self.learning_rate\n"
           "                    * output_errors[i]\n"
           "                    * final_outputs[i]\n"
           "                    * (1.0 - final_outputs[i])\n"
           "                    * hidden_outputs[j];", ((C,),), (_RS_W2,), batch=155,
           why="-dE/dz2 written out, (target - output) output (1 - output), over five lines"),
    Public("v55-rs-w1", _RS, "b155_rs", "b155_rs",
           "                self.weights_input_hidden[i][j] += self.learning_rate\n"
           "                    * hidden_errors[i]\n"
           "                    * hidden_outputs[i]\n"
           "                    * (1.0 - hidden_outputs[i])\n"
           "                    * inputs[j];", ((W,),), (_RS_W1,), batch=155,
           why="hidden_errors carries the outputs' errors back without their slopes (target - output, not (target - "
               "output) output (1 - output)): the hidden step misses each output's o (1 - o) (the code's slip)"),
    # ---- the Kotlin train (twelve- and sixteen-space indentation): val declarations, the biases in the weights'
    # last column with a // bias term comment, the output weights updated before the hidden errors are computed -------
    Public("v55-kt-err", _KT, "b155_kt", "b155_kt", "            val error = targets[i] - outputLayerOutputs[i]", ((C,),),
           (_KT_ER,), batch=155, why="the output's error, a value"),
    Public("v55-kt-od", _KT, "b155_kt", "b155_kt",
           "            outputLayerErrors[i] = error * sigmoidDerivative(outputLayerOutputs[i])", ((C,),), (_KT_OD,),
           batch=155, why="-dE/dz2, the slope written of the output"),
    Public("v55-kt-w2", _KT, "b155_kt", "b155_kt",
           "                outputLayerWeights[i][j] += learningRate * outputLayerErrors[i] * hiddenLayerOutputs[j]",
           ((C,),), (_KT_W2,), batch=155),
    Public("v55-kt-b2", _KT, "b155_kt", "b155_kt",
           "            outputLayerWeights[i][hiddenSize] += learningRate * outputLayerErrors[i] // bias term", ((C,),),
           (_KT_B2,), batch=155, why="the weights' last column the bias, with the file's // comment"),
    Public("v55-kt-hd", _KT, "b155_kt", "b155_kt",
           "            hiddenLayerErrors[i] = errorSum * sigmoidDerivative(hiddenLayerOutputs[i])", ((C,),), (_KT_HD,),
           batch=155,
           why="errorSum named for what it stands for, -dE/d hidden output i (the code sums it over output weights "
               "already updated: a slip of the loops' order, not of this line)"),
    Public("v55-kt-w1", _KT, "b155_kt", "b155_kt",
           "                hiddenLayerWeights[i][j] += learningRate * hiddenLayerErrors[i] * inputs[j]", ((C,),),
           (_KT_W1,), batch=155),
    Public("v55-kt-b1", _KT, "b155_kt", "b155_kt",
           "            hiddenLayerWeights[i][inputSize] += learningRate * hiddenLayerErrors[i] // bias term", ((C,),),
           (_KT_B1,), batch=155),
    # ---- the Go program (two-tab indentation): Gonum's methods storing into their receiver, a.Sub(b, c), MulElem,
    # Mul with .T(), Add; the samples rows ------------------------------------------------------------------------------
    Public("v55-go-ne", _GO, "b155_go", "b155_go", "\t\tnetworkError.Sub(y, output)", ((C,),), (_GO_NE,), batch=155,
           why="networkError = y - output, stored by Sub into its receiver, a value"),
    Public("v55-go-do", _GO, "b155_go", "b155_go", "\t\tdOutput.MulElem(networkError, slopeOutputLayer)", ((C,),),
           (_GO_DO,), batch=155, why="-dE/dz2: the error times the outputs' slope o (1 - o), entry by entry"),
    Public("v55-go-eh", _GO, "b155_go", "b155_go", "\t\terrorAtHiddenLayer.Mul(dOutput, wOut.T())", ((C,),),
           (_GO_EH,), batch=155, why="-dE/d hidden output: the row dOutput times wOut transposed (wOut input-first)"),
    Public("v55-go-dh", _GO, "b155_go", "b155_go", "\t\tdHiddenLayer.MulElem(errorAtHiddenLayer, slopeHiddenLayer)",
           ((C,),), (_GO_DH,), batch=155),
    Public("v55-go-wa", _GO, "b155_go", "b155_go", "\t\twOudAdj.Mul(hiddenLayerActivations.T(), dOutput)", ((C,),),
           (_GO_WA,), batch=155, why="-dE/dW2 input-first (hidden x output), before its Scale by the rate"),
    Public("v55-go-wo", _GO, "b155_go", "b155_go2", "\t\twOut.Add(wOut, wOudAdj)", ((C,),), (_GO_WO,), batch=155,
           why="wOudAdj after wOudAdj.Scale(nn.config.learningRate, wOudAdj): the step, added"),
]
