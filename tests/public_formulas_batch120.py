r"""Batch 120 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 15 addresses no earlier batch used (the code corpus, with its emphasis on the languages earlier batches
met least: F# twice, Nim, Elixir, Ruby, Haskell, Fortran, Futhark, OCaml, Clojure, Scala twice, VB.NET, Perl and C;
four repositories and eleven stored files): Wkalmar's fsharp-11-line-neural-network (F# at commit 6394dbd: Trask's
network with let bindings, .* and sigmoid' written of the output, w1.Transpose()); a Nim nn.nim after Nielsen's
network.py (stored file 11922554281: Nim's backward indices activations[^1], zs[^l], a declaration delta : vec = ...,
.** the outer product); vothane's exmachina (Elixir at commit 2317848: for comprehensions over Enum.with_index,
List.get, the updates written as a neuron's new weight inside Enum.map); a Ruby network of Neuron objects (stored
file 21691261: neuron.delta = -error * d_activation(neuron.sum)); a Haskell module Backward (stored file 38402377350:
each rule a function's equation, calculateOutputError target output = output - target); a Fortran 2008 module of
layers (stored file 11930337712: self%delta(j), whole arrays (:), a line continued with &); Rodinia's back-propagation
benchmark in Futhark (stored file 28199491448: let d = o * (1.0 - o) * (t - o) inside lambdas); an OCaml network
(stored file 10028605903: its own operators #- #* #@ and M.map (fun x -> 1. -. x) y); an F# module after Nielsen's
BP1-BP4 (stored file 11003316076: pipelines |> mapMatrix sigmoid, cost' a function's equation); a Clojure chapter's
calc-deltas (stored file 26083795375: #(...) lambdas with %1 %2); a Scala Neuron after Mazur (stored file 31765331852:
scaladoc lines with Unicode subscripts, ∂E/∂yⱼ = -(tⱼ - yⱼ), δ = ∂E/∂zⱼ = ∂E/∂yⱼ * dyⱼ/dzⱼ); a Scala network after
machinelearningmastery (stored file 28340979570: copy(errorDelta = ...), a comment's sigma_last_k, val newW = ...
over two lines); hvsummer's NeuralNetwork.vb (VB.NET at commit 92eda5b: With blocks, .Bias = .Bias + (Me.LearningRate
* .Delta)); a Perl backward_pass (stored file 14847008013: push @layer_deltas, $output * (1 - $output) * ...); and
cameroncuster's learn_neural_networks (C at commit 4feb9d3: a comment's rule w[i][j] = w[i][j] + eta*delta[i]*x[j]
with x[0] = 1 the bias's input). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored
files decoded; the repositories' files read at their commits), each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents: code deltas that are -dE/dz
written "-delta2[k]" where the updates add them, helpers declared "sigmoid' at output" where they compute x (1 - x)
of what they are given and "sigmoid' at input" where they take the sum; a loop's names given one notation for the
output part and one for the hidden part where the code reuses them (Nim's delta, the OCaml recursion's y and d, the
Perl loop's $output, the Haskell functions' activationDerivative, the Fortran layer's self); a function written with
its parameters named as a phrase, "calculateOutputError target output" = "a2[0] - y[0]", as docs/notation.md lets a
page's words be one name), a network of the kind the page describes (the learning rates the files write: 0.3, 0.7,
0.2, 0.5; a rate of 1 where the updates write none, the F#, Elixir and Clojure ones; all in
tests/public_formulas_batch120_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A code's delta, error or slope (layer2delta, output_deltas,
errorDelta, sp), a forward value (layer1 = sigmoid (layer0 * w0), output = z) and a derivative by the output (∂E/∂yⱼ,
cost') are twinned as values, as in batches 14 to 116; an update with no left side (the Elixir new weights) as the
update of the weight it computes. Formulas keep their page's delimiters and what surrounds them on their line (a
line's indentation, a comment's // or *, a statement's ; or trailing parenthesis); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 120

The batch: 54 formulas from 15 addresses (the F# 11-line network 6, Nim 6, Elixir 4, Ruby 2, Haskell 6, Fortran 5,
Futhark 2, OCaml 3, the F# module 3, Clojure 2, the Scala Neuron 4, the Scala network 4, VB.NET 2, Perl 2, C 3). All
are in code files, 6 of them in comments (the Scala Neuron's 4 scaladoc lines, the Scala network's //sigma_last_k,
the C file's rule).

2 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped (no page here writes a
formula that cannot be read as written):

- the Clojure chapter's cl-hd, hidden-deltas (map #(* (df %1) (dot (first outputs) %2)) output-deltas (last nn)):
  mapped over the output deltas and the output neurons' weights, df of output delta k times the hidden outputs dotted
  with output k's weights (its sum less the bias), where hidden delta j is a1[j] (1 - a1[j]) sum_k delta_k w_kj; the
  code's update-weights :first uses them as the hidden deltas (twinned on a 2-2-2 network, where the two lengths
  agree);
- the Scala network's sc-w1, val newW = neuron.weights(index) + learningRate * trainingInstance(index): the first
  layer's new weight without the neuron's errorDelta (the next layer's update has it: newW = ... + learningRate *
  neuron.errorDelta * ...output).

Not mistaken, though they look it: the Elixir updates with no rate (the file's rate is 1, twinned with eta as batch
92 did); the Elixir hidden_neuron, which the code binds as hidden__neuron (a typo of the binding, not of the line:
the name the line writes is the one meant); the Scala network's sc-w2, which updates one weight of each neuron, the
weight index of neuron index (right for that weight); the VB.NET updates, whose .Delta mixes the last delta by a
Momentum (0 on the problem file, which holds none); the F# module's cost' (the derivative of half the squared
error, the cost Nielsen's BP1 takes); the Fortran output delta output - y (the regression layer has no activation).

What was left out: the F# 11-line network's update (the recursive call's arguments w0 + layer0.Transpose() *
layer1delta, no binding of its own); the Nim hidden delta delta = (nn.w[^(l-1)].transpose .* delta) * sp (delta on
both sides with two meanings, the output's and the hidden one's) and its updates nn.w -= deltaW * eta (lists of every
layer's matrices), its cost_derivative and forward w.wab(activation,b); the Elixir forward pass and its dot and
transpose helpers; the Ruby network's running sums (@delta += ..., @delta *= ..., @gradient += ...) and its
momentum's @delta_change; the Haskell module's list functions (zipWith3, foldr); the Fortran module's running sums
(grad_W(:,k) = grad_W(:,k) + ..., grad_b(:) = grad_b(:) + self%delta), its z computed in two lines (matmul, then + b)
and its weight decay; the Futhark adjust_weights (a momentum no problem file holds) and its map2 and reduce lines;
the OCaml descent (List.map2 of a lambda) and its error; the F# module's backpropagateLayer and deltaLast (pipelines
of lists of every layer), sigmoid' (Math.Pow(Math.E, z) / ...); the Clojure update-weights (nested mapv of lambdas);
the Scala Neuron's code (functions' bodies without a binding) and its words (= 2 * 0.5 * (target output - actual
output) ^ (2 - 1) * -1); the Scala network's neuronActivation, whose fold prev + weights(index) + inputs(index) adds
the weights and the inputs where it means their products (a real slip, but in a fold's body with no name to give
it), and its hidden errorDelta (a call of sumOfLayerErrors); the VB.NET deltas (.Delta = ErrorSignal * (TargetData(m)
(ii) - .Value) * (1 - Momentum) + .Delta * Momentum: the momentum inside the delta) and its helpers ErrorS and ActiveF;
the Perl updates ($weights->[$j][$k+1] += ...: an arrow into a layer's array the notation format cannot name) and its
running sums; the C file's change = eta * delta[i] * x[j] and w[i][j] += change (change's meaning depends on j = 0,
the bias). Pages read and not taken: a PHP Backpropagation.php (its nodes numbered across the layers,
nodeDeltas[$i] for every layer), a Lua synapsea comment (error = (weight_k * error_j) * activation'(output) | hidden,
whose indices no meaning fits), a Chinese Markdown note and a Chinese student's derivation (stored files 26148965025
and 3369877476, used by earlier batches), an OCaml delta_rule file (stored file 24347084944, used), and candidates
earlier batches held (mtricolici's Ruby, asfarley's nn, geloganu's Fortran, m87's neutran, larrytheliquid's
neurosis).

Collected on 2026-12-06 (23:12 to 23:24 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
the loader refused some patterns for their form, not a meaning, and the notations name the quantities otherwise:
the Haskell phrases with a prime ("calculateOutputDelta error' activationDerivative", "is not one symbol": the
function's name alone, "calculateOutputDelta" = "delta2[0]", and the same for calculateHiddenDelta and updateBias);
the Fortran whole-array slices ("self%output(:)", "unexpected at ':'": "self%output" = "a2[:]") and the column
"next_layer%W(:,j)" ("next_layer%W" = "W2[:, :]"); the F# module's helper "cost'" (a loss derivative's helper "is a
code name": left undeclared); the Clojure names with hyphens ("output-deltas", "is not one symbol": left unnamed);
the Scala network's "NN(NN.length - 2)(j).output" and the VB.NET "Layers(ii - 1).Neurons(k).Value" ("is not one
symbol", "unexpected at '.'": left unnamed); the VB.NET With-block names (".Bias", "unexpected at '.'": named
"Bias", "Weights(k)", "Delta"); Perl's sigils ("$output", "cannot read '$'": named "output") and "target->[0]"
("target" = "y[:]"). The oracle's first run passed every verdict as first transcribed (a run of 42 entries, then 50,
52 and all 54).

Run blind at main a4d9ff3 (/work/READY_FOR_BLIND47; src/ as at a00cc67, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch120_blind.txt): 23 of 54 read with every
verdict right (43%), 28 refused, no typo in the batch, 2 misread (right formulas called wrong), 1 crash, NO WRONG
FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number, none
names a quantity the page does not mean: what they leave unnamed, the loader refused to take as a pattern, as said
above), so the batch was run once; the crash is listed in test_public_formulas_held_out.KNOWN_CRASHES.

Of the 2 mistaken formulas, 1 was read with its wrong member called wrong (sc-w1, the first layer's update without
the delta); cl-hd was refused (no left side, below), not called correct. By page: the F# 11-line network 5 of 6, Nim
2 of 6, Elixir 0 of 4, Ruby 2 of 2, Haskell 3 of 6 (2 misread, 1 crash), Fortran 0 of 5, Futhark 2 of 2, OCaml 0 of
3, the F# module 1 of 3, Clojure 0 of 2, the Scala Neuron 3 of 4, the Scala network 2 of 4, VB.NET 0 of 2, Perl 0 of
2, C 3 of 3.

The misreadings (2): the Haskell equations calculateOutputDelta error' activationDerivative = error' *
activationDerivative (hs-od) and calculateHiddenDelta error' activationDerivative = ... (hs-hd), where the notation
names the function alone ("calculateOutputDelta" = "delta2[0]": the loader refused the phrase with the primed
parameter, "is not one symbol"), were called wrong: the left side, the function applied to its parameters, read as
the product of the three names (delta times error' times the slope, against the right side's error' times the slope).
The phrases without a prime were read (calculateOutputError target output = output - target, updateWeight weight
learningRate delta neuronOutput = ...).

The crash (1): hs-ub, updateBias bias' learningRate delta = bias' - learningRate * delta, with "updateBias" =
"new(b2[0])": "formula "updateBias bias' learningRate delta = bias' - learningRat...": check failed reading it
(NameError: name 'NewValue' is not defined); please report it with the formula's text".

The refusals by construct (28), with the exact message:

- 5, Fortran's array sections (:) and (:,j) (the notation names the arrays whole, "self%output" = "a2[:]", the
  loader refusing "self%output(:)" at ':'): ft-od: "formula 'self.delta(:) = self.output(:) - y(:)': unexpected at
  ':' (position 12)" (ft-out, ft-w, ft-b the same; ft-hd at next_layer%W(:,j), "unexpected at ':' (position 60)");
- 6, operators of the code's own: OCaml's #- #* #@, read from # on as a comment: oc-d: "formula 'd = (y': expected
  ')' to close the parenthesis at the end" (oc-dh the same at the arguments; oc-dy: "'d' is 2 x 1 where the left
  side is 2 x 3", d #@ (M.transpose y) read as d); Nim's .** (the outer product): nim-w2: "formula 'deltaW[^1] = delta
  \\odot * activations[^2]': unexpected at '*' (position 27)" (nim-wl the same); F#'s pipeline: fm-a: "formula
  'layerActivations = layerWeightedInputs |> mapMatrix sigmoid': unexpected at '>' (position 41)";
- 5, a code line holding a value without an assignment: the Elixir new weights inside Enum.map: ex-w2: "formula
  'List.get(output_neuron, j) - (List.get(output_deltas, i) ...': has no left side; write the equation
  (\frac{\partial L}{\partial w} = ...) or name the parameter with --param" (ex-w1 the same); Clojure's let binding
  [name value]: cl-od and cl-hd the same ("formula '(let [output-deltas (map #(* (df %1) (- %1 %2)) (last out...':
  has no left side; ..."); Perl's push @layer_deltas, value: pl-hd the same;
- 1, Perl's push with an arrow index: pl-od: "formula 'push @layer_deltas, output * (1 - output) * ( target->[0]...':
  unexpected at ')' (position 70)";
- 5, methods and members written after a dot: F#'s w1.Transpose(): fs-e1: "formula 'layer1error = layer2delta *
  w1.Transpose()': unknown symbol w1.Transpose; the notation knows X, Y, layer, layer1delta, layer1error, layer2delta,
  layer2error, w; give it the quantity of symbols.md it stands for in the notation's [notation.symbols]
  ("w1.Transpose" = ...), or, where its dot is a product, write w1*Transpose"; Nim's zs[^l].sigmoid_prime: nim-sp:
  "formula 'sp = zs[^l].sigmoid_prime': unknown symbol zs[^l].sigmoid_prime; ..."; a Scala chain broken before its
  dot: sc-w2: "formula 'newW = neuron .weights(j) + learningRate * neuron.errorDe...': unexpected at '.' (position
  27)"; VB.NET's With-block members: vb-b: "formula '.Bias = .Bias + (Me.LearningRate * .Delta)': unexpected at '.'
  (position 1)" (vb-w the same);
- 2, Elixir's for comprehensions: ex-od: "formula 'output_deltas = for [output, i] \\leftarrow Enum.with_inde...':
  unknown symbol for; ..."; ex-hd: "formula 'hidden_deltas = for [hidden_output, i] \\leftarrow Enum.wi...': expected
  ')' to close the arguments at the end";
- 1, Nim's typed declaration: nim-d2: "formula 'vec = cost_derivative(activations[^1], test_data) * (zs[^...': unknown
  symbol vec; the notation knows \delta, activations, deltaB, deltaW, test, zs; a name of several letters is read
  whole only where the notation names it: ..." (delta : vec = ... read from the type on);
- 1, an F# function's equation with a primed name: fm-cost: "formula "let cost' activations expectedValues =
  activations - expe...": def cost': check reads the definition of code's word for an activation's derivative
  (dsigmoid, tanh_deriv, sigmoid_prime) or a loss's (mse_prime), of an activation by its name as problem files write
  it, and of a loss or function the notation names; write the formula cost' stands for, e.g. \frac{\partial L}{\partial
  z} = ...";
- 1, a named argument closing its call on the line: sc-od: "formula 'errorDelta = neuron.output * (1 -
  neuron.output) * (expec...': unexpected at ')' (position 90)";
- 1, a comment's line opening with =: sn-dy: "formula '= \\partial E/\\partial y_j = -(t_j - y_j)': has no left side
  (it continues an earlier formula); give the whole equation, e.g. \frac{\partial L}{\partial w} = ..." (the line
  before it is prose ending "so:").

Read, among the constructs these pages brought: F#'s let with application without parentheses (sigmoid (layer0 *
w0)), .* and sigmoid' declared "sigmoid' at output", the samples as rows; Nim's backward indices (deltaB[^1] = delta,
deltaB[^l] = delta); Ruby's neuron.delta = -error * d_activation(neuron.sum) with index_names; Haskell's equations
named as phrases (calculateOutputError target output = output - target, updateWeight weight learningRate delta
neuronOutput = weight - ... with new(W2[0, 0]), calculateHiddenError over two lines); Futhark's let inside lambdas;
an F# binding continued on the next line; the Scala scaladoc's Unicode subscripts (yⱼ = φ = 1 / (1 + e^(-zⱼ)),
dyⱼ/dzⱼ, δ = ∂E/∂zⱼ = ∂E/∂yⱼ * dyⱼ/dzⱼ); a Scala comment's sigma_last_k with juxtaposed parentheses; Scala's val
newW over two lines (sc-w1, called wrong); C's comment rule with x[0] = 1 the bias's input and [to][from] indexing.

Which look general (would appear in much homework): Fortran's and MATLAB's array sections A(:), A(:,j), which neither
the notation format takes as a pattern nor the reader reads; code lines that hold a value without an assignment (a
map's or a fold's body, Clojure's let bindings, Perl's push); members and methods after a dot (.Transpose(), a With
block's .Bias, a chain broken before its dot); the function equations of functional languages (Haskell's f a b = ...,
F#'s let f a b = ...), read as products where the notation names the function (2 misread) and refused where it names
a primed one. Page-specific: OCaml's #-operators, Nim's .** and typed declaration, Elixir's comprehensions, Scala's
trailing parenthesis, the scaladoc's continuation line, and the crash at the Haskell updateBias with new(b2[0]).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch120_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_FS = "https://github.com/Wkalmar/fsharp-11-line-neural-network (NeuralNetwork/Part2Unminified.fsx, commit 6394dbd)"
_NIM = _STORED.format(11922554281, "# nn.nim perceptron mnist ",
                      "a Nim network after Nielsen's network.py: backpropagation with Nim's backward indices [^1]")
_EX = "https://github.com/vothane/exmachina (neural_network.exs, commit 2317848)"
_RB = _STORED.format(21691261, "# Backpropagation",
                     "a Ruby network of Neuron, Connection and Layer objects with momentum")
_HS = _STORED.format(38402377350, "module Backward where",
                     "a Haskell module of backpropagation functions, one per error, delta and update")
_FT = _STORED.format(11930337712, "module mod_layers",
                     "a Fortran 2008 module of dense layers with coarray gradients: predict, back_prop, update_weights")
_FU = _STORED.format(28199491448, "-- Rodinia's Back-Propagation benchmark translated to Futhark.",
                     "Rodinia's back-propagation benchmark in Futhark: bpnn_output_error, bpnn_hidden_error")
_OC = _STORED.format(10028605903, "(** The sigmoid activation function. *)",
                     "an OCaml network of matrices with operators #@ (product), #* (Hadamard), #- (difference)")
_FM = _STORED.format(11003316076, "module Backpropagation",
                     "an F# module after Nielsen's BP1-BP4, matrix-based with pipelines")
_CL = _STORED.format(26083795375, "(ns ch4-neural-networks.nn",
                     "a Clojure chapter's network: forward-propagate, calc-deltas, update-weights")
_SN = _STORED.format(31765331852, "package ml.playground",
                     "a Scala Neuron after Mazur's step-by-step example, its derivatives in scaladoc comments with "
                     "Unicode subscripts (yⱼ, tⱼ, zⱼ)")
_SC = _STORED.format(28340979570, "// Some of the ideas taken from "
                     "https://machinelearningmastery.com/implement-backpropagation-algorithm-scratch-python/",
                     "a Scala network after machinelearningmastery's tutorial: propogateBackward, updateNetworkWeights")
_VB = "https://github.com/hvsummer/NeuralNetwork (Neural_Network_Base/NeuralNetwork.vb, commit 92eda5b)"
_PL = _STORED.format(14847008013, "use strict;",
                     "a Perl network's threaded worker: forward_pass, backward_pass with push @layer_deltas and += updates")
_CC = "https://github.com/cameroncuster/learn_neural_networks (update_weights.C and network_response.C, commit 4feb9d3)"

_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J12 = tuple({"j": j} for j in (1, 2))
_J2 = tuple({"j": j} for j in range(2))

# sigmoid 2-3-2 (and the like) under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_A1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_D1 = f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])"

# the F# 3-4-1 network without biases
_FD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_FA1 = f"{_FD2}*W2[0,{{j}}]"
_FD1 = f"{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# the Haskell 2-3-1 network
_HD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the Fortran 3-4-2 network (sigmoid hidden, identity outputs)
_TD2 = "(a2[{k}] - y[{k}])"
_TD1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"
_TD1J1 = "((a2[0] - y[0])*W2[0,{j}-1] + (a2[1] - y[1])*W2[1,{j}-1])*a1[{j}-1]*(1 - a1[{j}-1])"

# the Futhark 3-4-1 network
_UD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cc_steps() -> tuple:
    """The C perceptron's w[i][j] over i and j (j = 0 the bias, whose input x[0] is 1)."""
    rows = []
    for i in range(3):
        d = f"(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"
        rows.append({"i": i, "j": 0, "p": f"b1[{i}]", "m": f"b1[{i}] - eta*{d}"})
        rows += [{"i": i, "j": j, "p": f"W1[{i},{j - 1}]", "m": f"W1[{i},{j - 1}] - eta*{d}*x[{j - 1}]"}
                 for j in (1, 2)]
    return tuple(rows)


