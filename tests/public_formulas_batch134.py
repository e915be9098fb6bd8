r"""Batch 134 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on students' code as
handed in, in many languages): five stored files whose repository the index does not name, a Go SimpleNN of a
part-of-speech tagger (stored file 27427526181: tab-indented, :=, nn.WeightsHO[i][j], // comments, two real slips:
outputs[j] and outputs[i], the output layer's outputs, where the hidden layer's were meant), a C++ backprop after the
AGH tutorial (stored file 10906079853: n->delta, conn->weight, target->deriv(), one update line for both layers), a
Scala NeuralNetwork on numsca (stored file 9887603862: val, prev_delta.dot(weight.T), predictions.head), a TypeScript
network on mathjs (stored file 7521297823: subtract, dotMultiply, multiply, transpose, add, .map(v =>
this.activation(v, true)) taken of the outputs, a real slip twice) and a JavaScript network with static helpers
(stored file 27553072920: NeuralNetwork.dot, NeuralNetwork.T, dSigmoid, a hidden error through the updated weights
without the outputs' slope, a real slip); and six repository files: till2's "Backpropagation from Scratch" README
(```py blocks: h = sigmoid(np.dot(W1, x)), the temporaries a, b, c, d, a linear output), Yashaswini-Sharma's Elixir
Nx network (neural_network.exs: Nx.dot, Nx.transpose, Nx.multiply, |> Nx.divide(m), the binary cross-entropy),
synapsea's Lua header comment (error = (output - expected) * activation'(output)  | output), samyvera's JavaScript
perceptron (let, -=, dcost = 2 * (pred - target)), HemantharajM's MATLAB xor_htan.m (hyp_tan, delta3 without the tanh
slope, a real slip) and HussainAther's MATLAB backprop.m (em dashes for minus signs, two typos, and a step without the
output's tanh slope, a real slip). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored
files decoded; the repositories' files read at the commits named), each with the notation a teacher would write for
the page under shared/spec/notation.md (and docs/notation.md for what the product documents: code deltas that are
-dE/dz written "-delta2[i]" where the updates add them; helpers declared "sigmoid' at output" where they compute a (1 -
a) of what they are given; a loop's scalar named with the loop's index in its meaning, gradient = "-delta2[i]" and
errorSum = "-grad(a1[i])" in the Go loops, one notation per layer where one line serves two (the C++ update line, read
at the hidden layer and at the input layer); rows as transposed vectors, "last_prediction" = "a2[:].T"; input-first
weights as transposes, "this.synapse1" = "W2[:, :].T"; code's helpers for arithmetic by the operation they perform,
{ multiply = "matrix product", dotMultiply = "product", "Nx.dot" = "matrix product", "NeuralNetwork.T" = "transpose"
}; the code's temporaries by what they hold, "dpred" = "a1[0]*(1 - a1[0])", "whoD" = "-eta*grad(W2[:, :])"), a network
of the kind the page describes (with the page's numbers where it gives them: till2's target [10, -2] (a linear
output), samyvera's rate 0.2, HussainAther's first sample [1 0 1] -> 0 and l_rate .2, the JavaScript default lr 0.3,
the rates 0.1 the Elixir and MATLAB files write; all in tests/public_formulas_batch134_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A
code's delta (gradient, output_delta, delta3), an error (errors[i] = targetOutput[i] - outputs[i], last_error), a
temporary (dC_dA2, a, b, c, d) and a step (whoD, wihD, HussainAther's delta) are twinned as values, as in batches 14 to
132; dL_dW2, dC_dW3 and the like as gradients. Formulas keep their page's delimiters and what surrounds them on their
line (a line's indentation, a statement's ; or as number[], a // comment after it, a Lua comment's tab and its column
"| output"); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 134

The batch: 54 formulas from 11 addresses (the Go SimpleNN 5, the C++ backprop 3, the Scala network 4, till2's README
8, the Elixir network 8, synapsea's comment 1, samyvera's perceptron 5, the TypeScript network 7, the JavaScript
network 7, xor_htan.m 3, backprop.m 3). 9 are in documents (till2's 8 in ```py blocks, synapsea's 1 in a Lua block
comment), 45 in code files (Go 5, C++ 3, Scala 4, Elixir 8, JavaScript 12, TypeScript 7, MATLAB 6).

7 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the Go SimpleNN's go-who, nn.WeightsHO[i][j] += learningRate * gradient * outputs[j]: outputs is Backpropagate's
  argument, the output layer's outputs (its comment says "Hidden Layer is input to Output Layer"); the step needs
  hidden output j, a1[j], not output j's a2[j] (the network is 3-2-2, so that outputs[j] exists for every hidden j);
- its go-hd, hiddenErrors[i] = errorSum * outputs[i] * (1 - outputs[i]): the hidden slope taken of output i's a2,
  where hidden unit i's a1 (1 - a1) was meant (errorSum named the back-propagated error the loop means; the loop
  summing errors[j] without the outputs' slope is a second slip, in a running sum left out);
- the TypeScript network's ts-od, output_delta = dotMultiply(output_error, output_layer.map(v => this.activation(v,
  true))): activation(v, true) returns fx (1 - fx) with fx = sigmoid(v), and v is already the output, so the slope is
  sigmoid(a2) (1 - sigmoid(a2)) where a2 (1 - a2) was meant (batch 114's oc-dz slip);
- its ts-hd, the same slip at the hidden layer (hidden_layer.map(v => this.activation(v, true)));
- the JavaScript network's js-herr, hErr = NeuralNetwork.dot(NeuralNetwork.T(this.who),err): err is target - output,
  without the outputs' slope, and this.who was updated on the line before; -dE/d(hidden outputs) needs the slope and
  the weights the outputs were computed with (the twin uses the updated weights, as the code does);
- xor_htan.m's hm-d3, delta3 = (a3 - Y(i,1)): the output's delta without the tanh slope 1 - a3^2 (the updates W -
  0.1 Delta, Delta2 = delta3 a2', descend half the squared error);
- backprop.m's ha-d, delta = l_rate * predError(ini) * hdLayerResp: the step for weights_h2o without the output's
  tanh slope (the output is 2./(1+exp(-2x))-1, a tanh);
- mistyped (unreadable): backprop.m's ha-pe, predError(ini) = otLayerResp—output(ini);: an em dash where the minus
  was meant (unreadable="—");
- mistyped (unreadable): its ha-w2, weights_h2o = weights_h2o—delta;: the same (unreadable="—").

Not mistaken, though they look it: the += updates (the Go, C++, TypeScript and JavaScript codes' deltas are -dE/dz or
target - output), the Scala and Elixir ones with subtraction (theirs are dE/dz); the C++ output delta target - output
without a slope (the tutorial's delta is the error at the output, the slope applied in the weights' pass); the C++
update line at the input layer (target->delta named the back-propagated error the tutorial means; its first pass
sums the next deltas without their slopes, a slip in a running sum, left out); till2's headings, "Gradient of Weight
Matrix W⁽¹⁾" above dL_dW2's code and the other way round (the code is right under either); till2's dL/dW2 without a
slope (its output is linear: its target [10, -2] is no sigmoid's); the Elixir dC_dZ3 = (y_hat - y)/m without a slope
(the binary cross-entropy of a sigmoid output); samyvera's dcost = 2 (pred - target) (cost = (pred - target)^2, no
half); the TypeScript hidden_error and updates (output_delta and hidden_delta named the -dE/dz the page means, their
slips being their own lines'; read as rows, as the comments' "(matrix!)" say, though mathjs would take number[] as
1-D arrays); the JavaScript wihD and wih (hGrad named the rate times -dE/dz1 the page means).

What was left out: the Go forward loops (running sums), errorSum += errors[j] * nn.WeightsHO[j][i] (a running sum,
with its slip) and the tagger's vocabularies; the C++ first pass (n->delta = 0, n->delta += conn->weight *
conn->target->delta: a running sum, the AGH tutorial's propagation without the slopes); the Scala forward recursion,
its update weight + -alpha * activation.T.dot(error_delta) (a lambda's body, no left side) and its loss (a recursion's
case); the Elixir feed_forward (z1 = Nx.broadcast(b1, ...) |> Nx.add(z1): a broadcast by shapes), its dA2_dZ2 and
dA1_dZ1 lines, dC_dZ1 and the db lines (Nx.sum with axes), the other five updates (the w3 one taken), and its cost;
synapsea's hidden line (error = (weight_k * error_j) * activation'(output) | hidden: its j and k name no units a
notation can give without guessing) and its dense error code (output[a][b] = output[a][b] + ..., an accumulation into
a number indexed as a table); samyvera's cost = Math.pow(...) (the loss's value) and its forward sums; the TypeScript
predict; the JavaScript grad and hGrad lines (a name reassigned on the next line) and its feedForward; xor_htan.m's
a2 = [1; a2], z2 = W1*(a1) and z3 = W2 * a2 (matrices with a bias column, which no notation names whole), its delta2
line (W2(2:4)' and a2(2:4): the loader takes no range W2(2:4) as a name, nor W2(k), a base ending in a digit before
its parenthesis), its Delta sums and updates (W1 = W1 - (0.1) .* Delta1: the bias column again); backprop.m's forward
lines (hdLayerResp = 2./(1+exp(-hdLayerResp'*2))-1 redefines the name on its right), bp and the second delta (a name
reassigned), weights_i2h = weights_i2h—delta' (the em dash a third time) and totalError. Pages read and not taken:
mochji's synapsea beyond its comment, ezancanaro's Portuguese Rust notes (claimed, then left: a chatbot's output
quoted, no formula of the author's), El-PowerPtr's minitron (functions' bodies without left sides), a Haskell Backward
module (stored file 38334398336, definitions by arguments), Sebas95's PruebaGrad.m and m-a-y-a-n-k's
backPropPredictor.m (bias columns removed and added by slicing), and many candidates earlier batches held
(Wkalmar's F#, geloganu's Fortran, jminyu's MATLAB, r0fls's Lua, a Julia costFunction).

Collected on 2026-12-07 (07:55 to 08:05 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch: b134_cpo, b134_cpw2 and b134_cpw1 on the C++
network) before the run, without judging a formula: 11 of the 13 loaded as first written (the C++ page has three, its
output loop and its update line at two layers); two were refused by the loader for the format, not a meaning:
xor_htan.m's first at "W2(2:4)" ("a range a(i:j) in parentheses, MATLAB's slice of the entries i to j ... write a
symbol such as O_{k}^{1}"), then at "W2(1)" ("is not one symbol: W with two index groups, W_{2} and (1)"), so that its
delta2 line was left out and W2 is not named; backprop.m's at "inputs(ini,:)" ("an array section in parentheses ..."),
dropped (no formula taken needs it), then at "weights_i2h" and "weights_h2o" ("is not one symbol"), the first dropped
and the second written "weights_{h2o}". The oracle's first run passed every verdict as first transcribed (47 entries
before the two MATLAB pages were added, then all 54, 52 with twins).
Run blind at main fc65d6d (/work/READY_FOR_BLIND53; src/ as at 703fdc6, main's last change to it; the rebase without
conflict, main not having moved), with nothing under src/ changed. The first run (/work/batch134_blind.txt): 40 of 54
read with every verdict right (74%), 12 refused, 1 typo refused, 1 typo read, no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number, none
names a quantity the page does not mean: the JavaScript helpers are declared by their dotted names as
docs/notation.md says, and "weights_{h2o}" is the loader's spelling of weights_h2o, needed by no refusal but the
typo's), so the batch was run once.

Of the 7 mistaken formulas, 4 were read with their wrong member called wrong (go-who, the output's outputs[j] for the
hidden output; go-hd, the output's slope for the hidden unit's; hm-d3, the output delta without the tanh slope; ha-d,
the step without it); the other three were refused (ts-od and ts-hd at the map's body, js-herr at the static helper,
below), none called correct. By page: the Go SimpleNN 5 of 5, the C++ backprop 3 of 3, the Scala network 4 of 4,
till2's README 8 of 8, the Elixir network 7 of 8, synapsea's comment 0 of 1, samyvera's perceptron 5 of 5, the
TypeScript network 0 of 7, the JavaScript network 4 of 7, xor_htan.m 3 of 3, backprop.m 1 of 1 (and its two typos,
one read, one refused).

The refusals by construct (12, and the typos'), with the exact message:

- 4, TypeScript's cast "as number[]" after a statement's value, its "as" read as a product of a and s, ts-oe:
  "formula 'output_error = subtract(target, output_layer) as number[]': a needs its layer, e.g. a^{(1)}; or give it a
  meaning in the notation" (ts-he, ts-w1, ts-w0 the same);
- 3, an arrow function's map whose body is a method call with a flag, .map(v => this.activation(v, true)), ts-od:
  "formula 'output_delta = dotMultiply(output_error, output_layer.map...': a map's body 'this.activation(v, true)' is
  not written entry by entry (another name, a method, an index or a reduction), which check does not run; write each
  entry's formula, or the map of a function of its entry alone (u.map(|x| f(x)))" (ts-h with (v, false) and ts-hd
  the same);
- 3, a static helper named T, declared "NeuralNetwork.T" = "transpose", whose .T was read as the transpose of a name
  NeuralNetwork, js-whod: "formula 'whoD = NeuralNetwork.dot(grad,NeuralNetwork^T(h))': unknown symbol NeuralNetwork;
  the notation knows err, grad, h, hErr, hGrad, inputs, o, targets; a name of several letters is read whole only where
  the notation names it: give it the quantity it stands for in the notation's [notation.symbols], "NeuralNetwork" =
  "..." (e.g. "a1[0]")" (js-herr, js-wihd the same; js-who and js-bo, NeuralNetwork.add without a .T, were read);
- 1, Elixir's pipe into a call with an argument, ex-dz3: "formula 'dC_dZ3 = Nx.subtract(y_hat, y) |> Nx.divide(m)':
  the pipeline's stage |> Nx.divide(m), which check reads only as a function's name (z |> act is act(z)) or a map of
  one (z |> Array.map act), after a statement's value; a stage with arguments puts the value in a place of the
  language's (F#'s last, Elixir's first): write the call, f(y, z)";
- 1, a comment's column after the formula, "| output", read as a norm's bar, sy-err: "formula "error = (output -
  expected) * activation'(output) | output": expected '|' to close the norm at the end";
- the typos: ha-pe read, its em dash taken for a minus (predError(ini) = otLayerResp—output(ini) judged correct as
  output - target: no wrong formula called correct, the page's meaning read through its typesetting); ha-w2 refused
  without naming '—', the dash taken for a minus there too: "formula 'weights_h2o = weights_h2o-delta': weights_{h2}
  matches none of the notation's patterns for weights ('weights_{h2o}')" (weights_h2o in a formula read as
  weights_{h2} and o, where the loader took the notation's name only as weights_{h2o}).

Read, among the constructs these pages brought: Go's := and tab-indented loops with nn.WeightsHO[i][j] and // comments,
two slips called wrong; C's -> fields and a method call target->deriv() named in the notation, one update line judged
at two layers; Scala's val with numsca's prev_delta.dot(weight.T), predictions.head and a derivative helper of the
activations, on rows; a README's ```py temporaries a = (-y + out).T, b = np.dot(a, W2), d = b.T * c and dL_dW1 = d *
x.T (broadcasting's outer product); Elixir's Nx.dot, Nx.transpose, Nx.multiply and Nx.subtract declared as
operations, with names dC_dZ2 and propagator_dC_dA2; JavaScript's let and -= with dcost = 2 * (pred - target) and
point[i]; NeuralNetwork.add and NeuralNetwork.sub static helpers; MATLAB's hyp_tan declared tanh, Y(i,1) and a
delta3 without the tanh slope called wrong, and a step without it (ha-d) called wrong.

Which look general (would appear in much homework): TypeScript's "as" casts after a statement (four refusals here),
an arrow function's map whose body is a method with a flag (a sigmoid(x, derivative) helper is common), Elixir's pipe
into a call with an argument, and an em dash for a minus (read as a minus, which reads a copied snippet's meaning but
takes a mistyped formula as written right). Page-specific: a static helper named T beside a declared NeuralNetwork.T,
and a comment's "| output" column.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch134_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_GO = _STORED.format(27427526181, "package simplenn",
                     "a Go SimpleNN of a part-of-speech tagger: ForwardPass, CalculateError and Backpropagate with "
                     "+= updates")
_CP = _STORED.format(10906079853, "#include \"train.h\"",
                     "a C++ backprop after the AGH tutorial: neurons joined by connections, a delta pass and a "
                     "weights' pass")
_SC = _STORED.format(9887603862, "package example",
                     "a Scala NeuralNetwork on numsca: forward, backpropagate and learnEpoch as recursions over "
                     "lists of tensors")
_TL = ("https://github.com/till2/Backpropagation-from-Scratch (README.md, commit 1303926): \"Backpropagation from "
       "Scratch\", a toy MLP's gradients in ```py blocks")
_EX = ("https://github.com/Yashaswini-Sharma/NeuralNetwork (neural_network.exs, commit e8f9bfb): an Elixir Nx "
       "network, backprop_layer_3, backprop_layer_2 and backprop_layer_1")
_SY = ("https://github.com/mochji/synapsea (core/layers/error.lua, commit 0be029f): the header comment "
       "\"ewwow backpwopagation\" of a Lua machine learning library")
_SV = ("https://github.com/samyvera/perceptron (js/neuralNetwork.js, commit c4f5b61): a JavaScript perceptron, one "
       "sigmoid neuron trained by hand")
_TS = _STORED.format(7521297823, "import {random, multiply, dotMultiply, exp, subtract, transpose, add} from 'mathjs'",
                     "a TypeScript NeuralNetwork on mathjs: synapse0, synapse1 and a sigmoid(x, derivative) helper")
_HM = ("https://github.com/HemantharajM/Neural_Networks (XOR/xor_htan.m, commit 128969e): a MATLAB XOR network "
       "with tanh units (hyp_tan) and biases as weights of a constant unit")
_HA = ("https://github.com/HussainAther/mathematics (stat/MATLAB/backprop.m, commit 31d9bda): \"Neural network with "
       "backpropagation.\", a MATLAB snippet with em dashes for minus signs")
_JS = _STORED.format(27553072920, "const sigmoid = x => 1 / (1 + Math.exp(-x));",
                     "a JavaScript NeuralNetwork with static matrix helpers dot, add, sub, map, T and dSigmoid")


def _grid(**sizes: int) -> tuple:
    """Every combination of the letters' values: _grid(j=3, i=2) -> ({"j": 0, "i": 0}, {"j": 0, "i": 1}, ...)."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)


