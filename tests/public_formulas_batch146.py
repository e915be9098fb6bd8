r"""Batch 146 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on LaTeX in documents:
align* environments, \frac{\partial ...}, \delta^{(l)}, matrix forms, worked examples; every address a stored file
whose repository the index does not name; the index's .tex files could not be reached by find_string, so the LaTeX
came from Markdown, pandoc-beamer and notebook sources): a README of code for Nielsen's book (stored file 1032736972:
the four equations in $$ displays with \tag{BP1} ... \tag{BP4}, \dfrac, \equiv), a Chinese Markdown note deriving a
three-layer network's backpropagation (stored file 58278957986: $$ \begin{align*} ... \end{align*} $$ blocks, Chinese
prose around inline formulas, w_{jk}(t+1) = w_{jk}(t) + ...), a Markdown write-up on text classifiers with a worked
backward pass (stored file 61462257216: \mathcal{L}_{CE}, bmatrix products of numbers, [a, \; b]^T vectors,
\sigma'_1, W^{(2)}_{\text{new}}), a Chinese notebook exported to Python (stored file 36648815046: $$ displays inside
# comments, two claims joined by \quad; a PyTorch manual backward pass), a lecture's jupytext notebook (stored file
70820716461: \boldsymbol\delta, \mathbf, \partial\ell/\partial written as a quotient, h^{(1)\top}; an MLP class on rows
and its deliberate bug), pandoc Markdown for beamer slides (stored file 30541469403: Duda and Hart's net_k, z_k, t_k,
f^{\prime}, \underbrace{...}_{\delta_j}, \equiv), a Markdown study note on Mitchell's three training rules (stored
file 60743341877: "> $$" blockquotes, \boxed{\; ... \;}, \bigl( ... \bigr), sums over k \in Downstream(j), the error
worked on Mazur's numbers with \Longrightarrow) and an Italian Obsidian lecture note (stored file 69340636884: an
example in numbers with decimal commas 0{,}622, several inline formulas to a line). Copied verbatim, typos and
mistakes included (the JSON-escaped text of the stored files decoded; a display's lines kept with their newlines,
a comment's "#    " prefix, a blockquote's "> " and the text around inline formulas on their line), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: pages that name their layers by the index letters (i an input, j a hidden unit, k an output) written with
indices = "n", so that w_{kj}, O_j, net_k, delta_k stay literal, as batch 123 did; the pages' delta_k = (t_k - o_k)
f'(net_k) as -grad(z2[k-1]) and Delta w as -eta*grad(...), the change added; Nielsen's delta^l_j with layers l = 1, 2
and a^0 the input; the notebooks' Markdown and code names side by side), a network of the kind the page describes
(with the page's numbers where it gives them: the worked example's W^{(1)}, b^{(1)}, W^{(2)}, b^{(2)}, e_bar = [0.8,
0.9, 0.5, 0.6], y = [0, 1], eta = 0.1; Mazur's 2-2-2 network for the Mitchell note, whose table gives its targets
0.01, 0.99 and outputs 0.7513, 0.7729; the Italian example's x = 1, w_ji = 0.5, w_kj = 1, d = 1, eta = 0.1; all in
tests/public_formulas_batch146_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A page's delta or sensitivity (delta_k, delta_j, delta^l_j,
delta^{(2)} = dL/dz^{(2)}), a Delta w (the change added), a derivative by a hidden output (dE/dO_j), a slope
(f'(I_k) = y_k(1 - y_k), sigma'_1(z^{(1)}) = [1, 1, 1]^T), an error's value (E_d = 0.2983) and the worked forward
numbers are twinned as values, as in batches 14 to 143.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 146

The batch: 56 formulas from 8 addresses (Nielsen's README 5, the Chinese derivation 8, the worked example 8, the
Chinese notebook 8, the lecture notebook 8, the beamer slides 7, the Mitchell note 8, the Italian note 4). 48 are
LaTeX (40 in Markdown and slide documents, 8 in notebooks' # comments), 8 are code (Python: NumPy and PyTorch). By
kind: 15 gradients of weights or biases (3 with numbers), 19 deltas or sensitivities (4 with numbers), 4 updates of
weights (w(t+1) = w(t) + ..., and W_new worked in numbers), 8 Delta w changes (1 with numbers), 4 slopes and
derivatives by outputs, 2 lines of worked forward values or an error, and the 4 mistyped.

4 are mistaken somewhere (the oracle finds at least one member wrong), and 4 are mistyped:

- Nielsen's README's nr-bp1, \delta_j^l = \dfrac{\partial C}{\partial z^L_j} \ \sigma'(z^L_j)\tag{BP1}: dC/dz^L_j
  is delta^L_j itself; the book's BP1 is dC/da^L_j sigma'(z^L_j) (the README's slip, z for a);
- the Chinese derivation's zh-ej, the align* block for dE/dO_j: its last member, \sum_{k} \delta_k w_{kj}, drops the
  minus of the member before it (the page's delta_k = (d_k - y_k) f'(I_k) is -dE/dI_k); the three members before it
  are right;
- the Chinese derivation's zh-gj, \frac{\partial E}{\partial w_{ij}} &= \left( \sum_{k} \delta_k w_{kj} \right)
  f'(I_j) O_i \\ &= \delta_j O_i: the sign dropped above carried on (dE/dw_ij = -delta_j O_i; the page's own update
  adds eta delta_j O_i, right again, zh-wj);
- the lecture notebook's lc-bug, D1 = D2 @ self.W2  # BUG: missing * g'(Z1): the notebook's deliberate bug (its
  BuggyMLP, to show the gradient check failing), the hidden slope missing;
- mistyped (unreadable): Nielsen's README's nr-bp2, \delta^l = (w^{l+1})^T\delta^{l+1})\ \odot\ \sigma'(z^l): a closing
  parenthesis with no opening one (unreadable=")");
- mistyped (unreadable): Nielsen's README's nr-bp4, \dfrac{\partial C}{w_{jk}^l}= a^{l-1}_k \delta^l_j: the
  denominator without its \partial (unreadable="w_{jk}^l");
- mistyped (unreadable): the beamer slides' dh-ji, ... \frac{\partial y_{i}}{\partial net_{j}} ...: y_i for y_j, a
  name the slides never give (unreadable="y_{i}");
- mistyped (unreadable): the beamer slides' dh-yj, ... f^{\prime}(net_{z})w_{kj}: net_z for net_k
  (unreadable="net_{z}").

Not mistaken, though they look it: the worked example's 0.1760 and 0.8240 (the softmax's 0.17609 and 0.82391 to
four digits: one unit off in the last digit, within the rule for numbers) and everything computed from them; the
Mitchell note's sum 0.5966 and E_d = 0.2983 (Mazur's 0.59674 and 0.29837, from the table's rounded squares 0.5495 +
0.0471: within the rule); the Mitchell note's Rule 2 with O_i the inputs of hidden unit j, which on the example's
2-2-2 network are the network's inputs; the Chinese derivation's w_{jk} and w_{ij} beside its w_{kj} and w_{ji} (both
orders name the same weights on that page); the Italian example's Delta w = eta delta o, with eta (the page's
Delta_p w in its table has none: a different quantity, not taken); gW2 = D2.T @ H1 + 2 * lam * self.W2 with lam = 0
(the gradient check's setting).

What was left out: Nielsen's README's title lines (no formula); the Chinese note's bias-variance decomposition (no
network), its \Delta w_{jk} = - \eta \frac{\partial E}{\partial w_{jk}} inline definitions, the dO_j/dI_j and dI_j/dw_ij
displays (local derivatives), and its \frac{\partial E}{\partial w_{ij}} chain (one member, a chain rule with no
value); the worked example's forward steps (the embedding lookup and mean pooling: no weight the example updates),
its results on separate "$$= ..." lines (no left side), its general rules of section 2 (another network's L+1
layers) and its PyTorch class; the Chinese notebook's perceptron cells and section 2's activation list, its dL_dz2
= dL_dy, dL_db2 and dL_db1 lines (copies); the lecture notebook's forward-pass display, the MLP's gW1, gb2 and D1 with
self.gprime(Z1, H1) (a function of two arguments the notation cannot declare), the training loop's Pm -= eta * G (a
loop over parameters); the beamer slides' LMS recap, \Delta\mathbf{w}=-\eta\frac{\partial J}{\partial\mathbf{w}} (a
bold vector of every weight) and \frac{\partial net_{k}}{\partial w_{kj}} = y_{j} (a local derivative); the Mitchell
note's chain-rule spine with \underbrace labels, its table row and Rule 3 (a third layer the example's network does
not have); the Italian note's derivation in general units t, u (w_{tu}, net_t: every layer at once under one letter)
and its boxed rules. Pages read and not taken: a Chinese worked example (stored file 9132508357), an Ng-notes page
(stored file 417972337), a homework's error signals (stored file 16806860061), a derivation with 2 * (y - a) *
\frac{1}{1 + e^{-Z}} (stored file 67394880470) and a g_k notation page (stored file 49260290783), all used by
earlier batches; the .tex files the search showed (an exam's Backprop_StudentSolution, a report's "Back propogation
real stuff", a thesis's delta-rule chapter), which find_string could not give an id for.

Collected on 2026-12-07 (13:39 to 13:47 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written (three networks' [data] first written without their brackets, fixed before loading
the notations). The oracle's first run stopped on the twins, not the verdicts: the softmax networks' target is t in
the oracle's names (y written), values with numbers need the whole array's expression before their [{k}] and arrays
of numbers (=[...], =np.outer(...)), and a value with eta cannot be judged at the file's numbers (the Italian
example's Delta w twinned with its rate 0.1 written in); after those fixes every verdict passed as first transcribed
(53 entries and the batch's two checks; the 4 mistyped entries have no verdicts).

Run blind at main 79964b7 (/work/READY_FOR_BLIND58; src/ as at 79964b7; the branch already sat on it, so the rebase
had nothing to do), with nothing under src/ changed. The first run (/work/batch146_blind.txt): 42 of 56 read with
every verdict right (75%), 10 refused, 4 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. No refusal was a slip of the notations or twins (each is a construct of the page's that the reader does not
take), so the batch was run once; tests/test_public_formulas_held_out.py -k "b146-" passed, check's
never-wrong-called-correct test included.

Of the 4 mistaken formulas, 3 were read with their wrong members called wrong: nr-bp1 (dC/dz^L_j times sigma' again),
zh-gj (both members, the sign dropped), lc-bug (the hidden slope missing); zh-ej was refused (below), so its wrong
last member was judged by nobody. By page: Nielsen's README 3 of 5 (and its 2 typos refused), the Chinese derivation
6 of 8, the worked example 6 of 8, the Chinese notebook 6 of 8, the lecture notebook 8 of 8, the beamer slides 5 of 7
(and its 2 typos refused), the Mitchell note 8 of 8, the Italian note 0 of 4.

The refusals by construct, with the exact messages:

- decimal commas written 0{,}5, as Italian (and most European) LaTeX writes them (the Italian note's 4; general):
  it-fw, "formula 'net_j = 0{,}5': unexpected at ',' (position 11)"; it-dk, "formula '\\delta_k = (1 - 0{,}622)\\cdot
  1 = 0{,}378': unexpected at ',' (position 19)"; it-dj, "formula "\\delta_j = (\\delta_k w_{kj}) \\sigma'(net_j) =
  0{,}378 \\cd...": unexpected at ',' (position 49)"; it-up, "formula '\\Delta w_{kj} = \\eta \\delta_k o_j \\approx
  0{,}1 \\cdot 0{,...': unexpected at ',' (position 45)";
- a prime before a function's subscript, \sigma'_1(z^{(1)}) (the worked example's 2; general: sigma'_l is how
  layer-indexed activations' slopes are written): ce-sp, "formula "\\sigma'_1(z^{(1)}) = [1, 1, 1]^T": unexpected at
  '_' (position 8)"; ce-d1, "formula "\\delta^{(1)} = (W^{(2)})^T \\delta^{(2)} \\odot \\sigma'_1(z...": unexpected at
  '_' (position 54)";
- two claims joined by ", \quad" where the display runs over # comment lines (...^\top, then "#    \quad", then "#
  \frac..."): the reader's own advice names the form it reads (A = B, \quad C = D), not across a comment's
  continuation lines (the Chinese notebook's 2; general for notebooks exported to Python): nb-w2, "formula
  '\\frac{\\partial \\mathcal{L}}{\\partial W^{(2)}} = \\delta^{(...': unexpected at ',' (position 73); a comma after
  a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)";
  nb-w1, "formula '\\frac{\\partial \\mathcal{L}}{\\partial W^{(1)}} = \\delta^{(...': unexpected at ',' (position
  65); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A
  = B, \quad C = D)";
- a primed summation index, \sum_{j'} w_{kj'} O_{j'}, under a notation whose letters are literal (indices = "n"):
  zh-ej, "formula '\\frac{\\partial E}{\\partial O_j} = \\sum_{k} \\frac{\\partial...': w_{kj'} matches none of the
  notation's patterns for w ('w_{ji}', 'w_{ij}', 'w_{kj}', 'w_{jk}'); in them i, j, k are literal letters (indices =
  "n"), matched only by i and j and k as written: add them to indices where they stand for any index" (page-specific
  in its prime; the notation cannot name j' otherwise);
- a second member after "\\" and "=" on the next line holding \left( \sum_{k} \delta_k w_{kj} \right) (the Chinese
  derivation's zh-wj): "formula 'w_{ij}^{[t+1]} = w_{ij}^{[t]} + \\eta \\delta_j O_i = w_{ij...': adds a vector or
  matrix and a number in w_{ij}(t) + (((\eta O_{j}(1 - O_{j})) big) O_{i})" (the message's "big" suggests the \left(
  ... \right) group with its sum was taken for a symbol; may be general for displays continued with \\ =);
- the typos (as expected): nr-bp2, "formula "\\delta^l = (w^{l+1})^T\\delta^{l+1}) \\odot \\sigma'(z^l)": unexpected
  at ')' (position 35)" (names it); nr-bp4, "formula '\\frac{\\partial C}{w_{jk}^l}= a^{l-1}_k \\delta^l_j': the
  denominator of a partial derivative starts with \partial, and \frac{\partial C}{w_{jk}^l}'s (w_{jk}^l) has none at
  '\\frac' (position 1); write \frac{\partial C}{\partial w_{jk}^l}" (names it); dh-ji, "formula '\\frac{\\partial
  J}{\\partial w_{ji}} = \\frac{\\partial J}{\\p...': y_{i} matches none of the notation's patterns for y ('y_{j}');
  in them j is a literal letter (indices = "n"), matched only by j as written: add it to indices where it stands for
  any index" (names it); dh-yj, "formula '\\frac{\\partial J}{\\partial y_{j}} = -\\sum_{k=1}^{c}(t_{k}...': net_{z}
  matches none of the notation's patterns for net ('net_{j}', 'net_{k}'); in them j, k are literal letters (indices =
  "n"), matched only by j and k as written: add them to indices where they stand for any index" (names it).

Read, among the constructs these pages brought: $$ displays on their own lines with \tag{BP1}, \dfrac and \equiv;
align* blocks inside $$ with &= members over several lines (zh-gk, zh-gj), Chinese text around inline formulas,
w_{jk}(t+1) = w_{jk}(t) + ...; bmatrix products of numbers, [a, \; b]^T vectors of numbers, W^{(2)}_{\text{new}}
with a matrix of differences; # comment displays of one claim; \boldsymbol\delta, \mathbf, \partial\ell/\partial
as a quotient, h^{(1)\top}, a second claim in backticks (lc-w1); an MLP class's rows with 2 * lam * self.W2 and its
deliberate bug (called wrong); Duda and Hart's net_{k}, f^{\prime}, \underbrace{...}_{\delta_{j}}; "> $$"
blockquotes with \boxed{\; ... \;}, \bigl( ... \bigr), \times, \sum_{k \in Downstream(j)}, \Longrightarrow joining
two claims, \tfrac12 and \mathbf on a result.

Which look general: the decimal comma {,} (every Italian, French or German page with numbers), the prime before a
subscript (sigma'_1, f'_j: the Italian note's table writes f'_j(net_j) too, not taken), and a \quad-joined pair of
claims continued over comment lines; the primed summation index is page-specific; zh-wj's \left( \sum ... \right)
after a line break may be general.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch146_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_NR = _STORED.format(1032736972, "What it is?",
                     "a README of code for Nielsen's book: the four backpropagation equations in $$ displays with "
                     "\\tag{BP1} ... \\tag{BP4}")
_ZH = _STORED.format(58278957986, "## 均方误差的分解",
                     "a Chinese Markdown note: the bias-variance decomposition, then a three-layer network's "
                     "backpropagation derived in align* environments")
_CE = _STORED.format(61462257216, "# Feedforward Neural Networks for Text Classification",
                     "a Markdown write-up on feedforward text classifiers: a hand-derived forward and backward pass "
                     "with bmatrix numbers")
_NB = _STORED.format(36648815046, "#!/usr/bin/env python",
                     "a Chinese notebook exported to Python: $$ displays in # comments, then a manual backward pass "
                     "compared with autograd")
_LC = _STORED.format(70820716461, "# ---",
                     "a lecture's jupytext notebook: an MLP class with its backward pass, a deliberate bug, a gradient "
                     "check")
_DH = _STORED.format(30541469403, "---",
                     "pandoc Markdown for beamer slides (documentclass: beamer, metropolis) on neural networks: Duda and "
                     "Hart's three-layer network, \\note{...} speaker notes")
_MT = _STORED.format(60743341877, "---",
                     "a Markdown study note on Mitchell's three training rules: blockquoted $$ displays, \\boxed "
                     "results")
_IT = _STORED.format(69340636884, "# Note sulla backpropagation",
                     "an Italian Obsidian lecture note on backpropagation (Micheli's course at Pisa): decimal "
                     "commas 0{,}622 in a numeric example")

_I2 = range(2)
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

# sigmoid outputs under half the squared error: dE/dz2[k]; the hidden sums' dE/dz1[j] of a sigmoid hidden layer
_SQ2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _sq1(outputs: int) -> str:
    inner = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(outputs))
    return f"({inner})*a1[{{j}}]*(1 - a1[{{j}}])"


_SQ1 = _sq1(2)

# Nielsen's 2-3-2: delta^l_j at both layers
_NR_DEF = (tuple({"t": _SQ1.format(j=j)} for j in range(3)) + tuple({"t": _SQ2.format(k=k)} for k in range(2)))
_NR_BP1 = tuple({"t": _SQ2.format(k=k), "m": f"{_SQ2.format(k=k)}*a2[{k}]*(1 - a2[{k}])"} for k in range(2))
_NR_B = (tuple({"p": f"b1[{j}]", "m": _SQ1.format(j=j)} for j in range(3))
         + tuple({"p": f"b2[{k}]", "m": _SQ2.format(k=k)} for k in range(2)))

# the Chinese 2-3-2: dE/dO_j
_ZH_EJ = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))

# the worked example's 4-3-2 ReLU-softmax network: dL/dz1[j]
_CE_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*Heaviside(z1[{j}])"

# the notebook's 3-4-1 network (tanh hidden, linear output, half the squared error)
_NB_D2 = "(a2[0] - y[0])"
_NB_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"

# the lecture's 2-3-2 network (tanh hidden, softmax with the cross-entropy)
_LC_D2 = "(a2[{k}] - t[{k}])"
_LC_A1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_LC_D1 = f"{_LC_A1}*(1 - a1[{{j}}]**2)"

# Mazur's 2-2-2 sigmoid network: dE/dz1[j]
_MT_D1 = _sq1(2)
_MT_SUM = "(y[0] - a2[0])**2 + (y[1] - a2[1])**2"

# the Italian 1-1-1 network: -dE/dz2, -dE/dz1
_IT_DK = "(y[0] - a2[0])"
_IT_DJ = "(y[0] - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])"


ENTRIES = [
    # ---- Nielsen's README ($$ on their own lines, \dfrac, \tag{BP1} ... \tag{BP4}, \ spaces): a definition, two
    # slips of transcription (BP1's dC/dz for dC/da, BP2's stray parenthesis) and BP4's denominator without \partial --
    Public("q6-nr-def", _NR, "b146_nr", "b146_nr", "$$\n\\delta_j^l\\equiv \\dfrac{\\partial C}{\\partial z^l_j}\n$$",
           ((C,),), (Twin("value", "{t}", ("{t}",), _NR_DEF),), batch=146,
           why="the definition of delta^l_j (\\equiv), a value at every unit of both layers"),
    Public("q6-nr-bp1", _NR, "b146_nr", "b146_nr",
           "$$\n\\delta_j^l = \\dfrac{\\partial C}{\\partial z^L_j} \\ \\sigma'(z^L_j)\\tag{BP1}\n$$", ((W,),),
           (Twin("value", "{t}", ("{m}",), _NR_BP1),), batch=146,
           why="MISTAKEN: dC/dz^L_j is delta^L_j itself; times sigma'(z^L_j) again it is not (Nielsen's BP1 is dC/da^L_j "
               "sigma'(z^L_j)); at the output layer, the equation's"),
    Public("q6-nr-bp2", _NR, "b146_nr", "b146_nr",
           "$$\n\\delta^l = (w^{l+1})^T\\delta^{l+1})\\ \\odot\\ \\sigma'(z^l)\\tag{BP2}\n$$", unreadable=")",
           batch=146, why="a closing parenthesis with no opening one (Nielsen's ((w^{l+1})^T delta^{l+1}) lost its "
                          "first parenthesis: the page's typo)"),
    Public("q6-nr-bp3", _NR, "b146_nr", "b146_nr",
           "$$\n\\dfrac{\\partial C}{\\partial b^l_j}= \\delta_j^l \\tag{BP3}\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _NR_B),), batch=146, why="every bias of both layers"),
    Public("q6-nr-bp4", _NR, "b146_nr", "b146_nr",
           "$$\n\\dfrac{\\partial C}{w_{jk}^l}= a^{l-1}_k \\delta^l_j \\tag{BP4}\n$$", unreadable="w_{jk}^l",
           batch=146, why="the denominator without its \\partial (C divided by the weight, as written: the page's typo "
                          "for \\partial C / \\partial w^l_{jk})"),
    # ---- the Chinese derivation (align* inside $$, Chinese prose around inline formulas, w(t+1) = w(t) + ...): the
    # output rule right, then a sign dropped in dE/dO_j that carries into dE/dw_ij, the final update right again ------
    Public("q6-zh-gk", _ZH, "b146_zh", "b146_zh",
           "$$\n\\begin{align*}\n\\frac{\\partial E}{\\partial w_{jk}} &= \\frac{\\partial E}{\\partial O_k} "
           "\\frac{\\partial O_k}{\\partial I_k} \\frac{\\partial I_k}{\\partial w_{jk}} \\\\\n&= -(d_k - y_k) \\cdot "
           "f'(I_k) \\cdot O_j \\\\\n&= -\\delta_k O_j\n\\end{align*}\n$$", ((C, C, C),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_SQ2}*a1[{{j}}]", "-(y[{k}] - a2[{k}])*sigmoid(z2[{k}])*(1 - "
                                              "sigmoid(z2[{k}]))*a1[{j}]", f"{_SQ2}*a1[{{j}}]"), _K2J3),),
           batch=146, why="w_jk the weight from hidden unit j to output k (the page's order here; I_k = sum_j w_kj O_j); "
                          "delta_k = (d_k - y_k) f'(I_k), -dE/dI_k"),
    Public("q6-zh-wk", _ZH, "b146_zh", "b146_zh", "$$\nw_{jk}(t+1) = w_{jk}(t) + \\eta \\delta_k O_j\n$$", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_SQ2}*a1[{{j}}]",), _K2J3),), batch=146,
           why="w(t+1) = w(t) + ...: the time step"),
    Public("q6-zh-sp", _ZH, "b146_zh", "b146_zh",
           "将 $f'(I_k) = f(I_k)(1 - f(I_k)) = y_k(1 - y_k)$ 代入 $\\delta_k$，得到：", ((C, C),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",
                                                    "a2[{k}]*(1 - a2[{k}])"), _K2),), batch=146,
           why="the sigmoid's slope at the output's sum, a value; the line's second $...$ a bare delta_k (no claim), "
               "Chinese around them"),
    Public("q6-zh-dk", _ZH, "b146_zh", "b146_zh", "$$\n\\delta_k = (d_k - y_k) y_k (1 - y_k)\n$$", ((C,),),
           (Twin("value", f"-{_SQ2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=146,
           why="the page's delta_k (-dE/dI_k), a value"),
    Public("q6-zh-wk2", _ZH, "b146_zh", "b146_zh",
           "$$\nw_{jk}(t+1) = w_{jk}(t) + \\eta (d_k - y_k) y_k (1 - y_k) O_j\n$$", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_SQ2}*a1[{{j}}]",), _K2J3),), batch=146),
    Public("q6-zh-ej", _ZH, "b146_zh", "b146_zh",
           "$$\n\\begin{align*}\n\\frac{\\partial E}{\\partial O_j} &= \\sum_{k} \\frac{\\partial E}{\\partial I_k} "
           "\\frac{\\partial I_k}{\\partial O_j} \\\\\n&= \\sum_{k} \\frac{\\partial}{\\partial I_k} \\left( \\frac{1}{2} "
           "(d_k - f(I_k))^2 \\right) \\frac{\\partial}{\\partial O_j} \\left( \\sum_{j'} w_{kj'} O_{j'} \\right) \\\\\n"
           "&= \\sum_{k} -(d_k - y_k) f'(I_k) w_{kj} \\\\\n&= \\sum_{k} \\delta_k w_{kj}\n\\end{align*}\n$$",
           ((C, C, C, W),),
           (Twin("value", _ZH_EJ, (_ZH_EJ, _ZH_EJ, _ZH_EJ, f"-({_ZH_EJ})"), _J3),), batch=146,
           why="MISTAKEN in its last member: delta_k = (d_k - y_k) f'(I_k) is -dE/dI_k, so sum_k delta_k w_kj is "
               "-dE/dO_j (the minus of the member before dropped); a derivative by a hidden output, a value; the "
               "second member's inner sum over j' with O_{j'}"),
    Public("q6-zh-gj", _ZH, "b146_zh", "b146_zh",
           "$$\n\\begin{align*}\n\\frac{\\partial E}{\\partial w_{ij}} &= \\left( \\sum_{k} \\delta_k w_{kj} \\right) "
           "f'(I_j) O_i \\\\\n&= \\delta_j O_i\n\\end{align*}\n$$", ((W, W),),
           (Twin("gradient", "W1[{j},{i}]", (f"-{_SQ1}*x[{{i}}]", f"-{_SQ1}*x[{{i}}]"), _J3I2),), batch=146,
           why="MISTAKEN: the sign dropped in dE/dO_j carried on: with the page's delta_j = -dE/dI_j, dE/dw_ij = "
               "-delta_j O_i (the page's own update adds eta delta_j O_i, and Delta w_ij = -eta dE/dw_ij)"),
    Public("q6-zh-wj", _ZH, "b146_zh", "b146_zh",
           "$$\nw_{ij}(t+1) = w_{ij}(t) + \\eta \\delta_j O_i \\\\\n= w_{ij}(t) + \\eta O_j (1 - O_j) \\left( "
           "\\sum_{k} \\delta_k w_{kj} \\right) O_i\n$$", ((C, C),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_SQ1}*x[{{i}}]",) * 2, _J3I2),), batch=146,
           why="w_ij from input i to hidden unit j; a second member on its own line after \\\\ and ="),
    # ---- the worked example ($$ on one line, \mathcal{L}_{CE}, bmatrix numbers, [a, \; b]^T vectors): right
    # throughout, to four digits ------------------------------------------------------------------------------------
    Public("q6-ce-d2", _CE, "b146_ce", "b146_ce",
           "$$\\delta^{(2)} = \\frac{\\partial \\mathcal{L}_{CE}}{\\partial z^{(2)}} = \\hat{y} - y = [0.1760 - 0, \\; "
           "0.8240 - 1]^T = [0.1760, \\; -0.1760]^T$$", ((C, C, C, C),),
           (Twin("value", "(a2 - t)[{k}]", ("a2[{k}] - t[{k}]", "a2[{k}] - t[{k}]", "=[0.1760 - 0, 0.8240 - 1]",
                                              "=[0.1760, -0.1760]"), _K2),),
           batch=146, why="y_hat = [0.1761, 0.8239] at the page's numbers (0.1760 to its four digits)"),
    Public("q6-ce-w2", _CE, "b146_ce", "b146_ce",
           "$$\\frac{\\partial \\mathcal{L}_{CE}}{\\partial W^{(2)}} = \\delta^{(2)} (h^{(1)})^T = \\begin{bmatrix} "
           "0.1760 \\\\ -0.1760 \\end{bmatrix} \\begin{bmatrix} 0.75 & 1.97 & 2.09 \\end{bmatrix}$$", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",
                                             "=np.outer([0.1760, -0.1760], [0.75, 1.97, 2.09])"), _K2J3),),
           batch=146, why="a column times a row of numbers (bmatrix)"),
    Public("q6-ce-b2", _CE, "b146_ce", "b146_ce",
           "$$\\frac{\\partial \\mathcal{L}_{CE}}{\\partial b^{(2)}} = \\delta^{(2)} = [0.1760, \\; -0.1760]^T$$",
           ((C, C),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]", "=[0.1760, -0.1760]"), _K2),), batch=146),
    Public("q6-ce-sp", _CE, "b146_ce", "b146_ce", "$$\\sigma'_1(z^{(1)}) = [1, 1, 1]^T$$", ((C,),),
           (Twin("value", "(1.0*(z1 > 0))[{j}]", ("=[1, 1, 1]",), _J3),), batch=146,
           why="the ReLU's slope at the hidden sums (all positive), a value; sigma_1 the hidden activation, its prime "
               "before the subscript"),
    Public("q6-ce-d1", _CE, "b146_ce", "b146_ce",
           "$$\\delta^{(1)} = (W^{(2)})^T \\delta^{(2)} \\odot \\sigma'_1(z^{(1)})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CE_D1,), _J3),), batch=146),
    Public("q6-ce-d1n", _CE, "b146_ce", "b146_ce", "$$\\delta^{(1)} = [-0.0528, \\; -0.0528, \\; -0.0528]^T$$",
           ((C,),), (Twin("value", "(W2.T @ (a2 - t)*(z1 > 0))[{j}]", ("=[-0.0528, -0.0528, -0.0528]",), _J3),), batch=146,
           why="(0.1 - 0.4) 0.1760 = (0.2 - 0.5) 0.1760 = (0.3 - 0.6) 0.1760"),
    Public("q6-ce-w1", _CE, "b146_ce", "b146_ce",
           "$$\\frac{\\partial \\mathcal{L}_{CE}}{\\partial W^{(1)}} = \\delta^{(1)} (\\bar{e})^T = \\begin{bmatrix} "
           "-0.0528 \\\\ -0.0528 \\\\ -0.0528 \\end{bmatrix} \\begin{bmatrix} 0.8 & 0.9 & 0.5 & 0.6 \\end{bmatrix}$$",
           ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_CE_D1}*x[{{i}}]",
                                             "=np.outer([-0.0528, -0.0528, -0.0528], [0.8, 0.9, 0.5, 0.6])"),
                 _J3I4),), batch=146,
           why="e_bar the pooled embedding, the network's input"),
    Public("q6-ce-up", _CE, "b146_ce", "b146_ce",
           "$$W^{(2)}_{\\text{new}} = W^{(2)} - \\eta \\cdot \\frac{\\partial \\mathcal{L}}{\\partial W^{(2)}} = "
           "\\begin{bmatrix} 0.1 - 0.0132 & 0.2 - 0.0347 & 0.3 - 0.0368 \\\\ 0.4 + 0.0132 & 0.5 + 0.0347 & 0.6 + "
           "0.0368 \\end{bmatrix}$$", ((C, C),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - t[{k}])*a1[{j}]",
                                           "=[[0.1 - 0.0132, 0.2 - 0.0347, 0.3 - 0.0368], [0.4 + 0.0132, 0.5 + 0.0347, "
                                           "0.6 + 0.0368]]"), _K2J3),), batch=146,
           why="_{\\text{new}} the updated weights; \\mathcal{L} without its CE, the same loss; eta = 0.1"),
    # ---- the Chinese notebook: $$ displays inside # comments (four spaces of a list item's indentation), two claims
    # joined by \quad; then the manual backward pass in PyTorch with its comments ------------------------------------
    Public("q6-nb-d2", _NB, "b146_nb", "b146_nb",
           "#    $$\n#    \\delta^{(2)} = \\frac{\\partial \\mathcal{L}}{\\partial z^{(2)}}\n#    $$", ((C,),),
           (Twin("value", _NB_D2, (_NB_D2,)),), batch=146, why="the definition, a value"),
    Public("q6-nb-w2", _NB, "b146_nb", "b146_nb",
           "#    $$\n#    \\frac{\\partial \\mathcal{L}}{\\partial W^{(2)}} = \\delta^{(2)} (h^{(1)})^\\top,\n#    \\quad\n"
           "#    \\frac{\\partial \\mathcal{L}}{\\partial b^{(2)}} = \\delta^{(2)}\n#    $$", ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", (f"{_NB_D2}*a1[{{j}}]",), _J4), Twin("gradient", "b2[0]", (_NB_D2,))),
           batch=146, why="two claims joined by \\quad on a line of its own"),
    Public("q6-nb-d1", _NB, "b146_nb", "b146_nb",
           "#    $$\n#    \\delta^{(1)} = (W^{(2)})^\\top \\delta^{(2)} \\odot g'(z^{(1)})\n#    $$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NB_D1,), _J4),), batch=146, why="g the hidden activation, tanh in the cell"),
    Public("q6-nb-w1", _NB, "b146_nb", "b146_nb",
           "#    $$\n#    \\frac{\\partial \\mathcal{L}}{\\partial W^{(1)}} = \\delta^{(1)} x^\\top,\n#    \\quad\n"
           "#    \\frac{\\partial \\mathcal{L}}{\\partial b^{(1)}} = \\delta^{(1)}\n#    $$", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_NB_D1}*x[{{i}}]",), _J4I3), Twin("gradient", "b1[{j}]", (_NB_D1,), _J4)),
           batch=146),
    Public("q6-nb-dy", _NB, "b146_nb", "b146_nb", "    dL_dy = (y_pred - y_true)          # dL/dy_pred", ((C,),),
           (Twin("value", _NB_D2, (_NB_D2,)),), batch=146, why="the derivative by the output, a value"),
    Public("q6-nb-dw2", _NB, "b146_nb", "b146_nb", "    dL_dW2 = dL_dz2 @ h1.t()", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_NB_D2}*a1[{{j}}]",), _J4),), batch=146, why="h1.t(), PyTorch's transpose"),
    Public("q6-nb-dz1", _NB, "b146_nb", "b146_nb",
           "    dL_dz1 = dL_dh1 * (1 - torch.tanh(z1)**2)   # tanh'(z) = 1 - tanh(z)^2", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)",), _J4),), batch=146,
           why="tanh's slope recomputed from the sums, torch.tanh"),
    Public("q6-nb-dw1", _NB, "b146_nb", "b146_nb", "    dL_dW1 = dL_dz1 @ x.t()", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_NB_D1}*x[{{i}}]",), _J4I3),), batch=146),
    # ---- the lecture notebook: inline $ in # comments with \boldsymbol and \mathbf, \partial\ell/\partial written
    # as a quotient, the transpose inside the superscript (h^{(1)\top}); the class's rows, and its deliberate bug -----
    Public("q6-lc-d2", _LC, "b146_lc", "b146_lc",
           "# $\\boldsymbol\\delta^{(2)} = \\partial\\ell/\\partial\\mathbf z^{(2)} = \\hat{\\mathbf y} - \\mathbf y$ "
           "(Lecture 5). Then", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", (_LC_D2, _LC_D2), _K2),), batch=146,
           why="softmax with the cross-entropy"),
    Public("q6-lc-w2", _LC, "b146_lc", "b146_lc",
           "# $\\partial\\mathcal L/\\partial\\mathbf W^{(2)} = \\boldsymbol\\delta^{(2)}\\mathbf h^{(1)\\top}$,",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_LC_D2}*a1[{{j}}]",), _K2J3),), batch=146,
           why="the transpose written inside the layer's superscript, h^{(1)\\top}; lambda = 0"),
    Public("q6-lc-d1", _LC, "b146_lc", "b146_lc",
           "# $\\boldsymbol\\delta^{(1)} = (\\mathbf W^{(2)\\top}\\boldsymbol\\delta^{(2)})\\odot g'(\\mathbf z^{(1)})$,",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_LC_D1,), _J3),), batch=146, why="g the hidden activation, tanh"),
    Public("q6-lc-w1", _LC, "b146_lc", "b146_lc",
           "# $\\partial\\mathcal L/\\partial\\mathbf W^{(1)} = \\boldsymbol\\delta^{(1)}\\mathbf x^\\top$. Batched, "
           "`gW2 = D2.T @ H1` sums the outer products over the batch.", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_LC_D1}*x[{{i}}]",), _J3I2),
            Twin("gradient", "W2[{k},{j}]", (f"{_LC_D2}*a1[{{j}}]",), _K2J3)), batch=146,
           why="a second claim in backticks on the same line, the code's gW2 (D2 the rows of the output sums' "
               "gradients)"),
    Public("q6-lc-dd2", _LC, "b146_lc", "b146_lc",
           "        D2 = (P - Y) / n                               # delta^(2) = yhat - y, one row per sample "
           "(averaged), (n, d2)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (f"{_LC_D2}/1",), _K2),), batch=146, why="n the number of samples (one)"),
    Public("q6-lc-gw2", _LC, "b146_lc", "b146_lc",
           "        gW2 = D2.T @ H1 + 2 * lam * self.W2            # (d2, d1)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_LC_D2}*a1[{{j}}] + 2*0*W2[{{k}},{{j}}]",), _K2J3),), batch=146,
           why="lam the L2 penalty, 0 here (the loss's penalty term with it)"),
    Public("q6-lc-bug", _LC, "b146_lc", "b146_lc",
           "        D1 = D2 @ self.W2                              # BUG: missing * g'(Z1)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (_LC_A1,), _J3),), batch=146,
           why="MISTAKEN (on purpose: the notebook's BuggyMLP, its comment says so): the hidden slope g'(Z1) missing"),
    Public("q6-lc-gb1", _LC, "b146_lc", "b146_lc",
           "        gb1 = D1.sum(axis=0)                           # (d1,)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_LC_D1,), _J3),), batch=146,
           why="the MLP class's line, D1 the hidden sums' gradient as its line before computes it"),
    # ---- the beamer slides (pandoc Markdown, $$ with spaces inside, net_{k}, f^{\prime}, \underbrace): two typos
    # in the input-to-hidden derivation ----------------------------------------------------------------------------
    Public("q6-dh-wkj", _DH, "b146_dh", "b146_dh",
           "$$ \\frac{\\partial J}{\\partial w_{kj}} = \\frac{\\partial J}{\\partial net_{k}}\\frac{\\partial net_{k}}"
           "{\\partial w_{kj}} = -\\delta_{k}\\frac{\\partial net_{k}}{\\partial w_{kj}} $$", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_SQ2}*a1[{{j}}]", f"{_SQ2}*a1[{{j}}]"), _K2J3),), batch=146,
           why="dnet_k/dw_kj = y_j, a local derivative left as written"),
    Public("q6-dh-dk", _DH, "b146_dh", "b146_dh",
           "$$ \\delta_{k} = -\\frac{\\partial J}{\\partial net_{k}} = -\\frac{\\partial J}{\\partial z_{k}} "
           "\\frac{\\partial z_{k}}{\\partial net_{k}} = (t_{k}-z_{k})f^{\\prime}(net_{k}) $$", ((C, C, C),),
           (Twin("value", f"-{_SQ2}", (f"-{_SQ2}", f"-{_SQ2}", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"), _K2),),
           batch=146, why="the sensitivity's definition and its chain, a value"),
    Public("q6-dh-uk", _DH, "b146_dh", "b146_dh",
           "$$ \\Delta w_{kj} = \\eta\\delta_{k}y_{j} = \\eta(t_{k}-z_{k})f^{\\prime}(net_{k})y_{j} $$", ((C, C),),
           (Twin("value", f"-eta*{_SQ2}*a1[{{j}}]", (f"-eta*{_SQ2}*a1[{{j}}]",
                                                      "eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"), _K2J3),),
           batch=146, why="Delta w_kj the change added (-eta dJ/dw_kj), a value"),
    Public("q6-dh-ji", _DH, "b146_dh", "b146_dh",
           "$$ \\frac{\\partial J}{\\partial w_{ji}} = \\frac{\\partial J}{\\partial y_{j}} \\frac{\\partial y_{i}}"
           "{\\partial net_{j}}\\frac{\\partial net_{j}}{\\partial w_{ji}} $$", unreadable="y_{i}", batch=146,
           why="y_i for y_j in the middle factor (the slides' typo: y_i names no quantity of theirs)"),
    Public("q6-dh-yj", _DH, "b146_dh", "b146_dh",
           "$$ \\frac{\\partial J}{\\partial y_{j}} = -\\sum_{k=1}^{c}(t_{k}-z_{k})f^{\\prime}(net_{z})w_{kj} $$",
           unreadable="net_{z}", batch=146,
           why="net_z for net_k (the slides' typo: net_z names no quantity of theirs)"),
    Public("q6-dh-dj", _DH, "b146_dh", "b146_dh",
           "$$ \\delta_{j}\\equiv f^{\\prime}(net_{j}) \\sum_{k=1}^{c}w_{kj}\\delta_{k} $$", ((C,),),
           (Twin("value", f"-{_SQ1}", (f"-{_SQ1}",), _J3),), batch=146,
           why="\\equiv, the hidden sensitivity's definition, a value; c the number of outputs (2)"),
    Public("q6-dh-uj", _DH, "b146_dh", "b146_dh",
           "$$ \\Delta w_{ji} = \\eta x_{i}\\delta_{j} = \\eta x_{i}\\underbrace{\\left[\\sum_{k=1}^{c}w_{kj}\\delta_{k}"
           "\\right] f^{\\prime}(net_{j})}_{\\delta_{j}} $$", ((C, C),),
           (Twin("value", f"-eta*{_SQ1}*x[{{i}}]", (f"-eta*{_SQ1}*x[{{i}}]",) * 2, _J3I2),), batch=146,
           why="\\underbrace{...}_{\\delta_j} labelling a factor"),
    # ---- the Mitchell-style note (blockquoted "> $$", \boxed{\; ... \;}, \bigl( ... \bigr), \times, sums over
    # k \in Downstream(j)); the error worked in numbers on Mazur's network -------------------------------------------
    Public("q6-mt-sum", _MT, "b146_mt", "b146_mt",
           "$$\\sum_{k \\in outputs}(t_k - o_k)^2 = 0.5966 \\qquad\\Longrightarrow\\qquad E_d(\\vec{w}) = "
           "\\tfrac12(0.5966) = \\mathbf{0.2983}$$", ((C,), (C, C)),
           (Twin("value", _MT_SUM, ("=0.5966",)),
            Twin("value", f"0.5*({_MT_SUM})", ("=0.5*0.5966", "=0.2983"))), batch=146,
           why="two claims joined by \\Longrightarrow; the sum 0.59674 at Mazur's numbers (0.5966 from the table's "
               "rounded squares), E_d 0.29837; \\tfrac12, \\mathbf on the result"),
    Public("q6-mt-r1", _MT, "b146_mt", "b146_mt",
           "> $$\\Delta w_{kj} = -\\eta \\; \\frac{\\partial E_d}{\\partial O_k} \\times \\frac{\\partial O_k}"
           "{\\partial net_k} \\times \\frac{\\partial net_k}{\\partial w_{kj}}$$", ((C,),),
           (Twin("value", f"-eta*{_SQ2}*a1[{{j}}]", (f"-eta*{_SQ2}*a1[{{j}}]",), _K2J2),), batch=146,
           why="Delta w_kj the change added (-eta dE_d/dw_kj), a value"),
    Public("q6-mt-r1b", _MT, "b146_mt", "b146_mt",
           "> $$\\Delta w_{kj} = -\\eta \\; \\bigl(-(t_k - O_k)\\bigr) \\times \\bigl(O_k(1-O_k)\\bigr) \\times "
           "\\bigl(O_j\\bigr)$$", ((C,),),
           (Twin("value", f"-eta*{_SQ2}*a1[{{j}}]", ("-eta*(-(y[{k}] - a2[{k}]))*(a2[{k}]*(1 - a2[{k}]))*(a1[{j}])",),
                 _K2J2),), batch=146),
    Public("q6-mt-r1c", _MT, "b146_mt", "b146_mt",
           "> $$\\Delta w_{kj} = \\eta \\,(t_k - O_k)\\, O_k(1 - O_k)\\, O_j$$", ((C,),),
           (Twin("value", f"-eta*{_SQ2}*a1[{{j}}]", ("eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _K2J2),),
           batch=146),
    Public("q6-mt-dk", _MT, "b146_mt", "b146_mt",
           "> $$\\boxed{\\;\\delta_k = (t_k - O_k)\\, O_k(1 - O_k)\\;}$$", ((C,),),
           (Twin("value", f"-{_SQ2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=146,
           why="delta_k = -dE_d/dnet_k, the note's definition, a value"),
    Public("q6-mt-uk", _MT, "b146_mt", "b146_mt", "> $$\\boxed{\\;\\Delta w_{kj} = \\eta\\, \\delta_k\\, O_j\\;}$$",
           ((C,),), (Twin("value", f"-eta*{_SQ2}*a1[{{j}}]", (f"-eta*{_SQ2}*a1[{{j}}]",), _K2J2),), batch=146),
    Public("q6-mt-dj", _MT, "b146_mt", "b146_mt",
           "> $$\\boxed{\\;\\delta_j = \\sum_{k \\in Downstream(j)} \\delta_k\\, w_{kj}\\, O_j(1 - O_j)\\;}$$", ((C,),),
           (Twin("value", f"-{_MT_D1}", (f"-{_MT_D1}",), _J2),), batch=146,
           why="the sum over the units j feeds (both outputs here)"),
    Public("q6-mt-uj", _MT, "b146_mt", "b146_mt", "> $$\\boxed{\\;\\Delta w_{ji} = \\eta\\, \\delta_j\\, O_i\\;}$$",
           ((C,),), (Twin("value", f"-eta*{_MT_D1}*x[{{i}}]", (f"-eta*{_MT_D1}*x[{{i}}]",), _J2I2),), batch=146,
           why="O_i the input on that connection: on the example's network, the network's inputs"),
    # ---- the Italian note's example (Obsidian callout "> - ", inline $...$ several to a line, decimal commas {,}) --
    Public("q6-it-fw", _IT, "b146_it", "b146_it",
           "> - Forward: $net_j = 0{,}5$, $o_j = \\sigma(0{,}5) \\approx 0{,}622$; $o_k = 1 \\cdot 0{,}622 = "
           "0{,}622$.", ((C,), (C, C), (C, C)),
           (Twin("value", "z1[0]", ("=0.5",)), Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.5))", "=0.622")),
            Twin("value", "a2[0]", ("=1*0.622", "=0.622"))), batch=146,
           why="the forward pass in numbers, three claims; 0{,}5 the decimal comma"),
    Public("q6-it-dk", _IT, "b146_it", "b146_it",
           "> - Delta di uscita (lineare, $f' = 1$): $\\delta_k = (1 - 0{,}622)\\cdot 1 = 0{,}378$.", ((C,), (C, C)),
           (Twin("value", "1", ("1",)), Twin("value", _IT_DK, ("=(1 - 0.622)*1", "=0.378"))), batch=146,
           why="f' the linear output's slope, 1; delta_k = (d - o_k) f'(net_k)"),
    Public("q6-it-dj", _IT, "b146_it", "b146_it",
           "> - Delta nascosto: $\\delta_j = (\\delta_k w_{kj})\\,\\sigma'(net_j) = 0{,}378 \\cdot 0{,}622 \\cdot "
           "(1 - 0{,}622) \\approx 0{,}089$.", ((C, C, C),),
           (Twin("value", _IT_DJ, (_IT_DJ, "=0.378*0.622*(1 - 0.622)", "=0.089")),), batch=146),
    Public("q6-it-up", _IT, "b146_it", "b146_it",
           "> - Aggiornamenti: $\\Delta w_{kj} = \\eta\\,\\delta_k\\,o_j \\approx 0{,}1 \\cdot 0{,}378 \\cdot 0{,}622 "
           "\\approx 0{,}0235$; $\\Delta w_{ji} = \\eta\\,\\delta_j\\,x \\approx 0{,}0089$.", ((C, C, C), (C, C)),
           (Twin("value", f"0.1*{_IT_DK}*a1[0]", (f"0.1*{_IT_DK}*a1[0]", "=0.1*0.378*0.622", "=0.0235")),
            Twin("value", f"0.1*{_IT_DJ}*x[0]", (f"0.1*{_IT_DJ}*x[0]", "=0.0089"))), batch=146,
           why="Delta w the change added (-eta dE/dw), two claims in numbers; eta written 0.1 in the twin (the file's "
               "rate: the value oracle's file numbers have no eta)"),
]
