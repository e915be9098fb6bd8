r"""Batch 83 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the pages corpus: ChanchalaGorale's, okamiRvS's, Yadira-Sainz's
Spanish, JaznaLaProfe's Spanish and chcarneiro's Portuguese notebooks, repositories' pages; a kiwix mirror of
math.stackexchange 4363569, a question; Nemotron-CC-Math's copies of a short note "Backpropagation" (s_n = W_n x_{n-1},
named here by its opening words after the data set's address) and of Suresh and Sardana's "Neural Networks:
Mathematics of Backpropagation"; wiki.yauis.de's German wiki page; Oh_MyBug's Chinese CSDN notes on Hung-yi Lee's
lecture; algonest's Vietnamese lesson), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch83_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A local derivative (da/dz, dz/dW, dy_i/dz_i) or a derivative
of the loss by an output or a layer's outputs (dMSE/dy_i, dL/da, dL/dx_{n-1}) is twinned as a value, as in batches 14
to 80; a derivative of the loss by a sum, or an error term the page's code names for it (delta2 = (a2 - y_true) *
sigmoid'(z2), output_gradient = -dL/dz2), as gradient_z. Where a page's notebook gives code, its lines are the
notebook's cells as the repository's page renders them (the version of the notebook the index stores).
Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their own indented three
spaces under a numbered list, \begin{align*} inside $$, \[ \] on one line or on lines of their own, \( \) inside a
paragraph's sentence, a Markdown list's "- ", a code line's indentation inside a function and a comment after "#",
Vietnamese and Spanish words around the formula, KaTeX's rendered text glued to the TeX source).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 83

The batch: 57 formulas, 33 values (forward sums and outputs in symbols and in numbers, the sigmoid and softmax,
losses, local derivatives, derivatives by an output or a layer), 13 gradients, 8 deltas (dL/dz, or -dL/dz as the
code's error terms) and 3 updates (W := W - \eta dL/dW for any weight, W^{(l)}=W^{(l)}-α\frac{δJ}{\delta W^{(l)}}, W -=
learning_rate * dL_dW). 38 are LaTeX (ChanchalaGorale's z^{[l]}, \delta^{[2]}, (\delta^{[2]})^\top and \odot; okamiRvS's
align blocks with \sum^{1}_{n=0}, z^{(L)}_{i}, w^{(2)}_{00}, \hspace{35pt} where \hspace{10pt} 1 \le l < L and chains
of \frac joined by \,; JaznaLaProfe's $...$ with Unicode α and δ, and \delta, for the partial sign; the question's
\left( \right), y_\text{hat}, \mbox{softmax}, \mbox{Loss}(y, y_hat) and \mbox{onehot}; the note's {\bf s}_n, dL/d{\bf
x}_n, {{\bf x}_{n-1}}^T and {W_n}^T; the German wiki's \text{[ReLU](aktivierungsfunktionen.md)}, a Markdown link as a
function's name, three claims joined by \\ and \mathbb{1}_{x \cdot w_1 > 0}; Suresh and Sardana's ||x_2-y||^2 in a
sentence; the CSDN notes' line given three times by KaTeX, its TeX copy with eleven "\ "), 19 plain text or code
(Yadira-Sainz's list lines with X·W1, A1^T · delta2, sum(delta2, axis=0) and σ'(A2) beside the page's own
"(σ'(a)=a*(1-a) si a = σ(z))"; ChanchalaGorale's, JaznaLaProfe's and chcarneiro's Python lines with
sigmoid_derivative, np.dot(..., weights_hidden_output.T) and comments after "#"; the wiki's "# ∂loss/∂w = 2 * y * x = 2 *
6 * 2 = 24" after print(w.grad); algonest's rendered math given twice and glued, z=wTx+bz=wTx+b).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- ChanchalaGorale's \delta^{[2]} = \frac{\partial L}{\partial z^{[2]}} = a^{[2]} - y: the page's code works the
  network with a sigmoid output and half the squared error, whose dL/dz2 is (a2 - y) a2 (1 - a2) (the code's own
  delta2 has the factor); a2 - y would be a cross-entropy's;
- okamiRvS's MSE &= \frac{1}{2} \sum^{1}_{n=0} (t_i - y_i)^2: the sum runs over n, its summand is in i (twice half of
  (t_i - y_i)^2); the expanded member after it is right;
- okamiRvS's \frac{\partial y_0}{\partial z^{(L)}_{0}} = \frac{\partial a^{(L)}_0}{\partial z^{(L)}_{i}} = 1: the
  middle member keeps the general line's i (0 for i = 1);
- the wiki's "# ∂loss/∂w = 2 * y * x = 2 * 6 * 2 = 24": loss = y ** 2 is the squared error with a target of 0, and 2 y x
  is its derivative only where the target is 0; the oracle's points draw the target, so the symbolic member is wrong
  there (the numbers, at the cell's, are right);
- algonest's z=0.4×2+0.6×3+1=3.4a=ReLU(z)=3.4 (given twice, glued): the sum is 0.8 + 1.8 + 1 = 3.6, so both 3.4s
  are wrong (the expression and ReLU(z) right).

Not mistaken, though they look it: JaznaLaProfe's dL_da = -1 (dL/da = a - y_real = -0.354 at the cell's numbers; -1,
a whole number, is one unit from it rounded to units, which the spec's rule for numbers allows: the collector first
wrote it down wrong); Yadira-Sainz's σ'(A2) and σ'(A1), which the line defines as a(1 - a) in the output; the
code's dL_dW = dL_da * da_dz * dz_dW, a right chain in the names its comments define (whatever number the cell gave
dL_da); ChanchalaGorale's a^{[1]} \cdot (\delta^{[2]})^\top and W^{[2]} \delta^{[2]} without the transpose, right with
one unit in each layer (the page's example).

What was left out: ChanchalaGorale's L = \text{loss}(y, a^{[2]}) (no loss named), its b := b - \eta dL/db, the code
cell's other lines (forward pass, dW2, delta1, dW1, the updates) and the markdown's "We want" list; okamiRvS's matrix
forms with bmatrix (z^{(l)} &= W^{(l)} \, a^{l-1}), its \frac{\partial MSE}{\partial y_{1}} and dy_1/dz_1 (the same
as the entries for output 0), the general \partial z / \partial a and \partial z / \partial w with "where a^{(0)}_{j} =
x_j" and their specific cases (which write a^{(1)} for the inputs), and the remaining five chains for the weights;
Yadira-Sainz's "Error: E = Y - A2" (a definition the notation gives), "Actualizar: W += lr * gradW" (W and gradW any
weight's: no --param can name both) and the code cell (self.W2, the same formulas again); JaznaLaProfe's chain-rule
example f(x)=(3x+2)^2 (no network), \theta = θ - α\nabla J(θ), \frac{\delta L}{\delta a}=\frac{\delta}{\delta a}(...)
and its XOR cell (Yadira-Sainz's formulas again); chcarneiro's hidden_output and output_input lines, error = y - output
(the notation's definition) and the printed numbers; Suresh and Sardana's and the CSDN notes' formulas past the
excerpt the corpus stores (the CSDN notes' L(θ) and its derivative by ω, a sum over N samples); justinmath's and
backprop-tutorial.pages.dev's pages and notesmath's flattened math (claimed, no formula used).

Collected on 2026-12-05 from 21:33 to 21:44 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec before the run
(backprop.symbolic.notation_loading.load_notation with its network, no formula read). The oracle agreed with
every verdict written down but jzn-dLda's and yau-torch's (above); the question's four keys were renamed mx4- (an
earlier batch holds an mse-loss). After the first blind run, okr-dydz0's twin was fixed (below: its members had been
listed in the wrong order, a transcription slip) and the oracle agrees with it. No entry was read by check before
the blind run, and nothing under src/ was touched.

Run blind at main b304b7d (/work/READY_FOR_BLIND29), rebased onto it with nothing under src/ changed. The first run
(/work/batch83_blind.txt): 41 of 57 read with every verdict right (72%), 8 refused, 8 misread, no typo refused (no
entry is marked unreadable), no crash, and the alarm: 1 WRONG FORMULA CALLED CORRECT, okr-dydz0, which was the
collector's twin, not check: its two members were listed in the wrong order (the page's middle member
\frac{\partial a^{(L)}_0}{\partial z^{(L)}_{i}} is the wrong one, the final 1 right; check called them wrong, then
correct, as they are). The twin was fixed (a transcription slip), the oracle agrees with it, and its expected verdicts
are now (wrong, correct). The first run's other misreadings were the collector's notation: chg-z1, chg-z2, chg-dW2,
chg-db2, chg-delta1 and chg-dW1 were read wrong because the ChanchalaGorale notation named W and b in `parameter` (a
key of docs/notation.md outside the spec, for the bare W of the update rules), which made W^{[l]} and b^{[l]} the
--param parameter everywhere; the key was removed (the notation only; chg-W-update, given --param, still reads). The
second run (/work/batch83_blind_second.txt): 48 of 57 read with every verdict right (84%), 8 refused, 1 misread, no
crash, NO WRONG FORMULA CALLED CORRECT. The mistaken formulas: chg-delta2, okr-mse and okr-dydz0 read with every
verdict right (a^{[2]} - y, the sum over n of a summand in i, and the z^{(L)}_{i} member called wrong where the oracle
does); yau-torch refused; alg-num misread (below, its wrong 3.4s called wrong).

By kind of claim (second run): values 28 of 33, gradients 12 of 13, deltas 5 of 8, updates 3 of 3. LaTeX against
plain text: the 38 in LaTeX read 35 (92%), the 19 in plain text or code 13 (68%). By page: ChanchalaGorale 11 of 11
(5 of 11 in the first run), okamiRvS 8 of 9 (7 of 9), Yadira-Sainz 4 of 6, JaznaLaProfe 9 of 9, the question 4 of 4,
Nemotron's note 5 of 5, the German wiki 3 of 5, chcarneiro 3 of 4, Suresh and Sardana 1 of 1, the CSDN notes 0 of 1,
algonest 0 of 2.

The refusals by construct (8, the same in both runs), with the exact message:

- 1, an inequality as a where-clause after the claim, \hspace{35pt} where \hspace{10pt} 1 \le l < L (okr-dadz):
  "formula '\\frac{\\partial a^{(l)}_{i}}{\\partial z^{(l)}_{i}} = a^{(l...': an inequality is not a claim check can
  judge at '\\leq' (position 111); write an equation (an inequality is read only at the end of a chain of equalities,
  as a remark)";
- 1, a parenthesis after the claim holding a definition with an equals sign and a Spanish word, (σ'(a)=a*(1-a) si a =
  σ(z)) (yds-delta2): "formula "delta2 = E * \\sigma '(A2) (\\sigma '(a)=a*(1-a) si a = \\si...": expected ')' to
  close the parenthesis at '=' (position 40)";
- 2, a product of a row-convention error term with a transposed matrix read as one number (the middle dot ·, and
  np.dot of a vector with a matrix): yds-delta1, "\"delta2 \\cdot W2^T * \\sigma '(A1)\" is 1 x 1 where the left side
  is 2 x 1"; chc-hgrad, "'np.dot(output_gradient, weights_hidden_output^T) * sigmoid_derivative(hidden_output)' is 1 x
  1 where the left side is 3 x 1";
- 1, a Markdown link as a function's name inside \text, \text{[ReLU](aktivierungsfunktionen.md)}(x \cdot w_1)
  (yau-net): "formula 'h = \\text{[ReLU](aktivierungsfunktionen.md)}(x \\cdot w_1)': unknown symbol
  [ReLU](aktivierungsfunktionen.md); the notation knows h, w, x, y; give it the quantity of symbols.md it stands for in
  the notation's [notation.symbols] (\"[ReLU](aktivierungsfunktionen.md)\" = ...), or, where its dot is a product, write
  [ReLU](aktivierungsfunktionen*md)";
- 1, a formula in a comment after a code statement, print(w.grad) # ∂loss/∂w = 2 * y * x = ... (yau-torch): "formula
  'print(w.grad) # ∂loss/∂w = 2 * y * x = 2 * 6 * 2 = 24': has no left side; write the equation (\\frac{\\partial
  L}{\\partial w} = ...) or name the parameter with --param";
- 1, KaTeX's three copies on one line, the spaced rendered copy first, z 1 = ω 11 x 1 + ... (csd-z1a1):
  "'\\omega_{11}x_1 + \\omega_{12}x_2 + b_1' is a number where the left side is a vector or matrix (2 x 1); write a
  value for each entry, [..., ...], or the claim of one entry (its left side with its indices)";
- 1, a list item's formula followed by a colon and a description in Vietnamese, z=wTx+bz=wTx+b: tổng có trọng số
  (alg-z): "formula 'z=wTx+bz=wTx+b: tổng có trọng số': unexpected at ':' (position 15)".

The misreading (second run, 1): alg-num, "Khi đó:z=0.4×2+0.6×3+1=3.4a=ReLU(z)=3.4z=0.4×2+0.6×3+1=3.4a=ReLU(z)=3.4",
the rendered math given twice and glued, read as one chain of eight members (correct, wrong, wrong, wrong, correct,
wrong, wrong, wrong: 3.4a read as 3.4 times a) where the page means two claims, z = 0.4×2+0.6×3+1 = 3.4 and a =
ReLU(z) = 3.4 (correct, wrong each).

Which look general (would appear in much homework): a where-clause or condition after a claim (where 1 \le l < L);
a comment holding the formula after a code statement (# dL/dw = ...); a list item's "formula: description"; the
row-vector convention of NumPy notes (X·W1, delta2 · W2^T, np.dot(v, W.T)) where an error term is one row. Page-
specific: the parenthetical definition (σ'(a)=a*(1-a) si a = σ(z)), a Markdown link inside \text, and KaTeX's rendered
copies glued beside (or instead of) the TeX source (the CSDN notes, algonest).

Read, among the constructs these pages brought: $$ indented under a numbered list with z^{[l]}, \delta^{[2]},
(\delta^{[2]})^\top and \odot f'(z^{[1]}); \begin{align*} blocks with \sum^{1}_{n=0} over a summand in i (called
wrong), z^{(L)}_{i}, w^{(2)}_{00} counted from 0, \, between chained \frac and a \\ break after +; Unicode α and δ (and
\delta) for the partial sign; code names dL_da, da_dz, dz_dW with comments after "#" and sigmoid_derivative at the
output or the input; \left( \right), y_\text{hat}, \mbox{softmax} and -\sum \mbox{onehot}(y)\cdot\log(y_hat);
{\bf s}_n, dL/d{\bf x}_n, {{\bf x}_{n-1}}^T and {W_n}^T as rules over n; \mathbb{1}_{x \cdot w_1 > 0}; ||x_2-y||^2 in
a paragraph's \( \); X·W1 and A1^T · delta2 with sum(delta2, axis=0) in a Spanish list; np.dot(X,
weights_input_hidden) with input-first weights.

Corrected in session 36 (2026-12-07) after review (fixleft36, whose commit ee7bcbd4 judges a derivative defined in
parentheses as the derivative it defines): the notation's slip, not the reader's. Yadira-Sainz's list defines its σ'
at the output, "- delta2 = E * σ'(A2)  (σ'(a)=a*(1-a) si a = σ(z))." ("if a = σ(z)"), and the next line's σ'(A1)
means it so; b83_yds declared no functions, so σ' was the sigmoid's derivative at its input and "- delta1 = delta2 ·
W2^T * σ'(A1)." read with σ(A1)(1 - σ(A1)), its right member called wrong. The notation now declares it as a teacher
reading the page would: functions = { "\\sigma'" = "sigmoid' at output" } (a [notation] table, which it had not).
No formula, verdict or other entry changed. yds-delta1, misread as it came, now reads with every verdict right, and
yds-delta2 still does: the batch from 54 of 57 read (95%; 2 refused, 1 misread) to 55 of 57 (96%; 2 refused, none
misread), no wrong formula called correct either time.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch83_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_CHG = "https://github.com/ChanchalaGorale/Basic-concepts-AI-ML-DL"
_OKR = "https://github.com/okamiRvS/Backpropagation"
_YDS = "https://github.com/Yadira-Sainz/deep-learning"
_JZN = "https://github.com/JaznaLaProfe/Deep-Learning"
_MSE = ("https://kiwix.cwells.dev/content/math.stackexchange.com_en_all_2025-08/questions/4363569/"
        "derivative-of-softmax-loss-function-with-text-one-text-hot-y")
_NBP = f"{_NEMOTRON} (Backpropagation: altering linear transformations and elementwise nonlinearities)"
_YAU = "https://wiki.yauis.de/grundlagen/backpropagation"
_CHC = "https://github.com/chcarneiro/RNs_Univesp"
_SRD = f"{_NEMOTRON} (Neural Networks: Mathematics of Backpropagation)"
_CSD = "https://blog.csdn.net/Oh_MyBug/article/details/104377696"
_ALG = "https://algonest.io.vn/?p=603"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# ChanchalaGorale: dL/dz2 and dL/dz1 of the 1-1-1 sigmoid network with half the squared error
_CHG_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CHG_D1 = f"W2[0,0]*{_CHG_D2}*a1[0]*(1 - a1[0])"
# okamiRvS: the loss, half the squared error of the two linear outputs
_OKR_MSE = "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2"
# Yadira-Sainz: delta2 = (y - a2) a2 (1 - a2) = -dL/dz2, delta1_j = delta2 W2[0, j] a1_j (1 - a1_j) = -dL/dz1_j
_YDS_D2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_YDS_D1 = _YDS_D2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# Nemotron's note: dL/ds_n (n = 2, 1) and dL/dx_{n-1}, unit by unit, for the letters of its rules
_NBP_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_NBP_DS = {2: [f"(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])" for j in range(2)]}
_NBP_DS[1] = [f"({_NBP_DS[2][0]}*W2[0,{j}] + {_NBP_DS[2][1]}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])" for j in range(2)]
_NBP_PREV = {1: "x", 2: "a1"}
_NBP_NJ = tuple({"n": n, "j": j, "p": _NBP_PREV[n], "d": _NBP_DS[n][j]} for n in (2, 1) for j in range(2))
_NBP_NJI = tuple({**value, "i": i} for value in _NBP_NJ for i in range(2))
_NBP_NI = tuple({"n": n, "i": i, "g": f"W{n}[0,{i}]*{_NBP_DS[n][0]} + W{n}[1,{i}]*{_NBP_DS[n][1]}"}
                for n in (2, 1) for i in range(2))

ENTRIES: list[Public] = [
    # ---- ChanchalaGorale's notebook: $$ on lines of their own, indented three spaces under a numbered list,
    # z^{[l]} and a^{[l]} with f and g, \delta^{[2]} = dL/dz^{[2]} = a^{[2]} - y (the code's loss is half the squared
    # error with a sigmoid output, so its own delta2 has the factor sigmoid'(z2)), (\delta^{[2]})^\top, \odot, W :=
    # W - \eta dL/dW; the code cell's delta2 ---------------------------------------------------------------------------
    Public("chg-z1", _CHG, "b83_chg", "b83_chg", "   $$\n   z^{[1]} = W^{[1]}x + b^{[1]}\n   $$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=83),
    Public("chg-a1", _CHG, "b83_chg", "b83_chg", "   $$\n   a^{[1]} = f(z^{[1]})\n   $$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=83, why="f the hidden activation, the sigmoid"),
    Public("chg-z2", _CHG, "b83_chg", "b83_chg", "   $$\n   z^{[2]} = W^{[2]}a^{[1]} + b^{[2]}\n   $$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),), batch=83),
    Public("chg-a2", _CHG, "b83_chg", "b83_chg", "   $$\n   a^{[2]} = g(z^{[2]})\n   $$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=83, why="g the output activation, the sigmoid"),
    Public("chg-delta2", _CHG, "b83_chg", "b83_chg",
           "   $$\n   \\delta^{[2]} = \\frac{\\partial L}{\\partial z^{[2]}} = a^{[2]} - y\n   $$", ((C, W),),
           (Twin("gradient_z", "z2[0]", (_CHG_D2, "a2[0] - y[0]")),), batch=83,
           why="a^{[2]} - y is dL/dz for a cross-entropy (or a linear output); the page's network, as its code works "
               "it, has a sigmoid output and half the squared error, whose dL/dz2 has the factor a2 (1 - a2)"),
    Public("chg-dW2", _CHG, "b83_chg", "b83_chg",
           "   $$\n   \\frac{\\partial L}{\\partial W^{[2]}} = a^{[1]} \\cdot (\\delta^{[2]})^\\top\n   $$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_CHG_D2}",)),), batch=83,
           why="a^{[1]} (\\delta^{[2]})^T is W2's shape transposed; with one unit in each layer the one entry is right"),
    Public("chg-db2", _CHG, "b83_chg", "b83_chg",
           "   $$\n   \\frac{\\partial L}{\\partial b^{[2]}} = \\delta^{[2]}\n   $$", ((C,),),
           (Twin("gradient", "b2[0]", (_CHG_D2,)),), batch=83),
    Public("chg-delta1", _CHG, "b83_chg", "b83_chg",
           "   $$\n   \\delta^{[1]} = (W^{[2]} \\delta^{[2]}) \\odot f'(z^{[1]})\n   $$", ((C,),),
           (Twin("gradient_z", "z1[0]", (_CHG_D1,)),), batch=83,
           why="W^{[2]} without its transpose, the same number for one unit in each layer"),
    Public("chg-dW1", _CHG, "b83_chg", "b83_chg",
           "   $$\n   \\frac{\\partial L}{\\partial W^{[1]}} = x \\cdot (\\delta^{[1]})^\\top\n   $$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_CHG_D1}",)),), batch=83),
    Public("chg-W-update", _CHG, "b83_chg", "b83_chg", "$$\nW := W - \\eta \\frac{\\partial L}{\\partial W}\n$$",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), param="W1[0,0]", batch=83,
           why="the rule for any weight W, checked for the hidden layer's (--param)"),
    Public("chg-code-delta2", _CHG, "b83_chg", "b83_chg", "delta2 = (a2 - y_true) * sigmoid_derivative(z2)",
           ((C,),), (Twin("gradient_z", "z2[0]", (_CHG_D2,)),), batch=83,
           why="the code cell's line: sigmoid_derivative(z) = s (1 - s) with s = sigmoid(z), at the sum z2"),
    # ---- okamiRvS's notebook: \begin{align*} inside $$, MSE with \sum^{1}_{n=0} over a summand in i, t_i the
    # targets and y_i the linear outputs, z^{(L)}_{i} with the layer before the unit, w^{(2)}_{00} counted from 0,
    # \hspace{35pt} where \hspace{10pt} 1 \le l < L, chains of \frac with \, between them -----------------------
    Public("okr-mse", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    MSE &= \\frac{1}{2} \\sum^{1}_{n=0} (t_i - y_i)^2 \\\\\n"
           "    &= \\frac{1}{2} (t_0 - y_0)^2 + \\frac{1}{2} (t_1 - y_1)^2\n\\end{align*}\n$$", ((W, C),),
           (Twin("value", _OKR_MSE, ("(y[{i}] - a2[{i}])**2", _OKR_MSE), _I2),), batch=83,
           why="the sum runs over n while its summand is written in i: twice half of (t_i - y_i)^2 for whichever i; "
               "the expanded second member is right"),
    Public("okr-dyi", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial MSE}{\\partial y_{i}} &= -(t_i - y_i) \\\\\n    &= y_i - t_i \n"
           "\\end{align*}\n$$", ((C, C),),
           (Twin("value", "a2[{i}] - y[{i}]", ("-(y[{i}] - a2[{i}])", "a2[{i}] - y[{i}]"), _I2),), batch=83,
           why="a derivative of the loss by an output, a value, for every i"),
    Public("okr-dy0", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial MSE}{\\partial y_{0}} &= -(t_0 - y_0) \\\\\n    &= y_0 - t_0 \n"
           "\\end{align*}\n$$", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "a2[0] - y[0]")),), batch=83),
    Public("okr-dydz", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial y_i}{\\partial z^{(L)}_{i}} &= \\frac{\\partial a^{(L)}_i}"
           "{\\partial z^{(L)}_{i}} = 1 \\\\\n\\end{align*}\n$$", ((C, C),),
           (Twin("value", "1", ("1", "1"), _I2),), batch=83,
           why="a local derivative of a linear output by its sum, a value: 1"),
    Public("okr-dydz0", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial y_0}{\\partial z^{(L)}_{0}} &= \\frac{\\partial a^{(L)}_0}"
           "{\\partial z^{(L)}_{i}} = 1 \\\\\n\\end{align*}\n$$", ((W, C),),
           (Twin("value", "1", ("1.0*({i} == 0)", "1"), _I2),), batch=83,
           why="the middle member's z^{(L)}_{i} keeps the general line's i (z^{(L)}_{0} meant): output 0 by the "
               "sum of unit i, 0 for i = 1"),
    Public("okr-scalar", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n"
           "    z^{(2)}_{0} &= w^{(2)}_{00} a^{(1)}_{0} + w^{(2)}_{01} a^{(1)}_{1} + w^{(2)}_{02} a^{(1)}_{2} \\\\\n"
           "    z^{(2)}_{1} &= w^{(2)}_{10} a^{(1)}_{0} + w^{(2)}_{11} a^{(1)}_{1} + w^{(2)}_{12} a^{(1)}_{2} \\\\\n"
           "    \\\\\n"
           "    z^{(1)}_{0} &= w^{(1)}_{00} x_{0} + w^{(1)}_{01} x_{1} \\\\\n"
           "    z^{(1)}_{1} &= w^{(1)}_{10} x_{0} + w^{(1)}_{11} x_{1} \\\\\n"
           "    z^{(1)}_{2} &= w^{(1)}_{20} x_{0} + w^{(1)}_{21} x_{1}\n\\end{align*}\n$$", ((C,),) * 5,
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2]",)),
            Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1] + W2[1,2]*a1[2]",)),
            Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),
            Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]",)),
            Twin("value", "z1[2]", ("W1[2,0]*x[0] + W1[2,1]*x[1]",))), batch=83,
           why="five lines of one align block, a blank \\\\ line between the layers"),
    Public("okr-dadz", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial a^{(l)}_{i}}{\\partial z^{(l)}_{i}} = a^{(l)}_{i} (1 - a^{(l)}_{i})\n"
           "    \\hspace{35pt}\n    where\n    \\hspace{10pt}\n    1 \\le l < L\n\\end{align*}\n$$", ((C,),),
           (Twin("value", "sigmoid(z1[{i}])*(1 - sigmoid(z1[{i}]))", ("a1[{i}]*(1 - a1[{i}])",), _I3),), batch=83,
           why="the hidden layers' local derivative, l = 1 the only one below L = 2"),
    Public("okr-dw2-00", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial MSE}{\\partial w^{(2)}_{00}} = \n"
           "    \\frac{\\partial MSE}{\\partial y^{(2)}_{0}} \\,\n"
           "    \\frac{\\partial y^{(2)}_{0}}{\\partial z^{(2)}_{0}} \\,\n"
           "    \\frac{\\partial z^{(2)}_{0}}{\\partial w^{(2)}_{00}}\n\\end{align*}\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*1*a1[0]",)),), batch=83),
    Public("okr-dw1-00", _OKR, "b83_okr", "b83_okr",
           "$$\n\\begin{align*}\n    \\frac{\\partial MSE}{\\partial w^{(1)}_{00}} = \n"
           "    \\frac{\\partial MSE}{\\partial y^{(2)}_{0}} \\,\n"
           "    \\frac{\\partial y^{(2)}_{0}}{\\partial z^{(2)}_{0}} \\, \n"
           "    \\frac{\\partial z^{(2)}_{0}}{\\partial a^{(1)}_{0}} \\,\n"
           "    \\frac{\\partial a^{(1)}_{0}}{\\partial z^{(1)}_{0}} \\,\n"
           "    \\frac{\\partial z^{(1)}_{0}}{\\partial w^{(1)}_{00}} + \\\\\n"
           "    \\frac{\\partial MSE}{\\partial y^{(2)}_{1}} \\,\n"
           "    \\frac{\\partial y^{(2)}_{1}}{\\partial z^{(2)}_{1}} \\, \n"
           "    \\frac{\\partial z^{(2)}_{1}}{\\partial a^{(1)}_{0}} \\,\n"
           "    \\frac{\\partial a^{(1)}_{0}}{\\partial z^{(1)}_{0}} \\,\n"
           "    \\frac{\\partial z^{(1)}_{0}}{\\partial w^{(1)}_{00}}\n\\end{align*}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
                                         " + (a2[1] - y[1])*W2[1,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=83,
           why="the two paths through the outputs, a \\\\ line break after the + inside the align"),
    # ---- Yadira-Sainz's notebook: a Markdown list of plain-text formulas in Spanish, X·W1 with a middle dot, two
    # claims on a line after ";", σ'(A2) with the page's σ'(a)=a*(1-a) in parentheses, A1^T · delta2,
    # sum(delta2, axis=0) ----------------------------------------------------------------------------------------
    Public("yds-fwd1", _YDS, "b83_yds", "b83_yds", "- Z1 = X·W1 + b1; A1 = σ(Z1).", ((C,), (C,)),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2)), batch=83,
           why="X a row (batch, n_in), W1 (n_in, n_h) input-first"),
    Public("yds-fwd2", _YDS, "b83_yds", "b83_yds", "- Z2 = A1·W2 + b2; A2 = σ(Z2) (salida probabilística).",
           ((C,), (C,)),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),
            Twin("value", "a2[0]", ("sigmoid(z2[0])",))), batch=83, why="\"(probabilistic output)\" after the claim"),
    Public("yds-delta2", _YDS, "b83_yds", "b83_yds", "- delta2 = E * σ'(A2)  (σ'(a)=a*(1-a) si a = σ(z)).",
           ((C,),), (Twin("gradient_z", "z2[0]", ("-" + _YDS_D2,)),), batch=83,
           why="delta2 = -dL/dz2 with E = Y - A2; σ'(A2) is the derivative written in the output, as the parenthesis "
               "says (\"if a = σ(z)\"), a2 (1 - a2)"),
    Public("yds-grad2", _YDS, "b83_yds", "b83_yds", "- gradW2 = A1^T · delta2; gradb2 = sum(delta2, axis=0).",
           ((C,), (C,)),
           (Twin("gradient", "W2[0,{j}]", ("-a1[{j}]*" + _YDS_D2,), _J2),
            Twin("gradient", "b2[0]", ("-" + _YDS_D2,))), batch=83,
           why="gradW2 and gradb2 the steps' directions, -dL/dW2 (input-first) and -dL/db2; axis=0 sums the one row"),
    Public("yds-delta1", _YDS, "b83_yds", "b83_yds", "- delta1 = delta2 · W2^T * σ'(A1).", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("-" + _YDS_D1,), _J2),), batch=83),
    Public("yds-grad1", _YDS, "b83_yds", "b83_yds", "- gradW1 = X^T · delta1; gradb1 = sum(delta1, axis=0).",
           ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", ("-x[{i}]*" + _YDS_D1,), _JI22),
            Twin("gradient", "b1[{j}]", ("-" + _YDS_D1,), _J2)), batch=83),
    # ---- JaznaLaProfe's notebook: $...$ on lines of their own with Unicode α and δ for the partial sign
    # (\frac{δJ}{\delta W^{(l)}}), a code cell's names dL_da, da_dz, dz_dW, dL_dW with Spanish comments after "#",
    # dL_da = -1 (the derivative of the squared error by a is a - y_real, not -1), W -= learning_rate * dL_dW --------
    Public("jzn-Wl", _JZN, "b83_jzn", "b83_jzn", "$W^{(l)}=W^{(l)}-α\\frac{δJ}{\\delta W^{(l)}}$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=83,
           why="δ (Unicode, then \\delta) for the partial sign; the layer's weights, one here"),
    Public("jzn-dLda", _JZN, "b83_jzn", "b83_jzn",
           "dL_da = -1  # Derivada de la pérdida respecto a 'a' (asumiendo error cuadrático)", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("=-1",)),), batch=83,
           why="\"derivative of the loss with respect to a (assuming the squared error)\": dL/da = a - y_real = "
               "-0.354 at the cell's numbers; -1, a whole number, is one unit from it rounded (0), which the spec's "
               "rule for numbers allows (the collector first wrote it down wrong)"),
    Public("jzn-dadz", _JZN, "b83_jzn", "b83_jzn", "da_dz = sigmoid_derivative(a)  # Derivada de 'a' respecto a 'z'",
           ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("a1[0]*(1 - a1[0])",)),), batch=83,
           why="sigmoid_derivative(x) = x (1 - x), taken at the output a"),
    Public("jzn-dzdW", _JZN, "b83_jzn", "b83_jzn", "dz_dW = x                      # Derivada de 'z' respecto a 'W'",
           ((C,),), (Twin("value", "x[0]", ("x[0]",)),), batch=83),
    Public("jzn-chain", _JZN, "b83_jzn", "b83_jzn", "dL_dW = dL_da * da_dz * dz_dW", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=83,
           why="the chain in the names the comments define (dL_da the derivative, whatever number the cell gave it)"),
    Public("jzn-update", _JZN, "b83_jzn", "b83_jzn", "W -= learning_rate * dL_dW  # Actualización del peso",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=83),
    Public("jzn-loss", _JZN, "b83_jzn", "b83_jzn", "$L=\\frac{1}{2}(y_{real} - a)^2$", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=83),
    Public("jzn-dLda-chain", _JZN, "b83_jzn", "b83_jzn",
           "$\\frac{\\delta L}{\\delta a}=\\frac{1}{2}\\cdot2(y_{real}-a)\\cdot(-1)$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("0.5*2*(y[0] - a1[0])*(-1)",)),), batch=83,
           why="\\delta for the partial sign; a derivative of the loss by the output, a value"),
    Public("jzn-dLda-final", _JZN, "b83_jzn", "b83_jzn", "$\\frac{\\delta L}{\\delta a}=-(y_{real}-a)$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("-(y[0] - a1[0])",)),), batch=83),
    # ---- math.stackexchange 4363569 (kiwix): a question's $...$ lines, \left( \right), w_1\cdot x, y_\text{hat}
    # without braces, \mbox{softmax}, \mbox{Loss}(y, y_hat) = -\sum \mbox{onehot}(y)\cdot\log(y_hat) (a sum with no
    # index) -------------------------------------------------------------------------------------------------------
    Public("mx4-h", _MSE, "b83_mse", "b83_mse", "$h=g\\left(w_1\\cdot x+b_1\\right)$", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J3),), batch=83,
           why="g the hidden activation, a ReLU here (the question leaves it open)"),
    Public("mx4-z", _MSE, "b83_mse", "b83_mse", "$ z=w_2\\cdot h+b_2$", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",), _K3),),
           batch=83, why="a space after the opening $"),
    Public("mx4-yhat", _MSE, "b83_mse", "b83_mse", "$y_\\text{hat} = \\mbox{softmax}\\left(z\\right)$", ((C,),),
           (Twin("value", "a2[{k}]", ("exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _K3),), batch=83),
    Public("mx4-loss", _MSE, "b83_mse", "b83_mse",
           "$\\mbox{Loss}\\left(y,y_\\text{hat}\\right)=-\\sum \\mbox{onehot}\\left(y\\right)\\cdot "
           "\\log\\left(y_\\text{hat}\\right)$", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),), batch=83,
           why="the loss named with its arguments; onehot(y) the one-hot label, summed over the classes"),
    # ---- Nemotron's "Backpropagation" note: \[ \] blocks, {\bf s}_n and {\bf x}_n (TeX's old \bf in a group),
    # W_n {\bf x}_{n-1}, dL/d{\bf s}_n with d for the derivative, \odot \sigma'({\bf s}_n), {{\bf x}_{n-1}}^T and
    # {W_n}^T: rules for every layer n ------------------------------------------------------------------------------
    Public("nbp-s", _NBP, "b83_nbp", "b83_nbp", "\\[\n{\\bf s}_n = W_n {\\bf x}_{n-1}\n\\]", ((C,),),
           (Twin("value", "z{n}[{j}]", ("W{n}[{j},0]*{p}[0] + W{n}[{j},1]*{p}[1]",), _NBP_NJ),), batch=83,
           why="a rule for n = 1 and 2 ({\\bf x}_0 the input)"),
    Public("nbp-x", _NBP, "b83_nbp", "b83_nbp", "\\[\n{\\bf x}_n = \\sigma({\\bf s}_n)\n\\]", ((C,),),
           (Twin("value", "a{n}[{j}]", ("sigmoid(z{n}[{j}])",), _NBP_NJ),), batch=83),
    Public("nbp-dLds", _NBP, "b83_nbp", "b83_nbp",
           "\\[\n\\frac{dL}{d{\\bf s}_n} = \\frac{dL}{d{\\bf x}_n} \\odot \\sigma'({\\bf s}_n)\n\\]", ((C,),),
           (Twin("gradient_z", "z{n}[{j}]", ("{d}",), _NBP_NJ),), batch=83,
           why="dL/dx_n times sigmoid'(s_n), unit by unit, for both layers"),
    Public("nbp-dLdW", _NBP, "b83_nbp", "b83_nbp",
           "\\[\n\\frac{dL}{dW_n} = \\frac{dL}{d{\\bf s}_n}{{\\bf x}_{n-1}}^T\n\\]", ((C,),),
           (Twin("gradient", "W{n}[{j},{i}]", ("({d})*{p}[{i}]",), _NBP_NJI),), batch=83),
    Public("nbp-dLdx", _NBP, "b83_nbp", "b83_nbp",
           "\\[\n\\frac{dL}{d{\\bf x}_{n-1}} = {W_n}^T \\frac{dL}{d{\\bf s}_n}\n\\]", ((C,),),
           (Twin("value", "{g}", ("{g}",), _NBP_NI),), batch=83,
           why="a derivative of the loss by a layer's outputs (the input's for n = 1), a value"),
    # ---- wiki.yauis.de (German): \[ \] on one line, three claims separated by \\ with the ReLU written as a
    # Markdown link inside \text, \mathbb{1}_{x \cdot w_1 > 0} for ReLU's derivative; a PyTorch cell's comment
    # "# ∂loss/∂w = 2 * y * x = 2 * 6 * 2 = 24" after print(w.grad) ------------------------------------------------
    Public("yau-chain", _YAU, "b83_yau", "b83_yau",
           "\\[ \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial y} \\cdot \\frac{\\partial y}"
           "{\\partial h} \\cdot \\frac{\\partial h}{\\partial w_1} \\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*Heaviside(z1[0])*x[0]",)),), batch=83),
    Public("yau-net", _YAU, "b83_yau", "b83_yau",
           "\\[ h = \\text{[ReLU](aktivierungsfunktionen.md)}(x \\cdot w_1) \\\\ y = h \\cdot w_2 \\\\ "
           "L = (y - y_{true})^2 \\]", ((C,), (C,), (C,)),
           (Twin("value", "a1[0]", ("relu(x[0]*W1[0,0])",)), Twin("value", "a2[0]", ("a1[0]*W2[0,0]",)),
            Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",))), batch=83,
           why="the ReLU's name is a Markdown link to the wiki's page on activations, inside \\text"),
    Public("yau-dw2", _YAU, "b83_yau", "b83_yau",
           "\\[ \\frac{\\partial L}{\\partial w_2} = 2(y - y_{true}) \\cdot h \\]", ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a1[0]",)),), batch=83),
    Public("yau-dw1", _YAU, "b83_yau", "b83_yau",
           "\\[ \\frac{\\partial L}{\\partial w_1} = 2(y - y_{true}) \\cdot w_2 \\cdot \\mathbb{1}_{x \\cdot w_1 > 0} "
           "\\cdot x \\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*Heaviside(x[0]*W1[0,0])*x[0]",)),), batch=83,
           why="\\mathbb{1}_{x w_1 > 0}, the indicator, ReLU's derivative (the page says so after it)"),
    Public("yau-torch", _YAU, "b83_yau_torch", "b83_yau_torch",
           "print(w.grad) # ∂loss/∂w = 2 * y * x = 2 * 6 * 2 = 24", ((W, C, C),),
           (Twin("gradient", "W1[0,0]", ("2*a1[0]*x[0]", "=2*6*2", "=24")),), batch=83,
           why="x = 2, w = 3, y = x * w = 6, loss = y ** 2, the squared error with a target of 0: 2 y x is its "
               "derivative only where the target is 0, so the symbolic member is wrong at the oracle's points (the "
               "collector first wrote it down right); the numbers, at the cell's, are right"),
    # ---- chcarneiro's notebook (Portuguese): lines of a Python function, np.dot(X, weights_input_hidden) with the
    # weights input-first, error * sigmoid_derivative(output), weights_hidden_output.T ---------------------------------
    Public("chc-hin", _CHC, "b83_chc", "b83_chc", "    hidden_input = np.dot(X, weights_input_hidden)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J3),), batch=83),
    Public("chc-out", _CHC, "b83_chc", "b83_chc", "    output = sigmoid(output_input)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=83),
    Public("chc-ograd", _CHC, "b83_chc", "b83_chc", "    output_gradient = error * sigmoid_derivative(output)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=83,
           why="error = y - output; sigmoid_derivative(x) = x (1 - x) at the output: -dL/dz2"),
    Public("chc-hgrad", _CHC, "b83_chc", "b83_chc",
           "    hidden_gradient = np.dot(output_gradient, weights_hidden_output.T) * sigmoid_derivative(hidden_output)",
           ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J3),),
           batch=83),
    # ---- Nemotron's "Neural Networks: Mathematics of Backpropagation": \( \) inside a paragraph, ||x_2-y||^2 ------
    Public("srd-E", _SRD, "b83_srd", "b83_srd",
           "we will use an error function. We define the error function as \\(E = \\frac{1}{2}||x_2-y||^2\\). This "
           "makes sense; \\(E\\) increases as the difference between \\(x_2\\) and \\(y\\) increases.", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2 + 0.5*(a2[1] - y[1])**2",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=83,
           why="||x_2 - y||^2 the squared norm of the prediction's error; the sentence's words around it"),
    # ---- Oh_MyBug's CSDN notes (Chinese): the page's KaTeX gives each formula three times on one line (a spaced
    # copy of the rendered text, the TeX source, the rendered text glued); the verdicts are the TeX source's ------
    Public("csd-z1a1", _CSD, "b83_csd", "b83_csd",
           "z 1 = ω 11 x 1 + ω 12 x 2 + b 1 a 1 = σ ( z 1 ) z_1 = \\omega_{11}x_1 + \\omega_{12}x_2 + b_1 "
           + "\\ " * 11 + "a_1 = \\sigma(z_1) z1=ω11x1+ω12x2+b1 a1=σ(z1)", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",))),
           batch=83, why="the TeX copy's two claims, spaced apart by eleven \\ (backslash-space)"),
    # ---- algonest's Vietnamese lesson: rendered math given twice, glued (z=wTx+bz=wTx+b); its example's sum is
    # 0.8 + 1.8 + 1 = 3.6, written 3.4 ----------------------------------------------------------------------------
    Public("alg-z", _ALG, "b83_alg", "b83_alg", "  • z=wTx+bz=wTx+b: tổng có trọng số", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=83,
           why="the rendered z = w^T x + b given twice, glued; \"the weighted sum\" after the colon"),
    Public("alg-num", _ALG, "b83_alg", "b83_alg",
           "Khi đó:z=0.4×2+0.6×3+1=3.4a=ReLU(z)=3.4z=0.4×2+0.6×3+1=3.4a=ReLU(z)=3.4", ((C, W), (C, W)),
           (Twin("value", "z1[0]", ("=0.4*2 + 0.6*3 + 1", "=3.4")), Twin("value", "a1[0]", ("relu(z1[0])", "=3.4"))),
           batch=83,
           why="\"Then:\" z = 0.4×2 + 0.6×3 + 1 and a = ReLU(z), given twice and glued: the sum is 3.6, not 3.4, "
               "so both results are wrong (the expression and ReLU(z) right)"),
]