def _d2(k: str) -> str:
    """dE/dz2[k] of a sigmoid output under half the squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _a1(j: str, outputs: int) -> str:
    """dE/d a1[j] through the outputs' sigmoid units, half the squared error, W2 output-first."""
    return "(" + " + ".join(f"{_d2(str(k))}*W2[{k},{{{j}}}]" for k in range(outputs)) + ")"


# ---- the Go SimpleNN (3-2-2, no biases): i the output in the output loop, the hidden unit in the hidden loops ------
_GO_D2 = _d2("{i}")
_GO_A1 = _a1("i", 2)
_GO_D1 = f"{_GO_A1}*a1[{{i}}]*(1 - a1[{{i}}])"
# ---- the C++ network (2-3-1, no biases) ------------------------------------------------------------------------
_CP_D2 = _d2("0")
# ---- the Scala and TypeScript networks (2-3-2, no biases) and the JavaScript one (2-3-2, biases) -------------------
_D2K = _d2("{k}")
_A1J = _a1("j", 2)
_D1J = f"{_A1J}*a1[{{j}}]*(1 - a1[{{j}}])"
# ---- till2's network (3-4-2, a linear output, no biases) -------------------------------------------------------------
_TL_A1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
_TL_Z1 = "(W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2])"
# ---- the Elixir network (2-3-3-1, biases, the binary cross-entropy: dC/dz3 = a3 - y) ---------------------------------
_EX_D3 = "(a3[0] - y[0])"
_EX_A2 = f"{_EX_D3}*W3[0,{{j}}]"
_EX_D2 = f"{_EX_A2}*a2[{{j}}]*(1 - a2[{{j}}])"
_EX_A1 = "(" + " + ".join(f"{_EX_D3}*W3[0,{j}]*a2[{j}]*(1 - a2[{j}])*W2[{j},{{i}}]" for j in range(3)) + ")"
# ---- samyvera's perceptron (2-1, a bias, the squared error) ---------------------------------------------------------
_SV_D = "2*(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# ---- the JavaScript network's hErr: this.who already updated, err without the output's slope ------------------------
_JS_HERR = "(" + " + ".join(
    f"(W2[{k},{{j}}] + eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{{j}}])*(y[{k}] - a2[{k}])" for k in range(2)) + ")"


