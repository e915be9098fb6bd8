r"""Batch 187 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 addresses no earlier batch used (the code corpus, with this batch's emphasis on backprop written by
hand in C, C++, Java, C#, Go and Rust: loops over units and weights, code deltas and error terms, += and -= updates,
derivative helpers; every address a stored file whose repository the index does not name): nw.c, a C network
commented in Japanese (stored file 26935212469: float arrays, ETA, a sigmoid_delta of the outputs given the sums), a Go
feedforward network (stored file 20085284209: := and parenthesised right sides, calc_deltas and update_weights over a
source and a target layer), a Rust Neuron commented in German (stored file 52417678369: let bindings, self. fields, a
trailing space), the C++ network of nnpp (stored file 188895919: long double, tab indentation, fields through data()
pointers, long loop index names neuronIndex and nextNeuronIndex), a C# NeuralNetwork class (stored file 21472014379:
Gradient properties, input.Weight, Momentum as the step's rate, a commented example "from Internet"), a Java
NeuralNetwork (stored file 17814172119: -= updates with weightGradient and biasGradient) and the T_BPClassifier of a
C++ classifiers header (stored file 44359799661: vFloat loops without braces, a one-hot idealOutput). Copied verbatim,
typos and mistakes included (the JSON-escaped text of the stored files decoded: tabs as tabs, a trailing space kept),
each with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what
the product documents: code's arrays as patterns whose index letters are placeholders, "first_weight[i][j]" =
"W1[i, j]"; the code's deltas that are -dE/dz written "-delta2[k]" where the updates add them, and deltas the updates
subtract written as the sums' gradients, "output_delta[i]" = "grad(z2[i])"; helpers declared "sigmoid' at output"
where they compute x (1 - x) of what they are given (sigmoid_delta, d_sigmoid, nnpp's derivative); a loop's long
index names through index_names, { neuronIndex = "j", nextNeuronIndex = "k" }; a name whose meaning changes between
loops given one notation per loop: errors in the Go file's two functions, weightGradient in the Java file's two
loops; the Go file's source and target layers as train calls update_weights and calc_deltas on the output layer; the
C# Momentum given its value 0.1), a network of the kind the page describes (with the page's numbers where it gives
them: the rates 0.01 (ETA), 0.1 (the Go NewNeuralNetwork's, the C# Momentum) and 0.4 (the BP classifier's default),
the Go main's XOR network 2-3-1; smaller sizes where the files' are a data set's, rate 0.1 where the rate is a
caller's; all in tests/public_formulas_batch187_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's error, delta, gradient
property and the Java errorOutput are twinned as values, as in batches 14 to 183. Formulas keep what surrounds them on
their line (a code line's indentation, a declaration's type or keyword, long double, let, :=, var, a trailing space);
what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 187

The batch: 29 formulas from 7 addresses (nw.c 3, the Go network 5, the Rust Neuron 4, nnpp 5, the C# class 5, the
Java network 5, the BP classifier 2), all in code: C 3, C++ 7, Go 5, Rust 4, C# 5, Java 5. By kind: 14 values (errors,
code deltas, error terms), 1 sum's gradient (nw.c's output_delta), 1 weight gradient (the C# example's delta), 13
updates (8 of weights, 5 of biases; with the rate after the product, before it, as Momentum, and through a gradient
named by the loop).

4 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- nw.c's jp-od, output_delta[i] = (output_value[i] - train_label[i]) * sigmoid_delta(output_input[i]):
  sigmoid_delta(x) = ALPHA x (1 - x) is the slope written of the output, and the code passes it the sum output_input[i]
  (the slope is output_value[i] (1 - output_value[i]));
- nw.c's jp-w1, first_weight[i][j] = first_weight[i][j] - ETA*train_data[i]*second_delta[i]: the input at the hidden
  unit's index i where the weight joins input j (train_data[j] was meant);
- nw.c's jp-w2, second_weight[i][j] = second_weight[i][j] - ETA*second_value[i]*output_delta[i]: the hidden output at
  the output's index (second_value[j] was meant);
- the C# class's cs-h, connectedNeuron.Gradient = neuron.Gradient * input.Weight * derivative: the hidden gradient set
  anew for each output neuron, one output's term where it is the sum over the outputs (wrong with two outputs).

Not mistaken, though they look it: the Go file's d_sigmoid(x) = x * (1 - x) and nnpp's sigmoidDerivative, taken of
outputs (as every call passes them); the C# update's Momentum (0.1) used as the rate, the learningRate argument unused
(a step at rate 0.1, the problem's, twinned with eta as batch 143 twins a step with no rate); the Java -= updates,
right as named (weightGradient, in each loop, the gradient of that loop's weight) though the sums the loops before
compute are not (hiddenValues[k] = sigmoidDerivative(hiddenValues[k]) * sum, from a fresh array of zeros, and
weightGradient += errorOutput[m] * sigmoidDerivative(hiddenValues[l]) * inputs[j][k], left out); the BP classifier's
errorHidden[j] from int sum = 0 (C++ truncates the sum: a type slip that the formula as written does not show).

What was left out: in every file the forward pass and the sums accumulated over a loop (second_delta[i] += ..., the Go
errors += ..., nnpp's error += ..., the Java weightGradient += ... and biasGradient += ..., the BP classifier's sum +=
...), as earlier batches leave them; nw.c's second_delta[i] = second_delta[i] * sigmoid_delta(second_input[i]) (a
name holding the sum before the line and the delta after it); the C# output loop's
Topology.Layers.Last().Neurons[outputNeuronNo].Gradient = error * derivative (a symbol cannot hold a call before a
field: the notation's loader refuses "Topology.Layers.Last().Neurons[k].Gradient" as "is not one symbol", so no
notation could name its left side), its LINEAR method (one expected value for every neuron of every layer) and the
hidden layer's pass of the weight loop; nnpp's tanhDerivative (1 - tanh(x)^2 of an output, a slip in a return
statement) and its hidden layers' pass of the update loop; the Java hiddenValues line (a name whose meaning changes
within the line); the BP classifier's momentum steps (deltaWeightsHidden2Output[j][k] = learningRate * neuronHidden[j]
* errorOutput[k] + momentum * deltaWeightsHidden2Output[j][k], a step and the last one) and its bias rows; the Rust
neuron's sigmoid. Pages read and not taken: a C++ NeuralNet::backPropagate (stored file 47885173044 and its copies:
n->setDelta(...) calls, no left side, and a respThreshold temperature), a C++ network whose hidden deltas take
sigmoid(...) for sigmoidPrime (stored file 40156427300: the same setDelta calls), a C++ momentum network (stored file
12000657241: delta[layers - 1][i], weights[i + 1] out of range, a self-referential hidden delta), a C RBF network
(stored file 46356126975: Gaussian units), a C++ Fausett-style program (stored file 18506683315: a bipolar sigmoid
output, which no problem file holds, with 1/2 an integer zero in its derivative), and files earlier batches used (stored
files 53255550936, 3750214654, 31448445151).

Collected on 2026-12-08 (01:37 to 01:47 by the machine's clock, the oracle's runs included). Every notation was loaded
(notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula: 12 of 13
loaded as first written; b187_cso was refused ("is not one symbol") for its symbol
"Topology.Layers.Last().Neurons[k].Gradient", dropped with the entry that needed it (above). The oracle's first run
found one twin of mine wrong: cs-w's member written with the literal 0.1 for Momentum (the oracle holds the rate as
eta), rewritten with eta as batch 143 twins a step with no rate; its expected verdict (correct) kept. Every other
verdict passed as first transcribed.

Run blind at main ec888f5 (/work/READY_FOR_BLIND66; src/ as at ec888f5, the branch's own base: the rebase was empty),
with nothing under src/ changed. The first run (/work/batch187_blind.txt): 27 of 29 read with every verdict right
(93%), 1 refused, 1 misread, no typo (none in the batch), no crash, NO WRONG FORMULA CALLED CORRECT. The misreading
was my notation's slip, so the batch was run once more after correcting it (/work/batch187_blind_2.txt): 28 of 29 read
with every verdict right (97%), 1 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT.
tests/test_public_formulas_held_out.py -k "b187-" passed after the correction, check's never-wrong-called-correct test
included.

The correction: the C# weight loop's notation (b187_csh) gave Momentum its value, "Momentum" = "0.1", where the code
uses it as the step's rate (input.Weight += Momentum * neuron.Gradient * connectedNeuron.GetOutputValue(), the
learningRate argument unused); check held 0.1 as a number beside the problem's eta and called cs-w wrong (expected
correct, got wrong), as the oracle itself does with the literal 0.1 (the collection's note above). The teacher's
notation names it the learning rate, learning_rate = ["Momentum"]: cs-w read correct in the second run. The first run's
misreading, exactly: "misread s87-cs-w: expected (('correct',),), got (('wrong',),)".

Of the 4 mistaken formulas, 3 were read with their wrong member called wrong: jp-od (sigmoid_delta of the sums),
jp-w1 (train_data[i] for train_data[j]) and jp-w2 (second_value[i] for second_value[j]); cs-h (one output's term of
the hidden gradient) was refused. By page (second run): nw.c 3 of 3, the Go network 5 of 5, the Rust Neuron 4 of 4,
nnpp 5 of 5, the C# class 4 of 5 (first run 3 of 5), the Java network 5 of 5, the BP classifier 2 of 2.

The refusals by construct, with the exact message:

- a product of dotted names without brackets (C#'s properties, scalars): cs-h, "formula 'connectedNeuron.Gradient =
  neuron.Gradient * input.Weight...': * reads as Octave's matrix product or as C's (or NumPy's) product entry by
  entry, and the two readings do not agree; show the language: .* for Octave's entrywise product (u' * v for the
  inner product), or C's w[i] for an entry" (both runs). The names are scalars by the notation (-delta2[k], W2[k, j],
  a1[j] (1 - a1[j]) with k and j free), and the line's ; and the += lines beside it are C#'s; a product of two
  entries of different index letters reads as a matrix product in Octave's reading only.

Read, among the constructs these pages brought: C's float arrays with [i][j] and ETA, a helper of the outputs given
the sums (jp-od called wrong), updates with the unit's index in place of the input's (jp-w1, jp-w2 called wrong); Go's
:= and parenthesised right sides, struct fields through source. and target.; Rust's let with a trailing space and self.
fields; C++'s long double declarations, tab indentation, data() pointers' fields, long index names through
index_names; C#'s var declarations and a commented example (-1 * netInput * nodeDelta); Java's -= with a loop's
gradient; a vFloat error term from an int sum.

Which look general: the refusal: C-family code multiplies scalar properties or fields (neuron.Gradient * input.Weight)
with no brackets to show an entry; where the notation makes each a scalar entry of a different index, the product is
entry by entry in every C-family reading, and a trailing ; could say which language the line is in.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch187_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JP = _STORED.format(26935212469, "/*",
                     "nw.c by Ryo Soga (2013), a C network commented in Japanese: float arrays, loops over units, "
                     "updates with ETA")
_GO = _STORED.format(20085284209, "// Python implementation of a simple Feedforward Neural Network",
                     "a Go feedforward network by Gustavo Selbach Teixeira: Layer structs, calc_deltas and "
                     "update_weights over a source and a target layer")
_RS = _STORED.format(52417678369, "use rand::Rng;",
                     "a Rust Neuron commented in German: let bindings, self. fields, += updates")
_NP = _STORED.format(188895919, "/*",
                     "the C++ NeuralNetwork of nnpp: long double, tab indentation, neurons' .gradient and .outputValue "
                     "through data() pointers")
_CS = _STORED.format(21472014379, "using System;",
                     "a C# NeuralNetwork class: Topology.Layers, neurons' Gradient properties, a commented example "
                     "from the Internet")
_BP = _STORED.format(44359799661, "#ifndef TCLASSIFIER_HPP",
                     "a C++ header of classifiers (Bayes, SVM, a T_BPClassifier, a random forest) on Eigen and OpenCV: "
                     "the BP classifier's vFloat loops with momentum")
_JV = _STORED.format(17814172119, "package ex;",
                     "a Java NeuralNetwork: double arrays, loops that sum gradients, -= updates")

_I2 = tuple({"i": i} for i in range(2))
_I2J2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_I2J3 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_W3 = tuple({"w": w} for w in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2L3 = tuple({"k": k, "l": l} for k in range(2) for l in range(3))
_K3L1 = tuple({"k": k, "l": 0} for k in range(3))

# nw.c's 3-2-2 sigmoid network without biases under half the squared error: dE/dz2[i], dE/dz1[i]
_JP_D2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_JP_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{i}])"
          "*a1[{i}]*(1 - a1[{i}])")

# the 2-3-1 sigmoid networks with biases under half the squared error (the Go, nnpp and Java files): dE/dz2, dE/dz1[j]
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Rust neuron (2 inputs, one sigmoid unit): dE/dz
_RS_D = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

# the C# 2-3-2 sigmoid network: dE/dz2[k], dE/dz1[j]
_CS_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CS_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")


ENTRIES = [
    # ---- nw.c, calc_backward (two-space indentation): the output's delta with the slope taken of the sums, and
    # updates whose data index is the unit's: three slips -----------------------------------------------------------
    Public("s87-jp-od", _JP, "b187_jp", "b187_jp",
           "    output_delta[i] = (output_value[i] - train_label[i]) * sigmoid_delta(output_input[i]);", ((W,),),
           (Twin("gradient_z", "z2[{i}]", ("(a2[{i}] - y[{i}])*z2[{i}]*(1 - z2[{i}])",), _I2),), batch=187,
           why="sigmoid_delta(x) = ALPHA x (1 - x) is the slope written of the OUTPUT, and the code passes it the "
               "sum output_input[i]: the slope is output_value[i] (1 - output_value[i]) (the code's slip)"),
    Public("s87-jp-w1", _JP, "b187_jp", "b187_jp",
           "      first_weight[i][j] = first_weight[i][j] - ETA*train_data[i]*second_delta[i];", ((W,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*x[{{i}}]*{_JP_D1}",), _I2J3),), batch=187,
           why="train_data[i], the input at the hidden unit's index, where the weight first_weight[i][j] joins input "
               "j: train_data[j] was meant (the code's slip; second_delta the hidden sums' gradient, as named)"),
    Public("s87-jp-w2", _JP, "b187_jp", "b187_jp",
           "      second_weight[i][j] = second_weight[i][j] - ETA*second_value[i]*output_delta[i];", ((W,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*a1[{{i}}]*{_JP_D2}",), _I2J2),), batch=187,
           why="second_value[i], the hidden output at the output's index: second_value[j] was meant (the code's "
               "slip; output_delta the output sums' gradient, as named)"),
    # ---- the Go network (four-space indentation): := and = with parenthesised right sides, a d_sigmoid of the
    # outputs, calc_deltas and update_weights as train calls them on the output layer -------------------------------
    Public("s87-go-err", _GO, "b187_go", "b187_goo", "        errors := (expected[i] - nn.output_layer.values[i])",
           ((C,),), (Twin("value", "y[0] - a2[0]", ("(y[0] - a2[0])",)),), batch=187,
           why="the output's error, target minus output, a value; i = 0, the one output"),
    Public("s87-go-od", _GO, "b187_go", "b187_goo",
           "        nn.output_layer.deltas[i] = (errors * d_sigmoid(nn.output_layer.values[i]))", ((C,),),
           (Twin("value", f"-{_D2}", ("((y[0] - a2[0])*a2[0]*(1 - a2[0]))",)),), batch=187,
           why="the code's delta (-dE/dz2), a value; d_sigmoid(x) = x * (1 - x) taken of the output"),
    Public("s87-go-hd", _GO, "b187_go", "b187_goh",
           "        target.deltas[j] = (errors * d_sigmoid(target.values[j]))", ((C,),),
           (Twin("value", f"-{_D1}", (f"(-{_D1})",), _J3),), batch=187,
           why="calc_deltas(nn.output_layer, nn.hidden_layer[0]): target the hidden layer, errors the sum over the "
               "outputs of source.deltas[k] * source.weights[j][k]"),
    Public("s87-go-b", _GO, "b187_go", "b187_goh",
           "        source.bias[j] += (source.deltas[j] * learning_rate)", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + (-{_D2})*eta",)),), batch=187,
           why="update_weights(nn.output_layer, ...): source the output layer, its delta -dE/dz added with the rate"),
    Public("s87-go-w", _GO, "b187_go", "b187_goh",
           "            source.weights[k][j] += (target.values[k] * source.deltas[j] * learning_rate)", ((C,),),
           (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] + a1[{{k}}]*(-{_D2})*eta",), _K3),), batch=187,
           why="k a hidden unit, j the output: source.weights[k][j] input-first (parent, child)"),
    # ---- the Rust Neuron (eight-space indentation): let bindings, a comment in German, a trailing space ---------
    Public("s87-rs-err", _RS, "b187_rs", "b187_rs", "        let error = target - prediction;", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=187,
           why="the error, target minus prediction, a value"),
    Public("s87-rs-g", _RS, "b187_rs", "b187_rs",
           "        let gradient = error * (prediction * (1.0 - prediction)); ", ((C,),),
           (Twin("value", f"-{_RS_D}", ("(y[0] - a1[0])*(a1[0]*(1.0 - a1[0]))",)),), batch=187,
           why="the code's delta (-dE/dz), a value: the sigmoid's slope written of the prediction (the comment: "
               "Ableitung der Sigmoid-Funktion); a trailing space kept"),
    Public("s87-rs-w", _RS, "b187_rs", "b187_rs",
           "            self.weights[i] += learning_rate * gradient * inputs[i];", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] + eta*(-{_RS_D})*x[{{i}}]",), _I2),), batch=187),
    Public("s87-rs-b", _RS, "b187_rs", "b187_rs", "        self.bias += learning_rate * gradient;", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] + eta*(-{_RS_D})",)),), batch=187),
    # ---- nnpp's backpropagate (tab indentation): long double declarations, neurons' fields through data()
    # pointers, a loop's long index names (neuronIndex, nextNeuronIndex), += updates of the output layer -----------
    Public("s87-np-d", _NP, "b187_np", "b187_np",
           "\t\tlong double delta = targetValuesData[i] - outputLayerNeuronsData[i].outputValue;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=187,
           why="target minus output, a value; i = 0, the one output"),
    Public("s87-np-g", _NP, "b187_np", "b187_np",
           "\t\toutputLayerNeuronsData[i].gradient = delta * derivative(outputLayerNeuronsData[i].outputValue);",
           ((C,),), (Twin("value", f"-{_D2}", (f"-{_D2}",)),), batch=187,
           why="the code's gradient (-dE/dz2), a value; derivative the Sigmoid's, x * (1.0 - x) of the output"),
    Public("s87-np-h", _NP, "b187_np", "b187_nph",
           "\t\t\thiddenLayerNeuronsData[neuronIndex].gradient = error * derivative(hiddenLayerNeuronsData[neuronIndex]"
           ".outputValue);", ((C,),), (Twin("value", f"-{_D1}", (f"-{_D1}",), _J3),), batch=187,
           why="error the sum over the outputs of weights[neuronIndex] * gradient (the loop before)"),
    Public("s87-np-w", _NP, "b187_np", "b187_npu",
           "\t\t\t\tneuronWeightsData[w] += learningRate * neuron.gradient * prevLayerNeuronsData[w].outputValue;",
           ((C,),), (Twin("update", "W2[0,{w}]", (f"W2[0,{{w}}] + eta*(-{_D2})*a1[{{w}}]",), _W3),), batch=187,
           why="at layerIndex 2, the output layer (one neuron): w a hidden unit"),
    Public("s87-np-b", _NP, "b187_np", "b187_npu", "\t\t\tneuron.bias += learningRate * neuron.gradient;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*(-{_D2})",)),), batch=187),
    # ---- the C# NOT_LINEAR learning (deep indentation): the output gradients, a hidden gradient overwritten for
    # each output neuron instead of summed over them (a slip), the weights moved by Momentum --------------------------
    Public("s87-cs-e", _CS, "b187_cs", "b187_cso",
           "                        error = learnSample.OutputData[outputNeuronNo] - outputValue;", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=187,
           why="target minus output, a value; outputNeuronNo the output's index"),
    Public("s87-cs-h", _CS, "b187_cs", "b187_csh",
           "                                    connectedNeuron.Gradient = neuron.Gradient * input.Weight * derivative;",
           ((W,),), (Twin("value", f"-{_CS_D1}", (f"-({_CS_D2})*W2[{{k}},{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",),
                          _K2J3),), batch=187,
           why="one output's term only: the hidden unit's gradient is set anew for each output neuron k, where it is "
               "the sum over the outputs of Gradient * Weight (times the slope): the code's slip, with two outputs"),
    Public("s87-cs-w", _CS, "b187_cs", "b187_csh",
           "                                input.Weight += Momentum * neuron.Gradient * connectedNeuron.GetOutputValue();",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*(-{_CS_D2})*a1[{{j}}]",), _K2J3),),
           batch=187,
           why="at layerNo 2, the output layer; Momentum (the class's 0.1) as the step's rate, the problem's 0.1 (the "
               "learningRate argument left unused), twinned with eta as batch 143 twins a step with no rate"),
    Public("s87-cs-nd", _CS, "b187_cs", "b187_csx",
           "                    var nodeDelta = (expectedOutput - output) * output * (1 - output);", ((C,),),
           (Twin("value", f"-{_CS_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=187,
           why="the file's commented example from the Internet, over the last layer's neurons: -dE/dz2, a value"),
    Public("s87-cs-dw", _CS, "b187_cs", "b187_csx", "                    var delta = -1 * netInput * nodeDelta;",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"-1*a1[{{j}}]*(-{_CS_D2})",), _K2J3),), batch=187,
           why="netInput the connection's input (hidden output j): the weight's gradient dE/dW2, passed to "
               "UpdateWeight with the rate"),
    # ---- the Java NeuralNetwork (deep indentation): errorOutput the squared error's derivative by the output, -=
    # updates with the gradients the loops before sum ---------------------------------------------------------------
    Public("s87-jv-eo", _JV, "b187_jv", "b187_jv",
           "                    errorOutput[k] = output[k] - targets[j][k];", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=187,
           why="half the squared error's derivative by the output; j the training sample, k = 0 the one output"),
    Public("s87-jv-w1", _JV, "b187_jv", "b187_jv", "                        weights1[k][l] -= learningRate * weightGradient;",
           ((C,),), (Twin("update", "W1[{l},{k}]", (f"W1[{{l}},{{k}}] - eta*{_D1.replace('{j}', '{l}')}*x[{{k}}]",),
                          _K2L3),), batch=187,
           why="weightGradient, in this loop, the gradient of weights1[k][l] as named (the sum the loop before "
               "computes is not this line's)"),
    Public("s87-jv-b1", _JV, "b187_jv", "b187_jv", "                    bias1[0][k] -= learningRate * biasGradient;",
           ((C,),), (Twin("update", "b1[{k}]", (f"b1[{{k}}] - eta*{_D1.replace('{j}', '{k}')}",), _K3),), batch=187,
           why="biasGradient the gradient of bias1[0][k], as named"),
    Public("s87-jv-w2", _JV, "b187_jv", "b187_jv2", "                        weights2[k][l] -= learningRate * weightGradient;",
           ((C,),), (Twin("update", "W2[{l},{k}]", (f"W2[{{l}},{{k}}] - eta*{_D2}*a1[{{k}}]",), _K3L1),), batch=187,
           why="k a hidden unit, l the output; weightGradient the gradient of weights2[k][l], as named"),
    Public("s87-jv-b2", _JV, "b187_jv", "b187_jv2", "                    bias2[0][k] -= learningRate * biasGradient;",
           ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",)),), batch=187,
           why="k = 0, the one output"),
    # ---- the T_BPClassifier's backwardFeed (C++, vFloat loops without braces): the output's error term, and the
    # hidden one from an int sum (a type slip the formula does not show) ---------------------------------------------
    Public("s87-bp-eo", _BP, "b187_bp", "b187_bp",
           "            errorOutput[k] = neuronOutput[k] * (1 - neuronOutput[k]) * (idealOutput[k] - neuronOutput[k]);",
           ((C,),), (Twin("value", f"-{_CS_D2}", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=187,
           why="the code's output delta (-dE/dz2), a value; idealOutput the one-hot target"),
    Public("s87-bp-eh", _BP, "b187_bp", "b187_bp",
           "            errorHidden[j] = neuronHidden[j] * (1 - neuronHidden[j]) * sum;", ((C,),),
           (Twin("value", f"-{_CS_D1}", (f"-a1[{{j}}]*(1 - a1[{{j}}])*(({_CS_D2.format(k=0)})*W2[0,{{j}}] + "
                                         f"({_CS_D2.format(k=1)})*W2[1,{{j}}])",), _J3),), batch=187,
           why="sum the sum over the outputs of weightsHidden2Output[j][k] * errorOutput[k], as written (declared "
               "int sum = 0, so the code truncates it: a type slip, not the formula's; j over the hidden units, not "
               "the bias unit the loop reaches too)"),
]
