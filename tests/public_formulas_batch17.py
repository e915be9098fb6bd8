r"""Batch 17 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept apart to
measure the reader's blind rate honestly. Nobody fixes the reader from it during the session it was collected in; it
is not part of public_formulas.ENTRIES, so test_public_formulas.py's expectations (every entry read, the 90% rate)
do not hold it.

Formulas from 12 pages of 9 sites no earlier batch used (tests/public_formulas_batch*.py, /work/used_pages.txt),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch17_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the
verdicts written down) and committed before check was. The pages: a stats.stackexchange question in Learning From
Data's notation (its aligned attempt as Nemotron-CC-Math's copy of the thread prints it: the stored
stats.stackexchange copy cuts it off); jsfantasy's Chinese derivation, kept as an issue of guevara/read-it-later
(the issues corpus); a logistic regression lecture's LaTeX and NumPy code (surnamnarendra, lecture 16b); askswarm's
answer on softmax with cross-entropy; three lessons of egtry's two books on one exact ReLU network; Mohammed Vasim's
chain rule post; book-ai's chapter 8; a math.stackexchange question as math.techqa.club copies it; Gasser's delta
rule notes for Indiana's Q530 (HTML whose subscripts print flat) and B553 (AsciiMath). A delta dL/dz is twinned as
gradient_z, a step Delta w as a value (-eta dL/dw), as in batch 14. Where the stored text of a Q530 formula breaks
its line (after = and between factors, the page's layout), the lines are joined by a space. The oracle's loss had no
mean_squared_error (it summed the squares); tests/number_oracle.py now averages them over the outputs, as
docs/problem-format.md says (book-ai's L = 1/4 sum).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a wrong
formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures the rest, entry by
entry and page by page:

    python tests/blind_batch.py 17

The batch: 55 formulas, 32 values (forward passes, losses, local derivatives, numbers of an exact network, 2 steps
Delta w), 4 deltas (dL/dz), 12 gradients, 3 updates, 4 typos (marked unreadable). 31 are LaTeX ($$...$$ and aligned;
\[...\] and \(...\); two claims in one display after \quad or \qquad; \mathrm{e}(\mathbf{w}) for the loss;
\operatorname{ReLU}'; \partial_b; \mathbf{1}^\top), 18 plain text or code (Unicode ∂, ∑, Δ, η, σ, ·, ×, −, ŷ and
subscripts z1₁; flattened HTML subscripts wji; NumPy's @, .T, np.sum, -=), 6 AsciiMath between backquotes (del, g
prime(h_j), sum_k). 1 is mistaken (the oracle finds it wrong): jsfantasy's z_k = o_j w_jk + b_k, the sum over the
hidden units left out. The 4 typos: jsfantasy's \frac{\partial z_k}{o_j} twice (the denominator's \partial left
out); math.techqa.club's \frac{Co}{dw_L} and \frac{Co}{dw_{L-1}}, every fraction with the numerator's d left out
(and the second's result is wrong too: it drops dCo/da_L = 2(a_L - y)).

After the fixes of the same session (tests/test_reading_constructs_batch17_tex.py and _code.py, and batch 18's
backticks): 50 of 55; the 4 typos and book-ai's chain of Jacobians for a matrix (flip-chain) stay refused.

Collected on 2026-12-03; its oracle verdicts committed (cde0a2d, rebased from f16d937) before check saw it; run
blind once, at main c058661 (batches 15 and 16's fixes landed), with nothing under src/ changed (the output is saved
as /work/batch17_blind.txt). Blind, once per entry: 31 of 55 read with every verdict right (56%); 20 refused that
should have been read; 4 typos refused; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. The one mistaken
formula (jsfantasy's z_k) was refused, not read (below). By kind of claim: values 20 of 32, deltas 3 of 4, gradients
6 of 12, updates 2 of 3 (the 4 typos refused as they should be). By style: LaTeX 20 of 31 (65%; 4 of the 31 are the
typos), plain text or code 11 of 18 (61%), AsciiMath 0 of 6. By page: stats.stackexchange 6 of 6, jsfantasy 5 of 8
(and its 2 typos), the logistic regression lecture 5 of 10 (its LaTeX 2 of 4, its code 3 of 6), askswarm 3 of 3,
egtry's weighted sums 0 of 2, its forward pass 0 of 1, its annotated graph 2 of 2, Mohammed Vasim 5 of 5, book-ai 2
of 3, math.techqa.club 3 of 5 (and its 2 typos), Gasser's Q530 0 of 4, his B553 0 of 6. (The counts by kind and
style were tabulated from the saved output.)

The refusals by construct (20), each with its one-line message and what a one-line rewrite showed when tried
afterwards (check run on the rewritten text with the same notation and network):

- 6: AsciiMath between backquotes, Gasser's B553 (``(del E)/(del h_j)``, ``g prime(h_j)``, ``sum_k``, ``Delta w_{ji}
  = eta ...``): "cannot read '`' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)",
  every line. Tried afterwards without the backquotes: del is "unknown symbol d; the notation knows \Delta w, h, t,
  w, x; ..."; with ∂ for del and the parentheses kept, ``(∂E)/(∂h_j) = (∂E)/(∂x_j) (∂x_j)/(∂h_j)``: "expected '/' in
  ∂L/∂w at ')' (position 12)" (a plain-text ∂ whose numerator is in parentheses; the same for the other four with ∂);
  without the parentheses, ``∂E/∂h_j = ∂E/∂x_j ∂x_j/∂h_j`` and ``∂x_j/∂h_j = g'(h_j)`` read correct; ``Delta w_{ji}
  = eta (t_j - x_j) g'(h_j) x_i`` is "unknown symbol \Delta; the notation knows \Delta w, ..." (AsciiMath's word
  Delta, then a space), while ``Δw_{ji} = η ...`` and LaTeX's ``\Delta w_{ji} = \eta ...`` read correct, and so does
  ``\frac{\partial E}{\partial w_{ji}} = -(t_j - x_j) g'(h_j) x_i``.
- 4: subscripts printed flat, Gasser's Q530 (its HTML's <sub> lost: ``∂E/∂wji = -(tj - xj) f'(Ij) xi``): "expected
  '/' in ∂L/∂w at 'j' (position 11)" (``∂xj/∂wji = ...``, ``∂Ij/∂wji = ...``), "w matches none of the notation's
  patterns for w ('w_{ji}', 'w_{jk}')" (the gradient), "\Delta w matches none of the notation's patterns for \Delta
  w ('\\Delta w_{ji}')" (the step). Tried afterwards with underscores (``∂E/∂w_ji = -(t_j - x_j) f'(I_j) x_i``,
  ...): all four read correct. Tried also with the notation's patterns written flat as the page prints them (``"wji"
  = "W1[j, i]"``, ``"xj" = "a1[j]"``: docs/notation.md's literal letters, the meaning's j and i the formula's): the
  gradient and ``∂xj/∂wji = (∂xj/∂Ij) (∂Ij/∂wji)`` read correct; ``∂(∑kxkwjk)`` is "unknown symbol k"; a pattern
  ``"Δwji"`` is refused in the notation ("is not one symbol"), and without it ``Δwji`` is "unknown symbol \Delta w";
  ``"xi"`` is read as Greek \xi, in the pattern and the formula alike.
- 3: LaTeX's spacing commands, egtry's ``z_1=1\cdot1\;+\;1\cdot2\;-\;1=2`` and ``z_2=...`` ("cannot read '\\' at
  position 14; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)") and the lecture's ``\eta\,
  \nabla_{\mathbf{w}}\mathcal{L}`` (the same, "at position 24", of ``w \leftarrow w - \eta\``). Tried afterwards
  without them: both of egtry's read correct (every member); the lecture's updates are then refused at \partial_b
  (next item), and with ``\frac{\partial \mathcal{L}}{\partial b}`` for it both updates read correct.
- 1: \partial with a subscript, the lecture's ``\partial_b\mathcal{L}=
  \mathbf{1}^\top(\hat{\mathbf{p}}-\mathbf{y})``: "\partial with a subscript names neither a derivative nor a
  quantity at '\\partial' (position 1); write a derivative as \frac{\partial E}{\partial w} and a weight by its name
  in the notation". Tried afterwards with ``\frac{\partial \mathcal{L}}{\partial b}``: both claims read correct
  (\mathbf{X}^\top(...) and \mathbf{1}^\top included).
- 2: NumPy's @, the lecture's ``z = X @ w + b`` ("unexpected at '@' (position 7)") and ``grad_w = X.T @ (p - y)``
  ("unexpected at '@' (position 14)"). Tried afterwards: ``z = np.dot(X, w) + b`` and ``z = X.dot(w) + b`` read
  correct; ``grad_w = np.dot(X.T, (p - y))`` and ``grad_w = X.T * (p - y)`` are refused, "'np.dot(X^T, (p - y))' is
  1 x 2 where the left side is 2 x 1" (X = x[:], one sample, a column; X.T a row times the number p - y), while the
  lecture's LaTeX \mathbf{X}^\top(\hat{\mathbf{p}}-\mathbf{y}) reads, and ``(p - y) * X`` reads correct.
- 1: np.sum, the lecture's ``grad_b = np.sum(p - y)``: "np.sum is not a function check reads at 'n' (position 10);
  write np.exp, np.log, np.sqrt, np.maximum(0, u), np.pow(u, 2) or an activation by its name, or name it in the
  notation's functions". Tried afterwards with ``sum(p - y)``: reads correct.
- 1: a vector as a tuple, egtry's ``x=(1, 2),\quad \hat y=2,\quad L=1``: "a list in parentheses is not a formula at
  ',' (position 5); write one expression". Tried afterwards with ``[1, 2]``: the three claims read correct.
- 1: an equation inside parentheses, jsfantasy's ``\(\left(z_k = o_j \cdot w_{jk} + b_k\right)\)`` (the page's
  mistake: the sum over the hidden units left out): "expected ')' to close the parenthesis at '=' (position 6)".
  Tried afterwards without \left( \right): "the index j has no value (o_{j} uses it outside a sum over j); name it
  on the left side, with --param (e.g. W2[j,i]), or in a sum" (the mistake shows as a refusal, not as wrong); with
  \sum_j, ``z_k = \sum_j o_j \cdot w_{jk} + b_k`` reads correct, as it is.
- 1: a chain of Jacobians for a matrix, book-ai's ``\frac{\partial L}{\partial W_1} = \frac{\partial L}{\partial
  \hat{y}} \cdot \frac{\partial \hat{y}}{\partial h} \cdot \frac{\partial h}{\partial W_1}``: "differentiates a
  vector by a vector (a Jacobian): a matrix, or its transpose, as the page's layout has it; write one entry". Tried
  afterwards with the factors in the other order: "differentiates a vector by a matrix (a Jacobian) whose entries do
  not reduce to one vector common to every unit (as dz/dW does, a^T); write one entry".

The typos (4), refused: jsfantasy's ``\frac{\partial z_k}{o_j}`` (twice), "the denominator of a partial derivative
starts with \partial at 'o' (position 60)" (and 21), the place named; with \partial o_j both read correct.
math.techqa.club's ``\frac{Co}{dw_L}`` lines: "unknown symbol d; the notation knows a, w, y, z; give it a meaning in
the notation's [notation.symbols], e.g. "d" = "a1[0]"": refused, but the message does not say what is wrong (the
numerator's d left out) and offers a meaning no d could have. Tried afterwards with the d's written (``\frac{dCo}
{dw_L} = \frac{dz_L}{dw_L} ...``): the first reads correct, correct; the second correct, wrong, the page's dropped
factor 2(a_L - y) found.

What the spec could not express, which a page needed: AsciiMath (backquotes, del, prime, sum_k, the words Delta and
eta); subscripts that a page's HTML prints flat (wji), which the spec's patterns (a base with a subscript) write as
w_{ji} (docs/notation.md's literal letters let a pattern "wji" name W1[j, i], tried above); the samples' matrix X of
a lecture whose samples are rows (n x d; one sample here, named x[:], a column); the vector of ones \mathbf{1}; a
dummy variable (theta'(s), sigma(z), read as the output's own s and z); the loss's derivative by an input (egtry's
dL/dx_1, a value here: grad(...) names weights, biases, pre-activations and activations); a vector written as a
tuple (1, 2); the Jacobian chain for a matrix. The notations were not changed after the run: none was found wrong
under the spec (Q530's flat patterns are a rewrite tried, not a fix).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, TANH_SLOPE, deltas, gradients
from public_formulas_batch17_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STATS = ("https://stats.stackexchange.com/questions/631734/"
          "calculating-derivative-for-the-final-layer-of-a-neural-network")
_JSF = ("https://github.com/guevara/read-it-later/issues/12462 (jsfantasy's \"神经网络之反向传播算法BP公式推导超详细\","
        " saved twice in the thread list, also as issue 9285)")
_SURNAM = "https://surnamnarendra.github.io/Fundamentals-of-Machine-Learning/lecture_16b.html"
_SWARM = "https://askswarm.dev/q/q-1773776766464"
_EGTRY_SUMS = "https://www.egtry.com/neural-net-by-hand/weighted-sums/"
_EGTRY_FORWARD = "https://www.egtry.com/neural-net-by-hand/what-the-forward-pass-is-and-is-not/"
_EGTRY_GRAPH = "https://www.egtry.com/backpropagation-exactly/the-gradient-annotated-graph/"
_VASIM = "https://www.mohdvasim.com/blog/deep-learning/02-perceptron-ann/05-chain-rule"
_FLIP = "https://www.book-ai.org/books/neural-networks/chapter-08/section-02"
_TECHQA = "https://math.techqa.club/calculating-derivatives-for-backpropagation-in-2-layer-neural-network-4158072"
_Q530 = "http://www.indiana.edu/~gasser/Q530/Notes/nn2.html"
_B553 = "http://www.cs.indiana.edu/classes/b553/Notes/delta_rule.html"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_I4 = tuple({"i": i} for i in range(4))
_J3 = tuple({"j": j} for j in range(3))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_IJ3 = tuple({"i": i, "j": j} for i in range(3) for j in range(3))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))

# the stats.stackexchange network: 2 -> 2 tanh -> 1 tanh, e = (x^{(L)} - y)^2
_SD = deltas((2, 1), "2*(a2[{j}] - y[{j}])*(1 - a2[{j}]**2)", TANH_SLOPE)
_S_WEIGHTS = gradients((2, 1), 2, "2*(a2[{j}] - y[{j}])*(1 - a2[{j}]**2)", TANH_SLOPE, biases=False)
_S_INPUTS = (tuple({"p": f"W2[0,{k}]", "v": f"a1[{k}]"} for k in range(2))
             + tuple({"p": f"W1[{j},{i}]", "v": f"x[{i}]"} for j in range(2) for i in range(2)))
_S_Z = (({"z": "z2[0]", "m": _SD[2][0]},) + tuple({"z": f"z1[{j}]", "m": _SD[1][j]} for j in range(2)))
_S_D2 = _SD[2][0]

# jsfantasy's network: 2 -> 2 sigmoid -> 2 sigmoid, L = 1/2 sum_k (o_k - t_k)^2; dL/dw_ij of a hidden weight
_JD = deltas((2, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_J_HIDDEN = tuple({"i": i, "j": j, "m": f"{_JD[1][j]}*x[{i}]"} for i in range(2) for j in range(2))

# egtry's network: dL/dx_i = 2(yhat - y) sum_j v_j ReLU'(z_j) w_ji
_DX = "2*(a2[0] - y[0])*(W2[0,0]*Heaviside(z1[0])*W1[0,{i}] + W2[0,1]*Heaviside(z1[1])*W1[1,{i}])"

# book-ai's network: 4 -> 3 ReLU -> 4 linear, L = 1/4 sum (yhat_i - y_i)^2
_FLIP_MSE = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2 + (a2[2] - y[2])**2 + (a2[3] - y[3])**2)/4"
_FLIP_W1 = tuple({"j": j, "i": i, "m": "(" + " + ".join(f"(a2[{k}] - y[{k}])/2*W2[{k},{j}]" for k in range(4))
                  + f")*Heaviside(z1[{j}])*x[{i}]"} for j in range(3) for i in range(4))

_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

# Gasser's one layer of sigmoid units: dE/dw_ji = (x_j - t_j) x_j (1 - x_j) x_i, the step its -eta times
_G_GRAD = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]"
_G_STEP = "-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]"


ENTRIES: list[Public] = [
    # ---- stats.stackexchange 631734 (Learning From Data's notation): $$...$$, \mathrm{e}(\mathbf{w}), \times, a rule
    # over i, j and the layer l, theta the tanh; the asker's attempt in an aligned block ---------------------------
    Public("stats-chain", _STATS, "b17_stats", "b17_stats",
           "$$\\frac{\\partial \\mathrm{e}(\\mathbf{w})}{\\partial w_{i j}^{(l)}}="
           "\\frac{\\partial \\mathrm{e}(\\mathbf{w})}{\\partial s_j^{(l)}}"
           " \\times \\frac{\\partial s_j^{(l)}}{\\partial w_{i j}^{(l)}}$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _S_WEIGHTS),), batch=17, why="a rule over i, j and the layer l"),
    Public("stats-ds-dw", _STATS, "b17_stats", "b17_stats",
           "$$\\frac{\\partial s_j^{(l)}}{\\partial w_{i j}^{(l)}}=x_i^{(l-1)}$$", ((C,),),
           (Twin("value", "{v}", ("{v}",), _S_INPUTS),), batch=17,
           why="the signal's derivative by its weight: the weight's input, at either layer"),
    Public("stats-delta-def", _STATS, "b17_stats", "b17_stats",
           "$$\\frac{\\partial \\mathrm{e}(\\mathrm{w})}{\\partial s_j^{(l)}}=\\delta_j^{(l)}$$", ((C,),),
           (Twin("gradient_z", "{z}", ("{m}",), _S_Z),), batch=17, why="the definition of delta, at every unit"),
    Public("stats-error", _STATS, "b17_stats", "b17_stats",
           "$$\\mathrm{e}(\\mathrm{w})=\\left(x_1^{(L)}-y_n\\right)^2$$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=17),
    Public("stats-theta-prime", _STATS, "b17_stats", "b17_stats", "$$\\theta^{\\prime}(s)=1-\\theta^2(s)$$", ((C,),),
           (Twin("value", "1 - tanh(z2[0])**2", ("1 - tanh(z2[0])**2",)),), batch=17,
           why="s a dummy variable; read as the output's signal, the identity holds there as anywhere"),
    Public("stats-attempt", _STATS, "b17_stats", "b17_stats",
           "$$ \\begin{aligned} \n"
           "& \\delta_1^{(L)}=\\frac{\\partial \\mathrm{e}(\\mathbf{w})}{\\partial s_1^{(L)}} \\\\ \n"
           "& = \\frac{\\partial(\\theta(s_1^{(L)}) - y_n)^2}{\\partial s_1^{(L)}} \\\\ \n"
           "& = 2(\\theta(s_1^{(L)}) - y_n)(\\theta^{\\prime}(s_1^{(L)})) \\\\ \n"
           "& = 2(x_1^{(L)} - y_n)(\\theta^{\\prime}(s_1^{(L)})) \\\\ \n"
           "& = 2(x_1^{(L)} - y_n)(1 - \\theta^2(s_1^{(L)})) \\\\ \n"
           "& = 2(x_1^{(L)} - y_n)(1 - (x_1^{(L)})^2) \n"
           "\\end{aligned} $$", ((C, C, C, C, C, C),),
           (Twin("gradient_z", "z2[0]", (_S_D2,) * 6),), batch=17,
           why="the asker's attempt, posted as the answer; its aligned block as Nemotron-CC-Math's copy of the"
               " thread prints it (the stored stats.stackexchange copy cuts it off)"),
    # ---- jsfantasy's derivation (saved in guevara/read-it-later's issues): \[...\] blocks, \sum_k without bounds,
    # letters with fixed roles (i input, j hidden, k output), the \partial left out of two denominators -----------
    Public("jsf-sigma", _JSF, "b17_jsfantasy", "b17_jsfantasy",
           "\\[\\frac{\\partial L}{\\partial w_{ij}}=\\sum_k(o_k-t_k)\\frac{\\partial \\sigma(z_k)}{\\partial w_{ij}}\n\\]",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", ("{m}",), _J_HIDDEN),), batch=17,
           why="a hidden weight's gradient, a rule over i and j"),
    Public("jsf-sigma-prime", _JSF, "b17_jsfantasy", "b17_jsfantasy",
           "\\[\\frac{\\partial L}{\\partial w_{ij}}=\\sum_k(o_k-t_k)o_k(1-o_k)\\frac{\\partial z_k}{\\partial w_{ij}}\n\\]",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", ("{m}",), _J_HIDDEN),), batch=17),
    Public("jsf-dz-chain-typo", _JSF, "b17_jsfantasy", "b17_jsfantasy",
           "\\[\\frac{\\partial z_k}{\\partial w_{ij}} = \\frac{\\partial z_k}{o_j}\\cdot \\frac{\\partial o_j}{\\partial"
           " w_{ij}}\n\\]", unreadable="\\partial", batch=17,
           why="\\frac{\\partial z_k}{o_j}: the denominator's \\partial left out (dz_k/do_j meant)"),
    Public("jsf-dz-do-typo", _JSF, "b17_jsfantasy", "b17_jsfantasy", "\\[\\frac{\\partial z_k}{o_j} = w_{jk}\n\\]",
           unreadable="\\partial", batch=17, why="the same slip"),
    Public("jsf-pulled-out", _JSF, "b17_jsfantasy", "b17_jsfantasy",
           "\\[\\frac{\\partial L}{\\partial w_{ij}}=\\sum_k(o_k-t_k)o_k(1-o_k)w_{jk}\\cdot\\frac{\\partial o_j}{\\partial"
           " w_{ij}}\n\\]", ((C,),), (Twin("gradient", "W1[{j},{i}]", ("{m}",), _J_HIDDEN),), batch=17),
    Public("jsf-factored", _JSF, "b17_jsfantasy", "b17_jsfantasy",
           "\\[\\frac{\\partial L}{\\partial w_{ij}}=\\frac{\\partial o_j}{\\partial w_{ij}}\\cdot\\sum_k(o_k-t_k)o_k(1-o_k)"
           "w_{jk}\n\\]", ((C,),), (Twin("gradient", "W1[{j},{i}]", ("{m}",), _J_HIDDEN),), batch=17),
    Public("jsf-hidden-sigma", _JSF, "b17_jsfantasy", "b17_jsfantasy",
           "\\[\\frac{\\partial L}{\\partial w_{ij}}= o_j(1-o_j)\\frac{\\partial z_j}{\\partial w_{ij}} \\cdot\\sum_k(o_k-t_k)"
           "o_k(1-o_k)w_{jk}\n\\]", ((C,),), (Twin("gradient", "W1[{j},{i}]", ("{m}",), _J_HIDDEN),), batch=17),
    Public("jsf-zk", _JSF, "b17_jsfantasy", "b17_jsfantasy", "\\(\\left(z_k = o_j \\cdot w_{jk} + b_k\\right)\\)",
           ((W,),), (Twin("value", "z2[{k}]", ("a1[{j}]*W2[{k},{j}] + b2[{k}]",), _KJ2),), batch=17,
           why="z_k = sum_j o_j w_jk + b_k: the sum over the hidden units left out (\"from the figure\", the one term"
               " that holds o_j)"),
    # ---- the logistic regression lecture (surnamnarendra, lecture 16b): \[...\] with two claims after \quad or
    # \qquad, \mathbf, ^\top, \nabla_{\mathbf{w}}, \partial_b, \mathbf{1}^\top; then its NumPy code --------------------
    Public("surnam-model", _SURNAM, "b17_logistic", "b17_logistic",
           "\\[ \\hat{p}_i = \\sigma(\\mathbf{w}^\\top \\mathbf{x}_i + b), \\quad \\sigma(z)=\\frac{1}{1+e^{-z}}. \\]",
           ((C,), (C,)), (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),
                          Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",))), batch=17,
           why="two claims; z in sigma(z) a dummy variable, read as the unit's own z"),
    Public("surnam-loss", _SURNAM, "b17_logistic", "b17_logistic",
           "\\[ \\mathcal{L}(\\mathbf{w},b) = -\\sum_{i=1}^n\\big[ y_i\\log \\hat{p}_i"
           " + (1-y_i)\\log(1-\\hat{p}_i)\\big]. \\]",
           ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=17, why="n samples, one here"),
    Public("surnam-gradients", _SURNAM, "b17_logistic", "b17_logistic",
           "\\[ \\nabla_{\\mathbf{w}}\\mathcal{L} = \\mathbf{X}^\\top(\\hat{\\mathbf{p}}-\\mathbf{y}),"
           " \\qquad \\partial_b\\mathcal{L}="
           " \\mathbf{1}^\\top(\\hat{\\mathbf{p}}-\\mathbf{y}). \\]", ((C,), (C,)),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I2),
            Twin("gradient", "b1[0]", ("a1[0] - y[0]",))), batch=17, why="X the samples' inputs, one sample here"),
    Public("surnam-updates", _SURNAM, "b17_logistic", "b17_logistic",
           "\\[ \\mathbf{w} \\leftarrow \\mathbf{w} - \\eta\\,"
           " \\nabla_{\\mathbf{w}}\\mathcal{L}, \\qquad b \\leftarrow b - \\eta\\,"
           " \\partial_b\\mathcal{L}. \\]", ((C,), (C,)),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2), Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
           batch=17),
    Public("surnam-code-z", _SURNAM, "b17_logistic", "b17_logistic", "z = X @ w + b", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=17),
    Public("surnam-code-p", _SURNAM, "b17_logistic", "b17_logistic", "p = 1/(1+np.exp(-z))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=17),
    Public("surnam-code-grad-w", _SURNAM, "b17_logistic", "b17_logistic", "grad_w = X.T @ (p - y)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I2),), batch=17),
    Public("surnam-code-grad-b", _SURNAM, "b17_logistic", "b17_logistic", "grad_b = np.sum(p - y)", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=17),
    Public("surnam-code-w-step", _SURNAM, "b17_logistic", "b17_logistic", "w -= eta*grad_w", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=17, why="the in-place -="),
    Public("surnam-code-b-step", _SURNAM, "b17_logistic", "b17_logistic", "b -= eta*grad_b", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=17),
    # ---- askswarm's answer on softmax + cross-entropy: plain text, ∂, δ_ij Kronecker's, softmax(z) ---------------
    Public("swarm-jacobian", _SWARM, "b17_softmax", "b17_softmax", "∂s_i/∂z_j = s_i(δ_ij - s_j)", ((C,),),
           (Twin("value", "a1[{i}]*(({i} == {j}) - a1[{j}])", ("a1[{i}]*(({i} == {j}) - a1[{j}])",), _IJ3),),
           batch=17, why="the softmax's Jacobian, not the loss's derivative"),
    Public("swarm-ce", _SWARM, "b17_softmax", "b17_softmax", "∂L/∂s_i = -y_i/s_i", ((C,),),
           (Twin("value", "-t[{i}]/a1[{i}]", ("-t[{i}]/a1[{i}]",), _I3),), batch=17),
    Public("swarm-fused", _SWARM, "b17_softmax", "b17_softmax", "dL/dz = softmax(z) - y", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=17),
    # ---- egtry's two books on one exact network: \cdot, \; spacing, \quad between claims, \hat y, \operatorname ---
    Public("egtry-z1", _EGTRY_SUMS, "b17_egtry", "b17_egtry", "z_1=1\\cdot1\\;+\\;1\\cdot2\\;-\\;1=2", ((C, C),),
           (Twin("value", "z1[0]", ("=1*1 + 1*2 - 1", "=2")),), batch=17),
    Public("egtry-z2", _EGTRY_SUMS, "b17_egtry", "b17_egtry", "z_2=1\\cdot1\\;-\\;1\\cdot2\\;+\\;0=-1", ((C, C),),
           (Twin("value", "z1[1]", ("=1*1 - 1*2 + 0", "=-1")),), batch=17),
    Public("egtry-forward", _EGTRY_FORWARD, "b17_egtry", "b17_egtry", "x=(1, 2),\\quad \\hat y=2,\\quad L=1",
           ((C,), (C,), (C,)),
           (Twin("value", "x[{i}]", ("=[1, 2]",), _I2), Twin("value", "a2[0]", ("=2",)),
            Twin("value", "(a2[0] - y[0])**2", ("=1",))), batch=17, why="(1, 2) the input vector"),
    Public("egtry-relu-gates", _EGTRY_GRAPH, "b17_egtry", "b17_egtry",
           "\\operatorname{ReLU}'(z_1)=1,\\quad \\operatorname{ReLU}'(z_2)=0", ((C,), (C,)),
           (Twin("value", "Heaviside(z1[0])", ("=1",)), Twin("value", "Heaviside(z1[1])", ("=0",))), batch=17),
    Public("egtry-input-grads", _EGTRY_GRAPH, "b17_egtry", "b17_egtry",
           "\\frac{dL}{dx_1}=-2,\\quad \\frac{dL}{dx_2}=-2", ((C,), (C,)),
           (Twin("value", _DX.format(i=0), ("=-2",)), Twin("value", _DX.format(i=1), ("=-2",))), batch=17,
           why="the loss's derivative by the inputs"),
    # ---- Mohammed Vasim's chain rule post: plain text with · (U+00B7), × and −, sigmoid( ... ) and ReLU( ... ),
    # Unicode subscripts (z1₁), a list of forward values after commas -----------------------------------------------
    Public("vasim-network", _VASIM, "b17_vasim", "b17_vasim", "ŷ = sigmoid( W2 · ReLU( W1 · x + b1 ) + b2 )", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*relu(z1[0]) + W2[0,1]*relu(z1[1]) + b2[0])",)),), batch=17),
    Public("vasim-forward", _VASIM, "b17_vasim", "b17_vasim",
           "z1₁ = 0.33, a1₁ = 0.33, z1₂ = 0.13, a1₂ = 0.13, z2 = 0.146, ŷ = 0.536", ((C,),) * 6,
           (Twin("value", "z1[0]", ("=0.33",)), Twin("value", "a1[0]", ("=0.33",)), Twin("value", "z1[1]", ("=0.13",)),
            Twin("value", "a1[1]", ("=0.13",)), Twin("value", "z2[0]", ("=0.146",)), Twin("value", "a2[0]", ("=0.536",))),
           batch=17, why="the anchor network's forward pass, listed after \"Forward pass results:\""),
    Public("vasim-neuron", _VASIM, "b17_vasim_neuron", "b17_vasim_neuron", "y = σ(z),   z = wx + b", ((C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",))), batch=17),
    Public("vasim-dy-dw", _VASIM, "b17_vasim_neuron", "b17_vasim_neuron",
           "dy/dw = (dy/dz) · (dz/dw)\n= σ'(z) · x\n= σ(z)(1 − σ(z)) · x", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])*x[0]", ("a1[0]*(1 - a1[0])*x[0]",) * 3),), batch=17,
           why="the neuron's output's derivative by its weight (y the output here)"),
    Public("vasim-trace-z", _VASIM, "b17_vasim_neuron", "b17_vasim_neuron", "z = 0.6 × 0.5 + 0.1 = 0.40", ((C, C),),
           (Twin("value", "z1[0]", ("=0.6*0.5 + 0.1", "=0.40")),), batch=17),
    # ---- book-ai's chapter 8 (the 2x2 flip network): LaTeX with \sum_{i=0}^{3}, \frac{2}{4}, a chain of Jacobians ---
    Public("flip-loss", _FLIP, "b17_flip", "b17_flip", "L = \\frac{1}{4} \\sum_{i=0}^{3} (\\hat{y}_i - y_i)^2", ((C,),),
           (Twin("value", _FLIP_MSE, (_FLIP_MSE,)),), batch=17),
    Public("flip-dL-dyhat", _FLIP, "b17_flip", "b17_flip",
           "\\frac{\\partial L}{\\partial \\hat{y}_i} = \\frac{2}{4}(\\hat{y}_i - y_i) = \\frac{1}{2}(\\hat{y}_i - y_i)",
           ((C, C),), (Twin("value", "(a2[{i}] - y[{i}])/2", ("2/4*(a2[{i}] - y[{i}])", "(a2[{i}] - y[{i}])/2"), _I4),),
           batch=17),
    Public("flip-chain", _FLIP, "b17_flip", "b17_flip",
           "\\frac{\\partial L}{\\partial W_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}"
           "{\\partial h} \\cdot \\frac{\\partial h}{\\partial W_1}", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("{m}",), _FLIP_W1),), batch=17, why="a chain of Jacobians for the matrix"),
    # ---- math.techqa.club (a copy of a math.stackexchange question): $...$, the chain of single neurons with the layer
    # in the subscript (a_{L-1}), * for products; every derivative written with the numerator's d left out ---------
    Public("techqa-co", _TECHQA, "b17_techqa", "b17_techqa", "${Co}= (a_L - y)^2$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=17),
    Public("techqa-zL", _TECHQA, "b17_techqa", "b17_techqa", "${z_L} = w_L*a_{L-1}$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0]",)),), batch=17),
    Public("techqa-aL", _TECHQA, "b17_techqa", "b17_techqa", "${a_L} = \\sigma(z_L)$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=17),
    Public("techqa-dw-L-typo", _TECHQA, "b17_techqa", "b17_techqa",
           "$\\frac{Co}{dw_L} = \\frac{z_L}{dw_L} \\frac{a_L}{dz_L} "
           "\\frac{Co}{da_L} = a_{L-1} * \\sigma'(z_L) * 2*(a_L - y)$",
           unreadable="Co", batch=17,
           why="\\frac{Co}{dw_L} for \\frac{dCo}{dw_L}, in every fraction: the numerator's d left out (the result,"
               " a_{L-1} sigma'(z_L) 2(a_L - y), is right)"),
    Public("techqa-dw-L1-typo", _TECHQA, "b17_techqa", "b17_techqa",
           "$\\frac{Co}{dw_{L-1}} = \\frac{z_{L-1}}{dw_{L-1}} \\frac{a_{L-1}}{dz_{L-1}} \\frac{z_L}{da_{L-1}} \\frac{a_L}"
           "{dz_L} \\frac{Co}{da_L} = a_{L-2}* \\sigma'(z_{L-1}) * \\sigma'(w_L * a_{L-1}) * w_L$", unreadable="Co",
           batch=17, why="the same slip; its result is wrong too: the factor dCo/da_L = 2(a_L - y) is dropped"),
    # ---- Gasser's Q530 notes (Indiana): plain text whose HTML subscripts print flat (wji, tj, xi), ∂, ∑, Δ, η ----
    Public("q530-dx-dw", _Q530, "b17_gasser", "b17_gasser", "∂xj/∂wji = (∂xj/∂Ij) (∂Ij/∂wji)", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])*x[{i}]", ("a1[{j}]*(1 - a1[{j}])*x[{i}]",), _JI2),), batch=17,
           why="the unit's activation by its weight; the stored text breaks the line after = and between the factors"),
    Public("q530-dI-dw", _Q530, "b17_gasser", "b17_gasser", "∂Ij/∂wji = ∂(∑kxkwjk)/∂wji = xi", ((C, C),),
           (Twin("value", "x[{i}]", ("x[{i}]",) * 2, _JI2),), batch=17, why="the stored text breaks the lines after ="),
    Public("q530-gradient", _Q530, "b17_gasser", "b17_gasser", "∂E/∂wji = -(tj - xj) f'(Ij) xi", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_G_GRAD,), _JI2),), batch=17, why="f the sigmoid here"),
    Public("q530-step", _Q530, "b17_gasser", "b17_gasser", "Δwji = η (tj - xj) f'(Ij) xi", ((C,),),
           (Twin("value", _G_STEP, (_G_STEP,), _JI2),), batch=17),
    # ---- Gasser's B553 notes (Indiana): AsciiMath between backquotes, del for the partial, g prime(h_j), sum_k ------
    Public("b553-dE-dh", _B553, "b17_gasser", "b17_gasser553",
           "`(del E)/(del h_j) = (del E)/(del x_j) (del x_j)/(del h_j)`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=17),
    Public("b553-dE-dx", _B553, "b17_gasser", "b17_gasser553", "`(del E)/(del x_j) = -(t_j - x_j)`", ((C,),),
           (Twin("value", "a1[{j}] - y[{j}]", ("-(y[{j}] - a1[{j}])",), _J2),), batch=17),
    Public("b553-dx-dh", _B553, "b17_gasser", "b17_gasser553", "`(del x_j)/(del h_j) = g prime(h_j)`", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),), batch=17),
    Public("b553-dh-dw", _B553, "b17_gasser", "b17_gasser553",
           "`(del h_j)/(del w_{ji}) = (del sum_k x_k w_{jk})/(del w_{ji}) = x_i`", ((C, C),),
           (Twin("value", "x[{i}]", ("x[{i}]",) * 2, _JI2),), batch=17),
    Public("b553-gradient", _B553, "b17_gasser", "b17_gasser553",
           "`(del E)/(del w_{ji}) = -(t_j - x_j) g prime(h_j) x_i`", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_G_GRAD,), _JI2),), batch=17),
    Public("b553-step", _B553, "b17_gasser", "b17_gasser553", "`Delta w_{ji} = eta (t_j - x_j) g prime(h_j) x_i`",
           ((C,),), (Twin("value", _G_STEP, (_G_STEP,), _JI2),), batch=17),
]
