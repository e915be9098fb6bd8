r"""Batch 132 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (this batch's emphasis: a mix, as a teacher's class would hand in:
pages and students' files in many languages): an Italian page of RNeFL's chapter on backpropagation
(performancetrading.it: plain-text formulas one a line, delta_w1[j][k]=-epsilon*(d err / d w1[j][k]), E(j) the page's
sum, one step dropping the sum); a Data Science Stack Exchange question trying Nielsen's equations on a 2-3-1 network
($ ... $ inline, bullets, the asker's two slips that the answer owns); a Russian course notebook (JesseHeisenberg's
analitics_univer, backpropagation.ipynb at commit 0994a6f: $$ displays in Ng's bracketed layers, the chain link by
link); nathansamsel's simple_backpropagation_example (src/ex_network.py at commit beee171: Python 2, tabs, NumPy's
multiply, subtract, add and dot nested, an update with no rate, one real slip); and seven stored files whose
repositories the index does not name: a Python script commented in French with Malagasy names (stored file
31652332187: its own functions called and indexed, V_sortie(nbr_unites_sortie)[i], an identity output whose delta it
takes through the sigmoid's slope), a French Retropropagation class (stored file 65854200730: methods with self, a
hidden delta returning a name its method never defines), a French BackPP module (stored file 33775908383: scalar
helpers Delta(d, Fi, Fp), Delta_cache, Correcteur), a German network in Rashid's scheme (stored file 14979583395:
ausgabe_fehler, versteckte_fehler = ge_va.T @ ausgabe_fehler without the output's slope), a Turkish script (stored
file 35152788722: 1-D rows, x[i] with i the sample, [:, None] and [None, :] for the updates' outer products), a MATLAB
classdef commented in Chinese (stored file 23200286545: ' and .*, grad_ names with the sign the update adds) and a
MATLAB diabetes-risk script (stored file 4980595262: samples as rows, .^ and ./, a trailing % comment). Copied
verbatim, typos and mistakes included (the JSON-escaped text of the stored files and the notebook decoded; the
pages as the pages corpus holds them, the Stack Exchange bullets' "• " kept), each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: code deltas
that are -dE/dz where the updates add them, written "-delta2[k]"; helpers declared "sigmoid' at output" where they
compute x (1 - x) of what they are given and "sigmoid' at input" where they take the sum; a function's parameters
named at the arguments its caller passes, as batch 106 did (Delta's d, Fi, Fp; maj_poids's poids, delta, entree); one
notation per function where the page reuses a name (the script's delta[i] in delta_sortie and in delta_cacher, the
class's sortie in its output and hidden methods); MATLAB's and the diabetes script's row layouts as transposes,
"hidden_output" = "a1[:].T", "W2" = "W2[:, :].T"; the Turkish x[i] with i a placeholder its meaning does not use, a
sample index; the German versteckte_fehler by its definition, "W2[:, :].T @ (y[:] - a2[:])"; the Malagasy script's
function calls and nathansamsel's np.zeros((1,)) have no pattern, the loader taking none of the form name(arguments)),
a network of the kind the page describes (with the page's numbers where it gives them: the Malagasy script's initial
weights and neta 0.9, the French class's inputs [0.8, 0.2, 0.5], targets [0.3, 0.7] and taux 0.1, nathansamsel's
weights [[.1, .8], [.4, .6]] and [.3, .9] with rate 1, the Turkish first sample [1, 0, 0, 0] -> [0, 0] and rate 0.1,
the German learnrate 0.05, the diabetes script's 0.1; all in tests/public_formulas_batch132_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's delta (delta[i], outputDelta-like error terms, delta_cikis, output_error, d_output), an error (erreur,
hata, ausgabe_fehler), a step (delta_poid_2[i, j], correction, delta_w1[j][k], grad_output_weights), a derivative by
an activation or a sum (dL/da^{[1]}, delta[k] = -(d err/d I[k])), a function's definition (derivee_sigmoid,
sigmoid_derivative, judged at the argument the code passes) and a loss's definition (L = 1/2 (y_hat - y)^2,
toplam_hata, error = 0.5 * (Y - output).^2) are twinned as values, as in batches 14 to 131. Formulas keep their
page's delimiters and what surrounds them on their line (a line's indentation, spaces or tabs, trailing spaces and
a trailing % comment, a statement's ;, a bullet, the Italian page's word chiamiamo); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 132

The batch: 62 formulas from 11 addresses (the Malagasy/French script 6, the French class 5, the BackPP module 3,
nathansamsel's script 4, the Italian page 6, the Stack Exchange question 7, the German network 4, the Russian notebook
8, the Turkish script 7, the MATLAB classdef 6, the MATLAB diabetes script 6). 21 are in documents (the Italian
page's 6 in plain text, the question's 7 in $ ... $, the notebook's 8 in $$ ... $$), 41 in code files (Python 29,
MATLAB 12).

6 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the Malagasy/French script's mg-ds, delta[i] = derive_sigmoide(somme) * (sortie_desire[i] -
  V_sortie(nbr_unites_sortie)[i]): the output is identite(somme), whose slope is 1; the sigmoid's slope at the output's
  sum does not belong (-dE/dz2 is d - y; the updates built on delta_sortie inherit it, but their lines, taking the
  delta as named, are right);
- nathansamsel's ns-w1, self.weights[0][index] = self.weights[0][index] + np.dot(error_hlayer[0], inputs[index]): row
  index (hidden unit index's weights) moved by hidden unit 0's error term times input index, the same number for every
  column; the step of W1[j, i] is unit j's error term times input i (right only at j = i = 0);
- the Italian page's pt-dkj, delta[k]=-(d err/d I[j])*(d I[j]/d h[k])*(d h[k]/d I[k]): the chain through one output j,
  where hidden neuron k feeds every output (the page adds the sum E(j) on its next line, pt-sum);
- the Stack Exchange question's ds-w211, \frac{\partial C}{\partial w^2_{11}}= a^1_1*((a^3-y)\sigma'(z^3_1))*\sigma'(z^2_1):
  w^2_11 leaves hidden unit 1 for the output, so dC/dw^2_11 = a^2_1 delta^3_1; a^1_1 (the input) and the hidden slope
  do not belong (the answer: "my mistake was silly", the book numbering the weights by the layer they go into);
- the same question's ds-d21, \delta^2_1= \delta^{2+1}_1\odot\sigma'(z^2_1): the weight w^2_11 that carries delta^3_1
  back dropped ("Since W^3 does not exist I assume it is ignored");
- the German network's de-v1, self.ge_v1 += self.lr * np.dot(versteckte_fehler * versteckte_outputs *
  (1-versteckte_outputs), inputs.T): versteckte_fehler = ge_va.T @ ausgabe_fehler carries t - o back without the output's
  slope o (1 - o) (Rashid's scheme), so the step is not the squared error's gradient step;
- mistyped (unreadable): the French class's fr-dc, def delta_cache(self, sortie, deltas_suivants, poids_suivants): ...
  return erreur * self.derivee_sigmoid(sortie): erreur, a name the method never defines (erreur_remontee, computed on the
  line above, was meant; a NameError in Python) (unreadable="erreur").

Not mistaken, though they look it: the Malagasy script's mg-dc, mg-dp3 (delta_sortie(...) the output's delta as named:
the function computing it slips, these lines do not); nathansamsel's ns-eh (it reads self.weights[1] after updating it,
a slip of the order, not of the line's names) and its updates without a rate (the repository's page: "Assume a learning
rate of 1"); the Turkish sigmoid_derivative(z) = z (1 - z) (its parameter named z, the loop calling it with the
activations); the MATLAB classdef's grad_output_weights = output_error * hidden_output' (named a gradient in its comment,
-dE/dW2 in sign, which its update adds: the notation names it so); the diabetes script's error = 0.5 * (Y -
output).^2 under the comment "Mean Squared Error" (the half squared error its d_output descends); the German code's
ausgabe_fehler and its ge_va update (right: the output's slope is in the update).

What was left out: the Malagasy script's forward functions (running sums in loops), init_poid and derive_sigmoide's
definition (math.exp(-x) / math.pow((1 + math.exp(-x)), 2), a def whose caller passes sums and outputs' sums alike);
the French class's delta_sortie as a whole (a return after an assignment in one method, the assignment taken alone as
fr-err), corriger_couche's list comprehension and its main; the BackPP module's maj (its def and return parted by a
docstring) and Delta_cache's somme = sum(delta * w for delta, w in delta_w_list) (a generator over pairs);
nathansamsel's feed_forward lines (list comprehensions and Python 2 prints); the Italian page beyond what the pages
corpus holds of it, and its definitions in words (dove h[k]=attivazione del k_esimo neurone hidden); the question's
\delta^2 = ((w^{2+1})^T\delta^{2+1})\odot\sigma'(z^2) (the book's BP2 quoted in the asker's numbering, where w^3 does
not exist: the misreading the question is about, no meaning a notation of the page can give), the answer's
\frac{\partial }{\partial w^3_{11}}=a^2_1(a^3_1-y)\sigma'(z^3_1) (a derivative with no numerator, in the book's
renumbered layers) and its other forward bullets (the same pattern); the German network's branch of five hidden layers
(ausgabe_outputs = self.aktivierungsfunktion(versteckte_1_inputs), the output computed from the first layer's sums, and
every versteckte_n_fehler = np.dot(self.ge_va.T, ausgabe_fehler): real slips, but of a branch whose weights ge_v2 ...
ge_v5, each 500 x 784, cannot multiply 500 hidden outputs, so no network is the page's) and its branch without a hidden
layer; the notebook's other displays (z^{[1]}, a^{[1]}, a^{[2]}, dL/db^{[2]}, dL/db^{[1]}: 8 of 13 taken) and its code
cells (rows X @ W1, dL/da2 = 2(a2 - y)/m under the mean squared error, another loss than its section 4's); the
Turkish script's hesapla_net_ve_aktivasyon (a function returning a pair) and its running total; the MATLAB classdef's
forward method; the diabetes script's b1 = b1 - learning_rate * sum(d_hidden) and b2's (MATLAB's sum of an m x 3
matrix is per unit over the four patients, but of a 1 x 3 row the sum of the three units: no one-sample network gives
the line the page's meaning) and its forward, normalization and plotting. Pages read and not taken: koesan/SifirdanYZ's
Turkish README (micrograd-style derivatives of d = a*b + c, no network's formula), a Vietnamese and a German copy of
pages earlier batches held, the MATLAB scripts 3699141761, 3515971574 and 3664570514 (threshold outputs o = (x >= 0)
trained with the sigmoid's slope: a heuristic, not a gradient), 28419058117 (theta1, theta2 with bias columns
([1; hidden_output]) that no notation names whole), a Spanish MATLAB retropropagacionError (derivadaLogistica(h, Beta),
a sigmoid of slope Beta no problem file names), the German network's other copy (stored file 15122141414, the same
author's), a Gambosi lecture's notes (archive.leonardotamiano.xyz ml_24: the pages corpus holds its opening only, no
backpropagation formula; claimed, not taken), and many candidates earlier batches held.

Collected on 2026-12-07 (05:23 to 05:33 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
13 of the 16 loaded as first written; b132_mg and b132_mgh were refused for the Malagasy script's function calls
("'V_sortie(nbr_unites_sortie)[i]': is not one symbol"), b132_ns for "np.zeros((1,))" ("unexpected at ')'"): those
patterns were removed (the formulas that use them stand as written, for check to read or refuse). The oracle's first
run passed every verdict as first transcribed (a first run of 35 entries from seven addresses, then all 62).

Run blind at main 80b89cd (/work/READY_FOR_BLIND52; src/ as at 80b89cd, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch132_blind.txt): 50 of 62 read with every
verdict right (81%), 11 refused, 1 typo refused (its message not naming erreur), no typo read, no misreading, no
crash, NO WRONG FORMULA CALLED CORRECT. One refusal was a slip of this batch's notation: b132_fr named the class's
helper only as its methods call it ("self.derivee_sigmoid"), not as the class defines it (def derivee_sigmoid), so
fr-dsig, the helper's definition, was refused as a function the notation does not name ("def derivee_sigmoid: check
reads the definition of code's word for an activation's derivative (dsigmoid, tanh_deriv, sigmoid_prime) or a loss's
(mse_prime), of an activation by its name as problem files write it, and of a loss or function the notation names;
..."). The notation was fixed once (derivee_sigmoid named too, in b132_fr and b132_frh) and the batch run again
(/work/batch132_blind_2.txt): 51 of 62 read with every verdict right (82%), 10 refused, 1 typo refused, no typo read,
no misreading, no crash, no wrong formula called correct; the other refusals are the same in both runs, and none of
them is a slip of the notations (none counts from the wrong number, none names a quantity the page does not mean: the
Malagasy script's functions and np.zeros((1,)) have no pattern because the loader takes none of their form).

Of the 6 mistaken formulas, 5 were read with their wrong member called wrong (ns-w1, pt-dkj, ds-w211, ds-d21, de-v1);
mg-ds was refused at V_sortie (below), not called correct. By page (the second run): the Malagasy/French script 2 of 6,
the French class 4 of 5 (and its typo refused), the BackPP module 3 of 3, nathansamsel's script 2 of 4, the Italian
page 3 of 6, the Stack Exchange question 7 of 7, the German network 4 of 4, the Russian notebook 8 of 8, the Turkish
script 6 of 7, the MATLAB classdef 6 of 6, the MATLAB diabetes script 6 of 6.

The refusals by construct (the second run's 10, and the typo's), with the exact message:

- 4, a code's own functions called and then indexed (V_sortie(nbr_unites_sortie)[i], V_cacher(nbr_unites_cacher, 0)[i],
  delta_cacher(nbr_unites_cacher)[i], delta_sortie(nbr_unites_sortie)[i]), of a form the loader takes as no pattern:
  mg-ds: "formula 'delta[i] = derive_sigmoide(somme) * (sortie_desire[i] - V...': unknown symbol V_sortie; the notation
  knows New_poid_2, New_poid_3, delta, delta_poid_2, delta_poid_3, poid_2, poid_3, somme; a name of several letters is
  read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "V_sortie" = "..." (e.g. "a1[0]")" (mg-dc the same at V_cacher, adding "or, where it is a helper
  doing arithmetic on its arguments, declare it in the notation's functions"); mg-dp2: "formula 'delta_poid_2[i, j] =
  neta * delta_cacher(nbr_unites_cache...': \delta_{cacher} matches none of the notation's patterns for \delta
  ('delta[i]')" (mg-dp3 the same at \delta_{sortie}: the function's name read as delta with a subscript, since the
  notation names delta[i]);
- 2, NumPy's array constructor np.zeros((1,)) inside nested np.multiply, np.subtract and np.add (1 written
  np.add(np.zeros((1,)), 1.0)): ns-eo: "formula 'error_olayer = np.multiply(np.multiply(output, np.subtrac...': np.zeros
  is not a function check reads at 'n' (position 67); write np.exp, np.log, np.sqrt, np.maximum(0, u), np.pow(u, 2) or
  an activation by its name, or name it in the notation's functions" (ns-eh the same at position 123);
- 1, an Italian word of prose before a definition: pt-dk: "formula 'chiamiamo delta[k]=-(d err/d I[k])': unknown symbol
  chiamiamo; the notation knows D, I, delta, delta_w1, h, w1, w2, y; a name of several letters is read whole only where
  the notation names it: ...";
- 1, the page's sum written E(j)(...): pt-sum: "formula 'delta[k]=-(E(j)(d err/d I[j])*(d I[j]/d h[k]))*(d h[k]/d ...':
  the index j has no value; name it on the left side, with --param (e.g. W2[j,i]), or in a sum";
- 1, a plain-text derivative of a sum written E(k), d E(k) w2[k][j]*h[k]/d h[k]: pt-dih: "formula 'd E(k)
  w2[k][j]*h[k]/d h[k] = w2[k][j]': unknown symbol d; the notation knows D, I, delta, delta_w1, h, w1, w2, y; give it a
  meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]"";
- 1, NumPy's [:, None] after an indexed sample: tr-w1: "formula 'ag_giris_gizli += ogrenme_katsayisi * np.dot(x[i][:,
  None...': x_{i,:,None}: a slice of more than one sample or unit, which check does not read; write the entries it
  takes, or NumPy's a[i:i+1] of one sample" (aktivasyon_gizli[:, None], on a vector named whole, was read in tr-w2);
- the typo: fr-dc, refused for its method's shape before the undefined name is met (a local assigned from a generator,
  sum(d * p for d, p in zip(...)), then return erreur ...), not naming erreur: "formula 'def delta_cache(self, sortie,
  deltas_suivants, poids_suiv...': the definition of delta_cache is more than one return line after locals (a
  conditional, a loop, an augmented assignment, a call alone); check reads local names assigned once, then the value:
  def delta_cache(x): s = ... then return ..., or R's delta_cache = function(x) { s = ...; s * (1 - s) } (a docstring
  and comments aside)".

Read, among the constructs these pages brought: plain-text Leibniz quotients with and without spaces around their /
(d err / d w1[j][k], d err/d I[k]) and a chain through one output called wrong (pt-dkj); $ ... $ after a bullet "• ",
\delta^{2+1}_1 with arithmetic in a superscript and \frac{\partial }{\partial w^2_{11}} applied to a written-out loss
(the asker's two slips called wrong); Ng's bracketed layers in $$ displays with (a^{[1]})^T and \cdot; Python methods
with self (def maj_poids(...): return ..., def derivee_sigmoid after the fix), tab-indented scalar helpers whose
arguments the notation names, index_names' index with self.weights[1][index] (ns-w1's row update called wrong);
Rashid's hidden update called wrong (de-v1); the Turkish 1-D rows, np.dot with .T and [:, None] on a vector named
whole; MATLAB's ' and .*, ./ and .^, a classdef's obj. properties, a trailing % comment, rows named as transposes.

Which look general (would appear in much homework): a procedural code's own functions returning a layer's values,
called and indexed in the line (V_sortie(n)[i]), which neither the notation format takes as a pattern nor the reader
matches; NumPy's [:, None] after an indexed sample (x[i][:, None]); a word of prose in another language before a
definition (chiamiamo, "we call"); a Python helper whose locals include a generator expression. Page-specific: the
Italian page's E(j) for a sum and its d E(k) ... / d h[k]; nathansamsel's np.zeros((1,)) for a constant.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch132_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MG = _STORED.format(31652332187, "import math",
                     "a Python script commented in French with Malagasy names (boritra): a 2-3-1 network's gradient "
                     "descent in numbered steps, Etape 1 ... Etape 6")
_FR = _STORED.format(65854200730, "class Retropropagation:",
                     "a French Retropropagation class: output and hidden deltas, maj_poids, corriger_couche")
_BP = _STORED.format(33775908383, "# Fonction maj pour la mise à jour d'un poids (Backpropagation classique)",
                     "a French BackPP module: maj, Correcteur, Delta_cache and Delta with docstrings")
_NS = "https://github.com/nathansamsel/simple_backpropagation_example (src/ex_network.py, commit beee171)"
_PT = "https://performancetrading.it/Documents/RNeFL/RNeFL_bRetropropagazione.htm"
_DS = "https://datascience.stackexchange.com/questions/11743/help-using-backprop-formulas-from-deep-learning-book"
_DE = _STORED.format(14979583395, "# -*- coding: utf-8 -*-",
                     "a German neuronalesNetzwerk class (Rashid's scheme, comments in German): trainieren with 0, 1 "
                     "or 5 hidden layers")

_JH = "https://github.com/JesseHeisenberg/analitics_univer (backpropagation.ipynb, commit 0994a6f)"
_TR = _STORED.format(35152788722, "import numpy as np",
                     "a Python script commented in Turkish: a 4-4-2 sigmoid network's training loop (ileri besleme, geri "
                     "yayılım) and a networkx drawing")
_CM = _STORED.format(23200286545, "classdef MLP < handle",
                     "a MATLAB MLP classdef commented in Chinese: forward, backward and update methods")
_ML = _STORED.format(4980595262, "clear; close all; clc;",
                     "a MATLAB script training a 2-3-1 network on a diabetes-risk dataset, samples as rows")


def _rows(**ranges) -> tuple:
    """Every combination of the letters' values, e.g. _rows(j=2, k=3)."""
    rows = [{}]
    for letter, size in ranges.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)


