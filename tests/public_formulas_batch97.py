r"""Batch 97 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus, with this batch's emphasis: exam and homework
solutions, course slides, students' notebooks): hwanyo14's Korean notebook (MultiLayer_GD, a two-layer network's
gradients in Unicode's mathematical italic letters); tristanth03's UROP notebook (CALC, an Icelandic student's
derivation in English, 3Blue1Brown's notation, two typos); four slides of compphysics' week 42 (the Oslo machine-learning
course: slide 10's scalar network, slides 19 and 20's 2-2-1 network in bmatrix form, slide 72's logistic outputs and
cross-entropy, stored without delimiters); studyx's answer to a homework question (Foundations of DLNN, question 2,
plain text with Unicode subscripts); two solutions of GATE DA 2025's question 42 (iitmbsc's student project, an array
of the forward pass and an aligned chain; cdquestions' exam page, with a slip); Cerlog's DTU 02506 exam notebook (2024,
question 17, a worked exam answer in Python) -- copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch97_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative of a network's output rather than its loss (the
GATE question's dy/da, dy/df), a derivative by a hidden output, a sum or an output (UROP's dC_0/da^(L-1) and
dC_0/da_k^(L-1), its dz/dw and da/dz, compphysics' dC/da_i^L, studyx's dJ/dŷ and dh/dw₁, the DTU notebook's dL_dy,
dy_dy_tilde and delta) is twinned as a value, as in batches 14 to 95. Formulas keep their page's delimiters and what
surrounds them on their line (a Markdown list's " - 은닉층: " before $...$ and "→ sig() → 𝐴_1" after the claim; "###$$" a
heading's marks before a display; "1. $𝑍_1 = ...$ 이므로 도함수는 $𝑋$ 이다."; "Cost\Rightarrow" before a cost; two
$$ ... $$ on one line and "and the cost function" after them; "$$with outputs", a \( \boldsymbol{\Theta}=[...] \) after
a cost; prose glued after formulas whose delimiters the stored slide lost (",with", ".In case we use ..."); studyx's
"Therefore, " and "(where 1(x>0) is the indicator function)"; the GATE page's sentence around \(a_{2} =0\) and
\(\cfrac{\partial y}{\partial f} =0\); cdquestions' "3. The final output \( y \) is \( R(19) = 20 \)." and a comma or a
full stop after \); the exam notebook's "#" comments).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 97

The batch: 57 formulas of 66 claims (64 twinned, 2 in the 2 unreadable formulas): 51 values (forward definitions and
sums, outputs, losses, derivatives of an output, derivatives by a hidden output, a sum or an output, worked numbers), 13
gradients, no update. 39 are LaTeX (hwanyo14's seven with 𝑋, 𝑊, 𝑍, 𝐴, 𝐿, 𝑏, 𝑌 (U+1D44B and its neighbours), 𝑇 as the
transpose's letter, ⊙ and 𝟷 (U+1D7F7); UROP's sixteen with \left( \right), \sigma', \sum^{n-1}_{k=0}, C_{k}, n_L and
w^{(L)}_{j,k} with the superscript first; compphysics' ten with \hspace{0.1cm} \wedge, \boldsymbol{\Theta}, bmatrix,
\left( ... \right)^{T}, \sigma^{(1)}, \mathcal{C}(\boldsymbol{W}), \exp{(z_i^l)} and \log{a_i^L}, four of them
stored without delimiters; the GATE pages' six with \begin{array}{ r l l }, \max( 0,h_{1}), \cfrac, \times and empty
aligned rows), 18 plain text or code (studyx's eleven with w₁, ŷ, ², *, ReLU(x), 1(w₁x > 0); the DTU notebook's seven
with snake_case names, squared_loss(y, t), relu_derivative(y_tilde), ỹᵢ (U+1EF9, U+1D62) and ×).

None is mistaken (the oracle finds no member wrong); 2 are mangled by their page, and one slip reads right by the
spec's rule for a number:

- UROP's $Cost\Rightarrow C_o(...)=\left(a^{(L)}-y\right)^2 $ (uro-cost, unreadable "C_o"): the letter o for the 0 of
  C_0, the name its next line explains; UROP's $z_j^{(L)}=w_{j,0}^{(L)}a_0^{(L-1)}+w_{j,i}^{(L)}a_1^{(L-1)}+...$ (uro-zj,
  unreadable "w_{j,i}"): i for the 1 of w_{j,1}, a letter nothing binds.
- cdquestions' "3. The final output \( y \) is \( R(19) = 20 \)." (cdq-r19): R(19) = 19, the solution's 19 a slip for
  h_3 = e a_1 + f a_2 = 4(5) - 1(0) = 20 (iitmbsc's array of the same question writes h_{3} = 20). Written down wrong,
  it is right by the spec's rule for a number (20 is within one unit of 19's last digit): the oracle's verdict, correct,
  is the one committed.

Not mistaken, though they look it: studyx's answer substitutes the given w₁ = w₂ = 1 (ReLU(x) for ReLU(w₁x), 1(x > 0)
for 1(w₁x > 0), and its ∂J/∂w₁ = -2(y - ReLU(x)) * x * 1(x > 0) drops the factor ∂ŷ/∂h = w₂ = 1 of the line before): the
twins write the weights there (sx-h, sx-yhat, sx-j, sx-djdy, sx-dhdw, sx-dw1, sx-dydw2, sx-dw2); the GATE chain's
1\times e\times 1\times u writes the ReLU's slopes at its active units by their value 1 (gate-dya); UROP's factors in
reverse order (dz/dw da/dz dC_0/da) multiply to the same; hwanyo14's 𝐴_1^{𝑇}, 𝑋^𝑇 and 𝟷^𝑇 sum over the samples (one
here).

What was left out: the definitions and statements without a claim (hwanyo14's "- 예측값: $𝐴_2 → step\_func() → ŷ$" and
$-(y - a)x$; UROP's prose lines with $C_0$, $a^{(L)}$, $y$ and $\left(a^{(L)}-y\right)^2$ alone, its ∇C written
\begin{bmatrix} with ... inside and w^{(1)} twice for the bias; compphysics' \( a_0=x \) and slide 10's parameter list; studyx's question statement "Given h = ReLU(w₁x) and ŷ = w₂h, with w₁ = w₂ = 1, we have:", its
step 5 "For x > 0, ReLU(x) = x" and the two gradients it writes with that condition, its step 6 cut short in the stored
page ("= -2(4 - 2) * 2 = -"); the GATE question's statement R( x) =\max( 0,x) and its given values; cdquestions' options
(a)-(d) (options offered, not claims) and its "R(5) = 5" and "R(-1) = 0" (numbers without a named left side); the
DTU notebook's f-strings ("∂L/∂y = 2(y-t) = 2({y[i]}-{t[i]}) = {dL_dy[i]}"), its function definitions, its options
dictionary and its questions 14, 15 and 16 (a softmax loss over a data file, two classifiers, a gradient class whose
formulas index by variables)), hwanyo14's worked matrices with elided rows (⁝, …): its dL/dW_2 and dL/db_2 written out
with an illustrative example's rows (the second with dL/dW_2 on its left side for dL/db_2), X = [[3, 6, 2], [1, 10, 7],
⁝, [4, 8, 1]], dA_1/dZ_1 = 𝐴⊙(1 - 𝐴_1) = [[2.37, 6.10], ...] and dZ_1/dA_1 = W_2 = [[0.02], [0.16]] (∂𝑍_1 for ∂𝑍_2),
dL/dZ_2 = -(Y - A_2) = [0.7, 0.3, ⁝, 0.6] and -(𝑌 - 𝐴_1)𝑊_2^𝑇 (A_1 for A_2) with such rows: no network gives those
numbers, and an elided row has no value; its inline $𝑍_2 = 𝐴_1𝑊_2 + 𝑏_2$ in item 3 (the batch's 57 being reached).
compphysics' slide 33 (claimed for this batch) was not used: its formulas are those of week 41's slide 31 (batch 45)
with other letters. The studyx page of question 3 (claimed) was an address an earlier batch used under a shorter form
of its address, and yuzuponikemi's notebook 73 (claimed) stored its formulas past an image too large to read here; the
ocakhasan, leonardotamiano and bughaneacademy pages (claimed) showed no formula in the stored text the search returned,
and 123dok's thesis page (claimed) writes its sums with "...." over six inputs it does not give.

Collected on 2026-12-06 from 06:18 to 06:29 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), after one fix of the tables: the [data] tables,
first written as flat lists, were a slip of the tables, fixed before any notation was loaded. The oracle
agreed with every verdict first written down but one: cdq-r19's R(19) = 20, written down wrong, right by the spec's
rule for a number (the twin unchanged, the oracle's verdict committed). No entry was
read by check before the blind run, and nothing under src/ was touched.
Run blind once at main b40070e (/work/READY_FOR_BLIND36, open when the collecting commit was made at 06:29), rebased
onto it with nothing under src/ changed by this branch (the collecting commit's base was 6aa89e3; src/ is the same at
both). No refusal or misreading is the collector's notation outside the spec's grammar or a slip of it, so the first
run is the only one (/work/batch97_blind.txt): 34 of 57 read with every verdict right (60%), 12 refused, 9 misread
(right formulas judged wrong, or claims merged), 2 typo refused (both naming the typo), no crash, NO WRONG FORMULA
CALLED CORRECT.

By kind of formula: values 27 of 42, gradients 7 of 13 (the 2 unreadable apart). LaTeX against plain text: the 39 in
LaTeX read 25 (64%), the 18 in plain text or code 9 (50%). By page: hwanyo14 1 of 7, UROP 14 of 16 (the 2 typos refused),
compphysics' slide 10 0 of 2, slide 19 2 of 2, slide 20 2 of 2, slide 72 1 of 4, studyx 3 of 11, iitmbsc's GATE
solution 2 of 3, cdquestions 3 of 3, the DTU exam notebook 6 of 7.

The misreadings (9), two constructs:

- 8, a value the problem gives written in the formula in place of the quantity (studyx's w₁ = w₂ = 1: ReLU(x) for
  ReLU(w₁x), the factor w₂ = 1 left out; the GATE chain's ReLU slopes written 1), read literally and judged as a rule:
  studyx's "h = ReLU(x)" (sx-h) got (('wrong',),) for (('correct',),); likewise sx-yhat, sx-dw1 and sx-dw2 whole, the
  second member of sx-j, sx-djdy and sx-dydw2 ("= (y - ReLU(x))²", "= -2(y - ReLU(x))", "= ReLU(x)"), and the GATE
  chain's "=1\times e\times 1\times u" (gate-dya) got (('correct', 'wrong', 'correct'),) for (('correct', 'correct',
  'correct'),). The same construct as batch 95's two misreadings (biases of 1, a target of 0.6).
- 1, two claims joined by \wedge in one display, "$$ z_1 = w_1a_0+b_1 \hspace{0.1cm} \wedge a_1 = \sigma_1(z_1), $$ $$
  z_2 = ... $$and the cost function" (c10-zs): each display read as one claim, 'z_1 = w_1a_0+b_1 \wedge a_1 =
  \sigma_1(z_1)', judged correct: got (('correct',), ('correct',)) for four claims. Whether the claim after \wedge was
  judged at all, the report does not say: a wrong a_1 there might pass unseen.

The refusals by construct (12), with the exact message:

- 4, Markdown heading marks before a display, "###$$" (hw-dw2, hw-dw1, hw-dw1full, hw-db1full): "formula '##
  \\frac{\\partial L}{\\partial W_2} = \\frac{\\partial L}{\\p...': cannot read '#' at position 1; write the formula in
  LaTeX or plain text (+ - * / ^, \frac, \sum)" (hw-dw1's and the others' the same at W_1, b_1). The Unicode italic
  letters were read (𝐿 as L); whether ⊙ and 𝟷^𝑇 read behind the marks is not known.
- 3, prose glued after a formula whose stored page lost its delimiters (compphysics' slide 72): c72-a's ",with":
  "formula 'a_i^l = y_i = \\frac{\\exp{(z_i^l)}}{1+\\exp{(z_i^l)}},with': unexpected at ',' (position 52); a comma after
  a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)";
  c72-z's ",where the superscript l-1 indicates ... l=L is now": "formula 'the superscript l-1 indicates that these
  are the outputs ...': unexpected at '.' (position 73)"; c72-dca's ".In case we use ...": "formula '\\frac{\\partial
  \\mathcal{C}(W )}{\\partial a_i^L} = \\frac{a...': unknown symbol I; the notation knows a, b, t, w, y, z; give it a
  meaning in the notation's [notation.symbols], e.g. "I" = "a1[0]"".
- 2, a sum on the left side and arrows to the next steps after the name, "𝑋𝑊_1 + 𝑏_1 = 𝑍_1 → sig() → 𝐴_1" (hw-hid,
  hw-out): "formula 'XW_1 + b_1 = Z_1 \\to sig() \\to A_1': has nothing to judge after its left side; write an equation
  (A = B), an update (w := ...) or a value (h = 0.5)" (hw-out's the same with A_1W_2 + b_2 = Z_2).
- 1, a parameter list in \( ... \) after the claim on its line (c10-cost, "$$with \( \boldsymbol{\Theta}=[w_1,w_2,b_1,
  b_2] \)."): "formula '\\Theta =[w_1,w_2,b_1,b_2]': unknown symbol \Theta; the notation knows a, b, w, y, z; give it a
  meaning in the notation's [notation.symbols], e.g. "\Theta" = "a1[0]"".
- 1, a Unicode subscript glued to the next factor inside an indicator, 1(w₁x > 0) (sx-dhdw): "formula '\\partial
  h/\\partial w_1 = x * 1(w_1x > 0) = x * 1(x > 0) ...': w matches none of the notation's patterns for w ('w_{1}',
  'w_{2}')".
- 1, a helper function of two arguments in code, squared_loss_derivative(y, t) (dtu-dldy): "formula 'dL_dy =
  squared_loss_derivative(y, t)': squared_loss_derivative(...) is a function the notation does not name at 's'
  (position 9); name it there: functions = { squared_loss_derivative = "relu" } for an activation, {
  squared_loss_derivative = "relu' at input" } (or at output) for its derivative, loss = ["squared_loss_derivative"] for
  the loss". Not a slip of the notation: the spec's functions name functions of one argument (batch 95's
  mse_derivada(y, A2) the same).

The typos (2), both refused naming them: uro-cost, "formula 'Cost\\Rightarrow C_o( \\ldots )= (a^{(L)}-y )^2': unknown
symbol C_{o}; the notation knows a, b, n, w, y, z; give it a meaning in the notation's [notation.symbols], e.g. "C_{o}" =
"a1[0]""; uro-zj, "formula 'z_j^{(L)}=w_{j,0}^{(L)}a_0^{(L-1)}+w_{j,i}^{(L)}a_1^{(L-1...': the index i has no value
(w_{j,i}^{L} uses it outside a sum over i); name it on the left side, with --param (e.g. W2[i,i]), or in a sum".

Which look general (would appear in much homework): a given value written in a formula for the quantity it copies
(answers that substitute the given weights, ReLU slopes written 1), Markdown heading marks before a display in
notebooks, claims joined by \wedge (the course's slides use it throughout), prose glued after formulas on pages stored
without their delimiters, a parameter list after a cost, code's helper functions of two arguments. Page-specific: the
sum-on-the-left with arrows to the next steps (hwanyo14's list), w₁x glued inside an indicator 1(...).

Read, among the constructs these pages brought: Unicode's mathematical italic letters with Korean prose after the
formula (hw-z1); UROP's \sigma'(z^{(L)}), a chain's factors in reverse order, \left( \right), \frac{1}{n}\sum^{n-1}_{k=0}
over C_{k}, a sum to n_L-1 over units counted from 0, w^{(L)}_{j,k} with the superscript first, $$...$$ ending a
sentence; compphysics' bmatrix vectors with a transposed weight matrix \left( ... \right)^{T}, \sigma^{(1)} as a layer's
function, "$$with outputs" after a display, \mathcal{C}(\boldsymbol{W}) with \log{a_i^L} stored without delimiters;
studyx's chains with Unicode subscripts, ŷ and " * ", "Therefore, " before a claim; the GATE array of six claims with a
symbolic and a numeric column, \max( 0,h_{1}), glued products au+bv, a weight named a beside a_1, \cfrac, a sentence
with two inline claims; cdquestions' \( ... \), and \( ... \). in lists, R(19) = 20 (right by rounding); the DTU
notebook's y = relu(y_tilde), loss = squared_loss(y, t) (a loss name with arguments), "#" comments with ∂L/∂ỹᵢ and ×,
snake_case names given as quantities.
"""

