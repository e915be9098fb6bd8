r"""Batch 48 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: leharris3's post on back-propagation after
Bishop's chapter 4.8, in Bishop's letters, a_j the sum and z_j the output; piotrowerko's notebook updating three
weights of a 2-2-1 sigmoid network by hand, in code names and HTML-wrapped Markdown cells; Henry54130's derivation of
the sigmoid's derivative; garvbehl23's NumPy script backpropagating a ReLU network in Ng's layout; French notes on the
four equations of backpropagation in Unicode superscripts; Chinese notes on CSC321's lecture 10 with its \overline
error signals; a tanh layer's documentation in ```math blocks; a micrograd chapter in plain text; a student's answer
to "Assignment 8 Task 3" worked in numbers; ImJaeSung's README deriving logistic regression's gradient), copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch48_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (agreeing with every
verdict written down, once two number members were rewritten with np.exp and np.log, the oracle's namespace for
numbers) and committed before check was. Every notation was loaded with its network before check ran on any formula
(backprop.symbolic.notation_loading.load_notation), reading none of the batch's formulas. Five files are stored in
the code corpus without their repository's name; they are cited by their ids. A local derivative (da_j/dw_ji,
dsigma/dx, dy/dz, dz/dw) and a derivative by an activation (dcost/dsigma, dL/dy-hat) are twinned as values, as in
batches 14 to 46. Formulas keep their page's delimiters and what surrounds them on their line ($$ blocks with
\begin{equation} \tag{n}, a paragraph's prose, a Markdown list's "- " and "1.  ", a bullet's indentation, a code
line's indentation and trailing comment, HTML's <p> and <br>, ```math fences, trailing spaces); what was left out is
said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 48

The batch: 55 formulas. 8 are mistaken somewhere (the oracle finds at least one member wrong):

- the CSC321 notes' (\mathcal{L} \circ z)'(y) = \mathcal{L}'(z(y)) z'(y) = z(z(y)) = z(y-t) = (y-t) -t = y - 2t:
  L'(z(y)) is z(y) = y - t, the page applies z to it once more and subtracts t twice (the first member is right);
- the tanh layer's \delta'_i = (1 - y_i) (1 + y_i) = 1-y_i^2: the factor \delta_i left out (dL/dx_i is \delta_i (1 -
  y_i^2), as the block's line before says);
- the assignment's o_1 = 0.1(1) + 0.1(0) + 0.1(1) = 0.2: the hidden unit's sum written for its output o_1 (0.5498, as
  the next lines use it);
- the assignment's \triangle w_{1,n} = (0.3) . (-0.4613) . (1) = -0.1384 and \triangle w_{m,n} = ... = -0.0761, and its
  hidden unit's \triangle w_{a,m}, \triangle w_{b,m}, \triangle w_{1,m} = \eta . \delta_m . a = ...: the change of a
  weight is -eta dL/dw, the page's eta delta o has its sign turned (w_{b,m}'s numbers, 0 since b = 0, are right);
- the assignment's L(1,0.5498) = [1.log(0.5498) + (1-1)log(1-0.5498)] and = log(0.5498) = -0.2597: the loss of the
  example at the hidden unit's output instead of the network's (0.5387), without its minus, and -0.2597 is the
  logarithm in base 10;
- ImJaeSung's w_{j} := w_{j}+\alpha(y-\hat{y})x_{i}: x_i in the rule for w_j;
- ImJaeSung's \frac{\partial L}{\partial b} = ... =-(\hat{y}-y)1: the last member's sign turned.

Not mistaken, though they look it: piotrowerko's (1 / 2 * 1) * 2 * [(sigma0_2 - y0) * 1] (1/(2 m) with m = 1, read as
Python reads it); the assignment's (0.1)(0.5498) + 0.1(1) \approx 0.15498 and (0.5498)(1−0.5498)⋅(0.1)⋅(−0.4613) =
−0.0114 (the page's rounded operands, within the oracle's allowance); the numbers of the assignment's \triangle w_{b,m},
(0.3)⋅(−0.0114)⋅(0) = 0 (b = 0 in example 1: the change is 0 whatever its sign).

What the spec could not express, which a page needed: the assignment's changes \triangle w_{a,m} (\triangle for
\Delta): "\triangle w_{a,m}" is not one symbol under the spec's grammar (the loader says so: "is not one symbol; write
a base with an optional subscript and superscript"), so the notation names none of them, as a teacher under the spec
could not; garvbehl23's relu_grad(Z1), the script's own helper for the ReLU's derivative (no function key names a
derivative); the CSC321 notes' first part, where z = y - t is an expression, not a quantity of symbols.md (the
notation names it so, "z" = "a1[0] - y[0]", and dL/dz is then a derivative by an expression). Left out: Bishop's
sketch-proofs with \cancel (their \frac{\partial y_k}{\partial g}, "technically ill-defined" as the post says); the
notebook's lines with the target written as its value 1 ((sigma0_2 - 1) ** 2, true only at y = 1, where a symbolic
member is judged at every target); the tanh layer's \delta'_i = \frac{\partial y_j}{\partial x_i} \delta_i (its j for
i); ImJaeSung's \hat{y} = ... = \frac{1}{1+e^-(\mathbf{x}\mathbf{w}+b)} (e^- with nothing in its exponent) and its
sums over the examples i, whose i is also the features'; the assignment's tables ("$(1-(-0.259)).1= 1.259$") and its
rule w_i = w_i + \eta \sum (t_i - o_i)x_i (i both the examples and the weights).

Open to question, though the spec seems to allow them: Bishop's notation gives no placeholder letters (indices = "p",
a letter the page never uses) so that w_{ji} and w_{kj} are W1 and W2 by their literal letters, as docs/notation.md
says for a course that gives letters fixed roles; the French notes' K (the last layer) beside the placeholder k;
the assignment's w_{a,m} and w_{1,n}, literal letters and digits with a comma; the CSC321 notes named in two
notations, one for the part where z = y - t and one for the part where z is the sum; ImJaeSung's \mathbf{w} beside
w_{i} (a bold and a plain letter are one name: the vector and its entries). ``new(...)``, ``grad(...)``, names with
code's brackets ("initial_w[0][2]", "data[0][0]") and the learning_rate, loss and functions keys are the spec's and
the project's.

Nothing was fixed from this batch.

Collected on 2026-12-04 (23:18 to 23:31 by the machine's clock, the oracle's runs included) and run blind at main
10a2202 (/work/READY_FOR_BLIND11), rebased onto it with nothing under src/ changed. The first run
(/work/batch48_blind.txt): 34 of 55 read with every verdict right (62%), 19 refused, 2 misread (a right formula called
wrong), no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was the collector's notation outside the spec's grammar
(every notation was loaded with its network before the run; the one pattern the loader refused, "\triangle w_{a,m}",
had been taken out then), so there was no second run.

Of the 8 mistaken formulas, 3 read with every verdict right (the tanh layer's \delta'_i without \delta_i, the
assignment's o_1 = 0.2 and ImJaeSung's dL/db with its sign turned, each called wrong where the oracle finds it wrong)
and 5 were refused (the CSC321 notes' composition, the assignment's two \triangle blocks and its L(1,0.5498),
ImJaeSung's w_j rule with x_i, at its \overset). By page: Bishop's post 6 of 7, piotrowerko 4 of 7, Henry54130 2
of 2, garvbehl23 5 of 6, the French notes 3 of 6, the CSC321 notes 0 of 5, the tanh layer 1 of 1, the micrograd
chapter 2 of 2, the assignment 6 of 11 (2 misread), ImJaeSung 5 of 8.

The misreadings (2): the assignment's z_m = w_{a,m}.a + w_{b,m}.b + w_{1,m}.1 and z_n = w_{m,n}.o_m + w_{1,n}.1 (its
first claim), "." the product throughout the page, read before the digit 1 as a decimal point: w_{1,m} times .1 (0.1),
so that a right formula is called wrong (asg-zm, asg-zn; tried afterwards, the same line ending w_{1,m} \cdot 1, or
w_{1,m} alone, reads correct). A "." glued between a name and a digit is ambiguous (a product, or a decimal after an
implied product) and could be refused rather than read one way.

The refusals by construct (19), with the exact message:

- 3, HTML's <p> and <br> around a line of a notebook's Markdown cell: "formula '<p>w00_2_new = w_00_2_old -
  learning_rate * d_cost_dw_00_...': unexpected at '<' (position 1)" (piot-rule-b2; piot-dcost-dsigma01 the same);
  the trailing <p> read as an inequality, "formula 'd_cost_d_sigma = (1 / 2 * 1) * 2 * [(sigma0_2 - y0) * 1]<p>': an
  inequality is not a claim check can judge at '<' (position 57); write an equation (an inequality is read only at
  the end of a chain of equalities, as a remark)" (piot-dcost-dsigma);
- 2, a Markdown list's marker kept before a plain-text formula: "formula '1. z^{(k)} = w^{(k)} \\cdot a^{(k-1)} +
  b^{(k)}': unexpected at '.' (position 2)" (fr-z-k); "formula '* w^{(k)} \\leftarrow w^{(k)} - \\eta \\cdot \\partial
  L/\\par...': unexpected at '*' (position 1)" (fr-w-update);
- 1, Unicode's modifier capital K in a superscript, δ⁽ᴷ⁾ (ᵏ, small k, reads): "formula \"\\delta ^(ᴷ^) = \\partial
  L/\\partial a^(ᴷ^) \\odot f'(z^(ᴷ^))\": cannot read 'ᴷ' at position 10; write the formula in LaTeX or plain text (+
  - * / ^, \frac, \sum)" (fr-delta-K);
- 4, \mathcal on a lower-case letter as a font, \mathcal{y}, \mathcal{z}, \mathcal{\sigma} (as \mathcal{L} is the
  loss L): "formula '\\overline{z} = \\frac{\\partial \\mathcal{L}}{\\partial y} \\f...': unknown symbol \mathcal{y};
  the notation knows \bar{w}, \bar{y}, \bar{z}, t, w, x, y, z; give it a meaning in the notation's
  [notation.symbols], e.g. "\mathcal{y}" = "a1[0]"" (csc-zbar; csc-signals and csc-wbar the same; csc-dL-dy at
  \mathcal{z});
- 1, a composition's derivative, (\mathcal{L} \circ z)'(y): "formula \"(\\mathcal{L} \\circ z)'(y) = \\mathcal{L}' (
  z(y) ) z'(y) =...\": (\mathcal{L} \odot z)': a prime on a parenthesis is read as the derivative by its one
  variable, the x of a left side f'(x), and here which variable is meant is unclear; write \frac{d}{dx}(...) with the
  variable" (csc-compose; the message names \odot for the page's \circ);
- 2, \triangle for \Delta before a weight: "formula '\\triangle w_{1,n} = (0.3) \\cdot (-0.4613) \\cdot (1) = -0....':
  the command \triangle is not part of a formula check can read at '\\triangle' (position 1); write arithmetic,
  \frac, \sum, \sigma, \log, \exp and the homework's symbols" (asg-dw-output; asg-dw-hidden the same);
- 1, "." for the product after a digit, 1.log(0.5498): "formula 'L(1,0.5498) = [1.log(0.5498) +
  (1-1)log(1-0.5498)]': expected ']' to close the parenthesis at '.' (position 17)" (asg-L-numbers);
- 3, \overset{\underset{\mathrm{def}}{}}{=} for the assignment :=: "formula 'w_{j}{=} w_{j}-\\alpha\\frac{\\partial
  J(w , b)}{\\partial w_...': unexpected at '=' (position 7)" (logreg-w-rule; logreg-w-update at 7, logreg-b-update
  at 3);
- 1, relu_grad(Z1), the script's helper for the ReLU's derivative: "formula 'dZ1 = dA1 * relu_grad(Z1)':
  relu_grad(u) reads as relu's derivative at its input (u = z) or at its output (u = a), and the two readings do not
  agree; write relu'(z) for the derivative at the input z" (garv-dZ1; the script defines it at the input, (z >
  0).astype(float));
- 1, a paragraph of prose with three $$...$$ in it, the first two bare names: "formula 'Here, the value \\delta_j is
  referred to as the **error** ...': unexpected at ',' (position 5); a comma after a member is no product: write
  \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)" (bish-da-dw).

Read, among the constructs these pages brought: Bishop's \begin{equation} \tag{n} inside $$, a_j the sum and z_j the
output through literal letters, E^n, \equiv chains, \sum_{k} over the outputs, g'(a_k); code names with several
underscores and digits (d_cost_dw00_2, d_z1_1_d_w_11_1), initial_w[0][2] and data[0][0], a printed number as a new
value; \frac{d}{dx} as an operator and \quad \Rightarrow \quad between two claims; NumPy's @ and .T, np.sum(...,
keepdims=True) and trailing comments; Unicode superscripts ⁽ᵏ⁾, ⁽ᵏ⁺¹⁾, ᵀ, ⊙ and ∂L / ∂b⁽ᵏ⁾ in plain text; \delta'_i
in ```math; Markdown's \* and <=>; the assignment's "." products (but before a 1), \\ between claims, Unicode − and
⋅ among numbers; ImJaeSung's "- $$...$$" list items, ylog glued, \frac{1}{(1-\hat{y})}, a trailing 1.

Which look general (would appear in much homework): \overset{def}{=} (or \stackrel) for := or a definition, \triangle
for \Delta, \mathcal on any letter as a font, a list's marker before a formula ("1.  ", "*   "), Markdown cells'
HTML tags (<p>, <br>) in notebooks, "." as the product before a digit (refused or misread), a formula inside a
paragraph of prose with other $$ names, ᴷ among Unicode superscripts. Page-specific: (L \circ z)'(y), relu_grad (a
helper named for its use).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch48_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_BISHOP = ("https://github.com/leharris3/leharris3.github.io"
           " (_posts/2026-02-22-ml-concepts-backpropagation.md, commit d26720f)")
_PIOTR = "https://github.com/piotrowerko/neural_network_edu_tutorial (simple_NN_edu_tutorial.ipynb, commit 494f2d5)"
_HENRY = ("https://github.com/Henry54130/Personal_Web"
          " (content/Science/Artificial-intelligence/sigmoid_微分.md, commit 3e0218f)")
_GARV = "https://github.com/garvbehl23/DL (backpropusingnumpy.py, commit f3fd2bc)"
_FRENCH = _STORED.format(40732420459, "La rétropropagation est une application directe et élégante",
                         "Markdown notes in French with Unicode superscripts")
_CSC = _STORED.format(19072048598, "$$ \\begin{align} f(x) &= cx^{n}",
                      "Chinese notes on CSC321's lecture 10, with $$ blocks and \\overline error signals")
_TRACE = _STORED.format(24130660659, "# Trace Tanh Layer", "a layer's documentation with ```math blocks")
_NEURON = _STORED.format(3691401197, "# Chapter 4: Introducing Neurons", "notes on a micrograd-style neuron")
_ASSIGN = _STORED.format(45109377570, "# Machine Learning (WiSe 2025/2026)",
                         "a student's Markdown answer to \"Assignment 8 Task 3\", worked in numbers")
_LOGREG = "https://github.com/ImJaeSung/LogisticRegression (README.md, commit 01136be)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_J4 = tuple({"j": j} for j in range(4))
_K4 = tuple({"k": k} for k in range(4))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_JK43 = tuple({"j": j, "k": k} for j in range(4) for k in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# Bishop's deltas (tanh in both layers, 1/2 sum (y_k - t_k)^2): dE/da_k and dE/da_j
_BD2 = "(a2[{k}] - y[{k}])*(1 - a2[{k}]**2)"
_BD1 = ("(1 - a1[{j}]**2)*((a2[0] - y[0])*(1 - a2[0]**2)*W2[0,{j}] + (a2[1] - y[1])*(1 - a2[1]**2)*W2[1,{j}])")
# the notebook's dcost/dz at the output, and dcost/d(sigma01_1)
_PD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PDA = f"{_PD2}*W2[0,0]"
# the garvbehl23 script's dL/dz1[j] (ReLU hidden units, identity output)
_GD1 = "W2[0,{j}]*(z2[0] - y[0])*Heaviside(z1[{j}])"
# the French notes' deltas (sigmoid units, 2-2-1)
_FD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_FD1 = "W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]*(1 - a1[{j}])"
_FLAYERS = ({"k": 1, "j": 0, "p": "x", "m": _FD1.format(j=0)}, {"k": 1, "j": 1, "p": "x", "m": _FD1.format(j=1)},
            {"k": 2, "j": 0, "p": "a1", "m": _FD2})
_FWEIGHTS = tuple(dict(layer, i=i) for layer in _FLAYERS for i in range(2))
# the CSC notes' dL/dz of one sigmoid unit
_CZ = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# the assignment's dL/dz at the output and at the hidden unit (the binary cross-entropy, sigmoid units)
_AD2 = "(a2[0] - y[0])"
_AD1 = "a1[0]*(1 - a1[0])*W2[0,0]*(a2[0] - y[0])"
_BCE = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
# the logistic regression's dL/dy-hat
_LDY = "(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))"

ENTRIES: list[Public] = [
    # ---- leharris3's post after Bishop: \begin{equation} \tag{n} inside $$ blocks, a_j the sum and z_j the output
    # (Bishop's letters), E^n, \equiv, g'(a_k), \sum_{k} over the outputs, a formula inside a paragraph ---------------
    Public("bish-a", _BISHOP, "b48_bishop", "b48_bishop",
           "$$\n\\begin{equation} \\tag{1}\n    a_j = \\sum_i w_{ji}z_i.\n\\end{equation}\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J2),), batch=48,
           why="the bias subsumed into w (none in the network)"),
    Public("bish-chain", _BISHOP, "b48_bishop", "b48_bishop",
           "$$\n\\begin{equation} \\tag{2}\n    \\frac{\\partial E^n}{\\partial w_{ji}} =\n"
           "    \\frac{\\partial E^n}{\\partial a_j} \\cdot\n    \\frac{\\partial a_j}{\\partial w_{ji}}\n"
           "\\end{equation}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BD1}*x[{{i}}]",), _JI23),), batch=48),
    Public("bish-da-dw", _BISHOP, "b48_bishop", "b48_bishop",
           "Here, the value $$\\delta_j$$ is referred to as the **error** at a pre-activation $$a_j$$. We can also "
           "observe that $$\\frac{\\partial a_j}{\\partial w_{ji}} = z_i$$. A quick sketch-proof verifies this.",
           ((C,),), (Twin("value", "x[{i}]", ("x[{i}]",), _JI23),), batch=48,
           why="the paragraph's one claim, da_j/dw_ji = z_i, a local derivative (a value); $$\\delta_j$$ and $$a_j$$ "
               "are names in the prose"),
    Public("bish-dw", _BISHOP, "b48_bishop", "b48_bishop",
           "$$\n\\begin{equation} \\tag{4}\n    \\frac{\\partial E^n}{\\partial w_{ji}} =\n    \\delta_j z_i.\n"
           "\\end{equation}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BD1}*x[{{i}}]",), _JI23),), batch=48),
    Public("bish-delta-k", _BISHOP, "b48_bishop", "b48_bishop",
           "$$\n\\begin{equation} \\tag{5}\n    \\delta_k \\equiv\n    \\frac{\\partial E^n}{\\partial a_k} =\n"
           "    g'(a_k) \\frac{\\partial E^n}{\\partial y_k}.\n\\end{equation}\n$$", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", (_BD2, _BD2), _K2),), batch=48,
           why="\\equiv the definition, then its value"),
    Public("bish-delta-j-sum", _BISHOP, "b48_bishop", "b48_bishop",
           "$$\n\\begin{equation} \\tag{6}\n    \\delta_j \\equiv\n    \\frac{\\partial E^n}{\\partial a_j} =\n"
           "    \\sum_{k} \\frac{\\partial E^n}{\\partial a_k} \\frac{\\partial a_k}{\\partial a_j}\n"
           "\\end{equation}\n$$", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", (_BD1, _BD1), _J2),), batch=48),
    Public("bish-delta-j", _BISHOP, "b48_bishop", "b48_bishop",
           "$$\n\\begin{equation} \\tag{7}\n    \\delta_j = g'(a_j) \\sum_{k} w_{kj} \\delta_k\n\\end{equation}\n$$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_BD1,), _J2),), batch=48),
    # ---- piotrowerko's notebook: code names with underscores and digits (sigma01_1, d_cost_dw00_2), initial_w[0][2]
    # and data[0][0], HTML's <p> and <br> around the Markdown cells' rules, [ ] for parentheses, a printed number ----
    Public("piot-z1", _PIOTR, "b48_piotr", "b48_piotr",
           "z1_1 = 1 * initial_w[0][0] + data[0][0] * initial_w[0][2] + data[0][1] * initial_w[0][4]  ", ((C,),),
           (Twin("value", "z1[0]", ("1*b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=48,
           why="a code cell's first line (its two trailing spaces kept)"),
    Public("piot-rule-b2", _PIOTR, "b48_piotr", "b48_piotr",
           "<p>w00_2_new = w_00_2_old - learning_rate * d_cost_dw_00_2<br>", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*grad",)),), batch=48,
           why="\"3. Updating wieght w00_2_old\": w00_2 the output's bias (from the constant unit 0)"),
    Public("piot-dcost-dsigma", _PIOTR, "b48_piotr", "b48_piotr",
           "d_cost_d_sigma = (1 / 2 * 1) * 2 * [(sigma0_2 - y0) * 1]<p>", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("(1/2*1)*2*((a2[0] - y[0])*1)",)),), batch=48,
           why="dcost/dsigma, a value; (1 / 2 * 1) is 1/(2 m) with m = 1 as the page means it"),
    Public("piot-dcost-db2", _PIOTR, "b48_piotr", "b48_piotr",
           "d_cost_dw00_2 = d_z0_2_d_w00_2 * d_sigma_dz0_2 * d_cost_d_sigma0_2", ((C,),),
           (Twin("gradient", "b2[0]", ("1*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=48),
    Public("piot-new-b2", _PIOTR, "b48_piotr", "b48_piotr", "w00_2_new = 0.5025268524995726", ((C,),),
           (Twin("update", "b2[0]", ("=0.5025268524995726",)),), batch=48, why="the cell's printed output"),
    Public("piot-dcost-dsigma01", _PIOTR, "b48_piotr", "b48_piotr",
           "<p>d_cost_d_sigma01_1 = d_cost_d_sigma0_2 * d_sigma_dz0_2 * dz_sigma01_1<br>", ((C,),),
           (Twin("value", _PDA, (_PDA,)),), batch=48,
           why="\"5a.\": dcost/d(sigma01_1), the hidden output's derivative, a value; dz_sigma01_1 = w01_2_old"),
    Public("piot-dcost-dw11", _PIOTR, "b48_piotr", "b48_piotr",
           "d_cost_d_w11_1 = d_z1_1_d_w_11_1 * d_sigma01_1_d_z1_1 * d_cost_d_sigma01_1", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*a1[0]*(1 - a1[0])*{_PDA}",)),), batch=48,
           why="w11_1 the weight from input 1 (data[0][0]) to hidden unit 1"),
    # ---- Henry54130's note on the sigmoid's derivative: \frac{d}{dx} as an operator, (...)^{-2}, \quad \Rightarrow
    # \quad between two claims ---------------------------------------------------------------------------------------
    Public("henry-result", _HENRY, "b48_sigmoid", "b48_sigmoid",
           "$$\n\\frac{d}{dx} \\sigma(x) = - (1 + e^{-x})^{-2} \\cdot (-e^{-x}) = \\frac{e^{-x}}{(1 + e^{-x})^2}\n$$",
           ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("-(1 + exp(-z1[0]))**(-2)*(-exp(-z1[0]))",
                                                "exp(-z1[0])/(1 + exp(-z1[0]))**2")),), batch=48),
    Public("henry-one-minus", _HENRY, "b48_sigmoid", "b48_sigmoid",
           "$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}} \\quad \\Rightarrow \\quad 1 - \\sigma(x) = "
           "\\frac{e^{-x}}{1 + e^{-x}}\n$$", ((C,), (C,)),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),
            Twin("value", "1 - sigmoid(z1[0])", ("exp(-z1[0])/(1 + exp(-z1[0]))",))), batch=48,
           why="two claims joined by \\Rightarrow"),
    # ---- garvbehl23's script: NumPy's @ and .T in Ng's layout, np.sum(..., axis=1, keepdims=True), trailing
    # comments (one glued to the code, "#This"), relu_grad(Z1) the script's own helper, a def's indentation -------
    Public("garv-Z1", _GARV, "b48_garv", "b48_garv",
           "    Z1 = w1 @ X + b1 #performs matrix multiplication between each neuron with their weight and adding the "
           "bias", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J4),),
           batch=48),
    Public("garv-dZ2", _GARV, "b48_garv", "b48_garv",
           "    dZ2 = Z2 - y # differnece between predicted and actual output", ((C,),),
           (Twin("gradient_z", "z2[0]", ("z2[0] - y[0]",)),), batch=48),
    Public("garv-dW2", _GARV, "b48_garv", "b48_garv",
           "    dW2 = dZ2 @ A1.T # the gradient for the output weights. We multiply the error by the values that came "
           "out of the hidden layer (A1).", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(z2[0] - y[0])*a1[{k}]",), _K4),), batch=48),
    Public("garv-db2", _GARV, "b48_garv", "b48_garv",
           "    db2 = np.sum(dZ2, axis=1, keepdims=True) #This calculates how much the bias ($b2$) contributed to the "
           "error by summing up the differences across all training examples.", ((C,),),
           (Twin("gradient", "b2[0]", ("z2[0] - y[0]",)),), batch=48, why="one example: the sum is its one term"),
    Public("garv-dZ1", _GARV, "b48_garv", "b48_garv", "    dZ1 = dA1 * relu_grad(Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_GD1,), _J4),), batch=48,
           why="relu_grad(z), defined in the script as (z > 0).astype(float), the ReLU's derivative"),
    Public("garv-dW1", _GARV, "b48_garv", "b48_garv", "    dW1 = dZ1 @ X.T", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", (f"{_GD1}*x[{{k}}]",), _JK43),), batch=48),
    # ---- the stored French notes: Unicode superscripts for the layer (z⁽ᵏ⁾, a⁽ᵏ⁻¹⁾, w⁽ᵏ⁺¹⁾, δ⁽ᴷ⁾), ᵀ, ·, ⊙,
    # ∂L/∂w⁽ᵏ⁾ in plain text, ←, a numbered list's "1.  ", a bullet's indentation -----------------------------
    Public("fr-z-k", _FRENCH, "b48_french", "b48_french", "1.  z⁽ᵏ⁾ = w⁽ᵏ⁾ · a⁽ᵏ⁻¹⁾ + b⁽ᵏ⁾", ((C,),),
           (Twin("value", "z{k}[{j}]", ("W{k}[{j},0]*{p}[0] + W{k}[{j},1]*{p}[1] + b{k}[{j}]",), _FLAYERS),),
           batch=48, why="a general rule over the layers k = 1, 2 (a^(0) = x)"),
    Public("fr-delta-K", _FRENCH, "b48_french", "b48_french", "δ⁽ᴷ⁾ = ∂L/∂a⁽ᴷ⁾ ⊙ f'(z⁽ᴷ⁾)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_FD2,)),), batch=48),
    Public("fr-delta-k", _FRENCH, "b48_french", "b48_french", "δ⁽ᵏ⁾ = ((w⁽ᵏ⁺¹⁾)ᵀ · δ⁽ᵏ⁺¹⁾) ⊙ f'(z⁽ᵏ⁾)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_FD1,), _J2),), batch=48, why="at k = 1, the one layer with a k+1"),
    Public("fr-db", _FRENCH, "b48_french", "b48_french", "∂L / ∂b⁽ᵏ⁾ = δ⁽ᵏ⁾", ((C,),),
           (Twin("gradient", "b{k}[{j}]", ("{m}",), _FLAYERS),), batch=48),
    Public("fr-dw", _FRENCH, "b48_french", "b48_french", "∂L / ∂w⁽ᵏ⁾ = δ⁽ᵏ⁾ · (a⁽ᵏ⁻¹⁾)ᵀ", ((C,),),
           (Twin("gradient", "W{k}[{j},{i}]", ("{m}*{p}[{i}]",), _FWEIGHTS),), batch=48,
           why="the outer product, as the page says (\"produit externe si on traite un seul exemple\")"),
    Public("fr-w-update", _FRENCH, "b48_french", "b48_french", "        *   w⁽ᵏ⁾ ← w⁽ᵏ⁾ - η · ∂L/∂w⁽ᵏ⁾", ((C,),),
           (Twin("update", "W{k}[{j},{i}]", ("W{k}[{j},{i}] - eta*grad",), _FWEIGHTS),), batch=48),
    # ---- the stored CSC321 notes: \mathcal{L}, \mathcal{z}, \mathcal{\sigma}'(z), $ inline with trailing spaces,
    # "let z = y - t" and then z the sum, (\mathcal{L} \circ z)'(y), \overline{z} for dL/dz, blank lines in $$ --------
    Public("csc-dL-dy", _CSC, "b48_csc", "b48_csc_z",
           "$\\frac{\\partial \\mathcal{L}}{\\partial y} = \\frac{\\partial \\mathcal{L}}{\\partial z} "
           "\\frac{\\partial \\mathcal{z}}{\\partial y} = z * 1 = z = y - t$   ", ((C, C, C, C),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])*1", "(a1[0] - y[0])*1", "a1[0] - y[0]", "a1[0] - y[0]")),),
           batch=48, why="after \"let z = y - t\": dL/dy, a value (the page's first part, before y = sigma(z))"),
    Public("csc-compose", _CSC, "b48_csc", "b48_csc_z",
           "$$\n(\\mathcal{L} \\circ z)'(y) = \\mathcal{L}' ( z(y) ) z'(y) \\\\\n= z(z(y)) \\\\\n= z(y-t) \\\\\n"
           "= (y-t) -t \\\\\n= y - 2t\n$$", ((C, W, W, W, W),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])*1", "(a1[0] - y[0]) - y[0]", "(a1[0] - y[0]) - y[0]",
                                           "(a1[0] - y[0]) - y[0]", "a1[0] - 2*y[0]")),), batch=48,
           why="the derivative of L(z(y)) by y, y - t; the second member applies z (u -> u - t) to z(y) where L'(z(y)) "
               "= z(y) was meant, so that t is subtracted twice"),
    Public("csc-signals", _CSC, "b48_csc", "b48_csc",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial y} = y - t = \\overline{y} \\\\\n\n"
           "\\frac{\\partial \\mathcal{y}}{\\partial z} = \\frac{\\partial \\mathcal{\\sigma}}{\\partial z} = "
           "\\mathcal{\\sigma}'(z) \\\\\n\n\\frac{\\partial \\mathcal{z}}{\\partial w} = x\n$$", ((C, C), (C, C), (C,)),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "a1[0] - y[0]")),
            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),
            Twin("value", "x[0]", ("x[0]",))), batch=48,
           why="three claims: dL/dy, dy/dz and dz/dw, values"),
    Public("csc-zbar", _CSC, "b48_csc", "b48_csc",
           "$$\n\\overline{z} = \\frac{\\partial \\mathcal{L}}{\\partial y} "
           "\\frac{\\partial \\mathcal{y}}{\\partial z} = \\overline{y} \\ \\mathcal{\\sigma}'(z)\n$$", ((C, C),),
           (Twin("gradient_z", "z1[0]", (_CZ, _CZ)),), batch=48),
    Public("csc-wbar", _CSC, "b48_csc", "b48_csc",
           "$$\n\\overline{w} = \\frac{\\partial \\mathcal{L}}{\\partial y} "
           "\\frac{\\partial \\mathcal{y}}{\\partial z} \\ \\frac{\\partial \\mathcal{z}}{\\partial w} "
           "\\\\\n= \\overline{z} x\n$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_CZ}*x[0]", f"{_CZ}*x[0]")),), batch=48),
    # ---- the stored "Trace Tanh Layer": ```math blocks, \delta'_i with its prime; the backward rule without its
    # delta_i --------------------------------------------------------------------------------------------------------
    Public("trace-backward", _TRACE, "b48_trace", "b48_trace",
           "```math\n\\delta'_i = (1 - y_i) (1 + y_i) = 1-y_i^2\n```", ((W, W),),
           (Twin("gradient_z", "z1[{i}]", ("(1 - a1[{i}])*(1 + a1[{i}])", "1 - a1[{i}]**2"), _I2),), batch=48,
           why="delta'_i = dL/dx_i is delta_i (1 - y_i^2), as the block's line before says (dy/dx delta); the factor "
               "delta_i left out. That line, \\delta'_i = \\frac{\\partial y_j}{\\partial x_i} \\delta_i with its j "
               "for i, and the \\\\ after it, left out of the block"),
    # ---- the stored micrograd chapter: plain text, Markdown's escaped \*, <=> --------------------------------------
    Public("neuron-dw", _NEURON, "b48_neuron", "b48_neuron", "dL/dw = dy/dw \\* dL/dy", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])*(1 - a1[0]**2)",)),), batch=48,
           why="after \"if x*w=y\""),
    Public("neuron-dw-x", _NEURON, "b48_neuron", "b48_neuron", "<=> dL/dw = x \\* dL/dy", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])*(1 - a1[0]**2)",)),), batch=48),
    # ---- the stored "Assignment 8 Task 3": a student's $$ blocks with "." for the product, w_{a,m} with a comma,
    # numbers chained after a rule, \\ between claims, Unicode − and ⋅ among the numbers, \triangle w for the
    # change (its sign turned: eta delta o, where the change is -eta dL/dw), o_1 = 0.2 the hidden unit's sum for
    # its output, the loss at the hidden output with its minus and its base lost --------------------------------------
    Public("asg-o1", _ASSIGN, "b48_assign", "b48_assign", "$$\no_1 = 0.1(1) + 0.1(0) + 0.1(1) = 0.2\n$$", ((W, W),),
           (Twin("value", "a1[0]", ("=0.1*1 + 0.1*0 + 0.1*1", "=0.2")),), batch=48,
           why="\"the processed input to the hidden unit\", named o_1, which the next lines call the hidden unit's "
               "output (0.5498): the sum z_m = 0.2 written as the output"),
    Public("asg-zm", _ASSIGN, "b48_assign", "b48_assign", "$$\nz_m = w_{a,m}.a + w_{b,m}.b + w_{1,m}.1\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]*1",)),), batch=48),
    Public("asg-zn", _ASSIGN, "b48_assign", "b48_assign",
           "$$\nz_n = w_{m,n}.o_m + w_{1,n}.1\n\\\\\nz_n = (0.1)(0.5498) + 0.1(1) \\approx 0.15498\n$$", ((C,), (C, C)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]*1",)),
            Twin("value", "z2[0]", ("=(0.1)*(0.5498) + 0.1*1", "=0.15498"))), batch=48, why="two claims"),
    Public("asg-on", _ASSIGN, "b48_assign", "b48_assign",
           "$$\no_n = g(z_n) = \\frac{1}{1 + e^{-0.15498}} \\approx 0.5387\n$$", ((C, C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.15498))", "=0.5387")),), batch=48),
    Public("asg-delta-n", _ASSIGN, "b48_assign", "b48_assign",
           "$$\n\\delta_n = \\frac{\\partial L}{\\partial z_n} = \\hat{y} - y = o_n - t\n\\\\\n"
           "\\delta_n = o_n - t = 0.5387 - 1 = -0.4613\n$$", ((C, C, C), (C, C, C)),
           (Twin("gradient_z", "z2[0]", (_AD2, _AD2, _AD2)),
            Twin("value", _AD2, (_AD2, "=0.5387 - 1", "=-0.4613"))), batch=48,
           why="two claims; the second, with numbers, twinned as a value"),
    Public("asg-delta-m", _ASSIGN, "b48_assign", "b48_assign", "$$\n\\delta_m = o_m(1 - o_m).w_{m,n}.\\delta_n\n$$",
           ((C,),), (Twin("gradient_z", "z1[0]", (_AD1,)),), batch=48),
    Public("asg-dw-output", _ASSIGN, "b48_assign", "b48_assign",
           "$$\n\\triangle w_{1,n} = (0.3) . (-0.4613) . (1) = -0.1384\n\\\\\n"
           "\\triangle w_{m,n} = (0.3) . (-0.4613) . (0.5498) = -0.0761\n$$", ((W, W), (W, W)),
           (Twin("step", "b2[0]", ("=-((0.3)*(-0.4613)*(1))", "=-(-0.1384)")),
            Twin("step", "W2[0,0]", ("=-((0.3)*(-0.4613)*(0.5498))", "=-(-0.0761)"))), batch=48,
           why="the changes of w_{1,n} (the output's bias) and w_{m,n}: -eta dL/dw is +0.1384 and +0.0761, the page's "
               "have their sign turned (its rule \\triangle w_{j,n} = \\eta . \\delta_n . o_j, with \\delta_n = "
               "dL/dz_n); "
               "a step twin's truth is eta dL/dw, so each member is twinned with its sign turned"),
    Public("asg-delta-m-numbers", _ASSIGN, "b48_assign", "b48_assign",
           "$$\n\\delta_m = (0.5498)(1−0.5498)⋅(0.1)⋅(−0.4613) = −0.0114\n$$", ((C, C),),
           (Twin("value", _AD1, ("=(0.5498)*(1 - 0.5498)*(0.1)*(-0.4613)", "=-0.0114")),), batch=48),
    Public("asg-dw-hidden", _ASSIGN, "b48_assign", "b48_assign",
           "$$\n\\triangle w_{a,m} = \\eta . \\delta_m . a = (0.3)⋅(−0.0114)⋅(1) = −0.0034\n\\\\\n"
           "\\triangle w_{b,m} = \\eta . \\delta_m . b = (0.3)⋅(−0.0114)⋅(0) = 0\n\\\\\n"
           "\\triangle w_{1,m} = \\eta . \\delta_m . 1 = (0.3)⋅(−0.0114)⋅(1) = −0.0034\n$$",
           ((W, W, W), (W, C, C), (W, W, W)),
           (Twin("step", "W1[0,0]", (f"-(eta*{_AD1}*x[0])", "=-((0.3)*(-0.0114)*(1))", "=-(-0.0034)")),
            Twin("step", "W1[0,1]", (f"-(eta*{_AD1}*x[1])", "=-((0.3)*(-0.0114)*(0))", "=0")),
            Twin("step", "b1[0]", (f"-(eta*{_AD1}*1)", "=-((0.3)*(-0.0114)*(1))", "=-(-0.0034)"))), batch=48,
           why="the hidden unit's changes, their sign turned as the output's (each member twinned with its sign turned "
               "against eta dL/dw); b = 0 in example 1, so w_{b,m}'s numbers, 0, are right"),
    Public("asg-L", _ASSIGN, "b48_assign", "b48_assign",
           "$$\nL(y,\\hat{y}) = -[ylog(\\hat{y}) + (1-y)log(1-\\hat{y})]\n$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=48),
    Public("asg-L-numbers", _ASSIGN, "b48_assign", "b48_assign",
           "$$\nL(1,0.5498) = [1.log(0.5498) + (1-1)log(1-0.5498)]\n\\\\\nL(1,0.5498) = log(0.5498) = -0.2597\n$$",
           ((W,), (W, W)),
           (Twin("value", _BCE, ("=1*np.log(0.5498) + (1 - 1)*np.log(1 - 0.5498)",)),
            Twin("value", _BCE, ("=np.log(0.5498)", "=-0.2597"))), batch=48,
           why="the loss of example 1 is -log(0.5387) = 0.6186 (the network's output, y-hat = o_n); the page takes the "
               "hidden output 0.5498, drops the minus, and its -0.2597 is the logarithm in base 10"),
    # ---- ImJaeSung's README: $$ inside a Markdown list, \overset{\underset{\mathrm{def}}{}}{=} for :=, J(\mathbf{w},
    # b), ylog glued, \frac{1}{(1-\hat{y})}, ", for j = 1,2,$$\cdots$$,n" after a rule, x_i where the rule is for
    # w_j, a trailing 1; dL/db's last member with its sign turned --------------------------------------------------
    Public("logreg-w-rule", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$w_{j}\\overset{\\underset{\\mathrm{def}}{}}{=} w_{j}-\\alpha\\frac{\\partial J(\\mathbf{w}, b)}"
           "{\\partial w_{j}}$$ , for j = 1,2,$$\\cdots$$,n", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=48, why="m = 1: J is L"),
    Public("logreg-chain", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$\\frac{\\partial L}{\\partial w_{i}} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{\\partial "
           "\\hat{y}}{\\partial z} \\frac{\\partial z}{\\partial w_{i}}$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=48),
    Public("logreg-dL-dyhat", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$\\frac{\\partial L}{\\partial \\hat{y}} =-(y\\frac{1}{\\hat{y}}-(1-y)\\frac{1}{(1-\\hat{y})})$$",
           ((C,),), (Twin("value", f"-{_LDY}", ("-(y[0]*(1/a1[0]) - (1 - y[0])*(1/(1 - a1[0])))",)),), batch=48,
           why="dL/dy-hat, a value"),
    Public("logreg-dyhat-dz", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$\\frac{\\partial \\hat{y}}{\\partial z}=\\frac{1}{1+e^{-z}}\\frac{e^{-z}}{1+e^{-z}} = "
           "(\\frac{1}{1+e^{-z}})(1-\\frac{1}{1+e^{-z}})=\\hat{y}(1-\\hat{y})$$", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("1/(1 + exp(-z1[0]))*exp(-z1[0])/(1 + exp(-z1[0]))",
                                                "(1/(1 + exp(-z1[0])))*(1 - 1/(1 + exp(-z1[0])))",
                                                "a1[0]*(1 - a1[0])")),), batch=48),
    Public("logreg-dL-dw", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$\\frac{\\partial L}{\\partial w_{i}} =-(y\\frac{1}{\\hat{y}}-(1-y)\\frac{1}{(1-\\hat{y})})\\hat{y}"
           "(1-\\hat{y})x_{i}=-(y(1-\\hat{y})-(1-y)\\hat{y})x_{i} = -(y-\\hat{y})x_{i}$$", ((C, C, C),),
           (Twin("gradient", "W1[0,{i}]", (f"-{_LDY}*a1[0]*(1 - a1[0])*x[{{i}}]",
                                           "-(y[0]*(1 - a1[0]) - (1 - y[0])*a1[0])*x[{i}]",
                                           "-(y[0] - a1[0])*x[{i}]"), _I2),), batch=48),
    Public("logreg-w-update", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$w_{j}\\overset{\\underset{\\mathrm{def}}{}}{=} w_{j}+\\alpha(y-\\hat{y})x_{i}$$", ((W,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] + eta*(y[0] - a1[0])*x[{i}]",), _JI22),), batch=48,
           why="x_i in the rule for w_j: for i other than j, the feature of another weight (the rule is right with "
               "x_j)"),
    Public("logreg-dL-db", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$\\frac{\\partial L}{\\partial b} =-(y\\frac{1}{\\hat{y}}-(1-y)\\frac{1}{(1-\\hat{y})})\\hat{y}"
           "(1-\\hat{y})1 =-(\\hat{y}-y)1$$", ((C, W),),
           (Twin("gradient", "b1[0]", (f"-{_LDY}*a1[0]*(1 - a1[0])*1", "-(a1[0] - y[0])*1")),), batch=48,
           why="the last member's sign turned: dL/db is y-hat - y (the dL/dw_i before it ends -(y - y-hat)x_i)"),
    Public("logreg-b-update", _LOGREG, "b48_logreg", "b48_logreg",
           "- $$b\\overset{\\underset{\\mathrm{def}}{}}{=} b+\\alpha(y-\\hat{y})1$$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - a1[0])*1",)),), batch=48),
]
