r"""Batch 150 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on the most common
homework of all: Python/NumPy networks trained from scratch by students, every backward line of each file taken;
every address a stored file whose repository the index does not name): an XOR script with derivative_sigmoid and the
rate written 0.1 in its updates (stored file 9843243825: hidden_layer_output names the hidden SUMS, its sigmoid
hidden_layer_activation), an XOR script with biases and learning_rate 0.5 (stored file 37402337414), an XOR network
commented in Chinese line by line (stored file 11791968111: compute_loss 0.5 * np.mean((y_true - y_pred) ** 2),
np.sum(..., axis=0) for the biases), a tabular classification script with ReLU hidden units and a sigmoid output
(stored file 41698946061: loss = np.mean((y_train - predicted_output)**2), relu_derivative given the hidden outputs),
an EMNIST BasicNeuralNetwork class (stored file 29118786966: one-hot targets, the printed loss np.mean(np.square(y -
self.output_layer))), a NeuralNetwrok class on random data (stored file 35605373031: output_error = 2*(self.y -
self.output), self.d_weights2 computed then added with no rate), a NeuralNetwork class with input_synapse and
output_synapse (stored file 49248156141: a _sigmoid_deriv that takes the sigmoid of what it is given, the rate a
folded into the deltas) and a MultilayerPerceptron class commented in Spanish (stored file 23861098656: the printed
loss np.mean(np.square(y - output))). Copied verbatim, typos and mistakes included (the JSON-escaped text of the
stored files decoded; each code line with its indentation, and the NeuralNetwrok class's runs of spaces after a
comma), each with the notation a teacher would write for the file under shared/spec/notation.md (and
docs/notation.md for what the product documents: the samples rows, so every name transposed, "X" = "x[:].T",
weights input-first, "W1" = "W1[:, :].T", biases rows; the code's deltas that the updates add, -dE/dz, written
"-grad(z2[:]).T", its errors propagated to the hidden layer "-grad(a1[:]).T", output_error = y - a2 as its value;
the helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given, "sigmoid' at input"
for the synapse class's _sigmoid_deriv, which computes sigmoid(x) (1 - sigmoid(x)), and "relu' at input" for
relu_derivative(x) = (x > 0); the synapse class's a the learning rate, train's a=1), a network of the kind the file
describes (the files' sizes where small, 2-2-1 for the XOR scripts and 2-4-1 for the Spanish one, 3-4-1, 4-3-3,
3-4-1 and 2-3-1 for the others; the rates the files write, 0.1, 0.5, 0.01, and rate 1 for the two whose updates name
none; the loss each file states or prints: half the squared error for the Chinese compute_loss and for the three
files that state none, whose deltas are its, the squared error for the tabular script, the Spanish class and the
NeuralNetwrok class (whose output_error = 2*(y - output) is its), the mean squared error over the outputs for the
EMNIST class; all in tests/public_formulas_batch150_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta or error
(output_error, output_delta, hidden_error, d_predicted_output, layer1_delta, self.d_weights2 = -dE/dW2) is twinned
as a value, as in batches 14 to 148. Formulas keep what surrounds them on their line (a code line's indentation);
what was left out is said below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 150

The batch: 60 formulas from 8 addresses (the derivative_sigmoid XOR script 6, the XOR script with biases 8, the
Chinese XOR script 8, the tabular script 8, the EMNIST class 8, the NeuralNetwrok class 8, the synapse class 6, the
Spanish class 8), all Python/NumPy code: 34 values (errors and deltas, 2 of them -dE/dW), 26 updates (+= with
learning_rate 20, with the rate written 0.1 2, with no rate 4 (at rate 1); the biases' np.sum among them 10).

5 are mistaken (the oracle finds the member wrong), and none is mistyped:

- the tabular script's kg-od, output_delta = output_error * sigmoid_derivative(predicted_output): its loss is
  np.mean((y_train - predicted_output)**2), the squared error for one sample and one output, whose -dL/dz2 is 2 (y -
  a2) a2 (1 - a2); the code's delta is half of it (the half squared error's, the common lines kept under another loss);
- the EMNIST class's em-od, the same line, under the mean over the outputs its train method prints, np.mean(np.square(y
  - self.output_layer)): -dL/dz2 = 2/n (y - a2) a2 (1 - a2), n = 3 here (62 in the file), the 2/n missing;
- the Spanish class's es-od, the same line, under its printed loss np.mean(np.square(y - output)) with one output:
  the 2 missing, as kg-od;
- the synapse class's sy-od, output_delta = output_error * self._sigmoid_deriv(predicted) * a: _sigmoid_deriv(x) =
  sigmoid(x) (1 - sigmoid(x)) given the output a2 = sigmoid(z2), the slope at a2 rather than at z2 (a2 (1 - a2)
  was meant, as the helpers of the other files compute);
- the synapse class's sy-hd, hidden_delta = hidden_error * self._sigmoid_deriv(self.hidden_layer) * a: the same slip
  on the hidden outputs.

Not mistaken, though they look it: the lines after a wrong delta (kg-he, em-he, sy-he and the updates that add a
wrong delta: right as written in the delta's name, which means the sums' -dL/dz, wrong only through the line that
computes it, as batch 143 holds); the derivative_sigmoid script's hidden_layer_output, which names the hidden SUMS
(and hidden_layer_activation their sigmoid: the slope taken of the right one); weights_output_hidden, the
hidden-to-output weights despite its name; the kg script's relu_derivative given the hidden outputs, positive
exactly where the sums are; the NeuralNetwrok class's and the synapse class's += with no rate (rate 1; the synapse
class's a = 1 folded into its deltas); the updates with 0.1 written for the rate, twinned with eta as batch 143 twins
the rate 1 of updates that name none (the problem file's rate 0.1).

What was left out: every forward line (sums, sigmoids, np.dot with the biases), the helpers' bodies (sigmoid,
sigmoid_derivative, relu_derivative, one_hot_encode) and the losses' definitions, the print and stats lines
(np.mean(np.abs(error)), self.stats.append), the tabular script's evaluation and submission code, the initializations
(np.random.uniform, np.random.rand, 2 * np.random.random(...) - 1) and the training loops' calls. Files read and not
taken: a one-layer script with nonlin(x, deriv=True) (stored file 7016594751: no hidden layer, which no problem file
of two layers holds), a Korean README's Python blocks (stored file 65934409401), a class with bias columns inserted
into its activations (stored file 19775531961: weights[i + 1].T[:, 1:], which no notation names), and many copies of
the same d_predicted_output lines (stored files 5028556305, 30653867324, 35748534899, 18204739050, 56869982220,
16093339904, 23031754409, 69463703820: at most eight formulas from one file, and the batch's variety).

Collected on 2026-12-07 (14:51 to 14:55 by the machine's clock, the oracle's run included). Every notation was loaded
(notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula: all 8
loaded as first written. The oracle's first run passed 58 of the 60 verdicts as first transcribed: xa-w2 and xa-w1,
whose rate the file writes 0.1, were first twinned with 0.1 written where the twins write eta (the oracle draws
the rate at random points), a slip of the twins: rewritten with eta, the verdicts correct as first expected.

Run blind at main baf64a5 (/work/READY_FOR_BLIND59; src/ as at 1538989, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch150_blind.txt): 60 of 60 read with
every verdict right (100%), 0 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. No refusal, so the batch was run once; tests/test_public_formulas_held_out.py -k b150- passed after the
rebase (120 tests), check's never-wrong-called-correct test included.

Of the 5 mistaken formulas, all 5 were read with their member called wrong: kg-od, em-od and es-od (the common
delta, half the squared error's, under a loss the file states or prints: the squared error, the mean over 3
outputs, the squared error), sy-od and sy-hd (_sigmoid_deriv, "sigmoid' at input", given the outputs). By page: the
derivative_sigmoid XOR script 6 of 6, the XOR script with biases 8 of 8, the Chinese XOR script 8 of 8, the tabular
script 8 of 8, the EMNIST class 8 of 8, the NeuralNetwrok class 8 of 8, the synapse class 6 of 6, the Spanish class
8 of 8.

The refusals and misreadings by construct: none.

Read, among the constructs these files brought: rows scripts' .dot and .T with input-first weights, += updates with
learning_rate, with the rate written 0.1 and with no rate (rate 1), np.sum(..., axis=0, keepdims=True) and
np.sum(..., axis=0) for the biases, np.dot(np.transpose(data), hidden_delta), self. names, a rate a folded into the
deltas (* a), a helper declared "sigmoid' at input" given the outputs (sy-od, sy-hd called wrong), relu_derivative
declared "relu' at input" given the ReLU's outputs, 2*(self.y - self.output), runs of spaces after a comma, and the
half squared error's delta under a stated squared or mean squared error (kg-od, em-od, es-od called wrong).

Which look general: nothing refused or misread; this batch's constructs (the most common homework's backward
lines) are all read at main baf64a5.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch150_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_XA = _STORED.format(9843243825, "import numpy as np",
                     "a Python XOR script with derivative_sigmoid: no biases, hidden_layer_output the hidden sums, the "
                     "rate written 0.1 in the updates")
_XB = _STORED.format(37402337414, "import numpy as np",
                     "a Python XOR script with biases: the common d_predicted_output backward pass, learning_rate 0.5")
_ZH = _STORED.format(11791968111, "import numpy as np",
                     "a Python XOR network commented in Chinese line by line: initialize_network, forward_propagation, "
                     "compute_loss (0.5 * np.mean), backward_propagation")
_KG = _STORED.format(41698946061, "import numpy as np",
                     "a tabular classification script (train.csv, column EJ, a Kaggle submission): ReLU hidden units, a "
                     "sigmoid output, loss = np.mean((y_train - predicted_output)**2)")
_EM = _STORED.format(29118786966, "import numpy as np",
                     "an EMNIST BasicNeuralNetwork class: sigmoid layers with biases, one-hot targets, the loss printed "
                     "np.mean(np.square(y - self.output_layer))")
_NW = _STORED.format(35605373031, "import numpy as np ",
                     "a NeuralNetwrok class on random data: output_error = 2*(self.y - self.output), d_weights added "
                     "with no rate")
_SY = _STORED.format(49248156141, "import numpy as np",
                     "a NeuralNetwork class with input_synapse and output_synapse: a _sigmoid_deriv that takes the "
                     "sigmoid again, the rate a folded into the deltas")
_ES = _STORED.format(23861098656, "import numpy as np",
                     "a MultilayerPerceptron class commented in Spanish on XOR with targets -1 and 1: the loss printed "
                     "np.mean(np.square(y - output))")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# one sigmoid output under half the squared error: dE/dz2; dE/dz1[j] through sigmoid hidden units
_H2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_H1 = f"{_H2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# one sigmoid output under the squared error (the mean over one output): dE/dz2; dE/dz1[j] through sigmoid units
_S2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_S1 = f"{_S2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the code's delta as the page computes it (the half squared error's, with the sigmoid's slope of the output)
_PAGE2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"

# the tabular script's 3-4-1 network (ReLU hidden, sigmoid output, the squared error): dL/dz1[j]
_KG1 = f"{_S2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the EMNIST class's 4-3-3 network under the mean squared error over 3 outputs: dL/dz2[k], dL/d a1[j], dL/dz1[j]
_EM2 = "2*(a2[{k}] - y[{k}])/3*a2[{k}]*(1 - a2[{k}])"
_EMA = " + ".join(f"2*(a2[{k}] - y[{k}])/3*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
_EM1 = f"({_EMA})*a1[{{j}}]*(1 - a1[{{j}}])"


def _updates(grad2: str, grad1: str, j, ji, w2: str, w1: str, b2: str | None, b1: str | None,
             key: str, src: str, table: str, indent: str, rate: str = "eta") -> list:
    """The four += updates of a rows script: W2, b2, W1, b1 (the biases' lines where the script has them)."""
    out = [Public(f"{key}-w2", src, table, table, indent + w2, ((C,),),
                  (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - {rate}*{grad2}*a1[{{j}}]",), j),), batch=150)]
    if b2 is not None:
        out.append(Public(f"{key}-b2", src, table, table, indent + b2, ((C,),),
                          (Twin("update", "b2[0]", (f"b2[0] - {rate}*{grad2}",)),), batch=150,
                          why="the sum over the samples (one)"))
    out.append(Public(f"{key}-w1", src, table, table, indent + w1, ((C,),),
                      (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - {rate}*{grad1}*x[{{i}}]",), ji),), batch=150))
    if b1 is not None:
        out.append(Public(f"{key}-b1", src, table, table, indent + b1, ((C,),),
                          (Twin("update", "b1[{j}]", (f"b1[{{j}}] - {rate}*{grad1}",), j),), batch=150))
    return out


ENTRIES = [
    # ---- the derivative_sigmoid XOR script (four-space indentation): hidden_layer_output the hidden SUMS, the
    # sigmoid's slope written of the outputs, += updates with the rate written 0.1 -----------------------------------
    Public("v5-xa-e", _XA, "b150_xa", "b150_xa", "    error = outputs - final_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=150, why="target minus output, a value"),
    Public("v5-xa-dp", _XA, "b150_xa", "b150_xa",
           "    d_predicted_output = error * derivative_sigmoid(final_output)", ((C,),),
           (Twin("value", f"-{_H2}", (_PAGE2,)),), batch=150,
           why="the code's delta (-dE/dz2), a value; derivative_sigmoid(x) = x (1 - x) taken of the output"),
    Public("v5-xa-eh", _XA, "b150_xa", "b150_xa",
           "    error_hidden_layer = d_predicted_output.dot(weights_output_hidden.T)", ((C,),),
           (Twin("value", f"-{_H2}*W2[0,{{j}}]", (f"-{_H2}*W2[0,{{j}}]",), _J2),), batch=150,
           why="-dE/d(hidden output j): the row delta times the input-first weights transposed"),
    Public("v5-xa-dh", _XA, "b150_xa", "b150_xa",
           "    d_hidden_layer = error_hidden_layer * derivative_sigmoid(hidden_layer_activation)", ((C,),),
           (Twin("value", f"-{_H1}", (f"-{_H1}",), _J2),), batch=150,
           why="hidden_layer_activation the hidden OUTPUTS (the file's hidden_layer_output holds the sums)"),
    Public("v5-xa-w2", _XA, "b150_xa", "b150_xa",
           "    weights_output_hidden += hidden_layer_activation.T.dot(d_predicted_output) * 0.1", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_H2}*a1[{{j}}]",), _J2),), batch=150,
           why="the rate written as a number, the problem file's 0.1 (twinned with eta, as batch 143 twins the rate 1 "
               "of updates that name none); weights_output_hidden the hidden-to-output "
               "weights despite its name"),
    Public("v5-xa-w1", _XA, "b150_xa", "b150_xa",
           "    weights_input_hidden += inputs.T.dot(d_hidden_layer) * 0.1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_H1}*x[{{i}}]",), _J2I2),), batch=150),
    # ---- the XOR script with biases (four-space indentation): the common d_predicted_output backward pass -------------
    Public("v5-xb-e", _XB, "b150_xb", "b150_xb", "    error = outputs - predicted_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=150),
    Public("v5-xb-dp", _XB, "b150_xb", "b150_xb",
           "    d_predicted_output = error * sigmoid_derivative(predicted_output)", ((C,),),
           (Twin("value", f"-{_H2}", (_PAGE2,)),), batch=150),
    Public("v5-xb-eh", _XB, "b150_xb", "b150_xb",
           "    error_hidden_layer = d_predicted_output.dot(weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-{_H2}*W2[0,{{j}}]", (f"-{_H2}*W2[0,{{j}}]",), _J2),), batch=150),
    Public("v5-xb-dh", _XB, "b150_xb", "b150_xb",
           "    d_hidden_layer = error_hidden_layer * sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_H1}", (f"-{_H1}",), _J2),), batch=150),
    *_updates(_H2, _H1, _J2, _J2I2,
              "weights_hidden_output += hidden_layer_output.T.dot(d_predicted_output) * learning_rate",
              "weights_input_hidden += inputs.T.dot(d_hidden_layer) * learning_rate",
              "bias_output += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate",
              "bias_hidden += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate",
              "v5-xb", _XB, "b150_xb", "    "),
    # ---- the Chinese XOR script's backward_propagation (four-space indentation; each line below a comment in
    # Chinese): half the mean squared error, np.sum(..., axis=0) for the biases --------------------------------------
    Public("v5-zh-e", _ZH, "b150_zh", "b150_zh", "    output_error = y - final_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=150),
    Public("v5-zh-od", _ZH, "b150_zh", "b150_zh",
           "    output_delta = output_error * sigmoid_derivative(final_output)", ((C,),),
           (Twin("value", f"-{_H2}", (_PAGE2,)),), batch=150,
           why="compute_loss is 0.5 * np.mean((y_true - y_pred) ** 2): half the squared error for one sample"),
    Public("v5-zh-he", _ZH, "b150_zh", "b150_zh", "    hidden_error = output_delta.dot(W_hidden_output.T)", ((C,),),
           (Twin("value", f"-{_H2}*W2[0,{{j}}]", (f"-{_H2}*W2[0,{{j}}]",), _J2),), batch=150),
    Public("v5-zh-hd", _ZH, "b150_zh", "b150_zh",
           "    hidden_delta = hidden_error * sigmoid_derivative(hidden_output)", ((C,),),
           (Twin("value", f"-{_H1}", (f"-{_H1}",), _J2),), batch=150),
    *_updates(_H2, _H1, _J2, _J2I2,
              "W_hidden_output += hidden_output.T.dot(output_delta) * learning_rate",
              "W_input_hidden += X.T.dot(hidden_delta) * learning_rate",
              "b_output += np.sum(output_delta, axis=0) * learning_rate",
              "b_hidden += np.sum(hidden_delta, axis=0) * learning_rate",
              "v5-zh", _ZH, "b150_zh", "    "),
    # ---- the tabular script (four-space indentation): ReLU hidden units, a sigmoid output, the mean of the squared
    # error as its loss; the delta is half the loss's (the 2 missing) -------------------------------------------------
    Public("v5-kg-e", _KG, "b150_kg", "b150_kg", "    output_error = y_train - predicted_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=150),
    Public("v5-kg-od", _KG, "b150_kg", "b150_kg",
           "    output_delta = output_error * sigmoid_derivative(predicted_output)", ((W,),),
           (Twin("value", f"-{_S2}", (_PAGE2,)),), batch=150,
           why="loss = np.mean((y_train - predicted_output)**2), the squared error for one sample and one output: "
               "-dL/dz2 = 2 (y - a2) a2 (1 - a2); the code's delta is half of it (the half squared error's)"),
    Public("v5-kg-he", _KG, "b150_kg", "b150_kg", "    hidden_layer_error = output_delta.dot(W2.T)", ((C,),),
           (Twin("value", f"-{_S2}*W2[0,{{j}}]", (f"-{_S2}*W2[0,{{j}}]",), _J4),), batch=150,
           why="right as written in output_delta (the output sums' -dL/dz2), wrong only through the line before"),
    Public("v5-kg-hd", _KG, "b150_kg", "b150_kg",
           "    hidden_layer_delta = hidden_layer_error * relu_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_KG1}", (f"-{_KG1}",), _J4),), batch=150,
           why="relu_derivative(x) = (x > 0) given the ReLU's outputs: positive exactly where the sums are"),
    *_updates(_S2, _KG1, _J4, _J4I3,
              "W2 += hidden_layer_output.T.dot(output_delta) * learning_rate",
              "W1 += X_train.T.dot(hidden_layer_delta) * learning_rate",
              "b2 += np.sum(output_delta, axis=0, keepdims=True) * learning_rate",
              "b1 += np.sum(hidden_layer_delta, axis=0, keepdims=True) * learning_rate",
              "v5-kg", _KG, "b150_kg", "    "),
    # ---- the EMNIST class's backward method (eight-space indentation): self. names, the mean squared error over the
    # outputs as its printed loss, the delta without the loss's 2/n --------------------------------------------------
    Public("v5-em-e", _EM, "b150_em", "b150_em", "        output_error = y - self.output_layer", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=150),
    Public("v5-em-od", _EM, "b150_em", "b150_em",
           "        output_delta = output_error * sigmoid_derivative(self.output_layer)", ((W,),),
           (Twin("value", f"-{_EM2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K3),), batch=150,
           why="the loss train prints, np.mean(np.square(y - self.output_layer)), is the mean over the 3 outputs: "
               "-dL/dz2 = 2/3 (y - a2) a2 (1 - a2); the code's delta has no 2/3 (62 outputs in the file: 2/62)"),
    Public("v5-em-he", _EM, "b150_em", "b150_em",
           "        hidden_error = np.dot(output_delta, self.weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-({_EMA})", (f"-({_EMA})",), _J3),), batch=150,
           why="right as written in output_delta, wrong only through the line before"),
    Public("v5-em-hd", _EM, "b150_em", "b150_em",
           "        hidden_delta = hidden_error * sigmoid_derivative(self.hidden_layer)", ((C,),),
           (Twin("value", f"-{_EM1}", (f"-{_EM1}",), _J3),), batch=150),
    Public("v5-em-w2", _EM, "b150_em", "b150_em",
           "        self.weights_hidden_output += np.dot(self.hidden_layer.T, output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_EM2}*a1[{{j}}]",), _K3J3),), batch=150),
    Public("v5-em-b2", _EM, "b150_em", "b150_em",
           "        self.bias_output += np.sum(output_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_EM2}",), _K3),), batch=150),
    Public("v5-em-w1", _EM, "b150_em", "b150_em",
           "        self.weights_input_hidden += np.dot(X.T, hidden_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_EM1}*x[{{i}}]",), _J3I4),), batch=150),
    Public("v5-em-b1", _EM, "b150_em", "b150_em",
           "        self.bias_hidden += np.sum(hidden_delta, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_EM1}",), _J3),), batch=150),
    # ---- the NeuralNetwrok class's backprop (eight-space indentation): output_error = 2*(y - output), d_weights
    # computed, then added with no rate; the file's runs of spaces after the commas kept ------------------------------
    Public("v5-nw-e", _NW, "b150_nw", "b150_nw", "        output_error = 2*(self.y - self.output)", ((C,),),
           (Twin("value", "2*(y[0] - a2[0])", ("2*(y[0] - a2[0])",)),), batch=150,
           why="-dE/d output under the squared error, a value"),
    Public("v5-nw-od", _NW, "b150_nw", "b150_nw",
           "        output_delta = output_error * sigmoid_derivative(self.output)", ((C,),),
           (Twin("value", f"-{_S2}", (f"2*{_PAGE2}",)),), batch=150),
    Public("v5-nw-le", _NW, "b150_nw", "b150_nw",
           "        layer1_error = np.dot(output_delta, self.weights2.T)", ((C,),),
           (Twin("value", f"-{_S2}*W2[0,{{j}}]", (f"-{_S2}*W2[0,{{j}}]",), _J4),), batch=150),
    Public("v5-nw-ld", _NW, "b150_nw", "b150_nw",
           "        layer1_delta = layer1_error * sigmoid_derivative(self.layer1)", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J4),), batch=150),
    Public("v5-nw-dw2", _NW, "b150_nw", "b150_nw",
           "        self.d_weights2 = np.dot(self.layer1.T,  output_delta)", ((C,),),
           (Twin("value", f"-{_S2}*a1[{{j}}]", (f"-{_S2}*a1[{{j}}]",), _J4),), batch=150,
           why="-dE/dW2 (input-first, a column), a value; two spaces after the comma as in the file"),
    Public("v5-nw-dw1", _NW, "b150_nw", "b150_nw",
           "        self.d_weights1 = np.dot(self.input.T,   layer1_delta)", ((C,),),
           (Twin("value", f"-{_S1}*x[{{i}}]", (f"-{_S1}*x[{{i}}]",), _J4I3),), batch=150,
           why="-dE/dW1 (input-first), a value; three spaces after the comma as in the file"),
    Public("v5-nw-w1", _NW, "b150_nw", "b150_nw", "        self.weights1 += self.d_weights1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J4I3),), batch=150,
           why="+= the weights' -dE/dW with no rate: the step at rate 1 (the problem file's)"),
    Public("v5-nw-w2", _NW, "b150_nw", "b150_nw", "        self.weights2 += self.d_weights2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J4),), batch=150),
    # ---- the synapse class's train (eight-space indentation): _sigmoid_deriv takes the sigmoid of what it is given,
    # and is given the outputs (the slope at sigmoid(a), not at z), the rate a folded into the deltas ------------------
    Public("v5-sy-e", _SY, "b150_sy", "b150_sy", "        output_error = labels - predicted", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=150),
    Public("v5-sy-od", _SY, "b150_sy", "b150_sy",
           "        output_delta = output_error * self._sigmoid_deriv(predicted) * a", ((W,),),
           (Twin("value", f"-{_H2}", ("(y[0] - a2[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))*1",)),), batch=150,
           why="_sigmoid_deriv(x) = sigmoid(x) (1 - sigmoid(x)) given the output a2 = sigmoid(z2): the slope at a2, "
               "not at z2 (a2 (1 - a2) was meant); a the rate, 1"),
    Public("v5-sy-he", _SY, "b150_sy", "b150_sy",
           "        hidden_error = np.dot(output_delta, self.output_synapse.T)", ((C,),),
           (Twin("value", f"-{_H2}*W2[0,{{j}}]", (f"-{_H2}*W2[0,{{j}}]",), _J3),), batch=150,
           why="right as written in output_delta, wrong only through the line before"),
    Public("v5-sy-hd", _SY, "b150_sy", "b150_sy",
           "        hidden_delta = hidden_error * self._sigmoid_deriv(self.hidden_layer) * a", ((W,),),
           (Twin("value", f"-{_H1}",
                 (f"-{_H2}*W2[0,{{j}}]*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))*1",), _J3),), batch=150,
           why="the same slip: self.hidden_layer the hidden OUTPUTS, their sigmoid taken again"),
    Public("v5-sy-w1", _SY, "b150_sy", "b150_sy",
           "        self.input_synapse += np.dot(np.transpose(data), hidden_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_H1}*x[{{i}}]",), _J3I2),), batch=150,
           why="right as written in hidden_delta (-dE/dz1 with the rate folded in), no rate on the line"),
    Public("v5-sy-w2", _SY, "b150_sy", "b150_sy",
           "        self.output_synapse += np.dot(np.transpose(self.hidden_layer), output_delta)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_H2}*a1[{{j}}]",), _J3),), batch=150),
    # ---- the Spanish MultilayerPerceptron's backward (eight-space indentation): the same lines as the EMNIST class's
    # on one output, the printed loss np.mean(np.square(y - output)) ---------------------------------------------------
    Public("v5-es-e", _ES, "b150_es", "b150_es", "        output_error = y - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=150),
    Public("v5-es-od", _ES, "b150_es", "b150_es",
           "        output_delta = output_error * sigmoid_derivative(output)", ((W,),),
           (Twin("value", f"-{_S2}", (_PAGE2,)),), batch=150,
           why="the printed loss np.mean(np.square(y - output)), the squared error for one sample and one output: "
               "-dL/dz2 = 2 (y - a2) a2 (1 - a2); the code's delta is half of it"),
    Public("v5-es-he", _ES, "b150_es", "b150_es",
           "        hidden_error = np.dot(output_delta, self.weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-{_S2}*W2[0,{{j}}]", (f"-{_S2}*W2[0,{{j}}]",), _J4),), batch=150),
    Public("v5-es-hd", _ES, "b150_es", "b150_es",
           "        hidden_delta = hidden_error * sigmoid_derivative(self.hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J4),), batch=150),
    *_updates(_S2, _S1, _J4, _J4I2,
              "self.weights_hidden_output += np.dot(self.hidden_layer_output.T, output_delta) * learning_rate",
              "self.weights_input_hidden += np.dot(X.T, hidden_delta) * learning_rate",
              "self.bias_output += np.sum(output_delta, axis=0, keepdims=True) * learning_rate",
              "self.bias_hidden += np.sum(hidden_delta, axis=0, keepdims=True) * learning_rate",
              "v5-es", _ES, "b150_es", "        "),
]
