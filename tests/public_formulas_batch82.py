r"""Batch 82 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: four repositories' files at one commit
each, ZhangBanger's backprop.js, PPPoE15's ISU homework in MATLAB, davharris's mistnet gradients in R and jminyu's
outputDeltas.m, and six stored files without their repository's name: a long project write-up on basketball
detection whose worked example is a code block of plain text with Unicode subscripts; a MATLAB script working one
step of a 2-2-1 logsig/tansig network with the offsets against a constant -1; lesson notes on the perceptron in
GitLab's $`...`$ math; a MATLAB function with Spanish comments; a C++ header whose comment carries Wikipedia's
rule; a README replicating the 1986 algorithm on XOR), copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch82_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. The stored files are cited by
their ids. A local derivative (dz₂/da₁, dŷ/dz₂), a derivative by the output (dL/dŷ, crossEntropyGrad), a delta
(the MATLAB scripts' delta_out, del2, del11, deltas, (t - o) f'(net) = -dE/dnet, the notations' "-grad(z2[0])";
the perceptron lesson's dE/dnet), a code's derivative of one unit's output (the JavaScript neuron's dq, da, dx, with
df = 1) and a step difW = -eta dE/dW are twinned as values, as in batches 14 to 80; so is a vector the notation
names whole (sigmoidDeriv, z1 = W2(2:end) .* del2).
Formulas keep their page's delimiters and what surrounds them on their line (a code block's lines with their
indentation, "            - $`...`$" list items, \[ ... \] and "$$ \[ ... \] $$", MATLAB's trailing semicolons
and "%     " of a commented line, JavaScript's "var ", R's "name = function(args){" with its body's lines and
closing brace, a C++ comment's "// " and its closing "}."); what was left out is said below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 82

The batch: 57 formulas from 10 addresses (the basketball write-up 12, the logsig/tansig script 11, the perceptron
lesson 3, the Spanish function 2, the C++ header 1, ZhangBanger 8, PPPoE15 8, davharris 2, jminyu 2, the XOR
README 8).

1 is mistaken (the oracle finds a member wrong), and 2 are mistyped so as to be unreadable:

- the XOR README's output delta, "$$ \[ \delta_j = o_j (1 - o_j) (t_j - o_j) \] $$": (t - o) o (1 - o) is -dE/dnet
  of Rumelhart's E = 1/2 sum (t - o)^2, while the page's loss, two lines above, is the mean squared error
  (y - y hat)^2 (one sample), whose -dL/dnet is twice it; the hidden delta and the update after it are right for
  any delta of the page's loss;
- the C++ comment "// delta _{j}=o_{j}(1-o_{j})\sum _{k\in Children(j)}\delta _{k}w_{j,k}}.", Wikipedia's
  {\displaystyle ...} with its opening brace lost and its closing one kept (unreadable="}");
- the JavaScript "var f = siq(q)", siq for the sig defined two lines above (unreadable="siq").

Not mistaken, though they look it: the basketball example's L = (1 - 0.567)² = 0.188 ((1 - 0.567)² is 0.187489,
the true loss 0.18770: 0.188 is the true value rounded) and its ∂L/∂w₁ = -0.008 and w₁_new = 0.1008 worked from
rounded factors; mistnet's crossEntropyGrad with its minus before the parenthesis; the ISU homework's W2 = [0.5 4
-2] whose first entry is the output's bias (against the constant 1 of [1; q1]), and its commented lines' z1, a
local name for the error sent back to the hidden outputs.

What was left out: the basketball write-up's math-spotlight derivation before its worked example (the same chain
in symbols, z_1 = w_1 x + b_1 ... \frac{\partial L}{\partial w_1} = -2(y - \hat{y}) ...), its generic
\frac{\partial L}{\partial w} = \frac{\partial L}{\partial y} ... (y there the output, the target elsewhere) and its
activation table; the logsig/tansig script's initial values, its comment "% w(2) = w(1) + muy*delta_out(1)*z(1)"
and its w_new = w + eta*delta_out*z (the output's offset and weights in one vector: no twin of one kind holds a
bias's and the weights' new values together); the same for the ISU homework's dW2 = [1;q1]*(gamma*del2) and W2 =
W2+dW2', and its commented q11 = q1(1), q12 = q1(2) (names for entries); the perceptron lesson's momentum rules
\Delta w_{ij}(n) = \alpha \Delta w_{ij}(n-1) + ... and w_{ij}(n) = w_{ij}(n-1) - \Delta w_{ij}(n) (as batch 80's
TAMU notes' were); the Spanish function's err = Z - y and its calls of derivadaLogistica(h, Beta); the C++ header's
code (loops and calls of GetOutput()) and its comments without a left side or with momentum; the JavaScript file's
circuits of free variables before and after the neuron and its "var df = 1"; mistnet's rectifiedGrad and
matrixMultiplyGrad; the XOR README's stored copy 3317345119 (the same README with the delta in \[ ... \] only).
The entries were cut to 57 from 59 (the basketball write-up's math-spotlight result and mistnet's rectifiedGrad)
before anything was run.

Two notation patterns the page's names ask for did not load and were written otherwise (the notation only): the
Spanish function's g1d and g2d ("g1d" is not one symbol) as "g1_{d}" and "g2_{d}", and the ISU homework's W2(k) and
z1(k), MATLAB's entries of a name with a digit ("W2(k)" is W_{2} and (k), two index groups; the script's w(k) loads)
as "W2[k]" and "z1[k]". Once the loader took the page's spelling (fixfresh18), "g1d" and "g2d" were written as the
page writes them, a correction of the notation only (no entry nor verdict changed), as batch 81's second run
corrected its notation.

Collected on 2026-12-05 (21:29 to 21:40 by the machine's clock, the oracle's runs included) and run blind at main
e612637 (/work/READY_FOR_BLIND28), with nothing under src/ changed. Every notation was loaded with its network
(notation_loading.load_notation) before the run, without judging a formula: all twelve pairs loaded. The first run
(/work/batch82_blind.txt): 43 of 57 read with every verdict right (75%), 12 refused, 2 typos refused, no misreading,
no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was a notation outside the spec's grammar, so there was no
second run; the Spanish function's two refusals come from a name the notation could not give as written (g1d, see
above).

The mistaken formula read with its verdict right (the XOR README's output delta, called wrong). The 2 typos were
refused, neither at its typo: the C++ comment by the rule for prose (its "// " line holds nothing to judge once
remarks are set aside), the JavaScript "var f = siq(q)" as "unknown symbol s; the notation knows a, b, c, da, db, dc,
df, dq; ..." (siq read as s i q); blind_batch's "names it" matches a brace of the message's example and the quoted
formula. By page: the basketball write-up 11 of 12, the logsig/tansig script 9 of 11, the perceptron lesson 3 of 3,
the Spanish function 0 of 2, the C++ header 0 of 1 (its typo refused), ZhangBanger 7 of 8 (its typo refused), PPPoE15
4 of 8, davharris 0 of 2, jminyu 1 of 2, the XOR README 8 of 8.

The refusals by construct (12), with the exact message:

- 3, a MATLAB line commented out with "%     " before its code (isu-z1, isu-del11, isu-del12): "holds nothing to
  judge once its spacing and layout (\, \quad, \left.) and its prose (words in \text, remarks) are set aside; write
  the derivative or the update, e.g. \frac{\partial L}{\partial w} = ..." (formula '% z1 = W2(2:end) .* del2;': the
  whole line set aside as a remark);
- 2, R's definition "name = function(args){ ... }" over several lines (dh-ce, dh-sig): "unknown symbol Grad; the
  notation knows s, x, y, yhat; give it a meaning in the notation's [notation.symbols], e.g. "Grad" = "a1[0]""
  (crossEntropyGrad read as a product ending in Grad); "expected '}' to close the group at '=' (position 32)"
  (formula 'sigmoidGrad = function(x){ s = sigmoid(x) s * (1 - s) }');
- 2, a code name of letters, a digit and a letter, g1d (sp-difW, sp-difT): "g1 matches none of the notation's
  patterns for g1 ('g1_{d}')": the notation could not name it as the page writes it (the loader refuses "g1d", "not
  one symbol"), and the g1_{d} it was given instead is not what the formula writes;
- 1, MATLAB's column [1; q1], a constant stacked on a vector (isu-s2): "expected ']' to close the parenthesis at ';'
  (position 11)";
- 1, MATLAB's ones(size(output)) (jm-sigderiv, as batch 80's hd-sigderiv): "unknown symbol o; the notation knows
  deltas, output, sigmoidDeriv, target; give it a meaning in the notation's [notation.symbols], e.g. "o" = "a1[0]"";
- 1, a name with a Unicode subscript and then "_new", w₁_new (bb-w1new): "unexpected at '_' (position 4)" (formula
  'w_1_new = w_1 - \alpha \times \partial L/\partial w_1 = 0...'; the notation names "w1_new");
- 1, a MATLAB variable z1 beside the entry z(1) of another vector z (ml-z1, "z1 = logsig(net_h1)"): "z_{1} matches
  two patterns of the notation alike, 'z1' and 'z(1)' (their index letters both placeholders, standing for any
  number), with different meanings; give them different names, or a letter that names the layer literally (one not
  among the notation's indices)": the page's z1 (the first hidden output) and z(1) (the constant -1 of z = [-1 z1
  z2]') are two names; the message's "index letters both placeholders" does not fit them (both write the digit 1);
- 1, the inner product of two vectors named by their MATLAB entries only, w = [w(1) w(2) w(3)]' and z (ml-net-out,
  "net_out = w'*z;"): ""w'*z" is a vector or matrix where the left side is a number (3 x 2); two vectors' inner
  product is u^T v of columns, u v^T of rows: where the page's vectors are rows, give them as rows in the notation (a
  meaning with .T, "u" = "a1[:].T")" (w has three entries, z the three of its patterns; 3 x 2 fits neither).

Tried afterwards without the z(1) and z(k) patterns (the notation only): ml-z1 reads, and "net_out = w'*z;" is
refused for z ("z matches none of the notation's patterns for z ('z1', 'z2')").

Read, among the constructs these pages brought: a code block's plain text with Unicode subscripts, ·, ×, ², ŷ,
∂L/∂ŷ and e^(-0.25), worked in numbers (11 lines); MATLAB's v1'*x, logsig and tansig with their derivative words
logsig_dot and tansig_dot declared "at input", w(2) and w(3) entries, lines with and without a semicolon, vector
updates v1_new = v1 + eta*delta_h1*x; GitLab's $`...`$ alone on a line and in a nested list item; Mitchell's
\sum_{k \in Children(j)} (batch 80's fix); JavaScript's "var " declarations and 1.0 * dq; MATLAB's .* with a
transpose (deltas = 2 * (target - output) .* sigmoidDeriv); • for a product of rows; \[ ... \] and "$$ \[ ... \] $$";
a \text{Loss} named by the notation with \frac{1}{n} \sum over the samples; the XOR output delta called wrong.

Which look general (would appear in much homework): MATLAB's commented-out lines of code, R's function
definitions, code names of letters and digits such as g1d, MATLAB's [1; q1] and ones(size(x)), a Unicode
subscript before "_new"; MATLAB's variable z1 beside the entries z(k) of a vector z is general in MATLAB code. Page-
specific: the augmented vectors w and z named only by their entries (the offset against a constant -1).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch82_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_BB = _STORED.format(58220116048, "# YOLO Neural Network for Basketball Detection",
                     "a project write-up's math spotlights and a worked example in a code block")
_ML = _STORED.format(5451951776, "%% initial value", "a MATLAB script working one step of a 2-2-1 logsig/tansig "
                                                   "network with offsets against a constant -1")
_PC = _STORED.format(42507945146, "# Perceptron", "lesson notes with GitLab's $`...`$ math in a numbered algorithm")
_SP = _STORED.format(9609690425, "function [difW, difT] = retropropagacionError(patron, Z, y, w, s, h, u, Beta, eta)",
                     "a MATLAB function with Spanish comments")
_CC = _STORED.format(8755304319, "#ifndef CPP7_MLP_2_PERCEPTRON_GRAPH_MODEL_NEURON_LAYER_H_",
                     "a C++ header whose comments carry Wikipedia's rule")
_JS = "https://github.com/ZhangBanger/neuralnetjs (backprop.js, commit 5bc3312)"
_ISU = "https://github.com/PPPoE15/MASTER (2_sem/ISU/home_work/home_work_ISU.m, commit 209c0c6)"
_DH = "https://github.com/davharris/mistnet (R/gradients.R, commit 05925f1)"
_JM = "https://github.com/jminyu/PatternRecognition_library (MATLAB_CODE/13/2/outputDeltas.m, commit 002d482)"
_XOR = _STORED.format(8512937639, "# Backpropagation from Scratch (XOR Problem)",
                      "a README replicating the 1986 algorithm on XOR")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J1 = ({"j": 0},)
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# the MATLAB script's tanh output under the half squared error: -dE/dnet_out, and the hidden units' -dE/dnet_h
_DOUT = "(y[0] - a2[0])*(1 - tanh(z2[0])**2)"
_DH1 = f"{_DOUT}*W2[0,0]*a1[0]*(1 - a1[0])"
_DH2 = f"{_DOUT}*W2[0,1]*a1[1]*(1 - a1[1])"
# the perceptron lesson's dE/dnet of the outputs (half squared error, sigmoid)
_P20 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_P21 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
# one sigmoid output under the half squared error: -dE/dnet
_M2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the XOR network's -dL/dnet of its output under the squared error
_X2 = "(-2*(a2[0] - y[0])*a2[0]*(1 - a2[0]))"
_SIG1 = "a1[0]*(1 - a1[0])"

ENTRIES: list[Public] = [
    # ---- the basketball write-up's worked example: a code block of plain text with Unicode subscripts (z₁, w₂),
    # ŷ, ·, ×, ², ∂L/∂ŷ, e^(-0.25), a name with a subscript and a word (w₁_new), α --------------------------------
    Public("bb-z1", _BB, "b82_bb", "b82_bb", "z₁ = w₁·x + b₁ = 0.1 × 0.5 + 0.2 = 0.25", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.1*0.5 + 0.2", "=0.25")),), batch=82),
    Public("bb-a1", _BB, "b82_bb", "b82_bb", "a₁ = σ(z₁) = 1/(1+e^(-0.25)) = 0.562", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-0.25))", "=0.562")),), batch=82),
    Public("bb-z2", _BB, "b82_bb", "b82_bb", "z₂ = w₂·a₁ + b₂ = 0.3 × 0.562 + 0.1 = 0.269", ((C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]", "=0.3*0.562 + 0.1", "=0.269")),), batch=82),
    Public("bb-yhat", _BB, "b82_bb", "b82_bb", "ŷ = σ(z₂) = 1/(1+e^(-0.269)) = 0.567", ((C, C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.269))", "=0.567")),), batch=82),
    Public("bb-L", _BB, "b82_bb", "b82_bb", "L = (y - ŷ)² = (1 - 0.567)² = 0.188", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2", "=(1 - 0.567)**2", "=0.188")),), batch=82),
    Public("bb-dLdy", _BB, "b82_bb", "b82_bb", "∂L/∂ŷ = -2(y - ŷ) = -2(1 - 0.567) = -0.866", ((C, C, C),),
           (Twin("value", "2*(a2[0] - y[0])", ("-2*(y[0] - a2[0])", "=-2*(1 - 0.567)", "=-0.866")),), batch=82,
           why="a derivative by the output, a value"),
    Public("bb-dydz", _BB, "b82_bb", "b82_bb", "∂ŷ/∂z₂ = ŷ(1 - ŷ) = 0.567 × 0.433 = 0.246", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.567*0.433", "=0.246")),), batch=82,
           why="a local derivative, a value"),
    Public("bb-dzda", _BB, "b82_bb", "b82_bb", "∂z₂/∂a₁ = w₂ = 0.3", ((C, C),),
           (Twin("value", "W2[0,0]", ("W2[0,0]", "=0.3")),), batch=82, why="a local derivative, a value"),
    Public("bb-dadz", _BB, "b82_bb", "b82_bb", "∂a₁/∂z₁ = a₁(1 - a₁) = 0.562 × 0.438 = 0.246", ((C, C, C),),
           (Twin("value", _SIG1, (_SIG1, "=0.562*0.438", "=0.246")),), batch=82, why="a local derivative, a value"),
    Public("bb-dzdw", _BB, "b82_bb", "b82_bb", "∂z₁/∂w₁ = x = 0.5", ((C, C),),
           (Twin("value", "x[0]", ("x[0]", "=0.5")),), batch=82, why="a local derivative, a value"),
    Public("bb-dLdw1", _BB, "b82_bb", "b82_bb", "∂L/∂w₁ = -0.866 × 0.246 × 0.3 × 0.246 × 0.5 = -0.008", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("=-0.866*0.246*0.3*0.246*0.5", "=-0.008")),), batch=82),
    Public("bb-w1new", _BB, "b82_bb", "b82_bb", "w₁_new = w₁ - α × ∂L/∂w₁ = 0.1 - 0.1 × (-0.008) = 0.1008",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.1 - 0.1*(-0.008)", "=0.1008")),),
           batch=82, why="\"Weight update (with learning rate α = 0.1)\""),
    # ---- the MATLAB script: v1'*x (a transpose by a prime), logsig and tansig, their derivatives logsig_dot and
    # tansig_dot, w(2) and w(3) entries of the output's weight column, lines with and without a semicolon ---------
    Public("ml-net-h1", _ML, "b82_ml", "b82_ml", "net_h1 = v1'*x;", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=82),
    Public("ml-net-h2", _ML, "b82_ml", "b82_ml", "net_h2 = v2'*x;", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + W1[1,2]*x[2]",)),), batch=82),
    Public("ml-z1", _ML, "b82_ml", "b82_ml", "z1 = logsig(net_h1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=82, why="z1 the first hidden unit's output here"),
    Public("ml-z2", _ML, "b82_ml", "b82_ml", "z2 = logsig(net_h2)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=82),
    Public("ml-net-out", _ML, "b82_ml", "b82_ml", "net_out = w'*z;", ((C,),),
           (Twin("value", "z2[0]", ("(-b2[0])*(-1) + W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=82,
           why="w = [b_3 w_1 w_2]' and z = [-1 z1 z2]': the offset b_3 against the constant -1"),
    Public("ml-y", _ML, "b82_ml", "b82_ml", "y = tansig(net_out)", ((C,),),
           (Twin("value", "a2[0]", ("tanh(z2[0])",)),), batch=82),
    Public("ml-delta-out", _ML, "b82_ml", "b82_ml", "delta_out = (d-y)*tansig_dot(net_out)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*(1 - a2[0]**2)", (_DOUT,)),), batch=82,
           why="the output's delta, -dE/dnet of the half squared error, judged as a value"),
    Public("ml-delta-h1", _ML, "b82_ml", "b82_ml", "delta_h1 = delta_out*w(2)*logsig_dot(net_h1)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*(1 - a2[0]**2)*W2[0,0]*a1[0]*(1 - a1[0])", (_DH1,)),), batch=82,
           why="w(2) = w_1, the weight from the first hidden unit (w(1) the offset)"),
    Public("ml-delta-h2", _ML, "b82_ml", "b82_ml", "delta_h2 = delta_out*w(3)*logsig_dot(net_h2)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*(1 - a2[0]**2)*W2[0,1]*a1[1]*(1 - a1[1])", (_DH2,)),), batch=82),
    Public("ml-v1-new", _ML, "b82_ml", "b82_ml", "v1_new = v1 + eta*delta_h1*x", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] + eta*{_DH1}*x[{{i}}]",), _I3),), batch=82,
           why="the first hidden unit's weights, its offset b_1 (against -1) among them"),
    Public("ml-v2-new", _ML, "b82_ml", "b82_ml", "v2_new = v2 + eta*delta_h2*x", ((C,),),
           (Twin("update", "W1[1,{i}]", (f"W1[1,{{i}}] + eta*{_DH2}*x[{{i}}]",), _I3),), batch=82),
    # ---- the perceptron lesson: GitLab's inline math $`...`$, alone on a line and inside a nested list's item;
    # delta the error value dE/dnet, \sum_{k \in Children(j)} over the nodes fed by j -----------------------------
    Public("pc-f", _PC, "b82_pc", "b82_pc", "$`f(x) = \\frac{1}{1+e^{-x}}`$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=82,
           why="the activation function, the sigmoid, at a sum x"),
    Public("pc-delta-k", _PC, "b82_pc", "b82_pc", "            - $`\\delta_k = -o_k(1-o_k)(t_k-o_k)`$", ((C,),),
           (Twin("value", "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                 ("-a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=82,
           why="\"2.2.2. for all k in Outputs\": the output node's error value, judged as a value"),
    Public("pc-delta-j", _PC, "b82_pc", "b82_pc",
           "                - $`\\delta_j = o_j(1-o_j)\\sum_{k \\in Children(j)} \\delta_k w_{jk}`$", ((C,),),
           (Twin("value", f"({_P20}*W2[0,{{j}}] + {_P21}*W2[1,{{j}}])*a1[{{j}}]*(1 - a1[{{j}}])",
                 (f"a1[{{j}}]*(1 - a1[{{j}}])*({_P20}*W2[0,{{j}}] + {_P21}*W2[1,{{j}}])",), _J2),), batch=82,
           why="\"for each node j in layer l\" (the hidden layer here); Children(j) the nodes j feeds, the outputs"),
    # ---- the Spanish MATLAB function: .* and ' (transpose), names of three letters with a digit (g1d) ------------
    Public("sp-difW", _SP, "b82_sp", "b82_sp", "difW = eta * (err .* g1d) * s';", ((C,),),
           (Twin("value", f"eta*{_M2}*a1[{{j}}]", (f"eta*{_M2}*a1[{{j}}]",), _J3),), batch=82,
           why="the step of the hidden -> output weights, -eta dE/dW, judged as a value"),
    Public("sp-difT", _SP, "b82_sp", "b82_sp", "difT = eta * (((err .* g1d) * w') .* g2d) * patron;", ((C,),),
           (Twin("value", f"eta*{_M2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",
                 (f"eta*{_M2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _JI),), batch=82,
           why="the step of the input -> hidden weights T; (err .* g1d) * w' a column for the one output"),
    # ---- the C++ header's comment: Wikipedia's rule with its closing brace and no opening one ------------------
    Public("cc-delta", _CC, "b82_cc", "b82_cc",
           "// delta _{j}=o_{j}(1-o_{j})\\sum _{k\\in Children(j)}\\delta _{k}w_{j,k}}.", unreadable="}", batch=82,
           why="copied from Wikipedia's {\\displaystyle \\delta _{j}=...} with the opening brace and the backslash "
               "of \\delta _{j} lost and the closing brace kept: its braces do not balance"),
    # ---- the JavaScript neuron: var declarations, a call of a function the file never defines (siq for sig) ------
    Public("js-q", _JS, "b82_js", "b82_js", "var q = a*x + b*y + c", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=82,
           why="\"neuron in 2 steps\": its sum"),
    Public("js-f", _JS, "b82_js", "b82_js", "var f = siq(q)", unreadable="siq", batch=82,
           why="siq for sig, the sigmoid defined two lines above"),
    Public("js-dq", _JS, "b82_js", "b82_js", "var dq = (f * (1 - f)) * df", ((C,),),
           (Twin("value", _SIG1, (f"{_SIG1}*1",)),), batch=82, why="df/dq, df = 1 (f by itself), a value"),
    Public("js-da", _JS, "b82_js", "b82_js", "var da = x * dq", ((C,),),
           (Twin("value", f"x[0]*{_SIG1}", (f"x[0]*{_SIG1}",)),), batch=82, why="\"to inputs\": df/da, a value"),
    Public("js-dx", _JS, "b82_js", "b82_js", "var dx = a * dq", ((C,),),
           (Twin("value", f"W1[0,0]*{_SIG1}", (f"W1[0,0]*{_SIG1}",)),), batch=82),
    Public("js-dy", _JS, "b82_js", "b82_js", "var dy = b * dq", ((C,),),
           (Twin("value", f"W1[0,1]*{_SIG1}", (f"W1[0,1]*{_SIG1}",)),), batch=82),
    Public("js-db", _JS, "b82_js", "b82_js", "var db = y * dq", ((C,),),
           (Twin("value", f"x[1]*{_SIG1}", (f"x[1]*{_SIG1}",)),), batch=82),
    Public("js-dc", _JS, "b82_js", "b82_js", "var dc = 1.0 * dq", ((C,),),
           (Twin("value", _SIG1, (f"1.0*{_SIG1}",)),), batch=82),
    # ---- the ISU homework: indented MATLAB lines, [1; q1] (a constant 1 stacked on a column), W2(2:end), commented
    # lines after "%     " --------------------------------------------------------------------------------------
    Public("isu-s1", _ISU, "b82_isu", "b82_isu", "    s1 = W1*r;", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J2),), batch=82),
    Public("isu-q1", _ISU, "b82_isu", "b82_isu", "    q1 = activate(s1);", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=82),
    Public("isu-s2", _ISU, "b82_isu", "b82_isu", "    s2 = W2*[1; q1];", ((C,),),
           (Twin("value", "z2[0]", ("b2[0]*1 + W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=82,
           why="W2 = [0.5 4 -2]: the bias against the constant 1, then the weights"),
    Public("isu-q2", _ISU, "b82_isu", "b82_isu", "    q2 = activate(s2);", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=82),
    Public("isu-del2", _ISU, "b82_isu", "b82_isu", "    del2 = (u-q2)*q2*(1-q2);", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", (_M2,)),), batch=82,
           why="the output's delta, -dE/ds2, judged as a value"),
    Public("isu-z1", _ISU, "b82_isu", "b82_isu", "%     z1 = W2(2:end) .* del2;", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]", (f"W2[0,{{j}}]*{_M2}",), _J2),), batch=82,
           why="a commented line: the error sent back to the hidden outputs, -dE/dq1, a value"),
    Public("isu-del11", _ISU, "b82_isu", "b82_isu", "%     del11 = q11*(1 - q11)*z1(1);", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])",
                 (f"a1[0]*(1 - a1[0])*W2[0,0]*{_M2}",)),), batch=82),
    Public("isu-del12", _ISU, "b82_isu", "b82_isu", "%     del12 = q12*(1 - q12)*z1(2);", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,1]*a1[1]*(1 - a1[1])",
                 (f"a1[1]*(1 - a1[1])*W2[0,1]*{_M2}",)),), batch=82),
    # ---- mistnet's gradients: R's name = function(args){ ... } over several lines, a local s ---------------------
    Public("dh-ce", _DH, "b82_dh", "b82_dh",
           "crossEntropyGrad = function(y, yhat){\n  - ((y / yhat) - (1 - y) / (1 - yhat))\n}", ((C,),),
           (Twin("value", "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))", ("-((y[0]/a1[0]) - (1 - y[0])/(1 - a1[0]))",)),),
           batch=82, why="the cross-entropy's derivative by the prediction yhat, a value"),
    Public("dh-sig", _DH, "b82_dh", "b82_dh", "sigmoidGrad = function(x){\n  s = sigmoid(x)\n  s * (1 - s)\n}",
           ((C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", _SIG1, (_SIG1,))), batch=82,
           why="s the sigmoid at x, then the function's value, the sigmoid's derivative at x"),
    # ---- outputDeltas: MATLAB's .* and ones(size(...)), a line without its newline at the file's end ------------
    Public("jm-sigderiv", _JM, "b82_jm", "b82_jm", "  sigmoidDeriv = output .* (ones(size(output)) - output);",
           ((C,),), (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=82,
           why="the output units' da/dnet, which the notation names, judged as a value"),
    Public("jm-deltas", _JM, "b82_jm", "b82_jm", "  deltas = 2 * (target - output) .* sigmoidDeriv;", ((C,),),
           (Twin("value", "-2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                 ("2*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=82,
           why="the output units' deltas, -dE/dnet of E = sum (target - output)^2"),
    # ---- the XOR README: a code block's steps with • (U+2022) for the product, \[ ... \] displays, one wrapped in
    # $$ ... $$ as well; the loss the mean squared error, the delta Rumelhart's (of half the squared error) -------
    Public("xr-h-input", _XOR, "b82_xor", "b82_xor_fw", "        h_input = X • W1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J4),), batch=82,
           why="\"Step 1: Compute input to hidden layer\", rows as samples"),
    Public("xr-h-output", _XOR, "b82_xor", "b82_xor_fw", "        h_output = sigmoid(h_input)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J4),), batch=82),
    Public("xr-o-input", _XOR, "b82_xor", "b82_xor_fw", "        o_input = h_output • W2", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + a1[3]*W2[0,3]",)),), batch=82),
    Public("xr-o-output", _XOR, "b82_xor", "b82_xor_fw", "        o_output = sigmoid(o_input)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=82),
    Public("xr-loss", _XOR, "b82_xor", "b82_xor_fw", "\\[ \\text{Loss} = \\frac{1}{n} \\sum (y - \\hat{y})^2 \\]",
           ((C,),), (Twin("value", "(y[0] - a2[0])**2", ("(1/1)*(y[0] - a2[0])**2",)),), batch=82,
           why="\"We use Mean Squared Error\", n samples (one)"),
    Public("xr-delta-out", _XOR, "b82_xor", "b82_xor_out",
           "$$ \\[ \\delta_j = o_j (1 - o_j) (t_j - o_j) \\] $$", ((W,),),
           (Twin("value", f"{_X2}", ("a2[{j}]*(1 - a2[{j}])*(y[{j}] - a2[{j}])",), _J1),), batch=82,
           why="\"Output Layer Delta\": (t - o) o (1 - o) is -dE/dnet of Rumelhart's E = 1/2 sum (t - o)^2; of the "
               "page's loss, the mean squared error (y - y hat)^2 of one sample, -dL/dnet is twice it"),
    Public("xr-delta-hid", _XOR, "b82_xor", "b82_xor_hid",
           "\\[ \\delta_j = o_j (1 - o_j) \\sum_k w_{jk} \\delta_k \\]", ((C,),),
           (Twin("value", f"{_X2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                 (f"a1[{{j}}]*(1 - a1[{{j}}])*W2[0,{{j}}]*{_X2}",), _J4),), batch=82,
           why="\"Hidden Layer Delta\", j a hidden unit, k the output"),
    Public("xr-update", _XOR, "b82_xor", "b82_xor_out",
           "\\[ W = W + \\eta \\cdot \\delta \\cdot \\text{input}^T \\]", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_X2}*a1[{{j}}]",), _J4),), batch=82,
           why="\"Weight Update Rule\", for the output layer's W (its input the hidden outputs)"),
]
