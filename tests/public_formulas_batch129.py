r"""Batch 129 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (pages and code in languages other than English, the brief's
emphasis; none of them in /work/used_urls.txt or /work/used_ids.txt, each appended to /work/claimed_urls.txt when
taken): three Indonesian exam questions of dudung/soal (a Jekyll site of physics questions, FI3201 2020-2), their
sources read in the repository (https://github.com/dudung/soal: 0228, _posts/0/22/2021-04-14-intro-to-ann-8.md at
commit 0f1bbf7, five <li>$...$. choices of a feedforward network's relations "kecuali", all but one; 0229,
intro-to-ann-9.md at 18f9bda, five \displaystyle updates w_{11}^+ = ... "yang tidak tepat", the wrong one asked for;
0230, _posts/0/23/2021-04-14-ann-training-0.md at 5a1367e, its derivation in eqnarray lines with \label{...} before
and \newline after, ^{(k)} the datum, Kronecker's \delta_{i1}, and the same file at 5d72b6a, an earlier draft of
2021-04-14 17:53 writing I_1, I_2 for the inputs); two Persian pages of mehrdad-dev/ml-andrew-ng-code on Andrew Ng's week 5 (content/week5/
backpropagation.md at 85d48df and backpropagation-2.md at 0f1af7c: $$ on lines of their own around Ng's \Theta ^
{(l)}, Octave's .* between \hspace{0.2cm}s, \ast, subscripts after a space, \delta^{(2)} _2); and six files the code
corpus stores without naming their repositories, found there by their own words after the pages corpus had given the
brief's kinds of pages only from their beginnings and most repositories the code corpus names were in
/work/used_urls.txt: a Spanish XOR script (stored file 31231514951: capa2_error = costo(capa2, Y), W1 += tasa *
np.dot(capa0.T, capa1_delta)), a Spanish class backpropagation (stored file 750466601: loops over neuron objects,
error_neurona_capa_salida = (1 - activacion)*(salida - activacion)), a Portuguese MLP class commented line by line
(stored file 30413603253: erro_saida, delta_saida, d_pesos_oculta_saida, np.sum(..., axis=0, keepdims=True), +=
updates with the rate after the product), a Portuguese MLP(object) (stored file 2519701608: output-first pesos,
np.dot(delta_saida[:,None], np.transpose(self.camada_oculta[:,None]))), a Fortran module mod_redes_neurais commented in
Portuguese (stored file 53875190705: delta_saida(i) = 2.0_dp * (y_out(i) - y_true(i)) / REAL(n_saida, dp),
DOT_PRODUCT(camada2%pesos(:,j), delta_saida), whole-array bias updates) and Italian Markdown notes on 3Blue1Brown's
chapter (stored file 42456779040: formulas inside bullets' sentences without delimiters, z^(L) = w^(L)*a^(L-1) +
b^(L), sigma( z^(L) )). Copied verbatim (the stored files' text as read_file gives it, indentation kept), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: the exam's w_{ij} into hidden neuron i from input j, "w_{ij}" = "W1[i-1, j-1]", u_{1j} into the output,
x_i^{(k)} with the datum's k literal, \varepsilon and \varepsilon_k the loss, v_{ij} "a weight" named as the w's on
which its update rule is checked; Ng's "\\Theta_{ij}^{(l)}" = "W{l}[i-1, j-1]" and "\\delta_{j}^{(l)}" =
"delta{l-1}[j-1]" with layer 1 the input, functions = { g = "sigmoid", "h_{\\Theta}" = "layer" }, loss = ["cost"];
NumPy rows named "x[:].T", input-first weights "W1[:, :].T", code deltas that are -dE/dz "-delta2[:].T" where the
updates add them, costo declared "-half_squared_error' by output(prediction, target)", helpers "sigmoid' at output"
or "sigmoid' at input" as they are taken; the Spanish class's loops with one notation each, a loop's scalar names
with the loop's index in their meanings; the Fortran arrays named whole, "y_out" = "a2[:]", since the notation
format takes no pattern y_out(i) (a name with an underscore before its index); the Italian levels counted from 0,
"a^{(l)}" = "a{l}[0]" with L = 3), a network of the kind the page describes (the exam's 2-2-1 sigmoid network
without biases under half the squared error; Ng's 2-2-2-1 sigmoid network with biases under the logistic cost; the
rates the code writes, 1.0, 0.2, 0.1; all in tests/public_formulas_batch129_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's or a
page's delta or error (capa2_d, erro_saida, delta^(L)), minus a gradient (d_pesos_oculta_saida), a derivative of an
output by a weight (0230's \partial O_1^{(k)} / \partial u_{ij}) and a loss's definition (C_0, cost(t)) are twinned
as values, as in batches 14 to 128. Formulas keep their page's delimiters and what surrounds them on their line (an
<li> and the full stop after $...$, an eqnarray line's \label and \newline, a bullet's sentence, a line's
indentation); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 129

The batch: 54 formulas from 12 addresses (dudung/soal 0228 5, 0229 5, 0230 at 5a1367e 7 and at 5d72b6a 1; the
Persian backpropagation.md 3 and backpropagation-2.md 4; the Spanish XOR script 6, the Spanish class 2, the
Portuguese MLP class 8, the Portuguese MLP(object) 6, the Fortran module 4, the Italian notes 3). 28 are in documents
(the exam's 18 in HTML list items, equation and eqnarray lines, Ng's 7 in $$ displays, the Italian 3 in bullets), 26
in code files (Python 20, Fortran 4, two of the Python ones Spanish loops over neuron objects).

8 are mistaken somewhere (the oracle finds at least one member wrong; the first commit's message said 7, a miscount
of this list), and 1 is mistyped:

- 0228's y9-j8-e, z_1 = f(w_{11} y_1 + w_{12} y_2): the hidden weights w where the output's u belong (the question's
  wrong choice, the one it asks the student to find);
- 0229's y9-j9-e, w_{11}^+ = u_{11} - \eta \frac{\partial \epsilon}{\partial u_{11}}: w_11's new value written as
  u_11's step (the question's wrong choice);
- 0230 at 5d72b6a, y9-j0-on, O_1^{(k)} = f\left[ u_{11} f(w_{11} I_1^{(k)} + u_{12} I_2^{(k)}) + ... \right]: u_{12}
  I_2 inside the first hidden neuron's sum where w_{12} I_2 was meant (the draft's slip, gone from the later
  commits, which write the output's equations one by one; 0228's choice D writes the same output right);
- Ng's cost(t) = y^{(t)} \log(h_\Theta(x^{(t)})) + (1 - y^{(t)}) \log(1 - h_\Theta(x^{(t)})), y9-ng-cost: the logistic
  cost without its minus sign (Ng's slide's slip, copied; the J(\Theta) recalled just above has it);
- Ng's \delta^{(2)} _2 = \Theta ^ {(2)} _{12} \ast \delta^{(3)} _1 + \Theta ^ {(2)} _{22} \ast \delta^{(3)} _2 and
  \delta ^ {(3)} _2 = \Theta ^ {(3)} _{12} \ast \delta^{(4)} _1 (y9-ng-d22, y9-ng-d32): the next layer's deltas
  weighted without the slope g'(z) (the lecture's picture, copied, where the page defines delta as dcost/dz just
  above);
- the Spanish class's error_neurona_capa_salida = (1 - activacion)*(salida - activacion) and
  error_neurona_capa_oculta = (1 - activacion_capa_oculta) * error_retropropagado (y9-neu-eo, y9-neu-eh): the
  sigmoid's slope written (1 - a) where a (1 - a) is meant;
- mistyped (unreadable): Ng's \delta^{(l)} _j = \frac{\delta}{\delta z_j ^{(l)}} cost(t), y9-ng-def: \delta where
  \partial was meant, in the numerator and the denominator (Ng's slide's typo, copied; unreadable="\frac{\delta}
  {\delta z_j ^{(l)}}").

Not mistaken, though they look it: the Fortran delta_hidden(j) = DOT_PRODUCT(...) * drelu(h_out(j)), drelu taken of
the hidden OUTPUT relu(z), which is 1 where z > 0 and 0 elsewhere, as relu'(z) is (no slip for the ReLU; the twin
writes it at z); the exam's v_{ij} update over "any weight" (checked on the hidden w's, which the notation names);
the Spanish XOR script's tasa_de_aprendizaje = 1.0 (the file's rate, twinned with eta); the Portuguese class's
printed Erro (np.mean of the squares) where the steps are half the squared error's; the updates with += (the codes'
deltas are -dE/dz); Ng's \delta^{(L)} = a^{(L)} - y (right for the sigmoid under the logistic cost).

What was left out: 0228's and 0229's question text; 0229's \frac{\partial \epsilon}{\partial w_{11}} = 0, ... (the
conditions of a minimum "bila memungkinan", if possible, not identities); 0230's \varepsilon = \sum ... and \partial
f(x) / \partial x = f(x)[1 - f(x)] (the loss's and the activation's definitions as the exam states them), its
\frac{\partial \varepsilon}{\partial w_{ij}} = \sum_{k = 1}^N ... and dy2 lines (the sum over the data and the same
rule at y_2), its equations E1 ... E6 (expressions without a left side, named only by the choices' sentences) and the
choices' sentences ("\frac{\partial \varepsilon_k}{\partial w_{22}} dihitung menggunakan Persamaan ...", a claim about
which equation computes what, in words); the Persian g'(u) = g(u) .* (1 - g(u)) (the activation's slope, a function's
definition), J(\Theta) with its regularization and \frac{\partial}{\partial \Theta_{i,j}^{(l)}} J(\Theta) alone (no
equation); the Spanish script's sigmoid and forward lines and its prediction loop (W1.T applied to a row); the Spanish
class's running sums, its error_retropropagado = neurona_salida.error * peso (a product of two neuron objects'
fields inside nested loops whose sum, sumatoria += neurona_salida.error * neurona_salida.errores_retropropagados[i],
multiplies the error in twice: a slip of the code's, but no line a notation can give a meaning) and its
nuevos_pesos.append(peso_actual + ...) updates (method calls); the Portuguese class's other two gradients and two
updates (the same lines at the other layer) and its forward lines; the Portuguese MLP(object)'s forward lines; the
Fortran module's grad_pesos lines (running sums with lambda_reg * pesos, an L2 term the problem file has no loss
for) and its pesos updates (which carry that term), its forward and Xavier lines; the Italian notes' other formulas
(images). Pages read and not taken: a Portuguese Rust article (ezancanaro/NeuralNetwork_rs, a Gemini conversation
whose δ=(A−Y)⊙ReLU′(Z) is argued over, not stated), Turkish notes on derivatives of d = a*b + c (micrograd's
graph, no network), Turkish TensorFlow notes (no formula), an Italian script's comments (no formula), and many
candidates earlier batches held (webmastervetea, ahoehn, KI-Vorlesung, Lee-keonhee, RoyKwonn, Quargam, tesserato,
fransis96jst and others: repositories in /work/used_urls.txt).

Collected on 2026-12-07 (04:56 to 05:06 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, with its network's problem) before the run, without judging a formula: 11
of the 12 loaded as first written; the Fortran one was refused by the loader, for the format, not a meaning:
"y_out(i)" ("is not one symbol: y with two index groups, y_{out} and (i)"); it names the arrays whole ("y_out" =
"a2[:]", "delta_saida" = "delta2[:]") instead. The oracle's first run passed every verdict as first transcribed (all
54). The entries of the two repositories were checked against their files at the cited commits (the repositories
fetched, git show: all 25 found verbatim; the commits' dates showed 5d72b6a to be 0230's draft, 5a1367e its last
fix), the stored files' lines spot-checked with find_string (the double spaces of W2 +=  tasa_de_aprendizaje and
camada1%bias  =, the twenty-space indentation of the Spanish class).

Run blind at main c836528 (/work/READY_FOR_BLIND51; src/ as at 7cb3588, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch129_blind.txt): 41 of 54 read with every
verdict right (76%), 12 refused, 1 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. One refusal was a gap of the Persian notation: it named Ng's \delta_j^{(l)} and \Theta_{ij}^{(l)} unit by
unit but z^{(l)} and a^{(l)} only whole, where the page writes z_j ^{(l)} (the typo y9-ng-def was refused at it:
"z_{j}^{l} matches none of the notation's patterns for z ('z^{(l)}')"). The notation was fixed once ("a_{j}^{(l)}" =
"a{l-1}[j-1]", "z_{j}^{(l)}" = "z{l-1}[j-1]") and the batch run again (/work/batch129_blind_second.txt): 41 of 54
read with every verdict right (76%), 12 refused, 1 typo READ (y9-ng-def, got correct), no misreading, no crash, no
wrong formula called correct. The typo read is check reading \frac{\delta}{\delta z_j ^{(l)}} cost(t) as the
derivative of the cost by z_j^{(l)}, \delta for \partial, which is right as the page means it (delta as dcost/dz); batch
20's \frac{\delta}{\delta w} ln(f(x)) was read the same way and judged, so calling this entry mistyped was the
collector's misjudgment, not check's: it stays as committed before the run (unreadable), for the lead to turn into a
read entry (a value twin: delta{l-1}[j-1] = dcost/dz, correct) if the precedent holds.

Of the 8 mistaken formulas, 7 were read with their wrong member called wrong (0228's and 0229's wrong choices, Ng's
cost(t) without its minus sign and his two deltas without the slope, the Spanish class's two (1 - a) slopes); the
draft's y9-j0-on was refused at f\left[ (below), not called correct. By page: 0228 4 of 5, 0229 5 of 5, 0230 at
5a1367e 1 of 7, its draft at 5d72b6a 0 of 1, the Persian backpropagation.md 3 of 3, backpropagation-2.md 3 of 4 (its
typo refused, then read), the Spanish XOR script 6 of 6, the Spanish class 2 of 2, the Portuguese MLP class 8 of 8,
the Portuguese MLP(object) 4 of 6, the Fortran module 2 of 4, the Italian notes 3 of 3.

The refusals by construct (12, the same in both runs, and the typo's), with the exact message:

- 5, an eqnarray line ending in a comma and \newline (the derivation's lines, \label{...} before): y9-j0-o: "formula
  'O_1^{(k)} = f(u_{11} y_1^{(k)} + u_{12} y_2^{(k)}), \\newline': unexpected at ',' (position 51); a comma after a
  member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)"
  (y9-j0-dek, y9-j0-dou, y9-j0-dow, y9-j0-dy1 the same at their commas); the eqnarray's last line, ending in a comma
  alone, y9-j0-y2, was read;
- 2, a declared function applied with square brackets (f[...] and f\left[ ... \right], f declared the sigmoid and
  read as f(...) in the same pages): y9-j8-d: "formula 'f[u_{11}f(w_{11}x_1+w_{12}x_2)+u_{12}f(w_{21}x_1+w_{22}x_2)]':
  unknown name 'f'; this network has x[i] (i < 2), W1[j,i] (j < 2, i < 2), z1[j], a1[j], delta1[j] (j < 2), W2[j,i] (j <
  1, i < 2), z2[j], a2[j], delta2[j] (j < 1), y[j] (j < 1), eta"; y9-j0-on (the mistaken one): "formula 'O_1^{(k)} = f
  [ u_{11} f(w_{11} I_1^{(k)} + u_{12} I_2^{(...': unknown symbol f; the notation knows I, O, u, w; give it a meaning in
  the notation's [notation.symbols], e.g. "f" = "a1[0]"";
- 2, NumPy's new axis [:,None] inside an outer product np.dot(delta_saida[:,None],
  np.transpose(self.camada_oculta[:,None])): y9-mlp2-w2: "formula 'self.pesos_oculta_saida += self.taxaDeAprendizado *
  np.do...': unexpected at ':' (position 72)" (y9-mlp2-w1 the same at position 75);
- 1, a superscript ^{\rm (new)} for the changed weight: y9-j0-v: "formula 'v_{ij}^{\\text^{new}} = v_{ij} - \\eta
  \\frac{\\partial \\vare...': v_{ij}^{\text^{new}} matches none of the notation's patterns for v ('v_{ij}')" (\rm
  taken as \text with the parenthesized word as its superscript);
- 1, Fortran's kind suffix on a literal, 2.0_dp (with REAL(n_saida, dp) after it): y9-f90-ds: "formula
  'delta_saida(i) = 2.0_dp * (y_out(i) - y_true(i)) / REAL(n...': unexpected at '_' (position 21)";
- 1, Fortran's intrinsic DOT_PRODUCT of a column section and a vector: y9-f90-dh: "formula 'delta_hidden(j) =
  DOT_PRODUCT(camada2.pesos(:,j), delta_s...': DOT_PRODUCT(...) is a function the notation does not name at 'D'
  (position 19); name it there: functions = { DOT_PRODUCT = "relu" } for an activation, { DOT_PRODUCT = "relu' at
  input" } (or at output) for its derivative, loss = ["DOT_PRODUCT"] for the loss, or { DOT_PRODUCT = "matrix product"
  } for a helper's arithmetic (or "product", "sum", "difference", "dot", "outer product", "transpose")" (docs say
  Fortran's intrinsics such as matmul are read without a declaration);
- the typo, first run: y9-ng-def, "formula '\\delta^{(l)} _j = \\frac{\\delta}{\\delta z_j ^{(l)}} cost(t)': z_{j}^{l}
  matches none of the notation's patterns for z ('z^{(l)}')" (which blind_batch.py reports as not naming it: the
  notation's gap, above); second run, read and called correct.

Read, among the constructs these pages brought: HTML list items <li>$...$. with \displaystyle and ^+ for the changed
weight; an equation environment's line ending in a comma; Ng's spaced superscripts \delta ^{(L)} and \Theta ^
{(l)}, Octave's .* between \hspace{0.2cm}s, {g}' (z^{(l)}), \ast and subscripts after a space (\delta^{(2)} _2), cost(t)
as the loss's name with its argument and h_\Theta(x^{(t)}) as the network's output; a Spanish helper costo(prediccion,
real) declared as minus the loss's derivative, sigmoid_derivative of outputs and += updates with doubled spaces;
scalar loop names of a Spanish class of neuron objects (both of its slips called wrong); Portuguese dotted names
(self.z_saida, MLP.derivada_sigmoide), np.sum(..., axis=0, keepdims=True), += with the rate after the product, 1-D
np.dot with output-first weights; Fortran's % components in whole-array updates with doubled spaces; Italian bullets
whose formula follows a sentence and a colon, ^(L) in parentheses, sigma( z^(L) ) in words.

Which look general (would appear in much homework): LaTeX derivations in eqnarray or align whose lines end in a comma
before \newline or \\ (the comma alone is read, the comma and the line break not); a function applied with square
brackets, f[...] and f\left[ ... \right] (physics' and Mathematica's habit); NumPy's new axis [:,None] (x[:, None],
x[None, :]) in students' outer products; Fortran's kind suffixes (1.0_dp, 2.0d0's kin) and DOT_PRODUCT. Page-specific:
^{\rm (new)}, the old TeX font switch in a superscript.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch129_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_SOAL = "https://github.com/dudung/soal ({}, commit {})"
_JST8 = _SOAL.format("_posts/0/22/2021-04-14-intro-to-ann-8.md", "0f1bbf7")
_JST9 = _SOAL.format("_posts/0/22/2021-04-14-intro-to-ann-9.md", "18f9bda")
_JST0 = _SOAL.format("_posts/0/23/2021-04-14-ann-training-0.md", "5a1367e")
_JST0N = _SOAL.format("_posts/0/23/2021-04-14-ann-training-0.md", "5d72b6a")
_NG1 = "https://github.com/mehrdad-dev/ml-andrew-ng-code (content/week5/backpropagation.md, commit 85d48df)"
_NG2 = "https://github.com/mehrdad-dev/ml-andrew-ng-code (content/week5/backpropagation-2.md, commit 0f1af7c)"
_XOR = _STORED.format(31231514951, "import numpy as np",
                      "a Spanish XOR script: capa1 = sigmoid(np.dot(capa0, W1)), costo(prediccion, real) and += updates")
_NEU = _STORED.format(750466601, "import numpy as np",
                      "a Spanish class neurona and class backpropagation: loops over the neurons with error terms and "
                      "nuevos_pesos lists")
_MLP = _STORED.format(30413603253, "import numpy as np # Importa a biblioteca NumPy para operações numéricas "
                      "eficientes.", "a Portuguese MLP class commented line by line: feedforward, backpropagation, "
                      "update_weights")
_MLP2 = _STORED.format(2519701608, "import numpy as np",
                       "a Portuguese MLP(object): feedForward and backPropagation with output-first pesos")
_F90 = _STORED.format(53875190705, "!" + "=" * 78,
                      "a Fortran module mod_redes_neurais commented in Portuguese: dense layers, backprop_2camadas")
_IT = _STORED.format(42456779040, "## Caso semplificato",
                     "Italian Markdown notes on 3Blue1Brown's backpropagation chapter, their formulas in bullets")


def _rows(make, **sizes) -> tuple:
    """Every combination of the letters' values, each row completed by make(row): a dict of its expressions."""
    rows = [{}]
    for letter, values in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in values]
    return tuple({**row, **make(**row)} for row in rows)


