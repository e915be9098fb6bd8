r"""Batch 183 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on backpropagation
through two or more hidden layers: 784-256-128-10 and 784-64-64-10 MNIST networks, the recursion dZ2 = W3.T.dot(dZ3)
* ReLU_deriv(Z2) and dZ1 = W2.T.dot(dZ2) * ReLU_deriv(Z1), loops over layers with dictionaries of parameters and
gradients, every layer's gradients and updates; every address a stored file whose repository the index does not
name): jamie's MNIST script (stored file 48319428887: lower-case Ng names, 1/m*np.dot(dz3,a2.T)), an MNIST script
with reg_lambda on the bias gradients (stored file 61093656203), a "3 layers perceptron" backward_propagation
(stored file 33356664063: 1 / rows with rows, cols = X.shape, the inputs' count where the samples' was meant), a
Kaggle digit-recognizer script with every layer 10 wide (stored file 42733541318: two lines each taking the wrong
layer's dZ), a documented NN-visualizer script (stored file 5866650287), a Chinese article's worked binary case in
\[ ... \] displays (stored file 9495111062: layers numbered from the input's 1, two mistaken deltas), a Machine
Learnia-inspired L-layer script (stored file 44406547995: params['W' + str(l)] -= lr * grads['dW' + str(l)] in a
loop, # comments) and Chinese deep-learning notes on a Hugo page (stored file 10956925605: tab-indented Python, a
loop over reversed(range(1, L)), formulas in trailing comments). Copied verbatim, typos and mistakes included (the
JSON-escaped text of the stored files decoded), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d names as the cost's
gradients, "dZ2" = "grad(z2[:])", lower case where the page writes w1, dz3; the one-hot target one_hot_Y as "t[:]";
ReLU_deriv, RelU_deriv and derivative_relu declared "relu' at input" (Z > 0); m the number of samples, one here;
rows, the number of X's rows, 3 (the inputs); the dictionaries' entries named with the index letter l,
"params['W' + str(l)]" = "W{l}[:, :]"; the Chinese article's W^{(2)}, W^{(3)} the problem's W1, W2), a network of
the kind the page describes (ReLU-ReLU-softmax 3-4-3-3 networks for the MNIST scripts, 3-3-3-3 for the Kaggle
script whose layers are all as wide as its outputs, a 2-3-3-1 sigmoid network for the L-layer script, the notes'
2-4-1 call, a 2-3-1 sigmoid network for the article; the rates the files write, 0.001, 0.1, 0.05, 0.13, 0.1, and
0.1 where none is written; all in tests/public_formulas_batch183_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. Forward
lines (z^{(3)}, a^{(3)}) and a cost's definition are twinned as values, as in earlier batches. Formulas keep their
page's delimiters and what surrounds them on their line (a code line's indentation, tabs included, its trailing
# comment and trailing spaces); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 183

The batch: 46 formulas from 8 addresses (jamie's script 8, the reg_lambda script 6, the 3 layers perceptron 6,
the Kaggle script 6, the NN-visualizer script 6, the Chinese article 6, the Machine Learnia-inspired script 3, the
Chinese notes 5). 6 are in \[ ... \] displays (the article's), 40 in Python code. By kind: 17 sums' gradients
(deltas, dZ), 10 weight-gradient matrices, 6 bias gradients, 10 updates (with rates: alpha, lr, learning_rate,
\alpha; 3 of them over every layer through a loop's index l), 3 values (two forward lines and a cost).

8 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the 3 layers perceptron's rw-dw3, dW3 = 1 / rows * dZ3.dot(A2.T), and rw-dw2, dW2 = 1 / rows * dZ2.dot(A1.T):
  rows, cols = X.shape with X holding the samples as columns makes rows the number of inputs (784 on the page), not
  the samples' m: every gradient divided by the inputs' count;
- the 3 layers perceptron's rw-db3, db3 = 1 / rows * np.sum(dZ3): np.sum without an axis adds the classes' entries
  too (every b3[k] given the sum of a3 - t over the classes, 0 under the softmax), besides the division by rows;
- the Kaggle script's ks-db3, db3 = 1 / m * np.sum(dZ3): the same np.sum without an axis;
- the Kaggle script's ks-dz1, dZ1 = W2.T.dot(dZ3) * ReLU_deriv(Z1): dZ3 where dZ2 was meant, the output's gradient
  sent through W2 (the shapes agree only because every layer is 10 wide);
- the Kaggle script's ks-dw1, dW1 = 1 / m * dZ2.dot(X.T): dZ2 where dZ1 was meant;
- the Chinese article's hz-d3, \delta^{(3)} = (a^{(3)} - y) \odot (1 - a^{(3)}): under the cross-entropy through
  the sigmoid output the delta is a^{(3)} - y; the factor (1 - a^{(3)}) is wrong;
- the Chinese article's hz-d2, \delta^{(2)} = (W^{(3)})^T \delta^{(3)} \odot (1 - a^{(2)}): the hidden sigmoid's
  slope is a^{(2)} (1 - a^{(2)}), not (1 - a^{(2)}).

Not mistaken, though they look it: the reg_lambda script's db1 line (the next lines add reg_lambda * b1 to it,
left out) and its W3 update (the weights' gradients are not regularized); the Kaggle script's W3 update and dZ2
(right, beside its wrong dZ1 and dW1), on the network the page means (its forward_prop feeds Z1, not A1, to W2 and
Z2 to W3, a forward slip no problem file holds: the ReLU layers are modelled); the rw and ks scripts' dZ3 and dZ2.

What was left out: every file's forward pass but the article's two lines, the one_hot functions and the accuracy
code; jamie's remaining db2, db1 and updates (the same lines as those taken); the reg_lambda script's db1 +=
reg_lambda * b1 lines (a regularization of the biases, not a formula of the loss); the 3 layers perceptron's db2,
dW1, db1; the Kaggle script's dW3, dW2, db2, db1 and the other updates; the visualizer's dz3, dw3, db3, dw1, db1
and other updates; the article's general section (its z^{(l)} = \sigma(W^{(l)}a^{(l-1)} + b^{(l)}), which applies
sigma twice, and its \delta^{(2)} = \frac{dW^{(3)}}{da^{(2)}} \odot \delta^{(3)}, whose symbols name no derivative
a notation can give, and \delta^{(3)} = (a^{(3)} - y) \odot \frac{d\sigma}{dz^{(3)}} under an unnamed loss), its
pseudo-code; the Machine Learnia script's loop body (dZ, the same name for every layer's gradient, reassigned in the
loop: no one meaning a notation can give it) and log_loss (a return line); the Chinese notes' loop body (the same
dZ, dW, db reassigned per layer), its L-layer chain in a plain code block (da[l-1] = dz[l]·w[l-1], a transpose and
index slip, but in names with g' unnamed) and the optimizers' sections. Pages read and not taken: Stefan Wong's
backprop mechanics (stored file 25828676324: an unfinished loop, dW[idx] = np.dot(dW[idx].T, dx), not a formula of
any gradient), Nielsen's BP2 in Markdown posts (stored files 43627703986, 1032736972, used by an earlier batch),
the "Important equations for backpropagation" note (stored file 27488744757, used by an earlier batch), and many
Samson Zhang-template copies (stored files 24535659842, 21448127944, 28095456218, 36920033657: the same lines).

Collected on 2026-12-07 (23:43 to 23:50 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first runs passed every verdict as first transcribed (38 entries from
the first 6 addresses, then all 46 with the last 2, and the batch's two checks).

Run blind at main 4fc6720 (/work/READY_FOR_BLIND65; the rebase onto it conflicted in
test_public_formulas_held_out.py's HELD_OUT/MINIMUM_SIZE, so, as the brief allows, the run was made on this branch
as committed, after checking that git diff 4fc6720 -- src is empty: src/ as at 4fc6720), with nothing under src/
changed. The first run (/work/batch183_blind.txt): 46 of 46 read with every verdict right (100%), 0 refused, 0
misread, no typo (none in the batch), no crash, NO WRONG FORMULA CALLED CORRECT. With nothing refused, the batch was
run once; tests/test_public_formulas_held_out.py -k "b183-" passed, check's never-wrong-called-correct test included.

Of the 8 mistaken formulas, all 8 were read with their wrong member called wrong: rw-dw3 and rw-dw2 (1 / rows, the
inputs' count), rw-db3 and ks-db3 (np.sum without an axis), ks-dz1 (dZ3 where dZ2 was meant), ks-dw1 (dZ2 where
dZ1 was meant), hz-d3 ((1 - a^{(3)}) kept under the cross-entropy) and hz-d2 ((1 - a^{(2)}) for the sigmoid's
slope). By page: jamie's script 8 of 8, the reg_lambda script 6 of 6, the 3 layers perceptron 6 of 6, the Kaggle
script 6 of 6, the NN-visualizer script 6 of 6, the Chinese article 6 of 6, the Machine Learnia-inspired script 3
of 3, the Chinese notes 5 of 5.

The refusals and misreadings by construct: none.

Read, among the constructs these pages brought: three-layer backward passes in Ng's names, capitals and lower case,
with .dot, np.dot(w3.T, dz3), 1/m* and /m on either side, derivative_relu, ReLU_deriv and RelU_deriv of the sums;
1 / rows with rows the inputs' count (called wrong); np.sum without an axis (called wrong); a recursion skipping a
layer (called wrong); updates with trailing spaces; \[ ... \] displays with \odot and (W^{(3)})^T, layers numbered
from the input's 1 (both mistaken deltas called wrong); dictionaries indexed by 'W' + str(l) in += and -= updates
over every layer, with trailing # comments; tab-indented lines with formulas in trailing comments (dW(l) = dZ(l)
· A(l-1).T / m) and a cost's definition.

Which look general: nothing was refused or misread; the batch's loops were taken only where a name keeps one
meaning (the updates through params['W' + str(l)], the output layer's lines before the loop), so the reader's
handling of a name reassigned per layer (dZ in a loop body) is not measured here.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch183_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JM = _STORED.format(48319428887, "#!/usr/bin/env python3",
                     "jamie's MNIST script (2024): a 784-256-128-10 network with two ReLU hidden layers and softmax "
                     "outputs, Ng's backward pass in lower case")
_MR = _STORED.format(61093656203, "from sklearn.datasets import fetch_openml",
                     "after an empty first line; an MNIST script with a 784-64-64-10 network, Ng's backward pass "
                     "with reg_lambda added to the "
                     "bias gradients")
_RW = _STORED.format(33356664063, "import numpy as np",
                     "a backward_propagation function \"for 3 layers perceptron\" dividing by rows, cols = X.shape's "
                     "rows")
_KS = _STORED.format(42733541318, "import numpy as np",
                     "a Kaggle digit-recognizer script: a 784-10-10-10 network, Ng's backward pass with np.sum "
                     "without an axis")
_VZ = _STORED.format(5866650287, "import numpy as np",
                     "a documented MNIST script for an NN visualizer: a three-layer ReLU network in lower case")
_ML = _STORED.format(44406547995, "# Inspired from the youtube channel Machine Learnia",
                     "an L-layer sigmoid network with dictionaries of parameters, activations and gradients, a loop "
                     "over reversed(range(1, L + 1)), every line commented")
_CN = _STORED.format(10956925605, "---",
                     "Chinese notes on deep learning (a Hugo page: Markdown with Python blocks): an L-layer "
                     "network's backward "
                     "pass with a loop over reversed(range(1, L)), comments in Chinese")
_HZ = _STORED.format(9495111062, "                 ",
                     "a line of spaces; a Chinese article on deep learning's principles: \\[ ... \\] displays "
                     "of a worked binary "
                     "classification case with layers numbered from the input's 1")


def _deltas(h1: int, h2: int, k: int = 3):
    """dL/dz3, dL/dz2, dL/dz1 of a ReLU-ReLU-softmax network under the cross-entropy (t the one-hot target)."""
    d3 = [f"(a3[{c}] - t[{c}])" for c in range(k)]
    d2 = ["(" + " + ".join(f"W3[{c},{j}]*{d3[c]}" for c in range(k)) + f")*Heaviside(z2[{j}])" for j in range(h2)]
    d1 = ["(" + " + ".join(f"W2[{j},{i}]*{d2[j]}" for j in range(h2)) + f")*Heaviside(z1[{i}])" for i in range(h1)]
    return d3, d2, d1


def _pm(pairs) -> tuple:
    return tuple({"p": p, "m": m} for p, m in pairs)


def _tw(kind: str, pairs) -> tuple:
    return (Twin(kind, "{p}", ("{m}",), _pm(pairs)),)


_D3, _D2, _D1 = _deltas(4, 3)  # the 3-4-3-3 networks
_E3, _E2, _E1 = _deltas(3, 3)  # the Kaggle script's 3-3-3-3
_I3 = range(3)


def _dz3(d3):
    return _tw("gradient_z", [(f"z3[{c}]", d3[c]) for c in range(3)])


def _dz2(d2):
    return _tw("gradient_z", [(f"z2[{j}]", d2[j]) for j in range(len(d2))])


def _dz1(d1):
    return _tw("gradient_z", [(f"z1[{i}]", d1[i]) for i in range(len(d1))])


def _dw3(d3, h2: int, scale: str = "1/1"):
    return _tw("gradient", [(f"W3[{c},{j}]", f"{scale}*{d3[c]}*a2[{j}]") for c in range(3) for j in range(h2)])


def _dw2(d2, h1: int, scale: str = "1/1"):
    return _tw("gradient", [(f"W2[{j},{i}]", f"{scale}*{d2[j]}*a1[{i}]") for j in range(len(d2)) for i in range(h1)])


def _dw1(d1, scale: str = "1/1"):
    return _tw("gradient", [(f"W1[{i},{n}]", f"{scale}*{d1[i]}*x[{n}]") for i in range(len(d1)) for n in _I3])


def _db(layer: int, d, scale: str = "1/1"):
    return _tw("gradient", [(f"b{layer}[{u}]", f"{scale}*{d[u]}") for u in range(len(d))])


def _db_all(layer: int, d, scale: str = "1/1"):
    """np.sum without an axis: every bias given the sum over the layer's units."""
    total = " + ".join(d)
    return _tw("gradient", [(f"b{layer}[{u}]", f"{scale}*({total})") for u in range(len(d))])


