r"""Batch 42 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: stored Markdown notes "Deep Neural Network"
on Ng's course with Python-like formulas in code blocks, mohammedamer's README of an XOR net in $...$ with
\mathbf and \intercal, SamuelSebastianMartin's plain-text notes on one sigmoid neuron in Unicode,
Rudra-G-23's CampusX notes in $$ aligned blocks, laurenalexandra999's perceptron.py (docstring, comments and
code), stored Chinese notes with $...$ inside ## headings, a stored exam cheat sheet of $$...$$ under Markdown
bullets (Mitchell's delta_k, delta_h and Mazur's y1_{final}), a stored Java file whose block comment writes
Mitchell's algorithm in plain text, stored study notes with \[...\] blocks of the delta rule and Mitchell's
letters, zh4ngx's CS224d solutions), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both
in tests/public_formulas_batch42_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), committed before check was run on them. Five files are stored in the code corpus
without their repository's name; they are cited by their ids. A delta or error term written as a name of its
own (Mitchell's delta_k, s_k = -dE/dnet) or a local derivative (dh/dz, dy'/dz, dY-hat/dO_{11}) is twinned as a
value; a gradient named as the page names it (dZ, dz, y1_{error}) as gradient_z where it is dL/dz. Formulas keep
their page's delimiters and what surrounds them on their line (a bullet's bold label, a heading's ##, a code
block's indentation, a comment's #, Chinese words after the formula); what was left out is said in the entry's
why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 42

The batch: 55 formulas from 10 addresses (5 repositories and 5 stored files: the DNN notes 9, mohammedamer 7,
SamuelSebastianMartin 7, Rudra-G-23 5, laurenalexandra999 4, the Chinese notes 5, the cheat sheet 9, the Java
comment 3, the study notes 5, zh4ngx 1): 32 values (forward values, losses, local derivatives, error terms and
steps; two of them aligned blocks of two and three claims), 4 deltas dL/dz, 10 gradients (one an aligned block of
four claims, two gradients and two values) and 9 updates. 32 are LaTeX ($...$, $$...$$, \[...\], aligned), 23
plain text or code (Python-like notes, Unicode plain text, Python comments and code, a Java comment).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- mohammedamer's \frac{\partial h_2}{\partial z_2} = diag(min(1, \mathbf{h_2})): the ReLU's derivative is the
  step, 1 wherever h_2 > 0; min(1, h_2) is h_2 itself where 0 < h_2 < 1 (the code computes np.minimum(1, h) too);
- SamuelSebastianMartin's W := W + ∂J/∂W * α: the gradient added, not subtracted;
- SamuelSebastianMartin's ∂J/∂ŷ = ½(2)(y - ŷ) = (y - ŷ)・ŷ: dJ/dy-hat of 1/2 (y - y-hat)^2 is -(y - y-hat); both
  members wrong (the sign lost, then a stray factor y-hat);
- laurenalexandra999's comment w(t + 1) = w(t) + learning_rate * (expected(t) - predicted(t) * x(t)): the
  parenthesis closes after x(t), (expected - predicted x) where the code multiplies the error by the input.

Not mistaken, though they look it: the DNN notes' dZ[l] = np.multiply(dA[l], g[l]'(Z)), Z without its layer (read
as Z[l], which the notes' comment below writes; twinned so); the cheat sheet's delta_k = o_k(1 - o_k)(t_k - o_k)
and the Java comment's s_k (Mitchell's error term is -dE/dnet, named so in the notations); the CampusX notes'
-2(Y - Y-hat) (the derivative of (Y - Y-hat)^2 by Y-hat, right); the perceptron's updates, judged as the delta
rule on a linear unit (as batch 14 judged the perceptron rule).

Left out: the notes' cases (g'(z) = 0 [when z < 0]; 1 [when z >= 0], the Chinese notes' \begin{cases}
derivatives); the Chinese notes' softmax loss \sum_{j=0}^{n}{-y_ilogp_i} (its index j summing a term in i); the
Java file's code lines (answerMap.get(file)[k] for the target and a running sum no pattern names; its out_k =
1/(1 + Math.exp(1.0 - net_k)) is the sigmoid of net - 1, an implicit bias or a slip, not clear enough to judge);
zh4ngx's derivation block (its first member d\sigma/dz 1 / (z) * dx/dz (z) and dx/dz (1 + e^-x) mix the
derivative's operator with products no transcription can take whole); mohammedamer's \{\mathbf{w}_{3,1}\}^n (a
set of n copies, no quantity); the cheat sheet's Gradient = Piece 1 \times Piece 2 \times Piece 3 (words) and its
Softmax f_i(x) (a function with an index no key of the notation names); mohammedamer's h_1 line, whose twin the
oracle called correct (see xor42-dh-dz's why: its six random points never put h_1 in (0, 1)): the page's
identical h_2 line was taken instead.

Open to question, though the spec seems to allow them: Mitchell's letters k and h as literal letters of the
notation's patterns (o_{k} = a2[k], o_{h} = a1[h], docs/notation.md's fixed roles), one notation for the page's
two layers; the CampusX notation's w_{jk}' (a prime after the subscript) and b_{1k}' for layer 1 beside
w_{jk}^{2} for layer 2; the Chinese notes' y (the sigmoid's output in its first formulas, beside y_i the label),
y' its derivative and "pi" for dpi's p_i; the Mazur steps' y1_{final}, H1_{final} (a name with digits before its
script) beside y1 (y with the subscript 1); the DNN notes' one notation per block (g the ReLU in one block, the
sigmoid in the next: the page reuses g, z, a in each); \text{bias} and Sum named as words. Every notation was
loaded with its network (notation_loading.load_notation) before the blind run, without judging any formula:
none raised.

Nothing was fixed from this batch.

Collected on 2026-12-04 (19:38 to 19:53 by the machine's clock, committed at 19:51 with the oracle passing) and
run blind once at main f13ffd8 (/work/READY_FOR_BLIND8, 20:16), with nothing under src/ changed
(/work/batch42_blind.txt): 39 of 55 read with every verdict right (71%), 15 refused, 1 misread, no crash, NO
WRONG FORMULA CALLED CORRECT. No refusal came from a notation outside the spec's grammar (every notation had
loaded before the run, and no message names the notation), so there was no second run.

Of the 4 mistaken formulas, 1 read with every verdict right (SamuelSebastianMartin's W := W + ∂J/∂W * α, called
wrong) and 3 were refused (mohammedamer's diag(min(1, h_2)) at diag, SamuelSebastianMartin's ∂J/∂ŷ at its ・, the
perceptron's comment w(t + 1) = ... predicted(t) * x(t)) for its shapes). By kind of claim: values 22 of 32,
deltas 3 of 4, gradients 7 of 10, updates 7 of 9 (1 misread). LaTeX against plain text: the 32 in LaTeX read 26
(81%), the 23 in plain text or code 13 (57%). By page: the DNN notes 7 of 9, mohammedamer 6 of 7,
SamuelSebastianMartin 3 of 7, Rudra-G-23 4 of 5, laurenalexandra999 2 of 4 (1 misread), the Chinese notes 1 of
5, the cheat sheet 9 of 9, the Java comment 1 of 3, the study notes 5 of 5, zh4ngx 1 of 1.

The misreading (a correct formula called wrong, never the other way): the perceptron's comment "# bias(t + 1) =
bias(t) + learning_rate * (expected(t) - predicted(t))" is read as a value claim, bias times (t + 1) with t the
default target letter ("read as the value"; formula 0.7376 against the true value -2.52 = b1 (y + 1) at b1 =
-1.4, y = 0.8), where the same comment's w(t + 1) = w(t) + ... is read as an update (w^{[t+1]} = w^{[t]} + ...):
a step index in parentheses after a word's name taken for a product.

The refusals by construct (15), with the exact message:

- 3, the Chinese notes: a formula in a Markdown heading, "## $y=\frac{1}{1+e^{-x}}$": "cannot read '#' at
  position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (cn42-sigmoid, cn42-dsigmoid,
  cn42-loss; the heading's "## " kept before the formula, where the same page's "## 使用公式 $W = ...$" with words
  before the $ reads);
- 3, SamuelSebastianMartin: the katakana middle dot ・ (U+30FB) for the product, "∂ŷ/∂h = σ(h)・(1 - σ(h))":
  "cannot read '・' at position 41; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)"
  (neu42-dyhat-dh; neu42-dJ-dw1 at 41 and neu42-dJ-dyhat, the page's mistake, at 70);
- 1, SamuelSebastianMartin: words after the formula, "Cost = J(ŷ) =  ½ Σ(y - ŷ)²     y is a constant":
  "unknown symbol i; the notation knows W, X, \hat{y}, b, h, w, x, y; i is an index letter of the notation: write
  it as a subscript or superscript of what it indexes (W_i, not Wi), or give it a meaning in the notation's
  [notation.symbols]" (neu42-cost; "is" read letter by letter);
- 1, Rudra-G-23: a connective word in \text before a claim of an aligned block, "\text{where } \frac{\partial
  L}{\partial \hat{Y}} &= ...": "unknown symbol where; the notation knows O, W, X, Y, \hat{Y}, b, w, x; give it a
  meaning in the notation's [notation.symbols], e.g. "where" = "a1[0]"" (cpx42-w11-2; the block's four claims refused
  whole at its second line's word);
- 1, the DNN notes: a Python comment holding a chain, "    # dZ = dA * g'(z) = np.multiply(dA, np.int64(A >
  0))": "holds nothing to judge once its spacing and layout (\, \quad, \left.) are set aside; write the
  derivative or the update, e.g. \frac{\partial L}{\partial w} = ..." (dnn42-relu-dz; the same notes' "# da =" and
  "# dz = ... = a - y" comments read);
- 1, the DNN notes: numpy's power method on Euler's e, "g(z) = a = 1 / (1 + e.power(-z))": "unknown symbol e; the
  notation knows a, da, dz, y, z; give it a meaning in the notation's [notation.symbols], e.g. "e" = "a1[0]""
  (dnn42-sigmoid);
- 1, mohammedamer: diag(...) of a Jacobian, "diag(min(1, \mathbf{h_2}))": "unknown symbol d; the notation knows H,
  X, b, h, n, w, y, z; give it a meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]"" (xor42-dh-dz,
  the page's mistake: refused, never called correct);
- 1, laurenalexandra999: the page's mistake "w(t + 1) = w(t) + learning_rate * (expected(t) - predicted(t) *
  x(t))": "adds a vector or matrix and a number in expected(t) - (predicted(t) * x(t))" (pcp42-w-comment; w the
  weight vector, the refusal is the shapes' and right);
- 1, the Chinese notes: a fullwidth letter, dＷ (U+FF37): "cannot read 'Ｗ' at position 63; write the formula in
  LaTeX or plain text (+ - * / ^, \frac, \sum)" (cn42-dW);
- 1, the Java comment: a sum's range in words, "sum_{for k in output}(w_kh * s_k)": "expected '}' to close the
  index of the sum at 'o' (position 28)" (mjv42-sh);
- 1, the Java comment: {delta} for Delta in plain text, "{delta}w_ji = n* s_j * x_ji": "\delta needs its layer,
  e.g. \delta^{(1)}; or give it a meaning in the notation" (mjv42-dw; no pattern of the spec's grammar names
  {delta}w_ji).

Read, among the constructs these pages brought: g(z) = a = max(0, z) with g named per block; Python-like dA[l] =
np.dot(W[l+1].T, dZ[l+1]), np.multiply with g[l]'(Z) (Z without its layer, the twin's Z[l]), dW[l] = np.dot(dZ[l],
A[l-1].T) / m; J(W, b) with its arguments; the comments "# da = -(y/a) + (1-y)/(1-a)" and "# dz = ... = a - y";
mohammedamer's \mathbf{z_1} = \mathbf{X}\mathbf{w_1} + b_1 (a row times a column), \mathbf{y'}, \intercal,
\ln{(...)}, \nabla_{y'} L, a chain of transposed Jacobians; Unicode ŷ = σ(X·w + b), and the mistaken W := W + ∂J/∂W
* α called wrong; the CampusX notes' primes for layer 1 (w_{11}', b_{11}') beside ^2 for layer 2, x_{i1} with a
literal i, [ ] brackets after \frac{\partial}{\partial O_{11}}, \quad \text{(iq)} after a claim; the perceptron's
docstring update and weights[i + 1] = weights[i + 1] + l_rate * error * row[i]; a $...$ in a Chinese sentence
with two more $W$, $lr$ after it; the cheat sheet's **Tanh:** bullets, tanh without backslash, \dots inside a
sum, \text{bias}, Mitchell's literal k and h, \sum without index, y1_{final} and H1_{final} beside y1, [ ]
brackets, w_5^{(new)} = w_5^{(old)} - (\eta \times Gradient); the Java comment's s_k = o_k(1 - o_k)(t_k - o_k);
the study notes' indented \[ ... \] blocks, \Delta w_{ji}, \text{net}_j; zh4ngx's e^-x.

Which look general (would appear in much homework): a formula in a Markdown heading ("## $...$", "### $...$": notes
that set formulas as headings), a connective word in \text at the start of an aligned line ("\text{where }",
"\text{and }", "\text{Thus, }"), words after a formula on its line ("y is a constant"), a step index in
parentheses after a word's name (bias(t + 1), as w(t + 1) already reads), a Python comment holding a chain of
equalities, diag(...) around a Jacobian. Page-specific or rare: the katakana middle dot ・ for the product and a
fullwidth Ｗ (both from CJK input methods: NFKC normalisation gives W for Ｗ; ・ is a middle dot, the product's ·),
e.power(-z), "sum_{for k in output}", {delta} for Delta.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch42_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_DNN = _STORED.format(15085139590, "# Deep Neural Network",
                      "Markdown notes on Ng's course, formulas as Python in code blocks")
_XOR = ("https://github.com/mohammedamer/gradient-descent-by-backpropagation"
        " (README.md, commit 19977f5)")
_NEURON = "https://github.com/SamuelSebastianMartin/neural_networks (notes/neuron_notes.md, commit 653fb81)"
_CAMPUS = ("https://github.com/Rudra-G-23/100-days-of-deep-learning"
           " (docs/backpropagation/the-what.md, commit bdf9a3d)")
_PERC = "https://github.com/laurenalexandra999/ml-from-scratch (perceptron.py, commit 0a949dc)"
_CN = _STORED.format(7079189289, "# 求导公式", "Chinese Markdown notes, formulas in $...$ inside ## headings")
_EXAM = _STORED.format(67440348946, "# 🎓 AI Final Exam: Complete Notes & Cheat Sheet",
                       "a Markdown cheat sheet, $$...$$ under bullets")
_JAVA = _STORED.format(5606145748, "Table 4.2's algorithm in a comment",
                       "a Java program's block comment of Mitchell's backpropagation, plain text")
_STUDY = _STORED.format(44381873268, "##### **E. Delta Rule (Learning Rule)**",
                        "Markdown study notes with \\[...\\] blocks, Mitchell's letters")
_ZH = "https://github.com/zh4ngx/cs224d (assignment1/solutions.md, commit 22ce771)"

_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_H2 = tuple({"h": h} for h in range(2))
_I2 = tuple({"i": i} for i in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# the DNN notes' network (2 -> 2 relu -> 1 sigmoid, the cross-entropy): dL/da2, dL/dz2, dL/da1[j], dL/dz1[j]
_DA2 = "(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))"
_DZ2 = "(a2[0] - y[0])"
_DA1 = "W2[0,{j}]*(a2[0] - y[0])"
_DZ1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
_BCE2 = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
_DNN_DZ = (({"p": "z2[0]", "m": f"{_DA2}*a2[0]*(1 - a2[0])"},)
           + tuple({"p": f"z1[{j}]", "m": _DZ1.format(j=j)} for j in range(2)))
_DNN_DW = (tuple({"p": f"W2[0,{k}]", "m": f"{_DZ2}*a1[{k}]/1"} for k in range(2))
           + tuple({"p": f"W1[{j},{k}]", "m": f"{_DZ1.format(j=j)}*x[{k}]/1"} for j in range(2) for k in range(2)))

# mohammedamer's net (2 -> 2 relu -> 1 sigmoid, the cross-entropy over n = 1 example): dL/dy' as the page writes it
_XG = "(-1/1*(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"

# Mitchell's two-layer sigmoid net, E = 1/2 sum (t - o)^2: the error term -dE/dnet of output k, of hidden unit h
_MK = "a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])"
_MK_TRUE = "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_MH_SUM = ("(W2[0,{h}]*a2[0]*(1 - a2[0])*(y[0] - a2[0]) + W2[1,{h}]*a2[1]*(1 - a2[1])*(y[1] - a2[1]))")
_MH = f"a1[{{h}}]*(1 - a1[{{h}}])*{_MH_SUM}"
_MH_TRUE = ("-(W2[0,{h}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{h}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
            "*a1[{h}]*(1 - a1[{h}])")

# the Chinese notes' sigmoid, e^{-x}
_E = "exp(-z1[0])"

ENTRIES: list[Public] = [
    # ---- the stored "Deep Neural Network" notes: Python-like formulas in code blocks, g(z) = a = ..., comments
    # holding a chain, Ng's layers in brackets, np.dot, np.multiply, np.int64(A > 0), e.power, a bare Z -------------
    Public("dnn42-relu", _DNN, "b42_dnn", "b42_dnn_relu", "    g(z) = a = max(0, z)", ((C, C),),
           (Twin("value", "relu(z1[0])", ("a1[0]", "np.maximum(0, z1[0])")),), batch=42,
           why="the ReLU block: g the hidden layer's ReLU"),
    Public("dnn42-relu-dz", _DNN, "b42_dnn", "b42_dnn_relu",
           "    # dZ = dA * g'(z) = np.multiply(dA, np.int64(A > 0))", ((C, C),),
           (Twin("gradient_z", "z1[0]", (_DZ1.format(j=0), "W2[0,0]*(a2[0] - y[0])*(a1[0] > 0)")),), batch=42,
           why="a comment line of the ReLU block; A > 0 exactly where z > 0"),
    Public("dnn42-sigmoid", _DNN, "b42_dnn", "b42_dnn_sigmoid", "    g(z) = a = 1 / (1 + e.power(-z))", ((C, C),),
           (Twin("value", "sigmoid(z2[0])", ("a2[0]", "1/(1 + exp(-z2[0]))")),), batch=42,
           why="e.power(-z), numpy's power method on e"),
    Public("dnn42-da", _DNN, "b42_dnn", "b42_dnn_sigmoid", "    # da = -(y/a) + (1-y)/(1-a)", ((C,),),
           (Twin("value", _DA2, ("-(y[0]/a2[0]) + (1 - y[0])/(1 - a2[0])",)),), batch=42,
           why="da the notes' dJ/da, a value"),
    Public("dnn42-dz", _DNN, "b42_dnn", "b42_dnn_sigmoid",
           "    # dz = da * g'(z) = a * (1-a) * (-y/a + (1-y)/(1-a)) = a - y", ((C, C, C),),
           (Twin("gradient_z", "z2[0]", (f"{_DA2}*a2[0]*(1 - a2[0])",
                                         "a2[0]*(1 - a2[0])*(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))",
                                         "a2[0] - y[0]")),), batch=42),
    Public("dnn42-dA", _DNN, "b42_dnn", "b42_dnn", "  dA[l] = np.dot(W[l+1].T, dZ[l+1])", ((C,),),
           (Twin("value", _DA1, (_DA1,), _J2),), batch=42,
           why="dJ/da1 at l = 1, a value (at l = 0 it would be dJ/dX, which no pattern names)"),
    Public("dnn42-dZ", _DNN, "b42_dnn", "b42_dnn", "  dZ[l] = np.multiply(dA[l], g[l]'(Z))", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _DNN_DZ),), batch=42,
           why="Z without its layer, the notes' slip for Z[l] (their comment below writes g[l]'(Z[l])); the "
               "twin reads it as Z[l], at l = 1 and l = 2"),
    Public("dnn42-dW", _DNN, "b42_dnn", "b42_dnn", "  dW[l] = np.dot(dZ[l], A[l-1].T) / m", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _DNN_DW),), batch=42, why="m = 1; a rule over the layers"),
    Public("dnn42-J", _DNN, "b42_dnn", "b42_dnn", "  J(W, b) = - (y * log(a) + (1-y) * log(1-a)) / m", ((C,),),
           (Twin("value", _BCE2, (f"{_BCE2}/1",)),), batch=42, why="under \"# cross_entropy_cost\"; m = 1"),
    # ---- mohammedamer's README: $...$ lines of Markdown, \mathbf around subscripted names, \intercal, diag(...),
    # \bigodot, a chain of transposed Jacobians; the ReLU's derivative written min(1, h) -----------------------------
    Public("xor42-z1", _XOR, "b42_xor", "b42_xor", r"$\mathbf{z_1} = \mathbf{X}\mathbf{w_1} + b_1$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=42,
           why="one example: X a row, w_1 a column"),
    Public("xor42-y", _XOR, "b42_xor", "b42_xor", r"$\mathbf{y'} = \sigma(z_3)$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=42),
    Public("xor42-L", _XOR, "b42_xor", "b42_xor",
           r"$L = -\frac{1}{n}[\mathbf{y}^\intercal\ln(\mathbf{y'}) + (1 - \mathbf{y})^\intercal"
           r"\ln{(1 - \mathbf{y'})}]$",
           ((C,),), (Twin("value", _BCE2, ("-1/1*(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=42,
           why="n = 1: y^T ln(y') the one example's term"),
    Public("xor42-dy", _XOR, "b42_xor", "b42_xor",
           r"$\nabla_{y'} L = -\frac{1}{n}[\frac{\mathbf{y}}{\mathbf{y'}} - \frac{(1-\mathbf{y})}{(1-\mathbf{y'})}]$",
           ((C,),), (Twin("value", _DA2, (_XG,)),), batch=42, why="dL/dy', a value"),
    Public("xor42-dh-dz", _XOR, "b42_xor", "b42_xor",
           r"$\frac{\partial h_2}{\partial z_2} = diag(min(1, \mathbf{h_2}))$",
           ((W,),), (Twin("value", "Heaviside(z1[1])", ("np.minimum(1, a1[1])",)),), batch=42,
           why="the ReLU's derivative is 1 where h_2 > 0; min(1, h_2) is h_2 where 0 < h_2 < 1 (the code's "
               "np.minimum(1, self.h2) too); one example, diag of one number. The page's h_1 line, the same "
               "with 1s, was taken first: the oracle's six points never put h_1 in (0, 1) and called it correct"),
    Public("xor42-db3", _XOR, "b42_xor", "b42_xor",
           r"$\frac{\partial L}{\partial b_3} = (\frac{\partial z_3}{\partial b_3})^\intercal"
           r"(\frac{\partial y'}{\partial z_3})^\intercal\nabla_{y'} L$",
           ((C,),), (Twin("gradient", "b2[0]", (f"1*a2[0]*(1 - a2[0])*{_XG}",)),), batch=42),
    Public("xor42-dw3", _XOR, "b42_xor", "b42_xor",
           r"$\nabla_{w_3} L = (\frac{\partial z_3}{\partial w_3})^\intercal"
           r"(\frac{\partial y'}{\partial z_3})^\intercal\nabla_{y'} L$",
           ((C,),), (Twin("gradient", "W2[0,{k}]", (f"a1[{{k}}]*a2[0]*(1 - a2[0])*{_XG}",), _K2),), batch=42,
           why="dz_3/dw_3 = H, its transpose a column"),
    # ---- SamuelSebastianMartin's notes: an indented Markdown block of plain text, Unicode (ŷ, σ, ∂, ½, ², x₁,
    # ·, the katakana middle dot ・ for the product), := with the gradient added, ∂J/∂ŷ with its sign lost ------
    Public("neu42-yhat", _NEURON, "b42_neuron", "b42_neuron", "    ŷ = σ(X·w + b),", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0])",)),), batch=42,
           why="one data point: X a row; the line's trailing comma before \"where sigma is ...\""),
    Public("neu42-update", _NEURON, "b42_neuron", "b42_neuron", "            W := W + ∂J/∂W * α", ((W,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] + grad*eta",), _K2),), batch=42,
           why="the gradient added: gradient descent subtracts it (the line above says \"New weight = weight + "
               "derivative of cost * learning rate\")"),
    Public("neu42-cost", _NEURON, "b42_neuron", "b42_neuron",
           "        Cost = J(ŷ) =  ½ Σ(y - ŷ)²     y is a constant",
           ((C, C),), (Twin("value", "(y[0] - a1[0])**2/2", ("(a1[0] - y[0])**2/2", "(y[0] - a1[0])**2/2")),),
           batch=42, why="one output: the sum has one term; words after the formula"),
    Public("neu42-sigma", _NEURON, "b42_neuron", "b42_neuron", "        ŷ = σ(h) = 1 / (1 + exp(-h))", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=42),
    Public("neu42-dJ-dyhat", _NEURON, "b42_neuron", "b42_neuron", "        ∂J/∂ŷ = ½(2)(y - ŷ) = (y - ŷ)・ŷ",
           ((W, W),), (Twin("value", "a1[0] - y[0]", ("0.5*2*(y[0] - a1[0])", "(y[0] - a1[0])*a1[0]")),), batch=42,
           why="dJ/dy-hat of 1/2 (y - y-hat)^2 is -(y - y-hat): the chain rule's -1 lost, then a stray factor "
               "y-hat (the page's final dJ/dw_1 has the sign right)"),
    Public("neu42-dyhat-dh", _NEURON, "b42_neuron", "b42_neuron", "        ∂ŷ/∂h = σ(h)・(1 - σ(h))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=42),
    Public("neu42-dJ-dw1", _NEURON, "b42_neuron", "b42_neuron", "    ∂J/∂w₁ = -(y - ŷ)・ŷ(1 - ŷ)・x₁",
           ((C,),),
           (Twin("gradient", "W1[0,0]", ("-(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=42),
    # ---- Rudra-G-23's CampusX notes: $$ blocks with aligned, \text{where }, \text{and }, \text{Thus, } before a
    # claim, \quad (\text{Chain Rule}), empty \\ lines, primes marking layer 1 (w_{11}') and ^2 layer 2 ----------
    Public("cpx42-w11-2", _CAMPUS, "b42_campus", "b42_campus",
           r"""$$