ENTRIES = [
    # ---- the F# 11-line network (four-space indentation): let bindings, the samples as rows, .* the product entry
    # by entry, sigmoid' written of the output, w1.Transpose() ---------------------------------------------------------
    Public("y0-fs-l1", _FS, "b120_fs", "b120_fs", "    let layer1 = sigmoid (layer0 * w0)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2])",), _J4),), batch=120,
           why="F#'s let and application without parentheses round the argument's name; the row layer0 times w0"),
    Public("y0-fs-l2", _FS, "b120_fs", "b120_fs", "    let layer2 = sigmoid (layer1 * w1)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + W2[0,3]*a1[3])",)),),
           batch=120),
    Public("y0-fs-e2", _FS, "b120_fs", "b120_fs", "    let layer2error = Y - layer2", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=120),
    Public("y0-fs-d2", _FS, "b120_fs", "b120_fs", "    let layer2delta = layer2error .* (sigmoid' layer2)", ((C,),),
           (Twin("value", f"-{_FD2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=120,
           why="sigmoid' x = x .* (1 - x), applied to the output; the code's delta -dE/dz (the update adds it)"),
    Public("y0-fs-e1", _FS, "b120_fs", "b120_fs", "    let layer1error = layer2delta * w1.Transpose()", ((C,),),
           (Twin("value", f"-{_FA1}", (f"-{_FD2}*W2[0,{{j}}]",), _J4),), batch=120,
           why="the row of deltas times w1 transposed: -dE/d(layer1), a value"),
    Public("y0-fs-d1", _FS, "b120_fs", "b120_fs", "    let layer1delta = layer1error .* (sigmoid' layer1)", ((C,),),
           (Twin("value", f"-{_FD1}", (f"-{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),), batch=120),
    # ---- the Nim network (Nielsen's backprop): Nim's backward index [^1], var declarations with a type, a method
    # call without parentheses (zs[^1].sigmoid_prime), .** the outer product -----------------------------------------
    Public("y0-nim-d2", _NIM, "b120_nim", "b120_nim",
           "    delta : vec = cost_derivative(activations[^1], test_data) * (zs[^1].sigmoid_prime)", ((C,),),
           (Twin("value", _D2, ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),), batch=120,
           why="a declaration in a var block (delta : vec = ...); cost_derivative(a, b) = a - b, the sigmoid's "
               "derivative at the output's sums"),
    Public("y0-nim-b2", _NIM, "b120_nim", "b120_nim", "  deltaB[^1] = delta", ((C,),),
           (Twin("gradient", "b2[{k}]", (_D2,), _K2),), batch=120, why="the last layer's bias gradient, dC/db = delta"),
    Public("y0-nim-w2", _NIM, "b120_nim", "b120_nim", "  deltaW[^1] = delta .** activations[^2]", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), tuple({"j": j, "k": k} for j in range(3) for k in range(2))),),
           batch=120, why=".** the mat module's outer product (delta times the hidden outputs transposed)"),
    Public("y0-nim-sp", _NIM, "b120_nim", "b120_nimh", "    var sp = zs[^l].sigmoid_prime", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J3),), batch=120,
           why="l = 2, the hidden layer (the loop's one value on a network of one hidden layer)"),
    Public("y0-nim-bl", _NIM, "b120_nim", "b120_nimh", "    deltaB[^l] = delta", ((C,),),
           (Twin("gradient", "b1[{j}]", (_D1,), _J3),), batch=120,
           why="delta here the hidden layer's, computed on the line before"),
    Public("y0-nim-wl", _NIM, "b120_nim", "b120_nimh", "    deltaW[^l] = delta .** activations[^(l+1)]", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_D1}*x[{{i}}]",), tuple({"i": i, "j": j} for i in range(2) for j in range(3))),),
           batch=120),
    # ---- the Elixir network: for comprehensions over Enum.with_index, List.get, the updates written as a
    # neuron's new weight without a left side (Enum.map's body) ------------------------------------------------------
    Public("y0-ex-od", _EX, "b120_ex", "b120_ex",
           "    output_deltas = for [output, i] <- Enum.with_index(outputs) do \n"
           "                      output * (1 - output) * (output - List.get(actuals, i))\n"
           "                    end  ", ((C,),),
           (Twin("value", _D2.replace("{k}", "{i}"), ("a2[{i}]*(1 - a2[{i}])*(a2[{i}] - y[{i}])",), _I2),), batch=120,
           why="a for comprehension over the outputs and their index i: output_deltas[i] = dE/dz2[i]"),
    Public("y0-ex-w2", _EX, "b120_ex", "b120_ex",
           "                       List.get(output_neuron, j) - (List.get(output_deltas, i) * hidden_output) ", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_D2.replace('{k}', '{i}')}*a1[{{j}}]",),
                 tuple({"i": i, "j": j} for i in range(2) for j in range(3))),), batch=120,
           why="the new weight j of output neuron i (Enum.map's body, no left side), no rate written (1, the "
               "file's); j over the hidden units (j = 3, the appended 1, is the bias)"),
    Public("y0-ex-hd", _EX, "b120_ex", "b120_exh",
           "    hidden_deltas = for [hidden_output, i] <- Enum.with_index(hidden_outputs) do\n"
           "                      hidden_output * (1 - hidden_output) * dot(output_deltas, for n <- last(nn), do: List.get(n, i)) \n"
           "                    end  ", ((C,),),
           (Twin("value", _D1.replace("{j}", "{i}"),
                 ("a1[{i}]*(1 - a1[{i}])*((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{i}])",),
                 _I3),), batch=120,
           why="dot of the output deltas with weight i of every output neuron (for n <- last(nn))"),
    Public("y0-ex-w1", _EX, "b120_ex", "b120_ex",
           "                         List.get(hidden_neuron, j) - (List.get(hidden_deltas, i) * input) ", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_D1.replace('{j}', '{i}')}*x[{{j}}]",),
                 tuple({"i": i, "j": j} for i in range(3) for j in range(2))),), batch=120,
           why="the new weight j of hidden neuron i; j over the inputs (j = 2 the bias)"),
    # ---- the Ruby network (six-space indentation): the output loop's error and delta, neuron.sum the output's sum ----
    Public("y0-rb-err", _RB, "b120_rb", "b120_rb", "      error = neuron.output - desired_results[index]", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=120,
           why="index the output's index (each_with_index), given the letter k by the notation"),
    Public("y0-rb-od", _RB, "b120_rb", "b120_rb", "      neuron.delta = -error * d_activation(neuron.sum)", ((C,),),
           (Twin("value", f"-{_D2}", ("-(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=120, why="the code's delta (-dE/dz2: the gradient input * delta is added)"),
    # ---- the Haskell module Backward: each function's equation, its parameters on the left ------------------------------
    Public("y0-hs-oe", _HS, "b120_hs", "b120_hs", "calculateOutputError target output = output - target", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=120,
           why="a function's equation: its value for the one output, a value"),
    Public("y0-hs-od", _HS, "b120_hs", "b120_hs",
           "calculateOutputDelta error' activationDerivative = error' * activationDerivative", ((C,),),
           (Twin("value", _HD2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=120,
           why="error' the output error (output - target), activationDerivative the output's slope"),
    Public("y0-hs-he", _HS, "b120_hs", "b120_hsh",
           "calculateHiddenError nextWeight nextDelta activationDerivative =\n  nextWeight * nextDelta * activationDerivative",
           ((C,),), (Twin("value", f"{_HD2}*W2[0,0]*a1[0]*(1 - a1[0])", (f"W2[0,0]*{_HD2}*a1[0]*(1 - a1[0])",)),),
           batch=120, why="one next neuron (one output): the hidden neuron's delta, dE/dz1"),
    Public("y0-hs-hd", _HS, "b120_hs", "b120_hsh",
           "calculateHiddenDelta error' activationDerivative = error' * activationDerivative", ((C,),),
           (Twin("value", f"{_HD2}*W2[0,0]*a1[0]*(1 - a1[0])", (f"{_HD2}*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=120,
           why="error' the error reaching the hidden neuron (dE/d its output), times its slope"),
    Public("y0-hs-uw", _HS, "b120_hs", "b120_hs",
           "updateWeight weight learningRate delta neuronOutput =\n  weight - learningRate * delta * neuronOutput", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_HD2}*a1[0]",)),), batch=120,
           why="the weight from hidden neuron 1 to the output"),
    Public("y0-hs-ub", _HS, "b120_hs", "b120_hs",
           "updateBias bias' learningRate delta = bias' - learningRate * delta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_HD2}",)),), batch=120),
    # ---- the Fortran module (Fortran 2008: % for a component, (:) whole arrays, & continuing a line) -------------------
    Public("y0-ft-hd", _FT, "b120_ft", "b120_fth",
           "                self%delta(j) = dot_product(next_layer%delta, next_layer%W(:,j)) &\n"
           "                                * self%f_diff(j)", ((C,),),
           (Twin("value", _TD1J1, (_TD1J1,), tuple({"j": j} for j in range(1, 5))),), batch=120,
           why="j from 1 (do j = 1, size(self%delta)); the column j of the next layer's W, a line continued with &"),
    Public("y0-ft-od", _FT, "b120_ft", "b120_ft", "            self%delta(:) = self%output(:) - y(:)", ((C,),),
           (Twin("value", _TD2, (_TD2,), _K2),), batch=120,
           why="the regression layer's delta (no activation): output - y = dE/dz2"),
    Public("y0-ft-out", _FT, "b120_ft", "b120_ft", "                self%output(:) = self%z(:)", ((C,),),
           (Twin("value", "a2[{k}]", ("z2[{k}]",), _K2),), batch=120, why="the regression layer's output, its sums"),
    Public("y0-ft-w", _FT, "b120_ft", "b120_ft",
           "            self%W(:,:) = self%W(:,:) - learning_rate*self%grad_W(:,:)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_TD2}*a1[{{j}}]",),
                 tuple({"j": j, "k": k} for j in range(4) for k in range(2))),), batch=120,
           why="self the output layer here; grad_W one sample's gradient (the batch of one)"),
    Public("y0-ft-b", _FT, "b120_ft", "b120_ft",
           "            self%b(:) = self%b(:) - learning_rate*self%grad_b(:)", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_TD2}",), _K2),), batch=120),
    # ---- Rodinia's benchmark in Futhark (sixteen-space indentation): let in lambdas over zipped arrays -----------------
    Public("y0-fu-od", _FU, "b120_fu", "b120_fu", "                let d = o * (1.0 - o) * (t - o)", ((C,),),
           (Twin("value", f"-{_UD2}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=120,
           why="the code's delta (-dE/dz2: the weights add eta * delta * ly), one output"),
    Public("y0-fu-hd", _FU, "b120_fu", "b120_fu", "                let new_el = hidden_el * (1.0-hidden_el) * sumrow",
           ((C,),), (Twin("value", f"-{_UD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                          (f"a1[{{j}}]*(1 - a1[{{j}}])*(-{_UD2}*W2[0,{{j}}])",), _J4),), batch=120,
           why="sumrow the output deltas times hidden unit j's weights (-dE/d a1[j])"),
    # ---- the OCaml network: custom operators #- #* #@ and M.map of a lambda ---------------------------------------------
    Public("y0-oc-d", _OC, "b120_oc", "b120_oc",
           "      let d = (y #- o) #* y #* (M.map (fun x -> 1. -. x) y) in", ((C,),),
           (Twin("value", _D2, ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=120,
           why="#- and #* the library's difference and Hadamard product; M.map (fun x -> 1. -. x) y = 1 - y"),
    Public("y0-oc-dh", _OC, "b120_oc", "b120_ocr",
           "      let d' = (M.transpose ((M.transpose d) #@ w)) #* y #* (M.map (fun x -> 1. -. x) y) in", ((C,),),
           (Twin("value", _D1, (f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=120,
           why="(d^T w)^T = w^T d, the output deltas carried back; y the hidden outputs here"),
    Public("y0-oc-dy", _OC, "b120_oc", "b120_ocr", "      let dy = d #@ (M.transpose y) in", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",),
                 tuple({"j": j, "k": k} for j in range(3) for k in range(2))),), batch=120),
    # ---- the F# module Backpropagation: let bindings, a pipeline |> mapMatrix sigmoid, cost' a function's equation ----
    Public("y0-fm-z", _FM, "b120_fm", "b120_fm",
           "  let layerWeightedInputs =\n    (weights * prevActivations) + biases", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",), _K2),),
           batch=120, why="the output layer's sums (the function is the same for every layer)"),
    Public("y0-fm-a", _FM, "b120_fm", "b120_fm", "  let layerActivations = layerWeightedInputs |> mapMatrix sigmoid",
           ((C,),), (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2),), batch=120,
           why="F#'s pipeline: the sums piped into mapMatrix sigmoid"),
    Public("y0-fm-cost", _FM, "b120_fm", "b120_fm",
           "let cost' activations expectedValues =\n  activations - expectedValues", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=120,
           why="the cost's derivative by the outputs, a function's equation (its value a value)"),
    # ---- the Clojure calc-deltas: #(...) lambdas with %1 %2 mapped over two sequences; the hidden deltas' slip --------
    Public("y0-cl-od", _CL, "b120_cl", "b120_cl",
           "  (let [output-deltas (map #(* (df %1) (- %1 %2)) (last outputs) actuals)", ((C,),),
           (Twin("value", _D2, ("a2[{k}]*(1 - a2[{k}])*(a2[{k}] - y[{k}])",), _K2),), batch=120,
           why="%1 the output, %2 its target; df the derivative given the output"),
    Public("y0-cl-hd", _CL, "b120_cl", "b120_cl",
           "        hidden-deltas (map #(* (df %1) (dot (first outputs) %2)) output-deltas (last nn))]", ((W,),),
           (Twin("value", _D1.replace("{j}", "{k}"),
                 (f"{_D2}*(1 - {_D2})*(a1[0]*W2[{{k}},0] + a1[1]*W2[{{k}},1])",), _K2),), batch=120,
           why="mapped over the output deltas and the output neurons: df of output delta k times the hidden outputs "
               "dotted with output k's weights (its sum without the bias), where the hidden delta j is a1[j] (1 - "
               "a1[j]) sum_k delta_k w_kj (the code's slip; its update-weights :first uses them as hidden deltas)"),
    # ---- the Scala Neuron's scaladoc (four spaces and an asterisk): Unicode subscripts ⱼ, ∂E/∂yⱼ, dyⱼ/dzⱼ, φ ----------
    Public("y0-sn-dy", _SN, "b120_sn", "b120_sn", "    * = ∂E/∂yⱼ = -(tⱼ - yⱼ)", ((C,),),
           (Twin("value", "a2[{j}-1] - y[{j}-1]", ("-(y[{j}-1] - a2[{j}-1])",), _J12),), batch=120,
           why="a comment's line opening with = (the line before ends so:), j counted from 1 (Mazur's o1, o2); the "
               "error's derivative by the output, a value"),
    Public("y0-sn-y", _SN, "b120_sn", "b120_sn", "    * yⱼ = φ = 1 / (1 + e^(-zⱼ))", ((C, C),),
           (Twin("value", "a2[{j}-1]", ("a2[{j}-1]", "1/(1 + exp(-z2[{j}-1]))"), _J12),), batch=120,
           why="φ the logistic function's value, the output"),
    Public("y0-sn-dz", _SN, "b120_sn", "b120_sn", "    * dyⱼ/dzⱼ = yⱼ * (1 - yⱼ)", ((C,),),
           (Twin("value", "a2[{j}-1]*(1 - a2[{j}-1])", ("a2[{j}-1]*(1 - a2[{j}-1])",), _J12),), batch=120,
           why="the output's derivative by its sum, a value"),
    Public("y0-sn-d", _SN, "b120_sn", "b120_sn", "    * δ = ∂E/∂zⱼ = ∂E/∂yⱼ * dyⱼ/dzⱼ", ((C, C),),
           (Twin("value", "(a2[{j}-1] - y[{j}-1])*a2[{j}-1]*(1 - a2[{j}-1])",
                 ("(a2[{j}-1] - y[{j}-1])*a2[{j}-1]*(1 - a2[{j}-1])", "(a2[{j}-1] - y[{j}-1])*a2[{j}-1]*(1 - a2[{j}-1])"),
                 _J12),), batch=120, why="δ the delta of output neuron j, dE/dz"),
    # ---- the Scala NN after machinelearningmastery: a comment's sigma, copy(errorDelta = ...), two slips in the
    # weight updates ---------------------------------------------------------------------------------------------------
    Public("y0-sc-cm", _SC, "b120_sc", "b120_sc", "        //sigma_last_k = y_last_k * (1 - y_last_k)(T_k - y_last_k)",
           ((C,),), (Twin("value", f"-{_D2}", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=120,
           why="a comment's rule, (1 - y_last_k)(T_k - y_last_k) a product of two parentheses; k counted from 0"),
    Public("y0-sc-od", _SC, "b120_sc", "b120_sc",
           "            errorDelta = neuron.output * (1 - neuron.output) * (expectedNeuronOutput - neuron.output))",
           ((C,),), (Twin("value", f"-{_D2}", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=120,
           why="a named argument of copy(...), its closing parenthesis on the line; over the layer's pairs"),
    Public("y0-sc-w1", _SC, "b120_sc", "b120_scw1",
           "        val newW = neuron.weights(index) + learningRate * trainingInstance(\n          index)", ((W,),),
           (Twin("update", "W1[{j},{j}]", ("W1[{j},{j}] + eta*x[{j}]",), _J2),), batch=120,
           why="the first layer's new weight without the neuron's errorDelta: the step is eta delta x with delta = "
               "-dE/dz, here eta x alone (the code's slip; the next layer's update has the delta)"),
    Public("y0-sc-w2", _SC, "b120_sc", "b120_scw2",
           "          val newW = neuron\n            .weights(index) + learningRate * neuron.errorDelta * NN(\n"
           "            NN.length - 2)(index).output", ((C,),),
           (Twin("update", "W2[{j},{j}]", (f"W2[{{j}},{{j}}] - eta*{_D2.replace('{k}', '{j}')}*a1[{{j}}]",), _J2),),
           batch=120,
           why="neuron index's weight index, from hidden neuron index (NN(NN.length - 2), the layer before the output "
               "one on a network of one hidden layer); the code updates only that weight of each neuron"),
    # ---- the VB.NET network (With blocks: .Bias, .Weights(kk), .Delta; Me.LearningRate) -----------------------------
    Public("y0-vb-b", _VB, "b120_vb", "b120_vb",
           "                                    .Bias = .Bias + (Me.LearningRate * .Delta)", ((C,),),
           (Twin("update", "b2[{j}]", (f"b2[{{j}}] - eta*{_D2.replace('{k}', '{j}')}",), tuple({"j": j} for j in range(2))),),
           batch=120, why="inside With Layers(ii).Neurons(jj), ii the output layer; .Delta the code's (-dE/dz), the "
                          "Momentum 0"),
    Public("y0-vb-w", _VB, "b120_vb", "b120_vb",
           "                                        .Weights(kk) = .Weights(kk) + (Me.LearningRate * .Delta * "
           "Layers(ii - 1).Neurons(kk).Value)", ((C,),),
           (Twin("update", "W2[{j},{k}]", (f"W2[{{j}},{{k}}] - eta*{_D2.replace('{k}', '{j}')}*a1[{{k}}]",),
                 tuple({"j": j, "k": k} for j in range(2) for k in range(3))),), batch=120,
           why="kk the hidden neuron, Layers(ii - 1) the hidden layer"),
    # ---- the Perl backward_pass: push onto @layer_deltas, sigils, ->[0] ------------------------------------------------
    Public("y0-pl-od", _PL, "b120_pl", "b120_pl",
           "            push @layer_deltas, $output * (1 - $output) * ($target->[0] - $output);", ((C,),),
           (Twin("value", f"-{_HD2}", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=120,
           why="push's value, the output layer's one delta (the code's, -dE/dz)"),
    Public("y0-pl-hd", _PL, "b120_pl", "b120_plh",
           "                push @layer_deltas, $output * (1 - $output) * $error;", ((C,),),
           (Twin("value", f"-{_HD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                 (f"a1[{{j}}]*(1 - a1[{{j}}])*(-{_HD2}*W2[0,{{j}}])",), _J3),), batch=120,
           why="hidden neuron j's delta pushed in turn; $error the output's delta times its weight from j"),
    # ---- the C perceptron (two- and four-space indentation): a comment's rule, [to][from] indexing, x[0] = 1 ----------
    Public("y0-cc-rule", _CC, "b120_cc", "b120_cc",
           "  // update the w matrix: w[i][j] = w[i][j] + eta*delta[i]*x[j]", ((C,),),
           (Twin("update", "{p}", ("{m}",), _cc_steps()),), batch=120,
           why="the rule over i and j from 0 (w[i][0] the bias, x[0] = 1); delta the code's (-dE/dz)"),
    Public("y0-cc-d", _CC, "b120_cc", "b120_cc",
           "    delta[i] = o_out[i] * (1 - o_out[i]) * (desired[i] - o_out[i]);", ((C,),),
           (Twin("value", "-(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(1 - a1[{i}])*(y[{i}] - a1[{i}])",), _I3),),
           batch=120),
    Public("y0-cc-o", _CC, "b120_cc", "b120_cc", "    o_out[i] = 1.0 / (1 + exp(-temp));", ((C,),),
           (Twin("value", "a1[{i}]", ("1/(1 + exp(-z1[{i}]))",), _I3),), batch=120,
           why="temp the running sum of w[i][j] * x[j] over j = 0 ... maxin, the output's sum"),
]
