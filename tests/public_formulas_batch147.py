r"""Batch 147 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on assignment code as
classes hand it in: CS231n-style layers, Ng's course functions in Octave/MATLAB, Nielsen-style deltas, from-scratch
networks in C++, Java and JavaScript; every address a stored file whose repository the index does not name): a
JavaScript script training a 2-2-1 network on one sample (stored file 46618548114: let declarations, -= updates, each
hidden unit fed by one input), a C++ NeuralNetwork class (stored file 53787857235: tab indentation, members with a
trailing underscore, [i][j] input-first, sigmoidDerivativeFromActivation), a Python XOR script (stored file
70471224798: loss = np.mean((y - output) ** 2), += updates with the rate after the product), a student's CS231n-style
layer functions (stored file 26153472978: affine_bakward, sic, with dw divided by X.shape[0], relu_backward's dout *
(cache > 0)), a Java Network class (stored file 3774614914: tanh units, derivate(v) = 1 - v^2 of the outputs, double
declarations, a constant input node, momentum), a German Markdown course page (stored file 32377417578: its section 5,
$$ displays over several lines, W^{(2)T} with the transpose inside the superscript, \odot, :=), an MLP README (stored
file 62654564451: \mathcal{L} with \Big, \leftarrow updates with \, and \otimes, displays in bullets), a MATLAB
cost_quadratic_delta (stored file 33285033307), Ng's ex4 sigmoidGradient as Arnold Yeung wrote it (stored file
17925196584), the UvA deep-learning course's modules.py as a student filled it (stored file 31878310163: formulas in #
comments, self.grads['weight'], np.matmul) and an Octave training script (stored file 4303996338: Ng's delta3(i,:)
under a squared error). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files
decoded; a Markdown display taken whole with its line breaks, as batch 142 took multi-line $$ displays), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: code deltas that are -dE/dz written "-delta2[k]" or "-grad(z2[:]).T" where the updates add them; helpers
declared "sigmoid' at output" where they compute s (1 - s) of what they are given (the C++ class, the XOR script),
"sigmoid' at input" where they take the sigmoid of their argument (the JavaScript script, the MATLAB function) and
"tanh' at output" for the Java derivate; a code's scalar error named per unit with the notation's index letters, two
notations for one page where a name means another thing in another loop or function (the Java class's error and
change, the layer functions' dout and dx); the CS231n-style affine layer and the UvA LinearModule taken as the output
layer's, their dout the gradient by the output sums), a network of the kind the page describes (with the page's
numbers where it gives them: the JavaScript script's input1 = 0.1, input2 = 0.9, target = 1.0, lr = 0.1; the rates the
files write, 0.1, and 0.1 where they name none; all in tests/public_formulas_batch147_tables.py), and its true
verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was.
A code's delta or error (error, dOutput, dH1, outputDelta, hiddenDelta, d_output, d_hidden, change), a gradient by a
layer's input (dx, dL/dX, dL/da^{(1)}), a sigmoid's slope (sigmoidGradient's g, d y_hat/dz^{(2)}) and a loss's
definition (loss = np.mean(...), \mathcal{L} = ...) are twinned as values, as in batches 14 to 143. Formulas keep
their page's delimiters and what surrounds them on their line (a code line's indentation, tabs included, its
semicolon and a trailing space after it, a bullet's two-space indentation before $$); what was left out is said in the
entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 147

The batch: 53 formulas from 11 addresses (the JavaScript script 8, the C++ class 7, the XOR script 8, the layer
functions 4, the Java class 5, the German page 8, the MLP README 4, the MATLAB function 1, sigmoidGradient 1, the UvA
modules 6, the Octave script 1). 12 are in documents that hold LaTeX (the German page's 8 in multi-line $$ displays,
the README's 4 in $$), 41 in code (JavaScript 8, C++ 7, Java 5, Python/NumPy 18 (3 of them in # comments),
MATLAB/Octave 3). By kind: 27 values (deltas, errors, slopes, gradients by an input, 2 loss definitions), 7 gradients
(weights and biases), 2 gradients by the sums (relu_backward's dx, the README's delta^{(l)} recursion), 15 updates
(with rates: the code's lr, learningRate_, learning_rate and eta; over every layer in the German page's W^{(l)} := and
the README's \leftarrow), and the 2 mistyped.

2 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the XOR script's xr-do, d_output = error * sigmoid_derivative(output): under the script's loss,
  np.mean((y - output) ** 2) (the squared error on one output), -dL/dz2 is 2 (y - output) output (1 - output); the
  half squared error's delta under a loss without the half (the factor 2 lost);
- the Octave script's oc-d3, delta3(i,:) = (a3 - output(i)); : the cross-entropy's output delta, kept from Ng's ex4
  (whose Jtheta the script comments out), under its Square_error through a sigmoid output, whose dE/dz is (a3 - y) a3
  (1 - a3);
- mistyped (unreadable): the German page's de-dz2, ... = (\hat{y} - y) , \hat{y}(1 - \hat{y}): a bare comma between
  the factors, the thin space \, without its backslash (unreadable=",");
- mistyped (unreadable): the German page's de-w2, \frac{\partial L}{\partial W^{(2)}} = \delta^{(2)} , a^{(1)T}: the
  same bare comma (unreadable=",").

Not mistaken, though they look it: the XOR script's d_hidden and its four += updates after the wrong d_output (d_output
named for what it stands for, -dL/dz2, as batch 143 named Ng's dZ2: right as written in it, wrong only through the
line that computes it); the JavaScript script's dH1 and dH2, which read w_out1 and w_out2 after their update a few
lines before (the loop's order, not the lines'); the layer functions' dw divided by X.shape[0] where db and
softmax_backward are not (the mean and the sum disagree on a batch only: one sample here); the UvA comments' dL/dW =
X.T * dout (a column times a row: NumPy's broadcast gives the outer product too) and dL/dX = dout * W.T (a matrix
product as the comment writes it); the Java class's updates with momentum (left out, not taken).

What was left out: the JavaScript script's b_out is taken, its b1 and b2 updates are not (the same lines as w1's and
w2's), nor its w_out2 update, its forward lines and the final output; the C++ class's propagatedError +=
accumulation (a += inside a loop, not a formula) and forward; the XOR script's forward lines; the layer functions'
forward functions, softmax_forward (p = np.exp(x) / ..., a forward line) and softmax_backward's dx[np.arange(N), y] -=
1 (an indexed subtraction); the Java class's hidden error += accumulation, its momentum updates (outputWeight[j][k] +=
rate * change + momentum * outputChange[j][k]: no product of the notation names a last change) and computeError; the
German page's sections 1 to 4 and 6 (its 3-layer example: another network) and in section 5 the forward lines,
dL/db^{(2)} and dL/db^{(1)} (at most 8 from one file), f'(z^{(1)}) as \begin{cases} and the b^{(l)} update; the
README's forward lines, its softmax with the max trick and its \delta^{(3)} = a^{(3)} - y = \begin{bmatrix}
P(\text{Malignant}) - y
\\ ... \end{bmatrix} (y names the label and the one-hot vector both in one display); the UvA ELU, SoftMax and
CrossEntropy modules (np.where slopes and a Jacobian product in code); the Octave script's delta2(i,:) and the DELTA
accumulations (Theta1 and Theta2 hold the bias in their first column, which no notation can name). Pages read and not
taken: a Nielsen network.py with a softmax (stored file 25444294633: its softmax is ex / np.sum(ex) without the
exponential, given to the layer of 30 units, a network no problem file holds), Ng's ex4 Octave files with bias
columns (stored files 9063144763, 48932658811, 10968808318 among them), a Markdown reference on the hidden deltas
(vikram-niit/AI, a repository an earlier batch used), a Chinese Markdown worked example on a ReLU network at zero
(stored file 8918854324: every slope at 0 exactly), and many Python XOR scripts of the same lines as the one taken.

Collected on 2026-12-07 (13:40 to 13:45 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
11 of the 12 loaded as first written, the Octave script's after one fix (the loader takes no row section
delta3(i,:) of a non-weight as a pattern and says to name the array alone: "delta3" = "delta2[:].T"). The oracle's
first run passed every verdict as first transcribed (51 entries and the batch's two checks; the 2 mistyped entries
have no verdicts).

Run blind at main 79964b7 (/work/READY_FOR_BLIND58; src/ as at 79964b7, main's last change to it; the branch already
on it, the rebase a no-op), with nothing under src/ changed. The first run (/work/batch147_blind.txt): 50 of 53 read
with every verdict right (94%), 1 refused, 2 typos refused, no typo read, no misreading, no crash, NO WRONG FORMULA
CALLED CORRECT. The one refusal is not a slip of the notations (the loader itself refuses a pattern delta3(i,:), and
the notation names delta3 alone, as its message asks), so the batch was run once; tests/test_public_formulas_held_out.py
-k "b147-" passed, check's never-wrong-called-correct test included.

Of the 2 mistaken formulas, 1 was read with its wrong member called wrong: xr-do (the mean squared error's factor 2
lost); the other, oc-d3, was refused (below). By page: the JavaScript script 8 of 8, the C++ class 7 of 7, the XOR
script 8 of 8, the layer functions 4 of 4, the Java class 5 of 5, the German page 6 of 8 (its 2 typos refused), the MLP
README 4 of 4, the MATLAB function 1 of 1, sigmoidGradient 1 of 1, the UvA modules 6 of 6, the Octave script 0 of 1.

The refusals by construct, with the exact message:

- a MATLAB row section of a non-weight array, the samples' row i: oc-d3, "formula 'delta3(i,:) = (a3 - output(i))': an
  array section in parentheses, Fortran's or MATLAB's a(:) or W(:, j), at ':' (position 10); check reads a section
  taking every index, a(:) or W(:, :), as the whole array where the notation gives the name alone its whole vector or
  matrix ("a" = "a2[:]", "W" = "W2[:, :]"), and W(:, j), W(j, :) of a weight matrix; write any other row's or column's
  entries with their indices, W(k, j)" (a mistaken formula, refused before its verdict);
- the typos: de-dz2, "formula '\\frac{\\partial L}{\\partial z^{(2)}} = \\frac{\\partial L}{\\...': unexpected at ','
  (position 139); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left
  side (A = B, \quad C = D)" and de-w2, "formula '\\frac{\\partial L}{\\partial W^{(2)}} = \\delta^{(2)} , a^{(...':
  unexpected at ',' (position 52); a comma after ... (the same)" (both naming the bare comma).

Read, among the constructs these pages brought: JavaScript let declarations with semicolons and -= updates, a helper
of the sums (sigmoidDerivative) and two spaces before -=; C++ tab indentation, const double, members with a trailing
underscore indexed [j][k] input-first; the XOR script's np.mean((y - output) ** 2) as the loss's definition, its
d_output called wrong, += updates with the rate after the product; CS231n-style dx, dw / X.shape[0], db and a ReLU mask
dout * (cache > 0), each function through its own notation; Java double declarations and tanh's slope of the outputs
in two notations; multi-line $$ displays with \frac{d\hat{y}}{dz^{(2)}}, W^{(2)T} with the transpose inside the
superscript, \left( ... \right) \odot f'(z^{(1)}), := over every layer; \mathcal{L} with \Big and log, a recursion with
(W^{(l+1)})^T and a^{(l)} \odot (1 - a^{(l)}), \leftarrow with \, and \otimes over every layer; MATLAB's .* of a
sigmoid_prime and Octave's sigmoid(z).*(1-sigmoid(z)); Python # comments dL/dW = X.T * dout and dL/dX = dout * W.T,
self.grads['weight'] with two spaces before =, np.matmul.

Which look general: the row section delta3(i,:) of a samples matrix (MATLAB and Octave code indexes a per-sample row
so in every Ng-style loop; neither the loader nor check reads it, and no notation can name it: a general limit, worth
a look, e.g. reading X(i,:) of a samples-as-rows array as the sample's row where the notation names X alone). The bare
comma of de-dz2 and de-w2 is the page's typo (\, without its backslash), refused at the comma as it should be.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch147_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JS = _STORED.format(46618548114, "function sigmoid(x) {",
                     "a JavaScript script training a 2-2-1 sigmoid network on one sample with let declarations and "
                     "-= updates")
_CP = _STORED.format(53787857235, "#include \"neural_network.h\"",
                     "a C++ NeuralNetwork class: backpropagate with [i][j] loops, sigmoidDerivativeFromActivation, "
                     "-= updates")
_XR = _STORED.format(70471224798, "import numpy as np",
                     "a Python XOR script: loss = np.mean((y - output) ** 2) plotted, += updates with the rate after "
                     "the product")
_AF = _STORED.format(26153472978, "import numpy as np",
                     "CS231n-style layer functions written by a student: affine_forward, affine_bakward (sic), "
                     "relu_backward, softmax_backward")
_JV = _STORED.format(3774614914, "package aiann;",
                     "a Java Network class with tanh units, a constant input node and momentum")
_DE = _STORED.format(32377417578, "Gerne!",
                     "a German Markdown course page: section 5, Backprop-Herleitung for one hidden ReLU layer and a "
                     "sigmoid output, $$ displays over several lines")
_MP = _STORED.format(62654564451, "# \U0001f9e0 Custom Multilayer Perceptron (MLP) from Scratch",
                     "a README of an MLP written in NumPy: a 30-16-4-2 network, $$ displays in bullets, \\leftarrow "
                     "updates with \\otimes")
_MQ = _STORED.format(33285033307, "function [ delta ] = cost_quadratic_delta( z, a, y )",
                     "a MATLAB function of a Nielsen-style network: the quadratic cost's output delta")
_SG = _STORED.format(17925196584, "function g = sigmoidGradient(z)",
                     "Ng's ex4 sigmoidGradient as Arnold Yeung wrote it (Octave)")
_UV = _STORED.format(31878310163, "#" * 80,
                     "the UvA deep-learning course's modules.py as a student filled it: LinearModule, ELUModule, "
                     "SoftMaxModule, CrossEntropyModule, formulas in # comments")
_OC = _STORED.format(4303996338, "clear all",
                     "an Octave training script: Ng's Theta1, Theta2 with bias columns, a Square_error summed in "
                     "the loop")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# the JavaScript 2-2-1 sigmoid network under half the squared error: dE/dz_out, dE/dz1, dE/dz2 (its names)
_JS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JS_D10 = f"{_JS_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_JS_D11 = f"{_JS_D2}*W2[0,1]*a1[1]*(1 - a1[1])"

# the C++ 2-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/dz1[j]
_CP_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CP_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")

# the XOR 2-2-1 sigmoid network under the mean squared error (one output, one sample): dL/dz2, dL/dz1[j]
_XR_G2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XR_G1 = _XR_G2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# the layer functions' 2-3-2 net (ReLU hidden, softmax with the cross-entropy): dL/da1[j]
_AF_A1 = "(a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}]"

# the Java 2-3-2 tanh network under half the squared error: -dE/dz2[k], -dE/dz1[j]
_JV_D2 = "(y[{k}] - a2[{k}])*(1 - a2[{k}]**2)"
_JV_D1 = ("((y[0] - a2[0])*(1 - a2[0]**2)*W2[0,{j}] + (y[1] - a2[1])*(1 - a2[1]**2)*W2[1,{j}])"
          "*(1 - a1[{j}]**2)")

# the German page's 2-3-1 network (ReLU hidden, sigmoid output, half the squared error): dL/dz2, dL/dz1[j]
_DE_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DE_D1 = _DE_D2 + "*W2[0,{j}]*Heaviside(z1[{j}])"
_DE_UP = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_DE_D1.format(j=j)}*x[{i}]"}
                for j in range(3) for i in range(2))
          + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*{_DE_D2}*a1[{j}]"} for j in range(3)))

# the MLP README's 2-3-2-2 network (sigmoid, sigmoid, softmax with the cross-entropy): dL/dz3, dL/dz2, dL/dz1
_MP_D3 = [f"(a3[{k}] - t[{k}])" for k in range(2)]
_MP_D2 = [f"({' + '.join(f'{_MP_D3[k]}*W3[{k},{j}]' for k in range(2))})*a2[{j}]*(1 - a2[{j}])" for j in range(2)]
_MP_D1 = [f"({' + '.join(f'{_MP_D2[j]}*W2[{j},{i}]' for j in range(2))})*a1[{i}]*(1 - a1[{i}])" for i in range(3)]
_MP_DL = (tuple({"p": f"z1[{i}]", "m": _MP_D1[i]} for i in range(3))
          + tuple({"p": f"z2[{j}]", "m": _MP_D2[j]} for j in range(2)))
_MP_W = (tuple({"p": f"W1[{r},{c}]", "m": f"W1[{r},{c}] - eta*{_MP_D1[r]}*x[{c}]"}
               for r in range(3) for c in range(2))
         + tuple({"p": f"W2[{r},{c}]", "m": f"W2[{r},{c}] - eta*{_MP_D2[r]}*a1[{c}]"}
                 for r in range(2) for c in range(3))
         + tuple({"p": f"W3[{r},{c}]", "m": f"W3[{r},{c}] - eta*{_MP_D3[r]}*a2[{c}]"}
                 for r in range(2) for c in range(2)))
_MP_B = (tuple({"p": f"b1[{r}]", "m": f"b1[{r}] - eta*{_MP_D1[r]}"} for r in range(3))
         + tuple({"p": f"b2[{r}]", "m": f"b2[{r}] - eta*{_MP_D2[r]}"} for r in range(2))
         + tuple({"p": f"b3[{r}]", "m": f"b3[{r}] - eta*{_MP_D3[r]}"} for r in range(2)))


ENTRIES = [
    # ---- the JavaScript script (two-space indentation in its for loop): let declarations and -= updates ending in
    # semicolons, a sigmoidDerivative taken of the sums; each hidden unit sees one input (w1 from input1, w2 from
    # input2) ---------------------------------------------------------------------------------------------------
    Public("r47-js-err", _JS, "b147_js", "b147_js", "  let error = output - target;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=147, why="the output's error, a value"),
    Public("r47-js-do", _JS, "b147_js", "b147_js", "  let dOutput = error * sigmoidDerivative(z_out);", ((C,),),
           (Twin("value", _JS_D2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=147,
           why="dE/dz_out under half the squared error, a value; sigmoidDerivative taken of the sum"),
    Public("r47-js-wo1", _JS, "b147_js", "b147_js", "  w_out1 -= lr * dOutput * h1;", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_JS_D2}*a1[0]",)),), batch=147),
    Public("r47-js-bo", _JS, "b147_js", "b147_js", "  b_out  -= lr * dOutput;", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_JS_D2}",)),), batch=147, why="two spaces before -="),
    Public("r47-js-dh1", _JS, "b147_js", "b147_js", "  let dH1 = dOutput * w_out1 * sigmoidDerivative(z1);", ((C,),),
           (Twin("value", _JS_D10, (_JS_D10,)),), batch=147,
           why="dE/dz1 of the first hidden unit, a value (the script reads w_out1 after its update, lines before: "
               "the loop's order, not this line's slip)"),
    Public("r47-js-w1", _JS, "b147_js", "b147_js", "  w1 -= lr * dH1 * input1;", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_JS_D10}*x[0]",)),), batch=147),
    Public("r47-js-dh2", _JS, "b147_js", "b147_js", "  let dH2 = dOutput * w_out2 * sigmoidDerivative(z2);", ((C,),),
           (Twin("value", _JS_D11, (_JS_D11,)),), batch=147),
    Public("r47-js-w2", _JS, "b147_js", "b147_js", "  w2 -= lr * dH2 * input2;", ((C,),),
           (Twin("update", "W1[1,1]", (f"W1[1,1] - eta*{_JS_D11}*x[1]",)),), batch=147,
           why="w2 the second hidden unit's weight from input2"),
    # ---- the C++ class's backpropagate (tab indentation): [i][j] indexing input-first, members with a trailing
    # underscore, const double, -= updates with the dE/dz deltas ------------------------------------------------------
    Public("r47-cp-err", _CP, "b147_cp", "b147_cp", "\t\tconst double error = lastOutputActivations_[k] - target[k];",
           ((C,),), (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=147),
    Public("r47-cp-od", _CP, "b147_cp", "b147_cp",
           "\t\toutputDelta[k] = error * sigmoidDerivativeFromActivation(lastOutputActivations_[k]);", ((C,),),
           (Twin("value", _CP_D2, (_CP_D2,), _K2),), batch=147, why="dE/dz2[k], the slope written of the output"),
    Public("r47-cp-hd", _CP, "b147_cp", "b147_cp",
           "\t\thiddenDelta[j] = propagatedError * sigmoidDerivativeFromActivation(lastHiddenActivations_[j]);",
           ((C,),), (Twin("value", _CP_D1, (_CP_D1,), _J3),), batch=147,
           why="propagatedError the sum over the outputs (dE/d hidden output j, accumulated the lines before)"),
    Public("r47-cp-w2", _CP, "b147_cp", "b147_cp",
           "\t\t\tweightsHiddenOutput_[j][k] -= learningRate_ * lastHiddenActivations_[j] * outputDelta[k];", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*" + _CP_D2,), _K2J3),), batch=147),
    Public("r47-cp-b2", _CP, "b147_cp", "b147_cp", "\t\tbiasOutput_[k] -= learningRate_ * outputDelta[k];", ((C,),),
           (Twin("update", "b2[{k}]", ("b2[{k}] - eta*" + _CP_D2,), _K2),), batch=147),
    Public("r47-cp-w1", _CP, "b147_cp", "b147_cp",
           "\t\t\tweightsInputHidden_[i][j] -= learningRate_ * input[i] * hiddenDelta[j];", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _CP_D1,), _J3I2),), batch=147),
    Public("r47-cp-b1", _CP, "b147_cp", "b147_cp", "\t\tbiasHidden_[j] -= learningRate_ * hiddenDelta[j];", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _CP_D1,), _J3),), batch=147),
    # ---- the Python XOR script (four-space indentation): the loss the mean squared error, the deltas -dL/dz with the
    # half squared error's slope (the factor 2 lost), += updates with the rate after the product ---------------------
    Public("r47-xr-loss", _XR, "b147_xr", "b147_xr", "    loss = np.mean((y - output) ** 2)", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=147,
           why="the loss's definition, the mean of the squared errors (one here), a value"),
    Public("r47-xr-err", _XR, "b147_xr", "b147_xr", "    error = y - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=147),
    Public("r47-xr-do", _XR, "b147_xr", "b147_xr", "    d_output = error * sigmoid_derivative(output)", ((W,),),
           (Twin("value", f"-{_XR_G2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=147,
           why="under the script's loss, np.mean((y - output) ** 2), -dL/dz2 is 2 (y - output) output (1 - output): "
               "the factor 2 of the square is lost (the half squared error's delta under a loss without the half)"),
    Public("r47-xr-dh", _XR, "b147_xr", "b147_xr",
           "    d_hidden = d_output.dot(wo.T) * sigmoid_derivative(hidden)", ((C,),),
           (Twin("value", f"-{_XR_G1}", (f"-({_XR_G2})*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=147,
           why="d_output named for what it stands for, -dL/dz2: right as written in it"),
    Public("r47-xr-wo", _XR, "b147_xr", "b147_xr", "    wo += hidden.T.dot(d_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*" + _XR_G2,), _J2),), batch=147,
           why="+= with -dL/dz2 and the rate after the product"),
    Public("r47-xr-bo", _XR, "b147_xr", "b147_xr",
           "    bo += np.sum(d_output, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*" + _XR_G2,)),), batch=147),
    Public("r47-xr-wh", _XR, "b147_xr", "b147_xr", "    wh += X.T.dot(d_hidden) * learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _XR_G1,), _J2I2),), batch=147),
    Public("r47-xr-bh", _XR, "b147_xr", "b147_xr",
           "    bh += np.sum(d_hidden, axis=0, keepdims=True) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _XR_G1,), _J2),), batch=147),
    # ---- the layer functions (four-space indentation): affine_bakward as the output layer's, relu_backward as the
    # hidden layer's (two notations: dout and dx name another layer's gradients in each function) ---------------------
    Public("r47-af-dx", _AF, "b147_af", "b147_af", "    dx = np.dot(dout, W.T)", ((C,),),
           (Twin("value", _AF_A1, (_AF_A1,), _J3),), batch=147,
           why="the gradient by the layer's input (the hidden outputs), a value"),
    Public("r47-af-dw", _AF, "b147_af", "b147_af", "    dw = np.dot(X.T, dout) / X.shape[0]", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K2J3),), batch=147,
           why="divided by the number of samples (one); softmax_backward's dx is not divided, so on a batch the "
               "weights' gradient is the mean and the biases' the sum (no slip on one sample)"),
    Public("r47-af-db", _AF, "b147_af", "b147_af", "    db = np.sum(dout, axis=0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=147),
    Public("r47-af-relu", _AF, "b147_af", "b147_afr", "    dx = dout * (cache > 0)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(" + _AF_A1 + ")*Heaviside(z1[{j}])",), _J3),), batch=147,
           why="the ReLU's mask as a comparison of its input, cache > 0"),
    # ---- the Java class's adjustWeight (twelve- and sixteen-space indentation): double declarations, tanh's slope
    # written of the outputs (derivate), -dE/dz deltas; two notations, error and change meaning other things in the
    # hidden loops --------------------------------------------------------------------------------------------------
    Public("r47-jv-err", _JV, "b147_jv", "b147_jv", "            double error = targetOutput[k] - actualOutput[k];",
           ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=147),
    Public("r47-jv-od", _JV, "b147_jv", "b147_jv", "            outputDelta[k] = derivate(outputLayer[k]) * error;",
           ((C,),), (Twin("value", _JV_D2, ("(1 - a2[{k}]**2)*(y[{k}] - a2[{k}])",), _K2),), batch=147,
           why="-dE/dz2[k]; derivate(v) = 1 - v^2 of the output"),
    Public("r47-jv-c2", _JV, "b147_jv", "b147_jv", "                double change = outputDelta[k] * hiddenLayer[j];",
           ((C,),), (Twin("value", _JV_D2 + "*a1[{j}]", (_JV_D2 + "*a1[{j}]",), _K2J3),), batch=147,
           why="-dE/dW2[k, j], a value (outputWeight[j][k] += rate * change + momentum * the last change: the "
               "momentum's line left out)"),
    Public("r47-jv-hd", _JV, "b147_jv", "b147_jvh", "            hiddenDelta[j] = derivate(hiddenLayer[j]) * error;",
           ((C,),), (Twin("value", _JV_D1, (_JV_D1,), _J3),), batch=147,
           why="error, in the hidden loop, the sum over the outputs of outputDelta[k] outputWeight[j][k]"),
    Public("r47-jv-c1", _JV, "b147_jv", "b147_jvh", "                double change = hiddenDelta[j] * inputLayer[i];",
           ((C,),), (Twin("value", _JV_D1 + "*x[{i}]", (_JV_D1 + "*x[{i}]",), _J3I2),), batch=147,
           why="-dE/dW1[j, i] for the real inputs (the constant node's is the bias's)"),
    # ---- the German page's section 5 ($$ displays over several lines, the page's line breaks kept): \cdot, \odot,
    # a^{(1)T} with the transpose inside the superscript, := with eta; two displays with a bare comma where a thin
    # space \, was meant ---------------------------------------------------------------------------------------------
    Public("r47-de-dy", _DE, "b147_de", "b147_de",
           "$$\n\\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y\n$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=147,
           why="the derivative by the output, a value"),
    Public("r47-de-sl", _DE, "b147_de", "b147_de", "$$\n\\frac{d\\hat{y}}{dz^{(2)}} = \\hat{y}(1 - \\hat{y})\n$$",
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=147,
           why="the sigmoid's slope, d y_hat / dz^{(2)} with upright d's, a value"),
    Public("r47-de-dz2", _DE, "b147_de", "b147_de",
           "$$\n\\frac{\\partial L}{\\partial z^{(2)}} =\n\\frac{\\partial L}{\\partial \\hat{y}} \\cdot\n"
           "\\frac{\\partial \\hat{y}}{\\partial z^{(2)}}\n= (\\hat{y} - y) , \\hat{y}(1 - \\hat{y})\n$$",
           unreadable=",", batch=147,
           why="(y_hat - y) , y_hat(1 - y_hat): a bare comma between the factors, the thin space \\, without its "
               "backslash (the page's typo, as in its next display)"),
    Public("r47-de-w2", _DE, "b147_de", "b147_de",
           "$$\n\\frac{\\partial L}{\\partial W^{(2)}} =\n\\delta^{(2)} , a^{(1)T}\n$$", unreadable=",", batch=147,
           why="delta^{(2)} , a^{(1)T}: the same bare comma for \\,"),
    Public("r47-de-da1", _DE, "b147_de", "b147_de",
           "$$\n\\frac{\\partial L}{\\partial a^{(1)}} =\nW^{(2)T} \\delta^{(2)}\n$$", ((C,),),
           (Twin("value", _DE_D2 + "*W2[0,{j}]", (_DE_D2 + "*W2[0,{j}]",), _J3),), batch=147,
           why="the gradient by the hidden outputs, a value; W^{(2)T} the transpose inside the superscript"),
    Public("r47-de-d1", _DE, "b147_de", "b147_de",
           "$$\n\\delta^{(1)} =\n\\frac{\\partial L}{\\partial z^{(1)}} =\n\\left( W^{(2)T} \\delta^{(2)} \\right) "
           "\\odot f'(z^{(1)})\n$$", ((C, C),),
           (Twin("value", _DE_D1, (_DE_D1, _DE_D1), _J3),), batch=147,
           why="delta^{(1)} = dL/dz^{(1)}, the page's definition, a value; f the ReLU"),
    Public("r47-de-w1", _DE, "b147_de", "b147_de",
           "$$\n\\frac{\\partial L}{\\partial W^{(1)}} =\n\\delta^{(1)} x^T\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_DE_D1 + "*x[{i}]",), _J3I2),), batch=147),
    Public("r47-de-up", _DE, "b147_de", "b147_de",
           "$$\nW^{(l)} := W^{(l)} - \\eta \\frac{\\partial L}{\\partial W^{(l)}}\n$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _DE_UP),), batch=147, why="for l = 1, 2, as the page says"),
    # ---- the MLP README ($$ displays, two of them in bullets indented two spaces): \mathcal{L} with \Big, a recursion
    # with \odot twice, \leftarrow updates with \, and \otimes --------------------------------------------------------
    Public("r47-mp-loss", _MP, "b147_mp", "b147_mp",
           "$$\\mathcal{L} = - \\Big( y \\log(a_0^{(3)}) + (1 - y) \\log(a_1^{(3)}) \\Big)$$", ((C,),),
           (Twin("value", "-(t[0]*log(a3[0]) + t[1]*log(a3[1]))", ("-(t[0]*log(a3[0]) + (1 - t[0])*log(a3[1]))",)),),
           batch=147, why="the cross-entropy over the two output nodes, the target [y, 1 - y], a value"),
    Public("r47-mp-dl", _MP, "b147_mp", "b147_mp",
           "  $$\\delta^{(l)} = \\Big( (W^{(l+1)})^T \\delta^{(l+1)} \\Big) \\odot \\big( a^{(l)} \\odot (1 - a^{(l)}) "
           "\\big)$$", ((C,),),
           (Twin("gradient_z", "{p}", ("{m}",), _MP_DL),), batch=147,
           why="the hidden layers l = 1, 2 (the page's Hidden Layers (z^{(l)})), the sigmoid's slope of the outputs"),
    Public("r47-mp-w", _MP, "b147_mp", "b147_mp",
           "$$W^{(l)} \\leftarrow W^{(l)} - \\eta \\, (\\delta^{(l)} \\otimes a^{(l-1)})$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _MP_W),), batch=147,
           why="every layer's weights; \\otimes the outer product of a column and a row"),
    Public("r47-mp-b", _MP, "b147_mp", "b147_mp", "$$b^{(l)} \\leftarrow b^{(l)} - \\eta \\, \\delta^{(l)}$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _MP_B),), batch=147),
    # ---- the MATLAB and Octave one-function files (four-space indentation and none): .* and a ; ------------------
    Public("r47-mq-d", _MQ, "b147_mq", "b147_mq", "    delta = (a - y) .* sigmoid_prime(z);", ((C,),),
           (Twin("value", "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",),
                 _K2),), batch=147, why="the quadratic cost's output delta, dC/dz, a value"),
    Public("r47-sg-g", _SG, "b147_sg", "b147_sg", "g = sigmoid(z).*(1-sigmoid(z));", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=147,
           why="the sigmoid's slope at the sums, a value"),
    # ---- the UvA LinearModule's backward (eight-space indentation): its comments' formulas, dL/dW = X.T * dout with
    # * the product of a column and a row, then the code; self.grads['weight'] with two spaces before = --------------
    Public("r47-uv-cw", _UV, "b147_uv", "b147_uv", "        # dL/dW =  X.T * dout", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=147,
           why="a comment's formula: X.T * dout, a column times a row (NumPy's broadcast gives the outer product too)"),
    Public("r47-uv-cx", _UV, "b147_uv", "b147_uv", "        # dL/dX = dout * W.T", ((C,),),
           (Twin("value", _AF_A1, (_AF_A1,), _J3),), batch=147,
           why="the gradient by the input, dout times W transposed, a matrix product in the comment's writing"),
    Public("r47-uv-cb", _UV, "b147_uv", "b147_uv", "        # dL/dB = dout", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=147, why="one sample: no sum needed"),
    Public("r47-uv-w", _UV, "b147_uv", "b147_uv",
           "        self.grads['weight']  = np.matmul(self.prev_input.T, dout)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K2J3),), batch=147),
    Public("r47-uv-dx", _UV, "b147_uv", "b147_uv", "        dx = np.matmul(dout, self.params['weight'].T)", ((C,),),
           (Twin("value", _AF_A1, (_AF_A1,), _J3),), batch=147),
    Public("r47-uv-b", _UV, "b147_uv", "b147_uv",
           "        self.grads['bias']    = np.sum(dout, axis=0, keepdims=False)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=147),
    # ---- the Octave script's loop (eight-space indentation): Ng's output delta kept under a squared error ------------
    Public("r47-oc-d3", _OC, "b147_oc", "b147_oc", "        delta3(i,:) = (a3 - output(i)); ", ((W,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("a2[0] - y[0]",)),), batch=147,
           why="the cross-entropy's output delta (Ng's ex4, whose Jtheta the script comments out) under the script's "
               "Square_error through a sigmoid output: dE/dz is (a3 - y) a3 (1 - a3) (the script's slip); a trailing "
               "space after the ;"),
]
