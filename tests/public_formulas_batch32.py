r"""Batch 32 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: a README deriving the softmax's gradient
with a worked example, two linear-regression READMEs, a derivation written for a student, a course's two exercise
solutions, a blog post's derivation, notes on a single neuron with numbers, a lesson in plain text, a blog post
deriving an MNIST network's backward pass), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch32_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down) and committed before check was. Three files are
stored in the code corpus without their repository's name; they are cited by their ids. CSC477's two solution files
are two addresses of one course. A delta dL/dz with numbers is twinned as a value, as in batches 14, 16, 18 and 20.
Formulas keep their page's delimiters and what surrounds them on their line ($...$, $$...$$, a "> " blockquote, a
Markdown bullet "* ", the four spaces that indent a solution's block under "(a)", emkays-codelabs' bare "[" and "]"
whose backslashes were lost, a code span's backticks); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 32

The batch: 55 formulas, 16 values (the softmax's probabilities and loss with numbers, forward values, 3 local
derivatives: d/dm of one point's squared error, dL/d\hat{y}_k with the other outputs held, the softmax's jacobian by
cases; 2 dL/dz written with numbers), 6 deltas (dL/dz), 19 gradients, 7 updates, and 7 blocks or lines of several
claims (CSC477's aligned block of three local derivatives, the single neuron's two gradients and two updates joined by
\quad after a \text{...} label, jordancoblin's align blocks of four forward values, four updates, four gradients
written entry by entry and four written as vectors and matrices); no entry marked unreadable. 50 are LaTeX (chicm's
"> " blockquotes, \dfrac, \displaystyle\sum_{i}, log without its backslash glued to the factor before it
(y_klog(p_k)), \dfrac{\partial}{o_k} with the denominator's \partial dropped, \Bigg( \Big(, a vector written as
\boxed{0.090}\boxed{0.245}\boxed{0.665}; rodrigoVerasIA's bullets "* $$...$$", \delta for the partial sign, the
multi-letter name errors glued after X^T (X^Terrors, -2errors), the Unicode ² and Ŷ, new_W and old_W; emkays-codelabs'
display math between a bare "[" and "]" on their own lines, \text{MSE}, \frac{\partial}{\partial m}(...)^2 as an
operator, \sum without bounds, \boxed{...} around a whole claim, m_{\text{new}}, the update written m = m + ...;
wildanjr19's dw and db, X^\top, \left( \right), \hat{y}^{(i)}; CSC477's indented $$ blocks, \begin{aligned} with three
claims, \mathcal{L} and \mathcal{E}, \frac{\partial}{\partial y} [ ... ] on a bracket, w^\top x, \sum_i, x^{(i)} and
x_j^{(i)}, the course's macros \fw and \fx; chryoung's \partial{L} in braces, \left( \frac{1}{1 + e^{-z}} \right)' for
the sigmoid's derivative; the single neuron's d for the derivative (\frac{dL}{d\hat{y}}, \frac{d(wx + b)}{db}), \cdot
between numbers in parentheses, w\_{new} with Markdown's escaped underscore, words in the math
(learning_rate(\alpha), gradient); jordancoblin's Hugo align blocks whose line ends are six backslashes (the Markdown
escape of \\), \nonumber, \label, \space, \bigl and \biggl, \underbrace{...}_{=1}, \hat{y_k} with the subscript inside
the hat, W_{j,i}^{[l]} with a comma, b_{j,i}^{[l]}, \begin{cases} with \text{if }, x^T and h^T before a row vector,
\odot), 5 plain text (the lesson's code span `z = w * x + b` and its ``` lines dL/dw = dL/da * da/dz * dz/dw, (dL/da)
* f'(z) * x).

9 are mistaken somewhere (the oracle finds at least one member wrong):

- chicm's p_j = \dfrac{e^j}{\displaystyle\sum_{i} e^i}: e^j for e^{o_j}, the exponential of the class's index (at the
  page's o = (2, 3, 4) the two agree, the softmax ignoring a shift, but not at other scores);
- chicm's L = -log(0.245) = 1.406: L is -log(0.244728) = 1.40761 (1.408); the log of p rounded to 0.245 gives 1.40650,
  two units off in the last digit (the oracle takes -log(0.245) itself as right: 0.245 is p to the digits written);
- chicm's \dfrac{\partial L}{\partial o} = \boxed{0.090}\boxed{-0.775}\boxed{0.665}: 0.245 - 1 is -0.755, written -0.775;
- rodrigoVerasIA's two lines after "$$ \implies $$", \frac{\delta MSE}{\delta W} = \frac{X^Terrors}{n} and
  \frac{\delta MSE}{\delta b} = \frac{errors}{n}: the -2 of the line before dropped (as an equality, wrong);
- wildanjr19's dw = \frac{1}{n} X^\top (\hat{y} - y) and db = \frac{1}{n} \sum (\hat{y}^{(i)} - y^{(i)}): its MSE has no
  1/2, so both lack a factor 2;
- CSC477's (-t + ty + 1 - t - y + ty) x_j, the middle member of its dL/dw_j: (1 - t) y expanded as 1 - t - y + ty
  (it is y - ty); the first and last members are right;
- jordancoblin's vectorized \frac{\partial \mathcal{L}}{\partial W^{[1]}} = x^T [...] and \frac{\partial
  \mathcal{L}}{\partial W^{[2]}} = h^T (\hat{y} - y): the transposes of the post's own W^{[1]} (n_h x n_x) and W^{[2]}
  (n_y x n_h) (its code's w1, w2 are stored transposed, which these fit); the block's bias lines are right.

Not mistaken, though they look it: rodrigoVerasIA's \frac{-2X^Terrors}{n}, right with its second part's errors =
\hat{Y} - (WX^T + b) (target minus prediction; its first part had Ŷ the predictions and errors = Ŷ - Y, where it
would be wrong: the notation follows the part the formulas come from); emkays-codelabs' m = m + \frac{2\eta}{n}\sum
..., the update with the two minus signs multiplied out; jordancoblin's b_{j,i}^{[1]}, a bias written with the
weight's two indices (the notation gives it unit j's bias).

Nothing was fixed from this batch.

Collected on 2026-12-04 and run blind once, at main 71b7995 (/work/READY_FOR_BLIND3: after the fixes from batches
17 to 30), with nothing under src/ changed. Blind, once per entry: 32 of 55 read with every verdict right (58%); 23
refused that should have been read; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 9 mistaken
formulas, 5 read with every verdict right (chicm's L = -log(0.245) = 1.406, its last member called wrong; wildanjr19's
dw and db; CSC477's middle member; jordancoblin's two transposed matrices, its bias lines right) and 4 were refused
(chicm's e^j and its \boxed vector of -0.775, rodrigoVerasIA's two lines after \implies, refused with the whole page).
By kind of claim: values 9 of 16, deltas 3 of 6, gradients 13 of 19, updates 2 of 7, blocks and lines of several
claims 5 of 7. LaTeX against plain text: the 50 in LaTeX read 27 (54%), the 5 in plain text 5 (100%). By page: chicm 3
of 8, rodrigoVerasIA 0 of 7, emkays-codelabs 5 of 7, wildanjr19 3 of 3, CSC477's exercise 4 3 of 3 and its linear
regression 2 of 3, chryoung 1 of 2, the single neuron 5 of 10, the lesson 5 of 5, jordancoblin 5 of 7. (Tabulated
from the saved output of the run, /work/batch32_blind.txt.)

How the run went, honestly: the oracle agreed with every verdict written down on its first run. Five LaTeX entries
were exchanged for the lesson's five plain-text ones before check was run (the first commit had no plain text); no
notation was changed after the run. One notation is open to question: rodrigoVerasIA's names the page's own Unicode
letter, "Ŷ" = "y[0]"; the spec lets a pattern be written in plain text and Ŷ is a letter with its hat, so it is
counted as the reader's refusal, but the reader refuses the whole notation at it, and with the pattern written
"\\hat{Y}" the page's 7 read with every verdict right (39 of 55, 71%, if the lead rules a Unicode letter outside
the spec's patterns). CSC477's "\\fw" and "\\fx^{(i)}" name the course's macros: no base the spec lists (a letter, a
Greek letter, a decorated letter, a name) is a macro, and without the patterns the formula is refused at \fw itself,
so no notation under the spec reads it (see below).

The refusals by construct (23), with the exact message, and what a one-line rewrite showed (tried afterwards, on the
same main, with the rewrite only):

- 7, rodrigoVerasIA: a notation pattern in a Unicode letter, "Ŷ" (the formulas taken do not even use it; their errors
  stands for it): "<notation file>: [notation] symbols.'Ŷ': cannot read 'Ŷ' at position 1; write the formula in LaTeX
  or plain text (+ - * / ^, \frac, \sum); write a symbol such as O_{k}^{1}" (rvlr-model, rvlr-mse, rvlr-dW-chain,
  rvlr-dW, rvlr-dW-implies, rvlr-db-implies, rvlr-W-update). Tried afterwards with "\\hat{Y}" in the notation: all 7
  read with every verdict right (the two lines after \implies called wrong);
- 3, Markdown's escaped underscore, w\_{new} and b\_{new}: "cannot read '\\' at position 2; write the formula in LaTeX or
  plain text (+ - * / ^, \frac, \sum)" (neuron-w-rule, neuron-w-numbers, neuron-b-numbers). Tried afterwards with
  w_{new}: the two with numbers read right; the rule is then refused at learning_rate(\alpha) ("unknown symbol
  learning_{r}; the notation knows \hat{y}, b, gradient, n, w, x, y; give it a meaning in the notation's
  [notation.symbols]", though the notation lists learning_rate among the learning rate's names), and with \alpha for
  learning_rate(\alpha) it reads right;
- 2, a \text{...} label with a step's number and a colon before two claims joined by \quad, \text{3. Compute Gradients:
  }: "unknown symbol 3.ComputeGradients:; the notation knows \hat{y}, b, gradient, n, w, x, y; give it the quantity of
  symbols.md it stands for in the notation's [notation.symbols] ("3.ComputeGradients:" = ...), or, where its dot is a
  product, write 3*ComputeGradients:" (neuron-step3; neuron-step4 the same with 4.UpdateParameters:). Without the
  label both read right;
- 2, \boxed{...} around a whole claim between emkays-codelabs' bare "[" and "]": "the condition cond in an indicator;
  write 1\{u > 0\}" (emk-dm-boxed, emk-c-substituted; a misleading message: nothing is an indicator, and the bare
  brackets alone read, 5 of the page's 7). Without \boxed{ } both read right;
- 2, a vector written as boxes, \boxed{0.090}\boxed{0.245}\boxed{0.665}: "'{0.090}{0.245}{0.665}' is a number where the
  left side is a vector or matrix (3 x 1); write a value for each entry, [..., ..., ...], or the claim of one entry (its
  left side with its indices)" (chicm-p-numbers; chicm-dL-do-numbers the same with {-0.775}). As [0.090, 0.245, 0.665]
  both read right (the -0.775 called wrong);
- 1, an exponent that is an index letter alone, e^j (the page's mistake for e^{o_j}): "unknown symbol j; the notation
  knows o, p, y; j is an index letter of the notation: write it as a subscript or superscript of what it indexes (W_j,
  not Wj), or give it a meaning in the notation's [notation.symbols]" (chicm-softmax: refused, not called wrong). With
  e^{o_j} and e^{o_i} it reads (and is then right, as rewritten);
- 1, log glued after a subscript, y_klog(p_k): "y_{klog} matches none of the notation's patterns for y ('y_{i}', 'y')"
  (chicm-L-k). With y_k log(p_k) it reads right;
- 1, \dfrac{\partial}{o_j} with the denominator's \partial dropped: "the denominator of a partial derivative starts
  with \partial at 'o' (position 51)" (chicm-dL-doj). With \partial o_j it is refused at k, the correct class, which
  --when "label!=j" does not name: "the index k has no value (p_{k} uses it outside a sum over k); name it on the left
  side, with --param (e.g. W2[k,i]), or i..."; with the label letter, p_y, it reads right;
- 1, a prime after a parenthesis for the sigmoid's derivative, \left( \frac{1}{1 + e^{-z}} \right)': "(1/(1 +
  exp(-z)))': a prime on a parenthesis is read as the derivative by its one variable, the x of a left side f'(x), and
  here which variable is meant is unclear; write \frac{d}{dx}(...) with the variable" (chry-dL-dz; the parenthesis has
  one variable, z). With \frac{d}{dz}\left( ... \right) it reads right, six members;
- 1, the course's macros \fw and \fx in the notation: "<notation file>: [notation] symbols.'\\fw': the command \fw is
  not part of a formula check can read at '\\fw' (position 1); write arithmetic, \frac, \sum, \sigma, \log, \exp and the
  homework's symbols; write a symbol such as O_{k}^{1}" (csc-lin-dwj). With w and x for \fw and \fx (formula and
  notation) it reads right;
- 1, "\space." at the end of the last case, before \end{cases}: "the command \end is not part of a formula check can
  read at '\\end' (position 170); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols"
  (jcob-softmax-cases; the message names \end, not \space). Without " \space." it reads right (the six backslashes
  ending the first case are not the trouble);
- 1, "\space. \label{eq:dl_dz2_final}" ending a derivation's last line: "unexpected at '.' (position 311)" (jcob-dL-dz2;
  jcob-summary's "\space." alone at a block's end reads). Without both it reads right, four members.

What the spec could not express, which a page needed: a course's LaTeX macros (\fw, \fx for {\bf w}, {\bf x}): a
pattern's base is a letter, a Greek letter, a decorated letter or a name, not a command the page defines; rodrigoVerasIA
swapping Y and Ŷ between its two parts (a notation is one per page: it follows the part the formulas come from);
chicm's k, "the index of the correct class", and jordancoblin's cases "if j = k": --when (a check option, not the
notation) says them; the single neuron's "gradient", which means dL/dw in w's rule and dL/db in b's (the notation gives
it w's; b's rule was left out), and its forward pass at the updated parameters (\hat{y} = 0.66 \cdot 2.0 + 0.18 = 1.5:
the spec's value claims are at the file's numbers, left out); value claims about derivatives of something other than
the loss (CSC477's \frac{\partial y}{\partial z}, emkays-codelabs' derivative of one point's squared error,
jordancoblin's \frac{\partial \hat{y}_k}{\partial z_j^{[2]}} and its \frac{\partial \mathcal{L}}{\partial \hat{y_k}}
with the other outputs held), which the spec's claims cover only as values. And, in the networks: chryoung's first
section takes \hat{y} = a = wx + b into the cross-entropy (a linear output the loss cannot take outside (0, 1)); its
formulas are left out and the network is its last section's a = sigma(z); chicm's scores are modelled as an
identity-weighted layer on x = o; the lesson leaves its loss open (the half squared error here); jordancoblin's network
has two units in each layer (the post's MNIST sizes would make 784 x 128 rules), square so that its transposed matrices
can be compared entry by entry.

After session 13's fixes from it (fixmarkdown, main b10c7af): 52 of 55 read with every verdict right (95%), no
wrong formula called correct. Now read: the notation key Ŷ (accented Unicode letters read as their LaTeX accents, in
notations and formulas alike: the seven rvlr entries), Markdown's \_ and \* (and learning_rate, a name the notation
lists whole), the \text{3. Compute Gradients: } labels, \boxed{...} around a claim in a bare [ ] (its misleading
indicator message replaced) and boxed numbers side by side as a vector's cells (-0.775 still called wrong), \space,
\label and a full stop ending a row, a prime on a parenthesis of one variable, y_klog. Still refused: chicm-softmax
(e^j, the page's slip), chicm-dL-doj (\dfrac{\partial}{o_j}, the page's slip), csc-lin-dwj (the course's macro \fw).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch32_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_CHICM = "https://github.com/chicm/softmax_gradient (README.md)"
_RV = "https://github.com/rodrigoVerasIA/my-linear-regression (README.md)"
_EMK = "https://github.com/emkays-codelabs/Machine-Learning (ex.md)"
_WIL = "https://github.com/wildanjr19/ml-from-scratch (Linear-Regression/readme.md)"
_CSC = "https://github.com/csc477/website_fall24 (ex/w02/questions/nn-compgraph-sol.md)"
_CSCLIN = "https://github.com/csc477/website_fall24 (ex/w02/questions/linreg-sol.md)"
_CHRY = ("the code corpus's stored file 4777466660, chryoung's post \"Deep Learning -- Math for Backpropagation\" (its"
         " repository not named by the index)")
_NEURON = ("the code corpus's stored file 45905511047, \"# A Single Neuron: The Building Block of Neural Networks\" (its"
           " repository not named by the index)")
_LESSON = ("the code corpus's stored file 17089555648, \"# Lesson 5: Calculating Gradients for a Single Neuron\" (its"
           " repository not named by the index)")
_JC = "https://github.com/jordancoblin/jordancoblin.github.io (my-website/content/posts/mnist_nn/index.md)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_LABEL_K = tuple({"k": c, "c": c} for c in range(3))
_OTHER_J = tuple({"j": j, "c": c} for c in range(3) for j in range(3) if j != c)

# chicm's softmax over o = (2, 3, 4): the cross-entropy and the sum of the exponentials
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
# the single neuron's dL/dy_hat (y_hat = z, no activation)
_N = "2*(a1[0] - y[0])"
# jordancoblin's 2-2-2 network: dL/dh_j, and dL/dz1_j
_DH = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_DZ1 = _DH + "*a1[{j}]*(1 - a1[{j}])"


def _lines(*lines: str) -> str:
    return "\n".join(lines)


ENTRIES: list[Public] = [
    # ---- chicm's README: "> " blockquotes of $$...$$, \dfrac, \displaystyle\sum_{i}, log without its backslash glued
    # to the factor before it (y_ilog), \dfrac{\partial}{o_k} without the \partial of the denominator, \Bigg( \Big(,
    # a vector of numbers written as \boxed{...}\boxed{...}; k the correct class ------------------------------------
    Public("chicm-softmax", _CHICM, "b32_chicm", "b32_chicm",
           ">  $$ p_j = \\dfrac{e^j}{\\displaystyle\\sum_{i} e^i} $$ ", ((W,),),
           (Twin("value", "a1[{j}]", ("exp({j})/(exp(0) + exp(1) + exp(2))",), _J3),), batch=32,
           why="e^j for e^{o_j}: the exponential of the class's index, not of its score (at o = (2, 3, 4) the two"
               " agree, the softmax ignoring a shift; at other scores they differ)"),
    Public("chicm-p-numbers", _CHICM, "b32_chicm", "b32_chicm",
           "> $$ p = \\boxed{0.090}\\boxed{0.245}\\boxed{0.665} $$", ((C,),),
           (Twin("value", "a1[{j}]", ("=np.array([0.090, 0.245, 0.665])",), _J3),), batch=32,
           why="softmax(2, 3, 4) = (0.0900, 0.2447, 0.6652)"),
    Public("chicm-L-k", _CHICM, "b32_chicm", "b32_chicm", "> $$ L = -y_klog(p_k) = -log(p_k)$$", ((C, C),),
           (Twin("value", _CE, ("-t[{k}]*log(a1[{k}])", "-log(a1[{k}])"), _LABEL_K, classes="label"),),
           when="label=k", batch=32, why="\"Assume the index of correct class is k\", said before: --when \"label=k\""),
    Public("chicm-L-numbers", _CHICM, "b32_chicm", "b32_chicm", "> $$ L = -log(0.245) = 1.406 $$", ((C, W),),
           (Twin("value", _CE, ("=-np.log(0.245)", "=1.406")),), batch=32,
           why="L = -log(0.244728) = 1.40761 (1.408 to three decimals); the page takes the log of p rounded to"
               " 0.245 and writes its 1.40650 as 1.406, two units off in the last digit"),
    Public("chicm-dL-doj", _CHICM, "b32_chicm", "b32_chicm",
           "> $$ \\dfrac{\\partial L}{\\partial o_j} = \\dfrac{\\partial}{o_j}(-log(p_k)) = -\\dfrac{\\partial}{o_j}"
           "(log(p_k)) = - \\dfrac{1}{p_k}\\dfrac{\\partial}{o_j}(p_k)$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}]",) * 3, _OTHER_J, classes="label"),),
           when="label!=j", batch=32,
           why="\"For incorrect class j\", said before: --when \"label!=j\"; \\dfrac{\\partial}{o_j} is the page's"
               " d/do_j, its denominator's \\partial dropped"),
    Public("chicm-dL-dok", _CHICM, "b32_chicm", "b32_chicm",
           ">$$ \\dfrac{\\partial L}{\\partial o_k} =  - \\dfrac{1}{p_k} \\Bigg( p_k - \\dfrac{(e^{o_k})^2}{\\Big("
           "{\\displaystyle\\sum_{i} e^{o_i}}\\Big)^2}\\Bigg) = - \\dfrac{1}{p_k} \\Bigg( p_k - (p_k)^2\\Bigg) = p_k - 1"
           " $$ ", ((C, C, C),),
           (Twin("gradient_z", "z1[{k}]", (f"-1/a1[{{k}}]*(a1[{{k}}] - exp(z1[{{k}}])**2/{_S}**2)",
                                           "-1/a1[{k}]*(a1[{k}] - a1[{k}]**2)", "a1[{k}] - 1"),
                 _LABEL_K, classes="label"),),
           when="label=k", batch=32, why="k the correct class: --when \"label=k\""),
    Public("chicm-dL-do", _CHICM, "b32_chicm", "b32_chicm", "> $$ \\dfrac{\\partial L}{\\partial o} = p - y $$",
           ((C,),), (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=32),
    Public("chicm-dL-do-numbers", _CHICM, "b32_chicm", "b32_chicm",
           "$$ \\dfrac{\\partial L}{\\partial o} = \\boxed{0.090}\\boxed{-0.775}\\boxed{0.665} $$", ((W,),),
           (Twin("value", "a1[{k}] - t[{k}]", ("=np.array([0.090, -0.775, 0.665])",), _K3),), batch=32,
           why="dL/do with numbers, twinned as a value: 0.245 - 1 is -0.755, written -0.775"),
    # ---- rodrigoVerasIA's README: $$...$$ in Markdown bullets, \delta for the partial sign, the multi-letter name
    # errors glued after X^T (X^Terrors), the Unicode ² and Ŷ, new_W and old_W with one-letter subscripts ------------
    Public("rvlr-model", _RV, "b32_rv", "b32_rv", "* $$ Y = WX^T + b $$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=32,
           why="the bullet's \"* \" kept; Y the prediction in this part of the page"),
    Public("rvlr-mse", _RV, "b32_rv", "b32_rv", "* $$ MSE = \\frac{errors²}{n} $$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),), batch=32),
    Public("rvlr-dW-chain", _RV, "b32_rv", "b32_rv",
           "$$ \\frac{\\delta MSE}{\\delta W} = \\frac{\\delta MSE}{\\delta errors} \\cdot \\frac{\\delta errors}"
           "{\\delta W} $$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=32),
    Public("rvlr-dW", _RV, "b32_rv", "b32_rv", "$$ \\frac{\\delta MSE}{\\delta W} = \\frac{-2X^Terrors}{n} $$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - a1[0])",)),), batch=32,
           why="errors = \\hat{Y} - (WX^T + b), the target minus the prediction"),
    Public("rvlr-dW-implies", _RV, "b32_rv", "b32_rv", "$$ \\frac{\\delta MSE}{\\delta W} = \\frac{X^Terrors}{n}$$",
           ((W,),), (Twin("gradient", "W1[0,0]", ("x[0]*(y[0] - a1[0])",)),), batch=32,
           why="the line after \"$$ \\implies $$\": the -2 dropped, sign and factor, as an equality it is wrong"),
    Public("rvlr-db-implies", _RV, "b32_rv", "b32_rv", "$$ \\frac{\\delta MSE}{\\delta b} = \\frac{errors}{n} $$",
           ((W,),), (Twin("gradient", "b1[0]", ("(y[0] - a1[0])",)),), batch=32, why="the -2 dropped, as for W"),
    Public("rvlr-W-update", _RV, "b32_rv", "b32_rv",
           "$$ new_W = old_W - \\alpha\\cdot \\frac{\\delta MSE}{\\delta W} $$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=32),
    # ---- emkays-codelabs' derivation: display math in a bare "[" and "]" on their own lines (the \[ \] lost their
    # backslashes), \text{MSE}, \frac{\partial}{\partial m}(...)^2 as an operator, \sum without bounds, \boxed{...}
    # around a whole claim, m_{\text{new}}, an update written m = m + ... --------------------------------------------
    Public("emk-mse", _EMK, "b32_emk", "b32_emk",
           "[\n\\text{MSE} = \\frac{1}{n}\\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2\n]", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),), batch=32),
    Public("emk-chain", _EMK, "b32_emk", "b32_emk",
           "[\n\\frac{\\partial}{\\partial m}(y_i - m x_i - c)^2\n= 2(y_i - m x_i - c)(-x_i)\n]", ((C,),),
           (Twin("value", "-2*(y[0] - a1[0])*x[0]", ("2*(y[0] - W1[0,0]*x[0] - b1[0])*(-x[0])",)),), batch=32,
           why="step 7, the derivative of one point's squared error: a value claim"),
    Public("emk-dm", _EMK, "b32_emk", "b32_emk",
           "[\n\\frac{\\partial \\text{MSE}}{\\partial m}\n= \\frac{1}{n}\\sum 2(y_i - m x_i - c)(-x_i)\n]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(y[0] - W1[0,0]*x[0] - b1[0])*(-x[0])",)),), batch=32),
    Public("emk-dm-boxed", _EMK, "b32_emk", "b32_emk",
           "[\n\\boxed{\n\\frac{\\partial \\text{MSE}}{\\partial m}\n= -\\frac{2}{n}\\sum_{i=1}^{n} x_i (y_i - \\hat{y}_i)\n}"
           "\n]", ((C,),), (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - a1[0])",)),), batch=32),
    Public("emk-m-update", _EMK, "b32_emk", "b32_emk",
           "[\nm_{\\text{new}} = m_{\\text{old}} - \\eta \\frac{\\partial \\text{MSE}}{\\partial m}\n]", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=32),
    Public("emk-m-substituted", _EMK, "b32_emk", "b32_emk",
           "[\nm = m + \\frac{2\\eta}{n}\\sum x_i (y_i - \\hat{y}_i)\n]", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + 2*eta*x[0]*(y[0] - a1[0])",)),), batch=32,
           why="after \"Substitute:\": the new m on the left"),
    Public("emk-c-substituted", _EMK, "b32_emk", "b32_emk",
           "[\n\\boxed{\nc = c + \\frac{2\\eta}{n}\\sum (y_i - \\hat{y}_i)\n}\n]", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + 2*eta*(y[0] - a1[0])",)),), batch=32),
    # ---- wildanjr19's README: dw and db for the cost's derivatives, X^\top, \left( \right), \hat{y}^{(i)}; its MSE
    # has no 1/2, its derivatives no 2 -------------------------------------------------------------------------------
    Public("wil-dw", _WIL, "b32_wil", "b32_wil", "$$dw = \\frac{1}{n} X^\\top \\left(\\hat{y} - y\\right)$$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=32,
           why="the page's MSE = 1/n sum (y_i - \\hat{y}_i)^2 has no 1/2: its derivative is 2/n X^T (\\hat{y} - y)"),
    Public("wil-db", _WIL, "b32_wil", "b32_wil",
           "$$db = \\frac{1}{n} \\sum_{i=1}^{n} \\left(\\hat{y}^{(i)} - y^{(i)}\\right)$$", ((W,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])",)),), batch=32, why="the factor 2 dropped, as in wil-dw"),
    Public("wil-mse", _WIL, "b32_wil", "b32_wil", "$$MSE = \\frac{1}{n} \\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2$$",
           ((C,),), (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),), batch=32),
    # ---- CSC477's solutions: $$ blocks indented four spaces under "(a)", \mathcal{L}, \begin{aligned} with three
    # claims, [ ] for grouping, \partial/\partial y as an operator on a bracket, w^\top x; the linear regression's
    # \sum_i without bounds, x^{(i)}, and the course's macros \fw and \fx -----------------------------------------------
    Public("csc-chain", _CSC, "b32_csc_logreg", "b32_csc_logreg",
           "    $$ \\frac{\\partial \\mathcal{L}}{\\partial w_j} = \\frac{\\partial \\mathcal{L}}{\\partial y}"
           " \\frac{\\partial y}{\\partial z} \\frac{\\partial z}{\\partial w_j} $$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=32),
    Public("csc-parts", _CSC, "b32_csc_logreg", "b32_csc_logreg",
           "    $$\n    \\begin{aligned}\n    \\frac{\\partial \\mathcal{L}}{\\partial y} \n      &= \\frac{\\partial}"
           "{\\partial y} [-t \\log(y) - (1 - t) \\log(1 - y)] \n      = - \\frac{t}{y} + \\frac{1 - t}{1 - y}\\\\\n"
           "    \\frac{\\partial y}{\\partial z} \n      &= \\frac{\\partial \\sigma(z)}{\\partial z} \n      = \\sigma(z)"
           " (1 - \\sigma(z))\n      = y (1 - y)\\\\\n    \\frac{\\partial z}{\\partial w_j} \n      &= \\frac{\\partial}"
           "{\\partial w_j} (w^\\top x) = x_j\n    \\end{aligned}\n    $$", ((C, C), (C, C, C), (C, C)),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",
                 ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",) * 2),
            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                                                "a1[0]*(1 - a1[0])")),
            Twin("value", "x[{j}]", ("x[{j}]",) * 2, _J2)), batch=32,
           why="\"Looking at each term individually\": three local derivatives, value claims"),
    Public("csc-together", _CSC, "b32_csc_logreg", "b32_csc_logreg",
           "    $$\n    \\begin{aligned}\n    \\frac{\\partial \\mathcal{L}}{\\partial w_j} \n      &= \\left( - \\frac{t}{y}"
           " + \\frac{1 - t}{1 - y} \\right) \\cdot y (1 - y) \\cdot x_j \\\\\n      &= (-t + ty + 1 - t - y + ty) x_j \\\\\n"
           "      &= (y - t) x_j\n    \\end{aligned}\n    $$", ((C, W, C),),
           (Twin("gradient", "W1[0,{j}]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])*x[{j}]",
                                           "(-y[0] + y[0]*a1[0] + 1 - y[0] - a1[0] + y[0]*a1[0])*x[{j}]",
                                           "(a1[0] - y[0])*x[{j}]"), _J2),), batch=32,
           why="the middle member expands (1 - t) y as 1 - t - y + ty: it is 1 - 2t - y + 2ty, not y - t (the first"
               " and the last members are right)"),
    Public("csc-lin-dw", _CSCLIN, "b32_csc_lin", "b32_csc_lin",
           "$$\n\\frac{\\partial \\mathcal{E}}{\\partial w} \n  = \\frac{1}{N}\\sum_i x^{(i)}((w x^{(i)} + b) - t^{(i)}) \n$$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("x[0]*((W1[0,0]*x[0] + b1[0]) - y[0])",)),), batch=32),
    Public("csc-lin-db", _CSCLIN, "b32_csc_lin", "b32_csc_lin",
           "$$\n\\frac{\\partial \\mathcal{E}}{\\partial b} \n  = \\frac{1}{N}\\sum_i ((w x^{(i)} + b) - t^{(i)})\n$$",
           ((C,),), (Twin("gradient", "b1[0]", ("(W1[0,0]*x[0] + b1[0]) - y[0]",)),), batch=32),
    Public("csc-lin-dwj", _CSCLIN, "b32_csc_lin2", "b32_csc_lin2",
           "$$\n\\frac{\\partial \\mathcal{E}}{\\partial w_j} \n  = \\frac{1}{N}\\sum_i x_j^{(i)}((\\fw^\\top \\fx^{(i)}+b)"
           " - t^{(i)})\n$$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("x[{j}]*((W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]) - y[0])",), _J2),),
           batch=32, why="\\fw and \\fx: the course's macros for the bold w and x"),
    # ---- chryoung's post: $$ around \begin{align}, \log without parentheses, \partial{L} in braces, a prime after
    # \left( ... \right)' for the sigmoid's derivative ------------------------------------------------------------------
    Public("chry-L", _CHRY, "b32_chry", "b32_chry",
           "$$\nL = -y \\log \\hat{y}  - (1 - y) \\log (1 - \\hat{y})\n$$", ((C,),),
           (Twin("value", "-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",
                 ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=32),
    Public("chry-dL-dz", _CHRY, "b32_chry", "b32_chry",
           "$$\n\\begin{align}\n\\frac{\\partial{L}}{\\partial{z}} & = \\frac{\\partial L}{\\partial a} \\frac{\\partial a}"
           "{\\partial z} \\\\\n& = \\left(-\\frac{y}{a} + \\frac{1 - y}{1 - a} \\right) \\left( \\frac{1}{1 + e^{-z}}"
           " \\right)' \\\\\n& = \\left(-\\frac{y}{a} + \\frac{1 - y}{1 - a} \\right)  (a (1 - a)) \\\\\n& = -y ( 1 - a) +"
           " a (1 - y) \\\\\n& = -y + ay + a - ay \\\\\n& = a - y\n\\end{align}\n$$", ((C, C, C, C, C, C),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",
                                         "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",
                                         "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*(a1[0]*(1 - a1[0]))",
                                         "-y[0]*(1 - a1[0]) + a1[0]*(1 - y[0])",
                                         "-y[0] + a1[0]*y[0] + a1[0] - a1[0]*y[0]", "a1[0] - y[0]")),), batch=32,
           why="(1/(1 + e^{-z}))' is the sigmoid's derivative, a(1 - a)"),
    # ---- the single neuron's notes: one $$...$$ per line, \cdot between numbers in parentheses, d for the
    # derivative (dL/d\hat{y}, d(wx+b)/db), w\_{new} with Markdown's escaped underscore, words in the math
    # (learning_rate(\alpha), gradient, \text{3. Compute Gradients: }), two claims joined by \quad ----------------------
    Public("neuron-L-numbers", _NEURON, "b32_neuron", "b32_neuron", "$$L = (1.1 - 1.5)^{2} = (-0.4)^{2} = 0.16$$",
           ((C, C, C),), (Twin("value", "(a1[0] - y[0])**2", ("=(1.1 - 1.5)**2", "=(-0.4)**2", "=0.16")),),
           batch=32),
    Public("neuron-dL-dyhat", _NEURON, "b32_neuron", "b32_neuron",
           "$$\\frac{dL}{d\\hat{y}} = \\frac{d}{d\\hat{y}}(\\hat{y} - y)^{2} = 2(\\hat{y} - y)$$", ((C, C),),
           (Twin("gradient_z", "z1[0]", (_N, _N)),), batch=32, why="\\hat{y} = z: dL/d\\hat{y} is dL/dz"),
    Public("neuron-dL-dyhat-numbers", _NEURON, "b32_neuron", "b32_neuron",
           "$$\\frac{dL}{d\\hat{y}} = 2(1.1 - 1.5) = 2(-0.4) = -0.8$$", ((C, C, C),),
           (Twin("value", _N, ("=2*(1.1 - 1.5)", "=2*(-0.4)", "=-0.8")),), batch=32,
           why="dL/d\\hat{y} with numbers, twinned as a value"),
    Public("neuron-dL-dw-numbers", _NEURON, "b32_neuron", "b32_neuron", "$$\\frac{dL}{dw} = -0.8 \\cdot 2.0  = -1.6$$",
           ((C, C),), (Twin("gradient", "W1[0,0]", ("=-0.8*2.0", "=-1.6")),), batch=32),
    Public("neuron-w-rule", _NEURON, "b32_neuron", "b32_neuron",
           "$$ w\\_{new} = w - learning_rate(\\alpha) \\cdot gradient $$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=32,
           why="w\\_{new}: Markdown's escaped underscore; learning_rate(\\alpha) the learning rate named twice"),
    Public("neuron-w-numbers", _NEURON, "b32_neuron", "b32_neuron", "$$ w\\_{new} = 0.5 - 0.1 \\cdot (-1.6) = 0.66 $$",
           ((C, C),), (Twin("update", "W1[0,0]", ("=0.5 - 0.1*(-1.6)", "=0.66")),), batch=32),
    Public("neuron-dL-db", _NEURON, "b32_neuron", "b32_neuron",
           "$$ \\frac{dL}{db} = \\frac{dL}{d\\hat{y}} \\cdot \\frac{d(wx + b)}{db} = -0.8 \\cdot (0 + 1) = -0.8 $$",
           ((C, C, C),), (Twin("gradient", "b1[0]", (_N, "=-0.8*(0 + 1)", "=-0.8")),), batch=32),
    Public("neuron-b-numbers", _NEURON, "b32_neuron", "b32_neuron",
           "$$ b\\_{new} = 0.1 - 0.1 \\cdot (-0.8) = 0.1 + 0.08 = 0.18$$", ((C, C, C),),
           (Twin("update", "b1[0]", ("=0.1 - 0.1*(-0.8)", "=0.1 + 0.08", "=0.18")),), batch=32),
    Public("neuron-step3", _NEURON, "b32_neuron", "b32_neuron",
           "$$\\text{3. Compute Gradients: } \\frac{dL}{dw} = \\frac{dL}{d\\hat{y}} \\cdot \\frac{d\\hat{y}}{dw}, \\quad"
           " \\frac{dL}{db} = \\frac{dL}{d\\hat{y}} \\cdot \\frac{d\\hat{y}}{db}$$", ((C,), (C,)),
           (Twin("gradient", "W1[0,0]", (_N + "*x[0]",)), Twin("gradient", "b1[0]", (_N,))), batch=32,
           why="the training loop's step 3: two gradients joined by \\quad, after a \\text{...} label"),
    Public("neuron-step4", _NEURON, "b32_neuron", "b32_neuron",
           "$$\\text{4. Update Parameters: } w_{new} = w - \\alpha \\cdot \\frac{dL}{dw}, \\quad b_{new} = b - \\alpha"
           " \\cdot \\frac{dL}{db}$$", ((C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)), Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
           batch=32),
    # ---- "Lesson 5": plain text, an inline code span and ``` blocks: dL/dw, da/dz, * for the product, f'(z) with f
    # the activation (the lesson's example: the sigmoid), (dL/da) in parentheses -----------------------------------
    Public("lesson-z", _LESSON, "b32_lesson", "b32_lesson", "`z = w * x + b`", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=32, why="the inline code span of step 1"),
    Public("lesson-dw-chain", _LESSON, "b32_lesson", "b32_lesson", "dL/dw = dL/da * da/dz * dz/dw", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=32,
           why="the line of a ``` block"),
    Public("lesson-dw", _LESSON, "b32_lesson", "b32_lesson", "dL/dw = (dL/da) * f'(z) * x", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=32),
    Public("lesson-db-chain", _LESSON, "b32_lesson", "b32_lesson", "dL/db = dL/da * da/dz * dz/db", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=32),
    Public("lesson-db", _LESSON, "b32_lesson", "b32_lesson", "dL/db = (dL/da) * f'(z)", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=32),
    # ---- jordancoblin's post (Hugo): $$ around align/align*/equation, line ends written \\\\\\ (six backslashes,
    # the Markdown escape of \\), \nonumber, \label, \space, \bigl \biggl, \underbrace{...}_{=1}, \hat{y_k} with
    # the subscript inside the hat, W_{j,i}^{[l]} with a comma, \begin{cases} with \text{if }, the vectorized forms
    # with x^T and h^T before a row vector ----------------------------------------------------------------------------
    Public("jcob-forward", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{align*}", r"    z^{[1]} &= W^{[1]} x + b^{[1]} \\\\\\", r"    h &= \sigma(z^{[1]}) \\\\\\",
                  r"    z^{[2]} &= W^{[2]} h + b^{[2]} \\\\\\", r"    \hat{y} &= \text{softmax}(z^{[2]}).",
                  r"\end{align*}", "$$"), ((C,), (C,), (C,), (C,)),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",), _J2), Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),
            Twin("value", "z2[{j}]", ("(W2 @ a1 + b2)[{j}]",), _J2),
            Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[0]) + exp(z2[1]))",), _J2)), batch=32),
    Public("jcob-updates", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{align}",
                  r"W^{[1]} & \leftarrow W^{[1]} - \alpha \frac{\partial \mathcal{L}}{\partial W^{[1]}} \\\\\\",
                  r"b^{[1]} & \leftarrow b^{[1]} - \alpha \frac{\partial \mathcal{L}}{\partial b^{[1]}} \\\\\\",
                  r"W^{[2]} & \leftarrow W^{[2]} - \alpha \frac{\partial \mathcal{L}}{\partial W^{[2]}} \\\\\\",
                  r"b^{[2]} & \leftarrow b^{[2]} - \alpha \frac{\partial \mathcal{L}}{\partial b^{[2]}}\space.",
                  r"\end{align}", "$$"), ((C,), (C,), (C,), (C,)),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI),
            Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2),
            Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*grad",), _JI),
            Twin("update", "b2[{j}]", ("b2[{j}] - eta*grad",), _J2)), batch=32),
    Public("jcob-dL-dyhat", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{align}",
                  r"    \frac{\partial \mathcal{L}}{\partial \hat{y_k}} &= \frac{\partial}{\partial \hat{y_k}} \bigl( -"
                  r" \sum_{u=1}^{K} y_u \log \hat{y}_u \bigr) \nonumber \\\\\\",
                  r"    &= -y_k \frac{\partial}{\partial \hat{y_k}} \log \hat{y_k} \nonumber \\\\\\",
                  r"    &= -\frac{y_k}{\hat{y}_k}\space.", r"\end{align}", "$$"), ((C, C, C),),
           (Twin("value", "-t[{k}]/a2[{k}]", ("-t[{k}]/a2[{k}]",) * 3, _K2),), batch=32,
           why="the loss's derivative by one softmax output, the others held: a value claim"),
    Public("jcob-softmax-cases", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{equation}", r"\frac{\partial \hat{y}_k}{\partial z_j^{[2]}} =", r"\begin{cases}",
                  r"\hat{y}_k \left( 1 - \hat{y}_k \right), & \text{if } j = k \\\\\\",
                  r"-\hat{y}_j \hat{y}_k, & \text{if } j \neq k \space.", r"\end{cases}", r"\end{equation}", "$$"),
           ((C,),),
           (Twin("value", "a2[{k}]*({d} - a2[{j}])", ("{d}*a2[{k}]*(1 - a2[{k}]) - (1 - {d})*a2[{j}]*a2[{k}]",),
                 tuple({"j": j, "k": k, "d": int(j == k)} for j in range(2) for k in range(2))),), batch=32,
           why="the softmax's jacobian by cases"),
    Public("jcob-dL-dz2", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{align}",
                  r"\frac{\partial \mathcal{L}}{\partial z_j^{[2]}} &= \biggl(-\frac{y_j}{\hat{y_j}} \biggr) \biggl("
                  r" \hat{y_j} (1 - \hat{y_j}) \biggr) + \sum_{k \neq j} \biggl(-\frac{y_k}{\hat{y_k}} \biggr) \biggl("
                  r" -\hat{y_j} \hat{y_k} \biggr) \nonumber \\\\\\",
                  r"&= -y_j + y_j \hat{y_j} + \hat{y_j} \sum_{k \neq j} y_k  \nonumber \\\\\\",
                  r"&= -y_j + \hat{y_j} \underbrace{\biggl(y_j + \sum_{k \neq j} y_k \biggr)}_{=1} \nonumber \\\\\\",
                  r"&= \hat{y_j} - y_j \space. \label{eq:dl_dz2_final}", r"\end{align}", "$$"), ((C, C, C, C),),
           (Twin("gradient_z", "z2[{j}]",
                 ("(-t[{j}]/a2[{j}])*(a2[{j}]*(1 - a2[{j}])) + (-t[{o}]/a2[{o}])*(-a2[{j}]*a2[{o}])",
                  "-t[{j}] + t[{j}]*a2[{j}] + a2[{j}]*t[{o}]", "-t[{j}] + a2[{j}]*(t[{j}] + t[{o}])",
                  "a2[{j}] - t[{j}]"), tuple({"j": j, "o": 1 - j} for j in range(2))),), batch=32),
    Public("jcob-summary", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{align*}",
                  r"    \frac{\partial \mathcal{L}}{\partial W_{j,i}^{[1]}} &= \biggl[ \sum_{k=1}^{K} (\hat{y_k} - y_k)"
                  r" W_{k,j}^{[2]} \biggr] h_j (1 - h_j) x_i \\\\\\",
                  r"    \frac{\partial \mathcal{L}}{\partial b_{j,i}^{[1]}} &= \biggl[ \sum_{k=1}^{K} (\hat{y_k} - y_k)"
                  r" W_{k,j}^{[2]} \biggr] h_j (1 - h_j) \\\\\\",
                  r"    \frac{\partial \mathcal{L}}{\partial W_{j,i}^{[2]}} &= (\hat{y_j} - y_j) h_i \\\\\\",
                  r"    \frac{\partial \mathcal{L}}{\partial b_{j,i}^{[2]}} &= \hat{y_j} - y_j \space.", r"\end{align*}",
                  "$$"), ((C,), (C,), (C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (_DZ1 + "*x[{i}]",), _JI), Twin("gradient", "b1[{j}]", (_DZ1,), _J2),
            Twin("gradient", "W2[{j},{i}]", ("(a2[{j}] - t[{j}])*a1[{i}]",), _JI),
            Twin("gradient", "b2[{j}]", ("a2[{j}] - t[{j}]",), _J2)), batch=32,
           why="b_{j,i}: the page's bias of unit j, written with the weight's two indices"),
    Public("jcob-vectorized", _JC, "b32_jc", "b32_jc",
           _lines("$$", r"\begin{align*}",
                  r"    \frac{\partial \mathcal{L}}{\partial W^{[1]}} &= x^T \bigl[ \bigl( (\hat{y} - y) W^{[2]} \bigr)"
                  r" \odot h \odot (1 - h) \bigr] \\\\\\",
                  r"    \frac{\partial \mathcal{L}}{\partial b^{[1]}} &= (\hat{y} - y) W^{[2]} \odot h \odot (1 - h) \\\\\\",
                  r"    \frac{\partial \mathcal{L}}{\partial W^{[2]}} &= h^T (\hat{y} - y) \\\\\\",
                  r"    \frac{\partial \mathcal{L}}{\partial b^{[2]}} &= \hat{y} - y \space,", r"\end{align*}", "$$"),
           ((W,), (C,), (W,), (C,)),
           (Twin("gradient", "W1[{j},{i}]",
                 ("x[{j}]*((a2[0] - t[0])*W2[0,{i}] + (a2[1] - t[1])*W2[1,{i}])*a1[{i}]*(1 - a1[{i}])",), _JI),
            Twin("gradient", "b1[{j}]", (_DZ1,), _J2),
            Twin("gradient", "W2[{j},{i}]", ("a1[{j}]*(a2[{i}] - t[{i}])",), _JI),
            Twin("gradient", "b2[{j}]", ("a2[{j}] - t[{j}]",), _J2)), batch=32,
           why="(\\hat{y} - y) W^{[2]} a row vector (the code's convention): right for b^{[1]}; but x^T [...] and"
               " h^T (\\hat{y} - y) are n_x x n_h and n_h x n_y, the transposes of the post's own W^{[1]} (n_h x n_x)"
               " and W^{[2]} (n_y x n_h)"),
]
