r"""Batch 165 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on the languages the set
has least: Julia, R, MATLAB, Lua/Torch and TypeScript written by hand; every address a stored file whose repository the
index does not name): a Julia file training a 2-3-2 network (stored file 65775320668: delta4 = @. a4 * (1 - a4) * (a4 -
y_train), W2 .-= eta * delta2 * x_train', three layers), a Julia XOR script in base Julia (stored file 57977584667: d2 =
(a2 .- Y) .* a2 .* (1 .- a2), two in-place steps on one line joined by ;, sum(d1, dims = 2), trailing # comments), an R
script commented in Chinese (stored file 41942201769: one sample (0.5, 0.8) with target 0.6, sigmoid_derivative of the
outputs, deltas added back with the rate), an R XOR script commented in Portuguese (stored file 40049868526: a tanh MLP
whose tanh_derivative is taken of the outputs), an R iris script (stored file 41601532894: ReLU hidden units, softmax
outputs, the mean squared error, colSums for the biases), a MATLAB function backpropdemo2a (stored file 5150352561:
Hagan's sensitivities S2= -2*D2*e, S1= D1*W2'*S2 with D2 = eye(s2) and D1 = diag(1-a1.^2), W2=W2-h*S2*a1'), a Lua/Torch
script (stored file 27225400975: local, :cmul and :t(), network.weights_hidden_output) and a TypeScript steps file
walking Mazur's example (stored file 25281835440: $$ formulas in template strings, w_5^{new}, a sum over k, three steps
in one display separated by \\). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded; the TypeScript template strings taken as the strings' values, one backslash, \\ a line break), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: code deltas that are -dE/dz written "-grad(z2[:]).T" where the updates add them, gradients "grad(z2[:])"
where they subtract them, transposed where the samples are rows; the Julia 2-3-2 file's layers counted from its input's
1, a2, a3, a4 and W2, W3, W4 the network's layers 1, 2, 3; helpers declared "sigmoid' at output" where they compute
x (1 - x) of what they are given and "tanh' at input" for the Portuguese script's tanh_derivative, whose body is
(2/(exp(x) + exp(-x)))^2 with its first factor mistyped; the Portuguese train_mlp's argument output holding the
targets and its hidden_layer_input the hidden OUTPUTS, as the function computes them; MATLAB's D2 the identity and D1
the diagonal of 1 - a1.^2; the TypeScript page's Mazur names, out_k and net_k with k an index), a network of the kind
the page describes (with the page's numbers where it gives them: the Chinese script's x = (0.5, 0.8), y = 0.6 and rate
0.1; Mazur's network for the TypeScript steps, with the page's inputs (0.05, 0.10), targets (0.01, 0.99) and eta 0.5;
the rates the files write, 0.05, 1.0, 0.1, 0.1, .1 and 0.01; all in tests/public_formulas_batch165_tables.py), and its
true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. A code's error or delta (error, output_error, output_delta, hidden_error, hidden_delta where they are -dE/dz or
-dE/da, e), a loss's definition (E_{o1}, E_{total}) and a gradient by the hidden outputs (hidden_error) are twinned as
values, as in batches 14 to 164. Formulas keep their page's delimiters and what surrounds them on their line (a code
line's indentation and trailing # comment, Lua's local, MATLAB's closing ;); what was left out is said in the entry's
why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 165

The batch: 55 formulas from 8 addresses (the Julia 2-3-2 file 8, the Julia XOR script 4, the Chinese R script 8, the
Portuguese R script 6, the R iris script 8, the MATLAB function 7, the Lua/Torch script 7, the TypeScript steps 7). 7
are in strings that hold LaTeX (the TypeScript steps' $$ displays), 48 in code (Julia 12, R 22, MATLAB 7, Lua 7). By
kind: 15 values (errors, code deltas that are -dE/dz or -dE/da, gradients by the hidden outputs, the loss and
its half), 11 deltas by the sums (gradient_z), 2 gradients of weights (the TypeScript chains: code folds its gradients
into its steps) and 27 updates (with a rate in every one; the Julia XOR lines hold two each, the TypeScript displays
three and two).

5 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Portuguese R script's rp-od, output_delta <- output_error * tanh_derivative(output_layer): tanh_derivative(x)
  is tanh's derivative at x (sech^2 x), taken of the output a2 = tanh(z2): 1 - tanh(a2)^2, not the unit's slope
  1 - a2^2;
- the Portuguese R script's rp-hd, hidden_delta <- hidden_error * tanh_derivative(hidden_layer_input): the same slip
  at the hidden layer (hidden_layer_input holds tanh of the product, the hidden outputs);
- the R iris script's ri-od, output_delta <- output_error * output_layer_output * (1 - output_layer_output): the
  sigmoid's slope where the output is a softmax (its Jacobian couples the outputs), and the mean's 2/3 missing under
  loss <- mean((output_layer_output - y_train)^2);
- the R iris script's ri-hd, hidden_delta <- hidden_error * hidden_layer_output * (1 - hidden_layer_output): the
  sigmoid's slope where the hidden units are ReLUs (hidden_layer_output <- relu(hidden_layer_input));
- the Lua/Torch script's lu-od, local output_delta = output_error:cmul(final_output:cmul(1 - final_output)): under its
  mean_squared_error (torch.pow(target - prediction, 2):mean(), one output) the factor 2 is missing.

Not mistaken, though they look it: the lines after a wrong delta (rp-he, rp-w2, rp-w1, ri-he, ri-w2, ri-w1, ri-b2,
ri-b1, lu-he, lu-hd, lu-w2, lu-b2, lu-w1), right as written in the delta they name; the Chinese and Portuguese R
scripts' + steps (their deltas are -dE/dz); the Julia 2-3-2 file's delta4 = a4 (1 - a4) (a4 - y), half the squared
error's step, where its NN_2_3_2_loss reports an L2 norm of the samples' norms (a report, not the step's loss); the
Julia XOR script's lr = 1.0 and sum(d2) over one sample; MATLAB's S2= -2*D2*e, the sse's gradient with purelin's
identity derivative; the Lua script's in-place :cmul, which overwrites final_output and hidden_output when the script
runs (hidden_output:t() in the step is then h (1 - h): a slip of Torch's semantics, not of the formulas' values, which
read the names as the forward pass sets them); the TypeScript steps' "...etc" after two of the four hidden steps.

What was left out: the Julia 2-3-2 file's b3 .-= eta * delta3 (the ninth of its lines, over the ~8 a file gives), its
forward pass and its loss; the Julia XOR script's forward lines; the Chinese R script's forward lines and cat output;
the Portuguese script's forward pass, predict_mlp and its breast-cancer part (no formula); the R iris script's loss
(a definition beside the six lines of its backward pass and two of its steps, the file's ninth) and its softmax
predictions (softmax at the hidden layer there, a slip outside the training); MATLAB's sse=sum(e.^2) and
D1=diag(1-a1.^2) (a matrix defined, not a claim) and D2=eye(s2); the Lua script's mean_squared_error body (a return
line) and its example usage (training_data written twice, target_data never set: slips no formula shows); the
TypeScript steps' forward formulas (net_{h1} ... out_{o2}, values with no derivative). Pages read and not taken:
a Julia theta file with bias columns (stored files 44039859509 and 43841103937: (θ2'*δ3)[2:end], Ng's Octave layout no
notation names), Octave ex4 copies (stored files 39851499835, 19787663091, 37351294391, 46020230442, 48111878641: bias
columns), R scripts with softmax hidden layers or weight decay (stored files 42308664051, 5885677606), a Lua network
whose two hidden units share weights (MrLolegic/LuaStuff, an earlier batch's), and repositories earlier batches used
(Wkalmar's F# network, geloganu's Fortran perceptron, r0fls/luann, edassum/perceptron-to-transformer).

Collected on 2026-12-07 (19:48 to 19:56 by the machine's clock, the oracle's run included). Every notation was loaded
(notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula: all 8
loaded as first written. The oracle's first run passed every verdict as first transcribed (55 entries and the batch's
two checks).

Run blind at main 83a5274 (/work/READY_FOR_BLIND62; src/ as at 83a5274; the branch already stood on it, so the
rebase changed nothing), with nothing under src/ changed. The first and only run (/work/batch165_blind.txt): 46 of 55
read with every verdict right (84%), 9 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA
CALLED CORRECT. No refusal was a slip of the twins; the one that touches a notation (ml-s1: its D1 given the meaning
diag(1 - a1[:]**2), which load_notation accepted and the reader refuses, the notation's meanings having no diagonal
matrix) has no other spelling a teacher could write under docs/notation.md, so the batch was run once.
tests/test_public_formulas_held_out.py -k "b165-" passed after the run (110: the oracle's and check's
never-wrong-called-correct test for each entry).

Of the 5 mistaken formulas, 4 were read with their wrong member called wrong: rp-od and rp-hd (tanh_derivative, tanh's
derivative at its argument, taken of the outputs), ri-od (the sigmoid's slope for a softmax output under the mean
squared error), ri-hd (the sigmoid's slope for ReLU hidden units); lu-od (the mean squared error's factor 2 missing) was
refused, at Lua's :cmul. By page: the Julia 2-3-2 file 7 of 8, the Julia XOR script 3 of 4, the Chinese R script 8 of
8, the Portuguese R script 6 of 6, the R iris script 8 of 8, the MATLAB function 6 of 7, the Lua/Torch script 2 of 7,
the TypeScript steps 6 of 7.

The refusals by construct, with the exact message:

- Lua's method calls with a colon (5: lu-od, lu-he, lu-hd, lu-w2, lu-w1): "formula 'output_delta =
  output_error:cmul(final_output:cmul(1 - fi...': unexpected at ':' (position 28)"; "formula 'hidden_error =
  network.weights_hidden_output:t() * output...': unexpected at ':' (position 45)"; "formula 'hidden_delta =
  hidden_error:cmul(hidden_output:cmul(1 - h...': unexpected at ':' (position 28)"; "formula
  'network.weights_hidden_output = network.weights_hidden_ou...': unexpected at ':' (position 109)" (at
  hidden_output:t()); "formula 'network.weights_input_hidden = network.weights_input_hidd...': unexpected at ':'
  (position 98)" (at input:t()). Torch's :cmul (the entrywise product) and :t() (the transpose) as Lua writes a
  method call; the same lines' local, network.weights_... and the plain steps (lu-oe, lu-b2) were read.
- Julia's @. macro before a whole expression (jn-d4): "formula 'delta4 = @. a4 * (1 - a4) * (a4 - y_train)':
  unexpected at '@' (position 10)".
- Julia's keyword argument dims = 2 in sum (jx-1, the second statement of its line): "formula 'b1 -= lr \\odot
  sum(d1, dims = 2)': the keyword argument dims= inside a call's arguments at '=' (position 32); write the call
  without it; an activation's derivative flag reads as deriv=True (or derivative=True, or the flag alone, f(x,
  True))" (the line's W1 .-= lr .* (d1 * X') and jx-2's sum(d2) were read).
- a derivative matrix named in the notation (ml-s1, S1= D1*W2'*S2): "formula "S1= D1*W2'*S2": D_{1}: 'D1' means
  'diag(1 - a1[:]**2)' (no placeholders): Abs, ELU, GELU, Heaviside, LeakyReLU, ReLU, ReLu, Relu, SiLU, Sigmoid,
  Softplus, Sum, clip, elu, erf, exp, gelu, identity, leaky_relu, log, logistic, relu, sgm, sigm, sigmoid, silu,
  softplus, sqrt, swish, tanh" (the meaning's diag is not among the functions a meaning may call; D2 = "1", the
  identity, was read in S2= -2*D2*e).
- "...etc" closing a display of steps (ts-u12, after its second \\): "formula '\\ldots etc': has a product with an
  ellipsis (\dots) check cannot read: an ellipsis needs written terms before it and one term after it; write
  \prod_{i=1}^{n} a_i (its bounds numbers or the notation's letters)".

Read, among the constructs these pages brought: Julia's .* .- .-= broadcasts, the adjoint ', three layers counted from
the input's 1 (a2, a3, a4), two in-place steps on one line joined by ;, trailing # comments; R's <- and %*%, t(),
colSums, a sigmoid_derivative of the outputs, a tanh_derivative declared at its argument and taken of the outputs (both
slips called wrong), the sigmoid's slope under a softmax output and ReLU hidden units (both called wrong); MATLAB's
statements without spaces around =, ; at the end, the adjoint ', D2 = "1"; Lua's local before a plain subtraction and a
step through network.biases_output; TypeScript template strings' $$ displays with w_5^{new}, a chain of three
factors, three steps in one display split at \\, a sum over k of juxtaposed factors in parentheses.

Which look general: Lua's colon method calls (Torch's :cmul, :t(), :mul and :add are how every Torch7 script writes
its backward pass), Julia's @. and keyword arguments such as dims = 2 (sum(d, dims = 2) is Julia's column sum in
every batched backward pass), and a named diagonal matrix as Hagan's textbook writes its derivative matrices
(F'(n) = diag(...), a notation meaning the loader accepts and the reader refuses: at least the loader could say so);
"...etc" after written steps is page-specific.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch165_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JN = _STORED.format(65775320668, "\"\"\"",
                     "a Julia file training a 2-3-2 network by hand-written backpropagation: NNlib.σ, broadcasting "
                     "with @. and .-=, docstrings")
_JX = _STORED.format(57977584667, "# XOR from scratch in base Julia \u2014 no packages, nothing hidden.",
                     "a Julia XOR script in base Julia: σ. broadcasts, two statements on a line joined by ;, "
                     "trailing # comments")
_RZ = _STORED.format(41942201769, "source(\"activation_function.R\")",
                     "an R script commented in Chinese: one sample through a 2-3-1 sigmoid network, deltas added back")
_RP = _STORED.format(40049868526, "rm(list = ls())",
                     "an R XOR and breast-cancer script commented in Portuguese: a tanh MLP trained by hand")
_RI = _STORED.format(41601532894, "library(tidyverse)",
                     "an R iris script: ReLU hidden units, softmax outputs, the mean squared error, colSums for the "
                     "biases")
_ML = _STORED.format(5150352561, "%" * 75,
                     "a MATLAB function backpropdemo2a (\"Based on Example 4.3.4 with 2 layers\"): Hagan's "
                     "sensitivities S2, S1 with derivative matrices D2 = eye(s2), D1 = diag(1-a1.^2)")
_LU = _STORED.format(27225400975, "-- Define the neural network architecture",
                     "a Lua/Torch script: torch tensors, :cmul and :t(), a backward pass written by hand")
_TS = _STORED.format(25281835440, "import { Step, NNState } from '@/types';",
                     "a TypeScript steps file for a backpropagation walkthrough on Mazur's network: $$ formulas in "
                     "template strings beside the code that computes them")


def _rows(pairs):
    """A rule's rows from (parameter or target, member) pairs."""
    return tuple({"p": p, "m": m} for p, m in pairs)


