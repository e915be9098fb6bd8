r"""Batch 62 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: stored module notes on backpropagation
with a worked practice question, QubitPi's blog post after Mitchell's chapter 4, a stored MATLAB script training one
linear neuron, a stored walk-through of dZ1 by the chain rule, cain877's MNIST README in mathematical italic
letters, a stored reStructuredText copy of Mazur's step-by-step example, RParedesPalacios' Spanish notes on a
ReLU-softmax perceptron, stored notes on a two-layer perceptron, a stored Python script of one sigmoid unit's step,
XDean's note of a layer's rules), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch62_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Six files are stored in the code corpus without their repository's name and are cited by their ids; the four
repositories' files by the commit read (QubitPi's and RParedesPalacios' the newest, cain877's and XDean's the one
the index holds: XDean's note is gone from the repository's head). A delta the page names as dL/dz (dZ2, dZ[3],
delta_2, delta_j^{(2)}, delta_j^{o}) is twinned as the derivative by z; Mitchell's delta (-dE/dnet), a local
derivative (dLoss/da, da/dz, dnet_o1/dout_h1), a derivative by an activation (dJ/dA1, dE_o1/dout_h1) and a step
(\Delta w_i, del_w) as values. Formulas keep their page's delimiters and what surrounds them on their line (a list
item's "    *   " and bold **...** or a code span, a quote's "> " and indentation, a Markdown list's bold label
before $...$, ```math fences, $$ on lines of their own, reStructuredText's ".. math::" directive with its indented
block, MATLAB's trailing semicolon, a line's trailing remark in parentheses).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 62

The batch: 54 formulas, 20 values (forward values and losses, local derivatives, Mitchell's delta_h, dJ/dA1, steps
\Delta w_i and del_w, a code line, a weight written for its step), 12 gradients, 8 deltas dL/dz, 6 updates, 7 entries
of several claims (the walk-through's line of three $...$, the Mazur copy's blocks of two to five rows, the MDPII
summary's two claims joined by \quad, XDean's aligned block of four), and 1 typo meant to be refused (Mitchell's
\delta_k \leftarrow o_k(1 - o_k)(t_k - o_l), whose o_l names no unit). 32 are LaTeX (\mathit around letters, scripts
and whole products; \leftarrow; \sum_{d \in D} over the examples and \sum_{k \in \text{outputs}} over the output
units; \vec; ```math with \mathbf{\mathbf{z_1}} and ^t for the transpose; \mathbb{1}_{z_1 > 0}; align* blocks with
\hat{y_j} and \phi'^{(2)}; omega input-first; "\\\\" for the row break; Sigmoid as a word, \times, \cdots in a
vector written (...)^T, three indices omega_{l,k,i}; ".. math::" blocks with & rows and * products), 22 plain text
or code (Unicode ∂ in bold and code spans; MATLAB statements; mathematical italic letters 𝑍[1], 𝑑𝑍[3] with
−, ′, .∗, Σ, 𝑇 and 1/m flattened to "1𝑚"; np.dot lines).

11 are mistaken somewhere (the oracle finds at least one member wrong):

- QubitPi's (Mitchell's) w_{ji} = \eta\delta_j x_{ji}: the \Delta of the step left out;
- the MATLAB script's grad_w = (prediction-gr_truth)*input and grad_b = (prediction-gr_truth), of loss =
  (prediction-gr_truth)^2: the 2 left out;
- the Mazur copy's 0.74136507 * 0.186815602 * 0.59326992 = 0.082167041 (0.59326992 for 0.593269992: the product is
  0.0821670314), its - \delta_{o1} out_{h1} (delta as the page defined it is dE/dnet, no minus),
  \frac{\partial E_{o1}}{\partial net_{o1}} = \frac{\partial E_{o1}}{\partial out_{o1}} * \frac{\partial
  net_{o1}}{\partial out_{h1}} (w_5 where dout_o1/dnet_o1 belongs; its numbers right) and 0.055399425 + -.019049119
  + 0.036350306 (+ for =);
- the two-layer notes' z_2 = np.dot(X, W_1) + b_2 (the input and W_1 for a_1 and W_2), their 6.4
  \frac{\partial L}{\partial \omega_{jk}^l} = a_k^{l-1} \delta_j^l (output-first letters where the page's omega is
  input-first), and their 8.2 chain's \log{\hat{y_j} + (1-y_i)\log(1-\hat{y_i})} (the brace takes the whole sum)
  and -(1-y_j)\frac{1}{1-\hat{y_j}} (the sign);
- XDean's Sigmoid(\sum_{k=0}^{n_{l-1}}\omega_{l,k,i} + b_l): the input a_{l-1,k} left out of the sum.

Not mistaken, though they look it: cain877's 𝑑𝑊[3]=1𝑚𝑑𝑍[3]𝐴[2]𝑇 and 𝑑𝐵[3]=1𝑚Σ𝑑𝑍[3] (1/m lost its bar in the
copy; with m = 1 example, 1 times m is 1/m), its 𝑔[1]′(𝑧[2]) (g[1] for layer 2's activation: both hidden layers are
ReLU); the MATLAB w = w-l_rate*grad_w (grad_w names the gradient, the rule is right whatever the line before
computed); the Mazur copy's 0.74136507 * 0.186815602 = 0.138498562 after its wrong symbolic member (the numbers are
the right factors), w_5 = 0.40 (the file's 0.4); the module notes' -2(1-0.8) * 0.8(1-0.8) * 0.5 = -0.032 (dL/da, da/dz
and dz/dw at y = 1, a = 0.8, x = 0.5: exact).

Choices open to question: the module notes' practice question is judged on a network of its own, one sigmoid
unit whose w = 1 and b = ln 4 - 0.5 give a = 0.8 at x = 0.5; its last line, new_w = old_w - 0.1 * (-0.032) =
old_w + 0.0032, mixes a symbol with the numbers and was left out (the oracle's twins judge a symbolic member at
random learning rates). Mitchell's x_0 = 1 is an input of its own (the linear unit has three inputs and no bias,
counted from 0 as w_0 is). Mitchell's w_{ji} names the hidden layer's weights (x_{ji} the inputs), beside w_{kh}
for the output layer's: the page's w_{ji} is any weight, which no one pattern can name. The Mazur copy's list of
initial weights writes w_8 = 0.88 where its numbers use Mazur's 0.55 (the network's). The walk-through's "A0 = X"
is judged as a claim. The two-layer notes' code names W_1 input-first ("W_1" = "W1[:, :].T", as np.dot(X, W_1)
multiplies it). Left out as the twins cannot hold them: a Jacobian written diag(\mathbb{1}_{z_1 > 0}) (a matrix
where the page means a vector, RParedesPalacios' \odot \text{diag}(...)), the walk-through's \frac{\partial
Z2}{\partial A1} = W2^T (a layout convention), and the stored script's sigmoid_derivative(h), a function the page
defines in code and no notation can name.

Collected on 2026-12-05 from 07:09 to 07:23 by the machine's clock (the oracle's runs included).
Run blind at main cbbb3e2 (/work/READY_FOR_BLIND18), with nothing under src/ changed. No notation was refused when
loaded and no refusal is the collector's notation outside the spec's grammar, so the first run is the only one
(/work/batch62_blind.txt): 37 of 54 read with every verdict right (69%), 16 refused, 1 typo refused (as meant,
naming o_{l}), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Of the 11 mistaken formulas, 5 were read
and called wrong where the oracle does (Mitchell's w_{ji} = \eta\delta_j x_{ji}, the MATLAB grad_w and grad_b, the
two-layer notes' z_2 code line and their 6.4 rule) and 6 were refused (the Mazur copy's four, the 8.2 chain, XDean's
block). By kind of claim: values 18 of 20, gradients 8 of 12, deltas 5 of 8, updates 5 of 6, entries of several
claims 1 of 7. LaTeX against plain text: the 32 in LaTeX read 17 (53%), the 22 in plain text or code 20 (91%). By
page: the module notes 5 of 6, QubitPi 4 of 7 (and the typo refused), the MATLAB script 5 of 5, the dZ1 walk-through
4 of 5, cain877 5 of 6, the Mazur copy 0 of 7, MDPII 4 of 6, the two-layer notes 5 of 6, the sigmoid-unit script 4
of 4, XDean 1 of 2.

The refusals by construct (16), with the exact message:

- 7, reStructuredText's ".. math::" directive before its formula (on its line, or with the formula indented in
  the lines after it; the whole Mazur copy): "formula '.. math:: net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} +
  b_...': unexpected at '.' (position 1)" (b62-maz-forward, -dE-dout, -dE-dw5, -neg-delta, -w5, -dEo1-dout-h1,
  -dE-dout-h1; four of them mistaken);
- 2, ^t (a lowercase t) for the transpose, \mathbf{a_1}^t and W_2^t: "formula '\\frac{\\partial L}{\\partial W_2} =
  \\delta _2 a _1^t': a_{1}^{t} matches none of the notation's patterns for a ('a_{l}')" (b62-mdp-dW2) and
  "formula '\\delta _1 = (W_2^t \\delta _2) \\odot \\mathbb{1}_{z _1 > 0}': W_{2}^{t} matches none of the notation's
  patterns for W ('W_{l}')" (b62-mdp-hidden);
- 1, a sum over the examples written \sum_{d \in D} without a 1/|D| (the loss's own sum, Mitchell's E = 1/2
  \sum_{d \in D} (t_d - o_d)^2): "formula '\\frac{\\partial E }{\\partial w _i} = \\frac{\\partial}{\\part...': a sum
  over the samples has no bound, so nothing says how many it adds: '\\frac{\\partial}{\\partial w _i} \\frac{1}{2}
  \\sum_{d \\in D ...' is right for one sample but not over N samples, where the file's reduction makes the step's
  loss their mean; give N its value in the notation ("N" = "1", the one sample check reads), or, if the page's loss
  is their total, write reduction = "sum" in the file's [update]" (b62-mit-dE-dwi);
- 1, \mathit around a sum's index and its set, \sum_{\mathit{k \in \text{outputs}}}: "formula '\\delta_{h }
  \\leftarrow {o_h(1 - o_h)}\\sum_{{k \\in \\text{o...': expected the index letter of the sum at '{' (position 44)"
  (b62-mit-delta-h);
- 1, three vectors joined by \cdot (the page's entrywise product), dZ1 = (W2^T \cdot dZ2) \cdot A1 \cdot (1 - A1):
  "formula 'dZ1 = (W2^T \\cdot dZ2) \\cdot A1 \\cdot (1 - A1)': multiplies three vectors with \cdot in ((W_{2}^T \cdot
  dZ_{2}) \cdot A_{1}) \cdot (1 - A_{1}), which an inner product times a vector and the entrywise product both fit:
  write \odot for their entrywise product, or (u \cdot v) w for an inner product times a vector" (b62-gpt-dZ1; the
  refusal docs/notation.md documents);
- 1, .∗ with the asterisk operator (U+2217) for the entrywise product, 𝑑𝑍[3].∗𝑔[1]′(𝑧[2]): "formula
  "dZ[2]=W[3]TdZ[3]. * g[1]'(z[2])": unexpected at '.' (position 17)" (b62-mn-dZ2; ∗ is read as * but the dot
  before it is left alone);
- 1, a vector written as a list in parentheses with \cdots, then ^T, A_0 = (a_{0,0}, a_{0,1}, \cdots , a_{0,n_0})^T:
  "formula 'A_0 = (a_{0,0}, a_{0,1}, \\ldots , a_{0,n_0})^T': a list in parentheses is not a formula at ','
  (position 16); write one expression" (b62-xd-forward, the first of its four claims; mistaken in its third);
- 1, a free index in one member (the page's y_i, \hat{y_i} for y_j in a chain over j): "formula "\\delta_j^{o}
  =\\frac{\\partial L}{\\partial a_j^{o}} \\phi'^{...": the index i has no value (y_{i} uses it outside a sum over i);
  name it on the left side, with --param (e.g. W2[i,i]), or in a sum" (b62-sgd-bce-delta, mistaken);
- 1, a list item's "*" glued to the formula, "    *dL/dw = dL/da * da/dz * ...": "formula '*dL/dw = dL/da * da/dz *
  dz/dw = -2(1-0.8) * 0.8(1-0.8) *...': unexpected at '*' (position 1)" (b62-mlm-q6).

Read, among the constructs these pages brought: Unicode ∂ inside bold **...** and code spans with a trailing remark
in parentheses; Mitchell's \mathit around letters, scripts and whole products, \leftarrow updates and \Delta w_{ji},
a quote's "> " with indentation; MATLAB statements ended by ";"; $...$ beside broken \( $...$ \) pairs, three claims
on one line; mathematical italic 𝑍[1], 𝑑𝑊[3]=1𝑚𝑑𝑍[3]𝐴[2]𝑇, 1𝑚Σ, 𝛼 and := ; ```math fences with
\mathbf{\mathbf{z_1}}; align* blocks with \hat{y_j} and \phi'^{(2)}, omega input-first; np.dot lines; XDean's
three-index omega_{l,i,j} chain over layers.

Which look general (would appear in much homework): reStructuredText's ".. math::" (Sphinx documentation, 7
refusals from one page), ^t for the transpose (European courses), a vector written (a_1, ..., a_n)^T, \mathit
wrapping a sum's subscript, .∗ typed with U+2217 in a copy of rendered math, a sum over a named data set D without
1/|D| (a loss summed over the examples). Page-specific or documented: three vectors joined by \cdot (documented as
refused), a free index i in one member (the page's slip), "*" glued to a list item's text.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch62_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MLMOD = _STORED.format(61755393576, "Back propagation algorithm.", "module notes on backpropagation with a practice"
                        " question, their front matter's title")
_QUBIT = ("https://github.com/QubitPi/management-blogs"
          " (docs/_posts/2022-08-08-artificial-neural-networks.md, commit 313cddb)")
_MAT = _STORED.format(23827344188, "input = 2;", "a MATLAB script training one linear neuron")
_GPTZ = _STORED.format(40642400292, "### Recap of the Network Structure and Variables:",
                       "a walk-through of dZ1 by the chain rule")
_CAIN = "https://github.com/cain877/mnist-nn-from-scratch (README.md, commit b2419f0)"
_MAZ = _STORED.format(6976270395, "Multilayer Perceptron", "a reStructuredText copy of Mazur's step-by-step example")
_MDP = "https://github.com/RParedesPalacios/MDPII (Teoría/TEMA3/softmax_crossent.md, commit e2200f1)"
_SGD2 = _STORED.format(31447282514, "## 5. Very simplified explanation about the computation",
                       "notes on a two-layer perceptron's backpropagation")
_UDNUM = _STORED.format(11407920069, "import numpy as np", "a Python script of one sigmoid unit's weight step")
_XDEAN = "https://github.com/XDean/Share (doc/machine/GradientDescentAndBackPropagation.md, commit 20681f7)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_I4 = tuple({"i": i} for i in range(4))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_H2 = tuple({"h": h} for h in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JK22 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_JK33 = tuple({"j": j, "k": k} for j in range(3) for k in range(3))
_KI33 = tuple({"k": k, "i": i} for k in range(3) for i in range(3))

# the module notes' neuron: dLoss/dw1 of Loss = (y - a)^2
_MLW = "2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"
# Mitchell's linear unit: dE/dw_i of E = 1/2 (t - o)^2
_LIN = "(a1[0] - y[0])*x[{i}]"
# Mitchell's error terms -dE/dnet of the output units, and of hidden unit {j} (or {h})
_MD0 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_MD1 = "(y[1] - a2[1])*a2[1]*(1 - a2[1])"
_MDH = "a1[{h}]*(1 - a1[{h}])*(W2[0,{h}]*" + _MD0 + " + W2[1,{h}]*" + _MD1 + ")"
_MDJ = _MDH.replace("{h}", "{j}")
# the MNIST README's dL/dz3 . W3 into hidden unit {j} (the cross-entropy of a softmax)
_CW3 = "(W3[0,{j}]*(a3[0] - t[0]) + W3[1,{j}]*(a3[1] - t[1]) + W3[2,{j}]*(a3[2] - t[2]))"
# the Mazur copy's dE_o1/dnet_o1 and dE_total/dout_h1
_DO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DH1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0]"
# the MDPII notes' W_2^t delta_2 into hidden unit {k}
_MDA = "(W2[0,{k}]*(a2[0] - t[0]) + W2[1,{k}]*(a2[1] - t[1]) + W2[2,{k}]*(a2[2] - t[2]))"
# the two-layer notes' hidden delta (identity outputs, half squared error)
_SD1 = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*a1[{j}]*(1 - a1[{j}])"


def _sgd_weight_rule() -> tuple:
    """The two-layer notes' dL/domega_{jk}^l = a_k^{l-1} delta_j^l at every layer l and units j, k: omega_{jk}^l
    (input-first) joins unit j of layer l-1 to unit k of layer l, W{l}[k, j]."""
    below = {1: "x", 2: "a1"}
    delta = {1: _SD1, 2: "(a2[{j}] - y[{j}])"}
    return tuple({"p": f"W{layer}[{k},{j}]",
                  "rhs": f"{below[layer]}[{k}]*" + delta[layer].replace("{j}", str(j))}
                 for layer in (1, 2) for j in range(2) for k in range(2))


def _xdean_layers() -> tuple:
    """XDean's rule over the layer l and unit i, with layer l-1's outputs (the inputs below layer 1)."""
    below = {1: ("x[0]", "x[1]"), 2: ("a1[0]", "a1[1]")}
    return tuple({"l": layer, "i": i, "p0": below[layer][0], "p1": below[layer][1]}
                 for layer in (1, 2) for i in range(2))


def _xdean_chain() -> tuple:
    """XDean's dE/domega_{l,i,j} = dE/da_{l,j} da_{l,j}/dnet_{l,j} dnet_{l,j}/domega_{l,i,j} at every l, i, j;
    omega_{l,i,j} (input-first) is W{l}[j, i]."""
    out = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}]"
    rows = []
    for layer in (1, 2):
        for i in range(2):
            for j in range(2):
                if layer == 2:
                    rhs = f"(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]"
                else:
                    rhs = f"({out.replace('{j}', str(j))})*a1[{j}]*(1 - a1[{j}])*x[{i}]"
                rows.append({"p": f"W{layer}[{j},{i}]", "rhs": rhs})
    return tuple(rows)

ENTRIES: list[Public] = [
    # ---- the stored module notes (id 61755393576): plain text in a list, Unicode ∂ in bold (**...**) and code
    # spans, -2*(y - a), a trailing remark in parentheses; practice question 6 worked in numbers after a bare "*" --
    Public("b62-mlm-loss", _MLMOD, "b62_mlmod", "b62_mlmod",
           "    *   `Loss = (y - a)^2` (Assuming `y` is the target value and scaling factor of 1)", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=62),
    Public("b62-mlm-dloss-da", _MLMOD, "b62_mlmod", "b62_mlmod", "    *   **∂Loss/∂a = -2*(y - a)**", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("-2*(y[0] - a1[0])",)),), batch=62,
           why="dLoss/da, the loss's derivative by the output, a value"),
    Public("b62-mlm-da-dz", _MLMOD, "b62_mlmod", "b62_mlmod",
           "    *   **∂a/∂z = sigmoid(z) * (1 - sigmoid(z)) = a * (1 - a)** (Derivative of sigmoid)", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))", "a1[0]*(1 - a1[0])")),),
           batch=62, why="da/dz, a local derivative, a value"),
    Public("b62-mlm-dw1", _MLMOD, "b62_mlmod", "b62_mlmod",
           "    *   **∂Loss/∂w1 = (∂Loss/∂a) * (∂a/∂z) * (∂z/∂w1) = -2*(y - a) * a * (1 - a) * x1**", ((C, C),),
           (Twin("gradient", "W1[0,0]", (_MLW, "-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]")),), batch=62),
    Public("b62-mlm-update", _MLMOD, "b62_mlmod", "b62_mlmod", "    *   `w1 = w1 - learning_rate * ∂Loss/∂w1`",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=62),
    Public("b62-mlm-q6", _MLMOD, "b62_mlmod_q6", "b62_mlmod_q6",
           "    *dL/dw = dL/da * da/dz * dz/dw = -2(1-0.8) * 0.8(1-0.8) * 0.5 = -2 * 0.2 * 0.8 * 0.2 * 0.5 = -0.032",
           ((C, C, C, C),),
           (Twin("gradient", "W1[0,0]", (_MLW, "=-2*(1-0.8)*0.8*(1-0.8)*0.5", "=-2*0.2*0.8*0.2*0.5", "=-0.032")),),
           batch=62, why="practice question 6: y = 1, a = 0.8, dz/dw = 0.5; its answer's line under the question"),
    # ---- QubitPi's post after Mitchell's chapter 4: $$ ... $$ with \mathit around letters, scripts and whole
    # products (\mathit{o_k(1 - o_k)(t_k - o_l)}), \leftarrow, \sum_{d \in D} over the examples, \vec, a quote's
    # "> " and indentation; delta is -dE/dnet (Mitchell's sign) -------------------------------------------------
    Public("b62-mit-perc-rule", _QUBIT, "b62_mit_lin", "b62_mit_lin",
           '$$ \\mathit{w}_\\mathit{i} \\leftarrow \\mathit{w}_\\mathit{i} + \\Delta \\mathit{w}_\\mathit{i} $$',
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=62,
           why="the perceptron training rule, judged on the delta rule's linear unit (its \\Delta w_i the same step)"),
    Public("b62-mit-perc-step", _QUBIT, "b62_mit_lin", "b62_mit_lin",
           '$$ \\Delta \\mathit{w}_\\mathit{i} = \\mathit{\\eta} (t - o) \\mathit{x}_\\mathit{i} $$', ((C,),),
           (Twin("value", "-eta*" + _LIN, ("eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=62),
    Public("b62-mit-dE-dwi", _QUBIT, "b62_mit_lin", "b62_mit_lin",
           '$$\n\\frac{\\partial \\mathit{E}}{\\partial \\mathit{w_i}} = \\frac{\\partial}{\\partial \\mathit{w_i}} '
           '\\frac{1}{2} \\sum_{\\mathit{d} \\in \\mathit{D}} (\\mathit{t_d} - \\mathit{o_d})^2 = \\frac{1}{2} '
           '\\sum_{\\mathit{d} \\in \\mathit{D}} \\frac{\\partial}{\\partial \\mathit{w_i}} (\\mathit{t_d} - '
           '\\mathit{o_d})^2 = \\frac{1}{2} \\sum_{\\mathit{d} \\in \\mathit{D}} 2(\\mathit{t_d} - \\mathit{o_d}) '
           '\\frac{\\partial}{\\partial \\mathit{w_i}} (\\mathit{t_d} - \\mathit{o_d}) = \\sum_{\\mathit{d} \\in '
           '\\mathit{D}} (\\mathit{t_d} - \\mathit{o_d}) \\frac{\\partial}{\\partial \\mathit{w_i}} (\\mathit{t_d} - '
           '\\vec{\\mathit{w}} \\cdot \\vec{\\mathit{x_d}}) = \\sum_{\\mathit{d} \\in \\mathit{D}} (\\mathit{t_d} - '
           '\\mathit{o_d}) (-\\mathit{x_{id}})\n$$', ((C, C, C, C, C),),
           (Twin("gradient", "W1[0,{i}]", (_LIN, _LIN, "(1/2)*2*(y[0] - a1[0])*(-x[{i}])", "(y[0] - a1[0])*(-x[{i}])",
                                           "(y[0] - a1[0])*(-x[{i}])"), _I3),), batch=62,
           why="D holds one example; the members that still write d/dw_i of an expression are twinned as its value"),
    Public("b62-mit-delta-k", _QUBIT, "b62_mit_bp", "b62_mit_bp",
           '>           $$ \\delta_\\mathit{k} \\leftarrow \\mathit{o_k(1 - o_k)(t_k - o_l)}$$', unreadable="o_{l}",
           batch=62, why="the page's typo: o_l for o_k (Mitchell's delta_k = o_k(1 - o_k)(t_k - o_k)); no unit l"),
    Public("b62-mit-delta-h", _QUBIT, "b62_mit_bp", "b62_mit_bp",
           '>           $$ \\delta_\\mathit{h} \\leftarrow \\mathit{o_h(1 - o_h)}\\sum_{\\mathit{k \\in \\text{outputs}}}'
           '\\mathit{w_{kh}\\delta_k} $$', ((C,),),
           (Twin("value", "-a1[{h}]*(1 - a1[{h}])*(W2[0,{h}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{h}]*(a2[1] - "
                 "y[1])*a2[1]*(1 - a2[1]))", (_MDH,), _H2),), batch=62,
           why="delta_h = -dE/dnet_h, a value; the sum over the set of output units"),
    Public("b62-mit-w-rule", _QUBIT, "b62_mit_bp", "b62_mit_bp",
           '>           $$ \\mathit{w_{ji}} \\leftarrow \\mathit{w_{ji}} + \\Delta\\mathit{w_{ji}} $$', ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI2),), batch=62,
           why="w_{ji} the hidden layer's weight from input i, \\Delta w_{ji} = eta delta_j x_{ji} (the algorithm's)"),
    Public("b62-mit-w-typo", _QUBIT, "b62_mit_bp", "b62_mit_bp",
           '>           $$ \\mathit{w_{ji}} = \\eta\\delta_{\\mathit{j}}\\mathit{x_{ji}} $$', ((W,),),
           (Twin("value", "W1[{j},{i}]", ("eta*" + _MDJ + "*x[{i}]",), _JI2),), batch=62,
           why="the \\Delta of \\Delta w_{ji} = eta delta_j x_{ji} left out: the weight itself is not the step"),
    # ---- the stored MATLAB script (id 23827344188): statements ended by ";", ^ for the power, names of words; the
    # squared loss's gradients written without their 2 -----------------------------------------------------------
    Public("b62-mat-loss", _MAT, "b62_mat", "b62_mat", "    loss = (prediction-gr_truth)^2;", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=62),
    Public("b62-mat-grad-w", _MAT, "b62_mat", "b62_mat", "    grad_w = (prediction-gr_truth)*input;", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=62,
           why="the gradient of loss = (prediction - gr_truth)^2 is 2 (prediction - gr_truth) input: the 2 left out"),
    Public("b62-mat-grad-b", _MAT, "b62_mat", "b62_mat", "    grad_b = (prediction-gr_truth);", ((W,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=62, why="the 2 left out, as in grad_w"),
    Public("b62-mat-update", _MAT, "b62_mat", "b62_mat", "    w = w-l_rate*grad_w;", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=62,
           why="grad_w names dloss/dw: the rule is right whatever the line before computed"),
    Public("b62-mat-out", _MAT, "b62_mat", "b62_mat", "    out = in*w + b;", ((C,),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=62,
           why="inside function out = neuron(in, w, b), called with the input"),
    # ---- the stored walk-through of dZ1 (id 40642400292): $...$ in list items beside broken \( $...$ \) pairs,
    # $$ on lines of their own, names with digits (A2, Z1, W2^T, dZ2), \cdot for every product --------------------
    Public("b62-gpt-A2", _GPTZ, "b62_gptz", "b62_gptz",
           "-  $A2 = \\sigma(Z2)$ , where ( $\\sigma$ ) is the sigmoid function applied to the pre-activation $( Z2$ \\).",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=62,
           why="the line's other $...$ hold a name and a stray \"( Z2\", no claim"),
    Public("b62-gpt-A1", _GPTZ, "b62_gptz", "b62_gptz",
           "-  $A1 = \\sigma(Z1)$ , where \\( $Z1 = W1 \\cdot A0 + b1$ \\) (and \\( $A0 = X$ \\)).",
           ((C,), (C,), (C,)),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),
            Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),
            Twin("value", "x[{i}]", ("x[{i}]",), _I2)), batch=62, why="three claims on one line"),
    Public("b62-gpt-dZ2", _GPTZ, "b62_gptz", "b62_gptz", "$$\ndZ2 = \\frac{\\partial J}{\\partial Z2} = A2 - Y\n$$",
           ((C, C),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=62),
    Public("b62-gpt-dA1", _GPTZ, "b62_gptz", "b62_gptz",
           "$$\n\\frac{\\partial J}{\\partial A1} = W2^T \\cdot dZ2\n$$", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J2),), batch=62,
           why="dJ/dA1, a value"),
    Public("b62-gpt-dZ1", _GPTZ, "b62_gptz", "b62_gptz",
           "2. $dZ1 = (W2^T \\cdot dZ2) \\cdot A1 \\cdot (1 - A1)$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=62,
           why="the summary's second item; \\cdot the entrywise product between the vectors, as the page says"),
    # ---- cain877's README: mathematical italic letters (U+1D400 block) copied from a rendered page, the layer in
    # brackets, − (U+2212), ′ (U+2032), .∗ (U+2217), Σ, 𝑇 for the transpose, 1/m flattened to "1𝑚" ------
    Public("b62-mn-Z1", _CAIN, "b62_mnist", "b62_mnist", "* 𝑍[1]=𝑊[1]𝑋+𝑏[1]", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J3),),
           batch=62),
    Public("b62-mn-dZ3", _CAIN, "b62_mnist", "b62_mnist", "* 𝑑𝑍[3]=𝐴[3]−𝑌", ((C,),),
           (Twin("gradient_z", "z3[{j}]", ("a3[{j}] - t[{j}]",), _J3),), batch=62),
    Public("b62-mn-dW3", _CAIN, "b62_mnist", "b62_mnist", "* 𝑑𝑊[3]=1𝑚𝑑𝑍[3]𝐴[2]𝑇", ((C,),),
           (Twin("gradient", "W3[{j},{k}]", ("1*1*(a3[{j}] - t[{j}])*a2[{k}]",), _JK33),), batch=62,
           why="1/m lost its fraction bar in the copy (\"1𝑚\", 1 times m as written); m = 1 example, so either way"),
    Public("b62-mn-dB3", _CAIN, "b62_mnist", "b62_mnist", "* 𝑑𝐵[3]=1𝑚Σ𝑑𝑍[3]", ((C,),),
           (Twin("gradient", "b3[{j}]", ("1*1*(a3[{j}] - t[{j}])",), _J3),), batch=62,
           why="Σ over the m examples (one), as Ng's np.sum(dZ, axis=1); dB the page's capital for db"),
    Public("b62-mn-dZ2", _CAIN, "b62_mnist", "b62_mnist", "* 𝑑𝑍[2]=𝑊[3]𝑇𝑑𝑍[3].∗𝑔[1]′(𝑧[2])", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_CW3 + "*Heaviside(z2[{j}])",), _J3),), batch=62,
           why="g[1]' for layer 2's ReLU: both hidden layers are ReLU, so the page's 1 changes nothing"),
    Public("b62-mn-W3", _CAIN, "b62_mnist", "b62_mnist", "* 𝑊[3]:=𝑊[3]−𝛼𝑑𝑊[3]", ((C,),),
           (Twin("update", "W3[{j},{k}]", ("W3[{j},{k}] - eta*grad",), _JK33),), batch=62),
    # ---- the stored reStructuredText copy of Mazur's example (id 6976270395): ".. math::" directives, blocks of
    # rows opened by & and ended by \\, * for every product, "* -1", a product continued on the next line; worked
    # numbers with a dropped digit, a + typed for =, and the wrong factor in one chain ----------------------------
    Public("b62-maz-forward", _MAZ, "b62_maz", "b62_maz",
           ".. math::\n\n    & net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} + b_2 * 1 \\\\\n    & net_{o1} = 0.4 * "
           "0.593269992 + 0.45 * 0.596884378 + 0.6 * 1 = 1.105905967 \\\\\n    & out_{o1} = \\frac{1}{1+e^{-net_{o1}}} "
           "= \\frac{1}{1+e^{-1.105905967}} = 0.75136507 \\\\\n    & out_{o2} = 0.772928465",
           ((C,), (C, C), (C, C, C), (C,)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2*1",)),
            Twin("value", "z2[0]", ("=0.4*0.593269992 + 0.45*0.596884378 + 0.6*1", "=1.105905967")),
            Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))", "=1/(1 + np.exp(-1.105905967))", "=0.75136507")),
            Twin("value", "a2[1]", ("=0.772928465",))), batch=62, why="four rows, four claims"),
    Public("b62-maz-dE-dout", _MAZ, "b62_maz", "b62_maz",
           ".. math::\n\n    & E_{total} = \\frac{1}{2}(target_{o1} - out_{o1}) ^ 2 + \\frac{1}{2}(target_{o2} - out_{o2}) "
           "^ 2 \\\\\n    & \\frac{\\partial E_{total}}{\\partial out_{o1}} = 2 * \\frac{1}{2}(target_{o1} - out_{o1})^{2-1}"
           " * -1 + 0 \\\\\n    & \\frac{\\partial E_{total}}{\\partial out_{o1}} = -(target_{o1} - out_{o1}) = -(0.01 - "
           "0.75136507) = 0.74136507", ((C,), (C,), (C, C, C)),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2", ("(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",)),
            Twin("value", "a2[0] - y[0]", ("2*(1/2)*(y[0] - a2[0])**(2 - 1)*(-1) + 0",)),
            Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.75136507)", "=0.74136507"))), batch=62,
           why="E_total itself, then dE_total/dout_o1 (a value) twice"),
    Public("b62-maz-dE-dw5", _MAZ, "b62_maz", "b62_maz",
           ".. math::\n\n    & \\frac{\\partial E_{total}}{\\partial w_5} = \\frac{\\partial E_{total}}{\\partial out_{o1}} *"
           "\n      \\frac{\\partial out_{o1}}{\\partial net_{o1}} * \\frac{\\partial net_{o1}}{\\partial w_5} \\\\\n    "
           "& \\frac{\\partial E_{total}}{\\partial w_5} = 0.74136507 * 0.186815602 * 0.59326992 = 0.082167041",
           ((C,), (W, C)),
           (Twin("gradient", "W2[0,0]", (_DO1 + "*a1[0]",)),
            Twin("gradient", "W2[0,0]", ("=0.74136507*0.186815602*0.59326992", "=0.082167041"))), batch=62,
           why="0.59326992 for out_h1 = 0.593269992 (a 9 dropped): the product written is 0.0821670314, not the"
               " 0.082167041 it claims, which is the true gradient"),
    Public("b62-maz-neg-delta", _MAZ, "b62_maz", "b62_maz",
           ".. math:: \\frac{\\partial E_{total}}{\\partial w_5} = - \\delta_{o1} out_{h1}", ((W,),),
           (Twin("gradient", "W2[0,0]", ("-" + _DO1 + "*a1[0]",)),), batch=62,
           why="delta_o1 is dE_total/dnet_o1 as the page defines it two lines before; the minus belongs to an error"
               " term of the other sign (\"if the output layer error meter is negative\")"),
    Public("b62-maz-w5", _MAZ, "b62_maz", "b62_maz",
           ".. math:: w_5^+ = w_5 - \\eta * \\frac{\\partial E_{total}}{\\partial w_5} = 0.4 - 0.5*0.082167041 = "
           "0.35891648", ((C, C, C),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad", "=0.4 - 0.5*0.082167041", "=0.35891648")),), batch=62),
    Public("b62-maz-dEo1-dout-h1", _MAZ, "b62_maz", "b62_maz",
           ".. math::\n\n    & \\frac{\\partial E_{o1}}{\\partial out_{h1}} = \\frac{\\partial E_{o1}}{\\partial net_{o1}} *\n"
           "        \\frac{\\partial net_{o1}}{\\partial out_{h1}} \\\\\n    & \\frac{\\partial E_{o1}}{\\partial net_{o1}} = "
           "\\frac{\\partial E_{o1}}{\\partial out_{o1}} *\n        \\frac{\\partial net_{o1}}{\\partial out_{h1}} = "
           "0.74136507 * 0.186815602 = 0.138498562 \\\\\n    & net_{o1} = w_5 * out_{h1} + w_6 * out_{h2} + b_2 * 1 "
           "\\\\\n    & \\frac{\\partial net_{o1}}{\\partial out_{h1}} = w_5 = 0.40 \\\\\n    & \\frac{\\partial E_{o1}}"
           "{\\partial out_{h1}} =\\frac{\\partial E_{o1}}{\\partial net_{o1}} *\n        \\frac{\\partial net_{o1}}"
           "{\\partial out_{h1}} = 0.138498562 * 0.40 = 0.055399425",
           ((C,), (W, C, C), (C,), (C, C), (C, C, C)),
           (Twin("value", _DO1 + "*W2[0,0]", (_DO1 + "*W2[0,0]",)),
            Twin("value", _DO1, ("(a2[0] - y[0])*W2[0,0]", "=0.74136507*0.186815602", "=0.138498562")),
            Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2*1",)),
            Twin("value", "W2[0,0]", ("W2[0,0]", "=0.40")),
            Twin("value", _DO1 + "*W2[0,0]", (_DO1 + "*W2[0,0]", "=0.138498562*0.40", "=0.055399425"))), batch=62,
           why="dE_o1/dnet_o1 written as dE_o1/dout_o1 times dnet_o1/dout_h1 (w_5) where dout_o1/dnet_o1 belongs;"
               " its numbers are the right factors"),
    Public("b62-maz-dE-dout-h1", _MAZ, "b62_maz", "b62_maz",
           ".. math::\n\n    \\frac{\\partial E_{total}}{\\partial out_{h1}} =\n    \\frac{\\partial E_{o1}}{\\partial out_{h1}}"
           " +\n    \\frac{\\partial E_{o2}}{\\partial out_{h1}} =\n    0.055399425 + -.019049119 + 0.036350306",
           ((C, W),), (Twin("value", _DH1, (_DH1, "=0.055399425 + -.019049119 + 0.036350306")),), batch=62,
           why="\"+ 0.036350306\" where \"= 0.036350306\" was meant: the member adds three numbers, 0.0727"),
    # ---- RParedesPalacios' MDPII notes (Spanish): $...$ in list items after bold labels, ```math fences, bold set
    # twice (\mathbf{\mathbf{z_1}}), ^t for the transpose, \mathbb{1}_{z_1 > 0} the indicator, \quad between claims --
    Public("b62-mdp-z1", _MDP, "b62_mdp", "b62_mdp",
           '- **Capa oculta**: $\\mathbf{\\mathbf{z_1}} = W_1 \\mathbf{x}$, donde $W_1 \\in \\mathbb{R}^{h \\times d}$.',
           ((C,),), (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J3),), batch=62,
           why="the line's second $...$, W_1's shape, is no claim"),
    Public("b62-mdp-a1", _MDP, "b62_mdp", "b62_mdp",
           '- **Activación**: $\\mathbf{\\mathbf{a_1}} = \\text{ReLU}(\\mathbf{z_1}) = \\max(0, \\mathbf{\\mathbf{z_1}})$.',
           ((C, C),), (Twin("value", "a1[{j}]", ("relu(z1[{j}])", "np.maximum(0, z1[{j}])"), _J3),), batch=62),
    Public("b62-mdp-softmax", _MDP, "b62_mdp", "b62_mdp",
           '```math\ny_{\\text{pred}, i} = \\frac{e^{z_{2,i}}}{\\sum_{j=1}^k e^{z_{2,j}}}.\n```', ((C,),),
           (Twin("value", "a2[{i}]", ("exp(z2[{i}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _I3),), batch=62),
    Public("b62-mdp-delta2", _MDP, "b62_mdp", "b62_mdp",
           '```math\n     \\mathbf{\\delta_2} = \\frac{\\partial L}{\\partial \\mathbf{\\mathbf{z_2}}} = y_{\\text{pred}} - y,'
           '\n```', ((C, C),), (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]", "a2[{j}] - t[{j}]"), _J3),),
           batch=62),
    Public("b62-mdp-dW2", _MDP, "b62_mdp", "b62_mdp",
           '```math\n     \\frac{\\partial L}{\\partial W_2} = \\mathbf{\\delta_2} \\mathbf{a_1}^t.\n```', ((C,),),
           (Twin("gradient", "W2[{j},{k}]", ("(a2[{j}] - t[{j}])*a1[{k}]",), _JK33),), batch=62),
    Public("b62-mdp-hidden", _MDP, "b62_mdp", "b62_mdp",
           '```math\n   \\mathbf{\\delta_1} = (W_2^t \\mathbf{\\delta_2}) \\odot \\mathbb{1}_{\\mathbf{z_1} > 0}, \\quad '
           '\\frac{\\partial L}{\\partial W_1} = \\mathbf{\\delta_1} \\mathbf{x}^t.\n```', ((C,), (C,)),
           (Twin("gradient_z", "z1[{k}]", (_MDA + "*Heaviside(z1[{k}])",), _K3),
            Twin("gradient", "W1[{k},{i}]", (_MDA + "*Heaviside(z1[{k}])*x[{i}]",), _KI33)), batch=62,
           why="the summary's hidden layer: two claims joined by \\quad"),
    # ---- the stored notes on a two-layer perceptron (id 31447282514): a ```python block's line, align* blocks,
    # \hat{y_j} with the script inside, phi'^{(2)} (a prime before the layer), omega input-first; a code line
    # computing z_2 from X and W_1, omega's indices swapped in 6.4, a sign and a brace wrong in 8.2 --------------
    Public("b62-sgd-z2-code", _SGD2, "b62_sgd2", "b62_sgd2", "z_2 = np.dot(X, W_1) + b_2", ((W,),),
           (Twin("value", "z2[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b2[{j}]",), _J2),), batch=62,
           why="X and W_1 where a_1 and W_2 belong: the line above it computes z_1 = np.dot(X, W_1) + b_1"),
    Public("b62-sgd-delta2", _SGD2, "b62_sgd2", "b62_sgd2",
           "$$\n\\begin{align*}\n  \\delta_j^{(2)}\n  &= \\frac{\\partial L}{\\partial z_j^{(2)}}\n  = \\frac{\\partial L}"
           "{\\partial \\hat{y_j}} \\frac{\\partial \\hat{y_j}}{\\partial z_j^{(2)}}\n  = \\frac{\\partial L}{\\partial "
           "\\hat{y_j}} \\frac{\\partial a_j^{(2)}}{\\partial z_j^{(2)}} \\\\\n  &= \\frac{\\partial L}{\\partial \\hat{y_j}}"
           " \\frac{\\partial \\phi^{(2)}(z_j^{(2)})}{\\partial z_j^{(2)}}\n  = \\frac{\\partial L}{\\partial \\hat{y_j}} "
           "\\phi'^{(2)}(z_j^{(2)})\n\\end{align*}\n$$", ((C, C, C, C, C),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - y[{j}]",) * 5, _J2),), batch=62,
           why="the output's error term, phi^{(2)} the identity of section 8.1"),
    Public("b62-sgd-dw2", _SGD2, "b62_sgd2", "b62_sgd2",
           "$$\n\\begin{align*}\n  \\frac{\\partial L}{\\partial \\omega^{(2)}_{k,j}}\n  &= \\frac{\\partial L}{\\partial "
           "\\hat{y_j}} \\frac{\\partial \\hat{y_j}}{\\partial \\omega^{(2)}_{k,j}}\n  = \\frac{\\partial L}{\\partial "
           "\\hat{y_j}} \\frac{\\partial a_j^{(2)}}{\\partial \\omega^{(2)}_{k,j}}\n  = \\frac{\\partial L}{\\partial "
           "\\hat{y_j}} \\frac{\\partial  \\phi^{(2)}(z_j^{(2)})}{\\partial \\omega^{(2)}_{k,j}} \\\\\n  &= \\frac{\\partial"
           " L}{\\partial \\hat{y_j}} \\frac{\\partial  \\phi^{(2)}(z_j^{(2)})}{\\partial z_j^{(2)}} \\frac{\\partial "
           "z_j^{(2)}}{\\partial \\omega^{(2)}_{k,j}}\n  = \\frac{\\partial L}{\\partial \\hat{y_j}} \\phi'^{(2)}"
           "(z_j^{(2)}) \\cdot a^{(1)}_k \\\\\n  &= \\delta_j^{(2)} a^{(1)}_k\n\\end{align*}\n$$", ((C,) * 6,),
           (Twin("gradient", "W2[{j},{k}]", ("(a2[{j}] - y[{j}])*a1[{k}]",) * 6, _JK22),), batch=62,
           why="omega^{(2)}_{k,j} joins hidden neuron k to output neuron j (the page's input-first order)"),
    Public("b62-sgd-delta1", _SGD2, "b62_sgd2", "b62_sgd2",
           "$$\n\\begin{align*}\n  \\delta_j^{(1)}\n  &= \\frac{\\partial L}{\\partial z_j^{(1)}}\n  = \\sum_k \\frac{\\partial"
           " L}{\\partial z_k ^ {(2)}} \\frac{\\partial z_k ^ {(2)}}{\\partial z_j ^ {(1)}}\n  = \\sum_k \\frac{\\partial "
           "z_k ^ {(2)}}{\\partial z_j ^ {(1)}} \\delta_k^{(2)}\n  = \\sum_k \\omega_{j,k}^{(2)}\\phi'(z_j^{(1)}) "
           "\\delta_k^{(2)}\n\\end{align*}\n$$", ((C, C, C, C),),
           (Twin("gradient_z", "z1[{j}]", (_SD1,) * 4, _J2),), batch=62,
           why="phi without its layer the hidden layer's (the sigmoid here)"),
    Public("b62-sgd-dw-rule", _SGD2, "b62_sgd2", "b62_sgd2",
           "$$\\frac{\\partial L}{\\partial \\omega_{jk}^l} = a_k^{l-1} \\delta_j^l$$", ((W,),),
           (Twin("gradient", "{p}", ("{rhs}",), _sgd_weight_rule()),), batch=62,
           why="section 6.4's scalar form in output-first letters (j of layer l, k of layer l-1) where the page's"
               " omega is input-first (omega^{(2)}_{k,j}, omega_{j,k}^{l+1} in 6.2): as the page's notation reads it,"
               " omega_{jk}^l joins j to k and its gradient is a_j^{l-1} delta_k^l"),
    Public("b62-sgd-bce-delta", _SGD2, "b62_sgd2_bce", "b62_sgd2_bce",
           "$$\n\\begin{align*}\n\\delta_j^{o}\n&=\\frac{\\partial L}{\\partial a_j^{o}} \\phi'^{o}(z_j^{o})\n=\\frac"
           "{\\partial L}{\\partial \\hat{y_j}} \\phi'^{o}(z_j^{o})\n=\\frac{\\partial L}{\\partial \\hat{y_j}} "
           "\\phi^{o}(z_j^o)(1-\\phi^{o}(z_j^o)) \\\\\n&=\\frac{\\partial}{\\partial \\hat{y_j}} \\left(-\\sum_j \\left( "
           "y_i \\log{\\hat{y_j} + (1-y_i)\\log(1-\\hat{y_i})}\\right) \\right)\\hat{y_j} (1-\\hat{y_j}) \\\\\n&= \\left("
           " -y_j\\frac{1}{\\hat{y_j}} -(1-y_j)\\frac{1}{1-\\hat{y_j}} \\right)\\hat{y_j} (1-\\hat{y_j}) = \\left(- "
           "\\frac{y_j-\\hat{y_j}}{\\hat{y_j}(1-\\hat{y_j})} \\right) \\hat{y_j} (1-\\hat{y_j}) \\\\\n&= -(y_j - "
           "\\hat{y_j})\n\\end{align*}\n$$", ((C, C, C, W, W, C, C),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]", "a2[0] - y[0]", "a2[0] - y[0]",
                                         "-y[0]*(1 - (1 - y[0])/(1 - a2[0]))/(a2[0] + (1 - y[0])*log(1 - a2[0]))"
                                         "*a2[0]*(1 - a2[0])",
                                         "(-y[0]/a2[0] - (1 - y[0])/(1 - a2[0]))*a2[0]*(1 - a2[0])",
                                         "(-(y[0] - a2[0])/(a2[0]*(1 - a2[0])))*a2[0]*(1 - a2[0])",
                                         "-(y[0] - a2[0])")),), batch=62,
           why="section 8.2, one sigmoid output: the fourth member's brace closes after (1-y_i)\\log(1-\\hat{y_i}),"
               " so \\log takes the whole sum (its i the page's slip for j, one output unit); the fifth writes"
               " -(1-y_j)/(1-\\hat{y_j}) where d/d\\hat{y} of -(1-y)\\log(1-\\hat{y}) is +(1-y)/(1-\\hat{y}); the sixth"
               " is right again"),
    # ---- the stored Python script of one sigmoid unit (id 11407920069): assignments without spaces, np.dot, the
    # step del_w = error_term * learnrate * x -----------------------------------------------------------------
    Public("b62-udn-h", _UDNUM, "b62_udnum", "b62_udnum", "h=np.dot(weights,x)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3]",)),), batch=62),
    Public("b62-udn-error", _UDNUM, "b62_udnum", "b62_udnum", "error = y-output", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=62),
    Public("b62-udn-error-term", _UDNUM, "b62_udnum", "b62_udnum", "error_term = error * output_grad", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=62,
           why="error_term = -dL/dh of the half squared error, a value"),
    Public("b62-udn-del-w", _UDNUM, "b62_udnum", "b62_udnum", "del_w=error_term* learnrate* x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",
                 ("(y[0] - a1[0])*a1[0]*(1 - a1[0])*eta*x[{i}]",), _I4),), batch=62,
           why="the weights' step, -learnrate dL/dw"),
    # ---- XDean's note: an aligned block of several claims whose rows end in "\\\\" (the Markdown escape of \\),
    # vectors written (a_{l,0}, ..., a_{l,n_l})^T, Sigmoid as a word, \times, three indices omega_{l,k,i}; the input
    # a_{l-1,k} left out of the sum ------------------------------------------------------------------------------
    Public("b62-xd-forward", _XDEAN, "b62_xdean", "b62_xdean",
           '$$\n\\begin{aligned}\nA_0 &= (a_{0,0}, a_{0,1}, \\cdots , a_{0,n_0})^T \\\\\\\\\nA_l &= (a_{l,0}, a_{l,1},'
           ' \\cdots , a_{l,n_l})^T \\\\\\\\\n&= Sigmoid(NET_l) \\\\\\\\\n&= Sigmoid( \\Omega_l \\times A_{l-1} + b_l )'
           ' \\\\\\\\\na_{l,i} &= Sigmoid(net_{l,i}) \\\\\\\\\n&= Sigmoid(\\sum_{k=0}^{n_{l-1}}\\omega_{l,k,i} + b_l)'
           ' \\\\\\\\\nE &= \\sum_{k=0}^{n_L}(a_{L,k}-t_k)^2 / 2\n\\end{aligned}\n$$',
           ((C,), (C, C, C), (C, W), (C,)),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I2),
            Twin("value", "a{l}[{i}]", ("a{l}[{i}]", "sigmoid(z{l}[{i}])",
                                       "sigmoid(W{l}[{i},0]*{p0} + W{l}[{i},1]*{p1} + b{l})"), _xdean_layers()),
            Twin("value", "a{l}[{i}]", ("sigmoid(z{l}[{i}])", "sigmoid(W{l}[{i},0] + W{l}[{i},1] + b{l})"),
                 _xdean_layers()),
            Twin("value", "(a2[0] - y[0])**2/2 + (a2[1] - y[1])**2/2", ("(a2[0] - y[0])**2/2 + (a2[1] - y[1])**2/2",))),
           batch=62, why="four claims, the layer's rules over l (1 and 2); net_{l,i} sums omega_{l,k,i} a_{l-1,k}, and"
                         " the last member of a_{l,i}'s row sums the weights alone"),
    Public("b62-xd-chain", _XDEAN, "b62_xdean", "b62_xdean",
           '$$\n\\begin{aligned}\n\\frac{\\partial E}{\\partial \\omega_{l,i,j}} &= \\frac{\\partial E}{\\partial a_{l,j}}'
           ' \\frac{\\partial a_{l,j}}{\\partial net_{l,j}} \\frac{\\partial net_{l,j}}{\\partial \\omega_{l,i,j}}\n'
           '\\end{aligned}\n$$', ((C,),), (Twin("gradient", "{p}", ("{rhs}",), _xdean_chain()),), batch=62,
           why="the chain rule at every layer l and units i, j; dE/da_{1,j} sums over the outputs"),
]
