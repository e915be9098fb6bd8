r"""Batch 111 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (pages and GitHub's issue threads, with this batch's emphasis on
languages and kinds the earlier batches used less, course notes and answers, biases, softmax and cross-entropy,
ReLU): six repositories' notebooks as GitHub renders them, AfsanaMim9639's Bengali notebook on backpropagation's
mathematics (ANNs/ANN-math-3(Backpropagation ).ipynb at commit 7542b29: a Markdown cell of HTML, Ng's layers
written δ<sup>[l]</sup>, ∂C/∂a<sup>[L]</sup>, ⊙, σ', l−1 with U+2212, := and α * in <pre> blocks), S4njuuu3291's
Indonesian Bangkit notes on Ng's "larger network" example (20-larger-neural-network-ex.ipynb at 6ee262b: $ alone on
the lines around indented formulas of a numbered list, the ReLU network worked in numbers, j(w, b) the cost, a
computation graph's t_1 = w_1 x), sbianchi's lab5, UdelaR's course notes in Spanish ("10 - Redes Neuronales.ipynb"
at 36f8d9f: Ng's layers a^{(1)} = x, theta and Theta, \odot, g', \nabla_a J, delta^{x,(l+1)} of an instance x, the
quadratic cost, the cross-entropy and a softmax layer), ceciorosco's Spanish notebook on binary classification
with ReLU neurons (Modulo 5/06.numpy_nx_nn_clasificacion_binaria.ipynb at 504d33a: list items of $...$ with two
trailing spaces, an = written between two $...$ pieces, w_3[0] code-like in TeX, \mathbf{1}_{z_1 > 0}, the binary
cross-entropy over N examples), virgantara's Indonesian course notebook ("zarchive/2021/Chapter 5 Pengenalan Neural
Network.ipynb" at 0048813: Victor Zhou's network with its weights named b_1 ... b_6 and its biases B_1 ... B_3, $$
on their own lines, products glued, b_5h_1, and * for the product) and hbakhshi's Persian notes on Nielsen's network
for a computational physics course (docs/03_NN/02_NNMNIST.ipynb at 4e4e2a0: two $$ lines in a right-to-left
Markdown cell); and four GitHub issue threads, two of Grokking Deep Learning's (#9, a reader's modified chapter 8
loop in a ``` block: rows, np.dot, .T, a backslash continuation, += with the code's deltas; #59, code in backticks,
one statement a line) and two of jcjohnson's pytorch-examples (#28: torch's .t() and .mm(); #5: NumPy's .dot and .T,
and a reader's wrong proposal). Copied verbatim, typos and mistakes included (the notebooks read from their
repositories' files at the commits above and their cells joined as GitHub shows them; the issue threads as the
issues corpus stores them), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's [l] and (l) layers as the pages
count them, "a^{(1)}" = "x[:]", "\\theta^{(l)}_{pq}" = "W{l}[p-1, q-1]" with units counted from 1, delta the
pages' dJ/dz, the code's -dE/dz as -delta (Grokking's labels - layer_2), rows as transposes ("layer_0" =
"x[:].T", "w2" = "W2[:, :].T"), code's gradient names as grad(...) ("grad_w2" = "grad(W2[:, :]).T"), a count of
examples made 1 ("m", "N", "n" = "1"), relu2deriv declared "relu' at output" as Grokking's helper computes it, the
page's own letters for weights and biases, b_1 ... b_6 and B_1 ... B_3 where virgantara's page names them so), a
network of the kind the page describes (with the page's numbers where it works an example: the Bangkit notes' w1 =
2, b1 = 0, w2 = 3, b2 = 1, x = 1, y = 5; all in tests/public_formulas_batch111_tables.py), and its true verdicts,
from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A
derivative by an output (∂j/∂a_2, ∂y_p/∂h_1, grad_y_pred) or of an output by a weight (∂h_1/∂b_1) is twinned as a
value, as in the earlier batches; so is a forward value, a function's definition (judged at a sum), a code's
delta and a cost's definition; the pages' error terms delta = dJ/dz are gradient_z twins. Formulas keep their
page's delimiters and what surrounds them on their line (a list's number or bullet, a sentence around $...$
pieces, a code line's indentation and # comment, backticks, <pre>'s bare lines, trailing spaces); what was left
out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 111

The batch: 56 formulas from 10 addresses (the Bengali notebook 6, the Bangkit notes 8, UdelaR's notes 8,
ceciorosco's notebook 8, virgantara's notebook 8, hbakhshi's notes 2, Grokking's issue #9 7 and #59 4,
pytorch-examples' issue #28 3 and #5 2). 40 are in notebooks' Markdown (34 LaTeX in $...$ or $$...$$, some inside
sentences or list items; 6 in HTML with <sup>), 16 in issue threads (Python code: 7 lines of a ``` block, 4 in
backticks, 5 plain lines).

3 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- UdelaR's ud-sq, $$J(\theta) = - \frac{1}{2m} \sum_{i=1}^m || y^{(i)} - a^{(L)}||^2 $$: the page's quadratic
  cost ("la misma que la utilizada en los problemas de regresión lineal") written with a minus sign, minus half the
  squared error as written;
- UdelaR's ud-sm, $$ a^{(L)}_j = \frac{e^{z^L_j}}{\sum_k e^{z^L_j}}$$: the softmax with z^L_j inside the sum over k,
  every output 1/K as written (the page says the sum runs over all the output neurons);
- pytorch-examples' j5-bad, grad_h_relu = grad_y_pred.dot(grad_w2.T): the reader's proposal in issue #5, the
  gradient of w2 where w2 belongs (the thread was closed: the code's w2.T is right).

Not mistaken, though they look it: hbakhshi's \delta = \nabla_a C \cdot \sigma'(z) (\cdot the entry-wise product
its code writes with *, for the last layer); Grokking #59's two layer_1_delta lines (relu2deriv of the sums or of
the outputs, the same 0 or 1, as the issue says) and #9's relu2deriv(layer_1) of the sums; the += updates of #9
(the code's deltas are -dE/dz); ceciorosco's ∂BCE/∂z_3 = ŷ - y and the 1/N sums (one example here); the
Bangkit notes' ∂j/∂a_2 = 2 (7 - 5) and their j(w, b) = 2; virgantara's $output = (x_1 * b_1) + (x_2 * b_2) + B$
(its b's are weights, B the bias).

What was left out: the Bengali notebook's table of the same rules in <td> cells (the batch's size) and its
W := W − α·∇W, b := b − α·∇b (W and b of no layer, which no notation of the page's layers names), and z =
Weighted sum = w·a + b in a list of definitions; the Bangkit notes' other graph steps (t_1 = w_1 x, a_1 = g(z_1),
t_2, z_2, a_2 = g(z_2), j = ..., the same rules at other indices) and its earlier notebooks (J(w) = w^2, no network);
UdelaR's \delta^{(l)}_j = \frac{\partial J}{\partial z^{(l)}_j} (its definition of delta, nothing to judge), z^{(l+1)} =
\theta^{(l)}\cdot a^{(l)}, the other chain for \theta_{jk}, the algorithm's numbered steps 3 and 4 (the same rules
inside sentences), its cross-entropy cost with the regularisation term, its forward matrices with the bias unit
(written as column vectors of \vdots) and the gradient check's approximations (no network's derivative); ceciorosco's
y_pred = σ(z_3), neuron 2's line, the chain ∂BCE/∂w_1 = Σ [∂BCE/∂z_3 · ...] written without 1/N (the batch's size), the
ReLU's slope in words and the code cell's dz1 = d3 * w3[0] * da1_dz1 and np.mean lines (the batch's size);
virgantara's y = f(output) (y the single neuron's output, the page's y elsewhere the target), x_1 \to x_1 + b_1 (an
arrow, no equation), MSE = (y_t - y_p)^2 and MSE = (1 - y_p)^2 (Budi's target written as 1, which a twin at random
points cannot hold), \frac{\partial L}{\partial y_p} = -2(1 - y_p) (the same), the two-factor chain for b_1 (the
three-factor one taken), f'(x) = ... (x the sigmoid's argument, not the page's inputs x_1, x_2) and the code; hbakhshi's
Python lines (Nielsen's code: activations[-1], self.weights[-l+1], Python's negative indices, which no notation
under the spec can name, as batch 81 found) and its mini-batch update; Grokking #9's layer_0 = images[i:i+1] (an
input's slice, named by the notation), error += and correct_cnt += (a running sum and a count); pytorch-examples #28's
prose. Pages read and not used: blog.magicbytes.ir's Persian post (claimed; the stored excerpt stops before its
formulas), TanqueDev's Spanish CNN notebook (its formulas are generic), reim2zk's Japanese notes (the chain rule on
generic f and g) and many addresses earlier batches used (checked against /work/used_urls.txt).

Collected on 2026-12-06 (17:47 to 17:58 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 11 pairs
(UdelaR's notation with its three networks) loaded first. The oracle's first run failed on one twin of the batch's
own making, bk-a1n's worked members written with relu, which the number oracle's namespace does not hold; they were
rewritten with np.maximum (the verdicts unchanged) and every verdict passed as first transcribed. The oracle tests
were run without the check test (-k "111 and not check_never"), so that check read nothing of the batch before the
blind run.

Run blind at main 8fc732b (/work/READY_FOR_BLIND44; src/ as at 8fc732b, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch111_blind.txt): 53 of 56 read with every
verdict right (95%), 3 refused, no typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of
the refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page does not
mean: the two torch lines refuse at the method calls themselves, the softmax at the page's own slip), so the batch was
run once.

Of the 3 mistaken formulas, 2 were read, each with its wrong member called wrong (ud-sq's minus half the squared
error, j5-bad's grad_w2.T for w2.T), and 1 was refused (ud-sm, below). By page: the Bengali notebook 6 of 6, the
Bangkit notes 8 of 8, UdelaR's notes 7 of 8, ceciorosco's notebook 8 of 8, virgantara's notebook 8 of 8, hbakhshi's
notes 2 of 2, Grokking's issue #9 7 of 7 and #59 4 of 4, pytorch-examples' issue #28 1 of 3 and #5 2 of 2.

The refusals by construct (3), with the exact message:

- 2, torch's tensor methods chained on a name, .t() (the transpose) and .mm(...) (the matrix product), which the
  reader takes for a product at the dot before mm and then cannot parse .t(): jj-gw2, "formula 'grad_w2 =
  h_relu.t() \\cdot mm(grad_y_pred)': unexpected at ')' (position 20)"; jj-gh, "formula 'grad_h_relu =
  grad_y_pred.mm(w2.t())': unexpected at ')' (position 35)" (NumPy's .dot and .T of the same lines in issue #5 read);
- 1, a sum whose index its term does not use, the page's slip in the softmax's denominator (ud-sm, \sum_k e^{z^L_j}):
  "formula 'a^{(L)}_j = \\frac{e^{z^L_j}}{\\sum_k e^{z^L_j}}': the sum over k has no bounds and k indexes nothing
  in it; write the bounds" (a mistaken formula refused rather than called wrong: no verdict given, none wrong).

Read, among the constructs these pages brought: HTML superscripts in <pre> lines (δ<sup>[l]</sup>,
(W<sup>[l+1]</sup>)<sup>T</sup>, a<sup>[l−1]</sup> with U+2212), ∂C/∂a, ⊙ and := with α *; $ alone on the lines
around indented formulas of a list, g(2 \cdot 1 + 0) = g(2) = 2 worked through a ReLU, a cost j(w, b) in lower case
and a graph's product t_1; Ng's (l) layers counted from the input, theta and Theta, \nabla_a J, \odot, g',
\delta^{x,(l+1)} and (a^{x,l})^T of an instance x under \sum_x, a quadratic cost with || ... ||^2 and its sign's slip;
two claims in one $...$ joined by ,\;, an = written between two $...$ pieces of a Spanish sentence, w_3[0] in TeX,
\mathbf{1}_{z_1^{(i)} > 0}, \bigl[ ... \bigr] and \Bigl[ ... \Bigr], sums over N examples with and without bounds;
weights named b_1 ... b_6 beside biases B_1 ... B_3, products glued (b_5h_1), * between quotients, f' of a sum;
a right-to-left cell's \nabla_a C \cdot \sigma'(z); Python's rows with np.dot, .dot, .T, # comments, a backslash
continuation, += with the code's deltas, labels[i:i+1], relu2deriv of the sums or of the outputs, code in backticks.

Which look general (would appear in much homework): PyTorch's tensor methods, x.t(), a.mm(b), a.matmul(b) (every
torch translation of a NumPy network writes them, as jcjohnson's examples and the PyTorch tutorials built on them do).
Page-specific: the softmax's \sum_k over a term of j (a slip, refused safely; a sum over an index its term does not
use is rare in correct homework).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch111_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_AF = ("https://github.com/AfsanaMim9639/A-deep-understanding-of-Deep-Learning-with-python- "
       "(ANNs/ANN-math-3(Backpropagation ).ipynb, commit 7542b29)")
_BK = ("https://github.com/S4njuuu3291/bangkitmaterial "
       "(04-ADVANCED-LEARNING-ALGORITHM/week-2/20-larger-neural-network-ex.ipynb, commit 6ee262b)")
_UD = "https://github.com/sbianchi/lab5 (10 - Redes Neuronales.ipynb, commit 36f8d9f)"
_CE = ("https://github.com/ceciorosco/Cecilia-Repositorio "
       "(Modulo 5/06.numpy_nx_nn_clasificacion_binaria.ipynb, commit 504d33a)")
_VG = ("https://github.com/virgantara/machine-learning-course "
       "(zarchive/2021/Chapter 5 Pengenalan Neural Network.ipynb, commit 0048813)")
_HB = "https://github.com/hbakhshi/IUTComputationalPhysics (docs/03_NN/02_NNMNIST.ipynb, commit 4e4e2a0)"
_G9 = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/9"
_G59 = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/59"
_JJ28 = "https://github.com/jcjohnson/pytorch-examples/issues/28"
_JJ5 = "https://github.com/jcjohnson/pytorch-examples/issues/5"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))


def _sig_slope(u: str) -> str:
    return f"sigmoid({u})*(1 - sigmoid({u}))"


def _d_out(k) -> str:
    """dE/dz2[k] of a sigmoid output under half the squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _d_hidden(j, outputs: int) -> str:
    """dE/dz1[j] of a sigmoid hidden unit under half the squared error, sigmoid outputs."""
    back = " + ".join(f"W2[{k},{j}]*{_d_out(k)}" for k in range(outputs))
    return f"({back})*a1[{j}]*(1 - a1[{j}])"


