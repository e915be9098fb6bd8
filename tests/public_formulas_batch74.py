r"""Batch 74 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used (the code corpus: a stored Python loop computing logistic
regression's gradient; Junehye's Spanish course file of two Python functions; Ilef804's C header with French comments;
two files of eskopp's TU Ilmenau lab on the delta rule, its README and one Python script; stored lecture notes
working a 2-2-1 sigmoid network with numbers; lavanyanemani96's TSAI EVA 7.0 README in plain text; stored exam notes
working a ReLU network with numbers; a stored Portuguese report; a stored C++ program with comments; stored Chinese
notes working a 2-2-1 ReLU network with numbers in LaTeX), copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch74_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Six files are stored in the code corpus without their
repository's name; they are cited by their ids. A derivative by an activation (dE/do, dE/da_o, dE/df, dL/dy hat,
dL/da_1) is twinned as a value, as in batches 14 to 72, and so is a local derivative (dy_dz, df/dh1) and a delta
worked with numbers (delta_h1); an error term dE/dz named delta (delta_o, δ2, the loop's cost) is a delta. Formulas
keep their page's delimiters and what surrounds them on their line ($$ on lines of their own, a Markdown list item's
words and code spans, a Python or C++ line's indentation, its semicolon and trailing comment, a Markdown table's row,
a plain-text block's continuation lines); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 74

The batch: 55 formulas, 30 values (forward sums and outputs, worked numbers, losses, derivatives by an output or a
hidden output, local derivatives, functions' definitions in Python and C, a Markdown table's row; two of them lines
of two claims), 6 deltas, 13 gradients (4 lines of several claims), 6 updates (3 lines of several claims). 9 are
LaTeX (the Chinese notes' $$ blocks with pmatrix columns and rows, \cdot, \text{ReLU}, \max, a^T, \leftarrow and
\quad), 46 plain text or code (the loop's tab-indented Python with trailing comments and += over x[i,j]; def lines
with their return; C functions with a blank line before the return and a // comment glued after the semicolon;
numpy.exp(-c*z) and max(0,z); the lecture notes' ×, −, ½, ², ≈ and chains continued on lines starting with =, names
delta_o, w5(old), w5_new; the EVA README's x for the product, a tuple assignment out_o1, out_o2 = σ(o1), σ(o2),
names glued to parentheses out_o1(1-out_o1); the exam notes' h1_pre, ReLU(...), a two-line chain, e⁻ᶻ in a table's
row, a remark in parentheses after two spaces; the Portuguese list items' code spans with ⊙, h^T, Σ_i, rows x W1 +
b1, two spans joined by "; " or ", "; the C++ program's double declarations, result.z_h1 fields, // comments, -=).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- the loop's y_hat = 1 / 1 + np.exp(-z): that is 1 + e^{-z}, not the sigmoid;
- Junehye's dsigmoide(x) = 1.0 - x**2: tanh's derivative of its output, wrong for the sigmoid at its input and at its
  output;
- the lecture notes' bh2_new = 0.35 − 0.5×0.01500 = 0.342500: the true new bias is 0.3425020, two units off in the
  sixth decimal (the step rounded before it was taken);
- the EVA README's ∂E/∂w1 and ∂E/∂w4 with h1(1-h1) and h2(1-h2) of the sums h1 = w1 x i1 + w2 x i2 (the page's own
  definition), where the sigmoid's derivative is out_h1(1-out_h1);
- the Chinese notes' z_1 = (0.5 · 1 + (-0.5) · 2 + 0.1, ...) = (-0.9, 1.7): the first entry is -0.4;
- the Chinese notes' L = ½ (-0.18 - 1)^2 = ½ (1.18)^2 = 0.697: 1.18 where the member before has -0.18 - 1 = -1.18
  (the oracle's verdict, the sign dropped under the square; written down first as correct, see the entry's why).

Not mistaken, though they look it: the loop's cost = y_hat - y[i] (y_hat named for what the comment says it is);
the lecture notes' 0.2749, 0.0826, 0.000669, 0.5307 and 0.343315, each one unit off its rounding, which the spec
allows; the Chinese notes' a_1 = (max(0, -0.9), max(0, 1.7)) = (0, 1.7), right at every member (the value 0 of
max(0, -0.9) is a_1's first entry); its dL/dW_2 written as a column where W_2 is a row (the entries right).

What was left out: the loop's dj_dw /= m; the lab's ReL derivative (an if/else over four lines); the lecture notes'
lines with z(h1), z(o) (a function-like name for a unit's sum no pattern of the spec names) and its second forward
pass with the new weights; the EVA README's general w = w - η x ∂E/∂w; the exam notes' dReLU line and its other
topics; the C++ program's comments repeating its code; a stored copy of ksharsha72's ERAV2 README (batch 18 used the
repository), taken first and dropped before the oracle's run was committed.

Nothing was fixed from this batch.

Collected on 2026-12-05 from 15:15 to 15:26 by the machine's clock (the oracle's runs included), and run blind at
main 0ba7cb9 (/work/READY_FOR_BLIND24; its src/ that of 8ea717a, at which batch 73 was run), rebased onto it with
nothing under src/ changed. Every notation was loaded with its network before the run (no formula read), and none
was refused. The first run (/work/batch74_blind.txt): 44 of 55 read with every verdict right (80%), 11 refused, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of the refusals is the collector's pattern outside the
spec's grammar, so there was no second run.

Of the 7 mistaken formulas, 4 read with every verdict right (the loop's y_hat = 1 / 1 + np.exp(-z), the lecture
notes' bh2_new, the Chinese notes' z_1 of numbers and its ½ (1.18)^2, each called wrong at its member) and 3 were
refused (Junehye's dsigmoide, the EVA README's dE/dw1 and dE/dw4). By kind of claim: values 23 of 30, deltas 6 of
6, gradients 9 of 13, updates 6 of 6 (lines of several claims 8 of 9). LaTeX against plain text: the 9 in LaTeX
read 9, the 46 in plain text or code 35 (76%). By page: the loop 5 of 5, Junehye 0 of 2, Ilef804 0 of 2, eskopp's
README 3 of 3 and script 1 of 1, the lecture notes 7 of 7, the EVA README 0 of 6, the exam notes 7 of 7, the
Portuguese report 7 of 7, the C++ program 5 of 6, the Chinese notes 9 of 9.

The refusals by construct (11), with the exact message:

- 5, the EVA README's x for the times sign between spaces in plain text (its notation names no x, so x is
  symbols.md's input vector): "formula 'E1 = 1/2 x (t1 - out_o1)^2': '2 x ' reads as the times sign between two
  numbers or as the product with x (a name check reads: the notation's, or symbols.md's), and the two readings do
  not agree; write * (or \times) for the times sign, or x beside its factors without spaces for the product"
  (b74-era4-E1; b74-era4-dw5, -dw1, -dw4 the same at ') x '); and "'w1 x i1 + w2 x i2' is a vector or matrix where
  the left side is a number" (b74-era4-h1, x read as the input vector, the ambiguity not reported);
- 3, a C function's definition, `double Loss(double yi, double y) {\n\n    return ...;\n}` (Python's def is read):
  "formula 'double Loss(double yi, double y) { return -((yi * log(y))...': has no left side; write the equation
  (\frac{\partial L}{\partial w} = ...) or name the parameter with --param" (b74-ilef-loss, b74-ilef-dloss,
  b74-cpp-dsig);
- 2, a Python def of a name check does not know, Spanish sigmoide and dsigmoide: "formula 'def dsigmoide(x): return
  1.0 - x**2': def dsigmoide: check reads the definition of code's word for an activation's derivative (dsigmoid,
  tanh_deriv, sigmoid_prime) or a loss's (mse_prime), and of a loss or function the notation names; write the
  formula dsigmoide stands for, e.g. \frac{\partial L}{\partial z} = ..." (b74-june-sig, b74-june-dsig; the
  notation, written by the collector, names neither as a function, which the spec would have allowed for sigmoide);
- 1, a tuple assignment of two claims: "formula 'out_o1, out_o2 = \\sigma (o1), \\sigma (o2)': unexpected at ','
  (position 7); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own
  left side (A = B, \quad C = D)" (b74-era4-out).

Which look general (would appear in much homework): x as the times sign in plain text (spreadsheet and assignment
READMEs write it so; the refusal is safe, x being a name where the notation leaves symbols.md's x, but a notation
that names the inputs otherwise leaves x to no one the page uses), a C/C++/Java function's definition (code's
other languages define the sigmoid and its derivative as Python does), Python's tuple assignment of two claims.
Page-specific: a function's name in Spanish (a notation's functions key could name it).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch74_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_LRLOOP = _STORED.format(33806723860, "def calculate_gradient(X, y, w, b):",
                         "a Python function computing logistic regression's gradient in a loop")
_JUNE = "https://github.com/Junehye/Clasificacion.py (Funcion.py, commit b8eec35)"
_ILEF = "https://github.com/Ilef804/projet-de-classe (functions.h, commit 7598ab4)"
_TUI_README = ("https://github.com/eskopp/TU-Ilmenau"
               " (Neuroinformatik/Praktikum/2b_Delta-Regel/Readme.md, commit 6ff1d6b)")
_TUI_SIG = ("https://github.com/eskopp/TU-Ilmenau"
            " (Neuroinformatik/Praktikum/2b_Delta-Regel/sigmoid_output.py, commit 6ff1d6b)")
_LECT = _STORED.format(67297936574, "## Lecture 9: Backpropagation — Part 1 (The Forward Pass)",
                       "lecture notes working a 2-2-1 sigmoid network with numbers in Lectures 9 and 10")
_ERA4 = "https://github.com/lavanyanemani96/TSAI-EVA-7.0 (04_Backprop/README.md, commit 7d035d9)"
_EXAM = _STORED.format(57153504089, "## TOPIC 4: NEURAL NETWORKS & BACKPROPAGATION", "exam revision notes")
_PT = _STORED.format(3296392656, "# Lista 8 — Redes Neurais com Backpropagation (Relatório)",
                     "a Portuguese report on a 2-3-1 network")
_CPP = _STORED.format(28036729858, "#include <iostream>", "a C++ program training a 2-2-1 network")
_ZH = _STORED.format(31659379887, "## 一个简单的神经网络例子.", "Chinese notes working a 2-2-1 ReLU network with numbers")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2 = tuple({"k": k} for k in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# a sigmoid output's delta with 1/2 (y - a)^2: the lecture notes' and the C++ program's delta_o
_DO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the ERA network's output deltas and the page's hidden factor h(1 - h) of the sum h (its mistake)
_E1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_E2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
# the Portuguese report's delta2 and delta1 (2 -> 3 -> 1, sigmoid, 1/2 (y hat - t)^2)
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"{_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# the exam notes' dE/df, E = (y - f)^2
_DF = "-2*(y[0] - a2[0])"

ENTRIES: list[Public] = [
    # ---- the stored logistic-regression loop: tab-indented Python with trailing comments, np.dot, X[i] beside the
    # loop's lowercase x[i,j], += accumulating the gradient; the sigmoid written 1 / 1 + np.exp(-z) ------------------
    Public("b74-lrl-z", _LRLOOP, "b74_lrloop", "b74_lrloop",
           "\t\tz = np.dot(w, X[i]) + b          # calculate learning algorithm", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=74),
    Public("b74-lrl-yhat", _LRLOOP, "b74_lrloop", "b74_lrloop",
           "\t\ty_hat = 1 / 1 + np.exp(-z)       # calculate sigmoid function", ((W,),),
           (Twin("value", "a1[0]", ("1/1 + exp(-z1[0])",)),), batch=74,
           why="1 / 1 + np.exp(-z) is 1 + e^{-z}: the sigmoid is 1 / (1 + np.exp(-z))"),
    Public("b74-lrl-cost", _LRLOOP, "b74_lrloop", "b74_lrloop",
           "\t\tcost = y_hat - y[i]              # calculate cost", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=74,
           why="cost, the example's error dJ/dz (what the loop multiplies by x[i,j]); y_hat the sigmoid's output, "
               "as the comment above says, not the line's mistaken value"),
    Public("b74-lrl-dw", _LRLOOP, "b74_lrloop", "b74_lrloop", "\t\t\tdj_dw[j] += cost * x[i,j]", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=74,
           why="dj_dw from zeros, one example (the loop's dj_dw /= m with m = 1); x[i,j] the loop's lowercase X"),
    Public("b74-lrl-w", _LRLOOP, "b74_lrloop", "b74_lrloop", "\t\tw = w - alpha * dj_dw", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=74),
    # ---- Junehye's Funcion.py: a Spanish function name and its derivative written as tanh's ---------------------
    Public("b74-june-sig", _JUNE, "b74_june", "b74_june", "def sigmoide(x):\n    return 1.0/(1+np.exp(-x))", ((C,),),
           (Twin("value", "a1[0]", ("1.0/(1 + exp(-z1[0]))",)),), batch=74,
           why="the function's definition, the line \"# función de sigmoide\" above it left out"),
    Public("b74-june-dsig", _JUNE, "b74_june", "b74_june", "def dsigmoide(x):\n    return 1.0 - x**2", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("1.0 - z1[0]**2",)),), batch=74,
           why="1 - x^2 is tanh's derivative written of its output; the sigmoid's is x(1 - x) of its output, "
               "sigma(x)(1 - sigma(x)) of its input: wrong at either"),
    # ---- Ilef804's functions.h: C functions with a blank line before the return, a // comment glued after ; ------
    Public("b74-ilef-loss", _ILEF, "b74_ilef", "b74_ilef",
           "double Loss(double yi, double y) {\n\n    return -((yi * log(y)) + ((1 - yi) * log(1 - y)));\n}", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-((y[0]*log(a1[0])) + ((1 - y[0])*log(1 - a1[0])))",)),), batch=74),
    Public("b74-ilef-dloss", _ILEF, "b74_ilef", "b74_ilef",
           "double deriveeLoss(double yi, double y, double xi) {\n\n    return (y - yi) * xi;//c'est la simplification"
           " de la formule de derivee de loss par rapport a w\n}", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=74,
           why="the loss's derivative by the weight of input xi, as the comment says"),
    # ---- eskopp's lab (README and script): Python in a ```python block, numpy.exp, the Fermi function's steepness c,
    # dy_dz, max(0,z) ----------------------------------------------------------------------------------------------
    Public("b74-tui-sig", _TUI_README, "b74_tui_sig", "b74_tui_sig", "y = 1 / (1 + numpy.exp(-c*z))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-1*z1[0]))",)),), batch=74,
           why="in a ```python block after \"import numpy\" (the fence and the import left out); c = 1"),
    Public("b74-tui-dsig", _TUI_README, "b74_tui_sig", "b74_tui_sig", "dy_dz = c * y * (1-y)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("1*a1[0]*(1 - a1[0])",)),), batch=74,
           why="dy/dz, the output function's derivative, a value"),
    Public("b74-tui-relu", _TUI_README, "b74_tui_relu", "b74_tui_relu", "y = max(0,z)", ((C,),),
           (Twin("value", "a1[0]", ("np.maximum(0, z1[0])",)),), batch=74,
           why="the ReL output function; its derivative, an if/else over four lines, left out"),
    Public("b74-tuis-sig", _TUI_SIG, "b74_tui_sig", "b74_tui_sig", "y = 1/(1+numpy.exp(-c*z))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-1*z1[0]))",)),), batch=74,
           why="the script's last line, after \"import numpy\" and its German comments"),
    # ---- the stored lecture notes: plain-text blocks (``` fences left out) with ×, −, ½, ², ≈, chains continued on
    # lines starting with =, names delta_o, w5(old), w5_new; bh2_new's last digits wrong -----------------------------
    Public("b74-lect-E", _LECT, "b74_lect", "b74_lect",
           "E = ½ × (t − o)²\n  = ½ × (0.01 − 0.7514)²\n  = ½ × (−0.7414)²\n  = ½ × 0.5497\n  = 0.2749",
           ((C, C, C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2", "=(0.01 - 0.7514)**2/2",
                                                  "=(-0.7414)**2/2", "=0.5497/2", "=0.2749")),), batch=74,
           why="E = 0.274811: 0.2749 is one unit off its rounding, which the spec allows"),
    Public("b74-lect-dEdo", _LECT, "b74_lect", "b74_lect", "dE/do = −(t − o) = −(0.01 − 0.7514) = 0.7414",
           ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.7514)", "=0.7414")),), batch=74,
           why="dE/do, by the output, a value"),
    Public("b74-lect-dw5", _LECT, "b74_lect", "b74_lect",
           "dE/dw5 = delta_o × h1 = 0.1385 × 0.5933 = 0.0822\n"
           "dE/dw6 = delta_o × h2 = 0.1385 × 0.5968 = 0.0826\n"
           "dE/dbo = delta_o × 1  = 0.1385", ((C, C, C), (C, C, C), (C, C)),
           (Twin("gradient", "W2[0,0]", (f"{_DO}*a1[0]", "=0.1385*0.5933", "=0.0822")),
            Twin("gradient", "W2[0,1]", (f"{_DO}*a1[1]", "=0.1385*0.5968", "=0.0826")),
            Twin("gradient", "b2[0]", (f"{_DO}*1", "=0.1385"))), batch=74,
           why="three lines, three claims; dE/dw6 = 0.082668, 0.0826 one unit off"),
    Public("b74-lect-new-out", _LECT, "b74_lect", "b74_lect",
           "w5_new = 0.40 − 0.5×0.0822 = 0.40 − 0.0411 = 0.3589\n"
           "w6_new = 0.45 − 0.5×0.0826 = 0.45 − 0.0413 = 0.4087\n"
           "bo_new = 0.60 − 0.5×0.1385 = 0.60 − 0.0693 = 0.5307", ((C, C, C), (C, C, C), (C, C, C)),
           (Twin("update", "W2[0,0]", ("=0.40 - 0.5*0.0822", "=0.40 - 0.0411", "=0.3589")),
            Twin("update", "W2[0,1]", ("=0.45 - 0.5*0.0826", "=0.45 - 0.0413", "=0.4087")),
            Twin("update", "b2[0]", ("=0.60 - 0.5*0.1385", "=0.60 - 0.0693", "=0.5307"))), batch=74,
           why="bo_new = 0.530751, 0.5307 one unit off"),
    Public("b74-lect-dh1", _LECT, "b74_lect", "b74_lect",
           "delta_h1 = delta_o × w5(old) × h1 × (1 − h1)\n"
           "         = 0.1385 × 0.40 × 0.5933 × (1 − 0.5933)\n"
           "         = 0.1385 × 0.40 × 0.5933 × 0.4067\n"
           "         = 0.1385 × 0.40 × 0.2413\n"
           "         = 0.01337", ((C, C, C, C, C),),
           (Twin("value", f"{_DO}*W2[0,0]*a1[0]*(1 - a1[0])", (f"{_DO}*W2[0,0]*a1[0]*(1 - a1[0])", "=0.1385*0.40*0.5933*(1 - 0.5933)",
                                         "=0.1385*0.40*0.5933*0.4067", "=0.1385*0.40*0.2413", "=0.01337")),),
           batch=74, why="delta_h1, dE/dz(h1) worked with numbers, twinned as a value; w5(old), the weight before the update above"),
    Public("b74-lect-dw1", _LECT, "b74_lect", "b74_lect",
           "dE/dw1 = delta_h1 × i1 = 0.01337 × 0.05 = 0.000669\n"
           "dE/dw2 = delta_h1 × i2 = 0.01337 × 0.10 = 0.001337\n"
           "dE/dbh1 = delta_h1 × 1 = 0.01337", ((C, C, C), (C, C, C), (C, C)),
           (Twin("gradient", "W1[0,0]", (f"{_DO}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]", "=0.01337*0.05", "=0.000669")),
            Twin("gradient", "W1[0,1]", (f"{_DO}*W2[0,0]*a1[0]*(1 - a1[0])*x[1]", "=0.01337*0.10", "=0.001337")),
            Twin("gradient", "b1[0]", (f"{_DO}*W2[0,0]*a1[0]*(1 - a1[0])*1", "=0.01337"))), batch=74,
           why="dE/dw1 = 0.000668396, 0.000669 one unit off"),
    Public("b74-lect-new-hid", _LECT, "b74_lect", "b74_lect",
           "w1_new  = 0.15 − 0.5×0.000669 = 0.149666\n"
           "w2_new  = 0.20 − 0.5×0.001337 = 0.199332\n"
           "w3_new  = 0.25 − 0.5×0.000750 = 0.249625\n"
           "w4_new  = 0.30 − 0.5×0.001500 = 0.299250\n"
           "bh1_new = 0.35 − 0.5×0.01337  = 0.343315\n"
           "bh2_new = 0.35 − 0.5×0.01500  = 0.342500",
           ((C, C), (C, C), (C, C), (C, C), (C, C), (C, W)),
           (Twin("update", "W1[0,0]", ("=0.15 - 0.5*0.000669", "=0.149666")),
            Twin("update", "W1[0,1]", ("=0.20 - 0.5*0.001337", "=0.199332")),
            Twin("update", "W1[1,0]", ("=0.25 - 0.5*0.000750", "=0.249625")),
            Twin("update", "W1[1,1]", ("=0.30 - 0.5*0.001500", "=0.299250")),
            Twin("update", "b1[0]", ("=0.35 - 0.5*0.01337", "=0.343315")),
            Twin("update", "b1[1]", ("=0.35 - 0.5*0.01500", "=0.342500"))), batch=74,
           why="six lines, six claims; bh2_new = 0.3425020: 0.342500 is two units off in its sixth decimal, "
               "the step 0.5 x 0.01500 rounded where the page carried more digits; bh1_new = 0.343316, one off"),
    # ---- lavanyanemani96's "Session 4.0" README (TSAI EVA 7.0): plain text with x for the product, a tuple assignment, names glued
    # to parentheses (out_o1(1-out_o1)); the hidden factor written h1(1-h1) of the sum h1 ----------------------------
    Public("b74-era4-h1", _ERA4, "b74_era4", "b74_era4", "h1 = w1 x i1 + w2 x i2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=74),
    Public("b74-era4-out", _ERA4, "b74_era4", "b74_era4", "out_o1, out_o2 = σ(o1), σ(o2)", ((C,), (C,)),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)), Twin("value", "a2[1]", ("1/(1 + exp(-z2[1]))",))),
           batch=74, why="a tuple assignment, two claims"),
    Public("b74-era4-E1", _ERA4, "b74_era4", "b74_era4", "E1 = 1/2 x (t1 - out_o1)^2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=74),
    Public("b74-era4-dw5", _ERA4, "b74_era4", "b74_era4",
           "∂E/∂w5 = (out_o1 - t1) x (out_o1(1-out_o1)) x (out_h1)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_E1}*a1[0]",)),), batch=74),
    Public("b74-era4-dw1", _ERA4, "b74_era4", "b74_era4",
           "∂E/∂w1 = ((out_o1-t1) x (out_o1(1-out_o1)) x (w5)) x (h1(1-h1)) x (i1) + ((out_o2-t2) x"
           " (out_o2(1-out_o2)) x (w7)) x (h1(1-h1)) x (i1)", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"{_E1}*W2[0,0]*z1[0]*(1 - z1[0])*x[0] + {_E2}*W2[1,0]*z1[0]*(1 - z1[0])*x[0]",)),),
           batch=74, why="h1(1-h1) of the sum h1 (h1 = w1 x i1 + w2 x i2 on the page): the sigmoid's derivative is "
                         "out_h1(1-out_h1)"),
    Public("b74-era4-dw4", _ERA4, "b74_era4", "b74_era4",
           "∂E/∂w4 = ((out_o1-t1) x (out_o1(1-out_o1)) x (w6)) x (h2(1-h2)) x (i2) + ((out_o2-t2) x"
           " (out_o2(1-out_o2)) x (w8)) x (h2(1-h2)) x (i2)", ((W,),),
           (Twin("gradient", "W1[1,1]", (f"{_E1}*W2[0,1]*z1[1]*(1 - z1[1])*x[1] + {_E2}*W2[1,1]*z1[1]*(1 - z1[1])*x[1]",)),),
           batch=74, why="h2(1-h2) of the sum h2, as in dE/dw1"),
    # ---- the stored exam notes: an indented plain-text block with ×, −, ², ≈, ReLU(...), names h1_pre and W1_new;
    # a Markdown table's row; a formula followed by two spaces and a remark in parentheses ---------------------------
    Public("b74-exam-h1pre", _EXAM, "b74_exam", "b74_exam",
           "  h1_pre = W1×x1 + W2×x2 + W3×x3 = 0.1×0.5 + 0.1×0.7 + 0.2×(−0.9) = 0.05+0.07−0.18 = −0.06", ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]", "=0.1*0.5 + 0.1*0.7 + 0.2*(-0.9)",
                                    "=0.05 + 0.07 - 0.18", "=-0.06")),), batch=74),
    Public("b74-exam-E", _EXAM, "b74_exam", "b74_exam", "  E = (1 − 0.0056)² = (0.9944)² ≈ 0.9888", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("=(1 - 0.0056)**2", "=(0.9944)**2", "=0.9888")),), batch=74),
    Public("b74-exam-dEdf", _EXAM, "b74_exam", "b74_exam", "  ∂E/∂f = −2(y−f) = −2(0.9944) = −1.9888", ((C, C, C),),
           (Twin("value", _DF, (_DF, "=-2*(0.9944)", "=-1.9888")),), batch=74, why="dE/df, by the output, a value"),
    Public("b74-exam-dW1", _EXAM, "b74_exam", "b74_exam",
           "  ∂E/∂W1 = ∂E/∂f × ∂f/∂h1 × ∂h1/∂h1_pre × ∂h1_pre/∂W1\n           = −1.9888 × 0.1 × 0 × 0.5 = 0",
           ((C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_DF}*W2[0,0]*Heaviside(z1[0])*x[0]", "=-1.9888*0.1*0*0.5", "=0")),),
           batch=74, why="a chain continued on the next line; h1_pre = -0.06 < 0, so dReLU = 0"),
    Public("b74-exam-W1new", _EXAM, "b74_exam", "b74_exam", "  W1_new = W1 − lr × ∂E/∂W1 = 0.1 − 0.01 × 0 = 0.1",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.1 - 0.01*0", "=0.1")),), batch=74),
    Public("b74-exam-sigrow", _EXAM, "b74_exam_sig", "b74_exam_sig",
           "| Sigmoid | σ(z) = 1/(1+e⁻ᶻ) | σ(z)(1−σ(z)) | (0,1) |", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=74,
           why="a row of the activation table: the function, its formula with e⁻ᶻ in Unicode superscripts, its "
               "derivative without a left side (no claim), its range"),
    Public("b74-exam-dLdz", _EXAM, "b74_exam_sig", "b74_exam_sig",
           "∂L/∂z = ŷ − y  (this is a clean result — memorize it!)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=74,
           why="under \"### Gradient for Sigmoid + Cross-entropy\""),
    # ---- the stored Portuguese report: list items of words and code spans, ⊙, ^T, Σ_i, rows (x W1 + b1), two claims
    # joined by "; " or ", " ----------------------------------------------------------------------------------------
    Public("b74-pt-sig", _PT, "b74_pt", "b74_pt", "- Ativação: `sigmoid(z) = 1/(1+e^(−z))`", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=74),
    Public("b74-pt-E", _PT, "b74_pt", "b74_pt", "- Função de erro (MSE): `E = (1/2) Σ_i (ŷ_i − t_i)^2`", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2",)),), batch=74, why="one output"),
    Public("b74-pt-forward", _PT, "b74_pt", "b74_pt", "- Forward: `h = σ(xW1 + b1)`; `ŷ = σ(hW2 + b2)`", ((C,), (C,)),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}])))",), _J3),
            Twin("value", "a2[0]", ("1/(1 + exp(-(a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + b2[0])))",))),
           batch=74, why="two code spans joined by \"; \", two claims; x, h and b1 rows, W1 and W2 input-first"),
    Public("b74-pt-d2", _PT, "b74_pt", "b74_pt", "- Saída: `δ2 = (ŷ − t) ⊙ (ŷ ⊙ (1 − ŷ))`", ((C,),),
           (Twin("gradient_z", "z2[0]", (_D2,)),), batch=74),
    Public("b74-pt-grad2", _PT, "b74_pt", "b74_pt", "- Gradientes: `∂E/∂W2 = h^T δ2`, `∂E/∂b2 = δ2`", ((C,), (C,)),
           (Twin("gradient", "W2[0,{k}]", (f"a1[{{k}}]*{_D2}",), _K3), Twin("gradient", "b2[0]", (_D2,))),
           batch=74, why="two code spans joined by \", \"; h^T the column of the hidden outputs, W2 input-first"),
    Public("b74-pt-d1", _PT, "b74_pt", "b74_pt", "- Oculta: `δ1 = (δ2 W2^T) ⊙ (h ⊙ (1 − h))`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_D1,), _J3),), batch=74),
    Public("b74-pt-grad1", _PT, "b74_pt", "b74_pt", "- Gradientes: `∂E/∂W1 = x^T δ1`, `∂E/∂b1 = δ1`", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_D1}",), _JI), Twin("gradient", "b1[{j}]", (_D1,), _J3)),
           batch=74, why="x^T delta1, (2, 3), W1 input-first"),
    # ---- the stored C++ program: statements with double and ;, fields result.z_h1 of a struct, // comments holding
    # formulas, -=, a function's definition over four lines ----------------------------------------------------------
    Public("b74-cpp-dEdao", _CPP, "b74_cpp", "b74_cpp", "        double dE_da_o = result.a_o - y;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=74, why="dE/da_o, by the output, a value"),
    Public("b74-cpp-delta-o", _CPP, "b74_cpp", "b74_cpp", "        // delta_o = (a_o - y) * a_o*(1 - a_o)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DO,)),), batch=74,
           why="a comment line, under \"// Step 3: Combine to get the output delta:\""),
    Public("b74-cpp-delta-h1", _CPP, "b74_cpp", "b74_cpp",
           "        double delta_h1 = da_h1_dz_h1 * (delta_o * w5);         // error contribution from h1", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"a1[0]*(1 - a1[0])*({_DO}*W2[0,0])",)),), batch=74),
    Public("b74-cpp-dw1", _CPP, "b74_cpp", "b74_cpp", "        double dE_dw1 = delta_h1 * x1;", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"a1[0]*(1 - a1[0])*{_DO}*W2[0,0]*x[0]",)),), batch=74),
    Public("b74-cpp-w5", _CPP, "b74_cpp", "b74_cpp", "        w5 -= learning_rate * dE_dw5;", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=74),
    Public("b74-cpp-dsig", _CPP, "b74_cpp", "b74_cpp",
           "double sigmoidDerivative(double x)\n{\n    return x * (1.0 - x);\n}", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=74,
           why="written of the sigmoid's output, as the comment above it says (\"the input 'x' is assumed to be "
               "already sigmoid(x)\"); the two comment lines left out"),
    # ---- the stored Chinese notes: $$ blocks on lines of their own, pmatrix columns and rows, \cdot, \text{ReLU},
    # \max, \quad between four updates; z_1's first entry computed wrong (-0.9 for -0.4) -----------------------------
    Public("b74-zh-z1", _ZH, "b74_zh", "b74_zh",
           "$$\nz_1 = W_1 \\cdot x + b_1 = \\begin{pmatrix} 0.5 & -0.5 \\\\ 0.3 & 0.8 \\end{pmatrix} \\cdot \\begin{pmatrix}"
           " 1 \\\\ 2 \\end{pmatrix} + \\begin{pmatrix} 0.1 \\\\ -0.2 \\end{pmatrix}\n$$", ((C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",
                                      "=np.array([[0.5, -0.5], [0.3, 0.8]]) @ np.array([1, 2]) + np.array([0.1, -0.2])"),
                 _J2),), batch=74, why="b_1 written (0.1, -0.2) in the text, a column here"),
    Public("b74-zh-z1-numbers", _ZH, "b74_zh", "b74_zh",
           "$$\nz_1 = \\begin{pmatrix} 0.5 \\cdot 1 + (-0.5) \\cdot 2 + 0.1 \\\\ 0.3 \\cdot 1 + 0.8 \\cdot 2 - 0.2 \\end{pmatrix}"
           " = \\begin{pmatrix} -0.9 \\\\ 1.7 \\end{pmatrix}\n$$", ((C, W),),
           (Twin("value", "z1[{j}]", ("=np.array([0.5*1 + (-0.5)*2 + 0.1, 0.3*1 + 0.8*2 - 0.2])",
                                      "=np.array([-0.9, 1.7])"), _J2),), batch=74,
           why="0.5 - 1 + 0.1 is -0.4, not -0.9"),
    Public("b74-zh-a1", _ZH, "b74_zh", "b74_zh",
           "$$\na_1 = \\text{ReLU}(z_1) = \\begin{pmatrix} \\max(0, -0.9) \\\\ \\max(0, 1.7) \\end{pmatrix} ="
           " \\begin{pmatrix} 0 \\\\ 1.7 \\end{pmatrix}\n$$", ((C, C, C),),
           (Twin("value", "a1[{j}]", ("np.maximum(0, z1)[{j}]", "=np.array([np.maximum(0, -0.9), np.maximum(0, 1.7)])",
                                      "=np.array([0, 1.7])"), _J2),), batch=74,
           why="max(0, -0.9) carries the line before's -0.9, but its value 0 is a_1's first entry (max(0, -0.4))"),
    Public("b74-zh-L", _ZH, "b74_zh", "b74_zh",
           "$$\nL = \\frac{1}{2} (\\hat{y} - y)^2 = \\frac{1}{2} (-0.18 - 1)^2 = \\frac{1}{2} (1.18)^2 = 0.697\n$$",
           ((C, C, W, C),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2", "=(-0.18 - 1)**2/2", "=(1.18)**2/2",
                                                  "=0.697")),), batch=74,
           why="the oracle's verdict, not the one first written down (correct): 1.18 stands where the member before "
               "has -0.18 - 1 = -1.18, the sign dropped (harmless under the square, the member's value 0.6962 is L); "
               "L = 0.6962: 0.697 is one unit off its rounding"),
    Public("b74-zh-dLdy", _ZH, "b74_zh", "b74_zh",
           "$$\n\\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y = -0.18 - 1 = -1.18\n$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=-0.18 - 1", "=-1.18")),), batch=74,
           why="dL/dy hat, by the output, a value"),
    Public("b74-zh-dW2", _ZH, "b74_zh", "b74_zh",
           "$$\n\\frac{\\partial L}{\\partial W_2} = \\frac{\\partial L}{\\partial z_2} \\cdot a_1^T = -1.18 \\cdot"
           " \\begin{pmatrix} 0 \\\\ 1.7 \\end{pmatrix} = \\begin{pmatrix} 0 \\\\ -2.006 \\end{pmatrix}\n$$", ((C, C, C),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]", "=-1.18*np.array([0, 1.7])",
                                           "=np.array([0, -2.006])"), _K2),), batch=74,
           why="W_2 a row, its gradient written as a column (a_1^T then written as the column a_1): the entries right"),
    Public("b74-zh-dLda1", _ZH, "b74_zh", "b74_zh",
           "$$\n\\frac{\\partial L}{\\partial a_1} = W_2^T \\cdot \\frac{\\partial L}{\\partial z_2} = \\begin{pmatrix} 0.2"
           " \\\\ -0.4 \\end{pmatrix} \\cdot (-1.18) = \\begin{pmatrix} -0.236 \\\\ 0.472 \\end{pmatrix}\n$$", ((C, C, C),),
           (Twin("value", "(W2.T @ (a2 - y))[{j}]", ("(W2.T @ (a2 - y))[{j}]", "=np.array([0.2, -0.4])*(-1.18)",
                                                     "=np.array([-0.236, 0.472])"), _J2),), batch=74,
           why="dL/da_1, by the hidden outputs, a value"),
    Public("b74-zh-dW1", _ZH, "b74_zh", "b74_zh",
           "$$\n\\frac{\\partial L}{\\partial W_1} = \\begin{pmatrix} 0 \\\\ 0.472 \\end{pmatrix} \\cdot \\begin{pmatrix} 1"
           " & 2 \\end{pmatrix} = \\begin{pmatrix} 0 & 0 \\\\ 0.472 & 0.944 \\end{pmatrix}\n$$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", ("=np.outer([0, 0.472], [1, 2])",
                                             "=np.array([[0, 0], [0.472, 0.944]])"), _JI2),), batch=74),
    Public("b74-zh-update", _ZH, "b74_zh", "b74_zh",
           "$$\nW_1 \\leftarrow W_1 - \\alpha \\cdot \\frac{\\partial L}{\\partial W_1}, \\quad W_2 \\leftarrow W_2 - \\alpha"
           " \\cdot \\frac{\\partial L}{\\partial W_2}, \\quad b_1 \\leftarrow b_1 - \\alpha \\cdot \\frac{\\partial L}"
           "{\\partial b_1}, \\quad b_2 \\leftarrow b_2 - \\alpha \\cdot \\frac{\\partial L}{\\partial b_2}\n$$",
           ((C,), (C,), (C,), (C,)),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI2),
            Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad",), _K2),
            Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2), Twin("update", "b2[0]", ("b2[0] - eta*grad",))),
           batch=74, why="four updates joined by \", \\quad\", four claims"),
]
