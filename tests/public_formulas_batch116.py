r"""Batch 116 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in
and on languages earlier batches met less: three documents and seven code files in six languages): Dominic Steinitz's
literate Haskell post "Backpropogation is Just Steepest Descent with Automatic Differentiation" (stored file
280160774: $$ on lines of their own, \Delta w_{ij} = -\frac{\partial E}{\partial w_{ij}}, \delta_j \equiv
-\frac{\partial E}{\partial a_j}, an index slip and a missing \partial); a German seminar paper's LaTeX chapter
"Grundlagen" (stored file 36607254857: $$ ... $$ lines with w1 ... w6, x1, h1 unsubscripted, * for the product,
\hat{y_i}); a Markdown guide to a C# sentiment network (stored file 31198158474: ```csharp blocks with × for the
product, an update continued on the next line); and seven code files: LomTuby's TLNeuralNetwork.swift (Swift at commit
a73ab8f: the chain of Mazur's example in a comment block, let dE1_dW5 = dE1_dO1 * dO1_dW5), a C# SentimentAnalyser
(stored file 31448445151: double declarations, weightsHiddenOutput[j, k], SigmoidDerivative of outputs, += updates), a
TypeScript Brain (stored file 70142875132: tanh layers, flat weight arrays this.w2[k * hiddenSize + j]), a Dart
network commented in Portuguese (stored file 15006924287: [j][k] indexing, inputData[i][j] with i the sample), a
Java loan model (stored file 3750214654: W2[j][0], a scalar outputDelta), a Lua network whose comments state
Nielsen's algorithm in LaTeX without delimiters (stored file 20998307411: w^l \rightarrow w^l - \frac{\eta}{m} \sum_x
\delta^{x, l} ( a^{x,l-1} )^T) and a Kotlin PasswordNeuralNetwork (stored file 13732055063: val, +=, a tanh helper
taken of the outputs). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded; the repository's file read at its commit), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: code deltas that are -dE/dz written
"-delta2[k]" where the updates add them, helpers declared "sigmoid' at output" where they compute x (1 - x) of what
they are given and "tanh' at input" where they compute 1 - tanh(x)^2; a loop's scalar error named with the loop's
index in its meaning, one notation for the output loop and one for the hidden loop where the page reuses the name;
Nielsen's layers counted from the input, "w^{l}" = "W{l-1}[:, :]"; Steinitz's unlayered w_{ij} input-first with w_{0j}
the bias; the Kotlin arrays named whole, "weights2" = "W2[0, :]", since the notation format takes no pattern such as
weights2[i] whose base ends in a digit), a network of the kind the page describes (with the page's numbers where it
gives them: Mazur's input [0.05, 0.1], targets [0.01, 0.99] and rate 0.5 for the Swift file; the learning rates the
files write, 0.05, 0.01; all in tests/public_formulas_batch116_tables.py), and its true verdicts, from PyTorch-oracle
twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's or a page's delta
(outputDelta, hiddenDelta, \delta_j), an error (error = expected[k] - outputLayer[k], gradCost), a derivative by an
output, a loss's definition (\delta = (y - \hat{y})^2, MSE) and Steinitz's Delta w_ij (-dE/dw_ij, no rate) are
twinned as values, as in batches 14 to 114; the Swift comment's dE1_dW1 (E1's share of dE/dW1, the code summing the
two shares) too. Formulas keep their page's delimiters and what surrounds them on their line (a line's indentation,
a comment's --, a statement's ;); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 116

The batch: 54 formulas from 10 addresses (TLNeuralNetwork.swift 8, the C# SentimentAnalyser 7, the Markdown guide 2,
the TypeScript Brain 6, the Dart network 4, the Java model 7, the Lua network 4, Steinitz's post 5, the German paper
4, the Kotlin network 7). 11 are in documents (Steinitz's 5 and the German paper's 4 in $$ displays, the guide's 2 in
```csharp blocks), 43 in code files (Swift 8, C# 7, TypeScript 6, Dart 4, Java 7, Lua 4, three of them LaTeX in --
comments, Kotlin 7).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- Steinitz's st-chain, \Delta w_{ij} = -\frac{\partial E}{\partial w_{ij}} = -\frac{\partial E}{\partial a_i}
  \frac{\partial a_i}{\partial w_{ij}}: a_i (output i's sum) where a_j was meant; w_ij moves a_j alone, so the second
  member is 0 for i != j (right where i = j: the twin runs over i, j = 1 ... 3 on a 2-3-3 network);
- the German paper's de-yhat, \hat{y} = f(w1 * x1 + w2 * x2 + w3 * h1 + w4 * h2): the inputs x1, x2 inside the output's
  sum with the hidden h1, h2 (the inputs reach the output only through the hidden neurons: y_hat = f(w5 h1 + w6 h2));
  wrong whatever order the paper's figure, which the text does not hold, gives the six weights;
- the Kotlin network's kp-hd, hiddenDelta[i] = outputDelta * weights2[i] * tanhDerivative(hidden[i]):
  tanhDerivative(x) = 1 - tanh(x) * tanh(x) taken of hidden[i], which is already tanh of the sum; the slope there is 1 -
  hidden[i]^2 (batch 114's oc-dz slip, with tanh);
- mistyped (unreadable): Steinitz's st-da, \frac{\partial a_i}{\partial w_{ij}} = \frac{\sum_{l=0}^M
  w_{lj}z_l}{\partial w_{ij}} = z_i: a fraction whose denominator is \partial w_{ij} and whose numerator has no \partial
  (unreadable="\partial w_{ij}"), a_i for a_j besides;
- mistyped (unreadable): the Lua comment's lu-err, -- compute the \error delta^{x, L} = \nabla_a (C_x) \odot
  \sigma^\prime ( w^l a^{x,l-1} + b^l ): \error, an unknown command, where \delta was meant (unreadable="\error").

Not mistaken, though they look it: the Dart network's output weights, updated before its hidden deltas are computed
(dr-wih's hiddenDelta[k] is the hidden delta as named; the slip is the loop's order, not a line's), and the Kotlin
network's the same (weights2 updated before hiddenDelta); the updates with += (the code's deltas are -dE/dz); the C#
and TypeScript loops' error, a name for target - output in the output loop and for the hidden sum in the hidden loop
(two notations, one per loop, as batch 114 did with Nielsen's delta); the C# training loop's printed error, the sum of
the squares without 1/2, where the steps are half the squared error's (the network's loss is the one the updates
descend); the Java model's comment "Compute loss (mean squared error)" above outputError (the step is half the squared
error's); Steinitz's \Delta w_{ij} with no rate (the post defines it as -dE/dw_ij); the German paper's \delta, its name
for the error (y - \hat{y})^2 (the loss, not an error term).

What was left out: the Swift comment's other four lines (dE2_dW2, dE1_dW2, dE2_dW3, dE1_dW4: the same chain at other
weights) and the code's lines (output.append(...) and eTotal += ..., a method call and a running sum; the code's
dOn[ptrOutput][self.numInputs+ptrHidden] and dHn[self.numHidden+ptrInputWeight] swap numInputs and numHidden, a slip
that cancels on the 2-2-2 network and no single line shows); the C# program's forward loops (running sums) and its
training loop's error += Math.Pow(...) (a running sum); the guide's duplicates of the C# lines, its numerical example
(outputDelta[0] = (1.0 - 0.234) × 0.234 × (1 - 0.234) = 0.138 and the others: numbers of a 16-12-3 network no problem
file holds) and its embedding and Xavier lines; the TypeScript Brain's forward sums, crossover and mutate; the Dart
network's running sums (hiddenDelta[j] += ..., hiddenDelta[j] *= ...); the Java model's hiddenError and forward
lines beyond those taken and its loss += Math.pow(prediction[0] - yTrain[i], 2) (a running sum whose prediction is
the hidden layer's output, forwardPass with W1: a slip of the code's, but not a line a notation can give a meaning);
the Lua comment's \delta^{x, l} line (a rule over l for a value, which no --param names) and the code's delta[ L ],
delta[l] and NN.layer[l].W lines (method calls :schur, :apply, :transpose on helpers z(l) and sigmaPrimeZ(l); its W
line takes the sigmoid of z(1), the input, at l = 2, a slip through a helper no notation can name); Steinitz's output
delta display (\delta_j = \frac{\partial E}{\partial a_j} = \frac{\partial E}{\partial y_j} = ... = \hat{y}_j - y_j:
the sign against his own definition, and derivatives by the target y_j with a sum from i = 0 to M over outputs, which
no twin can transcribe faithfully), his forward displays (sums up to N^{(l)} with \dots rows) and the automatic
differentiation part; the German paper's perceptron and MLP formulas (thresholds, \dots); the Kotlin network's forward
lines and saving code. Pages read and not taken: a Java Bpnn (stored file 5156454039, whose hiddenErr reads double o =
hiddenDelta[j] where hiddenLayer[j] was meant, a real slip, but in lines indexed by idx and by a scalar sum that no
pattern can carry), a C# medGraph (its fnet is the bipolar sigmoid tanh(x/2), which no problem file names), a
Kotlin KotlinNN (method calls only), a PHP backpropagation.php (no formula), and many candidates earlier batches held.

Collected on 2026-12-06 (20:24 to 20:34 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
11 of the 12 loaded as first written (the C# and TypeScript files have two each, one per loop); the Kotlin one was
refused by the loader twice, for the format, not a meaning: "tanh'" for tanhDerivative ("write "tanh' at input" or
"tanh' at output""), then weights2[i], weights1[i][j] and bias1[i] ("is not one symbol": a base ending in a digit
before brackets); it names the helper "tanh' at input" and the arrays whole ("weights2" = "W2[0, :]") instead. The
oracle's first run passed every verdict as first transcribed (a first run of 38 entries before the last three pages
were added, then all 54); entry keys were prefixed x6- after the first run, which found keys of earlier batches
(cs-..., ts-...) among them.

Run blind at main a5c8929 (/work/READY_FOR_BLIND46; src/ as at a5c8929, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch116_blind.txt): 45 of 54 read with every
verdict right (83%), 7 refused, 2 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number, none names a quantity
the page does not mean: the Kotlin arrays are named whole because the loader takes no pattern weights2[i], and
Steinitz's a_0 is the page's, not the notation's), so the batch was run once.

Of the 3 mistaken formulas, 1 was read with its wrong member called wrong (de-yhat, the inputs inside the output's
sum); the other two were refused, st-chain at its rule's case i = 0 (below) and kp-hd at the Kotlin arrays' names
(below), neither called correct. By page: TLNeuralNetwork.swift 8 of 8, the C# SentimentAnalyser 7 of 7, the Markdown
guide 2 of 2, the TypeScript Brain 6 of 6, the Dart network 4 of 4, the Java model 7 of 7, the Lua network 1 of 4 (and
its typo refused), Steinitz's post 3 of 5 (and its typo refused), the German paper 4 of 4, the Kotlin network 3 of 7.

The refusals by construct (7, and the typos'), with the exact message:

- 4, a code array whose name ends in a digit before its brackets (weights2[i], weights1[i][j], bias1[i]), which the
  notation names whole ("weights2" = "W2[0, :]", "bias1" = "b1[:]", the loader refusing "weights2[i]" as "not one
  symbol"): kp-w2: "formula 'weights2[i] += learningRate * outputDelta * hidden[i]': weights matches none of the
  notation's patterns for weights ('weights2', 'weights1')" (kp-hd and kp-w1 the same at weights, kp-b1 at bias:
  "bias matches none of the notation's patterns for bias ('bias2', 'bias1')");
- 2, an update in LaTeX without delimiters inside a code comment, "-- w^l \rightarrow w^l - \frac{\eta}{m} \sum_x
  ...": lu-w: "formula '-- w^l \\rightarrow w^l - \\frac{\\eta}{m} \\sum_x \\delta^{x,...': holds nothing to judge once
  its spacing and layout (\, \quad, \left.) and its prose (words in \text, remarks) are set aside; write the derivative
  or the update, e.g. \frac{\partial L}{\partial w} = ..." (lu-b the same at its b^l line);
- 1, a rule over i whose chain names a_i where the left side's w_{ij} runs from i = 0 (the bias w_0j): st-chain:
  "formula '\\Delta w_{ij} = -\\frac{\\partial E}{\\partial w_{ij}} = -\\f...': a_{i} at i = 0: 'a_{j}' means
  'z2[j-1]' (j = 0): index -1 is out of range (0..2): layer 2 has 3 units; i = 0 is among the values read (a rule whose
  left side names something there, as a bias's w_0 does, or a sum from 0): give a_{0} a meaning in the notation
  ("a_{0}" = "1" for a bias's constant input), or write that case apart" (the page's a_i is its slip for a_j; the
  twin held the weights, i = 1 ... 3, where the slip shows);
- the typos: st-da, "\frac{\sum_{l=0}^Mw_{lj}z_l}{\partial w_{ij}}: the denominator is a derivative's (\partial
  w_{ij}) but the numerator \sum_{l=0}^Mw_{lj}z_l has no \partial at '\\frac' (position 40); write \frac{\partial
  \sum_{l=0}^Mw_{lj}z_l}{\partial w_{ij}}" (naming it); lu-err, "formula '-- compute the \\error delta^{x, L} =
  \\nabla_a (C_x) \\odot...': holds nothing to judge once its spacing and layout (\, \quad, \left.) and its prose
  (words in \text, remarks) are set aside; ..." (which blind_batch.py reports as naming it: the message quotes \error,
  though what it says is that the comment holds nothing to judge, as at lu-w and lu-b).

Read, among the constructs these pages brought: a Swift comment block's chain of named quotients (let dE1_dW5 =
dE1_dO1 * dO1_dW5, and E1's share of dE/dW1 through three of them); C#'s double declarations, [j, k] indexing and +=
updates with -dE/dz deltas, a loop's scalar error given by the loop's notation; a Markdown guide's ```csharp update
continued after += with × for the product; TypeScript's const, tanh's slope 1 - out[k] * out[k] and flat arrays
this.w2[k * hiddenSize + j] named by a pattern with index arithmetic; Dart's [j][k] indexing with inputData[i][j]'s i
the sample; Java's W2[j][0] and a scalar outputDelta; Lua's local gradCost; Steinitz's $$ displays on lines of their
own with \equiv and Delta w_ij = -dE/dw_ij over i = 0 ... 3 (w_0j the bias); the German paper's w1 * x1 with
unsubscripted names, its error \delta and MSE as the loss's names and \hat{y_i} with the subscript under the hat (its
de-yhat called wrong); Kotlin's val and += with a scalar bias2.

Which look general (would appear in much homework): a code array named with a trailing digit and indexed in the line
(weights2[i], bias1[i], W2 in many notebooks), which neither the notation format takes as a pattern nor the reader
matches to a whole-array name; LaTeX formulas written in code comments without delimiters after the comment marker
(-- in Lua, # in Python, // in C), the updates there refused as prose. Page-specific: Steinitz's a_i at the bias's i
= 0 (the page's slip, refused where it might have been judged wrong), and the Lua comment's \error (the page's typo).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch116_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_TL = "https://github.com/LomTuby/TLNeuralNetwork (TLNeuralNetwork.swift, commit a73ab8f)"
_CS = _STORED.format(31448445151, "using System;",
                     "a C# console program, SentimentAnalysisApp: a sigmoid network's Backward method with += updates")
_MD = _STORED.format(31198158474, "# Sentiment Analysis Neural Network - Execution Guide",
                     "a Markdown guide to a C# sentiment network: its backward pass in ```csharp blocks with x for the "
                     "product")
_TS = _STORED.format(70142875132, "import { gaussian, type RNG } from \"./rng\";",
                     "a TypeScript Brain class: a tanh network's imitation learning, its weights in flat arrays")
_DR = _STORED.format(15006924287, "import 'dart:math';",
                     "a Dart network commented in Portuguese: feedforward and train with += updates")
_JM = _STORED.format(3750214654, "package main.java.org.example.AIModel;",
                     "a Java loan-prediction Model: a sigmoid network trained by gradient descent")
_LU = _STORED.format(20998307411, "-- input training data",
                     "a Lua network whose comments state Nielsen's algorithm in LaTeX (its first line empty)")

_ST = _STORED.format(280160774, "% Backpropogation is Just Steepest Descent with Automatic Differentiation",
                     "Dominic Steinitz's literate Haskell post (Markdown with $$ displays) opening with a neural network "
                     "refresher")
_DE = _STORED.format(36607254857, "\\chapter{Grundlagen}",
                     "a German seminar paper's LaTeX chapter on the foundations: neural networks, backpropagation, NLP")
_KP = _STORED.format(13732055063, "package io.toolbox.passwdmanager.utils",
                     "a Kotlin PasswordNeuralNetwork: a tanh-sigmoid network trained with += updates")

_I2 = tuple({"i": i} for i in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_I2J3 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_J4K2 = tuple({"j": j, "k": k} for j in range(4) for k in range(2))
_J3K4 = tuple({"j": j, "k": k} for j in range(3) for k in range(4))
_J4K1 = tuple({"j": j, "k": 0} for j in range(4))
_J3K4b = tuple({"j": j, "k": k} for j in range(3) for k in range(4))

# a 2-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_A1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_D1 = f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])"
# the same with tanh layers
_T2 = "(a2[{k}] - y[{k}])*(1 - a2[{k}]**2)"
_TA1 = "((a2[0] - y[0])*(1 - a2[0]**2)*W2[0,{j}] + (a2[1] - y[1])*(1 - a2[1]**2)*W2[1,{j}])"
_T1 = f"{_TA1}*(1 - a1[{{j}}]**2)"
# the Dart 3-4-2 network: dE/dz1[k] of hidden unit k
_DRK = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])"
        "*a1[{k}]*(1 - a1[{k}])")
# the Java 3-4-1 network: dE/dz2, dE/d a1[j], dE/dz1[j] (and of hidden unit k)
_JD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JA1 = f"{_JD2}*W2[0,{{j}}]"
_JD1 = f"{_JA1}*a1[{{j}}]*(1 - a1[{{j}}])"
_JD1K = f"{_JD2}*W2[0,{{k}}]*a1[{{k}}]*(1 - a1[{{k}}])"


# the Lua [2, 3, 2] network: the step of every weight and bias
def _lu_weight_steps() -> tuple:
    rows = [{"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2)]
    rows += [{"p": f"W2[{k},{j}]", "m": f"W2[{k},{j}] - eta*{_D2.format(k=k)}*a1[{j}]"} for k in range(2) for j in range(3)]
    return tuple(rows)


def _lu_bias_steps() -> tuple:
    return tuple({"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_D1.format(j=j)}"} for j in range(3)) + \
        tuple({"p": f"b2[{k}]", "m": f"b2[{k}] - eta*{_D2.format(k=k)}"} for k in range(2))


# Mazur's network: output n's error term, and its share of dE/dW1 ... through hidden unit h
def _tl_part(n: int, h: int, i: int) -> str:
    return f"(a2[{n}] - y[{n}])*a2[{n}]*(1 - a2[{n}])*W2[{n}, {h}]*a1[{h}]*(1 - a1[{h}])*x[{i}]"


def _tl_out(n: int, h: int) -> str:
    return f"(a2[{n}] - y[{n}])*a2[{n}]*(1 - a2[{n}])*a1[{h}]"


# Steinitz's 2-3-3 network (tanh hidden units, linear outputs, half the squared error): -dE/dw_ij, i = 0 the bias
def _st_neg_gradient(i: int, j: int) -> str:
    return f"-(a2[{j}] - y[{j}])*{'1' if i == 0 else f'a1[{i - 1}]'}"


_ST_W = tuple({"i": i, "j": j + 1, "t": _st_neg_gradient(i, j)} for i in range(4) for j in range(3))
# -dE/da_i da_i/dw_ij: a_i the output i's sum, which w_ij (into output j) moves only where i = j
_ST_CHAIN = tuple({"i": i, "j": j, "t": _st_neg_gradient(i, j - 1),
                   "m": f"-(a2[{i - 1}] - y[{i - 1}])*a1[{i - 1}]" if i == j else "0"}
                  for i in range(1, 4) for j in range(1, 4))
_ST_D = tuple({"j": j + 1, "t": f"-(a2[{j}] - y[{j}])"} for j in range(3))

# the Kotlin 3-4-1 network (tanh hidden units, a sigmoid output, half the squared error)
_KD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KD1 = f"{_KD2}*W2[0,{{i}}]*(1 - a1[{{i}}]**2)"
_KI4 = tuple({"i": i} for i in range(4))
_KI4J3 = tuple({"i": i, "j": j} for i in range(4) for j in range(3))


ENTRIES = [
    # ---- TLNeuralNetwork.swift (Swift): the chain written in a comment block, twelve spaces in, as Swift lets
    # (let dE1_dW5 = dE1_dO1 * dO1_dW5); each dA_dB the derivative of A by B ------------------------------------------
    Public("x6-tl-w5", _TL, "b116_tl", "b116_tl", "            let dE1_dW5 = dE1_dO1 * dO1_dW5", ((C,),),
           (Twin("gradient", "W2[0,0]", (_tl_out(0, 0),)),), batch=116,
           why="a comment's Swift let; dE1_dW5 = dE/dW5 (W5 reaches only O1); dO1_dW5 the output's slope times H1"),
    Public("x6-tl-w6", _TL, "b116_tl", "b116_tl", "            let dE1_dW6 = dE1_dO1 * dO1_dW6", ((C,),),
           (Twin("gradient", "W2[0,1]", (_tl_out(0, 1),)),), batch=116),
    Public("x6-tl-w7", _TL, "b116_tl", "b116_tl", "            let dE2_dW7 = dE2_dO2 * dO2_dW7", ((C,),),
           (Twin("gradient", "W2[1,0]", (_tl_out(1, 0),)),), batch=116),
    Public("x6-tl-w8", _TL, "b116_tl", "b116_tl", "            let dE2_dW8 = dE2_dO2 * dO2_dW8", ((C,),),
           (Twin("gradient", "W2[1,1]", (_tl_out(1, 1),)),), batch=116),
    Public("x6-tl-e1w1", _TL, "b116_tl", "b116_tl", "            let dE1_dW1 = dE1_dO1 * dO1_dH1 * dH1_dW1", ((C,),),
           (Twin("value", _tl_part(0, 0, 0), (_tl_part(0, 0, 0),)),), batch=116,
           why="E1's share of dE/dW1 (the code sums the two shares), a value"),
    Public("x6-tl-e2w1", _TL, "b116_tl", "b116_tl", "            let dE2_dW1 = dE2_dO2 * dO2_dH1 * dH1_dW1", ((C,),),
           (Twin("value", _tl_part(1, 0, 0), (_tl_part(1, 0, 0),)),), batch=116),
    Public("x6-tl-e1w3", _TL, "b116_tl", "b116_tl", "            let dE1_dW3 = dE1_dO1 * dO1_dH2 * dH2_dW3", ((C,),),
           (Twin("value", _tl_part(0, 1, 0), (_tl_part(0, 1, 0),)),), batch=116),
    Public("x6-tl-e2w4", _TL, "b116_tl", "b116_tl", "            let dE2_dW4 = dE2_dO2 * dO2_dH2 * dH2_dW4", ((C,),),
           (Twin("value", _tl_part(1, 1, 1), (_tl_part(1, 1, 1),)),), batch=116),
    # ---- the C# SentimentAnalyser (sixteen- and twenty-space indentation): double declarations, [j, k] indexing,
    # SigmoidDerivative of the outputs, += updates with the code's deltas (-dE/dz) ------------------------------------
    Public("x6-cs-err", _CS, "b116_cs", "b116_cs", "                double error = expected[k] - outputLayer[k];", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=116,
           why="a declaration with its type"),
    Public("x6-cs-od", _CS, "b116_cs", "b116_cs",
           "                outputDelta[k] = error * SigmoidDerivative(outputLayer[k]);", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=116,
           why="the code's delta (-dE/dz2), a value; SigmoidDerivative of the output, its slope written of it"),
    Public("x6-cs-hd", _CS, "b116_cs", "b116_csh", "                hiddenDelta[j] = error * SigmoidDerivative(hiddenLayer[j]);",
           ((C,),), (Twin("value", f"-{_D1}", (f"-{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=116,
           why="error here the hidden loop's sum (-dE/d a1[j]), as the notation of that loop says"),
    Public("x6-cs-who", _CS, "b116_cs", "b116_cs",
           "                    weightsHiddenOutput[j, k] += learningRate * outputDelta[k] * hiddenLayer[j];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _J3K2),), batch=116,
           why="+= with the code's delta (-dE/dz): the gradient step"),
    Public("x6-cs-bo", _CS, "b116_cs", "b116_cs", "                biasOutput[k] += learningRate * outputDelta[k];", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2),), batch=116),
    Public("x6-cs-wih", _CS, "b116_cs", "b116_cs",
           "                    weightsInputHidden[i, j] += learningRate * hiddenDelta[j] * inputLayer[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _I2J3),), batch=116),
    Public("x6-cs-bh", _CS, "b116_cs", "b116_cs", "                biasHidden[j] += learningRate * hiddenDelta[j];", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J3),), batch=116),
    # ---- the Markdown guide (```csharp blocks, eight-space indentation): an update continued on the next line,
    # × for the product -------------------------------------------------------------------------------------------
    Public("x6-md-who", _MD, "b116_md", "b116_md",
           "        weightsHiddenOutput[j, k] += \n            learningRate × outputDelta[k] × hiddenLayer[j];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _J3K2),), batch=116,
           why="the statement split after +=, × (U+00D7) for the product"),
    Public("x6-md-wih", _MD, "b116_md", "b116_md",
           "        weightsInputHidden[i, j] += \n            learningRate × hiddenDelta[j] × sentenceVector[i];",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _I2J3),), batch=116),
    # ---- the TypeScript Brain (twelve- and sixteen-space indentation): const, flat weight arrays indexed k *
    # hiddenSize + j, tanh's slope 1 - out[k] * out[k], += updates with -dE/dz deltas -----------------------------------
    Public("x6-ts-err", _TS, "b116_ts", "b116_ts", "            const error = targetOutput[k] - out[k];", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=116),
    Public("x6-ts-od", _TS, "b116_ts", "b116_ts", "            outDelta[k] = error * (1 - out[k] * out[k]);", ((C,),),
           (Twin("value", f"-{_T2}", ("(y[{k}] - a2[{k}])*(1 - a2[{k}]*a2[{k}])",), _K2),), batch=116,
           why="tanh's slope written of the output, 1 - out^2; the code's delta (-dE/dz2)"),
    Public("x6-ts-hd", _TS, "b116_ts", "b116_tsh", "            hiddenDelta[j] = error * (1 - hidden[j] * hidden[j]);",
           ((C,),), (Twin("value", f"-{_T1}", (f"-{_TA1}*(1 - a1[{{j}}]*a1[{{j}}])",), _J3),), batch=116,
           why="error the hidden loop's sum (-dE/d hidden[j])"),
    Public("x6-ts-b2", _TS, "b116_ts", "b116_ts", "            this.b2[k] += learningRate * outDelta[k];", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_T2}",), _K2),), batch=116),
    Public("x6-ts-w2", _TS, "b116_ts", "b116_ts",
           "                this.w2[k * hiddenSize + j] += learningRate * outDelta[k] * hidden[j];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_T2}*a1[{{j}}]",), _J3K2),), batch=116,
           why="a flat array's index k * hiddenSize + j for the weight from hidden j to output k"),
    Public("x6-ts-w1", _TS, "b116_ts", "b116_ts",
           "                this.w1[j * inputSize + i] += learningRate * hiddenDelta[j] * inputs[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_T1}*x[{{i}}]",), _I2J3),), batch=116),
    # ---- the Dart network (eight- and ten-space indentation): [j][k] indexing, inputData[i][j] with i the sample,
    # sigmoidDerivative of the outputs, += updates -------------------------------------------------------------------
    Public("x6-dr-err", _DR, "b116_dr", "b116_dr", "        error[j] = outputData[i][j] - output[j];", ((C,),),
           (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a2[{j}]",), tuple({"j": j} for j in range(2))),),
           batch=116, why="i the sample's index (one sample here), j the output's"),
    Public("x6-dr-od", _DR, "b116_dr", "b116_dr", "        outputDelta[j] = error[j] * sigmoidDerivative(output[j]);",
           ((C,),), (Twin("value", "-(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",
                          ("(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])",), tuple({"j": j} for j in range(2))),),
           batch=116),
    Public("x6-dr-who", _DR, "b116_dr", "b116_dr",
           "          weightsHiddenOutput[j][k] += learningRate * hidden[j] * outputDelta[k];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_D2}",), _J4K2),), batch=116,
           why="j the hidden unit here, k the output"),
    Public("x6-dr-wih", _DR, "b116_dr", "b116_dr",
           "          weightsInputHidden[j][k] += learningRate * inputData[i][j] * hiddenDelta[k];", ((C,),),
           (Twin("update", "W1[{k},{j}]", (f"W1[{{k}},{{j}}] - eta*x[{{j}}]*{_DRK}",), _J3K4),), batch=116,
           why="j the input here, k the hidden unit; hiddenDelta[k] the hidden delta, as named (the code computes "
               "it after the output weights' update, a slip of the loop's order, not of this line)"),
    # ---- the Java loan model (sixteen- to twenty-four-space indentation): double declarations, W2[j][0], a
    # scalar outputDelta, += updates with -dE/dz deltas ----------------------------------------------------------------
    Public("x6-jm-oe", _JM, "b116_jm", "b116_jm", "                double outputError = trueOutput - outputLayer[0];",
           ((C,),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=116),
    Public("x6-jm-od", _JM, "b116_jm", "b116_jm",
           "                double outputDelta = outputError * sigmoidDerivative(outputLayer[0]);", ((C,),),
           (Twin("value", f"-{_JD2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=116),
    Public("x6-jm-he", _JM, "b116_jm", "b116_jm", "                    hiddenError[j] = outputDelta * W2[j][0];", ((C,),),
           (Twin("value", f"-{_JA1}", (f"-{_JD2}*W2[0,{{j}}]",), _J4),), batch=116,
           why="-dE/d(hidden output j), a value"),
    Public("x6-jm-hd", _JM, "b116_jm", "b116_jm",
           "                    hiddenDelta[j] = hiddenError[j] * sigmoidDerivative(hiddenLayer[j]);", ((C,),),
           (Twin("value", f"-{_JD1}", (f"-{_JA1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),), batch=116),
    Public("x6-jm-w2", _JM, "b116_jm", "b116_jm",
           "                        W2[j][k] += learningRate * outputDelta * hiddenLayer[j];", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_JD2}*a1[{{j}}]",), _J4K1),), batch=116,
           why="k runs over the one output (OUTPUT_SIZE = 1)"),
    Public("x6-jm-b2", _JM, "b116_jm", "b116_jm", "                    b2[j] += learningRate * outputDelta;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_JD2}",), ({"j": 0},)),), batch=116,
           why="j runs over the one output here"),
    Public("x6-jm-w1", _JM, "b116_jm", "b116_jm",
           "                        W1[j][k] += learningRate * hiddenDelta[k] * input[j];", ((C,),),
           (Twin("update", "W1[{k},{j}]", (f"W1[{{k}},{{j}}] - eta*{_JD1K}*x[{{j}}]",), _J3K4b),), batch=116,
           why="j the input, k the hidden unit"),
    # ---- the Lua network: Nielsen's algorithm in its -- comments (LaTeX without delimiters, \rightarrow for the
    # step, \sum_x over the samples), and the code's gradCost --------------------------------------------------------
    Public("x6-lu-err", _LU, "b116_lu", "b116_lu",
           "     -- compute the \\error delta^{x, L} = \\nabla_a (C_x) \\odot \\sigma^\\prime ( w^l a^{x,l-1} + b^l )",
           unreadable="\\error", batch=116,
           why="\\error delta^{x, L}: an unknown command \\error where \\delta was meant (the comment's typo)"),
    Public("x6-lu-w", _LU, "b116_lu", "b116_lu",
           "               -- w^l \\rightarrow w^l - \\frac{\\eta}{m} \\sum_x \\delta^{x, l} ( a^{x,l-1} )^T", ((C,),),
           (Twin("update", "{p}", ("{m}",), _lu_weight_steps()),), batch=116,
           why="the rule for every layer l = L, ..., 2 (layers counted from the input, 1), summed over the samples x "
               "(one here), m = 1"),
    Public("x6-lu-b", _LU, "b116_lu", "b116_lu",
           "               -- b^l \\rightarrow b^l - \\frac{\\eta}{m} \\sum_x \\delta^{x, l}", ((C,),),
           (Twin("update", "{p}", ("{m}",), _lu_bias_steps()),), batch=116),
    Public("x6-lu-gc", _LU, "b116_lu", "b116_lu", "     local gradCost = lastOutput - expectedOutput", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=116,
           why="the quadratic cost's derivative by the output, a value; Lua's local"),
    # ---- Steinitz's post (Markdown, $$ on lines of their own): Delta w_ij = -dE/dw_ij, delta_j \equiv -dE/da_j, the
    # chain's index a_i where a_j was meant, a derivative's \partial missing from a numerator ------------------------
    Public("x6-st-dw", _ST, "b116_st", "b116_st", "$$\n\\Delta w_{ij} = -\\frac{\\partial E}{\\partial w_{ij}}\n$$",
           ((C,),), (Twin("value", "{t}", ("{t}",), _ST_W),), batch=116,
           why="the post's definition of Delta w_ij, a value: -dE/dw_ij (w_0j the bias)"),
    Public("x6-st-chain", _ST, "b116_st", "b116_st",
           "$$\n\\Delta w_{ij} = -\\frac{\\partial E}{\\partial w_{ij}} = -\\frac{\\partial E}{\\partial a_i}"
           "\\frac{\\partial a_i}{\\partial w_{ij}}\n$$", ((C, W),),
           (Twin("value", "{t}", ("{t}", "{m}"), _ST_CHAIN),), batch=116,
           why="a_i (output i's sum) where a_j was meant: w_ij moves a_j alone, so the chain through a_i is 0 for i "
               "!= j (the post's slip; the next display writes a_j = sum_i w_ij z_i)"),
    Public("x6-st-da", _ST, "b116_st", "b116_st",
           "$$\n\\frac{\\partial a_i}{\\partial w_{ij}} = \\frac{\\sum_{l=0}^M w_{lj}z_l}{\\partial w_{ij}} = z_i\n$$",
           unreadable="\\partial w_{ij}", batch=116,
           why="a fraction whose denominator is \\partial w_{ij} and whose numerator has no \\partial: the derivative's "
               "sign missing from the numerator (the post's typo)"),
    Public("x6-st-def", _ST, "b116_st", "b116_st", "$$\n\\delta_j \\equiv -\\frac{\\partial E}{\\partial a_j}\n$$",
           ((C,),), (Twin("value", "{t}", ("{t}",), _ST_D),), batch=116,
           why="\\equiv for the definition; -dE/da_j, a value"),
    Public("x6-st-dw2", _ST, "b116_st", "b116_st",
           "$$\n\\Delta w_{ij} = -\\frac{\\partial E}{\\partial w_{ij}} = \\delta_j z_i\n$$", ((C, C),),
           (Twin("value", "{t}", ("{t}", "{t}"), _ST_W),), batch=116),
    # ---- the German seminar paper (LaTeX chapter, $$ ... $$ on one line): w1 ... w6, x1, h1 without subscripts,
    # * for the product, \hat{y_i} with the subscript under the hat; one slip, the inputs inside the output's sum ------
    Public("x6-de-yhat", _DE, "b116_de", "b116_de", "$$\\hat{y} = f(w1 * x1 + w2 * x2 + w3 * h1 + w4 * h2)$$", ((W,),),
           (Twin("value", "a2[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[1,0]*a1[0] + W1[1,1]*a1[1])",)),),
           batch=116,
           why="the output written as f of the inputs x1, x2 and the hidden h1, h2 with w1 ... w4: the inputs reach the "
               "output only through h1 and h2 (y_hat = f(w5 h1 + w6 h2)); wrong whatever order the figure gives the "
               "weights"),
    Public("x6-de-err", _DE, "b116_de", "b116_de", "$$\\delta = (y - \\hat{y})^2$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=116,
           why="the paper's error delta, the squared error (a loss's definition, a value)"),
    Public("x6-de-mse", _DE, "b116_de", "b116_de", "$$MSE = \\frac{1}{n} \\sum_{i=1}^{n} (y_i - \\hat{y_i})^2$$",
           ((C,),), (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2/1",)),), batch=116,
           why="the mean over the n data points (one here); \\hat{y_i} with the subscript under the hat"),
    Public("x6-de-grad", _DE, "b116_de", "b116_de",
           "$$\\frac{\\partial MSE}{\\partial w1} = \\frac{2}{n}\\sum_{i=1}^{n} (\\hat{y_i} - y_i) "
           "\\frac{\\partial \\hat{y_i}}{\\partial w1}$$", ((C,),),
           (Twin("gradient", "W1[0,0]",
                 ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=116,
           why="a member holding the output's derivative by the weight, d y_hat_i / d w1"),
    # ---- the Kotlin PasswordNeuralNetwork (eight- to sixteen-space indentation): val, +=, tanhDerivative of the
    # hidden OUTPUTS, which are already tanh of their sums -------------------------------------------------------
    Public("x6-kp-err", _KP, "b116_kp", "b116_kp", "        val error = targetStrength - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=116, why="Kotlin's val"),
    Public("x6-kp-od", _KP, "b116_kp", "b116_kp", "        val outputDelta = error * sigmoidDerivative(output)", ((C,),),
           (Twin("value", f"-{_KD2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=116),
    Public("x6-kp-w2", _KP, "b116_kp", "b116_kp", "            weights2[i] += learningRate * outputDelta * hidden[i]",
           ((C,),), (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*{_KD2}*a1[{{i}}]",), _KI4),), batch=116),
    Public("x6-kp-b2", _KP, "b116_kp", "b116_kp", "        bias2 += learningRate * outputDelta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_KD2}",)),), batch=116),
    Public("x6-kp-hd", _KP, "b116_kp", "b116_kp",
           "            hiddenDelta[i] = outputDelta * weights2[i] * tanhDerivative(hidden[i])", ((W,),),
           (Twin("value", f"-{_KD1}", (f"-{_KD2}*W2[0,{{i}}]*(1 - tanh(a1[{{i}}])**2)",), _KI4),), batch=116,
           why="tanhDerivative(x) = 1 - tanh(x)^2 taken of hidden[i], which is already tanh of the sum: the slope there "
               "is 1 - hidden[i]^2, not 1 - tanh(hidden[i])^2 (the code's slip; weights2 is also updated before this "
               "loop, a slip of the order, not of this line's names)"),
    Public("x6-kp-w1", _KP, "b116_kp", "b116_kp",
           "                weights1[i][j] += learningRate * hiddenDelta[i] * input[j]", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_KD1}*x[{{j}}]",), _KI4J3),), batch=116,
           why="hiddenDelta[i] the hidden delta, as named"),
    Public("x6-kp-b1", _KP, "b116_kp", "b116_kp", "            bias1[i] += learningRate * hiddenDelta[i]", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] - eta*{_KD1}",), _KI4),), batch=116),
]