def _every_weight(hidden: int, inputs: int, outputs: int, rule) -> tuple:
    """{"p": a weight, "m": rule(layer, row, column)} for every weight of a two-layer network."""
    return tuple({"p": f"W1[{j},{i}]", "m": rule(1, j, i)} for j in range(hidden) for i in range(inputs)) + \
        tuple({"p": f"W2[{k},{j}]", "m": rule(2, k, j)} for k in range(outputs) for j in range(hidden))


def _every_bias(hidden: int, outputs: int, rule) -> tuple:
    return tuple({"p": f"b1[{j}]", "m": rule(1, j)} for j in range(hidden)) + \
        tuple({"p": f"b2[{k}]", "m": rule(2, k)} for k in range(outputs))


# the Bengali notebook's 2-2-2 network: the gradients and the steps of every weight and bias
def _af_gradient(layer, row, column):
    return f"{_d_hidden(row, 2)}*x[{column}]" if layer == 1 else f"{_d_out(row)}*a1[{column}]"


def _af_bias_gradient(layer, row):
    return _d_hidden(row, 2) if layer == 1 else _d_out(row)


_AF_GW = _every_weight(2, 2, 2, _af_gradient)
_AF_GB = _every_bias(2, 2, _af_bias_gradient)
_AF_UW = tuple({"p": v["p"], "m": f"{v['p']} - eta*{v['m']}"} for v in _AF_GW)
_AF_UB = tuple({"p": v["p"], "m": f"{v['p']} - eta*{v['m']}"} for v in _AF_GB)


