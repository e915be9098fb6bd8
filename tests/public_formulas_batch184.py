r"""Batch 184 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on students' Python/NumPy
homework code for small networks trained from scratch, every backward line of each file taken; every address a stored
file whose repository the index does not name): a NeuralNetwork class on columns with a global learning_rate = 1
multiplied into its deltas (stored file 28872588489: output_delta = self.d_sigmoid(outputs) * output_errors *
learning_rate, += updates), an MLP class commented in Spanish (stored file 33963480384: self.output_delta, += at
self.learning_rate), a house-price script with tanh layers in Welch Labs' names (stored file 7005379263: delta3 =
np.multiply(-(y - yHat), self.tanhPrime(z3)), W1_grad_applied = np.dot(theta, dJdW1)), an XOR homework script headed
#Fomlexo04 (stored file 39555087693: d2 = error * sigmoid_deriv(a2) under np.mean(np.square(error)), # comments), a
Python 2 spiral-data script (stored file 20647204548: sigmoid outputs under the binary cross-entropy, d1 =
d_sigmoid(z1)*np.dot(d2, W2.T), += -step_size updates), an Airflow DAG's IrisAnn class (stored file 6968667534:
.dot on rows, * learning_rate written last), a Portuguese XOR train_mlp (stored file 47548132998: a1, a2 the sums and
h1, h2 the outputs) and a Network class with ReLU and softmax (stored file 43326236553: / m after each gradient).
Copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: names on rows transposed, "dW2" =
"grad(W2[:, :]).T"; code deltas that are -dE/dz written "-grad(z2[:]).T" where the updates add them, and
"-eta*grad(z2[:])" where the code multiplies the rate into them; helpers declared "sigmoid' at output" where they
compute x (1 - x) of what they are given, "sigmoid' at input", "tanh' at input" and "relu' at input" where they take
the sums), a network of the kind the page describes (with the page's sizes and rates where they fit: 4-5-1 at 0.1,
2-2-1 at 0.1, theta 0.08, step_size 1.0, learning_rate 1; smaller hidden layers where the file's are large; all in
tests/public_formulas_batch184_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A code's error or delta (output_errors, output_delta,
hidden_errors, layer2_error, hidden_delta, the steps W1_grad_applied) is twinned as a value, as in batches 14 to 183.
Formulas keep their code line's indentation and trailing # comment.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 184

The batch: 65 formulas from 8 addresses (the global-rate class 8, the Spanish MLP 8, the house-price script 8, the
Fomlexo04 XOR script 9, the spiral script 8, the IrisAnn class 8, the Portuguese train_mlp 8, the Network class 8),
all in Python/NumPy code. By kind: 15 values (errors, code deltas and steps), 10 deltas by the sums (gradient_z), 18
gradients (10 of weights, 8 of biases), 22 updates (all with a rate: the code's += with deltas holding the rate, +=
and -= with the rate, and two with a precomputed step).

2 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the global-rate class's nn-hd, hidden_delta = self.d_sigmoid(hidden) * hidden_errors * learning_rate: hidden_errors
  already holds the rate (through output_delta), so the rate is multiplied twice, eta^2 dE/dz1 where -eta dE/dz1 is
  meant (hidden by the file's learning_rate = 1; the oracle draws the rate);
- the Fomlexo04 script's xo-d2, d2 = error * sigmoid_deriv(a2): under loss = np.mean(np.square(error)) the output's
  sum gradient is 2 (a2 - y) a2 (1 - a2) (one sample, one output): the mean squared error's 2 is missing.

Not mistaken, though they look it: the global-rate class's weight_ih and bias_h updates after the mistaken
hidden_delta (right as written in hidden_delta as named), the Fomlexo04 script's dW2 ... b1 lines after d2 (d2 names
the output sum's gradient, as its comment's "output layer delta" does); the spiral script's d2 = (a2 - oneh)/
num_examples under sigmoid outputs (its comment says softmax; the loss line is the binary cross-entropy summed over
the classes, whose gradient by the sums is a2 - oneh); the Portuguese train_mlp's delta2 = (h2 - y) * ..., whose y is a
flat array that broadcasts h2 - y to 4 x 4 over the file's four samples (a slip one sample does not show).

What was left out: the forward passes and the loss lines (the house-price script's J = 0.5 * sum((y - yHat)^2), the
Fomlexo04 script's loss = np.mean(np.square(error)), the spiral script's average cross-entropy), to keep every file to
its backward lines; the Fomlexo04 script's b2 and W1 updates and the spiral script's b1 and W2 updates, the Portuguese
script's b2 and W1 updates, the Network class's b1 and W2 updates (the same form as the updates taken, kept to about 8
a file); the global-rate class's comments "(wich his just the gradient = lr * error * d_sigmoid)" (no left side); the
house-price script's total_J lines. Files read and not taken: a Vietnamese worked example and an MNIST script with
delta_output = output - label (stored files 33489227690 and 16899372755, used by earlier batches), a MATLAB network
(stored file 4525530335, used), a Perceptron class with the bias appended to the inputs (stored file 11219790860:
self.w_out[:-1], a bias held in the weights, which no notation can name), a class with np.append(X, 1.0) (stored file
49454930105, the same), and Ng-template copies (the dropout and regularization homework).

Collected on 2026-12-08 (01:39 to 01:45 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first run passed every verdict as first transcribed but one: nn-hd,
transcribed correct (the double rate equal to one rate at the file's learning_rate = 1) and found wrong by the oracle,
which draws the rate: the math agrees (eta^2 is not eta at any other rate), so its expectation was corrected to wrong;
the second run passed all 65 and the batch's two checks.

Run blind at main ec888f5 (/work/READY_FOR_BLIND66; src/ as at ec888f5, main's tip when the batch was begun; the
rebase empty, git diff ec888f5 -- src empty), with nothing under src/ changed. The first run
(/work/batch184_blind.txt): 65 of 65 read with every verdict right (100%), 0 refused, no typo (none in the batch),
no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal, so the batch was run once;
tests/test_public_formulas_held_out.py -k "b184-" passed after the run, check's never-wrong-called-correct test
included.

Of the 2 mistaken formulas, both were read with their wrong member called wrong: nn-hd (the rate multiplied twice,
hidden_errors holding it already) and xo-d2 (the mean squared error's 2 missing). By page: the global-rate class 8 of
8, the Spanish MLP 8 of 8, the house-price script 8 of 8, the Fomlexo04 XOR script 9 of 9, the spiral script 8 of 8,
the IrisAnn class 8 of 8, the Portuguese train_mlp 8 of 8, the Network class 8 of 8.

The refusals and misreadings by construct: none.

Read, among the constructs these files brought: dot() without np. on columns and code deltas holding the rate
(output_delta = self.d_sigmoid(outputs)  * output_errors *  learning_rate, with two spaces before each *), a rate
multiplied twice (nn-hd called wrong), += with such deltas; self. names on rows with np.sum(..., axis=0,
keepdims=True) in += updates at self.learning_rate; np.multiply(-(y - yHat), self.tanhPrime(z3)) with tanh's slope of
the sums and np.dot(theta, dJdW1) for the step, updates through a precomputed step; d2 = error * sigmoid_deriv(a2)
under the mean squared error (called wrong) with trailing # comments; d_sigmoid of the sums written first, d2 over
num_examples and += -step_size; .dot on rows with * learning_rate written last; a1, a2 the sums beside h1, h2 the
outputs; / m after each gradient, relu_derivative of the sums.

Which look general: nothing was refused or misread.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch184_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_NN = _STORED.format(28872588489, "from numpy import exp, array, dot, random as nrandom",
                     "a Python NeuralNetwork class on columns with a global learning_rate = 1 multiplied into its "
                     "deltas, += updates")
_ES = _STORED.format(33963480384, "import numpy as np",
                     "a Python MLP class commented in Spanish (# Retropropagación) predicting which students pass")
_HP = _STORED.format(7005379263, "from decimal import *",
                     "a house-price script with tanh layers in Welch Labs' names (delta3, dJdW2) and theta the rate")
_XO = _STORED.format(39555087693, "#Fomlexo04",
                     "an XOR homework script: sigmoid layers, loss = np.mean(np.square(error)), # comments on the "
                     "deltas")
_SP = _STORED.format(20647204548, "import numpy as np",
                     "after an empty first line; a Python 2 spiral-data script: sigmoid hidden and output layers, the binary cross-entropy "
                     "summed over the classes, += -step_size updates")
_IR = _STORED.format(6968667534, "from datetime import datetime",
                     "an Airflow DAG with an IrisAnn class trained by hand: sigmoid layers, += updates at the rate")
_PT = _STORED.format(47548132998, "import numpy as np",
                     "a Python XOR train_mlp commented in Portuguese (# Backward pass): a1, a2 the sums, h1, h2 the "
                     "outputs")
_RS = _STORED.format(43326236553, "import numpy as np",
                     "a Python Network class with ReLU hidden units and softmax outputs, /m on every gradient")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J5 = tuple({"j": j} for j in range(5))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J5I4 = tuple({"j": j, "i": i} for j in range(5) for i in range(4))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the global-rate class's 2-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/da1[j], dE/dz1[j]
_NN_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_NN_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_NN_D1 = f"({_NN_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the Spanish class's 4-5-1 sigmoid network under half the squared error
_ES_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ES_D1 = f"{_ES_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the house-price script's 1-3-1 tanh network under half the squared error
_HP_D2 = "(a2[0] - y[0])*(1 - tanh(z2[0])**2)"
_HP_D1 = f"{_HP_D2}*W2[0,{{j}}]*(1 - tanh(z1[{{j}}])**2)"

# the Fomlexo04 2-2-1 sigmoid network under the mean squared error (one sample, one output)
_XO_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XO_D1 = f"{_XO_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the spiral script's 2-3-3 sigmoid network under the binary cross-entropy summed over the outputs
_SP_D2 = "(a2[{k}] - y[{k}])"
_SP_D1 = ("(" + " + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(3))
          + ")*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))")

# the IrisAnn's 4-3-3 sigmoid network under half the squared error
_IR_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_IR_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
_IR_D1 = f"({_IR_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the Portuguese 2-2-1 sigmoid network under half the squared error
_PT_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PT_D1 = f"{_PT_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Network class's 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/dz1[j]
_RS_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*Heaviside(z1[{j}])"


ENTRIES = [
    # ---- the global-rate class (eight-space indentation): columns, dot() without np., the rate multiplied into
    # the deltas (twice into hidden_delta, through output_delta and again), += updates, trailing comments above -------
    Public("q184-nn-oe", _NN, "b184_nn", "b184_nn", "        output_errors = target_outputs - outputs", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=184,
           why="the output's error, target minus output, a value"),
    Public("q184-nn-od", _NN, "b184_nn", "b184_nn",
           "        output_delta = self.d_sigmoid(outputs)  * output_errors *  learning_rate", ((C,),),
           (Twin("value", f"-eta*{_NN_D2}", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])*eta",), _K2),), batch=184,
           why="the code's delta with the rate in it (-eta dE/dz2), a value; d_sigmoid(x) = x (1 - x) of the output; "
               "two spaces before each *"),
    Public("q184-nn-he", _NN, "b184_nn", "b184_nn", "        hidden_errors = dot(self.weight_ho.T, output_delta)",
           ((C,),), (Twin("value", f"-eta*({_NN_A1})", (f"-eta*({_NN_A1})",), _J3),), batch=184,
           why="-eta dE/d(hidden output), a value: weight_ho output-first, transposed"),
    Public("q184-nn-hd", _NN, "b184_nn", "b184_nn",
           "        hidden_delta = self.d_sigmoid(hidden) * hidden_errors * learning_rate", ((W,),),
           (Twin("value", f"-eta*{_NN_D1}", (f"a1[{{j}}]*(1 - a1[{{j}}])*(-eta*({_NN_A1}))*eta",), _J3),), batch=184,
           why="the rate multiplied a second time (hidden_errors already holds it through output_delta): eta^2 "
               "dE/dz1 where the name's -eta dE/dz1 is meant (the code's slip, hidden by its learning_rate = 1; "
               "the oracle draws the rate)"),
    Public("q184-nn-w2", _NN, "b184_nn", "b184_nn", "        self.weight_ho += dot(output_delta, hidden.T)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_NN_D2}*a1[{{j}}]",), _K2J3),), batch=184,
           why="+= with the code's delta, which holds the rate"),
    Public("q184-nn-b2", _NN, "b184_nn", "b184_nn", "        self.bias_o += output_delta", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_NN_D2}",), _K2),), batch=184),
    Public("q184-nn-w1", _NN, "b184_nn", "b184_nn", "        self.weight_ih += dot(hidden_delta, inputs.T)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_NN_D1}*x[{{i}}]",), _J3I2),), batch=184,
           why="hidden_delta as named (-eta dE/dz1)"),
    Public("q184-nn-b1", _NN, "b184_nn", "b184_nn", "        self.bias_h += hidden_delta", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_NN_D1}",), _J3),), batch=184),
    # ---- the Spanish MLP class (eight-space indentation): self. names on rows, np.dot with .T, the code's deltas
    # (-dE/dz) added at the rate, np.sum(..., axis=0, keepdims=True) for the biases ------------------------------------
    Public("q184-es-oe", _ES, "b184_es", "b184_es", "        self.output_error = y - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=184, why="target minus output, a value"),
    Public("q184-es-od", _ES, "b184_es", "b184_es",
           "        self.output_delta = self.output_error * self.sigmoid_derivative(output)", ((C,),),
           (Twin("value", f"-{_ES_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=184,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x (1 - x) of the output"),
    Public("q184-es-le", _ES, "b184_es", "b184_es",
           "        self.layer2_error = np.dot(self.output_delta, self.weights2.T)", ((C,),),
           (Twin("value", f"-{_ES_D2}*W2[0,{{j}}]", (f"-{_ES_D2}*W2[0,{{j}}]",), _J5),), batch=184,
           why="-dE/d(hidden output j), a value"),
    Public("q184-es-ld", _ES, "b184_es", "b184_es",
           "        self.layer2_delta = self.layer2_error * self.sigmoid_derivative(self.layer2)", ((C,),),
           (Twin("value", f"-{_ES_D1}", (f"-{_ES_D1}",), _J5),), batch=184,
           why="self.layer2 the hidden OUTPUTS, so the slope is of the output, as sigmoid_derivative takes it"),
    Public("q184-es-w2", _ES, "b184_es", "b184_es",
           "        self.weights2 += self.learning_rate * np.dot(self.layer2.T, self.output_delta)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_ES_D2}*a1[{{j}}]",), _J5),), batch=184),
    Public("q184-es-b2", _ES, "b184_es", "b184_es",
           "        self.bias2 += self.learning_rate * np.sum(self.output_delta, axis=0, keepdims=True)", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_ES_D2}",)),), batch=184),
    Public("q184-es-w1", _ES, "b184_es", "b184_es",
           "        self.weights1 += self.learning_rate * np.dot(X.T, self.layer2_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ES_D1}*x[{{i}}]",), _J5I4),), batch=184),
    Public("q184-es-b1", _ES, "b184_es", "b184_es",
           "        self.bias1 += self.learning_rate * np.sum(self.layer2_delta, axis=0, keepdims=True)", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ES_D1}",), _J5),), batch=184),
    # ---- the house-price script (twenty-space indentation): Welch Labs' names (delta3, dJdW2, tanhPrime of the
    # sums), np.multiply with a negated difference, np.dot(theta, dJdW1) for the step, updates with no += -----------
    Public("q184-hp-d3", _HP, "b184_hp", "b184_hp",
           "                    delta3 = np.multiply(-(self.hp_batch_1 - yHat), self.tanhPrime(z3))", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*(1 - tanh(z2[0])**2)",)),), batch=184,
           why="dJ/dz3 (the output's sum, z2 in the network's names) under J = 0.5 sum((y - yHat)^2)"),
    Public("q184-hp-dw2", _HP, "b184_hp", "b184_hp", "                    dJdW2 = np.dot(a2.T, delta3)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_HP_D2}",), _J3),), batch=184,
           why="a2 the hidden outputs in the script's names"),
    Public("q184-hp-d2", _HP, "b184_hp", "b184_hp",
           "                    delta2 = np.dot(delta3, self.batch1_W2.T) * self.tanhPrime(z2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_HP_D1,), _J3),), batch=184),
    Public("q184-hp-dw1", _HP, "b184_hp", "b184_hp", "                    dJdW1 = np.dot(self.hf_batch_1.T, delta2)",
           ((C,),), (Twin("gradient", "W1[{j},0]", (f"x[0]*{_HP_D1}",), _J3),), batch=184),
    Public("q184-hp-g1", _HP, "b184_hp", "b184_hp", "                    W1_grad_applied = np.dot(theta, dJdW1)", ((C,),),
           (Twin("value", f"eta*{_HP_D1}*x[0]", (f"eta*x[0]*{_HP_D1}",), _J3),), batch=184,
           why="the step theta dJ/dW1, a value (np.dot of a scalar: the product)"),
    Public("q184-hp-g2", _HP, "b184_hp", "b184_hp", "                    W2_grad_applied = np.dot(theta, dJdW2)", ((C,),),
           (Twin("value", f"eta*{_HP_D2}*a1[{{j}}]", (f"eta*a1[{{j}}]*{_HP_D2}",), _J3),), batch=184),
    Public("q184-hp-w1", _HP, "b184_hp", "b184_hp",
           "                    self.batch1_W1 = self.batch1_W1 - W1_grad_applied", ((C,),),
           (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] - eta*{_HP_D1}*x[0]",), _J3),), batch=184),
    Public("q184-hp-w2", _HP, "b184_hp", "b184_hp",
           "                    self.batch1_W2 = self.batch1_W2 - W2_grad_applied", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_HP_D2}*a1[{{j}}]",), _J3),), batch=184),
    # ---- the Fomlexo04 XOR script (four-space indentation): the output's delta without the mean squared error's 2,
    # trailing # comments naming the deltas, -= updates at lr ----------------------------------------------------------
    Public("q184-xo-err", _XO, "b184_xo", "b184_xo", "    error = a2 - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=184, why="output minus target, a value"),
    Public("q184-xo-d2", _XO, "b184_xo", "b184_xo", "    d2 = error * sigmoid_deriv(a2)  # output layer delta", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=184,
           why="under loss = np.mean(np.square(error)) dL/dz2 = 2 (a2 - y) a2 (1 - a2) (one sample, one output): the "
               "mean squared error's 2 is missing (the code's slip; its step is half the gradient's)"),
    Public("q184-xo-dw2", _XO, "b184_xo", "b184_xo", "    dW2 = np.dot(a1.T, d2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_XO_D2}",), _J2),), batch=184,
           why="d2 the output sum's gradient, as named: right as written in it"),
    Public("q184-xo-db2", _XO, "b184_xo", "b184_xo", "    db2 = np.sum(d2, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_XO_D2,)),), batch=184),
    Public("q184-xo-d1", _XO, "b184_xo", "b184_xo",
           "    d1 = np.dot(d2, W2.T) * sigmoid_deriv(a1)  # hidden layer delta", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_XO_D1,), _J2),), batch=184,
           why="d2 as named; sigmoid_deriv of the hidden outputs"),
    Public("q184-xo-dw1", _XO, "b184_xo", "b184_xo", "    dW1 = np.dot(X.T, d1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_XO_D1}",), _J2I2),), batch=184),
    Public("q184-xo-db1", _XO, "b184_xo", "b184_xo", "    db1 = np.sum(d1, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_XO_D1,), _J2),), batch=184),
    Public("q184-xo-w2", _XO, "b184_xo", "b184_xo", "    W2 -= lr * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_XO_D2}",), _J2),), batch=184),
    Public("q184-xo-b1", _XO, "b184_xo", "b184_xo", "    b1 -= lr * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_XO_D1}",), _J2),), batch=184),
    # ---- the spiral script (two-space indentation, Python 2): the binary cross-entropy's d2 over num_examples,
    # d_sigmoid of the sums written first in d1, += -step_size updates ----------------------------------------------
    Public("q184-sp-d2", _SP, "b184_sp", "b184_sp", "  d2 = (a2 - oneh)/num_examples", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])/1",), _K3),), batch=184,
           why="sigmoid outputs under the binary cross-entropy summed over the classes (the loss line's), averaged "
               "over the examples (one here)"),
    Public("q184-sp-dw2", _SP, "b184_sp", "b184_sp", "  dW2 = np.dot(a1.T, d2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_SP_D2}",), _K3J3),), batch=184),
    Public("q184-sp-db2", _SP, "b184_sp", "b184_sp", "  db2 = np.sum(d2, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{k}]", (_SP_D2,), _K3),), batch=184),
    Public("q184-sp-d1", _SP, "b184_sp", "b184_sp", "  d1 = d_sigmoid(z1)*np.dot(d2, W2.T)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_SP_D1,), _J3),), batch=184,
           why="d_sigmoid(x) = sigmoid(x) (1 - sigmoid(x)), taken of the sums z1"),
    Public("q184-sp-dw1", _SP, "b184_sp", "b184_sp", "  dW1 = np.dot(X.T, d1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SP_D1}",), _J3I2),), batch=184),
    Public("q184-sp-db1", _SP, "b184_sp", "b184_sp", "  db1 = np.sum(d1, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SP_D1,), _J3),), batch=184),
    Public("q184-sp-w1", _SP, "b184_sp", "b184_sp", "  W1 += -step_size * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_SP_D1}",), _J3I2),), batch=184),
    Public("q184-sp-b2", _SP, "b184_sp", "b184_sp", "  b2 += -step_size * db2", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_SP_D2}",), _K3),), batch=184),
    # ---- the IrisAnn class (twelve-space indentation): .dot on rows, the code's deltas (-dE/dz) added with the rate
    # written last, * learning_rate -------------------------------------------------------------------------------------
    Public("q184-ir-oe", _IR, "b184_ir", "b184_ir", "            output_error = y_train - output", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=184),
    Public("q184-ir-od", _IR, "b184_ir", "b184_ir",
           "            output_delta = output_error * self.sigmoid_derivative(output)", ((C,),),
           (Twin("value", f"-{_IR_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K3),), batch=184,
           why="the code's delta (-dE/dz2), a value"),
    Public("q184-ir-he", _IR, "b184_ir", "b184_ir", "            hidden_error = output_delta.dot(self.output_weights.T)",
           ((C,),), (Twin("value", f"-({_IR_A1})", (f"-({_IR_A1})",), _J3),), batch=184),
    Public("q184-ir-hd", _IR, "b184_ir", "b184_ir",
           "            hidden_delta = hidden_error * self.sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_IR_D1}", (f"-{_IR_D1}",), _J3),), batch=184),
    Public("q184-ir-w2", _IR, "b184_ir", "b184_ir",
           "            self.output_weights += hidden_layer_output.T.dot(output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_IR_D2}*a1[{{j}}]",), _K3J3),), batch=184),
    Public("q184-ir-b2", _IR, "b184_ir", "b184_ir",
           "            self.output_bias += np.sum(output_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_IR_D2}",), _K3),), batch=184),
    Public("q184-ir-w1", _IR, "b184_ir", "b184_ir",
           "            self.hidden_weights += X_train.T.dot(hidden_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_IR_D1}*x[{{i}}]",), _J3I4),), batch=184),
    Public("q184-ir-b1", _IR, "b184_ir", "b184_ir",
           "            self.hidden_bias += np.sum(hidden_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_IR_D1}",), _J3),), batch=184),
    # ---- the Portuguese train_mlp (eight-space indentation): a1, a2 the sums and h1, h2 the outputs, the sigmoid's
    # slope written of the outputs in parentheses, np.sum(..., axis=0) for the biases, -= updates --------------------
    Public("q184-pt-d2", _PT, "b184_pt", "b184_pt", "        delta2 = (h2 - y) * (h2 * (1 - h2))", ((C,),),
           (Twin("gradient_z", "z2[0]", (_PT_D2,)),), batch=184,
           why="half the squared error through the sigmoid output (h2 the output); y a flat array in the file, which "
               "broadcasts (h2 - y) to 4 x 4 over its four samples, a slip one sample does not show"),
    Public("q184-pt-dw2", _PT, "b184_pt", "b184_pt", "        dW2 = np.dot(h1.T, delta2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_PT_D2}",), _J2),), batch=184),
    Public("q184-pt-db2", _PT, "b184_pt", "b184_pt", "        db2 = np.sum(delta2, axis=0)", ((C,),),
           (Twin("gradient", "b2[0]", (_PT_D2,)),), batch=184),
    Public("q184-pt-d1", _PT, "b184_pt", "b184_pt", "        delta1 = np.dot(delta2, W2.T) * (h1 * (1 - h1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_PT_D1,), _J2),), batch=184),
    Public("q184-pt-dw1", _PT, "b184_pt", "b184_pt", "        dW1 = np.dot(X.T, delta1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_PT_D1}",), _J2I2),), batch=184),
    Public("q184-pt-db1", _PT, "b184_pt", "b184_pt", "        db1 = np.sum(delta1, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_PT_D1,), _J2),), batch=184),
    Public("q184-pt-w2", _PT, "b184_pt", "b184_pt", "        W2 -= learning_rate * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_PT_D2}",), _J2),), batch=184),
    Public("q184-pt-b1", _PT, "b184_pt", "b184_pt", "        b1 -= learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_PT_D1}",), _J2),), batch=184),
    # ---- the Network class (eight-space indentation): self. names on rows, / m after each product and sum,
    # relu_derivative of the sums, -= updates at self.learning_rate ----------------------------------------------------
    Public("q184-rs-d2", _RS, "b184_rs", "b184_rs", "        delta2 = self.A2 - y_true", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=184,
           why="softmax with the cross-entropy, per sample (the / m comes on the gradients)"),
    Public("q184-rs-dw2", _RS, "b184_rs", "b184_rs", "        dW2 = np.dot(self.A1.T, delta2) / m", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K2J3),), batch=184),
    Public("q184-rs-db2", _RS, "b184_rs", "b184_rs", "        db2 = np.sum(delta2, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[{k}]", ("(a2[{k}] - t[{k}])/1",), _K2),), batch=184),
    Public("q184-rs-d1", _RS, "b184_rs", "b184_rs",
           "        delta1 = np.dot(delta2, self.W2.T) * relu_derivative(self.Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RS_D1,), _J3),), batch=184),
    Public("q184-rs-dw1", _RS, "b184_rs", "b184_rs", "        dW1 = np.dot(X.T, delta1) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RS_D1}/1",), _J3I2),), batch=184),
    Public("q184-rs-db1", _RS, "b184_rs", "b184_rs", "        db1 = np.sum(delta1, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"{_RS_D1}/1",), _J3),), batch=184),
    Public("q184-rs-w1", _RS, "b184_rs", "b184_rs", "        self.W1 -= self.learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_RS_D1}",), _J3I2),), batch=184),
    Public("q184-rs-b2", _RS, "b184_rs", "b184_rs", "        self.b2 -= self.learning_rate * db2", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K2),), batch=184),
]