ENTRIES = [
    # ---- the Go SimpleNN (tab-indented): errors = target - output, a scalar gradient in the output loop, the hidden
    # loop's errorSum, += updates; outputs[i] and outputs[j] where the hidden layer's outputs were meant ---------------
    Public("b134-go-err", _GO, "b134_go", "b134_go", "\t\terrors[i] = targetOutput[i] - outputs[i]", ((C,),),
           (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _grid(i=2)),), batch=134,
           why="CalculateError's loop: target minus output, a value"),
    Public("b134-go-grad", _GO, "b134_go", "b134_go",
           "\t\tgradient := errors[i] * outputs[i] * (1 - outputs[i]) // Sigmoid derivative", ((C,),),
           (Twin("value", f"-{_GO_D2}", ("(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])",), _grid(i=2)),), batch=134,
           why="Go's := and a // comment; the output loop's scalar, -dE/dz2[i]"),
    Public("b134-go-who", _GO, "b134_go", "b134_go",
           "\t\t\tnn.WeightsHO[i][j] += learningRate * gradient * outputs[j] //Hidden Layer is input to Output Layer",
           ((W,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_GO_D2}*a2[{{j}}]",), _grid(i=2, j=2)),),
           batch=134,
           why="outputs[j] is Backpropagate's argument, the OUTPUT layer's outputs (the comment says the hidden "
               "layer is the input here): the step needs the hidden output a1[j], so the update is wrong"),
    Public("b134-go-hd", _GO, "b134_go", "b134_go",
           "\t\thiddenErrors[i] = errorSum * outputs[i] * (1 - outputs[i]) // Sigmoid derivative", ((W,),),
           (Twin("value", f"-{_GO_D1}", (f"-{_GO_A1}*a2[{{i}}]*(1 - a2[{{i}}])",), _grid(i=2)),), batch=134,
           why="the hidden slope taken of outputs[i], output i's a2 (1 - a2), where hidden unit i's a1 (1 - a1) "
               "was meant; errorSum named as the back-propagated error the loop means (its own slip, errors[j] "
               "without the output's slope, is in the running sum, left out)"),
    Public("b134-go-wih", _GO, "b134_go", "b134_go",
           "\t\t\tnn.WeightsIH[i][j] += learningRate * hiddenErrors[i] * inputs[j] //Input Layer is input to Hidden "
           "Layer", ((C,),),
           (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_GO_D1}*x[{{j}}]",), _grid(i=2, j=3)),),
           batch=134, why="+= with hiddenErrors the code's -dE/dz1 as named"),
    # ---- the C++ backprop (four-space indentation): n->delta = target - value, one update line for both layers ------
    Public("b134-cp-d", _CP, "b134_cp", "b134_cpo", "        n->delta = target_value - n->value;", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=134,
           why="the output neurons' delta, the tutorial's target minus output (-dE/d output), a value"),
    Public("b134-cp-w2", _CP, "b134_cp", "b134_cpw2",
           "                conn->weight += learning_rate * n->value * target->delta * target->deriv();", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*(y[0] - a2[0])*a2[0]*(1 - a2[0])",),
                 _grid(j=3)),), batch=134,
           why="the weights' pass at the hidden layer (n hidden neuron j, target the output): C's ->, a method "
               "call deriv() named in the notation"),
    Public("b134-cp-w1", _CP, "b134_cp", "b134_cpw1",
           "                conn->weight += learning_rate * n->value * target->delta * target->deriv();", ((C,),),
           (Twin("update", "W1[{k},{j}]",
                 (f"W1[{{k}},{{j}}] + eta*x[{{j}}]*(-{_CP_D2}*W2[0,{{k}}])*a1[{{k}}]*(1 - a1[{{k}}])",),
                 _grid(j=2, k=3)),), batch=134,
           why="the same line at the input layer (n input j, target hidden neuron k), target->delta named the "
               "back-propagated error the tutorial means"),
    # ---- the Scala NeuralNetwork (rows, val, numsca's .dot and .T) -----------------------------------------------------
    Public("b134-sc-le", _SC, "b134_sc", "b134_sc", "            val last_error = last_prediction - rule_output",
           ((C,),), (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _grid(k=2)),), batch=134),
    Public("b134-sc-led", _SC, "b134_sc", "b134_sc",
           "            val last_error_delta = last_error * sigmoid_derivate(last_prediction)", ((C,),),
           (Twin("value", _D2K, (_D2K,), _grid(k=2)),), batch=134,
           why="sigmoid_derivate of the prediction, a (1 - a): dE/dz2 as a row"),
    Public("b134-sc-err", _SC, "b134_sc", "b134_sc", "        val error = prev_delta.dot(weight.T)", ((C,),),
           (Twin("value", _A1J, (_A1J,), _grid(j=3)),), batch=134,
           why="backpropagate at the hidden layer: prev_delta dE/dz2, weight the output layer's input-first "
               "weights; dE/d(hidden outputs) as a row"),
    Public("b134-sc-d", _SC, "b134_sc", "b134_sc",
           "        val delta = error * sigmoid_derivate(predictions.head)", ((C,),),
           (Twin("value", _D1J, (_D1J,), _grid(j=3)),), batch=134,
           why="predictions.head the hidden layer's activations there (the stack holds the predictions, the "
               "output's first)"),
    # ---- till2's README (```py blocks) ---------------------------------------------------------------------------------
    Public("b134-tl-h", _TL, "b134_tl", "b134_tl", "h = sigmoid(np.dot(W1, x))", ((C,),),
           (Twin("value", "a1[{j}]", (f"sigmoid{_TL_Z1}",), _grid(j=4)),), batch=134),
    Public("b134-tl-dw2", _TL, "b134_tl", "b134_tl", "dL_dW2 = np.dot((-y + out), h.T)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a1[{j}]",), _grid(k=2, j=4)),), batch=134,
           why="under the heading \"Gradient of Weight Matrix W⁽¹⁾\" (the headings swapped); the output linear"),
    Public("b134-tl-z", _TL, "b134_tl", "b134_tl", "z = np.dot(W1, x)", ((C,),),
           (Twin("value", "z1[{j}]", (_TL_Z1,), _grid(j=4)),), batch=134),
    Public("b134-tl-a", _TL, "b134_tl", "b134_tl", "a = (-y + out).T", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("-y[{k}] + a2[{k}]",), _grid(k=2)),), batch=134,
           why="dL/d out as a row; a, b, c, d the code's temporaries, named in the notation"),
    Public("b134-tl-b", _TL, "b134_tl", "b134_tl", "b = np.dot(a, W2)", ((C,),),
           (Twin("value", _TL_A1, (_TL_A1,), _grid(j=4)),), batch=134),
    Public("b134-tl-c", _TL, "b134_tl", "b134_tl", "c = sigmoid(z) * (1 - sigmoid(z))", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _grid(j=4)),),
           batch=134),
    Public("b134-tl-d", _TL, "b134_tl", "b134_tl", "d = b.T * c", ((C,),),
           (Twin("value", f"{_TL_A1}*a1[{{j}}]*(1 - a1[{{j}}])", (f"{_TL_A1}*a1[{{j}}]*(1 - a1[{{j}}])",),
                 _grid(j=4)),), batch=134),
    Public("b134-tl-dw1", _TL, "b134_tl", "b134_tl", "dL_dW1 = d * x.T", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_TL_A1}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _grid(j=4, i=3)),),
           batch=134, why="a column times a row by broadcasting: the outer product"),
    # ---- the Elixir Nx network (four- and eight-space indentation, Nx calls, |>) ------------------------------------
    Public("b134-ex-dz3", _EX, "b134_ex", "b134_ex", "    dC_dZ3 = Nx.subtract(y_hat, y) |> Nx.divide(m)", ((C,),),
           (Twin("value", "a3[0] - y[0]", ("(a3[0] - y[0])/1",)),), batch=134,
           why="the mean binary cross-entropy's dC/dz3 over m samples (one here); Elixir's pipe"),
    Public("b134-ex-dw3", _EX, "b134_ex", "b134_ex", "    dC_dW3 = Nx.dot(dC_dZ3, Nx.transpose(a2))", ((C,),),
           (Twin("gradient", "W3[0,{j}]", (f"{_EX_D3}*a2[{{j}}]",), _grid(j=3)),), batch=134),
    Public("b134-ex-da2", _EX, "b134_ex", "b134_ex", "    dC_dA2 = Nx.dot(Nx.transpose(w3), dC_dZ3)", ((C,),),
           (Twin("value", _EX_A2, (_EX_A2,), _grid(j=3)),), batch=134),
    Public("b134-ex-dz2", _EX, "b134_ex", "b134_ex", "    dC_dZ2 = Nx.multiply(propagator_dC_dA2, dA2_dZ2)", ((C,),),
           (Twin("value", _EX_D2, (_EX_D2,), _grid(j=3)),), batch=134,
           why="propagator_dC_dA2 the function's argument (dC_dA2), dA2_dZ2 the slope of the line above"),
    Public("b134-ex-dw2", _EX, "b134_ex", "b134_ex", "    dC_dW2 = Nx.dot(dC_dZ2, Nx.transpose(a1))", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", (f"{_EX_D2}*a1[{{i}}]",), _grid(j=3, i=3)),), batch=134),
    Public("b134-ex-da1", _EX, "b134_ex", "b134_ex", "    dC_dA1 = Nx.dot(Nx.transpose(w2), dC_dZ2)", ((C,),),
           (Twin("value", _EX_A1, (_EX_A1,), _grid(i=3)),), batch=134),
    Public("b134-ex-dw1", _EX, "b134_ex", "b134_ex", "    dC_dW1 = Nx.dot(dC_dZ1, Nx.transpose(a0))", ((C,),),
           (Twin("gradient", "W1[{i},{k}]", (f"{_EX_A1}*a1[{{i}}]*(1 - a1[{{i}}])*x[{{k}}]",), _grid(i=3, k=2)),),
           batch=134),
    Public("b134-ex-w3", _EX, "b134_ex", "b134_ex", "        w3 = Nx.subtract(w3, Nx.multiply(alpha, dC_dW3))",
           ((C,),), (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] - eta*{_EX_D3}*a2[{{j}}]",), _grid(j=3)),),
           batch=134, why="alpha = 0.1, the problem file's rate"),
    # ---- synapsea's header comment (a tab, the layer's name after |) ----------------------------------------------
    Public("b134-sy-err", _SY, "b134_sy", "b134_sy", "\terror = (output - expected) * activation'(output)  | output",
           ((C,),), (Twin("value", _D2K, (_D2K,), _grid(k=2)),), batch=134,
           why="the output layer's error, dE/dz2 with the slope written of the output; \"| output\" the comment's "
               "column naming the layer"),
    # ---- samyvera's perceptron (sixteen- and twenty-space indentation, let, -=) ------------------------------------
    Public("b134-sv-p", _SV, "b134_sv", "b134_sv", "                let pred = sigmoid(z);", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=134),
    Public("b134-sv-dp", _SV, "b134_sv", "b134_sv", "                let dpred = sigmoid(z) * (1 - sigmoid(z));",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=134),
    Public("b134-sv-dc", _SV, "b134_sv", "b134_sv", "                let dcost = 2 * (pred - target);", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=134,
           why="cost = (pred - target)^2 the line above: its derivative by pred"),
    Public("b134-sv-w", _SV, "b134_sv", "b134_sv",
           "                    w[i] -= learning_rate * dcost * dpred * point[i];", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_SV_D}*x[{{i}}]",), _grid(i=2)),), batch=134,
           why="learning_rate = 0.2, the problem file's rate"),
    Public("b134-sv-b", _SV, "b134_sv", "b134_sv", "                b -= learning_rate * dcost * dpred * 1;", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_SV_D}*1",)),), batch=134),
    # ---- the TypeScript mathjs network (twelve-space indentation, let, as number[], // comments) ----------------------
    Public("b134-ts-h", _TS, "b134_ts", "b134_ts",
           "            let hidden_layer = multiply(input_layer, this.synapse0).map(v => this.activation(v, false)); "
           "//output of hidden layer neurons (matrix!)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _grid(j=3)),), batch=134,
           why="activation(v, false) the sigmoid, applied by .map with an arrow function"),
    Public("b134-ts-oe", _TS, "b134_ts", "b134_ts",
           "            let output_error = subtract(target, output_layer) as number[]; //calculating error (matrix!)",
           ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _grid(k=2)),), batch=134),
    Public("b134-ts-od", _TS, "b134_ts", "b134_ts",
           "            let output_delta = dotMultiply(output_error, output_layer.map(v => this.activation(v, true))); "
           "//calculating delta (vector!)", ((W,),),
           (Twin("value", f"-{_D2K}", ("(y[{k}] - a2[{k}])*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",), _grid(k=2)),),
           batch=134,
           why="activation(v, true) computes fx (1 - fx) with fx = sigmoid(v), and v is already the output: the "
               "slope sigmoid(a2) (1 - sigmoid(a2)) where a2 (1 - a2) was needed (batch 114's oc-dz slip)"),
    Public("b134-ts-he", _TS, "b134_ts", "b134_ts",
           "            let hidden_error = multiply(output_delta, transpose(this.synapse1)) as number[]; "
           "//calculating of error of hidden layer neurons (matrix!)", ((C,),),
           (Twin("value", f"-{_A1J}", (f"-{_A1J}",), _grid(j=3)),), batch=134,
           why="output_delta named the -dE/dz2 the page means (its slip is its own line's)"),
    Public("b134-ts-hd", _TS, "b134_ts", "b134_ts",
           "            let hidden_delta = dotMultiply(hidden_error, hidden_layer.map(v => this.activation(v, true))); "
           "//calculating delta (vector!)", ((W,),),
           (Twin("value", f"-{_D1J}", (f"-{_A1J}*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))",), _grid(j=3)),),
           batch=134, why="the same slip at the hidden layer: sigmoid of the hidden outputs inside the slope"),
    Public("b134-ts-w1", _TS, "b134_ts", "b134_ts",
           "            this.synapse1 = (add(this.synapse1, multiply(transpose(hidden_layer), multiply(output_delta, "
           "this.lr)))) as number[];", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + a1[{{j}}]*(-{_D2K})*eta",), _grid(k=2, j=3)),),
           batch=134, why="read as rows, as the comments' \"(matrix!)\" say (1-D arrays in mathjs would make the "
                          "product an inner product)"),
    Public("b134-ts-w0", _TS, "b134_ts", "b134_ts",
           "            this.synapse0 = add(this.synapse0, multiply(transpose(input_layer), multiply(hidden_delta, "
           "this.lr))) as number[];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + x[{{i}}]*(-{_D1J})*eta",), _grid(j=3, i=2)),),
           batch=134),
    # ---- the JavaScript network (four-space indentation, const, static helpers) -------------------------------------
    Public("b134-js-err", _JS, "b134_js", "b134_js", "    const err = NeuralNetwork.sub(targets,o);", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _grid(k=2)),), batch=134),
    Public("b134-js-whod", _JS, "b134_js", "b134_js", "    const whoD = NeuralNetwork.dot(grad,NeuralNetwork.T(h));",
           ((C,),),
           (Twin("value", f"-eta*{_D2K}*a1[{{j}}]", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])*eta*a1[{j}]",),
                 _grid(k=2, j=3)),), batch=134,
           why="grad after its second line, dSigmoid(o) times err times the rate: the step added to who"),
    Public("b134-js-who", _JS, "b134_js", "b134_js", "    this.who = NeuralNetwork.add(this.who,whoD);", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2K}*a1[{{j}}]",), _grid(k=2, j=3)),),
           batch=134),
    Public("b134-js-bo", _JS, "b134_js", "b134_js", "    this.bo  = NeuralNetwork.add(this.bo,grad);", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2K}",), _grid(k=2)),), batch=134),
    Public("b134-js-herr", _JS, "b134_js", "b134_js",
           "    const hErr = NeuralNetwork.dot(NeuralNetwork.T(this.who),err);", ((W,),),
           (Twin("value", f"-{_A1J}", (_JS_HERR,), _grid(j=3)),), batch=134,
           why="the hidden error from err, target - output, without the outputs' slope, and through this.who "
               "already updated on the line above: -dE/d(hidden outputs) needs the slope and the weights "
               "the outputs were computed with"),
    Public("b134-js-wihd", _JS, "b134_js", "b134_js",
           "    const wihD = NeuralNetwork.dot(hGrad,NeuralNetwork.T(inputs));", ((C,),),
           (Twin("value", f"-eta*{_D1J}*x[{{i}}]", (f"eta*(-{_D1J})*x[{{i}}]",), _grid(j=3, i=2)),), batch=134,
           why="hGrad named the rate times -dE/dz1 the page means (the hErr slip is that line's)"),
    Public("b134-js-wih", _JS, "b134_js", "b134_js", "    this.wih = NeuralNetwork.add(this.wih,wihD);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1J}*x[{{i}}]",), _grid(j=3, i=2)),),
           batch=134),
    # ---- HemantharajM's xor_htan.m (tab-indented MATLAB, 1-based, biases as weights of a constant unit) --------------
    Public("b134-hm-a2", _HM, "b134_hm", "b134_hm", "\t\ta2 = hyp_tan(z2);", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _grid(j=3)),), batch=134,
           why="the hidden outputs before the next line prepends the constant 1; hyp_tan the tanh"),
    Public("b134-hm-a3", _HM, "b134_hm", "b134_hm", "\t\ta3 = hyp_tan(z3);", ((C,),),
           (Twin("value", "a2[0]", ("tanh(z2[0])",)),), batch=134),
    Public("b134-hm-d3", _HM, "b134_hm", "b134_hm", "\t\tdelta3 = (a3 - Y(i,1))", ((W,),),
           (Twin("value", "(a2[0] - y[0])*(1 - a2[0]**2)", ("a2[0] - y[0]",)),), batch=134,
           why="the output's delta without its tanh slope 1 - a3^2 (the updates W - 0.1 Delta descend half the "
               "squared error, whose dE/dz3 is (a3 - y)(1 - a3^2)); no semicolon, MATLAB prints it"),
    # ---- HussainAther's backprop.m (MATLAB with em dashes for minus signs) -----------------------------------------
    Public("b134-ha-pe", _HA, "b134_ha", "b134_ha", "predError(ini) = otLayerResp\u2014output(ini);",
           unreadable="\u2014", batch=134,
           why="an em dash where the minus was meant (a typesetter's dash, copied from a web page)"),
    Public("b134-ha-d", _HA, "b134_ha", "b134_ha", "delta = l_rate * predError(ini) * hdLayerResp;", ((W,),),
           (Twin("value", "eta*(a2[0] - y[0])*(1 - a2[0]**2)*a1[{j}]", ("eta*(a2[0] - y[0])*a1[{j}]",), _grid(j=3)),),
           batch=134,
           why="the step for weights_h2o without the output's tanh slope 1 - otLayerResp^2 (the output is "
               "2./(1+exp(-2x))-1, a tanh): the rate times the error times the hidden outputs"),
    Public("b134-ha-w2", _HA, "b134_ha", "b134_ha", "weights_h2o = weights_h2o\u2014delta;", unreadable="\u2014",
           batch=134, why="the em dash again, for the update's minus"),
]
