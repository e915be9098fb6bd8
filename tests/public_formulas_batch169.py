r"""Batch 169 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on students' homework
repositories: assignment code, lab scripts and project write-ups, students' mistakes included; every address a stored
file whose repository the index does not name): a Japanese MNIST script (stored file 10651224623: two sigmoid hidden
layers on rows, delta3 = y - npdata, sigmoid_dash2 = z2 * (1 - z2), its letters swapped, a the sums and z the
outputs), a Vietnamese homework script (stored file 33489227690: a 2-3-1 network with its weights V and W, a linear
output, comments in Vietnamese after the code), an MNIST script on columns indented with tabs (stored file
16899372755: @ and np.transpose, += -lerning_rate (sic)), a student's copy of the backpropagation exercise (stored file
6678596705: error terms, delta_w_h_o = learnrate * ..., x[:, None], with its numbers), a MATLAB course-project class
(stored file 406739285: ann.beta, ann.theta, ' and .*, eta/num_training_rows), a Chinese digital-garden note on a
student's first homework of CMU's Deep Learning Systems (stored file 41190131758: the nn_epoch code, the homework's
docstring and the gradients in a $$ equation/split block), an e-commerce script indented with tabs (stored file
13278557077: the log-likelihood's gradient (T - Y).dot(W2.T) * Z * (1 - Z), climbed by += updates) and a student's
README for the bike-sharing project (stored file 12960286160: the backpropagation method quoted in ```python, a
linear output's error term with the sigmoid's slope commented out, trailing spaces). Copied verbatim, typos and
mistakes included (the JSON-escaped text of the stored files decoded; tabs and trailing spaces kept), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: a code's deltas as its sums' gradients, "delta3" = "grad(z3[:]).T" on rows; deltas that are -dE/dz (t - o,
T - Y, the error terms) written "-grad(z2[:]).T" where the updates add them; a slope's helper declared "sigmoid' at
output" where it computes a (1 - a) of what it is given; the Japanese script's swapped letters, "a1" = "z1[:].T" and
"z1" = "a1[:].T"; the note's \mathrm{ReLU} and ReLU as relu and \ell_{\mathrm{softmax}} as its loss), a network of the
kind the page describes (with the page's numbers where it gives them: the Vietnamese x = [1, 0], d = 0.5, V, W and
learning_rate 0.5; the exercise's x = [0.5, 0.1, -0.2], target 0.6, its weights and learnrate 0.5; the rates the files
write, 0.005, 0.015, 1.5, 0.1, 1e-4, and 0.5 from the README's tuned trial; all in
tests/public_formulas_batch169_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A code's error or error term (error, output_error_term,
hidden_error, delta_output in the MATLAB class, dZ), a step added to weights (delta_w_h_o, delta_w_i_h), a slope
(sigmoid_dash2), -dL/dW1 (ret2) and a forward line's sum or output are twinned as values, as in batches 14 to 168.
Formulas keep their line's indentation and trailing # comment; what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 169

The batch: 51 formulas from 8 addresses (the Japanese MNIST script 8, the Vietnamese script 8, the MNIST script on
columns 6, the exercise copy 5, the MATLAB class 6, the Chinese homework note 8, the e-commerce script 4, the
bike-sharing README 6). 1 is in a $$ LaTeX block (the note's split block of two gradients), 50 in code (Python/NumPy
44, MATLAB 6). By kind: 9 sums' gradients (deltas), 6 weight gradients (one of them a block of two), 11 updates
(weights and biases, with rates; +=, -=, = and in-place W1[:,:] =), 25 values (errors, error terms, code deltas that
are -dE/dz, steps, a slope, forward sums and outputs, the docstring's logits); no worked numbers (the files print
theirs, none is written).

2 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the MNIST script's c9-mn-do, delta_output = output - label: the loss it logs is the mean squared error,
  1 / len(output) * np.sum((output - label) ** 2), through sigmoid outputs, so dL/dz2 = 2/n (o - l) o (1 - o); the
  page's o - l, with no slope, is the cross-entropy's;
- the homework note's c9-cn-doc, logits = ReLU(X * W1) * W1, nn_epoch's docstring (the homework's own, copied by the
  student): W1 a second time where W2 is meant (the note's formulas write ReLU(X W_1) W_2); computable on this
  3-3-3 network only because n = d = k.

Not mistaken, though they look it: the MNIST script's updates and delta_hidden after its wrong delta_output (right as
written in it: wrong only through the line that computes it), and its delta_hidden taken with the output weights
already updated (an order of lines no formula shows; so the MATLAB class's delta_hidden after theta's update); the
Vietnamese d_activation_hidden(a) = a (1 - a), whose comment says 2 a (1 - a) and whose activation's comment says
1 / (1 + exp(-2z)) (the code is the sigmoid's; the comments not taken); the e-commerce dZ and ret2 with T - Y
(the log-likelihood's gradient, which the += updates climb); the MATLAB output error t - o with no slope (the sigmoid
outputs' cross-entropy, the loss under which the class's error is -dL/dz; the class computes none); the README's
output_error_term = error with the sigmoid's slope commented out (its output is linear, f(x) = x).

What was left out: the Japanese script's grad_W2/grad_W1 updates beyond W3 and its forward pass (predict); the
Vietnamese script's loss line (an accumulation, loss = loss + 0.5 * np.sum(error**2)) and its comments' formulas; the
MNIST script's forward lines and e_loss += (an accumulation); the exercise's forward pass and its comment f'(W * a) =
f(W * a) * [ 1 - f(W * a)]; the MATLAB class's test_ANN and its dynamic rate; the note's softmax regression (another
network: g = np.dot(X_batch.T, Z - I) / batch, its $$ \nabla_\Theta block), its block defining Z_1, G_2 and G_1
(G_2 = normalize(\exp(Z_1 W_2)) - I_y: normalize has no meaning a notation can give) and its C++; the e-commerce
script's gradient functions' return lines (no left side: among them the mistaken gradient_w2, (X.T.dot(T - Y)).sum(axis
= 0), which sums the hidden units away) and its += updates through those functions; the README's delta_weights_i_h +=
and delta_weights_h_o += accumulations (started from zero for a batch; the lines with self.lr kept as comments after
the reviewer's feedback). Pages read and not taken: a Python 2 gradient check (stored file 46594586688: the same text
as one an earlier batch used), a Julia backprop with dictionaries of layers (stored file 20668809494: the longer copy
used by an earlier batch), the English notes on the same homework (stored file 23419111107: the same formulas in an
aligned block), Ng-style README write-ups of ex4 (stored files 7988963159 and 15825504346: Theta^{(1)} and Theta^{(2)}
hold the bias in their first column, which no notation can name), an R project (stored file 34146542475: cbind(1, h)
and w2[-1, ]), a Marsland-style MLP (stored file 38038968575: the bias appended to the hidden layer, delta_hidden[:,
:-1]), a mirror-symmetry class commented in Japanese (stored file 5057890943: its shapes do not multiply) and a MATLAB
script with the bias in its weights (stored file 34829628110).

Collected on 2026-12-07 (21:16 to 21:23 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first run passed every verdict as transcribed but one, c9-cn-z1, whose
member was written with Max(0, ...), a name the oracle's namespace lacks: transcribed again as relu(...), the same
function, and the second run passed (51 entries and the batch's two checks).

Run blind at main 2ed9ce7 (/work/READY_FOR_BLIND63; src/ as at 2ed9ce7; the collection commit, made on main's tip
c0f46e1, rebased onto 2ed9ce7 with git rebase --onto, so that src/ is the gate's: the conflict in
test_public_formulas_held_out.py's HELD_OUT and MINIMUM_SIZE resolved by keeping the gate's numbers, which end at 166,
and adding 169, batches 167 and 168 not being at 2ed9ce7), with nothing under src/ changed. The first run
(/work/batch169_blind.txt): 51 of 51 read with every verdict right (100%), 0 refused, no typo (none in the batch), no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Nothing was refused or misread, so the batch was run once;
tests/test_public_formulas_held_out.py -k "b169-" passed after the rebase (102 tests, check's
never-wrong-called-correct test included; its one warning, sum_ranges.py's invalid escape \s, is src/'s at 2ed9ce7,
fixed on main since by b8e98571).

Of the 2 mistaken formulas, both were read with their wrong member called wrong: c9-mn-do (o - l with no sigmoid
slope under the mean squared error) and c9-cn-doc (the homework docstring's ReLU(X * W1) * W1, W1 where W2 is meant).
By page: the Japanese MNIST script 8 of 8, the Vietnamese script 8 of 8, the MNIST script on columns 6 of 6, the
exercise copy 5 of 5, the MATLAB class 6 of 6, the Chinese homework note 8 of 8, the e-commerce script 4 of 4, the
bike-sharing README 6 of 6.

The refusals and misreadings by construct: none.

Read, among the constructs these pages brought: a script whose letters swap the usual ones (a1 the sums, z1 the
outputs), npdata as one-hot labels, sigmoid_dash2 and sigmoid_dash named slopes, -= with a global rate; a Vietnamese
trailing comment after a wide run of spaces, d_activation_hidden declared of the outputs, a 2-3-1 network with its
weights; three tabs' indentation, @ with np.transpose, += -lerning_rate on weights and biases (c9-mn-do called wrong);
the exercise's error terms with x[:, None]; MATLAB's ann.-prefixed names, ' and .*, (ann.eta/num_training_rows) and
an update transposed as a whole, activation_fxn declared the sigmoid; np.maximum(0, ...), np.float32(Z1>0) as the
ReLU's mask, W1[:,:] = W1[:,:] - lr * (...) / batch, the docstring's logits = ReLU(X * W1) * W1 (called wrong), a $$
equation/split block of two gradients with \nabla_{W_1} \ell_{\mathrm{softmax}}(\mathrm{ReLU}(X W_1) W_2, y) as left
sides and & = before \frac{1}{m}; T - Y with .dot(W2.T) and ret2 = X.T.dot(dZ) after one tab; trailing spaces after
a code line and y- with no space before its operand, an error term equal to the error with the slope commented out.

Which look general: nothing to report from this batch (no refusal, no misreading).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch169_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JP = _STORED.format(10651224623, "##!/usr/nim/python",
                     "a Japanese MNIST script (comments 誤差逆伝播, 3層目のネットワークのパラメータの勾配): two sigmoid "
                     "hidden layers and softmax outputs on rows, back_propagation with sigmoid_dash and -= updates")
_VI = _STORED.format(33489227690, "import numpy as np",
                     "a Vietnamese homework script (Lan truyền ngược): a 2-3-1 network with fixed weights V and W, "
                     "one epoch of SGD on two samples, a linear output")
_MN = _STORED.format(16899372755, "import numpy as np ",
                     "an MNIST script on columns indented with tabs: sigmoid layers, the mean squared error logged, "
                     "+= -lerning_rate updates")
_UD = _STORED.format(6678596705, "import numpy as np",
                     "a student's copy of the backpropagation exercise (TODO comments filled in): one update step "
                     "on a 3-2-1 sigmoid network with its numbers")
_ML = _STORED.format(406739285, "classdef ANN",
                     "a MATLAB class from a course project (its plots saved to ../Latex/): a sigmoid network trained "
                     "by batch gradient descent, ann.beta and ann.theta")
_CN = _STORED.format(41190131758, "---",
                     "a Chinese digital-garden note (dg-publish front matter) on the student's first homework of CMU's "
                     "Deep Learning Systems: the two-layer ReLU network's gradients in $$ blocks and their nn_epoch")
_EC = _STORED.format(13278557077, "import numpy as np",
                     "an e-commerce classification script indented with tabs: gradient functions of the "
                     "log-likelihood, += updates")
_BK = _STORED.format(12960286160, "# DEEP LEARNING NANODEGREE project1.Predicting_Bike_Sharing_patterns",
                     "a student's README for the bike-sharing project: the forward and backpropagation methods "
                     "quoted in ```python blocks, the reviewer's feedback noted")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_H2 = tuple({"h": h} for h in range(2))
_K2H2 = tuple({"k": k, "h": h} for k in range(2) for h in range(2))
_H2J3 = tuple({"h": h, "j": j} for h in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the Japanese 3-3-2-2 network (sigmoid, sigmoid, softmax with the cross-entropy): dL/dz3[k], dL/dz2[h], dL/dz1[j]
_JP_D3 = "(a3[{k}] - t[{k}])"
_JP_D2 = "((a3[0] - t[0])*W3[0,{h}] + (a3[1] - t[1])*W3[1,{h}])*a2[{h}]*(1 - a2[{h}])"
_JP_D1 = ("(" + " + ".join(f"({_JP_D2.format(h=h)})*W2[{h},{{j}}]" for h in range(2))
          + ")*a1[{j}]*(1 - a1[{j}])")

# the Vietnamese 2-3-1 network (sigmoid hidden, linear output, half the squared error)
_VI_D2 = "(a2[0] - y[0])"
_VI_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# the MNIST 4-3-2 sigmoid network under the mean squared error over its 2 outputs
_MN_D2 = "2*(a2[{k}] - y[{k}])/2*a2[{k}]*(1 - a2[{k}])"
_MN_D1 = ("(" + " + ".join(f"{_MN_D2.format(k=k)}*W2[{k},{{j}}]" for k in range(2))
          + ")*a1[{j}]*(1 - a1[{j}])")

# the exercise's 3-2-1 sigmoid network under half the squared error
_UD_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_UD_D1 = f"{_UD_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the MATLAB 3-4-2 sigmoid network under the sigmoid outputs' cross-entropy
_ML_D1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"

# the homework's 3-3-3 network (ReLU hidden, softmax with the cross-entropy, no biases)
_CN_D1 = "Heaviside(z1[{j}])*(" + " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{{j}}]" for k in range(3)) + ")"

# the e-commerce 3-3-2 network (sigmoid hidden, softmax with the cross-entropy)
_EC_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"

# the project's 3-2-1 network (sigmoid hidden, linear output)
_BK_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"


ENTRIES = [
    # ---- the Japanese MNIST script (four-space indentation): rows, .dot and .T, delta3 = y - npdata, the sigmoid's
    # slope written of the outputs in sigmoid_dash2, the layers' letters swapped (a the sums, z the outputs) -------
    Public("c9-jp-d3", _JP, "b169_jp", "b169_jp", "    delta3 = y - npdata", ((C,),),
           (Twin("gradient_z", "z3[{k}]", ("a3[{k}] - t[{k}]",), _K2),), batch=169,
           why="softmax outputs with the cross-entropy, npdata the one-hot labels"),
    Public("c9-jp-gw3", _JP, "b169_jp", "b169_jp", "    grad_W3 = z2.T.dot(delta3)", ((C,),),
           (Twin("gradient", "W3[{k},{h}]", (f"a2[{{h}}]*{_JP_D3}",), _K2H2),), batch=169,
           why="z2 the second hidden layer's OUTPUTS (the script's letters), the product input-first"),
    Public("c9-jp-sd2", _JP, "b169_jp", "b169_jp", "    sigmoid_dash2 = z2 * (1 - z2)", ((C,),),
           (Twin("value", "a2[{h}]*(1 - a2[{h}])", ("a2[{h}]*(1 - a2[{h}])",), _H2),), batch=169,
           why="the sigmoid's slope written of the outputs, a value"),
    Public("c9-jp-d2", _JP, "b169_jp", "b169_jp", "    delta2 = delta3.dot(W3.T) * sigmoid_dash2", ((C,),),
           (Twin("gradient_z", "z2[{h}]", (_JP_D2,), _H2),), batch=169),
    Public("c9-jp-gw2", _JP, "b169_jp", "b169_jp", "    grad_W2 = z1.T.dot(delta2)", ((C,),),
           (Twin("gradient", "W2[{h},{j}]", (f"a1[{{j}}]*{_JP_D2}",), _H2J3),), batch=169),
    Public("c9-jp-d1", _JP, "b169_jp", "b169_jp", "    delta1 = delta2.dot(W2.T) * sigmoid_dash", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JP_D1,), _J3),), batch=169),
    Public("c9-jp-gw1", _JP, "b169_jp", "b169_jp", "    grad_W1 = x.T.dot(delta1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JP_D1}",), _J3I3),), batch=169),
    Public("c9-jp-w3", _JP, "b169_jp", "b169_jp", "    W3 -= learning_rate * grad_W3", ((C,),),
           (Twin("update", "W3[{k},{h}]", (f"W3[{{k}},{{h}}] - eta*a2[{{h}}]*{_JP_D3}",), _K2H2),), batch=169,
           why="-= with the rate, learning_rate = 0.005 in the script's main"),
    # ---- the Vietnamese homework script (four-space indentation, comments in Vietnamese after #): a 2-3-1 network
    # with its weights, a linear output, d_activation_hidden(a) = a (1 - a) of the outputs ---------------------------
    Public("c9-vi-zh", _VI, "b169_vi", "b169_vi", "    z_hidden = np.dot(x_sample, V)         # shape (1, 3)",
           ((C,),), (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J3),), batch=169,
           why="the hidden sums, a value; V input-first"),
    Public("c9-vi-err", _VI, "b169_vi", "b169_vi",
           "    error = y_pred - target                # delta cho lớp ra", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=169,
           why="the output less the target, a value (the comment: the output layer's delta)"),
    Public("c9-vi-do", _VI, "b169_vi", "b169_vi", "    delta_out = error  # shape (1,1)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=169,
           why="a linear output under half the squared error: dL/dz2 is the error"),
    Public("c9-vi-dh", _VI, "b169_vi", "b169_vi",
           "    delta_hidden = np.dot(delta_out, W.T) * d_activation_hidden(a_hidden)  # shape (1, 3)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_VI_D1,), _J3),), batch=169,
           why="d_activation_hidden(a) = a (1 - a), the slope written of the hidden outputs (its comment's 2 a (1 - a) "
               "is not the code's)"),
    Public("c9-vi-wu", _VI, "b169_vi", "b169_vi", "    W_update = np.dot(a_hidden.T, delta_out)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_VI_D2}",), _J3),), batch=169),
    Public("c9-vi-w", _VI, "b169_vi", "b169_vi", "    W = W - learning_rate * W_update", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_VI_D2}",), _J3),), batch=169,
           why="learning_rate = 0.5, the script's"),
    Public("c9-vi-vu", _VI, "b169_vi", "b169_vi", "    V_update = np.dot(x_sample.T, delta_hidden)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_VI_D1}",), _J3I2),), batch=169),
    Public("c9-vi-v", _VI, "b169_vi", "b169_vi", "    V = V - learning_rate * V_update", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_VI_D1}",), _J3I2),), batch=169,
           why="V updated with the gradient taken before W's update (V_update computed from the old W)"),
    # ---- the MNIST script on columns (three tabs' indentation): @ and np.transpose, += -lerning_rate (sic), the
    # output's delta with no slope under the mean squared error it logs -----------------------------------------------
    Public("c9-mn-do", _MN, "b169_mn", "b169_mn", "\t\t\tdelta_output = output - label", ((W,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=169,
           why="MISTAKEN: the loss logged is the mean squared error, 1 / len(output) * sum((output - label)^2), through "
               "sigmoid outputs: dL/dz2 = 2/n (o - l) o (1 - o); the page's o - l is the cross-entropy's"),
    Public("c9-mn-w2", _MN, "b169_mn", "b169_mn",
           "\t\t\tweights_hidden_to_output += -lerning_rate * delta_output @ np.transpose(hidden)", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_MN_D2}*a1[{{j}}]",), _K2J3),), batch=169,
           why="right as written in delta_output (the output sums' gradient), wrong only through the line computing it"),
    Public("c9-mn-b2", _MN, "b169_mn", "b169_mn", "\t\t\tbias_hidden_to_output += -lerning_rate * delta_output",
           ((C,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_MN_D2}",), _K2),), batch=169),
    Public("c9-mn-dh", _MN, "b169_mn", "b169_mn",
           "\t\t\tdelta_hidden = np.transpose(weights_hidden_to_output) @ delta_output * (hidden *(1 - hidden))",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_MN_D1,), _J3),), batch=169,
           why="the hidden sums' gradient in delta_output's meaning (the code takes the weights already updated, an "
               "order no formula shows)"),
    Public("c9-mn-w1", _MN, "b169_mn", "b169_mn",
           "\t\t\tweights_input_to_hidden += -lerning_rate * delta_hidden @ np.transpose(image)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_MN_D1}*x[{{i}}]",), _J3I4),), batch=169),
    Public("c9-mn-b1", _MN, "b169_mn", "b169_mn", "\t\t\tbias_input_to_hidden += -lerning_rate * delta_hidden",
           ((C,),), (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_MN_D1}",), _J3),), batch=169),
    # ---- the student's copy of the backpropagation exercise (no indentation): error terms -dL/dz, the weight steps
    # with learnrate, x[:, None] ------------------------------------------------------------------------------------
    Public("c9-ud-err", _UD, "b169_ud", "b169_ud", "error = target - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=169),
    Public("c9-ud-oet", _UD, "b169_ud", "b169_ud", "output_error_term = error * output * (1 - output)", ((C,),),
           (Twin("value", f"-{_UD_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=169,
           why="the output's error term -dL/dz, a value"),
    Public("c9-ud-het", _UD, "b169_ud", "b169_ud",
           "hidden_error_term = (output_error_term * weights_hidden_output) * hidden_layer_output * (1 - "
           "hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_UD_D1}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),),
           batch=169, why="one output: the product with the weights' vector entry by entry"),
    Public("c9-ud-dwho", _UD, "b169_ud", "b169_ud",
           "delta_w_h_o = learnrate * output_error_term * hidden_layer_output", ((C,),),
           (Twin("value", f"-eta*{_UD_D2}*a1[{{j}}]", ("eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]",), _J2),),
           batch=169, why="the step added to the hidden-to-output weights, -eta dL/dW2"),
    Public("c9-ud-dwih", _UD, "b169_ud", "b169_ud", "delta_w_i_h = learnrate * hidden_error_term * x[:, None]",
           ((C,),),
           (Twin("value", f"-eta*{_UD_D1}*x[{{i}}]",
                 ("eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _J2I3),),
           batch=169, why="the step added to the input-to-hidden weights (input-first, entry [i, j])"),
    # ---- the MATLAB class (sixteen-space indentation): * and ' and .*, ann.-prefixed names, updates that add the
    # output error t - o with eta/num_training_rows --------------------------------------------------------------------
    Public("c9-ml-h", _ML, "b169_ml", "b169_ml",
           "                training_h = ann.activation_fxn(std_training_fields * ann.beta);", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J4),),
           batch=169, why="activation_fxn = @(x) 1./(1 + exp(-x)), the sigmoid; ann.beta input-first"),
    Public("c9-ml-o", _ML, "b169_ml", "b169_ml",
           "                training_o = ann.activation_fxn(training_h * ann.theta);", ((C,),),
           (Twin("value", "a2[{k}]", ("sigmoid(" + " + ".join(f"a1[{j}]*W2[{{k}},{j}]" for j in range(4)) + ")",),
                 _K2),), batch=169),
    Public("c9-ml-do", _ML, "b169_ml", "b169_ml",
           "                delta_output = new_training_classes - training_o;", ((C,),),
           (Twin("value", "-(a2[{k}] - y[{k}])", ("y[{k}] - a2[{k}]",), _K2),), batch=169,
           why="the code's output error, -dL/dz2 under the sigmoid outputs' cross-entropy, a value"),
    Public("c9-ml-th", _ML, "b169_ml", "b169_ml",
           "                ann.theta = ann.theta + ((ann.eta/num_training_rows) * delta_output' * training_h)';",
           ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta/1*(y[{k}] - a2[{k}])*a1[{j}]",), _K2J4),),
           batch=169, why="the step added with eta over the number of rows (one), transposed to theta's shape"),
    Public("c9-ml-dh", _ML, "b169_ml", "b169_ml",
           "                delta_hidden = (ann.theta * delta_output')' .* (training_h .* (1 - training_h));", ((C,),),
           (Twin("value", f"-{_ML_D1}",
                 ("((y[0] - a2[0])*W2[0,{j}] + (y[1] - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])",), _J4),),
           batch=169, why="-dL/dz1, a value (the class takes theta already updated, an order no formula shows)"),
    Public("c9-ml-be", _ML, "b169_ml", "b169_ml",
           "                ann.beta = ann.beta + (ann.eta/num_training_rows) * (delta_hidden' * std_training_fields)';",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta/1*{_ML_D1}*x[{{i}}]",), _J4I3),),
           batch=169),
    # ---- the Chinese homework write-up: nn_epoch's docstring and the student's code (six-space indentation, # b x k
    # comments), and the gradients in a $$ equation/split block ------------------------------------------------------
    Public("c9-cn-doc", _CN, "b169_cn", "b169_cn", "        logits = ReLU(X * W1) * W1", ((W,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W1[{k},0] + a1[1]*W1[{k},1] + a1[2]*W1[{k},2]",), _K3),), batch=169,
           why="MISTAKEN: the homework's docstring multiplies by W1 a second time where W2 is meant (the logits are "
               "ReLU(X W1) W2, as the write-up's own formulas say); computable here only because n = d = k"),
    Public("c9-cn-z1", _CN, "b169_cn", "b169_cn", "      Z1 = np.maximum(0, np.dot(X_batch, W1)) # b x hd", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J3),),
           batch=169, why="the ReLU written np.maximum(0, ...), a value"),
    Public("c9-cn-yp", _CN, "b169_cn", "b169_cn", "      y_pre = np.dot(Z1, W2) # b x k", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2]",), _K3),), batch=169),
    Public("c9-cn-g2", _CN, "b169_cn", "b169_cn", "      G2 = Z - I # b x k", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=169,
           why="Z the softmax of y_pre, I the one-hot labels"),
    Public("c9-cn-g1", _CN, "b169_cn", "b169_cn", "      G1 = (np.float32(Z1>0)) * (np.dot(G2, W2.T)) # b x hd",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_CN_D1,), _J3),), batch=169,
           why="the ReLU's mask written of its outputs (Z1 > 0 where the sum is positive)"),
    Public("c9-cn-w1", _CN, "b169_cn", "b169_cn",
           "      W1[:,:] = W1[:,:] - lr * (np.dot(X_batch.T, G1)) / batch", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_CN_D1}/1",), _J3I3),), batch=169,
           why="the whole matrix assigned in place (W1[:,:]), the batch's mean (one sample)"),
    Public("c9-cn-w2", _CN, "b169_cn", "b169_cn", "      W2[:,:] = W2[:,:] - lr * (np.dot(Z1.T, G2)) / batch",
           ((C,),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*a1[{j}]*(a2[{k}] - t[{k}])/1",), _K3J3),),
           batch=169),
    Public("c9-cn-grad", _CN, "b169_cn", "b169_cn",
           "$$\n\\begin{equation}\n\\begin{split}\n"
           "\\nabla_{W_1} \\ell_{\\mathrm{softmax}}(\\mathrm{ReLU}(X W_1) W_2, y) & = \\frac{1}{m} X^T G_1  \\\\\n"
           "\\nabla_{W_2} \\ell_{\\mathrm{softmax}}(\\mathrm{ReLU}(X W_1) W_2, y) & = \\frac{1}{m} Z_1^T G_2.  \\\\\n"
           "\\end{split}\n\\end{equation}\n$$", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_CN_D1}/1",), _J3I3),
            Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])/1",), _K3J3)), batch=169,
           why="two gradients in one split block, G_1 and G_2 the sums' gradients the block before defines; the "
               "gradients input-first, as W_1 and W_2 are"),
    # ---- the e-commerce script (one tab's indentation): gradient_w1's body, with T - Y (the log-likelihood's
    # ascent) and the forward pass ------------------------------------------------------------------------------------
    Public("c9-ec-a1", _EC, "b169_ec", "b169_ec", "\tA1 = X.dot(W1) + B1", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2] + b1[{j}]",), _J3),),
           batch=169),
    Public("c9-ec-a2", _EC, "b169_ec", "b169_ec", "\tA2 = Z.dot(W2) + B2", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]",), _K2),),
           batch=169),
    Public("c9-ec-dz", _EC, "b169_ec", "b169_ec", "\tdZ = (T - Y).dot(W2.T) * Z * (1 - Z)", ((C,),),
           (Twin("value", f"-{_EC_D1}",
                 ("((t[0] - a2[0])*W2[0,{j}] + (t[1] - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])",), _J3),),
           batch=169, why="-dL/dA1 (the log-likelihood's gradient), a value; Z the hidden outputs"),
    Public("c9-ec-r2", _EC, "b169_ec", "b169_ec", "\tret2 = X.T.dot(dZ)", ((C,),),
           (Twin("value", f"-{_EC_D1}*x[{{i}}]",
                 ("x[{i}]*((t[0] - a2[0])*W2[0,{j}] + (t[1] - a2[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])",), _J3I3),),
           batch=169, why="-dL/dW1 (input-first, entry [i, j]), which the loop adds with the rate"),
    # ---- the bike-sharing README (eight-space indentation in ```python blocks): 1-d arrays, a linear output whose
    # slope the student commented out, trailing spaces kept -------------------------------------------------------------
    Public("c9-bk-hi", _BK, "b169_bk", "b169_bk", "        hidden_inputs = np.dot(X, self.weights_input_to_hidden) ",
           ((C,),), (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),),
           batch=169, why="one trailing space kept, as the README has it"),
    Public("c9-bk-fi", _BK, "b169_bk", "b169_bk",
           "        final_inputs = np.dot(hidden_outputs, self.weights_hidden_to_output) # signals into final output layer",
           ((C,),), (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=169),
    Public("c9-bk-err", _BK, "b169_bk", "b169_bk", "        error = y- final_outputs       ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=169,
           why="y- with no space before final_outputs, trailing spaces kept"),
    Public("c9-bk-oet", _BK, "b169_bk", "b169_bk",
           "        output_error_term = error # * final_outputs * (1 - final_outputs)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])", ("y[0] - a2[0]",)),), batch=169,
           why="the output is linear (f(x) = x): its error term is the error; the sigmoid's slope commented out"),
    Public("c9-bk-he", _BK, "b169_bk", "b169_bk",
           "        hidden_error = np.dot(output_error_term, self.weights_hidden_to_output.T)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*W2[0,{j}]", ("(y[0] - a2[0])*W2[0,{j}]",), _J2),), batch=169,
           why="-dL/d(hidden output j), a value"),
    Public("c9-bk-het", _BK, "b169_bk", "b169_bk",
           "        hidden_error_term = hidden_error * hidden_outputs * (1 - hidden_outputs)", ((C,),),
           (Twin("value", f"-{_BK_D1}", ("(y[0] - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=169),
]
