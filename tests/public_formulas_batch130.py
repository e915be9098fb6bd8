r"""Batch 130 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on students' code as
handed in, in many languages), all stored files whose repository the index does not name: a C++ NeuralNetwork for
MNIST (stored file 53255550936: tab-indented, const double error = lastOutputActivations_[k] - target[k], members
ending in an underscore, -= updates with dE/dz deltas), two Python XOR scripts without NumPy (stored file 18460304852:
hidden_deltas in a list comprehension, y[i] with i the sample; stored file 70666749891: W1[0][j], W2[j][0], a hidden
loop's delta and hidden_error), a Rust Layer of Perceptrons (stored file 3627410579: let, index the loop's variable,
self.0[i].weights[j] and its biais), a Rust wgpu chapter's cpu_gradient (stored file 67643397674: a flat weight array
weights[12 + unit], tanh hidden units, the binary cross-entropy of a logit, a let split over two lines), a PHP series'
chapter 10 in Markdown (stored file 40294926671: $ variables, $this->, the static call
ActivationFunctions::sigmoidDerivative in ```php blocks; the algorithm's steps in \( ... \) with every subscript's _
turned into *, two typos), a React lesson's Step16 (stored file 17484357148: JSX <li> items with <strong> labels, ×
for the product, sigmoid&apos; for the prime, Unicode subscripts w₂, δ₁), and three R scripts: a Vietnamese XOR
network (stored file 52739566835: nn$ fields, %*%, t(), weights + d_weights at the comment's rate 1, a comment chain
for dL/dw2 whose last member is minus the gradient, a real slip), Joe Domaleski's "Neural Network from Scratch in R"
(stored file 29493013091: the binary cross-entropy with the squared error's output delta, a real slip; colSums) and
an Indonesian NNAR script (stored file 70131995701: t the target and y the output, as.numeric, outer, statements
continued after * and +). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: code deltas that are -dE/dz where the updates add them, written
"-delta2[0]"; helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given; a loop's
scalar error named with the loop's index in its meaning, one notation for the output loop and one for the hidden loop
where the page reuses the name (the PHP $error); R's rows as transposed vectors, "a1" = "a1[:].T", and its input-first
matrices as transposes, "W1" = "W1[:, :].T"; the Rust loop variables through index_names, { index = "k" }, { unit = "j"
}; the flat array by patterns with index arithmetic, "weights[12 + j]" = "W2[0, j]"), a network of the kind the page
describes (with the page's numbers where it gives them: the Rust chapter's INITIAL weights, its first sample [-1, -1]
with target 0 and rate 0.3; the NNAR script's initial weights (its section 8.1); the PHP demo's inputs [1.0, 0.5],
target 1.0 and rate 0.8; the React example's input [0.5, 0.8] and target 1.0; the XOR sample [0, 1] -> 1 and the
rates 0.1, 0.5, 1 the Python and R scripts write; all in tests/public_formulas_batch130_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's delta (outputDelta, hidden_deltas, delta_output), an error (error = y[i] - output, $outputError), and the R
scripts' d_weights (-dE/dW shaped as the weights) are twinned as values, as in batches 14 to 126; the comment's dL/dw2
as a gradient. Formulas keep their page's delimiters and what surrounds them on their line (a line's indentation, a
statement's ;, a JSX item's <strong> label, a <CalcStep> tag, a Markdown list's number, an R comment's #); what was
left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 130

The batch: 61 formulas from 10 addresses (the C++ NeuralNetwork 7, the Python list-comprehension XOR 7, the Python
"Back Propagation Algorithm" 8, the Rust Layer 4, the Rust chapter's cpu_gradient 2, the PHP chapter 8, the React
lesson 5, the Vietnamese R network 7, Domaleski's R network 6, the Indonesian NNAR script 7). 13 are in documents (the
PHP chapter's 6 in ```php blocks and 2 in \( ... \), the React lesson's 5 in JSX), 48 in code files (C++ 7, Python 15,
Rust 6, R 20, one of them a comment).

2 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the Vietnamese R network's rv-cm, the comment "dL/dw2 = dL/dOutput * dOutput/dz2 * dz2/dw2 = 2*(y - output) *
  sigmoid'(output) * layer1.T": the chain right, its last member minus the gradient (MSE = mean((y - output)^2), so
  dL/dOutput = -2 (y - output)); the code adds d_weights2, the ascent direction of the output, and the comment names it
  the loss's gradient;
- Domaleski's rd-do, delta_output <- (y_train - a2) * sigmoid_derivative(a2): the loss the lines above compute is the
  binary cross-entropy, whose -dL/dz2 is y - a2; the slope a2 (1 - a2) belongs to the squared error (the lines after it,
  read with delta_output named the output's -dL/dz2, are right as written);
- mistyped (unreadable): the PHP chapter's ph-lo, "\( \delta*{\text{out}} = (y*{\text{pred}} - y*{\text{true}}) \cdot
  f'(z*{\text{out}}) \)": every subscript's _ turned into * (unreadable="*{\text{out}}");
- mistyped (unreadable): its ph-lh, "\( \delta*h = (\sum w \cdot \delta*{\text{out}}) \cdot f'(z_h) \)": the same
  slip, \delta*h and \delta*{\text{out}} (unreadable="*{\text{out}}").

Not mistaken, though they look it: the Python script's comment "Calculate the error (output - expected)" above error
= y[i] - output (the code's error is the target minus the output, and its updates add); the update lines with += (the
codes' deltas are -dE/dz), the C++ and PHP ones with -= (theirs are dE/dz); the Vietnamese R updates without a rate
(the comment's learning_rate = 1, the problem file's; twinned with eta, as batch 92's ph7-s0); the Indonesian script's
sse, the sum of error^2, where the steps are half the squared error's (the network's loss is the one the updates
descend); the Python script's printed MSE the same; the NNAR script's t, R's transpose elsewhere, the target here.

What was left out: the C++ forward loops (running sums) and predict, saveModel, loadModel; the list-comprehension
script's forward sums (generator sums) and total_error += error ** 2 (a running sum); the second Python script's
forward sums continued over lines, W1[1][j]'s update (W1[0][j]'s at the second input) and hidden_delta.append(delta);
the Rust Layer's error_sum += ... (a running sum) and deltas.push(error_sum * sigmoid_derivate(outputs[i])) (a push, the
hidden deltas); the Rust chapter's gradient[12 + unit] += ... lines (running sums over its 8 samples, divided by their
count after the loop), its *weight -= rate * slope (a zip over every parameter, no name saying which) and its
binary_cross_entropy_from_logit (a stable form with max, abs and ln_1p); the PHP chapter's perceptron and activation
sections, its step 4, \( w := w - \eta \cdot \delta \cdot \text{activation} \) (a weight w of no layer or index with
its activation unnamed), the demo's echo lines "∂Loss/∂w = ∂Loss/∂output × ∂output/∂z × ∂z/∂w" (PHP strings, the same
unindexed w) and $error = $outputDelta * $this->weightsHiddenOutput[$h] (taken as the notation's meaning of $error);
the React lesson's numeric <CalcStep>s (z₁ = [0.78, -0.30, 0.79], δ₂ = -0.30 × sigmoid'(0.847) = -0.30 × 0.21 = -0.063
and the rest: a worked example whose weights the page gives but one, w₂[0] = 0.4); the Vietnamese comment block's
other lines (dL/dw1's chain and the -> lines restating the code) and its loss; Domaleski's loss line (with its epsilon)
and forward pass; the NNAR script's grid-search function (latih_nnar, the same lines at six spaces) and its SARIMA
parts. Pages read and not taken: a Go goann (stored file 3985437242, whose deltaOutput[k] = (trainer[k] - output[k]) *
sigmoidPrime(o[k]) takes a slope of an output the code left linear, a real slip, but sigmoidPrime is defined in
another file and its forward loop adds the bias once per input), a Java Model (stored file 4383984352, a near copy of
batch 116's Java loan model), a Java lambdaDerivative network (stored file 39354237783), a C# sentiment README (stored
file 31285526442, the project of batch 116's guide), and many candidates earlier batches held.

Collected on 2026-12-07 (04:57 to 05:05 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch: b130_phh on the PHP network, b130_rvc on the
Vietnamese one) before the run, without judging a formula: 10 of the 12 loaded as first written (the PHP and the
Vietnamese R pages have two each, the PHP code's hidden loop and the R comment block); two were refused by the loader
for the format, not a meaning: the C++ one at its members ending in an underscore before brackets
("symbols.'lastOutputActivations_[k]': unexpected at ']' (position 25)"), which it names whole instead
("lastOutputActivations_" = "a2[:]", "weightsHiddenOutput_" = "W2[:, :].T"); the PHP one first at the static call's
name ("functions.ActivationFunctions::sigmoidDerivative: "sigmoid' at output" is not an element-wise activation's
derivative and where it is taken; ... a word of letters, digits and underscores, or a dotted one"), which it names
dotted instead ("ActivationFunctions.sigmoidDerivative"), then at PHP's sigil ("symbols.'$prediction': cannot read '$'
at position 1"), which it drops from every name ("prediction" = "a2[0]", "this->weightsHiddenOutput[h]" = "W2[0, h]",
learning_rate = ["this->learningRate"]): the page's formulas keep their $ and ::. The oracle's first run passed every
verdict as first transcribed (all 61 entries, 59 with twins).
Run blind at main c836528 (/work/READY_FOR_BLIND51; src/ as at 7cb3588, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch130_blind.txt): 33 of 61 read with every verdict
right (54%), 24 refused, 2 misread, 2 typos refused, no typo read, no crash, NO WRONG FORMULA CALLED CORRECT. None of
the refusals was a slip of the notations (none counts from the wrong number, none names a quantity the page does not
mean: the C++ arrays are named whole and the PHP names without their $ because the loader takes neither as written),
so the batch was run once.

Both mistaken formulas were read with their wrong member called wrong (rv-cm, the comment chain's last member, minus
the gradient; rd-do, the squared error's slope under the binary cross-entropy). The misreadings (2, right formulas
called wrong; none the other way): the Vietnamese R network's rv-dw2, d_weights2 <- t(nn$layer1) %*% delta_output,
and rv-dh, delta_hidden <- (delta_output %*% t(nn$weights2)) * sigmoid_derivative(nn$layer1): worked by hand, each is
the notation's quantity exactly (t(nn$layer1), a 4 x 1 column, times the 1 x 1 delta_output is -dE/dW2 shaped as
weights2; delta_output times the row t(nn$weights2), times the hidden slopes, is -dE/dz1 as a row), and the oracle
agrees; check gave wrong, as it refused rv-dw1 for a shape only R's t() of an nn$ field, left untransposed, would give
(Domaleski's t(W2) and t(a1) were read). By page: the C++ NeuralNetwork 3 of 7, the list-comprehension XOR 7 of 7, the
"Back Propagation Algorithm" 8 of 8, the Rust Layer 2 of 4, the Rust chapter 2 of 2, the PHP chapter 0 of 8 (and its 2
typos refused), the React lesson 1 of 5, the Vietnamese R network 2 of 7 (2 misread), Domaleski's R network 6 of 6,
the NNAR script 2 of 7.

The refusals by construct (24, and the typos'), with the exact message:

- 6, PHP: its $ sigils read as TeX's $ ... $ delimiters, ph-oe: "formula 'outputError =': ends with a relation and
  nothing after it" (ph-od the same); the learning rate $this->learningRate, which the notation's learning_rate names
  (this->learningRate, its $ dropped), ph-who: "formula '$this->weightsHiddenOutput[$h] -= $this->learningRate *
  $...': C's field through a pointer this->learningRate, which the notation does not name (as this->learningRate or
  the dotted this.learningRate); give it in [notation.symbols], "this->learningRate" = "..." (with its index,
  "this->learningRate[i]", where code writes one)" (ph-bo, ph-wih the same); the static call, ph-hd: "formula
  'hiddenDeltas[ h] = error * ActivationFunctions::sigmoidDe...': unexpected at ':' (position 48)";
- 4, R's as.numeric, ri-do: "formula 'delta_output \\leftarrow error * turunan_sigmoid(as.numeri...': as.numeric(...):
  a method called on an object, which the notation does not name; name it in the notation's functions ("as.numeric" =
  "sigmoid" or a derivative word's "sigmoid' at input"), or its value in [notation.symbols]" (ri-dh, ri-w, ri-w0 the
  same);
- 4, C++ names ending in an underscore: the rate learningRate_ before * read as learningRate with the subscript *,
  cp-bo: "formula 'biasOutput_[k] -= learningRate_ * outputDelta[k]': unknown symbol learningRate_{*}; the notation
  knows biasHidden_, biasOutput_, error, hiddenDelta, input, lastHiddenActivations_, lastOutputActivations_,
  outputDelta; give it a meaning in the notation's [notation.symbols], e.g. "learningRate_{*}" = "a1[0]"" (cp-bh the
  same); an array named whole (the loader refusing "weightsHiddenOutput_[j][k]") and indexed in the line, cp-who:
  "formula 'weightsHiddenOutput_[j][k] -= learningRate_ * lastHiddenA...': weightsHiddenOutput__{j,k} matches none of
  the notation's patterns for weightsHiddenOutput_ ('weightsHiddenOutput_')" (cp-wih the same);
- 2, R's $ between a list and its field read as TeX's delimiters where a line holds two, rv-w1: "formula 'weights1
  \\leftarrow nn': unknown symbol weights1; a name of several letters is read whole only where the notation names it:
  give it the quantity it stands for in the notation's [notation.symbols], "weights1" = "..." (e.g. "a1[0]")" (rv-w2
  the same);
- 2, a Rust tuple struct's field, rl-w: "formula 'self.0[i].weights[j] += learning_rate * deltas[i] * input...':
  unexpected at '.' (position 10)" (rl-b the same);
- 2, JSX's &apos; for the prime, jx-do: "formula '\\delta _output = (prediction - target) \\times sigmoid apo...':
  unexpected at ';' (position 61); a semicolon after a member is no product: write \cdot (or \,) for one, or give a
  second claim its own left side (A = B, \quad C = D)" (jx-dh the same);
- 1, a JSX tag before the formula, jx-d10: "formula '<CalcStep number={7}>\\delta _{1}[0] = \\delta _{2} \\times ...':
  unexpected at '<' (position 1)";
- 1, a subscript word with code's index, δ_hidden[i] (the notation's "δ_hidden[i]" = "delta1[i]"), jx-gw1: "formula
  '\\partial L/\\partial w_1[i][j] = \\delta _hidden[i] \\times ...': \delta_{hidden}[i]: \delta_{hidden} names a
  number, which has no entries";
- 1, R's t() of an nn$ field, rv-dw1: "'t(nn$input) @ delta_hidden' is 1 x 4 where the left side is 2 x 4";
- 1, an R statement continued over lines after + and *, its last line lost, ri-v0: "formula 'v0 \\leftarrow v0 +
  learning_rate *': expected a number, a symbol or a parenthesis at the end" (ri-v, three lines ending in outer(...),
  read);
- the typos, refused without naming '*{\text{out}}': ph-lo, "formula '\\delta*{\\text{out}} = (y*{\\text{pred}} -
  y*{\\text{true}})...': unknown symbol out; the notation knows \delta, hiddenDeltas, inputs, outputDelta,
  outputError, prediction, target, this.biasOutput; give it a meaning in the notation's [notation.symbols], e.g. "out"
  = "a1[0]""; ph-lh, "formula "\\delta*h = (\\sum w \\cdot \\delta*{\\text{out}}) \\cdot f'(z_h)": unknown symbol h;
  ... h is an index letter of the notation: write it as a subscript or superscript of what it indexes (W_h, not Wh), or
  give it a meaning in the notation's [notation.symbols]" (each names the word after the *, out or h, not the *).

Read, among the constructs these pages brought: C++'s const double and tab indentation with members ending in an
underscore named whole where not indexed (lastOutputActivations_[k] through "lastOutputActivations_" = "a2[:]");
Python's list comprehension hidden_deltas = [... for k in range(2)], y[i] with i the sample, W1[0][j] and W2[j][0];
Rust's let with index_names ({ index = "k" }, { unit = "j" }), a let continued on the next line, the flat array
weights[12 + unit] by a pattern with index arithmetic, tanh's slope 1.0 - hidden[unit] * hidden[unit]; a JSX item's
<strong> label before ∂L/∂w₂[j] = δ_output × hidden[j] with Unicode subscripts; R's <- with %*%, t(W2), t(a1),
t(X_train), colSums over the samples, rows as transposed vectors, the binary cross-entropy's slip called wrong
(rd-do), and a # comment's two-line chain dL/dw2 = dL/dOutput * dOutput/dz2 * dz2/dw2 = 2*(y - output) *
sigmoid'(output) * layer1.T with its sign slip called wrong (rv-cm); the NNAR script's t the target in error <- t - y
and outer(x, delta_hidden) in a statement over three lines.

Which look general (would appear in much homework): PHP's $ sigils (every PHP line: the $ ... $ pairs read as TeX,
$this-> names, :: calls), R's $ field access where a line holds two (nn$weights1 <- nn$weights1 + ...), R's t() of such
a field (read untransposed: two misreadings), R's as.numeric, C++ members ending in an underscore (learningRate_ * read
as a subscript), and a code array named whole (the loader refusing its pattern) but indexed in the line. Page-specific:
a Rust tuple struct's self.0[i], JSX's &apos; and <CalcStep> tags, δ_hidden[i] (a subscript word with code's index,
which docs/notation.md documents as read), the NNAR statement whose last continued line was lost, and the PHP LaTeX's
* for _ (the page's typo, refused naming another token).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch130_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CP = _STORED.format(53255550936, "#include \"neural_network.h\"",
                     "a C++ NeuralNetwork for MNIST: backpropagate with sigmoidDerivativeFromActivation and -= updates")
_PX = _STORED.format(18460304852, "import math",
                     "a Python XOR script: an MLP of lists, hidden_deltas in a list comprehension, += updates")
_PB = _STORED.format(70666749891, "# Back Propagation Algorithm",
                     "a Python XOR script with no external library: W1[0][j], W2[j][0], += updates")
_RL = _STORED.format(3627410579, "use std::ops::Index;",
                     "a Rust Layer of Perceptrons: backward_output, backward_hidden and update_weights")
_RG = _STORED.format(67643397674,
                     "//! Device-resident forward, backward, and update passes for a tiny nonlinear network.",
                     "a Rust wgpu chapter whose cpu_gradient checks the GPU's: a flat weight array, tanh hidden units, "
                     "the binary cross-entropy of a logit")
_PH = _STORED.format(40294926671, "---",
                     "a PHP series' chapter 10 in Markdown, Neural Networks and Deep Learning Fundamentals: its "
                     "SimpleNeuralNetwork in ```php blocks and the algorithm's steps in \\( ... \\)")
_JX = _STORED.format(17484357148, "'use client';",
                     "a React lesson's Step16 component: the algorithm in <li> items and a worked example in "
                     "<CalcStep>")
_RV = _STORED.format(52739566835, "# =============================================================",
                     "a Vietnamese R script, a XOR network with early stopping: backprop() with its chain rule in "
                     "comments")
_RD = _STORED.format(29493013091, "# =======================================================",
                     "Joe Domaleski's R \"Neural Network from Scratch\" for a marketing data science example")
_RI = _STORED.format(70131995701, "##############################################################################",
                     "an Indonesian R script forecasting a farmers' exchange rate with SARIMA and NNAR estimated by "
                     "hand")


def _grid(**sizes: int) -> tuple:
    """Every combination of the letters' values: _grid(j=3, i=2) -> ({"j": 0, "i": 0}, {"j": 0, "i": 1}, ...)."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)


