r"""Batch 56 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: a stored Python script of a 2-2-1 net
with ReLU hidden units and a sigmoid output whose first backward line forgets the loss, a stored Python printout of
the chain rule through two identity layers in grokking's names, a stored NumPy lab of a 4-3-2-2 sigmoid net with its
row-vector updates W3 += A2.T @ d3 * lr, x35yao's Markdown on softmax regression whose formulas are codecogs images,
vlakmaker's Markdown on logistic regression with its LaTeX in ``` fences, a stored Python "toy example" checking
backprop of a 2-2-1 sigmoid net with long names and trailing comments, a stored JavaScript neuron, stored MNIST notes
writing in^k_i and w^k_{ji}, LuoQuestionmark's two-formula MLP notes, Kiotto-code's README deriving linear
regression's dw), copied verbatim, typos and mistakes included, each with the notation a teacher would write for
the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind
the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch56_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Six files are stored in the code corpus without their
repository's name and are cited by their ids. A delta the page names as dL/dz (dL_dz2, on_global_gradient, sigma_3)
is twinned as the derivative by z; one it names as -dL/dz (the lab's d3 = E * dsigmoid(Y)) or a local derivative
(da/dz, dz/dw_1, hn1_local_gradient) as a value; a derivative by an activation (dL/da, d_error/d_hidden,
mean_squared_error_local_gradient) as a value too. Formulas keep their page's delimiters and what surrounds them on
their line (a code line's indentation, a trailing comment, a JavaScript semicolon, a Python print's call and
quotes, a "# " comment line, a codecogs <img> tag with its indentation, a list item's dash and $ ... $ with its
spaces, ``` fences, $$ on lines of their own, the prose line between two $$ blocks of one chain).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 56

The batch: 55 formulas, 23 values (forward values and losses, dL/da, d_error/d_hidden, the lab's error terms
-dL/dz, local derivatives da/dz and hn1_local_gradient, the MNIST notes' rule in^k_i), 15 gradients, 6 deltas dL/dz,
8 updates, and 3 entries of several claims (vlakmaker's fence of three local derivatives and fence of three
gradients, Kiotto-code's e_i \Rightarrow de_i/dw); 32 in plain text or code (Python, NumPy, JavaScript, a comment
line, print calls) and 23 in LaTeX (fences, $$ blocks, codecogs images, list items).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- the ReLU script's dL_dz2 = sigmoid_derivative(z2): the sigmoid's slope at the output, the derivative of out, not
  of a loss; dL/dz2 carries dL/dout too (out - y for the binary cross-entropy of the network given), which the
  script's other lines then build on;
- Kiotto-code's dw = \frac{1}{n} \sum (X \cdot \text{error}), dw = \frac{1}{n} \sum X_i \cdot (\hat{y}_i - y_i) and
  the boxed dw = \frac{1}{n} \sum X_i \cdot (wX_i + b - y_i): the page derives 2/n ... ("This is the exact
  derivative") and then drops the 2 "absorbed into learning rate", while calling dw "the gradient of the loss with
  respect to the weight".

Not mistaken, though they look it: the lab's W3 += A2.T @ d3 * lr (d3 = (T - Y) Y (1 - Y) is -dL/dz: adding it
descends); x35yao's \nabla_W = \frac{1}{N} (P-Y)^T X (K x D, W's shape) and z = XW^T + b (the row of one sample's
logits); the chain printout's d_error/d_W_12 = delta_out * hidden, with delta_out the error's derivative by the
output (the page never says delta_out is output - goal).

What the spec could not express, which a page needed: x35yao's \nabla_W and \nabla_b, gradients written without
the loss, are no symbol under the spec's grammar (the loader refused the pattern "\\nabla_{W}"; taken out before
any formula was judged: docs/notation.md reads \nabla_W as dL/dW); the lab's dsigmoid(y) = y*(1-y), a function of
the output the file defines (functions name activations; docs/notation.md reads dsigmoid(u) as sigma'(u), which
this file's dsigmoid(Y) is not); the ReLU script's sigmoid_derivative and relu_derivative and the JavaScript
neuron's getActivationFuncDerivative(a) (the lines using the last are left out, its da_dz named as a(1 - a)); the
MNIST notes' A_k^{lq} (their own quantities, left out) and their "\text{neuron i in layer k} = a^k_i = ..." (words
as a member, left out); x35yao's p(y=k \mid x) (a conditional probability, left out).

Collected on 2026-12-05 from 04:15 to 04:25 by the machine's clock and run blind at main 9bba245
(/work/READY_FOR_BLIND15), with nothing under src/ changed. No notation was refused when loaded, so the first run is
the only one (/work/batch56_blind.txt): 38 of 55 read with every verdict right (69%), 17 refused, no misreading, no
crash, NO WRONG FORMULA CALLED CORRECT. The 4 mistaken formulas were all read and called wrong (the ReLU script's
dL_dz2, Kiotto-code's three dw). By kind of claim: values 14 of 23, gradients 10 of 15, deltas 5 of 6, updates 6 of 8,
lines of several claims 3 of 3. LaTeX against plain text: the 23 in LaTeX read 18 (78%), the 32 in plain text or
code 20 (63%). By page: the ReLU script 6 of 7, the chain printout 0 of 5, the NumPy lab 5 of 8, x35yao 2 of 6,
vlakmaker 7 of 7, the toy script 7 of 8, the JavaScript neuron 2 of 4, the MNIST notes 0 of 1, LuoQuestionmark 1 of
1, Kiotto-code 8 of 8.

The refusals by construct (17), with the exact message:

- 4, a bare codecogs image, the whole line an <img src="https://latex.codecogs.com/png.latex?..." /> tag (x35yao's
  \nabla_W, \nabla_b and both updates): "cannot read '"' at position 10; write the formula in LaTeX or plain text
  (+ - * / ^, \frac, \sum)" (b56-smx-gradw, -gradb, -w-update, -b-update; the two lines in $ ... $ on the same
  page read);
- 4, a formula inside a Python print call's string, print("  d_error/d_W_12 = delta_out * hidden"): "cannot read
  '"' at position 7; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (b56-chain-error, -dw12,
  -dhidden, -dw01);
- 4, a derivative function of the page's own, dsigmoid(Y) defined by the file as y*(1-y) of an output, and
  relu_derivative(z1_1) of a sum the notation names: "dsigmoid(u) reads as sigmoid's derivative at its input (u =
  z) or at its output (u = a), and the two readings do not agree; write sigmoid'(z) for the derivative at the input
  z, or a(1 - a) for it at the output a" (b56-lab-d3, -d2, -d1); "relu_derivative(u) reads as relu's derivative at
  its input (u = z) or at its output (u = a), and the two readings do not agree; write relu'(z) for the derivative
  at the input z" (b56-relu-dz11, whose argument z1_1 the notation names as z1[0], an input);
- 2, a JavaScript statement's semicolon followed by a // comment, let z = w1 * x1 + w2 * x2 + b; // weighted sum:
  "unexpected at ';' (position 26); a semicolon after a member is no product: write \cdot (or \,) for one, or give
  a second claim its own left side (A = B, \quad C = D)" (b56-js-z, -dlda; the page's two lines ending in a bare
  semicolon read);
- 1, the loss's name with underscores on the left side, mean_squared_error = .5 * (INPUT_EXPECTED_LABEL -
  on_forward)**2 (loss = ["mean_squared_error"]): "unknown symbol mean_{s}; the notation knows INPUT,
  INPUT_EXPECTED_LABEL, hn1, hn1_bias_global_gradient, hn1_global_gradient, hn1_local_gradient, hn2,
  hn2_bias_global_gradient; give it a meaning in the notation's [notation.symbols], e.g. "mean_{s}" = "a1[0]""
  (b56-toy-mse; the same name read inside mean_squared_error_local_gradient, a symbol of the notation);
- 1, a "# " comment line of derivatives written d_error/d_weights_0_1: "unexpected at '_' (position 10)"
  (b56-chain-rule);
- 1, the MNIST notes' \#(k - 1), the size of layer k - 1, as a sum's upper bound: "cannot read '\\' at position 24;
  write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (b56-ink-in).

Which look general (would appear in much homework): a codecogs image standing alone on its line (READMEs on GitHub
write every displayed formula so; main reads codecogs images inside pages), a statement's semicolon before a
trailing comment in C-family code, a loss named with underscores as a left side, a derivative function the page
defines whose argument the notation names as the unit's input (relu_derivative(z1_1)); dsigmoid(Y) of an output is
refused by design (its definition is in the file, not the notation). Page-specific or code's own: formulas inside
print strings, a comment line of d_name/d_name derivatives, \#(k - 1) for a layer's size.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch56_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_RELU = _STORED.format(45989008659, "def forward_and_backward(x, W1, W2):",
                       "a Python script of a 2-2-1 net, ReLU hidden units and a sigmoid output")
_CHAIN = _STORED.format(36210373322, "# chain rule in neural net", "a Python printout of the chain rule")
_LAB = _STORED.format(35981373925, "# Sample Input and Target", "a NumPy lab of a 4-3-2-2 sigmoid net, explained")
_SOFTMAX = "https://github.com/x35yao/ml-from-scratch (docs/softmax_regression_math.md, commit 1d21ca7)"
_LOGREG = ("https://github.com/vlakmaker/XueCodex"
           " (topics/machine-learning/logistic-regression-derivatives.md, commit 2768881)")
_TOY = _STORED.format(46461781166, "# Toy example to check backprop conceptual understanding", "a Python script")
_JS = _STORED.format(30896971560, "// Simple neural network: 2 inputs -> 1 output neuron", "a JavaScript file")
_INK = _STORED.format(16689635374, "# Definitions and Notation", "Markdown notes on an MNIST network")
_LUO = "https://github.com/LuoQuestionmark/mathing-learning-2 (notes.md, commit 206a8ee)"
_KIOTTO = "https://github.com/Kiotto-code/42KL_ft_linear_regression (src/README.md, commit 0922a8a)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_KI = tuple({"k": k, "i": i} for k in range(3) for i in range(2))

# the ReLU script: dL/dz2 for the binary cross-entropy of its sigmoid output, and the first hidden unit's delta
_RD2 = "(a2[0] - y[0])"
_RD1 = f"{_RD2}*W2[0,0]*Heaviside(z1[0])"


# the lab: its error terms d3, d2, d1, each -dL/dz of the half squared error (rows of one sample)
def _lab_d3(k) -> str:
    return f"(y[{k}] - a3[{k}])*a3[{k}]*(1 - a3[{k}])"


def _lab_d2(j) -> str:
    return f"({_lab_d3(0)}*W3[0,{j}] + {_lab_d3(1)}*W3[1,{j}])*a2[{j}]*(1 - a2[{j}])"


def _lab_d1(i) -> str:
    return f"({_lab_d2(0)}*W2[0,{i}] + {_lab_d2(1)}*W2[1,{i}])*a1[{i}]*(1 - a1[{i}])"


_LAB_JI = tuple({"j": j, "i": i, "d1": _lab_d1(j)} for j in range(3) for i in range(4))
_LAB_KJ = tuple({"k": k, "j": j, "d3": _lab_d3(k)} for k in range(2) for j in range(2))

# the toy script: the output's delta and the hidden deltas of the half squared error
_OG = "a2[0]*(1 - a2[0])*(a2[0] - y[0])"
_HN1 = f"a1[0]*(1 - a1[0])*W2[0,0]*{_OG}"
_HN2 = f"a1[1]*(1 - a1[1])*W2[0,1]*{_OG}"

# the JavaScript neuron: dL/dz of the half squared error at a sigmoid unit
_JSD = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

# vlakmaker's dL/da and dL/dz (the binary cross-entropy)
_LDA = "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])"
_LDZ = f"({_LDA})*a1[0]*(1 - a1[0])"

# Kiotto-code's residual and the true gradient of the mean squared error of one sample
_KE = "(W1[0,0]*x[0] + b1[0] - y[0])"
_KG = "2*(a1[0] - y[0])*x[0]"

_INK_VALUES = tuple({"k": k, "i": i, "t": f"z{k}[{i - 1}]",
                     "m": (f"x[0]*W1[{i - 1},0] + x[1]*W1[{i - 1},1]" if k == 1
                           else f"a1[0]*W2[{i - 1},0] + a1[1]*W2[{i - 1},1]")}
                    for k in (1, 2) for i in (1, 2))

ENTRIES: list[Public] = [
    # ---- the ReLU script (stored): indented Python, code brackets W1[0][1] and W2[0], names dL_dz2, dL_dW1_01; its
    # first backward line forgets dL/dout ------------------------------------------------------------------------
    Public("b56-relu-z11", _RELU, "b56_relu2", "b56_relu2", "    z1_1 = W1[0][0] * x[0] + W1[0][1] * x[1]", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=56),
    Public("b56-relu-z2", _RELU, "b56_relu2", "b56_relu2", "    z2 = W2[0] * h1 + W2[1] * h2", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=56),
    Public("b56-relu-out", _RELU, "b56_relu2", "b56_relu2", "    out = sigmoid(z2)  # output", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=56),
    Public("b56-relu-dz2", _RELU, "b56_relu2", "b56_relu2", "    dL_dz2 = sigmoid_derivative(z2)", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0]*(1 - a2[0])",)),), batch=56,
           why="the sigmoid's slope is dout/dz2; dL/dz2 is out - y for the binary cross-entropy the network is given"),
    Public("b56-relu-dw20", _RELU, "b56_relu2", "b56_relu2", "    dL_dW2_0 = dL_dz2 * h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_RD2}*a1[0]",)),), batch=56,
           why="dL_dz2 the name of dL/dz2: the line is right, whatever the line before computed"),
    Public("b56-relu-dz11", _RELU, "b56_relu2", "b56_relu2",
           "    dL_dz1_1 = dL_dz2 * W2[0] * relu_derivative(z1_1)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_RD1,)),), batch=56),
    Public("b56-relu-dw101", _RELU, "b56_relu2", "b56_relu2", "    dL_dW1_01 = dL_dz1_1 * x[1]", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"{_RD1}*x[1]",)),), batch=56),
    # ---- the chain-rule printout (stored): print calls holding the formulas, a "# " comment line, @ and .T ----------
    Public("b56-chain-error", _CHAIN, "b56_chainprint", "b56_chainprint", 'print("  error = (output - goal)^2")',
           ((C,),), (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=56),
    Public("b56-chain-rule", _CHAIN, "b56_chainprint", "b56_chainprint",
           "# d_error/d_weights_0_1 = d_error/d_hidden * d_hidden/d_weights_0_1", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*x[0]",)),), batch=56,
           why="a comment line, under \"# to get gradient for weights_0_1:\""),
    Public("b56-chain-dw12", _CHAIN, "b56_chainprint", "b56_chainprint",
           'print("  d_error/d_W_12 = delta_out * hidden")', ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a1[0]",)),), batch=56,
           why="delta_out the error's derivative by the output"),
    Public("b56-chain-dhidden", _CHAIN, "b56_chainprint", "b56_chainprint",
           'print("  d_error/d_hidden = delta_out @ W_12.T")', ((C,),),
           (Twin("value", "2*(a2[0] - y[0])*W2[0,0]", ("2*(a2[0] - y[0])*W2[0,0]",)),), batch=56,
           why="d_error/d_hidden, the derivative by an activation, judged as a value"),
    Public("b56-chain-dw01", _CHAIN, "b56_chainprint", "b56_chainprint",
           'print("  d_error/d_W_01 = delta_hidden * input")', ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*x[0]",)),), batch=56),
    # ---- the NumPy lab (stored): rows of one sample, @ and .T, E = T - Y, the error terms -dL/dz through the file's
    # dsigmoid(y) = y*(1-y) of an output, += updates ---------------------------------------------------------------
    Public("b56-lab-z1", _LAB, "b56_lab", "b56_lab", "Z1 = X @ W1 + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + x[3]*W1[{j},3] + b1[{j}]",),
                 _J3),), batch=56),
    Public("b56-lab-e", _LAB, "b56_lab", "b56_lab", "E = T - Y", ((C,),),
           (Twin("value", "y[{k}] - a3[{k}]", ("y[{k}] - a3[{k}]",), _K2),), batch=56),
    Public("b56-lab-d3", _LAB, "b56_lab", "b56_lab", "d3 = E * dsigmoid(Y)", ((C,),),
           (Twin("value", _lab_d3("{k}"), (_lab_d3("{k}"),), _K2),), batch=56,
           why="d3 = -dL/dz3, a value; dsigmoid(y) = y*(1-y), defined by the file for an output y"),
    Public("b56-lab-d2", _LAB, "b56_lab", "b56_lab", "d2 = (d3 @ W3.T) * dsigmoid(A2)", ((C,),),
           (Twin("value", _lab_d2("{j}"), (_lab_d2("{j}"),), _J2),), batch=56,
           why="W3 the file's (inputs x outputs): W3.T is symbols.md's W3"),
    Public("b56-lab-d1", _LAB, "b56_lab", "b56_lab", "d1 = (d2 @ W2.T) * dsigmoid(A1)", ((C,),),
           (Twin("value", _lab_d1("{j}"), (_lab_d1("{j}"),), _J3),), batch=56),
    Public("b56-lab-w3", _LAB, "b56_lab", "b56_lab", "W3 += A2.T @ d3 * lr", ((C,),),
           (Twin("update", "W3[{k},{j}]", ("W3[{k},{j}] + a2[{j}]*{d3}*eta",), _LAB_KJ),), batch=56,
           why="d3 is -dL/dz3: adding it descends"),
    Public("b56-lab-b3", _LAB, "b56_lab", "b56_lab", "b3 += d3 * lr", ((C,),),
           (Twin("update", "b3[{k}]", (f"b3[{{k}}] + {_lab_d3('{k}')}*eta",), _K2),), batch=56),
    Public("b56-lab-w1", _LAB, "b56_lab", "b56_lab", "W1 += X.T @ d1 * lr", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + x[{i}]*{d1}*eta",), _LAB_JI),), batch=56),
    # ---- x35yao's softmax regression: codecogs images (URL-encoded LaTeX) in <p align="center">, \nabla_W, (P-Y)^T X,
    # \frac{1}{N} \sum_{i=1}^N, list items with $ ... $ ----------------------------------------------------------------
    Public("b56-smx-gradw", _SOFTMAX, "b56_softmax", "b56_softmax",
           '<img src="https://latex.codecogs.com/png.latex?%5Cnabla_W%20%3D%20%5Cfrac%7B1%7D%7BN%7D%20(P-Y)%5ET%20X" />',
           ((C,),), (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - t[{k}])*x[{i}]",), _KI),), batch=56,
           why="N = 1 sample; (P-Y)^T X is K x D, W's shape"),
    Public("b56-smx-gradb", _SOFTMAX, "b56_softmax", "b56_softmax",
           '<img src="https://latex.codecogs.com/png.latex?%5Cnabla_b%20%3D%20%5Cfrac%7B1%7D%7BN%7D%20%5Csum_%7Bi%3D1%7D'
           '%5EN%20(P_i%20-%20Y_i)" />', ((C,),),
           (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=56),
    Public("b56-smx-logits", _SOFTMAX, "b56_softmax", "b56_softmax", "   - Compute logits: $ z = XW^T + b $  ",
           ((C,),), (Twin("value", "z1[{k}]", ("x[0]*W1[{k},0] + x[1]*W1[{k},1] + b1[{k}]",), _K3),), batch=56,
           why="z here the row of the sample's logits"),
    Public("b56-smx-softmax", _SOFTMAX, "b56_softmax", "b56_softmax",
           "   - Apply softmax: $ P = \\text{softmax}(z) $  ", ((C,),),
           (Twin("value", "a1[{k}]", ("exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _K3),), batch=56),
    Public("b56-smx-w-update", _SOFTMAX, "b56_softmax", "b56_softmax",
           '     <img src="https://latex.codecogs.com/png.latex?W%20%5Cleftarrow%20W%20-%20%5Calpha%20%5Cnabla_W" />',
           ((C,),), (Twin("update", "W1[{k},{i}]", ("W1[{k},{i}] - eta*(a1[{k}] - t[{k}])*x[{i}]",), _KI),),
           batch=56, why="\\nabla_W the gradient of the step above"),
    Public("b56-smx-b-update", _SOFTMAX, "b56_softmax", "b56_softmax",
           '     <img src="https://latex.codecogs.com/png.latex?b%20%5Cleftarrow%20b%20-%20%5Calpha%20%5Cnabla_b" />',
           ((C,),), (Twin("update", "b1[{k}]", ("b1[{k}] - eta*(a1[{k}] - t[{k}])",), _K3),), batch=56),
    # ---- vlakmaker's logistic regression: LaTeX in ``` fences, \mathcal{L}, \cdot, \qquad between three claims of a
    # fence, three claims on three lines of another, := -------------------------------------------------------------
    Public("b56-lg-a", _LOGREG, "b56_logreg", "b56_logreg", "```\na = \\sigma(z) = \\frac{1}{1 + e^{-z}}\n```",
           ((C, C),), (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))", "1/(1 + exp(-z1[0]))")),), batch=56),
    Public("b56-lg-dlda", _LOGREG, "b56_logreg", "b56_logreg",
           "```\n\\frac{\\partial \\mathcal{L}}{\\partial a} = -\\frac{y}{a} + \\frac{1 - y}{1 - a}\n```", ((C,),),
           (Twin("value", _LDA, (_LDA,)),), batch=56, why="dL/da, a value"),
    Public("b56-lg-dadz", _LOGREG, "b56_logreg", "b56_logreg",
           "```\n\\frac{\\partial a}{\\partial z} = a(1 - a)\n```", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=56),
    Public("b56-lg-dldz", _LOGREG, "b56_logreg", "b56_logreg",
           "```\n\\frac{\\partial \\mathcal{L}}{\\partial z} = \\frac{\\partial \\mathcal{L}}{\\partial a} \\cdot"
           " \\frac{\\partial a}{\\partial z}\n```", ((C,),),
           (Twin("gradient_z", "z1[0]", (_LDZ,)),), batch=56),
    Public("b56-lg-dzdw", _LOGREG, "b56_logreg", "b56_logreg",
           "```\n\\frac{\\partial z}{\\partial w_1} = x_1\\qquad\n\\frac{\\partial z}{\\partial w_2} = x_2\\qquad\n"
           "\\frac{\\partial z}{\\partial b} = 1\n```", ((C,), (C,), (C,)),
           (Twin("value", "x[0]", ("x[0]",)), Twin("value", "x[1]", ("x[1]",)), Twin("value", "1", ("1",))),
           batch=56, why="three local derivatives, values"),
    Public("b56-lg-dldw", _LOGREG, "b56_logreg", "b56_logreg",
           "```\n\\frac{\\partial \\mathcal{L}}{\\partial w_1} = \\frac{\\partial \\mathcal{L}}{\\partial z} \\cdot x_1\n"
           "\\frac{\\partial \\mathcal{L}}{\\partial w_2} = \\frac{\\partial \\mathcal{L}}{\\partial z} \\cdot x_2\n"
           "\\frac{\\partial \\mathcal{L}}{\\partial b} = \\frac{\\partial \\mathcal{L}}{\\partial z}\n```",
           ((C,), (C,), (C,)),
           (Twin("gradient", "W1[0,0]", (f"{_LDZ}*x[0]",)), Twin("gradient", "W1[0,1]", (f"{_LDZ}*x[1]",)),
            Twin("gradient", "b1[0]", (_LDZ,))), batch=56, why="three lines of one fence, three claims"),
    Public("b56-lg-w1", _LOGREG, "b56_logreg", "b56_logreg",
           "```\nw_1 := w_1 - \\alpha \\cdot \\frac{\\partial \\mathcal{L}}{\\partial w_1}\n```", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=56),
    # ---- the toy script (stored): long names, .5 and ** in Python, trailing comments, += -1 * ... updates ------------
    Public("b56-toy-local", _TOY, "b56_toy", "b56_toy",
           "hn1_local_gradient = sigmoid(hn1_input)*(1-sigmoid(hn1_input))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("1/(1 + exp(-z1[0]))*(1 - 1/(1 + exp(-z1[0])))",)),), batch=56,
           why="the sigmoid's local slope, a value"),
    Public("b56-toy-mse", _TOY, "b56_toy", "b56_toy",
           "mean_squared_error = .5 * (INPUT_EXPECTED_LABEL - on_forward)**2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=56),
    Public("b56-toy-mse-grad", _TOY, "b56_toy", "b56_toy",
           "mean_squared_error_local_gradient = (on_forward - INPUT_EXPECTED_LABEL) # Change in mean_squared_error"
           " w.r.t. NN output", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=56, why="dL/d(output), a value"),
    Public("b56-toy-on-global", _TOY, "b56_toy", "b56_toy",
           "on_global_gradient = on_local_gradient * mean_squared_error_local_gradient", ((C,),),
           (Twin("gradient_z", "z2[0]", (_OG,)),), batch=56),
    Public("b56-toy-w5", _TOY, "b56_toy", "b56_toy",
           "w5_global_gradient = hn1_forward * on_global_gradient # Tricky 1 - weight gradient is a function of the"
           " gradient to the right and the activation (NOT the weight itself)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_OG}",)),), batch=56),
    Public("b56-toy-hn1", _TOY, "b56_toy", "b56_toy",
           "hn1_global_gradient = hn1_local_gradient * w5 * on_global_gradient # Tricky 2 - push the gradient through"
           " BOTH the weight AND the neuron", ((C,),),
           (Twin("gradient_z", "z1[0]", (_HN1,)),), batch=56),
    Public("b56-toy-w3", _TOY, "b56_toy", "b56_toy", "w3_global_gradient = INPUT_B * hn1_global_gradient", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"x[1]*{_HN1}",)),), batch=56),
    Public("b56-toy-w2-update", _TOY, "b56_toy", "b56_toy", "w2 += -1 * learning_rate * w2_global_gradient",
           ((C,),), (Twin("update", "W1[1,0]", (f"W1[1,0] - eta*x[0]*{_HN2}",)),), batch=56),
    # ---- the JavaScript neuron (stored): let, semicolons, // comments (one of them ∂L/∂a) ----------------------------
    Public("b56-js-z", _JS, "b56_js", "b56_js", "let z = w1 * x1 + w2 * x2 + b; // weighted sum", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=56),
    Public("b56-js-dlda", _JS, "b56_js", "b56_js", "let dL_da = a - y;           // ∂L/∂a", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=56, why="dL/da, a value"),
    Public("b56-js-dldw1", _JS, "b56_js", "b56_js", "let dL_dw1 = dL_da * da_dz * dz_dw1;", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_JSD}*x[0]",)),), batch=56),
    Public("b56-js-w1", _JS, "b56_js", "b56_js", "w1 = w1 - lr * dL_dw1;", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_JSD}*x[0]",)),), batch=56),
    # ---- the MNIST notes (stored): in^k_i, \sum_{j = 1}^{\#(k - 1)}, w^{k - 1}_{ji} input-first, a general rule ------
    Public("b56-ink-in", _INK, "b56_ink", "b56_ink",
           "  - $in^k_i = \\sum_{j = 1}^{\\#(k - 1)} a^{k - 1}_j w^{k - 1}_{ji}$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _INK_VALUES),), batch=56,
           why="a rule over the layers k = 1, 2 and the units i; #(k - 1) the size of layer k - 1"),
    # ---- LuoQuestionmark's notes: sigma_3, the backpropagated error, beside the sigmoid's letter ---------------------
    Public("b56-luo-sigma3", _LUO, "b56_luo", "b56_luo", "$$\n\\sigma_3 = a_3 - y_{enc}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=56,
           why="sigma_3 the output layer's delta, dL/dz, for softmax and the cross-entropy"),
    # ---- Kiotto-code's README: $$ blocks, \text{Loss}, \text{error}, \sum without bounds, a chain continued after a
    # prose line, \quad \Rightarrow \quad, \boxed; dw without the 2 it derived -----------------------------------------
    Public("b56-kio-dw-intro", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\ndw = \\frac{1}{n} \\sum (X \\cdot \\text{error})\n$$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=56,
           why="dw, \"the gradient of the loss with respect to the weight\", is 2/n sum X_i e_i for the MSE"),
    Public("b56-kio-loss", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\n\\text{Loss} = \\frac{1}{n} \\sum_{i=1}^n (\\hat{y}_i - y_i)^2\n$$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=56, why="n = 1 sample"),
    Public("b56-kio-e", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\ne_i = \\hat{y}_i - y_i = (wX_i + b - y_i)\n$$", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", _KE)),), batch=56),
    Public("b56-kio-chain", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w} = \\frac{1}{n} \\sum_{i=1}^n \\frac{\\partial}{\\partial w}"
           " (e_i^2)\n$$\n\n$$\n= \\frac{1}{n} \\sum_{i=1}^n 2e_i \\cdot \\frac{\\partial e_i}{\\partial w}\n$$",
           ((C, C),), (Twin("gradient", "W1[0,0]", (_KG, _KG)),), batch=56,
           why="the second block continues the first's chain"),
    Public("b56-kio-de", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\ne_i = wX_i + b - y_i\n\\quad \\Rightarrow \\quad\n\\frac{\\partial e_i}{\\partial w} = X_i\n$$",
           ((C,), (C,)), (Twin("value", "a1[0] - y[0]", (_KE,)), Twin("value", "x[0]", ("x[0]",))), batch=56,
           why="two claims joined by \\Rightarrow; de_i/dw, a local derivative, a value"),
    Public("b56-kio-dldw", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w} = \\frac{1}{n} \\sum_{i=1}^n 2(wX_i + b - y_i) \\cdot X_i\n"
           "$$\n\nFactor out the 2:\n\n$$\n= \\frac{2}{n} \\sum X_i \\cdot (wX_i + b - y_i)\n$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"2*{_KE}*x[0]", f"2*x[0]*{_KE}")),), batch=56,
           why="a prose line between the two blocks of one chain"),
    Public("b56-kio-dw", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\ndw = \\frac{1}{n} \\sum X_i \\cdot (\\hat{y}_i - y_i)\n$$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=56,
           why="the 2 dropped, \"absorbed into learning rate\": dw is named the gradient of the loss"),
    Public("b56-kio-boxed", _KIOTTO, "b56_kiotto", "b56_kiotto",
           "$$\n\\boxed{dw = \\frac{1}{n} \\sum X_i \\cdot (wX_i + b - y_i)}\n$$", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_KE}",)),), batch=56,
           why="the \"Final Formula\", still without the 2"),
]