def _kd(a: int, b: int) -> int:
    return 1 if a == b else 0


# ---- dudung/soal's 2-2-1 sigmoid network without biases, half the squared error ---------------------------------------
_JD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _jw2(j: int) -> str:
    return f"{_JD}*a1[{j}]"


def _jw1(i: int, j: int) -> str:
    return f"{_JD}*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])*x[{j}]"


def _dy(i: int, j: int, unit: int) -> str:
    """dy_unit/dw_ij of the page (1-based), written out."""
    return f"a1[{unit - 1}]*(1 - a1[{unit - 1}])*x[{j - 1}]" if i == unit else "0"


_O1 = "sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1])"
_JST_DEK = _rows(lambda i, j: {"p": f"W1[{i - 1},{j - 1}]",
                               "m": f"-(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{i - 1}]*a1[{i - 1}]*(1 - a1[{i - 1}])"
                                    f"*x[{j - 1}]"}, i=(1, 2), j=(1, 2))
_JST_DOU = _rows(lambda i, j: {"t": f"a2[0]*(1 - a2[0])*a1[{j - 1}]",
                               "m": f"{_O1}*(1 - {_O1})*({_kd(i, 1) * _kd(j, 1)}*a1[0] + {_kd(i, 1) * _kd(j, 2)}*a1[1])"},
                 i=(1,), j=(1, 2))