def _up_w(layer: int, d, prev: list[str]):
    return _tw("update", [(f"W{layer}[{u},{v}]", f"W{layer}[{u},{v}] - eta*{d[u]}*{prev[v]}")
                          for u in range(len(d)) for v in range(len(prev))])


def _up_b(layer: int, d):
    return _tw("update", [(f"b{layer}[{u}]", f"b{layer}[{u}] - eta*{d[u]}") for u in range(len(d))])


_X = [f"x[{n}]" for n in _I3]
_A1_4 = [f"a1[{i}]" for i in range(4)]
_A2_3 = [f"a2[{j}]" for j in range(3)]

# the Chinese article's 2-3-1 sigmoid network under the binary cross-entropy: dJ/dz2, dJ/dz1[j]
_HZ_D2 = "(a2[0] - y[0])"
_J3 = tuple({"j": j} for j in range(3))

# the Machine Learnia-inspired 2-3-3-1 sigmoid network under the binary cross-entropy
_ML3 = "(a3[0] - y[0])"
_ML2 = [f"W3[0,{j}]*{_ML3}*a2[{j}]*(1 - a2[{j}])" for j in range(3)]
_ML1 = ["(" + " + ".join(f"W2[{j},{i}]*{_ML2[j]}" for j in range(3)) + f")*a1[{i}]*(1 - a1[{i}])" for i in range(3)]
_ML_W = _tw("update", [(f"W1[{i},{n}]", f"W1[{i},{n}] - eta*{_ML1[i]}*x[{n}]") for i in range(3) for n in range(2)]
            + [(f"W2[{j},{i}]", f"W2[{j},{i}] - eta*{_ML2[j]}*a1[{i}]") for j in range(3) for i in range(3)]
            + [(f"W3[0,{j}]", f"W3[0,{j}] - eta*{_ML3}*a2[{j}]") for j in range(3)])
