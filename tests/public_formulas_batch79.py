r"""Batch 79 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the pages corpus: Chilee24's Vietnamese homework on an MNIST
network, a repository's page; Nemotron-CC-Math's copy of "Compute Backpropagation", named by its title after the
data set's address as in the batches before; se-info's and nglinhbao's Vietnamese notebooks, repositories' pages;
a kiwix mirror of math.stackexchange 3343902, a question quoting a homework's solution; quizwizapp's flash cards on
Ng's backpropagation; petrkubes1997's GitLab commit of a TypeScript network's page; jvvp512's and dnai-deny's
Korean Tistory retellings of Mazur's step-by-step example; calico's Korean velog post on the same network without
biases; a Korean notion page on one hidden unit's chain rule), copied verbatim, typos and mistakes included, each
with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what
the product documents), a network of the kind the page describes (with the page's numbers where it works an
example; both in tests/public_formulas_batch79_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A local derivative (df/dh^2_i,
df/dw_2 of a network's output f, dy hat/dh, dh/dz) or a derivative by an output (dL/dy hat) is twinned as a value,
as in batches 14 to 78; a derivative of the loss by a sum (delta^4) as gradient_z.
Formulas keep their page's delimiters and what surrounds them on their line ($ on lines of their own around an
indented formula, \[ \] and \( \), $$ with the notion page's indentation, a Markdown list's "- ", a code block's
fences, a comment after the formula, a Korean sentence around its $...$, an HTML paragraph's words).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 79

The batch: 47 formulas, 43 values (forward sums and outputs worked in symbols and in numbers, the sigmoid, losses,
local derivatives of an output or a hidden unit, derivatives by an output), 2 gradients (a code block's db3 and the
notion page's chain rule for dL/dW_1), 1 delta (the cards' δ⁴=a⁴-y) and 1 update (w_{new} = w_{old} - rate \times
...). 36 are LaTeX (Chilee24's $ lines with \quad \in \mathbb{R}^{30 \times m} and \bigl( \bigr); "Compute
Backpropagation"'s layer superscripts h_1^2 and w_{1,1}^3, bmatrix products, \textbf{W}^3\textbf{h}^2; jvvp512's {1
\over ...} and net_{h_1}; dnai-deny's sixteen-digit numbers, \sum\limits without an index, \frac12 and \frac 12; the
notion page's $...$ inside Korean sentences and \frac{\partial\sigma(z)}{\partial z}; \text{MSE} in an equation*
block; a GitLab page's \( \) in an HTML paragraph with neruon_n), 11 plain text or code (the question's Unicode σ,
∂, ∗ and −, x1w1 glued, a "#" comment after the formula; the cards' Unicode superscripts δ⁴, a³, (theta³)' and .*;
calico's list lines flattened from rendered math, h1=σ(z1), Etotal=Eo1+Eo2 and Eo1=21(targeto1−outputo1)2; a
fenced Python block with np.sum(E3, keepdims=True, axis=1)).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- "Compute Backpropagation"'s h^2 = ... = sigma([w_{11}^2 w_{21}^2; w_{21}^2 w_{22}^2] h^1) = sigma(W^2 h^1): the
  matrix's second row has w_{21} for w_{12}, so its middle member is wrong for h^2_2 (the last is right again);
- jvvp512's out_{h_1} = {1 \over {1 + e^{net_{h_1}}}} = {1 \over {1 + e^{ -0.3775 }}} = 0.593269992 and its out_{h_2}:
  the first member of each has lost the minus of e^{-net} (the numbers after it are right);
- calico's Eo1=21(targeto1−outputo1)2, the page's text as served (1/2 and the square flattened to digits): as written
  21 (t - o) 2.

Not mistaken, though they look it: dnai-deny's net_{h2} = ... = 0.39249999999999996 (Python's float for 0.3925,
four units off in the 17th digit, which the oracle allows; the collector first wrote it down wrong) and its
out_{o1} = \frac{1}{1 + e^{-1.105906}} = 0.7513650695523157 (the sum rounded inside the sigmoid, 0.7513650757...,
within the oracle's tolerance); the question's ∂f/∂w_2 of the network's output f (not of a loss), a value.

What was left out: dnai-deny's net_{o1}= out_{h1}* 0.4 + out_{h2}* 0.45 + 0.6 = 1.10590596705977 and net_{o2}'s like
it (members mixing numbers and symbols, which the oracle's random points call wrong, as batches 71 and 78 left
out); "Compute Backpropagation"'s \frac{\partial h^2_i}{\partial w^2_1} = \sigma(W^2h^1) (1 - \sigma(W^2h^1)) and the
chain before it (w^2_1, one index for a weight of two, names no parameter; the factor h^1 is missing besides) and
its \frac{\partial L}{\partial w_1} with L undefined; jvvp512's and dnai-deny's output layer past the excerpt
the corpus stores; the cards' questions; the notion page's W_1 \cdot x sentences without a claim.

Collected on 2026-12-05 from 17:02 to 17:09 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec before the run
(backprop.symbolic.notation_loading.load_notation with its network, no formula read). The oracle agreed with
every verdict written down but dnd-neth2's (above); two entries were dropped then (dnd-neto1, dnd-neto2, above)
and the question's four keys renamed mx3- (an earlier batch holds an mse-chain). One slip: the pytest selection
that ran the oracle on dnd-neth2 ("-k ... or dnd-neth2") also ran the held-out check test on that one entry before
the gate (check read it as correct, correct, the oracle's verdicts once corrected); no other entry was read by
check before the blind run, and nothing under src/ was touched.

Run blind once at main e3071c5 (/work/READY_FOR_BLIND27), rebased onto it with nothing under src/ changed. No refusal
is the collector's notation outside the spec's grammar, so the first run is the only one (/work/batch79_blind.txt):
44 of 47 read with every verdict right (94%; 43 of 46, 93%, without dnd-neth2, which check had read before), 3
refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. All 4 mistaken formulas read with every verdict
right (cbp-h2's middle member, jvv-outh1's and jvv-outh2's first members and vlg-eo1 called wrong where the oracle
does, their other members right).

By kind of claim: values 43 of 43, gradients 1 of 2, the delta 1 of 1, the update 0 of 1. LaTeX against plain text:
the 36 in LaTeX read 35 (97%), the 11 in plain text or code 9 (82%). By page: Chilee24 4 of 4, "Compute
Backpropagation" 4 of 4, se-info 0 of 1, nglinhbao 1 of 1, the question 4 of 4, the cards 1 of 2, petrkubes1997 1 of
2, jvvp512 6 of 6, dnai-deny 10 of 10, calico 4 of 4, the notion page 9 of 9.

The refusals by construct (3), with the exact message:

- 1, keyword arguments in a NumPy call, np.sum(E3, keepdims=True, axis=1) (sei-db3): "formula 'db3 = 1/m *
  np.sum(E3, keepdims=True, axis=1)': expected ')' to close the arguments at '=' (position 32)";
- 1, the Octave transpose ' after a parenthesised name, (theta³)'δ⁴.*g'(z³), in a rule with no left side before
  "where" and its claim (qwz-delta3): "formula "(theta^3)'\\delta ^4.*g'(z^3) where g'(z^3) = a^3.* (1- a^3)":
  unexpected at "'" (position 10)";
- 1, w_{new} beside w_{old}, the words new and old as subscripts marking an update's two values, where the notation
  names only w_{old} (tsn-update): "formula 'w_{new} = w_{old} - rate \\times \\frac{\\partial C}{\\partia...': w
  matches none of the notation's patterns for w ('w_{old}')" (a notation naming the bare w might have read it; the
  one written is within the spec's grammar, so it was not changed).

Which look general (would appear in much homework): keyword arguments such as axis=1 and keepdims=True in NumPy
calls of code copied into notes, the Octave/MATLAB transpose ' of Ng's course notes (Theta', (theta³)'), and w_{new},
w_{old} (or w^{new}, w^{old}) for an update's two values. Page-specific: a card's answer that omits its left side.

Read, among the constructs these pages brought: $ on lines of their own with \quad \in \mathbb{R}^{30 \times m} after
the formula, \bigl( \bigr) and e^{-{Z^{[1]}}}; layer superscripts h_1^2 and w_{1,1}^3 beside bmatrix products and
\textbf{W}^3\textbf{h}^2 (and a wrong row called wrong); \text{MSE} in an equation* block; Unicode σ, ∂, ∗ and −
in a question's $...$ with x1w1 glued and a "#" comment after; the cards' δ⁴=a⁴-y; a paragraph's \( \) with sums
written ^ before _ and a misspelt name from the notation; {1 \over ...} with net_{h_1}; sixteen-digit numbers,
\sum\limits without an index, \frac12 and \frac 12; list lines flattened from rendered math (h1=σ(z1), h2=σ(z2) and
Eo1=21(targeto1−outputo1)2, called wrong); $...$ inside Korean sentences beside $W1$ and $σ$, a product of two local
derivatives as a left side, and $z=W_1 \cdot x$이다.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch79_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_VN = "https://github.com/Chilee24/VideoMoose"
_CB = f"{_NEMOTRON} (Compute Backpropagation)"
_SE = "https://github.com/se-info/resp_test"
_HN = "https://github.com/nglinhbao/hanoi-housing"
_MSE = ("https://kiwix.lukehooper.xyz/content/math.stackexchange.com_en_all_2024-10/questions/3343902/"
        "we-have-a-function-which-takes-a-two-dimensional-input-and-has-two-parameters-")
_QW = "https://quizwizapp.com/es/study/backpropagation-alogorithm"
_TS = "https://gitlab.com/petrkubes1997/ts-neural-network/commit/f7fd6cd7c66e6f8ea4a533eedc32fa4146805371"
_JV = "https://jvvp512.tistory.com/m/23"
_DN = "https://dnai-deny.tistory.com/m/113"
_VC = "https://velog.io/@calico/Deep-Learning-역전파BackPropagation-이해하기"
_KN = "https://past-columnist-710.notion.site/9802c95589004e1b94338ce37a0d16ba"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))

# Chilee24: the hidden and output sums of the small network (3 inputs, 2 hidden units, 3 outputs)
_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]"
_Z2 = "W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]"
# "Compute Backpropagation": the rows of the page's W^2, its second row with w_{21} written twice (for w_{12})
_ROWS = ({"j": 0, "r": "W2[0,0]*a1[0] + W2[0,1]*a1[1]"}, {"j": 1, "r": "W2[0,1]*a1[0] + W2[1,1]*a1[1]"})
# Mazur: the loss, half the squared error of each output
_ETOTAL = "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2"

ENTRIES: list[Public] = [
    # ---- Chilee24's homework: $ on lines of their own around an indented formula, Z^{[l]} = W^{[l]} X + b^{[l]} with
    # a \quad \in \mathbb{R}^{30 \times m} remark of its shape, \sigma\bigl( ... \bigr), e^{-{Z^{[1]}}} --------------
    Public("vnm-Z1", _VN, "b79_vn", "b79_vn",
           "  $\n  Z^{[1]} = W^{[1]} X + b^{[1]} \\quad \\in \\mathbb{R}^{30 \\times m}\n  $", ((C,),),
           (Twin("value", "z1[{j}]", (_Z1,), _J2),), batch=79,
           why="\\in \\mathbb{R}^{30 \\times m}, the page's shape (30 hidden units, m samples) of the network "
               "made small here (2 hidden units, one sample)"),
    Public("vnm-A1", _VN, "b79_vn", "b79_vn",
           "  $\n  A^{[1]} = \\sigma\\bigl(Z^{[1]}\\bigr) = \\frac{1}{1 + e^{-{Z^{[1]}}}} "
           "\\quad \\in \\mathbb{R}^{30 \\times m}\n  $", ((C, C),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "1/(1 + exp(-z1[{j}]))"), _J2),), batch=79),
    Public("vnm-Z2", _VN, "b79_vn", "b79_vn",
           "  $\n  Z^{[2]} = W^{[2]} A^{[1]} + b^{[2]} \\quad \\in \\mathbb{R}^{10 \\times m}\n  $", ((C,),),
           (Twin("value", "z2[{k}]", (_Z2,), _K3),), batch=79),
    Public("vnm-A2", _VN, "b79_vn", "b79_vn",
           "  $\n  A^{[2]} = \\sigma\\bigl(Z^{[2]}\\bigr) = \\frac{1}{1 + e^{-{Z^{[2]}}}} "
           "\\quad \\in \\mathbb{R}^{10 \\times m}\n  $", ((C, C),),
           (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])", "1/(1 + exp(-z2[{k}]))"), _K3),), batch=79),
    # ---- Nemotron's "Compute Backpropagation": \[ \] blocks indented under a numbered list, h_1^2 (unit 1 of layer
    # 2, not a square), w_{1,1}^3 and w_{11}^3, bmatrix rows and columns, \textbf{W}^3\textbf{h}^2, a list item's
    # \( \); W^2 written with w_{21}^2 twice ------------------------------------------------------------------------
    Public("cbp-f", _CB, "b79_cb", "b79_cb", "   \\[\n   f = h_1^2 w_{1,1}^3 + h_2^2 w_{2,1}^3\n   \\]", ((C,),),
           (Twin("value", "a3[0]", ("a2[0]*W3[0,0] + a2[1]*W3[0,1]",)),), batch=79,
           why="superscripts are layers: h_1^2 is unit 1 of layer 2, w_{2,1}^3 the weight from it to f"),
    Public("cbp-dfdh", _CB, "b79_cb", "b79_cb", "   - \\(\\frac{\\partial f}{\\partial h^2_i} = w_{i, 1}^3\\)", ((C,),),
           (Twin("value", "W3[0,{i}]", ("W3[0,{i}]",), _I2),), batch=79,
           why="a local derivative of the output f by a unit of layer 2, a value, for every i"),
    Public("cbp-matrix", _CB, "b79_cb", "b79_cb",
           "   \\[\n   f = \\begin{bmatrix} w_{11}^3 & w_{21}^3 \\end{bmatrix} \\begin{bmatrix} h_{1}^2 \\\\ h_{2}^2 "
           "\\end{bmatrix} = \\textbf{W}^3\\textbf{h}^2\n   \\]", ((C, C),),
           (Twin("value", "a3[0]", ("W3[0,0]*a2[0] + W3[0,1]*a2[1]", "W3[0,0]*a2[0] + W3[0,1]*a2[1]")),), batch=79),
    Public("cbp-h2", _CB, "b79_cb", "b79_cb",
           "   \\[\n   \\textbf{h}^2 = \\begin{bmatrix} h_{1}^2 \\\\ h_{2}^2 \\end{bmatrix} = \\sigma(\\begin{bmatrix} "
           "w_{11}^2 & w_{21}^2 \\\\ w_{21}^2 & w_{22}^2\\end{bmatrix} \\begin{bmatrix} h_{1}^1 \\\\ h_{2}^1 "
           "\\end{bmatrix}) = \\sigma(\\textbf{W}^2\\textbf{h}^1)\n   \\]", ((C, W, C),),
           (Twin("value", "a2[{j}]", ("a2[{j}]", "sigmoid({r})", "sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1])"),
                 _ROWS),), batch=79,
           why="the matrix's second row is w_{21}^2, w_{22}^2: w_{21} (h^1_2 to h^2_1) typed for w_{12} (h^1_1 to "
               "h^2_2), so the second member's h^2_2 is wrong; the last member is right again"),
    # ---- se-info's notebook: a fenced Python block under "Fix bug", 1/m * np.sum(E3, keepdims=True, axis=1) ----------
    Public("sei-db3", _SE, "b79_se", "b79_se", "```Python\ndb3 = 1/m * np.sum(E3, keepdims=True, axis=1)\n```", ((C,),),
           (Twin("gradient", "b3[{k}]", ("a3[{k}] - t[{k}]",), _K3),), batch=79,
           why="E3 = A3 - Y, the softmax layer's error; np.sum over axis 1 sums the samples' columns (one here)"),
    # ---- nglinhbao's notebook: \begin{equation*} lines, \text{MSE}, \frac{1}{2m} and a sum over the examples --------
    Public("hnh-mse", _HN, "b79_hn", "b79_hn",
           "\\begin{equation*}\n\\text{MSE} = \\frac{1}{2m} \\sum_{i=1}^{m} (A_i - Y_i)^2\n\\end{equation*}", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=79),
    # ---- math.stackexchange 3343902 (kiwix): Unicode σ, ∂ and ∗, x1w1 glued, ∂f/∂w_2 of the output f, a "#"
    # comment after the formula, numbers at the point where both parameters are 0 -------------------------------------
    Public("mx3-f", _MSE, "b79_se3343902", "b79_se3343902", "$f(x, w) = σ(σ(x1w1)w_2 + x_2)$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(sigmoid(x[0]*W1[0,0])*W2[0,0] + b2[0])",)),), batch=79,
           why="f(x, w) the output, x1w1 the product x_1 w_1"),
    Public("mx3-chain", _MSE, "b79_se3343902", "b79_se3343902", "$∂f/∂w_2=∂f/∂o_2*∂o_2/∂w_2$", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])*a1[0]", ("a2[0]*(1 - a2[0])*a1[0]",)),), batch=79,
           why="a derivative of the output f (not of a loss), a value: the chain through o_2 = sigma(o_1) w_2 + x_2"),
    Public("mx3-sigma", _MSE, "b79_se3343902", "b79_se3343902",
           "$∂f/∂w_2= σ(o_2)(1 − σ(o_2)) × σ(o_1)$ # Need to understand here", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])*a1[0]", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))*sigmoid(z1[0])",)),),
           batch=79, why="\"# Need to understand here\", the asker's comment after the formula"),
    Public("mx3-num", _MSE, "b79_se3343902", "b79_se3343902", "$∂f/∂w_2 = 0.5 ∗ 0.5 ∗ 0.5 =0.125$", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])*a1[0]", ("=0.5*0.5*0.5", "=0.125")),), batch=79,
           why="w_1 = w_2 = 0, x_1 = 1, x_2 = 0: sigma(0) = 0.5 three times"),
    # ---- quizwizapp's cards: Ng's layers as Unicode superscripts (δ⁴, a³, z³), (theta³)' for the transpose, .* -
    Public("qwz-delta3", _QW, "b79_qw", "b79_qw", "(theta³)'δ⁴.*g'(z³) where g'(z³) = a³.* (1- a³)", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=79,
           why="the card's answer to \"what is δ³?\": the rule for delta^3 with no left side, then the claim g'(z^3) = "
               "a^3 .* (1 - a^3) after \"where\" (Ng's layer 3 is the network's second layer)"),
    Public("qwz-delta4", _QW, "b79_qw", "b79_qw", "δ⁴=a⁴-y", ((C,),),
           (Twin("gradient_z", "z3[0]", ("a3[0] - y[0]",)),), batch=79,
           why="the answer to \"what the vectorized formula for δ^l∨j in final layer?\", the logistic cost's delta"),
    # ---- petrkubes1997's page (a commit's HTML): \( \) inside a paragraph's sentence, sums with ^ before _,
    # neruon_n (its spelling), 2 \times sampleCnt; w_{new} = w_{old} - rate \times ... -------------------------------
    Public("tsn-cost", _TS, "b79_ts", "b79_ts",
           "network as it gets. The cost is defined as \\(C = \\frac{1}{2 \\times sampleCnt}\\sum^{sampleCnt}_{m=1}"
           "(\\sum^{outputSize}_{n=1}(neruon_n-target_n)^2)\\).", ((C,),),
           (Twin("value", _ETOTAL, (_ETOTAL,)),), batch=79,
           why="one sample (sampleCnt = 1), two outputs; the sentence's words before the formula are on its line"),
    Public("tsn-update", _TS, "b79_ts", "b79_ts",
           "the cost. In equation: \\(w_{new} = w_{old} - rate \\times \\frac{\\partial C}{\\partial w_{old}}\\). "
           "How to compute the", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=79,
           why="the rule for any weight, checked for one (w_{old} the first output neuron's first weight)"),
    # ---- jvvp512's retelling: $ with spaces inside, net_{h_1} (a subscript's subscript), * for the product,
    # {1 \over {1 + e^{net_{h_1}}} } with the minus lost before net, then the right numbers ---------------------------
    Public("jvv-neth1", _JV, "b79_mazur", "b79_mazur",
           "$ net_{h_1} = w_1 * i_1 + w_2 * i_2 + b_1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 = 0.3775 $", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1", "=0.15*0.05 + 0.2*0.1 + 0.35", "=0.3775")),),
           batch=79),
    Public("jvv-outh1", _JV, "b79_mazur", "b79_mazur",
           "$ out_{h_1} = {1 \\over {1 + e^{net_{h_1}}} } = {1 \\over {1 + e^{ -0.3775 }} } = 0.593269992 $",
           ((W, C, C),),
           (Twin("value", "a1[0]", ("1/(1 + exp(z1[0]))", "=1/(1 + np.exp(-0.3775))", "=0.593269992")),), batch=79,
           why="e^{net_{h_1}} for e^{-net_{h_1}}: the first member is 1 - sigma(net); the numbers after it are right"),
    Public("jvv-neth2", _JV, "b79_mazur", "b79_mazur",
           "$ net_{h_2} = w_3 * i_1 + w_4 * i_2 + b_1 = 0.25 * 0.05 + 0.3 * 0.1 + 0.35 = 0.3925 $", ((C, C, C),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + b1", "=0.25*0.05 + 0.3*0.1 + 0.35", "=0.3925")),),
           batch=79, why="b_1, the hidden layer's one bias, for h_2 too"),
    Public("jvv-outh2", _JV, "b79_mazur", "b79_mazur",
           "$ out_{h_2} = {1 \\over {1 + e^{net_{h_2}}} } = {1 \\over {1 + e^{ -0.3925 }} } = 0.596884378 $",
           ((W, C, C),),
           (Twin("value", "a1[1]", ("1/(1 + exp(z1[1]))", "=1/(1 + np.exp(-0.3925))", "=0.596884378")),), batch=79,
           why="the same lost minus as out_{h_1}'s"),
    Public("jvv-sum-out", _JV, "b79_mazur", "b79_mazur", "$ out_{h_1} = 0.593269992 $", ((C,),),
           (Twin("value", "a1[0]", ("=0.593269992",)),), batch=79, why="the summary's lines, one claim each"),
    Public("jvv-sum-net", _JV, "b79_mazur", "b79_mazur", "$ net_{h_2} = 0.3925 $", ((C,),),
           (Twin("value", "z1[1]", ("=0.3925",)),), batch=79),
    # ---- dnai-deny's retelling: $$ on one line, numbers with Python's sixteen digits (and 0.39249999999999996),
    # \sum\limits with no index, \frac12 and \frac 12, out_{o1} from the rounded 1.105906 ---------------
    Public("dnd-neth1", _DN, "b79_mazur", "b79_mazur", "$$net_{h1} = 0.05 * 0.15 + 0.1 * 0.2 + 0.35 = 0.3775$$",
           ((C, C),), (Twin("value", "z1[0]", ("=0.05*0.15 + 0.1*0.2 + 0.35", "=0.3775")),), batch=79),
    Public("dnd-outh1", _DN, "b79_mazur", "b79_mazur",
           "$$out_{h1} = \\frac{1}{1 + e^{-0.3775}} = 0.5932699921071872$$", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3775))", "=0.5932699921071872")),), batch=79),
    Public("dnd-neth2", _DN, "b79_mazur", "b79_mazur",
           "$$net_{h2} = 0.05 * 0.25 + 0.1 * 0.3 + 0.35 = 0.39249999999999996$$", ((C, C),),
           (Twin("value", "z1[1]", ("=0.05*0.25 + 0.1*0.3 + 0.35", "=0.39249999999999996")),), batch=79,
           why="0.39249999999999996, the sum in binary floating point, for 0.3925: four units off in its 17th digit, "
               "which the oracle allows (the collector first wrote it down wrong)"),
    Public("dnd-outh2", _DN, "b79_mazur", "b79_mazur",
           "$$out_{h2} = \\frac{1}{1+e^{-0.3925}} = 0.596884378259767$$", ((C, C),),
           (Twin("value", "a1[1]", ("=1/(1 + np.exp(-0.3925))", "=0.596884378259767")),), batch=79),
    Public("dnd-outo1", _DN, "b79_mazur", "b79_mazur",
           "$$out_{o1} = \\frac{1}{1 + e^{-1.105906}} = 0.7513650695523157$$", ((C, C),),
           (Twin("value", "a2[0]", ("=1/(1 + np.exp(-1.105906))", "=0.7513650695523157")),), batch=79,
           why="the sum rounded to 1.105906 inside the sigmoid (0.75136507570...), the true output after it"),
    Public("dnd-outo2", _DN, "b79_mazur", "b79_mazur",
           "$$out_{o2}= \\frac{1}{1+e^{-1.224921}}=0.7729284653214625$$", ((C, C),),
           (Twin("value", "a2[1]", ("=1/(1 + np.exp(-1.224921))", "=0.7729284653214625")),), batch=79),
    Public("dnd-etotal", _DN, "b79_mazur", "b79_mazur", "$$E_{total}= \\sum\\limits \\frac12(target - output)^{2}$$",
           ((C,),), (Twin("value", _ETOTAL, (_ETOTAL,)),), batch=79,
           why="a sum with no index over the outputs' targets and outputs"),
    Public("dnd-eo1", _DN, "b79_mazur", "b79_mazur",
           "$$E_{o1}= \\frac 12 (0.01 - 0.7513650695523157)^{2}= 0.274811083176155$$", ((C, C),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("=0.5*(0.01 - 0.7513650695523157)**2", "=0.274811083176155")),),
           batch=79, why="\\frac 12 with a space, TeX's one-token arguments"),
    Public("dnd-eo2", _DN, "b79_mazur", "b79_mazur",
           "$$E_{o2}= \\frac 12 (0.99 - 0.7729284653214625)^{2}= 0.023560025583847746$$", ((C, C),),
           (Twin("value", "0.5*(y[1] - a2[1])**2", ("=0.5*(0.99 - 0.7729284653214625)**2", "=0.023560025583847746")),),
           batch=79),
    Public("dnd-total", _DN, "b79_mazur", "b79_mazur",
           "$$E_{total}= E_{o1}+ E_{o2} = 0.274811083176155 + 0.023560025583847746 = 0.2983711087600027$$",
           ((C, C, C),),
           (Twin("value", _ETOTAL, (_ETOTAL, "=0.274811083176155 + 0.023560025583847746", "=0.2983711087600027")),),
           batch=79),
    # ---- calico's velog post: a list's lines of plain text flattened from rendered math (σ, −, glued names
    # targeto1; "Eo1=21(targeto1−outputo1)2", the fraction 1/2 and the square flattened to digits) ------------------
    Public("vlg-hidden", _VC, "b79_vc", "b79_vc", "h1=σ(z1), h2=σ(z2)", ((C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", "a1[1]", ("sigmoid(z1[1])",))), batch=79),
    Public("vlg-output", _VC, "b79_vc", "b79_vc", "o1=σ(z3), o2=σ(z4)", ((C,), (C,)),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)), Twin("value", "a2[1]", ("sigmoid(z2[1])",))), batch=79),
    Public("vlg-eo1", _VC, "b79_vc", "b79_vc", "Eo1=21(targeto1−outputo1)2", ((W,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("21*(y[0] - a2[0])*2",)),), batch=79,
           why="the page's text as served: 1/2 and the square flattened to 21( ... )2, which reads as 21 (t - o) 2"),
    Public("vlg-etotal", _VC, "b79_vc", "b79_vc", "Etotal=Eo1+Eo2", ((C,),),
           (Twin("value", _ETOTAL, (_ETOTAL,)),), batch=79),
    # ---- the Korean notion page: $...$ inside Korean sentences (with $W1$ and $σ$ beside the claim), indented $$
    # lines, \mathcal{L}, \partial\sigma(z), a product of two local derivatives as the left side ---------------------
    Public("kno-h", _KN, "b79_kn", "b79_kn",
           "은닉층에서 가중치 $W1$과 시그모이드 활성화 함수 $σ$를 통해 출력 $h = \\sigma(W_1 \\cdot x)$가 계산된다.", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0])",)),), batch=79,
           why="\"in the hidden layer, through the weight $W1$ and the sigmoid $σ$, the output $h = ...$ is "
               "computed\""),
    Public("kno-loss", _KN, "b79_kn", "b79_kn", "손실함수는 $L = (\\hat{y}-y)^2$로 정의된다.", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=79,
           why="\"the loss function is defined as ...\""),
    Public("kno-chain", _KN, "b79_kn", "b79_kn",
           "    $$ \\frac{\\partial \\mathcal{L}}{\\partial W_1} = "
           "\\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial h} \\cdot "
           "\\frac{\\partial h}{\\partial W_1} $$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=79),
    Public("kno-dLdy", _KN, "b79_kn", "b79_kn",
           "    $$ \\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}} = 2(\\hat{y}-y) $$", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=79),
    Public("kno-dydh", _KN, "b79_kn", "b79_kn", "    $$ \\frac{\\partial \\hat{y}}{\\partial h}=W_2 $$", ((C,),),
           (Twin("value", "W2[0,0]", ("W2[0,0]",)),), batch=79),
    Public("kno-dsigma", _KN, "b79_kn", "b79_kn",
           "    $$ \\frac{\\partial\\sigma(z)}{\\partial z} = \\sigma(z)(1 - \\sigma(z)) $$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=79),
    Public("kno-dhdz", _KN, "b79_kn", "b79_kn", "    $$ \\frac{\\partial h}{\\partial z} = h(1 - h) $$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=79),
    Public("kno-z", _KN, "b79_kn", "b79_kn", "    $z=W_1 \\cdot x$이다.", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0]",)),), batch=79, why="\"... is\" glued after the closing $"),
    Public("kno-dhdW", _KN, "b79_kn", "b79_kn",
           "    $$ \\frac{\\partial h}{\\partial z} \\cdot \\frac{\\partial z}{\\partial W_1} = h(1 - h) \\cdot x $$",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])*x[0]", ("a1[0]*(1 - a1[0])*x[0]",)),), batch=79,
           why="a product of two local derivatives as the left side, dh/dW_1, a value"),
]
