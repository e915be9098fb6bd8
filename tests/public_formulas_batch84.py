r"""Batch 84 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: Markus Thill's blog post at one commit,
two MATLAB files of kotunde's repository (Andras Joo's backpropagation), dtharvey's R function, jis1218's Java class,
and five stored files without their repository's name: a C++ file whose closing comment works through Haykin's
derivation in plain text with TeX commands; a Markdown lesson's dry run of a 2-2-1 network in numbers, with Unicode
subscripts, in code blocks; a MATLAB function's opening comment on a single layer; a Portuguese production note on
the 1986 paper; a TypeScript module of algorithm cards working a network's XOR example in strings), copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example: dtharvey's defaults, the dry run, the cards' XOR
example; all in tests/public_formulas_batch84_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. The stored files are cited by their
ids. A delta in Mitchell's or Haykin's sign (the code's delta2 = output2*(1-output2)*error2, Delta{n} =
e.*dtheta(V{n}), delta_j(n) = e_j(n) phi'_j(v_j(n)), the notations' "-delta2[0]", "-delta1[j]"), a step Delta w (a
value -eta dE/dw), a derivative by the output (dL/dy hat) and a delta worked in numbers are twinned as values, as in
batches 14 to 80. Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their
own around \begin{equation} and \begin{align} with \label inside, "// " and "* ---- " before a C++ comment's
formula, "% " and the indentation of MATLAB comments and code, R's and Java's indentation (tabs in Java) and
trailing spaces, a trailing "% outer product! ", a code block's continuation lines opening with "=", the
TypeScript string's "calculation: '...'," around it); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 84

The batch: 55 formulas from 10 addresses (Thill 7, the C++ comments 6, localgrad.m 4, updateweights.m 1, dtharvey
9, jis1218 6, the dry run 10, the MATLAB comment 3, the Portuguese note 4, the algorithm cards 5).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- the C++ comments' "\Delta w_j_i(n) = \eta * d_partial(\xi(n)) / d_partial(w_j_i(n))": the weight correction
  without Haykin's minus (a step up the gradient; the comment's next rule, \eta * \delta_j(n) * y_i(n), is right);
- the MATLAB comment's "% E=-0.5*(d-y)^2": the squared error with a stray minus (its gradient on the next line,
  -(d-y)*x, is that of +0.5*(d-y)^2);
- the dry run's "ŷ = σ(0.7310) = 1/(1+e^(-0.7310)) = 0.6748": σ(0.7310) = 0.67503, two units off its rounding,
  and the four lines worked from it: "L = ... = -[1·log(0.6748) + 0·log(0.3252)] = -log(0.6748) = 0.3934" (the
  loss is 0.39300; the rule on the first line is right), "∂L/∂ŷ = ... = -1.4820" (-1.4814; the oracle lets "-1/0.6748
  + 0" stand as a worked member), "δ_output = ... = -1.4820 × 0.2194 = -0.3252" (ŷ - y = -0.3250; the product as a
  worked member stands);
- the cards' "δ1 = [0.4×(-0.13), (-0.6)×(-0.13)] × [0.62×0.38, 0.55×0.45] = [-0.012, 0.035]": the second entry is
  0.078 × 0.2475 = 0.0193, not 0.035 (the product written before it is right).

Not mistaken, though they look it: the dry run's ∂L/∂w₅ = -0.3252 × 0.5523 = -0.1796 and δ_h₁ = ... = -0.0402 (within
a unit of their rounding at the true values), w₁_new = 0.1101; the cards' z2 = 0.4×0.62 + (-0.6)×0.55 = -0.082
(-0.0809 at the unrounded a1's, one unit off), W2_new = [0.44, -0.565] (-0.5643, one unit off); dtharvey's net_o1 with
B2 * u21[i] (the output's bias is the bias node B2 = 2 times u21: the notation's u21 = b2/2); jis1218's weight1[4][m],
row 4 of the hidden weights' array holding the output's weights.

What was left out: Thill's J(Θ) = 1/N Σ L_n and its gradient (the batch's average), his chain-rule interlude on z =
f(x, y) (no network), the substitutions between the entries taken (dL/dw = dL/dz a_j, dz/db = 1, dL/db, the summary
align, the sum over k with \cdots), and the batch forms (\matr\Delta^{(\ell)}, \frac{1}{\batch}); the C++ file's
second copy of \xi_j(n) = (1/2) * e_j(n)^2 and its code (float xi(float e) { return 0.5f * std::powf(e, 2.0f); });
kotunde's genbackprop.m and forwardprop.m (V = [V(:)' {W{i}*Y{end}}]); dtharvey's lines for the second hidden unit
and the other weights' deltas and updates (the same as those taken), and u21[i+1] = u21[i] - (eta * delta_o1 * B2)
(u21 is b2/2, whose step no notation can name: new(b2)/2 is another number); jis1218's accumulating loops (value1[i]
+=weight1[i][j]*sample[j];); the dry run's second hidden unit, ∂ŷ/∂o₁_in = 0.2194, ∂L/∂w₆, ∂L/∂b₃, ∂L/∂w₂ to
∂L/∂w₄, the other w_new lines, the generic $$w_{new} = ...$$ and its Python code; the MATLAB function's code (its
deltas use Sigmoid(v2) and Softmax(v1) for derivatives of a 4-layer net of Leaky ReLUs); the Portuguese note's chain
rule on y = f(g(x)) and its sigmoid's Derivada line (no left side); the cards' formula lines with z, a and W of no
layer (δ_output = (a - y) × σ'(z), δ_hidden = (W^T × δ_output) × σ'(z); W = W - α × ∇W, b = b - α × ∇b). The entries
were cut to 55 from 59 (jis1218's output2 = sigmoid(value2), dtharvey's h1 and o1 sigmoid lines, the dry run's
∂L/∂w₁) before anything was run.

Collected on 2026-12-05 (21:33 to 21:45 by the machine's clock, the oracle's runs included) and run blind at main
b304b7d (/work/READY_FOR_BLIND29, 22:19), with nothing under src/ changed. Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all ten pairs
loaded (jis1218's weight1[i][j] and value1[i] do not load as patterns, "is not one symbol": its notation writes them
weight1_{ij}, value1_{i}, as the spec's base with a subscript).

The first run (/work/batch84_blind.txt): 35 of 55 read with every verdict right (64%), 19 refused, 1 misread, no
crash, no typo entry, and the alarm: 1 WRONG FORMULA CALLED CORRECT (the dry run's loss, below). By page: Thill 6 of 7,
the C++ comments 2 of 6, localgrad.m 4 of 4, updateweights.m 1 of 1, dtharvey 7 of 9, jis1218 4 of 6, the dry run 8 of
10 (1 refused, 1 misread), the MATLAB comment 0 of 3, the Portuguese note 3 of 4, the algorithm cards 0 of 5.
tests/test_public_formulas_held_out.py -k "b84-" fails on that entry alone
(test_check_never_calls_a_wrong_formula_correct[b84-dr-loss]); no crash, every refusal one line.

The misreading, the alarm: dr-loss, "L = -[y·log(ŷ) + (1-y)·log(1-ŷ)] = -[1·log(0.6748) + 0·log(0.3252)] =
-log(0.6748) = 0.3934": check called the second member correct where the oracle calls it wrong (expected (C, W, W,
W), got (C, C, W, W)). ŷ = 0.6748 is two units off (0.67503), and -[1·log(0.6748) + 0·log(0.3252)] = 0.39334 where the
loss is 0.39300. Check reads 0.6748 as standing for ŷ and 0.3252 for 1 - ŷ, each within its own allowance (1.5 units
of the third significant digit), as the rule for numbers (number_oracle.oracle_numbers's docstring) says a number
standing for a subtree is judged; the oracle judged them as operands (1.5 units of their last digit) because its
tree matching found the twin's symbolic member, -(y[0]*log(a2[0]) + ...), and its member of numbers,
-(1*np.log(0.6748) + ...), of different shapes (log against np.log). With np.log in the symbolic member (tried
afterwards, not committed) the oracle gives (C, C, W, W), check's verdicts. The twin was left as committed for the
record; the lead then corrected its spelling (np.log in the symbolic member, as in the member of numbers): the rule
for a number under a symbol (docs/verdicts.md, never less than 1.5 units of its third significant digit) holds
0.6748 for 0.67503, so (C, C, W, W) is the entry's verdict, check's was right, and no wrong formula was called correct
(as batch 72's max(1, 0), where the oracle was corrected). The same page's
"∂L/∂ŷ = ... = -1/0.6748 + 0" stands in both (its symbolic member has the same shape).

Of the 7 mistaken formulas, 3 read with every verdict right (the dry run's ŷ = ... = 0.6748, ∂L/∂ŷ = ... = -1.4820 and
δ_output = ... = -0.3252, each last number called wrong), 3 were refused (the C++ comments' \Delta w without its
minus, at w_j_i; the MATLAB comment's E=-0.5*(d-y)^2, at its %; the cards' δ1, at the string's quote) and 1 misread
(the alarm).

The refusals by construct (19), with the exact message:

- 5, a TypeScript string literal around the claims, "calculation: '...'," and "formula: '...'," (ml-forward,
  ml-loss, ml-loss-num, ml-deltas, ml-update): formula "'Loss = 0.5 \\times (predicted - target)^2'": "unexpected at
  "'" (position 1)" (the label before the colon is dropped, the quotes stay);
- 3, MATLAB comment lines, "    % E=-0.5*(d-y)^2", "    % dE/dW=(dE/dy)*(dy/dW)=-(d-y)*x",
  "    % wnew=wold-alpha*(dE/dW)" (m4-E, m4-grad, m4-update): "holds nothing to judge once its spacing and
  layout (\, \quad, \left.) and its prose (words in \text, remarks) are set aside; write the derivative or the
  update, e.g. \frac{\partial L}{\partial w} = ..." (the % read as TeX's comment, the whole line set aside);
- 3, Haykin in plain text with double subscripts and a word for the partial derivative, "\Delta w_j_i(n) = \eta *
  \delta_j(n) * y_i(n)" (hy-dw-grad, hy-dw-delta): "unexpected at '_' (position 16)"; "d_partial(\xi(n)) /
  d_partial(w_j_i(n)) = - e_j(n) * \phi'_j(v_j(n)) * y_i(n)" (hy-grad): "expected ')' to close the arguments at '_'
  (position 39)";
- 2, R's next step written [i+1] on names the notation gives with code's index, "v11[i+1] = v11[i] - (eta *
  delta_v11)" (dh-v11-update, dh-u11-update): "v11 matches none of the notation's patterns for v11 ('v11[i]',
  'v11[i+1]')" (the formula read as v11^{[i+1]} = v11^{[i]} - ..., a step's superscript, while "w11[i]" and "v11[i]"
  read in dh-net-h1 and dh-net-o1);
- 2, a literal index beside a placeholder pattern, Java's weight1[4][l] (the output's weights in row 4 of the hidden
  weights' array; js-error1, js-update-w2): "weight1_{4,l} at l = 0: 'weight1_{ij}' means 'W1[i, j]' (i = 4, j = 0):
  unit index 4 is out of range (0..3): layer 1 has 4 units" (the notation's "weight1_{4k}" = "W2[0, k]", with more
  literal characters, not chosen; perhaps for the formula's comma, 4,l);
- 1, a Unicode subscript after a letter subscript, "δ_h₁ = δ_output × w₅ × h₁_out(1-h₁_out) ..." (dr-delta-h1):
  "unexpected at '_' (position 10)" (read as \delta _h_1);
- 1, \otimes between vectors, which the post defines as the Hadamard product (mt-vector): "\otimes reads as the outer
  product (u v^T) or, as some notes write it, the entry-by-entry product, and the two readings do not agree; write
  \odot for the entrywise product, or u v^T for the outer product";
- 1, an accented letter in a word subscript, "δ_hidden = f'(net_hidden) × Σ(w × δ_próxima_camada)" (pt-delta-hid):
  "\delta_{p} matches none of the notation's patterns for \delta ('\\delta_{output}', '\\delta_{hidden}',
  '\\delta_{próxima_camada}', '\\delta')" (δ_output and δ_hidden read in pt-delta-out);
- 1, a sentence's end before the claim in a C++ comment, "// expected value. e_k(n) = d_k(n) - y_k(n)." (hy-e):
  "holds nothing to judge once its spacing and layout (\, \quad, \left.) and its prose (words in \text, remarks) are
  set aside; write the derivative or the update, e.g. \frac{\partial L}{\partial w} = ...".

One refusal message was the notation's doing: the C++ comments write w_j_i and the notation gave only "w_{ji}". With
"w_j_i" = "W1[j, i]" added (the notation only; "\\Delta w_j_i" does not load: "unexpected at '_' (position 11)"), a
second run (/work/batch84_blind_second.txt) gives the same counts, 35 of 55, with hy-grad refused further on, at its
word for the partial derivative: "d_{partial} matches none of the notation's patterns for d ('d_{k}'); in them k is a
literal letter (indices = "n"), matched only by k as written: add it to indices where it stands for any index". The
tables keep the added pattern. No other refusal or the misreading was a notation outside the spec's grammar.

Read, among the constructs these pages brought: Thill's rules over every layer with \ell, w_{i,j}^{(\ell)},
\sum_{j=1}^{d_{\ell-1}}, \Bigg( \Bigg), \label inside equation and align, \sigma'\!\left(z_i^{(\ell)}\right) \sum_k
w^{(\ell+1)}_{k,i} \delta_k^{(\ell+1)}, and \mathcal{L}_n = \frac{1}{2}\left\| \vec{y}_n^* - \hat{\vec y}_n
\right\|^2; Haykin's \xi_j(n) = (1/2) * e_j(n)^2 and \delta_j(n) = e_j(n) * \phi'_j(v_j(n)) in a // or * comment;
MATLAB cells Y{end}, Delta{n} = e.*dtheta(V{n}), dtheta(V{j}).* (W{j}' * Delta{j+1}), E = 0.5*e'*e and the update over
layers W{i} = W{i} + lr * Delta{i+1} * Y{i}' with its trailing % comment; R's names with [i] (net_o1[i] with B2 *
u21[i], u21 = b2/2), delta_ variables as gradients; Java's tabs, += updates and Mitchell's deltas; the dry run's
Unicode subscripts (h₁_in, w₁·x₁), 0.1(0.5), continuation lines opening with =, ŷ = 0.6748 called wrong at its last
member, w₁_new = w₁ - η × ∂L/∂w₁ = ... = 0.1101; the Portuguese w_novo = w_antigo - η × (∂E/∂w) and Δw = η × δ × input.

Which look general (would appear in much homework): MATLAB's % comment lines (Octave and MATLAB files comment their
formulas so); a code string literal holding the formula (TypeScript, JavaScript, Python strings of worked steps);
plain text's double subscript w_j_i; a Unicode subscript after a letter subscript (δ_h₁); code's [i+1] on a name
given with code's index; a literal row index beside placeholder patterns (weight1[4][l]); an accented letter in a
word subscript (Portuguese, Spanish, French pages); \otimes for the Hadamard product. Page-specific: d_partial(...)
for the partial derivative; a comment's sentence broken before its formula ("expected value. e_k(n) = ...").
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch84_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MT = ("https://github.com/MarkusThill/MarkusThill.github.io"
       " (_posts/2025-08-02-neural-nets-and-backprop.md, commit 102d19c)")
_HY = _STORED.format(27256326102, "// BackpropHiddenLayer.cpp : Defines the entry point for the application.",
                     "a C++ file whose closing comment works through Haykin's derivation")
_KT = "https://github.com/kotunde/AI_backpropagation (localgrad.m, commit b2bee78)"
_KU = "https://github.com/kotunde/AI_backpropagation (updateweights.m, commit b2bee78)"
_DH = "https://github.com/dtharvey/neural-network (misc/train_ff_bp.R, commit 9704993)"
_JS = "https://github.com/jis1218/Back-Propagation-Algorithm (src/BackPropagation.java, commit 266ab26)"
_DR = _STORED.format(55837237942, "# 04. Forward & Backpropagation (Step-by-Step)",
                     "a Markdown lesson's dry run of a 2-2-1 network in numbers, in code blocks")
_M4 = _STORED.format(36747461743, "function [W1,W2,W3,W4] = backprop_4layer(alpha, W1,W2,W3,W4,x,d)",
                     "a MATLAB function whose opening comment states a single layer's rule")
_PT = _STORED.format(4512102832, "# META — Memória H.2: Rumelhart / Hinton",
                     "a Portuguese production note on the 1986 paper, its equations in code blocks of plain text")
_ML = _STORED.format(39056663244, "import { Algorithm } from '../types';",
                     "a TypeScript module of algorithm cards, a neural network's XOR example worked in strings")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_H3 = tuple({"h": h} for h in range(3))
_L4 = tuple({"l": l} for l in range(4))
_JI3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_MN = tuple({"m": m, "n": n} for m in range(4) for n in range(3))
_M4V = tuple({"m": m} for m in range(4))
_I2V = tuple({"i": i} for i in range(2))


def _d2(k) -> str:
    """dE/dz2[k] of two sigmoid outputs under the half squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _d1(i) -> str:
    """dE/dz1[i] of a sigmoid hidden unit feeding two sigmoid outputs."""
    return f"({_d2(0)}*W2[0,{i}] + {_d2(1)}*W2[1,{i}])*a1[{i}]*(1 - a1[{i}])"


