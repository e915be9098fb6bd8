r"""Batch 128 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (pages in languages other than English, the brief's emphasis; none of
them in /work/used_urls.txt or /work/used_ids.txt): a Russian notebook the pages corpus gave as a GitHub page, and eight
pages whose sources the code corpus stores without naming their repositories (found there by their own words, after
the pages corpus had given the same kinds of pages only from their beginnings): a Korean blog post "Back Propagation"
(stored file 1217913088: Jekyll Markdown after wikidocs' 역전파 이해하기, "* $$ ... $$" bullets, U_{11}^{+}, a chain
split over four lines), Korean study notes on the same wikidocs chapter (stored file 16833753602: three equations
joined by \\ in one display, ∂ inside \frac, \text{×}), a Korean homework's 2-layer network (stored file 14256318766:
E_o_diff = -2 * (self.Y[i][k] - Y_pred[k]), the bias as the weights' last row, one name Etotal_w for both layers'
gradients), companys1234's Russian notebook backpropogation_fs (https://github.com/companys1234/tabular-data-and-
recommender-systems-projects, commit 3583a65: # comments in Cyrillic around dW = delta @ a_prev.T, a list
comprehension, backprop(W, b, a)), Spanish notes on Bishop's chapter 5 (stored file 54183606521: $$ on lines of their
own with \tag{5.46} ... \tag{5.56}, \equiv, y_{nk}), the Jekyll source of Nguyễn Trường Long's Vietnamese post "Giải
thích chi tiết thuật toán Backpropagation" (stored file 10660262343: [1], [2] superscripts before the subscript,
\bigl( \bigr), \qquad between two equations, \mathbf and \boldsymbol, {% raw %}$...${% endraw %} list items, the
page's worked numbers), an Italian class MyDL (stored file 32323418552: statements and # comments after runs of tabs),
an Indonesian book chapter "Bab 4 — Backpropagation, Optimasi dan Pelatihan" (stored file 63404749383: $$ ... \tag{4.1}
$$ and a numeric example in `...` spans with ·, −, ² and ←) and the Astro source of a Turkish post "Bir Nöron Ne
Yapabilir?" (stored file 56124237555: ``` blocks with ·, −, Σ, := and μ; its PyTorch loop with .view(-1, 1) and a
statement continued on a second line). Copied verbatim (the notebook's JSON and the stored files' text decoded, tabs
and Unicode signs kept), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: the pages' counting from 1, "W_{ij}" = "W1[j-1, i-1]" and "U_{ij}" =
"W2[j-1, i-1]" where z_1 = W_{11} x_1 + W_{21} x_2; wikidocs' eight weights named one by one, "W_{5}" = "W2[0, 0]";
Bishop's letters told apart by their index letter, "w_{ji}" = "W1[j-1, i-1]" beside "w_{kj}" = "W2[k-1, j-1]" and
"z_{i}" = "x[i-1]" beside "z_{j}" = "a1[j-1]"; the Vietnamese courses' superscripts as the spec writes them, "a_{j}^{(1)}"
= "a1[j-1]" (docs: ^{[1]} is the same superscript); code rows and columns as the code multiplies them, "W" =
"W1[:, :].T" for the Turkish (2, 1) weight column, "x_sample" = "x[:].T"; code loops' fixed sample "i" = "0"; names
for the pages' own quantities: E_{j} = 1/2 (y_j - o_j)^2, "o_z_diff" = "a2[k]*(1 - a2[k])", "e" = "a1[0] - y[0]";
the Italian code's P the output layer's sums and f_cost_der the cost's derivative by the output, as its comments say),
a network of the kind the page describes (with the page's numbers where it gives them: the Korean 2-2-2 sigmoid
network without biases, x = (0.1, 0.2), y = (0.4, 0.6), its eight weights and alpha = 0.5, for the blog and the notes;
the homework's 2-3-2 sigmoid network under the sum of the squared errors (its -2 (Y - Y_pred)); a layer of 2 sigmoid
units on 3 inputs for the Russian compute_gradients; Bishop's linear model (3 inputs, 2 linear outputs) for (5.46)-
(5.47) and a 2-3-2 tanh network with linear outputs for (5.48)-(5.56), both under half the squared error; the
Vietnamese 2-2-1 sigmoid network with its weights, biases, x = (0.2, 0.4), y = 1.0 and alpha = 0.1; the Italian 3-4-2
ReLU network with a softmax output under the squared error; the Indonesian neuron y = w x with w = 1, x = 2, y_t = 4,
eta = 0.1 under the squared error; the Turkish sigmoid neuron under the binary cross-entropy, lr = 0.01; all in
tests/public_formulas_batch128_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Deltas, errors and derivatives by an output or by a sum
(E_o_diff, f_cost_der, \delta^{[2]}, dL/dpred, \partial E_{2}/\partial h_1, \delta_j \equiv ...) are twinned as
values, as in batches 14 to 125; rules over indices at every index the network has (the homework's at its weights,
not its bias row); numbers as numbers (members "=..."); alpha, eta, mu and lr, which the pages give as the files'
rates, twinned with eta.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 128

The batch: 56 formulas from 9 addresses (the Korean blog post 9, the Korean notes 3, the Korean homework 5, the
Russian notebook 6, the Spanish notes 8, the Vietnamese post 8, the Italian code 2, the Indonesian chapter 7, the
Turkish post 8). 39 are in documents: 28 $$ displays (the blog 9, three of them split over four lines; the notes 3;
the Spanish 8, each $$ on a line of its own; the Vietnamese 6, its delta^{[2]} chain over three lines; the Indonesian
2), 2 {% raw %}$...${% endraw %} list items (the Vietnamese), 5 `...` spans (the Indonesian) and 4 lines of the
Turkish ``` blocks; 17 are code lines (Python: the homework 5, the Russian 6 with its 2 # comments, the Italian 2, the
Turkish loop 4, one of them over two lines). 5 hold more than one claim (the notes' \\-joined displays, the
Vietnamese \qquad pairs).

6 are mistaken somewhere (the oracle finds at least one member wrong), and 3 are mistyped:

- the Korean blog's kob-t1, t_1 = U_{11}*h_1 + U_{21}*t_2 = 0.44498412: t_2 (the second output's sum) where h_2 was
  meant (its number is right);
- the blog's kob-u12 and kob-w12, chains whose last factor keeps the first weight's sum: \partial t_1/\partial U_{12}
  where U_{12} feeds t_2, \partial z_1/\partial W_{12} where W_{12} feeds z_2 (each 0, so the chain as written is 0);
- the Russian ru-b, b = b - (a*b): the bias decreased by the rate times itself (backprop's o, b = compute_gradients()
  overwrote b with its gradient, so the line is db - a db; either way not b - a db);
- the Italian it-fcd, f_cost_der = 2 * (P - E), and it-delta, delta = f_cost_der: the squared error's derivative taken
  of the output layer's sums before the Softmax and used as the output layer's delta, the Softmax left out on purpose
  ("Non considero l'applicazione della Softmax ... non contribuisce al processo di correzione dei pesi");
- mistyped (unreadable): the blog's kob-h2, h_2 = sigmoid(z_2) = 0.0.52747230 (a number with two decimal points,
  unreadable="0.0.52747230"); the blog's kob-w11, the summary's W_{11} chain with its last \frac's denominator left
  open (unreadable="{\partial W_{11} $$"); the notes' kon-w5, \partial E_{total}/\partial W_{5} whose last factor is
  \partial z_{3}/\partial W_{i}, a W_i the page never defines (it names its eight weights one by one;
  unreadable="W_{i}").

Not mistaken, though they look it: the blog's \partial E_{2}/\partial h_1 (one output's error by a hidden output, a
value, with − for the minus signs); the homework's E_o_diff = -2 (Y - Y_pred) (the sum of the squared errors, though
the code prints a mean); the Russian W = W - (a*o) (o is the weights' gradient there); Bishop's (5.47)
\partial E_n/\partial w_{ji} = (y_{nj} - t_{nj}) x_{ni} (the linear model's, judged on it); the Indonesian L = (wx −
y_t)² / 1 (the one sample's squared error, "MSE" over one sample); the Vietnamese \delta^{[1]}_2 = -0.012247 (the
page's rounding).

What was left out: the blog's forward code, its E_1 display, its other chains (U_{21}, U_{22}, W_{21}, W_{22}) and its
number lines that begin with = (among them "$$ = 0.2 - 0.5 * 0.00080888 $$", W_{11} written 0.2 where it is 0.3: a
line whose left side is the line before); the notes' inline $\frac{∂E_{total}}{∂W_{i}}$ (no equation); the homework's
Etotal_h_diff += ... line (a sum accumulated over q in a loop) and its o_z_diff, h_z_diff lines (definitions of the
notation's own names); the Russian print cells and the list-of-lists loop around grad; Bishop's (5.49), (5.52) and
(5.57) (the page's limit of about 8), and the notes' chapters on other topics; the Vietnamese feedforward aligned
display (numbers only), its update matrices (new values, no formula) and its general vectorised formulas (layer l
with the mean over m); the Italian backward's hidden-layer lines (container_weights[k][-i].T @ delta, a[-(i+1)]: layers
counted from the end by the loop's i) and its dW and w -= dW; the Indonesian GradientTape code, \sigma'(z) (4.3) and
`dpred/dw = x = 2`; the Turkish σ(z) definition and grad_b, b -= lr * grad_b (the weight's lines again). Pages read and
not taken: a Turkish chatbot's NeuralNetwork (stored file 66462485265: deltas[i] and self.weights[i + 1] indexed by
layer, delta_last[np.arange(m), y_true] -= 1), sites earlier batches used (jvvp512.tistory.com, velog.io,
thebook.io, interactivechaos.com, sogrekci, Daniel-Uhr, chcarneiro, matheusjorge, gusjrivas, Irlll, solusilain.com,
markus-scherg.de, quark-xp.ru, iasa.org.ua, CodeHunterOfficial, testhelp.link, sotisai.com, tibetter.hatenablog.com,
reim2zk, zenn.dev's sudonotfound), dniku's neural_nets_dpo tasks_03_backprop.tex (given by the pages corpus through a
mirror site as line numbers only; the repository's snapshot lacks the file), and pages the pages corpus stores only
from their beginning, before any formula (qiita.com/kepr, artnasekai.com, matematika-ai.ru, structilmy's post through
pdfs.asia, codeutility.io's Spanish part 2, bskyvision.com/718, and Kdelphinus's AI_study, whose README holds none; their addresses, claimed in
/work/claimed_urls.txt before they were read, were released).

Collected on 2026-12-07 (03:18 to 03:26 by the machine's clock, the oracle's runs included). Every notation was loaded
(notation_loading.load_notation, for its network) before the run, without judging a formula: all 12 as first written.
The oracle's first run found one entry's network key slipped (the homework's hidden-layer block given its notation's
key, b128_koc2, as its network); mended to b128_koc, every later run passed every verdict as first transcribed.

Run blind at main f587ec1 (/work/READY_FOR_BLIND50; src/ as at 7278fb0, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch128_blind.txt): 50 of 56 read with every verdict
right (89%), 3 refused, 2 typos refused, 1 typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of
the refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page does not
mean: two are a comment's decoration, one a method no notation function stands for), so the batch was run once;
tests/test_public_formulas_held_out.py -k 128 passed after the rebase (111 tests, the check ones among them).

Of the 6 mistaken formulas, all 6 were read with their wrong member called wrong (the blog's kob-t1: t_2 for h_2, its
number right; kob-u12 and kob-w12: the chains ending in dt_1/dU_{12} and dz_1/dW_{12}; the Russian ru-b: b - a b; the
Italian it-fcd and it-delta: the derivative of the sums before the Softmax, the Softmax's Jacobian left out). The typo
read is the notes' kon-w5 (its last factor's W_{i}, which names none of the notes' eight weights): check read it and
called it wrong, not correct; the entry's unreadable expectation is arguable (the page's slip for W_{5}, a mistaken
formula as much as a mistyped one), and the verdict it gave is the one a mistaken reading would get. The two other
typos were refused naming them. By page: the Korean blog 7 of 9 (and its 2 typos refused), the Korean notes 2 of 3
(and its typo read as wrong), the homework 5 of 5, the Russian notebook 4 of 6, the Spanish notes 8 of 8, the
Vietnamese post 8 of 8, the Italian code 2 of 2, the Indonesian chapter 7 of 7, the Turkish post 7 of 8.

The refusals by construct (3, and the typos'), with the exact message:

- 2, a # comment whose formula sits between decorative dashes, "# --- Вычисление dW = ... ---" (words in Cyrillic
  before the formula, a remark in parentheses and a closing run of dashes after it): ru-cdw: "formula '--- Вычисление dW
  = delta @ a_prev^T (матричное умножение...': expected a number, a symbol or a parenthesis at the end" (ru-cdb, "---
  Вычисление db = delta ---", the same message);
- 1, a PyTorch reshape, x_sample.view(-1, 1) (the sample's row made a column), which no notation function stands for:
  tr-gw: "formula 'grad_W = e * x_sample.view(-1, 1)': x_sample.view(...): a method called on an object with 2
  arguments, which the notation does not name; write the formula it returns in the notation's names (check reads no
  method's definition it does not see); or, where it returns an operation of its two arguments, declare it in the
  notation's functions: "x_sample.view" = "difference" (its first argument minus its second), "sum", "product" (entry
  by entry), "matrix product" or "dot"";
- the typos refused, both named: kob-h2, "formula 'h_2 = sigmoid(z_2) = 0.0.52747230': two numbers side by side with no
  operator between at '.52747230' (position 25); write * between them for their product, or a vector's numbers as [0.5,
  2]" (it names the second decimal point's number, not the whole 0.0.52747230 the entry names); kob-w11, "formula
  '\\frac{\\partial E_{tot}}{\\partial W_{11} } = \\frac{\\partia...': expected '}' to close the denominator at the end"
  (it does not quote '{\partial W_{11} $$', but says the denominator is left open at the end, which is that token).

Read, among the constructs these pages brought: "* $$ ... $$" bullets and a chain split over four lines; U_{11}^{+}
for the new weight; \therefore before an equation; − (U+2212) for minus signs in a display and in `...` and ``` spans;
∂ (U+2202) inside \frac and \text{×} between the factors; two and three equations joined by \\ in one display and two
by \qquad; \tag{5.46} and \tag{4.1}; \equiv for a definition; Bishop's letters told apart by their index letter (w_{ji}
and w_{kj}, z_i and z_j); y_{nk} with the data point's n; the courses' [1] and [2] superscripts written before the
subscript (a^{[1]}_j, W^{[2]}_j); \bigl( \bigr), \; and \,; \mathbf and \boldsymbol; Jekyll's {% raw %} ... {% endraw
%} around a list item's $...$; chains of numbers over lines and ending with a full stop; `...` spans with · for the
product, ² for the square, ← for the update and 2(...) for a product; := and μ; Σ without its bounds; code lines after
runs of tabs with # comments in Italian, a list comprehension, columns as lists of lists (delta[i][0]), self.Y[i][k]
of the fixed sample, a name for each block of a code that reuses it (Etotal_w), torch.log and a statement continued
on a second line.

Which look general (would appear in much homework): formulas in # comments decorated with runs of dashes (many
notebooks frame their comments so), and PyTorch's reshapes (.view(-1, 1), .reshape) that make a row a column between
two factors. Page-specific: the three typos (the pages' own).

Session 38: the loop bounds' values added to the notation, as a teacher would give them, after check stopped
assuming them (b128_ru: m, the layer's units that compute_gradients' comprehension runs over, 2 here).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch128_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_KOB = _STORED.format(1217913088, "---",
                      "a Korean blog post \"Back Propagation\" (역전파 이해하기, after wikidocs.net/37406), Jekyll "
                      "Markdown with $$ displays")
_KON = _STORED.format(16833753602, "# 딥러닝 (Deep Learning)",
                      "Korean study notes on wikidocs' deep-learning chapter, 5. 역전파 (BackPropagation)")
_KOC = _STORED.format(14256318766, "import numpy as np",
                      "a Korean homework's 2-layer network on MNIST features, its Back_propagation loops")
_RU = ("https://github.com/companys1234/tabular-data-and-recommender-systems-projects (backpropogation_fs.ipynb, "
       "commit 3583a65)")
_ES = _STORED.format(54183606521, "Para resolver este problema de maximización usando multiplicadores de Lagrange, seguiremos los pasos habituales.",
                     "Spanish notes on Bishop's Pattern Recognition and Machine Learning, its section \"Análisis de "
                     "las Ecuaciones del Algoritmo de Retropropagación del Error\"")
_VI = _STORED.format(10660262343, "---",
                     "the Jekyll source of Nguyễn Trường Long's Vietnamese post \"Giải thích chi tiết thuật toán "
                     "Backpropagation\" (nguyentruonglong.net)")
_IT = _STORED.format(32323418552, "import numpy as np",
                     "an Italian class MyDL: SGD_DL trains a ReLU network with a Softmax output sample by sample, "
                     "its comments in Italian after runs of tabs")
_ID = _STORED.format(63404749383, "---",
                     "an Indonesian book's chapter \"Bab 4 — Backpropagation, Optimasi dan Pelatihan\" (Astro Markdown): "
                     "$$ displays with \\tag{4.x} and a numeric example in `...` spans")
_TR = _STORED.format(56124237555, "---",
                     "the Astro source of a Turkish blog post \"Bir Nöron Ne Yapabilir?\" (after its Medium original)")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_I2 = tuple({"i": i} for i in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_I2J3 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))

# the Korean 2-2-2 sigmoid network without biases under E_tot = sum 1/2 (y - o)^2: dE/dt_j (dE/dz2[j])
_KD = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_KD0 = _KD.format(j=0)
_KD1 = _KD.format(j=1)
# the Korean code's 2-3-2 sigmoid network under the sum of the squared errors: dE/dz2[k], dE/da1[k]
_CD2 = "2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CG1 = "(2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + 2*(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{k}])"
# the Russian one-layer network (3 inputs, 2 sigmoid units) under half the squared error: dL/dz1[i]
_RD = "(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"
# the Spanish notes' 2-3-2 network (tanh hidden, linear outputs) under half the squared error: delta_k, delta_j
_ED2 = "(a2[{k}] - y[{k}])"
_ED1 = "(1 - a1[{j}]**2)*((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
# the Vietnamese 2-2-1 sigmoid network under 1/2 (y - y_hat)^2: delta^[2], delta^[1]_j
_VD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_VD1 = f"{_VD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the Italian 3-4-2 network (ReLU, softmax output) under the sum of the squared errors: dE/da2[k], dE/dz2[k]
_IG = "2*(a2[{k}] - y[{k}])"
_IDL = "a2[{k}]*(2*(a2[{k}] - y[{k}]) - (2*(a2[0] - y[0])*a2[0] + 2*(a2[1] - y[1])*a2[1]))"
# the Turkish sigmoid neuron under the binary cross-entropy: dL/dz
_TD = "(a1[0] - y[0])"

ENTRIES = [
    # ---- the Korean blog post (Jekyll Markdown, "* $$ ... $$" bullets, * for the product, \times in the chains, a
    # chain split over lines, U_{11}^{+} the new weight, Unicode minus signs in one display; a number 0.0.52747230, a
    # t_2 for h_2, two chains whose last factor keeps the index of the first weight, and a \frac left open) ------------
    Public("y8-kob-z1", _KOB, "b128_kob", "b128_kob", "* $$ z_1 = W_{11}*x_1 + W_{21}*x_2 = 0.08 $$", ((C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]", "=0.08")),), batch=128,
           why="W_{21} the weight from x_2 into z_1 (the page's W_{ij}: from input i to hidden unit j)"),
    Public("y8-kob-h2", _KOB, "b128_kob", "b128_kob", "* $$ h_2 = sigmoid(z_2) = 0.0.52747230 $$",
           unreadable="0.0.52747230", batch=128, why="a number with two decimal points (the page's typo for 0.52747230)"),
    Public("y8-kob-t1", _KOB, "b128_kob", "b128_kob", "* $$ t_1 = U_{11}*h_1 + U_{21}*t_2 = 0.44498412 $$", ((W, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*z2[1]", "=0.44498412")),), batch=128,
           why="t_2 (the second output's sum) where h_2 was meant (the page's slip, made again in t_2's own line; its "
               "code computes t1 = h1*U11+h2*U21); the number is right"),
    Public("y8-kob-deo1", _KOB, "b128_kob", "b128_kob",
           "$$ \\therefore \\frac{\\partial E_{tot}}{\\partial o_1} = -(y_1-o_1) $$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=128, why="\\therefore before the equation"),
    Public("y8-kob-up", _KOB, "b128_kob", "b128_kob",
           "* $$U_{11}^{+} = U_{11} - \\alpha * \\frac{\\partial E_{tot}}{\\partial U_{11} } $$", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_KD0}*a1[0]",)),), batch=128,
           why="^{+} for the new weight; alpha the rate (0.5, the file's)"),
    Public("y8-kob-u12", _KOB, "b128_kob", "b128_kob",
           "* $$ \\frac{\\partial E_{tot}}{\\partial U_{12} } = \n\\frac{\\partial E_{tot}}{\\partial o_2} \\times \n"
           "\\frac{\\partial o_2 }{\\partial t_2} \\times \n\\frac{\\partial t_1}{\\partial U_{12} } $$", ((W,),),
           (Twin("gradient", "W2[1,0]", (f"{_KD1}*0",)),), batch=128,
           why="the chain's last factor dt_1/dU_{12} where dt_2/dU_{12} (= h_1) was meant: U_{12} feeds t_2, so dt_1/dU_{12} "
               "is 0 and the chain as written is 0 (a copy slip from U_{11}'s chain); split over four lines"),
    Public("y8-kob-de2h1", _KOB, "b128_kob", "b128_kob",
           "$$\\therefore \\frac{\\partial E_{2}}{\\partial h_1} = −(y_2−o_2) \\times o_2(1−o_2) \\times U_{12} $$",
           ((C,),),
           (Twin("value", f"{_KD1}*W2[1,0]", (f"-(y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,0]",)),), batch=128,
           why="the derivative of one output's error E_2 = 1/2 (y_2 - o_2)^2 by h_1, a value; − (U+2212) for the minus "
               "signs"),
    Public("y8-kob-w11", _KOB, "b128_kob", "b128_kob",
           "* $$ \\frac{\\partial E_{tot}}{\\partial W_{11} } = \n\\frac{\\partial E_{tot}}{\\partial h_1} \\times \n"
           "\\frac{\\partial h_1 }{\\partial z_1} \\times \n\\frac{\\partial z_1}{\\partial W_{11} $$",
           unreadable="{\\partial W_{11} $$", batch=128,
           why="the last \\frac's denominator left open (the summary's W_{11} chain; the same chain earlier on the page "
               "closes it)"),
    Public("y8-kob-w12", _KOB, "b128_kob", "b128_kob",
           "* $$ \\frac{\\partial E_{tot}}{\\partial W_{12} } = \n\\frac{\\partial E_{tot}}{\\partial h_2} \\times \n"
           "\\frac{\\partial h_2 }{\\partial z_2} \\times \n\\frac{\\partial z_1}{\\partial W_{12} } $$", ((W,),),
           (Twin("gradient", "W1[1,0]", (f"({_KD0}*W2[0,1] + {_KD1}*W2[1,1])*a1[1]*(1 - a1[1])*0",)),), batch=128,
           why="dz_1/dW_{12} where dz_2/dW_{12} (= x_1) was meant: W_{12} feeds z_2, so the chain as written is 0"),
    # ---- the Korean study notes (wikidocs' names W_1 ... W_8, z_3, o_1, target_{o1}, output_{o1}; \\ joining
    # equations in one display, ∂ (U+2202) inside \frac and \text{×} between the factors) ---------------------------
    Public("y8-kon-o", _KON, "b128_kon", "b128_kon",
           "$$o_{1}=sigmoid(z_{3})=0.60944600\\\\o_{2}=sigmoid(z_{4})=0.66384491$$", ((C, C), (C, C)),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))", "=0.60944600")),
            Twin("value", "a2[1]", ("1/(1 + exp(-z2[1]))", "=0.66384491"))), batch=128,
           why="two equations joined by \\\\ in one display"),
    Public("y8-kon-e", _KON, "b128_kon", "b128_kon",
           "$$E_{o1}=\\frac{1}{2}(target_{o1}-output_{o1})^{2}=0.02193381\\\\E_{o2}=\\frac{1}{2}(target_{o2}-"
           "output_{o2})^{2}=0.00203809\\\\E_{total}=E_{o1}+E_{o2}=0.02397190$$", ((C, C), (C, C), (C, C)),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2", "=0.02193381")),
            Twin("value", "0.5*(y[1] - a2[1])**2", ("0.5*(y[1] - a2[1])**2", "=0.00203809")),
            Twin("value", "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2",
                 ("0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2", "=0.02397190"))), batch=128,
           why="three equations joined by \\\\; target_{o1} and output_{o1} with a literal o before the index"),
    Public("y8-kon-w5", _KON, "b128_kon", "b128_kon",
           "$$\\frac{∂E_{total}}{∂W_{5}} = \\frac{∂E_{total}}{∂o_{1}} \\text{×} \\frac{∂o_{1}}{∂z_{3}} \\text{×} "
           "\\frac{∂z_{3}}{∂W_{i}}$$", unreadable="W_{i}", batch=128,
           why="the last factor's W_{i}, which names no weight (the notes' slip for W_{5}: the page names its eight "
               "weights one by one, W_1 ... W_8, and has no W_i)"),
    # ---- the Korean homework code (loops over j and k, self.Y[i][k] of the sample i, the bias as the weights' last
    # row; the same name Etotal_w for the two layers' gradients, so a notation for each block) -------------------------
    Public("y8-koc-eo", _KOC, "b128_koc", "b128_koc", "                    E_o_diff = -2 * (self.Y[i][k] - Y_pred[k])",
           ((C,),), (Twin("value", "2*(a2[{k}] - y[{k}])", ("-2*(y[{k}] - a2[{k}])",), _K2),), batch=128,
           why="dE/dY_pred[k] of the sum of the squared errors (the code's printed MSE is a mean; its steps are the "
               "sum's), i the sample"),
    Public("y8-koc-gw1", _KOC, "b128_koc", "b128_koc", "                    Etotal_w = E_o_diff * o_z_diff * z_w_diff",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_CD2}*a1[{{j}}]",), _K2J3),), batch=128,
           why="the output weights' gradient (역전파 1단계), z_w_diff = self.H[j]; judged at the weights, not the bias "
               "row"),
    Public("y8-koc-uw1", _KOC, "b128_koc", "b128_koc",
           "                    self.W1[j][k] = self.W1[j][k] - lr * Etotal_w  # W1 업데이트", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_CD2}*a1[{{j}}]",), _K2J3),), batch=128,
           why="self.W1 input-first: W1[j][k] from hidden unit j to output k; lr the rate"),
    Public("y8-koc-gw0", _KOC, "b128_koc", "b128_koc2",
           "                    Etotal_w = Etotal_h_diff * h_z_diff * z_w_diff", ((C,),),
           (Twin("gradient", "W1[{k},{j}]", (f"{_CG1}*a1[{{k}}]*(1 - a1[{{k}}])*x[{{j}}]",), _K3J2),), batch=128,
           why="the hidden weights' gradient (역전파 2단계): Etotal_h_diff the sum over the outputs q (the += loop "
               "before), z_w_diff = Input[j]"),
    Public("y8-koc-uw0", _KOC, "b128_koc", "b128_koc2",
           "                    self.W0[j][k] = self.W0[j][k] - lr * Etotal_w  # W0업데이트", ((C,),),
           (Twin("update", "W1[{k},{j}]",
                 (f"W1[{{k}},{{j}}] - eta*{_CG1}*a1[{{k}}]*(1 - a1[{{k}}])*x[{{j}}]",), _K3J2),), batch=128,
           why="a # comment in Korean without a space after W0"),
    # ---- the Russian notebook (# comments in Russian with @ and .T, a list comprehension, and backprop(W, b, a),
    # whose o, b = compute_gradients() overwrites the bias b with its gradient) -----------------------------------------
    Public("y8-ru-cdw", _RU, "b128_ru", "b128_ru",
           "    # --- Вычисление dW = delta @ a_prev.T (матричное умножение) ---", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_RD}*x[{{j}}]",), _I2J3),), batch=128,
           why="a # comment between dashes, words in Cyrillic before and after the formula"),
    Public("y8-ru-grad", _RU, "b128_ru", "b128_ru", "            grad = delta[i][0] * a_prev[j][0]", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_RD}*x[{{j}}]",), _I2J3),), batch=128,
           why="columns as lists of lists: delta[i][0], a_prev[j][0]"),
    Public("y8-ru-cdb", _RU, "b128_ru", "b128_ru", "    # --- Вычисление db = delta ---", ((C,),),
           (Twin("gradient", "b1[{i}]", (_RD,), _I2),), batch=128),
    Public("y8-ru-db", _RU, "b128_ru", "b128_ru", "    db = [ [delta[i][0]] for i in range(m) ]", ((C,),),
           (Twin("gradient", "b1[{i}]", (_RD,), _I2),), batch=128, why="a list comprehension over the units"),
    Public("y8-ru-w", _RU, "b128_ru", "b128_ru", "  W = W - (a*o)", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_RD}*x[{{j}}]",), _I2J3),), batch=128,
           why="a the rate, o the weights' gradient (o, b = compute_gradients())"),
    Public("y8-ru-b", _RU, "b128_ru", "b128_ru", "  b = b - (a*b)", ((W,),),
           (Twin("update", "b1[{i}]", ("b1[{i}] - eta*b1[{i}]",), _I2),), batch=128,
           why="the bias decreased by the rate times itself: the function's o, b = compute_gradients() overwrote the "
               "bias b with its gradient, so the line computes db - a db (either way not b - a db)"),
    # ---- the Spanish notes on Bishop (``$$`` on lines of their own, \tag{5.xx} after each equation, \equiv for the
    # definition of delta_j, y_{nk} with the data point's n) --------------------------------------------------------------
    Public("y8-es-en", _ES, "b128_esl", "b128_esl",
           "$$\nE_n = \\frac{1}{2} \\sum_k (y_{nk} - t_{nk})^2 \\tag{5.46}\n$$", ((C,),),
           (Twin("value", "0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",
                 ("0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",)),), batch=128,
           why="the linear model's error for the data point n; \\tag{5.46}"),
    Public("y8-es-lin", _ES, "b128_esl", "b128_esl",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = (y_{nj} - t_{nj}) x_{ni} \\tag{5.47}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - y[{j}])*x[{i}]",), _J2I3),), batch=128,
           why="the linear model y_k = sum_i w_ki x_i"),
    Public("y8-es-aj", _ES, "b128_es", "b128_es", "$$\na_j = \\sum_i w_{ji} z_i \\tag{5.48}\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),), batch=128,
           why="z_i the inputs of hidden unit j (Bishop's letters)"),
    Public("y8-es-chain", _ES, "b128_es", "b128_es",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} \\frac{\\partial a_j}"
           "{\\partial w_{ji}} \\tag{5.50}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ED1}*x[{{i}}]",), _J3I2),), batch=128),
    Public("y8-es-def", _ES, "b128_es", "b128_es",
           "$$\n\\delta_j \\equiv \\frac{\\partial E_n}{\\partial a_j} \\tag{5.51}\n$$", ((C,),),
           (Twin("value", _ED1, (_ED1,), _J3),), batch=128, why="\\equiv for the definition"),
    Public("y8-es-dw", _ES, "b128_es", "b128_es",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\delta_j z_i \\tag{5.53}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ED1}*x[{{i}}]",), _J3I2),), batch=128),
    Public("y8-es-dk", _ES, "b128_es", "b128_es", "$$\n\\delta_k = y_k - t_k \\tag{5.54}\n$$", ((C,),),
           (Twin("value", _ED2, ("a2[{k}] - y[{k}]",), _K2),), batch=128, why="linear outputs"),
    Public("y8-es-dj", _ES, "b128_es", "b128_es",
           "$$\n\\delta_j = h'(a_j) \\sum_k w_{kj} \\delta_k \\tag{5.56}\n$$", ((C,),),
           (Twin("value", _ED1, (_ED1,), _J3),), batch=128, why="h' the activation's slope at the sum"),
    # ---- the Vietnamese post (Jekyll: {% raw %} ... {% endraw %} around the formulas, the courses' [1] and [2]
    # superscripts written before the subscript, \bigl( ... \bigr), \; and \, spacing, \qquad between two equations of
    # one display, \mathbf and \boldsymbol, a chain of numbers over lines, a full stop or a comma at the end) ----------
    Public("y8-vi-l", _VI, "b128_vi", "b128_vi", "$$\nL=\\frac{1}{2}(1.0-0.725409)^2=0.037700.\n$$", ((C, C),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("=1/2*(1.0-0.725409)**2", "=0.037700")),), batch=128,
           why="the loss at the page's numbers"),
    Public("y8-vi-d2", _VI, "b128_vi", "b128_vi",
           "$$\n\\delta^{[2]}=(\\hat{y}-y)\\,\\hat{y}(1-\\hat{y})\n=(0.725409-1.0)\\times 0.725409\\times 0.274591\n"
           "=-0.054696.\n$$", ((C, C, C),),
           (Twin("value", _VD2, (_VD2, "=(0.725409-1.0)*0.725409*0.274591", "=-0.054696")),), batch=128,
           why="delta = dL/dz at the output; the chain continued over lines"),
    Public("y8-vi-g2", _VI, "b128_vi", "b128_vi",
           "$$\n\\frac{\\partial L}{\\partial W^{[2]}}=\\delta^{[2]}\\,\\bigl(\\mathbf{a}^{[1]}\\bigr)^\\top,\\qquad\n"
           "\\frac{\\partial L}{\\partial b^{[2]}}=\\delta^{[2]}.\n$$", ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", (f"{_VD2}*a1[{{j}}]",), _J2), Twin("gradient", "b2[0]", (_VD2,))),
           batch=128, why="two equations in one display, \\qquad between them"),
    Public("y8-vi-d1", _VI, "b128_vi", "b128_vi",
           "$$\n\\delta^{[1]}_j=\\bigl(W^{[2]}_j\\,\\delta^{[2]}\\bigr)\\; a^{[1]}_j(1-a^{[1]}_j).\n$$", ((C,),),
           (Twin("value", _VD1, (_VD1,), _J2),), batch=128,
           why="W^{[2]}_j the output weight from hidden unit j; \\bigl( \\bigr) and \\; "),
    Public("y8-vi-d1n", _VI, "b128_vi", "b128_vi",
           "$$\n\\delta^{[1]}_1=-0.010932,\\qquad\n\\delta^{[1]}_2=-0.012247.\n$$", ((C,), (C,)),
           (Twin("value", _VD1.format(j=0), ("=-0.010932",)), Twin("value", _VD1.format(j=1), ("=-0.012247",))),
           batch=128, why="the hidden deltas at the page's numbers"),
    Public("y8-vi-g1", _VI, "b128_vi", "b128_vi",
           "$$\n\\frac{\\partial L}{\\partial W^{[1]}}=\\boldsymbol{\\delta}^{[1]}\\, \\mathbf{x}^\\top,\\qquad\n"
           "\\frac{\\partial L}{\\partial \\mathbf{b}^{[1]}}=\\boldsymbol{\\delta}^{[1]}.\n$$", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_VD1}*x[{{i}}]",), _J2I2),
            Twin("gradient", "b1[{j}]", (_VD1,), _J2)), batch=128),
    Public("y8-vi-w3", _VI, "b128_vi", "b128_vi",
           "- {% raw %}$\\frac{\\partial L}{\\partial w_3}=\\delta^{[1]}_1\\,x_1=-0.002186${% endraw %}", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_VD1.format(j=0)}*x[0]", "=-0.002186")),), batch=128,
           why="a list item with Jekyll's {% raw %} ... {% endraw %} around the $...$; w_3 the weight from x_1 into "
               "hidden unit 1 (the page's naming)"),
    Public("y8-vi-w6", _VI, "b128_vi", "b128_vi",
           "- {% raw %}$\\frac{\\partial L}{\\partial w_6}=\\delta^{[1]}_2\\,x_2=-0.004899${% endraw %}", ((C, C),),
           (Twin("gradient", "W1[1,1]", (f"{_VD1.format(j=1)}*x[1]", "=-0.004899")),), batch=128),
    # ---- the Italian code (tabs before the statements and before their # comments; the output layer's first delta
    # taken of the sums before the Softmax, the Softmax left out of the derivative on purpose) --------------------------
    Public("y8-it-fcd", _IT, "b128_it", "b128_it",
           "\t\t\t\t\tf_cost_der = 2 * (P - E)\t\t\t\t\t\t\t\t\t# Vettore funzione di costo derivata.", ((W,),),
           (Twin("value", _IG, ("2*(z2[{k}] - y[{k}])",), _K2),), batch=128,
           why="the squared error's derivative taken of P = h[k][-1], the output layer's sums before the Softmax (the "
               "code: 'Non considero l'applicazione della Softmax, poiché è una funzione utile solamente per convertire i "
               "risultati in probabilità e non contribuisce al processo di correzione dei pesi'), not of the outputs"),
    Public("y8-it-delta", _IT, "b128_it", "b128_it",
           "\t\t\t\t\tdelta = f_cost_der\t\t\t\t\t\t\t\t\t\t\t# Prima delta per la retropropagazione degli errori.", ((W,),),
           (Twin("value", _IDL, (_IG,), _K2),), batch=128,
           why="the output layer's delta taken as the cost's derivative by the output, the Softmax's Jacobian left out "
               "(the same choice)"),
    # ---- the Indonesian chapter ($$ ... \\tag{4.1} $$ displays; its numeric example in `...` spans inside numbered
    # sentences: · for the product, − (U+2212), ² for the square, ← for the update, a chain of equals) -----------------
    Public("y8-id-gd", _ID, "b128_id", "b128_id",
           "$$ w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w} \\tag{4.1} $$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*2*(a1[0] - y[0])*x[0]",)),), batch=128,
           why="\\leftarrow for the update, \\tag{4.1}; eta the rate"),
    Public("y8-id-chain", _ID, "b128_id", "b128_id",
           "$$ \\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}{\\partial z} \\cdot "
           "\\frac{\\partial z}{\\partial w} \\tag{4.2} $$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*1*x[0]",)),), batch=128,
           why="the chain through the activation a and the sum z (here without an activation)"),
    Public("y8-id-l", _ID, "b128_id", "b128_id", "`L = (wx − y_t)² / 1`", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(W1[0,0]*x[0] - y[0])**2/1",)),), batch=128,
           why="wx for w times x, ² (U+00B2) for the square, − (U+2212); the loss of the one sample"),
    Public("y8-id-ln", _ID, "b128_id", "b128_id", "`L = (2−4)² = 4`", ((C, C),),
           (Twin("value", "(a1[0] - y[0])**2", ("=(2-4)**2", "=4")),), batch=128, why="the loss at the example's numbers"),
    Public("y8-id-dp", _ID, "b128_id", "b128_id", "`dL/dpred = 2(pred − y_t) = 2(2−4) = −4`", ((C, C, C),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])", "=2*(2-4)", "=-4")),), batch=128,
           why="the loss's derivative by the prediction, a value; 2(...) a product"),
    Public("y8-id-dw", _ID, "b128_id", "b128_id", "`dL/dw = (−4)·2 = −8`", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("=(-4)*2", "=-8")),), batch=128),
    Public("y8-id-up", _ID, "b128_id", "b128_id", "`w ← 1 − 0.1·(−8) = 1 + 0.8 = 1.8`", ((C, C, C),),
           (Twin("update", "W1[0,0]", ("=1 - 0.1*(-8)", "=1 + 0.8", "=1.8")),), batch=128,
           why="← for the update, the rate 0.1 as a number (the page's eta = 0.1, the file's)"),
    # ---- the Turkish post (formulas in ``` blocks with · for the product, − (U+2212), Σ without bounds, := and μ;
    # and its PyTorch loop: .view(-1, 1), -=, a statement continued on the next line) ------------------------------------
    Public("y8-tr-z", _TR, "b128_tr", "b128_tr", "z = W^T · X + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=128, why="· (U+00B7) for the product"),
    Public("y8-tr-l", _TR, "b128_tr", "b128_tr", "L = −(1/N) · Σ [y · log(ŷ) + (1 − y) · log(1 − ŷ)]", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(1/1)*(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=128,
           why="the binary cross-entropy, Σ without its bounds over the N samples (one per step), − (U+2212)"),
    Public("y8-tr-up", _TR, "b128_tr", "b128_tr", "W := W − μ · (∂L/∂W)", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_TD}*x[{{i}}]",), _I2),), batch=128,
           why=":= for the assignment, μ the rate (lr = 0.01, the file's)"),
    Public("y8-tr-g", _TR, "b128_tr", "b128_tr", "∂L/∂W = (ŷ − y) · X", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_TD}*x[{{i}}]",), _I2),), batch=128,
           why="the sigmoid and the cross-entropy's derivative by the weight column, X the sample's features"),
    Public("y8-tr-e", _TR, "b128_tr", "b128_trc", "            e = y_pred - y_sample", ((C,),),
           (Twin("value", _TD, ("a1[0] - y[0]",)),), batch=128),
    Public("y8-tr-gw", _TR, "b128_tr", "b128_trc", "            grad_W = e * x_sample.view(-1, 1)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_TD}*x[{{i}}]",), _I2),), batch=128,
           why="x_sample.view(-1, 1) the sample's row made a column, the shape of W"),
    Public("y8-tr-w", _TR, "b128_tr", "b128_trc", "            W -= lr * grad_W", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_TD}*x[{{i}}]",), _I2),), batch=128),
    Public("y8-tr-loss", _TR, "b128_tr", "b128_trc",
           "            loss = -(y_sample * torch.log(y_pred) +\n                     (1 - y_sample) * torch.log(1 - y_pred))",
           ((C,),), (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                          ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=128,
           why="the statement continued on a second line inside its parentheses; torch.log"),
]
