r"""Batch 105 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus and the issues corpus, with this batch's emphasis:
Japanese, Russian, Chinese and Vietnamese pages deriving the update rules or working a small network in code, Stack
Overflow and GitHub Q&A): yukinaga's Japanese course notebook rendered on GitHub (minnano_dl, section 5: $$...$$ on
lines of their own after their （式N） labels, \leftarrow updates, \begin{aligned} blocks opening with \\, \sum\limits,
\cdots, u_j^{(nl)} with a word as its superscript); trighpro123's Vietnamese notebook (Python in a training loop,
weights in a dictionary keyed by strings, w['11_1'], the sample's index x_1[i], a commented alternative "# delta_1_2 =
..."); antonio-litvinov's Russian notebook ($ on lines of their own, \cdot chains, three claims joined by \\ in one
$...$, \tau_{out_i}, sums over the outputs); SciWake's Russian notebook of Rashid's book (NumPy's @ between named
matrices, $X = W -I$ in a sentence); the e-com-net copy of a Chinese CSDN post (a KaTeX copy's flattened text, spaced
and glued, around the LaTeX of two \begin{aligned} blocks, \bigtriangledown_{y_i} Cost, words as names: logit, bias,
Cost); dennybritz/nn-from-scratch issue 11 (LaTeX between triple backticks); kwi0303's Qiita post (a display's LaTeX
with its trailing \\ and \nabla E); coderoad.ru's Russian machine translation of a Stack Overflow question ("act.
out" with a space, "равен" for =, no left side); MorenovAnton's Russian notebook (a class's self. attributes, np.dot
with input-first weights, printed outputs "layer1 = [0.85814894 0.94267582]", a ReLU derivative taken at the output);
udacity/deep-learning-v2-pytorch issue 409 (Unicode mathematical italic letters 𝑦−𝑦̂ 𝜎′ in backticks) -- copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch105_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A derivative of a quantity that is not the loss (yukinaga's du_j^(nl)/dy, coderoad's df/dx) or of the loss
by a pre-activation or an output (the deltas, dE/dy, dE/dX_j) is twinned as a value, as in batches 14 to 104.
Formulas keep their page's delimiters and what surrounds them on their line (the notebooks' indentation and "# ", the
Russian and English sentences around $...$ and backticks, the triple backticks, the flattened KaTeX text).

The batch: 57 formulas of 59 claims (60 members), 5 of them unreadable (pages that mistyped a letter: yukinaga's 式2
and 式6, whose first member differentiates by w_k, the sum's own letter; two of antonio-litvinov's hidden-layer
formulas, X_j with j where the weight v_rs names r; SciWake's $X = W -I$, the product dot typed as a hyphen); of the
52 read: 40 values (sums and outputs, some printed in numbers, losses, deltas and derivatives by an output or a
pre-activation), 8 gradients, 3 updates and 1 block of two values and two gradients (the Chinese post's four BP
rules). 34 are LaTeX (yukinaga's 18, antonio-litvinov's 10, the Chinese post's 2, the issue's 2 in backticks, Qiita's
1, SciWake's 1 in a sentence), 23 plain text or code (trighpro123's 10 Python lines, SciWake's 4, MorenovAnton's 6
with the printed outputs, coderoad's 2 sentences, the Udacity issue's Unicode 1).

Mistaken (the oracle finds a member wrong): 2 of the 57:

- dennybritz issue 11's ```\delta_3 = y - \hat{y}``` (db-w): the notebook's output error with its sign reversed (for
  softmax with cross-entropy dL/dz = y-hat - y); the issue's correction ```\delta_3 = \hat{y} - y``` (db-c) is right.
- MorenovAnton's Q_w2 = self.learning_rate * self.loss_derivative(self.y, self.output) *
  self.relu_derivative(self.output) (mq-q): loss_derivative(y, output) = y - output is right for the half squared
  error's -dE/doutput, but relu_derivative(x) = (x >= 0) is taken at the ReLU's output, which is never negative, so the
  factor is always 1: -eta dE/dz2 where z2 > 0 (the file's numbers, z2 = 1.99), eta (y - output) instead of 0 where
  z2 < 0.

Not mistaken, though they look it: yukinaga's u = \sum_{k=1}^nw_kx_k + b with its letters glued; the notebook's
repeated y = f(u) and δ = ∂E/∂u (式3, 式7); trighpro123's commented "Cách 1" lines (the squared error's delta and
cost, right on the squared-error network of the tables: the notebook trains with "Cách 2", the binary cross-entropy,
which its hidden deltas follow); MorenovAnton's printed Error = [1.41514021e-05], 1/len(X)*(y - output)**2 with
len(X) = 2, half the squared error.

What was left out: definitions and statements without a claim (yukinaga's u = g(w_1, ..., b), g unnamed, and its
unlabelled product \frac{\partial E}{\partial u_j^{(nl)}}\frac{\partial u_j^{(nl)}}{\partial y}; SciWake's e_1 = (t_1 -
o_1) and its error shares e_hidden = e_output w_11/(w_11 + w_21) + ..., Rashid's split of the error by the weights,
which is no derivative and names no quantity of the spec; the printed arrays under SciWake's cells and MorenovAnton's
np.dot(X, ...)+1 without a name); trighpro123's "Cách 2" lines delta_1_2 = y_1_2 - 1 if y[i] else y_1_2 and J +=
-np.log(y_1_2) if y[i] else -np.log(1 - y_1_2) (Python's conditional expressions, no twin the oracle can write), its
dw['jk_r'] += ... accumulations over the four samples and the updates w[f'{j}{k}_1'] += -mu * dw[f'{j}{k}_1'] (keys
built by f-strings; the accumulated dw names no quantity of the spec), and the prediction cell's forward lines (the
training loop's again); the pages' later formulas, the batch being full at 57: antonio-litvinov's last three (two of
them with the same j-for-r slip, \tau_{in_i} = (\sum_{i=1}^{n} ...) with i both summed and free) and its NumPy loop,
MorenovAnton's dQ_dw2 = Q_w2 * swlf.layer1.reshape(-1, 1) (self typed swlf), the hidden layer's dQ_dw1_1 and the
updates, and its second class's repeated forward lines. Claimed but not used: Frixoe/xor-neural-network issue 1
(δx,L=∇aCx⊙σ′(zx,L), its scripts lost, and dz2 = np.multiply(a2 - y[j], sigmoid(a2, derv=True)), whose truth turns on
the repository's sigmoid(x, derv=True), not in the stored text).

Collected on 2026-12-06 from 14:48 to 14:56 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), at the first load. The oracle agreed with every
verdict first written down. No entry was read by check before the blind run, and nothing under src/ was touched.
Run blind at main dbfc214 (/work/READY_FOR_BLIND40, open when the collecting commit c4769d2 was made at 14:56), the
rebase onto it a no-op (the collecting commit's base was dbfc214), nothing under src/ changed by this branch.
First run (/work/batch105_blind.txt): 42 of 57 read with every verdict right (74%), 10 refused, 4 typo refused, 1 typo
read, no crash, and NO WRONG FORMULA CALLED CORRECT. Of the five unreadable: yk-e2, al-vchain and al-v2 refused
naming the slip's letter ("the index k has no value (w_{k} uses it outside a sum over k)", "the index j has no value
(X_{j} uses it outside a sum over j)", the same for w_{ji}), sw-x refused "adds vectors or matrices of different
sizes in W - I"; yk-e6 (式6) read as (wrong, correct, correct): its first member, by w_k, called wrong, the two after
it right. One refusal was the tables' slip: MorenovAnton's notation wrote the input and layer1, NumPy's 1-D arrays,
as columns ("self.input" = "x[:]", "self.layer1" = "a1[:]"), where np.dot(self.input, self.weights1) uses them as rows,
so mq-l1 was refused with "matrix_product(self.input, self.weights1) multiplies a 2 x 1 by a 2 x 2, whose sizes do not
fit". Fixed in the tables only (x[:].T and a1[:].T); the oracle, run again, agrees with every verdict as committed;
the second run (/work/batch105_blind_second.txt) refuses mq-l1 at its next construct (below) and changes nothing
else: 42 of 57 (74%), 10 refused, 4 typo refused, 1 typo read, no wrong formula called correct, no crash.
tests/test_public_formulas_held_out.py -k "b105-" passes (109); no crash, every refusal one line; nothing for
KNOWN_CRASHES.

By kind of formula: values 32 of 40, gradients 7 of 8, updates 3 of 3, the Chinese post's block of four rules 0 of 1.
LaTeX against plain text and code: the 34 in LaTeX read 27 (79%; 27 of the 29 that are not unreadable, the two others
the KaTeX copy's), the 23 in plain text or code 15 (65%). By page: yukinaga 16 of 18 (the two 式 with the w_k slip:
one typo refused, one typo read), trighpro123 9 of 10, antonio-litvinov 8 of 10 (2 typo refused), SciWake 4 of 5 (1
typo refused), the Chinese post 0 of 2, dennybritz's issue 2 of 2 (db-w's reversed sign called wrong), Qiita 1 of 1,
coderoad.ru 0 of 2, MorenovAnton 2 of 6, the Udacity issue 0 of 1. Of the 2 mistaken formulas, 1 read with its
verdict right (db-w), 1 refused (mq-q).

The refusals by construct (the second run's 10; the first run's mq-l1 above), with the exact message:

- 3, a formula with no left side after prose in a sentence: an answer's "you can use, (target out - act. out) *
  act.out * (1 - act.out)" (cr-err), a derivative stated with the word "равен" (equals), "df/dx равен f(x)(1 - f(x))"
  (cr-df), and an issue's backticked error term (ud-err): "formula 'Чтобы вычислить ошибку в обратной пропаганде, вы
  можете и...': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with
  --param" (cr-df: "formula 'Если вы используете логистический сигмоид для функции акт...': has no left side; ...";
  ud-err: "formula 'You defined backpropagation error as `(𝑦−𝑦̂)𝜎′(𝑥)` in the...': has no left side; ...").
- 2, a KaTeX copy's flattened text, its letters spaced ("δ i ( L ) = ▽ y i C o s t ⋅ σ ′ ( l o g i t i ( L ) )"),
  before the LaTeX of a \begin{aligned} block on the same line (ec-bp, ec-chain): "formula \"\\delta i ( L ) = ▽ y i C
  o s t \\cdot \\sigma ' ( l o g i t...\": cannot read '▽' at position 19; write the formula in LaTeX or plain text (+ -
  * / ^, \frac, \sum)"; ec-chain: "formula '\\partial C o s t \\partial b i a s i ( l ) = \\partial C o ...': expected
  '/' in ∂L/∂w at 'o' (position 13)".
- 1, a commented code line's running total with += (tp-ja, "# J += 0.5 * (y_1_2 - y[i]) ** 2"): "formula 'J += 0.5 *
  (y_1_2 - y[i]) ** 2': 'J' += ... adds one term of a sum (code's running total over a loop); check reads it as the
  sum over the one index letter its term has and 'J' has not, and this term has none; write the whole sum, e.g. h_j =
  \sum_k \delta_k w_{kj}" (the commented delta_1_2 line before it, "# delta_1_2 = ...", read).
- 1, NumPy's printed array, its entries spaced without commas (mq-p1, "layer1 = [0.85814894 0.94267582]"):
  "'[0.85814894 0.94267582]' is a number where the left side is a vector or matrix (2 x 1); write a value for each
  entry, [..., ...], or the claim of one entry (its left side with its indices)".
- 1, a printed number in scientific notation (mq-p3, "Error = [1.41514021e-05]"): "formula 'Error = [1.41514021e-05]':
  the number 05 has a leading zero at '05' (position 22); write 5 for the whole number, or 0.5 for the decimal".
- 1, an object's method of two arguments (mq-q, self.loss_derivative(self.y, self.output), the page's y - output):
  "formula 'Q_w2 = self.learning_rate * self.loss_derivative(self.y, ...': self.loss_derivative(...): a method called
  on an object with 2 arguments, which the notation does not name; write the formula it returns in the notation's
  names (check reads no method's definition it does not see)". The notation could not say it: docs' derivative suffix
  after a loss's word (loss = ["loss"]) names dL/dprediction, output - y, where this page's method returns y - output.
- 1, NumPy's broadcasting of a shared scalar bias onto a layer's vector (mq-l1, np.dot(self.input, self.weights1) +
  self.b1, b1 = 1), second run: "formula 'self.layer1 = self.sigmoid(np.dot(self.input, self.weight...': adds a vector
  or matrix and a number in matrix_product(self.input, self.weights1) + self.b1".

Which look general (would appear in much homework): a formula given in a sentence with no left side (Stack Overflow
answers and their translations, GitHub issues); NumPy's scalar broadcasting (+ self.b1 with one bias for the layer),
printed arrays without commas and scientific notation in printed outputs (every notebook); code's += running totals
(commented or not); methods of a class the notation would have to name. Page-specific: the KaTeX copy's flattened
text with spaced letters (CSDN mirrors such as e-com-net copy it so). Read, among the constructs these pages brought:
（式N） displays with \leftarrow and \begin{aligned} blocks opening with \\, \sum\limits and \cdots; u_j^{(nl)} and
\delta_j^{(nl)} with a word as their superscript; Python's string-keyed dictionary w['11_1'] with the sample's x_1[i];
a commented "# delta_1_2 = ..." line; \tau_{out_i} (a word and its own subscript inside a subscript) and three claims
joined by \\ in one $...$; NumPy's @ between named matrices; LaTeX between triple backticks (the reversed delta_3
called wrong); \nabla E with its display's trailing \\.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch105_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_YK = "https://github.com/yukinaga/minnano_dl"
_TP = "https://github.com/trighpro123/Project_chatbot"
_AL = "https://github.com/antonio-litvinov/ai"
_SW = "https://github.com/SciWake/Deep-Learning"
_EC = "https://e-com-net.com/article/1356493913803796480.htm"
_DB = "https://github.com/dennybritz/nn-from-scratch/issues/11"
_KW = "https://qiita.com/kwi0303/items/e43efa6657ff4b6b59ad"
_CR = "https://coderoad.ru/22134750/В-обратной-пропаганде-зачем-это-необходимо-О-1-О"
_MQ = "https://github.com/MorenovAnton/ExperimentsWithQuantumNetwork"
_UD = "https://github.com/udacity/deep-learning-v2-pytorch/issues/409"


def _lines(*lines: str) -> str:
    return "\n".join(lines)


_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))

# yukinaga's neuron (2 inputs, sigmoid, E = 1/2 (y - t)^2): delta = dE/du
_YK_D = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# the middle layer (2 -> 1 -> 2): dE/dy of the hidden neuron, the next layer's delta_j
_YK_DJ = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_YK_HY = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0]")

# trighpro123's 2 -> 2 -> 1 network: the output's dJ/dv_1_2 for the cross-entropy (a2 - y)
_TP_D2 = "(a2[0] - y[0])"

# antonio-litvinov's 2 -> 3 -> 1 network, E = 1/2 (Y - a)^2: tau_out = dE/dSY, dE/dX_j
_AL_T = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_AL_HX = f"{_AL_T}*W2[0,{{j}}]"

# the e-com-net post's 2 -> 2 -> 2 network, Cost = 1/2 sum (y - t)^2: delta of layer 2 and of layer 1 (0-based i)
_EC_D2 = tuple(f"(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])" for i in range(2))
_EC_D1 = tuple(f"(W2[0,{i}]*{_EC_D2[0]} + W2[1,{i}]*{_EC_D2[1]})*a1[{i}]*(1 - a1[{i}])" for i in range(2))
_EC_DELTA = {1: _EC_D1, 2: _EC_D2}
_EC_B = tuple({"p": f"b{l}[{i}]", "g": _EC_DELTA[l][i]} for l in (1, 2) for i in range(2))
_EC_W = tuple({"p": f"W{l}[{i},{j}]", "g": f"{_EC_DELTA[l][i]}*{'x' if l == 1 else 'a1'}[{j}]"}
              for l in (1, 2) for i in range(2) for j in range(2))
_EC_V2 = tuple({"t": _EC_D2[i], "m": f"(a2[{i}] - y[{i}])*sigmoid(z2[{i}])*(1 - sigmoid(z2[{i}]))"} for i in range(2))
_EC_V1 = tuple({"t": _EC_D1[i], "m": f"({_EC_D2[0]}*W2[0,{i}] + {_EC_D2[1]}*W2[1,{i}])*sigmoid(z1[{i}])*"
                                     f"(1 - sigmoid(z1[{i}]))"} for i in range(2))

_EC_BP = ("δ i ( L ) = ▽ y i C o s t ⋅ σ ′ ( l o g i t i ( L ) ) δ i ( l ) = ∑ j δ j ( l + 1 ) w j i ( l + 1 ) σ ′ ( l o "
          "g i t i ( l ) ) ∂ C o s t ∂ b i a s i ( l ) = δ i ( l ) ∂ C o s t ∂ w i j ( l ) = δ i ( l ) h j ( l − 1 ) "
          r"\begin{aligned} \delta_i^{(L)} &= \bigtriangledown_{y_i} Cost \cdot \sigma'(logit_i^{(L)}) \\ "
          r"\delta_i^{(l)} &= \sum_j \delta_j^{(l+1)} w_{ji}^{(l+1)} \sigma'(logit_i^{(l)}) \\ \frac{\partial Cost}"
          r"{\partial bias_i^{(l)}} &= \delta_i^{(l)} \\ \frac{\partial Cost}{\partial w_{ij}^{(l)}} &= \delta_i^{(l)} "
          r"h_j^{(l-1)} \end{aligned} "
          "δi(L)δi(l)∂biasi(l)∂Cost∂wij(l)∂Cost=▽yiCost⋅σ′(logiti(L))=j∑δj(l+1)wji(l+1)σ′(logiti(l))=δi(l)=δi(l)"
          "hj(l−1)")
_EC_CHAIN = ("∂ C o s t ∂ b i a s i ( l ) = ∂ C o s t ∂ l o g i t i ( l ) ⋅ ∂ l o g i t i ( l ) ∂ b i a s i ( l ) ∂ C o s t "
             "∂ w i j ( l ) = ∂ C o s t ∂ l o g i t i ( l ) ⋅ ∂ l o g i t i ( l ) ∂ w i j ( l ) "
             r"\begin{aligned} \frac{\partial Cost}{\partial bias_i^{(l)}} &= \frac{\partial Cost}{\partial "
             r"logit_i^{(l)}} \cdot \frac{\partial logit_i^{(l)}}{\partial bias_i^{(l)}} \\ \frac{\partial Cost}"
             r"{\partial w_{ij}^{(l)}} &= \frac{\partial Cost}{\partial logit_i^{(l)}} \cdot \frac{\partial "
             r"logit_i^{(l)}}{\partial w_{ij}^{(l)}} \end{aligned} "
             "∂biasi(l)∂Cost∂wij(l)∂Cost=∂logiti(l)∂Cost⋅∂biasi(l)∂logiti(l)=∂logiti(l)∂Cost⋅∂wij(l)∂logiti(l)")


ENTRIES = [
    # ---- yukinaga's Japanese notebook (minnano_dl, section 5, 03_backpropagation): $$...$$ on lines of their own
    # (the （式N） labels on the lines before), \leftarrow updates, \begin{aligned} blocks opening with \\, \sum\limits,
    # \cdots, u_j^{(nl)} with a word as its superscript -------------------------------------------------------------
    Public("yk-u", _YK, "b105_yk", "b105_yk", r"$$u = \sum_{k=1}^nw_kx_k + b$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=105,
           why="a neuron's sum over its n inputs; nw_kx_k glued"),
    Public("yk-y", _YK, "b105_yk", "b105_yk", r"$$y = f(u)$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=105, why="f the activation (the sigmoid here)"),
    Public("yk-fu", _YK, "b105_yk", "b105_yk", r"$$ y = f(u)$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=105,
           why="the same claim restated as a composite function"),
    Public("yk-wup", _YK, "b105_yk", "b105_yk", r"$$ w_i \leftarrow w_i-\eta\frac{\partial E}{\partial w_i} $$",
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=105,
           why="the update rule for every weight w_i"),
    Public("yk-e1", _YK, "b105_yk", "b105_yk",
           r"$$ \frac{\partial E}{\partial w_i}=\frac{\partial E}{\partial u}\frac{\partial u}{\partial w_i} $$",
           ((C,),), (Twin("gradient", "W1[0,{i}]", (f"{_YK_D}*x[{{i}}]",), _I2),), batch=105, why="（式1）"),
    Public("yk-e2", _YK, "b105_yk", "b105_yk",
           _lines(r"$$ \begin{aligned} \\",
                  r"\frac{\partial u}{\partial w_i} & = \frac{\partial (\sum\limits_{k=1}^n x_k w_k + b)}{\partial w_k}"
                  r" \\",
                  r"& = \frac{\partial}{\partial w_i}(x_1 w_{1}+x_2w_{2}+\cdots +x_iw_i+\cdots + x_nw_n + b) \\",
                  r"& = x_i",
                  r"\end{aligned} $$"), (), (), unreadable="w_k", batch=105,
           why="（式2） du/dw_i = x_i, but its first member differentiates by w_k, k the sum's own letter (a slip for "
               "w_i): as written the member has a free k and no value"),
    Public("yk-e3", _YK, "b105_yk", "b105_yk", r"$$ \delta = \frac{\partial E}{\partial u} $$ ", ((C,),),
           (Twin("value", _YK_D, (_YK_D,)),), batch=105, why="（式3） delta named dE/du"),
    Public("yk-e4", _YK, "b105_yk", "b105_yk", r"$$ \frac{\partial E}{\partial w_i} = x_i\delta $$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"x[{{i}}]*{_YK_D}",), _I2),), batch=105, why="（式 4）"),
    Public("yk-bup", _YK, "b105_yk", "b105_yk", r"$$ b \leftarrow b-\eta\frac{\partial E}{\partial b} $$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=105),
    Public("yk-e5", _YK, "b105_yk", "b105_yk",
           r"$$ \frac{\partial E}{\partial b}=\frac{\partial E}{\partial u}\frac{\partial u}{\partial b} $$", ((C,),),
           (Twin("gradient", "b1[0]", (_YK_D,)),), batch=105, why="（式5）"),
    Public("yk-e6", _YK, "b105_yk", "b105_yk",
           _lines(r"$$ \begin{aligned} \\",
                  r"\frac{\partial u}{\partial b} & = \frac{\partial (\sum\limits_{k=1}^n x_k w_k + b)}{\partial w_k}"
                  r" \\",
                  r"& = \frac{\partial}{\partial b}(x_1 w_{1}+x_2w_{2}+\cdots +x_iw_i+\cdots + x_nw_n + b) \\",
                  r"& = 1",
                  r"\end{aligned} $$"), (), (), unreadable="w_k", batch=105,
           why="（式6） du/db = 1, its first member copied from 式2 with the denominator dw_k (a slip for db)"),
    Public("yk-e7", _YK, "b105_yk", "b105_yk", r"$$ \delta = \frac{\partial E}{\partial u} $$ ", ((C,),),
           (Twin("value", _YK_D, (_YK_D,)),), batch=105, why="（式7）, 式3 restated for the bias"),
    Public("yk-e8", _YK, "b105_yk", "b105_yk", r"$$ \frac{\partial E}{\partial b} = \delta $$", ((C,),),
           (Twin("gradient", "b1[0]", (_YK_D,)),), batch=105, why="（式 8）"),
    Public("yk-e9", _YK, "b105_yk", "b105_yk",
           r"$$ \delta = \frac{\partial E}{\partial u} = \frac{\partial E}{\partial y}\frac{\partial y}{\partial u} $$ ",
           ((C, C),), (Twin("value", _YK_D, (_YK_D, _YK_D)),), batch=105, why="（式9）"),
    Public("yk-e10", _YK, "b105_yk2", "b105_yk2",
           _lines(r"$$ \begin{aligned} \\",
                  r"\frac{\partial E}{\partial y} & = \sum_{j=1}^m\frac{\partial E}{\partial u_j^{(nl)}}\frac{\partial "
                  r"u_j^{(nl)}}{\partial y} \\",
                  r"\end{aligned} $$"), ((C,),), (Twin("value", _YK_HY, (_YK_HY,)),), batch=105,
           why="（式 10） the middle layer's neuron: dE/dy (of the loss by the neuron's output) over the next layer's m "
               "neurons"),
    Public("yk-e11", _YK, "b105_yk2", "b105_yk2", r"$$ \delta_j^{(nl)} = \frac{\partial E}{\partial u_j^{(nl)}} $$",
           ((C,),), (Twin("value", _YK_DJ, (_YK_DJ,), _J2),), batch=105, why="（式11）"),
    Public("yk-e12", _YK, "b105_yk2", "b105_yk2", r"$$\frac{\partial u_j^{(nl)}}{\partial y} = w_j^{(nl)}$$", ((C,),),
           (Twin("value", "W2[{j},0]", ("W2[{j},0]",), _J2),), batch=105,
           why="（式12） a derivative of a sum, not of the loss: the weight on y"),
    Public("yk-e13", _YK, "b105_yk2", "b105_yk2",
           _lines(r"$$ \begin{aligned} \\",
                  r"\frac{\partial E}{\partial y} & = \sum_{j=1}^m\delta_j^{(nl)}w_j^{(nl)} \\",
                  r"\end{aligned} $$"), ((C,),), (Twin("value", _YK_HY, (_YK_HY,)),), batch=105),
    # ---- trighpro123's Vietnamese notebook (Tìm hiểu mạng nơ-ron): Python in a training loop, weights in a dict keyed
    # by strings (w['11_1']), the sample's index [i], a commented alternative (# delta_1_2 = ..., # J += ...) --------
    Public("tp-v11", _TP, "b105_tp", "b105_tp", "        v_1_1 = w['10_1'] + x_1[i] * w['11_1'] + x_2[i] * w['12_1']",
           ((C,),), (Twin("value", "z1[0]", ("b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=105,
           why="w['10_1'] the bias (k = 0), x_1[i] input 1 of sample i"),
    Public("tp-v21", _TP, "b105_tp", "b105_tp", "        v_2_1 = w['20_1'] + x_1[i] * w['21_1'] + x_2[i] * w['22_1']",
           ((C,),), (Twin("value", "z1[1]", ("b1[1] + x[0]*W1[1,0] + x[1]*W1[1,1]",)),), batch=105),
    Public("tp-y11", _TP, "b105_tp", "b105_tp", "        y_1_1 = sigmoid(v_1_1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=105),
    Public("tp-y21", _TP, "b105_tp", "b105_tp", "        y_2_1 = sigmoid(v_2_1)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=105),
    Public("tp-v12", _TP, "b105_tp", "b105_tp", "        v_1_2 = w['10_2'] + y_1_1 * w['11_2'] + y_2_1 * w['12_2']",
           ((C,),), (Twin("value", "z2[0]", ("b2[0] + a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=105),
    Public("tp-y12", _TP, "b105_tp", "b105_tp", "        y_1_2 = sigmoid(v_1_2)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=105),
    Public("tp-d12a", _TP, "b105_tp2", "b105_tp", "        # delta_1_2 = (y_1_2 - y[i]) * sigmoid_derivative(v_1_2)",
           ((C,),), (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])",
                          ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=105,
           why="'Cách 1' (commented out): the output's delta for the squared error; sigmoid_derivative(x) = "
               "sigmoid(x)(1 - sigmoid(x)), defined at the notebook's top"),
    Public("tp-ja", _TP, "b105_tp2", "b105_tp", "        # J += 0.5 * (y_1_2 - y[i]) ** 2", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=105,
           why="'Cách 1' (commented out): the cost summed over the samples i, one sample's term"),
    Public("tp-d11", _TP, "b105_tp", "b105_tp",
           "        delta_1_1 = (delta_1_2 * w['11_2']) * sigmoid_derivative(v_1_1)", ((C,),),
           (Twin("value", f"{_TP_D2}*W2[0,0]*a1[0]*(1 - a1[0])",
                 (f"({_TP_D2}*W2[0,0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=105,
           why="the hidden neuron's dJ/dv_1_1 under 'Cách 2' (binary cross-entropy, delta_1_2 = y_1_2 - y)"),
    Public("tp-d21", _TP, "b105_tp", "b105_tp",
           "        delta_2_1 = (delta_1_2 * w['12_2']) * sigmoid_derivative(v_2_1)", ((C,),),
           (Twin("value", f"{_TP_D2}*W2[0,1]*a1[1]*(1 - a1[1])",
                 (f"({_TP_D2}*W2[0,1])*sigmoid(z1[1])*(1 - sigmoid(z1[1]))",)),), batch=105),
    # ---- antonio-litvinov's Russian notebook: $ on lines of their own around each formula, \cdot chains, three
    # claims in one $ joined by \\, \tau_{out_i} (a subscript holding a word and its own subscript), sums over the
    # outputs i; its hidden layer's formulas write X_j where the weight v_rs names r -------------------------------
    Public("al-chain", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial w_{ji}} = \frac{\partial E}{\partial Y_{i}} \cdot \frac{\partial "
                       r"Y_{i}}{\partial SY_{i}} \cdot \frac{\partial SY_{i}}{\partial w_{ji}}", "$"), ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_AL_T}*a1[{{j}}]",), _J3),), batch=105,
           why="w_ji from hidden j to output i (one output: i = 1)"),
    Public("al-comp", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial Y_{i}} = Y_{i} - a_{i} \\ \frac{\partial Y_{i}}{\partial SY_{i}} = "
                       r"Y_{i} \cdot (1 - Y_{i}) \\ \frac{\partial SY_{i}}{\partial w_{ji}} = X_{j}", "$"),
           ((C,), (C,), (C,)),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),
            Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),
            Twin("value", "a1[{j}]", ("a1[{j}]",), _J3)), batch=105,
           why="three claims joined by \\\\ in one $...$: dE/dY (E with 1/2), the sigmoid's slope, and the derivative of "
               "the sum SY_i by w_ji"),
    Public("al-res", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial w_{ji}} = (Y_{i} - a_{i}) \cdot Y_{i} \cdot (1 - Y_{i}) \cdot X_{j}",
                  "$"), ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_AL_T}*a1[{{j}}]",), _J3),), batch=105),
    Public("al-tau", _AL, "b105_al", "b105_al",
           _lines("$", r"\tau_{out_i} = \frac{\partial E}{\partial Y_{i}} \cdot \frac{\partial Y_{i}}{\partial SY_{i}} "
                       r"\\", r"\tau_{out_i} = (Y_{i} - a_{i}) \cdot Y_{i} \cdot (1 - Y_{i})", "$"), ((C,), (C,)),
           (Twin("value", _AL_T, (_AL_T,)), Twin("value", _AL_T, (_AL_T,))), batch=105,
           why="the output neuron's error tau_out_i = dE/dSY_i, named and then written out"),
    Public("al-taux", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial w_{ji}} = \tau_{out_i} \cdot X_{j}", "$"), ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_AL_T}*a1[{{j}}]",), _J3),), batch=105),
    Public("al-vchain", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial v_{rs}} = \frac{\partial E}{\partial X_{j}} \cdot \frac{\partial "
                       r"X_{j}}{\partial SX_{j}} \cdot \frac{\partial SX_{j}}{\partial v_{rs}}", "$"), (), (),
           unreadable="j", batch=105,
           why="dE/dv_rs through the hidden neuron the weight feeds, written X_j with j where the weight names r: j "
               "has no value in the formula"),
    Public("al-dx1", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial X_{j}} = \sum_{i=1}^{n} \frac{\partial E}{\partial Y_{i}} \cdot "
                       r"\frac{\partial Y_{i}}{\partial SY_{i}} \cdot \frac{\partial SY_{i}}{\partial X_{j}}", "$"),
           ((C,),), (Twin("value", _AL_HX, (_AL_HX,), _J3),), batch=105,
           why="dE by the hidden output X_j, a sum over the n = 1 outputs"),
    Public("al-dx2", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial X_{j}} = \sum_{i=1}^{n} (Y_{i} - a_{i}) \cdot Y_{i} \cdot (1 - "
                       r"Y_{i}) \cdot w_{ji} ", "$"), ((C,),), (Twin("value", _AL_HX, (_AL_HX,), _J3),), batch=105),
    Public("al-dx3", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial X_{j}} = \sum_{i=1}^{n} \tau_{out_i} \cdot w_{ji}", "$"), ((C,),),
           (Twin("value", _AL_HX, (_AL_HX,), _J3),), batch=105),
    Public("al-v2", _AL, "b105_al", "b105_al",
           _lines("$", r"\frac{\partial E}{\partial v_{rs}} = (\sum_{i=1}^{n} \tau_{out_i} \cdot w_{ji}) \cdot "
                       r"\frac{\partial X_{j}}{\partial SX_{j}} \cdot \frac{\partial SX_{j}}{\partial v_{rs}}", "$"), (),
           (), unreadable="j", batch=105, why="the same slip: j for the weight's r"),
    # ---- SciWake's Russian notebook (Rashid's "Make Your Own Neural Network" worked in NumPy): $...$ in a sentence
    # whose product dot became a hyphen, and NumPy's @ between the code's named matrices --------------------------
    Public("sw-x", _SW, "b105_sw", "b105_sw",
           "Как уже было показано, сглаженные комбинированные входные сигналы для этого слоя определяются выражением "
           "$X = W -I$, где $I$ — матрица входных сигналов, a $W$ — матрица весов.", (), (), unreadable="-I",
           batch=105, why="the book's X = W·I with its product dot typed as a hyphen: W minus I, a matrix less a column"),
    Public("sw-h", _SW, "b105_sw", "b105_sw", "X_hidden = w_input_hidden @ I", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J3),), batch=105),
    Public("sw-hs", _SW, "b105_sw", "b105_sw", "X_hsigmoid = sigmoid(X_hidden)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=105),
    Public("sw-o", _SW, "b105_sw", "b105_sw", "X_output = w_hidden_output @ X_hsigmoid", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2]",), _J3),), batch=105),
    Public("sw-os", _SW, "b105_sw", "b105_sw", "X_osigmoid = sigmoid(X_output)", ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])",), _J3),), batch=105),
    # ---- the e-com-net copy of a Chinese CSDN post: a KaTeX copy's flattened text (spaced letters, then glued)
    # around the LaTeX of \begin{aligned} blocks, \bigtriangledown_{y_i} Cost, \sigma', words as names (logit, bias,
    # Cost) ---------------------------------------------------------------------------------------------------------
    Public("ec-bp", _EC, "b105_ec", "b105_ec", _EC_BP, ((C,), (C,), (C,), (C,)),
           (Twin("value", "{t}", ("{m}",), _EC_V2), Twin("value", "{t}", ("{m}",), _EC_V1),
            Twin("gradient", "{p}", ("{g}",), _EC_B), Twin("gradient", "{p}", ("{g}",), _EC_W)), batch=105,
           why="BP's four rules: the output layer's delta (y_i the output, the gradient of Cost by it a2 - t), the "
               "hidden layer's (l = 1, the only l with an l + 1), and the bias and weight gradients for l = 1, 2"),
    Public("ec-chain", _EC, "b105_ec", "b105_ec", _EC_CHAIN, ((C,), (C,)),
           (Twin("gradient", "{p}", ("{g}",), _EC_B), Twin("gradient", "{p}", ("{g}",), _EC_W)), batch=105,
           why="the chains through logit_i^(l) for the bias and the weight"),
    # ---- dennybritz/nn-from-scratch issue 11: LaTeX between triple backticks on lines of their own ---------------
    Public("db-w", _DB, "b105_db", "b105_db", "```\\delta_3 = y - \\hat{y}```", ((W,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("t[{k}] - a2[{k}]",), _K2),), batch=105,
           why="the notebook's delta_3 as the issue quotes it: the sign reversed (softmax with cross-entropy: "
               "y-hat - y)"),
    Public("db-c", _DB, "b105_db", "b105_db", "```\\delta_3 = \\hat{y} - y```", ((C,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=105,
           why="the issue's correction"),
    # ---- kwi0303's Qiita post (Japanese): a display's LaTeX with its trailing \\, \nabla E ------------------------
    Public("kw-upd", _KW, "b105_kw", "b105_kw", r"w^{(t+1)}=w^{(t)}-\eta\nabla E\\", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), param="W1[0,0]", batch=105,
           why="gradient descent for any weight (w11 of the first layer here)"),
    # ---- coderoad.ru (a Russian machine translation of a Stack Overflow question and answer): formulas in prose,
    # "act. out" with a space, "равен" (equals) for = --------------------------------------------------------------
    Public("cr-err", _CR, "b105_cr", "b105_cr",
           "Чтобы вычислить ошибку в обратной пропаганде, вы можете использовать, "
           "(target out - act. out) * act.out * (1 - act.out)", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=105,
           why="the output unit's error signal -dE/dnet for E = 1/2 (target - out)^2, with no left side"),
    Public("cr-df", _CR, "b105_cr", "b105_cr",
           "Если вы используете логистический сигмоид для функции активации, то если f(x) является результатом "
           "сигмоида для активиции x, то производный результат df/dx равен f(x)(1 - f(x)).", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=105,
           why="the logistic function's slope, stated with the word 'равен'; a derivative of the activation, twinned "
               "as a value"),
    # ---- MorenovAnton's Russian notebook: a class's methods (self.), np.dot with input-first weights, a notebook's
    # printed outputs "name = [numbers]", a relu derivative taken at the output ------------------------------------
    Public("mq-l1", _MQ, "b105_mq", "b105_mq",
           "        self.layer1 = self.sigmoid(np.dot(self.input, self.weights1)+self.b1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1)",), _J2),), batch=105,
           why="np.dot(x, weights1): the page's weights1 is input-first, the transpose of W1"),
    Public("mq-out", _MQ, "b105_mq", "b105_mq",
           "        self.output = self.relu(np.dot(self.layer1, self.weights2)+self.b2)", ((C,),),
           (Twin("value", "a2[0]", ("relu(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2)",)),), batch=105),
    Public("mq-p1", _MQ, "b105_mq", "b105_mq", "layer1 = [0.85814894 0.94267582]", ((C,),),
           (Twin("value", "a1[{j}]", ("=np.array([0.85814894, 0.94267582])",), _J2),), batch=105,
           why="the printed hidden outputs, sigmoid(1.8) and sigmoid(2.8)"),
    Public("mq-p2", _MQ, "b105_mq", "b105_mq", "Output = [1.99467996]", ((C,),),
           (Twin("value", "a2[0]", ("=1.99467996",)),), batch=105),
    Public("mq-p3", _MQ, "b105_mq", "b105_mq", "Error = [1.41514021e-05]", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("=1.41514021e-05",)),), batch=105,
           why="1/len(X)*(y - output)**2 with len(X) = 2: half the squared error"),
    Public("mq-q", _MQ, "b105_mq", "b105_mq",
           "        Q_w2 = self.learning_rate * self.loss_derivative(self.y, self.output) * "
           "self.relu_derivative(self.output)", ((W,),),
           (Twin("value", "-eta*(a2[0] - y[0])*Heaviside(z2[0])", ("eta*(y[0] - a2[0])*1",)),), batch=105,
           why="-eta dE/dz2 with loss_derivative(y, output) = y - output and relu_derivative(x) = (x >= 0) taken at "
               "the output, always 1 for a ReLU's output: right where z2 > 0 (the file's numbers), wrong where "
               "z2 < 0 (the true slope 0)"),
    # ---- udacity/deep-learning-v2-pytorch issue 409: Unicode mathematical italic letters in backticks -------------
    Public("ud-err", _UD, "b105_ud", "b105_ud", "You defined backpropagation error as `(𝑦−𝑦̂)𝜎′(𝑥)` in the notebook:",
           ((C,),), (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])",
                          ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=105,
           why="the error term -dE/dh of the notebook's sigmoid unit (x its input h), with no left side"),
]
