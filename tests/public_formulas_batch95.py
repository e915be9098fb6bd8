r"""Batch 95 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the pages corpus, with this batch's emphasis: a university
course's practice problems with worked solutions, a book chapter, a Q&A answer, a homework problem's statement,
quiz answers, two course notebooks): DSC 140B's practice problems for quiz 07 (UC San Diego, problem 142: six
derivatives of a ReLU network's output H worked to numbers); two pages of the Korean translation of "Deep Learning
with JavaScript" (thebook.io 080237, pages 0076 and 0079: y' = v * x, its squared loss, one worked step); the Math
Stack Exchange question 3048198 ("Is my back propagation math correct?", the network's output written out and the
answer's corrected derivative); a numerade homework problem (ReLU nodes Y3, Y4, Y5 and its squared loss);
EstudosLivres' Portuguese Udacity exercise (the answers in a Markdown list, then the code, with a formula in a
comment); JorgeATADantas' Portuguese practice 09 (a NumPy MLP, forward and backward); TorchedUp's coding problem 13
(a one-line architecture); machinelearningadda's quiz answer (a sigmoid layer's backward pass); zero-to-ai's
post-quiz answer (a numbered list of the forward pass); MahdiTabesh's notebook (a 2-layer ReLU + softmax-CE MLP in
LaTeX) -- copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch95_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A derivative of a network's output rather than its loss (DSC's dH/da, dH/dz, dH/dW with H the output;
the Q&A's dO/dw_1), a derivative by a hidden output or a sum (EstudosLivres' linear_combination_... and error terms,
JorgeATADantas' dZ2 and dZ1, MahdiTabesh's dL/dS, dL/dH_1, dL/dZ_1, machinelearningadda's grad_input) and a step
(EstudosLivres' delta_w_...) is twinned as a value, as in batches 14 to 93. Formulas keep their page's delimiters
and what surrounds them on their line (\( ... \). with the full stop after the closing \); "Correct Answer :" before
a line of code; "Architecture:" before three claims separated by "; "; "The full expression should be $$ ...,$$
with the missing terms in bold."; a sentence around loss(Y5, 0.6) = (Y5 - 0.6)^2; a Markdown list's "    * ", a
numbered list's "  1. " and a label after an arrow (← Pre-activation); $$ blocks indented two spaces; NumPy lines
indented four spaces in their functions; a "#" comment).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 95

The batch: 55 formulas of 62 claims, 48 values (forward definitions and sums, outputs, losses, derivatives of an
output, derivatives by a hidden output or a sum, deltas, steps), 8 gradients (in 5 formulas), 6 updates; none mangled
by its page. 17 are LaTeX (DSC's \(\dfrac{\partial H}{\partial a_1^{(1)}} = \sum_k W_{1k}^{(2)}\dfrac{...}{...} =
5(-3) + 1(1) = -14\)., g'(3), \text{ReLU}(-2) \cdot(-3), 0(-3); the Q&A's s\left( ... \right) with the biases written
1 and its answer's ⋅ (U+22C5), [ ] and \mathbf{w_4}; MahdiTabesh's dimension clauses after \quad (W_1 \in
\mathbb{R}^{d \times H}), \max(0, Z_1), \mathrm{softmax}(S), -\frac{1}{N}\sum_{i=1}^{N}\sum_{k=1}^{K} Y_{ik}\,\log
P_{ik}, \frac{P - Y}{N}. with a full stop, an aligned block of six claims with H_1^\top, \mathbf{1}^\top, \odot and
\mathbf{1}[Z_1 > 0], \theta \leftarrow \theta - \eta \, ..., an inline $Z_1 = XW_1 + b_1$), 38 plain text or code
(y' = v * x, square(y' - y), v = 0 + 0.2 = 0.2; max(0, x * W1 + b3); np.dot, x[:, None], long snake_case names, a
comment's y^ and ƒ'(h) with a hooked f (U+0192); .T, / m, np.sum(..., axis=0, keepdims=True), mse_derivada(y, A2),
relu_derivada(Z1), -=; x@W1+b1 and "; " between claims; self.sig; XW1 and A1W2 glued, ← and a label after each).

1 is mistaken (the oracle finds a member wrong), none mangled by the page:

- EstudosLivres' comment "# DONE: Global formula: delta_w = n*(y-y^)*ƒ'(h)" (est-global), over the hidden-to-output
  step: the step of weight j has the hidden output as a factor (the code's next line multiplies by
  hidden_layer_output); n (y - y^) f'(h) alone is the learning rate times the output's error term.

Not mistaken, though they look it: the Q&A's O = s(s(s(Iw_1+1)w_2+1)w_4 + ...) and its answer's derivative write
each bias as its value 1 ("all the biases set to 1"): the twins write the biases there (mse-o, mse-do); the numerade
problem's loss(Y5, 0.6) = (Y5 - 0.6)^2 writes the desired output by its value (num-loss); the book's v = 0 + 0.2 =
0.2 is the new v (its update), not v's value before the step (tb-update); JorgeATADantas' dZ2 is averaged twice
(mse_derivada divides by y_true.size, dW2 by m again), which one sample (m = 1) does not show.

What was left out: definitions the notation gives (EstudosLivres' error = target - output, derivated_output =
hidden_layer_output * (1 - hidden_layer_output) and x_as_column_vector = x[:, None]; the activation functions'
definitions with a free argument: the Q&A's s(x) = \frac{1}{1+e^{-x}} before O on its line and d(x) = s(x)(1 -
s(x)), zero-to-ai's σ(0) = 1 / (1 + e^0) = ... = 0.5, ReLU: f(x) = max(0, x) and f'(x); JorgeATADantas' mse,
mse_derivada and sigmoid_derivada), the claims without a left side (the Q&A asker's own derivative, "When I did the
math ... I got:" and the expression alone; the book's -(-20) * 0.01 = 0.2 and "2 * -10 = -20" in a sentence;
EstudosLivres' answers "R: y - y^ (predição da rede)", "erro*(sigmoid_prime(derivada)) = ..." whose derivada names
nothing, and the np.dot(...)*hidden_layer_output*(1 - hidden_layer_output) of its list), the numbers without a
named left side (EstudosLivres' hidden-to-output: [0.00804047  0.00555918], the Q&A's desmos values),
EstudosLivres' code line delta_w_hidden_out = ..., the same as its list's, machinelearningadda's wrong options A-D
of the question (options offered, not claims) and its σ(x) · 1 − σ(x) (a derivative with its parentheses lost),
TorchedUp's "Math" line δ(l)=(W(l+1))⊤δ(l+1)⊙σ′(z(l)) (the page's rendering lost its superscripts: mangled past a
notation), zero-to-ai's code of question 2 (the same four claims as its answer), JorgeATADantas' erro =
mse(y_train, y_pred) and the training loop, MahdiTabesh's later code cells. The Make Your Own Neural Network blog's
errata (claimed for this batch) was not used: its copy in the pages corpus lost the minus signs and subscripts of
its worked sums (Σ j w jko j, 0.909 * (1 0.909)).

Collected on 2026-12-06 from 04:27 to 04:37 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), after one fix: b95_mah's \mathbf{1} (the ones
vector) was refused as a pattern ("is not one symbol") and left out of the notation (the networks' [data] tables,
first written as flat lists, were a slip of the tables, fixed before any notation was loaded). The oracle agreed
with every verdict first written down. No entry was read by check before the blind run, and nothing under src/ was
touched.
Run blind once at main 471dabe (/work/READY_FOR_BLIND35, open at 04:57), rebased onto it with nothing under src/
changed by this branch (the collecting commit's base was cf718ee). No refusal or misreading is the collector's notation
outside the spec's grammar or a slip of it (est-code-wih's is discussed below), so the first run is the only one
(/work/batch95_blind.txt): 40 of 55 read with every verdict right (73%), 13 refused, 2 misread (right formulas judged
wrong), no typo (none of the batch is mangled by its page), no crash, NO WRONG FORMULA CALLED CORRECT. The one
mistaken formula, est-global, was refused.

By kind of formula: values 31 of 44, gradients 4 of 4, updates 5 of 6, the aligned block of gradients and values (mah-
block) 0 of 1. LaTeX against plain text: the 17 in LaTeX read 12 (71%), the 38 in plain text or code 28 (74%). By page:
DSC 140B 6 of 6, the book's page 0076 1 of 2 and page 0079 0 of 1, the Math Stack Exchange Q&A 0 of 2, numerade 3 of
4, EstudosLivres 9 of 11, JorgeATADantas 13 of 14, TorchedUp 1 of 1, machinelearningadda 1 of 1, zero-to-ai 0 of 4,
MahdiTabesh 6 of 9.

The misreadings (2), one construct: a number the problem file writes, standing in a symbolic formula for the
quantity it copies, read as a constant (the formula judged as a rule, wrong where the parameters move):

- the Q&A's O=s\left(s\left(s\left(Iw_1+1\right)w_2+1\right)w_4+...+1\right) (mse-o), each +1 a bias ("all the biases
  set to 1"): got (('wrong',),) for (('correct',),);
- numerade's loss(Y5, 0.6) = (Y5 - 0.6)^2 (num-loss), 0.6 the desired output: got (('wrong',),) for (('correct',),).

The refusals by construct (13), with the exact message:

- 4, an arrow and a label after a claim, "  1. Z1 = XW1 + b1 ← Pre-activation" (zero-z1, zero-a1, zero-z2, zero-a2), the
  arrow read as \leftarrow and the label as symbols: "formula 'Z1 = XW1 + b1 \\leftarrow Pre-activation': unknown symbol
  Pre; the notation knows A, W, X, Z, b; a name of several letters is read whole only where the notation names it: give
  it the quantity it stands for in the notation's [notation.symbols], "Pre" = "..." (e.g. "a1[0]")" (zero-a1's:
  "unknown symbol Activation", zero-a2's: "unknown symbol Final");
- 2, a clause of dimensions after \quad, Z_1 = X W_1 + b_1, \quad W_1 \in \mathbb{R}^{d \times H}, \, b_1 \in
  \mathbb{R}^H (mah-z1, mah-s): "formula 'Z_1 = X W_1 + b_1, W_1, \\': cannot read '\\' at position 28; write the formula
  in LaTeX or plain text (+ - * / ^, \frac, \sum)";
- 1, an aligned block of two claims a row, A &= B, \quad & C &= D, \\ (mah-block, six claims): "formula
  '\\frac{\\partial \\mathcal{L}}{\\partial W_2} = H_1^T \\frac{\\...': unexpected at ',' (position 91); a comma after a
  member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)";
- 3, a function the spec's functions cannot name: the book's square (tb-loss): "formula "loss = square(y' - y) =
  square(v * x - y)": unknown symbol square; the notation knows v, x, y; a name of several letters is read whole only
  where the notation names it: give it the quantity it stands for in the notation's [notation.symbols], "square" =
  "..." (e.g. "a1[0]")"; the Q&A's one-letter derivative d(x) = s(x)(1 - s(x)) (mse-do; a derivative word has two
  letters or more): "formula '\\frac{\\partial O}{\\partial w_1} =d(s(s(Iw_1+1)w_2+1)w_4+s...': unknown symbol d; the
  notation knows I, O, w; give it a meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]""; JorgeATADantas'
  loss derivative of two arguments, mse_derivada(y, A2) (jor-dz2): "formula 'dZ2 = mse_derivada(y, A2) *
  sigmoid_derivada(Z2)': mse_derivada(...) is a function the notation does not name at 'm' (position 7); name it there:
  functions = { mse_derivada = "relu" } for an activation, { mse_derivada = "relu' at input" } (or at output) for its
  derivative, loss = ["mse_derivada"] for the loss";
- 1, a worked update written as the name's value, v = 0 + 0.2 = 0.2 (tb-update, the book's "the update value to apply to
  v"): "formula 'v = 0 + 0.2 = 0.2': '0 + 0.2' is not v's value in the file but its value after one step of the update
  (learning rate 0.01): v = ... states the value now; for the new value write v^{new} = ... or v \leftarrow ...";
- 1, a formula in a code comment after prose, "# DONE: Global formula: delta_w = n*(y-y^)*ƒ'(h)" (est-global, the
  mistaken one): "formula "# DONE: Global formula: delta_w = n*(y-y^)*ƒ'(h)": holds nothing to judge once its spacing
  and layout (\, \quad, \left.) and its prose (words in \text, remarks) are set aside; write the derivative or the
  update, e.g. \frac{\partial L}{\partial w} = ...";
- 1, NumPy's broadcast outer product of a 1-D array and a column held by a name, hidden_error_term *
  x_as_column_vector (est-code-wih): "formula 'delta_w_input_hidden = learnrate * hidden_error_term * x_...':
  multiplies a 2 x 1 by a 3 x 1, whose sizes do not fit; write the factors so that the first has as many columns as
  the second has rows; two vectors' outer product has the second transposed, u v^T, whatever sign joins them". The
  same product with x[:, None] written out (est-md-wih) reads. Not a slip of the notation: it gives the notebook's 1-D
  arrays as columns, as symbols.md's vectors are, and x_as_column_vector = x[:, None] as the column it is; the spec
  has no 1-D array to give.

Which look general (would appear in much homework): a given number written in a symbolic formula for the quantity it
copies (biases of 1, a target of 0.6), labels after an arrow (slides' and quizzes' "← Pre-activation"), dimension
clauses with \in \mathbb{R}^{m \times n} after a formula, aligned blocks with two claims a row, code's helper
functions of two arguments (mse_derivative(y, y_pred)) and tf.square-like squares, formulas in code comments, and
NumPy's broadcasting of 1-D arrays against a named column. Page-specific: the one-letter derivative d(x) of the Q&A,
and the book's v = 0 + 0.2 (a step written as v's value).

Read, among the constructs these pages brought: DSC's \( ... \). with \dfrac, \sum_k W_{1k}^{(2)} input-first,
5(-3) + 1(1), g'(3), \text{ReLU}(-2) \cdot(-3) and 0(-3) for derivatives of the network's output H; y' = v * x;
max(0, x * W1 + b3); EstudosLivres' Markdown list items with x[:, None], np.dot with 1-D arrays and long snake_case
names; JorgeATADantas' indented lines with .T, / m, np.sum(..., axis=0, keepdims=True), relu_derivada(Z1) and -=;
TorchedUp's three claims after "Architecture:" joined by "; " with @; "Correct Answer :" before self.sig code;
MahdiTabesh's \max(0, Z_1), \mathrm{softmax}(S), the double sum with \, and \log, \frac{P - Y}{N}. with a full stop,
\theta \leftarrow \theta - \eta \, \frac{...}{...}. and a bullet's inline $Z_1 = XW_1 + b_1$.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch95_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_DSC = "https://dsc140b.com/practice/quiz-07.html"
_TB76 = "https://thebook.io/080237/0076"
_TB79 = "https://thebook.io/080237/0079"
_MSE = "https://math.stackexchange.com/questions/3048198/is-my-back-propagation-math-correct"
_NUM = ("https://www.numerade.com/ask/question/do-not-copy-and-paste-copy-and-paste-answers-will-be-downvoted-and-"
        "reported-consider-the-following-neural-network-with-weights-w-for-the-edges-and-offset-b-for-the-nodes-b-03-"
        "w04-x1-w06-was--17994/")
_EST = "https://github.com/EstudosLivres/udacity-deep-learning"
_JOR = "https://github.com/JorgeATADantas/Praticas_InteligenciaComputacional"
_TOR = "https://torchedup.dev/problems/backprop-mlp"
_MLA = "https://machinelearningadda.blogspot.com/search/label/Perceptron"
_ZERO = "https://zero-to-ai.netlify.app/curriculum/21-quizzes/phase-5-neural-networks-post-quiz"
_MAH = "https://github.com/MahdiTabesh/ml-algorithms-from-scratch"

_J2 = tuple({"j": j} for j in range(2))
_J4 = tuple({"j": j} for j in range(4))
_J5 = tuple({"j": j} for j in range(5))
_K3 = tuple({"k": k} for k in range(3))
_I3J2 = tuple({"i": i, "j": j} for i in range(3) for j in range(2))
_J5I2 = tuple({"j": j, "i": i} for j in range(5) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))

# DSC 140B (H the network's output): dH/da^(1)_j, the sum over layer 2's two ReLU units of W^(2) times dH/dz^(2)_k
_DA1 = "(W2[0,{j}]*W3[0,0]*Heaviside(z2[0]) + W2[1,{j}]*W3[0,1]*Heaviside(z2[1]))"
_DA1_0, _DA1_1 = _DA1.format(j=0), _DA1.format(j=1)

# the Math Stack Exchange question (O the output; the page's "+1" are the biases, every one 1)
_MSE_O = ("sigmoid(sigmoid(sigmoid(x[0]*W1[0,0] + b1[0])*W2[0,0] + b2[0])*W3[0,0] + sigmoid(sigmoid(x[0]*W1[0,0] + "
          "b1[0])*W2[1,0] + b2[1])*W3[0,1] + b3[0])")
_MSE_DO = ("a3[0]*(1 - a3[0])*(W3[0,0]*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0] + W3[0,1]*a2[1]*(1 - a2[1])*"
           "W2[1,0]*a1[0]*(1 - a1[0])*x[0])")

# EstudosLivres (half the squared error): the output's error term -dE/dz2
_EO = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_EH = _EO + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# JorgeATADantas (the squared error of one sample): dL/dz2, dL/dz1
_JD2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JD1 = _JD2 + "*W2[0,{j}]*Heaviside(z1[{j}])"

# MahdiTabesh (softmax and the cross-entropy, t the one-hot target): dL/dH_1
_MH1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_MZ1 = _MH1 + "*Heaviside(z1[{j}])"
_MAH_BLOCK = (
    "$$\n\\begin{aligned}\n"
    "\\frac{\\partial \\mathcal{L}}{\\partial W_2} &= H_1^\\top \\frac{\\partial \\mathcal{L}}{\\partial S}, \\quad &\n"
    "\\frac{\\partial \\mathcal{L}}{\\partial b_2} &= \\mathbf{1}^\\top \\frac{\\partial \\mathcal{L}}{\\partial S}, \\\\\n"
    "\\frac{\\partial \\mathcal{L}}{\\partial H_1} &= \\left(\\frac{\\partial \\mathcal{L}}{\\partial S}\\right) W_2^\\top, "
    "\\quad &\n"
    "\\frac{\\partial \\mathcal{L}}{\\partial Z_1} &= \\frac{\\partial \\mathcal{L}}{\\partial H_1} \\odot \\mathbf{1}[Z_1 > 0],"
    " \\\\\n"
    "\\frac{\\partial \\mathcal{L}}{\\partial W_1} &= X^\\top \\frac{\\partial \\mathcal{L}}{\\partial Z_1}, \\quad &\n"
    "\\frac{\\partial \\mathcal{L}}{\\partial b_1} &= \\mathbf{1}^\\top \\frac{\\partial \\mathcal{L}}{\\partial Z_1}.\n"
    "\\end{aligned}\n$$")

ENTRIES = [
    # ---- DSC 140B's practice problems for quiz 07 (UC San Diego): a problem's worked solution, \( ... \). with the
    # full stop after the closing \), \dfrac, \sum_k, W_{1k}^{(2)} input-first, products written 5(-3) + 1(1),
    # g'(3) for the ReLU's slope, \text{ReLU}(3) -------------------------------------------------------------------
    Public("dsc-da1", _DSC, "b95_dsc", "b95_dsc",
           r"\(\dfrac{\partial H}{\partial a_1^{(1)}} = \sum_k W_{1k}^{(2)}\dfrac{\partial H}{\partial z_k^{(2)}} = "
           r"5(-3) + 1(1) = -14\).", ((C, C, C),),
           (Twin("value", _DA1_0, (_DA1_0, "=5*(-3) + 1*(1)", "=-14")),), batch=95,
           why="H the network's output: a derivative of the output by a hidden unit's output, a value"),
    Public("dsc-da2", _DSC, "b95_dsc", "b95_dsc",
           r"\(\dfrac{\partial H}{\partial a_2^{(1)}} = \sum_k W_{2k}^{(2)}\dfrac{\partial H}{\partial z_k^{(2)}} = "
           r"1(-3) + 2(1) = -1\).", ((C, C, C),),
           (Twin("value", _DA1_1, (_DA1_1, "=1*(-3) + 2*(1)", "=-1")),), batch=95),
    Public("dsc-dz1", _DSC, "b95_dsc", "b95_dsc",
           r"\(\dfrac{\partial H}{\partial z_1^{(1)}} = \dfrac{\partial H}{\partial a_1^{(1)}}\cdot g'(z_1^{(1)}) = "
           r"-14 \cdot g'(3) = -14 \cdot 1 = -14\).", ((C, C, C, C),),
           (Twin("value", _DA1_0 + "*Heaviside(z1[0])",
                 (_DA1_0 + "*Heaviside(z1[0])", "=-14*(3 > 0)", "=-14*1", "=-14")),), batch=95,
           why="g the ReLU: g'(3) = 1"),
    Public("dsc-dz2", _DSC, "b95_dsc", "b95_dsc",
           r"\(\dfrac{\partial H}{\partial z_2^{(1)}} = \dfrac{\partial H}{\partial a_2^{(1)}}\cdot g'(z_2^{(1)}) = "
           r"-1 \cdot g'(-2) = -1 \cdot 0 = 0\).", ((C, C, C, C),),
           (Twin("value", _DA1_1 + "*Heaviside(z1[1])",
                 (_DA1_1 + "*Heaviside(z1[1])", "=-1*(-2 > 0)", "=-1*0", "=0")),), batch=95),
    Public("dsc-dw11", _DSC, "b95_dsc", "b95_dsc",
           r"\(\dfrac{\partial H}{\partial W_{11}^{(2)}} = a_1^{(1)}\cdot\dfrac{\partial H}{\partial z_1^{(2)}} = "
           r"\text{ReLU}(3) \cdot(-3) = 3(-3) = -9\).", ((C, C, C, C),),
           (Twin("value", "a1[0]*W3[0,0]*Heaviside(z2[0])",
                 ("a1[0]*W3[0,0]*Heaviside(z2[0])", "=np.maximum(3, 0)*(-3)", "=3*(-3)", "=-9")),), batch=95,
           why="W_{11}^{(2)} joins unit 1 of layer 1 to unit 1 of layer 2 (W2[0,0]); a derivative of the output H"),
    Public("dsc-dw21", _DSC, "b95_dsc", "b95_dsc",
           r"\(\dfrac{\partial H}{\partial W_{21}^{(2)}} = a_2^{(1)}\cdot\dfrac{\partial H}{\partial z_1^{(2)}} = "
           r"\text{ReLU}(-2) \cdot(-3) = 0(-3) = 0\).", ((C, C, C, C),),
           (Twin("value", "a1[1]*W3[0,0]*Heaviside(z2[0])",
                 ("a1[1]*W3[0,0]*Heaviside(z2[0])", "=np.maximum(-2, 0)*(-3)", "=0*(-3)", "=0")),), batch=95,
           why="W_{21}^{(2)} joins unit 2 of layer 1 to unit 1 of layer 2 (W2[0,1])"),
    # ---- the TensorFlow.js book's Korean chapter (thebook.io): plain-text lines of their own, y' with a prime, *,
    # square(...) for the squared error, and a worked step v = 0 + 0.2 = 0.2 ---------------------------------------
    Public("tb-pred", _TB76, "b95_tb", "b95_tb", "y' = v * x", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=95, why="the simple linear model, y' the prediction"),
    Public("tb-loss", _TB76, "b95_tb", "b95_tb", "loss = square(y' - y) = square(v * x - y)", ((C, C),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2", "(W1[0,0]*x[0] - y[0])**2")),), batch=95,
           why="square the squaring function (the book's tf.square)"),
    Public("tb-update", _TB79, "b95_tb", "b95_tb", "v = 0 + 0.2 = 0.2", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0 + 0.2", "=0.2")),), batch=95,
           why="\"the update value to apply to v this step\": the new v, 0 - 0.01*(-20)"),
    # ---- the Math Stack Exchange question 3048198: the output written out with \left( \right) and the biases as
    # their value 1; the answer's corrected derivative, $$ inside a sentence, ⋅ (U+22C5), [ ], \mathbf{w_4} -----------
    Public("mse-o", _MSE, "b95_mse", "b95_mse",
           r"$$O=s\left(s\left(s\left(Iw_1+1\right)w_2+1\right)w_4+s\left(s\left(Iw_1+1\right)w_3+1\right)w_5+1\right)$$",
           ((C,),), (Twin("value", "a3[0]", (_MSE_O,)),), batch=95,
           why="each +1 a bias (\"all the biases set to 1\"), transcribed as the bias it writes by its value"),
    Public("mse-do", _MSE, "b95_mse", "b95_mse",
           "The full expression should be $$\\frac{\\partial O}{\\partial w_1} =d(s(s(Iw_1+1)w_2+1)w_4+s(s(Iw_1+1)w_3+1)w_5"
           "+1)⋅[(\\mathbf{w_4}d(s(Iw_1+1)w_2+1)⋅\\mathbf{w_2}d(Iw_1+1)⋅I)+(\\mathbf{w_5}d(s(Iw_1+1)w_3+1)⋅\\mathbf{w_3}"
           "d(Iw_1+1)⋅I)],$$ with the missing terms in bold.", ((C,),),
           (Twin("value", _MSE_DO, (_MSE_DO,)),), batch=95,
           why="the answer's derivative of the output O, d(x) = s(x)(1 - s(x)); a value"),
    # ---- the numerade problem (a homework's statement): plain-text definitions of the nodes with max(0, ...), * and
    # the squared loss written loss(Y5, 0.6) in a sentence ----------------------------------------------------------
    Public("num-y3", _NUM, "b95_num", "b95_num", "Y3 = max(0, x * W1 + b3)", ((C,),),
           (Twin("value", "a1[0]", ("relu(x[0]*W1[0,0] + b1[0])",)),), batch=95),
    Public("num-y4", _NUM, "b95_num", "b95_num", "Y4 = max(0, x * W2 + b4)", ((C,),),
           (Twin("value", "a1[1]", ("relu(x[0]*W1[1,0] + b1[1])",)),), batch=95),
    Public("num-y5", _NUM, "b95_num", "b95_num", "Y5 = max(0, Y3 * W4 + Y4 * W5 + b6)", ((C,),),
           (Twin("value", "a2[0]", ("relu(a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0])",)),), batch=95),
    Public("num-loss", _NUM, "b95_num", "b95_num",
           "Assuming the desired output is 0.6 and the squared loss function, loss(Y5, 0.6) = (Y5 - 0.6)^2, is used:",
           ((C,),), (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=95,
           why="0.6 the desired output, written by its value"),
    # ---- EstudosLivres' Portuguese Udacity exercise: the answers in a Markdown list (x[:, None]), then the code's
    # lines with np.dot, long snake_case names, and a "#" comment's formula with y^ and ƒ' (U+0192) ---------------------
    Public("est-md-who", _EST, "b95_est", "b95_est",
           "    * delta_w_hidden_out = learnrate * output_error_term * hidden_layer_output", ((C,),),
           (Twin("value", f"eta*{_EO}*a1[{{j}}]", (f"eta*{_EO}*a1[{{j}}]",), _J2),), batch=95,
           why="\"calcular o passo de atualização dos pesos\": the step -eta dE/dW of the output weights, a value"),
    Public("est-md-wih", _EST, "b95_est", "b95_est",
           "    * delta_w_input_hidden = learnrate * hidden_error_term * x[:, None]", ((C,),),
           (Twin("value", f"eta*{_EH}*x[{{i}}]", (f"eta*{_EH}*x[{{i}}]",), _I3J2),), batch=95,
           why="x[:, None] a column: the steps of the input-first hidden weights"),
    Public("est-hin", _EST, "b95_est", "b95_est", "hidden_layer_input = np.dot(x, weights_input_hidden)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),), batch=95),
    Public("est-hout", _EST, "b95_est", "b95_est", "hidden_layer_output = sigmoid(hidden_layer_input)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=95),
    Public("est-oin", _EST, "b95_est", "b95_est",
           "output_layer_in = np.dot(hidden_layer_output, weights_hidden_output)", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=95),
    Public("est-out", _EST, "b95_est", "b95_est", "output = sigmoid(output_layer_in)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=95),
    Public("est-oet", _EST, "b95_est", "b95_est", "output_error_term = error * output * (1 - output)", ((C,),),
           (Twin("value", _EO, (_EO,)),), batch=95, why="error = target - output the line before: -dE/dz2"),
    Public("est-lc", _EST, "b95_est", "b95_est",
           "linear_combination_output_error_and_hidden_weights = np.dot(output_error_term, weights_hidden_output)",
           ((C,),), (Twin("value", f"{_EO}*W2[0,{{j}}]", (f"{_EO}*W2[0,{{j}}]",), _J2),), batch=95,
           why="-dE/d(hidden outputs), a value"),
    Public("est-het", _EST, "b95_est", "b95_est",
           "hidden_error_term = linear_combination_output_error_and_hidden_weights * derivated_output", ((C,),),
           (Twin("value", _EH, (_EH,), _J2),), batch=95),
    Public("est-global", _EST, "b95_est", "b95_est", "# DONE: Global formula: delta_w = n*(y-y^)*ƒ'(h)", ((W,),),
           (Twin("value", f"eta*{_EO}*a1[{{j}}]", ("eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _J2),), batch=95,
           why="the comment over the hidden-to-output step: the step of weight j has the hidden output a1[j] as a "
               "factor (the code's next line multiplies by hidden_layer_output); n (y - y^) f'(h) alone is the "
               "output's error term times the learning rate"),
    Public("est-code-wih", _EST, "b95_est", "b95_est",
           "delta_w_input_hidden = learnrate * hidden_error_term * x_as_column_vector", ((C,),),
           (Twin("value", f"eta*{_EH}*x[{{i}}]", (f"eta*{_EH}*x[{{i}}]",), _I3J2),), batch=95),
    # ---- JorgeATADantas' Portuguese practice 09: NumPy lines indented in their functions (forward, backward),
    # samples as rows, .T, / m, keepdims, mse_derivada and sigmoid_derivada / relu_derivada, -= updates ------------
    Public("jor-z1", _JOR, "b95_jor", "b95_jor", "    Z1 = np.dot(X, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J5),), batch=95),
    Public("jor-a1", _JOR, "b95_jor", "b95_jor", "    A1 = relu(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J5),), batch=95),
    Public("jor-z2", _JOR, "b95_jor", "b95_jor", "    Z2 = np.dot(A1, W2) + b2", ((C,),),
           (Twin("value", "z2[0]", (" + ".join(f"a1[{j}]*W2[0,{j}]" for j in range(5)) + " + b2[0]",)),), batch=95),
    Public("jor-a2", _JOR, "b95_jor", "b95_jor", "    A2 = sigmoid(Z2)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=95),
    Public("jor-dz2", _JOR, "b95_jor", "b95_jor", "    dZ2 = mse_derivada(y, A2) * sigmoid_derivada(Z2)", ((C,),),
           (Twin("value", _JD2, (_JD2,)),), batch=95,
           why="mse_derivada(y_true, y_pred) = 2 * (y_pred - y_true) / y_true.size, one sample: dL/dz2"),
    Public("jor-dw2", _JOR, "b95_jor", "b95_jor", "    dW2 = np.dot(A1.T, dZ2) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_JD2}",), _J5),), batch=95, why="m = 1 (one sample)"),
    Public("jor-db2", _JOR, "b95_jor", "b95_jor", "    db2 = np.sum(dZ2, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[0]", (_JD2,)),), batch=95),
    Public("jor-dz1", _JOR, "b95_jor", "b95_jor", "    dZ1 = np.dot(dZ2, W2.T) * relu_derivada(Z1)", ((C,),),
           (Twin("value", _JD1, (_JD1,), _J5),), batch=95),
    Public("jor-dw1", _JOR, "b95_jor", "b95_jor", "    dW1 = np.dot(X.T, dZ1) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JD1}",), _J5I2),), batch=95),
    Public("jor-db1", _JOR, "b95_jor", "b95_jor", "    db1 = np.sum(dZ1, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b1[{j}]", (_JD1,), _J5),), batch=95),
    Public("jor-uw1", _JOR, "b95_jor", "b95_jor", "    W1 -= learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _J5I2),), batch=95),
    Public("jor-ub1", _JOR, "b95_jor", "b95_jor", "    b1 -= learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J5),), batch=95),
    Public("jor-uw2", _JOR, "b95_jor", "b95_jor", "    W2 -= learning_rate * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J5),), batch=95),
    Public("jor-ub2", _JOR, "b95_jor", "b95_jor", "    b2 -= learning_rate * db2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*grad",)),), batch=95),
    # ---- TorchedUp's problem 13: three claims on one line after "Architecture:", separated by "; ", @ and no
    # spaces around + -------------------------------------------------------------------------------------------
    Public("tor-arch", _TOR, "b95_tor", "b95_tor", "Architecture: z1 = x@W1+b1; a1 = relu(z1); z2 = a1@W2+b2",
           ((C,), (C,), (C,)),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),
            Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J2),
            Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",))), batch=95),
    # ---- machinelearningadda's quiz answer: "Correct Answer :" before a line of code with self.sig -----------------
    Public("mla-grad", _MLA, "b95_mla", "b95_mla", "Correct Answer : grad_input = self.sig * (1-self.sig) * grad",
           ((C,),), (Twin("value", "(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(a1[0] - y[0])",)),),
           batch=95, why="grad the output error gradient dL/d(output): grad_input = dL/dz, a value"),
    # ---- zero-to-ai's post-quiz answer: a numbered list of claims with names glued in products (XW1, A1W2) and an
    # arrow ← and a label after each ------------------------------------------------------------------------------
    Public("zero-z1", _ZERO, "b95_zero", "b95_zero", "  1. Z1 = XW1 + b1 ← Pre-activation", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]",), _J4),),
           batch=95),
    Public("zero-a1", _ZERO, "b95_zero", "b95_zero", "  2. A1 = ReLU(Z1) ← Activation", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J4),), batch=95),
    Public("zero-z2", _ZERO, "b95_zero", "b95_zero", "  3. Z2 = A1W2 + b2 ← Pre-activation", ((C,),),
           (Twin("value", "z2[0]", (" + ".join(f"a1[{j}]*W2[0,{j}]" for j in range(4)) + " + b2[0]",)),), batch=95),
    Public("zero-a2", _ZERO, "b95_zero", "b95_zero", "  4. A2 = Sigmoid(Z2) ← Final output", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=95),
    # ---- MahdiTabesh's notebook (ReLU + softmax-CE): $$ blocks indented two spaces under Markdown bullets, a
    # dimension clause after \quad (W_1 \in \mathbb{R}^{d \times H}), \max(0, Z_1), \mathrm{softmax}, a double sum
    # with \, and \log, a full stop inside $$, an aligned block of six claims (\top, \mathbf{1}^\top, \odot,
    # \mathbf{1}[Z_1 > 0]), \theta \leftarrow, a bullet's inline $Z_1 = XW_1 + b_1$ -----------------------------
    Public("mah-z1", _MAH, "b95_mah", "b95_mah",
           "  $$\n  Z_1 = X W_1 + b_1, \\quad W_1 \\in \\mathbb{R}^{d \\times H}, \\, b_1 \\in \\mathbb{R}^H\n  $$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]",), _J4),),
           batch=95, why="the clause after \\quad gives the shapes, no claim"),
    Public("mah-h1", _MAH, "b95_mah", "b95_mah", "  $$\n  H_1 = \\max(0, Z_1)\n  $$", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J4),), batch=95),
    Public("mah-s", _MAH, "b95_mah", "b95_mah",
           "  $$\n  S = H_1 W_2 + b_2, \\quad W_2 \\in \\mathbb{R}^{H \\times K}, \\, b_2 \\in \\mathbb{R}^K\n  $$", ((C,),),
           (Twin("value", "z2[{k}]", (" + ".join(f"a1[{j}]*W2[{{k}},{j}]" for j in range(4)) + " + b2[{k}]",),
                 _K3),), batch=95),
    Public("mah-p", _MAH, "b95_mah", "b95_mah", "  $$\n  P = \\mathrm{softmax}(S)\n  $$", ((C,),),
           (Twin("value", "a2[{k}]", ("exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _K3),), batch=95),
    Public("mah-loss", _MAH, "b95_mah", "b95_mah",
           "  $$\n  \\mathcal{L} = -\\frac{1}{N}\\sum_{i=1}^{N}\\sum_{k=1}^{K} Y_{ik}\\,\\log P_{ik}\n  $$", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),), batch=95, why="N = 1 sample"),
    Public("mah-ds", _MAH, "b95_mah", "b95_mah",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial S} = \\frac{P - Y}{N}.\n$$", ((C,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=95,
           why="dL/d(logits), a value"),
    Public("mah-block", _MAH, "b95_mah", "b95_mah", _MAH_BLOCK, ((C,),) * 6,
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J4),
            Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),
            Twin("value", _MH1, (_MH1,), _J4),
            Twin("value", _MZ1, (_MZ1,), _J4),
            Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_MZ1}",), _J4I3),
            Twin("gradient", "b1[{j}]", (_MZ1,), _J4)), batch=95,
           why="one sample: \\mathbf{1}^\\top sums over one row; \\mathbf{1}[Z_1 > 0] the ReLU's slope"),
    Public("mah-sgd", _MAH, "b95_mah", "b95_mah",
           "$$\n\\theta \\leftarrow \\theta - \\eta \\, \\frac{\\partial \\mathcal{L}}{\\partial \\theta}.\n$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), param="W1[0,0]", batch=95,
           why="theta any parameter: judged for the one --param names"),
    Public("mah-step", _MAH, "b95_mah", "b95_mah", "   - Compute hidden layer: $Z_1 = XW_1 + b_1$, apply ReLU.  ",
           ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]",), _J4),),
           batch=95),
]
