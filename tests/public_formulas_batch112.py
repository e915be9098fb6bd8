r"""Batch 112 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis: a student's homework
write-up and code in languages earlier batches met less, R, Julia, C and C++, Go, Rust, Scala): a student's NYCU lab
report (stored file 5847646889, "Lab 1 Back-propagation", Chinese Markdown: NumPy lines in ``` blocks, $...$ inside
Chinese sentences, two of them on one line joined by a full-width comma, the student's dZ3 = (A3 - y) * 2 and its later
fix); an R script of a course, ANLY 534 (stored file 1052207721: Ng's shallow network, <-, %*%, t(), sum()); two Rust
files (stored file 4584385061, an ndarray example with let bindings, & borrows, .dot, .t() and comments after //; and
stored file 67647676421, a PMC struct with flattened weight vectors, w2[j * self.output_size + k]); a Go Chain (stored
file 5868307587: := with Matrix methods Dot, Sub, Mul, T(), and Welch Labs' equations z_2 = x * w_1 ... in a /* */
comment); a C++ threaded network commented in Spanish (stored file 58256678311: the algorithm's formulas in //
comments after labels such as "1. Error de salida:", Σ_i(...), Σ_k, tanh'(...), wh[i][j], the loop variable outj); a C
exercise's "Solution: Simple Neural Network" (stored file 58971849944: statements over two lines, +=, a flattened index
weights_ih[i * HIDDEN_SIZE + j], the test's copy with short names); lixun's Julia after Nielsen (stored file
20398514086: broadcasting .= .+ .*, sigmoid.(...), Unicode code names nn.δ[l] and nn.∂C∂b[l], a helper ∂C∂a.(a, y),
comments with ⦿ and ∂C/∂w[l][j,k]); and zy31415/neural-net's Scala layers at commit 2534220 (ForwardLayer.scala,
HiddenLayer.scala, OutputLayer.scala: Breeze's *:* and .t, override def delta = ...). Copied verbatim, mistakes
included (the JSON-escaped text of the stored files decoded; the repository's files read at their commit), each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: the pages' code names as written, "self.weights1" = "W1[:, :].T" for an input-first matrix, rows as
transposes ("X" = "x[:].T", "A3" = "a3[:].T"), code deltas that are -dE/dz as -delta2, the gradients' names as
grad(...), helpers declared "sigmoid' at output" (x (1 - x) of an output: sigmoid_derivative, derivative_sigmoid) or
"at input" (relu_derivative, sigmoid_prime, activationFunction.d), a Go Matrix's methods by the operation they perform
(Dot the matrix product, Sub the difference, Mul entry by entry), a C loop variable by its index letter (index_names =
{ outj = "k" }), flattened weights entry by entry ("weights_ih[2]" = "W1[0, 1]", "self.w2[3]" = "W2[1, 1]") with their
sizes named ("HIDDEN_SIZE" = "2")), a network of the kind each page describes (with the page's numbers where it gives
them: the C solution's weights_ih = {0.15, 0.25, 0.20, 0.30}, weights_ho = {0.40, 0.50}, bias_h = {0.35, 0.35}, bias_o
= {0.60}, LEARNING_RATE 2.0 and the XOR sample {0, 1} with target 1; ANLY 534's learning_rate = 0.5 and the Rust
example's 0.1; all in tests/public_formulas_batch112_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta (its -dE/dz: the Go
Chain's, the C solution's, the PMC's), a derivative by an output (the Rust example's hidden_error), the Go Chain's
outputDw (-dE/dw2, a step added without a rate) and a definition by a code name (the Rust output_error = output -
target) are twinned as values, as in batches 14 to 110. Formulas keep their page's delimiters and what surrounds them
on their line (a code line's indentation, its ; and its comment after //, a comment's // or # and the label before the
formula, a trailing space, the report's spaces around its $...$).

The batch: 58 formulas (59 claims: the report's ny-def holds two) from 11 addresses (the NYCU report 8, ANLY 534's R
script 7, the Rust example 8 and the Rust PMC 4, the Go Chain 7, the C++ network 7, the C solution 7, lixun's Julia
7, zy31415's ForwardLayer.scala, HiddenLayer.scala and OutputLayer.scala 1 each). 8 are in a Markdown document (6
NumPy lines of its ``` blocks, 2 lines of $...$ in Chinese sentences), 50 in code files (R 7, Rust 12, Go 7, C++ 7, C
7, Julia 7, Scala 3), 14 of those in the code's comments (the Go Chain's 3 Welch Labs equations, the C++ network's 7,
lixun's 2 and, with its // comment after the formula, the Rust example's output_error and output_delta). The claims:
23 values (sums, activations, code deltas, derivatives by outputs), 16 derivatives by a sum (dZ, delta, δ), 7
gradients, 13 updates.

3 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- ANLY 534's an-db1, "db1 <- sum(dZ1)/m": R's sum() adds every entry of the matrix dZ1, the hidden units' too, so
  every bias b1[j] is given the sum of all the hidden units' dL/dz1 (Ng's np.sum(dZ1, axis=1, keepdims=True) sums over
  the samples only; rowSums(dZ1) would); db2 <- sum(dZ2)/m is right, the output layer having one unit;
- the NYCU report's ny-dZ3, "dZ3 = (A3 - y) * 2": the squared error's derivative by the output A3, without the
  sigmoid's slope A3 (1 - A3), where the report defines dZ3 as dL/dZ3 (and its section 4.D's MSE branch puts the slope
  back: ny-dZ3b, right);
- the report's ny-def, "$dZ3 = \frac{\partial L}{\partial Z3}$ ，$dZ3 = 2 * (A3 - y)$": the definition right, the second
  claim the same slip.

Not mistaken, though they look it: the Rust example's output_error = output - target with its comment "derivative of
BCE w.r.t. output" (the line defines a value, right; the comment's name for it is loose: it is the derivative by z2,
as the next line's comment says); its output_delta = output_error (the binary cross-entropy through the sigmoid);
ANLY 534's db2 <- sum(dZ2)/m (one output); the C solution's and the PMC's += updates and the Go Chain's outputDw (their
deltas are -dE/dz); the C++ comments' output_delta[j] = output[j] - target at a linear output; lixun's ∂C∂a(a, y) =
a - y (dC/da of half the squared error, the file's own helper).

What was left out: the report's other lines (the forward pass's A1 ... A3, Z2, Z3, dW3, db3 ... db1 with np.sum(...,
axis=0, keepdims=True), dA1, the other updates, its $\frac{\partial Z3}{\partial W3} = A2$, $Z3 = A2 \cdot W3 + b3$
and $dW3 = dZ3 \cdot A2$ (a derivative of a sum by a matrix, and a product written in the order that gives a row for
a column), the MSE and cross-entropy functions' return lines, the cross-entropy branch's dA3 = -(y / A3) + (1 - y) /
(1 - A3) of another loss than the network's, Momentum's and Adam's updates); ANLY 534's A1 <- matrix(tanh(Z1), nrow =
..., ncol = ...), Z2, A2, dW1, the other updates, logprobs and cost (the batch's size, and a loss summed over the
samples); the Rust example's a1 = relu(&z1), z2, weights2_gradient and weights1_gradient (insert_axis(Axis(1)) outer
products), the other updates and its doc comment's σ(x), ReLU(x), softmax and ∂L/∂w = ∂L/∂a × ∂a/∂z × ∂z/∂w in ```
blocks (the batch's size); the PMC's sum += ... and err += ... (running sums over a loop), hidden_delta[j] = err *
hidden[j] * (1.0 - hidden[j]) (err a running total of the loop before it, no index of its own), the b1 update; the Go
Chain's z_3 = a_2 * w_2 (the same rule as z_2), outputZ, the Map closures, outputError (the code's definition),
hiddenError, hiddenDw and the two Add updates (a step with no learning rate: no rate in the problem file can stand for
it, the oracle drawing its own); the C++ network's hidden_output[j] = tanh(hidden_input[j]) (the batch's size), the bo
update (step 4, the same rule as bh's), the code's loops (hidden_error += ..., double t = tanh_activation(...),
hidden_delta[j] = hidden_error * (1.0 - t * t) with t a local of each unit) and its updates (the comments' rules
again); the C solution's sum += ... lines, hidden[j] = sigmoid(sum), output[k] = sigmoid(sum) (sum a running total),
bias_o[0] += ... (the batch's size), err and mse (its report), the test's other lines and the sigmoid's and
sigmoid_derivative's return lines (no left side); lixun's other copy of the algorithm in backprop(x, y) (the same lines
without nn.), its commented loops' ∂C∂w[L][j,k] = a[L-1][k] * δ[L][j], nn.w .-= ((η/m) .* nn.∇w) (an update over the
list of every layer's matrices), j .+= nn.∂C∂w[i] (a running sum), sigmoid(x) = ... and sigmoid_prime(x) = ...
(definitions of the argument x, which the file also names as the input) and ∂C∂a(a, y) = a - y (a and y of its own);
zy31415's ForwardLayer.update and backPropagate (C_ws.append(_delta * previous._activation.t), weight -= (rho *
ForwardLayer.averageMat(C_ws.toList)): averages over a list of samples' gradients) and ActivationFunction.scala's
apply and d (1.0 /(exp(-z) + 1.0), v * (1.0 - v), return values without a left side). Where the spec has no way to say
what a teacher would: lixun's nn.δ[l] and nn.∂C∂b[l] (a Greek letter or ∂ in a code name: the loader refuses the
patterns "nn.δ[l]" and "δ[l]" as "is not one symbol" and "nn.∂C∂b[l]" with "expected '/' in ∂L/∂w"), left unnamed,
and the comments' δ[l] and δ[l][j] written "δ_{l}" and "δ_{lj}" (the same letter and index as a subscript); zy31415's
_activation (the loader refuses a name starting with an underscore: "unexpected at '_' (position 1)"), left unnamed.

Collected on 2026-12-06 (17:47 to 17:57 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: 8 of the 11 pairs
loaded first; lixun's was refused at "nn.δ[l]" and zy31415's ForwardLayer and OutputLayer notations at "_activation"
(as above), those patterns were dropped or rewritten as said, and all 11 pairs loaded. The oracle's first run passed
with every verdict as first transcribed; one key (rs-z1) was renamed rs-zh before the commit, an earlier batch holding
it.

Run blind at main 8fc732b (/work/READY_FOR_BLIND44; src/ as at 8fc732b, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch112_blind.txt): 39 of 58 read with every verdict
right (67%), 19 refused, no typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of the
refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page does not mean;
the names the loader refused, lixun's nn.δ[l] and zy31415's _activation, are those the formulas are refused at or
near), so the batch was run once. tests/test_public_formulas_held_out.py -k 112 passed after the rebase (118 tests).

Of the 3 mistaken formulas, 2 were read with their wrong members called wrong (ny-dZ3's (A3 - y) * 2 and ny-def's
second claim, the same slip), and 1 refused (an-db1, R's sum(dZ1)/m: refused for its shape, a number where the left
side is a vector, which is where the slip lies, though no verdict says so). By page: the NYCU report 8 of 8, ANLY 534's
R script 6 of 7, the Rust example 7 of 8 and the Rust PMC 2 of 4, the Go Chain 3 of 7, the C++ network 7 of 7, the C
solution 5 of 7, lixun's Julia 0 of 7, zy31415's ForwardLayer.scala 1 of 1, HiddenLayer.scala 0 of 1 and
OutputLayer.scala 0 of 1.

The refusals by construct (19), with the exact message:

- 5, a transpose or a product written as a method call on an array object, the Go Chain's Matrix methods and Rust's
  .t(): go-hz, go-od and go-hd, "formula 'hiddenZ := input.Dot(chain.hidden.weight)': input.Dot(...): a method called
  on an object, which the notation does not name; name it in the notation's functions ("input.Dot" = "sigmoid" or a
  derivative word's "sigmoid' at input"), or its value in [notation.symbols]" (the notation's functions Dot = "matrix
  product", Mul = "product" not applied to a method; outputError.Mul, hiddenError.Mul the same), go-odw, "formula
  'outputDw := chain.hidden.data^T() \\cdot Dot(outputDelta)': unexpected at ')' (position 33)" (.T() read as a
  transpose followed by empty parentheses), and rs-herr, "formula 'hidden_error = np.dot(output_delta,
  self.weights2.t())': unknown symbol self.weights2.t; the notation knows a, hidden, input, output, self.bias1,
  self.bias2, self.weights1, self.weights2; give it the quantity of symbols.md it stands for in the notation's
  [notation.symbols] ("self.weights2.t" = ...), or, where its dot is a product, write self*weights2*t" (Rust's .dot
  taken as NumPy's, its .t() not as the transpose);
- 4, Julia's broadcasting assignment .= (jl-z, jl-a, jl-dL, jl-dl): "formula 'nn.z[i] .= (nn.w[i] * nn.a[i-1]) +
  nn.b[i]': unexpected at '.' (position 9)" (the .+ and sigmoid.( read, the .= not);
- 3, a flattened array's index written as arithmetic of the loop letters (c-wih, pm-w2, pm-w1): "formula
  'weights_ih[i * HIDDEN_SIZE + j] += LEARNING_RATE * hidden...': weights_ih_{i*HIDDEN_SIZE+j} matches none of the
  notation's patterns for weights_ih ('weights_ih[0]', 'weights_ih[1]', 'weights_ih[2]', 'weights_ih[3]')" (the
  notation names the entries and the size; the index's arithmetic is not evaluated against them);
- 1, a C declaration's type before the name, c-od: "formula 'double output_delta = (train_targets[s] - output[0]) *
  si...': unknown symbol double; the notation knows HIDDEN, bias_h, bias_o, hd, hid, hidden, hidden_delta, od; a name of
  several letters is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "double" = "..." (e.g. "a1[0]")" (the test's copy, "double od = ...", was read);
- 1, Breeze's entry-by-entry product *:*, zh-d: "formula 'delta = next.weight.t * next._delta *:*
  activationFunctio...': unexpected at ':' (position 38)";
- 1, a name starting with an underscore, zo-d (Scala's _activation, which the loader takes as no pattern either):
  "formula 'delta = (_activation - y) *:* activationFunction.d(z)': unexpected at '_' (position 10)";
- 1, ∂ inside a Julia code name, jl-dbL: "formula 'nn \\cdot \\partial C\\partial b[L] .= nn \\cdot \\delta [L]':
  expected '/' in ∂L/∂w at '\\partial' (position 20)" (nn.δ[L] read as nn times δ, a dot after a name before a Greek
  letter);
- 1, ⦿ for the entry-by-entry product in lixun's comment, jl-cmt: "formula 'L-2 \\ldots 2 compute \\delta^{[l]} =
  (transpose(w[l+1])\\de...': cannot read '⦿' at position 73; write the formula in LaTeX or plain text (+ - * / ^,
  \\frac, \\sum)" (the comment's "for each l = L-1, L-2 ... 2 compute" kept before the formula too);
- 1, the comment's rule ∂C/∂w[l][j,k] = a[l-1][k] * δ[l][j] over Julia's layers counted from the input, jl-cw:
  "formula '\\partial C/\\partial w[l][j,k] = a[l-1][k] * \\delta [l][j]': \\delta_{1,0}: 'δ_{lj}' means
  'delta{l-1}[j-1]' (j = 0, l = 1): unknown name 'delta0' (did you mean 'delta2'?); this network has x[i] (i < 2),
  W1[j,i] (j < 3, i < 2), ..." (the rule tried at l = 1 and j = 0, a layer and a unit the page's counting does not
  reach there: its w[1] is "not used");
- 1, the mistaken an-db1: "'sum(dZ1)/m' is a number where the left side is a vector or matrix (3 x 1); write a value
  for each entry, [..., ..., ...], or the claim of one entry (its left side with its indices)".

Read, among the constructs these pages brought: R's <- with %*%, t(), sum() of a one-row matrix and ^ (1 - A1^2); Rust's
let bindings with & borrows, .dot of a 1-D array by an input-first matrix, a comment after //, relu_derivative(z1) and
self.learning_rate; the Go comment's Welch Labs lines z_2 = x * w_1, a_2 = f(z_2), y = f(z_3); the C++ // comments with
Spanish labels ("2. Error capa oculta:") before the formula, Σ_i( ... ) and Σ_k glued to their terms, tanh'(...),
code indices wh[i][j] and wo[j][k], the loop variable outj through index_names, -= with lr and columns of spaces; C's
statements over two lines, += with the code's deltas, sigmoid_derivative of outputs, the test's short names; the
report's NumPy lines with dictionary keys (weights['W3'] -=), a trailing space, np.dot(X.T, dZ1) / m, derivative_sigmoid
of outputs, two $...$ claims joined by a full-width comma, \frac chains with Z3 and W3; Scala's z = weight *
previous.activation + bias; the PMC's (y[k] - output[k]) * 1.0 and self.b2[k] += self.lr * output_delta[k].

Which look general (would appear in much homework): arithmetic written as methods of a matrix object (Go's and Java's
matrix libraries, Rust's ndarray .t(), Breeze's *:*, Julia's .=, three languages' everyday operators for what NumPy
writes with np.dot and .T); a flattened weight array indexed by i * n + j (C, Rust and CUDA code without 2-D arrays); a
C or Java declaration's type before the assigned name (double output_delta = ...). Page-specific: ⦿ in a comment, ∂C∂b
as a Julia identifier, Scala's _activation, the comment's rule at the Julia input layer.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch112_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_AN = _STORED.format(1052207721, "# ANLY 534 - April 3rd, 2018",
                     "an R script implementing Ng's shallow network from scratch: tanh hidden layer, sigmoid output")
_RS = _STORED.format(4584385061, "//! # Neural Network Example",
                     "a Rust example with ndarray: a ReLU hidden layer, a sigmoid output, binary cross-entropy")
_GO = _STORED.format(5868307587, "package nn",
                     "a Go Chain with Matrix methods, Welch Labs' equations in a comment")
_CP = _STORED.format(58256678311, "/* Algoritmo de entrenamiento de una red neuronal con multithreading.",
                     "a C++ threaded network commented in Spanish: tanh hidden units, a linear output")
_C = _STORED.format(58971849944, "/*",
                    "a C exercise's \"Solution: Simple Neural Network\": XOR on a 2-2-1 sigmoid network")
_JL = _STORED.format(20398514086, "# backpropagation of fully connected dnn",
                     "lixun's Julia backpropagation after Nielsen: nn.δ[l], ∂C∂a, broadcasting dots")
_NY = _STORED.format(5847646889, "# Lab 1 Back-propagation",
                     "a student's NYCU lab report in Chinese Markdown: NumPy code and $...$ derivations")
_ZY = ("https://github.com/zy31415/neural-net (src/main/scala/mnist/classification/neuralnetwork/layer/{}, "
       "commit 2534220)")
_ZF = _ZY.format("ForwardLayer.scala")
_ZH = _ZY.format("HiddenLayer.scala")
_ZO = _ZY.format("OutputLayer.scala")
_PM = _STORED.format(67647676421, "pub struct PMC {",
                     "a Rust perceptron (PMC) with flattened weight vectors and C entry points")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# ANLY 534's 3-3-1 network (tanh hidden, sigmoid output, cross-entropy): dL/dz2 and dL/dz1[j]
_AN_D2 = "(a2[0] - y[0])"
_AN_D1 = [f"W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)" for j in range(3)]
_AN_D1J = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"

# the Rust example's 2-4-1 network (ReLU hidden, sigmoid output, binary cross-entropy)
_RS_D1J = "(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"

# the Go Chain's 2-3-2 network (no biases, half the squared error): the code's deltas -dE/dz
_GO_D2K = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_GO_D1J = ("(" + " + ".join(f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
           + ")*a1[{j}]*(1 - a1[{j}])")

# the C++ 3-3-1 network (tanh hidden, linear output, half the squared error): dE/dz1[j]
_CP_D1J = "(a2[0] - y[0])*W2[0,{j}]*(1 - tanh(z1[{j}])**2)"

# the C solution's 2-2-1 sigmoid network: the code's deltas -dE/dz
_C_D2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_C_D1J = f"{_C_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# lixun's [2, 3, 2] sigmoid network, C half the squared error: dC/dz2[k], dC/dz1[j]
_JL_D2 = [f"(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))" for k in range(2)]
_JL_D2K = "(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))"
_JL_D1 = [f"(W2[0,{j}]*{_JL_D2[0]} + W2[1,{j}]*{_JL_D2[1]})*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
          for j in range(3)]
_JL_D1J = "(W2[0,{j}]*" + _JL_D2[0] + " + W2[1,{j}]*" + _JL_D2[1] + ")*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
_JL_Z = (tuple({"l": 1, "j": j, "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3))
         + tuple({"l": 2, "j": k, "m": f"W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]"}
                 for k in range(2)))
_JL_A = tuple({"l": 1, "j": j} for j in range(3)) + tuple({"l": 2, "j": k} for k in range(2))
_JL_W = (tuple({"l": 1, "j": j, "i": i, "m": f"x[{i}]*{_JL_D1[j]}"} for j in range(3) for i in range(2))
         + tuple({"l": 2, "j": k, "i": j, "m": f"a1[{j}]*{_JL_D2[k]}"} for k in range(2) for j in range(3)))

# the NYCU report's 2-3-3-1 sigmoid network, L the squared error (y - A3)^2: dL/dz3, dL/dz2[j], dL/dz1[j]
_NY_D3 = "2*(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_NY_D2 = [f"W3[0,{j}]*{_NY_D3}*a2[{j}]*(1 - a2[{j}])" for j in range(3)]
_NY_D2J = f"W3[0,{{j}}]*{_NY_D3}*a2[{{j}}]*(1 - a2[{{j}}])"
_NY_D1J = "(" + " + ".join(f"W2[{k},{{j}}]*{_NY_D2[k]}" for k in range(3)) + ")*a1[{j}]*(1 - a1[{j}])"

# zy31415's [2, 3, 2] sigmoid network, the quadratic cost: dC/dz2[k], dC/dz1[j]
_ZY_D2 = [f"(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))" for k in range(2)]
_ZY_D1J = "(W2[0,{j}]*" + _ZY_D2[0] + " + W2[1,{j}]*" + _ZY_D2[1] + ")*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"

# the PMC's 2-3-2 network (sigmoid hidden, linear outputs): the code's deltas -dE/dz
_PM_D1J = "((y[0] - a2[0])*W2[0,{j}] + (y[1] - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"

ENTRIES = [
    # ---- ANLY 534's R script (Ng's shallow network): <- assignments, %*%, t(), sum(), eight-space indentation;
    # db1 <- sum(dZ1)/m sums over the hidden units too ----------------------------------------------------------------
    Public("an-Z1", _AN, "b112_an", "b112_an", "        Z1 <- ((W1 %*% X) + b1)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J3),),
           batch=112, why="R's <- and %*%, the sample a column"),
    Public("an-dZ2", _AN, "b112_an", "b112_an", "        dZ2 <- A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=112,
           why="the cross-entropy through the sigmoid: dL/dz2 = A2 - Y"),
    Public("an-dW2", _AN, "b112_an", "b112_an", "        dW2 <- (dZ2 %*% t(A1))/m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_AN_D2}*a1[{{j}}]/1",), _J3),), batch=112,
           why="t() the transpose, m = 1"),
    Public("an-db2", _AN, "b112_an", "b112_an", "        db2 <- sum(dZ2)/m", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_AN_D2}/1",)),), batch=112,
           why="one output: the sum over dZ2's entries is the sum over the samples"),
    Public("an-dZ1", _AN, "b112_an", "b112_an", "        dZ1 <- (t(W2) %*% dZ2) * (1 - A1^2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_AN_D1J,), _J3),), batch=112, why="tanh's slope 1 - A1^2"),
    Public("an-db1", _AN, "b112_an", "b112_an", "        db1 <- sum(dZ1)/m", ((W,),),
           (Twin("gradient", "b1[{j}]", ("(" + " + ".join(_AN_D1) + ")/1",), _J3),), batch=112,
           why="R's sum() adds every entry of dZ1, the hidden units' too: every b1[j] given the sum of all three "
               "units' dL/dz1 (Ng's np.sum(dZ1, axis=1) sums over the samples only; rowSums would)"),
    Public("an-W1", _AN, "b112_an", "b112_an", "        W1 <- W1 - learning_rate*dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_AN_D1J}*x[{{i}}]",), _J3I3),), batch=112),
    # ---- the Rust example (ndarray): let bindings, & borrows, .dot, .t(), comments after //, 1-D arrays ---------
    Public("rs-zh", _RS, "b112_rs", "b112_rs", "        let z1 = input.dot(&self.weights1) + &self.bias1;", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J4),), batch=112,
           why="input 1-D, weights1 input-first"),
    Public("rs-a2", _RS, "b112_rs", "b112_rs", "        let a2 = sigmoid(&z2);", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=112),
    Public("rs-oerr", _RS, "b112_rs", "b112_rs",
           "        let output_error = output - target;  // derivative of BCE w.r.t. output", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=112,
           why="the code's output_error, a value (its comment calls it the BCE's derivative by the output; it is "
               "the derivative by z2, as the next line's comment says)"),
    Public("rs-od", _RS, "b112_rs", "b112_rs",
           "        let output_delta = output_error;     // sigmoid derivative already in BCE gradient", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=112),
    Public("rs-herr", _RS, "b112_rs", "b112_rs", "        let hidden_error = output_delta.dot(&self.weights2.t());",
           ((C,),), (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),), batch=112,
           why="dL/d(hidden output), a value; weights2 input-first, .t() its transpose"),
    Public("rs-hd", _RS, "b112_rs", "b112_rs", "        let hidden_delta = &hidden_error * &relu_derivative(z1);",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_RS_D1J,), _J4),), batch=112, why="& borrows, * entry by entry"),
    Public("rs-w2", _RS, "b112_rs", "b112_rs",
           "        self.weights2 = &self.weights2 - self.learning_rate * &weights2_gradient;", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*(a2[0] - y[0])",), _J4),), batch=112,
           why="weights2_gradient the outer product a1 output_delta (input-first), named by the notation"),
    Public("rs-b1", _RS, "b112_rs", "b112_rs",
           "        self.bias1 = &self.bias1 - self.learning_rate * &hidden_delta;", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_RS_D1J}",), _J4),), batch=112),
    # ---- the Go Chain: Welch Labs' equations in a /* */ comment (z_2 = x * w_1 ...), Go's := with Matrix methods
    # (Dot, Sub, Mul, T()), a tab's indentation -------------------------------------------------------------------
    Public("go-z2", _GO, "b112_go", "b112_go", "z_2 = x * w_1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J3),), batch=112,
           why="the comment's line: x a row, w_1 input-first (hidden.weight is inN x hiddenDepth)"),
    Public("go-a2", _GO, "b112_go", "b112_go", "a_2 = f(z_2)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=112, why="f the activation, the sigmoid"),
    Public("go-y", _GO, "b112_go", "b112_go", "y = f(z_3)", ((C,),),
           (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2),), batch=112, why="y the output, as the comment says"),
    Public("go-hz", _GO, "b112_go", "b112_go", "\thiddenZ := input.Dot(chain.hidden.weight)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J3),), batch=112),
    Public("go-od", _GO, "b112_go", "b112_go", "\toutputDelta := outputError.Mul(outputSigmoidDerivative)", ((C,),),
           (Twin("value", _GO_D2K, (_GO_D2K,), _K2),), batch=112,
           why="the code's delta (-dE/dz2), a value; outputSigmoidDerivative the Map of SigmoidDerivative over the "
               "outputs, o (1 - o)"),
    Public("go-odw", _GO, "b112_go", "b112_go", "\toutputDw := chain.hidden.data.T().Dot(outputDelta)", ((C,),),
           (Twin("value", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",
                 ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _K2J3),), batch=112,
           why="-dE/dw2 (input-first), the step the code adds without a rate, a value"),
    Public("go-hd", _GO, "b112_go", "b112_go", "\thiddenDelta := hiddenError.Mul(hiddenSigmoidDerivative)", ((C,),),
           (Twin("value", _GO_D1J, (_GO_D1J,), _J3),), batch=112,
           why="hiddenError = outputDelta.Dot(chain.output.weight.T()), -dE/d(hidden output)"),
    # ---- the C++ threaded network: formulas in // comments with Spanish labels ("1. Error de salida:"), Σ_i(...),
    # tanh'(...), code indices wh[i][j], the output loop's index outj -------------------------------------------------
    Public("cp-hin", _CP, "b112_cp", "b112_cp", "    //   hidden_input[j]  = bh[j] + Σ_i(input[i] * wh[i][j])", ((C,),),
           (Twin("value", "z1[{j}]", ("b1[{j}] + x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J3),),
           batch=112, why="Σ_i glued to its parenthesis, wh[i][j] from input i to hidden unit j"),
    Public("cp-out", _CP, "b112_cp", "b112_cp",
           "    //   output[outj] = bo[outj] + Σ_i(hidden_output[i] * wo[i][outj])", ((C,),),
           (Twin("value", "a2[0]", ("b2[0] + a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2]",)),), batch=112,
           why="the linear output; outj the output loop's variable"),
    Public("cp-od", _CP, "b112_cp", "b112_cp",
           "    //  1. Error de salida:      output_delta[j] = output[j] - target", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - y[{j}]",), ({"j": 0},)),), batch=112,
           why="dE/dz of half the squared error at the linear output (OUTPUT_DIM = 1)"),
    Public("cp-hd", _CP, "b112_cp", "b112_cp",
           "    //  2. Error capa oculta:    hidden_delta[j] = (Σ_k output_delta[k]*wo[j][k]) * "
           "tanh'(hidden_input[j])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CP_D1J,), _J3),), batch=112, why="tanh' the derivative at the sum"),
    Public("cp-wo", _CP, "b112_cp", "b112_cp",
           "    //  3. Actualizar wo:        wo[i][j] -= lr * output_delta[j] * hidden_output[i]", ((C,),),
           (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*(a2[{j}] - y[{j}])*a1[{i}]",),
                 tuple({"j": 0, "i": i} for i in range(3))),), batch=112),
    Public("cp-wh", _CP, "b112_cp", "b112_cp",
           "    //  5. Actualizar wh:        wh[i][j] -= lr * hidden_delta[j] * input[i]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_CP_D1J}*x[{{i}}]",), _J3I3),), batch=112),
    Public("cp-bh", _CP, "b112_cp", "b112_cp",
           "    //  6. Actualizar bh:        bh[j]    -= lr * hidden_delta[j]", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_CP_D1J}",), _J3),), batch=112,
           why="spaces before -= aligning the comment's columns"),
    # ---- the C solution: statements over two lines, += with the code's deltas, a flattened index
    # weights_ih[i * HIDDEN_SIZE + j], the test's copy with short names (od, hd, who, hid) ----------------------------
    Public("c-od", _C, "b112_c", "b112_c",
           "            double output_delta = (train_targets[s] - output[0]) *\n"
           "                                  sigmoid_derivative(output[0]);", ((C,),),
           (Twin("value", _C_D2, (_C_D2,)),), batch=112,
           why="a declaration over two lines; the code's delta (-dE/dz), a value; sigmoid_derivative(x) = x (1 - x) "
               "of the output"),
    Public("c-hd", _C, "b112_c", "b112_c",
           "                hidden_delta[j] = output_delta * weights_ho[j] *\n"
           "                                  sigmoid_derivative(hidden[j]);", ((C,),),
           (Twin("value", _C_D1J, (_C_D1J,), _J2),), batch=112),
    Public("c-who", _C, "b112_c", "b112_c",
           "                weights_ho[j] += LEARNING_RATE * output_delta * hidden[j];", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*{_C_D2}*a1[{{j}}]",), _J2),), batch=112,
           why="+= with the code's delta (-dE/dz): the gradient step"),
    Public("c-wih", _C, "b112_c", "b112_c",
           "                    weights_ih[i * HIDDEN_SIZE + j] +=\n"
           "                        LEARNING_RATE * hidden_delta[j] * train_inputs[s][i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_C_D1J}*x[{{i}}]",), _J2I2),), batch=112,
           why="the flattened index i * HIDDEN_SIZE + j of input i's weight to hidden unit j"),
    Public("c-bh", _C, "b112_c", "b112_c", "                bias_h[j] += LEARNING_RATE * hidden_delta[j];", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] + eta*{_C_D1J}",), _J2),), batch=112),
    Public("c-od2", _C, "b112_c", "b112_c",
           "                double od = (tt[s] - out[0]) * sigmoid_derivative(out[0]);", ((C,),),
           (Twin("value", _C_D2, (_C_D2,)),), batch=112, why="the test's copy of the output delta"),
    Public("c-hd2", _C, "b112_c", "b112_c", "                    hd[j] = od * who[j] * sigmoid_derivative(hid[j]);",
           ((C,),), (Twin("value", _C_D1J, (_C_D1J,), _J2),), batch=112),
    # ---- lixun's Julia (Nielsen's algorithm): broadcasting .= .+ .*, sigmoid.(...), nn.δ[l] and nn.∂C∂b[l]
    # (Unicode in code names), a loss-derivative helper ∂C∂a.(a, y), comments with ⦿ and ∂C/∂w[l][j,k] ------------
    Public("jl-z", _JL, "b112_jl", "b112_jl", "        nn.z[i] .= (nn.w[i] * nn.a[i-1]) .+ nn.b[i]", ((C,),),
           (Twin("value", "z{l}[{j}]", ("{m}",), _JL_Z),), batch=112,
           why="a rule over the layers i = 2 ... L (symbols.md's 1 and 2); .= and .+ Julia's broadcasting"),
    Public("jl-a", _JL, "b112_jl", "b112_jl", "        nn.a[i] .= sigmoid.(nn.z[i])", ((C,),),
           (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _JL_A),), batch=112),
    Public("jl-dL", _JL, "b112_jl", "b112_jl", "    nn.δ[L] .= ∂C∂a.(nn.a[L], y) .* sigmoid_prime.(nn.z[L])",
           ((C,),), (Twin("gradient_z", "z2[{k}]", (_JL_D2K,), _K2),), batch=112,
           why="∂C∂a(a, y) = a - y, the file's own helper (dC/da of half the squared error)"),
    Public("jl-dbL", _JL, "b112_jl", "b112_jl", "    nn.∂C∂b[L] .= nn.δ[L]", ((C,),),
           (Twin("gradient", "b2[{k}]", (_JL_D2K,), _K2),), batch=112),
    Public("jl-cmt", _JL, "b112_jl", "b112_jl",
           "    # for each l = L-1, L-2 ... 2 compute δ[l] = (transpose(w[l+1])δ[l+1]) ⦿ σ'(z[l])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JL_D1J,), _J3),), batch=112,
           why="a comment's rule, at l = 2 only in a three-layer net; ⦿ the Hadamard product"),
    Public("jl-cw", _JL, "b112_jl", "b112_jl", "    #    ∂C/∂w[l][j,k] = a[l-1][k] * δ[l][j]", ((C,),),
           (Twin("gradient", "W{l}[{j},{i}]", ("{m}",), _JL_W),), batch=112,
           why="Nielsen's BP4 in a comment, over l = 2, 3 (symbols.md's 1, 2) and every j, k"),
    Public("jl-dl", _JL, "b112_jl", "b112_jl",
           "        nn.δ[l] .= (transpose(nn.w[l+1]) * nn.δ[l+1]) .* sigmoid_prime.(nn.z[l])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JL_D1J,), _J3),), batch=112,
           why="the loop's l = L-1:-1:2, the hidden layer only here"),
    # ---- the NYCU lab report (Chinese Markdown): NumPy lines in ``` blocks, $...$ in sentences with a full-width
    # comma, the student's dZ3 = (A3 - y) * 2 without the output's slope, its later fix in the report's section 4.D --
    Public("ny-Z1", _NY, "b112_ny", "b112_ny", "    Z1 = np.dot(X, weights['W1']) + weights['b1'] ", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=112,
           why="a trailing space; a dictionary's keys"),
    Public("ny-dZ3", _NY, "b112_ny", "b112_ny", "    dZ3 = (A3 - y) * 2", ((W,),),
           (Twin("gradient_z", "z3[0]", ("(a3[0] - y[0])*2",)),), batch=112,
           why="dL/dA3 of the squared error, without the sigmoid output's slope A3 (1 - A3): dZ3 is dL/dZ3 (the "
               "report defines it so), 2 (A3 - y) A3 (1 - A3)"),
    Public("ny-dZ2", _NY, "b112_ny", "b112_ny", "    dZ2 = dA2 * derivative_sigmoid(A2)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_NY_D2J,), _J3),), batch=112,
           why="dA2 = dL/dA2 named, derivative_sigmoid(x) = x (1 - x) of the output"),
    Public("ny-dW1", _NY, "b112_ny", "b112_ny", "    dW1 = np.dot(X.T, dZ1) / m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_NY_D1J}/1",), _J3I2),), batch=112),
    Public("ny-W3", _NY, "b112_ny", "b112_ny", "    weights['W3'] -= learning_rate * dW3", ((C,),),
           (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] - eta*a2[{{j}}]*{_NY_D3}",), _J3),), batch=112),
    Public("ny-def", _NY, "b112_ny", "b112_ny",
           " $dZ3 = \\frac{\\partial L}{\\partial Z3}$ ，$dZ3 = 2 * (A3 - y)$ ", ((C,), (W,)),
           (Twin("gradient_z", "z3[0]", (_NY_D3,)), Twin("gradient_z", "z3[0]", ("2*(a3[0] - y[0])",))), batch=112,
           why="two $...$ on one line joined by a full-width comma: the definition (dZ3 is dL/dZ3) and the slip of "
               "the code, 2 (A3 - y) without A3 (1 - A3)"),
    Public("ny-chain", _NY, "b112_ny", "b112_ny",
           " $\\frac{\\partial L}{\\partial W3} = \\frac{\\partial L}{\\partial Z3} \\cdot "
           "\\frac{\\partial Z3}{\\partial W3} $", ((C,),),
           (Twin("gradient", "W3[0,{j}]", (f"{_NY_D3}*a2[{{j}}]",), _J3),), batch=112,
           why="the chain rule for W3, its quotients written whole"),
    Public("ny-dZ3b", _NY, "b112_ny", "b112_ny", "        dZ3 = (A3 - y) * 2 * derivative_sigmoid(A3)", ((C,),),
           (Twin("gradient_z", "z3[0]", (_NY_D3,)),), batch=112,
           why="section 4.D's MSE branch, the slope put back"),
    # ---- zy31415's Scala layers (Breeze): a method body, *:* entry by entry, .t the transpose, override def ----------
    Public("zf-z", _ZF, "b112_zy", "b112_zf", "    z = weight * previous.activation + bias", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=112,
           why="ForwardLayer's activation method, read for the first hidden layer"),
    Public("zh-d", _ZH, "b112_zy", "b112_zh",
           "  override def delta = next.weight.t * next._delta *:* activationFunction.d(z)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ZY_D1J,), _J3),), batch=112,
           why="Scala's * and *:* of one precedence, left to right: (W2^T delta2) *:* sigma'(z1)"),
    Public("zo-d", _ZO, "b112_zy", "b112_zo", "  override def delta = (_activation - y) *:* activationFunction.d(z)",
           ((C,),), (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",),
                           _K2),), batch=112,
           why="_activation the layer's outputs (a name the loader does not take: left unnamed)"),
    # ---- the Rust PMC: flattened weights w2[j * self.output_size + k], self.lr, += with the code's deltas --------
    Public("pm-od", _PM, "b112_pm", "b112_pm", "            output_delta[k] = (y[k] - output[k]) * 1.0;", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("(y[{k}] - a2[{k}])*1.0",), _K2),), batch=112,
           why="the linear output's slope 1.0; the code's delta (-dE/dz), a value"),
    Public("pm-w2", _PM, "b112_pm", "b112_pm",
           "                self.w2[j * self.output_size + k] += self.lr * output_delta[k] * hidden[j];", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta*(y[{k}] - a2[{k}])*a1[{j}]",), _K2J3),), batch=112,
           why="the flattened index j * output_size + k of hidden unit j's weight to output k"),
    Public("pm-b2", _PM, "b112_pm", "b112_pm", "            self.b2[k] += self.lr * output_delta[k];", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] + eta*(y[{k}] - a2[{k}])",), _K2),), batch=112),
    Public("pm-w1", _PM, "b112_pm", "b112_pm",
           "                self.w1[i * self.hidden_size + j] += self.lr * hidden_delta[j] * x[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_PM_D1J}*x[{{i}}]",), _J3I2),), batch=112),
]
