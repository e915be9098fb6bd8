r"""Batch 171 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on lecture notes and
course material in languages other than English: the general delta rule with layer indices, matrix forms, bias
gradients, updates; every address a stored file whose repository the index does not name): a Chinese week-3 study
note (stored file 38980572343: a 2-2-1 sigmoid network's backward pass in inline $ formulas, several to a line,
with \left[ ... \right] and \sigma'(a_1)), a Chinese Markdown note on Nielsen's four equations (stored file
30084882208: "- **公式一**：$$\displaystyle ...$$" list items, sigma^{'}, quoted derivations with \sum_k), a Japanese
Hugo note (stored file 38305848778: {{< displaymath >}} shortcodes, input-first w_{ij}^l with layers from 0, :=,
\bm{y}^{l-1} \left(\bm{\delta}^{l}\right)^{\top}), a Russian note on a one-layer ReLU perceptron (stored file
62900836932: \mathcal{L}, \delta_{z_i}, \boldsymbol{\delta_z}, the derivative by the input), a Chinese overview of
deep learning (stored file 31144949599: lines of an align* block with & and \\, \delta^{(l)T}), a Russian digit
recognizer (stored file 13348145442: Ng's names on rows with Russian # comments, (Z1 > 0)), a Portuguese XOR script
(stored file 7591728343: += updates with the code's deltas), a Vietnamese skip-gram script (stored file
45479291730: np.outer, self.w1 = self.w1 - (self.eta * dl_dw1)), a Chinese study note's MLP code block (stored file
68493475123: reshape(-1, 1) products, -= updates) and a Chinese note on the error terms (stored file 26148965025:
```math blocks with f^\prime and an unindexed \sum, then Udacity's exercise script). Copied verbatim, typos and
mistakes included (the JSON-escaped text of the stored files decoded; a display's formula line taken without its
$$ or shortcode lines, as the page's own line; an inline formula of a line holding several taken alone, its $
kept), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: Ng's d names as the gradients, transposed where the samples are
rows, "dW2" = "grad(W2[:, :]).T"; the code's deltas that are -dE/dz written "-grad(z2[:]).T" where the updates add
them; helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given and "sigmoid' at
input" where they compute sigmoid(x) (1 - sigmoid(x)); Nielsen's counting for the Nielsen note (the input layer 1, L
= 3), the Japanese note's layers from its input's 0 with nodes from 1 ("第 l 層 j 番目") and its f_1, f_2, f_L; the
Chinese week-3 note's a the output's sum and a_1 hidden unit 1's sum, as it names them), a network of the kind the
page describes (no page gives numbers; the rates the files write, 0.02, 0.1, 0.01, 0.005, and 0.1 where a page
names none; the Japanese note's activations, which it leaves open (f_l per layer), tanh hidden and a sigmoid
output; the Chinese overview's network 2-2-2, so that every W^{(l)} is square; all in
tests/public_formulas_batch171_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta or error (error,
d_output, error_hidden_layer, d_hidden_layer, output_error_term, hidden_error, hidden_error_term, dA1,
d_loss_pred), a page's delta (delta_j^l, delta_k, delta_j) and a derivative by an output or an input (dL/dh_1, dL/dx_j,
dL/dx) are twinned as values, as in batches 14 to 170. Formulas keep what surrounds them on their line (a code
line's indentation and trailing # comment, a list item's bold label, a quoted line's >, an align line's & and \\,
a display line's indentation); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 171

The batch: 58 formulas from 10 addresses (the Chinese week-3 note 7, the Nielsen note 6, the Japanese note 4, the
Russian perceptron note 6, the Chinese overview 3, the Russian digit recognizer 8, the Portuguese XOR script 6, the
Vietnamese skip-gram script 4, the Chinese MLP code 7, the error-terms note 7). 29 are in documents (Markdown with
$ and $$, displaymath shortcodes, an align* block, ```math blocks), 29 in code (Python/NumPy). By kind: 7 deltas
(dL/dz of a layer), 24 gradients (9 of them biases'), 19 values, 7 updates, 1 mistyped.

2 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the Japanese note's ja-def, \delta_{j}^{l} := \frac{\partial E}{\partial u_{j}^{l}} = \frac{\partial E}{\partial
  y_{j}^{l}} f_L'(u_{j}^{l}): the definition is right, its chain takes the OUTPUT layer's activation's slope f_L' at
  every layer l (the note's next section writes f_l'); wrong at the tanh hidden layer, where the sigmoid's slope is
  not tanh's (the note warns of index slips: 特に添字などのミスがあると思う);
- the Chinese overview's cn-w, \frac{\partial J}{\partial W^{(l)}} &= a^{(l-1)}\delta^{(l)T} \\: the transpose of
  the gradient, where its own forward line is z^{(l)} = W^{(l)}a^{(l-1)} + b^{(l)} (W^{(l)} output-first: the
  gradient is delta^{(l)} (a^{(l-1)})^T); on the 2-2-2 network the shapes agree and the entries do not;
- mistyped (unreadable): the error-terms note's zm-dw, \Delta w_{ij} = \eta*\delta^k_j * x_i: delta^k_j, which the
  note explains as the output layer's error in a hidden weight's step, and x_i as the hidden layer's output, names
  no teacher's table can give one meaning (unreadable="\\delta^k_j").

Not mistaken, though they look it: the week-3 note's chains written with -(y - y_hat) (the minus kept outside);
the Nielsen note's BP2 derivation ending \sigma' (z^l_j) with a space; the Russian perceptron's sums over i = 1 ... m
(m the outputs' count, unnamed); the Vietnamese script's dl_dw1 with no slope (its hidden layer is linear) and its
e.T of a 1-D array; the Chinese MLP's d_bias2 = d_loss_pred (its output is linear); the Udacity script's
np.dot(output_error_term , weights_hidden_output) (one output: the weight vector scaled).

What was left out: the week-3 note's forward lines, its update display with three updates on a line (w_{ij} \gets
..., \quad w_i \gets ..., \quad b_i \gets ...), its matrix sections (a bias vector added to a scalar, and
\theta updates with superscripts for steps) and its first dL/dw_1 display (repeated in the inline one); the Nielsen
note's BP3 and BP4 derivations (chains with \frac{\partial (w_{jk}^l a_k^{l-1}+b_j^l)}{\partial w_{jk}^l} and * 1)
and its cost functions; the Japanese note's multi-line displays (\frac{\partial E}{\partial y_{j}^{l}} on one
line, = \sum_k ... on the next), its align continuations (&= ...), its cases blocks, its element equated to a matrix
(\frac{\partial E}{\partial w_{ij}^{l}} = \bm{y}^{l-1} (\bm{\delta}^{l})^{\top}, written once and corrected in its
summary to W^{l}, the one taken), its layer-splitting and mini-batch sections (other networks); the Russian
perceptron's dz_i/dW_ij = x_j and dz_i/dx_j = W_ij (derivatives of a sum, not of the loss) and its chain for
dL/dx_j (a duplicate of the kind taken); the Chinese overview's SGD, momentum and Adam displays (theta_t over
steps) and its forward align; the Russian script's forward, loss and the updates beyond W2; the Portuguese script's
forward pass; the Vietnamese script's EI list comprehension (a sum over the context words) and loss line; the
Chinese MLP's d_hidden = np.dot(d_loss_pred, self.weights2.T) (a name whose meaning changes on the next line,
d_hidden[hidden_layer <= 0] = 0) and its other updates; the Udacity script's accumulations (del_w_hidden_output +=
output_error_term * hidden_output, summed over records) and its updates divided by n_records. Pages read and not
taken: a German blog post's \begin{equation} blocks (stored file 5830211349: only two of Nielsen's equations and
optimizer updates over steps t), a Chinese React page with InlineMath (stored file 71550305877), a Spanish
Markdown summary (stored file 61641994827: the same four lines as the Chinese overview's and the Nielsen note's), a
French note on a neuron's derivatives (stored file 24045183938: derivatives of the activation, not of a loss),
a Chinese recursive-network note (stored file 29829545431: trees, not layers), and several used by earlier batches
(ZHE2018/network, zxRobot/LeNet, kaifeng/llm-learn).

Collected on 2026-12-07 (22:28 to 22:36 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network, the [notation] table in the problem file) before
the oracle's run, without judging a formula: all 10 loaded as first written. The oracle's first run passed every
verdict as first transcribed (57 entries and the batch's two checks; the mistyped entry has no verdicts).

Run blind at main 3a066af (/work/READY_FOR_BLIND64; src/ as at 3a066af, main's tip when the batch was collected;
the rebase a no-op), with nothing under src/ changed. The first run (/work/batch171_blind.txt): 56 of 58 read with
every verdict right (97%), 1 refused, 1 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. The one refusal is not a slip of the notation (the format has no way to name a per-layer activation by the
rule's layer letter in a subscript; see below), so the batch was run once; tests/test_public_formulas_held_out.py
-k 171 passed after the rebase, check's never-wrong-called-correct test included.

Of the 2 mistaken formulas, both were read with their wrong member called wrong: ja-def (f_L', the output layer's
slope, at the tanh hidden layer; its definition's member called right) and cn-w (a^{(l-1)}\delta^{(l)T}, the
transposed gradient, with the T inside the superscript). By page: the Chinese week-3 note 7 of 7, the Nielsen note
6 of 6, the Japanese note 3 of 4 (one refused), the Russian perceptron note 6 of 6, the Chinese overview 3 of 3, the
Russian digit recognizer 8 of 8, the Portuguese XOR script 6 of 6, the Vietnamese skip-gram script 4 of 4, the
Chinese MLP code 7 of 7, the error-terms note 6 of 6 (and its typo refused).

The refusals by construct, with the exact message:

- a per-layer activation written with the rule's layer letter as a subscript, f_{l}'(u_{j}^{l}) (the notation
  declaring f_{1}, f_{2} and f_L, as the format documents names with scripts): ja-def2, "formula '\\delta_{j}^{l} =
  \\frac {\\partial E}{\\partial y_{j}^{l}} f...': f'(...) : name the activation f stands for in the notation,
  functions = { f = "sigmoid" }" (the same notation's f_L'(u_{j}^{l}) in ja-def was read, and batch 143's
  g'^{[l]}(Z^{[l]}) with g^{[1]}, g^{[2]} declared was read: the superscript's layer letter is taken, the
  subscript's is not);
- the typo: zm-dw, "formula '\\Delta w_{ij} = \\eta*\\delta^k_j * x_i': unknown symbol \Delta w_{ij}; the notation
  knows \delta, error, h, hidden_error, hidden_error_term, hidden_input, hidden_output, o; give it a meaning in the
  notation's [notation.symbols], e.g. "\Delta w_{ij}" = "a1[0]"" (refused at the step's name, w_{ij} being a name
  the note's table does not give, before its \delta^k_j; blind_batch.py counts it as naming it).

Read, among the constructs these pages brought: inline $ formulas with chains of three members, -(y - \hat{y})
with the minus outside, \left[ ... \right] and \sigma'(a_1); list items with a bold label and a full-width colon
before $$\displaystyle, \sigma^{'} with the prime in braces, superscripts before subscripts (w^l_{jk}, \delta^l_j),
quoted derivations with \sum_k and \sigma' (z) with a space, a definition at every unit of both layers; a
displaymath line with := and f_L' (ja-def called wrong at the hidden layer), \bm{y}^{l-1}
\left(\bm{\delta}^{l}\right)^{\top} on an input-first W^{l}; \mathcal{L}, \delta_{z_i} with a nested subscript,
\boldsymbol{\delta_z}, derivatives by the input written elementwise and as \mathbf{W}^T \boldsymbol{\delta_z}; align
lines with & and a trailing \\, \delta^{(l)T} (cn-w called wrong); Ng's names on rows with Russian # comments,
(Z1 > 0) as the ReLU's slope; += updates with the rate after the product and sigmoid_derivative of the outputs;
np.outer and an update in parentheses; reshape(-1, 1) products; ```math lines with f^\prime, an unindexed \sum and
\delta_kw_{jk} glued; np.dot(output_error_term , weights_hidden_output) with a space before the comma.

Which look general: the refusal of f_{l}' (a per-layer activation named by the rule's layer letter in a
subscript, Bishop's and the Japanese notes' habit, h_l, f_l, sigma_l), where the same name with a superscript
layer (g^{[l]}) is read; the typo's refusal is the page's (page-specific).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch171_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZW = _STORED.format(38980572343, "[TOC]",
                     "a Chinese week-3 study note, 深度学习补遗：反向传播与逻辑回归: a 2-2-1 sigmoid network's "
                     "backward pass derived by hand in inline $ formulas")
_ZN = _STORED.format(30084882208, "<!-- toc -->",
                     "a Chinese Markdown note on neural networks: Nielsen's four equations (公式一 ... 公式四) in $$ "
                     "with \\displaystyle, each followed by its derivation in a quoted line")
_JA = _STORED.format(38305848778, "---",
                     "a Japanese Hugo note, ニューラルネットワーク ノート - 誤差逆伝播の計算: displaymath shortcodes, "
                     "input-first w_{ij}^l, layers from 0 to L")
_RU = _STORED.format(62900836932, "## Производные по весам и по входу",
                     "a Russian Markdown note on a one-layer perceptron with ReLU: the derivatives by the weights and "
                     "by the input, elementwise and in matrix form")
_CN = _STORED.format(31144949599, "# AI人工智能深度学习算法：深度学习的挑战与前景",
                     "a Chinese overview of deep learning's challenges and prospects: section 4's mathematical model of the "
                     "feed-forward network in align* blocks")
_RC = _STORED.format(13348145442, "import tkinter as tk  # Импортируем библиотеку tkinter для создания графического "
                     "интерфейса",
                     "a Russian digit recognizer with a tkinter canvas: a ReLU-softmax network's backward method, "
                     "every line commented in Russian")
_PT = _STORED.format(7591728343, "import numpy as np",
                     "a Portuguese XOR script (Backpropagation (retropropagação)): sigmoid layers without biases, "
                     "+= updates")
_VI = _STORED.format(45479291730, "import numpy as np",
                     "a Vietnamese skip-gram Word2Vec script (lan truyền ngược back_propagation): np.outer gradients "
                     "and the updates")
_ZC = _STORED.format(68493475123, "---",
                     "a Chinese machine-learning study note, 机器学习笔记：从假设空间到神经网络: a Python block of an MLP's training loop with ReLU, "
                     "every step commented in Chinese")
_ZM = _STORED.format(26148965025, "反向传播的输出误差：",
                     "a Chinese Markdown note on the error terms: ```math blocks, then Udacity's backpropagation "
                     "exercise script")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I2J3 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))


def _sig(k: str, layer: int = 2) -> str:
    """dE/dz of a sigmoid output unit under half the squared error."""
    return f"(a{layer}[{k}] - y[{k}])*a{layer}[{k}]*(1 - a{layer}[{k}])"


# the week-3 notes' 2-2-1 sigmoid network: dL/da (the output's sum), dL/dh_1, dL/da_1 (hidden unit 1's sum)
_ZW_D2 = _sig("0")
_ZW_H1 = f"{_ZW_D2}*W2[0,0]"
_ZW_D1 = f"{_ZW_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_ZW_NEG = "-(y[0] - a2[0])*a2[0]*(1 - a2[0])"

# the Nielsen note's 2-3-2 sigmoid network (units from 0): delta of the output (layer 3) and hidden (layer 2) units
_ZN_D2 = {k: _sig(str(k)) for k in range(2)}
_ZN_D1 = {j: "(" + " + ".join(f"W2[{k},{j}]*{_ZN_D2[k]}" for k in range(2)) + f")*a1[{j}]*(1 - a1[{j}])"
          for j in range(3)}
_ZN_DEF = tuple({"t": _ZN_D1[j]} for j in range(3)) + tuple({"t": _ZN_D2[k]} for k in range(2))
_ZN_B = (tuple({"p": f"b1[{j}]", "m": _ZN_D1[j]} for j in range(3))
         + tuple({"p": f"b2[{k}]", "m": _ZN_D2[k]} for k in range(2)))
_ZN_W = (tuple({"p": f"W1[{j},{i}]", "m": f"{_ZN_D1[j]}*x[{i}]"} for j in range(3) for i in range(2))
         + tuple({"p": f"W2[{k},{j}]", "m": f"{_ZN_D2[k]}*a1[{j}]"} for k in range(2) for j in range(3)))

# the Japanese note's 2-3-2 network (tanh hidden, sigmoid output, no biases): dE/dy of a hidden node, the deltas
_JA_D2 = {k: _sig(str(k)) for k in range(2)}
_JA_Y1 = {j: "(" + " + ".join(f"W2[{k},{j}]*{_JA_D2[k]}" for k in range(2)) + ")" for j in range(3)}
_JA_D1 = {j: f"{_JA_Y1[j]}*(1 - a1[{j}]**2)" for j in range(3)}
_JA_WL = tuple({"p": f"W2[{k},{j}]", "m": f"{_JA_D2[k]}*a1[{j}]"} for k in range(2) for j in range(3))
_JA_W = (tuple({"p": f"W1[{j},{i}]", "m": f"{_JA_D1[j]}*x[{i}]"} for j in range(3) for i in range(2)) + _JA_WL)
# delta_j^l = dE/dy_j^l f_L'(u_j^l): the output's slope (the sigmoid's) where the hidden layer's (tanh's) is due
_JA_DEF = (tuple({"t": _JA_D1[j], "m": f"{_JA_Y1[j]}*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"} for j in range(3))
           + tuple({"t": _JA_D2[k], "m": _JA_D2[k]} for k in range(2)))
_JA_DEF2 = tuple({"t": _JA_D1[j]} for j in range(3)) + tuple({"t": _JA_D2[k]} for k in range(2))

# the Russian perceptron's one ReLU layer (3 inputs, 2 outputs) under half the squared error: dL/dz_i
_RU_D = "(a1[{i}] - y[{i}])*Heaviside(z1[{i}])"
_RU_X = " + ".join(f"W1[{i},{{j}}]*(a1[{i}] - y[{i}])*Heaviside(z1[{i}])" for i in range(2))

# the Chinese overview's 2-2-2 sigmoid network: the deltas, and the entries of a^{(l-1)} delta^{(l)T}
_CN_D2 = {k: _sig(str(k)) for k in range(2)}
_CN_D1 = {j: "(" + " + ".join(f"W2[{k},{j}]*{_CN_D2[k]}" for k in range(2)) + f")*a1[{j}]*(1 - a1[{j}])"
          for j in range(2)}
_CN_WT = (tuple({"p": f"W1[{j},{i}]", "m": f"x[{j}]*{_CN_D1[i]}"} for j in range(2) for i in range(2))
          + tuple({"p": f"W2[{k},{j}]", "m": f"a1[{k}]*{_CN_D2[j]}"} for k in range(2) for j in range(2)))
_CN_B = (tuple({"p": f"b1[{j}]", "m": _CN_D1[j]} for j in range(2))
         + tuple({"p": f"b2[{k}]", "m": _CN_D2[k]} for k in range(2)))

# the Russian script's 3-4-3 network (ReLU hidden, softmax with the cross-entropy): dL/dA1[j], dL/dZ1[j]
_RC_A1 = " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - t[{k}])" for k in range(3))
_RC_D1 = f"({_RC_A1})*Heaviside(z1[{{j}}])"

# the Portuguese 2-4-1 sigmoid network (half the squared error): dE/dz2, dE/d(hidden output j), dE/dz1[j]
_PT_D2 = _sig("0")
_PT_A1 = f"W2[0,{{j}}]*{_PT_D2}"
_PT_D1 = f"{_PT_A1}*a1[{{j}}]*(1 - a1[{{j}}])"

# the Vietnamese 3-2-3 network (a linear hidden layer, softmax with the cross-entropy): dL/dh_j
_VI_H = " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - t[{k}])" for k in range(3))

# the Chinese note's 2-3-2 network (ReLU hidden, linear output, the squared error): dL/dy_pred[k], dL/dz1[j]
_ZC_G = "2*(a2[{k}] - y[{k}])"
_ZC_D1 = "(" + " + ".join(f"W2[{k},{{j}}]*2*(a2[{k}] - y[{k}])" for k in range(2)) + ")*Heaviside(z1[{j}])"

# the error-terms note's 3-2-1 sigmoid network (half the squared error): dE/dz2, dE/d(hidden output j), dE/dz1[j]
_ZM_D2 = _sig("0")
_ZM_A1 = f"W2[0,{{j}}]*{_ZM_D2}"
_ZM_D1 = f"{_ZM_A1}*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the Chinese week-3 notes, 1.6.2: a $$ display, then inline $ formulas several to a line (each taken
    # alone); a the output's sum, a_1 hidden unit 1's sum, chains ending in the sigmoid's slope written of y_hat ------
    Public("p171-zw-da", _ZW, "b171_zw", "b171_zw",
           r"\frac{\partial L}{\partial a} = \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial \hat{y}}"
           r"{\partial a} = - (y - \hat{y}) \cdot \sigma'(a)", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_ZW_D2, _ZW_NEG)),), batch=171,
           why="the line of a $$ display (its $$ lines left out): a the output's sum, L = 1/2 (y - y_hat)^2"),
    Public("p171-zw-w1", _ZW, "b171_zw", "b171_zw",
           r"$\frac{\partial L}{\partial w_1} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial w_1} "
           r"= - (y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot h_1$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_ZW_D2}*a1[0]", f"{_ZW_NEG}*a1[0]")),), batch=171,
           why="one of the line's inline formulas, taken alone (the line's prose and its other formulas left out)"),
    Public("p171-zw-b", _ZW, "b171_zw", "b171_zw",
           r"$\frac{\partial L}{\partial b} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial b} = - "
           r"(y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot 1$", ((C, C),),
           (Twin("gradient", "b2[0]", (_ZW_D2, f"{_ZW_NEG}*1")),), batch=171, why="b the output's bias"),
    Public("p171-zw-h1", _ZW, "b171_zw", "b171_zw",
           r"$\frac{\partial L}{\partial h_1} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial h_1} "
           r"= - (y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot w_1$", ((C, C),),
           (Twin("value", _ZW_H1, (_ZW_H1, f"{_ZW_NEG}*W2[0,0]")),), batch=171,
           why="the derivative by hidden unit 1's output, a value"),
    Public("p171-zw-a1", _ZW, "b171_zw", "b171_zw",
           r"$\frac{\partial L}{\partial a_1} = \frac{\partial L}{\partial h_1} \cdot \frac{\partial h_1}{\partial "
           r"a_1} = \left[ - (y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot w_1 \right] \cdot \sigma'(a_1) = "
           r"\left[ - (y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot w_1 \right] \cdot h_1 \cdot (1 - h_1)$",
           ((C, C, C),),
           (Twin("gradient_z", "z1[0]", (_ZW_D1, f"{_ZW_NEG}*W2[0,0]*a1[0]*(1 - a1[0])",
                                         f"{_ZW_NEG}*W2[0,0]*a1[0]*(1 - a1[0])")),), batch=171,
           why="a_1 hidden unit 1's sum (隐藏层激活输入); \\left[ ... \\right] brackets"),
    Public("p171-zw-w11", _ZW, "b171_zw", "b171_zw",
           r"$\frac{\partial L}{\partial w_{11}} = \frac{\partial L}{\partial a_1} \cdot \frac{\partial a_1}"
           r"{\partial w_{11}} = \left[ - (y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot w_1 \cdot h_1 \cdot "
           r"(1 - h_1) \right] \cdot x_1$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_ZW_D1}*x[0]", f"{_ZW_NEG}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]")),),
           batch=171, why="w_{11} joins x_1 to h_1 (h_1 = sigma(w_11 x_1 + w_12 x_2 + b_1))"),
    Public("p171-zw-b1", _ZW, "b171_zw", "b171_zw",
           r"$\frac{\partial L}{\partial b_1} = \frac{\partial L}{\partial a_1} \cdot \frac{\partial a_1}{\partial "
           r"b_1} = \left[ - (y - \hat{y}) \cdot \hat{y} \cdot (1 - \hat{y}) \cdot w_1 \cdot h_1 \cdot (1 - h_1) "
           r"\right]$", ((C, C),),
           (Twin("gradient", "b1[0]", (_ZW_D1, f"{_ZW_NEG}*W2[0,0]*a1[0]*(1 - a1[0])")),), batch=171),
    # ---- the Chinese Nielsen note: list items "- **公式一**：$$\displaystyle ...$$" and quoted derivations "   > $$...$$",
    # sigma^{'} with the prime in braces, superscripts before subscripts (w^l_{jk}) ----------------------------------
    Public("p171-zn-1", _ZN, "b171_zn", "b171_zn",
           r"- **公式一**：$$\displaystyle \delta^L = \frac{\partial C}{\partial a^L} \odot \sigma^{'}(z^L)$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_sig("{k}"),), _K2),), batch=171,
           why="the output error (Nielsen's BP1), a bold label and a full-width colon before it"),
    Public("p171-zn-1j", _ZN, "b171_zn", "b171_zn",
           r"   > $$\displaystyle \delta_j^l = \frac{\partial C}{\partial z_j^l} = \frac{\partial C}{\partial a_j^l} "
           r"\frac{\partial a_j^l}{\partial z_j^l} = \frac{\partial C}{\partial a_j^l} \sigma^{'}(z_j^l)$$",
           ((C, C, C),), (Twin("value", "{t}", ("{t}", "{t}", "{t}"), _ZN_DEF),), batch=171,
           why="delta's definition and the chain rule through the activation, a value at every unit of both layers"),
    Public("p171-zn-2", _ZN, "b171_zn", "b171_zn",
           r"- **公式二**：$$\displaystyle \delta^l = ((w^{l+1})^T \cdot \delta^{l+1}) \odot \sigma^{'}(z^l)$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{d}",), tuple({"j": j, "d": _ZN_D1[j]} for j in range(3))),),
           batch=171, why="l = 2, the hidden layer (L = 3); \\cdot the matrix product"),
    Public("p171-zn-2j", _ZN, "b171_zn", "b171_zn",
           r"   > $$\displaystyle \delta^l_j = \frac{\partial C}{\partial z^l_j} = \sum_k \frac{\partial C}{\partial "
           r"z^{l+1}_k} \frac{\partial z^{l+1}_k}{\partial z^l_j} = \sum_k \delta^{l+1}_k \frac{\partial z^{l+1}_k}"
           r"{\partial z^l_j} = \sum_k \delta^{l+1}_k w^{l+1}_{kj} \sigma' (z^l_j) $$", ((C, C, C, C),),
           (Twin("value", "{d}", ("{d}", "{d}", "{d}", "{d}"), tuple({"d": _ZN_D1[j]} for j in range(3))),),
           batch=171, why="the derivation of BP2 at the hidden layer (l = 2), a value per unit; \\sigma' (z) with a space"),
    Public("p171-zn-3", _ZN, "b171_zn", "b171_zn",
           r"- **公式三**：$$\displaystyle \frac{\partial C}{\partial b^l} = \delta^l$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZN_B),), batch=171, why="every bias of both layers"),
    Public("p171-zn-4", _ZN, "b171_zn", "b171_zn",
           r"- **公式四**：$$\displaystyle \frac{\partial C}{\partial w_{jk}^l} = \delta^l_j a_k^{l-1}$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZN_W),), batch=171, why="every weight, l = 2, 3 (a^1 the input)"),
    # ---- the Japanese note: lines of {{< displaymath >}} shortcodes (two-space indentation), input-first w_{ij}^l,
    # := for a definition, f_L' where f_l' is due, \bm{...} vectors and \left(...\right)^{\top} -------------------------
    Public("p171-ja-wl", _JA, "b171_ja", "b171_ja",
           r"  \frac{\partial E}{\partial w_{ij}^{L}} = \delta_{j}^{L} y_{i}^{L-1}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _JA_WL),), batch=171,
           why="the output layer's weights (L = 2), w_{ij} from node i of layer 1 to node j of layer 2"),
    Public("p171-ja-def", _JA, "b171_ja", "b171_ja",
           r"  \delta_{j}^{l} := \frac{\partial E}{\partial u_{j}^{l}} = \frac{\partial E}{\partial y_{j}^{l}} "
           r"f_L'(u_{j}^{l})", ((C, W),),
           (Twin("value", "{t}", ("{t}", "{m}"), _JA_DEF),), batch=171,
           why="the definition (right) and its chain with f_L', the OUTPUT layer's activation's slope, at every "
               "layer l (the page's slip: the next section writes f_l'); wrong at the tanh hidden layer, where "
               "the sigmoid's slope is not tanh's"),
    Public("p171-ja-def2", _JA, "b171_ja", "b171_ja",
           r"\delta_{j}^{l} = \displaystyle \frac{\partial E}{\partial y_{j}^{l}} f_{l}'(u_{j}^{l})", ((C,),),
           (Twin("value", "{t}", ("{t}",), _JA_DEF2),), batch=171,
           why="the same with f_l', layer l's own activation, a value at both layers"),
    Public("p171-ja-dw", _JA, "b171_ja", "b171_ja",
           r"  \frac{\partial E}{\partial W^{l}} = \bm{y}^{l-1} \left(\bm{\delta}^{l}\right)^{\top}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _JA_W),), batch=171,
           why="W^l = (w_ij^l), input-first (P x Q, P the input's size): the column y^{l-1} times the row delta^l"),
    # ---- the Russian perceptron note: $$ displays (the formula's line taken), \mathcal{L}, \delta_{z_i} with a
    # nested subscript, \boldsymbol{\delta_z}, the derivative by the input ----------------------------------------------
    Public("p171-ru-ch", _RU, "b171_ru", "b171_ru",
           r"\frac{\partial \mathcal{L}}{\partial W_{ij}} = \frac{\partial \mathcal{L}}{\partial z_i} \cdot "
           r"\frac{\partial z_i}{\partial W_{ij}}", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_RU_D}*x[{{j}}]",), _I2J3),), batch=171,
           why="the chain rule through the sum z_i"),
    Public("p171-ru-wij", _RU, "b171_ru", "b171_ru", r"\frac{\partial \mathcal{L}}{\partial W_{ij}} = \delta_{z_i} \cdot x_j",
           ((C,),), (Twin("gradient", "W1[{i},{j}]", (f"{_RU_D}*x[{{j}}]",), _I2J3),), batch=171,
           why="delta_{z_i} = dL/dz_i, the note's local gradient (the ReLU's slope in it)"),
    Public("p171-ru-w", _RU, "b171_ru", "b171_ru",
           r"\frac{\partial \mathcal{L}}{\partial \mathbf{W}} = \boldsymbol{\delta_z}\mathbf{x}^T", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_RU_D}*x[{{j}}]",), _I2J3),), batch=171,
           why="the summary's matrix form (Итог), the column delta_z times the row x^T"),
    Public("p171-ru-b", _RU, "b171_ru", "b171_ru",
           r"\frac{\partial \mathcal{L}}{\partial \mathbf{b}} = \boldsymbol{\delta_z}", ((C,),),
           (Twin("gradient", "b1[{i}]", (_RU_D,), tuple({"i": i} for i in range(2))),), batch=171),
    Public("p171-ru-xj", _RU, "b171_ru", "b171_ru",
           r"\frac{\partial \mathcal{L}}{\partial x_j} = \sum_{i=1}^m W_{ij} \cdot \delta_{z_i}", ((C,),),
           (Twin("value", _RU_X, (_RU_X,), _J3),), batch=171,
           why="the derivative by input j, a value; m the number of outputs (a bound the notation leaves unnamed)"),
    Public("p171-ru-x", _RU, "b171_ru", "b171_ru",
           r"\frac{\partial \mathcal{L}}{\partial \mathbf{x}} = \mathbf{W}^T \boldsymbol{\delta_z}", ((C,),),
           (Twin("value", _RU_X, (_RU_X,), _J3),), batch=171, why="the same in vector form, a value per input"),
    # ---- the Chinese overview, section 4.2: lines of an align* block (& before =, \\ at the end) and a $$ display;
    # the weight gradient written transposed -------------------------------------------------------------------------
    Public("p171-cn-w", _CN, "b171_cn", "b171_cn", r"\frac{\partial J}{\partial W^{(l)}} &= a^{(l-1)}\delta^{(l)T} \\",
           ((W,),), (Twin("gradient", "{p}", ("{m}",), _CN_WT),), batch=171,
           why="a^{(l-1)} delta^{(l)T} is the TRANSPOSE of the gradient where z^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)} "
               "(the page's own forward line: W^{(l)} output-first, the gradient delta^{(l)} (a^{(l-1)})^T); on "
               "this 2-2-2 network the shapes agree and the entries do not; \\delta^{(l)T} with the T inside the "
               "superscript"),
    Public("p171-cn-b", _CN, "b171_cn", "b171_cn", r"\frac{\partial J}{\partial b^{(l)}} &= \delta^{(l)}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CN_B),), batch=171, why="the align block's second line"),
    Public("p171-cn-rec", _CN, "b171_cn", "b171_cn",
           r"$$ \delta^{(l)} = ((W^{(l+1)})^T\delta^{(l+1)})\odot\sigma'(z^{(l)}) $$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{d}",), tuple({"j": j, "d": _CN_D1[j]} for j in range(2))),),
           batch=171, why="l = 1, the hidden layer"),
    # ---- the Russian script's backward method (eight-space indentation, trailing # comments in Russian): Ng's names
    # on rows, the ReLU's mask (Z1 > 0), /m after the products ----------------------------------------------------------
    Public("p171-rc-dz2", _RC, "b171_rc", "b171_rc", "        dZ2 = A2 - Y  # Градиент функции потерь по выходу",
           ((C,),), (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=171,
           why="softmax with the cross-entropy, Y the one-hot labels"),
    Public("p171-rc-dw2", _RC, "b171_rc", "b171_rc",
           "        dW2 = np.dot(A1.T, dZ2) / m  # Градиент по весам выходного слоя", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K3J4),), batch=171),
    Public("p171-rc-db2", _RC, "b171_rc", "b171_rc",
           "        db2 = np.sum(dZ2, axis=0, keepdims=True) / m  # Градиент по смещениям выходного слоя", ((C,),),
           (Twin("gradient", "b2[{k}]", ("(a2[{k}] - t[{k}])/1",), _K3),), batch=171),
    Public("p171-rc-da1", _RC, "b171_rc", "b171_rc",
           "        dA1 = np.dot(dZ2, self.W2.T)  # Градиент по активациям скрытого слоя", ((C,),),
           (Twin("value", _RC_A1, (_RC_A1,), _J4),), batch=171,
           why="the derivative by the hidden outputs, a value: the row dZ2 times W2 transposed (W2 input-first)"),
    Public("p171-rc-dz1", _RC, "b171_rc", "b171_rc",
           "        dZ1 = dA1 * (Z1 > 0)  # Обратное распространение через активацию ReLU", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RC_D1,), _J4),), batch=171,
           why="the ReLU's slope written as a comparison, (Z1 > 0)"),
    Public("p171-rc-dw1", _RC, "b171_rc", "b171_rc",
           "        dW1 = np.dot(X.T, dZ1) / m  # Градиент по весам скрытого слоя", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RC_D1}/1",), _J4I3),), batch=171),
    Public("p171-rc-db1", _RC, "b171_rc", "b171_rc",
           "        db1 = np.sum(dZ1, axis=0, keepdims=True) / m  # Градиент по смещениям скрытого слоя", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"{_RC_D1}/1",), _J4),), batch=171),
    Public("p171-rc-w2", _RC, "b171_rc", "b171_rc",
           "        self.W2 -= self.learning_rate * dW2  # Обновление весов выходного слоя", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K3J4),), batch=171,
           why="self.learning_rate = 0.02"),
    # ---- the Portuguese XOR script (four-space indentation): the code's deltas (-dE/dz), sigmoid_derivative of the
    # outputs, += updates with the rate after the product ---------------------------------------------------------------
    Public("p171-pt-err", _PT, "b171_pt", "b171_pt", "    error = y - output_layer_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=171,
           why="the output's error, target minus output, a value"),
    Public("p171-pt-do", _PT, "b171_pt", "b171_pt", "    d_output = error * sigmoid_derivative(output_layer_output)",
           ((C,),), (Twin("value", f"-{_PT_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=171,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x (1 - x) taken of the output"),
    Public("p171-pt-eh", _PT, "b171_pt", "b171_pt", "    error_hidden_layer = d_output.dot(weights_hidden_output.T)",
           ((C,),), (Twin("value", f"-{_PT_A1}", (f"-{_PT_A1}",), _J4),), batch=171,
           why="-dE/d(hidden output j), a value"),
    Public("p171-pt-dh", _PT, "b171_pt", "b171_pt",
           "    d_hidden_layer = error_hidden_layer * sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_PT_D1}", (f"-{_PT_D1}",), _J4),), batch=171),
    Public("p171-pt-w2", _PT, "b171_pt", "b171_pt",
           "    weights_hidden_output += hidden_layer_output.T.dot(d_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_PT_D2}*a1[{{j}}]",), _J4),), batch=171,
           why="+= with the code's delta (-dE/dz) and the rate after the product: the gradient step"),
    Public("p171-pt-w1", _PT, "b171_pt", "b171_pt",
           "    weights_input_hidden += X.T.dot(d_hidden_layer) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_PT_D1}*x[{{i}}]",), _J4I2),), batch=171),
    # ---- the Vietnamese skip-gram script (eight-space indentation): np.outer, the updates in parentheses -------------
    Public("p171-vi-w2", _VI, "b171_vi", "b171_vi", "        dl_dw2 = np.outer(h, e)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J2),), batch=171,
           why="e = EI, y_pred less the context word's one-hot vector (one context word): dL/du"),
    Public("p171-vi-w1", _VI, "b171_vi", "b171_vi", "        dl_dw1 = np.outer(x, np.dot(self.w2, e.T))", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*({_VI_H})",), _J2I3),), batch=171,
           why="the hidden layer is linear (h = w1^T x): dL/dh = w2 e, with no slope; e.T of a 1-D array is e"),
    Public("p171-vi-u1", _VI, "b171_vi", "b171_vi", "        self.w1 = self.w1 - (self.eta * dl_dw1)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*({_VI_H})",), _J2I3),), batch=171,
           why="self.eta = settings['learning_rate'] = 0.01"),
    Public("p171-vi-u2", _VI, "b171_vi", "b171_vi", "        self.w2 = self.w2 - (self.eta * dl_dw2)", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K3J2),), batch=171),
    # ---- the Chinese note's MLP code block (eight-space indentation): the loss's derivative by the output, reshape
    # products, the ReLU's mask applied before (d_hidden[hidden_layer <= 0] = 0, left out), -= updates -----------------
    Public("p171-zc-dl", _ZC, "b171_zc", "b171_zc", "        d_loss_pred = -2.0 * (y_true - y_pred)", ((C,),),
           (Twin("value", _ZC_G, ("-2.0*(y[{k}] - a2[{k}])",), _K2),), batch=171,
           why="the squared error's derivative by the output (loss = np.square(y_true - y_pred).sum()), a value"),
    Public("p171-zc-dw2", _ZC, "b171_zc", "b171_zc",
           "        d_weights2 = np.dot(hidden_layer.reshape(-1, 1), d_loss_pred.reshape(1, -1))", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_ZC_G}",), _K2J3),), batch=171,
           why="a column times a row through reshape(-1, 1) and reshape(1, -1): the input-first gradient"),
    Public("p171-zc-db2", _ZC, "b171_zc", "b171_zc", "        d_bias2 = d_loss_pred", ((C,),),
           (Twin("gradient", "b2[{k}]", (_ZC_G,), _K2),), batch=171,
           why="the output is linear: its bias's gradient is the derivative by the output"),
    Public("p171-zc-dw1", _ZC, "b171_zc", "b171_zc",
           "        d_weights1 = np.dot(x.reshape(-1, 1), d_hidden.reshape(1, -1))", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ZC_D1}",), _J3I2),), batch=171,
           why="d_hidden the hidden sums' gradient once the mask is applied (the line before)"),
    Public("p171-zc-db1", _ZC, "b171_zc", "b171_zc", "        d_bias1 = d_hidden", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ZC_D1,), _J3),), batch=171),
    Public("p171-zc-w2", _ZC, "b171_zc", "b171_zc", "        self.weights2 -= learning_rate * d_weights2", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_ZC_G}",), _K2J3),), batch=171),
    Public("p171-zc-b1", _ZC, "b171_zc", "b171_zc", "        self.bias1 -= learning_rate * d_bias1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ZC_D1}",), _J3),), batch=171),
    # ---- the error-terms note: ```math blocks (the formula's line taken), f^\prime, a \sum with no index, and its
    # Udacity script (eight-space indentation): error terms (-dE/dz), sigmoid_prime of the sums ------------------------
    Public("p171-zm-dk", _ZM, "b171_zm", "b171_zm", r"\delta_k = (y - y_k)f^\prime(h_k)", ((C,),),
           (Twin("value", f"-{_ZM_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=171,
           why="the output's error term (target minus output, times the slope at its input h_k), a value: -dE/dh_k"),
    Public("p171-zm-dj", _ZM, "b171_zm", "b171_zm", r"\delta_j = \sum\delta_kw_{jk}f^\prime(h_j)", ((C,),),
           (Twin("value", f"-{_ZM_D1}", (f"-{_ZM_D1}",), _J2),), batch=171,
           why="the hidden error term, a value per hidden unit; \\sum with no index (over the one output k), "
               "\\delta_kw_{jk} with no space between the factors"),
    Public("p171-zm-dw", _ZM, "b171_zm", "b171_zm", r"\Delta w_{ij} = \eta*\delta^k_j * x_i",
           unreadable="\\delta^k_j", batch=171,
           why="delta^k_j, which the note explains as the OUTPUT layer's error for a hidden weight's step, x_i as "
               "the hidden layer's output: names no teacher's table can give one meaning (the page's slip)"),
    Public("p171-zm-err", _ZM, "b171_zm", "b171_zm", "        error = y - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=171, why="the prediction error, a value"),
    Public("p171-zm-oet", _ZM, "b171_zm", "b171_zm", "        output_error_term = error * sigmoid_prime(o_input)",
           ((C,),), (Twin("value", f"-{_ZM_D2}", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),),
           batch=171, why="sigmoid_prime(x) = sigmoid(x) (1 - sigmoid(x)) taken of the output's input"),
    Public("p171-zm-he", _ZM, "b171_zm", "b171_zm",
           "        hidden_error = np.dot(output_error_term , weights_hidden_output)", ((C,),),
           (Twin("value", f"-{_ZM_A1}", (f"-{_ZM_A1}",), _J2),), batch=171,
           why="-dE/d(hidden output j), a value: the one output's term times the weight vector; a space before "
               "the comma"),
    Public("p171-zm-het", _ZM, "b171_zm", "b171_zm",
           "        hidden_error_term = hidden_error * sigmoid_prime(hidden_input)", ((C,),),
           (Twin("value", f"-{_ZM_D1}", (f"-W2[0,{{j}}]*{_ZM_D2}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J2),),
           batch=171),
]
