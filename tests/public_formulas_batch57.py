r"""Batch 57 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the "pages" corpus: ashukumar27.io's post on logistic regression's
gradient descent, deeplearning.ai's forum thread 261813 on dL/dz for a ReLU, quabr.com's copy of a Stack Overflow
question on backprop in NumPy, educative.io's discussion thread 36924 on a course's backward_propagation,
robotigniteacademy's forum question quoting cs231n's case study, aman.ai's primer on the ReLU's derivative,
math.techqa.club 3318318 on Ng's g'(z^{(3)}), and three of Nemotron-CC-Math-v1's copies of Q&A threads, named by their
titles after the data set's address as in the batches before: "Error Computation in Multi-Layered Perceptron",
"Deriving Linear Regression Gradient with MSE" and "How to implement gradient descent for a tanh() activation function
for a single-layer perceptron?"), copied verbatim, typos and mistakes included, each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of
the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch57_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Every notation was loaded with its network (backprop.symbolic.notation_loading.load_notation) before the run,
reading no formula. Lines keep their sentence (the linear-regression question's "If \( ... \) and \( ... \), where
...", the tanh question's "Considering my output is \( ... \), ...", math.techqa.club's "Note that $g(x)$ is ..."), a
code line's # comment and indentation, a \[ ... \] block's own lines and indentation.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 57

The batch: 57 formulas (59 claims: ashu-forward's line holds z = ... and a = \sigma(z) between –> arrows,
linreg-mse's sentence MSE = ... and \hat{y} = ...), 33 values (forward values and losses, NumPy lines, the ReLU's
cases and max(0,z), g'(x), local derivatives dReLU(z)/dz and dMSE/d\hat{y}_i, the error terms \delta_{ok},
\delta_{hj} = -dE/dz, educative's dh = dL/d(out_h), the tanh question's step \Delta\omega), 4 deltas dL/dz (dz[1],
dL/dz, $dz^{(i)}$, l1_error), 18 gradients and 4 updates (w_{jk} :=, v_{ij} :=, $w_1: w_1 - \alpha dw_1$, b = b-
$\alpha$ db). 30 are LaTeX (Markdown $...$ split into several groups around a plain =, $$ ... $$, \( ... \) in
sentences, \[ ... \] blocks, \left\{ \begin{array} cases with \text { if z < 0}, \boxed, \delta as the partial sign,
:= updates, a superscript ^{\text{hidden}} after a space) and 27 plain text or code (the course's layers in brackets,
dz[1] = W[2]T dz[2] * g[1]'(z[1]); a brace of cases in plain text; NumPy with np.dot, np.transpose, .T, np.multiply,
np.sum(..., axis=..., keepdims=True), np.maximum, # comments).

6 are mistaken somewhere (the oracle finds at least one member wrong):

- dlai-relu-slope: the mentor's dL/dz = { 0 if z <= 0, 1 if z > 0 }, the ReLU's own slope dg/dz for dL/dz;
- quabr-dw1: dJ_dW1 = np.transpose(X) * dJ_dX2, dJ/d(X2) where dJ/dZ1 belongs (the hidden sigmoid's slope missing);
- educ-dh: dh = np.dot(W2.T, l2_error), dL/d(out_h) without the output sigmoid's slope slope_output;
- linreg-mse: \hat{y} = \sum_{i=1}^{n} w_i x_i with n the number of instances (one here), the features summed to
  the instances' count (its MSE = \frac{1}{2n} ... is right);
- aman-prove: the primer's statement \frac{dReLU(z)}{dx} = cases, by x, the unit's input (w ReLU'(z)); its boxed
  result, by z, is right;
- ng-z3: the asker's $z^{(3)}$ = $\Theta^{(3)} a^{(3)}$, layer 3's own activations for the layer before's.

What the spec could not express, which a page needed: the PyTorch forum's thread 187917 (a tanh chain whose two
layers share one weight w_h) and Data Science Stack Exchange 73275 (the binary cross-entropy of a tanh output, whose
log is undefined where tanh is negative) were left out; so were lines whose twins have no shape the oracle can hold
(quabr's dJ_db2 = dJ_dW2 * d_sigmoid(Z2) and dJ_dX2 = dJ_db2 * W2, matrices where vectors belong), quabr's dJ_dZ2 =
d_softmax(Y_hat, Y) (a function the file defines, Y_hat - Y, which a notation cannot name), the tanh question's code
(x_n with an appended 1 for the bias, and its MSE = 0.5 * ... beside the question's E = (output - label)^2). The tanh
question's $$ \Delta \omega = ... $$ is the same text as 73275's; taken once, from the tanh perceptron question.
Notes: educative's l2_error and slope_output, and robot's exp_scores, are named in the notation by their meanings
(the lines defining them are then judged against those meanings); the MLP question's t_k is the target and y_k the
output (its letters); the linear-regression question's n is the number of instances, 1 here.

Collected on 2026-12-05 from 05:05 to 05:15 by the machine's clock (the oracle's runs included), and run blind once
at main f637115 (/work/READY_FOR_BLIND16), with nothing under src/ changed (the output saved in
/work/batch57_blind.txt): 45 of 57 read with every verdict right (79%); 11 refused that should have been read; 1
misread, a right formula called wrong; no crash; NO WRONG FORMULA CALLED CORRECT. None of the refusals is at a
notation outside the spec's grammar: the run stays the only one. Of the 6 mistaken formulas, 3 read with every
verdict right (quabr-dw1, educ-dh, linreg-mse: each wrong member called wrong, linreg-mse's right MSE called right),
3 were refused (dlai-relu-slope, aman-prove, ng-z3). By kind of claim: values 22 of 29 (lines of one claim), deltas 2
of 4, gradients 16 of 18, updates 3 of 4, lines of two claims 2 of 2. LaTeX against plain text: the 30 in LaTeX read
22 (73%), the 27 in plain text or code 23 (85%). By page: ashukumar27 9 of 12, deeplearning.ai 0 of 2, quabr 5 of 5,
educative 14 of 14, robotigniteacademy 3 of 5, the MLP question 4 of 4, the linear-regression question 4 of 4,
aman.ai 1 of 4, the tanh perceptron question 5 of 5, math.techqa.club 0 of 2. (Tabulated from the saved output.)

The misread (1, a right formula called wrong):

- a NumPy sum along axis=1 of a row of scores, cs231n's ``probs = exp_scores / np.sum(exp_scores, axis=1,
  keepdims=True) # [N x K]`` (robot-probs): the softmax, called wrong. The notation names exp_scores, probs and the
  scores as symbols.md's vectors (columns); the page's rows are (samples x classes), so axis=1 sums over the classes.

The refusals by construct (11), with the exact message:

- 3: cases as \left\{ \begin{array}{ll} ... \end{array}\right. (the brace closed by \right.), aman.ai's
  ``\[ReLU(z)=\left\{\begin{array}{ll} 0 & \text { if z < 0} \\ z & \text { if z > 0} \end{array}\right.\]``:
  "formula 'ReLU(z)= \\{ 0 \\text{ if } z < 0': expected '\\}' to close the braces at the end" (aman-cases,
  aman-prove, aman-boxed);
- 1: plain text's cases in braces, deeplearning.ai's ``dL/dz = { 0 if z <= 0, 1 if z > 0 }``: "formula 'dL/dz = { 0
  if z <= 0, 1 \\text{ if } z > 0': expected '}' to close the group at 'i' (position 13)" (dlai-relu-slope, a wrong
  formula);
- 1: plain text's transpose as a letter T glued after a bracketed layer, the course's ``dz[1] = W[2]T dz[2] *
  g[1]'(z[1])``: "formula "dz[1] = W[2]T dz[2] * g[1]'(z[1])": unknown symbol T; the notation knows W, dz, z; give it
  a meaning in the notation's [notation.symbols], e.g. "T" = "a1[0]"" (dlai-dz1);
- 1: a NumPy sum along axis=0 of a row, cs231n's ``db2 = np.sum(dscores, axis=0, keepdims=True)``: "'np.sum(dscores,
  axis=0, keepdims=True)' is 1 x 1 where the left side is 2 x 1" (robot-db2; the misread's construct: rows of
  samples);
- 1: a formula split over $ groups around a plain =, inside a sentence, math.techqa.club's ``Also note that
  $z^{(3)}$ = $\Theta^{(3)} a^{(3)}$. $\Theta^{(3)}$ is the matrix ...``: the sentence's words read into it,
  "formula 'note that z^{(3)} = \\Theta^{(3)} a^{(3)} \\cdot \\Theta^{(3...': unknown symbol n; ..." (ng-z3, a wrong
  formula; ashukumar27's ``$z^{(i)}$ = $w^Tx^{(i)}$ + $b$``, a line of its own, read);
- 1: a function's identity in a dummy variable that the notation's x (the input vector) names, ``$g'(x) = \frac
  {e^{-x}}{(1+e^{-x})^2}$``: "raises a vector or matrix to a power in (1 + exp(-x))^2; write its entries" (ng-gprime);
- 1: an update written with a colon, ``$w_1: w_1 - \alpha dw_1$``: "has no left side; write the equation
  (\frac{\partial L}{\partial w} = ...) or name the parameter with --param" (ashu-w1);
- 1: an accumulation written "+ =" with a space, ``$dw_1+ = x_1^{(i)}dz^{(i)}$``: "unexpected at '=' (position 7)"
  (ashu-dw1-acc; ``$db+= dz^{(i)}$`` read);
- 1: the page's unclosed parenthesis, ``$J+=-(y^{(i)}log a^{(i)} + (1-y^{(i)})log (1-a^{(i)})$``: "expected ')' to
  close the parenthesis at the end" (ashu-J-acc).

Which look general: cases written with \left\{ ... \right. (LaTeX's usual cases without \begin{cases}) and in plain
text's braces, Octave-style transposes written as a letter T after a name or a bracket, NumPy's axis sums over rows
of samples (cs231n's layout), a formula's $ groups inside a sentence, and a function identity whose dummy variable a
notation has named; page-specific: the colon for :=, "+ =" with a space and the unclosed parenthesis.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch57_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_ASHU = "http://www.ashukumar27.io/logisticregression-gradientdescent/"
_DLAI = "https://community.deeplearning.ai/t/is-dl-dz-for-relu-concise-and-closed-form/261813"
_QUABR = "http://quabr.com/57899995/trouble-using-chain-rule-to-implement-backprop-in-numpy"
_EDUC = ("https://discuss.educative.io/t/back-propagation-https-www-educative-io-courses-beginners-guide-to-deep"
         "-learning-q2615kley67/36924")
_ROBOT = "https://get-help.robotigniteacademy.com/t/explaination-of-coding-of-back-propagation/20917"
_MLP = f"{_NEMOTRON} (Error Computation in Multi-Layered Perceptron)"
_LINREG = f"{_NEMOTRON} (Deriving Linear Regression Gradient with MSE)"
_AMAN = "https://aman.ai/primers/backprop/derivative-relu/"
_TANHPERC = (f"{_NEMOTRON} (How to implement gradient descent for a tanh() activation function for a single-layer "
             "perceptron?)")
_NGTHETA = "https://math.techqa.club/formula-for-the-derivatives-in-backpropagation-for-neural-networks-3318318"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_KJ32 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_KJ23 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# ashukumar27: the logistic unit's dL/dz
_ASHU_DZ = "(a1[0] - y[0])"
# the ReLU thread: dL/dz of the ReLU unit under the sigmoid output's binary cross-entropy
_DLAI_DZ1 = "W2[0,0]*(a2[0] - y[0])*Heaviside(z1[0])"
# quabr: dJ/dX2 (dJ/da1[j]) of the softmax and cross-entropy
_QUABR_DA1 = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2]))"
_QUABR_S = "(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"
# educative: the output's dL/dz2 and the hidden layer's dL/da1, dL/dz1 under the half squared error
_EDUC_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_EDUC_DA1 = f"W2[0,{{j}}]*{_EDUC_D2}"
_EDUC_D1 = f"W2[0,{{j}}]*{_EDUC_D2}*a1[{{j}}]*(1 - a1[{{j}}])"
# robot: the softmax's dL/dz2
_ROBOT_S = "(exp(z2[0]) + exp(z2[1]))"
# the MLP question: -dE/dz of the outputs and the hidden units
_MLP_DO = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_MLP_DH = ("a1[{j}]*(1 - a1[{j}])*(W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(y[1] - a2[1])*a2[1]*"
           "(1 - a2[1]))")
# the tanh perceptron: dE/domega_i of E = (o - label)^2
_TANH_DW = "2*(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]"


ENTRIES: list[Public] = [
    # ---- ashukumar27.io: Markdown with $...$ for every symbol, formulas split over several $ groups ($dz^{(i)}$ =
    # $a^{(i)}-y^{(i)}$), arrows –> between steps, an update written with a colon ($w_1: w_1 - \alpha dw_1$) -----
    Public("b57-ashu-forward", _ASHU, "b57_ashu", "b57_ashu",
           "Input: $x_1, x_2$ Parameters: $w_1, w_2, b$ $z = w_1x_1 + w_2x_2+b$ –> $a = \\sigma(z)$ –> $L(a,y)$",
           ((C,), (C,)), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
                          Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",))), batch=57,
           why="two claims on the line (z = ..., a = sigma(z)); $x_1, x_2$, $w_1, w_2, b$ and $L(a,y)$ claim nothing"),
    Public("b57-ashu-dw1", _ASHU, "b57_ashu", "b57_ashu", "$dw_1 = x_1dz$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_ASHU_DZ}",)),), batch=57),
    Public("b57-ashu-dw2", _ASHU, "b57_ashu", "b57_ashu", "$dw_2 = x_2dz$", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"x[1]*{_ASHU_DZ}",)),), batch=57),
    Public("b57-ashu-db", _ASHU, "b57_ashu", "b57_ashu", "$db = dz$", ((C,),),
           (Twin("gradient", "b1[0]", (_ASHU_DZ,)),), batch=57),
    Public("b57-ashu-z-i", _ASHU, "b57_ashu", "b57_ashu", "$z^{(i)}$ = $w^Tx^{(i)}$ + $b$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=57,
           why="one sample's line of the loop, its symbols in separate $ groups"),
    Public("b57-ashu-a-i", _ASHU, "b57_ashu", "b57_ashu", "$a^{(i)}$ = $\\sigma(z^{(i)})$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=57),
    Public("b57-ashu-dz-i", _ASHU, "b57_ashu", "b57_ashu", "$dz^{(i)}$ = $a^{(i)}-y^{(i)}$", ((C,),),
           (Twin("gradient_z", "z1[0]", (_ASHU_DZ,)),), batch=57),
    Public("b57-ashu-J-acc", _ASHU, "b57_ashu", "b57_ashu", "$J+=-(y^{(i)}log a^{(i)} + (1-y^{(i)})log (1-a^{(i)})$",
           ((C,),), (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                          ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=57,
           why="J accumulates the loss over the samples (J = 0 before the loop; one sample here); the page leaves "
               "its outer parenthesis open"),
    Public("b57-ashu-dw1-acc", _ASHU, "b57_ashu", "b57_ashu", "$dw_1+ = x_1^{(i)}dz^{(i)}$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_ASHU_DZ}",)),), batch=57,
           why="dw_1 accumulates over the samples from 0 (then /= m; one sample here); \"+ =\" with a space"),
    Public("b57-ashu-db-acc", _ASHU, "b57_ashu", "b57_ashu", "$db+= dz^{(i)}$", ((C,),),
           (Twin("gradient", "b1[0]", (_ASHU_DZ,)),), batch=57),
    Public("b57-ashu-w1", _ASHU, "b57_ashu", "b57_ashu", "$w_1: w_1 - \\alpha dw_1$", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*x[0]*{_ASHU_DZ}",)),), batch=57,
           why="the page's update with a colon for := (after the loop's averaging, one sample here)"),
    Public("b57-ashu-b", _ASHU, "b57_ashu", "b57_ashu", "b = b- $\\alpha$ db", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_ASHU_DZ}",)),), batch=57,
           why="only alpha in $ ... $: the rest of the line is plain text"),
    # ---- deeplearning.ai 261813: the course's plain-text layers in brackets and a mentor's answer writing the
    # ReLU's slope as dL/dz ---------------------------------------------------------------------------------------
    Public("b57-dlai-dz1", _DLAI, "b57_dlairelu", "b57_dlairelu", "dz[1] = W[2]T dz[2] * g[1]'(z[1])", ((C,),),
           (Twin("gradient_z", "z1[0]", (_DLAI_DZ1,)),), batch=57,
           why="the week 3 lecture notes' dz1 as the question quotes it: W[2]T the transpose, g[1] the ReLU"),
    Public("b57-dlai-relu-slope", _DLAI, "b57_dlairelu", "b57_dlairelu", "dL/dz = { 0 if z <= 0, 1 if z > 0 }",
           ((W,),), (Twin("gradient_z", "z1[0]", ("Heaviside(z1[0])",)),), batch=57,
           why="the answer's dL/dz is the ReLU's own slope dg/dz: dL/dz is the gradient from above times it"),
    # ---- quabr.com 57899995: NumPy with np.transpose and * for outer products; the question's dJ_dW1 uses
    # dJ_dX2 where dJ_dZ1 belongs ---------------------------------------------------------------------------------
    Public("b57-quabr-x2", _QUABR, "b57_quabr", "b57_quabr", "X2 = sigmoid(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=57),
    Public("b57-quabr-yhat", _QUABR, "b57_quabr", "b57_quabr", "Y_hat = softmax(Z2)", ((C,),),
           (Twin("value", "a2[{k}]", (f"exp(z2[{{k}}])/{_QUABR_S}",), _K3),), batch=57),
    Public("b57-quabr-cost", _QUABR, "b57_quabr", "b57_quabr", "cost = -1 * np.sum(Y * np.log(Y_hat))", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-1*(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),), batch=57),
    Public("b57-quabr-dw2", _QUABR, "b57_quabr", "b57_quabr", "dJ_dW2 = np.transpose(X2) * dJ_dZ2", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _KJ32),), batch=57,
           why="X2 a row: its transpose times the row dJ_dZ2 broadcasts to the outer product, (hidden x classes)"),
    Public("b57-quabr-dw1", _QUABR, "b57_quabr", "b57_quabr", "dJ_dW1 = np.transpose(X) * dJ_dX2", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_QUABR_DA1}",), _JI23),), batch=57,
           why="dJ_dX2 is dJ/d(X2); dJ/dW1 needs dJ/dZ1, the hidden sigmoid's slope X2 (1 - X2) times it"),
    # ---- discuss.educative.io 36924: a learner's Python with # comments; dh forgets the output's slope ------------
    Public("b57-educ-net-h", _EDUC, "b57_educ", "b57_educ",
           "net_h = np.dot(W1, X) + b1 # net output at the hidden layer", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=57),
    Public("b57-educ-out-h", _EDUC, "b57_educ", "b57_educ", "out_h = sigmoid(net_h) # actual after applying sigmoid",
           ((C,),), (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=57),
    Public("b57-educ-net-y", _EDUC, "b57_educ", "b57_educ",
           "net_y = np.dot(W2, out_h) + b2 # net output at the output layer", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=57),
    Public("b57-educ-out-y", _EDUC, "b57_educ", "b57_educ",
           "out_y = sigmoid(net_y) # actual output at the output layer", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=57),
    Public("b57-educ-l2-error", _EDUC, "b57_educ", "b57_educ", "l2_error = out_y - Y # actual - target", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=57),
    Public("b57-educ-slope", _EDUC, "b57_educ", "b57_educ",
           "slope_output = out_y * (1 - out_y) # derivative of the sigmoid activation function at the output layer",
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=57),
    Public("b57-educ-dw", _EDUC, "b57_educ", "b57_educ",
           "dw = l2_error * slope_output * out_h # gradient of the weights connecting the output and hidden layers",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_EDUC_D2}*a1[{{j}}]",), _J2),), batch=57,
           why="entry by entry dL/dW2 (a column where W2 is a row: the answer's point is the shape, not the values)"),
    Public("b57-educ-db", _EDUC, "b57_educ", "b57_educ",
           "db = l2_error * slope_output # gradient of the bias at the output layer", ((C,),),
           (Twin("gradient", "b2[0]", (_EDUC_D2,)),), batch=57),
    Public("b57-educ-dh", _EDUC, "b57_educ", "b57_educ", "dh = np.dot(W2.T, l2_error)", ((W,),),
           (Twin("value", _EDUC_DA1, ("W2[0,{j}]*(a2[0] - y[0])",), _J2),), batch=57,
           why="dL/d(out_h) is W2^T (l2_error * slope_output): the output sigmoid's slope is missing (judged as a "
               "value, the derivative by an activation)"),
    Public("b57-educ-l1-error", _EDUC, "b57_educ", "b57_educ", "l1_error = np.multiply(dh, out_h * (1 - out_h))",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_EDUC_D1,), _J2),), batch=57,
           why="dh is the name of dL/d(out_h): the line is right, whatever the line before computed"),
    Public("b57-educ-dw1", _EDUC, "b57_educ", "b57_educ", "dW1 = np.dot(l1_error, X.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_EDUC_D1}*x[{{i}}]",), _JI2),), batch=57),
    Public("b57-educ-db1", _EDUC, "b57_educ", "b57_educ", "db1 = l1_error", ((C,),),
           (Twin("gradient", "b1[{j}]", (_EDUC_D1,), _J2),), batch=57),
    Public("b57-educ-dw2", _EDUC, "b57_educ", "b57_educ",
           "dW2 = np.dot((l2_error * slope_output) , out_h.T) # gradient of the weights connecting the output and "
           "hidden layers", ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_EDUC_D2}*a1[{{j}}]",), _J2),), batch=57,
           why="the answer's correction of dw"),
    Public("b57-educ-db1-sum", _EDUC, "b57_educ", "b57_educ",
           "db1 = np.sum(l1_error, axis=1, keepdims=True) # derivative of layer 1 bias is simply the error at layer 1",
           ((C,),), (Twin("gradient", "b1[{j}]", (_EDUC_D1,), _J2),), batch=57,
           why="the sum over the samples (columns) of one sample"),
    # ---- robotigniteacademy 20917: cs231n's case study quoted in a forum question, rows and np.dot, # comments ----
    Public("b57-robot-hidden", _ROBOT, "b57_robot", "b57_robot",
           "hidden_layer = np.maximum(0, np.dot(X, W) + b) # note, ReLU activation", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}])",), _J3),), batch=57),
    Public("b57-robot-scores", _ROBOT, "b57_robot", "b57_robot", "scores = np.dot(hidden_layer, W2) + b2", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]",), _K2),),
           batch=57),
    Public("b57-robot-probs", _ROBOT, "b57_robot", "b57_robot",
           "probs = exp_scores / np.sum(exp_scores, axis=1, keepdims=True) # [N x K]", ((C,),),
           (Twin("value", "a2[{k}]", (f"exp(z2[{{k}}])/{_ROBOT_S}",), _K2),), batch=57),
    Public("b57-robot-dw2", _ROBOT, "b57_robot", "b57_robot", "dW2 = np.dot(hidden_layer.T, dscores)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _KJ23),), batch=57),
    Public("b57-robot-db2", _ROBOT, "b57_robot", "b57_robot", "db2 = np.sum(dscores, axis=0, keepdims=True)",
           ((C,),), (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=57),
    # ---- Nemotron's copy of "Error Computation in Multi-Layered Perceptron": \[ ... \] blocks of a numbered list,
    # := updates, a superscript \text{hidden} after a space ------------------------------------------------------
    Public("b57-mlp-delta-o", _MLP, "b57_mlp", "b57_mlp",
           "   \\[\n   \\delta_{ok} = (t_{k} - y_{k})y_{k}(1-y_{k})\n   \\]", ((C,),),
           (Twin("value", _MLP_DO, (_MLP_DO,), _K2),), batch=57, why="delta_ok is -dE/dz of output k"),
    Public("b57-mlp-delta-h", _MLP, "b57_mlp", "b57_mlp",
           "   \\[\n   \\delta_{hj} = a_{j}(1 - a_{j})\\sum_{k}w_{jk}\\delta_{ok}\n   \\]", ((C,),),
           (Twin("value", _MLP_DH, (_MLP_DH,), _J2),), batch=57),
    Public("b57-mlp-w", _MLP, "b57_mlp", "b57_mlp",
           "   \\[\n   w_{jk} := w_{jk} + \\eta\\delta_{ok}a_{j} ^{\\text{hidden}}\n   \\]", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_MLP_DO}*a1[{{j}}]",), _KJ2),), batch=57),
    Public("b57-mlp-v", _MLP, "b57_mlp", "b57_mlp",
           "   \\[\n   v_{ij} := v_{ij} + \\eta\\delta_{hj}x_{i}\n   \\]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_MLP_DH}*x[{{i}}]",), _JI2),), batch=57),
    # ---- Nemotron's copy of Cross Validated's "Deriving Linear Regression Gradient with MSE": inline \( \) in a
    # sentence, \text{MSE}, a sum over the instances written for the features -------------------------------------
    Public("b57-linreg-mse", _LINREG, "b57_linreg", "b57_linreg",
           "If \\( \\text{MSE} = \\frac{1}{2n} \\sum_{i=1}^{n} (\\hat{y} - y)^2 \\) and \\( \\hat{y} = \\sum_{i=1}^{n} "
           "w_i x_i \\), where \\( \\hat{y} \\) is the predicted value and \\( y \\) is the true value, then I can "
           "compute the gradient for the weights using the chain rule:", ((C,), (W,)),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),
            Twin("value", "a1[0]", ("W1[0,0]*x[0]",))), batch=57,
           why="n is the number of instances (one here): MSE is right, but yhat = sum_{i=1}^{n} w_i x_i sums the "
               "features over the instances' count, w_1 x_1 alone where the network has two features"),
    Public("b57-linreg-chain", _LINREG, "b57_linreg", "b57_linreg",
           "\\[\n\\frac{\\partial \\text{MSE}}{\\partial w_i} = \\sum_{j} \\frac{\\partial \\text{MSE}}{\\partial "
           "\\hat{y}_j} \\cdot \\frac{\\partial \\hat{y}_j}{\\partial w_i}\n\\]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=57,
           why="the sum over the instances j (one)"),
    Public("b57-linreg-dyhat", _LINREG, "b57_linreg", "b57_linreg",
           "   \\[\n   \\frac{\\partial \\text{MSE}}{\\partial \\hat{y}_i} = \\frac{1}{n} (\\hat{y}_i - y_i)\n   \\]",
           ((C,),), (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])/1",)),), batch=57,
           why="i the instance here; judged as a value, the derivative by the prediction"),
    Public("b57-linreg-dw", _LINREG, "b57_linreg", "b57_linreg",
           "\\[\n\\frac{\\partial \\text{MSE}}{\\partial w_i} = \\frac{1}{n} \\sum_{j=1}^{n} (\\hat{y}_j - y_j) "
           "x_{ij}\n\\]", ((C,),), (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=57,
           why="x_{ij} feature i of instance j"),
    # ---- aman.ai's ReLU primer: \[ ... \] with \left\{ \begin{array} cases and \text { if z < 0}; the statement to
    # prove differentiates by x -------------------------------------------------------------------------------------
    Public("b57-aman-prove", _AMAN, "b57_aman", "b57_aman",
           "\\[\\frac{dReLU(z)}{dx}=\\left\\{\\begin{array}{ll} 0 & \\text { if z < 0} \\\\ 1 & \\text { if z > 0} "
           "\\end{array}\\right.\\]", ((W,),),
           (Twin("value", "W1[0,0]*Heaviside(z1[0])", ("Heaviside(z1[0])",)),), batch=57,
           why="by x, the unit's input, dReLU(z)/dx = w ReLU'(z); the page's boxed result says dz (the exercise's "
               "statement mistyped)"),
    Public("b57-aman-cases", _AMAN, "b57_aman", "b57_aman",
           "\\[ReLU(z)=\\left\\{\\begin{array}{ll} 0 & \\text { if z < 0} \\\\ z & \\text { if z > 0} "
           "\\end{array}\\right.\\]", ((C,),), (Twin("value", "relu(z1[0])", ("z1[0]*Heaviside(z1[0])",)),),
           batch=57),
    Public("b57-aman-max", _AMAN, "b57_aman", "b57_aman", "\\[ReLU(z) = max(0,z)\\]", ((C,),),
           (Twin("value", "relu(z1[0])", ("relu(z1[0])",)),), batch=57),
    Public("b57-aman-boxed", _AMAN, "b57_aman", "b57_aman",
           "\\[\\boxed{\\frac{dReLU(z)}{dz}=\\left\\{\\begin{array}{ll} 0 & \\text { if z < 0} \\\\ 1 & \\text { if z "
           "> 0} \\end{array}\\right.}\\]", ((C,),), (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),),
           batch=57),
    # ---- Nemotron's copy of the tanh perceptron question: $$ ... $$ with \delta as the partial sign, wx for the dot
    # product, a five-member chain; the code's o = np.tanh(v) indented in a list item --------------------------------
    Public("b57-tanh-E", _TANHPERC, "b57_tanhperc", "b57_tanhperc", "   $$ E = (output - label)^2 $$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=57),
    Public("b57-tanh-step", _TANHPERC, "b57_tanhperc", "b57_tanhperc",
           "   $$ \\Delta \\omega = -\\eta \\frac{\\delta E}{\\delta \\omega} $$", ((C,),),
           (Twin("value", f"-eta*{_TANH_DW}", (f"-eta*{_TANH_DW}",), _I2),), batch=57,
           why="the gradient descent rule the question starts from, \\delta as the partial sign"),
    Public("b57-tanh-o", _TANHPERC, "b57_tanhperc", "b57_tanhperc",
           "   Considering my output is \\( o = \\tanh(\\omega \\cdot x) \\), \\( x \\) is my input vector and \\( y_i "
           "\\) is the corresponding label here. ", ((C,),),
           (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=57),
    Public("b57-tanh-chain", _TANHPERC, "b57_tanhperc", "b57_tanhperc",
           "   $$ \\frac{\\delta E}{\\delta \\omega} = \\frac{\\delta (y_i - \\tanh(wx))^2}{\\delta \\omega} = -2(y_i "
           "- \\tanh(wx))(1 -\\tanh^2(wx)) \\frac{\\delta wx}{\\delta \\omega} = -2(y_i - \\tanh(wx))(1 - "
           "\\tanh^2(wx)) x "
           "= -2(y_i - o)(1 - o^2)x $$", ((C, C, C, C),),
           (Twin("gradient", "W1[0,{i}]", (_TANH_DW,) * 4, _I2),), batch=57),
    Public("b57-tanh-code-o", _TANHPERC, "b57_tanhperc", "b57_tanhperc", "        o = np.tanh(v)", ((C,),),
           (Twin("value", "a1[0]", ("tanh(z1[0])",)),), batch=57),
    # ---- math.techqa.club 3318318: Ng's course, inline $ ... $ in sentences, g'(x) with \frac {; the asker's z^(3)
    # written with layer 3's own activations -------------------------------------------------------------------------
    Public("b57-ng-gprime", _NGTHETA, "b57_ngtheta", "b57_ngtheta",
           "Note that $g(x)$ is the sigmoid function, $1/(1+e^{-x})$, and as such $g'(x) = \\frac {e^{-x}}"
           "{(1+e^{-x})^2}$. "
           "Also note that functions in this course, when applied to vectors or matrices, are assumed to be applied "
           "elementwise.", ((C,),),
           (Twin("value", "1/(1 + exp(-x[{i}]))*(1 - 1/(1 + exp(-x[{i}])))", ("exp(-x[{i}])/(1 + exp(-x[{i}]))**2",),
                 _I2),), batch=57, why="x the input vector, the sigmoid applied elementwise"),
    Public("b57-ng-z3", _NGTHETA, "b57_ngtheta", "b57_ngtheta",
           "Also note that $z^{(3)}$ = $\\Theta^{(3)} a^{(3)}$. $\\Theta^{(3)}$ is the matrix of weights for the 3rd "
           "layer, and $a^{(3)}$ is the activations of the units in the 3rd layer.", ((W,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a2[0] + W2[{k},1]*a2[1]",), _K2),), batch=57,
           why="z^(3) is Theta a^(2), the layer before's activations, not a^(3), layer 3's own"),
]