_JST_DOW = _rows(lambda i, j: {"t": f"a2[0]*(1 - a2[0])*W2[0,{i - 1}]*a1[{i - 1}]*(1 - a1[{i - 1}])*x[{j - 1}]",
                               "m": f"{_O1}*(1 - {_O1})*(W2[0,0]*{_dy(i, j, 1)} + W2[0,1]*{_dy(i, j, 2)})"},
                 i=(1, 2), j=(1, 2))
_JST_DY1 = _rows(lambda i, j: {"t": _dy(i, j, 1),
                               "m": f"sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])*(1 - sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1]))"
                                    f"*({_kd(i, 1) * _kd(j, 1)}*x[0] + {_kd(i, 1) * _kd(j, 2)}*x[1])"},
                 i=(1, 2), j=(1, 2))
_JST_V = _rows(lambda i, j: {"p": f"W1[{i - 1},{j - 1}]", "m": f"W1[{i - 1},{j - 1}] - eta*{_jw1(i - 1, j - 1)}"},
               i=(1, 2), j=(1, 2))

# ---- Ng's 2-2-2-1 sigmoid network with biases under the logistic cost: dcost/dz of each layer ------------------------
_N3 = "(a3[0] - y[0])"


def _n2(j: int) -> str:
    return f"{_N3}*W3[0,{j}]*a2[{j}]*(1 - a2[{j}])"