# UdelaR's 2-3-2 network without biases, half the squared error
def _ud_gradient(layer, row, column):
    return f"x[{column}]*{_d_hidden(row, 2)}" if layer == 1 else f"a1[{column}]*{_d_out(row)}"


_UD_G = _every_weight(3, 2, 2, _ud_gradient)
_UD_U = tuple({"p": v["p"], "m": f"{v['p']} - eta*{v['m']}"} for v in _UD_G)
_UD_HALF = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"

# ceciorosco's network: the output's dBCE/dz3 carried to hidden neuron 1 (ReLU)
_CE_D1 = "(a2[0] - y[0])*W2[0,0]*Heaviside(z1[0])"

# Grokking's chapter 8 network (3-4-2, ReLU, linear outputs): -dE/dz2 and -dE/dz1, the code's deltas
_G9_BACK = "((y[0] - a2[0])*W2[0,{j}] + (y[1] - a2[1])*W2[1,{j}])"

# jcjohnson's network (3-4-2, ReLU, linear outputs, loss the sum of squares): dloss/dh_relu and the variant
_JJ_DH = "(2*(a2[0] - y[0])*W2[0,{j}] + 2*(a2[1] - y[1])*W2[1,{j}])"
_JJ_BAD = "(2*(a2[0] - y[0])*2*(a2[0] - y[0])*a1[{j}] + 2*(a2[1] - y[1])*2*(a2[1] - y[1])*a1[{j}])"