from __future__ import annotations

from public_formulas import C, Public
from public_formulas_batch97_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_HW = "https://github.com/hwanyo14/deep_learning_study"
_URO = "https://github.com/tristanth03/UROP"
_C10 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs010.html"
_C19 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs019.html"
_C20 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs020.html"
_C72 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs072.html"
_SX = ("https://studyx.ai/homework/104073016-foundations-of-dlnn-1-question-no-2-consider-the-following-neural-network-"
       "h-relu-w-1-x")
_GATE = "https://iitmbsc-student-projects.github.io/gate-da/papers/GATE-2025/question-42.html"
_CDQ = "https://cdquestions.com/exams/questions/consider-the-neural-network-shown-in-the-figure-wi-67ef65fd8e8ea38e83a3c871"
_DTU = "https://github.com/Cerlog/02506_Advanced_Image_Analysis_DTU"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I5 = tuple({"i": i} for i in range(5))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J2K3 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))

# hwanyo14 (the logistic loss, one sample): dL/dz2 = a2 - y; the hidden units' delta
_HD = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_HZ1 = "x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]"

# the UROP chain (C_0 = (a^(L) - y)^2, L = 2): dC_0/dz^(L)
_UD = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_UDJ = "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_UDA = " + ".join(f"W2[{j},{{k}}]*2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])" for j in range(2))