\begin{aligned}
\frac{\partial L}{\partial w_{11}^2} &= \frac{\partial L}{\partial \hat{Y}} \cdot \frac{\partial \hat{Y}}{\partial w_{11}^2} \quad (\text{Chain Rule}) \\
\\
\text{where } \frac{\partial L}{\partial \hat{Y}} &= \frac{\partial}{\partial \hat{Y}} (Y - \hat{Y})^2 = -2(Y - \hat{Y}) \\
\\
\text{and } \frac{\partial \hat{Y}}{\partial w_{11}^2} &= \frac{\partial}{\partial w_{11}^2} (O_{11} w_{11}^2 + O_{12} w_{21}^2 + b_{21}) = O_{11} \\
\\
\text{Thus, } \frac{\partial L}{\partial w_{11}^2} &= -2(Y - \hat{Y}) O_{11}
\end{aligned}
$$""", ((C,), (C, C), (C, C), (C,)),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a1[0]",)),
            Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])", "-2*(y[0] - a2[0])")),
            Twin("value", "a1[0]", ("a1[0]", "a1[0]")),
            Twin("gradient", "W2[0,0]", ("-2*(y[0] - a2[0])*a1[0]",))), batch=42,
           why="four claims in one aligned block: the chain rule, dL/dY-hat and dY-hat/dw (values), the result"),
    Public("cpx42-w11-1", _CAMPUS, "b42_campus", "b42_campus",
           "$$\n\\frac{\\partial L}{\\partial w_{11}'} = \\frac{\\partial L}{\\partial \\hat{Y}} \\cdot"
           " \\frac{\\partial \\hat{Y}}{\\partial O_{11}} \\cdot \\frac{\\partial O_{11}}{\\partial w_{11}'} ="
           " -2(Y - \\hat{Y}) w_{11}^2 x_{i1}\n$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*x[0]", "-2*(y[0] - a2[0])*W2[0,0]*x[0]")),),
           batch=42, why="x_{i1} student i's first feature (one student)"),
    Public("cpx42-w22-1", _CAMPUS, "b42_campus", "b42_campus",
           "$$\n\\frac{\\partial L}{\\partial w_{22}'} = \\frac{\\partial L}{\\partial \\hat{Y}} \\cdot"
           " \\frac{\\partial \\hat{Y}}{\\partial O_{12}} \\cdot \\frac{\\partial O_{12}}{\\partial w_{22}'} ="
           " -2(Y - \\hat{Y}) W_{21}^2 X_{i2}\n$$", ((C, C),),
           (Twin("gradient", "W1[1,1]", ("2*(a2[0] - y[0])*W2[0,1]*x[1]", "-2*(y[0] - a2[0])*W2[0,1]*x[1]")),),
           batch=42, why="capital W and X for the same weight and feature"),
    Public("cpx42-dY-dO", _CAMPUS, "b42_campus", "b42_campus",
           r"""$$
