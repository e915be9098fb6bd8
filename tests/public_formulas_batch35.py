r"""Batch 35 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 14 addresses no earlier batch used (web pages of the "pages" corpus: three of Nemotron-CC-Math-v1's
posts, named by their titles after the data set's address as in the batches before, two of them copies of one
Stack Exchange question under two titles; two threads of deeplearning.ai's forum; ml-bites' lesson "Teaching the
neuron"; five GitHub repositories' pages as the corpus stores them, hitswa's exercise, brisacoder's notebook,
maykulkarni's and IvanHalim's logistic-regression notebooks, and CanKorkut's XOR README at a mirror's address;
velog's "Backpropagation" post; heaven-labs' notes on the binary cross-entropy; daodavid's notes on softmax
regression), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example: brisacoder's; both in
tests/public_formulas_batch35_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run that got past a problem
file's flat [data] list) and committed before check was. A local derivative (dyhat/dw, dz/dw, dtheta_0 f) and a
derivative by an activation (DA4, DA3, dL_dy, dL_dyhat) are twinned as values, as in the batches before; a delta
dL/dz (DZ4, dZ^[1], dL_dz, error) as a gradient by z. Formulas keep their page's delimiters and what surrounds them
on their line (\[ ... \] over three lines, a list's number "1. " before \( ... \) and its parenthesised words after,
code spans' backticks, a Python line's indentation and trailing comment, a lesson's whole line of prose); what was
left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 35

The batch: 55 formulas, 38 values (forward values, losses, local derivatives and derivatives by an activation), 4
deltas dL/dz, 7 gradients, 6 updates; no entry marked unreadable. 25 are LaTeX (Nemotron's \[ ... \] blocks, two
indented in a numbered list; \( ... \) after a list's number, with \text{relu\_activation},
\text{sigmoid\_derivative} and \text{total\_number\_of\_samples}; the forum's delimiter-less \displaystyle; the
notebooks' $$ ... $$ with \left( \right), \partial without a numerator's quantity (\frac{\partial}{\partial\theta_0}f)
and a trailing "+ ...."; daodavid's $\; \; ...$ with \sum_p and two-letter subscripts), 30 plain text or code
(hitswa's indented Python with # comments and -=, its Markdown's Unicode 𝑦pred, 𝑛, ∑ and −; brisacoder's
np.dot, np.log, dL_dyhat, grad_w and w_new; heaven-labs' np.sum; the lesson's += with − inside a sentence; the
README's W_new and ß; velog's flattened MathML z[2]=W[2]x,(W=2×2matrix) and y^; the forum's backticked
W^[2]TdZ^[2]*g^[1]'(Z^[1]) and s = e^x).

9 are mistaken somewhere (the oracle finds at least one member wrong):

- understand-yhat: \hat{y} = \frac{1}{1+e^{w^Tx+b}}, the sigmoid's exponent without its minus sign;
- understand-dyhat-dw: \frac{\partial \hat{y}}{\partial w} = \hat{y}(1 - \hat{y}), the input x left out (that is
  dyhat/dz, not dyhat/dw);
- understanding-dyhat-dw: the same, written out with the minus-less exponent, 1/(1+e^{w^Tx + b})(1 - ...);
- proper-DA4: DA4 = -(Y/A4 + (1 - Y)/(1 - A4)), the log loss's derivative with + for - (the question's own slip;
  its DZ4 = DA4 . sigmoid_derivative(Z4), with DA4 the true dL/dA4, is right);
- sigderiv-s and sigderiv-ex: the mentor quoting the learner's s = 1/e^{-x}, and s = e^x, for the sigmoid;
- xor-beta: ß = n * (input) * (error) with error = label - output, the output's slope output(1 - output) missing
  under the squared error (the README names no loss; see its network);
- velog-z2 and velog-z3: z[2]=W[2]x without the bias b[2] the post's loss lists, and z[3]=W[3]x with the input x
  for the hidden activation a[2] (and without b[3]).

What the spec could not express, which a page needed (the notation written as close as the spec allows, and said
so in the tables): the question's \text{sigmoid\_derivative}(Z4), a function's derivative by a name of its own (the
spec's functions key names activations, not their derivatives), and hitswa's sigmoid_derivative(z) the same;
velog's y^, the flattened \hat{y}, named as \hat{y}; the question's list numbers "1. " before each \( ... \) are the
page's (kept, not named). Left out: the pages' lines with a sum from i = 0 to N over one instance (C = 1/(2N)
\sum_{i=0}^{N}, N + 1 terms), theta_j standing for the intercept and a weight alike (maykulkarni's
\frac{\partial }{\partial \theta _j}\sigma(x) = ... x_j)), the README's label(Z) and hidden_error, and daodavid's
softmax whose sum's letter is its own subscript's.

Collected on 2026-12-04, committed before check saw it, and run blind at main bc5ac1b (/work/READY_FOR_BLIND5), with
nothing under src/ changed. The first run (/work/batch35_blind.txt): 42 of 55 read with every verdict right (76%), 13
refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Two of the 13 were refused at the collector's
mistake: the notation of the two "... Backpropagation Using Derivative(s)" pages named w as "W1[0, :].T", a transpose no
meaning of the spec's has, and a row where symbols.md's vectors are columns and the page's w is one (w^T x), so that w^T
x + b added a matrix and a number: "formula '\\hat{y} = \\frac{1}{1+e^{w^Tx+b}}': adds a vector or matrix and a number
in (w^T x) + b" (understand-yhat, understanding-dyhat-dw). The .T was taken out of "w" and "w^{old}", nothing else
changed, and blind_batch.py 35 run once more at the same commit (/work/batch35_blind_corrected.txt): 43 of 55 read with
every verdict right (78%); 12 refused that should have been read; no misreading; no crash; NO WRONG FORMULA CALLED
CORRECT. Only understand-yhat changed outcome (refused, then read, wrong as the oracle says); understanding-dyhat-dw
stayed refused, by its shape (below), and understand-dyhat-dw's message turned 1 x 2 into 2 x 1; the other 52 entries
gave the same line in both runs. The numbers below are the second run's.

Of the 9 mistaken formulas, 4 read with every verdict right (understand-yhat, proper-DA4, sigderiv-s, sigderiv-ex, each
called wrong) and 5 were refused (understand-dyhat-dw and understanding-dyhat-dw by their shape, xor-beta at its
notation's ß, velog-z2 and velog-z3 at their remarks); no wrong member was called correct. By kind of claim: values 30
of 38, deltas 2 of 4, gradients 7 of 7, updates 4 of 6. LaTeX against plain text: the 25 in LaTeX read 21 (84%), the 30
in plain text or code 22 (73%). By page: "How to Understand ..." 3 of 4, "Understanding ..." 1 of 2, "What's the
Proper Way ..." 9 of 10, deeplearning.ai's W^[2]T thread 0 of 1 and its sigmoid thread 2 of 2, ml-bites 0 of 1,
hitswa 10 of 12, maykulkarni 4 of 4, IvanHalim 2 of 3, CanKorkut 0 of 2, velog 2 of 4, daodavid 1 of 1, brisacoder 7
of 7, heaven-labs 2 of 2.

The refusals by construct (12, in the second run), with the exact message, and what a one-line rewrite showed (tried
afterwards, on the same main, with the rewrite only):

- 2, a wrong local derivative by a vector that is a number, \frac{\partial \hat{y}}{\partial w} = \hat{y}(1 - \hat{y})
  (the input x left out): "'\\hat{y}(1 - \\hat{y})' is a number where the left side is a vector or matrix (2 x 1);
  write a value for each entry, [..., ...], or the claim of one entry (its left side with its indices)"
  (understand-dyhat-dw; understanding-dyhat-dw the same with 1/(1+e^{w^Tx + b})(1 - ...)): a wrong formula refused
  rather than called wrong. Tried afterwards with w_1 for w (the pattern "w_{i}" = "W1[0, i-1]" added): read, wrong;
- 2, a function's derivative under a name of its own, sigmoid_derivative: in LaTeX, \text{sigmoid\_derivative}(Z4),
  "unknown symbol sigmoid_derivative; the notation knows A, B, DA, DZ, Dw, W, X, Y; give it a meaning in the notation's
  [notation.symbols], e.g. "sigmoid_derivative" = "a1[0]"" (proper-DZ4); in code, "sigmoid_derivative(u) may be the
  derivative at the input or at the output (x * (1 - x)), as code writes either at 's' (position 9); write
  sigmoid'(u) for the derivative at u, or the product" (hitswa-dy-dz; the exercise's own code defines it at the
  input). The two spellings get different messages, and the LaTeX one proposes naming the function as a quantity.
  Tried afterwards as \sigma'(Z4), and as sigmoid(z) * (1 - sigmoid(z)): both read correct;
- 2, a formula inside a line of prose: ml-bites' "The nudge is one line: weight += learning_rate * (correct − guess) *
  input. If the guess was already right, (correct − guess) is 0, so nothing changes. ...": "unexpected at '.' (position
  52)" (mlbites-nudge; the line up to "input." alone reads correct, so the sentence after the period is what is
  refused); the forum's "`dZ^[1]`" then "(which should be = `W^[2]TdZ^[2]*g^[1]'(Z^[1])`": "expected ')' to close the
  arguments at '=' (position 29)" (w2t-dZ1). Tried afterwards as dZ^[1] = W^[2]TdZ^[2]*g^[1]'(Z^[1]): refused, "unknown
  symbol T" (the transpose a bare letter after W^[2], as batch 33's Θ(2)T); as W^[2]^TdZ^[2]: read correct;
- 2, the notation's pattern ß (U+00DF, the README's letter for the step, beta as its author types it): "[notation]
  symbols.'ß': cannot read 'ß' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum); write a
  symbol such as O_{k}^{1}" (xor-update, xor-beta: the whole page). Tried afterwards with \beta for ß in the formula
  and the notation: refused again, at the meaning "-eta*grad(W2[0, :])": "grad(...) stands alone in a meaning, with at
  most a sign or a number before it" (docs/notation.md's rule; the spec's meanings allow an expression in symbols.md's
  quantities, and eta is one), so no notation under the docs names the README's step;
- 2, a remark after a comma in flattened MathML, velog's z[2]=W[2]x,(W=2×2matrix): "unexpected at ',' (position 11); a
  comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
  \quad C = D)" (velog-z2, velog-z3). Tried afterwards as z[2]=W[2]x and z[3]=W[3]x: both read, wrong (as the oracle
  says);
- 1, a sum ending in "+ ....", IvanHalim's z = \theta_0 + \theta_1 x_1 + \theta_2 x_2 + ....: "expected a number, a
  symbol or a parenthesis at the end" (the message shows the dots dropped and the + left); "+ ..." with three dots is
  refused the same way. Tried afterwards without "+ ....": read correct;
- 1, a local derivative the notation names as a number, hitswa's dz_db = 1 with "dz_{db}" = "1": "'1' is a number,
  judged at the file's numbers, and this file has none ([data] x and y or labels)" (hitswa-dz-db: both sides are the
  constant 1, true without any numbers). Tried afterwards without the pattern: refused, "dz_{db} matches none of the
  notation's patterns for dz ('dz_{dw}')".

Which look general: a formula followed by more prose on its line (a sentence after the formula's period, or a
parenthesised aside holding the formula), a sum ending in an open "+ ..." (common in notes, meaning "and so on to the
last term"), a derivative function named by a word (sigmoid_derivative, in LaTeX \text{...} as in code; the two
spellings should at least agree), a wrong scalar-for-vector local derivative (refused where the oracle says wrong: a
number cannot equal a 2-vector under any reading, much as 73fc68f now calls a wrong shape wrong), and a letter outside
ASCII as a name (ß; the README's, but Unicode letters in notations generally). Page-specific: velog's flattened
MathML remark ",(W=2×2matrix)", the transpose as a bare T glued after W^[2] (forum plain text), hitswa's dz_db = 1
named as the number 1.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch35_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_UNDERSTAND = f"{_NEMOTRON} (How to Understand Backpropagation Using Derivatives)"
_UNDERSTANDING = f"{_NEMOTRON} (Understanding Backpropagation Using Derivative)"
_PROPER = (f"{_NEMOTRON} (What's the Proper Way to Do Back Propagation in Deep Fully Connected Neural Network for"
           " Binary Classification)")
_W2T = "https://community.deeplearning.ai/t/how-does-w-2-t-appear/555868"
_SIGDERIV = "https://community.deeplearning.ai/t/week-2-exercise-4-optional-assignment-sigmoid-derivative/32339"
_MLBITES = "https://ml-bites.aiskillhub.info/learn/teaching-the-neuron"
_HITSWA = "https://github.com/hitswa/AI-On-MacBook-Pro-M1-Apple-Silicon"
_MAYKUL = "https://github.com/maykulkarni/Machine-Learning-Notebooks"
_IVAN = "https://github.com/IvanHalim/numerical-recipes"
_CANKORKUT = "https://github.223886.xyz/CanKorkut/Backpropagation-for-XOR-Using-Python"
_VELOG = "https://velog.io/@kimgeonhee317/Backpropagation"
_DAODAVID = "https://daodavid.github.io/classic-ML/notes/softmax-regression.html"
_BRISACODER = "https://github.com/brisacoder/ai_ml"
_HEAVEN = "https://tech-notes.heaven-labs.net/blog/machine-learning/mathematical-derivation-of-binary-cross-entropy-loss"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))

# the neuron's sum w^T x + b, and its true dyhat/dw_i
_SUM2 = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_DYHAT_DW = "a1[0]*(1 - a1[0])*x[{i}]"
# the log loss's dL/dA4 at a sigmoid output
_DA4 = "-(y[0]/a4[0] - (1 - y[0])/(1 - a4[0]))"

ENTRIES: list[Public] = [
    # ---- Nemotron's "How to Understand Backpropagation Using Derivatives": \[ ... \] over three lines, two of them
    # indented in a numbered list; the neuron's exponent without its minus sign -----------------------------------
    Public("understand-yhat", _UNDERSTAND, "b35_neuron_half", "b35_understand",
           "\\[\n\\hat{y} = \\frac{1}{1+e^{w^Tx+b}}\n\\]", ((W,),),
           (Twin("value", "a1[0]", (f"1/(1 + np.exp({_SUM2}))",)),), batch=35,
           why="the sigmoid is 1/(1 + e^{-(w^T x + b)}): the page's exponent has lost its minus sign"),
    Public("understand-update", _UNDERSTAND, "b35_neuron_half", "b35_understand",
           "\\[\nw^{new} = w^{old} - \\nu \\frac{\\partial C}{\\partial \\hat{y}}"
           "\\frac{\\partial \\hat{y}}{\\partial w}\n\\]",
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=35,
           why="the chain rule's two factors are dC/dw, whatever the page's own values for them"),
    Public("understand-dC-dyhat", _UNDERSTAND, "b35_neuron_half", "b35_understand",
           "   \\[\n   \\frac{\\partial C}{\\partial \\hat{y}} = \\hat{y} - y\n   \\]", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=35,
           why="C = 1/(2N) sum (yhat - y)^2 for one instance"),
    Public("understand-dyhat-dw", _UNDERSTAND, "b35_neuron_half", "b35_understand",
           "   \\[\n   \\frac{\\partial \\hat{y}}{\\partial w} = \\hat{y}(1 - \\hat{y})\n   \\]", ((W,),),
           (Twin("value", _DYHAT_DW, ("a1[0]*(1 - a1[0])",), _I2),), batch=35,
           why="yhat(1 - yhat) is dyhat/dz; by the weights it is yhat(1 - yhat) x"),
    # ---- Nemotron's "Understanding Backpropagation Using Derivative" (another copy of the question) ----------------
    Public("understanding-chain", _UNDERSTANDING, "b35_neuron_half", "b35_understand",
           "\\[\n\\frac{\\partial C}{\\partial w} = \\frac{\\partial C}{\\partial \\hat{y}}"
           " \\frac{\\partial \\hat{y}}{\\partial w}\n\\]",
           ((C,),), (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*" + _DYHAT_DW,), _I2),), batch=35),
    Public("understanding-dyhat-dw", _UNDERSTANDING, "b35_neuron_half", "b35_understand",
           "\\[\n\\frac{\\partial \\hat{y}}{\\partial w} = \\frac{1}{1+e^{w^Tx + b}}"
           " \\left(1 - \\frac{1}{1+e^{w^Tx + b}}\\right)\n\\]",
           ((W,),), (Twin("value", _DYHAT_DW, (f"1/(1 + np.exp({_SUM2}))*(1 - 1/(1 + np.exp({_SUM2})))",), _I2),),
           batch=35, why="the minus-less exponent again, and the input x left out"),
    # ---- Nemotron's "What's the Proper Way to Do Back Propagation ...": a numbered list of \( ... \), each with its
    # number, \text{relu\_activation}, DA4's + for -, one sample ----------------------------------------------------
    Public("proper-Z1", _PROPER, "b35_deep_binary", "b35_proper", "1. \\( Z1 = W1 \\cdot X + B1 \\)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=35),
    Public("proper-A1", _PROPER, "b35_deep_binary", "b35_proper", "2. \\( A1 = \\text{relu\\_activation}(Z1) \\)",
           ((C,),), (Twin("value", "a1[{j}]", ("np.maximum(z1[{j}], 0)",), _J3),), batch=35),
    Public("proper-Z2", _PROPER, "b35_deep_binary", "b35_proper", "3. \\( Z2 = W2 \\cdot A1 + B2 \\)", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]",), _J3),),
           batch=35),
    Public("proper-A2", _PROPER, "b35_deep_binary", "b35_proper", "4. \\( A2 = \\text{relu\\_activation}(Z2) \\)",
           ((C,),), (Twin("value", "a2[{j}]", ("np.maximum(z2[{j}], 0)",), _J3),), batch=35),
    Public("proper-Z4", _PROPER, "b35_deep_binary", "b35_proper", "7. \\( Z4 = W4 \\cdot A3 + B4 \\)", ((C,),),
           (Twin("value", "z4[0]", ("W4[0,0]*a3[0] + W4[0,1]*a3[1] + b4[0]",)),), batch=35),
    Public("proper-A4", _PROPER, "b35_deep_binary", "b35_proper", "8. \\( A4 = \\text{sigmoid\\_activation}(Z4) \\)",
           ((C,),), (Twin("value", "a4[0]", ("sigmoid(z4[0])",)),), batch=35),
    Public("proper-DA4", _PROPER, "b35_deep_binary", "b35_proper",
           "1. \\( DA4 = -\\left( \\frac{Y}{A4} + \\frac{1 - Y}{1 - A4} \\right) \\) (derivative of output activations"
           " or logits with respect to loss function)", ((W,),),
           (Twin("value", _DA4, ("-(y[0]/a4[0] + (1 - y[0])/(1 - a4[0]))",)),), batch=35,
           why="the log loss's dL/dA4 is -(Y/A4 - (1 - Y)/(1 - A4)): the question's + for -"),
    Public("proper-DZ4", _PROPER, "b35_deep_binary", "b35_proper",
           "2. \\( DZ4 = DA4 \\cdot \\text{sigmoid\\_derivative}(Z4) \\) (derivative of sigmoid activation)", ((C,),),
           (Twin("gradient_z", "z4[0]", (f"{_DA4}*sigmoid(z4[0])*(1 - sigmoid(z4[0]))",)),), batch=35,
           why="DA4 the notation's dL/dA4, sigmoid_derivative the sigmoid's derivative (the question's corrected"
               " code: sigmoid(x) * (1 - sigmoid(x)))"),
    Public("proper-Dw4", _PROPER, "b35_deep_binary", "b35_proper",
           "3. \\( Dw4 = \\frac{DZ4 \\cdot A3^T}{\\text{total\\_number\\_of\\_samples}} \\)", ((C,),),
           (Twin("gradient", "W4[0,{j}]", ("(a4[0] - y[0])*a3[{j}]/1",), _J2),), batch=35),
    Public("proper-DA3", _PROPER, "b35_deep_binary", "b35_proper", "5. \\( DA3 = W4^T \\cdot DZ4 \\)", ((C,),),
           (Twin("value", "W4[0,{j}]*(a4[0] - y[0])", ("W4[0,{j}]*(a4[0] - y[0])",), _J2),), batch=35,
           why="dL/dA3 = W4^T dL/dZ4, and dL/dZ4 = A4 - Y"),
    # ---- deeplearning.ai's forum, "How does W^[2]T appear": the course's equation in code spans over two lines ------
    Public("w2t-dZ1", _W2T, "b35_ng_two_layer", "b35_ng",
           "`dZ^[1]`\n\n(which should be = `W^[2]TdZ^[2]*g^[1]'(Z^[1])`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - np.tanh(z1[{j}])**2)",), _J2),), batch=35,
           why="the post's sentence \"when computing `dZ^[1]` (which should be = `...`) I can't get ...\", as the"
               " stored page breaks it at its code spans; * the entrywise product, as the course writes it"),
    # ---- deeplearning.ai's forum, the sigmoid-derivative exercise: the mentor quoting the learner's s ----------------
    Public("sigderiv-s", _SIGDERIV, "b35_logistic_unit", "b35_sigmoid_s", "s = \\displaystyle \\frac {1}{e^{-x}}",
           ((W,),), (Twin("value", "a1[0]", ("1/np.exp(-z1[0])",)),), batch=35,
           why="the learner's sigmoid, as the mentor quotes it: 1/e^{-x} is e^x, not 1/(1 + e^{-x})"),
    Public("sigderiv-ex", _SIGDERIV, "b35_logistic_unit", "b35_sigmoid_s", "s = e^x", ((W,),),
           (Twin("value", "a1[0]", ("np.exp(z1[0])",)),), batch=35,
           why="the mentor's \"note that is equivalent to\" the line before: still not the sigmoid"),
    # ---- ml-bites' "Teaching the neuron": the update inside a sentence, += and U+2212 -------------------------------
    Public("mlbites-nudge", _MLBITES, "b35_linear_neuron", "b35_mlbites",
           "The nudge is one line: weight += learning_rate * (correct − guess) * input. If the guess was already"
           " right, (correct − guess) is 0, so nothing changes. Beautifully self-correcting.", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=35,
           why="the lesson's whole line; weight and input the vectors of the neuron's two inputs"),
    # ---- hitswa's exercise 1.2: Markdown with Unicode italics, then Python with # comments -------------------------
    Public("hitswa-Loss", _HITSWA, "b35_hitswa", "b35_hitswa", "    Loss = ( 1 / 𝑛 ) ∑( 𝑦pred − 𝑦true )^2",
           ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(1/1)*(a1[0] - y[0])**2",)),), batch=35,
           why="the Markdown's loss, indented under \"- Define a loss function:\"; one sample (n = 1)"),
    Public("hitswa-z", _HITSWA, "b35_hitswa", "b35_hitswa", "        z = w * x + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=35),
    Public("hitswa-ypred", _HITSWA, "b35_hitswa", "b35_hitswa", "        y_pred = sigmoid(z)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=35),
    Public("hitswa-loss", _HITSWA, "b35_hitswa", "b35_hitswa", "        loss = (y_pred - y_true) ** 2", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(a1[0] - y[0])**2",)),), batch=35),
    Public("hitswa-dL-dy", _HITSWA, "b35_hitswa", "b35_hitswa",
           "        dL_dy = 2 * (y_pred - y_true)  # dL/dy_pred", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=35),
    Public("hitswa-dy-dz", _HITSWA, "b35_hitswa", "b35_hitswa",
           "        dy_dz = sigmoid_derivative(z)  # dy_pred/dz", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=35,
           why="sigmoid_derivative(x) returns sigmoid(x) * (1 - sigmoid(x)) in the exercise's code"),
    Public("hitswa-dz-dw", _HITSWA, "b35_hitswa", "b35_hitswa", "        dz_dw = x  # dz/dw", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=35),
    Public("hitswa-dz-db", _HITSWA, "b35_hitswa", "b35_hitswa", "        dz_db = 1  # dz/db", ((C,),),
           (Twin("value", "1", ("1",)),), batch=35),
    Public("hitswa-dL-dw", _HITSWA, "b35_hitswa", "b35_hitswa", "        dL_dw = dL_dy * dy_dz * dz_dw", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=35),
    Public("hitswa-dL-db", _HITSWA, "b35_hitswa", "b35_hitswa", "        dL_db = dL_dy * dy_dz * dz_db", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=35),
    Public("hitswa-w-update", _HITSWA, "b35_hitswa", "b35_hitswa", "        w -= learning_rate * dL_dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=35),
    Public("hitswa-b-update", _HITSWA, "b35_hitswa", "b35_hitswa", "        b -= learning_rate * dL_db", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=35),
    # ---- maykulkarni's notebook: $$ ... $$ with \left( \right), \frac{\partial}{\partial\theta_0}f ------------------
    Public("maykul-sigma-prime", _MAYKUL, "b35_logistic_one", "b35_maykul",
           "$$\\frac{\\partial}{\\partial x} \\sigma(x) =  \\sigma(x) \\cdot (1 - \\sigma(x))$$", ((C,),),
           (Twin("value", "sigmoid(x[0])*(1 - sigmoid(x[0]))", ("sigmoid(x[0])*(1 - sigmoid(x[0]))",)),), batch=35,
           why="the sigmoid's derivative, true of any x (here the feature x)"),
    Public("maykul-f", _MAYKUL, "b35_logistic_one", "b35_maykul", "$$f = \\left(\\theta_0+\\theta_1x\\right)$$",
           ((C,),), (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0]",)),), batch=35),
    Public("maykul-df-dtheta0", _MAYKUL, "b35_logistic_one", "b35_maykul", "$$\\frac{\\partial}{\\partial\\theta_0}f=1$$",
           ((C,),), (Twin("value", "1", ("1",)),), batch=35),
    Public("maykul-df-dtheta1", _MAYKUL, "b35_logistic_one", "b35_maykul", "$$\\frac{\\partial}{\\partial\\theta_1}f=x$$",
           ((C,),), (Twin("value", "x[0]", ("x[0]",)),), batch=35),
    # ---- IvanHalim's notebook (the same derivation, two features): a trailing "+ ...." ------------------------------
    Public("ivan-z", _IVAN, "b35_logistic_two", "b35_ivan", "$$z = \\theta_0 + \\theta_1 x_1 + \\theta_2 x_2 + ....$$",
           ((C,),), (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=35,
           why="two features here: the trailing + .... adds no term"),
    Public("ivan-dz-dtheta0", _IVAN, "b35_logistic_two", "b35_ivan", "$$\\frac{\\partial}{\\partial\\theta_0}z = 1$$",
           ((C,),), (Twin("value", "1", ("1",)),), batch=35),
    Public("ivan-dz-dtheta1", _IVAN, "b35_logistic_two", "b35_ivan", "$$\\frac{\\partial}{\\partial\\theta_1}z = x_1$$",
           ((C,),), (Twin("value", "x[0]", ("x[0]",)),), batch=35),
    # ---- CanKorkut's XOR README: plain text, W_new, ß ----------------------------------------------------------------
    Public("xor-update", _CANKORKUT, "b35_xor", "b35_xor", "W_new = W_old + ß", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*grad",), _J2),), batch=35,
           why="ß the step the README means: the learning rate times the descent direction"),
    Public("xor-beta", _CANKORKUT, "b35_xor", "b35_xor", "ß = n * (input) * (error)", ((W,),),
           (Twin("value", "-eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]", ("eta*a1[{j}]*(y[0] - a2[0])",), _J2),),
           batch=35, why="global_error = label(Z) - output: under the squared error the step needs the output's"
                         " slope output(1 - output) too"),
    # ---- velog's "Backpropagation": MathML flattened to plain text, z[2]=W[2]x,(W=2×2matrix), y^ --------------------
    Public("velog-z2", _VELOG, "b35_velog", "b35_velog", "z[2]=W[2]x,(W=2×2matrix)", ((W,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J2),), batch=35,
           why="the bias b[2], which the post's loss l(x_i, y_i; W[2], b[2], W[3], b[3]) lists, left out"),
    Public("velog-a2", _VELOG, "b35_velog", "b35_velog", "a[2]=tanh(z[2])", ((C,),),
           (Twin("value", "a1[{j}]", ("np.tanh(z1[{j}])",), _J2),), batch=35),
    Public("velog-z3", _VELOG, "b35_velog", "b35_velog", "z[3]=W[3]x,(W=2×1matrix)", ((W,),),
           (Twin("value", "z2[0]", ("W2[0,0]*x[0] + W2[0,1]*x[1]",)),), batch=35,
           why="the output's sum is W[3]a[2] + b[3]: the post writes the input x (copied from the line of z[2])"),
    Public("velog-yhat", _VELOG, "b35_velog", "b35_velog", "y^=a[3]=σ(z[3])", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "sigmoid(z2[0])")),), batch=35),
    # ---- daodavid's softmax regression: $\; \; ... $, two-letter subscripts, \sum_p -----------------------------------
    Public("daodavid-z", _DAODAVID, "b35_softmax", "b35_daodavid", "$\\; \\; z_{ij} = \\sum_p x_{ip} w_{jp} + b_j $",
           ((C,),), (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]",), _J3),),
           batch=35, why="i the sample (one here), j the class, p the feature"),
    # ---- brisacoder's notebook "Understanding Cross-Entropy Derivatives in Binary Classification": Python cells with
    # the page's numbers (x = (2, 3), w = (0.5, -0.4), b = 0, y = 1, lr = 0.1), trailing comments ------------------
    Public("brisa-z", _BRISACODER, "b35_brisacoder", "b35_brisacoder", "z = np.dot(w, x) + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=35),
    Public("brisa-loss", _BRISACODER, "b35_brisacoder", "b35_brisacoder",
           "loss = - (y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))", ((C,),),
           (Twin("value", "-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))",
                 ("-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))",)),), batch=35),
    Public("brisa-dL-dyhat", _BRISACODER, "b35_brisacoder", "b35_brisacoder",
           "dL_dyhat = - (y / y_hat) + ((1 - y) / (1 - y_hat))", ((C,),),
           (Twin("value", "-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))", ("-(y[0]/a1[0]) + ((1 - y[0])/(1 - a1[0]))",)),),
           batch=35),
    Public("brisa-dL-dz", _BRISACODER, "b35_brisacoder", "b35_brisacoder", "dL_dz = dL_dyhat * dyhat_dz", ((C,),),
           (Twin("gradient_z", "z1[0]", ("-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",)),), batch=35),
    Public("brisa-grad-w", _BRISACODER, "b35_brisacoder", "b35_brisacoder",
           "grad_w = dL_dz * dz_dw  # gradient vector", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=35),
    Public("brisa-grad-b", _BRISACODER, "b35_brisacoder", "b35_brisacoder",
           "grad_b = dL_dz          # gradient for bias", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=35),
    Public("brisa-w-new", _BRISACODER, "b35_brisacoder", "b35_brisacoder", "w_new = w - lr * grad_w", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=35),
    # ---- heaven-labs' "Mathematical Derivation of Binary Cross-Entropy Loss": its summary's code lines --------------
    Public("heaven-error", _HEAVEN, "b35_heaven", "b35_heaven", "error = y_pred - y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=35,
           why="the summary's code, after its flattened \"error=y^−y\" (the stored page's rendering, left out)"),
    Public("heaven-db", _HEAVEN, "b35_heaven", "b35_heaven", "db = (1/m) * np.sum(error)", ((C,),),
           (Twin("gradient", "b1[0]", ("(1/1)*(a1[0] - y[0])",)),), batch=35, why="one sample: m = 1"),
]
