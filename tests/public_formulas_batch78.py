r"""Batch 78 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: chenxingwei's logistic regression "from
scratch", every formula a codecogs image whose LaTeX sits unencoded in its address; elcapo's notes on a small MNIST
network's backward pass, bold matrices with a letter subscript, ReLU and Softmax as words; and eight stored files
without their repository's name: two notes of one author on a chain of one-unit layers, tanh and linear, worked in
numbers in plain text with Unicode subscripts, and the linear chain's algorithm drawn in a box of line-drawing
characters with its NumPy backward pass; a linked note working a ReLU-sigmoid network's backward pass by hand; a
Korean Python file's docstring on one sigmoid neuron; a Chinese Python lesson's docstring on the same neuron; a note
retelling Mazur's step-by-step example in $...$ lines; a Portuguese lesson whose formulas are JavaScript strings),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch78_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. The stored files are cited by their ids. A local derivative (da/dz, dz/dw1, dh_2/dz_2, df_i/dtheta_j,
dnet/dw_5) or a derivative by an activation (dL/dA_o, dL/da_j, dE/dout_{o1}) is twinned as a value, as in batches 14
to 76; so is a delta worked in numbers (batch 48's way).
Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their own and an
indented formula between them, a codecogs image's ![equation](...), a code block's indentation, a docstring's remark
in parentheses after its formula, a box's │, | or ║ at both ends of the row, a JavaScript string's quotes, \n
escapes and the object around it); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 78

The batch: 55 formulas, 28 values (forward sums and outputs, the sigmoid and the softmax, losses, local derivatives,
derivatives by an activation, deltas worked in numbers, the square of a gradient), 14 gradients, 5 deltas (dL/dz
rules: a softmax jacobian product, - [y_i - a_i], 2(y hat - y) x 1, y hat - y in a bullet's code span, ReLU's odot),
5 updates (an aligned block of four, ← rules and ← steps worked in numbers, a box row, code's -=) and 3 entries of
several kinds (values with gradients worked in numbers; a code span's z = W a + b with the rule's two gradients).
24 are LaTeX (chenxingwei's codecogs images with log glued, J_i, J(x_i), x_i\theta, \sum_{k=1}^{m+1}, \partial{...}
braced; elcapo's \mathbf{Z}_h, \mathbf{A_{o}}, ReLU(...), Softmax(\mathbf{z})_i, e^z_i, tr(\mathbf{Y}^T log(...)),
\oslash, \odot, \frac{\partial}{\partial \mathbf{Z}_h} ReLU(...),
d\mathbf{W}_o in an aligned block of \leftarrow rows each opening with &; the Mazur retelling's net_{h1},
out_{o1}, target_{o1}, E_{total}, E_{o2}, * for the product, * -1, w_5^{(1 - 1)}), 31 plain text or code (the chains'
Unicode subscripts, ŷ, ×, ·, ≈, ², tanh' and tanh², ← steps, chains continued over several lines; the box rows with
│, | and ║ and a bullet •, "Generalized =" and Wn+1, hn-1; NumPy's np.sum and -=; the ReLU note's Markdown bullet
and sentence with code spans, ⊗, ᵀ, U+2212, vectors ( 0 , −0.2152 ); the Korean docstring's remarks in Korean in
parentheses, 따라서 before a claim, two claims inside a Korean sentence, self.w1 -= ...; the Chinese docstring's
numbered item with full-width ： and （）, three claims separated by commas; the Portuguese strings' \n escapes, a
chain continued on a line opening with =, [ ] grouping the chain's links, list items in backticks inside quotes).

10 are mistaken somewhere (the oracle finds at least one member wrong):

- chenxingwei's dJ/da_i = -y_i/a_i - (1-y_i)/(1-a_i) = ...: the first member's second term with its sign lost
  (the next two members are right again);
- chenxingwei's da_i/df_i = e^{f_i}/(1+e^{f_i})^2 = ... = a_i(1-a_i), with f_i = -x_i theta and a_i = 1/(1 +
  e^{f_i}): the derivative is -a_i(1 - a_i), every member has lost the minus;
- chenxingwei's dJ/dtheta_j = (dJ/da)(da/df)(dJ(f_i)/dtheta_j) = ... = -x_{ij}(a_i - y_i): J(f_i) typed for f_i (as
  written, the first member multiplies by the gradient itself), and the lost minus carried into -x_{ij}(a_i - y_i);
  and its vector form dJ/dtheta = -x_i(a_i - y_i);
- the tanh notes' dL/dW_2, dL/db_2, dL/dW_1, dL/db_1 worked to -5.093, -6.361, -3.656, -1.828 (their products are
  -5.0999, -6.3707, -3.6616, -1.8308): each a right product written with a number that is not its value;
- the linear notes' dL/dW_1 = -5.768 x 1.2 x 0.8 x 2.0 = -11.078 and dL/db_1 = ... = -5.539 (-11.0746 and -5.5373);
- the algorithm box's "Generalized = ∂L/∂Wn = 2 * error * Wn+1 * hn-1": right for the middle layer only (for n = 1 it
  leaves out W_3; there is no W_4);
- the Mazur retelling's dE_total/dw_5 * dE_total/dw_5 = (the chain for dE_total/dw_5), a slip of the copy that makes
  the left side a square, and net_{h1} = w_1 * i_1 + w_3 * i_2 + b_1 * 1 (w_3 for w_2, as its own first line has).

Not mistaken, though they look it: the tanh notes' h_2 ≈ 0.4139 and z_3 = 0.7967 (0.41398 and 0.79677, one unit off
their rounding), dL/db_3 = -6.407 (-6.4065) and 1 - h_2^2 ≈ 0.8287 (0.82862), the spec's unit either way, and its
updates W_3 ← 1.2 - 0.01 x (-2.652) = 1.227; the linear notes' (-2.884)^2 = 8.318 (8.317456, one unit off) and
their steps W_1 ← 0.5 - 0.01 x (-11.078) = 0.5 + 0.111 = 0.611 and b_1 ← 0.1 - 0.01 x (-5.539) = ... = 0.155 (the
collector wrote the first member of each wrong, carrying the wrong gradient; the oracle allows a gradient in a step
1.5 units of its third significant digit, so every member is right, and the new values are); elcapo's e^z_i (entry i
of e^z, what the page means); the Mazur retelling's
w_5^{(1 - 1)} (w_5 to the 0, the power rule's exponent written out).

What was left out: elcapo's steps with Kronecker's delta_{ij} (\frac{\partial a_j}{\partial z_i} = a_j (\delta_{ij} -
a_i) and the sums over it, one with \biggl( ... \biggl)), which no meaning of the spec names, and its softmax note's
s(z_1) (a function of the whole vector written of one entry); the ReLU note's "∂L/∂w₂ = (−0.2689) · a₁ = ( 0 ,
−0.6724 )" and its like (members mixing a number and symbols, which the oracle's random points cannot judge, as
batch 71 left out), its matrix written over two lines, and its one-step lines "w₂ = (1, 0.8 + 0.5 × 0.6724) = ..."
(the updated value written with the old one's name); chenxingwei's y=[0,1,1,0,...] and entropy examples; the
linear notes' forward pass after the update; the tanh notes' batch sums; the box's second general line, ∂L/∂Wn = 2 *
error * Wn+1 (the same slip without hn-1); the Korean and Chinese files' other code lines.

Nothing was fixed from this batch.

Collected on 2026-12-05 from 16:13 to 16:21 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec before the run
(backprop.symbolic.notation_loading.load_notation with its network, no formula read). The oracle agreed with every
verdict written down on its first run but lch-update's (above) and two twins' kinds (rlw-dz2 and rlw-dz1, deltas
worked in numbers first twinned as gradient_z, which the oracle of numbers does not take, then as values).

Run blind once at main c4faee8 (/work/READY_FOR_BLIND26), rebased onto it with nothing under src/ changed. No refusal
is the collector's notation outside the spec's grammar, so the first run is the only one (/work/batch78_blind.txt):
39 of 55 read with every verdict right (71%), 16 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT.
Of the 10 mistaken formulas, 7 read with every verdict right (cxl-dJda, cxl-daf, cxl-dJdtheta, cxl-dJdtheta-vec,
lch-layer1, mzr-square and mzr-w3 called wrong where the oracle does; cxl-dJda's two right members called right) and
3 were refused (tch-num2, tch-num1, abx-general; see below).

By kind of claim: values 23 of 28, gradients 8 of 14, deltas 4 of 5, updates 4 of 5, the entries of several kinds 0
of 3. LaTeX against plain text: the 24 in LaTeX read 21 (88%), the 31 in plain text or code 18 (58%). By page:
chenxingwei 8 of 8, elcapo 6 of 9, the tanh notes 6 of 8, the linear notes 4 of 5, the algorithm box 1 of 4, the ReLU
walkthrough 3 of 4, the Korean docstring 2 of 4, the Mazur retelling 7 of 7, the Chinese docstring 2 of 3, the
Portuguese lesson 0 of 3.

The refusals by construct (16), with the exact message:

- 4, a row of a box drawn in line-drawing characters, the row's formula between │ (U+2502), ║ (U+2551) or | at both
  ends (lch-box, abx-db1, abx-update, abx-general): "formula '║ \partial L/\partial W_1 = 2(\hat{y} - y) \times W_3
  \ti...': cannot read '║' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (abx-db1
  and abx-update the same at '│', the bullet • read as \cdot before it; abx-general, with | and "Generalized =",
  "expected '|' to close the norm at '=' (position 19)": a mistaken formula refused rather than called wrong);
- 3, formulas inside a JavaScript source's object and string literals (ptl-forward, ptl-hidden: "formula "{ type:
  'formal', eq: 'z_{1} = w_{1}x + b_{1}\nh = sigmoi...": expected '}' to close the group at ':' (position 7)"; ptl-dw2,
  a list item '`...`', in quotes: "unexpected at "'" (position 1)");
- 2, a line opening with "1 - " as the left side of a value claim, 1 - h₂² = 1 - 0.4139² ≈ 0.8287 (tch-num2,
  tch-num1, both mistaken in their gradients' numbers): "'1 - ' at the start of the line reads as a list's number or
  as 1 minus what follows, and the two readings do not agree; write the line without its number, or (1 - ...) in
  parentheses for the difference";
- 1, the trace, tr(\mathbf{Y}^T log(\mathbf{A_{o}})) (elm-loss): "unknown symbol r; the notation knows A, W, X, Y, Z,
  a, b, dW; give it a meaning in the notation's [notation.symbols], e.g. "r" = "a1[0]"" (tr read letter by letter);
- 1, \oslash, the entrywise division (elm-dLdAo): "the command \oslash is not part of a formula check can read at
  '\oslash' (position 51); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols";
- 1, a braced base before its subscript in a derivative's denominator, \partial {Z}_h (elm-dZh): "expected '}' to
  close the denominator at '_' (position 41)";
- 1, ⊗ (U+2297), the outer product, in a code span, (∂L/∂z) ⊗ aᵀ (rlw-step, its other two claims never reached):
  "cannot read '⊗' at position 49; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)";
- 1, a Korean word of prose before a claim, 따라서 ("therefore") dL/dw1 = ... (krn-final): "unknown symbol 따라서; the
  notation knows a, b, dL, self.w1, w, x, y, z; give it a meaning in the notation's [notation.symbols], e.g.
  "따라서" = "a1[0]"" (the message proposes naming a word of prose);
- 1, claims separated by commas inside a parenthesised Korean sentence, (dw2, db도 동일한 방식, dz/dw2=x2, dz/db=1)
  (krn-others): "unexpected at ',' (position 4); a comma after a member is no product: write \cdot (or \,) for one, or
  give a second claim its own left side (A = B, \quad C = D)";
- 1, a remark in full-width parentheses after the formula, L = (a - y)²  （用MSE举例） (cnl-loss): "cannot read '（' at
  position 16; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)".

Which look general (would appear in much homework): a left side that is an expression opening with a number (1 - h²
= ..., 1 - \sigma(z) = ...), a braced base {Z}_h (TeX written with spare braces), \oslash and ⊗ and the trace tr
in matrix-calculus notes, a word of "therefore" before a claim in another language (Korean 따라서, as "so" or
"thus"), full-width parentheses around a remark in Chinese or Japanese notes, and the line-drawing boxes of notes
written by or after chat assistants. Page-specific: formulas kept in a JavaScript program's literals, and two claims
inside a Korean sentence's commas.

Read, among the constructs these pages brought: codecogs images with their LaTeX unencoded (8 of 8, the sign slips
called wrong), J_i and J(x_i) and J(f_i) as the loss, \sum_{k=1}^{m+1} with m named; elcapo's \mathbf names with a
letter subscript, Softmax(\mathbf{z})_i with e^z_i, a jacobian product and \leftarrow rows opening with & with
d\mathbf{W}_o; the chains' Unicode plain text with ≈, tanh' and tanh², ← steps of numbers and six claims of a forward
pass; the Mazur retelling's left side squared and w_5^{(1 - 1)}, both right (the first called wrong); the ReLU note's
bullet with a wiki link and its vector ( 0 , −0.2152 ); the Korean remarks in parentheses after a formula; three
claims separated by commas on a Chinese docstring's line.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch78_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CX = ("https://github.com/chenxingwei/machine_learning_from_scratch (algorithm/3.logisticRegression.md, "
       "commit 3bc0583)")
_EL = "https://github.com/elcapo/neural-network-from-scratch (docs/the-math.md, commit 0d69f0d)"
_TANH = _STORED.format(9995220255, "# Gradient Derivation for Two-Layer Neural Network: Polynomial Approximation",
                       "notes deriving a tanh chain's gradients, with numbers")
_LIN = _STORED.format(10841410281, "# Mathematical Derivation of Gradients for Three-Layer Linear Neural Network",
                      "notes deriving a linear chain's gradients, with numbers")
_BOX = _STORED.format(10650645565, "### The Complete Backpropagation Algorithm:",
                      "the linear chain's algorithm in a box of line-drawing characters, and its NumPy backward pass")
_RELU = _STORED.format(71199646974, "**Backpropagation** computes how the loss changes with every weight",
                       "a topic of linked notes working one backward pass by hand")
_KR = _STORED.format(65784495001, "2단계: activation function을 추가한 뉴런.",
                     "a Korean Python file's docstring and code, one sigmoid neuron with the squared error")
_MZ = _STORED.format(44352377450, "#ML", "a note retelling Mazur's step-by-step example")
_CN = _STORED.format(53711286893, "Part 4: 完整例子 —— 单个神经元的前向+反向",
                     "a Chinese Python lesson's docstring, one sigmoid neuron with the squared error")
_PT = _STORED.format(55627290548, "export const blocks = [",
                     "a Portuguese lesson on backpropagation, its text blocks in a JavaScript file")

_J2 = tuple({"j": j} for j in range(2))
_K3 = tuple({"k": k} for k in range(3))
_KJ = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(3))

# chenxingwei: the sample's row times theta, the appended 1 among the features
_XT = "(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])"
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_F = "(-z1[0])"
# elcapo: dL/dA_o dA_o/dZ_o for output k, the softmax's jacobian written out; dL/dA_h for hidden unit j
_SMCHAIN = tuple({"k": k, "m": " + ".join(f"(-t[{n}]/a2[{n}])*a2[{n}]*({int(n == k)} - a2[{k}])" for n in range(3))}
                 for k in range(3))
_DAH = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2]))"
# the one-unit chains: 2 (y_hat - y) and the tanh chain's factors
_E = "2*(a3[0] - y[0])"
_TH2 = "(1 - a2[0]**2)"
_TH1 = "(1 - a1[0]**2)"
# Mazur: dE_total/dw_5
_G5 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"

ENTRIES: list[Public] = [
    # ---- chenxingwei's logistic regression: every formula a codecogs image, ![equation](...gif.latex?...), the
    # LaTeX unencoded in its address; log glued (y_ilog(a_i)), J_i, J(x_i), x_i theta with a 1 appended to x_i;
    # f_i = -x_i theta and its derivative written with the sign lost, J(f_i) typed for f_i ----------------------
    Public("cxl-h", _CX, "b78_cx", "b78_cx_h",
           r"![equation](http://latex.codecogs.com/gif.latex?h(x)=\frac{1}{1+e^{-x}})", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=78,
           why="the sigmoid function h of a number x, the unit's sum here"),
    Public("cxl-Ji", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?J_i=-y_ilog(a_i)-(1-y_i)log(1-a_i))", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=78,
           why="one sample's cross-entropy"),
    Public("cxl-a", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?a_i=\frac{1}{1+e^{-x_i\theta}}=\frac{1}{1+e^{-\sum_{k=1}^{m+1}"
           r"x_{ik}\theta_k}})", ((C, C),),
           (Twin("value", "a1[0]", (f"1/(1 + exp(-{_XT}))", f"1/(1 + exp(-{_XT}))")),), batch=78,
           why="x_i the row [x_{i1}, x_{i2}, 1], theta = [w_1, w_2, b]: m + 1 = 3 terms"),
    Public("cxl-dJda", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?\frac{\partial{J(x_i)}}{\partial{a_i}}=-\frac{y_i}{a_i}"
           r"-\frac{1-y_i}{1-a_i}=-\frac{y_i-a_iy_i}{a_i(1-a_i)}+\frac{a_i-a_iy_i}{a_i(1-a_i)}=\frac{a_i-y_i}{a_i(1-a_i)})",
           ((W, C, C),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",
                 ("-y[0]/a1[0] - (1 - y[0])/(1 - a1[0])",
                  "-(y[0] - a1[0]*y[0])/(a1[0]*(1 - a1[0])) + (a1[0] - a1[0]*y[0])/(a1[0]*(1 - a1[0]))",
                  "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))")),), batch=78,
           why="dJ/da_i, a value: its first member's second term has the sign lost (- (1-y)/(1-a) for +), the next "
               "two are right again"),
    Public("cxl-f", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?f_i=-x_i\theta=-\sum_{k=1}^{m+1}x_{ik}\theta_{k})",
           ((C, C),), (Twin("value", "-z1[0]", (f"-{_XT}", f"-{_XT}")),), batch=78),
    Public("cxl-daf", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?\frac{\partial{a_i}}{\partial{f_i}}=\frac{e^{f_i}}"
           r"{(1+e^{f_i})^2}=\frac{1}{1+e^{f_i}}\frac{1+e^{f_i}-1}{1+e^{f_i}}=\frac{1}{1+e^{f_i}}(1-\frac{1}{1+e^{f_i}})"
           r"=a_i(1-a_i))", ((W, W, W, W),),
           (Twin("value", "-a1[0]*(1 - a1[0])",
                 (f"exp({_F})/(1 + exp({_F}))**2", f"(1/(1 + exp({_F})))*((1 + exp({_F}) - 1)/(1 + exp({_F})))",
                  f"(1/(1 + exp({_F})))*(1 - 1/(1 + exp({_F})))", "a1[0]*(1 - a1[0])")),), batch=78,
           why="a_i = 1/(1 + e^{f_i}) falls as f_i grows: da_i/df_i = -e^{f_i}/(1 + e^{f_i})^2 = -a_i(1 - a_i); every "
               "member has lost the minus"),
    Public("cxl-dJdtheta", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?\frac{\partial{J(x_i)}}{\partial{\theta_j}}=\frac{\partial"
           r"{J(x_i)}}{\partial{a_i}}\frac{\partial{a_i}}{\partial{f_i}}\frac{\partial{J(f_i)}}{\partial{\theta_j}}="
           r"\frac{a_i-y_i}{a_i(1-a_i)}a_i(1-a_i)(-x_{ij})=-x_{ij}(a_i-y_i))", ((W, W, W),),
           (Twin("gradient", "W1[0,{k}]",
                 ("((a1[0] - y[0])/(a1[0]*(1 - a1[0])))*(-a1[0]*(1 - a1[0]))*((a1[0] - y[0])*x[{k}])",
                  "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))*a1[0]*(1 - a1[0])*(-x[{k}])", "-x[{k}]*(a1[0] - y[0])"), _K3),),
           batch=78,
           why="the chain's third factor written dJ(f_i)/dtheta_j, J with the argument f_i, for df_i/dtheta_j: read as "
               "written it is the gradient itself, so the first member is -(a - y)^2 x_j; the next two carry the lost "
               "minus of da_i/df_i: the gradient is +x_{ij}(a_i - y_i)"),
    Public("cxl-dJdtheta-vec", _CX, "b78_cx", "b78_cx",
           r"![equation](http://latex.codecogs.com/gif.latex?\frac{\partial{J(x_i)}}{\partial{\theta}}=-x_{i}(a_i-y_i))",
           ((W,),), (Twin("gradient", "W1[0,{k}]", ("-x[{k}]*(a1[0] - y[0])",), _K3),), batch=78,
           why="\"we vectorize it across all parameters\": the sign lost above, carried over"),
    # ---- elcapo's notes: $$ blocks indented, \mathbf names with a subscript letter, ReLU and Softmax as words,
    # e^z_i, tr(Y^T log(A_o)), \oslash, a jacobian product, - [y_i - a_i], {Z}_h without its \mathbf, d\mathbf{W}_o in
    # an aligned block of updates ----------------------------------------------------------------------------------
    Public("elm-Zh", _EL, "b78_el", "b78_el",
           "$$\n    \\mathbf{Z}_h = \\mathbf{W}_h \\mathbf{X}_i + \\mathbf{b}_h\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J2),),
           batch=78),
    Public("elm-softmax", _EL, "b78_el", "b78_el",
           "$$\n    Softmax(\\mathbf{z})_i = \\frac{e^z_i}{\\sum_{j} e^{z_j}}\n$$", ((C,),),
           (Twin("value", "a2[{k}]", ("exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _K3),), batch=78,
           why="e^z_i as typed: e^{z} with the subscript i, entry i of e^z (what the page means, e^{z_i})"),
    Public("elm-loss", _EL, "b78_el", "b78_el",
           "$$\n\\mathcal{L} = - tr(\\mathbf{Y}^T log(\\mathbf{A_{o}}))\n$$", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),), batch=78,
           why="the trace of Y^T log(A_o), one sample: the sum of t_k log a_k"),
    Public("elm-dLdAo", _EL, "b78_el", "b78_el",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{A}_o} = - \\mathbf{Y} \\oslash \\mathbf{A_{o}}\n$$",
           ((C,),), (Twin("value", "-t[{k}]/a2[{k}]", ("-t[{k}]/a2[{k}]",), _K3),), batch=78,
           why="a derivative by the output's activation, judged as a value; \\oslash the entrywise division"),
    Public("elm-chain", _EL, "b78_el", "b78_el",
           "$$\n    \\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{Z}_o} = \\frac{\\partial \\mathcal{L}}{\\partial "
           "\\mathbf{A}_o} \\frac{\\partial \\mathbf{A}_o}{\\partial \\mathbf{Z}_o}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("{m}",), _SMCHAIN),), batch=78,
           why="the row dL/dA_o times the softmax's jacobian dA_o/dZ_o"),
    Public("elm-final", _EL, "b78_el", "b78_el",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial z_i} = - [y_i - a_i] = a_i - y_i\n$$", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", ("-(t[{k}] - a2[{k}])", "a2[{k}] - t[{k}]"), _K3),), batch=78,
           why="y_i the one-hot target"),
    Public("elm-dWo", _EL, "b78_el", "b78_el",
           "$$\n    \\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{W}_o} = \\frac{\\partial \\mathcal{L}}{\\partial "
           "\\mathbf{Z}_o} \\mathbf{A}_h^T\n$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _KJ),), batch=78),
    Public("elm-dZh", _EL, "b78_el", "b78_el",
           "$$\n    \\frac{\\partial \\mathcal{L}}{\\partial {Z}_h} = \\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{A}_h} "
           "\\odot \\frac{\\partial}{\\partial \\mathbf{Z}_h} ReLU({\\mathbf{Z}_h})\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_DAH}*Heaviside(z1[{{j}}])",), _J2),), batch=78,
           why="{Z}_h without its \\mathbf on the left side"),
    Public("elm-updates", _EL, "b78_el", "b78_el",
           "$$\n\\begin{aligned}\n    & \\mathbf{W}_o \\leftarrow \\mathbf{W}_o - \\eta \\cdot d\\mathbf{W}_o \\\\\n"
           "    & \\mathbf{b}_o \\leftarrow \\mathbf{b}_o - \\eta \\cdot d\\mathbf{b}_o \\\\\n"
           "    & \\mathbf{W}_h \\leftarrow \\mathbf{W}_h - \\eta \\cdot d\\mathbf{W}_h \\\\\n"
           "    & \\mathbf{b}_h \\leftarrow \\mathbf{b}_h - \\eta \\cdot d\\mathbf{b}_h\n\\end{aligned}\n$$",
           ((C,), (C,), (C,), (C,)),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ),
            Twin("update", "b2[{k}]", ("b2[{k}] - eta*grad",), _K3),
            Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI),
            Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2)), batch=78,
           why="four rows, each opening with & (the alignment before the formula), dW_o ... the gradients"),
    # ---- the stored tanh chain: plain text in code blocks (their lines copied, the fences left out), Unicode
    # subscripts, ŷ, ×, ≈, ², tanh' and tanh², a forward pass of six claims, ← updates; three gradients' products
    # worked to numbers that are not theirs ------------------------------------------------------------------------
    Public("tch-forward", _TANH, "b78_tanh", "b78_tanh",
           "z₁ = 0.5 × 2.0 + 0.1 = 1.1\nh₁ = tanh(1.1) ≈ 0.8005\n\nz₂ = 0.8 × 0.8005 + (-0.2) = 0.4404\n"
           "h₂ = tanh(0.4404) ≈ 0.4139\n\nz₃ = 1.2 × 0.4139 + 0.3 = 0.7967\nŷ = 0.7967",
           ((C, C), (C, C), (C, C), (C, C), (C, C), (C,)),
           (Twin("value", "z1[0]", ("=0.5*2.0 + 0.1", "=1.1")),
            Twin("value", "a1[0]", ("=np.tanh(1.1)", "=0.8005")),
            Twin("value", "z2[0]", ("=0.8*0.8005 + (-0.2)", "=0.4404")),
            Twin("value", "a2[0]", ("=np.tanh(0.4404)", "=0.4139")),
            Twin("value", "z3[0]", ("=1.2*0.4139 + 0.3", "=0.7967")),
            Twin("value", "a3[0]", ("=0.7967",))), batch=78,
           why="h_2 = 0.41398 and z_3 = 0.79677 written 0.4139 and 0.7967, each one unit off its rounding (the spec "
               "allows it)"),
    Public("tch-dLdz3", _TANH, "b78_tanh", "b78_tanh", "∂L/∂z₃ = ∂L/∂ŷ × ∂ŷ/∂z₃ = 2(ŷ - y) × 1 = 2(ŷ - y)",
           ((C, C, C),), (Twin("gradient_z", "z3[0]", (f"{_E}*1", f"{_E}*1", _E)),), batch=78),
    Public("tch-dh2", _TANH, "b78_tanh", "b78_tanh", "∂h₂/∂z₂ = tanh'(z₂) = 1 - tanh²(z₂) = 1 - h₂²", ((C, C, C),),
           (Twin("value", _TH2, ("1 - tanh(z2[0])**2", "1 - tanh(z2[0])**2", _TH2)),), batch=78,
           why="a local derivative, judged as a value"),
    Public("tch-dLdW1", _TANH, "b78_tanh", "b78_tanh",
           "∂L/∂W₁ = ∂L/∂z₁ × ∂z₁/∂W₁ = 2(ŷ - y) × W₃ × (1 - h₂²) × W₂ × (1 - h₁²) × x", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_E}*W3[0,0]*{_TH2}*W2[0,0]*{_TH1}*x[0]",
                                         f"{_E}*W3[0,0]*{_TH2}*W2[0,0]*{_TH1}*x[0]")),), batch=78),
    Public("tch-num3", _TANH, "b78_tanh", "b78_tanh",
           "∂L/∂W₃ = 2(0.7967 - 4.0) × 0.4139 = 2(-3.2033) × 0.4139 ≈ -2.652\n∂L/∂b₃ = 2(0.7967 - 4.0) = -6.407",
           ((C, C, C), (C, C)),
           (Twin("gradient", "W3[0,0]", ("=2*(0.7967 - 4.0)*0.4139", "=2*(-3.2033)*0.4139", "=-2.652")),
            Twin("gradient", "b3[0]", ("=2*(0.7967 - 4.0)", "=-6.407"))), batch=78,
           why="-6.4065 written -6.407, one unit off"),
    Public("tch-num2", _TANH, "b78_tanh", "b78_tanh",
           "1 - h₂² = 1 - 0.4139² ≈ 0.8287\n\n∂L/∂W₂ = 2(-3.2033) × 1.2 × 0.8287 × 0.8005 ≈ -5.093\n"
           "∂L/∂b₂ = 2(-3.2033) × 1.2 × 0.8287 ≈ -6.361", ((C, C), (C, W), (C, W)),
           (Twin("value", _TH2, ("=1 - 0.4139**2", "=0.8287")),
            Twin("gradient", "W2[0,0]", ("=2*(-3.2033)*1.2*0.8287*0.8005", "=-5.093")),
            Twin("gradient", "b2[0]", ("=2*(-3.2033)*1.2*0.8287", "=-6.361"))), batch=78,
           why="the products are -5.0999 and -6.3707 (the true -5.0994 and -6.3703): -5.093 and -6.361 are not "
               "their values"),
    Public("tch-num1", _TANH, "b78_tanh", "b78_tanh",
           "1 - h₁² = 1 - 0.8005² ≈ 0.3592\n\n∂L/∂W₁ = 2(-3.2033) × 1.2 × 0.8287 × 0.8 × 0.3592 × 2.0 ≈ -3.656\n"
           "∂L/∂b₁ = 2(-3.2033) × 1.2 × 0.8287 × 0.8 × 0.3592 ≈ -1.828", ((C, C), (C, W), (C, W)),
           (Twin("value", _TH1, ("=1 - 0.8005**2", "=0.3592")),
            Twin("gradient", "W1[0,0]", ("=2*(-3.2033)*1.2*0.8287*0.8*0.3592*2.0", "=-3.656")),
            Twin("gradient", "b1[0]", ("=2*(-3.2033)*1.2*0.8287*0.8*0.3592", "=-1.828"))), batch=78,
           why="the products are -3.6616 and -1.8308 (the true -3.6611 and -1.8306)"),
    Public("tch-update", _TANH, "b78_tanh", "b78_tanh",
           "W₃ ← 1.2 - 0.01 × (-2.652) = 1.2 + 0.02652 = 1.227\nb₃ ← 0.3 - 0.01 × (-6.407) = 0.3 + 0.06407 = 0.364",
           ((C, C, C), (C, C, C)),
           (Twin("update", "W3[0,0]", ("=1.2 - 0.01*(-2.652)", "=1.2 + 0.02652", "=1.227")),
            Twin("update", "b3[0]", ("=0.3 - 0.01*(-6.407)", "=0.3 + 0.06407", "=0.364"))), batch=78,
           why="alpha = 0.01"),
    # ---- the stored linear chain: the same plain text, W₁·x with a middle dot, a loss worked to 8.318 (8.3175, one
    # unit off), a rule in a box of double lines (║), ← updates; the first layer's products worked wrong ------------
    Public("lch-forward", _LIN, "b78_lin", "b78_lin",
           "h₁ = W₁·x + b₁ = 0.5 × 2.0 + 0.1 = 1.1\n\nh₂ = W₂·h₁ + b₂ = 0.8 × 1.1 + (-0.2) = 0.68\n\n"
           "ŷ = W₃·h₂ + b₃ = 1.2 × 0.68 + 0.3 = 1.116", ((C, C, C), (C, C, C), (C, C, C)),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.5*2.0 + 0.1", "=1.1")),
            Twin("value", "a2[0]", ("W2[0,0]*a1[0] + b2[0]", "=0.8*1.1 + (-0.2)", "=0.68")),
            Twin("value", "a3[0]", ("W3[0,0]*a2[0] + b3[0]", "=1.2*0.68 + 0.3", "=1.116"))), batch=78),
    Public("lch-loss", _LIN, "b78_lin", "b78_lin", "L = (ŷ - y)² = (1.116 - 4.0)² = (-2.884)² = 8.318",
           ((C, C, C, C),),
           (Twin("value", "(a3[0] - y[0])**2", ("(a3[0] - y[0])**2", "=(1.116 - 4.0)**2", "=(-2.884)**2",
                                               "=8.318")),), batch=78,
           why="8.317456 written 8.318, one unit off its rounding"),
    Public("lch-layer1", _LIN, "b78_lin", "b78_lin",
           "∂L/∂W₁ = -5.768 × 1.2 × 0.8 × 2.0 = -11.078\n∂L/∂b₁ = -5.768 × 1.2 × 0.8 = -5.539", ((C, W), (C, W)),
           (Twin("gradient", "W1[0,0]", ("=-5.768*1.2*0.8*2.0", "=-11.078")),
            Twin("gradient", "b1[0]", ("=-5.768*1.2*0.8", "=-5.539"))), batch=78,
           why="under \"Layer 1:\" (left out): the products are -11.0746 and -5.5373"),
    Public("lch-box", _LIN, "b78_lin", "b78_lin",
           "║   ∂L/∂W₁ = 2(ŷ - y) × W₃ × W₂ × x     ║\n║                                         ║\n"
           "║   ∂L/∂b₁ = 2(ŷ - y) × W₃ × W₂         ║", ((C,), (C,)),
           (Twin("gradient", "W1[0,0]", (f"{_E}*W3[0,0]*W2[0,0]*x[0]",)),
            Twin("gradient", "b1[0]", (f"{_E}*W3[0,0]*W2[0,0]",))), batch=78,
           why="the summary box's inside rows: each line opens and closes with ║ (U+2551)"),
    Public("lch-update", _LIN, "b78_lin", "b78_lin",
           "W₁ ← 0.5 - 0.01 × (-11.078) = 0.5 + 0.111 = 0.611\nb₁ ← 0.1 - 0.01 × (-5.539) = 0.1 + 0.055 = 0.155",
           ((C, C, C), (C, C, C)),
           (Twin("update", "W1[0,0]", ("=0.5 - 0.01*(-11.078)", "=0.5 + 0.111", "=0.611")),
            Twin("update", "b1[0]", ("=0.1 - 0.01*(-5.539)", "=0.1 + 0.055", "=0.155"))), batch=78,
           why="the steps carry the page's -11.078 and -5.539 (of -11.0746 and -5.5373), a gradient in a step being "
               "allowed 1.5 units of its third significant digit: the collector wrote (wrong, correct, correct) "
               "twice, the oracle finds every member right"),
    # ---- the stored algorithm box: rows between │ (U+2502) or |, a bullet •, a general rule in plain text over the
    # layer n (Wn+1, hn-1) which holds for the middle layer only; the NumPy backward pass ---------------------------
    Public("abx-general", _BOX, "b78_lin", "b78_box",
           "|     Generalized = ∂L/∂Wn = 2 * error * Wn+1 * hn-1      |", ((W,),),
           (Twin("gradient", "W{n}[0,0]", ("2*(a3[0] - y[0])*W{n1}[0,0]*{h}",),
                 ({"n": 1, "n1": 2, "h": "x[0]"}, {"n": 2, "n1": 3, "h": "a1[0]"})),), batch=78,
           why="\"Generalized =\" a word before the claim; for n = 2 it is right, for n = 1 it leaves out W_3 (the "
               "gradient is 2 error W_3 W_2 x), for n = 3 there is no W_4"),
    Public("abx-db1", _BOX, "b78_lin", "b78_box",
           "│     • ∂L/∂b₁ = 2(ŷ - y) × W₃ × W₂                   │", ((C,),),
           (Twin("gradient", "b1[0]", (f"{_E}*W3[0,0]*W2[0,0]",)),), batch=78),
    Public("abx-update", _BOX, "b78_lin", "b78_box",
           "│     • W₃ ← W₃ - α × (∂L/∂W₃)                         │", ((C,),),
           (Twin("update", "W3[0,0]", ("W3[0,0] - eta*grad",)),), batch=78),
    Public("abx-dW2", _BOX, "b78_lin", "b78_lincode", "    dW2 = (2.0 / n) * np.sum(error * W3 * h1)", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(2.0/1)*(a3[0] - y[0])*W3[0,0]*a1[0]",)),), batch=78,
           why="n = len(x) the batch size, one sample"),
    # ---- the stored ReLU walkthrough: Markdown with code spans in a bullet and in prose, ⊗, ᵀ, U+2212, vectors as
    # ( 0 , -0.2152 ) --------------------------------------------------------------------------------------------
    Public("rlw-inline", _RELU, "b78_relu", "b78_relu",
           "* Sigmoid followed by log loss: `∂L/∂z₂ = ŷ − y` (see [[Logistic Regression and the Sigmoid]]).", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=78, why="a bullet with a wiki link after it"),
    Public("rlw-step", _RELU, "b78_relu", "b78_relu_step",
           "For a linear step `z = W a + b`: `∂L/∂W = (∂L/∂z) ⊗ aᵀ`, `∂L/∂b = ∂L/∂z`, and the gradient sent back to `a` "
           "is `Wᵀ · ∂L/∂z`.", ((C,), (C,), (C,)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),
            Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),
            Twin("gradient", "b2[0]", ("a2[0] - y[0]",))), batch=78,
           why="three claims in code spans within a sentence (the fourth span, W^T dL/dz, has no equals sign); the "
               "rule said of any layer, the output layer's here"),
    Public("rlw-dz2", _RELU, "b78_relu", "b78_relu", "∂L/∂z₂ = ŷ − y = 0.7311 − 1 = −0.2689", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.7311 - 1", "=-0.2689")),), batch=78,
           why="dL/dz_2 worked in numbers, twinned as a value (batch 48's way)"),
    Public("rlw-dz1", _RELU, "b78_relu", "b78_relu", "∂L/∂z₁ = ( 0 , −0.2152 )", ((C,),),
           (Twin("value", "((a2 - y)*W2.ravel()*Heaviside(z1))[{j}]", ("=np.array([0, -0.2152])",), _J2),), batch=78,
           why="dL/dz_1 worked in numbers, twinned as a value; the first unit's z_1 = -1.5 blocks its gradient"),
    # ---- the stored Korean neuron: a docstring's plain formulas, indented, with Korean remarks in parentheses after
    # them, 따라서 (\"therefore\") before a claim, two claims inside a parenthesised Korean sentence; the code's -= ----
    Public("krn-dadz", _KR, "b78_kr", "b78_kr",
           "    da/dz = sigmoid(z)*(1-sigmoid(z)) = a*(1-a)   (activation 미분, 이번 단계에서 새로 추가된 연결고리)",
           ((C, C),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                                                          "a1[0]*(1 - a1[0])")),), batch=78,
           why="a local derivative, judged as a value"),
    Public("krn-final", _KR, "b78_kr", "b78_kr", "    따라서 dL/dw1 = 2*(a-y_true) * a*(1-a) * x1", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=78),
    Public("krn-others", _KR, "b78_kr", "b78_kr", "    (dw2, db도 동일한 방식, dz/dw2=x2, dz/db=1)", ((C,), (C,)),
           (Twin("value", "x[1]", ("x[1]",)), Twin("value", "1", ("1",))), batch=78,
           why="two local derivatives inside a Korean remark (\"dw2 and db the same way\"), judged as values"),
    Public("krn-update", _KR, "b78_kr", "b78_kr", "        self.w1 -= learning_rate * dL_dw1", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=78),
    # ---- the stored retelling of Mazur: $...$ per line, * for the product, net_{h1}, out_{o1}, target_{o1},
    # E_{total}; the left side written as the product of dE/dw_5 with itself, w_5^{(1 - 1)}, w_3 for w_2 -------------
    Public("mzr-neth1", _MZ, "b78_mz", "b78_mz", "$net_{h1} = 0.15 * 0.05 + 0.2 * 0.1 + 0.35 * 1 = 0.3775$", ((C, C),),
           (Twin("value", "z1[0]", ("=0.15*0.05 + 0.2*0.1 + 0.35*1", "=0.3775")),), batch=78),
    Public("mzr-outh1", _MZ, "b78_mz", "b78_mz",
           "$out_{h1} = \\frac{1}{1+e^{-net_{h1}}} = \\frac{1}{1+e^{-0.3775}} = 0.593269992$", ((C, C, C),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))", "=1/(1 + np.exp(-0.3775))", "=0.593269992")),), batch=78),
    Public("mzr-square", _MZ, "b78_mz", "b78_mz",
           "$\\frac{\\partial E_{total}}{\\partial w_{5}}*\\frac{\\partial E_{total}}{\\partial w_{5}} = "
           "\\frac{\\partial E_{total}}{\\partial out_{o1}} * \\frac{\\partial out_{o1}}{\\partial net_{o1}} * "
           "\\frac{\\partial net_{o1}}{\\partial w_{5}}$", ((W,),),
           (Twin("value", f"({_G5})**2", (_G5,)),), batch=78,
           why="the left side dE/dw_5 * dE/dw_5 (the page's Mazur has \"aka\" then the chain rule for dE/dw_5): the "
               "square of the gradient, equal to the chain only where the gradient is 0 or 1"),
    Public("mzr-dEdout", _MZ, "b78_mz", "b78_mz",
           "$\\frac{\\partial E_{total}}{\\partial out_{o1}} = 2 * \\frac{1}{2}(target_{o1} - out_{o1})^{2 - 1} * -1 + 0$",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("2*0.5*(y[0] - a2[0])**(2 - 1)*(-1) + 0",)),), batch=78,
           why="a derivative by the output, judged as a value; * -1 a factor after the operator"),
    Public("mzr-dnetdw5", _MZ, "b78_mz", "b78_mz",
           "$\\frac{\\partial net_{o1}}{\\partial w_{5}} = 1 * out_{h1} * w_5^{(1 - 1)} + 0 + 0 = out_{h1} = 0.593269992$",
           ((C, C, C),),
           (Twin("value", "a1[0]", ("1*a1[0]*W2[0,0]**(1 - 1) + 0 + 0", "a1[0]", "=0.593269992")),), batch=78,
           why="w_5^{(1 - 1)}, the power rule's exponent in parentheses: w_5 to the 0"),
    Public("mzr-w3", _MZ, "b78_mz", "b78_mz", "$net_{h1} = w_1 * i_1 + w_3 * i_2 + b_1 * 1$", ((W,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[1,0]*x[1] + b1*1",)),), batch=78,
           why="w_3 (h_2's weight from i_1) for w_2; the page's own first line has w_2"),
    Public("mzr-dEo2", _MZ, "b78_mz", "b78_mz", "$\\frac{\\partial E_{o2}}{\\partial out_{h1}} = -0.019049119$", ((C,),),
           (Twin("value", "(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0]", ("=-0.019049119",)),), batch=78,
           why="the derivative of output o2's half of the error by out_{h1}, a value"),
    # ---- the stored Chinese lesson: a docstring's numbered list with full-width colons and parentheses (：, （）),
    # three claims separated by commas on one line, a chain of names then its product --------------------------------
    Public("cnl-loss", _CN, "b78_cn", "b78_cn", "  3. 损失：L = (a - y)²  （用MSE举例）", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=78,
           why="item 3, \"loss:\" before the formula, \"(MSE as the example)\" after it"),
    Public("cnl-local", _CN, "b78_cn", "b78_cn", "  dz/dw1 = x1, dz/dw2 = x2, dz/db = 1", ((C,), (C,), (C,)),
           (Twin("value", "x[0]", ("x[0]",)), Twin("value", "x[1]", ("x[1]",)), Twin("value", "1", ("1",))),
           batch=78, why="three local derivatives, judged as values"),
    Public("cnl-dw1", _CN, "b78_cn", "b78_cn", "  dL/dw1 = dL/da * da/dz * dz/dw1 = 2*(a-y) * a*(1-a) * x1", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",
                                         "2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]")),), batch=78),
    # ---- the stored Portuguese lesson: formulas in a JavaScript string with \n between lines (the two characters),
    # a chain continued on a line that starts with =, [ ] grouping the chain's links, U+2212, ·, list items in
    # backticks inside quotes, ≈ -------------------------------------------------------------------------------------
    Public("ptl-forward", _PT, "b78_pt", "b78_pt",
           "  { type: 'formal', eq: 'z₁ = w₁x + b₁\\nh  = sigmoid(z₁)\\nŷ  = w₂h + b₂\\nL  = (ŷ − y)²', legend: [",
           ((C,), (C,), (C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
            Twin("value", "a2[0]", ("W2[0,0]*a1[0] + b2[0]",)),
            Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",))), batch=78,
           why="four claims in one string, separated by the escape \\n"),
    Public("ptl-hidden", _PT, "b78_pt", "b78_pt",
           "  { type: 'formal', eq: '∂L/∂w₁ = [∂L/∂ŷ · ∂ŷ/∂h] · [∂h/∂z₁] · [∂z₁/∂w₁]\\n        = [2(ŷ−y) · w₂] · "
           "[h(1−h)] · [x]\\n\\n∂L/∂b₁ = [2(ŷ−y) · w₂] · [h(1−h)] · 1', legend: [", ((C, C), (C,)),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",
                                         "2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]")),
            Twin("gradient", "b1[0]", ("2*(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*1",))), batch=78,
           why="the first claim continued on the next line after =; then a blank line and the second claim"),
    Public("ptl-dw2", _PT, "b78_pt", "b78_pt", "    '`∂L/∂w₂ = 2×(0.685−1)×0.731 ≈ −0.461`',", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("=2*(0.685 - 1)*0.731", "=-0.461")),), batch=78,
           why="a list item of the numeric example, x = 2, y = 1, w_1 = 0.5, b_1 = 0, w_2 = 0.8, b_2 = 0.1"),
]
