r"""Batch 92 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, this time Python/NumPy files and a Jupyter
notebook: TheAfrvlz's RNA19.py, Hagan's worked example with its numbers (w1, b1, w2, b2, p = 1, t = 1 + sin(pi/4),
alpha = 0.1) and Spanish comments, np.dot(w1,a0), a linear output a2 = n2, the sensitivities s2 = -2*e and s1, the
new parameters n_w2 ... n_b1 with a trailing space, at commit 2db4d06; two files of paulhendricks's
python-machine-learning, 08-MultilayerNeuralNetwork.py with three sigmoid layers, (a (1 - a)) * np.dot(delta,
synapse.T) and += updates without the eta = 0.1 the page sets, and ch-02/07-NeuralNetwork-blind-3.py with two
layers and no learning rate; Kulbear's backpropagation.py, Udacity's exercise with its numbers, a product split over
two lines after "* (" and x[:, None]; ft1148137's NN_Playground, the PyTorch tutorial's NumPy warm-up (x.dot(w1),
np.maximum(h,0), np.square(...).sum(), grad_... names, -= updates, learning_reate misspelt, trailing spaces); two
stored copies of that warm-up without their repository's name, hhq's with Chinese comments after its lines and
IReverser's; hasslercastro's first_level_gates.py, one neuron, w @ X, a function's output z passed to
sigmoid_prime, w = w + learning_rate * der_w; hasslercastro's Gate2.ipynb, a notebook's code cell with dictionary
cells (cache["z2"], W_and_bias["w2"]) and the page's delta1 the output's, delta2 the hidden units'; and a stored
linear_sigmoid_backward with a Chinese docstring), copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example:
RNA19's and Kulbear's; both in tests/public_formulas_batch92_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. The stored
files are cited by their ids; the notebook's line is its cell's source line as the notebook shows it (the JSON's
\" unescaped). A derivative by an activation (grad_h_relu) or a local derivative (da_dz) is twinned as a value, as
in batches 14 to 90; so is a forward value and the error (e = t-a2, error = target - output); an error term the
page takes with the other sign (layer_3_delta, del_err_output: -dE/dz) is twinned as gradient_z of minus the
page's expression; a step (delta_w_h_o) as batch 48's, eta dL/dw against minus the page's change. Formulas keep
what surrounds them on their line (a code line's indentation, trailing spaces, a comment after it); what was left
out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 92

The batch: 57 formulas from 10 addresses (RNA19 11, paulhendricks's 08 6 and 07 4, Kulbear 5, NN_Playground 10,
the stored hhq copy 2 and IReverser copy 2, first_level_gates 5, Gate2.ipynb 10, the stored linear_sigmoid_backward
2).

10 are mistaken somewhere (the oracle finds at least one member wrong):

- RNA19's s1 = a1*(1-a1)*w1.T*s2: the hidden sensitivity through w1 where w2 belongs (and with w1.T a row, a 2 x 2
  product); and n_b1 = w1 - alpha * s1 : the new bias from the weights w1 where b1 belongs;
- paulhendricks's 08's three updates synapse_2 += np.dot(layer_2.T, layer_3_delta) and the two below it: the page
  sets eta = 0.1 and never uses it, so each steps by the whole gradient;
- paulhendricks's 07's two updates synapse_0 += np.dot(X.T, layer_1_delta) and synapse_1 += ...: no learning rate
  at all (the page gives none; its network's rate is one), the update only at a rate of one, where the oracle holds
  the rule for every rate. Changed in session 31 (fix115): `check` judges an update that names no rate on a file
  whose rate is exactly 1 at that rate, saying so (docs/verdicts.md), where each line is the step W + eta x delta
  exactly, worked by hand; the two entries' verdicts are correct since and their twins write eta (the oracle draws
  eta at random), as batch 54's my-update and batch 115's ms-w1. The blind figures below are the first run's, when
  they were read as wrong (8 of the 10 mistaken formulas then);
- NN_Playground's y_pred = h.dot(w2) : the outputs from the hidden sums h, not their ReLU h_relu (its gradients use
  h_relu);
- first_level_gates's der_w = (error * sigmoid_prime(z)) @  X.T and der_b = error @ sigmoid_prime(z).T:
  sigmoid_prime, sigmoid(z) (1 - sigmoid(z)), taken of the neuron's output z (already a sigmoid).

Not mistaken, though they look it: RNA19's n_w1 = w1 - alpha * s1 * a0 and first_level_gates's w = w +
learning_rate * der_w and b = b + learning_rate * der_b (right with s1 and der_w, der_b the quantities their names
stand for, the hidden sensitivity and -dE/dw, -dE/db, though their own lines compute them wrongly); Gate2's delta1
and delta2 (the output's and the hidden units' deltas, numbered the other way from symbols.md); NN_Playground's
learning_reate (the page's spelling of the rate).

What was left out: RNA19's initial values (p=1, t= 1+np.sin((p*np.pi)/(4)), the np.array lines, alpha =0.1) and
comments; paulhendricks's 08's forward lines layer_1 = 1 / (1 + np.exp(-np.dot(layer_0, synapse_0))) and the two
like it, and 07's layer_1 and layer_2 lines (the same forward pass, for the batch's size); Kulbear's sigmoid
definition and its four forward lines (the forward pass of Udacity's exercise that batch 46 read in another copy,
for the batch's size) and the prints; NN_Playground's grad_h = grad_h_relu.copy() and grad_h[h<0] = 0 (a copy and
a masked assignment, no formula of their own); the hhq and IReverser copies after their first two formulas (the
same lines as NN_Playground's, for the batch's size); first_level_gates's sigmoid and sigmoid_prime definitions,
forward's and cost's definitions (return y - y_hat), z = forward(X,w,b) and error = cost( y , z) (calls of the
page's own functions); Gate2.ipynb's sig, sigp, forward (z1 = w1 @ X + b1 and the three lines like it) and cost
cells, y_hat = cache["A2"] and error = cost(y_hat, y), for the batch's size; linear_sigmoid_backward after da_dz
(dL_dz, dL_dW, dL_db, the updates and return dL_dz @ W.T: another copy of batch 50's function, for the batch's
size).

Collected on 2026-12-06 (03:20 to 03:27 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all nine pairs
loaded, the dictionary cells' patterns ("cache[\"z1\"]", "W_and_bias[\"w2\"]") included, with no fix needed. The
oracle's first run judged paulhendricks's 07's two rate-less updates wrong where the entries had said right: their
expected verdicts were set to the oracle's (the twins unchanged), and NN_Playground's loss twin was rewritten as a
sum of squares, the oracle's evaluator refusing .sum() (a transcription's form, its verdict the same).
Run blind at main be867e6 (/work/READY_FOR_BLIND33), with nothing under src/ changed. The first run
(/work/batch92_blind.txt): 55 of 57 read with every verdict right (96%), 2 refused, no misreading, no crash, no typo
entry, NO WRONG FORMULA CALLED CORRECT. No refusal was the notation's fault (the notation's functions table names
sigmoid_prime "sigmoid' at input" as shared/spec/notation.md and docs/notation.md allow, as batch 90's named
sigmoid_derivative, which read), so there was no second run.

Of the 10 mistaken formulas, 8 read with every verdict right (RNA19's s1 and n_b1, paulhendricks's five rate-less
updates, NN_Playground's y_pred = h.dot(w2) , all called wrong) and 2 were refused (first_level_gates's der_w and
der_b). By page: RNA19 11 of 11, paulhendricks's 08 6 of 6 and 07 4 of 4, Kulbear 5 of 5, NN_Playground 10 of 10,
the hhq copy 2 of 2, the IReverser copy 2 of 2, first_level_gates 3 of 5 (2 refused), Gate2.ipynb 10 of 10,
linear_sigmoid_backward 2 of 2.

The refusals by construct (2), with the exact message:

- 2, a derivative word code uses of its own (sigmoid_prime) that the notation's functions also name ("sigmoid' at
  input", the page's definition sigmoid(z) * (1 - sigmoid(z))), called on a symbol (hg-dw, hg-db), e.g. hg-dw,
  "        der_w = (error * sigmoid_prime(z)) @  X.T": "formula 'der_w = (error * sigmoid_prime(z)) @ X^T':
  sigmoid_prime(u) reads as the notation's sigmoid_prime times (u) or as a derivative at u at 's' (position 18);
  write sigmoid_prime * (u) for the product, or the derivative with a prime, f'(u)" (hg-db the same at position 17).
  A probe after the run, outside the measure: with the functions line taken out of the notation, der_b = error *
  sigmoid_prime(z) reads (wrong, z the output) and der_b = error * sigmoid_prime(w @ X + b) reads (right): it is the
  declaration of a word the reader already knows that turns the call into the product-or-derivative ambiguity.

Read, among the constructs these pages brought: NumPy's np.dot(w1,a0) with a column of weights, w1.T*s2 (a wrong
sensitivity called wrong), new parameters named n_w2 ... n_b1 and the bias's line from w1 called wrong; rows of
samples with synapse_k input-first, np.dot(delta, synapse.T), (a * (1 - a)) * (y - a) deltas of the other sign, +=
updates without a rate (called wrong); a product split over two lines after "* ("; x[:, None]; the warm-up's
x.dot(w1), np.maximum(h,0), np.square(y_pred - y).sum(), h_relu.T.dot(...), grad_y_pred.dot(w2.T), -= with a
misspelt rate's name, trailing spaces and Chinese comments after the code; w = w + learning_rate * der_w with der_w
-dE/dw; a notebook's dictionary cells (cache["z2"], W_and_bias["w2"]) named as patterns, np.sum(delta2, 1 ,
keepdims = True), the page's delta1 and delta2 numbered the other way from symbols.md; 1 / (1 + np.exp(-z)) and a *
(1 - a).

Which look general (would appear in much homework and code): a code derivative word (sigmoid_prime, sigmoid_deriv,
dsigmoid) that the teacher's notation also declares in its functions, as a careful teacher would, to say at what it
is taken; the declaration should agree with the word the reader knows, not make its call ambiguous. Page-specific:
nothing else this batch refused.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch92_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_HH = _STORED.format(20485282788, "# -*- coding: utf-8 -*- # @Time : 2022/4/10 16:31 # @Author : hhq",
                     "two_layers_np.py, the PyTorch tutorial's NumPy warm-up with Chinese comments on its lines")
_IR = _STORED.format(38916614711, "#!/usr/bin/python # -*- coding: utf-8 -*- # @Time : 2020/2/24",
                     "IReverser's two_layer_numpy.py, the same warm-up with English comments")
_LS = _STORED.format(21337141572, "import numpy as np def linear_sigmoid_backward(dL_da, x, z, W, b, lr=0.1):",
                     "one layer's backward pass in NumPy, a Chinese docstring")
_RNA = "https://github.com/TheAfrvlz/Python_Machine_Learning (RNA/RNA19.py, commit 2db4d06)"
_PH8 = ("https://github.com/paulhendricks/python-machine-learning"
        " (ch-01/08-MultilayerNeuralNetwork.py, commit d8679e7)")
_PH7 = ("https://github.com/paulhendricks/python-machine-learning"
        " (ch-02/07-NeuralNetwork-blind-3.py, commit 42a9c51)")
_KU = "https://github.com/Kulbear/deep-learning-nano-foundation (lectures/backpropagation.py, commit cc35b2d)"
_NN = "https://github.com/ft1148137/NN_Playground (basic_nn/two_layer_nn_with_numpy.py, commit b15df74)"
_HG = "https://github.com/hasslercastro/IA (nn_by_hand/first_level_gates.py, commit 06e6c90)"
_G2 = "https://github.com/hasslercastro/IA (nn_by_hand/Gate2.ipynb, commit d9d3263)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_KJ23 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_KJ33 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# RNA19: the squared error's dF/dn2 of the linear output, and the hidden units' dF/dn1
_RD2 = "(-2*(y[0] - a2[0]))"
_RD1 = _RD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# paulhendricks's 08: -dE/dz3 of the output, and the vector -dE/dz2 of the second hidden layer
_P3 = "(y[0] - a3[0])*a3[0]*(1 - a3[0])"
_P2 = "(" + _P3 + "*W3[0,:]*a2*(1 - a2))"
_P1 = "a1[{j}]*(1 - a1[{j}])*(" + _P2 + " @ W2)[{j}]"
# paulhendricks's 07 and Kulbear's: -dE/dz2 of the sigmoid output
_Q2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the warm-up: dL/da1, the hidden ReLU units' outputs, under the summed squared error
_NG = "(2*(a2 - y) @ W2)"
# first_level_gates: the page's sigmoid_prime taken at the neuron's output z
_HS = "sigmoid(a1[0])*(1 - sigmoid(a1[0]))"
# Gate2: dE/dz2 of the output and dE/dz1 of the hidden units
_GO = "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"
_GH = _GO + "*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"

ENTRIES = [
    # ---- TheAfrvlz's RNA19.py (Hagan's worked example, Spanish comments): np.dot(w1,a0), a linear output a2 =
    # n2, the sensitivities s2 = -2*e and s1, the new parameters n_w2 ... n_b1 -------------------------------------
    Public("rna-n1", _RNA, "b92_rna", "b92_rna", "n1 = np.dot(w1,a0)+b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + b1[{j}]",), _J2),), batch=92),
    Public("rna-a1", _RNA, "b92_rna", "b92_rna", "a1 = 1/(1+np.exp(-n1))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=92),
    Public("rna-n2", _RNA, "b92_rna", "b92_rna", "n2 = np.dot(w2,a1)+b2", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=92),
    Public("rna-a2", _RNA, "b92_rna", "b92_rna", "a2 = n2", ((C,),),
           (Twin("value", "a2[0]", ("z2[0]",)),), batch=92, why="a linear output"),
    Public("rna-e", _RNA, "b92_rna", "b92_rna", "e = t-a2", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=92, why="the error, a value"),
    Public("rna-s2", _RNA, "b92_rna", "b92_rna", "s2 = -2*e", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-2*(y[0] - a2[0])",)),), batch=92,
           why="Hagan's output sensitivity dF/dn2 of F = e^2, the linear output's slope 1"),
    Public("rna-s1", _RNA, "b92_rna", "b92_rna", "s1 = a1*(1-a1)*w1.T*s2", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}]*(1 - a1[{j}])*W1[{j},0]*" + _RD2,), _J2),), batch=92,
           why="the hidden sensitivity through the first layer's weights w1 where the second's, w2, belong: the "
               "page's slip (with w1.T a row, the product is even a 2 x 2 matrix; its diagonal twinned)"),
    Public("rna-nw2", _RNA, "b92_rna", "b92_rna", "n_w2 = w2 - alpha * s2 * a1.T", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*" + _RD2 + "*a1[{j}]",), _J2),), batch=92),
    Public("rna-nb2", _RNA, "b92_rna", "b92_rna", "n_b2 = b2 - alpha * s2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*" + _RD2,)),), batch=92),
    Public("rna-nw1", _RNA, "b92_rna", "b92_rna", "n_w1 = w1 - alpha * s1 * a0", ((C,),),
           (Twin("update", "W1[{j},0]", ("W1[{j},0] - eta*" + _RD1 + "*x[0]",), _J2),), batch=92,
           why="right with s1 the hidden sensitivity, the quantity the page's name stands for (its line s1 = ... "
               "computes it wrongly, above)"),
    Public("rna-nb1", _RNA, "b92_rna", "b92_rna", "n_b1 = w1 - alpha * s1 ", ((W,),),
           (Twin("update", "b1[{j}]", ("W1[{j},0] - eta*" + _RD1,), _J2),), batch=92,
           why="the new bias from the weights w1 where the bias b1 belongs: the page's slip (the file's last line, its "
               "trailing space kept)"),
    # ---- paulhendricks's 08-MultilayerNeuralNetwork.py: three sigmoid layers, rows of samples, the deltas
    # (a (1 - a)) * (y - a) and np.dot(..., synapse.T), updates with += and without the eta the page sets -------------
    Public("ph8-d3", _PH8, "b92_ph8", "b92_ph8", "    layer_3_delta = (layer_3 * (1 - layer_3)) * (y - layer_3)",
           ((C,),), (Twin("gradient_z", "z3[0]", ("-(" + _P3 + ")",)),), batch=92,
           why="-dE/dz3 of the half squared error"),
    Public("ph8-d2", _PH8, "b92_ph8", "b92_ph8",
           "    layer_2_delta = (layer_2 * (1 - layer_2)) * np.dot(layer_3_delta, synapse_2.T)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("-(a2[{k}]*(1 - a2[{k}])*" + _P3 + "*W3[0,{k}])",), _K3),), batch=92),
    Public("ph8-d1", _PH8, "b92_ph8", "b92_ph8",
           "    layer_1_delta = (layer_1 * (1 - layer_1)) * np.dot(layer_2_delta, synapse_1.T)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("-(" + _P1 + ")",), _J3),), batch=92),
    Public("ph8-s2", _PH8, "b92_ph8", "b92_ph8", "    synapse_2 += np.dot(layer_2.T, layer_3_delta)", ((W,),),
           (Twin("update", "W3[0,{k}]", ("W3[0,{k}] + a2[{k}]*" + _P3,), _K3),), batch=92,
           why="the whole gradient's step: eta = 0.1, set at the page's top, is never used"),
    Public("ph8-s1", _PH8, "b92_ph8", "b92_ph8", "    synapse_1 += np.dot(layer_1.T, layer_2_delta)", ((W,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + a1[{j}]*" + _P2 + "[{k}]",), _KJ33),), batch=92,
           why="the same: eta missing"),
    Public("ph8-s0", _PH8, "b92_ph8", "b92_ph8", "    synapse_0 += np.dot(layer_0.T, layer_1_delta)", ((W,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + x[{i}]*" + _P1,), _JI32),), batch=92,
           why="the same: eta missing"),
    # ---- paulhendricks's ch-02/07-NeuralNetwork-blind-3.py: two sigmoid layers, the deltas (y - a) * (a (1 - a)),
    # += updates at the page's rate of one ------------------------------------------------------------------------
    Public("ph7-d2", _PH7, "b92_ph7", "b92_ph7", "    layer_2_delta = (y - layer_2) * (layer_2 * (1 - layer_2))",
           ((C,),), (Twin("gradient_z", "z2[0]", ("-(" + _Q2 + ")",)),), batch=92),
    Public("ph7-d1", _PH7, "b92_ph7", "b92_ph7",
           "    layer_1_delta = np.dot(layer_2_delta, synapse_1.T) * (layer_1 * (1 - layer_1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("-(" + _Q2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}]))",), _J3),), batch=92),
    Public("ph7-s0", _PH7, "b92_ph7", "b92_ph7", "    synapse_0 += np.dot(X.T, layer_1_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] + eta*x[{i}]*" + _Q2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",),
                 _JI32),), batch=92,
           why="no learning rate: a step of the whole gradient, the update at the network's rate of one (the page "
               "gives none; wrong until session 31, when updates were judged at every rate; twinned with eta since, "
               "as the oracle draws eta at random)"),
    Public("ph7-s1", _PH7, "b92_ph7", "b92_ph7", "    synapse_1 += np.dot(layer_1.T, layer_2_delta)", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*a1[{j}]*" + _Q2,), _J3),), batch=92,
           why="the same: no learning rate, the step at the rate of one"),
    # ---- Kulbear's backpropagation.py (Udacity's exercise with its numbers): the error terms, a product split over
    # two lines after "* (", the steps with x[:, None] --------------------------------------------------------------
    Public("ku-err", _KU, "b92_ku", "b92_ku", "error = target - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=92),
    Public("ku-out", _KU, "b92_ku", "b92_ku", "del_err_output = error * output * (1 - output)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(" + _Q2 + ")",)),), batch=92, why="the error term, -dE/dz2"),
    Public("ku-hid", _KU, "b92_ku", "b92_ku",
           "del_err_hidden = np.dot(del_err_output, weights_hidden_output) * hidden_layer_output * (\n"
           "    1 - hidden_layer_output)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("-(" + _Q2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}]))",), _J2),), batch=92,
           why="-dE/dz1, its last factor on a line of its own"),
    Public("ku-who", _KU, "b92_ku", "b92_ku", "delta_w_h_o = learning_rate * del_err_output * hidden_layer_output",
           ((C,),), (Twin("step", "W2[0,{j}]", ("-(eta*" + _Q2 + "*a1[{j}])",), _J2),), batch=92,
           why="the step, -learning_rate dE/dW2"),
    Public("ku-wio", _KU, "b92_ku", "b92_ku", "delta_w_i_o = learning_rate * del_err_hidden * x[:, None]", ((C,),),
           (Twin("step", "W1[{j},{i}]", ("-(eta*" + _Q2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])*x[{i}])",), _JI23),),
           batch=92, why="the input-to-hidden step, input-first (x[:, None] a column)"),
    # ---- ft1148137's NN_Playground (the PyTorch tutorial's NumPy warm-up): x.dot(w1), np.maximum(h,0), the loss
    # np.square(...).sum(), grad_... names, -= updates; y_pred from h where h_relu belongs -------------------------
    Public("nn-h", _NN, "b92_nn", "b92_nn", "    h = x.dot(w1) ", ((C,),),
           (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}]",), _J3),), batch=92, why="its trailing space kept"),
    Public("nn-relu", _NN, "b92_nn", "b92_nn", "    h_relu = np.maximum(h,0)", ((C,),),
           (Twin("value", "a1[{j}]", ("np.maximum(z1[{j}], 0)",), _J3),), batch=92),
    Public("nn-pred", _NN, "b92_nn", "b92_nn", "    y_pred = h.dot(w2) ", ((W,),),
           (Twin("value", "a2[{k}]", ("(W2 @ z1)[{k}]",), _K2),), batch=92,
           why="the outputs from the hidden sums h, not their ReLU h_relu: the page's slip (its gradients use h_relu)"),
    Public("nn-loss", _NN, "b92_nn", "b92_nn", "    loss = np.square(y_pred - y).sum()", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),), batch=92, why="the loss, a value"),
    Public("nn-gy", _NN, "b92_nn", "b92_nn", "    grad_y_pred = 2.0 * (y_pred - y)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("2.0*(a2[{k}] - y[{k}])",), _K2),), batch=92,
           why="dL/dy_pred of linear outputs, so dL/dz2"),
    Public("nn-gw2", _NN, "b92_nn", "b92_nn", "    grad_w2 = h_relu.T.dot(grad_y_pred)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*2*(a2[{k}] - y[{k}])",), _KJ23),), batch=92),
    Public("nn-gh", _NN, "b92_nn", "b92_nn", "    grad_h_relu = grad_y_pred.dot(w2.T)", ((C,),),
           (Twin("value", _NG + "[{j}]", (_NG + "[{j}]",), _J3),), batch=92,
           why="dL/dh_relu, a derivative by the hidden outputs: a value"),
    Public("nn-gw1", _NN, "b92_nn", "b92_nn", "    grad_w1 = x.T.dot(grad_h)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*" + _NG + "[{j}]*(z1[{j}] > 0)",), _JI32),), batch=92,
           why="grad_h is grad_h_relu with its entries zeroed where h < 0 (the two lines before, left out)"),
    Public("nn-w1", _NN, "b92_nn", "b92_nn", "    w1 -= learning_reate * grad_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _NG + "[{j}]*(z1[{j}] > 0)",), _JI32),),
           batch=92, why="learning_reate, the page's spelling"),
    Public("nn-w2", _NN, "b92_nn", "b92_nn", "    w2 -= learning_reate * grad_w2 ", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*2*(a2[{k}] - y[{k}])",), _KJ23),), batch=92,
           why="the file's last formula, its trailing space kept"),
    # ---- the stored hhq copy: the warm-up with Chinese comments after its lines ---------------------------------
    Public("hh-h", _HH, "b92_nn", "b92_hh", "    h = x.dot(w1)  # 矩阵相乘 64*100", ((C,),),
           (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}]",), _J3),), batch=92, why="a comment with the shape 64*100"),
    Public("hh-relu", _HH, "b92_nn", "b92_hh",
           "    h_relu = np.maximum(h, 0)  # 用于逐元素比较两个array的大小。h_relu所有元素非负，用了relu函数，当函数值小于0时取0",
           ((C,),), (Twin("value", "a1[{j}]", ("np.maximum(z1[{j}], 0)",), _J3),), batch=92),
    # ---- the stored IReverser copy ----------------------------------------------------------------------------
    Public("ir-h", _IR, "b92_nn", "b92_hh", "    h = x.dot(w1)", ((C,),),
           (Twin("value", "z1[{j}]", ("(W1 @ x)[{j}]",), _J3),), batch=92),
    Public("ir-relu", _IR, "b92_nn", "b92_hh", "    h_relu = np.maximum(h, 0)", ((C,),),
           (Twin("value", "a1[{j}]", ("np.maximum(z1[{j}], 0)",), _J3),), batch=92),
    # ---- hasslercastro's first_level_gates.py: one neuron, w @ X, sigmoid_prime of the neuron's output, two
    # spaces before X.T, updates with w = w + ... ---------------------------------------------------------------
    Public("hg-z", _HG, "b92_hg", "b92_hg", "    z = sigmoid((w @ X) + b)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=92,
           why="forward's output, named z"),
    Public("hg-dw", _HG, "b92_hg", "b92_hg", "        der_w = (error * sigmoid_prime(z)) @  X.T", ((W,),),
           (Twin("gradient", "W1[0,{i}]", ("-((y[0] - a1[0])*" + _HS + "*x[{i}])",), _I2),), batch=92,
           why="sigmoid_prime (sigmoid(z) (1 - sigmoid(z))) taken of the neuron's output z, already a sigmoid: the "
               "slope a (1 - a) is what the chain rule needs"),
    Public("hg-db", _HG, "b92_hg", "b92_hg", "        der_b = error @ sigmoid_prime(z).T", ((W,),),
           (Twin("gradient", "b1[0]", ("-((y[0] - a1[0])*" + _HS + ")",)),), batch=92, why="the same slip"),
    Public("hg-w", _HG, "b92_hg", "b92_hg", "        w = w + learning_rate * der_w", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),),
           batch=92, why="right with der_w the quantity its name stands for, -dE/dw (its line computes it wrongly)"),
    Public("hg-b", _HG, "b92_hg", "b92_hg", "        b = b + learning_rate * der_b", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=92),
    # ---- hasslercastro's Gate2.ipynb (a notebook's code cell): dictionary cells (cache["z2"], W_and_bias["w2"]),
    # the page's delta1 the output's and delta2 the hidden units', np.sum(delta2, 1 , keepdims = True) -------------
    Public("g2-d1", _G2, "b92_g2", "b92_g2", "        delta1 = error * sigp(cache[\"z2\"])", ((C,),),
           (Twin("gradient_z", "z2[0]", (_GO,)),), batch=92, why="the output's dE/dz, named delta1"),
    Public("g2-dw2", _G2, "b92_g2", "b92_g2", "        der_w2 = delta1 @ cache[\"A1\"].T", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (_GO + "*a1[{j}]",), _J2),), batch=92),
    Public("g2-db2", _G2, "b92_g2", "b92_g2", "        der_b2 = np.sum(delta1)", ((C,),),
           (Twin("gradient", "b2[0]", (_GO,)),), batch=92),
    Public("g2-d2", _G2, "b92_g2", "b92_g2",
           "        delta2 = (W_and_bias[\"w2\"].T @ delta1) * sigp(cache[\"z1\"]) ", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_GH,), _J2),), batch=92,
           why="the hidden units' dE/dz, named delta2; its trailing space kept"),
    Public("g2-dw1", _G2, "b92_g2", "b92_g2", "        der_w1 = delta2 @ X.T ", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_GH + "*x[{i}]",), _JI22),), batch=92),
    Public("g2-db", _G2, "b92_g2", "b92_g2", "        der_b = np.sum(delta2, 1 , keepdims = True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_GH,), _J2),), batch=92, why="the sum over the samples' axis, one here"),
    Public("g2-w1", _G2, "b92_g2", "b92_g2", "        W_and_bias[\"w1\"] -= learning_rate * der_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _GH + "*x[{i}]",), _JI22),), batch=92),
    Public("g2-w2", _G2, "b92_g2", "b92_g2", "        W_and_bias[\"w2\"] -= learning_rate * der_w2", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*" + _GO + "*a1[{j}]",), _J2),), batch=92),
    Public("g2-b1", _G2, "b92_g2", "b92_g2", "        W_and_bias[\"b1\"] -= learning_rate * der_b", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _GH,), _J2),), batch=92),
    Public("g2-b2", _G2, "b92_g2", "b92_g2", "        W_and_bias[\"b2\"] -= learning_rate * der_b2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*" + _GO,)),), batch=92),
    # ---- the stored linear_sigmoid_backward: a function's body, np.exp, a value's slope ---------------------------
    Public("ls-a", _LS, "b92_ls", "b92_ls", "    a = 1 / (1 + np.exp(-z))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=92),
    Public("ls-da", _LS, "b92_ls", "b92_ls", "    da_dz = a * (1 - a)", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J2),), batch=92,
           why="the sigmoid's slope, a value"),
]
