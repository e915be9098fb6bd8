r"""Batch 188 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
out of every fix of the reader, to measure it blind (docs/issue13.md), held in tests/test_public_formulas_held_out.py
with the batches it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 addresses no earlier batch used (the code corpus, with this batch's emphasis on worked numeric examples
on small networks: five pages take Mazur's 2-2-2 example or its first output, one a 1-1-1 chain with its own numbers;
every address a stored file whose repository the index does not name): an exam write-up's back_prop.py in a Markdown
"All Code Files" (stored file 71059584331: delta_o1 = -(T1 - out_o1) * sigmoid_derivative(out_o1), w3_new = w3 -
learning_rate * dE_dw3), a plain NumPy script worked step by step on Mazur's numbers (stored file 54530830022:
dE_dout_o1 = -(t1 - out_o1) with aligned =, dE_dnet_o2 = dE_dout_o2 * dout_o2_dnet, parenthesised sums), a NumPy
script naming Mazur's weights AND per-unit biases w1 ... w12 in its own order (stored file 54494858028: e1 = d1 - y1,
dE_dw11 = -e1 * phi_prime_a3 * 1.0  # Bias, delta1 the derivative by h1), Indonesian data-mining course notes working
Mazur's numbers on a 2-2-1 network in code blocks (stored file 56851001970: Unicode subscripts, × and −, "w₅_baru =
0.40 − 0.5 × 0.0822 = 0.40 − 0.0411 = 0.3589"), a TypeScript exam cheat sheet (stored file 70676175092: numbered
steps in strings, "δ_o1 = a_o1(1 - a_o1)(y₁ - a_o1) = (0.7514)(1 - 0.7514)(0.01 - 0.7514) = -0.1385.", w₅(new) = w₅
+ α · δ_o1 · a_h1), chat-written Markdown notes (stored file 35395876697: Markdown's escaped \\* in code fences, the en
dash – for the minus, a mini example whose numbers are wrong) and a teaching app's prompt file whose one-shot example
(a JSON string in a Python string) works w5's gradient in numbers (stored file 12399022238: dE/dw5 = (dE/do1) *
(do1/dnet) * (dnet/dw5), "**dE/dw5 = 0.741 * 0.187 * 0.593 = 0.0822**"). Copied verbatim, typos and mistakes included
(the escaped text of the stored files decoded; strings of code, a TypeScript array's and a JSON one-shot's, taken as
their values, one line each), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md: the codes' names declared one by one, their gradients "grad(W2[0,
0])", their dE/dnet "grad(z2[0])" and the cheat sheet's -dE/dnet "-delta2[k]", derivatives by an output and the
logistic's slopes declared as values, the new weights "new(W1[1, 0])", the helpers sigmoid_derivative and
sigmoid_deriv "sigmoid' at output" as they compute s (1 - s) of what they are given), a network of the kind the page
describes (Mazur's with its numbers and shared biases, rate 0.5; the twelve-weight script's per-unit biases; the
Indonesian notes' 2-2-1; the Markdown notes' 1-1-1 with x1 = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.42, b2 = 0.61, T = 0.25
and rate 0.1, the notes naming none; all in tests/public_formulas_batch188_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py, tests/number_oracle.py), the oracle run on them and committed before
check was.

Counts: 49 formulas from 7 pages: back_prop.py 8, the NumPy script 9, the twelve-weight script 9, the Indonesian notes
8, the cheat sheet 3, the Markdown notes 7, the prompt file 5. By kind: 7 deltas dE/dnet or -dE/dnet (delta_o1,
delta_o2, delta_h1, dE_dnet_o2, δ_o1 worked, the cheat sheet's δ_k and δ_o1 worked), 16 gradients of weights (9 written
symbolically, 4 worked in numbers: the Indonesian w5, w6, w1 and the prompt's w5; 3 chain rules of slashed quotients),
3 bias gradients (dE_dw11, dE_dw6 of the twelve-weight script, the Markdown dE/db2), 7 updates (w3_new, w7_new, w1_new,
w10_new with the rate; w₅_baru and w₅(new) worked in numbers; the Markdown w2_new = 0.427), 16 values (derivatives by
outputs, the logistic's slopes, errors, losses, the hidden output h1 = 0.593, the Markdown prediction). Mistaken, 3,
all the Markdown notes' mini example: "Prediction a2 = 0.7153" (its numbers give 0.7033), "Error E = (0.25 – 0.7153)² /
2 = 0.1084" (the wrong prediction carried, and its arithmetic gives 0.10825) and "w2_new = 0.427" (w2 must fall: the
output is above its label). No formula mistyped (unreadable=). One expectation was first written wrong and corrected
from docs/notation.md's rule for numbers, not flipped: the Indonesian 0.18681 for Mazur's 0.186815602 (one unit of its
last digit off, right under the rule; first expected wrong).

Left out: the short time (the collection was started late) kept the batch to seven pages; the exam file's later
scripts (a delta rule on 25 inputs, Keras models), its repeated training loop (g_w5 = d_o1 * oh1 and so on, the same
formulas under other names) and comment chains continued on a second line; print lines; the prompt file's HTML table
cells and mermaid labels; the cheat sheet's forward steps (chains joined by ⟹) and its Backpropagation card's
"expression" string, which joins three formulas with "where" and "and" (its δ_k = y_k - a_k for the output omits
g'(in_k), a slip its own steps and "commonMistakes" correct: mistaken, left out only as it is three claims in one
sentence); the Markdown notes' other new values (b2_new, w1_new, b1_new: the notes name no rate) and their derivative
pieces (da2/dz2 = a2 * (1 – a2) and so on, of the same kind as the one taken); the Indonesian notes' forward pass and
w₁_baru, w₂ lines (of the same kind as those taken).

Collected 02:35 to 02:45 UTC (date -u), 8 December 2026.

Run blind at main fc1aa08e (the gate's commit; this branch starts there and its src/ is that commit's, so no rebase),
once, tests/blind_batch.py 188: 46 of 49 read with every verdict right (94%); 2 refused, 1 misread; typo refused 0,
typo read 0 (no typo); 0 crashes; 0 wrong formulas called correct. Of the 3 mistaken formulas, 2 were called wrong
(the Markdown notes' "Error E = (0.25 – 0.7153)² / 2 = 0.1084", both members, and "w2_new = 0.427"); the third
("Prediction a2 = 0.7153") was refused. Per page: back_prop.py 8 of 8, the NumPy script 9 of 9, the twelve-weight
script 9 of 9, the Indonesian notes 8 of 8, the prompt file 5 of 5, the Markdown notes 6 of 7 (1 refused), the cheat
sheet 1 of 3 (1 refused, 1 misread).

Refused, a name with a letter-digit subscript beside an index template (k188-ch-up5, "4. Update Output Weight w₅:
w₅(new) = w₅ + α · δ_o1 · a_h1 = 0.40 + (0.5)(-0.1385)(0.5932) = 0.3589."): "formula 'w_5^{new} = w_5 + \\alpha
\\cdot \\delta _o1 \\cdot a_h1 = 0....': \delta_o1 is ambiguous: the notation names both \delta_{o1} and
\delta_{o} at '1' (position 44); write the braces (\delta_{o1}) or a product sign (\delta_{o} \cdot 1)" - the
notation declares "δ_o1" and the card's template "δ_{k}" (k an index), and the same δ_o1 was read on the left of
k188-ch-do1: looks general (a declared name should win over an index template reading a letter as the index).

Refused, a prose label before an arrow (k188-md-a2, "- Forward pass → Prediction a2 = 0.7153  "): "formula '\\to
Prediction a2 = 0.7153': unknown symbol Prediction; the notation knows T, a, b, b1_new, b2_new, w, w1_new, w2_new; give
it a meaning in the notation's [notation.symbols], e.g. "Prediction" = "a1[0]"" - the words before → dropped only up to
the arrow, the word after it kept: looks general (a list item's "label → label name = value").

Misread, the word "delta" before the symbol δ_k (k188-ch-dk, "Output Layer Error: compute delta δ_k = g'(in_k) ·
(y_k − a_k) for each output unit."): expected correct, got wrong: check's detail '"g'(in_k)  \\cdot  (y_k - a_k)" is a
number where the left side is 2 x 1, and it equals none of its entries', its truth (1 - a2[0])**2*(a2[0] - y[0])**2*a2[0]**2:
the English word "delta" was read as a second δ_k, the left side as δ_k δ_k. Not a wrong formula called correct, but a
right one called wrong; looks general (a Greek letter's name written as a word before the letter itself).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch188_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_EX = _STORED.format(71059584331, "# All Code Files",
                     "an exam write-up's back_prop.py in Markdown Python blocks, Mazur's 2-2-2 example")
_NP = _STORED.format(54530830022, "import numpy as np",
                     "a NumPy script working Mazur's 2-2-2 example step by step")
_TW = _STORED.format(54494858028, "import numpy as np",
                     "a NumPy script on Mazur's numbers naming its twelve weights and biases w1 ... w12")
_ID = _STORED.format(56851001970, "# K203504 — DATA MINING",
                     "Indonesian data-mining course notes in Markdown, Mazur's numbers worked on a 2-2-1 network")
_CH = _STORED.format(70676175092, "import type { CheatTopic } from \"./types\";",
                     "a TypeScript exam cheat sheet's unit IV topics: a Backpropagation card and a worked numerical")
_MD = _STORED.format(35395876697, "Perfect ✨ Thanks for pasting the transcript!",
                     "chat-written Markdown notes on backpropagation with formulas and a mini example in numbers")
_AX = _STORED.format(12399022238, "# prompts.py",
                     "a teaching app's prompt file whose one-shot example works Mazur's w5 gradient in numbers")

# Mazur's 2-2-2 network under half the squared error: dE/dnet_o, dE/d out_h, dE/dnet_h
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_EA1 = f"({_D0}*W2[0,0] + {_D1}*W2[1,0])"
_EA2 = f"({_D0}*W2[0,1] + {_D1}*W2[1,1])"
_H1 = f"{_EA1}*a1[0]*(1 - a1[0])"
_H2 = f"{_EA2}*a1[1]*(1 - a1[1])"


ENTRIES = [
    # ---- the exam's back_prop.py (no indentation): deltas with a helper of the outputs, gradients, new weights ----
    Public("k188-ex-do1", _EX, "b188_ex", "b188_ex",
           "delta_o1 = -(T1 - out_o1) * sigmoid_derivative(out_o1)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_D0,)),), batch=188,
           why="dE/dnet_o1: -(target - out) times the logistic's slope of the output"),
    Public("k188-ex-do2", _EX, "b188_ex", "b188_ex",
           "delta_o2 = -(T2 - out_o2) * sigmoid_derivative(out_o2)", ((C,),),
           (Twin("gradient_z", "z2[1]", (_D1,)),), batch=188),
    Public("k188-ex-w5", _EX, "b188_ex", "b188_ex", "dE_dw5 = delta_o1 * out_h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=188),
    Public("k188-ex-w8", _EX, "b188_ex", "b188_ex", "dE_dw8 = delta_o2 * out_h2", ((C,),),
           (Twin("gradient", "W2[1,1]", (f"{_D1}*a1[1]",)),), batch=188),
    Public("k188-ex-dh1", _EX, "b188_ex", "b188_ex", "dE_douth1 = delta_o1 * w5 + delta_o2 * w7", ((C,),),
           (Twin("value", _EA1, (_EA1,)),), batch=188,
           why="the derivative by the first hidden output, a value: the two outputs' paths"),
    Public("k188-ex-deh1", _EX, "b188_ex", "b188_ex", "delta_h1 = dE_douth1 * sigmoid_derivative(out_h1)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_H1,)),), batch=188),
    Public("k188-ex-w2", _EX, "b188_ex", "b188_ex", "dE_dw2 = delta_h1 * x2", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"{_H1}*x[1]",)),), batch=188),
    Public("k188-ex-up3", _EX, "b188_ex", "b188_ex", "w3_new = w3 - learning_rate * dE_dw3", ((C,),),
           (Twin("update", "W1[1,0]", (f"W1[1,0] - eta*{_H2}*x[0]",)),), batch=188),
    # ---- the NumPy script (no indentation): each factor named, aligned = signs, parenthesised sums --------------
    Public("k188-np-eo1", _NP, "b188_np", "b188_np", "E_o1 = 0.5 * (t1 - out_o1)**2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=188,
           why="the first output's half of the loss, a value; ** the power"),
    Public("k188-np-do1", _NP, "b188_np", "b188_np", "dE_dout_o1   = -(t1 - out_o1)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=188,
           why="the derivative by the first output, a value; the = aligned by spaces"),
    Public("k188-np-sl1", _NP, "b188_np", "b188_np", "dout_o1_dnet = sigmoid_deriv(out_o1)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=188,
           why="the logistic's slope at the first output, a value; sigmoid_deriv(out) = out (1 - out)"),
    Public("k188-np-dn2", _NP, "b188_np", "b188_np", "dE_dnet_o2 = dE_dout_o2 * dout_o2_dnet", ((C,),),
           (Twin("gradient_z", "z2[1]", (_D1,)),), batch=188),
    Public("k188-np-w6", _NP, "b188_np", "b188_np", "dE_dw6 = dE_dnet_o1 * out_h2", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_D0}*a1[1]",)),), batch=188),
    Public("k188-np-up7", _NP, "b188_np", "b188_np", "w7_new = w7 - eta * dE_dw7", ((C,),),
           (Twin("update", "W2[1,0]", (f"W2[1,0] - eta*{_D1}*a1[0]",)),), batch=188),
    Public("k188-np-dh2", _NP, "b188_np", "b188_np", "dE_dout_h2 = (dE_dnet_o1 * w6) + (dE_dnet_o2 * w8)", ((C,),),
           (Twin("value", _EA2, (_EA2,)),), batch=188,
           why="the derivative by the second hidden output, a value, its two paths parenthesised"),
    Public("k188-np-w4", _NP, "b188_np", "b188_np", "dE_dw4 = dE_dout_h2 * dout_h2_dnet * i2", ((C,),),
           (Twin("gradient", "W1[1,1]", (f"{_H2}*x[1]",)),), batch=188),
    Public("k188-np-up1", _NP, "b188_np", "b188_np", "w1_new = w1 - eta * dE_dw1", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_H1}*x[0]",)),), batch=188),
    # ---- the prompt file's one-shot example (Markdown in a JSON string): Leibniz quotients with slashes, worked
    # numbers in bold, list items with a label before the formula ----------------------------------------------
    Public("k188-ax-chain", _AX, "b188_ax", "b188_ax", "dE/dw5 = (dE/do1) * (do1/dnet) * (dnet/dw5)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=188,
           why="the chain rule with slashed quotients in parentheses (a code block's line)"),
    Public("k188-ax-err", _AX, "b188_ax", "b188_ax",
           "   - Formula: -(target - output) = -(0.01 - 0.751) = **0.741**", ((C, C),),
           (Twin("value", "-(y[0] - a2[0])", ("=-(0.01 - 0.751)", "=0.741")),), batch=188,
           why="dE/do1 (the item's heading, a line above) worked in numbers, a value; a list item's label, bold"),
    Public("k188-ax-slope", _AX, "b188_ax", "b188_ax",
           "   - Formula: o1 * (1 - o1) = 0.751 * 0.249 = **0.187**", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("=0.751*0.249", "=0.187")),), batch=188,
           why="the logistic's slope at o1 worked in numbers, a value"),
    Public("k188-ax-h1", _AX, "b188_ax", "b188_ax", "   - Value: h1 = **0.593**", ((C,),),
           (Twin("value", "a1[0]", ("=0.593",)),), batch=188, why="the first hidden output, Mazur's 0.593269992"),
    Public("k188-ax-w5", _AX, "b188_ax", "b188_ax", "**dE/dw5 = 0.741 * 0.187 * 0.593 = 0.0822**", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("=0.741*0.187*0.593", "=0.0822")),), batch=188,
           why="the gradient worked in numbers, in bold (Mazur's 0.082167041)"),
    # ---- the twelve-weight script (no indentation): errors d - y, slopes named phi_prime, biases as weights with
    # "* 1.0  # Bias", parenthesised terms, = aligned by spaces ------------------------------------------------------
    Public("k188-tw-e1", _TW, "b188_tw", "b188_tw", "e1 = d1 - y1", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=188, why="the first output's error, a value"),
    Public("k188-tw-E", _TW, "b188_tw", "b188_tw", "E = 0.5 * ((e1**2) + (e2**2))", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=188,
           why="the loss's definition, a value"),
    Public("k188-tw-w7", _TW, "b188_tw", "b188_tw", "dE_dw7  = -e1 * phi_prime_a3 * h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D0}*a1[0]",)),), batch=188, why="w7 from h1 into y1; two spaces before ="),
    Public("k188-tw-w10", _TW, "b188_tw", "b188_tw", "dE_dw10 = -e2 * phi_prime_a4 * h2", ((C,),),
           (Twin("gradient", "W2[1,1]", (f"{_D1}*a1[1]",)),), batch=188, why="w10 from h2 into y2"),
    Public("k188-tw-w11", _TW, "b188_tw", "b188_tw", "dE_dw11 = -e1 * phi_prime_a3 * 1.0  # Bias", ((C,),),
           (Twin("gradient", "b2[0]", (_D0,)),), batch=188, why="the first output's bias, named w11, its input 1.0"),
    Public("k188-tw-d1", _TW, "b188_tw", "b188_tw",
           "delta1 = (-e1 * phi_prime_a3 * w7) + (-e2 * phi_prime_a4 * w8)", ((C,),),
           (Twin("value", _EA1, (_EA1,)),), batch=188,
           why="the code's delta1 is dE/dh1 (the slope of h1 comes in the gradients' lines), a value; w7 and w8 "
               "both leave h1"),
    Public("k188-tw-w3", _TW, "b188_tw", "b188_tw", "dE_dw3 = delta1 * phi_prime_a1 * x2", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"{_H1}*x[1]",)),), batch=188, why="w3 from x2 into h1"),
    Public("k188-tw-w6", _TW, "b188_tw", "b188_tw", "dE_dw6 = delta2 * phi_prime_a2 * 1.0  # Bias", ((C,),),
           (Twin("gradient", "b1[1]", (_H2,)),), batch=188, why="the second hidden unit's bias, named w6"),
    Public("k188-tw-up10", _TW, "b188_tw", "b188_tw", "w10_new = w10 - (eta * dE_dw10)", ((C,),),
           (Twin("update", "W2[1,1]", (f"W2[1,1] - eta*{_D1}*a1[1]",)),), batch=188),
    # ---- the Indonesian notes (code blocks in Markdown): Unicode subscripts, × and the minus sign −, worked numbers
    # to four digits, "baru" (new) -----------------------------------------------------------------------------------
    Public("k188-id-dout", _ID, "b188_id", "b188_id", "∂E/∂out_o1 = −(0.01 − 0.7514) = 0.7414", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("=-(0.01 - 0.7514)", "=0.7414")),), batch=188,
           why="the derivative by the output worked in numbers, a value (Mazur's 0.74136507)"),
    Public("k188-id-slope", _ID, "b188_id", "b188_id", "∂out_o1/∂net_o1 = 0.7514 × (1 − 0.7514) = 0.18681", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("=0.7514*(1 - 0.7514)", "=0.18681")),), batch=188,
           why="the logistic's slope worked in numbers, a value: Mazur's 0.186815602 is 0.18682 to five decimals and "
               "0.7514 x 0.2486 = 0.18680; the notes' 0.18681 is one unit of its last digit from the true value, right "
               "under docs/notation.md's rule for numbers (first expected wrong here; the oracle and the rule say right)"),
    Public("k188-id-do1", _ID, "b188_id", "b188_id", "δ_o1 = 0.7414 × 0.18681 = 0.1385", ((C, C),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("=0.7414*0.18681", "=0.1385")),), batch=188,
           why="the output's delta worked in numbers (Mazur's 0.138498562), twinned as a value"),
    Public("k188-id-w5", _ID, "b188_id", "b188_id", "∂E/∂w₅ = δ_o1 × out_h1 = 0.1385 × 0.5933 = 0.0822", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]", "=0.1385*0.5933", "=0.0822")),),
           batch=188),
    Public("k188-id-up5", _ID, "b188_id", "b188_id", "w₅_baru = 0.40 − 0.5 × 0.0822 = 0.40 − 0.0411 = 0.3589",
           ((C, C, C),),
           (Twin("update", "W2[0,0]", ("=0.40 - 0.5*0.0822", "=0.40 - 0.0411", "=0.3589")),), batch=188,
           why="the new w5 worked in numbers (Mazur's 0.35891648)"),
    Public("k188-id-w6", _ID, "b188_id", "b188_id", "∂E/∂w₆ = δ_o1 × out_h2 = 0.1385 × 0.5969 = 0.0827", ((C, C, C),),
           (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]", "=0.1385*0.5969", "=0.0827")),),
           batch=188),
    Public("k188-id-dh1", _ID, "b188_id", "b188_id", "∂E/∂out_h1 = δ_o1 × w₅ = 0.1385 × 0.40 = 0.0554", ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]",
                 ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]", "=0.1385*0.40", "=0.0554")),), batch=188,
           why="the derivative by the first hidden output, a value: one output, one path"),
    Public("k188-id-w1", _ID, "b188_id", "b188_id", "∂E/∂w₁ = δ_h1 × x₁ = 0.01337 × 0.05 = 0.000669", ((C, C, C),),
           (Twin("gradient", "W1[0,0]",
                 ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]", "=0.01337*0.05", "=0.000669")),),
           batch=188, why="the gradient of w1 worked in numbers (the true 0.00066840; the notes round their own "
                          "0.01337 x 0.05 = 0.0006685 up)"),
    # ---- the cheat sheet (strings in a TypeScript array, taken as their values): numbered steps with a label before
    # the formula and a closing period, juxtaposed factors, · for the product --------------------------------------
    Public("k188-ch-dk", _CH, "b188_ch", "b188_ch",
           "Output Layer Error: compute delta δ_k = g'(in_k) · (y_k − a_k) for each output unit.", ((C,),),
           (Twin("value", "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",),
                 tuple({"k": k} for k in range(2))),), batch=188,
           why="the output's delta -dE/d in_k (the card's update adds it), a value; words around it"),
    Public("k188-ch-do1", _CH, "b188_ch", "b188_ch",
           "3. Backward Pass Output Error Delta: δ_o1 = a_o1(1 - a_o1)(y₁ - a_o1) = (0.7514)(1 - 0.7514)(0.01 - 0.7514)"
           " = -0.1385.", ((C, C, C),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])*(y[0] - a2[0])", "=0.7514*(1 - 0.7514)*(0.01 - 0.7514)", "=-0.1385")),),
           batch=188, why="-dE/dnet_o1 worked in numbers, a value (Mazur's -0.138498562); products by juxtaposition"),
    Public("k188-ch-up5", _CH, "b188_ch", "b188_ch",
           "4. Update Output Weight w₅: w₅(new) = w₅ + α · δ_o1 · a_h1 = 0.40 + (0.5)(-0.1385)(0.5932) = 0.3589.",
           ((C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]", "=0.40 + 0.5*(-0.1385)*0.5932", "=0.3589")),),
           batch=188, why="the update adds alpha times the delta -dE/dnet (rate 0.5); a_h1 0.5932 for Mazur's 0.593269992 "
                          "(one unit of its last digit)"),
    # ---- the Markdown notes (code fences inside a fenced md block): Markdown's escaped \\* for the product, the en
    # dash – for the minus, list items in backquotes, a mini example whose numbers are wrong -------------------------
    Public("k188-md-w2", _MD, "b188_md", "b188_md", "dE/dw2 = (dE/da2) \\* (da2/dz2) \\* (dz2/dw2)", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=188,
           why="the chain rule with Markdown's escaped asterisks (\\*) in a code fence, as the file writes them"),
    Public("k188-md-b2", _MD, "b188_md", "b188_md", "dE/db2 = (dE/da2) \\* (da2/dz2) \\* (1)", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=188),
    Public("k188-md-w1", _MD, "b188_md", "b188_md",
           "dE/dw1 = (dE/da2) \\* (da2/dz2) \\* (dz2/da1) \\* (da1/dz1) \\* (dz1/dw1)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=188),
    Public("k188-md-da2", _MD, "b188_md", "b188_md", "- `dE/da2 = -(T – a2)`  ", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=188,
           why="a list item in backquotes with two trailing spaces; the en dash – as the minus, a value"),
    Public("k188-md-a2", _MD, "b188_md", "b188_md", "- Forward pass → Prediction a2 = 0.7153  ", ((W,),),
           (Twin("value", "a2[0]", ("=0.7153",)),), batch=188,
           why="MISTAKEN: at its own numbers (x1 = 0.1, w1 = 0.15, b1 = 0.4, w2 = 0.42, b2 = 0.61) a1 = sigmoid(0.415) = "
               "0.6023 and a2 = sigmoid(0.8630) = 0.7033, not 0.7153"),
    Public("k188-md-E", _MD, "b188_md", "b188_md", "- Error E = (0.25 – 0.7153)² / 2 = 0.1084  ", ((W, W),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("=(0.25 - 0.7153)**2/2", "=0.1084")),), batch=188,
           why="MISTAKEN: the wrong prediction 0.7153 carried (the true E is (0.25 - 0.7033)^2 / 2 = 0.1027); its own "
               "arithmetic gives 0.10825, and 0.1084 is a unit off that too; ² the square"),
    Public("k188-md-w2n", _MD, "b188_md", "b188_md", "- w2_new = 0.427  ", ((W,),),
           (Twin("update", "W2[0,0]", ("=0.427",)),), batch=188,
           why="MISTAKEN: the output is above its label, so dE/dw2 > 0 and w2 must fall below 0.42 at any positive rate; "
               "0.427 rises (0.4194 at the rate 0.1 the problem file sets, the notes naming none)"),
]