# ---- the Julia 2-3-2 file: 2-2-3-2 here as there (layers 1, 2, 3 = the page's 2, 3, 4), sigmoid, half squared error
def _jn_d3(k):
    return f"(a3[{k}] - y[{k}])*a3[{k}]*(1 - a3[{k}])"


def _jn_d2(j):
    return f"a2[{j}]*(1 - a2[{j}])*(" + " + ".join(f"W3[{k},{j}]*{_jn_d3(k)}" for k in range(2)) + ")"


def _jn_d1(i):
    return f"a1[{i}]*(1 - a1[{i}])*(" + " + ".join(f"W2[{j},{i}]*{_jn_d2(j)}" for j in range(3)) + ")"


# ---- the Julia XOR script: 2-3-1 sigmoid, half squared error
_JX_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _jx_d1(j):
    return f"W2[0,{j}]*{_JX_D2}*a1[{j}]*(1 - a1[{j}])"


# ---- the Chinese R script: 2-3-1 sigmoid, half squared error (dE/dz2, dE/dz1[j])
_RZ_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _rz_d1(j):
    return f"{_RZ_D2}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


# ---- the Portuguese R script: 2-3-1 tanh, half squared error
_RP_D2 = "(a2[0] - y[0])*(1 - a2[0]**2)"


