r"""Batch 61 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 addresses no earlier batch used (the "pages" corpus: Cross Validated 258709 on logistic
regression's gradient, Kshitiz's notebook of a ReLU-sigmoid network in NumPy, math.techqa.club 3334432 on
dE_total/dOut_{y_1}, qammunity 20032677 on the sigmoid's derivative, AbdulRehman393's and Saikiran2112's notebooks
working Mazur-style examples in Python, math.techqa.club 1428344 on softmax regression's gradient and 3400818 asking to
double-check dJ/dU, askdatascience 901's exercise on Mazur's example, tjmachinelearning's lecture on backpropagation,
rmanhart's copy of math.stackexchange 2526748 on Tariq Rashid's error slope, and two of Nemotron-CC-Math-v1's copies of
posts, named by their titles after the data set's address as in the batches before: "Feed Forwarding" and "Calculating
Error Gradient in a Neural Network"), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch61_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Every notation was loaded with its network (backprop.symbolic.notation_loading.load_notation) before the run,
reading no formula. Lines keep their sentence (Cross Validated's "When I take ..., I get $$...$$", qammunity's
paragraphs, tjmachinelearning's "We define the error function as $...$ This makes sense; $$E$$ increases ...", the
question's sentences before the book's $$ ... $$ in 2526748, Nemotron's "In the equation \( ... \), the term ..."), a
code line's # comment and indentation, a list's number or bullet ("1. ", "- "), a comment's date.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 61

The batch: 56 formulas (61 claims: Cross Validated's line of three identities, qammunity's paragraph of three claims,
3400818's y_hat = ... and J = ... parted by a comma), 31 values (forward values and losses, NumPy and Python lines,
the sigmoid's and the log's identities in their own letter x, local derivatives dy_o/dw_i = y_i and ds(w^Tx_i)/dw,
derivatives by an output dE_total/dOut_{y1}, dL/dy', dE_dy1, dA1, dE_dh1_out, the delta rule's step Delta w_i), 3
deltas dL/dz (dZ2, dZ1, delta1), 16 gradients (two of them bare expressions judged with --param w_{jk}) and 3 updates
(W1 -= learning_rate * dW1, weights["w5"] -= ..., w_{new} = w_{old} - \alpha dE/dw with --param). 31 are LaTeX
($$ ... $$ and $ ... $ in sentences, \( ... \), \[ ... \] blocks, \begin{equation}\begin{aligned} with \tag and
\label, \left(\frac{1}{2}\right), \text{Out}_{y_1} beside \text{Out}_{y1}, log without a backslash, \; and "\ " as
spaces, the indicator 1 \{ y^{(i)} = k \} and p(y^{(i)} = k \mid x^{(i)} ; \theta), \bigtriangledown, \sum^m_{i=1}
with its superscript first, \operatorname{softmax} and \operatorname{CrossEntropy}, w_{new} and w_{old},
\text {target} with a space, a \sum without index, ||x_2-y||^2, the page's own macro \sigmoid, \ldots around a
general term w_iy_i, y' and {y}') and 25 plain text or code (NumPy rows with np.dot, .T, relu_derivative and
np.sum(..., axis=0, keepdims=True); Python with names such as H1_net, y1_net, h1_in, h1_out, a dictionary's
out['y1'], weights["w5"] and biases["b1"], sigmoid_derivative of an output, a statement continued on a second line,
-=; Unicode σ'(z) in sentences).

3 are mistaken (the oracle finds them wrong):

- b61-softreg-step: the asker's \bigtriangledown_{\theta^{(k)}} J = -\sum \bigtriangledown_{\theta^{(k)}} \log p(y = k
  | x; \theta), which drops the indicator and the other classes' terms (every class's probability depends on
  theta^{(k)}): -x (1 - p_k) for -x (t_k - p_k);
- b61-hu-du: dJ/dU = (softmax(hU + b_2) - y) h, two rows multiplied; as the outer product the asker meant, the
  transpose of h^T (y_hat - y);
- b61-rashid-asker: Rashid's reader's derivative of (t - sigmoid(sum_j w_jk o_j))^2 without the inner derivative's -1
  and o_j (the book's, the next entry, is right).

Not mistaken, though they look it: Cross Validated's asker's -\sum (x_i(y_i-1)e^{w^Tx_i}/(e^{W^tx_i}+1) +
x_iy_i/(e^{W^tx_i}+1)), which is x (s - y) (the asker thought it differed); the answer's sum whose second term stands
outside \sum's reach (one sample); 3400818's J = CrossEntropy(y, y_hat), the loss named twice; Saikiran's dE_dh1_out,
right as written, though the notebook runs it after updating w5 and w7 (an order of statements, not a formula's slip);
Kshitiz's gradients summed over its samples where its loss is their mean (one sample here); the askdatascience hint's
w_{new} = w_{old} - \alpha dE/dw (the rule for any weight; --param W2[0,0]).

What the spec could not express, which a page needed: the Feed Forwarding page adds one b to both layers (net_1 = xw_1
+ b, net_2 = hw_2 + b): a problem file gives each layer its own bias, so b is layer 1's and net_2's line is left out,
and so is its update w_i^{t+1} <- w_i^t - \alpha dL/dw_i, whose w_i is w_1 of layer 1 and w_2 of layer 2 (a pattern
maps a letter to entries of one quantity); softmax regression's indicator 1{y^{(i)} = k} and probability p(y^{(i)} = k
| x^{(i)}; \theta) are no base with scripts, so no pattern names them (the entries stay, as batch 34's theta_j did);
AbdulRehman393's dy1_dnet = sigmoid_derivative_from_activation(out['y1']), a function the notebook defines, which a
notation cannot name (left out; the notation names dy1_dnet by its meaning, y1 (1 - y1)); 3334432's question lines
"$$1/2(T_{1} - ...)^2 + ...$$" and "$$1/(1+e-^{y_1})$$", expressions without a left side under "The formula to
calculate ... is:" (left out). Left out for an earlier batch's use: deeplearning.ai's thread 346031 on the NLP course's
ReLU((W_2)^T(Y_hat - Y)) X^T (its Nemotron copy is batch 8's), Stack Overflow 53287032 (batch 41's).

Notes: x_i in Cross Validated 258709 is a sample's feature vector (one sample), named x[:]; the bare x of s(x), S(x)
and \frac{\partial log(x)}{\partial x} is the identity's own letter, judged over the input vector entry by entry; the
biases b1, b2 of the two Python notebooks are shared by a layer's units, as the notebooks write them; o1 and o2 in
Saikiran's notebook are the targets; h in 3400818 is the softmax layer's input row (three entries here).

Collected on 2026-12-05 from 07:09 to 07:25 by the machine's clock (the oracle's runs included), and run blind once
at main cbbb3e2 (/work/READY_FOR_BLIND18), with nothing under src/ changed (the output saved in
/work/batch61_blind.txt): 37 of 56 read with every verdict right (66%); 18 refused that should have been read; 1
misread, three right claims called wrong; no crash; NO WRONG FORMULA CALLED CORRECT. None of the refusals is at a
notation outside the spec's grammar: the run stays the only one. Of the 3 mistaken formulas, none read: all 3 were
refused (softreg-step, hu-du, rashid-asker). By kind of claim: values 24 of 31, deltas 3 of 3, gradients 6 of 16,
updates 3 of 3, lines of several claims 1 of 3. LaTeX against plain text: the 31 in LaTeX read 18 (58%), the 25 in
plain text or code 19 (76%). By page: Cross Validated 258709 2 of 6, Kshitiz 8 of 8, math.techqa.club 3334432 2 of 2,
qammunity 0 of 2, "Feed Forwarding" 8 of 8, AbdulRehman393 7 of 7, Saikiran2112 4 of 8, math.techqa.club 1428344 0 of
3, math.techqa.club 3400818 1 of 3, askdatascience 3 of 3, tjmachinelearning 1 of 1, rmanhart 0 of 2, "Calculating
Error Gradient in a Neural Network" 1 of 3. (Tabulated from the saved output.)

The misread (1, three right claims called wrong):

- three identities in one $...$ parted by TeX's spaces (``\ \ \ \ \ \ \ ``), Cross Validated's answer
  ``$\frac{\partial s(x)}{\partial x} = s(x)(1 - s(x))\ \ \ ... \frac{\partial s(w^Tx_i)}{\partial w} = ... \ \ \ ...
  \frac{\partial log(x)}{\partial x} = \frac{1}{x}$`` (se-identities): read as one chain, got (('wrong', 'wrong',
  'wrong'),) for three claims each correct.

The refusals by construct (18), with the exact message:

- 3: a conditional probability as a function's argument, p(y^{(i)} = k \mid x^{(i)} ; \theta), beside the indicator
  1 \{ y^{(i)} = k \} (softreg-j, softreg-ufldl, softreg-step, the last a wrong formula): "formula 'J( \\theta ) = -
  \\sum^m_{i=1} \\sum^K_{k=1} 1 \\{ y^{(i)} = ...': expected ')' to close the arguments at '=' (position 78)";
- 3: code's sigmoid_derivative of an output, Saikiran's ``dE_dw5 = error_o1 * sigmoid_derivative(o1_out) * h1_out``
  (sai-dw5, sai-dw7, sai-dh1): "sigmoid_derivative(u) reads as sigmoid's derivative at its input (u = z) or at its
  output (u = a), and the two readings do not agree; write sigmoid'(z) for the derivative at the input z, or a(1 - a)
  for it at the output a; or say which in the notation, functions = { sigmoid_derivative = "sigmoid' at output" } (or
  "sigmoid' at input")" (docs/notation.md's declaration, which the notation did not make: the spec has no such key);
- 3: sentences of prose read into a claim: qammunity's ``... is confirmed to be σ'(z) = σ(z)(1 - σ(z)). The correct
  form of ...`` (qam-final): "formula 'The derivative of the sigmoid function is confirmed to be...': unknown symbol T;
  the notation knows a, y, z; give it a meaning in the notation's [notation.symbols], e.g. "T" = "a1[0]""; its
  paragraph's ``σ(z) = 1 / (1 + e^{-z}). Differentiating σ(z) with respect to z yields ...`` (qam-steps): "formula
  '\\sigma (z) = 1 / (1 + e^{-z}) \\cdot Differentiating \\sigm...': unknown symbol Differentiating; ..."; the
  question's sentences before the book's $$ ... $$ on one line, judged with --param (rashid-book): "formula
  '\\frac{\\partial L}{\\partial w_{jk}} = The problem is that ...': unknown symbol T; the notation knows o, t, w; ...";
- 2: a row times a matrix inside a derivative, 3400818's ``$\frac{dJ}{db_2} =(\operatorname{softmax}(hU+b_2) - y) $``
  (hu-db2; hu-du, a wrong formula, too): "formula '\\frac{dJ}{db_2} =(\\text{softmax}(hU+b_2) - y)': multiplies a 3 x 1
  by a 3 x 3, whose sizes do not fit; write the factors so that the first has as many columns as the second has rows"
  (the page's own ``$\hat{y} = \operatorname{softmax}(hU + b_2)$`` read, h as a row);
- 1: a function named without its argument, the comment's ``$s' = s(1-s)$`` (se-comment): "formula "s' = s(1-s)":
  unknown symbol s; the notation knows N, W, n, w, x, y; give it a meaning in the notation's [notation.symbols], e.g.
  "s" = "a1[0]"" (s is the notation's function);
- 1: the asker's W^t for w^T (se-asker): "formula '-\\sum_{i=1}^N ( \\frac{x_i(y_i-1)e^{w^Tx_i}}{e^{W^tx_i}+1}...':
  W^{t} matches none of the notation's patterns for W ('W')";
- 1: a vector over a number, the answer's ``\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{s(w^Tx_i)}`` (se-answer): "formula
  '\\frac{\\partial NLL}{\\partial w} = \\sum_{i = 1}^{n} (1 - y...': divides by a vector or matrix of another size in
  (x_{i}(1 - s(w^T x_{i})) s(w^T x_{i}))/s(w^T x_{i})";
- 1: a code name that is also the base of other code names, the notebook's target o1 beside o1_in and o1_out
  (sai-error): "formula 'error = (1 / 2) * ((o1_out - o1) ** 2 + (o2_out - o2) ** 2)': o1: the vector the notation's o1
  patterns name, or o_{1}; write o1 with its index, or o_{1}";
- 1: the page's own macro \sigmoid (its \newcommand on the page's first line; the notation's functions = {
  "\\sigmoid" = "sigmoid" } loads) (rashid-asker, a wrong formula): "formula '\\frac{\\partial L}{\\partial w_{jk}} = 2
  (t-\\sigmoid (\\sum_...': the command \sigmoid is not part of a formula check can read at '\\sigmoid' (position 43);
  write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols";
- 1: \Delta before a pattern's symbol, ``\(\Delta w_i = \mu(t_o - y_o)y_i\)`` with "w_{i}" named (calc-delta): "formula
  '\\Delta w_i = \\mu(t_o - y_o)y_i': unknown symbol \Delta w_{i}; the notation knows n, t, w, y; give it a meaning in
  the notation's [notation.symbols], e.g. "\Delta w_{i}" = "a1[0]"";
- 1: an ellipsis on both sides of a general term, ``y_o = w_1y_1 + w_2y_2 + \ldots + w_iy_i + \ldots + w_ny_n``
  (calc-yo): "formula 'y_o = w_1y_1 + w_2y_2 + \\ldots + w_iy_i + \\ldots + w_ny_n': has a sum with an ellipsis (\dots)
  check cannot read: an ellipsis needs written terms before it and one term after it; write \sum_{i=1}^{n} x_i w_i (its
  bounds numbers or the notation's letters)".

Which look general: the conditional probability p(y = k | x; \theta) with the indicator 1{...} (UFLDL's and the
statistics texts' way to write softmax regression), prose sentences around a claim in plain text and beside a display,
a row times a matrix inside a derivative (the same layout read in the page's forward line), several equations in one
$...$ parted by spaces, a function named without its argument (s' = s(1 - s)), a vector divided by a number, \Delta
before a named symbol for its change, and an ellipsis around a general term (w_1y_1 + ... + w_iy_i + ... + w_ny_n);
page-specific or the notation's: sigmoid_derivative of an output (the notation could have said which, with the
product's key), the notebook's o1 beside o1_in and o1_out, the asker's W^t typo, and the page's own \sigmoid macro.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch61_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SE258709 = "https://stats.stackexchange.com/questions/258709/logistic-regression-gradient-of-weights"
_KSHITIZ = "https://github.com/Kshitiz220BTCCSE033/Kshitiz-Sharma"
_OUTY = "https://math.techqa.club/partial-derivative-in-understanding-neural-networks-3334432"
_QAMMUNITY = "https://qammunity.org/20032677"
_FEEDFWD = f"{_NEMOTRON} (Feed Forwarding)"
_ABDUL = "https://github.com/AbdulRehman393/AI-LAB"
_SAIKIRAN = "https://github.com/Saikiran2112/faceMaskDetection"
_SOFTREG = ("https://math.techqa.club/what-is-the-derivation-of-the-derivative-of-softmax-regression-or-multinomial-"
            "logistic-regression-1428344")
_HU = "https://math.techqa.club/please-help-me-to-double-check-this-derivative-3400818"
_ASKDS = "https://askdatascience.com/901/update-weights-backpropagation-algorithm-activation-function"
_TJML = "https://tjmachinelearning.com/lectures/1718/nn3/"
_RASHID = ("https://wiki.rmanhart.org/math.stackexchange.com_en_all_2024-05/questions/2526748/solving-derivative-of-"
           "squared-error-where-the-predictor-is-a-sigmoid-function")
_CALCGRAD = f"{_NEMOTRON} (Calculating Error Gradient in a Neural Network)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KJ32 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_KJ33 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the hidden unit j's dL/dz of Kshitiz's ReLU layer under the output's binary cross-entropy
_KSH_DZ1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
# the 2-2-2 squared error's halves and whole, at the outputs a2 against the targets y
_HALVES = "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2"
_CE3 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_SIG2 = "a2[0]*(1 - a2[0])"
_SIG2_1 = "a2[1]*(1 - a2[1])"


ENTRIES: list[Public] = [
    # ---- Cross Validated 258709: $$...$$ and inline $...$, log without a backslash, \; spaces, the asker's NNL and
    # W^t, a comment's s' = s(1-s), the answer's three identities on one line parted by "\ \ \ " ---------------------
    Public("b61-se-nll", _SE258709, "b61_nll", "b61_nll",
           "$$NLL = - \\sum_{i=1}^N[(1-y)log(1-s(w^Tx_i))+y\\;log\\;(s(w^Tx_i))]$$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-((1 - y[0])*log(1 - sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])) + "
                  "y[0]*log(sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])))",)),), batch=61,
           why="the lecture notes' NLL as the question quotes it: y for y_i (one sample here)"),
    Public("b61-se-s", _SE258709, "b61_nll", "b61_nll", "where $s$ is the sigmoid function $s(x) =\\frac{1}{e^{-x}+1}$",
           ((C,),), (Twin("value", "sigmoid(x[{i}])", ("1/(exp(-x[{i}]) + 1)",), _I2),), batch=61,
           why="the sigmoid's definition in its own letter x, an identity for every x"),
    Public("b61-se-asker", _SE258709, "b61_nll", "b61_nll",
           "When I take $\\frac{\\partial NNL}{\\partial w}$, I get $$-\\sum_{i=1}^N ( \\;\\frac{x_i(y_i-1)e^{w^Tx_i}}"
           "{e^{W^tx_i}+1} + \\frac{x_iy_i}{e^{W^tx_i}+1})$$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("-(x[{j}]*(y[0] - 1)*exp(z1[0])/(exp(z1[0]) + 1) + x[{j}]*y[0]/(exp(z1[0]) + 1))",),
                 _J2),), batch=61,
           why="the asker's result, which is right (-x((y - 1) s + y (1 - s)) = x (s - y)): NNL their typo for NLL,"
               " W^t for w^T, the left side in the sentence before \"I get\""),
    Public("b61-se-comment", _SE258709, "b61_nll", "b61_nll",
           "• The most important thing to know here is $s' = s(1-s)$ Jan 29 '17 at 0:49", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=61,
           why="a comment's line with its date: the sigmoid's derivative written without an argument"),
    Public("b61-se-identities", _SE258709, "b61_nll", "b61_nll",
           "$\\frac{\\partial s(x)}{\\partial x} = s(x)(1 - s(x))\\ \\ \\ \\ \\ \\ \\ \\frac{\\partial s(w^Tx_i)}{\\partial w} ="
           " x_i(1 - s(w^Tx_i))s(w^Tx_i) \\ \\ \\ \\ \\ \\ \\ \\ \\frac{\\partial log(x)}{\\partial x} = \\frac{1}{x}$",
           ((C,), (C,), (C,)),
           (Twin("value", "sigmoid(x[{j}])*(1 - sigmoid(x[{j}]))", ("sigmoid(x[{j}])*(1 - sigmoid(x[{j}]))",), _J2),
            Twin("value", "x[{j}]*a1[0]*(1 - a1[0])", ("x[{j}]*(1 - a1[0])*a1[0]",), _J2),
            Twin("value", "1/x[{j}]", ("1/x[{j}]",), _J2)), batch=61,
           why="the answer's three identities in one $...$, parted by spaces (\\ ): the sigmoid's and the log's in their"
               " own letter x, and the unit's output by the weight vector (a local derivative, judged as a value)"),
    Public("b61-se-answer", _SE258709, "b61_nll", "b61_nll",
           "$\\frac{\\partial NLL}{\\partial w} = \\sum_{i = 1}^{n} (1 - y)\\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{1 - s(w^Tx_i)}"
           "-y\\frac{x_i(1 - s(w^Tx_i))s(w^Tx_i)}{s(w^Tx_i)}$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(1 - y[0])*x[{j}]*(1 - a1[0])*a1[0]/(1 - a1[0]) - "
                                           "y[0]*x[{j}]*(1 - a1[0])*a1[0]/a1[0]",), _J2),), batch=61),
    # ---- Kshitiz's notebook: NumPy rows (X @ W1 input-first), np.dot, .T, relu_derivative, np.sum(..., axis=0,
    # keepdims=True), -= updates, a loop's indentation and trailing comments ----------------------------------------
    Public("b61-ksh-z1", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    Z1 = np.dot(X, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=61),
    Public("b61-ksh-a2", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    A2 = sigmoid(Z2)  # prediction", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=61),
    Public("b61-ksh-dz2", _KSHITIZ, "b61_kshitiz", "b61_kshitiz",
           "    dZ2 = A2 - Y                            # error at output", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=61),
    Public("b61-ksh-dw2", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    dW2 = np.dot(A1.T, dZ2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])",), _J2),), batch=61),
    Public("b61-ksh-da1", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    dA1 = np.dot(dZ2, W2.T)", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("(a2[0] - y[0])*W2[0,{j}]",), _J2),), batch=61,
           why="dL/dA1, judged as a value (the derivative by an activation)"),
    Public("b61-ksh-dz1", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    dZ1 = dA1 * relu_derivative(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KSH_DZ1,), _J2),), batch=61,
           why="relu_derivative the notebook's (z > 0).astype(float), the ReLU's step"),
    Public("b61-ksh-dw1", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    dW1 = np.dot(X.T, dZ1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_KSH_DZ1}",), _JI2),), batch=61),
    Public("b61-ksh-w1", _KSHITIZ, "b61_kshitiz", "b61_kshitiz", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI2),), batch=61,
           why="the notebook's gradients are sums over its two samples where its loss is their mean (np.mean); with"
               " one sample the two agree"),
    # ---- math.techqa.club 3334432: $$...$$ with \text{Out}_{y_1} and \text{Out}_{y1}, \left(\frac{1}{2}\right),
    # \tag and \label, the answer's \begin{equation}\begin{aligned} chain with & = and (-1) ----------------------------
    Public("b61-outy-eq1", _OUTY, "b61_outy", "b61_outy",
           "$$E_{\\text{total}} = \\left(\\frac{1}{2}\\right)(T_{1} - \\text{Out}_{y_1})^2 + \\left(\\frac{1}{2}\\right)"
           "(T_{2} - \\text{Out}_{y_2})^2 \\tag{1}\\label{eq1}$$", ((C,),),
           (Twin("value", _HALVES, ("(1/2)*(y[0] - a2[0])**2 + (1/2)*(y[1] - a2[1])**2",)),), batch=61),
    Public("b61-outy-eq2", _OUTY, "b61_outy", "b61_outy",
           "$$\\begin{equation}\\begin{aligned} \\frac{\\partial E_{\\text{Total}}}{\\partial \\text{Out}_{y1}} & = "
           "\\left(\\frac{1}{2}\\right)2(T_{1} - \\text{Out}_{y_1})\\frac{\\partial (T_{1} - \\text{Out}_{y_1})}{\\partial "
           "\\text{Out}_{y1}}\\\\ & = (T_{1} - \\text{Out}_{y_1})(-1) \\\\ & = \\text{Out}_{y_1} - T_1 \\end{aligned}"
           "\\end{equation}\\tag{2}\\label{eq2}$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("(1/2)*2*(y[0] - a2[0])*(-1)", "(y[0] - a2[0])*(-1)", "a2[0] - y[0]")),),
           batch=61, why="dE/dOut_{y_1}, judged as a value (the derivative by an output); the first member's"
                         " d(T_1 - Out_{y_1})/dOut_{y_1} is -1"),
    # ---- qammunity 20032677: plain text with Unicode σ and ', e^{-z}, claims inside sentences ("y = 0 or 1" is
    # prose) ----------------------------------------------------------------------------------------------------------
    Public("b61-qam-final", _QAMMUNITY, "b61_sigmoid_unit", "b61_sigmoid_unit",
           "The derivative of the sigmoid function is confirmed to be σ'(z) = σ(z)(1 - σ(z)). The correct form of the "
           "cross-entropy loss function does not encounter issues when y = 0 or 1, unlike the incorrect form, which "
           "involves the undefined logarithm of zero.", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=61,
           why="the final answer's first sentence; \"when y = 0 or 1\" names the labels' values, no claim"),
    Public("b61-qam-steps", _QAMMUNITY, "b61_sigmoid_unit", "b61_sigmoid_unit",
           "The function σ'(z) = σ(z)(1 - σ(z)) refers to the derivative of the sigmoid function, which is often used "
           "in the context of neural networks and logistic regression within machine learning. To verify this "
           "derivative, we must know that the sigmoid function is σ(z) = 1 / (1 + e^{-z}). Differentiating σ(z) with "
           "respect to z yields σ'(z) = σ(z)(1 - σ(z)), which confirms that the derivative is the sigmoid function "
           "multiplied by one minus the sigmoid function.", ((C,), (C,), (C,)),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),
            Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),
            Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",))), batch=61,
           why="the explanation's paragraph: three claims in three sentences"),
    # ---- Nemotron's "Feed Forwarding": a numbered list of \( ... \), \text{net}_1, y' for the prediction and {y}'
    # with braces, a bulleted list of local derivatives, \times -----------------------------------------------------
    Public("b61-ff-net1", _FEEDFWD, "b61_ff", "b61_ff", "1. \\( \\text{net}_1 = xw_{1} + b \\)", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=61,
           why="item 1 of the page's numbered list (net_2's item 3 left out: its b is layer 1's, see the network)"),
    Public("b61-ff-h", _FEEDFWD, "b61_ff", "b61_ff", "2. \\( h = \\sigma(\\text{net}_1) \\)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=61),
    Public("b61-ff-loss", _FEEDFWD, "b61_ff", "b61_ff", "\\[ L = \\frac{1}{2} \\sum (y - y')^{2} \\]", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("(1/2)*(y[0] - a2[0])**2",)),), batch=61,
           why="the sum over the outputs (one)"),
    Public("b61-ff-chain2", _FEEDFWD, "b61_ff", "b61_ff",
           "- \\(\\frac{\\partial L}{\\partial w_{2}} = \\frac{\\partial \\text{net}_2}{\\partial w_2} \\frac{\\partial y'}"
           "{\\partial \\text{net}_2} \\frac{\\partial L}{\\partial y'}\\)", ((C,),),
           (Twin("gradient", "W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=61),
    Public("b61-ff-chain1", _FEEDFWD, "b61_ff", "b61_ff",
           "- \\(\\frac{\\partial L}{\\partial w_{1}} = \\frac{\\partial \\text{net}_1}{\\partial w_{1}} \\frac{\\partial h}"
           "{\\partial \\text{net}_1} \\frac{\\partial \\text{net}_2}{\\partial h} \\frac{\\partial y'}{\\partial "
           "\\text{net}_2} \\frac{\\partial L}{\\partial y'}\\)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*a1[0]*(1 - a1[0])*W2[0,0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),),
           batch=61),
    Public("b61-ff-dl-dy", _FEEDFWD, "b61_ff", "b61_ff", "- \\(\\frac{\\partial L}{\\partial y'} = ({y}' - y)\\)",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])",)),), batch=61,
           why="dL/dy', judged as a value; {y}' the prediction with braces"),
    Public("b61-ff-grad2", _FEEDFWD, "b61_ff", "b61_ff",
           "- \\(\\frac{\\partial L}{\\partial w_2} = h \\times y'(1 - y') \\times (y' - y)\\)", ((C,),),
           (Twin("gradient", "W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=61),
    Public("b61-ff-grad1", _FEEDFWD, "b61_ff", "b61_ff",
           "- \\(\\frac{\\partial L}{\\partial w_{1}} = x \\times h(1 - h) \\times w_2 \\times y'(1 - y') \\times (y' - y)\\)",
           ((C,),), (Twin("gradient", "W1[0,0]", ("x[0]*a1[0]*(1 - a1[0])*W2[0,0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),),
           batch=61),
    # ---- AbdulRehman393's AI-LAB notebook: Python with the example's numbers, names such as H1_net, y1_net, one
    # bias per layer, a dictionary's out['y1'], ** for the power, dE_dy1 and delta1 -----------------------------------
    Public("b61-abd-h1net", _ABDUL, "b61_abdul", "b61_abdul", "    H1_net = x1 * w1 + x2 * w2 + b1", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1",)),), batch=61),
    Public("b61-abd-h2net", _ABDUL, "b61_abdul", "b61_abdul", "    H2_net = x1 * w3 + x2 * w4 + b1", ((C,),),
           (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1] + b1",)),), batch=61,
           why="one bias b1 for both hidden units, as the notebook writes it"),
    Public("b61-abd-y1net", _ABDUL, "b61_abdul", "b61_abdul", "    y1_net = H1 * w5 + H2 * w6 + b2", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2",)),), batch=61),
    Public("b61-abd-e1", _ABDUL, "b61_abdul", "b61_abdul", "E1 = 0.5 * (T1 - out['y1'])**2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=61,
           why="out, the forward pass's dictionary of outputs: out['y1'] is y1"),
    Public("b61-abd-etotal", _ABDUL, "b61_abdul", "b61_abdul", "E_total = E1 + E2", ((C,),),
           (Twin("value", _HALVES, (_HALVES,)),), batch=61),
    Public("b61-abd-dedy1", _ABDUL, "b61_abdul", "b61_abdul", "dE_dy1 = -(T1 - out['y1'])", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=61,
           why="dE/dy1, judged as a value (the derivative by an output)"),
    Public("b61-abd-delta1", _ABDUL, "b61_abdul", "b61_abdul", "delta1 = dE_dy1 * dy1_dnet", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"(a2[0] - y[0])*{_SIG2}",)),), batch=61,
           why="dy1_dnet = sigmoid_derivative_from_activation(out['y1']), y1 (1 - y1), as the notebook defines it"),
    # ---- Saikiran2112's notebook: a dictionary's weights["w1"] and biases["b1"], h1_in and h1_out, the targets
    # named o1 and o2, sigmoid_derivative of an output, -=, a statement continued on a second line -----------------
    Public("b61-sai-h1in", _SAIKIRAN, "b61_saikiran", "b61_saikiran",
           'h1_in = weights["w1"] * x1 + weights["w2"] * x2 + biases["b1"]', ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),), batch=61),
    Public("b61-sai-h2out", _SAIKIRAN, "b61_saikiran", "b61_saikiran", "h2_out = sigmoid(h2_in)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=61),
    Public("b61-sai-o2in", _SAIKIRAN, "b61_saikiran", "b61_saikiran",
           'o2_in = weights["w7"] * h1_out + weights["w8"] * h2_out + biases["b2"]', ((C,),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1] + b2",)),), batch=61),
    Public("b61-sai-error", _SAIKIRAN, "b61_saikiran", "b61_saikiran",
           "error = (1 / 2) * ((o1_out - o1) ** 2 + (o2_out - o2) ** 2)", ((C,),),
           (Twin("value", _HALVES, ("(1/2)*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=61,
           why="o1 and o2 the targets (the notebook's \"Assumed Values\"), o1_out and o2_out the outputs"),
    Public("b61-sai-dw5", _SAIKIRAN, "b61_saikiran", "b61_saikiran",
           "dE_dw5 = error_o1 * sigmoid_derivative(o1_out) * h1_out", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"(a2[0] - y[0])*{_SIG2}*a1[0]",)),), batch=61,
           why="the notebook's sigmoid_derivative(x) is x * (1 - x), applied to the output"),
    Public("b61-sai-dw7", _SAIKIRAN, "b61_saikiran", "b61_saikiran",
           "dE_dw7 = error_o2 * sigmoid_derivative(o2_out) * h1_out", ((C,),),
           (Twin("gradient", "W2[1,0]", (f"(a2[1] - y[1])*{_SIG2_1}*a1[0]",)),), batch=61),
    Public("b61-sai-w5", _SAIKIRAN, "b61_saikiran", "b61_saikiran", 'weights["w5"] -= learning_rate * dE_dw5', ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=61),
    Public("b61-sai-dh1", _SAIKIRAN, "b61_saikiran", "b61_saikiran",
           'dE_dh1_out = (error_o1 * sigmoid_derivative(o1_out) * weights["w5"] +\n'
           '              error_o2 * sigmoid_derivative(o2_out) * weights["w7"])', ((C,),),
           (Twin("value", f"(a2[0] - y[0])*{_SIG2}*W2[0,0] + (a2[1] - y[1])*{_SIG2_1}*W2[1,0]",
                 (f"(a2[0] - y[0])*{_SIG2}*W2[0,0] + (a2[1] - y[1])*{_SIG2_1}*W2[1,0]",)),), batch=61,
           why="dE/dh1_out, judged as a value; right as written (the notebook runs it after updating w5 and w7, so"
               " its numbers use the new weights: an order of statements, not a formula's slip)"),
    # ---- math.techqa.club 1428344: UFLDL's softmax regression, \sum^m_{i=1} with the superscript first, the
    # indicator 1 \{ y^{(i)} = k \}, p(y^{(i)} = k \mid x^{(i)} ; \theta), \bigtriangledown for the gradient ---------
    Public("b61-softreg-j", _SOFTREG, "b61_softreg", "b61_softreg",
           "$$ J( \\theta ) = - \\sum^m_{i=1} \\sum^K_{k=1} 1 \\{ y^{(i)} = k \\} \\log p(y^{(i)} = k \\mid x^{(i)} ; \\theta) $$",
           ((C,),), (Twin("value", _CE3, (_CE3,)),), batch=61,
           why="the indicator 1{y = k} is t_k and p(y = k | x; theta) the softmax output a_k"),
    Public("b61-softreg-ufldl", _SOFTREG, "b61_softreg", "b61_softreg",
           "$$ \\bigtriangledown_{ \\theta^{(k)} }J( \\theta ) = -\\sum^{m}_{i=1} [x^{(i)} (1 \\{ y^{(i)} = k \\} - p(y^{(i)} = "
           "k \\mid x^{(i)} ; \\theta) ) ] $$", ((C,),),
           (Twin("gradient", "W1[{k},{j}]", ("-x[{j}]*(t[{k}] - a1[{k}])",), _KJ32),), batch=61,
           why="the UFLDL tutorial's gradient as the question quotes it, a rule for every class k"),
    Public("b61-softreg-step", _SOFTREG, "b61_softreg", "b61_softreg",
           "$$ \\bigtriangledown_{ \\theta^{(k)} } J( \\theta ) = - \\sum^m_{i=1} \\bigtriangledown_{ \\theta^{(k)} } \\log "
           "p(y^{(i)} = k \\mid x^{(i)} ; \\theta) $$", ((W,),),
           (Twin("gradient", "W1[{k},{j}]", ("-x[{j}]*(1 - a1[{k}])",), _KJ32),), batch=61,
           why="the asker's step keeps only the log-probability of class k, without its indicator: every class's"
               " probability depends on theta^{(k)} through the softmax's sum, so the gradient is -x (t_k - p_k), not"
               " -x (1 - p_k) (the two agree only where the label is k)"),
    # ---- math.techqa.club 3400818: $...$ with \operatorname{softmax} and \operatorname{CrossEntropy}, h U as rows, the
    # asker's dJ/dU with the factors in the wrong order -------------------------------------------------------------
    Public("b61-hu-model", _HU, "b61_hu", "b61_hu",
           "$\\hat{y} = \\operatorname{softmax}(hU + b_2)$, $J = \\operatorname{CrossEntropy}(y, \\hat{y})$.",
           ((C,), (C,)),
           (Twin("value", "a1[{k}]", ("exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _K3),
            Twin("value", _CE3, (_CE3,))), batch=61, why="two claims parted by a comma: the model and its cost"),
    Public("b61-hu-du", _HU, "b61_hu", "b61_hu", "$\\frac{dJ}{dU} = (\\operatorname{softmax}(hU+b_2) - y)h$", ((W,),),
           (Twin("gradient", "W1[{k},{j}]", ("(a1[{j}] - t[{j}])*x[{k}]",), _KJ33),), batch=61,
           why="dJ/dU is h^T (y_hat - y), (30 x 5) as U is; (y_hat - y) h multiplies two rows, and read as the outer"
               " product the asker meant it is its transpose: entry (j, k) of U's gradient is h_j (y_hat_k - y_k), the"
               " page's (y_hat_j - y_j) h_k (the answer says so; with three hidden values and three classes here)"),
    Public("b61-hu-db2", _HU, "b61_hu", "b61_hu", "$\\frac{dJ}{db_2} =(\\operatorname{softmax}(hU+b_2) - y) $", ((C,),),
           (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=61),
    # ---- askdatascience 901: the exercise's hint formulas in $...$, S(x), w_{new} and w_{old}, \text {target} with a
    # space, \sum without an index ------------------------------------------------------------------------------------
    Public("b61-askds-s", _ASKDS, "b61_mazur", "b61_mazur", "$S(x)=\\frac{1}{1+e^{-x}}$", ((C,),),
           (Twin("value", "sigmoid(x[{i}])", ("1/(1 + exp(-x[{i}]))",), _I2),), batch=61,
           why="the sigmoid's definition in its own letter x"),
    Public("b61-askds-update", _ASKDS, "b61_mazur", "b61_mazur",
           "$w_{new} = w_{old} - \\alpha \\frac{\\partial E}{\\partial w}$", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), param="W2[0,0]", batch=61,
           why="the rule for any weight w: here w5, the one --param names"),
    Public("b61-askds-etotal", _ASKDS, "b61_mazur", "b61_mazur",
           "$E_{\\text {total}}=\\sum \\frac{1}{2}(\\text {target}-\\text {output})^{2}$", ((C,),),
           (Twin("value", _HALVES, ("(1/2)*(y[0] - a2[0])**2 + (1/2)*(y[1] - a2[1])**2",)),), batch=61,
           why="the sum over the two outputs"),
    # ---- tjmachinelearning's lecture: inline $...$ in a sentence with the norm ||x_2-y||^2, and $$E$$ used inline ----
    Public("b61-tj-e", _TJML, "b61_tj", "b61_tj",
           "We define the error function as $E = \\frac{1}{2}||x_2-y||^2$ This makes sense; $$E$$ increases as the "
           "difference between $$x_2$$ and $$y$$ increases.", ((C,),),
           (Twin("value", _HALVES, ("(1/2)*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=61,
           why="the squared norm of the output's error, over the two outputs; $$E$$, $$x_2$$, $$y$$ name symbols in the"
               " sentence"),
    # ---- math.stackexchange 2526748 (rmanhart's copy): the page's macro \sigmoid, \sum_j inside, \times, the
    # asker's derivative and the book's, each a bare expression (the weight w_{jk} named with --param) --------------
    Public("b61-rashid-asker", _RASHID, "b61_rashid", "b61_rashid",
           "$$ 2\\left(t-\\sigmoid\\left(\\sum_j w_{jk}\\times o_j\\right)\\right)\\times \\left(\\sigmoid\\left(\\sum_j "
           "w_{jk}\\times o_j\\right)\\right)\\left(1-\\sigmoid\\left(\\sum_j w_{jk}\\times o_j\\right)\\right) $$", ((W,),),
           (Twin("gradient", "W2[0,{j}]", ("2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _J2),), param="w_{jk}", batch=61,
           why="the asker's derivative of (t - sigmoid(...))^2 by w_{jk}: the inner derivative's -1 and o_j are missing"
               " (the book's -2 (...) o_j, the next entry)"),
    Public("b61-rashid-book", _RASHID, "b61_rashid", "b61_rashid",
           "The problem is that the derivative in the book is a bit different and I have no idea why or what I did "
           "wrong. The answer in the book has $-2$ and is multiplied by $o_j$ at the end. Where does the $-2$ and $o_j$ "
           "in the equation come from? what step of the chain rule did I miss? $$ -2\\left(t-\\sigmoid\\left(\\sum_j "
           "w_{jk}\\times o_j\\right)\\right)\\times \\left(\\sigmoid\\left(\\sum_j w_{jk}\\times o_j\\right)\\right)"
           "\\left(1-\\sigmoid\\left(\\sum_j w_{jk}\\times o_j\\right)\\right)\\times o_j $$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _J2),), param="w_{jk}",
           batch=61, why="the book's derivative after the question's sentences ($-2$ and $o_j$ in them are prose)"),
    # ---- Nemotron's "Calculating Error Gradient in a Neural Network": \( ... \) in a sentence, \mu, t_o and y_o
    # beside y_i, an ellipsis with a general term between its dots, \frac{\partial}{\partial w_i}(w_iy_i) ------------
    Public("b61-calc-delta", _CALCGRAD, "b61_linear", "b61_linear",
           "In the equation \\(\\Delta w_i = \\mu(t_o - y_o)y_i\\), the term \\(y_i\\) is an individual input, and "
           "\\(w_i\\) is the weight applied to that particular input. The notation in the tutorial you linked to is "
           "confusing because they use \\(y_o\\) to represent the output and also use \\(y\\) to represent the input "
           "vector, with \\(y_i\\) representing each individual input.", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=61,
           why="the delta rule's step -mu dE/dw_i for the linear unit, judged as a value"),
    Public("b61-calc-yo", _CALCGRAD, "b61_linear", "b61_linear",
           "\\[\ny_o = w_1y_1 + w_2y_2 + \\ldots + w_iy_i + \\ldots + w_ny_n\n\\]", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=61,
           why="n = 3 inputs: the general term w_i y_i between the dots is one of the sum's terms"),
    Public("b61-calc-local", _CALCGRAD, "b61_linear", "b61_linear",
           "\\[\n\\frac{\\partial y_o}{\\partial w_i} = \\frac{\\partial}{\\partial w_i}(w_iy_i) = y_i\n\\]", ((C, C),),
           (Twin("value", "x[{i}]", ("x[{i}]", "x[{i}]"), _I3),), batch=61,
           why="the output's derivative by w_i, a local derivative judged as a value"),
]
