r"""Batch 90 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus: Saksham355's NumPy neural_net_utils.py, rows of
samples with np.dot, a linear output A2 = Z2, dZ2 = (A2 - y_true) / m and four updates with -=, at commit a3bac31;
op12no2's toynet.js, a JavaScript version of Schiendorfer's worked example, cells of arrays indexed by constants
(output[NETGIN]) through the loops' aliases output = neto[o] and hidden = neth[h], activators called out of an
array (netOutputActivator[1](...)), a sum accumulated with +=; two MATLAB files of InfantLab/TRACX-matlab's
Giroux_Rey model, bp_tanh_backprop.m with row vectors, .*, ', tanh_deriv of the activation and a step with
momentum, and tanh_feedforward.m with six spaces of indentation and tanh_squash; 4pm-nomnom's C maths.c, whole
function definitions with braces on lines of their own, pow(), returns split over two lines, a (void) statement;
two Java files of austinapatel's Handwritten-Recognition, a method's definition with tabs (getWeightDelta) and
Neuron.java's loop statements (sum +=, weights[i] += learningMethod.getWeightDelta(...)); and three stored files
without their repository's name: Japanese Markdown notes with \[...\] blocks on lines of their own (E_n, y_{n,k},
t_{n,k}, \ln) and two copies of a MATLAB hiddenDeltas function, one with MATLAB's UNTITLED comment, one with Korean
comments and indented lines), copied verbatim, typos and mistakes included, each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network
of the kind the page describes (with the page's numbers where it works an example: toynet's; both in
tests/public_formulas_batch90_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. The stored files are cited by their ids. A derivative by an
activation (Errors_RAW, dA1, output[NETGOUT], derrivative_Error_output, error_hidden_prev) or a local derivative
(derrivative_outpout, \frac{\partial a_j}{\partial w_{ji}}, sigmoidDeriv) is twinned as a value, as in batches 14
to 88; so is a forward value and a loop's accumulated sum (the value once the loop is done: hidden[NETGOUT] +=,
sum +=); a step (HO_dwts, getWeightDelta) is twinned as batch 48's, eta dL/dw against minus the page's change.
Formulas keep their page's delimiters and what surrounds them on their line (\[ and \] on lines of their own, a
code line's indentation (spaces or tabs) and trailing ;, a C or Java function's whole definition); what was left
out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 90

The batch: 56 formulas from 10 addresses (Saksham355 15, toynet 12, TRACX's bp_tanh_backprop.m 4 and
tanh_feedforward.m 4, 4pm-nomnom 6, the stored Japanese notes 8, the two stored hiddenDeltas.m 2 and 2,
austinapatel's BackpropagationAlgorithm.java 1 and Neuron.java 2).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- toynet's output[NETBIAS] = alpha * (output[NETGBIASSUM] / b) and hidden[NETBIAS] = alpha * (hidden[NETGBIASSUM] /
  b): the biases set to the rate times their gradients where the weights' lines move them (w - alpha ...);
- austinapatel's getWeightDelta, return error * input * learningRate, and Neuron.java's weights[i] +=
  learningMethod.getWeightDelta(error, inputs[i], id, i): the delta rule of a linear unit on sigmoid neurons, the
  sigmoid's slope a (1 - a) missing (no loss is written; the network takes the half squared error, whose error
  actual - output the code computes).

Not mistaken, though they look it: toynet's output[NETGBIAS][h] = output[NETGIN] * 1 (the [h] after a number is a
slip JavaScript ignores, so the gradient is never stored, but the claim is the bias's gradient); TRACX's Errors_RAW
= Output_out_activations - Target (output minus target, dE/da) and HO_dwts = -1 * Learning_rate*dE_dw +
Momentum*Old_HO_dwts (the descent step at the first update, Old_HO_dwts = 0); the Japanese a_j = \sum_{k} w_{jk}
x_k + b_j (k the input's index there, j's in the rest); 4pm-nomnom's error_hidden with (void)input; and its "//*
input;" (the input's factor commented out: the hidden unit's delta, not a gradient).

What was left out: Saksham355's sigmoid and sigmoid_derivative definitions, m = len(X) and y_true's reshape;
toynet's activators' definitions, netLoss's x += (target[o] - neto[o][NETOUT]) * ... (the loss accumulated in a
local named x, the inputs' letter), the forward pass (hidden[NETIN] = hidden[NETBIAS], the += over the inputs, the
activators' calls), hidden[NETGOUT] = 0, netAccumulateGradients' += into the ...SUM cells and the reset (for the
batch's size); TRACX's HO_wts = HO_wts + HO_dwts and Old_HO_dwts = HO_dwts (for the batch's size), Errors_HIDDEN =
Errors_OUTPUT * HO_wts' (HO_wts already moved on the line before, which the line does not show) and its
reassignment Errors_HIDDEN = Errors_HIDDEN.*tanh_deriv(...), the second dE_dw (the input-to-hidden gradient, a
second meaning of the name one notation cannot give both), IH_dwts and IH_wts; tanh_feedforward.m's Hid_out_acts
= [Hid_out_acts, BIAS_VALUE] (the bias unit, left out of the network: the weights are the matrices without their
bias rows); 4pm-nomnom's sigmoid, sum_weights (weights[0] the bias, input[i-1] an index shifted by one) and
total_error (its loop); the Japanese notes' softmax definition, the softmax's partial y_{n,k} (1-y_{n,j}), -y_{n,j}
(two cases joined by a comma without their conditions, the second missing its y_{n,k}) and the derivation's
blocks that start with = (no left side of their own); austinapatel's NeuralNetwork.learn (the error an argument,
actualResults[i] - experimentalResults[i]) and getOutput's return NetworkMath.sigmoid(sum).

Collected on 2026-12-06 (01:50 to 01:59 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all nine pairs
loaded, after one fix: Neuron.java's weighted sum, sum, which the loader refuses as a pattern ("[notation]
symbols.'sum': the sum has no term at the end; write a symbol such as O_{k}^{1}"), is not named.
Run blind at main 8696909 (/work/READY_FOR_BLIND32), with nothing under src/ changed. The first run
(/work/batch90_blind.txt): 42 of 56 read with every verdict right (75%), 13 refused, 1 misread, no crash, no typo
entry, NO WRONG FORMULA CALLED CORRECT. No refusal or misreading was the notation's fault (each notation is within
the spec; what it could not name is said above and below), so there was no second run.

The misreading (1), a right formula called wrong:

- tn-hgout, hidden[NETGOUT] += output[NETGIN] * output[NETWEIGHTS][h]: a sum accumulated over the loop's outputs
  (hidden[NETGOUT] = 0 on the line before), read as the value claim grad(a1[0]) = delta2[0] W2[0,0], the += as =
  and one output's term for the whole sum (the notation's aliases fix o = 0, the loop variable out of view).

Of the 4 mistaken formulas, 2 read with every verdict right (toynet's two bias lines, called wrong) and 2 were
refused (austinapatel's getWeightDelta definition and its call). By page: Saksham355 15 of 15, toynet 8 of 12 (3
refused, 1 misread), TRACX's bp_tanh_backprop.m 4 of 4 and tanh_feedforward.m 2 of 4, 4pm-nomnom 1 of 6, the
Japanese notes 8 of 8, the hiddenDeltas copies 2 of 2 and 2 of 2, austinapatel's BackpropagationAlgorithm.java 0 of
1 and Neuron.java 0 of 2.

The refusals by construct (13), with the exact message:

- 4, a C or Java function definition with parameters whose name the notation gives a quantity (a derivative by
  the output, dE/dw, dE/dh) or a step, not a function (pm-dEo, pm-delta, pm-hprev, ap-delta), e.g. pm-dEo, "double
  derrivative_Error_output(double target, double output)\n{\n    return output - target;\n}": "def
  derrivative_Error_output: check reads the definition of code's word for an activation's derivative (dsigmoid,
  tanh_deriv, sigmoid_prime) or a loss's (mse_prime), of an activation by its name as problem files write it, and
  of a loss or function the notation names; write the formula derrivative_Error_output stands for, e.g.
  \frac{\partial L}{\partial z} = ..." (ap-delta the same with getWeightDelta: "def getWeightDelta: check reads
  the definition of code's word for an activation's derivative ...");
- 1, a C definition of a derivative word the notation's functions name ("derrivative_outpout = "sigmoid' at
  output"", the page's spelling), pm-dout, "double derrivative_outpout(double output)\n{\n    return output * (1.0 -
  output);\n}": "def derrivative_outpout: check reads the definition of code's word for an activation's derivative
  (dsigmoid, tanh_deriv, sigmoid_prime) or a loss's (mse_prime), of an activation by its name as problem files
  write it, and of a loss or function the notation names; write the formula derrivative_outpout stands for, e.g.
  \frac{\partial L}{\partial z} = ...";
- 1, a C body with a statement before its return, (void)input; (pm-hidden): "the definition of error_hidden is
  more than one return line after locals (a conditional, a loop, an augmented assignment, a call alone); check
  reads local names assigned once, then the value: def error_hidden(x): s = ... then return ..., or R's
  error_hidden = function(x) { s = ...; s * (1 - s) } (a docstring and comments aside)";
- 2, an activator taken out of an array and called, netOutputActivator[1](output[NETIN]) (tn-gin, tn-hgin, a
  function the notation cannot name: a function's name is a word): "unknown symbol n; the notation knows b, hidden,
  neth, neti, output, targets; it bounds no sum over the samples here, so nothing says it counts them: if it is
  their number (the n of 1/n), give it in the notation's [notation.symbols]: "n" = "1", the one sample check reads";
- 2, a function the notation's functions name with an underscore after an activation's name, tanh_squash =
  "tanh" (tf-hout, tf-oout), "      Hid_out_acts = tanh_squash(Hid_net_in_acts);": "unknown symbol tanh_{squash};
  the notation knows HO, Hid_net_in_acts, Hid_out_acts, IH, Input, Output_net_in_acts, Output_out_acts; give it a
  meaning in the notation's [notation.symbols], e.g. "tanh_{squash}" = "a1[0]"" (the notation's tanh_deriv, a
  derivative word, is read in tb-out);
- 1, a stray index after a cell, output[NETGBIAS][h] (tn-gbias, the page's slip): "output_{NETGBIAS,h} matches none
  of the notation's patterns for output ('output[NETIN]', 'output[NETOUT]', 'output[NETGOUT]', 'output[NETGIN]',
  'output[NETBIAS]', 'output[NETGBIAS]', 'output[NETGBIASSUM]', 'output[NETWEIGHTS][h]', 'output[NETGWEIGHTS][h]',
  'output[NETGWEI)" (the message cut off by its length);
- 1, a code variable named sum accumulated with +=, sum += weights[i] * inputs[i] (ap-sum; the loader refuses
  "sum" as a pattern, above): "unexpected at '+=' (position 5)";
- 1, a method called on an object, learningMethod.getWeightDelta(error, inputs[i], id, i) (ap-learn): "unknown
  symbol learning; the notation knows error, inputs, weights; give it a meaning in the notation's
  [notation.symbols], e.g. "learning" = "a1[0]"".

Read, among the constructs these pages brought: NumPy's np.dot(X, W1) with input-first weights, A1.T, W2.T,
np.sum(..., axis=0), / m with m = 1 and -= updates; JavaScript cells indexed by constants (output[NETGOUT],
neth[h][NETGIN]) named as patterns, 2 * (...) and alpha * (... / b) (the wrong bias lines called wrong); MATLAB's
row vectors with ', .*, a derivative word tanh_deriv, -1 * Learning_rate*dE_dw + Momentum*Old_HO_dwts (a step
with a momentum term of zero); ones(size(...)) in sigmoidDeriv; a C definition of the notation's loss with pow();
\[ and \] on lines of their own, a product split over two lines with 39 spaces of alignment, E_n, y_{n,k} with a
literal n, \ln, \sum_k over the softmax outputs.

Which look general (would appear in much homework and code): a C, C++ or Java function with parameters computing a
derivative or a step (derrivative_Error_output(target, output), getWeightDelta(...)), which a notation can name
only as a quantity; a definition of a derivative word the notation's functions name (derrivative_outpout); a
function named with an underscore after an activation's name (tanh_squash); a loop's sum accumulated with += (read
as one term, or refused after a name the loader cannot take, sum); a method called on an object. Page- or
course-specific: activators kept in an array and called by index (netOutputActivator[1](...)), C's (void)input;,
toynet's stray [h].
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch90_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JP = _STORED.format(27617774009, "# Deep Learningに関するメモ１",
                     "Japanese Markdown notes deriving a fully connected layer's dE/dw, \\[...\\] blocks")
_HD = _STORED.format(17589861719, "function [deltas] = hiddenDeltas(outputDeltas,hiddenOutputs,outputWeights)",
                     "a MATLAB function, the hidden layer's deltas, with MATLAB's UNTITLED comment")
_HK = _STORED.format(38553674766, "function [deltas] = hiddenDeltas(outputDeltas,hiddenOutputs,outputWeights)",
                     "the same function with Korean comments, its lines indented")
_SK = "https://github.com/Saksham355/ml_library (ml_library/neural_net_utils.py, commit a3bac31)"
_TN = "https://github.com/op12no2/toynet (toynet.js, commit 07223d0)"
_TB = "https://github.com/InfantLab/TRACX-matlab (Giroux_Rey/bp_tanh_backprop.m, commit 35c84bd)"
_TF = "https://github.com/InfantLab/TRACX-matlab (Giroux_Rey/tanh_feedforward.m, commit 35c84bd)"
_PM = "https://github.com/4pm-nomnom/OCR (src/nn/maths.c, commit a3119e4)"
_APB = ("https://github.com/austinapatel/Handwritten-Recognition"
        " (src/neural_network/BackpropagationAlgorithm.java, commit 2e7dbbf)")
_APN = "https://github.com/austinapatel/Handwritten-Recognition (src/neural_network/Neuron.java, commit 2e7dbbf)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_JI33 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_KJ32 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))

# Saksham355's network: the linear output's dE/dz2, the hidden units' dE/dz1
_SKO = "(a2[0] - y[0])"
_SKH = "(a2[0] - y[0])*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
# toynet: the squared error's dE/dz of the first output and of the first hidden unit
_TG = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_TH = "((2*(a2 - y)*a2*(1 - a2)) @ W2)[0]*a1[0]*(1 - a1[0])"
# TRACX: the tanh output's dE/dz2
_TO = "(a2[{k}] - y[{k}])*(1 - a2[{k}]**2)"
# 4pm-nomnom: the output's dE/dnet
_PD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the Japanese notes: softmax and cross-entropy, dE/da_j = y_j - t_j
_JD = "(a1[{j}] - t[{j}])"
# hiddenDeltas: the hidden units' dE/dnet
_HDD = "(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]*a1[{j}]*(1 - a1[{j}])"

ENTRIES = [
    # ---- Saksham355's NumPy (neural_net_utils.py): rows of samples, np.dot, A2 = Z2 a linear output, /= m, the
    # updates with -= ---------------------------------------------------------------------------------------------
    Public("sk-Z1", _SK, "b90_sk", "b90_sk", "    Z1 = np.dot(X, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("(x @ W1.T)[{j}] + b1[{j}]",), _J3),), batch=90,
           why="W1 input-first (np.dot(X, W1)), symbols.md's W1 transposed"),
    Public("sk-A1", _SK, "b90_sk", "b90_sk", "    A1 = sigmoid(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=90),
    Public("sk-Z2", _SK, "b90_sk", "b90_sk", "    Z2 = np.dot(A1, W2) + b2", ((C,),),
           (Twin("value", "z2[0]", ("(a1 @ W2.T)[0] + b2[0]",)),), batch=90),
    Public("sk-A2", _SK, "b90_sk", "b90_sk", "    A2 = Z2", ((C,),),
           (Twin("value", "a2[0]", ("z2[0]",)),), batch=90, why="a linear output"),
    Public("sk-dZ2", _SK, "b90_sk", "b90_sk", "    dZ2 = (A2 - y_true) / m", ((C,),),
           (Twin("gradient_z", "z2[0]", (_SKO + "/1",)),), batch=90,
           why="the half squared error averaged over the m rows (one here)"),
    Public("sk-dW2", _SK, "b90_sk", "b90_sk", "    dW2 = np.dot(A1.T, dZ2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*" + _SKO,), _J3),), batch=90),
    Public("sk-db2", _SK, "b90_sk", "b90_sk", "    db2 = np.sum(dZ2, axis=0)", ((C,),),
           (Twin("gradient", "b2[0]", (_SKO,)),), batch=90),
    Public("sk-dA1", _SK, "b90_sk", "b90_sk", "    dA1 = np.dot(dZ2, W2.T)", ((C,),),
           (Twin("value", _SKO + "*W2[0,{j}]", (_SKO + "*W2[0,{j}]",), _J3),), batch=90,
           why="a derivative by the hidden activations, a value"),
    Public("sk-dZ1", _SK, "b90_sk", "b90_sk", "    dZ1 = dA1 * sigmoid_derivative(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_SKH,), _J3),), batch=90,
           why="sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)), taken at the sum"),
    Public("sk-dW1", _SK, "b90_sk", "b90_sk", "    dW1 = np.dot(X.T, dZ1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _SKH,), _JI32),), batch=90),
    Public("sk-db1", _SK, "b90_sk", "b90_sk", "    db1 = np.sum(dZ1, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SKH,), _J3),), batch=90),
    Public("sk-W2", _SK, "b90_sk", "b90_sk", "    W2 -= lr * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*" + _SKO,), _J3),), batch=90),
    Public("sk-b2", _SK, "b90_sk", "b90_sk", "    b2 -= lr * db2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*" + _SKO,)),), batch=90),
    Public("sk-W1", _SK, "b90_sk", "b90_sk", "    W1 -= lr * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _SKH,), _JI32),), batch=90),
    Public("sk-b1", _SK, "b90_sk", "b90_sk", "    b1 -= lr * db1", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _SKH,), _J3),), batch=90),
    # ---- toynet.js (Schiendorfer's worked example in JavaScript): cells of arrays indexed by constants
    # (output[NETGIN]), the loops' aliases output = neto[o] and hidden = neth[h], activators called from an array,
    # a sum accumulated with +=; twinned at the first output and the first hidden node (o = h = 0) -------------------
    Public("tn-gout", _TN, "b90_tn", "b90_tn", "    output[NETGOUT] = 2 * (output[NETOUT] - targets[o]);", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=90,
           why="netLoss is sum (t - o)^2: its derivative by the output, a value"),
    Public("tn-gin", _TN, "b90_tn", "b90_tn",
           "    output[NETGIN]  = netOutputActivator[1](output[NETIN]) * output[NETGOUT];", ((C,),),
           (Twin("gradient_z", "z2[0]", ("sigmoid(z2[0])*(1.0 - sigmoid(z2[0]))*2*(a2[0] - y[0])",)),), batch=90,
           why="netOutputActivator = [sigmoid, dsigmoid], dsigmoid(x) = sigmoid(x) (1 - sigmoid(x)) at the sum"),
    Public("tn-gbias", _TN, "b90_tn", "b90_tn", "    output[NETGBIAS][h] = output[NETGIN] * 1;", ((C,),),
           (Twin("gradient", "b2[0]", (_TG + "*1",)),), batch=90,
           why="the bias's gradient; the [h] after output[NETGBIAS] (a number) is the page's slip, which JavaScript "
               "ignores, so the gradient is never stored"),
    Public("tn-gw", _TN, "b90_tn", "b90_tn", "      output[NETGWEIGHTS][h] = output[NETGIN] * hidden[NETOUT];",
           ((C,),), (Twin("gradient", "W2[0,0]", (_TG + "*a1[0]",)),), batch=90),
    Public("tn-hgout", _TN, "b90_tn", "b90_tn", "      hidden[NETGOUT] += output[NETGIN] * output[NETWEIGHTS][h];",
           ((C,),),
           (Twin("value", "((2*(a2 - y)*a2*(1 - a2)) @ W2)[0]", ("((2*(a2 - y)*a2*(1 - a2)) @ W2)[0]",)),), batch=90,
           why="hidden[NETGOUT] starts at 0 and the loop over the outputs adds each one's term: dE/dh once the loop is "
               "done, a value"),
    Public("tn-hgin", _TN, "b90_tn", "b90_tn",
           "    neth[h][NETGIN] = netHiddenActivator[1](neth[h][NETIN]) * neth[h][NETGOUT];", ((C,),),
           (Twin("gradient_z", "z1[0]", (_TH,)),), batch=90),
    Public("tn-hgbias", _TN, "b90_tn", "b90_tn", "    hidden[NETGBIAS] = hidden[NETGIN] * 1;", ((C,),),
           (Twin("gradient", "b1[0]", (_TH + "*1",)),), batch=90),
    Public("tn-hgw", _TN, "b90_tn", "b90_tn", "      hidden[NETGWEIGHTS][i] = hidden[NETGIN] * neti[i];", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (_TH + "*x[{i}]",), _I2),), batch=90),
    Public("tn-obias", _TN, "b90_tn", "b90_tn", "    output[NETBIAS] = alpha * (output[NETGBIASSUM] / b);", ((W,),),
           (Twin("update", "b2[0]", ("eta*(grad/1)",)),), batch=90,
           why="the bias set to the rate times its gradient, not moved by it (bias - alpha ...): the page's slip"),
    Public("tn-ow", _TN, "b90_tn", "b90_tn",
           "      output[NETWEIGHTS][h] = output[NETWEIGHTS][h] - alpha * (output[NETGWEIGHTSSUM][h] / b);", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*(grad/1)",)),), batch=90,
           why="the gradient summed over a batch of b samples (one here), averaged"),
    Public("tn-hbias", _TN, "b90_tn", "b90_tn", "    hidden[NETBIAS] = alpha * (hidden[NETGBIASSUM] / b);", ((W,),),
           (Twin("update", "b1[0]", ("eta*(grad/1)",)),), batch=90, why="the same slip"),
    Public("tn-hw", _TN, "b90_tn", "b90_tn",
           "      hidden[NETWEIGHTS][i] = hidden[NETWEIGHTS][i] - alpha * (hidden[NETGWEIGHTSSUM][i] / b);", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(grad/1)",), _I2),), batch=90),
    # ---- TRACX's Giroux_Rey bp_tanh_backprop.m: MATLAB row vectors, .* and ', a tanh_deriv of the activation, a
    # step with momentum (-1 * Learning_rate*dE_dw + Momentum*Old_HO_dwts) -------------------------------------------
    Public("tb-raw", _TB, "b90_tr", "b90_tb", "Errors_RAW = Output_out_activations - Target;", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K3),), batch=90,
           why="the half squared error's derivative by the outputs, a value"),
    Public("tb-out", _TB, "b90_tr", "b90_tb", "Errors_OUTPUT = Errors_RAW.*tanh_deriv(Output_out_activations);", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_TO,), _K3),), batch=90,
           why="tanh_deriv(a) = 1 - a^2 of the activation"),
    Public("tb-dEdw", _TB, "b90_tr", "b90_tb", "dE_dw = Hidden_out_activations' * Errors_OUTPUT;", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*" + _TO,), _KJ32),), batch=90,
           why="the hidden-to-output gradient, hidden units by outputs (HO_wts' shape)"),
    Public("tb-dwts", _TB, "b90_tr", "b90_tb", "HO_dwts = -1 * Learning_rate*dE_dw + Momentum*Old_HO_dwts;", ((C,),),
           (Twin("step", "W2[{k},{j}]", ("-(-1*eta*a1[{j}]*" + _TO + " + 0.9*0)",), _KJ32),), batch=90,
           why="the step at the first update (Old_HO_dwts = 0), the descent step"),
    # ---- TRACX's Giroux_Rey tanh_feedforward.m: six spaces of indentation, tanh_squash the tanh -------------------
    Public("tf-hnet", _TF, "b90_tr", "b90_tf", "      Hid_net_in_acts = Input * IH_wts;", ((C,),),
           (Twin("value", "z1[{j}]", ("(x @ W1.T)[{j}]",), _J2),), batch=90),
    Public("tf-hout", _TF, "b90_tr", "b90_tf", "      Hid_out_acts = tanh_squash(Hid_net_in_acts);", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),), batch=90),
    Public("tf-onet", _TF, "b90_tr", "b90_tf", "      Output_net_in_acts = Hid_out_acts * HO_wts;", ((C,),),
           (Twin("value", "z2[{k}]", ("(a1 @ W2.T)[{k}]",), _K3),), batch=90,
           why="Hid_out_acts is the hidden row with the bias unit appended on the line before (left out here)"),
    Public("tf-oout", _TF, "b90_tr", "b90_tf", "      Output_out_acts = tanh_squash(Output_net_in_acts);", ((C,),),
           (Twin("value", "a2[{k}]", ("tanh(z2[{k}])",), _K3),), batch=90),
    # ---- 4pm-nomnom's maths.c: C functions, braces on lines of their own, pow(), a return split over two lines,
    # a (void) statement and a // comment in the body -------------------------------------------------------------
    Public("pm-loss", _PM, "b90_pm", "b90_pm",
           "double error_outputs(double target, double output)\n{\n    return 0.5 * pow((target - output), 2);\n}",
           ((C,),), (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=90,
           why="the loss of one output"),
    Public("pm-dEo", _PM, "b90_pm", "b90_pm",
           "double derrivative_Error_output(double target, double output)\n{\n    return output - target;\n}",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=90,
           why="a derivative by the output, a value"),
    Public("pm-dout", _PM, "b90_pm", "b90_pm",
           "double derrivative_outpout(double output)\n{\n    return output * (1.0 - output);\n}", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1.0 - a2[0])",)),), batch=90,
           why="the sigmoid's slope written of its output"),
    Public("pm-delta", _PM, "b90_pm", "b90_pm",
           "double delta(double target, double output, double input)\n{\n"
           "    return derrivative_Error_output(target, output) *\n        derrivative_outpout(output) * input;\n}",
           ((C,),), (Twin("gradient", "W2[0,0]", (_PD + "*a1[0]",)),), batch=90,
           why="dE/dw of the weight from input (a hidden unit's output) to the output"),
    Public("pm-hprev", _PM, "b90_pm", "b90_pm",
           "double error_hidden_prev(double target, double output, double weight)\n{\n"
           "    return derrivative_Error_output(target, output) *\n        derrivative_outpout(output) * weight;\n}",
           ((C,),), (Twin("value", _PD + "*W2[0,0]", (_PD + "*W2[0,0]",)),), batch=90,
           why="dE/dh of the hidden unit the weight leaves (one output), a value"),
    Public("pm-hidden", _PM, "b90_pm", "b90_pm",
           "double error_hidden(double target, double output, double output_n,\n        double weight, double input)\n"
           "{\n    (void)input;\n    return error_hidden_prev(target, output, weight) *\n"
           "        derrivative_outpout(output_n); //* input;\n}", ((C,),),
           (Twin("gradient_z", "z1[0]", (_PD + "*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=90,
           why="the hidden unit's dE/dnet, its input left unused ((void)input, the * input commented out)"),
    # ---- the stored Japanese notes: \[...\] blocks on lines of their own, E_n, y_{n,k} and t_{n,k} with the
    # sample's n, \ln, a product split over two lines ---------------------------------------------------------------
    Public("jp-chain", _JP, "b90_jp", "b90_jp",
           "\\[\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j}\n"
           + " " * 39 + "\\frac{\\partial a_j}{\\partial w_{ji}}\n\\]", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_JD + "*x[{i}]",), _JI33),), batch=90,
           why="the chain rule through the sum a_j, its second factor aligned under the first"),
    Public("jp-aj", _JP, "b90_jp", "b90_jp", "\\[\na_j = \\sum_{k} w_{jk} x_k + b_j\n\\]", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J3),),
           batch=90, why="the sum a_j over the inputs k"),
    Public("jp-dadw", _JP, "b90_jp", "b90_jp", "\\[\n\\frac{\\partial a_j}{\\partial w_{ji}} = x_i\n\\]", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I3),), batch=90, why="a local derivative, a value"),
    Public("jp-delta", _JP, "b90_jp", "b90_jp", "\\[\n\\frac{\\partial E_n}{\\partial a_j} = \\delta_j\n\\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JD,), _J3),), batch=90, why="delta_j's definition"),
    Public("jp-dw", _JP, "b90_jp", "b90_jp",
           "\\[\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\delta_j x_i\n\\]", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_JD + "*x[{i}]",), _JI33),), batch=90),
    Public("jp-delta-out", _JP, "b90_jp", "b90_jp",
           "\\[\n\\delta_j = \\sum_k \\frac{\\partial E_n}{\\partial y_{n,k}} \\frac{\\partial y_{n,k}}{\\partial a_j}\n"
           "\\]", ((C,),), (Twin("gradient_z", "z1[{j}]", (_JD,), _J3),), batch=90,
           why="the output layer's delta through every softmax output k"),
    Public("jp-En", _JP, "b90_jp", "b90_jp", "\\[\nE_n = -\\sum_k t_{n,k} \\ln y_{n,k}\n\\]", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=90,
           why="the cross-entropy of k classes"),
    Public("jp-delta-def", _JP, "b90_jp", "b90_jp", "\\[\n\\delta_j = \\frac{\\partial E_n}{\\partial a_j}\n\\]",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_JD,), _J3),), batch=90,
           why="the first block of the delta's derivation, the rest continuing lines that start with ="),
    # ---- the two stored hiddenDeltas.m: MATLAB's ', .* and ones(size(...)) --------------------------------------
    Public("hde-deriv", _HD, "b90_hd", "b90_hd",
           "sigmoidDeriv = hiddenOutputs .* (ones(size(hiddenOutputs)) - hiddenOutputs);", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=90,
           why="the hidden units' slopes, a value"),
    Public("hde-deltas", _HD, "b90_hd", "b90_hd", "deltas = (outputWeights' * outputDeltas) .* sigmoidDeriv;", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_HDD,), _J3),), batch=90),
    Public("hdk-deriv", _HK, "b90_hd", "b90_hd",
           "  sigmoidDeriv = hiddenOutputs .* (ones(size(hiddenOutputs)) - hiddenOutputs);", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=90),
    Public("hdk-deltas", _HK, "b90_hd", "b90_hd", "  deltas = (outputWeights' * outputDeltas) .* sigmoidDeriv;",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_HDD,), _J3),), batch=90,
           why="the file's last line, without its end"),
    # ---- austinapatel's Java: a method's definition (public, typed parameters, tabs), a sum accumulated with +=,
    # a weight moved by a method's call ---------------------------------------------------------------------------
    Public("ap-delta", _APB, "b90_ap", "b90_ap_bp",
           "\tpublic double getWeightDelta(double error, int input, int neuronId, int weightId) {\n"
           "\t\treturn error * input * learningRate;\n\t}", ((W,),),
           (Twin("step", "W1[0,0]", ("-((y[0] - a1[0])*x[0]*eta)",)),), batch=90,
           why="the delta rule without the sigmoid's slope a (1 - a): the squared error's step is eta (t - a) a (1 - a) "
               "x"),
    Public("ap-sum", _APN, "b90_ap", "b90_ap_n", "\t\t\tsum += weights[i] * inputs[i];", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=90,
           why="sum starts at 0d and the loop adds every input's term: the neuron's sum once the loop is done"),
    Public("ap-learn", _APN, "b90_ap", "b90_ap_n",
           "\t\t\tweights[i] += learningMethod.getWeightDelta(error, inputs[i], id, i);", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=90,
           why="getWeightDelta is error * input * learningRate (BackpropagationAlgorithm.java), the step without the "
               "sigmoid's slope"),
]
