r"""Batch 125 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (pages in languages other than English and Chinese, the brief's
emphasis; nine sites, none of them in /work/used_urls.txt by domain but github.com): sourander's Finnish deep-learning
course page "Vastavirta (Backprop)" (https://sourander.github.io/syvaoppiminen/vastavirta/backpropagation, as the pages
corpus gives it; its text read in the course repository's docs/vastavirta/backpropagation.md at commit 6a3dff6: a
```python block of NumpyNNwithBCE's backward method with mkdocs annotation marks "# (1)!" after each line, rows and
.T.dot), and eight notebooks the pages corpus gave as GitHub pages: William Viktorsson's Swedish 04_backpropagation (the
rules in words in ``` blocks, "ny_vikt = gammal_vikt + α × δ × input_som_passerade_vikten", and the TODO comments of
Övning 7, "# delta = error × sigmoid_derivative(output)"), Wim Casteels's Dutch les07_theorie (a worked mini-network
with dL_dv names, np.outer, @, .T and # comments with ∂L/∂v, ⊗ and ReLU'), nam157's Vietnamese Lab 3 (Ng's planar-data
lab translated, the student's answers: dZ1 = W2.T*dZ2 * (1 - np.power(A1,2)), @ and np.sum(..., keepdims=True)),
rexxum's Swiss-German "Anleitung eines neuronalen Netzwerkes" ($$ displays with \frac {..}{..}, \color{Red}{...} around
factors, out_{h} and out_o; and its backward_prop), hiai-de's German talk "Ein nayves neuronales Netz" ($$ displays with
\color{red}{...} around a whole equation, f'(...) of the weighted sums written out, w_{1h1} and w_{1o} / w_{o1}; and its
train method), BertrandBorel's French "Ajustements des poids" (a book's worked perceptron: `...` formulas with words,
ERREUR, PREDICTION, VALEUR ENTREE, and code cells of numbers), DobiSam's Portuguese "Rede Neural backpropagation" (+=
updates, self.tr, a lambda's slope) and zakopiotr353's Polish "NN bez warstwy ukrytej" ($$ on lines of their own with
\times, w_{ij}(t+1); and its NumPy backward). Copied verbatim (the notebooks' JSON decoded; each read in its
repository at the commit its address names), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: arrays as rows where the code multiplies
rows, "self.A1" = "a1[:].T", "self.W2" = "W2[:, :].T" (input-first); code deltas that are -dE/dz where the updates add
them, "δ" = "-delta2[0]", "output_delta" = "-delta1[:].T"; helpers "sigmoid' at output" where they take the output
(self.sigmoid_derivative, self.dsig, derivatan_av_sigmoid) and "sigmoid' at input" where they take the sum
(sigmoid_derived); the Swedish words as one weight's names, the output neuron's weight from hidden neuron 1,
"gammal_vikt" = "W2[0, 0]", "ny_vikt" = "new(W2[0, 0])"; the Dutch y the output, "y" = "a2[0]", and "relu_grad" =
"Heaviside(z1[:])"; the pages' counting from 1, "w_{ij}" = "W1[j-1, i-1]", "h_{j}" = "a1[j-1]"; the page's own
meaning where it swaps the usual letters: rexxum's y the output and \hat y the target, the Polish derivation's y_j the
output and d_j the target while its code's y is the target), a network of the kind the page describes (with the page's
numbers where it gives them: the Finnish Kuva 1's 2-2-1 sigmoid network under the binary cross-entropy; the Swedish XOR
network with one XOR row [0, 1] -> 1 and its rate 0.5; the Dutch 2-3-1 ReLU network with a linear output, x = [1, 2],
y_target = [1] and its rate 0.1; the Vietnamese 2-4-1 tanh-sigmoid network under the cross-entropy, rate 1.2; rexxum's
single path I_1 -> h -> o for its derivation and a 2-3-2 network for its code, both sigmoid without biases under its
Cost, the mean of the squares over the outputs; the German talk's 2-2-1 network under 1/2 (y - o)^2; the French
neuron with the book's W11 = -0.165955990594852, W21 = 0.4406489868843162, Wb = 0, X1 = 1, X2 = 0, target 0 and rate
0.1; the Portuguese 2-3-1 XOR network with self.tr = 0.7; the Polish one-layer 3-2 network; all in
tests/public_formulas_batch125_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Deltas, errors and derivatives by an output or by a weighted sum
(dZ2, dA1, δ_output, error, Error, erro_oculto, dL_dy, ∂L/∂z1, dC/dout_h, do/dw_{1o}) are twinned as values, as in
batches 14 to 122; the Swedish rules written for every weight are twinned at the weight the notation names (W2[0, 0]);
the French numbers as numbers (members "=...").

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 125

The batch: 71 formulas from 9 addresses (the Finnish page 7, the Swedish notebook 8, the Dutch 8, the Vietnamese 8,
rexxum's 9, the German talk 9, the French 8, the Portuguese 6, the Polish 8). 27 are in documents: 19 $$ displays
(rexxum's 7, the talk's 7, the Polish 5), 4 lines of the Swedish ``` blocks and 4 `...` formulas of the French Markdown; 44 are code lines (Python: the Finnish 7, the Vietnamese 8, the Dutch
8 with its 2 # comments of ∂L/∂v, the Swedish 4 # TODO comments, rexxum's 2, the talk's 2, the French 4, the Portuguese
6, the Polish 3).

10 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- rexxum's de-oh, \frac {\partial C}{\partial out_{h}} = \frac {1}{m} \cdot (out_{o}-\hat y) \cdot out_o(1-out_o)
  \cdot w_2: the factor 2 of the Cost's derivative dropped on purpose ("die zwei können wir streichen, da wir später
  sowieso eine Lernrate verwenden werden"), so the equation is half the derivative; de-cw2 (the boxed dC/dw_2, the
  same half) and de-ohw2 (the left side left at dC/dout_h while the right side ends with dsum_o/dw_2 = out_h, a copy
  slip, besides the 2);
- rexxum's de-alm, w_2^+ =w_2 - \alpha \times Error \times Eingaben: the rule of y = mx carried over, which the page
  itself calls almost right ("fast richtig, jedoch fehlt noch ein kleiner Teil"): the sigmoid's slope missing;
- rexxum's code de-dz2, dZ2 = A2 - one_hot_Y: the sigmoid's slope missing under the page's squared Cost (A2 - Y is
  the delta of a sigmoid output under the cross-entropy), the page's note that one_hot() spares the output weights the
  slope mistaken;
- the German talk's hi-doh, \color{green}{\frac{\partial o}{\partial h_1}} = h_1 * \color{blue}{f'(...)}: h_1 where
  the weight w_{o1} was meant, a slip carried into hi-dow1 (whose left side do/dw_{1h1} is also dL/dw_{1h1} by its right
  side) and into the code, hi-h1w (self.hidden_1.weights[0] -= learning_rate * d_L__d_o * h_1 * ...);
- the French fr-n21, Nouveau_W21 = W21 - Valeur_ajustement_W11: W11's adjustment subtracted from W21 (its own is 0,
  X2 = 0);
- the Portuguese pt-eo, erro_oculto = np.dot(self.w_2.T, erro): the output error sent back without the output's slope
  (Rashid's shortcut);
- mistyped (unreadable): the talk's hi-fp, f'(x) = \frac{e^{-x}}{(1 + e^{-x})^2} = f(x) * (1 - f(x): a parenthesis
  left open (unreadable="(1 - f(x)"); the French fr-som, `sommePonderee = valeur du biais * wb + (wll*Xl + w21 * X2))`:
  a parenthesis too many after words and the book's wll, Xl (unreadable="X2))").

Not mistaken, though they look it: the Finnish dZ1 with sigmoid_derivative taken of A1 (the helper computes A1 (1 -
A1)); the Swedish and Portuguese += updates (the deltas are -dE/dz); the Swedish notebook's printed MSE (a mean of
squares) where its steps are half the squared error's; the Dutch "y" for the output; the Vietnamese dZ1 = W2.T*dZ2
(elementwise with broadcasting, not np.dot: with one output unit the same product); lines right from a quantity
named in a slipped line (rexxum's dZ1 from dZ2, the Portuguese w_1 update from erro_oculto: each judged by its own
names, the slip counted once, where it is written).

What was left out: the Finnish page's 5-layer backward (the same lines at W5 ... W1), Rosebrock's loop (deltas[-1] of a
list) and its z_1 = w_{00} x_1 + ... display; the Swedish "δ_dold = (summerat fel från nästa lager) ×
derivatan_av_sigmoid(output)" (a phrase with spaces, no name a notation can give), TODO 4's comment (TODO 2's text
again) and the bias comment; the Dutch dL_db2 and dL_db1 lines (copies of dL_dz2, dL_dz1), its 7.4 list of a generic
layer and its vectorised LinearLayer; the Vietnamese lab's other updates (W2, b1) and the lab's formulas hidden in an
HTML comment (<!-- ... -->); rexxum's earlier error-splitting displays (e_{h1} = \frac{w_{1,1}}{w_{1,1}+w_{2,1}} \times
e_1: Rashid's proportional split, no derivative), its y = mx example, its dC/dw_1 boxed twice (the same half as
de-cw2), its code's dW2 and update lines; the talk's other weight and bias lines (the same rules at w_{2o}, b_o,
w_{2h1}, b_{h1}, h_2), its MSE displays and its code's output updates; the French cells at W21 and Wb (the same numbers
again); the Portuguese print lines; the Polish \partial y_j / \partial a_j and \partial a_j / \partial w_{ij} displays
and its bias update. Pages read and not taken: the Swedish repository's neural_network.py (TODOs returning 0.0),
reim2zk's Japanese chapter 5 (\partial z / \partial W of an output, no loss), EmperorKunDis's Czech chapter 31 (PyTorch
calls only), njiva-niaina's French python-rna (deltas in comprehensions over nested lists weight[i - 2][k][j]), a
Vietnamese XOR script of the index (d_weights2 = 2 (y - output) ..., its repository over the fetch limit, its path not
named), and many candidates earlier batches held (ani-tka, Drwalin, quark-xp.ru, core.cz, CodeHunterOfficial,
testhelp.link, algonest.io.vn, S4njuuu3291, Irlll, ki-mit-java.de, performancetrading.it, pullrequest.ru, coderoad.ru,
capsian, alainlebret, SEBASBELMOS, magnusv30, gthvn1, menmenmeng, joomong0620, thebook.io, zenn.dev, velog.io,
ArtemOnigiri, FUlyankin, elifbeyzatok00, trighpro123, Chilee24, malawad.com, the Google crash course page), pages
whose formulas are images or lost in extraction (iasa.org.ua, vorticity.de, bilgisayarkavramlari.com, docplayer.gr),
and pages stored only from their beginning, before any formula (math.martinkrizan.com, codefinity's Dutch lesson,
nguyentruonglong.net, the Persian Wikipedia diff, blog.magicbytes.ir, shawonruet.com's Bengali post, the liglab TP).

Collected on 2026-12-07 (02:03 to 02:15 by the machine's clock, the oracle's runs included; a first commit of 23
formulas from the first 3 addresses at 02:07, extended before check was run). Every notation was loaded
(notation_loading.load_notation, for its network) before the run, without judging a formula: 8 of the 11 as first
written; 3 were refused by the loader for the format, not a meaning: the Swedish "gradienten_för_denna_vikt" ("is not
one symbol": the loader takes "delta_nästa" and "input_som_passerade_vikten" but not this name), so the notation leaves
it out (sv-upd's refusal, if it comes, measures that); the talk's code names d_L__d_o and f_deri__sum_o ("unexpected at
'_'": a double underscore), left out too (hi-dlo and hi-h1w measure that), and its sum_h1 and sum_o ("is not one
symbol"), written "sum_{h1}" and "sum_{o}". The oracle's first run found the two notebooks' [data] tables written as
flat lists (a slip of the tables' format); mended, every later run passed every verdict as first transcribed.

Run blind at main 74e26aa (/work/READY_FOR_BLIND49; src/ as at 74e26aa, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch125_blind.txt): 64 of 71 read with every verdict
right (90%), 5 refused, 2 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of
the refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page does not
mean: the three names they lack are names the loader refuses, and VALEUR ENTREE is two words), so the batch was run
once; tests/test_public_formulas_held_out.py -k 125 passed after the rebase (148 tests, the check ones among them).

Of the 10 mistaken formulas, 9 were read with their wrong member called wrong (rexxum's de-oh, de-ohw2, de-cw2, de-alm
and de-dz2: the dropped 2, the slipped left side, the rule without the slope, the code's delta without it; the talk's
hi-doh and hi-dow1: h_1 for w_{o1}; the French fr-n21: W11's adjustment on W21; the Portuguese pt-eo: the hidden
error without the output's slope); the tenth, the talk's hi-h1w, was refused at d_L__d_o (below), not called correct.
By page: the Finnish page 7 of 7, the Swedish notebook 7 of 8, the Dutch 8 of 8, the Vietnamese 8 of 8, rexxum's 9 of
9, the German talk 5 of 9 (and its typo refused), the French 6 of 8 (and its typo refused), the Portuguese 6 of 6, the
Polish 8 of 8.

The refusals by construct (5, and the typos'), with the exact message:

- 2, a code name with a double underscore (d_L__d_o, f_deri__sum_o), which the loader refuses in a notation ("unexpected
  at '_'") and the reader in a formula: hi-dlo: "formula 'd_L__d_o = o - y': unexpected at '_' (position 4)" (hi-h1w the
  same at position 48);
- 1, a word with a non-ASCII letter after an underscore (gradienten_för_denna_vikt), which the loader refuses as "not
  one symbol" while it takes delta_nästa and input_som_passerade_vikten, and which the reader cuts at ö: sv-upd:
  "formula 'ny_vikt = gammal_vikt - \\alpha \\times gradienten_för_denn...': unknown symbol gradienten_f; the notation
  knows Error, \delta, error, facit, gammal, gissning, input_som_passerade_vikten, input_till_vikten; a name of several
  letters is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "gradienten_f" = "..." (e.g. "a1[0]")";
- 1, a whole equation inside \color{red}{...}: hi-dldo: "formula '{\\frac{\\partial L}{\\partial o} = (-1) * (y - o) =
  o - y}': expected '}' to close the group at '=' (position 32)" (the talk's \color{red}{(o - y)} around a factor was
  read, in hi-dlw, hi-dow1);
- 1, a name of two words (VALEUR ENTREE, the input in the French book's formula), which no notation can name: fr-gf:
  "formula 'Gradient = -1 * ERREUR * PREDICTION * (1-PREDICTION) * VA...': unknown symbol VALEUR; the notation knows
  ERREUR, Erreur, Gradient, Nouveau, PREDICTION, Valeur_ajustement_W11, W, Wb; a name of several letters is read whole
  only where the notation names it: give it the quantity it stands for in the notation's [notation.symbols], "VALEUR" =
  "..." (e.g. "a1[0]")";
- the typos, both named: hi-fp, "formula "f'(x) = \\frac{e^{-x}}{(1 + e^{-x})^2} = f(x) * (1 - f(x)": expected ')' to
  close the parenthesis at the end"; fr-som, "formula 'sommePonderee = valeur du biais * wb + (wll*Xl + w21 * X2))':
  unexpected at ')' (position 59)".

Read, among the constructs these pages brought: mkdocs annotation marks "# (1)!" after code lines; Swedish words with
å, ä (delta_nästa, Övning's TODO comments) and × in ``` blocks and # comments; ∂L/∂v, ⊗ and ReLU' in # comments;
np.outer, @, .T.dot and W2.T*dZ2 broadcast; \color{Red}{...}, \color{blue}{...} and \color{green}{...} around factors
and around a derivative on the left side; \frac {..}{..} with spaces; out_o beside out_{h}; the derivative of an
output (do/dw_{1o}, do/dh_1) by a weight or a hidden output, judged as a value; f'(...) of a weighted sum written out;
w_{1h1} with a literal letter between two placeholders; w_{ij}(t+1) and W_2^+ for the new weight; `...` formulas and
cells of numbers; self.tr and self.dsig of a lambda; \times between a chain's factors.

Which look general (would appear in much homework): code names with a double underscore (d_L__d_o in many notebooks
that spell dL/do), words with letters outside ASCII in Nordic, German or French code and pseudo-code
(gradienten_för_denna_vikt), and a whole equation coloured by \color{...}{...} (KaTeX and MathJax pages colour whole
lines as often as factors). Page-specific: VALEUR ENTREE (a book's pseudo-formula in words), and the two typos (the
pages' own).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch125_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_FI = "https://sourander.github.io/syvaoppiminen/vastavirta/backpropagation"
_SV = "https://github.com/williamviktorsson/ml_notebooks (04_backpropagation.ipynb, commit 1b800ec)"
_NL = "https://github.com/WimCasteels/math-foun (content/analyse/les07_theorie.ipynb, commit 8480038)"
_VI = "https://github.com/nam157/courses_ML (Neural Network/Lab 3/[VN]Lab_3_SNN (Mạng nơron nông).ipynb, commit 680320c)"
_DE = "https://github.com/rexxum/Neuronales-Netzwerk (Anleitung eines neuronalen Netzwerkes (3).ipynb, commit e313db2)"
_HI = ("https://github.com/hiai-de/talks (2020-03-02/Ein nayves neuronales Netz/Ein nayves neuronales Netz.ipynb, "
       "commit b6cfb78)")
_PT = "https://github.com/DobiSam/Rede-neural (Rede_Neural_backpropagation.ipynb, commit be0fe60)"
_PL = "https://github.com/zakopiotr353/Metody_uczenia_maszynowego (NN_bez_warstwy_ukrytej.ipynb, commit aa7146a)"
_FR = "https://github.com/BertrandBorel/Notebooks (IA/Neural_network/Tuto/1_Neural_Network.ipynb, commit 754bf82)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4 = tuple({"j": j} for j in range(4))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_K2 = tuple({"k": k} for k in range(2))

# the Finnish 2-2-1 sigmoid network under the binary cross-entropy: dL/dz2, dL/d a1[j], dL/dz1[j]
_FD2 = "(a2[0] - y[0])"
_FA1 = "(a2[0] - y[0])*W2[0,{j}]"
_FD1 = f"{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])"
# the Swedish 2-2-1 sigmoid network under half the squared error: -dE/dz2 (the notebook's delta)
_SD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the Dutch 2-3-1 ReLU network with a linear output: dL/dz2, dL/d a1[j], dL/dz1[j]
_ND2 = "(a2[0] - y[0])"
_NA1 = "W2[0,{j}]*(a2[0] - y[0])"
_ND1 = f"{_NA1}*Heaviside(z1[{{j}}])"

# the Vietnamese 2-4-1 network (tanh hidden, sigmoid output) under the cross-entropy: dJ/dZ2, dJ/dZ1[j]
_VD2 = "(a2[0] - y[0])"
_VD1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
# the German single path (1-1-1, sigmoid, C = (o - y_hat)^2 with m = 1): dC/d sum_o
_DEO = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the German code's 2-3-2 network under the mean over the outputs (1/2 sum): dC/dZ2[k], dC/dZ1[j]
_DD2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DD1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
        "*a1[{j}]*(1 - a1[{j}])")
# the German talk's 2-2-1 network under 1/2 (y - o)^2: dL/d sum_o, do/dW1[0,0]
_HD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_HOW = "a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
# the French single sigmoid neuron under 1/2 (t - y)^2: dE/dW11
_FG = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"
# the Portuguese 2-3-1 network under half the squared error: -dE/d z2 (the code's erro times the slope)
_PD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the Polish one-layer network (3 inputs, 2 sigmoid outputs) under half the squared error: dE/dz_j
_LD = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2b = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

ENTRIES = [
    # ---- sourander's Finnish course page (a ```python block, four-space indentation, mkdocs annotation marks
    # "# (1)!" after each line): NumpyNNwithBCE's backward method, rows, .T.dot ----------------------------------------
    Public("y5-fi-dz2", _FI, "b125_fi", "b125_fi", "    self.dZ2 = self.A2 - target  # (1)!", ((C,),),
           (Twin("value", _FD2, (_FD2,)),), batch=125,
           why="the binary cross-entropy's delta with a sigmoid output, ennuste - todellinen"),
    Public("y5-fi-dw2", _FI, "b125_fi", "b125_fi", "    self.dW2 = self.A1.T.dot(self.dZ2)  # (2)!", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_FD2}",), _J2),), batch=125,
           why="A1.T.dot(dZ2): the column of hidden outputs times the output's delta, W2 input-first"),
    Public("y5-fi-db2", _FI, "b125_fi", "b125_fi", "    self.db2 = self.dZ2  # (3)!", ((C,),),
           (Twin("gradient", "b2[0]", (_FD2,)),), batch=125),
    Public("y5-fi-da1", _FI, "b125_fi", "b125_fi", "    dA1 = self.dZ2.dot(self.W2.T)  # (4)!", ((C,),),
           (Twin("value", _FA1, (_FA1,), _J2),), batch=125,
           why="dL/dA1, a value: the delta through the transpose of the input-first W2"),
    Public("y5-fi-dz1", _FI, "b125_fi", "b125_fi",
           "    self.dZ1 = dA1 * self.sigmoid_derivative(self.A1)  # (5)!", ((C,),),
           (Twin("value", _FD1, (f"{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=125,
           why="sigmoid_derivative taken of the hidden OUTPUTS A1, which computes A1 (1 - A1) (the page: the sigmoid's "
               "derivative at A¹)"),
    Public("y5-fi-dw1", _FI, "b125_fi", "b125_fi", "    self.dW1 = self.A0.T.dot(self.dZ1)  # (6)!", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_FD1}",), _J2I2),), batch=125, why="X == A0, the input row"),
    Public("y5-fi-db1", _FI, "b125_fi", "b125_fi", "    self.db1 = self.dZ1  # (7)!", ((C,),),
           (Twin("gradient", "b1[{j}]", (_FD1,), _J2),), batch=125),
    # ---- williamviktorsson's Swedish notebook: the rules in words inside ``` blocks (× for the product, Greek δ and α,
    # Swedish names with å, ä, ö), and the code's TODO comments (# ... with ×) ------------------------------------------
    Public("y5-sv-upd", _SV, "b125_sv", "b125_sv", "ny_vikt = gammal_vikt - α × gradienten_för_denna_vikt", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*(-{_SD2})*a1[0]",)),), batch=125,
           why="the update rule for every single weight (uppdateringsregeln), named here for the output neuron's weight "
               "from hidden neuron 1; words for the names, × for the product"),
    Public("y5-sv-dout", _SV, "b125_sv", "b125_sv",
           "δ_output = (facit - gissning) × derivatan_av_sigmoid(gissning)", ((C,),),
           (Twin("value", _SD2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=125,
           why="the output neuron's 'felansvar', -dE/dz (the updates add it); derivatan_av_sigmoid of the output "
               "(sigmoid_derivative(sig_output) = s (1 - s))"),
    Public("y5-sv-nw", _SV, "b125_sv", "b125_sv", "ny_vikt = gammal_vikt + α × δ × input_som_passerade_vikten", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_SD2}*a1[0]",)),), batch=125,
           why="+ with the -dE/dz delta: the gradient step"),
    Public("y5-sv-nb", _SV, "b125_sv", "b125_sv", "ny_bias = gammal_bias + α × δ", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_SD2}",)),), batch=125),
    Public("y5-sv-err", _SV, "b125_sv", "b125_sv", "                # error = facit - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=125,
           why="TODO 1's comment in Övning 7's train method (sixteen-space indentation)"),
    Public("y5-sv-delta", _SV, "b125_sv", "b125_sv",
           "                # delta = error × sigmoid_derivative(output)", ((C,),),
           (Twin("value", _SD2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=125,
           why="TODO 2's comment: the output neuron's delta"),
    Public("y5-sv-herr", _SV, "b125_sv", "b125_sv",
           "                # Error = delta_nästa × vikt_som_kopplar_dem", ((C,),),
           (Twin("value", f"{_SD2}*W2[0,0]", (f"{_SD2}*W2[0,0]",)),), batch=125,
           why="TODO 3's comment: hidden neuron 1's error, the next layer's delta times the weight joining them "
               "(-dE/d its output)"),
    Public("y5-sv-vikt", _SV, "b125_sv", "b125_sv",
           "                # vikt += learning_rate × delta × input_till_vikten", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_SD2}*a1[0]",)),), batch=125,
           why="TODO 5's comment for the output neuron's weight from hidden neuron 1"),
    # ---- WimCasteels's Dutch lesson (Python cells, ∂L/∂v in # comments, np.outer, @ and .T) --------------------------
    Public("y5-nl-dy", _NL, "b125_nl", "b125_nl", "dL_dy = y - y_target", ((C,),),
           (Twin("value", _ND2, (_ND2,)),), batch=125, why="y the output (z2), y_target the target"),
    Public("y5-nl-dz2", _NL, "b125_nl", "b125_nl", "dL_dz2 = dL_dy", ((C,),),
           (Twin("value", _ND2, (_ND2,)),), batch=125, why="the linear output: y = z2"),
    Public("y5-nl-cw2", _NL, "b125_nl", "b125_nl", "# ∂L/∂W2 = ∂L/∂z2 ⊗ a1 (outer product)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_ND2}*a1[{{j}}]",), _J3),), batch=125,
           why="a # comment with ∂ (U+2202) and ⊗ for the outer product, a remark in parentheses after it"),
    Public("y5-nl-dw2", _NL, "b125_nl", "b125_nl", "dL_dW2 = np.outer(dL_dz2, a1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_ND2}*a1[{{j}}]",), _J3),), batch=125),
    Public("y5-nl-da1", _NL, "b125_nl", "b125_nl", "dL_da1 = W2.T @ dL_dz2", ((C,),),
           (Twin("value", _NA1, (_NA1,), _J3),), batch=125, why="W2 output-first (1x3), its transpose"),
    Public("y5-nl-cz1", _NL, "b125_nl", "b125_nl", "# ∂L/∂z1 = ∂L/∂a1 * ReLU'(z1)", ((C,),),
           (Twin("value", _ND1, (_ND1,), _J3),), batch=125, why="ReLU' the ReLU's slope (0 or 1)"),
    Public("y5-nl-dz1", _NL, "b125_nl", "b125_nl", "dL_dz1 = dL_da1 * relu_grad", ((C,),),
           (Twin("value", _ND1, (_ND1,), _J3),), batch=125, why="relu_grad = (z1 > 0).astype(float)"),
    Public("y5-nl-dw1", _NL, "b125_nl", "b125_nl", "dL_dW1 = np.outer(dL_dz1, x)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ND1}*x[{{i}}]",), _J3I2),), batch=125),
    # ---- nam157's Vietnamese lab (a translation of Ng's planar-data lab, the student's answers in its cells): columns
    # for the samples, @ for the product, W2.T*dZ2 broadcast, np.sum(..., axis = 1, keepdims=True), (1 / m) -----------
    Public("y5-vi-dz2", _VI, "b125_vi", "b125_vi", "    dZ2 = A2 - Y", ((C,),),
           (Twin("value", _VD2, (_VD2,)),), batch=125, why="the cross-entropy's delta with a sigmoid output"),
    Public("y5-vi-dw2", _VI, "b125_vi", "b125_vi", "    dW2 = (1 / m)  * dZ2@A1.T", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"(1/1)*{_VD2}*a1[{{j}}]",), _J4),), batch=125,
           why="@ for the matrix product, two spaces before *; m = 1 sample"),
    Public("y5-vi-db2", _VI, "b125_vi", "b125_vi", "    db2 = (1/ m) * np.sum(dZ2,axis = 1,keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (f"(1/1)*{_VD2}",)),), batch=125, why="the sum over the samples (one here)"),
    Public("y5-vi-dz1", _VI, "b125_vi", "b125_vi", "    dZ1 = W2.T*dZ2 * (1 - np.power(A1,2))", ((C,),),
           (Twin("value", _VD1, (_VD1,), _J4),), batch=125,
           why="W2.T*dZ2 elementwise, not np.dot: with one output unit the broadcast is the same product (4x1 times "
               "1xm); tanh's slope 1 - A1^2 written of the hidden outputs"),
    Public("y5-vi-dw1", _VI, "b125_vi", "b125_vi", "    dW1 = (1/m) * dZ1@X.T", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"(1/1)*{_VD1}*x[{{i}}]",), _J4I2),), batch=125),
    Public("y5-vi-db1", _VI, "b125_vi", "b125_vi", "    db1 = (1/ m) * np.sum(dZ1,axis = 1,keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"(1/1)*{_VD1}",), _J4),), batch=125),
    Public("y5-vi-w1", _VI, "b125_vi", "b125_vi", "    W1 = W1 - learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_VD1}*x[{{i}}]",), _J4I2),), batch=125,
           why="learning_rate the rate (1.2 by default, the file's)"),
    Public("y5-vi-b2", _VI, "b125_vi", "b125_vi", "    b2 = b2 - learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_VD2}",)),), batch=125),
    # ---- rexxum's German notebook: $$ displays with \frac {..}{..}, \color{Red}{...}, \cdot, out_{h} and out_o both
    # written, the Cost's factor 2 dropped on purpose ("die zwei können wir streichen"), a left side slipped to
    # dC/dout_h; and its backward_prop, whose dZ2 = A2 - one_hot_Y leaves out the sigmoid's slope -----------------------
    Public("y5-de-cw1", _DE, "b125_de", "b125_de",
           "$$\\frac {\\partial C}{\\partial w_1} = \\frac {\\partial C}{\\partial out_{h}} \\cdot \\frac {\\partial "
           "out_{h}}{\\partial sum_{h}} \\cdot \\frac {\\partial sum_{h}}{\\partial w_1}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_DEO}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=125,
           why="the chain along the single path I_1 -> h -> o"),
    Public("y5-de-coh", _DE, "b125_de", "b125_de",
           "$$\\frac {\\partial C}{\\partial out_{h}} = \\color{Red}{ \\frac {\\partial C}{\\partial out_{o}}} \\cdot "
           "\\color{Blue}{ \\frac {\\partial out_{o}}{\\partial sum_{o}}} \\cdot \\color{Green}{ \\frac {\\partial "
           "sum_{o}}{\\partial out_{h}}}$$", ((C,),),
           (Twin("value", f"{_DEO}*W2[0,0]", (f"{_DEO}*W2[0,0]",)),), batch=125,
           why="\\color{Red}{...} around each factor; dC/dout_h a value"),
    Public("y5-de-oh", _DE, "b125_de", "b125_de",
           "$$\\frac {\\partial C}{\\partial out_{h}} = \\frac {1}{m} \\cdot (out_{o}-\\hat y) \\cdot out_o(1-out_o) "
           "\\cdot w_2$$", ((W,),),
           (Twin("value", f"{_DEO}*W2[0,0]", ("(1/1)*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]",)),), batch=125,
           why="the factor 2 of the Cost's derivative dropped (the page: 'die zwei können wir streichen, da wir später "
               "sowieso eine Lernrate verwenden'), so the equation is half the derivative; out_o without braces"),
    Public("y5-de-ohw2", _DE, "b125_de", "b125_de",
           "$$\\frac {\\partial C}{\\partial out_{h}} = \\frac {1}{m} \\cdot (out_{o}-\\hat y) \\cdot out_o(1-out_o) "
           "\\cdot \\frac {\\partial sum_{o}}{\\partial w_{2}}$$", ((W,),),
           (Twin("value", f"{_DEO}*W2[0,0]", ("(1/1)*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=125,
           why="the left side left at dC/dout_h (copied from the step before) where the page derives dC/dw_2: its "
               "right side ends with dsum_o/dw_2 = out_h, not dsum_o/dout_h = w_2 (and the factor 2 dropped)"),
    Public("y5-de-cw2", _DE, "b125_de", "b125_de",
           "$$ \\frac {\\partial C}{\\partial w_2} = \\frac {1}{m} \\cdot (out_{o}-\\hat y) \\cdot out_o(1-out_o) "
           "\\cdot out_h^T$$", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(1/1)*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=125,
           why="the boxed result, half the derivative (the factor 2 dropped); out_h^T the transpose of a scalar here"),
    Public("y5-de-up2", _DE, "b125_de", "b125_de",
           "$$W_2^+ = W_2 - lr \\cdot \\frac {\\partial C}{\\partial w_2}$$", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_DEO}*a1[0]",)),), batch=125,
           why="^+ for the new value, lr the rate"),
    Public("y5-de-alm", _DE, "b125_de", "b125_de", "$$ w_2^+ =w_2 - \\alpha \\times Error \\times Eingaben$$", ((W,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*(a2[0] - y[0])*a1[0]",)),), batch=125,
           why="the page's own 'almost right' rule carried over from y = mx ('Dieser Ausdruck ist fast richtig, jedoch "
               "fehlt noch ein kleiner Teil'): the sigmoid's slope out_o(1 - out_o) (and the 2) missing; Error = y - "
               "y_hat (output minus target, the page's error = y - \\hat y), Eingaben the inputs of w_2"),
    Public("y5-de-dz2", _DE, "b125_dec", "b125_dec", "    dZ2 = A2 - one_hot_Y", ((W,),),
           (Twin("value", _DD2, ("a2[{k}] - y[{k}]",), _K2),), batch=125,
           why="the sigmoid's slope A2 (1 - A2) missing: the page's own derivation has out_o(1 - out_o), and its note "
               "that one_hot() spares the output weights the slope is mistaken (A2 - Y is the delta of a sigmoid output "
               "under the cross-entropy, not under the page's squared Cost)"),
    Public("y5-de-dz1", _DE, "b125_dec", "b125_dec", "    dZ1 = W2.T.dot(dZ2) * A1 * (1 - A1)", ((C,),),
           (Twin("value", _DD1, (_DD1,), _J3),), batch=125,
           why="right as a rule from dZ2 (dC/dZ2 as named): the slip is in dZ2's own line"),
    # ---- hiai-de's German talk: $$ displays with \color{red}{...} around a whole equation and around factors, * for the
    # product, f' of the weighted sums written out, w_{1h1} and w_{1o} / w_{o1} for the weights; do/dh_1 written h_1
    # f'(...) where w_{o1} f'(...) is meant, a slip the code keeps -------------------------------------------------------
    Public("y5-hi-dldo", _HI, "b125_hi", "b125_hi",
           "$$\\color{red}{\\frac{\\partial L}{\\partial o} = (-1) * (y - o) = o - y}$$", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("(-1)*(y[0] - a2[0])", "a2[0] - y[0]")),), batch=125,
           why="the whole chain inside \\color{red}{...}"),
    Public("y5-hi-dow", _HI, "b125_hi", "b125_hi",
           "$$\\frac{\\partial o}{\\partial w_{1o}} = h_1 * \\color{blue}{f'(w_{1o}h_1 + w_{2o}h_2 + b_o)}$$", ((C,),),
           (Twin("value", "a1[0]*a2[0]*(1 - a2[0])", ("a1[0]*a2[0]*(1 - a2[0])",)),), batch=125,
           why="the derivative of the output o (not of the loss) by a weight, a value; f' of the weighted sum written out"),
    Public("y5-hi-dlw", _HI, "b125_hi", "b125_hi",
           "$$\\frac{\\partial L}{\\partial w_{1o}}= \\color{red}{(o - y)} * h_1 * \\color{blue}{f'(w_{1o}h_1 + "
           "w_{2o}h_2 + b_o)}$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"(a2[0] - y[0])*a1[0]*a2[0]*(1 - a2[0])",)),), batch=125),
    Public("y5-hi-chain", _HI, "b125_hi", "b125_hi",
           "$$\\frac{\\partial o}{\\partial w_{1h1}} = \\color{green}{\\frac{\\partial o}{\\partial h_1}} * "
           "\\frac{\\partial h_1}{\\partial w_{1h1}} $$", ((C,),),
           (Twin("value", _HOW, (_HOW,)),), batch=125, why="w_{1h1} the weight from x_1 to h_1"),
    Public("y5-hi-doh", _HI, "b125_hi", "b125_hi",
           "$$\\color{green}{\\frac{\\partial o}{\\partial h_1}} = h_1 * \\color{blue}{f'(w_{o1}h_1 + w_{o2}h_2 + "
           "b_o)}$$", ((W,),),
           (Twin("value", "a2[0]*(1 - a2[0])*W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])",)),), batch=125,
           why="h_1 where the weight w_{o1} was meant: do/dh_1 = w_{o1} f'(sum_o) (the talk's slip, copied from do/dw_{1o}; "
               "its weights now written w_{o1} where they were w_{1o})"),
    Public("y5-hi-dow1", _HI, "b125_hi", "b125_hi",
           "$$\\frac{\\partial o}{\\partial w_{1h1}} = \\color{red}{(o - y)} * h_1 * \\color{blue}{f'(w_{o1}h_1 + "
           "w_{o2}h_2 + b_o)} * x_1 * f'(x_1w_{1h1} + x_2w_{2h1} + b_{h1}) $$", ((W,),),
           (Twin("value", _HOW,
                 ("(a2[0] - y[0])*a1[0]*a2[0]*(1 - a2[0])*x[0]*a1[0]*(1 - a1[0])",)),), batch=125,
           why="two slips: h_1 for w_{o1} (as in do/dh_1), and the left side do/dw_{1h1} where the right side, with (o - y), "
               "is meant as dL/dw_{1h1}; wrong either way"),
    Public("y5-hi-fp", _HI, "b125_hi", "b125_hi",
           "$$ f'(x) = \\frac{e^{-x}}{(1 + e^{-x})^2} = f(x) * (1 - f(x)$$", unreadable="(1 - f(x)", batch=125,
           why="a parenthesis left open: (1 - f(x) (the talk's typo)"),
    Public("y5-hi-dlo", _HI, "b125_hi", "b125_hi", "                d_L__d_o = o - y # Das Rote", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=125,
           why="dL/do named d_L__d_o, which the notation cannot name (the loader refuses the double underscore); the "
               "# comment 'Das Rote' (the red term)"),
    Public("y5-hi-h1w", _HI, "b125_hi", "b125_hi",
           "                self.hidden_1.weights[0] -= learning_rate * d_L__d_o * h_1 * f_deri__sum_o * x[0] * "
           "sigmoid_derived(sum_h1)", ((W,),),
           (Twin("update", "W1[0,0]",
                 ("W1[0,0] - eta*(a2[0] - y[0])*a1[0]*a2[0]*(1 - a2[0])*x[0]*a1[0]*(1 - a1[0])",)),), batch=125,
           why="the talk's slip in code: h_1 where self.output.weights[0] was meant; d_L__d_o = o - y and f_deri__sum_o "
               "the sigmoid's slope at sum_o (names the notation cannot give, the loader refusing their double "
               "underscore)"),
    # ---- BertrandBorel's French notebook (a book's worked perceptron): formulas in `...` in Markdown with words for the
    # names (ERREUR, PREDICTION, VALEUR ENTREE), and code cells of numbers; W21's new value takes W11's adjustment -------
    Public("y5-fr-som", _FR, "b125_fr", "b125_fr", "`sommePonderee = valeur du biais * wb + (wll*Xl + w21 * X2))`",
           unreadable="X2))", batch=125,
           why="a closing parenthesis too many, after words (valeur du biais) and wll, Xl for W11, X1 (the book's typos)"),
    Public("y5-fr-somn", _FR, "b125_fr", "b125_fr",
           "sommePonderee = 1*0 + (- 0.165955990594852 * 1 + 0.4406489868843162 * 0)", ((C,),),
           (Twin("value", "z1[0]", ("=1*0 + (- 0.165955990594852 * 1 + 0.4406489868843162 * 0)",)),), batch=125,
           why="the weighted sum at the page's numbers"),
    Public("y5-fr-y", _FR, "b125_fr", "b125_fr", "`y= 1 / (1 + exp(-somme_ponderee))`", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=125,
           why="y the prediction (the page: 'la prédiction (nommée y)'), in `...`"),
    Public("y5-fr-err", _FR, "b125_fr", "b125_fr", "`Erreur= 0 - 0.45860596`", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("=0 - 0.45860596",)),), batch=125,
           why="the expected value minus the prediction, at the page's numbers"),
    Public("y5-fr-gf", _FR, "b125_fr", "b125_fr",
           "`Gradient = -1 * ERREUR * PREDICTION * (1-PREDICTION) * VALEUR ENTREE`", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"-1*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=125,
           why="the gradient of W11 (the page's next sentence), VALEUR ENTREE (two words) its input X1, which no notation "
               "can name (a name with a space)"),
    Public("y5-fr-g11", _FR, "b125_fr", "b125_fr",
           "Gradient = -1 * - 0.45860596 * 0.45860596 * (1 - 0.45860596) * 1", ((C,),),
           (Twin("gradient", "W1[0,0]", ("=-1 * - 0.45860596 * 0.45860596 * (1 - 0.45860596) * 1",)),), batch=125,
           why="* - for times minus"),
    Public("y5-fr-n11", _FR, "b125_fr", "b125_fr", "Nouveau_W11 = -0.165955990594852 - 0.01138657", ((C,),),
           (Twin("update", "W1[0,0]", ("=-0.165955990594852 - 0.01138657",)),), batch=125,
           why="the new W11 at the rate 0.1 (0.01138657 = 0.11386568 * 0.1)"),
    Public("y5-fr-n21", _FR, "b125_fr", "b125_fr", "Nouveau_W21 = W21 - Valeur_ajustement_W11", ((W,),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] - 0.1*{_FG}",)),), batch=125,
           why="W11's adjustment subtracted from W21 (the notebook's slip: the cell before computes "
               "Valeur_ajustement_W21 = Gradient * 0.1, which is 0 since X2 = 0, and W21 should stay)"),
    # ---- DobiSam's Portuguese notebook: += updates, self.tr for the rate, np.transpose, a lambda's slope written of the
    # output; the hidden error taken as w_2^T erro, without the output's slope (Rashid's shortcut) -----------------------
    Public("y5-pt-erro", _PT, "b125_pt", "b125_pt", "        erro = y_alvo - saida_final", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=125),
    Public("y5-pt-eo", _PT, "b125_pt", "b125_pt", "        erro_oculto = np.dot(self.w_2.T, erro)", ((W,),),
           (Twin("value", f"{_PD2}*W2[0,{{j}}]", ("(y[0] - a2[0])*W2[0,{j}]",), _J3),), batch=125,
           why="the output error sent back through w_2 without the output's sigmoid slope saida_final (1 - saida_final): "
               "-dE/d saida_oculta is w_2^T (erro * dsig(saida_final)) (the shortcut of Rashid's book, not the derivative)"),
    Public("y5-pt-w2", _PT, "b125_pt", "b125_pt",
           "        self.w_2 += self.tr*(np.dot((erro*(self.dsig(saida_final))), np.transpose(saida_oculta)))", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_PD2}*a1[{{j}}]",), _J3),), batch=125,
           why="self.tr the rate (0.7, the file's); += with erro = target - output"),
    Public("y5-pt-bo", _PT, "b125_pt", "b125_pt", "        self.bias_o += self.tr*(erro*(self.dsig(saida_final)))", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_PD2}",)),), batch=125),
    Public("y5-pt-w1", _PT, "b125_pt", "b125_pt",
           "        self.w_1 += self.tr*(np.dot((erro_oculto*(self.dsig(saida_oculta))), np.transpose(x)))", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_PD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",),
                 _J3I2b),), batch=125,
           why="right from erro_oculto as named (the hidden outputs' error): the slip is in erro_oculto's own line"),
    Public("y5-pt-bh", _PT, "b125_pt", "b125_pt",
           "        self.bias_h += self.tr*(erro_oculto*(self.dsig(saida_oculta)))", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_PD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=125),
    # ---- zakopiotr353's Polish notebook: $$ on lines of their own, \times between the chain's factors, w_{ij}(t+1) for
    # the new weight; and its NumPy backward with rows and += ------------------------------------------------------------
    Public("y5-pl-E", _PL, "b125_pl", "b125_pl", "$$\nE = \\frac{1}{2} \\sum_{m=1}^N (y_m - d_m)^2\n$$", ((C,),),
           (Twin("value", "0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",
                 ("0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",)),), batch=125,
           why="the network's error (Błąd sieci), a value; the sum's index m, N the number of outputs"),
    Public("y5-pl-chain", _PL, "b125_pl", "b125_pl",
           "$$\n\\frac{\\partial E}{\\partial w_{ij}} = \\frac{\\partial E}{\\partial y_j} \\times \\frac{\\partial y_j}"
           "{\\partial a_j} \\times \\frac{\\partial a_j}{\\partial w_{ij}}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_LD}*x[{{i}}]",), _J2I3),), batch=125,
           why="a rule over i and j, \\times between the factors"),
    Public("y5-pl-dy", _PL, "b125_pl", "b125_pl", "$$\n\\frac{\\partial E}{\\partial y_j} = y_j - d_j\n$$", ((C,),),
           (Twin("value", "a1[{j}] - y[{j}]", ("a1[{j}] - y[{j}]",), _J2),), batch=125),
    Public("y5-pl-dw", _PL, "b125_pl", "b125_pl",
           "$$\n\\frac{\\partial E}{\\partial w_{ij}} = (y_j - d_j) y_j(1-y_j) x_i\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_LD}*x[{{i}}]",), _J2I3),), batch=125),
    Public("y5-pl-rule", _PL, "b125_pl", "b125_pl",
           "$$\nw_{ij}(t+1) = w_{ij}(t) - \\eta \\frac{\\partial E}{\\partial w_{ij}}\n$$", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_LD}*x[{{i}}]",), _J2I3),), batch=125,
           why="w_{ij}(t+1) for the new weight, w_{ij}(t) the old one (the step t as an argument)"),
    Public("y5-pl-oe", _PL, "b125_plc", "b125_plc", "        output_error = y - self.predicted_output", ((C,),),
           (Twin("value", "y[{j}] - a1[{j}]", ("y[{j}] - a1[{j}]",), _J2),), batch=125,
           why="y the target in the code (the output in the derivation): the code's own notation"),
    Public("y5-pl-od", _PL, "b125_plc", "b125_plc",
           "        output_delta = output_error * self.sigmoid_derivative(self.predicted_output)", ((C,),),
           (Twin("value", f"-{_LD}", ("(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=125),
    Public("y5-pl-w", _PL, "b125_plc", "b125_plc",
           "        self.weights_input_output += np.dot(X.T, output_delta) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_LD}*x[{{i}}]",), _J2I3),), batch=125,
           why="X.T the input column, += with the code's delta (-dE/dz)"),
]
