r"""Batch 141 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used. The brief asked for pages and threads in languages other than
English; every page and thread the pages and issues corpora offered for a dozen searches in Russian, Spanish, German,
Chinese, Indonesian, French, Korean, Portuguese, Japanese, Vietnamese, Turkish, Italian and Polish was already in
/work/used_urls.txt (or a copy of a used page: m.weizhi.cc's Chinese post is bcxiaobai's code, taken before; the
read-it-later issue #9285 is #12462), or held its formulas as images. So the batch came from the code corpus, found
by find_string on the code's own words in those languages (delta_oculta, erro_saida, delta_ukryt, delta_cachee), each
stored file checked against /work/used_ids.txt and claimed: a Portuguese MLP module with list comprehensions (stored
file 7451993603), a Spanish RedNeural in PyTorch (stored file 16010301664: one real slip, below), a Portuguese
character-recognition MLP with the biases in the weights' column 0 (stored file 56439762877), a Polish master's-thesis
R script (stored file 29842131293: R's 1-based [,i] and [i,], an update left unfinished), a Polish exercise's one
backpropagation step with its numbers (stored file 59506051201: a Polish comment after every line), a Polish digits
network (stored file 39043480485: NumPy rows, += updates), a French MNIST program in C whose comments state the rule
(stored file 49500772855: // delta_i = f'(poti) * (Yd_i - Xi), Σ_i without bounds), a French lab's plain-text notes
(stored file 33158158117: delta_cachee = (delta_suivante @ W_suivante^T) * fp_courante, W <- W + dW), a French game
network (stored file 52570172506: tanh layers, calls and parentheses split over lines) and a Polish XOR exercise with
beta (stored file 30624556003: two-argument derivatives, slices past the bias column). Copied verbatim, typos and
mistakes included (the stored files' text as read_file gives it), each with the notation a teacher would write for the
file under shared/spec/notation.md (and docs/notation.md for what the product documents: the code's deltas -dE/dz
where the updates add them, dE/dz where they subtract them; helpers "sigmoid' at output" where they take x (1 - x) of
what they are given, "sigmoid' at input" where they take sigmoid(x) (1 - sigmoid(x)), "tanh' at output" for 1 - x^2;
NumPy vectors named whole, "x[:].T" for a row, "W2[:, :].T" for an input-first matrix; a loop's local named with the
loop's index in its meaning, one notation for the C program's output loop and one for its hidden loop, as batch 116
did), a network of the kind the file describes (with the file's numbers where it gives them: the Polish exercise's
input [0.6, 0.1], target [1.0, 0.0], weights and biases and rate 0.1; the learning rates the files write, 0.8, 0.01;
all in tests/public_formulas_batch141_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta, error, back-propagated
error (soma, somme, erro_escondida, blad_ukryty), a step dW or db and a loss (erro_total, np.sum(...)/2) are twinned as
values, as in batches 14 to 116. Formulas keep their file's delimiters and what surrounds them on their line (a line's
indentation or its tab, a comment's //, a statement's ;, a comment after the code); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 141

The batch: 54 formulas from 10 addresses (the Portuguese module 6, the Spanish RedNeural 4, the Portuguese character
MLP 5, the Polish R script 4, the Polish exercise 6, the Polish digits network 6, the French C program 6, the French
lab notes 6, the French ReseauIA 6, the Polish XOR exercise 5): 2 in the C program's // comments, 6 in plain-text
notes, 46 in code statements (Python 38, R 4, C 4).

1 is mistaken somewhere (the oracle finds its member wrong), and 1 is mistyped:

- the Spanish RedNeural's z1-es-do, self.delta_oculta = torch.sum(torch.mm(deltaSalidaAux, self.pesos_so),1) *
  (self.salidaOculta * (1 - self.salidaOculta)): torch.mm of the 1 x K row of output deltas and the K x M weights is
  the 1 x M row of delta W2[0, j]; torch.sum(..., 1) then adds that row up, so every hidden unit's delta is the sum
  over all hidden units of delta W2[0, j] times its own slope (right only where M = 1: the code has 15 hidden units,
  the twin 3);
- mistyped (unreadable): the Polish R script's z1-pr-w1, wagi1[i, j] <- wagii1[i, j]-eta*: the update left
  unfinished, nothing after eta* (unreadable="eta*"; wagii1 for wagi1 besides).

Not mistaken, though they look it: the Spanish RedNeural's bias_entrada line (z1-es-be) uses delta_oculta, which the
notation gives its meaning (dE/dz1); the slip is the line computing it, not this one; the Portuguese character MLP's
derivada_sigmoide taken of the sums y_in and z (it computes sigmoid(x) (1 - sigmoid(x)), so the sums are right
there), where the other files take their x (1 - x) of the outputs; the Polish digits network's and the Portuguese
module's += updates (their deltas are -dE/dz); the French lab notes' W <- W + dW (dW = eta * outer(a, delta) with
delta_sortie = (d - a) * fp, -dE/dz); the Portuguese module's training function computing the same lines twice (the
backpropagation function's lines taken).

What was left out: the Portuguese module's treinar (the same lines again), its erro_total += sum(e**2 ...)/2 (a running
sum) and its mse (a generator over e); the Spanish RedNeural's aux1, aux2 and the -= updates of the weights through
them (aux1 = self.learningRate *( self.delta_salida * self.salidaOculta), a step named by a local the notation would
have to define as a product), its forward pass (torch.mm, reshape) and its 0.5 * ((X - T) ** 2) (a method's
parameters); the Portuguese character MLP's delta_w, delta_v and the updates (self.a and x carry the bias's 1 in
position 0, which no notation can name whole) and its forward pass; the Polish R script's stala <- wyjscie1*(1-wyjscie1)
(a whole vector of slopes, the pattern stala[i] named instead) and its neuralnet calls; the Polish exercise's
perceptron part and forward pass and its nowe_wagi_wejscie_ukryta and nowy_bias_warstwy_wyjsciowej (the same lines at
the other layer); the Polish digits network's wagi1 and bias2 updates (the same at the other layer) and its forward
lines; the French C program's forward loops (running sums), its Err comment (the mean of |delta|, a monitoring value)
and its W1/W2 comment lines (the statements taken); the French lab notes' zL = a(L-1) @ W_L + b_L, aL, fpL (over a
layer letter glued to the names, zL, which no pattern can carry) and its size tables; the French ReseauIA's bias lines
and its perte; the Polish XOR exercise's gradient_w2 = delta_wyjscie * v_ukryte (v_ukryte with its leading 1, the
output bias's gradient first) and its by-epoch function (sums of the same). Files read and not taken: a Spanish ANN
class (stored file 2882687911: momentum steps and batch matrices, its output-weight step taken with the hidden layer
recomputed after the hidden weights' update, a real slip but in a method's return), a Portuguese backpropagation
driver (stored file 46554654572: calls to helpers only), a Portuguese XOR lab (stored file 59472590509: prints only),
a C Portuguese network (stored file 10976192700, not read for time), a Polish MNIST network (stored file 10300500544:
softmax_dla_sumy(sumy) = max(sumy)/sum(exp) and a hidden delta adding the bias, slips through helpers no notation can
give a meaning), and the used pages above.

Collected on 2026-12-07 (10:36 to 10:46 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula: all
11 loaded as first written (the C program has two, one per loop). The oracle's first run passed every verdict as
first transcribed (a first run of 49 entries before the Polish XOR exercise was added, then all 54).

Run blind at main 758f776 (/work/READY_FOR_BLIND56; src/ as at 758f776, main's last change to it; the rebase found
the branch up to date), with nothing under src/ changed. The first run (/work/batch141_blind_first.txt): 44 of 54
read with every verdict right (81%), 9 refused, 1 typo refused, no typo read, no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. Five of its refusals were slips of the notations, not of the reader: the Portuguese character
MLP's erro_escondida and the Polish exercise's blad_w_srodku_sieci were given as rows ("-(delta2[:].T @ W2[:, :])",
"delta2[:].T @ W2[:, :]") where every other vector of those two notations is a column, as the format's vectors are
(pn-ee, pn-de, pl-bs, pl-du: "formula 'erro_escondida = np.dot(self.delta_saida, w_sem_bias)': erro_{escondida}:
'erro_escondida' means '-(delta2[:].T @ W2[:, :])' (no placeholders): is a row on a page (a 1-D array in NumPy),
where a notation's vectors are columns; write it without the last .T, or transpose it to a column"), and the French
lab notes' outer(...) was left undeclared where docs/notation.md documents the declaration (fd-dw: "unknown symbol
outer; ... declare it in the notation's functions: outer = "matrix product" (or "product" entry by entry, ...)").
The notations were fixed once (erro_escondida = -(W2[:, :].T @ delta2[:]), blad_w_srodku_sieci = W2[:, :].T @
delta2[:], functions = { outer = "outer product" }; the oracle's run passed again) and the batch run again
(/work/batch141_blind.txt): 47 of 54 read with every verdict right (87%), 6 refused, 1 typo refused, no typo read, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. The Polish digits network's blad_ukryty stayed a row in both
runs, as that notation names every vector of its one-sample NumPy rows so (x[:].T, a1[:].T, as docs/notation.md does
a data matrix's row): not a slip of the notation, its refusal the reader's.

The mistaken formula was read with its wrong member called wrong (z1-es-do, the hidden delta summed over the hidden
units by torch.sum(..., 1)); the mistyped one was refused. By page (the second run): the Portuguese module 6 of 6, the
Spanish RedNeural 4 of 4, the Portuguese character MLP 4 of 5, the Polish R script 3 of 4 (and its typo refused), the
Polish exercise 5 of 6, the Polish digits network 4 of 6, the French C program 6 of 6, the French lab notes 6 of 6,
the French ReseauIA 6 of 6, the Polish XOR exercise 3 of 5.

The refusals by construct (6 in the second run, and the typo's), with the exact message:

- 2, NumPy's np.dot of a 1-D vector on the left and a matrix (a row times the matrix, in NumPy), the vector read as a
  column: z1-pn-ee: "formula 'erro_escondida = np.dot(self.delta_saida, w_sem_bias)':
  matrix_product(self.delta_saida, w_sem_bias) multiplies a 2 x 1 by a 2 x 4, whose sizes do not fit; write the
  factors so that the first has as many columns as the second has rows" (z1-pl-bs the same: "matrix_product(\delta_{
  wyjsciowa}, wagi_ukryta_wyjscie^T) multiplies a 2 x 1 by a 2 x 3, ...");
- 2, a meaning given as a row where the notation names one sample's NumPy rows (blad_ukryty = delta_wyjscie.dot(
  wagi2.T), the notation's "-(delta2[:].T @ W2[:, :])"): z1-p2-bu: "formula 'blad_ukryty = np.dot(delta_wyjscie,
  wagi2^T)': blad_{ukryty}: 'blad_ukryty' means '-(delta2[:].T @ W2[:, :])' (no placeholders): is a row on a page (a
  1-D array in NumPy), where a notation's vectors are columns; write it without the last .T, or transpose it to a
  column" (z1-p2-du the same, through blad_ukryty);
- 2, a derivative helper of two arguments (the output and beta) declared in the notation's functions ("sigmoid' at
  output", "tanh' at output"): z1-pe-dw: "formula 'delta_wyjscie = blad * pochodna_sigmoidalna(y_wartosc, beta)':
  unknown symbol pochodna_sigmoidalna; the notation knows beta, blad, cel, delta, gradient, v_ukryte, wagi,
  wagi_wyjsciowa; give it a meaning in the notation's [notation.symbols], e.g. "pochodna_sigmoidalna" = "a1[0]""
  (z1-pe-du the same at pochodna_tanh; the message calls a declared function an unknown symbol, where the second
  argument is what it takes no account of);
- the typo: z1-pr-w1, "formula 'wagi1[i, j] \\leftarrow wagii1[i, j]-eta*': expected a number, a symbol or a
  parenthesis at the end" (naming it).

Read, among the constructs these files brought: Python list comprehensions over an index (erro_saida = [y[k] -
output[k] for k in range(len(y))]) and sum over a generator; PyTorch's torch.mm and torch.sum(..., 1) with the
attributes named whole (the slip called wrong); R's <- with its 1-based [,i] and [i,] and sum(...) of an elementwise
product; C statements with float locals given by the loop's notation and the // comments' f'(poti), Σ_i without
bounds; plain-text notes with @, ^T, outer(...) and <-; NumPy's np.outer, .T.dot, np.sum(..., axis=0, keepdims=True),
slices [0, 1:] and v[1:]; calls and parentheses split over three lines; a comment in Polish or Portuguese after the
code. Which look general (would appear in much homework): np.dot(delta, W) with a 1-D delta on the left (NumPy's
vector-matrix product, the vector a row), and one sample's rows (a notation naming x[:].T) whose back-propagated error
is a row; derivative helpers taking a second parameter (beta, a slope's gain) are less common. Page-specific: the R
script's unfinished update (the file's typo).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch141_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_PT = _STORED.format(7451993603, '"""""',
                     "a Portuguese MLP module: inicializar_pesos, forward_pass and a backpropagation with list "
                     "comprehensions and += updates")
