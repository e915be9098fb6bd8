r"""Batch 127 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the emphasis: English teaching material from sites and authors no
batch used; the pages corpus largely used by earlier batches, so most come from GitHub threads of course and book
repositories and from the repositories the pages corpus names): six GitHub threads, janchorowski/nn_assignments#21 (a
Polish course's softmax assignment: the line `dLdTheta = np.dot(X, dLdA.T)` in backticks and the maintainer's
plain-text derivation, O = Theta^T X, dL/dA = dO/dA dL/dO), rasbt/python-machine-learning-book-2nd-edition#94
(Raschka's chapter 12 gradients \Delta^{(h)} = (A^{(in)})^T\delta^{(h)}) and #54 (its sigma_out and the issue's
squared-error proposal), llSourcell/recurrent_neural_net_demo#2 (LaTeX rendered from image addresses, decoded:
\Delta W = \alpha (y - layer\_2)sigmoid\_output\_to\_derivative(...)), dragen1860/Deep-Learning-with-TensorFlow-book#134
(the book's numpy layer code, layer.weights += layer.delta * o_i.T * learning_rate) and Doraemonzzz/Learning-from-data#9
(Learning from Data's \delta^{(i)} = \theta'(s^{(i)}) \otimes \left[W^{(i+1)}\delta^{(i+1)}\right]); Microsoft's
AI-For-Beginners OwnFramework notebook (stored file 58912928977: an update display, a backward display written with
its own \def macros \zz and \L, \color{red}{...} around a chain's factors, the Linear class's NumPy lines); a
README's Markdown test of WildML's equations (stored file 32575329991: an aligned display, & \delta_3 = y - \hat{y}
\\); mattiacurri's notes on neural networks (a_j = \sum_i w_{ji}\, z_i + b_j, its $ lost in the stored page); and
DeLucca990's Neural-Networks-Classes exercise "Manual Calculation of MLP Steps" (a worked example with numbers:
$$ lines of their own, \boxed results, products by juxtaposed parentheses 0.3(0.5)). Copied verbatim, typos and
mistakes included (the stored notebook's JSON decoded; the image addresses' LaTeX decoded from their %-escapes), each
with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what
the product documents: row vectors named with .T, NumPy's x W input-first weights "W_{1}" = "W1[:, :].T", the code
deltas that are -dE/dz written "-delta2[:]", a helper "sigmoid' at output" where it computes x (1 - x) of what it is
given, a page's \sigma used both as the softmax and as its output given two notations, one for the forward bullets
and one for the derivative display), a network of the kind the page describes (with the page's numbers where it
gives them: DeLucca990's weights, biases, input, target and rate 0.1; the notebook's learning rate 0.1; all in
tests/public_formulas_batch127_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A delta (sigma_out, layer.delta, \delta_3), an error
(layer.error = y - output), a derivative by a non-parameter (dL/dA, \frac{\partial L}{\partial u^{(2)}}), a loss's
definition (C = 1/2 (y - layer_2)^2, L = \frac{1}{N}(y-\hat y)^2) and a forward line are twinned as values, as in
batches 14 to 116. Formulas keep their page's delimiters and what surrounds them on their line (a line's
indentation, a bullet's *, a display's & and \\, a remark after <--); what was left out is said in the entry's why
and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 127

The batch: 43 formulas from 10 addresses (janchorowski's thread 7, Raschka's #94 2 and #54 2, llSourcell's thread
3, dragen1860's thread 3, Doraemonzzz's thread 1, the OwnFramework notebook 8, the README 6, mattiacurri's notes 2,
DeLucca990's exercise 9). 29 are LaTeX or Markdown math (the README's 6, the notebook's 6, DeLucca990's 9,
mattiacurri's 2, Raschka's #94 2, llSourcell's 3, Doraemonzzz's 1), 9 are code lines (janchorowski's 2 in backticks,
#54's 2, dragen1860's 3, the notebook's 2) and 5 are the plain-text lines of janchorowski's derivation.

5 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- janchorowski's jc-o, O = Theta^T X: O is the softmax's output (the next line, O=SoftMax(A)), Theta^T X its input A;
  the maintainer's slip, written again in the remark of jc-dldt, dL/dTheta = np.dot(X, dL/dA.T) <-- ... liczymy
  pochodna po O = Theta^T X ... (its gradient right, the remark's O = Theta^T X wrong);
- Raschka's rs-prop, sigma_out = np.multiply(-(y_train_enc[batch_idx] - a_out), sigmoid_derivative_out): the squared
  error's output delta (the blog the issue cites) where the book's cost is the logistic one, whose delta is a_out - y
  (the maintainer's answer);
- llSourcell's ls-dw, \Delta W = \alpha (y - layer\_2)sigmoid\_output\_to\_derivative(np.dot(layer\_1,synapse\_1)):
  the demo's sigmoid_output_to_derivative(x) = x (1 - x) takes the output, here given the sum, and the change of
  synapse_1 has no layer_1 factor;
- the README's tm-d3, & \delta_3 = y - \hat{y} \\: the lines below use delta_3 as dL/dz_2 (their gradients carry no
  minus), so y - y_hat is its negative (dennybritz/nn-from-scratch#11's slip, copied into this README);
- mistyped (unreadable): janchorowski's jc-dldo, dL/dO = 1/N d xentropy(),Y)/O  <-- tu dzielimy przez N: an empty
  call and a parenthesis too many (unreadable="xentropy()");
- mistyped (unreadable): llSourcell's ls-dw0, the code's line as the issue renders it, \Delta W = \alpha (y -
  layer\_2)sigmoid\_output\_to\_derivative(layer\_2)): a closing parenthesis too many (unreadable="layer\_2))").

Not mistaken, though they look it: janchorowski's proposal `dLdTheta = np.dot(X, dLdA.T) / num_samples` (the
maintainer's dLdA is already divided by N, so the proposal divides twice where N > 1; one sample, num_samples = 1,
cannot show it: called right as the twin has it, and said so); dragen1860's layer.error = y - output and the +=
update, which the issue calls a sign slip (the book's delta is -dE/dz, the update adds it: the step of gradient
descent); the \def display of the notebook (its macros are the page's own LaTeX); DeLucca990's numbers (each
right to the digits written).

What was left out: Raschka's book lines the issue quotes as wrong, \Delta^{(h)} = \Delta^{(h)} + (A^{(in)})^T
\delta^{(h)} (running sums, as earlier batches left them), its \lambda^{(l)} remark and its prose fixes; #54's
comment lines and the maintainer's answer in prose; llSourcell's code link; janchorowski's Loss = 1/N * xentropy(O, Y)
(a helper xentropy no notation can give a meaning without naming the loss twice); the notebook's \Delta p, \Delta z,
\Delta W bullets (changes multiplied by the obtained loss \Delta\mathcal{L}, which PR #747 later removed: no quantity
of symbols.md is a change of p by the loss), its \Delta x &= \Delta z \times W display (its z = x\times W+b has W
nin x nout while the code's W is nout x nin: no one notation gives both lines their meaning), its forward z_1 and f
bullets, its db, self.b and Softmax/CrossEntropyLoss backward lines (beyond the 8 of a page); DeLucca990's h^{(1)}
display (a \Rightarrow chain of two entries; the page's 9 are enough), its 1-\hat y^2 number line and the summary
numbers of its activity page (Portuguese, another file); mattiacurri's prose. Pages read and not taken: educative's
"The Error Slope between the Input and Hidden Layers" (Rashid's \frac{\partial E}{\partial w_{ij}} = -(e_j)\cdot
\text{sigmoid}(...), whose e_j has no output slope, a real slip: but public_formulas.ENTRIES already holds that page,
educative-hidden-slope, which used_urls.txt did not list; found by the held-out test, and dropped), dennybritz's
nn-from-scratch PR #3 (its fix is prose; the equations are those of issue #11, used), the microsoft PR #747 (its
diff truncated in the store; the notebook cited instead), udacity's deep-learning-v2-pytorch PR #105 (a bare
expression w + a * (y - output) * x), stevenmiller888/mind#49 (one line through helpers whose shapes the issue does
not fix), primelearnpoint's 2x2 numerical (its lines stored without their left sides), and many pages and threads
earlier batches held (the pages corpus's worked examples, Grokking, scratch_mlp, cs231n, Nielsen's threads).

Collected on 2026-12-07 (03:18 to 03:27 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, with each network of the batch it serves) before the run, without judging
a formula: 12 of the 13 loaded as first written; llSourcell's was refused by the loader once, for the format, not a
meaning: functions."sigmoid\_output\_to\_derivative" ("is not an element-wise activation's derivative and where it is
taken; write "relu' at output" for a word naming a derivative"), the name written as the issue's LaTeX escapes it; it
names the helper by its code word sigmoid_output_to_derivative instead. dragen1860's was revised once after the oracle's
first run, before the commit and before check ran: its arrays named as rows (NumPy's 1-D arrays broadcast so, and
layer.delta * o_i.T is their outer product only so), where it first named them columns. The oracle's first run passed every verdict
as first transcribed but one member's own arithmetic, DeLucca990's =tanh(0.3852366782), which the number oracle
evaluates with NumPy's names (=np.tanh(...)); the educative entry was dropped after the first run (above).

Run blind at main f587ec1 (/work/READY_FOR_BLIND50; src/ as at 7278fb0, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch127_blind.txt): 33 of 43 read with every
verdict right (77%), 8 refused, 2 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number, none names a quantity
the page does not mean: the sizes the reader objects to are the pages' own, NumPy's broadcasting and WildML's \circ
before a product, and the notebook's step letter i is the page's), so the batch was run once.

Of the 5 mistaken formulas, 3 were read with their wrong member called wrong (jc-o, O = Theta^T X; rs-prop, the
squared error's delta for the logistic cost; tm-d3, \delta_3 = y - \hat{y}); the other two were refused, jc-dldt at
its Polish remark and ls-dw at its sizes (below), neither called correct. By page: janchorowski's thread 5 of 7 (and
its typo refused), Raschka's #94 2 of 2 and #54 2 of 2, llSourcell's thread 1 of 3 (and its typo refused),
dragen1860's thread 2 of 3, Doraemonzzz's thread 1 of 1, the OwnFramework notebook 4 of 8, the README 5 of 6,
mattiacurri's notes 2 of 2, DeLucca990's exercise 9 of 9.

The refusals by construct (8, and the typos'), with the exact message:

- 2, an update whose step superscript is a letter the notation does not name, W^{(i+1)}&=W^{(i)}-\eta... (the
  notebook's i, the gradient-descent step): g7-ms-uw: "formula 'W^{(i+1)} =W^{(i)}-\\eta\\frac{\\partial\\mathcal{L}}
  {\\partia...': unknown symbol i; the notation knows W, b, dW, db, dz, p, self.W, self.b; give it a meaning in the
  notation's [notation.symbols], e.g. "i" = "a1[0]"" (g7-ms-ub the same at b^{(i+1)}; docs/notation.md says W^{(t+1)}
  stays the new value of an update where t is no placeholder, and i is none in this notation);
- 1, a display written with its own \def macros (\def\zz#1#2{\frac{\partial#1}{\partial#2}}), expanded with the
  argument glued to \partial: g7-ms-zz: "formula '\\frac{\\partial\\mathcal{L}}{\\partialW} = \\frac{\\partial\\ma...':
  the denominator of a partial derivative starts with \partial, and \frac{\partial\mathcal{L}}{\partialW}'s
  (\partialW) has none at '\\frac' (position 1); write \frac{\partial\mathcal{L}}{\partial \partialW}" (TeX ends a
  control word at the W; the expansion should keep \partial W);
- 1, a chain of vector derivatives (Jacobians) for a matrix's gradient, \color{red}{...} around its first factors:
  g7-ms-dw1: "formula '\\frac{\\partial\\mathcal{L}}{\\partial W_1} = {\\frac{\\partia...': \frac{\partial
  z_{2}}{\partial \alpha} differentiates a vector of 2 entries by a vector of 3 (a Jacobian): a matrix, or its
  transpose, as the page's layout has it, so a chain of such factors reads two ways; write one entry, or the chain
  for one entry (\frac{\partial L}{\partial W_{ji}} = ...)" (its W_2 twin, whose chain ends in \partial W_2, was read);
- 1, a Hadamard \circ before an implicit matrix product, (1 - \tanh^2z_1) \circ \delta_3W_2^T, grouped as ((1 -
  tanh^2 z_1) \circ \delta_3) W_2^T: g7-tm-d2: "formula '\\delta_2 = (1 - \\tanh^2z_1) \\circ \\delta_3W_2^T':
  multiplies a 1 x 3 by a 1 x 2, whose sizes do not fit; write the factors so that the first has as many columns as
  the second has rows; two vectors' outer product has the second transposed, u v^T, whatever sign joins them" (the
  product \delta_3W_2^T, 1 x 2 by 2 x 3, fits, and is what WildML means);
- 1, NumPy's * between a row and a column (a broadcast outer product): g7-dg-w: "formula 'layer.weights +=
  layer.delta * o_i^T * learning_rate': multiplies a 1 x 2 by a 3 x 1, whose sizes do not fit; write the factors so
  that the first has as many columns as the second has rows";
- 1, a scalar expression for a matrix's change (the page's slip: no layer_1 factor): g7-ls-dw: "'\\alpha (y -
  layer_2)sigmoid_output_to_derivative(np.dot(layer_1,synapse_1))' is 1 x 1 where the left side is 3 x 1" (refused
  where it is wrong; not called correct);
- 1, a code line followed by a remark in Polish holding a formula of its own (O = Theta^T X): g7-jc-dldt: "formula
  'po podzielilismy powyzej. To ma o tyle sens, ze w tej lin...': unexpected at '.' (position 25)" (the line's first
  formula, after <--, and its second, in the prose, not told apart);
- the typos: g7-jc-dldo, "formula 'dL/dO = 1/N d xentropy(),Y)/O': unexpected at ')' (position 24)" (naming it);
  g7-ls-dw0, "formula '\\Delta W = \\alpha (y - layer_2)sigmoid_output_to_derivati...': unexpected at ')' (position
  69)" (at the parenthesis too many; blind_batch.py reports it as not naming 'layer\_2))', the message quoting the
  formula with its escaped underscores read as layer_2).

Read, among the constructs these pages brought: a line in backticks, three spaces in, with NumPy's np.dot of a
column matrix and a transpose (dLdTheta = np.dot(X, dLdA.T)) and the proposal's / num_samples; plain-text chains
dL/dA = dO/dA dL/dO; O = Theta^T X called wrong; Raschka's \Delta^{(h)} = (A^{(in)})^T\delta^{(h)} with rows;
sigma_out with np.multiply and a named slope, called wrong; LaTeX with escaped underscores (layer\_2) and a cost C
read as a value; a book's layer.error = y - output and layer.delta with a dotted helper; Learning from Data's rule
over the layer letter i with \theta' and \otimes; the notebook's NumPy lines (dz.T, self.x, self.W -= lr*self.dW),
a Markdown bullet * $z_2 = W_2\times\alpha(z_1)+b_2$ and the W_2 chain with \color; an aligned display's & ... \\
lines with \frac{\partial{L}}{\partial{W_2}}, \delta_3 = y - \hat{y} called wrong; a sum with \, and unlayered
a_j, z_j in two notations; DeLucca990's $$ lines with \boxed results, products of juxtaposed parentheses 0.3(0.5),
\hat y without braces, a loss's definition then \Rightarrow its derivative in one display.

Which look general (would appear in much homework): a gradient-descent step superscript W^{(i+1)} on a letter that
is a common index letter; NumPy's * of a row and a column as broadcasting (the outer product code writes so often);
a chain of Jacobians for a matrix's gradient; a Hadamard \circ followed by an implicit product (WildML's equations,
copied widely); a code line's trailing remark holding prose. Page-specific: the notebook's \def macros (rare in
homework), llSourcell's scalar change (the page's slip, refused where it might have been judged wrong).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch127_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JC = "https://github.com/janchorowski/nn_assignments/pull/21"
_RB = "https://github.com/rasbt/python-machine-learning-book-2nd-edition/issues/94"
_RS = "https://github.com/rasbt/python-machine-learning-book-2nd-edition/issues/54"
_LS = "https://github.com/llSourcell/recurrent_neural_net_demo/issues/2"
_DG = "https://github.com/dragen1860/Deep-Learning-with-TensorFlow-book/issues/134"
_LF = "https://github.com/Doraemonzzz/Learning-from-data/issues/9"
_MS = ("https://github.com/microsoft/AI-For-Beginners (lessons/3-NeuralNetworks/04-OwnFramework/OwnFramework.ipynb, "
       "the code corpus's stored file 58912928977)")
_TM = _STORED.format(32575329991, "# The-Theoretical-Minimum",
                     "a README's Markdown test: WildML's backpropagation equations in an aligned $$ display")
_MC = "https://mattiacurri.github.io/ML/Neural%20Network.html"
_DL = "https://github.com/DeLucca990/Neural-Networks-Classes"


def _rule(**sizes) -> tuple:
    """Every combination of the letters' values, each letter from 0 to its size - 1."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)


