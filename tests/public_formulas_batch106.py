r"""Batch 106 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in for a
neural-network course: five Markdown documents, in Chinese, Portuguese and Vietnamese, and five code files, four in
Python with comments in Japanese, Turkish, Portuguese and Russian, one in JavaScript): HinataAoki's day3.py (a 2-2-1
network's forward pass, its nine gradients and updates in scalars, names w[layer, from, to] as w111, Sig(...), **, -=
with the rate written as a call, alpha(dw111)); mustafraca's Turkish back_prop_1giris_1cikis.py (a 1-1-1 network in
scalars with the page's numbers, = without spaces, # comments after a formula, linear(...) the identity, d2=-2*F2*e);
a stored Chinese Markdown note on Ng's course, week 3 (a Repeat block of $...$ updates indented four spaces, $$...$$ a
line with two claims joined by a comma, \mathbf{d}Z^{[2]}, \mathbf{w}^{[1]T}x, {g^{[1]}}^\prime, \frac1m); a stored
Hexo blog post in Chinese on the same week ($ ... $ with spaces inside, a function's definition sigmoid(z) =, the loop
as an \begin{array}{l} of \,-indented rows holding \text{Repeat \{}, the gradients' names defined as
\frac{d\mathcal{L}}{dW^{[1]}} and the four steps, {W^{[1]}} X, (g^{[1]})'(Z^{[1]})); a stored Portuguese lesson in
Markdown (\$$ ... \$$ with escaped dollars, \sum without an index, := on a generic w, and its NumPy XOR network:
delta2 = erro * sigmoid_deriv(z2), .dot and .T, += with the rate last); a stored Chinese note on NTU's course
(\begin{aligned} blocks with & and \\, a \cdots row, y = a^L = \sigma(...), \odot, \nabla C(y), \delta ^L with a space,
two slips); a stored Vietnamese exercise write-up (logistic regression's J, dJ/dw, dJ/db as \frac{1}{m}\sum_{i=1}^{m},
a list item's "-   $...$", w_{new} = w_{old} - \alpha \cdot ...); Brunocs1991's Portuguese rede_multicamada_.py (def
with its return on the next line, a slope written of the output sig, an indented delta = error * slope); UsusCimex's
sigmoid.py (methods with self, a Russian comment line between the def and its return, self.sigmoid(x)); jsdw's
network.js (formulas in // comments indented by tabs, d(error)/d(w1) quotients in plain text, a const declaration with
its ;). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded, as a
notebook's is), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: code's names as patterns, x1, w111, Output, out1, errorWrtIn,
pesos1 = W2 transposed, gradients' names as grad(...), a code's delta as -delta2[0] where it is -dE/dz, functions
declared "sigmoid' at input" or "at output", m = 1 where a page averages over its examples), a network of the kind
the page describes (with the page's numbers where it gives them: mustafraca's X = 1, Y = 2, W1 = -0.5, b1 = 0.1, W2 =
-0.3, b2 = 0.2, alfa = 0.3; Brunocs1991's pesos_0 and pesos_1 with the row (0, 1) and target 1; two inputs and two
hidden units for the Hexo post's network, as its own initialisation paragraph has them; all in
tests/public_formulas_batch106_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by an output or a
code's delta (dJ/dh, errorWrtIn, delta2 = erro * ..., delta_saida) is twinned as a value, as in batches 14 to 104;
so is a forward value, a function's definition (judged at a sum, or at an output where the page writes the slope of
the output, sigmoid_derivada's sig * (1 - sig)) and a loss's definition (Error, E, J). Formulas keep their page's
delimiters and what surrounds them on their line (a code line's indentation, a comment after it, a list item's
dash, trailing spaces, a def's body on its next lines); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 106

The batch: 57 formulas from 10 addresses (HinataAoki's day3.py 10, mustafraca's file 8, the Day8 notes 6, the Hexo
post 9, the Portuguese lesson 6, the NTU notes 5, the Vietnamese exercise 5, Brunocs1991's file 3, UsusCimex's file 2,
jsdw's network.js 3).

7 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- HinataAoki's ha-dw111, dw111 = 2*(y - Output)*Sig(Z)*(1 - Sig(Z))*Sig(Z1)*(1 - Sig(Z1))*x1, and ha-db11: the
  docstring's E = (y - Output)^2 gives dE/dw111 = -2 (y - Output) Sig'(Z) w211 Sig'(Z1) x1; the minus and the output
  weight w211 are both missing;
- its ha-dw211, dw211 = 2*(y - Output)*Sig(Z)*(1 - Sig(Z))*O1, and ha-db21: the minus dropped (the negative of the
  gradient, which the file then steps with w -= alpha(dw));
- the Day8 notes' d8-f1, \mathbf{z}^{[1]} = \mathbf{w}^{[1]T}x + \mathbf{b}^{[1]}: W^T x, where the notes' own shapes,
  w^{[i]}.shape = (n^{[i]}, n^{[i-1]}), make it W x (logistic regression's w^T x carried over; its second claim, a^{[1]}
  = g^{[1]}(z^{[1]}), is right);
- its d8-f2, Z^{[2]} = \mathbf{w}^{[2]T}x + \mathbf{b}^{[2]}: the input x for the hidden output a^{[1]} (its A^{[2]} =
  g^{[2]}(Z^{[2]}) = \sigma(Z^{[2]}) right);
- the Hexo post's hx-Z2, Z^{[2]} = {W^{[2]}} X + b^{[2]}: X for A^{[1]}, the same slip in another copy of the course's
  formulas;
- mistyped (unreadable): the NTU notes' adl-dw, \frac{\partial(\theta)}{\partial w_{ij}^l} = ... (\partial(\theta) for
  \partial C(\theta), unreadable="\\partial(\\theta)"); its adl-di, \delta_i^l = \sigma'(z_i)\sum_k (...)
  (z_i for z_i^l, the layer dropped, unreadable="z_i").

Not mistaken, though they look it: HinataAoki's w111 -= alpha(dw111) (the step, with dw111 the gradient the notation
names; only the line computing it is wrong); mustafraca's d1= F1*W2*d2 (the rule; the program updates W2 on the line
before, so its d1 uses the new W2, a slip of the program's order and not of the formula); the Hexo post's dZ^{[1]} =
(W^{[2]})^T dZ^{[2]} (g^{[1]})'(Z^{[1]}) (the entrywise product written as a juxtaposition); UsusCimex's prime (the
slope σ(x)(1 - σ(x)); the code calls self.sigmoid, which its module names func, a bug of the program); Brunocs1991's
sigmoid_derivada(sig) = sig * (1 - sig) (written of the output).

What was left out: HinataAoki's Z2, O2, dw121, dw112, dw122, db12, dw221 and the seven other updates (the batch's
size; the same rules at other indices); mustafraca's b2 and b1 updates (the batch's size), the same file's twin
back_prop_1giris_1cikis2b.py and H2-Kod/back_prop1.py (loops over the samples, matrices built by hand); the Day8
notes' parameter shapes, their J() = \frac1m\sum L(\hat{y}, y) (no index on its terms), the other three updates, dw^{[2]},
db^{[2]} and db^{[1]} (the batch's size) and the initialisation w^{[1]} = np.random.randn((2,2)) * 0.01 (no claim);
the Hexo post's tanh, ReLU and LReLU definitions (cases), its dimensions, cost J, A^{[1]}, A^{[2]}, dW^{[2]}, db^{[2]},
db^{[1]} (the batch's size), its assignment's per-example z^{[1] (i)} ... and J with \sum_{i=0}^{m} (m + 1 terms) and
its code; the Portuguese lesson's forward code lines and pesos0's update (the batch's size); the NTU notes'
y = f(x) = \sigma(W^L\cdots\sigma(...)) (a \cdots inside the composition), C(\theta) = \sum_k\|\hat{y}_k - f(x_k;\theta)\|
(a norm without its square, over the examples), the chain rule on w, x, y, z, the z^l block with three slips
(A^{l-i}, aj^{l-1}, b_i^j), the cases of \partial z/\partial w, the long aligned derivations of \delta_i^L and \delta i^l
(\boxed claims inside a \partial, \Delta C(y) for \nabla C(y)); the Vietnamese exercise's sigmoid, the chain rule's
quotients without values, its worked step w_new = 0 - 0.0001 × 2.5 = -0.00025 (a supposed dw, not the network's),
b_new and the proof's rows (the batch's size); Brunocs1991's forward lines and hidden delta (the batch's size);
jsdw's error = 0.5*(expected - out1)^2 + ... (the target named expected for every output), in1 = w1*prevOut1 + ... +
wN*prevOutN + bias*1 (an ellipsis up to N) and its update lines inside map callbacks. Where the spec has no way to say
what a teacher would: the code deltas that are -dE/dz are named as -delta2[0] (docs/notation.md's example);
pesos1, input-first, as W2[:, :].T.

Collected on 2026-12-06 (14:48 to 14:55 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 11 pairs
loaded, after one fix of the networks alone (the [data] rows of mustafraca's and Brunocs1991's networks first written
as flat lists, which the problem reader refuses). The oracle's first run passed with every verdict as first
transcribed.

Run blind at main dbfc214 (/work/READY_FOR_BLIND40; src/ as at dbfc214, main's last change to it; the rebase a no-op),
with nothing under src/ changed (rebased afterwards onto fc0d8be, batch 105's tests, src/ unchanged). The first run (/work/batch106_blind.txt): 45 of 57 read with every verdict right (79%),
10 refused, 2 typo refused (adl-di naming z_i; adl-dw refused at \theta, not naming \partial(\theta)), no typo read, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was a slip of the notations (none counts from the wrong
number, none names a quantity the page does not mean). The Day8 notes' three \mathbf{d} refusals follow the notation's
dw^{[l]}, dZ^{[l]}, db^{[l]}, written without the bold d the page prints; a check made after the run: the patterns as
the page writes them, "\\mathbf{d}w^{[l]}" and the like, are refused by the loader ("is not one symbol; write a base
with an optional subscript and superscript"), so the spec as the product reads it has no way to say them, and the
notation stays as first written: one run.

Of the 7 mistaken formulas 5 were read, each with its wrong members called wrong (ha-dw111, ha-db11, ha-dw211,
ha-db21, hx-Z2); d8-f1 was refused at its second claim and d8-f2 at its own slip (below). By page: HinataAoki's day3.py
10 of 10, mustafraca's file 7 of 8, the Day8 notes 0 of 6, the Hexo post 7 of 9, the Portuguese lesson 6 of 6, the
NTU notes 2 of 5 (and 2 typos refused), the Vietnamese exercise 5 of 5, Brunocs1991's file 3 of 3, UsusCimex's file 2
of 2, jsdw's network.js 3 of 3.

The refusals by construct (10, and the 2 typos'), with the exact message:

- 3, a bold d before a gradient's name, \mathbf{d}w^{[1]}, \mathbf{d}Z^{[2]} (d8-uw1, d8-dz2, d8-dw1), read as the
  letter d times w or Z, e.g. d8-dz2: "formula 'd Z^{[2]} = A^{[2]} - Y': unknown symbol d; the notation knows A, X, Y,
  Z, a, b, dZ, db; give it a meaning in the notation's [notation.symbols], e.g. "d" = "a1[0]"" (d8-uw1: "formula
  'w^{[1]} := w^{[1]} - \\alpha d w^{[1]}': unknown symbol d; ..."; d8-dw1: "formula 'd w^{[1]} = \\frac{1}{m}d
  Z^{[1]}X^T': unknown symbol d; ...");
- 2, a prime on a function's name in braces or parentheses, {g^{[1]}}^\prime(Z^{[1]}) and (g^{[1]})'(Z^{[1]}) (d8-dz1,
  hx-dZ1): d8-dz1: "formula "d Z^{[1]} = {w^{[2]}}^T d Z^{[2]} * {g^{[1]}}'(Z^{[1]})": unexpected at "'" (position 46)";
  hx-dZ1: "formula "dZ^{[1]} = (W^{[2]})^T dZ^{[2]} (g^{[1]})'(Z^{[1]})": dZ(...)': a prime after a parenthesis is read
  as the derivative of the function before it, and dZ is no function of the notation; write dZ'(...) with dZ in the
  notation's functions (dZ = "sigmoid"), or \frac{d}{dx}(...)" (the parenthesised g^{[1]} taken as dZ^{[2]}'s argument);
- 1, a function's argument in braces, \mathbf{g}^{[1]}{(\mathbf{z}^{[1]})} (d8-f1, its second claim): "formula 'a
  ^{[1]} = g ^{[1]}{(z ^{[1]})}': unknown symbol g^{1}; the notation knows A, X, Y, Z, a, b, dZ, db; give it a meaning
  in the notation's [notation.symbols], e.g. "g^{1}" = "a1[0]"" (the notation names g^{[1]} and \mathbf{g}^{[1]} the
  tanh);
- 1, the page's own slip of shapes, \mathbf{w}^{[2]T}x + \mathbf{b}^{[2]} (d8-f2, the transposed output row times the
  input): "formula 'Z^{[2]} = w ^{[2]T}x + b ^{[2]}': adds a vector or matrix and a number in (w^{2}^T x) + b^{2}" (a
  fair refusal of a wrong formula, its A^{[2]} claim unjudged);
- 1, an array's row of words before the claims, \text{Repeat \{} \\ Compute\,\, predicts(\hat{y}_{(i)},i=1,2,\cdots,m)
  (hx-gd): "formula 'Compute predicts(\\hat{y}_{(i)},i=1,2, \\ldots ,m)': expected ')' to close the arguments at '='
  (position 35)";
- 1, a row of \cdots alone in an aligned block (adl-fwd, between a^2 = ... and y = a^L = ...): "formula 'a^2 =
  \\sigma(W^2a^1 + b^2) \\ldots': has a product with an ellipsis (\dots) check cannot read: an ellipsis needs written
  terms before it and one term after it; write \prod_{i=1}^{n} a_i (its bounds numbers or the notation's letters)";
- 1, a code comment after the formula holding a formula of its own, y2=linear(W2*y1+b2) #W2*y1, linear: f(n)=n
  (mu-y2): "formula 'f(n)=n': unknown symbol f; the notation knows F, W, X, Y, b, d, e, y; give it a meaning in the
  notation's [notation.symbols], e.g. "f" = "a1[0]"" (its neighbour with a comment of words, W1=W1-alfa*d1*X #X(i)',
  was read);
- the typos: adl-di, "formula "\\delta_i^l = \\sigma'(z_i)\\sum_k (w_{ki}^{l+1}\\delta_k^{l+1})": z_{i} matches none of
  the notation's patterns for z ('z^{l}', 'z_{i}^{l}')"; adl-dw, "formula '\\frac{\\partial(\\theta)}{\\partial
  w_{ij}^l} = \\frac{\\parti...': unknown symbol \theta; the notation knows W, \delta, \hat{y}, a, b, w, x, y; give it a
  meaning in the notation's [notation.symbols], e.g. "\theta" = "a1[0]"" (whether at the slip's lone \theta or at the
  loss's argument, C(\theta), the message does not say).

Read, among the constructs these pages brought: Python's scalar code with names of letters and digits (w111, b21, Z1),
** and -= with the rate written as a call (alpha(dw111)), the notation's grad(...) names (all of HinataAoki's file, its
four slips called wrong); = without spaces, trailing spaces and a comment of words after a formula (mustafraca's);
\$$ ... \$$ with escaped dollars, \sum with no index over one output, := on a generic w, a def's body on its next
line, .dot(...), .T and += with the rate last (all of the Portuguese lesson); $ ... $ with spaces, {W^{[1]}} X, a
function's definition sigmoid(z) = ..., \hat{y} = a = \sigma(z) (the Hexo post); \odot, \nabla C(y), \delta ^L with a
space and an aligned block of two rules with \\\\ (the NTU notes); \frac{1}{m}\sum_{i=1}^{m} over one example, a list
item's "-   $...$", w_{new} and w_{old} (the Vietnamese exercise); methods with self and a Russian comment line,
self.sigmoid; // comments indented by tabs with d(error)/d(w1) quotients, a const declaration.

Which look general (would appear in much homework): the bold d of Ng's course notes (\mathbf{d}Z^{[2]}, \mathbf{d}w), which
no pattern can name; a prime on a function's name in braces or parentheses ({g^{[1]}}^\prime, (g^{[1]})'), the course's
own way of writing g^{[1]}'; a function's argument in braces ({(z)}); a \cdots row in aligned blocks; an array's rows of
words around the claims. Page- or file-specific: a comment holding a formula of its own after a code line (f(n)=n); the
shape slip w^{[2]T}x (a wrong formula, fairly refused).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch106_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_HA = "https://github.com/HinataAoki/Everyday-AI-life (day3.py, commit 0129e1d)"
_MU = "https://github.com/mustafraca/Derin-Ogrenmeye-Giris-Ornekler (H3-Kod/back_prop_1giris_1cikis.py, commit 7f35fdb)"
_BR = "https://github.com/Brunocs1991/redes_neurais_artificiais_python (secao_03/rede_multicamada_.py, commit 1b3c6c9)"
_US = ("https://github.com/UsusCimex/NSU_DeepLearning (Perceptron/perceptrons/activation_func/sigmoid.py, "
       "commit 3a67f0f)")
_JS = "https://github.com/jsdw/neural-net-example (network.js, commit c42f931)"
_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_D8 = _STORED.format(47097303468, "### Day8: Learning Note of Shallow neural networks (Video 9-11)",
                     "Markdown notes in Chinese on Ng's course, week 3: gradient descent and the six backward formulas")
_HX = _STORED.format(155466978, "title: coursera_deeplearning.ai_c1_week3",
                     "a Hexo blog post in Chinese: Ng's week 3 notes and its planar-data assignment")
_AU = _STORED.format(41425936007, "# 🧠 Aula 07.1: Aprendizado Supervisionado com Backpropagation",
                     "a Portuguese lesson in Markdown, its formulas in \\$$ ... \\$$ and a NumPy XOR network")
_ADL = _STORED.format(44971662519, "# Applied Deep Learning 2024",
                      "Markdown notes in Chinese on NTU's course: backpropagation derived in aligned blocks")
_VN = _STORED.format(1970377237, "# 📘 E-Learning 5 - Exercise 1 - Question B: Gradient Descent",
                     "a Vietnamese exercise write-up in Markdown: logistic regression's gradients")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# HinataAoki's written dE/dZ (E = (y - Output)^2): the sign of the true -2 (y - Output) Sig'(Z) dropped
_HA_D = "2*(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"
_HA_D1 = _HA_D + "*sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
# mustafraca's dE/dn2 for E = e^2, e = Y - y2
_MU_D2 = "-2*1*(y[0] - a2[0])"
# Ng's network with a tanh hidden layer and the log loss: dL/dz2, dL/dz1[j]
_NG_DZ2 = "a2[0] - y[0]"
_NG_DZ1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)"
# the Portuguese lesson's 2-3-1 network, half the squared error: dE/dz2, dE/dz1[j]
_AU_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_AU_D1 = _AU_D2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the NTU notes' 2-3-2 network, half the squared error: dC/dz2[k], dC/dz1[j]
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D2N = tuple(_D2.replace("{k}", str(k)) for k in range(2))
_D1 = "(" + " + ".join(f"{_D2N[k]}*W2[{k},{{j}}]" for k in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

ENTRIES = [
    # ---- HinataAoki's day3.py (Python, a Japanese docstring): names w[layer, from, to], Sig(...), ** for the power,
    # -= with the rate written as a call, alpha(dw111); its gradients drop the sign and, into the first layer, the
    # output weight --------------------------------------------------------------------------------------------------
    Public("ha-z1", _HA, "b106_ha", "b106_ha", "Z1 = b11 + x1*w111 + x2*w121", ((C,),),
           (Twin("value", "z1[0]", ("b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=106),
    Public("ha-o1", _HA, "b106_ha", "b106_ha", "O1 = Sig(Z1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=106),
    Public("ha-z", _HA, "b106_ha", "b106_ha", "Z = b21 + O1*w211 + O2*w221", ((C,),),
           (Twin("value", "z2[0]", ("b2[0] + a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=106),
    Public("ha-out", _HA, "b106_ha", "b106_ha", "Output = Sig(Z)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=106),
    Public("ha-err", _HA, "b106_ha", "b106_ha", "Error = (y - Output)**2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=106,
           why="the loss's definition (the docstring's E = (y - Output)^2)"),
    Public("ha-dw111", _HA, "b106_ha", "b106_ha",
           "dw111 = 2*(y - Output)*Sig(Z)*(1 - Sig(Z))*Sig(Z1)*(1 - Sig(Z1))*x1", ((W,),),
           (Twin("gradient", "W1[0,0]", (_HA_D1 + "*x[0]",)),), batch=106,
           why="dE/dw111 = -2 (y - Output) Sig'(Z) w211 Sig'(Z1) x1: the minus and the output weight w211 are both "
               "missing (the page's slips)"),
    Public("ha-db11", _HA, "b106_ha", "b106_ha", "db11 = 2*(y - Output)*Sig(Z)*(1 - Sig(Z))*Sig(Z1)*(1 - Sig(Z1))",
           ((W,),), (Twin("gradient", "b1[0]", (_HA_D1,)),), batch=106,
           why="the same two slips (no minus, no w211)"),
    Public("ha-dw211", _HA, "b106_ha", "b106_ha", "dw211 = 2*(y - Output)*Sig(Z)*(1 - Sig(Z))*O1", ((W,),),
           (Twin("gradient", "W2[0,0]", (_HA_D + "*a1[0]",)),), batch=106,
           why="the sign of -2 (y - Output) dropped: the negative of the gradient, and the file steps w -= alpha(dw)"),
    Public("ha-db21", _HA, "b106_ha", "b106_ha", "db21 = 2*(y - Output)*Sig(Z)*(1 - Sig(Z))", ((W,),),
           (Twin("gradient", "b2[0]", (_HA_D,)),), batch=106, why="the sign dropped"),
    Public("ha-u111", _HA, "b106_ha", "b106_ha", "w111 -= alpha(dw111)", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=106,
           why="the rule, with dw111 the gradient the notation names (the line computing it above is wrong)"),
    # ---- mustafraca's Turkish back_prop_1giris_1cikis.py: a 1-1-1 network in scalars (the page's numbers), = without
    # spaces, a # comment after the formula, trailing spaces, linear(...) the identity, d2 = -2*F2*e ----------------
    Public("mu-y1", _MU, "b106_mu", "b106_mu", "y1=sigmoid( W1*X+b1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + b1[0])",)),), batch=106),
    Public("mu-y2", _MU, "b106_mu", "b106_mu", "y2=linear(W2*y1+b2) #W2*y1, linear: f(n)=n", ((C,),),
           (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + b2[0]",)),), batch=106, why="a comment after the formula"),
    Public("mu-e", _MU, "b106_mu", "b106_mu", "e=Y-y2    ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=106, why="four trailing spaces"),
    Public("mu-d2", _MU, "b106_mu", "b106_mu", "d2=-2*F2*e ", ((C,),),
           (Twin("gradient_z", "z2[0]", (_MU_D2,)),), batch=106, why="dE/dn2 of E = e^2 (F2 = 1, the linear slope)"),
    Public("mu-W2", _MU, "b106_mu", "b106_mu", "W2=W2-alfa*d2*y1", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*({_MU_D2})*a1[0]",)),), batch=106),
    Public("mu-F1", _MU, "b106_mu", "b106_mu", "F1= (1-y1)*y1", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("(1 - a1[0])*a1[0]",)),), batch=106, why="the sigmoid's slope"),
    Public("mu-d1", _MU, "b106_mu", "b106_mu", "d1= F1*W2*d2   ", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"a1[0]*(1 - a1[0])*W2[0,0]*({_MU_D2})",)),), batch=106,
           why="the rule, with W2 the weight (the file updates W2 on the line before, so its d1 uses the new W2: a "
               "slip of the program's order, not of the formula)"),
    Public("mu-W1", _MU, "b106_mu", "b106_mu", "W1=W1-alfa*d1*X #X(i)' ", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=106,
           why="d1 the notation's dE/dn1; a comment and a trailing space after it"),
    # ---- the stored Chinese Day8 notes (Ng's course): $...$ in a Repeat block indented four spaces, $$...$$ a line,
    # two claims joined by a comma, \mathbf{d}, \mathbf{w}^{[1]T}, {A^{[1]}}^T, {g^{[1]}}^\prime, \frac1m; its forward
    # pass writes w^T for W (its own shapes say (n^[i], n^[i-1])) and x for A^{[1]} -----------------------------------
    Public("d8-uw1", _D8, "b106_d8", "b106_d8", "    $w^{[1]} := w^{[1]} - \\alpha\\mathbf{d}w^{[1]}$  ", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _J2I2),), batch=106,
           why="inside the notes' Repeat { ... } block, four spaces before and two after"),
    Public("d8-f1", _D8, "b106_d8", "b106_d8",
           "$$\\mathbf{z}^{[1]} = \\mathbf{w}^{[1]T}x + \\mathbf{b}^{[1]}, \\mathbf{a}^{[1]} = "
           "\\mathbf{g}^{[1]}{(\\mathbf{z}^{[1]})}$$", ((W,), (C,)),
           (Twin("value", "z1[{j}]", ("W1[0,{j}]*x[0] + W1[1,{j}]*x[1] + b1[{j}]",), _J2),
            Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2)), batch=106,
           why="w^{[1]T}x for w^{[1]}x: the notes' own shapes, w^{[i]}.shape = (n^{[i]}, n^{[i-1]}), make W^T x the "
               "transpose's product (the logistic regression's w^T x carried over: the page's slip)"),
    Public("d8-f2", _D8, "b106_d8", "b106_d8",
           "$$Z^{[2]} = \\mathbf{w}^{[2]T}x + \\mathbf{b}^{[2]}, A^{[2]} = \\mathbf{g}^{[2]}{(Z^{[2]})} = "
           "\\sigma{(Z^{[2]})}$$", ((W,), (C, C)),
           (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0]",)),
            Twin("value", "a2[0]", ("sigmoid(z2[0])", "sigmoid(z2[0])"))), batch=106,
           why="the input x for the hidden output a^{[1]} (and w^T, here the two vectors' dot product): the page's "
               "slip"),
    Public("d8-dz2", _D8, "b106_d8", "b106_d8", "$$\\mathbf{d}Z^{[2]} = A^{[2]} - Y$$ ", ((C,),),
           (Twin("gradient_z", "z2[0]", (_NG_DZ2,)),), batch=106, why="a trailing space"),
    Public("d8-dz1", _D8, "b106_d8", "b106_d8",
           "$$\\mathbf{d}Z^{[1]} = {w^{[2]}}^T\\mathbf{d}Z^{[2]} * {g^{[1]}}^\\prime(Z^{[1]})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG_DZ1,), _J2),), batch=106, why="* the entrywise product"),
    Public("d8-dw1", _D8, "b106_d8", "b106_d8", "$$\\mathbf{d}w^{[1]} = \\frac1m\\mathbf{d}Z^{[1]}X^T$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_NG_DZ1 + "*x[{i}]",), _J2I2),), batch=106, why="m = 1 example"),
    # ---- the stored Hexo post (Chinese, Ng's week 3): $ ... $ with spaces inside, a function's definition in $$,
    # an array of the Repeat loop (\text{Repeat \{}, rows of \,, two claims joined by a comma, d\mathcal{L}/dW),
    # {W^{[1]}} X in braces, (g^{[1]})'(Z^{[1]}); its Z^{[2]} takes X for A^{[1]} --------------------------------------
    Public("hx-z", _HX, "b106_hx_lr", "b106_hx_lr", "$ z = w^T x + b $", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=106,
           why="one node (the post: 每个网络节点), w its weight vector"),
    Public("hx-yhat", _HX, "b106_hx_lr", "b106_hx_lr", "$ \\hat{y} = a = \\sigma(z) $ ", ((C, C),),
           (Twin("value", "a1[0]", ("a1[0]", "sigmoid(z1[0])")),), batch=106, why="a trailing space"),
    Public("hx-sig", _HX, "b106_hx_lr", "b106_hx_lr", "$$ sigmoid(z) =\\frac{1}{1+e^{-z}}  $$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=106,
           why="the function's definition, judged at the node's sum z"),
    Public("hx-gd", _HX, "b106_hx", "b106_hx",
           "$$\n\\begin{array}{l}\n\\text{Repeat \\{} \\\\\n\\,\\,\\,\\,\\,\\,\\,\\,Compute\\,\\, "
           "predicts(\\hat{y}_{(i)},i=1,2,\\cdots,m) \\\\\n\\,\\,\\,\\,\\,\\,\\,\\, dW^{[1]} = "
           "\\frac{d\\mathcal{L}}{dW^{[1]}},db^{[1]} = \\frac{d\\mathcal{L}}{db^{[1]}} \\\\\n\\,\\,\\,\\,\\,\\,\\,\\, "
           "dW^{[2]} = \\frac{d\\mathcal{L}}{dW^{[2]}},db^{[2]} = \\frac{d\\mathcal{L}}{db^{[2]}} \\\\\n"
           "\\,\\,\\,\\,\\,\\,\\,\\,W^{[1]} = W^{[1]} - \\alpha * dW^{[1]} \\\\\n\\,\\,\\,\\,\\,\\,\\,\\,b^{[1]} = "
           "b^{[1]} - \\alpha * db^{[1]} \\\\\n\\,\\,\\,\\,\\,\\,\\,\\,W^{[2]} = W^{[2]} - \\alpha * dW^{[2]} \\\\\n"
           "\\,\\,\\,\\,\\,\\,\\,\\,b^{[2]} = b^{[2]} - \\alpha * db^{[2]} \\\\\n\\text{\\}} \n\\end{array}\n$$",
           ((C,), (C,), (C,), (C,), (C,), (C,), (C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", ("grad",), _J2I2), Twin("gradient", "b1[{j}]", ("grad",), _J2),
            Twin("gradient", "W2[0,{j}]", ("grad",), _J2), Twin("gradient", "b2[0]", ("grad",)),
            Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _J2I2),
            Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2),
            Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2),
            Twin("update", "b2[0]", ("b2[0] - eta*grad",))), batch=106,
           why="the whole display: the loop's rows, the gradients' names defined, then the four steps (8 claims; the "
               "Repeat and Compute rows are words)"),
    Public("hx-Z1", _HX, "b106_hx", "b106_hx", "$ Z^{[1]} = {W^{[1]}} X + b^{[1]} $", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=106),
    Public("hx-Z2", _HX, "b106_hx", "b106_hx", "$ Z^{[2]} = {W^{[2]}} X + b^{[2]} $", ((W,),),
           (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1] + b2[0]",)),), batch=106,
           why="X for A^{[1]} (the page's slip; two inputs and two hidden units, as the post's own initialisation "
               "paragraph has them, so the product is defined)"),
    Public("hx-dZ2", _HX, "b106_hx", "b106_hx", "$ dZ^{[2]} = A^{[2]} - Y $", ((C,),),
           (Twin("gradient_z", "z2[0]", (_NG_DZ2,)),), batch=106),
    Public("hx-dZ1", _HX, "b106_hx", "b106_hx", "$ dZ^{[1]} = (W^{[2]})^T dZ^{[2]} (g^{[1]})'(Z^{[1]}) $", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG_DZ1,), _J2),), batch=106,
           why="the entrywise product written as a juxtaposition"),
    Public("hx-dW1", _HX, "b106_hx", "b106_hx", "$ dW^{[1]} =\\frac{1}{m} dZ^{[1]} X^{T} $", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_NG_DZ1 + "*x[{i}]",), _J2I2),), batch=106, why="m = 1 example"),
    # ---- the stored Portuguese lesson: \$$ ... \$$ (escaped dollars), \sum without an index, := , a generic w; its
    # NumPy code: a def's body on the next line, delta = erro * slope (the code's delta is -dE/dz), .dot and .T,
    # += with the rate after the product ------------------------------------------------------------------------------
    Public("au-E", _AU, "b106_aula", "b106_aula",
           "\\$$ E = \\frac{1}{2} \\sum (y_{esperado} - y_{obtido})^2 \\$$", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=106,
           why="one output: the sum has one term"),
    Public("au-w", _AU, "b106_aula", "b106_aula",
           "\\$$ w := w - \\eta \\cdot \\frac{\\partial E}{\\partial w} \\$$", ((C,),),
           (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),), param="W2[0,1]", batch=106,
           why="the generic rule, for the parameter named by --param"),
    Public("au-dsig", _AU, "b106_aula", "b106_aula", "def sigmoid_deriv(x):\n    return sigmoid(x) * (1 - sigmoid(x))",
           ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=106, why="the function's definition, at a hidden unit's sum x"),
    Public("au-d2", _AU, "b106_aula", "b106_aula", "    delta2 = erro * sigmoid_deriv(z2)", ((C,),),
           (Twin("value", f"-({_AU_D2})", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=106,
           why="the code's delta, -dE/dz2, twinned as a value"),
    Public("au-d1", _AU, "b106_aula", "b106_aula", "    delta1 = delta2.dot(pesos1.T) * sigmoid_deriv(z1)", ((C,),),
           (Twin("value", f"-({_AU_D1})",
                 ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*W2[0,{j}]"
                  "*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",),
                 _J3),), batch=106, why="pesos1 (3 x 1) is W2 transposed; -dE/dz1, a value over the hidden units"),
    Public("au-p1", _AU, "b106_aula", "b106_aula", "    pesos1 += a1.T.dot(delta2) * taxa_aprendizado", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*a1[{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _J3),),
           batch=106, why="+= with the code's delta (-dE/dz): the gradient step"),
    # ---- the stored NTU notes (Chinese): aligned blocks with & and \\ (\\\\ once), \cdots as a row, y = a^L = ...,
    # \odot, \nabla C(y), \delta ^L with a space, \sum_k over the next layer; two slips ---------------------------------
    Public("adl-fwd", _ADL, "b106_adl", "b106_adl",
           "$$\n\\begin{aligned}\n& a^1 = \\sigma(W^1x + b^1)\\\\\n& a^2 = \\sigma(W^2a^1 + b^2)\\\\\n& \\cdots\\\\\n"
           "&y = a^L = \\sigma(W^La^{L-1}  + b^L)\\\\\n\\end{aligned}\n$$", ((C,), (C,), (C, C)),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J3),
            Twin("value", "a2[{k}]", ("sigmoid(W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}])",), _K2),
            Twin("value", "a2[{k}]",
                 ("a2[{k}]", "sigmoid(W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}])"), _K2)), batch=106,
           why="L = 2 here: the last row is the output layer's (the \\cdots row holds no claim)"),
    Public("adl-dw", _ADL, "b106_adl", "b106_adl",
           "$$\n\\frac{\\partial(\\theta)}{\\partial w_{ij}^l} = \\frac{\\partial C(\\theta)}{\\partial z_i^l}"
           "{\\frac{\\partial z_i^l}{\\partial w_{ij}^l}}\n$$", unreadable="\\partial(\\theta)", batch=106,
           why="\\partial(\\theta) for \\partial C(\\theta): the loss dropped from the left side's numerator"),
    Public("adl-dL", _ADL, "b106_adl", "b106_adl", "$$\n\\delta ^L = \\sigma'(z^L)\\odot \\nabla C(y)\n$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),), batch=106, why="\\nabla C(y): C's gradient by the output y"),
    Public("adl-di", _ADL, "b106_adl", "b106_adl",
           "$$\n\\delta_i^l = \\sigma'(z_i)\\sum_k (w_{ki}^{l+1}\\delta_k^{l+1}) \n$$", unreadable="z_i", batch=106,
           why="z_i for z_i^l: the layer dropped (the page's slip; the block above writes it so too)"),
    Public("adl-sum", _ADL, "b106_adl", "b106_adl",
           "$$\n\\begin{aligned}\n&\\delta^L = \\sigma'(z^L) \\odot \\nabla C(y)\\\\\\\\\n&\\delta^l = \\sigma'(z^l) "
           "\\odot (W^{l+1})^T\\delta^{l+1}\\\\\n\\end{aligned}\n$$", ((C,), (C,)),
           (Twin("gradient_z", "z2[{k}]", (_D2,), _K2), Twin("gradient_z", "z1[{j}]", (_D1,), _J3)), batch=106,
           why="the rule for the hidden layer l = 1 (the only l with a layer l + 1)"),
    # ---- the stored Vietnamese exercise: $$...$$ a line, \sum_{i=1}^{m} over the examples (m = 1), \cdot, a list
    # item's "-   $...$", w_{new} and w_{old} ----------------------------------------------------------------------
    Public("vn-J", _VN, "b106_vn", "b106_vn",
           "$$J(w,b) = -\\frac{1}{m}\\sum_{i=1}^{m}[y_i\\log(h_i) + (1-y_i)\\log(1-h_i)]$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=106),
    Public("vn-dw", _VN, "b106_vn", "b106_vn",
           "$$\\frac{\\partial J}{\\partial w} = \\frac{1}{m}\\sum_{i=1}^{m}(h_i - y_i) \\cdot x_i$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=106),
    Public("vn-db", _VN, "b106_vn", "b106_vn",
           "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m}\\sum_{i=1}^{m}(h_i - y_i)$$", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=106),
    Public("vn-dh", _VN, "b106_vn", "b106_vn",
           "-   $\\frac{\\partial J}{\\partial h} = -\\frac{y}{h} + \\frac{1-y}{1-h}$", ((C,),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),),
           batch=106, why="dJ/dh, the derivative by the output, a value"),
    Public("vn-wnew", _VN, "b106_vn", "b106_vn",
           "$$w_{new} = w_{old} - \\alpha \\cdot \\frac{\\partial J}{\\partial w}$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=106),
    # ---- Brunocs1991's Portuguese rede_multicamada_.py: def with the body on the next line, np.exp, a derivative
    # written of the output sig, an indented delta = error * slope ---------------------------------------------------
    Public("br-sig", _BR, "b106_br", "b106_br", "def sigmoid(soma):\n    return 1 / (1 + np.exp(-soma))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=106),
    Public("br-dsig", _BR, "b106_br", "b106_br", "def sigmoid_derivada(sig):\n    return sig * (1 - sig)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=106,
           why="the slope written of the output sig (the loop calls it with camada_saida and camada_oculta)"),
    Public("br-delta", _BR, "b106_br", "b106_br", "    delta_saida = erro_camada_saida * derivada_saida", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=106,
           why="the code's delta, -dE/dz2, a value"),
    # ---- UsusCimex's sigmoid.py: methods with self, a Russian comment line between the def and its return ------------
    Public("us-func", _US, "b106_us", "b106_us",
           "def func(self, x):\n    # Сигмоидальная функция активации\n    return 1 / (1 + np.exp(-x))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=106),
    Public("us-prime", _US, "b106_us", "b106_us",
           "def prime(self, x):\n    # Производная сигмоидальной функции активации\n"
           "    return self.sigmoid(x) * (1 - self.sigmoid(x))", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=106, why="the slope at the sum x; the code calls self.sigmoid, which its module names func (a bug "
                          "of the program, not of the formula: the notation names self.sigmoid the sigmoid)"),
    # ---- jsdw's network.js: formulas in // comments indented by tabs, d(error)/d(w1) Leibniz quotients in plain
    # text, a const declaration ending in ; ----------------------------------------------------------------------
    Public("js-out", _JS, "b106_js", "b106_js", "\t\t// out1 = activationFunction(in1)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=106),
    Public("js-chain", _JS, "b106_js", "b106_js",
           "\t\t// d(error)/d(w1) = d(error)/d(out1) * d(out1)/d(in1) * d(in1)/d(w1)", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=106),
    Public("js-ewi", _JS, "b106_js", "b106_js", "\t\tconst errorWrtIn = errorWrtOut * outWrtIn;", ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=106,
           why="dE/d(in), a value"),
]