ENTRIES = [
    # ---- AfsanaMim9639's Bengali notebook (a Markdown cell of HTML): <pre> lines with <sup>[l]</sup> for Ng's layer
    # superscript, ∂C/∂a, ⊙, σ', − (U+2212) in l−1, := for the step, α * ----------------------------------------------
    Public("af-dL", _AF, "b111_af", "b111_af", "δ<sup>[L]</sup> = ∂C/∂a<sup>[L]</sup> ⊙ σ'(z<sup>[L]</sup>)",
           ((C,),), (Twin("gradient_z", "z2[{k}]", (f"(a2[{{k}}] - y[{{k}}])*{_sig_slope('z2[{k}]')}",), _K2),),
           batch=111, why="the output layer's error, ∂C/∂a^[L] = a^[L] - y for the quadratic cost, ⊙ the "
                          "entry-wise product; a line of a <pre> block"),
    Public("af-dl", _AF, "b111_af", "b111_af",
           "δ<sup>[l]</sup> = (W<sup>[l+1]</sup>)<sup>T</sup> · δ<sup>[l+1]</sup> ⊙ σ'(z<sup>[l]</sup>)", ((C,),),
           (Twin("gradient_z", "z1[{j}]",
                 (f"(W2[0,{{j}}]*{_d_out(0)} + W2[1,{{j}}]*{_d_out(1)})*{_sig_slope('z1[{j}]')}",), _J2),),
           batch=111, why="the hidden layer's error (l = 1, the one layer below L), · the matrix product, "
                          "(W)<sup>T</sup> the transpose"),
    Public("af-gW", _AF, "b111_af", "b111_af",
           "∂C/∂W<sup>[l]</sup> = δ<sup>[l]</sup> · (a<sup>[l−1]</sup>)<sup>T</sup>",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _AF_GW),), batch=111,
           why="every weight of both layers (a^[0] the input), l−1 with the minus sign U+2212"),
    Public("af-gb", _AF, "b111_af", "b111_af", "∂C/∂b<sup>[l]</sup> = δ<sup>[l]</sup>", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _AF_GB),), batch=111, why="every bias of both layers"),
    Public("af-uW", _AF, "b111_af", "b111_af", "W<sup>[l]</sup> := W<sup>[l]</sup> − α * ∂C/∂W<sup>[l]</sup>",
           ((C,),), (Twin("update", "{p}", ("{m}",), _AF_UW),), batch=111,
           why="the gradient step of every weight, − (U+2212), α the rate"),
    Public("af-ub", _AF, "b111_af", "b111_af", "b<sup>[l]</sup> := b<sup>[l]</sup> − α * ∂C/∂b<sup>[l]</sup>",
           ((C,),), (Twin("update", "{p}", ("{m}",), _AF_UB),), batch=111),
    # ---- S4njuuu3291's Indonesian Bangkit notes (Markdown cell): $ on their own lines around indented formulas in a
    # numbered list, then one-line $ ... $; the ReLU network worked in numbers (w1 = 2, b1 = 0, w2 = 3, b2 = 1) --------
    Public("bk-g", _BK, "b111_bk", "b111_bk", "$\ng(z) = \\max(0, z)\n$", ((C,),),
           (Twin("value", "relu(z1[0])", ("np.maximum(0, z1[0])",)),), batch=111,
           why="the ReLU's definition, judged at a unit's sum z"),
    Public("bk-a1", _BK, "b111_bk", "b111_bk", "   $\n   a_1 = g(w_1 \\cdot x + b_1)\n   $", ((C,),),
           (Twin("value", "a1[0]", ("relu(W1[0,0]*x[0] + b1[0])",)),), batch=111),
    Public("bk-a1n", _BK, "b111_bk", "b111_bk", "   $\n   a_1 = g(2 \\cdot 1 + 0) = g(2) = 2\n   $", ((C, C, C),),
           (Twin("value", "a1[0]", ("=np.maximum(0, 2*1 + 0)", "=np.maximum(0, 2)", "=2")),), batch=111),
    Public("bk-a2", _BK, "b111_bk", "b111_bk", "   $\n   a_2 = g(w_2 \\cdot a_1 + b_2)\n   $", ((C,),),
           (Twin("value", "a2[0]", ("relu(W2[0,0]*a1[0] + b2[0])",)),), batch=111),
    Public("bk-a2n", _BK, "b111_bk", "b111_bk", "   $\n   a_2 = g(3 \\cdot 2 + 1) = g(7) = 7\n   $", ((C, C, C),),
           (Twin("value", "a2[0]", ("=np.maximum(0, 3*2 + 1)", "=np.maximum(0, 7)", "=7")),), batch=111),
    Public("bk-j", _BK, "b111_bk", "b111_bk",
           "   $\n   j(w, b) = \\frac{1}{2}(a_2 - y)^2 = \\frac{1}{2}(7 - 5)^2 = \\frac{1}{2} \\cdot 2^2 = 2\n   $",
           ((C, C, C, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2",
                 ("0.5*(a2[0] - y[0])**2", "=0.5*(7 - 5)**2", "=0.5*2**2", "=2")),), batch=111,
           why="the cost j(w, b), a lower-case j, worked in numbers"),
    Public("bk-z1", _BK, "b111_bk", "b111_bk", "   $ z_1 = t_1 + b_1 $", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=111,
           why="t_1 = w_1 x, the graph's product node, the line before"),
    Public("bk-dj", _BK, "b111_bk", "b111_bk", "   $ \\frac{\\partial j}{\\partial a_2} = 2 $", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("=2",)),), batch=111,
           why="the derivative by the output, a value: a_2 - y = 7 - 5"),
    # ---- sbianchi's UdelaR course notes (Spanish notebook, Ng's layers): $$ lines with \odot, g', theta and Theta,
    # \nabla_a J, delta^{x,(l+1)}; the quadratic cost written with a minus, a softmax whose sum forgot its index ------
    Public("ud-dL", _UD, "b111_ud", "b111_ud", "$$ \\delta^{(L)} = \\nabla_a J \\odot g'(z^{(L)})$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (f"(a2[{{k}}] - y[{{k}}])*{_sig_slope('z2[{k}]')}",), _K2),), batch=111,
           why="nabla_a J, the cost's gradient by the output activations, a2 - y for the quadratic cost"),
    Public("ud-dLy", _UD, "b111_ud", "b111_ud", "$$ \\delta^{(L)} = (a^{(L)}-y) \\odot g'(z^{(L)})$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (f"(a2[{{k}}] - y[{{k}}])*{_sig_slope('z2[{k}]')}",), _K2),), batch=111),
    Public("ud-dl", _UD, "b111_ud", "b111_ud",
           "$$ \\delta^{(l)} = (\\theta^{(l)})^T \\delta^{(l+1)} \\odot g'(z^{(l)}) $$",
           ((C,),),
           (Twin("gradient_z", "z1[{j}]",
                 (f"(W2[0,{{j}}]*{_d_out(0)} + W2[1,{{j}}]*{_d_out(1)})*{_sig_slope('z1[{j}]')}",), _J3),),
           batch=111, why="l = 2, the hidden layer (the page's layers 1 ... L = 3, the first the input)"),
    Public("ud-gij", _UD, "b111_ud", "b111_ud",
           "$$ \\frac{\\partial}{\\partial\\theta^{(l)}_{ij}} J(\\theta) = a^{(l)}_j\\delta^{(l+1)}_i$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _UD_G),), batch=111,
           why="every weight of both layers (theta^{(l)}_{ij} from unit j of layer l to unit i of layer l+1)"),
    Public("ud-upd", _UD, "b111_ud", "b111_ud",
           "$$ \\Theta^{(l)} = \\Theta^{(l)} - \\alpha  \\sum_x \\delta^{x,(l+1)} \\cdot (a^{x,l})^T$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _UD_U),), batch=111,
           why="the step summed over the instances x (one here), delta^{x,l} the value of delta^{l} for instance x"),
    Public("ud-sq", _UD, "b111_ud", "b111_ud",
           "$$J(\\theta) = - \\frac{1}{2m} \\sum_{i=1}^m || y^{(i)} - a^{(L)}||^2 $$", ((W,),),
           (Twin("value", _UD_HALF, (f"-{_UD_HALF}",)),), batch=111,
           why="the page's quadratic cost ('costo cuadrático ... la misma que la utilizada en los problemas de "
               "regresión lineal') written with a minus sign: as written it is minus half the squared error, which "
               "gradient descent would maximise (m = 1)"),
    Public("ud-sm", _UD, "b111_udsm", "b111_ud", "$$ a^{(L)}_j = \\frac{e^{z^L_j}}{\\sum_k e^{z^L_j}}$$", ((W,),),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[{j}]) + exp(z2[{j}]))",), _J2),), batch=111,
           why="the softmax with z^L_j for z^L_k inside the sum ('la suma es sobre todas las neuronas de salida', "
               "the page says): as written every output is 1/K"),
    Public("ud-ce", _UD, "b111_udce", "b111_ud", "$$ \\delta^{(L)} = (a^{(L)}-y)$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=111,
           why="the output error under the page's cross-entropy (sigmoid outputs): no g' factor"),
    # ---- ceciorosco's Spanish notebook (ReLU hidden neurons, a sigmoid output, the binary cross-entropy): list items
    # with $...$ and two trailing spaces, an = between two $...$ pieces, w_3[0] code-like in TeX, an indicator -----
    Public("ce-z1", _CE, "b111_ce", "b111_ce",
           "  - Neurona 1: $z_1 = \\mathbf{w_1}^\\top \\mathbf{x} + b_1,\\; a_1 = \\mathrm{ReLU}(z_1)$.  ",
           ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("relu(z1[0])",))), batch=111,
           why="two claims in one $...$, joined by ,\\;"),
    Public("ce-z3", _CE, "b111_ce", "b111_ce", "  - $z_3 = w_{3,1} a_1 + w_{3,2} a_2 + b_3$.  ", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=111),
    Public("ce-bce", _CE, "b111_ce", "b111_ce",
           "$$\n\\text{BCE} = -\\frac{1}{N}\\sum_{i=1}^N \\bigl[y^{(i)}\\log(\\hat{y}^{(i)}) + (1-y^{(i)})\\log(1-"
           "\\hat{y}^{(i)})\\bigr].\n$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=111,
           why="the cost over N examples (one here), \\bigl[ ... \\bigr] and a closing full stop"),
    Public("ce-dz3", _CE, "b111_ce", "b111_ce",
           "La derivada $\\partial \\text{BCE}/\\partial z_3^{(i)}$ = $\\hat{y}^{(i)} - y^{(i)}$ (resultado estándar "
           "de la entropía cruzada con sigmoide).", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=111,
           why="the = written between two $...$ pieces of a sentence; for one example (N = 1)"),
    Public("ce-dw30", _CE, "b111_ce", "b111_ce",
           "1. $\\frac{\\partial}{\\partial w_3[0]} \\text{BCE}$ = $\\frac{1}{N} \\sum_{i=1}^N (\\hat{y}^{(i)} - "
           "y^{(i)}) \\cdot a_1^{(i)}$.  ", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),), batch=111,
           why="w_3[0], the code's index in TeX, the output's weight from neuron 1"),
    Public("ce-db3", _CE, "b111_ce", "b111_ce",
           "3. $\\frac{\\partial}{\\partial b_3} \\text{BCE}$ = $\\frac{1}{N} \\sum_{i=1}^N (\\hat{y}^{(i)} - "
           "y^{(i)})$.", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=111),
    Public("ce-dw1", _CE, "b111_ce", "b111_ce",
           "$$\n\\frac{\\partial \\text{BCE}}{\\partial w_1} \n= \\frac{1}{N}\\sum_{i=1}^N \\Bigl[d3^{(i)} \\cdot "
           "w_3[0] \\cdot \\mathbf{1}_{z_1^{(i)} > 0} \\cdot x^{(i)}\\Bigr].\n$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_CE_D1}*x[{{i}}]",), _I2),), batch=111,
           why="w_1 neuron 1's weight vector, d3 = dBCE/dz_3 (defined on the page's line before), the indicator "
               "\\mathbf{1}_{z_1 > 0} the ReLU's slope; the display over three lines"),
    Public("ce-db1", _CE, "b111_ce", "b111_ce",
           "Análogamente, $\\frac{\\partial \\text{BCE}}{\\partial b_1}$ = $\\frac{1}{N}\\sum d3^{(i)} \\cdot w_3[0] "
           "\\cdot \\mathbf{1}_{z_1^{(i)}>0}$.", ((C,),),
           (Twin("gradient", "b1[0]", (_CE_D1,)),), batch=111,
           why="a sum without bounds over the examples (N = 1)"),
    # ---- virgantara's Indonesian course notebook (Victor Zhou's network, weights named b_1 ... b_6, biases B): $$ on
    # their own lines, products glued (b_5h_1), * for the product, f' of the sum ------------------------------------
    Public("vg-out", _VG, "b111_vg", "b111_vg", "$output = (x_1 * b_1) + (x_2 * b_2) + B$ ", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=111,
           why="the single neuron the page shows first (weights b_1, b_2, bias B), the network's h_1 here; a "
               "trailing space"),
    Public("vg-mse", _VG, "b111_vg", "b111_vg",
           "$$\nMSE = \\frac{1}{n} \\sum_{i=1}^{n}(y_{true} - y_{pred})^2 \n$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=111,
           why="the mean over n examples (one here)"),
    Public("vg-mse1", _VG, "b111_vg", "b111_vg",
           "$$\nMSE = \\frac{1}{1} \\sum_{i=1}^{1}(y_t - y_p)^2   \n$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=111,
           why="for one example (Budi's), three trailing spaces"),
    Public("vg-yp", _VG, "b111_vg", "b111_vg", "$$\ny_p = o_1 = f(b_5h_1 + b_6h_2 + B_3)\n$$", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0])")),), batch=111,
           why="b_5h_1 glued: b_5 times h_1"),
    Public("vg-dyph", _VG, "b111_vg", "b111_vg",
           "$$\n\\frac{\\partial y_p}{\\partial h_1} = b_5 * f'(b_5h_1 + b_6h_2 + B_3)\n$$", ((C,),),
           (Twin("value", "W2[0,0]*a2[0]*(1 - a2[0])", (f"W2[0,0]*{_sig_slope('z2[0]')}",)),), batch=111,
           why="a derivative of the output by a hidden output, a value"),
    Public("vg-h1", _VG, "b111_vg", "b111_vg", "$$\nh_1 = f(b_1x_1 + b_2x_2 + B_1)\n$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=111),
    Public("vg-dh1", _VG, "b111_vg", "b111_vg",
           "$$\n\\frac{\\partial h_1}{\\partial b_1} = x_1 * f'(b_1x_1 + b_2 x_2 + B_1)\n$$", ((C,),),
           (Twin("value", "x[0]*a1[0]*(1 - a1[0])", (f"x[0]*{_sig_slope('z1[0]')}",)),), batch=111,
           why="a derivative of a hidden output by a weight, a value"),
    Public("vg-dLb1", _VG, "b111_vg", "b111_vg",
           "$$\n\\frac{\\partial L}{\\partial b_1} = \\frac{\\partial L}{\\partial y_p} * \\frac{\\partial y_p}"
           "{\\partial h_1} * \\frac{\\partial h_1}{\\partial b_1}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]",
                 ("-2*(y[0] - a2[0])*W2[0,0]*a2[0]*(1 - a2[0])*x[0]*a1[0]*(1 - a1[0])",)),), batch=111,
           why="the chain for b_1, the weight from x_1 to h_1 (h_2 does not depend on it)"),
    # ---- hbakhshi's Persian course notes on Nielsen's network (a Markdown cell, right to left): $$ lines ------------
    Public("hb-d", _HB, "b111_hb", "b111_hb", "     $$ \\delta = \\nabla_a C \\cdot \\sigma'(z) $$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (f"(a2[{{k}}] - y[{{k}}])*{_sig_slope('z2[{k}]')}",), _K2),), batch=111,
           why="the last layer's error (the page: 'for the last layer'), \\cdot the entry-wise product its code "
               "writes with * (delta = self.cost_derivative(...) * sigmoid_prime(zs[-1])); five spaces of a list"),
    Public("hb-w", _HB, "b111_hb", "b111_hb", "$$ w = w - \\eta \\cdot \\frac{\\partial C}{\\partial w} $$", ((C,),),
           (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),), param="W1[0,1]", batch=111,
           why="the rule for any weight w, judged at one"),
    # ---- Grokking Deep Learning's issue #9 (a reader's modified chapter 8 loop, Python in a ``` block): rows,
    # np.dot, .dot, .T, a backslash continuation, += with the code's deltas (-dE/dz) -------------------------------
    Public("g9-l1", _G9, "b111_g9", "b111_g9", "    layer_1 = np.dot(layer_0,weights_0_1) # modify", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J4),), batch=111,
           why="the hidden sums (the reader's modification keeps them apart from the ReLU), a # comment"),
    Public("g9-l1r", _G9, "b111_g9", "b111_g9", "    layer_1_relu = relu(layer_1) # modify", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J4),), batch=111),
    Public("g9-l2", _G9, "b111_g9", "b111_g9", "    layer_2 = np.dot(layer_1_relu,weights_1_2)", ((C,),),
           (Twin("value", "a2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + W2[{k},3]*a1[3]",),
                 _K2),), batch=111),
    Public("g9-d2", _G9, "b111_g9", "b111_g9", "    layer_2_delta = (labels[i:i+1] - layer_2)", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=111,
           why="labels[i:i+1], the example's row of targets; the code's delta -dE/dz2, a value"),
    Public("g9-d1", _G9, "b111_g9", "b111_g9",
           "    layer_1_delta = layer_2_delta.dot(weights_1_2.T)\\\n" + " " * 32 + "* relu2deriv(layer_1)", ((C,),),
           (Twin("value", f"{_G9_BACK}*Heaviside(z1[{{j}}])", (f"{_G9_BACK}*Heaviside(z1[{{j}}])",), _J4),),
           batch=111, why="Python's backslash continuation; relu2deriv (output > 0) taken of the sums layer_1, the "
                          "same 0 or 1"),
    Public("g9-w12", _G9, "b111_g9", "b111_g9",
           "    weights_1_2 += alpha * layer_1_relu.T.dot(layer_2_delta) # modify", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta*a1[{j}]*(y[{k}] - a2[{k}])",), _K2J4),), batch=111,
           why="+= with the code's delta (-dE/dz): the gradient step, input-first"),
    Public("g9-w01", _G9, "b111_g9", "b111_g9", "    weights_0_1 += alpha * layer_0.T.dot(layer_1_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_G9_BACK}*Heaviside(z1[{{j}}])",),
                 _J4I3),), batch=111),
    # ---- Grokking's issue #59 (chapter 6): code in backticks, one statement a line --------------------------------
    Public("g59-in", _G59, "b111_g59", "b111_g59", "`layer_1_input = np.dot(layer_0,weights_0_1)`", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J4),), batch=111),
    Public("g59-d1", _G59, "b111_g59", "b111_g59",
           "`layer_1_delta = layer_2_delta.dot(weights_1_2.T) * relu2deriv(layer_1_input)`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])",), _J4),), batch=111,
           why="the issue's proposal: relu2deriv of the sums (the thread does not show layer_2_delta's sign; "
               "layer_1_delta carries the same)"),
    Public("g59-l1", _G59, "b111_g59", "b111_g59", "`layer_1 = relu(np.dot(layer_0,weights_0_1))`", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2])",), _J4),),
           batch=111),
    Public("g59-d1b", _G59, "b111_g59", "b111_g59",
           "`layer_1_delta = layer_2_delta.dot(weights_1_2.T) * relu2deriv(layer_1)`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])",), _J4),), batch=111,
           why="the book's line, relu2deriv of the outputs ('even though they return the same value')"),
    # ---- jcjohnson's pytorch-examples issue #28 (torch code indented four spaces): .t(), .mm() --------------------
    Public("jj-gy", _JJ28, "b111_jj", "b111_jj", "    grad_y_pred = 2.0 * (y_pred - y)", ((C,),),
           (Twin("value", "2*(a2[{k}] - y[{k}])", ("2.0*(a2[{k}] - y[{k}])",), _K2),), batch=111,
           why="the loss's derivative by the outputs, a value (the loss the sum of the squares)"),
    Public("jj-gw2", _JJ28, "b111_jj", "b111_jj", "    grad_w2 = h_relu.t().mm(grad_y_pred)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*2.0*(a2[{k}] - y[{k}])",), _K2J4),), batch=111,
           why="w2 input-first: h_relu.t() a column times the row grad_y_pred"),
    Public("jj-gh", _JJ28, "b111_jj", "b111_jj", "    grad_h_relu = grad_y_pred.mm(w2.t())", ((C,),),
           (Twin("value", _JJ_DH, (_JJ_DH,), _J4),), batch=111,
           why="the derivative by the hidden outputs, a value (the issue asks whether w2.t() should be grad_w2)"),
    # ---- jcjohnson's issue #5 (NumPy): the line, and the reader's proposal ---------------------------------------
    Public("j5-gh", _JJ5, "b111_jj", "b111_jj", "grad_h_relu = grad_y_pred.dot(w2.T)", ((C,),),
           (Twin("value", _JJ_DH, (_JJ_DH,), _J4),), batch=111),
    Public("j5-bad", _JJ5, "b111_jj", "b111_jj", "grad_h_relu = grad_y_pred.dot(grad_w2.T)", ((W,),),
           (Twin("value", _JJ_DH, (_JJ_BAD,), _J4),), batch=111,
           why="the reader's 'should be': the gradient of w2 for w2 itself (closed: the line with w2.T is right)"),
]
