r"""Batch 143 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on homework as a class
hands it in: Ng-style backward passes, notebooks' and lessons' derivations, worked examples with numbers; every
address a stored file whose repository the index does not name): an iris script's NeuralNetwork class (stored file
37108593887: self.o_delta = self.o_error*self.sigmoidPrime(o), += updates with no rate), a Python XOR network
commented in French (stored file 67480432277: Ng's dZ2 = A2 - Y, dW2 = np.dot(dZ2, A1.T)/m, W1 = params["W1"] -
grads["dW1"] with no rate), a moons script commented in Chinese (stored file 32498860631: the WildML backward pass on rows
with the sigmoid's slope, a comment in Chinese), a course site's TypeScript lesson (stored file 55262981643: $$
displays in a template string, a worked example on a 1-1-1 network to four digits with \times and \approx),
QuantLet's gradient_computation_example.py (stored file 6225313173: LaTeX in matplotlib's ax.text strings, a worked
example to three digits), a React lesson page (stored file 56915673785: $$ in <Latex> strings, a recursion over
layers, an example whose y is the output and y_hat the target), a Markdown derivation of an L-layer network in Ng's
notation (stored file 36899120785: $$ displays followed by two spaces, dZ^{[l]} = dA^{[l]} \odot g'^{[l]}(Z^{[l]}),
W^{[l]} := W^{[l]} - \alpha \cdot dW^{[l]}), an R classification example (stored file 13893287923: R's <- and %*%,
t(), colSums, # comments), an R wine-quality script commented in Portuguese (stored file 11275326106) and a Python
TwoLayerNeuralNet class (stored file 11109153640: ReLU hidden units, self.model['b1'] += -learning_rate * db1).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; the LaTeX of
strings in code, a TypeScript template, a React component's strings and matplotlib's ax.text, taken as the strings'
values, one backslash, as batch 96 took QuantLet's), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d names as the gradients,
"dZ2" = "grad(z2[:])", transposed where the samples are rows, "dW2" = "grad(W2[:, :]).T"; code deltas that are
-dE/dz written "-grad(z2[:]).T" where the updates add them; helpers declared "sigmoid' at output" where they compute
s (1 - s) of what they are given and "sigmoid' at input" where they compute sigmoid(z) (1 - sigmoid(z)); the React
page's y the output and y_hat the target, as its L = 1/2 (y - y_hat)^2 with y = sigma(W_2 sigma(W_1 x)) names them,
and its sigma the ReLU, "If sigma is the ReLU activation function"; the L-layer page's g^{[1]}, g^{[2]} the layers'
activations), a network of the kind the page describes (with the page's numbers where it gives them: the lesson's x
= 1.0, w_1 = 0.5, b_1 = 0, w_2 = 1.0, b_2 = 0, y = 1.0; QuantLet's x = [0.5, 0.3], w_1 = 0.4, w_2 = 0.6, w_3 = 0.8, y
= 1, eta = 0.1; the rates the files write, 0.01, 0.1, 0.001, and rate 1 for the two files whose updates name no rate,
twinned with eta as batch 92's ph7-s0; all in tests/public_formulas_batch143_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's
delta or error (o_error, o_delta, z2_error, z2_delta), a derivative by an output (dJ/dA^{[L]}, delta_{y_hat}), a
sigmoid's slope (sigma'(z_1) = a_1(1 - a_1)), a page's delta (delta_o, delta_h, delta_1, delta^{(l)}) and a cost's
definition (cost <- sum((y-A2)^2)/m) are twinned as values, as in batches 14 to 141. Formulas keep their page's
delimiters and what surrounds them on their line (a code line's indentation and trailing # comment, a Markdown
display's two trailing spaces, a bold label before an inline formula); what was left out is said in the entry's
why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 143

The batch: 57 formulas from 10 addresses (the iris class 6, the French XOR script 6, the Chinese moons script 5,
the TypeScript lesson 6, QuantLet's figure 6, the React page 5, the L-layer derivation 6, the R classification
example 6, the Portuguese R script 6, the TwoLayerNeuralNet class 5). 23 are in documents or in strings that hold
LaTeX (the lesson's 6 and the L-layer page's 6 in $$ displays, the React page's 5 in $$, QuantLet's 6 in $ ... $),
34 in code (Python/NumPy 22, R 12).

4 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the React page's rx-w2, \frac{\partial L}{\partial W_2} = (y - \hat{y}) \cdot \sigma(W_1 x)^T: with y = sigma(W_2
  sigma(W_1 x)) the output, the output's slope sigma'(W_2 h) is missing (the ReLU's: 0 where the output's sum is
  negative, where the page's gradient is not);
- the R classification example's rc-dz2, dZ2 <- A2 - Y: the cross-entropy's output gradient where compute_loss is
  the mean squared error through a sigmoid output (dL/dZ2 = 2 (A2 - Y) A2 (1 - A2) for one output and one sample);
- the Portuguese R script's pt-dz2, dZ2 <- A2 - y, the same slip under its squared error (computeCost's
  sum((y-A2)^2)/m), kept from the cross-entropy template the script follows;
- the Portuguese R script's pt-dz1, dZ1 <- (t(W2) %*% dZ2) * (1 - A1^2): tanh's slope kept from the template where
  the script's hidden units are sigmoids (A1 <- sigmoid(Z1): the slope is A1 (1 - A1));
- mistyped (unreadable): the React page's rx-w1, ... \sigma'(w_1 x)\Big) \cdot x^T: w_1 in lower case, a name the
  page never gives (W_1 was meant), beside W_2 written without its transpose (unreadable="w_1");
- mistyped (unreadable): the L-layer page's ll-z, **Linear Transformation:** $Z^{[l]}=W^{[l]}A^{[l−1]}+b{[l]}$:
  b{[l]}, the bias's superscript without its ^ (the next line writes Z{[l]} the same way), with a Unicode minus in
  l−1 (unreadable="b{[l]}").

Not mistaken, though they look it: the R and French scripts' dW2, dW1 lines after a wrong dZ2 or dZ1 (dZ2 names the
output sums' gradient, as Ng's d names do: right as written in it, wrong only through the line that computes it);
the iris class's += updates with no rate (its deltas are -dE/dz, the step at rate 1); the French update_params,
W1 = params["W1"] - grads["dW1"], with no rate (rate 1); the French initialize's b1 = np.zeros((_nx, 1)), which sizes
the hidden biases by the inputs (the same 2 on XOR's 2-2-1 network, and not a line taken); the lesson's sigma'(z_1)
written a_1(1 - a_1), the slope written of the output; the moons and TwoLayerNeuralNet scripts' gradients, taken
before their regularization terms are added (dW2 += reg_lambda * W2, lines left out); the L-layer page's dZ^{[l]}
rule, which it states for 1 <= l < L and which holds at L too.

What was left out: the iris script's first part (Ng's forward pass with A2 = np.tanh(Z2) under a binary cross-entropy
and Y the integer labels, m = 150 written on the line before dW2 = (1 / m) * ...: a slip, dZ2 = A2 - Y under a tanh
output, but on a network whose labels are not the loss's targets, which no problem file holds), its forward method;
the French script's forward pass, cost and predict; the moons script's parts ##1, ##2 and ##4 (##4 the same lines
as ##3 with comments), its delta3[range(num_examples), y] -= 1 (an indexed subtraction, not a formula), the
regularization lines and the updates (W1 -= epsilon * dW1 with dW1 regularized); the TypeScript lesson's forward
lines, dL/da_1 and dL/db_1 (the same chain), its general derivation (\frac{\partial L}{\partial W_{ij}} = \sum_k ... =
\delta_i x_j for one layer of unnamed size) and its exercises; QuantLet's forward strings and the loss L = 1/2 (y -
\hat{y})^2 = 0.073; the React page's chain-rule section (y = W_2 h, a linear output: another network than the
walkthrough's), its \frac{\partial L}{\partial b^{(l)}} = \delta^{(l)} (the walkthrough's network has no biases) and
the first copy of its gradient rule; the L-layer page's mean squared error lines (another network), its align blocks,
dA^{[L-1]} = (W^{[L]})^T dZ^{[L]} and the dimension checks; the R classification example's compute_loss body (an
expression with no left side) and its training loop's other updates; the Portuguese script's forward pass and
updates beyond W1; the TwoLayerNeuralNet's delta2 = delta3.dot(W2.T) (a name whose meaning changes on the next line,
delta2[a1 <= 0] = 0) and its weight updates (with regularized gradients). Pages read and not taken: Octave ex4 files
(stored file 14298287067 among them: Theta1 and Theta2 hold the bias in their first column and a1 = [ones(m,1) X],
which no notation can name), an MNIST script with dropout (stored file 17003869915: the same lines as the moons
script's, 1./batch_size on dW2 and db2 only, a slip no one-sample network shows), a Markdown note on Ng's network
(stored file 45486868477, used by an earlier batch), YoanPtr/MOD-DeepLearning-ImageClassification's README (used by
an earlier batch), and many Ng-template copies in Python and R.

Collected on 2026-12-07 (11:48 to 11:56 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 10 loaded as first written. The oracle's first run passed every verdict as first transcribed (55 entries and the
batch's two checks; the 2 mistyped entries have no verdicts).

Run blind at main b77b81d (/work/READY_FOR_BLIND57; src/ as at b77b81d, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch143_blind.txt): 55 of 57 read with
every verdict right (96%), 0 refused, 2 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. No refusal was a slip of the notations (none was refused but the two typos), so the batch was run once;
tests/test_public_formulas_held_out.py -k 143 passed after the rebase, check's never-wrong-called-correct test
included.

Of the 4 mistaken formulas, all 4 were read with their wrong member called wrong: rx-w2 (the output's ReLU slope
missing), rc-dz2 and pt-dz2 (the cross-entropy's A2 - Y under a squared error), pt-dz1 (tanh's 1 - A1^2 under
sigmoid hidden units). By page: the iris class 6 of 6, the French XOR script 6 of 6, the Chinese moons script 5 of
5, the TypeScript lesson 6 of 6, QuantLet's figure 6 of 6, the React page 4 of 5 (and its typo refused), the
L-layer derivation 5 of 6 (and its typo refused), the R classification example 6 of 6, the Portuguese R script 6 of
6, the TwoLayerNeuralNet class 5 of 5.

The refusals by construct (none but the typos'), with the exact message:

- the typos: rx-w1, "formula '\\frac{\\partial L}{\\partial W_1} = ((y - \\hat{y}) \\cdot W_...': w_{1} needs its
  layer, e.g. w^{(1)}; or give it a meaning in the notation" (naming it, as w_{1}: blind_batch.py reports it as not
  naming 'w_1', the spelling the entry gives, though the message names the page's lower-case w_1); ll-z, "formula
  'Z^{[l]}=W^{[l]}A^{[l-1]}+b{[l]}': unknown symbol l; the notation knows A, W, X, Y, Z, b, dA, dW; l is an index
  letter of the notation: write it as a subscript or superscript of what it indexes (W_l, not Wl), or give it a
  meaning in the notation's [notation.symbols]" (naming it: the l of b{[l]}, the superscript without its ^).

Read, among the constructs these pages brought: a class's self. names with .dot and .T on rows, a sigmoidPrime
declared of the output, += updates with no rate at rate 1 and trailing # comments; Ng's backward pass with /m after
the product, np.multiply and np.power, and an update through a dictionary's entries, params["W1"] - grads["dW1"];
the WildML backward pass on rows with a comment in Chinese; $$ displays from a template string with delta_{y_hat},
chains of four members ending in numbers with \times and \approx; matplotlib's $ strings with \sigma'(z_o) and
an update worked in numbers with \leftarrow; a recursion over layers with \cdot for the entrywise product and
(W^{(l+1)})^T, a gradient rule over every layer with h^{(0)} the input, a page whose y is the output and y_hat the
target (its rx-w2 called wrong); Ng's bracketed layers with two trailing spaces after $$, g'^{[l]} with the prime
before the layer's superscript, \odot, := with \alpha; R's <- and %*%, t(), colSums and # comments (rc-dz2, pt-dz2
and pt-dz1 called wrong); self.model['b1'] += -learning_rate * db1.

Which look general: none of this batch's refusals; both are the pages' typos, the React page's lower-case w_1 beside
W_1 and W_2 (page-specific), the Markdown page's b{[l]} without its ^ (a slip Markdown derivations make, read as b
times a group holding l, and refused at the l).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch143_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_IR = _STORED.format(37108593887, "# -*- coding: utf-8 -*-",
                     "an iris script by NEIL (2019): Ng's forward pass, then a NeuralNetwork class whose backward "
                     "method adds its deltas to the weights")
_FR = _STORED.format(67480432277, "import numpy as np",
                     "a Python XOR network commented in French (#fonction de retropropagation): Ng's tanh-sigmoid "
                     "layers, update_params with no rate")
_ZH = _STORED.format(32498860631, "import numpy as np",
                     "a moons script commented in Chinese (parts ##1 ... ##4), the tanh network of the WildML tutorial rewritten "
                     "with sigmoid hidden units")
_TS = _STORED.format(55262981643, "import { LearningModule } from \"./types\";",
                     "a course site's TypeScript lesson on backpropagation: Markdown with $$ displays in template "
                     "strings, a worked numeric example on a tiny network")
_QL = _STORED.format(6225313173, "\"\"\"",
                     "QuantLet's NeuralNetworks appendix chart gradient_computation_example.py: LaTeX in matplotlib's "
                     "ax.text strings, a worked example with numbers")
_RX = _STORED.format(56915673785, "import React from 'react';",
                     "a React lesson page on forward and backward passes: LaTeX in <Latex> strings")
_LL = _STORED.format(36899120785, "# $\\text{Complete Mathematical Derivation: L-Layer Neural Network}$",
                     "a Markdown derivation of an L-layer network in Ng's notation")
_RC = _STORED.format(13893287923, "rm(list = ls())",
                     "an R classification example: a sigmoid network written by hand, its gradients commented")
_PT = _STORED.format(11275326106, "###Garante reprodutividade",
                     "an R wine-quality script commented in Portuguese: Ng's template with sigmoid layers and the mean "
                     "squared error")
_TL = _STORED.format(11109153640, "import numpy as np",
                     "a Python TwoLayerNeuralNet class: ReLU hidden units, softmax outputs, SGD with regularization")

_I2 = range(2)
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the iris class's 4-3-3 sigmoid network under half the squared error: dE/dz2[k], dE/d a1[j], dE/dz1[j]
_IR_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_IR_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
_IR_D1 = f"({_IR_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the French 2-2-1 network (tanh hidden, sigmoid output, binary cross-entropy): dL/dz2, dL/dz1[j]
_FR_D2 = "(a2[0] - y[0])"
_FR_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"

# the Chinese 2-3-2 network (sigmoid hidden, softmax with the cross-entropy): dL/dz1[j]
_ZH_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*(a1[{j}]*(1 - a1[{j}]))"

# the lesson's 1-1-1 network (sigmoid hidden, linear output): dL/dz1
_TS_D1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"

# QuantLet's 2-1-1 sigmoid network: delta_o, delta_h
_QO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_QH = f"{_QO}*W2[0,0]*a1[0]*(1 - a1[0])"

# the React page's 2-3-1 ReLU network (y the output, y_hat the target): dL/dz2, dL/dz1[j]
_RX_D2 = "(a2[0] - y[0])*Heaviside(z2[0])"
_RX_D1 = f"W2[0,{{j}}]*{_RX_D2}*Heaviside(z1[{{j}}])"
_RX_G = (tuple({"p": f"W2[0,{j}]", "m": f"{_RX_D2}*a1[{j}]"} for j in range(3))
         + tuple({"p": f"W1[{j},{i}]", "m": f"{_RX_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2)))
_RX_DEF = (tuple({"t": _RX_D1.format(j=j)} for j in range(3)) + ({"t": _RX_D2},))

# the L-layer page's 2-3-1 network (ReLU hidden, sigmoid output, binary cross-entropy)
_LL_DA2 = "(-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"
_LL_D1 = "(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"
_LL_DZ = (tuple({"p": f"z1[{j}]", "m": f"(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"} for j in range(3))
          + ({"p": "z2[0]", "m": f"{_LL_DA2}*a2[0]*(1 - a2[0])"},))
_LL_UP = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_LL_D1.format(j=j)}*x[{i}]"}
                for j in range(3) for i in range(2))
          + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]"} for j in range(3)))

# the R classification example's 2-3-1 sigmoid network under the squared error (one output: its mean)
_RC_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_RC_D1 = f"{_RC_D2}*W2[0,{{j}}]*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))"

# the Portuguese R script's 3-4-1 sigmoid network under the squared error
_PT_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PT_D1 = f"W2[0,{{j}}]*{_PT_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# the TwoLayerNeuralNet's 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/dz1[j]
_TL_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*Heaviside(z1[{j}])"


ENTRIES = [
    # ---- the iris script's NeuralNetwork class (eight-space indentation): self. names, .dot and .T on rows, a
    # sigmoidPrime of the outputs, += updates with the code's deltas (-dE/dz) and no rate, trailing # comments -------
    Public("q3-ir-oe", _IR, "b143_ir", "b143_ir", "        self.o_error = y - o # error in output", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K3),), batch=143,
           why="the output's error, target minus output, a value"),
    Public("q3-ir-od", _IR, "b143_ir", "b143_ir",
           "        self.o_delta = self.o_error*self.sigmoidPrime(o) # applying derivative of sigmoid to error", ((C,),),
           (Twin("value", f"-{_IR_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K3),), batch=143,
           why="the code's delta (-dE/dz2), a value; sigmoidPrime(s) = s (1 - s) taken of the output o"),
    Public("q3-ir-ze", _IR, "b143_ir", "b143_ir",
           "        self.z2_error = self.o_delta.dot(self.W2.T) # z2 error: how much our hidden layer weights contributed "
           "to output error", ((C,),),
           (Twin("value", f"-({_IR_A1})", (f"-({_IR_A1})",), _J3),), batch=143,
           why="-dE/d(hidden output j), a value: the row o_delta times W2 transposed (W2 input-first)"),
    Public("q3-ir-zd", _IR, "b143_ir", "b143_ir",
           "        self.z2_delta = self.z2_error*self.sigmoidPrime(self.z2) # applying derivative of sigmoid to z2 error",
           ((C,),), (Twin("value", f"-{_IR_D1}", (f"-{_IR_D1}",), _J3),), batch=143,
           why="self.z2 the hidden OUTPUTS (the sigmoid of self.z), so sigmoidPrime(self.z2) is the slope"),
    Public("q3-ir-w1", _IR, "b143_ir", "b143_ir",
           "        self.W1 += X.T.dot(self.z2_delta) # adjusting first set (input --> hidden) weights", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_IR_D1}*x[{{i}}]",), _J3I4),), batch=143,
           why="+= with the code's delta (-dE/dz) and no rate: the gradient step at rate 1 (the problem file's)"),
    Public("q3-ir-w2", _IR, "b143_ir", "b143_ir",
           "        self.W2 += self.z2.T.dot(self.o_delta) # adjusting second set (hidden --> output) weights", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_IR_D2}*a1[{{j}}]",), _K3J3),), batch=143),
    # ---- the French XOR script (four-space indentation): Ng's backward pass with /m after the product, np.multiply
    # and np.power, and update_params subtracting the gradients with no rate (params["W1"], grads["dW1"]) ----------
    Public("q3-fr-dz2", _FR, "b143_fr", "b143_fr", "    dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=143,
           why="the binary cross-entropy through the sigmoid output"),
    Public("q3-fr-dw2", _FR, "b143_fr", "b143_fr", "    dW2 = np.dot(dZ2, A1.T)/m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_FR_D2}*a1[{{j}}]/1",), _J2),), batch=143),
    Public("q3-fr-db2", _FR, "b143_fr", "b143_fr", "    db2 = np.sum(dZ2, axis=1, keepdims=True)/m", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_FR_D2}/1",)),), batch=143, why="the sum over the samples (one)"),
    Public("q3-fr-dz1", _FR, "b143_fr", "b143_fr", "    dZ1 = np.multiply(np.dot(W2.T, dZ2), 1-np.power(A1, 2))",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_FR_D1,), _J2),), batch=143,
           why="tanh's slope written of the hidden outputs, 1 - A1^2"),
    Public("q3-fr-dw1", _FR, "b143_fr", "b143_fr", "    dW1 = np.dot(dZ1, X.T)/m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_FR_D1}*x[{{i}}]/1",), _J2I2),), batch=143),
    Public("q3-fr-w1", _FR, "b143_fr", "b143_fr", "    W1 = params[\"W1\"] - grads[\"dW1\"]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_FR_D1}*x[{{i}}]",), _J2I2),), batch=143,
           why="the step with no rate, the problem file's rate 1 (eta): the dictionary's entries, the weights and "
               "their gradient"),
    # ---- the Chinese moons script, part ##3 (eight-space indentation): the WildML backward pass on rows with the
    # sigmoid's slope a1 * (1 - a1) in place of tanh's, a comment in Chinese ("replaces tanh's derivative") ---------
    Public("q3-zh-dw2", _ZH, "b143_zh", "b143_zh", "        dW2 = a1.T.dot(delta3)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=143,
           why="delta3 the output sums' gradient (probs with 1 taken from the label's entry); the product input-first"),
    Public("q3-zh-db2", _ZH, "b143_zh", "b143_zh", "        db2 = np.sum(delta3, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=143),
    Public("q3-zh-d2", _ZH, "b143_zh", "b143_zh",
           "        delta2 = delta3.dot(W2.T) * (a1 * (1 - a1))  # 替换 tanh 的导数", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ZH_D1,), _J3),), batch=143,
           why="the sigmoid's slope written of the hidden outputs; the comment in Chinese"),
    Public("q3-zh-dw1", _ZH, "b143_zh", "b143_zh", "        dW1 = X.T.dot(delta2)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ZH_D1}",), _J3I2),), batch=143),
    Public("q3-zh-db1", _ZH, "b143_zh", "b143_zh", "        db1 = np.sum(delta2, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ZH_D1,), _J3),), batch=143),
    # ---- the course lesson's worked example ($$ displays in a TypeScript template string, taken as the string's
    # value: one backslash): delta_{y_hat}, numbers to four digits, \times and \approx --------------------------------
    Public("q3-ts-dy", _TS, "b143_ts", "b143_ts",
           "$$ \\delta_{\\hat{y}} = \\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y = 0.6225 - 1.0 = -0.3775 $$",
           ((C, C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]", "=0.6225 - 1.0", "=-0.3775")),),
           batch=143, why="the derivative by the output, a value; y_hat = 0.6225 (a_1 = sigma(0.5), w_2 = 1)"),
    Public("q3-ts-w2", _TS, "b143_ts", "b143_ts",
           "$$ \\frac{\\partial L}{\\partial w_2} = \\delta_{\\hat{y}} \\cdot a_1 = -0.3775 \\times 0.6225 \\approx "
           "-0.2350 $$", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "=-0.3775*0.6225", "=-0.2350")),), batch=143),
    Public("q3-ts-b2", _TS, "b143_ts", "b143_ts",
           "$$ \\frac{\\partial L}{\\partial b_2} = \\delta_{\\hat{y}} = -0.3775 $$", ((C, C),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]", "=-0.3775")),), batch=143),
    Public("q3-ts-sp", _TS, "b143_ts", "b143_ts",
           "$$ \\sigma'(z_1) = a_1(1 - a_1) = 0.6225 \\times 0.3775 \\approx 0.2350 $$", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "=0.6225*0.3775", "=0.2350")),), batch=143,
           why="the sigmoid's slope at the hidden sum, a value"),
    Public("q3-ts-d1", _TS, "b143_ts", "b143_ts",
           "$$ \\delta_1 = \\frac{\\partial L}{\\partial z_1} = \\frac{\\partial L}{\\partial a_1} \\cdot \\sigma'(z_1) "
           "= -0.3775 \\times 0.2350 \\approx -0.0887 $$", ((C, C, C, C),),
           (Twin("value", _TS_D1, (_TS_D1, _TS_D1, "=-0.3775*0.2350", "=-0.0887")),), batch=143,
           why="delta_1 = dL/dz_1, the page's definition, a value"),
    Public("q3-ts-w1", _TS, "b143_ts", "b143_ts",
           "$$ \\frac{\\partial L}{\\partial w_1} = \\delta_1 \\cdot x = -0.0887 \\times 1.0 \\approx -0.0887 $$",
           ((C, C, C),), (Twin("gradient", "W1[0,0]", (f"{_TS_D1}*x[0]", "=-0.0887*1.0", "=-0.0887")),), batch=143),
    # ---- QuantLet's gradient_computation_example.py: LaTeX in matplotlib's ax.text strings, taken as the strings'
    # values (the text the figure shows, one backslash, \' for the prime), the numbers to three digits --------------
    Public("q3-ql-do", _QL, "b143_ql", "b143_ql", "$\\delta_o = (\\hat{y} - y) \\cdot \\sigma'(z_o) = -0.091$",
           ((C, C),), (Twin("value", _QO, (_QO, "=-0.091")),), batch=143,
           why="delta_o = dL/dz_o under L = 1/2 (y - y_hat)^2, a value"),
    Public("q3-ql-dh", _QL, "b143_ql", "b143_ql", "$\\delta_h = \\delta_o \\cdot w_3 \\cdot \\sigma'(z_h) = -0.017$",
           ((C, C),), (Twin("value", _QH, (_QH, "=-0.017")),), batch=143),
    Public("q3-ql-w3", _QL, "b143_ql", "b143_ql", "$\\frac{\\partial L}{\\partial w_3} = \\delta_o \\cdot h = -0.054$",
           ((C, C),), (Twin("gradient", "W2[0,0]", (f"{_QO}*a1[0]", "=-0.054")),), batch=143),
    Public("q3-ql-w1", _QL, "b143_ql", "b143_ql",
           "$\\frac{\\partial L}{\\partial w_1} = \\delta_h \\cdot x_1 = -0.009$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_QH}*x[0]", "=-0.009")),), batch=143),
    Public("q3-ql-w2", _QL, "b143_ql", "b143_ql",
           "$\\frac{\\partial L}{\\partial w_2} = \\delta_h \\cdot x_2 = -0.005$", ((C, C),),
           (Twin("gradient", "W1[0,1]", (f"{_QH}*x[1]", "=-0.005")),), batch=143),
    Public("q3-ql-up", _QL, "b143_ql", "b143_ql", "$w_3 \\leftarrow 0.8 - 0.1(-0.054) = 0.805$", ((C, C),),
           (Twin("update", "W2[0,0]", ("=0.8 - 0.1*(-0.054)", "=0.805")),), batch=143,
           why="the step worked in numbers: w_3 = 0.8, eta = 0.1 (the figure's UPDATE (eta=0.1))"),
    # ---- the React lesson page ($$ in <Latex> strings, taken as the strings' values): a recursion over layers
    # with \cdot for the entrywise product, and the example's gradients with y the output and y_hat the target -------
    Public("q3-rx-rec", _RX, "b143_rx", "b143_rx",
           "$$\\delta^{(l)} = (W^{(l+1)})^T \\delta^{(l+1)} \\cdot \\sigma'(z^{(l)})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RX_D1,), _J3),), batch=143,
           why="l = 1, the hidden layer (W^{(3)} names no layer: the output's delta is not this rule's); \\cdot the "
               "entrywise product of two columns, as the page's own note on the recursion says"),
    Public("q3-rx-gw", _RX, "b143_rx", "b143_rx",
           "$$\\frac{\\partial L}{\\partial W^{(l)}} = \\delta^{(l)} \\cdot (h^{(l-1)})^T$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _RX_G),), batch=143,
           why="every weight of both layers, h^{(0)} the input; a column times a row"),
    Public("q3-rx-def", _RX, "b143_rx", "b143_rx",
           "$$\\delta^{(l)} = \\frac{\\partial L}{\\partial z^{(l)}} = \\frac{\\partial L}{\\partial h^{(l)}} \\cdot "
           "\\sigma'(z^{(l)})$$", ((C, C),),
           (Twin("value", "{t}", ("{t}", "{t}"), _RX_DEF),), batch=143,
           why="the page's definition of delta and the chain rule through the activation, a value at both layers "
               "(h^{(2)} the output y)"),
    Public("q3-rx-w2", _RX, "b143_rx", "b143_rx",
           "$$\\frac{\\partial L}{\\partial W_2} = (y - \\hat{y}) \\cdot \\sigma(W_1 x)^T$$", ((W,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*relu(z1[{j}])",), _J3),), batch=143,
           why="y = sigma(W_2 sigma(W_1 x)) the output: the output's slope sigma'(W_2 h) is missing (0 where the "
               "output's sum is negative, the ReLU's; the page's slip)"),
    Public("q3-rx-w1", _RX, "b143_rx", "b143_rx",
           "$$\\frac{\\partial L}{\\partial W_1} = \\Big((y - \\hat{y}) \\cdot W_2 \\cdot \\sigma'(w_1 x)\\Big) \\cdot x^T$$",
           unreadable="w_1", batch=143,
           why="w_1, lower case, a name the page never gives (W_1 was meant: the page's typo), beside W_2 without its "
               "transpose"),
    # ---- the L-layer derivation (Markdown, $$ displays followed by two spaces, Ng's square brackets): a forward
    # line mistyped, the output's derivatives, a rule over l with g'^{[l]} and \odot, the update with := -------------
    Public("q3-ll-z", _LL, "b143_ll", "b143_ll",
           "**Linear Transformation:** $Z^{[l]}=W^{[l]}A^{[l\u2212" "1]}+b{[l]}$  ", unreadable="b{[l]}", batch=143,
           why="b{[l]}: the bias's superscript without its ^ (b^{[l]} was meant: the page's typo, as A^{[l]}=g^{[l]}(Z{"
               "[l]}) on the next line); l\u22121 with a Unicode minus"),
    Public("q3-ll-dja", _LL, "b143_ll", "b143_ll",
           "$$\\frac{\\partial J}{\\partial A^{[L]}} = -\\frac{1}{m} \\left[ \\frac{Y}{A^{[L]}} - "
           "\\frac{1-Y}{1-A^{[L]}} \\right]$$  ", ((C,),),
           (Twin("value", _LL_DA2, ("-1/1*(y[0]/a2[0] - (1 - y[0])/(1 - a2[0]))",)),), batch=143,
           why="the binary cross-entropy's derivative by the output, a value (m = 1)"),
    Public("q3-ll-dz", _LL, "b143_ll", "b143_ll", "$$dZ^{[L]} = A^{[L]} - Y$$  ", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=143,
           why="the special case of a sigmoid output with the cross-entropy"),
    Public("q3-ll-dw", _LL, "b143_ll", "b143_ll", "$$dW^{[L]} = \\frac{1}{m} dZ^{[L]} (A^{[L-1]})^T$$  ", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("1/1*(a2[0] - y[0])*a1[{j}]",), _J3),), batch=143),
    Public("q3-ll-dzl", _LL, "b143_ll", "b143_ll", "$$dZ^{[l]} = dA^{[l]} \\odot g'^{[l]}(Z^{[l]})$$", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _LL_DZ),), batch=143,
           why="the chain rule at every layer (the page states it for 1 <= l < L; it holds at L too): g'^{[l]} the "
               "derivative of layer l's activation, its prime before the layer's superscript"),
    Public("q3-ll-up", _LL, "b143_ll", "b143_ll", "$$W^{[l]} := W^{[l]} - \\alpha \\cdot dW^{[l]}$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _LL_UP),), batch=143, why="alpha the learning rate, every layer's weights"),
    # ---- the R classification example (two-space indentation): R's <- and %*%, t(), colSums, trailing # comments;
    # one slip, the output's gradient written as the cross-entropy's under the mean squared error ------------------
    Public("q3-rc-dz2", _RC, "b143_rc", "b143_rc", "  dZ2 <- A2 - Y  # Error in output layer", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=143,
           why="under compute_loss's mean squared error through the sigmoid output dL/dZ2 is 2 (A2 - Y) A2 (1 - A2) "
               "(per output and sample); A2 - Y is the cross-entropy's (the code's slip)"),
    Public("q3-rc-dw2", _RC, "b143_rc", "b143_rc", "  dW2 <- t(A1) %*% dZ2 / m  # Gradient for W2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_RC_D2}/1",), _J3),), batch=143,
           why="dZ2 the output sums' gradient, as named; right as written in it"),
    Public("q3-rc-db2", _RC, "b143_rc", "b143_rc", "  db2 <- colSums(dZ2) / m  # Gradient for b2", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_RC_D2}/1",)),), batch=143, why="colSums over the samples (rows)"),
    Public("q3-rc-dz1", _RC, "b143_rc", "b143_rc",
           "  dZ1 <- dZ2 %*% t(W2) * sigmoid_derivative(Z1)  # Error in hidden layer", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RC_D1,), _J3),), batch=143,
           why="sigmoid_derivative(z) = sigmoid(z) (1 - sigmoid(z)) taken of the sums Z1"),
    Public("q3-rc-dw1", _RC, "b143_rc", "b143_rc", "  dW1 <- t(X) %*% dZ1 / m  # Gradient for W1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_RC_D1}/1",), _J3I2),), batch=143),
    Public("q3-rc-w1", _RC, "b143_rc", "b143_rc", "    W1 <- W1 - learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_RC_D1}",), _J3I2),), batch=143),
    # ---- the Portuguese R script (two-space indentation): Ng's template with tanh's slope kept under sigmoid
    # hidden units and the cross-entropy's dZ2 kept under the squared error: two slips -------------------------------
    Public("q3-pt-cost", _PT, "b143_pt", "b143_pt", "  cost <- sum((y-A2)^2)/m", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2/1",)),), batch=143,
           why="the cost's definition, the squared error's mean over the samples (one), a value"),
    Public("q3-pt-dz2", _PT, "b143_pt", "b143_pt", "  dZ2 <- A2 - y", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=143,
           why="the cross-entropy's output gradient kept from the template the script follows: under its squared "
               "error through the sigmoid, dcost/dZ2 = 2 (A2 - y) A2 (1 - A2)"),
    Public("q3-pt-dw2", _PT, "b143_pt", "b143_pt", "  dW2 <- 1/m * (dZ2 %*% t(A1)) ", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"1/1*{_PT_D2}*a1[{{j}}]",), _J4),), batch=143,
           why="dZ2 the output sum's gradient, as named; right as written in it"),
    Public("q3-pt-dz1", _PT, "b143_pt", "b143_pt", "  dZ1 <- (t(W2) %*% dZ2) * (1 - A1^2)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_PT_D2}*(1 - a1[{{j}}]**2)",), _J4),), batch=143,
           why="1 - A1^2 is tanh's slope, kept from the template, where the script's hidden units are sigmoids "
               "(A1 <- sigmoid(Z1)): the slope is A1 (1 - A1)"),
    Public("q3-pt-dw1", _PT, "b143_pt", "b143_pt", "  dW1 <- 1/m * (dZ1 %*% t(X))", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_PT_D1}*x[{{i}}]",), _J4I3),), batch=143,
           why="dZ1 the hidden sums' gradient, as named"),
    Public("q3-pt-w1", _PT, "b143_pt", "b143_pt", "  W1 <- W1 - learning_rate * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_PT_D1}*x[{{i}}]",), _J4I3),), batch=143),
    # ---- the TwoLayerNeuralNet class (twelve-space indentation): the WildML backward pass on rows with a ReLU mask
    # (delta2[a1 <= 0] = 0, left out), self.model['b1'] += -learning_rate * db1 -----------------------------------
    Public("q3-tl-dw2", _TL, "b143_tl", "b143_tl", "            dW2 = (a1.T).dot(delta3)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=143,
           why="(a1.T) in parentheses before .dot"),
    Public("q3-tl-db2", _TL, "b143_tl", "b143_tl", "            db2 = np.sum(delta3, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=143),
    Public("q3-tl-dw1", _TL, "b143_tl", "b143_tl", "            dW1 = np.dot(X.T, delta2)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_TL_D1}",), _J3I2),), batch=143,
           why="delta2 the hidden sums' gradient once the ReLU's mask is applied (the line before)"),
    Public("q3-tl-db1", _TL, "b143_tl", "b143_tl", "            db1 = np.sum(delta2, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_TL_D1,), _J3),), batch=143),
    Public("q3-tl-b1", _TL, "b143_tl", "b143_tl", "            self.model['b1'] += -learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_TL_D1}",), _J3),), batch=143,
           why="+= of minus the rate times the gradient (the biases are not regularized)"),
]
