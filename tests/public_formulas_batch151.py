r"""Batch 151 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (the code corpus, with this batch's emphasis on students' code in C,
C++, Java, C# and JavaScript: from-scratch networks and backprop exercises, every backward line of each file taken
but for the lines left out below; every address a stored file whose repository the index does not name): a C function
NeuralNetXOR (stored file 14325156498: arrays counted from 1 with index 0 the bias's, Hidden[p][j] with the pattern p,
tab indentation), a C++ network class's one_epoch for handwritten digits (stored file 316786005: sigmoid outputs
under the cross-entropy, deltaO[k] = target[p][k] - output[p][k] with a // comment), a C++ XOR program (stored file
41765210204: std::vector layers, output_weights[k][j] += learning_rate * ...), a C XOR program (stored file
35918294560: training_outputs[training_set_index][k], a double declaration, LEARNING_RATE after the product), a C
image classifier from the FormAI data set (stored file 14665237800: a sigmoid_derivative of the sum applied to
outputs), a C XOR trainer (stored file 61794207743: updates on their for loop's own line), a Java class of a game mod
(stored file 70485657340: a tanh network trained online, float literals 1.0f, a local dtanh, grad the step before
the momentum), a C# NeuralNetwork class (stored file 36086335296: McCaffrey's back-propagation over Neuron objects,
derivative = 1 with both slopes commented out) and a JavaScript RealNeuralNetwork class of a meme classifier (stored
file 66901363158: sigmoid hidden units, a softmax output, the errors appended with push). Copied verbatim, typos and
mistakes included (the JSON-escaped text of the stored files decoded: tabs as tabs, a trailing space kept), each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: code's arrays as patterns whose index letters are placeholders, "Hidden[p][j]" = "a1[j-1]" where
the file counts from 1 and p is the pattern; the code's deltas that are -dE/dz written "-delta2[k]" where the updates
add them; a weight change before its momentum term written "-eta*grad(W2[k, j])"; helpers declared "sigmoid' at
output" where they compute x (1 - x) of what they are given and "sigmoid' at input" where they compute sigmoid(x) (1 -
sigmoid(x)); the C# loops' derivative, a local set to 1, "derivative" = "1"; a name whose meaning changes between
loops given one notation per loop: DeltaO before and after its *= line, dtanh, sum and grad in the Java class's
output and hidden loops, delta in the C# class's three loops), a network of the kind the page describes (with the
page's numbers where it gives them: the sizes 2-2-1, 2-4-1 and the rates 0.7, 0.1, 0.5, 0.015 the files write;
smaller sizes for the digit, image and meme classifiers; rate 0.1 where the rate is a caller's or in a file not
stored; all in tests/public_formulas_batch151_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's error, delta, weight
change, a tanh slope written of the output (dtanh) and a term of a sum (the C# x) are twinned as values, as in
batches 14 to 148. Formulas keep what surrounds them on their line (a code line's indentation, a declaration's type,
float or double, a trailing // comment, a for loop's header before the update on the same line); what was left out
is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 151

The batch: 53 formulas from 9 addresses (the C function NeuralNetXOR 5, the C++ one_epoch 2, the C++ XOR program 6,
the C XOR program 7, the FormAI classifier 4, the C XOR trainer 7, the Java class 8, the C# class 8, the JavaScript
class 6), all in code (C 23, C++ 8, Java 8, C# 8, JavaScript 6). By kind: 17 deltas (the output's and the hidden
layer's, the code's -dE/dz), 8 weight or bias changes as values (-eta dE/dW before a momentum term or an update), 4
output errors, a tanh slope written of the output, a term of a sum (31 values), and 22 updates (12 of weights, 10 of
biases; all += with the rate, before or after the product).

4 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the FormAI classifier's cf-oe, output_errors[i] = (expected_output[i] - output_layer[i]) *
  sigmoid_derivative(output_layer[i]): its sigmoid_derivative(x) = sigmoid(x) * (1 - sigmoid(x)) is the slope at the
  sum, given the output: sigmoid(a2) (1 - sigmoid(a2)) where the slope is a2 (1 - a2);
- the FormAI classifier's cf-he, hidden_errors[i] = sum * sigmoid_derivative(hidden_layer[i]): the same slip at the
  hidden layer;
- the C# class's cs-hg, hGrads[j] = derivative * sum, with derivative = 1;// (1 - Hidden[j]) * (1 + Hidden[j]) the
  line before: tanh's slope commented out, so hGrads is -dL/d(hidden output) where -dL/dz1 multiplies it by 1 - a1^2;
- the C# class's cs-do, double delta = learnRate * oGrads[k] / outputNeurons[k].Inputs[j]: divided by the hidden
  output where the step multiplies by it.

Not mistaken, though they look it: the FormAI classifier's updates after its wrong errors (output_errors and
hidden_errors named for what they stand for, -dE/dz: right as written in them, wrong only through the lines that
compute them); the C# class's oGrads[k] = derivative * (ExpectedOutput - Output[k]) with derivative = 1 (the output's
slope commented out, "'mean squared error version' includes (1-y)(y) derivative": under the cross-entropy the
gradient by the sigmoid output's sum has no slope); the C# hidden updates after hGrads (named -dL/dz1, right as
written in it); the Java class's grad, learningRate * deltaOutput[k] * hidden[j], a step up the deltas' direction
named grad (the updates add it through the momentum); the JavaScript class's outputErrors, targets - outputs with no
slope, under its softmax output and one-hot targets (the cross-entropy's gradient by the sums).

What was left out: in every file the forward pass and the sums accumulated over a loop (SumDOW[j] += WeightHO[j][k] *
DeltaO[k], error_sum += ..., d_error_hidden += ..., sum += ..., error += ..., the C# sum += x), each a term of a
sum rather than a formula; the C function's DeltaO[k] *= Output[p][k] * (1.0 - Output[p][k]) (a compound assignment
whose left side is the line before's error), its Error += 0.5 * pow(...) and its momentum lines, DeltaWeightIH[i][j]
+= alpha * DeltaWeightIH[i][j] (a slip: it adds alpha times the change just computed, not the last change, so the
step is (1 + alpha) eta ..., and the momentum is lost), DeltaWeightIH[0][j] = eta*DeltaH[j]+alpha*DeltaWeightIH[0][j]
and the weight updates += DeltaWeight (the momentum's, no problem file holds it); the C++ one_epoch's Error -= (...)
and its momentum updates (DeltaWeightIH[i + 1][j] = eta * input[p][i] * deltaH[j] + alpha * DeltaWeightIH[i + 1][j]);
the Java class's momentum lines (momentumHiddenOutput[j][k] = momentumFactor * ... + grad, weightsHiddenOutput[j][k]
+= momentumHiddenOutput[j][k]) and its hidden loop's dtanh (the same form as the output loop's, taken once); the C#
class's derivative = 1 lines (a constant), its hidden bias update hiddenNeurons[j].Bias += delta (the same form as
the weights' update, taken once for each loop), its Train loop's mse = Math.Abs(ExpectedOutput-Output[0]) (a
progress measure); the JavaScript class's train (targets [1, 0] or [0, 1]) and predict. Pages read and not taken: a
Java NeuralNet with a bipolar sigmoid (stored file 24182239409: f(x) = 2 / (1+e(-x)) - 1, whose slope is (1 - y^2) / 2
where its deltas write y (1 - y), a mistake no problem file's activations can hold), a JavaScript NNEt (stored file
22125599193: a sigmoidDerivative(x, learningRate) = fx * (0.5 + learningRate - fx), no derivative of any network), C programs of Karsten Kutza's and Bullinaria's lineage used by
earlier batches (stored file 41722323657 among them), and Rust and Go copies of the same C loops.

Collected on 2026-12-07 (14:56 to 15:02 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 13 loaded as first written. The oracle's first run passed every verdict as first transcribed (47 entries and the
batch's two checks), and its second, after the JavaScript class's 6 entries were added, too (53 entries).

Run blind at main baf64a5 (/work/READY_FOR_BLIND59; src/ as at 1538989, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch151_blind.txt): 46 of 53 read with
every verdict right (87%), 7 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. Two of the refusals were this notation's slip, not the page's nor the reader's: b151_cx named row 0 of
DeltaWeightIH and DeltaWeightHO as the biases' changes but gave the 1-based arrays' index 0 of Input[p][i] and
Hidden[p][j] no meaning, so the rules over i and j (which the reader judges at 0, where their left side names the
bias's change) were refused at Input_{p,0} and Hidden_{p,0}; the notation was corrected as the message asks,
"Input[p][0]" = "1" and "Hidden[p][0]" = "1" (the biases' constant input, as the weight arrays' row 0 is the
biases'), and the batch run once more (/work/batch151_blind_second.txt): 48 of 53 read with every verdict right
(91%), 5 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py
-k "b151-" passed after the rebase, check's never-wrong-called-correct test included.

Of the 4 mistaken formulas, all 4 were read with their wrong member called wrong: cf-oe and cf-he (a
sigmoid_derivative of the sum given outputs), cs-hg (tanh's slope commented out: derivative = 1), cs-do (divided by
the hidden output). By page (second run; the first as it came in brackets where it differs): the C function
NeuralNetXOR 5 of 5 (3 of 5), the C++ one_epoch 2 of 2, the C++ XOR program 6 of 6, the C XOR program 7 of 7, the
FormAI classifier 4 of 4, the C XOR trainer 4 of 7, the Java class 8 of 8, the C# class 8 of 8, the JavaScript class
4 of 6.

The refusals by construct, with the exact message:

- a C update on its for loop's own line (3: xo-w2, xo-w1, xo-b2): "formula 'for (int j = 0; j < OUTPUT_NODES; j++)
  weight2[i][j] += l...': expected ')' to close the arguments at '=' (position 12)" (xo-w1 the same with
  HIDDEN_NODES and weight1[i][j]; xo-b2 "formula 'for (int i = 0; i < OUTPUT_NODES; i++) bias_ON[i] += lear...':
  expected ')' to close the arguments at '=' (position 12)"): the loop's header read as a call for(...), its int j =
  0 an assignment inside the arguments;
- a JavaScript push of the value (2: js-oe, js-he): "formula 'outputErrors.push(targets[i] - outputs[i]);':
  outputErrors.push(...) puts its value into the list outputErrors as a new element, which no name of the notation
  says (nor which element it becomes, its index shifting the others'); write the quantity the value is as an
  assignment, e.g. delta_1 = ..., with that name in the notation's [notation.symbols]" (js-he the same with
  hiddenErrors.push(error * this.sigmoidDerivative(this.hid...));
- the notation's slip, first run only (2: cx-wih, cx-who): "formula 'DeltaWeightIH[i][j] = eta * Input[p][i] *
  DeltaH[j]': Input_{p,i} at i = 0: 'Input[p][i]' means 'x[i-1]' (i = 0): index -1 is out of range (0..1): the
  network has 2 inputs; i = 0 is among the values read (a rule whose left side names something there, as a bias's w_0
  does, or a sum from 0): give Input_{p,0} a meaning in the notation ("Input_{p,0}" = "1" for a bias's constant
  input), or write that case apart" (cx-who the same at Hidden_{p,j}, "layer 1 has 2 units").

Read, among the constructs these pages brought: arrays counted from 1 with the pattern index [p] and a literal row 0
beside a placeholder row; a trailing space after a semicolon; // comments after a delta and after an update
("note we use '+' instead of '-'"); declarations with double and float and Java's 1.0f; a sample index written
training_set_index; std::vector's [i][j]; this. members in JavaScript; Neuron objects' fields
outputNeurons[k].Weights[j] and hiddenNeurons[j].Bias; a local derivative = 1 (cs-hg called wrong); a division by
an input (cs-do called wrong); a sigmoid_derivative of the sum given outputs (cf-oe, cf-he called wrong).

Which look general: both constructs refused. A one-line for loop before the statement, for (int j = 0; j < N; j++)
x += ..., is how C, C++, Java, C# and JavaScript students write a short loop (the header is no part of the formula:
reading the statement after it, with the loop's letter bound, would serve every C-family page). A push into an array,
errors.push(expr) inside a loop over i, is how JavaScript (and Python's append) build a layer's errors; the reader
refuses it by design, saying why, and reading it as errors[i] = expr where the loop's letter indexes the pushes in
order from 0 would take knowing that the list starts empty.

Session 38: the loop bounds' values added to the notation, as a teacher would give them, after check stopped
assuming them (b151_xo: the trainer's #define INPUT_NODES 2, HIDDEN_NODES 4, OUTPUT_NODES 1).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch151_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CX = _STORED.format(14325156498, "#include<math.h>",
                     "a C function NeuralNetXOR: arrays counted from 1, the pattern index p, tab indentation, "
                     "momentum updates")
_CN = _STORED.format(316786005, "#include \"network.h\"",
                     "a C++ network class's one_epoch for handwritten digits: sigmoid outputs under the "
                     "cross-entropy, // comments")
_CP = _STORED.format(41765210204, "#include <iostream>",
                     "a C++ XOR program: std::vector layers, a sigmoid_derivative of the output, += updates")
_CG = _STORED.format(35918294560, "#include <stdio.h>",
                     "a C XOR program including gradient.cpp: a shuffled training set, += updates with "
                     "LEARNING_RATE after the product")
_CF = _STORED.format(14665237800, "//FormAI DATASET v1.0 Category: Image Classification system ; Style: real-life",
                     "a C image classifier from the FormAI data set: one sample's pass through a 784-256-10 "
                     "sigmoid network, a sigmoid_derivative of the sum applied to outputs")
_XO = _STORED.format(61794207743, "#include <stdio.h>",
                     "a C XOR trainer with a commented model of the node: updates on the for loops' own lines")
_JV = _STORED.format(70485657340, "package dev.virion.arc;",
                     "a Java class of a game mod, ArcNeuralMotorProfile: a tanh network trained online with "
                     "momentum, float literals")
_JS = _STORED.format(66901363158, "/**",
                     "a JavaScript RealNeuralNetwork class of a meme classifier (\"Uses actual machine learning with "
                     "brain.js-style implementation\"): sigmoid hidden units, a softmax output, push calls")
_CS = _STORED.format(36086335296, "using Lib;",
                     "a C# NeuralNetwork class with Neuron objects: McCaffrey's back-propagation with both slopes "
                     "commented out")

_I2 = tuple({"i": i} for i in range(2))
_I4 = tuple({"i": i} for i in range(4))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J2K2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_K2L2 = tuple({"k": k, "l": l} for k in range(2) for l in range(2))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_I4J3 = tuple({"i": i, "j": j} for i in range(4) for j in range(3))

# a sigmoid output under half the squared error, one output: -dE/dz2
_SQ2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the C function's, the C++ and C XOR programs' 2-2-1 sigmoid networks: -dE/dz1[j] (and with k, l for the C program)
_SQ1J = _SQ2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_SQ1K = _SQ2 + "*W2[0,{k}]*a1[{k}]*(1 - a1[{k}])"
_SQ1I = _SQ2 + "*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])"
# the C++ one_epoch's 2-3-1 sigmoid network under the cross-entropy: -dL/dz1[j]
_CN1 = "(y[0] - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the FormAI 3-4-2 sigmoid network (no biases) under half the squared error: -dE/dz2[i], -dE/d a1[i], -dE/dz1[i]
_CF2 = "(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])"
_CFA = " + ".join(f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{i}}]" for k in range(2))
_CF1 = f"({_CFA})*a1[{{i}}]*(1 - a1[{{i}}])"
# the Java 4-3-3 tanh network under half the squared error: -dE/dz2[k], -dE/d a1[j], -dE/dz1[j]
_JV2 = "(y[{k}] - a2[{k}])*(1 - a2[{k}]**2)"
_JVA = " + ".join(f"(y[{k}] - a2[{k}])*(1 - a2[{k}]**2)*W2[{k},{{j}}]" for k in range(3))
_JV1 = f"({_JVA})*(1 - a1[{{j}}]**2)"
# the JavaScript 3-4-2 network (sigmoid hidden, softmax with the cross-entropy): -dL/dz2[i], -dL/dz1 (hidden i or j)
_JS2 = "(t[{i}] - a2[{i}])"
_JSA = "(t[0] - a2[0])*W2[0,{h}] + (t[1] - a2[1])*W2[1,{h}]"
_JS1I = f"({_JSA})*a1[{{h}}]*(1 - a1[{{h}}])".replace("{h}", "{i}")
_JS1J = f"({_JSA})*a1[{{h}}]*(1 - a1[{{h}}])".replace("{h}", "{j}")
# the C# 2-3-1 network (tanh hidden, sigmoid output, the cross-entropy): -dL/dz2, -dL/d a1[j], -dL/dz1[j]
_CS2 = "(y[0] - a2[0])"
_CSA = "(y[0] - a2[0])*W2[0,{j}]"
_CS1 = _CSA + "*(1 - a1[{j}]**2)"

ENTRIES = [
    # ---- the C function NeuralNetXOR (tab indentation): arrays counted from 1, [p] the pattern, DeltaO the error
    # before its *= line makes it the delta, the weight changes before the momentum's line -------------------------
    Public("s51-cx-do0", _CX, "b151_cx", "b151_cx0", "\t\t\t\tDeltaO[k] = (Target[p][k] - Output[p][k]); ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=151,
           why="the output's error, a value (the next line, DeltaO[k] *= Output[p][k] * (1.0 - Output[p][k]), makes "
               "it the delta); a trailing space after the semicolon, as the file has it"),
    Public("s51-cx-dh", _CX, "b151_cx", "b151_cx",
           "\t\t\t\tDeltaH[j] = SumDOW[j] * Hidden[p][j] * (1.0 - Hidden[p][j]);", ((C,),),
           (Twin("value", _SQ1J, (_SQ1J,), _J2),), batch=151,
           why="-dE/dz1[j], j = 1, 2 in the file's counting; SumDOW[j] the sum over the outputs, accumulated the "
               "lines before"),
    Public("s51-cx-wih", _CX, "b151_cx", "b151_cx",
           "\t\t\t\t\tDeltaWeightIH[i][j] = eta * Input[p][i] * DeltaH[j];", ((C,),),
           (Twin("value", f"eta*x[{{i}}]*{_SQ1J}", (f"eta*x[{{i}}]*{_SQ1J}",), _J2I2),), batch=151,
           why="the weight change -eta dE/dW1, a value (the next line adds alpha times itself: left out)"),
    Public("s51-cx-who0", _CX, "b151_cx", "b151_cx", "\t\t\t\tDeltaWeightHO[0][k] = eta * DeltaO[k];", ((C,),),
           (Twin("value", f"eta*{_SQ2}", (f"eta*{_SQ2}",)),), batch=151,
           why="row 0 the output's bias: -eta dE/db2, a value"),
    Public("s51-cx-who", _CX, "b151_cx", "b151_cx",
           "\t\t\t\t\tDeltaWeightHO[j][k] = eta * Hidden[p][j] * DeltaO[k];", ((C,),),
           (Twin("value", f"eta*a1[{{j}}]*{_SQ2}", (f"eta*a1[{{j}}]*{_SQ2}",), _J2),), batch=151),
    # ---- the C++ one_epoch (twelve-space indentation): sigmoid outputs under the cross-entropy, a // comment after
    # the delta, a space before a semicolon --------------------------------------------------------------------------
    Public("s51-cn-do", _CN, "b151_cn", "b151_cn",
           "            deltaO[k] = target[p][k] - output[p][k];     //Sigmoidal Outputs, Cross-Entropy Error", ((C,),),
           (Twin("value", _CS2, (_CS2,)),), batch=151,
           why="-dL/dz2 under the cross-entropy through the sigmoid output, a value"),
    Public("s51-cn-dh", _CN, "b151_cn", "b151_cn",
           "            deltaH[j] = sumDOW[j] * hidden[p][j] * (1.0 - hidden[p][j]) ;", ((C,),),
           (Twin("value", _CN1, (_CN1,), _J3),), batch=151,
           why="sumDOW[j] the sum over the outputs of weightHO[j + 1][k] * deltaO[k]"),
    # ---- the C++ XOR program (sixteen- and twenty-space indentation): [i] the sample, j and k the loops' units,
    # a sigmoid_derivative of the output, += updates with the rate first ----------------------------------------------
    Public("s51-cp-oe", _CP, "b151_cp", "b151_cp",
           "                output_errors[j] = (training_outputs[i][j] - output_layer[j]) * "
           "sigmoid_derivative(output_layer[j]);", ((C,),),
           (Twin("value", _SQ2, (_SQ2,)),), batch=151, why="-dE/dz2, a value; j = 0, the one output"),
    Public("s51-cp-he", _CP, "b151_cp", "b151_cp",
           "                hidden_errors[j] = error_sum * sigmoid_derivative(hidden_layer[j]);", ((C,),),
           (Twin("value", _SQ1J, (_SQ1J,), _J2),), batch=151,
           why="error_sum the sum over the outputs of output_errors[k] * output_weights[j][k]"),
    Public("s51-cp-w2", _CP, "b151_cp", "b151_cp",
           "                    output_weights[k][j] += learning_rate * output_errors[j] * hidden_layer[k];", ((C,),),
           (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] + eta*{_SQ2}*a1[{{k}}]",), _K2),), batch=151,
           why="j the output, k the hidden unit: output_weights input-first"),
    Public("s51-cp-b2", _CP, "b151_cp", "b151_cp",
           "                output_biases[j] += learning_rate * output_errors[j];", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_SQ2}",)),), batch=151),
    Public("s51-cp-w1", _CP, "b151_cp", "b151_cp",
           "                    hidden_weights[k][j] += learning_rate * hidden_errors[j] * training_inputs[i][k];",
           ((C,),), (Twin("update", "W1[{j},{k}]", (f"W1[{{j}},{{k}}] + eta*{_SQ1J}*x[{{k}}]",), _J2K2),), batch=151,
           why="j the hidden unit, k the input"),
    Public("s51-cp-b1", _CP, "b151_cp", "b151_cp",
           "                hidden_biases[j] += learning_rate * hidden_errors[j];", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_SQ1J}",), _J2),), batch=151),
    # ---- the C XOR program (sixteen- and twenty-space indentation): a double declaration, the sample index
    # training_set_index, k and l each loop's units, += updates with LEARNING_RATE last -------------------------------
    Public("s51-cg-de", _CG, "b151_cg", "b151_cg",
           "                double d_error = (training_outputs[training_set_index][k] - output_layer[k]);", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=151, why="the output's error, a value"),
    Public("s51-cg-do", _CG, "b151_cg", "b151_cg",
           "                delta_output[k] = d_error * sigmoid_derivative(output_layer[k]);", ((C,),),
           (Twin("value", _SQ2, (_SQ2,)),), batch=151,
           why="-dE/dz2; sigmoid_derivative (gradient.cpp, not stored) taken of the output"),
    Public("s51-cg-dh", _CG, "b151_cg", "b151_cg",
           "                delta_hidden_layer[k] = d_error_hidden * sigmoid_derivative(hidden_layer[k]);", ((C,),),
           (Twin("value", _SQ1K, (_SQ1K,), _K2),), batch=151,
           why="k the hidden unit here; d_error_hidden the sum over the outputs of delta_output[l] * "
               "output_layer_weights[k][l]"),
    Public("s51-cg-b2", _CG, "b151_cg", "b151_cg",
           "                output_layer_bias[k] += delta_output[k] * LEARNING_RATE;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + {_SQ2}*eta",)),), batch=151),
    Public("s51-cg-w2", _CG, "b151_cg", "b151_cg",
           "                    output_layer_weights[l][k] += hidden_layer[l] * delta_output[k] * LEARNING_RATE;",
           ((C,),), (Twin("update", "W2[0,{l}]", (f"W2[0,{{l}}] + a1[{{l}}]*{_SQ2}*eta",),
                          tuple({"l": l} for l in range(2))),), batch=151,
           why="l the hidden unit, k the output"),
    Public("s51-cg-b1", _CG, "b151_cg", "b151_cg",
           "                hidden_layer_bias[k] += delta_hidden_layer[k] * LEARNING_RATE;", ((C,),),
           (Twin("update", "b1[{k}]", (f"b1[{{k}}] + {_SQ1K}*eta",), _K2),), batch=151),
    Public("s51-cg-w1", _CG, "b151_cg", "b151_cg",
           "                    hidden_layer_weights[l][k] += training_inputs[training_set_index][l] * "
           "delta_hidden_layer[k] * LEARNING_RATE;", ((C,),),
           (Twin("update", "W1[{k},{l}]", (f"W1[{{k}},{{l}}] + x[{{l}}]*{_SQ1K}*eta",), _K2L2),), batch=151,
           why="k the hidden unit, l the input"),
    # ---- the FormAI classifier (eight- and twelve-space indentation): a sigmoid_derivative of the SUM,
    # sigmoid(x) * (1 - sigmoid(x)), applied to the layers' outputs; weights output-first ----------------------------
    Public("s51-cf-oe", _CF, "b151_cf", "b151_cf",
           "        output_errors[i] = (expected_output[i] - output_layer[i]) * sigmoid_derivative(output_layer[i]);",
           ((W,),), (Twin("value", _CF2, ("(y[{i}] - a2[{i}])*sigmoid(a2[{i}])*(1 - sigmoid(a2[{i}]))",), _I2),),
           batch=151,
           why="sigmoid_derivative(x) = sigmoid(x) * (1 - sigmoid(x)) is the slope at the sum x; given the output it "
               "computes sigmoid(a2) (1 - sigmoid(a2)), where the slope is a2 (1 - a2)"),
    Public("s51-cf-he", _CF, "b151_cf", "b151_cf",
           "        hidden_errors[i] = sum * sigmoid_derivative(hidden_layer[i]);", ((W,),),
           (Twin("value", _CF1, (f"({_CFA})*sigmoid(a1[{{i}}])*(1 - sigmoid(a1[{{i}}]))",), _I4),), batch=151,
           why="the same slip at the hidden layer: sigmoid(a1) (1 - sigmoid(a1)) for a1 (1 - a1); sum named for what "
               "it stands for, -dE/d(hidden output i)"),
    Public("s51-cf-w2", _CF, "b151_cf", "b151_cf",
           "            output_weights[i][j] += LEARNING_RATE * output_errors[i] * hidden_layer[j];", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] + eta*{_CF2}*a1[{{j}}]",),
                 tuple({"i": i, "j": j} for i in range(2) for j in range(4))),), batch=151,
           why="output_errors named for what it stands for (-dE/dz2): right as written in it, wrong only through "
               "the line that computes it"),
    Public("s51-cf-w1", _CF, "b151_cf", "b151_cf",
           "            hidden_weights[i][j] += LEARNING_RATE * hidden_errors[i] * input_layer[j];", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] + eta*{_CF1}*x[{{j}}]",), _I4J3),), batch=151,
           why="hidden_errors as named (-dE/dz1)"),
    # ---- the C XOR trainer (eight-space indentation, and four for the last loop): updates written after their for
    # loop's header on one line --------------------------------------------------------------------------------------
    Public("s51-xo-oe", _XO, "b151_xo", "b151_xo", "        output_error[i] = target[i] - output_layer[i];", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=151),
    Public("s51-xo-od", _XO, "b151_xo", "b151_xo",
           "        output_delta[i] = output_error[i] * sigmoid_derivative(output_layer[i]);", ((C,),),
           (Twin("value", _SQ2, (_SQ2,)),), batch=151, why="-dE/dz2; sigmoid_derivative(x) = x * (1.0 - x)"),
    Public("s51-xo-hd", _XO, "b151_xo", "b151_xo",
           "        hidden_delta[i] = error * sigmoid_derivative(hidden[i]);", ((C,),),
           (Twin("value", _SQ1I, (_SQ1I,), _I4),), batch=151,
           why="error, in the hidden loop, the sum over the outputs of output_delta[j] * weight2[i][j]"),
    Public("s51-xo-w2", _XO, "b151_xo", "b151_xo",
           "        for (int j = 0; j < OUTPUT_NODES; j++) weight2[i][j] += learning_rate * output_delta[j] * hidden[i];",
           ((C,),), (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] + eta*{_SQ2}*a1[{{i}}]",), _I4),), batch=151,
           why="the update after its for loop's header on the line; i the hidden unit, j the output"),
    Public("s51-xo-b1", _XO, "b151_xo", "b151_xo", "        bias_HN[i] += learning_rate * hidden_delta[i];", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_SQ1I}",), _I4),), batch=151),
    Public("s51-xo-w1", _XO, "b151_xo", "b151_xo",
           "        for (int j = 0; j < HIDDEN_NODES; j++) weight1[i][j] += learning_rate * hidden_delta[j] * input[i];",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_SQ1J}*x[{{i}}]",), _J4I2),),
           batch=151, why="i the input, j the hidden unit"),
    Public("s51-xo-b2", _XO, "b151_xo", "b151_xo",
           "    for (int i = 0; i < OUTPUT_NODES; i++) bias_ON[i] += learning_rate * output_delta[i];", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_SQ2}",)),), batch=151),
    # ---- the Java trainOnline (twelve- and sixteen-space indentation): float declarations with 1.0f, tanh's slope
    # written of the outputs as a local dtanh, grad the step before the momentum (two notations: sum, dtanh and grad
    # mean other things in the hidden loops) ---------------------------------------------------------------------------
    Public("s51-jv-err", _JV, "b151_jv", "b151_jv", "            float err = targets[k] - outputs[k];", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=151),
    Public("s51-jv-dt", _JV, "b151_jv", "b151_jv", "            float dtanh = 1.0f - outputs[k] * outputs[k];", ((C,),),
           (Twin("value", "1 - a2[{k}]**2", ("1 - a2[{k}]*a2[{k}]",), _K3),), batch=151,
           why="tanh's slope at the output sum, written of the output, a value; Java's float literal 1.0f"),
    Public("s51-jv-do", _JV, "b151_jv", "b151_jv", "            deltaOutput[k] = err * dtanh;", ((C,),),
           (Twin("value", _JV2, (_JV2,), _K3),), batch=151, why="-dE/dz2[k]"),
    Public("s51-jv-dh", _JV, "b151_jv", "b151_jvh", "            deltaHidden[j] = sum * dtanh;", ((C,),),
           (Twin("value", _JV1, (_JV1,), _J3),), batch=151,
           why="sum the sum over the outputs of deltaOutput[k] * weightsHiddenOutput[j][k], dtanh = 1.0f - hidden[j] "
               "* hidden[j] (the line before)"),
    Public("s51-jv-g2", _JV, "b151_jv", "b151_jv",
           "                float grad = learningRate * deltaOutput[k] * hidden[j];", ((C,),),
           (Twin("value", f"eta*{_JV2}*a1[{{j}}]", (f"eta*{_JV2}*a1[{{j}}]",), _K3J3),), batch=151,
           why="the step of weightsHiddenOutput[j][k] before the momentum's term, -eta dE/dW2, a value (named grad)"),
    Public("s51-jv-bo", _JV, "b151_jv", "b151_jv", "            biasOutput[k] += learningRate * deltaOutput[k];",
           ((C,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] + eta*{_JV2}",), _K3),), batch=151),
    Public("s51-jv-g1", _JV, "b151_jv", "b151_jvh",
           "                float grad = learningRate * deltaHidden[j] * inputs[i];", ((C,),),
           (Twin("value", f"eta*{_JV1}*x[{{i}}]", (f"eta*{_JV1}*x[{{i}}]",), _J3I4),), batch=151),
    Public("s51-jv-bh", _JV, "b151_jv", "b151_jvh", "            biasHidden[j] += learningRate * deltaHidden[j];",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_JV1}",), _J3),), batch=151),
    # ---- the C# BackPropagation (tab indentation): derivative the local each loop sets to 1 (the slopes commented
    # out), double declarations, // comments, Neuron objects' Weights and Inputs (three notations: delta the step of
    # another parameter in each loop) ---------------------------------------------------------------------------------
    Public("s51-cs-og", _CS, "b151_cs", "b151_cso", "\t\t\t\toGrads[k] = derivative * (ExpectedOutput - Output[k]);",
           ((C,),), (Twin("value", _CS2, ("1*(y[0] - a2[0])",)),), batch=151,
           why="derivative = 1 (the output's slope commented out, as the cross-entropy's gradient by the sum wants): "
               "-dL/dz2 through the sigmoid output, a value"),
    Public("s51-cs-x", _CS, "b151_cs", "b151_csh", "\t\t\t\t\tdouble x = oGrads[k] * outputNeurons[k].Weights[j];",
           ((C,),), (Twin("value", _CSA, (_CSA,), _J3),), batch=151,
           why="the output k's term of -dL/d(hidden output j), a value (one output)"),
    Public("s51-cs-hg", _CS, "b151_cs", "b151_csh", "\t\t\t\thGrads[j] = derivative * sum;", ((W,),),
           (Twin("value", _CS1, ("1*" + _CSA,), _J3),), batch=151,
           why="derivative = 1;// (1 - Hidden[j]) * (1 + Hidden[j]): tanh's slope commented out, so hGrads is "
               "-dL/d(hidden output j) where -dL/dz1[j] multiplies it by 1 - a1[j]^2"),
    Public("s51-cs-dh", _CS, "b151_cs", "b151_csh",
           "\t\t\t\t\tdouble delta = learnRate * hGrads[j] * hiddenNeurons[j].Inputs[i]; // compute the new delta",
           ((C,),), (Twin("value", f"eta*{_CS1}*x[{{i}}]", (f"eta*{_CS1}*x[{{i}}]",), _J3I2),), batch=151,
           why="hGrads named for what it stands for (-dL/dz1): right as written in it, a value"),
    Public("s51-cs-w1", _CS, "b151_cs", "b151_csh",
           "\t\t\t\t\thiddenNeurons[j].Weights[i] += delta; // update. note we use '+' instead of '-'. this can be "
           "very tricky.", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_CS1}*x[{{i}}]",), _J3I2),), batch=151,
           why="delta the step -eta dL/dW1"),
    Public("s51-cs-db", _CS, "b151_cs", "b151_csb",
           "\t\t\t\tdouble delta = learnRate * hGrads[j] * 1.0; // t1.0 is constant input for bias; could leave out",
           ((C,),), (Twin("value", f"eta*{_CS1}", (f"eta*{_CS1}*1.0",), _J3),), batch=151,
           why="the bias's step, -eta dL/db1, a value; the comment's t1.0 as the file has it"),
    Public("s51-cs-do", _CS, "b151_cs", "b151_cso",
           "\t\t\t\t\tdouble delta = learnRate * oGrads[k] / outputNeurons[k].Inputs[j];", ((W,),),
           (Twin("value", f"eta*{_CS2}*a1[{{j}}]", (f"eta*{_CS2}/a1[{{j}}]",), _J3),), batch=151,
           why="divided by the hidden output where -eta dL/dW2[k, j] multiplies by it"),
    Public("s51-cs-w2", _CS, "b151_cs", "b151_cso", "\t\t\t\t\toutputNeurons[k].Weights[j] += delta;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_CS2}*a1[{{j}}]",), _J3),), batch=151,
           why="delta named for what it stands for (-eta dL/dW2): right as written in it"),
    # ---- the JavaScript RealNeuralNetwork's backward (twelve- and sixteen-space indentation): the output and hidden
    # errors appended with push, this. members, += updates with this.learningRate first --------------------------------
    Public("s51-js-oe", _JS, "b151_js", "b151_js", "            outputErrors.push(targets[i] - outputs[i]);", ((C,),),
           (Twin("value", _JS2, (_JS2,), _I2),), batch=151,
           why="outputErrors[i] appended by push: the target less the softmax's output, -dL/dz2[i] under the "
               "cross-entropy, a value"),
    Public("s51-js-he", _JS, "b151_js", "b151_js",
           "            hiddenErrors.push(error * this.sigmoidDerivative(this.hiddenOutputs[i]));", ((C,),),
           (Twin("value", _JS1I, (_JS1I,), _I4),), batch=151,
           why="hiddenErrors[i] appended by push; error the sum over the outputs of outputErrors[j] * "
               "this.weightsHO[i][j]"),
    Public("s51-js-w2", _JS, "b151_js", "b151_js",
           "                this.weightsHO[i][j] += this.learningRate * outputErrors[j] * this.hiddenOutputs[i];", ((C,),),
           (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] + eta*(t[{j}] - a2[{j}])*a1[{i}]",),
                 tuple({"i": i, "j": j} for i in range(4) for j in range(2))),), batch=151,
           why="i the hidden unit, j the output"),
    Public("s51-js-b2", _JS, "b151_js", "b151_js", "            this.biasO[i] += this.learningRate * outputErrors[i];",
           ((C,),), (Twin("update", "b2[{i}]", (f"b2[{{i}}] + eta*{_JS2}",), _I2),), batch=151),
    Public("s51-js-w1", _JS, "b151_js", "b151_js",
           "                this.weightsIH[i][j] += this.learningRate * hiddenErrors[j] * inputs[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_JS1J}*x[{{i}}]",),
                 tuple({"j": j, "i": i} for j in range(4) for i in range(3))),), batch=151,
           why="i the input, j the hidden unit"),
    Public("s51-js-b1", _JS, "b151_js", "b151_js", "            this.biasH[i] += this.learningRate * hiddenErrors[i];",
           ((C,),), (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_JS1I}",), _I4),), batch=151),
]
