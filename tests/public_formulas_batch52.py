r"""Batch 52 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: vortune's Chinese-prefaced translation of
Mazur's step-by-step example, with the translator's own slips; Ahammad Nafiz's Obsidian notes on the backward pass
(Ng's z^{[L]}, A^{[L-1]T}, \( $...$ \)) and his template for N hidden layers (code's brackets, Z[l], g_{\text{ReLU}});
Deep-ML's notes on a single sigmoid neuron under the MSE; Senghurk's Python script training one sigmoid neuron on
numbers; WAT36's Japanese note deriving backpropagation for a sigmoid hidden layer and a softmax output (\tag{n},
{ \bf w }, u named in prose); Japanese notes pairing formulas with NumPy (```math blocks); a Portuguese lesson with
escaped dollars (\$$ ... \$$) and its NumPy code in rows; HeavenAQ's supplement on the binary cross-entropy (chains
continued by $$ blocks that start with =, \boxed); a note on gradient descent for logistic regression (\mathcal{L},
a \quad \text{where } definition, the xi chain, a table's row)), copied verbatim, typos and mistakes included, each
with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what
the product documents), a network of the kind the page describes (Mazur's numbers and Senghurk's where they work an
example; both in tests/public_formulas_batch52_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. Every notation was loaded with its
network before check ran on any formula (backprop.symbolic.notation_loading.load_notation), reading none of the
batch's formulas: all ten loaded on the first try. Five files are stored in the code corpus without their
repository's name; they are cited by their ids (two of them one author's, Nafiz's). A local derivative (dout/dnet,
dsigma/dz, dy_0/da_0, dy_i/da_0, f'(u)), a derivative by an activation or an output (dE_o2/dout_h1, dL/d\hat{y}), a
delta with its sign turned (Senghurk's delta, the lesson's delta2 and delta1) and a step (grad_w1 = alpha x1 delta)
are twinned as values, as in batches 14 to 50. Formulas keep their page's delimiters and what surrounds them on their
line ($$...$$ with its lines, ```math fences, \$$...\$$, \( $...$ \) in a list item, a Markdown quote's "> ", a
table's row, a line's indentation in code and under a list item); what was left out is said in the entry's why.
Mazur's own formulas that the measured set (tests/public_formulas.py) already holds in its transcription were left
out (dnet_o1/dw_5 with w_5^{(1-1)}, delta_o1, w_5's update): the batch keeps the translation's align blocks, its
\| \| and its slips.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 52

The batch: 55 formulas, 23 values (forward values and losses: net_{h1}, E_{o1}, the cross-entropy with Y_k^{(i)} and
A_k^{[L](i)}, A_k^{[L]} the softmax, sigma(z), MSE, z, E_n, E, E = 1/2 \sum_k (y_k - t_k)^2, E = 1/2 sum (y_esperado
- y_obtido)^2, J(w,b); local derivatives and derivatives by an output: dE_o2/dout_h1, dy_0/da_0 and dy_i/da_0
through u, f'(u), dsigma/dz, dL/d\hat{y}, dL_i^A/dW through the xi chain; sign-turned deltas and a step: delta,
grad_w1, delta2, delta1), 13 gradients, 9 updates (w_j = w_j - alpha ..., W[l] :=, w1 = w1 + grad_w1, w_{i,j}^{(l)}
\leftarrow, w := w - \eta \cdot ..., pesos1 +=, \boxed{w_{t+1} = w_t - ...}, w_1^{(t+1)}, a table's W_{new} =
W_{old} - ...), 3 deltas (dz^{[L]} = A^{[L]} - Y, WAT36's (9), dL/dz), and 7 lines of two or three claims (align
blocks holding two claims, claims joined by \quad, the loss and \quad \text{where } p_i = ...).

8 are mistaken somewhere (the oracle finds at least one member wrong):

- the translation's \frac {\partial E_{o1}}{\partial out_{o1}} = 2 \cdot \frac {1}{2}\|target_{o1}-out_{o1}\|^{2-1} +
  0 = \|target_{o1}-out_{o1}\|: |target - out| for out - target, the sign lost wherever the output is below its
  target (its numbers, with the output above, are right);
- the translation's dE_total/dw5 = dE/dout_{h1} dout_{h1}/dnet_{h1} dnet_{h1}/dw_5 = 0.036350306 * 0.241300709 * 0.05
  = 0.000433568: the chain and numbers of w_1's gradient under w_5's heading (and 0.000433568 for 0.000438568);
- the translation's dE_total/dw_5 = -\delta_{o1} \cdot out_{h1}, quoted from "some sources" whose delta has the sign
  turned: wrong with the delta the page defines;
- the translation's dE_{o2}/dout_{h1} = -0.01904919: a digit lost (-0.019049119);
- the template's dZ[2] = W[3]^T dZ[3] \cdot g_{\text{ReLU}}(Z[2]) and dZ[1] = W[2]^T dZ[2] \cdot
  g_{\text{ReLU}}(Z[1]): ReLU itself (g_ReLU(Z) = max(0, Z), its section 2) for its derivative (the page then
  defines g_ReLU(Z[l]) as the derivative, a contradiction; the teacher's notation keeps section 2's), their dW and db
  right;
- WAT36's (2), E(w, v) = -\frac{1}{N} \sum_n \sum_k E_n(w, v): minus the sum of E_n over the classes too (-K E_n);
- WAT36's (3), \frac{\partial E}{\partial w_{ji}} = -\frac{\partial}{\partial w_{ji}} \frac{1}{N} \sum_n E_n =
  \frac{1}{N} \sum_n \frac{\partial E_n}{\partial w_{ji}}: the first member's minus (its second member is right).

Not mistaken, though they look it: the translation's \frac{1}{1+e^{-1.1059059067}} (Mazur's own slip for
1.105905967, a number standing for net_{o1} and within 1.5 units of its third significant digit, the rule for
numbers); the translation's \| \|^2 (a square either way); WAT36's (9), (t_0 + t_1 + t_2) y_0
- t_0 = y_0 - t_0 (one-hot targets); Senghurk's w1 = w1 + grad_w1, the lesson's pesos1 += (steps of sign-turned
deltas); WAT36's (18) with sums over i and j inside the rule over w_ji; the gradient-descent note's xi chain.

Open to question, though the spec seems to allow them: Mazur's b_1 and b_2 named as the layers' shared biases; Nafiz's
superscripts ^{[l]}, ^{[L](i)} and ^{(i)} with i the example (one example); the template's functions named with a
script, g_{\text{ReLU}} and g_{softmax} (docs/notation.md's "g_{relu}"); Senghurk's grad_w1 named "-eta*grad(...)";
the lesson's delta2 and delta1, symbols.md's names, given the page's meaning (-dE/dz); WAT36's b_j (the hidden sums,
not biases) and u named as an expression; the gradient-descent note's w_i^{(t)}, W^{(t)}, W_{old}, W_{new} named as
the weights (a step index in the superscript), and its xi_1 ... xi_5 as expressions; HeavenAQ's w_t likewise.

Collected on 2026-12-05 from 01:55 to 02:09 by the machine's clock, committed (the oracle agreeing with every
verdict) before check ran on any formula, and run blind once at main 1a06cfa (/work/READY_FOR_BLIND13; the branch
rebased on it), with nothing under src/ changed (/work/batch52_blind.txt): 46 of 55 read with every verdict right
(84%), 4 refused, 5 misread, no crash; the run flagged 1 WRONG FORMULA CALLED CORRECT (maz-o1's member
\frac{1}{1+e^{-1.1059059067}}): it was the twin's, not check's. No refusal was at a pattern of the notations (all ten
had loaded before the run), so there was no second run.

Corrected afterwards, honestly: one twin, the collector's mistake, not the reader's. maz-o1's member of numbers had
np.exp where the member in symbols before it had exp, so the oracle's rule for numbers could not see that
1.1059059067 stands for net_{o1} and judged it as a bare operand (wrong, 1.1e-8 off); with np.exp in both, it stands
for net_{o1} and is right within 1.5 units of its third significant digit, as check judged it (the entry's verdicts
are (C, C, C) for out_{o1}, as first written down, where (C, W, C) had been written after the oracle's first run).
With that twin the first run's output reads, tabulated from it (check's verdicts unchanged): 47 of 55 read (85%), 4
refused, 4 misread, NO WRONG FORMULA CALLED CORRECT; tests/test_public_formulas_held_out.py passes for the batch. No
notation and no formula was changed.

By kind of claim (tabulated): values 18 of 23, gradients 13 of 13, updates 8 of 9, deltas 3 of 3, lines of two or
three claims 5 of 7. LaTeX against plain text: the 48 in LaTeX read 42 (88%), the 7 in code 5 (71%). By page: the
Mazur translation 5 of 7, Nafiz's notes 6 of 6, his template 5 of 5, Deep-ML 5 of 5, Senghurk 4 of 4, WAT36 7 of 8,
the Japanese NumPy notes 3 of 3, the Portuguese lesson 1 of 5, HeavenAQ 6 of 6, the gradient-descent note 5 of 6. Of
the 8 mistaken formulas, 7 read with every verdict right (the w5 slip, -\delta_{o1}, -0.01904919, the template's
two g_ReLU deltas with their dW and db, WAT36's (2) and (3)) and 1 misread (maz-dE-dout: its two wrong members called
wrong, but its right \|0.01-0.75136507\| too).

The refusals by construct (4), with the exact message:

- 2, escaped dollars around display math, \$$ ... \$$ (a Markdown export's escapes): "cannot read '\\' at position
  52; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (aula-E; aula-update at position 51): the
  formula was taken between the dollars with the closing escape's backslash. Fairly general (exports and copies from
  chat tools escape dollars), and the whole block is plainly one display formula: worth reading;
- 2, sigmoid_deriv(z2), a helper's name whose convention (derivative at the input or at the output) only the page's
  code says: "sigmoid_deriv(u) reads as sigmoid's derivative at its input (u = z) or at its output (u = a), and the
  two readings do not agree; write sigmoid'(z) for the derivative at the input z, or a(1 - a) for it at the output
  a" (aula-delta2; aula-delta1 likewise). The refusal the rule above all asks for; the lesson defines sigmoid_deriv(x)
  = sigmoid(x)(1 - sigmoid(x)) a few lines above, which a notation cannot say (the spec's functions name
  activations, not their derivatives): general in NumPy code, a notation key for the convention would settle it.

The misreads (4, check's verdicts against the oracle's):

- maz-E-o1 and maz-dE-dout: a member of numbers inside norm bars, \frac{1}{2}\|0.01-0.75136507\|^2 and
  \|0.01-0.75136507\|, called wrong though right (tried afterwards: |0.01-0.75136507| with plain bars too, alone or
  in a chain; (0.01-0.75136507)^2 reads right). General: absolute values of numbers in worked examples (error
  magnitudes); no wrong one called correct;
- wat-dyi-da0: the rule over i judged at i = 0 as well, where the page restricts it in prose ("i≠0の時は", when i is
  not 0): its members 2 to 5 (-y_i y_0) called wrong (wrong at i = 0 only). The page's condition in prose, which
  check cannot see; a one-off of this batch's framing (the entry's twin held i = 1, 2). The lead's correction
  (session 20): the text as given states the rule for every i, and a rule is judged at every value its letter
  takes (docs/formulas-in-documents.md), so its expected verdicts are now (correct, wrong, wrong, wrong, wrong),
  the oracle's twin at i = 0: check's verdicts were right; the first run's rate counts it as a misread;
- gd-loss: "\quad \text{where } p_i = \frac{1}{1 + e^{-W^T X_i}}" after the loss judged as no claim (one claim
  reported, right, where two were expected): the definition after "where" was taken as a remark. General ("where" and
  a definition after a formula are common), and harmless (nothing judged wrongly).

Read, among the constructs these pages brought: align blocks with \\ \\ between rows and two claims in one, a
Markdown quote's "> " before a $$ block, the w5 chain slip and -0.01904919 called wrong, \| \|^2 in symbols; Ng's
^{[L]}, ^{[L](i)}, A^{[L-1]T}, \( $...$ \) in a list item; code's brackets Z[l], W[3]^T, g_{\text{ReLU}} with its
wrong use called wrong, three claims joined by \quad, :=; MSE as the loss's name, \sigma'(z_i), x_{ij}; Senghurk's
loop lines with a sign-turned delta and grad_w1 = alpha * x1 * delta; WAT36's \tag{n}, { \bf w } as arguments, u
named as an expression, (18) with sums over i and j inside the rule, its (2) and (3) called wrong; ```math fences,
w_{i,j}^{(l)} with a comma, \leftarrow, \rho; pesos1 += a1.T.dot(delta2) * taxa_aprendizado; HeavenAQ's chains
continued by $$ blocks that start with =, \boxed{w_{t+1} = w_t - ...}; the xi chain, a table's W_{new} = W_{old} -
..., w_1^{(t+1)}.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch52_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MAZ = ("https://github.com/vortune/actual-number-backpropagation (A_Step_by_Step_Backpropagation_Example.md, "
        "commit 0a0e49d)")
_NAFIZ = _STORED.format(40889582894, "Prepared By: Ahammad Nafiz", "Obsidian notes deriving the backward pass")
_TPL = _STORED.format(39725089317, "Prepared by: Ahammad Nafiz",
                      "the same author's template for N hidden layers, in Markdown")
_DML = ("https://github.com/Open-Deep-ML/DML-OpenProblem (questions/25_single-neuron-with-backpropagation/learn.md, "
        "commit 70e5c02)")
_SENG = ("https://github.com/Senghurk/Machine-Learning-Algorithms (Logic-Gate-Classification/Sigmoid-Function.py, "
         "commit bbd3a88)")
_WAT = ("https://github.com/WAT36/note2-gatsby (wat-note2/content/notes/programming/012_machine_learning/"
        "003_deep_learning/back_propagation.md, commit 40e9e65)")
_JNP = _STORED.format(9926979000, "数式に対して、NumPyを利用して実装したものを記載する。",
                      "Japanese notes, formulas and NumPy")
_AULA = _STORED.format(40755178638, "# 🧠 Aula 07.1: Aprendizado Supervisionado com Backpropagation",
                       "a Portuguese lesson in Markdown")
_HEAV = ("https://github.com/HeavenAQ/heaven-blog (src/content/blog/machine-learning/"
         "mathematical-derivation-of-binary-cross-entropy-loss.md, commit eb51aa1)")
_GD = _STORED.format(41965587322, "# Gradient Descent", "a Markdown note on gradient descent for logistic regression")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_KJ33 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_KJ32 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_IJ22 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_I12 = ({"i": 1}, {"i": 2})

# Mazur's output deltas dE_total/dnet_{o1}, dE_total/dnet_{o2}, and dE_total/dout_{h1}
_MO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MO2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_MH1 = f"({_MO1}*W2[0,0] + {_MO2}*W2[1,0])"
# Nafiz's softmax denominator and hidden delta dL/dz^{[1]}_j (three classes, ReLU hidden units)
_SM = "(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"
_ND1 = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2]))*Heaviside(z1[{j}])"
# the template's W[3]^T dZ[3] at hidden unit j of layer 2, its dZ[2] at units 0 and 1, and W[2]^T dZ[2] at unit j
_T2S = "(W3[0,{j}]*(a3[0] - t[0]) + W3[1,{j}]*(a3[1] - t[1]) + W3[2,{j}]*(a3[2] - t[2]))"
_T2 = [f"(W3[0,{u}]*(a3[0] - t[0]) + W3[1,{u}]*(a3[1] - t[1]) + W3[2,{u}]*(a3[2] - t[2]))*Heaviside(z2[{u}])"
       for u in range(2)]
_T1S = f"(W2[0,{{j}}]*{_T2[0]} + W2[1,{{j}}]*{_T2[1]})"
# WAT36's cross-entropy and dE_n/dw_ji (sigmoid hidden units z_j = h(b_j), softmax outputs)
_WL = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"
_WG = ("((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
       "*a1[{j}]*(1 - a1[{j}])*x[{i}]")
# the binary cross-entropy of one example, and the Portuguese lesson's output delta with its sign turned
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_AD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"

ENTRIES: list[Public] = [
    # ---- vortune's translation of Mazur's step-by-step example (Chinese preface, the text in English): align blocks
    # with \\ \\ between rows, net_{h1}, out_{o1}, \| \| for the squared error's parentheses, a blockquoted $$
    # block ("> "); the translator's slips: dE/dw5 written with the hidden layer's chain and w_1's numbers, |target -
    # out| for the derivative, -0.01904919 for -0.019049119 (Mazur's formulas that the measured set already holds in
    # its own transcription, tests/public_formulas.py, were left out) --------------------------------------------------
    Public("maz-net-h1", _MAZ, "b52_maz", "b52_maz",
           "$$\n\\begin{align}\nnet_{h1}  &=  w_1 \\cdot i_1 + w_2 \\cdot i_2 + b_1 \\cdot 1 \\\\ \\\\\n"
           "&= 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 \\\\ \\\\\n&= 0.3775\n\\end{align}\n$$", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1", "=0.15*0.05 + 0.2*0.1 + 0.35*1",
                                    "=0.3775")),), batch=52),
    Public("maz-o1", _MAZ, "b52_maz", "b52_maz",
           "$$\n\\begin{align}\nnet_{o1} &= w_5 \\cdot out_{h1} + w_6 \\cdot out_{h2} + b_2 \\cdot 1 \\\\ \\\\\n"
           "&= 0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6 * 1 \\\\ \\\\\n&= 1.105905967 \\\\ \\\\\n"
           "out_{o1} &= \\frac{1}{1+e^{-net_{o1}}} \\\\ \\\\\n&= \\frac{1}{1+e^{-1.1059059067}} \\\\ \\\\\n"
           "&= 0.75136507\n\\end{align}\n$$", ((C, C, C), (C, C, C)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2*1",
                                    "=0.4*0.593269992 + 0.45*0.596884378 + 0.6*1", "=1.105905967")),
            Twin("value", "a2[0]", ("1/(1 + np.exp(-z2[0]))", "=1/(1 + np.exp(-1.1059059067))", "=0.75136507"))),
           batch=52,
           why="two claims in one align block; e^{-1.1059059067}, Mazur's own slip for 1.105905967, stands for "
               "net_{o1} under the member in symbols before it, and is right within 1.5 units of its third significant "
               "digit (the rule for numbers). (Written down at first as right, then as wrong when the oracle, given a "
               "twin whose numbers' np.exp had not the tree of the member before it (exp), judged 1.1059059067 as a "
               "bare operand; corrected after the blind run, which had flagged check's right member as a wrong one "
               "called correct: with one tree, np.exp in both, the oracle finds it right, as check did.)"),
    Public("maz-E-o1", _MAZ, "b52_maz", "b52_maz",
           "$$\n\\begin{align}\nE_{o1} &= \\frac{1}{2}\\|target_{o1}-out_{o1}\\|^2 \\\\ \\\\\n"
           "&=\\frac{1}{2}\\|0.01-0.75136507\\|^2 \\\\ \\\\\n&= 0.274811083\n\\end{align}\n$$", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("np.abs(y[0] - a2[0])**2/2", "=np.abs(0.01 - 0.75136507)**2/2",
                                                  "=0.274811083")),), batch=52,
           why="\\| \\| (the translator's norm for Mazur's parentheses), squared: the same number"),
    Public("maz-dE-dout", _MAZ, "b52_maz", "b52_maz",
           "$$\n\\begin{align}\nE_{total} &= \\frac{1}{2}\\|target_{o1}-out_{o1}\\|^2 \n"
           "+ \\frac{1}{2}\\|target_{o2}-out_{o2}\\|^2 \\\\ \\\\\n\\frac {\\partial E_{o1}}{\\partial out_{o1}} &=\n"
           "2 \\cdot \\frac {1}{2}\\|target_{o1}-out_{o1}\\|^{2-1} + 0 \\\\ \\\\\n&= \\|target_{o1}-out_{o1}\\| "
           "\\\\ \\\\\n"
           "&= \\|0.01-0.75136507\\| \\\\ \\\\\n&= 0.74136507\n\\end{align}\n$$", ((C,), (W, W, C, C)),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",
                 ("np.abs(y[0] - a2[0])**2/2 + np.abs(y[1] - a2[1])**2/2",)),
            Twin("value", "a2[0] - y[0]", ("2*np.abs(y[0] - a2[0])**(2 - 1)/2 + 0", "np.abs(y[0] - a2[0])",
                                           "=np.abs(0.01 - 0.75136507)", "=0.74136507"))), batch=52,
           why="the translator's |target - out| for Mazur's -(target - out): the derivative's sign lost wherever the "
               "output is below its target (here it is above, so the numbers are right)"),
    Public("maz-w5-slip", _MAZ, "b52_maz", "b52_maz",
           "$$\n\\begin{align}\n\\frac {\\partial E_{total}}{\\partial w5} &= \n"
           "\\frac {\\partial E_{total}}{\\partial out_{h1}} \\cdot\n\\frac {\\partial out_{h1}}{\\partial net_{h1}} "
           "\\cdot\n"
           "\\frac {\\partial net_{h1}}{\\partial w_5} \\\\ \\\\\n&= 0.036350306 * 0.241300709 * 0.05 \\\\ \\\\\n"
           "&= 0.000433568\n\\end{align}\n$$", ((W, W, W),),
           (Twin("gradient", "W2[0,0]", (f"{_MH1}*a1[0]*(1 - a1[0])*0", "=0.036350306*0.241300709*0.05",
                                         "=0.000433568")),), batch=52,
           why="under \"Putting it all together\" for w_5, the translator's text has the chain and the numbers of "
               "w_1's gradient (Mazur's: dE/dout_o1 dout_o1/dnet_o1 dnet_o1/dw_5 = 0.74136507 * 0.186815602 * "
               "0.593269992 = 0.082167041); dnet_h1/dw_5 is 0, and 0.036350306 * 0.241300709 * 0.05 is 0.000438568"),
    Public("maz-minus-delta", _MAZ, "b52_maz", "b52_maz",
           "> $$\n> \\frac{\\partial E_{total}}{\\partial w_5} = -\\delta_{o1} \\cdot out_{h1}\n> $$", ((W,),),
           (Twin("gradient", "W2[0,0]", (f"-{_MO1}*a1[0]",)),), batch=52,
           why="after \"Some sources extract the negative sign from delta so it would be written as\": right for "
               "those sources' delta (-dE/dnet), wrong with the delta the page defines two lines above"),
    Public("maz-dEo2-dout", _MAZ, "b52_maz", "b52_maz",
           "$$\n\\frac {\\partial E_{o2}}{\\partial out_{h1}} = -0.01904919\n$$", ((W,),),
           (Twin("value", f"{_MO2}*W2[1,0]", ("=-0.01904919",)),), batch=52,
           why="a digit lost: -0.019049119 (Mazur's, and the page's own sum two blocks below); a value"),
    # ---- Nafiz's notes (stored): Obsidian's \( $...$ \), Ng's layer in brackets as superscripts (z^{[L]}, A^{[L-1]T},
    # dz^{[L](i)}, A_k^{[L](i)}), \mathcal{L}, a sum to n_L, the summary's list items ----------------------------------
    Public("nafiz-loss", _NAFIZ, "b52_nafiz", "b52_nafiz",
           "$$\n\\mathcal{L} = - \\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{n_L} Y_k^{(i)} \\log(A_k^{[L](i)})\n$$",
           ((C,),), (Twin("value", _WL, (_WL,)),), batch=52, why="m = 1 example, n_L = 3 classes"),
    Public("nafiz-softmax", _NAFIZ, "b52_nafiz", "b52_nafiz",
           "$$\nA_k^{[L]} = \\frac{e^{z_k^{[L]}}}{\\sum_{j=1}^{n_L} e^{z_j^{[L]}}}\n$$", ((C,),),
           (Twin("value", "a2[{k}]", (f"exp(z2[{{k}}])/{_SM}",), _K3),), batch=52),
    Public("nafiz-dz", _NAFIZ, "b52_nafiz", "b52_nafiz", "$$\ndz^{[L]} = A^{[L]} - Y\n$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=52),
    Public("nafiz-dW", _NAFIZ, "b52_nafiz", "b52_nafiz", "$$\ndW^{[L]} = \\frac{1}{m} dz^{[L]} A^{[L-1]T}\n$$",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _KJ33),), batch=52),
    Public("nafiz-db", _NAFIZ, "b52_nafiz", "b52_nafiz",
           "$$\ndb^{[L]} = \\frac{1}{m} \\sum_{i=1}^{m} dz^{[L](i)}\n$$", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=52, why="dz^{[L](i)} example i's, m = 1"),
    Public("nafiz-hidden-dW", _NAFIZ, "b52_nafiz", "b52_nafiz",
           "   - \\( $dW^{[l]} = \\frac{1}{m} dz^{[l]} A^{[l-1]T}$ \\)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ND1}*x[{{i}}]",), _JI32),), batch=52,
           why="under \"2. **Hidden Layers**:\" of the summary; l the parameter's layer, 1 here (A^{[0]} the input)"),
    # ---- Nafiz's template (stored): code's brackets Z[l], A[l-1], W[l+1]^T, claims joined by \quad, g_{\text{ReLU}}
    # used for ReLU and (in the backward pass) for its derivative, := --------------------------------------------------
    Public("tpl-forward1", _TPL, "b52_tpl", "b52_tpl",
           "$$\n   Z[1] = W[1]X + b[1], \\quad A[1] = g_{\\text{ReLU}}(Z[1])\n$$", ((C,), (C,)),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),
            Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3)), batch=52, why="two claims joined by \", \\quad\""),
    Public("tpl-output-grads", _TPL, "b52_tpl", "b52_tpl",
           "$$\n   dZ[3] = A[3] - Y, \\quad dW[3] = \\frac{1}{m} dZ[3] A[2]^T, \\quad db[3] = \\frac{1}{m} "
           "\\sum_{i=1}^{m} dZ[3]\n$$", ((C,), (C,), (C,)),
           (Twin("gradient_z", "z3[{k}]", ("a3[{k}] - t[{k}]",), _K3),
            Twin("gradient", "W3[{k},{j}]", ("(a3[{k}] - t[{k}])*a2[{j}]",), _KJ32),
            Twin("gradient", "b3[{k}]", ("a3[{k}] - t[{k}]",), _K3)), batch=52, why="three claims, m = 1"),
    Public("tpl-hidden2", _TPL, "b52_tpl", "b52_tpl",
           "$$\n   dZ[2] = W[3]^T dZ[3] \\cdot g_{\\text{ReLU}}(Z[2]), \\quad dW[2] = \\frac{1}{m} dZ[2] A[1]^T, "
           "\\quad "
           "db[2] = \\frac{1}{m} \\sum_{i=1}^{m} dZ[2]\n$$", ((W,), (C,), (C,)),
           (Twin("gradient_z", "z2[{j}]", (f"{_T2S}*relu(z2[{{j}}])",), _J2),
            Twin("gradient", "W2[{j},{i}]", (f"{_T2S}*Heaviside(z2[{{j}}])*a1[{{i}}]",), _JI23),
            Twin("gradient", "b2[{j}]", (f"{_T2S}*Heaviside(z2[{{j}}])",), _J2)), batch=52,
           why="g_ReLU(Z[2]), ReLU itself as section 2 defines it (g_ReLU(Z) = max(0, Z)), for its derivative (the "
               "page then calls g_ReLU(Z[l]) the derivative, 1 or 0); the next two claims, through dZ[2], right"),
    Public("tpl-hidden1", _TPL, "b52_tpl", "b52_tpl",
           "$$\n   dZ[1] = W[2]^T dZ[2] \\cdot g_{\\text{ReLU}}(Z[1]), \\quad dW[1] = \\frac{1}{m} dZ[1] X^T, \\quad "
           "db[1] = \\frac{1}{m} \\sum_{i=1}^{m} dZ[1]\n$$", ((W,), (C,), (C,)),
           (Twin("gradient_z", "z1[{j}]", (f"{_T1S}*relu(z1[{{j}}])",), _J3),
            Twin("gradient", "W1[{j},{i}]", (f"{_T1S}*Heaviside(z1[{{j}}])*x[{{i}}]",), _JI32),
            Twin("gradient", "b1[{j}]", (f"{_T1S}*Heaviside(z1[{{j}}])",), _J3)), batch=52,
           why="as tpl-hidden2, one layer down"),
    Public("tpl-W-update", _TPL, "b52_tpl", "b52_tpl", "$$\n   W[l] := W[l] - \\alpha dW[l]\n$$", ((C,),),
           (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*grad",), _JI23),), batch=52,
           why="a rule over the layer l, judged at layer 2"),
    # ---- Deep-ML's notes on a single neuron: $$ blocks, MSE as the loss's name, sigma'(z_i), x_{ij} ------------------
    Public("dml-sigma", _DML, "b52_dml", "b52_dml", "$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=52),
    Public("dml-mse", _DML, "b52_dml", "b52_dml", "$$\nMSE = \\frac{1}{n} \\sum_{i=1}^{n} (\\sigma(z_i) - y_i)^2\n$$",
           ((C,),), (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=52, why="n = 1 example"),
    Public("dml-dw", _DML, "b52_dml", "b52_dml",
           "$$\n\\frac{\\partial MSE}{\\partial w_j} = \\frac{2}{n} \\sum_{i=1}^{n} (\\sigma(z_i) - y_i) \\sigma'(z_i) "
           "x_{ij}\n$$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{j}]",), _J2),), batch=52),
    Public("dml-db", _DML, "b52_dml", "b52_dml",
           "$$\n\\frac{\\partial MSE}{\\partial b} = \\frac{2}{n} \\sum_{i=1}^{n} (\\sigma(z_i) - y_i) "
           "\\sigma'(z_i)\n$$",
           ((C,),), (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=52),
    Public("dml-w-update", _DML, "b52_dml", "b52_dml",
           "$$\nw_j = w_j - \\alpha \\frac{\\partial MSE}{\\partial w_j}\n$$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=52),
    # ---- Senghurk's script: a loop's indented lines, y_prime, e = y - y_prime, delta and grad_w1 with the loss's
    # sign turned and the learning rate inside, w1 = w1 + grad_w1 ------------------------------------------------------
    Public("seng-z", _SENG, "b52_seng", "b52_seng", "    z = w1 * x1 + w2 * x2 + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=52),
    Public("seng-delta", _SENG, "b52_seng", "b52_seng", "    delta = y_prime * (1 - y_prime) * e", ((C,),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),), batch=52,
           why="under \"# Error gradient (δ)\": -dL/dz for L = 1/2 (y - y_prime)^2, e = y - y_prime the line before"),
    Public("seng-grad-w1", _SENG, "b52_seng", "b52_seng", "    grad_w1 = alpha * x1 * delta", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",
                 ("eta*x[0]*a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),), batch=52,
           why="the step -eta dL/dw1 (the script's \"gradient\" holds alpha)"),
    Public("seng-w1-update", _SENG, "b52_seng", "b52_seng", "    w1 = w1 + grad_w1", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=52),
    # ---- WAT36's Japanese note: \tag{n}, { \bf w } as an argument, sums from 0 to N-1 and K-1, aligned blocks, u the
    # softmax's denominator named in prose, exp (a_0); E written as minus the mean of a sum of E_n over the classes,
    # and a minus sign in the chain of (3) ----------------------------------------------------------------------------
    Public("wat-En", _WAT, "b52_wat", "b52_wat",
           "$$\n\\tag{1}  E_{n} ( { \\bf w } ,{ \\bf v } ) = - \\sum_{n=0}^{N-1} \\sum_{k=0}^{K-1} t_{nk} \\log "
           "(y_{nk}) \n$$",
           ((C,),), (Twin("value", _WL, (_WL,)),), batch=52, why="N = 1 example"),
    Public("wat-E-mean", _WAT, "b52_wat", "b52_wat",
           "$$\n\\tag{2}  E ( { \\bf w } ,{ \\bf v } ) = - \\frac{1}{N} \\sum_{n=0}^{N-1} \\sum_{k=0}^{K-1} E_{n} "
           "( { \\bf w } ,{ \\bf v } )\n$$", ((W,),),
           (Twin("value", _WL, (f"-3*{_WL}",)),), batch=52,
           why="the mean of the E_n over the examples written with a minus and a sum over the classes k as well: -K E_n"
               " with one example (E is the mean of the E_n)"),
    Public("wat-dE-dw", _WAT, "b52_wat", "b52_wat",
           "$$\n\\tag{3}  \n\\begin{aligned}\n\\frac{\\partial E}{ \\partial w_{ji} } \n"
           "    &= - \\frac{\\partial }{ \\partial w_{ji} } \\frac{1}{N} \\sum_{n=0}^{N-1} E_{n} \\\\\n"
           "    &= \\frac{1}{N} \\sum_{n=0}^{N-1} \\frac{\\partial E_{n} }{ \\partial w_{ji} }\n\\end{aligned}\n$$",
           ((W, C),), (Twin("gradient", "W1[{j},{i}]", (f"-{_WG}", _WG), _JI32),), batch=52,
           why="the minus of (2) kept in the first member and dropped in the second"),
    Public("wat-dy0-da0", _WAT, "b52_wat", "b52_wat",
           "$$\n\\tag{7}  \n\\begin{aligned}\n\\frac{\\partial y_{0}}{\\partial a_{0}}\n"
           "    &= \\frac{\\partial }{ \\partial a_{0} } \\frac{ \\exp (a_{0}) }{u} \\\\\n"
           "    &= \\frac{ \\exp (a_{0}) u - \\exp (a_{0}) \\exp (a_{0}) }{ u^2 }  \\\\\n"
           "    &= \\frac{\\exp (a_{0})}{u} ( \\frac{u - \\exp (a_{0})}{u} ) \\\\\n"
           "    &= \\frac{\\exp (a_{0})}{u} ( 1- \\frac{\\exp (a_{0})}{u} ) \\\\\n    &= y_{0} (1 - y_{0})\n"
           "\\end{aligned}\n$$", ((C, C, C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",) * 5),), batch=52,
           why="u = exp(a_0) + exp(a_1) + exp(a_2), as the line before says; dy_0/da_0 a value"),
    Public("wat-dyi-da0", _WAT, "b52_wat", "b52_wat",
           "$$\n\\tag{8}  \n\\begin{aligned}\n\\frac{\\partial y_{i}}{\\partial a_{0}}\n"
           "    &= \\frac{\\partial }{ \\partial a_{0} } \\frac{ \\exp (a_{i}) }{u} \\\\\n"
           "    &= \\frac{ 0* u - \\exp (a_{i}) \\exp (a_{0}) }{ u^2 }  \\\\\n"
           "    &= \\frac{ - \\exp (a_{i}) \\exp (a_{0}) }{ u^2 }  \\\\\n"
           "    &= - \\frac{\\exp (a_{i})}{u} \\frac{\\exp (a_{0})}{u} \\\\\n    &= - y_{i} y_{0}\n\\end{aligned}\n$$",
           ((C, W, W, W, W),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",) + ("-a2[0]*a2[0]",) * 4),), batch=52,
           why="after \"i≠0の時は\" (when i is not 0), which the text leaves out: as written the rule holds for every"
               " i, and at i = 0 every member after the first is -y_0^2 where the derivative is y_0(1 - y_0) (the"
               " lead's correction, session 20: first expected all correct at i = 1, 2)"),
    Public("wat-dE-da0", _WAT, "b52_wat", "b52_wat",
           "$$\n\\begin{aligned}\n\\tag{9}  \\frac{ \\partial E_{n} }{ \\partial a_{0} } \n"
           "        &= -t_{0} (1-y_{0}) +t_{1} y_{0} +t_{2} y_{0} \\\\\n"
           "        &= ( t_{0} + t_{1} + t_{2} )y_{0} - t_{0} \\\\\n        &= y_{0} - t_{0} \n\\end{aligned}\n$$",
           ((C, C, C),),
           (Twin("gradient_z", "z2[0]", ("-t[0]*(1 - a2[0]) + t[1]*a2[0] + t[2]*a2[0]",
                                         "(t[0] + t[1] + t[2])*a2[0] - t[0]", "a2[0] - t[0]")),), batch=52,
           why="t_0 + t_1 + t_2 = 1 for a one-hot target"),
    Public("wat-dE-dv", _WAT, "b52_wat", "b52_wat",
           "$$\n\\begin{aligned}\n\\tag{16}  \\frac{ \\partial E_{n} }{ \\partial v_{kj} } \n"
           "    &= \\frac{\\partial E_{n} }{\\partial a_{k}}  \\frac{\\partial a_{k} }{\\partial v_{kj} } \\\\\n"
           "    &= (y_{k} - t_{k})z_{j}\n\\end{aligned}\n$$", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",) * 2, _KJ33),), batch=52),
    Public("wat-dE-dw-chain", _WAT, "b52_wat", "b52_wat",
           "$$\n\\tag{18}\n\\begin{aligned}\n\\frac{ \\partial E_{n} }{ \\partial w_{ji} } \n"
           "    &= \\frac{\\partial E_{n} }{\\partial b_{j}} \\cdot \\frac{\\partial b_{j} }{\\partial w_{ji} } \\\\\n"
           "    &= ( \\sum_{k=0}^{K-1} \\frac{\\partial E_{n} }{\\partial a_{k}} \\cdot \\frac{\\partial a_{k} "
           "}{\\partial "
           "z_{j}} ) \\frac{\\partial z_{j} }{\\partial b_{j} } \\cdot  \\frac{\\partial  }{\\partial w_{ji}} "
           "\\sum_{i=0}^{D} w_{ji} x_{i} \\\\\n"
           "    &= ( \\sum_{k=0}^{K-1} (y_{k}-t_{k}) \\cdot \\frac{\\partial }{\\partial z_{j}} \\sum_{j=0}^{M} v_{kj} "
           "z_{j} ) \\frac{\\partial }{\\partial b_{j} } h(b_{j}) \\cdot x_{i} \\\\\n"
           "    &= ( \\sum_{k=0}^{K-1} (y_{k}-t_{k}) \\cdot v_{kj} ) h'(b_{j}) \\cdot x_{i} \\\\\n\\end{aligned}\n$$",
           ((C, C, C, C),), (Twin("gradient", "W1[{j},{i}]", (_WG,) * 4, _JI32),), batch=52,
           why="sums over i and j inside a rule whose i and j are the weight's (D = 1, M = 2); h the sigmoid"),
    # ---- the Japanese NumPy notes (stored): ```math blocks, f'(u), w^{(l)}_{i,j} with a comma, \leftarrow, rho -------
    Public("jnp-df", _JNP, "b52_jnp", "b52_jnp", "```math\nf'(u) = (1 - f(u)) f(u)\n```", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("(1 - a1[{j}])*a1[{j}]",), _J2),), batch=52,
           why="under \"微分\" (derivative); u = wx the layer's sums, entry by entry"),
    Public("jnp-E", _JNP, "b52_jnp", "b52_jnp", "```math\nE = \\frac{1}{2} \\sum_k (y_k - t_k)^2\n```", ((C,),),
           (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",
                 ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",)),), batch=52),
    Public("jnp-update", _JNP, "b52_jnp", "b52_jnp",
           "```math\nw_{i,j}^{(l)} \\leftarrow w_{i,j}^{(l)} - \\rho \\delta_{i}^{(l)} o_{j}^{(l-1)}\n```", ((C,),),
           (Twin("update", "W2[{i},{j}]", ("W2[{i},{j}] - eta*grad",), _IJ22),), batch=52,
           why="a rule over the layer l, judged at the output layer (l = L = 2)"),
    # ---- the Portuguese lesson (stored): \$$ ... \$$ (escaped dollars around display math), := , its NumPy code in
    # rows with names in Portuguese (erro, pesos1, taxa_aprendizado), sigmoid_deriv, += --------------------------------
    Public("aula-E", _AULA, "b52_aula", "b52_aula",
           "\\$$ E = \\frac{1}{2} \\sum (y_{esperado} - y_{obtido})^2 \\$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=52,
           why="under \"- **Erro Quadrático Médio (MSE):**\"; one output"),
    Public("aula-update", _AULA, "b52_aula", "b52_aula",
           "\\$$ w := w - \\eta \\cdot \\frac{\\partial E}{\\partial w} \\$$", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=52, why="w a weight, judged at W2[0,0]"),
    Public("aula-delta2", _AULA, "b52_aula", "b52_aula", "    delta2 = erro * sigmoid_deriv(z2)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", (_AD2,)),), batch=52,
           why="erro = y - a2 the line before, sigmoid_deriv(x) = sigmoid(x) (1 - sigmoid(x)) as the code defines it"),
    Public("aula-delta1", _AULA, "b52_aula", "b52_aula",
           "    delta1 = delta2.dot(pesos1.T) * sigmoid_deriv(z1)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 (f"{_AD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=52, why="a row of three"),
    Public("aula-pesos1", _AULA, "b52_aula", "b52_aula", "    pesos1 += a1.T.dot(delta2) * taxa_aprendizado",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J3),), batch=52,
           why="+= with delta2 = -dE/dz2: the step down the gradient"),
    # ---- HeavenAQ's supplement: one $$...$$ a line, chains continued by blocks that start with "=", \left[ \right],
    # \cdot, \boxed, X^T, w_{t+1} and w_t ------------------------------------------------------------------------------
    Public("heav-J", _HEAV, "b52_heav", "b52_heav",
           "$$J(w,b) = -\\frac{1}{m} \\sum_{i=1}^{m} [y^{(i)} \\cdot \\log(\\hat{y}^{(i)}) + (1-y^{(i)}) \\cdot "
           "\\log(1-\\hat{y}^{(i)})]$$", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=52, why="m = 1"),
    Public("heav-dsigma", _HEAV, "b52_heav", "b52_heav",
           "$$\\frac{d\\sigma}{dz} = \\frac{d}{dz}\\left[\\frac{1}{1 + e^{-z}}\\right]$$\n\n"
           "$$= -(1 + e^{-z})^{-2} \\cdot (-e^{-z})$$\n\n$$= \\frac{e^{-z}}{(1 + e^{-z})^2}$$\n\n"
           "$$= \\frac{1}{1 + e^{-z}} \\cdot \\frac{e^{-z}}{1 + e^{-z}}$$\n\n$$= \\sigma(z) \\cdot [1 - \\sigma(z)]$$",
           ((C, C, C, C, C),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",) * 5),), batch=52,
           why="a chain continued in four $$ blocks that start with =; dsigma/dz a value"),
    Public("heav-dL-dyhat", _HEAV, "b52_heav", "b52_heav",
           "$$\\frac{\\partial L}{\\partial \\hat{y}} = -\\left[y \\cdot \\frac{1}{\\hat{y}} + (1-y) \\cdot "
           "\\frac{1}{1-\\hat{y}} \\cdot (-1)\\right]$$\n\n$$= -\\left[\\frac{y}{\\hat{y}} - "
           "\\frac{1-y}{1-\\hat{y}}\\right]$$\n\n$$= -\\frac{y(1-\\hat{y}) - \\hat{y}(1-y)}{\\hat{y}(1-\\hat{y})}$$\n\n"
           "$$= -\\frac{y - y\\hat{y} - \\hat{y} + y\\hat{y}}{\\hat{y}(1-\\hat{y})}$$\n\n"
           "$$= -\\frac{y - \\hat{y}}{\\hat{y}(1-\\hat{y})}$$\n\n$$= \\frac{\\hat{y} - y}{\\hat{y}(1-\\hat{y})}$$",
           ((C, C, C, C, C, C),),
           (Twin("value", "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))", ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))",) * 6),),
           batch=52, why="dL/d\\hat{y} by the output, a value"),
    Public("heav-dL-dz", _HEAV, "b52_heav", "b52_heav",
           "$$\\frac{\\partial L}{\\partial z} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial "
           "\\hat{y}}{\\partial z}$$\n\n$$= \\frac{\\hat{y} - y}{\\hat{y}(1-\\hat{y})} \\cdot "
           "\\hat{y}(1-\\hat{y})$$\n\n"
           "$$= \\hat{y} - y$$", ((C, C, C),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",) * 3),), batch=52),
    Public("heav-dJ-dw", _HEAV, "b52_heav", "b52_heav",
           "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m} \\sum_{i=1}^{m} (\\hat{y}^{(i)} - y^{(i)}) \\cdot "
           "x^{(i)}$$\n\n$$= \\frac{1}{m} X^T (\\hat{y} - y)$$", ((C, C),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",) * 2, _K2),), batch=52,
           why="after \"For $m$ examples:\"; X the one example's row x^T"),
    Public("heav-update", _HEAV, "b52_heav", "b52_heav",
           "$$\\boxed{w_{t+1} = w_t - \\frac{\\alpha}{N} X^T(\\hat{y} - y)}$$", ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=52, why="N = 1"),
    # ---- the "Gradient Descent" note (stored): \mathcal{L}(W), a \quad \text{where } definition after the loss,
    # w_1^{(t+1)} and W^{(t+1)} for the step's weights, the xi chain, \mathcal{L}_i^A, a table's row, W_{new} ----------
    Public("gd-loss", _GD, "b52_gd", "b52_gd",
           "$$\n\\mathcal{L}(W) = \\sum_{i=1}^n \\left[ -y_i \\log(p_i) - (1 - y_i)\\log(1 - p_i) \\right]\n"
           "\\quad \\text{where } p_i = \\frac{1}{1 + e^{-W^T X_i}}\n$$", ((C,), (C,)),
           (Twin("value", _BCE, (_BCE,)),
            Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1])))",))), batch=52,
           why="the loss (n = 1) and, after \\quad \\text{where }, p_i's definition"),
    Public("gd-w1-update", _GD, "b52_gd", "b52_gd",
           "   $$\n   w_1^{(t+1)} = w_1^{(t)} - \\eta \\frac{d\\mathcal{L}}{dw_1}\n   $$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=52,
           why="under \"2. Repeat:\", indented as the list item's; (t) the step, not a layer"),
    Public("gd-LA-chain", _GD, "b52_gd", "b52_gd",
           "$$\n\\frac{d\\mathcal{L}_i^A}{dW} = -y_i \\cdot \\frac{1}{\\xi_4} \\cdot "
           "\\left(-\\frac{1}{\\xi_3^2}\\right)"
           " \\cdot 1 \\cdot e^{\\xi_1} \\cdot (-X_i)\n$$", ((C,),),
           (Twin("value", "-y[0]*(1 - a1[0])*x[{k}]", ("-y[0]*(1 - a1[0])*x[{k}]",), _K2),), batch=52,
           why="after \"Substituting:\"; the derivative of the loss's first term -y_i log(p_i), a value (a vector)"),
    Public("gd-grad", _GD, "b52_gd", "b52_gd", "$$\n\\frac{d\\mathcal{L}_i}{dW} = (p_i - y_i) X_i\n$$", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K2),), batch=52),
    Public("gd-nabla", _GD, "b52_gd", "b52_gd",
           "$$\n\\nabla_W \\mathcal{L}(W) = \\sum_{i=1}^n (p_i - y_i) X_i\n$$", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K2),), batch=52, why="n = 1"),
    Public("gd-table-update", _GD, "b52_gd", "b52_gd",
           "| Update Rule              | $W_{new} = W_{old} - \\eta \\nabla_W \\mathcal{L}(W)$         |", ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=52,
           why="a row of the summary's table"),
]