_ES = _STORED.format(16010301664, "import torch",
                     "a Spanish RedNeural class in PyTorch: calcularPasadaAtras and actualizarPesosSegunDeltas")
_PN = _STORED.format(56439762877, "import numpy as np",
                     "a Portuguese character-recognition MLP in NumPy with the biases in the weights' column 0")
_PR = _STORED.format(29842131293, 'library("stringi")',
                     "a Polish master's-thesis R script: one forward pass and the deltas by hand, an unfinished "
                     "update")
_PL = _STORED.format(59506051201, "import numpy as np",
                     "a Polish exercise (zadanie 2): a perceptron, then one backpropagation step of a 2-3-2 network "
                     "with its numbers, commented line by line")
_P2 = _STORED.format(39043480485, "import numpy as np",
                     "a Polish digits network in NumPy: trenuj_siec with += updates")
_FC = _STORED.format(49500772855, "#include <stdio.h>",
                     "a French MNIST program in C whose comments state the deltas and updates")
_FD = _STORED.format(33158158117, "STRUCTURE DU SYSTEME (selon lab1/learn.py)",
                     "a French lab's plain-text notes on its network's structure and backpropagation")
_FP = _STORED.format(52570172506, '"""Reseau de neurones.',
                     "a French ReseauIA class for a game: tanh layers, apprendre by retropropagation")

