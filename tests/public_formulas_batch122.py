r"""Batch 122 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on the files students
hand in and on the languages students write them in: MATLAB/Octave, Python, R, Java, JavaScript, and two assignment
READMEs): an Octave script that works one step on a 2-2-2 network with its own numbers (stored file 12299354612: row
vectors, Theta1 and Theta2 input-first, dZ2 = erro .* sigmoidGrad(z3), and dZ1 = (dZ2 * Theta1) .* sigmoidGrad(z2),
Theta1 where Theta2' was meant); an R script commented in Spanish that checks its gradient numerically (stored file
7539266894: h_deriv, theta[1] ... theta[7] counted from 1, theta[c(6,7)], <- assignments); a NumPy transcription of
Koehn's NMT book, section 5.7 (stored file 7254874292: delta_2 = (t - y) * sigmoid_derivative(z) with Koehn's sign, a
chain of named quotients d_error_d_z = d_error_d_y * d_y_d_z, and d_error_d_y = t - y, the sign of dE/dy dropped); a
ten-line NumPy XOR script (stored file 42937494796: w2 += h.T.dot(e * dsigmoid(o)) * 0.1 with the rate a number);
hsiaocy's homework 2 of a Neural Networks course (https://github.com/hsiaocy/hw2, main.py at commit 1651722: a 1-2-1
MLP with tanh hidden units and a linear output, the homework's numbers x = 0.8, d = 0.72, eta = 0.3, self.-prefixed
names, np.multiply, u_w1 = - (self.eta * ...) and _w1 = self.W1 - u_w1, a statement over three lines); zhaoshengEE's
Java XOR network (https://github.com/zhaoshengEE/Reinforcement_Learning_with_Backpropagation,
Backpropagation_Learning/NeuralNetwork.java at commit f6a1dd4: deltaOutput[outputIndex], Math.pow); plasseraymond's
MATLAB exercises from Kim's "MATLAB Deep Learning" (https://github.com/plasseraymond/DeepLearning, BackpropCE.m and
BackpropXOR.m at commit 42c06d6: e1 = W2' * delta, delta1 = y1 .* (1-y1) .* e1, dW1 = alpha * delta1 * x' and W1 = W1
+ dW1; the cross-entropy's delta = e); AkshatCoder44's JavaScript network
(https://github.com/AkshatCoder44/Neural-Network2, index.js at commit a4da117: let declarations, -= updates, scalar
names w_out1, dH1); and two hand-ins of TSAI's courses in Markdown, plain text with ∂ (an END3.0 assignment README,
stored file 29001342415: ∂E_Total/∂w1 = ∂E_Total/∂out_h1*out_h1*(1-out_h1)*i1, and the typos out_01 and T1; an ERA
session 6 README, stored file 42250461155: each line ending in two spaces, en dashes for minus, ƞ the rate in new_w6 =
w6 - ƞ * ∂E_total/∂w6, and the typo w_h2). Copied verbatim, typos and mistakes included (each file's text as
the index stores it), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: Octave's row vectors named as transposes, "a2" = "a1[:].T" where the
page counts its layers from the input a1 = X; R's theta[1] ... theta[7] one by one; Koehn's delta_2 and the
exercises' delta, e1, delta1 as -dE/dz where the updates add them, delta_W2 and dW1 as -eta dE/dW; each d_A_d_B of
Koehn's transcription the derivative of A by B, as its name says; hsiaocy's u_w2 the term subtracted, eta dE/dW2, and
_w1 the new value, new(W1[:, 0]); helpers declared "sigmoid' at input" where they take the sum (sigmoidGrad,
sigmoid_derivative, h_deriv, sigmoidDerivative) and "sigmoid' at output" where they compute x (1 - x) of what they are
given (dsigmoid)), a network of the kind the page describes (with the page's numbers where it gives them: the Octave
script's Theta1, Theta2, X = [0 1], y = [0.8 1] and alpha = 1; the R script's theta, x = 1 and y = 0 under the
deviance; Koehn's XOR weights W = [[3, 4], [2, 3]], b = [-2, -4], W2 = [5, -5], b2 = [-2], x = [1, 0], t = [1], mu = 1;
hsiaocy's W1 = [0.3, -0.3], W2 = [-0.1, 0.1], zero biases, x = 0.8, d = 0.72, eta = 0.3; the JavaScript file's input
[0.1, 0.9], target 1.0 and lr = 0.1; the learning rates the files write, 0.2 and 0.9; all in
tests/public_formulas_batch122_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Deltas, errors, a loss's definition, a derivative by a hidden
output, the changes delta_W2, dW1, u_w2, d_W2 and the forward sums and outputs are twinned as values, as in batches 14
to 116; the XOR script's rate 0.1, the problem file's rate, is twinned with eta (as batch 114 did with oc-w2).
Formulas keep their page's delimiters and what surrounds them on their line (a line's indentation, a statement's ;, a
comment after it); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 122

The batch: 68 formulas from 11 addresses (the Octave script 7, the R script 4, Koehn's NumPy transcription 8, the
NumPy XOR script 5, hsiaocy's homework 8, zhaoshengEE's Java network 2, plasseraymond's BackpropCE.m 8 and
BackpropXOR.m 2, AkshatCoder44's index.js 8, the END3.0 README 8, the session 6 README 8): 52 in code files
(MATLAB/Octave 17, Python 21, R 4, Java 2, JavaScript 8) and 16 in Markdown documents, plain text with ∂.

3 are mistaken somewhere (the oracle finds at least one member wrong), and 3 are mistyped:

- the Octave script's ml-dz1, dZ1 = (dZ2 * Theta1) .* sigmoidGrad(z2): the output's dZ2 carried back through
  Theta1, the first layer's weights, where Theta2' was meant (dZ2 * Theta2'); both are 2 x 2 on this 2-2-2 network,
  so the line runs and gives numbers, the wrong ones (the next line's dW1 = X' * dZ1 is right of dZ1 as the code
  means it);
- Koehn's kx-dey, d_error_d_y = t - y: the derivative of error = 1/2 (t - y)^2 by y is y - t; the line drops the
  sign (Koehn's deltas carry the opposite sign, delta_2 = (t - y) sigmoid'(z), but this name says d error / d y, and
  the lines after it multiply it on as that derivative: d_error_d_z = d_error_d_y * d_y_d_z);
- the NumPy XOR script's xo-w1, w1 += X.T.dot((e.dot(w2.T) * dsigmoid(h))) * 0.1: e.dot(w2.T) carries the output's
  error e = y - o back without the output's slope dsigmoid(o) = o (1 - o), which the line before has (w2 +=
  h.T.dot(e * dsigmoid(o)) * 0.1); the hidden weights' step lacks that factor. This entry was committed as correct,
  its twin holding the slope the line does not write (a slip of this batch's transcription, not of the page's
  reading); the first blind run called it wrong, and on reading the line again by hand the twin was found unfaithful:
  it was corrected after that run (the twin as written, the verdict the oracle gives it, wrong), said below;
- mistyped (unreadable): the END3.0 README's en-w5, ∂E_Total/∂w5 = (out_01 - t1) * out_o1*(1-out_o1)*out_h1: out_01, a
  zero for the letter o of out_o1 (unreadable="out_01");
- mistyped (unreadable): its en-dh1, ∂E_Total/∂out_h1 = (out_o1 - T1) * out_o1 * (1 - out_01) * w5 + ...: T1 for the
  target t1, out_01 besides (unreadable="T1");
- mistyped (unreadable): the session 6 README's se-o2, o2 = w7*a_h1 + w8*w_h2: w_h2 where a_h2 was meant, a name no
  quantity has (unreadable="w_h2").

Not mistaken, though they look it: Koehn's delta_2 = (t - y) * sigmoid_derivative(z) and the exercises' delta = e,
e1 = W2' * delta (-dE/dz and -dE/dy1, the sign the updates add); BackpropCE.m's delta = e with no sigmoid slope (the
cross-entropy of a sigmoid output); the JavaScript file's dH1 = dOutput * w_out1 * ... after w_out1 -= ...
(the same); hsiaocy's u_w2 = - (self.eta * ...) subtracted again in _w2 = self.W2 - u_w2 (the step of gradient
descent); the JavaScript hidden units that each see one input (the lines taken hold on the fully connected network
too: no line names a cross weight).

What was left out: the Octave script's J (its regularisation term sums Thetas = [Theta1(:); Theta2(:)], a
concatenation no notation names), Thetas = Thetas - alpha*grad (the same) and its comment "% sigmoidGrad(z3) * a2" (a
phrase, no claim); the R script's delta_3 <- p - 0 (the target 0 written as a number: right at the page's sample, y =
0, which the oracle's random targets do not keep), deriv_3 and deriv_2_1 (vectors built with c(1, ...) of a bias's and
a weight's derivatives, which no notation names as one quantity) and its numerical check; Koehn's forward lines,
delta_1 = W * delta_2 * sigmoid_derivative(s) (W, the first layer's 2 x 2 weights, where W2 was meant: a real slip,
but the product broadcasts to a 2 x 2 array where a vector of two is meant, so no twin can transcribe it faithfully),
delta_W and delta_b (built on it), and the chain's last lines, whose names swap the quotients (d_s_d_h =
sigmoid_derivative( s ), d_W_d_s = x, d_b_d_s = 1: dh/ds, ds/dW and ds/db named the other way round, which a notation
can give no meaning without guessing the slip); hsiaocy's u_w1 and u_b2, the b updates and the d_W1, d_b1, d_b2
changes (the same lines at other parameters); zhaoshengEE's weight updates (a momentum term with the previous step's
change, hiddenWeightDelta[k][h], which no problem file holds), its Bipolar branch (the bipolar sigmoid 2/(1 + e^-x) -
1 that NeuralNetMain selects, which no problem file names) and its running sums (sum += ..., deltaHidden[k] *= sum,
hiddenNeuron[i] += ...); BackpropXOR.m's lines that repeat BackpropCE.m's text; the JavaScript file's forward lines
(z1 = w1 * input1 + b1 holds only where the missing cross weights are zero) and its w2, b2 updates (dH2's lines at the
second unit); the END3.0 README's chain ∂E_Total/∂w5 = ... = ∂E1/out_o1*∂out_o1/o1*∂o1/∂w5 and ∂E_Total/∂w1 =
∂E_Total/∂out_h1*∂out_h1/∂h1*∂h1/w1 (quotients missing their ∂: more typos of the same kind), E1 = 1/2 * (t1 -
out_o1)2 (the square's superscript lost to a trailing 2), its w6, w7, w8 lines (out_01, out_02 again), its ∂E1/∂out_h1
chains (the same names at other units) and its rule wi = wi - learning_rate * ∂E_Total/∂wi (an index glued to a letter
that no pattern can carry); the session 6 README's E1 = (1/2) * (t1 - a_o1)<sup>2</sup> (HTML markup), ∂E1/∂a_o1 =
∂((1/2) * (t1 – a_o1)2)/∂a_o1 = ... (the lost superscript again), its duplicate lines (each gradient is written
twice), the other w and new_w lines (the same rules at other weights). Pages read and not taken: the Koehn
transcription's twin (stored file 7534105861, the same lines), a Julia costFunction (stored file 24048622828, its bias
a constant -1 column added with addBias, Theta2'[2:end,:] dropping it: names a notation cannot give), a Java Kim
example (jis1218/Back-Propagation-Algorithm, used by an earlier batch), a C++ Eigen file with Haykin's formulas in
comments (stored file 27256326102, used), the PPPoE15 Octave homework (used), an Octave XOR with sigmf(Z1,[0.5 0])
(sigmoid of half the sum, which no problem file names), and a Chinese student's derivation (stored file 3369877476,
used).

Collected on 2026-12-06 and 07 (23:53 to 00:02 by the machine's clock, the oracle's runs included). Every notation
was loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a
formula: all 11 loaded as first written, once the problem files' [data] lists were written as lists of samples (x =
[[0.8]], a slip of the tables, not of a notation). The oracle's first run passed every verdict as first transcribed
(52 entries, the two wrong members ml-dz1 and kx-dey included; then all 68, after the two READMEs were added, before
the batch was committed, with check never run on it).

Run blind at main 58d9efc (/work/READY_FOR_BLIND48; src/ as at 58d9efc, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch122_blind_first.txt): 63 of 68 read with every
verdict right (93%), 1 refused, 1 misread, 3 typos refused, no typo read, no crash, NO WRONG FORMULA CALLED CORRECT.
The misreading was xo-w1, committed as correct and called wrong; read again by hand, the line w1 +=
X.T.dot((e.dot(w2.T) * dsigmoid(h))) * 0.1 carries e back through w2 without the output's slope dsigmoid(o), and the
twin had put that slope in (check's detail: "judged at the file's learning rate eta = 0.1, which it writes as the
number 0.1, everything else at random points", the formula's step lacking the factor a2 (1 - a2) the truth holds).
The twin was a slip of this batch's transcription, not a verdict check could have been right to doubt otherwise: it
was written as the line is, the oracle gave it wrong, and the entry was corrected once (its own commit, before the
second run) and the batch run again (/work/batch122_blind.txt): 64 of 68 read with every verdict right (94%), 1
refused, 3 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT; nothing else changed
between the runs. The refusal is no slip of the notations (none counts from the wrong number, none names a quantity
the page does not mean).

Of the 3 mistaken formulas, all 3 were read with their wrong member called wrong: ml-dz1 (Theta1 where Theta2' was
meant), kx-dey (t - y for d error/dy), xo-w1 (the output's slope missing; in the first run too, where the committed
verdict was the slip). By page: the Octave script 7 of 7, the R script 3 of 4, Koehn's NumPy transcription 8 of 8, the
NumPy XOR script 5 of 5 (4 of 5 in the first run), hsiaocy's homework 8 of 8, zhaoshengEE's Java network 2 of 2,
BackpropCE.m 8 of 8, BackpropXOR.m 2 of 2, AkshatCoder44's index.js 8 of 8, the END3.0 README 6 of 8 (and its 2 typos
refused), the session 6 README 7 of 8 (and its typo refused).

The refusals by construct (1, and the typos'), with the exact message:

- 1, R's vector index, theta[c(6,7)] (the two output weights picked by a vector of positions), where the notation
  names theta[1] ... theta[7] one by one: rs-d2: "formula 'delta_2 \\leftarrow theta[c(6,7)] * delta_3 *
  c(h_deriv(th...': \\theta_{c(6,7)} matches none of the notation's patterns for \\theta ('theta[1]', 'theta[2]',
  'theta[3]', 'theta[4]', 'theta[5]', 'theta[6]', 'theta[7]')" (R's <- read as \\leftarrow and the name theta as the
  Greek letter on the way, both rightly);
- the typos, each refused naming it: en-w5, "\\partial E_Total/\\partial w5 = (out_01 - t1) * out_o1*(1-...':
  out_{01} matches none of the notation's patterns for out ('out_h1', 'out_h2', 'out_o1', 'out_o2')"; en-dh1, "unknown
  symbol T_{1}; the notation knows E, h, i, o, out, t, w; give it a meaning in the notation's [notation.symbols], e.g.
  "T_{1}" = "a1[0]"" (T1 first, before its out_01); se-o2, "w_{h2} matches none of the notation's patterns for w
  ('w1', 'w2', 'w3', 'w4', 'w5', 'w6', 'w7', 'w8')".

Read, among the constructs these pages brought: Octave's row vectors with ' for the transpose and .* (dZ2 = erro .*
sigmoidGrad(z3), dW2 = a2' * dZ2 + lambda/m*Theta2 with lambda = 0 and m = 1 named), its wrong dZ1 called wrong; R's
<- with h(...) and theta[1] ... theta[7] counted from 1; Koehn's sign (delta_2 = (t - y) * sigmoid_derivative(z)),
changes mu * delta_2 * h as values and a chain of named quotients d_error_d_z = d_error_d_y * d_y_d_z, its sign slip
called wrong; NumPy's X.dot(w1), h.T.dot(...) and a rate written as the number 0.1; Python's self.-prefixed names,
np.multiply, np.sum, np.power(np.tanh(...), 2), a statement over three lines, u_w2 = - (self.eta * ...) and _w1 =
self.W1 - u_w1 # new weight_ji with its comment; Java's deltaOutput[outputIndex] with a loop index named by a word and
Math.pow; Kim's MATLAB exercises (e1 = W2' * delta, W1 = W1 + dW1, the cross-entropy's delta = e); JavaScript's let and
-= with scalar names; plain-text ∂ quotients with names (∂E_Total/∂out_h1, ∂out_o1/∂o1 = σ(o1)* (1 - σ(o1)) = ...),
σ, en dashes (U+2013) for minus beside hyphens, lines ending in Markdown's two spaces, and ƞ (U+019E) as the rate in
new_w6 = w6 - ƞ * ∂E_total/∂w6.

Which look general (would appear in much homework): R's indexing by a vector of positions (x[c(6,7)], x[2:3]), which
a notation naming the elements one by one does not reach; the typos' refusals name the token a student mistyped
(out_01, T1, w_h2), as they should. Page-specific: none of the refusals is a construct only one page has, beyond R's.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch122_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ML = _STORED.format(12299354612, "X = [0 1]; y = [0.8 1]; m = 1;",
                     "an Octave/MATLAB script working one step of backpropagation on a 2-2-2 sigmoid network")
_RS = _STORED.format(7539266894, "h <- function(x) 1/(1+exp(-x))",
                     "an R script commented in Spanish: a 1-2-1 network's gradient by backpropagation, checked "
                     "numerically (its first line empty)")
_KX = _STORED.format(7254874292, "# 5.7.1 Data Structures and Functions in Numpy",
                     "a NumPy transcription of Koehn's NMT book, section 5.7: the XOR network's forward and backward "
                     "computation")
_XO = _STORED.format(42937494796, "import numpy as np",
                     "a ten-line NumPy XOR network trained with += updates")
_HS = "https://github.com/hsiaocy/hw2 (main.py, commit 1651722)"
_ZS = ("https://github.com/zhaoshengEE/Reinforcement_Learning_with_Backpropagation "
       "(Backpropagation_Learning/NeuralNetwork.java, commit f6a1dd4)")
_PC = "https://github.com/plasseraymond/DeepLearning (BackpropCE.m, commit 42c06d6)"
_PX = "https://github.com/plasseraymond/DeepLearning (BackpropXOR.m, commit 42c06d6)"
_AK = "https://github.com/AkshatCoder44/Neural-Network2 (index.js, commit a4da117)"
_EN = _STORED.format(29001342415, "# END3.0-Session2",
                     "a TSAI END3.0 assignment's README: backpropagation on the course's 2-2-2 network in plain text "
                     "with ∂")
_SE = _STORED.format(42250461155, "# Session 6 - Backpropagatino and Advanced Architecture",
                     "an ERA session 6 README: the same network's backpropagation in plain text, en dashes for minus, "
                     "ƞ the rate")

_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_J4 = tuple({"j": j} for j in range(4))
_J2K2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_I2J2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))

# the Octave 2-2-2 network (no biases, half the squared error): dE/dz2[k], dE/dz1[j]
_ML_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ML_S2 = "(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))"
_ML_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")
# dZ2 * Theta1: Theta1[k, j] = W1[j, k], the first layer's weights where Theta2' was meant
_ML_DZ1_WRONG = ("((a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*W1[{j},0] + (a2[1] - y[1])*sigmoid(z2[1])"
                 "*(1 - sigmoid(z2[1]))*W1[{j},1])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))")

# Koehn's 2-2-1 XOR network: dE/dz2
_KD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KS2 = "(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"

# the XOR script's 2-2-1 network: -dE/dz2 and -dE/dz1[j]
_XD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_XD1 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the script's w1 line as written: e.dot(w2.T) carries the output's error back without the output's slope o (1 - o)
_XD1_AS_WRITTEN = "(y[0] - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# hsiaocy's 1-2-1 network (tanh hidden units, a linear output): dE/dz1[j]
_HD1 = "(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"

# Kim's 3-4-1 networks: dE/dz1[j] under the cross-entropy (pc) and the squared error (px)
_PD1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_PXD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# AkshatCoder44's 2-2-1 network: dE/dz2, dE/dz1[j]
_AD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_AS2 = "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"


def _ak_d1(j: int) -> str:
    return f"{_AD2}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


def _ak_s1(j: int) -> str:
    return f"{_AS2}*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"


# the TSAI 2-2-2 network (no biases): dE/dz2[k], dE/d a1[j], dE/dz1[j]
def _t_d2(k: int) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _t_a1(j: int) -> str:
    return f"({_t_d2(0)}*W2[0,{j}] + {_t_d2(1)}*W2[1,{j}])"


def _t_d1(j: int) -> str:
    return f"{_t_a1(j)}*a1[{j}]*(1 - a1[{j}])"


ENTRIES = [
    # ---- the Octave script (no indentation): row vectors, Theta1 and Theta2 input-first, sigmoidGrad of the sums,
    # lambda = 0 and m = 1 written in the gradients; dZ1 carried back through Theta1 where Theta2' was meant ----------
    Public("y22-ml-z2", _ML, "b122_ml", "b122_ml", "z2 = a1*Theta1;", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J2),), batch=122,
           why="the hidden sums as a row: a1 = X the input, Theta1 input-first (rows the inputs)"),
    Public("y22-ml-z3", _ML, "b122_ml", "b122_ml", "z3 = a2*Theta2;", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1]",), _K2),), batch=122),
    Public("y22-ml-err", _ML, "b122_ml", "b122_ml", "erro = (a3 - y);", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("(a2[{k}] - y[{k}])",), _K2),), batch=122),
    Public("y22-ml-dz2", _ML, "b122_ml", "b122_ml", "dZ2 = erro .* sigmoidGrad(z3);", ((C,),),
           (Twin("value", _ML_D2, (_ML_S2,), _K2),), batch=122,
           why="dJ/dz3 (the output's sums), sigmoidGrad taken of the sums"),
    Public("y22-ml-dw2", _ML, "b122_ml", "b122_ml", "dW2 = a2' * dZ2 + lambda/m*Theta2;", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_ML_S2} + 0/1*W2[{{k}},{{j}}]",), _J2K2),), batch=122,
           why="dJ/dTheta2 input-first (dW2(j, k) = a2(j) dZ2(k)), the regularisation term 0 (lambda = 0)"),
    Public("y22-ml-dz1", _ML, "b122_ml", "b122_ml", "dZ1 = (dZ2 * Theta1) .* sigmoidGrad(z2);", ((W,),),
           (Twin("value", _ML_D1, (_ML_DZ1_WRONG,), _J2),), batch=122,
           why="Theta1, the first layer's weights, where Theta2' was meant: dZ2 * Theta1 sums dZ2(k) W1[j, k] "
               "instead of dZ2(k) W2[k, j] (both 2 x 2 here, so the line runs; the script's slip)"),
    Public("y22-ml-dw1", _ML, "b122_ml", "b122_ml", "dW1 = X' * dZ1 + lambda/m*Theta1;", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ML_D1} + 0/1*W1[{{j}},{{i}}]",), _I2J2),), batch=122,
           why="right of dZ1 as the script means it (dJ/dz2, the hidden sums), whatever the line before computed"),
    # ---- the R script commented in Spanish: <- assignments inside feed_fow (two spaces in), theta counted from 1,
    # theta[c(6,7)] and c(...) vectors, h the sigmoid and h_deriv its slope at the sum --------------------------------
    Public("y22-rs-a1", _RS, "b122_rs", "b122_rs", "  a_1 <- h(theta[1] + theta[2]*x)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(b1[0] + W1[0,0]*x[0])",)),), batch=122,
           why="R's <-; theta[1] the first hidden unit's bias, theta[2] its weight"),
    Public("y22-rs-a2", _RS, "b122_rs", "b122_rs", "  a_2 <- h(theta[3] + theta[4]*x)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(b1[1] + W1[1,0]*x[0])",)),), batch=122),
    Public("y22-rs-p", _RS, "b122_rs", "b122_rs", "  p <- h(theta[5] + theta[6]*a_1+theta[7]*a_2)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(b2[0] + W2[0,0]*a1[0] + W2[0,1]*a1[1])",)),), batch=122),
    Public("y22-rs-d2", _RS, "b122_rs", "b122_rs",
           "delta_2 <-  theta[c(6,7)]  * delta_3 * c(h_deriv(theta[1] + theta[2]*x), h_deriv(theta[3] + theta[4]*x))",
           ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("W2[0,{j}]*(a2[0] - y[0])*sigmoid(b1[{j}] + W1[{j},0]*x[0])*(1 - sigmoid(b1[{j}] + W1[{j},0]*x[0]))",),
                 _J2),), batch=122,
           why="the hidden units' dL/dz as a vector of two: theta[c(6,7)] the output weights, c(...) the two slopes; "
               "delta_3 = p - y, the deviance's dL/dz of a sigmoid output"),
    # ---- Koehn's section 5.7 in NumPy (no indentation): Koehn's deltas -dE/dz, the changes mu delta h, a chain of
    # named quotients d_A_d_B; d_error_d_y = t - y with the sign dropped ----------------------------------------------
    Public("y22-kx-err", _KX, "b122_kx", "b122_kx", "error = 1/2 * (t - y)**2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("1/2*(y[0] - a2[0])**2",)),), batch=122,
           why="the loss's definition, a value"),
    Public("y22-kx-d2", _KX, "b122_kx", "b122_kx", "delta_2 = (t - y) * sigmoid_derivative(z)", ((C,),),
           (Twin("value", f"-{_KD2}", (_KS2,)),), batch=122,
           why="Koehn's delta, -dE/dz (the updates add mu delta h); sigmoid_derivative taken of the sum"),
    Public("y22-kx-dw2", _KX, "b122_kx", "b122_kx", "delta_W2 = mu * delta_2 * h", ((C,),),
           (Twin("value", f"-eta*{_KD2}*a1[{{j}}]", (f"eta*{_KS2}*a1[{{j}}]",), _J2),), batch=122,
           why="the change of W2, -mu dE/dW2 (mu = 1, the problem file's rate, twinned with eta)"),
    Public("y22-kx-db2", _KX, "b122_kx", "b122_kx", "delta_b2 = mu * delta_2", ((C,),),
           (Twin("value", f"-eta*{_KD2}", (f"eta*{_KS2}",)),), batch=122),
    Public("y22-kx-dey", _KX, "b122_kx", "b122_kx", "d_error_d_y = t - y", ((W,),),
           (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),), batch=122,
           why="d error / dy of error = 1/2 (t - y)^2 is y - t: the sign dropped (the lines after multiply it on as "
               "that derivative)"),
    Public("y22-kx-dez", _KX, "b122_kx", "b122_kx", "d_error_d_z = d_error_d_y * d_y_d_z", ((C,),),
           (Twin("value", _KD2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=122,
           why="a chain of named quotients, each the derivative its name says (d_y_d_z = sigmoid_derivative( z ) the "
               "line before)"),
    Public("y22-kx-dew2", _KX, "b122_kx", "b122_kx", "d_error_d_W2 = d_error_d_z * d_z_d_W2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_KD2}*a1[{{j}}]",), _J2),), batch=122,
           why="d_z_d_W2 = h the line before"),
    Public("y22-kx-deh", _KX, "b122_kx", "b122_kx", "d_error_d_h = d_error_d_z * d_z_d_h", ((C,),),
           (Twin("value", f"{_KD2}*W2[0,{{j}}]", (f"{_KD2}*W2[0,{{j}}]",), _J2),), batch=122,
           why="d_z_d_h = W2 the line before; dE/dh, a value"),
    # ---- the NumPy XOR script (four spaces in): X.dot(w1) with w1 input-first, += updates with the rate 0.1 written
    # as a number, dsigmoid of the outputs -------------------------------------------------------------------------
    Public("y22-xo-h", _XO, "b122_xo", "b122_xo", "    h = sigmoid(X.dot(w1))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1])",), _J2),), batch=122),
    Public("y22-xo-o", _XO, "b122_xo", "b122_xo", "    o = sigmoid(h.dot(w2))", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(a1[0]*W2[0,0] + a1[1]*W2[0,1])",)),), batch=122),
    Public("y22-xo-e", _XO, "b122_xo", "b122_xo", "    e = y - o", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=122),
    Public("y22-xo-w2", _XO, "b122_xo", "b122_xo", "    w2 += h.T.dot(e * dsigmoid(o)) * 0.1", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + a1[{{j}}]*{_XD2}*eta",), _J2),), batch=122,
           why="+= with -dE/dz; 0.1 the problem file's rate, twinned with eta; dsigmoid(o) = o (1 - o)"),
    Public("y22-xo-w1", _XO, "b122_xo", "b122_xo", "    w1 += X.T.dot((e.dot(w2.T) * dsigmoid(h))) * 0.1", ((W,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + x[{{i}}]*{_XD1_AS_WRITTEN}*eta",), _I2J2),), batch=122,
           why="e.dot(w2.T) carries the output's error back without the output's slope dsigmoid(o) = o (1 - o), which "
               "the w2 line has (e * dsigmoid(o)): the script's slip. Corrected after the first blind run, whose "
               "twin had put that slope in, where the line does not (see the docstring); w2 as named besides (the "
               "script uses it after the line before updated it: a slip of the order)"),
    # ---- hsiaocy's homework 2 (eight spaces in): self.-prefixed names, np.multiply, the local gradients -dE/dnet,
    # u the terms subtracted, _w the new weights -----------------------------------------------------------------------
    Public("y22-hs-netj", _HS, "b122_hs", "b122_hs", "        self.net_j = np.multiply(self.W1, _input) + self.b1",
           ((C,),), (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + b1[{j}]",), _J2),), batch=122),
    Public("y22-hs-netk", _HS, "b122_hs", "b122_hs",
           "        self.net_k = np.sum(np.multiply(self.W2, self.z_j)) + self.b2", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=122),
    Public("y22-hs-d2", _HS, "b122_hs", "b122_hs", "        self.delta_2k = (self.d - pred) * 1", ((C,),),
           (Twin("value", "-(a2[0] - y[0])", ("(y[0] - a2[0])*1",)),), batch=122,
           why="the output's local gradient, (d - y) f2'(net) with f2 the identity (its slope 1 written)"),
    Public("y22-hs-d1", _HS, "b122_hs", "b122_hs",
           "        self.delta_1j = np.multiply(\n            (1 - np.power(np.tanh(self.net_j), 2)),\n"
           "            np.multiply(self.W2, self.delta_2k))", ((C,),),
           (Twin("value", f"-{_HD1}", ("(1 - tanh(z1[{j}])**2)*(W2[0,{j}]*(y[0] - a2[0]))",), _J2),), batch=122,
           why="a statement over three lines; tanh's slope written of the sum, 1 - tanh(net)^2"),
    Public("y22-hs-uw2", _HS, "b122_hs", "b122_hs",
           "        u_w2 = - (self.eta * np.multiply(self.delta_2k, self.z_j))", ((C,),),
           (Twin("value", "eta*(a2[0] - y[0])*a1[{j}]", ("-(eta*(y[0] - a2[0])*a1[{j}])",), _J2),), batch=122,
           why="the term the update subtracts, eta dE/dW2, a value"),
    Public("y22-hs-ub1", _HS, "b122_hs", "b122_hs", "        u_b1 = - (self.eta * self.delta_1j)", ((C,),),
           (Twin("value", f"eta*{_HD1}", ("-(eta*(1 - tanh(z1[{j}])**2)*W2[0,{j}]*(y[0] - a2[0]))",), _J2),),
           batch=122),
    Public("y22-hs-w1", _HS, "b122_hs", "b122_hs", "        _w1 = self.W1 - u_w1  # new weight_ji", ((C,),),
           (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] - eta*{_HD1}*x[0]",), _J2),), batch=122,
           why="_w1 the new weights; a comment after the statement"),
    Public("y22-hs-w2", _HS, "b122_hs", "b122_hs", "        _w2 = self.W2 - u_w2  # new weight_kj", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _J2),), batch=122),
    # ---- zhaoshengEE's Java network: the Binary branch's delta signal (sixteen spaces in) and the error --------------
    Public("y22-zs-do", _ZS, "b122_zs", "b122_zs",
           "                deltaOutput[outputIndex] = trainOutput * (1 - trainOutput) * (argValue - trainOutput);",
           ((C,),), (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),),
           batch=122, why="the Binary branch (the standard sigmoid); a loop index named outputIndex, one output"),
    Public("y22-zs-err", _ZS, "b122_zs", "b122_zs", "        errorRate = 0.5 * Math.pow((trainOutput - argValue), 2);",
           ((C,),), (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=122,
           why="the error's definition, a value; Math.pow"),
    # ---- plasseraymond's BackpropCE.m (eight spaces in): Kim's example 5, the cross-entropy's delta = e, changes
    # dW added to the weights -------------------------------------------------------------------------------------------
    Public("y22-pc-e", _PC, "b122_pc", "b122_pc", "        e = d - y;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=122),
    Public("y22-pc-delta", _PC, "b122_pc", "b122_pc", "        delta = e;", ((C,),),
           (Twin("value", "-(a2[0] - y[0])", ("y[0] - a2[0]",)),), batch=122,
           why="the cross-entropy of a sigmoid output: -dE/dv = d - y, no slope"),
    Public("y22-pc-e1", _PC, "b122_pc", "b122_pc", "        e1 = W2' * delta;", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*W2[0,{j}]", ("W2[0,{j}]*(y[0] - a2[0])",), _J4),), batch=122,
           why="-dE/dy1, a value; Octave's transpose"),
    Public("y22-pc-d1", _PC, "b122_pc", "b122_pc", "        delta1 = y1 .* (1-y1) .* e1;", ((C,),),
           (Twin("value", f"-{_PD1}", ("a1[{j}]*(1 - a1[{j}])*W2[0,{j}]*(y[0] - a2[0])",), _J4),), batch=122),
    Public("y22-pc-dw1", _PC, "b122_pc", "b122_pc", "        dW1 = alpha * delta1 * x';", ((C,),),
           (Twin("value", f"-eta*{_PD1}*x[{{i}}]", ("eta*a1[{j}]*(1 - a1[{j}])*W2[0,{j}]*(y[0] - a2[0])*x[{i}]",),
                 _J4I3),), batch=122, why="the change the update adds, -alpha dE/dW1, a value"),
    Public("y22-pc-w1", _PC, "b122_pc", "b122_pc", "        W1 = W1 + dW1;", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*a1[{j}]*(1 - a1[{j}])*W2[0,{j}]*(y[0] - a2[0])*x[{i}]",),
                 _J4I3),), batch=122),
    Public("y22-pc-dw2", _PC, "b122_pc", "b122_pc", "        dW2 = alpha * delta * y1';", ((C,),),
           (Twin("value", "-eta*(a2[0] - y[0])*a1[{j}]", ("eta*(y[0] - a2[0])*a1[{j}]",), _J4),), batch=122),
    Public("y22-pc-w2", _PC, "b122_pc", "b122_pc", "        W2 = W2 + dW2;", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*(y[0] - a2[0])*a1[{j}]",), _J4),), batch=122),
    # ---- the same repository's BackpropXOR.m (Kim's example 3, the squared error): the lines its text does not share
    # with BackpropCE.m's meaning -------------------------------------------------------------------------------------
    Public("y22-px-delta", _PX, "b122_px", "b122_px", "        delta = y .* (1-y) .* e;", ((C,),),
           (Twin("value", f"-{_PXD2}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=122,
           why="the squared error's -dE/dv, the sigmoid's slope written of the output"),
    Public("y22-px-dw2", _PX, "b122_px", "b122_px", "        dW2 = alpha * delta * y1';", ((C,),),
           (Twin("value", f"-eta*{_PXD2}*a1[{{j}}]", ("eta*a2[0]*(1 - a2[0])*(y[0] - a2[0])*a1[{j}]",), _J4),),
           batch=122, why="the text of pc-dw2, here under the squared error (delta with the slope)"),
    # ---- AkshatCoder44's index.js (two spaces in): let, -= updates, scalar names for each weight and bias,
    # sigmoidDerivative of the sums ------------------------------------------------------------------------------------
    Public("y22-ak-err", _AK, "b122_ak", "b122_ak", "  let error = output - target;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=122),
    Public("y22-ak-dout", _AK, "b122_ak", "b122_ak", "  let dOutput = error * sigmoidDerivative(z_out);", ((C,),),
           (Twin("value", _AD2, (_AS2,)),), batch=122, why="dE/dz_out, sigmoidDerivative taken of the sum"),
    Public("y22-ak-wo1", _AK, "b122_ak", "b122_ak", "  w_out1 -= lr * dOutput * h1;", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_AS2}*a1[0]",)),), batch=122),
    Public("y22-ak-bo", _AK, "b122_ak", "b122_ak", "  b_out  -= lr * dOutput;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_AS2}",)),), batch=122, why="two spaces before -="),
    Public("y22-ak-dh1", _AK, "b122_ak", "b122_ak", "  let dH1 = dOutput * w_out1 * sigmoidDerivative(z1);", ((C,),),
           (Twin("value", _ak_d1(0), (_ak_s1(0),)),), batch=122,
           why="w_out1 as named (the file uses it after its update: a slip of the order, not of this line's names)"),
    Public("y22-ak-w1", _AK, "b122_ak", "b122_ak", "  w1 -= lr * dH1 * input1;", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_ak_d1(0)}*x[0]",)),), batch=122),
    Public("y22-ak-b1", _AK, "b122_ak", "b122_ak", "  b1 -= lr * dH1;", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_ak_d1(0)}",)),), batch=122,
           why="b1 the first hidden unit's bias (the file's name, b1[0] here)"),
    Public("y22-ak-dh2", _AK, "b122_ak", "b122_ak", "  let dH2 = dOutput * w_out2 * sigmoidDerivative(z2);", ((C,),),
           (Twin("value", _ak_d1(1), (_ak_s1(1),)),), batch=122,
           why="z2 the second hidden unit's sum (the file's name, z1[1] here)"),
    # ---- the END3.0 assignment README (plain text, some lines two spaces in): ∂ quotients with names, σ, and the
    # hand-in's typos out_01 (a zero for the letter o) and T1 ---------------------------------------------------------
    Public("y22-en-h1", _EN, "b122_en", "b122_en", "  h1 = i1*w1 + i2*w2", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=122),
    Public("y22-en-oh1", _EN, "b122_en", "b122_en", "  out_h1 = σ(h1) =  1/(1+exp(-h1))", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=122),
    Public("y22-en-de1", _EN, "b122_en", "b122_en", "∂E1/∂out_o1 = out_o1 - t1", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=122,
           why="the derivative of E1, the first output's error, by that output: a value"),
    Public("y22-en-dao", _EN, "b122_en", "b122_en", "∂out_o1/∂o1 =  σ(o1)* (1 - σ(o1)) = out_o1*(1-out_o1)", ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "a2[0]*(1 - a2[0])")),),
           batch=122),
    Public("y22-en-w1", _EN, "b122_en", "b122_en", "∂E_Total/∂w1 = ∂E_Total/∂out_h1*out_h1*(1-out_h1)*i1", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_t_d1(0)}*x[0]",)),), batch=122,
           why="a member naming a derivative by a hidden output, ∂E_Total/∂out_h1"),
    Public("y22-en-w4", _EN, "b122_en", "b122_en", "∂E_Total/∂w4 = ∂E_Total/∂out_h2*out_h2*(1-out_h2)*i2", ((C,),),
           (Twin("gradient", "W1[1,1]", (f"{_t_d1(1)}*x[1]",)),), batch=122),
    Public("y22-en-w5", _EN, "b122_en", "b122_en", "∂E_Total/∂w5 = (out_01 - t1) * out_o1*(1-out_o1)*out_h1",
           unreadable="out_01", batch=122,
           why="out_01, a zero where the letter o of out_o1 was meant (the hand-in's typo)"),
    Public("y22-en-dh1", _EN, "b122_en", "b122_en",
           "∂E_Total/∂out_h1 = (out_o1 - T1) * out_o1 * (1 - out_01) * w5 + (out_o2 - t2)*out_o2*(1-out_o2)*w7",
           unreadable="T1", batch=122,
           why="T1 for the target t1 and out_01 for out_o1 (the hand-in's typos)"),
    # ---- the session 6 README (plain text, each line ending in two spaces, Markdown's line break): en dashes for
    # minus in some members, ƞ the rate, w_h2 where a_h2 was meant ----------------------------------------------------
    Public("y22-se-o2", _SE, "b122_se", "b122_se", "o2 = w7*a_h1 + w8*w_h2  ", unreadable="w_h2", batch=122,
           why="w_h2 where a_h2 was meant (the README's typo: no quantity is named w_h2)"),
    Public("y22-se-ah1", _SE, "b122_se", "b122_se", "a_h1 = σ(h1) = 1/(1+exp(-h1))  ", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=122),
    Public("y22-se-w5", _SE, "b122_se", "b122_se", "∂E_Total/∂w5 = (a_o1 – t1) * a_o1 * (1 – a_o1) * a_h1  ", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_t_d2(0)}*a1[0]",)),), batch=122,
           why="en dashes (U+2013) for minus"),
    Public("y22-se-w8", _SE, "b122_se", "b122_se", "∂E_Total/∂w8 = (a_o2 – t2) * a_o2 * (1 – a_o2) * a_h2  ", ((C,),),
           (Twin("gradient", "W2[1,1]", (f"{_t_d2(1)}*a1[1]",)),), batch=122),
    Public("y22-se-e2h1", _SE, "b122_se", "b122_se", "∂E2/∂a_h1 = (a_o2 – t2)*a_o2*(1-a_o2)*w7  ", ((C,),),
           (Twin("value", f"{_t_d2(1)}*W2[1,0]", (f"{_t_d2(1)}*W2[1,0]",)),), batch=122,
           why="E2's share of dE/d a_h1, a value; an en dash and a hyphen for minus in one line"),
    Public("y22-se-dah1", _SE, "b122_se", "b122_se",
           "∂E_total/∂a_h1 = (a_o1 – t1)*a_o1*(1-a_o1)*w5 +  (a_o2 – t2)*a_o2*(1-a_o2)*w7  ", ((C,),),
           (Twin("value", _t_a1(0), (_t_a1(0),)),), batch=122, why="dE/d a_h1, a derivative by a hidden output"),
    Public("y22-se-w3", _SE, "b122_se", "b122_se",
           "∂E_total/∂w3 = ((a_o1 – t1) * a_o1 * (1-a_o1) * w6 +  (a_o2 – t2) * a_o2 * (1-a_o2) * w8) * a_h2 * "
           "(1 - a_h2) * i1  ", ((C,),),
           (Twin("gradient", "W1[1,0]", (f"{_t_d1(1)}*x[0]",)),), batch=122),
    Public("y22-se-nw6", _SE, "b122_se", "b122_se", "new_w6 = w6 - ƞ * ∂E_total/∂w6  ", ((C,),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_t_d2(0)}*a1[1]",)),), batch=122,
           why="ƞ (U+019E, n with a long leg) the README's learning rate; new_w6 the new weight"),
]
