r"""Batch 46 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: a perceptron note in Obsidian's Markdown
with a worked example in plain text, AidySun's README of Ng's course in Python code blocks, jiaeyan's notes on
logistic regression, a NumPy script backpropagating a 2-2-1 sigmoid network by hand, a four-line note on the
derivative of the error in code spans, a "No Code Machine Learning" note in GitLab's ```math blocks, D0Don's
readme of a line's gradient with its chain continued over lines that start with "=$", zikribayraktar's copy of
Udacity's backpropagation exercise, notes on a 2-layer MLP in Unicode (subscript digits, ᵀ, ⊙, ŷ) with a numerical
example, a "Solution to Question 7" with Unicode inside ```math blocks), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch46_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (agreeing with every verdict written down;
two twins' members of numbers rewritten in the oracle's format first) and committed before check was. Six files
are stored in the code corpus without their repository's name; they are cited by their ids. A delta written as
-dE/dz (the NumPy script's delta, Udacity's del_err_output) is twinned as a value, as in batches 14 to 44; a
local derivative (g'(z), d_y_d_z, dh_i/dz_1_i) is a value too. Formulas keep their page's delimiters and what
surrounds them on their line (a code block's indentation, a "# " comment, a trailing comment, $$...$$ with its
Markdown line break); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 46

The batch: 55 formulas. 4 are mistaken somewhere (the oracle finds at least one member wrong):

- D0Don's $\hat w = w - 2\eta x (y - \hat y)$ and $\hat b = b - 2\eta(y - \hat y)$: the step's sign turned (dL/dw
  is -2x(y - y-hat), as the page's own chain ends, so w - eta dL/dw is w + 2 eta x (y - y-hat));
- D0Don's chain for dL/db: its second line differentiates (y - wx + b)^2 (b's sign turned) by w, -2x(y - wx + b),
  and its third differentiates by w too, x times dL/db (x = 2 here);
- the NumPy script's d_error_d_y = t - y: named dE/dy, it holds -dE/dy (the script's "gradients" are the negative
  gradients it adds; its gradient_z = gradient_y * d_y_d_z is right whatever gradient_y holds).

Open to question, though the spec seems to allow them: the NumPy script's delta1, named "\\delta_{1}" because the
loader refused the pattern "delta1" ("is not one symbol; write a base with an optional subscript and superscript")
while docs/notation.md says a name of letters and digits alone ("t1", "δ2") is the letters with the digits as
subscript; Udacity's weights_input_hidden (3 x 2, input-first) named whole as "W1[:, :]" (2 x 3), np.dot(x, W)
being a product that fits only with x as a row and the matrix transposed (a pattern by entries,
"weights_input_hidden[i, j]" = "W1[j, i]", would name its entries but not the bare name np.dot takes); the
perceptron note's x between numbers, the times sign, left unnamed in its example's notation while its "Test"'s
notation names w and x (its w*x and wx are the unit's sum). ``new(...)``, ``grad(...)``, names with code's
brackets ("dW[l]", "g[1]") and the learning_rate, loss and functions keys are the spec's and the project's.

Nothing was fixed from this batch.

Collected on 2026-12-04 (22:34 to 22:43 by the machine's clock, the oracle's runs included) and run blind at main
e69033b (/work/READY_FOR_BLIND10), rebased onto it with nothing under src/ changed. The first run
(/work/batch46_blind.txt): 37 of 55 read with every verdict right (67%), 17 refused, 1 misread (a right formula
called wrong), no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was the collector's notation outside the
spec's grammar (every notation was loaded with its network before the run), so there was no second run.

Of the 4 mistaken formulas, 3 read with every verdict right (D0Don's two updates with the step's sign turned and
the script's d_error_d_y, each called wrong) and 1 was refused (D0Don's chain for dL/db, at its Markdown line
break, below). By page: the perceptron note 0 of 5, AidySun 7 of 9, jiaeyan 1 of 2 (1 misread), the NumPy script 5
of 8, the code-span note 2 of 2, No Code Machine Learning 2 of 2, D0Don 5 of 8, Udacity 4 of 5, the MLP notes 8 of
10, Question 7 3 of 4.

The misreading (1): jiaeyan's batch rule $$\theta_j := \theta_j - \alpha\sum_{i=0}^n(h_\theta(x^{(i)})-y^{(i)})
x_j^{(i)}$$, the sum over the examples i = 0..n (one example; the spec: a sum whose bounds are not numbers runs over
what its index indexes) judged wrong, "it is the true derivative times the constant 6: a constant factor is wrong"
(jiae-bgd; the same rule without the sum, jiae-sgd, reads correct).

The refusals by construct (17), with the exact message:

- 4, plain text's x as the times sign between numbers, read as the input vector: "'0 + 1 x (1-0) x 1' is a vector
  or matrix where the left side is a number" (perc-example); "'2 + 2 + 0.3' is a number where the left side is a
  vector or matrix (3 x 1); write a value for each entry, [..., ..., ...], or the claim of one entry (its left side
  with its indices)" (perc-row1; perc-row2 and perc-row4 the same at their sums: their w*x and wx, the dot product,
  read as a vector too);
- 1, a braced letter before its subscript, {x}_i (with g_\mathbf{w}(\mathbf{x}) the model): "formula 'w_i
  \\leftarrow w_i + \\alpha (y-g_{w }(x )) \\times g_{w }(...': unexpected at '_' (position 96)"
  (perc-sigmoid-rule);
- 2, e for Euler's number in pseudo-code, e.power(-z) and e[z]: "formula 'g(z) = a = 1 / (1 + e.power(-z))':
  unknown symbol e; the notation knows a, da, dz, m, y, z; give it a meaning in the notation's [notation.symbols],
  e.g. "e" = "a1[0]"" (aidy-sigmoid); "formula 'e[z]': unknown name 'e'; this network has x[i] (i < 2), W1[j,i] (j <
  1, i < 2), b1[j], z1[j], a1[j], delta1[j] (j < 1), y[j] (j < 1), eta" (aidy-tanh);
- 2, sigmoid_derivative(u) where the script defines it a few lines above as sigmoid(x) * ( 1 - sigmoid(x) ):
  "formula 'delta = ( t - y ) * sigmoid_derivative( z )': sigmoid_derivative(u) reads as sigmoid's derivative at
  its input (u = z) or at its output (u = a), and the two readings do not agree; write sigmoid'(z) for the
  derivative at the input z, or a(1 - a) for it at the output a" (np-delta; np-d-y-d-z the same);
- 1, the code name delta1 (the notation's \delta_{1}, a vector) read as a number: "'delta * W2 *
  sigmoid_derivative( s )' is a vector or matrix where the left side is a number" (np-delta1);
- 3, Markdown's hard line break, a backslash at the end of the line after $...$ (D0Don's every line): "formula
  '\\hat w = w - \\eta \\frac{\\partial L}{ \\partial w} \\': cannot read '\\' at position 51; write the formula
  in LaTeX or plain text (+ - * / ^, \\frac, \\sum)" (d0-w-rule; d0-dL-dw at position 78, d0-dL-db at 77, their
  chains continued on lines that start with "=$");
- 1, np.dot of a vector and the input-first matrix named whole (see above): "formula 'h2in = np.dot(x,
  weights_input_hidden)': matrix_product(x, weights_input_hidden) multiplies a 3 x 1 by a 2 x 3, whose sizes do
  not fit; write the factors so that the first has as many columns as the second has rows" (uda-h2in);
- 2, NumPy's @ between lists of numbers: "formula 'z_1 = W_1x + b_1 = [[0.1, 0.2], [0.3, 0.4]] @ [1, 2]^T =
  ...': matrix is a vector or matrix (2 x 1) where a number belongs" (mlp-z1); "'[[-0.045], [-0.054]] @ [1, 2]' is
  a number where the left side is a vector or matrix (2 x 2); write a value for each entry, [..., ..., ..., ...],
  or the claim of one entry (its left side with its indices)" (mlp-dW1, the page's outer product, which NumPy's @
  would not compute);
- 1, a Unicode subscript digit followed by _i, z₁_i: "formula '\\frac{\\partial h_i}{\\partial z_{1}_i} = h_i(1 -
  h_i)': expected '}' to close the denominator at '_' (position 35)" (q7-dh-dz).

Read, among the constructs these pages brought: Unicode subscript digits, ᵀ, ⊙, ², ∂L/∂W₂ in plain text and inside
```math blocks (the MLP notes 8 of 10, Question 7 3 of 4); NumPy's @ in [0.5, 0.6] @ [0.5, 1.1]ᵀ and [[0.5], [0.6]]
@ [-0.09]; code spans and w_1(x) as w_1 times x; ```math blocks with a chain's members in braces; Ng's layers in
brackets with np.dot, .T, np.sum(..., axis = 1, keepdims = True), "# " comment lines holding chains, g'(z); $\hat
y$ and \hat w as the new w; sigmoid_prime of Udacity's script.

Which look general (would appear in much homework): Markdown's backslash line break after $...$ (any Markdown
written for GitHub), {x}_i, x for the times sign in typed worked examples, a helper the same file defines
(sigmoid_derivative) read by its definition, a sum over the examples whose bound is a letter. Page-specific:
e.power and e[z], z₁_i, an outer product written with @.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch46_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_PERC = _STORED.format(16966111297, "[[Perceptron]]",
                       "an Obsidian note on the perceptron's training, with a worked example")
_AIDY = "https://github.com/AidySun/deep_learning (README.md, commit 08fba14)"
_JIAEYAN = ("https://github.com/jiaeyan/Machine-Learning-Plate"
            " (logistic_regression/logistic_regression.md, commit 2310598)")
_NP = _STORED.format(6785750577, "import math", "a NumPy script backpropagating a 2-2-1 sigmoid network by hand")
_LINE = _STORED.format(27731453747, "# Development of the derivative of the error function",
                       "a Markdown note with code spans")
_NOCODE = _STORED.format(24343440940, "# No Code Machine Learning", "a Markdown note with ```math blocks")
_D0DON = "https://github.com/D0Don/rkfaorl (readme.md, commit 20e95be)"
_UDACITY = "https://github.com/zikribayraktar/Udacity_DLFN (python_scripts/backprop.py, commit 9bda678)"
_MLP = _STORED.format(33268810308, "# Multi-Layer Perceptron and Backpropagation",
                      "Markdown notes in Unicode with a numerical example")
_Q7 = _STORED.format(54130591908, "# Solution to Question 7: Gradient Derivation in Multi-Layer Perceptrons",
                     "Markdown with Unicode inside ```math blocks")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

# AidySun's deep network (2 -> 3 relu -> 1 sigmoid, the cross-entropy): dL/dz2 and dL/dz1[j]
_AD2 = "(a2[0] - y[0])"
_AD1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
_AIDY_W = (tuple({"p": f"W2[0,{k}]", "m": f"{_AD2}*a1[{k}]/1"} for k in range(3))
           + tuple({"p": f"W1[{j},{k}]", "m": f"{_AD1.format(j=j)}*x[{k}]/1"} for j in range(3) for k in range(2)))
_AIDY_B = ({"p": "b2[0]", "m": f"{_AD2}/1"},) + tuple({"p": f"b1[{j}]", "m": f"{_AD1.format(j=j)}/1"} for j in range(3))
# the sigmoid unit's cross-entropy and its derivative by a
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DA = "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))"
# the NumPy script's dE/dz2 (sigmoid output, 1/2 (t - y)^2) and its hidden dE/dz1[j]
_ND2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ND1 = f"{_ND2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the MLP notes' dL/dz1[j] (ReLU hidden units, identity output)
_MD1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
# the Question 7 network's dL/dz2
_QD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

ENTRIES: list[Public] = [
    # ---- the stored perceptron note: $$ around a rule broken over two lines, g_\mathbf{w}(\mathbf{x}) the model,
    # {x}_i braced; its worked example in plain text with x for the times sign -----------------------------------
    Public("perc-sigmoid-rule", _PERC, "b46_perc_sigmoid", "b46_perc",
           "$$w_i \\leftarrow w_i + \n\\alpha (y-g_\\mathbf{w}(\\mathbf{x})) \\times g_\\mathbf{w}(\\mathbf{x}) \\times"
           " (1- g_\\mathbf{w}(\\mathbf{x})) \\times {x}_i$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),),
           batch=46, why="\"Gradient descent rule for sigmoid perceptron\": the descent on 1/2 (y - g)^2"),
    Public("perc-example", _PERC, "b46_perc_example", "b46_perc_new",
           "w_0 = 0 + 1 x (1-0) x 1 = 1\nw_1 = 0 + 1 x (1-0) x 1 = 1\nw_2 = 0 + 1 x (1-0) x 2 = 2",
           ((C, C), (C, C), (C, C)),
           (Twin("update", "b1[0]", ("=0 + 1*(1-0)*1", "=1")),
            Twin("update", "W1[0,0]", ("=0 + 1*(1-0)*1", "=1")),
            Twin("update", "W1[0,1]", ("=0 + 1*(1-0)*2", "=2"))), batch=46,
           why="after \"add bias to front of input x = [1,1,2]\": the new weights, w_0 the bias; x the times sign"),
    Public("perc-row1", _PERC, "b46_perc_row1", "b46_perc_test",
           "w*x = 2 x 1.0 + 4 x 0.5 + 3 x 0.1 = 2 + 2 + 0.3 = 4.3",
           ((C, C, C),), (Twin("value", "z1[0]", ("=2*1.0 + 4*0.5 + 3*0.1", "=2 + 2 + 0.3", "=4.3")),), batch=46),
    Public("perc-row2", _PERC, "b46_perc_row2", "b46_perc_test", "wx = 5 x 1.0 + 9 x 0.5 + 7 x 0.1 = 5 + 4.5 + 0.7",
           ((C, C),), (Twin("value", "z1[0]", ("=5*1.0 + 9*0.5 + 7*0.1", "=5 + 4.5 + 0.7")),), batch=46,
           why="the line ends there; the next says g(x) = 1"),
    Public("perc-row4", _PERC, "b46_perc_row4", "b46_perc_test",
           "wx = 5 x -1.5 + 4 x -4 + 3 x -3.4 = -7.5 + -16 + -10.2 = -33.7", ((C, C, C),),
           (Twin("value", "z1[0]", ("=5*(-1.5) + 4*(-4) + 3*(-3.4)", "=-7.5 + (-16) + (-10.2)", "=-33.7")),),
           batch=46, why="the weights after the second row's update, (-1.5, -4, -3.4)"),
    # ---- AidySun's README: Python code blocks of Ng's course, e.power and e[z] for the exponential, a.power(2), "# "
    # comment lines holding chains, layers in brackets with .T, np.dot, np.multiply, np.sum(..., keepdims = True) --
    Public("aidy-sigmoid", _AIDY, "b46_aidy_sigmoid", "b46_aidy_sigmoid", "    g(z) = a = 1 / (1 + e.power(-z))",
           ((C, C),), (Twin("value", "sigmoid(z1[0])", ("a1[0]", "1/(1 + exp(-z1[0]))")),), batch=46),
    Public("aidy-sigmoid-prime", _AIDY, "b46_aidy_sigmoid", "b46_aidy_sigmoid", "    g'(z) = a * (1 - a)", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("a1[0]*(1 - a1[0])",)),), batch=46),
    Public("aidy-da", _AIDY, "b46_aidy_sigmoid", "b46_aidy_sigmoid", "    # da = -(y/a) + (1-y)/(1-a)", ((C,),),
           (Twin("value", _DA, ("-(y[0]/a1[0]) + (1 - y[0])/(1 - a1[0])",)),), batch=46,
           why="da = dJ/da, the cross-entropy's (the README's Cost section), a value"),
    Public("aidy-dz", _AIDY, "b46_aidy_sigmoid", "b46_aidy_sigmoid",
           "    # dz = da * g'(z) = a * (1-a) * (-y/a + (1-y)/(1-a)) = a - y", ((C, C, C),),
           (Twin("gradient_z", "z1[0]", (f"{_DA}*sigmoid(z1[0])*(1 - sigmoid(z1[0]))", f"a1[0]*(1 - a1[0])*{_DA}",
                                         "a1[0] - y[0]")),), batch=46),
    Public("aidy-tanh", _AIDY, "b46_aidy_tanh", "b46_aidy_tanh", "    g(z) = a = (e[z] - e[-z]) / (e[z] + e[-z])",
           ((C, C),), (Twin("value", "tanh(z1[0])",
                            ("a1[0]", "(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))")),), batch=46,
           why="e[z] the page's e^z"),
    Public("aidy-dW", _AIDY, "b46_aidy_deep", "b46_aidy_deep", "  dW[l] = np.dot(dZ[l], A[l-1].T) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _AIDY_W),), batch=46, why="a rule over the layers l = 1, 2; m = 1"),
    Public("aidy-db", _AIDY, "b46_aidy_deep", "b46_aidy_deep",
           "  db[l] = np.sum(dZ[l], axis = 1, keepdims = True) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _AIDY_B),), batch=46, why="the sum over the examples, one here"),
    Public("aidy-dZ-comment", _AIDY, "b46_aidy_deep", "b46_aidy_deep",
           "  # dZ[l] = dA[l] * g[l]'(Z[l]) = np.multiply(np.dot(W[l+1].T, dZ[l+1]), g[l]'(Z[l]))", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", (_AD1, _AD1), _J3),), batch=46,
           why="at l = 1 (W[l+1] is no weight at l = 2); g[1] the ReLU"),
    Public("aidy-J", _AIDY, "b46_aidy_sigmoid", "b46_aidy_sigmoid",
           "  J(W, b) = - (y * log(a) + (1-y) * log(1-a)) / m", ((C,),),
           (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))/1",)),), batch=46, why="m = 1"),
    # ---- jiaeyan's notes: $$...$$ with a Markdown line break after it, h_\theta(x^{(i)}), x_j^{(i)}, := --------
    Public("jiae-sgd", _JIAEYAN, "b46_jiaeyan", "b46_jiaeyan",
           "$$\\theta_j := \\theta_j - \\alpha(h_\\theta(x^{(i)})-y^{(i)})x_j^{(i)}$$  ", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J3),), batch=46,
           why="\"single example single weight\""),
    Public("jiae-bgd", _JIAEYAN, "b46_jiaeyan", "b46_jiaeyan",
           "$$\\theta_j := \\theta_j - \\alpha\\sum_{i=0}^n(h_\\theta(x^{(i)})-y^{(i)})x_j^{(i)}$$  ", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J3),), batch=46,
           why="\"batch examples single weight\": the sum over the examples (the page counts them 0..n), one here"),
    # ---- the stored NumPy script: W.dot(x), ( t - y ) with spaces inside, sigmoid_derivative( z ), names for the
    # steps and the local derivatives; d_error_d_y holding -dE/dy ------------------------------------------------
    Public("np-z", _NP, "b46_np", "b46_np", "z = W2.dot(h) + b2", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=46),
    Public("np-error", _NP, "b46_np", "b46_np", "error = 1/2 * (t - y)**2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("1/2*(y[0] - a2[0])**2",)),), batch=46, why="error the loss"),
    Public("np-delta", _NP, "b46_np", "b46_np", "delta = ( t - y ) * sigmoid_derivative( z )", ((C,),),
           (Twin("value", f"-{_ND2}", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=46,
           why="delta = -dE/dz, a value"),
    Public("np-delta-W2", _NP, "b46_np", "b46_np", "delta_W2 = mu * delta * h", ((C,),),
           (Twin("value", f"-eta*{_ND2}*a1[{{j}}]", (f"eta*(-{_ND2})*a1[{{j}}]",), _J2),), batch=46,
           why="the step the script adds, -mu dE/dW2"),
    Public("np-delta1", _NP, "b46_np", "b46_np", "delta1 = delta * W2 * sigmoid_derivative( s )", ((C,),),
           (Twin("value", f"-{_ND1}", (f"-{_ND2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J2),),
           batch=46, why="-dE/dz1, entry by entry"),
    Public("np-d-error-d-y", _NP, "b46_np", "b46_np", "d_error_d_y = t - y", ((W,),),
           (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),), batch=46,
           why="dE/dy of 1/2 (t - y)^2 is y - t; the script's t - y is its negative, the direction it steps in"),
    Public("np-d-y-d-z", _NP, "b46_np", "b46_np", "d_y_d_z = sigmoid_derivative( z )", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=46),
    Public("np-gradient-z", _NP, "b46_np", "b46_np", "gradient_z = gradient_y * d_y_d_z", ((C,),),
           (Twin("gradient_z", "z2[0]", (_ND2,)),), batch=46,
           why="dE/dz = dE/dy dy/dz by the names (the script's gradient_y holds t - y: its gradient_z is -dE/dz)"),
    # ---- the stored note in code spans: (1/2)(...) side by side, w_1(x) the slope times x ----------------------
    Public("line-error", _LINE, "b46_line", "b46_line", "`Error = (1/2)(y - y_hat)^2`", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(1/2)*(y[0] - a1[0])**2",)),), batch=46),
    Public("line-yhat", _LINE, "b46_line", "b46_line", "`y_hat = w_1(x) + w_2`", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=46, why="w_1(x): w_1 times x"),
    # ---- the stored "No Code Machine Learning" note: ```math blocks, \sum_{j = 0}^{n_L-1}, braces around a
    # chain's members, a^{(L - 1)} with spaces ----------------------------------------------------------------------
    Public("nocode-C", _NOCODE, "b46_nocode", "b46_nocode",
           "```math\nC = MSE = \\sum_{j = 0}^{n_L-1}(a_j^{(L)}-y_j)^2\n```", ((C, C),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2", "(a2[0] - y[0])**2")),), batch=46,
           why="n_L = 1 output"),
    Public("nocode-dC-dw", _NOCODE, "b46_nocode", "b46_nocode",
           "```math\n\\frac{\\partial C}{\\partial w^{(L)}} = {\n  \\frac{\\partial C}{\\partial a^{(L)}}\n"
           "  \\frac{\\partial a^{(L)}}{\\partial z^{(L)}}\n  \\frac{\\partial z^{(L)}}{\\partial w^{(L)}}\n} = {\n"
           "  a^{(L - 1)}\n  \\sigma'(z^{(L)})\n  2(a^{(L)}-y)\n}\n```", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",
                                         "a1[0]*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*2*(a2[0] - y[0])")),), batch=46),
    # ---- D0Don's readme: $\hat y$ unbraced, \hat w and \hat b the new values, a chain continued over lines that
    # start with "=$" and end with " \"; the step's sign turned in both updates, a chain for dL/db that
    # differentiates by w ------------------------------------------------------------------------------------------
    Public("d0-yhat", _D0DON, "b46_d0don", "b46_d0don", "$\\hat y = wx + b$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=46),
    Public("d0-L", _D0DON, "b46_d0don", "b46_d0don", "$L = (y - \\hat y)^2$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),), batch=46),
    Public("d0-w-rule", _D0DON, "b46_d0don", "b46_d0don", "$\\hat w = w - \\eta \\frac{\\partial L}{ \\partial w}$ \\",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=46),
    Public("d0-b-rule", _D0DON, "b46_d0don", "b46_d0don", "$\\hat b = b - \\eta \\frac{\\partial L}{\\partial b} $",
           ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=46),
    Public("d0-dL-dw", _D0DON, "b46_d0don", "b46_d0don",
           "$\\frac{\\partial L}{ \\partial w} = \\frac{\\partial (y - \\hat y)^2}{\\partial w}$ \\\n"
           "=$ \\frac{\\partial (y - wx - b)^2}{\\partial w}$ \\\n"
           "=$ 2(y - wx - b)\\frac{\\partial (y - wx - b)}{\\partial w}$ \\\n"
           "=$ -2x(y - wx - b)$ \\\n"
           "=$ -2x(y - \\hat y)$", ((C, C, C, C, C),),
           (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - a1[0])", "-2*x[0]*(y[0] - W1[0,0]*x[0] - b1[0])",
                                         "2*(y[0] - W1[0,0]*x[0] - b1[0])*(-x[0])",
                                         "-2*x[0]*(y[0] - W1[0,0]*x[0] - b1[0])", "-2*x[0]*(y[0] - a1[0])")),),
           batch=46, why="five lines, one chain"),
    Public("d0-w-update", _D0DON, "b46_d0don", "b46_d0don", "$\\hat w = w - 2\\eta x (y - \\hat y)$", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - 2*eta*x[0]*(y[0] - a1[0])",)),), batch=46,
           why="w - eta dL/dw is w + 2 eta x (y - y-hat): the sign turned"),
    Public("d0-dL-db", _D0DON, "b46_d0don", "b46_d0don",
           "$\\frac{\\partial L}{\\partial b} = \\frac{\\partial (y - \\hat y)^2}{\\partial b}$ \\\n"
           "=$\\frac{\\partial (y - wx + b)^2}{\\partial w} $ \\\n"
           "=$2(y- wx - b)\\frac{\\partial (y - wx - b)}{\\partial w}$ \\", ((C, W, W),),
           (Twin("gradient", "b1[0]", ("-2*(y[0] - a1[0])", "-2*x[0]*(y[0] - W1[0,0]*x[0] + b1[0])",
                                       "2*(y[0] - W1[0,0]*x[0] - b1[0])*(-x[0])")),), batch=46,
           why="the second line: (y - wx + b)^2 by w; the third: by w; its next lines, =$ -2(y-ws-b)$\\ (ws for wx) "
               "and =$ -2(y - \\hat y)$, left out"),
    Public("d0-b-update", _D0DON, "b46_d0don", "b46_d0don", "$\\hat b = b - 2\\eta(y - \\hat y)$", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - 2*eta*(y[0] - a1[0])",)),), batch=46,
           why="b - eta dL/db is b + 2 eta (y - y-hat): the sign turned"),
    # ---- zikribayraktar's Udacity script: np.dot with the input-first matrix, sigmoid_prime, learnrate, a trailing
    # space -----------------------------------------------------------------------------------------------------------
    Public("uda-h2in", _UDACITY, "b46_udacity", "b46_udacity", "h2in = np.dot(x, weights_input_hidden)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),), batch=46,
           why="weights_input_hidden input-first (3 x 2): x as a row"),
    Public("uda-h2out", _UDACITY, "b46_udacity", "b46_udacity", "h2out = np.dot(a, weights_hidden_output)", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=46),
    Public("uda-out", _UDACITY, "b46_udacity", "b46_udacity", "del_err_output = error * sigmoid_prime(h2out)",
           ((C,),), (Twin("value", f"-{_ND2}", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=46,
           why="the error term, -dE/dz2, a value"),
    Public("uda-hidden", _UDACITY, "b46_udacity", "b46_udacity",
           "del_err_hidden = np.dot(del_err_output, weights_hidden_output) * sigmoid_prime(h2in) ", ((C,),),
           (Twin("value", f"-{_ND1}", (f"-{_ND2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J2),),
           batch=46, why="-dE/dz1, entry by entry"),
    Public("uda-step", _UDACITY, "b46_udacity", "b46_udacity", "delta_w_h_o = learnrate * del_err_output * a",
           ((C,),), (Twin("value", f"-eta*{_ND2}*a1[{{j}}]", (f"eta*(-{_ND2})*a1[{{j}}]",), _J2),), batch=46,
           why="the step, -learnrate dE/dW2"),
    # ---- the stored MLP notes: Unicode subscript digits (z₁, W₂), ŷ, ᵀ, ⊙, ², ∂L/∂W₂ in plain text, NumPy's @ and
    # lists for the numbers, a trailing comment after wide spacing ---------------------------------------------------
    Public("mlp-z1", _MLP, "b46_mlp", "b46_mlp", "z₁ = W₁x + b₁ = [[0.1, 0.2], [0.3, 0.4]] @ [1, 2]ᵀ = [0.5, 1.1]ᵀ",
           ((C, C, C),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",
                                      "=np.array([[0.1, 0.2], [0.3, 0.4]]) @ np.array([1, 2])",
                                      "=np.array([0.5, 1.1])"), _J2),), batch=46, why="b1 = 0"),
    Public("mlp-z2", _MLP, "b46_mlp", "b46_mlp", "z₂ = W₂h + b₂ = [0.5, 0.6] @ [0.5, 1.1]ᵀ = [0.91]", ((C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",
                                    "=np.array([0.5, 0.6]) @ np.array([0.5, 1.1])", "=0.91")),), batch=46),
    Public("mlp-L", _MLP, "b46_mlp", "b46_mlp", "L = 0.5 * (0.91 - 1)² = 0.00405", ((C, C),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("=0.5*(0.91 - 1)**2", "=0.00405")),), batch=46),
    Public("mlp-delta2", _MLP, "b46_mlp", "b46_mlp", "δ₂ = ŷ - y = -0.09", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=-0.09")),), batch=46, why="delta_2 = dL/dz_2, a value"),
    Public("mlp-dW2", _MLP, "b46_mlp", "b46_mlp", "∂L/∂W₂ = δ₂ · hᵀ = [-0.09] @ [0.5, 1.1] = [[-0.045, -0.099]]",
           ((C, C, C),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]", "=np.outer([-0.09], [0.5, 1.1])",
                                           "=np.array([[-0.045, -0.099]])"), _K2),), batch=46,
           why="[-0.09] @ [0.5, 1.1], the outer product the page means"),
    Public("mlp-dh", _MLP, "b46_mlp", "b46_mlp", "∂L/∂h = W₂ᵀ · δ₂ = [[0.5], [0.6]] @ [-0.09] = [-0.045, -0.054]ᵀ",
           ((C, C, C),),
           (Twin("value", "W2[0,:]*(a2[0] - y[0])", ("=np.array([0.5, 0.6])*(0.91 - 1)",
                                                     "=np.array([[0.5], [0.6]]) @ np.array([-0.09])",
                                                     "=np.array([-0.045, -0.054])")),), batch=46,
           why="dL/dh, a value, the vector at the example's numbers (W2^T delta_2 twinned at them too: W2 = [0.5, "
               "0.6], y-hat - y = 0.91 - 1)"),
    Public("mlp-delta1-numbers", _MLP, "b46_mlp", "b46_mlp", "δ₁ = [-0.045, -0.054]ᵀ ⊙ [1, 1]ᵀ = [-0.045, -0.054]ᵀ",
           ((C, C),),
           (Twin("value", "W2[0,:]*(a2[0] - y[0])*(z1 > 0)",
                 ("=np.array([-0.045, -0.054]) * np.array([1, 1])", "=np.array([-0.045, -0.054])")),), batch=46,
           why="delta_1 = dL/dz_1, a value, the vector at the example's numbers"),
    Public("mlp-dW1", _MLP, "b46_mlp", "b46_mlp",
           "∂L/∂W₁ = δ₁ · xᵀ = [[-0.045], [-0.054]] @ [1, 2] = [[-0.045, -0.090], [-0.054, -0.108]]", ((C, C, C),),
           (Twin("gradient", "W1[{j},{k}]", (f"{_MD1}*x[{{k}}]", "=np.outer([-0.045, -0.054], [1, 2])",
                                             "=np.array([[-0.045, -0.090], [-0.054, -0.108]])"), _JK2),), batch=46,
           why="the outer product the page means"),
    Public("mlp-delta1", _MLP, "b46_mlp", "b46_mlp",
           "δ₁ = (W₂ᵀ · δ₂) ⊙ σ'(z₁)           # Hidden error (backprop through W₂ and σ)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MD1,), _J2),), batch=46,
           why="the Summary's rule, judged on the example's network (sigma the ReLU)"),
    Public("mlp-W1-update", _MLP, "b46_mlp", "b46_mlp", "W₁ ← W₁ - α · ∂L/∂W₁", ((C,),),
           (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",), _JK2),), batch=46),
    # ---- the stored "Solution to Question 7": Unicode ∂, ŷ, z₂, σ inside ```math blocks, z₁_i (a Unicode subscript
    # followed by _i) --------------------------------------------------------------------------------------------------
    Public("q7-dL-dyhat", _Q7, "b46_q7", "b46_q7", "```math\n\\frac{∂L}{∂ŷ} = -(y - ŷ)\n```", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=46, why="dL/dy-hat, a value"),
    Public("q7-dL-dz2", _Q7, "b46_q7", "b46_q7",
           "```math\n\\frac{∂L}{∂z₂} = \\frac{∂L}{∂ŷ} \\cdot \\frac{∂ŷ}{∂z₂} = -(y - ŷ) \\cdot σ'(z₂)\n```", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_QD2, "-(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))")),), batch=46),
    Public("q7-dL-dW1", _Q7, "b46_q7", "b46_q7",
           "```math\n\\frac{∂L}{∂W₁} = \\left(W₂^T \\cdot \\frac{∂L}{∂z₂}\\right) \\odot σ'(z₁) \\cdot x^T\n```",
           ((C,),), (Twin("gradient", "W1[{j},{k}]", (f"W2[0,{{j}}]*{_QD2}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{k}}]",),
                          _JK2),), batch=46),
    Public("q7-dh-dz", _Q7, "b46_q7", "b46_q7", "```math\n\\frac{∂h_i}{∂z₁_i} = h_i(1 - h_i)\n```", ((C,),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(1 - a1[{i}])",), _I2),), batch=46,
           why="a local derivative, a value; h_i counted from 1"),
]