_ML_B = _tw("update", [(f"b1[{i}]", f"b1[{i}] - eta*{_ML1[i]}") for i in range(3)]
            + [(f"b2[{j}]", f"b2[{j}] - eta*{_ML2[j]}") for j in range(3)] + [("b3[0]", f"b3[0] - eta*{_ML3}")])

# the Chinese notes' 2-4-1 network (ReLU hidden, sigmoid output, binary cross-entropy)
_CN2 = "(a2[0] - y[0])"
_CN_W = _tw("update", [(f"W1[{j},{n}]", f"W1[{j},{n}] - eta*W2[0,{j}]*{_CN2}*Heaviside(z1[{j}])*x[{n}]")
                       for j in range(4) for n in range(2)]
            + [(f"W2[0,{j}]", f"W2[0,{j}] - eta*{_CN2}*a1[{j}]") for j in range(4)])
_J4 = tuple({"j": j} for j in range(4))


ENTRIES = [
    # ---- jamie's MNIST script (four-space indentation): Ng's backward pass in lower case, 1/m* before np.dot,
    # /m after np.sum, derivative_relu(Z) = Z > 0 taken of the sums, update_parameters with alpha ---------------------
    Public("k183-jm-dz3", _JM, "b183_jm", "b183_jm", "    dz3 = a3 - one_hot_y", ((C,),), _dz3(_D3), batch=183,
           why="the softmax with the cross-entropy, one_hot_y the one-hot target"),
    Public("k183-jm-dw3", _JM, "b183_jm", "b183_jm", "    dw3 = 1/m*np.dot(dz3,a2.T)", ((C,),), _dw3(_D3, 3),
           batch=183),
    Public("k183-jm-db3", _JM, "b183_jm", "b183_jm", "    db3 = np.sum(dz3, axis=1, keepdims=True)/m", ((C,),),
           _db(3, _D3), batch=183, why="the sum over the samples (one)"),
    Public("k183-jm-dz2", _JM, "b183_jm", "b183_jm", "    dz2 = np.dot(w3.T, dz3)*derivative_relu(z2)", ((C,),),
           _dz2(_D2), batch=183, why="the recursion at the second hidden layer"),
    Public("k183-jm-dw2", _JM, "b183_jm", "b183_jm", "    dw2 = 1/m* np.dot(dz2,a1.T)", ((C,),), _dw2(_D2, 4),
           batch=183),
    Public("k183-jm-dz1", _JM, "b183_jm", "b183_jm", "    dz1 = np.dot(w2.T, dz2)*derivative_relu(z1)", ((C,),),
           _dz1(_D1), batch=183, why="the recursion at the first hidden layer"),
    Public("k183-jm-dw1", _JM, "b183_jm", "b183_jm", "    dw1 = 1/m * np.dot(dz1,x.T)", ((C,),), _dw1(_D1),
           batch=183),
    Public("k183-jm-b2", _JM, "b183_jm", "b183_jm", "    b2 = b2 - alpha * db2", ((C,),), _up_b(2, _D2), batch=183,
           why="alpha the rate (0.001), db2 the second hidden layer's bias gradient"),
    # ---- the reg_lambda MNIST script (four-space indentation): Ng's capitals with .dot, 1/m * before; the bias
    # gradients' += reg_lambda * b lines left out -------------------------------------------------------------------
    Public("k183-mr-dw3", _MR, "b183_mr", "b183_mr", "    dW3 = 1/m * dZ3.dot(A2.T)", ((C,),), _dw3(_D3, 3),
           batch=183),
    Public("k183-mr-dz2", _MR, "b183_mr", "b183_mr", "    dZ2 = W3.T.dot(dZ3) * ReLU_deriv(Z2)", ((C,),),
           _dz2(_D2), batch=183),
    Public("k183-mr-dw2", _MR, "b183_mr", "b183_mr", "    dW2 = 1/m * dZ2.dot(A1.T)", ((C,),), _dw2(_D2, 4),
           batch=183),
    Public("k183-mr-dz1", _MR, "b183_mr", "b183_mr", "    dZ1 = W2.T.dot(dZ2) * ReLU_deriv(Z1)", ((C,),),
           _dz1(_D1), batch=183),
    Public("k183-mr-db1", _MR, "b183_mr", "b183_mr", "    db1 = 1/m * np.sum(dZ1, axis=1, keepdims=True)", ((C,),),
           _db(1, _D1), batch=183,
           why="the loss's gradient as the line computes it (the next lines add reg_lambda * b1, left out)"),
    Public("k183-mr-w3", _MR, "b183_mr", "b183_mr", "    W3 = W3 - alpha * dW3", ((C,),), _up_w(3, _D3, _A2_3),
           batch=183, why="dW3 not regularized (only the bias gradients are)"),
    # ---- the "3 layers perceptron" function (four-space indentation): rows, cols = X.shape with X the samples'
    # columns, so 1 / rows divides by the number of inputs; np.sum without an axis ----------------------------------
    Public("k183-rw-dz3", _RW, "b183_rw", "b183_rw", "    dZ3 = A3 - one_hot_Y", ((C,),), _dz3(_D3), batch=183),
    Public("k183-rw-dw3", _RW, "b183_rw", "b183_rw", "    dW3 = 1 / rows * dZ3.dot(A2.T)", ((W,),),
           _dw3(_D3, 3, "1/3"), batch=183,
           why="rows = X.shape[0] is the number of inputs (X holds the samples as columns), not the samples' m: the "
               "gradient divided by 3 here (by 784 on the page)"),
    Public("k183-rw-db3", _RW, "b183_rw", "b183_rw", "    db3 = 1 / rows * np.sum(dZ3)", ((W,),),
           _db_all(3, _D3, "1/3"), batch=183,
           why="np.sum without an axis adds the classes' entries too (every b3[k] given the sum of a3 - t, 0 under "
               "the softmax), and divided by the inputs' count"),
    Public("k183-rw-dz2", _RW, "b183_rw", "b183_rw", "    dZ2 = W3.T.dot(dZ3) * RelU_deriv(Z2)", ((C,),),
           _dz2(_D2), batch=183, why="RelU_deriv(Z) = Z > 0, its capitals as the page writes them"),
    Public("k183-rw-dw2", _RW, "b183_rw", "b183_rw", "    dW2 = 1 / rows * dZ2.dot(A1.T)", ((W,),),
           _dw2(_D2, 4, "1/3"), batch=183, why="divided by the inputs' count, as dW3"),
    Public("k183-rw-dz1", _RW, "b183_rw", "b183_rw", "    dZ1 = W2.T.dot(dZ2) * RelU_deriv(Z1)", ((C,),),
           _dz1(_D1), batch=183),
    # ---- the Kaggle digit script (four-space indentation): every layer 10 wide, dZ3 where dZ2 was meant in dZ1
    # and dZ2 where dZ1 was meant in dW1 (shapes that agree only because the widths are equal) --------------------
    Public("k183-ks-dz3", _KS, "b183_ks", "b183_ks", "    dZ3 = A3 - one_hot_Y", ((C,),), _dz3(_E3), batch=183),
    Public("k183-ks-db3", _KS, "b183_ks", "b183_ks", "    db3 = 1 / m * np.sum(dZ3)", ((W,),), _db_all(3, _E3),
           batch=183, why="np.sum without an axis: every b3[k] given the sum over the classes of a3 - t (0)"),
    Public("k183-ks-dz2", _KS, "b183_ks", "b183_ks", "    dZ2 = W3.T.dot(dZ3) * ReLU_deriv(Z2)", ((C,),),
           _dz2(_E2), batch=183),
    Public("k183-ks-dz1", _KS, "b183_ks", "b183_ks", "    dZ1 = W2.T.dot(dZ3) * ReLU_deriv(Z1)", ((W,),),
           _tw("gradient_z", [(f"z1[{i}]", "(" + " + ".join(f"W2[{c},{i}]*{_E3[c]}" for c in range(3))
                               + f")*Heaviside(z1[{i}])") for i in range(3)]), batch=183,
           why="dZ3 where dZ2 was meant (the recursion skips a layer: the output's gradient through W2)"),
    Public("k183-ks-dw1", _KS, "b183_ks", "b183_ks", "    dW1 = 1 / m * dZ2.dot(X.T)", ((W,),),
           _tw("gradient", [(f"W1[{i},{n}]", f"1/1*{_E2[i]}*x[{n}]") for i in range(3) for n in _I3]), batch=183,
           why="dZ2 where dZ1 was meant (the second hidden layer's gradient times the inputs)"),
    Public("k183-ks-w3", _KS, "b183_ks", "b183_ks", "    W3 = W3 - alpha * dW3", ((C,),), _up_w(3, _E3, _A2_3),
           batch=183, why="alpha the rate (0.05); dW3 = 1 / m * dZ3.dot(A2.T), right"),
    # ---- the NN-visualizer script (four-space indentation): lower case, 1 / m * before .dot, lr the rate, the
    # update lines with trailing spaces -------------------------------------------------------------------------
    Public("k183-vz-dz2", _VZ, "b183_vz", "b183_vz", "    dz2 = w3.T.dot(dz3) * ReLU_deriv(z2)", ((C,),),
           _dz2(_D2), batch=183),
    Public("k183-vz-dw2", _VZ, "b183_vz", "b183_vz", "    dw2 = 1 / m * dz2.dot(a1.T)", ((C,),), _dw2(_D2, 4),
           batch=183),
    Public("k183-vz-db2", _VZ, "b183_vz", "b183_vz", "    db2 = 1 / m * np.sum(dz2, axis=1, keepdims=True)", ((C,),),
           _db(2, _D2), batch=183),
    Public("k183-vz-dz1", _VZ, "b183_vz", "b183_vz", "    dz1 = w2.T.dot(dz2) * ReLU_deriv(z1)", ((C,),),
           _dz1(_D1), batch=183),
    Public("k183-vz-w1", _VZ, "b183_vz", "b183_vz", "    w1 = w1 - lr * dw1", ((C,),), _up_w(1, _D1, _X),
           batch=183, why="lr the rate (0.13)"),
    Public("k183-vz-b2", _VZ, "b183_vz", "b183_vz", "    b2 = b2 - lr * db2    ", ((C,),), _up_b(2, _D2),
           batch=183, why="four trailing spaces, as the page's line"),
    # ---- the Chinese article's worked case (\[ ... \] displays): layers numbered from the input's 1; two slips in
    # the deltas (a factor (1 - a) where the sigmoid's slope or nothing belongs) -----------------------------------
    Public("k183-hz-z3", _HZ, "b183_hz", "b183_hz", "\\[ z^{(3)} = W^{(3)}a^{(2)} + b^{(3)} \\]", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]",)),), batch=183,
           why="the output's sum, a value"),
    Public("k183-hz-a3", _HZ, "b183_hz", "b183_hz", "\\[ a^{(3)} = \\sigma(z^{(3)}) \\]", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=183),
    Public("k183-hz-d3", _HZ, "b183_hz", "b183_hz",
           "\\[ \\delta^{(3)} = (a^{(3)} - y) \\odot (1 - a^{(3)}) \\]", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*(1 - a2[0])",)),), batch=183,
           why="under the cross-entropy through the sigmoid output dJ/dz^{(3)} = a^{(3)} - y; the factor (1 - a^{(3)}) "
               "is half the sigmoid's slope, wrongly kept (the page's slip)"),
    Public("k183-hz-d2", _HZ, "b183_hz", "b183_hz",
           "\\[ \\delta^{(2)} = (W^{(3)})^T \\delta^{(3)} \\odot (1 - a^{(2)}) \\]", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}])",), _J3),), batch=183,
           why="the hidden sigmoid's slope is a^{(2)} (1 - a^{(2)}); (1 - a^{(2)}) alone is wrong (the page's slip; "
               "delta^{(3)} taken as dJ/dz^{(3)}, as named)"),
    Public("k183-hz-w3", _HZ, "b183_hz", "b183_hz",
           "\\[ W^{(3)} = W^{(3)} - \\alpha \\frac{\\partial J}{\\partial W^{(3)}} \\]", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_HZ_D2}*a1[{{j}}]",), _J3),), batch=183),
    Public("k183-hz-b3", _HZ, "b183_hz", "b183_hz",
           "\\[ b^{(3)} = b^{(3)} - \\alpha \\frac{\\partial J}{\\partial b^{(3)}} \\]", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_HZ_D2}",)),), batch=183),
    # ---- the Machine Learnia-inspired script (four- and eight-space indentation): Ng's layers in dictionaries
    # indexed by 'W' + str(l), a loop over reversed(range(1, L + 1)), trailing # comments --------------------------
    Public("k183-ml-dz", _ML, "b183_ml", "b183_ml",
           "    dZ = activations['A' + str(L)] - y  # We calculate the gradient of the loss with respect to the output "
           "of the last layer", ((C,),), (Twin("gradient_z", "z3[0]", (_ML3,)),), batch=183,
           why="the binary cross-entropy through the sigmoid output (the comment's 'output' the output's sum)"),
    Public("k183-ml-w", _ML, "b183_ml", "b183_ml",
           "        params['W' + str(l)] -= lr * grads['dW' + str(l)]  # We update the weights of the current layer",
           ((C,),), _ML_W, batch=183, why="every layer's weights (l = 1, 2, 3), lr the rate"),
    Public("k183-ml-b", _ML, "b183_ml", "b183_ml",
           "        params['b' + str(l)] -= lr * grads['db' + str(l)]  # We update the bias of the current layer",
           ((C,),), _ML_B, batch=183),
    # ---- the Chinese notes (tab indentation, comments in Chinese above and formulas in comments after): the output
    # layer's lines before the loop, the cost and the loop's update ------------------------------------------------
    Public("k183-cn-cost", _CN, "b183_cn", "b183_cn",
           "\tcost = - (1/m) * np.sum(Y * np.log(Y_pred) + (1-Y) * np.log(1-Y_pred))", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(1/1)*(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=183,
           why="the cost's definition, the binary cross-entropy, a value"),
    Public("k183-cn-dz", _CN, "b183_cn", "b183_cn", "\tdZ = Y_pred - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", (_CN2,)),), batch=183),
    Public("k183-cn-dw", _CN, "b183_cn", "b183_cn",
           "\tdW = (1/m) * np.dot(dZ, A_prev.T)  # dW(l) = dZ(l) \u00b7 A(l-1).T / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"(1/1)*{_CN2}*a1[{{j}}]",), _J4),), batch=183,
           why="the output layer's (A_prev = A(L-1), the hidden outputs); the trailing comment with a middle dot"),
    Public("k183-cn-db", _CN, "b183_cn", "b183_cn",
           "\tdb = (1/m) * np.sum(dZ, axis=1, keepdims=True)  # db(l) = dZ(l) / m", ((C,),),
           (Twin("gradient", "b2[0]", (f"(1/1)*{_CN2}",)),), batch=183),
    Public("k183-cn-w", _CN, "b183_cn", "b183_cn",
           "\t\tparameters['W' + str(l)] -= learning_rate * grads['dW' + str(l)]", ((C,),), _CN_W, batch=183,
           why="both layers' weights (l = 1, 2)"),
]
