r"""Batch 51 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 web-page addresses no earlier batch used (the "pages" corpus: Cross Validated 462862 and
181357, galaxy.agh.edu.pl's page on the delta rule, yuki-notes.pages.dev's homework on a ReLU/softmax MLP, four
notebooks as GitHub renders them (Paul-Ajibola's Data-Science-Projects, Ylazerson's nnfs_book, randallsutton's
playground-ai, Lemonatix's neural-network-with-python, keepcalmncode's mlblr) and three posts in
Nemotron-CC-Math-v1's copies, named by their titles after the data set's address as in the batches before:
"Recycled Paper", "Backpropagation Derivatives" and "Error Backpropagation, Christopher Bishop “Pattern
Recognition and Machine Learning”"), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both
in tests/public_formulas_batch51_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) before check
was. Formulas keep their page's delimiters ($...$, $$...$$, \[...\], \(...\), \begin{align}, a $$ the page
never closes) and a list's bullet or number; where a formula stands inside a long line of prose, the prose is
left out and the entry's why says so; a short sentence or list line around a formula is kept whole. Code keeps
its indentation and its trailing comment.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 51

The batch: 55 formulas (55 claims), 39 values (forward sums and activations in LaTeX and in NumPy, with rows
(x @ W1 + b1), numpy imported as k, np.dot of 1-D arrays; errors and scaled errors of code, losses, the
sigmoid's derivative, dL/dy-hat and dL/dh, a step Delta w_{ij}), 3 deltas dL/dz (Bishop's delta_k with its
definition in parentheses, NumPy's dL_dz1 with the page's relu_derivative, a six-member \begin{align} chain
whose \\ the page lost), 8 gradients, 5 updates (:=, +=, w_t = w_{t-1} + ..., W’ with a typographic
apostrophe). LaTeX against plain text: 26 LaTeX, 29 plain text or code.

5 are mistaken somewhere (the oracle finds at least one member wrong):

- cv462862-rule: the question's perceptron rule $$w_t = w_{t-1} + \eta ex$$ with its own e = y - y_d: the step
  goes uphill (it should be w - eta e x);
- cv462862-H: the answer's "binary cross entropy loss" $$H(y)=y_d\log y+(1-y_d)\log(1-y)$$ without its minus
  sign (the log-likelihood);
- cv462862-dHdw: its derivative, right as the chain dH/dy dy/dw and then, member by member, the derivative of
  the log-likelihood (the negative of the loss's): three members wrong;
- cv462862-update: $$w_t=w_{t-1}-\eta {\partial H \over {\partial w}}=w_{t-1}+\eta(y-y_d)x$$, the rule right and
  its expansion wrong by the same sign (the answer's ascent on the likelihood is a descent only on H as
  written);
- recycled-dEdw: \frac{\partial E}{\partial w} = \sum (y_i - \hat{y}_i) \cdot \sigma'(z_i) \cdot x_i, the sign of
  E = 1/2 (y - y-hat)^2's derivative lost (its code then steps with += and is right).

What the spec could not express, which a page needed: Recycled Paper's sigmoid_derivative(...) and Paul-Ajibola's
relu_derivative(z1) are functions the page defines (functions name activations only); both stay in the batch as
written. math.stackexchange 3048198's O = s(s(s(Iw_1+1)w_2+1)w_4 + ...) (its biases the constant 1) was left
out: the oracle draws every bias at random. Left out too: ai.stackexchange 18213's (t-a)*(1-a^2) (no claim,
no equals sign), Cross Validated 181357's second line (its delta_j the output's and then the hidden layer's,
which no one notation names), Bishop's \frac{\partial y_i}{\partial w_{i,j}} = ... = z_j (an output's derivative
by a weight, no loss in it), Ylazerson's xw0 = x[0] * w[0] (the notation must name xw0 by that very product).

How the collection went, honestly: pages were chosen from the pages corpus's excerpts, then checked against
/work/used_urls.txt and the earlier batches' files, by address and by title for Nemotron-CC-Math's copies; left
out as used: fiqlab, primelearnpoint, santoshnlp, zakariapz, sunhaozhe, srenevey, jpark7ca, gmse.de, usenet's
comp.ai.neural-nets thread, solutioninn, IvanHalim, maykulkarni, iceory, math.techqa.club 4158072 and 4393949,
surafelml, datahacker, the deeplearning.ai forum's threads 165, 7979, 336971 and 59528, compphysics' week 41 and
42 pages and Nemotron's "Backpropagation Intuition", "Logistic Regression: Gradient Descent" and "Derivative of
Cross Entropy Loss with Softmax"; concise.org's logistic-regression page was left out as the text of Nemotron's
"Logistic Regression: Gradient Descent" (batch 19). check saw none of this batch before the oracle verdicts were
committed.

Every notation was loaded with its network (notation_loading.load_notation) before the blind run, without judging
any formula: none raised.

Collected on 2026-12-05 (01:57 to 02:07 by the machine's clock, the oracle's runs included) and run blind at main
1a06cfa (/work/READY_FOR_BLIND13), rebased onto it with nothing under src/ changed. The first run
(/work/batch51_blind.txt): 40 of 55 read with every verdict right (73%), 14 refused, 1 misread, no crash, NO WRONG
FORMULA CALLED CORRECT. No refusal was the collector's notation outside the spec's grammar (every pattern and
meaning loaded), so there was no second run.

Of the 5 mistaken formulas, 4 read with every verdict right (cv462862-rule, cv462862-H, cv462862-dHdw and
recycled-dEdw, each called wrong where the oracle finds it wrong) and 1 was refused (cv462862-update, at its
\over). By kind of claim: values 29 of 39, deltas 0 of 3, gradients 8 of 8, updates 3 of 5. LaTeX against plain
text: the 26 in LaTeX read 19 (73%), the 29 in plain text or code 21 (72%). By page: Cross Validated 462862 3 of 6
and 181357 1 of 1, "Recycled Paper" 5 of 7, Paul-Ajibola 10 of 11, Ylazerson 2 of 2, "Backpropagation
Derivatives" 4 of 4, the Bishop question 3 of 4, galaxy.agh.edu.pl 2 of 3, randallsutton 6 of 6, Lemonatix 4 of 6,
keepcalmncode 0 of 4, yuki-notes 0 of 1.

The misread (1), not a wrong formula called correct: yuki-dLdz, the align chain whose \\ the page renders as "\ ":
six members expected, five verdicts given (all correct); the member "-t_j + \hat{y}_j \quad \text{(since }
\sum_i t_i = 1\text{)}" holds an equals sign inside its parenthetical remark, split across two \text.

The refusals by construct (14), with the exact message:

- 4, NumPy imported under another name (import numpy as k): "formula 'hidden_layer_input = np.dot(k,
  X,Wh)+bh': np.dot(...) with 3 argument(s): a product takes two at 'n' (position 22); write np.dot(u, v)"
  (mlblr-hidden-input; mlblr-output-input the same), and "formula
  'output = k.vectorize(sigmoid)(output_layer_input)': unknown symbol k; the notation knows Wh, X, bh, bout,
  hidden_layer_activation, hidden_layer_input, output, output_layer_input; k is an index letter of the notation:
  write it as a subscript or superscript of what it indexes (W_k, not Wk), or give it a meaning in the notation's
  [notation.symbols]" (mlblr-output; mlblr-hidden-activation the same, k.vectorize(sigmoid)(...));
- 2, a list line's prose before the formula: "formula 'Compare with the desired output yd and calculate error e
  ...': unknown symbol Compare; the notation knows e, w, x, y; give it a meaning in the notation's
  [notation.symbols], e.g. "Compare" = "a1[0]"" (cv462862-e, after a bullet "•"), and "formula 'We apply
  activation (here the sigmoid): A_1 = \\sigma(Z_1)': unexpected at ':' (position 39)" (lemon-A1, a numbered
  line whose prose holds a parenthesis; its three sibling lines read);
- 2, a derivative function the page defines and names, sigmoid_derivative(...) and relu_derivative(...):
  "formula 'gradients = errors * sigmoid_derivative(inputs.dot(weights))': sigmoid_derivative(u) reads as
  sigmoid's derivative at its input (u = z) or at its output (u = a), and the two readings do not agree; write
  sigmoid'(z) for the derivative at the input z, or a(1 - a) for it at the output a" (recycled-gradients), and
  "formula 'dL_dz1 = dL_dh * relu_derivative(z1) #shape (1, 3)': relu_derivative(u) reads as relu's derivative
  at its input (u = z) or at its output (u = a), and the two readings do not agree; write relu'(z) for the
  derivative at the input z" (ajibola-dz1, whose argument z1 is the notation's sum);
- 2, a product of two vectors that is their inner product, in LaTeX w^Tx and in plain text W * X: "'\\sigma(w^Tx)'
  is a vector or matrix where the left side is a number" (cv462862-y, w the notation's column W1[0, :].T) and
  "'W * X' is a vector or matrix where the left side is a number" (agh-y, W a row and X a column);
- 1, plain TeX's \over with a braced denominator, {\partial H \over {\partial w}}: "formula
  'w_t=w_{t-1}-\\eta {\\frac{\\partial H }{ {\\partial w}}}=w_{t...': the denominator of a partial derivative starts
  with \partial at '{' (position 39)" (cv462862-update);
- 1, a definition := inside \text in the left side's parenthesis, \delta_k\left(\text{:= }\frac{\text{d}E_n}
  {\text{d}a_k}\right): "formula '\\delta_k (\\text := \\frac{\\text{d}E_n}{\\text{d}a_k} ) = y_...': expected '{'
  after \text at ':=' (position 17)" (bishop51-delta);
- 1, an activation's derivative by its sum written without the function's argument, \frac{d}{dz} \sigma: "formula
  '\\frac{d}{dz} \\sigma = \\sigma (z) \\cdot (1-\\sigma(z))': the function \sigma has no argument at '\\sigma'
  (position 14); write \sigma(z); where \sigma stands for a quantity (a unit's output), give it that meaning in the
  notation's [notation.symbols], e.g. "\sigma" = "a1[0]"" (lemon-dsigma);
- 1, NumPy's in-place += on a row's transpose times a scalar: "formula 'weights += learning_rate *
  inputs^T.dot(gradients)': adds vectors or matrices of different sizes in weights + (learning_{rate} *
  matrix_product(inputs^T, gra..." (recycled-weights; inputs the notation's row x[:].T, weights the column
  W1[0, :].T, gradients a number).

Which look general: a list line's prose before its formula (a bullet, a parenthesis in the prose), \over with
braces as TeX allows, an inner product written w^Tx (TeX's one-token superscript) or W * X between two vectors,
\frac{d}{dz} \sigma for the activation's derivative, a page's own sigmoid_derivative / relu_derivative, x.T.dot(g)
with a number g, and a remark in parentheses after a member that holds an equals sign; page-specific: numpy
imported as k, and \text{:= } inside the left side.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch51_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_CV462862 = ("https://stats.stackexchange.com/questions/462862/can-we-use-perceptron-training-algorithm-to-train-a-"
             "single-neuron-with-sigmoid-a")
_CV181357 = ("https://stats.stackexchange.com/questions/181357/what-is-an-interpretation-of-the-f-left-sum-i-w-ijy-i-"
             "right-factor-in")
_RECYCLED = f"{_NEMOTRON} (Recycled Paper)"
_AJIBOLA = "https://github.com/Paul-Ajibola/Data-Science-Projects"
_NNFS = "https://github.com/Ylazerson/nnfs_book"
_CHAIN1 = f"{_NEMOTRON} (Backpropagation Derivatives)"
_BISHOP = f"{_NEMOTRON} (Error Backpropagation, Christopher Bishop “Pattern Recognition and Machine Learning”)"
_AGH = "http://galaxy.agh.edu.pl/~vlsi/AI/rdelta_bis_en"
_RANDALL = "https://github.com/randallsutton/playground-ai"
_LEMON = "https://github.com/Lemonatix/neural-network-with-python"
_MLBLR = "https://github.com/keepcalmncode/mlblr"
_YUKI = "https://yuki-notes.pages.dev/Notes-%F0%9F%93%9D/TU-Machine-Learning/HW/TU-ML-HW-3"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I2 = tuple({"i": i} for i in range(2))
_IJ22 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_IJ23 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_KI32 = tuple({"k": k, "i": i} for k in range(3) for i in range(2))

_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_RECYCLED_TERM = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"       # -dE/dz of 1/2 (y - y-hat)^2 at the sigmoid
_AJ_DZ1 = "(a2[0] - y[0])*W2[0,{k}]*Heaviside(z1[{k}])"    # dL/dz1[k] through the ReLU
_CHAIN1_GRAD = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
_RANDALL_OUT = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"         # -dE/dz2 (the notebook's scaled error)
# the softmax under the cross-entropy, three classes: the sum over i != j of the chain's terms as the whole sum
# less its i = j term
_YK_ALL = "((-t[0]/a2[0])*(-a2[0]*a2[{j}]) + (-t[1]/a2[1])*(-a2[1]*a2[{j}]) + (-t[2]/a2[2])*(-a2[2]*a2[{j}]))"
_YK_SUM_T = "(t[0] + t[1] + t[2])"

ENTRIES = [
    # ---- Cross Validated 462862: the question's bulleted perceptron rule, the answer's H and its align chain;
    # the answer's H lacks the cross-entropy's minus sign, and the step it derives climbs the loss --------------
    Public("cv462862-e", _CV462862, "b51_sigmoid_bce", "b51_cv462862",
           "• Compare with the desired output yd and calculate error $$e = y-y_d$$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=51,
           why="the question's bullet, its yd in prose and y_d in the formula"),
    Public("cv462862-rule", _CV462862, "b51_sigmoid_bce", "b51_cv462862",
           "• Update the weights based on the error: $$w_t = w_{t-1} + \\eta ex$$", ((W,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] + eta*(a1[0] - y[0])*x[{j}]",), _J2),), batch=51,
           why="with the question's e = y - y_d the step goes uphill: w - eta e x descends"),
    Public("cv462862-H", _CV462862, "b51_sigmoid_bce", "b51_cv462862", "$$H(y)=y_d\\log y+(1-y_d)\\log(1-y)$$",
           ((W,),), (Twin("value", _BCE, ("y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=51,
           why="\"Assume you use a sigmoid neuron with binary cross entropy loss: $$H(y)=...$$ where "
               "$$y=\\sigma(w^Tx)$$.\": the formula alone; the cross-entropy's minus sign is missing"),
    Public("cv462862-y", _CV462862, "b51_sigmoid_bce", "b51_cv462862", "$$y=\\sigma(w^Tx)$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=51,
           why="the same sentence's second formula"),
    Public("cv462862-dHdw", _CV462862, "b51_sigmoid_bce", "b51_cv462862",
           "\\begin{align}\\frac{\\partial H}{\\partial w}&=\\frac{\\partial H}{\\partial y}\\frac{\\partial y}"
           "{\\partial w}=\\left(\\frac{y_d}{y}-\\frac{1-y_d}{1-y}\\right)y(1-y)x\\\\&=(y_d(1-y)-(1-y_d)y)x\\\\&="
           "(y_d-y)x\\end{align}", ((C, W, W, W),),
           (Twin("gradient", "W1[0,{j}]",
                 ("(a1[0] - y[0])*x[{j}]", "(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])*x[{j}]",
                  "(y[0]*(1 - a1[0]) - (1 - y[0])*a1[0])*x[{j}]", "(y[0] - a1[0])*x[{j}]"), _J2),), batch=51,
           why="\"The gradient wrt $$w$$ would be: \" before it on the line, left out; the chain rule is right, "
               "the members after it differentiate the log-likelihood H as written, the loss's negative"),
    Public("cv462862-update", _CV462862, "b51_sigmoid_bce", "b51_cv462862",
           "$$w_t=w_{t-1}-\\eta {\\partial H \\over {\\partial w}}=w_{t-1}+\\eta(y-y_d)x$$", ((C, W),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad", "W1[0,{j}] + eta*(a1[0] - y[0])*x[{j}]"), _J2),),
           batch=51, why="\"When we substitute into the gradient descent rule, we have the following update "
                         "equation: \" before it, left out; plain TeX's \\over"),
    # ---- Cross Validated 181357: the delta rule's step, \; between the factors ---------------------------------
    Public("cv181357-dw", _CV181357, "b51_tanh_delta", "b51_cv181357", "$$\\Delta w_{ij} = \\eta\\;\\delta_j\\;y_i$$",
           ((C,),), (Twin("value", "-eta*(a2[{j}] - y[{j}])*(1 - a2[{j}]**2)*a1[{i}]",
                          ("eta*(y[{j}] - a2[{j}])*(1 - a2[{j}]**2)*a1[{i}]",), _IJ22),), batch=51,
           why="j an output unit (the question's second line defines delta_j there as (\\hat y_j - y_j) f'(net_j)),"
               " i a hidden unit"),
    # ---- Nemotron's "Recycled Paper": \[ ... \] with a sum over the samples (one), and its NumPy ----------------
    Public("recycled-E", _RECYCLED, "b51_recycled", "b51_recycled",
           "\\[ E = \\frac{1}{2} \\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2 \\]", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=51, why="n = 1 sample"),
    Public("recycled-update", _RECYCLED, "b51_recycled", "b51_recycled",
           "\\[ w := w - \\eta \\frac{\\partial E}{\\partial w} \\]", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J3),), batch=51),
    Public("recycled-sigma-prime", _RECYCLED, "b51_recycled", "b51_recycled",
           "\\[ \\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=51),
    Public("recycled-dEdw", _RECYCLED, "b51_recycled", "b51_recycled",
           "\\[ \\frac{\\partial E}{\\partial w} = \\sum_{i=1}^{n} (y_i - \\hat{y}_i) \\cdot \\sigma'(z_i) \\cdot "
           "x_i \\]",
           ((W,),), (Twin("gradient", "W1[0,{j}]", (f"{_RECYCLED_TERM}*x[{{j}}]",), _J3),), batch=51,
           why="the sign of (y - y-hat)'s derivative lost: dE/dw = -(y - y-hat) sigma'(z) x"),
    Public("recycled-errors", _RECYCLED, "b51_recycled", "b51_recycled", "    errors = targets - outputs", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=51, why="inside update_weights"),
    Public("recycled-gradients", _RECYCLED, "b51_recycled", "b51_recycled",
           "    gradients = errors * sigmoid_derivative(inputs.dot(weights))", ((C,),),
           (Twin("value", _RECYCLED_TERM, (_RECYCLED_TERM,)),), batch=51,
           why="sigmoid_derivative the post's own function, sigmoid(z) * (1 - sigmoid(z))"),
    Public("recycled-weights", _RECYCLED, "b51_recycled", "b51_recycled",
           "    weights += learning_rate * inputs.T.dot(gradients)", ((C,),),
           (Twin("update", "W1[0,{j}]", (f"W1[0,{{j}}] + eta*x[{{j}}]*{_RECYCLED_TERM}",), _J3),), batch=51,
           why="inputs one row (1 x 3): inputs.T.dot(gradients) is x times the negative gradient by the sum"),
    # ---- Paul-Ajibola's notebook: NumPy rows with @, .T, trailing shape comments (one of them wrong) ----------
    Public("ajibola-z1", _AJIBOLA, "b51_ajibola", "b51_ajibola", "z1 = x @ W1 + b1", ((C,),),
           (Twin("value", "z1[{k}]", ("x[0]*W1[{k},0] + x[1]*W1[{k},1] + b1[{k}]",), _K3),), batch=51),
    Public("ajibola-h", _AJIBOLA, "b51_ajibola", "b51_ajibola", "h = relu(z1)", ((C,),),
           (Twin("value", "a1[{k}]", ("relu(z1[{k}])",), _K3),), batch=51),
    Public("ajibola-yhat", _AJIBOLA, "b51_ajibola", "b51_ajibola", "y_hat = h @ W2 + b2", ((C,),),
           (Twin("value", "a2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + b2[0]",)),), batch=51),
    Public("ajibola-loss", _AJIBOLA, "b51_ajibola", "b51_ajibola", "loss = 0.5 * (y_hat - y) ** 2", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=51),
    Public("ajibola-dyhat", _AJIBOLA, "b51_ajibola", "b51_ajibola", "dL_dyhat = y_hat - y     # shape (1, 1)",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=51),
    Public("ajibola-dW2", _AJIBOLA, "b51_ajibola", "b51_ajibola", "dL_dW2 = h.T @ dL_dyhat   # shape (3, 1)",
           ((C,),), (Twin("gradient", "W2[0,{k}]", ("a1[{k}]*(a2[0] - y[0])",), _K3),), batch=51),
    Public("ajibola-db2", _AJIBOLA, "b51_ajibola", "b51_ajibola", "dL_db2 = dL_dyhat      # shape (1, 3)", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=51,
           why="the comment's shape is wrong (b2 is 1 x 1); the formula is right"),
    Public("ajibola-dh", _AJIBOLA, "b51_ajibola", "b51_ajibola", "dL_dh = dL_dyhat @ W2.T       # shape (1, 3)",
           ((C,),), (Twin("value", "(a2[0] - y[0])*W2[0,{k}]", ("(a2[0] - y[0])*W2[0,{k}]",), _K3),), batch=51),
    Public("ajibola-dz1", _AJIBOLA, "b51_ajibola", "b51_ajibola",
           "dL_dz1 = dL_dh * relu_derivative(z1)     #shape (1, 3)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_AJ_DZ1,), _K3),), batch=51,
           why="relu_derivative the notebook's own function, (z > 0).astype(float)"),
    Public("ajibola-dW1", _AJIBOLA, "b51_ajibola", "b51_ajibola", "dL_dW1 = x.T @ dL_dz1       # (2, 3)", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", (f"x[{{i}}]*{_AJ_DZ1}",), _KI32),), batch=51),
    Public("ajibola-db1", _AJIBOLA, "b51_ajibola", "b51_ajibola", "dL_db1 = dL_dz1             # (1, 3)", ((C,),),
           (Twin("gradient", "b1[{k}]", (_AJ_DZ1,), _K3),), batch=51),
    # ---- Ylazerson's nnfs_book notes: the products xw0 ... xw2 summed, max(z, 0) ------------------------------
    Public("nnfs-z", _NNFS, "b51_nnfs", "b51_nnfs", "z = xw0 + xw1 + xw2 + b", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0]",)),), batch=51,
           why="the cell's line under \"# Adding weighted inputs and a bias\""),
    Public("nnfs-y", _NNFS, "b51_nnfs", "b51_nnfs", "y = max(z, 0)", ((C,),),
           (Twin("value", "a1[0]", ("relu(z1[0])",)),), batch=51),
    # ---- Nemotron's "Backpropagation Derivatives": \( ... \) in prose, a^l(z^l) and z^l(w^l) written as functions
    # of their arguments, the chain of three derivatives ----------------------------------------------------------
    Public("chain1-C", _CHAIN1, "b51_chain1", "b51_chain1", "\\( C(a) = (a^l-y)^2 \\)", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=51,
           why="\"I am using a simple quadratic cost function of \\( C(a) = (a^l-y)^2 \\) where ...\": the formula "
               "alone"),
    Public("chain1-a", _CHAIN1, "b51_chain1", "b51_chain1", "\\( a^l(z^l) = \\sigma(z^l) \\)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=51,
           why="\"So, from that, I have \\( a^l(z^l) = ... \\) and for \\( z \\), \\( z^l(w^l) = ... \\).\": each "
               "formula alone; a^l(z^l) is a^l as a function of z^l"),
    Public("chain1-z", _CHAIN1, "b51_chain1", "b51_chain1", "\\( z^l(w^l) = a^{(l-1)} \\cdot w^l \\)", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0]",)),), batch=51),
    Public("chain1-dCdw", _CHAIN1, "b51_chain1", "b51_chain1",
           "\\[\n\\frac{\\partial C}{\\partial w^l} = \\frac{\\partial C}{\\partial a^l} \\cdot \\frac{\\partial a^l}"
           "{\\partial z^l} \\cdot \\frac{\\partial z^l}{\\partial w^l} = 2(a^l-y) \\cdot (\\sigma(z^l) \\cdot "
           "(1-\\sigma(z^l))) \\cdot a^{l-1}\n\\]", ((C, C),),
           (Twin("gradient", "W2[0,0]", (_CHAIN1_GRAD, _CHAIN1_GRAD)),), batch=51),
    # ---- Nemotron's copy of the Cross Validated question on Bishop's (5.54): \left(\text{:= } ... \right) inside
    # the left side, \text{d}, \text{Cost}, w_{i,j} with a comma -------------------------------------------------
    Public("bishop51-delta", _BISHOP, "b51_bishop", "b51_bishop",
           "$$\\delta_k\\left(\\text{:= }\\frac{\\text{d}E_n}{\\text{d}a_k}\\right) = y_k - t_k$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=51,
           why="Bishop's a_k the output's activation (its sum), y_k = a_k for linear outputs"),
    Public("bishop51-cost", _BISHOP, "b51_bishop", "b51_bishop",
           "$$\\text{Cost} = \\frac{1}{2} \\sum_{k=1}^{m}(y_k-t_k)^2$$", ((C,),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=51, why="m = 2 outputs"),
    Public("bishop51-dcost-dy", _BISHOP, "b51_bishop", "b51_bishop",
           "$$\\frac{\\partial \\text{Cost}}{\\partial y_i} = y_i - t_i$$", ((C,),),
           (Twin("value", "a2[{i}] - y[{i}]", ("a2[{i}] - y[{i}]",), _I2),), batch=51),
    Public("bishop51-dcost-dw", _BISHOP, "b51_bishop", "b51_bishop",
           "$$\\frac{\\partial \\text{Cost}}{\\partial w_{i,j}} = \\frac{\\partial \\text{Cost}}{\\partial y_i}"
           "\\frac{\\partial y_i}{\\partial w_{i,j}} = (y_i-t_i)z_j$$", ((C, C),),
           (Twin("gradient", "W2[{i},{j}]", ("(a2[{i}] - y[{i}])*a1[{j}]", "(a2[{i}] - y[{i}])*a1[{j}]"), _IJ23),),
           batch=51, why="the answer's \"So:\" before it on its own line; z_j the hidden unit's output"),
    # ---- galaxy.agh.edu.pl: the ADALINE's plain-text lines, Unicode δ and η glued, W’ with a typographic
    # apostrophe ----------------------------------------------------------------------------------------------
    Public("agh-y", _AGH, "b51_adaline", "b51_adaline", "y = W * X", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=51),
    Public("agh-delta", _AGH, "b51_adaline", "b51_adaline", "δ = z - y", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=51),
    Public("agh-update", _AGH, "b51_adaline", "b51_adaline", "W’ = W + ηδX", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] + eta*(y[0] - a1[0])*x[{j}]",), _J2),), batch=51,
           why="\"New weights vector W’ is calculated with equation:\" the line before"),
    # ---- randallsutton's notebook: long names, np.dot of 1-D arrays, trailing shape comments -----------------------
    Public("randall-hidden", _RANDALL, "b51_randall", "b51_randall",
           "hidden_layer_activation = sigmoid(np.dot(input_features, weights_from_input_to_hidden))  # (2,)",
           ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J2),),
           batch=51),
    Public("randall-output", _RANDALL, "b51_randall", "b51_randall",
           "output_layer_activation = sigmoid(np.dot(hidden_layer_activation, weights_from_hidden_to_output))  # "
           "scalar", ((C,),), (Twin("value", "a2[0]", ("sigmoid(a1[0]*W2[0,0] + a1[1]*W2[0,1])",)),), batch=51),
    Public("randall-error", _RANDALL, "b51_randall", "b51_randall",
           "output_layer_error = expected_output - output_layer_activation  # scalar", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=51),
    Public("randall-scaled", _RANDALL, "b51_randall", "b51_randall",
           "output_layer_scaled_error = output_layer_error * output_layer_gradient  # scalar", ((C,),),
           (Twin("value", _RANDALL_OUT, (_RANDALL_OUT,)),), batch=51),
    Public("randall-hidden-error", _RANDALL, "b51_randall", "b51_randall",
           "hidden_layer_error = output_layer_scaled_error * weights_from_hidden_to_output  # (2,)", ((C,),),
           (Twin("value", f"{_RANDALL_OUT}*W2[0,{{j}}]", (f"{_RANDALL_OUT}*W2[0,{{j}}]",), _J2),), batch=51),
    Public("randall-hidden-scaled", _RANDALL, "b51_randall", "b51_randall",
           "hidden_layer_scaled_error = hidden_layer_error * hidden_layer_gradient  # (2,)", ((C,),),
           (Twin("value", f"{_RANDALL_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                 (f"{_RANDALL_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=51),
    # ---- Lemonatix's notebook: $$ blocks, one never closed, \frac{d}{dz} \sigma without an argument, a numbered
    # list of the forward pass in rows ------------------------------------------------------------------------------
    Public("lemon-dsigma", _LEMON, "b51_lemonatix", "b51_lemonatix",
           "$$\\frac{d}{dz} \\sigma =  \\sigma (z) \\cdot (1-\\sigma(z))$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=51,
           why="the helper's derivative; z the hidden unit's sum here"),
    Public("lemon-mse", _LEMON, "b51_lemonatix", "b51_lemonatix",
           "$$\\mathrm{MSE} = \\frac{1}{N} \\sum_i (y_{\\text{predicted}, \\ i}-y_{\\text{true},\\ i })^2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=51,
           why="the notebook never closes this $$ (the next cell follows); N = 1 sample"),
    Public("lemon-Z1", _LEMON, "b51_lemonatix", "b51_lemonatix", "1. We compute hidden layers: $$Z_1 = XW_1 + b_1$$",
           ((C,),), (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=51),
    Public("lemon-A1", _LEMON, "b51_lemonatix", "b51_lemonatix",
           "2. We apply activation (here the sigmoid): $$A_1 = \\sigma(Z_1)$$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=51),
    Public("lemon-Z2", _LEMON, "b51_lemonatix", "b51_lemonatix",
           "3. We compute the output layer: $$Z_2 = A_1 W_2 + b_2$$", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),), batch=51),
    Public("lemon-yhat", _LEMON, "b51_lemonatix", "b51_lemonatix",
           "4. We apply the output activation: $$\\hat y = \\sigma(Z_2)$$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=51),
    # ---- keepcalmncode's notebook: numpy imported as k (k.dot, k.vectorize(sigmoid)(...)), no spaces ---------------
    Public("mlblr-hidden-input", _MLBLR, "b51_mlblr", "b51_mlblr", "hidden_layer_input = k.dot(X,Wh)+bh", ((C,),),
           (Twin("value", "z1[{j}]",
                 ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + x[3]*W1[{j},3] + b1[{j}]",), _J3),),
           batch=51, why="\"import numpy as k\" in the notebook's first cell"),
    Public("mlblr-hidden-activation", _MLBLR, "b51_mlblr", "b51_mlblr",
           "hidden_layer_activation=k.vectorize(sigmoid)(hidden_layer_input)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=51),
    Public("mlblr-output-input", _MLBLR, "b51_mlblr", "b51_mlblr",
           "output_layer_input = k.dot(hidden_layer_activation,wout)+bout", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + b2[0]",)),), batch=51),
    Public("mlblr-output", _MLBLR, "b51_mlblr", "b51_mlblr", "output = k.vectorize(sigmoid)(output_layer_input)",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=51),
    # ---- yuki-notes: an align chain whose line breaks the page renders as "\ " (its \\ lost), \sum_{i \neq j},
    # \quad \text{(since } ... \text{)} ---------------------------------------------------------------------------
    Public("yuki-dLdz", _YUKI, "b51_relu_softmax", "b51_yuki",
           "\\begin{align} \\frac{\\partial L}{\\partial z_j^{(2)}} &= \\left(-\\frac{t_j}{\\hat{y}_j}\\right) \\cdot "
           "\\hat{y}_j(1 - \\hat{y}_j) + \\sum_{i \\neq j} \\left(-\\frac{t_i}{\\hat{y}_i}\\right) \\cdot (-\\hat{y}_i "
           "\\hat{y}_j) \\ &= -t_j(1 - \\hat{y}_j) + \\sum_{i \\neq j} t_i \\hat{y}_j \\ &= -t_j + t_j\\hat{y}_j + "
           "\\sum_{i \\neq j} t_i \\hat{y}_j \\ &= -t_j + \\hat{y}_j \\sum_{i=1}^k t_i \\ &= -t_j + \\hat{y}_j \\quad "
           "\\text{(since } \\sum_i t_i = 1\\text{)} \\ &= \\hat{y}_j - t_j \\end{align}", ((C, C, C, C, C, C),),
           (Twin("gradient_z", "z2[{j}]",
                 (f"(-t[{{j}}]/a2[{{j}}])*a2[{{j}}]*(1 - a2[{{j}}]) + {_YK_ALL} - (-t[{{j}}]/a2[{{j}}])*(-a2[{{j}}]*"
                  "a2[{j}])",
                  f"-t[{{j}}]*(1 - a2[{{j}}]) + ({_YK_SUM_T} - t[{{j}}])*a2[{{j}}]",
                  f"-t[{{j}}] + t[{{j}}]*a2[{{j}}] + ({_YK_SUM_T} - t[{{j}}])*a2[{{j}}]",
                  f"-t[{{j}}] + a2[{{j}}]*{_YK_SUM_T}", "-t[{j}] + a2[{j}]", "a2[{j}] - t[{j}]"), _J3),), batch=51,
           why="\"For component :\" (its j lost) the line before; t one-hot"),
]
