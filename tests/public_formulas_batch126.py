r"""Batch 126 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on students' Python as
handed in: NumPy from scratch, PyTorch gradients by hand, a notebook; then MATLAB and Julia), all stored files whose
repository the index does not name: a NumPy script pushing one sample through a 2-3-1 sigmoid network with the page's
weights (stored file 70717865829: the chain's quotients as names, dL_da2 = -2 * (y - a2), np.dot(a1.T, dL_dz2)), a
JavaScript 2-2-1 linear network (stored file 52737233424: const dL_dw1 = dL_dh1 * x1; each line's arithmetic at the
page's numbers in a // comment), a NumPy MNIST script with two ReLU layers and a softmax (stored file 26157541254:
np.outer, @ with dz3_da2 = W3.T, comments with smileys; a real slip), PyTorch's torch_manually (stored file
48337125815: .mm, .t(), .pow(2).sum(), grad_pre = 1.0*(y_pre-y), a real slip), a Fashion-MNIST nn_one_layer
(stored file 41823051864: np.matmul, np.multiply, the sigmoid output's slope left out, a real slip), a marimo notebook
(stored file 13202570634: dl_dW2 = (dl_do3.T @ do3_dW2).T, np.sum(..., axis=0), softmax - mask), Mike Meldgaard's
Danish post after Analytics Vidhya (stored file 28254982934: each step's formula in `backticks`, pseudo-code's
matrix_dot_product and .Transpose, a typo), a CBOW script after the same (stored file 40971795594: += updates, the rate
written into the output's delta, a real slip), a MATLAB heat-exchanger script (stored file 57061381943: ', .*, .^,
tanh) and a Julia TwoLayerNet (stored file 11931349636: .-, ./, relu_derivative.(Z1), .-= on a struct's field).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: the chain's names dA_dB as the derivative of A by B, and the Jacobians the code sets, dz3_da2 = W3.T and
do3_do2 = W2.T, as the code's arrays they are set to, as batch 114 did with dz2_da1; code deltas that are -dE/dz where
the updates add them, written "-delta2[:].T"; rows where the code multiplies x W, the gradients as the code shapes
them (grad(W2[:, :]).T where np.dot(a1.T, dL_dz2) makes a column of W2's row); helpers declared "sigmoid' at output"
where they compute x (1 - x) of what they are given, "sigmoid' at input" and "relu' at input" where they take the sum;
the post's matrix_dot_product declared "matrix product"), a network of the kind the page describes (with the page's
numbers where it gives them: the NumPy script's weights, biases, sample [0.3, 0.5], target 0.8 and rate 0.01, the
JavaScript network's weights 0.1 ... 0.6, sample [2, 3], target 1.8 and eta 0.5; the learning rates the files write,
0.01, 1e-10, 0.1, 0.001; all in tests/public_formulas_batch126_tables.py), and its true verdicts, from PyTorch-oracle
twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's delta or error, a
derivative by an output or a hidden output, a slope and a loss's definition are twinned as values, as in batches 14 to
116. Formulas keep their page's delimiters and what surrounds them on their line (a line's indentation, a statement's
;, a trailing comment, the post's backticks); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 126

The batch: 64 formulas from 10 addresses (the NumPy script 6, the JavaScript network 6, the MNIST script 7,
torch_manually 6, nn_one_layer 7, the marimo notebook 7, the Danish post 7, the CBOW script 6, the MATLAB script 6, the
Julia TwoLayerNet 6). 7 are in a document (the Danish post's, in `backticks` on lines of their own), 57 in code files
(Python 39: NumPy 26, PyTorch 6, a marimo notebook 7; JavaScript 6, MATLAB 6, Julia 6).

6 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the MNIST script's mn-da2, dL_da2 = dL_dz3 @ dz3_da2, with dz3_da2 = W3.T the line before it: dL_dz3 @ W3.T is
  W3 @ dL_dz3, sum_k dL/dz3[k] W3[j, k], where dL/da2[j] is sum_k dL/dz3[k] W3[k, j] (dL_dz3 @ W3); the page's square
  10 x 10 weights hide the slip from NumPy's shapes (the network here keeps them square, 3 x 3);
- mn-da1, dL_da1 = dL_dz2 @ dz2_da1: the same slip one layer down (dz2_da1 = W2.T);
- torch_manually's pt-pre, grad_pre = 1.0*(y_pre-y): the loss is (y-y_pre).pow(2).sum(), whose derivative is
  2.0*(y_pre - y) (PyTorch's own tutorial, which the script follows, writes 2.0): half the gradient;
- nn_one_layer's fm-dW2, dL_dW2 = np.matmul(H.T, dL_dPred): the predictions are v = f(h W2), sigmoid outputs (the
  forward method), and dL_dPred = preds - targets is the derivative by v; the output's slope v (1 - v) is left out;
- fm-dH, dL_dH = np.matmul(dL_dPred, W2.T): the same slip, the output's slope left out of dL/dH;
- the CBOW script's cb-dout, delta_output = error * slope_output_layer * lr: the output's delta times the rate,
  which the updates multiply by lr again (a step of lr^2; Analytics Vidhya's d_output, which the script follows, has
  no lr);
- mistyped (unreadable): the Danish post's dk-zout, `output_layer_input = matrix_dot_product(hidden_layer_activations
  * wout) + bout`: matrix_dot_product, the post's product of two matrices (matrix_dot_product(X,wh) two steps before),
  called with one argument, where a comma was meant (unreadable="matrix_dot_product").

Not mistaken, though they look it: the lines after a slip that use its name (mn-dz2's dL_da2, pt-hr's grad_pre,
fm-dZ's dL_dH, fm-uW2's dL_dW2, cb-eh's and cb-wout's delta_output): each name is read as what the page means by it,
the slip being its own line's (as batch 116 did with the Dart network's hiddenDelta); the += updates (the codes'
deltas are -dE/dz); the MNIST script's printed loss, which divides the cross-entropy by the number of classes, where
the updates descend the cross-entropy (dL_dz3 = output - y_true); nn_one_layer's loss = np.sum(...) before its return
0.5 * loss.

What was left out: the NumPy script's forward lines (its b1 is a column, so x W1.T + b1 broadcasts to 3 x 3, a slip no
single formula shows) and its updates (W2 -= learning_rate * dL_dW2 subtracts a column from a row, the same
broadcasting), dL_db2, dL_dz1 and dL_db1; the JavaScript network's dL_dw6, dL_dw4, its updates on one line (const
nw1=w1-eta*dL_dw1, nw2=..., three declarations) and its training loop (cw[4]-=eta*dl*ch1, an array of weights by
position); the MNIST script's dL_dW2 and the other updates (the same as those taken), its forward lines;
torch_manually's grad_h[h < 0.01] = 0 (a masked assignment, not an equation; it zeroes the gradient where 0 < h <
0.01, where the ReLU's slope is 1, a slip of its own) and w2's update, and its autograd functions; nn_one_layer's
forward lines and the sigmoid_prime's body; the marimo notebook's dl_db2, its forward lines, loss_fn's loss and
update_params's p - lr*dp (a loop over zipped lists); the Danish post's slope lines (Slope_output =
derivatives_sigmoid(output)), bout's update, its forward steps (hidden_layer_input = matrix_dot_product(X,wh) + bh)
and its prose; the CBOW script's wh update (a reshape of the inputs) and bout's; the MATLAB script's db2, db1 and b
updates, its data generation and PID loop; the Julia TwoLayerNet's db2, db1 and other updates. Pages read and not
taken: a PyTorch MNIST script with the biases as a ones column (stored file 6977282870, whose delta_y leaves out the
squared error's 2, but its w2 holds the bias as a last row, h_biased.t().mm(delta_y), which no notation names entry by
entry), a Julia costFunction with a bias input of -1 (stored file 24037409630, the repository's earlier file
24048622828 an earlier batch's), an R autoencoder, an R simple network, a NumPy sample network with mu = 1 and a
Coursera planar-data summary (all earlier batches').

Collected on 2026-12-07 (03:12 to 03:19 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
all 10 loaded as first written. The oracle's first run stopped at the cross-entropy networks' twins, written with
y[k] for the target, which the oracle names t[k] under the cross-entropy (number_oracle.py); renamed t[k], not a
verdict changed, the second run passed every verdict as first transcribed (the two cross-entropy networks were given
a [data] table too: a sample and a one-hot target).

After the first blind run (below), the JavaScript network's six twins were given the members their // comments
write (const dL_dy = y - target;  // 1.51-1.8=-0.29: the members 1.51-1.8 and -0.29 after the code's), which the
first transcription had left out, reading the comments as remarks: check read them as the chain's further members,
as a teacher reading the line would, and the oracle (oracle_numbers, the page's weights and sample being the problem
file's) finds every one of them right; no verdict was changed, three members stand where one stood.

Run blind at main f587ec1 (/work/READY_FOR_BLIND50; src/ as at f587ec1; the rebase without conflict), with nothing
under src/ changed. The first run (/work/batch126_blind_run1.txt): 52 of 64 read with every verdict right (81%), 5
refused, 6 misread, 1 typo refused, no typo read, no crash, NO WRONG FORMULA CALLED CORRECT. The 6 misreadings were
the JavaScript network's, every one check's ((correct, correct, correct)) against the batch's ((correct,)): the
comments' arithmetic, read as members and judged right, which the twins had left out (above), a slip of the
transcription, not of the reader. The twins completed, the second run (/work/batch126_blind.txt): 58 of 64 read with
every verdict right (91%), 5 refused, 1 typo refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of
the refusals was a slip of the notations (none counts from the wrong number or names a quantity the page does not
mean), so the notations stand as first written.

All 6 mistaken formulas were read with their wrong member called wrong (mn-da2 and mn-da1, the Jacobian's transpose
taken twice; pt-pre, the squared error's 2 left out; fm-dW2 and fm-dH, the output's slope left out; cb-dout, the rate
written into the delta), and the lines after them that use their names were read as right. By page (second run): the
NumPy script 6 of 6, the JavaScript network 6 of 6 (0 of 6 in the first run), the MNIST script 7 of 7,
torch_manually 6 of 6, nn_one_layer 7 of 7, the marimo notebook 7 of 7, the Danish post 3 of 7 (and its typo
refused), the CBOW script 6 of 6, the MATLAB script 6 of 6, the Julia TwoLayerNet 4 of 6.

The refusals by construct (5, and the typo's), with the exact message:

- 3, pseudo-code's .Transpose property inside the Danish post's matrix_dot_product calls (wout.Transpose,
  X.Transpose, hidden_layer_activations.Transpose), where the reader reads NumPy's .T and MATLAB's ': dk-eh:
  "formula 'Error_at_hidden_layer = matrix_dot_product(d_output, wout...': unknown symbol Transpose; the notation
  knows E, Error_at_hidden_layer, Slope, Slope_hidden_layer, X, bh, bout, d; give it a meaning in the notation's
  [notation.symbols], e.g. "Transpose" = "a1[0]"" (dk-wh the same); dk-wout: "formula 'wout = wout +
  matrix_dot_product(hidden_layer_activations...': unknown symbol hidden_layer_activations; the notation knows E,
  Error_at_hidden_layer, Slope, Slope_hidden_layer, X, bh, bout, d; a name of several letters is read whole only
  where the notation names it: give it the quantity it stands for in the notation's [notation.symbols],
  "hidden_layer_activations" = "..." (e.g. "a1[0]")" (the notation names hidden_layer_activations, "a1[:].T": the
  name is lost before .Transpose, and the names the message lists hold fragments, Slope and d, beside the
  notation's);
- 1, Julia's broadcast call f.(x), relu_derivative.(Z1), read as relu_derivative \cdot (Z1): jl-dZ1: "formula 'dZ1 =
  dA1 \\odot relu_derivative \\cdot (Z1)': unknown symbol relu_{derivative}; the notation knows A, X, Z, batch, dA,
  dW, dZ, db; give it a meaning in the notation's [notation.symbols], e.g. "relu_{derivative}" = "a1[0]"" (the
  notation declares relu_derivative = "relu' at input");
- 1, a prime (transpose) of a one-input network's X, the page's 1 x n row of samples, which the reader takes for a
  number: jl-dW1: "formula "dW1 = dZ1 * X'": X' is a number, and a prime after a name is read as Octave's transpose
  only of a vector or matrix; write X for the number, or a derivative with d/dx" (the notation names X "x[:]", the
  inputs' vector, of one entry here);
- the typo: dk-zout, "formula 'output_layer_input = matrix_dot_product(hidden_layer_acti...': matrix_dot_product(...)
  with 1 argument(s): it takes two at 'm' (position 22); write matrix_dot_product(u, v)" (naming it).

Read, among the constructs these pages brought: NumPy's np.dot with .T, np.outer, np.matmul, np.multiply, np.sum(...,
axis=0) and @ with a Jacobian named as the code sets it (dz3_da2 = W3.T, read with its slip called wrong); the chain's
quotients as names (dL_da2, da2_dz2, dl_do3, do3_dW2) and (dl_do3.T @ do3_dW2).T; PyTorch's .mm, .t() and
.pow(2).sum() with -= and the rate after the gradient; a Fashion-MNIST backprop leaving out the output's slope, called
wrong; a marimo notebook's cells; the Danish post's `backticks`, E = y-output and the deltas with pseudo-code's
matrix_dot_product where no .Transpose is; the CBOW script's rate inside a delta, called wrong, and += updates;
JavaScript's const lines with a // comment's arithmetic as members of numbers; MATLAB's ', .* and .^ with tanh; Julia's
.- and ./ broadcasts, net.W2' and .-= on a struct's field.

Which look general (would appear in much homework): Julia's broadcast call f.(x) (relu_derivative.(Z1), sigmoid.(z),
in most Julia networks), which the reader splits into a name, a product and a parenthesis; pseudo-code's and other
languages' spelled-out transposes (.Transpose, .transpose() without parentheses, Transpose(...)), the name before it
lost; a prime of a one-input network's inputs (X' where X is 1 x n). Page-specific: the Danish post's
matrix_dot_product of one argument (its typo, refused naming it).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch126_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_NP = _STORED.format(70717865829, "import numpy as np",
                     "a NumPy script: one sample through a 2-3-1 sigmoid network with the page's weights, its backward "
                     "pass as a chain of named quotients dL_da2, da2_dz2, dL_dz2")
_JS = _STORED.format(52737233424, "// 2-2-1 linear network, no activation, no bias",
                     "a JavaScript script: const declarations of a linear network's chain, each with its numbers in a "
                     "// comment")
_MN = _STORED.format(26157541254, "import numpy as np",
                     "a NumPy MNIST script: two ReLU hidden layers and a softmax output, its backward pass under the "
                     "comment \"abuse chain rule for backprop\"")
_PT = _STORED.format(48337125815, "def torch_manually():",
                     "a PyTorch script: a two-layer ReLU network's gradients computed by hand with .mm and .t(), then "
                     "autograd, nn and optim")
_FM = _STORED.format(41823051864, "import numpy as np",
                     "a Fashion-MNIST nn_one_layer: a sigmoid network's backprop(W1, W2, dL_dPred, U, H, Z) with "
                     "np.matmul")
_MO = _STORED.format(13202570634, "import marimo",
                     "a marimo notebook: a sigmoid network with a softmax cross-entropy loss, its backward function a "
                     "chain of named quotients dl_do3, do3_do2")
_DK = _STORED.format(28254982934, "---",
                     "Mike Meldgaard's Danish post \"Forståelse og Kodning af Neuralt Netværk fra bunden i Python\": "
                     "Analytics Vidhya's network step by step, each step's formula in `backticks`")
_CB = _STORED.format(40971795594, "\"\"\"",
                     "a CBOW word-embedding script (\"CBOW implementation is used here.\"): a shallow sigmoid network "
                     "after Analytics Vidhya's, += updates")
_ML = _STORED.format(57061381943, "clc;",
                     "a MATLAB script: a heat exchanger's efficiency learned by a tanh network, then PID control")
_JL = _STORED.format(11931349636, "module NeuralNetworkExample",
                     "a Julia TwoLayerNet: a ReLU network's backward_pass and update_parameters! with .-=")


def _grid(**sizes) -> tuple:
    """Every combination of the letters' values: _grid(j=3, i=2) -> ({"j": 0, "i": 0}, {"j": 0, "i": 1}, ...)."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)


