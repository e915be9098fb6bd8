r"""Batch 102 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in
and on languages the batches had seldom held: all thirteen files code, none in Python): burakyilmaz321's R
neural_network.R (<- assignments, function(x) { ... }, %*% and t(), * entrywise, ** for the power, the iris rows with a
first column of ones, its e <- (y - a3)**2 / (2 * N)); BenSecret's C++ Simple_neural_net.cpp (Eigen: .array(),
.inverse(), .transpose(), -= with alpha, the XOR rows with the constant 1 as a third input); three files of anshm42's
neuralnet in C++ with Eigen, functions.hpp (inline functions of vectors, .square().mean(), .size()), layer.hpp (a
class's forward and updateWeights, weights (in x out) transposed) and network.hpp (backward with .cwiseProduct, a
loop over the layers); a stored TypeScript file of backprop helpers (doc comments in Unicode: δ = errors ⊙ f'(y), ΔW
= lr · δ · xᵀ, Σ_j, ∂L/∂z = output − target with the Unicode minus; Matrix.subtract and Matrix.multiply in the code;
a softmax output with the cross-entropy); a stored Scala NeuralNetwork (the back-propagation steps in a Scaladoc
comment, plain text with SIGMA and typos, and Math.pow(Math.E, -1 * nodeInput)); a stored Clojure faster-nn (defn,
prefix arithmetic, Math/exp, a name with a prime, sigmoid', and a rich-comment test with its result after ;=>);
InfiniteCodeMonkeys' Go main.go (func with typed parameters, math.Exp); Markonis' Elixir sigmoid.ex (def ... do ...
end, :math.pow, e bound to Euler's number on the line before); RandyRDavila's Julia activation_functions.jl (σ(v) =
..., dσ(v) = ... in Unicode); mezeitune's Scala package.scala (def f(x: Double): Double = ...); tomazvila's Scala
NeuralNetwork.scala (Breeze: val h: DenseMatrix[Double] = x * w1, diff.map(_ * 2)). Copied verbatim, typos and
mistakes included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it gives them: the Clojure test's 2-3-4-1 weights and biases, inputs [3 4] and output [5]; the C++ XOR row (0,
1, 1) with alpha 1; R's rate 0.5; all in tests/public_formulas_batch102_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by
an activation or an output or a local derivative (sigmoidDerivative, dSigmoid, sigmoidPrime, deriv, dσ,
sigmoidGradient, sigmoid', dActivations, dHidden) is twinned as a value, as in batches 14 to 100; so is a forward value,
a function's definition (judged at a sum, or at an output where the page writes the derivative of the output, v * (1 -
v)), a loss's definition (MSE, R's e, its entries), a derivative by an output (layer_2_error, dMSE, error,
lossGradient, hiddenError, layer_1_error), and a delta or a step the page writes as -dL/dz or -lr dL/dw (the
TypeScript δ, errors, ΔW and Δb; the Scala comment's weight_update); functions.hpp's MSE and dMSE are judged at the
arguments network.hpp passes them, dMSE(output, target), its parameter target the output (dMSE is the derivative by
its first argument). A loop's or a layer's line is read at one place the notation fixes (network.hpp's loop at i = 0,
the hidden layer; layer.hpp's Layer as the hidden layer; the TypeScript comments at the hidden layer or the output layer
as they say; the Scala comment at the output node k and the first hidden node j). Formulas keep their page's
delimiters and what surrounds them on their line (a code line's indentation, its tabs, a trailing ; or "; ", a
comment's leading * and its words, a function's whole definition); what was left out is said in the entry's why and
below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 102

The batch: 57 formulas from 13 addresses (neural_network.R 7, Simple_neural_net.cpp 10, functions.hpp 4, layer.hpp 5,
network.hpp 4, the TypeScript helpers 9, the Scala NeuralNetwork 4, main.go 2, sigmoid.ex 2, activation_functions.jl
2, package.scala 2, NeuralNetwork.scala 3, faster-nn 3).

3 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- network.hpp's delta = error.cwiseProduct(dSigmoid(output)) and dHidden = dSigmoid(layers[i].getActivations()):
  functions.hpp's dSigmoid(v) is sigmoid(v) (1 - sigmoid(v)), the slope at a sum, and both lines take it of the
  outputs, sigmoid'(a) where the slope is a (1 - a) (layer.hpp's dActivations, dSigmoid(values), has it right and is
  never called);
- the Scala comment's weight_update(i)(j)(k) = etta * delta_j * O_k: its delta_k is dE/dnet (O_k - T_k), and the
  change its code adds is l1 * e * -1 * learningFactor; the comment drops the minus (a step up the gradient);
- mistyped: the Scala comment's delta_j = O_j (1 _ O_j) SIGMA (delata_k * Wjk) (1 _ O_j for 1 - O_j, delata_k for
  delta_k; unreadable="delata_k").

Not mistaken, though they look it: dMSE's 2 * (target - real), called with the output first; hiddenError =
nextWeights * nextDelta (the weights are stored in x out, so no transpose is needed); the TypeScript ∂L/∂z = output −
target with no σ' (softmax with the cross-entropy) and its δ = target − output (δ is -dL/dz on this page); the
Clojure test's output 0.7385495823882188 (the oracle's forward pass at the test's weights gives it); R's e, a matrix
of the loss's entries.

What was left out: neural_network.R's updates w2 <- w2 - 0.5 * (t(a2) %*% d2); and w1's (the rate written as the
number 0.5, which the oracle, drawing the rate at random, cannot judge, as batches 58 and 64 left such lines out), its
data preparation and its test_error; Simple_neural_net.cpp's layer_0 = X (no formula) and its printing; layer.hpp's
constructor and getters; network.hpp's hiddenDelta = hiddenError.cwiseProduct(dHidden) (the construct of delta's
line, its factor the slip above) and its update loop (layer.hpp's updateWeights taken); the TypeScript comment's list
"(output: target − output, hidden: Σ δ_next · w)" (no left side), its code's deltas = errors.clone(), the weightDeltas
and biasDeltas lines (Matrix.multiply then .multiply(learningRate) in place, Matrix.map with a lambda) and the
visualizer helpers; the Scala code's anonymous functions (.map { case (a, b) => a - b }, o * (1 - o) * m, l1 * e * -1
* learningFactor: no name of the network's quantities on a left side); main.go's types and newNetwork; tomazvila's
forward's tuple (h, y); faster-nn's backprop result (:bg and :wg, 16 numbers in nested vectors, cut for the batch's
size), its training result and its stubs returning nil. Where the spec has no way to say what a teacher would: the
TypeScript f'(y) and σ'(y_i), the sigmoid's slope written of the output y (the code's dsigmoid(y) = y (1 - y)), which
the loader refuses to declare ("functions.f': "sigmoid' at output" is not an element-wise activation's derivative and
where it is taken; write "relu' at output" for a word naming a derivative"), so the notation gives f = "sigmoid"
only; Clojure's sigmoid' (the same: a name with a prime is no derivative word); the Scala comment's
weight_update(i)(j)(k) and network.hpp's layers[i].getActivations() and the Clojure call (activation (feedforward nn
[3 4])), which the loader refuses as patterns ("is not one symbol", "unexpected at ')'"), so the notations leave them
unnamed.

Collected on 2026-12-06 (11:42 to 11:49 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: of the 21 pairs,
5 did not load as first written (the refusals quoted above: a prime in a function's name twice, "f'" and "sigmoid'",
and three calls as patterns) and were fixed by taking those keys out of the tables (network.hpp's dHidden, first
written "sigmoid'(z1[:])", became "a1[:]*(1 - a1[:])" at the same time), before any formula was judged.

Run blind at main d9f372a (/work/READY_FOR_BLIND38; src/ as at d9f372a, the rebase a no-op), with nothing under src/
changed. The first run (/work/batch102_blind.txt): 21 of 57 read with every verdict right (37%), 34 refused, 1 misread
(a right formula called wrong), 1 typo refused (naming delata_k, as expected), no crash, NO WRONG FORMULA CALLED
CORRECT. No refusal or misreading was a slip of the notations (none counts from the wrong number, none names a
quantity the page does not mean); two outcomes follow from what the spec lets a notation say, and are kept as they
are: the misreading ts-di (the spec has no way to declare σ' or f' written of the output, the loader refusing "f'" =
"sigmoid' at output") and r-e's refusal (the notation's loss = ["e"] makes e the sample's loss, a number, where R's e
is the matrix of the loss's entries; the spec has no name for those entries): one run.

Of the 3 mistaken formulas none was read: network.hpp's delta and dHidden lines were refused (VectorXd before the
name; dHidden at layers[i].getActivations()'s empty call) and the Scala comment's weight_update line at the label's
colon. By page: neural_network.R 4 of 7, Simple_neural_net.cpp 6 of 10, functions.hpp 0 of 4, layer.hpp 3 of 5,
network.hpp 0 of 4, the TypeScript helpers 1 of 9 (1 misread), the Scala NeuralNetwork 1 of 4 (and its typo refused),
main.go 2 of 2, sigmoid.ex 0 of 2, activation_functions.jl 1 of 2, package.scala 2 of 2, NeuralNetwork.scala 1 of 3,
faster-nn 0 of 3.

The refusals by construct (34), with the exact message:

- 7, C++'s function definitions with a return type and typed parameters, { return ...; } (cpp-sig, cpp-dsig, an-sig,
  an-dsig, an-dmse, an-dact, an-mse), e.g. cpp-sig: "formula 'inline MatrixXd sigmoid(const MatrixXd& v) { return
  (1.0 ...': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with
  --param" (the same for the others but an-mse: "formula 'inline double MSE(const VectorXd& target, const
  VectorXd&...': def MSE(const VectorXd& target, const VectorXd& real): check reads arguments that are names only");
- 4, C++'s typed declaration with a library's type name, VectorXd y = ... (an-y, an-err, an-delta, an-herr), e.g.
  an-err: "formula 'VectorXd error = dMSE(output, target);': its left side 'VectorXd error' is a phrase of words
  (unknown symbol VectorXd), which check reads only as one name the notation gives; write "VectorXd error" = "..." in
  the notation's [notation.symbols] with the quantity it stands for (e.g. new(W2[0, 0]) for a weight's new value,
  grad(W2[0, 0]) for its gradient), and each phrase of its right side so (a learning rate's in learning_rate)";
- 4, a doc comment's list item or step label before the formula, "- name: formula" and "3- words: formula" (ts-delta,
  ts-dW, ts-db, sc-wu), e.g. ts-dW: "formula '- weightDeltas: \\Delta W = lr \\cdot \\delta \\cdot x^T': unexpected at
  ':' (position 15)"; ts-delta: "formula "- deltas: \\delta = errors \\odot f'(y); this is what gets ...": unexpected
  at ':' (position 9)"; ts-db: "... unexpected at ':' (position 13)"; sc-wu: "formula '3- weight update calculation:
  weight_update(i)(j)(k) = et...': unexpected at ':' (position 29)";
- 3, Clojure's s-expressions, (defn name [args] body) and a call with its result after ;=> (clj-sig, clj-sp,
  clj-ff), e.g. clj-sig: "formula '(defn sigmoid [z] (/ 1.0 (+ 1.0 (Math/exp (- z)))))': has no left side; write the
  equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param" (clj-ff: "formula '(activation
  (feedforward nn [3 4])) ;=> [0.7385495823882188]': has no left side; ...");
- 2, R's * entrywise beside %*% (r-d2, r-d1): "formula 'd2 <- (a3 - y) * a3 * (1 - a3);': * reads as Octave's matrix
  product or as C's (or NumPy's) product entry by entry, and the two readings do not agree; show the language: .* for
  Octave's entrywise product (u' * v for the inner product), or C's w[i] for an entry" (r-d1 the same);
- 2, Eigen's .array() after a name or a call, before * (cpp-d2, cpp-d1): "formula 'layer_2_delta =
  layer_2_error.array() * sigmoidDerivative...': unexpected at ')' (position 37)" (cpp-d1 the same);
- 2, prose around the formula on a comment's line (ts-dLdz, ts-dout): "formula 'For this pairing \\partial
  L/\\partial z = output - target': unknown symbol For; the notation knows \delta, errors, output, outputs, target,
  targets, z; a name of several letters is read whole only where the notation names it: give it the quantity it
  stands for in the notation's [notation.symbols], "For" = "..." (e.g. "a1[0]")"; ts-dout: "formula 'is already
  folded in and \\delta = target - output directl...': unknown symbol i; the notation knows ...; give it a meaning in
  the notation's [notation.symbols], e.g. "i" = "a1[0]"";
- 2, Elixir's def name(x) do ... end (ex-val, ex-der): ex-der: "formula 'def deriv(x) do value(x) * (1 - value(x))
  end': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param";
  ex-val, with Erlang's :math.pow and a binding e = ... before the value: "formula 'def value(x) do e =
  2.718281828459045 1 / (1 + :math.pow(...': unexpected at ':' (position 56)";
- 2, Scala's type ascriptions and placeholder lambda (tz-h, tz-lg): tz-h: "formula 'val h: DenseMatrix[Double] = x *
  w1': the label before the colon names h, and the chain after it starts with a member of letters: write h = ... (the
  chain with its left side)"; tz-lg: "formula 'lossGradient = (y - tgt) \\cdot map(_ * 2)': unexpected at '_'
  (position 36)" (diff.map(_ * 2), the value twice the difference);
- 1, a parenthesised remark after the formula (ts-erri): "formula 'error_i = \\Sigma _j \\delta _next[j] \\cdot W[j][i]
  (W = we...': expected ')' to close the arguments at '=' (position 58)";
- 1, a library's Matrix.multiply (ts-ch): "formula 'errors = Matrix.multiply(Matrix.transpose(weightsCurrentT...':
  Matrix.multiply(a, b): a matrix library's multiply, the matrix product in some libraries (Shiffman's Matrix) and
  entry by entry in others at 'M' (position 10); write Matrix.dot(a, b) for the product, or np.multiply(a, b) entry by
  entry" (the same library's Matrix.subtract, ts-ce, read);
- 1, a method call with no arguments inside a call (an-dh): "formula 'VectorXd dHidden =
  dSigmoid(layers[i].getActivations())': unexpected at ')' (position 54)";
- 1, Java's and Scala's Math.E (sc-out): "formula 'nodeOutput = 1.0 / (1 + Math.pow(Math.E, -1 * nodeInput))':
  unknown symbol Math.E; the notation knows nodeInput, nodeOutput; give it the quantity of symbols.md it stands for in
  the notation's [notation.symbols] ("Math.E" = ...), or, where its dot is a product, write Math*E";
- 1, a Unicode Greek letter in a function's name the notation declares, dσ (jl-dsig): "formula 'd\\sigma (v) =
  \\sigma (v)*(1.0 - \\sigma (v))': unknown symbol d; the notation knows v; give it a meaning in the notation's
  [notation.symbols], e.g. "d" = "a1[0]"" (the notation's functions = { "dσ" = "sigmoid' at input" } loaded; the line
  σ(v) = ... read);
- 1, a loss whose entries the page keeps as a matrix (r-e): "'(y - a3)**2 / (2 * N)' is a vector or matrix where the
  left side is a number" (see above).

The misreading (1), a right formula called wrong:

- ts-di, " * δ_i     = error_i · σ'(y_i)": σ'(y_i) read as the sigmoid's derivative at y_i, the hidden output (σ(a)
  (1 - σ(a))), where the page (its code's dsigmoid(y) = y (1 - y), its comment δ = errors ⊙ f'(y)) writes the slope
  through the output, a (1 - a): got (('wrong',),). The spec gives no way to declare it (functions take a derivative
  word "at output", not σ' or f'), so no notation could have prevented it.

Read, among the constructs these pages brought: R's <- with function(x) { ... }, %*% with sigm(...) and a trailing
"; " (r-sigm, r-a2, r-a3, r-pred); Eigen's * for the matrix product, .transpose() and -= with alpha (cpp-l1, cpp-l2,
cpp-e1, cpp-s1, cpp-s0; an-uw's lr * input * delta.transpose(), an-ub); Go's func with typed parameters and
math.Exp; Scala's def f(x: Double): Double = ... (package.scala, both) and val y = sigmoid(h); Julia's one-line σ(v) =
...; a Scaladoc comment's plain-text delta_k = O_k (1 - O_k) (O_k - T_k); TypeScript's const errors =
Matrix.subtract(targets, outputs).

Which look general (would appear in much code): C++'s function definitions with types and braces (every C++ file
defines its sigmoid so) and its typed declarations with a library's types (VectorXd, MatrixXd: Eigen is the common C++
matrix library); Eigen's .array() (every entrywise product in Eigen); a comment's label or list item before a formula
("- name: ...", "3- words: ...") and prose around it on the same line (most doc comments); R's * entrywise (every R
network: %*% is its matrix product, so * beside it is entrywise); Clojure's and Elixir's definitions (defn ... [args]
body; def ... do ... end: every function in those languages); Scala's type ascription (val h: T = ...) and placeholder
lambdas (_ * 2); Java's and Scala's Math.E; a method call with no arguments (getActivations()). Page- or
library-specific: Matrix.multiply's ambiguity (the TypeScript page's own Matrix class); the Elixir file's e bound on
the line before; R's e kept as a matrix of entries; σ'(y) written of the output (common in notes, but a convention the
spec cannot declare); dσ as a function's name.

Corrected in session 36 (2026-12-07) after review (fixleft36). The TypeScript helpers' doc comments write the
sigmoid's slope of the hidden layer's output, " * - deltas:       δ = errors ⊙ f'(y); ..." and " * δ_i     = error_i ·
σ'(y_i)" (y its outputs, the code's dsigmoid(y) = y (1 - y)); b102_ts_h declared only f, functions = { "f" =
"sigmoid" }, so f'(y) and σ'(y_i) were the sigmoid's derivative at y taken as an input and both right lines were
called wrong. When the batch was collected the loader refused "f'" = "sigmoid' at output" (above); it has read a
primed name so since c07dd1fc (docs/notation.md), and the notation now says it as a teacher reading the page would,
merged with what it had: functions = { "f" = "sigmoid", "f'" = "sigmoid' at output", "\\sigma'" = "sigmoid' at
output" }. No formula, verdict or other entry changed. ts-delta and ts-di, misread as they came, now read with every
verdict right: the batch from 47 of 57 read (82%; 7 refused, 2 misread, 1 typo refused) to 49 of 57 (86%; 7 refused,
none misread, 1 typo refused), no wrong formula called correct either time.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch102_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_R = "https://github.com/burakyilmaz321/from-scratch (neural_network.R, commit 21241d8)"
_CPP = "https://github.com/BenSecret/Simple-neural-network-in-C- (Simple_neural_net.cpp, commit 248b47b)"
_ANF = "https://github.com/anshm42/neuralnet (functions.hpp, commit 38e013a)"
_ANL = "https://github.com/anshm42/neuralnet (layer.hpp, commit 8ccbf41)"
_ANN = "https://github.com/anshm42/neuralnet (network.hpp, commit 3293758)"
_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_TS = _STORED.format(69242416567, "// Backpropagation helper functions for neural network training",
                     "TypeScript: backpropOutputLayer and backpropHiddenLayer with their doc comments")
_SC = _STORED.format(18436657672, "package main",
                     "Scala: a NeuralNetwork class with the back-propagation steps in its comment")
_CLJ = _STORED.format(27644655266, "(ns com.mjdowney.faster-nn)",
                      "Clojure: sigmoid and sigmoid', and a test of feedforward against a Python library's sample")
_GO = "https://github.com/InfiniteCodeMonkeys/codecrafters (neural-net/main.go, commit 0410ec3)"
_EX = "https://github.com/Markonis/BrainElixir (lib/artist/neural_network/sigmoid.ex, commit 4ee21a5)"
_JL = "https://github.com/RandyRDavila/TalkNeuralNetworks (src/solvers/activation_functions.jl, commit b2e8932)"
_MZ = "https://github.com/mezeitune/BaseNeuralNetwork (src/main/scala/nnw/package.scala, commit 58f149d)"
_TZ = ("https://github.com/tomazvila/bakalauras2025 (chess2tts/src/main/scala/la/tomazvi/NeuralNetwork.scala, "
       "commit 048ef5f)")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K3 = tuple({"k": k} for k in range(3))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_I3K2 = tuple({"i": i, "k": k} for i in range(3) for k in range(2))

# neural_network.R (5-4-3, sigmoid, no biases, half squared error): dE/dnet of output j, of hidden unit j
_RD2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_RD2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RD1 = ("((" + " + ".join(_RD2K.replace("{k}", str(k)) + f"*W2[{k},{{j}}]" for k in range(3))
        + ")*a1[{j}]*(1 - a1[{j}]))")
_RA1 = "sigmoid(" + " + ".join(f"x[{i}]*W1[{{j}},{i}]" for i in range(5)) + ")"
_RA2 = "sigmoid(" + " + ".join(f"a1[{i}]*W2[{{j}},{i}]" for i in range(4)) + ")"
_RA2T = "sigmoid(" + " + ".join("sigmoid(" + " + ".join(f"x[{m}]*W1[{i},{m}]" for m in range(5)) + f")*W2[{{j}},{i}]"
                                for i in range(4)) + ")"
# Simple_neural_net.cpp (3-4-1, sigmoid, no biases): the output's dE/dnet
_CD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# anshm42's neuralnet (2-2-2, sigmoid, biases, the mean squared error over 2 outputs): dL/dz2[k], dL/dz1[j]
_AD2 = "(2*(a2[{k}] - y[{k}])/2*a2[{k}]*(1 - a2[{k}]))"
_AGA1 = "(" + " + ".join(f"W2[{k},{{j}}]*" + _AD2.replace("{k}", str(k)) for k in range(2)) + ")"
_AD1 = "(" + _AGA1 + "*a1[{j}]*(1 - a1[{j}]))"
# the TypeScript helpers (2-3-3, sigmoid then softmax, cross-entropy): -dL/da1[i], -dL/dz1[i]
_TEH = "(" + " + ".join(f"(t[{j}] - a2[{j}])*W2[{j},{{i}}]" for j in range(3)) + ")"
_TDH = "(" + _TEH + "*a1[{i}]*(1 - a1[{i}]))"
# the Scala comment's 2-2-1 network: the output's dE/dnet
_SD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

ENTRIES = [
    # ---- burakyilmaz321's neural_network.R (R): <- assignments, function(x) { ... }, %*% the matrix product,
    # t() the transpose, * entrywise, ** the power, the rows the samples; a trailing "; " on some lines --------------
    Public("r-sigm", _R, "b102_r", "b102_r_f", "sigm <- function(x) { 1 / (1 + exp(-x)) }", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=102),
    Public("r-a2", _R, "b102_r", "b102_r", "  a2 <- sigm(a1 %*% w1); ", ((C,),),
           (Twin("value", "a1[{j}]", (_RA1,), _J4),), batch=102,
           why="the hidden layer's outputs, the row a1 (the constant 1 first) times the input-first w1; a trailing space"),
    Public("r-a3", _R, "b102_r", "b102_r", "  a3 <- sigm(a2 %*% w2); ", ((C,),),
           (Twin("value", "a2[{j}]", (_RA2,), _J3),), batch=102),
    Public("r-d2", _R, "b102_r", "b102_r", "  d2 <- (a3 - y) * a3 * (1 - a3);", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_RD2,), _J3),), batch=102),
    Public("r-d1", _R, "b102_r", "b102_r", "  d1 <- d2 %*% t(w2) * a2 * (1 - a2);", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RD1,), _J4),), batch=102,
           why="d2 (a row) times w2's transpose, then entrywise: the hidden layer's dE/dnet"),
    Public("r-e", _R, "b102_r", "b102_r", "  e <- (y - a3)**2 / (2 * N)", ((C,),),
           (Twin("value", "(y[{j}] - a2[{j}])**2/2", ("(y[{j}] - a2[{j}])**2/(2*1)",), _J3),), batch=102,
           why="the loss's entries (R's e is a matrix, one entry per sample and output, never summed), N the rows (one)"),
    Public("r-pred", _R, "b102_r", "b102_r_t", "pred <- sigm(sigm(test_x %*% w1) %*% w2)", ((C,),),
           (Twin("value", "a2[{j}]", (_RA2T,), _J3),), batch=102, why="the trained network's outputs on a test row"),
    # ---- BenSecret's Simple_neural_net.cpp (C++ with Eigen): inline functions, .array(), .inverse(), .matrix(),
    # .transpose(), -= with the rate alpha, the lines indented by two tabs -----------------------------------------
    Public("cpp-sig", _CPP, "b102_cpp", "b102_cpp_f",
           "inline MatrixXd sigmoid(const MatrixXd& v) {\n\treturn (1.0 + (-v).array().exp()).inverse().matrix(); }",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1.0 + exp(-z1[0]))",)),), batch=102,
           why="Eigen's .inverse() of an array is the entrywise reciprocal"),
    Public("cpp-dsig", _CPP, "b102_cpp", "b102_cpp_fo",
           "inline MatrixXd sigmoidDerivative(const MatrixXd& v) {\n\treturn v.array() * (1 - v.array()); }", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=102,
           why="the sigmoid's slope written of the output (called with layer_2 and layer_1)"),
    Public("cpp-l1", _CPP, "b102_cpp", "b102_cpp", "\t\tlayer_1 = sigmoid(layer_0 * synapse_0);", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J4),),
           batch=102),
    Public("cpp-l2", _CPP, "b102_cpp", "b102_cpp", "\t\tlayer_2 = sigmoid(layer_1 * synapse_1);", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + a1[3]*W2[0,3])",)),),
           batch=102),
    Public("cpp-e2", _CPP, "b102_cpp", "b102_cpp", "\t\tlayer_2_error = layer_2 - y;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=102,
           why="dE/d(output) of the half squared error"),
    Public("cpp-d2", _CPP, "b102_cpp", "b102_cpp",
           "\t\tlayer_2_delta = layer_2_error.array() * sigmoidDerivative(layer_2).array();", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=102),
    Public("cpp-e1", _CPP, "b102_cpp", "b102_cpp", "\t\tlayer_1_error = layer_2_delta * synapse_1.transpose();",
           ((C,),), (Twin("value", _CD2 + "*W2[0,{j}]", (_CD2 + "*W2[0,{j}]",), _J4),), batch=102,
           why="dE/d(the hidden outputs), a row"),
    Public("cpp-d1", _CPP, "b102_cpp", "b102_cpp",
           "\t\tlayer_1_delta = layer_1_error.array() * sigmoidDerivative(layer_1).array();", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J4),), batch=102),
    Public("cpp-s1", _CPP, "b102_cpp", "b102_cpp",
           "\t\tsynapse_1 -= alpha * (layer_1.transpose() * layer_2_delta);", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*" + _CD2,), _J4),), batch=102),
    Public("cpp-s0", _CPP, "b102_cpp", "b102_cpp",
           "\t\tsynapse_0 -= alpha * (layer_0.transpose() * layer_1_delta);", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _CD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",),
                 _J4I3),), batch=102, why="synapse_1 already updated on the line above: the page's order (the "
                                          "delta was computed before, with the old weights)"),
    # ---- anshm42's neuralnet functions.hpp (C++ with Eigen): inline functions of vectors, .array(), .exp(),
    # .square().mean(), .size() ------------------------------------------------------------------------------------
    Public("an-sig", _ANF, "b102_an", "b102_an_f",
           "inline VectorXd sigmoid(const VectorXd &v) {\n    return 1 / (1 + (-v.array()).exp());\n}", ((C,),),
           (Twin("value", "sigmoid(z1[{j}])", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=102),
    Public("an-dsig", _ANF, "b102_an", "b102_an_f",
           "inline VectorXd dSigmoid(const VectorXd &v) {\n    return sigmoid(v).array() * (1.0 - sigmoid(v).array());\n}",
           ((C,),), (Twin("value", "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",
                          ("sigmoid(z1[{j}])*(1.0 - sigmoid(z1[{j}]))",), _J2),), batch=102),
    Public("an-mse", _ANF, "b102_an", "b102_an_f",
           "inline double MSE(const VectorXd& target, const VectorXd& real) {\n"
           "    return (target.array() - real.array()).square().mean();\n}", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2",)),),
           batch=102, why="the mean over the outputs of the squared difference (its arguments as backward passes them "
                          "to dMSE; the square makes their order indifferent)"),
    Public("an-dmse", _ANF, "b102_an", "b102_an_f",
           "inline VectorXd dMSE(const VectorXd& target, const VectorXd& real) {\n"
           "    return 2 * (target - real) / target.size();\n}", ((C,),),
           (Twin("value", "2*(a2[{j}] - y[{j}])/2", ("2*(a2[{j}] - y[{j}])/2",), _J2),), batch=102,
           why="judged at the arguments network.hpp passes it, dMSE(output, target): 2 (output - target) / n, dL/d(output) "
               "(the derivative by its first argument, whatever its parameter's name)"),
    # ---- its layer.hpp (C++ with Eigen): the Layer class's forward, dActivations and updateWeights, the hidden layer
    Public("an-y", _ANL, "b102_an", "b102_an_l", "        VectorXd y = weights.transpose() * input + biases;", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=102,
           why="weights (in x out) transposed times the input, plus the biases: the sums (y a local name here)"),
    Public("an-act", _ANL, "b102_an", "b102_an_l", "        activations = sigmoid(y);", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=102),
    Public("an-dact", _ANL, "b102_an", "b102_an_l", "    VectorXd dActivations() {\n        return dSigmoid(values);\n    }",
           ((C,),), (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),),
           batch=102, why="dSigmoid of the sums (values = y in forward): the activation's slope, right"),
    Public("an-uw", _ANL, "b102_an", "b102_an_l", "        weights -= lr * input * delta.transpose();", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _AD1,), _J2I2),), batch=102,
           why="input (in) times delta's transpose (1 x out): the (in x out) matrix of weights; delta the layer's dE/dnet "
               "as network.hpp sets it (read here as the true one)"),
    Public("an-ub", _ANL, "b102_an", "b102_an_l", "        biases -= lr * delta;", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _AD1,), _J2),), batch=102),
    # ---- its network.hpp (C++ with Eigen): backward, .cwiseProduct, a loop over the layers (i = 0 the hidden one)
    Public("an-err", _ANN, "b102_an", "b102_an_n", "        VectorXd error = dMSE(output, target);", ((C,),),
           (Twin("value", "2*(a2[{j}] - y[{j}])/2", ("2*(a2[{j}] - y[{j}])/2",), _J2),), batch=102,
           why="dMSE as functions.hpp defines it, 2 (output - target) / 2: dL/d(output)"),
    Public("an-delta", _ANN, "b102_an", "b102_an_n", "        VectorXd delta = error.cwiseProduct(dSigmoid(output));",
           ((W,),),
           (Twin("gradient_z", "z2[{j}]", ("(2*(a2[{j}] - y[{j}])/2)*sigmoid(a2[{j}])*(1 - sigmoid(a2[{j}]))",), _J2),),
           batch=102,
           why="dSigmoid (functions.hpp: sigmoid(v) (1 - sigmoid(v)), the slope at a sum) taken of the output, the "
               "activation: sigmoid'(a), not sigmoid'(z) = a (1 - a); the page's slip (layer.hpp's dActivations, "
               "dSigmoid(values), has it right and is not called)"),
    Public("an-herr", _ANN, "b102_an", "b102_an_n", "            VectorXd hiddenError = nextWeights * nextDelta;",
           ((C,),), (Twin("value", _AGA1, (_AGA1,), _J2),), batch=102,
           why="the output layer's weights (in x out) times its dE/dnet (read here as the true one): dL/d(the hidden "
               "outputs)"),
    Public("an-dh", _ANN, "b102_an", "b102_an_n",
           "            VectorXd dHidden = dSigmoid(layers[i].getActivations());", ((W,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(a1[{j}])*(1 - sigmoid(a1[{j}]))",), _J2),), batch=102,
           why="the same slip: dSigmoid of the hidden outputs, sigmoid'(a), where the slope is a (1 - a)"),
    # ---- the stored TypeScript helpers: doc comments in Unicode (δ, ⊙, ·, ᵀ, Σ_j, ∂L/∂z, −, σ'), and the code's
    # Matrix.subtract, Matrix.multiply, Matrix.transpose ---------------------------------------------------------------
    Public("ts-delta", _TS, "b102_ts", "b102_ts_h",
           " * - deltas:       δ = errors ⊙ f'(y); this is what gets propagated to the previous layer", ((C,),),
           (Twin("value", _TDH, (_TEH + "*(a1[{i}]*(1 - a1[{i}]))",), _I3),), batch=102,
           why="at the hidden layer: δ = -dL/dz, errors = -dL/d(its outputs), f'(y) the sigmoid's slope written of the "
               "output y (backpropHiddenLayer maps dsigmoid over currentLayer, the outputs)"),
    Public("ts-dW", _TS, "b102_ts", "b102_ts_h", " * - weightDeltas: ΔW = lr · δ · xᵀ   (added to the weights)", ((C,),),
           (Twin("value", "eta*" + _TDH + "*x[{k}]", ("eta*" + _TDH + "*x[{k}]",), _I3K2),), batch=102,
           why="the hidden layer's step -lr dL/dW (added), δ -dL/dz and x the inputs"),
    Public("ts-db", _TS, "b102_ts", "b102_ts_h", " * - biasDeltas:   Δb = lr · δ        (added to the biases)", ((C,),),
           (Twin("value", "eta*" + _TDH, ("eta*" + _TDH,), _I3),), batch=102),
    Public("ts-dLdz", _TS, "b102_ts", "b102_ts_o",
           " * For this pairing ∂L/∂z = output − target, so the activation derivative", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=102,
           why="softmax with the cross-entropy; − the Unicode minus"),
    Public("ts-dout", _TS, "b102_ts", "b102_ts_o",
           " * is already folded in and δ = target − output directly (no σ' factor).", ((C,),),
           (Twin("value", "-(a2[{k}] - t[{k}])", ("t[{k}] - a2[{k}]",), _K3),), batch=102,
           why="δ = -dL/dz at the output"),
    Public("ts-erri", _TS, "b102_ts", "b102_ts_h",
           " * error_i = Σ_j δ_next[j] · W[j][i]   (W = weights from this layer to the next, BEFORE update)", ((C,),),
           (Twin("value", _TEH, (_TEH,), _I3),), batch=102,
           why="-dL/d(hidden output i): the output layer's δ (t - a) times the weights leaving unit i"),
    Public("ts-di", _TS, "b102_ts", "b102_ts_h", " * δ_i     = error_i · σ'(y_i)", ((C,),),
           (Twin("value", _TDH, (_TEH + "*a1[{i}]*(1 - a1[{i}])",), _I3),), batch=102,
           why="σ'(y_i) the sigmoid's slope written of the output y_i, as the code computes it (dsigmoid(y) = y (1 - y))"),
    Public("ts-ce", _TS, "b102_ts", "b102_ts_o", "  const errors = Matrix.subtract(targets, outputs);", ((C,),),
           (Twin("value", "-(a2[{k}] - t[{k}])", ("t[{k}] - a2[{k}]",), _K3),), batch=102,
           why="backpropOutputLayer's first line: -dL/dz of the softmax output"),
    Public("ts-ch", _TS, "b102_ts", "b102_ts_h",
           "  const errors = Matrix.multiply(Matrix.transpose(weightsCurrentToNext), nextLayerDeltas);", ((C,),),
           (Twin("value", _TEH, (_TEH,), _I3),), batch=102, why="backpropHiddenLayer's first line"),
    # ---- the stored Scala NeuralNetwork: the algorithm's steps in a Scaladoc comment (plain text, letters as
    # subscripts after _, SIGMA, its typos), and calculateOutput's Math.pow(Math.E, -1 * nodeInput) ------------------
    Public("sc-dk", _SC, "b102_sc", "b102_sc",
           "  *   - for node k in the output layer: delta_k = O_k (1 - O_k) (O_k - T_k)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=102),
    Public("sc-dj", _SC, "b102_sc", "b102_sc",
           "  *   - for each node j in other layers: delta_j = O_j (1 _ O_j) SIGMA (delata_k * Wjk)",
           unreadable="delata_k", batch=102,
           why="two typos: 1 _ O_j for 1 - O_j and delata_k for delta_k (the rule meant is right)"),
    Public("sc-wu", _SC, "b102_sc", "b102_sc_u",
           "  * 3- weight update calculation: weight_update(i)(j)(k) = etta * delta_j * O_k", ((W,),),
           (Twin("value", "-eta*" + _SD2 + "*a1[0]", ("eta*" + _SD2 + "*a1[0]",)),), batch=102,
           why="at the output layer (i = 1, j = 0, k = 1: the weight from the first hidden node): the change the code "
               "adds (backPropagate's l1 * e * -1 * learningFactor) is -etta delta_j O_k; the comment drops the minus "
               "(delta_k above is dE/dnet, O_k - T_k), a step up the gradient; the page's slip"),
    Public("sc-out", _SC, "b102_sc", "b102_sc_f",
           "          val nodeOutput = 1.0 / (1 + Math.pow(Math.E, -1 * nodeInput))", ((C,),),
           (Twin("value", "a1[0]", ("1.0/(1 + exp(1)**(-1*z1[0]))",)),), batch=102),
    # ---- InfiniteCodeMonkeys' main.go (Go): func with typed parameters, math.Exp -------------------------------
    Public("gm-sig", _GO, "b102_go", "b102_go", "func sigmoid(x float64) float64 {\n\treturn 1.0 / (1.0 + math.Exp(-x))\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=102),
    Public("gm-sp", _GO, "b102_go", "b102_go",
           "func sigmoidPrime(x float64) float64 {\n\treturn sigmoid(x) * (1.0 - sigmoid(x))\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1.0 - sigmoid(z1[0]))",)),),
           batch=102),
    # ---- Markonis' BrainElixir sigmoid.ex (Elixir): def ... do ... end, the last expression the value, :math.pow,
    # e bound to Euler's number on the line before ----------------------------------------------------------------
    Public("ex-val", _EX, "b102_ex", "b102_ex",
           "  def value(x) do\n    e = 2.718281828459045\n    1 / (1 + :math.pow(e, -x))\n  end", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + 2.718281828459045**(-z1[0]))",)),), batch=102),
    Public("ex-der", _EX, "b102_ex", "b102_ex", "  def deriv(x) do\n    value(x) * (1 - value(x))\n  end", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=102),
    # ---- RandyRDavila's activation_functions.jl (Julia): one-line definitions f(v) = ..., σ and dσ in Unicode ------
    Public("jl-sig", _JL, "b102_jl", "b102_jl", "σ(v) = 1.0/(1.0 + exp(-v))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=102),
    Public("jl-dsig", _JL, "b102_jl", "b102_jl", "dσ(v) = σ(v)*(1.0 - σ(v))", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1.0 - sigmoid(z1[0]))",)),),
           batch=102),
    # ---- mezeitune's package.scala (Scala): def f(x: Double): Double = ..., Math.exp ------------------------------
    Public("mz-grad", _MZ, "b102_mz", "b102_mz", "  def sigmoidGradient(x: Double): Double =  sigmoid(x)*(1-sigmoid(x))",
           ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=102, why="two spaces after the ="),
    Public("mz-sig", _MZ, "b102_mz", "b102_mz", "  def sigmoid(x:Double): Double = 1 / (1 + Math.exp(-x))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=102),
    # ---- tomazvila's NeuralNetwork.scala (Scala with Breeze): val with a type, DenseMatrix, .map(_ * 2) -----------
    Public("tz-h", _TZ, "b102_tz", "b102_tz", "    val h: DenseMatrix[Double] = x * w1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J2),), batch=102),
    Public("tz-y", _TZ, "b102_tz", "b102_tz", "    val y = sigmoid(h)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=102),
    Public("tz-lg", _TZ, "b102_tz", "b102_tz",
           "  def lossGradient(y: DenseMatrix[Double], tgt: DenseMatrix[Double]): DenseMatrix[Double] = {\n"
           "    val diff = y - tgt\n    diff.map(_ * 2)\n  }", ((C,),),
           (Twin("value", "2*(a1[{j}] - y[{j}])", ("2*(a1[{j}] - y[{j}])",), _J2),), batch=102,
           why="dL/d(output) of the squared error (no half): the function's value, its last expression"),
    # ---- the stored Clojure faster-nn: defn with a vector of parameters, prefix arithmetic, Math/exp, a name with
    # a prime (sigmoid'), and a rich-comment test with its result after ;=> ---------------------------------------
    Public("clj-sig", _CLJ, "b102_clj", "b102_clj_f", "(defn sigmoid  [z] (/ 1.0 (+ 1.0 (Math/exp (- z)))))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=102),
    Public("clj-sp", _CLJ, "b102_clj", "b102_clj_f", "(defn sigmoid' [z] (* (sigmoid z) (- 1 (sigmoid z))))", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=102),
    Public("clj-ff", _CLJ, "b102_clj", "b102_clj", "  (activation (feedforward nn [3 4]))\n  ;=> [0.7385495823882188]",
           ((C,),), (Twin("value", "a3[0]", ("=0.7385495823882188",)),), batch=102,
           why="the test's network (its weights and biases) on the inputs 3 and 4: the output, worked by the library"),
]
