r"""Batch 50 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used (the code corpus: Intipy's post on a single perceptron,
Korean prose around single-dollar LaTeX; Markdown notes deriving backpropagation in their own letters ("## quick
mafs", o^l_j the sum, gamma the activation, O^L and A^L the layer's vectors); a note deriving the gradient of the
negative log-likelihood of logistic regression; RoyKwonn's post on a 2-2-2 sigmoid network with names in Hangul;
French notes on Rashid's "Make Your own neural network"; Lochane's README in French plain text; a NumPy script with
Chinese docstrings backpropagating a linear + sigmoid layer in rows; a 2016 Jekyll post deriving softmax under the
cross-entropy; a Markdown answer on ReLU's backward pass in Ng's letters with the layer in code's brackets, z[1];
an Obsidian note on tanh's derivative inside a callout; a Python TanhLayer class and its docstring),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (no page works an example with numbers; both in tests/public_formulas_batch50_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (agreeing with every verdict
written down, on its first run) and committed before check was. Every notation was loaded with its network before
check ran on any formula (backprop.symbolic.notation_loading.load_notation), reading none of the batch's formulas:
two patterns outside the spec's grammar were taken out then (see below). Eight files are stored in the code corpus
without their repository's name; they are cited by their ids (the three repositories' texts were checked against
their mirrors at the cited commits). A local derivative (dy/da, da/dw, dO^L/dw^L_{ij}, dy_k/dz_i, dA/dZ,
d(tanh x)/dx) and a derivative by an activation or an input (dError/dy, dError/dx, dE/dy) are twinned as values, as
in batches 14 to 48. Formulas keep their page's delimiters and what surrounds them on their line ($...$ and $$...$$,
a Markdown table's row, a list's "* ", a line's indentation in code and under a list item, a tab, a callout's "> ",
trailing spaces); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 50

The batch: 55 formulas, 31 values (forward values and losses; local derivatives: dError/dy, dy/da, da/dw, dError/dx
by the input, dE/dy, dy/dO^L, dO^L/dw^L_{ij}, d오차y_out/dy_o1, dy_o1/d가중합_3, the softmax's jacobian in three entries,
dA/dZ = sech**2(Z) = 1/cosh**2(Z), ReLU'(z[1]) as cases; gamma(o^l_i) over two layers; O^L = o^L_j = ...), 6 deltas
(dJ_i/dz_i twice, dL_dz, dC/dz_i, self.dZ, dz[1]), 10 gradients, 5 updates, and 3 lines of two claims (z_i and p_i
joined by \qquad, the \boxed vectorized gradients, tanh's eqnarray). 42 are LaTeX (\frac{\partial xw + b}{\partial
w} without parentheses, \sigma'(a), \; \colon=, a "\" ending a line inside $...$, \partial{E} with braces,
\gamma{(O^L)}, \equiv, \qquad between two claims, J(w,b) and J_i, \Big[ \Big], \big[ \big], \left( \right), \nabla_w
J, \boxed, X^\top, \mathbf{1}^\top, Hangul names glued to Latin letters (d오차y_{out}, d가중합_{3}), \therefore, w_{31}
(t + 1) and w_{31}t, sigmoid as a word, \sum_j inside a rule over the weight's j, \text{new } and \text{old }, the
indicator 1\{k = i\}, subscripts holding a condition (y_{k=i}, z_{k \not= i}), plain TeX's {... \over ...}, a bare
\sum whose range the prose gives, \displaystyle \Huge, eqnarray with &=& and an empty row, tanh as letters; \( $...$
\) inside prose, z[1] and A[0], \text{ReLU}, \max(0, z[1]), \odot, cases), 13 plain text or code (w1*x1 + ... +
wn*xn, a table's row with a code span, dL/dw_i, sigma'(z), f(Wx + b), a list's "* w = w - lr * dL/dw";
np.exp(-np.clip(z, -500, 500)), names dL_da, da_dz, dL_dz, x.T @ dL_dz, np.sum(..., axis=0, keepdims=True), -=; a
docstring's sech**2(Z), self.A, self.dZ, np.multiply, np.cosh(self.Z)**-2).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- the quick-mafs notes' E=\frac{1}{2}(x-y)^2: x, the network's input, for the target t (the notes write
  E=\frac{1}{2}(t-y)^2 a few lines below);
- the quick-mafs notes' O^L\equiv o^L_j=b^L_j+\sum_{k=0}^{N^L}{a^{L-1}_k w^L_{kj}}: the sum over the previous
  layer's nodes bounded by N^L, the output layer's size (1), so k = 0, 1 of three hidden nodes (the first member,
  o^L_j, is right);
- RoyKwonn's y_{o1} = \frac{1}{2}(y_{t1} - y_{o1})^{2}: the output's error (오차y_{o1}, as the next lines write it)
  written as the output itself;
- RoyKwonn's \frac{dy_{o1}}{d가중합_{3}} = y_{h1}, under "(3)", whose factor is d가중합_3/dw_31: dy_o1/d가중합_3
  is y_o1 (1 - y_o1), as "(2)" says;
- RoyKwonn's update w_{31} (t + 1) = w_{31}t - \frac{d 오차 y_{out}}{dw_{31}}: no learning rate;
- the Rashid notes' \frac{\partial E}{\partial w_{jk}} = \frac{\partial }{\partial w_{jk}} (t_k - o_k): the
  derivative of t_k - o_k for that of E = \sum (t_k - o_k)^2 (the next line has its -2 (t_k - o_k));
- the softmax post's -\sum_{k=1}^K t_k 1\{k = i\} + \sum_{k=1}^K y_i: \sum_k t_k y_i written \sum_k y_i, K y_i
  (its first, third and fourth members are right).

Not mistaken, though they look it: the quick-mafs notes' \gamma'(o^l_j)(y_j-t_j)a_i^{L-1} for the output layer's
weights, with the lower-case layer letter l (the spec's default: the layer of the parameter being checked, L here);
Lochane's dL/dw_i = (a - y) * sigma'(z) * x_i, the gradient of 1/2 (a - y)^2 (the README names no loss; the network
takes that one); the Rashid notes' sums over j inside a rule whose j is the weight's own (sigmoid(\sum_j w_{jk}
o_j) is o_k); the softmax post's 0\sum e^{z_j} (the quotient rule's 0 kept).

What the spec could not express, which a page needed: the Hangul names of RoyKwonn's post. The spec's base is "a
letter, a Greek letter, a decorated letter such as \hat{y}, or a name such as SEE", which seems to allow 가중합 (a
name of Korean letters); the loader refused the patterns "가중합_{1}" ... "가중합_{4}" and "오차y_{oi}", "cannot read
'가' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum); write a symbol such as
O_{k}^{1}", so they were taken out (the loss names "오차y_{out}" and "오차dy_{out}" load, as names the loader does
not parse); 4 of the page's 5 entries write such a name. The negative log-likelihood note's \mathbf{1}, the vector
of ones: a bold digit, no base under the spec (the loader: "[notation] symbols.'\\mathbf{1}': is not one symbol;
write a base with an optional subscript and superscript, e.g. a_{ik}^{0}"); taken out too (with one example it is
the number 1). Both removals were made before check judged any formula of the batch. Open to question, though the
spec seems to allow them: the Rashid notes' letters j and k written literally in the patterns (the hidden and the
output layer, as docs/notation.md advises for a course whose letters have fixed roles); the negative
log-likelihood note's x_{i} = x[:] and p_{i} = a1[0] with i the example's placeholder (one example), and J_i among
the loss's names; the NumPy script's da_dz named as the expression (a1[:]*(1 - a1[:])).T it computes.

Nothing was fixed from this batch.

Collected on 2026-12-05 from 01:13 to 01:27 by the machine's clock and run blind once at main 4fd14b3
(/work/READY_FOR_BLIND12), with nothing under src/ changed (/work/batch50_blind.txt): 37 of 55 read with every verdict
right (67%), 18 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was at a pattern of the
notations (the two outside the grammar had been taken out before, see above), so there was no second run.

Of the 7 mistaken formulas, 5 read with every verdict right (the quick-mafs notes' E with x and their sum bounded by
N^L, RoyKwonn's y_{o1} = its error, the Rashid notes' derivative of t_k - o_k, the softmax post's \sum_k y_i, each
called wrong where the oracle finds it wrong) and 2 were refused (RoyKwonn's dy_o1/d가중합_3 = y_h1 and his update
without a learning rate, at their Hangul). By kind of claim: values 21 of 31, deltas 5 of 6, gradients 8 of 10,
updates 2 of 5, lines of two claims 1 of 3. LaTeX against plain text: the 42 in LaTeX read 28 (67%), the 13 in plain
text or code 9 (69%). By page: Intipy 7 of 8, the quick-mafs notes 4 of 7, the NLL note 5 of 6, RoyKwonn 1 of 5, the
Rashid notes 4 of 5, Lochane 4 of 5, the Chinese NumPy script 4 of 5, the softmax post 4 of 6, the ReLU note 3 of 4,
the tanh note 0 of 1, the TanhLayer class 1 of 3.

The refusals by construct (18), with the exact message:

- 4, Hangul letters in a name (RoyKwonn: d오차y_{out}, d가중합_{3}, d 오차 y_{out}): "cannot read '오' at position 19;
  write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (roykwon-dE-dyo1; -dyo1-slip at '가', -dE-dw31,
  -update). The notation could not name them either (see above). General: a student writing in Korean, Chinese or
  Japanese names quantities in their own script;
- 2, a "\" ending a line inside $...$ (MathJax in Markdown, a line break): "cannot read '\\' at position 15; write the
  formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (mafs-gamma; mafs-dE-dw at position 41). Page-specific
  (a Markdown habit of one author), though "\\" would be general;
- 2, a function's power written before its argument, sech**2(Z) and np.cosh(self.Z)**-2 on a layer's vector Z:
  "raises a vector or matrix to a power in sech(Z)^2; write its entries" (tanhlayer-dA-dZ; tanhlayer-dZ with
  "cosh(self.Z)^-2"). General: elementwise powers of a vector are how NumPy code (and its docstrings) write them;
- 2, a subscript holding a condition on the index, y_{k=i} and y_{k \not= i}: "y_{k=i} matches none of the
  notation's patterns for y ('y_{i}')" (smxce-dy-dz-same; -other with "y_{k\not=i}"). Fairly general in softmax
  derivations (the two cases of the jacobian), though rarer than writing k = i in words;
- 1, \colon= for the assignment (with \; before it): "the command \colon is not part of a formula check can read at
  '\\colon' (position 5); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols"
  (intipy-update-w). General: \colon= is the careful TeX for :=;
- 1, \gamma the notation's function written with a space before its prime and with braces around its argument,
  \gamma '(O^L) and \gamma{(O^L)}: "unknown symbol \gamma; the notation knows A, N, O, a, b, o, t, w; give it a
  meaning in the notation's [notation.symbols], e.g. "\gamma" = "a1[0]"" (mafs-dy-dO; the notation names \gamma in
  functions). Page-specific spacing, but a function's name in functions reported as an unknown symbol is worth a look;
- 1, two claims in one \boxed joined by ", \qquad": "unexpected at ',' (position 25); a comma after a member is no
  product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)" (nll-boxed;
  nll-z-p, the same ", \qquad" outside \boxed, read). General enough (\boxed around a result);
- 1, \text{new } w_{jk} = \text{old } w_{jk} - ...: "unknown symbol new; the notation knows o, t, w; give it a meaning
  in the notation's [notation.symbols], e.g. "new" = "a1[0]"" (myonn-update). General: new and old as words before
  the name (docs/notation.md reads W_{\text{new}}, w(\text{new}));
- 1, a Markdown table's row around a code span, | Sigmoïde | `sigma(z) = ...` | (0,1) |: "cannot read 'ï' at position
  8" (lochane-sigmoid-row). Page-specific layout, though formulas in tables are common in READMEs;
- 1, np.clip inside np.exp: "np.clip is not a function check reads at 'n' (position 22); write np.exp, np.log,
  np.sqrt, np.maximum(0, u), np.pow(u, 2) or an activation by its name, or name it in the notation's functions"
  (lsbwd-a). General in NumPy code (a numerically safe sigmoid);
- 1, a cases block on a layer's vector, ReLU'(z[1]) = 1 if z[1] > 0, 0 if z[1] \leq 0: "a case distinction whose
  conditions are about vectors; write one entry" (relunote-cases). General: Ng-style notes write ReLU' so on the
  layer's z;
- 1, an Obsidian callout's "> " before every line of a $$ block: "unexpected at '>' (position 1)" (tanhobs-derivative).
  General in Obsidian notes (callouts are how they box a result).

Read, among the constructs these pages brought: Intipy's Error as the loss and \frac{\partial xw + b}{\partial w}; the
quick-mafs notes' \partial{E} with braces, O^L \equiv o^L_j with its sum's wrong bound called wrong, E with x called
wrong; the NLL note's ", \qquad" between two claims, J(w,b), \Big[, \left(, \nabla_w J over the example's sum; the
Rashid notes' literal j and k, sigmoid as a word, \sum_j inside the weight's rule; Lochane's w1*x1 + ... + wn*xn,
sigma'(z), f(Wx + b), "* w = w - lr * dL/dw"; the Chinese script's dL_dz names in rows, x.T @ dL_dz, np.sum(...,
axis=0, keepdims=True); the softmax post's y_i(z_i), 1\{k = i\} and its \sum_k y_i called wrong; the ReLU note's
\( $...$ \) in prose, z[1], A[0], \max(0, z[1]); the TanhLayer's self.A = np.tanh(Z).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch50_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_INTIPY = "https://github.com/Intipy/Intipy.github.io (_posts/2021-10-16-backpropagation.md, commit 01dff61)"
_MAFS = _STORED.format(5662062142, "# Backprop", "Markdown notes deriving backpropagation, \"## quick mafs\"")
_NLL = _STORED.format(41541580822, "# Gradient of the Negative Log-Likelihood for Logistic Regression",
                      "a Markdown note")
_ROY = "https://github.com/RoyKwonn/DeepLearning-DSC (week05/2021-02-02-Back-propagation.md, commit 38f6666)"
_MYO = _STORED.format(34395985272, "# Make Your own neural network in Python",
                      "French notes on Rashid's book, in Markdown")
_LOCH = "https://github.com/Lochane/multilayer-perceptron (README.md, commit e437514)"
_LSB = _STORED.format(21310473505, "反向传播 (Backpropagation) - 仅实现反向传播",
                      "a NumPy script with Chinese docstrings")
_SMX = _STORED.format(44547979789, "Derivative of softmax under Cross-Entropy Error function",
                      "a Jekyll post, 2016-05-11")
_RELU = _STORED.format(41433554885, "The equation \\( $dz[1] = dA[1] \\odot ReLU'(z[1])$ \\) comes from the chain rule",
                       "a Markdown answer on ReLU's backward pass")
_TANH = _STORED.format(25859794651, "tanh(x) = \\dfrac{e^z-e^{-z}}{e^z+e^{-z}}", "an Obsidian note on tanh")
_TLAY = _STORED.format(44025502926, "class TanhLayer:", "a Python tanh layer with docstrings")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_J3 = tuple({"j": j} for j in range(3))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_KI3 = tuple({"k": k, "i": i} for k in range(3) for i in range(3))
_KI3_OTHER = tuple(values for values in _KI3 if values["k"] != values["i"])
_L_I = ({"l": 1, "i": 0}, {"l": 1, "i": 1}, {"l": 1, "i": 2}, {"l": 2, "i": 0})

# Intipy's perceptron: dError/da, sigma'(a) = y (1 - y)
_ID = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# the quick-mafs notes' output delta
_MD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# RoyKwonn's output delta of n3 (dError/d(sum of n3))
_RD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# Lochane's and the Chinese script's sigmoid deltas with 1/2 (a - y)^2
_LD = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_CD = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
# Rashid's o_k written out, sigmoid(sum_j w_jk o_j)
_OK = "sigmoid(W2[{k},0]*a1[0] + W2[{k},1]*a1[1])"
# the softmax post's sum of e^{z_j}
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
# e^x + e^{-x} and e^x - e^{-x} of the tanh note, x the unit's sum
_EP = "(exp(z1[0]) + exp(-z1[0]))"
_EM = "(exp(z1[0]) - exp(-z1[0]))"

ENTRIES: list[Public] = [
    # ---- Intipy's post (Korean prose): one perceptron in single $...$, \frac with \partial and a word for the
    # loss (Error), \frac{\partial xw + b}{\partial w} without parentheses, \sigma'(a), \; \colon= -----------------
    Public("intipy-a", _INTIPY, "b50_intipy", "b50_intipy", "$a = xw + b $", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=50),
    Public("intipy-error", _INTIPY, "b50_intipy", "b50_intipy", r"$Error = \frac{1}{2} (y - t)^2$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),), batch=50),
    Public("intipy-dE-dy", _INTIPY, "b50_intipy", "b50_intipy",
           r"$\frac{\partial Error}{\partial y} = \frac{\partial \frac{1}{2} (y-t)^2}{\partial y} = y - t$", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "a1[0] - y[0]")),), batch=50,
           why="dError/dy, a derivative by the output, judged as a value"),
    Public("intipy-da-dw", _INTIPY, "b50_intipy", "b50_intipy",
           r"$\frac{\partial a}{\partial w} = \frac{\partial xw + b}{\partial w} = x$", ((C, C),),
           (Twin("value", "x[0]", ("x[0]", "x[0]")),), batch=50,
           why="\\partial xw + b over \\partial w, the derivative of xw + b (the page's parentheses left out)"),
    Public("intipy-dE-dw", _INTIPY, "b50_intipy", "b50_intipy",
           r"$\frac{\partial Error}{\partial w} = \frac{\partial Error}{\partial y} \cdot \frac{\partial y}{\partial a}"
           r" \cdot \frac{\partial a}{\partial w} = (y-t)\sigma'(a)x$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_ID}*x[0]", f"{_ID}*x[0]")),), batch=50),
    Public("intipy-sigmoid-slope", _INTIPY, "b50_intipy", "b50_intipy",
           r"$\frac{\partial y}{\partial a}= \frac{\partial \sigma(a)}{\partial a} = \sigma(a)(1-\sigma(a)) = y(1-y)$",
           ((C, C, C),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",) * 3),), batch=50),
    Public("intipy-update-w", _INTIPY, "b50_intipy", "b50_intipy",
           r"$w \; \colon= w - \alpha \frac{\partial Error}{\partial w}$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=50),
    Public("intipy-dE-dx", _INTIPY, "b50_intipy", "b50_intipy",
           r"$\frac{\partial Error}{\partial x} = \frac{\partial Error}{\partial y} \cdot \frac{\partial y}{\partial a}"
           r" \cdot \frac{\partial a}{\partial x} = (y-t)\sigma'(a)w$", ((C, C),),
           (Twin("value", f"{_ID}*W1[0,0]", (f"{_ID}*W1[0,0]", f"{_ID}*W1[0,0]")),), batch=50,
           why="dError/dx, by the input (what the layer passes back), a value"),
    # ---- the "quick mafs" notes (stored): single $ around lines of their own, a "\" ending a line (MathJax's line
    # break in Markdown), \partial{E} with braces, gamma the activation, O^L and A^L the layer's vectors, o^l_j with
    # the layer letter l at the output, E written with x, and a sum bounded by the wrong layer's size ----------------
    Public("mafs-gamma", _MAFS, "b50_mafs", "b50_mafs", "$\\gamma(o^l_i)=\\\n\\frac{1}{1+e^{-o^l_i}}\n$", ((C,),),
           (Twin("value", "a{l}[{i}]", ("1/(1 + exp(-z{l}[{i}]))",), _L_I),), batch=50,
           why="a rule over the layer l and the node i; followed on the next line by \", honestly the idea of using"
               " o.min(0.0) felt better...\" (left out)"),
    Public("mafs-E-x", _MAFS, "b50_mafs", "b50_mafs", r"$E=\frac{1}{2}(x-y)^2$", ((W,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(x[0] - a2[0])**2/2",)),), batch=50,
           why="x, the network's input, for the target t: the page writes E=\\frac{1}{2}(t-y)^2 a few lines below"),
    Public("mafs-dE-dy", _MAFS, "b50_mafs", "b50_mafs", r"$\frac{\partial{E}}{\partial{y}}=y-t$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=50, why="dE/dy by the output, a value"),
    Public("mafs-dy-dO", _MAFS, "b50_mafs", "b50_mafs",
           "$\n\\frac{\\partial{y}}{\\partial{O^L}}=\n\\frac{\\partial{A^L}}{\\partial{O^L}}=\n\\gamma '(O^L)="
           "\\gamma{(O^L)}(1-\\gamma (O^L))$", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",) * 3),), batch=50,
           why="followed on the next line by \", the derivative of the sigmoid fn\" (left out)"),
    Public("mafs-dO-dw", _MAFS, "b50_mafs", "b50_mafs", r"$\frac{\partial{O^L}}{\partial{w^L_{ij}}}={a_i^{L-1}}$",
           ((C,),), (Twin("value", "a1[{i}]", ("a1[{i}]",), _I3),), batch=50,
           why="a local derivative, a rule over the hidden node i (j = 0, the one output)"),
    Public("mafs-dE-dw", _MAFS, "b50_mafs", "b50_mafs",
           "$\n\\frac{\\partial{E}}{\\partial{w^L_{ij}}}\n=\\\n\\frac{\\partial{E}}{\\partial{y}}\n"
           "\\frac{\\partial{y}}{\\partial{O^L}}\n\\frac{\\partial{O^L}}{\\partial{w^L_{ij}}}=\\\n"
           "\\gamma'(o^l_j)(y_j-t_j)a_i^{L-1}\\\n$", ((C, C),),
           (Twin("gradient", "W2[0,{i}]", (f"{_MD}*a1[{{i}}]", f"{_MD}*a1[{{i}}]"), _I3),), batch=50,
           why="o^l_j with the layer letter l, the parameter's layer (the spec's default), here L"),
    Public("mafs-O-sum", _MAFS, "b50_mafs", "b50_mafs",
           r"$O^L\equiv o^L_j=b^L_j+\sum_{k=0}^{N^L}{a^{L-1}_k w^L_{kj}}$", ((C, W),),
           (Twin("value", "z2[0]", ("z2[0]", "b2[0] + a1[0]*W2[0,0] + a1[1]*W2[0,1]")),), batch=50,
           why="the sum over the previous layer's nodes k runs to N^L, the output layer's size (1): k = 0, 1 of the"
               " three hidden nodes (the page's own definition has 0 <= i < N^{l-1})"),
    # ---- the negative log-likelihood note (stored): $$ blocks with their lines, two claims joined by \qquad, a
    # full stop before $$, J(w,b), J_i, \Big[ \Big], \big[ \big], \left( \right), \nabla_w J, \boxed{...} holding
    # two claims, X^\top and \mathbf{1}^\top --------------------------------------------------------------------------
    Public("nll-z-p", _NLL, "b50_nll", "b50_nll",
           "$$\n z_i = w^\\top x_i + b, \\qquad\n p_i = \\sigma(z_i) = \\frac{1}{1 + e^{-z_i}}.\n$$", ((C,), (C, C)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))"))), batch=50,
           why="two claims in one block, joined by \", \\qquad\""),
    Public("nll-J", _NLL, "b50_nll", "b50_nll",
           "$$\nJ(w,b) = - \\sum_{i=1}^n \\Big[ y_i \\log p_i + (1 - y_i) \\log(1 - p_i) \\Big].\n$$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=50, why="n = 1 example"),
    Public("nll-dJ-dz-chain", _NLL, "b50_nll", "b50_nll",
           "$$\n\\frac{d J_i}{d z_i}\n= \\frac{d J_i}{d p_i} \\cdot \\frac{d p_i}{d z_i}\n"
           "= -\\left( \\frac{y_i}{p_i} - \\frac{1 - y_i}{1 - p_i} \\right) p_i(1 - p_i).\n$$", ((C, C),),
           (Twin("gradient_z", "z1[0]", ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",) * 2),),
           batch=50, why="dJ_i/dz_i, example i's delta"),
    Public("nll-dJ-dz", _NLL, "b50_nll", "b50_nll",
           "$$\n\\frac{d J_i}{d z_i}\n= -\\big[y_i(1 - p_i) - (1 - y_i)p_i\\big]\n= p_i - y_i.\n$$", ((C, C),),
           (Twin("gradient_z", "z1[0]", ("-(y[0]*(1 - a1[0]) - (1 - y[0])*a1[0])", "a1[0] - y[0]")),), batch=50),
    Public("nll-grad-w", _NLL, "b50_nll", "b50_nll",
           "$$\n\\nabla_w J\n= \\sum_{i=1}^n \\frac{d J_i}{d z_i} \\frac{\\partial z_i}{\\partial w}\n"
           "= \\sum_{i=1}^n (p_i - y_i) x_i.\n$$", ((C, C),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",) * 2, _K2),), batch=50),
    Public("nll-boxed", _NLL, "b50_nll", "b50_nll",
           "$$\n\\boxed{\n\\nabla_w J = X^\\top (p - y), \\qquad\n\\frac{\\partial J}{\\partial b} = "
           "\\mathbf{1}^\\top (p - y).\n}\n$$", ((C,), (C,)),
           (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])",), _K2),
            Twin("gradient", "b1[0]", ("1*(a1[0] - y[0])",))), batch=50,
           why="the vectorized form, two claims in one \\boxed; X the design matrix of the one example (x^T), "
               "\\mathbf{1} the vector of ones (one entry)"),
    # ---- RoyKwonn's post (Korean): $$ blocks, names in Hangul (가중합, "weighted sum"; 오차, "error") glued to
    # Latin letters, y_{o1}, y_{t1}, y_{h1}, \therefore, an update w_{31} (t + 1) = w_{31}t - ... without a learning
    # rate, and two slips ------------------------------------------------------------------------------------------
    Public("roykwon-yo1", _ROY, "b50_roy", "b50_roy", "$$ y_{o1} = \\frac{1}{2}(y_{t1} - y_{o1})^{2}  $$", ((W,),),
           (Twin("value", "a2[0]", ("(y[0] - a2[0])**2/2",)),), batch=50,
           why="the error of output 1 (오차y_{o1}, as the next lines write it) written as the output y_{o1} itself"),
    Public("roykwon-dE-dyo1", _ROY, "b50_roy", "b50_roy",
           "$$ \\therefore \\frac{d오차y_{out}}{dy_{o1}} = (y_{o1} - y_{t1}) $$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=50,
           why="the error's derivative by the output y_{o1}, a value"),
    Public("roykwon-dyo1-slip", _ROY, "b50_roy", "b50_roy", "$$ \\frac{dy_{o1}}{d가중합_{3}} = y_{h1} $$", ((W,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a1[0]",)),), batch=50,
           why="under \"(3)\", whose factor is d가중합_3/dw_31 = y_h1: dy_o1/d가중합_3 is y_o1(1 - y_o1), as (2) says"),
    Public("roykwon-dE-dw31", _ROY, "b50_roy", "b50_roy",
           "$$ \\frac{d오차y_{out}}{dw_{31}} = \\frac{d오차y_{out}}{dy_{o1}} \\cdot \\frac{dy_{o1}}{d가중합_{3}} \\cdot "
           "\\frac{d가중합_{3}}{dw_{31}} $$\n\n$$ = (y_{o1} - y_{t1}) \\cdot y_{o1}(1 - y_{o1}) \\cdot y_{h1} $$",
           ((C, C),), (Twin("gradient", "W2[0,0]", (f"{_RD}*a1[0]", f"{_RD}*a1[0]")),), batch=50,
           why="a chain continued in the next $$ block, which starts with ="),
    Public("roykwon-update", _ROY, "b50_roy", "b50_roy",
           "$$ w_{31} (t + 1) = w_{31}t - \\frac{d 오차 y_{out}}{dw_{31}} $$", ((W,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - grad",)),), batch=50,
           why="no learning rate: the step is eta dE/dw_31 (w_{31}t is w_31 at step t)"),
    # ---- the French notes on Rashid's book (stored): $$ blocks, w_{jk} from hidden j to output k with the letters
    # fixed, sigmoid as a word, \sum_j inside a free j's rule, \text{new } and \text{old }, the derivative of t_k - o_k
    # for that of its square ----------------------------------------------------------------------------------------
    Public("myonn-dE-dw-slip", _MYO, "b50_myo", "b50_myo",
           r"$$\frac{\partial E}{\partial w_{jk}} = \frac{\partial }{\partial w_{jk}} (t_k - o_k)$$", ((W,),),
           (Twin("gradient", "W2[{k},{j}]", ("-a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _JK2),), batch=50,
           why="the derivative of t_k - o_k, not of E = sum (t_k - o_k)^2 (the next line has its -2 (t_k - o_k))"),
    Public("myonn-dE-dw", _MYO, "b50_myo", "b50_myo",
           r"$$\frac{\partial E}{\partial w_{jk}} = -2 (t_k - o_k) \frac{\partial o_k }{\partial w_{jk}}$$ ", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("-2*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _JK2),),
           batch=50),
    Public("myonn-ok", _MYO, "b50_myo", "b50_myo", r"$$o_k = sigmoid (\sum_j w_{jk} o_j)$$", ((C,),),
           (Twin("value", "a2[{k}]", (_OK,), _K2),), batch=50),
    Public("myonn-dE-dw-full", _MYO, "b50_myo", "b50_myo",
           r"$$\frac{\partial E}{\partial w_{jk}} = -2 (t_k - o_k) sigmoid (\sum_j w_{jk} o_j)(1 - sigmoid(\sum_j"
           r" w_{jk} o_j))o_j$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"-2*(y[{{k}}] - a2[{{k}}])*{_OK}*(1 - {_OK})*a1[{{j}}]",), _JK2),),
           batch=50, why="the sums over j inside a rule whose j is the weight's: o_k written out"),
    Public("myonn-update", _MYO, "b50_myo", "b50_myo",
           r"$$\text{new } w_{jk} = \text{old } w_{jk} - \alpha \cdot \frac{\partial E}{\partial w_{jk}} $$", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _JK2),), batch=50),
    # ---- Lochane's README (French): plain text, w1*x1 + ... + wn*xn, a Markdown table's row with a code span,
    # sigma'(z), f(Wx + b), a list's "* " -------------------------------------------------------------------------
    Public("lochane-z", _LOCH, "b50_loch", "b50_loch", "z = w1*x1 + w2*x2 + ... + wn*xn + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]",)),), batch=50,
           why="n = 3 inputs"),
    Public("lochane-sigmoid-row", _LOCH, "b50_loch", "b50_loch",
           "| Sigmoïde | `sigma(z) = 1 / (1 + exp(-z))`             | (0,1)                    |", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=50, why="a row of the README's table"),
    Public("lochane-dL-dw", _LOCH, "b50_loch", "b50_loch", "dL/dw_i = (a - y) * sigma'(z) * x_i", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_LD}*x[{{i}}]",), _I3),), batch=50,
           why="right for L = 1/2 (a - y)^2 (the README names no loss; with the cross-entropy it would be wrong)"),
    Public("lochane-a", _LOCH, "b50_loch", "b50_loch", "   a = f(Wx + b)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0])",)),), batch=50,
           why="indented under \"1. **Multiplication matricielle / vecteurs**\"; f the activation, the sigmoid here"),
    Public("lochane-update", _LOCH, "b50_loch", "b50_loch", "* w = w - lr * dL/dw", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=50),
    # ---- the NumPy script with Chinese docstrings (stored): rows (z = xW + b), np.clip inside np.exp, names dL_da,
    # da_dz, dL_dz, x.T @ dL_dz, np.sum(..., axis=0, keepdims=True), -= ------------------------------------------------
    Public("lsbwd-a", _LSB, "b50_lsb", "b50_lsb", "    a = 1 / (1 + np.exp(-np.clip(z, -500, 500)))", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=50,
           why="np.clip(z, -500, 500) is z at any sum of this layer"),
    Public("lsbwd-dL-dz", _LSB, "b50_lsb", "b50_lsb", "    dL_dz = dL_da * da_dz", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CD,), _J2),), batch=50, why="da_dz = a * (1 - a), the line before"),
    Public("lsbwd-dL-dW", _LSB, "b50_lsb", "b50_lsb", "    dL_dW = x.T @ dL_dz", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CD}",), _JI23),), batch=50,
           why="x.T @ dL_dz is (3 x 2), W's shape in the script (W1^T)"),
    Public("lsbwd-dL-db", _LSB, "b50_lsb", "b50_lsb", "    dL_db = np.sum(dL_dz, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_CD,), _J2),), batch=50, why="the sum over the batch's one row"),
    Public("lsbwd-W-update", _LSB, "b50_lsb", "b50_lsb", "    W -= lr * dL_dW", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI23),), batch=50),
    # ---- the 2016 post on softmax under cross-entropy (stored): $$ blocks, y_i(z_i), \sum_{k=1}^K, the indicator
    # 1\{k = i\}, subscripts that hold a condition (y_{k=i}, z_{k \not= i}), plain TeX's {... \over ...}, a bare \sum
    # with its range said in words, and a sum of y_i over k taken as y_i ---------------------------------------------
    Public("smxce-softmax", _SMX, "b50_smx", "b50_smx", r"$$y_i(z_i) = \frac{e^{z_i}}{\sum_{k=1}^K e^{z_k}}$$", ((C,),),
           (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_S}",), _I3),), batch=50),
    Public("smxce-C", _SMX, "b50_smx", "b50_smx", r"$$C = -\sum_{k=1}^K t_k \log y_k$$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=50),
    Public("smxce-dy-dz", _SMX, "b50_smx", "b50_smx", r"$$\frac{\partial y_k}{\partial z_i} = y_k (1\{k = i\} - y_i)$$",
           ((C,),), (Twin("value", "a1[{k}]*(({k} == {i}) - a1[{i}])", ("a1[{k}]*(({k} == {i}) - a1[{i}])",), _KI3),),
           batch=50, why="the softmax's jacobian, a rule over k and i, a value"),
    Public("smxce-dC-dz", _SMX, "b50_smx", "b50_smx",
           r"$$\frac{\partial C}{\partial z_i} = -\sum_{k=1}^K t_k (1\{k = i\} - y_i) = -\sum_{k=1}^K t_k 1\{k = i\} +"
           r" \sum_{k=1}^K y_i = -t_i + y_i = y_i - t_i$$", ((C, W, C, C),),
           (Twin("gradient_z", "z1[{i}]",
                 ("-(t[0]*((0 == {i}) - a1[{i}]) + t[1]*((1 == {i}) - a1[{i}]) + t[2]*((2 == {i}) - a1[{i}]))",
                  "-t[{i}] + 3*a1[{i}]", "-t[{i}] + a1[{i}]", "a1[{i}] - t[{i}]"), _I3),), batch=50,
           why="-\\sum_k t_k (... - y_i) is -t_i + (\\sum_k t_k) y_i; the page writes \\sum_{k=1}^K y_i, K y_i, and "
               "then y_i (its next member is right again)"),
    Public("smxce-dy-dz-same", _SMX, "b50_smx", "b50_smx",
           "\t$$\\frac{\\partial y_{k=i}}{\\partial z_i} = \\frac{e^{z_{k=i}} \\sum e^{z_j} - e^{z_{k=i}}e^{z_i}}"
           "{(\\sum e^{z_j})^2} = \\frac{e^{z_{k=i}}}{\\sum e^{z_j}} \\frac{(\\sum e^{z_j}) - e^{z_i}}{\\sum e^{z_j}} "
           "= y_{k=i} (1 - \\frac{e^{z_i}}{\\sum e^{z_j}}) = y_{k=i}(1 - y_i)$$", ((C, C, C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])",
                 (f"(exp(z1[{{i}}])*{_S} - exp(z1[{{i}}])*exp(z1[{{i}}]))/{_S}**2",
                  f"exp(z1[{{i}}])/{_S}*({_S} - exp(z1[{{i}}]))/{_S}", f"a1[{{i}}]*(1 - exp(z1[{{i}}])/{_S})",
                  "a1[{i}]*(1 - a1[{i}])"), _I3),), batch=50,
           why="under the list item \"1. \\\\(k = i\\\\)\" (a tab's indentation): y_{k=i}, y_k at k = i; \\sum "
               "the sum over j = 1..J, as the line after says"),
    Public("smxce-dy-dz-other", _SMX, "b50_smx", "b50_smx",
           "\t$$ {\\partial y_{k \\not= i} \\over \\partial z_i} = {0\\sum e^{z_j} - e^{z_{k \\not= i}}e^{z_i} \\over "
           "(\\sum {e^{z_j}})^2} =  {-e^{z_{k \\not= i}}e^{z_i} \\over (\\sum {e^{z_j}})^2} = - \\frac{e^{z_{k \\not= "
           "i}}}{\\sum {e^{z_j}}} \\frac{e^{z_i}}{\\sum {e^{z_j}}} = - y_{k \\not= i} y_i $$", ((C, C, C, C),),
           (Twin("value", "-a1[{k}]*a1[{i}]",
                 (f"(0*{_S} - exp(z1[{{k}}])*exp(z1[{{i}}]))/{_S}**2", f"-exp(z1[{{k}}])*exp(z1[{{i}}])/{_S}**2",
                  f"-exp(z1[{{k}}])/{_S}*exp(z1[{{i}}])/{_S}", "-a1[{k}]*a1[{i}]"), _KI3_OTHER),), batch=50,
           why="under \"2. \\\\(k \\not= i\\\\)\": the pairs k != i; 0\\sum e^{z_j}, the quotient rule's 0 kept"),
    # ---- the note on ReLU's backward pass (stored): Ng's layer in code's brackets (z[1], A[0]), \( $...$ \) around
    # inline formulas in prose and list items, \text{ReLU}, \max(0, z[1]), \odot, a cases block --------------------
    Public("relunote-dz", _RELU, "b50_relu", "b50_relu",
           "The equation \\( $dz[1] = dA[1] \\odot ReLU'(z[1])$ \\) comes from the chain rule applied during "
           "backpropagation in a neural network. Let’s break it down step by step.", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])",), _J3),), batch=50,
           why="the note's first line; dA[1], the gradient layer 2 passes back"),
    Public("relunote-z", _RELU, "b50_relu", "b50_relu",
           "   - At layer 1, you calculate the pre-activation \\( $z[1] = W[1]A[0] + b[1]$ \\).", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=50),
    Public("relunote-A", _RELU, "b50_relu", "b50_relu",
           "$$\n     A[1] = \\text{ReLU}(z[1]) = \\max(0, z[1])\n$$", ((C, C),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])", "np.maximum(0, z1[{j}])"), _J3),), batch=50),
    Public("relunote-cases", _RELU, "b50_relu", "b50_relu",
           "$$\n  \\text{ReLU}'(z[1]) = \n  \\begin{cases} \n      1 & \\text{if } z[1] > 0 \\\\\n"
           "      0 & \\text{if } z[1] \\leq 0\n  \\end{cases}\n$$", ((C,),),
           (Twin("value", "Heaviside(z1[{j}])", ("Heaviside(z1[{j}])",), _J3),), batch=50,
           why="ReLU's derivative at layer 1's sums, entry by entry, a value"),
    # ---- the Obsidian note on tanh (stored): a callout's "> " before every line, \displaystyle \Huge, eqnarray with
    # &=&, \dfrac around lines of their own, an empty row (\\\\), tanh written as letters ------------------------------
    Public("tanhobs-derivative", _TANH, "b50_tanh", "b50_tanh",
           ">$$\\displaystyle \\Huge \\begin{eqnarray} \n>\\dfrac{d(tanh(x))}{dx}\n>&=&\n"
           ">\\dfrac{d\\left(\\dfrac{e^x-e^{-x}}{e^x+e^{-x}}\\right)}{dx} \n>\\\\\n>&=&\n>\\dfrac{\n>(e^x+e^{-x})\n"
           ">(e^x+e^{-x})\n>}{(e^x+e^{-x})^2} \n>- \\dfrac{\n>(e^x-e^{-x})\n>(e^x-e^{-x})\n>}{(e^x+e^{-x})^2} \n"
           ">\\\\\\\\\n>\\dfrac{d}{dx}tanh(x)&=&\n>1- tanh(x)^2\n>\\end{eqnarray}$$", ((C, C), (C,)),
           (Twin("value", "1 - tanh(z1[0])**2",
                 ("1 - tanh(z1[0])**2", f"({_EP}*{_EP})/{_EP}**2 - ({_EM}*{_EM})/{_EP}**2")),
            Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",))), batch=50,
           why="two claims: the chain of the first rows, and d/dx tanh(x) = 1 - tanh(x)^2 after the empty row; tanh's "
               "derivative at the unit's sum, a value"),
    # ---- the TanhLayer class (stored): a docstring's dA/dZ = sech**2(Z) = 1/cosh**2(Z), self.A and self.dZ,
    # np.multiply, np.cosh(...)**-2 --------------------------------------------------------------------------------
    Public("tanhlayer-dA-dZ", _TLAY, "b50_tlay", "b50_tlay", "        dA/dZ = sech**2(Z) = 1/cosh**2(Z)", ((C, C),),
           (Twin("value", "1 - a1[{j}]**2", ("1/np.cosh(z1[{j}])**2",) * 2, _J2),), batch=50,
           why="in backward's docstring, under \"compute derivative of A = tanh(Z)\"; sech**2(Z), the function's power"
               " written before its argument"),
    Public("tanhlayer-A", _TLAY, "b50_tlay", "b50_tlay", "        self.A = np.tanh(Z)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),), batch=50),
    Public("tanhlayer-dZ", _TLAY, "b50_tlay", "b50_tlay",
           "        self.dZ = np.multiply(upstream_grad, np.cosh(self.Z)**-2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*np.cosh(z1[{j}])**-2",), _J2),), batch=50,
           why="upstream_grad the loss's gradient by A (1/2 sum (A - y)^2 here)"),
]
