r"""Batch 137 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in:
twelve stored files whose repositories the index does not name, in five languages, one of them a Markdown article):
seven Python/NumPy scripts of the kind homework hands in, rows of samples with np.dot, .dot, .T and += updates (a
script commented in Spanish, stored file 3077408584: "# Actualizacian de pesos y sesgos", W2 +=
hidden_layer_output.T.dot(d_predicted_output) * learning_rate; a battery-charge script with two hidden layers, stored
file 5626964792: error_frist_hidden_layer = d_hidden2_layer.dot(hidden2_weights.T), lr = 1.5; a ReLU regression script
with a linear output, stored file 31673648970: d_predicted_output = error  # Derivative of loss w.r.t. predicted
output; an XOR script, stored file 17270713249: comments after the code, "# Gradient at hidden layer"; an AND-gate
script, stored file 46421057147; a spam filter on Turkmen sentences, stored file 15521355873: def backpropagation(...)
with learning_rate=0.1; an XOR script commented in Polish, stored file 46914627223: hidden_error = error *
sigmoid_derivative(output_layer_input), b1 += np.sum(d_hidden_layer) * learning_rate, two slips); a Chinese Markdown
article (stored file 9494032622: $$ displays five spaces in, \frac{\partial J}{\partial w^{(2)}} = \delta_{o}^{(2)}
a_{h}^{(1)} with the text's delta = -dJ/dz, and a ```python block whose hidden layer updates with
d_hidden_layer_output, three slips); a MATLAB mlp_train (stored file 27475064936: delta2 = (A2 - Y) .*
sigmoid_gradient(Z2);, W2 = W2 - eta * (A1' * delta2);, one and two hidden layers); a Java NeuralNetwork (stored file
27413252954: this.deltaOutput[k], this.outWeight[k][j] output-first, updates continued on the next line); a Rust
network (stored file 9262727936: closures |(&o, &t)| (o - t) * o * (1.0 - o), an iterator chain for the hidden deltas,
*weight -= LEARNING_RATE * output_delta * hidden_output;); and a C program (stored file 41722323657: arrays counted
from 1 with index 0 the bias's, DeltaOutput[k] = (Target[p][k] - Output[p][k]) * Output[p][k] * (1.0 -
Output[p][k]);). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; each
line with its indentation, its trailing spaces and the comment after it), each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: NumPy rows named as
transposes, "W2" = "W2[:, :].T" for weights stored input-first, "predicted_output" = "a2[:].T"; code deltas that are
-dE/dz written "-delta2[:].T" where the updates add them and "delta2[:].T" (MATLAB) or "delta2[k]" (Java, Rust) where
they subtract them; helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given,
"sigmoid' at input" for MATLAB's sigmoid_gradient(Z) and "relu' at input" for relu_derivative of the sums; a loop's
scalar sum (Java's net, C's BackpropagationArray[j]) named -dE/d(hidden output) with the loop's index; C's 1-based
arrays with index arithmetic, "Output[p][k]" = "a2[k-1]", p the pattern; Rust's loop variables named with the loops'
indices, one notation for the output loops and one for the hidden loops where the code reuses weight, bias and
hidden_delta), a network of the kind the page describes (with the page's numbers where it gives them: the battery
script's 3-3-2-1 layers and lr = 1.5, the learning rates 0.001, 0.5, 0.01, 0.5, 0.2 and 0.01 the ReLU, XOR, Rust, C,
Polish and Chinese files write; the Chinese text's J = 1/2 sum (y_i - y_hat_i)^2; all in
tests/public_formulas_batch137_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. The code's deltas, errors and sums (d_predicted_output,
error_second_hidden_layer, this.deltaOutput[k], output_delta, DeltaHidden[j]) and forward lines (hidden_layer_input =
np.dot(X, W1) + b1, Output[p][k] = 1.0/(1.0 + exp(...))) are twinned as values, as in batches 14 to 116; the updates
as updates, with eta for the file's rate (the problem file's). What was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 137

The batch: 76 formulas from 12 addresses (the Spanish script 8, the battery script 8, the ReLU script 8, the XOR script
5, the MATLAB function 8, the Java class 4, the Rust network 6, the AND-gate script 5, the Turkmen spam filter 4, the C
program 4, the Polish script 8, the Chinese article 8). 3 are in a document's $$ displays (the Chinese article's), 73
in code (Python 51, five of them in the Chinese article's ```python block; MATLAB 8, Java 4, Rust 6, C 4).

8 are mistaken (the oracle finds a member wrong), and none is mistyped:

- the Rust network's rs-hd, let hidden_delta: Vec<f64> = output_layer.weights.iter().flat_map(|row| row.iter())
  .zip(&output_delta).zip(&hidden_output).map(|((&w, &od), &h)| w * h * (1.0 - h)).collect(); over six lines: the
  chain zips the FLATTENED output weights with the output deltas and the hidden outputs, and the closure drops od, so
  element j is W2[0, j] h_j (1 - h_j) (for j below the number of outputs, the zip's shortest) where the hidden delta is
  the sum over k of output_delta[k] W2[k, j] times h_j (1 - h_j); the twin holds j = 0, 1 on the 3-4-2 network;
- the Polish script's pl-he, hidden_error = error * sigmoid_derivative(output_layer_input): the helper x * (1 - x), the
  slope written of the output, taken of the SUM (z2 (1 - z2)); hidden_error is the output's error term the script
  sends back (hidden_layer_error = np.dot(hidden_error, W2.T)), and its own d_output two lines below is right;
- the Polish script's pl-b1, b1 += np.sum(d_hidden_layer) * learning_rate: np.sum without axis=0 adds up the three
  hidden units' deltas, so every hidden bias moves by their sum (b2's line, the same construct, is right only because
  there is one output);
- the Chinese article's zh-dw2 and zh-db2, \frac{\partial J}{\partial w^{(2)}} = \delta_{o}^{(2)} a_{h}^{(1)} and
  \frac{\partial J}{\partial b^{(2)}} = \delta_{o}^{(2)}: the text defines \delta_{o}^{(2)} = a_{o}^{(2)} (1 - a_{o}^{(2)})
  (y - a_{o}^{(2)}), which is -dJ/dz2 for its J = 1/2 sum (y_i - y_hat_i)^2, so both derivatives have the wrong sign;
- the Chinese article's code block: zh-dhi, d_hidden_layer_input = d_hidden_layer_output *
  sigmoid_derivative(hidden_layer_output) (the derivative, which the block uses without defining and takes at the sum
  on the output's line, taken at the hidden OUTPUT: sigmoid'(a1) where sigmoid'(z1) belongs), and zh-w and zh-b,
  weights -= learning_rate * np.dot(X.T, d_hidden_layer_output) and biases -= learning_rate *
  d_hidden_layer_output.mean(axis=0) (dJ/d(hidden output) where dJ/dz1, d_hidden_layer_input, belongs: the line
  before computes it and nothing uses it).

Not mistaken, though they look it: the ReLU script's d_hidden_layer, computed after weights_hidden_output is updated
(rl-dhl's weights_hidden_output is the output weights as named; the slip is the order, not a line's), and its
d_predicted_output = error with the comment "Derivative of loss w.r.t. predicted output" where the printed loss is
np.mean(np.square(error)) (the code's delta is -dE/dz of half the squared error, the loss its updates descend; the
comment leaves out the sign and the mean's factor 2/n); the Rust hidden updates (rs-w1, rs-b1) with hidden_delta, the
hidden delta as named (rs-hd computes it wrongly); the battery script's frist for first (a name, spelled as the file
spells it everywhere); the updates with += (the Python and C deltas are -dE/dz); MATLAB's delta1 line, the same text in
the one- and two-hidden-layer branches (one entry on each network, m1-d1 and m2-d1); the XOR script's comments calling
the code's deltas gradients (# Gradient at output layer: -dE/dz, sign aside); the Polish script's b2 += np.sum(d_output)
* learning_rate (one output and one sample: the sum is the output's delta) and its hidden_layer_error (np.dot of
hidden_error as named); the Chinese block's d_output_layer_output = output_layer_output - y (dJ/d(output) of the text's
J = 1/2 sum; the block's mse_loss, the mean of the squares without the half, is only printed) and its
d_output_layer_input with the derivative at the sum; the Chinese text's \delta_{o}^{(2)} itself (its own definition,
-dJ/dz2).

What was left out: the Spanish script's mse = np.mean(error**2) (the printed loss, the squared error's mean, not the
half the updates descend; no notation gives it without naming a second loss) and its plots; the battery script's
forward lines with +=  (frist_hidden_layer_activation += hidden1_bias: running sums of a two-line statement), its other
biases' and weights' updates (the same construct as those taken: at most 8 from a file); the ReLU script's loss line
(the same as the Spanish mse) and plotting; the XOR script's forward lines and its weight history; the MATLAB file's
forward lines (Z1 = X * W1; ...), its other two-hidden-layer updates and its commented-out one-hot copy (the same lines
with Y_onehot'); the Java class's net += this.deltaOutput[k] * this.outWeight[k][j]; (a running sum), its forward loops
and its printed error (error_sum += num * num); the Rust code's forward closures (sigmoid(b + w.iter().zip(input).map(|
(&w, &i)| w * i).sum::<f64>())) and its main (input: /* Input values here */); the AND-gate script's error and output
lines (the same as the Spanish script's) and its pasted OUTPUT; the Turkmen filter's forward function and
CountVectorizer lines; the C program's momentum updates (DWeightIn2Hidden[i][j] = eta * Input[p][i] * DeltaHidden[j] +
alpha * DWeightIn2Hidden[i][j]: a step with momentum, which no problem file's update holds), its running sums
(HiddenCompute[p][j] += ..., Error += 0.5 * ...) and its file I/O; the Polish script's W1 update and its MSE and
classification records (errors_mse_output.append(...): method calls), and its plots; the Chinese article's other
displays (its forward sums with w_{i}^{(1)} and b^{(1)} that index no hidden unit, \delta_{h}^{(1)} with a sum over j of
w_{j}^{(2)} \delta_{o}^{(2)} whose indices do not match, the hidden-layer derivatives, SGD's and Adam's updates, the
losses), its first block's output-layer updates and its second block (d_hidden_layer_output = d_output_layer_output *
sigmoid_derivative(hidden_layer_output): names reused with other meanings, shapes that do not agree). Pages read and
not taken: a Python XOR script (stored file 42827287811: sigmoid_derivative of the sums, which its helper computes
right: no slip, and the same lines as those taken), a linear-network Python
class (stored file 38121354363: deltaOutput with a line continued by a backslash, wHidden[i,j] -= ...deltaHidden[j+1]
with a bias unit at index 0 and a derivativeLinear helper returning 1, which no notation names), a JavaScript Matrix
network (stored file 6302676267: method calls that mutate their matrices, output_error.mul(output_node) after
output_node.map(fd_sigmoid), no line a notation reads as a formula), and candidates earlier batches held (two R
scripts, a Go network, a Rust ndarray network).

Collected on 2026-12-07 (09:26 to 09:33 by the machine's clock, the oracle's runs included; the Polish script and the
Chinese article added after a first commit of the other ten, before any check run). Every notation was
loaded (notation_loading.load_notation, for each network of the batch, the notation's table appended to the network's
problem text) before the run, without judging a formula: all 15 pairs loaded as first written (the Rust file has two
notations, one for its output loops and one for its hidden loops; the Chinese article two, one for its text and one
for its code). The oracle's first runs passed every verdict as first transcribed (60 entries, then all 76).

Run blind at main ac5ff65 (/work/READY_FOR_BLIND54, open at 09:46 by the machine's clock; src/ as at ac5ff65, main's
last change to it; the rebase without conflict), with nothing under src/ changed. The first run
(/work/batch137_blind.txt): 73 of 76 read with every verdict right (96%), 3 refused, no typo in the batch, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts
from the wrong number, none names a quantity the page does not mean: each stops at the page's own construct), so the
batch was run once.

Of the 8 mistaken formulas, 6 were read with their wrong member called wrong (pl-he, the helper of the output taken of
the sum; zh-dw2 and zh-db2, the text's sign; zh-dhi, the derivative at the hidden output; zh-w and zh-b, the updates
with dJ/d(hidden output)); the other two were refused (rs-hd at its iterator chain, pl-b1 at np.sum without its axis:
below), neither called correct. By page: the Spanish script 8 of 8, the battery script 8 of 8, the ReLU script 8 of 8,
the XOR script 5 of 5, the MATLAB function 8 of 8, the Java class 4 of 4, the Rust network 4 of 6, the AND-gate script 5
of 5, the Turkmen spam filter 4 of 4, the C program 4 of 4, the Polish script 7 of 8, the Chinese article 8 of 8.

The refusals by construct (3), with the exact message:

- 2, Rust's iterator chains with closures (.iter().zip(...).map(|(&o, &t)| ...).collect()): rs-od: "formula
  'output_delta = output.iter() \\cdot zip(target) \\cdot map(...': a list in parentheses is not a formula at ','
  (position 62); write one expression" (the closure's argument pattern |(&o, &t)|); rs-hd (the page's slip, over six
  lines): "formula 'hidden_delta = output_layer.weights.iter() \\cdot flat_map...': flat_map(...) is a function the
  notation does not name at 'f' (position 50); name it there: functions = { flat_map = "relu" } for an activation, {
  flat_map = "relu' at input" } (or at output) for its derivative, loss = ["flat_map"] for the loss, or { flat_map =
  "matrix product" } for a helper's arithmetic (or "product", "sum", "difference", "dot", "outer product",
  "transpose")" (the method chain's dots read as products, the adaptor taken for an unnamed function);
- 1, NumPy's np.sum without its axis added to a bias row (a number broadcast over the row): pl-b1 (the page's slip):
  "formula 'b1 += np.sum(d_hidden_layer) * learning_rate': adds a vector or matrix and a number in b_{1} +
  (entries_sum(d_hidden_layer) * learning_{rate})" (the sum of the entries read as NumPy means it; the update, which
  moves every hidden bias by that one number, refused rather than judged wrong).

Read, among the constructs these pages brought: NumPy rows with np.dot, .dot, .T, np.sum(..., axis=0, keepdims=True)
and += or -= updates named as transposes (seven scripts, the battery script's three layers and its frist names, a
linear output with d_predicted_output = error), comments after the code (# Gradient at output layer, # Linear output
layer for regression) and trailing spaces; np.sum of the whole array at one output (pl-b2); a helper of the output
taken of the sum (pl-he, called wrong) and the derivative at the hidden output (zh-dhi, called wrong); MATLAB's .*, '
for the transpose, W2 = W2 - eta * (A1' * delta2); and sigmoid_gradient at the sums on one- and two-hidden-layer
networks; Java's this.-qualified arrays [k][j] output-first, a loop's scalar net and updates continued on the next
line; Rust's *weight -= and *bias -= in loops whose variables the notations name with the loops' indices; C's 1-based
arrays with [p] the pattern, 1.0/(1.0 + exp(-...)) and BackpropagationArray[j]; the Chinese article's $$ displays five
spaces in, \delta_{o}^{(2)} by its own definition and \frac{\partial J}{\partial w^{(2)}} over a whole weight vector
(its sign slip called wrong).

Which look general (would appear in much homework): np.sum(delta) without axis=0 in a bias update (a scalar added
to a row; here the page's slip, and where there is one unit, b2 += np.sum(d_output), read); Rust's iterator chains with
closures, which any Rust homework writes for its vectors' arithmetic. Page-specific: rs-hd's flat_map chain (the page's
slip, no single formula a reader could take).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch137_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ES = _STORED.format(3077408584, "import numpy as np",
                     "a Python script commented in Spanish: a 2-50-1 sigmoid network on two clouds of points, "
                     "# Actualizacian de pesos y sesgos")
_BT = _STORED.format(5626964792, "'''",
                     "a Python script estimating a battery's charge: a 3-3-2-1 sigmoid network, error_frist_hidden_layer")
_RL = _STORED.format(31673648970, "import numpy as np",
                     "a Python regression script: a ReLU hidden layer, a linear output, a live plot")
_XR = _STORED.format(17270713249, "import numpy as np",
                     "a Python XOR script with *Forward Propagation* and *Backward Propagation* comments and a plot "
                     "of the weights")
_ML = _STORED.format(27475064936, "function [W1, W2, W3] = mlp_train(X, Y, n_hidden_nodes, n_hidden_layers, eta, i)",
                     "a MATLAB function training a multi-layer perceptron with one or two hidden layers")
_JV = _STORED.format(27413252954, "package neural;",
                     "a Java NeuralNetwork class with forwardPropagation and backwordPropagation(int y)")
_RS = _STORED.format(9262727936, "struct HiddenLayer {",
                     "a Rust network of HiddenLayer and OutputLayer structs, back_propagation with iterator chains")
_AD = _STORED.format(46421057147, "import numpy as np",
                     "a Python AND-gate network with its printed OUTPUT pasted after the code")
_TK = _STORED.format(15521355873, "import numpy as np",
                     "a Python spam filter on Turkmen sentences (CountVectorizer), def backpropagation(...)")
_CC = _STORED.format(41722323657, "#include <stdio.h>",
                     "a C program: a 2-2-1 network trained on XOR with momentum, arrays counted from 1")
_PL = _STORED.format(46914627223, "import os",
                     "a Python XOR script commented in Polish: # Propagacja wsteczna, # Aktualizacja wag i biasów")
_ZH = _STORED.format(9494032622, "### 背景介绍",
                     "its first line spaces only; a Chinese Markdown article on large models in data centres: back-propagation formulas in $$ "
                     "displays and Python code blocks")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))


def _rows(**ranges) -> tuple:
    names = list(ranges)
    out = [{}]
    for name in names:
        out = [{**row, name: v} for row in out for v in range(ranges[name])]
    return tuple(out)


# one sigmoid output under half the squared error: -dE/dz2 (D), and -dE/dz1[j] of hidden unit j
_D = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_DH = f"{_D}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the battery network, 3-3-2-1: -dE/dz3, -dE/d a2[j], -dE/dz2[j], -dE/d a1[i], -dE/dz1[i]
_B3 = "(y[0] - a3[0])*a3[0]*(1 - a3[0])"
_BE2 = f"{_B3}*W3[0,{{j}}]"
_B2 = f"{_BE2}*a2[{{j}}]*(1 - a2[{{j}}])"
_B2j = [_B2.format(j=j) for j in range(2)]
_BE1 = f"({_B2j[0]}*W2[0,{{i}}] + {_B2j[1]}*W2[1,{{i}}])"
_B1 = f"{_BE1}*a1[{{i}}]*(1 - a1[{{i}}])"

# the ReLU network, 1-4-1, a linear output: -dE/dz2 and -dE/dz1[j]
_R2 = "(y[0] - a2[0])"
_R1 = f"{_R2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the MATLAB network with two hidden layers (2-3-2-1): dE/dz3, dE/dz2[j], dE/dz1[i]
_M3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_M2 = f"{_M3}*W3[0,{{j}}]*a2[{{j}}]*(1 - a2[{{j}}])"
_M2j = [_M2.format(j=j) for j in range(2)]
_M1 = f"({_M2j[0]}*W2[0,{{i}}] + {_M2j[1]}*W2[1,{{i}}])*a1[{{i}}]*(1 - a1[{{i}}])"

# the Rust 3-4-2 network: dE/dz2[k], dE/dz1[j]
_S2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_S1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
       "*a1[{j}]*(1 - a1[{j}])")
# dE/dz1[j] as a value written with j (for a twin over j)
_RS_HD = ("    let hidden_delta: Vec<f64> = output_layer.weights.iter()\n"
          "        .flat_map(|row| row.iter())\n"
          "        .zip(&output_delta)\n"
          "        .zip(&hidden_output)\n"
          "        .map(|((&w, &od), &h)| w * h * (1.0 - h))\n"
          "        .collect();")


ENTRIES = [
    # ---- the Spanish-commented script (Python, NumPy, four-space indentation): rows, np.dot, .dot, .T, += ---------
    Public("b137-es-hin", _ES, "b137_es", "b137_es", "    hidden_layer_input = np.dot(X, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=137,
           why="the hidden sums of the input row, W1 input-first"),
    Public("b137-es-po", _ES, "b137_es", "b137_es", "    predicted_output = sigmoid(output_layer_input)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=137),
    Public("b137-es-err", _ES, "b137_es", "b137_es", "    error = Y - predicted_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=137),
    Public("b137-es-dpo", _ES, "b137_es", "b137_es",
           "    d_predicted_output = error * sigmoid_derivative(predicted_output)", ((C,),),
           (Twin("value", _D, (_D,)),), batch=137,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x * (1 - x) of the output"),
    Public("b137-es-dhl", _ES, "b137_es", "b137_es",
           "    d_hidden_layer = d_predicted_output.dot(W2.T) * sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", _DH, (_DH,), _J3),), batch=137),
    Public("b137-es-w2", _ES, "b137_es", "b137_es",
           "    W2 += hidden_layer_output.T.dot(d_predicted_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_D}",), _J3),), batch=137,
           why="+= with the code's delta (-dE/dz): the gradient step, W2 input-first"),
    Public("b137-es-b2", _ES, "b137_es", "b137_es",
           "    b2 += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_D}",)),), batch=137, why="np.sum over the rows (one sample)"),
    Public("b137-es-w1", _ES, "b137_es", "b137_es", "    W1 += X.T.dot(d_hidden_layer) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_DH}",), _rows(i=2, j=3)),), batch=137),
    # ---- the battery script (Python, eight-space indentation): two hidden layers, frist for first in the names ---
    Public("b137-bt-dpo", _BT, "b137_bt", "b137_bt",
           "        d_predicted_output = error * sigmoid_derivative(predicted_output)", ((C,),),
           (Twin("value", _B3, (_B3,)),), batch=137),
    Public("b137-bt-e2", _BT, "b137_bt", "b137_bt",
           "        error_second_hidden_layer = d_predicted_output.dot(output_weights.T)", ((C,),),
           (Twin("value", _BE2, (_BE2,), _J2),), batch=137, why="-dE/d(the second hidden layer's outputs), a value"),
    Public("b137-bt-d2", _BT, "b137_bt", "b137_bt",
           "        d_hidden2_layer = error_second_hidden_layer * sigmoid_derivative(second_hidden_layer_output)",
           ((C,),), (Twin("value", _B2, (_B2,), _J2),), batch=137),
    Public("b137-bt-e1", _BT, "b137_bt", "b137_bt",
           "        error_frist_hidden_layer = d_hidden2_layer.dot(hidden2_weights.T)", ((C,),),
           (Twin("value", _BE1, (_BE1,), tuple({"i": i} for i in range(3))),), batch=137,
           why="frist (the file's spelling) for first; -dE/d(the first hidden layer's outputs)"),
    Public("b137-bt-d1", _BT, "b137_bt", "b137_bt",
           "        d_hidden1_layer = error_frist_hidden_layer * sigmoid_derivative(frist_hidden_layer_output)", ((C,),),
           (Twin("value", _B1, (_B1,), tuple({"i": i} for i in range(3))),), batch=137),
    Public("b137-bt-w3", _BT, "b137_bt", "b137_bt",
           "        output_weights += second_hidden_layer_output.T.dot(d_predicted_output) * lr", ((C,),),
           (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] + eta*a2[{{j}}]*{_B3}",), _J2),), batch=137,
           why="lr = 1.5, the problem file's rate"),
    Public("b137-bt-w2", _BT, "b137_bt", "b137_bt",
           "        hidden2_weights += frist_hidden_layer_output.T.dot(d_hidden2_layer) * lr", ((C,),),
           (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] + eta*a1[{{i}}]*{_B2}",), _rows(i=3, j=2)),),
           batch=137),
    Public("b137-bt-b1", _BT, "b137_bt", "b137_bt",
           "        hidden1_bias += np.sum(d_hidden1_layer,axis=0,keepdims=True) * lr", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_B1}",), tuple({"i": i} for i in range(3))),), batch=137),
    # ---- the ReLU regression script (Python, four-space indentation): a linear output, comments after the code --
    Public("b137-rl-po", _RL, "b137_rl", "b137_rl",
           "    predicted_output = output_layer_input  # Linear output layer for regression", ((C,),),
           (Twin("value", "a2[0]", ("z2[0]",)),), batch=137, why="the output is its sum (a linear output)"),
    Public("b137-rl-err", _RL, "b137_rl", "b137_rl", "    error = y_scaled - predicted_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=137),
    Public("b137-rl-dpo", _RL, "b137_rl", "b137_rl",
           "    d_predicted_output = error  # Derivative of loss w.r.t. predicted output", ((C,),),
           (Twin("value", _R2, (_R2,)),), batch=137,
           why="the code's delta (-dE/dz2 of half the squared error, the loss the updates descend; the linear output's "
               "slope is 1); the comment calls it the loss's derivative, sign and the mean's factor 2/n aside"),
    Public("b137-rl-who", _RL, "b137_rl", "b137_rl",
           "    weights_hidden_output += hidden_layer_output.T.dot(d_predicted_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_R2}",), _J4),), batch=137),
    Public("b137-rl-bo", _RL, "b137_rl", "b137_rl",
           "    bias_output += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_R2}",)),), batch=137),
    Public("b137-rl-dhl", _RL, "b137_rl", "b137_rl",
           "    d_hidden_layer = d_predicted_output.dot(weights_hidden_output.T) * relu_derivative(hidden_layer_input)",
           ((C,),), (Twin("value", _R1, (_R1,), _J4),), batch=137,
           why="relu_derivative of the hidden sums; weights_hidden_output the output weights as named (the script "
               "updates them before this line, a slip of the order, not of this line's names)"),
    Public("b137-rl-wih", _RL, "b137_rl", "b137_rl",
           "    weights_input_hidden += X_scaled.T.dot(d_hidden_layer) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] + eta*x[0]*{_R1}",), _J4),), batch=137),
    Public("b137-rl-bh", _RL, "b137_rl", "b137_rl",
           "    bias_hidden += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_R1}",), _J4),), batch=137),
    # ---- the XOR script (Python, four-space indentation): trailing spaces and comments on the lines ------------
    Public("b137-xr-err", _XR, "b137_xr", "b137_xr", "    error = y - predicted_output  ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=137, why="two trailing spaces, as in the file"),
    Public("b137-xr-dpo", _XR, "b137_xr", "b137_xr",
           "    d_predicted_output = error * sigmoid_derivative(predicted_output)  # Gradient at output layer", ((C,),),
           (Twin("value", _D, (_D,)),), batch=137),
    Public("b137-xr-dhl", _XR, "b137_xr", "b137_xr",
           "    d_hidden_layer = d_predicted_output.dot(weights_hidden_output.T) * "
           "sigmoid_derivative(hidden_layer_output)  # Gradient at hidden layer", ((C,),),
           (Twin("value", _DH, (_DH,), _J2),), batch=137),
    Public("b137-xr-who", _XR, "b137_xr", "b137_xr",
           "    weights_hidden_output += hidden_layer_output.T.dot(d_predicted_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_D}",), _J2),), batch=137,
           why="learning_rate = 0.5, the problem file's rate"),
    Public("b137-xr-wih", _XR, "b137_xr", "b137_xr",
           "    weights_input_hidden += X.T.dot(d_hidden_layer) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_DH}",), _rows(i=2, j=2)),), batch=137),
    # ---- the MATLAB function (eight-space indentation): .*, ' for the transpose, W = W - eta * (...) ----------------
    Public("b137-m1-d2", _ML, "b137_m1", "b137_m1", "        delta2 = (A2 - Y) .* sigmoid_gradient(Z2);", ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=137,
           why="dE/dz2 of half the squared error; sigmoid_gradient the slope at the sum"),
    Public("b137-m1-d1", _ML, "b137_m1", "b137_m1", "        delta1 = (delta2 * W2') .* sigmoid_gradient(Z1);", ((C,),),
           (Twin("value", f"-{_DH}", (f"-{_DH}",), _J3),), batch=137, why="the one-hidden-layer branch"),
    Public("b137-m1-w2", _ML, "b137_m1", "b137_m1", "        W2 = W2 - eta * (A1' * delta2);", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_D}",), _J3),), batch=137),
    Public("b137-m1-w1", _ML, "b137_m1", "b137_m1", "        W1 = W1 - eta * (X' * delta1);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_DH}",), _rows(i=2, j=3)),), batch=137),
    Public("b137-m2-d3", _ML, "b137_m2", "b137_m2", "        delta3 = (A3 - Y) .* sigmoid_gradient(Z3);", ((C,),),
           (Twin("value", _M3, (_M3,)),), batch=137, why="the two-hidden-layer branch"),
    Public("b137-m2-d2", _ML, "b137_m2", "b137_m2", "        delta2 = (delta3 * W3') .* sigmoid_gradient(Z2);", ((C,),),
           (Twin("value", _M2, (_M2,), _J2),), batch=137),
    Public("b137-m2-d1", _ML, "b137_m2", "b137_m2", "        delta1 = (delta2 * W2') .* sigmoid_gradient(Z1);", ((C,),),
           (Twin("value", _M1, (_M1,), tuple({"i": i} for i in range(3))),), batch=137,
           why="the same line as the one-hidden-layer branch's, on the two-hidden-layer network"),
    Public("b137-m2-w3", _ML, "b137_m2", "b137_m2", "        W3 = W3 - eta * (A2' * delta3);", ((C,),),
           (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] - eta*a2[{{j}}]*{_M3}",), _J2),), batch=137),
    # ---- the Java class (tabs): this., [k][j] output-first, updates continued on the next line -------------------
    Public("b137-jv-do", _JV, "b137_jv", "b137_jv",
           "\t\t\tthis.deltaOutput[k] = (this.output[k] - y) * this.output[k] * (1 - this.output[k]);", ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",), ({"k": 0},)),),
           batch=137, why="y the label (one output)"),
    Public("b137-jv-dh", _JV, "b137_jv", "b137_jv",
           "\t\t\tthis.deltaHidden[j] = net * this.hidden[j] * (1 - this.hidden[j]);", ((C,),),
           (Twin("value", f"-{_DH}", (f"-{_DH}",), _J4),), batch=137,
           why="net the loop's sum over k of deltaOutput[k] * outWeight[k][j]"),
    Public("b137-jv-ow", _JV, "b137_jv", "b137_jv",
           "\t\t\t\tthis.outWeight[k][j] = this.outWeight[k][j]\n"
           "\t\t\t\t\t\t- (this.learningRate * this.deltaOutput[k] * this.hidden[j]);", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_D}*a1[{{j}}]",), _rows(k=1, j=4)),), batch=137,
           why="the statement continued on the next line"),
    Public("b137-jv-hw", _JV, "b137_jv", "b137_jv",
           "\t\t\t\tthis.hiddenWeight[j][i] = this.hiddenWeight[j][i]\n"
           "\t\t\t\t\t\t- (this.learningRate * this.deltaHidden[j] * this.input[i]);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_DH}*x[{{i}}]",), _rows(i=3, j=4)),), batch=137),
    # ---- the Rust network (four- to twelve-space indentation): closures, iterator chains, *weight -= ----------------
    Public("b137-rs-od", _RS, "b137_rs", "b137_rs",
           "    let output_delta: Vec<f64> = output.iter().zip(target).map(|(&o, &t)| (o - t) * o * (1.0 - o)).collect();",
           ((C,),), (Twin("value", _S2, (_S2,), _K2),), batch=137, why="a closure's (o - t) * o * (1.0 - o) per output"),
    Public("b137-rs-hd", _RS, "b137_rs", "b137_rs", _RS_HD, ((W,),),
           (Twin("value", _S1, ("W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=137,
           why="the chain zips the FLATTENED output weights (row 0 first) with output_delta and hidden_output, and its "
               "closure drops od: element j is W2[0,j] * h_j * (1 - h_j), for j below the number of outputs (the "
               "zip's shortest); the hidden delta is the sum over k of output_delta[k] W2[k,j] times h_j (1 - h_j) "
               "(the code's slip)"),
    Public("b137-rs-w2", _RS, "b137_rs", "b137_rs",
           "            *weight -= LEARNING_RATE * output_delta * hidden_output;", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_S2}*a1[{{j}}]",), _rows(k=2, j=4)),), batch=137,
           why="*weight the loop's weight from hidden j to output k"),
    Public("b137-rs-b2", _RS, "b137_rs", "b137_rs", "        *bias -= LEARNING_RATE * output_delta;", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_S2}",), _K2),), batch=137),
    Public("b137-rs-w1", _RS, "b137_rs", "b137_rsh", "            *weight -= LEARNING_RATE * hidden_delta * input;",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _rows(j=4, i=3)),),
           batch=137, why="hidden_delta the hidden delta as named (the code computes it wrongly above, rs-hd's slip)"),
    Public("b137-rs-b1", _RS, "b137_rs", "b137_rsh", "        *bias -= LEARNING_RATE * hidden_delta;", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_S1}",), _J4),), batch=137),
    # ---- the AND-gate script (Python, four-space indentation) ------------------------------------------------------
    Public("b137-ad-hin", _AD, "b137_ad", "b137_ad",
           "    hidden_input = np.dot(inputs, weights_input_hidden) + bias_hidden", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=137),
    Public("b137-ad-dhl", _AD, "b137_ad", "b137_ad",
           "    d_hidden_layer = d_predicted_output.dot(weights_hidden_output.T) * sigmoid_derivative(hidden_output)",
           ((C,),), (Twin("value", _DH, (_DH,), _J2),), batch=137),
    Public("b137-ad-bo", _AD, "b137_ad", "b137_ad",
           "    bias_output += np.sum(d_predicted_output, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_D}",)),), batch=137),
    Public("b137-ad-wih", _AD, "b137_ad", "b137_ad",
           "    weights_input_hidden += inputs.T.dot(d_hidden_layer) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_DH}",), _rows(i=2, j=2)),), batch=137),
    Public("b137-ad-bh", _AD, "b137_ad", "b137_ad",
           "    bias_hidden += np.sum(d_hidden_layer, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_DH}",), _J2),), batch=137),
    # ---- the Turkmen spam filter (Python, four-space indentation, inside def backpropagation) ----------------------
    Public("b137-tk-err", _TK, "b137_tk", "b137_tk", "    error = y - predicted_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=137),
    Public("b137-tk-dhl", _TK, "b137_tk", "b137_tk",
           "    d_hidden_layer = d_predicted_output.dot(weights_hidden_output.T) * sigmoid_derivative(hidden_output)",
           ((C,),), (Twin("value", _DH, (_DH,), _J4),), batch=137),
    Public("b137-tk-who", _TK, "b137_tk", "b137_tk",
           "    weights_hidden_output += hidden_output.T.dot(d_predicted_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_D}",), _J4),), batch=137),
    Public("b137-tk-wih", _TK, "b137_tk", "b137_tk", "    weights_input_hidden += X.T.dot(d_hidden_layer) * learning_rate",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_DH}",), _rows(i=3, j=4)),),
           batch=137),
    # ---- the C program (sixteen-space indentation): arrays counted from 1, [p] the pattern -------------------------
    Public("b137-cc-hid", _CC, "b137_c", "b137_c", "                Hidden[p][j] = 1.0/(1.0 + exp(-HiddenCompute[p][j]));",
           ((C,),), (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=137,
           why="j = 1, 2 in the file's counting (a1[0], a1[1])"),
    Public("b137-cc-out", _CC, "b137_c", "b137_c", "                Output[p][k] = 1.0/(1.0 + exp(-OutputCompute[p][k]));",
           ((C,),), (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=137),
    Public("b137-cc-do", _CC, "b137_c", "b137_c",
           "                DeltaOutput[k] = (Target[p][k] - Output[p][k]) * Output[p][k] * (1.0 - Output[p][k]);",
           ((C,),), (Twin("value", _D, (_D,)),), batch=137, why="the code's delta (-dE/dz2), k = 1"),
    Public("b137-cc-dh", _CC, "b137_c", "b137_c",
           "                DeltaHidden[j] = BackpropagationArray[j] * Hidden[p][j] * (1.0 - Hidden[p][j]);", ((C,),),
           (Twin("value", _DH, (_DH,), _J2),), batch=137,
           why="BackpropagationArray[j] the sum over k of WeightHidden2Out[j][k] * DeltaOutput[k] (-dE/d Hidden[p][j])"),
    # ---- the Polish XOR script (Python, eight-space indentation inside def train): a helper of the output taken of
    # a sum, np.sum without its axis -------------------------------------------------------------------------------
    Public("b137-pl-err", _PL, "b137_pl", "b137_pl", "        error = y - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=137),
    Public("b137-pl-he", _PL, "b137_pl", "b137_pl",
           "        hidden_error = error * sigmoid_derivative(output_layer_input)", ((W,),),
           (Twin("value", _D, ("(y[0] - a2[0])*z2[0]*(1 - z2[0])",)),), batch=137,
           why="sigmoid_derivative(x) = x * (1 - x) taken of the SUM output_layer_input: z2 (1 - z2), where the slope "
               "is a2 (1 - a2) (the script's slip; its d_output two lines below takes it of the output)"),
    Public("b137-pl-hle", _PL, "b137_pl", "b137_pl", "        hidden_layer_error = np.dot(hidden_error, W2.T)", ((C,),),
           (Twin("value", f"{_D}*W2[0,{{j}}]", (f"{_D}*W2[0,{{j}}]",), _J3),), batch=137,
           why="hidden_error as named (the output's error term), -dE/d(hidden output j)"),
    Public("b137-pl-do", _PL, "b137_pl", "b137_pl", "        d_output = error * sigmoid_derivative(output)", ((C,),),
           (Twin("value", _D, (_D,)),), batch=137),
    Public("b137-pl-dh", _PL, "b137_pl", "b137_pl",
           "        d_hidden_layer = np.dot(d_output, W2.T) * sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", _DH, (_DH,), _J3),), batch=137),
    Public("b137-pl-w2", _PL, "b137_pl", "b137_pl",
           "        W2 += np.dot(hidden_layer_output.T, d_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_D}",), _J3),), batch=137),
    Public("b137-pl-b2", _PL, "b137_pl", "b137_pl", "        b2 += np.sum(d_output) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_D}",)),), batch=137,
           why="np.sum of the whole array: one output and one sample, so the output's delta"),
    Public("b137-pl-b1", _PL, "b137_pl", "b137_pl", "        b1 += np.sum(d_hidden_layer) * learning_rate", ((W,),),
           (Twin("update", "b1[{j}]",
                 ("b1[{j}] + eta*(" + " + ".join(_DH.format(j=m) for m in range(3)) + ")",), _J3),), batch=137,
           why="np.sum without axis=0 sums over the hidden units too: every hidden bias moves by the sum of the three "
               "hidden deltas, not by its own (the script's slip; b2's line is right only because there is one output)"),
    # ---- the Chinese article (Markdown): $$ displays five spaces in, and its first Python code block (eight-space
    # indentation), whose hidden layer takes the derivative at the OUTPUT and updates with dJ/d(hidden output) -------
    Public("b137-zh-do", _ZH, "b137_zh", "b137_zht",
           "     $$ \\delta_{o}^{(2)} = a_{o}^{(2)} (1 - a_{o}^{(2)}) (y - a_{o}^{(2)}) $$", ((C,),),
           (Twin("value", _D, ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=137,
           why="the text's output error, -dJ/dz2 as it defines it"),
    Public("b137-zh-dw2", _ZH, "b137_zh", "b137_zht",
           "     $$ \\frac{\\partial J}{\\partial w^{(2)}} = \\delta_{o}^{(2)} a_{h}^{(1)} $$", ((W,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_D}*a1[{{j}}]",), _J3),), batch=137,
           why="with delta_o = a (1 - a) (y - a) = -dJ/dz2 (the text's), delta_o a_h is -dJ/dw: the sign slip"),
    Public("b137-zh-db2", _ZH, "b137_zh", "b137_zht",
           "     $$ \\frac{\\partial J}{\\partial b^{(2)}} = \\delta_{o}^{(2)} $$", ((W,),),
           (Twin("gradient", "b2[0]", (_D,)),), batch=137, why="the same sign slip"),
    Public("b137-zh-dao", _ZH, "b137_zh", "b137_zh", "        d_output_layer_output = output_layer_output - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=137,
           why="dJ/d(output) of half the squared error (the text's J)"),
    Public("b137-zh-dai", _ZH, "b137_zh", "b137_zh",
           "        d_output_layer_input = d_output_layer_output * sigmoid_derivative(output_layer_input)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),),
           batch=137, why="the sigmoid's derivative at the sum"),
    Public("b137-zh-dhi", _ZH, "b137_zh", "b137_zh",
           "        d_hidden_layer_input = d_hidden_layer_output * sigmoid_derivative(hidden_layer_output)", ((W,),),
           (Twin("value", f"-{_DH}",
                 ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*sigmoid(a1[{j}])*(1 - sigmoid(a1[{j}]))",), _J3),),
           batch=137,
           why="the derivative taken at the hidden OUTPUT, sigmoid'(a1), where the slope is sigmoid'(z1) = a1 (1 - a1) "
               "(the block's slip: its output line takes it at the sum)"),
    Public("b137-zh-w", _ZH, "b137_zh", "b137_zh",
           "        weights -= learning_rate * np.dot(X.T, d_hidden_layer_output)", ((W,),),
           (Twin("update", "W1[{j},{i}]",
                 ("W1[{j},{i}] - eta*x[{i}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]",), _rows(i=2, j=3)),),
           batch=137,
           why="the step with dJ/d(hidden output), d_hidden_layer_output, where dJ/dz1 (d_hidden_layer_input, computed "
               "the line before and never used) belongs: the slope of the hidden units is missing (the block's slip)"),
    Public("b137-zh-b", _ZH, "b137_zh", "b137_zh",
           "        biases -= learning_rate * d_hidden_layer_output.mean(axis=0)", ((W,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]",), _J3),),
           batch=137, why="the same slip at the biases (the mean over the one sample)"),
]
