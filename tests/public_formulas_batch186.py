r"""Batch 186 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on notebooks' and
write-ups' formulas and code commented in languages other than English; every address a stored file whose repository
the index does not name): an R lesson commented in Spanish (stored file 60262655955: demo_red_cero's backward pass,
R's <-, crossprod, outer, (Z1 > 0), two statements a line separated by ;), a Spanish BMI network (stored file
21147452609: Python lists and loops, self.pesos_entrada_oculta[i][j]+=..., a list comprehension), a Russian
code-quality network (stored file 29152531974: its one-hidden-layer branch, += updates with the rate last), a Spanish
MLP class (stored file 38178674873: lists indexed by the layer, lg[l] = (self.w[l+1].T @ lg[l+1]) * dA[l] with
trailing # comments in Spanish, self.w[l] += self.eta/batch_size * ...), a Korean script (stored file 13615891959:
after # 역전파, dL_dA2 = A2 - y, reshape(-1,1) * reshape(1,-1) outer products), bilingual course notes, English then
German (stored file 59770086314: taken from the German version, $$ displays with \boldsymbol, \odot, \boxed,
sigma'^{(L)}, and the worked example's bullets with pmatrix numbers), a Portuguese RedeNeural (stored file
1221667631: Ng's backward pass on rows with /m, ReLU and mean squared error by default) and a Portuguese
seven-segment network (stored file 12389729024: columns, output-first weights, the hidden error W^T (t - o)).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: Ng's d names as the gradients, transposed where the samples are rows, "dW2" = "grad(W2[:, :]).T"; code
deltas and errors that are -dE/dz or -dE/da written "-grad(z2[0])", "-grad(a1[:])" where the updates add them;
helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given, "sigmoid' at input" where
they compute sigmoid(x) (1 - sigmoid(x)), "relu' at input" for derivada_relu of the sums; a code's indexed names
(self.pesos_salida_oculta[i], lg[l], self.w[l+1], As[0]) given their meanings, the MLP class's lines each with the
layer its loop pass is at; the German notes' \ell the hidden layer in the recursion, 1 on a 2-2-1 network, and sigma
the sigmoid), a network of the kind the page describes (with the page's numbers where it gives them: the Korean
script's X = [0.5, 0.1], y = 1, W1, b1, W2, b2; the German example's W^{(1)} = [[0.5, -0.3], [0.8, 0.2]], W^{(2)} =
(1.0, -1.0), zero biases, x = (1, 2), y = 1, eta = 0.5; the rates the files write, 0.05, 0.1, 0.01, and 0.1 where
none is fixed; the loss each page's code implies: the binary cross-entropy for the R lesson ("entropia cruzada +
sigmoide -> dZ2 = A2 - y") and the German example, half the squared error where the code's deltas (t - o) f' are
added to the weights or where dL_dA2 = A2 - y is the only loss the script states, the mean squared error for the
Portuguese RedeNeural's default perda="mse"; all in tests/public_formulas_batch186_tables.py), and its true verdicts,
from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's
delta or error (errores_salida, deltas_salida, output_delta, hidden_error, lg[l], erro_oculta, gradiente_saida), a
derivative by an output (dL_dA2, dA1, dL_dA1) and a German worked value whose left side is a z-gradient with numbers
(delta^{(2)} = y_hat - y = -0.5729, the pmatrix chain for delta^{(1)}) are twinned as values, as in batches 14 to
183.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 186

The batch: 53 formulas from 8 addresses (the Spanish R lesson 6, the Spanish BMI network 5, the Russian network 8,
the Spanish MLP class 4, the Korean script 8, the German notes 6, the Portuguese RedeNeural 8, the Portuguese
seven-segment network 8). 6 are in documents (the German notes' 2 $$ displays and 4 bulleted inline formulas, one
bullet with two formulas), 47 in code (Python/NumPy 41, R 6, each of the R lesson's six lines two statements, so
two claims).

2 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Portuguese RedeNeural's pt-es, erro_saida = self.a2 - y: the sigmoid-cross-entropy output gradient where the
  class's default loss is perda="mse" (np.mean((y_real - y_predito) ** 2)) through the sigmoid output: dL/dz2 = 2 (a2
  - y) a2 (1 - a2) for one output and one sample (right only with perda="cross_entropy");
- the seven-segment network's br-eo, erro_oculta = np.dot(self.pesos_ho.T, erro_saida): the hidden layer's error
  taken as the output weights transposed times the output's error (t - o), without the output's slope o (1 - o),
  which the code multiplies in only afterwards, in delta_saida (the hidden error of "Make Your Own Neural Network"'s
  kind: not -dE/d(hidden outputs)).

Not mistaken, though they look it: the lines after a wrong one that use its name (pt-dw2 ... pt-b1 on erro_saida,
br-do, br-w1, br-bh on erro_oculta: right as written in the names' meanings, as Ng's d names are); the BMI network's
errores_oculta, computed in the code after the output weights' step (a slip of the statements' order: the line
itself, read in the weights it names, is -dE/d(hidden outputs)); the Korean script's dZ1 = dL_dA1 * sigmoid_derivative
(Z1), where NumPy broadcasts the column dL_dA1 (3 x 1) against the flat slope (3,) to a 3 x 3 array, and the dL_dW1
after it (the code's shapes, not the formulas' meaning); the += updates with no minus sign (the code's deltas are
-dE/dz, so the step is the gradient's); the R lesson's dZ2 = (A2 - ytr) / n, the mean's gradient over n samples;
the MLP class's lg[l] = (Y_batch - As[l]) * dA[l], the delta rule's local gradient (-dE/dz, added by self.w[l] +=).

What was left out: the R lesson's other chapters (linear regression, glmnet, the gradient descent of the normal
equation's beta, another network) and its loss line (L <- -mean(...), an expression printed, not a formula of this
network's gradient); the BMI network's forward loops and deltas_oculta.append(...) (a call, not a formula); the
Russian class's two-hidden-layer branch (the same lines again for a 3-layer network) and its forward pass; the MLP
class's activation helpers (da = alpha * a * (1 - a), da = (1 - a) * (1 + a), defined for every activation); the
Korean script's forward lines and its drawing code; the German notes' definition of delta^{(l)} with \in
\mathbb{R}^{d_l}, the componentwise sum (a three-line display ending in a comma), the boxed gradient pair joined by
\Longleftrightarrow over three lines, the softmax-cross-entropy gradient (another network), gradient descent's
theta rule and the worked update's line (its W^{(2)} step is followed on the same line by "Ein erneuter Forward Pass
ergäbe y_hat ≈ 0.55", a value after the step no problem file holds), and the English version above it (the same
formulas); the Portuguese RedeNeural's other updates (the same pattern as those taken), its loss functions and
forward pass; the seven-segment network's bias_o update and its forward pass. Pages read and not taken: stored files
of repositories earlier batches used (a Spanish Hagan exercise, a Chinese two-layer script, a German slide script,
Chinese and Turkish READMEs), a Japanese softmax script and French Obsidian notes (used by earlier batches), a
Vietnamese word2vec class (used), Portuguese classes and Octave files with the bias in the weights' first column.

Collected on 2026-12-08 (01:37 to 01:47 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
9 of 10 loaded as first written; the German notes' table declared sigma'^{(L)} and sigma' as functions ("sigmoid' at
input"), which the loader refuses for a name that is not a word, and was loaded with sigma alone. The oracle's first
run failed four German entries on the twins' form (worked numbers over an index written as a template, "={n}", where
the oracle takes the whole array, "=[-0.2721, -0.4403]"; numbers under a gradient_z twin, which the number oracle
does not evaluate, twinned as values; a value's target with brackets inside, "(W2[0]*...)[{j}]", written
"(W2.ravel()*(a2 - y)*a1*(1 - a1))[{j}]"): the twins' transcription, no verdict changed; then every verdict passed
as first transcribed (53 entries and the batch's two checks).

Run blind at main ec888f5 (/work/READY_FOR_BLIND66; src/ as at ec888f5, the collection's own start, so the rebase was
empty), with nothing under src/ changed. The first run (/work/batch186_blind.txt): 47 of 53 read with every verdict
right (89%), 6 refused, no typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal
was a slip of the notations or twins (each is a construct the reader does not take), so the batch was run once;
tests/test_public_formulas_held_out.py -k "b186-" passed after the run, check's never-wrong-called-correct test
included.

Of the 2 mistaken formulas, both were read with their wrong member called wrong: pt-es (the cross-entropy's a2 - y
under the default mean squared error) and br-eo (the hidden error W^T (t - o) without the output's slope). By page:
the Spanish R lesson 3 of 6, the Spanish BMI network 4 of 5, the Russian network 8 of 8, the Spanish MLP class 4 of
4, the Korean script 6 of 8, the German notes 6 of 6, the Portuguese RedeNeural 8 of 8, the Portuguese seven-segment
network 8 of 8.

The refusals by construct, with the exact message:

- R's base functions for products, crossprod(A, B) (= t(A) %*% B) and outer(u, v), on lines of two statements: es-dw2,
  "formula 'dW2 \\leftarrow crossprod(A1, dZ2)': a list in parentheses is not a formula at ',' (position 30); write
  one expression", and es-dw1 the same at position 31 (crossprod(Xtr, dZ1)); es-da1, "formula 'dA1 \\leftarrow
  outer(dZ2, as.numeric(W2))': unknown symbol outer; the notation knows A, W, Xtr, Z, b, dA, dW, dZ; a name of several
  letters is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "outer" = "..." (e.g. "a1[0]"); or, where it is a helper doing arithmetic on its arguments,
  declare it in the notation's functions: outer = "matrix product" (or "product" entry by entry, "sum",
  "difference", "transpose", "dot")" (the second statement of each line, db2 <- sum(dZ2), dZ1 <- dA1 * (Z1 > 0),
  db1 <- colSums(dZ1), not reached);
- a list comprehension over a class attribute's range: imc-eh, "formula 'errores_oculta=[self.pesos_salida_oculta[i]*
  deltas_salida...': a comprehension or generator over range(self.tam_oculta), which check does not run; it reads one
  over range(n), zip(a, b), enumerate(a) or a name, or write the entry's formula, name[j] = ...";
- NumPy's outer product by broadcasting a column against a row: ko-dw2, "formula 'dL_dW2 = dZ2.reshape(-1,1) *
  A1.reshape(1,-1)': .reshape(1, n), a vector's row, outside np.dot(u, v) (or u @ v), where NumPy broadcasts it
  against a column; write np.dot(u.reshape(-1, 1), v.reshape(1, -1)) for the outer product, or u^T for the vector's
  row", and ko-dw1 the same (dZ1.reshape(-1,1) * X.reshape(1,-1)).

Read, among the constructs these pages brought: R's <- with /n and two statements a line where both are read
(W2 <- W2 - eta*dW2; b2 <- b2 - eta*db2); Python lists indexed by loop letters, [i][j] and += with no spaces; a
Russian class's += with the rate last; lists indexed by the layer, lg[l+1], self.w[l+1].T, As[l-1].T with As[0] the
input, eta/batch_size and trailing # comments in Spanish; Korean dL_d names, W2.T * dZ2; $$ displays with
\boldsymbol, \odot, \boxed{\; ... \;}, {W^{(\ell+1)}}^\top and sigma'^{(L)}, bullets with two inline formulas and
pmatrix columns and matrices after \approx; Ng's backward pass on rows under Portuguese names (pt-es called wrong);
a column network's W^T (t - o) (br-eo called wrong).

Which look general: R's crossprod and outer (base R's products, as common in R write-ups as %*% and t(); a reader
that knows t(A) %*% B could take crossprod(A, B) as it), NumPy's reshape(-1,1) * reshape(1,-1) (a common way to write
the outer product; the reader refuses it on purpose, the broadcast being a shape it cannot tell from a slip), and a
comprehension over range(self.attribute) (a list's length through a class's field, common in classes written with
lists).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch186_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ES = _STORED.format(60262655955, "# src/cap13_aprendizaje.R -- fundamentos del aprendizaje automatico.",
                     "an R lesson commented in Spanish, its demo_red_cero: a ReLU-sigmoid network written by hand, "
                     "its backward pass two statements a line")
_IMC = _STORED.format(21147452609, "from mpi4py import MPI",
                      "a Spanish BMI network (RedNeuronal): Python lists and loops, += updates with the code's deltas")
_RU = _STORED.format(29152531974, "\"\"\"",
                     "a Russian code-quality network (SimpleNeuralNetwork), its one-hidden-layer backward branch")
_ML = _STORED.format(38178674873, "# Clase para Red Neuronal Multicapa",
                     "a Spanish MLP class (Angel Isaac Gomez Canales, 2024): a loop over layers l with lists w[l], "
                     "lg[l], the regla delta")
_KO = _STORED.format(13615891959, "import numpy as np",
                     "a Korean script drawing a 2-3-1 network's forward and backward passes (# 역전파), its numbers")
_DE = _STORED.format(59770086314, "# Module 05 \u2014 Machine Learning 2",
                     "bilingual course notes, English then German (deutsche Fassung), taken from the German: 1.5 "
                     "Backpropagation \u2014 die vollst\u00e4ndige Herleitung, 1.6 a worked example with numbers")
_PT = _STORED.format(1221667631, "\"\"\"",
                     "a Portuguese RedeNeural (neural_network.py): ReLU hidden units by default, a sigmoid output, "
                     "perda=\"mse\" by default")
_BR = _STORED.format(12389729024, "import numpy as np",
                     "a Portuguese seven-segment display network (RedeNeural): columns, output-first weights, the "
                     "hidden error W^T times the output's error")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))

# the Spanish R lesson's 3-4-1 network (ReLU hidden, sigmoid output, binary cross-entropy): dL/dz1[j]
_ES_D2 = "(a2[0] - y[0])"
_ES_D1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"

# the BMI network's 2-3-1 sigmoid network under half the squared error: dE/dz2, dE/dz1[j]
_IMC_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_IMC_D1 = f"{_IMC_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Russian 3-4-2 sigmoid network under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_RU_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RU_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_RU_D1 = f"({_RU_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the Spanish MLP's 2-3-1 network (ReLU hidden, logistic output, half the squared error): dE/dz2, dE/dz1[j]
_ML_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ML_D1 = f"W2[0,{{j}}]*{_ML_D2}*Heaviside(z1[{{j}}])"
_ML_W = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_ML_D1.format(j=j)}*x[{i}]"}
               for j in range(3) for i in range(2))
         + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*{_ML_D2}*a1[{j}]"} for j in range(3)))
_ML_B = (tuple({"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_ML_D1.format(j=j)}"} for j in range(3))
         + ({"p": "b2[0]", "m": f"b2[0] - eta*{_ML_D2}"},))

# the Korean 2-3-1 sigmoid network under half the squared error: dL/dz2, dL/dz1[j]
_KO_D2 = "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"
_KO_D1 = f"W2[0,{{j}}]*{_KO_D2}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))"

# the German worked example's 2-2-1 sigmoid network under the binary cross-entropy
_DE_DA = "(-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"
_DE_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"

# the Portuguese RedeNeural's 2-3-1 network (ReLU hidden, sigmoid output) under the mean squared error (one output
# and one sample: the squared error): dL/dz2, dL/dz1[j]
_PT_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PT_D1 = f"{_PT_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"

# the seven-segment network's 3-4-2 sigmoid network under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_BR_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BR_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_BR_D1 = f"({_BR_A1})*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the Spanish R lesson's demo_red_cero (four-space indentation): R's <-, crossprod, outer, colSums, (Z1 > 0)
    # for the ReLU's slope, two statements a line separated by ; ---------------------------------------------------
    Public("s86-es-dz2", _ES, "b186_es", "b186_es", "    dZ2 <- (A2 - ytr) / n", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])/1",)),), batch=186,
           why="the binary cross-entropy's mean through the sigmoid output (n = 1), as the comment above says"),
    Public("s86-es-dw2", _ES, "b186_es", "b186_es", "    dW2 <- crossprod(A1, dZ2); db2 <- sum(dZ2)", ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_ES_D2}",), _J4), Twin("gradient", "b2[0]", (_ES_D2,))),
           batch=186, why="crossprod(A1, dZ2) = t(A1) %*% dZ2; two statements on the line"),
    Public("s86-es-da1", _ES, "b186_es", "b186_es", "    dA1 <- outer(dZ2, as.numeric(W2)); dZ1 <- dA1 * (Z1 > 0)",
           ((C,), (C,)),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),
            Twin("gradient_z", "z1[{j}]", (_ES_D1,), _J4)), batch=186,
           why="dA1 the hidden outputs' gradient, a value; (Z1 > 0) the ReLU's slope"),
    Public("s86-es-dw1", _ES, "b186_es", "b186_es", "    dW1 <- crossprod(Xtr, dZ1); db1 <- colSums(dZ1)",
           ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ES_D1}",), _J4I3),
            Twin("gradient", "b1[{j}]", (_ES_D1,), _J4)),
           batch=186),
    Public("s86-es-w2", _ES, "b186_es", "b186_es", "    W2 <- W2 - eta*dW2; b2 <- b2 - eta*db2", ((C,), (C,)),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_ES_D2}",), _J4),
            Twin("update", "b2[0]", (f"b2[0] - eta*{_ES_D2}",))), batch=186),
    Public("s86-es-w1", _ES, "b186_es", "b186_es", "    W1 <- W1 - eta*dW1; b1 <- b1 - eta*db1", ((C,), (C,)),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_ES_D1}",), _J4I3),
            Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ES_D1}",), _J4)), batch=186),
    # ---- the Spanish BMI network (eight-space indentation, deeper in its loops): list indexing [i], [i][j], a list
    # comprehension, += updates with the code's deltas (-dE/dz), no spaces around = ----------------------------------
    Public("s86-imc-eo", _IMC, "b186_imc", "b186_imc", "        errores_salida=etiqueta[0]-self.salida", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=186,
           why="the output's error, target minus output, a value"),
    Public("s86-imc-ds", _IMC, "b186_imc", "b186_imc",
           "        deltas_salida=errores_salida*sigmoide_derivado(self.salida)", ((C,),),
           (Twin("value", f"-{_IMC_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=186,
           why="the code's delta (-dE/dz2), a value; sigmoide_derivado(x) = x (1 - x) taken of the output"),
    Public("s86-imc-w2", _IMC, "b186_imc", "b186_imc",
           "            self.pesos_salida_oculta[i]+=learning_rate*deltas_salida*self.salidas_oculta[i]", ((C,),),
           (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] - eta*{_IMC_D2}*a1[{{i}}]",), _I3),), batch=186,
           why="+= with the code's delta (-dE/dz2): the gradient step; i the hidden unit"),
    Public("s86-imc-eh", _IMC, "b186_imc", "b186_imc",
           "        errores_oculta=[self.pesos_salida_oculta[i]*deltas_salida for i in range(self.tam_oculta)]",
           ((C,),),
           (Twin("value", f"-{_IMC_D2}*W2[0,{{i}}]", ("W2[0,{i}]*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _I3),),
           batch=186,
           why="-dE/d(hidden output i), a value, as written in the weights it names (the code computes it after "
               "the output weights' step, a slip of the statements' order, not of the formula)"),
    Public("s86-imc-w1", _IMC, "b186_imc", "b186_imc",
           "                self.pesos_entrada_oculta[i][j]+=learning_rate*deltas_oculta[j]*entrada[i]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_IMC_D1}*x[{{i}}]",), _J3I2),), batch=186,
           why="pesos_entrada_oculta[i][j] from input i to hidden unit j; deltas_oculta[j] = -dE/dz1[j]"),
    # ---- the Russian network's one-hidden-layer branch (twelve-space indentation): .T on rows, np.dot, += updates
    # with the code's deltas times the rate, np.sum(..., axis=0, keepdims=True) for the biases ----------------------
    Public("s86-ru-oe", _RU, "b186_ru", "b186_ru", "            output_error = target - output", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=186),
    Public("s86-ru-od", _RU, "b186_ru", "b186_ru",
           "            output_delta = output_error * self.sigmoid_derivative(output)", ((C,),),
           (Twin("value", f"-{_RU_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=186,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x (1 - x) of the output"),
    Public("s86-ru-he", _RU, "b186_ru", "b186_ru",
           "            hidden_error = np.dot(output_delta, self.weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-({_RU_A1})", (f"-({_RU_A1})",), _J4),), batch=186,
           why="-dE/d(hidden output j), a value: the row output_delta times the weights transposed"),
    Public("s86-ru-hd", _RU, "b186_ru", "b186_ru",
           "            hidden_delta = hidden_error * self.activate_derivative(hidden_output)", ((C,),),
           (Twin("value", f"-{_RU_D1}", (f"-{_RU_D1}",), _J4),), batch=186,
           why="activate_derivative the sigmoid's slope of the hidden outputs under the default activation"),
    Public("s86-ru-w2", _RU, "b186_ru", "b186_ru",
           "            self.weights_hidden_output += np.dot(hidden_output.T, output_delta) * self.learning_rate",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_RU_D2}*a1[{{j}}]",), _K2J4),),
           batch=186, why="+= of the code's deltas times the rate, the rate last"),
    Public("s86-ru-w1", _RU, "b186_ru", "b186_ru",
           "            self.weights_input_hidden += np.dot(inputs.T, hidden_delta) * self.learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_RU_D1}*x[{{i}}]",), _J4I3),), batch=186),
    Public("s86-ru-b2", _RU, "b186_ru", "b186_ru",
           "            self.bias_output += np.sum(output_delta, axis=0, keepdims=True) * self.learning_rate", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_RU_D2}",), _K2),), batch=186),
    Public("s86-ru-b1", _RU, "b186_ru", "b186_ru",
           "            self.bias_hidden += np.sum(hidden_delta, axis=0, keepdims=True) * self.learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_RU_D1}",), _J4),), batch=186),
    # ---- the Spanish MLP class (deep indentation, a loop over l): lists indexed by the layer, @ on columns,
    # trailing # comments in Spanish, += with eta/batch_size --------------------------------------------------------
    Public("s86-ml-lo", _ML, "b186_ml", "b186_ml_o",
           "                        lg[l] = (Y_batch - As[l]) * dA[l]  # gradiente local capa salida", ((C,),),
           (Twin("value", f"-{_ML_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=186,
           why="the output layer's local gradient (-dE/dz2: the regla delta adds it), a value; dA[l] the logistic's "
               "slope there"),
    Public("s86-ml-lh", _ML, "b186_ml", "b186_ml_h",
           "                        lg[l] = (self.w[l+1].T @ lg[l+1]) * dA[l]  # gradiente local capa oculta",
           ((C,),), (Twin("value", f"-{_ML_D1}", (f"-{_ML_D1}",), _J3),), batch=186,
           why="the hidden layer's local gradients (-dE/dz1), a value; dA[l] the ReLU's slope"),
    Public("s86-ml-w", _ML, "b186_ml", "b186_ml_u",
           "                    self.w[l] += self.eta/batch_size * (lg[l] @ As[l-1].T)", ((C,),),
           (Twin("update", "{p}", ("{m}",), _ML_W),), batch=186,
           why="both layers' weights (As[0] the input); += of the local gradients (-dE/dz): the step at eta"),
    Public("s86-ml-b", _ML, "b186_ml", "b186_ml_u",
           "                    self.b[l] += self.eta/batch_size * np.sum(lg[l], axis=1, keepdims=True)", ((C,),),
           (Twin("update", "{p}", ("{m}",), _ML_B),), batch=186, why="both layers' biases, the sum over the columns"),
    # ---- the Korean script (no indentation, after # 역전파): Ng-like names with dL_d prefixes, reshape(-1,1) *
    # reshape(1,-1) for the outer products, sigmoid_derivative of the sums ------------------------------------------
    Public("s86-ko-da2", _KO, "b186_ko", "b186_ko", "dL_dA2 = A2 - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=186,
           why="the derivative by the output under half the squared error (the script names no loss; this line "
               "is its loss's), a value"),
    Public("s86-ko-dz2", _KO, "b186_ko", "b186_ko", "dZ2 = dL_dA2 * sigmoid_derivative(Z2)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_KO_D2,)),), batch=186),
    Public("s86-ko-dw2", _KO, "b186_ko", "b186_ko", "dL_dW2 = dZ2.reshape(-1,1) * A1.reshape(1,-1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_KO_D2}*a1[{{j}}]",), _J3),), batch=186,
           why="a column times a row, the outer product"),
    Public("s86-ko-db2", _KO, "b186_ko", "b186_ko", "dL_db2 = dZ2", ((C,),),
           (Twin("gradient", "b2[0]", (_KO_D2,)),), batch=186),
    Public("s86-ko-da1", _KO, "b186_ko", "b186_ko", "dL_dA1 = W2.T * dZ2", ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_KO_D2}", (f"W2[0,{{j}}]*{_KO_D2}",), _J3),), batch=186,
           why="the hidden outputs' gradient, a value (a column: W2 transposed times the one number dZ2)"),
    Public("s86-ko-dz1", _KO, "b186_ko", "b186_ko", "dZ1 = dL_dA1 * sigmoid_derivative(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KO_D1,), _J3),), batch=186,
           why="the entrywise product (NumPy broadcasts the column dL_dA1 against the flat Z1's slope to a 3 x 3 "
               "array: the code's shapes, not the formula's meaning)"),
    Public("s86-ko-dw1", _KO, "b186_ko", "b186_ko", "dL_dW1 = dZ1.reshape(-1,1) * X.reshape(1,-1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_KO_D1}*x[{{i}}]",), _J3I2),), batch=186),
    Public("s86-ko-db1", _KO, "b186_ko", "b186_ko", "dL_db1 = dZ1", ((C,),),
           (Twin("gradient", "b1[{j}]", (_KO_D1,), _J3),), batch=186),
    # ---- the German notes (Markdown, $$ displays and bulleted inline formulas): bold vectors, \odot, \boxed, a
    # prime with the layer's superscript, \top, pmatrix numbers, \approx ---------------------------------------------
    Public("s86-de-dl", _DE, "b186_de", "b186_de",
           r"$$\boldsymbol{\delta}^{(L)} = \frac{\partial \mathcal{L}}{\partial \mathbf{a}^{(L)}} \odot "
           r"\sigma'^{(L)}\big(\mathbf{z}^{(L)}\big),$$", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_DE_DA}*a2[0]*(1 - a2[0])",)),), batch=186,
           why="the output layer's error signal (L = 2), the binary cross-entropy's derivative through the sigmoid's "
               "slope; the display's trailing comma"),
    Public("s86-de-rec", _DE, "b186_de", "b186_de",
           r"$$\boxed{\;\boldsymbol{\delta}^{(\ell)} = \Big( {W^{(\ell+1)}}^\top \boldsymbol{\delta}^{(\ell+1)} "
           r"\Big) \odot \sigma'\big(\mathbf{z}^{(\ell)}\big)\;}$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DE_D1,), _J2),), batch=186,
           why="the recursion at the hidden layer (l = 1), boxed; {W^{(l+1)}}^\\top the transpose in braces"),
    Public("s86-de-d2", _DE, "b186_de", "b186_de",
           r"- Für Sigmoid + BCE gilt (gleiche Rechnung wie Softmax+CE): $\delta^{(2)} = \hat y - y = -0.5729$.",
           ((C, C),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=-0.5729")),), batch=186,
           why="dL/dz2 under the binary cross-entropy, a value: y_hat = sigma(-0.2935) = 0.4271, y = 1 (the "
               "example's numbers)"),
    Public("s86-de-gw2", _DE, "b186_de", "b186_de",
           r"- $\nabla_{W^{(2)}}\mathcal{L} = \delta^{(2)} {\mathbf{a}^{(1)}}^\top \approx (-0.2721,\; -0.4403)$, "
           r"$\nabla_{b^{(2)}}\mathcal{L} = -0.5729$.", ((C, C), (C,)),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]", "=[-0.2721, -0.4403]"), _J2),
            Twin("gradient", "b2[0]", ("=-0.5729",))), batch=186,
           why="two formulas on the bullet; the gradient a row in parentheses"),
    Public("s86-de-d1", _DE, "b186_de", "b186_de",
           r"- $\boldsymbol{\delta}^{(1)} = \big({W^{(2)}}^\top \delta^{(2)}\big) \odot "
           r"\mathbf{a}^{(1)}\odot(1-\mathbf{a}^{(1)}) \approx \begin{pmatrix}-0.5729 \\ +0.5729\end{pmatrix} "
           r"\odot \begin{pmatrix}0.2494 \\ 0.1779\end{pmatrix} \approx \begin{pmatrix}-0.1429 \\ "
           r"0.1019\end{pmatrix}$", ((C, C, C),),
           (Twin("value", "(W2.ravel()*(a2 - y)*a1*(1 - a1))[{j}]",
                 (_DE_D1, "=[-0.5729*0.2494, 0.5729*0.1779]", "=[-0.1429, 0.1019]"), _J2),), batch=186,
           why="the hidden error signal (dL/dz1, a value) with the sigmoid's slope written of the outputs, then in "
               "numbers as columns"),
    Public("s86-de-gw1", _DE, "b186_de", "b186_de",
           r"- $\nabla_{W^{(1)}}\mathcal{L} = \boldsymbol{\delta}^{(1)}\mathbf{x}^\top \approx \begin{pmatrix} "
           r"-0.1429 & -0.2858 \\ 0.1019 & 0.2038 \end{pmatrix}$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_DE_D1}*x[{{i}}]", "=[[-0.1429, -0.2858], [0.1019, 0.2038]]"),
                 _J2I2),), batch=186),
    # ---- the Portuguese RedeNeural (eight-space indentation): Ng's backward pass on rows with /m, the sigmoid-
    # cross-entropy output gradient kept under the default mean squared error: one slip -----------------------------
    Public("s86-pt-es", _PT, "b186_pt", "b186_pt", "        erro_saida = self.a2 - y", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=186,
           why="the cross-entropy's output gradient under the default perda=\"mse\" through the sigmoid output: "
               "dL/dz2 = 2 (a2 - y) a2 (1 - a2) (the code's slip; right only with perda=\"cross_entropy\")"),
    Public("s86-pt-dw2", _PT, "b186_pt", "b186_pt", "        dw2 = np.dot(self.a1.T, erro_saida) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_PT_D2}/1",), _J3),), batch=186,
           why="erro_saida the output sum's gradient, as the line uses it; right as written in it"),
    Public("s86-pt-db2", _PT, "b186_pt", "b186_pt", "        db2 = np.sum(erro_saida, axis=0, keepdims=True) / m",
           ((C,),), (Twin("gradient", "b2[0]", (f"{_PT_D2}/1",)),), batch=186),
    Public("s86-pt-eo", _PT, "b186_pt", "b186_pt",
           "        erro_oculta = np.dot(erro_saida, self.pesos_oculta_saida.T) * self.derivada_ativacao(self.z1)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_PT_D1,), _J3),), batch=186,
           why="derivada_relu of the sums under the default ativacao=\"relu\""),
    Public("s86-pt-dw1", _PT, "b186_pt", "b186_pt", "        dw1 = np.dot(X.T, erro_oculta) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_PT_D1}/1",), _J3I2),), batch=186),
    Public("s86-pt-db1", _PT, "b186_pt", "b186_pt", "        db1 = np.sum(erro_oculta, axis=0, keepdims=True) / m",
           ((C,),), (Twin("gradient", "b1[{j}]", (f"{_PT_D1}/1",), _J3),), batch=186),
    Public("s86-pt-w2", _PT, "b186_pt", "b186_pt", "        self.pesos_oculta_saida -= taxa_aprendizado * dw2",
           ((C,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_PT_D2}",), _J3),), batch=186),
    Public("s86-pt-b1", _PT, "b186_pt", "b186_pt", "        self.bias_oculta -= taxa_aprendizado * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_PT_D1}",), _J3),), batch=186),
    # ---- the Portuguese seven-segment network (eight-space indentation): columns, the hidden error taken as the
    # output weights transposed times the output's error, without the output's slope: one slip ----------------------
    Public("s86-br-es", _BR, "b186_br", "b186_br", "        erro_saida = targets - saida_final", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=186),
    Public("s86-br-eo", _BR, "b186_br", "b186_br", "        erro_oculta = np.dot(self.pesos_ho.T, erro_saida)",
           ((W,),), (Twin("value", f"-({_BR_A1})", ("W2[0,{j}]*(y[0] - a2[0]) + W2[1,{j}]*(y[1] - a2[1])",), _J4),),
           batch=186,
           why="the hidden layer's error (-dE/d(hidden output j)) is sum_k W2[k,j] (t_k - o_k) o_k (1 - o_k): the "
               "output's slope is missing (the code multiplies by it only afterwards, in delta_saida; the code's "
               "slip)"),
    Public("s86-br-gs", _BR, "b186_br", "b186_br", "        gradiente_saida = self.sigmoid_derivada(saida_final)",
           ((C,),), (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=186,
           why="the sigmoid's slope written of the output, a value"),
    Public("s86-br-ds", _BR, "b186_br", "b186_br", "        delta_saida = erro_saida * gradiente_saida", ((C,),),
           (Twin("value", f"-{_BR_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=186,
           why="the code's delta (-dE/dz2), a value"),
    Public("s86-br-do", _BR, "b186_br", "b186_br", "        delta_oculta = erro_oculta * gradiente_oculta", ((C,),),
           (Twin("value", f"-{_BR_D1}", (f"-{_BR_D1}",), _J4),), batch=186,
           why="erro_oculta the hidden layer's error as named (-dE/d(hidden outputs)); right as written in it"),
    Public("s86-br-w2", _BR, "b186_br", "b186_br",
           "        self.pesos_ho += self.taxa_aprendizado * np.dot(delta_saida, saida_oculta.T)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_BR_D2}*a1[{{j}}]",), _K2J4),), batch=186),
    Public("s86-br-w1", _BR, "b186_br", "b186_br",
           "        self.pesos_ih += self.taxa_aprendizado * np.dot(delta_oculta, entradas.T)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_BR_D1}*x[{{i}}]",), _J4I3),), batch=186,
           why="delta_oculta the hidden sums' -dE/dz, as named; right as written in it"),
    Public("s86-br-bh", _BR, "b186_br", "b186_br", "        self.bias_h += self.taxa_aprendizado * delta_oculta",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_BR_D1}",), _J4),), batch=186),
]
