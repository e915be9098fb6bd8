r"""Batch 110 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in:
five Markdown documents, one notebook and five code files in four languages): a Chinese course's Marp slides (stored
file 3307234461, Mazur's worked example copied into $$ ... $$ lines: net_{h1}, out_{h1}, target_{o1}, E_{total},
w_5^{+}, output_{h1} once, E_{total } with a space inside its braces, and the w_3 of Mazur's hidden-layer section);
two students' READMEs for the same assignment of TSAI's EVA8 and ERA V1 courses (stored files 5242677613, numbered
and bulleted lists of plain text with Markdown's \* for the product and ∂ quotients, ao1 for a_o1 on one left side,
and 44746279515, an indented block of plain lines with σ, ½, ² and up to five trailing tabs); Vorschlag-bit's Korean
notes on Saito's computational graphs (posts/bpoe.md: $$ on their own lines, exp(-x) without a backslash, a left side
that is a product, dL/dy y^2 exp(-x), and the Sigmoid layer's Python in a ``` block); ontheroad2021's RabbitChallenge
review test (Japanese Markdown whose answers are code lines in ``` blocks, functions.d_mean_squared_error,
grad['W2'] = np.dot(z1.T, delta2), the "try it" line with functions.d_sigmoid(z1)) and its 1_2_back_propagation
notebook (a code cell: rows, np.dot, functions.relu, functions.softmax, functions.d_relu(z1), the page's numbers);
and five code files: a MATLAB mlp_xor.m (stored file 34736316073: X(i, :)' a column, ' for the transpose, .*, a ; after
each line, sigmoid_prime of the outputs), a Python script commented in Portuguese (807222607: rows, np.dot, .dot,
.T, +=), a JavaScript class (2752153080: arrow functions (x) => ..., Math.exp, Matrix.subtract) and EliasAthey's
MLProj2 (Java at commit 0fef38f: BackpropFinalWeightFunction.java and BackpropHiddenWeightFunction.java, tabs,
getters with (), a delta across three lines). Copied verbatim, typos and mistakes included (the JSON-escaped text of
the stored files and of the notebook decoded; the repositories' files read at their commits), each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents:
the page's names as written, net_{hn} and out_{hn} with a placeholder n counted from 1, E_{on} the outputs' halves of
the loss, E_Total and E_total both the loss, rows as transposes ("x[:].T", "a1[:].T"), code deltas that are -dE/dz as
-delta2[:], the course's dE/du deltas as delta2[:], grad['W2'] as grad(W2[:, :]).T, code names with a dot or
brackets, "node.getComputedOutput()", "node.inputs[1][i]", functions declared "sigmoid' at output" or "at input" as
the page's own helper computes it), a network of the kind the page describes (with the page's numbers where it gives
them: Mazur's w1 = 0.15 ... w8 = 0.55, b1 = 0.35, b2 = 0.6, i = (0.05, 0.1), targets 0.01 and 0.99; the notebook's
W1, b1, W2, b2, x = [[1.0, 5.0]], d = [[0, 1]]; all in tests/public_formulas_batch110_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A derivative by an output (∂E1/∂ao1, ∂E_{total}/∂out_{o1}) or an output's slope (∂a_o1/∂o1) is twinned as a value,
as in batches 14 to 108; so is a forward value, a function's definition (judged at a sum), a code's delta (the code's
-dE/dz, or the course's dE/du) and a loss's definition (E1, E_{o1}, E_{total}). Formulas keep their page's delimiters
and what surrounds them on their line (a list's number or bullet, a code line's indentation, trailing tabs and spaces,
a statement's ;); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 110

The batch: 57 formulas from 11 addresses (the Chinese slides 11, the EVA8 README 8, the ERA V1 README 4,
Vorschlag-bit's notes 4, the RabbitChallenge review test 4 and its notebook 8, mlp_xor.m 7, the Portuguese script 5,
the JavaScript class 3, MLProj2's BackpropFinalWeightFunction.java 2 and BackpropHiddenWeightFunction.java 1). 31 are
in Markdown documents (13 LaTeX: the slides' 11 $$ lines and Vorschlag-bit's 2 $$ displays; 12 plain text: the two
READMEs; 6 code lines in their ``` blocks: Vorschlag-bit's 2 and the review test's 4), 8 in a notebook's code cell, 18
in code files (MATLAB 7, Python 5, JavaScript 3, Java 3).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the slides' zh-neth1w3, net_{h1} = w_1 * i_1 + w_3 * i_2 + b_1 * 1: w_3 (from i_1 to h_2) for w_2, the slip of
  Mazur's hidden-layer section the slides copy (their forward pass wrote the same sum with w_2);
- the review test's rb-d1, delta1 = np.dot(delta2, W2.T) * functions.d_sigmoid(z1): the course's d_sigmoid(x) is
  (1 - sigmoid(x)) sigmoid(x), taken of z1, the hidden outputs, not of u1 (and the notebook behind the page computes z1
  with functions.relu, its sigmoid line commented out: wrong either way);
- MLProj2's jh-delta, delta = -1 * node.getComputedOutput() * (1 - node.getComputedOutput()) * downstreamSum: the hidden
  nodes compute Math.tanh at that commit (SigmoidalFunction.java), whose slope is 1 - o^2, and the -1 turns the sign
  of a downstream sum that is already -dE/d(the node's output);
- mistyped (unreadable): the EVA8 README's eb-dw5 and the ERA V1 README's ec-dEao1, a_01 (zero, one) for a_o1, in
  every output-weight gradient of the first and every derivative of the second's steps 2 to 6 (unreadable="a_01").

Not mistaken, though they look it: the EVA8 README's ∂E_total/∂w5 = ∂E1/∂w5 (E2 does not depend on w5); its left side
∂E1/∂ao1 (the page's own spelling of a_o1, in the sentence before it too, given in the notation); the notebook's
functions.d_sigmoid_with_loss(d, y) (the course's y - d, which is dE/du2 of the softmax with the cross-entropy as
well) and functions.d_relu(z1) (of the ReLU's output, 1 where it is positive, as of u1); mlp_xor.m's and the
Portuguese script's sigmoid_prime(output) and sigmoid_derivative(predicted_output) (their helpers compute z (1 - z)
of an output); the updates with + and += (the code's deltas are -dE/dz); Vorschlag-bit's dL/dy y^2 exp(-x) (the
backward signal its graph carries to x, equal to dL/dy y (1 - y)).

What was left out: the slides' other lines of the example (net_{h1} worked in numbers, out_{h2}, out_{o1}, E_{o2},
the chain for w_5 and its three quotients, ∂out_{o1}/∂net_{o1}, ∂net_{o1}/∂w_5, w_6^{+} ... w_8^{+}, the hidden
layer's quotients, ∂E_{o1}/∂net_{o1} in numbers, w_1^{+} and w_2^{+} ... w_4^{+}; the batch's size: the same rules at
other indices, or lines of Mazur's the measured set already holds) and its earlier slides (the sigmoid's and tanh's
derivatives, E_k and L, linear regression's and mini-batch SGD's updates, and Zhou Zhihua's BP derivation on a d-q-l
network with thresholds θ_j and γ_h, g_j, e_h, \Delta w_{h j}=\eta g_j b_h in aligned blocks: the batch's size, the
slides read from their worked example on, Mazur's, which the batch's network is); the
EVA8 README's h2, a_h2, o1, o2, a_o1, a_o2, E2, E_Total, ∂E_total/∂w5 = ∂(E1+E2)/∂w5, ∂o1/∂w5 = a_h1, the w6 ... w8
gradients (a_01, a_02 in all of them), the chain for a_h1, ∂E_total/∂a_h2, the w2 ... w4 gradients (the batch's size);
the ERA V1 README's other lines of its steps 1 to 6 (the same rules, and a_01 in every line of steps 2 to 4 and 6);
Vorschlag-bit's walnut-shopping graph (prices, not a network), ∂z/∂x = ∂z/∂t ∂t/∂x of z = (x + y)^2, the add and
multiply layers' dx = dout * ..., the ReLU's cases, the "/" node's ∂y/∂x = -1/x^2 = -y^2 (x and y there the node's
own input and output); the review test's first copy of delta2 = functions.d_mean_squared_error(d, y), its commented
#delta1 = ... functions.d_relu(z1) and grad['W1'] = np.dot(x.T, delta1) (a row's transpose times a row that the page
gives as 1-D arrays: which product it is depends on the notebook's np.newaxis lines, not on the page); the notebook's
grad['b2'], grad['b1'] (np.sum over the rows, as grad['b2'] of the review test) and its for loop's network[key] -=
learning_rate * grad[key] (one rule over the dictionary's keys, no notation names a key variable); mlp_xor.m's a2 =
..., the other branch's delta1 = (W3' * delta3) ..., the b3, W2, b2, W1, b1 updates and s = 1 ./ (1 + exp(-z)),
s_prime = z .* (1 - z) (the helpers' bodies, their argument named z whatever it is given); the Portuguese script's
hidden_layer_activation, output_layer_input, predicted_output, error and the input weights' += (the batch's size), and
its sigmoid's and sigmoid_derivative's return lines (no left side); the JavaScript class's Matrix.multiply and map
calls (statements over several lines of methods, gradients.multiply(output_Errors) changing an object in place);
MLProj2's downstreamSum += ... (a running sum over a loop's nodes), the hidden update (the same line as the output's)
and the two node functions' return lines (no left side). Where the spec has no way to say what a teacher would:
mlp_xor.m's X(i, :) (a pattern with a colon is refused by the loader: "unexpected at ':' (position 6)"), named by the
data matrix X as the sample's row instead.

Collected on 2026-12-06 (15:52 to 16:02 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: 10 of the 11
pairs loaded first; mlp_xor.m's was refused at "X(i, :)" = "x[:].T" (as above), that line was replaced by "X" =
"x[:].T", and all 11 pairs (the Java network with its two notations) loaded. The oracle's first run passed with
every verdict as first transcribed; two keys (js-sig, js-dsig) were renamed tj-... before the commit, an earlier
batch holding them.

Run blind at main 734b7b1 (/work/READY_FOR_BLIND43; src/ as at 734b7b1, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch110_blind.txt): 52 of 57 read with every
verdict right (91%), 3 refused, 2 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number, none names a quantity
the page does not mean; the one pattern the loader refused, mlp_xor.m's "X(i, :)", is the construct ml-a1 was
refused at in the formula too), so the batch was run once.

All 3 mistaken formulas were read, each with its wrong member called wrong (zh-neth1w3's w_3, rb-d1's
functions.d_sigmoid(z1), jh-delta's -1 * o (1 - o) of a tanh node). By page: the Chinese slides 11 of 11, the EVA8
README 7 of 8 (and its typo refused), the ERA V1 README 3 of 4 (its typo refused), Vorschlag-bit's notes 4 of 4, the
RabbitChallenge review test 3 of 4 and its notebook 7 of 8, mlp_xor.m 6 of 7, the Portuguese script 5 of 5, the
JavaScript class 3 of 3, MLProj2's two Java files 2 of 2 and 1 of 1.

The refusals by construct (3, and the 2 typos'), with the exact message:

- 2, a course library's helper of two arguments standing for a loss's derivative, functions.d_mean_squared_error(d, y)
  and functions.d_sigmoid_with_loss(d, y) (RabbitChallenge's common/functions.py: y - d), which no notation can
  declare (its functions are activations): rb-d2: "formula 'delta2 = functions.d_mean_squared_error(d, y)':
  functions.d_mean_squared_error(...): a method called on an object with 2 arguments, which the notation does not
  name; write the formula it returns in the notation's names (check reads no method's definition it does not see)"
  (rn-d2 the same at functions.d_sigmoid_with_loss);
- 1, MATLAB's row of a matrix, X(i, :) (transposed, X(i, :)'), which no pattern can name either (ml-a1): "formula
  \"a1 = sigmoid(W1 * X(i, :)' + b1)\": unexpected at ':' (position 24)";
- the typos: eb-dw5, "formula '\\partial E_total/\\partial w5 = (a_01 - t1) * a_o1 * (1 - ...': a_{01} matches none of
  the notation's patterns for a ('a_h1', 'a_h2', 'a_o1', 'a_o2')"; ec-dEao1 the same message at its own text (which
  blind_batch.py reports as not naming 'a_01': the message writes it a_{01}, and its quoted formula is cut before it).

Read, among the constructs these pages brought: $$ ... $$ lines of Mazur's names with numbers worked in (net_{h1},
out_{h1}, output_{h1}, E_{total } with a space in its braces, w_5^{+}); numbered and bulleted Markdown lists with \*
for the product and ∂ quotients, a left side ao1 the notation names; an indented block with σ, ½, ² and trailing tabs;
$$ displays with exp(-x) unslashed and a left side that is a product (dL/dy y^2 exp(-x)); Python lines of a ```
block (dx = dout * (1.0 - self.out) * self.out); grad['W2'] = np.dot(z1.T, delta2) with a dictionary key, rows and
.T; functions.relu, functions.softmax and functions.d_relu(z1) declared by their dotted names; MATLAB's ' transpose,
.* and sigmoid_prime of outputs; NumPy's .dot and += updates; JavaScript's arrow functions and Matrix.subtract(target,
outputs); Java's getters with (), a delta over three lines with tabs, this.learningRate.

Which look general (would appear in much homework): a course's own helper functions standing for a loss's derivative
(d_mean_squared_error(d, y), d_softmax_with_loss, cost_derivative(output, y): code written against a course's
library, as the Rabbit Challenge, Saito's book and Nielsen's code are); MATLAB's and NumPy's slices of a sample's row,
X(i, :) and X[i, :] (every loop over samples in Octave homework writes one). Page-specific: none of the refusals.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch110_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZH = _STORED.format(3307234461, "# 第六章：Python在人工智能领域的应用 - 深度学习",
                     "a Chinese course's Marp slides in Markdown: Mazur's worked example in $$ ... $$ lines")
_EB = _STORED.format(5242677613, "## Assignment Session-3 Part-1",
                     "an EVA8 student's README: numbered and bulleted lists of plain text with \\* escapes")
_EC = _STORED.format(44746279515, "# Session 6 Part1 - ERA-TheSchoolOfAI",
                     "an ERA V1 student's README: an indented block of plain text with σ, ½, ² and trailing tabs")
_VO = "https://github.com/Vorschlag-bit/blog (posts/bpoe.md, commit 04f12ca)"
_RB = "https://github.com/ontheroad2021/RabbitChallenge (3_1_5_2_Review_Test.md, commit 055daff)"
_RN = "https://github.com/ontheroad2021/RabbitChallenge (3_1_3_1_1_2_back_propagation.ipynb, commit ad2883c)"
_ML = _STORED.format(34736316073, "function mlp_xor",
                     "a MATLAB script: an XOR network of two sigmoid hidden layers, its deltas and updates")
_PT = _STORED.format(807222607, "import numpy as np",
                     "a Python script with comments in Portuguese: a 3-4-3 sigmoid network trained on camera colours")
_JS = _STORED.format(2752153080, "const sigmoid = (x) => 1 / (1 + Math.exp(-x));",
                     "a JavaScript NeuralNetwork class (Shiffman's toy network) with arrow functions and Matrix calls")
_JF = ("https://github.com/EliasAthey/MLProj2 (Project2_NeuralNetwork/src/neuralNetScript/"
       "BackpropFinalWeightFunction.java, commit 0fef38f)")
_JH = ("https://github.com/EliasAthey/MLProj2 (Project2_NeuralNetwork/src/neuralNetScript/"
       "BackpropHiddenWeightFunction.java, commit 0fef38f)")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K3J4 = tuple({"k": k, "j": j} for k in range(3) for j in range(4))

# the ERA course's 2-2-2 network, half the squared error: dE/do1, dE/do2 (the outputs' deltas), dE/da_h1, dE/da_h2
_DO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DO2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_DAH1 = f"{_DO1}*W2[0,0] + {_DO2}*W2[1,0]"
_DAH2 = f"{_DO1}*W2[0,1] + {_DO2}*W2[1,1]"
_HALF1 = "0.5*(y[0] - a2[0])**2"

# mlp_xor.m's code deltas (-dE/dz) of its 2-2-2-1 network
_ML_D3 = "(y[0] - a3[0])*a3[0]*(1 - a3[0])"
_ML_D2 = "{d3}*W3[0,{k}]*a2[{k}]*(1 - a2[{k}])"
_ML_D2J = _ML_D2.format(d3=_ML_D3, k="{j}")
_ML_D1J = (f"({_ML_D2.format(d3=_ML_D3, k=0)}*W2[0,{{j}}] + {_ML_D2.format(d3=_ML_D3, k=1)}*W2[1,{{j}}])"
           "*a1[{j}]*(1 - a1[{j}])")

# the Portuguese script's code deltas (-dE/dz) of its 3-4-3 network, and -dE/d(hidden output j)
_PT_D2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_PT_EH = " + ".join(f"{_PT_D2.format(k=k)}*W2[{k},{{j}}]" for k in range(3))

# the notebook's dE/dz2 (softmax with the cross-entropy, t the one-hot target) carried back to the hidden units
_RN_BACK = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"

# the Java project's output delta (-dE/dz2) on its 2-2-1 network
_JA_D2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"

ENTRIES = [
    # ---- the Chinese course slides (Marp Markdown, one $$ ... $$ line each): Mazur's worked example in his names,
    # net_{h1}, out_{h1}, target_{o1}, E_{total}; output_{h1} once; E_{total } with a space once; one slip, w_3 -------
    Public("zh-neth1", _ZH, "b110_zh", "b110_zh", "$$net_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 * 1$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1",)),), batch=110),
    Public("zh-outh1", _ZH, "b110_zh", "b110_zh",
           "$$out_{h1} = \\frac{1}{1+e^{-net_{h1}}} = \\frac{1}{1+e^{-0.3775}} = 0.593269992$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))", "=1/(1 + np.exp(-0.3775))", "=0.593269992")),),
           batch=110),
    Public("zh-neto1n", _ZH, "b110_zh", "b110_zh",
           "$$net_{o1} = 0.4 * 0.593269992 + 0.45 * 0.596884378 + 0.6 * 1 = 1.105905967$$", ((C, C),),
           (Twin("value", "z2[0]", ("=0.4*0.593269992 + 0.45*0.596884378 + 0.6*1", "=1.105905967")),), batch=110,
           why="the first output's sum worked in numbers"),
    Public("zh-Eo1", _ZH, "b110_zh", "b110_zh",
           "$$E_{o1} = \\frac{1}{2}(target_{o1} - out_{o1})^{2} = \\frac{1}{2}(0.01 - 0.75136507)^{2} = "
           "0.274811083$$", ((C, C, C),),
           (Twin("value", _HALF1, (_HALF1, "=0.5*(0.01 - 0.75136507)**2", "=0.274811083")),), batch=110,
           why="the first output's half of the loss, worked in numbers"),
    Public("zh-Etot", _ZH, "b110_zh", "b110_zh",
           "$$E_{total} = E_{o1} + E_{o2} = 0.274811083 + 0.023560026 = 0.298371109$$", ((C, C, C),),
           (Twin("value", "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2",
                 ("0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2", "=0.274811083 + 0.023560026", "=0.298371109")),),
           batch=110, why="the loss's value"),
    Public("zh-dEdout", _ZH, "b110_zh", "b110_zh",
           "$$\\frac{\\partial E_{total}}{\\partial out_{o1}} = -(target_{o1} - out_{o1}) = -(0.01 - 0.75136507) = "
           "0.74136507$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=-(0.01 - 0.75136507)", "=0.74136507")),), batch=110,
           why="the derivative by an output, a value (the slides copy Mazur's line as the measured set holds it)"),
    Public("zh-neto1b", _ZH, "b110_zh", "b110_zh", "$$net_{o1} = w_5 * output_{h1} + w_6 * output_{h2} + b_2 * 1$$",
           ((C,),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2*1",)),), batch=110,
           why="output_{h1} for out_{h1}, the slides' (and Mazur's) second name of the hidden output"),
    Public("zh-dEdw5n", _ZH, "b110_zh", "b110_zh",
           "$$\\frac{\\partial E_{total}}{\\partial w_{5}} = 0.74136507 * 0.186815602 * 0.593269992 = 0.082167041$$",
           ((C, C),), (Twin("gradient", "W2[0,0]", ("=0.74136507*0.186815602*0.593269992", "=0.082167041")),),
           batch=110),
    Public("zh-w5new", _ZH, "b110_zh", "b110_zh",
           "$$w_5^{+} = w_5 - \\eta * \\frac{\\partial E_{total}}{\\partial w_{5}} = 0.4 - 0.5 * 0.082167041 = "
           "0.35891648$$", ((C, C, C),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",
                                       "=0.4 - 0.5*0.082167041", "=0.35891648")),), batch=110),
    Public("zh-neth1w3", _ZH, "b110_zh", "b110_zh", "$$net_{h1} = w_1 * i_1 + w_3 * i_2 + b_1 * 1$$", ((W,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[1,0]*x[1] + b1*1",)),), batch=110,
           why="w_3 (from i_1 to h_2) for w_2, the slip of Mazur's hidden-layer section the slides copy (the same "
               "sum was written with w_2 on the slides' forward pass)"),
    Public("zh-dEw1n", _ZH, "b110_zh", "b110_zh",
           "$$\\frac{\\partial E_{total }}{\\partial w_{1}} = 0.036350306 * 0.241300709 * 0.05 = 0.000438568$$",
           ((C, C),), (Twin("gradient", "W1[0,0]", ("=0.036350306*0.241300709*0.05", "=0.000438568")),), batch=110,
           why="E_{total } with a space inside its braces"),
    # ---- the EVA8 README (Markdown lists): numbered items "1. h1 = w1\*i1 + ...", bullets nested under them with
    # "- ", \* (Markdown's escaped star) for the product, trailing tabs; ao1 for a_o1 in one left side; a_01 -------
    Public("eb-h1", _EB, "b110_eb", "b110_eb", "1. h1 = w1\\*i1 + w2\\*i2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=110,
           why="an item of a numbered list, \\* the product"),
    Public("eb-ah1", _EB, "b110_eb", "b110_eb", "1. a_h1 = σ(h1) = 1/(1 + exp(-h1))", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=110),
    Public("eb-E1", _EB, "b110_eb", "b110_eb", "1. E1 = (1/2) \\* (t1 - a_o1)^2", ((C,),),
           (Twin("value", _HALF1, (_HALF1,)),), batch=110, why="the first output's half of the loss"),
    Public("eb-chain5", _EB, "b110_eb", "b110_eb",
           "        - ∂E_total/∂w5 = ∂E1/∂w5 = ∂E1/∂a_o1\\*∂a_o1/∂o1\\*∂o1/∂w5", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("grad", f"{_DO1}*a1[0]")),), batch=110,
           why="a nested bullet; E2 does not depend on w5, so dE1/dw5 is the gradient; the chain's quotients joined "
               "by \\*"),
    Public("eb-dao1", _EB, "b110_eb", "b110_eb",
           "        - ∂E1/∂ao1 = ∂((1/2) \\* (t1 - a_o1)^2)/∂a_o1 = (a_o1 - t1)\t\t\t", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=110,
           why="the derivative by the output, a value; ao1 (no underscore) on the left, as the page's sentence before "
               "it writes it too, a_o1 in the members"),
    Public("eb-slope", _EB, "b110_eb", "b110_eb", "        - ∂a_o1/∂o1 = ∂(σ(o1))/∂o1 = a_o1 \\* (1 - a_o1)\t\t\t",
           ((C, C),), (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "a2[0]*(1 - a2[0])")),), batch=110,
           why="the output's slope, a value"),
    Public("eb-dw5", _EB, "b110_eb", "b110_eb",
           "        - ∂E_total/∂w5 = (a_01 - t1) \\* a_o1 \\* (1 - a_o1) \\* a_h1\t", unreadable="a_01", batch=110,
           why="a_01 (zero, one) for a_o1: the page's typo, in its four output-weight gradients"),
    Public("eb-dw1", _EB, "b110_eb", "b110_eb",
           "        - ∂E_total/∂w1 = ((a_o1 - t1) * a_o1 * (1 - a_o1) * w5 + (a_o2 - t2) * a_o2 * (1 - a_o2) * w7) * ( "
           "a_h1 * (1 - a_h1) ) * i1", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"({_DAH1})*a1[0]*(1 - a1[0])*x[0]",)),), batch=110,
           why="a plain * here, the page's escapes dropped in its step 5"),
    # ---- the ERA V1 README (Markdown): an indented block (eight spaces) of plain lines with σ, ½ and ², trailing
    # tabs (two to five); a_01 for a_o1 in its derivatives ------------------------------------------------------------
    Public("ec-ah1", _EC, "b110_ec", "b110_ec", "        a_h1 = σ(h1) = 1/(1 + exp(-h1))\t\t", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=110),
    Public("ec-E1", _EC, "b110_ec", "b110_ec", "        E1 = ½ * (t1 - a_o1)²\t\t", ((C,),),
           (Twin("value", _HALF1, (_HALF1,)),), batch=110, why="½ and ², two trailing tabs"),
    Public("ec-dEao1", _EC, "b110_ec", "b110_ec",
           "        ∂E1/∂a_o1 =  ∂(½ * (t1 - a_o1)²)/∂a_o1 = (a_01 - t1)" + "\t" * 5, unreadable="a_01", batch=110,
           why="a_01 (zero, one) for a_o1: the page's typo, in every derivative of its steps 2 to 6"),
    Public("ec-chain3", _EC, "b110_ec", "b110_ec",
           "        ∂E_total/∂w3 = ∂E_total/∂a_h2 * ∂a_h2/∂h2 * ∂h2/∂w3" + "\t" * 5, ((C,),),
           (Twin("gradient", "W1[1,0]", (f"({_DAH2})*a1[1]*(1 - a1[1])*x[0]",)),), batch=110,
           why="w3 joins i1 to h2 (h2 = w3*i1 + w4*i2 on the page)"),
    # ---- Vorschlag-bit's Korean notes (Markdown, Saito's computational graphs): $$ on their own lines, exp(-x)
    # without a backslash, a left side that is a product; the Sigmoid layer's Python in a ``` block ------------------
    Public("vo-sig", _VO, "b110_vo", "b110_vo", "$$\ny = \\frac{1}{1+exp(-x)}\n$$", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=110,
           why="the Sigmoid layer's forward value, exp without a backslash"),
    Public("vo-chain", _VO, "b110_vo", "b110_vo",
           "$$\n\\frac{\\partial L}{\\partial y}y^2exp(-x) = \\frac{\\partial L}{\\partial y}\\frac{1}{(1+exp(-x))^2}"
           "exp(-x) = \\frac{\\partial L}{\\partial y}\\frac{1}{(1+exp(-x))}\\frac{exp(-x)}{(1+exp(-x))} = "
           "\\frac{\\partial L}{\\partial y}y(1-y)\n$$", ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])*a2[0]**2*exp(-z2[0])",
                 ("(a2[0] - y[0])*exp(-z2[0])/(1 + exp(-z2[0]))**2",
                  "(a2[0] - y[0])*(1/(1 + exp(-z2[0])))*(exp(-z2[0])/(1 + exp(-z2[0])))",
                  "(a2[0] - y[0])*a2[0]*(1 - a2[0])")),), batch=110,
           why="the left side a product (dL/dy y^2 exp(-x), the backward signal the graph carries to x), a value; "
               "dL/dy is a2 - y on this network"),
    Public("vo-fwd", _VO, "b110_vo", "b110_vo", "        out = 1 / (1 + np.exp(-x))", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=110, why="Sigmoid.forward's line"),
    Public("vo-bwd", _VO, "b110_vo", "b110_vo", "        dx = dout * (1.0 - self.out) * self.out", ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*(1 - a2[0])*a2[0]",)),), batch=110,
           why="Sigmoid.backward's line: dx = dL/dx from dout = dL/dy, a value"),
    # ---- RabbitChallenge's review test (Japanese Markdown, code in ``` blocks): the course's regression network,
    # its "try it" (試してみよう) variant; functions.d_sigmoid taken of z1, the hidden outputs ---------------------------
    Public("rb-d2", _RB, "b110_rb", "b110_rb", "delta2 = functions.d_mean_squared_error(d, y)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=110,
           why="the course's d_mean_squared_error(d, y) is y - d for one sample: dE/du2 of an identity output"),
    Public("rb-gb2", _RB, "b110_rb", "b110_rb", "grad['b2'] = np.sum(delta2, axis=0)", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=110),
    Public("rb-gW2", _RB, "b110_rb", "b110_rb", "grad['W2'] = np.dot(z1.T, delta2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("a1[{j}]*(a2[0] - y[0])",), _J3),), batch=110),
    Public("rb-d1", _RB, "b110_rb", "b110_rb", "delta1 = np.dot(delta2, W2.T) * functions.d_sigmoid(z1)", ((W,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("(a2[0] - y[0])*W2[0,{j}]*sigmoid(a1[{j}])*(1 - sigmoid(a1[{j}]))",), _J3),), batch=110,
           why="the course's d_sigmoid(x) is (1 - sigmoid(x)) sigmoid(x), taken here of z1, the hidden outputs, not "
               "of u1 (the notebook behind it computes z1 with functions.relu, the sigmoid line commented out: "
               "wrong either way)"),
    # ---- RabbitChallenge's 1_2_back_propagation notebook (a code cell, four-space indentation): rows, np.dot,
    # functions.relu and functions.softmax, grad['W2'], a loss derivative function; the page's numbers --------------
    Public("rn-u1", _RN, "b110_rn", "b110_rn", "    u1 = np.dot(x, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=110,
           why="x a row, W1 input-first"),
    Public("rn-z1", _RN, "b110_rn", "b110_rn", "    z1 = functions.relu(u1)", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),), batch=110),
    Public("rn-u2", _RN, "b110_rn", "b110_rn", "    u2 = np.dot(z1, W2) + b2", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",), _K2),),
           batch=110),
    Public("rn-y", _RN, "b110_rn", "b110_rn", "    y = functions.softmax(u2)", ((C,),),
           (Twin("value", "a2[{k}]", ("exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]))",), _K2),), batch=110),
    Public("rn-d2", _RN, "b110_rn", "b110_rn", "    delta2 = functions.d_sigmoid_with_loss(d, y)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=110,
           why="the course's d_sigmoid_with_loss(d, y) is y - d, which is dE/du2 of the softmax with the "
               "cross-entropy too"),
    Public("rn-gW2", _RN, "b110_rn", "b110_rn", "    grad['W2'] = np.dot(z1.T, delta2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=110,
           why="z1.T a column times the row delta2: the input-first gradient"),
    Public("rn-d1", _RN, "b110_rn", "b110_rn", "    delta1 = np.dot(delta2, W2.T) * functions.d_relu(z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_RN_BACK}*Heaviside(z1[{{j}}])",), _J3),), batch=110,
           why="d_relu of the ReLU's output z1: 1 where it is positive, as of u1"),
    Public("rn-gW1", _RN, "b110_rn", "b110_rn", "    grad['W1'] = np.dot(x.T, delta1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RN_BACK}*Heaviside(z1[{{j}}])",), _J3I2),), batch=110),
    # ---- mlp_xor.m (MATLAB): twelve- and sixteen-space indentation, ' for the transpose (X(i, :)' a column), .*,
    # a ; after each line; sigmoid_prime(z) = z .* (1 - z) taken of the outputs ------------------------------------
    Public("ml-a1", _ML, "b110_ml", "b110_ml", "            a1 = sigmoid(W1 * X(i, :)' + b1);", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J2),), batch=110,
           why="X(i, :)' the sample's row transposed"),
    Public("ml-out", _ML, "b110_ml", "b110_ml", "                output = sigmoid(W3 * a2 + b3);", ((C,),),
           (Twin("value", "a3[0]", ("sigmoid(W3[0,0]*a2[0] + W3[0,1]*a2[1] + b3[0])",)),), batch=110),
    Public("ml-err", _ML, "b110_ml", "b110_ml", "            error = Y(i) - output;", ((C,),),
           (Twin("value", "y[0] - a3[0]", ("y[0] - a3[0]",)),), batch=110),
    Public("ml-d3", _ML, "b110_ml", "b110_ml", "            delta3 = error .* sigmoid_prime(output);", ((C,),),
           (Twin("value", _ML_D3, (_ML_D3,)),), batch=110,
           why="the code's delta (-dE/dz3), a value; sigmoid_prime(output) = output (1 - output)"),
    Public("ml-d2", _ML, "b110_ml", "b110_ml", "                delta2 = (W3' * delta3) .* sigmoid_prime(a2);",
           ((C,),), (Twin("value", _ML_D2J, (_ML_D2J,), _J2),), batch=110),
    Public("ml-d1", _ML, "b110_ml", "b110_ml", "                delta1 = (W2' * delta2) .* sigmoid_prime(a1);",
           ((C,),), (Twin("value", _ML_D1J, (_ML_D1J,), _J2),), batch=110),
    Public("ml-W3", _ML, "b110_ml", "b110_ml", "                W3 = W3 + learnRate * delta3 * a2';", ((C,),),
           (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] + eta*{_ML_D3}*a2[{{j}}]",), _J2),), batch=110,
           why="+ with the code's delta (-dE/dz): the gradient step"),
    # ---- the Portuguese script (Python, NumPy, eight-space indentation): rows, np.dot, .dot, .T, += -------------------
    Public("pt-hin", _PT, "b110_pt", "b110_pt", "        hidden_layer_input = np.dot(X, weights_input_hidden)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J4),), batch=110),
    Public("pt-dpo", _PT, "b110_pt", "b110_pt",
           "        d_predicted_output = error * sigmoid_derivative(predicted_output)", ((C,),),
           (Twin("value", _PT_D2, (_PT_D2,), _K3),), batch=110,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x * (1 - x) of the output"),
    Public("pt-ehl", _PT, "b110_pt", "b110_pt",
           "        error_hidden_layer = d_predicted_output.dot(weights_hidden_output.T)", ((C,),),
           (Twin("value", _PT_EH, (_PT_EH,), _J4),), batch=110, why="-dE/d(hidden output), a value"),
    Public("pt-dhl", _PT, "b110_pt", "b110_pt",
           "        d_hidden_layer = error_hidden_layer * sigmoid_derivative(hidden_layer_activation)", ((C,),),
           (Twin("value", f"({_PT_EH})*a1[{{j}}]*(1 - a1[{{j}}])", (f"({_PT_EH})*a1[{{j}}]*(1 - a1[{{j}}])",),
                 _J4),), batch=110),
    Public("pt-who", _PT, "b110_pt", "b110_pt",
           "        weights_hidden_output += hidden_layer_activation.T.dot(d_predicted_output) * learning_rate",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*a1[{{j}}]*{_PT_D2}",), _K3J4),),
           batch=110, why="+= with the code's delta (-dE/dz): the gradient step, input-first"),
    # ---- the JavaScript class: arrow functions (x) => ..., Math.exp, a Matrix method for the difference -----------
    Public("tj-sig", _JS, "b110_js", "b110_js", "const sigmoid = (x) => 1 / (1 + Math.exp(-x));", ((C,),),
           (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(-z2[0]))",)),), batch=110,
           why="the function's definition, at a unit's sum x"),
    Public("tj-dsig", _JS, "b110_js", "b110_js", "const dSigmoid = (y) => y * (1 - y);", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=110,
           why="the slope written of the unit's output y (the class maps it over its outputs)"),
    Public("tj-err", _JS, "b110_js", "b110_js", "    const output_Errors = Matrix.subtract(target, outputs);", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=110, why="Matrix.subtract, the file's a - b"),
    # ---- EliasAthey's MLProj2 (Java, tabs): a method's statements, getters with (), a delta across three lines ---
    Public("jf-delta", _JF, "b110_ja", "b110_jf",
           "\t\tdelta = node.getComputedOutput() * \n\t\t\t\t(1 - node.getComputedOutput()) *\n"
           "\t\t\t\t(Driver.expectedOutput - node.getComputedOutput());", ((C,),),
           (Twin("value", _JA_D2, ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=110,
           why="the output node's code delta (-dE/dz of half the squared error), a value; a trailing space after "
               "the first line's *"),
    Public("jf-upd", _JF, "b110_ja", "b110_jf",
           "\t\t\tnode.inputs[1][i] += this.learningRate * delta * node.inputs[0][i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] + eta*{_JA_D2}*a1[{{i}}]",), _I2),), batch=110,
           why="+= with the code's delta: the gradient step for the output node's weight from input i"),
    Public("jh-delta", _JH, "b110_ja", "b110_jh",
           "\t\tdelta = -1 * node.getComputedOutput() * (1 - node.getComputedOutput()) * downstreamSum;", ((W,),),
           (Twin("value", f"{_JA_D2}*W2[0,0]*(1 - a1[0]**2)",
                 (f"-1*a1[0]*(1 - a1[0])*({_JA_D2}*W2[0,0])",)),), batch=110,
           why="the hidden node's delta: its nodes compute Math.tanh (SigmoidalFunction.java at the same commit), "
               "whose slope is 1 - o^2, and the -1 turns the sign of the downstream sum (which is already "
               "-dE/d(its output))"),
]