# ---- the NumPy script's 2-3-1 sigmoid network under the squared error (np.mean of one output) ----------------------
_ND2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_NA1 = f"{_ND2}*W2[0,{{j}}]"
_ND1 = f"{_NA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# ---- the JavaScript linear 2-2-1 network under half the squared error ----------------------------------------------
_JE = "(a2[0] - y[0])"

# ---- the MNIST script's 4-3-3-3 network: ReLU, ReLU, softmax under the cross-entropy --------------------------------
# dL/dz3[k] = a3[k] - t[k]; dL/da2[j] = sum_k dL/dz3[k] W3[k, j] (the script's dL_dz3 @ W3.T is
# sum_k dL/dz3[k] W3[j, k])


def _mn_da2(j: int, written: bool = False) -> str:
    return " + ".join(f"(a3[{k}] - t[{k}])*W3[{j},{k}]" if written else f"(a3[{k}] - t[{k}])*W3[{k},{j}]"
                      for k in range(3))


def _mn_dz2(j: int) -> str:
    return f"({_mn_da2(j)})*Heaviside(z2[{j}])"


def _mn_da1(i: int, written: bool = False) -> str:
    return " + ".join(f"({_mn_dz2(j)})*W2[{i if written else j},{j if written else i}]" for j in range(3))