# ---- one sigmoid output under half the squared error: dE/dz2, and dE/dz1 of hidden unit {j} ------------------------
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_N2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"          # -dE/dz2 as the code writes it


def _d1(letter: str) -> str:
    return f"{_D2}*W2[0,{{{letter}}}]*a1[{{{letter}}}]*(1 - a1[{{{letter}}}])"


# ---- two sigmoid outputs under half the squared error (the C++ and Rust 2-3-2 networks) -----------------------------
_D2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_A1J = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_D1J = f"{_A1J}*a1[{{j}}]*(1 - a1[{{j}}])"
_D2I = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"

# ---- the Vietnamese R network: one sigmoid output under the squared error, no biases --------------------------------
_S2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_S1 = f"{_S2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# ---- the binary cross-entropy of a sigmoid output: dL/dz2 = a2 - y ------------------------------------------------
_B1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_G1 = "(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)"      # the Rust chapter's tanh hidden units


ENTRIES = [
    # ---- the C++ NeuralNetwork (tab-indented): const double, trailing-underscore members, error = output - target,
    # sigmoidDerivativeFromActivation of the activations, -= updates with dE/dz deltas --------------------------------
    Public("b130-cp-err", _CP, "b130_cp", "b130_cp",
           "\t\tconst double error = lastOutputActivations_[k] - target[k];", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _grid(k=2)),), batch=130,
           why="a declaration with its qualifiers; dE/d output k, a value"),
    Public("b130-cp-od", _CP, "b130_cp", "b130_cp",
           "\t\toutputDelta[k] = error * sigmoidDerivativeFromActivation(lastOutputActivations_[k]);", ((C,),),
           (Twin("value", _D2K, (_D2K,), _grid(k=2)),), batch=130,
           why="the slope written of the activation; dE/dz2, a value"),
    Public("b130-cp-hd", _CP, "b130_cp", "b130_cp",
           "\t\thiddenDelta[j] = propagatedError * sigmoidDerivativeFromActivation(lastHiddenActivations_[j]);",
           ((C,),), (Twin("value", _D1J, (_D1J,), _grid(j=3)),), batch=130,
           why="propagatedError the loop's sum over k of outputDelta[k] weightsHiddenOutput_[j][k] (dE/d a1[j])"),
    Public("b130-cp-who", _CP, "b130_cp", "b130_cp",
           "\t\t\tweightsHiddenOutput_[j][k] -= learningRate_ * lastHiddenActivations_[j] * outputDelta[k];",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_D2K}",), _grid(j=3, k=2)),),
           batch=130, why="-= with dE/dz: the gradient step; the member arrays ending in an underscore"),
    Public("b130-cp-bo", _CP, "b130_cp", "b130_cp", "\t\tbiasOutput_[k] -= learningRate_ * outputDelta[k];", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2K}",), _grid(k=2)),), batch=130),
    Public("b130-cp-wih", _CP, "b130_cp", "b130_cp",
           "\t\t\tweightsInputHidden_[i][j] -= learningRate_ * input[i] * hiddenDelta[j];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_D1J}",), _grid(i=2, j=3)),),
           batch=130),
    Public("b130-cp-bh", _CP, "b130_cp", "b130_cp", "\t\tbiasHidden_[j] -= learningRate_ * hiddenDelta[j];", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1J}",), _grid(j=3)),), batch=130),
    # ---- the Python XOR script (eight- to sixteen-space indentation): y[i] with i the sample, a list comprehension
    # for the hidden deltas, += updates with -dE/dz deltas -------------------------------------------------------------
    Public("b130-px-err", _PX, "b130_px", "b130_px", "        error = y[i] - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=130,
           why="i the sample's index (one sample here); the comment above says (output - expected), the code "
               "computes expected - output"),
    Public("b130-px-od", _PX, "b130_px", "b130_px", "        output_delta = error * sigmoid_derivative(output)",
           ((C,),),
           (Twin("value", f"-{_D2}", (_N2,)),), batch=130,
           why="the code's delta, -dE/dz2 (the updates add it); sigmoid_derivative of the output"),
    Public("b130-px-hd", _PX, "b130_px", "b130_px",
           "        hidden_deltas = [output_delta * weights_hidden_output[k] * "
           "sigmoid_derivative(hidden_layer_output[k])"
           " for k in range(2)]", ((C,),),
           (Twin("value", f"-{_d1('k')}", (f"{_N2}*W2[0,{{k}}]*a1[{{k}}]*(1 - a1[{{k}}])",), _grid(k=2)),),
           batch=130, why="a list comprehension over k: the vector of -dE/dz1, entry k twinned"),
    Public("b130-px-who", _PX, "b130_px", "b130_px",
           "            weights_hidden_output[j] += learning_rate * output_delta * hidden_layer_output[j]", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2}*a1[{{j}}]",), _grid(j=2)),), batch=130,
           why="j here the hidden unit (the pattern's letter is k: a placeholder, any letter)"),
    Public("b130-px-bo", _PX, "b130_px", "b130_px", "        bias_output += learning_rate * output_delta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",)),), batch=130),
    Public("b130-px-wih", _PX, "b130_px", "b130_px",
           "                weights_input_hidden[j][k] += learning_rate * hidden_deltas[k] * input_layer[j]", ((C,),),
           (Twin("update", "W1[{k},{j}]", (f"W1[{{k}},{{j}}] - eta*{_d1('k')}*x[{{j}}]",), _grid(j=2, k=2)),),
           batch=130, why="j the input, k the hidden unit"),
    Public("b130-px-bh", _PX, "b130_px", "b130_px", "            bias_hidden[k] += learning_rate * hidden_deltas[k]",
           ((C,),), (Twin("update", "b1[{k}]", (f"b1[{{k}}] - eta*{_d1('k')}",), _grid(k=2)),), batch=130),
    # ---- the Python "Back Propagation Algorithm" (eight- and twelve-space indentation): W1[0][j], W2[j][0], X[i][0],
    # Y[i][0] with i the sample, a hidden loop's delta and hidden_error, += updates ------------------------------------
    Public("b130-pb-err", _PB, "b130_pb", "b130_pb", "        error = Y[i][0] - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=130),
    Public("b130-pb-od", _PB, "b130_pb", "b130_pb", "        output_delta = error * sigmoid_derivative(output)",
           ((C,),), (Twin("value", f"-{_D2}", (_N2,)),), batch=130),
    Public("b130-pb-he", _PB, "b130_pb", "b130_pb", "            hidden_error = output_delta * W2[j][0]", ((C,),),
           (Twin("value", f"-{_D2}*W2[0,{{j}}]", (f"{_N2}*W2[0,{{j}}]",), _grid(j=2)),), batch=130,
           why="-dE/d(hidden output j), a value; W2[j][0] input-first"),
    Public("b130-pb-hd", _PB, "b130_pb", "b130_pb", "            delta = hidden_error * sigmoid_derivative(hidden[j])",
           ((C,),), (Twin("value", f"-{_d1('j')}", (f"{_N2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _grid(j=2)),),
           batch=130, why="delta the hidden loop's scalar, -dE/dz1[j] (appended to hidden_delta)"),
    Public("b130-pb-w2", _PB, "b130_pb", "b130_pb", "            W2[j][0] += learning_rate * output_delta * hidden[j]",
           ((C,),), (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2}*a1[{{j}}]",), _grid(j=2)),), batch=130),
    Public("b130-pb-b2", _PB, "b130_pb", "b130_pb", "        B2[0] += learning_rate * output_delta", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",)),), batch=130),
    Public("b130-pb-w10", _PB, "b130_pb", "b130_pb",
           "            W1[0][j] += learning_rate * hidden_delta[j] * X[i][0]", ((C,),),
           (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] - eta*{_d1('j')}*x[0]",), _grid(j=2)),), batch=130,
           why="the first input's weights to hidden j; X[i][0] the sample's first input"),
    Public("b130-pb-b1", _PB, "b130_pb", "b130_pb", "            B1[j] += learning_rate * hidden_delta[j]", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_d1('j')}",), _grid(j=2)),), batch=130),
    # ---- the Rust Layer (twelve-space indentation in backward_output, eight in update_weights): let, index the
    # loop's variable, self.0[i] a tuple struct's field, += updates with -dE/dz deltas ------------------------------
    Public("b130-rl-err", _RL, "b130_rl", "b130_rl",
           "            let output_error = targets[index] - outputs[index];", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _grid(k=2)),), batch=130,
           why="index the loop's output (index_names)"),
    Public("b130-rl-od", _RL, "b130_rl", "b130_rl",
           "            let output_delta = output_error * sigmoid_derivate(outputs[index]);", ((C,),),
           (Twin("value", f"-{_D2K}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _grid(k=2)),), batch=130,
           why="sigmoid_derivate (the perceptron module's) of the output; -dE/dz2, pushed into the deltas"),
    Public("b130-rl-w", _RL, "b130_rl", "b130_rl",
           "            self.0[i].weights[j] += learning_rate * deltas[i] * inputs[j];", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_D2I}*a1[{{j}}]",), _grid(i=2, j=3)),), batch=130,
           why="update_weights as called on the output layer: deltas its -dE/dz, inputs the hidden outputs"),
    Public("b130-rl-b", _RL, "b130_rl", "b130_rl", "        self.0[i].biais += learning_rate * deltas[i];", ((C,),),
           (Twin("update", "b2[{i}]", (f"b2[{{i}}] - eta*{_D2I}",), _grid(i=2)),), batch=130,
           why="biais, the French spelling, the perceptron's bias"),
    # ---- the Rust chapter's cpu_gradient (eight- and twelve-space indentation): the binary cross-entropy's fused
    # delta, a flat weight array weights[12 + unit], tanh's slope of the hidden output, a let split over two lines ----
    Public("b130-rg-od", _RG, "b130_rg", "b130_rg", "        let output_delta = prediction - target;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=130,
           why="the binary cross-entropy's dL/d logit (its loss written of the logit), a value"),
    Public("b130-rg-hd", _RG, "b130_rg", "b130_rg",
           "            let hidden_delta =\n                output_delta * weights[12 + unit] * (1.0 - hidden[unit] * "
           "hidden[unit]);", ((C,),),
           (Twin("value", _G1, ("(a2[0] - y[0])*W2[0,{j}]*(1.0 - a1[{j}]*a1[{j}])",), _grid(j=4)),), batch=130,
           why="weights[12 + unit] the output weight of hidden unit unit; tanh's slope written of its output"),
    # ---- the PHP chapter (Markdown; ```php blocks, eight- to sixteen-space indentation): $ variables, $this->,
    # a static call ActivationFunctions::sigmoidDerivative, -= updates; the algorithm's LaTeX with * for _ -----------
    Public("b130-ph-oe", _PH, "b130_ph", "b130_ph", "        $outputError = $prediction - $target;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=130,
           why="PHP's $ before every name; dE/d output, a value"),
    Public("b130-ph-od", _PH, "b130_ph", "b130_ph",
           "        $outputDelta = $outputError * ActivationFunctions::sigmoidDerivative($prediction);", ((C,),),
           (Twin("value", _D2, (_D2,)),), batch=130,
           why="sigmoidDerivative(float $sigmoidOutput) = output (1 - output), the chapter's ActivationFunctions"),
    Public("b130-ph-hd", _PH, "b130_ph", "b130_phh",
           "            $hiddenDeltas[$h] = $error * "
           "ActivationFunctions::sigmoidDerivative($this->hiddenActivations[$h]);",
           ((C,),), (Twin("value", _d1("h"), (_d1("h"),), _grid(h=2)),), batch=130,
           why="$error the hidden loop's $outputDelta * $this->weightsHiddenOutput[$h] (dE/d hidden output h)"),
    Public("b130-ph-who", _PH, "b130_ph", "b130_ph",
           "            $this->weightsHiddenOutput[$h] -= $this->learningRate * $outputDelta * "
           "$this->hiddenActivations[$h];", ((C,),),
           (Twin("update", "W2[0,{h}]", (f"W2[0,{{h}}] - eta*{_D2}*a1[{{h}}]",), _grid(h=2)),), batch=130),
    Public("b130-ph-bo", _PH, "b130_ph", "b130_ph", "        $this->biasOutput -= $this->learningRate * $outputDelta;",
           ((C,),), (Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",)),), batch=130),
    Public("b130-ph-wih", _PH, "b130_ph", "b130_ph",
           "                $this->weightsInputHidden[$i][$h] -= $this->learningRate * $hiddenDeltas[$h] * "
           "$inputs[$i];",
           ((C,),), (Twin("update", "W1[{h},{i}]", (f"W1[{{h}},{{i}}] - eta*{_d1('h')}*x[{{i}}]",), _grid(i=2, h=2)),),
           batch=130),
    Public("b130-ph-lo", _PH, "b130_ph", "b130_ph",
           "2. Compute output error: \\( \\delta*{\\text{out}} = (y*{\\text{pred}} - y*{\\text{true}}) \\cdot "
           "f'(z*{\\text{out}}) \\)", unreadable="*{\\text{out}}", batch=130,
           why="every subscript's _ turned into * (a Markdown converter's slip): \\delta*{\\text{out}} where "
               "\\delta_{\\text{out}} was meant, y*{\\text{pred}}, z*{\\text{out}} the same"),
    Public("b130-ph-lh", _PH, "b130_ph", "b130_ph",
           "3. Propagate error backwards: \\( \\delta*h = (\\sum w \\cdot \\delta*{\\text{out}}) \\cdot f'(z_h) \\)",
           unreadable="*{\\text{out}}", batch=130,
           why="the same slip: \\delta*h for \\delta_h and \\delta*{\\text{out}} for \\delta_{\\text{out}} (z_h kept "
               "its _)"),
    # ---- the React lesson (JSX: <strong> labels in <li> items, × for the product, sigmoid&apos; the HTML entity
    # for the prime, Unicode subscripts w₂, δ₁) ---------------------------------------------------------------------
    Public("b130-jx-do", _JX, "b130_jx", "b130_jx",
           "            <strong>Output delta</strong>: δ_output = (prediction - target) × sigmoid&apos;(z_output)",
           ((C,),), (Twin("value", _D2, (_D2,)),), batch=130,
           why="a JSX item: the label in <strong> and the formula after it; sigmoid&apos; the prime as JSX escapes it"),
    Public("b130-jx-gw2", _JX, "b130_jx", "b130_jx",
           "            <strong>Output gradients</strong>: ∂L/∂w₂[j] = δ_output × hidden[j]", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _grid(j=3)),), batch=130),
    Public("b130-jx-dh", _JX, "b130_jx", "b130_jx",
           "            <strong>Hidden deltas</strong>: δ_hidden[i] = (δ_output × w₂[i]) × sigmoid&apos;(z_hidden[i])",
           ((C,),), (Twin("value", _d1("i"), (_d1("i"),), _grid(i=3)),), batch=130),
    Public("b130-jx-gw1", _JX, "b130_jx", "b130_jx",
           "            <strong>Hidden gradients</strong>: ∂L/∂w₁[i][j] = δ_hidden[i] × input[j]", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_d1('i')}*x[{{j}}]",), _grid(i=3, j=2)),), batch=130,
           why="w₁[i][j] joins input j to hidden i (the gradient's δ_hidden[i] × input[j])"),
    Public("b130-jx-d10", _JX, "b130_jx", "b130_jx",
           "        <CalcStep number={7}>δ₁[0] = δ₂ × w₂[0] × sigmoid&apos;(z₁[0])</CalcStep>", ((C,),),
           (Twin("value", _d1("i").format(i=0), (_d1("i").format(i=0),)),), batch=130,
           why="a <CalcStep> of the worked example, symbols before its numbers (the next step)"),
    # ---- the Vietnamese R script (two-space indentation): nn$ fields, %*%, t(), <- ; the comment block's chain for
    # dL/dw2 whose last member is minus the gradient ----------------------------------------------------------------
    Public("b130-rv-do", _RV, "b130_rv", "b130_rv",
           "  delta_output <- 2 * (nn$y - nn$output) * sigmoid_derivative(nn$output)", ((C,),),
           (Twin("value", f"-{_S2}", ("2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=130,
           why="-dE/dz2 of the squared error (the comment's MSE of one sample), a value"),
    Public("b130-rv-dw2", _RV, "b130_rv", "b130_rv", "  d_weights2 <- t(nn$layer1) %*% delta_output", ((C,),),
           (Twin("value", f"-{_S2}*a1[{{j}}]", (f"a1[{{j}}]*2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _grid(j=4)),),
           batch=130, why="-dE/dW2 shaped as weights2 (4 x 1), a value"),
    Public("b130-rv-dh", _RV, "b130_rv", "b130_rv",
           "  delta_hidden <- (delta_output %*% t(nn$weights2)) * sigmoid_derivative(nn$layer1)", ((C,),),
           (Twin("value", f"-{_S1}", (f"-{_S1}",), _grid(j=4)),), batch=130),
    Public("b130-rv-dw1", _RV, "b130_rv", "b130_rv", "  d_weights1 <- t(nn$input) %*% delta_hidden", ((C,),),
           (Twin("value", f"-{_S1}*x[{{i}}]", (f"-x[{{i}}]*{_S1}",), _grid(i=2, j=4)),), batch=130,
           why="-dE/dW1 shaped as weights1 (2 x 4): entry [i, j] input i to hidden j"),
    Public("b130-rv-w1", _RV, "b130_rv", "b130_rv", "  nn$weights1 <- nn$weights1 + d_weights1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_S1}*x[{{i}}]",), _grid(i=2, j=4)),), batch=130,
           why="no learning rate: the comment's learning_rate = 1, the problem file's; twinned with eta (the oracle "
               "draws eta at random), as batch 92's ph7-s0"),
    Public("b130-rv-w2", _RV, "b130_rv", "b130_rv", "  nn$weights2 <- nn$weights2 + d_weights2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_S2}*a1[{{j}}]",), _grid(j=4)),), batch=130),
    Public("b130-rv-cm", _RV, "b130_rv", "b130_rvc",
           "#   dL/dw2 = dL/dOutput * dOutput/dz2 * dz2/dw2\n"
           "#           = 2*(y - output) * sigmoid'(output) * layer1.T",
           ((C, W),),
           (Twin("gradient", "W2[0,{j}]", (f"{_S2}*a1[{{j}}]", f"2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{{j}}]"),
                 _grid(j=4)),), batch=130,
           why="the chain right; its last member 2*(y - output) ... is minus dL/dw2 (MSE = mean((y - output)^2): "
               "dL/dOutput = -2 (y - output)); the code adds it, the comment names it the gradient (the page's slip)"),
    # ---- Domaleski's R script (two-space indentation): rows X_train %*% W1, t(), colSums, the binary cross-entropy
    # with the squared error's output delta ---------------------------------------------------------------------------
    Public("b130-rd-do", _RD, "b130_rd", "b130_rd",
           "  delta_output <- (y_train - a2) * sigmoid_derivative(a2)", ((W,),),
           (Twin("value", "y[0] - a2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=130,
           why="the loss the lines above compute is the binary cross-entropy, whose -dL/dz2 is y - a2: the sigmoid's "
               "slope a2 (1 - a2) belongs to the squared error (the page's slip)"),
    Public("b130-rd-dh", _RD, "b130_rd", "b130_rd",
           "  delta_hidden <- (delta_output %*% t(W2)) * sigmoid_derivative(a1)", ((C,),),
           (Twin("value", f"-{_B1}", ("(y[0] - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _grid(j=4)),), batch=130,
           why="right as written, delta_output named the output's -dL/dz2 (the notation's meaning)"),
    Public("b130-rd-w2", _RD, "b130_rd", "b130_rd", "  W2 <- W2 + t(a1) %*% delta_output * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _grid(j=4)),), batch=130),
    Public("b130-rd-b2", _RD, "b130_rd", "b130_rd", "  b2 <- b2 + colSums(delta_output) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=130,
           why="colSums over the samples (one here)"),
    Public("b130-rd-w1", _RD, "b130_rd", "b130_rd", "  W1 <- W1 + t(X_train) %*% delta_hidden * learning_rate",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_B1}",), _grid(i=2, j=4)),),
           batch=130),
    Public("b130-rd-b1", _RD, "b130_rd", "b130_rd", "  b1 <- b1 + colSums(delta_hidden) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_B1}",), _grid(j=4)),), batch=130),
    # ---- the Indonesian NNAR script (four-space indentation, statements continued after * and +): t the target and
    # y the output, as.numeric, outer --------------------------------------------------------------------------------
    Public("b130-ri-err", _RI, "b130_ri", "b130_ri", "    error <- t - y", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=130,
           why="t the target (not R's transpose here), y the network's output"),
    Public("b130-ri-do", _RI, "b130_ri", "b130_ri",
           "    delta_output <- error *\n      turunan_sigmoid(as.numeric(y))", ((C,),),
           (Twin("value", f"-{_D2}", (_N2,)),), batch=130,
           why="turunan_sigmoid (Indonesian: the sigmoid's derivative) of the output; as.numeric drops the 1 x 1 "
               "matrix's shape"),
    Public("b130-ri-dh", _RI, "b130_ri", "b130_ri",
           "    delta_hidden <- as.numeric(delta_output) *\n      as.numeric(w) *\n"
           "      turunan_sigmoid(as.numeric(z))",
           ((C,),), (Twin("value", f"-{_d1('j')}", (f"{_N2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _grid(j=2)),),
           batch=130),
    Public("b130-ri-w", _RI, "b130_ri", "b130_ri",
           "    w <- w +\n      learning_rate *\n      as.numeric(delta_output) *\n      as.numeric(z)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_D2}*a1[{{j}}]",), _grid(j=2)),), batch=130),
    Public("b130-ri-w0", _RI, "b130_ri", "b130_ri",
           "    w0 <- w0 +\n      learning_rate *\n      as.numeric(delta_output)", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_D2}",)),), batch=130),
    Public("b130-ri-v", _RI, "b130_ri", "b130_ri",
           "    v <- v +\n      learning_rate *\n      outer(x, delta_hidden)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_d1('j')}",), _grid(i=4, j=2)),),
           batch=130, why="outer(x, delta_hidden)[i, j] = x_i delta_j, v input-first (4 x 2)"),
    Public("b130-ri-v0", _RI, "b130_ri", "b130_ri", "    v0 <- v0 +\n      learning_rate *\n      delta_hidden",
           ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_d1('j')}",), _grid(j=2)),), batch=130),
]
