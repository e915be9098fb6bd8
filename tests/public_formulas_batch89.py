r"""Batch 89 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus and, for GitHub's threads, the issues corpus:
sshhan's Chinese notes in Zhou Zhihua's notation with their 3-2-1 NumPy exercise; joomong0620's Korean notebook;
blackadress' Spanish notebook of Siraj Raval's network; chvn00's Spanish notebook of one neuron; jteich99's Spanish
class notebook; ygej's Korean Aiffel notebook, all six repositories' rendered notebook pages; and four GitHub issue
threads: jiexunsee's Neural-Network-with-Python #1 quoting 3layer.py's deltas and its fix, hankcs' neural_net #1
whose title is a line of bpnn.py with a Chinese question, and Grokking Deep Learning's #37 (a comment's chapter 6
code) and #41 (chapter 5's delta)), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch89_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A local derivative or a derivative by an output or a hidden
unit's output (dL/dy hat, dC/da^L_j, d beta_j/dw_{hj}, capa_1_error, dz1 of ygej's hidden OUTPUTS) is twinned as a
value, as in batches 14 to 88, and so are the deltas and gradient terms (g_j, e_h, hidden_error_term, capa_2_delta,
dz, delta^{(L)}, dy, da1, del4, output_deltas[k], layer_2_delta) and the steps Delta w_{hj}, Delta theta_j, Delta
v_{ih} and delta_w_i_h (values -eta dE/d(parameter), a threshold's eta dE/d(bias)).
Formulas keep their page's delimiters and what surrounds them on their line ($$...$$ with two trailing spaces,
$$ on lines of their own (indented five spaces under a list item in joomong0620's notebook), \begin{eqnarray} blocks
with their \end{eqnarray} line's trailing spaces, $...$ indented under list items and after "* ", Chinese words
before a $$...$$ on its line, Python's indentation and "#" comments, a thread's tab-indented code, a title's
question after its line of code).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 89

The batch: 57 formulas, 40 values (forward sums and outputs, losses, derivatives by an output or a hidden output,
local derivatives, deltas and gradient terms, steps), 13 gradients, 4 updates; none mangled by its page. 24 are
LaTeX (sshhan's \dfrac, \qquad (n), y hat_j^k with the sample's superscript, {y}_j^k in braces, thresholds theta_j
and gamma_h inside f(beta_j-theta_j), g_jb_h without a space, two eqnarray blocks of &=& members with \notag;
joomong0620's \left( \right), dL/dw before \left(, w\_2 and z\_1 with the underscore escaped for Markdown and
\text{ReLU}'(z\_1); jteich99's a^L_j with the superscript first, C(a^L_j) and z^L(w, b) with arguments, a^L(z^L) an
output written as a function of its sum, \delta^{(L)} defined by a chain), 33 plain text or code (NumPy without
spaces and X[:,None]; Spanish names capa_1, sinapsis0, derivada_sigmoide and a "#<---" comment; "#" comment lines
W_(t+1) = W_t - eta * dL/dW, "# Pérdida (MSE) L = 0.5 * (y - y_hat)^2", dL/dz = (y_hat - y) * sigma'(z); samples as
rows with a1 and z1 swapped (a the sum, z the output), / batch_num, np.sum(..., axis=0); an update indented in a
function; tab-indented lines with dot() imported from NumPy and self.synaptic_weights3, self.__sigmoid_derivative;
output_deltas[k] and self.ao[k] followed by "这行有问题吧？"; walk_vs_stop[i:i+1], .dot chains and += updates with
alpha; error = (pred - true) ** 2 and a delta's comment claiming dL/dpred).

3 are mistaken somewhere (the oracle finds at least one member wrong), none mangled by the page:

- ygej's db1 = np.sum(dz1, axis = 0): dz1 is the derivative by the hidden outputs (z1 = sigmoid(a1) there); the
  hidden biases' gradient sums da1 = sigmoid_grad(a1) * dz1, as the notebook's own affine_layer_backward(da1, ...)
  does in its train step;
- jiexunsee's del4 = training_set_outputs - output: the output's delta, used as one by del3 and the updates, is the
  error times the sigmoid's derivative at the output (the thread's point, which the author accepted; its fix del4 =
  err4*self.__sigmoid_derivative(output) is right);
- Grokking #41's delta = pred - true # assuming this is the partial of L w.r.t. pred: the error is (pred - true) ** 2,
  whose derivative by pred is 2 (pred - true) (the thread's question).

Not mistaken, though they look it: hankcs' output_deltas[k] = error * dsigmoid(self.ao[k]) (the title asks whether it
is wrong; dsigmoid takes the output, y*(1-y), as the maintainer answered), sshhan's Delta theta_j=-\eta g_j and its
f(\beta_j-\theta_j) (theta_j is a threshold, minus the bias), jiexunsee's del3 and del2 (del4 named as the output's
delta by the notation, the lines the thread keeps), Grokking #37's layer_2_delta = (walk_vs_stop[i:i+1] - layer_2)
with its += updates (-dL/dz2 and gradient descent under half the squared error, the network's loss here: the thread
gives none and the code's steps descend it), and blackadress' deltas with derivada_sigmoide, whose body the notebook
writes 1 * (1 - x) (the notation gives the function the page says it defines, the sigmoid's derivative at the
output, as batch 87 gave sigmoidPrime its docstring's meaning; the return line is not a formula).

What was left out: definitions the notation gives (sshhan's error=target-output, blackadress' capa_2_error =
data_entrenamiento_y - capa_2, jiexunsee's err4 = training_set_outputs - output), updates without a learning rate
(blackadress' sinapsis1 += np.dot(capa_1.T, capa_2_delta), 3layer.py's += adjustments), general rules whose left side
names a whole matrix while the right side has free indices (jteich99's \frac{\partial C}{\partial W^{(L)}} = ...
a_i^{(L-1)} and its hidden layers' \delta^{(L-1)}_i = \delta^{(L)}_j \cdot W^{(L)} \cdot ...), lines whose members mix
the network's symbols with the page's numbers (Grokking #49's ((0.5*weight ) - 0.8) ** 2, and that whole thread,
whose only other formula has no left side), Grokking #37's second block (the same names with layer_2_delta of the
other sign; one notation cannot give it both), #41's weight_deltas = ele_mul(delta,input) (the book's two-argument
function), the Python functions' bodies (return lines), the torch cells, and the pages' duplicate lines (sshhan's and
chvn00's repeated rules, ygej's repeated cells). The cap of 57 formulas decided the rest (sshhan's Delta \gamma_h and
the exercise's other lines, joomong0620's softmax section and code, chvn00's db, b_(t+1) and updates, jteich99's
\frac{\partial z^{(L)}}{\partial w_i^{(L)}} and \frac{\partial z^{(L)}}{\partial b^{(L)}} = 1, ygej's forward
lines).

Collected on 2026-12-06 from 01:38 to 01:51 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read): one did not at first, jiexunsee's, whose
functions table named the derivative "__sigmoid_derivative" (the loader takes a derivative's word of letters, digits
and underscores beginning with a letter); it names sigmoid_derivative before the commit. The oracle agreed with
every verdict written down, the first time (one twin's transcription slip was mine: ygej's targets written y[k]
where the oracle's cross-entropy names the one-hot target t[k], fixed in the twins only). No entry was read by check
before the blind run, and nothing under src/ was touched.

Run blind once at main 8696909 (/work/READY_FOR_BLIND32, which opened at 01:56, after the collecting commit), rebased
onto it with nothing under src/ changed. No refusal is the collector's notation outside the spec's grammar or a slip
of it, so the first run is the only one (/work/batch89_blind.txt; run again, entries unchanged, after this docstring
was written: the same output): 45 of 57 read with every verdict right (79%), 12 refused, no misreading, no typo
(none of the batch is mangled by its page), no crash, NO WRONG FORMULA CALLED CORRECT. The 3 mistaken formulas all
read with every verdict right (yge-db1, jie-del4 and g41-delta called wrong).

By kind of claim: values 30 of 40, gradients 11 of 13, updates 4 of 4. LaTeX against plain text: the 24 in LaTeX
read 19 (79%), the 33 in plain text or code 26 (79%). By page: sshhan 9 of 12, joomong0620 8 of 8, blackadress 4 of
5, chvn00 6 of 7, jteich99 4 of 6, ygej 8 of 8, jiexunsee's thread 1 of 4, hankcs' thread 0 of 1, Grokking #37 3 of
4, Grokking #41 2 of 2.

The refusals by construct (12), with the exact message:

- 3, a derivative by a sum the page defines without the bias (Zhou's beta_j = sum_h w_{hj} b_h and alpha_h = sum_i
  v_{ih} x_i, the threshold subtracted inside f(beta_j - theta_j)), the notation's "\\beta_{j}" = "z2[j-1] -
  b2[j-1]" (ssh-chain, ssh-gj, ssh-eh): "formula '\\frac{\\partial E_k}{\\partial w_{hj}}=\\frac{\\partial
  E_k}{...': \beta_{j} (= -b2[0] + z2[0]) is not one quantity of the network to differentiate by: it depends on 2
  (b2[0], z2[0]), and which are held is not said; write the derivative by one of them, or name \beta_{j} as a
  function of one" (ssh-gj's the same with its text; ssh-eh's names \alpha_{h} (= -b1[0] + z1[0]), b1[0], z1[0]);
- 3, a derivative function named by an object's dotted name with Python's private underscores,
  self.__sigmoid_derivative (jie-del3, jie-del2, jie-del4-fix): the loader refuses "__sigmoid_derivative" =
  "sigmoid' at output" in functions, so the notation names sigmoid_derivative, and check says "formula 'del3 =
  dot(self.synaptic_weights3, del4^T)*(self.__sigmoi...': expected ')' to close the parenthesis at '.' (position
  49)", "formula 'del2 = dot(self.synaptic_weights2, del3)*(self.__sigmoid_...': expected ')' to close the
  parenthesis at '.' (position 47)" and "formula 'del4 = err4*self.__sigmoid_derivative(output)': unexpected at '.'
  (position 17)" (the self.synaptic_weights before it, a dotted name the notation gives, is read);
- 2, an index written on the right side only, of the one output unit, the left side without it, (a^{(L)}_j - y_j)
  in \frac{\partial C}{\partial b^{(L)}} = ... and \delta^{(L)} = ... (jte-dCdb, jte-delta): "formula
  '\\frac{\\partial C}{\\partial b^{(L)}} = \\frac{\\partial C}{\\...': the index j has no value (a_{j}^{L} uses it
  outside a sum over j); name it on the left side, with --param (e.g. W2[j,i]), or in a sum" (jte-delta's the same
  with its text; jte-dCda, whose left side has the j, reads);
- 1, a name whose meaning is an expression of transposed rows, capa_2_error = "y[:].T - a2[:].T" (bla-delta2):
  "formula 'capa_2_delta = capa_2_error * derivada_sigmoide(capa_2)': capa_2_error: 'capa_2_error' means 'y[:].T -
  a2[:].T' (no placeholders): attribute access (a dot after a name) is not part of a formula; write arithmetic on
  the network's symbols and the functions of symbols.md, e.g. 2*(a2[0] - y[0])*a1[1]" (the name has no dot: the
  message blames the meaning's .T; batch 87's self.o_error had the same meaning; capa_1_error, one quantity
  "-grad(a1[:]).T", reads in bla-err1);
- 1, a code comment's words before its formula, "# Pérdida (MSE) L = 0.5 * (y - y_hat)^2" (chv-loss): "formula
  'Pérdida (MSE) L = 0.5 * (y - y_hat)^2': unknown symbol P; the notation knows W, b, dW, db, dz, x, y, z; give it
  a meaning in the notation's [notation.symbols], e.g. "P" = "a1[0]"" (the comment lines # dL/dz = ... and # dL/dW
  = ..., with nothing before the formula, read);
- 1, an issue title's Chinese question after its line of code, "... dsigmoid(self.ao[k]) 这行有问题吧？"
  (han-odelta): "formula 'output_deltas[k] = error * dsigmoid(self.ao[k]) 这行有问题吧？': cannot read '？' at
  position 55; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)";
- 1, NumPy's one-sample slice [i:i+1] on a name the notation gives whole, walk_vs_stop = "y[:].T" (g37-d2), as in
  batch 87: "formula 'layer_2_delta = (walk_vs_stop[i:i+1] - layer_2)': walk_vs_stop_{i:i+1}: the slice i:i+1 is
  read only on the samples' axis, as the sample i, where a pattern for walk_vs_stop binds i as the sample index (a
  placeholder its meaning does not use); write "walk_vs_stop_{i}" = "..." so in the notation".

Which look general (would appear in much homework): derivatives by a sum defined without the bias or threshold
(Zhou's textbook, widely used in Chinese courses, writes every derivation so), object code's private dotted
functions (self.__sigmoid_derivative), a name meaning an expression of transposed rows, words before a formula in a
code comment, a question or remark after a formula on its line (titles and Q&A threads), and NumPy's [i:i+1] (now
twice, batches 87 and 89). Page-specific: jteich99's free j on the right side only (the page's own sloppiness with
one output unit).

Read, among the constructs these pages brought: $$...$$ with \dfrac and \qquad (n), y hat_j^k with the sample's
superscript and {y}_j^k in braces, f(\beta_j-\theta_j), the steps \Delta w_{hj}, \Delta \theta_j and \Delta v_{ih}
with g_jb_h glued, a $$...$$ after Chinese words on its line; X[:,None]; $...$ indented under list items, a $$ block
indented five spaces, \left( \right), dL/dw before \left(, w\_2 and z\_1 escaped for Markdown, \text{ReLU}'(z\_1);
Spanish names with np.dot and .T and a "#<---" comment; # W_(t+1) = W_t - eta * dL/dW, # dL/dz = (y_hat - y) *
sigma'(z); C(a^L_j) with an argument, a^L(z^L) (1 - a^L(z^L)), z^L(w, b) = \sum_i ...; rows with a and z swapped, /
batch_num, np.sum(dz1, axis = 0) called wrong; tab-indented del4 = training_set_outputs - output called wrong;
.dot chains with relu2deriv and += updates with alpha; error = (pred - true) ** 2 and the delta's comment's claim
called wrong.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch89_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SSH = "https://github.com/sshhan/practice"
_JOO = "https://github.com/joomong0620/Deep-Learning"
_BLA = "https://github.com/blackadress/Neural-Networks-Siraj-Raval-course"
_CHV = "https://github.com/chvn00/Modelos_Metodos_IA"
_JTE = "https://github.com/jteich99/deeplearning"
_YGE = "https://github.com/ygej/Aiffel"
_JIE = "https://github.com/jiexunsee/Neural-Network-with-Python/issues/1"
_HAN = "https://github.com/hankcs/neural_net/issues/1"
_G37 = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/37"
_G41 = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/41"

_J1 = ({"j": 0},)
_K1 = ({"k": 0},)
_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_H2 = tuple({"h": h} for h in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_J4 = tuple({"j": j} for j in range(4))
_I5 = tuple({"i": i} for i in range(5))
_H6 = tuple({"h": h} for h in range(6))
_HJ = tuple({"h": h, "j": j} for h in range(2) for j in range(2))
_HI = tuple({"h": h, "i": i} for h in range(2) for i in range(3))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))


def _dd(formula: str, indent: str = "") -> str:
    """A formula between $$ lines of their own, as the notebooks write them."""
    return f"{indent}$$\n{indent}{formula}\n{indent}$$"


# sshhan (Zhou's notation, l = 2 outputs): dE/dz2[j] (-g_j) and dE/dz1[h] (-e_h)
_SD2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_SD1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{h}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{h}])"
        "*a1[{h}]*(1 - a1[{h}])")
# sshhan's 3-2-1 exercise: the output's dE/dz2 and the hidden units' dE/dz1
_XD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XD1 = f"{_XD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# joomong0620's ReLU network under L = (y hat - y)^2
_JR = "2*(a2[0] - y[0])"
# chvn00's and jteich99's one sigmoid neuron: dL/dz
_N1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# ygej: dL/d(hidden outputs) and dL/d(hidden sums) under softmax and the cross-entropy (t the one-hot target)
_YA1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_YD1 = f"{_YA1}*a1[{{j}}]*(1 - a1[{{j}}])"
# jiexunsee's 3-5-6-1 network: dE/dz3, dE/dz2[h], dE/dz1[i]
_ED3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_ED2 = f"{_ED3}*W3[0,{{h}}]*a2[{{h}}]*(1 - a2[{{h}}])"
_ED1 = ("(" + " + ".join(f"{_ED3}*W3[0,{h}]*a2[{h}]*(1 - a2[{h}])*W2[{h},{{i}}]" for h in range(6)) + ")"
        "*a1[{i}]*(1 - a1[{i}])")
# Grokking's streetlight network under half the squared error
_GD1 = "(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"

_SSH_CHAIN = ("\\dfrac{\\partial E_k}{\\partial w_{hj}}=\\dfrac{\\partial E_k}{\\partial \\hat{y}_j^k}\\cdot"
              "\\dfrac{\\partial \\hat{y}_j^k}{\\partial\\beta_j}\\cdot\\dfrac{\\partial\\beta_j}{\\partial w_{hj}}")
_SSH_G = ("\\begin{eqnarray}\n"
          "g_j&=&-\\dfrac{\\partial E_k}{\\partial \\hat{y}_j^k}\\cdot"
          "\\dfrac{\\partial \\hat{y}_j^k}{\\partial\\beta_j}"
          "\\notag\\\\\n"
          "&=&({y}_j^k-\\hat{y}_j^k)f'(\\beta_j-\\theta_j)\\notag\\\\\n"
          "&=&\\hat{y}_j^k(1-\\hat{y}_j^k)({y}_j^k-\\hat{y}_j^k)\\qquad(2)\\notag\n"
          "\\end{eqnarray}  ")
_SSH_E = ("\\begin{eqnarray}\n"
          "e_h&=&-\\dfrac{\\partial E_k}{\\partial b_h}\\cdot\\dfrac{\\partial b_h}{\\partial\\alpha_h}\\notag\\\\\n"
          "&=&-\\sum_{j=1}^l\\dfrac{\\partial E_k}{\\partial \\beta_j}\\dfrac{\\partial \\beta_j}{\\partial b_h}"
          "f'(\\alpha_h-\\gamma_h)\\notag\\\\\n"
          "&=&\\sum_{j=1}^l w_{hj}g_jf'(\\alpha_h-\\gamma_h)\\notag\\\\\n"
          "&=&b_h(1-b_h)\\sum_{j=1}^l w_{hj}g_j\\qquad(7)\\notag\n"
          "\\end{eqnarray} ")

ENTRIES: list[Public] = [
    # ---- sshhan's Chinese notes (Zhou Zhihua's "watermelon book" notation): thresholds theta_j and gamma_h
    # subtracted inside f, \dfrac, \qquad (n) equation numbers, y hat_j^k with the sample's superscript k, {y}_j^k
    # in braces, eqnarray blocks with &=& and \notag, a $$...$$ after Chinese words on its line; the 3-2-1 exercise's
    # NumPy lines without spaces and X[:,None] ------------------------------------------------------------------
    Public("ssh-yhat", _SSH, "b89_ssh", "b89_ssh", "$$\\hat{y}_j^k=f(\\beta_j-\\theta_j)\\qquad (1)$$  ", ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}])",), _J2),), batch=89,
           why="beta_j - theta_j: the sum without the threshold, minus the threshold (minus the bias)"),
    Public("ssh-Ek", _SSH, "b89_ssh", "b89_ssh",
           "$$E_k=\\dfrac{1}{2}\\sum_{j=1}^l({y}_j^k-\\hat{y}_j^k)^2$$  ", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=89,
           why="the loss of sample k, l the number of outputs"),
    Public("ssh-dw", _SSH, "b89_ssh", "b89_ssh", "$$\\Delta w_{hj}=-\\eta\\dfrac{\\partial E_k}{\\partial w_{hj}}$$  ",
           ((C,),), (Twin("value", f"-eta*{_SD2}*a1[{{h}}]", (f"-eta*{_SD2}*a1[{{h}}]",), _HJ),), batch=89,
           why="the step of w_{hj} (hidden unit h to output j), judged as a value"),
    Public("ssh-chain", _SSH, "b89_ssh", "b89_ssh", f"$$\n{_SSH_CHAIN}\n$$  ", ((C,),),
           (Twin("gradient", "W2[{j},{h}]", (f"{_SD2}*a1[{{h}}]",), _HJ),), batch=89,
           why="the chain through the output y hat_j^k and its sum beta_j"),
    Public("ssh-dbeta", _SSH, "b89_ssh", "b89_ssh",
           "根据$\\beta_j$的定义，显然有：$$\\dfrac{\\partial\\beta_j}{\\partial w_{hj}}=b_h$$  ", ((C,),),
           (Twin("value", "a1[{h}]", ("a1[{h}]",), _HJ),), batch=89,
           why="\"by beta_j's definition, clearly\": a local derivative, a value"),
    Public("ssh-gj", _SSH, "b89_ssh", "b89_ssh", _SSH_G, ((C, C, C),),
           (Twin("value", f"-{_SD2}",
                 (f"-{_SD2}", "(y[{j}] - a2[{j}])*sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))",
                  "a2[{j}]*(1 - a2[{j}])*(y[{j}] - a2[{j}])"), _J2),), batch=89,
           why="g_j = -dE_k/dbeta_j, the output's gradient term (the block after the word \"记\", \"denote\")"),
    Public("ssh-dw3", _SSH, "b89_ssh", "b89_ssh", "$$\\Delta w_{hj}=\\eta g_jb_h\\qquad (3)$$ ", ((C,),),
           (Twin("value", f"-eta*{_SD2}*a1[{{h}}]", (f"eta*(-{_SD2})*a1[{{h}}]",), _HJ),), batch=89,
           why="g_j b_h written without a space"),
    Public("ssh-dtheta", _SSH, "b89_ssh", "b89_ssh", "$$\\Delta \\theta_j=-\\eta g_j\\qquad(4)$$  ", ((C,),),
           (Twin("value", f"eta*{_SD2}", (f"-eta*(-{_SD2})",), _J2),), batch=89,
           why="theta_j is minus the output's bias: its step is eta dE/db2[j], -eta g_j"),
    Public("ssh-dv", _SSH, "b89_ssh", "b89_ssh", "$$\\Delta v_{ih}=\\eta e_h x_i\\qquad(5)$$  ", ((C,),),
           (Twin("value", f"-eta*{_SD1}*x[{{i}}]", (f"eta*(-{_SD1})*x[{{i}}]",), _HI),), batch=89,
           why="the step of v_{ih}, input i to hidden unit h"),
    Public("ssh-eh", _SSH, "b89_ssh", "b89_ssh", _SSH_E, ((C, C, C, C),),
           (Twin("value", f"-{_SD1}",
                 (f"-{_SD1}",
                  "-((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{h}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{h}])"
                  "*sigmoid(z1[{h}])*(1 - sigmoid(z1[{h}]))",
                  "(W2[0,{h}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{h}]*(y[1] - a2[1])*a2[1]*(1 - a2[1]))"
                  "*sigmoid(z1[{h}])*(1 - sigmoid(z1[{h}]))",
                  "a1[{h}]*(1 - a1[{h}])*(W2[0,{h}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{h}]*(y[1] - a2[1])"
                  "*a2[1]*(1 - a2[1]))"), _H2),), batch=89,
           why="e_h = -dE_k/dalpha_h, the hidden unit's gradient term, summed over the l outputs"),
    Public("ssh-hid-err", _SSH, "b89_ssh2", "b89_ssh2",
           "hidden_error_term=weights_hidden_to_output*output_error_term*hidden_layer_output*(1-hidden_layer_output)",
           ((C,),), (Twin("value", f"-{_XD1}", ("W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]*(1 - a1[{j}])",),
                           _J2),), batch=89,
           why="the hidden units' error terms -dE/dz1 (output_error_term = error*output*(1-output) the line before)"),
    Public("ssh-dwih", _SSH, "b89_ssh2", "b89_ssh2", "delta_w_i_h=learnrate*hidden_error_term*X[:,None]", ((C,),),
           (Twin("value", f"-eta*{_XD1}*x[{{i}}]", (f"eta*(-{_XD1})*x[{{i}}]",), _JI23),), batch=89,
           why="X[:,None] a column: entry [i, j] of the product is the step of the weight from input i to unit j"),
    # ---- joomong0620's Korean notebook: $...$ indented under Markdown list items, a $$ block indented five
    # spaces, dL/dw with \left( \right); the ReLU section's subscripts escaped for Markdown (w\_2, z\_1) and
    # \text{ReLU}'(z\_1) ------------------------------------------------------------------------------------------
    Public("joo-z", _JOO, "b89_joo1", "b89_joo1", "   $z = wx + b$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=89, why="\"linear combination\""),
    Public("joo-dLdyhat", _JOO, "b89_joo1", "b89_joo1",
           "   $\\frac{\\partial L}{\\partial \\hat{y}} = -\\left( \\frac{y}{\\hat{y}} - \\frac{1 - y}{1 - \\hat{y}} "
           "\\right)$", ((C,),),
           (Twin("value", "-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))", ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))",)),),
           batch=89, why="the binary cross-entropy's derivative by the output, a value"),
    Public("joo-dyhatdz", _JOO, "b89_joo1", "b89_joo1",
           "   $\\frac{\\partial \\hat{y}}{\\partial z} = \\hat{y}(1 - \\hat{y})$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=89,
           why="the sigmoid's local derivative, a value"),
    Public("joo-dLdw", _JOO, "b89_joo1", "b89_joo1",
           _dd("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial z} \\cdot \\frac{\\partial z}"
               "{\\partial w} = \\frac{\\partial L}{\\partial z} \\cdot x", indent="     "), ((C, C),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]", "(a1[0] - y[0])*x[0]")),), batch=89,
           why="the $$ lines indented five spaces under a list item; dL/dz is y hat - y"),
    Public("joo-dLdw-inline", _JOO, "b89_joo1", "b89_joo1",
           "* $dL/dw = \\left( \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z} "
           "\\right) \\cdot x$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=89),
    Public("joo-dw2", _JOO, "b89_joo2", "b89_joo2",
           "* $\\frac{\\partial L}{\\partial w\\_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial "
           "\\hat{y}}{\\partial z\\_2} \\cdot \\frac{\\partial z\\_2}{\\partial w\\_2} = 2 (\\hat{y} - y) \\cdot h$",
           ((C, C),), (Twin("gradient", "W2[0,0]", (f"{_JR}*1*a1[0]", f"{_JR}*a1[0]")),), batch=89,
           why="w\\_2: the underscore escaped for Markdown"),
    Public("joo-dw1", _JOO, "b89_joo2", "b89_joo2",
           "* $\\frac{\\partial L}{\\partial w\\_1} = \\frac{\\partial L}{\\partial z\\_1} \\cdot \\frac{\\partial "
           "z\\_1}{\\partial w\\_1} = 2 (\\hat{y} - y) \\cdot w\\_2 \\cdot \\text{ReLU}'(z\\_1) \\cdot x$",
           ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_JR}*W2[0,0]*Heaviside(z1[0])*x[0]",
                                         f"{_JR}*W2[0,0]*Heaviside(z1[0])*x[0]")),), batch=89),
    Public("joo-db1", _JOO, "b89_joo2", "b89_joo2",
           "* $\\frac{\\partial L}{\\partial b\\_1} = 2 (\\hat{y} - y) \\cdot w\\_2 \\cdot \\text{ReLU}'(z\\_1) "
           "\\cdot 1$", ((C,),),
           (Twin("gradient", "b1[0]", (f"{_JR}*W2[0,0]*Heaviside(z1[0])*1",)),), batch=89),
    # ---- blackadress' Spanish notebook of Siraj Raval's network: indented NumPy lines with Spanish names, the
    # deltas as y - output times the derivative at the output, a "#<---" comment ---------------------------------
    Public("bla-capa1", _BLA, "b89_bla", "b89_bla", "    capa_1 = sigmoide(np.dot(capa_0, sinapsis0))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J4),),
           batch=89),
    Public("bla-capa2", _BLA, "b89_bla", "b89_bla", "    capa_2 = sigmoide(np.dot(capa_1, sinapsis1))", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(" + " + ".join(f"a1[{j}]*W2[0,{j}]" for j in range(4)) + ")",)),),
           batch=89),
    Public("bla-delta2", _BLA, "b89_bla", "b89_bla", "    capa_2_delta = capa_2_error * derivada_sigmoide(capa_2)",
           ((C,),), (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),),
           batch=89, why="capa_2_error = data_entrenamiento_y - capa_2, the line before: the delta is -dE/dz2"),
    Public("bla-err1", _BLA, "b89_bla", "b89_bla", "    capa_1_error = np.dot(capa_2_delta, sinapsis1.T) #<---",
           ((C,),), (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]",
                          ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]",), _J4),), batch=89,
           why="-dE/d(capa_1), a derivative by the hidden outputs: a value"),
    Public("bla-delta1", _BLA, "b89_bla", "b89_bla", "    capa_1_delta = capa_1_error * derivada_sigmoide(capa_1)",
           ((C,),), (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                          ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J4),), batch=89),
    # ---- chvn00's Spanish notebook: "#" comment lines stating the rule W_(t+1) = W_t - eta * dL/dW with the
    # time step in parentheses, a comment's words before its formula ("# Pérdida (MSE) L = ..."), ^2 in a comment,
    # sigma'(z), dL/dz and dL/dW as plain-text names ----------------------------------------------------------
    Public("chv-wnext", _CHV, "b89_chv", "b89_chv", "#     W_(t+1) = W_t - eta * dL/dW", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=89,
           why="the notebook's header comment: \"the training equation\""),
    Public("chv-z", _CHV, "b89_chv", "b89_chv", "        z = np.dot(W, x) + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=89),
    Public("chv-loss", _CHV, "b89_chv", "b89_chv", "        # Pérdida (MSE) L = 0.5 * (y - y_hat)^2", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=89,
           why="\"loss (MSE)\": the comment's words before the formula, ^2 a square"),
    Public("chv-dLdz", _CHV, "b89_chv", "b89_chv", "        # dL/dz = (y_hat - y) * sigma'(z)", ((C,),),
           (Twin("value", _N1, ("(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=89,
           why="dL/dz, the neuron's delta: a value"),
    Public("chv-dz", _CHV, "b89_chv", "b89_chv", "        dz = (y_hat - y) * sigmoid_derivative(z)", ((C,),),
           (Twin("value", _N1, ("(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=89),
    Public("chv-dLdW", _CHV, "b89_chv", "b89_chv", "        # dL/dW = dL/dz * x", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_N1}*x[{{i}}]",), _I2),), batch=89),
    Public("chv-dW", _CHV, "b89_chv", "b89_chv", "        dW = dz * x", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_N1}*x[{{i}}]",), _I2),), batch=89),
    # ---- jteich99's Spanish class notebook: $$ on lines of their own, a^L_j with the superscript before the
    # subscript, C(a^L_j) and z^L(w, b) with arguments, a^{(L)}(z^{(L)}) an output written as a function of its sum,
    # \delta^{(L)} defined by a chain -------------------------------------------------------------------------
    Public("jte-cost", _JTE, "b89_jte", "b89_jte", _dd("C(a^L_j) = \\frac{1}{2} \\sum_j (y_j - a^L_j)^2"), ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=89,
           why="\"cost function\", with its argument"),
    Public("jte-dCda", _JTE, "b89_jte", "b89_jte", _dd("\\frac{\\partial C}{\\partial a^L_j} = (a^L_j - y_j)"),
           ((C,),), (Twin("value", "a1[{j}] - y[{j}]", ("a1[{j}] - y[{j}]",), _J1),), batch=89,
           why="a derivative by the output, a value"),
    Public("jte-dadz", _JTE, "b89_jte", "b89_jte",
           _dd("\\frac{\\partial a^L}{\\partial z^L} = a^L(z^L) \\cdot (1 - a^L(z^L))"), ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=89,
           why="a^L(z^L): the output written as a function of its sum (the page's note says so)"),
    Public("jte-z", _JTE, "b89_jte", "b89_jte", _dd("z^L(w, b) = \\sum_i a_i^{L-1} w_i^L + b^L"), ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=89,
           why="the sum written with its arguments (w, b); a^{L-1} the inputs here"),
    Public("jte-dCdb", _JTE, "b89_jte", "b89_jte",
           _dd("\\frac{\\partial C}{\\partial b^{(L)}} = \\frac{\\partial C}{\\partial a^{(L)}} \\cdot "
               "\\frac{\\partial a^{(L)}}{\\partial z^{(L)}} \\cdot \\frac{\\partial z^{(L)}}{\\partial b^{(L)}} = "
               "(a^{(L)}_j - y_j) "
               "\\cdot a^{(L)}(z^{(L)}) \\cdot (1 - a^{(L)}(z^{(L)})) \\cdot 1"), ((C, C),),
           (Twin("gradient", "b1[0]", (f"{_N1}*1", f"{_N1}*1")),), batch=89,
           why="\"finally\": j the one output unit"),
    Public("jte-delta", _JTE, "b89_jte", "b89_jte",
           _dd("\\delta^{(L)} = \\frac{\\partial C}{\\partial z^{(L)}} = \\frac{\\partial C}{\\partial a^{(L)}} \\cdot "
               "\\frac{\\partial a^{(L)}}{\\partial z^{(L)}} = (a^{(L)}_j - y_j) \\cdot a^{(L)}(z^{(L)}) \\cdot "
               "(1 - a^{(L)}(z^{(L)}))"), ((C, C, C),),
           (Twin("value", _N1, (_N1, _N1, _N1)),), batch=89, why="\"the error imputed to a neuron\", dC/dz"),
    # ---- ygej's Korean Aiffel notebook: NumPy with samples as rows, a and z swapped (a1 the sum, z1 = sigmoid(a1)),
    # / batch_num, np.sum(..., axis=0) for the biases, the hidden bias gradient summed from dz1 where da1 belongs, an
    # indented update inside a function --------------------------------------------------------------------------
    Public("yge-dy", _YGE, "b89_yge", "b89_yge", "dy = (y_hat - t) / batch_num", ((C,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("(a2[{k}] - t[{k}])/1",), _K3),), batch=89,
           why="\"the loss differentiated by softmax's input\", dL/da2 (the output's sum); one sample"),
    Public("yge-dW2", _YGE, "b89_yge", "b89_yge", "dW2 = np.dot(z1.T, dy)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J3),), batch=89),
    Public("yge-db2", _YGE, "b89_yge", "b89_yge", "db2 = np.sum(dy, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=89),
    Public("yge-dz1", _YGE, "b89_yge", "b89_yge", "dz1 = np.dot(dy, W2.T)", ((C,),),
           (Twin("value", _YA1, (_YA1,), _J3),), batch=89,
           why="dL/dz1, z1 the hidden OUTPUTS here: a derivative by the hidden outputs, a value"),
    Public("yge-da1", _YGE, "b89_yge", "b89_yge", "da1 = sigmoid_grad(a1) *dz1", ((C,),),
           (Twin("value", _YD1, (f"sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))*{_YA1}",), _J3),), batch=89,
           why="dL/da1, a1 the hidden SUMS here: the hidden delta"),
    Public("yge-dW1", _YGE, "b89_yge", "b89_yge", "dW1 = np.dot(X.T, da1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_YD1}",), _J3I4),), batch=89),
    Public("yge-db1", _YGE, "b89_yge", "b89_yge", "db1 = np.sum(dz1, axis = 0)", ((W,),),
           (Twin("gradient", "b1[{j}]", (_YA1,), _J3),), batch=89,
           why="the hidden biases' gradient is the sum of da1 (the delta at the sums); dz1 is the derivative by the "
               "hidden outputs, without the sigmoid's derivative (the notebook's affine_layer_backward, called with "
               "da1, has it right)"),
    Public("yge-W1", _YGE, "b89_yge", "b89_yge", "    W1 = W1 - learning_rate*dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _J3I4),), batch=89),
    # ---- jiexunsee's issue thread (3layer.py): tab-indented lines in a ```python block, dot() imported from NumPy,
    # the object's self.synaptic_weights and self.__sigmoid_derivative, a delta missing the derivative and the
    # thread's fix --------------------------------------------------------------------------------------------
    Public("jie-del4", _JIE, "b89_jie", "b89_jie", "\tdel4 = training_set_outputs - output", ((W,),),
           (Twin("value", f"-{_ED3}", ("y[0] - a3[0]",)),), batch=89,
           why="the output's delta (del3 and the updates use it as one) is the error times the sigmoid's derivative "
               "at the output; the code's del4 is the error alone (the thread's point, accepted by the author)"),
    Public("jie-del3", _JIE, "b89_jie", "b89_jie",
           "\tdel3 = dot(self.synaptic_weights3, del4.T)*(self.__sigmoid_derivative(a3).T)", ((C,),),
           (Twin("value", f"-{_ED2}", (f"-{_ED2}",), _H6),), batch=89,
           why="del4 named as the output's delta (the notation): the second hidden layer's deltas, a column"),
    Public("jie-del2", _JIE, "b89_jie", "b89_jie",
           "\tdel2 = dot(self.synaptic_weights2, del3)*(self.__sigmoid_derivative(a2).T)", ((C,),),
           (Twin("value", f"-{_ED1}", (f"-{_ED1}",), _I5),), batch=89),
    Public("jie-del4-fix", _JIE, "b89_jie", "b89_jie", "\tdel4 = err4*self.__sigmoid_derivative(output)", ((C,),),
           (Twin("value", f"-{_ED3}", ("(y[0] - a3[0])*a3[0]*(1 - a3[0])",)),), batch=89,
           why="the thread's fix, err4 = training_set_outputs - output the line before"),
    # ---- hankcs' issue thread: the line quoted in the title, a Chinese question after it ----------------------
    Public("han-odelta", _HAN, "b89_han", "b89_han", "output_deltas[k] = error * dsigmoid(self.ao[k]) 这行有问题吧？",
           ((C,),), (Twin("value", "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                          ("(y[0] - a2[0])*a2[{k}]*(1 - a2[{k}])",), _K1),), batch=89,
           why="\"isn't this line wrong?\": dsigmoid takes the output (y*(1-y)), so the line is right (the "
               "maintainer's answer)"),
    # ---- Grokking Deep Learning's issue 37: a comment's indented lines, [i:i+1], .dot chains, += updates with
    # alpha --------------------------------------------------------------------------------------------------
    Public("g37-d2", _G37, "b89_g37", "b89_g37", "      layer_2_delta = (walk_vs_stop[i:i+1] - layer_2)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])", ("y[0] - a2[0]",)),), batch=89,
           why="-dL/dz2 under half the squared error (the network's loss here)"),
    Public("g37-d1", _G37, "b89_g37", "b89_g37",
           "      layer_1_delta = layer_2_delta.dot(weights_1_2.T)*relu2deriv(layer_1)", ((C,),),
           (Twin("value", f"-{_GD1}", ("(y[0] - a2[0])*W2[0,{j}]*Heaviside(z1[{j}])",), _J4),), batch=89),
    Public("g37-w12", _G37, "b89_g37", "b89_g37", "      weights_1_2 += alpha * layer_1.T.dot(layer_2_delta)",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*a1[{j}]*(y[0] - a2[0])",), _J4),), batch=89),
    Public("g37-w01", _G37, "b89_g37", "b89_g37",
           "      weights_0_1 += alpha * layer_0.T.dot(layer_1_delta)     ", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*x[{i}]*(y[0] - a2[0])*W2[0,{j}]*Heaviside(z1[{j}])",),
                 _J4I3),), batch=89, why="trailing spaces on the page's line"),
    # ---- Grokking Deep Learning's issue 41: a ```python block, the delta's comment claiming the derivative -------
    Public("g41-error", _G41, "b89_g41", "b89_g41", "error = (pred - true) ** 2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=89),
    Public("g41-delta", _G41, "b89_g41", "b89_g41",
           "delta = pred - true # assuming this is the partial of L w.r.t. pred", ((W,),),
           (Twin("value", "2*(a1[0] - y[0])", ("a1[0] - y[0]",)),), batch=89,
           why="the comment says delta is dL/dpred; the error is the square (pred - true) ** 2, whose derivative is "
               "2 (pred - true) (the thread's question)"),
]
