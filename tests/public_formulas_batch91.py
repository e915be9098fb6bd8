r"""Batch 91 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used, all in English (the pages corpus: Philippe Lucidarme's blog post on
the simplest perceptron's update rule and Nemotron-CC-Math-v1's copy of his second post, on the perceptron with an
activation; a Data Science Stack Exchange question quoting a derivation document; a Cross Validated question on
Bishop's equations 5.55 and 5.56 and Nemotron's copy of the same thread with the answer's steps; Nemotron's copy of
the Cross Validated question "Backpropagation - Assumption or Error in Bishop's PRaML"; Nemotron's copy of a
Coursera forum thread on logistic regression's gradient; a Hacker News comment at a mirror's address (plain text
in a code block); jawad.dev's and arunprakaash's lesson pages; Nemotron's copy of "Deriving Gradients Using the
Backpropagation Idea"; and sumanbhadra's course page in Unicode text), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's
numbers where it gives them; both in tests/public_formulas_batch91_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. The deltas
(Bishop's delta_j = dE_n/da_j, the document's delta_k, the post's delta), the derivatives by a hidden value (the
comment's DL/Dh11) and the output's derivative by a weight (dy/dw_i) are twinned as values, as in batches 14 to
90, and so are the document's changes Delta w_kj (-epsilon dE/dw_kj).
Formulas keep their page's delimiters and what surrounds them on their line (Lucidarme's display lines opening
with a space and no delimiters, the copies' \[ ... \] on one line or on lines of their own, $$ indented three
spaces under numbered items, \[ \] indented three spaces with their contents, two \[ \] blocks on one line, a
sentence's words before a Unicode formula and its closing period, the comment's "- Eq.1" labels).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 91

The batch: 52 formulas, 33 values (forward sums and outputs, losses, deltas, derivatives by a hidden value, a local
derivative, changes Delta w; jawad.dev's two blocks on one line are two value claims), 10 gradients, 9 updates
(jawad.dev's line with two updates, w and b, is two claims); none mangled by its page. 44 are LaTeX (Lucidarme's
"." as the product, w_1.x_1 and \eta.\frac, an ellipsis ... in a sum, y' the expected output and w_i' the new
weight with primes, \frac{d}{dw_i}(y'-y)^2 as an operator, \sum\limits; the copy's \ldots, S(w_i, x_i) a sum written
with its arguments, f(S(w_i, x_i)), y_{\text{expected}} and y_{\text{real}}, w_i^{\text{before}} and
w_i^{\text{after}}, \frac{df(S)}{dS}; the document's \frac12 without braces, net_k, -\epsilon and \Delta w_{kj};
Bishop's \equiv before a chain, spaces inside \frac{\partial E_n}{ \partial a_j}, h'(a_j), fixed index letters (i
the inputs, j the hidden units, k the outputs; i the hidden units again in the answer's a_k = \sum_i w_{ki} z_i),
\frac{\partial}{ \partial a_j} \left(\sum_i w_{ki} h(a_i)\right); h, the activation, written as the unit's output in
\frac{\partial E_n}{\partial h} and \frac{d h}{d a_j}; J(w) with its argument, h_w(x^{(i)}), w^T x, x_j^{(i)}, 1/m;
\leftarrow with \qquad between two updates, \sigma(z) defined at the neuron's z; \hat{y}_i with 1/n; \delta the
output's error term and w = w - \eta \cdot \delta \cdot x), 8 plain text or Unicode (the comment's logits = h@W+b,
names glued in h11w11, "- Eq.1" labels, DL/DLogit11 and DLogit11/Dh11 with D for the derivative and the name's case
changing to DL/Dlogit11 in the same line; ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w after a sentence's colon, w ← w − η·∂L/∂w
with U+2212).

2 are mistaken somewhere (the oracle finds at least one member wrong), none mangled by the page, both in
Nemotron's copy of Lucidarme's second post, which drops a minus sign the post has:

- lun-dE, \frac{dE}{dw_i} = (y_{\text{expected}} - y_{\text{real}}) \cdot \frac{dy}{dw_i}: the derivative of
  1/2 (y_expected - y_real)^2 by w_i is -(y_expected - y_real) dy/dw_i (the copy's own line after it has the minus);
- lun-update2, w_i^{\text{after}} = w_i^{\text{before}} - \eta \cdot (y_{\text{expected}} - y_{\text{real}}) \cdot
  x_i \cdot \frac{df(S)}{dS}: with dE/dw_i = -(y_expected - y_real) x_i df/dS the step of w - eta dE/dw adds eta
  (y_expected - y_real) x_i df/dS; the copy's minus climbs the error.

Not mistaken, though they look it: the comment's "Logit11 = h11w11+ h12w21 + h13w31 + b1 - Eq.1" ("- Eq.1" labels
the equation, the next lines cite Eq.1 to Eq.4), Lucidarme's \frac{2}{2}(y'-y)\frac{d}{dw_i} (y'-y) (d/dw_i (y' - y)
is -x_i, so the member is -(y' - y) x_i, as the next member says), and the answer's a_k = \sum_i w_{ki} z_i (i the
hidden units there, z_i = h(a_i), where the question's a_j = \sum_i w_{ji} z_i has i the inputs: the two pages
have two notations).

What was left out: Lucidarme's E=(y'-y)^2, the error before "this error is divided by two" (the page redefines E on
the next line; the notation's E is the half), and his copy's "In conclusion" line, which the stored text cuts; the
document's proportionalities (\Delta W \propto -\frac{\partial E}{\partial W}, \Delta w_{ji} \propto ...); the
formulas inline in the quoted paragraph of Bishop (a_j = \sum_i w_{ji} z_i, z_j = h(a_j), each line holding four or
more formulas) and in the answer's sentences (\delta_k = \frac{\partial E_n}{ \partial a_k}); the "Detailed Steps"
repeating the answer's five; the comment's second sample's lines (Logit21, Logit22, DL/Dh21 to DL/Dh23: the
notation has one sample), its lines with no left side (= DL/Dlogit * W^T, = h^T @ DL/DLogit) and its matrices;
jawad.dev's logit(p) (p no quantity of the network); arunprakaash's cross-entropy for classification beside his
mean squared error for regression (one network has one loss); the post's hidden error term \delta = \left( \sum_{j}
\delta_j \cdot w_{j} \right) \cdot \frac{\partial y}{\partial z} (the same letters y, z, delta as the output's,
which one notation cannot give both); sumanbhadra's repeated w ← w − η·∂L/∂w; the titles' formulas. Claimed and
not used (the stored excerpts show too few of their formulas whole): mindabelete's, thelosscurve's, lucadivita's,
like-a-boss's and hirahim's posts, and Nemotron's "Compute backpropagation" (its answer's notation too loose to
give one network: w^2_{i,j} against w^2_1 for the same weight).

Collected on 2026-12-06 from 03:20 to 03:26 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read): all twelve the first time. The oracle agreed
with every verdict written down, the first time. No entry was read by check before the blind run, and nothing under
src/ was touched.

Run blind once at main be867e6 (/work/READY_FOR_BLIND33, open when the collecting commit was made, 03:26), rebased
onto it with nothing under src/ changed (main had not moved). No refusal or misreading is the collector's notation
outside the spec's grammar or a slip of it, so the first run is the only one (/work/batch91_blind.txt): 46 of 52
read with every verdict right (88%), 5 refused, 1 misread, no typo (none of the batch is mangled by its page), no
crash, NO WRONG FORMULA CALLED CORRECT. The 2 mistaken formulas both read with every verdict right (lun-dE and
lun-update2 called wrong).

By kind of claim: values 27 of 33 entries (the misread one holds two claims), gradients 10 of 10, updates 9 of 9. LaTeX
against plain text: the 44 in LaTeX read 43 (98%), the 8 in plain text or Unicode 3 (38%). By page: Lucidarme 8 of
8, the copy of his second post 9 of 9, Data Science Stack Exchange 4 of 4, Cross Validated 3 of 3, the copy of its
answer 5 of 5, the copy of the Bishop question 3 of 3, the copy of the Coursera thread 3 of 3, the Hacker News
comment 1 of 6, jawad.dev 3 of 4, arunprakaash 2 of 2, the copy of "Deriving Gradients" 3 of 3, sumanbhadra 2 of 2.

The refusals by construct (5), with the exact message:

- 3, D for the derivative in plain text, DL/Dh11 = DL/DLogit11 * DLogit11/Dh11 + ... (hn-dh11, hn-dh12, hn-dh13):
  "formula 'DL/Dh11 = DL/DLogit11 * DLogit11/Dh11 + DL/DLogit12 * DLo...': unknown symbol D; the notation knows
  Logit, W, b, h, logit, logits, w; give it a meaning in the notation's [notation.symbols], e.g. "D" = "a1[0]""
  (hn-dh12's and hn-dh13's the same with their text; the spec gives a notation no way to declare D a derivative's
  letter, so this is the reader's);
- 2, an equation's label after the formula on its line, "... + b1 - Eq.1" (hn-logit11, hn-logit12): "formula
  'Logit11 = h11w11+ h12w21 + h13w31 + b1 - Eq.1': unknown symbol E; the notation knows Logit, W, b, h, logit,
  logits, w; give it a meaning in the notation's [notation.symbols], e.g. "E" = "a1[0]"" (hn-logit12's the same
  with "... + b2 - Eq.2"); the message offers to give E a meaning where E is the label's word.

The misreading (1), with what it read as:

- two display blocks on one line, "\[ z = w^T x + b \]\[ a = g(z) \]" (jaw-za): read as one value claim, z = w^T x +
  b    a = g(z), the \]\[ between the blocks dropped, so its members were "w^T x + b    a" (b times a) and "g(z)",
  both called wrong, where the page states two claims, z = w^T x + b and a = g(z), both right (expected ((C,), (C,)),
  got (('wrong', 'wrong'),)); no wrong formula called correct, but two right claims called wrong.

Which look general (would appear in much homework): two \[ \] (or $$ $$) blocks on one line, as rendered pages
store them; an equation's label after the formula ("- Eq.1", "(Eq. 3)"), in plain text where no \tag marks it; and D
(or capital d) for the derivative in plain-text chains, DL/DW. Page-specific: the comment's mixed case (DL/DLogit11
and DL/Dlogit11 in one line), which the notation names both ways.

Read, among the constructs these pages brought: display lines opening with a space and no delimiters, "." as the
product (w_1.x_1, \eta.\frac), ... in a sum, y' and w_i' with primes, \frac{d}{dw_i} as an operator on (y'-y)^2 and
on a sum, \sum\limits; \ldots, S(w_i, x_i) a sum with arguments, f(S(w_i, x_i)), y_{\text{expected}},
w_i^{\text{after}}, \frac{df(S)}{dS}, and the copy's two dropped minus signs called wrong; \frac12, net_k, -\epsilon,
\Delta w_{kj} as a value; Bishop's \equiv before a chain, fixed index letters with two pages' notations for i,
\frac{\partial}{ \partial a_j} \left(\sum_i w_{ki} h(a_i)\right), h'(a_j); h written as the unit's output in
\frac{\partial E_n}{\partial h} \frac{d h}{d a_j}; J(w) with its argument, h_w(x^{(i)}) the layer's map, x_j^{(i)},
1/m; \sigma(z) defined at the neuron's z; \leftarrow twice on one line between \qquad; \hat{y}_i with 1/n; \[ \]
indented with their contents and \delta \cdot x; logits = h@W+b; a Unicode formula after a sentence's colon with its
closing period, and w ← w − η·∂L/∂w with U+2212.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch91_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_LUC = "http://www.lucidarme.me/simplest-perceptron-update-rules-demonstration/"
_LUN = f"{_NEMOTRON} (Perceptron Update Rule Demonstration, Philippe Lucidarme)"
_DSE = "https://datascience.stackexchange.com/questions/62889/doubt-in-derivation-of-backpropagation"
_CV = ("https://stats.stackexchange.com/questions/157129/how-to-derive-the-recursive-equation-for-back-propagation-"
       "for-neural-networks-fo")
_BIA = f"{_NEMOTRON} (How to Derive the Recursive Equation for Back Propagation for Neural Networks)"
_ASM = f"{_NEMOTRON} (Backpropagation - Assumption or Error in Bishop's PRaML)"
_LOG = f"{_NEMOTRON} (Gradient Descent for Logistic Regression, Masa_A's Course Q&A)"
_HN = "https://alongsponsors.bestlkl.top/item?id=39062879"
_JAW = "https://jawad.dev/docs/dl/2_single_neuron_and_loss"
_ARU = "https://arunprakaash.github.io/lab/neural-nets/lesson-05-backpropagation/"
_DGB = f"{_NEMOTRON} (Deriving Gradients Using the Backpropagation Idea)"
_SUM = "https://learn.sumanbhadra.com/contents/ai-ml/deep-learning/backpropagation.html"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# Lucidarme's linear perceptron: y the output a1[0], y' the target y[0]; the sum over the three inputs
_LSUM = "x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]"
_LG = "-(y[0] - a1[0])*x[{i}]"
# the copy's sigmoid perceptron: df(S)/dS
_SIG = "a1[0]*(1 - a1[0])"
# the question's document (2-3-2 sigmoid): dE/dnet_k
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# Bishop's network (tanh hidden, linear outputs, no biases): dE_n/da_j
_BD1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*(1 - a1[{j}]**2)"
# Bishop's eq. 5.50 (one sigmoid layer): dE_n/da_j
_AD = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
# the comment's network (softmax and the cross-entropy): dL/dlogit_k
_HD0 = "(a2[0] - t[0])"
_HD1 = "(a2[1] - t[1])"
# one sigmoid neuron under half the squared error: dL/dz
_N1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

ENTRIES: list[Public] = [
    # ---- Lucidarme's simplest perceptron: display lines opening with a space, "." as the product (w_1.x_1,
    # \eta.\frac), an ellipsis in the sum, y' the expected output and w_i' the updated weight (primes), \frac{d}{dw_i}
    # as an operator -------------------------------------------------------------------------------------------
    Public("luc-y", _LUC, "b91_luc", "b91_luc",
           " y= w_1.x_1 + w_2.x_2 + ... + w_N.x_N = \\sum\\limits_{i=1}^N w_i.x_i", ((C, C),),
           (Twin("value", "a1[0]", (_LSUM, _LSUM)),), batch=91,
           why="\"the transfert function\": f(x) = x, the dots the product and ... the terms between"),
    Public("luc-E", _LUC, "b91_luc", "b91_luc", " E=\\frac{1}{2}(y'-y)^2", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=91,
           why="\"this error is divided by two\""),
    Public("luc-update", _LUC, "b91_luc", "b91_luc", " w_i'=w_i-\\eta.\\frac{dE}{dw_i}", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=91,
           why="w_i' the weight after the update"),
    Public("luc-dE", _LUC, "b91_luc", "b91_luc", " \\frac{dE}{dw_i} = \\frac{1}{2}\\frac{d}{dw_i}(y'-y)^2", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (_LG,), _I3),), batch=91,
           why="d/dw_i of half the squared error, an operator on the square"),
    Public("luc-chain", _LUC, "b91_luc", "b91_luc",
           " \\frac{dE}{dw_i} = \\frac{2}{2}(y'-y)\\frac{d}{dw_i} (y'-y) = -(y'-y)\\frac{dy}{dw_i}", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("(y[0] - a1[0])*(-x[{i}])", "-(y[0] - a1[0])*x[{i}]"), _I3),), batch=91),
    Public("luc-dE2", _LUC, "b91_luc", "b91_luc",
           " \\frac{dE}{dw_i} = -(y'-y)\\frac{d}{dw_i}(w_1.x_1 + w_2.x_2 + ... + w_N.x_N) = -(y'-y)x_i", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", (_LG, _LG), _I3),), batch=91),
    Public("luc-update2", _LUC, "b91_luc", "b91_luc",
           " w_i'=w_i-\\eta.\\frac{dE}{dw_i} = w_i+\\eta(y'-y)x_i", ((C, C),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad", "W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]"), _I3),),
           batch=91),
    Public("luc-final", _LUC, "b91_luc", "b91_luc", " w_i'= w_i + \\eta(y'-y)x_i", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=91,
           why="\"In conclusion\""),
    # ---- Nemotron-CC-Math's copy of Lucidarme's second post (the perceptron with an activation f): \[ ... \] on
    # one line, \cdot and \ldots, S(w_i, x_i) a sum written with arguments, y_{\text{expected}} and y_{\text{real}},
    # w_i^{\text{before}} and w_i^{\text{after}}, \frac{df(S)}{dS}; the copy drops a minus sign twice -----------------
    Public("lun-y", _LUN, "b91_lun", "b91_lun",
           "\\[ y = f(w_1 \\cdot x_1 + w_2 \\cdot x_2 + \\ldots + w_N \\cdot x_N) = f\\left(\\sum_{i=1}^N w_i \\cdot "
           "x_i\\right) \\]", ((C, C),),
           (Twin("value", "a1[0]", (f"sigmoid({_LSUM})", f"sigmoid({_LSUM})")),), batch=91),
    Public("lun-S", _LUN, "b91_lun", "b91_lun", "\\[ S(w_i, x_i) = \\sum_{i=1}^N w_i \\cdot x_i \\]", ((C,),),
           (Twin("value", "z1[0]", (_LSUM,)),), batch=91, why="\"let's define the sum\", written with its arguments"),
    Public("lun-yS", _LUN, "b91_lun", "b91_lun",
           "\\[ y = f\\left(\\sum_{i=1}^N w_i \\cdot x_i\\right) = f(S(w_i, x_i)) \\]", ((C, C),),
           (Twin("value", "a1[0]", (f"sigmoid({_LSUM})", "sigmoid(z1[0])")),), batch=91),
    Public("lun-E", _LUN, "b91_lun", "b91_lun",
           "\\[ E = \\frac{1}{2}(y_{\\text{expected}} - y_{\\text{real}})^2 \\]", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=91),
    Public("lun-update", _LUN, "b91_lun", "b91_lun",
           "\\[ w_i^{\\text{after}} = w_i^{\\text{before}} - \\eta \\cdot \\frac{dE}{dw_i} \\]", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=91),
    Public("lun-dE", _LUN, "b91_lun", "b91_lun",
           "\\[ \\frac{dE}{dw_i} = (y_{\\text{expected}} - y_{\\text{real}}) \\cdot \\frac{dy}{dw_i} \\]", ((W,),),
           (Twin("gradient", "W1[0,{i}]", (f"(y[0] - a1[0])*x[{{i}}]*{_SIG}",), _I3),), batch=91,
           why="the copy drops the minus sign of d/dw_i (y_expected - y_real)^2 / 2: dE/dw_i = -(y_expected - "
               "y_real) dy/dw_i (the post, and the copy's own next lines, have it)"),
    Public("lun-dy", _LUN, "b91_lun", "b91_lun",
           "\\[ \\frac{dy}{dw_i} = \\frac{df(S(w_i, x_i))}{dw_i} = x_i \\cdot \\frac{df(S)}{dS} \\]", ((C, C),),
           (Twin("value", f"x[{{i}}]*{_SIG}", (f"x[{{i}}]*{_SIG}", f"x[{{i}}]*{_SIG}"), _I3),), batch=91,
           why="the output's derivative by a weight, a value; df(S)/dS the sigmoid's derivative at S"),
    Public("lun-dE2", _LUN, "b91_lun", "b91_lun",
           "\\[ \\frac{dE}{dw_i} = -(y_{\\text{expected}} - y_{\\text{real}}) \\cdot x_i \\cdot \\frac{df(S)}{dS} \\]",
           ((C,),), (Twin("gradient", "W1[0,{i}]", (f"-(y[0] - a1[0])*x[{{i}}]*{_SIG}",), _I3),), batch=91),
    Public("lun-update2", _LUN, "b91_lun", "b91_lun",
           "\\[ w_i^{\\text{after}} = w_i^{\\text{before}} - \\eta \\cdot (y_{\\text{expected}} - y_{\\text{real}}) "
           "\\cdot x_i \\cdot \\frac{df(S)}{dS} \\]", ((W,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*(y[0] - a1[0])*x[{{i}}]*{_SIG}",), _I3),), batch=91,
           why="substituting dE/dw_i = -(y_expected - y_real) x_i df/dS into w - eta dE/dw gives + eta (y_expected - "
               "y_real) x_i df/dS; the copy keeps the minus (the step climbs the error)"),
    # ---- the Data Science Stack Exchange question: $$...$$ of the document it quotes, \frac12 without braces,
    # net_k as a name, epsilon the rate, Delta w_kj the change ----------------------------------------------------
    Public("dse-E", _DSE, "b91_dse", "b91_dse", "$$E=\\frac12 \\sum_{k}(t_k-a_k)^2$$", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=91),
    Public("dse-chain", _DSE, "b91_dse", "b91_dse",
           "$$\\Delta w_{kj} = -\\epsilon \\frac{\\partial E}{\\partial a_k} \\frac{\\partial a_k}{\\partial net_k} "
           "\\frac{\\partial net_k}{\\partial w_{kj}}$$", ((C,),),
           (Twin("value", f"-eta*{_DK}*a1[{{j}}]", (f"-eta*{_DK}*a1[{{j}}]",), _KJ),), batch=91,
           why="the change of a hidden-to-output weight, judged as a value"),
    Public("dse-dw", _DSE, "b91_dse", "b91_dse", "$$\\Delta w_{kj} = \\epsilon (t_k-a_k)a_k(1-a_k)a_j$$", ((C,),),
           (Twin("value", f"-eta*{_DK}*a1[{{j}}]", ("eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _KJ),),
           batch=91),
    Public("dse-delta", _DSE, "b91_dse", "b91_dse", "$$\\Delta w_{kj} = \\epsilon \\delta_k a_j$$", ((C,),),
           (Twin("value", f"-eta*{_DK}*a1[{{j}}]", (f"eta*(-{_DK})*a1[{{j}}]",), _KJ),), batch=91,
           why="delta_k = (t_k - a_k) a_k (1 - a_k), the line before"),
    # ---- the Cross Validated question on Bishop's 5.55 and 5.56: \equiv before the chain, spaces inside
    # \frac{\partial E_n}{ \partial a_j}, h'(a_j) -------------------------------------------------------------------
    Public("cv-555", _CV, "b91_bis", "b91_cv",
           "$$\\delta_j \\equiv \\frac{\\partial E_n}{ \\partial a_j} = \\sum_k \\frac{\\partial E_n}{ \\partial a_k} "
           "\\frac{\\partial a_k}{ \\partial a_j}$$", ((C, C),),
           (Twin("value", _BD1, (_BD1, _BD1), _J3),), batch=91,
           why="Bishop's (5.55): delta_j defined (\\equiv) as dE_n/da_j, then the chain over the outputs k"),
    Public("cv-556", _CV, "b91_bis", "b91_cv", "$$\\delta_j = h'(a_j) \\sum_k w_{kj} \\delta_k$$", ((C,),),
           (Twin("value", _BD1, (_BD1,), _J3),), batch=91, why="Bishop's (5.56)"),
    Public("cv-sub", _CV, "b91_bis", "b91_cv", "$$\\delta_j = \\sum_k \\delta_k \\frac{\\partial a_k}{ \\partial a_j}$$",
           ((C,),), (Twin("value", _BD1, (_BD1,), _J3),), batch=91, why="the asker's first step"),
    # ---- Nemotron-CC-Math's copy with the answer's steps: $$ indented three spaces under numbered items, i the
    # hidden units in a_k = sum_i w_ki z_i, \frac{\partial}{ \partial a_j} as an operator on a sum of h(a_i) ---------
    Public("bia-1", _BIA, "b91_bis", "b91_bia",
           "   $$ \\delta_j = \\sum_k \\delta_k \\frac{\\partial a_k}{ \\partial a_j} $$", ((C,),),
           (Twin("value", _BD1, (_BD1,), _J3),), batch=91),
    Public("bia-ak", _BIA, "b91_bis", "b91_bia", "   $$ a_k = \\sum_i w_{ki} z_i $$", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2]",), _K2),), batch=91,
           why="(5.48) for an output unit: i runs over the hidden units here (z_i = h(a_i), the next step)"),
    Public("bia-3", _BIA, "b91_bis", "b91_bia",
           "   $$ \\delta_j = \\sum_k \\delta_k \\frac{\\partial}{ \\partial a_j} \\left(\\sum_i w_{ki} h(a_i)\\right) $$",
           ((C,),), (Twin("value", _BD1, (_BD1,), _J3),), batch=91),
    Public("bia-4", _BIA, "b91_bis", "b91_bia", "   $$ \\delta_j = \\sum_k \\delta_k w_{kj} h'(a_j) $$", ((C,),),
           (Twin("value", _BD1, (_BD1,), _J3),), batch=91),
    Public("bia-5", _BIA, "b91_bis", "b91_bia", "   $$ \\delta_j = h'(a_j) \\sum_k \\delta_k w_{kj} $$", ((C,),),
           (Twin("value", _BD1, (_BD1,), _J3),), batch=91, why="\"the final form\""),
    # ---- Nemotron-CC-Math's copy of "Backpropagation - Assumption or Error in Bishop's PRaML": $$ on lines of
    # their own, h the activation written as the unit's output in a derivative, d h / d a_j with spaces ------------
    Public("asm-550", _ASM, "b91_asm", "b91_asm",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial a_j} \\frac{\\partial a_j}"
           "{\\partial w_{ji}}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_AD}*x[{{i}}]",), _JI),), batch=91, why="Bishop's (5.50)"),
    Public("asm-3", _ASM, "b91_asm", "b91_asm",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ji}} = \\frac{\\partial E_n}{\\partial h} \\frac{\\partial h}"
           "{\\partial a_j} \\frac{\\partial a_j}{\\partial w_{ji}}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_AD}*x[{{i}}]",), _JI),), batch=91,
           why="the asker's three factors, h the unit's output h(a_j)"),
    Public("asm-chain", _ASM, "b91_asm", "b91_asm",
           "$$\n\\frac{\\partial E_n}{\\partial a_j} = \\frac{\\partial E_n}{\\partial h} \\frac{d h}{d a_j}\n$$",
           ((C,),), (Twin("value", _AD, (_AD,), _J2),), batch=91,
           why="the answer: Bishop's two factors abbreviate the three"),
    # ---- Nemotron-CC-Math's copy of a Coursera forum thread: \[ and \] on lines of their own, J(w) with its
    # argument, h_w(x^{(i)}) the model, w^T x, x_j^{(i)}, 1/m over the samples -----------------------------------------
    Public("log-J", _LOG, "b91_log", "b91_log",
           "\\[\nJ(w) = -\\frac{1}{m} \\sum_{i=1}^{m} \\left[ y^{(i)} \\log(h_w(x^{(i)})) + (1 - y^{(i)}) "
           "\\log(1 - h_w(x^{(i)})) \\right]\n\\]", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=91, why="one sample, m = 1"),
    Public("log-h", _LOG, "b91_log", "b91_log", "\\[\nh_w(x) = \\frac{1}{1 + e^{-w^T x}}\n\\]", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1])))",)),), batch=91),
    Public("log-dJ", _LOG, "b91_log", "b91_log",
           "\\[\n\\frac{\\partial J(w)}{\\partial w_j} = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h_w(x^{(i)}) - y^{(i)} "
           "\\right) x_j^{(i)}\n\\]", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=91),
    # ---- the Hacker News comment (a mirror's address): plain text in a code block, h@W+b, names glued in
    # h11w11, "- Eq.1" labels after the sums, DL/DLogit11 with D for the derivative and its case changing --------
    Public("hn-logits", _HN, "b91_hn", "b91_hn", "logits = h@W+b", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]",), _K2),),
           batch=91, why="h a row, W input-first: @ the matrix product"),
    Public("hn-logit11", _HN, "b91_hn", "b91_hn", "Logit11 = h11w11+ h12w21 + h13w31 + b1 - Eq.1", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + b2[0]",)),), batch=91,
           why="\"- Eq.1\" labels the equation (the next lines cite Eq.1 to Eq.4), not a term of the sum"),
    Public("hn-logit12", _HN, "b91_hn", "b91_hn", "Logit12 = h11w12+ h12w22 + h13w32 + b2 - Eq.2", ((C,),),
           (Twin("value", "z2[1]", ("a1[0]*W2[1,0] + a1[1]*W2[1,1] + a1[2]*W2[1,2] + b2[1]",)),), batch=91),
    Public("hn-dh11", _HN, "b91_hn", "b91_hn",
           "DL/Dh11 = DL/DLogit11 * DLogit11/Dh11 + DL/DLogit12 * DLogit12/Dh11 = DL/Dlogit11 * w11 + DL/DLogit12 * w12",
           ((C, C),), (Twin("value", f"{_HD0}*W2[0,0] + {_HD1}*W2[1,0]",
                            (f"{_HD0}*W2[0,0] + {_HD1}*W2[1,0]", f"{_HD0}*W2[0,0] + {_HD1}*W2[1,0]")),), batch=91,
           why="a derivative by a hidden value, a value; the loss is softmax's cross-entropy here (the comment "
               "gives none; the chain holds for any)"),
    Public("hn-dh12", _HN, "b91_hn", "b91_hn",
           "DL/Dh12 = DL/DLogit11 * DLogit11/Dh12 + DL/DLogit12 * DLogit12/Dh12 = DL/Dlogit11 * w21 + DL/DLogit12 * w22",
           ((C, C),), (Twin("value", f"{_HD0}*W2[0,1] + {_HD1}*W2[1,1]",
                            (f"{_HD0}*W2[0,1] + {_HD1}*W2[1,1]", f"{_HD0}*W2[0,1] + {_HD1}*W2[1,1]")),), batch=91),
    Public("hn-dh13", _HN, "b91_hn", "b91_hn",
           "DL/Dh13 = DL/DLogit11 * DLogit11/Dh13 + DL/DLogit12 * DLogit12/Dh13 = DL/Dlogit11 * w31 + DL/DLogit12 * w32",
           ((C, C),), (Twin("value", f"{_HD0}*W2[0,2] + {_HD1}*W2[1,2]",
                            (f"{_HD0}*W2[0,2] + {_HD1}*W2[1,2]", f"{_HD0}*W2[0,2] + {_HD1}*W2[1,2]")),), batch=91),
    # ---- jawad.dev's lesson: two \[ \] blocks on one line, w^T x, a = g(z), \sigma(z) defined, the cost with
    # 1/m, two updates with \leftarrow on one line between \qquad ----------------------------------------------------
    Public("jaw-za", _JAW, "b91_jaw", "b91_jaw", "\\[ z = w^T x + b \\]\\[ a = g(z) \\]", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",))), batch=91, why="two blocks, two claims"),
    Public("jaw-sigma", _JAW, "b91_jaw", "b91_jaw", "\\[ \\sigma(z) = \\frac{1}{1 + e^{-z}} \\]", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=91,
           why="the sigmoid at the neuron's z"),
    Public("jaw-J", _JAW, "b91_jaw", "b91_jaw",
           "\\[ J(w,b) = -\\frac{1}{m}\\sum_{i=1}^{m} \\left[ y^{(i)} \\log a^{(i)} + (1-y^{(i)}) \\log(1-a^{(i)}) "
           "\\right] \\]", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=91, why="one sample, m = 1"),
    Public("jaw-update", _JAW, "b91_jaw", "b91_jaw",
           "\\[ w \\leftarrow w - \\alpha \\frac{\\partial J}{\\partial w}, \\qquad b \\leftarrow b - \\alpha "
           "\\frac{\\partial J}{\\partial b} \\]", ((C,), (C,)),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2), Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
           batch=91, why="w the weight vector: each entry's update"),
    # ---- arunprakaash's lesson: $$...$$ with \hat{y}_i, 1/n over the samples, \leftarrow and \cdot -----------------
    Public("aru-mse", _ARU, "b91_aru", "b91_aru", "$$L = \\frac{1}{n} \\sum_{i=1}^n (\\hat{y}_i - y_i)^2$$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=91,
           why="\"for regression\": one sample, n = 1"),
    Public("aru-update", _ARU, "b91_aru", "b91_aru", "$$w \\leftarrow w - \\eta \\cdot \\frac{\\partial L}{\\partial w}$$",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=91),
    # ---- Nemotron-CC-Math's "Deriving Gradients Using the Backpropagation Idea": \[ \] blocks, indented three
    # spaces under numbered items, \cdot between the factors, delta as the output's error term -----------------------
    Public("dgb-chain", _DGB, "b91_dgb", "b91_dgb",
           "\\[\n\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial y} \\cdot \\frac{\\partial y}"
           "{\\partial z} \\cdot \\frac{\\partial z}{\\partial w}\n\\]", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_N1}*x[0]",)),), batch=91,
           why="y the neuron's output, z its weighted input"),
    Public("dgb-delta", _DGB, "b91_dgb", "b91_dgb",
           "   \\[\n   \\delta = \\frac{\\partial L}{\\partial y} \\cdot \\frac{\\partial y}{\\partial z}\n   \\]", ((C,),),
           (Twin("value", _N1, (_N1,)),), batch=91, why="\"the output layer\": the error term dL/dz"),
    Public("dgb-update", _DGB, "b91_dgb", "b91_dgb", "   \\[\n   w = w - \\eta \\cdot \\delta \\cdot x\n   \\]", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_N1}*x[0]",)),), batch=91,
           why="x the input the weight carries"),
    # ---- sumanbhadra's page: Unicode text in a sentence, ∂L/∂w with ∂ and ·, w ← w − η·∂L/∂w with U+2212 -----------
    Public("sum-chain", _SUM, "b91_sum", "b91_sum",
           "The chain rule multiplies the local derivatives along that chain: ∂L/∂w = ∂L/∂a · ∂a/∂z · ∂z/∂w.", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_N1}*x[0]",)),), batch=91, why="the formula after the sentence's colon"),
    Public("sum-update", _SUM, "b91_sum", "b91_sum", "Feed the gradients to gradient descent: w ← w − η·∂L/∂w.",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=91),
]
