r"""Batch 178 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on course solutions
and lessons for small MLPs: per-weight rules in index notation, w_ij and w_jk input-first and w_ji, w_kj output-first,
worked numbers, softmax with the cross-entropy; every address a stored file whose repository the index does not
name): Turkish notes on neural networks (stored file 11543038030: Stansbury's one-hidden-layer derivation in $$
displays, g_k'(z_k) for the output's slope), Chinese pattern-recognition course notes (stored file 16034780287: the
three-layer perceptron's BP formulas, the hidden unit's input and output written H_{in,k} and H_{out,k}, an aligned
block), a Korean note on an output weight's derivative (stored file 36406379749: numbered steps, each a $$ display
between Korean words), lecture slides on the backpropagation algorithm (stored file 57874512837: a worked ReLU
example in list items, the lecture's original derivation with \mathcal{O} and \tau), an English summary of LeCun,
Bengio and Hinton's review (stored file 32004306735: Figure 1's equations in indented displays and a worked
micro-example), a French post on the same review (stored file 60891917492: the backward pass's four steps), a course
module on backpropagation (stored file 70188620703: Bishop's derivation, softmax regression's batch gradient and its
NumPy line) and flashcards on Bishop's section 8.1 (stored file 39177852480: Mathpix-style LaTeX, w_{j i},
h^{\prime}\left(a_{j}\right)). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: fixed roles for the letters i, j, k, l with indices = "n" (or "p"
where the page's n is the data point, as the module's y_{nk}); Bishop's and Stansbury's deltas as dE/dz,
"grad(z2[k])", the Chinese notes' delta_{O,k} and delta_{H,j} as -dE/dz, as the notes define them; the Chinese
notes' H_{in,k} and H_{out,k} declared the hidden unit j's, as the notes' own words name them; the slides' phi_j a
symbol, the hidden delta; the Korean note's alpha the rate), a network of the kind the page describes (with the
page's numbers where it gives them: the slides' ReLU neuron x = (-1, 3), w = (1, 2), t = 2; the summary's x = 2,
w = 0.3, t = 1; all in tests/public_formulas_batch178_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A delta, a chain's factor
(do_k/dw_jk, da_j/dw_ji), a derivative by an output (dE/dy_l, dE/do_k), a step Delta w and a loss's definition are
twinned as values, as in batches 14 to 177. Formulas keep their page's delimiters and what surrounds them on their
line (a list item's number, label and words before the formula, words after it, an indentation, a code line's
comment); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 178

The batch: 49 formulas from 8 addresses (the Turkish notes 7, the Chinese notes 8, the Korean note 7, the lecture
slides 7, the English summary 6, the French post 4, the course module 5, the flashcards 5). 48 are in documents'
LaTeX ($$ displays, on lines of their own or inline among words, inline $...$, an aligned block), 1 in code (a NumPy
line with its comment). Their 50 claims (one entry holds two formulas, one line two inline ones; the mistyped entry
none): 28 values, 20 gradients, 2 updates.

4 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the Chinese notes' zh-do, dE/dO_{in,k} = ... = (L_k-\hat{L}_k)f(O_{in,k})[1-f(O_{in,k})]: the derivative of
  1/2 (L - hat L)^2 by the output is hat L - L; the last member has its sign reversed;
- the same notes' zh-dO, \delta_{O,k} = - dE/dO_{in,k} &= -(L_k-\hat{L}_k)f(...)[1-f(...)]: the definition right,
  its value the slip above carried (it is +dE/dO_in);
- the same notes' zh-uv, \Delta v_{ij} = \eta \delta_{H,j} H_{out,k}: the hidden layer's update copied from the
  output layer's, the hidden unit's own output H_{out,k} where the weight's input x_i belongs;
- the Korean note's ko-6, \Delta w_{jk} = \alpha \cdot (t_k - o_k) \cdot o_k(1 - o_k) \cdot o_j, beside its own E =
  (t_k - o_k)^2 and dE/dw_jk = -2(t_k - o_k) ...: the step -alpha dE/dw is twice that (the -2 dropped);
- mistyped (unreadable): the Turkish notes' tr-typo, \frac{\partial E}{\partial w_{jk}} = \frac{1}{2} \sum_k (a_t -
  t_k)^2: a_t for a_k (no unit t), and the loss itself on the right where the derivative's first step was meant
  (unreadable="a_t").

Not mistaken, though they look it: the Chinese notes' Delta w_jk = eta delta_{O,k} H_{out,k} (with delta_{O,k} =
-dE/dO_in as the notes define it, and H_{out,k} the hidden unit j's output as they name it) and their delta_{H,j} =
sum_{k=1}^{l} ... (l the hidden neurons' number, summed over the outputs: both 2 here); the slides' phi_j, a delta,
not the activation; the module's \nabla_W E = (Y - T)^T X, the batch's sum (one sample here); the French post's k
and l, both units of the layer above j.

What was left out: the Turkish notes' lines opening with "=" (continuations of a display before: = (a_k-t_k)
\frac{\partial }{\partial w_{jk}} (a_k-t_k), = a_ig_j'(z_j) \sum_k \delta_k w_{jk}, and the chain of dz_k/dw_ij
whose one line writes g_k'(z_j) for g_j'(z_j)), \frac{\partial E}{\partial b_k} (a_k-t_k) g_k'(z_k)(1) (its = lost:
a second typo, at most eight taken from the page), the hidden bias's b_i (the notes' z_j = b_i + ..., b_j meant) and
the code (Marsland's mlp with beta and momentum, no network of the problem files); the Chinese notes' E = 1/2
sum_{k=1}^{l} [L_k - hat L_k]^2 and dE/dv_ij's chain (eight taken), their forward lines and the perceptron and
softmax sections (another model); the Korean note's o_k = \sigma(\sum_j w_{jk} o_j) (a forward line) and the
sigmoid's derivative d/dx sigma(x); the slides' computation-graph rules (of letters x, y, z, a, b no network names),
the backward pass's narrated steps ("gradient to $w_1 = 3 \times x_1 = -3$", no formula's left side), \nabla_w
\mathcal{L} = bmatrix(-3, 9) and w \leftarrow bmatrix(1 + 3 eta, 2 - 9 eta) (a column of the one neuron's weights,
left out for its twin's shape), the layer-indexed matrix rules (\delta^{(\ell)}, \theta_l and \Delta_l \in \{\delta_l,
\phi_l\}, a rule over an unnamed layer) and the autograd code; the English summary's "For ReLU at $z=0.6>0$,
$f'(z)=1$, so ..." (three formulas and a condition on one line) and its forward lines; the French post's update
rule w \leftarrow w - \eta \cdot dE/dw (a weight of no named layer) and forward lines; the module's layered and
mini-batch matrix rules (a layer letter l), the DAG code (dictionaries by unit number) and the Linear module's
backward (self.dW = Delta.T @ self.cache, in a class); the flashcards' two repeats of (8.10).

Collected on 2026-12-07 (22:54 to 23:01 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 10 pairs loaded as first written. The oracle's first run failed 4 entries, all my twins' slips, none a verdict
I had expected: the English summary's dE/dw member written without the ReLU's slope (dE/dz is (y - t) f'(z); the
oracle draws random points where z < 0), its update's numbers written with eta (the numeric oracle knows the file's
0.1 only: 0.3 - 0.1*(-0.8)), and the softmax network's targets named y where the oracle names them t for the
cross-entropy; corrected, the second run passed every verdict (48 entries and the batch's two checks; the mistyped
entry has no verdicts).

Run blind at main 4fc6720 (/work/READY_FOR_BLIND65), the branch rebased onto it (git rebase --onto 4fc6720 4097cfc6:
only this batch's commit replayed; nothing under src/ changed). The first run (/work/batch178_blind.txt): 43 of 49
read with every verdict right (88%), 2 refused, 3 misread, 1 typo refused, no typo read, no crash, NO WRONG FORMULA
CALLED CORRECT. Two of them were my slips: the Chinese notes' zh-dH refused (its \sum_{k=1}^{l} counts from 1, and
my notation mapped k to z2[k], 0-based: "\delta_{O,k} at k = 2: ... index 2 is out of range (0..1)"), so b178_zh's
meanings were written 1-based (k-1, j-1, i-1), as the notes' sums count; and the Korean note's ko-1 misread because
my twin gave its one right-side member twice (expected two members, the reader's one is right). No verdict changed
by either correction; the oracle passed again and the batch was run once more (/work/batch178_blind2.txt): 45 of 49
read with every verdict right (92%), 1 refused, 2 misread, 1 typo refused, no crash, no wrong formula called correct.
tests/test_public_formulas_held_out.py -k "b178-" passed after both runs, check's never-wrong-called-correct test
included.

All 4 mistaken formulas were read with their wrong members called wrong: zh-do and zh-dO (the sign of dE/dO_out,
their last members wrong, the first right), zh-uv (H_{out,k} for x_i), ko-6 (half the step of E = (t - o)^2). The
typo tr-typo was refused, naming a_{t} (typo refused, as expected). By page (second run): the Turkish notes 6 of 6
(and the typo refused), the Chinese notes 8 of 8 (7 of 8 in the first run), the Korean note 7 of 7 (6 of 7), the
lecture slides 7 of 7, the English summary 5 of 6, the French post 4 of 4, the course module 3 of 5, the flashcards
5 of 5.

The refusals and misreadings by construct (second run), with the exact message:

- a member of worked numbers with the rate left a letter, 0.3 - \eta(-0.8) and 0.3+0.8\eta (the summary's
  en-up: w \leftarrow w - \eta dE/dw = 0.3 - \eta(-0.8)=0.3+0.8\eta): misread, got (correct, wrong, wrong) where
  all three are right. The reader takes the members as symbolic formulas in eta (4*eta/5 + 3/10) and judges them
  at random points, where the page's numbers (x = 2, w = 0.3, t = 1) do not hold; at the file's numbers they are
  0.38, the true new weight. Not a wrong formula called correct, a right one called wrong;
- two formulas in one display joined by \qquad \text{where} \qquad, the second a definition with \equiv (the
  module's md-chain: ... = \delta_j z_i, \qquad \text{where} \qquad \delta_j \equiv \frac{\partial E_n}{\partial
  a_j}): misread, the first claim read and right, the definition after "where" dropped (one claim where two were
  expected; the flashcards' \delta_{j} \equiv ... = ... alone in its display was read, fc-ch);
- a sum over a set written as a function, \sum_{k \in \mathrm{ch}(j)} (the module's md-bp, Bishop's children of
  j): refused, "formula \"\\delta_j = h'(a_j) \\sum_{k \\in \\text{ch}(j)} w_{kj} \\delta_k\": expected '\\{' after
  \in (a set: \{1, 2, 3\}) at '(' (position 41)";
- the typo (expected): tr-typo, "formula '\\frac{\\partial E}{\\partial w_{jk}} = \\frac{1}{2} \\sum_k (...':
  a_{t} matches none of the notation's patterns for a ('a_{i}', 'a_{j}', 'a_{k}'); in them i, j, k are literal
  letters (indices = \"n\"), matched only by i and j and k as written: add them to indices where they stand for any
  index";
- first run only, my slips: zh-dH, "formula '\\delta_{H,j} = -\\frac{\\partial E}{\\partial H_{in,k}} = \\s...':
  \delta_{O,k} at k = 2: '\\delta_{O,k}' means '-grad(z2[k])' (k = 2): index 2 is out of range (0..1): layer 2 has
  2 units" (read once the notation counted from 1); ko-1 misread by my twin's extra member (read once corrected).

Read, among the constructs these pages brought: a list item's number and bold label before a $$ display with an
arrow and Korean words after it; \frac{\partial}{\partial w_{jk}} (t_k - o_k)^2 as an operator on an expression; the
Chinese notes' H_{in,k} and H_{out,k} for the hidden unit j's quantities, [ ] as brackets, an aligned block with &=,
\sum_{k=1}^{l}; g_k'(z_k) with a subscripted function; \mathcal{O}_k, \tau_k and phi_j as a symbol; the slash
fraction \partial \mathcal{L}/\partial w_1 = -3 in list items and two inline formulas on one line; \tfrac with
numbers; displays indented inside list items with a full stop before $$; the module's (Y - T)^{\mathrm{T}} X and its
NumPy line with a comment; Mathpix-style w_{j i}, h^{\prime}\left(a_{j}\right) and \equiv.

Which look general: a worked member that keeps the rate as a letter (0.3 + 0.8\eta: pages that leave eta
unspecified write their numbers so; judged symbolically, a right member is called wrong), a definition after
\text{where} in the same display dropped (Bishop-style derivations join a result and its definition so), and
\sum_{k \in \mathrm{ch}(j)} (a set named by a function, the module's name for the children of j).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch178_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_TR = _STORED.format(11543038030, "# Yapay Sinir A\u011flar\u0131 (Neural Networks)",
                     "Turkish notes on neural networks: the one-hidden-layer derivation after Stansbury, $$ displays "
                     "with w_ij and w_jk input-first, then a NumPy MLP")
_ZH = _STORED.format(16034780287, "# \u6a21\u5f0f\u8bc6\u522b",
                     "Chinese pattern-recognition course notes: linear discriminants, logistic regression, softmax, "
                     "then the three-layer perceptron's BP update formulas derived")
_KO = _STORED.format(36406379749, "### \U0001f4d8 \uc218\uc2dd\uc758 \uc758\ubbf8",
                     "a Korean note explaining the derivative of E = (t_k - o_k)^2 by an output weight w_jk, numbered "
                     "steps with $$ displays inline")
_LR = _STORED.format(57874512837, "# The Backpropagation Algorithm",
                     "lecture slides in Markdown (--- between slides): computation graphs, a worked ReLU example, "
                     "the lecture's original derivation of the output and hidden deltas")
_EN = _STORED.format(32004306735, "# Deep learning",
                     "an English summary of LeCun, Bengio and Hinton's review (Nature, 2015): Figure 1's "
                     "backpropagation equations and a worked micro-example, in nested list items")
_FR = _STORED.format(60891917492, "---",
                     "a French post on the same review, week 1 of a self-study programme: the backward pass's four "
                     "steps in $$ displays")
_MD = _STORED.format(70188620703, "---",
                     "a deep-learning course module on backpropagation (Jekyll): single-layer and general "
                     "feed-forward derivations after Bishop, softmax regression checked against PyTorch")
_FC = _STORED.format(39177852480, "```markdown",
                     "flashcards on Bishop's backpropagation (section 8.1), each a fenced Markdown card with a $$ "
                     "display in Mathpix-style LaTeX")

_K1 = ({"k": 0},)
_K2 = tuple({"k": k} for k in range(2))
_L2 = tuple({"l": l} for l in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K1J3 = tuple({"k": 0, "j": j} for j in range(3))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2I3 = tuple({"k": k, "i": i} for k in range(2) for i in range(3))
_K3I3 = tuple({"k": k, "i": i} for k in range(3) for i in range(3))

# sigmoid outputs under half the squared error: dE/dz2[k]; a sigmoid hidden layer under two such outputs: dE/dz1[j]
_S2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_S1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
       "*a1[{j}]*(1 - a1[{j}])")

# the Korean note's output (E = (t - o)^2, one sigmoid output): dE/dw_jk
_KO_G = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]"

# Figure 1's network (ReLU hidden, sigmoid outputs): dE/dz2[l], dE/da1[j]
_EG_L = "(a2[{l}] - y[{l}])*a2[{l}]*(1 - a2[{l}])"
_EG_Y = "(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"

# Bishop's network (tanh hidden, linear outputs, half the squared error): dE/da_j
_MG_D1 = "(1 - a1[{j}]**2)*(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"

ENTRIES = [
    # ---- the Turkish notes ($$ displays, some opening on a line of their own, g_k'(z_k) the output's slope) --------
    Public("t78-tr-e", _TR, "b178_tr", "b178_tr", "$$ E = \\frac{1}{2}  \\sum_k (a_k - t_k)^2$$", ((C,),),
           (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",
                 ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",)),), batch=178, why="the loss, a value"),
    Public("t78-tr-typo", _TR, "b178_tr", "b178_tr",
           "$$ \\frac{\\partial E}{\\partial w_{jk}} = \\frac{1}{2} \\sum_k (a_t - t_k)^2$$", unreadable="a_t",
           batch=178,
           why="a_t for a_k (the notes' typo: no unit t), and the right side the loss itself where the derivative's "
               "first step was meant (the display after it differentiates)"),
    Public("t78-tr-gk", _TR, "b178_tr", "b178_tr",
           "$$  \n\\frac{\\partial E}{\\partial w_{jk}} =  (a_k-t_k)g_k'(z_k) a_j\n$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_S2}*a1[{{j}}]",), _K2J3),), batch=178,
           why="the output weight's gradient, w_jk from hidden j to output k"),
    Public("t78-tr-dk", _TR, "b178_tr", "b178_tr", "$$ \\delta_k = (a_k-t_k)g_k'(z_k)$$", ((C,),),
           (Twin("value", _S2, (_S2,), _K2),), batch=178, why="the output's delta (dE/dz_k), a value"),
    Public("t78-tr-gd", _TR, "b178_tr", "b178_tr", "$$ \\frac{\\partial E}{\\partial w_{jk}} =  \\delta_k a_j $$",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_S2}*a1[{{j}}]",), _K2J3),), batch=178),
    Public("t78-tr-up", _TR, "b178_tr", "b178_tr",
           "$$ w_{jk} \\leftarrow w_{jk} - \\eta  \\frac{\\partial E}{\\partial w_{jk}} $$", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_S2}*a1[{{j}}]",), _K2J3),), batch=178),
    Public("t78-tr-gh", _TR, "b178_tr", "b178_tr",
           "$$ \\frac{\\partial E}{\\partial w_{ij}} = \n\\sum_k (a_k-t_k)g_k'(z_k)w_{jk}g_j'(z_j)a_i\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_S1}*x[{{i}}]",), _J3I2),), batch=178,
           why="the hidden weight's gradient, the sum over the outputs k"),
    # ---- the Chinese notes ($$ displays, an aligned block, the hidden unit's quantities written H_{in,k} and
    # H_{out,k} as the notes name them, [ ] as brackets) --------------------------------------------------------------
    Public("t78-zh-dw", _ZH, "b178_zh", "b178_zh", "$$\\Delta w_{jk} = - \\eta \\frac{\\partial E}{\\partial w_{jk}} $$",
           ((C,),), (Twin("value", f"-eta*{_S2}*a1[{{j}}]", (f"-eta*{_S2}*a1[{{j}}]",), _K2J2),), batch=178,
           why="the output weight's step, a value"),
    Public("t78-zh-ch", _ZH, "b178_zh", "b178_zh",
           "$$\\frac{\\partial E}{\\partial w_{jk}} = \\frac{\\partial E}{\\partial O_{in,k}} \\cdot \\frac{\\partial "
           "O_{in,k}}{\\partial w_{jk}}$$ ", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_S2}*a1[{{j}}]",), _K2J2),), batch=178, why="the chain rule's core"),
    Public("t78-zh-do", _ZH, "b178_zh", "b178_zh",
           "$$\\frac{\\partial E}{\\partial O_{in,k}} =\\frac{\\partial E}{\\partial O_{out,k}} \\cdot \\frac{\\partial "
           "O_{out,k}}{\\partial O_{in,k}} = (L_k-\\hat{L}_k)f(O_{in,k})[1-f(O_{in,k})]$$", ((C, W),),
           (Twin("value", _S2, (_S2, "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"), _K2),), batch=178,
           why="MISTAKEN: dE/dO_out of 1/2 (L - hat L)^2 is hat L - L, the last member (L_k - hat L_k) f (1 - f) has "
               "its sign reversed (the notes' slip, carried into delta_{O,k})"),
    Public("t78-zh-dO", _ZH, "b178_zh", "b178_zh",
           "$$\\begin{aligned}\n  \\delta_{O,k} = - \\frac{\\partial E}{\\partial O_{in,k}} &= -(L_k-\\hat{L}_k)f(O_{in,k})"
           "[1-f(O_{in,k})]\n\\end{aligned}$$", ((C, W),),
           (Twin("value", f"-{_S2}", (f"-{_S2}", "-(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"), _K2),), batch=178,
           why="MISTAKEN: the error signal defined as -dE/dO_in (right), then written -(L - hat L) f (1 - f), which is "
               "+dE/dO_in (the sign slip of the display before)"),
    Public("t78-zh-uw", _ZH, "b178_zh", "b178_zh", "$$\\Delta w_{jk} = \\eta \\delta_{O,k} H_{out,k} $$", ((C,),),
           (Twin("value", f"-eta*{_S2}*a1[{{j}}]", (f"eta*(-{_S2})*a1[{{j}}]",), _K2J2),), batch=178,
           why="the output layer's update formula with delta_{O,k} = -dE/dO_in as defined; H_{out,k} the hidden unit "
               "j's output, as the notes name it"),
    Public("t78-zh-dv", _ZH, "b178_zh", "b178_zh", "$$\\Delta v_{ij} = - \\eta \\frac{\\partial E}{\\partial v_{ij}} $$",
           ((C,),), (Twin("value", f"-eta*{_S1}*x[{{i}}]", (f"-eta*{_S1}*x[{{i}}]",), _J2I2),), batch=178,
           why="v_ij from input i to hidden j, a value"),
    Public("t78-zh-dH", _ZH, "b178_zh", "b178_zh",
           "$$\\delta_{H,j} = -\\frac{\\partial E}{\\partial H_{in,k}} = \\sum_{k=1}^{l} \\delta_{O,k} w_{jk} "
           "f(H_{in,k})[1-f(H_{in,k})]$$", ((C, C),),
           (Twin("value", f"-{_S1}", (f"-{_S1}", f"-{_S1}"), _J2),), batch=178,
           why="the hidden error signal; H_{in,k} the hidden unit j's input as the notes name it, the sum over the "
               "outputs k up to l (2 here, as many outputs as hidden units)"),
    Public("t78-zh-uv", _ZH, "b178_zh", "b178_zh", "$$\\Delta v_{ij} = \\eta \\delta_{H,j} H_{out,k} $$", ((W,),),
           (Twin("value", f"-eta*{_S1}*x[{{i}}]", (f"eta*(-{_S1})*a1[{{j}}]",), _J2I2),), batch=178,
           why="MISTAKEN: the hidden layer's update copied from the output layer's, H_{out,k} (the hidden unit's own "
               "output) where the weight's input x_i belongs (the notes' slip)"),
    # ---- the Korean note (numbered steps, a $$ display inside each line, words before and after it) -----------------
    Public("t78-ko-e", _KO, "b178_ko", "b178_ko", "$$E = (t_k - o_k)^2$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",), _K1),), batch=178,
           why="the loss without a 1/2, a value"),
    Public("t78-ko-1", _KO, "b178_ko", "b178_ko",
           "1. **\uc624\ucc28 \ud568\uc218\uc758 \ubbf8\ubd84 \uc2dc\uc791** $$ \\frac{\\partial E}{\\partial w_{jk}} = "
           "\\frac{\\partial}{\\partial w_{jk}} (t_k - o_k)^2 $$ \u2192 \ucd9c\ub825\uac12 oko_k\ub294 \uac00\uc911\uce58 "
           "w_{jk}\uc5d0 \uc601\ud5a5\uc744 \ubc1b\uae30 \ub54c\ubb38\uc5d0, \uc5f0\uc1c4 \ubc95\uce59(chain rule)\uc744 "
           "\uc0ac\uc6a9\ud569\ub2c8\ub2e4.", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (_KO_G,), _K1J3),), batch=178,
           why="a list item's words before the display and an arrow and words after it"),
    Public("t78-ko-2", _KO, "b178_ko", "b178_ko",
           "2. **\uc5f0\uc1c4 \ubc95\uce59 \uc801\uc6a9** $$ \\frac{\\partial E}{\\partial w_{jk}} = \\frac{\\partial E}"
           "{\\partial o_k} \\cdot \\frac{\\partial o_k}{\\partial w_{jk}} $$ \u2192 \uc624\ucc28\ub97c \ucd9c\ub825\uac12\uc5d0 "
           "\ub300\ud574 \ubbf8\ubd84\ud558\uace0, \ucd9c\ub825\uac12\uc744 \uac00\uc911\uce58\uc5d0 \ub300\ud574 "
           "\ubbf8\ubd84\ud55c \uac70\uc608\uc694.", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (_KO_G,), _K1J3),), batch=178),
    Public("t78-ko-3", _KO, "b178_ko", "b178_ko",
           "3. **\uccab \ubc88\uc9f8 \ubbf8\ubd84 \uacc4\uc0b0** $$ \\frac{\\partial E}{\\partial o_k} = -2(t_k - o_k) $$ "
           "\u2192 \ub2e8\uc21c\ud55c \uc81c\uacf1 \ud568\uc218\uc758 \ubbf8\ubd84\uc785\ub2c8\ub2e4.", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("-2*(y[0] - a2[0])",), _K1),), batch=178,
           why="the loss's derivative by the output, a value"),
    Public("t78-ko-4", _KO, "b178_ko", "b178_ko",
           "    \ub530\ub77c\uc11c, $$ \\frac{\\partial o_k}{\\partial w_{jk}} = o_k(1 - o_k) \\cdot o_j $$ \u2192 \uc5ec\uae30\uc11c "
           "o_j\ub294 \uc740\ub2c9\uce35 j\uc758 \ucd9c\ub825\uac12\uc785\ub2c8\ub2e4.", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])*a1[{j}]", ("a2[0]*(1 - a2[0])*a1[{j}]",), _K1J3),), batch=178,
           why="the output's derivative by its weight, a value"),
    Public("t78-ko-5", _KO, "b178_ko", "b178_ko",
           "5. **\ucd5c\uc885 \ubbf8\ubd84 \uacb0\uacfc** \ubaa8\ub4e0 \uac78 \ud569\uce58\uba74: $$ \\frac{\\partial E}"
           "{\\partial w_{jk}} = -2(t_k - o_k) \\cdot o_k(1 - o_k) \\cdot o_j $$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _K1J3),), batch=178),
    Public("t78-ko-6", _KO, "b178_ko", "b178_ko",
           "    \ub610\ub294 \ud559\uc2b5\ub960 alpha\ub97c \uacf1\ud574\uc11c \uac00\uc911\uce58 \uc5c5\ub370\uc774\ud2b8 "
           "\uc2dd\uc73c\ub85c \uc4f0\uba74: $$ \\Delta w_{jk} = \\alpha \\cdot (t_k - o_k) \\cdot o_k(1 - o_k) \\cdot o_j $$",
           ((W,),),
           (Twin("value", f"-eta*{_KO_G}", ("eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _K1J3),), batch=178,
           why="MISTAKEN: under the note's own E = (t_k - o_k)^2 (no 1/2) the step -alpha dE/dw_jk is 2 alpha (t_k - "
               "o_k) o_k (1 - o_k) o_j, the line before's -2 dropped: half the step"),
    # ---- the lecture slides: the worked ReLU example (list items with inline $...$), then the original
    # derivation ---------------------------------------------------------------------------------------------------------
    Public("t78-lr-dy", _LR, "b178_lr", "b178_lr", "$$\\frac{\\partial \\mathcal{L}}{\\partial y} = y - t$$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=178,
           why="the squared error's seed gradient, a value, at the worked example's neuron"),
    Public("t78-lr-w1", _LR, "b178_lr", "b178_lr",
           "- $\\partial \\mathcal{L}/\\partial w_1 = -3$: increasing $w_1$ would **decrease** the loss", ((C,),),
           (Twin("gradient", "W1[0,0]", ("=-3",)),), batch=178,
           why="the slides' number: (y - t) x_1 = 3 * (-1), a slash fraction in an inline $...$"),
    Public("t78-lr-res", _LR, "b178_lr", "b178_lr",
           "- Results: $\\partial \\mathcal{L}/\\partial w_1 = -3$, $\\partial \\mathcal{L}/\\partial w_2 = 9$",
           ((C,), (C,)), (Twin("gradient", "W1[0,0]", ("=-3",)), Twin("gradient", "W1[0,1]", ("=9",))), batch=178,
           why="two inline formulas on one line"),
    Public("t78-lo-dk", _LR, "b178_lo", "b178_lo",
           "- **Output delta**: $\\delta_k = (\\mathcal{O}_k - \\tau_k) \\, \\mathcal{O}_k(1 - \\mathcal{O}_k)$", ((C,),),
           (Twin("value", _S2, (_S2,), _K2),), batch=178, why="a label in bold before the inline formula"),
    Public("t78-lo-gk", _LR, "b178_lo", "b178_lo",
           "- Weight gradient: $\\frac{\\partial E}{\\partial W_{jk}} = \\mathcal{O}_j \\, \\delta_k$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_S2}",), _K2J2),), batch=178),
    Public("t78-lo-dh", _LR, "b178_lo", "b178_lo",
           "- **Hidden delta**: $\\phi_j = \\mathcal{O}_j(1 - \\mathcal{O}_j) \\sum_k \\delta_k \\, W_{jk}$", ((C,),),
           (Twin("value", _S1, (_S1,), _J2),), batch=178, why="phi_j the hidden delta (a letter, not a function)"),
    Public("t78-lo-gh", _LR, "b178_lo", "b178_lo",
           "- Weight gradient: $\\frac{\\partial E}{\\partial W_{ij}} = \\mathcal{O}_i \\, \\phi_j$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_S1}",), _J2I2),), batch=178,
           why="O_i the input itself"),
    # ---- the English summary of the review: Figure 1's equations (indented $$ displays), the micro-example --------
    Public("t78-en-dy", _EN, "b178_eg", "b178_eg",
           "      $$\n      \\frac{\\partial E}{\\partial y_l} = y_l - t_l.\n      $$", ((C,),),
           (Twin("value", "a2[{l}] - y[{l}]", ("a2[{l}] - y[{l}]",), _L2),), batch=178,
           why="the output's derivative, a value; a full stop before the closing $$"),
    Public("t78-en-gw", _EN, "b178_eg", "b178_eg",
           "      $$\n      \\frac{\\partial E}{\\partial w_{jk}} = y_j \\frac{\\partial E}{\\partial z_k}.\n      $$",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_S2}",), _K2J3),), batch=178,
           why="a weight into unit k (an output here) from unit j below"),
    Public("t78-en-loss", _EN, "b178_en", "b178_en",
           "    - Loss (squared error): $E=\\tfrac{1}{2}(y-t)^2=\\tfrac{1}{2}(0.6-1)^2=0.08$", ((C, C, C),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2", "=(0.6 - 1)**2/2", "=0.08")),), batch=178,
           why="the micro-example's loss, a value, \\tfrac"),
    Public("t78-en-dE", _EN, "b178_en", "b178_en", "    - $\\frac{\\partial E}{\\partial y}=y-t= -0.4$", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=-0.4")),), batch=178),
    Public("t78-en-dw", _EN, "b178_en", "b178_en",
           "    - Gradient w.r.t. weight: $\\frac{\\partial E}{\\partial w}= x\\frac{\\partial E}{\\partial z}=2\\cdot(-0.4)"
           "=-0.8$", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])*Heaviside(z1[0])", "=2*(-0.4)", "=-0.8")),), batch=178,
           why="dE/dz the ReLU's slope (1 at z = 0.6) times dE/dy"),
    Public("t78-en-up", _EN, "b178_en", "b178_en",
           "  - SGD update (step size $\\eta$, not specified in the paper): $w \\leftarrow w - \\eta \\frac{\\partial E}"
           "{\\partial w} = 0.3 - \\eta(-0.8)=0.3+0.8\\eta$, which increases $w$ to push $y$ upward toward $t$.",
           ((C, C, C),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*x[0]*(a1[0] - y[0])*Heaviside(z1[0])", "=0.3 - 0.1*(-0.8)",
                                    "=0.3 + 0.8*0.1")),),
           batch=178, why="the update with the rate left a letter (its members' numbers judged at the file's 0.1); inline $...$ "
               "among words"),
    # ---- the French post: the backward pass's four steps ($$ on lines of their own, \, and \cdot) -----------------
    Public("t78-fr-1", _FR, "b178_eg", "b178_eg", "$$\n\\frac{\\partial E}{\\partial y_l} = y_l - t_l\n$$", ((C,),),
           (Twin("value", "a2[{l}] - y[{l}]", ("a2[{l}] - y[{l}]",), _L2),), batch=178, why="step 1, a value"),
    Public("t78-fr-2", _FR, "b178_eg", "b178_eg",
           "$$\n\\frac{\\partial E}{\\partial z_l} = \\frac{\\partial E}{\\partial y_l} \\cdot \\frac{\\partial y_l}"
           "{\\partial z_l}\n$$", ((C,),), (Twin("value", _EG_L, (_EG_L,), _L2),), batch=178,
           why="step 2, through the output's non-linearity, a value"),
    Public("t78-fr-3", _FR, "b178_eg", "b178_eg",
           "$$\n\\frac{\\partial E}{\\partial y_j} = \\sum_{l} w_{jl}\\, \\frac{\\partial E}{\\partial z_l}\n$$", ((C,),),
           (Twin("value", _EG_Y, (_EG_Y,), _J3),), batch=178,
           why="step 3, the hidden unit j's output's derivative, w_jl from j to the unit l above, a value"),
    Public("t78-fr-4", _FR, "b178_eg", "b178_eg",
           "$$\n\\frac{\\partial E}{\\partial w_{jk}} = y_j \\cdot \\frac{\\partial E}{\\partial z_k}\n$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_S2}",), _K2J3),), batch=178, why="step 4"),
    # ---- the course module ($$ on lines of their own, Bishop's letters, a code line with its comment) -------------
    Public("t78-md-lin", _MD, "b178_md", "b178_md",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ki}} = (y_{nk} - t_{nk})\\, x_{ni} .\n$$", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - y[{k}])*x[{i}]",), _K2I3),), batch=178,
           why="the single-layer network's gradient; n the data point (one here); a spaced full stop at the end"),
    Public("t78-md-mat", _MD, "b178_ms", "b178_ms",
           "$$\n\\nabla_{\\mathbf{W}} E = (\\mathbf{Y} - \\mathbf{T})^{\\mathrm{T}} \\mathbf{X},\n$$", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - t[{k}])*x[{i}]",), _K3I3),), batch=178,
           why="softmax regression under the summed cross-entropy: the batch's gradient (one row here), ^{\\mathrm{T}} "
               "the transpose, a comma before the closing $$"),
    Public("t78-md-code", _MD, "b178_ms", "b178_ms",
           "grad_W = (Y - T).T @ X                     # sum_n (y_nk - t_nk) x_ni, shape (K, D)", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - t[{k}])*x[{i}]",), _K3I3),), batch=178,
           why="the same in NumPy, its comment after it"),
    Public("t78-md-chain", _MD, "b178_mg", "b178_mg",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} \\frac{\\partial a_j}"
           "{\\partial w_{ji}} = \\delta_j z_i,\n\\qquad \\text{where} \\qquad\n\\delta_j \\equiv \\frac{\\partial E_n}"
           "{\\partial a_j} .\n$$", ((C, C), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MG_D1}*x[{{i}}]", f"{_MG_D1}*x[{{i}}]"), _J3I2),
            Twin("value", _MG_D1, (_MG_D1,), _J3)), batch=178,
           why="two formulas in one display joined by \\qquad \\text{where} \\qquad, the second a definition with "
               "\\equiv; j a hidden unit here"),
    Public("t78-md-bp", _MD, "b178_mg", "b178_mg",
           "$$\n\\delta_j = h'(a_j) \\sum_{k \\in \\mathrm{ch}(j)} w_{kj} \\delta_k .\n$$", ((C,),),
           (Twin("value", _MG_D1, (_MG_D1,), _J3),), batch=178,
           why="the backpropagation formula, the sum over the children ch(j) of j (every output here)"),
    # ---- the flashcards (fenced cards, Mathpix-style LaTeX: w_{j i} with a space, h^{\prime}\left(a_{j}\right)) ----
    Public("t78-fc-da", _FC, "b178_mg", "b178_mg", "$$\n\\frac{\\partial a_{j}}{\\partial w_{j i}}=z_{i}\n$$", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _J3I2),), batch=178,
           why="the sum's derivative by its weight, a value"),
    Public("t78-fc-g", _FC, "b178_mg", "b178_mg",
           "$$\n\\frac{\\partial E_{n}}{\\partial w_{j i}}=\\delta_{j} z_{i}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MG_D1}*x[{{i}}]",), _J3I2),), batch=178),
    Public("t78-fc-dk", _FC, "b178_mg", "b178_mg", "$$\n\\delta_{k}=y_{k}-t_{k}\n$$", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=178,
           why="linear outputs with the sum of squares, the canonical link, a value"),
    Public("t78-fc-ch", _FC, "b178_mg", "b178_mg",
           "$$\n\\delta_{j} \\equiv \\frac{\\partial E_{n}}{\\partial a_{j}}=\\sum_{k} \\frac{\\partial E_{n}}{\\partial "
           "a_{k}} \\frac{\\partial a_{k}}{\\partial a_{j}}\n$$", ((C, C),),
           (Twin("value", _MG_D1, (_MG_D1, _MG_D1), _J3),), batch=178,
           why="\\equiv then =, the chain rule over the units k, a value"),
    Public("t78-fc-bp", _FC, "b178_mg", "b178_mg",
           "$$\n\\delta_{j}=h^{\\prime}\\left(a_{j}\\right) \\sum_{k} w_{k j} \\delta_{k}\n$$", ((C,),),
           (Twin("value", _MG_D1, (_MG_D1,), _J3),), batch=178, why="h^{\\prime} for h', w_{k j} with a space"),
]