# Thill's general rules at every layer l (a0 is x) and unit i
_MT_LI = tuple({"l": layer, "m": layer - 1, "i": i} for layer in (1, 2) for i in range(2))
_MT_W = tuple({"l": layer, "i": i, "j": j, "g": f"{(_d1, _d2)[layer - 1](i)}*a{layer - 1}[{j}]"}
              for layer in (1, 2) for i in range(2) for j in range(2))
_MT_D1 = tuple({"i": i, "g": _d1(i)} for i in range(2))
_MT_SUM = "W{l}[{i},0]*a{m}[0] + W{l}[{i},1]*a{m}[1] + b{l}[{i}]"
_HALF2 = "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2"

# the C++ comments' one layer: dE/dW1[j,i]
_HY_G = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]"

# kotunde's network: two sigmoid outputs k, three hidden units h
_KT_D1H = f"({_d2(0)}*W2[0,{{h}}] + {_d2(1)}*W2[1,{{h}}])*a1[{{h}}]*(1 - a1[{{h}}])"
_KU_W = tuple({"l": 1, "j": j, "k": k} for j in range(3) for k in range(2)) + tuple(
    {"l": 2, "j": j, "k": k} for j in range(2) for k in range(3))

# one sigmoid output under the half squared error (dtharvey's, jis1218's, the Portuguese notes', the cards')
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1_0 = f"{_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_D1_1 = f"{_D2}*W2[0,1]*a1[1]*(1 - a1[1])"
_JS_D1 = f"{_D2}*W2[0,{{l}}]*a1[{{l}}]*(1 - a1[{{l}}])"

