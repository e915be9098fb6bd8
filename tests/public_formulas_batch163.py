r"""Batch 163 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on notebooks and
write-ups whose comments or prose are in languages other than English: NumPy from-scratch backward passes; six
addresses stored files whose repository the index does not name, two named with their repository): a Spanish
RedNeuronal class (stored file 33003777680: comments in Spanish on every line, += updates with the rate after the
product, biases as rows), Rashid's network commented in Russian (stored file 36718278176: columns, output-first
weights, numpy.dot and numpy.transpose, the updates' statements over two lines), a Vietnamese XOR script
(trantrunglam's CODE.py, stored file 33104639360: Trask's deltas, a line ending in a space), a Portuguese XOR
script by HUDSON (stored file 22863715810: camelCase Portuguese names, a transposed weight named apart, the step
before the rate named, peso_n+1 = peso_n * momento + ...), an Indonesian XOR script (Voncruyff's neuralnetwok.py,
stored file 32316836703: trailing comments in Indonesian, += with no rate), a Spanish micro lab in plain Python
lists (stored file 70622208625: a list comprehension, -= weight by weight, y the output and esperado the target), a
Korean Markdown lesson on backpropagation (stored file 9448201962: its section 6 MLP.backward, Python's @ and the
ReLU's slope as (z1 > 0)) and a Portuguese purchase-decision MLP (stored file 8958771446: snake_case Portuguese
names, np.sum(..., keepdims=True) bias steps). Copied verbatim, typos and mistakes included (the JSON-escaped text of
the stored files decoded), each with the notation a teacher would write for the page under shared/spec/notation.md
(and docs/notation.md for what the product documents: code deltas that are -dE/dz written "-grad(z2[:]).T" where the
updates add them, a named step before the rate "pesosNovo1" = "-grad(W2[:, :]).T"; helpers declared "sigmoid' at
output" where they compute x (1 - x) of what they are given; transposed where the samples are rows; Rashid's
hidden_errors taken as -dE/d(hidden output), the quantity the hidden weights' step needs, as batch 148 took it; the
micro lab's y the output and esperado the target, as its adelante(x) returns them; the Korean lesson's y_true the
one-hot target "t[:].T" under softmax with the cross-entropy, as its comment says), a network of the kind the page
describes (the sizes the pages write where they are small: 2-4-1, 2-3-1, 3-4-1, 4-5-1; Rashid's 784-10-10 as 3-3-2,
the Korean lesson's as 2-3-2; the rates the files write, 0.1, 0.5, 0.6, Rashid's 0, 3 read as 0.3, and rate 1 for
the Indonesian script whose updates name no rate; all in tests/public_formulas_batch163_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's error or delta (error, d_error, output_errors, hidden_errors, deltaSaida, delta_lapisan2, delta_salida,
delta_oculta), a slope (derivadaSaida), a gradient by the hidden outputs (hidden_error, deltaSaidaVezesPeso, da1)
and a step before the rate (pesosNovo1) are twinned as values, as in batches 14 to 161. Formulas keep their page's
indentation and trailing # comments, and a statement written over two lines keeps its line break and the second
line's indentation; what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 163

The batch: 52 formulas from 8 addresses (the Spanish class 7, Rashid's Russian network 4, the Vietnamese script 6,
the Portuguese XOR script 8, the Indonesian script 6, the Spanish micro lab 7, the Korean lesson 7, the Portuguese
purchase-decision MLP 7), all in code (Python/NumPy, one of them plain Python lists; the Korean lesson's in a
Markdown code block). By kind: 24 errors, deltas, slopes and gradients by outputs (values), 6 gradients and bias
gradients (the Korean lesson's d names), 1 step before the rate (pesosNovo1), 21 updates (with the rate before or
after the product, at rate 1 with none, with momento = 1). No LaTeX: the pages with LaTeX that the searches found
in these languages were used by earlier batches (below).

1 is mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- Rashid's ru-he, hidden_errors = numpy.dot(self.who.T, output_errors): the hidden layer's error as the hidden
  weights' step uses it is sum_k W2[k,j] (t_k - o_k) o_k (1 - o_k); the output's slope is missing (the same
  simplification as batch 148's copy of the network).

Not mistaken, though they look it: Rashid's input-hidden step after ru-he (right as written in hidden_errors, named
-dE/d(hidden output)); the += updates of the Spanish, Vietnamese, Portuguese and Indonesian scripts (their deltas
are -dE/dz: steps down the gradient), the Indonesian's with no rate (rate 1); the Portuguese XOR script's pesos1 =
(pesos1 * momento) + (pesosNovo1 * taxaAprendizagem) with momento = 1; the micro lab's delta_salida = (y - esperado)
y (1 - y), half the squared error's dE/dz2 with y the output (its error_total, the mean of the squares, is only
printed); the Indonesian comment "Gradien lapisan output" on delta_lapisan2, which is minus the gradient (a
comment, not the formula).

What was left out: every forward line and every helper's body (return x * (1 - x) and the like, no left side); the
Spanish class's predecir; Rashid's query and its learning_grate = 0, 3 (a tuple, 0.3 with a Russian decimal comma:
not a formula); the Portuguese XOR script's pesos1Transposta = pesos1.T, camadaOcultaTransposta = camadaOculta.T and
pesosNovo0 (at the cap of 8 from one file; pesosNovo1 taken), its mediaAbsoluta; the micro lab's error_total; the
Korean lesson's sections 3 to 5 (dL/da = 2(a - y) and dL/dW2 = a1.T @ dL/dz2 written with slashes in names, a single
neuron and a network whose output is linear or softmax, "y_pred = z2  # Or softmax(z2)", left ambiguous) and its
PyTorch sections; the purchase MLP's erro_medio and its test loop. Pages read and not taken: a Russian PyTorch XOR
script (stored file 59117863643: a bias unit concatenated into a_1 and w_2[1:], which no notation names), a
Japanese tic-tac-toe network on a home-made my_numpy (stored file 16522103523: np.sub, np.multiple and normalize()
around the gradients), a Portuguese breast-cancer MLP (stored file 41694889634: a bias column inserted into the
hidden layer), French Backpropagation-classique helpers (stored files 33706876421, 33286671237: functions of
arguments, no network), and pages earlier batches used (the Spanish RNA19.py, the Chinese Udacity note, the
Korean worked example, the Turkish 1-1-1 script, the Spanish and Chinese LaTeX write-ups of JoseFRuiz,
webmastervetea, kaifeng and zxRobot, the Portuguese Aula 07.1, the Indonesian fransis96jst README, the Chinese
linear_sigmoid_backward).

Collected on 2026-12-07 (19:48 to 19:53 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first run passed every verdict as first transcribed (52 entries and the
batch's two checks).

Run blind at main 83a5274 (/work/READY_FOR_BLIND62; src/ as at 83a5274, the rebase a no-op: the branch was made from
it), with nothing under src/ changed. The first run (/work/batch163_blind.txt): 52 of 52 read with every verdict
right (100%), 0 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No
refusal, so the batch was run once; tests/test_public_formulas_held_out.py -k b163- passed after the run, check's
never-wrong-called-correct test included.

Of the 1 mistaken formula, it was read with its wrong member called wrong: ru-he (Rashid's hidden errors without the
output's slope). By page: the Spanish class 7 of 7, Rashid's Russian network 4 of 4, the Vietnamese script 6 of 6,
the Portuguese XOR script 8 of 8, the Indonesian script 6 of 6, the Spanish micro lab 7 of 7, the Korean lesson 7 of
7, the Portuguese purchase-decision MLP 7 of 7.

The refusals by construct: none.

Read, among the constructs these pages brought: self. names with .dot and .T on rows and the rate after the product
(* self.tasa_aprendizaje); numpy.dot and numpy.transpose with the module's full name and a statement over two
lines (Rashid's updates); a line ending in a space; trailing comments in Portuguese holding an equation in words and
in Indonesian; a transposed weight and a column named apart (pesos1Transposta, camadaOcultaTransposta), a step before
the rate named (pesosNovo1) and (pesos1 * momento) + (pesosNovo1 * taxaAprendizagem) with momento = 1; Trask's +=
with no rate; plain Python lists indexed by j with a list comprehension over range(OCULTAS) and -= steps weight by
weight (w_oculta[j][0]), y the output and esperado the target; Python's @ with the ReLU's slope as (z1 > 0);
np.sum(..., axis=0, keepdims=True) bias steps on rows.

Which look general: nothing was refused; this batch, all code in the Trask, Rashid and Ng styles the reader has met
in many earlier batches, found no gap (its pages' LaTeX write-ups in these languages having been used before).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch163_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_NAMED = "{} ({}; the code corpus's stored file {}, \"{}\": {})"
_ES = _STORED.format(33003777680, "import numpy as np",
                     "a Spanish RedNeuronal class commented line by line in Spanish (# Calculamos los gradientes ...): "
                     "an XOR network with biases, += updates at tasa_aprendizaje")
_RU = _STORED.format(36718278176, "# подключаем библиотеку numpy",
                     "Rashid's neuralNetwork class commented in Russian (ошибки скрытого слоя ...), an MNIST script")
_VI = _NAMED.format("https://github.com/trantrunglam/33-Learn-to-Build-a-Neural-network-from-Scratch-using-NumPy",
                    "CODE.py", 33104639360, "import numpy as np",
                    "a Vietnamese XOR script (print(\"Output sau khi huấn luyện:\")), += updates at learning_rate")
_PT = _STORED.format(22863715810, "# -*- coding: utf-8 -*-",
                     "a Portuguese XOR script by HUDSON (2018) commented in Portuguese (#Calculando o delta para a "
                     "camada oculta ...): pesosNovo = entrada * delta, peso_n+1 = peso_n * momento + pesosNovo * taxa")
_ID = _NAMED.format("https://github.com/Voncruyff/neuralnetworkwithpython", "neuralnetwok.py", 32316836703,
                    "import numpy as np",
                    "an Indonesian XOR script (# Gradien lapisan output ...), Trask's += updates with no rate")
_ML = _STORED.format(70622208625, "\"\"\"Micro lab 04 \u2014 Una red neuronal peque\u00f1a que S\u00cd aprende XOR.",
                     "a Spanish micro lab in plain Python lists: deltas in a list comprehension, -= steps per weight")
_KO = _STORED.format(9448201962, "# 03. 역전파 이해",
                     "a Korean Markdown lesson on backpropagation (역전파): its section 6, an MLP class's backward "
                     "method in a code block, with English comments")
_FM = _STORED.format(8958771446, "##############################################################",
                     "a Portuguese purchase-decision MLP by Prof. Filipo Mor (2025), commented in Portuguese: biases "
                     "as rows, += updates at taxa_aprendizagem")

_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_J5 = tuple({"j": j} for j in range(5))
_K2 = tuple({"k": k} for k in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J5I4 = tuple({"j": j, "i": i} for j in range(5) for i in range(4))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# one sigmoid output under half the squared error: dE/dz2, dE/d(hidden output j), dE/dz1[j]
_S2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_SA = f"{_S2}*W2[0,{{j}}]"
_S1 = f"{_S2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# Rashid's 3-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/d(hidden output j), the page's hidden
# errors (without the output's slope)
_R2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RA = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_RE = " + ".join(f"W2[{k},{{j}}]*(y[{k}] - a2[{k}])" for k in range(2))

# the Korean lesson's 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/d(hidden output j)
_KA = "(a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}]"


ENTRIES = [
    # ---- the Spanish RedNeuronal class (twelve-space indentation): self. names, .dot and .T on rows, a sigmoid_deriv
    # of the outputs, += updates with the code's deltas (-dE/dz) times the rate after the product -------------------
    Public("c163-es-err", _ES, "b163_es", "b163_es", "            error = self.salidas - salida_pred", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=163,
           why="the output's error, target minus output, a value"),
    Public("c163-es-de", _ES, "b163_es", "b163_es", "            d_error = error * sigmoid_deriv(salida_pred)", ((C,),),
           (Twin("value", f"-{_S2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=163,
           why="the code's delta (-dE/dz2), a value; sigmoid_deriv(x) = x (1 - x) taken of the output"),
    Public("c163-es-dh", _ES, "b163_es", "b163_es",
           "            d_capa_oculta = d_error.dot(self.pesos2.T) * sigmoid_deriv(capa_oculta)", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J4),), batch=163,
           why="-dE/dz1, a value: the row d_error times pesos2 transposed (input-first), the slope of the hidden outputs"),
    Public("c163-es-w2", _ES, "b163_es", "b163_es",
           "            self.pesos2 += capa_oculta.T.dot(d_error) * self.tasa_aprendizaje", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J4),), batch=163,
           why="+= with the code's delta (-dE/dz), the rate after the product"),
    Public("c163-es-w1", _ES, "b163_es", "b163_es",
           "            self.pesos1 += self.entradas.T.dot(d_capa_oculta) * self.tasa_aprendizaje", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J4I2),), batch=163),
    Public("c163-es-b2", _ES, "b163_es", "b163_es",
           "            self.bias2 += np.sum(d_error, axis=0) * self.tasa_aprendizaje", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_S2}",)),), batch=163, why="the sum over the samples (one)"),
    Public("c163-es-b1", _ES, "b163_es", "b163_es",
           "            self.bias1 += np.sum(d_capa_oculta, axis=0) * self.tasa_aprendizaje", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_S1}",), _J4),), batch=163),
    # ---- Rashid's network commented in Russian (eight-space indentation): columns, output-first weights, numpy.dot
    # and numpy.transpose, the updates' statements over two lines; the hidden errors without the output's slope -----
    Public("c163-ru-oe", _RU, "b163_ru", "b163_ru", "        output_errors = targets - final_outputs", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=163),
    Public("c163-ru-he", _RU, "b163_ru", "b163_ru", "        hidden_errors = numpy.dot(self.who.T, output_errors)",
           ((W,),), (Twin("value", f"-({_RA})", (_RE,), _J3),), batch=163,
           why="the hidden layer's error as the hidden weights' step uses it, -dE/d(hidden output j) = sum_k W2[k,j] "
               "(t_k - o_k) o_k (1 - o_k): the output's slope o_k (1 - o_k) is missing (Rashid's simplification, "
               "the page's slip, as batch 148 took it)"),
    Public("c163-ru-who", _RU, "b163_ru", "b163_ru",
           "        self.who += self.lr * numpy.dot((output_errors * final_outputs * (1.0 - final_outputs)),\n"
           "                                        numpy.transpose(hidden_outputs))", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_R2}*a1[{{j}}]",), _K2J3),), batch=163,
           why="the statement over two lines as the file writes it (the second aligned under numpy.dot's argument)"),
    Public("c163-ru-wih", _RU, "b163_ru", "b163_ru",
           "        self.wih += self.lr * numpy.dot((hidden_errors * hidden_outputs * (1.0 - hidden_outputs)),\n"
           "                                        numpy.transpose(inputs))", ((C,),),
           (Twin("update", "W1[{j},{i}]",
                 (f"W1[{{j}},{{i}}] + eta*(-({_RA}))*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _J3I3),), batch=163,
           why="right as written in hidden_errors, named -dE/d(hidden output) (the slip is that line's)"),
    # ---- the Vietnamese XOR script (four-space indentation): the samples rows, sigmoid_derivative of the outputs,
    # += updates with the rate after the product; a trailing space after one line --------------------------------------
    Public("c163-vi-err", _VI, "b163_vi", "b163_vi", "    error = y - final_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=163),
    Public("c163-vi-do", _VI, "b163_vi", "b163_vi", "    d_output = error * sigmoid_derivative(final_output)", ((C,),),
           (Twin("value", f"-{_S2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=163),
    Public("c163-vi-he", _VI, "b163_vi", "b163_vi", "    hidden_error = d_output.dot(weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-{_SA}", (f"-{_SA}",), _J4),), batch=163,
           why="-dE/d(hidden output j), a value"),
    Public("c163-vi-dh", _VI, "b163_vi", "b163_vi",
           "    d_hidden = hidden_error * sigmoid_derivative(hidden_output) ", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J4),), batch=163, why="the line ends with a space, as stored"),
    Public("c163-vi-w2", _VI, "b163_vi", "b163_vi",
           "    weights_hidden_output += hidden_output.T.dot(d_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J4),), batch=163),
    Public("c163-vi-w1", _VI, "b163_vi", "b163_vi", "    weights_input_hidden += X.T.dot(d_hidden) * learning_rate",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J4I2),), batch=163),
    # ---- the Portuguese XOR script (four-space indentation): camelCase Portuguese names, a transposed weight named
    # apart (pesos1Transposta), the step before the rate named (pesosNovo1), momento = 1 ---------------------------
    Public("c163-pt-err", _PT, "b163_pt", "b163_pt",
           "    erroCamadaSaida = saidas - camadaSaida #calcula do erro: erro = respostaCorreta - respostaCalculada",
           ((C,),), (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=163,
           why="a trailing comment that itself holds an equation in words"),
    Public("c163-pt-ds", _PT, "b163_pt", "b163_pt", "    derivadaSaida = sigmoidDerivada(camadaSaida)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=163,
           why="the output's slope, sigmoidDerivada(sig) = sig (1 - sig) of the output, a value"),
    Public("c163-pt-do", _PT, "b163_pt", "b163_pt", "    deltaSaida = erroCamadaSaida * derivadaSaida", ((C,),),
           (Twin("value", f"-{_S2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=163,
           why="the code's delta (-dE/dz2), a value"),
    Public("c163-pt-dp", _PT, "b163_pt", "b163_pt", "    deltaSaidaVezesPeso = deltaSaida.dot(pesos1Transposta)",
           ((C,),), (Twin("value", f"-{_SA}", (f"-{_SA}",), _J3),), batch=163,
           why="pesos1Transposta = pesos1.T (the line before): -dE/d(hidden output j), a value"),
    Public("c163-pt-dh", _PT, "b163_pt", "b163_pt",
           "    deltaCamadaOculta = deltaSaidaVezesPeso * sigmoidDerivada(camadaOculta)", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J3),), batch=163),
    Public("c163-pt-n1", _PT, "b163_pt", "b163_pt", "    pesosNovo1 = camadaOcultaTransposta.dot(deltaSaida)", ((C,),),
           (Twin("value", f"-{_S2}*a1[{{j}}]", (f"-{_S2}*a1[{{j}}]",), _J3),), batch=163,
           why="-dE/dW2 (input-first), a value: the hidden outputs' column times the code's delta"),
    Public("c163-pt-w2", _PT, "b163_pt", "b163_pt",
           "    pesos1 = (pesos1 * momento) + (pesosNovo1 * taxaAprendizagem)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J3),), batch=163,
           why="momento = 1 (the script's): the weights kept whole, the step added at the rate"),
    Public("c163-pt-w1", _PT, "b163_pt", "b163_pt",
           "    pesos0 = (pesos0 * momento) + (pesosNovo0 * taxaAprendizagem)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J3I2),), batch=163,
           why="pesosNovo0 = camadaEntradaTransposta.dot(deltaCamadaOculta) (the line before, not taken), -dE/dW1"),
    # ---- the Indonesian XOR script (four-space indentation, trailing comments in Indonesian): Trask's layers
    # lapisan0 ... lapisan2, += updates with no rate ------------------------------------------------------------------
    Public("c163-id-err", _ID, "b163_id", "b163_id", "    error_lapisan2 = y - lapisan2", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=163),
    Public("c163-id-d2", _ID, "b163_id", "b163_id",
           "    delta_lapisan2 = error_lapisan2 * turunan_sigmoid(lapisan2)  # Gradien lapisan output", ((C,),),
           (Twin("value", f"-{_S2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=163,
           why="the code's delta (-dE/dz2, which the comment calls the output layer's gradient), a value"),
    Public("c163-id-e1", _ID, "b163_id", "b163_id",
           "    error_lapisan1 = delta_lapisan2.dot(bobot1.T)  # Error di lapisan tersembunyi", ((C,),),
           (Twin("value", f"-{_SA}", (f"-{_SA}",), _J4),), batch=163),
    Public("c163-id-d1", _ID, "b163_id", "b163_id",
           "    delta_lapisan1 = error_lapisan1 * turunan_sigmoid(lapisan1)  # Gradien lapisan tersembunyi", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J4),), batch=163),
    Public("c163-id-w2", _ID, "b163_id", "b163_id",
           "    bobot1 += lapisan1.T.dot(delta_lapisan2)  # Update bobot dari lapisan tersembunyi ke output", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J4),), batch=163,
           why="+= with the code's delta (-dE/dz) and no rate: the gradient step at rate 1 (the problem file's)"),
    Public("c163-id-w1", _ID, "b163_id", "b163_id",
           "    bobot0 += lapisan0.T.dot(delta_lapisan1)  # Update bobot dari input ke lapisan tersembunyi", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J4I3),), batch=163),
    # ---- the Spanish micro lab (twelve- and sixteen-space indentation): scalars and lists indexed by j, y the output
    # and esperado the target, a list comprehension, -= steps weight by weight ------------------------------------
    Public("c163-ml-ds", _ML, "b163_ml", "b163_ml", "            delta_salida = (y - esperado) * y * (1 - y)", ((C,),),
           (Twin("value", _S2, (_S2,)),), batch=163,
           why="dE/dz2 with y the output and esperado the target (half the squared error's; the steps subtract it)"),
    Public("c163-ml-dh", _ML, "b163_ml", "b163_ml",
           "            delta_oculta = [delta_salida * w_salida[j] * h[j] * (1 - h[j]) for j in range(OCULTAS)]",
           ((C,),), (Twin("value", _S1, (_S1,), _J3),), batch=163,
           why="a list comprehension over j (OCULTAS = 3): the vector of dE/dz1, entry j twinned"),
    Public("c163-ml-w2", _ML, "b163_ml", "b163_ml", "                w_salida[j] -= TASA * delta_salida * h[j]", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J3),), batch=163),
    Public("c163-ml-w10", _ML, "b163_ml", "b163_ml", "                w_oculta[j][0] -= TASA * delta_oculta[j] * x[0]",
           ((C,),), (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] - eta*{_S1}*x[0]",), _J3),), batch=163,
           why="w_oculta[j][0] the weight from x[0] into hidden unit j"),
    Public("c163-ml-w11", _ML, "b163_ml", "b163_ml", "                w_oculta[j][1] -= TASA * delta_oculta[j] * x[1]",
           ((C,),), (Twin("update", "W1[{j},1]", (f"W1[{{j}},1] - eta*{_S1}*x[1]",), _J3),), batch=163),
    Public("c163-ml-b1", _ML, "b163_ml", "b163_ml", "                b_oculta[j] -= TASA * delta_oculta[j]", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_S1}",), _J3),), batch=163),
    Public("c163-ml-b2", _ML, "b163_ml", "b163_ml", "            b_salida -= TASA * delta_salida", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_S2}",)),), batch=163),
    # ---- the Korean lesson's MLP.backward (eight-space indentation in a Markdown code block): Python's @, the ReLU's
    # slope as a comparison (z1 > 0), softmax with the cross-entropy; a trailing comment in English -----------------
    Public("c163-ko-dz2", _KO, "b163_ko", "b163_ko", "        dz2 = y_pred - y_true", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=163,
           why="softmax with the cross-entropy, as the lesson's comment says"),
    Public("c163-ko-dw2", _KO, "b163_ko", "b163_ko", "        dW2 = a1.T @ dz2", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=163),
    Public("c163-ko-db2", _KO, "b163_ko", "b163_ko", "        db2 = np.sum(dz2, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=163),
    Public("c163-ko-da1", _KO, "b163_ko", "b163_ko",
           "        da1 = dz2 @ self.W2.T  # Route output-layer error back through W2", ((C,),),
           (Twin("value", _KA, (_KA,), _J3),), batch=163, why="dL/d(hidden output j), a value"),
    Public("c163-ko-dz1", _KO, "b163_ko", "b163_ko", "        dz1 = da1 * (z1 > 0)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"({_KA})*Heaviside(z1[{{j}}])",), _J3),), batch=163,
           why="the ReLU's slope written as the comparison z1 > 0 (True as 1)"),
    Public("c163-ko-dw1", _KO, "b163_ko", "b163_ko", "        dW1 = x.T @ dz1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*({_KA})*Heaviside(z1[{{j}}])",), _J3I2),), batch=163),
    Public("c163-ko-db1", _KO, "b163_ko", "b163_ko", "        db1 = np.sum(dz1, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"({_KA})*Heaviside(z1[{{j}}])",), _J3),), batch=163),
    # ---- the Portuguese purchase-decision MLP (four-space indentation): snake_case Portuguese names, biases as rows
    # summed with keepdims, += updates at the rate --------------------------------------------------------------------
    Public("c163-fm-err", _FM, "b163_fm", "b163_fm", "    erro = Y - y_pred", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=163),
    Public("c163-fm-ds", _FM, "b163_fm", "b163_fm", "    delta_saida = erro * sigmoid_derivada(y_pred)", ((C,),),
           (Twin("value", f"-{_S2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=163),
    Public("c163-fm-dh", _FM, "b163_fm", "b163_fm",
           "    delta_oculta = delta_saida.dot(pesos_oculto_saida.T) * sigmoid_derivada(camada_oculta_output)", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _J5),), batch=163),
    Public("c163-fm-w2", _FM, "b163_fm", "b163_fm",
           "    pesos_oculto_saida += camada_oculta_output.T.dot(delta_saida) * taxa_aprendizagem", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _J5),), batch=163),
    Public("c163-fm-b2", _FM, "b163_fm", "b163_fm",
           "    bias_saida += np.sum(delta_saida, axis=0, keepdims=True) * taxa_aprendizagem", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_S2}",)),), batch=163),
    Public("c163-fm-w1", _FM, "b163_fm", "b163_fm", "    pesos_input_oculto += X.T.dot(delta_oculta) * taxa_aprendizagem",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _J5I4),), batch=163),
    Public("c163-fm-b1", _FM, "b163_fm", "b163_fm",
           "    bias_oculto += np.sum(delta_oculta, axis=0, keepdims=True) * taxa_aprendizagem", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_S1}",), _J5),), batch=163),
]
