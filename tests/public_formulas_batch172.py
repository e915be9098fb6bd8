r"""Batch 172 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (the code corpus, with this batch's emphasis on backprop written by
hand in C, C++, Java, C#, Go and Rust: loops over units and weights, arrays indexed from 0, momentum in updates, bias
arrays and biases kept in a weight array's last row, and the comments that state the formulas; every address a stored
file whose repository the index does not name): a C XOR program (stored file 3711194156: malloc'd arrays, += updates
with LR after the product, a // comment after the error), a C iris program commented in Portuguese (stored file
32488283536: the biases in the weight arrays' last rows, w_ih[N_INPUT][j], float declarations), the C program nnp
(stored file 45382504200: a struct's arrays through network->, a double declaration), a Java iris tutorial page
(stored file 46449882683: HTML with Java in <code> blocks, a // comment stating the output gradient, the weight change
before its momentum term), a Java BPNetworkMulti commented in Chinese (stored file 14064398018: Java's double
literal 1d), a Go network commented in Chinese (stored file 59436570928: := declarations, goroutines, a "momentum
term" that adds alpha times the step just computed), a Go regression program (stored file 23361154254: ReLU hidden
units, a linear output, nn. fields), a Go gonum network (stored file 29241781210: its derivation in a /* */ comment,
dSSR/dBout = -2 (labels - output) * ...) and a Rust NeuralNetwork (stored file 3748296891: let declarations, self.
fields, 1.0 literals). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded: tabs as tabs, a trailing space kept), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: code's arrays as patterns whose index
letters are placeholders, "w_ih[i][j]" = "W1[j, i]" beside "w_ih[N_INPUT][j]" = "b1[j]" for the row that holds the
biases; the code's deltas that are -dE/dz written "-delta2[j]" where the updates add them; a weight change before
its momentum term written "-eta*grad(W2[o, h])"; the Go file's alpha := 0.9 given its value; helpers declared
"sigmoid' at output" where they compute x (1 - x) of what they are given (dsigmoid, in a header not stored, so taken
as its calls pass outputs) and "relu' at output" for a reluDerivative not stored, taken of the hidden outputs (the
ReLU's 0 or 1 is the same at the sums); a name whose meaning changes between loops given one notation per loop: error
in the C and Rust files' output and hidden loops, delta in the Go file's three loops; the gonum comment's names read
entry by entry, hLayerOutput hidden unit j's output and wOutput its weight to the one output), a network of the
kind the page describes (with the page's numbers where it gives them: the sizes 2-2-1, 4-3-3 and 5-4-3 (four inputs
and a bias node), the rates 0.5, 0.25 and 0.05 the files write; smaller sizes where the files' are a data set's or a
caller's, rate 0.1 where the rate is a caller's; all in tests/public_formulas_batch172_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's error, delta, weight change and a term of a sum (the Java val) are twinned as values, as in batches 14 to
170. Formulas keep what surrounds them on their line (a code line's indentation, a declaration's type or keyword,
float, double, let, :=, a trailing // comment, a comment's // or the tab inside a /* */ block); what was left out is
said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 172

The batch: 56 formulas from 9 addresses (the C XOR program 7, the C iris program 7, the C program nnp 5, the Java
tutorial page 6, the Java BPNetworkMulti 2, the Go network commented in Chinese 8, the Go regression program 8, the
Go gonum comment 6, the Rust NeuralNetwork 7), all in code files (C 19, Java 8, Go 22, Rust 7), 7 of them in
comments (the gonum derivation's 6, the Java page's //outputGradient = (d - y) * y * (1 - y)). By kind: 28 values
(12 deltas, the output's and the hidden layer's, the code's -dE/dz; 6 output errors; 3 sums named -dE/d(hidden
output); 2 weight changes before a momentum term or an update; a term of a sum; the comment's output gradient; 3
more of the Go and Java loops), 6 gradients (the gonum comment's dSSR/dBout, dSSR/dWOutput, dSSR/dbHidden,
dSSR/dwHidden, two of them written as chains), and 22 updates (12 of weights, 10 of biases; all += with the rate,
before or after the product, 2 with the Go file's "momentum term").

2 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Go network's gm-w2, nn.WeightsHO[i][j] += delta + alpha*delta // 动量项 ("momentum term"), with delta :=
  nn.LearningRate * outputErrors[i] * hidden[j] on the line before and alpha := 0.9: the momentum term is alpha times
  the step just computed, not the last step (no previous change is kept), so the weight moves (1 + alpha) eta
  dE/dW2 = 1.9 times the rate's step;
- the Go network's gm-w1, nn.WeightsIH[i][j] += delta + alpha*delta: the same slip at the hidden layer.

Not mistaken, though they look it: the C and Go files' deltas written error * sigmoid_derivative(output) with no
factor 2 where the files report the sum of squared errors (total_error += error * error: a progress measure; the
deltas are the half squared error's, the network's loss); the Go regression program's outputDeltas[i] =
outputErrors[i] (its comment: "Derivative of linear function is 1", the output linear); the Java page's
hiddenGradients, whose runningSum is taken over hoWeights after the output loop has updated them (the line as
written, in runningSum named -dE/d(hidden output), is right: the order of the loops is the slip, which no formula
shows); the nnp program's biases, never updated (no line to take).

What was left out: in every file the forward pass and the sums accumulated over a loop (hidden_error += ...,
error += ..., errorSum += ..., sum += ..., runningSum += val, total_error += error * error), each a term of a sum
rather than a formula; the C XOR program's init and test; the Java page's HTML formulas (&delta;<sup>o</sup><sub>h</sub>
= (d<sub>o</sub> - y<sub>o</sub>) * y<sup>2</sup><sub>o</sub> * ..., markup rather than a formula's text), its sse
lines, its momentum lines (deltaWeight += momentum * previousDelta, hoWeights[o][h] = hoWeights[o][h] + deltaWeight,
the change with the momentum's term), its hidden comment //hiddenGradient = SUMOF{ outputGradients[i] * hoWeights[i][h]
} * (d - y) * y * (1 - y) (a slip, the output's (d - y) at a hidden unit, but SUMOF{...} over an index the comment
never binds and a y that means the hidden output there), and its input-hidden deltaWeight = learningRate *
trainingData[P][i] * hiddenGradients[h] (i runs to numIN, where trainingData[P][4] is the first desired output and not
the bias node's 1: a slip for the bias weights, on a name, deltaWeight, that changes its weight with i); the Java
BPNetworkMulti's adjustWeights (double newVal = momentum * preVWeights.get(layerNum)[i][j] + eta * delta[i] *
layer[j], the momentum's update, which no problem file holds); the Go network's hidden delta := nn.LearningRate *
hiddenErrors[i] * input[j] (the same form as the output loop's, taken once; the file's eight taken), its Train;
the gonum comment's forward lines (output = sigmoid(oLayerInput), ...), the chains of dbHidden and dwHidden (the
same form as the two taken), its CE block (each line writing two alternatives joined by ||) and its code (gonum's
MulElem, Mul and Scale calls, no formula's text); the Rust train's feedforward. Pages read and not taken: a C++
FFNetwork (stored file 17338328648: weights in flat arrays indexed j*(layers[i-1]+1)+w, with a neuronVals[a][i-i][w]
slip that reads the input layer for every layer, but no network of one hidden layer shows it), a Java NeuralNet, a
Rust network with an interval loss (stored file 51840914826), a Go Elman network with context units (stored file
4599003433), and C and Python copies of the same loops used by earlier batches.

Collected on 2026-12-07 (22:28 to 22:33 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 17 loaded as first written. The oracle's first run passed every verdict as first transcribed (56 entries and the
batch's two checks).

Run blind at main 3a066af (/work/READY_FOR_BLIND64; src/ as at 3a066af, main's last change to it; the rebase a
no-op, the branch already on that commit), with nothing under src/ changed. The first run (/work/batch172_blind.txt):
53 of 56 read with every verdict right (95%), 3 refused, no typo (none in the batch), no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. No refusal was a slip of the notations or twins (each is a construct of the page's own that
the reader does not take), so the batch was run once; tests/test_public_formulas_held_out.py -k "b172-" passed after
the run, check's never-wrong-called-correct test included.

Of the 2 mistaken formulas, 1 was read with its wrong member called wrong: gm-w1 (nn.WeightsIH[i][j] += delta +
alpha*delta, the momentum term of the step just computed: 1.9 times the rate's step); gm-w2, the same slip, was
refused (its trailing comment, below). By page: the C XOR program 7 of 7, the C iris program 7 of 7, nnp 5 of 5, the
Java tutorial page 6 of 6, the Java BPNetworkMulti 0 of 2, the Go network commented in Chinese 7 of 8, the Go
regression program 8 of 8, the gonum comment 6 of 6, the Rust NeuralNetwork 7 of 7.

The refusals by construct, with the exact message:

- Java's double literal 1d (2: jm-od, jm-hd): "formula 'outputDelta[i] = output * (1d - output) * (targets[i] - o...':
  unknown symbol d; the notation knows output, outputDelta, targets; give it a meaning in the notation's
  [notation.symbols], e.g. "d" = "a1[0]"" and "formula 'hiddenDelta[i] = o * (1d - o) * sum': unknown symbol d; the
  notation knows hiddenDelta, hiddenLayer, o, outputDelta, sum, weights; give it a meaning in the notation's
  [notation.symbols], e.g. "d" = "a1[0]"" (1d read as 1 times d: Java's and C#'s d suffix, like 1.0f's f, is a
  literal's type);
- a trailing // comment of Chinese words (1: gm-w2): "formula 'nn.WeightsHO[i][j] += delta + alpha*delta // 动量项':
  unexpected at '/' (position 44); // is read as a comment only before words (// the update rule), worked numbers (//
  0.5 * 2 = 1) or an array's shape (// (10, 2), or // (2) after two spaces); Python's floor division a // b is no
  formula check reads" (动量项, "momentum term", is a word, in Chinese: the comment rule takes only words in Latin
  letters).

Read, among the constructs these pages brought: C's float and double declarations, malloc'd arrays and a // comment
after the error; the biases kept in a weight array's last row, w_ih[N_INPUT][j] beside w_ih[i][j]; a struct's arrays
through network->; Java in an HTML page's <code> blocks with a trailing space, a // comment stating the output
gradient in one-letter names (d - y) * y * (1 - y), a weight change before its momentum term, a term of a sum (val);
Go's := declarations, nn. fields, alpha given a value and its momentum term of the step just computed (gm-w1 called
wrong); a ReLU slope declared of the hidden outputs and a linear output's delta with its comment; a Go /* */ block's
derivation in d-ratios of code names (dSSR/dBout = dSSR/doutput * doutput/doLayerInput * doLayerInput/dBout), -2
(labels - output) and - 2 with a space; Rust's let and self. fields with 1.0 literals.

Which look general: both constructs refused. Java's (and C#'s) d suffix on a literal, 1d, as the reader takes f in
1.0f (a typed literal in hand-written Java backprop is common: 1d - output); and a trailing // comment whose words are
in another script (Chinese here; code commented in Chinese, Japanese or Russian is frequent in this corpus), which the
comment rule takes only for words in Latin letters.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch172_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CX = _STORED.format(3711194156, "#include <stdio.h>",
                     "a C XOR program: malloc'd layers, a 2-2-1 sigmoid network trained with += updates, "
                     "#define LR 0.5")
_IR = _STORED.format(32488283536, "#include <stdio.h>",
                     "a C iris program commented in Portuguese (Felipe S. Pegoraro): the biases in the weight "
                     "arrays' last rows, float arrays")
_NN = _STORED.format(45382504200, "/////////////////////////////////////////////////////////////////////////////"
                     "////////////////",
                     "the C program nnp (Neural Network Program, Shpati Koleka): a struct's arrays through network->, "
                     "parameters from a file")
_JH = _STORED.format(46449882683, "<!doctype html>",
                     "a Java iris tutorial page (Dan LaFreniere, \"Backpropagation Neural Networks\"): HTML with the "
                     "Java in <code> blocks, a 5-4-3 network with momentum")
_JM = _STORED.format(14064398018, "package BP;",
                     "a Java BPNetworkMulti commented in Chinese: layers of any number, momentum, double literals 1d")
_GM = _STORED.format(59436570928, "package nn",
                     "a Go network commented in Chinese: goroutines over the units, a \"momentum term\" alpha*delta")
_GR = _STORED.format(23361154254, "package main",
                     "a Go regression program: ReLU hidden units, a linear output, JSON-saved weights")
_GS = _STORED.format(29241781210, "package machinelearning",
                     "a Go gonum network (\"Kudos to https://datadan.io/blog/neural-net-with-go\"): its derivatives "
                     "derived in a /* */ comment")
_RS = _STORED.format(3748296891, "use rand::Rng;",
                     "a Rust NeuralNetwork: Vec<Vec<f64>> weights, train with += updates")


def _p(**sizes) -> tuple:
    """Every combination of the letters' values, the first letter outermost."""
    combos = [{}]
    for letter, size in sizes.items():
        combos = [{**c, letter: v} for c in combos for v in range(size)]
    return tuple(combos)


