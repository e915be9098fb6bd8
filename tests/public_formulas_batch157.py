r"""Batch 157 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on the less common
languages and environments: Julia, MATLAB and Octave, JavaScript without TensorFlow.js; every address a stored file
whose repository the index does not name), found by code searches in those languages and find_string on the code's
own words (sigmoid_prime.(, delhid = delhid.*, dgz_3 = a_3, W2 = 0.5*randn(2,2); W3 = ..., NN_BP_, .* sigmoid_prime(a,
const { sigmoid, sigmoid_derivative }), each stored file checked against /work/used_ids.txt and /work/used_urls.txt
and its formulas against the earlier batches' files (a copy of a used file under another id was not taken): a Julia
module Ch187Backprop (stored file 58715483271: Nielsen's BP1 ... BP4 in a docstring's backticks, delta^l = ((W^{l+1})'
* delta^{l+1}) .* sigma'(z^l), then grad_W[L] = delta * activations[L]' with the equation's label in a # comment), a
Julia port of Higham and Higham's netbp commented in German (stored file 9121909323: delta4 = a4.*(1 .-a4).*(a4-y[:,k]);
on a 2-2-3-2 network whose layers are named from 2), Netlab's mlpbkp.m (stored file 405197243: gw2 = z'*deltas;,
sum(deltas, 1), delhid = deltas*net.w2';), a MATLAB script on Mazur's example (stored file 13534285549: err_3, dgz_3,
delta_3, theta_2(:,1:end-1)' with the biases in the thetas' last columns, trailing % comments), a JavaScript Network
class on math.js (stored file 23115747952: const dW = math.multiply(delta, math.transpose(a_prev));,
math.subtract(..., math.multiply(learningRate, dW))), three one-line MATLAB functions of an MNIST script (stored files
4886643796, 5291477944, 5417731100: d__L = grad_a__L_CF .* AF_Prime_L;, d__l = (d__lp1*(w__lp1')) .* AF_Prime_l;,
dCbydw_jk_l = a_k_lm1 * d_j_l;), a Julia NeuralNetwork type (stored file 4581490967: delta[depth] = error_ .*
sigmoid_prime(a[depth]), a slip), an Octave script on handwritten Arabic digits (stored file 40852559144: cost = 0.5 *
sum(sum((y_true - y_pred) .^ 2)) / m;, delta3 = -(y_true - y_pred) .* sigmoid_prime(y_pred);) and a Julia MNIST script
after Nielsen on rows (stored file 37134618829: ∇w[length(∇w)] = transpose(δ * activations[length(activations)-1])).
Copied verbatim, typos and mistakes included (the stored files' text as read_file gives it, a line's indentation
kept; the Julia docstring's formulas taken as their backticked spans), each with the notation a teacher would write
for the file under shared/spec/notation.md (and docs/notation.md for what the product documents: the code's deltas
dE/dz where the updates subtract them; helpers "sigmoid' at output" where they take z .* (1 - z) of what they are
given, "sigmoid' at input" where they take sigmoid(x) (1 - sigmoid(x)); rows named whole, "x[:].T", input-first
matrices "W2[:, :].T"; a loop's names at the pass the loop makes on the batch's one-hidden-layer networks, one
notation for the output layer and one for the loop where a file reuses a name (Ch187's delta, Netlab's delhid, the
MNIST script's δ and sp), as batch 142 did; the German port's a2, W2, delta2 ... named as Higham's layers count them,
from the input's 1; Mazur's thetas never named, since they hold the biases in their last columns and the loader takes
no array section, theta_2(:,1:end-1), as a pattern), a network of the
kind the file describes (with the file's numbers where it gives them: the Mazur script's theta_1 = [0.15 .21 .35; 0.25
0.3 0.35], theta_2 = [0.4 0.45 0.55; 0.5 0.55 0.6], x = [0.05; 0.1], y = [0.01; 0.99], alpha = 0.5; the German
port's eta = 0.05 and 2-2-3-2 layers; the Octave script's alpha = 0.9; all in tests/public_formulas_batch157_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A code's delta, error, slope or back-propagated error (delta4, delhid, err_3, dgz_3, err_2, d__L, d__l,
error_, delta[depth], delta3, sp), a docstring's BP1 and a cost's definition (sse(i), cost) are twinned as values,
as in batches 14 to 156; BP2 as the hidden sums' gradient, as batch 143's rx-rec.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 157

The batch: 51 formulas from 11 addresses (Ch187Backprop 8, the German netbp port 8, Netlab's mlpbkp 5, the Mazur
MATLAB script 7, the JavaScript Network 4, NN_BP_1 1, NN_BP_2 1, NN_BP_4 1, the Julia NeuralNetwork 2, the Octave
script 8, the Julia MNIST script 6), all in code (Julia 24, 4 of them Markdown backticks in a docstring; MATLAB 15;
Octave 8; JavaScript 4). By kind: 23 values (deltas, errors, slopes, back-propagated errors, a docstring's BP1, two
costs), 1 gradient of a layer's sums (BP2), 19 gradients of weights and biases, 8 updates (every one with its rate
named: eta 5, learningRate 2, alpha 1).

1 is mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Julia NeuralNetwork's c157-jm-d, delta[depth] = error_ .* sigmoid_prime(a[depth]): the file's sigmoid_prime(x)
  = sigmoid(x) .* (1 - sigmoid(x)) is the slope at a sum, and the line gives it the output a[depth] (a sigmoid
  already): sigma'(a) where the slope is a (1 - a).

Not mistaken, though they look it: Ch187's delta^L = a^L - y, which its docstring says is for the linear output
(the network's); Netlab's gw2 = z'*deltas (deltas the gradient by the output sums, not by the outputs: the help text's
"summed inputs to the output units"); the Mazur script's err_2 = theta_2(:,1:end-1)'*delta_3 (the bias column dropped
before the product, as it should be) and its theta_1's .21 (Mazur's w2 is 0.20: the file's number, taken as the
network's); the Octave script's sigmoid_prime(z) = z .* (1 - z) applied to the outputs (right: the slope written of
the output); the JavaScript Network's first-layer lines (its updateWeights loop runs for layerIndex = L - 1 down to 1,
so on a network of two layers the output layer's weights are never updated: a slip of the loop's bounds, in no line
taken); the Julia MNIST script's "## TODO: FIX BACKPROP ADD SIGMOID PRIME" (its δ lines have the slope).

What was left out: Ch187's lines whose name holds two layers at once (delta = (net.weights[l + 1]' * delta) .*
sigmoid_prime(zs[l]), delta on both sides), its grad_b[l] (the same shape as grad_W[l]), its docstring's C = 1/2 ||a^L -
y||^2 and its numerical_gradient; the German port's b3 line (the same shape as b2's and b4's), its Cost, sigma, plots
and the commented-out least-squares lines; Netlab's delhid = delhid.*(1.0 - z.*z) (delhid on both sides, two
meanings) and its g = [gw1(:)', gb1, gw2(:)', gb2] (a packing); the Mazur script's dtheta_1, dtheta_2 and its updates
(the thetas with their bias columns, which no notation names) and its forward lines; the JavaScript's backward (the
output's delta a math.dotMultiply over four lines, the hidden loop's ad = z.map(([val]) => [sigmoid_derivative(val)])
with a sigmoid_derivative from a utils file not in the file, and the loop's const aliases); NN_BP_3 (not in the index)
and the MNIST script that calls them (cells of layers, W{c} updated through sum(Temp, 3)); the Julia NeuralNetwork's
hidden delta[j] = vec(delta[j+1]' * model.weights[j]') .* sigmoid_prime(a[j]) and its update (the weights hold bias
rows and columns, so no notation names them); the Octave script's other gradients and updates (the same shapes as those
taken); the Julia MNIST script's δ lines (cost(reshape(...,10),y) .* reshape(sp,size(sp)[2],1): sizes of 784-20-10
written in) and its update_mini_batch's network.weights - η * ∇w (lists of layers). Pages read and not taken: the
lixun Julia backpropagation (stored file 8527091167, a cross-entropy version of the file batch 112 took under another
id), a Ruby Backpropagation (stored file 600791827, a copy of batch 120's), Rodinia's Futhark backprop (stored file
28584563429, batch 120's under another id), Netlab's mlpbkp's other copies, Higham's netbp in Julia (stored file
1905283548: the same lines as the German port's, with an activate that returns 1 + exp(-z)), a Lua library (nn.lua
0.0.2: weights flattened to one index per layer), a Haskell module Neural (do-blocks with no equation), a Clojure
core.matrix network (forms over several lines), and files already used (an F# 11-line network, an OCaml and an Elixir
network, a Pascal Mazur program, a Fortran layer module, an R autoencoder).

Collected on 2026-12-07 (16:41 to 16:51 by the machine's clock, the oracle's run included). Every notation was
loaded (backprop.symbolic.notation_loading.load_notation, each with its network) before the oracle's run, without
judging a formula: of the 15 pairs, 13 loaded as first written; the Julia MNIST script's two notations named ∇b[...] and
∇w[...], which the loader refuses ("is not one symbol"), and were rewritten to name the arrays the gradients are of (as
batch 124's table did); the Mazur script's named theta_2(:,1:end-1), refused as an array section, and was left without
it; and the Mazur network's [data] was written as a flat list and fixed. The oracle's first run passed every verdict
as first transcribed (51 entries and the batch's two checks).

Run blind at main 0683604 (/work/READY_FOR_BLIND60; src/ as at 0683604; the branch already sat on it, so the rebase
changed nothing), with nothing under src/ changed. The first run (/work/batch157_blind.txt): 45 of 51 read with every
verdict right (88%), 6 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT.
No refusal was a slip of the notations or the twins (each is a construct of the page that the reader does not take, or
a name the loader does not let a notation give), so the batch was run once; tests/test_public_formulas_held_out.py
-k b157- passed after the rebase, check's never-wrong-called-correct test included.

The 1 mistaken formula was read with its wrong member called wrong: jm-d (sigmoid_prime, the slope at a sum, taken of
the output). By page: Ch187Backprop 6 of 8, the German netbp port 8 of 8, Netlab's mlpbkp 5 of 5, the Mazur MATLAB
script 6 of 7, the JavaScript Network 1 of 4, NN_BP_1 1 of 1, NN_BP_2 1 of 1, NN_BP_4 1 of 1, the Julia
NeuralNetwork 2 of 2, the Octave script 8 of 8, the Julia MNIST script 6 of 6.

The refusals by construct, with the exact message:

- a prime after a parenthesis as MATLAB's and Julia's transpose, (W^{l+1})' and (a^{l-1})', in Markdown backticks
  (Ch187's docstring; its code's activations[L]' after a name was read): ch-bp2, "formula "delta^l = ((W^{l+1})' *
  delta^{l+1}) \\odot sigma'(z^l)": (W^{l+1})': a prime on a parenthesis is read as the derivative by its one
  variable, the x of (...)'(x) or of a left side f'(x), and here which variable is meant is unclear; write
  \\frac{d}{dx}(W^{l+1}) with the variable you differentiate by in place of x"; ch-bp4, "formula "dC/dW^l = delta^l *
  (a^{l-1})'": (a^{l-1})': a prime on a parenthesis is read as the derivative by its one variable, ... write
  \\frac{d}{dx}(a^{l-1}) with the variable you differentiate by in place of x";
- an array section that drops a column, MATLAB's theta_2(:,1:end-1) (the bias column), which no notation can name
  either: mz-e2, "formula "err_2 = theta_2(:,1:end-1)'*delta_3": an array section in parentheses, Fortran's or
  MATLAB's a(:) or W(:, j), at ':' (position 17); check reads a section taking every index, a(:) or W(:, :), as the
  whole array where the notation gives the name alone its whole vector or matrix ("a" = "a2[:]", "W" =
  "W2[:, :]"), and W(:, j), W(j, :) of a weight matrix; write any other row's or column's entries with their indices,
  W(k, j)";
- math.js's matrix functions (math.multiply, math.subtract; math.transpose is never reached): js-dw, "formula 'dW =
  math.multiply(delta, math.transpose(a_prev))': math.multiply is not a function check reads at 'm' (position 6);
  write math.exp, math.log, math.sqrt, math.maximum(0, u), math.pow(u, 2) or an activation by its name, or name it in
  the notation's functions"; js-w and js-b, "formula 'this.weights[layerIndex - 1] = math.subtract(this.weights...':
  math.subtract is not a function check reads at 'm' (position 32); ..." (position 31 for this.biases).

Read, among the constructs these pages brought: Markdown backticks in a Julia docstring with ^ superscripts and
dC/db^l; Julia's .- and .* broadcasts, 1 .-a4 with the dot glued to the operand, ' after a name and after
X[:,k]; names reused by a loop (delta, delhid, δ, sp) through one notation per pass; Netlab's z'*deltas and sum(deltas,
1); err_3'*err_3 in a loss, trailing % comments and a ' ;' with a space; double underscores in MATLAB names (d__lp1,
grad_a__L_CF); sigmoid_prime of an output called wrong (jm-d); Octave's -(y_true - y_pred) .* sigmoid_prime(y_pred)
with the slope written of the output, sum(delta2, 2) / m; Julia's ∇b[length(∇b)] and ∇w[length(∇w)-l] with ∇ read as
the gradient of the array the table names, transpose(δ * activations[length(activations)-1]) and sigmoid_prime.(z).

Which look general: the prime as a transpose after a closing parenthesis (Julia and MATLAB write (W^{l+1})' and
(a^{l-1})' as often as W'; in a docstring's backticks as in code, where the formula has no function of one variable,
the transpose is the only reading of a prime on a matrix or a vector), and math.js's math.multiply, math.subtract and
math.transpose (JavaScript's usual matrix library, as NumPy's np.dot and np.subtract are for Python). Page-specific:
MATLAB's section that drops a bias column (a layout no notation names).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch157_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CH = _STORED.format(58715483271, "\"\"\"",
                     "a Julia module Ch187Backprop mirroring a Python and a Rust module: its docstring's equations BP1 to "
                     "BP4 in backticks, a backprop function on a sigmoid network with a linear output")
_DE = _STORED.format(9121909323, "using LinearAlgebra, PyPlot",
                     "a Julia port of Higham and Higham's netbp commented in German (Rückwärts (backpropagation), "
                     "Gradientenverfahren): a 2-2-3-2 sigmoid network")
_NL = _STORED.format(405197243, "function g = mlpbkp(net, x, z, deltas)",
                     "Netlab's mlpbkp.m (Ian T Nabney, 1996-2001): the MATLAB backpropagation of a 2-layer network's "
                     "gradient on rows, tanh hidden units")
_MZ = _STORED.format(13534285549, "clear;clc;close all",
                     "a MATLAB script on Mazur's 2-2-2 example: theta matrices with the biases in their last columns, "
                     "err_3, dgz_3, delta_3 and trailing % comments")
_JS = _STORED.format(23115747952, "const math = require('mathjs');",
                     "a JavaScript Network class on math.js: backward and updateWeights over layers, math.multiply, "
                     "math.transpose, math.subtract")
_B1 = _STORED.format(4886643796, "function [d__L] = NN_BP_1( grad_a__L_CF , AF_Prime_L )",
                     "a MATLAB function of an MNIST script's four backpropagation equations: the output layer's error")
_B2 = _STORED.format(5291477944, "function [d__l] = NN_BP_2( d__lp1 , AF_Prime_l , w__lp1 )",
                     "a MATLAB function of the same script's equations: the error propagated back one layer")
_B4 = _STORED.format(5417731100, "function [dCbydw_jk_l] = NN_BP_4( d_j_l , a_k_lm1)",
                     "a MATLAB function of the same script's equations: the weights' gradient")
_JM = _STORED.format(4581490967, "include(\"utils/utils.jl\")",
                     "a Julia NeuralNetwork type with train!: Dict-held layers, bias units in the weights, a "
                     "sigmoid_prime of the sums applied to the outputs")
_OC = _STORED.format(40852559144, "",
                     "an Octave script on the AHDBase digits (its first line empty, then %    @author): a 64-32-16-10 "
                     "sigmoid network on columns, sigmoid_prime(z) = z .* (1 - z) of the outputs")
_JR = _STORED.format(37134618829, "using Random",
                     "a Julia MNIST script after Nielsen (## TODO: FIX BACKPROP ADD SIGMOID PRIME): one sample a row, "
                     "weights input-first, ∇b and ∇w by length(...)")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))


def _vals(pairs) -> tuple:
    """The index values of a rule written {p} (its parameter or left side) and {m} (its member)."""
    return tuple({"p": p, "m": m} for p, m in pairs)


# Ch187Backprop's 2-3-2 network (sigmoid hidden, identity output, half the squared error)
def _ch_d2(k):
    return f"(a2[{k}] - y[{k}])"


def _ch_d1(j):
    return f"((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"


_CH_B = _vals([(f"b1[{j}]", _ch_d1(j)) for j in range(3)] + [(f"b2[{k}]", _ch_d2(k)) for k in range(2)])
_CH_W = _vals([(f"W1[{j},{i}]", f"{_ch_d1(j)}*x[{i}]") for j in range(3) for i in range(2)]
              + [(f"W2[{k},{j}]", f"{_ch_d2(k)}*a1[{j}]") for k in range(2) for j in range(3)])


# the German port's 2-2-3-2 sigmoid network (half the squared error): the sums' gradients of layers 3, 2, 1
def _de_d3(m):
    return f"(a3[{m}] - y[{m}])*a3[{m}]*(1 - a3[{m}])"


def _de_d2(j):
    return f"a2[{j}]*(1 - a2[{j}])*(W3[0,{j}]*{_de_d3(0)} + W3[1,{j}]*{_de_d3(1)})"


def _de_d1(p):
    return f"a1[{p}]*(1 - a1[{p}])*(" + " + ".join(f"W2[{j},{p}]*{_de_d2(j)}" for j in range(3)) + ")"


# Netlab's 2-3-2 network (tanh hidden, identity output, half the squared error)
def _nl_a1(j):
    return f"((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"


def _nl_d1(j):
    return f"{_nl_a1(j)}*(1 - a1[{j}]**2)"


# the sigmoid 2-2-2, 2-3-2 networks under half the squared error (Mazur's, the JavaScript's, NN_BP's, the Julia
# MNIST script's): the output's and the hidden layer's sums' gradients
def _s_d2(k):
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _s_a1(j):
    return f"(W2[0,{j}]*{_s_d2(0)} + W2[1,{j}]*{_s_d2(1)})"


def _s_d1(j):
    return f"{_s_a1(j)}*a1[{j}]*(1 - a1[{j}])"


# the Octave script's 3-4-3-2 sigmoid network (half the squared error)
def _oc_d3(m):
    return f"(a3[{m}] - y[{m}])*a3[{m}]*(1 - a3[{m}])"


def _oc_d2(j):
    return f"a2[{j}]*(1 - a2[{j}])*(W3[0,{j}]*{_oc_d3(0)} + W3[1,{j}]*{_oc_d3(1)})"


def _oc_d1(p):
    return f"a1[{p}]*(1 - a1[{p}])*(" + " + ".join(f"W2[{j},{p}]*{_oc_d2(j)}" for j in range(3)) + ")"


ENTRIES = [
    # ---- Ch187Backprop's docstring: Nielsen's four equations in Markdown backticks, taken alone (their labels BP1 ...
    # BP4 and the line's other formulas left), then its backprop function (four- and eight-space indentation, the
    # equation's label in a trailing # comment); one notation for the output layer, one for the loop -----------------
    Public("c157-ch-bp1", _CH, "b157_ch", "b157_chd", "`delta^L = a^L - y`", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=157,
           why="BP1 at the linear output under C = 1/2 ||a^L - y||^2, a value (the docstring's \"(linear output)\")"),
    Public("c157-ch-bp2", _CH, "b157_ch", "b157_chd",
           "`delta^l = ((W^{l+1})' * delta^{l+1}) .* sigma'(z^l)`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ch_d1("{j}"),), _J3),), batch=157,
           why="l = 1, the hidden layer (W^3 names no layer: the output's delta is BP1's); ' the transpose, .* the "
               "entrywise product"),
    Public("c157-ch-bp3", _CH, "b157_ch", "b157_chd", "`dC/db^l = delta^l`", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CH_B),), batch=157, why="every bias of both layers"),
    Public("c157-ch-bp4", _CH, "b157_ch", "b157_chd", "`dC/dW^l = delta^l * (a^{l-1})'`", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CH_W),), batch=157,
           why="every weight of both layers, a^0 the input (activations[1] == x, the docstring's)"),
    Public("c157-ch-d", _CH, "b157_ch", "b157_ch", "    delta = activations[end] .- yv", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=157,
           why="the linear output's delta, Julia's broadcast .-"),
    Public("c157-ch-b2", _CH, "b157_ch", "b157_ch", "    grad_b[L] = delta                            # BP3",
           ((C,),), (Twin("gradient", "b2[{k}]", (_ch_d2("{k}"),), _K2),), batch=157),
    Public("c157-ch-w2", _CH, "b157_ch", "b157_ch", "    grad_W[L] = delta * activations[L]'          # BP4",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", (_ch_d2("{k}") + "*a1[{j}]",), _K2J3),), batch=157,
           why="activations[L] the hidden layer's outputs (L = num_layers(net) = 2, activations[1] the input)"),
    Public("c157-ch-w1", _CH, "b157_ch", "b157_chh", "        grad_W[l] = delta * activations[l]'      # BP4",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (_ch_d1("{j}") + "*x[{i}]",), _J3I2),), batch=157,
           why="in the loop over the hidden layers (l = 1), delta the hidden layer's as the loop's first line sets it, "
               "activations[1] the input"),
    # ---- the German netbp port (eight-space indentation, ; after each statement): deltas with .* and 1 .-a4, updates
    # with eta and ' for the transpose; Higham's layers named from 2 ---------------------------------------------------
    Public("c157-de-d4", _DE, "b157_de", "b157_de", "        delta4 = a4.*(1 .-a4).*(a4-y[:,k]);", ((C,),),
           (Twin("value", "{p}", ("{m}",),
                 _vals((_de_d3(m), f"a3[{m}]*(1 - a3[{m}])*(a3[{m}] - y[{m}])") for m in range(2))),), batch=157,
           why="the output layer's delta (the third layer of weights, W4), a value"),
    Public("c157-de-d3", _DE, "b157_de", "b157_de", "        delta3 = a3.*(1 .-a3).*(W4'*delta4);", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_de_d2(j), _de_d2(j)) for j in range(3))),), batch=157),
    Public("c157-de-d2", _DE, "b157_de", "b157_de", "        delta2 = a2.*(1 .-a2).*(W3'*delta3);", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_de_d1(p), _de_d1(p)) for p in range(2))),), batch=157),
    Public("c157-de-w2", _DE, "b157_de", "b157_de", "        W2 = W2 - eta*delta2*X[:,k]';", ((C,),),
           (Twin("update", "{p}", ("{m}",),
                 _vals((f"W1[{p},{q}]", f"W1[{p},{q}] - eta*{_de_d1(p)}*x[{q}]") for p in range(2) for q in range(2))),),
           batch=157, why="X[:,k] the k-th training point, the input"),
    Public("c157-de-w3", _DE, "b157_de", "b157_de", "        W3 = W3 - eta*delta3*a2';", ((C,),),
           (Twin("update", "{p}", ("{m}",),
                 _vals((f"W2[{j},{p}]", f"W2[{j},{p}] - eta*{_de_d2(j)}*a1[{p}]") for j in range(3) for p in range(2))),),
           batch=157),
    Public("c157-de-w4", _DE, "b157_de", "b157_de", "        W4 = W4 - eta*delta4*a3';", ((C,),),
           (Twin("update", "{p}", ("{m}",),
                 _vals((f"W3[{m},{j}]", f"W3[{m},{j}] - eta*{_de_d3(m)}*a2[{j}]") for m in range(2) for j in range(3))),),
           batch=157),
    Public("c157-de-b2", _DE, "b157_de", "b157_de", "        b2 = b2 - eta*delta2;", ((C,),),
           (Twin("update", "{p}", ("{m}",), _vals((f"b1[{p}]", f"b1[{p}] - eta*{_de_d1(p)}") for p in range(2))),),
           batch=157),
    Public("c157-de-b4", _DE, "b157_de", "b157_de", "        b4 = b4 - eta*delta4;", ((C,),),
           (Twin("update", "{p}", ("{m}",), _vals((f"b3[{m}]", f"b3[{m}] - eta*{_de_d3(m)}") for m in range(2))),),
           batch=157),
    # ---- Netlab's mlpbkp (MATLAB, rows of samples): z'*deltas, sum(deltas, 1), deltas*net.w2'; delhid before and after
    # the line that multiplies it by tanh's slope (that line, delhid = delhid.*(1.0 - z.*z), left out) ------------------
    Public("c157-nl-gw2", _NL, "b157_nl", "b157_nl", "gw2 = z'*deltas;", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - y[{k}])",), _K2J3),), batch=157,
           why="deltas the gradient by the output sums (y - t at the linear output); the product input-first"),
    Public("c157-nl-gb2", _NL, "b157_nl", "b157_nl", "gb2 = sum(deltas, 1);", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=157, why="the sum over the rows (one)"),
    Public("c157-nl-dh", _NL, "b157_nl", "b157_nl", "delhid = deltas*net.w2';", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_nl_a1(j), _nl_a1(j)) for j in range(3))),), batch=157,
           why="the gradient by the hidden outputs, a value (the next line multiplies it by 1 - z.*z)"),
    Public("c157-nl-gw1", _NL, "b157_nl", "b157_nlh", "gw1 = x'*delhid;", ((C,),),
           (Twin("gradient", "{p}", ("{m}",),
                 _vals((f"W1[{j},{i}]", f"x[{i}]*{_nl_d1(j)}") for j in range(3) for i in range(2))),), batch=157,
           why="delhid the gradient by the hidden sums once the line before has applied tanh's slope"),
    Public("c157-nl-gb1", _NL, "b157_nl", "b157_nlh", "gb1 = sum(delhid, 1);", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _vals((f"b1[{j}]", _nl_d1(j)) for j in range(3))),), batch=157),
    # ---- the Mazur MATLAB script (no indentation, trailing % comments, one ' ;' with a space): the output's error,
    # the loss, the slopes and deltas; theta_2(:,1:end-1) the weights without the bias column --------------------------
    Public("c157-mz-e3", _MZ, "b157_mz", "b157_mz", "err_3 = a_3 - y;", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=157,
           why="the output's error, output minus target (dsse/da_3), a value"),
    Public("c157-mz-sse", _MZ, "b157_mz", "b157_mz", "sse(i) = 0.5*(err_3'*err_3);", ((C,),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])*(a2[0] - y[0]) + (a2[1] - y[1])*(a2[1] - y[1]))",)),), batch=157,
           why="the loss's definition at iteration i, half the squared error, a value"),
    Public("c157-mz-g3", _MZ, "b157_mz", "b157_mz", "dgz_3 = a_3.*(1-a_3); % 1 if linear", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=157,
           why="the sigmoid's slope at the output sums, written of the outputs, a value"),
    Public("c157-mz-d3", _MZ, "b157_mz", "b157_mz", "delta_3 = err_3.*dgz_3;", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_s_d2(k), f"(a2[{k}] - y[{k}])*(a2[{k}]*(1 - a2[{k}]))")
                                                 for k in range(2))),), batch=157),
    Public("c157-mz-e2", _MZ, "b157_mz", "b157_mz", "err_2 = theta_2(:,1:end-1)'*delta_3 ;", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_s_a1(j), _s_a1(j)) for j in range(2))),), batch=157,
           why="the gradient by the hidden outputs, a value: theta_2 without its bias column, transposed"),
    Public("c157-mz-g2", _MZ, "b157_mz", "b157_mz", "dgz_2 = a_2.*(1-a_2); % sigmoid", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J2),), batch=157),
    Public("c157-mz-d2", _MZ, "b157_mz", "b157_mz", "delta_2 = err_2.*dgz_2;", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_s_d1(j), f"{_s_a1(j)}*(a1[{j}]*(1 - a1[{j}]))")
                                                 for j in range(2))),), batch=157),
    # ---- the JavaScript Network's updateWeights (six-space indentation, const, math.js calls): the first layer's
    # gradients and steps at layerIndex = 1, the loop's only pass -----------------------------------------------------
    Public("c157-js-dw", _JS, "b157_js", "b157_js", "      const dW = math.multiply(delta, math.transpose(a_prev));",
           ((C,),), (Twin("gradient", "{p}", ("{m}",),
                          _vals((f"W1[{j},{i}]", f"{_s_d1(j)}*x[{i}]") for j in range(3) for i in range(2))),),
           batch=157, why="delta = this.deltas[1], the hidden layer's, a_prev = this.a[0] the input: a column times a row"),
    Public("c157-js-db", _JS, "b157_js", "b157_js", "      const db = delta;", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _vals((f"b1[{j}]", _s_d1(j)) for j in range(3))),), batch=157),
    Public("c157-js-w", _JS, "b157_js", "b157_js",
           "      this.weights[layerIndex - 1] = math.subtract(this.weights[layerIndex - 1], "
           "math.multiply(learningRate, dW));", ((C,),),
           (Twin("update", "{p}", ("{m}",),
                 _vals((f"W1[{j},{i}]", f"W1[{j},{i}] - eta*{_s_d1(j)}*x[{i}]") for j in range(3) for i in range(2))),),
           batch=157, why="the step through math.subtract and math.multiply, learningRate the rate"),
    Public("c157-js-b", _JS, "b157_js", "b157_js",
           "      this.biases[layerIndex - 1] = math.subtract(this.biases[layerIndex - 1], "
           "math.multiply(learningRate, db));", ((C,),),
           (Twin("update", "{p}", ("{m}",), _vals((f"b1[{j}]", f"b1[{j}] - eta*{_s_d1(j)}") for j in range(3))),),
           batch=157),
    # ---- the MATLAB functions NN_BP_1, NN_BP_2, NN_BP_4 (one statement each, rows of activations, double
    # underscores in the names) -----------------------------------------------------------------------------------------
    Public("c157-b1-d", _B1, "b157_bp", "b157_b1", "d__L = grad_a__L_CF .* AF_Prime_L;", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_s_d2(k), f"(a2[{k}] - y[{k}])*(a2[{k}]*(1 - a2[{k}]))")
                                                 for k in range(2))),), batch=157,
           why="the output layer's error, the cost's gradient by the output times the activation's slope, a value"),
    Public("c157-b2-d", _B2, "b157_bp", "b157_b2", "d__l = (d__lp1*(w__lp1')) .* AF_Prime_l;", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_s_d1(j), f"{_s_a1(j)}*(a1[{j}]*(1 - a1[{j}]))")
                                                 for j in range(3))),), batch=157,
           why="the hidden layer's error (l = 1): the next layer's row times its input-first weights transposed"),
    Public("c157-b4-g", _B4, "b157_bp", "b157_b4", "dCbydw_jk_l = a_k_lm1 * d_j_l;", ((C,),),
           (Twin("gradient", "{p}", ("{m}",),
                 _vals((f"W2[{k},{j}]", f"a1[{j}]*{_s_d2(k)}") for k in range(2) for j in range(3))),), batch=157,
           why="at the output layer, as the script calls it: the hidden column times the output's row, the "
               "input-first gradient"),
    # ---- the Julia NeuralNetwork's train! (eight-space indentation): the output's error and delta, the delta with a
    # sigmoid_prime of the sums applied to the output -------------------------------------------------------------------
    Public("c157-jm-e", _JM, "b157_jm", "b157_jm", "        error_ = a[depth] - y[r]", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=157, why="output minus target, a value"),
    Public("c157-jm-d", _JM, "b157_jm", "b157_jm", "        delta[depth] = error_ .* sigmoid_prime(a[depth])",
           ((W,),), (Twin("value", _s_d2(0), ("(a2[0] - y[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))",)),),
           batch=157,
           why="sigmoid_prime(x) = sigmoid(x) (1 - sigmoid(x)) (the file's) taken of the output a[depth], not of its "
               "sum: sigma'(a) where the slope is a (1 - a) (the code's slip)"),
    # ---- the Octave script (four-space indentation, ; after each statement): the cost, three deltas with
    # sigmoid_prime of the outputs, gradients /m, an update with alpha -------------------------------------------------
    Public("c157-oc-cost", _OC, "b157_oc", "b157_oc", "    cost = 0.5 * sum(sum((y_true - y_pred) .^ 2)) / m;",
           ((C,),), (Twin("value", "0.5*((y[0] - a3[0])**2 + (y[1] - a3[1])**2)",
                          ("0.5*((y[0] - a3[0])**2 + (y[1] - a3[1])**2)/1",)),), batch=157,
           why="the cost's definition, half the squared error over the m samples (one), a value"),
    Public("c157-oc-d3", _OC, "b157_oc", "b157_oc", "    delta3 = -(y_true - y_pred) .* sigmoid_prime(y_pred);",
           ((C,),), (Twin("value", "{p}", ("{m}",),
                          _vals((_oc_d3(m), f"-(y[{m}] - a3[{m}])*a3[{m}]*(1 - a3[{m}])") for m in range(2))),),
           batch=157, why="sigmoid_prime(z) = z .* (1 - z) taken of the outputs y_pred: the slope"),
    Public("c157-oc-d2", _OC, "b157_oc", "b157_oc", "    delta2 = (W3' * delta3) .* sigmoid_prime(A2);", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_oc_d2(j), _oc_d2(j)) for j in range(3))),), batch=157),
    Public("c157-oc-d1", _OC, "b157_oc", "b157_oc", "    delta1 = (W2' * delta2) .* sigmoid_prime(A1);", ((C,),),
           (Twin("value", "{p}", ("{m}",), _vals((_oc_d1(p), _oc_d1(p)) for p in range(4))),), batch=157),
    Public("c157-oc-dw1", _OC, "b157_oc", "b157_oc", "    dW1 = (delta1 * A0') / m;", ((C,),),
           (Twin("gradient", "{p}", ("{m}",),
                 _vals((f"W1[{p},{i}]", f"{_oc_d1(p)}*x[{i}]/1") for p in range(4) for i in range(3))),), batch=157),
    Public("c157-oc-dw3", _OC, "b157_oc", "b157_oc", "    dW3 = (delta3 * A2') / m;", ((C,),),
           (Twin("gradient", "{p}", ("{m}",),
                 _vals((f"W3[{m},{j}]", f"{_oc_d3(m)}*a2[{j}]/1") for m in range(2) for j in range(3))),), batch=157),
    Public("c157-oc-db2", _OC, "b157_oc", "b157_oc", "    db2 = sum(delta2, 2) / m;", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _vals((f"b2[{j}]", f"{_oc_d2(j)}/1") for j in range(3))),), batch=157,
           why="the sum over the columns (the samples: one)"),
    Public("c157-oc-w2", _OC, "b157_oc", "b157_oc", "    W2 = W2 - alpha*dW2;", ((C,),),
           (Twin("update", "{p}", ("{m}",),
                 _vals((f"W2[{j},{p}]", f"W2[{j},{p}] - eta*{_oc_d2(j)}*a1[{p}]") for j in range(3) for p in range(4))),),
           batch=157, why="alpha the rate (0.9)"),
    # ---- the Julia MNIST script's backprop (four- and eight-space indentation): rows, ∇b and ∇w indexed by
    # length(...), transpose(δ * activations[...]) for the input-first weights; one notation for the output layer, one
    # for the loop (l = 1) -------------------------------------------------------------------------------------------
    Public("c157-jr-sp", _JR, "b157_jr", "b157_jr", "    sp = sigmoid_prime.(zs[length(zs)])", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),), batch=157,
           why="the sigmoid's slope at the output sums (a row), a value"),
    Public("c157-jr-b2", _JR, "b157_jr", "b157_jr", "    ∇b[length(∇b)] = δ", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _vals((f"b2[{k}]", _s_d2(k)) for k in range(2))),), batch=157,
           why="δ the output's delta, (output - labels) .* sp, vec'd"),
    Public("c157-jr-w2", _JR, "b157_jr", "b157_jr",
           "    ∇w[length(∇w)] = transpose(δ * activations[length(activations)-1])", ((C,),),
           (Twin("gradient", "{p}", ("{m}",),
                 _vals((f"W2[{k},{j}]", f"{_s_d2(k)}*a1[{j}]") for k in range(2) for j in range(3))),), batch=157,
           why="the column δ times the hidden row, transposed: the input-first gradient"),
    Public("c157-jr-sph", _JR, "b157_jr", "b157_jrh", "        sp = sigmoid_prime.(z)", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3),), batch=157,
           why="in the loop (l = 1), z = zs[length(zs)-l] the hidden sums"),
    Public("c157-jr-b1", _JR, "b157_jr", "b157_jrh", "        ∇b[length(∇b)-l] = δ", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _vals((f"b1[{j}]", _s_d1(j)) for j in range(3))),), batch=157,
           why="δ the hidden layer's delta once the loop's δ lines have run"),
    Public("c157-jr-w1", _JR, "b157_jr", "b157_jrh",
           "        ∇w[length(∇w)-l] = transpose(δ * activations[length(activations)-l-1])", ((C,),),
           (Twin("gradient", "{p}", ("{m}",),
                 _vals((f"W1[{j},{i}]", f"{_s_d1(j)}*x[{i}]") for j in range(3) for i in range(2))),), batch=157,
           why="activations[length(activations)-l-1] the input at l = 1"),
]
