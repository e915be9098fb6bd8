r"""Batch 119 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the pages and issues corpora, with this batch's emphasis on
languages other than English: Russian, Czech, Italian, Chinese, Japanese, Spanish), the pages' own where the corpus
serves a repository (read at the commit named): FUlyankin's Russian Jupyter Book "deep_learning_masha_book", two of its
problem pages on backpropagation, problem 2 "Придумываем бэкпроп" (a 1-1-1-1 chain: $$ on lines of their own,
aligned lines beginning with & and ending in \\, \hat y without braces, f' of a layer's sum) and problem 5 "Бэкпроп в
матричном виде" (w^k_{ij} with the superscript first, x_{i1} with the observation's letter i, the matrix form O_1 =
f(X W_1) with samples as rows), and the GitHub issue on problem 2 (#8: HTML <sub> subscripts, ∂ as the character);
core.cz's Czech know-how page on backpropagation (Python in code blocks, Czech # comments, X.dot(W1) with samples as
rows); Jackfnvpn's Italian Data Mining notebook "Reti neurali" (Markdown cells: $$ ... $$ after a list's
indentation or a + bullet, a comma inside the display, \boldsymbol, \in \mathbb{R}^h after the formula); five Chinese
threads of hanbt/learn_dl on its fc.py (#23, #15, #14, #3, #57: code lines in code blocks, proposals glued to Chinese
prose, a statement continued after a # comment, a commenter's typos); KIKAGAKU's Japanese issue #19 (each formula a
latex.codecogs.com image on a line of its own, the LaTeX in the address with &space; and &plus;); SolveConPython's
Spanish article "Añadiendo una capa oculta" (Python lines as the stored page keeps them, their indentation lost, @ for
the matrix product). Copied verbatim, typos and mistakes included (the JSON of the stored notebook decoded, the issues'
Markdown as the corpus stores it), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: the book's h_k, o_k, w_k and w_k^t
"new(W3[0, 0])" for a weight after the step; w^k_{ij} input-first with i the unit of the layer before, x_{ij} with
the sample's placeholder i that no meaning uses, the matrix names input-first "W_{1}" = "W1[:, :].T" and rows "O_{1}"
= "a1[:].T"; the code's names of gradients as what the page says they are, core.cz's dz2 = "grad(z2[:]).T" (its
"Gradient pro výstupní vrstvu"), whatever the line computing it writes; hanbt's delta_array and self.delta as the
code's -dE/dnet of the layer's outputs and of its inputs' units, self.W_grad = "-grad(W2[:, :])" (the update adds
it), self.activator.backward "sigmoid' at output"; KIKAGAKU's t the target and y the output; the Italian notes' d, h,
t the layers' sizes), a network of the kind the page describes (the book's chains with the sigmoid for f, no biases
and a linear output, as its own sigmoid paragraph and y_hat = o_2 w_3 say; sigmoid layers with biases for core.cz,
the Italian notes and hanbt, whose fc.py has them; ReLU hidden units with a linear output for KIKAGAKU, whose worked
line has z_11 = 0; tanh then sigmoid for SolveConPython, whose series' loss is the binary cross-entropy; all in
tests/public_formulas_batch119_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative of a sum by its weight or of an output by its sum
(\frac{\partial h_2}{\partial w_2}, \frac{\partial o_2}{\partial h_2}), a derivative by the output (\frac{\partial
L}{\partial y}), a code's gradients and error terms (dz2, dW2, da1, self.delta, self.W_grad, delta) and a loss's
definition are twinned as values, as in batches 14 to 116. Formulas keep their page's delimiters and what surrounds
them on their line (an aligned line's & and \\, a list's indentation and bullet, a code line's indentation and #
comment, the prose a formula is glued to, an <img> tag around a codecogs address); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 119

The batch: 51 formulas from 12 addresses (FUlyankin's problem 2 8, the issue on it 2, problem 5 8, core.cz 8, the
Italian notebook 6, hanbt/learn_dl #23 6, #15 1, #14 2, #3 1, #57 1, KIKAGAKU's issue 4, SolveConPython 4). 26 are
LaTeX (the book's 16: 8 in $$ blocks on lines of their own, 8 aligned lines with & and \\; the Italian notes' 6 $$
... $$ on list lines; KIKAGAKU's 4 codecogs images), 2 plain text with HTML <sub> (the issue on the book), 23 Python
lines (core.cz 8, hanbt's threads 11, SolveConPython 4).

13 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the book's problem 2, x9-ms-w3, x9-ms-w2 and x9-ms-w1, \frac{\partial L}{\partial w_k} = \frac{\partial L}{\partial
  \hat y} \cdot \frac{\partial \hat y}{\partial w_k} = (y - \hat{y}) \cdot ...: dL/dy_hat of L = 1/2 (y - y_hat)^2 is
  y_hat - y; the last member of each has the sign slipped (its chain member right);
- problem 5's x9-mm-yslip, \hat{y}_i = w_1^3 \cdot f( w^1_{12} \cdot o^1_{i1} + w^1_{22} \cdot o^1_{i2}) + w_2^3
  \cdot f( w^1_{12} \cdot o^1_{i1} + w^1_{22} \cdot o^1_{i2}): layer 1's weights inside layer 2, and the same pair for
  both of its units;
- core.cz's x9-cz-dz2, dz2 = a2 - y  # derivace MSE loss: the output layer's sum under the squared error with sigmoid
  units has dL/dz2 = (a2 - y) a2 (1 - a2); a2 - y is the logistic loss's (the lines after it are right for dz2 as
  named);
- the Italian notes' x9-it-zO, $$ z_k^{OUT}=\sum_{k=1}^d w_{kj}^Ha_k^H+b_j^{OUT},$$: output j's sum written z_k,
  with the hidden layer's weights w^H and a sum to d, the inputs' count (the matrix form two cells later, W^{OUT}
  a^H + b^{OUT}, is right);
- hanbt #23's x9-h23-wg2 and x9-h23-bg2, self.W_grad = np.dot(self.delta, self.input.T) and self.b_grad =
  self.delta: the asker's proposal, the layer below's error term for this layer's; x9-h23-dout (ghoulich's) and #15's
  x9-h15-dout, self.delta = self.activator.backward(self.output) * np.dot(self.W.T, delta_array): the slope of this
  layer's outputs where its inputs' belongs (the code's self.input, as shironeko1337's reply in #15 works out);
  #14's x9-h14-fwd, self.activator.backward(self.activator.forward(input)): the sigmoid of an output already a
  sigmoid's;
- KIKAGAKU's x9-kk-L, L = (t-y): the loss quoted without its square; x9-kk-dy, \frac{\partial L}{\partial y} = 2(t -
  w_{7}z_{11} - w_{8}z_{12}): the tutorial's derivative with the inner derivative's sign lost (the asker's point);
- mistyped (unreadable): the book's x9-ms-typo, \frac{\partial L}{\partial w_2} = \frac{\partial L}{\hat y} \cdot ...:
  a fraction whose numerator is a derivative's and whose denominator has no \partial (unreadable="\frac{\partial
  L}{\hat y}");
- mistyped (unreadable): hanbt #3's x9-h3-typo, delta 应该是等于 self.activator.backward(self.ouput) * np.dot(self.W.T,
  delta_arry) 吧，...: self.ouput and delta_arry, names the code has not (unreadable="self.ouput").

Not mistaken, though they look it: hanbt's own line self.delta = self.activator.backward(self.input) * np.dot(self.W.T,
delta_array) (#23's x9-h23-delta and #14's x9-h14-code), which three threads call a slip: the layer's input is the
layer below's output, whose slope the error term it hands back needs; self.W_grad = np.dot(delta_array,
self.input.T) and self.b_grad = delta_array (-dE/dW and -dE/db, which the update adds); core.cz's dW2, db2, da1 and
dz1 (right for dz2 as the page names it, dL/dz2; its slip is dz2's own line); problem 5's \frac{\partial L}{\partial
W_3} = ... = O_2^T \cdot d (d = dL/dy_hat, the line before's); problem 2's update w_3^t = w_3^{t-1} - \eta \cdot
\frac{\partial L}{\partial w_3}(w_3^{t-1}) (the derivative written with the point it is taken at); the issue #8's
\partial(h_2)/\partial(w_2) = o_1 and the page's own (the issue reports an earlier slip there that the stored page no
longer has); KIKAGAKU's x9-kk-dy2, the asker's -2(t - ...), right for the squared error.

What was left out: the book's problem 2: its part в (the same three gradients with \boxed around the repeated
factors), the L(w_1, w_2, w_3) display, the updates of w_2 and w_1 (the same rule), the sigmoid's derivative in a
multline, the lines of its algorithm that rebind d (d = d \cdot \frac{\partial \hat y}{\partial o_2} ..., one name
for three quantities) and the second \frac{\partial L}{\hat y} display (the same typo, with w_2 on the left where w_1
is derived); problem 5: o^1_{i1} = f(h_{i1}^1), the multline expansion of y_hat (the same slip as x9-mm-yslip), the
pmatrix product and the d lines for W_2 and W_1 (d rebound); core.cz: a2 = sigmoid(z2) (the page's ninth line) and the
dW1 line, which the stored page's opening cuts off, and the sigmoid def; the Italian notes: the bmatrix displays with
\cdots, the costs O(h \cdot d) and the dimensions \in \mathbb{R}^{h \times d}; hanbt's threads: samchild's
self.NextLayer.W (a name "only to show the next layer's weights", which no notation can give), #57's comments (y*(1-y)
(t-y) with no left side) and the lines the threads repeat; KIKAGAKU's eqnarray images (\begin{eqnarry}, a typo, with
the tutorial's numbers, which the issue cuts off); SolveConPython's backward lines, which the stored page runs
together on one line cut off at db2 = dZ2.sum(axis=. Pages read and not taken: bcxiaobai's Chinese code with a real
slip (d_w1 = (d_w5 + d_w6) * ..., an earlier batch's address) and its copy on weizhi.cc; guevara/read-it-later #9285
(a copy of #12462, an earlier batch's); the Persian Wikipedia's diffs (two <math> formulas of one neuron);
testhelp.link's Russian exercise, methodart.fr, markus-scherg.de, wiki.yauis.de, quark-xp.ru, jvvp512.tistory.com and
some thirty other candidates earlier batches already held.

Collected on 2026-12-06 (23:12 to 23:20 by the machine's clock, the oracle's runs included). Every notation was loaded
(notation_loading.load_notation, on its network) before the run, without judging a formula: 7 of 8 loaded as first
written; hanbt #57's was refused by the loader for the format, not a meaning: the function name
"self.layers[-1].activator.backward" ("is not an element-wise activation's derivative and where it is taken; write
... a word naming a derivative (... a word of letters, digits and underscores, or a dotted one ...)"), so it names the
helper by its last two words, "activator.backward". The oracle's first run (47 entries, before KIKAGAKU's issue was
added) passed every verdict as first transcribed; it failed twice on the tables, not a verdict: x9-h57-delta named its
notation's key as its network's (b119_hn for b119_hb), and MINIMUM_SIZE counted 12 addresses where the batch then had
11. The second run, all 51, passed with every verdict as first transcribed.

Run blind at main a4d9ff3 (/work/READY_FOR_BLIND47; src/ as at a00cc67, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch119_blind.txt): 43 of 51 read with every verdict
right (84%), 5 refused, 2 typos refused, no typo read, 1 misread, no crash, NO WRONG FORMULA CALLED CORRECT. None of
the refusals or the misreading was a slip of the notations (none counts from the wrong number, none names a quantity
the page does not mean: hanbt #57's helper is named by its last two words because the loader refused its whole name,
a format, and the misreading's w_3^{t-1} is the page's), so the batch was run once.

Of the 13 mistaken formulas, 11 were read, each with its wrong member called wrong (the book's three sign slips,
x9-ms-w3, x9-ms-w2 and x9-ms-w1, with their chain members called right; problem 5's x9-mm-yslip; core.cz's x9-cz-dz2;
the Italian notes' x9-it-zO; hanbt #23's x9-h23-wg2, x9-h23-bg2 and x9-h23-dout; KIKAGAKU's x9-kk-L and x9-kk-dy); the
other 2 were refused, #15's x9-h15-dout and #14's x9-h14-fwd, both at the Chinese prose glued to them (below), neither
called correct. By page: FUlyankin's problem 2 6 of 8 (and its typo refused), the issue on it 1 of 2, problem 5 8 of
8, core.cz 8 of 8, the Italian notebook 6 of 6, hanbt #23 6 of 6, #15 0 of 1, #14 1 of 2, #3 (its typo refused), #57
0 of 1, KIKAGAKU's issue 3 of 4, SolveConPython 4 of 4.

The misreading (1, a right formula called wrong; none the other way):

- the book's x9-ms-upd, w_3^t = w_3^{t-1} - \eta \cdot \frac{\partial L}{\partial w_3}(w_3^{t-1}) \\: the derivative
  written with the point it is taken at, (w_3^{t-1}), read as a factor: check compared -eta (a3 - y) W3 a2 + W3 with
  the step -eta (a3 - y) a2 + W3 and gave wrong; the page's is the gradient step.

The refusals by construct (5, and the typos'), with the exact message:

- 2, Chinese prose glued to a code line with a full-width comma or none: #14's x9-h14-fwd, 应该是笔误了，应该是self.delta =
  ...: "formula '应该是笔误了, 应该是self.delta = self.activator.backward(self.acti...': unexpected at ',' (position 7);
  a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
  \quad C = D)"; #15's x9-h15-dout, 是否应该改成self.delta = ...: "formula '是否应该改成self.delta =
  self.activator.backward(self.output) *...': unknown symbol 是否应该改成self.delta; the notation knows \delta, input,
  self.W, self.W_grad, self.b, self.b_grad, self.delta, self.input; give it the quantity of symbols.md it stands for in
  the notation's [notation.symbols] ("是否应该改成self.delta" = ...), or, where its dot is a product, write
  是否应该改成self*delta";
- 1, a word after the formula behind a comma, the issue's x9-i8-h2, h<sub>2</sub> = o<sub>1</sub> * w<sub>2</sub>,
  следовательно: "formula 'h_{2} = o_{1} * w_{2}, следовательно': unexpected at ',' (position 22); a comma after a
  member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)"
  (the <sub> tags themselves read, as x9-i8-dh2 shows);
- 1, an HTML entity in a codecogs address, KIKAGAKU's x9-kk-y, ...?y&space;=&space;w_{7}&space;z_{11}&space;&plus;&
  space;w_{8}&space;z_{12}: "formula 'y = w_{7} z_{11} plus; w_{8} z_{12}': unexpected at ';' (position 23); a
  semicolon after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A =
  B, \quad C = D)" (&space; decoded, &plus; left as the word plus;);
- 1, a method called on a list's element, hanbt #57's x9-h57-delta, delta =
  self.layers[-1].activator.backward(self.layers[-1].output) * (label - self.layers[-1].output): "formula 'delta =
  self.layers[-1].activator.backward(self.layers[-1...': self.layers[].activator.backward(...): a method called on an
  object, which the notation does not name; name it in the notation's functions ("self.layers[].activator.backward" =
  "sigmoid" or a derivative word's "sigmoid' at input"), or its value in [notation.symbols]" (the loader refuses that
  whole name with its [-1]; the notation names "activator.backward");
- the typos: x9-ms-typo, "formula '\frac{\partial L}{\partial w_2} = \frac{\partial L}{\hat ...': the denominator of
  a partial derivative starts with \partial at '\hat' (position 53)" (which blind_batch.py reports as not naming
  \frac{\partial L}{\hat y}, though it points at the missing \partial before \hat y); x9-h3-typo, "formula 'delta
  应该是等于 self.activator.backward(self.ouput) * np.dot(...': has no left side; write the equation (\frac{\partial
  L}{\partial w} = ...) or name the parameter with --param" (which blind_batch.py reports as naming it: the message
  quotes self.ouput, though what it says is that the Chinese "应该是等于" (should equal) stands where an = would).

Read, among the constructs these pages brought: Jupyter Book aligned lines with & and \\ (two tabs before & once), a
1-1-1-1 chain's f'(f(x \cdot w_1) \cdot w_2) of a layer's sum and \hat y without braces, the superscript before the
subscript (h^1_{i1}, w^1_{21}) with the observation's letter i, matrices input-first named whole (X\cdot W_1, O_2^T
\cdot d); HTML <sub> in a plain-text derivative ∂(h<sub>2</sub>)/∂(w<sub>2</sub>); Czech # comments after code,
X.dot(W1), a1.T.dot(dz2), np.sum(dz2, axis=0) and a code gradient named by what the page says it is, its wrong line
called wrong and the right ones after it right; Italian $$ ... $$ after list indentation and + bullets with a comma
inside, \boldsymbol vectors and \in \mathbb{R}^h after the formula, and a sum whose bound letter is the left side's
index (x9-it-zO called wrong); hanbt's self.activator.backward declared "sigmoid' at output", np.dot(self.W.T,
delta_array), a statement continued after a # comment in Chinese; codecogs images with &space; (x9-kk-L, x9-kk-dy,
x9-kk-dy2); SolveConPython's @ and np.tanh on lines that lost their indentation.

Which look general (would appear in much homework): a derivative written with the point it is taken at,
\frac{\partial L}{\partial w}(w^{t-1}) (read as a product: the one misreading); prose glued to a formula in a thread,
in Chinese with a full-width comma or no space, or after it behind a comma (three refusals); HTML entities other than
&space; in codecogs addresses (&plus;); a method called through a list's element, self.layers[-1].activator.backward
(...), which neither the loader nor the reader takes as a name. Page-specific: the book's \frac{\partial L}{\hat y}
and the thread's self.ouput (their typos).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch119_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_FU = "https://github.com/FUlyankin/deep_learning_masha_book ({}, commit 9892438)"
_MS = _FU.format("problem_set_03_backprop/problem_02.md")
_MM = _FU.format("problem_set_03_backprop/problem_05.md")
_I8 = "https://github.com/FUlyankin/deep_learning_masha_book/issues/8"
_CZ = "https://core.cz/know-how/ai-backpropagation.html"
_IT = "https://github.com/Jackfnvpn/Uni (3anno/DataMining/Laboratorio/NN/NN.ipynb, commit 27ab48c)"
_H23 = "https://github.com/hanbt/learn_dl/issues/23"
_H15 = "https://github.com/hanbt/learn_dl/issues/15"
_H14 = "https://github.com/hanbt/learn_dl/issues/14"
_H3 = "https://github.com/hanbt/learn_dl/issues/3"
_H57 = "https://github.com/hanbt/learn_dl/issues/57"
_KK = "https://github.com/kikagaku/KIKAGAKU_Issues/issues/19"
_ES = ("https://solveconpython.com/redes-neuronales/anadiendo-una-capa-oculta-en-python-construyendo-una-red-"
       "neuronal-real")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_J2K2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

# FUlyankin's problem 2: x -> o1 = f(w1 x) -> o2 = f(w2 o1) -> y_hat = w3 o2, L = 1/2 (y - y_hat)^2
_MS_A1 = "sigmoid(x[0]*W1[0,0])"
_MS_A2 = f"sigmoid({_MS_A1}*W2[0,0])"

# FUlyankin's problem 5: the hidden outputs of both layers written out from the input
_MM_A1 = "sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1])"
_MM_A2 = ("sigmoid(sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1])*W2[{k},0] + sigmoid(x[0]*W1[1,0] + x[1]*W1[1,1])*W2[{k},1])")
_MM_Y = " + ".join(f"W3[0,{k}]*" + _MM_A2.format(k=k) for k in range(2))

# a 2-3-2 sigmoid network under half the squared error (core.cz's): dL/dz2[k], dL/d a1[j]
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_A1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"

# hanbt's output layer (3-2-2 sigmoid network): -dE/dz2[k] (delta_array), -dE/dz1[j] (self.delta)
_HD2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_HD2j = "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])"
_HW = "(W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(y[1] - a2[1])*a2[1]*(1 - a2[1]))"
_HD1 = f"a1[{{j}}]*(1 - a1[{{j}}])*{_HW}"
_HD1k = _HD1.replace("{j}", "{k}")


def _it_z_out() -> tuple:
    """z_k^{OUT} = sum_{k=1}^d w_{kj}^H a_k^H + b_j^{OUT} for k, j = 1, 2: the left side's k output k's sum, the
    right side's sum over the hidden inputs' first d = 2 units with the hidden layer's weights w_{kj}^H."""
    rows = []
    for k in range(2):
        for j in range(2):
            member = " + ".join(f"W1[{q},{j}]*a1[{q}]" for q in range(2)) + f" + b2[{j}]"
            rows.append({"k": k + 1, "j": j + 1, "t": f"z2[{k}]", "m": member})
    return tuple(rows)