def _sq2(k: str) -> str:
    """-dE/dz2[k] of a sigmoid output under half the squared error."""
    return f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"


def _sqa(j: str, outputs: int) -> str:
    """-dE/d a1[j], summed over the outputs."""
    return " + ".join(f"{_sq2(str(k))}*W2[{k},{j}]" for k in range(outputs))


def _sq1(j: str, outputs: int) -> str:
    """-dE/dz1[j] of a sigmoid hidden unit."""
    return f"({_sqa(j, outputs)})*a1[{j}]*(1 - a1[{j}])"


# the C XOR program's 2-2-1 network
_CX2 = _sq2("0")
_CX1 = _sq1("{j}", 1)
# the C iris program's 4-3-3 network (j the unit, i the unit or input feeding it)
_IR2 = _sq2("{j}")
_IR1 = _sq1("{j}", 3)
# nnp's 3-4-2 network (i or k an output, j a hidden unit)
_NN2I = _sq2("{i}")
_NN2K = _sq2("{k}")
_NN1 = _sq1("{j}", 2)
# the Java page's 4-4-3 network (o or i an output, h a hidden unit)
_JH2 = _sq2("{o}")
_JH1 = _sq1("{h}", 3)
# the Java BPNetworkMulti's, the Go network's and the Rust network's 2-3-2 networks (i the unit of each loop)
_S2 = _sq2("{i}")
_S1 = _sq1("{i}", 2)
# the Go regression program's 3-4-1 network (ReLU hidden, linear output): -dE/dz2, -dE/d a1[i], -dE/dz1[i]
_GR2 = "(y[0] - a2[0])"
_GRA = "(y[0] - a2[0])*W2[0,{i}]"
_GR1 = _GRA + "*Heaviside(z1[{i}])"
# the gonum comment's 2-3-1 sigmoid network under the squared error (SSR): dSSR/dz2, dSSR/dz1[j]
_GS2 = "-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_GS1 = _GS2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