# the dry run: the binary cross-entropy's dL/dz2 = y hat - y
_DRD2 = "(a2[0] - y[0])"

ENTRIES: list[Public] = [
    # ---- Thill's post: $$ on lines of their own around equation and align environments, \label inside them,
    # \ell the layer, w_{i,j}^{(\ell)} with a comma, sums up to d_{\ell-1} (a layer's size), \, and \! spacing,
    # \Bigg( \Bigg), \mathcal{L}_n, \left\| ... \right\|^2 with \vec{y}_n^* and \hat{\vec y}_n (\vec a macro the
    # post defines with \renewcommand), \Wmatr (its own \def), ^\top, \otimes, := ------------------------------
    Public("mt-z", _MT, "b84_mt", "b84_mt",
           "$$\nz_i^{(\\ell)} = \\sum_{j=1}^{d_{\\ell-1}} w^{(\\ell)}_{i,j} \\, a^{(\\ell-1)}_j + b_i^{(\\ell)},\n$$",
           ((C,),), (Twin("value", "z{l}[{i}]", (_MT_SUM,), _MT_LI),), batch=84,
           why="the pre-activation of neuron i in layer l, a rule over every layer"),
    Public("mt-a", _MT, "b84_mt", "b84_mt",
           "$$\n\\begin{equation}\na_i^{(\\ell)} = \\sigma\\!\\left(z_i^{(\\ell)}\\right)  = \n\\sigma \\Bigg( "
           "\\sum_{j=1}^{d_{\\ell-1}} {w_{i,j}^{(\\ell)} \\cdot a_j^{(\\ell-1)} } + b_i^{(\\ell)} \\Bigg)\n"
           "\\label{eq:activation}\n\\end{equation}\n$$", ((C, C),),
           (Twin("value", "a{l}[{i}]", ("sigmoid(z{l}[{i}])", f"sigmoid({_MT_SUM})"), _MT_LI),), batch=84),
    Public("mt-loss", _MT, "b84_mt", "b84_mt",
           "$$\n\\mathcal{L}_n\n= \\frac{1}{2}\\left\\| \\vec{y}_n^* - \\hat{\\vec y}_n \\right\\|^2,\n$$", ((C,),),
           (Twin("value", _HALF2, (_HALF2,)),), batch=84,
           why="the loss of example n, the squared norm over the outputs"),
    Public("mt-partial1", _MT, "b84_mt", "b84_mt",
           "$$\n\\begin{align}\n\\frac{\\partial \\mathcal{L}}{\\partial w_{i,j}^{(\\ell)}}\n&= \\frac{\\partial "
           "\\mathcal{L}}{\\partial z_i^{(\\ell)}}\n   \\frac{\\partial z_i^{(\\ell)}}{\\partial w_{i,j}^{(\\ell)}}.\n"
           "\\label{eq:partial1}\n\\end{align}\n$$", ((C,),),
           (Twin("gradient", "W{l}[{i},{j}]", ("{g}",), _MT_W),), batch=84),
    Public("mt-recursion", _MT, "b84_mt", "b84_mt",
           "$$\n\\begin{align}\n\\frac{\\partial \\mathcal{L}}{\\partial z_i^{(\\ell)}}\n= \\sigma'\\!\\left(z_i^"
           "{(\\ell)}\\right)\n  \\sum_{k=1}^{d_{\\ell+1}}\n  w^{(\\ell+1)}_{k,i}\n  \\frac{\\partial \\mathcal{L}}"
           "{\\partial z_k^{(\\ell+1)}}.\n\\label{eq:backprop-recursion}\n\\end{align}\n$$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("{g}",), _MT_D1),), batch=84,
           why="a hidden layer l (layer 1 of the two: l + 1 is the output layer)"),
    Public("mt-delta", _MT, "b84_mt", "b84_mt",
           "$$\n\\begin{align}\n\\delta_i^{(\\ell)}\n&= \\sigma'\\!\\left(z_i^{(\\ell)}\\right)\n   \\sum_{k=1}^"
           "{d_{\\ell+1}}\n   w^{(\\ell+1)}_{k,i}\\, \\delta_k^{(\\ell+1)}.\n\\label{eq:chainrule4}\n\\end{align}\n$$",
           ((C,),), (Twin("gradient_z", "z1[{i}]", ("{g}",), _MT_D1),), batch=84,
           why="delta_i^{(l)} := dL/dz_i^{(l)}, the post's definition just before"),
    Public("mt-vector", _MT, "b84_mt", "b84_mt",
           "$$\n\\begin{align}\n\\vec{\\delta}^{(\\ell)}\n:= \\frac{\\partial \\mathcal{L}}{\\partial \\vec z^"
           "{(\\ell)}}\n= \\Big( (\\Wmatr^{(\\ell+1)})^\\top \\vec{\\delta}^{(\\ell+1)} \\Big)\n  \\otimes "
           "\\sigma'\\!\\left(\\vec z^{(\\ell)}\\right),\n\\label{eq:chainrule8}\n\\end{align}\n$$", ((C, C),),
           (Twin("gradient_z", "z1[{i}]", ("{g}", "{g}"), _MT_D1),), batch=84,
           why="the recursion as vectors, \\otimes the Hadamard product; \\Wmatr the post's macro for the weight "
               "matrix"),
    # ---- the C++ file's comments: plain text with TeX commands (\xi, \phi, \eta, \delta, \Delta), the
    # iteration's (n) after every symbol, w_j_i for w_{ji}, d_partial(...) / d_partial(...) for the partial
    # derivative, "* ---- " before each line of the closing comment; \Delta w = \eta * dE/dw without its minus --
    Public("hy-xi", _HY, "b84_hy", "b84_hy", "// \\xi_j(n) = (1/2) * e_j(n)^2.", ((C,),),
           (Twin("value", "(y[{j}] - a1[{j}])**2/2", ("(1/2)*(y[{j}] - a1[{j}])**2",), _J3),), batch=84,
           why="neuron j's instantaneous error energy (the same line repeats above ErrorEnergyOf; the first taken)"),
    Public("hy-e", _HY, "b84_hy", "b84_hy", "// expected value. e_k(n) = d_k(n) - y_k(n).", ((C,),),
           (Twin("value", "y[{k}] - a1[{k}]", ("y[{k}] - a1[{k}]",), _K3),), batch=84,
           why="the comment's sentence \"Computes the error of the evaluated input WRT the expected value.\" broken "
               "over two lines; the second taken"),
    Public("hy-grad", _HY, "b84_hy", "b84_hy",
           "* ---- d_partial(\\xi(n)) / d_partial(w_j_i(n)) = - e_j(n) * \\phi'_j(v_j(n)) * y_i(n)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("-(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _JI3),), batch=84,
           why="\"as shown in Simon Haykin p.163\": the gradient of the error energy by the weight from input i"),
    Public("hy-dw-grad", _HY, "b84_hy", "b84_hy",
           "* ---- \\Delta w_j_i(n) = \\eta * d_partial(\\xi(n)) / d_partial(w_j_i(n))", ((W,),),
           (Twin("value", f"-eta*{_HY_G}", (f"eta*{_HY_G}",), _JI3),), batch=84,
           why="the weight correction written without Haykin's minus (Delta w = -eta dE/dw): as written a step up "
               "the gradient"),
    Public("hy-dw-delta", _HY, "b84_hy", "b84_hy", "* ---- \\Delta w_j_i(n) = \\eta * \\delta_j(n) * y_i(n)",
           ((C,),), (Twin("value", f"-eta*{_HY_G}", ("eta*(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",),
                          _JI3),), batch=84,
           why="delta_j the local gradient e_j phi'(v_j), as the next lines define it"),
    Public("hy-delta", _HY, "b84_hy", "b84_hy", "* ---- \\delta_j(n) = e_j(n) * \\phi'_j(v_j(n))", ((C,),),
           (Twin("value", "-(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])", ("(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])",),
                 _J3),), batch=84, why="the local gradient, -dE/dv_j, judged as a value"),
    # ---- kotunde's localgrad.m: MATLAB cell arrays Y{end}, V{n}, Delta{j+1}, W{j}' (transpose), .*, e'*e, the
    # derivative dtheta passed as an argument ------------------------------------------------------------------
    Public("kt-e", _KT, "b84_kt", "b84_kt", "e = d - Y{end};", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=84,
           why="the output error, e = d - y"),
    Public("kt-E", _KT, "b84_kt", "b84_kt", "E = 0.5*e'*e;", ((C,),),
           (Twin("value", _HALF2, ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=84,
           why="\"square network error for current teaching sample\""),
    Public("kt-delta-out", _KT, "b84_kt", "b84_kt", "Delta{n} = e.*dtheta(V{n});", ((C,),),
           (Twin("value", f"-{_d2('{k}')}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=84,
           why="n = length(Y), the output layer; Delta the local gradients -dE/dV, judged as values"),
    Public("kt-delta-hid", _KT, "b84_kt", "b84_kt", "  Delta{j} = dtheta(V{j}).* (W{j}' * Delta{j+1});", ((C,),),
           (Twin("value", f"-{_KT_D1H}",
                 (f"a1[{{h}}]*(1 - a1[{{h}}])*(W2[0,{{h}}]*(-{_d2(0)}) + W2[1,{{h}}]*(-{_d2(1)}))",), _H3),),
           batch=84, why="the loop's j = n-1 down to 2, here the hidden layer 2 (W{2} from it to the outputs)"),
    # ---- kotunde's updateweights.m: an update of every layer's cell in a loop, a trailing % comment ----------
    Public("ku-update", _KU, "b84_kt", "b84_ku", "    W{i} = W{i} + lr * Delta{i+1} * Y{i}'; % outer product! ",
           ((C,),), (Twin("update", "W{l}[{j},{k}]", ("W{l}[{j},{k}] - eta*grad",), _KU_W),), batch=84,
           why="\"the generalized delta rule\" for i = 1, 2 (W{1} and W{2}), Delta = -dE/dV"),
    # ---- dtharvey's R function: code with [i] the training step on every stored quantity, the bias nodes B1,
    # B2 with weights u, ^ for the power, the delta_ variables dE/d(...), updates into [i+1] -----------------------
    Public("dh-net-h1", _DH, "b84_dh", "b84_dh", "    net_h1 = I1 * w11[i] + I2 * w21[i] + B1 * u11[i]", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + 1*b1[0]",)),), batch=84),
    Public("dh-net-o1", _DH, "b84_dh", "b84_dh", "    net_o1[i] = v11[i] * h1 + v21[i] * h2 + B2 * u21[i]", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + 2*(b2[0]/2)",)),), batch=84,
           why="the output bias is the bias node B2 = 2 times its weight u21"),
    Public("dh-E", _DH, "b84_dh", "b84_dh", "    E[i] = 0.5 * (t - o1[i])^2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=84),
    Public("dh-delta-o1", _DH, "b84_dh", "b84_dh", "    delta_o1 = -(t - o1[i]) * o1[i] * (1 - o1[i])", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=84,
           why="\"output layer error signal\", dE/dnet_o1"),
    Public("dh-delta-v11", _DH, "b84_dh", "b84_dh", "    delta_v11 = delta_o1 * h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)),), batch=84),
    Public("dh-delta-h1", _DH, "b84_dh", "b84_dh", "    delta_h1 = h1 * (1 - h1) * delta_o1 * v11[i]", ((C,),),
           (Twin("gradient_z", "z1[0]", (_D1_0,)),), batch=84),
    Public("dh-delta-w12", _DH, "b84_dh", "b84_dh", "    delta_w12 = delta_h2 * I1", ((C,),),
           (Twin("gradient", "W1[1,0]", (f"{_D1_1}*x[0]",)),), batch=84,
           why="w12 from input 1 to hidden node 2, as the forward pass's net_h2 = I1 * w12[i] + ... uses it"),
    Public("dh-v11-update", _DH, "b84_dh", "b84_dh", "    v11[i+1] = v11[i] - (eta * delta_v11)", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=84),
    Public("dh-u11-update", _DH, "b84_dh", "b84_dh", "    u11[i+1] = u11[i] - (eta * delta_h1 * B1)", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=84,
           why="the hidden node's bias weight, its bias node B1 = 1"),
    # ---- jis1218's Java: tabs, code's indices weight1[m][n] and weight1[4][m] (the output's weights in the same
    # array), +=, Mitchell's deltas (output*(1-output)*error) -------------------------------------------------------
    Public("js-error2", _JS, "b84_js", "b84_js", "\t\terror2 = target - output2;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=84),
    Public("js-delta2", _JS, "b84_js", "b84_js", "\t\tdelta2 = output2*(1-output2)*error2;", ((C,),),
           (Twin("value", f"-{_D2}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=84,
           why="the output's delta, -dE/dv, judged as a value"),
    Public("js-error1", _JS, "b84_js", "b84_js", "\t\t\terror1[l] = weight1[4][l]*delta2;", ((C,),),
           (Twin("value", f"-{_D2}*W2[0,{{l}}]", (f"W2[0,{{l}}]*(-{_D2})",), _L4),), batch=84,
           why="the hidden node's error, -dE/d(output1[l])"),
    Public("js-delta1", _JS, "b84_js", "b84_js", "\t\t\tdelta1[l] = output1[l]*(1-output1[l])*error1[l];", ((C,),),
           (Twin("value", f"-{_JS_D1}", (f"a1[{{l}}]*(1 - a1[{{l}}])*W2[0,{{l}}]*(-{_D2})",), _L4),), batch=84),
    Public("js-update-w1", _JS, "b84_js", "b84_js", "\t\t\t\tweight1[m][n] += alpha*delta1[m]*sample[n]; ", ((C,),),
           (Twin("update", "W1[{m},{n}]", ("W1[{m},{n}] - eta*grad",), _MN),), batch=84,
           why="the trailing space is the file's"),
    Public("js-update-w2", _JS, "b84_js", "b84_js", "\t\t\tweight1[4][m] += alpha*delta2*output1[m];", ((C,),),
           (Twin("update", "W2[0,{m}]", ("W2[0,{m}] - eta*grad",), _M4V),), batch=84,
           why="row 4 of weight1 holds the output node's weights"),
    # ---- the lesson's dry run: code blocks of plain text, Unicode subscripts (h₁_in, w₅, o₁_in), ŷ, ·, ×, σ,
    # e^(-0.21), continuation lines beginning with =, a number glued to a parenthesis (0.1(0.5)), -[ ... ] ---------
    Public("dr-h1-in", _DR, "b84_dr", "b84_dr",
           "  h₁_in = w₁·x₁ + w₂·x₂ + b₁\n        = 0.1(0.5) + 0.2(0.3) + 0.1\n        = 0.05 + 0.06 + 0.1 = 0.21",
           ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]", "=0.1*0.5 + 0.2*0.3 + 0.1",
                                    "=0.05 + 0.06 + 0.1", "=0.21")),), batch=84),
    Public("dr-h1-out", _DR, "b84_dr", "b84_dr", "  h₁_out = σ(0.21) = 1/(1+e^(-0.21)) = 0.5523", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.21))", "=1/(1 + np.exp(-0.21))", "=0.5523")),), batch=84),
    Public("dr-o1-in", _DR, "b84_dr", "b84_dr",
           "  o₁_in = w₅·h₁_out + w₆·h₂_out + b₃\n        = 0.5(0.5523) + 0.6(0.5914) + 0.1\n        = 0.2762 + "
           "0.3548 + 0.1 = 0.7310", ((C, C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]", "=0.5*0.5523 + 0.6*0.5914 + 0.1",
                                    "=0.2762 + 0.3548 + 0.1", "=0.7310")),), batch=84,
           why="the lines for h₂ (h₂_in = 0.37, h₂_out = σ(0.37) = 0.5914) before it left out, as the first "
               "unit's"),
    Public("dr-yhat", _DR, "b84_dr", "b84_dr", "  ŷ = σ(0.7310) = 1/(1+e^(-0.7310)) = 0.6748", ((C, C, W),),
           (Twin("value", "a2[0]", ("=1/(1 + np.exp(-0.7310))", "=1/(1 + np.exp(-0.7310))", "=0.6748")),), batch=84,
           why="σ(0.7310) = 0.67503: 0.6748 two units off its rounding, 0.6750"),
    Public("dr-loss", _DR, "b84_dr", "b84_dr",
           "  L = -[y·log(ŷ) + (1-y)·log(1-ŷ)]\n    = -[1·log(0.6748) + 0·log(0.3252)]\n    = -log(0.6748)\n    = "
           "0.3934", ((C, C, W, W),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*np.log(a2[0]) + (1 - y[0])*np.log(1 - a2[0]))", "=-(1*np.log(0.6748) + 0*np.log(0.3252))",
                  "=-np.log(0.6748)", "=0.3934")),), batch=84,
           why="worked from ŷ = 0.6748 (two units off): -log(0.6748) = 0.39334 where the loss is -log(0.67503) = "
               "0.39300; the rule on the first line is right"),
    Public("dr-dL-dyhat", _DR, "b84_dr", "b84_dr",
           "  ∂L/∂ŷ = -y/ŷ + (1-y)/(1-ŷ)\n         = -1/0.6748 + 0\n         = -1.4820", ((C, C, W),),
           (Twin("value", "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])",
                 ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", "=-1/0.6748 + 0", "=-1.4820")),), batch=84,
           why="a derivative by the output, a value; -1/ŷ = -1.4814 at ŷ = 0.67503 (-1.4820 from the rounded 0.6748)"),
    Public("dr-delta-out", _DR, "b84_dr", "b84_dr",
           "  δ_output = ∂L/∂o₁_in = ∂L/∂ŷ × ∂ŷ/∂o₁_in\n           = -1.4820 × 0.2194 = -0.3252", ((C, C, C, W),),
           (Twin("value", _DRD2, (_DRD2, _DRD2, "=-1.4820*0.2194", "=-0.3252")),), batch=84,
           why="dL/dz of the output, ŷ - y = -0.32497 (-0.3250), twinned as a value (batch 48's way); -0.3252 "
               "carried from ŷ = 0.6748; the line before it, ∂ŷ/∂o₁_in = ŷ(1-ŷ) = 0.6748 × 0.3252 = 0.2194, left "
               "out"),
    Public("dr-dw5", _DR, "b84_dr", "b84_dr", "  ∂L/∂w₅ = δ_output × h₁_out = -0.3252 × 0.5523 = -0.1796",
           ((C, C, C),), (Twin("gradient", "W2[0,0]", (f"{_DRD2}*a1[0]", "=-0.3252*0.5523", "=-0.1796")),),
           batch=84),
    Public("dr-delta-h1", _DR, "b84_dr", "b84_dr",
           "  δ_h₁ = δ_output × w₅ × h₁_out(1-h₁_out)\n       = -0.3252 × 0.5 × 0.5523 × 0.4477\n       = -0.3252 × "
           "0.5 × 0.2473\n       = -0.0402", ((C, C, C, C),),
           (Twin("value", f"{_DRD2}*W2[0,0]*a1[0]*(1 - a1[0])", (f"{_DRD2}*W2[0,0]*a1[0]*(1 - a1[0])",
                                                                  "=-0.3252*0.5*0.5523*0.4477",
                                                                  "=-0.3252*0.5*0.2473", "=-0.0402")),),
           batch=84),
    Public("dr-w1-new", _DR, "b84_dr", "b84_dr", "w₁_new = w₁ - η × ∂L/∂w₁ = 0.1 - 0.5(-0.0201) = 0.1101",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.1 - 0.5*(-0.0201)", "=0.1101")),),
           batch=84, why="\"Learning rate: η = 0.5\""),
    # ---- the MATLAB function's opening comment: % lines, a single layer's error with a stray minus, dE/dW as a
    # chain of plain-text quotients, wnew and wold ---------------------------------------------------------------
    Public("m4-E", _M4, "b84_m4", "b84_m4", "    % E=-0.5*(d-y)^2", ((W,),),
           (Twin("value", "(y[0] - a1[0])**2/2", ("-0.5*(y[0] - a1[0])**2",)),), batch=84,
           why="the squared error written with a minus before its 0.5 (the gradient on the next line is that of "
               "+0.5*(d-y)^2): as written the loss's negative"),
    Public("m4-grad", _M4, "b84_m4", "b84_m4", "    % dE/dW=(dE/dy)*(dy/dW)=-(d-y)*x", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]", "-(y[0] - a1[0])*x[{i}]"), _I2V),), batch=84,
           why="\"single layer NN\": y = W x"),
    Public("m4-update", _M4, "b84_m4", "b84_m4", "    % wnew=wold-alpha*(dE/dW)", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2V),), batch=84),
    # ---- the Portuguese notes: code blocks of plain text, η, ×, ∂E/∂w, Greek δ with word subscripts (output,
    # hidden, próxima_camada with an accent), f'(net_output), Σ(...) without an index -----------------------------
    Public("pt-update", _PT, "b84_pt", "b84_pt", "w_novo = w_antigo - η × (∂E/∂w)", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=84,
           why="\"Fórmula básica\": w a weight, here the one the notation names (from the hidden unit to the "
               "output)"),
    Public("pt-delta-out", _PT, "b84_pt", "b84_pt", "δ_output = (target - output) × f'(net_output)", ((C,),),
           (Twin("value", f"-{_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=84,
           why="\"Para camada de saída\", delta = -dE/dnet (the 1986 paper's sign), a value"),
    Public("pt-delta-hid", _PT, "b84_pt", "b84_pt", "δ_hidden = f'(net_hidden) × Σ(w × δ_próxima_camada)", ((C,),),
           (Twin("value", f"-{_D1_0}", (f"a1[0]*(1 - a1[0])*(W2[0,0]*(-{_D2}))",)),), batch=84,
           why="\"Para camadas ocultas\": the first hidden unit, the next layer one output unit"),
    Public("pt-dw", _PT, "b84_pt", "b84_pt", "Δw = η × δ × input", ((C,),),
           (Twin("value", f"-eta*{_D2}*a1[0]", (f"eta*(-{_D2})*a1[0]",)),), batch=84,
           why="\"Atualização de peso\", for the weight w from the hidden unit to the output"),
    # ---- the algorithm cards: TypeScript strings after formula: and calculation:, several claims on one line
    # separated by commas, vectors in brackets, ², ×, an escaped quote, "Hidden:" and "Output:" labels, W2_new --
    Public("ml-forward", _ML, "b84_ml", "b84_ml",
           "          calculation: 'Hidden: z1 = [0.5×1 + (-0.3)×0, 0.2×1 + 0.8×0] = [0.5, 0.2], a1 = [0.62, 0.55], "
           "Output: z2 = 0.4×0.62 + (-0.6)×0.55 = -0.082, a2 = 0.48',", ((C, C), (C,), (C, C), (C,)),
           (Twin("value", "z1[{j}]", ("=[0.5*1 + (-0.3)*0, 0.2*1 + 0.8*0]", "=[0.5, 0.2]"), _J2),
            Twin("value", "a1[{j}]", ("=[0.62, 0.55]",), _J2),
            Twin("value", "z2[0]", ("=0.4*0.62 + (-0.6)*0.55", "=-0.082")),
            Twin("value", "a2[0]", ("=0.48",))), batch=84,
           why="\"Forward Pass (Input: [1,0])\"; z2 = -0.0809 worked from the rounded a1's to -0.082"),
    Public("ml-loss", _ML, "b84_ml", "b84_ml", "          formula: 'Loss = 0.5 × (predicted - target)²',", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(a2[0] - y[0])**2",)),), batch=84),
    Public("ml-loss-num", _ML, "b84_ml", "b84_ml",
           "          calculation: 'Loss = 0.5 × (0.48 - 1)² = 0.5 × (-0.52)² = 0.135',", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("=0.5*(0.48 - 1)**2", "=0.5*(-0.52)**2", "=0.135")),), batch=84),
    Public("ml-deltas", _ML, "b84_ml", "b84_ml",
           "          calculation: 'δ2 = (0.48-1) × 0.48×(1-0.48) = -0.13, δ1 = [0.4×(-0.13), (-0.6)×(-0.13)] × "
           "[0.62×0.38, 0.55×0.45] = [-0.012, 0.035]',", ((C, C), (C, W)),
           (Twin("value", _D2, ("=(0.48 - 1)*0.48*(1 - 0.48)", "=-0.13")),
            Twin("value", "((a2 - y)*a2*(1 - a2)*W2.ravel()*a1*(1 - a1))[{j}]",
                 ("=np.array([0.4*(-0.13), (-0.6)*(-0.13)])*np.array([0.62*0.38, 0.55*0.45])", "=[-0.012, 0.035]"),
                 _J2)), batch=84,
           why="the formula line before it (δ_output = (a - y) × σ'(z), δ_hidden = (W^T × δ_output) × σ'(z), z and a "
               "without their layer) left out; δ1's second entry is 0.078 × 0.2475 = 0.0193, not 0.035"),
    Public("ml-update", _ML, "b84_ml", "b84_ml",
           "          calculation: 'α = 0.5, W2_new = [0.4 - 0.5×(-0.08), -0.6 - 0.5×(-0.07)] = [0.44, -0.565], W1 "
           "updated similarly',", ((C,), (C, C)),
           (Twin("value", "0.5", ("=0.5",)),
            Twin("update", "W2[0,{k}]", ("=[0.4 - 0.5*(-0.08), -0.6 - 0.5*(-0.07)]", "=[0.44, -0.565]"), _K2)),
           batch=84, why="the formula line before it (W = W - α × ∇W, b = b - α × ∇b, W and b of no layer) left out"),
]
