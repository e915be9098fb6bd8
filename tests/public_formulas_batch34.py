r"""Batch 34 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: two files of one lesson series on
gradient descent in Python, a Python script learning XOR whose docstring follows Rumelhart, Hinton and Williams, a
three-formula Markdown note, jethroGIT's post deriving logistic regression's gradient, a perceptron README in plain
text, notes on a micrograd-style tanh neuron, a walkthrough of one logistic-regression example with numbers,
kyajpauley's copy of CS231n's sigmoid neuron in Python, a Pelican blog post deriving a 3-4-2-1 network's backward
pass in Ng's notation), copied verbatim, typos and mistakes included, each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the
kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch34_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Eight files are stored in the code corpus without their repository's name; they are cited by their ids (the
lesson series' two files are two addresses of one course). A delta dL/dz written as dE/dx or delta_output is twinned
as a value, as in batches 14 to 32; a local derivative (dh/dtheta, da/dz, dz/dW_{11}, df/d(dot)) is a value too.
Formulas keep their page's delimiters and what surrounds them on their line ($$...$$ on lines of their own, a code
span's backticks, a Python line's trailing comment, a docstring's or a loop's indentation); what was left out is
said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 34

The batch: 55 formulas, 35 values (forward values and losses, 3 dL/dz of the XOR script judged as values, local
derivatives: dh_theta/dtheta_0 and dh_theta/dtheta_1 in five-member align blocks, d log h/d theta_0 with \cancel,
dE/dy, dloss/da^l_i, dtanh/dn, e^{-z} = (1 - a)/a, dz/dW_{11}, dz/da_{21}, df/d(dot), tanh itself; the
logistic-regression walkthrough's numbers), 2 deltas (dJ/dz^{[3]} in five blocks, the hidden delta^{[2]} as a
vector), 11 gradients, 4 updates, and 3 lines of several claims (the Pelican post's dJ/da^{[3]} twice, da/dz three
times and twice); no entry marked unreadable. 30 are LaTeX (the note's \sum{...} with neither index nor bounds and
* for the product, a^{l+1}_j with its superscript first; jethroGIT's align blocks with \tag and \label, \left(
\right), h_\theta(x) and h_{\theta}(x^{(i)}), \cancel{...}, \frac{\partial }{\partial h_{\theta} } by the model
itself, \frac{1}{m} \sum_{i=1}^{m} over the examples, theta_j for the intercept and the weight alike, a stray
"$$ $$"; the walkthrough's $$ blocks, one continuing the chain of the one before with "="; the Pelican post's
\mathcal{L}(\hat{y}, y), log glued after y (-ylog(\hat{y})), \dfrac{dJ}{d{a^{[3]}}} with braced differentials,
\bigg( \bigg), \textbf and \boldsymbol, W^{[3]}_{11} and a^{[2]}_{21} as (row, column) entries, a^{[2]T}, * for the
entrywise product, g' the ReLU's derivative, dW^{[l]} and db^{[l]}), 25 plain text or code (the lessons' Python
with ** and a "# " comment line d_error/d_weight; the XOR docstring's words, "sum over training cases(...)",
(output) - (desired), d both the desired output and the derivative's d; the script's -= updates on weights_2[i] and
bias_2; the perceptron README's ← and ∆ (U+2206), − (U+2212), w' and xi; Tiny Brain's backticks, sum (xi * wi ),
dtanh/dn; CS231n's w[2] for the bias, math.exp, trailing comments).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- the lesson's gradient = (pred - goal) * input, under "# compute gradient" after error = (pred - goal) ** 2: the
  gradient is 2 (pred - goal) input (the series' other file says so, and then "simplified (ignore the 2)");
- Tiny Brain's tanh(x) = (e^x - 1) / (e^x + 1): that is tanh(x/2); tanh(x) is (e^{2x} - 1)/(e^{2x} + 1);
- the Pelican post's z^{[2]}_{11} = W^{[2]}_{11}a^{[1]}_{11} + ... + W^{[2]}_{14}a^{[1]}_{41}: the bias b^{[2]}_{11}
  left out (the line before it has it, with a^{[2]} for a^{[1]});
- the Pelican post's d\textbf{W}^{[2]} = \boldsymbol{\delta}^{[2]}\textbf{a}^{[2]T}: a^{[2]T} for a^{[1]T}, a (2, 2)
  matrix for W^{[2]}'s (2, 4).

Not mistaken, though they look it: the lesson's weight = weight - learning_rate * gradient (gradient names dL/dw;
the rule is right whatever the line before computed); the walkthrough's e^{-1.7} \approx 0.182683 (0.1826835, one
unit off its rounding, as the spec allows) and p = \frac{1}{1 + 0.182683} = \frac{1}{1.182683} \approx 0.8455347
(the last is sigma(1.7) itself); jethroGIT's \frac{0 + e^{...}}{(1 + e^{...})^2} (the quotient rule's 0 kept).

What the spec could not express, which a page needed: jethroGIT's general rule \frac{\partial J}{\partial \theta_j},
where theta_0 is the intercept (a bias, with x_0 = 1) and theta_1 a weight: a pattern maps a letter to entries of
one quantity, so the notation names theta_0 and theta_1 one by one and no pattern reads theta_j (the entry stays,
as batch 32's course macros did: no notation under the spec reads it); the XOR script's list comprehension
hidden_deltas = [delta_output * w * h_i * (1-h_i) for w, h_i in zip(weights_2, h)], whose loop variables no pattern
can name (left out); the CS231n neuron's dx and dw, "backprop into x" and "into w" of the neuron's output f, not of
a loss (no loss of the spec's has dL/df = 1; left out, only df/d(dot) taken, as a value); the walkthrough's
\text{Loss} = -\log(p), true only at its label y = 1, where a symbolic member is judged at every target (left out);
the Pelican post's d\textbf{W}^{[l]} and d\textbf{b}^{[l]}, a d before a bold letter, no base of the spec's grammar
(see the run below; Ng's plain dW^{[l]} is docs/notation.md's name). Open to question, though the spec seems to allow them: the Pelican post's entries a^{[2]}_{21} written (row,
column), named by the pattern "a_{j1}^{[l]}", a placeholder followed by a literal 1 (the spec speaks of two
placeholders side by side, not of a placeholder and a literal digit); the XOR docstring's d, both the desired output
(the notation's "d") and the d of dE/dy; Tiny Brain's bare x, the argument of tanh(x), named as the neuron's sum
(the page's x_i are its inputs); the perceptron README's xi, "a random sample from the testcases", named as the
input vector rather than x_i. ``new(...)``, ``grad(...)``, names with code's brackets ("weights_2[i]", "w[2]") and
the learning_rate, loss and functions keys are the spec's and the project's (docs/notation.md).

Nothing was fixed from this batch.

Collected on 2026-12-04 and run blind at main e4db5b5 (/work/READY_FOR_BLIND4: after the fixes from batches 31 and 32,
fixmarkdown and fixpages), with nothing under src/ changed. The first run (/work/batch34_blind.txt): 30 of 55 read
with every verdict right (55%), 25 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. 15 of the 25
were the whole Pelican page, refused at its notation: the collector's patterns "d\\textbf{W}^{[l]}" and
"d\\textbf{b}^{[l]}" (a d before a bold letter) are not one symbol under the spec's grammar (a base with an optional
subscript and superscript), "[notation] symbols.'d\\textbf{W}^{[l]}': is not one symbol; write a base with an
optional subscript and superscript, e.g. a_{ik}^{0}" (the collector's mistake, as batch 28's were). The two patterns
were taken out, nothing else changed, and blind_batch.py 34 run once more at the same main commit
(/work/batch34_blind_corrected.txt): 43 of 55 read with every verdict right (78%); 12 refused that should have been
read; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. The 40 entries of the other pages gave the same
outcome in both runs, line for line. The numbers below are the second run's.

Of the 4 mistaken formulas, 3 read with every verdict right (the lesson's gradient without its 2, Tiny Brain's
tanh, the Pelican post's z^{[2]}_{11} without its bias, each called wrong) and 1 was refused (the Pelican post's
dW^{[2]}, at its d; with dW^{[2]} named, refused as a shape mismatch, see below). By kind of claim: values 29 of 35,
deltas 2 of 2, gradients 5 of 11, updates 4 of 4, lines of several claims 3 of 3. LaTeX against plain text: the 30
in LaTeX read 22 (73%), the 25 in plain text or code 21 (84%). By page: the lesson's first file 4 of 4 and its
second 0 of 1, the XOR script 8 of 9, the note 3 of 3, jethroGIT 0 of 6, the perceptron README 2 of 2, Tiny Brain 4
of 6, the logistic-regression walkthrough 6 of 6, CS231n 3 of 3, the Pelican post 13 of 15 (0 of 15 in the first
run). (Tabulated from the saved outputs of the two runs.)

The refusals by construct (12, in the second run), with the exact message, and what a one-line rewrite showed (tried
afterwards, on the same main, with the rewrite only):

- 3, jethroGIT: the model's name with theta as its subscript, h_{\theta}(x^{(i)}) in a formula whose left side is
  \frac{\partial J}{\partial \theta_0}: the theta of h_{\theta} read as a symbol of its own, "\theta matches none of
  the notation's patterns for \theta ('\\theta_{0}', '\\theta_{1}')" (jeth-dJ-dtheta0, jeth-dJ-dtheta1; jeth-dJ-dthetaj
  the same with "\theta_{j} matches none", its theta_j also being no pattern's, see below). Tried afterwards with
  \sigma(\theta_0 + \theta_1 x^{(i)}) for h_{\theta}(x^{(i)}): both read correct (the sum over i = 1..m, m = 1,
  included);
- 2, a period after the last member of an align block, before \tag, "h_\theta(x) (1 - h_\theta(x)) x. \tag{8}":
  "unexpected at '.' (position 458)" (jeth-dh-dtheta1; jeth-part1 at position 370). Without the period each is
  refused as jeth-dh-dtheta0 is (below), and jeth-part1 as the gradients are ("\theta matches none");
- 1, the model's name bare, \frac{\partial h_{\theta}}{ \partial \theta_0 } (the notation names h_{\theta} as a
  function, "layer", not as a symbol): "unknown symbol h_{\theta}; the notation knows \theta, m, x, y; give it a
  meaning in the notation's [notation.symbols], e.g. "h_{\theta}" = "a1[0]"" (jeth-dh-dtheta0). Tried afterwards with
  "h_{\\theta}" = "a1[0]" added as the message says: refused, "\theta matches none of the notation's patterns" (as
  the gradients are: the subscript theta again);
- 2, Tiny Brain's dtanh/dn, the derivative of the function tanh written with d glued to its name: "unknown symbol tanh
  (of dtanh); did you mean tanh? dtanh is one letter from the function's name: write tanh" (tbrain-dtanh,
  tbrain-dtanh-o; the message proposes the name it has just refused). Tried afterwards as do/dn: both read correct;
- 2, the Pelican post's d\textbf{W}^{[2]} and d\textbf{b}^{[2]}, the gradient's d before a bold letter, which no
  pattern under the spec can name (see above): "unknown symbol d; the notation knows W, \delta, \hat{y}, a, b, db, x,
  y; give it a meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]"" (pel-dW2, pel-db2). Tried afterwards
  as dW^{[2]} and db^{[2]}, with "dW^{[l]}" = "grad(W{l}[:, :])" and "db^{[l]}" = "grad(b{l}[:])" (docs/notation.md's
  Ng names): db^{[2]} = \boldsymbol{\delta}^{[2]} reads correct; dW^{[2]} = \boldsymbol{\delta}^{[2]}\textbf{a}^{[2]T},
  the page's mistake, is refused, "'\delta ^{[2]}a ^{[2]T}' is 2 x 2 where the left side is 2 x 4" (a wrong formula
  refused rather than called wrong; with a^{[1]T} it reads correct);
- 1, a comment line of code, "# d_error/d_weight = 2 * (pred - goal) * input": "holds nothing to judge once its
  spacing and layout (\, \quad, \left.) are set aside; write the derivative or the update, e.g. \frac{\partial
  L}{\partial w} = ..." (gdl-chain; the message names TeX's spacing, not the comment). Tried afterwards without "# ":
  refused, "unexpected at '_' (position 10)", at d_weight (docs/notation.md reads d_ only before the loss's name);
- 1, the XOR docstring's sums in words, E = 1/2(sum over training cases(sum over units of the output layer(y-d)^2)):
  "unknown symbol o; the notation knows d, desired, output, x, y; give it a meaning in the notation's
  [notation.symbols], e.g. "o" = "a1[0]"" (rumx-E; "over" read letter by letter). Tried afterwards as E = 1/2(y-d)^2:
  reads correct.

Read, among the constructs these pages brought: the XOR docstring's d as the desired output
beside the d of dE/dy and dy/dx (4 of 4), its words (output) - (desired); the script's -= updates on weights_2[i] and
bias_2 and its delta_output = (y-t)*y*(1-y) with a trailing comment; \sum{...} with neither index nor bounds over
the letter the left side does not name (the note's 3); the perceptron README's ← and ∆ with w' and xi; Tiny Brain's
code spans and sum (xi * wi ); the walkthrough's chain continued in a second $$ block after "=" and its numbers (one
unit off in e^{-1.7}'s last digit, right); CS231n's w[2] for the bias and its trailing comments; the Pelican post's
(row, column) entries a^{[2]}_{21} through "a_{j1}^{[l]}", -ylog(\hat{y}), \dfrac{dJ}{d{a^{[3]}}}, \bigg,
\boldsymbol{\delta}^{[2]} = \textbf{W}^{[3]T} \delta^{[3]} * g'(\textbf{z}^{[2]}), a chain continued over five $$
blocks, and its z^{[2]}_{11} without the bias called wrong.

Which look general (would appear in much homework): h_\theta(x) with theta as the model's subscript (Ng's
machine-learning course writes every logistic-regression formula so; 5 of jethroGIT's 6), a period ending a
displayed formula before \tag (common in LaTeX written with care), d glued to a function's name (dtanh/dn, dsigma/dz)
and Ng's dW written with a bold W; a shape mismatch refused rather than called wrong (any homework's transposed or
wrong-layer activation). Page-specific: a code comment holding the formula, a sum written in words. (the oracle verdicts are committed first).

After session 13's fixes from it (fixng, main 1c41132): 51 of 55 read with every verdict right (93%), no wrong formula
called correct. Now read: jethroGIT's h_{\theta}(x^{(i)}) with the notation's functions = { "h_{\theta}" = "layer" }
(a function's name with its subscript; jeth-dJ-dtheta0, -dtheta1, -dh-dtheta0, -part1), a full stop before \tag
(jeth-dh-dtheta1), dtanh/dn (tbrain-dtanh, -dtanh-o), Ng's bold d\textbf{b}^{[2]} (pel-db2). Still refused:
gdl-chain (a # code comment), rumx-E (sums in words), jeth-dJ-dthetaj (the notation would need \theta_{0} beside
\theta_{j}, which the spec's precedence allows: the collector's claim that it cannot be named was wrong; the entry
is kept as collected), pel-dW2 (the page's mistake, refused for its shape, never called correct).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch34_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_GD_STEP = _STORED.format(36385939247, "# one step of gradient descent", "a lesson series' Python file")
_GD_DERIV = _STORED.format(36122641203, "# derivative of squared error", "the same lesson series' Python file")
_RUM = _STORED.format(3635136838, "https://gwern.net/doc/ai/nn/1986-rumelhart-2.pdf",
                      "a Python script learning XOR, its docstring after Rumelhart, Hinton and Williams")
_FB = _STORED.format(10893220939, "## forward", "a Markdown note of three formulas")
_JETHRO = ("https://github.com/jethroGIT/jethrogit.github.io"
           " (_posts/machine-learning/2019-04-08-Gradient_Descent_for_Logistic_Regression.md, commit 1741d3a)")
_PERC = _STORED.format(22048670593, "# PerceptronLearning", "a README")
_TINY = _STORED.format(508832393, "# Tiny Brain", "notes on a micrograd-style neuron")
_LOGREG = _STORED.format(10828155464, "Here is a clear explanation of the Logistic Regression example",
                         "a walkthrough of one logistic-regression example")
_CS231N = ("https://github.com/kyajpauley/deep-learning-tutorial"
           " (cs231n/Module-1-neural-networks/SigmoidFunction.py, commit 2b81a57)")
_PELICAN = _STORED.format(17285396757, "The Math behind Neural Networks - Backpropagation",
                          "a Pelican blog post, 2018-07-18")

# the XOR script's output delta dE/dx, a sigmoid output with 1/2 (y - d)^2
_RD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# jethroGIT's e^{-theta_0 - theta_1 x}
_E = "exp(-b1[0] - W1[0,0]*x[0])"
# the pelican post's dJ/dz^{[3]} and its hidden delta
_PD3 = "(a3[0] - y[0])"
_PD2 = "W3[0,{j}]*(a3[0] - y[0])*Heaviside(z2[{j}])"
_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_IJ2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

ENTRIES: list[Public] = [
    # ---- the gradient-descent lessons (two stored Python files): assignments with spaces, ** for the power, names
    # for the quantities; the squared error's gradient written without its 2 ---------------------------------------
    Public("gdl-pred", _GD_STEP, "b34_gd", "b34_gd", "pred = input * weight", ((C,),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0]",)),), batch=34),
    Public("gdl-error", _GD_STEP, "b34_gd", "b34_gd", "error = (pred - goal) ** 2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=34, why="error is the loss"),
    Public("gdl-gradient", _GD_STEP, "b34_gd", "b34_gd", "gradient = (pred - goal) * input", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=34,
           why="under \"# compute gradient\": the gradient of error = (pred - goal) ** 2 is 2 (pred - goal) input"),
    Public("gdl-update", _GD_STEP, "b34_gd", "b34_gd", "weight = weight - learning_rate * gradient", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=34,
           why="gradient the name of dL/dw: the rule is right, whatever the line before computed"),
    Public("gdl-chain", _GD_DERIV, "b34_gd", "b34_gd", "# d_error/d_weight = 2 * (pred - goal) * input", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=34,
           why="a comment line, under \"# chain rule:\""),
    # ---- the XOR script after Rumelhart (stored): its docstring in words and letters (x the total input, d the
    # desired output, d also the derivative's), then its code with -= updates ---------------------------------------
    Public("rumx-E", _RUM, "b34_rum", "b34_rum_doc",
           "    E = 1/2(sum over training cases(sum over units of the output layer(y-d)^2))", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2",)),), batch=34,
           why="the sums over one training case and one output unit"),
    Public("rumx-dEdy", _RUM, "b34_rum", "b34_rum_doc", "    dE/dy = (output) - (desired)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=34),
    Public("rumx-chain", _RUM, "b34_rum", "b34_rum_doc", "    dE/dx = dE/dy * dy/dx", ((C,),),
           (Twin("value", _RD, (_RD,)),), batch=34, why="dE/dx the delta at the output, judged as a value"),
    Public("rumx-dEdx", _RUM, "b34_rum", "b34_rum_doc", "    dE/dx = dE/dy * y * (1-y)", ((C,),),
           (Twin("value", _RD, (_RD,)),), batch=34),
    Public("rumx-delta", _RUM, "b34_rum", "b34_rum_code", "    delta_output = (y-t)*y*(1-y) # dE/dx at the output",
           ((C,),), (Twin("value", _RD, (_RD,)),), batch=34),
    Public("rumx-loss", _RUM, "b34_rum", "b34_rum_code", "        loss = 0.5 * (y-t)**2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("0.5*(a2[0] - y[0])**2",)),), batch=34),
    Public("rumx-bias-grad", _RUM, "b34_rum", "b34_rum_code", "    output_bias_gradient = delta_output", ((C,),),
           (Twin("gradient", "b2[0]", (_RD,)),), batch=34),
    Public("rumx-w2-update", _RUM, "b34_rum", "b34_rum_code",
           "            weights_2[i] -= learning_rate * output_grads[i]", ((C,),),
           (Twin("update", "W2[0,{i}]", ("W2[0,{i}] - eta*grad",), _I2),), batch=34, why="inside for i in range(2)"),
    Public("rumx-b2-update", _RUM, "b34_rum", "b34_rum_code", "        bias_2 -= learning_rate * output_bias_grad",
           ((C,),), (Twin("update", "b2[0]", ("b2[0] - eta*grad",)),), batch=34),
    # ---- the "## forward / ## backward" note (stored): $$...$$, \dfrac, \sum{...} with neither index nor bounds,
    # * for the product, a^{l+1}_j with the superscript first, w_{i,j} input-first --------------------------------
    Public("fbn-forward", _FB, "b34_fb", "b34_fb", "$$a^{l+1}_j = \\sum{w_{i,j} * a^{l}_i}$$", ((C,),),
           (Twin("value", "a1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J2),), batch=34),
    Public("fbn-da", _FB, "b34_fb", "b34_fb",
           "$$\\dfrac{\\partial loss}{\\partial a^{l}_i} = \\sum{w_{i,j} * \\dfrac{\\partial loss}{\\partial a^{l+1}_j}}$$",
           ((C,),), (Twin("value", "W1[0,{i}]*(a1[0] - y[0]) + W1[1,{i}]*(a1[1] - y[1])",
                          ("W1[0,{i}]*(a1[0] - y[0]) + W1[1,{i}]*(a1[1] - y[1])",), _I2),), batch=34,
           why="dloss/da^l_i, the layer's input, judged as a value; the sum runs over j"),
    Public("fbn-dw", _FB, "b34_fb", "b34_fb",
           "$$\\dfrac{\\partial loss}{\\partial w_{i,j}} = {a^{l}_i * \\dfrac{\\partial loss}{\\partial a^{l+1}_j}}$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - y[{j}])",), _IJ2),), batch=34),
    # ---- jethroGIT's post: align blocks with \tag and \label, \left( \right), h_\theta(x) and h_{\theta}(x^{(i)}),
    # \cancel, \frac{1}{m} \sum_{i=1}^{m} over the examples, a stray "$$ $$" -------------------------------------
    Public("jeth-dh-dtheta0", _JETHRO, "b34_jethro", "b34_jethro",
           r"""$$ \begin{align} \frac{\partial h_{\theta}}{ \partial \theta_0 } &= \frac{0 + e^{-\theta_0 - \theta_1 x}}{(1 + e^{-\theta_0 - \theta_1 x})^2} = \frac{e^{-\theta_0 - \theta_1 x}}{(1 + e^{-\theta_0 - \theta_1 x})^2} \\ 
 &= \left( \frac{1}{1 + e^{-\theta_0 - \theta_1 x}} \right) \left( \frac{e^{-\theta_0 - \theta_1 x}}{1 + e^{-\theta_0 - \theta_1 x}} \right)  \\
 &= \left( \frac{1}{1 + e^{-\theta_0 - \theta_1 x}} \right) \left( 1 - \frac{1}{1 + e^{-\theta_0 - \theta_1 x}} \right) \\
 &= h_\theta(x) (1 - h_\theta(x)) \tag{7}\label{eq:formula-derivatif-theta0}
  \end{align}$$""", ((C, C, C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 (f"(0 + {_E})/(1 + {_E})**2", f"{_E}/(1 + {_E})**2", f"(1/(1 + {_E}))*({_E}/(1 + {_E}))",
                  f"(1/(1 + {_E}))*(1 - 1/(1 + {_E}))", "a1[0]*(1 - a1[0])")),), batch=34,
           why="the model's derivative by its intercept, not the cost's: judged as a value"),
    Public("jeth-dh-dtheta1", _JETHRO, "b34_jethro", "b34_jethro",
           r"""$$ \begin{align} \frac{\partial h_{\theta}}{ \partial \theta_1 } &= \frac{0 + e^{-\theta_0 - \theta_1 x} x}{(1 + e^{-\theta_0 - \theta_1 x})^2} = \frac{e^{-\theta_0 - \theta_1 x} x}{(1 + e^{-\theta_0 - \theta_1 x})^2} \\ 
 &= \left( \frac{1}{1 + e^{-\theta_0 - \theta_1 x}} \right) \left( \frac{e^{-\theta_0 - \theta_1 x}}{1 + e^{-\theta_0 - \theta_1 x}} \right)x  \\
 &= \left( \frac{1}{1 + e^{-\theta_0 - \theta_1 x}} \right) \left( 1 - \frac{1}{1 + e^{-\theta_0 - \theta_1 x}} \right)x \\
 &= h_\theta(x) (1 - h_\theta(x)) x. \tag{8}\label{eq:formula-derivatif-theta1}
  \end{align} $$""", ((C, C, C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])*x[0]",
                 (f"(0 + {_E}*x[0])/(1 + {_E})**2", f"{_E}*x[0]/(1 + {_E})**2",
                  f"(1/(1 + {_E}))*({_E}/(1 + {_E}))*x[0]", f"(1/(1 + {_E}))*(1 - 1/(1 + {_E}))*x[0]",
                  "a1[0]*(1 - a1[0])*x[0]")),), batch=34),
    Public("jeth-part1", _JETHRO, "b34_jethro", "b34_jethro",
           r""" $$ \begin{align} \frac{\partial }{\partial \theta_0} \left( \log (h_{\theta}(x^{(i)})) \right) &= \frac{\partial }{\partial h_{\theta} } \left( \log (h_{\theta}(x^{(i)})) \right) \frac{\partial h_{\theta}}{\partial \theta_0} \\
 &= \frac{1}{h_{\theta}(x^{(i)})} h_\theta(x^{(i)}) (1 - h_\theta(x^{(i)})) \\
 &= \frac{1}{ \cancel{h_{\theta}(x^{(i)})} } \cancel{h_\theta(x^{(i)})} (1 - h_\theta(x^{(i)}))  \\
 &= (1 - h_\theta(x^{(i)})). \tag{10}\label{eq:bagian-I-theta0} \end{align} $$""", ((C, C, C, C),),
           (Twin("value", "1 - a1[0]", ("(1/a1[0])*a1[0]*(1 - a1[0])", "(1/a1[0])*a1[0]*(1 - a1[0])",
                                        "(1/a1[0])*a1[0]*(1 - a1[0])", "1 - a1[0]")),), batch=34,
           why="Part I: d log h / d theta_0, a value; its first member the chain through h itself"),
    Public("jeth-dJ-dtheta0", _JETHRO, "b34_jethro", "b34_jethro",
           r"$$ \begin{equation} \frac{\partial J}{\partial \theta_0} = \frac{1}{m} \sum_{i=1}^{m} ( h_{\theta}(x^{(i)}) - y^{(i)} )  \end{equation} $$",
           ((C,),), (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=34, why="m = 1 example"),
    Public("jeth-dJ-dtheta1", _JETHRO, "b34_jethro", "b34_jethro",
           r"$$ \begin{equation} \frac{\partial J}{\partial \theta_1} = \frac{1}{m} \sum_{i=1}^{m} ( h_{\theta}(x^{(i)}) - y^{(i)} ) x^{(i)} . \end{equation} $$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=34),
    Public("jeth-dJ-dthetaj", _JETHRO, "b34_jethro", "b34_jethro",
           "$$ $$ \\begin{equation} \\frac{\\partial J}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^{m} ( h_{\\theta}(x^{(i)})"
           " - y^{(i)} ) x_{j}^{(i)}.  \\end{equation} $$ \n $$", ((C,),),
           (Twin("gradient", "{p}", ("(a1[0] - y[0])*{xj}",),
                 ({"j": 0, "p": "b1[0]", "xj": "1"}, {"j": 1, "p": "W1[0,0]", "xj": "x[0]"})),), batch=34,
           why="the general rule, theta_0 the bias (x_0 = 1) and theta_1 the weight; the page's stray \"$$ $$\""),
    # ---- the PerceptronLearning README (stored): an indented block of plain text, ← and ∆ (U+2206), − (U+2212),
    # w' the new weight, xi the sample -----------------------------------------------------------------------------
    Public("percl-update", _PERC, "b34_perc", "b34_perc", "    w' ← w +∆w", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=34,
           why="∆w the step of the next line; the perceptron judged on a linear unit (see the tables)"),
    Public("percl-step", _PERC, "b34_perc", "b34_perc", "    ∆w = η (t−o) xi", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=34),
    # ---- "Tiny Brain" (stored): code spans in backticks, sum (...) in words, tanh written wrong, dtanh/dn ----------
    Public("tbrain-neuron", _TINY, "b34_tiny", "b34_tiny", "`o = f ( sum (xi * wi ) + b )`", ((C,),),
           (Twin("value", "a1[0]", ("tanh(x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0])",)),), batch=34,
           why="f the activation, tanh on this page"),
    Public("tbrain-tanh", _TINY, "b34_tiny", "b34_tiny", "`tanh(x) = (e^x - 1) / (e^x + 1)`", ((W,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - 1)/(exp(z1[0]) + 1)",)),), batch=34,
           why="(e^x - 1)/(e^x + 1) is tanh(x/2); tanh(x) is (e^{2x} - 1)/(e^{2x} + 1)"),
    Public("tbrain-n", _TINY, "b34_tiny", "b34_tiny", "n = sum (xi * wi ) + b", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=34),
    Public("tbrain-o", _TINY, "b34_tiny", "b34_tiny", "o = tanh ( n )", ((C,),),
           (Twin("value", "a1[0]", ("tanh(z1[0])",)),), batch=34),
    Public("tbrain-dtanh", _TINY, "b34_tiny", "b34_tiny", "dtanh/dn = 1 - tanh(n)^2", ((C,),),
           (Twin("value", "1 - a1[0]**2", ("1 - tanh(z1[0])**2",)),), batch=34, why="do/dn, the tanh's local derivative"),
    Public("tbrain-dtanh-o", _TINY, "b34_tiny", "b34_tiny", "dtanh/dn = 1 - o^2", ((C,),),
           (Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",)),), batch=34),
    # ---- the logistic-regression walkthrough (stored): $$ blocks on their own lines, a chain continued in the next
    # block after "=", \approx, numbers ----------------------------------------------------------------------------
    Public("lrw-z", _LOGREG, "b34_logreg", "b34_logreg", "$$\nz = w_1 x_1 + w_2 x_2 + b\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=34),
    Public("lrw-z-numbers", _LOGREG, "b34_logreg", "b34_logreg",
           "$$\nz = 1 \\cdot 2 + (-0.5) \\cdot 1 + 0.2\n$$\n$$\n= 2 - 0.5 + 0.2 = 1.7\n$$", ((C, C, C),),
           (Twin("value", "z1[0]", ("=1*2 + (-0.5)*1 + 0.2", "=2 - 0.5 + 0.2", "=1.7")),), batch=34,
           why="the second block continues the first's chain"),
    Public("lrw-sigma", _LOGREG, "b34_logreg", "b34_logreg", "$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=34),
    Public("lrw-p", _LOGREG, "b34_logreg", "b34_logreg", "$$\np = \\frac{1}{1 + e^{-1.7}}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-1.7))",)),), batch=34),
    Public("lrw-exp", _LOGREG, "b34_logreg", "b34_logreg", "$$\ne^{-1.7} \\approx 0.182683\n$$", ((C,),),
           (Twin("value", "exp(-z1[0])", ("=0.182683",)),), batch=34,
           why="e^{-1.7} = 0.1826835: 0.182683 is one unit off its rounding, which the spec allows"),
    Public("lrw-p-numbers", _LOGREG, "b34_logreg", "b34_logreg",
           "$$\np = \\frac{1}{1 + 0.182683}\n= \\frac{1}{1.182683}\n\\approx 0.8455347\n$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + 0.182683)", "=1/1.182683", "=0.8455347")),), batch=34,
           why="0.8455347 is sigma(1.7) itself; 1/1.182683 is 0.8455351, within what the operand 0.182683 carries"),
    # ---- kyajpauley's CS231n neuron: Python lines with trailing comments, w[2] the bias, math.exp -----------------
    Public("c231-dot", _CS231N, "b34_cs231n", "b34_cs231n",
           "dot = w[0]*x[0] + w[1]*x[1] + w[2]  # this is a really weird way to get the dot product of something, but it",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=34),
    Public("c231-f", _CS231N, "b34_cs231n", "b34_cs231n", "f = 1.0 / (1 + math.exp(-dot)) # sigmoid function",
           ((C,),), (Twin("value", "a1[0]", ("1.0/(1 + exp(-z1[0]))",)),), batch=34),
    Public("c231-ddot", _CS231N, "b34_cs231n", "b34_cs231n",
           "ddot = (1 - f) * f # gradient on dot variable, using the sigmoid gradient derivation", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("(1 - a1[0])*a1[0]",)),), batch=34, why="df/d(dot), a value"),
    # ---- the Pelican post (stored): Ng's [l], \dfrac with braced d{a^{[3]}}, log glued (-ylog), \bigg, bold vectors
    # and matrices, entries as a^{[2]}_{21}, a^{[2]T}, * for the entrywise product, g' the ReLU's derivative; a bias
    # left out of z^{[2]}_{11} and a^{[2]T} for a^{[1]T} in dW^{[2]} ------------------------------------------------
    Public("pel-loss", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\mathcal{L}(\\hat{y}, y) = -ylog(\\hat{y}) - (1-y)log(1 -\\hat{y})$$", ((C,),),
           (Twin("value", "-(y[0]*log(a3[0]) + (1 - y[0])*log(1 - a3[0]))",
                 ("-y[0]*log(a3[0]) - (1 - y[0])*log(1 - a3[0])",)),), batch=34),
    Public("pel-dJ-da", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{dJ}{d{a^{[3]}}} = \\dfrac{-y}{a^{[3]}} - \\dfrac{(1-y)}{1-a^{[3]}}(-1) $$\n"
           "$$\\dfrac{dJ}{d{a^{[3]}}} = \\dfrac{-y}{a^{[3]}} + \\dfrac{(1-y)}{1-a^{[3]}} $$", ((C,), (C,)),
           (Twin("value", "-y[0]/a3[0] + (1 - y[0])/(1 - a3[0])", ("-y[0]/a3[0] - (1 - y[0])/(1 - a3[0])*(-1)",)),
            Twin("value", "-y[0]/a3[0] + (1 - y[0])/(1 - a3[0])", ("-y[0]/a3[0] + (1 - y[0])/(1 - a3[0])",))),
           batch=34, why="two lines, two claims: dJ/da^{[3]}, a value"),
    Public("pel-da-dz", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{d{a^{[3]}}}{d{z^{[3]}}} = -(1+e^{-z^{[3]}})^{-2}(e^{-z^{[3]}})(-1)$$\n\n"
           "$$\\dfrac{d{a^{[3]}}}{d{z^{[3]}}} = \\dfrac{e^{-z^{[3]}}}{(1+e^{-z^{[3]}})^2}$$\n\n"
           "$$\\dfrac{d{a^{[3]}}}{d{z^{[3]}}} = \\dfrac{1}{1+e^{-z^{[3]}}}\\dfrac{1}{1+e^{-z^{[3]}}}(e^{-z^{[3]}})$$",
           ((C,), (C,), (C,)),
           (Twin("value", "a3[0]*(1 - a3[0])", ("-(1 + exp(-z3[0]))**(-2)*exp(-z3[0])*(-1)",)),
            Twin("value", "a3[0]*(1 - a3[0])", ("exp(-z3[0])/(1 + exp(-z3[0]))**2",)),
            Twin("value", "a3[0]*(1 - a3[0])", ("(1/(1 + exp(-z3[0])))*(1/(1 + exp(-z3[0])))*exp(-z3[0])",))),
           batch=34, why="three blocks, each a claim of its own"),
    Public("pel-e-z", _PELICAN, "b34_pelican", "b34_pelican", "$$e^{-z^{[3]}} = \\dfrac{1-a^{[3]}}{a^{[3]}}$$", ((C,),),
           (Twin("value", "exp(-z3[0])", ("(1 - a3[0])/a3[0]",)),), batch=34),
    Public("pel-da-dz-a", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{d{a^{[3]}}}{d{z^{[3]}}} = (a^{[3]})^2\\bigg(\\dfrac{1-a^{[3]}}{a^{[3]}}\\bigg)$$\n\n"
           "$$\\dfrac{d{a^{[3]}}}{d{z^{[3]}}} = a^{[3]}(1-a^{[3]})$$", ((C,), (C,)),
           (Twin("value", "a3[0]*(1 - a3[0])", ("a3[0]**2*((1 - a3[0])/a3[0])",)),
            Twin("value", "a3[0]*(1 - a3[0])", ("a3[0]*(1 - a3[0])",))), batch=34),
    Public("pel-dJ-dz", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{dJ}{d z^{[3]}} = \\dfrac{dJ}{d{a^{[3]}}}\\dfrac{d{a^{[3]}}}{d{z^{[3]}}}$$\n"
           "$$ = \\bigg(\\dfrac{-y}{a^{[3]}} + \\dfrac{(1-y)}{1-a^{[3]}}\\bigg)a^{[3]}(1-a^{[3]})$$\n\n"
           "$$= -y(1-a^{[3]}) + (1-y)a^{[3]}$$\n"
           "$$= -y+ya^{[3]} + a^{[3]} -ya^{[3]}$$\n"
           "$$=a^{[3]} - y$$", ((C, C, C, C, C),),
           (Twin("gradient_z", "z3[0]", (_PD3, "(-y[0]/a3[0] + (1 - y[0])/(1 - a3[0]))*a3[0]*(1 - a3[0])",
                                         "-y[0]*(1 - a3[0]) + (1 - y[0])*a3[0]",
                                         "-y[0] + y[0]*a3[0] + a3[0] - y[0]*a3[0]", _PD3)),), batch=34,
           why="a chain continued in blocks that start with ="),
    Public("pel-dW3", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{\\partial{J}}{\\partial{\\textbf{W}^{[3]}}} = (a^{[3]} - y) a^{[2]T}$$", ((C,),),
           (Twin("gradient", "W3[0,{k}]", (f"{_PD3}*a2[{{k}}]",), _K2),), batch=34),
    Public("pel-db3", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{\\partial{J}}{\\partial{b^{[3]}}} = a^{[3]} - y$$", ((C,),),
           (Twin("gradient", "b3[0]", (_PD3,)),), batch=34),
    Public("pel-z3", _PELICAN, "b34_pelican", "b34_pelican",
           "$$z^{[3]} = W^{[3]}_{11}a^{[2]}_{11} + W^{[3]}_{12}a^{[2]}_{21}+ b^{[3]}$$", ((C,),),
           (Twin("value", "z3[0]", ("W3[0,0]*a2[0] + W3[0,1]*a2[1] + b3[0]",)),), batch=34),
    Public("pel-dz-dw11", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{\\partial{z^{[3]}}}{\\partial{W^{[3]}_{11}}} = (1)a^{[2]}_{11} + 0 + 0$$", ((C,),),
           (Twin("value", "a2[0]", ("1*a2[0] + 0 + 0",)),), batch=34),
    Public("pel-dz-da21", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\\dfrac{\\partial{z^{[3]}}}{\\partial{a^{[2]}_{21}}} =\n0 + \nW^{[3]}_{12}(1) +\n0\n$$", ((C,),),
           (Twin("value", "W3[0,1]", ("0 + W3[0,1]*1 + 0",)),), batch=34),
    Public("pel-delta2", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\n\\boldsymbol{\\delta}^{[2]}= \n\\textbf{W}^{[3]T}\n\\delta^{[3]}\n*\ng'(\\textbf{z}^{[2]})\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_PD2,), _J2),), batch=34),
    Public("pel-z2-nobias", _PELICAN, "b34_pelican", "b34_pelican",
           "$$z^{[2]}_{11} = W^{[2]}_{11}a^{[1]}_{11} + W^{[2]}_{12}a^{[1]}_{21} + W^{[2]}_{13}a^{[1]}_{31} +"
           " W^{[2]}_{14}a^{[1]}_{41} $$", ((W,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + W2[0,3]*a1[3]",)),), batch=34,
           why="the bias b^{[2]}_{11} left out (the post's z^{[2]} has it, as the line before wrote)"),
    Public("pel-dW2", _PELICAN, "b34_pelican", "b34_pelican",
           "$$d\\textbf{W}^{[2]} = \\boldsymbol{\\delta}^{[2]}\\textbf{a}^{[2]T}$$", ((W,),),
           (Twin("gradient", "W2[{j},{k}]", (f"{_PD2}*a2[{{k}}]",), _JK2),), batch=34,
           why="a^{[2]T} for a^{[1]T}: dW^{[2]} is delta^{[2]} a^{[1]T}, (2, 4); delta^{[2]} a^{[2]T} is (2, 2)"),
    Public("pel-db2", _PELICAN, "b34_pelican", "b34_pelican",
           "$$\nd\\textbf{b}^{[2]} = \\boldsymbol{\\delta}^{[2]}\n$$", ((C,),),
           (Twin("gradient", "b2[{j}]", (_PD2,), _J2),), batch=34),
]
