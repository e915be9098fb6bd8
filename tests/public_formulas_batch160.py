r"""Batch 160 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on C, C++, Java, C#, Go,
JavaScript and Rust implementations: loops over units and weights, matrix-library calls, derivative helpers, deltas
and updates; every address a stored file whose repository the index does not name): a Go package's Train method
(stored file 118519711: loops over k and j, deltaOutput[k] = outputError[k] * sigmoidDerivative(output[k]),
nn.w2[j][k] += lr * ...), a Java MNIST NeuralNetwork (stored file 37011279296: ReLU hidden units, softmax outputs,
-= updates with trailing // comments), a Rust MNIST network on ndarray (stored file 37884199404: Ng's d names,
insert_axis(Axis(1)).dot(...), self.W1 -= &(learning_rate * &dW1)), a Rust network on nalgebra (stored file
30651278304: d_ names, .map(sigmoid_derivative), .transpose()), a C# Windows Forms network commented in Indonesian
(stored file 21021437488: the bias units in row 0 of W and V, Math.Pow), cd wade's nn.c (stored file 15409953770:
arrays counted from 1, /* */ comments), a C++ Layer class on Eigen (stored file 7412036913: .array() products,
weights.noalias() -= lr * dW) and aiModel.js commented in Indonesian (stored file 54642065414: a Matrix object's
subtract, map, multiplyElements, dot and add, Shiffman's backward pass). Copied verbatim, typos and mistakes
included (the JSON-escaped text of the stored files decoded: tabs, indentation and trailing comments kept), each
with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what
the product documents: loop-indexed names, "deltaOutput[k]" = "-delta2[k]", with the index letters declared;
arrays counted from 1 written "x[i-1]"; the C# bias units declared "inputs[0]" = "1" and "W[0, j]" = "b1[j]" beside
"W[i, j]" = "W1[j, i-1]"; Ng's d names as the gradients, transposed where the samples are rows, "dW2" = "grad(W2[:,
:]).T"; code deltas that are -dE/dz written "-delta2[k]" or "-grad(z2[:])" where the updates add them; changes that
are -eta dE/dW written "-eta*grad(W2[:, :])"; helpers declared "sigmoid' at output" where they compute s (1 - s) of
what they are given and "sigmoid' at input" where they compute sigmoid(x) (1 - sigmoid(x)); the C++ Layer taken as
an output layer), a network of the kind the page describes (with the page's numbers where it gives them: the rates
the files write, 0.01 (Java, Rust ndarray), 0.1 (nalgebra's train call), 0.5 (nn.c's eta), 0.2 (aiModel.js's
fraudModel), and 0.1 where the rate is the caller's; all in tests/public_formulas_batch160_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's delta or error (outputError, deltaOutput, deltaHidden, diff, output_errors, output_gradients_scaled,
hidden_errors), a derivative by an output (dA2, d_output_error, d_layer_1_error), a slope (output_gradients), a
change (weights_ho_deltas) and a loss's definition (the C# error = 0.5 * (...)) are twinned as values, as in batches
14 to 157.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 160

The batch: 45 formulas from 8 addresses (the Go Train 7, the Java MNIST class 5, the Rust ndarray network 8, the
Rust nalgebra network 7, the C# class 3, nn.c 2, the C++ Layer 5, aiModel.js 8). All 45 are code: Go 7, Java 5,
Rust 15, C# 3, C 2, C++ 5, JavaScript 8. By kind: values (errors, deltas, slopes, derivatives by outputs, a loss, a
change) 15, gradients by sums 5, gradient matrices and bias gradients 8, updates 17 (all with a rate; no worked
numbers: none of these files works one).

3 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Rust ndarray network's rn-da2, let dA2 = A2 - y; under the binary cross-entropy the file reports
  (binary_cross_entropy_loss) the loss's derivative by the output is (A2 - y)/(A2 (1 - A2)); A2 - y is the sums'
  gradient (or half the squared error's derivative): the code's slip, after which dZ2 multiplies by the sigmoid's
  slope again;
- the Rust nalgebra network's na-l1, let d_layer_1_error = d_output_error * weights_2.transpose(): the hidden
  outputs' gradient goes through the output's sum, and the output's slope output (1 - output) is missing;
- aiModel.js's js-he, const hidden_errors = Matrix.dot(weights_ho_T, output_errors): Shiffman's hidden errors, the
  output's slope outputs (1 - outputs) missing (the comment states it: Error_H = Weights_HO_T x Output_Errors).

Not mistaken, though they look it: the Rust ndarray dZ2 line after the wrong dA2 (dA2 names the output's gradient,
as Ng's d names do: right as written in it; the same for dW2 ... db1 and the update); aiModel.js's
hidden_gradients_scaled after hidden_errors (named -dE/d(hidden outputs): right as written in it); the C# V and W
updates, whose deltaOutput and deltaHidden are computed with SigmoidDerivative(outputs[k]), the sigmoid's slope
taken of an output by a helper that takes it of a sum (a slip of the lines computing them, not taken: their names
alone, errorDerivative and activationDerivative, hold no index a notation can name); the Java MNIST updates with -=
of deltas that are the loss's gradients; the Go and C# += updates of the code's deltas (-dE/dz); the C++ Layer's
weights.noalias() -= lr * dW.

What was left out: the Go Train's hiddenError[j] += deltaOutput[k] * nn.w2[j][k] (a running sum's step, not a
formula); the Java class's deltaHidden[j] = (hiddenOutput[j] > 0) ? errorSum : 0 and errorSum += ... (errorSum, a
local without an index, is the sum for the current j: no notation can name it), its forward pass (mul = image[j] *
weights[j][i], a slip of the forward pass that no backward line shows) and the comment Hj = {1 to
784}Summation(...); the Rust ndarray's W2, b1, b2 updates (the same as the W1 line) and its sigmoid_derivative body;
the nalgebra network's d_weights_1 and d_bias_1 (nalgebra's * between two rows of hidden values is the matrix
product, which has no meaning for 1 x 4 by 1 x 4), its weights_1 and bias_1 updates, output_error = mse_loss(...)
and its forward pass (a broadcast of bias_1 that does not match the rows); the C# deltaOutput[k] =
errorDerivative * activationDerivative, double activationDerivative = SigmoidDerivative(outputs[k]) (a slip: the
slope of the sigmoid of an output) and deltaHidden[j] = sum * SigmoidDerivative(hiddenOutputs[j + 1]) (the same
slip), whose locals errorDerivative, activationDerivative and sum hold no index; nn.c's deltaHidden[j] = activate *
..., activate a local reused for the forward sums, its momentum updates (deltaWeightHiddenOutput[j][k] = eta * ... +
alpha * deltaWeightHiddenOutput[j][k]: the step with a momentum no problem file holds) and Error += 0.5 * diff *
diff; the C++ Layer's return weights.transpose() * delta (an expression with no left side, taken after the update:
the order's slip); aiModel.js's output_deltas and hidden_deltas lines (Matrix.map with a lambda val => val *
this.learningRate), the _T lines, the weights_ih lines (the same as the weights_ho ones) and the MSE it reports.
Pages read and not taken: a French C program with pthreads (stored file 7545769300: wh used for both layers and
hidden[p][k+1] shifted by a bias unit, which no notation can name), a Java HL2Network with two hidden layers (stored
file 17174278266: locals o, d and v reused for every layer; its first layer's loop updates WH1 with deltaHidden2, a
slip in lines no notation can name), a C network library's backpropagate_hidden (stored files 32235350395 and its
copies: error += previous_deltas[previous] * neuron->output, the output in place of the weight, in an unindexed
local), a Korean Java README, a C# demo in Romanian, a Java Backpropagation class and a Markdown MLP page (their
repositories used by earlier batches), and Shiffman-style JavaScript and TypeScript copies (in-place
gradients.multiply(...) without a left side).

Collected on 2026-12-07 (17:41 to 17:47 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first run passed every verdict as first transcribed (40 entries of 7
addresses and the batch's checks; then the C++ Layer's 5, all passing).

Run blind at main fdc66fd (/work/READY_FOR_BLIND61; src/ as at fdc66fd, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run: 32 of 45 read with every verdict right (71%), 13
refused, no typo (none mistyped), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Two of the refusals were
a slip of this batch's notation: aiModel.js's Matrix.multiplyElements, the file's own Hadamard product, was not
declared, which docs/notation.md asks of a library's helpers ("Matrix.multiply" = ..., MulElem = "product"); the
notation now declares "Matrix.multiplyElements" = "product", and the batch was run once more
(/work/batch160_blind.txt): 34 of 45 read with every verdict right (76%), 11 refused, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py -k "b160-" passed after the rebase and the
correction, check's never-wrong-called-correct test included.

Of the 3 mistaken formulas, all 3 were read with their wrong member called wrong: rn-da2 (A2 - y under the binary
cross-entropy), na-l1 (the hidden error without the output's slope), js-he (Shiffman's hidden errors). By page (the
second run): the Go Train 7 of 7, the Java MNIST class 5 of 5, the Rust ndarray network 3 of 8, the Rust nalgebra
network 3 of 7, the C# class 3 of 3, nn.c 1 of 2, the C++ Layer 4 of 5, aiModel.js 8 of 8 (6 of 8 in the first
run).

The refusals by construct, with the exact message:

- Rust's .clone() on a declared name (6: rn-dz2, rn-db2, na-do, na-t1, na-dw2, na-db2), e.g. rn-db2: "formula 'db2 =
  dZ2.clone()': unknown symbol dZ2.clone; the notation knows A, X, Z, dA, dW, dZ, db, self.W1; give it the quantity of
  symbols.md it stands for in the notation's [notation.symbols] ("dZ2.clone" = ...), or, where its dot is a product,
  write dZ2*clone" (the others the same with dA2.clone, output.clone, d_output_error.clone, layer_1_output.clone);
- ndarray's insert_axis(Axis(1)) before .dot, the outer product of two 1-D arrays (2: rn-dw2, rn-dw1), e.g. rn-dw2:
  "formula 'dW2 = A1.clone() \\cdot insert_axis(Axis(1)).dot( dZ2.clon...': insert_axis(...) is a function the
  notation does not name at 'i' (position 24); name it there: functions = { insert_axis = "relu" } for an activation,
  ... or { insert_axis = "matrix product" } for a helper's arithmetic (or "product", "sum", "difference", "dot",
  "outer product", "transpose")" (the method chain read as a product of a call; also .clone() before it);
- Eigen's .noalias() before -= (1: cp-w): "formula 'weights.noalias() -= lr * dW': unknown symbol weights.noalias;
  the notation knows biases, dW, db, delta, gradOutput, last_a, last_input, weights; give it the quantity of
  symbols.md it stands for in the notation's [notation.symbols] ("weights.noalias" = ...), or, where its dot is a
  product, write weights*noalias";
- a loop's unindexed local on the left of an indexed right side (1: cc-diff): "formula 'diff = Target[p][k] -
  output[p][k]': the index k has no value; name it on the left side, with --param (e.g. W2[k,i]), or in a sum" (the
  notation names diff as the one output's error; the loop's k is 1 there);
- in the first run only, a library's two-argument method undeclared (2: js-os, js-hs): "formula
  'output_gradients_scaled = Matrix.multiplyElements(output_...': Matrix.multiplyElements(...): a method called on an
  object with 2 arguments, which the notation does not name; write the formula it returns in the notation's names
  (check reads no method's definition it does not see); or, where it returns an operation of its two arguments,
  declare it in the notation's functions: "Matrix.multiplyElements" = "difference" ..., "product" (entry by entry),
  "matrix product" or "dot"" (the notation's slip, corrected).

Read, among the constructs these pages brought: Go's tab-indented loop lines with [j][k] indices and += updates, a
sigmoidDerivative of the outputs; Java's -= updates with trailing // comments and a softmax's output - label; Rust's
let bindings with Ng's d names and Self::sigmoid_derivative of the sums, dZ2.dot(&self.W2.t()), self.W1 -=
&(learning_rate * &dW1) with its borrows, 2.0 * (...) and weights_2.transpose() in nalgebra (na-l1 called wrong);
C#'s Math.Pow and updates over loops whose row 0 is the bias units' ("inputs[0]" = "1", "V[0, k]" = "b2[k]"); C's
/* */ comments and arrays counted from 1; Eigen's .array() products and .transpose(); a JavaScript Matrix object's
subtract, map with a helper, dot and add with const declarations (js-he called wrong), and multiplyElements once
declared.

Which look general: Rust's .clone() (a copy, the value itself: common in Rust code, 6 of the 11) and Eigen's
.noalias() (the matrix itself) are method calls that change nothing, general to those languages' code; ndarray's
insert_axis(Axis(1)) / insert_axis(Axis(0)) pair, a column times a row (an outer product), is general to ndarray
code; the loop-local scalar (diff inside a loop over k with one output) is a C idiom the notation could only name
for the one output.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch160_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_GO = _STORED.format(118519711, "package brain",
                     "a Go package's Train method: loops over units and weights, deltas added with the rate lr")
_JV = _STORED.format(37011279296, "import java.util.ArrayList;",
                     "a Java MNIST NeuralNetwork: ReLU hidden units, softmax outputs, loops with -= updates and "
                     "trailing // comments")
_RN = _STORED.format(37884199404, "extern crate rand;",
                     "a Rust MNIST network on ndarray: Ng's d names, insert_axis and .dot, -= &(learning_rate * &dW1)")
_NA = _STORED.format(30651278304, "extern crate nalgebra as na;",
                     "a Rust XOR-like network on nalgebra: d_ names, .map(sigmoid_derivative), .transpose()")
_CS = _STORED.format(21021437488, "using System;",
                     "a C# Windows Forms backpropagation network commented in Indonesian: bias units in row 0 of W "
                     "and V, loops over units with += updates")
_CC = _STORED.format(15409953770, "/*",
                     "cd wade's nn.c: a C XOR network with arrays counted from 1, deltas and momentum updates")
_JS = _STORED.format(54642065414, "/**",
                     "aiModel.js, a JavaScript SimpleNeuralNetwork commented in Indonesian: a Matrix object's dot, "
                     "map and multiplyElements, Shiffman's backward pass")
_CP = _STORED.format(7412036913, "#include \"functions.hpp\"",
                     "a C++ Layer class on Eigen: backward(gradOutput, lr) with .array() products and noalias()")

_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))

# the Go 2-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_GO_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_GO_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_GO_D1 = f"({_GO_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the Java 3-4-3 network (ReLU hidden, softmax with the cross-entropy): dL/dz1[j]
_JV_D1 = "(" + " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{{j}}]" for k in range(3)) + ")*Heaviside(z1[{j}])"

# the Rust ndarray 3-4-1 sigmoid network under the binary cross-entropy: dL/da2, dL/dz1[j]
_RN_DA2 = "((a2[0] - y[0])/(a2[0]*(1 - a2[0])))"
_RN_D1 = "(a2[0] - y[0])*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"

# the Rust nalgebra 3-4-1 sigmoid network under the squared error (one sample, one output): dL/dz2
_NA_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the C# 2-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/dz1[j]
_CS_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CS_D1 = ("(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{h}}]" for k in range(2))
          + ")*a1[{h}]*(1 - a1[{h}])")
_CS_V = (tuple({"p": f"W2[{k},{j - 1}]", "m": f"W2[{k},{j - 1}] - eta*{_CS_D2.format(k=k)}*a1[{j - 1}]"}
               for j in range(1, 4) for k in range(2))
         + tuple({"p": f"b2[{k}]", "m": f"b2[{k}] - eta*{_CS_D2.format(k=k)}"} for k in range(2)))
_CS_W = (tuple({"p": f"W1[{j},{i - 1}]", "m": f"W1[{j},{i - 1}] - eta*{_CS_D1.format(h=j)}*x[{i - 1}]"}
               for i in range(1, 3) for j in range(3))
         + tuple({"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_CS_D1.format(h=j)}"} for j in range(3)))

# the C++ Layer as the output layer of a 2-3-2 sigmoid network under half the squared error: dE/dz2[k]
_CP_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"

# aiModel.js's 3-4-1 sigmoid network under half the squared error: dE/dz2, dE/d a1[j], dE/dz1[j]
_JS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JS_A1 = f"W2[0,{{j}}]*{_JS_D2}"
_JS_D1 = f"{_JS_A1}*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the Go Train (tab indentation): loops over the outputs k and the hidden units j, the code's deltas
    # (-dE/dz), += updates with lr; sigmoidDerivative taken of the outputs -------------------------------------------
    Public("c160-go-oe", _GO, "b160_go", "b160_go", "\t\t\t\toutputError[k] = y[k] - output[k]", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=160,
           why="the output's error, target minus output, a value"),
    Public("c160-go-od", _GO, "b160_go", "b160_go",
           "\t\t\t\tdeltaOutput[k] = outputError[k] * sigmoidDerivative(output[k])", ((C,),),
           (Twin("value", f"-{_GO_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=160,
           why="the code's delta (-dE/dz2), a value; sigmoidDerivative of the output"),
    Public("c160-go-hd", _GO, "b160_go", "b160_go",
           "\t\t\t\tdeltaHidden[j] = hiddenError[j] * sigmoidDerivative(hidden[j])", ((C,),),
           (Twin("value", f"-{_GO_D1}", (f"-({_GO_A1})*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=160,
           why="hiddenError[j] the sum over k of deltaOutput[k] * w2[j][k] (-dE/d(hidden output j)), as its loop "
               "computes it"),
    Public("c160-go-w2", _GO, "b160_go", "b160_go", "\t\t\t\t\tnn.w2[j][k] += lr * deltaOutput[k] * hidden[j]",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_GO_D2}*a1[{{j}}]",), _K2J3),),
           batch=160, why="+= with the code's delta (-dE/dz) times the rate: the gradient step"),
    Public("c160-go-w1", _GO, "b160_go", "b160_go", "\t\t\t\t\tnn.w1[i][j] += lr * deltaHidden[j] * x[i]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_GO_D1}*x[{{i}}]",), _J3I2),), batch=160),
    Public("c160-go-b2", _GO, "b160_go", "b160_go", "\t\t\t\tnn.b2[k] += lr * deltaOutput[k]", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_GO_D2}",), _K2),), batch=160),
    Public("c160-go-b1", _GO, "b160_go", "b160_go", "\t\t\t\tnn.b1[j] += lr * deltaHidden[j]", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_GO_D1}",), _J3),), batch=160),
    # ---- the Java MNIST network (twelve- and sixteen-space indentation): the softmax's output - label, -= updates
    # with learningRate and trailing // comments ------------------------------------------------------------------
    Public("c160-jv-do", _JV, "b160_jv", "b160_jv",
           "            deltaOutput[k] = finalOutput[k] - actualLabel[k]; // Softmax Derivative", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=160,
           why="the cross-entropy through the softmax outputs (actualLabel one-hot)"),
    Public("c160-jv-w2", _JV, "b160_jv", "b160_jv",
           "                weightsTwo[j][k] -= learningRate * hiddenOutput[j] * deltaOutput[k]; // Gradient Descent",
           ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K3J4),),
           batch=160),
    Public("c160-jv-b2", _JV, "b160_jv", "b160_jv",
           "            biasesTwo[k] -= learningRate * deltaOutput[k]; // Update biases for output layer", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K3),), batch=160),
    Public("c160-jv-w1", _JV, "b160_jv", "b160_jv",
           "                weightsOne[i][j] -= learningRate * input[i] * deltaHidden[j]; // Gradient Descent", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_JV_D1}",), _J4I3),), batch=160,
           why="deltaHidden[j] the hidden sums' gradient (the ReLU's mask applied on the line before)"),
    Public("c160-jv-b1", _JV, "b160_jv", "b160_jv",
           "            biasesOne[j] -= learningRate * deltaHidden[j]; // Update biases for hidden layer", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_JV_D1}",), _J4),), batch=160),
    # ---- the Rust ndarray network (eight-space indentation): Ng's d names on rows, one slip (dA2 = A2 - y under
    # the binary cross-entropy it reports), insert_axis and .dot for the outer products --------------------------
    Public("c160-rn-da2", _RN, "b160_rn", "b160_rn", "        let dA2 = A2 - y; ", ((W,),),
           (Twin("value", _RN_DA2, ("a2[0] - y[0]",)),), batch=160,
           why="under the binary cross-entropy the loss's derivative by the output is (A2 - y)/(A2 (1 - A2)); A2 - y "
               "is the squared error's (half), or the sums' gradient (the code's slip; a trailing space kept)"),
    Public("c160-rn-dz2", _RN, "b160_rn", "b160_rn", "        let dZ2 = dA2.clone() * Self::sigmoid_derivative(Z2);",
           ((C,),), (Twin("gradient_z", "z2[0]", (f"{_RN_DA2}*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=160,
           why="dA2 the output's gradient, as named: right as written in it (the chain rule through the sigmoid)"),
    Public("c160-rn-dw2", _RN, "b160_rn", "b160_rn",
           "        let dW2 = A1.clone().insert_axis(Axis(1)).dot(&dZ2.clone().insert_axis(Axis(0))); // Shape: "
           "(hidden_size, output_size)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])",), _J4),), batch=160,
           why="A1 as a column times dZ2 as a row: the outer product, input-first"),
    Public("c160-rn-db2", _RN, "b160_rn", "b160_rn", "        let db2 = dZ2.clone(); // Shape: (output_size,)",
           ((C,),), (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=160),
    Public("c160-rn-dz1", _RN, "b160_rn", "b160_rn",
           "        let dZ1 = dZ2.dot(&self.W2.t()) * Self::sigmoid_derivative(Z1);", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RN_D1,), _J4),), batch=160),
    Public("c160-rn-dw1", _RN, "b160_rn", "b160_rn",
           "        let dW1 = X.clone().insert_axis(Axis(1)).dot(&dZ1.clone().insert_axis(Axis(0))); // Shape: "
           "(input_size, hidden_size)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RN_D1}",), _J4I3),), batch=160),
    Public("c160-rn-db1", _RN, "b160_rn", "b160_rn", "        let db1 = dZ1.clone(); // Shape: (hidden_size,)",
           ((C,),), (Twin("gradient", "b1[{j}]", (_RN_D1,), _J4),), batch=160),
    Public("c160-rn-w1", _RN, "b160_rn", "b160_rn",
           "        self.W1 -= &(learning_rate * &dW1); // Update weights W1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_RN_D1}",), _J4I3),), batch=160,
           why="dW1 the gradient, as named; Rust's &( ... ) and & borrows"),
    # ---- the Rust nalgebra network (eight-space indentation): d_ names, .clone(), .map(sigmoid_derivative) of the
    # outputs, one slip (the hidden error without the output's slope) ---------------------------------------------
    Public("c160-na-do", _NA, "b160_na", "b160_na",
           "        let d_output_error = 2.0 * (output.clone() - y_true.clone());", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2.0*(a2[0] - y[0])",)),), batch=160,
           why="the squared error's derivative by the output (mse_loss over one sample), a value"),
    Public("c160-na-t1", _NA, "b160_na", "b160_na",
           "        let temp1 = d_output_error.clone() * output.clone().map(sigmoid_derivative);", ((C,),),
           (Twin("gradient_z", "z2[0]", (_NA_D2,)),), batch=160,
           why="temp1 the output sum's gradient (its use: d_weights_2 = layer_1_output^T * temp1)"),
    Public("c160-na-dw2", _NA, "b160_na", "b160_na",
           "        let d_weights_2 = layer_1_output.clone().transpose() * temp1;", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_NA_D2}",), _J4),), batch=160),
    Public("c160-na-db2", _NA, "b160_na", "b160_na",
           "        let d_bias_2 = d_output_error.clone() * output.map(sigmoid_derivative);", ((C,),),
           (Twin("gradient", "b2[0]", (_NA_D2,)),), batch=160),
    Public("c160-na-l1", _NA, "b160_na", "b160_na",
           "        let d_layer_1_error = d_output_error * weights_2.transpose();", ((W,),),
           (Twin("value", f"{_NA_D2}*W2[0,{{j}}]", ("2*(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=160,
           why="the loss's gradient by the hidden outputs goes through the output's sum: the output's slope "
               "output (1 - output) is missing (the code's slip; its next line multiplies by the hidden slope only)"),
    Public("c160-na-w2", _NA, "b160_na", "b160_na", "        weights_2 -= learning_rate * d_weights_2;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_NA_D2}",), _J4),), batch=160),
    Public("c160-na-b2", _NA, "b160_na", "b160_na", "        bias_2 -= learning_rate * d_bias_2;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_NA_D2}",)),), batch=160),
    # ---- the C# network (deep indentation, Allman braces left out): the half squared error over two outputs,
    # += updates over loops that include the bias units' row 0 --------------------------------------------------
    Public("c160-cs-err", _CS, "b160_cs", "b160_cs",
           "                    double error = 0.5 * (Math.Pow(targets[0] - outputs[0], 2) + Math.Pow(targets[1] - "
           "outputs[1], 2));", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=160,
           why="the loss's definition, a value; Math.Pow"),
    Public("c160-cs-v", _CS, "b160_cs", "b160_cs",
           "                            V[j, k] += learningRate * deltaOutput[k] * hiddenOutputs[j];", ((C,),),
           (Twin("update", "{p}", ("{m}",), _CS_V),), batch=160,
           why="j = 0 the bias unit (hiddenOutputs[0] = 1.0, V's row 0 the output biases), j = 1 ... 3 the hidden "
               "units; deltaOutput[k] the code's delta (-dE/dz), as named (the line computing it takes "
               "SigmoidDerivative of the output, a slip of that line, not taken)"),
    Public("c160-cs-w", _CS, "b160_cs", "b160_cs",
           "                            W[i, j] += learningRate * deltaHidden[j] * inputs[i];", ((C,),),
           (Twin("update", "{p}", ("{m}",), _CS_W),), batch=160,
           why="i = 0 the bias input (inputs[0] = 1.0, W's row 0 the hidden biases); deltaHidden[j] the hidden "
               "delta, as named"),
    # ---- cd wade's nn.c (four-space indentation): arrays counted from 1, C's /* */ comments ----------------------
    Public("c160-cc-diff", _CC, "b160_c", "b160_c", "        double diff = Target[p][k] - output[p][k];", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=160, why="k = 1, the one output"),
    Public("c160-cc-do", _CC, "b160_c", "b160_c",
           "        deltaOutput[k] = diff * sigmoidDerivative(output[p][k]); /* Sigmoidal Outputs, SSE */", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),),
           batch=160, why="the code's delta (-dE/dz), a value; sigmoidDerivative(x) = x (1 - x) of the output"),
    # ---- the C++ Layer class (eight-space indentation): Eigen's .array() for the entrywise product, .transpose(),
    # noalias() on the update --------------------------------------------------------------------------------------
    Public("c160-cp-d", _CP, "b160_cp", "b160_cp",
           "        VectorXd delta = gradOutput.array() * dsigmoid(last_a).array();", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_CP_D2,), _K2),), batch=160,
           why="gradOutput the loss's gradient by the outputs (the caller's), dsigmoid of the outputs"),
    Public("c160-cp-dw", _CP, "b160_cp", "b160_cp", "        MatrixXd dW = delta * last_input.transpose();", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_CP_D2}*a1[{{j}}]",), _K2J3),), batch=160),
    Public("c160-cp-db", _CP, "b160_cp", "b160_cp", "        VectorXd db = delta;", ((C,),),
           (Twin("gradient", "b2[{k}]", (_CP_D2,), _K2),), batch=160),
    Public("c160-cp-w", _CP, "b160_cp", "b160_cp", "        weights.noalias() -= lr * dW;", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_CP_D2}*a1[{{j}}]",), _K2J3),), batch=160,
           why="Eigen's noalias() before -=, the matrix itself"),
    Public("c160-cp-b", _CP, "b160_cp", "b160_cp", "        biases -= lr * db;", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_CP_D2}",), _K2),), batch=160),
    # ---- aiModel.js (four-space indentation): a Matrix object's subtract, map, multiplyElements and dot, const
    # declarations, Shiffman's hidden errors without the output's slope ------------------------------------------
    Public("c160-js-oe", _JS, "b160_js", "b160_js",
           "    const output_errors = Matrix.subtract(targets, outputs_activated);", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=160),
    Public("c160-js-og", _JS, "b160_js", "b160_js",
           "    const output_gradients = Matrix.map(outputs_activated, sigmoidDerivative);", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=160,
           why="the sigmoid's slope mapped over the outputs, a value"),
    Public("c160-js-os", _JS, "b160_js", "b160_js",
           "    const output_gradients_scaled = Matrix.multiplyElements(output_gradients, output_errors);", ((C,),),
           (Twin("value", f"-{_JS_D2}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=160,
           why="the code's delta (-dE/dz2) before the rate, a value; multiplyElements the Hadamard product"),
    Public("c160-js-dho", _JS, "b160_js", "b160_js",
           "    const weights_ho_deltas = Matrix.dot(output_deltas, hidden_activated_T);", ((C,),),
           (Twin("value", f"-eta*{_JS_D2}*a1[{{j}}]", (f"-eta*{_JS_D2}*a1[{{j}}]",), _J4),), batch=160,
           why="the change added to the weights (-eta dE/dW2), a value: a column times a row"),
    Public("c160-js-who", _JS, "b160_js", "b160_js",
           "    this.weights_ho = Matrix.add(this.weights_ho, weights_ho_deltas);", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_JS_D2}*a1[{{j}}]",), _J4),), batch=160),
    Public("c160-js-he", _JS, "b160_js", "b160_js",
           "    const hidden_errors = Matrix.dot(weights_ho_T, output_errors);", ((W,),),
           (Twin("value", f"-{_JS_A1}", ("W2[0,{j}]*(y[0] - a2[0])",), _J4),), batch=160,
           why="-dE/d(hidden outputs) goes through the output's sum: the output's slope outputs (1 - outputs) is "
               "missing (Shiffman's slip, kept by the code: its comment Error_H = Weights_HO_T x Output_Errors); "
               "weights_ho_T the transpose of the weights just updated, the order's slip, not this line's"),
    Public("c160-js-hs", _JS, "b160_js", "b160_js",
           "    const hidden_gradients_scaled = Matrix.multiplyElements(hidden_gradients, hidden_errors);", ((C,),),
           (Twin("value", f"-{_JS_D1}", (f"a1[{{j}}]*(1 - a1[{{j}}])*(-{_JS_A1})",), _J4),), batch=160,
           why="hidden_errors -dE/d(hidden outputs), as named: right as written in it"),
    Public("c160-js-bh", _JS, "b160_js", "b160_js", "    this.bias_h = Matrix.add(this.bias_h, hidden_deltas);",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_JS_D1}",), _J4),), batch=160,
           why="hidden_deltas the code's hidden delta times the rate, as named"),
]