def _rp_d1(j):
    return f"{_RP_D2}*W2[0,{j}]*(1 - a1[{j}]**2)"


# ---- the R iris script: 4-3-3, ReLU hidden, softmax outputs, the mean squared error over the 3 outputs
def _ri_g2(k):
    return "(" + " + ".join(f"2*(a2[{m}] - y[{m}])/3*a2[{m}]*({int(m == k)} - a2[{k}])" for m in range(3)) + ")"


def _ri_ga1(j):
    return "(" + " + ".join(f"W2[{k},{j}]*{_ri_g2(k)}" for k in range(3)) + ")"


def _ri_g1(j):
    return f"{_ri_ga1(j)}*Heaviside(z1[{j}])"


# ---- the MATLAB backpropdemo2a: 2-4-2, tansig hidden, purelin outputs, the squared error (sse)
def _ml_g2(k):
    return f"(-2*(y[{k}] - a2[{k}]))"


def _ml_g1(j):
    return f"(1 - a1[{j}]**2)*(" + " + ".join(f"W2[{k},{j}]*{_ml_g2(k)}" for k in range(2)) + ")"


# ---- the Lua/Torch script: 3-5-1 sigmoid, the mean squared error of one output
_LU_G2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _lu_g1(j):
    return f"W2[0,{j}]*{_LU_G2}*a1[{j}]*(1 - a1[{j}])"


