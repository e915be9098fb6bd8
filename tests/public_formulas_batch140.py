r"""Batch 140 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus's stored files, with this batch's emphasis on
homework write-ups as handed in: Markdown notes, reports and posts deriving backpropagation, with the code after them
where the page has some): Markdown notes "Backpropagation Algorithm for a Feedforward Neural Network — 10 Marks"
(stored file 71382931648: $$ displays of the matrix forms, \delta_o = (\hat{y} - y)g'(z_o), \odot, \leftarrow); a
Jekyll post "Explaining Backpropagation with Example" (stored file 16385754508: a mini-batch's rows, $ ... $ blocks,
\tfrac{1}{m}, \top, \nabla_{W_2} and rowsum); a Markdown write-up of a sigmoid network parallelized with MPI4py (stored
file 62838989: $\[ ... \]$ formulas, \times for the product entry by entry, and delta_2 = y_hat - y for a sigmoid
output); a Chinese article on large models in art (stored file 9132508357: rules over l in $$ ... $$ lines, two slips
and a double superscript); a French exercise sheet's correction (stored file 62221977861: a 2-2-1 network with its
weights and numbers, w^{(1)}_{2,1}, \hat y without braces); a problem set's solutions (stored file 16806860061: an
align* block with & and \text{...}, row vectors, three slips and a double superscript); a Jekyll post on Ng's week 5
(stored file 417972337: an align* block, .* and {g}', \frac{\partial}{\partial \Theta_{ij}^{(l)}} J(\Theta)); Markdown
lecture notes "Backpropagation and the Chain Rule" (stored file 52250285293: binary cross-entropy with a sigmoid
output); a book chapter "Neural Network Basics & Backpropagation" (stored file 57975429104: \\( ... \\) inline
formulas continued on the next line, and its Python two_layer_backward); a Chinese article on MXNet's distributed
training (stored file 8904534299: rows, X \cdot W_1, f_1, f_2'). Copied verbatim, typos and mistakes included (the
JSON-escaped text of the stored files decoded), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: the row-vector pages' names transposed,
"X" = "x[:].T", "W_{1}" = "W1[:, :].T" for input-first weights; Ng's layers counted from the input, "\\Theta^{(l)}" =
"W{l}[:, :]"; the Chinese article's from the first weight layer, "a^{(0)}" = "x[:]"; the TD's w^{(1)}_{0,j} the
bias; the cross-entropy page's y the one-hot t; the chapter's code arrays named whole, "W2" = "W2[0, :]", and its
sigmoid_prime "sigmoid' at input"), a network of the kind the page describes (with the page's numbers where it gives
them: the TD's weights, x = (2, 3) and y = 10; n = m = o = 3 for the problem set, so that its slips are values, not
shapes; all in tests/public_formulas_batch140_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A page's delta, a loss's definition,
a derivative by an output or by a sum (dL/d y_hat, d y_hat/dz_2, g'(z^{(3)})) are twinned as values, as in batches 14
to 138; the TD's rounded numbers as numbers (members "=...") judged at the file's weights. Formulas keep their page's
delimiters and what surrounds them on their line (a list item's words, an align* line's & and \text, a line's
indentation); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 140

The batch: 61 formulas from 10 addresses (the "10 Marks" notes 6, the backpropagation-with-example post 5, the MPI
write-up 6, the Chinese art article 7, the French TD 6, the problem set 7, the Ng notes 5, the chain-rule notes 6, the
book chapter 7, the MXNet article 6). 57 are in documents (Markdown's $$ ... $$, $ ... $, $\[ ... \]$, \[ ... \] and
\\( ... \\) and align* lines), 4 in the book chapter's Python block.

6 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the MPI write-up's mp-d2, $\[ \delta_2 = \hat{y} - y \]$: the page calls delta_2 the derivative of its (half
  squared error) loss by z_2, but its output is y_hat = sigma(z_2); the slope y_hat (1 - y_hat) is missing (y_hat - y is
  the cross-entropy's step, or a linear output's);
- the Chinese art article's ai-d, \delta^{(l)} = \frac{\partial C}{\partial z^{(l)}} \cdot \sigma'(z^{(l)}): dC/dz^(l)
  already holds the slope, and the page takes delta as dC/dz (its dC/db^(1) = delta^(1)); its one member, the product,
  wrong (committed first as two members, dC/dz^(l) right and the product wrong: a slip of the twin's, which has one
  equals sign; corrected after the blind run, below);
- the same article's ai-dl, \delta^{(l-1)} = \delta^{(l)} \cdot W^{(l)}: the error carried back through W^(l) without
  the hidden slope sigma'(z^(l-1));
- the problem set's ps-z3, z^{(3)} = xW^{(2)}+b^{(2)}: the input x where the hidden output a^{(2)} was meant;
- the problem set's ps-a3, a^{(3)} =  softmax(z^{(2)}): the softmax of the hidden sums where z^{(3)} was meant;
- the problem set's ps-cef, CE(y,a^{(3)}) = -\sum y_i a_i^{(3)}: the cross-entropy without its log (the page's own 2b
  writes -\sum y_i log(\hat y_i));
- mistyped (unreadable): the Chinese art article's ai-typo, \frac{\partial C}{\partial W^{(1)}} = a^{(1-1)} \cdot
  \delta^{(1)}^T = ...: a double superscript, which LaTeX refuses (unreadable="\delta^{(1)}^T");
- mistyped (unreadable): the problem set's ps-d2, \delta^{(2)} = (W^{(2)}^T \delta^{(3)})\circ \sigma'(z^{(2)}): a
  double superscript (unreadable="W^{(2)}^T").

Not mistaken, though they look it: the book chapter's delta_2 = (a_2 - y) sigma'(z_2) beside its remark that "the
combination of cross-entropy and sigmoid always simplifies this cleanly" (its exercise's loss is 1/2 (a_2 - y)^2 and its
code the same step; the remark is prose); the MPI page's \delta_1 = \delta_2 \cdot W_2^T \times \sigma'(z_1), right
given the output's true delta, as the notation names it (the page's slip is delta_2's line alone); the TD's rounded
numbers (2.947629, -0.1043684), right to their digits at its weights; the Ng notes' (\Theta^{(3)})^T \delta^{(4)} with
the bias unit's delta left aside, as the notes' course does.

What was left out: the notes' forward displays, their chain-rule display through \frac{\partial z_o}{\partial W_2} and
W^{new} = W - \eta\frac{\partial L}{\partial W} (a rule over no layer named), and the updates beyond b_1's (the same
forms); the post's forward aligned block with shapes and its hidden slope line (A_1 = \sigma(Z_1) \Rightarrow ...); the
MPI page's other \[ ... \] lines (the same forms) and its MPI averages (dW_global over processes); the Chinese art
article's numerical example (its input x = [1, 2, 3] does not fit its 2 x 2 W^{(1)}: no network holds its numbers) and
its TensorFlow code; the TD's forward aligned block and its exercise 2 (logits and a softmax without a network); the
problem set's softmax and sigmoid-derivative proofs (aligned chains over a free x), its word2vec part and its "At
a^{(2)}, the error signal is W^{(2)}^T \delta^{(3)}" items (the same double superscript, taken once); the Ng notes'
cost J(\Theta) with its regularization and forward lines (z^{(3)} = \Theta^{(2)}a^{(2)} with the bias unit added, which
a notation naming Theta without its bias column cannot hold); the chain-rule notes' loss definitions, its generic
theta and W, b updates and its y = u^2 example; the book chapter's forward \\[ ... \\] line (z_2 = W_2^T a_1 + b_2
with the activations in one display), its fill-in-the-blank steps (dA/dB names with slashes, which no notation pattern
takes) and grad_W1, grad_b1; the MXNet article's dL/dW_2 = h_1 \cdot \delta_2, \delta_1 = \delta_2 \cdot W_2 \cdot
f_1'(z_1) and dL/dW_1 = X \cdot \delta_1 (row-vector products whose shapes do not match, 1 x 3 for a 3 x 1 weight,
1 x 1 by 3 x 1, 1 x 2 by 1 x 3: slips of shape, not of value, which no twin can give a value) and its MXNet code. Pages
read and not taken: a Markdown note on BCE with a ReLU hidden layer (stored file 32561758536, held by an earlier batch),
and many candidates of the same searches (\delta^{(2)} = , \frac{\partial L}{\partial W_2} =) left for lack of time.

Collected on 2026-12-07 (10:36 to 10:42 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula: 9
of the 10 loaded as first written; the book chapter's was refused by the loader for a pattern, not a meaning
("'da2/dz2': is not one symbol"), a name for its fill-in steps, which were not taken: it was dropped, and the code's
W2 and grad_W2 named whole. The oracle's first run failed 5 entries, each a slip of the twins, not of a verdict: the
TD's network written x = [2, 3] where the file wants a list of samples (x = [[2, 3]]), its numbers written as
expressions where the oracle wants "=..." members (2 entries), and the problem set's targets written y where a
cross-entropy network's are t (3 entries); the second run passed every verdict as first transcribed.

Run blind at main 758f776 (/work/READY_FOR_BLIND56; src/ as at 758f776, main's last change to it; the rebase found
the branch up to date), with nothing under src/ changed. The first run (/work/batch140_blind.txt): 49 of 61 read with
every verdict right (80%), 9 refused, 2 typos refused, no typo read, 1 misread, no crash, NO WRONG FORMULA CALLED
CORRECT. The misread was a slip of the twin's, not of the reader's: ai-d, \delta^{(l)} = \frac{\partial C}{\partial
z^{(l)}} \cdot \sigma'(z^{(l)}), has one equals sign and so one member, the product, wrong; the twin had given it two
(dC/dz^(l) right, the product wrong), and the reader's (('wrong',),) is the true verdict. The twin was corrected (one
member, wrong) and the oracle's tests run again (all 61 pass, check_never's too): as corrected, 50 of 61 read with
every verdict right (82%), no misreading. None of the refusals was a slip of the notations (none counts from the wrong
number, none names a quantity the page does not mean; rowsum has no meaning the notation format could give it), so
the batch was run once.

Of the 6 mistaken formulas, 4 were read with their wrong member called wrong (mp-d2, y_hat - y for a sigmoid
output's delta; ai-d, as corrected; ai-dl, the slope missing; ps-cef, the cross-entropy without its log); the other
two, ps-z3 and ps-a3, were refused at their align* line's \text column (below), neither called correct. By page: the
"10 Marks" notes 6 of 6, the backpropagation-with-example post 3 of 5, the MPI write-up 6 of 6, the Chinese art
article 5 of 7 as it came (6 of 7 as corrected, and its typo refused), the French TD 5 of 6, the problem set 3 of 7
(and its typo refused), the Ng notes 5 of 5, the chain-rule notes 6 of 6, the book chapter 4 of 7, the MXNet article
6 of 6.

The refusals by construct (9, and the typos'), with the exact message:

- 3, Markdown's escaped inline delimiters \\( ... \\) (the book chapter's list items, MathJax's \( \) written for a
  Markdown processor that eats one backslash): ch-d2: "formula '\\delta_2 = \\frac{\\partial L}{\\partial z_2} = (a_2 -
  y) \\s...': a backslash ends the formula (position 68), a statement continued (Python's \ at a line's end) with no
  line after it; write the statement's rest on the next line, or leave the backslash out" (ch-d1 at position 45 and
  ch-g at 55 the same);
- 3, an align* line whose formula is followed by & and a \text{...} remark (the problem set's shapes): ps-z2: "formula
  'z^{(2)} = xW^{(1)}+b^{(1)} \\text{with dimensions of W of ...': unknown symbol withdimensionsofWof; the notation
  knows W, \delta, \theta, a, b, x, y, z; give it a meaning in the notation's [notation.symbols], e.g.
  "withdimensionsofWof" = "a1[0]"" (ps-z3 the same, ps-a3 at "withdimensionsof");
- 2, \text{rowsum}(\delta_2), a sum over a mini-batch's rows written as a word in \text, which no notation meaning
  gives (docs/notation.md's operations have none): dz-g2: "formula '\\nabla_{b_2}=\\text{rowsum}(\\delta_2)': unknown
  symbol rowsum; the notation knows A, W, X, Z, \delta, b, m, y; give it a meaning in the notation's
  [notation.symbols], e.g. "rowsum" = "a1[0]"" (dz-g1 the same at \delta_1; their \nabla_{W} halves were not reached);
- 1, a function's definition with a dummy variable after \quad \text{avec } in a display: td-d1: "formula
  "\\sigma'(z)=\\sigma(z)(1-\\sigma(z))": z matches none of the notation's patterns for z ('z_{j}^{(1)}', 'z_{1}^{(2)}')"
  (the display's first equation, hidden unit 1's delta, not judged);
- the typos: ai-typo, refused at its numbers, not at the double superscript: "formula '\\frac{\\partial C}{\\partial
  W^{(1)}} = a^{(1-1)} \\cdot \\de...': '\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} \\cdot \\begin{bmatrix} -0.864
  \\\\ -0.864 \\end{bmatrix}^T' is a number, judged at the file's numbers, and this file has none ([data] x and y or
  labels)" (blind_batch.py: does not name it); ps-d2, refused at the sizes of W^{(2)}^T \delta^{(3)}: "formula
  "\\delta^{(2)} = (W^{(2)}^T \\delta^{(3)})\\circ \\sigma'(z^{(...": multiplies a 3 x 3 by a 1 x 3, whose sizes do not
  fit; write the factors so that the first has as many columns as the second has rows" (blind_batch.py counts it as
  naming it, the message quoting W^{(2)}^T; it reads the double superscript as W^{(2)T} and refuses the row
  convention's product, the page's second slip).

Read, among the constructs these pages brought: $\[ ... \]$ inline and \[ ... \] lines inside $$ (the MPI page), its
\times for the product entry by entry and y_hat - y called wrong for a sigmoid output; \tfrac{1}{m}, ^\top and a
trailing \in \mathbb{R}^{m \times 1}; rules over l with a^{(l-1)} at l = 1 the input (the Chinese article), its two
slips called wrong; \hat y without braces, w^{(1)}_{2,1} with the bias at index 0 and the TD's rounded numbers judged
at its weights (2.947629, -0.1043684); the problem set's \frac{dCE}{d\theta} with d for the derivative and its
cross-entropy without a log called wrong; Ng's align* lines with & and \\, .* and {g}' and the operator
\frac{\partial}{\partial \Theta_{ij}^{(l)}} J(\Theta) over three layers; the binary cross-entropy's derivative in
\left( ... \right); Python list comprehensions over the hidden units (delta1 = [W2[i] * delta2 * sigmoid_prime(z1[i])
for i in ...]) with the arrays named whole; row forms X \cdot W_1 + b_1 with f_1, f_2' declared.

Which look general (would appear in much homework): Markdown's escaped \\( ... \\) delimiters, the way Jekyll and
MkDocs pages keep MathJax's \( \) through the Markdown processor, refused as a code line's continuation; an align*
line's & \text{...} remark column after the formula, its words read as symbols; a batch sum written \text{rowsum} (or
np.sum(..., axis=0) in the code after it), which the notation format has no meaning for. Page-specific: the TD's
\sigma'(z) definition with a dummy z after \quad \text{avec }, refused where the display's first equation might have
been judged; and the two double superscripts (the pages' typos), refused at other points.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch140_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_BN = _STORED.format(71382931648, "Here are your notes on the Backpropagation Algorithm, cleaned up and formatted with "
                     "proper mathematical notation for easy reading and studying.",
                     "Markdown notes \"Backpropagation Algorithm for a Feedforward Neural Network — 10 Marks\": $$ "
                     "displays of the matrix forms")
_DZ = _STORED.format(16385754508, "---", "a Jekyll post \"Explaining Backpropagation with Example\" (front matter "
                     "first): a 2-3-1 network's vectorized backward pass in $ ... $ blocks")
_MP = _STORED.format(62838989, "## Simple Neural Network",
                     "a Markdown write-up of a sigmoid network and its parallelization with MPI4py: $\\[ ... \\]$ "
                     "formulas")
_AI = _STORED.format(9132508357, "",
                     "its first line spaces only; a Chinese Markdown article on large models in art creation section 4's "
                     "forward and backward formulas in $$ ... $$ lines")
_TD = _STORED.format(62221977861, "# TD3 — Apprentissage profond (MLP) — Correction",
                     "a French exercise sheet's correction: forward pass and backpropagation on a 2-2-1 network with "
                     "its numbers")
_PS = _STORED.format(16806860061, "% Problem Set 1 - Solutions",
                     "a Markdown write-up of a problem set's solutions (softmax, sigmoid gradients, a softmax-CE "
                     "network's error signals, word2vec)")
_NG = _STORED.format(417972337, "---", "a Jekyll post \"5 Neural Networks: Learning\" (front matter first): notes "
                     "on Andrew Ng's week 5 in an align* block")
_BC = _STORED.format(52250285293, "# Backpropagation and the Chain Rule",
                     "Markdown lecture notes: a sigmoid output under binary cross-entropy, $$ on lines of their own")
_CH = _STORED.format(57975429104, "# Chapter 8. Neural Network Basics & Backpropagation",
                     "a book chapter in Markdown: \\\\( ... \\\\) inline formulas and a Python two_layer_backward")
_MX = _STORED.format(8904534299, "",
                     "its first line spaces only; a Chinese Markdown article on MXNet's distributed training: a fully connected network's "
                     "formulas in $$ ... $$ lines")


def _rows(**sizes) -> tuple:
    rows = [{}]
    for letter, size in sizes.items():
        rows = [dict(row, **{letter: value}) for row in rows for value in range(size)]
    return tuple(rows)


def _d1(d2, j, outputs: int, slope: str = "a1[{j}]*(1 - a1[{j}])") -> str:
    """dL/dz1[j] of a sigmoid hidden layer from the output deltas d2(k) and W2."""
    total = " + ".join(f"{d2(k)}*W2[{k},{j}]" for k in range(outputs))
    return f"({total})*" + slope.format(j=j)


# a sigmoid output under half the squared error, one output
_S2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# an output whose delta is a - y (a linear output under half the squared error, a sigmoid under cross-entropy)
_L2 = "(a2[0] - y[0])"


def _sig1(d2: str) -> str:
    return _d1(lambda k: d2, "{j}", 1)


_S1 = _sig1(_S2)   # a 2-3-1 or 2-2-1 sigmoid network's hidden delta, j the hidden unit
_L1 = _sig1(_L2)


# the Chinese article's 2-2-2 network (layers from 1): delta^(2)_k and delta^(1)_j
def _ai2(k) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _ai1(j) -> str:
    return _d1(_ai2, j, 2)


def _ai_z() -> tuple:
    rows = [{"t": f"z1[{k}]", "m": f"W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}]"} for k in range(2)]
    rows += [{"t": f"z2[{k}]", "m": f"W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]"} for k in range(2)]
    return tuple(rows)


_AI_A = tuple({"t": f"a{n}[{k}]", "m": f"sigmoid(z{n}[{k}])"} for n in (1, 2) for k in range(2))
_AI_D = tuple({"t": t, "s": f"{t}*a{n}[{k}]*(1 - a{n}[{k}])"}
              for n, f in ((1, _ai1), (2, _ai2)) for k in range(2) for t in (f(k),))
# delta^(1) = delta^(2) W^(2): the sum without the hidden slope
_AI_DL = tuple({"j": j, "t": _ai1(j), "m": f"{_ai2(0)}*W2[0,{j}] + {_ai2(1)}*W2[1,{j}]"} for j in range(2))

# the French TD's network: hidden unit 1's delta, dL/dw^(1)_{2,1} (from input 2 to hidden 1: W1[0, 1])
_TD1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"

# the problem set's 3-3-3 softmax network under the cross-entropy
_PS_Z3 = tuple({"k": k} for k in range(3))

# Ng's 2-2-2-1 network under the logistic cost: delta^(4), delta^(3)_j, delta^(2)_j (layers 4, 3, 2 are a3, a2, a1)
_N3 = "(a3[0] - y[0])"


def _n2(j) -> str:
    return f"{_N3}*W3[0,{j}]*a2[{j}]*(1 - a2[{j}])"


def _n1(j) -> str:
    return f"({_n2(0)}*W2[0,{j}] + {_n2(1)}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"


def _ng_grads() -> tuple:
    rows = [{"p": f"W1[{i},{j}]", "m": f"x[{j}]*{_n1(i)}"} for i in range(2) for j in range(2)]
    rows += [{"p": f"W2[{i},{j}]", "m": f"a1[{j}]*{_n2(i)}"} for i in range(2) for j in range(2)]
    rows += [{"p": f"W3[0,{j}]", "m": f"a2[{j}]*{_N3}"} for j in range(2)]
    return tuple(rows)


_J2 = _rows(j=2)
_J3 = _rows(j=3)
_I2J2 = _rows(i=2, j=2)
_J3I2 = _rows(j=3, i=2)
_J2I2 = _rows(j=2, i=2)
_K3 = _rows(k=3)


def _upd(param: str, gradient: str) -> str:
    return f"{param} - eta*{gradient}"


ENTRIES = [
    # ---- the "10 Marks" notes ($$ on lines of their own): matrix forms with h^T, x^T, \odot; g' and f' of the sums --
    Public("x40-bn-dly", _BN, "b140_bn", "b140_bn", "$$\\frac{\\partial L}{\\partial\\hat{y}} = \\hat{y} - y$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=140,
           why="the half squared error's derivative by the output, a value; \\partial\\hat{y} without a space"),
    Public("x40-bn-do", _BN, "b140_bn", "b140_bn", "$$\\delta_o = (\\hat{y} - y)g'(z_o)$$", ((C,),),
           (Twin("value", _S2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=140,
           why="the output error term dL/dz_o; g' the output activation's slope at its sum"),
    Public("x40-bn-dw2", _BN, "b140_bn", "b140_bn", "$$\\frac{\\partial L}{\\partial W_2} = \\delta_o h^T$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_S2}*a1[{{j}}]",), _J3),), batch=140),
    Public("x40-bn-dh", _BN, "b140_bn", "b140_bn", "$$\\delta_h = (W_2^T\\delta_o) \\odot f'(z_h)$$", ((C,),),
           (Twin("value", _S1, (_S1,), _J3),), batch=140, why="W_2^T\\delta_o without a space, \\odot entry by entry"),
    Public("x40-bn-dw1", _BN, "b140_bn", "b140_bn", "$$\\frac{\\partial L}{\\partial W_1} = \\delta_h x^T$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_S1}*x[{{i}}]",), _J3I2),), batch=140),
    Public("x40-bn-b1", _BN, "b140_bn", "b140_bn", "$$b_1 \\leftarrow b_1 - \\eta\\delta_h$$", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _S1),), _J3),), batch=140,
           why="\\leftarrow for the step, \\eta\\delta_h without a space"),
    # ---- the blog post (a mini-batch's rows, one here; $ ... $ blocks, \tfrac, \top, rowsum, \nabla_{W}) ---------------
    Public("x40-dz-d2b", _DZ, "b140_dz", "b140_dz",
           "$\n\\delta_2 = \\frac{\\partial L}{\\partial Z_2} = \\frac{\\partial L}{\\partial A_2} = \\frac{1}{m}(A_2 - y) "
           "\\in \\mathbb{R}^{m \\times 1}\n$", ((C, C, C),),
           (Twin("value", _L2, (_L2, _L2, f"{_L2}/1")),), batch=140,
           why="the linear output's error term under L = 1/(2m) ||A_2 - y||^2 (m = 1 here); the shape \\in "
               "\\mathbb{R}^{m \\times 1} after it"),
    Public("x40-dz-d2", _DZ, "b140_dz", "b140_dz", "$\\delta_2=\\tfrac{1}{m}(A_2-y)$", ((C,),),
           (Twin("value", _L2, (f"{_L2}/1",)),), batch=140, why="the summary's line, \\tfrac"),
    Public("x40-dz-d1", _DZ, "b140_dz", "b140_dz", "$\\delta_1=(\\delta_2 W_2^\\top) \\odot (A_1 \\odot (1-A_1))$",
           ((C,),), (Twin("value", _L1, (_L1,), _J3),), batch=140,
           why="rows: delta_2 W_2^T is the row of dL/dA_1 (W_2 input-first); the slope written of the output"),
    Public("x40-dz-g2", _DZ, "b140_dz", "b140_dz",
           "$\\nabla_{W_2}=A_1^\\top\\delta_2,\\ \\nabla_{b_2}=\\text{rowsum}(\\delta_2)$", ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_L2}",), _J3), Twin("gradient", "b2[0]", (_L2,))), batch=140,
           why="two formulas on a line, joined by ,\\ ; rowsum the sum over the batch's rows (one here)"),
    Public("x40-dz-g1", _DZ, "b140_dz", "b140_dz",
           "$\\nabla_{W_1}=X^\\top\\delta_1,\\ \\nabla_{b_1}=\\text{rowsum}(\\delta_1)$", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_L1}",), _J3I2), Twin("gradient", "b1[{j}]", (_L1,), _J3)),
           batch=140),
    # ---- the MPI write-up ($\[ ... \]$ inline, \[ ... \] lines inside $$): delta_2 = y_hat - y for a SIGMOID output ----
    Public("x40-mp-loss", _MP, "b140_mp", "b140_mp",
           "$$\n\\[ L(\\hat{y}, y) = \\frac{1}{2N} \\sum_{i=1}^{N} (\\hat{y}_i - y_i)^2 \\]\n$$", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("(a2[0] - y[0])**2/2",)),), batch=140,
           why="the loss's definition over N samples (one here), a value; \\[ ... \\] inside $$"),
    Public("x40-mp-d2", _MP, "b140_mp", "b140_mp", "$\\[ \\delta_2 = \\hat{y} - y \\]$", ((W,),),
           (Twin("value", _S2, ("a2[0] - y[0]",)),), batch=140,
           why="MISTAKEN: the page calls delta_2 the derivative of the (half squared error) loss by z_2, but y_hat = "
               "sigma(z_2): the slope y_hat (1 - y_hat) is missing (y_hat - y is the cross-entropy's, or a linear "
               "output's)"),
    Public("x40-mp-d1", _MP, "b140_mp", "b140_mp", "$\\[ \\delta_1 = \\delta_2 \\cdot W_2^T \\times \\sigma'(z_1) \\]$",
           ((C,),), (Twin("value", _S1, (_S1,), _J3),), batch=140,
           why="\\times entry by entry (the page says so); delta_2 the output's error term as the notation names it"),
    Public("x40-mp-w2", _MP, "b140_mp", "b140_mp", "\\[ \\frac{\\partial L}{\\partial W_2} = a_1^T \\cdot \\delta_2 \\]",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_S2}",), _J3),), batch=140,
           why="a \\[ ... \\] line of a $$ block"),
    Public("x40-mp-b2", _MP, "b140_mp", "b140_mp", "\\[ \\frac{\\partial L}{\\partial b_2} = \\sum \\delta_2 \\]",
           ((C,),), (Twin("gradient", "b2[0]", (_S2,)),), batch=140,
           why="\\sum without limits: over the samples (one here)"),
    Public("x40-mp-u2", _MP, "b140_mp", "b140_mp",
           "\\[ W_2 = W_2 - \\alpha \\cdot \\frac{\\partial L}{\\partial W_2} \\]", ((C,),),
           (Twin("update", "W2[0,{j}]", (_upd("W2[0,{j}]", f"a1[{{j}}]*{_S2}"),), _J3),), batch=140,
           why="alpha the learning rate"),
    # ---- the Chinese article (two spaces, then $$ ... $$ on one line): rules over l; two slips and a typo -----------
    Public("x40-ai-z", _AI, "b140_ai", "b140_ai", "  $$ z^{(l)} = W^{(l)} \\cdot a^{(l-1)} + b^{(l)} $$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _ai_z()),), batch=140,
           why="a rule over l = 1, 2 (a^(0) the input)"),
    Public("x40-ai-a", _AI, "b140_ai", "b140_ai", "  $$ a^{(l)} = \\sigma(z^{(l)}) $$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _AI_A),), batch=140),
    Public("x40-ai-d", _AI, "b140_ai", "b140_ai",
           "  $$ \\delta^{(l)} = \\frac{\\partial C}{\\partial z^{(l)}} \\cdot \\sigma'(z^{(l)}) $$", ((W,),),
           (Twin("value", "{t}", ("{s}",), _AI_D),), batch=140,
           why="MISTAKEN: dC/dz^(l) already holds the slope; times sigma'(z^(l)) again it is dC/dz^(l) sigma'(z^(l)), "
               "not delta^(l) (the page's own dC/db^(1) = delta^(1) takes delta as dC/dz); one member, the product "
               "(first committed as two members, dC/dz^(l) and the product: the twin's slip, corrected after the "
               "blind run)"),
    Public("x40-ai-dl", _AI, "b140_ai", "b140_ai", "  $$ \\delta^{(l-1)} = \\delta^{(l)} \\cdot W^{(l)} $$", ((W,),),
           (Twin("value", "{t}", ("{m}",), _AI_DL),), batch=140,
           why="MISTAKEN: the next layer's error carried back through W^(l) without the hidden slope sigma'(z^(l-1)) "
               "(l = 2, the only layer with one before it)"),
    Public("x40-ai-typo", _AI, "b140_ai", "b140_ai",
           "  $$ \\frac{\\partial C}{\\partial W^{(1)}} = a^{(1-1)} \\cdot \\delta^{(1)}^T = \\begin{bmatrix} 1 & 2 \\\\ "
           "3 & 4 \\end{bmatrix} \\cdot \\begin{bmatrix} -0.864 \\\\ -0.864 \\end{bmatrix}^T = \\begin{bmatrix} -0.864 "
           "& -1.728 \\\\ -2.592 & -4.288 \\end{bmatrix} $$",
           unreadable="\\delta^{(1)}^T", batch=140,
           why="a double superscript (^{(1)}^T), which LaTeX refuses; the numbers besides are a 2 x 2 'input' the "
               "page's x = [1, 2, 3] is not"),
    Public("x40-ai-uw", _AI, "b140_ai", "b140_ai",
           "  $$ W^{(1)} = W^{(1)} - \\alpha \\cdot \\frac{\\partial C}{\\partial W^{(1)}} $$", ((C,),),
           (Twin("update", "W1[{j},{i}]", (_upd("W1[{j},{i}]", f"x[{{i}}]*{_ai1('{j}')}"),), _J2I2),), batch=140),
    Public("x40-ai-ub", _AI, "b140_ai", "b140_ai",
           "  $$ b^{(1)} = b^{(1)} - \\alpha \\cdot \\frac{\\partial C}{\\partial b^{(1)}} $$", ((C,),),
           (Twin("update", "b1[{j}]", (_upd("b1[{j}]", _ai1("{j}")),), _J2),), batch=140),
    # ---- the French TD ($$ on lines of their own, \hat y without braces, the page's numbers) -----------------------
    Public("x40-td-yhat", _TD, "b140_td", "b140_td",
           "$$\n\\hat y = z_1^{(2)} = w^{(2)}_{0,1} + w^{(2)}_{1,1}a_1^{(1)} + w^{(2)}_{2,1}a_2^{(1)}\n= 1 + 2\\cdot "
           "0.997527 - 1\\cdot 0.047426 \\approx 2.947629.\n$$", ((C, C, C, C),),
           (Twin("value", "a2[0]", ("z2[0]", "b2[0] + W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=1 + 2*0.997527 - 1*0.047426",
                                    "=2.947629")),), batch=140,
           why="the linear output at the page's weights and x = (2, 3), with its rounded numbers"),
    Public("x40-td-d2", _TD, "b140_td", "b140_td",
           "$$\n\\delta^{(2)} = \\frac{\\partial L}{\\partial z_1^{(2)}} = \\hat y - y.\n$$", ((C, C),),
           (Twin("value", _L2, (_L2, _L2)),), batch=140, why="a linear output: dL/dz = y_hat - y"),
    Public("x40-td-d1", _TD, "b140_td", "b140_td",
           "$$\n\\delta^{(1)}_1 = \\frac{\\partial L}{\\partial z_1^{(1)}}\n= \\delta^{(2)}\\, w^{(2)}_{1,1}\\, "
           "\\sigma'(z_1^{(1)}),\n\\quad \\text{avec } \\sigma'(z)=\\sigma(z)(1-\\sigma(z)).\n$$", ((C, C),),
           (Twin("value", _TD1, (_TD1, _TD1)),), batch=140,
           why="hidden unit 1's error term; the sigmoid's slope stated after \\quad \\text{avec }"),
    Public("x40-td-g", _TD, "b140_td", "b140_td",
           "$$\n\\frac{\\partial L}{\\partial w^{(1)}_{2,1}} = \\delta^{(1)}_1\\, x_2\n= (\\hat y-y)\\, w^{(2)}_{1,1}\\, "
           "\\sigma'(z_1^{(1)})\\, x_2.\n$$", ((C, C),),
           (Twin("gradient", "W1[0,1]", (f"{_TD1}*x[1]", f"{_TD1}*x[1]")),), batch=140,
           why="w^(1)_{2,1} from input 2 to hidden 1"),
    Public("x40-td-num", _TD, "b140_td", "b140_td",
           "$$\n\\frac{\\partial L}{\\partial w^{(1)}_{2,1}} \\approx -0.1043684.\n$$", ((C,),),
           (Twin("gradient", "W1[0,1]", ("=-0.1043684",)),), batch=140, why="the number at the page's weights"),
    Public("x40-td-u", _TD, "b140_td", "b140_td",
           "$$\n w^{(1)}_{2,1} \\leftarrow w^{(1)}_{2,1} - \\eta\\, \\frac{\\partial L}{\\partial w^{(1)}_{2,1}}.\n$$",
           ((C,),), (Twin("update", "W1[0,1]", (_upd("W1[0,1]", f"{_TD1}*x[1]"),)),), batch=140,
           why="eta the learning rate (the page gives none; 0.1 in the file)"),
    # ---- the problem set's write-up (row vectors; an align* block with & and \text, and a numbered list) -------------
    Public("x40-ps-ce", _PS, "b140_ps", "b140_ps", "So the  $\\frac{dCE}{d\\theta}=softmax(\\theta)-y$.", ((C,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=140,
           why="d for the derivative, theta the softmax's input (the output's sums), softmax unbraced"),
    Public("x40-ps-z2", _PS, "b140_ps", "b140_ps",
           "& z^{(2)} = xW^{(1)}+b^{(1)} & \\text{with dimensions of W of } n \\times m \\text{ and b of} 1 \\times m \\\\",
           ((C,),), (Twin("value", "z1[{k}]", ("x[0]*W1[{k},0] + x[1]*W1[{k},1] + x[2]*W1[{k},2] + b1[{k}]",), _K3),),
           batch=140, why="an align* line: & before the formula, the shapes in \\text after it, \\\\ at its end"),
    Public("x40-ps-z3", _PS, "b140_ps", "b140_ps",
           "& z^{(3)} = xW^{(2)}+b^{(2)} & \\text{with dimensions of W of } m \\times o \\text{ and b of} 1 \\times o \\\\",
           ((W,),), (Twin("value", "z2[{k}]", ("x[0]*W2[{k},0] + x[1]*W2[{k},1] + x[2]*W2[{k},2] + b2[{k}]",), _K3),),
           batch=140,
           why="MISTAKEN: the input x where the hidden output a^(2) was meant (z^(3) = a^(2) W^(2) + b^(2)); a value "
               "where n = m (3 here), a shape slip else"),
    Public("x40-ps-a3", _PS, "b140_ps", "b140_ps",
           "& a^{(3)} =  softmax(z^{(2)}) & \\text{with dimensions of } 1 \\times o \\\\", ((W,),),
           (Twin("value", "a2[{k}]", ("exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _K3),), batch=140,
           why="MISTAKEN: the softmax of the hidden sums z^(2) where z^(3) was meant"),
    Public("x40-ps-cef", _PS, "b140_ps", "b140_ps", "& CE(y,a^{(3)}) = -\\sum y_i a_i^{(3)}", ((W,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-(t[0]*a2[0] + t[1]*a2[1] + t[2]*a2[2])",)),), batch=140,
           why="MISTAKEN: the cross-entropy without its log (the page's own 2b writes -sum y_i log(y_hat_i)); a value"),
    Public("x40-ps-d3", _PS, "b140_ps", "b140_ps",
           "1. At $z^{(3)}$, the error signal is $\\delta^{(3)} = a^{(3)} - y$ and has dimension $(1 \\times o)$",
           ((C,),), (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=140,
           why="a list item's prose around three $ ... $ spans, the formula the middle one"),
    Public("x40-ps-d2", _PS, "b140_ps", "b140_ps",
           "3. At $z^{(2)}$, the error signal is $\\delta^{(2)} = (W^{(2)}^T \\delta^{(3)})\\circ \\sigma'(z^{(2)}) $ and "
           "has dimensions $(1 \\times m)$",
           unreadable="W^{(2)}^T", batch=140,
           why="a double superscript (W^{(2)}^T), which LaTeX refuses (the row convention wants delta^(3) W^(2)T "
               "besides)"),
    # ---- the notes on Ng's week 5 (an align* block: & before each line, \\ after, .* and {g}') ---------------------------
    Public("x40-ng-d4", _NG, "b140_ng", "b140_ng", "&\\delta_j^{(4)} = a_j^{(4)} - y_j \\\\", ((C,),),
           (Twin("value", _N3, ("a3[0] - y[0]",)),), batch=140,
           why="the output unit's delta (L = 4, one output here, j = 1) under the logistic cost"),
    Public("x40-ng-d3", _NG, "b140_ng", "b140_ng", "&\\delta^{(3)} = (\\Theta^{(3)})^T \\delta^{(4)} .* {g}'(z^{(3)}) \\\\",
           ((C,),), (Twin("value", _n2("{j}"), (_n2("{j}"),), _J2),), batch=140,
           why="Octave's .* entry by entry, {g}' the sigmoid's slope; the bias unit's delta left aside as the notes do"),
    Public("x40-ng-d2", _NG, "b140_ng", "b140_ng", "&\\delta^{(2)} = (\\Theta^{(2)})^T \\delta^{(3)} .* {g}'(z^{(2)}) \\\\",
           ((C,),), (Twin("value", _n1("{j}"), (_n1("{j}"),), _J2),), batch=140),
    Public("x40-ng-g3", _NG, "b140_ng", "b140_ng", "&{g}'(z^{(3)}) = a^{(3)} .* (1 - a^{(3)}) \\\\", ((C,),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]*(1 - a2[{j}])",), _J2),), batch=140,
           why="the slope at layer 3's sums written of its outputs, a value"),
    Public("x40-ng-dJ", _NG, "b140_ng", "b140_ng",
           "$$ \\frac{\\partial}{\\partial \\Theta_{ij}^{(l)}} J(\\Theta) = a_j^{(l)}\\delta_i^{(l+1)} $$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ng_grads()),), batch=140,
           why="a rule over l = 1, 2, 3 and the weights' i, j (from 1; lambda = 0); the derivative operator "
               "\\frac{\\partial}{\\partial ...} before J(\\Theta)"),
    # ---- the chain-rule notes ($$ on lines of their own; binary cross-entropy with a sigmoid output) ----------------
    Public("x40-bc-dly", _BC, "b140_bc", "b140_bc",
           "$$\n\\frac{\\partial L}{\\partial \\hat{y}} = - \\left( \\frac{y}{\\hat{y}} - \\frac{1-y}{1-\\hat{y}} "
           "\\right)\n$$", ((C,),),
           (Twin("value", "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))", ("-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0]))",)),),
           batch=140, why="the binary cross-entropy's derivative by the output, a value; \\left( ... \\right)"),
    Public("x40-bc-dyz", _BC, "b140_bc", "b140_bc",
           "$$\n\\frac{\\partial \\hat{y}}{\\partial z_2} = \\sigma(z_2)(1 - \\sigma(z_2)) = \\hat{y}(1 - \\hat{y})\n$$",
           ((C, C),), (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "a2[0]*(1 - a2[0])")),),
           batch=140, why="the output's derivative by its sum, a value"),
    Public("x40-bc-d2", _BC, "b140_bc", "b140_bc",
           "$$\n\\delta_2 = \\frac{\\partial L}{\\partial z_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot "
           "\\frac{\\partial \\hat{y}}{\\partial z_2}\n$$", ((C, C),), (Twin("value", _L2, (_L2, _L2)),), batch=140,
           why="the chain written as two derivatives"),
    Public("x40-bc-w2", _BC, "b140_bc", "b140_bc", "$$\n\\frac{\\partial L}{\\partial W_2} = \\delta_2 \\cdot a_1^T\n$$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_L2}*a1[{{j}}]",), _J3),), batch=140),
    Public("x40-bc-d1", _BC, "b140_bc", "b140_bc", "$$\n\\delta_1 = (W_2^T \\delta_2) \\odot f'(z_1)\n$$", ((C,),),
           (Twin("value", _L1, (_L1,), _J3),), batch=140, why="f the hidden activation (the sigmoid here)"),
    Public("x40-bc-w1", _BC, "b140_bc", "b140_bc", "$$\n\\frac{\\partial L}{\\partial W_1} = \\delta_1 \\cdot x^T\n$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_L1}*x[{{i}}]",), _J3I2),), batch=140),
    # ---- the book chapter (\\( ... \\) inline formulas continued on the next line in a numbered list; its Python) ----
    Public("x40-ch-d2", _CH, "b140_ch", "b140_ch",
           "1. **Output layer error**: \\\\(\\delta_2 = \\frac{\\partial L}{\\partial z_2} =\n   (a_2 - y) "
           "\\sigma'(z_2)\\\\) (the same form we saw in Chapter 2 — the", ((C, C),),
           (Twin("value", _S2, (_S2, _S2)),), batch=140,
           why="\\\\( ... \\\\) (Markdown's escaped \\( \\)), the formula continued on the next line; half the squared "
               "error's step (the exercise's L; the remark about cross-entropy is prose)"),
    Public("x40-ch-d1", _CH, "b140_ch", "b140_ch",
           "2. **Hidden layer error**: \\\\(\\delta_1 = (W_2 \\delta_2) \\odot\n   \\sigma'(z_1)\\\\) — the output "
           "layer's error \\\\(\\delta_2\\\\) is \"sent back\"", ((C,),),
           (Twin("value", _S1, (_S1,), _J2),), batch=140, why="W_2 the output's weight vector, delta_2 a scalar"),
    Public("x40-ch-g", _CH, "b140_ch", "b140_ch",
           "3. **Gradients**: \\\\(\\frac{\\partial L}{\\partial W_2} = \\delta_2 \\cdot\n   a_1^T\\\\), "
           "\\\\(\\frac{\\partial L}{\\partial W_1} = \\delta_1 \\cdot x^T\\\\)", ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", (f"{_S2}*a1[{{j}}]",), _J2),
            Twin("gradient", "W1[{j},{i}]", (f"{_S1}*x[{{i}}]",), _J2I2)), batch=140,
           why="two formulas in two \\\\( ... \\\\) spans"),
    Public("x40-ch-cd2", _CH, "b140_ch", "b140_ch", "    delta2 = (a2 - y_true) * sigmoid_prime(z2)", ((C,),),
           (Twin("value", _S2, ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=140,
           why="sigmoid_prime(x) = s (1 - s) with s = sigmoid(x): the slope at the sum"),
    Public("x40-ch-cd1", _CH, "b140_ch", "b140_ch",
           "    delta1 = [W2[i] * delta2 * sigmoid_prime(z1[i]) for i in range(len(z1))]", ((C,),),
           (Twin("value", _S1.replace("{j}", "{i}"), (f"W2[0,{{i}}]*{_S2}*sigmoid(z1[{{i}}])*(1 - sigmoid(z1[{{i}}]))",),
                 _rows(i=2)),), batch=140, why="a list comprehension over the hidden units"),
    Public("x40-ch-cw2", _CH, "b140_ch", "b140_ch", "    grad_W2 = [delta2 * a1[i] for i in range(len(a1))]", ((C,),),
           (Twin("gradient", "W2[0,{i}]", (f"{_S2}*a1[{{i}}]",), _rows(i=2)),), batch=140),
    Public("x40-ch-cb2", _CH, "b140_ch", "b140_ch", "    grad_b2 = delta2", ((C,),),
           (Twin("gradient", "b2[0]", (_S2,)),), batch=140),
    # ---- the MXNet article (three spaces, then $$ ... $$ on one line; rows, X \cdot W_1) ------------------------------
    Public("x40-mx-z1", _MX, "b140_mx", "b140_mx", "   $$ z_1 = X \\cdot W_1 + b_1 $$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J3),), batch=140),
    Public("x40-mx-h1", _MX, "b140_mx", "b140_mx", "   $$ h_1 = f_1(z_1) $$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=140, why="f_1 the hidden activation"),
    Public("x40-mx-z2", _MX, "b140_mx", "b140_mx", "   $$ z_2 = h_1 \\cdot W_2 + b_2 $$", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + b2[0]",)),), batch=140),
    Public("x40-mx-h2", _MX, "b140_mx", "b140_mx", "   $$ h_2 = f_2(z_2) $$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=140),
    Public("x40-mx-d2", _MX, "b140_mx", "b140_mx", "   $$ \\delta_2 = (h_2 - y) \\cdot f_2'(z_2) $$", ((C,),),
           (Twin("value", _S2, ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=140,
           why="f_2' the output activation's slope at its sum; half the squared error's step"),
    Public("x40-mx-b2", _MX, "b140_mx", "b140_mx", "   $$ \\frac{\\partial L}{\\partial b_2} = \\delta_2 $$", ((C,),),
           (Twin("gradient", "b2[0]", (_S2,)),), batch=140),
]
