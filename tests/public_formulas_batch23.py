r"""Batch 23 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus: alibabacloud's notes on Rumelhart, Hinton and
Williams, shubhamjain's "Backprop Implementation", a deeplearning.ai forum thread's Python, littlebitai's basic
math, primelearnpoint's "Backpropagation Solved Step by Step", and five of Nemotron-CC-Math's posts: an Artificial
Intelligence Stack Exchange question, a notebook's "Backpropagation in Neural Networks", Khanal's "Math behind
Backpropagation in Neural Networks", a Data Science Stack Exchange question "Backpropagation" and a course Q&A "Why Do
We Start from dZ^[2] and Why Transpose?"), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents),
a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch23_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down) and committed before check was. Nemotron's
five posts are five pages, named by their titles after the data set's address, as in batches 13, 14 and 21. An error
term dL/dz (the course's dZ, a page's dL/dz or \partial e/\partial X_j) is twinned as a gradient_z twin; a local
derivative (dE/dy_j, da/dz, dx_j/dw_ji) or a dL/dA as a value. The stored copies are excerpts: formulas were taken
where the excerpt shows them whole; what was left out of a line is said in the entry's why (a code line's
indentation).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 23

The batch: 55 formulas, 31 values (24 forward values and losses, 8 of them written with numbers; 7 local
derivatives and derivatives by an activation, dL/dA), 9 deltas (dL/dz), 10 gradients, 3 updates, and 2 entries
marked unreadable (typos the reader should refuse). 40 are LaTeX (alibabacloud's $...$ with a space before a
subscript, x _{j}, and / between partials, \partial e/\partial y_{j} * d y_{j}/d x_{j}; shubhamjain's ylog glued, .
for the product, \nabla f_2, 1/m*(...); the Stack Exchange question's y' and w_{i}^{t+1} \leftarrow w_{i}^{t}; the
notebook's $$ \begin{bmatrix} ... \end{bmatrix} $$ rows with names like h1_{in1} and W_{i1j1}, its first formula's
quantity on the right; the course's [l] layers, dZ^{[L]}, A^{[L-1]T}, g'^{[L-1]}, \operatorname{np.sum}(...,
\operatorname{axis}=1, \operatorname{keepdims}=\operatorname{True}), \( ... \)), 15 plain text or code (the
forum's Python with underscored names, a # comment and .reshape((len(x_mat),)); littlebitai's ⋅, – for minus, y^ for
ŷ and d / dw[...]; primelearnpoint's worked numbers with (0.2)(0.35), ŷ, ½, −, ² and ×).

3 are mistaken somewhere (the oracle finds at least one member wrong):

- shubhamjain's J = \sum ylog(p): the cross-entropy's minus dropped (its gradients, written for the right J, are
  right);
- the Stack Exchange asker's proposed dL/dw_1 with \partial w_{7}/\partial h_{1} and \partial w_{5}/\partial h_{1}:
  weights do not depend on h_1, so both products are 0 (the chain runs through the net inputs);
- Khanal's \frac{\partial J}{\partial A^{[2]}} = \sigma'(Z) = ... = \sigma(Z)(1- \sigma(Z)): every member is
  dA/dZ, not dJ/dA (its next line gives dJ/dA), all four wrong.

2 are typos, marked unreadable: alibabacloud's (\frac{1}{1+e^{-x_{j}}) ', a brace closed by a parenthesis (the
TeX does not compile), and the course Q&A's dW^{[2]} = dZ^{[2]}\dot{A^{[1]}}^{T}, the dot accent \dot where the
product \cdot was meant.

Not mistaken, though it looks it: primelearnpoint's ŷ = 1 / (1 + 0.5037) writes e^-0.6860 = 0.50359 as 0.5037, an
operand a little over one unit off, within what its four digits carry; its ŷ = 0.6651 is right.

Collected on 2026-12-04 and run blind once, at main e9e9f64 (named by /work/READY_FOR_BLIND: session 11's fixes from
batches 21 and 22), rebased on it, with nothing under src/ changed. Blind, once per entry: 41 of 55 read with every
verdict right (75%); 11 refused that should have been read; 1 misread; the 2 typos refused, as they should be; no
crash; NO WRONG FORMULA CALLED CORRECT (saved: /work/batch23_blind.txt).

The misreading was mine, not the reader's: rum-error's E = 1/2 \sum_c \sum_j (Y_{j,c}-d_{j,c})^2 sums over the
cases c, and docs/notation.md makes a letter the pattern writes literally and the meaning does not use (c in
"Y_{j,c}") a sample index, its sum judged against the step's loss with the file's reduction; the network left the
reduction at its default, the mean, so check judged K cases' sum against their mean, wrong (as it should). The
network now says reduction = "sum", as the page's E does (the oracle agrees, the twins unchanged): 42 of 55 (76%)
with it, the page's other 8 entries giving what they gave blind. No notation was changed after the run.

Of the 3 mistaken formulas, 2 read with every verdict right (shub-loss's dropped minus and mid-proposed's d w_7/d h_1,
each called wrong); khanal-dA-slip was refused (its lower-case z, below), and with Z for z reads all four members
wrong, as the oracle does. By kind of claim: values 26 of 31 (27 with the network corrected), deltas 9 of 9, gradients
5 of 10, updates 1 of 3. LaTeX against plain text: the 40 in LaTeX read 32 (80%; 33 corrected), the 15 in plain text
or code 9 (60%). By page: alibabacloud 7 of 9 (8 corrected; its typo refused), shubhamjain 1 of 4, the Stack Exchange
question 4 of 4, the notebook 3 of 3, Khanal 5 of 6, the Data Science Stack Exchange question 7 of 8, the course Q&A
5 of 6 (its typo refused), the forum's Python 2 of 3, littlebitai 0 of 5, primelearnpoint 7 of 7. (Tabulated from
the saved output.)

The refusals by construct (11), with the exact message (paths of the temporary notation files shortened), and what a
one-line rewrite shows:

- 5, a notation's pattern written as the page writes ŷ in plain text, "y^" (littlebitai): the whole notation is
  refused, so every formula of the page is, the three without y^ too: "b23_littlebit.toml: [notation] symbols.'y^':
  a subscript or superscript is missing at the end; write a symbol such as O_{k}^{1}". Tried afterwards with the
  pattern "ŷ" (and ŷ for y^ in the two formulas that write it): little-model reads correct, little-loss (correct,
  correct), both updates correct (unchanged); little-grad is then refused for its bracket glued to the variable,
  "d / dw[(w ⋅ x – y)^2]": "w_{(w\cdotx-y)^2} matches none of the notation's patterns for w ('w')" (dw[...] read as w
  with a code index); with a space, "d / dw [(w ⋅ x – y)^2]", it reads correct. y^ in a formula without a pattern is
  refused too: "unexpected at '=' (position 1)".
- 3, a dot for the product in LaTeX after a brace or a parenthesis (shubhamjain's \frac{...}{\partial Z_2}.\frac{...}
  and (Z_2-y).Z_1): "unexpected at '.' (position 65)" (66 and 46 for the others). Tried afterwards with \cdot for
  the dot: shub-dW2 is then refused for its shapes, "multiplies a 3 x 1 by a 2 x 1, whose sizes do not fit; write the
  factors so that the first has as many columns as the second has rows" (the page's (Z_2-y).Z_1 is the outer
  product of two columns, no transpose written; with Z_1^T, "(Z_2-y) \cdot Z_1^T" or "(Z_2-y)Z_1^T", it reads
  correct, but "(Z_2-y).Z_1^T" with the dot is still refused); shub-dW2-chain, "differentiates a vector by a matrix
  (a Jacobian) whose entries do not reduce to one vector common to every unit (as dz/dW does, a^T); write one entry"
  (dZ_2/dW_2 through the softmax); shub-dW2-nabla, "\nabla f_{2}: f_{2} is not the loss, and \nabla is read for the
  gradient of the loss: write \nabla_{f_{2}} L, the parameter as its subscript, then the loss" (the page's \nabla f_2
  is the softmax's jacobian).
- 1, \operatorname around code's names and keyword arguments in LaTeX, \operatorname{np.sum}(dZ^{[L]},
  \operatorname{axis}=1, \operatorname{keepdims}=\operatorname{True}) (slater-dbL): "expected ')' to close the arguments
  at '=' (position 61)". Tried afterwards: without \operatorname, "np.sum(dZ^{[L]}, axis=1, keepdims=True)" in the
  same \[ ... \], reads correct; \operatorname{np.sum}(dZ^{[L]}) with no keyword is refused, "unknown symbol np.sum;
  the notation knows A, W, X, Y, Z, a, b, dA; give it the quantity of symbols.md it stands for in the notation's
  [notation.symbols] ("np.sum" = ...), or, where its dot is a product, write np*sum".
- 1, a method called on a call's result, sigmoid(z_3).reshape((len(x_mat),)) (forum-ypred): "unexpected at '.'
  (position 22)". Tried afterwards: "y_pred = sigmoid(z_3)" reads correct; .reshape((1,)) is still refused.
- 1, the page's lower-case z beside its Z (khanal-dA-slip's \frac{e^{-Z}}{(1+e^{-z})^{2}}; its sigmoid note writes
  z^{[2]} too): "z needs its layer, e.g. z^{(1)}; or give it a meaning in the notation". The reader is right: the
  notation names Z, and a bare z of a two-layer network names no layer. Tried afterwards with Z: (wrong, wrong, wrong,
  wrong), every verdict the oracle's.

The 2 typos were refused in one line: rum-dy-dx, "expected '}' to close the denominator at ')' (position 41)" (naming
the place and the fix); why-dW2, "unexpected at '}' (position 32)", which points at the end of \dot's argument but
does not say that \dot is an accent over A^{[1]} (the blind tool's "names it" only finds \dot in the quoted formula).

General, as homework writes them: a dot for the product in LaTeX copied from code-like notes, and the outer product of
two columns written without its transpose (dW = dZ . A, (Z_2 - y).Z_1); code's np.sum(..., axis=1, keepdims=True)
rendered in LaTeX with \operatorname; a method call (.reshape) after a function; and that one pattern the reader
cannot take refuses every formula of its notation (a notation with one bad symbol could refuse that symbol alone).
Page-specific: y^ for ŷ, d / dw[...] with the bracket glued, \nabla f_2 for a jacobian, the chain through the
softmax's dZ_2/dW_2, the lower-case z slip.

After session 11's fixes from batches 23 and 24 (fixdot23, fixpat23, fixsum24; measured at main fe8f7c6): 49 of 55
read with every verdict right (89%); 4 refused, the 2 typos refused, no wrong formula called correct. Read now: y^
for ŷ (littlebitai's five), the dot glued between factors as the product where shapes fit, \operatorname{np.sum}
with keyword arguments, .reshape(...) of a vector, d / dw[...]. Still refused: shubhamjain's (Z_2-y).Z_1 (an outer
product written without its transpose: the message now says u v^T), its chain through dZ_2/dW_2 (a Jacobian), its
\nabla f_2. Z_1, and Khanal's lower-case z (the page's slip).

What the spec could not express, which a page needed: a hat printed after its letter in plain text (y^ for ŷ, which
a pattern cannot be); the Stack Exchange question's one b in both layers (h = \sigma(x w_1 + b), y' = \sigma(h w_2 +
b): left out, a network has a bias per layer); the notebook's worked product, whose matrix is printed with other
entries than the W_ij it uses and whose result has no left side (left out); Khanal's hidden g, any function (tanh
here); the sum over Rumelhart's cases c is the docs' sample index, not the spec's (which has no samples).

After session 13's fixes (fixshapes, main 71b7995): 50 of 55 (91%), no wrong formula called correct. shub-dW2 now
reads: two columns multiplied where the left side is a matrix, the transpose not written, are read as their outer
product u v^T in the written order.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch23_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_RUM = ("https://topic.alibabacloud.com/a/font-classtopic-s-color00c1dennfont-some-understandings-of-backpropagation-"
        "bp-error-reverse-propagation_8_8_31572077.html")
_SHUB = "https://www.shubhamjain.dev/posts/backprop/"
_MIDDLE = f"{_NEMOTRON} (How is the gradient calculated for the middle layer's weights?)"
_MATRIX = f"{_NEMOTRON} (Backpropagation in Neural Networks)"
_KHANAL = f"{_NEMOTRON} (Math behind Backpropagation in Neural Networks, Bimarsha Khanal)"
_DSSE = f"{_NEMOTRON} (Backpropagation, a Data Science Stack Exchange question with Neil Slater's comment)"
_WHY = f"{_NEMOTRON} (Backpropagation: Why Do We Start from dZ^[2] and Why Transpose?)"
_FORUM = "https://community.deeplearning.ai/t/derivation-of-dl-dz/165?page=2"
_LITTLE = "https://littlebitai.org/minimize-objective-in-neural-network-basic-math-concepts"
_PRIME = "https://primelearnpoint.com/deep-learning/backpropagation-solved-step-by-step/"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_LAYERS = ({"i": 1}, {"i": 2})

# the Rumelhart notes' output error term dE/dx_j, and the log loss's derivatives at the output a2[0]
_RUM_D = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_RUM_E = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"
_BCE = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
_BCE_DA = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))"
_BCE_DA_WRITTEN = "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])"
_DZ2 = "a2[0] - y[0]"
_CE = "t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2])"


ENTRIES: list[Public] = [
    # ---- alibabacloud's notes on Rumelhart et al. 1986: $...$ with a space before the subscript (x _{j}), a / between
    # partials (\partial e/\partial y_{j}), * for the product, e for E; the translation's capitals Y_j, X_j, W_ji ------
    Public("rum-net", _RUM, "b23_rumelhart", "b23_rumelhart", r"$x _{j} = \sum_{i} y_{i} w_{ji}$", ((C,),),
           (Twin("value", "z2[{j}]", ("a1[0]*W2[{j},0] + a1[1]*W2[{j},1]",), _J2),), batch=23),
    Public("rum-out", _RUM, "b23_rumelhart", "b23_rumelhart", r"$y _{j} = \frac{1}{1+e^{-x_{j}}}$", ((C,),),
           (Twin("value", "a2[{j}]", ("1/(1 + exp(-z2[{j}]))",), _J2),), batch=23),
    Public("rum-error", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$E =\frac{1}{2}\sum_{c} \sum_{j} (Y_{j,c}-d_{j,c}) ^2$", ((C,),),
           (Twin("value", _RUM_E, (_RUM_E,)),),
           batch=23, why="c the training case, one here"),
    Public("rum-de-dy", _RUM, "b23_rumelhart", "b23_rumelhart", r"$\partial e/\partial Y_{j} = y_{j}-d_{j}$",
           ((C,),), (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=23,
           why="dE/dy_j, a value"),
    Public("rum-de-dx-chain", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$\partial e/\partial X_{j} = \partial e/\partial y_{j} * d y_{j}/d x_{j}$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_RUM_D,), _J2),), batch=23),
    Public("rum-dy-dx", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$d y_{j}/d X_{j} = (\frac{1}{1+e^{-x_{j}}) ' = \frac{e^{-x_{j}}}{(1+e^{-x_{j}}) ^{2}}"
           r" = y_{j} * (1-y_{j}) $",
           unreadable="{", batch=23,
           why="the page's \\frac{1}{1+e^{-x_{j}}) closes its denominator with a parenthesis: the brace it opened"
               " is never closed (the TeX does not compile)"),
    Public("rum-de-dx", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$\partial e/\partial X_{j} = \partial e/\partial y_{j} * y_{j} * (1-y_{j}) $", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_RUM_D,), _J2),), batch=23),
    Public("rum-de-dw", _RUM, "b23_rumelhart", "b23_rumelhart",
           r"$\partial e/\partial W_{ji} = \partial e/\partial x_{j} * \partial x_{j}/\partial w_{ji}$", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", (f"{_RUM_D}*a1[{{i}}]",), _J2I2),), batch=23),
    Public("rum-dx-dw", _RUM, "b23_rumelhart", "b23_rumelhart", r"$\partial x_{j}/\partial W_{ji} = y_{i}$", ((C,),),
           (Twin("value", "a1[{i}]", ("a1[{i}]",), _J2I2),), batch=23, why="dx_j/dw_ji, a value"),
    # ---- shubhamjain's "Backprop Implementation": $...$, ylog glued, . for the product, \nabla f_2, 1/m*(...) --------
    Public("shub-loss", _SHUB, "b23_shubham", "b23_shubham", r"$J = \sum ylog(p)$", ((W,),),
           (Twin("value", f"-({_CE})", (_CE,)),), batch=23,
           why="the cross-entropy's minus dropped: J = -sum y log(p)"),
    Public("shub-dW2-chain", _SHUB, "b23_shubham", "b23_shubham",
           r"$\frac{\partial J}{\partial W_2}= \frac{\partial J}{\partial Z_2}.\frac{\partial Z_2}{\partial W_2}$",
           ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=23,
           why="Z_2 the softmax's output p"),
    Public("shub-dW2-nabla", _SHUB, "b23_shubham", "b23_shubham",
           r"$\frac{\partial J}{\partial W_2} = \frac{\partial J}{\partial Z_2}. \nabla f_2. Z_1$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=23,
           why="\\nabla f_2 the softmax's jacobian"),
    Public("shub-dW2", _SHUB, "b23_shubham", "b23_shubham",
           r"$\frac{\partial J}{\partial W_2} = 1/m*(Z_2-y).Z_1$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J2),), batch=23,
           why="m = 1 example; (Z_2 - y).Z_1 their outer product"),
    # ---- the AI Stack Exchange question (Nemotron's copy): \[ ... \], y' with a prime, w_i^{t+1} \leftarrow ----------
    Public("mid-loss", _MIDDLE, "b23_middle", "b23_middle", "\\[\nL = \\frac{1}{2} \\sum(y - y')^2\n\\]", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=23),
    Public("mid-dw2", _MIDDLE, "b23_middle", "b23_middle",
           "\\[\n\\frac{\\partial L}{\\partial w_{2}} = \\frac{\\partial y'}{\\partial w_{2}}"
           " \\frac{\\partial L}{\\partial y'}\n\\]",
           ((C,),), (Twin("gradient", "W2[0,0]", ("a2[0]*(1 - a2[0])*a1[0]*(a2[0] - y[0])",)),), batch=23),
    Public("mid-update", _MIDDLE, "b23_middle", "b23_middle",
           "\\[\nw_{i}^{t+1} \\leftarrow w_{i}^{t} - \\alpha \\frac{\\partial L}{\\partial w_{i}}\n\\]", ((C,),),
           (Twin("update", "W{i}[0,0]", ("W{i}[0,0] - eta*grad",), _LAYERS),), batch=23,
           why="w_i the weight of layer i, both layers"),
    Public("mid-proposed", _MIDDLE, "b23_middle2", "b23_middle2",
           "\\[\n\\frac{\\partial L}{\\partial w_{1}} = \\frac{\\partial h_{1}}{\\partial w_{1}}"
           " \\frac{\\partial w_{7}}{\\partial h_{1}} \\frac{\\partial o_{2}}{\\partial w_{7}}"
           " \\frac{\\partial L}{\\partial o_{2}} + \\frac{\\partial h_{1}}{\\partial w_{1}}"
           " \\frac{\\partial w_{5}}{\\partial h_{1}} \\frac{\\partial o_{1}}{\\partial w_{5}}"
           " \\frac{\\partial L}{\\partial o_{1}}\n\\]", ((W,),),
           (Twin("gradient", "W1[0,0]", ("0",)),), batch=23,
           why="the asker's proposed equation: the weights w_7 and w_5 do not depend on h_1 (d w_7/d h_1 = 0), so both"
               " products are 0; the chain is through the net inputs, d net_o2/d h_1 = w_7"),
    # ---- "Backpropagation in Neural Networks" (Nemotron's copy of a notebook): $$ ... $$, \begin{bmatrix} rows, the
    # quantity on the right of its first formula, names with digits before a script (h1_{in1}, W_{i1j1}) --------------
    Public("matrix-layer1", _MATRIX, "b23_matrix", "b23_matrix",
           "$$\n\\begin{bmatrix} i_{1} & i_{2} & i_{3} \\end{bmatrix} \\times \n\\begin{bmatrix} \nW_{i1j1} &"
           " W_{i1j2} & W_{i1j3} \\\\ \nW_{i2j1} & W_{i2j2} & W_{i2j3} \\\\ \nW_{i3j1} & W_{i3j2} & W_{i3j3}"
           " \n\\end{bmatrix} + \n\\begin{bmatrix} b_{j1} & b_{j2} & b_{j3} \\end{bmatrix} = \n\\begin{bmatrix}"
           " h1_{in1} & h1_{in2} & h1_{in3} \\end{bmatrix}\n$$", ((C,),),
           (Twin("value", "x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]", ("z1[{j}]",), _J3),),
           batch=23,
           why="the row of inputs times W_ij (input-first) plus the biases is the row of sums h1_in"),
    Public("matrix-relu", _MATRIX, "b23_matrix", "b23_matrix",
           "$$\n\\begin{bmatrix} h1_{out1} & h1_{out2} & h1_{out3} \\end{bmatrix} = \n\\begin{bmatrix}"
           " \\max(0, h1_{in1}) & \\max(0, h1_{in2}) & \\max(0, h1_{in3}) \\end{bmatrix}\n$$", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),), batch=23),
    Public("matrix-relu-numbers", _MATRIX, "b23_matrix", "b23_matrix",
           "$$\n\\begin{bmatrix} h1_{out1} & h1_{out2} & h1_{out3} \\end{bmatrix} = \n\\begin{bmatrix} 1.35 & 1.27"
           " & 1.8 \\end{bmatrix}\n$$", ((C,),),
           (Twin("value", "a1[{j}]", ("=np.array([1.35, 1.27, 1.8])",), _J3),), batch=23,
           why="x W_ij + b = (1.35, 1.27, 1.8), all positive"),
    # ---- Khanal's post (Nemotron's copy): \[ ... \], the course's [l] layers, g^{[2]}, \sigma'(Z), d(...)/dZ ------
    Public("khanal-z1", _KHANAL, "b23_khanal", "b23_khanal", "\\[\nZ^{[1]} = W^{[1]}X + b^{[1]}\n\\]", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=23),
    Public("khanal-z2", _KHANAL, "b23_khanal", "b23_khanal", "\\[\nZ^{[2]} = W^{[2]}A^{[1]} + b^{[2]}\n\\]", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]",)),), batch=23),
    Public("khanal-a2", _KHANAL, "b23_khanal", "b23_khanal", "\\[\nA^{[2]} = g^{[2]}(Z^{[2]}) = \\sigma(Z^{[2]})\n\\]",
           ((C, C),), (Twin("value", "a2[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z2[0]))")),), batch=23),
    Public("khanal-chain", _KHANAL, "b23_khanal", "b23_khanal",
           "\\[\n\\frac{\\partial J}{\\partial W^{[2]}} = \\frac{\\partial J}{\\partial A^{[2]}}"
           " \\frac{\\partial A^{[2]}}{\\partial Z^{[2]}} \\frac{\\partial Z^{[2]}}{\\partial W^{[2]}}\n\\]", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=23),
    Public("khanal-dA-slip", _KHANAL, "b23_khanal", "b23_khanal",
           "\\[\n\\frac{\\partial J}{\\partial A^{[2]}} = \\sigma'(Z) = \\frac{d(1+e^{-Z})^{-1}}{dZ} ="
           " \\frac{e^{-Z}}{(1+e^{-z})^{2}} = \\sigma(Z)(1- \\sigma(Z))\n\\]", ((W, W, W, W),),
           (Twin("value", _BCE_DA, ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "exp(-z2[0])/(1 + exp(-z2[0]))**2",
                                    "exp(-z2[0])/(1 + exp(-z2[0]))**2", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))")),),
           batch=23, why="the left side should be dA/dZ: every member is the sigmoid's derivative, not dJ/dA (the"
                         " post's next line gives dJ/dA); the lower-case z of the fourth member is the page's Z"),
    Public("khanal-dA", _KHANAL, "b23_khanal", "b23_khanal",
           "\\[\n\\frac{\\partial J}{\\partial A^{[2]}} = \\frac{\\partial (-Y\\log(A^{[2]}) -"
           " (1-Y)\\log(1-A^{[2]}))}{\\partial A^{[2]}} = \\frac{A^{[2]}-Y}{A^{[2]}(1-A^{[2]})}\n\\]", ((C, C),),
           (Twin("value", _BCE_DA, (_BCE_DA_WRITTEN, "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))")),), batch=23),
    # ---- "Backpropagation" (Nemotron's copy of a Data Science Stack Exchange question): \[ ... \], d/da fractions,
    # \left( ... \right), the course's dZ^{[L]}, A^{[L-1]T}, \operatorname{np.sum}(..., \operatorname{axis}=1, ...) ----
    Public("slater-loss", _DSSE, "b23_ng", "b23_ng", "\\[\nL = -y \\log(a) - (1 - y) \\log(1 - a)\n\\]", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(a2[0]) - (1 - y[0])*log(1 - a2[0])",)),), batch=23),
    Public("slater-dL-da", _DSSE, "b23_ng", "b23_ng", "\\[\n\\frac{dL}{da} = -\\frac{y}{a} + \\frac{1 - y}{1 - a}\n\\]",
           ((C,),), (Twin("value", _BCE_DA, (_BCE_DA_WRITTEN,)),), batch=23),
    Public("slater-da-dz", _DSSE, "b23_ng", "b23_ng", "\\[\n\\frac{da}{dz} = a(1 - a)\n\\]", ((C,),),
           (Twin("value", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", ("a2[0]*(1 - a2[0])",)),), batch=23),
    Public("slater-dL-dz", _DSSE, "b23_ng", "b23_ng",
           "\\[\n\\frac{dL}{dz} = \\frac{dL}{da} \\cdot \\frac{da}{dz} = \\left(-\\frac{y}{a} + \\frac{1 - y}{1 -"
           " a}\\right) \\cdot a(1 - a) = a - y\n\\]", ((C, C, C),),
           (Twin("gradient_z", "z2[0]", (f"({_BCE_DA_WRITTEN})*a2[0]*(1 - a2[0])",
                                         f"({_BCE_DA_WRITTEN})*a2[0]*(1 - a2[0])", _DZ2)),), batch=23),
    Public("slater-dZL", _DSSE, "b23_ng", "b23_ng", "\\[\ndZ^{[L]} = A^{[L]} - Y\n\\]", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23),
    Public("slater-dWL", _DSSE, "b23_ng", "b23_ng", "\\[\ndW^{[L]} = \\frac{1}{m} \\, dZ^{[L]} A^{[L-1]T}\n\\]",
           ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=23, why="m = 1 example"),
    Public("slater-dbL", _DSSE, "b23_ng", "b23_ng",
           "\\[\ndb^{[L]} = \\frac{1}{m} \\, \\operatorname{np.sum}(dZ^{[L]}, \\operatorname{axis}=1,"
           " \\operatorname{keepdims}=\\operatorname{True})\n\\]", ((C,),),
           (Twin("gradient", "b2[0]", (_DZ2,)),), batch=23, why="m = 1 example: the sum over one column"),
    Public("slater-dZL1", _DSSE, "b23_ng", "b23_ng",
           "\\[\ndZ^{[L-1]} = W^{[L]T} dZ^{[L]} \\cdot g'^{[L-1]}(Z^{[L-1]})\n\\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)",), _J3),), batch=23,
           why="\\cdot the entrywise product, the left side a vector"),
    # ---- the course Q&A "Why do we start from dZ^[2]" (Nemotron's copy): \( ... \) and \[ ... \] on one line,
    # the course's dZ, dA, and a \dot where a \cdot was meant ----------------------------------------------------------
    Public("why-dZ2", _WHY, "b23_ng", "b23_ng", "\\(dZ^{[2]} = A^{[2]} - Y\\)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23),
    Public("why-dW2", _WHY, "b23_ng", "b23_ng", "\\(dW^{[2]} = dZ^{[2]}\\dot{A^{[1]}}^{T}\\)", unreadable="\\dot",
           batch=23, why="\\dot is the dot accent over A^{[1]} (a different symbol); the product meant is \\cdot"),
    Public("why-dZ2-def", _WHY, "b23_ng", "b23_ng", "\\[ dZ^{[2]} = \\frac{\\partial L}{\\partial Z^{[2]}} \\]",
           ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23),
    Public("why-dA2-def", _WHY, "b23_ng", "b23_ng", "\\[ dA^{[2]} = \\frac{\\partial L}{\\partial A^{[2]}} \\]",
           ((C,),),
           (Twin("value", _BCE_DA, (_BCE_DA_WRITTEN,)),), batch=23, why="dL/dA^{[2]}, a value"),
    Public("why-A2", _WHY, "b23_ng", "b23_ng", "\\[ A^{[2]} = \\sigma(Z^{[2]}) \\]", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=23),
    Public("why-chain", _WHY, "b23_ng", "b23_ng",
           "\\[ dZ^{[2]} = \\frac{\\partial L}{\\partial Z^{[2]}} = \\frac{\\partial L}{\\partial A^{[2]}} \\cdot"
           " \\frac{\\partial A^{[2]}}{\\partial Z^{[2]}} \\]", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_DZ2, f"({_BCE_DA_WRITTEN})*a2[0]*(1 - a2[0])")),), batch=23),
    # ---- the deeplearning.ai forum's Python: names with underscores (J_z_3_grad, a_2, y_pred), a # comment,
    # .reshape((len(x_mat),)) -------------------------------------------------------------------------------------
    Public("forum-dz3", _FORUM, "b23_forum_code", "b23_forum_code",
           "J_z_3_grad = y_pred-y # Trick: This is the gradient of the log loss function:", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DZ2,)),), batch=23, why="the code's indentation dropped"),
    Public("forum-a2", _FORUM, "b23_forum_code", "b23_forum_code", "a_2 = sigmoid(z_2)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=23, why="the code's indentation dropped"),
    Public("forum-ypred", _FORUM, "b23_forum_code", "b23_forum_code", "y_pred = sigmoid(z_3).reshape((len(x_mat),))",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=23,
           why="the code's indentation dropped; the reshape makes the batch's outputs one vector (one example here)"),
    # ---- littlebitai's basic math: plain text, ⋅ (U+22C5), – (en dash) for minus, y^ for ŷ, d / dw[...] -------------
    Public("little-model", _LITTLE, "b23_littlebit", "b23_littlebit", "y^ = w ⋅ x", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=23),
    Public("little-loss", _LITTLE, "b23_littlebit", "b23_littlebit", "Loss = (y^ – y)^2 = (w ⋅ x – y)^2", ((C, C),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2", "(W1[0,0]*x[0] - y[0])**2")),), batch=23),
    Public("little-grad", _LITTLE, "b23_littlebit", "b23_littlebit", "d / dw[(w ⋅ x – y)^2] = 2(w ⋅ x – y) ⋅ x",
           ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(W1[0,0]*x[0] - y[0])*x[0]",)),), batch=23,
           why="the derivative of the loss written out"),
    Public("little-update", _LITTLE, "b23_littlebit", "b23_littlebit", "w = w – η ⋅ dLoss / dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=23),
    Public("little-update-word", _LITTLE, "b23_littlebit", "b23_littlebit", "w = w – η ⋅ gradient", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=23, why="its summary table's cell"),
    # ---- primelearnpoint's "Backpropagation Solved Step by Step": plain text, names with a subscript of letters and
    # digits (z_h1, a_h1, z_o3), (0.2)(0.35) for the product, ŷ, ½, − (U+2212), ² and × ------------------------------
    Public("prime-zh1", _PRIME, "b23_prime", "b23_prime", "z_h1 = (0.2)(0.35) + (0.2)(0.70)", ((C,),),
           (Twin("value", "z1[0]", ("=(0.2)*(0.35) + (0.2)*(0.70)",)),), batch=23),
    Public("prime-zh1-sum", _PRIME, "b23_prime", "b23_prime", "z_h1 = 0.0700 + 0.1400 = 0.2100", ((C, C),),
           (Twin("value", "z1[0]", ("=0.0700 + 0.1400", "=0.2100")),), batch=23),
    Public("prime-ah1", _PRIME, "b23_prime", "b23_prime", "a_h1 = 1 / (1 + 0.8106) = 1 / 1.8106 = 0.5523", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + 0.8106)", "=1/1.8106", "=0.5523")),), batch=23,
           why="0.8106 is e^-0.21"),
    Public("prime-ah2", _PRIME, "b23_prime", "b23_prime", "a_h2 = 1 / (1 + 0.7298) = 1 / 1.7298 = 0.5781", ((C, C, C),),
           (Twin("value", "a1[1]", ("=1/(1 + 0.7298)", "=1/1.7298", "=0.5781")),), batch=23),
    Public("prime-zo3", _PRIME, "b23_prime", "b23_prime", "z_o3 = (0.3)(0.5523) + (0.9)(0.5781)", ((C,),),
           (Twin("value", "z2[0]", ("=(0.3)*(0.5523) + (0.9)*(0.5781)",)),), batch=23),
    Public("prime-yhat", _PRIME, "b23_prime", "b23_prime", "ŷ = 1 / (1 + 0.5037) = 1 / 1.5037 = 0.6651", ((C, C, C),),
           (Twin("value", "a2[0]", ("=1/(1 + 0.5037)", "=1/1.5037", "=0.6651")),), batch=23,
           why="e^-0.6860 is 0.50359, written 0.5037: an operand a little over one unit off, within what four digits"
               " carry"),
    Public("prime-loss", _PRIME, "b23_prime", "b23_prime", "L = ½(−0.3349)² = ½ × 0.1122 = 0.0561", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("=0.5*(-0.3349)**2", "=0.5*0.1122", "=0.0561")),), batch=23,
           why="the page's MSE is its table's ½(ŷ − 1.0)²"),
]