def _n1(j: int) -> str:
    return f"({_n2(0)}*W2[0,{j}] + {_n2(1)}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"


def _ng_rule(slope) -> tuple:
    """delta^(l) for l = 3 (delta2) and l = 2 (delta1), unit by unit, the slope written by slope(layer, j)."""
    rows = [{"t": _n2(j), "m": f"(W3[0,{j}]*{_N3})*{slope(2, j)}"} for j in range(2)]
    rows += [{"t": _n1(j), "m": f"(W2[0,{j}]*{_n2(0)} + W2[1,{j}]*{_n2(1)})*{slope(1, j)}"} for j in range(2)]
    return tuple(rows)


_NG_GZ = _ng_rule(lambda n, j: f"sigmoid(z{n}[{j}])*(1 - sigmoid(z{n}[{j}]))")
_NG_AA = _ng_rule(lambda n, j: f"a{n}[{j}]*(1 - a{n}[{j}])")

# ---- the Spanish XOR script's 2-3-1 network (no biases) ----------------------------------------------------------------
_XD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XJ = _rows(lambda j: {"t": f"-{_XD}*W2[0,{j}]"}, j=range(3))
_XJD = _rows(lambda j: {"t": f"-{_XD}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"}, j=range(3))
_XW2 = _rows(lambda j: {"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*{_XD}*a1[{j}]"}, j=range(3))
_XW1 = _rows(lambda j, i: {"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_XD}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])*x[{i}]"},
             j=range(3), i=range(2))

# ---- the Spanish class's 4-2-2 network (no biases) ---------------------------------------------------------------------


def _nd(k: int) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _na1(j: int) -> str:
    return f"({_nd(0)}*W2[0,{j}] + {_nd(1)}*W2[1,{j}])"


_NEU_K = _rows(lambda k: {"t": f"-{_nd(k)}", "m": f"(1 - a2[{k}])*(y[{k}] - a2[{k}])"}, k=range(2))
_NEU_J = _rows(lambda j: {"t": f"-{_na1(j)}*a1[{j}]*(1 - a1[{j}])", "m": f"(1 - a1[{j}])*(-{_na1(j)})"}, j=range(2))