# janchorowski's softmax regression (3 features, 3 classes, no bias): dL/dA = O - Y
_JC_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_JC_G = "(a1[{k}] - t[{k}])*x[{i}]"
# Raschka's 2-3-2 sigmoid network under the logistic cost: dJ/dz_out, dJ/dz_h
_RB_D1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"
# a 2-3-2 sigmoid network under half the squared error: dE/dz2
_HD2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# the softmax-cross-entropy networks: a 2-3-2 tanh-softmax one's hidden error term
_TS_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*(1 - a1[{j}]**2)"


# Learning from Data's 2-2-2-1 network (tanh, tanh, identity; e = (x3 - y)^2): delta^(i) for i = 1, 2
def _lf_rows() -> tuple:
    d2 = [f"2*(a3[0] - y[0])*W3[0,{j}]*(1 - a2[{j}]**2)" for j in range(2)]
    d1 = [f"(W2[0,{m}]*{d2[0]} + W2[1,{m}]*{d2[1]})*(1 - a1[{m}]**2)" for m in range(2)]
    return tuple({"i": 1, "t": d1[m], "m": d1[m]} for m in range(2)) + \
        tuple({"i": 2, "t": d2[j], "m": d2[j]} for j in range(2))


_MC_A = tuple({"j": j + 1, "t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]"}
              for j in range(3))
