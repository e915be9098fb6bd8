r"""Batch 161 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 addresses no earlier batch used (the code corpus, with this batch's emphasis on write-ups and
notebooks that work a small network's forward and backward pass in numbers, and the derivations beside them; every
address a stored file whose repository the index does not name): Chinese Markdown notes on the MLP (stored file
12238030241: Mazur's example in $$ displays, * for products, n the rate, Chinese text inside a display, displays of
two and three lines joined by \\), a slidev note "Back Propagation" (stored file 7896778679: inline $ formulas with
\times and \Rightarrow, o_1 and o_2 the targets, the new weights and biases listed in rows), Chinese blog notes
"神经网络 NN" (stored file 1890376684: \[ \] displays with a space before the fractions' closing braces, an align*),
a MATLAB fc_learning function on Mazur's example (stored file 31668662093: rows, ', .*, repmat), Lynch's MATLAB
Program_07c.m (stored file 40336839913: a 2-2-1 network worked for two output weights), a Python
MultilayerPerceptron class (stored file 32337815399: np.newaxis as na, Ew_o and Ew_h the gradients, # shape
comments) and a NumPy script commented in Spanish (stored file 30218509352: a 2-2-1 network with its numbers under
np.mean(error**2)). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded;
a display's lines, its indentation and its $$ kept as the file holds them), each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: Mazur's names
with b_1, b_2 the layers' shared biases; the slidev note's o_1, o_2 the TARGETS, as its "arrive at
[o_1=0.01,o_2=0.99]" and E = 1/2 sum (out_{oi} - o_i)^2 name them, and both its spellings i1 and i_1; n the Chinese
notes' rate; code's names transposed where the samples are rows, "D_salida" = "grad(z2[:]).T"; Lynch's h1, h2 the
hidden SUMS and dErrdw13 the derivative its name says; helpers declared "sigmoid' at output" where they compute x (1
- x) of what they are given, activation_der, and "sigmoid' at input" where they compute s (1 - s) of s =
sigmoid(x), derivada_sigmoide), a network of the kind the page describes (with the page's numbers where it gives
them: Mazur's i = [0.05, 0.1], w1 ... w8 = 0.15 ... 0.55, b1 = 0.35, b2 = 0.6 shared, targets 0.01 and 0.99, eta
0.5; Lynch's w11 ... w23, biases -1, x = [1, 1], yt = 0, eta 0.1; the Spanish X = [0.5, 0.1], Y = 0.9, W_oculta,
W_salida, rate 0.1; the class's eta_0 = 1 with the ones column as a third input; all in
tests/public_formulas_batch161_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by an output (dE/d
out_o1, De_Dotput_o), a sigmoid's slope (out_{o1}(1-out_{o1}), Do_Doutput_i), a code's error (error = A_salida - Y),
a loss's definition or value (E_{o1}, loss = np.mean(error**2)), a sum (net_{h1}, hidden_i, h1, o1) and a derivative
by a hidden output are twinned as values, as in batches 14 to 157; the slidev note's rows of new values as a value of
three entries.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 161

The batch: 49 formulas from 7 addresses (the Chinese MLP notes 8, the slidev note 7, the Chinese blog notes 7, the
MATLAB fc_learning 7, Lynch's program 6, the MultilayerPerceptron class 6, the Spanish script 8). 22 are in documents
(the MLP notes' 8 in $$ displays, the slidev note's 7 in $, the blog's 7 in \[ \]), 27 in code (MATLAB 13,
Python/NumPy 14). By kind: 17 values (sums, errors, slopes, losses, derivatives by outputs),
5 sums' gradients (deltas), 10 weights' gradients, 13 updates (two of them rows of new values with biases), 1 display
holding a gradient and an update, 3 mistyped; 16 carry worked numbers, 30 are symbolic only (and the 3 typos).

8 are mistaken somewhere (the oracle finds at least one member wrong), and 3 are mistyped:

- the slidev note's sv-new1, $[w_1^+, w_2^+, b_1^+] = [0.149780716, 0.19956143, 0.3450265]$: the shared hidden bias's
  new value is 0.35 - 0.5 (delta_h1 + delta_h2) = 0.340637 (Mazur's post updates no bias; the note's number is
  wrong), the weights' are Mazur's;
- the slidev note's sv-new4, $[w_7^+, w_8^+, b_2^+] = [0.511301270, 0.561370121, 0.511301270]$: b_2^+ copies w_7^+'s
  number where the shared output bias's new value is 0.6 - 0.5 (delta_o1 + delta_o2) = 0.549800;
- the Chinese blog's cn-dout, ...=-(0.01-0.75136507)=074136507: the decimal point of 0.74136507 dropped (74136507);
- the Chinese MLP notes' ml-tot, ...=0.055399425+-0.01904911831=0.03635030669: the sum of the rounded parts carried
  to eleven digits, where the true value is 0.03635030639 (wrong by 30 units of the last digit it writes; the sum
  written before it is right as an expression of rounded operands);
- the Chinese MLP notes' ml-w1, \frac{\partial E_{total}}{\partial w_1}=0.03635030669*0.241300709*0.05=0.000438568:
  the product's first operand is that over-precise 0.03635030669 (an operand judged to its digits: wrong); the
  result 0.000438568 and the update on the next line are right;
- Lynch's ly-d13 and ly-d23, dErrdw13=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h1);: the derivative of Err = 1/2
  (yt - y)^2 by w13 is (y - yt) sigma'(o1) sigma(h1): (yt-y) flips its sign, and the program's step w13=w13-
  eta*dErrdw13 then climbs the error;
- the Spanish script's es-ds, D_salida = error * derivada_sigmoide(Z_salida): under its loss = np.mean(error**2) the
  output sum's gradient is 2 error sigma'(Z_salida), the square's 2 missing (half the squared error's delta);
- mistyped (unreadable): the MLP notes' ml-rule, $$ wi=w-n\frac{\partial E_{total}}{\partial w_i} $$: wi for the new
  w_i and w without its index (unreadable="wi");
- mistyped (unreadable): the MLP notes' ml-sig, $$ y=sigmoid(x)y^,=y(1-y) $$: y = sigmoid(x) and y' = y(1-y) run
  together, the prime typed ^, (unreadable="y^,");
- mistyped (unreadable): the blog's cn-2h, ...=2*\frac{1}{2}(target_{o1}-out{o1})^{2-1}*(-1)+0: out{o1} without its
  underscore (unreadable="out{o1}").

Not mistaken, though they look it: Lynch's updates w13=w13-eta*dErrdw13; (dErrdw13 the derivative its name says:
right as written in it, wrong only through the line that computes it), the Spanish script's D_oculta, gradients and
updates after its wrong D_salida (the same); the MLP notes' E_{o2}=0.023560025 (0.0235600257 cut at the ninth digit:
within the rule's unit); fc_learning's De_Dotput_o, a typo in a name the code uses consistently; its repmat product,
the outer product of the deltas and the hidden outputs; the blog's \frac{\partial net_{o1} }{\partial
w_5}=1*out_{h1}*w_5^{(1-1)}+0+0, the power rule written out.

What was left out: the MLP notes' forward displays (net_{o1}=0.4*0.59326992+..., out_{o1}=\frac{1}{1+e^{net_o1}} with
its sign slip, values of the forward pass, no derivative), its multi-line displays of the output weights' and w_1's
derivations (the chain and its parts on lines joined by \\, a \frac{net_{o1}}{\partial w_5} without its \partial),
its list of the other new weights and its PyTorch code; the slidev note's E = \frac{1}{2} \sum_{i=1}^{2} (out_{oi} -
o_i)^2 (an index inside a two-letter subscript no pattern names), its continuation lines starting = and + (one with
\times \times), its matrices of the linear-algebra section and its TensorFlow.js code; the blog's forward displays, its
E_{total}=...=0.2748110083+0.023560026 (an extra digit typed in a number), \Delta \omega_{jk}=-\eta ... (another
network's names with j = 0 the bias) and its general w_1 chain; fc_learning's e = ... / 2 (a vector of halves of
squares, no derivative) and its repmat(input_values, [2 1]) line; Lynch's h2 and y lines (the same as the ones taken);
the class's forward, fit and predict, its err += 1 / 2 * (y - t) * (y - t) (an accumulation) and fit's averaged
updates; the Spanish script's forward lines and prints. Pages read and not taken: Kose-i's feadforward_feadback files
(stored files 3004715631 and others: their ids' siblings used by earlier batches), the llm-learn Chinese worked
example (stored file 27989488847: another version of a file an earlier batch used), pythonandml's numerical example
(stored file 39379449361, used), the second copy of Lynch's program (stored file 56000252153, Prog_23c.m, the same
lines), melfm's and sreekanth9999's notes (their repositories used by earlier batches), an R autoencoder with
sweep() and w2 <- -w2-eta*dw2 (not followed up for time).

Collected on 2026-12-07 (17:44 to 17:50 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 7 loaded as first written. The oracle's first run failed on 4 entries, each settled from the math: sv-new1 and
sv-new4 were first twinned as rules over three parameters with members of numbers (the numbers' oracle takes one
target, not a rule's, and crashed on "{p}"), rewritten as values of three entries (new W1[0,0], W1[0,1], b1 ...),
checked to call the right row correct and the page's wrong; ml-tot's last member 0.03635030669 and ml-w1's first,
0.03635030669*0.241300709*0.05, were expected correct and are wrong by the spec's rule for numbers (the true
dE/d out_h1 is 0.036350306393, so eleven digits written are 30 units off: the page's sum of rounded parts), and the
expectation was changed to the math's. The second run passed every verdict (47 entries and the batch's checks; the
3 mistyped entries have no verdicts).

Run blind at main fdc66fd (/work/READY_FOR_BLIND61; src/ as at fdc66fd, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch161_blind.txt): 41 of 49 read with
every verdict right (84%), 4 refused, 1 misread, 3 typos refused, no typo read, no crash, NO WRONG FORMULA CALLED
CORRECT. The misreading was this batch's own slip: ml-tot's twin listed the left side's derivative as a member (4
members where the formula has 3 right sides: the parts' sum, the numbers' sum, the result), and check's (correct,
correct, wrong) was right; its twin was corrected to the three members, the oracle re-run (passing), and the batch
run once more (/work/batch161_blind2.txt): 42 of 49 read with every verdict right (86%), 4 refused, 0 misread, 3
typos refused, no typo read, no crash, NO WRONG FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py -k
"b161-" passed after the rebase, check's never-wrong-called-correct test included.

Of the 8 mistaken formulas, 7 were read with their wrong member called wrong: sv-new1 and sv-new4 (the rows' bias
values), ml-tot (the over-precise 0.03635030669 as the result), ml-w1 (the same number as an operand), ly-d13 and
ly-d23 (the flipped sign of (yt-y)), es-ds (the square's missing 2 under np.mean(error**2)); cn-dout (074136507) was
refused. By page (second run): the Chinese MLP notes 5 of 8 (1 refused, 2 typos refused), the slidev note 7 of 7, the
Chinese blog notes 5 of 7 (1 refused, 1 typo refused), the MATLAB fc_learning 6 of 7, Lynch's program 6 of 6, the
MultilayerPerceptron class 5 of 6, the Spanish script 8 of 8.

The refusals by construct, with the exact message:

- prose before a formula inside a display, Chinese text and a full-width colon (ml-up5, $$ 对w_5进行更新：w_5^+=...
  $$): "formula '对w_5进行更新: w_5^+=w_5-n*\\frac{\\partial E_{total}}{\\partial ...': unexpected at ':' (position 9)";
- a number with a leading zero, the page's dropped decimal point (cn-dout, ...=-(0.01-0.75136507)=074136507): "formula
  '\\frac{\\partial E_{total} }{\\partial out_{o1} }=-(target_{...': the number 074136507 has a leading zero at
  '074136507' (position 91); write 74136507 for the whole number, or 0.74136507 for the decimal" (a wrong member
  refused, not called wrong);
- MATLAB's repmat tiling a row (fc-dw): "formula "d_W_hidden_to_output = repmat(De_Doutput_i, [2 1])' \\odot...":
  unknown symbol repmat; the notation knows De_Dotput_o, De_Doutput_i, Do_Doutput_i, W_hidden_to_output,
  W_hidden_to_output_bias, W_input_to_hidden, W_input_to_hidden_bias, d_W_hidden_to_output; a name of several letters
  is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "repmat" = "..." (e.g. "a1[0]"); or, where it is a helper doing arithmetic on its
  arguments, declare it in the notation's functions: repmat = "matrix product" (or "product" entry by entry,
  "sum", "difference", "transpose", "dot")" (no kind the functions table offers is a tiling: a teacher cannot
  declare it);
- NumPy's np.newaxis imported as na in an index (jp-ewh, Ew_h = x[:, na] * delta_h[na, :]): "formula 'Ew_h = x[:, na] *
  delta_h[na, :]': unexpected at ':' (position 31)";
- the typos: ml-rule, "formula 'wi=w-n\\frac{\\partial E_{total}}{\\partial w_i}': w matches none of the notation's
  patterns for w ('w_{1}', ..., 'w_{8}')" (naming the w without index, not wi); ml-sig, "formula
  'y=sigmoid(x)y^,=y(1-y)': unexpected at ',' (position 15); a comma after a member is no product: ..." (naming it);
  cn-2h, "formula '...': o1: digits typed against a name, which TeX sets as o times 1, and the notation names no o_{1}
  at '1' (position 79); write o \\cdot 1 for the product, or the name as the notation writes it (o_{1}, o^{(1)}, ...)"
  (naming the o1 of out{o1}; blind_batch.py reports it as not naming 'out{o1}', the spelling the entry gives).

Read, among the constructs these pages brought: $$ displays indented two spaces, of two and three lines joined by \\
(each line its own claim), +- glued, * for products, n the rate; \Rightarrow before a derivative, o_1 the target,
i1 beside i_1, rows of new weights and biases [w_1^+, w_2^+, b_1^+] = [...] (both called wrong at the bias);
\[ \] displays with a space before a fraction's closing brace, an align* with &= rows, w_5^{(1-1)}; MATLAB's ', .*,
a bias times a bias input of 1, Lynch's (yt-y) sign slip called wrong, ; ending lines; self.w_o -= eta * Ew_o with
# shape comments; the Spanish names with np.dot and .T on rows and the missing 2 called wrong.

Which look general: prose before a formula inside a display (a label the reader takes outside a display, here inside
$$ and ending in a full-width colon: Chinese and other write-ups do it); np.newaxis (as np.newaxis or an alias like
na, and None) in an index, common in NumPy code that builds outer products by broadcasting; MATLAB's repmat for an
outer product, common in older MATLAB homework (a notation cannot declare it; the reader would need repmat's tiling
itself). Page-specific: the leading-zero number (a slip refused in one line rather than called wrong; reading it as
the whole number 74136507 would call it wrong).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch161_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ML = _STORED.format(12238030241, "# 多层感知机——Multi-Layer Perceptron, MLP",
                     "Chinese Markdown notes on the MLP: Mazur's worked example in $$ displays, n the rate")
_SV = _STORED.format(7896778679, "<h1 c-blueGray flex=\"~ items-center\">",
                     "a slidev note \"Back Propagation\": Mazur's example in inline $ formulas, o_1, o_2 the targets, "
                     "the new weights and biases listed")
_CN = _STORED.format(1890376684, "---",
                     "Chinese blog notes \"神经网络 NN\" (2018): Mazur's example in \\[ \\] displays, numbers to nine "
                     "digits")
_FC = _STORED.format(31668662093, "function [] = fc_learning",
                     "a MATLAB fc_learning function on Mazur's example, after two blank lines: rows, repmat, one "
                     "output-layer update")
_LY = _STORED.format(40336839913, "% Program_07c.m: Simple Backpropagation.",
                     "Lynch's MATLAB Program_07c.m (Springer 2025): a 2-2-1 network worked for two weights")
_JP = _STORED.format(32337815399, "import numpy as np",
                     "a Python MultilayerPerceptron class on vowel data: np.newaxis as na, deltas and Ew_ gradients")
_ES = _STORED.format(30218509352, "import numpy as np",
                     "a NumPy script commented in Spanish (RETROPROPAGACIÓN: X PASOS DE APRENDIZAJE): a 2-2-1 "
                     "network with its numbers, the mean squared error")

_J2 = tuple({"j": j} for j in range(2))
_J5 = tuple({"j": j} for j in range(5))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J5I3 = tuple({"j": j, "i": i} for j in range(5) for i in range(3))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))

# Mazur's 2-2-2 network (shared biases, half the squared error): the outputs' dE/dnet, dE/d out_h1, the hidden deltas
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_EA1 = f"({_D0}*W2[0,0] + {_D1}*W2[1,0])"
_H1 = f"{_EA1}*a1[0]*(1 - a1[0])"
_H2 = f"({_D0}*W2[0,1] + {_D1}*W2[1,1])*a1[1]*(1 - a1[1])"
_E = "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2"

# Lynch's 2-2-1 network (half the squared error): dE/dz2
_LY_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the MultilayerPerceptron's 3-5-1 network: dE/dz2, dE/dz1[j]
_JO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JH = f"{_JO}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the Spanish 2-2-1 network under the mean squared error (one output, one sample: the squared error)
_ES_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ES_D1 = f"{_ES_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the Chinese MLP notes: Mazur's example in $$ displays (some indented two spaces, as the list items they
    # sit in), * for products, n the rate, a display of Chinese text before the update, displays of two and three
    # lines joined by \\ ------------------------------------------------------------------------------------------
    Public("c161-ml-rule", _ML, "b161_ml", "b161_ml", "$$\nwi=w-n\\frac{\\partial E_{total}}{\\partial w_i}\n$$",
           unreadable="wi", batch=161,
           why="the general update mistyped: wi for w_i^+ (no underscore, no mark of the new value) and w without its "
               "index (the page's typo)"),
    Public("c161-ml-sig", _ML, "b161_ml", "b161_ml", "$$\ny=sigmoid(x)y^,=y(1-y)\n$$", unreadable="y^,", batch=161,
           why="the sigmoid's derivative garbled (y = sigmoid(x), y' = y(1 - y) run together, the prime typed as ^,): "
               "the page's typo"),
    Public("c161-ml-loss", _ML, "b161_ml", "b161_ml",
           "$$\nE_{o1}=\\frac{1}{2}(target_{o1}-out_{o1})^2=\\frac{1}{2}(0.01-0.75136507)^2=0.274811083 \\\\\n"
           "E_{o2}=0.023560025  \\\\\nE_{total}=E_{o1}+E_{o2}=0.274811083 + 0.023560025=0.298371109\n$$",
           ((C, C, C), (C,), (C, C, C)),
           (Twin("value", "(y[0] - a2[0])**2/2",
                 ("(y[0] - a2[0])**2/2", "=(0.01 - 0.75136507)**2/2", "=0.274811083")),
            Twin("value", "(y[1] - a2[1])**2/2", ("=0.023560025",)),
            Twin("value", _E, (_E, "=0.274811083 + 0.023560025", "=0.298371109"))), batch=161,
           why="three lines joined by \\\\: the outputs' halves of the loss and their sum, values (E_o2 = 0.0235600257, "
               "written 0.023560025: cut at the ninth digit)"),
    Public("c161-ml-chain", _ML, "b161_ml", "b161_ml",
           "$$\n\\frac{\\partial E_{total}}{\\partial w_5}=\\frac{\\partial E_{total}}{\\partial out_{o1}}*"
           "\\frac{\\partial out_{o1}}{\\partial net_{o1}}*\\frac{\\partial net_{o1}}{\\partial w_5}\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=161, why="the chain rule with * between the factors"),
    Public("c161-ml-up5", _ML, "b161_ml", "b161_ml",
           "$$\n对w_5进行更新：w_5^+=w_5-n*\\frac{\\partial E_{total}}{\\partial w_5}=0.4-0.5*0.082167041=0.35891648\n$$",
           ((C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]", "=0.4 - 0.5*0.082167041", "=0.35891648")),),
           batch=161, why="Chinese text (\"update w_5:\") and a full-width colon before the formula inside the display"),
    Public("c161-ml-tot", _ML, "b161_ml", "b161_ml",
           "  $$\n  \\frac{\\partial E_{total}}{\\partial out_{h1}}=\\frac{\\partial E_{o1}}{\\partial out_{h1}}+"
           "\\frac{\\partial E_{o2}}{\\partial out_{h1}}=0.055399425+-0.01904911831=0.03635030669\n  $$",
           ((C, C, W),),
           (Twin("value", _EA1, (_EA1, "=0.055399425 + -0.01904911831", "=0.03635030669")),), batch=161,
           why="the derivative by the first hidden output, a value: the two outputs' parts (E_o1, E_o2 the page's "
               "halves of the loss), +- written glued"),
    Public("c161-ml-dh1", _ML, "b161_ml", "b161_ml",
           "  $$\n  \\frac{\\partial out_{h1}}{\\partial net_{h1}}=out_{h1}*(1-out_{h1})=0.59326999*(1-0.59326999)"
           "=0.241300709\n  $$", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "=0.59326999*(1 - 0.59326999)",
                                                 "=0.241300709")),), batch=161,
           why="the logistic's slope at the first hidden unit, a value"),
    Public("c161-ml-w1", _ML, "b161_ml", "b161_ml",
           "  $$\n  \\frac{\\partial E_{total}}{\\partial w_1}=0.03635030669*0.241300709*0.05=0.000438568 \\\\\n"
           "  w_1^+=w_1-n*\\frac{\\partial E_{total}}{\\partial w_1}=0.149780716\n  $$", ((W, C), (C, C)),
           (Twin("gradient", "W1[0,0]", ("=0.03635030669*0.241300709*0.05", "=0.000438568")),
            Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_H1}*x[0]", "=0.149780716"))), batch=161,
           why="two lines joined by \\\\: the gradient worked in numbers, then the update (n the rate 0.5)"),
    # ---- the slidev note: Mazur's example in inline $ formulas, \times, \Rightarrow before derivatives, o_1 and o_2
    # the TARGETS, and the new weights and biases listed as rows (the biases' values wrong) ------------------------
    Public("c161-sv-nh1", _SV, "b161_sv", "b161_sv",
           "$net_{h1} = w_1 \\times i1 + w_2 \\times i2 + b_1 \\times 1 = 0.3775$", ((C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1", "=0.3775")),), batch=161,
           why="the first hidden sum, i1 and i2 without their underscores (the note writes both spellings)"),
    Public("c161-sv-dout", _SV, "b161_sv", "b161_sv",
           "$\\Rightarrow  \\frac{\\partial E_{total}}{\\partial out_{o1}} = out_{o1} - o_1$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=161,
           why="\\Rightarrow before the derivative; o_1 the target, a value"),
    Public("c161-sv-dsig", _SV, "b161_sv", "b161_sv",
           "$\\Rightarrow  \\frac{\\partial out_{o1}}{\\partial net_{o1}} = out_{o1} \\times (1 - out_{o1})$", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=161),
    Public("c161-sv-w5", _SV, "b161_sv", "b161_sv",
           "$\\frac{\\partial E_{total}}{\\partial w_5} = (out_{o1} - o_1) \\times out_{o1} \\times (1 - out_{o1}) "
           "\\times out_{h1} = 0.082167041$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]", "=0.082167041")),), batch=161),
    Public("c161-sv-up5", _SV, "b161_sv", "b161_sv",
           "$w_5^+ = w_5 - \\eta \\times \\frac{\\partial E_{total}}{\\partial w_5} = 0.35891648$", ((C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]", "=0.35891648")),), batch=161,
           why="eta Mazur's 0.5 (the note names no value)"),
    Public("c161-sv-new1", _SV, "b161_sv", "b161_sv",
           "$[w_1^+, w_2^+, b_1^+] = [0.149780716, 0.19956143, 0.3450265]$", ((W,),),
           (Twin("value", f"[W1[0,0] - 0.5*{_H1}*x[0], W1[0,1] - 0.5*{_H1}*x[1], b1 - 0.5*({_H1} + {_H2})]",
                 ("=[0.149780716, 0.19956143, 0.3450265]",)),), batch=161,
           why="the new w_1 and w_2 are Mazur's; the shared hidden bias's new value is 0.35 - 0.5 (delta_h1 + delta_h2) "
               "= 0.340637, not 0.3450265 (the note's slip: Mazur's post updates no bias)"),
    Public("c161-sv-new4", _SV, "b161_sv", "b161_sv",
           "$[w_7^+, w_8^+, b_2^+] = [0.511301270, 0.561370121, 0.511301270]$", ((W,),),
           (Twin("value", f"[W2[1,0] - 0.5*{_D1}*a1[0], W2[1,1] - 0.5*{_D1}*a1[1], b2 - 0.5*({_D0} + {_D1})]",
                 ("=[0.511301270, 0.561370121, 0.511301270]",)),), batch=161,
           why="the new w_7 and w_8 are Mazur's; b_2^+ copies w_7^+'s 0.511301270 where the shared output bias's new "
               "value is 0.6 - 0.5 (delta_o1 + delta_o2) = 0.549800 (the note's slip)"),
    # ---- the Chinese blog notes: Mazur's example in \[ \] displays with spaces before the fractions' closing
    # braces, one arithmetic slip (074136507), one mistyped name (out{o1}) -------------------------------------------
    Public("c161-cn-dout", _CN, "b161_cn", "b161_cn",
           "\\[\\frac{\\partial E_{total} }{\\partial out_{o1} }=-(target_{o1}-out_{o1})=-(0.01-0.75136507)=074136507\\]",
           ((C, C, W),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.75136507)", "=74136507")),), batch=161,
           why="the last member 074136507 drops the decimal point of 0.74136507 (the page's slip: 74136507, wrong)"),
    Public("c161-cn-2h", _CN, "b161_cn", "b161_cn",
           "\\[\\frac{\\partial E_{total} }{\\partial out_{o1} }=2*\\frac{1}{2}(target_{o1}-out{o1})^{2-1}*(-1)+0\\]",
           unreadable="out{o1}", batch=161,
           why="out{o1}: the output's subscript without its underscore (out_{o1} was meant: the page's typo)"),
    Public("c161-cn-dsig", _CN, "b161_cn", "b161_cn",
           "\\[\\frac{\\partial out_{o1} }{\\partial net_{o1} }=out_{o1}(1-out_{o1})=0.75136507(1-0.75136507)"
           "=0.186815602\\]", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.75136507*(1 - 0.75136507)",
                                                 "=0.186815602")),), batch=161,
           why="a number before a parenthesis as a product"),
    Public("c161-cn-dnet", _CN, "b161_cn", "b161_cn",
           "\\[\\frac{\\partial net_{o1} }{\\partial w_5}=1*out_{h1}*w_5^{(1-1)}+0+0=out_{h1}=0.593269992\\]",
           ((C, C, C),),
           (Twin("value", "a1[0]", ("1*a1[0]*W2[0,0]**(1 - 1) + 0 + 0", "a1[0]", "=0.593269992")),), batch=161,
           why="the power rule written out, w_5^{(1-1)}, a value"),
    Public("c161-cn-w5", _CN, "b161_cn", "b161_cn",
           "\\[\\begin{align*}\\frac{\\partial E_{total} }{\\partial w_5}&=-(target_{o1}-out_{o1})*out_{o1}(1-out_{o1})"
           "*out_{h1}\\\\&=0.74136507*0.186815602*0.593269992=0.082167041\\end{align*}\\]", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",
                                         "=0.74136507*0.186815602*0.593269992", "=0.082167041")),), batch=161,
           why="an align* of two rows, the second starting &="),
    Public("c161-cn-up5", _CN, "b161_cn", "b161_cn",
           "\\[w_5^+=w_5-\\eta *\\frac{\\partial E_{total} }{\\partial w_5}=0.4-0.5*0.082167041=0.35891648\\]",
           ((C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]", "=0.4 - 0.5*0.082167041", "=0.35891648")),),
           batch=161),
    Public("c161-cn-up1", _CN, "b161_cn", "b161_cn",
           "\\[w_1^+=w_1-\\eta *\\frac{\\partial E_{total} }{\\partial w_1}=0.15-0.5*0.000438568=0.149780716\\]",
           ((C, C, C),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_H1}*x[0]", "=0.15 - 0.5*0.000438568", "=0.149780716")),),
           batch=161),
    # ---- the MATLAB fc_learning (four-space indentation): rows, ' for the transpose, .* and repmat, the shared
    # biases times a bias input of 1, one update of the output weights ----------------------------------------------
    Public("c161-fc-hi", _FC, "b161_fc", "b161_fc",
           "    hidden_i = input_values * W_input_to_hidden' + input_bias * W_input_to_hidden_bias;", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + 1*b1",), _J2),), batch=161,
           why="the hidden sums as a row, the weights output-first transposed, the shared bias times input_bias = 1"),
    Public("c161-fc-oi", _FC, "b161_fc", "b161_fc",
           "    output_i = hidden_o * W_hidden_to_output' + hidden_bias * W_hidden_to_output_bias;", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + 1*b2",), _K2),), batch=161),
    Public("c161-fc-de", _FC, "b161_fc", "b161_fc", "    De_Dotput_o = (output_o - target_values);", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=161,
           why="dE/d output_o (the name's typo Dotput is the code's own, used as written), a value"),
    Public("c161-fc-do", _FC, "b161_fc", "b161_fc", "    Do_Doutput_i = activation_der(output_o);", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=161,
           why="activation_der(x) = x .* (1 - x), the slope written of the output"),
    Public("c161-fc-di", _FC, "b161_fc", "b161_fc", "    De_Doutput_i = De_Dotput_o .* Do_Doutput_i;", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_DK,), _K2),), batch=161),
    Public("c161-fc-dw", _FC, "b161_fc", "b161_fc",
           "    d_W_hidden_to_output = repmat(De_Doutput_i, [2 1])' .* repmat(hidden_o, [2 1]);", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_DK}*a1[{{j}}]",), _K2J2),), batch=161,
           why="repmat stacks the row twice: the transposed stack of the deltas (entry k, j the delta k) times the "
               "stack of the hidden outputs (entry k, j the output j), the outer product"),
    Public("c161-fc-up", _FC, "b161_fc", "b161_fc",
           "    W_hidden_to_output = W_hidden_to_output - learning_rate * d_W_hidden_to_output;", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_DK}*a1[{{j}}]",), _K2J2),), batch=161),
    # ---- Lynch's Program_07c.m (no indentation, ; ending each line): the hidden SUMS named h1, h2, the sigmoid an
    # anonymous function, the derivative of the error written with (yt-y), its sign flipped ------------------------
    Public("c161-ly-h1", _LY, "b161_ly", "b161_ly", "h1=x1*w11+x2*w21+b1;", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=161,
           why="the first hidden unit's sum, a value"),
    Public("c161-ly-o1", _LY, "b161_ly", "b161_ly", "o1=sigmoid(h1)*w13+sigmoid(h2)*w23+b3;", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),), batch=161),
    Public("c161-ly-d13", _LY, "b161_ly", "b161_ly", "dErrdw13=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h1);",
           ((W,),), (Twin("gradient", "W2[0,0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=161,
           why="dErr/dw13 of Err = 1/2 (yt - y)^2 is (y - yt) sigma'(o1) sigma(h1): the file's (yt-y) flips its sign "
               "(the program's slip; its step then climbs the error)"),
    Public("c161-ly-w13", _LY, "b161_ly", "b161_ly", "w13=w13-eta*dErrdw13;", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_LY_D2}*a1[0]",)),), batch=161,
           why="dErrdw13 the derivative, as named: right as written in it"),
    Public("c161-ly-d23", _LY, "b161_ly", "b161_ly", "dErrdw23=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h2);",
           ((W,),), (Twin("gradient", "W2[0,1]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[1]",)),), batch=161,
           why="the same sign slip for w23"),
    Public("c161-ly-w23", _LY, "b161_ly", "b161_ly", "w23=w23-eta*dErrdw23;", ((C,),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_LY_D2}*a1[1]",)),), batch=161),
    # ---- the MultilayerPerceptron class (eight-space indentation in backward, twelve in fit_online): np.newaxis
    # imported as na, trailing # comments giving the shapes, -= updates --------------------------------------------
    Public("c161-jp-do", _JP, "b161_jp", "b161_jp", "        delta_o = (y - t) * y * (1 - y)  # 1", ((C,),),
           (Twin("gradient_z", "z2[0]", (_JO,)),), batch=161,
           why="err = 1/2 (y - t)^2 (the fit loop's), the output's delta"),
    Public("c161-jp-ewo", _JP, "b161_jp", "b161_jp", "        Ew_o = h * delta_o  # H", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_JO}",), _J5),), batch=161),
    Public("c161-jp-dh", _JP, "b161_jp", "b161_jp", "        delta_h = delta_o * self.w_o * h * (1 - h)  # H",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_JH,), _J5),), batch=161,
           why="one output: the delta times the output's weights, entrywise"),
    Public("c161-jp-ewh", _JP, "b161_jp", "b161_jp", "        Ew_h = x[:, na] * delta_h[na, :]  # D * H", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JH}",), _J5I3),), batch=161,
           why="na = np.newaxis (the file's na = np.newaxis): a column times a row, the outer product, input-first"),
    Public("c161-jp-uo", _JP, "b161_jp", "b161_jp", "            self.w_o -= eta * Ew_o", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_JO}",), _J5),), batch=161,
           why="fit_online's step, eta = eta_0 = 1"),
    Public("c161-jp-uh", _JP, "b161_jp", "b161_jp", "            self.w_h -= eta * Ew_h", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_JH}",), _J5I3),), batch=161),
    # ---- the Spanish script (four-space indentation, in its loop): error = A_salida - Y under loss =
    # np.mean(error**2), the output's delta without the square's 2 ------------------------------------------------
    Public("c161-es-err", _ES, "b161_es", "b161_es", "    error = A_salida - Y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=161, why="the output's error, a value"),
    Public("c161-es-loss", _ES, "b161_es", "b161_es", "    loss = np.mean(error**2)", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=161,
           why="the loss's definition, the mean squared error (one sample, one output), a value"),
    Public("c161-es-ds", _ES, "b161_es", "b161_es", "    D_salida = error * derivada_sigmoide(Z_salida)", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=161,
           why="under loss = np.mean(error**2) dloss/dZ_salida = 2 error sigma'(Z_salida): the square's 2 is missing "
               "(half the squared error's delta; the script's slip)"),
    Public("c161-es-do", _ES, "b161_es", "b161_es",
           "    D_oculta = np.dot(D_salida, W_salida.T) * derivada_sigmoide(Z_oculta)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ES_D1,), _J2),), batch=161,
           why="D_salida the output sum's gradient, as named: right as written in it"),
    Public("c161-es-gs", _ES, "b161_es", "b161_es", "    grad_W_salida = np.dot(A_oculta.T, D_salida)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_ES_D2}",), _J2),), batch=161),
    Public("c161-es-us", _ES, "b161_es", "b161_es", "    W_salida -= TASA_APRENDIZAJE * grad_W_salida", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_ES_D2}",), _J2),), batch=161),
    Public("c161-es-go", _ES, "b161_es", "b161_es", "    grad_W_oculta = np.dot(X.T, D_oculta)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ES_D1}",), _J2I2),), batch=161),
    Public("c161-es-uo", _ES, "b161_es", "b161_es", "    W_oculta -= TASA_APRENDIZAJE * grad_W_oculta", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_ES_D1}",), _J2I2),), batch=161),
]
