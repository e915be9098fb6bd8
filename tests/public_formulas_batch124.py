r"""Batch 124 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on languages earlier
batches met less: Zig, Mad Pascal, D, Erlang, Clojure, Mojo first, then new repositories in Swift, C#, Python and
Julia): three repositories' files and seven stored files whose repositories the index does not name.
dlidstrom's NeuralNetworkInAllLangs, Zig/src/neural.zig (Zig at commit aa8fa62: fn sigmoidPrime(d: f64) f64 { return
d * (1 - d); }, flat arrays self.network.weights_output[h * self.output.len + o] with -= updates, a // comment
∂L/∂z0 = [(a1 - y) * a1 * (1 - a1)] * w1 * a0 * (1 - a0) in Unicode); Manuel Vio's Mad Pascal unit neuralnet (stored
file 840479260, after the same repository: function ... begin Result := ... end;, := updates written out with the
array on both sides); a D module neuralnetwork (stored file 21534604928: this.delta, synapse.backwardNeuron.output,
a helper gradient(x) = x * (1.0 - x)); an Erlang neuralnet copied from trapexit (stored file 29452021434: clauses
sigmoid_deriv(X) -> math:exp(-X) / (1 + math:exp(-2 * X)).); pbbhopp's cognition-ignition core.clj (Clojure at
commit 0040562: (defn dsigmoid [y] (* y (- 1.0 y)))); a Mojo XOR trainer (stored file 16280697467: # dL/dW2[i,j] =
dL/dOutput_pre[i] * hidden[j] comments, var gradient = ..., self.w2[i][j] -= learning_rate * gradient); ThalesMMS's
Swift-Neural-Networks mlp_simple.swift (Swift at commit 0f5c56e: generic updateWeights(layer:inputs:deltas:) with
+= and the code's deltas); SharpCoder's C# FastNet (stored file 44781396871: a 2-2-2-1 network without biases written
node by node, 1f literals, weights[9] += LEARN_RATE * outputs[3] * errors[4]); a Python NeuralNet (stored file
22837048809: tabs, def sigmoid_prim(x): return (sigmoid(x) * (1 - x))); and a Julia NN (stored file 27289295451:
σ′(x) = σ(x) * (1 - σ(x)), broadcast .= and .* on nn.∇b[i], nn.∇w[i], nn.∇a[i - 1], the transpose '). Copied
verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; the repositories' files
read at their commits), each with the notation a teacher would write for the page under shared/spec/notation.md
(and docs/notation.md for what the product documents: code deltas that are -dE/dz written "-delta2[k]" where the
updates add them, helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given and
"sigmoid' at input" where they compute the derivative at their argument; a loop's running sum named with its
meaning where a line uses it, sum = "z1[h] - b1[h]" in a forward loop and "grad(a1[h])" in a backward one, one
notation per loop where the page reuses the name; object-oriented code's this and synapse fixed to one neuron and
one synapse, the output neuron's synapse from hidden neuron 0; the Julia arrays counted from 1, the input,
"nn.a[i]" = "a{i-1}[:]"), a network of the kind the page describes (with the page's learning rates where it gives
them: 0.5, 1.0, 0.01; all in tests/public_formulas_batch124_tables.py), and its true verdicts, from PyTorch-oracle
twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta (grad_output,
gradientsOutput, errors[4], deltaOutput, this.delta), an error (errors[i] = expected - output), a helper's
definition (sigmoidPrime, sigmoidPrim, gradient, sigmoid_deriv, dsigmoid, σ′, the file's own tanh), a forward line
and a loss's definition (loss(x, y) = sum((x - y) .^ 2)) are twinned as values (a dL/dz as gradient_z), as in
batches 14 to 122. Formulas keep their page's delimiters and what surrounds them on their line (a line's
indentation, spaces or tabs, a comment's // or #, a statement's ;, a trailing space); what was left out is said in
the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 124

The batch: 58 formulas from 10 addresses (neural.zig 8, the Mad Pascal unit 8, the D module 4, the Erlang neuralnet
2, core.clj 2, the Mojo trainer 8, mlp_simple.swift 6, FastNet 8, the Python NeuralNet 4, the Julia NN 8), all in
code files: 54 code lines or definitions, 4 in comments (the Zig // ∂L/∂z0 line, three Mojo # dL/d... lines; none
in a document: see below for the LaTeX reports found).

3 are mistaken somewhere (the oracle finds the member wrong), and none is mistyped:

- the Erlang neuralnet's c4-er-dsig, sigmoid_deriv(X) -> math:exp(-X) / (1 + math:exp(-2 * X)).: the sigmoid's
  derivative is e^-x / (1 + e^-x)^2 = e^-x / (1 + 2 e^-x + e^-2x); the middle term of the square dropped (a slip of
  trapexit's "Erlang and Neural Networks", which the file says it copied; the index holds other copies of it);
- the Python NeuralNet's c4-py-sp, def sigmoid_prim(x): return (sigmoid(x) * (1 - x)): sigmoid(x) (1 - x) mixes the
  derivative at the sum, sigmoid(x) (1 - sigmoid(x)), with the derivative written of the output, x (1 - x); wrong
  whichever x means (the code passes the outputs, so its output_errors and hidden_errors lines are wrong too: not
  taken, as no notation can name this helper: the functions table takes a derivative "at input" or "at output",
  never sigmoid(x) (1 - x));
- the D module's c4-dm-sat, this.delta = this.error * 0.15;: the code's branch for |error| > 0.9, "to prevent neuron
  saturation when the gradient is too tiny", a delta that is not -dE/dz (0.15 for the slope, at most 0.25); a
  deliberate heuristic rather than a slip, but the delta the update then uses, and wrong as what the page names.

Not mistaken, though they look it: FastNet's comment "a hard-coded topology of 2-2-1" over a getOutput that computes
2-2-2-1 (five nodes, ten weights; the network is the code's, its lines right); the D Neuron's this.error /=
this.forwardSynapses.length (the mean of the errors sent back, which on a network with one output is their sum: not
taken, a compound assignment); the Mojo mse_loss (the mean of the squares) against steps of half the squared error
(output_error = output - target: the network's loss is the one the steps descend, as in batch 116); the Swift
+= updates and FastNet's (the code's deltas are -dE/dz); the Julia loss, the squared error not halved (the network
says so: loss = "squared_error", and nn.∇a at the output is loss′ = 2 (x - y)).

What was left out: neural.zig's predictInplace output line, train's grad_output loop's sum and the weights_output
bias line (the same constructs as the lines taken); the Mad Pascal Predict's running sums and Train's biasesHidden
line; the D module's sigmoid (return 1.0 / (1.0 + 2.7182818 ^^ -x): e cut to eight digits, neither the sigmoid
exactly, which the oracle's tolerance 1e-9 would call wrong, nor a slip a teacher would mark), its feed-forward
line neuron.output = sigmoid(neuron.input), neuron.input = 0.0; (a comma expression whose second part resets the
sum), its running sums and the weight clamps; the Erlang perceptron's message handling (Learning_rate * Sens * Input
inside a fun, calculate_sensitivity's clauses without a left side); core.clj's backward-propagate (anonymous fns
over (:output neuron) and (:weights %), which no pattern names); the Mojo output_error.append(...) and
hidden_pre_grad.append(...) lines (method calls), its docstring "Derivative of sigmoid: σ(x) * (1 - σ(x))." (prose)
and its W1 and b1 updates (the W2 loop's text again); mlp_simple.swift's sigmoid and sigmoidDerivative definitions,
its totalErrors += and loss lines; FastNet's other outputs, errors and weights lines (the same pattern; 8 of 20
taken); the Python NeuralNet's updates with momentum (weights_out[j][k] += N * change + M * change_out[j][k], its
change_out made num_hid x num_hid, a slip of shape) and its output_errors and hidden_errors (through sigmoid_prim,
above); the Julia file's relu, lrelu (lrelu(x) = max(0.01, x): the leaky ReLU's max(0.01 x, x) slipped, but no
problem file names a leaky ReLU), loss′ (the loader refuses "loss′" as a loss derivative's helper name: "a code name
of two characters or more") and nn.w -= η * nn.Σ∇w (a vector of matrices).

Languages looked for and not taken: Common Lisp (three files: "learning for me and learning for machine", stored
file 28270700386, prathik's neuron.lisp, alcinoluiz's deeplisp) and Racket (stored file 2995595252, (define
(delta-theta theta-out delta-out activation-input) ...)) hold backprop formulas, but in hyphenated names (d-error,
(neuron-delta neuron), grad-sigmoid, delta-output-sum) that the notation format cannot name (the loader: "'d-error':
is not one symbol", and for functions "functions.grad-sigmoid: ... a word of letters, digits and underscores");
Clojure's lines past its two defn helpers are the same; J (robmoore-i's backPropogation.ijs) is tacit; Mathematica
(Kassebaum's Perceptron.m class), PHP (no formula lines in the files found), Ada, Crystal, Elm, Maxima, Maple,
Prolog, Groovy, Kotlin and Typst gave no backprop formula the searches found; LaTeX reports (a student's
\section{Backpropagation} with the typo W^{(l}), a \title{Derivation of backpropagation}) came up in the code
search's excerpts, but find_string does not reach them, so no stored id could be cited. Pages read and not taken:
another version of the Pascal in2h12iou2 program (stored file 10366189566; batch 104 took 10502608861, the same
program), akodali9's autoencoder.r and MrLolegic's Lua network (their repositories in /work/used_urls.txt), lixun's
Julia backprop and a student's Back-propagation derivation (stored files in /work/used_ids.txt).

Collected on 2026-12-07 (02:03 to 02:12 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
23 of the 25 loaded as first written; two were refused by the loader for the format, not a meaning: the Julia
table's functions "act′" (U+2032's prime: "is not an element-wise activation's derivative and where it is taken",
written "act'" instead) and "nn.∇a[i]" ("is not one symbol": the table names nn.a, nn.z, nn.w, nn.b and leaves the ∇
names to the reader), and the loss′ table's helper (its entry, loss′(x, y) = 2 .* (x - y), left out, above; the
table names the loss, loss = ["loss"], for loss(x, y)). The oracle's first run passed every verdict as first
transcribed (58 entries).

Run blind at main 74e26aa (/work/READY_FOR_BLIND49; src/ as at 74e26aa, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch124_blind_first.txt): 50 of 58 read
with every verdict right (86%), 8 refused, no typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. Two of the refusals were slips of the notations, fixed once and run again: the Julia table named init's
keyword act (and "act'") where the formulas write nn.act (c4-jl-a's refusal, "unknown symbol nn.act"; c4-jl-db's
text was read as act(nn)′ before its own refusal at ∇b), and the Python table left sigmoid_prim unnamed where the
Erlang and D tables name their helpers, though the page means it as the sigmoid's derivative (c4-py-sp: "def
sigmoid_prim: check reads the definition of code's word for an activation's derivative (dsigmoid, tanh_deriv,
sigmoid_prime) ... and of a loss or function the notation names"); the tables now write functions = { "nn.act" =
"sigmoid" } and { sigmoid_prim = "sigmoid' at input" }. The second run (/work/batch124_blind.txt): 51 of 58 read with
every verdict right (88%), 7 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT (c4-py-sp read, its
member called wrong; c4-jl-a still refused, below).

Of the 3 mistaken formulas, 2 were read with their wrong member called wrong (c4-dm-sat, the D delta's 0.15, in both
runs; c4-py-sp, sigmoid(x) (1 - x), in the second); the third, c4-er-dsig, was refused at Erlang's math:exp (below),
not called correct. By page (second run): neural.zig 7 of 8, the Mad Pascal unit 8 of 8, the D module 4 of 4, the
Erlang neuralnet 0 of 2, core.clj 2 of 2, the Mojo trainer 8 of 8, mlp_simple.swift 6 of 6, FastNet 8 of 8, the
Python NeuralNet 4 of 4, the Julia NN 4 of 8.

The refusals by construct (7 in the second run), with the exact message:

- 3, a Julia code name whose field holds ∇ (nn.∇b[i], nn.∇w[i], nn.∇a[i - 1]), which the loader does not take as a
  pattern either ("nn.∇a[i]": "is not one symbol"): c4-jl-dw: "formula "nn.∇w[i] .= nn.a[i - 1]' .* nn.∇b[i]":
  nn.∇w is a code name whose field holds a Greek letter or ∂, which check does not read as one name (it would be nn
  times ∇w); write the field in ASCII letters in the formula and the notation, nn.nablaw" (c4-jl-db at nn.∇b,
  c4-jl-da at nn.∇a the same);
- 2, Erlang's clauses name(X) -> body. with a module's function math:exp: c4-er-sig: "formula 'sigmoid(X) -> 1 / (1
  + math:exp(-X))': expected ')' to close the parenthesis at ':' (position 32)"; c4-er-dsig: "formula
  'sigmoid_deriv(X) -> math:exp(-X) / (1 + math:exp(-2 * X))': unexpected at ':' (position 29)";
- 1, Julia's broadcast call of a function held in a struct's field, nn.act.(nn.z[i]), read as nn.act times (...)
  although the table names nn.act a function: c4-jl-a: "formula 'nn.a[i] = nn.act \\cdot (nn.z[i])': unknown symbol
  nn.act; the notation knows nn.a, nn.b, nn.w, nn.z; give it the quantity of symbols.md it stands for in the
  notation's [notation.symbols] ("nn.act" = ...), or, where its dot is a product, write nn*act";
- 1, a Zig function definition, fn name(d: f64) f64 { return ...; }, not read as a helper's definition (Mad Pascal's
  function ... Result := and D's float gradient(float x) { return ...; } were): c4-zg-sp: "formula 'fn
  sigmoidPrime(d: f64) f64 { return d * (1 - d); }': has no left side; write the equation (\frac{\partial L}{\partial
  w} = ...) or name the parameter with --param".

Read, among the constructs these pages brought: Zig's flat arrays self.network.weights_output[h * self.output.len +
o] with -= and a // comment in Unicode ∂ with square brackets (∂L/∂z0 = [(a1 - y) * a1 * (1 - a1)] * w1 * a0 * (1 -
a0)); Mad Pascal's := with the array on both sides, flat indices h*OUTPUT_LAYER_SIZE + o and a function ... begin
Result := ... end; helper; D's this.delta and synapse.backwardNeuron.output, and a helper with a comment before its
return; Clojure's prefix (defn sigmoid [x] (/ 1.0 (+ 1.0 (Math/exp (* -1.0 x))))) and (defn dsigmoid [y] (* y (- 1.0
y))); Mojo's var and # dL/dW2[i,j] = dL/dOutput_pre[i] * hidden[j] comments; Swift's generic updateWeights lines
through a notation of its call; C#'s 1f literals in a 2-2-2-1 network written node by node; Python's tabs and
def sigmoid_prim (called wrong); Julia's σ′(x) = ..., its own tanh, loss(x, y) = sum((x - y) .^ 2) and nn.z[i] .=
nn.w[i] * nn.a[i - 1] + nn.b[i] with layers counted from the input.

Which look general (would appear in much homework): Julia code with Unicode names (∇, ∂ inside dotted fields) and
broadcast calls of struct-held functions (nn.act.(z)), common in Julia ports of Nielsen's network; Erlang's (and
Elixir's) module-qualified calls math:exp and clause arrows, and Zig's (and Rust-like) typed fn definitions, which
every helper of those languages writes. Page-specific: none of the refusals is a slip of the page; the ∇ names are
the file's way of naming gradients.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch124_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZG = "https://github.com/dlidstrom/NeuralNetworkInAllLangs (Zig/src/neural.zig, commit aa8fa62)"
_MP = _STORED.format(840479260, "unit neuralnet;",
                     "Manuel Vio's Mad Pascal unit: a sigmoid network for hand-written digits, after "
                     "NeuralNetworkInAllLangs")
_DM = _STORED.format(21534604928, "// This module contains tools for you to create a feed-forward neural network easily.",
                     "a D module neuralnetwork: neurons and synapses, backpropagateAndAdjust")
_ER = _STORED.format(29452021434, "%_____________________________________________",
                     "an Erlang neuralnet, \"mostly copied from http://trapexit.org/Erlang_And_Neural_Networks\"")
_CJ = "https://github.com/pbbhopp/cognition-ignition (ch4-neural-networks/src/ch4_neural_networks/core.clj, commit 0040562)"
_MJ = _STORED.format(16280697467, "\"\"\"",
                     "a Mojo program that trains a 2-4-1 sigmoid network on XOR, its docstring \"Train a neural "
                     "network to learn XOR using backpropagation.\"")
_SW = "https://github.com/ThalesMMS/Swift-Neural-Networks (mlp_simple.swift, commit 0f5c56e)"
_FN = _STORED.format(44781396871, "// Author: SharpCoder",
                     "a C# FastNet: a hard-coded sigmoid network without biases, its deltas and updates written out "
                     "weight by weight")
_PY = _STORED.format(22837048809, "#!/usr/bin/env python3",
                     "a Python NeuralNet with an input bias unit and momentum, its sigmoid_prim the derivative")
_JL = _STORED.format(27289295451, "# See LICENSE file for copyright and license details.",
                     "a Julia NN (network.jl): broadcast .= .* updates of Unicode-named arrays nn.∇a, nn.∇b, nn.∇w")

# index values
_H3 = tuple({"h": h} for h in range(3))
_O2 = tuple({"o": o} for o in range(2))
_H3O2 = tuple({"h": h, "o": o} for h in range(3) for o in range(2))
_I2H3 = tuple({"i": i, "h": h} for i in range(2) for h in range(3))
_I1 = ({"i": 0},)
_I4 = tuple({"i": i} for i in range(4))
_I1J4 = tuple({"i": 0, "j": j} for j in range(4))
_I4J2 = tuple({"i": i, "j": j} for i in range(4) for j in range(2))
_I4J1 = tuple({"i": i, "j": 0} for i in range(4))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))

# a 2-3-2 sigmoid network under half the squared error (the Zig and Mad Pascal files): dL/dz2[o], dL/da1[h], dL/dz1[h]
_D2 = "(a2[{o}] - y[{o}])*a2[{o}]*(1 - a2[{o}])"
_A1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{h}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{h}])"
_D1 = f"{_A1}*a1[{{h}}]*(1 - a1[{{h}}])"

# the D 2-2-1 network: dE/dz2
_DD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the Mojo and Swift 2-4-1 networks: dL/dz2[i] (one output), dL/dz1[i] of hidden unit i
_M2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_M1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])"
_S2J = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"

# FastNet's 2-2-2-1 network: dE/dz3, dE/dz2[n], dE/dz1[m]
_F3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"


def _f2(n: int) -> str:
    return f"{_F3}*W3[0,{n}]*a2[{n}]*(1 - a2[{n}])"


def _f1(m: int) -> str:
    return f"({_f2(0)}*W2[0,{m}] + {_f2(1)}*W2[1,{m}])*a1[{m}]*(1 - a1[{m}])"


# the Julia 2-3-2 network under the squared error sum((a - y)^2): dL/dz2[k], dL/da1[j], dL/dz1[j]
def _j2(k: int) -> str:
    return f"2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _ja1(j: int) -> str:
    return f"({_j2(0)}*W2[0,{j}] + {_j2(1)}*W2[1,{j}])"


def _j1(j: int) -> str:
    return f"{_ja1(j)}*a1[{j}]*(1 - a1[{j}])"


_JL_Z = (tuple({"l": 1, "j": j, "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3))
         + tuple({"l": 2, "j": k, "m": f"W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]"}
                 for k in range(2)))
_JL_A = tuple({"l": 1, "j": j} for j in range(3)) + tuple({"l": 2, "j": k} for k in range(2))
_JL_B = (tuple({"l": 1, "j": j, "m": f"sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))*{_ja1(j)}"} for j in range(3))
         + tuple({"l": 2, "j": k, "m": f"sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))*2*(a2[{k}] - y[{k}])"}
                 for k in range(2)))
_JL_W = (tuple({"l": 1, "j": j, "k": k, "m": f"x[{k}]*{_j1(j)}"} for j in range(3) for k in range(2))
         + tuple({"l": 2, "j": j, "k": k, "m": f"a1[{k}]*{_j2(j)}"} for j in range(2) for k in range(3)))
_JL_DA = tuple({"j": j, "t": _ja1(j), "m": f"W2[0,{j}]*{_j2(0)} + W2[1,{j}]*{_j2(1)}"} for j in range(3))


ENTRIES = [
    # ---- NeuralNetworkInAllLangs' Zig trainer (twelve- and sixteen-space indentation): flat weight arrays indexed
    # h * self.output.len + o, -= updates with dL/dz gradients, a helper of the output; a LaTeX-free comment with
    # Unicode ∂ ----------------------------------------------------------------------------------------------------
    Public("c4-zg-sp", _ZG, "b124_zg", "b124_zgs", "fn sigmoidPrime(d: f64) f64 {\n    return d * (1 - d);\n}",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=124,
           why="Zig's fn with typed argument and return; d a unit's output (the trainer passes the outputs)"),
    Public("c4-zg-hid", _ZG, "b124_zg", "b124_zgf", "            hidden[h] = sigmoid(sum + self.biases_hidden[h]);",
           ((C,),), (Twin("value", "a1[{h}]", ("sigmoid(z1[{h}] - b1[{h}] + b1[{h}])",), _H3),), batch=124,
           why="sum the loop's running sum of the weighted inputs (the bias added here)"),
    Public("c4-zg-go", _ZG, "b124_zg", "b124_zg",
           "            self.grad_output[o] = (self.output[o] - y[o]) * sigmoidPrime(self.output[o]);", ((C,),),
           (Twin("gradient_z", "z2[{o}]", (_D2,), _O2),), batch=124),
    Public("c4-zg-cm", _ZG, "b124_zg1", "b124_zgc",
           "        // ∂L/∂z0 = [(a1 - y) * a1 * (1 - a1)] * w1 * a0 * (1 - a0)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("((a2[0] - y[0])*a2[0]*(1 - a2[0]))*W2[0,0]*a1[0]*(1 - a1[0])",)),),
           batch=124,
           why="a // comment in Unicode ∂ with square brackets for grouping; its layers counted from 0 (z0, a0 the "
               "hidden unit, a1 the output, w1 the output's weight): the chain of one hidden unit and one output"),
    Public("c4-zg-gh", _ZG, "b124_zg", "b124_zg", "            self.grad_hidden[h] = sum * sigmoidPrime(self.hidden[h]);",
           ((C,),), (Twin("gradient_z", "z1[{h}]", (_D1,), _H3),), batch=124,
           why="sum the hidden loop's sum over o of grad_output[o] times the weight (dL/d hidden[h])"),
    Public("c4-zg-wo", _ZG, "b124_zg", "b124_zg",
           "                self.network.weights_output[h * self.output.len + o] -= lr * self.grad_output[o] * "
           "self.hidden[h];", ((C,),),
           (Twin("update", "W2[{o},{h}]", (f"W2[{{o}},{{h}}] - eta*{_D2}*a1[{{h}}]",), _H3O2),), batch=124,
           why="a flat array's index h * self.output.len + o for the weight from hidden h to output o; -= with dL/dz"),
    Public("c4-zg-wh", _ZG, "b124_zg", "b124_zg",
           "                self.network.weights_hidden[i * self.hidden.len + h] -= lr * self.grad_hidden[h] * input[i];",
           ((C,),), (Twin("update", "W1[{h},{i}]", (f"W1[{{h}},{{i}}] - eta*{_D1}*x[{{i}}]",), _I2H3),), batch=124),
    Public("c4-zg-bh", _ZG, "b124_zg", "b124_zg", "            self.network.biases_hidden[h] -= lr * self.grad_hidden[h];",
           ((C,),), (Twin("update", "b1[{h}]", (f"b1[{{h}}] - eta*{_D1}",), _H3),), batch=124),
    # ---- the Mad Pascal unit (four- and six-space indentation): := with a trailing ;, function ... begin Result :=
    # ... end;, flat arrays weightsOutput[h*OUTPUT_LAYER_SIZE + o], updates written out w := w - (rate * ...) ---------
    Public("c4-mp-sp", _MP, "b124_mp", "b124_mps",
           "function sigmoidPrim(arg: float): float;\nbegin\n  Result := arg * (1.0 - arg)\nend;", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=124,
           why="Pascal's function with Result :=, no ; before end; arg a unit's output (Train passes activations)"),
    Public("c4-mp-ah", _MP, "b124_mp", "b124_mpf", "    activationsHidden[h] := sigmoid(sumHidden + biasesHidden[h]);",
           ((C,),), (Twin("value", "a1[{h}]", ("sigmoid(z1[{h}] - b1[{h}] + b1[{h}])",), _H3),), batch=124,
           why="sumHidden the running sum of the weights of the lit pixels (the inputs are bits)"),
    Public("c4-mp-ao", _MP, "b124_mp", "b124_mpf", "    activationsOutput[o] := sigmoid(sumOutput + biasesOutput[o]);",
           ((C,),), (Twin("value", "a2[{o}]", ("sigmoid(z2[{o}] - b2[{o}] + b2[{o}])",), _O2),), batch=124),
    Public("c4-mp-go", _MP, "b124_mp", "b124_mp",
           "    gradientsOutput[o] := (activationsOutput[o] - outputBit) * sigmoidPrim(activationsOutput[o]);", ((C,),),
           (Twin("gradient_z", "z2[{o}]", (_D2,), _O2),), batch=124,
           why="outputBit the target of output o (1.0 for the digit, 0.0 else)"),
    Public("c4-mp-gh", _MP, "b124_mp", "b124_mp",
           "    gradientsHidden[h] := gradientHiddenSum * sigmoidPrim(activationsHidden[h]);", ((C,),),
           (Twin("gradient_z", "z1[{h}]", (_D1,), _H3),), batch=124,
           why="gradientHiddenSum the loop's sum over o of gradientsOutput[o] times the weight (dL/d hidden[h])"),
    Public("c4-mp-wo", _MP, "b124_mp", "b124_mp",
           "      weightsOutput[h*OUTPUT_LAYER_SIZE + o] := weightsOutput[h*OUTPUT_LAYER_SIZE + o] - (LEARNING_RATE * "
           "gradientsOutput[o] * activationsHidden[h]); ", ((C,),),
           (Twin("update", "W2[{o},{h}]", (f"W2[{{o}},{{h}}] - eta*{_D2}*a1[{{h}}]",), _H3O2),), batch=124,
           why="the update written out with the array on both sides; a trailing space after the ; (the file's)"),
    Public("c4-mp-wh", _MP, "b124_mp", "b124_mp",
           "      weightsHidden[i*HIDDEN_LAYER_SIZE + h] := weightsHidden[i*HIDDEN_LAYER_SIZE + h] - (LEARNING_RATE * "
           "gradientsHidden[h] * inputBit);", ((C,),),
           (Twin("update", "W1[{h},{i}]", (f"W1[{{h}},{{i}}] - eta*{_D1}*x[{{i}}]",), _I2H3),), batch=124,
           why="inputBit input i (the pixel's bit)"),
    Public("c4-mp-bo", _MP, "b124_mp", "b124_mp",
           "    biasesOutput[o] := biasesOutput[o] - (LEARNING_RATE * gradientsOutput[o]);", ((C,),),
           (Twin("update", "b2[{o}]", (f"b2[{{o}}] - eta*{_D2}",), _O2),), batch=124),
    # ---- the D module (twelve-space indentation): this.delta, synapse.backwardNeuron.output, += updates with the
    # code's deltas (-dE/dz); a helper of the output --------------------------------------------------------------
    Public("c4-dm-grad", _DM, "b124_dm", "b124_dmg",
           "float gradient(float x)\n{\n    // it returns the result of x through the derivative of the sigmoid "
           "function\n    return x * (1.0 - x);\n}", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=124,
           why="a D function with a comment line before its return; x a neuron's output (the method passes "
               "this.output)"),
    Public("c4-dm-do", _DM, "b124_dm", "b124_dm", "            this.delta = this.error * gradient(this.output);",
           ((C,),), (Twin("value", f"-{_DD2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=124,
           why="the output neuron's delta (-dE/dz), a value; the same line serves the hidden neurons"),
    Public("c4-dm-sat", _DM, "b124_dm", "b124_dm", "            this.delta = this.error * 0.15;", ((W,),),
           (Twin("value", f"-{_DD2}", ("(y[0] - a2[0])*0.15",)),), batch=124,
           why="the code's branch for |error| > 0.9 (\"to prevent neuron saturation when the gradient is too "
               "tiny\"): a delta that is not -dE/dz (0.15 for the slope a2 (1 - a2), at most 0.25); a deliberate "
               "heuristic, wrong as the delta the update then uses"),
    Public("c4-dm-w", _DM, "b124_dm", "b124_dm",
           "            synapse.weight += synapse.backwardNeuron.output * this.delta * learningRate;", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*a1[0]*{_DD2}",)),), batch=124,
           why="the output neuron's synapse from hidden neuron 0; += with the code's delta (-dE/dz)"),
    # ---- the Erlang neuralnet (four-space indentation): a function's clauses name(X) -> body., math:exp -------------
    Public("c4-er-sig", _ER, "b124_er", "b124_er", "sigmoid(X) ->\n    1 / (1 + math:exp(-X)).", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=124,
           why="Erlang's clause name(X) -> body. with math:exp; X the dot product of weights and inputs"),
    Public("c4-er-dsig", _ER, "b124_er", "b124_er", "sigmoid_deriv(X) ->\n    math:exp(-X) / (1 + math:exp(-2 * X)).",
           ((W,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("exp(-z1[0])/(1 + exp(-2*z1[0]))",)),),
           batch=124,
           why="e^-x / (1 + e^-2x) where e^-x / (1 + e^-x)^2 = e^-x / (1 + 2 e^-x + e^-2x) is the sigmoid's "
               "derivative: the middle term 2 e^-x of the square dropped (trapexit's slip, copied)"),
    # ---- pbbhopp's Clojure (prefix forms, defn with a vector of arguments, Math/exp) --------------------------------
    Public("c4-cj-sig", _CJ, "b124_cj", "b124_cjs", "(defn sigmoid [x] (/ 1.0 (+ 1.0 (Math/exp (* -1.0 x)))))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-1.0*z1[0]))",)),), batch=124,
           why="Clojure's prefix arithmetic: (/ a b), (+ a b), (* -1.0 x); Math/exp Java's exp"),
    Public("c4-cj-dsig", _CJ, "b124_cj", "b124_cjd", "(defn dsigmoid [y] (* y (- 1.0 y)))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=124,
           why="y a neuron's output (the code calls (dsigmoid (:output neuron)))"),
    # ---- the Mojo trainer (eight- to sixteen-space indentation): # comments with dL/dX quotients of code names,
    # var declarations, -= updates --------------------------------------------------------------------------------
    Public("c4-mj-c1", _MJ, "b124_mj", "b124_mj", "        # dL/dOutput_pre = dL/dOutput * sigmoid'(output_pre)",
           ((C,),), (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),),
           batch=124, why="a comment's chain of the whole vectors (one output here)"),
    Public("c4-mj-c2", _MJ, "b124_mj", "b124_mj", "        # dL/dW2[i,j] = dL/dOutput_pre[i] * hidden[j]", ((C,),),
           (Twin("gradient", "W2[{i},{j}]", (f"{_M2}*a1[{{j}}]",), _I1J4),), batch=124,
           why="W2[i,j] symbols.md's own (output i, hidden j)"),
    Public("c4-mj-c3", _MJ, "b124_mj", "b124_mj", "        # dL/db2[i] = dL/dOutput_pre[i]", ((C,),),
           (Twin("gradient", "b2[{i}]", (_M2,), _I1),), batch=124),
    Public("c4-mj-sd", _MJ, "b124_mj", "b124_mj",
           "            var sig_deriv = sigmoid_derivative(self.last_output_pre[i])", ((C,),),
           (Twin("value", "a2[{i}]*(1 - a2[{i}])", ("sigmoid(z2[{i}])*(1 - sigmoid(z2[{i}]))",), _I1),), batch=124,
           why="Mojo's var; sigmoid_derivative of the sum (its body sigmoid(x) (1 - sigmoid(x)))"),
    Public("c4-mj-g2", _MJ, "b124_mj", "b124_mj",
           "                var gradient = output_pre_grad[i] * self.last_hidden[j]", ((C,),),
           (Twin("gradient", "W2[{i},{j}]", (f"{_M2}*a1[{{j}}]",), _I1J4),), batch=124),
    Public("c4-mj-w2", _MJ, "b124_mj", "b124_mj", "                self.w2[i][j] -= learning_rate * gradient", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_M2}*a1[{{j}}]",), _I1J4),), batch=124),
    Public("c4-mj-b2", _MJ, "b124_mj", "b124_mj", "            self.b2[i] -= learning_rate * output_pre_grad[i]",
           ((C,),), (Twin("update", "b2[{i}]", (f"b2[{{i}}] - eta*{_M2}",), _I1),), batch=124),
    Public("c4-mj-g1", _MJ, "b124_mj", "b124_mjh",
           "                var gradient = hidden_pre_grad[i] * self.last_input[j]", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_M1}*x[{{j}}]",), _I4J2),), batch=124,
           why="the W1 loop's gradient (i a hidden unit, j an input); hidden_pre_grad computed before W2's update"),
    # ---- ThalesMMS's mlp_simple.swift (eight- to sixteen-space indentation): generic layer functions, += updates
    # with the code's deltas (-dL/dz) ---------------------------------------------------------------------------------
    Public("c4-sw-err", _SW, "b124_sw", "b124_sw", "                errors[i] = expected[sample][i] - outputOutputs[i]",
           ((C,),), (Twin("value", "y[{i}] - a2[{i}]", ("y[{i}] - a2[{i}]",), _I1),), batch=124,
           why="expected[sample][i]: the sample's row, i the output"),
    Public("c4-sw-do", _SW, "b124_sw", "b124_sw",
           "        deltaOutput[i] = errors[i] * sigmoidDerivative(outputOutputs[i])", ((C,),),
           (Twin("value", f"-{_M2}", ("(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])",), _I1),), batch=124,
           why="the code's delta (-dL/dz), a value"),
    Public("c4-sw-dh", _SW, "b124_sw", "b124_swh", "        deltaHidden[i] = error * sigmoidDerivative(hiddenOutputs[i])",
           ((C,),), (Twin("value", f"-{_M1}", ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])",),
                          _I4),), batch=124,
           why="error the hidden loop's sum over the outputs (-dL/d hidden output i)"),
    Public("c4-sw-w", _SW, "b124_sw", "b124_sw", "            layer.weights[i][j] += learningRate * deltas[j] * inputs[i]",
           ((C,),), (Twin("update", "W2[{j},{i}]", (f"W2[{{j}},{{i}}] - eta*{_S2J}*a1[{{i}}]",), _I4J1),), batch=124,
           why="updateWeights as train calls it on nn.output (inputs the hidden outputs, deltas deltaOutput): "
               "weights[input][output] input-first"),
    Public("c4-sw-b", _SW, "b124_sw", "b124_sw", "        layer.biases[i] += learningRate * deltas[i]", ((C,),),
           (Twin("update", "b2[{i}]", (f"b2[{{i}}] - eta*{_M2}",), _I1),), batch=124),
    Public("c4-sw-fw", _SW, "b124_sw", "b124_swf", "        outputs[i] = sigmoid(activation)", ((C,),),
           (Twin("value", "a1[{i}]", ("sigmoid(z1[{i}])",), _I4),), batch=124,
           why="forward as train calls it on nn.hidden; activation the bias plus the weighted inputs"),
    # ---- SharpCoder's FastNet (three tabs): float literals 1f, the network written out node by node -----------------
    Public("c4-fn-o0", _FN, "b124_fn", "b124_fn",
           "\t\t\toutputs[0] = sig(input[0] * weights[0] + input[1] * weights[1]);", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1])",)),), batch=124),
    Public("c4-fn-o4", _FN, "b124_fn", "b124_fn",
           "\t\t\toutputs[4] = sig(outputs[2] * weights[8] + outputs[3] * weights[9]);", ((C,),),
           (Twin("value", "a3[0]", ("sigmoid(a2[0]*W3[0,0] + a2[1]*W3[0,1])",)),), batch=124,
           why="the output node, in the third layer (the comment's 2-2-1 is 2-2-2-1 in the code)"),
    Public("c4-fn-e4", _FN, "b124_fn", "b124_fn", "\t\t\terrors[4] = output * (1f - output) * (target - output);",
           ((C,),), (Twin("value", f"-{_F3}", ("a3[0]*(1 - a3[0])*(y[0] - a3[0])",)),), batch=124,
           why="C#'s float literal 1f; the code's delta (-dE/dz), a value"),
    Public("c4-fn-e3", _FN, "b124_fn", "b124_fn",
           "\t\t\terrors[3] = outputs[3] * (1f - outputs[3]) * (errors[4] * weights[9]);", ((C,),),
           (Twin("value", f"-{_f2(1)}", (f"a2[1]*(1 - a2[1])*(-{_F3}*W3[0,1])",)),), batch=124),
    Public("c4-fn-e1", _FN, "b124_fn", "b124_fn",
           "\t\t\terrors[1] = outputs[1] * (1f - outputs[1]) * ((errors[3] * weights[7]) + (errors[2] * weights[5]));",
           ((C,),), (Twin("value", f"-{_f1(1)}",
                          (f"a1[1]*(1 - a1[1])*((-{_f2(1)})*W2[1,1] + (-{_f2(0)})*W2[0,1])",)),), batch=124,
           why="outputs[1] feeds outputs[3] through weights[7] and outputs[2] through weights[5]"),
    Public("c4-fn-w9", _FN, "b124_fn", "b124_fn", "\t\t\tweights[9] += LEARN_RATE * outputs[3] * errors[4];", ((C,),),
           (Twin("update", "W3[0,1]", (f"W3[0,1] - eta*a2[1]*{_F3}",)),), batch=124,
           why="+= with the code's delta (-dE/dz); the deltas all computed before the updates"),
    Public("c4-fn-w5", _FN, "b124_fn", "b124_fn", "\t\t\tweights[5] += LEARN_RATE * outputs[1] * errors[2];", ((C,),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*a1[1]*{_f2(0)}",)),), batch=124),
    Public("c4-fn-w0", _FN, "b124_fn", "b124_fn", "\t\t\tweights[0] += LEARN_RATE * input[0] * errors[0];", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*x[0]*{_f1(0)}",)),), batch=124),
    # ---- the Python NeuralNet (tabs): sigmoid_prim's slip, the forward sums named total ------------------------------
    Public("c4-py-sp", _PY, "b124_py", "b124_pys", "def sigmoid_prim(x):\n\treturn (sigmoid(x) * (1 - x))", ((W,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - z1[0])",)),), batch=124,
           why="sigmoid(x) (1 - x): neither the derivative at the sum x (sigmoid(x) (1 - sigmoid(x))) nor at an "
               "output x (x (1 - x)), the two forms mixed (the code passes the outputs, so its output and hidden "
               "errors are wrong too: not taken, no notation can name this helper)"),
    Public("c4-py-err", _PY, "b124_py", "b124_py", "\t\t\terror = expected[k] - self.activation_out[k]", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=124),
    Public("c4-py-ah", _PY, "b124_py", "b124_pyh", "\t\t\tself.activation_hid[j] = sigmoid(total)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=124,
           why="total the loop's sum over the inputs and the bias unit"),
    Public("c4-py-ao", _PY, "b124_py", "b124_pyo", "\t\t\tself.activation_out[k] = sigmoid(total)", ((C,),),
           (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K3),), batch=124),
    # ---- the Julia NN (one to three tabs): broadcast assignments .=, .*, act.(...), the transpose ', Unicode names
    # σ′, ∇ inside dotted code names; layers counted from 1, the input -----------------------------------------------
    Public("c4-jl-sd", _JL, "b124_jl", "b124_jls", "σ′(x) = σ(x) * (1 - σ(x))", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=124, why="Julia's one-line definition of σ′ (U+2032's prime) at x"),
    Public("c4-jl-th", _JL, "b124_jl", "b124_jls", "tanh(x)  = (exp(x) - exp(-x)) / (exp(x) + exp(-x))", ((C,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=124,
           why="the file's own tanh, two spaces before its ="),
    Public("c4-jl-loss", _JL, "b124_jl", "b124_jll", "loss(x, y)  = sum((x - y) .^ 2)", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=124, why="the loss's definition, a value: sum of .^ over the outputs"),
    Public("c4-jl-z", _JL, "b124_jl", "b124_jl", "\t\tnn.z[i] .= nn.w[i] * nn.a[i - 1] + nn.b[i]", ((C,),),
           (Twin("value", "z{l}[{j}]", ("{m}",), _JL_Z),), batch=124,
           why="i = 2, 3 (layers 1, 2 of symbols.md); nn.a[1] the input"),
    Public("c4-jl-a", _JL, "b124_jl", "b124_jl", "\t\tnn.a[i] .= nn.act.(nn.z[i])", ((C,),),
           (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _JL_A),), batch=124,
           why="nn.act.(...) the broadcast of the network's activation (σ)"),
    Public("c4-jl-db", _JL, "b124_jl", "b124_jl", "\t\tnn.∇b[i] .= nn.act′.(nn.z[i]) .* nn.∇a[i]", ((C,),),
           (Twin("gradient", "b{l}[{j}]", ("{m}",), _JL_B),), batch=124,
           why="nn.∇b[i] the gradient by layer i's biases, nn.∇a[i] by its outputs (backprop! starts from "
               "loss′(output, y) = 2 (x - y))"),
    Public("c4-jl-dw", _JL, "b124_jl", "b124_jl", "\t\tnn.∇w[i] .= nn.a[i - 1]' .* nn.∇b[i]", ((C,),),
           (Twin("gradient", "W{l}[{j},{k}]", ("{m}",), _JL_W),), batch=124,
           why="a row nn.a[i - 1]' broadcast against the column nn.∇b[i]: the outer product"),
    Public("c4-jl-da", _JL, "b124_jl", "b124_jl", "\t\t\tnn.∇a[i - 1] .= nn.w[i]' * nn.∇b[i]", ((C,),),
           (Twin("value", "{t}", ("{m}",), _JL_DA),), batch=124,
           why="run for i > 2 only (i = 3 here: the hidden outputs' gradient), a value"),
]