_MC_Z = tuple({"j": j + 1, "t": f"a1[{j}]", "m": f"sigmoid(z1[{j}])"} for j in range(3))

# DeLucca990's 2-2-1 tanh network: dL/dy_hat and dL/du
_DL_DY = "2*(a2[0] - y[0])"
_DL_DU = "2*(a2[0] - y[0])*(1 - a2[0]**2)"


ENTRIES = [
    # ---- janchorowski/nn_assignments#21 (Polish): the assignment's line in backticks, three spaces in, as the
    # issue quotes it and as it proposes it; the maintainer's plain-text derivation --------------------------------
    Public("g7-jc-code", _JC, "b127_jc", "b127_jc", "   `dLdTheta = np.dot(X, dLdA.T)`", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", (_JC_G,), _rule(i=3, k=3)),), batch=127,
           why="X the features x samples matrix (one column), dLdA the classes x samples dL/dA: their product "
               "dL/dTheta (Theta features x classes)"),
    Public("g7-jc-fix", _JC, "b127_jc", "b127_jc", "   `dLdTheta = np.dot(X, dLdA.T) / num_samples`", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", (f"{_JC_G}/1",), _rule(i=3, k=3)),), batch=127,
           why="one sample: num_samples = 1 (the maintainer's dLdA is already divided by N, so the proposal divides "
               "twice where N > 1, which one sample cannot show)"),
    Public("g7-jc-o", _JC, "b127_jc", "b127_jc", "O = Theta^T X", ((W,),),
           (Twin("value", "a1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + W1[{k},2]*x[2]",), _rule(k=3)),),
           batch=127, why="O, the softmax's output (the next line's O = SoftMax(A)), where A = Theta^T X was meant"),
    Public("g7-jc-sm", _JC, "b127_jc", "b127_jc", "O=SoftMax(A)", ((C,),),
           (Twin("value", "a1[{k}]", (f"exp(z1[{{k}}])/{_JC_S}",), _rule(k=3)),), batch=127),
    Public("g7-jc-dldo", _JC, "b127_jc", "b127_jc", "dL/dO = 1/N d xentropy(),Y)/O  <-- tu dzielimy przez N",
           unreadable="xentropy()", batch=127,
           why="xentropy(),Y): an empty call and an unbalanced parenthesis where d xentropy(O,Y)/dO was meant"),
    Public("g7-jc-dlda", _JC, "b127_jc", "b127_jc", "dL/dA = dO/dA dL/dO", ((C,),),
           (Twin("value", "a1[{k}] - t[{k}]", ("a1[{k}] - t[{k}]",), _rule(k=3)),), batch=127,
           why="the Jacobian dO/dA times the column dL/dO: dL/dA = O - Y, a value"),
    Public("g7-jc-dldt", _JC, "b127_jc", "b127_jc",
           "dL/dTheta = np.dot(X, dL/dA.T) <-- tu juz nie musimy dzielić przez N, po podzielilismy powyzej. To ma o "
           "tyle sens, ze w tej linijce liczymy pochodna po O = Theta^T X i tu nie ma dzielenia przez N.",
           ((C,), (W,)),
           (Twin("gradient", "W1[{k},{i}]", (_JC_G,), _rule(i=3, k=3)),
            Twin("value", "a1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + W1[{k},2]*x[2]",), _rule(k=3))),
           batch=127, why="the remark's O = Theta^T X again names the softmax's output where its input A was meant"),
    # ---- Raschka's chapter 12 (rasbt/python-machine-learning-book-2nd-edition#94): the corrected gradients the
    # issue proposes (the book's \Delta^{(h)} = \Delta^{(h)} + ... accumulations left out) ----------------------------
    Public("g7-rb-dh", _RB, "b127_rb", "b127_rb", r"\Delta^{(h)} = (A^{(in)})^T\delta^{(h)}", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_RB_D1}*x[{{i}}]",), _rule(i=2, j=3)),), batch=127,
           why="the issue's text, its quotes left out; W^(h) input-first, so (A^(in))^T delta^(h) is dJ/dW^(h)"),
    Public("g7-rb-do", _RB, "b127_rb", "b127_rb", r"\Delta^{(out)} = (A^{(h)})^T\delta^{(out)}", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a1[{j}]",), _rule(j=3, k=2)),), batch=127),
    # ---- the same book's code (#54): the notebook's line and the proposal, each in a ``` block ---------------
    Public("g7-rs-out", _RS, "b127_rb", "b127_rs", "sigma_out = a_out - y_train_enc[batch_idx]", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _rule(k=2)),), batch=127,
           why="the logistic cost after sigmoid outputs: dJ/dz_out = a_out - y"),
    Public("g7-rs-prop", _RS, "b127_rb", "b127_rs",
           "sigma_out = np.multiply(-(y_train_enc[batch_idx] - a_out), sigmoid_derivative_out)", ((W,),),
           (Twin("value", "a2[{k}] - y[{k}]", (_HD2,), _rule(k=2)),), batch=127,
           why="the squared error's output delta (the blog the issue cites) where the book's cost is the logistic "
               "one, as the maintainer answers"),
    # ---- llSourcell/recurrent_neural_net_demo#2: formulas rendered from LaTeX in image addresses (decoded) ----------
    Public("g7-ls-c", _LS, "b127_ls", "b127_ls", r"C =  \frac{1}{2} (y - layer\_2)^2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=127,
           why="the cost as the issue writes it, two spaces after =, layer\\_2 an escaped underscore"),
    Public("g7-ls-dw", _LS, "b127_ls", "b127_ls",
           r"\Delta W = \alpha (y - layer\_2)sigmoid\_output\_to\_derivative(np.dot(layer\_1,synapse\_1))", ((W,),),
           (Twin("value", f"-eta*{_HD2.format(k=0)}*a1[{{j}}]",
                 ("eta*(y[0] - a2[0])*z2[0]*(1 - z2[0])",), _rule(j=3)),), batch=127,
           why="the issue's proposal: sigmoid_output_to_derivative(x) = x (1 - x) expects the output, here given the "
               "sum np.dot(layer_1, synapse_1); and no layer_1 factor for the change of synapse_1"),
    Public("g7-ls-dw0", _LS, "b127_ls", "b127_ls",
           r"\Delta W = \alpha (y - layer\_2)sigmoid\_output\_to\_derivative(layer\_2))", unreadable="layer\\_2))",
           batch=127, why="the code's line as the issue renders it, a closing parenthesis too many"),
    # ---- dragen1860/Deep-Learning-with-TensorFlow-book#134 (Chinese): the book's code in ```python blocks ----------
    Public("g7-dg-w", _DG, "b127_dg", "b127_dg", "layer.weights += layer.delta * o_i.T * learning_rate", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_HD2}*a1[{{j}}]",), _rule(j=3, k=2)),),
           batch=127, why="+= with the book's delta (-dE/dz: error = y - output), the column o_i.T times the row delta"),
    Public("g7-dg-err", _DG, "b127_dg", "b127_dg", "    layer.error = y - output", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _rule(k=2)),), batch=127,
           why="the output layer's error as the book defines it (the issue's claim that output - y is meant is the "
               "other sign convention, with -= in the update)"),
    Public("g7-dg-delta", _DG, "b127_dg", "b127_dg",
           "    layer.delta = layer.error *layer.apply_activation_derivative(output)", ((C,),),
           (Twin("value", f"-{_HD2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _rule(k=2)),), batch=127),
    # ---- Doraemonzzz/Learning-from-data#9: the issue's $...$ -------------------------------------------------------
    Public("g7-lf-d", _LF, "b127_lf", "b127_lf",
           r"$\delta^{(i)} = \theta'(s^{(i)}) \otimes \left[W^{(i+1)}\delta^{(i+1)}\right]$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _lf_rows()),), batch=127,
           why="the rule for the hidden layers i = 1, 2 (the issue's 'for i=0,1' counts them from 0; layer 0 is the "
               "input in the book)"),
    # ---- Microsoft's AI-For-Beginners OwnFramework notebook: the update display's lines (a space in), the
    # backward display with \def macros, the Linear class's lines (eight spaces in), the two-layer model ------------
    Public("g7-ms-uw", _MS, "b127_ms", "b127_ms",
           r" W^{(i+1)}&=W^{(i)}-\eta\frac{\partial\mathcal{L}}{\partial W}\\", ((C,),),
           (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*(a1[{k}] - t[{k}])*x[{i}]",), _rule(i=2, k=2)),),
           batch=127, why="W^{(i+1)}, W^{(i)} the weights at steps i + 1 and i"),
    Public("g7-ms-ub", _MS, "b127_ms", "b127_ms",
           r" b^{(i+1)}&=b^{(i)}-\eta\frac{\partial\mathcal{L}}{\partial b}", ((C,),),
           (Twin("update", "b1[{k}]", ("b1[{k}] - eta*(a1[{k}] - t[{k}])",), _rule(k=2)),), batch=127),
    Public("g7-ms-zz", _MS, "b127_ms", "b127_ms",
           "$$\\def\\L{\\mathcal{L}}\\def\\zz#1#2{\\frac{\\partial#1}{\\partial#2}}\n\\begin{align}\n"
           "\\zz{\\L}{W} =& \\zz{\\L}{p}\\zz{p}{z}\\zz{z}{W}\\cr\n\\zz{\\L}{b} =& \\zz{\\L}{p}\\zz{p}{z}\\zz{z}{b}\n"
           "\\end{align}\n$$", ((C,), (C,)),
           (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - t[{k}])*x[{i}]",), _rule(i=2, k=2)),
            Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _rule(k=2))), batch=127,
           why="the display's own macros, \\zz{a}{b} for \\frac{\\partial a}{\\partial b} and \\L for the loss"),
    Public("g7-ms-dw", _MS, "b127_ms", "b127_ms", "        dW = np.dot(dz.T, self.x)", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - t[{k}])*x[{i}]",), _rule(i=2, k=2)),), batch=127,
           why="dz the row dL/dz (a minibatch of one), self.W nout x nin: dz.T self.x is dL/dW"),
    Public("g7-ms-sw", _MS, "b127_ms", "b127_ms", "        self.W -= lr*self.dW", ((C,),),
           (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*(a1[{k}] - t[{k}])*x[{i}]",), _rule(i=2, k=2)),),
           batch=127),
    Public("g7-ms-z2", _MS, "b127_ms2", "b127_ms2", r"* $z_2 = W_2\times\alpha(z_1)+b_2$", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",),
                 _rule(k=2)),), batch=127, why="a Markdown bullet; alpha the activation (tanh), W_2 nout x nin"),
    Public("g7-ms-dw2", _MS, "b127_ms2", "b127_ms2d",
           r"\frac{\partial\mathcal{L}}{\partial W_2} &= \color{red}{\frac{\partial\mathcal{L}}{\partial\sigma}"
           r"\frac{\partial\sigma}{\partial z_2}}\color{black}{\frac{\partial z_2}{\partial W_2}} \\", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _rule(j=3, k=2)),), batch=127,
           why="\\color{red}{...} and \\color{black}{...} around the chain's factors; sigma the softmax's output"),
    Public("g7-ms-dw1", _MS, "b127_ms2", "b127_ms2d",
           r"\frac{\partial\mathcal{L}}{\partial W_1} &= \color{red}{\frac{\partial\mathcal{L}}{\partial\sigma}"
           r"\frac{\partial\sigma}{\partial z_2}}\color{black}{\frac{\partial z_2}{\partial\alpha}"
           r"\frac{\partial\alpha}{\partial z_1}\frac{\partial z_1}{\partial W_1}}", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_TS_D1}*x[{{i}}]",), _rule(i=2, j=3)),), batch=127),
    # ---- The-Theoretical-Minimum's README: WildML's aligned display, a line each (& ... \\) ------------------------
    Public("g7-tm-d3", _TM, "b127_tm", "b127_tm", r"& \delta_3 = y - \hat{y} \\", ((W,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("t[{k}] - a2[{k}]",), _rule(k=2)),), batch=127,
           why="delta_3 the output error term the lines below use as dL/dz_2 (their gradients have no minus): y - "
               "y_hat is its negative (the slip of dennybritz/nn-from-scratch#11, copied here)"),
    Public("g7-tm-d2", _TM, "b127_tm", "b127_tm", r"& \delta_2 = (1 - \tanh^2z_1) \circ \delta_3W_2^T \\", ((C,),),
           (Twin("value", _TS_D1, (_TS_D1,), _rule(j=3)),), batch=127),
    Public("g7-tm-w2", _TM, "b127_tm", "b127_tm", r"& \frac{\partial{L}}{\partial{W_2}} = a_1^T \delta_3  \\",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _rule(j=3, k=2)),),
           batch=127, why="two spaces before the line's \\\\"),
    Public("g7-tm-b2", _TM, "b127_tm", "b127_tm", r"& \frac{\partial{L}}{\partial{b_2}} = \delta_3\\", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _rule(k=2)),), batch=127),
    Public("g7-tm-w1", _TM, "b127_tm", "b127_tm", r"& \frac{\partial{L}}{\partial{W_1}} = x^T \delta_2\\", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_TS_D1}*x[{{i}}]",), _rule(i=2, j=3)),), batch=127),
    Public("g7-tm-b1", _TM, "b127_tm", "b127_tm", r"& \frac{\partial{L}}{\partial{b_1}} = \delta_2 \\", ((C,),),
           (Twin("gradient", "b1[{j}]", (_TS_D1,), _rule(j=3)),), batch=127),
    # ---- mattiacurri's notes: formulas whose $ the stored page lost ------------------------------------------------
    Public("g7-mc-a", _MC, "b127_mc", "b127_mc", r"a_j = \sum_i w_{ji}\, z_i + b_j", ((C,),),
           (Twin("value", "{t}", ("{m}",), _MC_A),), batch=127,
           why="the sentence's formula (the page's text around it left out), \\, a thin space"),
    Public("g7-mc-z", _MC, "b127_mc", "b127_mch", r"z_j = h(a_j)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _MC_Z),), batch=127),
    # ---- DeLucca990's exercise (Markdown, $$ on lines of their own, \boxed results, * bullets) ---------------------
    Public("g7-dl-z", _DL, "b127_dl", "b127_dl",
           "$$\n\\mathbf{z}^{(1)}=\\mathbf{W}^{(1)}\\mathbf{x}+\\mathbf{b}^{(1)}\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _rule(j=2)),), batch=127),
    Public("g7-dl-z1", _DL, "b127_dl", "b127_dl",
           r"* $z^{(1)}_1 = 0.3(0.5)+(-0.1)(-0.2)+0.1 = 0.1500+0.0200+0.1000 = \boxed{0.270000}$", ((C, C, C),),
           (Twin("value", "z1[0]", ("=0.3*0.5+(-0.1)*(-0.2)+0.1", "=0.1500+0.0200+0.1000", "=0.270000")),),
           batch=127, why="products written by juxtaposed parentheses, 0.3(0.5)"),
    Public("g7-dl-z2", _DL, "b127_dl", "b127_dl",
           r"* $z^{(1)}_2 = 0.2(0.5)+0.4(-0.2)-0.2 = 0.1000-0.0800-0.2000 = \boxed{-0.180000}$", ((C, C, C),),
           (Twin("value", "z1[1]", ("=0.2*0.5+0.4*(-0.2)-0.2", "=0.1000-0.0800-0.2000", "=-0.180000")),),
           batch=127),
    Public("g7-dl-u", _DL, "b127_dl", "b127_dl",
           "$$\nu^{(2)}=\\mathbf{W}^{(2)}\\mathbf{h}^{(1)}+b^{(2)}\n=0.5(0.2636248355)+(-0.3)(-0.1780808681)+0.2\n$$",
           ((C, C),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",
                                              "=0.5*0.2636248355+(-0.3)*(-0.1780808681)+0.2")),), batch=127),
    Public("g7-dl-yhat", _DL, "b127_dl", "b127_dl",
           "$$\n\\hat y=\\tanh(u^{(2)})=\\tanh(0.3852366782)=\\boxed{0.3672465626}\n$$", ((C, C, C),),
           (Twin("value", "a2[0]", ("tanh(z2[0])", "=np.tanh(0.3852366782)", "=0.3672465626")),), batch=127,
           why="\\hat y without braces"),
    Public("g7-dl-L", _DL, "b127_dl", "b127_dl",
           "$$\nL=\\frac{1}{N}(y-\\hat y)^2=(1-0.3672465626)^2\n=\\boxed{0.4003769125}\n$$", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2/1", "=(1-0.3672465626)**2", "=0.4003769125")),),
           batch=127, why="the loss's value, N = 1"),
    Public("g7-dl-dy", _DL, "b127_dl", "b127_dl",
           "$$\nL=(y-\\hat y)^2 \\Rightarrow \\frac{\\partial L}{\\partial \\hat y}=2(\\hat y-y)\n"
           "=2(0.3672465626-1.0)=\\boxed{-1.2655068747}\n$$", ((C,), (C, C, C)),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),
            Twin("value", _DL_DY, (_DL_DY, "=2*(0.3672465626-1.0)", "=-1.2655068747"))), batch=127,
           why="the loss's definition, then (\\Rightarrow) its derivative by the output"),
    Public("g7-dl-du", _DL, "b127_dl", "b127_dl",
           "$$\n\\frac{\\partial L}{\\partial u^{(2)}}=\\frac{\\partial L}{\\partial \\hat y}\\cdot (1-\\hat y^2)\n$$",
           ((C,),), (Twin("value", _DL_DU, (_DL_DU,)),), batch=127),
    Public("g7-dl-dun", _DL, "b127_dl", "b127_dl",
           "$$\n\\Rightarrow \\frac{\\partial L}{\\partial u^{(2)}}=(-1.2655068747)(0.8651299622)"
           "=\\boxed{-1.0948279147}\n$$", ((C, C),),
           (Twin("value", _DL_DU, ("=(-1.2655068747)*(0.8651299622)", "=-1.0948279147")),), batch=127),
]
