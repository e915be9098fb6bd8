r"""Batch 94 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 14 addresses no earlier batch used (the code corpus, with its emphasis on languages other than Python
and Markdown: Huy-Nguyen-HCI's Java Backpropagation.java, setters called with the formula (node.setDelta( ... )),
methods without arguments (node.output(), node.getAFDerivative()), a sum accumulated with +=, a step with momentum
and a Javadoc <tt> rule, at commit 1a4e6f5; StackOverflowMATLABchat's MATLAB NeuralNet2.m, cells (delta{end},
sNeuron{jj}), .* and .', MATLAB's ... continuation, the cost averaged over a batch and four whole function
definitions with their comments; four Octave files of jtorreguitar/sia's TP2 (sigmoid.m with e.^-z,
sigmoid_derivative.m, network_error.m with mean(...), deltas_for_final_layer.m with Octave's .-); avvvet/mlgo's
README.md (Unicode σ(x) and ∂(x) with a remark after spaces) and its Go main.go (func definitions, a local s :=);
Flux.jl's early Julia activation.jl (broadcast ./, .+, exp., .*, .<; back! rules of an incoming gradient Δ);
Abutler101's JavaScript nn.js (functions assigned to a constructor's property, Matrix.dot, Matrix.map,
Matrix.subtract, .add(...)); two Rust files of lbrande/rust-deep-learning (utils.rs's fn definitions, lib.rs's
closures in for_each with -= and a cast, method chains, += into a dereference); and two Scala files of alxdb/Mnist
(package.scala's one-line defs, NeuralNetwork.scala's cost, a fold's z = w * i + b, w.update(w + dw) and b(i) =
db(i), tabs)), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the
page describes (with the page's numbers where it gives them: sia's test.m weights; both in
tests/public_formulas_batch94_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an activation (errorsOnHidden, the sum of
Backpropagation.java's hidden node) or a local derivative (a derivative's definition: fd_tanh, sigmoid_prime, dSigmoid,
result) is twinned as a value, as in batches 14 to 90; so is a forward value, a function's definition (judged at a
sum), a loss's definition and a loop's accumulated sum (the value once the loop is done: sum +=); a delta the page
writes as -dE/dnet (sia's (t - a) f'(z)) is a value too, as batch 80's; a step (setWeightDelta,
changeIn...Weights) is twinned as batch 48's, eta dL/dw against minus the page's change. Formulas keep their page's
delimiters and what surrounds them on their line (a code line's indentation, spaces or tabs, and trailing ;, a
function's whole definition, a README line's remark after spaces); what was left out is said in the entry's why and
below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 94

The batch: 51 formulas from 14 addresses (Backpropagation.java 7, NeuralNet2.m 8, sia's sigmoid.m 1,
sigmoid_derivative.m 1, network_error.m 1 and deltas_for_final_layer.m 1, mlgo's README.md 2 and main.go 2, Flux.jl's
activation.jl 4, nn.js 12, rust-deep-learning's utils.rs 2 and lib.rs 4, alxdb/Mnist's package.scala 2 and
NeuralNetwork.scala 4).

9 are mistaken somewhere (the oracle finds at least one member wrong):

- Backpropagation.java's CROSS_ENTROPY case, node.setDelta( targets[nodeIndex] - node.output() ): the sigmoid
  output's cross-entropy has dE/dnet = output - target, and updateNewWeightsForNode subtracts the rate times this
  delta, so the step goes uphill (the sign);
- mlgo's README σ(x) = 1 / 1 + Exp(-x) and alxdb's def sigmoid(z: R): R = 1 / 1 + math.exp(-z): 1 + e^{-x}, the
  denominator's parentheses missing;
- Flux.jl's back!(::typeof(σ), Δ, x) = Δ .* σ(x)./(1.-σ(x)) (σ / (1 - σ) for σ (1 - σ)) and back(::typeof(relu),
  Δ, x) = Δ .* (x .< 0) (the gradient passed where x < 0, not x > 0);
- nn.js's changeInInputToHiddenWeights = Matrix.dot(gradientHidden,inputsTrans) and
  this.weightsInputToHidden.add(changeInInputToHiddenWeights): the hidden error errorsOnHidden = W2' (t - o) leaves
  the output's slope o (1 - o) out, so the hidden step is not minus eta dE/dw;
- alxdb's w.update(w + dw) (dw = eta dE/dw from backProp and Train.scala: the weights moved uphill) and b(i) =
  db(i) (the bias set to its change, not moved by it).

Not mistaken, though they look it: nn.js's Matrix.subtract(targets,outputs) (outputs, undefined in the function, is
the page's name for outOfOutput); Backpropagation.java's setWeightDelta with momentum * prevWeightDelta (momentum =
0 in the file); sia's deltas f'(z) (t - a) without the 2 of its network_error (the mean squared error is what the
file reports; the deltas are the half squared error's, -dE/dnet, and judged so); NeuralNet2.m's f_tanh with its
commented-out alternative %y = 2 ./ (1 + exp(-2*x)) - 1;.

What was left out: Backpropagation.java's double gradient = node.getDelta(); and gradient *= inputNode.output();
(one name for the delta, then the gradient, on two lines; its value at setWeightDelta is named); NeuralNet2.m's
forward lines xNeuron{1} = [IN ones(B,1)], sNeuron{jj} = xNeuron{jj} * this.weights{jj} and xNeuron{jj+1} =
[fcn(sNeuron{jj}) ones(B,1)] (the bias unit's column, which no notation can name), weight_update = (1/B)*sum(bsxfun(
@times, permute(XX, [2 3 1]), permute(D, [3 2 1])), 3) (its bias row), the L1 and L2 regularisation's lines, sim's
OUT = fcn([OUT ones(N,1)] * this.weights{ii}) and the linear and ReLU function pairs (y = x, ones(size(x)),
max(x, 0), double(x >= 0): two more networks); sia's deltas_for_each_layer.m (a cell array's concatenation [...
deltas] in a loop), find_weight_changes.m (the same), weight_output_for_each_layer.m (current_activations =
w{1}*current_activations, the loop's sums without the activation between layers), percep_simple.m (a sign
perceptron) and deltas_for_final_layer.m's two cell reads; mlgo's main.go prints; Flux.jl's softmax(x) =
error("not implemented"); nn.js's forward pass repeated in query, weightsHiddenToOutputTrans =
this.weightsHiddenToOutput.transpose() (a transpose, no claim), var gradientOutput = Matrix.map(outputs,
this.derivationFunc) and var gradientHidden = Matrix.map(outOfHidden,this.derivationFunc) with their multiply()
calls (the names are read at their final value, after the calls); lib.rs's feedforward, the hidden layers' loop
(general_mat_vec_mul's and general_mat_mul's calls, new_delta *= ..., += into nabla_b[nabla_b.len() - i]) and
the output weights' gradient (general_mat_mul(...) over lines); alxdb's result's fold, avgCost, the layer
deltas' scanLeft ((result - output) * dActivations.head and (w.t * d) * z, a fold's values without a left side)
and Train.scala's accumulation of the deltas.

Collected on 2026-12-06 (03:20 to 03:27 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 18 pairs
loaded, after these fixes: Backpropagation.java's methods are named by their dotted names without the call's
parentheses ("node.output" for node.output(): the loader refuses "node.output()", "unexpected at ')' (position
13)"), nodeIndex and i named as the loops' numbers (0) instead of indices = "" (refused: "'' is not a string of
letters"); NeuralNet2.m's this.weights{jj+1}(1:end-1,:) is not named ("expected ')' to close the parenthesis at ':'
(position 21)"); mlgo's ∂ is not named as a function ("functions.∂: "sigmoid' at input" is not an element-wise
activation's derivative and where it is taken"); lib.rs's acts.last().unwrap(), zs.last().unwrap() and
nabla_b.last_mut().unwrap() are not named ("unexpected at ')' (position 11)"), batch.len() named batch.len; sia's
[data] written as a list of samples.
Run blind at main 7c6591f (/work/READY_FOR_BLIND34; src/ as at be867e6), with nothing under src/ changed. The first
run (/work/batch94_blind.txt): 8 of 51 read with every verdict right (16%), 43 refused, no misreading, no crash, no
typo entry, NO WRONG FORMULA CALLED CORRECT. No refusal was the notation's fault (each notation is within the spec;
what it could not name is said above: the loader's refusals of call parentheses, a slice and ∂), so there was no
second run.

Of the 9 mistaken formulas, 1 read with every verdict right (alxdb's b(i) = db(i), called wrong) and 8 were refused.
By page: Backpropagation.java 1 of 7, NeuralNet2.m 3 of 8, sia's sigmoid.m 0 of 1, sigmoid_derivative.m 1 of 1,
network_error.m 0 of 1 and deltas_for_final_layer.m 0 of 1, mlgo's README.md 0 of 2 and main.go 0 of 2, Flux.jl's
activation.jl 1 of 4, nn.js 0 of 12, rust-deep-learning's utils.rs 0 of 2 and lib.rs 0 of 4, alxdb/Mnist's
package.scala 0 of 2 and NeuralNetwork.scala 2 of 4.

The refusals by construct (43), with the exact message:

- 7, a statement that calls a setter or a method with the formula as its argument, no = of its own (Java's
  node.setDelta( ... ) and node.setWeightDelta( i, ... ), JavaScript's this.weightsHiddenToOutput.add(...), Scala's
  w.update(w + dw)) (hn-dout, hn-dce, hn-dhid, hn-wd, js-who, js-wih, ax-w), e.g. hn-dout: "formula
  'node.setDelta( (node.output() - targets[nodeIndex]) * nod...': has no left side; write the equation
  (\frac{\partial L}{\partial w} = ...) or name the parameter with --param" (the same for the others);
- 10, JavaScript's nn.js: a library's product Matrix.dot(a, b), read as np.dot(Matrix, a, b) (js-ih, js-io, js-eh,
  js-cho, js-chi), e.g. js-ih: "formula 'inputToHidden = np.dot(Matrix, this.weightsInputToHidden,...': np.dot(...)
  with 3 argument(s): a product takes two at 'n' (position 17); write np.dot(u, v)"; an activation applied by a
  library's map, Matrix.map(x, f), and its element-wise Matrix.subtract(a, b) (js-oh, js-oo, js-eo), e.g. js-oh:
  "formula 'outOfHidden = Matrix.map(inputToHidden,this.activationFunc)': Matrix.map(...): a method called on an
  object, which the notation does not name; name it in the notation's functions ("Matrix.map" = "sigmoid" or a
  derivative word's "sigmoid' at input"), or its value in [notation.symbols]"; a function expression assigned to a
  constructor's property, with a local var then return (js-sig): "formula 'NeuralNetwork.sigmoid =
  function(x){ var res=1/(1+pow(Mat...': the definition of NeuralNetwork.sigmoid is more than one return line
  after locals (a conditional, a loop, an augmented assignment, a call alone); check reads local names assigned
  once, then the value: def NeuralNetwork.sigmoid(x): s = ... then return ..., or R's NeuralNetwork.sigmoid =
  function(x) { s = ...; s * (1 - s) } (a docstring and comments aside)", and with the return alone (js-dsig):
  "formula 'NeuralNetwork.derSigmoid(x) = return x*(1-x)': unknown symbol return; the notation knows
  changeInHiddenToOutputWeights, changeInInputToHiddenWeights, errorsOnHidden, errorsOnOutput, gradientHidden,
  gradientOutput, inputToHidden, inputToOutput; a name of several letters is read whole only where the notation
  names it: give it the quantity it stands for in the notation's [notation.symbols], "return" = "..." (e.g.
  "a1[0]")";
- 6, Rust: a fn with typed parameters and a return type, its body an expression in braces (rs-sig): "formula 'pub
  fn sigmoid(z: f64) -> f64 { 1.0 / (1.0 + f64::exp(-z)) }': expected ')' to close the parenthesis at ':'
  (position 53)", (rs-dsig): "formula 'pub fn sigmoid_prime(z: f64) -> f64 { sigmoid(z) * (1.0 -...': unknown
  symbol f; the notation knows z; give it a meaning in the notation's [notation.symbols], e.g. "f" = "a1[0]"";
  a closure in a method chain's continuation line, .for_each(|(b, nb)| *b -= &((learning_rate / batch.len() as f64)
  * nb)) (rs-b, rs-w): "formula '.for_each(|(b, nb)| *b -= ((learning_rate / batch.len() a...': unexpected at '.'
  (position 1)"; method chains acts.last().unwrap() and .map(|x| sigmoid_prime(*x)) (rs-delta): "formula 'delta =
  (acts.last().unwrap() - y) * zs.last().unwrap() \\...': unexpected at ')' (position 20)"; += into a dereference
  (rs-nb): "formula '*nabla_b.last_mut().unwrap() += delta': unexpected at '*' (position 1)";
- 4, MATLAB function files with comments and the output reassigned (NeuralNet2.m's activation functions): the
  commented-out line %y = 2 ./ (1 + exp(-2*x)) - 1; taken for the formula (nn-ftanh): "formula '%y = 2 / (1 +
  exp(-2*x)) - 1': cannot read '%' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)";
  function y = ... read as a phrase of words (nn-fdtanh, nn-fsig, nn-fdsig), e.g. nn-fsig: "formula 'function y =
  f_sigmoid(x) % See also: logsig y = 1 ./ (1 ...': its left side 'function y' is a phrase of words (unknown symbol
  function), which check reads only as one name the notation gives; write "function y" = "..." in the notation's
  [notation.symbols] with the quantity it stands for (e.g. new(W2[0, 0]) for a weight's new value, grad(W2[0, 0])
  for its gradient), and each phrase of its right side so (a learning rate's in learning_rate)";
- 3, Scala's one-line def with typed parameters and a return type, def f(z: R): R = ... (and = { ... } over lines)
  (ax-sig, ax-dsig, ax-cost), e.g. ax-sig: "formula 'def sigmoid(z: R): R = 1 / 1 + math.exp(-z)': the definition
  of sigmoid is more than one return line after locals (a conditional, a loop, an augmented assignment, a call
  alone); check reads local names assigned once, then the value: def sigmoid(x): s = ... then return ..., or R's
  sigmoid = function(x) { s = ...; s * (1 - s) } (a docstring and comments aside)";
- 3, Julia: the broadcast operators .+ and exp.( (fx-sig): "formula '\\sigma (x) = 1 / (1 .+ exp \\cdot (-x))':
  expected ')' to close the parenthesis at '.' (position 21)"; a method's signature with a type dispatch,
  back!(::typeof(σ), Δ, x) (fx-back-sig): "formula 'back!(::typeof(\\sigma ), \\Delta , x) = \\Delta \\odot
  \\sigm...': unexpected at '!' (position 5)", back(::typeof(relu), Δ, x) (fx-back-relu): "formula
  'back(::typeof(relu), \\Delta , x) = \\Delta \\odot (x .< 0)': unexpected at ':' (position 6)";
- 3, Octave: Euler's e, e.^-z (sia-sig): "formula 'g = 1 / (1 + e.^-z)': unknown symbol e; the notation knows g,
  result, x, z; give it a meaning in the notation's [notation.symbols], e.g. "e" = "a1[0]""; mean(...) (sia-err):
  "formula 'error = mean((expected_output - network_output).^2)': unknown symbol mean; the notation knows expected,
  network; a name of several letters is read whole only where the notation names it: give it the quantity it
  stands for in the notation's [notation.symbols], "mean" = "..." (e.g. "a1[0]")"; Octave's .- (sia-dfinal):
  "formula 'final_layer_deltas = dactivation_function(final_layer_wei...': expected ')' to close the parenthesis
  at '.' (position 88)";
- 2, Go's func with typed parameters and a return type (mlgo-gsig): "formula 'func sigmoid(x float64) float64 {
  return 1 / (1 + math.Ex...': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name
  the parameter with --param", with a local s := (mlgo-gdsig): "formula 'func sigmoidDerivative(x float64)
  float64 { s := sigmoid(...': expected '}' to close the group at ':=' (position 48)";
- 2, the README's Unicode: Exp(-x) for the exponential (mlgo-sig): "formula '\\sigma (x) = 1 / 1 + Exp(-x)':
  unknown symbol Exp; the notation knows x; a name of several letters is read whole only where the notation names
  it: give it the quantity it stands for in the notation's [notation.symbols], "Exp" = "..." (e.g. "a1[0]")"; ∂(x)
  as a function's name (mlgo-dsig; the loader refuses ∂ in functions): "formula '\\partial (x) = \\sigma (x) * (1 -
  \\sigma (x))': expected '/' in ∂L/∂w at '=' (position 14)";
- 1, MATLAB's ... continuation and a slice of the next layer's weights, this.weights{jj+1}(1:end-1,:) (nn-dhid):
  "formula 'delta[jj] = dfcn(sNeuron[jj]) \\odot \\ldots (delta[jj+1]*(...': a range a(i:j) in parentheses,
  MATLAB's slice of the entries i to j (a(i:i+1) is two of them, never NumPy's one row a[i:i+1]) at ':' (position
  106); write the one sample's name alone, or NumPy's a[i:i+1] where the notation binds i as the sample index";
- 1, a loop's sum accumulated with += (hn-sum; the loader refuses "sum" as a pattern, as in batch 90): "formula 'sum
  += n.getWeight( nodeIndex ) * n.getDelta()': unexpected at '+=' (position 5)";
- 1, a method's argument that is the loop's number, node.getWeight(i) with "i" = "0" and the pattern
  "node.getWeight(k)" (hn-nw): "'node.getWeight(i) - node.getWeightDelta(i)' is a vector or matrix where the left
  side is a number".

Read, among the constructs these pages brought: a Javadoc's <tt>newWeight = oldWeight - weightDelta</tt>; MATLAB's
cells delta{end}, xNeuron{end}, sNeuron{end} named as patterns, .* with a derivative word dfcn, this.weights{jj} =
this.weights{jj} - alpha*weight_update, (0.5/B)*sum(sum((...).^2)) with B = 1; Octave's (exp(-x))./((1+exp(-x)).^2);
relu(x) = max(0, x); Scala's val z = w * i + b in a fold, and b(i) = db(i) (called wrong).

Which look general (would appear in much code): a statement that passes the formula to a setter or a method
(setDelta(...), .add(...), .update(...)), in every object-oriented language; function definitions in typed
languages (Go's func, Rust's fn, Scala's def with types and a return type, a JavaScript function expression
assigned to a property, MATLAB's function files with comments and a reassigned output); a matrix library's
Matrix.dot(a, b) and Matrix.map(x, f) (Shiffman's Toy-Neural-Network style, much copied); Octave's e, mean() and
.-; Julia's broadcast dots (.+, ./, exp.(...)); MATLAB's ... continuation with a slice (1:end-1,:); a loop's sum
accumulated with +=. Page- or language-specific: Flux's back!(::typeof(σ), Δ, x) dispatch signatures; Rust's
closures in a continuation line (.for_each(|(b, nb)| ...)), method chains (.last().unwrap()) and dereferences;
the README's ∂(x) as a function's name and Exp; a loop's number inside a method's parentheses (node.getWeight(i)).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch94_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_HN = "https://github.com/Huy-Nguyen-HCI/DeepLearning (Backpropagation.java, commit 1a4e6f5)"
_NN = "https://github.com/StackOverflowMATLABchat/NeuralNetPlayground (NeuralNet2.m, commit 64e8e7e)"
_SS = "https://github.com/jtorreguitar/sia (TP2/sigmoid.m, commit cba2042)"
_SD = "https://github.com/jtorreguitar/sia (TP2/sigmoid_derivative.m, commit 351f78f)"
_SE = "https://github.com/jtorreguitar/sia (TP2/network_error.m, commit 351f78f)"
_SF = "https://github.com/jtorreguitar/sia (TP2/deltas_for_final_layer.m, commit 351f78f)"
_MR = "https://github.com/avvvet/mlgo (README.md, commit 894208b)"
_MG = "https://github.com/avvvet/mlgo (cmd/mlgo/main.go, commit 5512bff)"
_FX = "https://github.com/FluxML/Flux.jl (src/activation.jl, commit 29aab1e)"
_JS = "https://github.com/Abutler101/JS-NN-Lib (nn.js, commit 083341f)"
_RU = "https://github.com/lbrande/rust-deep-learning (lib/src/utils.rs, commit 06726bc)"
_RL = "https://github.com/lbrande/rust-deep-learning (lib/src/lib.rs, commit 06726bc)"
_AP = "https://github.com/alxdb/Mnist (src/main/scala/adb/mnist/ai/package.scala, commit 05d357a)"
_AN = "https://github.com/alxdb/Mnist (src/main/scala/adb/mnist/ai/NeuralNetwork.scala, commit 05d357a)"

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KJ23 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# Backpropagation.java: the output's dE/dnet (half squared error, sigmoid)
_HD = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# NeuralNet2.m: the tanh output's and first layer's dE/dnet
_ND = "(a2[0] - y[0])*(1 - tanh(z2[0])**2)"
_NH = "(1 - tanh(z1[{j}])**2)*" + _ND + "*W2[0,{j}]"
# Flux.jl: dE/da1 under the linear output
_FA = "(a2[0] - y[0])*W2[0,{j}]"
# JS-NN-Lib: the output's dE/dnet, and the page's hidden error (the output's slope left out)
_JD = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_JH = "a1[{j}]*(1 - a1[{j}])*(W2.T @ (y - a2))[{j}]"
# rust-deep-learning and alxdb/Mnist: the output's and the first layer's dE/dnet
_RD = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RH = "(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]*a1[{j}]*(1 - a1[{j}])"

ENTRIES = [
    # ---- Huy-Nguyen-HCI's Backpropagation.java: setters called with the formula (node.setDelta( ... )), methods
    # without arguments (node.output(), node.getAFDerivative()), a sum accumulated with +=, a step with momentum, a
    # Javadoc <tt> rule; tabs ----------------------------------------------------------------------------------------
    Public("hn-dout", _HN, "b94_hn", "b94_hn_out",
           "\t\t\t\tnode.setDelta( \n\t\t\t\t\t(node.output() - targets[nodeIndex]) * node.getAFDerivative() \n\t\t\t\t);",
           ((C,),), (Twin("gradient_z", "z2[0]", (_HD,)),), batch=94,
           why="the MSE case: the output node's delta, dE/dnet of the half squared error"),
    Public("hn-dce", _HN, "b94_hn_ce", "b94_hn_out", "\t\t\t\tnode.setDelta( targets[nodeIndex] - node.output() );",
           ((W,),), (Twin("gradient_z", "z2[0]", ("y[0] - a2[0]",)),), batch=94,
           why="the CROSS_ENTROPY case: the sigmoid output's cross-entropy has dE/dnet = output - target, and the "
               "weights move by minus the rate times this delta (updateNewWeightsForNode): the sign is the page's "
               "slip, the step uphill"),
    Public("hn-sum", _HN, "b94_hn", "b94_hn_hid", "\t\t\tsum += n.getWeight( nodeIndex ) * n.getDelta();", ((C,),),
           (Twin("value", "W2[0,0]*" + _HD, ("W2[0,0]*" + _HD,)),), batch=94,
           why="sum starts at 0 and the loop over the next layer's nodes adds each one's term: the sum once the loop "
               "is done (one output here), dE/d(output) of the hidden node, a value"),
    Public("hn-dhid", _HN, "b94_hn", "b94_hn_hid", "\t\tnode.setDelta( node.getAFDerivative() * sum );", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0]*(1 - a1[0])*W2[0,0]*" + _HD,)),), batch=94,
           why="the hidden node's delta, sum the loop's"),
    Public("hn-doc", _HN, "b94_hn", "b94_hn_w", "\t * <tt>newWeight = oldWeight - weightDelta</tt>", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*" + _HD + "*a1[0]",)),), batch=94,
           why="the Javadoc's rule, weightDelta the rate times the gradient (momentum 0)"),
    Public("hn-wd", _HN, "b94_hn", "b94_hn_w",
           "\t\t\tnode.setWeightDelta( i, learningRate * gradient + momentum * prevWeightDelta );", ((C,),),
           (Twin("step", "W2[0,0]", ("eta*" + _HD + "*a1[0] + 0*0",)),), batch=94,
           why="the weight's delta, subtracted on the next line: eta dE/dw (momentum = 0 in the file)"),
    Public("hn-nw", _HN, "b94_hn", "b94_hn_w",
           "\t\t\tdouble newWeight = node.getWeight(i) - node.getWeightDelta(i);", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*" + _HD + "*a1[0]",)),), batch=94),
    # ---- NeuralNet2.m (StackOverflowMATLABchat): cells (delta{end}, sNeuron{jj}, this.weights{jj+1}(1:end-1,:)),
    # .* and .', MATLAB's ... continuation, the cost averaged over B; whole function definitions with comments -------
    Public("nn-dout", _NN, "b94_nn", "b94_nn",
           "                delta{end} = (xNeuron{end} - OUT) .* dfcn(sNeuron{end});", ((C,),),
           (Twin("gradient_z", "z2[0]", (_ND,)),), batch=94,
           why="the output layer's sensitivities, dE/dnet of the half squared error"),
    Public("nn-dhid", _NN, "b94_nn", "b94_nn",
           "                    delta{jj} = dfcn(sNeuron{jj}) .* ...\n"
           "                        (delta{jj+1}*(this.weights{jj+1}(1:end-1,:)).');", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NH,), _J2),), batch=94,
           why="the hidden layer's, the next layer's weights without their bias row, transposed"),
    Public("nn-w", _NN, "b94_nn", "b94_nn",
           "                    this.weights{jj} = this.weights{jj} - alpha*weight_update;", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _NH + "*x[{i}]",), _JI22),), batch=94,
           why="weight_update the batch's gradient (1/B) sum XX' D, B = 1; judged on the weights (the bias row "
               "aside)"),
    Public("nn-perf", _NN, "b94_nn", "b94_nn",
           "                perf(ii) = (0.5/B)*sum(sum((xNeuron{end} - OUT).^2));", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("(0.5/1)*(a2[0] - y[0])**2",)),), batch=94,
           why="the cost, the half squared error averaged over the B samples"),
    Public("nn-ftanh", _NN, "b94_nn", "b94_nn_f",
           "function y = f_tanh(x)\n    % See also: tansig\n    %y = 2 ./ (1 + exp(-2*x)) - 1;\n    y = tanh(x);\nend",
           ((C,),), (Twin("value", "tanh(z1[0])", ("tanh(z1[0])",)),), batch=94,
           why="the definition of the activation, with a commented-out alternative"),
    Public("nn-fdtanh", _NN, "b94_nn", "b94_nn_f",
           "function y = fd_tanh(x)\n    % See also: dtansig\n    y = f_tanh(x);\n    y = 1 - y.^2;\nend", ((C,),),
           (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),), batch=94,
           why="its derivative at the sum, y reassigned"),
    Public("nn-fsig", _NN, "b94_nn_sig", "b94_nn_f",
           "function y = f_sigmoid(x)\n    % See also: logsig\n    y = 1 ./ (1 + exp(-x));\nend", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=94),
    Public("nn-fdsig", _NN, "b94_nn_sig", "b94_nn_f",
           "function y = fd_sigmoid(x)\n    % See also: dlogsig\n    y = f_sigmoid(x);\n    y = y .* (1 - y);\nend",
           ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=94),
    # ---- jtorreguitar/sia's TP2 (Octave): e.^-z, ./ and .^, Octave's .- -----------------------------------------
    Public("sia-sig", _SS, "b94_sia", "b94_sia_f", "    g = 1 ./ (1 + e.^-z);", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=94,
           why="e Octave's Euler number"),
    Public("sia-dsig", _SD, "b94_sia", "b94_sia_f", "    result = (exp(-x))./((1+exp(-x)).^2);", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("exp(-z1[{j}])/(1 + exp(-z1[{j}]))**2",), _J2),), batch=94,
           why="the sigmoid's derivative at the sum, a value"),
    Public("sia-err", _SE, "b94_sia_e", "b94_sia_e", "    error = mean((expected_output - network_output).^2);",
           ((C,),), (Twin("value", "(y[0] - a3[0])**2", ("(y[0] - a3[0])**2",)),), batch=94,
           why="the mean over the outputs (one) of the squared error"),
    Public("sia-dfinal", _SF, "b94_sia", "b94_sia_d",
           "    final_layer_deltas = dactivation_function(final_layer_weight_outputs)*(expected_output .- "
           "final_layer_activations);", ((C,),),
           (Twin("value", "-(a3[0] - y[0])*a3[0]*(1 - a3[0])", ("a3[0]*(1 - a3[0])*(y[0] - a3[0])",)),), batch=94,
           why="the last layer's deltas f'(z) (t - a), -dE/dnet of the half squared error (network_error reports "
               "the mean squared error; the deltas carry no 2), judged as a value"),
    # ---- avvvet/mlgo: Unicode sigma and a partial sign as a function's name, a remark after spaces; Go functions --
    Public("mlgo-sig", _MR, "b94_mlgo", "b94_mlgo", "σ(x) = 1 / 1 + Exp(-x)       sigmoid function", ((W,),),
           (Twin("value", "sigmoid(z1[0])", ("1/1 + exp(-z1[0])",)),), batch=94,
           why="1 / 1 + Exp(-x) is 1 + e^{-x}: the parentheses around the denominator missing, the page's slip"),
    Public("mlgo-dsig", _MR, "b94_mlgo", "b94_mlgo", "∂(x) = σ(x) * (1 - σ(x))     partial derivative", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=94, why="the sigmoid's derivative, named ∂"),
    Public("mlgo-gsig", _MG, "b94_mlgo", "b94_mlgo",
           "func sigmoid(x float64) float64 {\n\treturn 1 / (1 + math.Exp(-x))\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=94),
    Public("mlgo-gdsig", _MG, "b94_mlgo", "b94_mlgo",
           "func sigmoidDerivative(x float64) float64 {\n\ts := sigmoid(x)\n\treturn s * (1 - s)\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=94, why="a local s, then the return"),
    # ---- Flux.jl's early activation.jl (Julia): broadcast operators ./, .+, exp., .*, .<; back! rules of a layer's
    # incoming gradient Delta -------------------------------------------------------------------------------------
    Public("fx-sig", _FX, "b94_fx_sig", "b94_fx", "σ(x) = 1 ./ (1 .+ exp.(-x))", ((C,),),
           (Twin("value", "sigmoid(z1[{j}])", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=94),
    Public("fx-back-sig", _FX, "b94_fx_sig", "b94_fx", "back!(::typeof(σ), Δ, x) = Δ .* σ(x)./(1.-σ(x))", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (_FA + "*sigmoid(z1[{j}])/(1 - sigmoid(z1[{j}]))",), _J2),), batch=94,
           why="the sigmoid's slope is sigma (1 - sigma), not sigma / (1 - sigma): the page's slip (1.-σ(x) is 1 .- "
               "σ(x) in the Julia of the time)"),
    Public("fx-relu", _FX, "b94_fx_relu", "b94_fx", "relu(x) = max(0, x)", ((C,),),
           (Twin("value", "relu(z1[{j}])", ("relu(z1[{j}])",), _J2),), batch=94),
    Public("fx-back-relu", _FX, "b94_fx_relu", "b94_fx", "back(::typeof(relu), Δ, x) = Δ .* (x .< 0)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (_FA + "*Heaviside(-z1[{j}])",), _J2),), batch=94,
           why="the gradient passes where x > 0, not x < 0: the page's slip"),
    # ---- Abutler101's JS-NN-Lib nn.js: functions assigned to a constructor's property, Matrix.dot, Matrix.map,
    # Matrix.subtract, a method's .add(...), outputs (the page's name for outOfOutput) --------------------------------
    Public("js-sig", _JS, "b94_js", "b94_js",
           "NeuralNetwork.sigmoid = function(x){\n  var res=1/(1+pow(Math.E, -x));\n  return res;\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=94,
           why="the definition of the activation, judged at a sum"),
    Public("js-dsig", _JS, "b94_js", "b94_js", "NeuralNetwork.derSigmoid = function(x){\n  return x*(1-x);\n}",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=94,
           why="the sigmoid's slope written of its output (map(outputs, derivationFunc))"),
    Public("js-ih", _JS, "b94_js", "b94_js", "  var inputToHidden = Matrix.dot(this.weightsInputToHidden,inputs);",
           ((C,),), (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}]",), _J3),), batch=94),
    Public("js-oh", _JS, "b94_js", "b94_js", "  var outOfHidden = Matrix.map(inputToHidden,this.activationFunc);",
           ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=94),
    Public("js-io", _JS, "b94_js", "b94_js", "  var inputToOutput = Matrix.dot(this.weightsHiddenToOutput,outOfHidden);",
           ((C,),), (Twin("value", "z2[{k}]", ("(W2 @ a1)[{k}]",), _K2),), batch=94),
    Public("js-oo", _JS, "b94_js", "b94_js", "  var outOfOutput = Matrix.map(inputToOutput,this.activationFunc);",
           ((C,),), (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2),), batch=94),
    Public("js-eo", _JS, "b94_js", "b94_js", "  var errorsOnOutput = Matrix.subtract(targets,outputs);", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=94,
           why="outputs, undefined in the function, is the page's name for outOfOutput"),
    Public("js-eh", _JS, "b94_js", "b94_js",
           "  var errorsOnHidden = Matrix.dot(weightsHiddenToOutputTrans, errorsOnOutput);", ((C,),),
           (Twin("value", "(W2.T @ (y - a2))[{j}]", ("(W2.T @ (y - a2))[{j}]",), _J3),), batch=94,
           why="the output errors carried back by the transposed weights (no slope), a value"),
    Public("js-cho", _JS, "b94_js", "b94_js",
           "  var changeInHiddenToOutputWeights = Matrix.dot(gradientOutput,outOfHiddenTrans);", ((C,),),
           (Twin("step", "W2[{k},{j}]", ("-(-eta*" + _JD + "*a1[{j}])",), _KJ23),), batch=94,
           why="gradientOutput is lr (t - o) o (1 - o) after its two multiply() calls: the change is minus eta dE/dw"),
    Public("js-who", _JS, "b94_js", "b94_js", "  this.weightsHiddenToOutput.add(changeInHiddenToOutputWeights);",
           ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*" + _JD + "*a1[{j}]",), _KJ23),), batch=94,
           why="the change added to the weights in place"),
    Public("js-chi", _JS, "b94_js", "b94_js",
           "  var changeInInputToHiddenWeights = Matrix.dot(gradientHidden,inputsTrans);", ((W,),),
           (Twin("step", "W1[{j},{i}]", ("-(eta*" + _JH + "*x[{i}])",), _JI32),), batch=94,
           why="gradientHidden is lr o (1 - o) W2' (t - o) of the hidden outputs: the output's slope o (1 - o) is left "
               "out of the error carried back (errorsOnHidden), so this is not minus eta dE/dw"),
    Public("js-wih", _JS, "b94_js", "b94_js", "  this.weightsInputToHidden.add(changeInInputToHiddenWeights);",
           ((W,),), (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*" + _JH + "*x[{i}]",), _JI32),), batch=94,
           why="the same change added"),
    # ---- lbrande/rust-deep-learning (Rust): functions with typed parameters (f64::exp), closures in for_each with
    # -= and a cast (batch.len() as f64), method chains (acts.last().unwrap()), .map(|x| ...), += into a deref -----
    Public("rs-sig", _RU, "b94_rs", "b94_rs_u", "pub fn sigmoid(z: f64) -> f64 {\n    1.0 / (1.0 + f64::exp(-z))\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=94),
    Public("rs-dsig", _RU, "b94_rs", "b94_rs_u",
           "pub fn sigmoid_prime(z: f64) -> f64 {\n    sigmoid(z) * (1.0 - sigmoid(z))\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1.0 - sigmoid(z1[0]))",)),),
           batch=94),
    Public("rs-b", _RL, "b94_rs", "b94_rs",
           "            .for_each(|(b, nb)| *b -= &((learning_rate / batch.len() as f64) * nb));", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - (eta/1)*" + _RH,), _J3),), batch=94,
           why="the first layer's biases (the zip's first pair), nb the batch's summed gradient, one sample"),
    Public("rs-w", _RL, "b94_rs", "b94_rs",
           "            .for_each(|(w, nw)| *w -= &((learning_rate / batch.len() as f64) * nw));", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - (eta/1)*" + _RH + "*x[{i}]",), _JI32),), batch=94),
    Public("rs-delta", _RL, "b94_rs", "b94_rs",
           "        let mut delta = (acts.last().unwrap() - y) * zs.last().unwrap().map(|x| sigmoid_prime(*x));",
           ((C,),), (Twin("gradient_z", "z2[{k}]", (_RD,), _K2),), batch=94,
           why="the output layer's delta, the quadratic cost's"),
    Public("rs-nb", _RL, "b94_rs", "b94_rs", "        *nabla_b.last_mut().unwrap() += &delta;", ((C,),),
           (Twin("gradient", "b2[{k}]", (_RD,), _K2),), batch=94,
           why="nabla_b starts at zeros (train_batch): the last layer's bias gradient once this sample's delta is added"),
    # ---- alxdb/Mnist (Scala): one-line defs with typed parameters, a precedence slip, .map(x => x * x).sum, a fold's
    # case, update's w.update(w + dw) and b(i) = db(i), tabs ----------------------------------------------------------
    Public("ax-sig", _AP, "b94_ax", "b94_ax_f", "\tdef sigmoid(z: R): R = 1 / 1 + math.exp(-z)", ((W,),),
           (Twin("value", "sigmoid(z1[{j}])", ("1/1 + exp(-z1[{j}])",), _J3),), batch=94,
           why="1 / 1 + math.exp(-z) is 1 + e^{-z}: the denominator's parentheses missing, the page's slip"),
    Public("ax-dsig", _AP, "b94_ax", "b94_ax_f",
           "\tdef dSigmoid(z: R): R = math.exp(-z) / ((1 + math.exp(-z)) * (1 + math.exp(-z)))", ((C,),),
           (Twin("value", "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",
                 ("exp(-z1[{j}])/((1 + exp(-z1[{j}]))*(1 + exp(-z1[{j}])))",), _J3),), batch=94),
    Public("ax-cost", _AN, "b94_ax", "b94_ax",
           "\tdef cost(result: Vector, expected: Vector): R = {\n\t\t(result - expected).map(x => x * x).sum * 0.5\n\t}",
           ((C,),), (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                          ("((a2[0] - y[0])**2 + (a2[1] - y[1])**2)*0.5",)),), batch=94,
           why="the half squared error"),
    Public("ax-z", _AN, "b94_ax", "b94_ax", "\t\t\t\tval z = w * i + b", ((C,),),
           (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}] + b1[{j}]",), _J3),), batch=94,
           why="the fold's first step: i the input, w and b the first layer's"),
    Public("ax-w", _AN, "b94_ax", "b94_ax_u", "\t\t\t\tw.update(w + dw)", ((W,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*" + _RH + "*x[{i}]",), _JI32),), batch=94,
           why="dw is the weight deltas d a^T (dE/dw) times learningRate / subsets (Train.scala): adding it moves the "
               "weights uphill, the page's slip"),
    Public("ax-b", _AN, "b94_ax", "b94_ax_u", "\t\t\t\t\tb(i) = db(i)", ((W,),),
           (Twin("update", "b1[{i}]", ("eta*" + _RH.replace("{j}", "{i}"),), _I3),), batch=94,
           why="the bias set to its change, not moved by it: the page's slip"),
]
