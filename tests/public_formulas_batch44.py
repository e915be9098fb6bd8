r"""Batch 44 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 repository files no earlier batch used (the code corpus: ozyurtf's README of a two-layer net in
$...$<br> lines inside <details>, mattpetersen's Jekyll post deriving softmax with cross-entropy in <script
type="math/tex; mode=display"> blocks with row vectors, shawntao9's and ramilsharifsoy's copies of Udacity's
one-step gradient-descent exercise in Python, stored notes on Nielsen's chapter 2 in a Python script's "#%%
[markdown]" cells (every line after "# "), a stored Markdown derivation of the binary cross-entropy's gradient with
a Python code block, a stored copy of Coursera's optional reading on dz = a - y whose mathematics is in Unicode's
mathematical italic letters with fractions broken over lines, stored Markdown notes on gradient descent for
logistic regression after Ng, a stored Python script backpropagating one ReLU neuron by hand (NNFS-style), harveyAJ's
Octave costFunction.m of Ng's ex2, a stored copy of jlehett's Neural-Smithing README whose equations are HTML
<i>, <sub>, <sup> and <b>SUM</b>, and a stored Chinese article on language-generation algorithms whose $$ blocks
derive a one-layer network's gradients), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it gives them; both in
tests/public_formulas_batch44_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Seven files are stored in the code corpus without their repository's name; they are cited by their ids. A
local derivative (the softmax's ds_i/dx_i, dH/ds, d/dz sigma(z)), an error term written as -dL/dz (Udacity's
error_term, its "lowercase delta") and a weight step (del_w, Delta w_ij) are twinned as values; a delta dL/dz
(delta_i^N, dz, drelu_dz, Reed and Marks' delta_k) as gradient_z. Formulas keep their page's delimiters and what
surrounds them on their line (a <br> after the $, "# " before a notebook cell's line, the <script> tags, a
trailing Python or Octave comment, semicolons, a numbered step's words); what was left out is said below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 44

The batch: 55 formulas from 12 addresses (5 repositories and 7 stored files: ozyurtf 8, mattpetersen 5, shawntao9
4, ramilsharifsoy 3, the Nielsen notes 9, the BCE derivation 5, the Coursera reading 3, the gradient-descent notes
3, the ReLU neuron script 4, harveyAJ 3, Neural Smithing 4, the Chinese article 4): 30 values (forward values and
losses, local derivatives, error terms and weight steps; three of them lines of two claims), 11 deltas dL/dz (one
a block of two claims), 11 gradients (one line a gradient and then a value after a comma) and 3 updates. 32 are
LaTeX (in $...$, $$...$$, <script>, \begin{equation} and \begin{aligned}), 23 plain text, code or HTML (Python,
Octave, Unicode mathematical italic, HTML tags).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- ozyurtf's \frac{\partial C}{\partial b_2} = \delta_2\frac{\partial s_1}{\partial b_1} = \delta_2^T: b_2 written for
  b_1 on the left (its line before, dC/db_2 = delta_1^T, is right): dC/db_2 is the number delta_1, delta_2^T a
  2-vector;
- the Nielsen notes' Equation 2, \boldsymbol{\delta}_k = \left( W_{k+1}^\mathsf{T} \boldsymbol{\delta}_{k+1} \right)
  \odot \sigma^\prime(z_i^N): the output layer's z_i^N for z_k (the algorithm's step 4 below writes it right);
- the Nielsen notes' algorithm, step 1: "set $\mathbf{a}_1 = \sigma(\mathbf{x})$": Nielsen's input layer is a^1 = x
  itself;
- the Chinese article's \frac{\partial L}{\partial W} = (y - \hat{y})x^T and \frac{\partial L}{\partial b} = y - \hat{y}
  for its sigmoid layer y = \sigma(Wx + b) and L = 1/2 sum (y_i - y-hat_i)^2: the sign lost (the derivative of 1/2
  (y - y-hat)^2 by y-hat is y-hat - y) and the sigmoid's derivative left out.

Not mistaken, though they look it: mattpetersen's \mathbf y \ \mathbf S^{\text{repeated row}} - \mathbf y (S the
matrix whose every row is s: y S = s, y one-hot); the Coursera reading's 𝑑 over 𝑑𝑧 over lines of their own (the
fraction d/dz of a PDF copied to text); ozyurtf's \delta_1^Ta_1^T (delta_1 a 1 x 1 row, a_1^T a row: W_2's 1 x 2);
the gradient-descent notes' f(x^{(i)}) (their model, the logistic unit's output); harveyAJ's grad(j) inside "for
j=1:n" (the j-th entry of theta's gradient, after xj = X(:,j)).

Left out: ozyurtf's delta lines, \delta_1 = \frac{\partial C}{\partial \widetilde{y}}\frac{\partial \widetilde{y}}{s_2}
(the \partial before s_2 missing: no quantity to transcribe), its g_i(x) lines (one g_i for tanh, the sigmoid, ReLU
and the identity in turn: no notation names it) and its \frac{\partial s_1}{\partial W_1} = a_0^T (a three-index
Jacobian written as a row); mattpetersen's off-diagonal entry, whose j is both the sum's index and the free one, and
its Jacobian \mathbf J_{\mathbf x}(\mathbf s) = \text{diag}(\mathbf s) - \mathbf s^\top \mathbf s (a matrix of
derivatives, no quantity of symbols.md); the Nielsen notes' sigma'(z) = d sigma/dz (an identity of no unit), their
batch block with \mathbf{A}_1 = \sigma(\mathbf{X}) (the step-1 slip again) and \mathbf{\Sigma}_N; the gradient-descent
notes' w_j = w_j - \alpha \frac{\partial}{\partial w}J(w, b) (the vector's derivative for an entry's update: with two
features no twin is one number); the ReLU script's dvalue = 1.0 and its other assignments of numbers; the Udacity
exercises' del_w = ..., see below; and, to keep the batch at 55, a few more lines of these pages like the ones taken
(ozyurtf's other local derivatives and updates, the BCE derivation's dL/dy-hat and dy-hat/dz, Nielsen's Equation 3, the
script's y = max(z, 0.0)). Open to question, though the spec seems to allow them: the notations'
patterns for code's names as written ("weights[i]", "drelu_diw0", "h_theta", "grad(j)" with MATLAB's parentheses for
its index, "xw_{n}" for the script's xw0); the Neural Smithing notation's literal letters k, i, j for output nodes,
hidden nodes and inputs (one letter per role, Mitchell's way in batch 42) and its primed "f'_{k}" for f '<sub>k</sub>
(a space between f and its prime in the HTML); Nielsen's "\\delta_{i}^{k}" (unit below, layer above) beside
"\\delta_{k}" (bold, layer below) in one notation; ozyurtf's "\\delta_{2}" = "grad(z1[:]).T", a row;
the Chinese article's two notations, one per section (y the output in its model, the label in its derivation, as
the article defines it each time).

One notation pattern the spec's grammar allows was taken out before the run because the loader refuses it: the
Udacity exercises' weight step "del_w" (a name with the subscript w, as "h1_in" is), "[notation] symbols.'del_w':
unexpected at '_' (position 4); write a symbol such as O_{k}^{1}" (del is AsciiMath's partial sign): with it, both
Udacity pages would have been refused whole at their notation. Their three del_w formulas stay, del_w unnamed.

Every notation was loaded with its network (notation_loading.load_notation) before the blind run, without judging
any formula: none raised once del_w was taken out.

Nothing was fixed from this batch.

Collected on 2026-12-04 (20:22 to 20:33 by the machine's clock, committed at 20:33 with the oracle passing, before
check had read any of it) and run blind once at main ba9b1bb (/work/READY_FOR_BLIND9, 20:51), with nothing under src/
changed (/work/batch44_blind.txt): 31 of 55 read with every verdict right (56%), 22 refused, 2 misread, no crash, NO
WRONG FORMULA CALLED CORRECT. No refusal came from a notation outside the spec's grammar (every notation had loaded
before the run, and no message names the notation), so there was no second run.

Of the 5 mistaken formulas, 3 read with every verdict right (the Nielsen notes' a_1 = sigma(x) and the Chinese
article's dL/dW and dL/db, each called wrong) and 2 were refused (ozyurtf's dC/db_2 = delta_2^T for its shape, the
Nielsen notes' Equation 2 at its \mathsf{T}). By kind of claim: values 18 of 30 (1 misread), deltas 4 of 11,
gradients 7 of 11, updates 2 of 3 (1 misread). LaTeX against plain text: the 32 in LaTeX read 20 (63%), the 23 in
plain text, code or HTML 11 (48%). By page: ozyurtf 6 of 8, mattpetersen 0 of 5, shawntao9 2 of 4, ramilsharifsoy
2 of 3, the Nielsen notes 5 of 9 (2 misread), the BCE derivation 4 of 5, the Coursera reading 2 of 3, the
gradient-descent notes 3 of 3, the ReLU neuron script 2 of 4, harveyAJ 1 of 3, Neural Smithing 0 of 4, the Chinese
article 4 of 4.

The misreadings (correct formulas called wrong, never the other way): a quantity written as a function of the
example, Nielsen's y(x) and a^L(x), read as a product with the input x: "# and $C_x = \frac{1}{2}| \mathbf{y}(\mathbf{x})
- \mathbf{a}_N (x)|^2 $" was judged as 1/2 sum (x_i y_i - x_i a2_i)^2 (niel44-cost), and the update "\mathbf{W}_k
\rightarrow \mathbf{W}_k - \frac{\eta}{M} \sum\limits_m \mathbf{\delta}_k(\mathbf{x}_m) \otimes \mathbf{a}_{k-1}(\mathbf{x}_m)"
with delta_k(x_m) and a_{k-1}(x_m) each times x, the step times x_0^3 at k = 2, entry [0,0] (niel44-update-W).

The refusals by construct (22), with the exact message:

- 5, mattpetersen: Jekyll's MathJax delimiters, <script type="math/tex; mode=display"> ... </script>: "formula
  '<script type="math/tex': cannot read '"' at position 14; write the formula in LaTeX or plain text (+ - * / ^,
  \frac, \sum)" (every formula of the page: matt44-softmax, -diagonal, -H, -grad-s, -grad-x);
- 4, Neural Smithing: HTML markup, <i>𝛿<sub>k</sub></i> = - (<i>d<sub>pk</sub></i> - ...: "formula '<i>\\delta
  <sub>k</sub></i> = - (<i>d<sub>pk</sub></i> - <...': unexpected at '<' (position 1)" (every formula of the page:
  smith44-output, -chain, -hidden, -gradient);
- 3, the Udacity exercises: a code name beginning with the word del, del_w (AsciiMath's del, the partial sign):
  "formula 'del_w = learnrate * error * nn_output * (1 - nn_output) * x': unexpected at '_' (position 4)"
  (tao44-del-w, tao44-del-w-list, ramil44-del-w; the notation could not name it either, see above);
- 2, harveyAJ: Octave's prime on a quantity of one example, y' and (h_theta - y)' (a column of m labels, m = 1 in the
  network): "formula "J = -1/m * (y' * log(h_theta) + (1 - y)' * log(1 - h_theta))": y' is a number, and a prime after
  a name is read as Octave's transpose only of a vector or matrix; write y for the number, or a derivative with d/dx"
  (oct44-J; oct44-grad: "(h_{theta} - y)' is a number, and a prime after a parenthesis is read only as Octave's
  transpose of a vector or matrix; write a derivative with d/dx");
- 2, the Nielsen notes: the transpose written ^\mathsf{T}: "formula '\\delta _k = ( W_{k+1}^{\\text{T}} \\delta
  _{k+1} )': unknown symbol T; the notation knows M, W, \delta, a, b, w, x, y; give it a meaning in the notation's
  [notation.symbols], e.g. "T" = "a1[0]"" (niel44-step4; niel44-eq2-slip, the page's mistake: refused, never called
  correct);
- 1, ozyurtf: a member written as a Jacobian product, \delta_2\frac{\partial s_1}{\partial W_{1}} (delta_2 a 1 x 2
  row): "multiplies a 1 x 2 by a 1 x 3, whose sizes do not fit; write the factors so that the first has as many
  columns as the second has rows; two vectors' outer product has the second transposed, u v^T, whatever sign joins
  them" (ozy44-dW1; its last member \delta_2^Ta_0^T fits);
- 1, ozyurtf: the page's mistake dC/db_2 = \delta_2 ..., a vector for a number: "'\\delta_2\\frac{\\partial
  s_1}{\\partial b_1}' is a vector or matrix where the left side is a number" (ozy44-db-slip: refused, never called
  correct);
- 1, the BCE derivation: a chain continued in $$ blocks after prose that holds inline mathematics and ends in a
  colon, "Distribute $\hat{y}(1 - \hat{y})$:": "formula '\\frac{d\\mathcal{L}}{dz} = (-\\frac{y}{\\hat{y}} +
  \\frac{1 -...': unexpected at ':' (position 142)" (bce44-chain; batch 34's chain continued after "=" with no prose
  between reads);
- 1, the Coursera reading: a fraction broken over lines by a PDF's text extraction, "𝑑\n𝑑𝑧\n \n𝜎(𝑧) = ...": "formula 'd
  dz \\sigma (z) =\\sigma (z) \\times (1 -\\sigma (z))': unknown symbol d; the notation knows a, dz, y, z; give it a
  meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]"" (crs44-dsigma; the same page's one-line 𝐿 = ...
  and 𝑑𝑧 = 𝑎 − 𝑦 in mathematical italic read);
- 1, the ReLU script: a word after the formula in a comment, "# y = ReLU(i0w0 + i1w1 + i2w2 + bias) or": "unknown
  symbol o; the notation knows bias, dmul, drelu, dvalue, i, inputs, w, weights; give it a meaning in the notation's
  [notation.symbols], e.g. "o" = "a1[0]"" (nnfs44-comment; "or" read letter by letter);
- 1, the ReLU script: code's operations as functions, "y = ReLU(sum(mul(i0, w0), mul(i1, w1), mul(i2, w2), bias))":
  "a list in parentheses is not a formula at ',' (position 25); write one expression" (nnfs44-comment-mul).

Read, among the constructs these pages brought: $...$<br> lines, W_1.a_0 with a dot for the product, g_1 and g_2
named per layer, \text{BCE}(y, \hat{y}), delta_1^Ta_1^T and a definition after ", \ " as a second claim (ozyurtf);
Python's sigmoid_prime(...) with error and error_term named, np.dot(x,w), Δwij = ηδjxi glued (the Udacity copies);
"# " before every line of a $ \begin{equation} $ block, w_{ij}^k beside bold \mathbf{z}_k, \sum\limits, \nabla_{a_N}
C \odot \sigma^\prime, a numbered step's words before $...$ (the Nielsen notes); \mathcal{L}(\hat{y}, y), ", \quad z
= w^T x + b" as a second claim, a code block's dz and dw = (1/m) * np.dot(X, dz.T) (the BCE derivation); Unicode
mathematical italic 𝐿 =−(𝑦 ×𝑙𝑜𝑔(𝑎) +(1 −𝑦) ×𝑙𝑜𝑔(1 −𝑎)) and 𝑑𝑧 =𝑎 −𝑦 (the Coursera reading); J(w, b) with log
glued after y^{(i)}, f(x^{(i)}) with functions = { f = "layer" } (the gradient-descent notes); drelu_dz = dvalue * (1.0
if z > 0 else 0.0) and drelu_dw0 = drelu_diw0 * dmul_dw0 (the ReLU script); h_theta = sigmoid(X * theta); (harveyAJ);
the Chinese article's sign slips, called wrong.

Which look general (would appear in much homework): MathJax's <script type="math/tex"> delimiters (every Jekyll
blog post of the MathJax 2 years writes its display mathematics so), a quantity written as a function of the example
(y(x), a^L(x), delta_k(x_m): Nielsen's book writes them throughout), ^\mathsf{T} for the transpose (as ^\top and
^\intercal), a chain continued after a sentence that ends in a colon, a word after a formula in a comment ("or",
as batch 42's "y is a constant"), Udacity's del_w (every copy of its gradient-descent lessons: a code name beginning
with del), Octave's transpose of a one-example quantity (y' with m = 1; with m examples it is a vector, so this is
in part the batch's one-example network). Page-specific or rare: HTML <i>/<sub>/<sup> markup (a README written as
HTML), a fraction broken over lines by a PDF's text extraction, NNFS's sum(mul(i0, w0), ...), a member written as a
Jacobian product with a three-index derivative.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch44_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_OZY = "https://github.com/ozyurtf/neural-network-from-scratch (README.md, commit 238c4cc)"
_MATT = ("https://github.com/mattpetersen/mattpetersen.github.io"
         " (_posts/2017-06-25-softmax-with-cross-entropy.md, commit c003997)")
_TAO = "https://github.com/shawntao9/CarND (term1/deep_learning/gradient.py, commit 7e6fbbd)"
_RAMIL = ("https://github.com/ramilsharifsoy/Self_Driving_Car_ND"
          " (6_Neural_Networks/4_Gradient_Descent.py, commit e1fd571)")
_NIELSEN = _STORED.format(667445218, "# # Notes and exercises from [Nielsen2015]",
                          "a Python script's # %% [markdown] cells of notes on Nielsen's chapter 2")
_BCE = _STORED.format(6772125377, "# Binary Cross-Entropy Loss and Gradient Derivation",
                      "a Markdown derivation in $$ blocks with a Python code block")
_COURSERA = _STORED.format(6935168410, "This is optional material that you can read after the week 2 video",
                           "a copy of the Coursera reading on dz = a - y, its mathematics in Unicode's"
                           " mathematical italic letters, fractions broken over lines")
_LOGGD = _STORED.format(13094586918, "# Gradient Descent for Logistic Regression",
                        "Markdown notes on Ng's course, $...$ on lines of their own")
_NNFS = _STORED.format(48247530771, "# Manual calculation of the forward pass and derivatives",
                       "a Python script backpropagating one ReLU neuron by hand, its function in comments")
_OCTAVE = ("https://github.com/harveyAJ/machine-learning-andrew-ng"
           " (machine-learning-ex2/ex2/costFunction.m, commit d21b4f5)")
_ZEN = _STORED.format(9141140011, "关键词：人工智能，核心算法，语言生成",
                     "a Chinese article on language-generation algorithms signed 禅与计算机程序设计艺术,"
                     " $$ blocks")
_SMITH = _STORED.format(39391802129, "## 5.2 Back-Propagation: The Derivative Calculation",
                        "jlehett's Neural-Smithing README, Reed and Marks' equations in HTML <i>, <sub>, <sup>")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JK23 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_IJ2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))

# ozyurtf: dC/ds_2 (sigmoid and the binary cross-entropy) and dC/ds_1 (tanh hidden units)
_OD1 = "(a2[0] - y[0])"
_OD2 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
# mattpetersen: the softmax's denominator, and the row gradient -y/s times the softmax's Jacobian, entry i
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_JP = " + ".join(f"(-t[{m}]/a1[{m}])*(({{i}} == {m})*a1[{m}] - a1[{m}]*a1[{{i}}])" for m in range(3))
# Nielsen's two layers: the output's delta dC/dz2 and the hidden delta dC/dz1
_ND2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_NWD = "(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
_NZ = ({"z": "z1[0]", "s": "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"},
       {"z": "z1[1]", "s": "W1[1,0]*x[0] + W1[1,1]*x[1] + b1[1]"},
       {"z": "z2[0]", "s": "W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]"},
       {"z": "z2[1]", "s": "W2[1,0]*a1[0] + W2[1,1]*a1[1] + b2[1]"})
_NA = tuple({"a": f"a{layer}[{unit}]", "z": f"z{layer}[{unit}]"} for layer in (1, 2) for unit in range(2))
_NB = (tuple({"p": f"b2[{i}]", "m": _ND2.format(i=i)} for i in range(2))
       + tuple({"p": f"b1[{j}]", "m": f"{_NWD.format(j=j)}*a1[{j}]*(1 - a1[{j}])"} for j in range(2)))
_NW = (tuple({"p": f"W2[{i},{j}]", "m": f"{_ND2.format(i=i)}*a1[{j}]"} for i in range(2) for j in range(2))
       + tuple({"p": f"W1[{i},{j}]", "m": f"{_NWD.format(j=i)}*a1[{i}]*(1 - a1[{i}])*x[{j}]"}
               for i in range(2) for j in range(2)))
# the logistic unit's dL/dz, and the Udacity exercise's error term (y - y-hat) f'(h)
_LD = "(a1[0] - y[0])"
_UT = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
# Neural Smithing's output and hidden deltas dE_p/da (a the weighted sums)
_SI = "(W2[0,{i}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{i}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))*a1[{i}]*(1 - a1[{i}])"

ENTRIES: list[Public] = [
    # ---- ozyurtf's README: $...$<br> lines inside <details>, W_1.a_0 with a dot for the product, g_1 and g_2 the
    # layers' activations, ~y the output, row deltas (delta_2 = delta_1 W_2 da_1/ds_1), a definition after a
    # comma and "\ ", dC/db_2 written for dC/db_1 -----------------------------------------------------------------
    Public("ozy44-s1", _OZY, "b44_ozy", "b44_ozy", "$s_1 = W_1.a_0 + b_1$<br>", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J2),),
           batch=44),
    Public("ozy44-a1", _OZY, "b44_ozy", "b44_ozy", "$a_1 = g_1(s_1)$<br>  ", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),), batch=44, why="g_1 tanh in the network"),
    Public("ozy44-bce", _OZY, "b44_ozy", "b44_ozy",
           r"$\text{BCE}(y, \hat{y}) = - \left( y \cdot \log(\hat{y}) + (1 - y) \cdot \log(1 - \hat{y}) \right)$",
           ((C,),), (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                          ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=44),
    Public("ozy44-dW2", _OZY, "b44_ozy", "b44_ozy",
           r"$\frac{\partial C}{\partial W_{2}}  = \delta_1\frac{\partial s_2}{\partial W_2} = \delta_1^Ta_1^T, \ a_1 = g_1(s_1)$<br>",
           ((C, C), (C,)),
           (Twin("gradient", "W2[0,{k}]", (f"{_OD1}*a1[{{k}}]", f"{_OD1}*a1[{{k}}]"), _K2),
            Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2)), batch=44,
           why="two claims: the gradient's chain, then a_1 = g_1(s_1) after a comma and \"\\ \""),
    Public("ozy44-db2", _OZY, "b44_ozy", "b44_ozy",
           r"$\frac{\partial C}{\partial b_2} = \delta_1\frac{\partial s_2}{\partial b_2} = \delta_1^T$<br>",
           ((C, C),), (Twin("gradient", "b2[0]", (_OD1, _OD1)),), batch=44),
    Public("ozy44-dW1", _OZY, "b44_ozy", "b44_ozy",
           r"$\frac{\partial C}{\partial W_{1}} = \delta_2\frac{\partial s_1}{\partial W_{1}} = \delta_2^Ta_0^T$<br>",
           ((C, C),), (Twin("gradient", "W1[{j},{k}]", (f"{_OD2}*x[{{k}}]", f"{_OD2}*x[{{k}}]"), _JK23),),
           batch=44, why="delta_2 a row (1 x 2): delta_2^T a_0^T is 2 x 3, W_1's shape"),
    Public("ozy44-db-slip", _OZY, "b44_ozy", "b44_ozy",
           r"$\frac{\partial C}{\partial b_2} = \delta_2\frac{\partial s_1}{\partial b_1} = \delta_2^T$<br>",
           ((W, W),), (Twin("gradient", "b2[0]", (_OD2, _OD2), _J2),), batch=44,
           why="b_2 written for b_1 on the left (the members are dC/db_1, a 2-vector): dC/db_2 is delta_1, a "
               "number; each entry of delta_2 differs from it"),
    Public("ozy44-update-W2", _OZY, "b44_ozy", "b44_ozy",
           r"$W_2 = W_2 - \alpha\frac{\partial C}{\partial W_{2}}$<br>", ((C,),),
           (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad",), _K2),), batch=44),
    # ---- mattpetersen's post: <script type="math/tex; mode=display"> blocks (Jekyll's MathJax), \begin{aligned}
    # with \\[1.6em], row vectors, s(x)_i, \sum without index, \nabla_{\mathbf s} H, \text{diag}, S^{\text{repeated
    # row}} ---------------------------------------------------------------------------------------------------------
    Public("matt44-softmax", _MATT, "b44_softmax", "b44_softmax",
           "<script type=\"math/tex; mode=display\">\ns(\\mathbf x)_i = \\frac{e^{x_i}}{\\sum e^{x_j}}\n</script>",
           ((C,),), (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_S}",), _I3),), batch=44),
    Public("matt44-diagonal", _MATT, "b44_softmax", "b44_softmax",
           "<script type=\"math/tex; mode=display\">\n\\begin{aligned}\n\\frac{\\partial s(\\mathbf x)_i}{\\partial x_i}\n"
           "&= \\frac{\\sum_j e^{x_j} e^{x_i} - e^{x_i} e^{x_i}}{(\\sum_j e^{x_j})^2} \\\\[1.6em]\n"
           "&= s(\\mathbf x)_i - s(\\mathbf x)_i^2\n\\end{aligned}\n</script>", ((C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])",
                 (f"({_S}*exp(z1[{{i}}]) - exp(z1[{{i}}])*exp(z1[{{i}}]))/{_S}**2", "a1[{i}] - a1[{i}]**2"), _I3),),
           batch=44, why="the Jacobian's diagonal entry, a value"),
    Public("matt44-H", _MATT, "b44_softmax", "b44_softmax",
           "<script type=\"math/tex; mode=display\">\n\\begin{aligned}\nH(\\mathbf y, \\mathbf s)\n"
           "&= -\\sum_{i=1}^n y_i \\log s_i \\\\[1.6em] \n&= -\\mathbf y \\log \\mathbf s^\\top\n\\end{aligned}\n</script>",
           ((C, C),), (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                            ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",) * 2),), batch=44,
           why="n the classes; y log s^T a row times a column, the dot product"),
    Public("matt44-grad-s", _MATT, "b44_softmax", "b44_softmax",
           "<script type=\"math/tex; mode=display\">\n\\begin{aligned}\n\\nabla_{\\mathbf s} H \n"
           "&= -\\nabla_{\\mathbf s} \\mathbf y \\log \\mathbf s^\\top                \\\\[1.6em]\n"
           "&= -\\mathbf y \\nabla_{\\mathbf s} \\log \\mathbf s                     \\\\[1.1em]\n"
           "&= -\\mathbf y \\ \\text{diag}\\left(\\frac{\\mathbf 1}{\\mathbf s}\\right) \\\\[1.6em]\n"
           "&= -\\frac{\\mathbf y}{\\mathbf s}\n\\end{aligned}\n</script>", ((C, C, C, C),),
           (Twin("value", "-t[{i}]/a1[{i}]", ("-t[{i}]/a1[{i}]",) * 4, _I3),), batch=44,
           why="dH/ds, entry i, judged as a value; the log's Jacobian diag(1/s)"),
    Public("matt44-grad-x", _MATT, "b44_softmax", "b44_softmax",
           "<script type=\"math/tex; mode=display\"> \\begin{aligned}\n\\nabla_{\\mathbf x} H\n"
           "&= -\\frac{\\mathbf y}{\\mathbf s} \n    \\bigg[\\text{diag}(\\mathbf s)\n"
           "   -\\mathbf s^\\top \\mathbf s \\bigg]                         \\\\[1.6em]\n"
           "&= \\frac{\\mathbf y}{\\mathbf s} \\mathbf s^\\top \\mathbf s\n"
           " - \\frac{\\mathbf y}{\\mathbf s} \\ \\text{diag}(\\mathbf s)     \\\\[1.6em]\n"
           "&= \\mathbf y \\ \\mathbf S^{\\text{repeated row}} - \\mathbf y  \\\\[1.6em]\n"
           "&= \\mathbf s - \\mathbf y\n\\end{aligned} </script>", ((C, C, C, C),),
           (Twin("gradient_z", "z1[{i}]",
                 (_JP, " + ".join(f"(t[{m}]/a1[{m}])*a1[{m}]*a1[{{i}}]" for m in range(3)) + " - t[{i}]",
                  " + ".join(f"t[{m}]*a1[{{i}}]" for m in range(3)) + " - t[{i}]", "a1[{i}] - t[{i}]"), _I3),),
           batch=44, why="S^{repeated row} the matrix whose every row is s: y S is s, y summing to 1"),
    # ---- shawntao9's Udacity exercise: Python with sigmoid_prime, a commented-out list ---------------------------
    Public("tao44-output", _TAO, "b44_uda_tao", "b44_uda",
           "nn_output = sigmoid(x[0]*weights[0] + x[1]*weights[1])", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1])",)),), batch=44),
    Public("tao44-error-term", _TAO, "b44_uda_tao", "b44_uda",
           "error_term = error * sigmoid_prime(x[0]*weights[0] + x[1]*weights[1])", ((C,),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])",
                 ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=44,
           why="the error term (lowercase delta) -dL/dh, a value"),
    Public("tao44-del-w-list", _TAO, "b44_uda_tao", "b44_uda",
           "# del_w = [learnrate * error_term * x[0], learnrate * error_term * x[1]]", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]", (f"eta*{_UT}*x[{{i}}]",), _I2),),
           batch=44, why="the weight step, a commented-out line"),
    Public("tao44-del-w", _TAO, "b44_uda_tao", "b44_uda",
           "del_w = learnrate * error * nn_output * (1 - nn_output) * x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]", (f"eta*{_UT}*x[{{i}}]",), _I2),),
           batch=44),
    # ---- ramilsharifsoy's copy: np.dot, a list over two lines, the comment # Δwij = ηδjxi -------------------------
    Public("ramil44-error-term", _RAMIL, "b44_uda_ramil", "b44_uda",
           "error_term = error * sigmoid_prime(np.dot(x,w))", ((C,),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])", (_UT,)),), batch=44),
    Public("ramil44-del-w", _RAMIL, "b44_uda_ramil", "b44_uda",
           "del_w = [ learnrate * error_term * x[0],\n                 learnrate * error_term * x[1]]", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]", (f"eta*{_UT}*x[{{i}}]",), _I2),),
           batch=44, why="a list over two lines"),
    Public("ramil44-rule", _RAMIL, "b44_uda_ramil", "b44_uda", "# Δwij = ηδjxi", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]", (f"eta*{_UT}*x[{{i}}]",), _I2),),
           batch=44, why="the delta rule with its subscripts glued, j = 0 the one unit"),
    # ---- the Nielsen notes (stored): "# " before every line, $ \begin{equation} ... \end{equation} $ over
    # several lines, w_{ij}^k with the layer above, bold \mathbf{z}_k with the layer below, \sum\limits, \mathsf{T},
    # \sigma^\prime, \odot, \otimes, \rightarrow updates; sigma'(z_i^N) for sigma'(z_k) in Equation 2, and a_1 =
    # sigma(x) for Nielsen's a^1 = x ---------------------------------------------------------------------------------
    Public("niel44-forward", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# $ \\begin{equation}\n#   z_i^k = \\sum\\limits_j w_{ij}^k a_j^{k-1} + b_i^k \\\\\n"
           "#   a_i^k = \\sigma (z_i^k)\n# \\end{equation} $", ((C,), (C,)),
           (Twin("value", "{z}", ("{s}",), _NZ), Twin("value", "{a}", ("sigmoid({z})",), _NA)), batch=44,
           why="rules over k = 2, 3 and i"),
    Public("niel44-forward-matrix", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# $ \\begin{equation}\n#   \\mathbf{z}_k = \\mathbf{W}_k \\mathbf{a}_{k-1} + \\mathbf{b}_k \\\\\n"
           "#   \\mathbf{a}_k = \\sigma (\\mathbf{z}_k)\n# \\end{equation} $", ((C,), (C,)),
           (Twin("value", "{z}", ("{s}",), _NZ), Twin("value", "{a}", ("sigmoid({z})",), _NA)), batch=44),
    Public("niel44-cost", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# and $C_x = \\frac{1}{2}| \\mathbf{y}(\\mathbf{x}) - \\mathbf{a}_N (x)|^2 $ ", ((C,),),
           (Twin("value", "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",
                 ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),), batch=44,
           why="|v|^2 the squared length; y(x) and a_N(x) the target and output at the example x"),
    Public("niel44-eq1", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# $ \\begin{equation}\n#   \\delta_i^N = \\frac{\\partial C}{\\partial a_i^N} \\sigma^\\prime(z_i^N) \\\\\n"
           "#   \\boldsymbol{\\delta}_N = \\nabla_{a_N} C \\odot \\sigma^\\prime (\\mathbf{z}_N)\n# \\end{equation} $",
           ((C,), (C,)),
           (Twin("gradient_z", "z2[{i}]", (_ND2,), _I2), Twin("gradient_z", "z2[{i}]", (_ND2,), _I2)), batch=44),
    Public("niel44-eq2-slip", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# $ \\begin{equation}\n#   \\boldsymbol{\\delta}_k = \\left( W_{k+1}^\\mathsf{T} \\boldsymbol{\\delta}_{k+1} \\right) \n"
           "#       \\odot \\sigma^\\prime(z_i^N) \\\\\n# \\end{equation} $", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_NWD}*a2[{{j}}]*(1 - a2[{{j}}])",), _J2),), batch=44,
           why="sigma'(z_i^N), the output layer's, for sigma'(z_k) (the algorithm's step 4 has it right); i read as "
               "the entry of delta_k's; at k = 2, the one layer with a k + 1"),
    Public("niel44-eq4", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# $ \\begin{equation}\n#   \\frac{\\partial C}{\\partial w_{ij}^k} = \\delta_i^k a_j^{k-1}\n# \\end{equation} $",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _NW),), batch=44),
    Public("niel44-input-slip", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# 1. Input $\\mathbf{x}$ and set $\\mathbf{a}_1 = \\sigma(\\mathbf{x})$ ", ((W,),),
           (Twin("value", "x[{i}]", ("sigmoid(x[{i}])",), _I2),), batch=44,
           why="the input layer's activation is x itself (Nielsen: a^1 = x), not sigma(x)"),
    Public("niel44-step4", _NIELSEN, "b44_mlp", "b44_nielsen",
           "# 4. Backpropagate: $\\mathbf{\\delta}_k = \\left( W_{k+1}^\\mathsf{T} \\mathbf{\\delta}_{k+1} \\right) "
           "\\odot \\sigma^\\prime(\\mathbf{z}_k)$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_NWD}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=44),
    Public("niel44-update-W", _NIELSEN, "b44_mlp", "b44_nielsen",
           "#   $\\mathbf{W}_k \\rightarrow \\mathbf{W}_k - \\frac{\\eta}{M} \\sum\\limits_m "
           "\\mathbf{\\delta}_k(\\mathbf{x}_m) \\otimes \\mathbf{a}_{k-1}(\\mathbf{x}_m)$", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*({m})",), _NW),), batch=44,
           why="a mini-batch of M examples (one): delta_k(x_m) and a_{k-1}(x_m) at example m"),
    # ---- the BCE derivation (stored): $$ on lines of their own, \mathcal{L}(\hat{y}, y), ", \quad z = w^T x + b",
    # d\mathcal{L}/dz, a chain continued in blocks after prose ("Distribute ...:", "Simplify:"), Python names ------
    Public("bce44-loss", _BCE, "b44_logistic", "b44_bce",
           "$$\n\\mathcal{L}(\\hat{y}, y) = - \\left[ y \\log(\\hat{y}) + (1 - y) \\log(1 - \\hat{y}) \\right]\n$$",
           ((C,),), (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                          ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=44),
    Public("bce44-model", _BCE, "b44_logistic", "b44_bce",
           "$$\n\\hat{y} = \\sigma(z) = \\frac{1}{1 + e^{-z}}, \\quad z = w^T x + b\n$$", ((C, C), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),
            Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",))), batch=44,
           why="two claims, the second after \", \\quad\""),
    Public("bce44-chain", _BCE, "b44_logistic", "b44_bce",
           "$$\n\\frac{d\\mathcal{L}}{dz} = \\left(-\\frac{y}{\\hat{y}} + \\frac{1 - y}{1 - \\hat{y}} \\right) \\cdot "
           "\\hat{y}(1 - \\hat{y})\n$$\n\nDistribute $\\hat{y}(1 - \\hat{y})$:\n\n$$\n= -y(1 - \\hat{y}) + (1 - y)\\hat{y}\n$$"
           "\n\nSimplify:\n\n$$\n= -y + y\\hat{y} + \\hat{y} - y\\hat{y} = \\hat{y} - y\n$$", ((C, C, C, C),),
           (Twin("gradient_z", "z1[0]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",
                                         "-y[0]*(1 - a1[0]) + (1 - y[0])*a1[0]",
                                         "-y[0] + y[0]*a1[0] + a1[0] - y[0]*a1[0]", _LD)),), batch=44,
           why="one chain over three $$ blocks, prose between them"),
    Public("bce44-code-dz", _BCE, "b44_logistic", "b44_bce_code", "dz = y_hat - y             # (1, m)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_LD,)),), batch=44, why="in the derivation's ```python block"),
    Public("bce44-code-dw", _BCE, "b44_logistic", "b44_bce_code", "dw = (1/m) * np.dot(X, dz.T)", ((C,),),
           (Twin("gradient", "W1[0,{k}]", (f"{_LD}*x[{{k}}]",), _K2),), batch=44,
           why="X's columns the examples (one)"),
    # ---- the Coursera reading (stored): mathematical italic letters (U+1D400 block), − (U+2212), ×, a fraction
    # broken over lines with a blank " " line under it -----------------------------------------------------------
    Public("crs44-loss", _COURSERA, "b44_logistic", "b44_coursera", "𝐿 =−(𝑦 ×𝑙𝑜𝑔(𝑎) +(1 −𝑦) ×𝑙𝑜𝑔(1 −𝑎))", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=44),
    Public("crs44-dsigma", _COURSERA, "b44_logistic", "b44_coursera", "𝑑\n𝑑𝑧\n \n𝜎(𝑧) =𝜎(𝑧) ×(1 −𝜎(𝑧))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=44,
           why="d/dz sigma(z), its fraction d over dz on lines of their own"),
    Public("crs44-dz", _COURSERA, "b44_logistic", "b44_coursera", "𝑑𝑧 =𝑎 −𝑦", ((C,),),
           (Twin("gradient_z", "z1[0]", (_LD,)),), batch=44, why="Andrew's dz, dL/dz"),
    # ---- the gradient-descent notes (stored): $$J(w, b) = ...$$, -\frac {1}{m} with a space, log glued after
    # y^{(i)}, f(x^{(i)}) the model, \sum_{i=1}^m{...} braced, w \cdot x ------------------------------------------
    Public("lgd44-cost", _LOGGD, "b44_logistic", "b44_loggd",
           "$$J(w, b) = -\\frac {1}{m} \\sum_{i=1}^m{[y^{(i)}log(f(x^{(i)})) + (1 - y^{(i)})log(1 - f(x^{(i)}))]}$$",
           ((C,),), (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                          ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=44, why="m = 1 example"),
    Public("lgd44-update-w", _LOGGD, "b44_logistic", "b44_loggd",
           "$w_j = w_j - \\alpha \\frac {1}{m} \\sum_{i=1}^m{( f(x^{(i)}) - y^{(i)})x_j^{(i)}}$", ((C,),),
           (Twin("update", "W1[0,{k}]", (f"W1[0,{{k}}] - eta*{_LD}*x[{{k}}]",), _K2),), batch=44),
    Public("lgd44-model", _LOGGD, "b44_logistic", "b44_loggd", "$$f(x) = \\frac{1}{1+e^{-(w \\cdot x +b)}}$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])))",)),), batch=44),
    # ---- the single-neuron script (stored): Python with aligned "=", max(z, 0.0), a ternary, its function in
    # comments with i0w0 glued and sum(mul(i0, w0), ...) ----------------------------------------------------------
    Public("nnfs44-comment", _NNFS, "b44_nnfs", "b44_nnfs", "# y = ReLU(i0w0 + i1w1 + i2w2 + bias) or", ((C,),),
           (Twin("value", "a1[0]", ("relu(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0])",)),), batch=44),
    Public("nnfs44-comment-mul", _NNFS, "b44_nnfs", "b44_nnfs",
           "# y = ReLU(sum(mul(i0, w0), mul(i1, w1), mul(i2, w2), bias))", ((C,),),
           (Twin("value", "a1[0]", ("relu(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0])",)),), batch=44,
           why="sum(...) and mul(...) the code's operations in words"),
    Public("nnfs44-drelu", _NNFS, "b44_nnfs", "b44_nnfs", "drelu_dz = dvalue * (1.0 if z > 0 else 0.0)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*Heaviside(z1[0])",)),), batch=44,
           why="dvalue the derivative by the output, dL/dy"),
    Public("nnfs44-dw0", _NNFS, "b44_nnfs", "b44_nnfs", "drelu_dw0 = drelu_diw0 * dmul_dw0", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*Heaviside(z1[0])*x[0]",)),), batch=44),
    # ---- harveyAJ's costFunction.m: Octave with ' the transpose and trailing semicolons, inside a for loop -------
    Public("oct44-h", _OCTAVE, "b44_octave", "b44_octave", "h_theta = sigmoid(X * theta);", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])",)),), batch=44),
    Public("oct44-J", _OCTAVE, "b44_octave", "b44_octave",
           "J = -1/m * (y' * log(h_theta) + (1 - y)' * log(1 - h_theta)); ", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-1/1*(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=44),
    Public("oct44-grad", _OCTAVE, "b44_octave", "b44_octave", "  grad(j) = 1/m * (h_theta - y)' * xj;   ", ((C,),),
           (Twin("gradient", "W1[0,{j}]", (f"{_LD}*x[{{j}}]",), _J3),), batch=44,
           why="inside for j=1:n, after xj = X(:,j)"),
    # ---- Neural Smithing's section 5.2 (stored): HTML in Markdown, <i>, <sub>, <sup>, <b>SUM</b>, 𝛿 (U+1D6FF),
    # f '<sub>k</sub>, fractions as <sup>...</sup> / <sub>...</sub> over lines -------------------------------------
    Public("smith44-output", _SMITH, "b44_mlp", "b44_smithing",
           "<i>𝛿<sub>k</sub></i> = - (<i>d<sub>pk</sub></i> - <i>y<sub>pk</sub></i>) <i>f '<sub>k</sub></i>", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("-(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=44),
    Public("smith44-chain", _SMITH, "b44_mlp", "b44_smithing",
           "<i>𝛿<sub>i</sub></i> = <i><sup>∂ E<sub>p</sub></sup></i> / <i><sub>∂ a<sub>i</sub></sub></i>\n\n"
           "= <i><sup>∂ E<sub>p</sub></sup></i> / <i><sub>∂ y<sub>i</sub></sub></i> * <i><sup>∂ y<sub>i</sub></sup></i> / "
           "<i><sub>\n∂ a<sub>i</sub></sub></i>", ((C, C),),
           (Twin("gradient_z", "z1[{i}]", (_SI, _SI), _I2),), batch=44, why="i a hidden node"),
    Public("smith44-hidden", _SMITH, "b44_mlp", "b44_smithing",
           " <i>𝛿<sub>i</sub></i> = <i>f '<sub>i</sub></i> * <b>SUM</b> <i><sub>k</sub></i> [ <i>w<sub>ki</sub> "
           "𝛿<sub>k</sub></i> ]", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_SI,), _I2),), batch=44),
    Public("smith44-gradient", _SMITH, "b44_mlp", "b44_smithing",
           " <i><sup>∂ E<sub>p</sub></sup></i> / <i><sub>∂ w<sub>ij</sub></sub></i> = <i>𝛿<sub>i</sub> y<sub>j</sub></i>,",
           ((C,),), (Twin("gradient", "W1[{i},{j}]", (f"{_SI}*x[{{j}}]",), _IJ2),), batch=44,
           why="i a hidden node, j an input; the sentence's comma after it"),
    # ---- the Chinese article (stored): $$ on lines of their own between Chinese sentences; y the output in its
    # model (4.1.1) and the label in its derivation (4.2.1), where dL/dW and dL/db lose the sign and sigma' -------
    Public("zen44-model", _ZEN, "b44_zen", "b44_zen_model", "$$\ny = \\sigma(Wx + b)\n$$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}])",), _J2),),
           batch=44, why="y the output in 4.1.1, sigma the activation"),
    Public("zen44-loss", _ZEN, "b44_zen", "b44_zen",
           "$$\nL(y, \\hat{y}) = \\frac{1}{2}\\sum_{i=1}^{n}(y_i - \\hat{y}_i)^2\n$$", ((C,),),
           (Twin("value", "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2",
                 ("((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2",)),),
           batch=44, why="n the outputs"),
    Public("zen44-dW-slip", _ZEN, "b44_zen", "b44_zen", "$$\n\\frac{\\partial L}{\\partial W} = (y - \\hat{y})x^T\n$$",
           ((W,),), (Twin("gradient", "W1[{j},{k}]", ("(y[{j}] - a1[{j}])*x[{k}]",), _JK23),), batch=44,
           why="dL/dW is ((y-hat - y) * sigma'(z)) x^T: the sign lost and the sigmoid's derivative left out"),
    Public("zen44-db-slip", _ZEN, "b44_zen", "b44_zen", "$$\n\\frac{\\partial L}{\\partial b} = y - \\hat{y}\n$$",
           ((W,),), (Twin("gradient", "b1[{j}]", ("y[{j}] - a1[{j}]",), _J2),), batch=44,
           why="dL/db is (y-hat - y) * sigma'(z): the sign lost and sigma' left out"),
]