ENTRIES = [
    # ---- FUlyankin's problem 2 (Russian, a Jupyter Book's Markdown): $$ on lines of their own, aligned lines
    # beginning with & and ending in \\, f' of a layer's sum, \hat y without braces; the sign of dL/dy_hat slipped
    # in the three gradients' last members -------------------------------------------------------------------------
    Public("x9-ms-yhat", _MS, "b119_ms", "b119_ms", "$$\n\\hat y_i = f(f(x_i \\cdot w_1) \\cdot w_2) \\cdot w_3.\n$$",
           ((C,),), (Twin("value", "a3[0]", (f"{_MS_A2}*W3[0,0]",)),), batch=119,
           why="the network as a composite function for observation i (one here)"),
    Public("x9-ms-w3", _MS, "b119_ms", "b119_ms",
           "        & \\frac{\\partial L}{\\partial w_3} =  \\frac{\\partial L}{\\partial \\hat y} \\cdot "
           "\\frac{\\partial \\hat y}{\\partial w_3} =  (y - \\hat{y})  \\cdot f(f(x\\cdot w_1) \\cdot w_2) \\\\",
           ((C, W),), (Twin("gradient", "W3[0,0]", ("(a3[0] - y[0])*a2[0]", f"(y[0] - a3[0])*{_MS_A2}")),),
           batch=119,
           why="dL/dy_hat of L = 1/2 (y - y_hat)^2 is y_hat - y: the last member's (y - y_hat) has the sign slipped"),
    Public("x9-ms-w2", _MS, "b119_ms", "b119_ms",
           "        & \\frac{\\partial L}{\\partial w_2} =  \\frac{\\partial L}{\\partial \\hat y} \\cdot "
           "\\frac{\\partial \\hat y}{\\partial w_2} =  (y - \\hat{y}) \\cdot  w_3 \\cdot f'(f(x\\cdot w_1) \\cdot w_2) "
           "\\cdot f(x\\cdot w_1) \\\\", ((C, W),),
           (Twin("gradient", "W2[0,0]", ("(a3[0] - y[0])*W3[0,0]*a2[0]*(1 - a2[0])*a1[0]",
                                         f"(y[0] - a3[0])*W3[0,0]*a2[0]*(1 - a2[0])*{_MS_A1}")),),
           batch=119, why="the same sign slip; f' of the layer's sum, the sigmoid's slope there"),
    Public("x9-ms-w1", _MS, "b119_ms", "b119_ms",
           "        & \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat y} \\cdot "
           "\\frac{\\partial \\hat y}{\\partial w_1} =  (y - \\hat{y})  \\cdot  w_3 \\cdot f'(f(x\\cdot w_1) \\cdot w_2) "
           "\\cdot w_2 \\cdot  f'(x\\cdot w_1) \\cdot x \\\\", ((C, W),),
           (Twin("gradient", "W1[0,0]",
                 ("(a3[0] - y[0])*W3[0,0]*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",
                  "(y[0] - a3[0])*W3[0,0]*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]")),),
           batch=119, why="the same sign slip"),
    Public("x9-ms-upd", _MS, "b119_ms", "b119_ms",
           "    & w_3^t = w_3^{t-1} - \\eta \\cdot \\frac{\\partial L}{\\partial w_3}(w_3^{t-1}) \\\\", ((C,),),
           (Twin("update", "W3[0,0]", ("W3[0,0] - eta*(a3[0] - y[0])*a2[0]",)),), batch=119,
           why="w^t after the step, w^{t-1} before it; the derivative written with the point it is taken at"),
    Public("x9-ms-dh2", _MS, "b119_ms", "b119_ms",
           "$$\n\\frac{\\partial h_2}{\\partial w_2} = \\frac{\\partial (o_1 \\cdot w_2)}{\\partial w_2} = o_1.\n$$",
           ((C, C),), (Twin("value", "a1[0]", ("a1[0]", "a1[0]")),), batch=119,
           why="the sum's derivative by its weight, a value; a product inside the numerator's parentheses"),
    Public("x9-ms-do2", _MS, "b119_ms", "b119_ms",
           "$$\n\\frac{\\partial o_2}{\\partial h_2} = \\sigma'(h_2) = \\sigma(h_2) \\cdot (1 - \\sigma(h_2)) = "
           "o_2 \\cdot (1 - o_2).\n$$", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",) * 3),), batch=119,
           why="the output's derivative by its sum, a value"),
    Public("x9-ms-typo", _MS, "b119_ms", "b119_ms",
           "$$\n\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\hat y} \\cdot \\frac{\\partial \\hat y}"
           "{\\partial o_2} \\cdot \\frac{\\partial o_2}{\\partial h_2} \\cdot \\frac{\\partial h_2}{\\partial w_2} = "
           "d \\cdot \\boxed{ \\frac{\\partial \\hat y}{\\partial o_2} \\cdot \\frac{\\partial o_2}{\\partial h_2} } "
           "\\cdot \\frac{\\partial h_2}{\\partial w_2}.\n$$",
           unreadable="\\frac{\\partial L}{\\hat y}", batch=119,
           why="\\frac{\\partial L}{\\hat y}: a fraction whose numerator is a derivative's and whose denominator has "
               "no \\partial (the page's typo, again in the next display)"),
    # ---- the issue on that page (Russian, GitHub's HTML <sub> for the subscripts, ∂ as the character) ------------
    Public("x9-i8-h2", _I8, "b119_ms", "b119_ms", "h<sub>2</sub> = o<sub>1</sub> * w<sub>2</sub>, следовательно",
           ((C,),), (Twin("value", "z2[0]", ("a1[0]*W2[0,0]",)),), batch=119,
           why="HTML <sub> subscripts; a Russian word after the formula (\"hence\")"),
    Public("x9-i8-dh2", _I8, "b119_ms", "b119_ms",
           "∂(h<sub>2</sub>)/∂(w<sub>2</sub>) = ∂(o<sub>1</sub>*w<sub>2</sub>) / ∂(w<sub>2</sub>) = o<sub>1</sub>",
           ((C, C),), (Twin("value", "a1[0]", ("a1[0]", "a1[0]")),), batch=119,
           why="∂(h)/∂(w) in plain text, a value"),
    # ---- FUlyankin's problem 5 (Russian): w^k_{ij} with the layer above, x_{i1} with the observation's letter i,
    # the matrix form with X W_1 (rows); one slip: layer 1's weights inside layer 2 ------------------------------------
    Public("x9-mm-h1", _MM, "b119_mm", "b119_mm",
           "    & h^1_{i1} = w^1_{11} \\cdot x_{i1} +  w^1_{21} \\cdot x_{i2} \\\\", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=119,
           why="the superscript written before the subscript; i the observation"),
    Public("x9-mm-o11", _MM, "b119_mm", "b119_mm",
           "    & o^1_{i1} = f( w^1_{11} \\cdot x_{i1} +  w^1_{21} \\cdot x_{i2}) \\\\", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=119),
    Public("x9-mm-o12", _MM, "b119_mm", "b119_mm",
           "    & o^1_{i2} = f( w^1_{12} \\cdot x_{i1} +  w^1_{22} \\cdot x_{i2}). \\\\", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1])",)),), batch=119),
    Public("x9-mm-yhat", _MM, "b119_mm", "b119_mm",
           "$$\n\\hat{y}_i = w_1^3 \\cdot o^2_{i1} + w_2^3 \\cdot o^2_{i2}.\n$$", ((C,),),
           (Twin("value", "a3[0]", ("W3[0,0]*a2[0] + W3[0,1]*a2[1]",)),), batch=119),
    Public("x9-mm-yslip", _MM, "b119_mm", "b119_mm",
           "$$\n\\hat{y}_i = w_1^3 \\cdot f( w^1_{12} \\cdot o^1_{i1} +  w^1_{22} \\cdot o^1_{i2}) + w_2^3 \\cdot "
           "f( w^1_{12} \\cdot o^1_{i1} +  w^1_{22} \\cdot o^1_{i2}).\n$$", ((W,),),
           (Twin("value", "a3[0]", ("W3[0,0]*sigmoid(W1[1,0]*a1[0] + W1[1,1]*a1[1]) + "
                                    "W3[0,1]*sigmoid(W1[1,0]*a1[0] + W1[1,1]*a1[1])",)),), batch=119,
           why="o^2 written out with layer 1's weights w^1_{12}, w^1_{22} where layer 2's are meant, and the same pair "
               "for both units (o^2_1 takes w^2_{11}, w^2_{21}): the page's slip"),
    Public("x9-mm-O1", _MM, "b119_mm", "b119_mm", "$$\nO_1 = f(H_1) = f(X\\cdot W_1).\n$$", ((C, C),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", _MM_A1), _J2),), batch=119,
           why="the layer as a row, X W_1 with W_1 input-first"),
    Public("x9-mm-yM", _MM, "b119_mm", "b119_mm", "$$\n\\hat{y} = f(f(X\\cdot W_1) \\cdot W_2) \\cdot W_3.\n$$",
           ((C,),), (Twin("value", "a3[0]", (_MM_Y,)),), batch=119),
    Public("x9-mm-W3", _MM, "b119_mm", "b119_mm",
           "\t\t&  \\frac{\\partial L}{\\partial W_3} = \\frac{\\partial L}{\\partial \\hat y} \\cdot "
           "\\frac{\\partial \\hat y}{\\partial W_3} = O_2^T \\cdot d.", ((C, C),),
           (Twin("gradient", "W3[0,{j}]", ("(a3[0] - y[0])*a2[{j}]", "a2[{j}]*(a3[0] - y[0])"), _J2),), batch=119,
           why="two tabs before &; d = dL/dy_hat, the line before's; W_3 the page's input-first column"),
    # ---- core.cz (Czech, Python in the page's code blocks, four-space indentation, # comments in Czech): samples as
    # rows, X.dot(W1); dz2 = a2 - y called the MSE's derivative, the sigmoid's slope left out ----------------------
    Public("x9-cz-z1", _CZ, "b119_cz", "b119_cz", "    z1 = X.dot(W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J3),), batch=119),
    Public("x9-cz-a1", _CZ, "b119_cz", "b119_cz", "    a1 = sigmoid(z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=119),
    Public("x9-cz-z2", _CZ, "b119_cz", "b119_cz", "    z2 = a1.dot(W2) + b2", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]",), _K2),),
           batch=119),
    Public("x9-cz-dz2", _CZ, "b119_cz", "b119_cz", "    dz2 = a2 - y  # derivace MSE loss", ((W,),),
           (Twin("value", _D2, ("a2[{k}] - y[{k}]",), _K2),), batch=119,
           why="the page's \"derivace MSE loss\" for the output layer's sum of sigmoid units: dL/dz2 = (a2 - y) a2 (1 - "
               "a2) (with the 2 of an unhalved mean besides); a2 - y leaves out the sigmoid's slope (the logistic "
               "loss's delta, not the squared error's)"),
    Public("x9-cz-dW2", _CZ, "b119_cz", "b119_cz", "    dW2 = (1/m) * a1.T.dot(dz2)", ((C,),),
           (Twin("value", f"{_D2}*a1[{{j}}]", (f"(1/1)*a1[{{j}}]*{_D2}",), _J3K2),), batch=119,
           why="dz2 as the page names it, dL/dz2 (the line's own step is right; the slip is dz2's)"),
    Public("x9-cz-db2", _CZ, "b119_cz", "b119_cz", "    db2 = (1/m) * np.sum(dz2, axis=0)", ((C,),),
           (Twin("value", _D2, (f"(1/1)*{_D2}",), _K2),), batch=119, why="a sum over the samples (rows), one here"),
    Public("x9-cz-da1", _CZ, "b119_cz", "b119_cz", "    da1 = dz2.dot(W2.T)", ((C,),),
           (Twin("value", _A1, (_A1,), _J3),), batch=119),
    Public("x9-cz-dz1", _CZ, "b119_cz", "b119_cz", "    dz1 = da1 * a1 * (1 - a1)  # derivace sigmoidu", ((C,),),
           (Twin("value", f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])", (f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),),
           batch=119),
    # ---- Jackfnvpn's notebook (Italian Markdown cells: $$ ... $$ after a list's indentation or a + bullet, a comma
    # inside the display, \boldsymbol, \in \mathbb{R}^h after the formula); one slip in the output layer's sum -------
    Public("x9-it-zH", _IT, "b119_it", "b119_it", "  $$ z_k^H=\\sum_{i=1}^d w_{ki}^Hx_i+b_k^H,$$ ", ((C,),),
           (Twin("value", "z1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}]",),
                 tuple({"k": k} for k in range(3))),), batch=119,
           why="w_{ki}^H glued to x_i; the sum to d"),
    Public("x9-it-aH", _IT, "b119_it", "b119_it", "  $$ a_k^H=\\sigma(z_k^H),$$ ", ((C,),),
           (Twin("value", "a1[{k}]", ("sigmoid(z1[{k}])",), tuple({"k": k} for k in range(3))),), batch=119),
    Public("x9-it-zO", _IT, "b119_it", "b119_it", "  $$ z_k^{OUT}=\\sum_{k=1}^d w_{kj}^Ha_k^H+b_j^{OUT},$$ ",
           ((W,),), (Twin("value", "{t}", ("{m}",), _it_z_out()),), batch=119,
           why="output j's sum written z_k^{OUT} with the hidden layer's weights w_{kj}^H, its sum over k = 1 ... d (the "
               "inputs' count) where the hidden units, 1 ... h, and w_{jk}^{OUT} were meant: the notes' slip (the "
               "matrix form below writes W^{OUT} a^H + b^{OUT})"),
    Public("x9-it-aO", _IT, "b119_it", "b119_it", "  $$ a_j^{OUT}=\\sigma(z_j^{OUT}),$$ ", ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])",), _J2),), batch=119),
    Public("x9-it-zHv", _IT, "b119_it", "b119_it",
           "    + $$ \\boldsymbol{z}^H = W^H \\boldsymbol{x} + \\boldsymbol{b}^H \\in \\mathbb{R}^h $$", ((C,),),
           (Twin("value", "z1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}]",),
                 tuple({"k": k} for k in range(3))),), batch=119,
           why="a nested bullet; \\in \\mathbb{R}^h after the formula"),
    Public("x9-it-zOv", _IT, "b119_it", "b119_it",
           "  + $$\\boldsymbol{z}^{OUT} = W^{OUT} \\boldsymbol{a}^H + \\boldsymbol{b}^{OUT} \\in \\mathbb{R}^t$$",
           ((C,),), (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]",),
                           _J2),), batch=119),
    # ---- hanbt/learn_dl #23 (Chinese thread on fc.py's backward): code blocks, one line each; the asker's and a
    # commenter's proposals are the wrong ones -------------------------------------------------------------------------
    Public("x9-h23-delta", _H23, "b119_hb", "b119_hb",
           "self.delta = self.activator.backward(self.input) * np.dot(self.W.T, delta_array)", ((C,),),
           (Twin("value", _HD1, (_HD1,), _J2),), batch=119,
           why="the code's line: the error term of the layer below (its units' outputs are this layer's input, so the "
               "sigmoid's slope is taken of self.input), -dE/dz1"),
    Public("x9-h23-wg", _H23, "b119_hb", "b119_hb", "self.W_grad = np.dot(delta_array, self.input.T) ", ((C,),),
           (Twin("value", f"{_HD2}*a1[{{j}}]", (f"{_HD2}*a1[{{j}}]",), _J2K2),), batch=119,
           why="-dE/dW2 (the update adds it), entry k, j"),
    Public("x9-h23-bg", _H23, "b119_hb", "b119_hb", "self.b_grad = delta_array", ((C,),),
           (Twin("value", _HD2, (_HD2,), _K2),), batch=119),
    Public("x9-h23-wg2", _H23, "b119_hb", "b119_hb", "self.W_grad = np.dot(self.delta, self.input.T) ", ((W,),),
           (Twin("value", f"{_HD2}*a1[{{j}}]", (f"{_HD1k}*a1[{{j}}]",), _J2K2),), batch=119,
           why="the asker's proposal: self.delta is the layer below's error term, not this layer's (FatCockHu's and "
               "ghoulich's replies): wrong"),
    Public("x9-h23-bg2", _H23, "b119_hb", "b119_hb", "self.b_grad = self.delta", ((W,),),
           (Twin("value", _HD2, (_HD1k,), _K2),), batch=119, why="the asker's proposal for the bias: wrong"),
    Public("x9-h23-dout", _H23, "b119_hb", "b119_hb",
           "self.delta = self.activator.backward(self.output) * np.dot(self.W.T, delta_array)", ((W,),),
           (Twin("value", _HD1, (f"a2[{{j}}]*(1 - a2[{{j}}])*{_HW}",), _J2),), batch=119,
           why="ghoulich's proposal: the slope of this layer's outputs where the layer below's (self.input) belongs "
               "(shironeko1337's analysis in #15): wrong"),
    # ---- hanbt/learn_dl #15, #14, #3, #57 (Chinese threads on the same lines; prose around a formula, a comment
    # inside a statement continued on the next line, a typo) -----------------------------------------------------------
    Public("x9-h15-dout", _H15, "b119_hb", "b119_hb",
           "是否应该改成self.delta = self.activator.backward(self.output) * np.dot( self.W.T, delta_array)", ((W,),),
           (Twin("value", _HD1, (f"a2[{{j}}]*(1 - a2[{{j}}])*{_HW}",), _J2),), batch=119,
           why="\"should it be changed to\" glued to the formula; the same wrong proposal as #23's"),
    Public("x9-h14-code", _H14, "b119_hb", "b119_hb",
           "        self.delta = self.activator.backward(self.input) * np.dot(      # 为什么这里是input 而不是output呢？\n"
           "            self.W.T, delta_array)   ", ((C,),),
           (Twin("value", _HD1, (_HD1,), _J2),), batch=119,
           why="the statement continued after a # comment (\"why input here and not output?\"), the code's right line"),
    Public("x9-h14-fwd", _H14, "b119_hb", "b119_hb",
           "应该是笔误了，应该是self.delta = self.activator.backward(self.activator.forward(input)) * np.dot( self.W.T, "
           "delta_array)才对。", ((W,),),
           (Twin("value", _HD1, (f"sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))*{_HW}",), _J2),), batch=119,
           why="a commenter's fix: the sigmoid of the layer's input (already a sigmoid's output) put through the slope: "
               "wrong"),
    Public("x9-h3-typo", _H3, "b119_hb", "b119_hb",
           "delta 应该是等于 self.activator.backward(self.ouput) * np.dot(self.W.T, delta_arry) 吧，你写成了  input 。",
           unreadable="self.ouput", batch=119,
           why="self.ouput and delta_arry: names the code has not (output and delta_array were meant), the "
               "commenter's typos"),
    Public("x9-h57-delta", _H57, "b119_hb", "b119_hn",
           "        delta = self.layers[-1].activator.backward(self.layers[-1].output) * (label - "
           "self.layers[-1].output)", ((C,),),
           (Twin("value", _HD2, (f"a2[{{k}}]*(1 - a2[{{k}}])*(y[{{k}}] - a2[{{k}}])",), _K2),), batch=119,
           why="the output layer's error term y (1 - y)(t - y), -dE/dz2, which the asker asks about"),
    # ---- KIKAGAKU's issue #19 (Japanese): each formula a codecogs image on a line of its own, the LaTeX in the
    # address's query with &space; and &plus;; the tutorial's L lost its square and its dL/dy its sign ------------------
    Public("x9-kk-L", _KK, "b119_kk", "b119_kk", '<img src="https://latex.codecogs.com/gif.latex?L&space;=&space;(t-y)">',
           ((W,),), (Twin("value", "(y[0] - a2[0])**2", ("y[0] - a2[0]",)),), batch=119,
           why="the loss as the issue quotes the tutorial, (t - y) without its square (the derivative below is the "
               "squared error's): a value, wrong"),
    Public("x9-kk-y", _KK, "b119_kk", "b119_kk",
           '<img src="https://latex.codecogs.com/gif.latex?y&space;=&space;w_{7}&space;z_{11}&space;&plus;&space;'
           'w_{8}&space;z_{12}">', ((C,),), (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),),
           batch=119),
    Public("x9-kk-dy", _KK, "b119_kk", "b119_kk",
           '<img src="https://latex.codecogs.com/gif.latex?\\frac{\\partial&space;L}{\\partial&space;y}&space;=&space;'
           '2(t&space;-&space;w_{7}z_{11}&space;-&space;w_{8}z_{12})">', ((W,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(y[0] - W2[0,0]*a1[0] - W2[0,1]*a1[1])",)),), batch=119,
           why="the tutorial's dL/dy as the issue quotes it: the sign of the inner derivative lost (the asker's point)"),
    Public("x9-kk-dy2", _KK, "b119_kk", "b119_kk",
           '<img src="https://latex.codecogs.com/gif.latex?\\frac{\\partial&space;L}{\\partial&space;y}&space;=&space;'
           '-2(t&space;-&space;w_{7}z_{11}&space;-&space;w_{8}z_{12})">', ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("-2*(y[0] - W2[0,0]*a1[0] - W2[0,1]*a1[1])",)),), batch=119,
           why="the asker's correction"),
    # ---- SolveConPython (Spanish): Python lines as the stored page keeps them, their indentation lost, @ for the
    # matrix product, np.tanh ------------------------------------------------------------------------------------
    Public("x9-es-Z1", _ES, "b119_es", "b119_es", "Z1 = X @ W1 + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J4),), batch=119),
    Public("x9-es-A1", _ES, "b119_es", "b119_es", "A1 = np.tanh(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J4),), batch=119),
    Public("x9-es-Z2", _ES, "b119_es", "b119_es", "Z2 = A1 @ W2 + b2", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + a1[3]*W2[0,3] + b2[0]",)),),
           batch=119),
    Public("x9-es-yhat", _ES, "b119_es", "b119_es", "y_hat = sigmoid(Z2)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=119),
]
