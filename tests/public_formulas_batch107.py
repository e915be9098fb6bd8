r"""Batch 107 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 17 addresses no earlier batch used (the pages corpus, with this batch's emphasis: English teaching
material first, then Spanish and Portuguese): two slides of Michigan State University's course on neural networks
(compphysics MachineLearningMSU, NeuralNet bs025 and bs026: $$ ... $$ inside the slides' sentences, {\cal
C}(\hat{W^L}) the cost with its argument, \left( \right), delta_j^L and the Hadamard product \circ of hatted
vectors); a slide of the University of Oslo's FYS-STK course (compphysics week 42, bs044: two $$ ... $$ side by side,
the rule's "\leftarrow =", delta_j^la_i^{l-1} glued); Adam Mickiewicz University's backpropagation handout
(bnaskrecki: a table's rows, \( \) around the page's own colour macros \act{...} and \err{...}, \;=\;, \tfrac);
userz.net's post (Unicode in its sentences: zˡ = wˡ aˡ⁻¹ + bˡ, δᴸ = ∇aC ⊙ gᴸ'(zᴸ), ½ and ², an en dash for minus);
javatpoint's worked example of Mazur's network (plain text, ×, one step a line) and the BP-SUM PDF on Scribd at a
mirror's address (the same page's output sums); askdatascience question 596 (a homework question's $...$ in its
numbered item and hint, words as names); gauthmath's homework statement (sigma as a word, 1/1+e^(-z)); a
community.deeplearning.ai thread on Ng's course (dw1 = X .dz, w1_new = w1 -alpha*dw1 in prose); csestack's tutorial
(ŷ and the glyph ϐ printed for sigma); roastidio.us's notes in Nielsen's letters ("is" for =); Nemotron-CC-Math's
copies of Singman's "Holding Your Hand Like a Small Child Through a Neural Network - Part 2" (dot products worked in
numbers, no name on the left) and of "Neural Networks: Feedforward and Backpropagation Explained & Optimization" (\[
\] with \boldsymbol); the Portuguese freeCodeCamp guide in Gitea's source view (Ng's a (l), Theta, ' and •);
sarahmss's Portuguese notes on GitHub ($$ ... $$, input-first w_ij, Y = XW + B); msmk.university's Spanish page (a
KaTeX copy's flattened text glued before its LaTeX) -- copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch107_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative of a quantity that is not the loss (MSU's
da_j^L/dw_jk^L, the handout's sigma'(t), gauthmath's sigma'(z)) or of the loss by a pre-activation (the deltas, d (L),
δᴸ) is twinned as a value, as in batches 14 to 105. Formulas keep their page's delimiters and what surrounds them on
their line (the slides' sentences, cut at the sentence that holds the formula where a slide runs several formulas
into one line; the table rows' pipes; the list items' "- " and "* "; the Portuguese words after the formula).

The batch: 52 formulas (53 claims: gauthmath's line holds two), 1 of them unreadable (roastidio's $z_j^l$ is
$\sum_ja_j^{l-1}w_{jk}^l + b_j^l$, the sum over j, the left side's own index, and a k with no value, a slip for
\sum_k a_k^{l-1} w_{jk}^l); of the 51 read: 42 values (sums, activations, losses and deltas, 12 of them worked in
numbers), 4 gradients, 5 updates (one of them, cp-w, a rule for every weight of both layers), gauthmath's block of two
values counted among the values. 26 are LaTeX (MSU's 7, Oslo's 2, the handout's 4, the Nemotron copies' 5, sarahmss's
2, msmk's 2 after their flattened text, roastidio's 2, askdatascience's 2), 26 plain text, Unicode or code-like prose
(userz's 6, javatpoint's 6, BP-SUM's 6, the Portuguese guide's 4, the forum thread's 2, gauthmath's 1, csestack's 1).

Mistaken (the oracle finds a member wrong): 5 of the 52:

- the Portuguese guide's "* calcule d (l) = (Theta (l) '• d (l + 1)) • g (z (l)) para l de L-1 a 1" (fcp-dl): the
  hidden layer's error with g(z(l)), the sigmoid itself, where the rule needs its slope g'(z(l)) = a(l)(1 - a(l)).
- gauthmath's "sigma (z)= 1/1+e^(-z)" (ga-s, the block's first claim): 1/1 + e^(-z) as written, not 1/(1 + e^(-z));
  the block's second claim, sigma '(z)=sigma (z)(1-sigma (z)), is right.
- roastidio's "$z^l$ is $a^{l-1}w^l + b^l$" (ro-z): with the page's own w_jk^l from neuron k to neuron j, a^{l-1}w^l
  is a row times the matrix, (w^l)^T a^{l-1}, not w^l a^{l-1} (with the vectors as columns its sizes do not fit).
- the BP-SUM PDF's "y1=H1×w5+H2×w6+b2" and "y2=H1×w7+H2×w8+b2" (bs-y1f, bs-y2f): H1 and H2 are the page's hidden sums
  (H1=0.3775), where the output's sum takes their sigmoids (the 0.593269992 and 0.596884378 of the next line, right).

Not mistaken, though they look it: MSU's dC/dw_jk^L = (a_j^L - t_j) da_j^L/dw_jk^L, the activation's derivative by the
weight left as a factor (and da_j^L/dw_jk^L = a_j^L(1-a_j^L)a_k^{L-1} on the next line); Oslo's "w_{ij}^l\leftarrow =
w_{ij}^l- ..." with an arrow and an equals sign; the handout's \err{\delta_j^{(l)}} \;=\; \partial\mathcal{L}/\partial
z_j^{(l)}, a definition; Singman's dot products with the weights rounded to three places on the left and the values
from the unrounded weights on the right ((0 × 0.674) + (0 × -0.335) + (1 × -0.404) = -0.4047); msmk's MSE = 1/n sum
(y_i – \hat{y}_i)^2 with an en dash, over n = 1 example; the forum's dw1 = X .dz (one feature and one sample).

What was left out: the pages' lines without a claim (MSU's lone $$ \frac{\partial {\cal C}}{\partial (a_j^L)} $$;
the Oslo slide's \( l=L-1,L-2,\dots,1 \); userz's "Here, ∇aC represents ..."; the handout's definitions of its
symbols without an equation); the sigmoid's definition in a free letter (csestack's S(x) = 1 / (1 + e-x)); printed
matrices without a name (Singman's inputs, weights, dot products and predictions); the Portuguese guide's accumulation
"incremento Delta (l) por delta (l + 1) • a (l) '" (no equation) and its D (l) = 1 \\ m (Delta (l) + lambda • Theta
(l)), regularized, which the problem format does not hold; the BP-SUM PDF's H1 and H2 lines (javatpoint's, taken from
javatpoint's page); gauthmath's given "Learning rate alpha =0.5". Claimed but not used: askfilo's tutorial solution
(its formulas lost in the stored text), ParsonsZeng/ThirstyScholar.github.io (its loss 2 * np.mean(y_pred - y), no
loss the problem format names), community.deeplearning.ai thread 165181 and commonlounge's question (L2
regularization), tanwubin.github.io (its formulas images), thinkinfi.com, cl.cam.ac.uk's mjcg notes and dafriedman97's
mlbook (their formulas not in the stored excerpts), Nemotron's copy of javatpoint's page (the original used), the
Gitea raw view of the Portuguese guide (its stored text one line; the source view used).

Collected on 2026-12-06 from 14:58 to 15:09 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), at the first load. The oracle agreed with every
verdict first written down. Four keys were renamed before the commit (fc-... to fcp-...), batch 101's fc-a and fc-z
being taken. No entry was read by check before the blind run, and nothing under src/ was touched.
Run blind at main aff2379 (reader at dbfc214: main's commits since are batch 106's, no src/ change; /work/READY_FOR_BLIND41
open when the collecting commit was made at 15:09), after the rebase onto it (a conflict in
tests/test_public_formulas_held_out.py, batch 106's and this batch's lines both kept in number order), nothing under
src/ changed by this branch. First run (/work/batch107_blind.txt): 32 of 52 read with every verdict right (62%), 15
refused, 4 misread, 1 typo refused, no crash, and NO WRONG FORMULA CALLED CORRECT. The unreadable one, ro-zj, was
refused at its "is" (below), before its free k. No refusal or misreading was the notation's fault: every notation is
within the spec and none has a slip (userz's bare g, below, is a teacher's plain choice; the docs' route of naming g
by layer is noted there), so there is no second run. tests/test_public_formulas_held_out.py -k "b107-" passes (103);
no crash, every refusal one line; nothing for KNOWN_CRASHES.

By kind of formula: values 26 of 42, gradients 3 of 4, updates 3 of 5. LaTeX against plain text and code: the 26 in
LaTeX read 15 (58%; 15 of the 25 that are not unreadable), the 26 in plain text, Unicode or code-like prose 17 (65%).
By page: MSU bs025 3 of 3, MSU bs026 4 of 4, Oslo's slide 2 of 2, userz.net 3 of 6, Singman's copy 0 of 4 (4 misread),
the Portuguese guide 1 of 4, sarahmss 2 of 2, msmk 0 of 2, gauthmath 0 of 1, the AMU handout 1 of 4, roastidio 0 of 2
(1 typo refused), javatpoint 6 of 6, BP-SUM 6 of 6 (its two wrong output sums called wrong), askdatascience 2 of 2, the
deeplearning.ai thread 0 of 2, csestack 1 of 1, the Nemotron copy of the feedforward post 1 of 1. Of the 5 mistaken
formulas, 2 read with their verdicts right (bs-y1f, bs-y2f), 3 refused (fcp-dl, ga-s, ro-z).

The misreadings (4), one construct: a number's sum of products with no name on the left, its operands the weights
rounded to three places, the written value from the unrounded weights (Singman's dot products, hh-1 .. hh-4): check
takes the left side's arithmetic, evaluated exactly, as the true value and calls the written result wrong: "-0.4047 is
not the true value -0.404 at the file's numbers rounded to the digits written (allowed error 0.00015)" (hh-4: "-0.0652
is not the true value -0.065 ..."), where the oracle judges the written value against the dot product at the file's
weights, -0.40469539, right (the left side's -0.404 within the rounding the number rules allow a copied weight). Read
as (wrong,), expected (correct,): safe, and a misreading.

The refusals by construct (15), with the exact message:

- 10, words around the formula on its line, the formula's own text right:
  - 3, a label with a colon before it: gauthmath's "Sigmoid function: sigma (z)= 1/1+e^(-z) , ..." (ga-s): "formula
    'Sigmoid function: sigma (z)= 1/1+e^(-z)': unexpected at ':' (position 17)"; the handout's table cells "Activation
    (post-\(\sigma\) output) of neuron \(j\) in layer \(l\): \(...\)" (bn-a): "formula 'Activation (post- \\sigma
    output) of neuron j in layer l :...': unexpected at ':' (position 61)", and "Loss function (MSE): \(...\)" (bn-L):
    "formula 'Loss function (MSE): \\mathcal{L} = \\frac{1}{2}(a^{(L)} - ...': unexpected at ':' (position 20)".
  - 1, a table cell's words with commas before the colon (bn-d, "Error signal at neuron \(j\), layer \(l\): ..."):
    "formula 'Error signal at neuron j , layer l : \\err{\\delta_j^{(l)}}...': unexpected at ',' (position 27); a
    comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
    \quad C = D)".
  - 2, a Portuguese verb before a list item's formula (the guide's "* compute d (L) = ...", "* calcule d (l) = ..."):
    "formula 'compute d (L) = a (L) - y (t)': unknown symbol compute; the notation knows \Theta, a, d, y, z; a name of
    several letters is read whole only where the notation names it: give it the quantity it stands for in the
    notation's [notation.symbols], "compute" = "..." (e.g. "a1[0]")" (fcp-dl: "... unknown symbol calcule; ...").
  - 1, Portuguese words after a Latin semicolon (fcp-a, "* a (l) = g (z (l)); uma matriz dos valores ..."): "formula
    'a (l) = g (z (l)); uma matriz dos valores dos nós na cama...': unexpected at ';' (position 18); a semicolon after
    a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)".
  - 1, a parenthesised remark and a sentence after the formula (uz-a, "- aˡ = gˡ(zˡ) (the activation function applied
    to the weighted sum) This forward pass ..."): "formula 'a^l = g^l(z^l) (the activation function applied to the
    we...': unexpected at ')' (position 68)".
  - 1, a sentence's range "for each layer l = L-1, L-2, L-3, ..., 2" taken for the formula before the sentence's own
    (uz-dl): "formula 'l = L-1, L-2, L-3, \\ldots , 2': unexpected at ',' (position 8); a comma after a member is no
    product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)".
  - 1, a full stop ending a code-like formula inside a sentence (dl-up, "This means that w1_new = w1 -alpha*dw1. alpha
    is another parameter ..."): "formula 'w1_new = w1 -alpha*dw1. alpha': unexpected at '.' (position 23)".
- 2, "is" for = between two $...$ (roastidio's notes, ro-z and the unreadable ro-zj): "formula '$z^l$ is $a^{l-1}w^l +
  b^l$ for the $l^{th}$ layer': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the
  parameter with --param" (ro-zj the same, "typo refused", its message quoting the k's term).
- 2, a KaTeX copy's flattened text glued before the formula's LaTeX (msmk, mk-mse and mk-w): "formula
  'MSE=1n\\sum i=1n(yi-y^i)2\\text{MSE} = \\frac{1}{n} \\sum_{i=...': unknown symbol i; the notation knows W, \hat{y},
  n, y; i is an index letter of the notation: write it as a subscript or superscript of what it indexes (W_i, not Wi),
  or give it a meaning in the notation's [notation.symbols]"; mk-w: "formula 'W=W-\\eta \\times \\partial
  L\\partial WW = W - \\eta \\times \\...': expected '/' in ∂L/∂w at '\\partial' (position 28)".
- 1, a layer's superscript on a function the notation names bare, in Unicode (uz-dL, "δᴸ = ∇aC ⊙ gᴸ'(zᴸ)", functions
  = { g = "sigmoid" }): "formula \"\\delta ^L = \\nabla aC \\odot g^L'(z^L)\": g'^{L}(...): a superscript L on a
  function is read as a power of its value, and this is not a number's power; write the function without it, or its
  layer in the notation's functions (g^{[1]})". docs/formulas-derivatives.md reads g^{[2]}(...) and g^{(2)}(...) of a
  bare g as g, and g^L' where the table names g by layer; the bare superscript of a bare g is refused as a power.
- 1, a product written as a spaced full stop, "X .dz" (dl-dw, "From videos, dw1 = X .dz"): "formula 'dw1 = X .dz':
  unexpected at '.' (position 9)".

Which look general (would appear in much homework and teaching material): words on the formula's line (a label with a
colon, a verb, a table cell's description, a sentence after a semicolon or a full stop, a range "for l = L-1, ..., 2"
in the sentence before) -- lecture notes, handouts and Q&A answers write formulas so; "is" for = in notes; a layer
superscript on the activation's name (gˡ, gᴸ', Nielsen's and Ng's notations in Unicode or LaTeX) where the notation
names the function once; a worked sum of products whose operands are rounded copies of the weights (students copy
rounded weights), which check evaluates exactly. Page-specific: a KaTeX copy's flattened text glued before its LaTeX
(msmk, as the CSDN copies of batch 105); the spaced dot of "X .dz" (a forum's typing). Read, among the constructs these
pages brought: $$ ... $$ inside slides' sentences, {\cal C}(\hat{W^L}) with its argument, \left( \right), \circ of
hatted vectors and a derivative of the activation by a weight left as a factor; "\leftarrow =" in an update rule for
every weight of two layers; Unicode sums and superscripts (½∑ ᵢ(yᵢ−ŷᵢ)², zˡ = wˡ aˡ⁻¹ + bˡ) and an en dash for minus;
Ng's z (l) = Theta (l-1) a (l-1); input-first w_ij and Y = XW + B; \sigma'(t) in a table cell; × worked examples of
Mazur's network, with the output sums written with the hidden sums called wrong; J(w) = E = \frac{1}{2}(predicted -
target)^2 and w_{new} = w_{old} - \alpha ...; ŷ with the glyph ϐ for sigma; \boldsymbol{W}\boldsymbol{a}^{l-1}.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch107_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_MS25 = "https://compphysics.github.io/MachineLearningMSU/doc/pub/NeuralNet/html/._NeuralNet-bs025.html"
_MS26 = "https://compphysics.github.io/MachineLearningMSU/doc/pub/NeuralNet/html/._NeuralNet-bs026.html"
_CP = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs044.html"
_UZ = "https://userz.net/post/5f8a95ad1238ec899a53501266eb4799"
_HH = f"{_NEMOTRON} (Holding Your Hand Like a Small Child Through a Neural Network – Part 2)"
_FC = ("https://gitea.sunrui.ink/greatbody/freeCodeCamp/src/commit/29c9b2df28a195be29b7821c6a1f41f5cffeaddf/"
       "guide/portuguese/machine-learning/backpropagation/index.md?display=source")
_SM = "https://github.com/sarahmss/Fundamentos-de-RNAs"
_MK = "https://msmk.university/red-neuronal-de-retropropagacion-backpropagation-neural-network/"
_GA = ("https://my.gauthmath.com/solution/1832830942109777/"
       "Task-3-Backpropagation-in-a-2-Layer-Network-8-marks-You-are-given-a-simple-2-lay")
_BN = "https://bnaskrecki.faculty.wmi.amu.edu.pl/nnets/backprop_handout.html"
_RO = "https://roastidio.us/topic/7373799"
_JT = "https://www.javatpoint.com/pytorch-backpropagation-process-in-deep-neural-network"
_BS = "https://fanyv88.com:443/https/www.scribd.com/document/732460916/BP-SUM"
_AD = "https://askdatascience.com/596/how-to-update-weights-using-gradient-decent-algorithm"
_DL = "https://community.deeplearning.ai/t/having-trouble-in-understanding-why-we-substract-dw1-from-w1/82552"
_CS = "https://csestack.org/neural-networks-python"
_MF = f"{_NEMOTRON} (Neural Networks: Feedforward and Backpropagation Explained & Optimization)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))


def _d2(j) -> str:
    """The output delta dL/dz2[j] of a sigmoid layer under the squared error with 1/2."""
    return f"(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


def _h1(j) -> str:
    """The hidden delta dL/dz1[j] of a 2-2-2 sigmoid network under the squared error with 1/2."""
    return f"(W2[0,{j}]*{_d2(0)} + W2[1,{j}]*{_d2(1)})*a1[{j}]*(1 - a1[{j}])"


_D2J = _d2("{j}")
_MS_G = f"{_D2J}*a1[{{k}}]"

# compphysics week 42: the rules for every weight and bias of the 2-2-2 network (l = 1, 2)
_CP_W = tuple({"p": f"W{l}[{j},{i}]", "m": f"W{l}[{j},{i}] - eta*{_d2(j) if l == 2 else _h1(j)}*"
                                            f"{'a1' if l == 2 else 'x'}[{i}]"}
              for l in (1, 2) for j in range(2) for i in range(2))
_CP_B = tuple({"p": f"b{l}[{j}]", "d": _d2(j) if l == 2 else _h1(j)} for l in (1, 2) for j in range(2))

# userz.net: layers 2 and 3 of the page (ours 1 and 2)
_UZ_Z = (tuple({"t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(2))
         + tuple({"t": f"z2[{j}]", "m": f"W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}]"} for j in range(2)))
_UZ_A = tuple({"t": f"a{l}[{j}]", "m": f"sigmoid(z{l}[{j}])"} for l in (1, 2) for j in range(2))
_UZ_DL = tuple({"t": _d2(j), "m": f"(a2[{j}] - y[{j}])*sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))"} for j in range(2))
_UZ_DH = tuple({"t": _h1(j), "m": f"(W2[0,{j}]*{_d2(0)} + W2[1,{j}]*{_d2(1)})*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"}
               for j in range(2))

# the Portuguese guide's 2-3-2 network (layers 1 .. 3 of Ng's count, ours x, 1, 2), the logistic cost
_FC_A = (tuple({"v": f"a1[{j}]", "m": f"sigmoid(z1[{j}])"} for j in range(3))
         + tuple({"v": f"a2[{j}]", "m": f"sigmoid(z2[{j}])"} for j in range(2)))
_FC_Z = (tuple({"v": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1]"} for j in range(3))
         + tuple({"v": f"z2[{j}]", "m": f"W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2]"} for j in range(2)))
_FC_BACK = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"

# the AMU handout's [3, 2, 2, 1] network: the error signals of its three layers
_BN_D3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"


def _bn_d2(j) -> str:
    return f"W3[0,{j}]*{_BN_D3}*a2[{j}]*(1 - a2[{j}])"


_BN_D = (({"l": 3, "j": 0, "t": _BN_D3},)
         + tuple({"t": _bn_d2(j)} for j in range(2))
         + tuple({"t": f"(W2[0,{j}]*{_bn_d2(0)} + W2[1,{j}]*{_bn_d2(1)})*a1[{j}]*(1 - a1[{j}])"} for j in range(2)))
_BN_A = tuple({"v": f"a{l}[{j}]", "m": f"sigmoid(z{l}[{j}])"} for l, units in ((1, 2), (2, 2), (3, 1))
              for j in range(units))

# roastidio.us: a^{l-1} w^l read as a row times the layer's matrix, sum_k a_k W[k, j]: W^T a, not W a
_RO_Z = (tuple({"t": f"z1[{j}]", "m": f"x[0]*W1[0,{j}] + x[1]*W1[1,{j}] + b1[{j}]"} for j in range(2))
         + tuple({"t": f"z2[{j}]", "m": f"a1[0]*W2[0,{j}] + a1[1]*W2[1,{j}] + b2[{j}]"} for j in range(2)))

_CS_OUT = ("sigmoid(W2[0,0]*sigmoid(z1[0]) + W2[0,1]*sigmoid(z1[1]) + W2[0,2]*sigmoid(z1[2]) + "
           "W2[0,3]*sigmoid(z1[3]) + b2[0])")


def _lines(*lines: str) -> str:
    return "\n".join(lines)


ENTRIES = [
    # ---- MSU's course slides (compphysics MachineLearningMSU, NeuralNet bs025): $$ ... $$ inside the slide's
    # sentences, {\cal C}(\hat{W^L}) the cost with its argument, \left( \right), a chain ending in a product ------------
    Public("ms-c", _MS25, "b107_ms", "b107_ms",
           r"Our cost function is $$ {\cal C}(\hat{W^L}) = \frac{1}{2}\sum_{i=1}^n\left(y_i - t_i\right)^2="
           r"\frac{1}{2}\sum_{i=1}^n\left(a_i^L - t_i\right)^2, $$", ((C, C),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)")),),
           batch=107, why="y_i the outputs a_i^L, t_i the targets, n = 2 outputs"),
    Public("ms-g", _MS25, "b107_ms", "b107_ms",
           r"The derivative of this function with respect to the weights is $$ \frac{\partial{\cal C}(\hat{W^L})}"
           r"{\partial w_{jk}^L} = \left(a_j^L - t_j\right)\frac{\partial a_j^L}{\partial w_{jk}^{L}}, $$", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", (_MS_G,), _JK),), batch=107,
           why="the output weight's gradient, the activation's derivative by the weight left as a factor"),
    Public("ms-a", _MS25, "b107_ms", "b107_ms",
           r"The last partial derivative can easily be computed and reads (by applying the chain rule) $$ \frac{\partial "
           r"a_j^L}{\partial w_{jk}^{L}} = \frac{\partial a_j^L}{\partial z_{j}^{L}}\frac{\partial z_j^L}{\partial "
           r"w_{jk}^{L}}=a_j^L(1-a_j^L)a_k^{L-1}, $$", ((C, C),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])*a1[{k}]",
                 ("a2[{j}]*(1 - a2[{j}])*a1[{k}]", "a2[{j}]*(1 - a2[{j}])*a1[{k}]"), _JK),), batch=107,
           why="a derivative of the output a_j^L (not of the cost) by its weight: twinned as a value"),
    # ---- MSU's slide bs026: the first back propagation equation, delta_j^L, the Hadamard product \circ of hatted
    # vectors ----------------------------------------------------------------------------------------------------------
    Public("ms-g2", _MS26, "b107_ms", "b107_ms",
           r"We have thus $$ \frac{\partial{\cal C}(\hat{W^L})}{\partial w_{jk}^L} = \left(a_j^L - t_j\right)"
           r"a_j^L(1-a_j^L)a_k^{L-1}, $$", ((C,),), (Twin("gradient", "W2[{j},{k}]", (_MS_G,), _JK),), batch=107),
    Public("ms-d", _MS26, "b107_ms", "b107_ms",
           r"Defining $$ \delta_j^L = a_j^L(1-a_j^L)\left(a_j^L - t_j\right) = f'(z_j^L)\frac{\partial {\cal C}}"
           r"{\partial (a_j^L)}, $$", ((C, C),),
           (Twin("value", _D2J, ("a2[{j}]*(1 - a2[{j}])*(a2[{j}] - y[{j}])",
                                 "sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))*(a2[{j}] - y[{j}])"), _J2),), batch=107,
           why="delta_j^L = dC/dz_j^L; f the sigmoid"),
    Public("ms-h", _MS26, "b107_ms", "b107_ms",
           r"and using the Hadamard product of two vectors we can write this as $$ \hat{\delta}^L = f'(\hat{z}^L)"
           r"\circ\frac{\partial {\cal C}}{\partial (\hat{a}^L)}. $$", ((C,),),
           (Twin("value", _D2J, ("sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))*(a2[{j}] - y[{j}])",), _J2),), batch=107,
           why="the output layer's delta vector, entry by entry"),
    Public("ms-dw", _MS26, "b107_ms", "b107_ms",
           r"we have a more compact definition of the derivative of the cost function in terms of the weights, namely "
           r"$$ \frac{\partial{\cal C}(\hat{W^L})}{\partial w_{jk}^L} = \delta_j^La_k^{L-1}. $$", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", (_MS_G,), _JK),), batch=107, why="delta_j^La_k^{L-1} glued"),
    # ---- compphysics week 42, slide bs044 (Oslo's FYS-STK course): $$ ... $$ side by side on one line, the rule's
    # "\leftarrow =", delta_j^la_i^{l-1} glued ----------------------------------------------------------------------
    Public("cp-w", _CP, "b107_cp", "b107_cp", r"$$ w_{ij}^l\leftarrow = w_{ij}^l- \eta \delta_j^la_i^{l-1}, $$",
           ((C,),), (Twin("update", "{p}", ("{m}",), _CP_W),), batch=107,
           why="w_ij^l from unit i of layer l-1 to unit j of layer l, for every weight of both layers (a^0 = x); the "
               "slide's \\leftarrow = (an arrow and an equals sign) before the new value"),
    Public("cp-b", _CP, "b107_cp", "b107_cp",
           r"$$ b_j^l \leftarrow b_j^l-\eta \frac{\partial {\cal C}}{\partial b_j^l}=b_j^l-\eta \delta_j^l, $$with "
           r"\( \eta \) being the learning rate.", ((C, C),),
           (Twin("update", "{p}", ("{p} - eta*grad", "{p} - eta*{d}"), _CP_B),), batch=107),
    # ---- userz.net's post: formulas in Unicode inside its sentences, superscript letters (zˡ, aˡ⁻¹, δᴸ, wˡ⁺¹, ᵀ),
    # ½ and ², an en dash for minus, ∇aC and ⊙ -------------------------------------------------------------------------
    Public("uz-L", _UZ, "b107_uz1", "b107_uz1",
           "With multiple output neurons, the simple loss function L(y, ŷ) = ½(y – ŷ)² becomes insufficient.", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=107,
           why="the one-output loss; y – ŷ with an en dash"),
    Public("uz-C", _UZ, "b107_uz", "b107_uz",
           "Thus, we define the cost function as the square sum of all output neurons: C = ½∑ ᵢ(yᵢ−ŷᵢ)².", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=107),
    Public("uz-z", _UZ, "b107_uz", "b107_uz", "- zˡ = wˡ aˡ⁻¹ + bˡ (the weighted sum of inputs plus bias)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _UZ_Z),), batch=107,
           why="for each layer l = 2, 3 of the page's count (layer 1 the input)"),
    Public("uz-a", _UZ, "b107_uz", "b107_uz",
           "- aˡ = gˡ(zˡ) (the activation function applied to the weighted sum) This forward pass propagates the input "
           "signal through the network, producing an output.", ((C,),), (Twin("value", "{t}", ("{m}",), _UZ_A),),
           batch=107, why="g the sigmoid in every layer"),
    Public("uz-dL", _UZ, "b107_uz", "b107_uz",
           "Output Error δᴸ: At the output layer, compute the error vector: δᴸ = ∇aC ⊙ gᴸ'(zᴸ).", ((C,),),
           (Twin("value", "{t}", ("{m}",), _UZ_DL),), batch=107,
           why="∇aC the gradient of C by the output activations, a - y"),
    Public("uz-dl", _UZ, "b107_uz", "b107_uz",
           "Backpropagation: Move backward through the network, for each layer l = L-1, L-2, L-3, ..., 2, compute the "
           "error for each layer: δˡ = ((wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ gˡ'(zˡ).", ((C,),),
           (Twin("value", "{t}", ("{m}",), _UZ_DH),), batch=107, why="l = 2, the one hidden layer"),
    # ---- Nemotron-CC-Math's copy of Singman's "Holding Your Hand ... Part 2": the dot products worked in numbers,
    # $...$ after a list's dash, \times, a product's sum = its value, no name on the left -------------------------------
    Public("hh-1", _HH, "b107_hh1", "b107_hh",
           r"- $(0 \times 0.674) + (0 \times -0.335) + (1 \times -0.404) = -0.4047$", ((C,),),
           (Twin("value", "z1[0]", ("=-0.4047",)),), batch=107,
           why="the first input row's dot product with the weights 0.67423821, -0.33473064, -0.40469539 (the weights "
               "rounded on the left, the value from the unrounded ones)"),
    Public("hh-2", _HH, "b107_hh2", "b107_hh",
           r"- $(0 \times 0.674) + (1 \times -0.335) + (1 \times -0.404) = -0.7394$", ((C,),),
           (Twin("value", "z1[0]", ("=-0.7394",)),), batch=107),
    Public("hh-3", _HH, "b107_hh3", "b107_hh",
           r"- $(1 \times 0.674) + (0 \times -0.335) + (1 \times -0.404) = 0.2695$", ((C,),),
           (Twin("value", "z1[0]", ("=0.2695",)),), batch=107),
    Public("hh-4", _HH, "b107_hh4", "b107_hh",
           r"- $(1 \times 0.674) + (1 \times -0.335) + (1 \times -0.404) = -0.0652$", ((C,),),
           (Twin("value", "z1[0]", ("=-0.0652",)),), batch=107),
    # ---- the Portuguese freeCodeCamp guide in Gitea's source view: Markdown list items, a (l) with the layer in
    # parentheses after a space, Theta, the transpose as ' and the product as •, Portuguese words after ------------------
    Public("fcp-a", _FC, "b107_fc", "b107_fc",
           "* a (l) = g (z (l)); uma matriz dos valores dos nós na camada l com base em um exemplo de treinamento",
           ((C,),), (Twin("value", "{v}", ("{m}",), _FC_A),), batch=107,
           why="a rule over the layers l = 2, 3 (layer 1 the input); g the sigmoid"),
    Public("fcp-z", _FC, "b107_fc", "b107_fc", "* z (l) = Theta (l-1) a (l-1)", ((C,),),
           (Twin("value", "{v}", ("{m}",), _FC_Z),), batch=107, why="no bias (the guide writes none)"),
    Public("fcp-dL", _FC, "b107_fc", "b107_fc", "* compute d (L) = a (L) - y (t)", ((C,),),
           (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=107,
           why="the output layer's error dJ/dz for the logistic cost (the cross-entropy of sigmoid outputs)"),
    Public("fcp-dl", _FC, "b107_fc", "b107_fc", "* calcule d (l) = (Theta (l) '• d (l + 1)) • g (z (l)) para l de L-1 a 1",
           ((W,),), (Twin("value", f"{_FC_BACK}*a1[{{j}}]*(1 - a1[{{j}}])", (f"{_FC_BACK}*sigmoid(z1[{{j}}])",), _J3),),
           batch=107,
           why="the hidden layer's error (l = 2) with g(z(l)), the sigmoid itself, where the rule needs its slope "
               "g'(z(l)) = a(l)(1 - a(l)): wrong"),
    # ---- sarahmss's Portuguese notes on GitHub: $$ ... $$ on lines of their own, input-first w_ij, Y = XW + B ---------
    Public("sm-y", _SM, "b107_sm", "b107_sm", r"$$y_j = b_j + \sum_i x_i w_{ij}$$", ((C,),),
           (Twin("value", "z1[{j}]", ("b1[{j}] + x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),),
           batch=107, why="the dense layer's output (its sum, no activation)"),
    Public("sm-Y", _SM, "b107_sm", "b107_sm", "$$ Y = XW + B$$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]",), _J2),),
           batch=107, why="X, Y and B rows, W input-first"),
    # ---- msmk.university's Spanish page: a KaTeX copy's flattened text glued before the LaTeX, an en dash for minus,
    # \times -----------------------------------------------------------------------------------------------------------
    Public("mk-mse", _MK, "b107_mk", "b107_mk",
           r"MSE=1n∑i=1n(yi−y^i)2\text{MSE} = \frac{1}{n} \sum_{i=1}^{n} (y_i – \hat{y}_i)^2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=107,
           why="n = 1 example: the squared error; y_i – \\hat{y}_i with an en dash"),
    Public("mk-w", _MK, "b107_mk", "b107_mk", r"W=W−η×∂L∂WW = W – \eta \times \frac{\partial L}{\partial W}", ((C,),),
           (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",), _JK),), batch=107,
           why="gradient descent on W (the first layer's weights here)"),
    # ---- gauthmath's homework statement (Task 3): plain text, sigma as a word, 1/1+e^(-z) without parentheses ------------
    Public("ga-s", _GA, "b107_ga", "b107_ga",
           "Sigmoid function: Sigmoid function: sigma (z)= 1/1+e^(-z) , sigma '(z)=sigma (z)(1-sigma (z))",
           ((W,), (C,)),
           (Twin("value", "sigmoid(z1[0])", ("1/1 + exp(-z1[0])",)),
            Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",))),
           batch=107,
           why="1/1+e^(-z) as written is 1 + e^(-z), not 1/(1 + e^(-z)): wrong; the slope right (z the hidden "
               "neuron's input)"),
    # ---- Adam Mickiewicz University's handout (bnaskrecki): a Markdown table's rows, \( \) with the page's own
    # colour macros \act{...} and \err{...} around the symbols, \;=\;, \tfrac ---------------------------------------------
    Public("bn-a", _BN, "b107_bn", "b107_bn",
           r"| \(\act{a_j^{(l)}}\) | Activation (post-\(\sigma\) output) of neuron \(j\) in layer \(l\): "
           r"\(\act{a_j^{(l)}}=\sigma(\act{z_j^{(l)}})\). |", ((C,),), (Twin("value", "{v}", ("{m}",), _BN_A),),
           batch=107, why="every layer l = 1 .. 3"),
    Public("bn-d", _BN, "b107_bn", "b107_bn",
           r"| \(\err{\delta_j^{(l)}}\) | Error signal at neuron \(j\), layer \(l\): \(\err{\delta_j^{(l)}} \;=\; "
           r"\partial\mathcal{L}/\partial z_j^{(l)}\). |", ((C,),), (Twin("value", "{t}", ("{t}",), _BN_D),),
           batch=107, why="the error signal's definition, dL/dz of every unit of the three layers"),
    Public("bn-s", _BN, "b107_bn", "b107_bn",
           r"| \(\sigma\), \(\sigma'\) | Sigmoid activation and its derivative: \(\sigma'(t) = \sigma(t)(1-\sigma(t))\)."
           r" |", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=107, why="t any input of a sigmoid (the first hidden unit's here)"),
    Public("bn-L", _BN, "b107_bn", "b107_bn",
           r"| \(\mathcal{L}\) | Loss function (MSE): \(\mathcal{L} = \tfrac{1}{2}(a^{(L)} - y)^2\). |", ((C,),),
           (Twin("value", "0.5*(a3[0] - y[0])**2", ("0.5*(a3[0] - y[0])**2",)),), batch=107),
    # ---- roastidio.us's notes (Nielsen's letters): "is" for =, $...$ around each side -----------------------------------
    Public("ro-z", _RO, "b107_ro", "b107_ro", r"$z^l$ is $a^{l-1}w^l + b^l$ for the $l^{th}$ layer", ((W,),),
           (Twin("value", "{t}", ("{m}",), _RO_Z),), batch=107,
           why="with w_jk^l from neuron k to neuron j (the page's own definition), a^{l-1}w^l is a row times the "
               "matrix, (w^l)^T a^{l-1}, not w^l a^{l-1}: wrong (or sizes that do not fit, the vectors as columns)"),
    Public("ro-zj", _RO, "b107_ro", "b107_ro",
           r"$z_j^l$ is $\sum_ja_j^{l-1}w_{jk}^l + b_j^l$ for the $j^{th}$ neuron in the $l^{th}$ layer", (), (),
           unreadable="k", batch=107,
           why="the sum runs over j, the left side's own index, and w_{jk}^l names a k with no value (a slip for "
               "\\sum_k a_k^{l-1} w_{jk}^l)"),
    # ---- javatpoint's worked example (Mazur's numbers): plain text, × for the product, one step a line -----------------
    Public("jt-h1f", _JT, "b107_jt", "b107_jt", "H1=x1×w1+x2×w2+b1", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1",)),), batch=107,
           why="H1 the first hidden neuron's sum (the sigmoid after it)"),
    Public("jt-h1n", _JT, "b107_jt", "b107_jt", "H1=0.05×0.15+0.10×0.20+0.35", ((C,),),
           (Twin("value", "z1[0]", ("=0.05*0.15 + 0.10*0.20 + 0.35",)),), batch=107),
    Public("jt-h1", _JT, "b107_jt", "b107_jt", "H1=0.3775", ((C,),), (Twin("value", "z1[0]", ("=0.3775",)),),
           batch=107),
    Public("jt-h2f", _JT, "b107_jt", "b107_jt", "H2=x1×w3+x2×w4+b1", ((C,),),
           (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1] + b1",)),), batch=107),
    Public("jt-h2n", _JT, "b107_jt", "b107_jt", "H2=0.05×0.25+0.10×0.30+0.35", ((C,),),
           (Twin("value", "z1[1]", ("=0.05*0.25 + 0.10*0.30 + 0.35",)),), batch=107),
    Public("jt-h2", _JT, "b107_jt", "b107_jt", "H2=0.3925", ((C,),), (Twin("value", "z1[1]", ("=0.3925",)),),
           batch=107),
    # ---- the BP-SUM PDF on Scribd (a copy of javatpoint's page, at a mirror's address): the output sums, written with
    # H1 and H2 where the numbers are the hidden outputs ----------------------------------------------------------------
    Public("bs-y1f", _BS, "b107_jt", "b107_jt", "y1=H1×w5+H2×w6+b2", ((W,),),
           (Twin("value", "z2[0]", ("z1[0]*W2[0,0] + z1[1]*W2[0,1] + b2",)),), batch=107,
           why="H1 and H2 are the hidden sums (H1=0.3775 on the page), the output's sum takes their sigmoids (the "
               "0.593269992 of the next line): wrong as written"),
    Public("bs-y1n", _BS, "b107_jt", "b107_jt", "y1=0.593269992×0.40+0.596884378×0.45+0.60", ((C,),),
           (Twin("value", "z2[0]", ("=0.593269992*0.40 + 0.596884378*0.45 + 0.60",)),), batch=107),
    Public("bs-y1", _BS, "b107_jt", "b107_jt", "y1=1.10590597", ((C,),), (Twin("value", "z2[0]", ("=1.10590597",)),),
           batch=107),
    Public("bs-y2f", _BS, "b107_jt", "b107_jt", "y2=H1×w7+H2×w8+b2", ((W,),),
           (Twin("value", "z2[1]", ("z1[0]*W2[1,0] + z1[1]*W2[1,1] + b2",)),), batch=107, why="as y1's"),
    Public("bs-y2n", _BS, "b107_jt", "b107_jt", "y2=0.593269992×0.50+0.596884378×0.55+0.60", ((C,),),
           (Twin("value", "z2[1]", ("=0.593269992*0.50 + 0.596884378*0.55 + 0.60",)),), batch=107),
    Public("bs-y2", _BS, "b107_jt", "b107_jt", "y2=1.2249214", ((C,),), (Twin("value", "z2[1]", ("=1.2249214",)),),
           batch=107),
    # ---- askdatascience question 596 (a homework question with its hints): $...$ in a numbered item's sentence, words
    # as names (predicted, target), w_{new} and w_{old} ----------------------------------------------------------------
    Public("ad-J", _AD, "b107_ad", "b107_ad",
           r"1) Define the cost function, $J(w)$, based on the error in backpropagation algorithm: $J(w) = E = "
           r"\frac{1}{2}(predicted - target)^2$, and draw it", ((C, C),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2", "0.5*(a1[0] - y[0])**2")),), batch=107),
    Public("ad-w", _AD, "b107_ad", "b107_ad", r"Hint: $w_{new} = w_{old} - \alpha \frac{\partial E}{\partial w}$",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=107),
    # ---- community.deeplearning.ai thread 82552 (Ng's course): code-like names in prose, X .dz with a spaced dot --------
    Public("dl-dw", _DL, "b107_dl", "b107_dl", "From videos, dw1 = X .dz", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=107,
           why="dw1 = dL/dw1 = x1 dz for one sample, dz = a - y (logistic regression)"),
    Public("dl-up", _DL, "b107_dl", "b107_dl",
           "This means that w1_new = w1 -alpha*dw1. alpha is another parameter to control the step of each gradient. "
           "Once we have calculated new w1,we start the next iteration of gradient descent algorithm to find the next "
           "w1, till our total cost function is minimised or reaches a global minimum assuming it has a global minimum.",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=107),
    # ---- csestack's tutorial: Unicode ŷ and the glyph ϐ printed for the page's sigma -----------------------------------
    Public("cs-y", _CS, "b107_cs", "b107_cs", "ŷ = ϐ(W2ϐ(W1x + b1) + b2)", ((C,),),
           (Twin("value", "a2[0]", (_CS_OUT,)),), batch=107, why="the 2-layer network's output"),
    # ---- Nemotron-CC-Math's copy of "Neural Networks: Feedforward and Backpropagation Explained & Optimization":
    # \[ \] with \boldsymbol and \left( \right) -------------------------------------------------------------------------
    Public("mf-a", _MF, "b107_mf", "b107_mf",
           r"\[ a^{(l)}= \sigma\left( \boldsymbol{W}\boldsymbol{a}^{l-1}+\boldsymbol{b} \right) \]", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}])",), _J2),),
           batch=107, why="the forward rule (one layer here: l = 1, a^0 the input)"),
]