# ---- the Malagasy/French script's 2-3-1 network (sigmoid hidden units, one identity output, no biases): dE/dz2 is
# a2 - y, and hidden unit i's dE/dz1[i]
_MG_D1 = "(a2[0] - y[0])*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])"

# ---- a sigmoid output k under half the squared error: dE/dz2[k]
_D2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _d2(k) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


# ---- nathansamsel's 2-2-1 sigmoid network without biases
_NS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _ns_d1(j) -> str:
    return f"{_NS_D2}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


# ---- the Italian page's 2-3-2 sigmoid network: dE/dz1[k] of hidden unit k, and dE/dW1[k, j]
_PT_D1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])*a1[{k}]*(1 - a1[{k}])"
_PT_G1 = f"{_PT_D1}*x[{{j}}]"

# ---- the Stack Exchange question's 2-3-1 sigmoid network: dC/dz^3_1
_DS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# ---- the German 3-4-2 sigmoid network: the output errors carried back by the transposed weights (Rashid's)
_DE_BACK = "(W2[0,{j}]*(y[0] - a2[0]) + W2[1,{j}]*(y[1] - a2[1]))"


# ---- a sigmoid network under half the squared error: output k's dE/dz2, and hidden unit j's dE/dz1 over the outputs
def _d1(j, outputs: int) -> str:
    back = " + ".join(f"{_d2(k)}*W2[{k},{j}]" for k in range(outputs))
    return f"({back})*a1[{j}]*(1 - a1[{j}])"