\begin{aligned}
\frac{\partial \hat{Y}}{\partial O_{11}} &= \frac{\partial}{\partial O_{11}} [W_{11}^2 O_{11} + W_{21}^2 O_{12} + b_{21}] = W_{11}^2 \\
\frac{\partial \hat{Y}}{\partial O_{12}} &= \frac{\partial}{\partial O_{12}} [W_{11}^2 O_{11} + W_{21}^2 O_{12} + b_{21}] = W_{21}^2
\end{aligned}
$$""", ((C, C), (C, C)),
           (Twin("value", "W2[0,0]", ("W2[0,0]", "W2[0,0]")), Twin("value", "W2[0,1]", ("W2[0,1]", "W2[0,1]"))),
           batch=42, why="two claims, local derivatives as values"),
    Public("cpx42-dO-dw", _CAMPUS, "b42_campus", "b42_campus",
           r"""$$
\begin{aligned}
\frac{\partial O_{11}}{\partial w_{11}'} &= \frac{\partial}{\partial w_{11}'} [x_{i1} w_{11}' + x_{i2} w_{21}' + b_{11}'] = x_{i1} \quad \text{(iq)} \\
\frac{\partial O_{11}}{\partial w_{21}'} &= \frac{\partial}{\partial w_{21}'} [x_{i1} w_{11}' + x_{i2} w_{21}' + b_{11}'] = x_{i2} \quad \text{(cgpa)} \\
\frac{\partial O_{11}}{\partial b_{11}'} &= \frac{\partial}{\partial b_{11}'} [x_{i1} w_{11}' + x_{i2} w_{21}' + b_{11}'] = 1
\end{aligned}
$$""", ((C, C), (C, C), (C, C)),
           (Twin("value", "x[0]", ("x[0]", "x[0]")), Twin("value", "x[1]", ("x[1]", "x[1]")),
            Twin("value", "1", ("1", "1"))), batch=42, why="three claims; a remark in \\text after \\quad"),
    # ---- laurenalexandra999's perceptron.py: a docstring's update, comments with (t) and (t + 1), code's
    # weights[i + 1] and row[i]; one comment's parenthesis closed after x(t) ------------------------------------
    Public("pcp42-doc", _PERC, "b42_perc", "b42_perc", "    w = w + learning_rate * (expected - predicted) * x",
           ((C,),), (Twin("update", "W1[0,{k}]", ("W1[0,{k}] + eta*(y[0] - a1[0])*x[{k}]",), _K2),), batch=42,
           why="in the docstring \"stochastic gradient descent\""),
    Public("pcp42-bias", _PERC, "b42_perc", "b42_perc",
           "            # bias(t + 1) = bias(t) + learning_rate * (expected(t) - predicted(t))", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - a1[0])",)),), batch=42,
           why="(t) the step: bias(t + 1) the new bias"),
    Public("pcp42-w-comment", _PERC, "b42_perc", "b42_perc",
           "                # w(t + 1) = w(t) + learning_rate * (expected(t) - predicted(t) * x(t))", ((W,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] + eta*(y[0] - a1[0]*x[{k}])",), _K2),), batch=42,
           why="the parenthesis closes after x(t): expected - predicted x, where the code below multiplies "
               "error = expected - predicted by row[i]"),
    Public("pcp42-code", _PERC, "b42_perc", "b42_perc",
           "                weights[i + 1] = weights[i + 1] + l_rate * error * row[i]", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=42,
           why="inside for i in range(len(row) - 1): weights[0] is the bias"),
    # ---- the stored Chinese notes: $...$ inside Markdown ## headings, y and y' for the sigmoid and its
    # derivative, log glued (y_ilogp_i), \\ between members, dpi for dp_i, a fullwidth Ｗ in dx/dＷ, X_{input}.T,
    # Chinese words around the formulas ----------------------------------------------------------------------------
    Public("cn42-sigmoid", _CN, "b42_cn", "b42_cn", "## $y=\\frac{1}{1+e^{-x}}$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=42,
           why="under \"## sigmoid 原始公式:\"; x the sigmoid's input"),
    Public("cn42-dsigmoid", _CN, "b42_cn", "b42_cn",
           "## $y^{'}=-1\\frac{1}{(1+e^{-x})^2}e^{-x}(-1) =\\frac{e^{-x}}{(1+e^{-x})^2}=\\frac{1}{1+e^{-x}}"
           "\\frac{e^{-x}+1-1}{1+e^{-x}}=\\frac{1}{1+e^{-x}}(1-\\frac{1}{1+e^{-x}})=p_i(1-p_i)$", ((C, C, C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 (f"-1*(1/(1 + {_E})**2)*{_E}*(-1)", f"{_E}/(1 + {_E})**2",
                  f"(1/(1 + {_E}))*(({_E} + 1 - 1)/(1 + {_E}))", f"(1/(1 + {_E}))*(1 - 1/(1 + {_E}))",
                  "a1[0]*(1 - a1[0])")),), batch=42,
           why="y' = dy/dx, the sigmoid's derivative, a value; p_i the same sigmoid's output"),
    Public("cn42-loss", _CN, "b42_cn", "b42_cn", "## $Loss=-y_ilogp_i-(1-y_i)log(1-p_i)$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=42),
    Public("cn42-dW", _CN, "b42_cn", "b42_cn",
           "## $\\frac{dLoss}{dW} = \\frac{dLoss}{dp_i}\\frac{dpi}{dx}\\frac{dx}{dＷ} \\\\ = X_{input}.T*(p_i-y_i)$"
           "   此即为倒数最后一个Linear层的梯度 ", ((C, C),),
           (Twin("gradient", "W1[0,{k}]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])*x[{k}]",
                                           "x[{k}]*(a1[0] - y[0])"), _K3),), batch=42,
           why="W input-first (x = X_input W), a column; the page's dＷ has a fullwidth Ｗ (U+FF37)"),
    Public("cn42-update", _CN, "b42_cn", "b42_cn",
           "## 使用公式 $W = W - lr*\\frac{dLoss}{dW}$ 即可更新最后一层参数$W$，这里 $lr$ 为学习率",
           ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K3),), batch=42,
           why="inline $...$ in a Chinese sentence, two more $W$ and $lr$ after it"),
    # ---- the stored exam cheat sheet: Markdown bullets with bold labels, $$...$$ indented under them, \times,
    # \dots inside a sum, \text{bias}, Mitchell's letters, Mazur's names y1_{final}, H1_{final}, [ ] brackets -------
    Public("ex42-tanh", _EXAM, "b42_exam_act", "b42_exam_act",
           "*   **Tanh:** $tanh(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}$", ((C,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=42,
           why="tanh without its backslash"),
    Public("ex42-sum", _EXAM, "b42_exam_perc", "b42_exam_perc",
           "    $$Sum = (w_1 x_1 + w_2 x_2 + \\dots) + \\text{bias}$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=42,
           why="two inputs: the \\dots continues the pattern to w_2 x_2"),
    Public("ex42-dw", _EXAM, "b42_exam_perc", "b42_exam_perc", "    $$\\Delta w = \\eta \\times (t - o) \\times x$$",
           ((C,),), (Twin("value", "-eta*(a1[0] - y[0])*x[{k}]", ("eta*(y[0] - a1[0])*x[{k}]",), _K2),), batch=42,
           why="the perceptron's step, the delta rule's on a linear unit"),
    Public("ex42-E", _EXAM, "b42_mlp", "b42_exam_mlp", "    $$E_{total} = \\sum \\frac{1}{2}(target - output)^2$$",
           ((C,),), (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",
                          ("(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",)),), batch=42,
           why="the sum without index over the outputs"),
    Public("ex42-delta-k", _EXAM, "b42_mlp", "b42_exam_mlp", "    $$\\delta_k = o_k(1 - o_k)(t_k - o_k)$$", ((C,),),
           (Twin("value", _MK_TRUE, (_MK,), _K2),), batch=42, why="delta_k = -dE/dnet_k, a value"),
    Public("ex42-delta-h", _EXAM, "b42_mlp", "b42_exam_mlp",
           "    $$\\delta_h = o_h(1 - o_h) \\sum (w_{h,k} \\times \\delta_k)$$", ((C,),),
           (Twin("value", _MH_TRUE, (_MH,), _H2),), batch=42,
           why="w_{h,k} \"weight between hidden and output layer\"; the sum without index over k"),
    Public("ex42-chain", _EXAM, "b42_mazur", "b42_exam_mazur",
           "$$ \\frac{\\partial E_{total}}{\\partial w_5} = \\frac{\\partial E_{total}}{\\partial y1_{final}} \\times"
           " \\frac{\\partial y1_{final}}{\\partial y1} \\times \\frac{\\partial y1}{\\partial w_5} $$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=42),
    Public("ex42-y1-error", _EXAM, "b42_mazur", "b42_exam_mazur",
           "    $$ y1_{error} = -(T_1 - y1_{final}) \\times [y1_{final} \\times (1 - y1_{final})] $$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*(a2[0]*(1 - a2[0]))",)),), batch=42,
           why="\"Error for Output y1 (Delta y1)\", dE/dnet of y1"),
    Public("ex42-update", _EXAM, "b42_mazur", "b42_exam_mazur",
           "$$ w_5^{(new)} = w_5^{(old)} - (\\eta \\times Gradient) $$", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=42,
           why="Gradient = Piece 1 x Piece 2 x Piece 3, dE/dw_5"),
    # ---- the stored Java file's block comment: Mitchell's algorithm in plain text, s_k for delta_k,
    # sum_{for k in output}(...), {delta}w_ji, n for eta -----------------------------------------------------------
    Public("mjv42-sk", _JAVA, "b42_mlp", "b42_mit_java", "                        s_k = o_k(1 - o_k)(t_k - o_k)",
           ((C,),), (Twin("value", _MK_TRUE, (_MK,), _K2),), batch=42, why="s_k the output's error term"),
    Public("mjv42-sh", _JAVA, "b42_mlp", "b42_mit_java",
           "                        s_h = o_h(1 - o_h) * sum_{for k in output}(w_kh * s_k)", ((C,),),
           (Twin("value", _MH_TRUE, (_MH,), _H2),), batch=42, why="a sum's range in words"),
    Public("mjv42-dw", _JAVA, "b42_mlp", "b42_mit_java", "                        {delta}w_ji = n* s_j * x_ji", ((C,),),
           (Twin("value", "-eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",
                 ("eta*a2[{j}]*(1 - a2[{j}])*(y[{j}] - a2[{j}])*a1[{i}]",), _JI2),), batch=42,
           why="{delta} the comment's Delta; j an output unit here, i a hidden unit"),
    # ---- the stored study notes: \[ ... \] on lines of their own (some indented), \cdot, \Delta w_{ji}, \sum_k,
    # \text{net}_j ---------------------------------------------------------------------------------------------
    Public("mtx42-w", _STUDY, "b42_delta", "b42_delta", "\\[\nw_{ji} = w_{ji} + \\Delta w_{ji}\n\\]", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI2),), batch=42,
           why="Delta w_{ji} the step of the next block"),
    Public("mtx42-dw", _STUDY, "b42_delta", "b42_delta",
           "\\[\n\\Delta w_{ji} = \\eta \\cdot (t_j - o_j) \\cdot x_i\n\\]", ((C,),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*x[{i}]", ("eta*(y[{j}] - a1[{j}])*x[{i}]",), _JI2),), batch=42,
           why="the delta rule on linear outputs"),
    Public("mtx42-b", _STUDY, "b42_delta", "b42_delta", "\\[\nb_j = b_j + \\eta \\cdot (t_j - o_j)\n\\]", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] + eta*(y[{j}] - a1[{j}])",), _J2),), batch=42),
    Public("mtx42-delta-h", _STUDY, "b42_mlp", "b42_mit_tex",
           "   \\[\n   \\delta_h = o_h(1 - o_h) \\sum_k w_{kh} \\delta_k\n   \\]", ((C,),),
           (Twin("value", _MH_TRUE, (_MH,), _H2),), batch=42),
    Public("mtx42-chain", _STUDY, "b42_delta", "b42_delta",
           "\\[\n\\frac{\\partial E}{\\partial w_{ji}} = \\frac{\\partial E}{\\partial o_j} \\cdot "
           "\\frac{\\partial o_j}{\\partial \\text{net}_j} \\cdot \\frac{\\partial \\text{net}_j}{\\partial w_{ji}}\n\\]",
           ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - y[{j}])*1*x[{i}]",), _JI2),), batch=42,
           why="on the notes' single layer (linear outputs: do_j/dnet_j = 1)"),
    # ---- zh4ngx's CS224d solutions: e^-x without braces in $...$ --------------------------------------------------
    Public("zh42-sigmoid", _ZH, "b42_sig1", "b42_zh", "$\\sigma(x) = 1 / (1 + e^-x)$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=42,
           why="e^-x, the exponent -x without braces as plain text writes it (TeX would raise only the minus); "
               "the block below it derives sigma' in steps whose dx/dz and stray signs no twin can take whole"),
]
