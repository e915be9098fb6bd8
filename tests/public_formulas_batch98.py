r"""Batch 98 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in,
Markdown write-ups, notebooks and Python, and about a third in other languages): shishir13's ENDv4 Assignment-2
README.md (a homework write-up: an indented block pasted from a spreadsheet, plain text with * and ^, Unicode 𝝈 and
𝜕, E_t / ET / E_Total for the loss, trailing tabs, the class's 2-2-2 network without biases and its numbers);
abdulrahman-1212's planar classifier, its README.md ($$...\tag{13}$$ with \large{(} \small, $...$ with
\mathcal{J} and (i) superscripts written a^{[2] (i)} and a^{[2](i)}, a^{[1] (i) T}, a^{[1] (i) 2}) and its Jupyter
notebook's code cells (Python and NumPy: np.multiply, np.log, np.sum(..., axis=1, keepdims=True), .T, np.power, /
m, an update); Imagineer99's C XOR.c (double functions, struct members through -> with input-first [i][j] weights,
+= in loops); oscar-unj's R ai.r (function(x) { ... } with <-, %*%, t(...), the updates weights <- weights + ...);
arnaud111's Rust AIFromScratch, three activation files (pub fn with typed parameters, (-x).exp(), x.tanh(),
x.powi(2), if ... else as the value) and network.rs (method chains .sub(&y), .dot(&...transpose()),
.div_by_number(m), let mut); srijanee's MATLAB sigmoidGradient.m (the whole function, g set three times). Copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it gives them: ENDv4's i1 = 0.05, i2 = 0.1, targets 0.01 and 0.99, W1 =
0.15 ... W8 = 0.55, no biases; both in tests/public_formulas_batch98_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative
by an activation or an output or a local derivative (a derivative's definition: sigmoid_derivative,
tanh_derivative, relu_derivative, sigmoidGradient) is twinned as a value, as in batches 14 to 96; so is a forward
value, a function's definition (judged at a sum, or at an output where the page writes the derivative of the
output, x * (1 - x), 1.0 - x.powi(2)), a loss's definition and a loop's accumulated sum (the value once the loop is
done: hidden_errors[i] +=); a delta the page writes as -dE/dnet (d_output, d_layer1) is a value too, as batch 80's.
Formulas keep their page's delimiters and what surrounds them on their line (a code line's indentation, trailing ;
and tabs, a function's whole definition); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 98

The batch: 56 formulas from 10 addresses (ENDv4's README.md 14, the planar classifier's README.md 7 and notebook 9,
XOR.c 8, ai.r 8, AIFromScratch's sigmoid.rs 2, tanh.rs 2, relu.rs 2 and network.rs 3, sigmoidGradient.m 1).

3 are mistaken somewhere (the oracle finds at least one member wrong):

- ENDv4's E1 = (1/2) * (t2-a_o2)^2 (the second output's half written under the name E1 again; E_Total = E1 + E2 on
  the next line shows E2 was meant);
- ENDv4's 𝜕E_t/𝜕w8 = (a_o2-t1) * a_o2 * (1-a_o2) * a_h2 (the second output's error written with the first target
  t1);
- XOR.c's hidden_errors[i] += output_errors[j] * weights->hidden_output[i][j]; (the output's error t - o carried
  back without the output's slope o (1 - o): the error at hidden unit i is the output's delta times the weight).

Not mistaken, though they look it: XOR.c's input_hidden and hidden_bias updates (right with hidden_errors the
quantity it names; the line computing it is the slip); the derivatives written of the output (x * (1.0 - x), 1.0 -
x.powi(2), ai.r's x * (1 - x)), with which the code calls them; relu_derivative's 1.0 at x = 0 (judged at the sums,
where relu has no slope at 0); the planar README's one-example formulas (the sums over i left out; one example
here) and \mathcal{J} _i.

What was left out: ENDv4's a_h1 = 𝝈(h1), a tab, 1/1+exp(-h1) (the claim and a second spreadsheet column side by
side, the sigmoid's formula without its parentheses: no one reading of the line), a_o2 = 𝝈(o2) and 𝜕E_t/𝜕w2, w3 and
w6 (the constructs of a_o1's and w1's, w4's and w5's lines, cut for the batch's size) and Step 1's given numbers;
the planar notebook's course text (the markdown cells' equations, the assignment's own, not the student's), its
forward pass and the other three updates (the construct of W1 = W1 - learning_rate * dW1); XOR.c's forward pass
(layer->hidden[i] set to the bias, += the inputs, then sigmoid of itself), its total_error += error * error and
main's data; ai.r's output <- sigmoid(layer1 %*% weights2) and error <- y - output (the construct of layer1's line;
a definition by itself), cut for the batch's size; AIFromScratch's leaky_relu.rs and switch.rs (the construct of
relu.rs), network.rs's hidden-layer lines (let da = self.layers[i - 1].activation.derived(&activations[i]); and dz =
... .multiply_one_by_one(&da), dz reassigned from the output's gradient to the hidden layer's, which one notation
cannot name) and its update; DGA's nnCost.m (Ng's ex4 with bias columns and regularisation, which no network here
models) and sig.m.

Collected on 2026-12-06 (06:18 to 06:24 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 16 pairs
loaded, after this fix: XOR.c's layer->input[i], weights->input_hidden[i][j] and the other struct members through
-> are not named ("symbols.'layer->input[i]': is not one symbol; write a base with an optional subscript and
superscript, e.g. a_{ik}^{0}"): the members after the arrow (input[i], input_hidden[i][j], ...) are named instead.

Run blind at main 6aa89e3 (/work/READY_FOR_BLIND36; src/ as at 6aa89e3), with nothing under src/ changed. The first
run (/work/batch98_blind.txt): 39 of 56 read with every verdict right (70%), 17 refused, no misreading, no crash, no
typo entry, NO WRONG FORMULA CALLED CORRECT. No refusal was the notation's fault (ra-el1 and ra-dl1 are refused at
the notation's meaning of error_layer1, -(W2[:, :].T @ delta2[:]), an expression in symbols.md's quantities as the
spec allows and the loader took, the meaning batch 96's hidden_errors has): one run.

Of the 3 mistaken formulas, 2 read with every verdict right (ENDv4's E1 = (1/2) * (t2-a_o2)^2 and its 𝜕E_t/𝜕w8 with
t1, both called wrong) and 1 was refused (XOR.c's hidden_errors[i] += ...). By page: ENDv4's README.md 14 of 14, the
planar classifier's README.md 6 of 7 and notebook 9 of 9, XOR.c 2 of 8, ai.r 6 of 8, AIFromScratch's sigmoid.rs 1 of
2, tanh.rs 0 of 2, relu.rs 0 of 2 and network.rs 0 of 3, sigmoidGradient.m 1 of 1.

The refusals by construct (17), with the exact message:

- 6, C's struct members through -> (layer->output[i], weights->hidden_output[i][j]; the notation names the members
  after the arrow, the whole cannot be named): in a line's right side or left side (xc-oe, xc-he, xc-who, xc-wih),
  e.g. xc-oe: "formula 'output_errors[i] = target - layer->output[i]': has nothing to judge after its left side;
  write an equation (A = B), an update (w := ...) or a value (h = 0.5)" (xc-he: "formula 'hidden_errors[i] +=
  output_errors[j] * weights->hidden_ou...': has nothing to judge after its left side; ...", xc-who, xc-wih the
  same); inside a call's parentheses, sigmoid_derivative(layer->output[i]) (xc-bo, xc-bh): "formula
  'weights->output_bias[i] += LEARNING_RATE * output_errors[...': unexpected at ')' (position 98)" (xc-bh:
  "formula 'weights->hidden_bias[i] += LEARNING_RATE * hidden_errors[...': unexpected at ')' (position 98)");
- 6, Rust's methods called on a value: (-x).exp() (as-sig): "formula 'sigmoid(x) = 1.0 / (1.0 + (-x).exp())':
  expected ')' to close the parenthesis at '.' (position 31)"; x.tanh() (as-tanh): "formula 'tanh(x) = x.tanh()':
  unexpected at ')' (position 18)"; x.powi(2) (as-dtanh): "formula 'tanh_derivative(x) = 1.0 - x.powi(2)':
  x.powi(...): a method called on an object, which the notation does not name; name it in the notation's functions
  ("x.powi" = "sigmoid" or a derivative word's "sigmoid' at input"), or its value in [notation.symbols]"; a library
  type's .sub(&y) (as-dz): "formula 'dz = activations[activations.len() - 1].sub( y)': activations[].sub(...): a
  method called on an object, which the notation does not name; name it in the notation's functions
  ("activations[].sub" = "sigmoid" or a derivative word's "sigmoid' at input"), or its value in [notation.symbols]";
  .div_by_number(m) after .dot(&...transpose()) and .sum() (as-dw, as-db): "formula 'dw_layer = np.dot(dz,
  activations[i].transpose()) \\cdot d...': div_by_number(...) is a function the notation does not name at 'd'
  (position 58); name it there: functions = { div_by_number = "relu" } for an activation, { div_by_number = "relu'
  at input" } (or at output) for its derivative, loss = ["div_by_number"] for the loss" (as-db: "formula 'db_layer =
  dz.sum() \\cdot div_by_number(m)': ... at 'd' (position 27); ...");
- 2, Rust's if ... else as a function's value (as-relu, as-drelu), e.g. as-relu: "formula 'pub fn relu(x: f32) ->
  f32 { if x < 0.0 { 0.0 } else { x } }': the definition of relu is more than one return line after locals (a
  conditional, a loop, an augmented assignment, a call alone); check reads local names assigned once, then the
  value: def relu(x): s = ... then return ..., or R's relu = function(x) { s = ...; s * (1 - s) } (a docstring and
  comments aside)" (as-drelu the same for relu_derivative);
- 2, a notation's meaning with a transpose on one of its slices, -(W2[:, :].T @ delta2[:]), used through its name
  error_layer1 (ra-el1, ra-dl1), e.g. ra-el1: "formula 'error_layer1 \\leftarrow d_output @
  np.transpose(weights2)': error_{layer1}: 'error_layer1' means '-(W2[:, :].T @ delta2[:])' (no placeholders):
  transposes some of its slices and not others; write .T after each slice (y[:].T - a2[:].T) or after none" (ra-dl1:
  "formula 'd_layer1 \\leftarrow error_layer1 * sigmoid_derivative(lay...': error_{layer1}: ..." the same);
- 1, a vector's square written in its superscript, a^{[1] (i) 2} (pr-dz1): "formula '$\\frac{\\partial
  \\mathcal{J} }{ \\partial z_{1}^{(i)} } = W...': a^{[1](i)}^2 reads as the square of each entry or the inner
  product of the vector with itself, and the two readings do not agree; write u \odot u for the square of each
  entry, u^T u for the inner product" (the line's * is entrywise, as the README's note under the six equations
  says).

Read, among the constructs these pages brought: ENDv4's plain text pasted from a spreadsheet with Unicode 𝝈 and 𝜕,
E_t, ET and E_Total for one loss, (𝜕ET/𝜕a_h1) left as a derivative inside a product, trailing tabs, and its two
slips (E1 for E2, t1 for t2); the planar README's $$...\tag{13}$$ with \large{(} \small and \sum\limits, (i)
superscripts with and without a space, a^{[1] (i) T}, \mathcal{J} _i; the notebook's NumPy (np.multiply, np.log,
np.sum(..., axis=1, keepdims=True), np.power, .T, / m) and its update; C's double functions; R's function(x) {
... }, <-, %*%, t(...) and the updates weights <- weights + t(...) %*% d * learning_rate; Rust's pub fn with typed
parameters when the body is arithmetic (x * (1.0 - x)); MATLAB's whole function with g set three times.

Which look general (would appear in much code): C's -> member access, in nearly every C network with structs
(and C++'s this->); method calls on a value or an expression in Rust, and in C#, Java, Kotlin, Scala, JavaScript
(x.exp(), x.tanh(), x.powi(2)); if ... else as a function's value (Rust, Scala, Kotlin, and
every ReLU written with a branch); a vector's square written a^2 or a^{... 2} in the planar course's notes, copied
widely. Page- or library-specific: a library type's .sub(&y) and .div_by_number(m); a notation's meaning with a
transpose on one slice only (-(W2[:, :].T @ delta2[:]), the loader takes it and check refuses it at use: the
product's two halves disagree about it).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch98_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_EN = "https://github.com/shishir13/ENDv4 (Assignment-2/README.md, commit f062548)"
_PR = "https://github.com/abdulrahman-1212/Planar_data_classification_with_one_hidden_layer (README.md, commit 9be95fd)"
_PN = ("https://github.com/abdulrahman-1212/Planar_data_classification_with_one_hidden_layer "
       "(Planar_data_classification_with_one_hidden_layer.ipynb, commit d02c05f)")
_XC = "https://github.com/Imagineer99/XOR-NN-C (XOR.c, commit b5f3290)"
_RA = "https://github.com/oscar-unj/INTRO-R (Ejm-16/ai.r, commit 080011e)"
_RSS = "https://github.com/arnaud111/AIFromScratch (src/math/activations/sigmoid.rs, commit df8867c)"
_RST = "https://github.com/arnaud111/AIFromScratch (src/math/activations/tanh.rs, commit df8867c)"
_RSR = "https://github.com/arnaud111/AIFromScratch (src/math/activations/relu.rs, commit df8867c)"
_RSN = "https://github.com/arnaud111/AIFromScratch (src/deep_neural_network/network.rs, commit 4a55a32)"
_DG = "https://github.com/srijanee/DGA (sigmoidGradient.m, commit bf94bf4)"

_SIG = "\U0001d748"   # 𝝈, MATHEMATICAL BOLD ITALIC SMALL SIGMA, as ENDv4 writes the sigmoid
_PD = "\U0001d715"    # 𝜕, MATHEMATICAL ITALIC PARTIAL DIFFERENTIAL

_I2 = tuple({"i": i} for i in range(2))
_I4 = tuple({"i": i} for i in range(4))
_J3 = tuple({"j": j} for j in range(3))
_J5 = tuple({"j": j} for j in range(5))
_K4 = tuple({"k": k} for k in range(4))
_K4J2 = tuple({"k": k, "j": j} for k in range(4) for j in range(2))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J5I2 = tuple({"j": j, "i": i} for j in range(5) for i in range(2))

# ENDv4: dE/dnet of output k and dE/d(a_h j) (the 2-2-2 network without biases)
_ED2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_EA = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])")
# the planar classifier: dJ/dz1[k] (tanh hidden layer, sigmoid output, cross-entropy, one example)
_PD1 = "W2[0,{k}]*(a2[0] - y[0])*(1 - a1[{k}]**2)"
# XOR.c and ai.r: -dE/dnet of the one sigmoid output under the half squared error
_TD = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"

ENTRIES = [
    # ---- shishir13's ENDv4 Assignment-2 README (Markdown, an indented code block pasted from a spreadsheet): plain
    # text with * and ^, Unicode 𝝈 and 𝜕, E_t / ET / E_Total for the loss, trailing tabs (the sheet's columns) --------
    Public("en-h1", _EN, "b98_en", "b98_en", "    h1 = w1*i1+w2*i2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=98,
           why="the first hidden unit's sum, Step 2's first line"),
    Public("en-h2", _EN, "b98_en", "b98_en", "    h2 = w3*i1+w4*i2\t", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]",)),), batch=98),
    Public("en-ah2", _EN, "b98_en", "b98_en", f"    a_h2 = {_SIG}(h2)\t\t", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=98,
           why="𝝈 (U+1D748) the sigmoid; the line before it, a_h1 = 𝝈(h1), carries a second column (left out, below)"),
    Public("en-o1", _EN, "b98_en", "b98_en", "    o1 = w5*a_h1+ w6*a_h2\t\t", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=98),
    Public("en-o2", _EN, "b98_en", "b98_en", "    o2 = w7*a_h1 + w8*a_h2\t\t", ((C,),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1]",)),), batch=98),
    Public("en-ao1", _EN, "b98_en", "b98_en", f"    a_o1 = {_SIG}(o1)\t\t", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=98),
    Public("en-e1", _EN, "b98_en", "b98_en", "    E1 = (1/2) * (t1-a_o1)^2 \t\t", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(1/2)*(y[0] - a2[0])**2",)),), batch=98,
           why="the first output's half of the squared error"),
    Public("en-e2", _EN, "b98_en", "b98_en", "    E1 = (1/2) * (t2-a_o2)^2 \t\t", ((W,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(1/2)*(y[1] - a2[1])**2",)),), batch=98,
           why="the second output's half written under the name E1 again (E2 meant, as E_Total = E1 + E2 on the next "
               "line shows): E1 is the first output's half; the page's slip"),
    Public("en-et", _EN, "b98_en", "b98_en", "    E_Total = E1 + E2\t\t", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",
                 ("(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",)),), batch=98,
           why="the loss, the sum of the outputs' halves"),
    Public("en-w1", _EN, "b98_en", "b98_en",
           f"    {_PD}E_t/{_PD}w1 = ({_PD}ET/{_PD}a_h1) * (a_h1) * (1-a_h1) * i1\t\t\t\t", ((C,),),
           (Twin("gradient", "W1[0,0]", (_EA.format(j=0) + "*a1[0]*(1 - a1[0])*x[0]",)),), batch=98,
           why="Step 3's first line: 𝜕 (U+1D715) for the partial, the loss written E_t on the left and ET inside, "
               "(𝜕ET/𝜕a_h1) the loss's derivative by the hidden output, left as a derivative"),
    Public("en-w4", _EN, "b98_en", "b98_en",
           f"    {_PD}E_t/{_PD}w4 = ({_PD}ET/{_PD}a_h2) * (a_h2) * (1-a_h2) * i2\t", ((C,),),
           (Twin("gradient", "W1[1,1]", (_EA.format(j=1) + "*a1[1]*(1 - a1[1])*x[1]",)),), batch=98),
    Public("en-w5", _EN, "b98_en", "b98_en",
           f"    {_PD}E_t/{_PD}w5 = (a_o1-t1) * a_o1 * (1-a_o1) * a_h1\t\t\t\t", ((C,),),
           (Twin("gradient", "W2[0,0]", (_ED2.format(k=0) + "*a1[0]",)),), batch=98),
    Public("en-w7", _EN, "b98_en", "b98_en",
           f"    {_PD}E_t/{_PD}w7 = (a_o2-t2) * a_o2 * (1-a_o2) * a_h1\t\t\t\t", ((C,),),
           (Twin("gradient", "W2[1,0]", (_ED2.format(k=1) + "*a1[0]",)),), batch=98),
    Public("en-w8", _EN, "b98_en", "b98_en",
           f"    {_PD}E_t/{_PD}w8 = (a_o2-t1) * a_o2 * (1-a_o2) * a_h2\t\t", ((W,),),
           (Twin("gradient", "W2[1,1]", ("(a2[1] - y[0])*a2[1]*(1 - a2[1])*a1[1]",)),), batch=98,
           why="the second output's error written with the first target t1 (a_o2-t1 for a_o2-t2, as w7's line has "
               "it); the page's slip"),
    # ---- abdulrahman-1212's planar classifier README (Markdown): $$...\tag{13}$$ with \large{(} \small, $...$ with
    # \mathcal{J}, (i) superscripts written a^{[2] (i)} and a^{[2](i)}, a^{[1] (i) T} and a^{[1] (i) 2}, * entrywise,
    # \mathcal{J} _i -------------------------------------------------------------------------------------------------
    Public("pr-J", _PR, "b98_pl", "b98_pl_r",
           "$$J = - \\frac{1}{m} \\sum\\limits_{i = 1}^{m} \\large{(} \\small y^{(i)}\\log\\left(a^{[2] (i)}\\right) + "
           "(1-y^{(i)})\\log\\left(1- a^{[2] (i)}\\right) \\large{)} \\small\\tag{13}$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=98,
           why="the cross-entropy cost over m examples (one here), \\large{(} and \\small the brackets' sizes"),
    Public("pr-dz2", _PR, "b98_pl", "b98_pl_r",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial z_{2}^{(i)} } = \\frac{1}{m} (a^{[2](i)} - y^{(i)})$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=98, why="m = 1 example"),
    Public("pr-dW2", _PR, "b98_pl", "b98_pl_r",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial W_2 } = \\frac{\\partial \\mathcal{J} }{ \\partial z_{2}^{(i)} }"
           " a^{[1] (i) T} $", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K4),), batch=98,
           why="the sum over the examples i left out; one example here"),
    Public("pr-db2", _PR, "b98_pl", "b98_pl_r",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial b_2 } = \\sum_i{\\frac{\\partial \\mathcal{J} }{ \\partial "
           "z_{2}^{(i)}}}$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=98),
    Public("pr-dz1", _PR, "b98_pl", "b98_pl_r",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial z_{1}^{(i)} } =  W_2^T \\frac{\\partial \\mathcal{J} }{ "
           "\\partial z_{2}^{(i)} } * ( 1 - a^{[1] (i) 2}) $", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_PD1,), _K4),), batch=98,
           why="a^{[1] (i) 2} is (a^{[1](i)})^2, tanh's slope 1 - a^2"),
    Public("pr-dW1", _PR, "b98_pl", "b98_pl_r",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial W_1 } = \\frac{\\partial \\mathcal{J} }{ \\partial z_{1}^{(i)} }"
           "  X^T $", ((C,),),
           (Twin("gradient", "W1[{k},{j}]", (f"{_PD1}*x[{{j}}]",), _K4J2),), batch=98),
    Public("pr-db1", _PR, "b98_pl", "b98_pl_r",
           "$\\frac{\\partial \\mathcal{J} _i }{ \\partial b_1 } = \\sum_i{\\frac{\\partial \\mathcal{J} }{ \\partial "
           "z_{1}^{(i)}}}$", ((C,),),
           (Twin("gradient", "b1[{k}]", (_PD1,), _K4),), batch=98,
           why="\\mathcal{J} _i on the left for the cost the other formulas differentiate; one example"),
    # ---- its notebook's code cells (Python, NumPy): np.multiply, np.log, np.sum(..., axis=1, keepdims=True), .T,
    # np.power, / m, the updates --------------------------------------------------------------------------------------
    Public("pn-logp", _PN, "b98_pl", "b98_pl_c",
           "    logprobs = np.multiply(np.log(A2),Y) + np.multiply(np.log(1 - A2), (1 - Y))", ((C,),),
           (Twin("value", "y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0])",
                 ("log(a2[0])*y[0] + log(1 - a2[0])*(1 - y[0])",)),), batch=98,
           why="compute_cost's log-likelihood of the example"),
    Public("pn-cost", _PN, "b98_pl", "b98_pl_c", "    cost = - (np.sum(logprobs) / m)", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))/1",)),), batch=98),
    Public("pn-dZ2", _PN, "b98_pl", "b98_pl_c", "    dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=98, why="backward_propagation's first line"),
    Public("pn-dW2", _PN, "b98_pl", "b98_pl_c", "    dW2 = np.dot(dZ2, A1.T)/m", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K4),), batch=98),
    Public("pn-db2", _PN, "b98_pl", "b98_pl_c", "    db2 = np.sum(dZ2, axis=1, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=98),
    Public("pn-dZ1", _PN, "b98_pl", "b98_pl_c", "    dZ1 = np.dot(W2.T, dZ2) * (1 - np.power(A1, 2))", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_PD1,), _K4),), batch=98),
    Public("pn-dW1", _PN, "b98_pl", "b98_pl_c", "    dW1 = np.dot(dZ1, X.T) / m", ((C,),),
           (Twin("gradient", "W1[{k},{j}]", (f"{_PD1}*x[{{j}}]",), _K4J2),), batch=98),
    Public("pn-db1", _PN, "b98_pl", "b98_pl_c", "    db1 = np.sum(dZ1, axis=1, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b1[{k}]", (_PD1,), _K4),), batch=98),
    Public("pn-W1", _PN, "b98_pl", "b98_pl_c", "    W1 = W1 - learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{k},{j}]", (f"W1[{{k}},{{j}}] - eta*{_PD1}*x[{{j}}]",), _K4J2),), batch=98,
           why="update_parameters' first update, dW1 = grads[\"dW1\"]"),
    # ---- Imagineer99's XOR.c (C): double functions, -> into structs, [i][j] input-first weights, += in loops ------
    Public("xc-sig", _XC, "b98_xor", "b98_xor_f", "double sigmoid(double x) {\n    return 1.0 / (1.0 + exp(-x));\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=98),
    Public("xc-dsig", _XC, "b98_xor", "b98_xor_fo", "double sigmoid_derivative(double x) {\n    return x * (1.0 - x);\n}",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=98,
           why="the derivative written of the unit's output (called with layer->output[j] and layer->hidden[j])"),
    Public("xc-oe", _XC, "b98_xor", "b98_xor", "        output_errors[i] = target - layer->output[i];", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=98, why="one output, i = 0"),
    Public("xc-he", _XC, "b98_xor", "b98_xor",
           "            hidden_errors[i] += output_errors[j] * weights->hidden_output[i][j];", ((W,),),
           (Twin("value", _TD + "*W2[0,{i}]", ("(y[0] - a2[0])*W2[0,{i}]",), _I4),), batch=98,
           why="hidden_errors[i] starts at 0 and the loop over the outputs j (one) adds each term: the sum once the "
               "loop is done is the output's error t - o times the weight, without the output's slope o (1 - o); the "
               "error carried back to hidden unit i is the output's delta (t - o) o (1 - o) times the weight (the "
               "updates of input_hidden and hidden_bias then move by the wrong amount); the page's slip"),
    Public("xc-who", _XC, "b98_xor", "b98_xor",
           "            weights->hidden_output[i][j] += LEARNING_RATE * output_errors[j] * sigmoid_derivative(layer->"
           "output[j]) * layer->hidden[i];", ((C,),),
           (Twin("update", "W2[0,{i}]", (f"W2[0,{{i}}] + eta*{_TD}*a1[{{i}}]",), _I4),), batch=98,
           why="the weight from hidden unit i to the output (j = 0)"),
    Public("xc-bo", _XC, "b98_xor", "b98_xor",
           "        weights->output_bias[i] += LEARNING_RATE * output_errors[i] * sigmoid_derivative(layer->output[i]);",
           ((C,),), (Twin("update", "b2[0]", (f"b2[0] + eta*{_TD}",)),), batch=98),
    Public("xc-wih", _XC, "b98_xor", "b98_xor",
           "            weights->input_hidden[i][j] += LEARNING_RATE * hidden_errors[j] * sigmoid_derivative(layer->"
           "hidden[j]) * layer->input[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_TD}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",),
                 _J4I2),), batch=98,
           why="right with hidden_errors[j] the error carried back to hidden unit j (the quantity it names; the "
               "line computing it is the slip, xc-he)"),
    Public("xc-bh", _XC, "b98_xor", "b98_xor",
           "        weights->hidden_bias[i] += LEARNING_RATE * hidden_errors[i] * sigmoid_derivative(layer->hidden[i]);",
           ((C,),), (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_TD}*W2[0,{{i}}]*a1[{{i}}]*(1 - a1[{{i}}])",), _I4),),
           batch=98),
    # ---- oscar-unj's ai.r (R, comments in Spanish): function(x) { ... } definitions with <-, %*%, t(...), the
    # updates weights <- weights + t(...) %*% d * learning_rate ------------------------------------------------------
    Public("ra-sig", _RA, "b98_r", "b98_r_f", "sigmoid <- function(x) {\n  1 / (1 + exp(-x))\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=98),
    Public("ra-dsig", _RA, "b98_r", "b98_r_fo", "sigmoid_derivative <- function(x) {\n  x * (1 - x)\n}", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=98,
           why="written of the output (called with output and layer1), as its comment's f'(x) would not be"),
    Public("ra-l1", _RA, "b98_r", "b98_r", "    layer1 <- sigmoid(X %*% weights1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1])",), _J5),), batch=98,
           why="the hidden layer's outputs, a row times the input-first weights"),
    Public("ra-dout", _RA, "b98_r", "b98_r", "    d_output <- error * sigmoid_derivative(output)", ((C,),),
           (Twin("value", _TD, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=98,
           why="the output's -dE/dnet of the half squared error"),
    Public("ra-el1", _RA, "b98_r", "b98_r", "    error_layer1 <- d_output %*% t(weights2)", ((C,),),
           (Twin("value", _TD + "*W2[0,{j}]", (_TD + "*W2[0,{j}]",), _J5),), batch=98),
    Public("ra-dl1", _RA, "b98_r", "b98_r", "    d_layer1 <- error_layer1 * sigmoid_derivative(layer1)", ((C,),),
           (Twin("value", _TD + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])", (_TD + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J5),),
           batch=98),
    Public("ra-w2", _RA, "b98_r", "b98_r", "    weights2 <- weights2 + t(layer1) %*% d_output * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + a1[{{j}}]*{_TD}*eta",), _J5),), batch=98),
    Public("ra-w1", _RA, "b98_r", "b98_r", "    weights1 <- weights1 + t(X) %*% d_layer1 * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + x[{{i}}]*{_TD}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])*eta",),
                 _J5I2),), batch=98),
    # ---- arnaud111's AIFromScratch (Rust): pub fn definitions with typed parameters, (-x).exp(), x.tanh(),
    # x.powi(2), if ... else as a value; network.rs's method chains .sub(&y), .dot(&...transpose()), .div_by_number(m)
    Public("as-sig", _RSS, "b98_rs_sig", "b98_rs_f", "pub fn sigmoid(x: f32) -> f32 {\n    1.0 / (1.0 + (-x).exp())\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=98),
    Public("as-dsig", _RSS, "b98_rs_sig", "b98_rs_fo", "pub fn sigmoid_derivative(x: f32) -> f32 {\n    x * (1.0 - x)\n}",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=98,
           why="written of the output: activations.rs's derived(&activations[i]) applies it to the layer's outputs"),
    Public("as-tanh", _RST, "b98_rs_tanh", "b98_rs_f", "pub fn tanh(x: f32) -> f32 {\n    x.tanh()\n}", ((C,),),
           (Twin("value", "tanh(z1[0])", ("tanh(z1[0])",)),), batch=98),
    Public("as-dtanh", _RST, "b98_rs_tanh", "b98_rs_fo", "pub fn tanh_derivative(x: f32) -> f32 {\n    1.0 - x.powi(2)\n}",
           ((C,),), (Twin("value", "1 - tanh(z1[0])**2", ("1.0 - a1[0]**2",)),), batch=98,
           why="written of the output, as sigmoid_derivative"),
    Public("as-relu", _RSR, "b98_rs_relu", "b98_rs_f",
           "pub fn relu(x: f32) -> f32 {\n    if x < 0.0 {\n        0.0\n    } else {\n        x\n    }\n}", ((C,),),
           (Twin("value", "relu(z1[0])", ("z1[0]*Heaviside(z1[0])",)),), batch=98,
           why="Rust's if ... else as the function's value"),
    Public("as-drelu", _RSR, "b98_rs_relu", "b98_rs_f",
           "pub fn relu_derivative(x: f32) -> f32 {\n    if x < 0.0 {\n        0.0\n    } else {\n        1.0\n    }\n}",
           ((C,),), (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),), batch=98,
           why="judged as the definition it writes, at the unit's sum (1 at x = 0, where relu has no slope)"),
    Public("as-dz", _RSN, "b98_rs_net", "b98_rs_net", "        let mut dz = activations[activations.len() - 1].sub(&y);",
           ((C,),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=98,
           why="the sigmoid output's dL/dz under the cross-entropy (the commented-out line above it left out)"),
    Public("as-dw", _RSN, "b98_rs_net", "b98_rs_net",
           "            let dw_layer = dz.dot(&activations[i].transpose()).div_by_number(m);", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]/1",), _J3),), batch=98,
           why="the loop's first pass, i = 1: the output layer's weights, activations[1] the hidden outputs"),
    Public("as-db", _RSN, "b98_rs_net", "b98_rs_net", "            let db_layer = dz.sum().div_by_number(m);", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])/1",)),), batch=98),
    # ---- srijanee's DGA sigmoidGradient.m (MATLAB/Octave): the whole function, g reassigned -----------------------
    Public("dg-sg", _DG, "b98_dga", "b98_dga",
           "function g = sigmoidGradient(z)\n\ng = zeros(size(z));\n\ng = 1./(1 + exp(-z));\ng = g.*(1-g);\n\nend", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                 ("(1/(1 + exp(-z1[0])))*(1 - 1/(1 + exp(-z1[0])))",)),), batch=98,
           why="the function's value, g set three times (zeros, the sigmoid, then g.*(1-g))"),
]
