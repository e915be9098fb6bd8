r"""Batch 27 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 web pages no earlier batch used (the pages corpus: a blog post working one step of gradient descent
by hand, three Nemotron-CC-Math posts (a Cross Validated question on the chain rule through h = t(w_1 x + b_1), a
Mathematics Stack Exchange question on a network with K outputs, a post on a four-layer network with the
cross-entropy), a lesson on the softmax cross-entropy gradient, three threads of the deeplearning.ai forum, a
Chinese blog's notes on Ng's deep network and a Chinese summary of Ng's course whose copy lost its backslashes),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch27_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the
verdicts written down) and committed before check was. Nemotron's three posts are three pages, each named by its
title after the data set's address, as in batches 13, 14, 21 and 23. A dL/dz written as a gradient of z is twinned
as gradient_z, a dL/da as a value, as in batches 21 and 23. Formulas keep their page's delimiters ($...$, $$...$$,
\[...\], a LaTeX annotation's \tag{n}, the forum's backticks, the Chinese copy's parentheses that were \( and \));
what was left out of a line is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 27

The batch: 54 formulas, 25 values (12 forward values, two softmaxes among them, 6 losses, 3 local derivatives, 4 dL/da
written as values), 9 deltas (dL/dz), 16 gradients, 1 update, 2 lines of two claims (the forum poster's "dZ2 = (1/m)
(A2 - Y), dW2 = dZ2 A1.T", a delta and a gradient; douzujun's dZ^{[l]} rule with relu' beside it, a delta and a value), 1
entry marked unreadable (douzujun's sigmod'). 39 are LaTeX (simplemachinelearning's $\frac{dL}{dw}$; the Cross Validated
question's \[ ... \] with t'(...) and \text{Loss}; the Mathematics Stack Exchange question's $...$ with \sum ^K_{k=1},
W^o_{k1}, the words "Loss \, function:" inside the math, forward(x), \color{blue} in a subscript; the four-layer post's
\mathbf{\sigma}(\mathbf{z}^{3})_k, z^3_1 and H(...) :=; onenoughtone's $$...$$ with p_c; lonewolfc7's KaTeX annotations
with \tag{n}, the Unicode · as the product, g'^{[l]}, np.sum(...) inside LaTeX; douzujun's 8, whose copy printed \( \)
as ( ) and \frac as frac, with dAL, dZL, dWL as names, np.divide, a rule's range (l in [L-1 , 1])), 15 plain text or
code (simplemachinelearning's L(w) = (y - w·x)^2 and w_new = w - η · dL/dw; the forum's dZ[L], A[i-1].T, (1/m) before a
product written side by side, a range (1<=i<=L) after the rule; the course's code lines 1/m * np.dot(dz3, a2.T),
np.multiply(da2, np.int64(a2 > 0)); the forum reply's names in backticks, `dL/dz2` and `= a2-y` on separate paragraphs,
`d/dz1 sigmoid(z1)`). By page: simplemachinelearning 3, the Cross Validated question 8, the Mathematics Stack Exchange
question 6, the four-layer post 3, onenoughtone 4, the forum's Exercise 6 thread 7, lonewolfc7 9, douzujun 8, the
forum's C2W1 thread 4, the forum's intuition reply 2.

2 are mistaken (the oracle finds a member wrong):

- the Mathematics Stack Exchange question's \hat{y} = \sum ^K_{k=1} h_1W^o_{k1} + \sum ^K_{k=1} h_2W^o_{k2}: every
  output's weights summed into each output (the answer: \hat{y}_k = h_1W_{k1}^o + h_2W_{k2}^o); the question asks "Am I
  doing this correctly?";
- lonewolfc7's equation (6), da^{[l-1]}= dz^{[l]}·W^{[l] T}: the transpose on the wrong side; as a row, dz W^T is W dz,
  not W^T dz (wrong at l = 2, where W^{[2]} is square here; right at l = 3 only, one output unit), where douzujun's
  summary writes dZ^{[l]}·W^{[l]} = W^{[l]T}·dZ^{[l]}, both right.

The typo: douzujun's dZL = dAL * sigmod'(Z^{[L]}) = dAL*s*(1-s), sigmod for sigmoid (and s, the course code's
sigmoid(Z), defined nowhere on the page). Not mistaken, though they look it: lonewolfc7's dw^{[l]}= dz^{[l]}·a^{[l-1]}
(4), two columns joined by · for their outer product without the transpose, taken as batch 23 took shubhamjain's
(Z_2-y).Z_1; simplemachinelearning's (5 - 2w)^2 and -4 \cdot (5 - 2w), the loss and its derivative with the data point's
x = 2 and y = 5 written in, true for every w at that point (see below).

Collected, and run blind once, on 2026-12-04 at main e4c578d (/work/READY_FOR_BLIND: the reader's fixes from batches 25
and 26), with nothing under src/ changed; the oracle agreed with every verdict written down on its first run, and no
notation was changed after the run. Blind, once per entry: 38 of 54 read with every verdict right (70%); 13 refused that
should have been read; 2 misread (right members called wrong, see below); the typo refused; no crash; NO WRONG FORMULA
CALLED CORRECT. Of the 2 mistaken formulas, lonewolfc7's (6) read with its verdict right (wrong) and the question's
\hat{y} = \sum ^K_{k=1} ... was refused (one number for a vector). By kind of claim: values 20 of 25, deltas 8 of 9,
gradients 8 of 16, the update 1 of 1, the lines of two claims 1 of 2. LaTeX against plain text: the 39 in LaTeX read 27
(69%), the 15 in plain text or code 11 (73%). By page: the Cross Validated question 8 of 8, onenoughtone 4 of 4, the
C2W1 thread 4 of 4, the intuition reply 2 of 2, lonewolfc7 8 of 9, the Mathematics Stack Exchange question 4 of 6, the
Exercise 6 thread 4 of 7, simplemachinelearning 1 of 3, the four-layer post 1 of 3, douzujun 2 of 8 (and its typo
refused). (Tabulated from the saved output of the run, /work/batch27_blind.txt.)

The 2 misreads: simplemachinelearning's L(w) = (y - w·x)^2 = (5 - 2w)^2 and \frac{dL}{dw} = -2x(y - wx) = -4 \cdot (5 -
2w), whose last members, the page's data point written in with w kept a symbol, were called wrong: judged at random
points, as docs/notation.md says a member in the network's symbols is, where x and y are not 2 and 5. Right members
called wrong, not the reverse; the spec does not say how such a member is judged (see below).

The refusals by construct (13), each with what a one-line rewrite showed, tried afterwards:

- 3, \frac that lost its backslash in the copy (douz-dWL, douz-dWl, douz-dbl: (dWL=frac{1}{m}dZL·A^{[L-1]T})): "unknown
  symbol f; the notation knows A, AL, W, Y, Z, dA, dAL, dW; give it a meaning in the notation's [notation.symbols], e.g.
  "f" = "a1[0]"" (frac read as f, r, a, c; the example meaning is no meaning f could have). Tried afterwards with
  \frac: all three read correct.
- 2, the loss named H written with its arguments, H(\mathbf{\hat{y}},\mathbf{y}), where the notation lists loss = ["H"]
  (four-H, four-dH-dz1): "heaviside takes one argument, not 2": read as Heaviside's step function, the notation's loss
  name losing to it (the spec: "A name in loss may be written with the arguments the homework gives it"). Tried
  afterwards: H(\hat{y},y) without the bold is refused the same way; "H := - \sum_{i=1}^3 y_{i} \log (\hat{y}_i)" and
  the chain with \partial H for \partial H(...) read correct.
- 2, a rule over the layers whose member names layer 0 through the layer placeholder (ex6-dWi, ex6-dWi-poster: dW[i] =
  (1/m) dZ[i] A[i-1].T): "A_{i-1} at i = 1: 'A[l]' means 'a{l}[:]' (l = 0): there is no layer 0 (the network has
  layers 1 to 2)": the notation's own "A[0]" = "x[:]", more literal, is not tried at i = 1 (docs/notation.md: "Index
  values count"). Tried afterwards: dW[2] = (1/m) dZ[2] A[1].T and dW[1] = (1/m) dZ[1] A[0].T each read correct.
- 1, the rule's range of layers after it, "(1<=i<=L)" (ex6-dbi): "expected ')' to close the comparison at '<='
  (position 57)". Tried afterwards without it: reads correct.
- 1, two formulas in one line of parentheses with a range between them, "(dZ^{[l]} = dA^{[l]} * g'(Z^{[l]})) ((l in
  [L-1 , 1]) ,(relu'(Z^{[l]}) = np.int64(A^{[l]} > 0)) )" (douz-dZl): "expected ')' to close the parenthesis at '='
  (position 11)". Tried afterwards: "(dZ^{[l]} = dA^{[l]} * g'(Z^{[l]}))" alone is read and called wrong, rightly
  without its range (at l = L the sigmoid is no RELU); with " (l in [L-1 , 1])" after it, the same refusal; the two
  formulas joined by a comma without the range, both called wrong, rightly so at l = L.
- 1, two columns joined by · for their outer product, the transpose not written (lone-dw, dw^{[l]}= dz^{[l]}·a^{[l-1]}):
  "'dz^{[l]} \cdot a^{[l-1]}' is 3 x 1 where the left side is 3 x 3" (batch 23's construct, still refused; this message
  does not say to write u v^T). Tried afterwards with a^{[l-1]T}: reads correct.
- 1, a chain whose first member is a row and second a column (douz-dAl, dA^{[l-1]} = dZ^{[l]}·W^{[l]} =
  W^{[l]T}·dZ^{[l]}): "'dZ^{[l]} \cdot W^{[l]}' is 1 x 2 where the left side is 2 x 1; write the member as its
  transpose, (...)^T, or give the left side the orientation the page writes (a row or a column) in the notation, a row
  as its meaning with .T ("u" = "a1[:].T")". No notation can give the left side both orientations; tried afterwards,
  the second member alone reads correct, the first alone is refused the same way.
- 1, words inside the math, "$Loss \, function: J_t(w) = ...$" (calc-loss): "unexpected at ':' (position 16)". Tried
  afterwards without "Loss \, function:": reads correct.
- 1, one number where the left side is a vector, the page's mistake (calc-yhat-sums): "'\sum ^K_{k=1} h_1W^o_{k1} +
  \sum ^K_{k=1} h_2W^o_{k2}' is a number where the left side is a vector or matrix (3 x 1); write a value for each
  entry, [..., ..., ...], or the claim of one entry (its left side with its indices)". Tried afterwards as the claim of
  one entry, \hat{y}_1 = ...: read, wrong (the oracle's verdict).

The typo, douzujun's sigmod', was refused in one line: "unknown symbol sigm; the notation knows A, AL, W, Y, Z, dA, dAL,
dW; give it a meaning ..." (the blind tool's "names it" finds sigmod in the quoted formula; the message names sigm, and
suggests "sigm" = "a1[0]", where "did you mean sigmoid" would help).

General, as homework writes them: the cross-entropy named H with its arguments, H(\hat{y}, y) (textbooks' H(p, q));
Ng's dW^{[l]} = dZ^{[l]} A^{[l-1]T} as a rule over l, which at l = 1 names A^{[0]}, the input; a rule's range of layers
written after it; the outer product without its transpose, copied from the course's slides; a worked example's
derivative with the data point's numbers written in and the weight kept ((5 - 2w)^2). Page-specific: a copy that lost
its backslashes (frac), words inside the math, a chain that changes orientation between its members, the question's
sum over k of what is each output's own.

What the spec could not express, which a page needed: a member that writes the data point's numbers in and keeps a
parameter as a symbol ((5 - 2w)^2): the spec judges a member in symbols at random points (where it is false) and a
member of numbers at the file's numbers, and this one is neither; its twin judges it at the file's numbers (w = 1), as
a teacher would, and the docstring of each entry says so. Whether a notation may give \sigma another function (the
four-layer post's bold \sigma is the softmax; the spec says only that \sigma is the sigmoid already): written
functions = { "\\sigma" = "softmax" }. A function named with the layer letter, Ng's g^{[l]} (written functions = { g,
"g^{[l]}" }, the sigmoid at every layer of the network, so that which layer it is cannot matter). A rule's range of
layers written after it ("(1<=i<=L)", "(l in [L-1 , 1])"), which the spec's rules over l do not restrict; douzujun's
network has RELU hidden layers and a sigmoid output, so its rule is true only in its range. The activations the pages do
not say (the Cross Validated question's t: tanh here; the four-layer post's hidden layers: the sigmoid here). Left out:
the forum reply's `d/da1 w2a1+b` (whether d/da1 takes the + b reads two ways), the Mathematics Stack Exchange answer's
\hat{y}=h_1W_1^o + h_2W_2^o (cut off in the copy), onenoughtone's worked logits [1.0, 2.0, 3.0] (its results follow
the input with no relation between them), simplemachinelearning's (5 - 2)^2 = 9 and (5 - 2 \cdot 2.2)^2 = 0.36 (no
left side).

After session 12's fixes from batches 27 and 28 (main 80ff236: fixrules, fixdisplay): 49 of 54 read with every verdict
right (91%), no wrong formula called correct. Now read: the loss H(\hat{y}, y) the notation names (Heaviside's H no
longer wins over it), A[i-1] at i = 1 taking the notation's literal A[0], the data point written into a member with w
kept a symbol (judged with the file's one sample fixed and the parameters at random points, as docs/notation.md now
says), the range (1<=i<=L) over all of a rule's values, frac{1}{m} copied without its backslash, the words "Loss \,
function:" before the claim. Still refused: lone-dw (an outer product without its transpose), douz-dAl (a chain
changing orientation), calc-yhat-sums (one number for a vector), douz-dZl (two formulas in one bracket); the typo
douz-dZL now asks "did you mean sigmoid?".

After session 13's fixes (fixshapes, main 71b7995): 52 of 54 (96%), no wrong formula called correct. lone-dw (an
outer product without its transpose), douz-dAl (a chain whose first member is a row and second a column, each read
entry by entry) and calc-yhat-sums (one number for a vector, read as every entry's value and called wrong, the
page's mistake) now read. Still refused: douz-dZl (two formulas in one bracket with a range after them), and the
typo douz-dZL.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import RELU_SLOPE, SIGMOID_SLOPE, TANH_SLOPE, deltas, gradients, pre_activations
from public_formulas_batch27_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SML = "https://simplemachinelearning.com/posts/gradient-descent-by-hand/"
_CHAIN = (f"{_NEMOTRON} (How chain rule and partial derivative are applied on gradient descent in deep learning?, a"
          " Cross Validated question)")
_CALC = f"{_NEMOTRON} (Neural Network Back Propagation, Gradient Descent, Calculus, a Mathematics Stack Exchange question)"
_FOUR = f"{_NEMOTRON} (An Example of Backpropagation in a Four-Layer Neural Network Using Cross-Entropy Loss)"
_ONE = "https://www.onenoughtone.com/learning-path/machine-learning-patterns/problem/softmax-cross-entropy-gradient"
_EX6 = "https://community.deeplearning.ai/t/exercise-6-backward-propagation-in-programming-assignment-week-3/221994"
_LONE = "https://lonewolfc7.top/2026/02/12/DNN"
_DOUZ = "http://t.zoukankan.com/douzujun-p-13046923.html"
_C2W1 = "https://community.deeplearning.ai/t/c2w1-a1-backward-propagation/213262"
_INTU = "https://community.deeplearning.ai/t/course-1-week-3-backpropagation-intuition/7979/9"

_K3 = tuple({"k": k} for k in range(3))
_I3 = tuple({"i": i} for i in range(3))
_C3 = tuple({"c": c} for c in range(3))

# the Cross Validated chain of three tanh units: dL/dz of each, and its gradients
_CH3 = "(a3[0] - y[0])*(1 - a3[0]**2)"
_CH2 = f"{_CH3}*W3[0,0]*(1 - a2[0]**2)"
_CH1 = f"{_CH2}*W2[0,0]*(1 - a1[0]**2)"

# the Mathematics Stack Exchange network: its output k written out, and the question's sums over k
_CALC_H = ("sigmoid(x[0]*W1[{i},0] + x[1]*W1[{i},1] + x[2]*W1[{i},2])")
_CALC_FORWARD = " + ".join(f"W2[{{k}},{i}]*" + _CALC_H.replace("{i}", str(i)) for i in range(2))
_CALC_SUMS = "a1[0]*(W2[0,0] + W2[1,0] + W2[2,0]) + a1[1]*(W2[0,1] + W2[1,1] + W2[2,1])"

_SOFTMAX3 = "exp(z3[{k}])/(exp(z3[0]) + exp(z3[1]) + exp(z3[2]))"
_CE3 = "-(t[0]*log(a3[0]) + t[1]*log(a3[1]) + t[2]*log(a3[2]))"
_CE1 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"

# the forum's planar network (2 -> tanh 4 -> sigmoid 1, the logistic cost): every parameter's dL/d(it)
_EX = gradients((4, 1), 2, "a2[0] - y[0]", TANH_SLOPE)

# lonewolfc7's network (2 -> 3 -> 3 -> 1, the sigmoid everywhere, the logistic cost)
_LD = deltas((3, 3, 1), "a3[0] - y[0]", SIGMOID_SLOPE)
_LG = gradients((3, 3, 1), 2, "a3[0] - y[0]", SIGMOID_SLOPE)
_LONE_DA = {3: ["(a3[0] - y[0])/(a3[0]*(1 - a3[0]))"],
            **{layer: ["(" + " + ".join(f"W{layer + 1}[{k},{j}]*{_LD[layer + 1][k]}"
                                         for k in range((3, 3, 1)[layer])) + ")" for j in range(3)]
               for layer in (1, 2)}}
_LONE_DZ = tuple({"z": f"z{layer}[{j}]", "m": f"{_LONE_DA[layer][j]}*a{layer}[{j}]*(1 - a{layer}[{j}])"}
                 for layer in (1, 2, 3) for j in range((3, 3, 1)[layer - 1]))
# equation (6), da^{[l-1]} = dz^{[l]} W^{[l]T} read as rows: entry j is sum_k W{l}[j,k] dz{l}[k] (W2 square); at
# l = 3, one unit, dz3 times W3's column, the true da2
_LONE_DA_WRITTEN = (tuple({"t": _LONE_DA[1][j], "m": "(" + " + ".join(f"W2[{j},{k}]*{_LD[2][k]}" for k in range(3)) + ")"}
                          for j in range(3))
                    + tuple({"t": _LONE_DA[2][j], "m": f"W3[0,{j}]*{_LD[3][0]}"} for j in range(3)))

# douzujun's and the C2W1 thread's network (2 -> relu 3 -> relu 2 -> sigmoid 1, the logistic cost)
_DD = deltas((3, 2, 1), "a3[0] - y[0]", RELU_SLOPE)
_DG = gradients((3, 2, 1), 2, "a3[0] - y[0]", RELU_SLOPE)
_D_DA = {layer: ["(" + " + ".join(f"W{layer + 1}[{k},{j}]*{_DD[layer + 1][k]}" for k in range((3, 2, 1)[layer]))
                 + ")" for j in range((3, 2, 1)[layer - 1])] for layer in (1, 2)}
_D_DA_VALUES = tuple({"t": _D_DA[layer][j]} for layer in (1, 2) for j in range((3, 2, 1)[layer - 1]))


def _params(found: tuple, *prefixes: str) -> tuple:
    return tuple(value for value in found if value["p"].startswith(prefixes))


ENTRIES: list[Public] = [
    # ---- simplemachinelearning's "Gradient Descent, By Hand": plain text with · and η beside $...$; the data point's
    # x = 2 and y = 5 written into the loss and its derivative --------------------------------------------------------
    Public("sml-loss", _SML, "b27_sml", "b27_sml", "L(w) = (y - w·x)^2 = (5 - 2w)^2", ((C, C),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - x[0]*W1[0,0])**2", "=(5 - 2*1.0)**2")),), batch=27,
           why="(5 - 2w)^2 is the loss at the data point x = 2, y = 5, for every w; the oracle judges it at the file's"
               " numbers (w = 1), the only way a twin holds the data fixed; the spec judges a member in symbols at"
               " random points, where it is false"),
    Public("sml-grad", _SML, "b27_sml", "b27_sml", "$\\frac{dL}{dw} = -2x(y - wx) = -4 \\cdot (5 - 2w)$", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - x[0]*W1[0,0])", "=-4*(5 - 2*1.0)")),), batch=27,
           why="-4(5 - 2w) is -2x(y - wx) at x = 2, y = 5, for every w: judged at the file's numbers as sml-loss"),
    Public("sml-update", _SML, "b27_sml", "b27_sml", "w_new = w - η · dL/dw = 1 - 0.1 · (-12) = 2.2", ((C, C, C),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=1 - 0.1*(-12)", "=2.2")),), batch=27),
    # ---- the Cross Validated question (Nemotron's copy): \[ ... \] one to a line, t the activation, t'(...),
    # \text{Loss} defined and L differentiated ------------------------------------------------------------------------
    Public("chain-h", _CHAIN, "b27_chain", "b27_chain", "\\[ h = t(w_1x + b_1) \\]", ((C,),),
           (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + b1[0])",)),), batch=27),
    Public("chain-g", _CHAIN, "b27_chain", "b27_chain", "\\[ g = t(w_2h + b_2) \\]", ((C,),),
           (Twin("value", "a2[0]", ("tanh(W2[0,0]*a1[0] + b2[0])",)),), batch=27),
    Public("chain-yhat", _CHAIN, "b27_chain", "b27_chain", "\\[ \\hat{y} = t(w_3g + b_3) \\]", ((C,),),
           (Twin("value", "a3[0]", ("tanh(W3[0,0]*a2[0] + b3[0])",)),), batch=27),
    Public("chain-Loss", _CHAIN, "b27_chain", "b27_chain",
           "\\[ \\text{Loss} = \\frac{1}{2} \\sum (y - \\hat{y})^2 \\]", ((C,),),
           (Twin("value", "(y[0] - a3[0])**2/2", ("(y[0] - a3[0])**2/2",)),), batch=27, why="one output"),
    Public("chain-dw1", _CHAIN, "b27_chain", "b27_chain",
           "\\[ \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{\\partial \\hat{y}}"
           "{\\partial g} \\frac{\\partial g}{\\partial h} \\frac{\\partial h}{\\partial w_1} \\]", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_CH1}*x[0]",)),), batch=27),
    Public("chain-dh-dw1", _CHAIN, "b27_chain", "b27_chain", "\\[ \\frac{\\partial h}{\\partial w_1} = t'(w_1x + b_1)x \\]",
           ((C,),), (Twin("value", "(1 - a1[0]**2)*x[0]", ("(1 - tanh(W1[0,0]*x[0] + b1[0])**2)*x[0]",)),), batch=27,
           why="a local derivative, judged as a value"),
    Public("chain-dg-dh", _CHAIN, "b27_chain", "b27_chain", "\\[ \\frac{\\partial g}{\\partial h} = t'(w_2h + b_2)w_2 \\]",
           ((C,),), (Twin("value", "(1 - a2[0]**2)*W2[0,0]", ("(1 - tanh(W2[0,0]*a1[0] + b2[0])**2)*W2[0,0]",)),),
           batch=27, why="a local derivative, judged as a value"),
    Public("chain-dw2", _CHAIN, "b27_chain", "b27_chain",
           "\\[ \\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{\\partial \\hat{y}}"
           "{\\partial g} \\frac{\\partial g}{\\partial w_2} \\]", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_CH2}*a1[0]",)),), batch=27),
    # ---- the Mathematics Stack Exchange question (Nemotron's copy): $...$ with ^K_{k=1} before _, W^o_{k1}, a word
    # inside the math ("Loss \, function:"), forward(x); the answer's \color{blue} in a subscript. The question's
    # yhat sums over k what is each output's own ---------------------------------------------------------------------
    Public("calc-forward", _CALC, "b27_calc", "b27_calc", "$\\hat{y} = forward(x)$", ((C,),),
           (Twin("value", "a2[{k}]", (_CALC_FORWARD,), _K3),), batch=27, why="forward the network's map"),
    Public("calc-yhat-sums", _CALC, "b27_calc", "b27_calc",
           "$\\hat{y} = \\sum ^K_{k=1} h_1W^o_{k1} + \\sum ^K_{k=1} h_2W^o_{k2}$", ((W,),),
           (Twin("value", "a2[{k}]", (_CALC_SUMS,), _K3),), batch=27,
           why="every output's weights summed into each: yhat_k = h_1 W^o_{k1} + h_2 W^o_{k2} (the answer); the"
               " question asks \"Am I doing this correctly?\""),
    Public("calc-h1", _CALC, "b27_calc", "b27_calc", "$h_1 = \\sigma(\\bar{h}_1)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=27),
    Public("calc-hbar1", _CALC, "b27_calc", "b27_calc", "$\\bar{h}_1 = \\sum_{j=1}^{M} x_jW^h_{1j}$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]",)),), batch=27,
           why="M the number of inputs (3 here)"),
    Public("calc-loss", _CALC, "b27_calc", "b27_calc", "$Loss \\, function: J_t(w) = \\frac{1}{2}\\sum(\\hat{y}-y)^2$",
           ((C,),), (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2 + (a2[2] - y[2])**2)/2",
                          ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2 + (a2[2] - y[2])**2)/2",)),), batch=27,
           why="the words \"Loss \\, function:\" inside the page's $...$"),
    Public("calc-yhat-k", _CALC, "b27_calc", "b27_calc", "$$\\hat{y}_{\\color{blue}k}=h_1W_{k1}^o + h_2W_{k2}^o$$",
           ((C,),), (Twin("value", "a2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1]",), _K3),), batch=27,
           why="the answer's correction, its k coloured blue"),
    # ---- "An Example of Backpropagation in a Four-Layer Neural Network" (Nemotron's copy): \mathbf{\sigma} the
    # softmax, f(v)_k, z^3_1 with the layer before the unit, H(\mathbf{\hat{y}},\mathbf{y}) := ------------------------
    Public("four-yhat", _FOUR, "b27_four", "b27_four",
           "\\[\n\\hat{y}_k = \\mathbf{\\sigma}(\\mathbf{z}^{3})_k = \\frac{\\exp(z^{3}_k)}{\\sum_{i=1}^{3}\\exp(z_i^3)}\n\\]",
           ((C, C),), (Twin("value", "a3[{k}]", (_SOFTMAX3, _SOFTMAX3), _K3),), batch=27),
    Public("four-H", _FOUR, "b27_four", "b27_four",
           "\\[\nH(\\mathbf{\\hat{y}},\\mathbf{y}) := - \\sum_{i=1}^3 y_{i} \\log (\\hat{y}_i)\n\\]", ((C,),),
           (Twin("value", _CE3, (_CE3,)),), batch=27, why="the loss defined with :="),
    Public("four-dH-dz1", _FOUR, "b27_four", "b27_four",
           "\\[\n\\frac{\\partial H(\\mathbf{\\hat{y}},\\mathbf{y})}{\\partial z^3_1} = \\frac{\\partial H(\\mathbf{\\hat{y}},"
           "\\mathbf{y})}{\\partial\\hat{y}_1} \\frac{\\partial\\hat{y}_1}{\\partial z^3_1} +\\frac{\\partial H(\\mathbf{"
           "\\hat{y}},\\mathbf{y})}{\\partial\\hat{y}_2}\\frac{\\partial\\hat{y}_2}{\\partial z^3_1} +\\frac{\\partial H("
           "\\mathbf{\\hat{y}},\\mathbf{y})}{\\partial\\hat{y}_3} \\frac{\\partial\\hat{y}_3}{\\partial z^3_1}\n\\]",
           ((C,),), (Twin("gradient_z", "z3[0]", ("a3[0] - t[0]",)),), batch=27,
           why="the chain through every output, its value a3[0] - t[0]"),
    # ---- onenoughtone's lesson: $$...$$, e^{z_i} over \sum_{j=1}^{K}, c the correct class ----------------------------
    Public("one-p", _ONE, "b27_one", "b27_one", "$$p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{K} e^{z_j}}$$", ((C,),),
           (Twin("value", "a1[{i}]", ("exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _I3),), batch=27),
    Public("one-L", _ONE, "b27_one", "b27_one", "$$L = -\\sum_{i=1}^{K} y_i \\log(p_i)$$", ((C,),),
           (Twin("value", _CE1, (_CE1,)),), batch=27),
    Public("one-Lc", _ONE, "b27_one", "b27_one", "$$L = -\\log(p_c)$$", ((C,),),
           (Twin("value", _CE1, ("-log(a1[{c}])",), _C3, classes="label"),), batch=27,
           why="\"For a single correct class c (one-hot encoding)\""),
    Public("one-dz", _ONE, "b27_one", "b27_one", "$$\\frac{\\partial L}{\\partial z_i} = p_i - y_i$$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=27),
    # ---- the forum's "Exercise 6 - backward_propagation": plain text, (1/m) before a product written by juxtaposition,
    # A1.T, layers in brackets dZ[L], A[i-1], a range "(1<=i<=L)" after the rule; the poster's (1/m) moved into dZ ------
    Public("ex6-dZ2", _EX6, "b27_ex6", "b27_ex6", "dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=27, why="Figure 1, as the poster quotes it"),
    Public("ex6-dW2", _EX6, "b27_ex6", "b27_ex6", "dW2 = (1/m) dZ2 A1.T", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_EX, "W2")),), batch=27),
    Public("ex6-poster", _EX6, "b27_ex6", "b27_ex6", "dZ2 = (1/m) (A2 - Y), dW2 = dZ2 A1.T", ((C,), (C,)),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)), Twin("gradient", "{p}", ("{m}",), _params(_EX, "W2"))),
           batch=27, why="the poster's version, \"I think dZ2 = (1/m) (A2 - Y), dW2 = dZ2 A1.T\": the same at m = 1"),
    Public("ex6-dZL", _EX6, "b27_ex6", "b27_ex6", "dZ[L] = A[L] - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=27),
    Public("ex6-dWi", _EX6, "b27_ex6", "b27_ex6", "dW[i] = (1/m) dZ[i] A[i-1].T", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_EX, "W")),), batch=27, why="a rule over the layers i"),
    Public("ex6-dbi", _EX6, "b27_ex6", "b27_ex6", "db[i] = (1/m) np.sum(dZ[i], axis=1, keepdims=True) (1<=i<=L)",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _params(_EX, "b")),), batch=27,
           why="the rule's range of layers written after it"),
    Public("ex6-dWi-poster", _EX6, "b27_ex6", "b27_ex6", "dW[i] = dZ[i] A[i-1].T", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_EX, "W")),), batch=27, why="the poster's \"Correctly,\" version"),
    # ---- lonewolfc7's notes (Chinese, KaTeX): the LaTeX annotations with \tag{n}, · for the product, g'^{[l]} with
    # the prime before the layer, dw = dz · a^{[l-1]} the outer product without its transpose, and equation (6)'s
    # dz · W^{[l] T}, the transpose on the wrong side ------------------------------------------------------------------
    Public("lone-z", _LONE, "b27_lone", "b27_lone", "z^{[l]}= W^{[l]}·A^{[l-1]}+b^{[l]}\\tag{1}", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((3, 3, 1), 2)),), batch=27,
           why="a rule over the layers; A^{[0]} the input"),
    Public("lone-A", _LONE, "b27_lone", "b27_lone", "A^{[l]}= g^{[l]}(Z^{[l]})\\tag{2}", ((C,),),
           (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",),
                 tuple({"l": layer, "j": j} for layer in (1, 2, 3) for j in range((3, 3, 1)[layer - 1]))),), batch=27),
    Public("lone-dz", _LONE, "b27_lone", "b27_lone", "dz^{[l]}= da^{[l]}*g'^{[l]}(z^{[l]})\\tag{3}", ((C,),),
           (Twin("gradient_z", "{z}", ("{m}",), _LONE_DZ),), batch=27),
    Public("lone-dw", _LONE, "b27_lone", "b27_lone", "dw^{[l]}= dz^{[l]}·a^{[l-1]}\\tag{4}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_LG, "W")),), batch=27,
           why="two columns joined by · for their outer product, the transpose not written (as batch 23's (Z_2-y).Z_1)"),
    Public("lone-db", _LONE, "b27_lone", "b27_lone", "db^{[l]}= dz^{[l]}\\tag{5}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_LG, "b")),), batch=27),
    Public("lone-da", _LONE, "b27_lone", "b27_lone", "da^{[l-1]}= dz^{[l]}·W^{[l] T}\\tag{6}", ((W,),),
           (Twin("value", "{t}", ("{m}",), _LONE_DA_WRITTEN),), batch=27,
           why="dz^{[l]} W^{[l]T} is W^{[l]} dz^{[l]} (as a row), not W^{[l]T} dz^{[l]}: wrong at l = 2 (W^{[2]} square"
               " here), right at l = 3 only (one output unit); the summary of douzujun writes dZ^{[l]}·W^{[l]}"),
    Public("lone-dZ", _LONE, "b27_lone", "b27_lone", "dZ^{[l]} = dA^{[l]} * g'^{[l]}(Z^{[l]})\\tag{7}", ((C,),),
           (Twin("gradient_z", "{z}", ("{m}",), _LONE_DZ),), batch=27, why="the vectorised form, one example"),
    Public("lone-dW", _LONE, "b27_lone", "b27_lone",
           "dW^{[l]} = \\frac{1}{m} dZ^{[l]} \\cdot A^{[l-1] T}\\tag{8}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_LG, "W")),), batch=27),
    Public("lone-db-sum", _LONE, "b27_lone", "b27_lone",
           "db^{[l]} = \\frac{1}{m} np.sum(dZ^{[l]}, axis = 1, keepdims = True)\\tag{9}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_LG, "b")),), batch=27),
    # ---- douzujun's summary (zoukankan's copy): \( \) printed as ( ), \frac as frac, · for the product, AL, dAL,
    # dZL as names, np.divide, a rule over l with its range (l in [L-1 , 1]) and relu' = np.int64(A > 0); sigmod' a
    # typo. Each line's leading arrow "---> " (the summary's "then") is left out ---------------------------------------
    Public("douz-dAL", _DOUZ, "b27_douz", "b27_douz", "(dAL = -(np.divide(Y, AL) - np.divide(1-Y, 1-AL)) )", ((C,),),
           (Twin("value", "(a3[0] - y[0])/(a3[0]*(1 - a3[0]))", ("-(y[0]/a3[0] - (1 - y[0])/(1 - a3[0]))",)),),
           batch=27, why="dL/dA^{[L]}, judged as a value"),
    Public("douz-dZL", _DOUZ, "b27_douz", "b27_douz", "(dZL = dAL * sigmod'(Z^{[L]}) = dAL*s*(1-s) )",
           unreadable="sigmod", batch=27,
           why="sigmod for sigmoid, and s (the course's s = sigmoid(Z)) defined nowhere on the page"),
    Public("douz-dWL", _DOUZ, "b27_douz", "b27_douz", "(dWL=frac{1}{m}dZL·A^{[L-1]T})", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_DG, "W3")),), batch=27),
    Public("douz-dA-L1", _DOUZ, "b27_douz", "b27_douz", "(dA^{[L-1]} = W^{[L]T}·dZ^{[L]})", ((C,),),
           (Twin("value", "{t}", ("W3[0,{j}]*(a3[0] - y[0])",), tuple({"j": j, "t": _D_DA[2][j]} for j in range(2))),),
           batch=27, why="dL/dA^{[2]}, judged as a value"),
    Public("douz-dZl", _DOUZ, "b27_douz", "b27_douz",
           "(dZ^{[l]} = dA^{[l]} * g'(Z^{[l]})) ((l in [L-1 , 1]) ,(relu'(Z^{[l]}) = np.int64(A^{[l]} > 0)) )",
           ((C,), (C,)),
           (Twin("gradient_z", "z{l}[{j}]", ("{t}*Heaviside(z{l}[{j}])",),
                 tuple({"l": layer, "j": j, "t": _D_DA[layer][j]} for layer in (1, 2) for j in range((3, 2)[layer - 1]))),
            Twin("value", "Heaviside(z{l}[{j}])", ("1.0*(a{l}[{j}] > 0)",),
                 tuple({"l": layer, "j": j} for layer in (1, 2) for j in range((3, 2)[layer - 1])))),
           batch=27, why="the hidden layers' rule, its range (l in [L-1, 1]) and the RELU's derivative beside it"),
    Public("douz-dWl", _DOUZ, "b27_douz", "b27_douz", "(dW^{[l]} = frac{1}{m}dZ^{[l]}·A^{[l-1]T})", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_DG, "W")),), batch=27),
    Public("douz-dbl", _DOUZ, "b27_douz", "b27_douz", "(db^{[l]}=frac{1}{m}np.sum(dZ^{[l]}, axis=1, keepdims=True) )",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _params(_DG, "b")),), batch=27),
    Public("douz-dAl", _DOUZ, "b27_douz", "b27_douz", "(dA^{[l-1]} = dZ^{[l]}·W^{[l]} = W^{[l]T}·dZ^{[l]})", ((C, C),),
           (Twin("value", "{t}", ("{t}", "{t}"), _D_DA_VALUES),), batch=27,
           why="dZ^{[l]}·W^{[l]} with dZ a row, W^{[l]T}·dZ^{[l]} with it a column: both dL/dA^{[l-1]} (l = 2, 3)"),
    # ---- the forum's "C2W1 - A1 Backward Propagation": the course's code, 1/m * np.dot(...), np.int64(a2 > 0) ----------
    Public("c2w1-dz3", _C2W1, "b27_c2w1", "b27_c2w1", "dz3 = (a3 - Y)", ((C,),),
           (Twin("gradient_z", "z3[0]", ("a3[0] - y[0]",)),), batch=27, why="the poster's \"shouldn't it be\" version"),
    Public("c2w1-dW3", _C2W1, "b27_c2w1", "b27_c2w1", "dW3 = 1/m * np.dot(dz3, a2.T)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_DG, "W3")),), batch=27),
    Public("c2w1-db3", _C2W1, "b27_c2w1", "b27_c2w1", "db3 = 1/m* np.sum(dz3, axis=1, keepdims = True)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params(_DG, "b3")),), batch=27),
    Public("c2w1-dz2", _C2W1, "b27_c2w1", "b27_c2w1", "dz2 = np.multiply(da2, np.int64(a2 > 0))", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("{t}*(1.0*(a2[{j}] > 0))",),
                 tuple({"j": j, "t": _D_DA[2][j]} for j in range(2))),), batch=27),
    # ---- the forum's "backpropagation intuition" reply: each name in backticks, the = on the next paragraph --------------
    Public("intu-dL-dz2", _INTU, "b27_intu", "b27_intu", "`dL/dz2`\n\n= `a2-y`", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=27),
    Public("intu-da1-dz1", _INTU, "b27_intu", "b27_intu", "`da1/dz1`\n\n= `d/dz1 sigmoid(z1)`", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",),
                 tuple({"j": j} for j in range(4))),), batch=27, why="the sigmoid's derivative, entry by entry"),
]