def _mn_dz1(i: int) -> str:
    return f"({_mn_da1(i)})*Heaviside(z1[{i}])"


_MN_DA2 = tuple({"j": j, "t": _mn_da2(j), "m": _mn_da2(j, written=True)} for j in range(3))
_MN_DZ2 = tuple({"j": j, "t": _mn_dz2(j)} for j in range(3))
_MN_DA1 = tuple({"i": i, "t": _mn_da1(i), "m": _mn_da1(i, written=True)} for i in range(3))
_MN_W1 = tuple({"p": f"W1[{i},{n}]", "m": f"W1[{i},{n}] - eta*({_mn_dz1(i)})*x[{n}]"}
               for i in range(3) for n in range(4))

# ---- torch_manually's 3-4-2 network: ReLU hidden units, linear outputs, no biases, the squared error ---------------
_PA2 = "2*(a2[{k}] - y[{k}])"
_PA1 = "(2*(a2[0] - y[0])*W2[0,{j}] + 2*(a2[1] - y[1])*W2[1,{j}])"
_PD1 = f"{_PA1}*Heaviside(z1[{{j}}])"

# ---- nn_one_layer's 3-4-2 sigmoid network without biases, half the squared error -----------------------------------
_FD2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_FA1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_FA1W = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
_FD1 = f"{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# ---- the marimo notebook's 4-5-3 network: a sigmoid hidden layer, softmax outputs, the cross-entropy --------------
_MA1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_MD1 = f"{_MA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# ---- the Danish post's 4-3-1 sigmoid network, half the squared error ----------------------------------------------
_KD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KD1 = f"{_KD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# ---- the CBOW script's 3-2-3 sigmoid network, half the squared error -----------------------------------------------
_BD2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BA1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}]"
        " + (a2[2] - y[2])*a2[2]*(1 - a2[2])*W2[2,{j}])")
