r"""Batch 88 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: RKorzeniowski's blog post in Markdown
with $$...$$ display math, \cdot, \hat{y} as the target and lines indented under a numbered list, at commit
0c81e71; yuhe1984's MATLAB bptrain.m, the old loops in % comments above their vectorised rewrite, struct fields
prob.o_v and prob.ho_w indexed with parentheses and thresholds subtracted; deepnet's nn.bp in
LeeGyeongTak/Deep-Reinforcement-Learning-using-R, R's d[[i]] lists and nn$post[[i]] fields; albiondervishi1's R
script with dotted names (layer.1.error); willkroboth's Java ShowCode.java with "double " locals; two MATLAB files
of a student's lab in SunnyHaze/An_introduction_to_deep_neural_networks, lab5.m with cell arrays a{L}, delta{q+1}
and bc.m; vasco-sampaio's C backprop.c, tab-indented, with a // comment stating its rule; lucaspluchon's C
BackProp.c with a sum accumulated by +=; and one stored file without its repository's name: a MATLAB script working
one step of a 2-2-1 sigmoid network, every weight 0.5, its statements without the ; that silences them), copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch88_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed
before check was. The stored file is cited by its id. A derivative by an activation (dL/dy, dCdN) or a local
derivative (dy/dz, dNds, d_act) is twinned as a value, as in batches 14 to 86; so is a delta in Mitchell's sign
((ytarg - y) y (1 - y) = -dE/dnet, the notations' "-delta2[0]"), an error y - output (-dE/da), and a loop's
accumulated sum (the value once the loop is done). Formulas keep their page's delimiters and what surrounds them
on their line ($$...$$, a list's indentation, a code line's indentation (spaces or tabs) and trailing ;, a MATLAB
comment's "%", C's "//", Java's "double ", R's "<-"); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 88

The batch: 57 formulas from 10 addresses (the stored MATLAB script 16, RKorzeniowski 10, yuhe1984 7, LeeGyeongTak
5, albiondervishi1 4, willkroboth 5, SunnyHaze's lab5.m 3 and bc.m 1, vasco-sampaio 4, lucaspluchon 2).

11 are mistaken somewhere (the oracle finds at least one member wrong):

- the MATLAB script's nine updates, w5 = w5 - lr * delta3 * h1 and the rest: its deltas are in Mitchell's sign
  (delta3 = (ytarg - y) * y*(1-y) = -dE/dnet), so subtracting lr * delta climbs the error; two of them also take
  the wrong unit's delta (w2 = w2 - lr * delta1 * x2, where w2 joins x2 to h2; w4 = w4 - lr * delta2 * x2, where w4
  joins x2 to h1). At the page's x1 = x2 = 0 the four input weights' steps are 0, but the oracle judges the rule at
  random points, as the spec's symbolic claims are;
- albiondervishi1's syn0 <- syn0 + (t(layer.0) %*% layer.1.delta): a step with no learning rate, judged at any eta
  as the spec's update claim is (the script's step is eta = 1);
- lucaspluchon's hidenError: res = sigmoideDerivate(activation), then res += outputError[i] * weights[...] over the
  outputs: the slope added to the weighted sum where it should multiply it.

Not mistaken, though they look it: yuhe1984's prob.o_t = prob.o_t - lr * o_grid (the threshold is subtracted in
pred.m's f(totall(j) - prob.o_t(j)), so o_t = -b and the step is the descent step); deepnet's d[[n]] <- -nn$e *
(...) (nn$e = y - output, so -e o (1 - o) is dE/dnet); willkroboth's dCdN = 2*(activation-expectedValue) without its
; (the cost (a - y)^2); SunnyHaze's delta = (w' * delta_next) .* df(z) (called with w{q}, z{q}, delta{q+1}).

What was left out: the MATLAB script's sig function; RKorzeniowski's sigma(z) definition, section 4's Python
pseudocode (the same derivatives as code: dL_dy = y - y_true and the rest, w -= lr * dL_dw), section 5's
\delta^l = (\delta^{l+1} W^{l+1}) \odot f'(z^l) (a rule over every layer, for the batch's size), the CNN, skip,
dropout and batch-norm sections (not a network of this kind) and section 10.4's linear example L = (y - 5)^2 (for
the batch's size); yuhe1984's f and df definitions, the zeros(...) initialisations, the hidden loop's a =
prob.ho_w(h,j) * o_grid(j) and h_grid(h) = h_grid(h) + a (a temporary a whose meaning changes), its
vectorised a = o_grid .* prob.ho_w and h_grid = sum(a,2)' (the same a, a broadcast matrix), the b = ... and c =
... products with prob.ho_w = prob.ho_w + lr * b' and prob.ih_w = prob.ih_w + lr * c', and the thresholds' loop
comments (for the batch's size); deepnet's linear, softmax, tanh and relu branches and the dropout mask (other
networks), dw <- dw * nn$learningrate, db <- db * nn$learningrate, the momentum lines and the W and B updates
(dw and db are the gradient on one line and the step on the next, which one notation cannot name both);
albiondervishi1's sigmoid and nonlin definitions; willkroboth's forward pass, its hidden neurons' dCdN +=
accumulation, dsdb = 1, dsdw = input.getActivation(), the accumulations into accumulatedDCdb/DCdW, the applyGradients
updates (Util.updateValue, not shown) and SigmoidActivation's of() and derivative(); SunnyHaze's forward pass (fc.m)
and its cost list J = [J 1/mini_batch*sum(...)]; bc.m's f and df definitions; vasco-sampaio's error += delta[j] *
layer.weights[j * layer.prevSize + i] (a flat array's index); lucaspluchon's delta() (error * activation * v,
called for the weight and bias steps with v the rate), hidenError's res = sigmoideDerivate(...) (its start) and
its biasDelta and weight-delta loops (res[i + j], an index that overlaps).

Collected on 2026-12-06 (00:39 to 00:48 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all twelve
pairs loaded, after three fixes: deepnet's R fields with $ ("nn$post[[1]]": "cannot read '$' at position 3"),
named without their nn$ (post[[i]], W[[i]], B[[i]], e; d[[i]] loads as the page writes it); albiondervishi1's
dotted names with a digit ("layer.0": "is not one symbol", "layer.1.error": "unexpected at '.' (position 8)"),
named layer_{0} and layer_{1}, and the error and delta left out; lucaspluchon's pointer chains
("network->activations->data[nodeIndex]": "is not one symbol"; "weights[i * network->hidenNumber]": "unexpected at
']' (position 33)"), named data[nodeIndex] and weights_{i}. Run blind at main 7727bb8 (/work/READY_FOR_BLIND31),
with nothing under src/ changed. The first run (/work/batch88_blind.txt): 35 of 57 read with every verdict right
(61%), 18 refused, 4 misread, no crash, NO WRONG FORMULA CALLED CORRECT.

Three refusals and one misreading were the notation's (the collector's): deepnet's notation did not name d_act, dw
and db (the lines' left sides), so check read them as d with a subscript (lg-dact, lg-dw, lg-db: "d_{act} matches
none of the notation's patterns for d ('d[[i]]')", "d matches none of the notation's patterns for d ('d[[i]]')");
and lab 5's notation gave grad_w as the last layer's gradient, grad(W4[:, :]), where the page's grad_w is the loop's
layer's, so w{q} = w{q} - alpha* grad_w read as W1's update with W4's gradient (sl-update misread, called wrong) and
grad_w = delta{q+1}*a{q}' had no q ("the index q has no value; name it on the left side, with --param (e.g.
W2[q,i]), or in a sum"). With "d_act" = "a1[:]*(1 - a1[:])", "dw" = "grad(W1[:, :])", "db" = "grad(b1[:])" added and
"grad_w" = "grad(W{q}[:, :])" (all loaded; the notation only), the second run (/work/batch88_blind_second.txt): 37
of 57 read (65%), 16 refused, 4 misread, no crash, no wrong formula called correct: sl-gradw and sl-update read;
lg-dact and lg-dw are refused at their layer index ("the index i has no value; name it on the left side, with
--param (e.g. W2[i,i]), or in a sum"), lg-db at colMeans ("unknown symbol c; the notation knows B, W, d, db, dw,
e, n, post; give it a meaning in the notation's [notation.symbols], e.g. "c" = "a1[0]""), and lg-di, refused in
the first run, is misread (below). A function name with a dot cannot be given (functions."activationFunction.
derivative": "is not an element-wise activation's derivative and where it is taken; ... a word of letters, digits
and underscores"), so wk-dNds stays as it was.

The misreadings (4 in each run), each a right formula called wrong:

- yh-hgrid, h_grid = h_grid .* df(prob.h_v): a name reassigned in place, the right side's h_grid the value before
  (sum(a,2)', -dE/dh), read with the notation's one meaning (-delta1) on both sides, so -delta1 = -delta1 ⊙ a1(1 -
  a1);
- yh-ot and yh-ht, prob.o_t = prob.o_t - lr * o_grid: thresholds the notation names as minus the biases ("prob.o_t"
  = "-b2[:]"), read as a value claim (the new threshold against the old one, -b2[0]), not as the biases' update;
- first run: sl-update (the notation's, above); second run: lg-di, d[[i]] <- (d[[i + 1]] %*% nn$W[[i]]) * d_act,
  with R's $ read as a space, so nn$W[[i]] is n * n * W2 with the notation's n = 3 (the layers' count): 9 W2, wrong.

Of the 11 mistaken formulas, 9 read with every verdict right (the MATLAB script's nine updates, called wrong) and 2
were refused (ad-update at layer.0's dot, lp-hid at its pointer chain). By page (first run): the stored MATLAB
script 16 of 16, RKorzeniowski 10 of 10, yuhe1984 1 of 7 (3 refused, 3 misread), LeeGyeongTak 0 of 5, albiondervishi1
0 of 4, willkroboth 4 of 5, SunnyHaze's lab5.m 1 of 3 (3 of 3 in the second run) and bc.m 1 of 1, vasco-sampaio 1
of 4, lucaspluchon 1 of 2.

The refusals by construct (18 in the first run), with the exact message:

- 3, a MATLAB loop's statement in a % comment, indented, its left side indexed ("%     o_grid(j) = (y(j) -
  prob.o_v(j)) * df(prob.o_v(j));", "%         prob.ho_w(h,j) = prob.ho_w(h,j) + lr * o_grid(j) * prob.h_v(h);")
  (yh-ogrid-loop, yh-how-loop, yh-ihw-loop): "holds nothing to judge once its spacing and layout (\, \quad, \left.)
  and its prose (words in \text, remarks) are set aside; write the derivative or the update, e.g. \frac{\partial
  L}{\partial w} = ...";
- 1, R's $ fields, -nn$e * (nn$post[[n]] * (1 - nn$post[[n]])) (lg-dn): "multiplies a 2 x 1 by a 3 x 1, whose sizes
  do not fit; write the factors so that the first has as many columns as the second has rows; two vectors' outer
  product has the second transposed, u v^T, whatever sign joins them" (nn read as n * n);
- 1, deepnet's row of deltas times W, (d[[i + 1]] %*% nn$W[[i]]) * d_act (lg-di): "multiplies a 2 x 1 by a 2 x 3,
  whose sizes do not fit; write the factors so that the first has as many columns as the second has rows" (misread
  in the second run);
- 3, code names the notation did not give, d_act, dw, db (lg-dact, lg-dw, lg-db; the notation's, above);
- 4, R's dotted names with a digit, layer.0, layer.1, layer.1.error, layer.1.delta, which the loader refuses in a
  pattern (ad-l1: "layer matches none of the notation's patterns for layer ('layer_{0}', 'layer_{1}')"; ad-error,
  ad-delta: "unexpected at '.' (position 8)"; ad-update: "expected ')' to close the parenthesis at '.' (position
  60)");
- 1, a method called on an object, activationFunction.derivative(weightedSum) (wk-dNds): "unknown symbol Function;
  the notation knows activation, dCdN, dCdb, dCds, dCdw, dNds, dsdb, dsdw; give it a meaning in the notation's
  [notation.symbols], e.g. "Function" = "a1[0]"";
- 1, a rule over the loop's layer q (sl-gradw; the notation's, above);
- 3, C arrays indexed by the loop's i where the notation names the whole vector: vs-error, "unknown symbol i; the
  notation knows activation, deltaOut, error, expected, nn.outputLayer.act; i is an index letter of the notation:
  write it as a subscript or superscript of what it indexes (W_i, not Wi), or give it a meaning in the notation's
  [notation.symbols]"; vs-deltaOut, "nn.outputLayer.act_{i}: entry i of the vector nn.outputLayer.act, and no
  pattern's meaning counts i, so nothing says which entry i is; name it in the notation's [notation.symbols]";
  vs-deltaL, a loop's scalar error against the notation's vector, "'error * dSigmoid(prevAct[i])' is a vector or
  matrix where the left side is a number";
- 1, C's pointer chain in an index, weights[i * network->hidenNumber] (lp-hid, the page's mistake): "unexpected at
  ']' (position 57)".

Read, among the constructs these pages brought: MATLAB statements without their ; and a script's own sig(), names
glued to digits (w5, delta3, ytarg), deltas in Mitchell's sign and the nine updates that subtract them (called
wrong); $$...$$ with \frac{\partial L}{\partial y} \cdot ..., \hat{y} as the target, three spaces of a list's
indentation, two claims joined by \quad; MATLAB's .* with a notation's df "at output", cell arrays a{L},
delta{q+1}, w{q} and w' * delta_next; Java's "double " locals and a line without its ;; a C // comment stating the
rule with tabs before it; C's res[i] = ... with the notation's sigmoideDerivate.

Which look general (would appear in much homework and code): MATLAB's commented-out loop statements with indexed
left sides, a name reassigned in place (x = x .* f, the right side's x the value before), R's $ fields (read as a
product, and so with the notation's n as n * n: a misreading that could call a wrong formula correct elsewhere), R's
dotted names with digits (layer.1.error, which the loader cannot name either), code arrays indexed by a loop
variable (x[i]) against a notation naming the vector, a method called on an object (obj.derivative(s)), R's
colMeans/nrow, a rule over the loop's layer index. Page- or course-specific: thresholds named as minus the biases
(prob.o_t, read as a value), deepnet's d[[i]] lists with rows of deltas, C's pointer chains inside an index.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch88_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ML = _STORED.format(31923247992, "clc; close; clear all;",
                     "a MATLAB script working one step of a 2-2-1 sigmoid network, every weight 0.5")
_RK = "https://github.com/RKorzeniowski/rkorzeniowski.github.io (_posts/2020-11-12-manual-backprop.md, commit 0c81e71)"
_YH = "https://github.com/yuhe1984/MATLAB (BP_iris/bptrain.m, commit 7532e79)"
_LG = "https://github.com/LeeGyeongTak/Deep-Reinforcement-Learning-using-R (nn.bp.R, commit 77361ba)"
_AD = "https://github.com/albiondervishi1/Simple_Neural_Net (Simple_Neural_Net.R, commit 2a2c7fc)"
_WK = "https://github.com/willkroboth/Neural-Network (ShowCode.java, commit 1ec90c6)"
_SL = ("https://github.com/SunnyHaze/An_introduction_to_deep_neural_networks"
       " (Lab5/Lab5/马晓晨2019141460009/lab5.m, commit 2e4e631)")
_SB = ("https://github.com/SunnyHaze/An_introduction_to_deep_neural_networks"
       " (Lab5/Lab5/马晓晨2019141460009/bc.m, commit 2e4e631)")
_VS = "https://github.com/vasco-sampaio/OCR (WIP/backprop.c, commit 7453338)"
_LP = "https://github.com/lucaspluchon/OCR_S3 (NeuralNetwork/BackProp.c, commit 28dffa9)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_H5 = tuple({"h": h} for h in range(5))
_I3 = tuple({"i": i} for i in range(3))
_K2 = tuple({"k": k} for k in range(2))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_JI3 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_JH = tuple({"j": j, "h": h} for j in range(3) for h in range(5))
_HI = tuple({"h": h, "i": i} for h in range(5) for i in range(4))

# the MATLAB script: delta3 = (ytarg - y) y (1 - y) = -dE/dnet, delta1 and delta2 the hidden units' in that sign
_D3 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_D1 = _D3 + "*W2[0,0]*a1[0]*(1 - a1[0])"
_D2 = _D3 + "*W2[0,1]*a1[1]*(1 - a1[1])"
# RKorzeniowski's neuron: dL/dz = (y - y_hat) sigma'(z)
_G = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# two sigmoid layers, the half squared error: the output's -dE/dnet and the hidden units' (sums over the outputs)
_OG = "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])"
_HG = "(((y - a2)*a2*(1 - a2)) @ W2)[{h}]*a1[{h}]*(1 - a1[{h}])"
_DH = "(((a2 - y)*a2*(1 - a2)) @ W2)[{j}]*a1[{j}]*(1 - a1[{j}])"

ENTRIES = [
    # ---- the MATLAB script (stored): statements without their ; (MATLAB prints them), sig() the script's own
    # sigmoid, names glued to their numbers (w5, delta3, ytarg), the deltas in Mitchell's sign ----------------------
    Public("mls-h1", _ML, "b88_ml", "b88_ml", "h1 = sig(w1*x1+w4*x2+b1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=88,
           why="h1 gets w1 from x1 and w4 from x2 (the page's wiring)"),
    Public("mls-h2", _ML, "b88_ml", "b88_ml", "h2 = sig(w3*x1+w2*x2+b2)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1] + b1[1])",)),), batch=88),
    Public("mls-y", _ML, "b88_ml", "b88_ml", "y = sig(w5*h1+w6*h2+b3)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0])",)),), batch=88),
    Public("mls-E", _ML, "b88_ml", "b88_ml", "E = 1/2*(ytarg-y)^2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("1/2*(y[0] - a2[0])**2",)),), batch=88),
    Public("mls-delta3", _ML, "b88_ml", "b88_ml", "delta3 = (ytarg - y) * y*(1-y)", ((C,),),
           (Twin("value", _D3, (_D3,)),), batch=88,
           why="the output's delta in Mitchell's sign, -dE/dnet, a value"),
    Public("mls-delta1", _ML, "b88_ml", "b88_ml", "delta1 = delta3 * w5 * h1*(1-h1)", ((C,),),
           (Twin("value", _D1, (_D1,)),), batch=88),
    Public("mls-delta2", _ML, "b88_ml", "b88_ml", "delta2 = delta3 * w6 * h2*(1-h2)", ((C,),),
           (Twin("value", _D2, (_D2,)),), batch=88),
    Public("mls-w5", _ML, "b88_ml", "b88_ml", "w5 = w5 - lr * delta3 * h1", ((W,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D3}*a1[0]",)),), batch=88,
           why="delta3 is -dE/dnet, so w5 - lr delta3 h1 climbs the error: the page's sign slip"),
    Public("mls-w6", _ML, "b88_ml", "b88_ml", "w6 = w6 - lr * delta3 * h2", ((W,),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_D3}*a1[1]",)),), batch=88),
    Public("mls-w1", _ML, "b88_ml", "b88_ml", "w1 = w1 - lr * delta1 * x1", ((W,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_D1}*x[0]",)),), batch=88,
           why="the same sign slip; at the page's x1 = x2 = 0 every input weight's step is 0"),
    Public("mls-w2", _ML, "b88_ml", "b88_ml", "w2 = w2 - lr * delta1 * x2", ((W,),),
           (Twin("update", "W1[1,1]", (f"W1[1,1] - eta*{_D1}*x[1]",)),), batch=88,
           why="w2 joins x2 to h2, yet the step takes h1's delta1 (and the sign slip)"),
    Public("mls-w3", _ML, "b88_ml", "b88_ml", "w3 = w3 - lr * delta2 * x1", ((W,),),
           (Twin("update", "W1[1,0]", (f"W1[1,0] - eta*{_D2}*x[0]",)),), batch=88),
    Public("mls-w4", _ML, "b88_ml", "b88_ml", "w4 = w4 - lr * delta2 * x2", ((W,),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] - eta*{_D2}*x[1]",)),), batch=88,
           why="w4 joins x2 to h1, yet the step takes h2's delta2 (and the sign slip)"),
    Public("mls-b3", _ML, "b88_ml", "b88_ml", "b3 = b3 - lr * delta3", ((W,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_D3}",)),), batch=88),
    Public("mls-b1", _ML, "b88_ml", "b88_ml", "b1 = b1 - lr * delta1", ((W,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_D1}",)),), batch=88),
    Public("mls-b2", _ML, "b88_ml", "b88_ml", "b2 = b2 - lr * delta2", ((W,),),
           (Twin("update", "b1[1]", (f"b1[1] - eta*{_D2}",)),), batch=88),
    # ---- RKorzeniowski's post: $$...$$ display math, \cdot, \hat{y} the target, lines indented under a numbered
    # list, two claims joined by \quad -----------------------------------------------------------------------------
    Public("rk-chain-w", _RK, "b88_rk", "b88_rk",
           r"$$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial y} \cdot \frac{\partial y}{\partial w}$$",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_G}*x[0]",)),), batch=88,
           why="the chain rule through the output, y = f(w x + b)"),
    Public("rk-chain-b", _RK, "b88_rk", "b88_rk",
           r"$$\frac{\partial L}{\partial b} = \frac{\partial L}{\partial y} \cdot \frac{\partial y}{\partial b}$$",
           ((C,),), (Twin("gradient", "b1[0]", (_G,)),), batch=88),
    Public("rk-L", _RK, "b88_rk", "b88_rk", r"$$L = \frac{1}{2} (y - \hat{y})^2$$", ((C,),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2",)),), batch=88,
           why="the loss; y the output and \\hat{y} the target"),
    Public("rk-dLdy", _RK, "b88_rk", "b88_rk", r"   $$\frac{\partial L}{\partial y} = (y - \hat{y})$$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])",)),), batch=88,
           why="a derivative by the output, a value; three spaces of the list's indentation"),
    Public("rk-dydz", _RK, "b88_rk", "b88_rk",
           r"   $$\frac{\partial y}{\partial z} = \sigma(z) (1 - \sigma(z))$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=88,
           why="a local derivative, a value"),
    Public("rk-dz", _RK, "b88_rk", "b88_rk",
           r"   $$\frac{\partial z}{\partial w} = x, \quad \frac{\partial z}{\partial b} = 1$$", ((C,), (C,)),
           (Twin("value", "x[0]", ("x[0]",)), Twin("value", "1", ("1",))), batch=88,
           why="two local derivatives joined by \\quad, two claims"),
    Public("rk-chain3-w", _RK, "b88_rk", "b88_rk",
           r"$$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial y} \cdot \frac{\partial y}{\partial z} \cdot "
           r"\frac{\partial z}{\partial w}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_G}*x[0]",)),), batch=88),
    Public("rk-chain3-b", _RK, "b88_rk", "b88_rk",
           r"$$\frac{\partial L}{\partial b} = \frac{\partial L}{\partial y} \cdot \frac{\partial y}{\partial z} \cdot "
           r"\frac{\partial z}{\partial b}$$", ((C,),),
           (Twin("gradient", "b1[0]", (_G,)),), batch=88),
    Public("rk-dw", _RK, "b88_rk", "b88_rk",
           r"$$\frac{\partial L}{\partial w} = (y - \hat{y}) \cdot \sigma(z) (1 - \sigma(z)) \cdot x$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))*x[0]",)),), batch=88),
    Public("rk-db", _RK, "b88_rk", "b88_rk",
           r"$$\frac{\partial L}{\partial b} = (y - \hat{y}) \cdot \sigma(z) (1 - \sigma(z))$$", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=88),
    # ---- yuhe1984's MATLAB: the old loops in % comments above their vectorised rewrite, struct fields
    # (prob.o_v, prob.ho_w) indexed with parentheses, .* and ', thresholds subtracted (prob.o_t) -----------------
    Public("yh-ogrid-loop", _YH, "b88_yh", "b88_yh",
           "%     o_grid(j) = (y(j) - prob.o_v(j)) * df(prob.o_v(j));", ((C,),),
           (Twin("value", _OG, (_OG,), _J3),), batch=88,
           why="the output's -dE/dnet, df(y) = y (1 - y) at the output; y the targets"),
    Public("yh-ogrid", _YH, "b88_yh", "b88_yh", "o_grid = (y - prob.o_v) .* df(prob.o_v);", ((C,),),
           (Twin("value", _OG, (_OG,), _J3),), batch=88),
    Public("yh-hgrid", _YH, "b88_yh", "b88_yh", "h_grid = h_grid .* df(prob.h_v);", ((C,),),
           (Twin("value", _HG, (_HG,), _H5),), batch=88,
           why="h_grid is sum(a,2)' on the line before (a = o_grid .* prob.ho_w), -dE/dh; times the slope, the "
               "hidden units' -dE/dnet"),
    Public("yh-how-loop", _YH, "b88_yh", "b88_yh",
           "%         prob.ho_w(h,j) = prob.ho_w(h,j) + lr * o_grid(j) * prob.h_v(h);", ((C,),),
           (Twin("update", "W2[{j},{h}]", ("W2[{j},{h}] + eta*" + _OG + "*a1[{h}]",), _JH),), batch=88,
           why="ho_w(h, j) joins hidden unit h to output j (symbols.md's W2[j, h])"),
    Public("yh-ihw-loop", _YH, "b88_yh", "b88_yh",
           "%         prob.ih_w(i,h) = prob.ih_w(i,h) + lr * h_grid(h) * prob.i_v(i);", ((C,),),
           (Twin("update", "W1[{h},{i}]", ("W1[{h},{i}] + eta*" + _HG + "*x[{i}]",), _HI),), batch=88),
    Public("yh-ot", _YH, "b88_yh", "b88_yh", "prob.o_t = prob.o_t - lr * o_grid;", ((C,),),
           (Twin("update", "b2[{j}]", ("b2[{j}] + eta*" + _OG,), _J3),), batch=88,
           why="the threshold is subtracted (f(totall(j) - prob.o_t(j)) in pred.m), so o_t = -b2 and "
               "o_t - lr o_grid is b2 + lr (t - o) o (1 - o), the descent step"),
    Public("yh-ht", _YH, "b88_yh", "b88_yh", "prob.h_t = prob.h_t - lr * h_grid; ", ((C,),),
           (Twin("update", "b1[{h}]", ("b1[{h}] + eta*" + _HG,), _H5),), batch=88,
           why="the file's last line, its trailing space kept"),
    # ---- deepnet's nn.bp in LeeGyeongTak's repository: R's <-, lists indexed d[[i]], fields nn$post[[i]], %*%,
    # t(), nrow() and colMeans() over the samples (one here) ------------------------------------------------------
    Public("lg-dn", _LG, "b88_lg", "b88_lg", "    d[[n]] <- -nn$e * (nn$post[[n]] * (1 - nn$post[[n]]))", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("-(y[{k}] - a2[{k}])*(a2[{k}]*(1 - a2[{k}]))",), _K2),), batch=88,
           why="nn$e = y - output (nn.ff), so -e o (1 - o) is dE/dnet of the output layer"),
    Public("lg-dact", _LG, "b88_lg", "b88_lg", "      d_act <- nn$post[[i]] * (1 - nn$post[[i]])", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=88,
           why="the hidden layer's slope (i = 2, the only hidden layer), a value"),
    Public("lg-di", _LG, "b88_lg", "b88_lg", "    d[[i]] <- (d[[i + 1]] %*% nn$W[[i]]) * d_act", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DH,), _J3),), batch=88,
           why="a row of deltas times W (outputs by inputs), times the slope"),
    Public("lg-dw", _LG, "b88_lg", "b88_lg", "    dw <- t(d[[i + 1]]) %*% nn$post[[i]]/nrow(d[[i + 1]])", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_DH + "*x[{i}]/1",), _JI3),), batch=88,
           why="every layer's gradient averaged over the rows (samples); twinned at i = 1, the hidden weights"),
    Public("lg-db", _LG, "b88_lg", "b88_lg", "    db <- colMeans(d[[i + 1]])", ((C,),),
           (Twin("gradient", "b1[{j}]", (_DH,), _J3),), batch=88),
    # ---- albiondervishi1's R script: dotted names (layer.1.error), %*%, t(), nonlin(x) = x (1 - x) ---------------
    Public("ad-l1", _AD, "b88_ad", "b88_ad", "    layer.1 <- sigmoid(layer.0 %*% syn0)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])",)),), batch=88),
    Public("ad-error", _AD, "b88_ad", "b88_ad", "    layer.1.error <- y - layer.1", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=88,
           why="\"how much did we miss?\": -dE/da of the half squared error, a value"),
    Public("ad-delta", _AD, "b88_ad", "b88_ad", "    layer.1.delta <- layer.1.error * nonlin(layer.1)", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=88,
           why="-dE/dnet, a value"),
    Public("ad-update", _AD, "b88_ad", "b88_ad", "    syn0 <- syn0 + (t(layer.0) %*% layer.1.delta)", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + x[{i}]*(y[0] - a1[0])*a1[0]*(1 - a1[0])",), _I3),), batch=88,
           why="the step with no learning rate (eta = 1), judged at any eta as the spec's update claim is"),
    # ---- willkroboth's Java: a method's local "double " declarations, a call activationFunction.derivative(...)
    # whose definition is e^-x / (e^-x + 1)^2, the sigmoid's slope at the sum --------------------------------------
    Public("wk-dCdN", _WK, "b88_wk", "b88_wk", "            dCdN = 2*(activation-expectedValue)", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=88,
           why="the output neuron's branch, the statement's ; missing on the page; a derivative by the output, a "
               "value"),
    Public("wk-dNds", _WK, "b88_wk", "b88_wk", "        double dNds = activationFunction.derivative(weightedSum);",
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=88,
           why="a local derivative, a value"),
    Public("wk-dCds", _WK, "b88_wk", "b88_wk", "        double dCds = dCdN * dNds;", ((C,),),
           (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=88),
    Public("wk-dCdb", _WK, "b88_wk", "b88_wk", "        double dCdb = dCds * dsdb;", ((C,),),
           (Twin("gradient", "b2[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*1",)),), batch=88),
    Public("wk-dCdw", _WK, "b88_wk", "b88_wk", "        double dCdw = dCds * dsdw;", ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=88,
           why="the Axon's calculateGradients: dsdw = input.getActivation(), the first hidden unit's output"),
    # ---- SunnyHaze's lab 5 (a student's MATLAB): cell arrays a{L}, delta{q+1}, w{q}, .* and ' ------------------
    Public("sl-deltaL", _SL, "b88_sl", "b88_sl", "        delta{L} = (a{L}-target).*a{L}.*(1-a{L});", ((C,),),
           (Twin("gradient_z", "z4[{k}]", ("(a4[{k}] - y[{k}])*a4[{k}]*(1 - a4[{k}])",), _K2),), batch=88,
           why="a{L} the output (a{1} is the input), dE/dnet"),
    Public("sl-gradw", _SL, "b88_sl", "b88_sl", "            grad_w = delta{q+1}*a{q}';", ((C,),),
           (Twin("gradient", "W4[{k},{j}]", ("(a4[{k}] - y[{k}])*a4[{k}]*(1 - a4[{k}])*a3[{j}]",), _KJ2),), batch=88,
           why="every layer's gradient in the loop over q; twinned at q = 4, the last weights"),
    Public("sl-update", _SL, "b88_sl", "b88_sl", "            w{q} = w{q} - alpha* grad_w;", ((C,),),
           (Twin("update", "W4[{k},{j}]", ("W4[{k},{j}] - eta*grad",), _KJ2),), batch=88),
    # ---- the same lab's bc.m: w', .* and df(z) with df = @(s) f (s) .* (1 - f(s)) ------------------------------
    Public("sb-delta", _SB, "b88_sb", "b88_sb", "    delta = (w' * delta_next) .* df(z);", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),),
           batch=88, why="called as bc(w{q}, z{q}, delta{q+1}) in lab5.m: one step back"),
    # ---- vasco-sampaio's C: tab-indented statements, a // comment stating the rule, arrays indexed [i] ---------
    Public("vs-error", _VS, "b88_vs", "b88_vs_out", "\t\terror = expected_outputs[i] - nn.outputLayer.act[i];",
           ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=88,
           why="-dE/da of the half squared error, a value"),
    Public("vs-comment", _VS, "b88_vs", "b88_vs_out", "\t\t// deltaOut = error * dSig(activation)", ((C,),),
           (Twin("value", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",),
                 _K2),), batch=88,
           why="the rule in the comment above its code, dSig the dSigmoid of utils.c (at the activation)"),
    Public("vs-deltaOut", _VS, "b88_vs", "b88_vs_out", "\t\tdeltaOut[i] = error * dSigmoid(nn.outputLayer.act[i]);",
           ((C,),),
           (Twin("value", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",),
                 _K2),), batch=88, why="-dE/dnet, a value"),
    Public("vs-deltaL", _VS, "b88_vs", "b88_vs_hid", "\t\tdeltaL[i] = error * dSigmoid(prevAct[i]);", ((C,),),
           (Twin("value", "(((y - a2)*a2*(1 - a2)) @ W2)[{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("(((y - a2)*a2*(1 - a2)) @ W2)[{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=88,
           why="error the loop's weighted sum of the next layer's deltas (-dE/da), a value"),
    # ---- lucaspluchon's C: arrays through pointers, sigmoideDerivate(x) = x (1 - x), a sum accumulated with += ---
    Public("lp-out", _LP, "b88_lp", "b88_lp_out",
           "        res[i] = (expected[i] - outputs[i]) * sigmoideDerivate(outputs[i]);", ((C,),),
           (Twin("value", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",),
                 _K2),), batch=88, why="-dE/dnet of the outputs, a value"),
    Public("lp-hid", _LP, "b88_lp", "b88_lp_hid", "        res += outputError[i] * weights[i * network->hidenNumber];",
           ((W,),),
           (Twin("value", "(((y - a2)*a2*(1 - a2)) @ W2)[0]*a1[0]*(1 - a1[0])",
                 ("a1[0]*(1 - a1[0]) + (((y - a2)*a2*(1 - a2)) @ W2)[0]",)),), batch=88,
           why="res starts at sigmoideDerivate(the node's activation) and the loop adds the weighted deltas to it: "
               "the slope added where it should multiply, the page's slip; twinned for the first hidden node once "
               "the loop is done"),
]