ENTRIES = [
    # ---- the C XOR program (sixteen- and twenty-space indentation): i the sample, j and k each loop's units, a //
    # comment after the error, += updates with LR after the product ---------------------------------------------------
    Public("h72-cx-err", _CX, "b172_cx", "b172_cx",
           "                output_error = (training_outputs[i][j] - output_layer[j]); // Error", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=172,
           why="the output's error, target minus output, a value; j = 0, the one output"),
    Public("h72-cx-od", _CX, "b172_cx", "b172_cx",
           "                output_delta[j] = output_error * dsigmoid(output_layer[j]);", ((C,),),
           (Twin("value", _CX2, (_CX2,)),), batch=172,
           why="-dE/dz2, a value; dsigmoid (active_func.h, not stored) taken of the output"),
    Public("h72-cx-hd", _CX, "b172_cx", "b172_cx",
           "                hidden_delta[j] = hidden_error * dsigmoid(hidden_layer[j]);", ((C,),),
           (Twin("value", _CX1, (_CX1,), _p(j=2)),), batch=172,
           why="hidden_error the sum over the outputs of output_delta[k] * output_weights[j][k]"),
    Public("h72-cx-b2", _CX, "b172_cx", "b172_cx", "                output_bias[j] += output_delta[j] * LR;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + {_CX2}*eta",)),), batch=172),
    Public("h72-cx-w2", _CX, "b172_cx", "b172_cx",
           "                    output_weights[k][j] += hidden_layer[k] * output_delta[j] * LR;", ((C,),),
           (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] + a1[{{k}}]*{_CX2}*eta",), _p(k=2)),), batch=172,
           why="j the output, k the hidden unit: output_weights input-first"),
    Public("h72-cx-b1", _CX, "b172_cx", "b172_cx", "                hidden_bias[j] += hidden_delta[j] * LR;", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + {_CX1}*eta",), _p(j=2)),), batch=172),
    Public("h72-cx-w1", _CX, "b172_cx", "b172_cx",
           "                    hidden_weights[k][j] += rand_training_pt[k] * hidden_delta[j] * LR;", ((C,),),
           (Twin("update", "W1[{j},{k}]", (f"W1[{{j}},{{k}}] + x[{{k}}]*{_CX1}*eta",), _p(j=2, k=2)),), batch=172,
           why="j the hidden unit, k the input"),
    # ---- the C iris program (sixteen- and twenty-space indentation): float declarations, the biases in the weight
    # arrays' last rows (w_ih[N_INPUT][j], w_ho[N_HIDDEN][j]); error in the output and hidden loops (two notations) ---
    Public("h72-ir-err", _IR, "b172_ir", "b172_ir",
           "                float error = current_target[j] - final_output[j];", ((C,),),
           (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a2[{j}]",), _p(j=3)),), batch=172,
           why="the output's error, a value"),
    Public("h72-ir-od", _IR, "b172_ir", "b172_ir",
           "                output_delta[j] = error * sigmoid_derivative(final_output[j]);", ((C,),),
           (Twin("value", _IR2, (_IR2,), _p(j=3)),), batch=172,
           why="-dE/dz2[j]; sigmoid_derivative(x) = x * (1.0f - x), of the output"),
    Public("h72-ir-hd", _IR, "b172_ir", "b172_irh",
           "                hidden_delta[j] = error * sigmoid_derivative(hidden_output[j]);", ((C,),),
           (Twin("value", _IR1, (_IR1,), _p(j=3)),), batch=172,
           why="error, in the hidden loop, the sum over the outputs of output_delta[k] * w_ho[j][k]"),
    Public("h72-ir-w2", _IR, "b172_ir", "b172_ir",
           "                    w_ho[i][j] += LEARNING_RATE * output_delta[j] * hidden_output[i];", ((C,),),
           (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] + eta*{_IR2}*a1[{{i}}]",), _p(j=3, i=3)),), batch=172,
           why="i the hidden unit, j the output"),
    Public("h72-ir-b2", _IR, "b172_ir", "b172_ir",
           "                w_ho[N_HIDDEN][j] += LEARNING_RATE * output_delta[j];", ((C,),),
           (Twin("update", "b2[{j}]", (f"b2[{{j}}] + eta*{_IR2}",), _p(j=3)),), batch=172,
           why="the last row of w_ho the output biases (the forward pass starts each sum with it)"),
    Public("h72-ir-w1", _IR, "b172_ir", "b172_ir",
           "                    w_ih[i][j] += LEARNING_RATE * hidden_delta[j] * current_input[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_IR1}*x[{{i}}]",), _p(j=3, i=4)),), batch=172),
    Public("h72-ir-b1", _IR, "b172_ir", "b172_ir",
           "                w_ih[N_INPUT][j] += LEARNING_RATE * hidden_delta[j];", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_IR1}",), _p(j=3)),), batch=172,
           why="the last row of w_ih the hidden biases"),
    # ---- the C program nnp (eight- and twelve-space indentation): the network's arrays through network->, error in
    # the output and hidden loops (two notations) ----------------------------------------------------------------------
    Public("h72-nn-err", _NN, "b172_nn", "b172_nn",
           "        double error = target[i] - network->output_activation[i];", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _p(i=2)),), batch=172),
    Public("h72-nn-od", _NN, "b172_nn", "b172_nn",
           "        output_delta[i] = error * sigmoid_derivative(network->output_activation[i]);", ((C,),),
           (Twin("value", _NN2I, (_NN2I,), _p(i=2)),), batch=172,
           why="-dE/dz2[i]; sigmoid_derivative(x) = x * (1.0 - x), of the output"),
    Public("h72-nn-hd", _NN, "b172_nn", "b172_nnh",
           "        hidden_delta[j] = error * sigmoid_derivative(network->hidden_activation[j]);", ((C,),),
           (Twin("value", _NN1, (_NN1,), _p(j=4)),), batch=172,
           why="error, in the hidden loop, the sum over the outputs of output_delta[k] * "
               "network->output_weights[j][k]"),
    Public("h72-nn-w2", _NN, "b172_nn", "b172_nn",
           "            network->output_weights[j][k] += LEARNING_RATE * output_delta[k] * "
           "network->hidden_activation[j];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_NN2K}*a1[{{j}}]",), _p(j=4, k=2)),), batch=172,
           why="j the hidden unit, k the output"),
    Public("h72-nn-w1", _NN, "b172_nn", "b172_nn",
           "            network->hidden_weights[i][j] += LEARNING_RATE * hidden_delta[j] * input[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_NN1}*x[{{i}}]",), _p(j=4, i=3)),), batch=172,
           why="i the input, j the hidden unit"),
    # ---- the Java tutorial page (tab indentation inside <code> blocks): the error with a trailing space, a //
    # comment stating the output gradient, the weight change before its momentum term, a term of a sum -----------------
    Public("h72-jh-oe", _JH, "b172_jh", "b172_jh", "\t\t\toutputError[j] = desiredOut[j] - outputs[j]; ", ((C,),),
           (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a2[{j}]",), _p(j=3)),), batch=172,
           why="the error (desired minus actual output), a value; a trailing space, as the file has it"),
    Public("h72-jh-cm", _JH, "b172_jh", "b172_jhc", "\t\t\t//outputGradient = (d - y) * y * (1 - y)", ((C,),),
           (Twin("value", _JH2, (_JH2,), _p(o=3)),), batch=172,
           why="the comment over the output loop: d the desired output, y the actual output, -dE/dz2[o], a value"),
    Public("h72-jh-og", _JH, "b172_jh", "b172_jh",
           "\t\t\toutputGradients[o] = outputError[o] * outputs[o] * (1-outputs[o]);", ((C,),),
           (Twin("value", _JH2, (_JH2,), _p(o=3)),), batch=172, why="-dE/dz2[o], a value"),
    Public("h72-jh-dw", _JH, "b172_jh", "b172_jh",
           "\t\t\t\tdeltaWeight = learningRate * hiddenOutputs[h] * outputGradients[o];", ((C,),),
           (Twin("value", f"eta*a1[{{h}}]*{_JH2}", (f"eta*a1[{{h}}]*{_JH2}",), _p(o=3, h=4)),), batch=172,
           why="the change of hoWeights[o][h] before the momentum's term (deltaWeight += momentum * previousDelta, "
               "the next line), -eta dE/dW2, a value"),
    Public("h72-jh-val", _JH, "b172_jh", "b172_jh", "\t\t\t\tval = outputGradients[i] * hoWeights[i][h];", ((C,),),
           (Twin("value", f"{_sq2('{i}')}*W2[{{i}},{{h}}]", (f"{_sq2('{i}')}*W2[{{i}},{{h}}]",), _p(i=3, h=4)),),
           batch=172, why="output i's term of -dE/d(hidden output h), a value (runningSum += val, the next line)"),
    Public("h72-jh-hg", _JH, "b172_jh", "b172_jh",
           "\t\t\thiddenGradients[h] = runningSum * hiddenOutputs[h] * (1 - hiddenOutputs[h]);", ((C,),),
           (Twin("value", _JH1, (_JH1,), _p(h=4)),), batch=172,
           why="runningSum named for what it stands for, -dE/d(hidden output h) (the file sums it over the weights "
               "the output loop has just updated: the loops' order, not this line)"),
    # ---- the Java BPNetworkMulti (three tabs): Java's double literal 1d, output and o locals (two notations) -------
    Public("h72-jm-od", _JM, "b172_jm", "b172_jm",
           "\t\t\toutputDelta[i] = output * (1d - output) * (targets[i] - output);", ((C,),),
           (Twin("value", _S2, (_S2,), _p(i=2)),), batch=172,
           why="-dE/dz2[i], a value; output the local double output = layers[layerNum - 1][i]"),
    Public("h72-jm-hd", _JM, "b172_jm", "b172_jmh", "\t\t\thiddenDelta[i] = o * (1d - o) * sum;", ((C,),),
           (Twin("value", _S1, (_S1,), _p(i=3)),), batch=172,
           why="o the hidden output at i, sum the sum over the outputs of weights[j][i] * outputDelta[j]"),
    # ---- the Go network commented in Chinese (two, three and four tabs): := declarations, delta in three loops (four
    # notations), the "momentum term" alpha*delta of the step just computed: two slips --------------------------------
    Public("h72-gm-d", _GM, "b172_gm", "b172_gmo", "\t\tdelta := target[i] - output[i]", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _p(i=2)),), batch=172,
           why="the output's error, a value (named delta)"),
    Public("h72-gm-oe", _GM, "b172_gm", "b172_gmo", "\t\toutputErrors[i] = delta * sigmoidDerivative(output[i])",
           ((C,),), (Twin("value", _S2, (_S2,), _p(i=2)),), batch=172,
           why="-dE/dz2[i]; sigmoidDerivative(x) = x * (1.0 - x), of the output"),
    Public("h72-gm-he", _GM, "b172_gm", "b172_gmh", "\t\thiddenErrors[i] = errorSum * sigmoidDerivative(hidden[i])",
           ((C,),), (Twin("value", _S1, (_S1,), _p(i=3)),), batch=172,
           why="errorSum the sum over the outputs of nn.WeightsHO[j][i] * outputErrors[j]"),
    Public("h72-gm-dw2", _GM, "b172_gm", "b172_gmu2", "\t\t\t\tdelta := nn.LearningRate * outputErrors[i] * hidden[j]",
           ((C,),), (Twin("value", f"eta*{_S2}*a1[{{j}}]", (f"eta*{_S2}*a1[{{j}}]",), _p(i=2, j=3)),), batch=172,
           why="the step of nn.WeightsHO[i][j], -eta dE/dW2, a value"),
    Public("h72-gm-w2", _GM, "b172_gm", "b172_gmu2", "\t\t\t\tnn.WeightsHO[i][j] += delta + alpha*delta // 动量项",
           ((W,),), (Twin("update", "W2[{i},{j}]",
                          (f"W2[{{i}},{{j}}] + eta*{_S2}*a1[{{j}}] + 0.9*eta*{_S2}*a1[{{j}}]",), _p(i=2, j=3)),),
           batch=172,
           why="the \"momentum term\" (动量项) is alpha = 0.9 times the step just computed, not the last step: the "
               "weight moves 1.9 times the rate's step (the code's slip)"),
    Public("h72-gm-bo", _GM, "b172_gm", "b172_gmu2", "\t\t\tnn.BiasO[i] += nn.LearningRate * outputErrors[i]", ((C,),),
           (Twin("update", "b2[{i}]", (f"b2[{{i}}] + eta*{_S2}",), _p(i=2)),), batch=172,
           why="the biases with no momentum term"),
    Public("h72-gm-w1", _GM, "b172_gm", "b172_gmu1", "\t\t\t\tnn.WeightsIH[i][j] += delta + alpha*delta", ((W,),),
           (Twin("update", "W1[{i},{j}]",
                 (f"W1[{{i}},{{j}}] + eta*{_S1}*x[{{j}}] + 0.9*eta*{_S1}*x[{{j}}]",), _p(i=3, j=2)),), batch=172,
           why="delta := nn.LearningRate * hiddenErrors[i] * input[j] the line before: the same slip at the hidden "
               "layer, 1.9 times the rate's step"),
    Public("h72-gm-bh", _GM, "b172_gm", "b172_gmu1", "\t\t\tnn.BiasH[i] += nn.LearningRate * hiddenErrors[i]", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_S1}",), _p(i=3)),), batch=172),
    # ---- the Go regression program (two and three tabs): ReLU hidden units, a linear output with its comment,
    # nn. fields, += updates with learningRate first -------------------------------------------------------------------
    Public("h72-gr-oe", _GR, "b172_gr", "b172_gr", "\t\toutputErrors[i] = targets[i] - finalOutputs[i]", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=172, why="the output's error, a value"),
    Public("h72-gr-od", _GR, "b172_gr", "b172_gr",
           "\t\toutputDeltas[i] = outputErrors[i] // Derivative of linear function is 1", ((C,),),
           (Twin("value", _GR2, (_GR2,)),), batch=172,
           why="-dE/dz2 through the linear output (its slope 1, as the comment says), a value"),
    Public("h72-gr-he", _GR, "b172_gr", "b172_gr", "\t\thiddenErrors[i] = sum", ((C,),),
           (Twin("value", _GRA, (_GRA,), _p(i=4)),), batch=172,
           why="sum the sum over the outputs of outputDeltas[j] * nn.OutputWeights[j][i]: -dE/d(hidden output i)"),
    Public("h72-gr-hd", _GR, "b172_gr", "b172_gr",
           "\t\thiddenDeltas[i] = hiddenErrors[i] * reluDerivative(hiddenOutputs[i])", ((C,),),
           (Twin("value", _GR1, (_GR1,), _p(i=4)),), batch=172,
           why="-dE/dz1[i]; reluDerivative (not in the stored file) of the hidden output, the ReLU's 0 or 1"),
    Public("h72-gr-w2", _GR, "b172_gr", "b172_gr",
           "\t\t\tnn.OutputWeights[i][j] += learningRate * outputDeltas[i] * hiddenOutputs[j]", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_GR2}*a1[{{j}}]",), _p(j=4)),), batch=172,
           why="i the output, j the hidden unit: OutputWeights output-first"),
    Public("h72-gr-b2", _GR, "b172_gr", "b172_gr", "\t\tnn.OutputBiases[i] += learningRate * outputDeltas[i]", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_GR2}",)),), batch=172),
    Public("h72-gr-w1", _GR, "b172_gr", "b172_gr",
           "\t\t\tnn.HiddenWeights[i][j] += learningRate * hiddenDeltas[i] * inputs[j]", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] + eta*{_GR1}*x[{{j}}]",), _p(i=4, j=3)),), batch=172,
           why="i the hidden unit, j the input"),
    Public("h72-gr-b1", _GR, "b172_gr", "b172_gr", "\t\tnn.HiddenBiases[i] += learningRate * hiddenDeltas[i]", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_GR1}",), _p(i=4)),), batch=172),
    # ---- the gonum network's /* */ comment (a tab before each line): "Loss Function = SSR", chains of derivatives
    # named by the code's variables, then the derivatives written out, -2 (labels - output) with a space --------------
    Public("h72-gs-cb", _GS, "b172_gs", "b172_gs",
           "\tdSSR/dBout = dSSR/doutput * doutput/doLayerInput * doLayerInput/dBout", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_GS2}*1",)),), batch=172,
           why="the chain rule through the output and its sum, Bout the output bias (the code's bOutput)"),
    Public("h72-gs-b2", _GS, "b172_gs", "b172_gs",
           "\tdSSR/dBout = -2 (labels - output) * sigmoid(oLayerInput) * (1 - sigmoid(oLayerInput)) * 1", ((C,),),
           (Twin("gradient", "b2[0]", ("-2*(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*1",)),), batch=172,
           why="SSR the sum of squared residuals (one sample and one output: the squared error); the sigmoid's "
               "slope written at the sum"),
    Public("h72-gs-cw", _GS, "b172_gs", "b172_gs",
           "\tdSSR/dWOutput = dSSR/dOutput * dOutput/doLayerInput * doLayerInput/dWOutput", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_GS2}*a1[{{j}}]",), _p(j=3)),), batch=172,
           why="WOutput (the code's wOutput) the weight from hidden unit j, Output the output (the comment's "
               "capital)"),
    Public("h72-gs-w2", _GS, "b172_gs", "b172_gs",
           "\tdSSR/dWOutput = - 2 (labels - output) * sigmoid(oLayerInput) * (1 - sigmoid(oLayerInput)) * "
           "hLayerOutput", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("-2*(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*a1[{j}]",),
                 _p(j=3)),), batch=172, why="- 2 with a space"),
    Public("h72-gs-b1", _GS, "b172_gs", "b172_gs",
           "\tdSSR/dbHidden = -2 (labels - output) * sigmoid(oLayerInput) * (1 - sigmoid(oLayerInput)) * wOutput * "
           "sigmoid(hLayerInput) * (1 - sigmoid(hLayerInput)) * 1", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"{_GS2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))*1",),
                 _p(j=3)),), batch=172, why="hidden unit j's bias, entry by entry"),
    Public("h72-gs-w1", _GS, "b172_gs", "b172_gs",
           "\tdSSR/dwHidden = -2 (labels - output) * sigmoid(oLayerInput) * (1 - sigmoid(oLayerInput)) * wOutput * "
           "sigmoid(hLayerInput) * (1 - sigmoid(hLayerInput)) * input", ((C,),),
           (Twin("gradient", "W1[{j},{i}]",
                 (f"{_GS2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))*x[{{i}}]",), _p(j=3, i=2)),),
           batch=172, why="input i's weight into hidden unit j, entry by entry"),
    # ---- the Rust NeuralNetwork (twelve- and sixteen-space indentation): let, 1.0 literals, self. fields, error in
    # the output and hidden loops (two notations) ----------------------------------------------------------------------
    Public("h72-rs-err", _RS, "b172_rs", "b172_rs", "            let error = target[i] - predicted[i];", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _p(i=2)),), batch=172),
    Public("h72-rs-oe", _RS, "b172_rs", "b172_rs",
           "            output_errors[i] = predicted[i] * (1.0 - predicted[i]) * error;", ((C,),),
           (Twin("value", _S2, (_S2,), _p(i=2)),), batch=172, why="-dE/dz2[i], a value"),
    Public("h72-rs-he", _RS, "b172_rs", "b172_rsh",
           "            hidden_errors[i] = hidden[i] * (1.0 - hidden[i]) * error;", ((C,),),
           (Twin("value", _S1, (_S1,), _p(i=3)),), batch=172,
           why="error, in the hidden loop, the sum over the outputs of output_errors[j] * self.weights_ho[j][i]"),
    Public("h72-rs-w1", _RS, "b172_rs", "b172_rs",
           "                self.weights_ih[i][j] += learning_rate * hidden_errors[i] * input[j];", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] + eta*{_S1}*x[{{j}}]",), _p(i=3, j=2)),), batch=172),
    Public("h72-rs-w2", _RS, "b172_rs", "b172_rs",
           "                self.weights_ho[i][j] += learning_rate * output_errors[i] * hidden[j];", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] + eta*{_S2}*a1[{{j}}]",), _p(i=2, j=3)),), batch=172),
    Public("h72-rs-bh", _RS, "b172_rs", "b172_rs", "            self.bias_h[i] += learning_rate * hidden_errors[i];",
           ((C,),), (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_S1}",), _p(i=3)),), batch=172),
    Public("h72-rs-bo", _RS, "b172_rs", "b172_rs", "            self.bias_o[i] += learning_rate * output_errors[i];",
           ((C,),), (Twin("update", "b2[{i}]", (f"b2[{{i}}] + eta*{_S2}",), _p(i=2)),), batch=172),
]