_BD1 = f"{_BA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# ---- the MATLAB script's 2-3-1 network: tanh hidden units, a linear output, the squared error ----------------------
_LD2 = "2*(a2[0] - y[0])"
_LA1 = f"W2[0,{{j}}]*{_LD2}"
_LD1 = f"{_LA1}*(1 - tanh(z1[{{j}}])**2)"

# ---- the Julia TwoLayerNet's 1-3-1 network: ReLU hidden units, a linear output, half the squared error ------------
_UD2 = "(a2[0] - y[0])"
_UA1 = f"W2[0,{{j}}]*{_UD2}"
_UD1 = f"{_UA1}*Heaviside(z1[{{j}}])"


ENTRIES = [
    # ---- the NumPy script (no indentation): the chain's quotients as names (dL_da2, da2_dz2), np.dot, .T; the
    # gradients computed as columns (np.dot(a1.T, dL_dz2), W2's gradient transposed) ---------------------------------
    Public("c126-np-dLda2", _NP, "b126_np", "b126_np", "dL_da2 = -2 * (y - a2)", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("-2*(y[0] - a2[0])",)),), batch=126,
           why="the derivative of the squared error (np.mean of one output) by the output, a value"),
    Public("c126-np-da2", _NP, "b126_np", "b126_np", "da2_dz2 = sigmoid_derivative(a2)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=126,
           why="sigmoid_derivative of the output, its slope written of it"),
    Public("c126-np-dLdz2", _NP, "b126_np", "b126_np", "dL_dz2 = dL_da2 * da2_dz2", ((C,),),
           (Twin("value", _ND2, ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=126),
    Public("c126-np-dLdW2", _NP, "b126_np", "b126_np", "dL_dW2 = np.dot(a1.T, dL_dz2)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_ND2}",), _grid(j=3)),), batch=126,
           why="a1.T a column: W2's gradient as a column (the notation's grad(W2).T)"),
    Public("c126-np-dLda1", _NP, "b126_np", "b126_np", "dL_da1 = np.dot(dL_dz2, W2)", ((C,),),
           (Twin("value", _NA1, (_NA1,), _grid(j=3)),), batch=126,
           why="dL/da1 through the row W2 (output-first, one output), a value"),
    Public("c126-np-dLdW1", _NP, "b126_np", "b126_np", "dL_dW1 = np.dot(x.T, dL_dz1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ND1}",), _grid(j=3, i=2)),), batch=126,
           why="x.T a column times the row dL_dz1: W1's gradient transposed (2 x 3)"),
    # ---- the JavaScript linear network (no indentation): const declarations, each followed by its arithmetic at
    # the page's numbers in a // comment, twinned as the chain's members of numbers (right there: the problem file
    # holds the page's weights and sample; added after the first blind run, see the docstring) ----------------------
    Public("c126-js-dLdy", _JS, "b126_js", "b126_js", "const dL_dy = y - target;  // 1.51-1.8=-0.29", ((C, C, C),),
           (Twin("value", _JE, ("a2[0] - y[0]", "=1.51-1.8", "=-0.29")),), batch=126,
           why="y the output, target the target; the comment's 1.51-1.8=-0.29, members of numbers, right at the page's "
               "numbers"),
    Public("c126-js-w5", _JS, "b126_js", "b126_js", "const dL_dw5 = dL_dy * h1;  // -0.29*1.1=-0.319", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_JE}*a1[0]", "=-0.29*1.1", "=-0.319")),), batch=126),
    Public("c126-js-dLdh1", _JS, "b126_js", "b126_js", "const dL_dh1 = dL_dy * dy_dh1;  // -0.29*0.5=-0.145",
           ((C, C, C),), (Twin("value", f"{_JE}*W2[0,0]", (f"{_JE}*W2[0,0]", "=-0.29*0.5", "=-0.145")),), batch=126,
           why="dy_dh1 = w5 (the line before it), a value"),
    Public("c126-js-w1", _JS, "b126_js", "b126_js", "const dL_dw1 = dL_dh1 * x1;  // -0.145*2=-0.29", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_JE}*W2[0,0]*x[0]", "=-0.145*2", "=-0.29")),), batch=126),
    Public("c126-js-w2", _JS, "b126_js", "b126_js", "const dL_dw2 = dL_dh2 * x1;  // -0.174*2=-0.348", ((C, C, C),),
           (Twin("gradient", "W1[1,0]", (f"{_JE}*W2[0,1]*x[0]", "=-0.174*2", "=-0.348")),), batch=126,
           why="w2 joins x1 to h2 (h2 = w2*x1 + w4*x2, the forward line)"),
    Public("c126-js-w3", _JS, "b126_js", "b126_js", "const dL_dw3 = dL_dh1 * x2;  // -0.145*3=-0.435", ((C, C, C),),
           (Twin("gradient", "W1[0,1]", (f"{_JE}*W2[0,0]*x[1]", "=-0.145*3", "=-0.435")),), batch=126,
           why="w3 joins x2 to h1 (h1 = w1*x1 + w3*x2)"),
    # ---- the MNIST script (eight-space indentation): W @ x, np.outer, @ with a Jacobian named dz3_da2 = W3.T,
    # trailing comments with smileys --------------------------------------------------------------------------------
    Public("c126-mn-dz3", _MN, "b126_mn", "b126_mn", "        dL_dz3 = (output - y_true)", ((C,),),
           (Twin("value", "(a3[{k}] - t[{k}])", ("(a3[{k}] - t[{k}])",), _grid(k=3)),), batch=126,
           why="the softmax's and the cross-entropy's dL/dz3, a value"),
    Public("c126-mn-dW3", _MN, "b126_mn", "b126_mn",
           "        dL_dW3 = np.outer(dL_dz3, a2) # outer bcus it gives the right shape", ((C,),),
           (Twin("gradient", "W3[{k},{j}]", ("(a3[{k}] - t[{k}])*a2[{j}]",), _grid(k=3, j=3)),), batch=126,
           why="np.outer(a, b)[k, j] = a[k] b[j]; a trailing comment"),
    Public("c126-mn-db3", _MN, "b126_mn", "b126_mn", "        dL_db3 = dL_dz3  # dz3/zb3 = 1 :)", ((C,),),
           (Twin("gradient", "b3[{k}]", ("(a3[{k}] - t[{k}])",), _grid(k=3)),), batch=126,
           why="a trailing comment holding a quotient (dz3/zb3 = 1, zb3 its typo for b3) and a smiley"),
    Public("c126-mn-da2", _MN, "b126_mn", "b126_mn", "        dL_da2 = dL_dz3 @ dz3_da2", ((W,),),
           (Twin("value", "{t}", ("{m}",), _MN_DA2),), batch=126,
           why="MISTAKEN: dz3_da2 = W3.T (the line before it), so dL_dz3 @ W3.T = W3 @ dL_dz3, "
               "sum_k dL/dz3[k] W3[j, k]; dL/da2[j] is sum_k dL/dz3[k] W3[k, j] (dL_dz3 @ W3); the page's square "
               "10 x 10 W3 hides the slip"),
    Public("c126-mn-dz2", _MN, "b126_mn", "b126_mn", "        dL_dz2 = dL_da2 * relu_derivative(z2)", ((C,),),
           (Twin("value", "{t}", ("{t}",), _MN_DZ2),), batch=126,
           why="dL_da2 is dL/da2 as named (the slip is the line before it's); relu_derivative at the sums"),
    Public("c126-mn-da1", _MN, "b126_mn", "b126_mn", "        dL_da1 = dL_dz2 @ dz2_da1", ((W,),),
           (Twin("value", "{t}", ("{m}",), _MN_DA1),), batch=126,
           why="MISTAKEN: the same slip one layer down, dz2_da1 = W2.T"),
    Public("c126-mn-W1", _MN, "b126_mn", "b126_mn", "        W1 -= learning_rate * dL_dW1", ((C,),),
           (Twin("update", "{p}", ("{m}",), _MN_W1),), batch=126,
           why="dL_dW1 the gradient as named (np.outer(dL_dz1, x)), the step"),
    # ---- torch_manually (eight-space indentation): .mm, .t(), .pow(2).sum(), -= with the rate after the gradient ----
    Public("c126-pt-loss", _PT, "b126_pt", "b126_pt", "        loss = (y-y_pre).pow(2).sum()", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2 + (y[1] - a2[1])**2", ("(y[0] - a2[0])**2 + (y[1] - a2[1])**2",)),),
           batch=126, why="the loss's definition, a value"),
    Public("c126-pt-pre", _PT, "b126_pt", "b126_pt", "        grad_pre = 1.0*(y_pre-y)", ((W,),),
           (Twin("value", _PA2, ("1.0*(a2[{k}] - y[{k}])",), _grid(k=2)),), batch=126,
           why="MISTAKEN: the derivative of (y - y_pre)^2 summed is 2.0*(y_pre - y) (PyTorch's tutorial writes 2.0; "
               "the script 1.0): half the gradient, a step half as long"),
    Public("c126-pt-hr", _PT, "b126_pt", "b126_pt", "        grad_h_r = grad_pre.mm(w2.t())", ((C,),),
           (Twin("value", _PA1, (_PA1,), _grid(j=4)),), batch=126,
           why="grad_pre as named (dloss/dy_pre; the slip is its own line's), through w2 input-first"),
    Public("c126-pt-w1", _PT, "b126_pt", "b126_pt", "        grad_w1 = x.t().mm(grad_h)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_PD1}",), _grid(j=4, i=3)),), batch=126,
           why="grad_h the gradient by the hidden sums as named (the code zeroes it where h < 0.01, a line not taken)"),
    Public("c126-pt-w2", _PT, "b126_pt", "b126_pt", "        grad_w2 = h_r.t().mm(grad_pre)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_PA2}",), _grid(k=2, j=4)),), batch=126),
    Public("c126-pt-uw1", _PT, "b126_pt", "b126_pt", "        w1 -= grad_w1*learning_rate", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_PD1}",), _grid(j=4, i=3)),),
           batch=126, why="-= with the rate after the gradient"),
    # ---- nn_one_layer (four-space indentation): np.matmul, np.multiply, the sigmoid output's slope left out --------
    Public("c126-fm-dpred", _FM, "b126_fm", "b126_fm", "    dL_dPred = preds - targets", ((C,),),
           (Twin("value", "(a2[{k}] - y[{k}])", ("(a2[{k}] - y[{k}])",), _grid(k=2)),), batch=126,
           why="the derivative of 0.5 * sum((preds - targets)^2) by the predictions, a value"),
    Public("c126-fm-dW2", _FM, "b126_fm", "b126_fm", "    dL_dW2 = np.matmul(H.T, dL_dPred)", ((W,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - y[{k}])",), _grid(k=2, j=4)),), batch=126,
           why="MISTAKEN: the predictions are v = f(h W2), sigmoid outputs (forward), so dL/dW2 = H.T @ (dL_dPred * "
               "v (1 - v)); the output's slope is left out"),
    Public("c126-fm-dH", _FM, "b126_fm", "b126_fm", "    dL_dH = np.matmul(dL_dPred, W2.T)", ((W,),),
           (Twin("value", _FA1, (_FA1W,), _grid(j=4)),), batch=126,
           why="MISTAKEN: the same slip, the output's slope left out of dL/dH"),
    Public("c126-fm-dZ", _FM, "b126_fm", "b126_fm", "    dL_dZ = np.multiply(sigmoid_prime(Z), dL_dH)", ((C,),),
           (Twin("value", _FD1, (f"sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))*{_FA1}",), _grid(j=4)),), batch=126,
           why="dL_dH as named (dL/dH; the slip is its own line's); sigmoid_prime at the sums Z"),
    Public("c126-fm-dW1", _FM, "b126_fm", "b126_fm", "    dL_dW1 = np.matmul(U.T, dL_dZ)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_FD1}",), _grid(j=4, i=3)),), batch=126),
    Public("c126-fm-uW1", _FM, "b126_fm", "b126_fm", "    nn.W1 -= lr * dL_dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_FD1}",), _grid(j=4, i=3)),),
           batch=126, why="an attribute updated with -="),
    Public("c126-fm-uW2", _FM, "b126_fm", "b126_fm", "    nn.W2 -= lr * dL_dW2", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*a1[{{j}}]*{_FD2}",), _grid(k=2, j=4)),),
           batch=126, why="dL_dW2 the gradient as named (the slip is its own line's)"),
    # ---- the marimo notebook (eight-space indentation inside a cell's function): the chain's quotients as names,
    # @, .T, np.sum(..., axis=0) ------------------------------------------------------------------------------------
    Public("c126-mo-do2", _MO, "b126_mo", "b126_mo", "        do2_do1 = o2 * (1 - o2)", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _grid(j=5)),), batch=126,
           why="the sigmoid's slope written of its output, a value"),
    Public("c126-mo-dldo2", _MO, "b126_mo", "b126_mo", "        dl_do2 = dl_do3 @ do3_do2", ((C,),),
           (Twin("value", _MA1, (_MA1,), _grid(j=5)),), batch=126,
           why="do3_do2 = W2.T (W2 input-first: the output-first matrix), the row dl_do3 through it"),
    Public("c126-mo-dldW2", _MO, "b126_mo", "b126_mo", "        dl_dW2 = (dl_do3.T @ do3_dW2).T", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _grid(k=3, j=5)),), batch=126,
           why="do3_dW2 = o2: (dl_do3.T @ o2).T = o2.T @ dl_do3, W2's gradient as W2 is shaped"),
    Public("c126-mo-dldo1", _MO, "b126_mo", "b126_mo", "        dl_do1 = dl_do2 * do2_do1", ((C,),),
           (Twin("value", _MD1, (_MD1,), _grid(j=5)),), batch=126),
    Public("c126-mo-dldW1", _MO, "b126_mo", "b126_mo", "        dl_dW1 = (dl_do1.T @ do1_dW1).T", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MD1}*x[{{i}}]",), _grid(j=5, i=4)),), batch=126),
    Public("c126-mo-db1", _MO, "b126_mo", "b126_mo", "        dl_db1 = np.sum(dl_do1 * do1_db1,axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_MD1,), _grid(j=5)),), batch=126,
           why="do1_db1 = 1; the sum over the batch's rows (one here)"),
    Public("c126-mo-grad", _MO, "b126_mo", "b126_mo", "        grad_loss = softmax - mask", ((C,),),
           (Twin("value", "(a2[{k}] - t[{k}])", ("(a2[{k}] - t[{k}])",), _grid(k=3)),), batch=126,
           why="loss_fn's gradient by the logits o3: the softmax minus the one-hot mask"),
    # ---- the Danish post (Markdown): each formula in `backticks` on a line of its own, pseudo-code's
    # matrix_dot_product and .Transpose, += written out ---------------------------------------------------------------
    Public("c126-dk-E", _DK, "b126_dk", "b126_dk", "`E = y-output`", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=126, why="the error, a value"),
    Public("c126-dk-dout", _DK, "b126_dk", "b126_dk", "`d_output = E * Slope_output`", ((C,),),
           (Twin("value", f"-{_KD2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=126,
           why="the post's delta (-dE/dz: the updates add it), Slope_output the slope written of the output"),
    Public("c126-dk-eh", _DK, "b126_dk", "b126_dk",
           "`Error_at_hidden_layer = matrix_dot_product(d_output, wout.Transpose)`", ((C,),),
           (Twin("value", f"-{_KD2}*W2[0,{{j}}]", (f"-{_KD2}*W2[0,{{j}}]",), _grid(j=3)),), batch=126,
           why="-dE/d(hidden output); .Transpose a property, pseudo-code's"),
    Public("c126-dk-dh", _DK, "b126_dk", "b126_dk", "`d_hiddenlayer = Error_at_hidden_layer * Slope_hidden_layer`",
           ((C,),), (Twin("value", f"-{_KD1}", (f"-{_KD1}",), _grid(j=3)),), batch=126),
    Public("c126-dk-wh", _DK, "b126_dk", "b126_dk",
           "`wh = wh + matrix_dot_product(X.Transpose, d_hiddenlayer) * learning_rate`", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_KD1}*x[{{i}}]",), _grid(j=3, i=4)),), batch=126,
           why="+ with the post's delta (-dE/dz): the gradient step"),
    Public("c126-dk-wout", _DK, "b126_dk", "b126_dk",
           "`wout = wout + matrix_dot_product(hidden_layer_activations.Transpose, d_output) * learning_rate`", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_KD2}*a1[{{j}}]",), _grid(j=3)),), batch=126),
    Public("c126-dk-zout", _DK, "b126_dk", "b126_dk",
           "`output_layer_input = matrix_dot_product(hidden_layer_activations * wout) + bout`",
           unreadable="matrix_dot_product", batch=126,
           why="MISTYPED: matrix_dot_product, the post's product of two matrices (matrix_dot_product(X,wh) two steps "
               "before), called with one argument, hidden_layer_activations * wout, where a comma was meant"),
    # ---- the CBOW script (eight-space indentation): += updates, np.dot, np.sum(..., axis=0), the rate written into
    # the output's delta as well as into the updates -------------------------------------------------------------------
    Public("c126-cb-err", _CB, "b126_cb", "b126_cb", "        error = output - y_hat_output", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _grid(k=3)),), batch=126,
           why="output the target word's one-hot, y_hat_output the network's output"),
    Public("c126-cb-dout", _CB, "b126_cb", "b126_cb", "        delta_output = error * slope_output_layer * lr",
           ((W,),), (Twin("value", f"-{_BD2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*eta",), _grid(k=3)),),
           batch=126,
           why="MISTAKEN: the output's delta (-dE/dz2, as the updates use it) times the rate lr; the updates multiply "
               "by lr again, a step of lr^2 (Analytics Vidhya's d_output has no lr)"),
    Public("c126-cb-eh", _CB, "b126_cb", "b126_cb", "        error_at_hidden_layer = np.dot(delta_output, wout.T)",
           ((C,),), (Twin("value", f"-{_BA1}", (f"-{_BA1}",), _grid(j=2)),), batch=126,
           why="delta_output as named (-dE/dz2; the slip is its own line's)"),
    Public("c126-cb-dh", _CB, "b126_cb", "b126_cb",
           "        delta_hidden_layer = error_at_hidden_layer * slope_hidden_layer", ((C,),),
           (Twin("value", f"-{_BD1}", (f"-{_BD1}",), _grid(j=2)),), batch=126),
    Public("c126-cb-wout", _CB, "b126_cb", "b126_cb",
           "        wout += np.dot(hidden_layer_activations.T, delta_output) * lr", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_BD2}*a1[{{j}}]",), _grid(k=3, j=2)),),
           batch=126, why="+= with the delta as named (-dE/dz2): the gradient step"),
    Public("c126-cb-bh", _CB, "b126_cb", "b126_cb", "        bh += np.sum(delta_hidden_layer, axis=0)*lr", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_BD1}",), _grid(j=2)),), batch=126),
    # ---- the MATLAB script (eight-space indentation): ', .*, .^, the squared error's 2 written out ------------------
    Public("c126-ml-dW2", _ML, "b126_ml", "b126_ml", "        dW2 = 2*(y_pred - y)*a1';", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_LD2}*a1[{{j}}]",), _grid(j=3)),), batch=126,
           why="the squared error (y_pred - y)^2 of the linear output; ' the transpose"),
    Public("c126-ml-da1", _ML, "b126_ml", "b126_ml", "        da1 = W2'*2*(y_pred - y);", ((C,),),
           (Twin("value", _LA1, (_LA1,), _grid(j=3)),), batch=126),
    Public("c126-ml-dz1", _ML, "b126_ml", "b126_ml", "        dz1 = da1 .* (1 - tanh(z1).^2);", ((C,),),
           (Twin("value", _LD1, (_LD1,), _grid(j=3)),), batch=126, why="tanh's slope at the sums"),
    Public("c126-ml-dW1", _ML, "b126_ml", "b126_ml", "        dW1 = dz1 * x';", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_LD1}*x[{{i}}]",), _grid(j=3, i=2)),), batch=126),
    Public("c126-ml-uW2", _ML, "b126_ml", "b126_ml", "        W2 = W2 - lr*dW2;", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_LD2}*a1[{{j}}]",), _grid(j=3)),), batch=126),
    Public("c126-ml-uW1", _ML, "b126_ml", "b126_ml", "        W1 = W1 - lr*dW1;", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_LD1}*x[{{i}}]",), _grid(j=3, i=2)),),
           batch=126),
    # ---- the Julia TwoLayerNet (four-space indentation): .- and ./ broadcast, ', relu_derivative. broadcast,
    # sum(..., dims=2), .-= on a struct's field ----------------------------------------------------------------------
    Public("c126-jl-dZ2", _JL, "b126_jl", "b126_jl", "    dZ2 = (Z2 .- targets) ./ batch_size", ((C,),),
           (Twin("value", _UD2, ("(a2[0] - y[0])/1",)),), batch=126,
           why="the batch's mean of half the squared error (one sample here: batch_size 1); Z2 the linear output"),
    Public("c126-jl-dW2", _JL, "b126_jl", "b126_jl", "    dW2 = dZ2 * A1'", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_UD2}*a1[{{j}}]",), _grid(j=3)),), batch=126),
    Public("c126-jl-dA1", _JL, "b126_jl", "b126_jl", "    dA1 = net.W2' * dZ2", ((C,),),
           (Twin("value", _UA1, (_UA1,), _grid(j=3)),), batch=126),
    Public("c126-jl-dZ1", _JL, "b126_jl", "b126_jl", "    dZ1 = dA1 .* relu_derivative.(Z1)", ((C,),),
           (Twin("value", _UD1, (_UD1,), _grid(j=3)),), batch=126,
           why="relu_derivative broadcast with a dot, at the sums"),
    Public("c126-jl-dW1", _JL, "b126_jl", "b126_jl", "    dW1 = dZ1 * X'", ((C,),),
           (Twin("gradient", "W1[{j},0]", (f"{_UD1}*x[0]",), _grid(j=3)),), batch=126),
    Public("c126-jl-uW1", _JL, "b126_jl", "b126_jl", "    net.W1 .-= learning_rate .* dW1", ((C,),),
           (Twin("update", "W1[{j},0]", (f"W1[{{j}},0] - eta*{_UD1}*x[0]",), _grid(j=3)),), batch=126,
           why="a struct's field updated in place with .-= and .*"),
]
