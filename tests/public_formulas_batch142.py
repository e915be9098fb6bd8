r"""Batch 142 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on the code students
hand in in the languages homework uses besides Python: Java, MATLAB, R, C++, JavaScript, Fortran and Julia), found by
find_string on the code's own words (hiddenDelta, delta_hidden = , .* (1 - a2), weights_ih, sigmoid_derivative <-
function, delta_hidden(j) =, sigmoid_prime.() and an issues-corpus search (its ttezel/nn#8 holds a code block cut
short by the index, so the repository's own lib/nn.js was taken), each stored file checked against /work/used_ids.txt
and /work/claimed_urls.txt and claimed: a Java ConvolutionalNeuralNetwork that is a sigmoid MLP (stored file
9131625686: [i][j] output-first, -= updates), a MATLAB face-recognition function (stored file 4525530335: one
sample's rows, ' and .*, logsig and a softmax output under the cross entropy), a Java classesPackage NeuralNetwork
(stored file 17362298981: one real slip and one typo, below), a Spanish R script (stored file 32004434804: <-, %*%,
t()), an Indonesian R script (stored file 49080358052: nn$ members, statements over three and four lines, a real
slip twice, below), an Italian C++ class in Eigen (stored file 19493063580: ReLU hidden units, linear outputs,
cwiseProduct and unaryExpr(&f)), ttezel/nn's lib/nn.js (JavaScript at commit fbd9336: var, lines without a
semicolon, error signals and the steps before momentum), a Fortran program in a Markdown page's ```fortran block
(stored file 55841405398: arrays in parentheses from 1), a C++ XOR program commented in Portuguese (stored file
41256256179: Eigen's (j), .dot) and a Julia port of Nielsen's network.py (stored file 45408553819: .- and .*
broadcasts, [end] and [end - i]). Copied verbatim, typos and mistakes included (the stored files' text as read_file
gives it, trailing spaces kept; the repository's file read at its commit), each with the notation a teacher would
write for the file under shared/spec/notation.md (and docs/notation.md for what the product documents: the code's
deltas -dE/dz where the updates add them, dE/dz where they subtract them; helpers "sigmoid' at output" where they
take x (1 - x) of what they are given, "sigmoid' at input" where they take sigmoid(x) (1 - sigmoid(x)), "relu' at
output" and "identity' at output" for the C++ helpers; one sample's rows named whole, "x[:].T", input-first matrices
"W2[:, :].T"; a loop's local named with the loop's index in its meaning, one notation for the output loop and one for
the hidden loop where a file reuses a name, as batches 116 and 141 did: the first Java file's error, the
JavaScript's errorSig and neuronOut, the Julia delta), a network of the kind the file describes (with the file's
numbers where it gives them: the learning rates 0.01, 0.25, 0.1, 0.4, 0.5, 0.5 and the Indonesian script's 1 (no
rate); the Fortran and C++ XOR programs' own 2-3-1 and 2-2-1 networks; all in
tests/public_formulas_batch142_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A code's delta, error, back-propagated error (error,
hidden_errors, error_layer1, nextLayerErrorSum), a forward line's value, the JavaScript's steps (weightDelta,
biasDelta) and the R script's d_weights (-dE/dW laid out as the weights) are twinned as values, as in batches 14 to
141; Julia's nabla_b and nabla_w as gradients. The update naming no rate on the Indonesian file, whose rate is 1, is
twinned with eta (batch 92's ph7-s0). Formulas keep their file's delimiters and what surrounds them on their line (a
line's indentation, a statement's ;, a type before the name, a trailing space); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 142

The batch: 55 formulas from 10 addresses (the Java ConvolutionalNeuralNetwork 6, the MATLAB function 6, the Java
classesPackage class 3, the Spanish R script 6, the Indonesian R script 6, the Italian C++ class 6, ttezel/nn's
lib/nn.js 6, the Fortran program 5, the C++ XOR program 6, the Julia port 5), all in code (Java 9, MATLAB 6, R 12,
C++ 12, JavaScript 6, Fortran 5, Julia 5; the Fortran in a Markdown page's code block, one Java line in a /* */
block).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the Java classesPackage's q42-jn-w2, outputWeights[i][j]  += change;: change = learningRate * outputDelta[0] *
  outputHidden[0][0] is computed once above the loop, so every output weight outputWeights[i][0] (from hidden unit i)
  gets the step of the weight from hidden unit 0: right at i = 0, wrong at i = 1 ... 3 (the notation names change as
  the value the line above computes, -eta delta2[0] a1[0]);
- the Indonesian R script's q42-ri-dw2 and q42-ri-dw1, d_weights2 <- ( t(nn$layer1) %*% ((nn$y - nn$output) *
  sigmoid_derivative(nn$output))) and its d_weights1: sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), written for
  the sum, taken of nn$output and nn$layer1, which are already the sigmoid's outputs (batch 116's kp-hd slip, with the
  sigmoid); the slope there is o (1 - o);
- mistyped (unreadable): the Java classesPackage's q42-jn-hd, in its commented-out block, hiddenDelta[j] =
  outputHidden[i][j] * (1 - outputHidden[i][j]) * (outputDelta[0] * outputWeights[j][0]));: one opening parenthesis
  and two closing after outputWeights[j][0] (unreadable=")").

Not mistaken, though they look it: the first Java file's hiddenOutput and the Fortran subroutine's hidden, local
arrays the backward pass declares and never fills (the code's slip: its hidden deltas and output-weight steps are 0
or garbage), named as the hidden layer's outputs the forward pass computes under those names (the lines are right as
named; no single line shows the slip); the Fortran b_output(1) update, run inside the loop over the hidden units
(three steps where one is meant: the loop's slip, not the line's); ttezel/nn's hidden error signals, computed with the
output weights already updated (the loops' order, as batch 116's Dart and Kotlin networks); the Indonesian updates
nn$weights1 <- nn$weights1 + d_weights1 (d_weights1 as named, -dE/dW1, added with the file's rate 1; the slip is the
line computing it), and its printed loss_function, the sum of the squares (left out: the steps descend half the
squared error, the 2 of the square's slope dropped, so the network's loss is half the squared error, as batch 116
took it); the MATLAB output y and target y_ (the file's names, the notation gives y the output's meaning).

What was left out: the first Java file's running sums (sum += ..., error += ...) and forward lines (running sums);
the MATLAB function's d_hidden_net = dlogsig(hidden_sigma, hidden_net)' (a two-argument toolbox helper), its
forward lines past hidden_sigma and its cross_entropy and softmax helpers; the Java classesPackage's change = ...
line (the notation's definition of change; taken as its own entry it would judge itself), its ERROR print, the
commented-out block's other lines (hiddenDelta[0][j] of an array declared with one index, and a loop left
unfinished, for(int i = 0; i < ; i++)); the Spanish R script's output forward line and error line (kept to six);
the Indonesian script's loss_function (above) and its SOM, LVQ and Hebb code; the Italian class's forward lines
(hidden_inputs = input_layer.transpose() * weights_ih_ + bias_h_ and the rest) and its output_errors (kept to six);
ttezel/nn's weight updates (this.weights[...][n][p] += change, change holding the momentum term), its running sum
nextLayerErrorSum += ... and its forward lines; the Fortran program's running lines (hidden(j) = hidden(j) +
input(k) * ..., delta_hidden(j) = delta_hidden(j) * hidden(j) * (1.0 - hidden(j)), error = error + 0.5 * ...); the
C++ XOR program's hidden forward line (unaryExpr(ptr_fun(sigmoid))); the Julia port's hidden delta, delta =
transpose(network.weights[end - i + 1]) * delta .* sigmoid_prime.(z) (delta both the output layer's on the right and
the hidden layer's on the left, which no notation can name at once), its push! forward lines and train_batch's
comprehensions. Pages read and not taken: a Java NeuralNetwork of Connection objects (stored file 71501856851:
getters and setters only), a MATLAB four-layer ANN_threelayers (stored file 10433199387: every line builds [1, a]
with the bias's constant), a Fortran neural_network module (stored file 28316202792: its output sigmoid(...) *
abs(old_ham), a network no problem file describes), and the issues corpus's threads (their code cut short by the
index, or Python already taken: jiexunsee/Neural-Network-with-Python#1 in /work/used_urls.txt).

Collected on 2026-12-07 (11:42 to 11:51 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
11 of the 13 loaded as first written; the Fortran and the C++ XOR notations were refused by the loader, for the
format, not a meaning: delta_output(k), b_hidden(j) and weights2(j) ("is not one symbol: \delta with two index
groups, \delta_{output} and (k)"; "b with two index groups"); they name those arrays whole ("delta_output" =
"-delta2[:]", "w_input_hidden" = "W1[:, :].T", "weights2" = "W2[0, :]"), the patterns hidden(j), input(k) and
output(k) counting the letters. The oracle's first run failed one entry, for the twin's name, not a verdict: the
MATLAB network's target, y, is t in the oracle's names under the cross entropy (NameError); renamed, every verdict
passed as first transcribed (the three mistaken formulas' W included).
Run blind at main b77b81d (/work/READY_FOR_BLIND57, found at 12:28; src/ as at b77b81d, main's last change to it; the
rebase without conflict), with nothing under src/ changed. The first run (/work/batch142_blind.txt): 47 of 55 read
with every verdict right (85%), 5 refused, 2 misread, 1 typo refused, no typo read, no crash, NO WRONG FORMULA CALLED
CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number, none names a quantity
the page does not mean: the Fortran arrays are named whole because the loader takes no pattern w_input_hidden(k, j)
or b_hidden(j), and the C++ XOR notation's hidden and hidden(j) are the page's vector and its entry), so the batch was
run once.

The 3 mistaken formulas were all read with their wrong member called wrong (q42-jn-w2, the step of hidden unit 0's
weight added to every output weight; q42-ri-dw2 and q42-ri-dw1, the slope taken of the outputs), and the typo refused
naming its token. By page: the Java ConvolutionalNeuralNetwork 6 of 6, the MATLAB function 6 of 6, the Java
classesPackage class 2 of 3 (and its typo refused), the Spanish R script 6 of 6, the Indonesian R script 6 of 6, the
Italian C++ class 4 of 6, ttezel/nn's lib/nn.js 6 of 6, the Fortran program 1 of 5, the C++ XOR program 5 of 6, the
Julia port 5 of 5.

The 2 misreadings (a right formula judged wrong; neither calls a wrong one correct), both in the Fortran program's
updates of a bias that the notation names whole ("b_output" = "b2[:]", "b_hidden" = "b1[:]", and "delta_output" =
"-delta2[:]", "delta_hidden" = "-delta1[:]": the code's deltas -dE/dz, added), indexed in Fortran's parentheses from
1 after a name with an underscore, which the loader reads as a letter with a subscript and a second index group
(b_{hidden}(j), \delta_{output}(1)): q42-fo-bo, "b_output(1) = b_output(1) + learning_rate * delta_output(1)":
expected (('correct',),), got (('wrong',),); q42-fo-bh, "b_hidden(j) = b_hidden(j) + learning_rate *
delta_hidden(j)": expected (('correct',),), got (('wrong',),). blind_batch.py gives no more than the verdicts; the
same program's q42-fo-do, "delta_output(1) = output(1) * (1.0 - output(1)) * (target - output(1))", with
delta_output(1) on the left, was read right, so what turns the updates wrong (the delta's sign, its entry, or the
bias's counting from 1) was not found without running check again, which the brief does not allow. A guess from
src/ alone, unverified: parenthesised_entry takes no name with a subscript (b_{output}), so the call falls to
reading_calls' later branches, where a quantity applied to a number can be read as its value at a sample (y(x),
\delta_k(x_m): is_sample_quantity) or as a product, not as Fortran's entry.

The refusals by construct (5, and the typo's), with the exact message:

- 2, Eigen's unaryExpr(&f) called on a vector inside cwiseProduct (the function passed by its address, a helper the
  notation names in its functions: linear_derivative, relu_derivative): q42-ci-od: "formula 'output_delta =
  output_errors.cwiseProduct(final_outputs.u...': final_outputs.unaryExpr(...): a method called on an object, which
  the notation does not name; name it in the notation's functions ("final_outputs.unaryExpr" = "sigmoid" or a
  derivative word's "sigmoid' at input"), or its value in [notation.symbols]" (q42-ci-hd the same at
  hidden_outputs.unaryExpr(...));
- 2, a Fortran update of a matrix's entry in a loop over its indices, the matrix named whole (the loader refusing
  the pattern w_input_hidden(k, j)): q42-fo-w2: "formula 'w_hidden_output(j, k) = w_hidden_output(j, k) +
  learning_...': w_hidden_output(...) at j, k: MATLAB's entry (j, k), in a loop over those letters, of the matrix the
  notation names w_hidden_output, which check does not read entry by entry; write the statement of the whole matrix
  (w_hidden_output = ...), as vectorised code does" (q42-fo-w1 the same at w_input_hidden(k, j));
- 1, Eigen's parenthesised entry hidden(j) where the notation names both the vector hidden and the pattern hidden(j):
  q42-cp-dh: "formula 'delta_hidden(j) = delta_output * weights2(j) * sigmoid_de...': hidden(j): the entry
  hidden_{j}, as MATLAB indexes, or hidden times (j): both are the notation's; write hidden_{j} or hidden \cdot j";
- the typo: q42-jn-hd, "formula 'hiddenDelta[j] = outputHidden[i][j] * (1 - outputHidden[i...': unexpected at ')'
  (position 104)" (naming it).

Read, among the constructs these files brought: Java's [i][j] indexing with dotted members (outputLayer.weights[i][j])
and -= updates with dE/dz deltas, a loop's local error given by the loop's notation, finalOutput[i] in parentheses of
its own; MATLAB's row vectors with ' and .*, a softmax output's (y - y_)' and the outer product's transpose in the
updates; R's <-, %*%, t(), $ members and statements spread over three and four lines with trailing spaces (the
Indonesian d_weights called wrong, its updates with no rate read at rate 1); C++'s typed Eigen declarations,
.transpose() and += outer products, .dot and (j) indexing; JavaScript's var lines with and without a semicolon, the
steps weightDelta and biasDelta named as -eta dE/dw, this.biases[layer][n]; Fortran's output(1) and 1.0 for one in a
delta; Julia's .- and .* broadcasts, sigmoid_prime.(zs[end]), nabla_b[end] and nabla_w[end - i] named by literal
patterns.

Which look general (would appear in much homework): Eigen's unaryExpr(&f), an element-wise application of a helper
the notation names, refused as an unnamed method; Fortran's and MATLAB's entry-by-entry update loops of a matrix
named whole (w(j, k) = w(j, k) + ...), refused, where the loader takes no pattern for a name with an underscore and a
parenthesised index (w_input_hidden(k, j), b_hidden(j), delta_output(k), "two index groups"): a common way to name
arrays in Fortran and MATLAB, and the two misreadings sit on the same construct. Page-specific: the C++ XOR notation's hidden beside hidden(j) (a vector and its
entry both named), and the Java typo's extra parenthesis.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch142_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JC = _STORED.format(9131625686, "package cnn.java;",
                     "a Java ConvolutionalNeuralNetwork, in fact a sigmoid MLP: its backPropagation with -= updates")
_ML = _STORED.format(4525530335, "function ORL_final",
                     "a MATLAB face-recognition network: logsig hidden units, a softmax output, one sample's rows")
_JN = _STORED.format(17362298981, "package classesPackage;",
                     "a Java NeuralNetwork class: feedForward and backwardsPropagation, part of it commented out")
_RS = _STORED.format(32004434804, "",
                     "a Spanish R script, \"Red Neuronal Artificial desde cero en R\" (its first line empty, its "
                     "second \"# Rscript ai.r\")")
_RI = _STORED.format(49080358052, "#Buatlah jarngan syarat untuk mengenali 7 huruf tersebut masing-masing dengan menggunakan : ",
                     "an Indonesian R script of letter recognition: classFeedFoward and classBackProp, SOM, LVQ and "
                     "Hebb besides")
_CI = _STORED.format(19493063580, "#include <iostream>",
                     "an Italian C++ neural_network class (Eigen) for Q values: ReLU hidden units, linear outputs")
_JS = "https://github.com/ttezel/nn (lib/nn.js, commit fbd9336)"
_FO = _STORED.format(55841405398, "# Backpropagation Algorithm in Fortran",
                     "a Markdown page holding a Fortran program in a ```fortran block")
_CP = _STORED.format(41256256179, "#include <iostream>",
                     "a C++ XOR program commented in Portuguese (Eigen): a 2-2-1 sigmoid network with += updates")
_JL = _STORED.format(45408553819, "using Random",
                     "a Julia port of Nielsen's network.py: backpropagate with nabla_b and nabla_w")

_I2 = tuple({"i": i} for i in range(2))
_I4 = tuple({"i": i} for i in range(4))
_I2J4 = tuple({"i": i, "j": j} for i in range(2) for j in range(4))
_I4J3 = tuple({"i": i, "j": j} for i in range(4) for j in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_N2 = tuple({"n": n} for n in range(2))
_N3 = tuple({"n": n} for n in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))
_N2P3 = tuple({"n": n, "p": p} for n in range(2) for p in range(3))
_J3Q2 = tuple({"j": j, "q": q} for j in range(3) for q in range(2))

# the Java 3-4-2 network: dE/dz2[i] of output i, dE/d a1[i] and dE/dz1[i] of hidden unit i
_JC_D2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_JC_A1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{i}])"
_JC_D1 = f"{_JC_A1}*a1[{{i}}]*(1 - a1[{{i}}])"
# the MATLAB 3-4-3 network (softmax and the cross entropy, the oracle's target t): dL/dz1[j]
_ML_D1 = ("((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")
# one sigmoid output under half the squared error: dE/dz2; the 2-3-1 R network's dE/d a1[j] and dE/dz1[j]
_O2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_OA1 = f"{_O2}*W2[0,{{j}}]"
_OD1 = f"{_OA1}*a1[{{j}}]*(1 - a1[{{j}}])"
# the Indonesian R code's slope, sigmoid(x) (1 - sigmoid(x)), taken of the outputs
_RI_O2 = "(y[0] - a2[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))"
# the C++ 3-4-2 network (ReLU hidden units, linear outputs): dE/d a1[j], dE/dz1[j]
_CI_A1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
_CI_D1 = f"{_CI_A1}*Heaviside(z1[{{j}}])"
# the JavaScript 2-3-2 network: dE/dz2[n], dE/dz1[n]
_JS_D2 = "(a2[{n}] - y[{n}])*a2[{n}]*(1 - a2[{n}])"
_JS_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{n}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{n}])"
          "*a1[{n}]*(1 - a1[{n}])")
# the Fortran 2-3-1 network, counted from 1 (jj = j - 1, kk = k - 1)
_FO_JK2 = tuple({"j": j, "k": 1, "jj": j - 1, "kk": 0} for j in range(1, 4))
_FO_JK1 = tuple({"j": j, "k": k, "jj": j - 1, "kk": k - 1} for j in range(1, 4) for k in range(1, 3))
_FO_J = tuple({"j": j, "jj": j - 1} for j in range(1, 4))
_FO_D1 = f"{_O2}*W2[0,{{jj}}]*a1[{{jj}}]*(1 - a1[{{jj}}])"
# the 2-3-2 Julia network: dC/dz2[k], dC/dz1[j]
_JL_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_JL_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")


ENTRIES = [
    # ---- the Java ConvolutionalNeuralNetwork's backPropagation (twelve- and sixteen-space indentation): [i][j]
    # indexing output-first, -= updates with dE/dz deltas; two notations, one for the hidden loop's error ----------
    Public("q42-jc-od", _JC, "b142_jc", "b142_jc",
           "            outputDelta[i] = (output[i] - target[i]) * output[i] * (1 - output[i]);", ((C,),),
           (Twin("value", _JC_D2, ("(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])",), _I2),), batch=142,
           why="the output delta dE/dz2 (the updates subtract it)"),
    Public("q42-jc-hd", _JC, "b142_jc", "b142_jch",
           "            hiddenDelta[i] = error * hiddenOutput[i] * (1 - hiddenOutput[i]);", ((C,),),
           (Twin("value", _JC_D1, (_JC_D1,), _I4),), batch=142,
           why="error, in the hidden loop, the sum over the outputs of weights[j][i] outputDelta[j] (dE/d a1[i]); "
               "hiddenOutput[i] the hidden output as named (backPropagation's own array is never filled: the "
               "code's slip, not this line's)"),
    Public("q42-jc-w2", _JC, "b142_jc", "b142_jc",
           "                outputLayer.weights[i][j] -= LearningRate * outputDelta[i] * hiddenOutput[j];", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_JC_D2}*a1[{{j}}]",), _I2J4),), batch=142,
           why="a dotted member indexed [i][j], output-first; -= with dE/dz"),
    Public("q42-jc-b2", _JC, "b142_jc", "b142_jc", "            outputLayer.bias[i] -= LearningRate * outputDelta[i];",
           ((C,),), (Twin("update", "b2[{i}]", (f"b2[{{i}}] - eta*{_JC_D2}",), _I2),), batch=142),
    Public("q42-jc-w1", _JC, "b142_jc", "b142_jc",
           "                hiddenLayer.weights[i][j] -= LearningRate * hiddenDelta[i] * input[j];", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_JC_D1}*x[{{j}}]",), _I4J3),), batch=142,
           why="i a hidden unit, j an input in this loop"),
    Public("q42-jc-b1", _JC, "b142_jc", "b142_jc", "            hiddenLayer.bias[i] -= LearningRate * hiddenDelta[i];",
           ((C,),), (Twin("update", "b1[{i}]", (f"b1[{{i}}] - eta*{_JC_D1}",), _I4),), batch=142),
    # ---- the MATLAB ORL_final (twelve-space indentation, % comments elsewhere): one sample's rows, ' for the
    # transpose, .* the product entry by entry, a softmax output under the cross entropy -----------------------------
    Public("q42-ml-hs", _ML, "b142_ml", "b142_ml", "            hidden_sigma = x * hidden_matrix + hidden_bias;", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J4),),
           batch=142, why="the row x times the input-first matrix plus the row of biases: the hidden sums"),
    Public("q42-ml-do", _ML, "b142_ml", "b142_ml", "            delta_output = (y - y_)';", ((C,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=142,
           why="softmax and the cross entropy: dL/dz2 = output - target, as a column"),
    Public("q42-ml-dh", _ML, "b142_ml", "b142_ml",
           "            delta_hidden = (output_matrix * delta_output) .* d_hidden_net;", ((C,),),
           (Twin("value", _ML_D1, (_ML_D1,), _J4),), batch=142,
           why="output_matrix (hidden x output) times the column of output deltas: W2' delta2; d_hidden_net the "
               "column of slopes (dlogsig)"),
    Public("q42-ml-w2", _ML, "b142_ml", "b142_ml",
           "            output_matrix = output_matrix - LR * (delta_output * hidden_net)';", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - t[{k}])*a1[{j}]",), _K3J4),), batch=142,
           why="the outer product's transpose, laid out as the input-first matrix"),
    Public("q42-ml-b2", _ML, "b142_ml", "b142_ml", "            output_bias = output_bias - LR * delta_output';", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - t[{k}])",), _K3),), batch=142),
    Public("q42-ml-w1", _ML, "b142_ml", "b142_ml",
           "            hidden_matrix = hidden_matrix - LR * (delta_hidden * x)';", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ML_D1}*x[{{i}}]",), _J4I3),), batch=142),
    # ---- the Java classesPackage backwardsPropagation (twelve- and sixteen-space indentation): one real slip, the
    # step of the first hidden unit's weight added to every output weight, and a typo in the commented-out block ----
    Public("q42-jn-od", _JN, "b142_jn", "b142_jn",
           "            outputDelta[i] = (finalOutput[i]) * (1 - finalOutput[i]) * (target[i] - finalOutput[i]);",
           ((C,),), (Twin("value", f"-{_O2}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",), ({"i": 0},)),), batch=142,
           why="-dE/dz2 of the one output (the updates add it); finalOutput[i] in parentheses of its own"),
    Public("q42-jn-w2", _JN, "b142_jn", "b142_jn", "                outputWeights[i][j]  += change;", ((W,),),
           (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] - eta*{_O2}*a1[0]",),
                 tuple({"i": i, "j": 0} for i in range(4))),), batch=142,
           why="change = learningRate * outputDelta[0] * outputHidden[0][0], computed once above the loop: every "
               "output weight outputWeights[i][0] (hidden i) gets the step of the weight from hidden unit 0; right "
               "at i = 0, wrong at i = 1 ... 3 (a1[0] where a1[i] is meant); two spaces before +=, as written"),
    Public("q42-jn-hd", _JN, "b142_jn", "b142_jn",
           "                hiddenDelta[j] = outputHidden[i][j] * (1 - outputHidden[i][j]) * (outputDelta[0] * "
           "outputWeights[j][0]));", unreadable=")", batch=142,
           why="in the commented-out block: one opening parenthesis and two closing after outputWeights[j][0] "
               "(the hidden delta otherwise right: a1[j] (1 - a1[j]) times -dE/d a1[j])"),
    # ---- the Spanish R script (four-space indentation): <-, %*% and t(), + updates with the rate last; one
    # sample's rows ------------------------------------------------------------------------------------------------
    Public("q42-rs-l1", _RS, "b142_rs", "b142_rs", "    layer1 <- sigmoid(X %*% weights1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J3),), batch=142,
           why="the row X times the input-first weights1"),
    Public("q42-rs-do", _RS, "b142_rs", "b142_rs", "    d_output <- error * sigmoid_derivative(output)", ((C,),),
           (Twin("value", f"-{_O2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=142,
           why="error = y - output; sigmoid_derivative(x) = x (1 - x) of the output; -dE/dz2"),
    Public("q42-rs-el", _RS, "b142_rs", "b142_rs", "    error_layer1 <- d_output %*% t(weights2)", ((C,),),
           (Twin("value", f"-{_OA1}", (f"-{_OA1}",), _J3),), batch=142,
           why="the delta row times the transpose of the input-first weights2: -dE/d layer1"),
    Public("q42-rs-dl", _RS, "b142_rs", "b142_rs", "    d_layer1 <- error_layer1 * sigmoid_derivative(layer1)", ((C,),),
           (Twin("value", f"-{_OD1}", (f"-{_OA1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=142),
    Public("q42-rs-w2", _RS, "b142_rs", "b142_rs",
           "    weights2 <- weights2 + t(layer1) %*% d_output * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_O2}*a1[{{j}}]",), _J3),), batch=142,
           why="t(layer1) %*% d_output, the input-first gradient's negative; the rate after it"),
    Public("q42-rs-w1", _RS, "b142_rs", "b142_rs", "    weights1 <- weights1 + t(X) %*% d_layer1 * learning_rate",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_OD1}*x[{{i}}]",), _J3I2),),
           batch=142),
    # ---- the Indonesian R script (eight-space indentation, nn$ members): the forward pass, the two d_weights
    # statements spread over three and four lines (their slope taken of the outputs: a real slip), the updates
    # with no rate (rate 1) ------------------------------------------------------------------------------------------
    Public("q42-ri-l1", _RI, "b142_ri", "b142_ri", "        nn$layer1 <- sigmoid((nn$input%*%nn$weights1) + nn$bias1)",
           ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1)",),
                          _J4),), batch=142,
           why="R's $ for a list's member, %*% glued; bias1 the layer's one bias"),
    Public("q42-ri-o", _RI, "b142_ri", "b142_ri", "        nn$output <- sigmoid((nn$layer1%*%nn$weights2) + nn$bias2)",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + W2[0,3]*a1[3] "
                                             "+ b2)",)),), batch=142),
    Public("q42-ri-dw2", _RI, "b142_ri", "b142_ri",
           "    d_weights2 <- (\n        t(nn$layer1) %*% \n        ((nn$y - nn$output) * "
           "sigmoid_derivative(nn$output))) ", ((W,),),
           (Twin("value", f"-{_O2}*a1[{{j}}]", (f"{_RI_O2}*a1[{{j}}]",), _J4),), batch=142,
           why="sigmoid_derivative(x) = sigmoid(x) (1 - sigmoid(x)), defined for the sum, taken of nn$output, which "
               "is already the sigmoid: sigmoid(o) (1 - sigmoid(o)) where o (1 - o) is the slope (batch 116's kp-hd "
               "slip, with the sigmoid); the statement over three lines, a space after %*% and after the last )"),
    Public("q42-ri-dw1", _RI, "b142_ri", "b142_ri",
           "    d_weights1 <- ( \n        t(nn$input) %*% \n        (((nn$y - nn$output) * "
           "sigmoid_derivative(nn$output))%*% \n            t(nn$weights2)* sigmoid_derivative(nn$layer1))) ",
           ((W,),),
           (Twin("value", f"-{_OD1}*x[{{i}}]",
                 (f"{_RI_O2}*W2[0,{{j}}]*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))*x[{{i}}]",), _J4I3),),
           batch=142,
           why="the same slip twice: the slope taken of the outputs nn$output and nn$layer1 through a helper "
               "written for the sums"),
    Public("q42-ri-w1", _RI, "b142_ri", "b142_ri", "        nn$weights1 <- nn$weights1 + d_weights1 ", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_OD1}*x[{{i}}]",), _J4I3),), batch=142,
           why="d_weights1 as the notation names it (-dE/dW1 laid out input-first) added with no rate: the file's "
               "rate is 1, twinned with eta (batch 92's ph7-s0); the slip is the line computing d_weights1"),
    Public("q42-ri-w2", _RI, "b142_ri", "b142_ri", "        nn$weights2 <- nn$weights2 + d_weights2 ", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_O2}*a1[{{j}}]",), _J4),), batch=142),
    # ---- the Italian C++ train method (eight-space indentation, Eigen): typed declarations, cwiseProduct and
    # unaryExpr(&f) method calls, .transpose(), += updates --------------------------------------------------------------
    Public("q42-ci-od", _CI, "b142_ci", "b142_ci",
           "        Eigen::VectorXd output_delta = output_errors.cwiseProduct(final_outputs.unaryExpr(&linear_derivative));",
           ((C,),), (Twin("value", "-(a2[{k}] - y[{k}])", ("(y[{k}] - a2[{k}])*1",), _K2),), batch=142,
           why="the linear output's slope 1 applied entry by entry: -dE/dz2"),
    Public("q42-ci-he", _CI, "b142_ci", "b142_ci", "        Eigen::VectorXd hidden_errors = weights_ho_ * output_delta;",
           ((C,),), (Twin("value", f"-{_CI_A1}", (f"-{_CI_A1}",), _J4),), batch=142,
           why="weights_ho_ (hidden x output) times the output deltas: -dE/d hidden_outputs"),
    Public("q42-ci-hd", _CI, "b142_ci", "b142_ci",
           "        Eigen::VectorXd hidden_delta = hidden_errors.cwiseProduct(hidden_outputs.unaryExpr(&relu_derivative));",
           ((C,),), (Twin("value", f"-{_CI_D1}", (f"-{_CI_A1}*Heaviside(a1[{{j}}])",), _J4),), batch=142,
           why="relu_derivative of the ReLU's outputs: 1 where the output is positive, as where the sum is"),
    Public("q42-ci-w2", _CI, "b142_ci", "b142_ci",
           "        weights_ho_ += learning_rate * hidden_outputs * output_delta.transpose();", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - y[{k}])*a1[{j}]",), _K2J4),), batch=142,
           why="the column of hidden outputs times the row of deltas: the input-first outer product"),
    Public("q42-ci-bo", _CI, "b142_ci", "b142_ci", "        bias_o_ += learning_rate * output_delta.transpose();",
           ((C,),), (Twin("update", "b2[{k}]", ("b2[{k}] - eta*(a2[{k}] - y[{k}])",), _K2),), batch=142),
    Public("q42-ci-w1", _CI, "b142_ci", "b142_ci",
           "        weights_ih_ += learning_rate * input_layer * hidden_delta.transpose();", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_CI_D1}*x[{{i}}]",), _J4I3),), batch=142),
    # ---- ttezel/nn's lib/nn.js (JavaScript, eight- and twelve-space indentation): var declarations, some lines with
    # no semicolon, += updates with -dE/dz error signals; one notation per loop ------------------------------------
    Public("q42-js-ne", _JS, "b142_js", "b142_js", "        var neuronError = desiredOut - neuronOut;", ((C,),),
           (Twin("value", "y[{n}] - a2[{n}]", ("y[{n}] - a2[{n}]",), _N2),), batch=142),
    Public("q42-js-es", _JS, "b142_js", "b142_js", "        var errorSig = neuronError * neuronOut * (1 - neuronOut)",
           ((C,),), (Twin("value", f"-{_JS_D2}", ("(y[{n}] - a2[{n}])*a2[{n}]*(1 - a2[{n}])",), _N2),), batch=142,
           why="the output's error signal, -dE/dz2; no semicolon"),
    Public("q42-js-wd", _JS, "b142_js", "b142_js",
           "            var weightDelta = self.opts.learningRate * errorSig * prevLayerOutput[p];", ((C,),),
           (Twin("value", f"-eta*{_JS_D2}*a1[{{p}}]", (f"-eta*{_JS_D2}*a1[{{p}}]",), _N2P3),), batch=142,
           why="the step of weights[2][n][p] before momentum, a value (the code adds it, with momentum times the "
               "last change)"),
    Public("q42-js-bd", _JS, "b142_js", "b142_js", "        var biasDelta = self.opts.learningRate * errorSig", ((C,),),
           (Twin("value", f"-eta*{_JS_D2}", (f"-eta*{_JS_D2}",), _N2),), batch=142,
           why="the output bias's step (biases[2][n] += biasDelta)"),
    Public("q42-js-eh", _JS, "b142_js", "b142_jsh",
           "            var errorSig = nextLayerErrorSum * neuronOut * (1 - neuronOut)", ((C,),),
           (Twin("value", f"-{_JS_D1}", (f"-{_JS_D1}",), _N3),), batch=142,
           why="the hidden loop's error signal: nextLayerErrorSum the sum over the outputs (-dE/d a1[n]); the code "
               "reads the output weights already updated (a slip of the loops' order, not this line's)"),
    Public("q42-js-b1", _JS, "b142_js", "b142_jsh",
           "            this.biases[layer][n] += this.opts.learningRate * errorSig", ((C,),),
           (Twin("update", "b1[{n}]", (f"b1[{{n}}] - eta*{_JS_D1}",), _N3),), batch=142,
           why="biases[layer][n] with layer the one hidden layer (1)"),
    # ---- the Fortran program in a Markdown page's ```fortran block (eight- to sixteen-space indentation): arrays
    # indexed in parentheses from 1, 1.0 for one, + updates with -dE/dz deltas -----------------------------------------
    Public("q42-fo-do", _FO, "b142_fo", "b142_fo",
           "        delta_output(1) = output(1) * (1.0 - output(1)) * (target - output(1))", ((C,),),
           (Twin("value", f"-{_O2}", ("a2[0]*(1.0 - a2[0])*(y[0] - a2[0])",)),), batch=142,
           why="-dE/dz2 of the one output, indexed from 1"),
    Public("q42-fo-bo", _FO, "b142_fo", "b142_fo",
           "            b_output(1) = b_output(1) + learning_rate * delta_output(1)", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_O2}",)),), batch=142,
           why="the line is the bias's step; the code runs it inside the loop over the hidden units, three times "
               "(a slip of the loop, not the line's)"),
    Public("q42-fo-w2", _FO, "b142_fo", "b142_fo",
           "                w_hidden_output(j, k) = w_hidden_output(j, k) + learning_rate * delta_output(k) * hidden(j)",
           ((C,),), (Twin("update", "W2[{kk},{jj}]", (f"W2[{{kk}},{{jj}}] - eta*{_O2}*a1[{{jj}}]",), _FO_JK2),),
           batch=142, why="hidden(j) the hidden output as named (the subroutine's own array is never set: the code's "
                          "slip)"),
    Public("q42-fo-bh", _FO, "b142_fo", "b142_fo",
           "            b_hidden(j) = b_hidden(j) + learning_rate * delta_hidden(j)", ((C,),),
           (Twin("update", "b1[{jj}]", (f"b1[{{jj}}] - eta*{_FO_D1}",), _FO_J),), batch=142),
    Public("q42-fo-w1", _FO, "b142_fo", "b142_fo",
           "                w_input_hidden(k, j) = w_input_hidden(k, j) + learning_rate * delta_hidden(j) * input(k)",
           ((C,),), (Twin("update", "W1[{jj},{kk}]", (f"W1[{{jj}},{{kk}}] - eta*{_FO_D1}*x[{{kk}}]",), _FO_JK1),),
           batch=142),
    # ---- the C++ XOR program commented in Portuguese (twelve- and sixteen-space indentation, Eigen): float
    # declarations, .dot, (j) indexing, += updates with -dE/dz deltas ------------------------------------------------------
    Public("q42-cp-o", _CP, "b142_cp", "b142_cp", "            float output = sigmoid(weights2.dot(hidden));", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1])",)),), batch=142,
           why="the dot product of the output's weights and the hidden vector"),
    Public("q42-cp-e", _CP, "b142_cp", "b142_cp", "            float error = desired - output;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=142),
    Public("q42-cp-do", _CP, "b142_cp", "b142_cp",
           "            float delta_output = error * sigmoid_derivative(output);", ((C,),),
           (Twin("value", f"-{_O2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=142),
    Public("q42-cp-dh", _CP, "b142_cp", "b142_cp",
           "                delta_hidden(j) = delta_output * weights2(j) * sigmoid_derivative(hidden(j));", ((C,),),
           (Twin("value", f"-{_OD1}", (f"-{_OA1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=142,
           why="Eigen's (j) indexing, from 0"),
    Public("q42-cp-w2", _CP, "b142_cp", "b142_cp", "            weights2 += lr * delta_output * hidden;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_O2}*a1[{{j}}]",), _J2),), batch=142),
    Public("q42-cp-w1", _CP, "b142_cp", "b142_cp", "            weights1 += lr * sample * delta_hidden.transpose();",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_OD1}*x[{{i}}]",), _J2I2),),
           batch=142, why="the input column times the row of hidden deltas: the input-first outer product"),
    # ---- the Julia backpropagate (four- and eight-space indentation): .- and .* broadcasts, sigmoid_prime. of the
    # sums, [end] and [end - i] indexing; one notation for the output layer, one for the loop ---------------------------
    Public("q42-jl-d", _JL, "b142_jl", "b142_jl", "    delta = (activations[end] .- y) .* sigmoid_prime.(zs[end])",
           ((C,),), (Twin("value", _JL_D2, ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=142, why="the quadratic cost's output error dC/dz2, Julia's broadcast operators"),
    Public("q42-jl-nb", _JL, "b142_jl", "b142_jl", "    nabla_b[end] = delta", ((C,),),
           (Twin("gradient", "b2[{k}]", (_JL_D2,), _K2),), batch=142),
    Public("q42-jl-nw", _JL, "b142_jl", "b142_jl", "    nabla_w[end] = delta * transpose(activations[end - 1])",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_JL_D2}*a1[{{j}}]",), _K2J3),), batch=142,
           why="the column of deltas times the hidden row: the output-first gradient"),
    Public("q42-jl-nbh", _JL, "b142_jl", "b142_jlh", "        nabla_b[end - i] = delta", ((C,),),
           (Twin("gradient", "b1[{j}]", (_JL_D1,), _J3),), batch=142,
           why="in the loop over the hidden layers (i = 1, the one hidden layer), delta the hidden layer's, as the "
               "loop's first lines set it"),
    Public("q42-jl-nwh", _JL, "b142_jl", "b142_jlh",
           "        nabla_w[end - i] = delta * transpose(activations[end - i - 1])", ((C,),),
           (Twin("gradient", "W1[{j},{q}]", (f"{_JL_D1}*x[{{q}}]",), _J3Q2),), batch=142,
           why="activations[end - i - 1] the input at i = 1"),
]
