r"""Batch 136 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (a mix, as a teacher's class would hand in: three documents in
languages earlier batches met less and eight students' code files in six languages, the pages corpus giving most
pages only from their beginnings and nearly every page it names in Spanish, Portuguese, German, French, Japanese,
Korean and Czech used by earlier batches): a Chinese Markdown article on the principle of AI algorithms (stored file
30540124574: a $$ display \Delta w_{ij} = -\eta \frac{\partial E}{\partial w_{ij}} = \eta (t-y) \frac{\partial
y}{\partial net_j} \frac{\partial net_j}{\partial w_{ij}} = \eta (t-y) o_j (1-o_j) o_i, inline $...$ in Chinese prose,
and a NeuralNetwork class in a ```python block whose input-to-hidden update transposes its product once too often); a
Czech README of a XOR network (stored file 45838175385: its backward_propagation in a ```python block, np.sum without
an axis for the hidden biases); the Russian page https://idec.foxears.su/blog/rMrcombiRu1Sdkzc7GjE (Trask's eleven
lines as the page stores them, flush left, += updates with no rate); and eight code files: a C program with Spanish
names for the AND gate (stored file 69331406594: float declarations, W_oculta[i][0], derivada_sigmoide of the
outputs, += K * ...), a TypeScript experiment commented in German, "LEK-18 Backpropagation" (stored file 68306653209:
const, **, the gradients as an object literal's properties, gw11: gz1 * x1,), an Octave script commented in
Portuguese (stored file 22678957346: rows of samples, .* and ' for the transpose, -= updates, sum(..., 1), its
sigmoid_derivada(x) = sigmoid(x) (1 - sigmoid(x)) taken of the layers' OUTPUTS), a Python diabetes network commented
in Portuguese (stored file 34637942043: linha[i+3] the target, weight [i][0] the bias's, camada_oculta[j-1], trailing #
comments), a Kotlin MainActivity commented in Russian (stored file 28454584715: val, +=, sigmoidDerivative of the
output's sum), a Python digit recogniser commented in Russian (stored file 58674586177: a ReLU hidden layer, linear
outputs, arrays w1 and w2 whose names end in a digit, -= alpha * ...), a C exercise commented in Japanese (stored file
25073733471: tabs, pow, a threshold input x[1] = 1 and a threshold unit z[NUM_HIDDEN] = 1, += -ETA * ..., a linear
output) and a Python XOR script commented in Japanese (stored file 35075007092: .dot with .T, += ... * learning_rate).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; the page as the pages
corpus stores it), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: code deltas that are -dE/dz written "-delta2[0]" where the updates
add them, and "delta2[:].T" where the Octave and Japanese C files' -= updates subtract them; helpers declared
"sigmoid' at output" where they compute x (1 - x) of what they are given and "sigmoid' at input" where they compute
sigmoid(x) (1 - sigmoid(x)); rows of samples named with .T, "camada_oculta" = "a1[:].T", input-first matrices
"pesos_oculta_saida" = "W2[:, :].T"; a loop's scalar named with the loop's index in its meaning, one notation for the
Portuguese output loop and one for its hidden loop, where soma is the hidden sum; the TypeScript file's b1, b2, z1, z2,
its hidden neurons' biases and sums, given those meanings ("b1" = "b1[0]"), and each g<name> the loss's derivative by
<name>; the Russian arrays named whole, "w2" = "W2[:, :]", since the notation format takes no pattern such as w2[i][j]
whose base ends in a digit; the Japanese C file's thresholds as literal patterns, "v[j][1]" = "b1[j]", "z[3]" = "1",
"w[3]" = "b2[0]"; the Chinese derivation's y the output and t the target, "y" = "a2[0]", "t" = "y[0]"), a network of
the kind the page describes (with the page's numbers where it gives them: the TypeScript sliders' weights, biases,
inputs [1, 0.5] and target 1; the C program's first AND sample (1, 1) -> 1 and K = 0.1; the learning rates the files
write, 0.01, 0.1, and rate 1 for Trask's updates without a rate; all in tests/public_formulas_batch136_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. A code's or a page's delta, an error (error_salida = target - o_out, e = output[i] - target[i]), a derivative by a
sum or an output (gAusgabe, gz2, hidden_errors, \frac{\partial y}{\partial net_j}), a slope (hidden_grad), a loss's
definition (verlust, error = (1.0/2.0) * pow(y-yd, 2.0), E=(t-y)^2/2) and the Chinese \Delta w_{ij} (-eta dE/dw_ij)
are twinned as values, as in batches 14 to 116. Formulas keep their page's delimiters and what surrounds them on their
line (a line's indentation and tabs, a statement's ;, a trailing # comment, an object literal's trailing comma, a
trailing space, the Chinese sentence around its inline formula); what was left out is said in the entry's why and
below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 136

The batch: 58 formulas from 11 addresses (the Chinese article 6, the Czech README 6, the Russian page 5, the C program
6, the TypeScript experiment 6, the Octave script 6, the Portuguese Python network 5, the Kotlin activity 5, the
Russian digit recogniser 4, the Japanese C exercise 5, the Japanese XOR script 4). 17 are in documents and a page (the
Chinese article's 3 in a $$ display and inline $...$ and 3 in a ```python block, the Czech README's 6 in a ```python
block, the Russian page's 5 Python lines), 41 in code files (C 11, TypeScript 6, Octave 6, Python 13, Kotlin 5).

4 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Octave script's v6-oc-ds, delta_saida = erro .* sigmoid_derivada(camada_saida): sigmoid_derivada(x) =
  sigmoid(x) .* (1 - sigmoid(x)) is the slope AT x, taken of camada_saida, which is already the sigmoid of the output
  sum; the slope there is saida (1 - saida);
- its v6-oc-do, delta_oculta = (delta_saida * pesos_oculta_saida') .* sigmoid_derivada(camada_oculta): the same slip
  at the hidden layer (delta_saida the output delta as named);
- the Chinese article's v6-zh-wih, self.weights_input_to_hidden += self.lr * np.dot(inputs, (hidden_errors *
  hidden_grad).T).T: the (inputs x hidden) matrix moved by the transpose of x delta^T, its entry [i, j] by x[j] delta[i]
  (the input and hidden indices swapped: right on the diagonal only; with two inputs and two hidden units the shapes
  agree, elsewhere the line would not run);
- the Czech README's v6-cz-bh, self.bias_hidden += np.sum(hidden_layer_gradient) * learning_rate: np.sum without an
  axis sums over the hidden units too, every hidden bias moved by the sum of both hidden deltas (np.sum(..., axis=0)
  was meant; the output's np.sum is right with its one unit).

Not mistaken, though they look it: the Kotlin activity's val error = outputDelta * weightsHiddenOutput[i] and the
Japanese C exercise's delta_h[j] = (y-yd) * z[j] * (1-z[j]) * w[j], computed after their output weights' update
(weightsHiddenOutput and w[j] the weights as named; the slip is the code's order, not a line's), and the Russian digit
recogniser's hidden_errors the same (summed over w2 already updated); the updates with += (the code's deltas are
-dE/dz) and the Octave and Japanese C ones with -= (their deltas are dE/dz); the Kotlin sigmoidDerivative(outputSum),
taken of the SUM, where the helper computes sigmoid(x) (1 - sigmoid(x)); the Russian recogniser's errors without the 2
of its printed total e*e (the steps are half the squared error's); Trask's updates with no rate (the problem file's
rate 1, twinned with eta as batch 92's ph7-s0 was); the Chinese derivation's y for the network's output and t for the
target (its own words: 网络的输出为 y，目标值为 t).

What was left out: the Chinese article's weights_hidden_to_output line (np.dot(hidden_outputs, output_errors).T, a
(1 x hidden) row added to a (hidden x 1) column: a shape slip whose entries are right, which no twin can hold
faithfully), its output_errors and forward lines; the Czech README's output_error line, its bias_output line, its
$$ align display of the forward pass and its $ sigmoid'(x) = x * (1 - x) $ (a helper's formula written as the
sigmoid's derivative at x, wrong as written but no quantity of the network); the Russian page's l2 and the loop's
lines after Слишком сжато?; the C program's forward lines and B_salida, W_oculta[i][1] (the same construct as those
taken); the TypeScript file's forward lines and gv2, gz1, gw12, gw21, gw22, gb1 (the same chain at other weights); the
Octave script's forward lines, bias_oculta and its F1-score lines; the Portuguese network's running sums (soma +=
...), its output bias and hidden weights' lines (the same construct as those taken); the Kotlin activity's forward
sums and its lambda's last line error * sigmoidDerivative(hiddenOutputs[i]) (a real slip, sigmoid(x) (1 - sigmoid(x))
taken of the hidden OUTPUTS, but a line without a left side); the Russian recogniser's running sums (hidden_errors[j] +=
..., total_error += e*e) and its ReLU mask (an if); the Japanese C exercise's running sums (u_h[j] += ..., u_y += ...),
its y = u_y and its hidden loop over j < NUM_HIDDEN+1, which reads v[NUM_HIDDEN] out of bounds and overwrites the
threshold unit z[NUM_HIDDEN] (a slip of the loop's bound no single line shows); the Japanese XOR script's error,
hidden_error and printed loss lines (the loss, np.mean(np.square(error)), the mean of the squares where the steps are
half the squared error's: a notation naming it the loss would misname it). Pages read and not taken: a German Python
network (stored file 6991427171, whose sigmoid has a steepness c = 10 that no problem file names, with an update of
the wrong sign and o_k for the input: real slips on an activation no network here holds), EmrahSariboz's Python
network (stored file 12030067623: lines naming undefined variables, output_error_delta, hidden_nodes), a Portuguese
tanh network (stored file 22573472324: its loops' formulas are list appends), a Japanese three-layer script (stored file
4705042147: its steps through helpers dweight(D, X) no notation can name), a React page's two Latex attributes (stored
file 3938235217), the Spanish and Portuguese codeutility posts (their backpropagation past the pages' stored
beginnings), and many candidates earlier batches held.

Collected on 2026-12-07 (08:53 to 09:02 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each notation with its network, 13 pairs) before the run, without judging a
formula: 12 of the 13 loaded as first written; the Octave one was refused by the loader once, for the format, not a
meaning: its pattern for the one-hot target rows, "eye(num_classes)(classes_treinamento, :)" ("unexpected at ':'
(position 39); write a symbol such as O_{k}^{1}"), left out of it since (v6-oc-err keeps the page's line). Two networks
were refused by the problem parser once, a slip of the tables (the [data] rows written flat), fixed. The oracle's first
run passed every verdict as first transcribed (58 entries); one entry was then replaced before any run of check (the
Japanese XOR script's printed loss, whose notation would have named the mean of the squares the loss the steps
descend, by its weights_hidden_output update) and the oracle run again, passing.

Run blind at main ac5ff65 (/work/READY_FOR_BLIND54; src/ as at ac5ff65, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run: 51 of 58 read with every verdict right (88%), 7 refused, no
typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. One of its refusals was a slip of the
notations: v6-jc-v, "formula 'v[j][i] += -ETA * delta_h[j] * x[i]': x_{i} matches none of the notation's patterns for
x ('x[1]')": the Japanese C file's notation named x[1] = 1, the threshold input, and so took the letter x from
symbols.md (shared/spec/notation.md: symbols.md's symbols stay valid where the notation does not reuse their letters)
without naming x[i]; "x[i]" = "x[i]" was added to it and the batch run once more (/work/batch136_blind.txt): 52 of 58
read with every verdict right (90%), 6 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT, v6-jc-v read
and nothing else changed. None of the other refusals is a slip of the notations (none counts from the wrong number,
none names a quantity the page does not mean: the Octave target's pattern is one the loader refuses, the Russian
arrays are named whole as the w1, w2 beside them must be, and the Portuguese loop's range is the code's, not the
notation's).

All 4 mistaken formulas were read with their wrong member called wrong (v6-oc-ds and v6-oc-do, the Octave slope taken
of the outputs; v6-zh-wih, the transposed product; v6-cz-bh, np.sum without an axis). By page (the second run): the
Chinese article 6 of 6, the Czech README 6 of 6, the Russian page 5 of 5, the C program 6 of 6, the TypeScript
experiment 4 of 6, the Octave script 5 of 6, the Portuguese Python network 4 of 5, the Kotlin activity 5 of 5, the
Russian digit recogniser 2 of 4, the Japanese C exercise 5 of 5 (4 of 5 in the first run), the Japanese XOR script 4
of 4.

The refusals by construct (6 in the second run), with the exact message:

- 2, a TypeScript object literal's property as the equation, name: value, (the function's return { ..., gw11: gz1 *
  x1, ... }): v6-ts-gw11: "formula 'gw11: gz1 * x1,': has no left side; write the equation (\frac{\partial
  L}{\partial w} = ...) or name the parameter with --param" (v6-ts-gb2 the same at 'gb2: gz2,');
- 2, a vector the notation names whole ("output" = "a2[:]", "errors" = "delta2[:]") indexed by a loop's letter in a
  line whose other names say nothing of the letter: v6-ru-e: "formula 'e = output[i] - target[i]': output_{i}: entry i
  of the vector output, and no pattern's meaning counts i, so nothing says which entry i is; name it in the notation's
  [notation.symbols]" (v6-ru-b2 the same at errors_{i}, beside symbols.md's own b2[i]; v6-ru-w2 and v6-ru-w1, whose left
  sides w2[i][j] and w1[j][k] name the arrays whole too, were read);
- 1, Octave's call indexed at once with a colon, eye(num_classes)(classes_treinamento, :) (the one-hot targets, a
  pattern the loader refuses too): v6-oc-err: "formula 'erro = camada_saida - eye(num_classes)(classes_treinament...':
  unexpected at ':' (position 61)";
- 1, a loop's index arithmetic where the left side's pattern also names the bias at j = 0 (pesos_camada_saida[i][0],
  the loop's range(1, 4) not on the line): v6-pd-ws: "formula 'pesos_camada_saida[i][j] += taxa_aprendizado *
  delta_said...': camada_oculta_{j-1} at j = 0: 'camada_oculta[i]' means 'a1[i]' (i = -1): index -1 is out of range
  (0..2): layer 1 has 3 units; j = 0 is among the values read (a rule whose left side names something there, as a
  bias's w_0 does, or a sum from 0): give camada_oculta_{0-1} a meaning in the notation ("camada_oculta_{0-1}" = "1" for
  a bias's constant input), or write that case apart" (refused where it might have been judged, never called wrong).

Read, among the constructs these pages brought: C's float declarations, [i][0] indexing, alignment spaces and +=
K * ... with a #define'd rate; TypeScript's const and **; Octave's .* and ' transposes, -= updates and sum(..., 1), the
slope taken of the outputs called wrong; Python's trailing # comments, linha[i+3] as a target and a hidden loop's soma;
a Chinese $$ display of three members with \frac{\partial y}{\partial net_j} beside inline $...$ in Chinese prose, and
a doubly transposed NumPy update called wrong; Kotlin's val in a lambda and sigmoidDerivative of a sum; the Russian
w2[i][j] -= alpha * ... with a ReLU mask's delta; the Japanese C file's tabs, pow, threshold units as literal patterns
and a trailing space (after the notation's fix); np.sum without an axis called wrong; Trask's flush-left lines with
the sigmoid written out and updates without a rate.

Which look general (would appear in much homework): a vector named whole and indexed by a loop's letter where nothing
else on the line counts the letter (Python lists of outputs and errors, e = output[i] - target[i]); an object
literal's entry as the equation (a function returning { gw11: gz1 * x1, ... }); a loop's
index arithmetic (camada_oculta[j-1]) on a left side whose pattern also names the bias. Page-specific: Octave's
eye(n)(classes, :), a call indexed at once.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch136_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CA = _STORED.format(69331406594, "#include <stdio.h>",
                     "a C program with Spanish names: a 2-2-1 sigmoid network trained on the AND gate, W_oculta, "
                     "delta_salida, += K * ... updates")
_TS = _STORED.format(68306653209, "/**",
                     "a TypeScript experiment commented in German, \"LEK-18 Backpropagation\": a 2-2-1 network's "
                     "gradients written out by the chain rule, const gAusgabe, gw11: gz1 * x1")
_OC = _STORED.format(22678957346, "pkg load statistics;",
                     "an Octave script commented in Portuguese: an MLP trained with -= updates, sigmoid_derivada, "
                     "pesos_oculta_saida")
_PD = _STORED.format(34637942043, "import numpy as np",
                     "a Python network commented in Portuguese for diabetes from IMC and glicemia: sigmoid hidden "
                     "neurons, linear outputs, loops over pesos_camada_saida[i][j]")
_ZH = _STORED.format(30540124574, "## 1.背景介绍",
                     "a Chinese Markdown article on the principle of AI algorithms: the backpropagation update "
                     "\\Delta w_{ij} in a $$ display and a NeuralNetwork class in a ```python block")
_KT = _STORED.format(28454584715, "package com.example.isitechpz5",
                     "a Kotlin Android MainActivity commented in Russian: a 2-2-1 sigmoid network for XOR, val "
                     "outputDelta, += updates")
_RU = _STORED.format(58674586177, "import tkinter as tk",
                     "a Python digit recogniser commented in Russian: a ReLU hidden layer, linear outputs, w2[i][j] -= "
                     "alpha * errors[i] * hidden[j]")
_JC = _STORED.format(25073733471, "/* 1入力1出力のニューラルネットワーク */",
                     "a C exercise commented in Japanese (実習): one input and a threshold input, sigmoid hidden "
                     "units, a linear output, delta_y and delta_h[j]")
_CZ = _STORED.format(45838175385, "# Neuronová síť pro řešení problému XOR",
                     "a Czech README of a XOR network: its backward_propagation in a ```python block")
_JP = _STORED.format(35075007092, "# XOR問題を解くためのシンプルなニューラルネットワーク",
                     "a Python XOR network commented in Japanese: output_delta, hidden_delta, += ... * learning_rate")
_TR = "https://idec.foxears.su/blog/rMrcombiRu1Sdkzc7GjE"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_I2J2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_I2J3 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_I3J4 = tuple({"i": i, "j": j} for i in range(3) for j in range(4))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_I2J4 = tuple({"i": i, "j": j} for i in range(2) for j in range(4))
_J4K3 = tuple({"j": j, "k": k} for j in range(4) for k in range(3))

# one sigmoid output under half the squared error: dE/dz2[0]; a hidden sigmoid unit's dE/dz1 through W2[0, .]
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1I = f"{_D2}*W2[0,{{i}}]*a1[{{i}}]*(1 - a1[{{i}}])"
_D1J = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Octave 2-3-2 sigmoid network: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_OD2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_OA1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_OD1 = f"{_OA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# the Portuguese 2-3-2 network (linear outputs): dE/d a1[i], dE/dz1[i]
_PA1 = "((a2[0] - y[0])*W2[0,{i}] + (a2[1] - y[1])*W2[1,{i}])"
_PD1 = f"{_PA1}*a1[{{i}}]*(1 - a1[{{i}}])"

# the Russian 3-4-2 network (ReLU hidden, linear outputs): dE/d a1[j] and the ReLU's slope
_RA1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
_RELU = "(z1[{j}] > 0)"

# the TypeScript 2-2-1 network: dE/dz1[0], dE/dz1[1]
_GZ1 = f"{_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_GZ2 = f"{_D2}*W2[0,1]*a1[1]*(1 - a1[1])"


def _pd_output_weights() -> tuple:
    # pesos_camada_saida[i][j], j = 1 ... 3: the weight from hidden neuron j - 1 to output i
    return tuple({"i": i, "j": j, "p": f"W2[{i},{j - 1}]", "m": f"W2[{i},{j - 1}] - eta*(a2[{i}] - y[{i}])*a1[{j - 1}]"}
                 for i in range(2) for j in range(1, 4))


def _zh_steps() -> tuple:
    # \Delta w_ij = -eta dE/dw_ij, i = 1, 2 (the hidden nodes), j = 1 (the output node)
    return tuple({"i": i, "j": 1, "t": f"-eta*{_D2}*a1[{i - 1}]",
                  "m": f"eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{i - 1}]"} for i in (1, 2))


def _zh_input_hidden() -> tuple:
    # weights_input_to_hidden[i, j] (input i, hidden j) += lr (x delta^T)^T[i, j] = lr x[j] delta[i]: W1[j, i] moved by
    # hidden unit i's delta and input j
    return tuple({"i": i, "j": j, "p": f"W1[{j},{i}]",
                  "m": f"W1[{j},{i}] + eta*x[{j}]*(y[0] - a2[0])*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])"}
                 for i in range(2) for j in range(2))


def _jc_output_weights() -> tuple:
    # w[j], j = 0 ... 2 the hidden units' weights, w[3] the threshold unit's (the output's bias)
    rows = [{"j": j, "p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]"} for j in range(3)]
    return tuple(rows) + ({"j": 3, "p": "b2[0]", "m": "b2[0] - eta*(a2[0] - y[0])*1"},)


def _jc_hidden_weights() -> tuple:
    # v[j][0] the input's weight, v[j][1] the threshold's (the hidden unit's bias)
    d1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
    return tuple({"i": i, "j": j, "p": f"W1[{j},0]" if i == 0 else f"b1[{j}]",
                  "m": f"W1[{j},0] - eta*{d1.format(j=j)}*x[0]" if i == 0 else f"b1[{j}] - eta*{d1.format(j=j)}"}
                 for j in range(3) for i in range(2))


def _cz_hidden_biases() -> tuple:
    # np.sum(hidden_layer_gradient): the sum over the hidden units, the same step for every hidden bias
    both = " + ".join(_D1J.format(j=j) for j in range(2))
    return tuple({"j": j, "m": f"b1[{j}] - eta*({both})"} for j in range(2))


ENTRIES = [
    # ---- the C program with Spanish names (four- and eight-space indentation): float declarations, [i][0]
    # indexing, derivada_sigmoide of the outputs, += K * ... updates with the code's deltas (-dE/dz) --------------------
    Public("v6-ca-err", _CA, "b136_ca", "b136_ca", "    float error_salida = target - o_out;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=136, why="a C declaration with its type"),
    Public("v6-ca-ds", _CA, "b136_ca", "b136_ca",
           "    float delta_salida = error_salida * derivada_sigmoide(o_out);", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=136,
           why="the code's delta (-dE/dz2), a value; derivada_sigmoide(out) = out (1 - out), of the output"),
    Public("v6-ca-do", _CA, "b136_ca", "b136_ca",
           "        delta_oculta[i] = (delta_salida * W_salida[i]) * derivada_sigmoide(h_out[i]);", ((C,),),
           (Twin("value", f"-{_D1I}", (f"-{_D2}*W2[0,{{i}}]*a1[{{i}}]*(1 - a1[{{i}}])",), _I2),), batch=136),
    Public("v6-ca-ws", _CA, "b136_ca", "b136_ca", "        W_salida[i] += K * delta_salida * h_out[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*{_D2}*a1[{{i}}]",), _I2),), batch=136,
           why="K the learning rate (#define K 0.1f); += with the code's delta (-dE/dz): the gradient step"),
    Public("v6-ca-wo0", _CA, "b136_ca", "b136_ca", "        W_oculta[i][0] += K * delta_oculta[i] * x0;", ((C,),),
           (Twin("update", "W1[{i},0]", (f"W1[{{i}},0] - eta*{_D1I}*x[0]",), _I2),), batch=136,
           why="W_oculta[i][0] the weight from input x0 to hidden neuron i"),
    Public("v6-ca-bo", _CA, "b136_ca", "b136_ca", "        B_oculta[i]    += K * delta_oculta[i];", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] - eta*{_D1I}",), _I2),), batch=136,
           why="the code's alignment spaces before +="),
    # ---- the TypeScript experiment commented in German (two- and four-space indentation): const, **, the
    # gradients of an object literal's properties (gw11: gz1 * x1,) -----------------------------------------------
    Public("v6-ts-loss", _TS, "b136_ts", "b136_ts", "  const verlust = 0.5 * (ausgabe - ziel) ** 2;", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=136,
           why="the loss's definition (verlust, the loss), a value; ** the power"),
    Public("v6-ts-ga", _TS, "b136_ts", "b136_ts",
           "  const gAusgabe = (ausgabe - ziel) * ausgabe * (1 - ausgabe);", ((C,),),
           (Twin("value", _D2, (_D2,)),), batch=136, why="gAusgabe = dL/do, the output's sum o, a value"),
    Public("v6-ts-gv1", _TS, "b136_ts", "b136_ts", "  const gv1 = gAusgabe * h1;", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)),), batch=136, why="gv1 = dL/dv1, v1 the weight from h1"),
    Public("v6-ts-gz2", _TS, "b136_ts", "b136_ts", "  const gz2 = gAusgabe * v2 * h2 * (1 - h2);", ((C,),),
           (Twin("value", _GZ2, (_GZ2,)),), batch=136, why="gz2 = dL/dz2, z2 the second hidden neuron's sum"),
    Public("v6-ts-gw11", _TS, "b136_ts", "b136_ts", "    gw11: gz1 * x1,", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_GZ1}*x[0]",)),), batch=136,
           why="an object literal's property (name: value,) in the function's return: gw11 = dL/dw11"),
    Public("v6-ts-gb2", _TS, "b136_ts", "b136_ts", "    gb2: gz2,", ((C,),),
           (Twin("gradient", "b1[1]", (_GZ2,)),), batch=136,
           why="gb2 = dL/db2, b2 the second hidden neuron's bias (not symbols.md's b2: the output has no bias)"),
    # ---- the Octave script commented in Portuguese (eight-space indentation): samples in rows, .* and ' for the
    # transpose, -= updates, sum(..., 1); sigmoid_derivada(x) = sigmoid(x) (1 - sigmoid(x)) taken of OUTPUTS -----------
    Public("v6-oc-err", _OC, "b136_oc", "b136_oc",
           "        erro = camada_saida - eye(num_classes)(classes_treinamento, :);", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=136,
           why="the one-hot target rows indexed from an identity matrix, eye(n)(classes, :)"),
    Public("v6-oc-ds", _OC, "b136_oc", "b136_oc", "        delta_saida = erro .* sigmoid_derivada(camada_saida);",
           ((W,),), (Twin("value", _OD2, ("(a2[{k}] - y[{k}])*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",), _K2),),
           batch=136,
           why="sigmoid_derivada(x) = sigmoid(x) (1 - sigmoid(x)), the slope AT x, taken of camada_saida, which is already "
               "sigmoid of the sum: the slope there is saida (1 - saida) (the script's slip)"),
    Public("v6-oc-do", _OC, "b136_oc", "b136_oc",
           "        delta_oculta = (delta_saida * pesos_oculta_saida') .* sigmoid_derivada(camada_oculta);", ((W,),),
           (Twin("value", _OD1, (f"{_OA1}*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))",), _J3),), batch=136,
           why="the same slip at the hidden layer: sigmoid_derivada of camada_oculta, the hidden OUTPUTS (delta_saida "
               "the output delta as named)"),
    Public("v6-oc-wo", _OC, "b136_oc", "b136_oc",
           "        pesos_oculta_saida -= taxa_aprendizado * (camada_oculta' * delta_saida);", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_OD2}",), _J3K2),), batch=136,
           why="delta_saida the output delta as named (its line's slip is that line's); ' the transpose"),
    Public("v6-oc-bs", _OC, "b136_oc", "b136_oc", "        bias_saida -= taxa_aprendizado * sum(delta_saida, 1);",
           ((C,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_OD2}",), _K2),), batch=136,
           why="sum(..., 1) over the samples' rows (one here)"),
    Public("v6-oc-wi", _OC, "b136_oc", "b136_oc",
           "        pesos_entrada_oculta -= taxa_aprendizado * (dados_treinamento' * delta_oculta);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_OD1}",), _I2J3),), batch=136),
    # ---- the Python diabetes network commented in Portuguese (sixteen- and twenty-space indentation): loops,
    # linha[i+3] the target, weight j = 0 the bias's, trailing # comments, += updates with the code's deltas ------------
    Public("v6-pd-err", _PD, "b136_pd", "b136_pd",
           "                erro = linha[i+3] - camada_saida[i]  # Saída esperada - saída atual", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _I2),), batch=136,
           why="linha[i+3] output i's target (columns 3 and 4 of the data row)"),
    Public("v6-pd-ds", _PD, "b136_pd", "b136_pd",
           "                delta_saida[i] = erro * 1  # Derivada linear (função identidade)", ((C,),),
           (Twin("value", "-(a2[{i}] - y[{i}])", ("(y[{i}] - a2[{i}])*1",), _I2),), batch=136,
           why="the linear output's slope 1; the code's delta (-dE/dz2)"),
    Public("v6-pd-do", _PD, "b136_pd", "b136_pdh",
           "                delta_oculta[i] = camada_oculta[i] * (1 - camada_oculta[i]) * soma", ((C,),),
           (Twin("value", f"-{_PD1}", (f"a1[{{i}}]*(1 - a1[{{i}}])*(-{_PA1})",), _I3),), batch=136,
           why="soma the hidden loop's sum (-dE/d hidden output i), as the notation of that loop says"),
    Public("v6-pd-ws", _PD, "b136_pd", "b136_pd",
           "                    pesos_camada_saida[i][j] += taxa_aprendizado * delta_saida[i] * camada_oculta[j-1]",
           ((C,),), (Twin("update", "{p}", ("{m}",), _pd_output_weights()),), batch=136,
           why="j = 1 ... 3 (range(1, 4)), the weight from hidden neuron j - 1: index arithmetic in the formula"),
    Public("v6-pd-bo", _PD, "b136_pd", "b136_pd",
           "                pesos_camada_oculta[i][0] += taxa_aprendizado * delta_oculta[i] * 1  # Bias", ((C,),),
           (Twin("update", "b1[{i}]", (f"b1[{{i}}] - eta*{_PD1}*1",), _I3),), batch=136,
           why="the weight from the bias input linha[0] = 1"),
    # ---- the Chinese Markdown article: a $$ display, inline $...$ in prose, a ```python block (eight-space
    # indentation) whose input-to-hidden update transposes its product twice ---------------------------------------
    Public("v6-zh-dw", _ZH, "b136_zh", "b136_zh",
           "$$\\Delta w_{ij} = -\\eta \\frac{\\partial E}{\\partial w_{ij}} = \\eta (t-y) \\frac{\\partial y}{\\partial "
           "net_j} \\frac{\\partial net_j}{\\partial w_{ij}} = \\eta (t-y) o_j (1-o_j) o_i$$", ((C, C, C),),
           (Twin("value", "{t}", ("{t}", "{m}", "{m}"), _zh_steps()),), batch=136,
           why="the step of a weight into output node j (y = o_j), a value: -eta dE/dw_ij; the chain's dy/dnet_j "
               "dnet_j/dw_ij = o_j (1 - o_j) o_i"),
    Public("v6-zh-E", _ZH, "b136_zh", "b136_zh",
           "反向传播算法的数学模型可以用链式法则来表示。假设网络的输出为 $y$，目标值为 $t$，误差为 $E=(t-y)^2/2$，节点 $j$ "
           "的输出为 $o_j$，输入为 $net_j$，权重为 $w_{ij}$，学习率为 $\\eta$，那么权重的更新公式为：", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("(y[0] - a2[0])**2/2",)),), batch=136,
           why="the loss's definition, inline in a sentence of Chinese prose among other inline symbols"),
    Public("v6-zh-dy", _ZH, "b136_zh", "b136_zh",
           "其中，$\\frac{\\partial y}{\\partial net_j} = o_j (1-o_j)$ 是sigmoid激活函数的导数。", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",), ({"j": 1},)),), batch=136,
           why="a derivative of the output by its sum, a value"),
    Public("v6-zh-he", _ZH, "b136_zhc", "b136_zhc",
           "        hidden_errors = np.dot(self.weights_hidden_to_output, output_errors)", ((C,),),
           (Twin("value", "(y[0] - a2[0])*W2[0,{j}]", ("W2[0,{j}]*(y[0] - a2[0])",), _J2),), batch=136,
           why="-dE/d(hidden outputs) of the linear output, a value; the (hidden x outputs) matrix times the error"),
    Public("v6-zh-hg", _ZH, "b136_zhc", "b136_zhc", "        hidden_grad = hidden_outputs * (1.0 - hidden_outputs)",
           ((C,),), (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1.0 - a1[{j}])",), _J2),), batch=136),
    Public("v6-zh-wih", _ZH, "b136_zhc", "b136_zhc",
           "        self.weights_input_to_hidden += self.lr * np.dot(inputs, (hidden_errors * hidden_grad).T).T",
           ((W,),), (Twin("update", "{p}", ("{m}",), _zh_input_hidden()),), batch=136,
           why="the (inputs x hidden) matrix moved by the TRANSPOSE of x delta^T: entry [i, j] by x[j] delta[i], the "
               "input and hidden indices swapped (right on the diagonal only; the shapes agree with two inputs and two "
               "hidden units); the code's slip, the matrix being input-first"),
    # ---- the Kotlin MainActivity commented in Russian (twelve- to twenty-space indentation): val, +=,
    # sigmoidDerivative at the output's sum --------------------------------------------------------------------------
    Public("v6-kt-od", _KT, "b136_kt", "b136_kt",
           "            val outputDelta = outputError * sigmoidDerivative(outputSum)", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=136,
           why="sigmoidDerivative(x) = sigmoid(x) (1 - sigmoid(x)) of the SUM: the slope at it"),
    Public("v6-kt-who", _KT, "b136_kt", "b136_kt",
           "                weightsHiddenOutput[i] += learningRate * outputDelta * hiddenOutputs[i]", ((C,),),
           (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*{_D2}*a1[{{i}}]",), _I2),), batch=136),
    Public("v6-kt-bo", _KT, "b136_kt", "b136_kt", "            biasOutput += learningRate * outputDelta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",)),), batch=136),
    Public("v6-kt-err", _KT, "b136_kt", "b136_kt", "                val error = outputDelta * weightsHiddenOutput[i]",
           ((C,),), (Twin("value", f"-{_D2}*W2[0,{{i}}]", (f"-{_D2}*W2[0,{{i}}]",), _I2),), batch=136,
           why="-dE/d(hidden output i), a value, in a lambda's body; weightsHiddenOutput the weight as named (the code "
               "updates it before this loop: a slip of the order, not of this line)"),
    Public("v6-kt-wih", _KT, "b136_kt", "b136_kt",
           "                    weightsInputHidden[i][j] += learningRate * hiddenDeltas[j] * inputs[i]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1J}*x[{{i}}]",), _I2J2),), batch=136,
           why="hiddenDeltas[j] the hidden delta as named (the lambda computing it takes sigmoidDerivative of the hidden "
               "OUTPUTS, a slip of a line without a left side, left out)"),
    # ---- the Python digit recogniser commented in Russian (twelve- and sixteen-space indentation): -= updates,
    # arrays whose names end in a digit (w1, w2), ReLU hidden units, linear outputs ------------------------------
    Public("v6-ru-e", _RU, "b136_ru", "b136_ru", "            e = output[i] - target[i]", ((C,),),
           (Twin("value", "a2[{i}] - y[{i}]", ("a2[{i}] - y[{i}]",), _I2),), batch=136),
    Public("v6-ru-w2", _RU, "b136_ru", "b136_ru", "                w2[i][j] -= alpha * errors[i] * hidden[j]", ((C,),),
           (Twin("update", "W2[{i},{j}]", ("W2[{i},{j}] - eta*(a2[{i}] - y[{i}])*a1[{j}]",), _I2J4),), batch=136,
           why="errors[i] = output - target, dE/dz2 of a linear output under half the squared error (the printed total "
               "is the sum of e*e; the steps are half its)"),
    Public("v6-ru-b2", _RU, "b136_ru", "b136_ru", "            b2[i] -= alpha * errors[i]", ((C,),),
           (Twin("update", "b2[{i}]", ("b2[{i}] - eta*(a2[{i}] - y[{i}])",), _I2),), batch=136),
    Public("v6-ru-w1", _RU, "b136_ru", "b136_ru", "                w1[j][k] -= alpha * hidden_errors[j] * x[k]", ((C,),),
           (Twin("update", "W1[{j},{k}]", (f"W1[{{j}},{{k}}] - eta*{_RA1}*{_RELU}*x[{{k}}]",), _J4K3),), batch=136,
           why="hidden_errors[j] = dE/dz1[j] once the ReLU's zeros are set (as named; the code sums it over w2 already "
               "updated, a slip of the order, not of this line)"),
    # ---- the C exercise commented in Japanese (tabs): pow, a threshold unit z[NUM_HIDDEN] = 1 and input x[1] = 1,
    # += -ETA * ... updates, a trailing space --------------------------------------------------------------------
    Public("v6-jc-err", _JC, "b136_jc", "b136_jc", "\t\t\terror = (1.0/2.0) * pow(y-yd, 2.0);", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("(1.0/2.0)*(a2[0] - y[0])**2",)),), batch=136,
           why="the loss's definition, C's pow"),
    Public("v6-jc-dy", _JC, "b136_jc", "b136_jc", "\t\t\tdelta_y = (y - yd);", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=136, why="dE/du_y of the linear output"),
    Public("v6-jc-w", _JC, "b136_jc", "b136_jc", "\t\t\t\tw[j] += -ETA * delta_y * z[j];", ((C,),),
           (Twin("update", "{p}", ("{m}",), _jc_output_weights()),), batch=136,
           why="j = 0 ... NUM_HIDDEN: w[NUM_HIDDEN] the threshold unit's weight (the output's bias), z[NUM_HIDDEN] = 1"),
    Public("v6-jc-dh", _JC, "b136_jc", "b136_jc", "\t\t\t\tdelta_h[j] = (y-yd) * z[j] * (1-z[j]) * w[j];", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])*W2[0,{j}]",), _J3),), batch=136,
           why="dE/du_h[j] of the hidden units (the loop's j = NUM_HIDDEN, the threshold unit, left out); w[j] the weight "
               "as named (the code updates it first: a slip of the order, not of this line)"),
    Public("v6-jc-v", _JC, "b136_jc", "b136_jc", "\t\t\t\t\tv[j][i] += -ETA * delta_h[j] * x[i]; ", ((C,),),
           (Twin("update", "{p}", ("{m}",), _jc_hidden_weights()),), batch=136,
           why="i = 0 the input, i = 1 the threshold input x[1] = 1 (v[j][1] the bias); the line's trailing space kept"),
    # ---- the Czech README (a ```python block, four-space indentation): np.dot with .T, np.sum for the biases,
    # sigmoid_derivative of the outputs, += ... * learning_rate -----------------------------------------------------
    Public("v6-cz-og", _CZ, "b136_cz", "b136_cz",
           "    output_gradient = output_error * sigmoid_derivative(self.output)", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=136),
    Public("v6-cz-he", _CZ, "b136_cz", "b136_cz",
           "    hidden_layer_error = np.dot(output_gradient, self.weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-{_D2}*W2[0,{{j}}]", (f"-{_D2}*W2[0,{{j}}]",), _J2),), batch=136),
    Public("v6-cz-hg", _CZ, "b136_cz", "b136_cz",
           "    hidden_layer_gradient = hidden_layer_error * sigmoid_derivative(self.hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_D1J}", (f"-{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=136),
    Public("v6-cz-who", _CZ, "b136_cz", "b136_cz",
           "    self.weights_hidden_output += np.dot(self.hidden_layer_output.T, output_gradient) * learning_rate",
           ((C,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_D2}",), _J2),), batch=136),
    Public("v6-cz-wih", _CZ, "b136_cz", "b136_cz",
           "    self.weights_input_hidden += np.dot(input_data.T, hidden_layer_gradient) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_D1J}",), _I2J2),), batch=136),
    Public("v6-cz-bh", _CZ, "b136_cz", "b136_cz",
           "    self.bias_hidden += np.sum(hidden_layer_gradient) * learning_rate", ((W,),),
           (Twin("update", "b1[{j}]", ("{m}",), _cz_hidden_biases()),), batch=136,
           why="np.sum without an axis sums over the hidden units too: every hidden bias moved by the sum of both hidden "
               "deltas (np.sum(..., axis=0) was meant; the output's np.sum is right with its one unit)"),
    # ---- the Python XOR script commented in Japanese (four-space indentation): .dot with .T, += ... *
    # learning_rate --------------------------------------------------------------------------------------------------
    Public("v6-jp-od", _JP, "b136_jp", "b136_jp", "    output_delta = error * sigmoid_derivative(final_output)", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=136),
    Public("v6-jp-hd", _JP, "b136_jp", "b136_jp", "    hidden_delta = hidden_error * sigmoid_derivative(hidden_output)",
           ((C,),), (Twin("value", f"-{_D1J}", (f"-{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=136),
    Public("v6-jp-wih", _JP, "b136_jp", "b136_jp", "    weights_input_hidden += X.T.dot(hidden_delta) * learning_rate",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_D1J}",), _I2J2),), batch=136),
    Public("v6-jp-who", _JP, "b136_jp", "b136_jp",
           "    weights_hidden_output += hidden_output.T.dot(output_delta) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_D2}",), _J2),), batch=136),
    # ---- the Russian page (Trask's code as the page stores it: no indentation, the loop's body flush left) -------
    Public("v6-tr-l1", _TR, "b136_tr", "b136_tr", "l1 = 1/(1+np.exp(-(np.dot(X,syn0))))", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])))",), _J4),),
           batch=136, why="the hidden row, the sigmoid written out"),
    Public("v6-tr-d2", _TR, "b136_tr", "b136_tr", "l2_delta = (y - l2)*(l2*(1-l2))", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[0] - a2[0])*(a2[0]*(1 - a2[0]))",)),), batch=136),
    Public("v6-tr-d1", _TR, "b136_tr", "b136_tr", "l1_delta = l2_delta.dot(syn1.T) * (l1 * (1-l1))", ((C,),),
           (Twin("value", f"-{_D1J}", (f"-{_D2}*W2[0,{{j}}]*(a1[{{j}}]*(1 - a1[{{j}}]))",), _J4),), batch=136),
    Public("v6-tr-w1", _TR, "b136_tr", "b136_tr", "syn1 += l1.T.dot(l2_delta)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_D2}",), _J4),), batch=136,
           why="no rate written: the step at rate 1, the problem file's (twinned with eta, as batch 92's ph7-s0)"),
    Public("v6-tr-w0", _TR, "b136_tr", "b136_tr", "syn0 += X.T.dot(l1_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_D1J}",), _I3J4),), batch=136),
]
