r"""Batch 115 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus, with its emphasis on the languages and kinds
earlier batches met less: two Japanese pages, a Korean one, a Polish one, a Cross Validated question, a university
course page, and four others): Sunao-Yoshii's Japanese study notes on 「はじめてのディープラーニング」 (a notebook's
Markdown cells at commit 5bf7284, as the pages corpus serves the repository: lines of $$ blocks, each ending in \\,
some with a Japanese remark in parentheses, (重み勾配), the layer told by the index's letter: y_i the inputs, y_j the
hidden outputs, y_k the outputs); cgm-16's Korean notes on wikidocs' worked example (a notebook's Markdown cells at
commit b31a49e: $$ ... $$ lines with the example's numbers, ∂ written as the Unicode character, α the rate,
\text{×} once); Matchlab's Qiita article deriving the softmax cross-entropy's derivative for a batch (its ```math
lines as the page stores them, bare: \\ at a line's end, \boldsymbol{X}, a sum over the batch's samples with 1/m,
one formula continued on a second line); edgeofabandon's blog post on the softmax's derivative ($$ displays,
\sum_{n \in N}, \ln{...}); the hackerfall copy of "Gradient descent with backpropagation" (inline $...$ in prose,
h(x) the output); the Oslo course's week 42 page (compphysics: MathJax lines as the page stores them, {\cal C}(...)
the cost with its argument, \left( ... \right), a line's closing comma or full stop); the Cross Validated question
"Backpropagation demo gives always the same result after training" (Python lines as the stored page keeps them,
their indentation lost, trailing # comments, LEARNING_RATE as a name); Michael Sjoeberg's backpropagation page
(Python, NumPy: np.dot, np.transpose, += updates); anarchive-beta's PRML note (a $$ display with \mathbf,
\boldsymbol, ^{\top}); szybkie-kursiki's Polish course page (a bullet of plain text with prose before the
formula). Copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents: the index's letter saying the
layer, "y_{j}" = "a1[j-1]" beside "y_{k}" = "a2[k-1]" (two patterns of one shape, the formula's letter choosing);
a placeholder no meaning uses for the sample's index ("x_{ij}" = "z1[j-1]", "y_{n,i}" = "t[i-1]"); m and N = 1 for
one sample; code's names set to what the code computes ("gradient_h" = "2*(a2[0] - y[0])*W2[0, 0]", the question's
own line); steps named as the rate times a gradient ("delta_w2" = "eta*grad(W2[0, 0])"), or as the negative
gradient the code adds ("w_2_dx" = "-grad(W2[:, :]).T"); helpers declared "sigmoid' at output" where they compute
x (1 - x) of what they are given), a network of the kind the page describes (with the page's numbers where it
gives them: cgm-16's x = (0.1, 0.2), W_1 ... W_8 and targets 0.4 and 0.6 with alpha = 0.5, Michael Sjoeberg's row
[0, 1, 1] with y = 1 and his rate of 1, szybkie-kursiki's x = (1, 1, 0), w = (5, 3, 1), b = -4; all in
tests/public_formulas_batch115_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an output or a sum (\frac{\partial
E}{\partial y_k}, \partial y_j, \frac{\partial L}{\partial x_{pq}}, \frac{∂E_{total}}{∂o_{1}}), a derivative of an
output by a weight (\frac{\partial a_j^L}{\partial w_{ij}^{L}}), a delta, a code's step (delta_w2, w_2_dx) and a
loss's definition are twinned as values, as in batches 14 to 114. Formulas keep their page's delimiters and what
surrounds them on their line (a display line's closing \\, a remark in parentheses, a trailing comma or full stop,
a # comment, a bullet and the prose before the formula); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 115

The batch: 45 formulas from 10 addresses (Sunao-Yoshii's notes 9, cgm-16's notes 8, the Qiita article 5, the
edgeofabandon post 3, the hackerfall page 2, the Oslo course page 3, the Cross Validated question 7, Michael
Sjoeberg's page 6, the anarchive-beta note 1, the Polish course page 1). 31 are LaTeX or its plain-text form (25
in $$ blocks, $$ ... $$ lines or bare display lines, 2 inline $...$, 3 MathJax lines, 1 in a $$ display with a
space inside its delimiters), 13 are Python lines, 1 a plain-text bullet.

6 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- Sunao-Yoshii's sy-u, u_k = y_j w_{jk} + b_k \\: the sum over j left out (the next display writes it, \sum^m_{q=1}
  y_q w_{qk} + b_k), one hidden unit's term for the output's whole sum;
- its sy-djmid, \delta_j = \frac{\partial E}{\partial u_j} = \partial y_j \frac{\partial y_k}{\partial u_j} \\:
  \frac{\partial y_k}{\partial u_j} (the output y_k by the hidden sum u_j) where the notes mean \frac{\partial
  y_j}{\partial u_j} (the hidden unit's own slope, as their next line computes, (1 - y_j)y_j): the second member
  wrong, the first right;
- cgm-16's cg-W1, W_{1}^{+}=W_{1}-α\frac{∂E_{total}}{∂W_{1}}=0.1- 0.5 \text{×} 0.00080888=0.29959556: W_1 written
  0.1 where it is 0.3 (the forward pass's z_1 = 0.3 \times 0.1 + ...), so the worked member is wrong while the
  result, 0.29959556 = 0.3 - 0.5 x 0.00080888, is right;
- the Cross Validated question's cv-dw2, delta_w2 = gradient_y * der_sigmoid(yHat) * w2 * LEARNING_RATE: w2 (the
  weight itself) for h, the weight's input;
- its cv-dw1, delta_w1 = gradient_h * der_sigmoid(h) * w1 * LEARNING_RATE: w1 for x, and gradient_h (gradient_y *
  w2, the question's line) lacks the output's slope der_sigmoid(yHat);
- its cv-db1, delta_b1 = gradient_h * der_sigmoid(h) * LEARNING_RATE: the same gradient_h, the output's slope
  missing;
- mistyped (unreadable): Sunao-Yoshii's sy-dyj0, \partial y_j = \frac{\partial E}{\partial y_j} = \sum^n_{r=i}
  \frac{\partial E}{\partial u_r} \frac{\partial u_r}{\partial y_j}: the sum's lower bound r=i (i the input layer's
  letter) for r=1, as the notes' next display writes it (unreadable="r=i").

Not mistaken, though they look it: the Qiita article's second form of the loss, L = - \frac{1}{m} \sum_{i, j}
t_{ij} x_{ij} + \frac{1}{m} \sum_{i, j} t_{ij} \log(\sum_{k=1}^n \exp(x_{ik})) (the log of the softmax expanded:
an identity for any targets); the compphysics page's cost with two outputs' sum \sum_{i=1}^n over the outputs (n
the number of outputs, as its derivative's (a_j^L - y_j) says); the hackerfall page's \delta_1 = (h(x) - y) (the
logistic cost's output delta); Michael Sjoeberg's w_1 += w_1_dx and w_2 += w_2_dx (w_dx the negative gradient of
the summed squared error, added with the code's implicit rate 1, the problem file's learning rate: twinned with
eta, which the oracle draws at random, as batch 114 did with a rate written as the file's number); the Cross
Validated question's delta_b2 (the rate times dcost/db2, the step the code subtracts).

What was left out: Sunao-Yoshii's update rule w \leftarrow w - \eta \frac{\partial E}{\partial w} (one name for
every weight), y_k = f(u_k) (f the activation of every layer, which a table cannot give one meaning), the
\frac{\partial u_k}{\partial w_{jk}} expansions with ... in their sums (y_1 w_{1k} + y_2 w_{2k} ... y_j w_{jk} ...
+ y_m w_mk), the summary's lines that repeat the ones taken, \partial b_j and \partial y_i, \frac{\partial y_k}{\partial
u_j} = (1 - y_j)y_j (the slip of sy-djmid again), the classification section's E(t,y) = - \sum_x t_x log(y_x) (x the
class's letter), y = \frac{exp(x)}{\sum^n_{k=1} exp(k)} (a softmax of names the notes give nowhere else) and the
softmax's \delta_k derivation (its ... 見覚えのある形出現 remarks inside the lines); cgm-16's z_2, h_2, z_4, E_{o2},
E_{total}, \frac{∂o_{1}}{∂z_{3}}, \frac{∂z_{3}}{∂W_{5}}, the W_6 ... W_8 and W_2 ... W_4 lines (the same rules with a
→ W^{+} value after them) and the check pass at the end (the batch's size); the Qiita article's partial derivatives
of the loss's two parts (lines beginning with \right) = and &=); edgeofabandon's z_o = \sum_{j \in input(o)} z_j w_{j
\rightarrow o} (z_j the output of neuron j where z_o is a sum: one letter for two quantities); the hackerfall page's
\delta_j^{l} = (\theta_l * \delta_j^{l+1}) \odot (a^{l} \odot (1 - a^{l})) (theta_l holds the bias row, a matrix
no table of symbols.md can name, and its delta_j^{l+1} carries the hidden unit's letter to the output's layer); the
Cross Validated question's cost, der_cost and der_sigmoid definitions (def lines), loss = cost(E) and gradient_y =
der_cost(E) (a helper computing 2 x, which no function of the notation names); Michael Sjoeberg's sigmoid and
sigmoid_dx (def lines) and the training loop; anarchive-beta's \boldsymbol{\phi}_n = \boldsymbol{\phi}(\mathbf{x}_n)
(a definition of the basis); the Polish page's "Suma: (1*5) + (1*3) + (0*1) + (-4) = 4" (no symbol on its left).
Pages read and not taken: aliencoder.tistory.com/223 (its \tilde{y} and \hat{y}, which is the prediction the
excerpt never says), thebook.io/080324/0392 (its left sides Korean phrases, 출력층의 오차 업데이트, no pattern), the
Qiita kepr article (no formula in its stored opening), and some forty candidates earlier batches already held.

Collected on 2026-12-06 (20:24 to 20:35 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, on its network) before the run, without judging a formula: 9 of 10 loaded
as first written; Sunao-Yoshii's first held "\partial w_{jk}" = "grad(W2[k-1, j-1])" and the like for the notes'
names of the gradients, which the loader refuses ("\partial before a symbol is no pattern of the notation ... check
reads a lone \partial X on a claim's left side as the loss's derivative by X already"), so they were removed, as
the documentation says. The oracle's first run passed every verdict but one: ab-a, a_{n,k} = w_k^T phi_n, on a
network first written with the softmax layer's biases (the problem file's default), where the page's sum has none
(PRML folds the bias into a basis function phi_0 = 1); the network was rewritten without biases, the verdict
(correct) standing as first transcribed. One key, cv-E, was an earlier batch's, and was renamed cv-Err. The second
run passed with every verdict as first transcribed.

Run blind at main a5c8929 (/work/READY_FOR_BLIND46; src/ as at a5c8929, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch115_blind.txt): 35 of 45 read with
every verdict right (78%), 5 refused, no typo refused, 1 typo read, 4 misread, no crash, NO WRONG FORMULA CALLED
CORRECT. None of the refusals or misreadings was a slip of the notations (none counts from the wrong number, none
names a quantity the page does not mean: Sunao-Yoshii's y_i, y_j, y_k are the inputs, the hidden and the output
units as the notes' table of letters says, 入力 i, 中間 j, 出力 k), so the batch was run once.

Of the 6 mistaken formulas, 4 were read, each with its wrong member called wrong (sy-u's one term for the sum, the
Cross Validated question's cv-dw2, cv-dw1 and cv-db1); the other 2 were refused: sy-djmid (a lone \partial y_j on
the right side, below) and cg-W1 (\text{×}, below), neither refusal naming the slip. By page: Sunao-Yoshii's notes
2 of 9 (and its typo read), cgm-16's notes 7 of 8, the Qiita article 5 of 5, the edgeofabandon post 3 of 3, the
hackerfall page 2 of 2, the Oslo course page 3 of 3, the Cross Validated question 7 of 7, Michael Sjoeberg's page 4
of 6, the anarchive-beta note 1 of 1, the Polish page 1 of 1.

The misreadings (4, right formulas called wrong; none the other way):

- 2, the letter's layer lost past the letter's own layer, Sunao-Yoshii's sy-wjk, \partial w_{jk} = y_j \delta_k,
  and sy-dyj, \partial y_j = \sum^n_{r=1} \delta_r w_{jr}: check ran the output letters k and r over 1 to 3 (the
  hidden layer's size) and, at 3, where "y_{k}", "\delta_{r}" and "w_{jr}" name no output unit, took the other
  letters' patterns of the same shape ("w_{ij}", the input weights W1[2, 0]; "\delta_{j}", the hidden delta): sy-wjk
  judged at "j = 1, k = 3" as y_1 \delta_3 for the first layer's weight, sy-dyj's sum given a third term; at the
  letters' own units both are the page's right rules;
- 2, Michael Sjoeberg's ms-w1 and ms-w2, w_1 += w_1_dx and w_2 += w_2_dx, the negative gradient added with the
  code's implicit rate 1, which is the problem file's rate: check gave wrong, comparing W2 - 2 (a2 - y) a2 (1 -
  a2) a1 with W2 - eta 2 (a2 - y) ... at a rate it draws (as batch 114's oc-w2 and oc-w1 with a rate written as the
  file's number); worked by hand at the file's rate 1, the lines are the gradient steps.

The typo read (1): sy-dyj0, \sum^n_{r=i} (i the input layer's letter) read as the whole sum over r and called
correct in both members (the notes mean r=1; read so, the chain is right, so no wrong verdict came of it).

The refusals by construct (5), with the exact message:

- 2, the same lost letter at a value past its layer, refusing instead of misreading: sy-d2: "formula '\\delta_k =
  \\frac{\\partial E}{\\partial u_k} = \\frac{\\parti...': y_{k} at k = 3: 'y_{i}' means 'x[i-1]' (i = 3): index 2 is
  out of range (0..1): the network has 2 inputs" (sy-dk the same at \delta_k = y_k - t_k);
- 2, a lone \partial y_j (the notes' name of dE/dy_j, "これを \partial y_j としておいておく") on a claim's right
  side: sy-djmid: "formula '\\delta_j = \\frac{\\partial E}{\\partial u_j} = \\partial y_j...': expected '/' in ∂L/∂w
  at '\\frac' (position 59)" (sy-dj: "... expected '/' in ∂L/∂w at 'y' (position 34)"), the mistaken sy-djmid among
  them;
- 1, \text{×} for the product (the Unicode multiplication sign in \text), read as an unknown symbol \times: cg-W1:
  "formula 'W_{1}^{+}=W_{1}-\\alpha \\frac{\\partial E_{total}}{\\partial...': unknown symbol \times; the notation
  knows E, W, h, o, output, target, x, z; give it a meaning in the notation's [notation.symbols], e.g. "\times" =
  "a1[0]"", the mistaken formula (W_1 written 0.1) refused for it.

Read, among the constructs these pages brought: bare display lines ending in \\ with Japanese remarks in
parentheses after the formula ((重み勾配) \\); the layer told by the index's letter where the letter stays inside its
layer (sy-u, sy-wij); $$ ... $$ lines with ∂ as the Unicode character, α the rate, numbers worked in and W_{5}^{+};
Qiita's bare ```math lines with \\ glued to the end, a placeholder no meaning uses for the sample (x_{ij}, x_{pq}),
\boldsymbol{X}, 1/m with m = 1, and a formula continued on a second line beginning with +; e^{z_o} and \ln{...}
with \sum_{n \in N} \sum_{i \in C}; h(x) as a name with its argument; {\cal C}(\boldsymbol{\Theta}^L) as the cost
with its argument, \left( ... \right), a closing comma and full stop, a derivative of an output by its weight;
Python lines with their indentation lost, trailing # comments, a step named as the rate times a gradient
(delta_w2) and a code's name defined as its own line computes (gradient_h); np.dot with np.transpose; \mathbf{w}_k^{\top}
\boldsymbol{\phi}_n in a $$ display with spaces inside; and a Polish bullet with prose before the formula
("Sumuje wszystko: suma = ...").

Which look general (would appear in much homework): the letter that names the layer (i, j, k for the input, hidden
and output layers, a convention of Japanese textbooks, the notes' はじめてのディープラーニング among them) losing its layer past that layer's size, misreading right rules (2) and refusing others (2);
\text{×} for a product (Korean and Japanese notes type ×); a rate of 1 left implicit in w += w_dx (code from
scratch often omits it). Page-specific: \partial y_j as the name of dE/dy_j (the notes' own abbreviation, after
their book), and the typo r=i.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch115_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SY = ("https://github.com/Sunao-Yoshii/StudyDocs (Books/deeplerning/初めてのDeepLearning/5.バックプロパゲーション/"
       "5.5.勾配降下法.ipynb, commit 5bf7284)")
_CG = "https://github.com/cgm-16/pytorch-ml-study (06_artificial_neural_network/06_04_BackPropagation.ipynb, commit b31a49e)"
_QM = "https://qiita.com/Matchlab/items/a95042a7080c1604aaf3"
_EO = "http://edgeofabandon.blogspot.com/2016/12"
_HF = "https://hackerfall.com/story/gradient-descent-with-backpropagation"
_CP = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs033.html"
_CV = "https://stats.stackexchange.com/questions/464262/backpropagation-demo-gives-always-the-same-result-after-training"
_MS = "https://michaelsjoeberg.com/programming/python/machine-learning/backpropagation"
_AB = "https://www.anarchive-beta.com/entry/2022/01/03/235512"
_SK = "https://www.szybkie-kursiki.pl/course/sztuczna-inteligencja/sieci-neuronowe-od-podstaw"

_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_O3 = tuple({"o": o} for o in range(3))
_Q3 = tuple({"q": q} for q in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))

# Sunao-Yoshii's regression network (sigmoid hidden layer, identity outputs, half the squared error): dE/dy_j of
# hidden unit j, and its delta dE/du_j
_SY_DA1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
_SY_D1 = f"{_SY_DA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# cgm-16's 2-2-2 sigmoid network: dE/dz of the first output, and dE/dW_1 (W1[0, 0], from x_1 to h_1)
_CG_D = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CG_G11 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0])"
           "*a1[0]*(1 - a1[0])*x[0]")

# the softmax's denominators and the cross-entropies of the Qiita article and the edgeofabandon post
_QM_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_QM_L = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_EO_S = "(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"
_EO_L = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"

# the compphysics cost: half the squared error over the two outputs
_CP_L = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"

# the Cross Validated question's 1-1-1 network under the squared error (cost(E) = E * E): dcost/dz2
_CV_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# Michael Sjoeberg's 3-4-1 network under the squared error: dcost/dz2
_MS_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"

ENTRIES = [
    # ---- Sunao-Yoshii's notes (Markdown cells of a notebook): lines of $$ blocks, ending in \\ where a line
    # follows; the layer told by the index's letter (i, j, k; q and r in sums); Japanese remarks in parentheses ------
    Public("sy-u", _SY, "b115_sy", "b115_sy", r"u_k = y_j w_{jk} + b_k \\", ((W,),),
           (Twin("value", "z2[{k}]", ("a1[{j}]*W2[{k},{j}] + b2[{k}]",), _K2J3),), batch=115,
           why="the sum over j left out: one hidden unit's term for the output's whole sum (the next display writes "
               "\\sum^m_{q=1} y_q w_{qk} + b_k); a line of a $$ block with its closing \\\\"),
    Public("sy-d2", _SY, "b115_sy", "b115_sy",
           r"\delta_k = \frac{\partial E}{\partial u_k} = \frac{\partial E}{\partial y_k} \frac{\partial y_k}{\partial u_k}",
           ((C, C),), (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]", "(a2[{k}] - y[{k}])*1"), _K2),),
           batch=115, why="the output's delta dE/du_k and its chain, a value (identity outputs: dy_k/du_k = 1)"),
    Public("sy-wjk", _SY, "b115_sy", "b115_sy", r"\partial w_{jk} = y_j \delta_k", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - y[{k}])",), _K2J3),), batch=115,
           why="\\partial w_{jk}, the notes' name of dE/dw_jk (\"重みを1パラメータづつ勾配を求める\")"),
    Public("sy-dyj0", _SY, "b115_sy", "b115_sy",
           r"\partial y_j = \frac{\partial E}{\partial y_j} = \sum^n_{r=i} \frac{\partial E}{\partial u_r} "
           r"\frac{\partial u_r}{\partial y_j}",
           unreadable="r=i", batch=115,
           why="the sum's lower bound r=i (i the input layer's letter) for r=1: the notes' typo, their next display "
               "writes \\sum^n_{r=1}"),
    Public("sy-dyj", _SY, "b115_sy", "b115_sy", r"\partial y_j = \sum^n_{r=1} \delta_r w_{jr}", ((C,),),
           (Twin("value", _SY_DA1, ("(a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}]",), _J3),), batch=115,
           why="\\partial y_j, the notes' name of dE/dy_j (\"これを \\partial y_j としておいておく\"), a value"),
    Public("sy-djmid", _SY, "b115_sy", "b115_sy",
           r"\delta_j = \frac{\partial E}{\partial u_j} = \partial y_j \frac{\partial y_k}{\partial u_j} \\",
           ((C, W),),
           (Twin("value", _SY_D1, (_SY_D1, f"{_SY_DA1}*W2[{{k}},{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"), _J3K2),),
           batch=115,
           why="\\frac{\\partial y_k}{\\partial u_j} (the output by the hidden sum) for \\frac{\\partial y_j}"
               "{\\partial u_j}, the hidden unit's own slope: the second member wrong (k a letter the left side does "
               "not bind; the identity output makes dy_k/du_j = w_jk y_j (1 - y_j))"),
    Public("sy-wij", _SY, "b115_sy", "b115_sy",
           r"\partial w_{ij} = \frac{\partial E}{\partial w_{ij}} = y_i \delta_j (重み勾配) \\", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SY_D1}", f"x[{{i}}]*{_SY_D1}"), _J3I2),), batch=115,
           why="y_i the inputs (入力層の出力), a Japanese remark in parentheses after the formula, then \\\\"),
    Public("sy-dk", _SY, "b115_sy", "b115_sy", r"\delta_k = y_k - t_k \\", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=115,
           why="the regression network's output delta (恒等関数, 二乗和誤差), a value"),
    Public("sy-dj", _SY, "b115_sy", "b115_sy", r"\delta_j = \partial y_j (1 - y_j)y_j \\", ((C,),),
           (Twin("value", _SY_D1, (f"{_SY_DA1}*(1 - a1[{{j}}])*a1[{{j}}]",), _J3),), batch=115,
           why="\\partial y_j (dE/dy_j) on the right side, the sigmoid's slope (1 - y_j)y_j"),
    # ---- cgm-16's notes (Markdown cells of a notebook): $$ ... $$ lines of wikidocs' example with its numbers, ∂ as
    # the Unicode character, α the rate, \times and \text{×}; one slip, W_1 written 0.1 ---------------------------
    Public("cg-z1", _CG, "b115_cg", "b115_cg",
           r"$$z_1 = W_1x_1 + W_2x_2 = 0.3 \times 0.1 + 0.25 \times 0.2 = 0.08$$", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]", "=0.3*0.1 + 0.25*0.2", "=0.08")),), batch=115,
           why="W_1x_1 with no space between the weight and the input"),
    Public("cg-h1", _CG, "b115_cg", "b115_cg", r"$$h_1 = sigmoid(z_1) = 0.51998934$$", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=0.51998934")),), batch=115),
    Public("cg-Eo1", _CG, "b115_cg", "b115_cg",
           r"$$E_{o1} = \frac{1}{2}(target_{o1} - output_{o1})^2 = 0.02193381$$", ((C, C),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2", "=0.02193381")),), batch=115,
           why="the first output's half of the loss, a value"),
    Public("cg-chain", _CG, "b115_cg", "b115_cg",
           r"$$\frac{∂E_{total}}{∂W_{5}} = \frac{∂E_{total}}{∂o_{1}} \times \frac{∂o_{1}}{∂z_{3}} \times "
           r"\frac{∂z_{3}}{∂W_{5}}$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_CG_D}*a1[0]",)),), batch=115,
           why="the chain rule in three quotients, ∂ the Unicode character"),
    Public("cg-dEdo1", _CG, "b115_cg", "b115_cg",
           r"$$\frac{∂E_{total}}{∂o_{1}}=-(target_{o1}-output_{o1})=-(0.4-0.60944600)=0.20944600$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.4 - 0.60944600)", "=0.20944600")),), batch=115,
           why="the derivative by an output, a value, worked in numbers"),
    Public("cg-dw5n", _CG, "b115_cg", "b115_cg",
           r"$$\frac{∂E_{total}}{∂W_{5}} = 0.20944600 \times 0.23802157 \times 0.51998934 = 0.02592286$$",
           ((C, C),), (Twin("gradient", "W2[0,0]", ("=0.20944600*0.23802157*0.51998934", "=0.02592286")),),
           batch=115),
    Public("cg-W5", _CG, "b115_cg", "b115_cg",
           r"$$W_{5}^{+}=W_{5}-α\frac{∂E_{total}}{∂W_{5}}=0.45- 0.5 \times 0.02592286=0.43703857$$", ((C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_CG_D}*a1[0]", "=0.45 - 0.5*0.02592286", "=0.43703857")),),
           batch=115, why="α the rate (0.5, the problem file's)"),
    Public("cg-W1", _CG, "b115_cg", "b115_cg",
           r"$$W_{1}^{+}=W_{1}-α\frac{∂E_{total}}{∂W_{1}}=0.1- 0.5 \text{×} 0.00080888=0.29959556$$", ((C, W, C),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_CG_G11}", "=0.1 - 0.5*0.00080888", "=0.29959556")),),
           batch=115,
           why="W_1 written 0.1 where it is 0.3 (the forward pass's z_1 = 0.3 \\times 0.1 + ...): the worked member "
               "wrong, the result (0.3 - 0.5 x 0.00080888) right; \\text{×} for the product"),
    # ---- Matchlab's Qiita article: ```math lines as the page stores them (bare, no delimiters), a batch of m
    # samples (m = 1 here), \boldsymbol for the matrices, a formula continued on a second line --------------------
    Public("qm-y", _QM, "b115_qm", "b115_qm", r"y_{ij} = \frac{\exp(x_{ij})}{\sum_{k=1}^n \exp(x_{ik})}\\", ((C,),),
           (Twin("value", "a1[{j}]", (f"exp(z1[{{j}}])/{_QM_S}",), _J3),), batch=115,
           why="the softmax of the sample i's row, \\\\ glued to the line's end"),
    Public("qm-L", _QM, "b115_qm", "b115_qm", r"L = - \frac{1}{m} \sum_{i, j} t_{ij} \log y_{ij}", ((C,),),
           (Twin("value", _QM_L, (f"{_QM_L}/1",)),), batch=115,
           why="the loss's definition, a value: a sum over the samples i and the classes j, m = 1"),
    Public("qm-L2", _QM, "b115_qm", "b115_qm",
           "L = - \\frac{1}{m} \\sum_{i, j} t_{ij} x_{ij}\n+ \\frac{1}{m} \\sum_{i, j} t_{ij} "
           "\\log(\\sum_{k=1}^n \\exp(x_{ik}))", ((C,),),
           (Twin("value", _QM_L,
                 (f"-(t[0]*z1[0] + t[1]*z1[1] + t[2]*z1[2])/1 + (t[0] + t[1] + t[2])*log({_QM_S})/1",)),),
           batch=115, why="the log of the softmax expanded, over two lines (an identity for any targets)"),
    Public("qm-dx", _QM, "b115_qm", "b115_qm", r"\frac{\partial L}{\partial x_{pq}} = \frac{1}{m} (y_{pq} - t_{pq})",
           ((C,),), (Twin("value", "a1[{q}] - t[{q}]", ("(a1[{q}] - t[{q}])/1",), _Q3),), batch=115,
           why="the derivative by the softmax's input x_pq (the sample p's class q), a value"),
    Public("qm-dX", _QM, "b115_qm", "b115_qm",
           r"\frac{\partial L}{\partial \boldsymbol{X}} = \frac{1}{m} (\boldsymbol{Y} - \boldsymbol{T})", ((C,),),
           (Twin("value", "a1[{q}] - t[{q}]", ("(a1[{q}] - t[{q}])/1",), _Q3),), batch=115,
           why="the same for the whole matrix X (one row here), \\boldsymbol{X}"),
    # ---- edgeofabandon's post: $$ displays, a space after the opening $$ once, \ln{...}, \sum_{n \in N} -----------
    Public("eo-yhat", _EO, "b115_eo", "b115_eo", r"$$ \hat{y}_o = \frac{e^{z_o}}{\sum_k e^{z_k}}$$", ((C,),),
           (Twin("value", "a2[{o}]", (f"exp(z2[{{o}}])/{_EO_S}",), _O3),), batch=115,
           why="the softmax of the output neuron o, e^{...} for exp"),
    Public("eo-LN", _EO, "b115_eo", "b115_eo",
           r"$$L = - \frac{1}{N} \sum_{n \in N} \sum_{i \in C} y_{n,i} \ln{\hat{y}_{n,i}}$$", ((C,),),
           (Twin("value", _EO_L, (f"{_EO_L}/1",)),), batch=115,
           why="the cross-entropy averaged over the N examples (one here), sums written with \\in"),
    Public("eo-L", _EO, "b115_eo", "b115_eo", r"$$L = - \sum_{o} y_{o} \ln{\hat{y}_{o}}$$", ((C,),),
           (Twin("value", _EO_L, (_EO_L,)),), batch=115, why="the same at N = 1, as the post says"),
    # ---- the hackerfall page: inline $...$ in the prose, h(x) the output -------------------------------------------
    Public("hf-d1", _HF, "b115_hf", "b115_hf", r"$\delta_1 = (h(x) - y)$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=115,
           why="the output node's delta of the logistic cost, a value"),
    Public("hf-dL", _HF, "b115_hf", "b115_hf", r"$\delta_j^{L} = (h(x) - y)$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=115,
           why="the same for every output node j of the last layer L (one node here)"),
    # ---- the Oslo course's week 42 page (compphysics): MathJax lines as the page stores them, {\cal C}(...) the cost
    # with its argument, \left( ... \right), a closing comma or full stop -------------------------------------------
    Public("cp-C", _CP, "b115_cp", "b115_cp",
           r"{\cal C}(\boldsymbol{\Theta}^L) = \frac{1}{2}\sum_{i=1}^n\left(y_i - \tilde{y}_i\right)^2="
           r"\frac{1}{2}\sum_{i=1}^n\left(a_i^L - y_i\right)^2,", ((C, C),),
           (Twin("value", _CP_L, (_CP_L, "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)")),), batch=115,
           why="the cost's definition, a value: the sums over the n outputs, \\tilde{y}_i the outputs"),
    Public("cp-dw", _CP, "b115_cp", "b115_cp",
           r"\frac{\partial{\cal C}(\boldsymbol{\Theta}^L)}{\partial w_{ij}^L} = \left(a_j^L - y_j\right)"
           r"\frac{\partial a_j^L}{\partial w_{ij}^{L}},", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",), _J2I3),),
           batch=115, why="w_ij^L from node i of layer L-1 to node j of L; a derivative of an output as a factor"),
    Public("cp-da", _CP, "b115_cp", "b115_cp",
           r"\frac{\partial a_j^L}{\partial w_{ij}^{L}} = \frac{\partial a_j^L}{\partial z_{j}^{L}}"
           r"\frac{\partial z_j^L}{\partial w_{ij}^{L}}=a_j^L(1-a_j^L)a_i^{L-1}.", ((C, C),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])*a1[{i}]",
                 ("a2[{j}]*(1 - a2[{j}])*a1[{i}]", "a2[{j}]*(1 - a2[{j}])*a1[{i}]"), _J2I3),), batch=115,
           why="the output's derivative by its weight, a value, its chain; a closing full stop"),
    # ---- the Cross Validated question (Python as the stored page keeps it: indentation lost, # comments): one
    # neuron per layer; w2 for h and w1 for x in the weights' steps, gradient_h without the output's slope ---------
    Public("cv-h", _CV, "b115_cv", "b115_cv", "h = sigmoid((x * w1) + b1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + b1[0])",)),), batch=115),
    Public("cv-y", _CV, "b115_cv", "b115_cv", "y = sigmoid((h * w2) + b2)        #feedforward", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(a1[0]*W2[0,0] + b2[0])",)),), batch=115,
           why="y the output inside feedforward (yHat outside it); a trailing comment"),
    Public("cv-Err", _CV, "b115_cv", "b115_cv", "E = yHat - curr_a     #Error", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=115),
    Public("cv-dw2", _CV, "b115_cv", "b115_cv", "delta_w2 = gradient_y * der_sigmoid(yHat) * w2 * LEARNING_RATE",
           ((W,),), (Twin("value", f"eta*{_CV_D2}*a1[0]", (f"eta*{_CV_D2}*W2[0,0]",)),), batch=115,
           why="w2 (the weight itself) for h, its input: the question's slip"),
    Public("cv-dw1", _CV, "b115_cv", "b115_cv",
           "delta_w1 = gradient_h * der_sigmoid(h) * w1 * LEARNING_RATE       #calculating weight deltas", ((W,),),
           (Twin("value", f"eta*{_CV_D2}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",
                 ("eta*2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*W1[0,0]",)),), batch=115,
           why="w1 for x, and gradient_h (gradient_y * w2, the question's line) without the output's slope"),
    Public("cv-db2", _CV, "b115_cv", "b115_cv",
           "delta_b2 = gradient_y * der_sigmoid(yHat) * LEARNING_RATE         #bias deltas", ((C,),),
           (Twin("value", f"eta*{_CV_D2}", (f"eta*{_CV_D2}",)),), batch=115,
           why="the rate times dcost/db2, the step the code subtracts"),
    Public("cv-db1", _CV, "b115_cv", "b115_cv", "delta_b1 = gradient_h * der_sigmoid(h) * LEARNING_RATE", ((W,),),
           (Twin("value", f"eta*{_CV_D2}*W2[0,0]*a1[0]*(1 - a1[0])",
                 ("eta*2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=115,
           why="gradient_h (2 E w2) lacks the output's slope der_sigmoid(yHat)"),
    # ---- Michael Sjoeberg's page (Python, NumPy, indentation lost): rows, np.dot and np.transpose, the negative
    # gradient named w_dx and added with +=, a rate of 1 ------------------------------------------------------------
    Public("ms-l1", _MS, "b115_ms", "b115_ms", "layer_1 = sigmoid(np.dot(x, w_1))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J4),),
           batch=115),
    Public("ms-out", _MS, "b115_ms", "b115_ms", "output = sigmoid(np.dot(layer_1, w_2))", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + a1[3]*W2[0,3])",)),),
           batch=115),
    Public("ms-w2dx", _MS, "b115_ms", "b115_ms",
           "w_2_dx = np.dot(np.transpose(layer_1), (2 * (y - output) * sigmoid_dx(output)))", ((C,),),
           (Twin("value", f"-{_MS_D2}*a1[{{j}}]", ("a1[{j}]*2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _J4),),
           batch=115, why="the negative gradient of the squared error, as w_2 is shaped (input-first), a value"),
    Public("ms-w1dx", _MS, "b115_ms", "b115_ms",
           "w_1_dx = np.dot(np.transpose(x),  (np.dot(2 * (y - output) * sigmoid_dx(output), np.transpose(w_2)) * "
           "sigmoid_dx(layer_1)))", ((C,),),
           (Twin("value", f"-{_MS_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",
                 ("x[{i}]*2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J4I3),),
           batch=115, why="the same for w_1 (entry [i, j]), two spaces after a comma"),
    Public("ms-w1", _MS, "b115_ms", "b115_ms", "w_1 += w_1_dx", ((C,),),
           (Twin("update", "W1[{j},{i}]",
                 (f"W1[{{j}},{{i}}] - eta*{_MS_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _J4I3),),
           batch=115,
           why="+= the negative gradient with the code's implicit rate 1, the problem file's learning rate (twinned "
               "with eta, which the oracle draws at random)"),
    Public("ms-w2", _MS, "b115_ms", "b115_ms", "w_2 += w_2_dx", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_MS_D2}*a1[{{j}}]",), _J4),), batch=115,
           why="the same for w_2"),
    # ---- anarchive-beta's PRML note: a $$ display with spaces inside its delimiters, \mathbf, \boldsymbol, ^{\top} --
    Public("ab-a", _AB, "b115_ab", "b115_ab", r"$$ a_{n,k} = \mathbf{w}_k^{\top} \boldsymbol{\phi}_n $$", ((C,),),
           (Twin("value", "z1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1]",), _K3),), batch=115,
           why="class k's sum for input n (the basis the identity here), a value"),
    # ---- szybkie-kursiki's Polish page: a bullet of plain text, prose before the formula ----------------------------
    Public("sk-suma", _SK, "b115_sk", "b115_sk",
           "      • Sumuje wszystko: suma = (x1*w1) + (x2*w2) + (x3*w3) + b", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0]",)),), batch=115,
           why="\"Sumuje wszystko:\" (it sums everything) before the formula on its bullet line, x1 and w1 with "
               "their indices printed flat"),
]
