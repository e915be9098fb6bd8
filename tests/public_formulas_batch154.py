r"""Batch 154 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on notebooks and
Markdown notes written in languages other than English, their formulas and the NumPy lines that implement them; every
address a stored file whose repository the index does not name): a French Markdown note on backpropagation in Ng's
notation (stored file 68524492418: $$ displays over several lines, \mathcal{L}, \odot, g'^{[l]}, \sum_{\text{colonnes}},
two claims in one display with \qquad), a Spanish EMNIST script's MLP class (stored file 4846049501: grad_ names on
rows, the ReLU's mask (self.z1 > 0), -= updates with self.lr), a Spanish XOR script (stored file 45084606701: +=
updates with the rate after the product, sigmoid_derivative of the outputs), a Russian regression script (stored file
37401880697: the chain rule's factors as names, d_loss_d_h = d_loss_dy_pred * d_y_pred_d_h.T, a linear output), a
Japanese script with its numbers (stored file 25653244012: z1 the hidden OUTPUTS and u1 the sums, y the output and d
the target, delta2 = y - d), Trask's eleven-line network commented in Russian (stored file 25364968802: trailing #
comments in Russian, += with no rate), a Vietnamese word2vec class (stored file 45479291730: np.outer gradients,
self.w1 - (self.eta * dl_dw1)), a Spanish MultilayerPerceptron class (stored file 40660625786: the biases' += with
np.sum(..., axis=0, keepdims=True) * self.learning_rate, loss = np.mean(0.5 * (y - output) ** 2)), a multilingual
Markdown on mathematics in machine learning (stored file 24974849261: Chinese, English, German and French blocks of
the same plain-text lines with Unicode superscripts, z⁽ˡ⁺¹⁾ = W⁽ˡ⁾a⁽ˡ⁾ + b⁽ˡ⁾, ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁺¹⁾(a⁽ˡ⁾)ᵀ) and a German
wiki page on neural networks (stored file 747236848: the Delta-Regel, $$\Delta w_{i} = \eta * (y - t) * x_{i} $$,
w_{i}^{neu} = w_{i}^{alt} + \Delta w_{i}, a numbered list's inline formulas behind German labels).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: code's names as the quantities they hold, transposed where the samples are rows, "grad_W2" =
"grad(W2[:, :]).T"; code deltas that are -dE/dz written "-grad(z2[:]).T" where the updates add them; helpers declared
"sigmoid' at output" where they compute x (1 - x) of what they are given; the Japanese script's z1 the hidden OUTPUTS,
"z1" = "a1[:].T", beside u1 the sums; the French note's [L] the last layer and g^{[1]}, g^{[2]} the sigmoid; the
multilingual page's layers counted from the input's a^(1), W^(l) joining layer l to layer l+1 as its forward pass
writes it, "z^{(l)}" = "z{l-1}[:]"; the German page's Delta w_i the change it adds, "-eta*grad(W1[0, i-1])", and
w_i^{neu} "new(W1[0, i-1])"), a network of the kind the page describes (with the page's numbers where it gives them:
the Japanese script's x = [1, 0.5], W1 = W2 = [[0.1, 0.3], [0.2, 0.4]] input-first, d = [1, 0], learning_rate =
0.005; the rates the files write, 0.1, 0.01, 0.01, 0.005, rate 1 for Trask's += with no rate, 0.1 where a page names
none; the multilingual page's 2-2-2-2 sigmoid network, two hidden layers of one width so that its recursion's
W^(l+1) is defined at l = 2; all in tests/public_formulas_batch154_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta
or error (error, d_output, error_hidden_layer, d_hidden, l2_error, l1_error, grad_a1, d_loss_d_h), a sigmoid's slope
(sigmoid_dash, d_h_d_h_input, g'^{[l]}(Z^{[l]})), a forward value (z⁽ˡ⁺¹⁾, a⁽ˡ⁺¹⁾, t = f(...)), the German delta =
y - t and a loss's definition (loss = np.mean(...)) are twinned as values, as in batches 14 to 153; the German Delta
w_i as a step (the change subtracted, -Delta w_i, as batch 92's ku-who). Formulas keep their page's delimiters and
what surrounds them on their line (a code line's indentation and trailing # comment, a display's newlines inside $$,
a list item's "1." and label); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 154

The batch: 56 formulas from 10 addresses (the French note 8, the Spanish EMNIST class 8, the Spanish XOR script 6,
the Russian regression script 6, the Japanese script 7, Trask's network in Russian 4, the Vietnamese word2vec class
4, the Spanish MultilayerPerceptron class 5, the multilingual page 4, the German wiki page 4). 16 are in documents
(the French note's 8 in $$ displays over several lines, the multilingual page's 4 in plain Unicode text, the German
page's 2 in $$ and 2 in $ ... $), 40 in Python/NumPy code. By kind: 22 gradients (of weights, biases and sums, two of them
displays holding two claims, two rules over every layer), 15 updates (-=, +=, W = W - ..., new = old + Delta), 1
step and 18 values (deltas and errors, slopes, forward values, a loss).

1 is mistaken (the oracle finds its member wrong), and none is mistyped:

- the multilingual page's ml-rec, δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾ ⊙ σ'(z⁽ˡ⁾): the page's forward pass, z⁽ˡ⁺¹⁾ = W⁽ˡ⁾a⁽ˡ⁾ +
  b⁽ˡ⁾, and its gradient, ∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁺¹⁾(a⁽ˡ⁾)ᵀ, make W^(l) the matrix from layer l to layer l+1, so the
  recursion is (W⁽ˡ⁾)ᵀδ⁽ˡ⁺¹⁾: W^(l+1) is Nielsen's index copied into a page that counts its matrices the other way
  (at l = 2, where every name exists, W3 where W2 belongs), written the same in all four languages' blocks.

The sources were mostly right: the Spanish and Russian scripts' sigmoid_derivative(x) = x (1 - x) is applied to
outputs everywhere, the Japanese script's sigmoid_dash = z1 * (1 - z1) to its outputs z1, and the French note even
warns against dropping the factor A^{[1]} from the slope. Not mistaken, though they look it: the XOR scripts' and
Trask's += updates (their deltas are -dE/dz; Trask's has no rate: rate 1); the Russian script's d_h_d_h_input =
sigmoid_derivative(hidden_layer_output), the slope taken of the outputs as the helper expects; the Japanese z1, the
hidden OUTPUTS by the script's naming (u1 the sums); the French rule for dZ^{[l]}, stated for a hidden layer (W^{[l+1]}
names no layer at L); the EMNIST class's grad_z2, divided by m before the gradients (one sample here); the word2vec
e = EI, summed over the context words (one here).

What was left out: the French note's chain of partial derivatives written as a path (\frac{\partial\mathcal{L}}{\partial
W^{[c]}} = ... \cdots ..., with \cdots standing for the layers between), its definition dZ^{[l]} = dL/dZ^{[l]}, the
general dZ^{[L]} = A^{[L]} - Y and the general bias gradient (the same as the example's lines taken: at most 8 from one
page); the EMNIST class's grad_z2 = y_pred.copy(), its indexed subtraction and grad_z2 /= m (no formula), the other
updates; the Spanish XOR script's forward pass and prints; the Russian script's loss = mse_loss(Y, y_pred),
d_loss_dy_pred = mse_loss_derivative(Y, y_pred) (a helper of two arguments no notation names), d_y_pred_d_h =
weights_hidden_output (a definition by a weight); Trask's l2_delta and l1_delta lines (nonlin(x, deriv=True), a
keyword argument no notation names); the word2vec EI line (a list comprehension over the context words) and its
loss; the Spanish class's other train methods (the same lines) and train_with_adam (Adam's moments, which the
vocabulary has not); the multilingual page's other three copies of the same lines, its gradient-descent section
(θᵏ⁺¹ = θᵏ - α∇J(θᵏ), of logistic regression's θ) and everything outside section 1.3; the German page's Delta-Regel
list repeating the display's step, the sigmoid f(x) and f'(x) = f(x) * (1 - f(x)) (definitions of the function), and
its backpropagation cases, \delta_{i} = {\begin{cases} f'(netzinput_{i}) * (y_{i}^{soll} - t_{i}^{ist}) ... \sum_{L}^{n-1}
(\delta_{L} * w_{Li}) ... \end{cases}} (another network, a sigmoid MLP, in one display whose sum runs over the letter L
up to n-1). Pages read and not taken: stored file 26148965025 (Chinese notes on Udacity's exercise, batch 30's), named
repositories the earlier batches used (TheAfrvlz/Python_Machine_Learning, aelfimow/Deep-Learning-every-day,
hhelwich/neural-network, ahoehn/deep-learning, ZHE2018/network, JoseFRuiz/backpropagation, Junehye/Clasificacion.py),
a Portuguese XOR script (stored file 7591728343: the Spanish XOR script's lines under other names), Leidy Pulido's
Spanish NNetwork (stored file 18400796880: a bias unit in the hidden layer that is itself trained and activated, which
no network file holds), a Portuguese RedeNeural class (stored file 6063178604: lines over a loop's self.pesos[i] and
z_values[i - 1]), a Spanish mushrooms script (stored file 30760055051: Octave-style theta with the bias in column 0)
and a Spanish Markdown on \frac{\delta C}{\delta w^L} (stored file 38780813021: one chain, \delta for \partial).

Collected on 2026-12-07 (16:41 to 16:48 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 10 loaded as first written. The oracle's first run passed every verdict but one: the German page's de-dw, whose
step twin held the change the page adds (eta (y - t) x_i) where the step twin's truth is the change subtracted (eta
dE/dw_i, as seed_verbatim's oracle_member computes it); written -(eta (y - t) x_i) as batch 92's ku-who does, the
page's formula correct (the twin's slip, not the page's), the second run passed all 56 entries and the batch's two
checks.

Run blind at main 0683604 (/work/READY_FOR_BLIND60; src/ as at 0683604, the rebase finding the branch already on it),
with nothing under src/ changed. The first run (/work/batch154_blind.txt): 53 of 56 read with every verdict right
(95%), 3 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal
was a slip of the notations or the twins (all three are constructs of the pages the reader does not take), so the
batch was run once; tests/test_public_formulas_held_out.py -k "b154-" passed after the rebase, check's
never-wrong-called-correct test included.

The one mistaken formula was read with its wrong member called wrong: ml-rec (the multilingual page's (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾
where its own forward pass makes the matrix W⁽ˡ⁾). By page: the French note 6 of 8, the Spanish EMNIST class 8 of
8, the Spanish XOR script 6 of 6, the Russian regression script 6 of 6, the Japanese script 7 of 7, Trask's network
in Russian 4 of 4, the Vietnamese word2vec class 3 of 4, the Spanish MultilayerPerceptron class 5 of 5, the
multilingual page 4 of 4, the German wiki page 4 of 4.

The refusals by construct, with the exact message:

- a sum over the samples named by a word in \text, \sum_{\text{colonnes}}dZ^{[2]} (the French note's bias gradients,
  each the second claim of a display holding two with \qquad): fr-w2b2, "formula '\\frac{\\partial\\mathcal{L}}
  {\\partial b^{[2]}} =\\frac{1}{m}...': expected the index letter of the sum at '\\text' (position 64)"; fr-w1b1,
  the same at b^{[1]} ("formula '\\frac{\\partial\\mathcal{L}}{\\partial b^{[1]}} =\\frac{1}{m}...': expected the
  index letter of the sum at '\\text' (position 64)");
- NumPy's .T on a one-letter code name that is also Euler's e, np.dot(self.w2, e.T) (the Vietnamese word2vec class,
  e = EI given a meaning by the notation): vi-w1, "formula 'dl_dw1 = np.outer(x, np.dot(self.w2, e^T))': unknown
  symbol T; the notation knows dl, e, h, self.w1, self.w2, x; give it a meaning in the notation's
  [notation.symbols], e.g. "T" = "a1[0]"" (e.T rewritten e^T, its T then taken as a symbol of its own, apparently e to the power T; the message lists dl
  among the names the notation knows, dl_dw1 being the notation's).

Read, among the constructs these pages brought: $$ displays over several lines with \mathcal{L}, \odot, \left(
\right)^T and g'^{[l]}\left(Z^{[l]}\right), a display of two claims joined by \qquad (its first claim, the weights',
is what the refusal leaves unread); grad_ names on rows with the ReLU's mask (self.z1 > 0) and -= self.lr *;
sigmoid_derivative of the outputs and += updates with the rate after the product; the chain rule's factors as names
(d_loss_d_h = d_loss_dy_pred * d_y_pred_d_h.T, a column times a row); a page's z1 the hidden OUTPUTS beside u1 the
sums, y the output and d the target, at the page's numbers; # comments in Russian glued to the code (syn1 +=
l1.T.dot(l2_delta)# ...); np.outer(h, e) and self.w2 - (self.eta * dl_dw2); np.sum(..., axis=0, keepdims=True) *
self.learning_rate; loss = np.mean(0.5 * (y - output) ** 2) as the loss's definition; plain-text Unicode
superscripts z⁽ˡ⁺¹⁾, (a⁽ˡ⁾)ᵀ, ∂L/∂W⁽ˡ⁾ and ⊙ over layers counted from the input's a^(1) (ml-rec called wrong); German
labels before inline formulas in a numbered list, * for the product, \Delta w_{i} and w_{i}^{neu} = w_{i}^{alt} +
\Delta w_{i}.

Which look general: both. \sum with a word under it (\sum_{\text{colonnes}}, \sum_{\text{samples}}, \sum_{i \in
\text{batch}}) is how notes write a sum over the samples, and with one sample it is its one term; the reader wants an
index letter there. The code name e with NumPy's .T (e.T, and np.dot(W, e.T)) is how code names an error vector; a
notation giving e a meaning might keep e^T from being read as the exponential (the same would hold for any .T on a
name e given by the notation).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch154_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_FR = _STORED.format(68524492418, "# Rétropropagation",
                     "a French Markdown note on backpropagation in Ng's notation, Obsidian links and callouts, $$ "
                     "displays over several lines")
_ES = _STORED.format(4846049501, "import numpy as np",
                     "a Spanish EMNIST script (# Retropropagación): an MLP class with ReLU hidden units and softmax "
                     "outputs, grad_ names")
_XO = _STORED.format(45084606701, "import numpy as np",
                     "a Spanish XOR script (# Retropropagación (backpropagation)): sigmoid layers, no biases, += "
                     "updates times learning_rate")
_RU = _STORED.format(37401880697, "import numpy as np",
                     "a Russian regression script (# Обратное распространение): sigmoid hidden units, a linear "
                     "output, the chain rule's factors as d_loss_... names")
_JA = _STORED.format(25653244012, "#!usr/bin/env python",
                     "a Japanese script (# 誤差逆伝播): a 2-2-2 sigmoid-softmax network with its numbers, "
                     "back_propagation(x, z1, y, d)")
_TR = _STORED.format(25364968802, "\"\"\"\"",
                     "Trask's eleven-line network commented in Russian: l2_error, l2_delta, syn1 += with no rate")
_VI = _STORED.format(45479291730, "import numpy as np",
                     "a Vietnamese word2vec class (# lan truyền ngược back_propagation): np.outer gradients, "
                     "self.w1 - (self.eta * dl_dw1)")
_MC = _STORED.format(40660625786, "import numpy as np",
                     "a Spanish MultilayerPerceptron class (# Retropropagación y ajuste de pesos): sigmoid layers "
                     "with biases, += updates, an Adam variant")
_ML = _STORED.format(24974849261, "# 机器学习中的数学应用实例",
                     "a multilingual Markdown (Chinese, English, German, French) on mathematics in machine "
                     "learning: Unicode superscripts, its backpropagation written four times")
_DE = _STORED.format(747236848, "---",
                     "a German wiki page on artificial neural networks (Künstliche Neuronale Netze): the "
                     "Delta-Regel and backpropagation")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K4J3 = tuple({"k": k, "j": j} for k in range(4) for j in range(3))

# the French note's 2-3-1 network (sigmoid layers, the binary cross-entropy): dL/dz2, dL/dz1[j], dL/da2
_FR_D2 = "(a2[0] - y[0])"
_FR_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_FR_DA = "(-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"
_FR_SP = (tuple({"t": f"sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))", "m": f"a1[{j}]*(1 - a1[{j}])"} for j in range(3))
          + ({"t": "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "m": "a2[0]*(1 - a2[0])"},))
_FR_G = (tuple({"p": f"W2[0,{j}]", "m": f"1/1*{_FR_D2}*a1[{j}]"} for j in range(3))
         + tuple({"p": f"W1[{j},{i}]", "m": "1/1*" + _FR_D1.format(j=j) + f"*x[{i}]"} for j in range(3)
                 for i in range(2)))

# the EMNIST class's 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/da1[j], dL/dz1[j]
_ES_A1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_ES_D1 = _ES_A1 + "*Heaviside(z1[{j}])"

# the Spanish XOR script's 2-3-1 sigmoid network under half the squared error: dE/dz2, dE/da1[j], dE/dz1[j]
_XO_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XO_A1 = _XO_D2 + "*W2[0,{j}]"
_XO_D1 = _XO_A1 + "*a1[{j}]*(1 - a1[{j}])"

# the Russian 4-3-1 network (sigmoid hidden, linear output, the squared error): dL/dy_pred, dL/da1[j], dL/dz1[j]
_RU_DY = "2*(a2[0] - y[0])"
_RU_A1 = _RU_DY + "*W2[0,{j}]"
_RU_D1 = _RU_A1 + "*a1[{j}]*(1 - a1[{j}])"

# the Japanese 2-2-2 network (sigmoid hidden, softmax with the cross-entropy): dL/dz1[j]
_JA_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"

# Trask's 3-4-1 sigmoid network under half the squared error: dE/dz2, dE/da1[j], dE/dz1[j]
_TR_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_TR_A1 = _TR_D2 + "*W2[0,{j}]"
_TR_D1 = _TR_A1 + "*a1[{j}]*(1 - a1[{j}])"

# the word2vec 4-3-4 network (linear hidden, softmax with the cross-entropy): dL/da1[j] (= dL/dz1[j])
_VI_A1 = "(" + " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{{j}}]" for k in range(4)) + ")"

# the Spanish class's 2-3-1 sigmoid network with biases under half the squared error
_MC_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MC_A1 = _MC_D2 + "*W2[0,{j}]"
_MC_D1 = _MC_A1 + "*a1[{j}]*(1 - a1[{j}])"

# the multilingual page's 2-2-2-2 sigmoid network under half the squared error: dL/dz3[k], dL/dz2[j], dL/dz1[i]
_ML_D3 = tuple(f"(a3[{k}] - y[{k}])*a3[{k}]*(1 - a3[{k}])" for k in range(2))
_ML_D2 = tuple(f"(W3[0,{j}]*{_ML_D3[0]} + W3[1,{j}]*{_ML_D3[1]})*a2[{j}]*(1 - a2[{j}])" for j in range(2))
_ML_D1 = tuple(f"(W2[0,{i}]*{_ML_D2[0]} + W2[1,{i}]*{_ML_D2[1]})*a1[{i}]*(1 - a1[{i}])" for i in range(2))
_ML_IN = {1: ("x[0]", "x[1]"), 2: ("a1[0]", "a1[1]"), 3: ("a2[0]", "a2[1]")}
_ML_DL = {1: _ML_D1, 2: _ML_D2, 3: _ML_D3}
_ML_Z = tuple({"p": f"z{n}[{k}]", "m": f"W{n}[{k},0]*{_ML_IN[n][0]} + W{n}[{k},1]*{_ML_IN[n][1]} + b{n}[{k}]"}
              for n in (1, 2, 3) for k in range(2))
_ML_A = tuple({"p": f"a{n}[{k}]", "m": f"sigmoid(z{n}[{k}])"} for n in (1, 2, 3) for k in range(2))
_ML_G = tuple({"p": f"W{n}[{k},{j}]", "m": f"{_ML_DL[n][k]}*{_ML_IN[n][j]}"}
              for n in (1, 2, 3) for k in range(2) for j in range(2))
# the page's recursion at l = 2 (delta^(2) = dL/dz1): (W^(3))^T delta^(3), W3 where W2 belongs
_ML_REC = tuple({"j": j, "m": f"(W3[0,{j}]*{_ML_D2[0]} + W3[1,{j}]*{_ML_D2[1]})*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"}
                for j in range(2))


ENTRIES = [
    # ---- the French note (Markdown, $$ displays over several lines, \mathcal{L}, \odot, \left( \right)): the
    # output's chain, the recursion with g'^{[l]}, the sigmoid's slope, the gradients, the two-layer example ------
    Public("c154-fr-dzl", _FR, "b154_fr", "b154_fr",
           "$$\ndZ^{[L]}\n=\n\\frac{\\partial\\mathcal{L}}{\\partial A^{[L]}}\n\\odot\n\\frac{\\partial A^{[L]}}"
           "{\\partial Z^{[L]}}\n$$", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_FR_DA}*a2[0]*(1 - a2[0])",)),), batch=154,
           why="the chain at the last layer (L = 2): the derivative by the output times the output's by its sum"),
    Public("c154-fr-rec", _FR, "b154_fr", "b154_fr",
           "$$\ndZ^{[l]}\n=\n\\left(W^{[l+1]}\\right)^T dZ^{[l+1]}\n\\odot\ng'^{[l]}\\left(Z^{[l]}\\right)\n$$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_FR_D1,), _J3),), batch=154,
           why="a hidden layer l = 1 (W^{[3]} names no layer); g'^{[l]} the derivative of layer l's activation"),
    Public("c154-fr-sp", _FR, "b154_fr", "b154_fr",
           "$$\ng'^{[l]}\\left(Z^{[l]}\\right)\n=A^{[l]}\\odot\\left(1-A^{[l]}\\right)\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _FR_SP),), batch=154,
           why="\"Avec une sigmoïde\": the slope written of the outputs, a value at both layers"),
    Public("c154-fr-gw", _FR, "b154_fr", "b154_fr",
           "$$\n\\frac{\\partial\\mathcal{L}}{\\partial W^{[l]}}\n=\\frac{1}{m}dZ^{[l]}\\left(A^{[l-1]}\\right)^T\n$$",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _FR_G),), batch=154,
           why="every weight of both layers, A^{[0]} = X; m = 1"),
    Public("c154-fr-dz2", _FR, "b154_fr", "b154_fr", "$$\ndZ^{[2]}=A^{[2]}-Y\n$$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=154,
           why="the example's output: the sigmoid with the binary log-loss"),
    Public("c154-fr-w2b2", _FR, "b154_fr", "b154_fr",
           "$$\n\\frac{\\partial\\mathcal{L}}{\\partial W^{[2]}}\n=\\frac{1}{m}dZ^{[2]}\\left(A^{[1]}\\right)^T\n"
           "\\qquad\n\\frac{\\partial\\mathcal{L}}{\\partial b^{[2]}}\n=\\frac{1}{m}\\sum_{\\text{colonnes}}dZ^{[2]}\n$$",
           ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", (f"1/1*{_FR_D2}*a1[{{j}}]",), _J3),
            Twin("gradient", "b2[0]", (f"1/1*{_FR_D2}",))), batch=154,
           why="two claims in one display, \\qquad between them; the sum over the columns (the samples: one)"),
    Public("c154-fr-dz1", _FR, "b154_fr", "b154_fr",
           "$$\ndZ^{[1]}\n=\\left(W^{[2]}\\right)^TdZ^{[2]}\n\\odot\nA^{[1]}\\odot\\left(1-A^{[1]}\\right)\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_FR_D1,), _J3),), batch=154,
           why="the hidden sums' gradient with the sigmoid's slope A(1 - A), the factor the page's warning insists on"),
    Public("c154-fr-w1b1", _FR, "b154_fr", "b154_fr",
           "$$\n\\frac{\\partial\\mathcal{L}}{\\partial W^{[1]}}\n=\\frac{1}{m}dZ^{[1]}X^T\n\\qquad\n"
           "\\frac{\\partial\\mathcal{L}}{\\partial b^{[1]}}\n=\\frac{1}{m}\\sum_{\\text{colonnes}}dZ^{[1]}\n$$",
           ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", ("1/1*" + _FR_D1 + "*x[{i}]",), _J3I2),
            Twin("gradient", "b1[{j}]", ("1/1*" + _FR_D1,), _J3)), batch=154),
    # ---- the Spanish EMNIST class (eight-space indentation): grad_ names on rows, np.dot with .T, the ReLU's mask
    # (self.z1 > 0), -= updates with self.lr ------------------------------------------------------------------------
    Public("c154-es-w2", _ES, "b154_es", "b154_es", "        grad_W2 = np.dot(self.a1.T, grad_z2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=154,
           why="grad_z2 the output sums' gradient (probabilities less 1 at the label, divided by m = 1)"),
    Public("c154-es-b2", _ES, "b154_es", "b154_es", "        grad_b2 = np.sum(grad_z2, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=154),
    Public("c154-es-a1", _ES, "b154_es", "b154_es", "        grad_a1 = np.dot(grad_z2, self.W2.T)", ((C,),),
           (Twin("value", _ES_A1, (_ES_A1,), _J3),), batch=154,
           why="the gradient by the hidden outputs, a value: the row grad_z2 times W2 transposed (W2 input-first)"),
    Public("c154-es-z1", _ES, "b154_es", "b154_es", "        grad_z1 = grad_a1 * (self.z1 > 0)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ES_D1,), _J3),), batch=154,
           why="the ReLU's slope as a comparison, (self.z1 > 0)"),
    Public("c154-es-w1", _ES, "b154_es", "b154_es", "        grad_W1 = np.dot(X.T, grad_z1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _ES_D1,), _J3I2),), batch=154),
    Public("c154-es-b1", _ES, "b154_es", "b154_es", "        grad_b1 = np.sum(grad_z1, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ES_D1,), _J3),), batch=154),
    Public("c154-es-uw2", _ES, "b154_es", "b154_es", "        self.W2 -= self.lr * grad_W2", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=154),
    Public("c154-es-ub1", _ES, "b154_es", "b154_es", "        self.b1 -= self.lr * grad_b1", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _ES_D1,), _J3),), batch=154),
    # ---- the Spanish XOR script (four-space indentation): error = y - final_output, a sigmoid_derivative of the
    # outputs, .dot with .T on rows, += updates with * learning_rate after the product -----------------------------
    Public("c154-xo-err", _XO, "b154_xo", "b154_xo", "    error = y - final_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=154,
           why="the output's error, target minus output, a value"),
    Public("c154-xo-do", _XO, "b154_xo", "b154_xo", "    d_output = error * sigmoid_derivative(final_output)",
           ((C,),), (Twin("value", "-" + _XO_D2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=154,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x (1 - x) taken of the output"),
    Public("c154-xo-eh", _XO, "b154_xo", "b154_xo",
           "    error_hidden_layer = d_output.dot(weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-({_XO_A1})", (f"-({_XO_A1})",), _J3),), batch=154,
           why="-dE/d(hidden output j), a value"),
    Public("c154-xo-dh", _XO, "b154_xo", "b154_xo",
           "    d_hidden = error_hidden_layer * sigmoid_derivative(hidden_output)", ((C,),),
           (Twin("value", f"-({_XO_D1})", (f"-({_XO_D1})",), _J3),), batch=154),
    Public("c154-xo-w2", _XO, "b154_xo", "b154_xo",
           "    weights_hidden_output += hidden_output.T.dot(d_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*" + _XO_D2 + "*a1[{j}]",), _J3),), batch=154,
           why="+= with the code's delta (-dE/dz), the rate after the product"),
    Public("c154-xo-w1", _XO, "b154_xo", "b154_xo",
           "    weights_input_hidden += X.T.dot(d_hidden) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _XO_D1 + "*x[{i}]",), _J3I2),), batch=154),
    # ---- the Russian regression script (four-space indentation): the chain rule's factors as names (d_loss_d_h,
    # d_h_d_h_input), * of a column by a row, np.dot with .T, -= updates ---------------------------------------------
    Public("c154-ru-dh", _RU, "b154_ru", "b154_ru", "    d_loss_d_h = d_loss_dy_pred * d_y_pred_d_h.T", ((C,),),
           (Twin("value", _RU_A1, (_RU_A1,), _J3),), batch=154,
           why="dL/dh, a value: dL/dy_pred (2 (y_pred - y) / size, size 1) times the weights to the linear output"),
    Public("c154-ru-sp", _RU, "b154_ru", "b154_ru", "    d_h_d_h_input = sigmoid_derivative(hidden_layer_output)",
           ((C,),), (Twin("value", "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))", ("a1[{j}]*(1 - a1[{j}])",), _J3),),
           batch=154, why="the sigmoid's slope, sigmoid_derivative(x) = x (1 - x) taken of the hidden outputs"),
    Public("c154-ru-gw2", _RU, "b154_ru", "b154_ru",
           "    d_loss_w_h_o = np.dot(hidden_layer_output.T, d_loss_dy_pred)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*" + _RU_DY,), _J3),), batch=154),
    Public("c154-ru-gw1", _RU, "b154_ru", "b154_ru",
           "    d_loss_w_i_h = np.dot(X.T, d_loss_d_h * d_h_d_h_input)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _RU_D1,), _J3I4),), batch=154),
    Public("c154-ru-uw2", _RU, "b154_ru", "b154_ru", "    weights_hidden_output -= learning_rate * d_loss_w_h_o",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*" + _RU_DY,), _J3),), batch=154),
    Public("c154-ru-uw1", _RU, "b154_ru", "b154_ru", "    weights_input_hidden -= learning_rate * d_loss_w_i_h",
           ((C,),), (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _RU_D1,), _J3I4),), batch=154),
    # ---- the Japanese script (four-space indentation, the page's numbers): z1 the hidden OUTPUTS and u1 the sums,
    # y the output and d the target, delta2 = y - d, sigmoid_dash, .dot with .T on rows, W = W - rate * grad ------
    Public("c154-ja-d2", _JA, "b154_ja", "b154_ja", "    delta2 = y - d", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=154,
           why="the softmax with the cross-entropy (\"誤差関数をdelta2とする\"); y the output, d the teacher's data"),
    Public("c154-ja-gw2", _JA, "b154_ja", "b154_ja", "    grad_W2 = z1.T.dot(delta2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J2),), batch=154,
           why="z1 the hidden outputs (sigmoid(u1)), as the script names them"),
    Public("c154-ja-sd", _JA, "b154_ja", "b154_ja", "    sigmoid_dash = z1 * (1 - z1)", ((C,),),
           (Twin("value", "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))", ("a1[{j}]*(1 - a1[{j}])",), _J2),), batch=154,
           why="the sigmoid's slope at the sums u1, written of the outputs z1; a value"),
    Public("c154-ja-d1", _JA, "b154_ja", "b154_ja", "    delta1 = delta2.dot(W2.T) * sigmoid_dash", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JA_D1,), _J2),), batch=154),
    Public("c154-ja-gw1", _JA, "b154_ja", "b154_ja", "    grad_W1 = x.T.dot(delta1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _JA_D1,), _J2I2),), batch=154),
    Public("c154-ja-uw2", _JA, "b154_ja", "b154_ja", "    W2 = W2 - learning_rate * grad_W2", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K2J2),), batch=154,
           why="learning_rate = 0.005, the page's"),
    Public("c154-ja-uw1", _JA, "b154_ja", "b154_ja", "    W1 = W1 - learning_rate * grad_W1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _JA_D1,), _J2I2),), batch=154),
    # ---- Trask's network commented in Russian (four-space indentation): trailing # comments in Russian, += with
    # no rate (rate 1), the code's deltas -dE/dz ----------------------------------------------------------------------
    Public("c154-tr-e2", _TR, "b154_tr", "b154_tr",
           "    l2_error = y - l2 # сравним ожидаемый выход с реальным, вычислив ошибку при помощи вычитания", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=154,
           why="the output's error, target minus output, a value; the comment in Russian"),
    Public("c154-tr-e1", _TR, "b154_tr", "b154_tr",
           "    l1_error = l2_delta.dot(syn1.T) # нужно понять вклад первого слоя в ошибку на втором слое", ((C,),),
           (Twin("value", f"-({_TR_A1})", (f"-({_TR_A1})",), _J4),), batch=154,
           why="-dE/d(hidden output j), a value: l2_delta the code's -dE/dz2"),
    Public("c154-tr-s1", _TR, "b154_tr", "b154_tr", "    syn1 += l1.T.dot(l2_delta)# умножаем каждый слой на поправку",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*" + _TR_D2 + "*a1[{j}]",), _J4),), batch=154,
           why="+= with the code's delta and no rate: the step at rate 1 (the problem file's); # glued to the code"),
    Public("c154-tr-s0", _TR, "b154_tr", "b154_tr", "    syn0 += l0.T.dot(l1_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _TR_D1 + "*x[{i}]",), _J4I3),), batch=154),
    # ---- the Vietnamese word2vec class (eight-space indentation): np.outer for the gradients, e = EI the output
    # sums' gradient, self.w - (self.eta * dl_dw) in parentheses --------------------------------------------------------
    Public("c154-vi-w2", _VI, "b154_vi", "b154_vi", "        dl_dw2 = np.outer(h, e)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K4J3),), batch=154,
           why="h the hidden (linear) outputs, e = EI = y_pred less the context's one-hot (one context word here)"),
    Public("c154-vi-w1", _VI, "b154_vi", "b154_vi", "        dl_dw1 = np.outer(x, np.dot(self.w2, e.T))", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _VI_A1,), _J3I4),), batch=154,
           why="self.w2 input-first (d x v_count): w2 e is the gradient by the hidden outputs; e.T of a 1-D array"),
    Public("c154-vi-u1", _VI, "b154_vi", "b154_vi", "        self.w1 = self.w1 - (self.eta * dl_dw1)", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _VI_A1,), _J3I4),), batch=154),
    Public("c154-vi-u2", _VI, "b154_vi", "b154_vi", "        self.w2 = self.w2 - (self.eta * dl_dw2)", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])",), _K4J3),), batch=154),
    # ---- the Spanish MultilayerPerceptron class, train_with_gradient_descent (twelve-space indentation): the loss
    # with np.mean, self. names, the biases' += with np.sum(..., axis=0, keepdims=True) * self.learning_rate ------
    Public("c154-mc-loss", _MC, "b154_mc", "b154_mc", "            loss = np.mean(0.5 * (y - output) ** 2)", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=154,
           why="the loss's definition, half the squared error's mean (one sample, one output), a value"),
    Public("c154-mc-do", _MC, "b154_mc", "b154_mc",
           "            d_output = (y - output) * self.sigmoid_derivative(output)", ((C,),),
           (Twin("value", "-" + _MC_D2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=154,
           why="the code's delta (-dE/dz2), a value"),
    Public("c154-mc-eh", _MC, "b154_mc", "b154_mc",
           "            error_hidden = d_output.dot(self.weights_hidden_output.T)", ((C,),),
           (Twin("value", f"-({_MC_A1})", (f"-({_MC_A1})",), _J3),), batch=154),
    Public("c154-mc-bo", _MC, "b154_mc", "b154_mc",
           "            self.bias_output += np.sum(d_output, axis=0, keepdims=True) * self.learning_rate", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*" + _MC_D2,)),), batch=154,
           why="+= with the code's delta summed over the samples (one), times the rate"),
    Public("c154-mc-bh", _MC, "b154_mc", "b154_mc",
           "            self.bias_hidden += np.sum(d_hidden, axis=0, keepdims=True) * self.learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _MC_D1,), _J3),), batch=154),
    # ---- the multilingual page (plain Markdown lines, Unicode superscripts ⁽ˡ⁺¹⁾ and ᵀ, ∂L/∂W, ⊙): the forward
    # sum, the weights' gradient and a recursion whose W^(l+1) belongs to the next layer (the page's slip) ----------
    Public("c154-ml-z", _ML, "b154_ml", "b154_ml", "z⁽ˡ⁺¹⁾ = W⁽ˡ⁾a⁽ˡ⁾ + b⁽ˡ⁾", ((C,),),
           (Twin("value", "{p}", ("{m}",), _ML_Z),), batch=154,
           why="the forward sum, a value at every layer: W^(l) joins layer l to layer l+1"),
    Public("c154-ml-a", _ML, "b154_ml", "b154_ml", "a⁽ˡ⁺¹⁾ = σ(z⁽ˡ⁺¹⁾)", ((C,),),
           (Twin("value", "{p}", ("{m}",), _ML_A),), batch=154, why="the layers' outputs, a value; sigma the sigmoid"),
    Public("c154-ml-gw", _ML, "b154_ml", "b154_ml", "∂L/∂W⁽ˡ⁾ = δ⁽ˡ⁺¹⁾(a⁽ˡ⁾)ᵀ", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ML_G),), batch=154,
           why="every weight of the three layers, delta^(l+1) = dL/dz^(l+1), a^(1) the input"),
    Public("c154-ml-rec", _ML, "b154_ml", "b154_ml", "δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾ ⊙ σ'(z⁽ˡ⁾)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), _ML_REC),), batch=154,
           why="with the page's own forward pass (z^(l+1) = W^(l) a^(l) + b^(l)) and gradient (delta^(l+1) (a^(l))^T), "
               "the recursion is (W^(l))^T delta^(l+1): W^(l+1) is the next layer's matrix (the Nielsen-style rule "
               "copied into a page that counts its matrices the other way). At l = 2, the one layer where every "
               "name exists (W^(4) names no layer), it takes W3 where W2 belongs (the page's slip)"),
    # ---- the German wiki page's Delta-Regel (Markdown, $$ displays with trailing spaces, * for the product, a
    # numbered list's inline $ formulas with German labels): Widrow-Hoff's step, the new weight, t and delta -------
    Public("c154-de-dw", _DE, "b154_de", "b154_de", "$$\\Delta w_{i} = \\eta * (y - t) * x_{i} $$", ((C,),),
           (Twin("step", "W1[0,{i}]", ("-(eta*(y[0] - a1[0])*x[{i}])",), _I3),), batch=154,
           why="the step of a linear unit under half the squared error, the change the page adds (the step twin "
               "holds the change subtracted, -Delta w_i, as batch 92's ku-who); y the wanted output, t the net's"),
    Public("c154-de-new", _DE, "b154_de", "b154_de", "$$w_{i}^{neu} = w_{i}^{alt} + \\Delta w_{i}$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=154,
           why="the new weight, the old one plus the step"),
    Public("c154-de-t", _DE, "b154_de", "b154_de",
           "1. Vorwärtspropagierung: $t = f(\\sum_{i=1}^{n} w_{i} * x_{i})$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=154,
           why="the forward pass of the one unit, a value (f linear, n = 3)"),
    Public("c154-de-d", _DE, "b154_de", "b154_de", "1. Fehlerberechnung: $\\delta = y - t$", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=154,
           why="the deviation, wanted less computed output (-dE/dnet of the linear unit), a value"),
]
