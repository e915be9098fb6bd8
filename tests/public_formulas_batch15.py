r"""Batch 15 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 pages no earlier batch used, copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md, a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch15_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing
with the verdicts written down, commit "oracle verdicts written down before check is run") before check was. Two
Nemotron-CC-Math pages are two pages, each a different post named by its title after the data set's address, as
in batches 13 and 14. A KaTeX page's formulas are its annotations' LaTeX, written without delimiters as the page
holds them. The stored copy of solvewithpython runs a code line into the comment line after it
(``dL_dw = dL_da * da_dz * dz_dw# -1.0 * 1.0 * 2.0 = -2.0``, where a comment on the code's own line keeps its
space: ``z = w * x + b # 1.5 * 2.0 + 0.5 = 3.5``); those two are written with the comment on a line of its own.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 15

The batch: 50 formulas, 25 values (forward passes, losses, local derivatives, 7 of them with numbers), 6 deltas
(dL/dz), 10 gradients, 9 updates; no entry marked unreadable. 31 are LaTeX (math.SE's $$...$$ with layers (L-1),
(L), a desired value (L)^* and an iteration (k+1); Nemotron's \[...\] and $$ on lines of their own; upscfever's
$$...$$ with W1X1 glued; artibrains' \ell, \top, \odot, \big(, \begin{aligned} with two equations a row;
solvewithpython's KaTeX with an en dash), 19 plain text or code (solvewithpython's Python with its numbers in
# comments, the question's MATLAB, quralabz's × and ∇W, appropri8's Python with -=, mrmaier's Python and Swift).
2 are mistaken (the oracle finds a member wrong): appropri8's ``weight -= learning_rate * error * study_hours`` and
``bias -= learning_rate * error``, for loss = error ** 2 of a sigmoid unit, drop the square's 2 and the sigmoid's
slope (dloss/dweight = 2 error sigmoid'(raw_output) study_hours).

After the fixes of the same session (tests/test_reading_constructs_batch15_b15.py): 49 of 50; the one left
refused is arti-delta-base's J_{a^{(L)}}, an operator the page defines for itself.

Collected, and run blind, on 2026-12-03 at main f0a40e7 (once, with nothing under src/ changed; the output is
/work/batch15_blind.txt of that session). Blind: 38 of 50 read with every verdict right (76%); 7 refused that
should have been read; 5 misread, none of them a wrong verdict (see below); no crash; NO WRONG FORMULA CALLED
CORRECT. Both mistaken formulas read with their wrong member called wrong. By kind of claim: values 22 of 25,
deltas 4 of 6, gradients 5 of 10, updates 7 of 9. LaTeX against plain text: the 31 formulas in LaTeX read 27
(87%), the 19 in plain text or code 11 (58%). By page: math.SE 3295234 7 of 7, Nemotron's "Derivation of the
Binary Cross Entropy Loss Gradient" 9 of 9, Nemotron's "Derivative of Cross Entropy Loss with Softmax" 3 of 3,
appropri8 5 of 5, upscfever 4 of 4, quralabz 4 of 6, solvewithpython 3 of 8, artibrains 2 of 6, mrmaier 1 of 2.
(The tables by kind and style were tabulated from the saved output of the run.)

How the collection went, honestly: math.SE 2503428 ("Derivative of Binary Cross Entropy - why are my signs not
right?", its question's sign slip and its unbalanced ``(\log(1-\hat y)``) was chosen first and then left out
before anything was run: its answer's ``\mbox{Logistic regression: }\mathbf{z} = \sigma(\mathbf{h})`` lines are
batch 10's mostlyvoid-* entries (cfs.mostlyvoid.xyz quotes that thread), so the page was used. Nemotron's "Is my
back propagation math correct?" was left out because its biases, fixed at 1, are written as the constant 1 in
its formulas (O = s(s(s(Iw_1+1)w_2+1)w_4 + ...)), which no network with biases as parameters can hold; and
mrmaier's ``slope = 2 * (w - 3)`` because the 3 is the page's one target, a constant that a symbolic member
judged for every target cannot carry (its two updates are in).

The misreads (5), one construct: the worked numbers of a line of code written in its comment, solvewithpython's
``z = w * x + b # 1.5 * 2.0 + 0.5 = 3.5``, ``loss = (a - y) ** 2 # (3.5 - 4.0)^2 = 0.25``, ``dL_da = 2 * (a - y)
# 2 * (3.5 - 4.0) = -1.0`` and the two with the comment on the next line (``dL_dw = dL_da * da_dz * dz_dw`` /
``# -1.0 * 1.0 * 2.0 = -2.0``, dL_db alike). check drops a comment after ``#`` (docs/notation.md says so) and
judges the code's member alone, correct; the page's numbers, which a teacher grades, are not judged (expected
three members, got one; every verdict check gave is right). Tried afterwards with the comment's ``#`` written as
``=`` (``z = w * x + b = 1.5 * 2.0 + 0.5 = 3.5``, and the same for the loss and dL_dw): all three members read
correct.

The refusals by construct (7):

- 3: the layer letter written ``\ell`` in a general rule, with no notation pattern for the layer (symbols.md's
  own counting, x = a^(0)), artibrains' ``\frac{\partial \mathcal{L}}{\partial W^{(\ell)}} = \delta^{(\ell)}
  {a^{(\ell-1)}}^\top,``: "W^{\ell} needs its layer, e.g. W^{(1)}; or give it a meaning in the notation" (arti-dW;
  arti-dB ``\partial \mathcal{L} / \partial b^{(\ell)} = \delta^{(\ell)}``: "b^{\ell} needs its layer, e.g.
  b^{(1)}; ...", arti-delta-rule: "\delta^{\ell} needs its layer, e.g. \delta^{(1)}; ..."). Tried afterwards with
  l for \ell, or with a notation that names the layer through placeholders (``"W_{jk}^{(l)}" = "W{l}[j, k]"``,
  b, z, a, \delta alike): arti-dW and arti-dB read correct. arti-delta-rule (``\delta^{(\ell)} =
  \big(W^{(\ell+1)\top} \delta^{(\ell+1)}\big) \odot \phi^{(\ell)\,'}(z^{(\ell)}),``) has a second construct:
  with l, or with the placeholder notation, it is refused at its function ``\phi^{(l)\,'}(z^{(l)})`` (phi named
  bare in ``functions``, its layer superscript before the prime): "unknown symbol l; the notation knows \hat{y};
  l is an index letter of the notation: write it as a subscript or superscript of what it indexes (W_l, not Wl),
  or give it a meaning in the notation's [notation.symbols]" (and "unknown symbol \ell; ..." with \ell). Tried
  afterwards as ``\phi'(z^{(l)})``: reads correct.
- 1: a Jacobian operator the page defines (``J_f(p) = \partial f / \partial p^\top``), artibrains'
  ``\delta^{(L)} = \nabla_{z^{(L)}} \mathcal{L} = \big(J_{a^{(L)}}(z^{(L)})\big)^\top \nabla_{a^{(L)}}
  \mathcal{L}.``: "unknown symbol J_{a^{(L)}}; the notation knows \hat{y}; give it a meaning in the notation's
  [notation.symbols], e.g. "J_{a^{(L)}}" = "a1[0]"" (the example meaning offered is no meaning J could have). Tried
  afterwards without the Jacobian member, ``\delta^{(L)} = \nabla_{z^{(L)}} \mathcal{L}.``: reads correct.
- 1: plain text's gradient written ``∇W`` (W not a subscript) before the loss's name, quralabz's ``W := W - α ×
  ∇W Loss``: "\nabla is read for the gradient of the loss, \nabla_W L" (the message names neither what is wrong
  nor what to write). Tried afterwards as ``∇_W Loss``: reads correct.
- 1: a gloss in parentheses that ends in a digit, quralabz's ``dL/dW1 = 0.05   (gradient for weight 1)``:
  "unknown symbol f; the notation knows W, W1; give it a meaning in the notation's [notation.symbols], e.g. "f" =
  "a1[0]"" (the gloss read as a product of letters). Tried afterwards without the gloss, or with "weight one":
  reads correct.
- 1: a comment after ``//`` (Swift, C, JavaScript), mrmaier's ``w -= eta * slope // the update rule: step AGAINST
  the slope``: "unexpected at '/' (position 19)". Tried afterwards without the comment, or with ``#``: reads
  correct.

What the spec could not express, which a page needed: whether the numbers in a code comment are claims (the
spec is silent; docs/notation.md drops the comment); ``\ell`` for the layer letter (the spec's defaults name l and
L; only a notation pattern with the placeholder l reaches \ell); a function with its layer superscript and its
prime, ``\phi^{(\ell)\,'}``; a page's own operator, ``J_{a^{(L)}}(z^{(L)})``; math.SE's iteration ``W(k+1)``,
``W(k)`` (not in the spec's list of update forms; the docs' step argument reads it); a symbolic formula holding the
page's data as a constant (mrmaier's ``2 * (w - 3)``, left out); quralabz's dL/dW1 = 0.05 is given without the
data that make it, so the network's data were chosen to make it true (x = 1, y = 0.25); artibrains' "mean-squared-
error loss" is read as 1/2 ||yhat - y||^2 (its delta^(2) = (yhat - y) phi'(z^(2)) is exact for it; with its 2
outputs the mean of the squares gives the same), and its phi, unnamed on the page, is a sigmoid; solvewithpython's
local derivatives da_dz, dz_dw, dz_db are named by what they are in this network (1, x, 1), so their own lines
(``da_dz = 1.0``, ...) would be claims the notation answers and were not taken. ``grad(...)``, ``new(...)``, code's
names and the learning_rate, loss and functions keys are the spec's and the project's (docs/notation.md).

After the fixes: not yet (the lead fixes the reader from these findings); the README's row says blind = after.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch15_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SOLVE = "https://solvewithpython.com/neural-networks/backpropagation-step-by-step"
_MSE = ("https://math.stackexchange.com/questions/3295234/how-can-i-apply-backpropagation-with-matrix-algebra-deep-"
        "learning")
_BCE_GRAD = f"{_NEMOTRON} (Derivation of the Binary Cross Entropy Loss Gradient)"
_SOFTMAX = f"{_NEMOTRON} (Derivative of Cross Entropy Loss with Softmax)"
_QURA = "https://www.quralabz.com/module/deep-learning/dl-forward-backprop/2"
_TINY = "https://appropri8-astro.pages.dev/tutorials/2026/05/20/tiny-neural-network-by-hand/page/4"
_UPSC = "http://upscfever.com/upsc-fever/en/data/deeplearning/11.html"
_ARTI = "https://artibrains.github.io/how-machines-think/chapter-6/math/backpropagation-chain-rule/index.html"
_MAIER = "https://ai.mrmaier.com/lessons/0007-gradient-descent.html"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))

# the binary cross-entropy of one sigmoid unit, its derivative by the output, and by z
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DBCE = "-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))"

# artibrains' error terms for 1/2 ||a2 - y||^2 (sigmoid layers): delta2[j], and delta1[j] through W2
def _d2(j) -> str:
    return f"(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


_D1 = "(" + " + ".join(f"{_d2(m)}*W2[{m},{{j}}]" for m in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"
_BY_LAYER_W = (tuple({"l": 2, "j": j, "k": k} for j in range(2) for k in range(3))
               + tuple({"l": 1, "j": j, "k": k} for j in range(3) for k in range(2)))
_BY_LAYER_B = tuple({"l": 2, "j": j} for j in range(2)) + tuple({"l": 1, "j": j} for j in range(3))


ENTRIES: list[Public] = [
    # ---- solvewithpython.com: a Python block with its numbers in comments (a comment on a line of its own where the
    # stored copy runs the code line into it), and the page's KaTeX (an en dash for minus) ----------------------------
    Public("solve-z", _SOLVE, "b15_solve", "b15_solve", "z = w * x + b # 1.5 * 2.0 + 0.5 = 3.5", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=1.5*2.0 + 0.5", "=3.5")),), batch=15),
    Public("solve-loss", _SOLVE, "b15_solve", "b15_solve", "loss = (a - y) ** 2 # (3.5 - 4.0)^2 = 0.25", ((C, C, C),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2", "=(3.5 - 4.0)**2", "=0.25")),), batch=15),
    Public("solve-dL-da", _SOLVE, "b15_solve", "b15_solve", "dL_da = 2 * (a - y) # 2 * (3.5 - 4.0) = -1.0",
           ((C, C, C),), (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])", "=2*(3.5 - 4.0)", "=-1.0")),),
           batch=15, why="dL/da of L = (a - y)^2"),
    Public("solve-dL-dw", _SOLVE, "b15_solve", "b15_solve", "dL_dw = dL_da * da_dz * dz_dw\n# -1.0 * 1.0 * 2.0 = -2.0",
           ((C, C, C),), (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*1*x[0]", "=-1.0*1.0*2.0", "=-2.0")),),
           batch=15),
    Public("solve-dL-db", _SOLVE, "b15_solve", "b15_solve", "dL_db = dL_da * da_dz * dz_db\n# -1.0 * 1.0 * 1.0 = -1.0",
           ((C, C, C),), (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])*1*1", "=-1.0*1.0*1.0", "=-1.0")),), batch=15),
    Public("solve-z-latex", _SOLVE, "b15_solve", "b15_solve", r"z = w \cdot x + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=15),
    Public("solve-loss-latex", _SOLVE, "b15_solve", "b15_solve", "L = (a – y)^2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=15, why="– an en dash"),
    Public("solve-chain-latex", _SOLVE, "b15_solve", "b15_solve",
           r"\frac{\partial L}{\partial w} = \frac{\partial L}{\partial a} \cdot \frac{\partial a}{\partial z} \cdot"
           r" \frac{\partial z}{\partial w}", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*1*x[0]",)),), batch=15),
    # ---- math.SE 3295234: $$...$$, layers written (L-1), (L), the desired value (L)^*, the iteration (k+1), (k);
    # the question's MATLAB loop -------------------------------------------------------------------------------------
    Public("mse3295-input", _MSE, "b15_mse_matrix", "b15_mse_matrix", "$$a^{(L-1)}_{i} = 5.7$$", ((C,),),
           (Twin("value", "x[0]", ("=5.7",)),), batch=15),
    Public("mse3295-weight", _MSE, "b15_mse_matrix", "b15_mse_matrix", "$$W^{(L)}_{i,j} = -23.1$$", ((C,),),
           (Twin("value", "W1[0,0]", ("=-23.1",)),), batch=15),
    Public("mse3295-output", _MSE, "b15_mse_matrix", "b15_mse_matrix",
           "$$a^{(L)}_{i} = a^{(L-1)}_{i} W^{(L)}_{i,j} = 5.7 * (-23.1) = -131.67$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0]", "=5.7*(-23.1)", "=-131.67")),), batch=15),
    Public("mse3295-error", _MSE, "b15_mse_matrix", "b15_mse_matrix", "$$C = (a^{(L)}_{i} - a^{(L)^*}_{i})^2$$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=15),
    Public("mse3295-chain", _MSE, "b15_mse_matrix", "b15_mse_matrix",
           r"$$\frac{\partial a^{(L)}_{i}}{\partial W^{(L)}_{i,j}} \frac{\partial C}{\partial a^{(L)}_{i}} ="
           r" \frac{\partial C}{\partial W^{(L)}_{i,j}}$$", ((C,),),
           (Twin("value", "x[0]*2*(a1[0] - y[0])", ("2*(a1[0] - y[0])*x[0]",)),), batch=15,
           why="the chain written first, the gradient it equals on the right"),
    Public("mse3295-update", _MSE, "b15_mse_matrix", "b15_mse_matrix",
           r"$$W^{(L)}_{i,j}(k+1) = W^{(L)}_{i,j}(k) - R \frac{\partial C}{\partial W^{(L)}_{i,j}}$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=15),
    Public("mse3295-matlab", _MSE, "b15_mse_matrix", "b15_mse_matlab", "w = w - r*a*2*(a*w - y);", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*x[0]*2*(x[0]*W1[0,0] - y[0])",)),), batch=15,
           why="the loop's body, as Nemotron's copies of the question hold it"),
    # ---- Nemotron's "Derivation of the Binary Cross Entropy Loss Gradient": \[ ... \], W and x vectors, \left( ----
    Public("bceg-loss", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad",
           r"\[ L = - (y \log(\hat{y}) + (1 - y) \log(1 - \hat{y})) \]", ((C,),), (Twin("value", _BCE, (_BCE,)),),
           batch=15),
    Public("bceg-yhat", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad", r"\[ \hat{y} = \sigma(z) = \frac{1}{1 + e^{-z}} \]",
           ((C, C),), (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=15),
    Public("bceg-z", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad", r"\[ z = W \cdot x \]", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=15),
    Public("bceg-dL-dyhat", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad",
           r"\[ \frac{\partial L}{\partial \hat{y}} = -\left(\frac{y}{\hat{y}} - \frac{1 - y}{1 - \hat{y}}\right) \]",
           ((C,),), (Twin("value", _DBCE, (_DBCE,)),), batch=15),
    Public("bceg-dyhat-dz", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad",
           r"\[ \frac{\partial \hat{y}}{\partial z} = \hat{y} (1 - \hat{y}) \]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=15),
    Public("bceg-dz-dW", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad", r"\[ \frac{\partial z}{\partial W} = x \]",
           ((C,),), (Twin("value", "x[{i}]", ("x[{i}]",), _I2),), batch=15, why="a vector: dz/dW_i = x_i"),
    Public("bceg-chain", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad",
           r"\[ \frac{\partial L}{\partial W} = \left(\frac{\partial L}{\partial \hat{y}}\right) \left(\frac{\partial"
           r" \hat{y}}{\partial z}\right) \left(\frac{\partial z}{\partial W}\right) \]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=15),
    Public("bceg-expanded", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad",
           r"\[ \frac{\partial L}{\partial W} = \left(-\left(\frac{y}{\hat{y}} - \frac{1 - y}{1 - \hat{y}}\right)\right)"
           r" \left(\hat{y} (1 - \hat{y})\right) x \]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"({_DBCE})*(a1[0]*(1 - a1[0]))*x[{{i}}]",), _I2),), batch=15),
    Public("bceg-result", _BCE_GRAD, "b15_bce_nobias", "b15_bce_grad",
           r"\[ \frac{\partial L}{\partial W} = (\hat{y} - y) x \]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=15),
    # ---- Nemotron's "Derivative of Cross Entropy Loss with Softmax": $$ on lines of their own, sigma(z)_i ----------
    Public("softce-softmax", _SOFTMAX, "b15_softmax", "b15_softmax_ce",
           "$$\n\\sigma(z)_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}\n$$", ((C,),),
           (Twin("value", "a1[{i}]", ("exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _I3),), batch=15,
           why="K the number of classes (3 here), a bound that is not a number"),
    Public("softce-loss", _SOFTMAX, "b15_softmax", "b15_softmax_ce",
           "$$\nL = -\\sum_{i=1}^{K} y_i \\log(\\hat{y}_i)\n$$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=15),
    Public("softce-dL-dz", _SOFTMAX, "b15_softmax", "b15_softmax_ce",
           "$$\n\\frac{\\partial L}{\\partial z_i} = \\hat{y}_i - y_i\n$$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=15),
    # ---- quralabz: plain text with ×, dL/dW, W_new / W_old, ∇W Loss, a gloss in parentheses ---------------------------
    Public("qura-rule", _QURA, "b15_qura_chain", "b15_qura_chain", "W_new = W_old - learning_rate × dL/dW", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=15),
    Public("qura-chain", _QURA, "b15_qura_chain", "b15_qura_chain", "dL/dW = (dL/da2) × (da2/dz2) × (dz2/dW2)",
           ((C,),), (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=15,
           why="W the weight of the chain the page writes, W2"),
    Public("qura-nabla", _QURA, "b15_qura_chain", "b15_qura_chain", "W := W - α × ∇W Loss", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=15),
    Public("qura-gradient", _QURA, "b15_qura_step", "b15_qura_step", "dL/dW1 = 0.05   (gradient for weight 1)",
           ((C,),), (Twin("gradient", "W1[0,0]", ("=0.05",)),), batch=15,
           why="the network's data chosen so that the page's gradient is the true one"),
    Public("qura-old", _QURA, "b15_qura_step", "b15_qura_step", "W1_old = 0.3", ((C,),),
           (Twin("value", "W1[0,0]", ("=0.3",)),), batch=15),
    Public("qura-step", _QURA, "b15_qura_step", "b15_qura_step", "W1_new = 0.3 - 0.01 × 0.05 = 0.3 - 0.0005 = 0.2995",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("=0.3 - 0.01*0.05", "=0.3 - 0.0005", "=0.2995")),), batch=15),
    # ---- appropri8's tiny network by hand: Python with -=, the error's gradient without the sigmoid's slope or the
    # square's 2 -------------------------------------------------------------------------------------------------------
    Public("tiny-raw", _TINY, "b15_tiny", "b15_tiny", "raw_output = study_hours * weight + bias", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=15),
    Public("tiny-prediction", _TINY, "b15_tiny", "b15_tiny", "prediction = sigmoid(raw_output)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=15),
    Public("tiny-loss", _TINY, "b15_tiny", "b15_tiny", "loss = error ** 2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=15),
    Public("tiny-weight", _TINY, "b15_tiny", "b15_tiny", "weight -= learning_rate * error * study_hours", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=15,
           why="dloss/dweight is 2 error sigmoid'(raw_output) study_hours: the 2 and the sigmoid's slope dropped"),
    Public("tiny-bias", _TINY, "b15_tiny", "b15_tiny", "bias -= learning_rate * error", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),), batch=15, why="the same two factors dropped"),
    # ---- upscfever's notes of Ng's lecture: $$...$$, W1X1 glued, Dz, L(a,y), * between derivatives ------------------
    Public("upsc-z", _UPSC, "b15_logistic", "b15_upsc", "$$Z = W1X1 + W2X2 + B$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=15),
    Public("upsc-a", _UPSC, "b15_logistic", "b15_upsc", "$$a = \\sigma(z)$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=15),
    Public("upsc-dz", _UPSC, "b15_logistic", "b15_upsc", "$$Dz = \\frac{d L(a,y)}{dz}$$", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=15, why="Dz names dL/dz; the claim is its definition"),
    Public("upsc-chain", _UPSC, "b15_logistic", "b15_upsc",
           "$$\\frac{dL}{da} * \\frac{da}{dz} = (a(1-a))*(-\\frac{y}{a} + \\frac{1 - y}{1 - a})$$", ((C,),),
           (Twin("gradient_z", "z1[0]", ("(a1[0]*(1 - a1[0]))*(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))",)),),
           batch=15, why="the chain dL/da da/dz is dL/dz"),
    # ---- artibrains: matrix forms with \ell, \top, \odot, \big(, \phi^{(\ell)\,'}, an aligned block of four ----------
    Public("arti-dW", _ARTI, "b15_arti", "b15_arti",
           "$$ \\frac{\\partial \\mathcal{L}}{\\partial W^{(\\ell)}} = \\delta^{(\\ell)} {a^{(\\ell-1)}}^\\top, $$", ((C,),),
           (Twin("gradient", "W{l}[{j},{k}]",
                 (f"({_d2('{j}')}*a1[{{k}}] if {{l}} == 2 else {_D1}*x[{{k}}])",), _BY_LAYER_W),), batch=15,
           why="a rule over the layers, 1 and 2"),
    Public("arti-delta-rule", _ARTI, "b15_arti", "b15_arti",
           "$$ \\delta^{(\\ell)} = \\big(W^{(\\ell+1)\\top} \\delta^{(\\ell+1)}\\big) \\odot \\phi^{(\\ell)\\,'}(z^{(\\ell)}), $$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_D1,), _J3),), batch=15,
           why="at layer 1, the one with a layer after it; phi^(1) the hidden sigmoid"),
    Public("arti-delta-base", _ARTI, "b15_arti", "b15_arti",
           "$$ \\delta^{(L)} = \\nabla_{z^{(L)}} \\mathcal{L} = \\big(J_{a^{(L)}}(z^{(L)})\\big)^\\top \\nabla_{a^{(L)}}"
           " \\mathcal{L}. $$", ((C, C),), (Twin("gradient_z", "z2[{j}]", (_d2("{j}"),) * 2, _J2),), batch=15,
           why="J_f(p) = df/dp^T, the page's Jacobian"),
    Public("arti-dB", _ARTI, "b15_arti", "b15_arti", "$\\partial \\mathcal{L} / \\partial b^{(\\ell)} = \\delta^{(\\ell)}$",
           ((C,),), (Twin("gradient", "b{l}[{j}]", (f"({_d2('{j}')} if {{l}} == 2 else {_D1})",), _BY_LAYER_B),),
           batch=15),
    Public("arti-forward", _ARTI, "b15_arti", "b15_arti",
           "$$ \\begin{aligned} z^{(1)} &= W^{(1)} x + b^{(1)}, & a^{(1)} &= \\sigma(z^{(1)}), \\\\ z^{(2)} &= W^{(2)}"
           " a^{(1)} + b^{(2)}, & \\hat{y} &= a^{(2)} = \\phi(z^{(2)}), \\end{aligned} $$", ((C,), (C,), (C,), (C, C)),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),
            Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]",), _J2),
            Twin("value", "a2[{j}]", ("a2[{j}]", "sigmoid(z2[{j}])"), _J2)), batch=15),
    Public("arti-deltas", _ARTI, "b15_arti", "b15_arti",
           "$$ \\delta^{(2)} = (\\hat{y} - y) \\odot \\phi'(z^{(2)}), \\qquad \\delta^{(1)} = \\big(W^{(2)\\top}"
           " \\delta^{(2)}\\big) \\odot \\sigma'(z^{(1)}), $$", ((C,), (C,)),
           (Twin("gradient_z", "z2[{j}]", (_d2("{j}"),), _J2), Twin("gradient_z", "z1[{j}]", (_D1,), _J3)), batch=15),
    # ---- ai.mrmaier.com's lesson 7: the update in Python (a # comment) and in Swift (a // comment) -------------------
    Public("maier-python", _MAIER, "b15_maier", "b15_maier",
           "w = w - eta * slope # the update rule: step AGAINST the slope", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=15),
    Public("maier-swift", _MAIER, "b15_maier", "b15_maier", "w -= eta * slope // the update rule: step AGAINST the slope",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=15),
]
