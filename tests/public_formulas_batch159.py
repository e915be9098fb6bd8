r"""Batch 159 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on Python/NumPy classes
from tutorials, blogs and courses: backward() methods, dZ/dW/db lines, deltas, updates with learning rates, mini-batch
averages, softmax with the cross-entropy and derivative helpers; every address a stored file, its repository named
where the index names it): KartikAg13/DigitDecoder's NeuralNetwork class (stored file 10119718479: tab-indented
lines, self.dW2 = (self.A1.T.dot(dZ2)) / length, sigmoid hidden units and softmax outputs), maxmatkovski/Sports'
NeuralNetwork class (stored file 3728889548: Ng's names on rows, self.sigmoid_derivative(self.z1), /m and -=
updates), atqwerty/ml2019Practice's glass classifier (stored file 25056469896: long names of its own, z_output_weights
and z_hidden_hypothesis, output_bias_cost.sum(axis=0) in the update), ChenQianPing/Py.Watermelon's Py08.py (stored
file 24500551806: a 2-2-1 script with its numbers, comments in Chinese, updates with no rate), a Chinese MNIST class
(stored file 14711794406: ReLU and softmax, self.relu_grad(self.a1), keepdims=True, a comment in Chinese after
dz2), a Korean NumPy lesson (stored file 9355361597: dL_da2 ... dL_dz1 names, @, a docstring's dL/dW2 = a1.T @
(dL/dz2), grads['W1']), a class commented in German (stored file 9611212404: d_z2, d_w2 ... names, the output's
weights updated before d_a1 is computed), an Indonesian class (stored file 45803003172: # comments with dL/da2 =
-(y_true - y_pred) = (y_pred - y_true) and sigmoid'(z2)), a Spanish digits class (stored file 41046211529: deltas
that are -dE/dz, += updates with lr and /m) and an exercise sheet, "Neural Networks Exercises - Module 6" (stored
file 4542207735: Unicode text, δ₂ = (y - t) · σ'(z₂), ⊙ and ᵀ, and its SimpleNN class with np.outer).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; code lines with
their indentation, tabs where the file has tabs, and their trailing # comments; the sheet's numbered list items with
their numbers), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: Ng's d names and the names spelling a derivative, dL_dz2, as the
loss's gradients, transposed where the samples are rows, "dZ2" = "grad(z2[:]).T"; the Spanish class's deltas, which
the updates add, "-grad(z2[:]).T"; helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are
given and "sigmoid' at input" where they compute sigmoid(x) (1 - sigmoid(x)); relu_grad declared "relu' at output",
given the hidden outputs; the glass class's aliases, z_output_weights = hypothesis and so on, named as what they hold;
the sheet's y the OUTPUT and t the target), a network of the kind the page describes (with the page's numbers where
it gives them: Py08.py's input [0.35, 0.9], w1 [[0.1, 0.8], [0.4, 0.6]], w2 [0.3, 0.9], real 0.5 and rate 1; the
sheet's W1 = [[0.5, 0.3], [0.2, 0.4]], W2 = [[0.6, 0.7]], x = [1, 2], t = 1, lr=0.1; the rates the files write, 0.01,
0.1, 1.0, and 0.1 where the caller gives the rate; all in tests/public_formulas_batch159_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's error or delta (error, e, a2_error, a2_delta, a1_error, a1_delta), a gradient by an output or a hidden
output (dA1, cost_hypothesis, dL_da2, d_a1, dL/da2), a slope (z_hidden_hypothesis) and a sheet's δ defined by its
right side are twinned as values, as in batches 14 to 157. Where a class's training loop logs the mean squared error
while its gradients are half the squared error's (the German and Spanish classes: error * output (1 - output), no
factor 2, no division by the outputs' number), the network's loss is half the squared error, the one the code
differentiates, as earlier batches take such += and -= steps; the logged mean is a monitoring value.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 159

The batch: 59 formulas from 10 addresses (the DigitDecoder class 6, the Sports class 6, the glass classifier 6,
Py08.py 3, the Chinese MNIST class 6, the Korean lesson 6, the German class 7, the Indonesian class 6, the Spanish
class 6, the exercise sheet 7). 7 are in text that is not code (the Indonesian class's 2 # comments with dL/da2 and
dL/dz2, the Korean docstring's dL/dW2 line, the sheet's 4 Unicode lines), 52 in code (Python/NumPy, every one).
By kind: 15 gradients by the sums (dZ2, dz2, d_z2, dL_dz2, delta2, output_cost ...), 14 values (errors, deltas that
are -dE/dz, gradients by outputs, the Indonesian comments' chains, the sheet's δ₂ and δ₁), 18 weight and bias
gradients (dW2, db2, dW1, output_cost_weights, hidden_bias_cost, the docstring's and the sheet's ∂L/∂W ...), 12
updates (-= and += with a rate, two with / m, two with no rate).

1 is mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- Py08.py's cq-w1, w1 = w1 - e*output*(1-output)*w2*pq.T*(1-pq.T)*input: w2*pq.T*(1-pq.T) is a row (the hidden
  units along it) and input a column (the inputs down it), so their product puts hidden unit j's factor in column j
  and input i in row i: w1[i, j] is given hidden unit j's delta times input i, where w1 is output-first
  (np.dot(w1, input): w1[j, i] the weight from input i to hidden unit j). The step is transposed (right on the
  diagonal only); the script also takes w2 after its own update on the line before (the twin does not model that:
  the transposition alone makes the line wrong).

Not mistaken, though they look it: the German class's d_a1 = np.dot(d_z2, self.weights2.T), computed after
self.weights2 -= learning_rate * d_w2 (the program's order slip: it propagates through the updated weights; the line
as written, in the notation's weights2, is the gradient by the hidden outputs, twinned so); the German and Spanish
classes' gradients under their logged mean squared error (half the squared error's, see above); Py08.py's w2 update
with no rate (rate 1); the Chinese class's self.relu_grad(self.a1), the ReLU's slope written of the hidden outputs
(positive where the sums are); the glass class's updates with no 1/m (its loss sums over the samples); the Korean
docstring's dL/dW2 = a1.T @ (dL/dz2), with no /m (its dL_da2 carries it); the sheet's forward pass without the
biases its SimpleNN class declares (b1, b2 never enter z1, z2: the network has none).

What was left out: the DigitDecoder class's db2 and db1 (the same sums as its dW lines' neighbours) and its other
three updates; the Sports class's db1 and other updates, and its b2 = np.zeros(1,self.output_dim) (an initialization,
not a formula); the glass class's alias lines (z_output_weights = hypothesis, z_output_hypothesis =
self.output_weights, z_hidden_weights = self.X: assignments of names, named in the notation instead), its
z_hidden_hypothesis = self.sigmoid_derivative(z_hidden) (named in the notation as the slope it is) and its loss;
Py08.py's forward lines (pq, output) and its stopping test np.square(e)/2<0.01; the Chinese class's db1, its other
updates and compute_loss; the Korean lesson's SingleNeuron (another network), db2, dL_da1, dW1, db1, its update's
other lines, the chain-rule diagram's continuation lines (= 2(a2-y) × σ'(z2) × a1.T, no left side) and its summary;
the German class's d_b1, d_w1 and updates beyond weights2; the Indonesian class's dL_da1, dL_db2, dL_dW1, dL_db1, the
comments repeating them and its updates beyond W2; the Spanish class's W1 and b2 updates; the sheet's exercises on
other networks (4.1's single neuron, 5.1's update of given gradients, the Challenge 2 class with its own layers), its
db2 = delta2 and db1 = delta1 (biases its forward pass never adds), its dW2 and dW1 code lines beside the text's and
the other updates. Pages read and not taken: stewartyoung/hand-made-nn's nn.py (its stored version stops before
backprop), stored file 722819692 (a 3-layer class with db3 for a bias its last layer lacks), stored file 67558613884
(a French MLP importing sigmoid_derivative from a module not stored, so its slope's place is unknown), stored file
18433328978 (delta2 = (self.A2 - Y) with Y the labels, not the one-hot one_Y its loss uses: a vector of labels no
network holds), and pages already used by earlier batches (Varshitha-kommuri/ANN_MNIST, odys-z/hello,
saransh-mehta/EcommercePredictionNeuralNetwork, the Udacity gradient-descent scripts, the Japanese NumPy notes in
stored file 9926979000, the two-path Markdown in stored file 47010592486, the Ng-template Markdown in stored file
24245430400, jordancoblin's and jihwan-jeong's blog posts, Lee-keonhee's Korean worked example).

Collected on 2026-12-07 (17:21 to 17:29 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 10 loaded as first written (two networks' [data] tables were first written without their samples' brackets and
refused by the problem parser, fixed before any notation was loaded with them). The oracle's first run passed 58 of
the 59 verdicts as first transcribed: c59-cq-w2's twin was my slip, its member written without eta (the page's
update has no rate, the problem file's rate 1, and the oracle takes the rate as a variable, so a rate-1 step's
member carries eta, as batch 143's q3-ir-w1 does); the member given eta (and cq-w1's too, which stays wrong for its
transposition), the expectation unchanged, the second run passed all 59 and the batch's two checks.

Run blind at main fdc66fd (/work/READY_FOR_BLIND61; src/ as at fdc66fd, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch159_blind.txt): 58 of 59 read with
every verdict right (98%), 1 refused, no typo (the batch has none), no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. The one refusal is not a slip of the notations or the twins (see below), so the batch was run once;
tests/test_public_formulas_held_out.py -k b159- passed after the rebase (118 tests), check's
never-wrong-called-correct test included.

Of the 1 mistaken formula, none was called wrong: Py08.py's cq-w1 (the transposed step) was refused. By page: the
DigitDecoder class 6 of 6, the Sports class 6 of 6, the glass classifier 6 of 6, Py08.py 2 of 3 (cq-w1 refused), the
Chinese MNIST class 6 of 6, the Korean lesson 6 of 6, the German class 7 of 7, the Indonesian class 6 of 6, the
Spanish class 6 of 6, the exercise sheet 7 of 7.

The refusals by construct, with the exact message:

- numpy's broadcasting of a row by a column into a matrix: cq-w1, "formula 'w1 = w1 -
  e*output*(1-output)*w2*pq^T*(1-pq^T)*input': adds vectors or matrices of different sizes in w_{1} - ((((((e *
  output) * (1 - output)) * w_{2}) * pq^T..." (the message cut so by check). The row w2*pq.T*(1-pq.T) (1 x 2) times
  the column input (2 x 1) is, in NumPy, the 2 x 2 outer product the script subtracts from w1; check does not
  broadcast a row and a column into a matrix under *, so the product keeps another size than w1's and the
  difference is refused. Not the notation's slip (w2 a 1 x 2 row, pq and input columns, as the script's arrays are:
  np.dot(w1, input) with input 2 x 1), nor the twin's; the line is the page's mistake, refused rather than called
  wrong.

Read, among the constructs these pages brought: tab-indented self. lines with .T.dot and / length after a
parenthesized product; Ng's names on rows with a sigmoid_derivative method of the sums; a class's own long names with
aliases named in the notation, a space before a comma inside np.dot, output_bias_cost.sum(axis=0) in an update; an
update with no rate at rate 1 and a # comment in Chinese; a comment in Chinese after dz2, keepdims=True, relu_grad
declared of the outputs, self.learning_rate; @, dL_da2-style names, a docstring's dL/dW2 = a1.T @ (dL/dz2),
grads['W1'] in an update; d_ names, an order slip invisible to a formula; # comments chaining dL/da2 = -(y_true -
y_pred) = (y_pred - y_true) and dL/da2 * da2/dz2 = dL/da2 * sigmoid'(z2); deltas that are -dE/dz with += lr * ... / m;
numbered Unicode lines with δ₂, σ'(z₂), ⊙, W₂ᵀδ₂ and ᵀ, and np.dot(self.W2.T, delta2) on columns.

Which look general: the one refusal, numpy's broadcasting of a row times a column into a matrix inside an update
(v * u.T * x with v, u.T rows and x a column: the outer product NumPy makes); code that writes outer products so
(instead of np.outer or a dot) is common in beginners' scripts, and where the orientation is right check would
refuse a right formula the same way.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch159_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({})"
_DG = _STORED.format(10119718479, "import numpy as np",
                     "KartikAg13/DigitDecoder's model/mlp.py: a NeuralNetwork class with sigmoid hidden units and "
                     "softmax outputs, tab-indented")
_MX = _STORED.format(3728889548, "# example neural network from scratch",
                     "maxmatkovski/Sports' Neural-Network.py: a sigmoid NeuralNetwork class with backward(X, y, "
                     "learning_rate)")
_GL = _STORED.format(25056469896, "import numpy as np",
                     "atqwerty/ml2019Practice's neuralGlass/nn.py: a glass classifier, sigmoid and softmax, with names "
                     "of its own")
_CQ = _STORED.format(24500551806, "# -*- coding: utf-8 -*-",
                     "ChenQianPing/Py.Watermelon's PyDemo/Py08.py: a 2-2-1 sigmoid script with its numbers, commented "
                     "in Chinese")
_CN = _STORED.format(14711794406, "# 两层神经网络，输入层784，隐藏层128，输出层10，激活函数relu+softmax",
                     "a two-layer MNIST class commented in Chinese, ReLU and softmax; its repository not named by the "
                     "index")
_KO = _STORED.format(9355361597, "\"\"\"",
                     "a Korean lesson, \"03. 역전파 (Backpropagation) - NumPy 버전\": a single neuron, then an "
                     "MLPFromScratch class; its repository not named by the index")
_DE = _STORED.format(9611212404, "import numpy as np",
                     "a NeuralNetwork class commented in German (Rückwärtsdurchlauf), ReLU hidden units and a sigmoid "
                     "output; its repository not named by the index")
_ID = _STORED.format(45803003172, "import numpy as np",
                     "an Indonesian SimpleNeuralNetwork class (Neural Network sederhana dengan satu hidden layer), its "
                     "gradients commented; its repository not named by the index")
_ES = _STORED.format(41046211529, "# --- Importación de librerías necesarias ---",
                     "a Spanish digits class (retropropagación del error) with += updates; its repository not named "
                     "by the index")
_EX = _STORED.format(4542207735, "# Neural Networks Exercises - Module 6",
                     "an exercise sheet in Markdown with Unicode formulas and a NumPy implementation; its repository "
                     "not named by the index")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# DigitDecoder's 2-3-2 network (sigmoid hidden, softmax with the cross-entropy): dL/d a1[j], dL/dz1[j]
_DG_A1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_DG_D1 = f"{_DG_A1}*a1[{{j}}]*(1 - a1[{{j}}])"

# the Sports 2-3-1 sigmoid network under the binary cross-entropy: dL/dz1[j]
_MX_D1 = "(a2[0] - y[0])*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"

# the glass 2-3-3 network (sigmoid hidden, softmax with the cross-entropy): dL/d a1[j], dL/dz1[j]
_GL_A1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_GL_D1 = f"{_GL_A1}*a1[{{j}}]*(1 - a1[{{j}}])"

# Py08.py's 2-2-1 sigmoid network under half the squared error: dL/dz2
_CQ_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the Chinese 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/dz1[j]
_CN_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*Heaviside(z1[{j}])"

# the Korean 2-3-1 network (ReLU hidden, sigmoid output, the squared error): dL/dz2, dL/dz1[j]
_KO_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KO_D1 = f"{_KO_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the German 2-3-1 network (ReLU hidden, sigmoid output, half the squared error): dL/dz2, dL/dz1[j]
_DE_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DE_D1 = f"{_DE_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the Indonesian 2-3-1 sigmoid network (half the squared error): dL/dz2, dL/dz1[j]
_ID_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ID_D1 = f"{_ID_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Spanish 2-3-2 sigmoid network (half the squared error): dE/dz2[k], dE/d a1[j], dE/dz1[j]
_ES_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ES_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_ES_D1 = f"({_ES_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the sheet's 2-2-1 sigmoid network (y the output, t the target; half the squared error): dL/dz2, dL/dz1[j]
_EX_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_EX_D1 = f"W2[0,{{j}}]*{_EX_D2}*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- KartikAg13/DigitDecoder's class (two tabs of indentation): Ng's names with self., .T.dot on rows, / length
    # after a parenthesized product, the sigmoid's slope written of the outputs, a -= update --------------------------
    Public("c59-dg-dz2", _DG, "b159_dg", "b159_dg", "\t\tdZ2 = self.A2 - y_train", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=159,
           why="softmax outputs with the cross-entropy and one-hot targets"),
    Public("c59-dg-dw2", _DG, "b159_dg", "b159_dg", "\t\tself.dW2 = (self.A1.T.dot(dZ2)) / length", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K2J3),), batch=159,
           why="length the number of samples (one here); W2 input-first"),
    Public("c59-dg-da1", _DG, "b159_dg", "b159_dg", "\t\tdA1 = dZ2.dot(self.W2.T)", ((C,),),
           (Twin("value", _DG_A1, (_DG_A1,), _J3),), batch=159,
           why="the gradient by the hidden outputs, a value"),
    Public("c59-dg-dz1", _DG, "b159_dg", "b159_dg", "\t\tdZ1 = dA1 * self.A1 * (1 - self.A1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DG_D1,), _J3),), batch=159,
           why="the sigmoid's slope written of the hidden outputs"),
    Public("c59-dg-dw1", _DG, "b159_dg", "b159_dg", "\t\tself.dW1 = (x_train.T.dot(dZ1)) / length", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DG_D1}/1",), _J3I2),), batch=159),
    Public("c59-dg-w1", _DG, "b159_dg", "b159_dg", "\t\tself.W1 -= learning_rate * self.dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_DG_D1}",), _J3I2),), batch=159,
           why="update_parameters(learning_rate): the rate the caller gives (the problem file's 0.1)"),
    # ---- maxmatkovski/Sports' class (eight-space indentation): Ng's backward pass on rows with / m, a sigmoid
    # derivative method of the sums, a -= update -----------------------------------------------------------------
    Public("c59-mx-dz2", _MX, "b159_mx", "b159_mx", "        dZ2 = self.a2 - y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=159,
           why="the binary cross-entropy (calculate_loss) through the sigmoid output"),
    Public("c59-mx-dw2", _MX, "b159_mx", "b159_mx", "        dW2 = np.dot(self.a1.T, dZ2) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])/1",), _J3),), batch=159),
    Public("c59-mx-db2", _MX, "b159_mx", "b159_mx", "        db2 = np.sum(dZ2, axis=0) / m", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])/1",)),), batch=159, why="the sum over the samples (rows)"),
    Public("c59-mx-dz1", _MX, "b159_mx", "b159_mx",
           "        dZ1 = np.dot(dZ2, self.W2.T) * self.sigmoid_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MX_D1,), _J3),), batch=159,
           why="sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), taken of the sums z1"),
    Public("c59-mx-dw1", _MX, "b159_mx", "b159_mx", "        dW1 = np.dot(X.T, dZ1) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_MX_D1}/1",), _J3I2),), batch=159),
    Public("c59-mx-w2", _MX, "b159_mx", "b159_mx", "        self.W2 -= learning_rate * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*(a2[0] - y[0])",), _J3),), batch=159),
    # ---- atqwerty/ml2019Practice's glass classifier (twelve-space indentation): names of its own, aliases named in
    # the notation, a sum over the samples in the update -------------------------------------------------------------
    Public("c59-gl-oc", _GL, "b159_gl", "b159_gl",
           "            output_cost = normalized_probability_distribution - self.one_hot_labels", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=159,
           why="the softmax outputs less the one-hot target: the cross-entropy's output gradient"),
    Public("c59-gl-ocw", _GL, "b159_gl", "b159_gl", "            output_cost_weights = np.dot(z_output_weights.T, output_cost)",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J3),), batch=159,
           why="z_output_weights = hypothesis, the hidden outputs (the line before)"),
    Public("c59-gl-ch", _GL, "b159_gl", "b159_gl", "            cost_hypothesis = np.dot(output_cost , z_output_hypothesis.T)",
           ((C,),), (Twin("value", _GL_A1, (_GL_A1,), _J3),), batch=159,
           why="z_output_hypothesis = self.output_weights; the gradient by the hidden outputs, a value (a space "
               "before the comma)"),
    Public("c59-gl-hwc", _GL, "b159_gl", "b159_gl",
           "            hidden_weigths_cost = np.dot(z_hidden_weights.T, z_hidden_hypothesis * cost_hypothesis)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_GL_D1}",), _J3I2),), batch=159,
           why="z_hidden_weights = self.X, z_hidden_hypothesis the sigmoid's slope at the hidden sums; weigths as the "
               "code spells it"),
    Public("c59-gl-hbc", _GL, "b159_gl", "b159_gl", "            hidden_bias_cost = cost_hypothesis * z_hidden_hypothesis",
           ((C,),), (Twin("gradient", "b1[{j}]", (_GL_D1,), _J3),), batch=159,
           why="per sample (one here): the update sums it over the samples"),
    Public("c59-gl-bo", _GL, "b159_gl", "b159_gl",
           "            self.bias_output -= self.learning_rate * output_bias_cost.sum(axis=0)", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K3),), batch=159,
           why="output_bias_cost = output_cost, summed over the samples (one); self.learning_rate = 0.01"),
    # ---- ChenQianPing/Py.Watermelon's Py08.py (its numbers; seven-space indentation under the else, comments in
    # Chinese): the error, and the updates with no rate, the second transposed --------------------------------------
    Public("c59-cq-e", _CQ, "b159_cq", "b159_cq", "    e = output-real #误差", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=159,
           why="the output's error, output minus target, a value (误差: error)"),
    Public("c59-cq-w2", _CQ, "b159_cq", "b159_cq", "       w2 = w2 - e*output*(1-output)*pq.T", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_CQ_D2}*a1[{{j}}]",), _J2),), batch=159,
           why="the step of half the squared error with no rate: the problem file's rate 1, twinned with eta as batch 143's "
               "q3-ir-w1"),
    Public("c59-cq-w1", _CQ, "b159_cq", "b159_cq", "       w1 = w1 - e*output*(1-output)*w2*pq.T*(1-pq.T)*input",
           ((W,),),
           (Twin("update", "W1[{j},{i}]",
                 (f"W1[{{j}},{{i}}] - eta*{_CQ_D2}*W2[0,{{i}}]*a1[{{i}}]*(1 - a1[{{i}}])*x[{{j}}]",), _J2I2),),
           batch=159,
           why="the row w2*pq.T*(1-pq.T) times the column input puts hidden unit j's factor in column j and input i "
               "in row i, where w1 is output-first (np.dot(w1, input)): the step transposed, right on the diagonal "
               "only (the script's slip; it also takes w2 after its update)"),
    # ---- the Chinese MNIST class (eight-space indentation): the softmax's gradient with a comment in Chinese, /m
    # with keepdims=True, relu_grad of the hidden outputs, a -= update with self.learning_rate -------------------------
    Public("c59-cn-dz2", _CN, "b159_cn", "b159_cn", "        dz2 = output - y  # 使用交叉熵损失时，softmax的梯度简化",
           ((C,),), (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=159,
           why="the comment: with the cross-entropy loss, softmax's gradient simplifies"),
    Public("c59-cn-dw2", _CN, "b159_cn", "b159_cn", "        dW2 = np.dot(self.a1.T, dz2) / m", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K2J3),), batch=159),
    Public("c59-cn-db2", _CN, "b159_cn", "b159_cn", "        db2 = np.sum(dz2, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[{k}]", ("(a2[{k}] - t[{k}])/1",), _K2),), batch=159),
    Public("c59-cn-dz1", _CN, "b159_cn", "b159_cn", "        dz1 = np.dot(dz2, self.W2.T) * self.relu_grad(self.a1)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_CN_D1,), _J3),), batch=159,
           why="relu_grad(x) = (x > 0) given the hidden outputs: positive where the sums are"),
    Public("c59-cn-dw1", _CN, "b159_cn", "b159_cn", "        dW1 = np.dot(X.T, dz1) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CN_D1}/1",), _J3I2),), batch=159),
    Public("c59-cn-b2", _CN, "b159_cn", "b159_cn", "        self.b2 -= self.learning_rate * db2", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K2),), batch=159),
    # ---- the Korean lesson's MLPFromScratch (eight-space indentation): names spelling the derivative, @, a
    # docstring's dL/dW2 line, an update through the dictionary backward returns ------------------------------------
    Public("c59-ko-da2", _KO, "b159_ko", "b159_ko", "        dL_da2 = 2 * (self.a2 - y_true) / m", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])/1",)),), batch=159,
           why="the mean squared error's derivative by the output, a value (one output, m = 1)"),
    Public("c59-ko-dz2", _KO, "b159_ko", "b159_ko", "        dL_dz2 = dL_da2 * sigmoid_derivative(self.z2)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=159,
           why="sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), taken of the sum"),
    Public("c59-ko-dw2", _KO, "b159_ko", "b159_ko", "        dW2 = self.a1.T @ dL_dz2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_KO_D2}",), _J3),), batch=159),
    Public("c59-ko-doc", _KO, "b159_ko", "b159_ko", "        dL/dW2 = a1.T @ (dL/dz2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_KO_D2}",), _J3),), batch=159,
           why="the backward method's docstring (핵심 공식: the key formulas)"),
    Public("c59-ko-dz1", _KO, "b159_ko", "b159_ko", "        dL_dz1 = dL_da1 * relu_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KO_D1,), _J3),), batch=159,
           why="dL_da1 the gradient by the hidden outputs (the line before); relu_derivative of the sums"),
    Public("c59-ko-w1", _KO, "b159_ko", "b159_ko", "        self.W1 -= lr * grads['W1']", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_KO_D1}",), _J3I2),), batch=159,
           why="grads['W1'] the dictionary backward returns ({'W1': dW1, ...}); lr the learning rate (1.0)"),
    # ---- the German class (eight-space indentation): d_ names, keepdims=True, the output's weights updated before
    # the gradient is propagated through them ------------------------------------------------------------------------
    Public("c59-de-err", _DE, "b159_de", "b159_de", "        error = output - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=159,
           why="the output's error (# Fehler im Output), a value"),
    Public("c59-de-dz2", _DE, "b159_de", "b159_de", "        d_z2 = error * self.sigmoid_derivative(self.a2)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DE_D2,)),), batch=159,
           why="sigmoid_derivative(x) = x (1 - x), taken of the output: half the squared error's gradient"),
    Public("c59-de-dw2", _DE, "b159_de", "b159_de", "        d_w2 = np.dot(self.a1.T, d_z2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_DE_D2}",), _J3),), batch=159),
    Public("c59-de-db2", _DE, "b159_de", "b159_de", "        d_b2 = np.sum(d_z2, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_DE_D2,)),), batch=159),
    Public("c59-de-w2", _DE, "b159_de", "b159_de", "        self.weights2 -= learning_rate * d_w2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_DE_D2}",), _J3),), batch=159),
    Public("c59-de-da1", _DE, "b159_de", "b159_de", "        d_a1 = np.dot(d_z2, self.weights2.T)", ((C,),),
           (Twin("value", f"{_DE_D2}*W2[0,{{j}}]", (f"{_DE_D2}*W2[0,{{j}}]",), _J3),), batch=159,
           why="the gradient by the hidden outputs, a value, as the line writes it in the notation's weights2 (the "
               "program computes it after weights2's update, an order slip no formula shows)"),
    Public("c59-de-dz1", _DE, "b159_de", "b159_de", "        d_z1 = d_a1 * self.relu_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DE_D1,), _J3),), batch=159,
           why="relu_derivative(x) = (x > 0), taken of the sums"),
    # ---- the Indonesian class (eight-space indentation): # comments chaining dL/da2 ... and sigmoid'(z2), names
    # spelling the derivative, the slope written of the outputs --------------------------------------------------------
    Public("c59-id-cda2", _ID, "b159_id", "b159_id", "        # dL/da2 = -(y_true - y_pred) = (y_pred - y_true)",
           ((C, C),), (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "a2[0] - y[0]")),), batch=159,
           why="half the squared error's derivative by the output, a value (m = 1)"),
    Public("c59-id-cdz2", _ID, "b159_id", "b159_id", "        # dL/dz2 = dL/da2 * da2/dz2 = dL/da2 * sigmoid'(z2)",
           ((C, C),),
           (Twin("value", _ID_D2, (_ID_D2, "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))")),), batch=159,
           why="the chain rule through the output, a value; sigmoid'(z2) the slope at the sum"),
    Public("c59-id-dz2", _ID, "b159_id", "b159_id", "        dL_dz2 = dL_da2 * self.sigmoid_derivative(self.a2)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_ID_D2,)),), batch=159,
           why="sigmoid_derivative(x) = x (1 - x), taken of the output"),
    Public("c59-id-dw2", _ID, "b159_id", "b159_id", "        dL_dW2 = np.dot(self.a1.T, dL_dz2) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_ID_D2}/1",), _J3),), batch=159),
    Public("c59-id-dz1", _ID, "b159_id", "b159_id", "        dL_dz1 = dL_da1 * self.sigmoid_derivative(self.a1)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_ID_D1,), _J3),), batch=159),
    Public("c59-id-w2", _ID, "b159_id", "b159_id", "        self.W2 -= self.learning_rate * dL_dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_ID_D2}",), _J3),), batch=159),
    # ---- the Spanish class (eight-space indentation): errors and deltas that are -dE/dz, += updates with lr and / m
    # -------------------------------------------------------------------------------------------------------------------
    Public("c59-es-e2", _ES, "b159_es", "b159_es", "        self.a2_error = y - self.a2", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=159,
           why="the output's error, target minus output, a value"),
    Public("c59-es-d2", _ES, "b159_es", "b159_es",
           "        self.a2_delta = self.a2_error * self.sigmoid_derivative(self.a2)", ((C,),),
           (Twin("value", f"-{_ES_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=159,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x (1 - x) of the output"),
    Public("c59-es-e1", _ES, "b159_es", "b159_es", "        self.a1_error = np.dot(self.a2_delta, self.W2.T)", ((C,),),
           (Twin("value", f"-({_ES_A1})", (f"-({_ES_A1})",), _J3),), batch=159,
           why="-dE/d(hidden output j), a value"),
    Public("c59-es-d1", _ES, "b159_es", "b159_es",
           "        self.a1_delta = self.a1_error * self.sigmoid_derivative(self.a1)", ((C,),),
           (Twin("value", f"-{_ES_D1}", (f"-{_ES_D1}",), _J3),), batch=159),
    Public("c59-es-w2", _ES, "b159_es", "b159_es", "        self.W2 += lr * np.dot(self.a1.T, self.a2_delta) / m",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_ES_D2}/1",), _K2J3),),
           batch=159, why="+= of the rate times the code's delta (-dE/dz) over m (one): the gradient step"),
    Public("c59-es-b1", _ES, "b159_es", "b159_es", "        self.b1 += lr * np.sum(self.a1_delta, axis=0) / m",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ES_D1}/1",), _J3),), batch=159),
    # ---- the exercise sheet (Exercise 4.2's numbered Unicode lines, then its SimpleNN class, eight-space
    # indentation): y the output and t the target, δ₂ and δ₁ the sums' gradients, ⊙, ᵀ, np.outer ---------------------
    Public("c59-ex-d2", _EX, "b159_ex", "b159_ex", "3. δ₂ = (y - t) · σ'(z₂)", ((C,),),
           (Twin("value", _EX_D2, ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=159,
           why="δ₂ = dL/dz₂ under L = 1/2 (y - t)^2, a value; the list item's number kept"),
    Public("c59-ex-w2", _EX, "b159_ex", "b159_ex", "4. ∂L/∂W₂ = δ₂ · a₁ᵀ", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_EX_D2}*a1[{{j}}]",), _J2),), batch=159,
           why="a column times a row (W₂ is 1 x 2)"),
    Public("c59-ex-d1", _EX, "b159_ex", "b159_ex", "5. δ₁ = (W₂ᵀδ₂) ⊙ σ'(z₁)", ((C,),),
           (Twin("value", _EX_D1, (f"W2[0,{{j}}]*{_EX_D2}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J2),),
           batch=159, why="δ₁ = dL/dz₁, a value; W₂ᵀδ₂ written without a space"),
    Public("c59-ex-w1", _EX, "b159_ex", "b159_ex", "6. ∂L/∂W₁ = δ₁ · xᵀ", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_EX_D1}*x[{{i}}]",), _J2I2),), batch=159),
    Public("c59-ex-cd2", _EX, "b159_ex", "b159_ex", "        delta2 = (self.y - t) * sigmoid_derivative(self.z2)",
           ((C,),), (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),),
           batch=159, why="self.y the output; sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)), of the sum"),
    Public("c59-ex-cd1", _EX, "b159_ex", "b159_ex",
           "        delta1 = np.dot(self.W2.T, delta2) * sigmoid_derivative(self.z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_EX_D1,), _J2),), batch=159),
    Public("c59-ex-w1u", _EX, "b159_ex", "b159_ex", "        self.W1 -= lr * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_EX_D1}*x[{{i}}]",), _J2I2),), batch=159,
           why="dW1 = np.outer(delta1, self.x); lr=0.1 (backward's default)"),
]
