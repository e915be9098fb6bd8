r"""Batch 133 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (pages in languages other than English; the pages corpus giving
most pages only from their beginnings, and nearly every page it and the code corpus name in Chinese, Japanese,
Korean, Russian, Spanish, Portuguese and German already used by earlier batches, most addresses are documents and
notes kept in public repositories, read whole): GavinTechStudio's docs/formula.md (Chinese C++ project, commit
be25330: $$ on lines of their own, thresholds beta_j, lambda_k subtracted, \hat{y_k}, Delta steps); arisongha's
Korean notes on Bishop 5.3 (_posts/2019-01-20-backpropagation.md, commit 0e729f5: \frac {\delta E_n}{\delta w_{ji}}
for the partial derivative, Bishop's letters i, j, k for the layers); FelixFu520's README copy of a CSDN post on BP
(train/optim/bp.md, commit d34fd2a, Chinese: formulas served as codecogs images whose alt text is the LaTeX, each line
opening with a zero-width space U+200B and indentation, an equation number after the image; its worked example's
numbers in \bigl(\begin{smallmatrix} columns, with slips); koesan's SifirdanYZ 0_mlp/README.md (Turkish notes on
Karpathy's micrograd, commit 120af68: one tanh neuron, derivatives of its output o, graph nodes named x1w1, x2w2);
machinelearning.monster's Czech page "Neuronová síť v Pythonu" ($$ with spaces inside, \rightarrow between two
equations); the Persian Wikipedia article's diff (revision 24716918: wikitext <math> in Persian prose); reim2zk's
Japanese chapter5.ipynb (commit 0f4d732: a Markdown cell's $$ with {\bf a}, \\ between equations); aerovfx's two
Vietnamese lessons (Aero-HowtoLLMs, "Giải tích ANN" parts 1 and 3, commits 4f34a1e and 6f55e30: $$ on lines of their
own, blank lines inside one); and two Arduino files of ai-kocolabs' aidrone commented in Korean (237_2.ino, commit
ef3a3e7: double declarations, "// 딥러닝 제 N 공식" after each line; 412_7.ino, commit dc1a676: ArduinoEigen matrices,
X.transpose()*YE). Copied verbatim, typos and mistakes included (the pages' text as the search gives it; the
repositories' files read at their commits, the notebook's cell decoded), each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: Bishop's letters
each naming its layer, "a_{j}" = "z1[j-1]" beside "a_{k}" = "z2[k-1]" and "z_{i}" = "x[i-1]" beside "z_{j}" =
"a1[j-1]"; the thresholds "\\beta_{j}" = "-b1[j-1]" with their steps "\\Delta\\beta_{j}" = "eta*grad(b1[j-1])";
input-first matrices named whole, "w" = "W1[:, :].T"; code's names of derivatives, "wE" = "grad(W1[0, 0])", "WE" =
"grad(W1[:, :]).T"), a network of the kind the page describes (with the page's numbers where it gives them: the CSDN
example's x = (0.05, 0.10), Y = (0, 1), w, v, b_1, b_2 and eta = 0.5; Karpathy's neuron x = (2, 0), w = (-3, 1), b =
6.8813735870195432; the Arduino files' x, w, b, targets and lr = 0.01; all in tests/public_formulas_batch133_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A page's delta, error, step Delta (-eta dL/d), derivative of a neuron's output (do/dn, do/dw1: koesan's
page takes no loss), a sum's derivative by its weight (da_j/dw_ji = z_i), a loss's definition and a forward value
are twinned as values, as in batches 14 to 132; the Arduino files' lr = 0.01, the problem file's rate, is twinned
with eta.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 133

The batch: 53 formulas from 11 addresses (GavinTechStudio's formula.md 7, arisongha's notes 8, the CSDN copy 8,
koesan's notes 7, machinelearning.monster 2, the Persian diff 2, reim2zk's notebook 2, the Vietnamese lessons 2 and 1,
237_2.ino 7, 412_7.ino 7). 39 are in documents ($$ displays 24, inline $...$ 5 of koesan's, codecogs images 8 of the
CSDN copy, <math> 2), 14 in code files (Arduino C++ with Korean comments).

4 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the CSDN copy's fx-net2, net_{2}=v^Tx+b_{2}=(0.40*0.5331+0.5*0.5349+0.2; ...)=(0.6807; 0.7341): v^T x where v^T h
  was meant (the post's slip, as in its (4-1)); its numbers use h and are right;
- the CSDN copy's fx-yhat, \hat{Y}=sigmoid(net_{2})=...=(0.6639; 0.6575): sigmoid(0.7341) = 0.6757 (the post's later
  lines write 0.6757), two digits swapped;
- the CSDN copy's fx-dw11 and fx-dw22, \bigtriangledown _{1}w_{11}=x_{1}(h_{1}(1-h_{1})v_{11}\delta _{1}^{(1)}+...)
  =1.364\times 10^{-3} (and w_{22}'s 3.500\times 10^{-3}): the symbolic member right, the number x_1 (v_11 delta_1 +
  v_12 delta_2) = 0.05 x 0.02728 without the factor h_1 (1 - h_1) = 0.2489 the member writes (the gradient is
  3.40e-4; the post's final w^(1) = 0.14983 is the true step's);
- mistyped (unreadable): machinelearning.monster's mm-phi, $$ \phi(x) = \frac{1}{1+e^{-x}} \rightarrow \phi(x) =
  \frac{1}{1+e^{-\sum_{i=1}^{3}x_i w_i)}} $$: a closing parenthesis in the exponent that no parenthesis opens
  (unreadable=")").

Not mistaken, though they look it: arisongha's \frac {\delta E_n}{\delta w_{ji}} (\delta written for \partial, the
post's habit; ko-dez writes \delta_j, the error, beside it); GavinTechStudio's Delta lambda_k = -eta (y_k - y_hat_k)
... with its minus sign (lambda is subtracted: its step is eta dLoss/db2); the CSDN copy's \delta ^{(k)} (k the update's
number, not a unit's); koesan's derivatives of o with no loss (the page differentiates the neuron's output); the
Korean comment "평균 제곱 오차" (mean squared error) beside E = (y - yT)^2 / 2 (half the squared error, the book's).

What was left out: GavinTechStudio's README and C++ code (Net.cpp; the formulas are the doc's); arisongha's update
eqnarray (w_{k+1} = w_{k} - \mu \frac{\delta E_n}{\delta w_{ji}}: k the step's index where w_{ji} is the weight, no
name a notation can give), its graph nodes (addition, multiplication, ReLU, sigmoid y(1-y) and tanh 1-y^2 of a generic
x, y) and softmax-with-loss lines; the CSDN copy's general derivation (3-1) to (3-31) (matrices of symbols, (3-23)'s
(v-\delta ^{(K)}) a slip in a vector formula no twin transcribes faithfully: v - delta of a matrix and a vector), its E
= ... = 1/2 (0-0.6639; 1-0.6757) = 0.2796 (a vector where the loss is a number, and 0.2796 for 0.2730: a slip, but a
member no oracle compares), its delta's numeric continuation line, its v^(1), w^(1) updates of whole matrices and the
code; koesan's micrograd graph (a*b + c with L = d*f: no network), its limit-definition tables and the tanh derivation;
machinelearning.monster's "Nastavení váhy synapse = chyba x vstup x $\phi$'(výstup)" and "Chyba = výstup – vypočtený
výstup" (Czech words with spaces as names, which no pattern takes); the Persian diff's older revision (24697861, the
same formula without \sum's subscript); reim2zk's chain-rule examples on generic f, g; the Vietnamese part 2 (loss);
the Arduino files' printf lines and 412_7's e = E(0, 0). Pages read and not taken: abdullatifkaban's Turkish
Geri-Yayilim.md (TensorFlow code only), leonardotamiano's Italian lecture notes (stored only from their beginning, no
backprop formula there), a Spanish problem sheet of the Universidad Rey Juan Carlos on yumpu (threshold units, whose
errors no differentiable network gives), and many candidates earlier batches held (bcxiaobai and its copy on weizhi.cc,
quark-xp.ru, testhelp.link, jvvp512.tistory, velog, zenn, core.cz, markus-scherg.de, wiki.yauis.de, and the stored
files of tianqi/GMyhf/kaifeng, Lee-keonhee, RoyKwonn, aelfimow, hhelwich, Ol333, fransis96jst, gusjrivas, SciWake,
CodeHunterOfficial and others).

Collected on 2026-12-07 (07:55 to 08:10 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
9 of the 11 loaded as first written; two were refused by the loader for the format, not a meaning: the CSDN copy's
"\\bigtriangledown _{1}v_{jk}" (the gradient at update 1: "is not one symbol"), left unnamed, and koesan's graph
nodes "x1w1", "x2w2", "x1w1x2w2" ("is not one symbol"), left unnamed. The oracle's first run passed every verdict as
first transcribed (a run of the first 50 entries, then all 53 after the Vietnamese lessons were added). The entries'
texts were compared with the repositories' files at their commits (fetched): the CSDN copy's lines open with a
zero-width space the first transcription had missed, added before the oracle's last run.

Run blind at main fc65d6d (/work/READY_FOR_BLIND53; src/ as at fc65d6d; the rebase found the branch up to date), with
nothing under src/ changed. The first run (/work/batch133_blind.txt): 42 of 53 read with every verdict right (79%), 7
refused, 3 misread, 1 typo refused (naming it), no typo read, no crash, NO WRONG FORMULA CALLED CORRECT (the 3
misreadings call right members wrong). None of the refusals was a slip of the notations (none counts from the wrong
number, none names a quantity the page does not mean: the CSDN copy's \bigtriangledown _{1} and koesan's x1w1 are
unnamed because the loader takes no such pattern, and the Vietnamese w is the page's column), so the batch was run
once.

Of the 4 mistaken formulas, fx-yhat was read with its wrong member (0.6575) called wrong, and fx-net2 misread with its
wrong member (v^T x) called wrong and a right one with it (below); fx-dw11 and fx-dw22 were refused at their
\bigtriangledown (below); none was called correct. By page: GavinTechStudio's formula.md 7 of 7, arisongha's notes 8 of
8, the CSDN copy 2 of 8 (3 refused, 3 misread), koesan's notes 4 of 7, machinelearning.monster 1 of 1 (and its typo
refused), the Persian diff 2 of 2, reim2zk's notebook 2 of 2, the Vietnamese lessons 1 of 2 and 1 of 1, 237_2.ino 7
of 7, 412_7.ino 7 of 7.

The misreadings (3), all of one construct: the CSDN copy's equation number after the image, "![...](https://private.
codecogs.com/...)            (4-2)", read as a factor of the last member (the line's tail "\end{smallmatrix}\bigr)
(4-2)" multiplied by 4 - 2 = 2): fx-net1's (0.1325; 0.1400), fx-net2's (0.6807; 0.7341) and fx-delta's \hat{y}\odot
(1-\hat{y})\odot (\hat{y}-y) (times 3 - 18) called wrong where they are right (fx-net1: got (correct, correct,
wrong); fx-net2: (wrong, correct, wrong); fx-delta: (correct, wrong)). fx-h and fx-yhat were read by luck of the same
construct: (4-3) is 1, and (4-5) = -1 only makes fx-yhat's wrong last member wrong another way. check printed no
detail for these steps.

The refusals by construct (7, and the typo's), with the exact message:

- 3, the CSDN copy's gradient written \bigtriangledown _{1}v_{11} (the subscript 1 the update's number, the
  parameter after it), which check reads as \nabla of the parameter: fx-dv11: "formula '\\nabla
  _{1}v_{11}=(\\hat{y}_{1}-y_{1})(\\hat{y}_{1}(1-\\hat{...': \nabla v_{11}: v_{11} is not the loss, and \nabla is
  read for the gradient of the loss: write \nabla_{v_{11}} L, the parameter as its subscript, then the loss"
  (fx-dw11 and fx-dw22 the same at w_{11}, w_{22});
- 3, koesan's derivatives through the graph's nodes named x1w1 (a product's node, a name of letters and digits the
  notation cannot name): tr-dw1: "formula '\\frac{\\partial o}{\\partial w1} = \\frac{\\partial o}{\\parti...': expected
  '}' to close the denominator at 'w' (position 63)" (tr-dw2, tr-dx1 the same);
- 1, the Vietnamese lesson's z = x^T w + b, x and w columns (a number plus a number, x^T w being 1x1): vi-z: "formula
  'z = x^T w + b': adds a vector or matrix and a number in (x^T w) + b";
- the typo: mm-phi, "formula '\\phi(x) = \\frac{1}{1+e^{-\\sum_{i=1}^{3}x_i w_i)}}': expected '}' to close the group at
  ')' (position 47)" (naming it).

Read, among the constructs these pages brought: $$ displays on lines of their own with sums without bounds,
thresholds subtracted and named by Greek letters (beta_j = -b1, their steps Delta\beta_j), \hat{y_k} with the
subscript under the hat; Bishop's letters i, j, k each naming its layer (a_j and a_k, z_i and z_j, \delta_j and
\delta_k in one formula), \frac {\delta E_n}{\delta w_{ji}} for the partial derivative beside \delta_j the error;
codecogs images with \bigl(\begin{smallmatrix} columns of numbers and products written with *; \displaystyle, do/dn
and \partial n/\partial b of a neuron's output; \rightarrow between equations (in the typo's line); wikitext <math> in
Persian prose with \times and a subscripted function \theta_c; {\bf a}, {\bf W}, {\bf h}'({\bf a}) and \\ between two
equations of one display; $$ with blank lines inside; Arduino C++ with double declarations, -= updates and Korean
comments, ArduinoEigen's X.transpose()*YE and (Y - YT)*(Y - YT).transpose()/2 with input-first matrices named whole.

Which look general (would appear in much homework): an equation number after a formula served as an image (Chinese
pages copied from CSDN number nearly every display so), read as a factor; x^T w + b with column vectors, refused.
Page-specific: the CSDN copy's \bigtriangledown _{1} (the update's number as a subscript of the gradient), koesan's
graph nodes x1w1 named by their factors, and machinelearning.monster's stray parenthesis (the page's typo).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch133_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_GV = "https://github.com/GavinTechStudio/Back-Propagation-Neural-Network (docs/formula.md, commit be25330)"
_KO = "https://github.com/arisongha/hansololee.github.io (_posts/2019-01-20-backpropagation.md, commit 0e729f5)"
_FX = "https://github.com/FelixFu520/README (train/optim/bp.md, commit d34fd2a)"
_TR = "https://github.com/koesan/SifirdanYZ (0_mlp/README.md, commit 120af68)"
_MM = "https://machinelearning.monster/projects/neuronova-sit-v-pythonu"
_FA = ("https://fa.m.wikipedia.org/wiki/%D9%88%DB%8C%DA%98%D9%87:%D8%AA%D9%81%D8%A7%D9%88%D8%AA_%DA%AF%D9%88%D8%B4"
       "%DB%8C_%D9%87%D9%85%D8%B1%D8%A7%D9%87/24716918")
_JA = "https://github.com/reim2zk/deep-learning-from-scratch (src/chapter5.ipynb, commit 0f4d732)"
_VI1 = "https://github.com/aerovfx/Aero-HowtoLLMs (docs/29_essence_deep_learning/aero_llm_03_ann_math_part_1_forward_prop_.md, commit 4f34a1e)"
_VI3 = "https://github.com/aerovfx/Aero-HowtoLLMs (docs/29_essence_deep_learning/aero_llm_05_ann_math_part_3_backprop_.md, commit 6f55e30)"
_KD1 = "https://github.com/ai-kocolabs/aidrone (237_2.ino, commit ef3a3e7)"
_KD2 = "https://github.com/ai-kocolabs/aidrone (412_7.ino, commit dc1a676)"

# ---- GavinTechStudio's 2-3-2 sigmoid network: dL/dz2[k], dL/dz1[j] (the thresholds beta, lambda are -b) ------------
_G2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_GT2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"


def _g1(j: int) -> str:
    return "(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{j}]" for k in range(2)) + \
        f")*a1[{j}]*(1 - a1[{j}])"


def _g1_page(j: int) -> str:  # the page's sum, (y - y_hat) first
    return "(" + " + ".join(f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{j}]*a1[{j}]*(1 - a1[{j}])"
                            for k in range(2)) + ")"


_GV_H = tuple({"j": j + 1, "t": f"a1[{j}]", "m": f"sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}])"}
              for j in range(3))
_GV_Y = tuple({"k": k + 1, "t": f"a2[{k}]",
               "m": f"sigmoid(a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}])"} for k in range(2))
_GV_DL = tuple({"k": k + 1, "t": "eta*" + _G2.format(k=k), "m": "-eta*" + _GT2.format(k=k)} for k in range(2))
_GV_DV = tuple({"j": j + 1, "k": k + 1, "t": f"-eta*{_G2.format(k=k)}*a1[{j}]", "m": f"eta*{_GT2.format(k=k)}*a1[{j}]"}
               for j in range(3) for k in range(2))
_GV_DB = tuple({"j": j + 1, "t": f"eta*{_g1(j)}", "m": f"-eta*{_g1_page(j)}"} for j in range(3))
_GV_DW = tuple({"i": i + 1, "j": j + 1, "t": f"-eta*{_g1(j)}*x[{i}]", "m": f"eta*{_g1_page(j)}*x[{i}]"}
               for i in range(2) for j in range(3))
_GV_LOSS = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"

# ---- the Korean post on Bishop: the linear 3-2 model, then a 2-3-2 tanh network with linear outputs ----------------
_KL_W = tuple({"j": j + 1, "i": i + 1, "p": f"W1[{j},{i}]", "m": f"(a1[{j}] - y[{j}])*x[{i}]"}
              for j in range(2) for i in range(3))


def _k1(j: int) -> str:  # dE_n/da_j of hidden unit j
    return f"((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*(1 - a1[{j}]**2)"


_KO_A = tuple({"j": j + 1, "t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1]"} for j in range(3))
_KO_W = tuple({"j": j + 1, "i": i + 1, "p": f"W1[{j},{i}]", "m": f"{_k1(j)}*x[{i}]"} for j in range(3) for i in range(2))
_KO_DA = tuple({"j": j + 1, "i": i + 1, "t": f"x[{i}]"} for j in range(3) for i in range(2))
_KO_DK = tuple({"k": k + 1, "t": f"a2[{k}] - y[{k}]"} for k in range(2))
_KO_DJ = tuple({"j": j + 1, "t": _k1(j),
                "m": f"(1 - a1[{j}]**2)*(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"} for j in range(3))

# ---- the CSDN post's worked example (2-2-2 sigmoid, the page's numbers) -------------------------------------------
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_FD2 = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")


def _fx_w(i: int, j: int) -> str:  # dE/dW1[j, i]: the page's w_{ij}, from x_i to h_j
    return f"x[{i}]*(a1[{j}]*(1 - a1[{j}])*W2[0,{j}]*{_FD2[0]} + a1[{j}]*(1 - a1[{j}])*W2[1,{j}]*{_FD2[1]})"


# ---- koesan's tanh neuron: do/dn = 1 - o^2 ----------------------------------------------------------------------
_DO = "(1 - a1[0]**2)"

# ---- the Persian article's unit c fed by the inputs p ------------------------------------------------------------
_FA_A = tuple({"c": c + 1, "t": f"z1[{c}]", "m": f"W1[{c},0]*x[0] + W1[{c},1]*x[1]"} for c in range(2))
_FA_B = tuple({"c": c + 1, "t": f"a1[{c}]", "m": f"sigmoid(z1[{c}])"} for c in range(2))

# ---- the Korean book's linear layers ----------------------------------------------------------------------------
_KD_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))


ENTRIES = [
    # ---- GavinTechStudio's docs/formula.md (Chinese C++ project): $$ on lines of their own, sums over i, j, k
    # without bounds, thresholds beta_j, lambda_k subtracted, \hat{y_k} with the subscript under the hat, Delta the steps
    Public("b33-gv-h", _GV, "b133_gv", "b133_gv", "$$\nh_j = \\sigma( \\sum_i x_i w_{ij} - \\beta_j )\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _GV_H),), batch=133,
           why="beta_j the threshold subtracted, the bias's negative"),
    Public("b33-gv-y", _GV, "b133_gv", "b133_gv", "$$\n\\hat{y_k} = \\sigma( \\sum_j h_j v_{jk} - \\lambda_k )\n$$",
           ((C,),), (Twin("value", "{t}", ("{m}",), _GV_Y),), batch=133),
    Public("b33-gv-loss", _GV, "b133_gv", "b133_gv", "$$\nLoss = \\frac{1}{2}\\sum_k ( y_k - \\hat{y_k} )^2\n$$", ((C,),),
           (Twin("value", _GV_LOSS, (_GV_LOSS,)),), batch=133, why="the loss's definition, a value"),
    Public("b33-gv-dl", _GV, "b133_gv", "b133_gv",
           "$$\n\\Delta \\lambda_k = - \\eta (y_k - \\hat{y_k}) \\hat{y_k} (1 - \\hat{y_k})\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _GV_DL),), batch=133,
           why="the step of the threshold lambda_k = -b2: -eta dLoss/dlambda = eta dLoss/db2"),
    Public("b33-gv-dv", _GV, "b133_gv", "b133_gv",
           "$$\n\\Delta v_{jk} = \\eta ( y_k - \\hat{y_k} ) \\hat{y_k} ( 1 - \\hat{y_k} ) h_j\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _GV_DV),), batch=133),
    Public("b33-gv-db", _GV, "b133_gv", "b133_gv",
           "$$\n\\Delta \\beta_j = - \\eta \\sum_k ( y_k - \\hat{y_k} ) \\hat{y_k} ( 1 - \\hat{y_k} ) v_{jk} h_j ( 1 - h_j )\n$$",
           ((C,),), (Twin("value", "{t}", ("{m}",), _GV_DB),), batch=133),
    Public("b33-gv-dw", _GV, "b133_gv", "b133_gv",
           "$$\n\\Delta w_{ij} = \\eta \\sum_k ( y_k - \\hat{y_k} ) \\hat{y_k} ( 1 - \\hat{y_k} ) v_{jk} h_j ( 1 - h_j ) x_i\n$$",
           ((C,),), (Twin("value", "{t}", ("{m}",), _GV_DW),), batch=133),
    # ---- arisongha's Korean notes on Bishop 5.3 (Jekyll, $$ on the formula's own line): \frac {\delta E_n}{\delta
    # w_{ji}} for the partial derivative, then Bishop's letters i, j, k for the layers ----------------------------
    Public("b33-ko-e", _KO, "b133_kl", "b133_kl", "$$E_n = \\frac {1}{2} \\sum_k (y_{nk}-t_{nk})^{2}$$", ((C,),),
           (Twin("value", "0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",
                 ("0.5*((a1[0] - y[0])**2 + (a1[1] - y[1])**2)",)),), batch=133,
           why="the linear model's error for pattern n (one pattern here), a value"),
    Public("b33-ko-dlin", _KO, "b133_kl", "b133_kl", "$$\\frac {\\delta E_n}{\\delta w_{ji}} = (y_{nj}-t_{nj})x_{ni}$$",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _KL_W),), batch=133,
           why="\\delta written for \\partial in the derivative (the post's habit), the linear model's gradient"),
    Public("b33-ko-a", _KO, "b133_ko", "b133_ko", "$$a_j = \\sum_i w_{ji}z_i$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _KO_A),), batch=133, why="j a hidden unit, z_i the inputs (Bishop's letters)"),
    Public("b33-ko-chain", _KO, "b133_ko", "b133_ko",
           "$$\\frac { \\partial E_n }{ \\partial w_{ji} } =\\frac { \\partial E_n }{ \\partial a_j } "
           "\\frac { \\partial a_j }{ \\partial w_{ji} }$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _KO_W),), batch=133),
    Public("b33-ko-dadw", _KO, "b133_ko", "b133_ko", "$$\\frac {\\partial a_j}{\\partial w_{ji}} = z_i$$", ((C,),),
           (Twin("value", "{t}", ("{t}",), _KO_DA),), batch=133,
           why="the sum's derivative by its weight, a value: the input z_i"),
    Public("b33-ko-dez", _KO, "b133_ko", "b133_ko", "$$\\frac {\\delta E_n}{\\delta w_{ji}} = \\delta_j z_i$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _KO_W),), batch=133,
           why="\\delta for \\partial in the fraction, and \\delta_j the error dE_n/da_j beside it"),
    Public("b33-ko-dk", _KO, "b133_ko", "b133_ko", "$$\\delta_k = y_k - t_k$$", ((C,),),
           (Twin("value", "{t}", ("{t}",), _KO_DK),), batch=133,
           why="the outputs' canonical link: linear outputs under the sum of squares"),
    Public("b33-ko-bp", _KO, "b133_ko", "b133_ko", "$$\\delta_j = h'(a_j) \\sum_k w_{kj} \\delta_k$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _KO_DJ),), batch=133, why="h' the hidden activation's slope (tanh)"),
    # ---- FelixFu520's copy of a CSDN post (Chinese): formulas as codecogs images whose alt text is the LaTeX,
    # indented, an equation number after the image; the worked example's numbers (w^T x, \bigl(\begin{smallmatrix}
    # columns), with slips ---------------------------------------------------------------------------------------
    Public("b33-fx-net1", _FX, "b133_fx", "b133_fx",
           "\u200b                         ![net_{1}=w^Tx+b_{1}=\\bigl(\\begin{smallmatrix} 0.15*0.05+0.25*0.1+0.1\\\\ "
           "0.20*0.05+0.30*0.1+0.1 \\end{smallmatrix}\\bigr)=\\bigl(\\begin{smallmatrix} 0.1325\\\\ 0.1400 "
           "\\end{smallmatrix}\\bigr)](https://private.codecogs.com/gif.latex?net_%7B1%7D%3Dw%5ETx&plus;b_%7B1%7D%3D%5Cbigl"
           "%28%5Cbegin%7Bsmallmatrix%7D%200.15*0.05&plus;0.25*0.1&plus;0.1%5C%5C%200.20*0.05&plus;0.30*0.1&plus;0.1%20%5C"
           "end%7Bsmallmatrix%7D%5Cbigr%29%3D%5Cbigl%28%5Cbegin%7Bsmallmatrix%7D%200.1325%5C%5C%200.1400%20%5Cend%7B"
           "smallmatrix%7D%5Cbigr%29)            (4-2)", ((C, C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",
                                      "=np.array([0.15*0.05+0.25*0.1+0.1, 0.20*0.05+0.30*0.1+0.1])",
                                      "=np.array([0.1325, 0.1400])"), _J2),), batch=133,
           why="w input-first (w^T x); a column written \\bigl(\\begin{smallmatrix} ... \\end{smallmatrix}\\bigr)"),
    Public("b33-fx-h", _FX, "b133_fx", "b133_fx",
           "\u200b                           ![h=sigmoid(net_{1})=sigmoid\\bigl(\\begin{smallmatrix} 0.1325\\\\ 0.1400"
           "\\end{smallmatrix}\\bigr)=\\bigl(\\begin{smallmatrix} 0.5331\\\\ 0.5349 \\end{smallmatrix}\\bigr)]"
           "(https://private.codecogs.com/gif.latex?h%3Dsigmoid%28net_%7B1%7D%29%3Dsigmoid%5Cbigl%28%5Cbegin%7B"
           "smallmatrix%7D%200.1325%5C%5C%200.1400%5Cend%7Bsmallmatrix%7D%5Cbigr%29%3D%5Cbigl%28%5Cbegin%7Bsmallmatrix"
           "%7D%200.5331%5C%5C%200.5349%20%5Cend%7Bsmallmatrix%7D%5Cbigr%29)             (4-3)", ((C, C, C),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "=1/(1 + np.exp(-np.array([0.1325, 0.1400])))",
                                      "=np.array([0.5331, 0.5349])"), _J2),), batch=133),
    Public("b33-fx-net2", _FX, "b133_fx", "b133_fx",
           "\u200b                      ![net_{2}=v^Tx+b_{2}=\\bigl(\\begin{smallmatrix} 0.40*0.5331+0.5*0.5349+0.2\\\\ "
           "0.45*0.5331+0.55*0.5349+0.2 \\end{smallmatrix}\\bigr)=\\bigl(\\begin{smallmatrix} 0.6807\\\\ 0.7341 "
           "\\end{smallmatrix}\\bigr)](https://private.codecogs.com/gif.latex?net_%7B2%7D%3Dv%5ETx&plus;b_%7B2%7D%3D%5Cbigl"
           "%28%5Cbegin%7Bsmallmatrix%7D%200.40*0.5331&plus;0.5*0.5349&plus;0.2%5C%5C%200.45*0.5331&plus;0.55*0.5349&plus;"
           "0.2%20%5Cend%7Bsmallmatrix%7D%5Cbigr%29%3D%5Cbigl%28%5Cbegin%7Bsmallmatrix%7D%200.6807%5C%5C%200.7341%20%5C"
           "end%7Bsmallmatrix%7D%5Cbigr%29)        (4-4)", ((W, C, C),),
           (Twin("value", "z2[{j}]", ("(W2 @ x + b2)[{j}]",
                                      "=np.array([0.40*0.5331+0.5*0.5349+0.2, 0.45*0.5331+0.55*0.5349+0.2])",
                                      "=np.array([0.6807, 0.7341])"), _J2),), batch=133,
           why="v^T x where v^T h was meant (the post's slip, as in its (4-1)): the input x, not the hidden h; the "
               "numbers that follow use h"),
    Public("b33-fx-yhat", _FX, "b133_fx", "b133_fx",
           "\u200b                         ![\\hat{Y}=sigmoid(net_{2})=sigmoid\\bigl(\\begin{smallmatrix} 0.6807\\\\ 0.7341"
           "\\end{smallmatrix}\\bigr)=\\bigl(\\begin{smallmatrix} 0.6639\\\\ 0.6575 \\end{smallmatrix}\\bigr)]"
           "(https://private.codecogs.com/gif.latex?%5Chat%7BY%7D%3Dsigmoid%28net_%7B2%7D%29%3Dsigmoid%5Cbigl%28%5C"
           "begin%7Bsmallmatrix%7D%200.6807%5C%5C%200.7341%5Cend%7Bsmallmatrix%7D%5Cbigr%29%3D%5Cbigl%28%5Cbegin%7B"
           "smallmatrix%7D%200.6639%5C%5C%200.6575%20%5Cend%7Bsmallmatrix%7D%5Cbigr%29)          (4-5)", ((C, C, W),),
           (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])", "=1/(1 + np.exp(-np.array([0.6807, 0.7341])))",
                                      "=np.array([0.6639, 0.6575])"), _J2),), batch=133,
           why="sigmoid(0.7341) = 0.6757 (the post's next lines write 0.6757): 0.6575 swaps two digits"),
    Public("b33-fx-delta", _FX, "b133_fx", "b133_fx",
           "\u200b                           ![\\delta ^{(k)}=\\frac{\\partial \\hat{y}}{\\partial net_{2}}\\frac{\\partial E}"
           "{\\partial \\hat{y}}=\\hat{y}\\odot (1-\\hat{y})\\odot (\\hat{y}-y)](https://private.codecogs.com/gif.latex?%5C"
           "delta%20%5E%7B%28k%29%7D%3D%5Cfrac%7B%5Cpartial%20%5Chat%7By%7D%7D%7B%5Cpartial%20net_%7B2%7D%7D%5Cfrac%7B"
           "%5Cpartial%20E%7D%7B%5Cpartial%20%5Chat%7By%7D%7D%3D%5Chat%7By%7D%5Codot%20%281-%5Chat%7By%7D%29%5Codot%20"
           "%28%5Chat%7By%7D-y%29)                 (3-18)", ((C, C),),
           (Twin("value", "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                 ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])", "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"), _K2),),
           batch=133, why="delta^(k) = dE/dnet_2 at update k; the Jacobian of the elementwise sigmoid times dE/dy_hat"),
    Public("b33-fx-dv11", _FX, "b133_fx", "b133_fx",
           "\u200b                          ![\\bigtriangledown _{1}v_{11}=(\\hat{y}_{1}-y_{1})(\\hat{y}_{1}(1-\\hat{y}_{1}))"
           "h_{1}=0.07897](https://private.codecogs.com/gif.latex?%5Cbigtriangledown%20_%7B1%7Dv_%7B11%7D%3D%28%5Chat%7By"
           "%7D_%7B1%7D-y_%7B1%7D%29%28%5Chat%7By%7D_%7B1%7D%281-%5Chat%7By%7D_%7B1%7D%29%29h_%7B1%7D%3D0.07897)",
           ((C, C),), (Twin("gradient", "W2[0,0]", (f"{_FD2[0]}*a1[0]", "=0.07897")),), batch=133,
           why="\\bigtriangledown _{1} the gradient at the first update"),
    Public("b33-fx-dw11", _FX, "b133_fx", "b133_fx",
           "\u200b                   ![\\bigtriangledown _{1}w_{11}=x_{1}(h_{1}(1-h_{1})v_{11}\\delta _{1}^{(1)}+h_{1}(1-h_{1})"
           "v_{12}\\delta _{2}^{(1)})=1.364\\times 10^{-3}](https://private.codecogs.com/gif.latex?%5Cbigtriangledown%20"
           "_%7B1%7Dw_%7B11%7D%3Dx_%7B1%7D%28h_%7B1%7D%281-h_%7B1%7D%29v_%7B11%7D%5Cdelta%20_%7B1%7D%5E%7B%281%29%7D&plus;"
           "h_%7B1%7D%281-h_%7B1%7D%29v_%7B12%7D%5Cdelta%20_%7B2%7D%5E%7B%281%29%7D%29%3D1.364%5Ctimes%2010%5E%7B-3%7D)",
           ((C, W),), (Twin("gradient", "W1[0,0]", (_fx_w(0, 0), "=1.364*10**-3")),), batch=133,
           why="the symbolic member right; 1.364e-3 is x_1 (v_11 delta_1 + v_12 delta_2) = 0.05 x 0.02728 without the "
               "factor h_1 (1 - h_1) (0.2489) the member writes: the gradient is 3.40e-4 (the post's final w^(1) = "
               "0.14983 is the true step's)"),
    Public("b33-fx-dw22", _FX, "b133_fx", "b133_fx",
           "\u200b                   ![\\bigtriangledown _{1}w_{22}=x_{2}(h_{2}(1-h_{2})v_{21}\\delta _{1}^{(1)}+h_{2}(1-h_{2})"
           "v_{22}\\delta _{2}^{(1)})=3.500\\times 10^{-3}](https://private.codecogs.com/gif.latex?%5Cbigtriangledown%20"
           "_%7B1%7Dw_%7B22%7D%3Dx_%7B2%7D%28h_%7B2%7D%281-h_%7B2%7D%29v_%7B21%7D%5Cdelta%20_%7B1%7D%5E%7B%281%29%7D&plus;"
           "h_%7B2%7D%281-h_%7B2%7D%29v_%7B22%7D%5Cdelta%20_%7B2%7D%5E%7B%281%29%7D%29%3D3.500%5Ctimes%2010%5E%7B-3%7D)",
           ((C, W),), (Twin("gradient", "W1[1,1]", (_fx_w(1, 1), "=3.500*10**-3")),), batch=133,
           why="the same slip: 0.10 x 0.03499 without h_2 (1 - h_2)"),
    # ---- koesan's Turkish micrograd notes (Markdown: $$ blocks and inline $...$ on lines of their own): one tanh
    # neuron, derivatives of its output o (no loss), graph nodes named x1w1, x2w2 -----------------------------------
    Public("b33-tr-n", _TR, "b133_tr", "b133_tr", "$$\nn = (x_1 \\cdot w_1) + (x_2 \\cdot w_2) + b\n$$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=133),
    Public("b33-tr-do", _TR, "b133_tr", "b133_tr", "$$\n\\displaystyle \\frac{do}{dn} = 1 - \\tanh(n)^2\n$$", ((C,),),
           (Twin("value", _DO, ("1 - tanh(z1[0])**2",)),), batch=133,
           why="the output's derivative by the sum, a value; \\displaystyle before it"),
    Public("b33-tr-dnb", _TR, "b133_tr", "b133_tr", "$\\frac{\\partial n}{\\partial b} = 1$", ((C,),),
           (Twin("value", "1", ("1",)),), batch=133),
    Public("b33-tr-db", _TR, "b133_tr", "b133_tr", "$\\frac{\\partial o}{\\partial b} = 0.5 \\times 1 = 0.5 $", ((C, C),),
           (Twin("value", _DO, ("=0.5 * 1", "=0.5")),), batch=133,
           why="do/db = 1 - o^2 = 1 - 0.7071^2 = 0.5"),
    Public("b33-tr-dw1", _TR, "b133_tr", "b133_tr",
           "$\\frac{\\partial o}{\\partial w1} = \\frac{\\partial o}{\\partial x1w1} \\cdot \\frac{\\partial x1w1}"
           "{\\partial w1} = 0.5 * 2.0 = 1.0$", ((C, C, C),),
           (Twin("value", f"{_DO}*x[0]", (f"{_DO}*x[0]", "=0.5 * 2.0", "=1.0")),), batch=133,
           why="x1w1 the graph's node for the product x1 w1: the chain through it"),
    Public("b33-tr-dw2", _TR, "b133_tr", "b133_tr",
           "$\\frac{\\partial o}{\\partial w2} = \\frac{\\partial o}{\\partial x2w2} \\cdot \\frac{\\partial x2w2}"
           "{\\partial w2} = 0.5 * 0.0 = 0.0$", ((C, C, C),),
           (Twin("value", f"{_DO}*x[1]", (f"{_DO}*x[1]", "=0.5 * 0.0", "=0.0")),), batch=133),
    Public("b33-tr-dx1", _TR, "b133_tr", "b133_tr",
           "$\\frac{\\partial o}{\\partial x1} = \\frac{\\partial o}{\\partial x1w1} \\cdot \\frac{\\partial x1w1}"
           "{\\partial x1} = 0.5 * (-3.0) = -1.5$", ((C, C, C),),
           (Twin("value", f"{_DO}*W1[0,0]", (f"{_DO}*W1[0,0]", "=0.5 * (-3.0)", "=-1.5")),), batch=133,
           why="the derivative by an input, a value"),
    # ---- machinelearning.monster's Czech page: $$ with spaces inside, \rightarrow between two equations ------------
    Public("b33-mm-sum", _MM, "b133_mm", "b133_mm", "$$ \\sum_{i=1}^{3}x_i w_i = x_1 w_1 + x_2 w_2 + x_3 w_3 $$",
           ((C,),), (Twin("value", "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",
                          ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=133,
           why="a sum on the left side, its terms on the right"),
    Public("b33-mm-phi", _MM, "b133_mm", "b133_mm",
           "$$ \\phi(x) = \\frac{1}{1+e^{-x}} \\rightarrow \\phi(x) = \\frac{1}{1+e^{-\\sum_{i=1}^{3}x_i w_i)}} $$",
           unreadable=")", batch=133,
           why="a closing parenthesis in the exponent that no parenthesis opens (the page's typo)"),
    # ---- the Persian Wikipedia article's diff (wikitext <math> inside Persian prose) --------------------------------
    Public("b33-fa-a", _FA, "b133_fa", "b133_fa", "<math>a_c = \\sum_p w_{pc}\\times b_{pc}</math>", ((C,),),
           (Twin("value", "{t}", ("{m}",), _FA_A),), batch=133,
           why="b_pc the input unit c receives from unit p (p's output), \\times the product"),
    Public("b33-fa-b", _FA, "b133_fa", "b133_fa", "<math>b_c = \\theta_c(a_c)</math>", ((C,),),
           (Twin("value", "{t}", ("{m}",), _FA_B),), batch=133, why="theta_c the unit's nonlinearity"),
    # ---- reim2zk's Japanese notebook (a Markdown cell's $$ with {\bf ...} and \\ between equations) ----------------
    Public("b33-ja-fw", _JA, "b133_ja", "b133_ja",
           "$$\n    {\\bf a} = {\\bf W}{\\bf x} + {\\bf B} \\\\\n    {\\bf z} = {\\bf h}({\\bf a})\n$$", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",))), batch=133, why="two equations in one display"),
    Public("b33-ja-dz", _JA, "b133_ja", "b133_ja",
           "$$\n    \\frac{\\partial {\\bf z}}{\\partial{\\bf W}} \n    = \\frac{\\partial {\\bf z}}{\\partial{\\bf a}}"
           "\\cdot \\frac{\\partial {\\bf a}}{\\partial{\\bf W}} \\\\\n    = {\\bf h}'({\\bf a})\\cdot {\\bf x}\n$$",
           ((C, C),), (Twin("value", "a1[0]*(1 - a1[0])*x[{i}]", ("a1[0]*(1 - a1[0])*x[{i}]", "a1[0]*(1 - a1[0])*x[{i}]"),
                             tuple({"i": i} for i in range(2))),), batch=133,
           why="the output's derivative by the weights (one unit: a row), a value; the chain continued after \\\\"),
    # ---- aerovfx's Vietnamese lessons (Markdown $$ on lines of their own, blank lines inside one) -----------------
    Public("b33-vi-z", _VI1, "b133_vi", "b133_vi", "$$\nz = x^T w + b\n$$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=133, why="x^T w, columns"),
    Public("b33-vi-y", _VI1, "b133_vi", "b133_vi", "$$\n\\hat{y} = \\sigma(z)\n$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=133),
    Public("b33-vi-w", _VI3, "b133_vi", "b133_vi", "$$\n\nw = w - \\eta \\cdot \\frac{\\partial L}{\\partial w}\n\n$$",
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",),
                          tuple({"i": i} for i in range(2))),), batch=133,
           why="the update of the weight vector, a blank line after $$ and before the closing $$"),
    # ---- ai-kocolabs' aidrone 237_2.ino (Arduino C++, a tab in, Korean comments naming the book's formulas) -------
    Public("b33-kd-y", _KD1, "b133_kd1", "b133_kd1", "\tdouble y = x*w + 1*b; // 딥러닝 제 1 공식 : 순전파 ", ((C,),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0] + 1*b1[0]",)),), batch=133,
           why="a declaration with its type; the comment: deep learning formula 1, the forward pass"),
    Public("b33-kd-e", _KD1, "b133_kd1", "b133_kd1", "\tdouble E = (y - yT)*(y - yT) / 2; // 딥러닝 제 2 공식 : 평균 제곱 오차",
           ((C,),), (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])*(a1[0] - y[0])/2",)),), batch=133,
           why="the comment calls it the mean squared error: half the squared error of one output"),
    Public("b33-kd-ye", _KD1, "b133_kd1", "b133_kd1", "\tdouble yE = y - yT; // 딥러닝 제 3 공식 : 역전파 오차", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=133,
           why="yE the book's back-propagated error, dE/dy, a value"),
    Public("b33-kd-we", _KD1, "b133_kd1", "b133_kd1", "\tdouble wE = yE*x; // 딥러닝 제 6 공식 : 가중치 역전파", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=133),
    Public("b33-kd-be", _KD1, "b133_kd1", "b133_kd1", "\tdouble bE = yE*1; // 딥러닝 제 6 공식 : 편향 역전파", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*1",)),), batch=133),
    Public("b33-kd-w", _KD1, "b133_kd1", "b133_kd1", "\tw -= lr*wE; // 딥러닝 제 7 공식 : 가중치 학습", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=133,
           why="lr = 0.01, the problem file's rate"),
    Public("b33-kd-b", _KD1, "b133_kd1", "b133_kd1", "\tb -= lr*bE; // 딥러닝 제 7 공식 : 편향 학습", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),), batch=133),
    # ---- the same book's 412_7.ino (ArduinoEigen matrices, two tabs in): a row X times the input-first W ----------
    Public("b33-ke-y", _KD2, "b133_kd2", "b133_kd2", "\t\tY = X*W + B; // 순전파", ((C,),),
           (Twin("value", "a1[{j}]", ("(W1 @ x + b1)[{j}]",), _J2),), batch=133, why="a row times the input-first W"),
    Public("b33-ke-e", _KD2, "b133_kd2", "b133_kd2", "\t\tE = (Y - YT)*(Y - YT).transpose()/2; // 오차 계산", ((C,),),
           (Twin("value", "((a1[0] - y[0])**2 + (a1[1] - y[1])**2)/2",
                 ("((a1[0] - y[0])**2 + (a1[1] - y[1])**2)/2",)),), batch=133,
           why="Eigen's .transpose(): a row times its transpose, a 1x1 matrix"),
    Public("b33-ke-ye", _KD2, "b133_kd2", "b133_kd2", "\t\tYE = Y - YT; // 역전파 오차", ((C,),),
           (Twin("value", "a1[{j}] - y[{j}]", ("a1[{j}] - y[{j}]",), _J2),), batch=133),
    Public("b33-ke-we", _KD2, "b133_kd2", "b133_kd2", "\t\tWE = X.transpose()*YE; // 가중치 역전파", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - y[{j}])",), _KD_IJ),), batch=133,
           why="the outer product of the input column and the error row: WE[i][j] = dE/dW1[j, i]"),
    Public("b33-ke-be", _KD2, "b133_kd2", "b133_kd2", "\t\tBE = 1*YE; // 편향 역전파", ((C,),),
           (Twin("gradient", "b1[{j}]", ("1*(a1[{j}] - y[{j}])",), _J2),), batch=133),
    Public("b33-ke-w", _KD2, "b133_kd2", "b133_kd2", "\t\tW -= lr*WE; // 가중치 학습", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*(a1[{j}] - y[{j}])",), _KD_IJ),), batch=133,
           why="lr = 0.01, the problem file's rate"),
    Public("b33-ke-b", _KD2, "b133_kd2", "b133_kd2", "\t\tB -= lr*BE; // 편향 학습", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*(a1[{j}] - y[{j}])",), _J2),), batch=133),
]