_PE = _STORED.format(30624556003, "import numpy as np",
                     "a Polish exercise (zadanie 1 and 2): a tanh-sigmoid XOR network with beta, trained by sample "
                     "and by epoch")

_K2 = tuple({"k": k} for k in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))

# sigmoid outputs under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j] (two outputs)
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_MD2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_A1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_D1 = f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])"
# the Spanish 2-3-1 network: dE/dz2 and dE/dz1[j]
_E2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_E1 = f"{_E2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the Polish R script (R counts from 1: hidden unit i is a1[i-1])
_PR_I = tuple({"i": i, "h": i - 1} for i in range(1, 5))
_PR_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{h}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{h}])"
          "*a1[{h}]*(1 - a1[{h}])")
# the French C program: output i, hidden h, input j
_I2 = tuple({"i": i} for i in range(2))
_H4 = tuple({"h": h} for h in range(4))
_I2H4 = tuple({"i": i, "h": h} for i in range(2) for h in range(4))
_H4J3 = tuple({"h": h, "j": j} for h in range(4) for j in range(3))
_FC_D2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_FC_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{h}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{h}])"
          "*a1[{h}]*(1 - a1[{h}])")
# the French tanh 3-4-1 network: dE/dz2, dE/dz1[j]
_T2 = "(a2[0] - y[0])*(1 - a2[0]**2)"
_T1 = f"{_T2}*W2[0,{{j}}]*(1 - a1[{{j}}]**2)"
# the Polish tanh-sigmoid 3-2-1 network (x[0] the constant input): dE/dz2, dE/dz1[j]
_J2 = tuple({"j": j} for j in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_PE2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PE1 = f"{_PE2}*W2[0,{{j}}]*(1 - a1[{{j}}]**2)"

ENTRIES = [
    # ---- the Portuguese MLP module (Python lists, four- to twelve-space indentation): list comprehensions over k and
    # j, sum(...) over a generator, += updates with the code's deltas (-dE/dz) -------------------------------------------
    Public("z1-pt-es", _PT, "b141_pt", "b141_pt", "    erro_saida = [y[k] - output[k] for k in range(len(y))]",
           ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=141,
           why="a list comprehension over the outputs"),
    Public("z1-pt-ds", _PT, "b141_pt", "b141_pt",
           "    delta_saida = [erro_saida[k] * sigmoid_deriv(output[k]) for k in range(len(output))]", ((C,),),
           (Twin("value", f"-{_D2}", (_MD2,), _K2),), batch=141,
           why="the code's delta (-dE/dz2), sigmoid_deriv taken of the output (x (1 - x))"),
    Public("z1-pt-so", _PT, "b141_pt", "b141_pt",
           "        soma = sum(delta_saida[k] * W2[k][j] for k in range(len(delta_saida)))", ((C,),),
           (Twin("value", f"-{_A1}", (f"-{_A1}",), _J3),), batch=141,
           why="soma, in the loop over j, the hidden unit's back-propagated error (-dE/d a1[j]); sum over a generator"),
    Public("z1-pt-do", _PT, "b141_pt", "b141_pt",
           "    delta_oculta = [erro_oculta[j] * sigmoid_deriv(hidden[j]) for j in range(len(hidden))]", ((C,),),
           (Twin("value", f"-{_D1}", (f"-{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=141),
    Public("z1-pt-w2", _PT, "b141_pt", "b141_pt", "            W2[k][j] += taxa * delta_saida[k] * hidden[j]",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J3),),
           batch=141, why="+= with the code's delta (-dE/dz): the gradient step; taxa the rate"),
    Public("z1-pt-w1", _PT, "b141_pt", "b141_pt", "            W1[j][i] += taxa * delta_oculta[j] * X[i]",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _J3I2),),
           batch=141),
    # ---- the Spanish RedNeural (PyTorch, eight-space indentation): attributes named whole, torch.mm and torch.sum,
    # -= updates; one slip, the hidden delta summed over the hidden units -------------------------------------------
    Public("z1-es-ds", _ES, "b141_es", "b141_es",
           "        self.delta_salida = (self.salidaFinal - self.etiqueta) * (self.salidaFinal * (1 - self.salidaFinal))",
           ((C,),), (Twin("value", _E2, (_E2,)),), batch=141, why="the output's delta dE/dz2 (one output)"),
    Public("z1-es-do", _ES, "b141_es", "b141_es",
           "        self.delta_oculta = torch.sum(torch.mm(deltaSalidaAux, self.pesos_so),1) * (self.salidaOculta * "
           "(1 - self.salidaOculta))", ((W,),),
           (Twin("value", _E1, (f"{_E2}*(W2[0,0] + W2[0,1] + W2[0,2])*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),),
           batch=141,
           why="torch.mm of the 1 x K row of deltas and the K x M weights is the 1 x M row of delta W2[0, j]; "
               "torch.sum(..., 1) then sums it over the hidden units, so every hidden delta gets the sum over all "
               "of them (sum_j delta W2[0, j]) times its own slope: wrong where M > 1 (the code's 15 hidden units, "
               "3 here)"),
    Public("z1-es-bo", _ES, "b141_es", "b141_es", "        self.bias_oculto -= self.learningRate * self.delta_salida",
           ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_E2}",)),), batch=141,
           why="bias_oculto, the output unit's bias (the code adds it to salidaFinal)"),
    Public("z1-es-be", _ES, "b141_es", "b141_es", "        self.bias_entrada -= self.learningRate * self.delta_oculta",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_E1}",), _J3),), batch=141,
           why="delta_oculta as the code means it (dE/dz1); the slip is the line that computes it, not this one"),
    # ---- the Portuguese character MLP (NumPy, eight-space indentation): np.dot with the weights' bias column cut
    # off, derivada_sigmoide taken of the sums, a comment after the loss ---------------------------------------------
    Public("z1-pn-es", _PN, "b141_pn", "b141_pn", "        erro_saida = t - self.y", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=141),
    Public("z1-pn-ds", _PN, "b141_pn", "b141_pn",
           "        self.delta_saida = erro_saida * derivada_sigmoide(self.y_in)", ((C,),),
           (Twin("value", f"-{_D2}", (_MD2,), _K2),), batch=141,
           why="derivada_sigmoide(x) = sigmoide(x) (1 - sigmoide(x)) taken of the sum y_in"),
    Public("z1-pn-et", _PN, "b141_pn", "b141_pn",
           "        self.erro_total = np.sum(erro_saida * erro_saida)/2 # calculo do erro total para monitorar o "
           "aprendizado da rede", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=141,
           why="the loss (half the squared error), a value; a Portuguese comment after it"),
    Public("z1-pn-ee", _PN, "b141_pn", "b141_pn", "        erro_escondida = np.dot(self.delta_saida, w_sem_bias)",
           ((C,),), (Twin("value", f"-{_A1}", (f"-{_A1}",), _J4),), batch=141,
           why="w_sem_bias = self.w[:, 1:], the output weights without the bias column"),
    Public("z1-pn-de", _PN, "b141_pn", "b141_pn",
           "        self.delta_escondida = erro_escondida * derivada_sigmoide(self.z)", ((C,),),
           (Twin("value", f"-{_D1}", (f"-{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),), batch=141),
    # ---- the Polish R script (five-space indentation, <-, R's 1-based [,i] and [i,]): one forward sum, the deltas,
    # and an update left unfinished ---------------------------------------------------------------------------------
    Public("z1-pr-h1", _PR, "b141_pr", "b141_pr", "     wyjscie1[i] <- f(sum(wagi1[,i]*wyjscie0))", ((C,),),
           (Twin("value", "a1[{h}]", ("sigmoid(W1[{h},0]*x[0] + W1[{h},1]*x[1] + W1[{h},2]*x[2])",), _PR_I),),
           batch=141, why="wagi1[,i], the column of weights into hidden unit i (R counts from 1)"),
    Public("z1-pr-dw", _PR, "b141_pr", "b141_pr", "delta_wyjsciowa <- wyjscie2*(1-wyjscie2)*(wyjscie2-y)", ((C,),),
           (Twin("value", _D2, ("a2[{k}]*(1 - a2[{k}])*(a2[{k}] - y[{k}])",), _K2),), batch=141,
           why="the output deltas dE/dz2 as a vector"),
    Public("z1-pr-dh", _PR, "b141_pr", "b141_pr", "     delta_ukryta[i] <- stala[i]*sum(wagi2[i,]*delta_wyjsciowa)",
           ((C,),), (Twin("value", _PR_D1, (_PR_D1,), _PR_I),), batch=141,
           why="wagi2[i,], the row of weights out of hidden unit i; stala[i] its slope"),
    Public("z1-pr-w1", _PR, "b141_pr", "b141_pr", "          wagi1[i, j] <- wagii1[i, j]-eta*",
           unreadable="eta*", batch=141,
           why="the update left unfinished: the product after eta has no second factor (and wagii1 for wagi1)"),
    # ---- the Polish exercise (NumPy at the top level, the page's numbers): a Polish comment after every line,
    # np.dot with a transpose, np.outer in the updates ----------------------------------------------------------------
    Public("z1-pl-bw", _PL, "b141_pl", "b141_pl",
           "blad_na_samym_wyjsciu = ostateczny_wynik_sieci - oczekiwany_wynik_sieci # obliczenie błędu na wyjściu",
           ((C,),), (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=141,
           why="the output error dE/d a2 (half the squared error)"),
    Public("z1-pl-dw", _PL, "b141_pl", "b141_pl",
           "delta_wyjsciowa = blad_na_samym_wyjsciu * pochodna_funkcji_sigmoid(ostateczny_wynik_sieci) # obliczenie "
           "delty błędu wyjścia", ((C,),), (Twin("value", _D2, (_D2,), _K2),), batch=141),
    Public("z1-pl-bs", _PL, "b141_pl", "b141_pl",
           "blad_w_srodku_sieci = np.dot(delta_wyjsciowa, wagi_ukryta_wyjscie.T) # obliczenie błędu w wyjściu "
           "środkowych neuronów", ((C,),), (Twin("value", _A1, (_A1,), _J3),), batch=141,
           why="wagi_ukryta_wyjscie input-first, its .T the output-first W2"),
    Public("z1-pl-du", _PL, "b141_pl", "b141_pl",
           "delta_ukryta = blad_w_srodku_sieci * pochodna_funkcji_sigmoid(sygnal_z_warstwy_ukrytej) # obliczenie "
           "delty błędu wyjścia środkowych neuronów", ((C,),), (Twin("value", _D1, (_D1,), _J3),), batch=141),
    Public("z1-pl-nw", _PL, "b141_pl", "b141_pl",
           "nowe_wagi_ukryta_wyjscie = wagi_ukryta_wyjscie - szybkosc_uczenia * np.outer(sygnal_z_warstwy_ukrytej, "
           "delta_wyjsciowa) # obliczenie nowych wag  neuronów końcowych uwzględniając błąd oraz szybkośc uczenia",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J3),),
           batch=141, why="np.outer(hidden, delta) at [j][k], the input-first layout; the rate 0.1, the file's"),
    Public("z1-pl-nb", _PL, "b141_pl", "b141_pl",
           "nowy_bias_warstwy_ukrytej = bias_warstwy_ukrytej - szybkosc_uczenia * delta_ukryta # korekcja biasu "
           "neuronów środkowych", ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J3),),
           batch=141),
    # ---- the Polish digits network (NumPy rows, eight-space indentation): .dot with transposes, np.sum over the
    # batch's axis 0, += updates with the code's deltas (-dE/dz) ---------------------------------------------------------
    Public("z1-p2-bl", _P2, "b141_p2", "b141_p2", "        blad = y - wyjscie", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=141),
    Public("z1-p2-dw", _P2, "b141_p2", "b141_p2", "        delta_wyjscie = blad * pochodna_sigmoid(wyjscie)", ((C,),),
           (Twin("value", f"-{_D2}", (_MD2,), _K2),), batch=141),
    Public("z1-p2-bu", _P2, "b141_p2", "b141_p2", "        blad_ukryty = delta_wyjscie.dot(wagi2.T)", ((C,),),
           (Twin("value", f"-{_A1}", (f"-{_A1}",), _J4),), batch=141),
    Public("z1-p2-du", _P2, "b141_p2", "b141_p2",
           "        delta_ukryty = blad_ukryty * pochodna_sigmoid(warstwa_ukryta)", ((C,),),
           (Twin("value", f"-{_D1}", (f"-{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),), batch=141),
    Public("z1-p2-w2", _P2, "b141_p2", "b141_p2",
           "        wagi2 += warstwa_ukryta.T.dot(delta_wyjscie) * wspolczynnik_uczenia", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J4),), batch=141,
           why="the hidden row's transpose times the delta row: the outer product, input-first; the rate after it"),
    Public("z1-p2-b1", _P2, "b141_p2", "b141_p2",
           "        bias1 += np.sum(delta_ukryty, axis=0, keepdims=True) * wspolczynnik_uczenia", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J4),), batch=141,
           why="np.sum over the batch's rows (one sample here)"),
    # ---- the French C program: the formulas in // comments (f', Σ_i without bounds) and the loops' statements with
    # float locals (fprime, somme, Xi); two notations, one per loop ----------------------------------------------------
    Public("z1-fc-cdo", _FC, "b141_fc", "b141_fc", "// delta_i = f'(poti) * (Yd_i - Xi)", ((C,),),
           (Twin("value", f"-{_FC_D2}", ("a2[{i}]*(1 - a2[{i}])*(y[{i}] - a2[{i}])",), _I2),), batch=141,
           why="a comment's formula: -dE/dz2 of output i"),
    Public("z1-fc-do", _FC, "b141_fc", "b141_fc", "        delta_out[i] = fprime * (Yd[i] - Xi);", ((C,),),
           (Twin("value", f"-{_FC_D2}", ("a2[{i}]*(1 - a2[{i}])*(y[{i}] - a2[{i}])",), _I2),), batch=141,
           why="fprime and Xi the loop's locals (Xi = X_out[i], fprime = Xi * (1 - Xi))"),
    Public("z1-fc-w2", _FC, "b141_fc", "b141_fc",
           "            W2[i][h] += learning_rate * delta_out[i] * X_hidden[h];", ((C,),),
           (Twin("update", "W2[{i},{h}]", (f"W2[{{i}},{{h}}] - eta*{_FC_D2}*a1[{{h}}]",), _I2H4),), batch=141),
    Public("z1-fc-cdh", _FC, "b141_fc", "b141_fch", "// delta_h = f'(poth) * Σ_i (delta_i * W2[i][h])", ((C,),),
           (Twin("value", f"-{_FC_D1}", (f"-{_FC_D1}",), _H4),), batch=141,
           why="Σ_i with no bounds, over the outputs"),
    Public("z1-fc-dh", _FC, "b141_fc", "b141_fch", "        delta_hidden[h] = fprime * somme;", ((C,),),
           (Twin("value", f"-{_FC_D1}", (f"-{_FC_D1}",), _H4),), batch=141,
           why="the hidden loop's locals: somme = sum_i delta_out[i] W2[i][h], fprime = Xh (1 - Xh)"),
    Public("z1-fc-w1", _FC, "b141_fc", "b141_fch",
           "            W1[h][j] += learning_rate * delta_hidden[h] * X[j];", ((C,),),
           (Twin("update", "W1[{h},{j}]", (f"W1[{{h}},{{j}}] - eta*{_FC_D1}*x[{{j}}]",), _H4J3),), batch=141),
    # ---- the French lab notes (plain text, each line after a tab): @ for the product, ^T, outer(...), <- for the
    # assignment; read for the hidden layer -----------------------------------------------------------------------------
    Public("z1-fd-ds", _FD, "b141_fd", "b141_fd", "\tdelta_sortie = (d - a_sortie) * fp_sortie", ((C,),),
           (Twin("value", f"-{_D2}", (_MD2,), _K2),), batch=141, why="fp_sortie the slope Fp(z) at the output's sum"),
    Public("z1-fd-dc", _FD, "b141_fd", "b141_fd", "\tdelta_cachee = (delta_suivante @ W_suivante^T) * fp_courante",
           ((C,),), (Twin("value", f"-{_D1}", (f"-{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=141,
           why="W_suivante input-first (hidden x output), its ^T the output-first W2"),
    Public("z1-fd-dw", _FD, "b141_fd", "b141_fd", "\tdW = eta * outer(a_precedente, delta_courante)", ((C,),),
           (Twin("value", f"-eta*{_D1}*x[{{i}}]", (f"-eta*{_D1}*x[{{i}}]",), _J3I2),), batch=141,
           why="dW the step of the hidden layer's weights (W <- W + dW), at [i][j] as W_L is laid out"),
    Public("z1-fd-db", _FD, "b141_fd", "b141_fd", "\tdb = eta * delta_courante", ((C,),),
           (Twin("value", f"-eta*{_D1}", (f"-eta*{_D1}",), _J3),), batch=141),
    Public("z1-fd-w", _FD, "b141_fd", "b141_fd", "\tW <- W + dW", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _J3I2),), batch=141,
           why="<- for the assignment"),
    Public("z1-fd-b", _FD, "b141_fd", "b141_fd", "\tb <- b + db", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J3),), batch=141),
    # ---- the French ReseauIA.apprendre (NumPy, eight-space indentation): a call split over three lines, @ and .T,
    # np.outer for the gradients, a -= update ------------------------------------------------------------------------
    Public("z1-fp-es", _FP, "b141_fp", "b141_fp", "        erreur_sortie = activations_sortie - cible_vecteur", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=141),
    Public("z1-fp-ds", _FP, "b141_fp", "b141_fp",
           "        delta_sortie = erreur_sortie * self._derivee_tanh_depuis_activation(\n            activations_sortie"
           "\n        )", ((C,),), (Twin("value", _T2, (_T2,)),), batch=141,
           why="the call's argument on a line of its own, its parenthesis closed on the next"),
    Public("z1-fp-gw2", _FP, "b141_fp", "b141_fp",
           "        gradient_poids_cachee_sortie = np.outer(delta_sortie, activations_cachee)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_T2}*a1[{{j}}]",), _J4),), batch=141),
    Public("z1-fp-dc", _FP, "b141_fp", "b141_fp",
           "        delta_cachee = (\n            self.poids_cachee_sortie.T @ delta_sortie\n        ) * "
           "self._derivee_tanh_depuis_activation(activations_cachee)", ((C,),),
           (Twin("value", _T1, (_T1,), _J4),), batch=141,
           why="a parenthesis opened at the end of the first line and closed on the third"),
    Public("z1-fp-gw1", _FP, "b141_fp", "b141_fp",
           "        gradient_poids_entree_cachee = np.outer(delta_cachee, vecteur_entree)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_T1}*x[{{i}}]",), _J4I3),), batch=141),
    Public("z1-fp-uw1", _FP, "b141_fp", "b141_fp",
           "        self.poids_entree_cachee -= taux_apprentissage * gradient_poids_entree_cachee", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_T1}*x[{{i}}]",), _J4I3),), batch=141),
    # ---- the Polish XOR exercise with beta (NumPy, twelve-space indentation): two-argument derivatives (of the
    # output and beta), slices past the bias's column and element, np.outer, a -= update ------------------------------
    Public("z1-pe-bl", _PE, "b141_pe", "b141_pe", "            blad = y_wartosc - cel", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=141, why="the error dE/d a2 (half the squared "
           "error: mse = 0.5 * suma_bledow / len(dane_x))"),
    Public("z1-pe-dw", _PE, "b141_pe", "b141_pe",
           "            delta_wyjscie = blad * pochodna_sigmoidalna(y_wartosc, beta)", ((C,),),
           (Twin("value", _PE2, (_PE2,)),), batch=141,
           why="pochodna_sigmoidalna(y, beta) = beta * y * (1 - y), of the output, beta = 1.0"),
    Public("z1-pe-du", _PE, "b141_pe", "b141_pe",
           "            delta_ukryta = (delta_wyjscie * wagi_wyjsciowa[0, 1:]) * pochodna_tanh(v_ukryte[1:], beta)",
           ((C,),), (Twin("value", _PE1, (_PE1,), _J2),), batch=141,
           why="wagi_wyjsciowa[0, 1:] and v_ukryte[1:] past the bias's column and its constant 1"),
    Public("z1-pe-gw1", _PE, "b141_pe", "b141_pe", "            gradient_w1 = np.outer(delta_ukryta, x)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_PE1}*x[{{i}}]",), _J2I3),), batch=141,
           why="x with its constant 1 first, an input of its own here (the hidden biases its weights)"),
    Public("z1-pe-uw1", _PE, "b141_pe", "b141_pe", "            wagi_ukryta -= wspolczynnik * gradient_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_PE1}*x[{{i}}]",), _J2I3),), batch=141),
]
