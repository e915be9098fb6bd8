r"""Batch 40 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 repository files no earlier batch used (the code corpus: a stored plain-text lesson of Ng's
forward and backward propagation with layers in brackets, zahirmahammad's README of logistic regression, a stored
lesson "Vectorizing logistic regression", a stored Udacity gradient step in Python, YingChen1996's and xjtuwgt's
copies of Johnson's numpy warm-up, yangqoor's grad3.m, dchoi1357's FFBPsigmoid.m, adrianoff's three-layer chain in
Python, a stored Python script of four inputs whose dL/dy_hat takes an abs, a stored Korean Python script of one
sigmoid neuron, stored Markdown notes on Ng's softmax regression in $...$ with \mathscr), copied verbatim, typos and
mistakes included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it works an example; both in tests/public_formulas_batch40_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), committed before check was run on them. Six files are stored in the
code corpus without their repository's name; they are cited by their ids. A gradient named as the page names it
(dz[l], dZ[l], dz^{[L]}, dh3, dz2) is twinned as gradient_z where it is dL/dz; a derivative by an activation
(da[l-1], dL_yhat, grad_y_pred, grad_h_trlu, dh2, dy_hat), an error term (error_term, delta_k, the comment's δ,
-dL/dz) and a step (delta_w, -eta dL/dw) as values. Formulas keep their page's delimiters and what surrounds them on
their line (a README's bullet and $...$, a tab before $, a shape after the claim, a Python line's tab or spaces of
indentation and trailing comment, a comment's "# ", MATLAB's semicolon); what was left out is said in the entry's
why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 40

The batch: 55 formulas from 12 addresses (6 repositories and 6 stored files: the Ng lesson 7, zahirmahammad 5, the
vectorizing lesson 2, the Udacity step 6, YingChen1996 6, xjtuwgt 2, yangqoor 3, dchoi1357 1, adrianoff 5, the abs
script 7, the Korean script 4, the softmax notes 7): 33 values (forward values, losses, local derivatives and
derivatives by activations, error terms, a step; two of them lines of two claims, "z = w'X + b => z = np.dot(w.T,
X) + b" and the softmax notes' a^{[L]} = ...,\ a^{[L]}_i = ...), 5 deltas (dz[l] twice, dz^{[L]}, dh3, dz2), 11
gradients and 6 updates; two are chains of two members (the Udacity comment's δ, smx-dz). 12 are LaTeX in $...$
(zahirmahammad's 5, the softmax notes' 7), 43 plain text or code (Python, MATLAB, the lessons' plain text).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- the Ng lesson's dz[l] = W[l+1]' dZ[l+1] g[l](Z[l]): g[l] where its derivative g[l]' belongs (the line above it
  writes g[l]'(Z[l]));
- zahirmahammad's b: = b- \alpha \frac{\partial b}{\partial w}: the bias's derivative by w (zero) where dJ/db belongs;
- the Udacity step's output_grad = sigmoid(h), under its comment "output gradient (f'(h))": the sigmoid where its
  derivative belongs (the file defines sigmoid_prime and does not call it);
- YingChen1996's loss=np.square(y_pred,y).sum(): numpy's square of y_pred alone (y is its out argument), the
  target left out (xjtuwgt's copy writes np.square(y_pred - y));
- the abs script's dy_hat = 2 * abs(y-y_hat): 2 |y - y_hat|, which is dL/dy_hat = 2 (y_hat - y) only where y_hat
  > y (as at the file's numbers: y_hat = 0.645 > y = 0.5), the oracle's random points find it wrong.

Not mistaken, though they look it: the Udacity step's error_term = error * output_grad, right through the notation's
names (output_grad named f'(h), as its comment says; the file's value is wrong only because of the line above);
adrianoff's last print(dL_w3, new_w1) (not taken: no formula); the Ng lesson's da[l-1] = W[l]' dZ[l], twinned at l =
2 only (at l = 1 it names dL/dX, the inputs', which no notation pattern names).

Left out: YingChen1996's h=x.dot(x,w1) (numpy's dot of x with itself, w1 its out argument: no quantity to twin);
zahirmahammad's ```y = wx+b``` and $y = \sigma(w^Tx+b)$ (y there the sum and the output, where the page's loss uses
y for the label: one notation cannot give the page's y three meanings); the softmax notes' definitions of C, of
y-hat by cases and of Y and Y-hat as matrices of the m examples (no claim to judge).

Open to question, though the spec seems to allow them: grad3.m differentiates the neuron's output f, not a loss
(ddot judged as a value, df/d(dot)); MATLAB's w(1), x(1) named by the patterns w_{1}, x_{1} (no pattern of the
spec's grammar writes a parenthesis); the Korean script's sigmoid_grad, a name of the sigmoid's derivative that no
key of the notation can give (functions names activations only), left unnamed; Johnson's w1, w2 input-first named
"W1[:, :].T", and its rows x, h, y_pred named with .T; the abs script's network, h1 reading x1, x2 only and h2
x3, x4 only (a mask); the softmax notes' loss names \mathscr{L} and \mathscr{J} (a font the documentation does
not list among those that only mark a letter), their t named "exp(z2[:])" (an expression over a slice), C named 3.

Every twin gave the verdicts written down on the oracle's first run but the softmax notes' three (smx-L, smx-J,
smx-dz), whose one-hot target was first written y[k] where the oracle names it t[k] (a transcription's name, not a
verdict: corrected before commit). Five keys first clashed with an earlier batch's (ng-z, ng-a, ng-dz, ng-dw,
ng-da): this batch's are ngfb-. Every notation was loaded with its network (notation_loading.load_notation) before
the blind run, without judging any formula: none raised.

Nothing was fixed from this batch.

Collected on 2026-12-04 (17:52 to 18:00 by the machine's clock) and run blind once at main c5312e7
(/work/READY_FOR_BLIND7), with nothing under src/ changed (/work/batch40_blind.txt): 44 of 55 read with every
verdict right (80%), 10 refused, 1 misread, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal came from a
notation outside the spec's grammar (every notation had loaded before the run), so there was no second run.

Of the 5 mistaken formulas, 2 read with every verdict right, each called wrong (the Ng lesson's g[l] for g[l]', the
Udacity step's output_grad = sigmoid(h)) and 3 were refused (zahirmahammad's "b: =", YingChen1996's np.square with two
arguments, the abs script's abs). By kind of claim: values 25 of 31, deltas 4 of 5, gradients 8 of 11 (1 misread),
updates 5 of 6, lines of two claims 2 of 2. LaTeX against plain text: the 12 in LaTeX read 8 (67%), the 43 in plain
text or code 36 (84%). By page: the Ng lesson 6 of 7, zahirmahammad 3 of 5, the vectorizing lesson 1 of 2 (1
misread), the Udacity step 6 of 6, YingChen1996 5 of 6, xjtuwgt 2 of 2, yangqoor 2 of 3, dchoi1357 1 of 1, adrianoff
5 of 5, the abs script 6 of 7, the Korean script 2 of 4, the softmax notes 5 of 7.

The misreading (a correct formula called wrong, never the other way): the vectorizing lesson's loop line "  dw += x *
dz[i]" (dw set to zeros on the line before the loop, one example) is judged as the claim dw = dw + x dz[i] with dw
the gradient on both sides, 2 x (a - y) against the true x (a - y): an accumulator's += read as an update of the
quantity the notation names.

The refusals by construct (10), with the exact message:

- 1, the Ng lesson: a rule over the layers through a function named per layer, "A[l] = G[l](Z[l])" with functions
  G[1], G[2]: "G[l]: l is layer 0 in the notation's counting, and its functions name G at layer(s) 1, 2 (G[1],
  G[2]); name layer 0's function in functions, or write the layer's number" (ngfb-a; the rule's l is not tried at
  the layers the functions name);
- 1, zahirmahammad: log glued after a letter, "-[ylog\hat y + (1-y)log(1-\hat y)]": "unknown symbol log; the
  notation knows \hat{y}, b, m, w, x, y, z; give it a meaning in the notation's [notation.symbols], e.g. "log" =
  "a1[0]"" (zh-L);
- 1, zahirmahammad: ": =" with a space, "b: = b- \alpha \frac{\partial b}{\partial w}": "unexpected at ':'
  (position 2)" (zh-b, the page's mistake);
- 1, YingChen1996: numpy's np.square with its out argument, "loss=np.square(y_pred,y).sum()": "np.square(...) with
  2 arguments at 'n' (position 6); write np.square(u)" (yc-loss, the page's mistake: the refusal is right);
- 1, yangqoor: MATLAB's parenthesised index, "dot = w(1)*x(1) + w(2)*x(2) + w(3);" with patterns w_{1}, x_{1}: "w
  matches none of the notation's patterns for w ('w_{1}', 'w_{2}', 'w_{3}')" (g3-dot);
- 1, the abs script: Python's abs(...), "dy_hat = 2 * abs(y-y_hat)": "a needs its layer, e.g. a^{(1)}; or give it a
  meaning in the notation" (ab-dyhat, the page's mistake; abs read as the letters a, b, s);
- 2, the Korean script: a derivative function's name the notation cannot give, "dw = x * sigmoid_grad(y) * (2*(z -
  t))": "unknown symbol sigmoid_{grad}; the notation knows b, db, dw, t, w, x, y, z; give it a meaning in the
  notation's [notation.symbols], e.g. "sigmoid_{grad}" = "a1[0]"" (kr-dw, kr-db);
- 2, the softmax notes: a statement after the claim following ",\ ", "a^{[L]}=g^{[L]}(z^{[L]}),\ a^{[L]}\ and\
  z^{[L]}\ are\ (C, 1)" and "...=\hat y-y,\ dz^{[L]}\in \mathbb{R}^{(C,1)}": "unexpected at ',' (position 25); a
  comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
  \quad C = D)" (smx-g; smx-dz at position 64).

Read, among the constructs these pages brought: layers in brackets with Octave's ' and juxtaposition (W[l]' dZ[l],
1/m dZ[l] A[l-1]'), np.sum(..., axis=1, keepdims=True), g[l]'(Z[l]); zahirmahammad's \sigma (z) with spaces, := and
{i} superscripts; "=>" between two claims; Python's np.matmul, names with underscores, a comment's Unicode δ, y^,
f′ and ∑wixi glued; tab-indented numpy without spaces, .T.dot, -=; MATLAB's semicolons; adrianoff's long chain of
sigmoid(u * w2) factors; the abs script's masked network; the softmax notes' tab before $, \mathscr{L} and
\mathscr{J} as the loss, t = e^{(z)} named by an expression, \sum_it_i glued, two claims after ",\ ".

Which look general (would appear in much homework): a shape or membership statement after the claim (",\ x \in
\mathbb{R}^{...}", "are (C, 1)"), log glued to its argument's letter (ylog\hat y, Ng's notes write it so), an
accumulator's += in a loop over the examples, a rule over layers whose function the notation names layer by layer,
abs(...) in code. Page-specific or rare: ": =" with a space, np.square's out argument (refused rightly), MATLAB's
w(1), a derivative function's code name (sigmoid_grad), which the spec gives no way to name.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch40_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_NG = _STORED.format(10868773007, "# Forward and backward propagation",
                     "a Markdown lesson of Ng's course in plain text, layers in brackets")
_ZAHIR = "https://github.com/zahirmahammad/machine_learning (logistic_reg/readme.md, commit 0273f7f)"
_VECLR = _STORED.format(11099023757, "# Vectorizing logistic regression",
                        "a Markdown lesson of Ng's course in plain text")
_UDA = _STORED.format(25379544080, "# Defining the sigmoid function for activations",
                      "a Python script of Udacity's gradient-descent step")
_YING = "https://github.com/YingChen1996/leetcode_daydayup (python_numpy/MLP_train_infer.py, commit 68979e7)"
_XJTU = "https://github.com/xjtuwgt/PytorchBERT (HarvardPytorch/warmup.py)"
_GRAD3 = "https://github.com/yangqoor/Public (Math/m_Analysis/Gradient/grad3.m)"
_FFBP = "https://github.com/dchoi1357/JHU_Misc (FFBP/FFBPsigmoid.m)"
_CHAIN = "https://github.com/adrianoff/python_learning (ds/backpropogation0.py, commit 5a0f584)"
_ABS = _STORED.format(43623133861, "x1, x2, x3, x4 = 0.9, -1.1, -0.3, 0.8", "a Python script of a 4-2-1 network")
_SMX = _STORED.format(42005987986, "### Softmax regression",
                      "Markdown notes on Ng's softmax regression, $...$ with \\mathscr")
_KR = _STORED.format(38976467846, "t = 1 # 정답", "a Python script of one sigmoid neuron, Korean comments")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

# the Ng lesson's network (2 -> 3 sigmoid -> 1 sigmoid, the logistic loss): dL/dz2, dL/dz1[j]
_ND2 = "(a2[0] - y[0])"
_ND1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_NG_Z = (tuple({"p": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3))
         + ({"p": "z2[0]", "m": "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]"},))
_NG_A = tuple({"p": f"a1[{j}]", "m": f"sigmoid(z1[{j}])"} for j in range(3)) + ({"p": "a2[0]", "m": "sigmoid(z2[0])"},)
_NG_DZ = (({"p": "z2[0]", "m": "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"},)
          + tuple({"p": f"z1[{j}]", "m": f"W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"}
                  for j in range(3)))
_NG_W = (tuple({"p": f"W2[0,{k}]", "m": f"1/1*{_ND2}*a1[{k}]"} for k in range(3))
         + tuple({"p": f"W1[{j},{k}]", "m": f"1/1*{_ND1.format(j=j)}*x[{k}]"} for j in range(3) for k in range(2)))
_NG_B = ({"p": "b2[0]", "m": f"1/1*{_ND2}"},) + tuple({"p": f"b1[{j}]", "m": f"1/1*{_ND1.format(j=j)}"}
                                                      for j in range(3))

# Johnson's warm-up (3 -> 2 relu -> 2 linear, no biases, the sum of squares): dL/da2[k], dL/dz1[j]
_JD2 = "2*(a2[{k}] - y[{k}])"
_JDA1 = "(2*(a2[0] - y[0])*W2[0,{j}] + 2*(a2[1] - y[1])*W2[1,{j}])"
_JDZ1 = f"{_JDA1}*Heaviside(z1[{{j}}])"
_JJ_W2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_JJ_W1 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))

# adrianoff's chain (x -> sigma(w1 x) -> sigma(w2 u) -> w3 z, (yhat - y)^2)
_CD3 = "2*(a3[0] - y[0])"
_CDW2 = f"{_CD3}*W3[0,0]*sigmoid(a1[0]*W2[0,0])*(1 - sigmoid(a1[0]*W2[0,0]))*a1[0]"
_CDW1 = (f"{_CD3}*W3[0,0]*sigmoid(a1[0]*W2[0,0])*(1 - sigmoid(a1[0]*W2[0,0]))*W2[0,0]"
         "*sigmoid(x[0]*W1[0,0])*(1 - sigmoid(x[0]*W1[0,0]))*x[0]")

# the abs script (4 -> 2 sigmoid, masked -> 1 sigmoid, (y - y_hat)^2)
_AD2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the Korean script's neuron (sum of squares): dL/dz
_KD = "a1[0]*(1 - a1[0])*2*(a1[0] - y[0])"

# the softmax notes' network (2 -> 2 relu -> 3 softmax, the cross-entropy): the softmax's sum, the loss
_SUM_T = "(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"
_CE = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"  # t the one-hot target, as the oracle names it

# the Udacity step's error term, -dE/dh of 1/2 (y - y_hat)^2
_UD = "-(a1[0] - y[0])*a1[0]*(1 - a1[0])"

ENTRIES: list[Public] = [
    # ---- the stored Ng lesson: plain text in a code block, layers in brackets, juxtaposition for the product,
    # Octave's ' for the transpose, g[l]'(Z[l]), np.sum(..., axis=1, keepdims=True) --------------------------------
    Public("ngfb-z", _NG, "b40_ng", "b40_ng", "Z[l] = W[l] A[l-1] + B[l]", ((C,),),
           (Twin("value", "{p}", ("{m}",), _NG_Z),), batch=40, why="a rule over the layers l = 1, 2 (A[0] = X)"),
    Public("ngfb-a", _NG, "b40_ng", "b40_ng", "A[l] = G[l](Z[l])", ((C,),),
           (Twin("value", "{p}", ("{m}",), _NG_A),), batch=40, why="G[l] each layer's sigmoid"),
    Public("ngfb-dz", _NG, "b40_ng", "b40_ng", "dz[l] = dA[l] g[l]'(Z[l])", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _NG_DZ),), batch=40,
           why="dA[2] = dL/da2 = (a - y)/(a(1 - a)) of the logistic loss, dA[1][j] = W2[0,j] (a2 - y)"),
    Public("ngfb-dw", _NG, "b40_ng", "b40_ng", "dW[l] = 1/m dZ[l] A[l-1]'", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _NG_W),), batch=40, why="m = 1; a rule over the layers"),
    Public("ngfb-db", _NG, "b40_ng", "b40_ng", "db[l] = 1/m np.sum(dZ[l], axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _NG_B),), batch=40,
           why="the sum over the examples (axis=1: the columns), one here"),
    Public("ngfb-da", _NG, "b40_ng", "b40_ng", "da[l-1] = W[l]' dZ[l]", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J3),), batch=40,
           why="dL/da1[j], at l = 2 (at l = 1 da[0] would be dL/dX, which no pattern names)"),
    Public("ngfb-dz-hidden", _NG, "b40_ng", "b40_ng", "dz[l] = W[l+1]' dZ[l+1] g[l](Z[l])", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])",), _J3),), batch=40,
           why="at l = 1; g[l] where g[l]' belongs"),
    # ---- zahirmahammad's README: Markdown bullets around $...$, \hat y without braces, ylog\hat y glued, := and
    # ": =", a superscript i for the example --------------------------------------------------------------------
    Public("zh-sigma", _ZAHIR, "b40_lr", "b40_zahir", r"- Sigmoid Function $ \sigma (z) = \frac{1}{1+e^{-z}}$",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=40),
    Public("zh-L", _ZAHIR, "b40_lr", "b40_zahir", r"- $L(\hat y, y) = -[ylog\hat y + (1-y)log(1-\hat y)]$",
           ((C,),), (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=40),
    Public("zh-J", _ZAHIR, "b40_lr", "b40_zahir",
           r"    - $J(w, b) = \frac{1}{m} \sum_{i=1}^{m} L(\hat y^i, y^{i})$", ((C,),),
           (Twin("value", _BCE, (f"1/1*{_BCE}",)),), batch=40, why="m = 1"),
    Public("zh-w", _ZAHIR, "b40_lr", "b40_zahir", r"- $w:= w- \alpha \frac{\partial J(w)}{\partial w} $ ",
           ((C,),), (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=40),
    Public("zh-b", _ZAHIR, "b40_lr", "b40_zahir", r"- $b: = b- \alpha \frac{\partial b}{\partial w}$", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*0",)),), batch=40,
           why="db/dw, zero, where dJ/db belongs: the update leaves b where it is"),
    # ---- the stored "Vectorizing logistic regression" lesson: an indented loop's +=, w' for the transpose, "=>"
    # between a formula and its numpy --------------------------------------------------------------------------
    Public("vl-dw", _VECLR, "b40_lr", "b40_veclr", "  dw += x * dz[i]", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])",), _K2),), batch=40,
           why="dw from zeros, one example (the loop's dw /= m with m = 1)"),
    Public("vl-z", _VECLR, "b40_lr", "b40_veclr", "z = w'X + b => z = np.dot(w.T, X) + b", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",))), batch=40,
           why="two claims joined by =>, one example (X one column)"),
    # ---- the stored Udacity step: Python with comments, np.matmul, names with underscores, a comment's δ with
    # Unicode primes, y^ for y-hat and ∑wixi glued -----------------------------------------------------------------
    Public("ud-h-comment", _UDA, "b40_uda", "b40_uda", "# h = x[0] * w[0] + x[1] * w[1]", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=40),
    Public("ud-yhat", _UDA, "b40_uda", "b40_uda", "y_hat = sigmoid(h)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=40),
    Public("ud-output-grad", _UDA, "b40_uda", "b40_uda", "output_grad = sigmoid(h)", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])",)),), batch=40,
           why="its comment says f'(h); the sigmoid itself, where sigmoid_prime belongs"),
    Public("ud-delta-comment", _UDA, "b40_uda", "b40_uda", "# δ = (y−y^)f′(h) = (y−y^)f′(∑wixi)", ((C, C),),
           (Twin("value", _UD, ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                                "(y[0] - a1[0])*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])"
                                "*(1 - sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1]))")),), batch=40,
           why="δ the lowercase delta, -dE/dh; y^ the page's y-hat; the sum over i = 0, 1"),
    Public("ud-error-term", _UDA, "b40_uda", "b40_uda", "error_term = error * output_grad", ((C,),),
           (Twin("value", _UD, ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=40,
           why="right through the names (output_grad named f'(h), as its comment says)"),
    Public("ud-delta-w", _UDA, "b40_uda", "b40_uda", "delta_w = learnrate * error_term * x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{k}]",
                 ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{k}]",), _K2),), batch=40, why="the step, a vector"),
    # ---- YingChen1996's copy of Johnson's warm-up: tab-indented numpy without spaces, rows, .T.dot, -= -----------
    Public("yc-ypred", _YING, "b40_jj", "b40_jj", "\ty_pred=h_relu.dot(w2)", ((C,),),
           (Twin("value", "a2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1]",), _K2),), batch=40),
    Public("yc-loss", _YING, "b40_jj", "b40_jj", "\tloss=np.square(y_pred,y).sum()", ((W,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("a2[0]**2 + a2[1]**2",)),), batch=40,
           why="np.square's second argument is its out array: the square of y_pred alone, the target left out"),
    Public("yc-grad-ypred", _YING, "b40_jj", "b40_jj", "\tgrad_y_pred=2*(y_pred-y)", ((C,),),
           (Twin("value", _JD2, ("2*(a2[{k}] - y[{k}])",), _K2),), batch=40, why="dL/dy_pred, a value"),
    Public("yc-grad-w2", _YING, "b40_jj", "b40_jj", "\tgrad_w2=h_relu.T.dot(grad_y_pred)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*2*(a2[{k}] - y[{k}])",), _JJ_W2),), batch=40,
           why="grad_w2 is H x D_out, W2's transpose"),
    Public("yc-grad-w1", _YING, "b40_jj", "b40_jj", "\tgrad_w1=x.T.dot(grad_h)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JDZ1}",), _JJ_W1),), batch=40,
           why="grad_h the gradient by h (the file zeroes grad_h_relu where h < 0)"),
    Public("yc-w1", _YING, "b40_jj", "b40_jj", "\tw1-=learning_rate*grad_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JJ_W1),), batch=40),
    # ---- xjtuwgt's copy: spaced, np.square(y_pred - y), grad_h_trlu (a typo), w1 = w1 - ... -----------------------
    Public("xj-grad-h", _XJTU, "b40_jj", "b40_jj_trlu", "    grad_h_trlu = grad_y_pred.dot(w2.T)", ((C,),),
           (Twin("value", _JDA1, ("2*(a2[0] - y[0])*W2[0,{j}] + 2*(a2[1] - y[1])*W2[1,{j}]",), _J2),), batch=40,
           why="dL/dh_relu, a value (the row grad_y_pred times W2)"),
    Public("xj-w1", _XJTU, "b40_jj", "b40_jj_trlu", "    w1 = w1 - learning_rate*grad_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JJ_W1),), batch=40),
    # ---- yangqoor's grad3.m: MATLAB's w(1), x(1), semicolons, 1.0/(1+exp(-dot)) -------------------------------
    Public("g3-dot", _GRAD3, "b40_grad3", "b40_grad3", "dot = w(1)*x(1) + w(2)*x(2) + w(3);", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=40),
    Public("g3-f", _GRAD3, "b40_grad3", "b40_grad3", "f = 1.0/(1+exp(-dot));", ((C,),),
           (Twin("value", "a1[0]", ("1.0/(1 + exp(-z1[0]))",)),), batch=40),
    Public("g3-ddot", _GRAD3, "b40_grad3", "b40_grad3", "ddot = (1-f)*f;", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("(1 - a1[0])*a1[0]",)),), batch=40, why="df/d(dot), a value"),
    # ---- dchoi1357's FFBPsigmoid.m: MATLAB's output delta ----------------------------------------------------
    Public("ff-delta-k", _FFBP, "b40_ffbp", "b40_ffbp", "delta_k = (d-y) * (1-y) * y;", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(y[0] - a2[0])*(1 - a2[0])*a2[0]",)),), batch=40,
           why="-dE/dz of the output, E = 1/2 (d - y)^2"),
    # ---- adrianoff's chain: Python, long names dL_w2, new_w3, lmb, sigmoid(u * w2) written out ---------------------
    Public("ad-dl-yhat", _CHAIN, "b40_chain", "b40_chain", "dL_yhat = 2 * (yhat - y)", ((C,),),
           (Twin("value", _CD3, ("2*(a3[0] - y[0])",)),), batch=40, why="dL/dyhat, a value"),
    Public("ad-dl-w3", _CHAIN, "b40_chain", "b40_chain", "dL_w3 = 2 * (yhat - y) * z", ((C,),),
           (Twin("gradient", "W3[0,0]", ("2*(a3[0] - y[0])*a2[0]",)),), batch=40),
    Public("ad-dl-w2", _CHAIN, "b40_chain", "b40_chain",
           "dL_w2 = dL_yhat * w3 * sigmoid(u * w2)*(1 - sigmoid(u * w2)) * u", ((C,),),
           (Twin("gradient", "W2[0,0]", (_CDW2,)),), batch=40),
    Public("ad-new-w2", _CHAIN, "b40_chain", "b40_chain", "new_w2 = w2 - lmb*dL_w2", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=40),
    Public("ad-dl-w1", _CHAIN, "b40_chain", "b40_chain",
           "dL_w1 = dL_yhat * w3 * sigmoid(u * w2)*(1 - sigmoid(u * w2)) * w2 * sigmoid(x * w1)*(1 - sigmoid(x * w1))"
           " * x", ((C,),),
           (Twin("gradient", "W1[0,0]", (_CDW1,)),), batch=40),
    # ---- the stored abs script: Python names z1, h1, w5, y_hat, ** for the power, abs(...) ------------------------
    Public("ab-z1", _ABS, "b40_abs", "b40_abs", "z1 = w1*x1+w2*x2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=40),
    Public("ab-L", _ABS, "b40_abs", "b40_abs", "L = (y-y_hat)**2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(y[0] - a2[0])**2",)),), batch=40),
    Public("ab-dyhat", _ABS, "b40_abs", "b40_abs", "dy_hat = 2 * abs(y-y_hat)", ((W,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*np.abs(y[0] - a2[0])",)),), batch=40,
           why="2 |y - y_hat| is dL/dy_hat only where y_hat > y (as at the file's numbers)"),
    Public("ab-dh3", _ABS, "b40_abs", "b40_abs", "dh3 = dy_hat * sigmoid(h3) * (1-sigmoid(h3))", ((C,),),
           (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=40,
           why="dy_hat by the notation's name, dL/dy_hat"),
    Public("ab-dh2", _ABS, "b40_abs", "b40_abs", "dh2 = dh3 * w6", ((C,),),
           (Twin("value", f"{_AD2}*W2[0,1]", (f"{_AD2}*W2[0,1]",)),), batch=40, why="dL/dh2, a value"),
    Public("ab-dz2", _ABS, "b40_abs", "b40_abs", "dz2 = dh2 * sigmoid(z2)*(1-sigmoid(z2))", ((C,),),
           (Twin("gradient_z", "z1[1]", (f"{_AD2}*W2[0,1]*sigmoid(z1[1])*(1 - sigmoid(z1[1]))",)),), batch=40),
    Public("ab-dw3", _ABS, "b40_abs", "b40_abs", "dw3 = dz2 * x3", ((C,),),
           (Twin("gradient", "W1[1,2]", (f"{_AD2}*W2[0,1]*a1[1]*(1 - a1[1])*x[2]",)),), batch=40),
    # ---- the stored Korean script: Python with a trailing comment, sigmoid_grad unnamed, lr ------------------------
    Public("kr-y", _KR, "b40_kr", "b40_kr", "y = x * w + b # forward", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=40),
    Public("kr-dw", _KR, "b40_kr", "b40_kr", "dw = x * sigmoid_grad(y) * (2*(z - t)) # dL/dy * dy/dw", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_KD}",)),), batch=40,
           why="sigmoid_grad(y) = sigmoid(y)(1 - sigmoid(y)), the file's function"),
    Public("kr-db", _KR, "b40_kr", "b40_kr", "db = 1 * sigmoid_grad(y) * (2*(z - t))", ((C,),),
           (Twin("gradient", "b1[0]", (f"1*{_KD}",)),), batch=40),
    Public("kr-w", _KR, "b40_kr", "b40_kr", "w = w - lr * dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=40),
    # ---- the stored softmax notes (Ng's course): $...$ with \ for spaces, a tab before $, t = e^z, \sum_it_i glued,
    # two claims after ",\ ", script L and J (\mathscr), y_jlog glued, a shape after the claim ------------------------
    Public("smx-z", _SMX, "b40_smx", "b40_smx", r"$z^{[L]}=W^{[L]}a^{[L-1]}+b^{[L]}$", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]",), _K3),), batch=40),
    Public("smx-t", _SMX, "b40_smx", "b40_smx", "\t$t=e^{(z^{[L]})}$", ((C,),),
           (Twin("value", "exp(z2[{k}])", ("exp(z2[{k}])",), _K3),), batch=40, why="t's definition, entry by entry"),
    Public("smx-a", _SMX, "b40_smx", "b40_smx",
           "\t$a^{[L]}=\\frac{e^{z^{[L]}}}{\\sum_it_i},\\ a^{[L]}_i=\\frac{t_i}{\\sum_it_i}$", ((C,), (C,)),
           (Twin("value", "a2[{k}]", (f"exp(z2[{{k}}])/{_SUM_T}",), _K3),
            Twin("value", "a2[{k}]", (f"exp(z2[{{k}}])/{_SUM_T}",), _K3)), batch=40,
           why="two claims after \",\\ \"; the vector's and its entry i's"),
    Public("smx-g", _SMX, "b40_smx", "b40_smx", r"$a^{[L]}=g^{[L]}(z^{[L]}),\ a^{[L]}\ and\ z^{[L]}\ are\ (C, 1)$",
           ((C,),), (Twin("value", "a2[{k}]", (f"exp(z2[{{k}}])/{_SUM_T}",), _K3),), batch=40,
           why="g^{[L]} the softmax; the shapes after the claim"),
    Public("smx-L", _SMX, "b40_smx", "b40_smx", r"  $\mathscr{L}(\hat y,y)=-\sum_{j=1}^{C}y_jlog(\hat y_j)$", ((C,),),
           (Twin("value", _CE, (_CE,)),), batch=40, why="C = 3 classes"),
    Public("smx-J", _SMX, "b40_smx", "b40_smx",
           r"* $\mathscr{J} (W^{[1]},b^{[1]},\cdots)=\frac{1}{m}\sum_i \mathscr{L}(\hat y^{(i)},y^{(i)})$", ((C,),),
           (Twin("value", _CE, (f"1/1*{_CE}",)),), batch=40, why="m = 1"),
    Public("smx-dz", _SMX, "b40_smx", "b40_smx",
           r"  * $\frac{\partial \mathscr{J}}{\partial z^{[L]}}=dz^{[L]}=\hat y-y,\ dz^{[L]}\in \mathbb{R}^{(C,1)}$",
           ((C, C),), (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]", "a2[{k}] - t[{k}]"), _K3),), batch=40,
           why="dz^{[L]} the course's name of the gradient; its shape after the claim"),
]
