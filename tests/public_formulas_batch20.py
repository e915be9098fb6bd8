r"""Batch 20 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 repository files no earlier batch used (the code corpus: a course's session notes and its exercise
solutions, notes on the deep-learning course, a TD's README, a numerical example written for an exam, a Haskell
network's test, a student's assignment answers, notes on a CNN project in French), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it works an example; both in tests/public_formulas_batch20_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down)
and committed before check was. Five files are stored in the code corpus without their repository's name; they are
cited by their ids. smaxx73's session notes and its solutions are two files of one course, two addresses. A delta
dL/dz with numbers is twinned as a value, as in batches 14, 16 and 18. Formulas keep their page's delimiters ($...$,
$$...$$, a table row's cells, the Bengali page's "[" and "]" that lost their backslashes); what was left out of a
line is said in the entry's why (an indentation and a note after an arrow, a comment marker "-- ", a code comment, a
prose line between two blocks of one derivation).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 20

The batch: 55 formulas, 22 values (7 forward values and losses, 8 local derivatives, 7 dL/dz written with numbers),
11 deltas (dL/dz), 16 gradients, 5 updates, 1 line of two gradients joined by \quad; no entry marked unreadable. 40
are LaTeX (smaxx73's $$...$$ with symbols.md's own names, \left( \right), \odot, f'^{(l)}, bmatrix columns and rows,
W^{(2)}_{\text{new}} continued in a block that begins "="; its solutions' Markdown table rows of $\dfrac...$ cells with
the value in the next cell, \leftarrow with a \quad \text{...} note; YoanPtr's A^{(2)}, Z^{(2)}, B^{(2)}, N_{out} and
\cdot for the entrywise product; the Bengali example's display math in bare "[ ... ]" with ",;" and "),x" for "\;" and
"\," whose backslashes were lost, \ln, \nabla_z L; the student's \delta for the partial sign, ln without its
backslash glued to a factor (y^nln), f(x) for \hat{y}^n, "1:" and "3:" numbering inside the math; the French notes'
\tag{1.4}, \phi' without its argument, align* derivations by cases, H(\mathbf y, \mathbf a), \sum _{j=1,j\neq i}^q), 15
plain text or code (smaxx73's algorithm box with Unicode superscripts δ⁽ˡ⁾, W⁽ˡ⁺¹⁾, ᵀ, ⊙, ←, ∂L/∂W⁽ˡ⁾; the course
notes' d/da l(a,y), da, dz, dw[2], dZ[2], Octave's ' for the transpose beside g[1]' for the derivative, .*,
np.sum(dZ[2], axis=1, keepdims=True) / m; the Haskell test's de/dn2 = de/dn1 * dn1/dn2, n1, mx for m times x, ** and
cosh, Haskell's application cosh n2).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- the course notes' d/da l(a,y) = -y/a + (1-y)/1-a = da: (1-y)/1-a is (1-y) - a as written, the parentheses of
  (1-a) dropped (the notes' next lesson writes (1-y)/(1-a));
- YoanPtr's dC/dA^{(2)} = \frac{2}{N_{out}} \sum_{i=1}^{N_{out}} (\hat{y}_i - y_i): every output's error summed into
  each entry (dC/dA_j^{(2)} = 2/N_out (yhat_j - y_j)); its dC/dB^{(2)} = \sum_{i=1}^{N_{out}} dC/dZ^{(2)} and dC/dB^{(1)}
  = \sum_{i=1}^{N_{in}} dC/dZ^{(1)}: a sum over i of a term without i, N_out (N_in) times the gradient, dC/dZ itself;
- the Bengali example's linear layer: its W and x give the logits (0.5, 0.2, 0.1), not the (2, 1, 0) of its first
  part, whose p it carries into dL/dW_1 = -0.335[1,2] = [-0.335, -0.670] (it is (-0.5853, -1.1705)) and into b_new =
  [0.0335, -0.0245, -0.0090] (it is (0.0585, -0.0307, -0.0278));
- the student's Task 1a: in a chain of seven, + (1-y) \frac{\delta}{\delta w} ln(1-f(x)) for - (1-y) ... (the minus of
  the first line not carried to its second term), and \frac{y}{f(x)} x f(x) (1-f(x)) for -\frac{y}{f(x)} ... (the line
  after it is right again).

Not mistaken, though they look it: smaxx73's 0.6028 x 0.3972 written 0.2395 (it is 0.23943; the formula taken is
\delta^{(2)} = -0.7944 x 0.2395 ≈ -0.1903, its true value -0.190201, one unit off in the last digit, which the oracle's
rule for numbers takes as right), and its solutions' -0.1774 x 2 ≈ -0.3549 (-0.354836, the same).

Nothing was fixed from this batch. Run again at the session's last main (after batches 17 and 18's fixes,
still blind to this one): 33 of 55 (60%), no wrong formula called correct.

Collected on 2026-12-03 and run blind once, at main 0804b5e, with nothing under src/ changed. /work/READY_FOR_BLIND
(the reader's fixes from batches 15 to 18) did not exist by 21:12, so the run is on main as it was, without those
fixes. Blind, once per entry: 33 of 55 read with every verdict right (60%); 22 refused that should have been read;
no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 7 mistaken formulas, 2 read with every verdict
right (YoanPtr's two sums over a term without the sum's index, called wrong) and 5 were refused (the course notes'
(1-y)/1-a, YoanPtr's dC/dA^{(2)}, the Bengali example's two, the student's Task 1a chain). By kind of claim: values
13 of 22, deltas 5 of 11, gradients 11 of 16, updates 4 of 5, the line of two gradients 0 of 1. LaTeX against
plain text: the 40 in LaTeX read 21 (52%), the 15 in plain text or code 12 (80%). By page: smaxx73's session 11 of
11, its solutions 6 of 8, the course notes 5 of 7, YoanPtr 3 of 6, the Bengali example 0 of 8, the Haskell test 5 of
6, the student's answers 0 of 3, the French notes 3 of 6. (Tabulated from the saved output of the run,
/work/batch20_blind.txt.)

How the run went, honestly: the oracle agreed with every verdict written down on its first run; one notation was
corrected before the run and before the commit of the verdicts (b20_s6's W^{(2)}_{\text{new}} pattern reuses W, so
W's own patterns were written beside it, as the spec's rule on reused letters asks). No notation was changed after
the run. The deadline left no time to try one-line rewrites of the refusals afterwards: none is reported.
Corrected afterwards (session 11): task1b-3 listed three verdicts for its chain, counting the left side
\frac{\delta}{\delta w_{kj}} ln(e^{z_k}) as a member; under the spec only the two members after it are judged (as
fr-da-dw and hs-n1 are counted), so it has two, both right; check's two verdicts had been counted a misreading.

The refusals by construct (22), with the exact message:

- 8, the Bengali page: display math whose \[ \] lost their backslashes, a bare "[" and "]" around the formula, read
  as a condition's bracket: "expected ']' to close the condition at '=' (position 18)" (bn-S, bn-dz1, bn-dW1-numbers,
  bn-b-update), "a bracket that mixes conditions and expressions at '[' (position 1)" (bn-dW-rule), "the condition
  cond in an indicator; write 1\{u > 0\}" (bn-summary); behind the brackets, the lost "\;" as ",;" ("unexpected at
  ';' (position 24)", bn-nabla), and a 1-based rule's placeholder tried at 0 ("z_{i} at i = 0: 'z_{i}' means
  'z1[i-1]' (i = 0): index -1 is out of range (0..2): layer 1 has 3 units", bn-rule: the formula's free i of
  \frac{\partial L}{\partial z_i} = p_i - y_i given the value 0 though the notation counts from 1);
- 2, a Markdown table row whose last cell holds the chain's value, "$\approx -0.1774$" after a "|": "the command
  \approx is not part of a formula check can read at '\approx' (position 147)" (sol-dLdz-row, sol-dLdw-row; the
  same \approx reads inside one $$ block elsewhere);
- 2, a number before a colon numbering the equation inside the math, "$$ 1: ..." and "$$ 3: ...": "unexpected at
  ':' (position 2)" (task1b-1, task1b-3);
- 2, \cdot between three vectors meaning the entrywise product, \frac{\partial C}{\partial A^{(2)}} \cdot A^{(2)}
  \cdot (1 - A^{(2)}): "multiplies three vectors with \cdot in (deriv \cdot A^{2}) \cdot (1 - A^{2}): write \odot
  for their entrywise product, or (u \cdot v) w for an inner product times a vector" (yoan-dC-dZ2, yoan-dC-dZ1);
- 2, \phi' with no argument, the notation naming \phi a function (relu): "unknown symbol \phi'; the notation knows
  a, b, w, x, z; give it a meaning in the notation's [notation.symbols], e.g. "\phi'" = "a1[0]"" (fr-da-dw,
  fr-da-db);
- 1, \mathbf before a letter in a loss's arguments, H(\mathbf y , \mathbf a) (the first \mathbf was dropped, the
  second not): "the command \mathbf is not part of a formula check can read at '\mathbf' (position 22)" (fr-ce);
- 1, a function named with a layer in square brackets, functions = { "g[1]" = "sigmoid" }, in g[1]'(z[1]):
  "g'(...) : name the activation g stands for in the notation, functions = { g = "sigmoid" }" (ng-dz1);
- 1, d/da as an operator before the loss written with its arguments, d/da l(a,y): "unknown symbol d; the notation
  knows a, b, da, db, dw, dz, w, x; give it a meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]""
  (ng-da, the page's (1-y)/1-a mistake behind it);
- 1, Haskell's application cosh n2 (and cosh, which no notation can name: it is no activation): "unknown symbol
  cosh; the notation knows b, c, dedn, m, n, x; ..." (hs-code-dedn2; cosh(n2) with parentheses reads, hs-de-dn2);
- 1, a sum over the outputs where each entry is a vector's: "'\frac{2}{N_{out}} \sum_{i=1}^{N_{out}} (\hat{y}_i -
  y_i)' is a number where the left side is a vector or matrix" (yoan-dC-dA2, the page's mistake: refused, not called
  wrong);
- 1, the student's bare y for y^n ("all subscripts are omitted"): "y matches none of the notation's patterns for y
  ('y^{n}')" (task1a-chain; the spec cannot say it, see below).

What the spec could not express, which a page needed: the student's f(x) (the model's output \hat{y}^n renamed as a
function of x) and f'(x) (its derivative by w_i), and its bare w, x, y for w_i, x_i^n, y^n ("all subscripts are
omitted"): no pattern names a function application, and a bare letter of a placeholder pattern is the vector, not the
rule's entry; the French notes' and YoanPtr's \cdot for the entrywise product of two vectors (docs/notation.md reads
\cdot between two vectors as their inner product; the twins follow the pages' meaning, entry by entry); the French
notes' cases said in words before the block ("si j=i"), given to check as --when "i=j" and "i!=j"; a value claim
about the derivative of something other than the loss (\frac{\partial a}{\partial w} = \phi' \times x,
\frac{\delta}{\delta w_{kj}} ln(e^{z_k}) = ...), which the spec's claims (gradient, update, value) cover only as a
value. And, in the networks: the Haskell test's m and b are its library's initial values, not given (the formulas
taken are rules); the course notes, the student's Task 1a and 1b and the French notes give no numbers; YoanPtr's
README gives no sizes (three inputs, two hidden units, three outputs here, with N_in the number of input units); the
Bengali example's logits are modelled as an identity-weighted layer on x = (2, 1, 0), as batch 18 did.

After session 13's fixes (fixshapes, main 71b7995): 50 of 55 (91%), no wrong formula called correct. yoan-dC-dA2 now
reads: one number where the left side is a vector, a sum over an index letter, is read as every entry's value (the
step says so) and called wrong, the page's mistake.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, deltas, gradients, pre_activations
from public_formulas_batch20_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_S6 = ("https://github.com/smaxx73/Neural-Network-Course (module-3-mathematics-of-learning/session-06-backpropagation/"
       "session6_backpropagation.md)")
_S6SOL = ("https://github.com/smaxx73/Neural-Network-Course (module-3-mathematics-of-learning/"
          "session6_backpropagation_solutions.md)")
_NG = ("the code corpus's stored file 11605088859, \"# Backpropagation intuition\" (notes on the deep-learning course's"
       " lesson; its repository not named by the index)")
_YOAN = "https://github.com/YoanPtr/MOD-DeepLearning-ImageClassification (README.md)"
_BN = ("the code corpus's stored file 38761718744, a Bengali \"3-Class Softmax Backprop (Numerical)\" example (its"
       " repository not named by the index)")
_HS = ("the code corpus's stored file 1888993411, a Haskell network's test beginning \"-- The model is\" (its repository"
       " not named by the index)")
_TASK = ("the code corpus's stored file 35952164227, a student's assignment answers \"## Task 1b\" and \"## Task 1a\" (its"
         " repository not named by the index)")
_FR = ("the code corpus's stored file 23338180067, \"# Réseau neuronal convolutif\" (its repository not named by the"
       " index)")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I3K2 = tuple({"i": i, "k": k} for i in range(3) for k in range(2))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_KJ3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_SAME = tuple({"i": i, "j": i} for i in range(3))
_OTHER = tuple({"i": i, "j": j} for i in range(3) for j in range(3) if i != j)

# smaxx73's 2-2-1 network: sigmoid everywhere, L = (y - yhat)^2
_XO = "-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_XD = deltas((2, 1), _XO, SIGMOID_SLOPE)
_X_WEIGHTS = gradients((2, 1), 2, _XO, SIGMOID_SLOPE, biases=False)
_X_DELTA1 = tuple({"j": j, "m": _XD[1][j]} for j in range(2))
# exercise 9.1's chain: dL/dz2, and dL/dz1
_CD2 = "-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the two-layer logistic network of the course notes: dL/dz1[j]
_NG1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
# YoanPtr's network: C the mean of the squared errors over the 3 outputs
_YD = deltas((2, 3), "2*(a2[{j}] - y[{j}])/3*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
# the Haskell network's de/dn2: tanh's slope
_HD = "2*(a1[0] - y[0])*(1 - a1[0]**2)"
_COSH = "2*(a1[0] - y[0])*(1/(np.cosh(z1[0])**2))"
# the softmax's denominator (the French notes' \sum_{k=1}^{N} e^{z_k})
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_CE = "a1[{i}]*(t[0] + t[1] + t[2]) - t[{i}]"
# Task 1a's logistic regression: the true dC/dw_i, and f'(x) read as d yhat / d w_i
_T1A = "(a1[0] - y[0])*x[{i}]"
_F1 = "a1[0]*(1 - a1[0])*x[{i}]"

ENTRIES: list[Public] = [
    # ---- smaxx73's session 6: $$...$$ blocks, symbols.md's own names, \left( \right), \odot, f'^{(l)}, bmatrix vectors
    # and rows, W^{(2)}_{\text{new}} and its value continued in a second block that begins "="; the algorithm box in
    # plain text with Unicode superscripts (δ⁽ˡ⁾, W⁽ˡ⁺¹⁾, ᵀ, ⊙, ←) -------------------------------------------------------
    Public("s6-z-rule", _S6, "b20_s6_xor", "b20_s6", "$$\nz^{(l)} = W^{(l)} a^{(l-1)} + b^{(l)}\n$$", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((2, 1), 2)),), batch=20),
    Public("s6-dW-rule", _S6, "b20_s6_xor", "b20_s6",
           "$$\n\\frac{\\partial L}{\\partial W^{(l)}} = \\delta^{(l)} \\cdot (a^{(l-1)})^T\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _X_WEIGHTS),), batch=20),
    Public("s6-delta-rule", _S6, "b20_s6_xor", "b20_s6",
           "$$\n\\delta^{(l)} = \\left( (W^{(l+1)})^T \\delta^{(l+1)} \\right) \\odot f'^{(l)}(z^{(l)})\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), _X_DELTA1),), batch=20,
           why="f^{(l)} the sigmoid; the rule names a layer at l = 1 only"),
    Public("s6-box-delta", _S6, "b20_s6_xor", "b20_s6", "δ⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀ δ⁽ˡ⁺¹⁾ ⊙ f'(z⁽ˡ⁾)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), _X_DELTA1),), batch=20,
           why="the algorithm box's line, without its indentation and its note \"← propagate backward\""),
    Public("s6-box-update", _S6, "b20_s6_xor", "b20_s6", "W⁽ˡ⁾ ← W⁽ˡ⁾ - η ∂L/∂W⁽ˡ⁾", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*grad",), _X_WEIGHTS),), batch=20),
    Public("s6-z1-numbers", _S6, "b20_s6_xor", "b20_s6",
           "$$\nz^{(1)} = W^{(1)} x + b^{(1)} = \\begin{bmatrix} 0.5 & 0.3 \\\\ -0.2 & 0.8 \\end{bmatrix}"
           " \\begin{bmatrix} 1 \\\\ 0 \\end{bmatrix} + \\begin{bmatrix} 0.1 \\\\ -0.1 \\end{bmatrix} ="
           " \\begin{bmatrix} 0.5 + 0.1 \\\\ -0.2 - 0.1 \\end{bmatrix} = \\begin{bmatrix} 0.6 \\\\ -0.3"
           " \\end{bmatrix}\n$$", ((C, C, C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",
                                      "=np.array([[0.5, 0.3], [-0.2, 0.8]]) @ np.array([1, 0]) + np.array([0.1, -0.1])",
                                      "=np.array([0.5 + 0.1, -0.2 - 0.1])", "=np.array([0.6, -0.3])"), _J2),), batch=20),
    Public("s6-loss", _S6, "b20_s6_xor", "b20_s6",
           "$$\nL = (y - \\hat{y})^2 = (1 - 0.6028)^2 = (0.3972)^2 \\approx 0.1578\n$$", ((C, C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2", "=(1 - 0.6028)**2", "=(0.3972)**2", "=0.1578")),),
           batch=20),
    Public("s6-delta2-numbers", _S6, "b20_s6_xor", "b20_s6",
           "$$\n\\delta^{(2)} = -0.7944 \\times 0.2395 \\approx -0.1903\n$$", ((C, C),),
           (Twin("value", _XO, ("=-0.7944*0.2395", "=-0.1903")),), batch=20,
           why="dL/dz2 with numbers, twinned as a value: -0.190201 (the page's sigma'(z) = 0.6028 x 0.3972 is 0.23943,"
               " written 0.2395)"),
    Public("s6-delta1-numbers", _S6, "b20_s6_xor", "b20_s6",
           "$$\n\\delta^{(1)} = \\begin{bmatrix} -0.1142 \\\\ 0.0761 \\end{bmatrix} \\odot \\begin{bmatrix} 0.2288 \\\\"
           " 0.2445 \\end{bmatrix} = \\begin{bmatrix} -0.0261 \\\\ 0.0186 \\end{bmatrix}\n$$", ((C, C),),
           (Twin("value", "(W2.T @ (-2*(y - a2)*a2*(1 - a2))*a1*(1 - a1))[{j}]",
                 ("=np.array([-0.1142, 0.0761])*np.array([0.2288, 0.2445])", "=np.array([-0.0261, 0.0186])"), _J2),),
           batch=20, why="dL/dz1 with numbers, twinned as a value"),
    Public("s6-dW2-numbers", _S6, "b20_s6_xor", "b20_s6",
           "$$\n\\frac{\\partial L}{\\partial W^{(2)}} = -0.1903 \\times \\begin{bmatrix} 0.6457 & 0.4256 \\end{bmatrix} ="
           " \\begin{bmatrix} -0.1229 & -0.0810 \\end{bmatrix}\n$$", ((C, C),),
           (Twin("gradient", "W2[0,{k}]", ("=-0.1903*np.array([0.6457, 0.4256])", "=np.array([-0.1229, -0.0810])"),
                 _K2),), batch=20, why="exercise 5.1's solution"),
    Public("s6-W2-update", _S6, "b20_s6_xor", "b20_s6",
           "$$\nW^{(2)}_{\\text{new}} = W^{(2)} - \\eta \\frac{\\partial L}{\\partial W^{(2)}} = \\begin{bmatrix} 0.6 &"
           " -0.4 \\end{bmatrix} - 1.0 \\times \\begin{bmatrix} -0.1229 & -0.0810 \\end{bmatrix}\n$$\n\n$$\n="
           " \\begin{bmatrix} 0.7229 & -0.3190 \\end{bmatrix}\n$$", ((C, C, C),),
           (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad",
                                         "=np.array([0.6, -0.4]) - 1.0*np.array([-0.1229, -0.0810])",
                                         "=np.array([0.7229, -0.3190])"), _K2),), batch=20,
           why="the step's value continued in the next $$ block, which begins with ="),
    # ---- the session's solutions: a Markdown table's rows of $\dfrac...$ cells with the value in the next cell
    # ($\approx -0.1774$); $$...$$ with \times, \approx, \leftarrow and a \quad \text{...} note with → and ✓ ---------
    Public("sol-dLdz-row", _S6SOL, "b20_s6_neuron", "b20_s6_neuron",
           "| 3 | $\\dfrac{\\partial L}{\\partial z} = \\dfrac{\\partial L}{\\partial \\hat{y}} \\cdot"
           " \\sigma(z)(1-\\sigma(z)) = -0.7550 \\times 0.6225 \\times 0.3775$ | $\\approx -0.1774$ |", ((C, C, C),),
           (Twin("value", "-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])",
                 ("-2*(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))", "=-0.7550*0.6225*0.3775", "=-0.1774")),),
           batch=20, why="exercise 3.1's backward pass, step 3: dL/dz with numbers, twinned as a value; the row's"
                         " last cell is the chain's last member"),
    Public("sol-dLdw-row", _S6SOL, "b20_s6_neuron", "b20_s6_neuron",
           "| 4 | $\\dfrac{\\partial L}{\\partial w} = \\dfrac{\\partial L}{\\partial z} \\cdot x = -0.1774 \\times 2$ |"
           " $\\approx -0.3549$ |", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]", "=-0.1774*2", "=-0.3549")),),
           batch=20, why="-0.354836 (and -0.1774 x 2 = -0.3548)"),
    Public("sol-z2", _S6SOL, "b20_s6_chain", "b20_s6_chain",
           "$$\nz_2 = w_2 a_1 + b_2 = -1.0 \\times 0.6225 + 0.5 = -0.1225\n$$", ((C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]", "=-1.0*0.6225 + 0.5", "=-0.1225")),), batch=20),
    Public("sol-delta2", _S6SOL, "b20_s6_chain", "b20_s6_chain",
           "$$\n\\delta^{(2)} = 0.9388 \\times 0.2490 \\approx 0.2338\n$$", ((C, C),),
           (Twin("value", _CD2, ("=0.9388*0.2490", "=0.2338")),), batch=20, why="dL/dz2 with numbers, twinned as a value"),
    Public("sol-dw2", _S6SOL, "b20_s6_chain", "b20_s6_chain",
           "$$\n\\frac{\\partial L}{\\partial w_2} = \\delta^{(2)} \\cdot a_1 = 0.2338 \\times 0.6225 \\approx 0.1455\n$$",
           ((C, C, C),), (Twin("gradient", "W2[0,0]", (f"{_CD2}*a1[0]", "=0.2338*0.6225", "=0.1455")),), batch=20),
    Public("sol-delta1", _S6SOL, "b20_s6_chain", "b20_s6_chain",
           "$$\n\\delta^{(1)} = -0.2338 \\times 0.2350 \\approx -0.0549\n$$", ((C, C),),
           (Twin("value", f"W2[0,0]*{_CD2}*a1[0]*(1 - a1[0])", ("=-0.2338*0.2350", "=-0.0549")),), batch=20,
           why="dL/dz1 with numbers, twinned as a value"),
    Public("sol-w2-update", _S6SOL, "b20_s6_chain", "b20_s6_chain",
           "$$\nw_2 \\leftarrow -1.0 - 1.0 \\times 0.1455 = -1.1455 \\quad \\text{(more negative → pushes output lower"
           " ✓)}\n$$", ((C, C),), (Twin("update", "W2[0,0]", ("=-1.0 - 1.0*0.1455", "=-1.1455")),), batch=20),
    Public("sol-w1-update", _S6SOL, "b20_s6_chain", "b20_s6_chain",
           "$$\nw_1 \\leftarrow 0.5 - 1.0 \\times (-0.0549) = 0.5549\n$$", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0.5 - 1.0*(-0.0549)", "=0.5549")),), batch=20),
    # ---- the course notes: plain text, d/da as an operator, (1-y)/1-a for (1-y)/(1-a), the course's names da, dz,
    # dw[2], dZ[2] (the layer in square brackets), Octave's ' for the transpose beside g[1]' for the derivative, .*,
    # np.sum(..., axis=1, keepdims=True) ------------------------------------------------------------------------------
    Public("ng-da", _NG, "b20_ng_logreg", "b20_ng_logreg", "d/da l(a,y) = -y/a + (1-y)/1-a = da", ((W, C),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",
                 ("-y[0]/a1[0] + (1 - y[0])/1 - a1[0]", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])")),), batch=20,
           why="(1-y)/1-a is (1-y) - a as written, the parentheses of (1-a) dropped; da is the derivative it names"),
    Public("ng-dz", _NG, "b20_ng_logreg", "b20_ng_logreg", "dz = da * g'(z)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",)),), batch=20),
    Public("ng-dw", _NG, "b20_ng_logreg", "b20_ng_logreg", "dw = dz x", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K2),), batch=20),
    Public("ng-dw2", _NG, "b20_ng_two", "b20_ng_two", "dw[2] = dz[2] a[1]'", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=20),
    Public("ng-dz1", _NG, "b20_ng_two", "b20_ng_two", "dz[1] = W[2]' * dz[2] .* g[1]'(z[1])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG1,), _J3),), batch=20),
    Public("ng-dw1", _NG, "b20_ng_two", "b20_ng_two", "dw[1] = dz[1] * x'", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", (f"{_NG1}*x[{{k}}]",), _J3K2),), batch=20),
    Public("ng-db2-vectorized", _NG, "b20_ng_two", "b20_ng_two", "db[2] = np.sum(dZ[2], axis=1, keepdims=True) / m",
           ((C,),), (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=20, why="m = 1 example"),
    # ---- YoanPtr's README: $$...$$ with A^{(2)}, Z^{(2)}, B^{(2)} the layers' vectors, \cdot for the entrywise
    # product, N_{out}; a sum over the outputs where none belongs, twice more over a term without the sum's index -----
    Public("yoan-dC-dA2", _YOAN, "b20_yoan", "b20_yoan",
           "$$\n\\frac{\\partial C}{\\partial A^{(2)}} = \\frac{2}{N_{out}} \\sum_{i=1}^{N_{out}} (\\hat{y}_i - y_i)\n$$",
           ((W,),), (Twin("value", "2*(a2[{j}] - y[{j}])/3",
                          ("2/3*((a2[0] - y[0]) + (a2[1] - y[1]) + (a2[2] - y[2]))",), _J3),), batch=20,
           why="dC/dA_j^{(2)} = 2/N_out (yhat_j - y_j): the page sums every output's error into each entry"),
    Public("yoan-dC-dZ2-chain", _YOAN, "b20_yoan", "b20_yoan",
           "$$\n\\frac{\\partial C}{\\partial Z^{(2)}} = \\frac{\\partial C}{\\partial A^{(2)}} \\cdot \\frac{\\partial"
           " A^{(2)}}{\\partial Z^{(2)}}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("{m}",), tuple({"j": j, "m": _YD[2][j]} for j in range(3))),), batch=20),
    Public("yoan-dC-dZ2", _YOAN, "b20_yoan", "b20_yoan",
           "$$\n\\frac{\\partial C}{\\partial Z^{(2)}} = \\frac{\\partial C}{\\partial A^{(2)}} \\cdot A^{(2)} \\cdot (1 -"
           " A^{(2)})\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("{m}",), tuple({"j": j, "m": _YD[2][j]} for j in range(3))),), batch=20,
           why="\\cdot the entrywise product, as the page means it (A^{(2)} = sigma(Z^{(2)}) entry by entry)"),
    Public("yoan-dC-dB2", _YOAN, "b20_yoan", "b20_yoan",
           "$$\n\\frac{\\partial C}{\\partial B^{(2)}} = \\sum_{i=1}^{N_{out}} \\frac{\\partial C}{\\partial Z^{(2)}}\n$$",
           ((W,),), (Twin("gradient", "b2[{j}]", ("3*{m}",), tuple({"j": j, "m": _YD[2][j]} for j in range(3))),),
           batch=20, why="dC/dB^{(2)} = dC/dZ^{(2)}: a sum over i of a term without i is N_out times it"),
    Public("yoan-dC-dZ1", _YOAN, "b20_yoan", "b20_yoan",
           "$$\n\\frac{\\partial C}{\\partial Z^{(1)}} = \\frac{\\partial C}{\\partial A^{(1)}} \\cdot \\frac{\\partial"
           " A^{(1)}}{\\partial Z^{(1)}} = \\frac{\\partial C}{\\partial A^{(1)}} \\cdot A^{(1)} \\cdot (1 - A^{(1)})\n$$",
           ((C, C),), (Twin("gradient_z", "z1[{j}]", ("{m}", "{m}"), tuple({"j": j, "m": _YD[1][j]} for j in range(2))),),
           batch=20),
    Public("yoan-dC-dB1", _YOAN, "b20_yoan", "b20_yoan",
           "$$\n\\frac{\\partial C}{\\partial B^{(1)}} = \\sum_{i=1}^{N_{in}} \\frac{\\partial C}{\\partial Z^{(1)}}\n$$",
           ((W,),), (Twin("gradient", "b1[{j}]", ("3*{m}",), tuple({"j": j, "m": _YD[1][j]} for j in range(2))),),
           batch=20, why="N_in (3, the input units) times dC/dZ^{(1)}"),
    # ---- the Bengali example: display math whose \[ \] lost their backslashes ("[" and "]" on their own lines), and
    # "\;" and "\," theirs (",;" between a vector's entries, "),x" for a product); \ln, \nabla_z L; its linear layer's
    # W and x do not give the logits (2, 1, 0) it carries into the step -----------------------------------------------
    Public("bn-S", _BN, "b20_bn_logits", "b20_bn", "[\nS=7.389+2.718+1=11.107\n]", ((C, C),),
           (Twin("value", "exp(z1[0]) + exp(z1[1]) + exp(z1[2])", ("=7.389+2.718+1", "=11.107")),), batch=20),
    Public("bn-rule", _BN, "b20_bn_logits", "b20_bn", "[\n\\frac{\\partial L}{\\partial z_i}=p_i-y_i\n]", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=20),
    Public("bn-dz1", _BN, "b20_bn_logits", "b20_bn", "[\n\\frac{\\partial L}{\\partial z_1}=0.665-1=-0.335\n]",
           ((C, C),), (Twin("value", "a1[0] - t[0]", ("=0.665-1", "=-0.335")),), batch=20,
           why="dL/dz_1 with numbers, twinned as a value"),
    Public("bn-nabla", _BN, "b20_bn_logits", "b20_bn", "[\n\\nabla_z L = [-0.335,;0.245,;0.090]\n]", ((C,),),
           (Twin("value", "(a1 - t)[{j}]", ("=np.array([-0.335, 0.245, 0.090])",), _J3),), batch=20,
           why="dL/dz with numbers, twinned as a value; \",;\" is a \",\\;\" that lost its backslash"),
    Public("bn-dW-rule", _BN, "b20_bn_linear", "b20_bn", "[\n\\frac{\\partial L}{\\partial W_i}=(p_i-y_i),x\n]", ((C,),),
           (Twin("gradient", "W1[{i},{k}]", ("(a1[{i}] - t[{i}])*x[{k}]",), _I3K2),), batch=20,
           why="\"),x\" is \"),\\,x\" (a thin space) that lost its backslash: the product"),
    Public("bn-dW1-numbers", _BN, "b20_bn_linear", "b20_bn",
           "[\n\\frac{\\partial L}{\\partial W_1}=-0.335[1,2]=[-0.335,;-0.670]\n]", ((W, W),),
           (Twin("gradient", "W1[0,{k}]", ("=-0.335*np.array([1, 2])", "=np.array([-0.335, -0.670])"), _K2),), batch=20,
           why="the page's W and x give z = (0.5, 0.2, 0.1), p_1 = 0.4147: dL/dW_1 = (-0.5853, -1.1705); the page"
               " carries p from the logits (2, 1, 0) of its first part"),
    Public("bn-b-update", _BN, "b20_bn_linear", "b20_bn",
           "[\nb_{\\text{new}}=[0,0,0]-0.1[-0.335,0.245,0.090]=[0.0335,;-0.0245,;-0.0090]\n]", ((W, W),),
           (Twin("update", "b1[{j}]", ("=np.array([0, 0, 0]) - 0.1*np.array([-0.335, 0.245, 0.090])",
                                       "=np.array([0.0335, -0.0245, -0.0090])"), _J3),), batch=20,
           why="p - y at its W and x is (-0.5853, 0.3073, 0.2780): b_new = (0.0585, -0.0307, -0.0278)"),
    Public("bn-summary", _BN, "b20_bn_linear", "b20_bn",
           "[\n  \\frac{\\partial L}{\\partial W}=(p-y)x^T,\\quad \\frac{\\partial L}{\\partial b}=p-y\n  ]", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{k}]", ("(a1[{j}] - t[{j}])*x[{k}]",), _J3K2),
            Twin("gradient", "b1[{j}]", ("a1[{j}] - t[{j}]",), _J3)), batch=20, why="the exam-ready summary's last item"),
    # ---- the Haskell network's test: plain-text comments (taken without their "-- "), de/dn1 as a name, names glued
    # to their digits (n1, n2), mx for m times x, ** and cosh; one line of the code itself, with Haskell's
    # application cosh n2 ---------------------------------------------------------------------------------------------
    Public("hs-de-dn1", _HS, "b20_hs", "b20_hs", "de/dn1 = 2*(n1 - c)", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=20, why="de/dn1, the output's derivative"),
    Public("hs-de-dn2", _HS, "b20_hs", "b20_hs", "de/dn2 = de/dn1 * dn1/dn2 = 2*(n1 - c) * (1 / (cosh(n2)**2))",
           ((C, C),), (Twin("gradient_z", "z1[0]", (_HD, _COSH)),), batch=20),
    Public("hs-de-dm", _HS, "b20_hs", "b20_hs",
           "de/dm  = de/dn2 * dn2/dm  = 2*(n1 - c) * (1 / (cosh(n2)**2)) * x", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_HD}*x[0]", f"{_COSH}*x[0]")),), batch=20),
    Public("hs-de-db", _HS, "b20_hs", "b20_hs", "de/db  = de/dn2 * dn2/db  = 2*(n1 - c) * (1 / (cosh(n2)**2)) ",
           ((C, C),), (Twin("gradient", "b1[0]", (_HD, _COSH)),), batch=20),
    Public("hs-n1", _HS, "b20_hs", "b20_hs", "n1 = tanh(mx + b) = tanh(n2)", ((C, C),),
           (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + b1[0])", "tanh(z1[0])")),), batch=20, why="mx is m times x"),
    Public("hs-code-dedn2", _HS, "b20_hs", "b20_hs", "dedn2 = dedn1 * (1 / (cosh n2)**2)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_COSH,)),), batch=20,
           why="the code's line, without its comment \"-- Calculate correct dn/dn2\"; cosh n2 is Haskell's cosh(n2)"),
    # ---- the student's Task 1a and 1b: $$...$$ with \delta for the partial sign, ln without a backslash glued to its
    # factor (y^nln), a derivation continued on $$ lines that begin "=", f(x) for \hat{y}^n with the subscripts
    # dropped, two sign slips; equations numbered "1:" and "3:" inside the math ----------------------------------------
    Public("task1a-chain", _TASK, "b20_task_logreg", "b20_task1a",
           "$$ \\frac{\\delta C^{n}(w)}{\\delta w_i} = - \\frac{\\delta (y^nln(\\hat{y}^n) + (1-y^n) ln(1 - \\hat{y}^n) )}"
           "{\\delta w_i} $$\n$$= -y\\frac{\\delta}{\\delta w} ln(f(x)) + (1-y) \\frac{\\delta} {\\delta w} ln(1-f(x))$$\n"
           "$$ = - \\frac{y f'(x)}{f(x)} - \\frac{(y-1)f'(x)}{1-f(x)} $$\n"
           "$$ = \\frac{y}{f(x)} x f(x) (1-f(x)) - \\frac{y-1}{1-f(x)} x f(x) (1-f(x)) $$\n"
           "$$ = -yx + yxf(x) - yxf(x) + xf(x) $$\n$$ = -(y-f(x))x $$\n$$ = -(y^n - \\hat{y}^n)x_i^n $$",
           ((C, W, C, W, C, C, C),),
           (Twin("gradient", "W1[0,{i}]", (_T1A, "-y[0]*x[{i}]*(1 - a1[0]) + (1 - y[0])*(-x[{i}]*a1[0])",
                                           f"-y[0]*{_F1}/a1[0] - (y[0] - 1)*{_F1}/(1 - a1[0])",
                                           f"y[0]/a1[0]*{_F1} - (y[0] - 1)/(1 - a1[0])*{_F1}",
                                           "-y[0]*x[{i}] + y[0]*x[{i}]*a1[0] - y[0]*x[{i}]*a1[0] + x[{i}]*a1[0]",
                                           "-(y[0] - a1[0])*x[{i}]", "-(y[0] - a1[0])*x[{i}]"), _I3),), batch=20,
           why="the prose line between the first two blocks (\"To simplify notation $\\hat{y}^n = f(x)$ and all"
               " subscripts are omitted\") left out; f(x) is \\hat{y}^n, f'(x) its derivative by w_i, w and x are"
               " w_i and x_i. The second member's + (1-y) is - (1-y) (the minus of the first line not carried); the"
               " fourth's y/f(x) lost its minus (the fifth is right again)"),
    Public("task1b-1", _TASK, "b20_task_softmax", "b20_task1b",
           "$$ 1: \\frac{\\delta C^n(w)}{\\delta w_{kj}}\n= \\frac{\\delta}{\\delta w_{kj}} \\left(-\\sum_{k=1}^K"
           " y_kln(\\hat{y}_k)\\right) =\n -\\sum_{k=1}^K y_k \\frac{\\delta}{\\delta w_{kj}}"
           "\\left(ln(\\hat{y}_k)\\right)$$",
           ((C, C),), (Twin("gradient", "W1[{k},{j}]", (f"({_CE.replace('{i}', '{k}')})*x[{{j}}]",) * 2, _KJ3),),
           batch=20, why="the sum's k is its own, bound (it shadows the k of w_{kj}, which stays free)"),
    Public("task1b-3", _TASK, "b20_task_softmax", "b20_task1b",
           "$$ 3: \\frac{\\delta}{\\delta w_{kj}} ln(e^{z_k})\n= \\frac{1}{e^{z_k}} \\frac{\\delta}{\\delta w_{kj}}"
           " e^{z_k}\n"
           "=  \\frac{1}{e^{z_k}} e^{z_k} \\frac{\\delta}{\\delta w_{kj}} z_k $$", ((C, C),),
           (Twin("value", "x[{j}]", ("x[{j}]",) * 2, _KJ3),), batch=20,
           why="d z_k / d w_{kj} = x_j; two members after the left side (corrected in session 11: it listed three)"),
    # ---- the French CNN notes: $$...$$ with \tag{1.4}, \times, \phi' without its argument; align* derivations of the
    # softmax's derivative by cases ("si j=i", "si j\neq i" in words before them) and of the cross-entropy's,
    # H(\mathbf y, \mathbf a) with arguments, \sum _{j=1,j\neq i}^q, \frac{\partial a_j}{a_j \partial z_i} ---------------
    Public("fr-z", _FR, "b20_fr_neuron", "b20_fr_neuron", "$$\nz = w \\times x + b \\tag{1.1}\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=20),
    Public("fr-da-dw", _FR, "b20_fr_neuron", "b20_fr_neuron",
           "$$\n\\frac{\\partial a}{\\partial w}=\\frac{\\partial a}{\\partial z}\\times\\frac{\\partial z}{\\partial w}="
           "\\phi'\\times x \\tag{1.4}\n$$", ((C, C),),
           (Twin("value", "Heaviside(z1[0])*x[0]", ("Heaviside(z1[0])*x[0]",) * 2),), batch=20,
           why="the derivative of the neuron's output, not of a loss"),
    Public("fr-da-db", _FR, "b20_fr_neuron", "b20_fr_neuron",
           "$$\n\\frac{\\partial a}{\\partial b}=\\frac{\\partial a}{\\partial z}\\times\\frac{\\partial z}{\\partial b}="
           "\\phi'\\times 1 \\tag{1.5}\n$$", ((C, C),),
           (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",) * 2),), batch=20),
    Public("fr-softmax-same", _FR, "b20_fr_softmax", "b20_fr_softmax",
           "$$\n\\begin{align*}\n\\frac{\\partial \\phi_i}{\\partial z_j}&=\n\\frac{\\partial \\frac{e^{z_i}}"
           "{\\sum_{k=1}^{N}e^{z_k}}}{\\partial z_j}\\\\\n&=\\frac{e^{z_i}(\\sum_{k=1}^{N}{e^{z_k}})-e^{z_j}e^{z_i}}"
           "{(\\sum_{k=1}^{N}{e^{z_k}})^2}\\\\\n&=\\frac{e^{z_i}}{\\sum_{k=1}^{N}{e^{z_k}}}\\frac{(\\sum_{k=1}^{N}"
           "{e^{z_k}}) - e^{z_j}}{\\sum_{k=1}^{N}{e^{z_k}}}\\\\\n&=\\phi_i(1-\\phi_j)\n\\end{align*}\n$$", ((C, C, C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])",
                 ("a1[{i}]*(1 - a1[{j}])", f"(exp(z1[{{i}}])*{_S} - exp(z1[{{j}}])*exp(z1[{{i}}]))/{_S}**2",
                  f"exp(z1[{{i}}])/{_S}*({_S} - exp(z1[{{j}}]))/{_S}", "a1[{i}]*(1 - a1[{j}])"), _SAME),),
           when="i=j", batch=20, why="the case \"si j=i\", said in words before the block"),
    Public("fr-softmax-other", _FR, "b20_fr_softmax", "b20_fr_softmax",
           "$$\n\\begin{align*}\n\\frac{\\partial \\phi_i}{\\partial z_j}&=\n\\frac{\\partial \\frac{e^{z_i}}"
           "{\\sum_{k=1}^{N}e^{z_k}}}{\\partial z_j}\\\\\n&=\\frac{0-e^{z_j}e^{z_i}}{(\\sum_{k=1}^{N}{e^{z_k}})^2}\\\\\n"
           "&=-\\frac{e^{z_j}}{\\sum_{k=1}^{N}{e^{z_k}}}\\frac{e^{z_i}}{\\sum_{k=1}^{N}{e^{z_k}}}\\\\\n"
           "&=-\\phi_j \\phi_i\n"
           "\\end{align*}\n$$", ((C, C, C, C),),
           (Twin("value", "-a1[{i}]*a1[{j}]",
                 ("-a1[{i}]*a1[{j}]", f"(0 - exp(z1[{{j}}])*exp(z1[{{i}}]))/{_S}**2",
                  f"-exp(z1[{{j}}])/{_S}*exp(z1[{{i}}])/{_S}", "-a1[{j}]*a1[{i}]"), _OTHER),),
           when="i!=j", batch=20, why="the case \"si j\\neq i\", said before the block"),
    Public("fr-ce", _FR, "b20_fr_softmax", "b20_fr_softmax",
           "$$\n\\begin{align*}\n\\frac{\\partial H(\\mathbf y , \\mathbf a)}{\\partial z_i}&=\n-\\sum _{j=1}^q y_j"
           " \\frac{\\partial \\log a_j}{\\partial z_i}\\\\\n&=-\\sum _{j=1}^q y_j \\frac{\\partial a_j}{a_j \\partial"
           " z_i}\\\\\n&=-y_i\\frac{a_i(1-a_i)}{a_i}-\\sum _{j=1,j\\neq i}^q y_j \\frac{- a_i a_j}{a_j}\\\\\n"
           "&=-y_i(1-a_i)+"
           "\\sum _{j=1,j\\neq i}^q y_j a_i\\\\\n&=-y_i +a_i \\sum _{j=1}^q y_j\\\\\n&=a_i-y_i\n\\end{align*}\n$$",
           ((C, C, C, C, C, C),),
           (Twin("gradient_z", "z1[{i}]", (_CE, _CE, "-t[{i}]*(1 - a1[{i}]) + a1[{i}]*(t[0] + t[1] + t[2] - t[{i}])",
                                           "-t[{i}]*(1 - a1[{i}]) + a1[{i}]*(t[0] + t[1] + t[2] - t[{i}])",
                                           "-t[{i}] + a1[{i}]*(t[0] + t[1] + t[2])", "a1[{i}] - t[{i}]"), _I3),),
           batch=20, why="\\frac{\\partial a_j}{a_j \\partial z_i} is (1/a_j) d a_j / d z_i"),
]