# ---- Mazur's network (the TypeScript steps): the output deltas and the first hidden unit's
_MZ_D = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")
_MZ_H1 = f"({_MZ_D[0]}*W2[0,0] + {_MZ_D[1]}*W2[1,0])*a1[0]*(1 - a1[0])"

_K2 = range(2)
_K3 = range(3)
_J3 = range(3)
_J4 = range(4)
_J5 = range(5)


ENTRIES = [
    # ---- the Julia 2-3-2 file's train_NN_2_3_2 (eight-space indentation): @. on a whole line, .* and .- broadcasts,
    # the adjoint ', in-place .-= steps with eta -------------------------------------------------------------------
    Public("c65-jn-d4", _JN, "b165_jn", "b165_jn", "        delta4 = @. a4 * (1 - a4) * (a4 - y_train)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z3[{k}]", _jn_d3(k)) for k in _K2)),), batch=165,
           why="the output sums' gradient under half the squared error; @. broadcasts every operation of the line"),
    Public("c65-jn-d3", _JN, "b165_jn", "b165_jn", "        delta3 = a3 .* (1 .- a3) .* (W4' * delta4)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z2[{j}]", _jn_d2(j)) for j in _J3)),), batch=165,
           why="the second hidden layer's (the page's a3, 3 units): W4' the adjoint of the output-first weights"),
    Public("c65-jn-d2", _JN, "b165_jn", "b165_jn", "        delta2 = a2 .* (1 .- a2) .* (W3' * delta3)", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{i}]", _jn_d1(i)) for i in _K2)),), batch=165),
    Public("c65-jn-w2", _JN, "b165_jn", "b165_jn", "        W2 .-= eta * delta2 * x_train'", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{i},{p}]", f"W1[{i},{p}] - eta*{_jn_d1(i)}*x[{p}]")
                                                  for i in _K2 for p in _K2)),), batch=165,
           why="the page's W2, the first layer's weights; .-= the in-place step"),
    Public("c65-jn-w3", _JN, "b165_jn", "b165_jn", "        W3 .-= eta * delta3 * a2'", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W2[{j},{i}]", f"W2[{j},{i}] - eta*{_jn_d2(j)}*a1[{i}]")
                                                  for j in _J3 for i in _K2)),), batch=165),
    Public("c65-jn-w4", _JN, "b165_jn", "b165_jn", "        W4 .-= eta * delta4 * a3'", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W3[{k},{j}]", f"W3[{k},{j}] - eta*{_jn_d3(k)}*a2[{j}]")
                                                  for k in _K2 for j in _J3)),), batch=165),
    Public("c65-jn-b2", _JN, "b165_jn", "b165_jn", "        b2 .-= eta * delta2", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"b1[{i}]", f"b1[{i}] - eta*{_jn_d1(i)}") for i in _K2)),),
           batch=165),
    Public("c65-jn-b4", _JN, "b165_jn", "b165_jn", "        b4 .-= eta * delta4", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"b3[{k}]", f"b3[{k}] - eta*{_jn_d3(k)}") for k in _K2)),),
           batch=165),
    # ---- the Julia XOR script (four-space indentation): .- and .* broadcasts, the adjoint ', two in-place steps on
    # one line joined by ;, sum(d1, dims = 2), trailing # comments ----------------------------------------------------
    Public("c65-jx-d2", _JX, "b165_jx", "b165_jx",
           "    d2 = (a2 .- Y) .* a2 .* (1 .- a2)            # how wrong the output is", ((C,),),
           (Twin("gradient_z", "z2[0]", (_JX_D2,)),), batch=165,
           why="the output sum's gradient under half the squared error"),
    Public("c65-jx-d1", _JX, "b165_jx", "b165_jx",
           "    d1 = (W2' * d2) .* a1 .* (1 .- a1)           # push that error back a layer", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{j}]", _jx_d1(j)) for j in _J3)),), batch=165),
    Public("c65-jx-2", _JX, "b165_jx", "b165_jx", "    W2 .-= lr .* (d2 * a1');  b2 .-= lr .* sum(d2)", ((C,), (C,)),
           (Twin("update", "{p}", ("{m}",), _rows((f"W2[0,{j}]", f"W2[0,{j}] - eta*{_JX_D2}*a1[{j}]") for j in _J3)),
            Twin("update", "b2[0]", (f"b2[0] - eta*{_JX_D2}",))), batch=165,
           why="two steps on one line, joined by ;: sum(d2) over the samples (one)"),
    Public("c65-jx-1", _JX, "b165_jx", "b165_jx", "    W1 .-= lr .* (d1 * X');   b1 .-= lr .* sum(d1, dims = 2)",
           ((C,), (C,)),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_jx_d1(j)}*x[{i}]")
                                                  for j in _J3 for i in _K2)),
            Twin("update", "{p}", ("{m}",), _rows((f"b1[{j}]", f"b1[{j}] - eta*{_jx_d1(j)}") for j in _J3))),
           batch=165, why="sum(d1, dims = 2) sums the columns, the samples (one)"),
    # ---- the Chinese R script (two-space indentation): R's <- and %*%, t(), a sigmoid_derivative of the outputs,
    # the code's deltas (-dE/dz) added back with the rate -------------------------------------------------------
    Public("c65-rz-err", _RZ, "b165_rz", "b165_rz", "  error <- target_output - output_layer_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=165,
           why="the output's error, target minus output, a value"),
    Public("c65-rz-od", _RZ, "b165_rz", "b165_rz", "  output_delta <- error * sigmoid_derivative(output_layer_output)",
           ((C,),), (Twin("value", f"-{_RZ_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=165,
           why="the code's delta (-dE/dz2), a value; sigmoid_derivative(x) = x (1 - x) taken of the output"),
    Public("c65-rz-he", _RZ, "b165_rz", "b165_rz", "  hidden_error <- output_delta %*% t(weights_hidden_output)",
           ((C,),), (Twin("value", "{p}", ("{m}",), _rows((f"-({_RZ_D2}*W2[0,{j}])",
                                                           f"(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]")
                                                          for j in _J3)),), batch=165,
           why="-dE/d(hidden output j), a value: the row times the input-first weights transposed"),
    Public("c65-rz-hd", _RZ, "b165_rz", "b165_rz",
           "  hidden_delta <- hidden_error * sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"-({_rz_d1(j)})",
                                                  f"(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])")
                                                 for j in _J3)),), batch=165),
    Public("c65-rz-w2", _RZ, "b165_rz", "b165_rz",
           "  weights_hidden_output <- weights_hidden_output + learning_rate * t(hidden_layer_output) %*% output_delta",
           ((C,),), (Twin("update", "{p}", ("{m}",), _rows((f"W2[0,{j}]", f"W2[0,{j}] - eta*{_RZ_D2}*a1[{j}]")
                                                           for j in _J3)),), batch=165,
           why="+ with the code's delta (-dE/dz): the gradient step"),
    Public("c65-rz-w1", _RZ, "b165_rz", "b165_rz",
           "  weights_input_hidden <- weights_input_hidden + learning_rate * t(input_data) %*% hidden_delta", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_rz_d1(j)}*x[{i}]")
                                                  for j in _J3 for i in _K2)),), batch=165),
    Public("c65-rz-b2", _RZ, "b165_rz", "b165_rz", "  bias_output <- bias_output + learning_rate * output_delta",
           ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_RZ_D2}",)),), batch=165),
    Public("c65-rz-b1", _RZ, "b165_rz", "b165_rz", "  bias_hidden <- bias_hidden + learning_rate * hidden_delta",
           ((C,),), (Twin("update", "{p}", ("{m}",), _rows((f"b1[{j}]", f"b1[{j}] - eta*{_rz_d1(j)}")
                                                           for j in _J3)),), batch=165),
    # ---- the Portuguese R script's train_mlp (four-space indentation): tanh layers, tanh_derivative taken of the
    # OUTPUTS where it is tanh's derivative at its argument: two slips -----------------------------------------------
    Public("c65-rp-oe", _RP, "b165_rp", "b165_rp", "    output_error <- output - output_layer", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=165,
           why="output the function's argument holding the targets; target minus output, a value"),
    Public("c65-rp-od", _RP, "b165_rp", "b165_rp", "    output_delta <- output_error * tanh_derivative(output_layer)",
           ((W,),), (Twin("value", f"-{_RP_D2}", ("(y[0] - a2[0])*(1 - tanh(a2[0])**2)",)),), batch=165,
           why="tanh_derivative(x) is tanh's derivative at x (sech^2 x, its body's 2/(exp(x) + exp(-x)) squared), "
               "taken here of the output: tanh'(a2) = 1 - tanh(a2)^2, not the unit's slope 1 - a2^2 (the code's "
               "slip)"),
    Public("c65-rp-he", _RP, "b165_rp", "b165_rp", "    hidden_error <- output_delta %*% t(output_weights)", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"-({_RP_D2}*W2[0,{j}])", f"(y[0] - a2[0])*(1 - a2[0]**2)*W2[0,{j}]")
                                                 for j in _J3)),), batch=165,
           why="output_delta the code's delta (-dE/dz2), as named: right as written in it"),
    Public("c65-rp-hd", _RP, "b165_rp", "b165_rp",
           "    hidden_delta <- hidden_error * tanh_derivative(hidden_layer_input)", ((W,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"-({_rp_d1(j)})",
                                                  f"(y[0] - a2[0])*(1 - a2[0]**2)*W2[0,{j}]*(1 - tanh(a1[{j}])**2)")
                                                 for j in _J3)),), batch=165,
           why="hidden_layer_input holds the hidden OUTPUTS (tanh of the product): tanh_derivative of them is "
               "1 - tanh(a1)^2, not the slope 1 - a1^2 (the same slip)"),
    Public("c65-rp-w2", _RP, "b165_rp", "b165_rp",
           "    output_weights <- output_weights + t(hidden_layer_input) %*% output_delta * learning_rate", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W2[0,{j}]", f"W2[0,{j}] - eta*{_RP_D2}*a1[{j}]") for j in _J3)),),
           batch=165, why="the code's delta as named: right as written in it; the rate after the product"),
    Public("c65-rp-w1", _RP, "b165_rp", "b165_rp",
           "    hidden_weights <- hidden_weights + t(input) %*% hidden_delta * learning_rate", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_rp_d1(j)}*x[{i}]")
                                                  for j in _J3 for i in _K2)),), batch=165),
    # ---- the R iris script (two-space indentation): the sigmoid's slope written for a softmax output and a ReLU
    # hidden layer under the mean squared error: two slips; colSums for the biases -----------------------------------
    Public("c65-ri-oe", _RI, "b165_ri", "b165_ri", "  output_error <- output_layer_output - y_train", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"a2[{k}] - y[{k}]", f"a2[{k}] - y[{k}]") for k in _K3)),),
           batch=165, why="output minus target, a value"),
    Public("c65-ri-od", _RI, "b165_ri", "b165_ri",
           "  output_delta <- output_error * output_layer_output * (1 - output_layer_output)", ((W,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z2[{k}]", f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])")
                                                      for k in _K3)),), batch=165,
           why="the sigmoid's slope o (1 - o) where the output is a softmax (whose Jacobian couples the outputs), and "
               "the mean's 2/3 missing: under loss <- mean((output - y)^2) the sums' gradient is the softmax Jacobian "
               "times 2 (o - y)/3 (the code's slip)"),
    Public("c65-ri-he", _RI, "b165_ri", "b165_ri", "  hidden_error <- output_delta %*% t(weights_hidden_output)",
           ((C,),), (Twin("value", "{p}", ("{m}",), _rows((_ri_ga1(j), _ri_ga1(j)) for j in _J3)),), batch=165,
           why="output_delta the output sums' gradient, as named: right as written in it"),
    Public("c65-ri-hd", _RI, "b165_ri", "b165_ri",
           "  hidden_delta <- hidden_error * hidden_layer_output * (1 - hidden_layer_output)", ((W,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{j}]", f"{_ri_ga1(j)}*a1[{j}]*(1 - a1[{j}])")
                                                      for j in _J3)),), batch=165,
           why="the sigmoid's slope h (1 - h) where the hidden units are ReLUs (hidden_layer_output <- "
               "relu(hidden_layer_input)): the slope is 1 where the sum is positive, 0 elsewhere (the code's slip)"),
    Public("c65-ri-w2", _RI, "b165_ri", "b165_ri",
           "  weights_hidden_output <- weights_hidden_output - learning_rate * t(hidden_layer_output) %*% output_delta",
           ((C,),), (Twin("update", "{p}", ("{m}",), _rows((f"W2[{k},{j}]", f"W2[{k},{j}] - eta*a1[{j}]*{_ri_g2(k)}")
                                                           for k in _K3 for j in _J3)),), batch=165,
           why="output_delta as named: right as written in it"),
    Public("c65-ri-w1", _RI, "b165_ri", "b165_ri",
           "  weights_input_hidden <- weights_input_hidden - learning_rate * t(x_train) %*% hidden_delta", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*x[{i}]*{_ri_g1(j)}")
                                                  for j in _J3 for i in range(4))),), batch=165),
    Public("c65-ri-b2", _RI, "b165_ri", "b165_ri",
           "  bias_output <- bias_output - learning_rate * colSums(output_delta)",
           ((C,),), (Twin("update", "{p}", ("{m}",), _rows((f"b2[{k}]", f"b2[{k}] - eta*{_ri_g2(k)}") for k in _K3)),),
           batch=165, why="colSums over the samples (rows)"),
    Public("c65-ri-b1", _RI, "b165_ri", "b165_ri",
           "  bias_hidden <- bias_hidden - learning_rate * colSums(hidden_delta)",
           ((C,),), (Twin("update", "{p}", ("{m}",), _rows((f"b1[{j}]", f"b1[{j}] - eta*{_ri_g1(j)}") for j in _J3)),),
           batch=165),
    # ---- the MATLAB backpropdemo2a (four-space indentation): Hagan's sensitivities with derivative matrices,
    # statements ended by ; and written without spaces around = -----------------------------------------------------
    Public("c65-ml-e", _ML, "b165_ml", "b165_ml", "    e=t-a2;", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"y[{k}] - a2[{k}]", f"y[{k}] - a2[{k}]") for k in _K2)),),
           batch=165, why="the error, target minus output, a value"),
    Public("c65-ml-s2", _ML, "b165_ml", "b165_ml", "    S2= -2*D2*e;", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z2[{k}]", f"-2*1*(y[{k}] - a2[{k}])") for k in _K2)),),
           batch=165, why="the output sensitivity under sse: D2 = eye(s2), purelin's derivative matrix"),
    Public("c65-ml-s1", _ML, "b165_ml", "b165_ml", "    S1= D1*W2'*S2;", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{j}]", _ml_g1(j)) for j in _J4)),), batch=165,
           why="D1 = diag(1-a1.^2), tansig's derivative matrix (the line before), times W2 transposed and S2"),
    Public("c65-ml-w2", _ML, "b165_ml", "b165_ml", "    W2=W2-h*S2*a1';", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W2[{k},{j}]", f"W2[{k},{j}] - eta*{_ml_g2(k)}*a1[{j}]")
                                                  for k in _K2 for j in _J4)),), batch=165, why="h = .1 the rate"),
    Public("c65-ml-b2", _ML, "b165_ml", "b165_ml", "    b2=b2-h*S2;", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"b2[{k}]", f"b2[{k}] - eta*{_ml_g2(k)}") for k in _K2)),),
           batch=165),
    Public("c65-ml-w1", _ML, "b165_ml", "b165_ml", "    W1=W1-h*S1*p';", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_ml_g1(j)}*x[{i}]")
                                                  for j in _J4 for i in _K2)),), batch=165),
    Public("c65-ml-b1", _ML, "b165_ml", "b165_ml", "    b1=b1-h*S1;", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"b1[{j}]", f"b1[{j}] - eta*{_ml_g1(j)}") for j in _J4)),),
           batch=165),
    # ---- the Lua/Torch script's backward_pass (four-space indentation): local, :cmul and :t(), the mean squared
    # error's factor 2 missing from the output delta ----------------------------------------------------------------
    Public("c65-lu-oe", _LU, "b165_lu", "b165_lu", "    local output_error = final_output - target", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=165, why="output minus target, a value"),
    Public("c65-lu-od", _LU, "b165_lu", "b165_lu",
           "    local output_delta = output_error:cmul(final_output:cmul(1 - final_output))", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=165,
           why="under the script's mean_squared_error (torch.pow(target - prediction, 2):mean(), one output) the sum's "
               "gradient is 2 (o - t) o (1 - o): the factor 2 is missing (the code's slip; :cmul the entrywise "
               "product, in place in Torch, which the formula's value does not change)"),
    Public("c65-lu-he", _LU, "b165_lu", "b165_lu",
           "    local hidden_error = network.weights_hidden_output:t() * output_delta", ((C,),),
           (Twin("value", "{p}", ("{m}",), _rows((f"W2[0,{j}]*{_LU_G2}", f"W2[0,{j}]*{_LU_G2}") for j in _J5)),),
           batch=165, why="output_delta the output sum's gradient, as named: right as written in it"),
    Public("c65-lu-hd", _LU, "b165_lu", "b165_lu",
           "    local hidden_delta = hidden_error:cmul(hidden_output:cmul(1 - hidden_output))", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _rows((f"z1[{j}]", _lu_g1(j)) for j in _J5)),), batch=165),
    Public("c65-lu-w2", _LU, "b165_lu", "b165_lu",
           "    network.weights_hidden_output = network.weights_hidden_output - learning_rate * output_delta * "
           "hidden_output:t()", ((C,),),
           (Twin("update", "{p}", ("{m}",), _rows((f"W2[0,{j}]", f"W2[0,{j}] - eta*{_LU_G2}*a1[{j}]") for j in _J5)),),
           batch=165, why="output_delta as named; hidden_output:t() the row of hidden outputs (Torch's in-place "
                          ":cmul two lines above has overwritten it when the script runs: not the formula's value)"),
    Public("c65-lu-b2", _LU, "b165_lu", "b165_lu",
           "    network.biases_output = network.biases_output - learning_rate * output_delta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_LU_G2}",)),), batch=165),
    Public("c65-lu-w1", _LU, "b165_lu", "b165_lu",
           "    network.weights_input_hidden = network.weights_input_hidden - learning_rate *hidden_delta * input:t()",
           ((C,),), (Twin("update", "{p}", ("{m}",), _rows((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_lu_g1(j)}*x[{i}]")
                                                           for j in _J5 for i in _K3)),), batch=165,
           why="*hidden_delta with no space after the *, as written"),
    # ---- the TypeScript steps ($$ displays in template strings, taken as the strings' values: one backslash, \\ a
    # line break): Mazur's walkthrough with w_5^{new}, node deltas and a sum over k ------------------------------------
    Public("c65-ts-eo1", _TS, "b165_ts", "b165_ts", "$$E_{o1} = \\frac{1}{2}(target_{o1} - out_{o1})^2$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=165,
           why="the first output's half of the loss, a value"),
    Public("c65-ts-et", _TS, "b165_ts", "b165_ts", "$$E_{total} = E_{o1} + E_{o2}$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",
                 ("(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",)),), batch=165, why="the loss, a value"),
    Public("c65-ts-w5", _TS, "b165_ts", "b165_ts",
           "$$\\frac{\\partial E_{total}}{\\partial w_5} = \\frac{\\partial E_{total}}{\\partial out_{o1}} \\cdot "
           "\\frac{\\partial out_{o1}}{\\partial net_{o1}} \\cdot \\frac{\\partial net_{o1}}{\\partial w_5}$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_MZ_D[0]}*a1[0]",)),), batch=165, why="the chain rule of three factors"),
    Public("c65-ts-u5", _TS, "b165_ts", "b165_ts",
           "$$w_5^{new} = w_5 - \\eta \\cdot \\frac{\\partial E_{total}}{\\partial w_5}$$", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_MZ_D[0]}*a1[0]",)),), batch=165,
           why="w_5^{new} the new w_5, eta = 0.5 (\"here, 0.5\")"),
    Public("c65-ts-u678", _TS, "b165_ts", "b165_ts",
           "$$w_6^{new} = w_6 - \\eta \\cdot \\delta_{o1} \\cdot out_{h2} \\\\ w_7^{new} = w_7 - \\eta \\cdot "
           "\\delta_{o2} \\cdot out_{h1} \\\\ w_8^{new} = w_8 - \\eta \\cdot \\delta_{o2} \\cdot out_{h2}$$",
           ((C,), (C,), (C,)),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_MZ_D[0]}*a1[1]",)),
            Twin("update", "W2[1,0]", (f"W2[1,0] - eta*{_MZ_D[1]}*a1[0]",)),
            Twin("update", "W2[1,1]", (f"W2[1,1] - eta*{_MZ_D[1]}*a1[1]",))), batch=165,
           why="three steps in one display, \\\\ between them; delta_{o1}, delta_{o2} the node deltas dE_total/dnet "
               "(the code beside computes them so, dE_douto1 * douto1_dneto1)"),
    Public("c65-ts-w1", _TS, "b165_ts", "b165_ts",
           "$$\\frac{\\partial E_{total}}{\\partial w_1} = (\\sum_{k} \\frac{\\partial E_{total}}{\\partial out_k} "
           "\\frac{\\partial out_k}{\\partial net_k} \\frac{\\partial net_k}{\\partial out_{h1}}) \\cdot "
           "\\frac{\\partial out_{h1}}{\\partial net_{h1}} \\cdot \\frac{\\partial net_{h1}}{\\partial w_1}$$",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_MZ_H1}*x[0]",)),), batch=165,
           why="a sum over the outputs k of three factors by juxtaposition, in parentheses, then two more"),
    Public("c65-ts-u12", _TS, "b165_ts", "b165_ts",
           "$$w_1^{new} = w_1 - \\eta \\cdot \\delta_{h1} \\cdot i_1 \\\\ w_2^{new} = w_2 - \\eta \\cdot \\delta_{h1} "
           "\\cdot i_2 \\\\ ...etc$$", ((C,), (C,)),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_MZ_H1}*x[0]",)),
            Twin("update", "W1[0,1]", (f"W1[0,1] - eta*{_MZ_H1}*x[1]",))), batch=165,
           why="two steps and \"...etc\" after a third \\\\ (the rest, w_3 and w_4, left to the reader); delta_{h1} "
               "dE_total/dnet_{h1}"),
]
