r"""Batch 65 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 19 addresses no earlier batch used (the pages corpus: 6 Q&A and forum threads, math.techqa.club's
copy of a Math Stack Exchange question on Nielsen's chapter 2, Cross Validated 414825, Data Science Stack Exchange
19272, community.deeplearning.ai's thread 146142 and Nemotron-CC-Math-v1's copies of a Cross Validated question on
Hinton's lecture and of a Mathematics Stack Exchange question on the binary cross-entropy's signs, named by their
titles after the data set's address as in the batches before; 4 repositories' notebooks as the corpus stores their
pages, mdmohsin212's, mrafraim's, MithuDonAI's and ZedRover's; 9 tutorial, blog and course pages, e-com-net's post on
softmax and cross-entropy, a mirrored jianshu note, zenn's and tibetter's Japanese posts, Rahul Rai's blog,
hypercode's lesson, Google's backprop scroll, tangniuniu's notes and Aziz Khamjane's scribd slides through the proxy
address the corpus stores them at), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch65_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Every notation was loaded with its network (backprop.symbolic.notation_loading.load_notation) before the run,
without judging a formula: all 23 pairs load. A delta the page names as dL/dz (delta^l, delta_j^l, dE/dz_j, dL_dz2,
dc/dz) is twinned as the derivative by z; a derivative by an activation (dE/dy_i, dJ/dy_hat, dL/dy_hat, dE/dy_output),
a local derivative (d_output_d_k, dz/dW) and a loss as values. Formulas keep their page's delimiters and what surrounds
them on their line: prose before and after (a question's whole paragraph, "Prove:", an edit's "@jeea, I've written",
Chinese and Japanese words, "(apply activation)"), a list item's "   - " or "    • ", Python's indentation and a
comment's "# formula ->", Markdown's code span, $$ on lines of their own and indented inside a numbered list.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 65

The batch: 56 formulas, 41 values (forward values, losses, derivatives by activations, local derivatives, the slides'
rows of numbers, the report's x_1=10), 8 deltas dL/dz, 5 gradients, 1 update, and 1 entry of a value and a delta
(e-com-net's \sum_{j=1}^{10}y_i=1 then dL/dz_i); 4 entries hold two claims (that one, the jianshu note's two dc/dz,
hypercode's two lines of two claims joined by \qquad). 40 are LaTeX (eqnarray blocks on one line with "& = &" rows,
\tag{40} and \nonumber; \( ... \) and \[ ... \] with \sum\limits and a full stop inside; \hat y_i without braces and
-1\left( ... \right); \eqalign{ ... } with &= rows, * products, ln and -[ ... ]; \mathcal{L}, \quad and \text{...}
after a member; \begin{cases}; \color{...} around names with the page's own colour names and one claim split over
$$ ... $$$$ ... $$; \sum_{i\in in(j)}; "[" and "]" for \[ \] whose backslashes the page lost; bare TeX without
delimiters), 16 plain text or code (the slides' Unicode mathematical italic with × and −, e^(-Z) in prose, dc/dz = zi
- yi in a Chinese paragraph, Python with @, np.dot, np.maximum names, a comment's σ′(x) = σ(x)⋅(1−σ(x)), a Markdown
code span). Two pages give each formula as their KaTeX renders it, the rendered text glued to the TeX source (e-com-net
three times: a spaced copy, the source, the glued rendering; hypercode twice): the verdicts written down are the TeX
source's claims.

5 are mistaken somewhere (the oracle finds at least one member wrong):

- the signs question's derivation, whose last block = -1\left(\frac{y_i}{\hat y_i} + \frac{1-y_i}{1 - \hat
  y_i}\right) drops the minus of d log(1 - y_hat)/d y_hat (its first two blocks are right; the question's point);
- e-com-net's \sum_{j=1}^{10}y_i=1, the sum over j of y_i (y_j meant), ten times y_i (its dL/dz_i = p_i - y_i is right);
- the jianshu note's dc/dz = zi - yi (the softmax's input z where its output p belongs) and dc/dz =1/m* sum( zi - yi )
  (the same, summed over the classes too);
- Data Science Stack Exchange 19272's ReLU(w_1*ReLU(w_2x))=w_1w_2x, true only where w_2 x and w_1 w_2 x are positive
  (the asker assumes x > 0, not the weights' signs);
- mdmohsin212's d_output_d_k = sigmoid_derivative(x): the sigmoid's derivative at the input x where k = w * x belongs
  (the notebook's own check prints 0.209987 against the numerical 0.393224).

Not mistaken, though they look it: deeplearning.ai's rows that end in a "]" closing nothing (their values are the
loss and its derivative); the signs question's J(\hat y) = \frac{-1}{m}\sum_{i=1}^m y_i\log(\hat y_i) +
(1-y_i)\log(1-\hat y_i), the sum's term running to the end as the question means it (read strictly, the sum and
-1/m would take only the first term); e-com-net's middle members, p_i sum_j y_j - y_i, equal to p_i - y_i for its
one-hot label; mdmohsin212's d_output_dw = d_output_d_k * d_k_d_w (the names name the local derivatives, whatever the
line before computed); hypercode's rendered copies "L=(a2y)2" (the TeX source beside it is right).

Choices open to question: a page that names no network gets one of its kind (two or three inputs, sigmoid where the
page says logistic, ReLU where it bends at zero); the slides' rows are each judged on the perceptron of their example
at their row's inputs, the row's other cells (the inputs before the formula, h_w(x) and y_hat after it, 𝑛 the
flattened sum's bound) left as the viewer's text gives them; the rows whose text starts with a piece of the flattened
formula holding "=" (𝑖=1, 𝑦 = 𝑔 ...) were left out, their claim count not the row's; Hinton's i and j name the lower
and the upper layer by their letter, which no one pattern can say: i is literal here (one hidden unit) and j the
output units' placeholder; Google's scroll names a node's total input x_j and its output y_j at every layer: x_j is
the hidden nodes', y_i the inputs' (the input nodes' outputs), x and y without subscripts the output node's;
tangniuniu's y_hat is the teacher (its "Compare the output Y to the teacher Ŷ"), y the network's output; the jianshu
note's zi and yi are written as z_{i} and y_{i} patterns (the notation cannot name a subscript without its "_"); the
MithuDonAI notebook's hidden layer is a ReLU (its dense-activation-dense code names no activation in the excerpt).
Left out: the math.techqa.club question's z^l_j=\sum_k w^l_{jk}a^{l-1}_k + b_j (b_j without its layer, which no
pattern can give one), pages and formulas in mojibake (math.awsome.icu's βˆ‚ and β„“), a question whose update
rule writes "neuron entry" in words (ai.stackexchange 42447), and pages whose stored text shows no formula (Rafay
Khan's "Nothing but NumPy" in Nemotron's copy, analyticsvidhya's Sunil Ray, mjtsai1974, the backprop-tutorial
pages), or only chains of numbers without a name (Paul Singman's dot products).

Collected on 2026-12-05 from 09:57 to 10:08 by the machine's clock (the oracle's runs included).
Run blind at main 8b29135 (/work/READY_FOR_BLIND20), with nothing under src/ changed. No notation was refused when
loaded and no refusal is the collector's notation outside the spec's grammar, so the first run is the only one
(/work/batch65_blind.txt): 35 of 56 read with every verdict right (62%), 15 refused, 6 misread, no crash, NO WRONG
FORMULA CALLED CORRECT. Of the 5 mistaken formulas, 3 were read and called wrong where the oracle does (the signs
question's last block, Data Science Stack Exchange 19272's ReLU(w_1*ReLU(w_2x))=w_1w_2x, mdmohsin212's
d_output_d_k = sigmoid_derivative(x)) and 2 refused (e-com-net's \sum_{j=1}^{10}y_i=1, the jianshu note). By kind of
claim: values 26 of 41, deltas 6 of 8, gradients 2 of 5, updates 1 of 1, the value-and-delta entry 0 of 1. LaTeX
against plain text: the 40 in LaTeX read 27 (68%), the 16 in plain text or code 8 (50%). By page: math.techqa.club 4
of 4, Cross Validated 414825 1 of 1, the Hinton question 3 of 3, the signs question 2 of 3, deeplearning.ai 0 of 3,
e-com-net 0 of 2, the jianshu note 0 of 1, the scribd slides 0 of 4, zenn 2 of 2, tibetter 1 of 3, Rahul Rai 0 of 1,
Data Science Stack Exchange 2 of 2, mdmohsin212 5 of 5, mrafraim 4 of 4, MithuDonAI 4 of 4, ZedRover 3 of 3,
hypercode 0 of 5, Google's scroll 3 of 4, tangniuniu 1 of 2.

The misreads (6, none a wrong formula called correct):

- 5, the rendered text KaTeX gives glued before the TeX source read into the claim, hypercode's
  ``z1=w1x+b1a1=ReLU(z1)z_1 = w_1 x + b_1 \qquad a_1 = \text{ReLU}(z_1)``: read as the chain z1 = w1x+b1a1 =
  ReLU(z1)z_1 = w_1 x + b_1, got (wrong, wrong, correct) and (correct) for one claim each (b65-hyper-layer1 and
  -layer2 alike); ``L=(a2y)2\mathcal{L} = (a_2 - y)^2`` got (wrong, correct); ``Lw2=La2a2z2a1\frac{\partial
  \mathcal{L}}{\partial w_2} = ...`` and ``Lw1=...`` got (wrong, wrong): the glued rendering's junk judged as members
  (wrong), where the TeX source's claim is right;
- 1, a sum without brackets before a second term, the signs question's ``$$J(\hat y) = \frac{-1}{m}\sum_{i=1}^m
  y_i\log(\hat y_i) + (1-y_i)\log(1-\hat y_i)$$``: called wrong; the verdict written down (correct) is the question's
  meaning, the sum's term running to the end, while check reads the sum and -1/m as taking y_i\log(\hat y_i) alone,
  which makes the second term's sign wrong. Read strictly the page's formula is wrong, so this may be the collector's
  misjudgment rather than check's (left for the lead, as the expected verdicts of held-out batches are).
  The lead's correction: read as written (a sum, like the derivative operator, takes its term up to the next
  + or -, docs/formulas-derivatives.md), the formula is wrong; its expected verdict is now wrong, the oracle's twin the literal
  reading; the first run's rate above counts it as a misread.

The refusals by construct (15), with the exact message:

- 4, a truth table's row from a PDF viewer's text, the row's cells around the formula and a decimal comma in the cell
  after it (the scribd slides): "formula 'n 0 0 z = 0 \\times 10 + 0 \\times 10 - 15 = -15 0,0000003 0': unexpected
  at ',' (position 53); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its
  own left side (A = B, \quad C = D)" (b65-aziz-and-00; -and-11, -or-11, -nor-11 alike);
- 3, plain TeX's \eqalign{ ... } around &= rows (deeplearning.ai 146142): "formula '\\eqalign{ L = -[y * ln(\\frac{1}{1
  + e^{-(wx+b)}}) + (1 - ...': the command \eqalign is not part of a formula check can read at '\\eqalign' (position
  1); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols" (b65-dlai-L, -L2, -dLdw);
- 2, KaTeX's three copies of one formula on a line (a spaced copy of the rendered text, the TeX source, the glued
  rendering; e-com-net): "formula '综上 , \\partial L \\partial z i = \\sum j = 1 10 \\partial L \\...': unexpected at
  ',' (position 4); a comma after a member is no product: ..." (b65-ecom-dLdzi) and "formula '所以 \\partial L
  \\partial z i = p i - y i ! 且已知 \\sum_{j=1}^{...': expected '/' in ∂L/∂w at '\\partial' (position 16)"
  (b65-ecom-pi-yi, mistaken);
- 1, the ideographic full stop 。 glued to a plain-text formula in a Chinese sentence (the jianshu note): "formula
  '。对其求导均为dc/dz = zi - yi。': cannot read '。' at position 1; write the formula in LaTeX or plain text (+ - * /
  ^, \frac, \sum)" (b65-js-dcdz, mistaken);
- 1, ".." for the omitted terms of a sum (tibetter): "formula 'u=w_1x_1+w_2x_2+..+b=Wx+b': unexpected at '.'
  (position 17)" (b65-tibet-u);
- 1, a Japanese word after a value on its line (tibetter): "formula 'x_1=10 体長': unknown symbol 体長; the notation
  knows W, b, u, w, x, z; give it a meaning in the notation's [notation.symbols], e.g. \"体長\" = \"a1[0]\""
  (b65-tibet-x1);
- 1, English words before a plain-text formula in a sentence, "the S-curve p = 1 / (1 + e^(-Z))" (Rahul Rai): "formula
  'the S-curve p = 1 / (1 + e^(-Z))': unknown symbol h; the notation knows Z, p; give it a meaning in the notation's
  [notation.symbols], e.g. \"h\" = \"a1[0]\"" (b65-rahul-p);
- 1, a sum over a set written as a function of the node, \sum_{i\in in(j)} (Google's scroll): "formula 'x_j =
  \\sum_{i\\in in(j)} w_{ij} y_i +b_j': a sum over a set that is neither one capital letter, a word nor written out at
  'i' (position 23); write \sum_k: a sum without bounds runs over the units" (b65-gcc-xj);
- 1, a formula in parentheses after a table row's words, "Eₚ Error for pattern p (E_p = ...)" (tangniuniu): "formula 'p
  (E_p = \\frac{1}{2}\\sum_m (\\hat{y}_m - y_m)^2); half-squ...': expected ')' to close the arguments at '=' (position
  8)" (b65-tang-row).

Read, among the constructs these pages brought: eqnarray blocks on one line with "& = &" rows, \tag{40} and
\nonumber, "Prove:" before one; \( ... \) and \[ ... \] with \sum\limits and a full stop inside; \hat y_i without
braces, -1\left( ... \right) and a derivation continued by blocks that start with "="; \mathcal{L}, \quad and
\text{...} after a member; \begin{cases}; \color{...} with the page's own colour names and a claim split over $$ ...
$$$$ ... $$ (the update and the output's formulas); bare TeX in a list item's "•"; a Python comment's "formula ->" with
σ′, ⋅ and −; np.dot, @ and code spans; the notebooks' rows and (l) layers.

Which look general (would appear in much homework): plain TeX's \eqalign (MathJax accepts it; 3 refusals from one
thread), a formula in a sentence of plain-text prose (the S-curve p = ...), CJK punctuation (。) and a word of another
language glued to a formula, ".." for an ellipsis, and KaTeX's rendered copies glued to the TeX source (copied web
math; 7 entries of two pages, 5 misread rather than refused, the junk judged as members). Page-specific: a PDF table's
row with its cells around the formula, \sum_{i\in in(j)}, a table row's formula in parentheses after words, and the
signs question's unbracketed sum (the page's own ambiguity, possibly the collector's verdict).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, deltas
from public_formulas_batch65_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_TQ = "https://math.techqa.club/understanding-this-derivation-of-back-propagation-3689917"
_CV = "https://stats.stackexchange.com/questions/414825/how-exactly-is-the-error-backpropagated-in-backpropagation"
_HINTON = f"{_NEMOTRON} (How to Make Sense of and Use Error Derivatives of the Backpropagation Algorithm)"
_SIGNS = f"{_NEMOTRON} (Derivative of Binary Cross Entropy - Why Are My Signs Not Right?)"
_DLAI = ("https://community.deeplearning.ai/t/how-to-get-the-derivatives-of-the-logistic-cost-loss-function-teaching-"
         "staff/146142/11?u=quandang")
_ECOM = "https://e-com-net.com/article/1882284990574686208.htm"
_JS = "http://39.103.169.235/p/b4d6e1ed82f6"
_AZIZ = ("https://appwritefunc.yet-another-testing-domain.com/api/grab?url=https%3A%2F%2Ffr.scribd.com%2Fdocument%2F"
         "744615111%2F14")
_ZENN = "https://zenn.dev/sudonotfound/articles/bb69c0a6effef0"
_TIBET = "https://tibetter.hatenablog.com/entry/2021/11/18/234843"
_RAHUL = "https://learnrahulrai-ui.github.io/ml_blog/posts/how-the-dials-learn.html"
_DS = "https://datascience.stackexchange.com/questions/19272/deep-neural-network-backpropogation-with-relu"
_MOHSIN = "https://github.com/mdmohsin212/interview-prep"
_MRAF = "https://github.com/mrafraim/Deep-Learning"
_MITHU = "https://github.com/MithuDonAI/SoC"
_ZED = "https://github.com/ZedRover/gradient-descent-learning"
_HYPER = "https://hypercode.alexisbouchez.com/neural-networks/lessons/two-layer-backprop"
_GCC = ("https://developers-dot-devsite-v2-prod.appspot.com/machine-learning/crash-course/backprop-scroll"
        "?authuser=0&hl=ja")
_TANG = "https://www.tangniuniu.top/2025/10/23/MLP2"

_I3 = tuple({"i": i} for i in range(3))
_I10 = tuple({"i": i} for i in range(10))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# Nielsen's 2-3-2 sigmoid network with the half squared error: dC/dz of every unit, and the rule over l and j
_NO = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_ND = deltas((3, 2), _NO, SIGMOID_SLOPE)
_N_DELTA1 = tuple({"j": j, "m": _ND[1][j]} for j in range(3))
_N_ALL_Z = tuple({"t": f"z{layer}[{j}]", "m": _ND[layer][j]} for layer in (1, 2) for j in range(len(_ND[layer])))
# Hinton's lecture: dE/dz_j of the output units (logistic, E = 1/2 sum (t - y)^2)
_HD = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_HD0, _HD1 = _HD.format(j=0), _HD.format(j=1)
# the binary cross-entropy of one example and its derivative by the prediction
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DJ = "-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))"
# the deeplearning.ai thread's logistic regression: z = wx + b, E = e^{-z}
_Z = "(W1[0,0]*x[0] + b1[0])"
_E = f"exp(-{_Z})"
_SIG = f"1/(1 + {_E})"
# the softmax pages (one-hot targets t for the cross-entropy)
_SOFT = "a1[{i}] - t[{i}]"
# Google's scroll and tangniuniu: the half squared error of two outputs
_HALF2 = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"
# hypercode's 1-1-1 network: dL/dz_2 of L = (a_2 - y)^2
_HZ2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"

ENTRIES: list[Public] = [
    # ---- math.techqa.club 3689917 (a copy of a Math Stack Exchange question on Nielsen's chapter 2): eqnarray blocks
    # on one line with "& = &" rows, \tag{40} and \nonumber, "Prove:" before one, $...$ inside the edit's prose --------
    Public("b65-tq-bp2", _TQ, "b65_nielsen", "b65_nielsen",
           r"Prove: \begin{eqnarray} \delta^l = ((w^{l+1})^T \delta^{l+1}) \odot \sigma'(z^l) \nonumber\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z1[{j}]", ("{m}",), _N_DELTA1),), batch=65,
           why="a rule over l; the network has l + 1 only at l = 1"),
    Public("b65-tq-40-42", _TQ, "b65_nielsen", "b65_nielsen",
           r"\begin{eqnarray} \delta^l_j & = & \frac{\partial C}{\partial z^l_j} \tag{40}\\ & = & \sum_k \frac{\partial"
           r" C}{\partial z^{l+1}_k} \frac{\partial z^{l+1}_k}{\partial z^l_j} \tag{41}\\ & = & \sum_k \frac{\partial"
           r" z^{l+1}_k}{\partial z^l_j} \delta^{l+1}_k, \tag{42}\end{eqnarray}",
           ((C, C, C),), (Twin("gradient_z", "z1[{j}]", ("{m}",) * 3, _N_DELTA1),), batch=65,
           why="Nielsen's (40) to (42), the question's first step; l + 1 exists only at l = 1"),
    Public("b65-tq-own", _TQ, "b65_nielsen", "b65_nielsen",
           r"\begin{eqnarray} \delta^l_j & = & \frac{\partial C}{\partial z^l_j} \\ & = & \frac{\partial C}{\partial"
           r" a^l_j}\frac{\partial a^l_j}{\partial z^l_j}\\ & = & \frac{\partial C}{\partial a^l_j}\sigma'(z^l_j)"
           r"\end{eqnarray}",
           ((C, C, C),), (Twin("gradient_z", "{t}", ("{m}",) * 3, _N_ALL_Z),), batch=65,
           why="the asker's own proof, a rule over every layer l and neuron j"),
    Public("b65-tq-edit", _TQ, "b65_nielsen", "b65_nielsen",
           r"Edit in response to comment: @jeea, I've written $z^{l+1}_j = \sum_k w^{l+1}_{jk} \sigma(z^l_k)+"
           r" b^{l+1}_j$, which is the only way I can see to write one in terms of the previous. How this relates to"
           r" the proof, I still cannot see.",
           ((C,),), (Twin("value", "z2[{j}]", ("W2[{j},0]*sigmoid(z1[0]) + W2[{j},1]*sigmoid(z1[1]) + "
                                                "W2[{j},2]*sigmoid(z1[2]) + b2[{j}]",), _J2),), batch=65,
           why="the edit's line; l = 1, the only layer with a layer above"),
    # ---- Cross Validated 414825: the question's paragraph ending in $$\begin{eqnarray} ... \end{eqnarray}$$ ----------
    Public("b65-cv-bp2", _CV, "b65_nielsen", "b65_nielsen",
           r"I am reading a book on neural networks, and am now doing a chapter on backpropagation. (See chapter here)."
           r" In this chapter, the writer is presenting four equations, that together form the backbone of the"
           r" Backpropagation algorithm. In the second equation: $$\begin{eqnarray} \delta^l = ((w^{l+1})^T"
           r" \delta^{l+1}) \odot \sigma'(z^l) \end{eqnarray}$$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", ("{m}",), _N_DELTA1),), batch=65,
           why="the question's paragraph, Nielsen's BP2"),
    # ---- Nemotron's copy of the Cross Validated question on Hinton's lecture: \( ... \) in prose, \[ ... \] on one
    # line with \sum\limits, d y_j / d z_j beside partials, a full stop inside the math --------------------------------
    Public("b65-hin-E", _HINTON, "b65_hinton", "b65_hinton",
           r"As I understand it, \( E = \frac{1}{2} \sum\limits_n (t_n - y_n)^2 \) ranges over all neurons in the"
           r" network, and all neurons above \( y_i \) depend on \( y_i \). Then shouldn't that mean",
           ((C,),), (Twin("value", _HALF2, (_HALF2,)),), batch=65, why="n over the output units"),
    Public("b65-hin-dEdyi", _HINTON, "b65_hinton", "b65_hinton",
           r"\[ \frac{\partial E}{\partial y_i} = \sum\limits_j \frac{\partial E}{\partial z_j} \frac{\partial z_j}"
           r"{\partial y_i} = \sum\limits_j w_{ij} \frac{\partial E}{\partial z_j}. \]",
           ((C, C),), (Twin("value", f"W2[0,0]*{_HD0} + W2[1,0]*{_HD1}",
                            (f"W2[0,0]*{_HD0} + W2[1,0]*{_HD1}",) * 2),), batch=65,
           why="dE/dy_i, a derivative by the hidden unit's output: a value"),
    Public("b65-hin-dEdzj", _HINTON, "b65_hinton", "b65_hinton",
           r"\[ \frac{\partial E}{\partial z_j} = \frac{\partial E}{\partial y_j} \frac{d y_j}{d z_j} = y_j (1 - y_j)"
           r" \frac{\partial E}{\partial y_j}. \]",
           ((C, C),), (Twin("gradient_z", "z2[{j}]", (_HD, _HD), _J2),), batch=65),
    # ---- Nemotron's "Derivative of Binary Cross Entropy - Why Are My Signs Not Right?": $$ ... $$ blocks, \hat y_i
    # without braces, -1\left( ... \right), a derivation whose blocks after the first start with "=" -----------------
    Public("b65-signs-J", _SIGNS, "b65_signs", "b65_signs",
           r"$$J(\hat y) = \frac{-1}{m}\sum_{i=1}^m y_i\log(\hat y_i) + (1-y_i)\log(1-\hat y_i)$$",
           ((W,),), (Twin("value", _BCE, ("-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=65,
           why="one training example (m = 1); without brackets the sum and its -1/m take y_i log(y-hat_i) alone, so the"
               " second term's sign is wrong, as the question's title says (the lead's correction after the first"
               " run: the collector wrote correct, the question's meaning)"),
    Public("b65-signs-derivation", _SIGNS, "b65_signs", "b65_signs",
           "Product rule:\n"
           r"$$ \frac{dJ}{d\hat y_i} = -1\left(\frac{d}{d\hat y_i}(y_i\log(\hat y_i) + (1-y_i)\log(1-\hat"
           r" y_i))\right) $$"
           "\n\nSum rule:\n"
           r"$$ = -1\left(\frac{d}{d\hat y_i}y_i\log(\hat y_i) + \frac{d}{d\hat y_i}(1-y_i)\log(1-\hat y_i)\right) $$"
           "\n\nProduct rule, derivative of constant (treating \\(y\\) as a constant) and derivative of natural log:\n"
           r"$$ = -1\left(\frac{y_i}{\hat y_i} + \frac{1-y_i}{1 - \hat y_i}\right) $$",
           ((C, C, W),), (Twin("value", _DJ, (_DJ, _DJ, "-(y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))")),), batch=65,
           why="dJ/dy_hat, a value; the last block drops the minus of d log(1 - y_hat)/d y_hat, the question's sign"),
    Public("b65-signs-expected", _SIGNS, "b65_signs", "b65_signs",
           r"$$ \frac{dJ}{d\hat y_i} = -1\left(\frac{y_i}{\hat y_i} - \frac{1-y_i}{1 - \hat y_i}\right) $$",
           ((C,),), (Twin("value", _DJ, (_DJ,)),), batch=65, why="\"the expected result\""),
    # ---- community.deeplearning.ai 146142: \eqalign{ ... } with "&=" rows, * for products, ln, -[ ... ], stray "]"
    # closing two rows, sigmoid(z) and f in the last members ---------------------------------------------------------
    Public("b65-dlai-L", _DLAI, "b65_dlai", "b65_dlai",
           r"\eqalign{ L &= -[y * ln(\frac{1}{1 + e^{-(wx+b)}}) + (1 - y) * ln(1 - \frac{1}{1 + e^{-(wx+b)}})] \\ &="
           r" -[y * ln(\frac{1}{1 + e^{-(wx+b)}}) + (1 - y) * ln(\frac{e^{-(wx+b)}}{1 + e^{-(wx+b)}})] \\ }",
           ((C, C),), (Twin("value", _BCE, (f"-(y[0]*log({_SIG}) + (1 - y[0])*log(1 - {_SIG}))",
                                             f"-(y[0]*log({_SIG}) + (1 - y[0])*log({_E}/(1 + {_E})))")),), batch=65),
    Public("b65-dlai-L2", _DLAI, "b65_dlai", "b65_dlai",
           r"\eqalign{ L &= -[-y * ln(1 + e^{-(wx+b)}) + (1 - y) * (-(wx+b) - ln(1 + e^{-(wx+b)}))] \\ &= -[-y * ln(1 +"
           r" e^{-(wx+b)}) - (1 - y) * ln(1 + e^{-(wx+b)}) - (1 - y) * (wx+b)] \\ &= ln(1 + e^{-(wx+b)}) + (1 - y) * wx"
           r" + (1 - y) * b] \\ }",
           ((C, C, C),),
           (Twin("value", _BCE, (f"-(-y[0]*log(1 + {_E}) + (1 - y[0])*(-{_Z} - log(1 + {_E})))",
                                 f"-(-y[0]*log(1 + {_E}) - (1 - y[0])*log(1 + {_E}) - (1 - y[0])*{_Z})",
                                 f"log(1 + {_E}) + (1 - y[0])*W1[0,0]*x[0] + (1 - y[0])*b1[0]")),), batch=65,
           why="the last row's \"]\" closes nothing (a typo); its value is the loss"),
    Public("b65-dlai-dLdw", _DLAI, "b65_dlai", "b65_dlai",
           r"\eqalign{ \frac{\partial{L}}{\partial{w}} &= \frac{-x * e^{-(wx+b)}}{1 + e^{-(wx+b)}} + (1 - y) * x] \\ &="
           r" \frac{-x * e^{-(wx+b)} + (1 - y) * x * (1 + e^{-(wx+b)})}{1 + e^{-(wx+b)}} \\ &= \frac{-x * e^{-(wx+b)} +"
           r" (1 - y) * x + (1 - y) * x * e^{-(wx+b)}}{1 + e^{-(wx+b)}} \\ &= \frac{-xy * e^{-(wx+b)} + x - xy}{1 +"
           r" e^{-(wx+b)}} \\ &= \frac{-xy * (1 + e^{-(wx+b)}) + x}{1 + e^{-(wx+b)}} \\ &= -xy + \frac{x}{1 +"
           r" e^{-(wx+b)}} \\ &= (\frac{1}{1 + e^{-(wx+b)}} - y) * x \\ &= (sigmoid(z) - y) * x = (f - y) * x }",
           ((C, C, C, C, C, C, C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"-x[0]*{_E}/(1 + {_E}) + (1 - y[0])*x[0]",
                                         f"(-x[0]*{_E} + (1 - y[0])*x[0]*(1 + {_E}))/(1 + {_E})",
                                         f"(-x[0]*{_E} + (1 - y[0])*x[0] + (1 - y[0])*x[0]*{_E})/(1 + {_E})",
                                         f"(-x[0]*y[0]*{_E} + x[0] - x[0]*y[0])/(1 + {_E})",
                                         f"(-x[0]*y[0]*(1 + {_E}) + x[0])/(1 + {_E})",
                                         f"-x[0]*y[0] + x[0]/(1 + {_E})",
                                         f"({_SIG} - y[0])*x[0]",
                                         "(sigmoid(z1[0]) - y[0])*x[0]",
                                         "(a1[0] - y[0])*x[0]")),), batch=65,
           why="the first row's \"]\" closes nothing (a typo); xy is x times y"),
    # ---- e-com-net's post: each formula three times on one line, as the page's KaTeX gives it (a spaced copy of
    # the rendered text, the TeX source, the rendered text glued), after 综上 and 且已知 ... 所以 -----------------------------
    Public("b65-ecom-dLdzi", _ECOM, "b65_ecom", "b65_ecom",
           "综上 , ∂ L ∂ z i = ∑ j = 1 10 ∂ L ∂ p j ∂ p j ∂ z i = ∑ j ≠ i ∂ L ∂ p j ∂ p j ∂ z i + ( p i − 1 ) × y i ="
           " ∑ j ≠ i"
           " p i × y j + ( p i − 1 ) × y i 综上, "
           r"\frac{\partial L}{\partial z_i}=\sum_{j=1}^{10}\frac{\partial L}{\partial p_j}\frac{\partial p_j}{\partial"
           r" z_i}=\sum_{j\neq i}\frac{\partial L}{\partial p_j}\frac{\partial p_j}{\partial z_i}+(p_i-1)\times y_i=\\"
           r" \sum_{j\neq i}p_i\times y_j+(p_i-1)\times y_i"
           " 综上,∂zi∂L=j=1∑10∂pj∂L∂zi∂pj=j=i∑∂pj∂L∂zi∂pj+(pi−1)×yi=j=i∑pi×yj+(pi−1)×yi",
           ((C, C, C),), (Twin("gradient_z", "z1[{i}]", (_SOFT,) * 3, _I10),), batch=65,
           why="the verdicts are the TeX copy's; the one-hot label makes p_i sum_j y_j - y_i the gradient p_i - y_i"),
    Public("b65-ecom-pi-yi", _ECOM, "b65_ecom", "b65_ecom",
           "且已知 ∑ j = 1 10 y i = 1 , 所以 ∂ L ∂ z i = p i − y i ! 且已知 "
           r"\sum_{j=1}^{10}y_i=1,所以\frac{\partial L}{\partial z_i}=p_i-y_i!"
           " 且已知j=1∑10yi=1,所以∂zi∂L=pi−yi!",
           ((W,), (C,)), (Twin("value", "10*t[{i}]", ("1",), _I10), Twin("gradient_z", "z1[{i}]", (_SOFT,), _I10)),
           batch=65, why="the TeX copy's two claims: \\sum_{j=1}^{10}y_i sums y_i ten times (y_j meant), then dL/dz_i"),
    # ---- the mirrored jianshu note: plain text in a Chinese paragraph, dc/dz, zi and yi without scripts --------------
    Public("b65-js-dcdz", _JS, "b65_js", "b65_js",
           "当问题是二分类时,我们使用sigmoid函数作为activation,则cross entropy简化成只有两项,当多分类时,yi pi都为向量。"
           "对其求导均为dc/dz = zi - yi。这是对一个输入来说的,对于多个输入example比如m个, dc/dz =1/m* sum( zi - yi ),"
           "我个人理解这是用了统计学的求平均值。。",
           ((W,), (W,)),
           (Twin("gradient_z", "z1[{i}]", ("z1[{i}] - t[{i}]",), _I3),
            Twin("gradient_z", "z1[{i}]", ("(z1[0] - t[0] + z1[1] - t[1] + z1[2] - t[2])/1",), _I3)), batch=65,
           why="zi, the softmax's input, where its output pi belongs; the second sums over the classes too (m = 1)"),
    # ---- the scribd slides (Aziz Khamjane), as the viewer's text gives them: a truth table's row on one line, the
    # inputs before the formula, the output columns after it, Unicode mathematical italic, × and − ---------------------
    Public("b65-aziz-and-00", _AZIZ, "b65_aziz_and_00", "b65_aziz",
           "𝑛 0 0 𝑧 = 0 × 10 + 0 × 10 − 15 = −15 0,0000003 0", ((C, C),),
           (Twin("value", "z1[0]", ("=0*10 + 0*10 - 15", "=-15")),), batch=65,
           why="example 1 (AND), row x1 = 0, x2 = 0: the row's h_w(x) 0,0000003 and y_hat 0 after it; 𝑛 the flattened"
               " sum's bound"),
    Public("b65-aziz-and-11", _AZIZ, "b65_aziz_and_11", "b65_aziz",
           "1 1 1 𝑧 = 1 × 10 + 1 × 10 − 15 = 5 0,99330 1", ((C, C),),
           (Twin("value", "z1[0]", ("=1*10 + 1*10 - 15", "=5")),), batch=65,
           why="example 1, row x1 = 1, x2 = 1 (the first 1 the bias column's)"),
    Public("b65-aziz-or-11", _AZIZ, "b65_aziz_or_11", "b65_aziz",
           "1 1 1 𝑧 = 1 × 15 + 1 × 15 − 10 = 20 0,99999 1", ((C, C),),
           (Twin("value", "z1[0]", ("=1*15 + 1*15 - 10", "=20")),), batch=65, why="example 2 (OR), row 1, 1"),
    Public("b65-aziz-nor-11", _AZIZ, "b65_aziz_nor_11", "b65_aziz",
           "1 1 1 𝑧 = 1 × −15 + 1 × −15 + 10 = −20 0,00000002 0", ((C, C),),
           (Twin("value", "z1[0]", ("=1*(-15) + 1*(-15) + 10", "=-20")),), batch=65,
           why="example 3 (NOR), row 1, 1: × − for times a negative weight"),
    # ---- zenn's step-by-step example: bare TeX in a list item's bullet "•", no delimiters ----------------------------
    Public("b65-zenn-sigma", _ZENN, "b65_zenn", "b65_zenn", "    • \\sigma(z) = \\frac{1}{1 + e^{-z}}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=65,
           why="the activation function's definition at a hidden unit's input sum"),
    Public("b65-zenn-dsigma", _ZENN, "b65_zenn", "b65_zenn", "    • \\sigma'(z) = \\sigma(z)(1 - \\sigma(z))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=65),
    # ---- tibetter's report: bare TeX-like plain text on indented lines, ".." for the omitted terms, a Japanese word
    # after a value ---------------------------------------------------------------------------------------------------
    Public("b65-tibet-z", _TIBET, "b65_tibet", "b65_tibet", " z=f(u)", ((C,),),
           (Twin("value", "a1[0]", ("relu(z1[0])",)),), batch=65),
    Public("b65-tibet-u", _TIBET, "b65_tibet", "b65_tibet", " u=w_1x_1+w_2x_2+..+b=Wx+b", ((C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3] + W1[0,4]*x[4] + b1[0]",)
                 * 2),), batch=65, why="\"..\" the terms from w_3x_3 to w_5x_5 (five inputs)"),
    Public("b65-tibet-x1", _TIBET, "b65_tibet", "b65_tibet", " x_1=10 体長", ((C,),),
           (Twin("value", "x[0]", ("=10",)),), batch=65, why="the animal example's first input, the body length"),
    # ---- Rahul Rai's blog post: plain text in prose, e^(-Z) ----------------------------------------------------------
    Public("b65-rahul-p", _RAHUL, "b65_rahul", "b65_rahul",
           "  the S-curve p = 1 / (1 + e^(-Z)) (at the exit). The loss when the true answer is 1 is", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=65),
    # ---- Data Science Stack Exchange 19272: $...$ after "Since", * for a product, ReLU of ReLU; the answer's
    # \begin{cases} ----------------------------------------------------------------------------------------------------
    Public("b65-ds-relu2", _DS, "b65_relu2", "b65_relu2", "Since $ReLU(w_1*ReLU(w_2x))=w_1w_2x$", ((W,),),
           (Twin("value", "a2[0]", ("W2[0,0]*W1[0,0]*x[0]",)),), batch=65,
           why="true only where w_2 x and w_1 w_2 x are positive: the asker assumes x > 0, not the weights' signs"),
    Public("b65-ds-relu-def", _DS, "b65_relu2", "b65_relu_def",
           "$ReLU(x) = \\begin{cases} 0, & \\text{if } x < 0, \\\\ x, & \\text{otherwise}. \\end{cases}$", ((C,),),
           (Twin("value", "relu(z1[0])", ("relu(z1[0])",)),), batch=65,
           why="the answer's working definition, at the first ReLU unit's input"),
    # ---- mdmohsin212's notebook: Python lines with 4-space indentation, a comment's "formula ->" with ′, ⋅ and −;
    # the chain-rule cell's slip sigmoid_derivative(x) for sigmoid_derivative(k) ---------------------------------------
    Public("b65-mohsin-comment", _MOHSIN, "b65_mohsin_unit", "b65_mohsin_unit", "# formula -> σ′(x) = σ(x)⋅(1−σ(x))",
           ((C,),), (Twin("value", "sigmoid(x[0])*(1 - sigmoid(x[0]))", ("sigmoid(x[0])*(1 - sigmoid(x[0]))",)),),
           batch=65, why="the comment above def sigmoid_derivative(x), x its argument (the cell's x, the input)"),
    Public("b65-mohsin-dk", _MOHSIN, "b65_mohsin_unit", "b65_mohsin_unit", "    d_output_d_k = sigmoid_derivative(x)",
           ((W,),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(x[0])*(1 - sigmoid(x[0]))",)),), batch=65,
           why="d output/dk is the sigmoid's derivative at k = w * x, not at x (the notebook's gradient 0.209987"
               " against the numerical 0.393224 shows it)"),
    Public("b65-mohsin-dw", _MOHSIN, "b65_mohsin_unit", "b65_mohsin_unit", "    d_output_dw = d_output_d_k * d_k_d_w",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])*x[0]", ("a1[0]*(1 - a1[0])*x[0]",)),), batch=65,
           why="the names name the local derivatives: the chain rule is right whatever the line before computed"),
    Public("b65-mohsin-z1", _MOHSIN, "b65_mohsin_mlp", "b65_mohsin_mlp", "    z1 = w1 @ x + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=65),
    Public("b65-mohsin-dLdz2", _MOHSIN, "b65_mohsin_mlp", "b65_mohsin_mlp", "    dL_dz2 = z2 - y_true", ((C,),),
           (Twin("gradient_z", "z2[0]", ("z2[0] - y[0]",)),), batch=65,
           why="the output layer has no activation; the loss 0.5 * np.sum((y_pred - y_true)**2)"),
    # ---- mrafraim's day 11 notebook: $$ on lines of their own, (l) layers, ReLU as a word, np.dot code ---------------
    Public("b65-mraf-Z1", _MRAF, "b65_mraf", "b65_mraf", "$$\nZ^{(1)} = W^{(1)} X + b^{(1)}\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=65),
    Public("b65-mraf-A2", _MRAF, "b65_mraf", "b65_mraf", "$$\nA^{(2)} = \\sigma(Z^{(2)})\n$$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=65),
    Public("b65-mraf-L", _MRAF, "b65_mraf", "b65_mraf", "$$\nL = (y - \\hat{y})^2\n$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=65),
    Public("b65-mraf-code", _MRAF, "b65_mraf", "b65_mraf", "Z1 = np.dot(W1, X) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=65,
           why="the code cell's line under \"# Layer 1\""),
    # ---- MithuDonAI's notebook: indented $$ blocks inside a numbered list, \mathcal{L}, \cdot, \quad and \text{...}
    # after a member; a list item's code span -----------------------------------------------------------------------
    Public("b65-mithu-chain", _MITHU, "b65_mithu", "b65_mithu",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^{(2)}} = \\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}}"
           " \\cdot \\frac{\\partial \\hat{y}}{\\partial z^{(2)}} \\cdot \\frac{\\partial z^{(2)}}{\\partial"
           " W^{(2)}}\n$$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=65),
    Public("b65-mithu-dLdy", _MITHU, "b65_mithu", "b65_mithu",
           "     $$\n     \\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}} = -\\frac{y}{\\hat{y}} + \\frac{1 - y}{1 -"
           " \\hat{y}}\n     $$", ((C,),),
           (Twin("value", "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])",)),),
           batch=65, why="dL/dy_hat, a value"),
    Public("b65-mithu-dzdW", _MITHU, "b65_mithu", "b65_mithu",
           "     $$\n     \\frac{\\partial z}{\\partial W} = a^{(1)} \\quad (\\text{input from previous"
           " layer})\n     $$",
           ((C,),), (Twin("value", "a1[{j}]", ("a1[{j}]",), _J3),), batch=65,
           why="dz/dW, the dense layer's local derivative by its weights: the input, a value"),
    Public("b65-mithu-dweights", _MITHU, "b65_mithu", "b65_mithu", "- `dweights = inputs.T @ dvalues`", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])",), _J3),), batch=65,
           why="for the output dense layer (dense2): inputs its input a^{(1)}, dvalues dL/dz from the activation"),
    # ---- ZedRover's notebook: $...$ in nested list items with a remark in parentheses after them, samples as rows ----
    Public("b65-zed-z1", _ZED, "b65_zed", "b65_zed", "   - $z_1 = XW_1 + b_1$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=65),
    Public("b65-zed-a1", _ZED, "b65_zed", "b65_zed", "   - $a_1 = \\sigma(z_1)$ (apply activation)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=65),
    Public("b65-zed-yhat", _ZED, "b65_zed", "b65_zed",
           "   - $\\hat{y} = \\sigma(z_2)$ (for binary classification)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=65),
    # ---- hypercode's lesson, as its KaTeX gives the text: the rendered formula glued before its TeX source, \qquad
    # between two claims, \text{ReLU}'(z_1) ---------------------------------------------------------------------------
    Public("b65-hyper-layer1", _HYPER, "b65_hyper", "b65_hyper",
           "z1=w1x+b1a1=ReLU(z1)z_1 = w_1 x + b_1 \\qquad a_1 = \\text{ReLU}(z_1)", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)), Twin("value", "a1[0]", ("relu(z1[0])",))), batch=65,
           why="the verdicts are the TeX source's two claims"),
    Public("b65-hyper-layer2", _HYPER, "b65_hyper", "b65_hyper",
           "z2=w2a1+b2a2=σ(z2)z_2 = w_2 a_1 + b_2 \\qquad a_2 = \\sigma(z_2)", ((C,), (C,)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)), Twin("value", "a2[0]", ("sigmoid(z2[0])",))),
           batch=65),
    Public("b65-hyper-L", _HYPER, "b65_hyper", "b65_hyper", "L=(a2y)2\\mathcal{L} = (a_2 - y)^2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=65,
           why="the rendered copy lost its minus sign and exponent; the TeX source's claim"),
    Public("b65-hyper-dw2", _HYPER, "b65_hyper", "b65_hyper",
           "Lw2=La2a2z2a1\\frac{\\partial \\mathcal{L}}{\\partial w_2} = \\frac{\\partial \\mathcal{L}}{\\partial a_2}"
           " \\cdot \\frac{\\partial a_2}{\\partial z_2} \\cdot a_1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_HZ2}*a1[0]",)),), batch=65),
    Public("b65-hyper-dw1", _HYPER, "b65_hyper", "b65_hyper",
           "Lw1=La1ReLU(z1)x\\frac{\\partial \\mathcal{L}}{\\partial w_1} = \\frac{\\partial"
           " \\mathcal{L}}{\\partial a_1}"
           " \\cdot \\text{ReLU}'(z_1) \\cdot x", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_HZ2}*W2[0,0]*Heaviside(z1[0])*x[0]",)),), batch=65),
    # ---- Google's backprop scroll (the Japanese interface's address): $$ ... $$ with \color{...} around names (the
    # page's own colour names), one claim split over $$ ... $$$$ ... $$, \sum_{i\in in(j)} over a node's inputs ------
    Public("b65-gcc-xj", _GCC, "b65_gcc", "b65_gcc",
           "$$ \\color{input} x_j \\color{black} = $$$$ \\sum_{i\\in in(j)} w_{ij}\\color{output} y_i\\color{black}"
           " +b_j$$",
           ((C,),), (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=65,
           why="a hidden node j: in(j) its input nodes, whose outputs y_i are the inputs"),
    Public("b65-gcc-y", _GCC, "b65_gcc", "b65_gcc",
           "$$ \\color{output} y \\color{black} = f(\\color{input} x \\color{black})$$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=65, why="the output node's y and x"),
    Public("b65-gcc-update", _GCC, "b65_gcc", "b65_gcc",
           "$$w_{ij} = w_{ij} - \\alpha \\color{dweight}\\frac{dE}{dw_{ij}}$$", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI22),), batch=65,
           why="the update rule for any weight; w_{ij} here the hidden layer's"),
    Public("b65-gcc-dEdy", _GCC, "b65_gcc", "b65_gcc",
           "$$ \\color{doutput} \\frac{\\partial E}{\\partial y_{output}} \\color{black} = \\color{output} y_{output}"
           " \\color{black} - \\color{output} y_{target}$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=65, why="dE/dy_output, a value"),
    # ---- tangniuniu's notes: \[ ... \] whose backslashes the page lost ("[" and "]" on lines of their own), and a
    # table row's formula in parentheses, E_p with ₚ beside it ---------------------------------------------------------
    Public("b65-tang-E", _TANG, "b65_tang", "b65_tang", "[\nE_p = \\frac{1}{2}\\sum_{m=1}^{M}(\\hat{y}_m - y_m)^2\n]",
           ((C,),), (Twin("value", _HALF2, (_HALF2,)),), batch=65, why="under \"Error Function\""),
    Public("b65-tang-row", _TANG, "b65_tang", "b65_tang",
           "Eₚ Error for pattern p (E_p = \\frac{1}{2}\\sum_m (\\hat{y}_m - y_m)^2); half-squared error for one sample",
           ((C,),), (Twin("value", _HALF2, (_HALF2,)),), batch=65, why="the table of symbols' row for Eₚ"),
]