# ---- the Portuguese MLP's 2-3-1 network (biases) -----------------------------------------------------------------------
_MD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_M_EO = _rows(lambda j: {"t": f"-{_MD}*W2[0,{j}]"}, j=range(3))
_M_DO = _rows(lambda j: {"t": f"-{_MD}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                         "m": f"-{_MD}*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"}, j=range(3))
_M_DW2 = _rows(lambda j: {"t": f"-{_MD}*a1[{j}]"}, j=range(3))
_M_UW2 = _rows(lambda j: {"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*{_MD}*a1[{j}]"}, j=range(3))
_M_UB1 = _rows(lambda j: {"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_MD}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"}, j=range(3))

# ---- the Portuguese MLP(object)'s 2-3-2 network (no biases, output-first) ----------------------------------------------


def _pd(k: int) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _pa1(j: int) -> str:
    return f"({_pd(0)}*W2[0,{j}] + {_pd(1)}*W2[1,{j}])"


_P_EK = _rows(lambda k: {"t": f"y[{k}] - a2[{k}]"}, k=range(2))
_P_DK = _rows(lambda k: {"t": f"-{_pd(k)}"}, k=range(2))
_P_EJ = _rows(lambda j: {"t": f"-{_pa1(j)}"}, j=range(3))
_P_DJ = _rows(lambda j: {"t": f"-{_pa1(j)}*a1[{j}]*(1 - a1[{j}])"}, j=range(3))
_P_W2 = _rows(lambda k, j: {"p": f"W2[{k},{j}]", "m": f"W2[{k},{j}] - eta*{_pd(k)}*a1[{j}]"}, k=range(2), j=range(3))
_P_W1 = _rows(lambda j, i: {"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_pa1(j)}*a1[{j}]*(1 - a1[{j}])*x[{i}]"},
              j=range(3), i=range(2))

# ---- the Fortran module's 2-3-2 network (ReLU hidden, linear output, biases, the MSE over the two outputs) -------------


def _fd2(i: int) -> str:
    return f"2*(a2[{i}] - y[{i}])/2"


def _fd1(j: int) -> str:
    return f"(W2[0,{j}]*{_fd2(0)} + W2[1,{j}]*{_fd2(1)})*Heaviside(z1[{j}])"


_F_D2 = _rows(lambda i: {"t": _fd2(i - 1), "m": f"2.0*(a2[{i - 1}] - y[{i - 1}])/2"}, i=(1, 2))
_F_D1 = _rows(lambda j: {"t": _fd1(j - 1), "m": _fd1(j - 1)}, j=(1, 2, 3))
_F_B1 = _rows(lambda j: {"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_fd1(j)}"}, j=range(3))
_F_B2 = _rows(lambda i: {"p": f"b2[{i}]", "m": f"b2[{i}] - eta*{_fd2(i)}"}, i=range(2))


ENTRIES = [
    # ---- dudung/soal 0228 (Indonesian multiple choice: "hubungan-hubungan berikut kecuali", the relations below but
    # one; <li> items of an <ol type="A">, $...$ followed by a full stop) -------------------------------------------------
    Public("y9-j8-a", _JST8, "b129_jst", "b129_jst8", "<li>$y_1 = f(w_{11} x_1 + w_{12} x_2)$.", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=129,
           why="choice A, an HTML list item; f the activation (the sigmoid here)"),
    Public("y9-j8-b", _JST8, "b129_jst", "b129_jst8", "<li>$y_2 = f(w_{21} x_1 + w_{22} x_2)$.", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1])",)),), batch=129),
    Public("y9-j8-c", _JST8, "b129_jst", "b129_jst8", "<li>$z_1 = f(u_{11} y_1 + u_{12} y_2)$.", ((C,),),
           (Twin("value", "a2[0]", (_O1,)),), batch=129, why="z_1 the output (not a sum), y_1, y_2 the hidden outputs"),
    Public("y9-j8-d", _JST8, "b129_jst", "b129_jst8",
           "<li>$z_1 = f[u_{11} f(w_{11} x_1 + w_{12} x_2) + u_{12} f(w_{21} x_1 + w_{22} x_2)]$.", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1]) + "
                                    "W2[0,1]*sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1]))",)),), batch=129,
           why="f applied with square brackets around the outer sum"),
    Public("y9-j8-e", _JST8, "b129_jst", "b129_jst8", "<li>$z_1 = f(w_{11} y_1 + w_{12} y_2)$.", ((W,),),
           (Twin("value", "a2[0]", ("sigmoid(W1[0,0]*a1[0] + W1[0,1]*a1[1])",)),), batch=129,
           why="MISTAKEN (the question's wrong choice, the one it asks for): the hidden weights w_11, w_12 where the "
               "output's u_11, u_12 belong"),
    # ---- dudung/soal 0229 (the delta rule's updates, "yang tidak tepat": the wrong one asked for; \displaystyle,
    # ^+ for the changed weight) ------------------------------------------------------------------------------------------
    Public("y9-j9-a", _JST9, "b129_jst", "b129_jst9",
           r"<li>$\displaystyle w_{11}^+ = w_{11} - \eta \frac{\partial \epsilon}{\partial w_{11}}$.", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_jw1(0, 0)}",)),), batch=129,
           why="eta the rate (no number on the page: the file's)"),
    Public("y9-j9-b", _JST9, "b129_jst", "b129_jst9",
           r"<li>$\displaystyle u_{11}^+ = u_{11} - \eta \frac{\partial \epsilon}{\partial u_{11}}$.", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_jw2(0)}",)),), batch=129),
    Public("y9-j9-c", _JST9, "b129_jst", "b129_jst9",
           r"<li>$\displaystyle w_{12}^+ = w_{12} - \eta \frac{\partial \epsilon}{\partial w_{12}}$.", ((C,),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] - eta*{_jw1(0, 1)}",)),), batch=129),
    Public("y9-j9-d", _JST9, "b129_jst", "b129_jst9",
           r"<li>$\displaystyle u_{12}^+ = u_{12} - \eta \frac{\partial \epsilon}{\partial u_{12}}$.", ((C,),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_jw2(1)}",)),), batch=129),
    Public("y9-j9-e", _JST9, "b129_jst", "b129_jst9",
           r"<li>$\displaystyle w_{11}^+ = u_{11} - \eta \frac{\partial \epsilon}{\partial u_{11}}$.", ((W,),),
           (Twin("update", "W1[0,0]", (f"W2[0,0] - eta*{_jw2(0)}",)),), batch=129,
           why="MISTAKEN (the question's wrong choice): w_11's new value written as u_11's step"),
    # ---- dudung/soal 0230 at commit 5a1367e (the derivation: eqnarray lines with \label{...} before and ", \newline"
    # after, ^{(k)} the datum, Kronecker's \delta_{i1}, \left[ \right]) -----------------------------------------------------
    Public("y9-j0-o", _JST0, "b129_jst", "b129_jst0",
           r"\label{eqn:0230-3-o} O_1^{(k)} = f(u_{11} y_1^{(k)} + u_{12} y_2^{(k)}), \newline", ((C,),),
           (Twin("value", "a2[0]", (_O1,)),), batch=129, why="an eqnarray line: \\label before, \\newline after"),
    Public("y9-j0-y2", _JST0, "b129_jst", "b129_jst0",
           r"\label{eqn:0230-3-y2} y_2^{(k)} = f(w_{21} x_1^{(k)} + w_{22} x_2^{(k)}),", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1])",)),), batch=129,
           why="the eqnarray's last line (no \\newline)"),
    Public("y9-j0-dek", _JST0, "b129_jst", "b129_jst0",
           r"\label{eqn:0230-4-dek} \frac{\partial \varepsilon_k}{\partial w_{ij}} = -\left[ T_1^{(k)} - O_1^{(k)} "
           r"\right] \frac{\partial O_1^{(k)}}{\partial w_{ij}}, \newline", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _JST_DEK),), batch=129,
           why="a rule over the hidden weights w_ij (i, j = 1, 2), the datum's error epsilon_k; a member holding the "
               "output's derivative by the weight"),
    Public("y9-j0-dou", _JST0, "b129_jst", "b129_jst0",
           r"\label{eqn:0230-4-dou} \frac{\partial O_1^{(k)}}{\partial u_{ij}} = f(u_{11} y_1^{(k)} + u_{12} y_2^{(k)}) "
           r"\left[ 1 - f(u_{11} y_1^{(k)} + u_{12} y_2^{(k)}) \right] \left( \delta_{i1} \delta_{j1} y_1^{(k)} + "
           r"\delta_{i1} \delta_{j2} y_2^{(k)} \right), \newline", ((C,),),
           (Twin("value", "{t}", ("{m}",), _JST_DOU),), batch=129,
           why="the output's derivative by u_ij (a value), Kronecker's deltas picking the term; u_{1j} the only output "
               "weights (i = 1)"),
    Public("y9-j0-dow", _JST0, "b129_jst", "b129_jst0",
           r"\label{eqn:0230-4-dow} \frac{\partial O_1^{(k)}}{\partial w_{ij}} = f(u_{11} y_1^{(k)} + u_{12} y_2^{(k)}) "
           r"\left[ 1 - f(u_{11} y_1^{(k)} + u_{12} y_2^{(k)}) \right] \left( u_{11} \frac{\partial y_1^{(k)}}{\partial "
           r"w_{ij}} + u_{12} \frac{\partial y_2^{(k)}}{\partial w_{ij}} \right), \newline", ((C,),),
           (Twin("value", "{t}", ("{m}",), _JST_DOW),), batch=129,
           why="derivatives of the hidden outputs by w_ij inside the member"),
    Public("y9-j0-dy1", _JST0, "b129_jst", "b129_jst0",
           r"\label{eqn:0230-4-dy1} \frac{\partial y_1^{(k)}}{\partial w_{ij}} = f(w_{11} x_1^{(k)} + w_{12} x_2^{(k)}) "
           r"\left[ 1 - f(w_{11} x_1^{(k)} + w_{12} x_2^{(k)}) \right] \left( \delta_{i1} \delta_{j1} x_1^{(k)} + "
           r"\delta_{i1} \delta_{j2} x_2^{(k)} \right), \newline", ((C,),),
           (Twin("value", "{t}", ("{m}",), _JST_DY1),), batch=129,
           why="0 for i = 2 (w_2j feeds y_2), as the Kronecker deltas say"),
    Public("y9-j0-v", _JST0, "b129_jst", "b129_jst0",
           r"v_{ij}^{\rm (new)} = v_{ij} - \eta \frac{\partial \varepsilon}{\partial v_{ij}},", ((C,),),
           (Twin("update", "{p}", ("{m}",), _JST_V),), batch=129,
           why="inside \\begin{equation}\\label{eqn:0230-1} ... \\end{equation}; v_ij any weight (checked on the w's), "
               "^{\\rm (new)} the changed weight, the comma closing the sentence"),
    # ---- the same page's earlier draft (commit 5d72b6a): inputs I_1, I_2, the output's formula written at once -------
    Public("y9-j0-on", _JST0N, "b129_jst", "b129_jst0n",
           r"O_1^{(k)} = f\left[ u_{11} f(w_{11} I_1^{(k)} + u_{12} I_2^{(k)}) + u_{12} f(w_{21} I_1^{(k)} + "
           r"w_{22} I_2^{(k)}) \right].", ((W,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*sigmoid(W1[0,0]*x[0] + W2[0,1]*x[1]) + "
                                    "W2[0,1]*sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1]))",)),), batch=129,
           why="MISTAKEN: u_{12} I_2 inside the first hidden neuron's sum where w_{12} I_2 was meant (the draft's slip, "
               "gone from the later commits; 0228's choice D writes it right); f\\left[ ... \\right]"),
    # ---- the Persian notes on Ng's week 5, backpropagation.md ($$ on lines of their own, Ng's \Theta, .* between
    # \hspace{0.2cm}s, {g}' (z^{(l)})) -------------------------------------------------------------------------------------
    Public("y9-ng-dL", _NG1, "b129_ng", "b129_ng", "$$\n\\delta ^{(L)} = a ^{(L)} - y\n$$", ((C,),),
           (Twin("value", _N3, ("a3[0] - y[0]",)),), batch=129,
           why="the output layer's delta (L = 4), the logistic cost's with the sigmoid; spaces before ^"),
    Public("y9-ng-dl", _NG1, "b129_ng", "b129_ng",
           "$$\n\\delta ^{(l)} = ( (\\Theta ^ {(l)}) ^ T  \\delta ^ {(l+1)}) \\hspace{0.2cm} .*  \\hspace{0.2cm} {g}' "
           "(z^{(l)})\n$$", ((C,),), (Twin("value", "{t}", ("{m}",), _NG_GZ),), batch=129,
           why="a rule over the hidden layers l = 2, 3 (Theta^(l) maps layer l to l + 1); Octave's .* for the product "
               "entry by entry, g' the sigmoid's slope at z"),
    Public("y9-ng-dla", _NG1, "b129_ng", "b129_ng",
           "$$\n\\delta ^{(l)} = ( (\\Theta ^ {(l)}) ^ T  \\delta ^ {(l+1)}) \\hspace{0.2cm} .*  \\hspace{0.2cm} "
           "a^{(l)}\n\\hspace{0.2cm} .*  \\hspace{0.2cm}  (1 -  a^{(l)})\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _NG_AA),), batch=129, why="the slope written a (1 - a), over two lines"),
    # ---- the same notes, backpropagation-2.md (Ng's lecture: cost(t) without its minus sign, \delta for \partial, and the
    # figure's deltas without the slope) ------------------------------------------------------------------------------------
    Public("y9-ng-cost", _NG2, "b129_ng", "b129_ng",
           "$$\ncost(t) = y^{(t)} \\log(h_\\Theta(x^{(t)})) + (1 - y^{(t)}) \\log(1 - h_\\Theta(x^{(t)}))\n$$", ((W,),),
           (Twin("value", "-(y[0]*log(a3[0]) + (1 - y[0])*log(1 - a3[0]))",
                 ("y[0]*log(a3[0]) + (1 - y[0])*log(1 - a3[0])",)),), batch=129,
           why="MISTAKEN: the logistic cost without its minus sign (the J(Theta) the page recalls just above has it; "
               "Ng's slide's slip, copied), a value; h_Theta(x^(t)) the network's output"),
    Public("y9-ng-def", _NG2, "b129_ng", "b129_ng", "$$\n\\delta^{(l)} _j = \\frac{\\delta}{\\delta z_j ^{(l)}} cost(t)\n$$",
           unreadable="\\frac{\\delta}{\\delta z_j ^{(l)}}", batch=129,
           why="\\delta where \\partial was meant, in the derivative's numerator and denominator (Ng's slide's typo, "
               "copied): a fraction of deltas, no derivative"),
    Public("y9-ng-d22", _NG2, "b129_ng", "b129_ng",
           "$$\n\\delta^{(2)} _2 = \\Theta ^ {(2)} _{12} \\ast \\delta^{(3)} _1 +  \\Theta ^ {(2)} _{22} \\ast "
           "\\delta^{(3)} _2\n$$", ((W,),),
           (Twin("value", _n1(1), (f"W2[0,1]*{_n2(0)} + W2[1,1]*{_n2(1)}",)),), batch=129,
           why="MISTAKEN: the weighted sum of the next layer's deltas without the slope g'(z^(2)_2) (the lecture's "
               "picture, copied; the page defines delta as dcost/dz just above); \\ast for the product, the subscript "
               "after a space"),
    Public("y9-ng-d32", _NG2, "b129_ng", "b129_ng",
           "$$\n\\delta ^ {(3)} _2 = \\Theta ^ {(3)} _{12} \\ast \\delta^{(4)} _1\n$$", ((W,),),
           (Twin("value", _n2(1), (f"W3[0,1]*{_N3}",)),), batch=129,
           why="MISTAKEN: the same slope left out, delta^(3)_2 from the output's delta"),
    # ---- the Spanish XOR script (four-space indentation in the loop; rows, W1 and W2 input-first) ------------------------
    Public("y9-xor-e2", _XOR, "b129_xor", "b129_xor", "    capa2_error = costo(capa2, Y)", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=129,
           why="costo(prediccion, real) = real - prediccion, the page's helper: minus the half squared error's "
               "derivative by the output"),
    Public("y9-xor-d2", _XOR, "b129_xor", "b129_xor", "    capa2_d = capa2_error * sigmoid_derivative(capa2)", ((C,),),
           (Twin("value", f"-{_XD}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=129,
           why="sigmoid_derivative(sx) = sx (1 - sx), taken of the output"),
    Public("y9-xor-e1", _XOR, "b129_xor", "b129_xor", "    capa1_error = np.dot(capa2_d, W2.T)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _XJ),), batch=129),
    Public("y9-xor-d1", _XOR, "b129_xor", "b129_xor", "    capa1_delta = capa1_error * sigmoid_derivative(capa1)",
           ((C,),), (Twin("value", "{t}", ("{t}",), _XJD),), batch=129),
    Public("y9-xor-w2", _XOR, "b129_xor", "b129_xor", "    W2 +=  tasa_de_aprendizaje  * np.dot(capa1.T, capa2_d)",
           ((C,),), (Twin("update", "{p}", ("{m}",), _XW2),), batch=129,
           why="two spaces around the rate's name; tasa_de_aprendizaje = 1.0, the file's rate"),
    Public("y9-xor-w1", _XOR, "b129_xor", "b129_xor", "    W1 +=  tasa_de_aprendizaje  * np.dot(capa0.T, capa1_delta)",
           ((C,),), (Twin("update", "{p}", ("{m}",), _XW1),), batch=129),
    # ---- the Spanish class backpropagation (twenty-space indentation inside the loops over the neurons) ---------------
    Public("y9-neu-eo", _NEU, "b129_neu", "b129_neu",
           "                    error_neurona_capa_salida = (1 - activacion)*(salida - activacion)", ((W,),),
           (Twin("value", "{t}", ("{m}",), _NEU_K),), batch=129,
           why="MISTAKEN: the sigmoid's slope written (1 - a) where a (1 - a) is meant (the output's own factor "
               "dropped); the weights then move by + taza * error * input, so the error is meant as -dE/dz"),
    Public("y9-neu-eh", _NEU, "b129_neu", "b129_neuh",
           "                    error_neurona_capa_oculta = (1 - activacion_capa_oculta) * error_retropropagado", ((W,),),
           (Twin("value", "{t}", ("{m}",), _NEU_J),), batch=129,
           why="MISTAKEN: the same slope, (1 - a) for a (1 - a), at the hidden neurons; error_retropropagado the error "
               "carried back as the comment names it (the code's sum of it has a slip of its own, not this line's)"),
    # ---- the Portuguese MLP class (eight-space indentation in its methods; rows, input-first pesos, row vieses) --------
    Public("y9-mlp-es", _MLP, "b129_mlp", "b129_mlp", "        erro_saida = y_desejada - a_saida", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=129),
    Public("y9-mlp-ds", _MLP, "b129_mlp", "b129_mlp",
           "        delta_saida = erro_saida * MLP.derivada_sigmoide(self.z_saida)", ((C,),),
           (Twin("value", f"-{_MD}", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=129,
           why="MLP.derivada_sigmoide(x) = s (1 - s) with s = sigmoid(x), taken of the sum"),
    Public("y9-mlp-eo", _MLP, "b129_mlp", "b129_mlp",
           "        erro_oculta = np.dot(delta_saida, self.pesos_oculta_saida.T)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _M_EO),), batch=129),
    Public("y9-mlp-do", _MLP, "b129_mlp", "b129_mlp",
           "        delta_oculta = erro_oculta * MLP.derivada_sigmoide(self.z_oculta)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _M_DO),), batch=129),
    Public("y9-mlp-dw2", _MLP, "b129_mlp", "b129_mlp", "        d_pesos_oculta_saida = np.dot(a_oculta.T, delta_saida)",
           ((C,),), (Twin("value", "{t}", ("{t}",), _M_DW2),), batch=129,
           why="minus the output weights' gradient (a value: the update adds it)"),
    Public("y9-mlp-db1", _MLP, "b129_mlp", "b129_mlp",
           "        d_vieses_oculta = np.sum(delta_oculta, axis=0, keepdims=True)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _M_DO),), batch=129, why="the sum over the rows (one sample here)"),
    Public("y9-mlp-uw2", _MLP, "b129_mlp", "b129_mlp",
           "        self.pesos_oculta_saida += d_pesos_oculta_saida * self.learning_rate", ((C,),),
           (Twin("update", "{p}", ("{m}",), _M_UW2),), batch=129, why="+= with the rate after the product"),
    Public("y9-mlp-ub1", _MLP, "b129_mlp", "b129_mlp", "        self.vieses_oculta += d_vieses_oculta * self.learning_rate",
           ((C,),), (Twin("update", "{p}", ("{m}",), _M_UB1),), batch=129),
    # ---- the Portuguese MLP(object) (1-D arrays, output-first pesos, [:,None] and np.transpose for the outer
    # products) --------------------------------------------------------------------------------------------------------
    Public("y9-mlp2-es", _MLP2, "b129_mlp2", "b129_mlp2", "        erro_saida = esperado - self.camada_saida", ((C,),),
           (Twin("value", "{t}", ("{t}",), _P_EK),), batch=129),
    Public("y9-mlp2-ds", _MLP2, "b129_mlp2", "b129_mlp2",
           "        delta_saida = erro_saida * self.derivadaAtivacaoSigmoidal(self.camada_saida)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _P_DK),), batch=129,
           why="derivadaAtivacaoSigmoidal(valor) = valor (1 - valor), taken of the output"),
    Public("y9-mlp2-eo", _MLP2, "b129_mlp2", "b129_mlp2",
           "        erro_oculta = np.dot(self.pesos_oculta_saida.T, delta_saida)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _P_EJ),), batch=129, why="the output-first weights transposed"),
    Public("y9-mlp2-do", _MLP2, "b129_mlp2", "b129_mlp2",
           "        delta_oculta = erro_oculta * self.derivadaAtivacaoSigmoidal(self.camada_oculta)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _P_DJ),), batch=129),
    Public("y9-mlp2-w2", _MLP2, "b129_mlp2", "b129_mlp2",
           "        self.pesos_oculta_saida += self.taxaDeAprendizado * np.dot(delta_saida[:,None], "
           "np.transpose(self.camada_oculta[:,None]))", ((C,),),
           (Twin("update", "{p}", ("{m}",), _P_W2),), batch=129,
           why="[:,None] making columns, np.transpose a row: the outer product; taxaDeAprendizado 0.1, the file's rate"),
    Public("y9-mlp2-w1", _MLP2, "b129_mlp2", "b129_mlp2",
           "        self.pesos_entrada_oculta += self.taxaDeAprendizado * np.dot(delta_oculta[:,None], "
           "np.transpose(self.camada_entrada[:,None]))", ((C,),),
           (Twin("update", "{p}", ("{m}",), _P_W1),), batch=129),
    # ---- the Fortran module (DO loops over i and j, 2.0_dp kind suffixes, REAL(n, dp), DOT_PRODUCT, % components) ------
    Public("y9-f90-ds", _F90, "b129_f90", "b129_f90",
           "         delta_saida(i) = 2.0_dp * (y_out(i) - y_true(i)) / REAL(n_saida, dp)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _F_D2),), batch=129,
           why="the MSE's dL/dz at a linear output (\"MSE + linear\"), i = 1, 2 counted from 1; 2.0_dp a double-"
               "precision literal, REAL(n_saida, dp) the count as a real"),
    Public("y9-f90-dh", _F90, "b129_f90", "b129_f90",
           "         delta_hidden(j) = DOT_PRODUCT(camada2%pesos(:,j), delta_saida) * drelu(h_out(j))", ((C,),),
           (Twin("value", "{t}", ("{m}",), _F_D1),), batch=129,
           why="drelu taken of the hidden OUTPUT h_out(j) = relu(z): 1 where z > 0 and 0 elsewhere, as relu'(z) is (no "
               "slip for the ReLU; the twin writes it at z); camada2%pesos(:,j) column j"),
    Public("y9-f90-b1", _F90, "b129_f90", "b129_f90", "      camada1%bias  = camada1%bias  - eta * camada1%grad_bias",
           ((C,),), (Twin("update", "{p}", ("{m}",), _F_B1),), batch=129,
           why="a whole-array update, two spaces after bias; grad_bias the one sample's delta_hidden"),
    Public("y9-f90-b2", _F90, "b129_f90", "b129_f90", "      camada2%bias  = camada2%bias  - eta * camada2%grad_bias",
           ((C,),), (Twin("update", "{p}", ("{m}",), _F_B2),), batch=129),
    # ---- the Italian notes (formulas in Markdown bullets without delimiters, ^(L) in parentheses) -----------------------
    Public("y9-it-c0", _IT, "b129_it", "b129_it",
           "- l'errore della rete per un singolo esempio di training è quindi dato da: C_0 = (a^(L) - y)^2", ((C,),),
           (Twin("value", "(a3[0] - y[0])**2", ("(a3[0] - y[0])**2",)),), batch=129,
           why="a bullet's sentence before the formula, after a colon; C_0 the example's cost"),
    Public("y9-it-z", _IT, "b129_it", "b129_it", "    - chiamiamo questa somma pesata z^(L) = w^(L)*a^(L-1) + b^(L)",
           ((C,),), (Twin("value", "z3[0]", ("W3[0,0]*a2[0] + b3[0]",)),), batch=129,
           why="a nested bullet; a^(L-1) the previous level's activation"),
    Public("y9-it-a", _IT, "b129_it", "b129_it", "    - a^(L) = sigma( z^(L) )", ((C,),),
           (Twin("value", "a3[0]", ("sigmoid(z3[0])",)),), batch=129, why="sigma written as a word"),
]