# studyx (w_1 = w_2 = 1 given, written by their value: ReLU(x) is the hidden unit h = ReLU(w_1 x), and yhat = w_2 h)
_H = "relu(W1[0,0]*x[0])"
_YHAT = "W2[0,0]*relu(W1[0,0]*x[0])"
_STEP = "Heaviside(W1[0,0]*x[0])"

# the GATE question (y the output, not a loss): dy/da through the active path
_DYA = "Heaviside(z2[0])*W2[0,0]*Heaviside(z1[0])*x[0]"

# the DTU exam notebook: dL/d(y_tilde) of the squared loss through the ReLU
_DTU_D = "2*(a1[{i}] - y[{i}])*Heaviside(z1[{i}])"
_DTU_LOSS = " + ".join(f"(a1[{i}] - y[{i}])**2" for i in range(5))

# compphysics' slide 72 (the binary cross-entropy over the two outputs)
_BCE = " + ".join(f"-(y[{i}]*log(a2[{i}]) + (1 - y[{i}])*log(1 - a2[{i}]))" for i in range(2))

ENTRIES = [
    # ---- hwanyo14's Korean notebook: Unicode's mathematical italic letters (𝑋, 𝑊, 𝑍, 𝐴, 𝐿, 𝑇) and ∂ inside $ and
    # "###$$" blocks (a Markdown heading's ### before $$), a Markdown list's " - " with a label and arrows (→ sig()
    # →) after the claim, the left side an expression (𝑋𝑊_1 + 𝑏_1 = 𝑍_1), 𝑋^𝑇, ⊙, 𝟷^𝑇 (U+1D7F7, the ones vector) ----
    Public("hw-hid", _HW, "b97_hw", "b97_hw", ' - 은닉층: $𝑋𝑊_1 + 𝑏_1 = 𝑍_1 → sig() → 𝐴_1$', ((C,),),
           (Twin("value", _HZ1, ("z1[{j}]",), _J2),), batch=97,
           why="the left side is the sum: X W_1 + b_1 equals Z_1 (then sig() gives A_1)"),
    Public("hw-out", _HW, "b97_hw", "b97_hw", ' - 출력층: $𝐴_1𝑊_2 + 𝑏_2 = 𝑍_2 → sig() → 𝐴_2$', ((C,),),
           (Twin("value", "a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]", ("z2[0]",)),), batch=97),
    Public("hw-dw2", _HW, "b97_hw", "b97_hw", '###$$\n  \\frac{∂𝐿}{∂𝑊_2} = \\frac{∂𝐿}{∂𝑍_2} \\frac{∂𝑍_2}{∂𝑊_2}\n$$', ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=97,
           why="the chain dL/dZ_2 dZ_2/dW_2 (the logistic loss: dL/dZ_2 = A_2 - Y)"),
    Public("hw-dw1", _HW, "b97_hw", "b97_hw", '###$$\n  \\frac{∂𝐿}{∂𝑊_1} = \\frac{∂𝐿}{∂𝑍_2} \\frac{∂𝑍_2}{∂𝐴_1}\\frac{∂𝐴_1}{∂𝑍_1}\\frac{∂𝑍_1}{∂𝑊_1}\n$$', ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_HD}*x[{{i}}]",), _J2I3),), batch=97),
    Public("hw-z1", _HW, "b97_hw", "b97_hw", '1. $𝑍_1 = 𝑋𝑊_1 + 𝑏_1$ 이므로 도함수는 $𝑋$ 이다.   ', ((C,),),
           (Twin("value", "z1[{j}]", (_HZ1,), _J2),), batch=97,
           why="$𝑋$ after it stands alone (the derivative named in prose), no claim"),
    Public("hw-dw1full", _HW, "b97_hw", "b97_hw", '###$$\n  \\frac{∂𝐿}{∂𝑊_1} = \\frac{∂𝐿}{∂𝑍_2} \\frac{∂𝑍_2}{∂𝐴_1}\\frac{∂𝐴_1}{∂𝑍_1}\\frac{∂𝑍_1}{∂𝑊_1}\n  = 𝑋^𝑇(-(𝑌 - 𝐴_2)𝑊_2^𝑇⊙𝐴_1⊙(1 - 𝐴_1))\n$$', ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_HD}*x[{{i}}]", f"{_HD}*x[{{i}}]"), _J2I3),), batch=97,
           why="one sample: X^T (-(Y - A_2) W_2^T ⊙ A_1 ⊙ (1 - A_1))"),
    Public("hw-db1full", _HW, "b97_hw", "b97_hw", '###$$\n  \\frac{∂𝐿}{∂𝑏_1} = \\frac{∂𝐿}{∂𝑍_2} \\frac{∂𝑍_2}{∂𝐴_1}\\frac{∂𝐴_1}{∂𝑍_1}\\frac{∂𝑍_1}{∂𝑏_1}\n  = 𝟷^𝑇(-(𝑌 - 𝐴_2)𝑊_2^𝑇⊙𝐴_1⊙(1 - 𝐴_1))\n$$', ((C, C),),
           (Twin("gradient", "b1[{j}]", (_HD, _HD), _J2),), batch=97,
           why="𝟷^𝑇 sums over the samples: one sample here"),
    # ---- tristanth03's UROP notebook (an Icelandic student's notes in English): one $ ... $ a line, \left( \right),
    # \sigma'(...) for the sigmoid's slope, the factors in the reverse order (dz/dw da/dz dC_0/da), C_0 = (a - y)^2
    # not halved, a mean over n samples with \sum^{n-1}_{k=0}, units counted from 0 in the last cells, two typos ------
    Public("uro-cost", _URO, "b97_uro", "b97_uro", '$Cost\\Rightarrow C_o(...)=\\left(a^{(L)}-y\\right)^2 $', (), (), unreadable="C_o", batch=97,
           why="C_o(...) with the letter o, the notebook's C_0 (\"the cost function for a particular output 0\" on its "
               "next line): a name the notation does not give, and \"Cost\\Rightarrow\" before it"),
    Public("uro-z", _URO, "b97_uro", "b97_uro", '$z^{(L)} = w^{(L)}a^{(L-1)}+b^{(L)}$', ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),), batch=97),
    Public("uro-a", _URO, "b97_uro", "b97_uro", '$a^{(L)}=\\sigma\\left(z^{(L)}\\right)$', ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=97),
    Public("uro-chain", _URO, "b97_uro", "b97_uro", '$\\frac{\\partial C_0}{\\partial w^{(L)}}=\\frac{\\partial z^{(L)}}{\\partial w^{(L)}}\\frac{\\partial a^{(L)}}{\\partial z^{(L)}}\\frac{\\partial C_0}{\\partial a^{(L)}}$', ((C,),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_UD}",)),), batch=97),
    Public("uro-dzdw", _URO, "b97_uro", "b97_uro", '$\\frac{\\partial z^{(L)}}{\\partial w^{(L)}} = a^{(L-1)}$', ((C,),),
           (Twin("value", "a1[0]", ("a1[0]",)),), batch=97,
           why="dz^(L)/dw^(L), a derivative of the sum by the weight: a value"),
    Public("uro-dadz", _URO, "b97_uro", "b97_uro", "$\\frac{\\partial a^{(L)}}{\\partial z^{(L)}} = \\sigma'(z^{(L)})$", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=97),
    Public("uro-dcda", _URO, "b97_uro", "b97_uro", '$\\frac{\\partial C_0}{\\partial a^{(L)}} = 2\\left(a^{(L)}-y\\right)$', ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=97),
    Public("uro-dw", _URO, "b97_uro", "b97_uro", "$\\frac{\\partial C_0}{\\partial w^{(L)}}=\\frac{\\partial z^{(L)}}{\\partial w^{(L)}}\\frac{\\partial a^{(L)}}{\\partial z^{(L)}}\\frac{\\partial C_0}{\\partial a^{(L)}} =2 a^{(L-1)} \\sigma'\\left(z^{(L)}\\right)\\left(a^{(L)}-y\\right)$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_UD}", f"a1[0]*{_UD}")),), batch=97),
    Public("uro-avg", _URO, "b97_uro", "b97_uro", '$\\frac{\\partial C}{\\partial w^{(L)}} = \\frac{1}{n}\\sum^{n-1}_{k=0}\\frac{\\partial C_{k}}{\\partial w^{(L)}}$', ((C,),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_UD}",)),), batch=97,
           why="C the mean of the samples' costs C_k over n = 1 sample"),
    Public("uro-db", _URO, "b97_uro", "b97_uro", "$$\\frac{\\partial C_0}{\\partial b^{(L)}}=\\frac{\\partial z^{(L)}}{\\partial b^{(L)}}\\frac{\\partial a^{(L)}}{\\partial z^{(L)}}\\frac{\\partial C_0}{\\partial a^{(L)}} = 2  \\sigma'\\left(z^{(L)}\\right)\\left(a^{(L)}-y\\right)$$", ((C, C),),
           (Twin("gradient", "b2[0]", (_UD, _UD)),), batch=97),
    Public("uro-dal", _URO, "b97_uro", "b97_uro", "$\\frac{\\partial C_0}{\\partial a^{(L-1)}}=\\frac{\\partial z^{(L)}}{\\partial a^{(L-1)}}\\frac{\\partial a^{(L)}}{\\partial z^{(L)}}\\frac{\\partial C_0}{\\partial a^{(L)}} =2 w^{(L)}\\sigma'\\left(z^{(L)}\\right)\\left(a^{(L)}-y\\right)$", ((C, C),),
           (Twin("value", f"W2[0,0]*{_UD}", (f"W2[0,0]*{_UD}", f"W2[0,0]*{_UD}")),), batch=97,
           why="dC_0/da^(L-1), by a hidden output: a value"),
    Public("uro-c0", _URO, "b97_uro3", "b97_uro3", '$C_0=\\sum^{n_L-1}_{j=0}\\left(a_j^{(L)}-y_j\\right)^2$', ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=97, why="n_L = 2 outputs counted from 0"),
    Public("uro-zj", _URO, "b97_uro3", "b97_uro3", '$z_j^{(L)}=w_{j,0}^{(L)}a_0^{(L-1)}+w_{j,i}^{(L)}a_1^{(L-1)}+w_{j,2}^{(L)}a_2^{(L-1)}+b_j^{(L)}$', (), (), unreadable="w_{j,i}", batch=97,
           why="w_{j,i} for w_{j,1}: the second weight's index is a letter the sum does not bind"),
    Public("uro-aj", _URO, "b97_uro3", "b97_uro3", '$a_j^{(L)}=\\sigma \\left(z_j^{(L)}\\right)$', ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])",), _J2),), batch=97),
    Public("uro-dwjk", _URO, "b97_uro3", "b97_uro3", '$\\frac{\\partial C_0}{\\partial w^{(L)}_{j,k}}=\\frac{\\partial z^{(L)}_j}{\\partial w^{(L)}_{j,k}}\\frac{\\partial a^{(L)}_j}{\\partial z^{(L)}_j}\\frac{\\partial C_0}{\\partial a^{(L)}_j}$', ((C,),),
           (Twin("gradient", "W2[{j},{k}]", (f"a1[{{k}}]*{_UDJ}",), _J2K3),), batch=97,
           why="w^{(L)}_{j,k} from unit k of layer L-1 to unit j of layer L"),
    Public("uro-dak", _URO, "b97_uro3", "b97_uro3", '$\\frac{\\partial C_0}{\\partial a^{(L-1)}_{k}}=\\sum_{j=0}^{n_L-1}\\frac{\\partial z^{(L)}_j}{\\partial a^{(L-1)}_{k}}\\frac{\\partial a^{(L)}_j}{\\partial z^{(L)}_j}\\frac{\\partial C_0}{\\partial a^{(L)}_j}$', ((C,),),
           (Twin("value", _UDA, (_UDA,), _K3),), batch=97, why="dC_0/da_k^(L-1), by a hidden output: a value"),
    # ---- compphysics' week 42 (the Oslo machine-learning course's slides): two $$ ... $$ on one line with
    # \hspace{0.1cm} \wedge between two claims in each, a cost with its arguments C(x;\boldsymbol{\Theta}) and a
    # \( ... \) definition after it, bmatrix vectors with a transposed weight matrix, \sigma^{(1)} as a layer's
    # function, text after the closing $$ ("with outputs") ---------------------------------------------------------
    Public("c10-zs", _C10, "b97_c10", "b97_c10",
           "$$ z_1 = w_1a_0+b_1 \\hspace{0.1cm} \\wedge a_1 = \\sigma_1(z_1), $$ $$ z_2 = w_2a_1+b_2 \\hspace{0.1cm} "
           "\\wedge a_2 = \\sigma_2(z_2), $$and the cost function", ((C,), (C,), (C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
            Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),
            Twin("value", "a2[0]", ("sigmoid(z2[0])",))), batch=97,
           why="a_0 = x; \\wedge joins two claims"),
    Public("c10-cost", _C10, "b97_c10", "b97_c10",
           "$$ C(x;\\boldsymbol{\\Theta})=\\frac{1}{2}(a_2-y)^2, $$with \\( \\boldsymbol{\\Theta}=[w_1,w_2,b_1,b_2] \\).",
           ((C,),), (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=97,
           why="the \\( \\boldsymbol{\\Theta}=[...] \\) after it lists the parameters, no claim"),
    Public("c19-z", _C19, "b97_cph", "b97_cph",
           "$$ \\begin{bmatrix}z_1^{(1)} \\\\ z_2^{(1)} \\end{bmatrix}=\\left(\\begin{bmatrix}w_{11}^{(1)} & w_{12}^{(1)}"
           "\\\\ w_{21}^{(1)} &w_{22}^{(1)} \\end{bmatrix}\\right)^{T}\\begin{bmatrix}a_1^{(0)} \\\\ a_2^{(0)} "
           "\\end{bmatrix}+\\begin{bmatrix}b_1^{(1)} \\\\ b_2^{(1)} \\end{bmatrix}, $$with outputs", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=97,
           why="w_{ij}^{(1)} from input i to hidden unit j: the transposed matrix is W1"),
    Public("c19-a", _C19, "b97_cph", "b97_cph",
           "$$ \\begin{bmatrix}a_1^{(1)} \\\\ a_2^{(1)} \\end{bmatrix}=\\begin{bmatrix}\\sigma^{(1)}(z_1^{(1)}) \\\\ "
           "\\sigma^{(1)}(z_2^{(1)}) \\end{bmatrix}. $$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=97),
    Public("c20-z", _C20, "b97_cph", "b97_cph",
           "$$ z^{(2)} = w_{1}^{(2)}a_1^{(1)} +w_{2}^{(2)}a_2^{(1)}+b^{(2)}, $$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=97),
    Public("c20-a", _C20, "b97_cph", "b97_cph", "$$ a^{(2)}=\\sigma^{(2)}(z^{(2)}). $$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=97),
    # ---- compphysics' week 42, slide 72, stored without its delimiters (MathJax's rendering gone): each formula
    # followed on its line by the prose after it (",with", ",where the superscript ...", ".In case we use ...") --------
    Public("c72-a", _C72, "b97_c72", "b97_c72", "a_i^l = y_i = \\frac{\\exp{(z_i^l)}}{1+\\exp{(z_i^l)}},with", ((C, C),),
           (Twin("value", "a2[{i}]", ("a2[{i}]", "exp(z2[{i}])/(1 + exp(z2[{i}]))"), _I2),), batch=97,
           why="l the output layer here (the slide's cost is at l = L), y_i = a_i^l its outputs"),
    Public("c72-z", _C72, "b97_c72", "b97_c72",
           "z_i^l = \\sum_{j}w_{ij}^l a_j^{l-1}+b_i^l,where the superscript l-1 indicates that these are the outputs from "
           "layer l-1 . Our cost function at the final layer l=L is now", ((C,),),
           (Twin("value", "z2[{i}]", ("W2[{i},0]*a1[0] + W2[{i},1]*a1[1] + b2[{i}]",), _I2),), batch=97,
           why="w_{ij}^l output-first: from unit j of layer l-1 to unit i of layer l"),
    Public("c72-cost", _C72, "b97_c72", "b97_c72",
           "\\mathcal{C}(\\boldsymbol{W}) = - \\sum_{i=1}^n \\left(t_i\\log{a_i^L}+(1-t_i)\\log{(1-a_i^L)}\\right),where we "
           "have defined the targets t_i . The derivatives of the cost function with respect to the output a_i^L are then "
           "easily calculated and we get", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=97,
           why="n = 2 outputs, t_i the targets"),
    Public("c72-dca", _C72, "b97_c72", "b97_c72",
           "\\frac{\\partial \\mathcal{C}(\\boldsymbol{W})}{\\partial a_i^L} = \\frac{a_i^L-t_i}{a_i^L(1-a_i^L)}.In case we "
           "use another activation function than the logistic one, we need to evaluate other derivatives.", ((C,),),
           (Twin("value", "(a2[{i}] - y[{i}])/(a2[{i}]*(1 - a2[{i}]))", ("(a2[{i}] - y[{i}])/(a2[{i}]*(1 - a2[{i}]))",),
                 _I2),), batch=97, why="dC/da_i^L, by an output: a value"),
    # ---- studyx's answer to a homework question (Foundations of DLNN, question 2): plain text with Unicode
    # subscripts (w₁, w₂), ŷ, ², "*" products, a prose "Therefore," before a claim, an indicator written 1(x > 0), a
    # parenthesised remark after the claim; the answer substitutes the given w₁ = w₂ = 1 (ReLU(x) for ReLU(w₁x)) ------
    Public("sx-h", _SX, "b97_sx", "b97_sx", "h = ReLU(x)", ((C,),), (Twin("value", "a1[0]", (_H,)),), batch=97,
           why="w₁ = 1 given: ReLU(x) is ReLU(w₁x) with w₁ written by its value"),
    Public("sx-yhat", _SX, "b97_sx", "b97_sx", "ŷ = ReLU(x)", ((C,),), (Twin("value", "a2[0]", (_YHAT,)),), batch=97,
           why="ŷ = w₂h with w₂ = 1 written by its value"),
    Public("sx-j", _SX, "b97_sx", "b97_sx", "J(x, y) = (y - ŷ)² = (y - ReLU(x))²", ((C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2", f"(y[0] - {_YHAT})**2")),), batch=97),
    Public("sx-chain", _SX, "b97_sx", "b97_sx", "∂J/∂w₁ = ∂J/∂ŷ * ∂ŷ/∂h * ∂h/∂w₁", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"-2*(y[0] - a2[0])*W2[0,0]*x[0]*{_STEP}",)),), batch=97),
    Public("sx-djdy", _SX, "b97_sx", "b97_sx", "∂J/∂ŷ = -2(y - ŷ) = -2(y - ReLU(x))", ((C, C),),
           (Twin("value", "-2*(y[0] - a2[0])", ("-2*(y[0] - a2[0])", f"-2*(y[0] - {_YHAT})")),), batch=97),
    Public("sx-dydh", _SX, "b97_sx", "b97_sx", "∂ŷ/∂h = w₂ = 1", ((C, C),),
           (Twin("value", "W2[0,0]", ("W2[0,0]", "=1")),), batch=97),
    Public("sx-dhdw", _SX, "b97_sx", "b97_sx",
           "∂h/∂w₁ = x * 1(w₁x > 0) = x * 1(x > 0) (where 1(x>0) is the indicator function)", ((C, C),),
           (Twin("value", "x[0]*Heaviside(z1[0])", (f"x[0]*{_STEP}", f"x[0]*{_STEP}")),), batch=97,
           why="1(x > 0) is 1(w₁x > 0) with w₁ = 1"),
    Public("sx-dw1", _SX, "b97_sx", "b97_sx", "Therefore, ∂J/∂w₁ = -2(y - ReLU(x)) * x * 1(x > 0)", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"-2*(y[0] - {_YHAT})*W2[0,0]*x[0]*{_STEP}",)),), batch=97,
           why="the factor ∂ŷ/∂h = w₂ = 1 of the line before, multiplied in by its value"),
    Public("sx-chain2", _SX, "b97_sx", "b97_sx", "∂J/∂w₂ = ∂J/∂ŷ * ∂ŷ/∂w₂", ((C,),),
           (Twin("gradient", "W2[0,0]", ("-2*(y[0] - a2[0])*a1[0]",)),), batch=97),
    Public("sx-dydw2", _SX, "b97_sx", "b97_sx", "∂ŷ/∂w₂ = h = ReLU(x)", ((C, C),),
           (Twin("value", "a1[0]", ("a1[0]", _H)),), batch=97),
    Public("sx-dw2", _SX, "b97_sx", "b97_sx", "Therefore, ∂J/∂w₂ = -2(y - ReLU(x)) * ReLU(x)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"-2*(y[0] - {_YHAT})*{_H}",)),), batch=97),
    # ---- iitmbsc's solution of GATE DA 2025, question 42 (an exam's worked answer): \[ \begin{array}{ r l l } with
    # three columns (name, symbolic, number) a row, \max( 0,h_{1}), products glued (au+bv, ea_{1}), a weight named a
    # beside the activations a_1, a_2; \cfrac; an aligned chain with empty rows (& \\) and 1\times e\times 1\times u;
    # y the network's output (its derivatives are values) -----------------------------------------------------------
    Public("gate-fwd", _GATE, "b97_gate", "b97_gate",
           "\\[ \\begin{array}{ r l l } h_{1} & =au+bv & =5\\\\ a_{1} & =\\max( 0,h_{1}) & =5\\\\ h_{2} & =cu+dv & =-1\\\\ "
           "a_{2} & =\\max( 0,h_{2}) & =0\\\\ h_{3} & =ea_{1} +fa_{2} & =20\\\\ y & =\\max( 0,h_{3}) & =20 "
           "\\end{array} \\]", ((C, C),) * 6,
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]", "=5")),
            Twin("value", "a1[0]", ("relu(z1[0])", "=5")),
            Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1]", "=-1")),
            Twin("value", "a1[1]", ("relu(z1[1])", "=0")),
            Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=20")),
            Twin("value", "a2[0]", ("relu(z2[0])", "=20"))), batch=97),
    Public("gate-dyf", _GATE, "b97_gate", "b97_gate",
           "The path that is active in influencing \\(y\\) is shown in green. The other path is not going to be active "
           "since \\(a_{2} =0\\). So we see that \\(\\cfrac{\\partial y}{\\partial f} =0\\).", ((C,), (C,)),
           (Twin("value", "a1[1]", ("=0",)), Twin("value", "Heaviside(z2[0])*a1[1]", ("=0",))), batch=97,
           why="dy/df = R'(h_3) a_2, a derivative of the output: a value"),
    Public("gate-dya", _GATE, "b97_gate", "b97_gate",
           "\\[ \\begin{aligned} \\begin{array}{l} \\cfrac{\\partial y}{\\partial a}\\\\ \\end{array} & =\\cfrac{\\partial y}"
           "{\\partial h_{3}} \\times \\cfrac{\\partial h_{3}}{\\partial a_{1}} \\times \\cfrac{\\partial a_{1}}{\\partial "
           "h_{1}} \\times \\cfrac{\\partial h_{1}}{\\partial a}\\\\ & \\\\ & =1\\times e\\times 1\\times u\\\\ & \\\\ & =8 "
           "\\end{aligned} \\]", ((C, C, C),), (Twin("value", _DYA, (_DYA, _DYA, "=8")),), batch=97,
           why="1\\times e\\times 1\\times u: each 1 the ReLU's slope at its active unit, written by its value"),
    # ---- cdquestions' solution of the same exam question: \( ... \) inside a numbered list and a bulleted list, a
    # comma or a full stop after the closing \), R(19) = 20 (a slip: h_3 = 20) -------------------------------------------
    Public("cdq-r19", _CDQ, "b97_gate", "b97_gate", "3. The final output \\( y \\) is \\( R(19) = 20 \\).", ((C,),),
           (Twin("value", "relu(19)", ("=20",)),), batch=97,
           why="R(19) = 19, the solution's 19 a slip for h_3 = 4(5) - 1(0) = 20 (y = R(20) = 20); 20 is within one unit "
               "of 19's last digit, right under the spec's rule for a number (written down wrong, the oracle's "
               "verdict kept)"),
    Public("cdq-dya", _CDQ, "b97_gate", "b97_gate", "\\( \\frac{\\partial y}{\\partial a} = 8 \\),", ((C,),),
           (Twin("value", _DYA, ("=8",)),), batch=97, why="a derivative of the output y: a value"),
    Public("cdq-dyf", _CDQ, "b97_gate", "b97_gate", "\\( \\frac{\\partial y}{\\partial f} = 0 \\).", ((C,),),
           (Twin("value", "Heaviside(z2[0])*a1[1]", ("=0",)),), batch=97),
    # ---- Cerlog's DTU 02506 exam notebook (2024, question 17: a worked exam answer in Python): snake_case names
    # (y_tilde, dL_dy, dy_dy_tilde), helper functions of two arguments (squared_loss(y, t),
    # squared_loss_derivative(y, t)), "#" comments holding formulas with ∂, ỹ (U+1EF9), Unicode subscripts ᵢ and × ------
    Public("dtu-y", _DTU, "b97_dtu", "b97_dtu", "y = relu(y_tilde)", ((C,),),
           (Twin("value", "a1[{i}]", ("relu(z1[{i}])",), _I5),), batch=97),
    Public("dtu-loss", _DTU, "b97_dtu", "b97_dtu", "loss = squared_loss(y, t)", ((C,),),
           (Twin("value", _DTU_LOSS, (_DTU_LOSS,)),), batch=97, why="squared_loss = np.sum((y - t) ** 2)"),
    Public("dtu-comment", _DTU, "b97_dtu", "b97_dtu", "# ∂L/∂ỹᵢ = ∂L/∂yᵢ × ∂yᵢ/∂ỹᵢ", ((C,),),
           (Twin("value", _DTU_D, (_DTU_D,), _I5),), batch=97, why="dL/d(pre-activation), a value"),
    Public("dtu-dldy", _DTU, "b97_dtu", "b97_dtu", "dL_dy = squared_loss_derivative(y, t)", ((C,),),
           (Twin("value", "2*(a1[{i}] - y[{i}])", ("2*(a1[{i}] - y[{i}])",), _I5),), batch=97,
           why="squared_loss_derivative(y, t) = 2 * (y - t)"),
    Public("dtu-dydyt", _DTU, "b97_dtu", "b97_dtu", "dy_dy_tilde = relu_derivative(y_tilde)", ((C,),),
           (Twin("value", "Heaviside(z1[{i}])", ("Heaviside(z1[{i}])",), _I5),), batch=97),
    Public("dtu-chain", _DTU, "b97_dtu", "b97_dtu", "# Chain rule: ∂L/∂ỹ = ∂L/∂y × ∂y/∂ỹ", ((C,),),
           (Twin("value", _DTU_D, (_DTU_D,), _I5),), batch=97),
    Public("dtu-delta", _DTU, "b97_dtu", "b97_dtu", "delta = dL_dy * dy_dy_tilde", ((C,),),
           (Twin("value", _DTU_D, (_DTU_D,), _I5),), batch=97),
]
