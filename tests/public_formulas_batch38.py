r"""Batch 38 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used (the code corpus: zgwl's README of Ng's logistic regression
and one-hidden-layer network in plain text, PrakashD2003's Markdown notes of Ng's second week with Unicode
subscripts and code spans, AlikoGrace's ReLU neuron in Python and a stored copy of the same lesson with other names,
a stored Python file of Chinese notes on Ng's logistic regression in docstrings and comments, a stored tanh module,
a stored Chinese note on Nielsen's four equations, Skeyling1's XOR script, a stored "forward and backward pass
calculator", akodali9's autoencoder in R, Igorino's softmax-regression note), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch38_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), committed before check was run on them. Six files are stored in the
code corpus without their repository's name; they are cited by their ids. A delta dL/dz named dZ, dz, delta_o or
\delta^l_j is twinned as gradient_z; a local derivative (dL/da, da/dz, dy/dz of a ReLU, dz^{l+1}/dz^l) as a value.
Formulas keep their page's delimiters and what surrounds them on their line (a README's bold __Z__ and its shapes,
a Markdown bullet's code span and bold, a Python line's trailing comment or indentation, a comment's "# ", a Chinese
sentence around $...$, \begin{eqnarray} ... \tag{BP1}); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 38

The batch: 55 formulas from 11 addresses (zgwl 7, PrakashD2003 9, AlikoGrace 3, the stored ReLU copy 1, the Chinese
logistic-regression notes 8, the tanh module 3, the Nielsen note 9, NSxor 5, the calculator 4, the autoencoder 4,
Igorino's note 2): 24 values (forward values and losses, worked numbers, local derivatives: dL/da, dy/dz and dy/dw0
of a ReLU neuron, sigma'(z)), 14 deltas (dZ, dz, delta_o, delta_H1,
\delta^l_j, \delta^L as vectors and entries), 9 gradients, 6 updates and 2 lines of two claims (the Nielsen note's
C = ... and dC/da in one Chinese sentence; Igorino's P = softmax(XW), L(W) = ...); no entry marked unreadable. 11
are LaTeX (the Nielsen note's eqnarray blocks with \tag{BP1} and a full stop before \tag, \odot, (( w^{l+1} )^T,
\sum_k{...} in braces, $...$ broken across lines inside Chinese sentences, a chain over four lines of one $$ block;
Igorino's tab-indented $$ blocks, {1 \over n}, \text{softmax}(XW), \nabla_w L, Y_{ik} with the example's index);
44 are plain text or code (zgwl's bold __Z__ and shapes before the formula, dot(W.T, X), layers in brackets W[i],
A[i-1], g[1]'(Z[1]), sum(dZ[i]) / m; PrakashD2003's code spans and bold around σ(z), e⁻ᶻ, wᵀx, w₁, ŷ⁽ⁱ⁾, Σ without
bounds, :=, an ellipsis ending at wₙₓ, da*{d(a)/d(z)} in braces; Python's max(z, 0), a conditional expression
(1. if z > 0 else 0.), trailing comments in English and Russian, a docstring's line, np.exp and np.power; the
Chinese notes' sigmod, logy_^ glued, sumi=1,m, a ( or [ never closed, "# " comments, j +=, w -=; R's <- and %*%).

10 are mistaken somewhere (the oracle finds at least one member wrong):

- PrakashD2003's J(w, b) = ... = -(1/m) * Σ y⁽ⁱ⁾log(ŷ⁽ⁱ⁾) + (1-y⁽ⁱ⁾)log(1-ŷ⁽ⁱ⁾): the brackets left out, so the
  minus reaches the first term only (the notes' L(ŷ, y) has them);
- the Chinese notes' J(w,b) = ... = -1/m * sum([y(i)*y_^(i)+(1-y(i))*(1-y(i)_^): the logs left out (and the [
  never closed);
- the same notes' loop j += -[y[i]*log(y_[i])+(1-a[i])*log(1-y_[i])]: (1-a[i]) for (1-y[i]);
- the same notes' vectorized A = 1/exp(-Z): exp(Z), the 1 + of the sigmoid left out;
- the stored tanh_backward's dZ = dA * (1 - np.power(sigm, 2)), sigm = 1 / (1 + np.exp(-Z)): the sigmoid where
  tanh's derivative is 1 - tanh(Z)^2;
- the Nielsen note's z_j^l = \sum_k{w_{kj}^l a_k^l}: the weight's indices swapped, layer l's own activations for
  layer l-1's, the bias left out;
- Skeyling1's delta_O1 = (1 - O1_output) * ((1 - O1_output) * O1_output), the error (1 - O1_output) ** 2's
  derivative by O1's input with its sign and its 2 left out (the script adds the step: w5 = w5 + delta_w5);
- akodali9's y <- 1/(1+exp(-(h%*%w2)+b2)): the bias's sign, sigma(h w2 - b2);
- akodali9's w2 <- -w2-eta*dw2 and w1 <- -w1-eta*dw1: the weights' own sign flipped at every step.

Not mistaken, though they look it: NSxor's delta_H1 = ((1 - H1_output) * H1_output) * (w5 * delta_O1) and GRAD_w5 =
H1_output * delta_O1, right given their names (delta_O1 names dE/dO1_input, whatever the line before computed);
the calculator's delta_o = (o - y) * sigma_prime_o "For MSE loss", the delta of 1/2 (o - y)^2 (the network's loss;
with (o - y)^2 it would lack a 2); zgwl's dB[i] = sum(dZ[i]) / m, a sum over the m examples (dB[i] is L(i) * 1, as
its line says), not over the layer's units; the Chinese notes' w = w - a * (d(J(w,b)/dw), a the learning rate in
that docstring (the comments below use a for the prediction: two notations for one file's two parts).

Open to question, though the spec seems to allow them: the Nielsen note's z_j^l = \sum_k{w_{kj}^l a_k^l} twinned at
l = L only (at l = 2 the page's w_{kj}^2 runs out of W1's columns); NSxor's weights, from the repository's first
main.py (the cited one draws them at random); the ReLU lessons' derivatives of the neuron's output y (dvalue = 1),
not of a loss, judged as values; akodali9's b1 and b2, one number for every unit, named as a row of biases
("b1" = "b1[:].T") over a network whose biases are all 0.35 and all 0.60; Igorino's Y_{ik}, whose example index i
(one example) the meaning does not use. ``new(...)``, ``grad(...)``, names with code's brackets ("x[i]", "y_[i]"),
``.T`` in a meaning and the learning_rate, loss and functions keys are the spec's and the project's (docs/notation.md).

Every twin gave the verdicts written down on the oracle's first run but Igorino's two, whose one-hot targets were
first written y[k] where symbols.md names them t[k] (a transcription's name, not a verdict: corrected before
commit). Three keys first clashed with an earlier batch's (nl-bp1, nl-bp2, nl-bp4): this batch's are nlcn-.

What the spec could not express, which a page needed: the Chinese notes' loop writes y_[i] (its prediction again,
beside a[i]); an underscore before a bracket is no symbol under the spec's grammar, so no pattern names it (the one
first written was taken out, see the run below).

Nothing was fixed from this batch.

Collected on 2026-12-04 (17:15 to 17:23 by the machine's clock) and run blind at main f12308c (/work/READY_FOR_BLIND6),
with nothing under src/ changed. The first run (/work/batch38_blind.txt): 26 of 55 read with every verdict right
(47%), 29 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. 6 of the 29 were the Chinese notes'
comments, refused at their notation: the collector's pattern "y_[i]" (an underscore before a bracket) is not one
symbol under the spec's grammar, "[notation] symbols.'y_[i]': unexpected at ']' (position 5); write a symbol such as
O_{k}^{1}" (the collector's mistake, as batch 34's d\textbf{W} was). The pattern was taken out, nothing else changed,
and blind_batch.py 38 run once more at the same main commit (/work/batch38_blind_corrected.txt): 31 of 55 read with
every verdict right (56%); 24 refused that should have been read; no misreading; no crash; NO WRONG FORMULA CALLED
CORRECT. The 47 entries of the other pages gave the same outcome in both runs, line for line; of the six, five read
and cn-j-loop is refused at y_[i] itself. The numbers below are the second run's.

Of the 10 mistaken formulas, 5 read with every verdict right, each called wrong (the Chinese notes' A = 1/exp(-Z),
tanh_backward's sigmoid, NSxor's delta_O1, akodali9's two updates with -w) and 5 were refused (PrakashD2003's J,
the Chinese notes' J and loop, the Nielsen note's z_j^l, akodali9's y). By kind of claim: values 8 of 24, deltas 11
of 14, gradients 6 of 9, updates 5 of 6, lines of two claims 1 of 2. LaTeX against plain text: the 11 in LaTeX read 8
(73%), the 44 in plain text or code 23 (52%). By page: zgwl 0 of 7, PrakashD2003 3 of 9, AlikoGrace 2 of 3, the
stored ReLU copy 1 of 1, the Chinese notes 5 of 8 (0 of 8 in the first run), the tanh module 2 of 3, the Nielsen
note 6 of 9, NSxor 5 of 5, the calculator 3 of 4, the autoencoder 2 of 4, Igorino 2 of 2. (Tabulated from the saved
outputs of the two runs.)

The refusals by construct (24, in the second run), with the exact message:

- 7, zgwl: a Markdown line that opens with a bold label in underscores and the quantity's shape before the formula,
  "__Z__: 1 * m, m examples. Z = dot(W.T, X) + b": "unexpected at '_' (position 1)" (every zgwl entry; the two
  bullets "- __dZ[2]__ = A[2] - Y" at position 3, where the bold name is the formula's own left side);
- 2, PrakashD2003: Markdown bold in asterisks around a whole formula, "******σ(z) = 1 / (1 + e⁻ᶻ)******" and
  "**J(w, b) = ... **": "unexpected at '^' (position 1)" (pk-sigmoid, pk-J; the asterisks read as powers);
- 2, PrakashD2003: a formula in a code span inside a sentence after a bold label ending in a colon, "1.  **Compute
  `da`:** The first step is ... The formula is `da = -(y/a) + (1-y)/(1-a)`.": "unexpected at ':' (position 19)"
  (pk-da, pk-dz);
- 1, the tanh module's docstring, prose and a colon before the formula, "Z - represents a vector of the following
  structure: Z = w^T * x + b": "unexpected at ':' (position 51)" (th-Z);
- 3, the Nielsen note: inline $...$ inside Chinese sentences, the claim in the sentence's last span, "- $z_j^l$
  表示第 $l$ 层 ... 即 $z_j^l = \sum_k{w_{kj}^l a_k^l}$": "cannot read '表' at position 8; write the formula in LaTeX or
  plain text (+ - * / ^, \frac, \sum)" (nlcn-z-def, nlcn-a-def; nlcn-C at '上', position 1, two claims in one
  sentence);
- 1, the calculator: a Python docstring's triple quotes and its label, (three quotes)Derivative of sigmoid: sigma'(z)
  = ...(three quotes): "cannot read '(a quote)' at position 1" (calc-sigma);
- 2, akodali9: R's matrix product %*% (its <- was read as an arrow), "h <- 1/(1+exp(-((input%*%w1)+b1)))": "cannot
  read '%' at position 33" (ae-h; ae-y, the page's mistake, at position 28);
- 1, AlikoGrace: Python's conditional expression with a number's trailing dot, "(1. if z > 0 else 0.)": "expected
  ')' to close the parenthesis at '.' (position 23)" (ali-drelu);
- 2, the Chinese notes: a bracket or parenthesis never closed, the page's typos: "J(w,b) = 1/m * sumi=1,mL(y_^,y) =
  -1/m * sum([...": "expected ']' to close the parenthesis at the end" (cn-J, read from "mL(y_^,y)" after the
  commas of sumi=1,m); "w = w - a * (d(J(w,b)/dw)": "expected ')' to close the parenthesis at the end" (cn-update);
- 1, the Chinese notes' loop, y_[i], the name no pattern can give (see above): "expected ')' to close the arguments
  at ']' (position 21)" (cn-j-loop, the page's mistake);
- 1, PrakashD2003: an ellipsis ending at the n_x-th term, "(w₁ * x₁) + (w₂ * x₂) + ... + (wₙₓ * xₙₓ)": "has a sum with
  an ellipsis (\dots) check cannot read: the term before the ellipsis and the one after it are not one template;
  write \sum_{i=1}^{n} x_i w_i (its bounds numbers or the notation's letters)" (pk-wtx; wₙₓ named by the notation's
  "w_{nx}" = "W1[0, 2]", read as w_nx);
- 1, PrakashD2003: a number for wᵀx, the 1 x 1 product of a column's transpose and a column: "'(0.5 * 200) + (0.1 *
  8) + (0.8 * 4)' is a number where the left side is a vector or matrix (1 x 1); write a value for each entry,
  [...], or the claim of one entry (its left side with its indices)" (pk-wtx-numbers).

Read, among the constructs these pages brought: the Nielsen note's eqnarray blocks with \tag{BP1}, a full stop
before \tag, \odot, (( w^{l+1} )^T, \sum_k{...} in braces and a chain over four lines of one $$ block; Igorino's
tab-indented $$, two claims after a comma, {1 \over n}, \text{softmax}(XW) with X's rows the examples, \nabla_w L
and Y_{ik}; PrakashD2003's code spans with w₁, x₁, α and := (pk-dw1, pk-w1-update) and `z = 104 + (-10)`; Python's
max(z, 0), trailing comments in English and Russian, indented lines, np.exp, np.power and a sigmoid where a tanh's
derivative belongs (called wrong); the calculator's long names and _new weight; R's <- with -w2 (called wrong); the
Chinese notes' "# " comments with dL(a,y)/d(Z) chains, 1/exp(-Z) (called wrong), np.sum(dZ) and w -=.

Which look general (would appear in much homework): Markdown emphasis around a formula or a label (bold in ** or __,
11 of the 24 with the code-span sentences), a formula in a code span or $...$ inside a sentence of prose, in any
language (4 more: the reader takes the whole line where only the span is mathematics), a number for a 1 x 1 product
such as wᵀx (every logistic-regression text writes wᵀx as a number), an ellipsis whose last term carries the
notation's n_x, Python's conditional expression (the NNFS lesson's ReLU derivative, copied in many repositories).
Page-specific or rare: a Python docstring's quotes with a label, R's %*%, the Chinese notes' unclosed brackets (their
refusal is right) and y_[i].
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch38_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZGWL = "https://github.com/zgwl/deep-learning (README.md, commit 033406b)"
_PRAKASH = "https://github.com/PrakashD2003/Deep-Learning (Neural-Networks/My-Notes-Week-2.md, commit 6b210e3)"
_ALIKO = ("https://github.com/AlikoGrace/Neural-Network-from-Scratch-Python"
          " (09_backpropagation/02_backwardpass_with_chain_rule/main.py, commit 07777e0)")
_RELU_COPY = _STORED.format(12952871854, "# coding the backpropagation method for a single neuron",
                            "a Python file of the same lesson's ReLU neuron")
_CNLR = _STORED.format(17489407695, "#%% 以逻辑回归为例子引入",
                       "a Python file of Chinese notes on Ng's logistic regression, in docstrings and comments")
_TANH = _STORED.format(33907848525, "def tanh(Z):", "a Python module of tanh and tanh_backward")
_NIELSEN = _STORED.format(49254024342, "title: Back Propagation Note",
                          "a Chinese blog note on Nielsen's four equations, 2018-03-13")
_XOR = "https://github.com/Skeyling1/NSxor (main.py, commit 5127e7e)"
_CALC = _STORED.format(47296748028, "Neural Network Forward and Backward Pass Calculator", "a Python script")
_AE = "https://github.com/akodali9/NNDL-LAB (autoencoder.r, commit b470f25)"
_SOFTMAX = _STORED.format(24223614189, "https://github.com/Igorino/lista9_ML", "a Markdown note of softmax regression")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

# zgwl's one-hidden-layer network (2 -> 3 sigmoid -> 1 sigmoid, the logistic loss): dZ[2] and dZ[1]
_ZD2 = "(a2[0] - y[0])"
_ZD1 = "W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
_ZG_Z = (tuple({"p": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3))
         + ({"p": "z2[0]", "m": "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]"},))
_ZG_W = (tuple({"p": f"W2[0,{k}]", "m": f"{_ZD2}*a1[{k}]"} for k in range(3))
         + tuple({"p": f"W1[{j},{k}]", "m": f"{_ZD1.format(j=j)}*x[{k}]"} for j in range(3) for k in range(2)))
_ZG_B = ({"p": "b2[0]", "m": _ZD2},) + tuple({"p": f"b1[{j}]", "m": _ZD1.format(j=j)} for j in range(3))

# the Nielsen note's network (2 -> 3 sigmoid -> 2 sigmoid, C = 1/2 sum (y - a)^2): delta^L_j, delta^2_j
_ND2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_ND1 = ("(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
        "*a1[{j}]*(1 - a1[{j}])")
_N_BIAS = (tuple({"p": f"b2[{j}]", "m": _ND2.format(j=j)} for j in range(2))
           + tuple({"p": f"b1[{j}]", "m": _ND1.format(j=j)} for j in range(3)))
_N_WEIGHT = (tuple({"p": f"W2[{j},{k}]", "m": f"{_ND2.format(j=j)}*a1[{k}]"} for j in range(2) for k in range(3))
             + tuple({"p": f"W1[{j},{k}]", "m": f"{_ND1.format(j=j)}*x[{k}]"} for j in range(3) for k in range(2)))
_N_ACT = (tuple({"a": f"a2[{j}]", "z": f"z2[{j}]"} for j in range(2))
          + tuple({"a": f"a1[{j}]", "z": f"z1[{j}]"} for j in range(3)))

# Skeyling1's XOR net (squared error (y - O1)^2, the target 1): dL/dz of the output and of H1
_XD2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XD1 = f"{_XD2}*W2[0,0]*a1[0]*(1 - a1[0])"

# the calculator's deltas (1/2 (o - y)^2)
_CD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CD1 = f"{_CD2}*W2[0,0]*a1[0]*(1 - a1[0])"

ENTRIES: list[Public] = [
    # ---- zgwl's README: plain text after bold names and shapes, dot(...), .T, layers in brackets W[i], A[i-1],
    # g[1]'(Z[1]), sum(dZ[i]) / m ---------------------------------------------------------------------------------
    Public("zg-Z", _ZGWL, "b38_zgwl_lr", "b38_zgwl_lr", "__Z__: 1 * m, m examples. Z = dot(W.T, X) + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=38,
           why="one example (m = 1); the line's shape \"1 * m, m examples.\" before the formula"),
    Public("zg-dW", _ZGWL, "b38_zgwl_lr", "b38_zgwl_lr", "__dW__: n * 1, n features. dW = dot(X, dZ.T) / m",
           ((C,),), (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])",), _K2),), batch=38),
    Public("zg-Z-i", _ZGWL, "b38_zgwl_nn", "b38_zgwl_nn",
           "__Z[i]__: L(i) * m, m example. Z[i] = dot(W[i], A[i-1]) + B[i]", ((C,),),
           (Twin("value", "{p}", ("{m}",), _ZG_Z),), batch=38, why="a rule over the layers i = 1, 2 (A[0] = X)"),
    Public("zg-dZ2", _ZGWL, "b38_zgwl_nn", "b38_zgwl_nn", "- __dZ[2]__ = A[2] - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", (_ZD2,)),), batch=38),
    Public("zg-dZ1", _ZGWL, "b38_zgwl_nn", "b38_zgwl_nn", "- __dZ[1]__ = dot(W[2].T, dZ[2]) * g[1]'(Z[1])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ZD1,), _J3),), batch=38, why="g[1] the hidden layer's sigmoid"),
    Public("zg-dW-i", _ZGWL, "b38_zgwl_nn", "b38_zgwl_nn",
           "__dW[i]__: L(i) * L(i-1). dW[i] = dot(dZ[i], A[i-1].T) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZG_W),), batch=38, why="a rule over the layers i = 1, 2"),
    Public("zg-dB-i", _ZGWL, "b38_zgwl_nn", "b38_zgwl_nn", "__dB[i]__: L(i) * 1. dB[i] = sum(dZ[i]) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZG_B),), batch=38,
           why="sum over the m examples (dB[i] is L(i) * 1, as the line says), one here; not over the layer's units"),
    # ---- PrakashD2003's notes: bold and code spans around Unicode formulas (σ, e⁻ᶻ, wᵀx, w₁, ŷ⁽ⁱ⁾, Σ without
    # bounds, :=), the worked numbers of a three-feature example, Ng's da, dz, dw₁ ---------------------------------
    Public("pk-sigmoid", _PRAKASH, "b38_pk2", "b38_pk", "The formula is: ******σ(z) = 1 / (1 + e⁻ᶻ)****** ", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=38, why="six asterisks each side, as written"),
    Public("pk-wtx", _PRAKASH, "b38_pk3", "b38_pk", "`wᵀx = (w₁ * x₁) + (w₂ * x₂) + ... + (wₙₓ * xₙₓ)`", ((C,),),
           (Twin("value", "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",
                 ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=38,
           why="n_x features (three in the notes' example), the last written wₙₓ, xₙₓ"),
    Public("pk-wtx-numbers", _PRAKASH, "b38_pk3", "b38_pk", "      * `wᵀx = (0.5 * 200) + (0.1 * 8) + (0.8 * 4)`",
           ((C,),), (Twin("value", "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]", ("=(0.5*200) + (0.1*8) + (0.8*4)",)),),
           batch=38),
    Public("pk-z-numbers", _PRAKASH, "b38_pk3", "b38_pk", "      * `z = 104 + (-10)`", ((C,),),
           (Twin("value", "z1[0]", ("=104 + (-10)",)),), batch=38),
    Public("pk-J", _PRAKASH, "b38_pk2", "b38_pk",
           "**J(w, b) = (1/m) * Σ L(ŷ⁽ⁱ⁾, y⁽ⁱ⁾) = -(1/m) * Σ y⁽ⁱ⁾log(ŷ⁽ⁱ⁾) + (1-y⁽ⁱ⁾)log(1-ŷ⁽ⁱ⁾)** (from i=1 to m)",
           ((C, W),), (Twin("value", _BCE, (_BCE, "-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])")),), batch=38,
           why="m = 1; the second member's brackets left out: -(1/m) reaches y log(ŷ) only"),
    Public("pk-da", _PRAKASH, "b38_pk2", "b38_pk",
           "1.  **Compute `da`:** The first step is to find the derivative of the Loss with respect to `a`. The formula"
           " is `da = -(y/a) + (1-y)/(1-a)`.", ((C,),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-(y[0]/a1[0]) + (1 - y[0])/(1 - a1[0])",)),),
           batch=38, why="dL/da, a value"),
    Public("pk-dz", _PRAKASH, "b38_pk2", "b38_pk",
           "2.  **Compute `dz`:** Next, we find the derivative of the Loss with respect to `z`. Thanks to a convenient"
           " simplification of the chain rule, this comes out to a very simple expression:"
           " `dz = da*{d(a)/d(z)} = a - y`."
           " This term represents the prediction error.", ((C, C),),
           (Twin("gradient_z", "z1[0]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])", "a1[0] - y[0]")),),
           batch=38, why="d(a)/d(z) in braces"),
    Public("pk-dw1", _PRAKASH, "b38_pk2", "b38_pk", "    * `dw₁ = (dL/dz) * (dz/dw₁) = x₁ * dz` ", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]", "x[0]*(a1[0] - y[0])")),), batch=38),
    Public("pk-w1-update", _PRAKASH, "b38_pk2", "b38_pk", "* `w₁ := w₁ - α * dw₁` ", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=38),
    # ---- AlikoGrace's ReLU neuron: Python with trailing comments of numbers, max(z, 0), a conditional expression ---
    Public("ali-z", _ALIKO, "b38_relu", "b38_relu_aliko", "z = xw0 + xw1 + xw2 + b", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0]",)),), batch=38),
    Public("ali-y", _ALIKO, "b38_relu", "b38_relu_aliko", "y = max(z, 0)", ((C,),),
           (Twin("value", "a1[0]", ("relu(z1[0])",)),), batch=38),
    Public("ali-drelu", _ALIKO, "b38_relu", "b38_relu_aliko", "drelu_dz = dvalue * (1. if z > 0 else 0.)", ((C,),),
           (Twin("value", "Heaviside(z1[0])", ("1*Heaviside(z1[0])",)),), batch=38,
           why="dy/dz of the ReLU, a value; dvalue = 1 \"the derivative from the next layer\""),
    # ---- the stored copy of the same lesson: other names (dval), chain-rule products with trailing comments --------
    Public("cpy-dw0", _RELU_COPY, "b38_relu", "b38_relu_copy",
           "drelu_dw0 = drelu_dxw0 * dmul_dw0 # partial derivative of ReLU wrt w[...]", ((C,),),
           (Twin("value", "Heaviside(z1[0])*x[0]", ("Heaviside(z1[0])*x[0]",)),), batch=38,
           why="dy/dw0 of the neuron's output, not of a loss: a value"),
    # ---- the Chinese notes on logistic regression (stored): docstrings' sigmod, logy_^ glued, sumi=1,m, a as the
    # learning rate; comments' dL(a,y)/d(a) with a as the prediction, a loop's j +=, the vectorized A, dZ, db, w -= --
    Public("cn-J", _CNLR, "b38_cnlr", "b38_cnlr_doc",
           "J(w,b) = 1/m * sumi=1,mL(y_^,y) = -1/m * sum([y(i)*y_^(i)+(1-y(i))*(1-y(i)_^)", ((C, W),),
           (Twin("value", _BCE, (_BCE, "-(y[0]*a1[0] + (1 - y[0])*(1 - a1[0]))")),), batch=38,
           why="m = 1; the second member's logs left out (and its [ never closed)"),
    Public("cn-update", _CNLR, "b38_cnlr", "b38_cnlr_doc", "w = w - a * (d(J(w,b)/dw)", ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=38,
           why="a the learning rate in this docstring; one ( never closed"),
    Public("cn-dLdZ", _CNLR, "b38_cnlr", "b38_cnlr", "# dL(a,y)/d(Z) = a(1-a) * (-y/a + (1-y)/(1-a)) = a-y", ((C, C),),
           (Twin("gradient_z", "z1[0]", ("a1[0]*(1 - a1[0])*(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))",
                                         "a1[0] - y[0]")),), batch=38),
    Public("cn-dLdw", _CNLR, "b38_cnlr", "b38_cnlr", "# dL(a,y)/d(w) = x * (a-y)", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])",), _K2),), batch=38),
    Public("cn-j-loop", _CNLR, "b38_cnlr", "b38_cnlr", "#     j += -[y[i]*log(y_[i])+(1-a[i])*log(1-y_[i])]", ((W,),),
           (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - a1[0])*log(1 - a1[0]))",)),), batch=38,
           why="j summed from 0 over one example; (1-a[i]) for (1-y[i])"),
    Public("cn-A", _CNLR, "b38_cnlr", "b38_cnlr", "# A = 1/exp(-Z)", ((W,),),
           (Twin("value", "a1[0]", ("1/exp(-z1[0])",)),), batch=38, why="exp(Z): the sigmoid's 1 + left out"),
    Public("cn-db", _CNLR, "b38_cnlr", "b38_cnlr", "# db = 1/m * np.sum(dZ)", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=38),
    Public("cn-w-update", _CNLR, "b38_cnlr", "b38_cnlr", "# w -= alpha * dw", ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=38),
    # ---- the stored tanh module: a docstring's structure line, np.exp, np.power, the sigmoid for the tanh --------
    Public("th-Z", _TANH, "b38_tanh", "b38_tanh",
           "    Z - represents a vector of the following structure: Z = w^T * x + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=38),
    Public("th-A", _TANH, "b38_tanh", "b38_tanh", "    A = (np.exp(Z) - np.exp(-Z)) / (np.exp(Z) + np.exp(-Z))",
           ((C,),), (Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=38),
    Public("th-dZ", _TANH, "b38_tanh", "b38_tanh", "    dZ = dA * (1 - np.power(sigm, 2))", ((W,),),
           (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - sigmoid(z1[0])**2)",)),), batch=38,
           why="sigm = 1 / (1 + np.exp(-Z)) on the line before: the sigmoid where tanh's derivative needs tanh"),
    # ---- the Nielsen note (stored, Chinese): eqnarray with \tag{BP1}, a period before \tag, \odot, (( w^{l+1} )^T,
    # $...$ inside Chinese sentences and across line breaks, \sum_k{...} in braces, a three-line chain in $$ ------
    Public("nlcn-bp1", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "\\begin{eqnarray} \n  \\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)\n"
           "\\tag{BP1}\\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z2[{j}]", (_ND2,), _J2),), batch=38),
    Public("nlcn-bp2", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "\\begin{eqnarray} \n  \\delta^l_j = \\sum_k w^{l+1}_{kj}  \\delta^{l+1}_k \\sigma'(z^l_j).\n"
           "\\tag{BP2}\\end{eqnarray}", ((C,),), (Twin("gradient_z", "z1[{j}]", (_ND1,), _J3),), batch=38,
           why="l = 2, the one layer before L"),
    Public("nlcn-bp4", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "\\begin{eqnarray}\n  \\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j.\n"
           "\\tag{BP4}\\end{eqnarray}",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _N_WEIGHT),), batch=38, why="a rule over l: layers 2 and 3"),
    Public("nlcn-bp2a", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "\\begin{eqnarray} \n  \\delta^l = (( w^{l+1} )^T \\delta^{l+1} ) \\odot \\sigma'(z^l )\n"
           "\\tag{BP2a}\\end{eqnarray}", ((C,),), (Twin("gradient_z", "z1[{j}]", (_ND1,), _J3),), batch=38),
    Public("nlcn-z-def", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "- $z_j^l$ 表示第 $l$ 层的第 $j$ 个节点的加权输入，即 $z_j^l =\n    \\sum_k{w_{kj}^l a_k^l}$", ((W,),),
           (Twin("value", "z2[{j}]", ("W2[0,{j}]*a2[0] + W2[1,{j}]*a2[1]",), _J2),), batch=38,
           why="w_{kj} for w_{jk}, a_k^l for a_k^{l-1}, the bias left out; twinned at l = L, where every index"
               " the page writes exists"),
    Public("nlcn-a-def", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "- $a_j^l$ 表示第 $l$ 层的第 $j$ 个节点的激活输出，即 $a_j^l = \\sigma(z_j^l)$", ((C,),),
           (Twin("value", "{a}", ("sigmoid({z})",), _N_ACT),), batch=38, why="a rule over l: layers 2 and 3"),
    Public("nlcn-C", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "上式中 $\\frac{\\partial C}{\\partial a_j^L}$ 取决于损失函数 $C$ 的选择，当 $C =\n"
           "\\frac{1}{2}\\sum_j(y_j - a_j^L )^2$ 时，有 $\\partial C/\\partial a_j^L = (a_j^L -\ny_j)$。", ((C,), (C,)),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),
            Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2)), batch=38,
           why="two claims in a sentence, each $...$ broken across lines; dC/da_j^L a value"),
    Public("nlcn-chain", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "$$\n\\delta_j^l\n= \\frac{\\partial C}{\\partial z_j^l}\n= \\sum_k{\\frac{\\partial C}{\\partial z_k^{l+1}}"
           " \\frac{\\partial z_k^{l+1}}{\\partial z_j^l}}\n= \\sum_k{\\frac{\\partial z_k^{l+1}}{\\partial z_j^l}"
           " \\delta_k^{l+1}}\n$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{j}]", (_ND1, _ND1, _ND1), _J3),), batch=38, why="l = 2"),
    Public("nlcn-bp2-sum", _NIELSEN, "b38_nielsen", "b38_nielsen",
           "$$\\delta_j^l = \\sum_k{w_{kj}^{l+1} \\delta_k^{l+1} \\sigma' (z_j^l)}$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ND1,), _J3),), batch=38),
    # ---- Skeyling1's XOR script: indented Python in a while loop, a Russian trailing comment, the error's delta
    # without its sign and its 2 -------------------------------------------------------------------------------------
    Public("xor-H1", _XOR, "b38_xor", "b38_xor", "    H1_input = I1 * w1 + I2 * w3", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=38),
    Public("xor-O1", _XOR, "b38_xor", "b38_xor", "    O1_output = sigmoid(O1_input) #результат работы нейросети",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=38),
    Public("xor-dO1", _XOR, "b38_xor", "b38_xor", "    delta_O1 = (1 - O1_output) * ((1 - O1_output) * O1_output)",
           ((W,),), (Twin("gradient_z", "z2[0]", ("(1 - a2[0])*((1 - a2[0])*a2[0])",)),), batch=38,
           why="error = (1 - O1_output) ** 2: its derivative by O1_input is -2 (1 - O1) O1 (1 - O1)"),
    Public("xor-dH1", _XOR, "b38_xor", "b38_xor", "    delta_H1 = ((1 - H1_output) * H1_output) * (w5 * delta_O1)",
           ((C,),), (Twin("gradient_z", "z1[0]", (f"((1 - a1[0])*a1[0])*(W2[0,0]*{_XD2})",)),), batch=38,
           why="right given its names: delta_O1 names dE/dO1_input, whatever the line before computed"),
    Public("xor-G5", _XOR, "b38_xor", "b38_xor", "    GRAD_w5 = H1_output * delta_O1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_XD2}",)),), batch=38),
    # ---- the stored calculator: a docstring's sigma'(z), long names (w_x1_h1), deltas, a _new weight ------------
    Public("calc-do", _CALC, "b38_calc", "b38_calc", "delta_o = (o - y) * sigma_prime_o", ((C,),),
           (Twin("gradient_z", "z2[0]", (_CD2,)),), batch=38,
           why="\"For MSE loss\": the 1/2 (o - y)^2 whose delta it is (see the tables)"),
    Public("calc-dh1", _CALC, "b38_calc", "b38_calc", "delta_h1 = delta_o * w_h1_o * sigma_prime_h1", ((C,),),
           (Twin("gradient_z", "z1[0]", (_CD1,)),), batch=38),
    Public("calc-new", _CALC, "b38_calc", "b38_calc", "w_x1_h1_new = w_x1_h1 - delta_w_x1_h1", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=38,
           why="delta_w_x1_h1 = eta * delta_h1 * x1 on the line before"),
    Public("calc-sigma", _CALC, "b38_calc", "b38_calc",
           "    \"\"\"Derivative of sigmoid: sigma'(z) = sigma(z) * (1 - sigma(z))\"\"\"", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=38,
           why="z any sum; the output's here"),
    # ---- akodali9's autoencoder in R: <- assignment, %*% matrix product, rows, a bias's sign and the weights'
    # own sign flipped ----------------------------------------------------------------------------------------------
    Public("ae-h", _AE, "b38_ae", "b38_ae", "  h <- 1/(1+exp(-((input%*%w1)+b1)))", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}])))",),
                 _J2),), batch=38),
    Public("ae-y", _AE, "b38_ae", "b38_ae", "  y <- 1/(1+exp(-(h%*%w2)+b2))", ((W,),),
           (Twin("value", "a2[{k}]", ("1/(1 + exp(-(a1[0]*W2[{k},0] + a1[1]*W2[{k},1]) + b2[{k}]))",), _K3),),
           batch=38, why="exp(-(h w2) + b2): the bias's sign flipped"),
    Public("ae-w2", _AE, "b38_ae", "b38_ae", "  w2 <- -w2-eta*dw2", ((W,),),
           (Twin("update", "W2[{k},{j}]", ("-W2[{k},{j}] - eta*grad",),
                 tuple({"k": k, "j": j} for k in range(3) for j in range(2))),), batch=38,
           why="-w2: the weights' sign flipped at every step"),
    Public("ae-w1", _AE, "b38_ae", "b38_ae", "  w1 <- -w1-eta*dw1", ((W,),),
           (Twin("update", "W1[{j},{i}]", ("-W1[{j},{i}] - eta*grad",),
                 tuple({"j": j, "i": i} for j in range(2) for i in range(3))),), batch=38),
    # ---- Igorino's softmax-regression note (stored): $$ blocks indented with a tab, two claims on one line after a
    # comma, {1 \over n}, \text{softmax}(XW) with X's rows the examples, \nabla_w L -------------------------------
    Public("sm-model", _SOFTMAX, "b38_softmax", "b38_softmax",
           "$$\n\tP = \\text{softmax}(XW), L(W) = - {1 \\over n} \\sum_{i=1}^n \\sum_{k=1}^K Y_{ik} \\log P_{ik}\n$$",
           ((C,), (C,)),
           (Twin("value", "a1[{k}]", ("exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _K3),
            Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",))), batch=38,
           why="n = 1 example, K = 3 classes"),
    Public("sm-grad", _SOFTMAX, "b38_softmax", "b38_softmax", "$$\n\t\\nabla_w L = {1 \\over n} X^T (P - Y)\n$$",
           ((C,),),
           (Twin("gradient", "W1[{k},{d}]", ("x[{d}]*(a1[{k}] - t[{k}])",),
                 tuple({"k": k, "d": d} for k in range(3) for d in range(2))),), batch=38,
           why="X^T (P - Y) is features by classes, W's shape (W = W1^T)"),
]