ENTRIES = [
    # ---- the Malagasy/French script (Python, twelve- and sixteen-space indentation): its own functions called and
    # indexed (V_sortie(nbr_unites_sortie)[i], delta_cacher(nbr_unites_cacher)[i]), derive_sigmoide of the sums, an
    # identity output whose delta the code takes through the sigmoid's slope ------------------------------------------
    Public("z2-mg-ds", _MG, "b132_mg", "b132_mg",
           "            delta[i] = derive_sigmoide(somme) * (sortie_desire[i] - V_sortie(nbr_unites_sortie)[i])", ((W,),),
           (Twin("value", "-(a2[{i}] - y[{i}])", ("sigmoid(z2[{i}])*(1 - sigmoid(z2[{i}]))*(y[{i}] - a2[{i}])",),
                 _rows(i=1)),), batch=132,
           why="the output is identite(somme), whose slope is 1: -dE/dz2 is d - y; the sigmoid's slope at the output's "
               "sum does not belong (the script's slip; somme there is output i's sum over the hidden outputs)"),
    Public("z2-mg-dc", _MG, "b132_mg", "b132_mgh",
           "            delta[i] = derive_sigmoide(V_cacher(nbr_unites_cacher, 0)[i]) * poid_3[0, i] * "
           "delta_sortie(nbr_unites_sortie)[0]", ((C,),),
           (Twin("value", f"-{_MG_D1}", ("sigmoid(z1[{i}])*(1 - sigmoid(z1[{i}]))*W2[0,{i}]*(y[0] - a2[0])",),
                 _rows(i=3)),), batch=132,
           why="delta_sortie(...)[0] the output's delta as named (-dE/dz2; the function computing it slips, this line "
               "does not); V_cacher(..., 0)[i] the hidden sums"),
    Public("z2-mg-dp2", _MG, "b132_mg", "b132_mg",
           "                delta_poid_2[i, j] = neta * delta_cacher(nbr_unites_cacher)[i] * V_entrer(nbr_unites_entrer)[j]",
           ((C,),), (Twin("value", f"-eta*{_MG_D1}*x[{{j}}]", (f"eta*(-{_MG_D1})*x[{{j}}]",), _rows(i=3, j=2)),),
           batch=132, why="the step of poid_2[i, j] (input j to hidden unit i), a value; neta the rate"),
    Public("z2-mg-np2", _MG, "b132_mg", "b132_mg",
           "                New_poid_2[i, j] = poid_2[i, j] + delta_poid_2[i, j]", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_MG_D1}*x[{{j}}]",), _rows(i=3, j=2)),), batch=132),
    Public("z2-mg-dp3", _MG, "b132_mg", "b132_mg",
           "                delta_poid_3[i, j] = neta * delta_sortie(nbr_unites_sortie)[i] * V_cacher(nbr_unites_cacher, 1)[j]",
           ((C,),), (Twin("value", "-eta*(a2[{i}] - y[{i}])*a1[{j}]", ("eta*(y[{i}] - a2[{i}])*a1[{j}]",),
                          _rows(i=1, j=3)),), batch=132,
           why="delta_sortie(...)[i] the output's delta as named; V_cacher(..., 1)[j] the hidden outputs"),
    Public("z2-mg-np3", _MG, "b132_mg", "b132_mg",
           "                New_poid_3[i, j] = poid_3[i, j] + delta_poid_3[i, j]", ((C,),),
           (Twin("update", "W2[{i},{j}]", ("W2[{i},{j}] - eta*(a2[{i}] - y[{i}])*a1[{j}]",), _rows(i=1, j=3)),),
           batch=132),
    # ---- the French Retropropagation class (Python, eight- and twelve-space indentation): methods with self, the
    # slope written of the output, a hidden delta returning a name its function never defines --------------------------
    Public("z2-fr-err", _FR, "b132_fr", "b132_fr", "        erreur = cible - sortie", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _rows(k=2)),), batch=132,
           why="in delta_sortie: the output neuron's error"),
    Public("z2-fr-dsig", _FR, "b132_fr", "b132_fr",
           "    def derivee_sigmoid(self, sortie):\n        return sortie * (1 - sortie)", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _rows(k=2)),), batch=132,
           why="the slope written of the output sortie (delta_sortie calls it with the output)"),
    Public("z2-fr-dc", _FR, "b132_fr", "b132_frh",
           "    def delta_cache(self, sortie, deltas_suivants, poids_suivants):\n"
           "        erreur_remontee = sum(d * p for d, p in zip(deltas_suivants, poids_suivants))\n"
           "        return erreur * self.derivee_sigmoid(sortie)",
           unreadable="erreur", batch=132,
           why="the function returns erreur, a name it never defines (erreur belongs to delta_sortie; erreur_remontee, "
               "computed on the line above, was meant): a NameError in Python, the class's typo"),
    Public("z2-fr-maj", _FR, "b132_fr", "b132_fr",
           "    def maj_poids(self, poids, delta, entree):\n        return poids + self.taux * delta * entree", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2K}*a1[{{j}}]",), _rows(j=4, k=2)),), batch=132,
           why="judged at the arguments corriger_couche passes it for the output layer: a weight, the neuron's delta "
               "(-dE/dz2) and the input from hidden neuron j; taux the rate"),
    Public("z2-fr-b", _FR, "b132_fr", "b132_fr", "            neurone.biais = neurone.biais + self.taux * delta", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2K}",), _rows(k=2)),), batch=132),
    # ---- the French BackPP module (tab-indented function bodies): scalar helpers named by their arguments ----------
    Public("z2-bp-d", _BP, "b132_bp", "b132_bp", "\tdelta = (d - Fi) * Fp", ((C,),),
           (Twin("value", f"-{_d2(0)}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=132,
           why="Delta's body at an output neuron: d the target, Fi the output, Fp the sigmoid's derivative there"),
    Public("z2-bp-dc", _BP, "b132_bp", "b132_bph", "\tdelta_cache = somme * Fp", ((C,),),
           (Twin("value", f"-{_d2(0)}*W2[0,0]*a1[0]*(1 - a1[0])",
                 (f"-{_d2(0)}*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=132,
           why="Delta_cache's body at hidden neuron 0: somme the sum of delta * w over its outgoing connections"),
    Public("z2-bp-cor", _BP, "b132_bp", "b132_bp", "\tcorrection = eta * x * delta", ((C,),),
           (Twin("value", f"-eta*{_d2(0)}*a1[0]", (f"eta*a1[0]*(-{_d2(0)})",)),), batch=132,
           why="Correcteur's body at the output neuron's weight from hidden neuron 0: x its input, delta its error "
               "signal; the step maj adds"),
    # ---- nathansamsel's ex_network.py (Python 2, tab-indented): NumPy's multiply, subtract, add and dot nested,
    # weights[1][index] updated with no rate ----------------------------------------------------------------------------
    Public("z2-ns-eo", _NS, "b132_ns", "b132_ns",
           "\t\terror_olayer = np.multiply(np.multiply(output, np.subtract(np.add(np.zeros((1,)), 1.0), output)), "
           "np.subtract(target, output)) ", ((C,),),
           (Twin("value", f"-{_NS_D2}", ("a2[0]*((0 + 1.0) - a2[0])*(y[0] - a2[0])",)),), batch=132,
           why="o (1 - o) (t - o), the output's error term (-dE/dz2), with 1 written np.add(np.zeros((1,)), 1.0); the "
               "line's trailing space kept"),
    Public("z2-ns-w2", _NS, "b132_ns", "b132_ns",
           "\t\t\tself.weights[1][index] = self.weights[1][index] + np.dot(error_olayer[0], self.outputs[0][index])",
           ((C,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_NS_D2}*a1[{{j}}]",), _rows(j=2)),), batch=132,
           why="index runs over the hidden units; no rate written, the repository's rate 1 (twinned with eta)"),
    Public("z2-ns-eh", _NS, "b132_ns", "b132_ns",
           "\t\terror_hlayer = np.multiply(np.multiply(error_olayer[0], self.weights[1]), np.multiply(self.outputs[0], "
           "np.subtract(np.add(np.zeros((1,)), 1.0), self.outputs[0])))", ((C,),),
           (Twin("value", f"-{_ns_d1('{j}')}", (f"-{_NS_D2}*W2[0,{{j}}]*a1[{{j}}]*((0 + 1.0) - a1[{{j}}])",),
                 _rows(j=2)),), batch=132,
           why="the hidden error terms (-dE/dz1) as the names say (the code reads self.weights[1] after updating it, a "
               "slip of the order, not of this line)"),
    Public("z2-ns-w1", _NS, "b132_ns", "b132_ns",
           "\t\t\tself.weights[0][index] = self.weights[0][index] + np.dot(error_hlayer[0], inputs[index])", ((W,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ns_d1(0)}*x[{{j}}]",), _rows(j=2, i=2)),),
           batch=132,
           why="row index of weights[0] (hidden unit index's weights) moved by error_hlayer[0] * inputs[index]: hidden "
               "unit 0's error term for every row, and the input of the row's number for every column; the step of "
               "W1[j, i] is the error term of unit j times input i (right only at j = i = 0)"),
    # ---- the Italian page (plain text, one formula a line): d err/d w1[j][k] as Leibniz quotients, E(j) the page's
    # sum over j, one step that drops the sum -------------------------------------------------------------------------
    Public("z2-pt-dw", _PT, "b132_pt", "b132_pt", "delta_w1[j][k]=-epsilon*(d err / d w1[j][k])", ((C,),),
           (Twin("value", f"-eta*{_PT_G1}", (f"-eta*{_PT_G1}",), _rows(j=2, k=3)),), batch=132,
           why="the step of the weight from input j to hidden neuron k, a value"),
    Public("z2-pt-chain", _PT, "b132_pt", "b132_pt", "delta_w1[j][k]=-epsilon*(d err/d I[k])*(d I[k]/d w1[j][k])",
           ((C,),), (Twin("value", f"-eta*{_PT_G1}", (f"-eta*{_PT_D1}*x[{{j}}]",), _rows(j=2, k=3)),), batch=132),
    Public("z2-pt-dk", _PT, "b132_pt", "b132_pt", "chiamiamo delta[k]=-(d err/d I[k])", ((C,),),
           (Twin("value", f"-{_PT_D1}", (f"-{_PT_D1}",), _rows(k=3)),), batch=132,
           why="the definition after the page's word chiamiamo (we call)"),
    Public("z2-pt-dkj", _PT, "b132_pt", "b132_pt", "delta[k]=-(d err/d I[j])*(d I[j]/d h[k])*(d h[k]/d I[k])", ((W,),),
           (Twin("value", f"-{_PT_D1}", ("-(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*W2[{j},{k}]*a1[{k}]*(1 - a1[{k}])",),
                 _rows(j=2, k=3)),), batch=132,
           why="the chain through one output j: hidden neuron k feeds every output, so -dE/dI[k] sums over j (the "
               "page adds the sum E(j) on its next line); right only on a network of one output"),
    Public("z2-pt-sum", _PT, "b132_pt", "b132_pt", "delta[k]=-(E(j)(d err/d I[j])*(d I[j]/d h[k]))*(d h[k]/d I[k])",
           ((C,),), (Twin("value", f"-{_PT_D1}", (f"-{_PT_D1}",), _rows(k=3)),), batch=132,
           why="E(j) the page's sum over the outputs j"),
    Public("z2-pt-dih", _PT, "b132_pt", "b132_pt", "d E(k) w2[k][j]*h[k]/d h[k] = w2[k][j]", ((C,),),
           (Twin("value", "W2[{j},{k}]", ("W2[{j},{k}]",), _rows(j=2, k=3)),), batch=132,
           why="d I[j]/d h[k] written out: the derivative of output j's sum E(k) w2[k][j] h[k] by h[k], a value"),
    # ---- the Data Science Stack Exchange question ($ ... $ inline, bullets of the question's list): Nielsen's
    # equations tried on a 2-3-1 network with the layers' weights numbered from the layer they leave -----------------
    Public("z2-ds-z21", _DS, "b132_ds", "b132_ds", "• $z^2_1=w^1_{11}x_1+w^1_{12}x_2+b_1$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=132),
    Public("z2-ds-a21", _DS, "b132_ds", "b132_ds", "• $a^2_1 =\\sigma(z^2_1)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=132),
    Public("z2-ds-z31", _DS, "b132_ds", "b132_ds", "• $z^3_1=w^2_{11}a^2_1+w^2_{12}a^2_2+w^2_{13}a^2_3$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2]",)),), batch=132),
    Public("z2-ds-d3", _DS, "b132_ds", "b132_ds",
           "$\\delta^3_1 = \\frac{\\partial C}{\\partial z^3_1} = (a^3-y)\\sigma'(z^3_1)$", ((C, C),),
           (Twin("value", _DS_D2, (_DS_D2, "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))")),), batch=132),
    Public("z2-ds-w211", _DS, "b132_ds", "b132_ds",
           "$\\frac{\\partial C}{\\partial w^2_{11}}= a^1_1*((a^3-y)\\sigma'(z^3_1))*\\sigma'(z^2_1)$", ((W,),),
           (Twin("gradient", "W2[0,0]",
                 ("x[0]*((a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0])))*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=132,
           why="the asker's slip (the answer says so): w^2_11 leaves hidden unit 1 for the output, so dC/dw^2_11 = "
               "a^2_1 delta^3_1; a^1_1 (the input x_1, Nielsen's a^1) and the hidden slope do not belong"),
    Public("z2-ds-d21", _DS, "b132_ds", "b132_ds", "$\\delta^2_1= \\delta^{2+1}_1\\odot\\sigma'(z^2_1)$", ((W,),),
           (Twin("value", f"{_DS_D2}*W2[0,0]*a1[0]*(1 - a1[0])",
                 ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=132,
           why="the asker drops the weight w^2_11 that carries delta^3_1 back to hidden unit 1 (\"Since W^3 does not "
               "exist I assume it is ignored\"): delta^2_1 = w^2_11 delta^3_1 sigma'(z^2_1)"),
    Public("z2-ds-direct", _DS, "b132_ds", "b132_ds",
           "$\\frac{\\partial }{\\partial w^2_{11}}\\frac{1}{2}([\\sigma(w^2_{11}a^2_1+w^2_{12}a^2_2+w^2_{13}a^2_3)]-y)^2"
           "=a^2_1(a^3_1-y)\\sigma'(z^3_1)$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("a1[0]*(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=132,
           why="the derivative of C written out by w^2_11, the left side; a^3_1 the output a^3"),
    # ---- the German network (Python, twelve-space indentation): NumPy columns, Rashid's hidden error ge_va.T @ (t - o)
    # without the output's slope ------------------------------------------------------------------------------------
    Public("z2-de-ef", _DE, "b132_de", "b132_de", "            ausgabe_fehler = ziele - ausgabe_outputs", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _rows(k=2)),), batch=132),
    Public("z2-de-vo", _DE, "b132_de", "b132_de",
           "            versteckte_outputs = self.aktivierungsfunktion(versteckte_inputs)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _rows(j=4)),), batch=132),
    Public("z2-de-va", _DE, "b132_de", "b132_de",
           "            self.ge_va += self.lr * np.dot(ausgabe_fehler * ausgabe_outputs * (1-ausgabe_outputs), "
           "versteckte_outputs.T)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2K}*a1[{{j}}]",), _rows(j=4, k=2)),), batch=132),
    Public("z2-de-v1", _DE, "b132_de", "b132_de",
           "            self.ge_v1 += self.lr * np.dot(versteckte_fehler * versteckte_outputs * (1-versteckte_outputs), "
           "inputs.T)                     ", ((W,),),
           (Twin("update", "W1[{j},{i}]",
                 (f"W1[{{j}},{{i}}] + eta*{_DE_BACK}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _rows(i=3, j=4)),),
           batch=132,
           why="versteckte_fehler = ge_va.T @ ausgabe_fehler carries back t - o without the output's slope o (1 - o) "
               "(Rashid's scheme): the step is not the squared error's gradient step (the line's trailing spaces kept)"),
    # ---- JesseHeisenberg's course notebook (Russian, a markdown cell's $$ ... $$ displays): Ng's bracketed layers,
    # column vectors, the chain written link by link ------------------------------------------------------------------
    Public("z2-jh-z2", _JH, "b132_jh", "b132_jh", "$$z^{[2]} = W^{[2]} a^{[1]} + b^{[2]}$$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + W2[0,3]*a1[3] + b2[0]",)),),
           batch=132),
    Public("z2-jh-loss", _JH, "b132_jh", "b132_jh", "$$L = \\frac{1}{2}(\\hat{y} - y)^2$$", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=132,
           why="the loss's definition (the notebook's \"MSE\"), a value"),
    Public("z2-jh-da2", _JH, "b132_jh", "b132_jh", "$$\\frac{\\partial L}{\\partial a^{[2]}} = \\hat{y} - y$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=132),
    Public("z2-jh-dz2", _JH, "b132_jh", "b132_jh",
           "$$\\frac{\\partial L}{\\partial z^{[2]}} = \\frac{\\partial L}{\\partial a^{[2]}} \\cdot \\sigma'(z^{[2]})$$",
           ((C,),), (Twin("value", _d2(0), ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=132),
    Public("z2-jh-dw2", _JH, "b132_jh", "b132_jh",
           "$$\\frac{\\partial L}{\\partial W^{[2]}} = \\frac{\\partial L}{\\partial z^{[2]}} \\cdot (a^{[1]})^T$$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_d2(0)}*a1[{{j}}]",), _rows(j=4)),), batch=132,
           why="a column times the row (a^{[1]})^T: the matrix dL/dW^{[2]}, entry by entry"),
    Public("z2-jh-da1", _JH, "b132_jh", "b132_jh",
           "$$\\frac{\\partial L}{\\partial a^{[1]}} = (W^{[2]})^T \\cdot \\frac{\\partial L}{\\partial z^{[2]}}$$",
           ((C,),), (Twin("value", f"{_d2(0)}*W2[0,{{j}}]", (f"W2[0,{{j}}]*{_d2(0)}",), _rows(j=4)),), batch=132,
           why="dL/da^{[1]}, a value"),
    Public("z2-jh-dz1", _JH, "b132_jh", "b132_jh",
           "$$\\frac{\\partial L}{\\partial z^{[1]}} = \\frac{\\partial L}{\\partial a^{[1]}} \\cdot \\sigma'(z^{[1]})$$",
           ((C,),), (Twin("value", _d1("{j}", 1),
                          (f"{_d2(0)}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _rows(j=4)),),
           batch=132, why="the product entry by entry (the notebook's \\cdot between two columns)"),
    Public("z2-jh-dw1", _JH, "b132_jh", "b132_jh",
           "$$\\frac{\\partial L}{\\partial W^{[1]}} = \\frac{\\partial L}{\\partial z^{[1]}} \\cdot x^T$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_d1('{j}', 1)}*x[{{i}}]",), _rows(j=4, i=2)),), batch=132),
    # ---- the Turkish script (Python, eight-space indentation in its loop): 1-D NumPy rows, x[i] with i the sample,
    # [:, None] and [None, :] making the outer product of the updates ------------------------------------------------
    Public("z2-tr-dsig", _TR, "b132_tr", "b132_trd", "def sigmoid_derivative(z):\n    return z * (1 - z)", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _rows(k=2)),), batch=132,
           why="the slope written of the output: the loop calls it with aktivasyon_cikis and aktivasyon_gizli (its "
               "parameter's name z notwithstanding)"),
    Public("z2-tr-loss", _TR, "b132_tr", "b132_trl",
           "def toplam_hata(hedef, cikis):\n    return 0.5 * np.sum((hedef - cikis) ** 2)", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=132,
           why="the loss's definition (toplam hata, the total error) at the loop's arguments y[i] and aktivasyon_cikis"),
    Public("z2-tr-hata", _TR, "b132_tr", "b132_tr", "        hata = y[i] - aktivasyon_cikis", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _rows(k=2)),), batch=132),
    Public("z2-tr-dc", _TR, "b132_tr", "b132_tr", "        delta_cikis = hata * sigmoid_derivative(aktivasyon_cikis)",
           ((C,),), (Twin("value", f"-{_d2('{k}')}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _rows(k=2)),),
           batch=132),
    Public("z2-tr-dg", _TR, "b132_tr", "b132_tr",
           "        delta_gizli = np.dot(delta_cikis, ag_gizli_cikis.T) * sigmoid_derivative(aktivasyon_gizli)", ((C,),),
           (Twin("value", f"-{_d1('{j}', 2)}",
                 ("-((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
                  "*a1[{j}]*(1 - a1[{j}])",), _rows(j=4)),), batch=132,
           why="a 1-D row times ag_gizli_cikis.T (output x hidden): the deltas carried back, hidden unit j's"),
    Public("z2-tr-w2", _TR, "b132_tr", "b132_tr",
           "        ag_gizli_cikis += ogrenme_katsayisi * np.dot(aktivasyon_gizli[:, None], delta_cikis[None, :])", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_d2('{k}')}",), _rows(j=4, k=2)),),
           batch=132, why="[:, None] a column, [None, :] a row: their product the outer product, [j, k] from hidden j to "
                          "output k"),
    Public("z2-tr-w1", _TR, "b132_tr", "b132_tr",
           "        ag_giris_gizli += ogrenme_katsayisi * np.dot(x[i][:, None], delta_gizli[None, :])", ((C,),),
           (Twin("update", "W1[{j},{n}]", (f"W1[{{j}},{{n}}] - eta*x[{{n}}]*{_d1('{j}', 2)}",), _rows(n=4, j=4)),),
           batch=132, why="x[i] sample i's input (one sample here); [n, j] from input n to hidden j"),
    # ---- the MATLAB classdef (twelve-space indentation, comments in Chinese): ' for the transpose, .* entry by
    # entry, its grad_ names the steps' direction ---------------------------------------------------------------------
    Public("z2-cm-oe", _CM, "b132_cm", "b132_cm",
           "            output_error = (target - output) .* output .* (1 - output);", ((C,),),
           (Twin("value", f"-{_d2('{k}')}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _rows(k=2)),), batch=132),
    Public("z2-cm-he", _CM, "b132_cm", "b132_cm",
           "            hidden_error = obj.output_weights' * output_error .* hidden_output .* (1 - hidden_output);",
           ((C,),), (Twin("value", f"-{_d1('{j}', 2)}",
                          ("(W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(y[1] - a2[1])*a2[1]*(1 - a2[1]))"
                           "*a1[{j}]*(1 - a1[{j}])",), _rows(j=3)),), batch=132,
           why="MATLAB's * and .* of one precedence, read left to right: ((W' * e) .* h) .* (1 - h)"),
    Public("z2-cm-go", _CM, "b132_cm", "b132_cm", "            grad_output_weights = output_error * hidden_output';",
           ((C,),), (Twin("value", f"-{_d2('{k}')}*a1[{{j}}]", (f"-{_d2('{k}')}*a1[{{j}}]",), _rows(k=2, j=3)),),
           batch=132, why="the code's \"gradient\" with the sign its update adds (-dE/dW2), a value"),
    Public("z2-cm-gh", _CM, "b132_cm", "b132_cm", "            grad_hidden_weights = hidden_error * input';", ((C,),),
           (Twin("value", f"-{_d1('{j}', 2)}*x[{{i}}]", (f"-{_d1('{j}', 2)}*x[{{i}}]",), _rows(j=3, i=2)),), batch=132),
    Public("z2-cm-uh", _CM, "b132_cm", "b132_cm",
           "            obj.hidden_weights = obj.hidden_weights + learning_rate * grad_hidden_weights;", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_d1('{j}', 2)}*x[{{i}}]",), _rows(j=3, i=2)),),
           batch=132),
    Public("z2-cm-uo", _CM, "b132_cm", "b132_cm",
           "            obj.output_weights = obj.output_weights + learning_rate * grad_output_weights;", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_d2('{k}')}*a1[{{j}}]",), _rows(k=2, j=3)),),
           batch=132),
    # ---- the MATLAB diabetes script (four-space indentation): samples as rows, ' and .^, a trailing % comment -------
    Public("z2-ml-ho", _ML, "b132_ml", "b132_ml", "    hidden_output = 1 ./ (1 + exp(-hidden_input)); % Sigmoid", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _rows(j=3)),), batch=132,
           why="./ MATLAB's division entry by entry; the line's trailing comment % Sigmoid"),
    Public("z2-ml-err", _ML, "b132_ml", "b132_ml", "    error = 0.5 * (Y - output).^2;", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=132,
           why="the loss (summed over the samples on the next line; one sample here), a value; .^ the power"),
    Public("z2-ml-do", _ML, "b132_ml", "b132_ml", "    d_output = (output - Y) .* output .* (1 - output);", ((C,),),
           (Twin("value", _d2(0), ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=132),
    Public("z2-ml-dh", _ML, "b132_ml", "b132_ml",
           "    d_hidden = (d_output * W2') .* hidden_output .* (1 - hidden_output);", ((C,),),
           (Twin("value", _d1("{j}", 1), (f"{_d2(0)}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _rows(j=3)),), batch=132,
           why="W2' the transpose of the page's hidden x output W2: a row"),
    Public("z2-ml-w2", _ML, "b132_ml", "b132_ml", "    W2 = W2 - learning_rate * (hidden_output' * d_output);", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_d2(0)}",), _rows(j=3)),), batch=132),
    Public("z2-ml-w1", _ML, "b132_ml", "b132_ml", "    W1 = W1 - learning_rate * (X_normalized' * d_hidden);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_d1('{j}', 1)}",), _rows(j=3, i=2)),),
           batch=132, why="the page's W1(i, j) from input i to hidden j, W1[j, i] in symbols.md"),
]
