r"""Batch 181 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on explanations that
set the right formula beside the wrong one and on gradient checking; every address a stored file whose repository
the index does not name): a Python example of backpropagation with gradient checking (stored file 1069266947:
bprop's Ng-style gradients, compared with finite differences in the same file, fprop_cache['W2'].T), a Python XOR
script (stored file 36403622147: d_out = out - y[i] under error = (out - y[i]) ** 2, np.outer updates), an Octave
back_prop3 function (stored file 3534948526: ' and .*, 1/m.*, tanh's slope written with columns of ones named in
Slovak, Dva and Jeden), an Octave outputDeltas function (stored file 25088506300: its deltas defined in a comment,
ones(size(output))), an Octave cost_quadratic_delta function (stored file 33219022420: Nielsen's output delta), a
Markdown write-up on a linear layer's backward pass (stored file 22352435540: the chain rule's naive order, right for
dL/dX, a shape that does not fit for dL/dW, then the right formulas), a beginner's Python script (stored file
71472290838: a 1-1-1 network with no activation trained by hand, its numbers), a Markdown lesson on the chain rule
(stored file 53766245013: the local derivatives dy_dw2, dy_dh, dh_dw1 named and multiplied, its numbers), a MATLAB
DNN class (stored file 37048598178: obj.theta.W3', (h2 > 0) for the ReLU's slope, a trailing % comment) and a
Spanish Markdown module on multivariable calculus (stored file 25695107808: every factor of the chain named,
dL_da2, da2_dz2, ..., with gradient checking after it). Copied verbatim, typos and mistakes included (the JSON-escaped
text of the stored files decoded), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d names as the gradients, "dz2" =
"grad(z2[:])"; names that say what they are derivatives of, dL_dh2 = "grad(a2[:])"; code names for slopes written
as what they compute, sigmoidDeriv = "a2[:] * (1 - a2[:])", da2_dz2 likewise, dy_dw2 = "a1[0]"; the rows' layouts
transposed, "w1" = "W1[:, :].T"; helpers declared "sigmoid' at input" where they take sigmoid(z) (1 - sigmoid(z));
the columns of ones Dva and Jeden "1"), a network of the kind the page describes (with the page's numbers where it
gives them: the beginner's x = 2.0, y = 20.0, w1 = 3.0, b1 = 0.0, w2 = 2.0, b2 = 0.0, learning_rate = 0.01; the
lesson's x = 2.0, target = 10.0, w1 = 0.5, w2 = 0.3; the rates the files write, 1.0, 0.5, 0.01; all in
tests/public_formulas_batch181_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A loss's definition (loss = ..., error = ...), a derivative
by an output or a hidden output (d_out, dL_dy_pred, dL_dy, dL_dh, dL_dh2, dL_dh1, dL_da2, dL_da1, the write-up's
dL/dX) and a slope (sigmoidDeriv) are twinned as values, as in batches 14 to 177. Formulas keep their page's
delimiters and what surrounds them on their line (a code line's indentation, its ; and trailing % comment); the
write-up's $$ displays stand on lines of their own, so its formulas are taken without them.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 181

The batch: 54 formulas from 10 addresses (the gradient-checking example 7, the XOR script 5, back_prop3 7,
outputDeltas 2, cost_quadratic_delta 1, the linear-layer write-up 4, the beginner's script 8, the chain-rule lesson
4, the MATLAB DNN class 8, the Spanish module 8). By kind: 15 values (losses, derivatives by outputs and hidden
outputs, a slope), 10 deltas (gradients by the sums), 13 weight gradients, 10 bias gradients, 6 updates (all with
their rates: lr, learning_rate); no worked numbers (the pages found in time that work numbers were used by earlier
batches; the two pages with numbers here compute them in code). 4 are in LaTeX (the write-up's $$ displays), 50 in
code (Python/NumPy 32, the lesson's 4 in a Markdown code block among them; Octave/MATLAB 18).

1 is mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the XOR script's xs-dout, d_out = out - y[i]: d_out is the error's derivative by the output (the backward pass's
  name, used as such on the next lines), and under error = (out - y[i]) ** 2 that is 2 (out - y[i]): the 2 is
  missing (the script's slip; with lr = 1.0 it halves the step).

Not mistaken, though they look it: the XOR script's d_h and its two np.outer updates after the wrong d_out (d_out
names the output's gradient: right as written in it, wrong only through the line that computes it); the write-up's
first dL/dX, whose middle member is the chain rule's product in the naive order (\frac{\partial L}{\partial Y}
\frac{\partial Y}{\partial X}: "this in fact yields correct result"); back_prop3's dW3=1/m.*(a2*dz3')', the
product transposed twice (dz3 a2^T); the beginner's w2 update, made after w1's (dL_dw2 was computed before either);
the gradient-checking example's dW2 and dW1 with no 1/m (one sample).

What was left out: the gradient-checking example's fprop lines and its finite-difference loop (ng[j, k] = (...) / (2 *
eps), a difference of losses, not a backprop formula); the XOR script's forward lines; back_prop3's db2 and db1,
(1/m*sum(dz2'))', whose sum runs along the row dz2' (the samples for m > 1, but all units at once when m = 1: a slip
of Octave's sum on a one-sample network that no problem file's m can show either way), and the cap of 8 a file;
the write-up's wrong formula, \frac{\partial L}{\partial W} = \frac{\partial L}{\partial Y} \frac{\partial Y}{\partial
W} = \frac{\partial L}{\partial Y} X (a product whose shapes, [B, M] by [B, N], do not fit: a slip of shape, not of
value, which no twin can give a value, as batch 140 left such slips out), its differentials (dY = dX W + W dX + db,
with W dX for X dW: a typo, but not a backprop formula), its Frobenius products and its repeated dL/dW; the
beginner's multi-line dL_dw1 and dL_db1 (expressions over four and three lines in parentheses) and its ReLU and
softmax functions (softmax as max(d, c, h)); the chain-rule lesson's dy_dw2 = h, dy_dh = w2, dh_dw1 = x (the
notation's own meanings, tautologies), its prose chains over a 3-layer network written as scalars (dy/dx = W3 * W2 *
W1) and its Value class; the MATLAB class's dL_dx and dL_dW1 (extractdata(x_dl)', a call the notation cannot name as
a symbol) and its updates (through grad_ names assigned from the dL_ names); the Spanish module's da2_dz2 and
da1_dz1 lines, its single-neuron example and its linear-layer gradient check (another network) beyond the cap.
Pages read and not taken, all used by earlier batches: a Markdown note on the two paths of backprop (stored file
47010592486), a note on Ng's one-hidden-layer derivatives (45486868477), a simple backpropagation program with
numbers (26755055827), a Chinese note on output and hidden errors (26148965025), the hiddenDeltas functions
(26041142333, 38553674766, 17589861719), a Nielsen-equation Markdown file, a reference on delta_1 = (delta_2 W_2^T)
odot sigma'(z_1) and a vishwagw back_prop file (their repositories in the used list); a TypeScript multiple-choice
quiz on dL/dW (stored file 21776082903: the wrong options are shape slips, x @ (dL/dz) and the like, and its own
"correct" x^T @ dL/dz contradicts its z = Wx + b: slips of shape no twin can value).

Collected on 2026-12-07 (23:22 to 23:27 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation) with every network parsed before the oracle's run, without judging a
formula: all 10 loaded as first written. The oracle's first run passed every verdict as first transcribed (the
first 38 entries, then all 54 and the batch's two checks once the MATLAB class and the Spanish module were added).

Run blind at main 4fc6720 (/work/READY_FOR_BLIND65; src/ as at 4fc6720, main's last change to it; the rebase onto
it without conflict), with nothing under src/ changed. The first run (/work/batch181_blind.txt): 53 of 54 read with
every verdict right (98%), 1 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED
CORRECT. The refusal is not a slip of the notation or the twin (dz3 is the output sums' gradient, as the notation
says, and the page's network may well have one output), so the batch was run once; tests/test_public_formulas_held_out.py
-k "b181-" passed after the rebase, check's never-wrong-called-correct test included.

Of the 1 mistaken formula, it was read with its wrong member called wrong: xs-dout (the squared error's 2 missing).
By page: the gradient-checking example 7 of 7, the XOR script 5 of 5, back_prop3 6 of 7, outputDeltas 2 of 2,
cost_quadratic_delta 1 of 1, the linear-layer write-up 4 of 4, the beginner's script 8 of 8, the chain-rule lesson 4
of 4, the MATLAB DNN class 8 of 8, the Spanish module 8 of 8.

The refusal by construct, with the exact message:

- Octave's transpose of a one-element vector: oc-dw3, dW3=1/m.*(a2*dz3')'; "formula \"dW3=1/m .* (a2*dz3')'\": dz'_{3}
  is a number, and a prime after a name is read as Octave's transpose only of a vector or matrix; write dz_{3} for the
  number, or a derivative with d/dx" (dz3 the gradient of the one output's sum, a one-element column; the same
  function's W3' and a1', X' were read as transposes, and dz3 alone on dz2's line).

Read, among the constructs these pages brought: bprop's Ng-style gradients with fprop_cache['W2'].T and
sigmoid(z1) * (1-sigmoid(z1)); a row sample X[i] and y[i] as names, @ with a transpose, np.outer in updates with -=,
a derivative missing its 2 (xs-dout called wrong) and the lines after it right as written in it; Octave's ' on
matrices, .*, 1/m.*, sum(dz3), columns of ones named Dva and Jeden; ones(size(output)) in a slope and a delta with
its 2; sigmoid_prime of the sums; $$-display lines with \frac{\partial L}{\partial Y} \frac{\partial Y}{\partial X}
(the chain rule's naive product) and X^T, W^T; a 1-1-1 network's loss, derivatives and four updates by the names
dL_dy_pred, dL_dw1; local derivatives named dy_dw2, dy_dh, dh_dw1 in the notation; obj.theta.W3' and (h2 > 0) for
the ReLU's slope with a trailing % comment; a chain of named factors, dL_da2 * da2_dz2, np.outer and self.W2.T @.

Which look general: the refusal does: Octave and MATLAB code for one-output networks (Ng's ex4 style, a sigmoid
output with the cross-entropy) transposes the output's delta, a 1 x m row, as dz3', and on one sample it is a
one-element vector, whose transpose is itself: the reader takes the name as a number and the prime as a derivative's
mark rather than the transpose it is everywhere else in the same function.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch181_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_GC = _STORED.format(1069266947, "import numpy as np",
                     "a Python example of backpropagation with gradient checking: the notes' 2-layer network for "
                     "binary classification, bprop's gradients compared with finite differences")
_XS = _STORED.format(36403622147, "# network with sigmoid activation",
                     "a Python XOR script: sigmoid hidden units, a linear output, the squared error, np.outer updates")
_OC = _STORED.format(3534948526, "function [dW3,db3,dW2,db2,dW1,db1] = back_prop3(W1,W2,W3,a1,a2,a3,X,Y,m)",
                     "an Octave backward pass of a three-layer network, its columns of ones named in Slovak (Dva, "
                     "Jeden)")
_OD = _STORED.format(25088506300, "function [deltas] = outputDeltas(output,target)",
                     "an Octave function of a course's backpropagation assignment, its deltas defined in a comment")
_CQ = _STORED.format(33219022420, "function [ delta ] = cost_quadratic_delta( z, a, y )",
                     "an Octave function of a Nielsen-style network: the quadratic cost's output delta")
_LW = _STORED.format(22352435540, "# The simplest way to get formulas for backpropagation through linear layer and a "
                     "confusing detail about chain rule in matrix differentiation",
                     "a Markdown write-up on a linear layer's backward pass: the chain rule's naive order, a shape "
                     "that does not fit, and the right formulas")

_BN = _STORED.format(71472290838, "#Basic implementation of nn",
                     "a Python script of a beginner's forward and backward passes: ReLU neurons, then a 1-1-1 network "
                     "with no activation trained by hand, then the same in PyTorch")
_CR = _STORED.format(53766245013, "# Lesson 10: The Chain Rule",
                     "a Markdown lesson on the chain rule: dominos, a computation graph, Python code blocks")
_DN = _STORED.format(37048598178, "classdef DNN",
                     "a MATLAB DNN class: two ReLU hidden layers and a linear output, its gradients written by hand")
_ES = _STORED.format(25695107808, "# M\u00f3dulo 03 - C\u00e1lculo Multivariante para Deep Learning",
                     "a Spanish Markdown module on multivariable calculus for deep learning: a two-layer network's "
                     "backward pass, gradient checking")

_I2 = range(2)
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# the gradient-checking script's 2-2-1 sigmoid network under the binary cross-entropy: dL/dz1[j]
_GC_D1 = "W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"
_GC_LOSS = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"

# the XOR script's 2-4-1 network (sigmoid hidden, linear output) under the squared error: dE/dz1[j]
_XS_D1 = "2*(a2[0] - y[0])*W2[0,{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"

# the Octave 2-3-2-1 network (tanh, tanh, sigmoid with the binary cross-entropy): dL/dz2[k], dL/dz1[j]
_OC_D2 = "W3[0,{k}]*(a3[0] - y[0])*(1 - a2[{k}]**2)"
_OC_D1 = ("(" + " + ".join(f"W2[{k},{{j}}]*W3[0,{k}]*(a3[0] - y[0])*(1 - a2[{k}]**2)" for k in range(2))
          + ")*(1 - a1[{j}]**2)")

# the linear-layer write-up's 2-3-2 network (sigmoid hidden, linear output, half the squared error): dL/d a1[j]
_LW_DX = " + ".join(f"(a2[{k}] - y[{k}])*W2[{k},{{j}}]" for k in range(2))

# the MATLAB DNN's 2-3-3-1 network (ReLU, ReLU, linear) under the squared error's mean (one output): dL/dz2[k],
# dL/da1[j]
_DN_D2 = "W3[0,{k}]*2*(a3[0] - y[0])*Heaviside(z2[{k}])"
_DN_A1 = " + ".join(f"W2[{k},{{j}}]*W3[0,{k}]*2*(a3[0] - y[0])*Heaviside(z2[{k}])" for k in range(3))

# the Spanish module's 2-4-1 sigmoid network under the squared error: dL/dz2, dL/dz1[j]
_ES_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ES_D1 = f"W2[0,{{j}}]*{_ES_D2}*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the gradient-checking script (two-space indentation): bprop's gradients in Ng's column layout, with no
    # 1/m (one sample), the weights read from the forward pass's cache, fprop_cache['W2'] --------------------------
    Public("r1-gc-loss", _GC, "b181_gc", "b181_gc", "  loss = -(y * np.log(a2) + (1-y) * np.log(1-a2))", ((C,),),
           (Twin("value", _GC_LOSS, (_GC_LOSS,)),), batch=181,
           why="the loss's definition, the binary cross-entropy, a value"),
    Public("r1-gc-dz2", _GC, "b181_gc", "b181_gc", "  dz2 = (a2 - y)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=181,
           why="the binary cross-entropy through the sigmoid output"),
    Public("r1-gc-dw2", _GC, "b181_gc", "b181_gc", "  dW2 = np.dot(dz2, a1.T)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=181),
    Public("r1-gc-db2", _GC, "b181_gc", "b181_gc", "  db2 = dz2", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=181),
    Public("r1-gc-dz1", _GC, "b181_gc", "b181_gc",
           "  dz1 = np.dot(fprop_cache['W2'].T, dz2) * sigmoid(z1) * (1-sigmoid(z1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_GC_D1,), _J2),), batch=181,
           why="the output weights read from the cache's dictionary; the sigmoid's slope written of the sums"),
    Public("r1-gc-dw1", _GC, "b181_gc", "b181_gc", "  dW1 = np.dot(dz1, x.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_GC_D1}*x[{{i}}]",), _J2I2),), batch=181),
    Public("r1-gc-db1", _GC, "b181_gc", "b181_gc", "  db1 = dz1", ((C,),),
           (Twin("gradient", "b1[{j}]", (_GC_D1,), _J2),), batch=181),
    # ---- the XOR script (eight-space indentation): a row sample X[i], @ and np.outer, the squared error's
    # derivative written without its 2 (the script's slip), the later lines right as written in d_out ------------
    Public("r1-xs-err", _XS, "b181_xs", "b181_xs", "        error = (out - y[i]) ** 2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=181,
           why="the loss's definition, the squared error, a value"),
    Public("r1-xs-dout", _XS, "b181_xs", "b181_xs", "        d_out = out - y[i]", ((W,),),
           (Twin("value", "2*(a2[0] - y[0])", ("a2[0] - y[0]",)),), batch=181,
           why="d_out the error's derivative by the output (the backward pass's name): under error = (out - y[i]) "
               "** 2 it is 2 (out - y[i]); the 2 is missing (the script's slip)"),
    Public("r1-xs-dh", _XS, "b181_xs", "b181_xs", "        d_h = d_out @ w2.T * sigmoid_derivative(h_raw)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_XS_D1,), _J4),), batch=181,
           why="d_out the output's gradient, as named: right as written in it; the slope taken of the sums h_raw"),
    Public("r1-xs-w2", _XS, "b181_xs", "b181_xs", "        w2 -= lr * np.outer(h, d_out)", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*2*(a2[0] - y[0])",), _J4),), batch=181,
           why="right as written in d_out (the output's gradient, as named); lr = 1.0"),
    Public("r1-xs-w1", _XS, "b181_xs", "b181_xs", "        w1 -= lr * np.outer(X[i], d_h)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*x[{{i}}]*{_XS_D1}",), _J4I2),), batch=181),
    # ---- the Octave back_prop3 function (no indentation, each line ending in ;): ' for the transpose, .* for the
    # entrywise product, 1/m.*, tanh's slope written with the columns of ones Dva and Jeden ---------------------
    Public("r1-oc-dz3", _OC, "b181_oc", "b181_oc", "dz3=a3-Y;", ((C,),),
           (Twin("gradient_z", "z3[0]", ("a3[0] - y[0]",)),), batch=181,
           why="the binary cross-entropy through the sigmoid output"),
    Public("r1-oc-dw3", _OC, "b181_oc", "b181_oc", "dW3=1/m.*(a2*dz3')';", ((C,),),
           (Twin("gradient", "W3[0,{j}]", ("1/1*a2[{j}]*(a3[0] - y[0])",), _J2),), batch=181,
           why="a2 times dz3 transposed, the whole transposed: dz3 a2^T"),
    Public("r1-oc-db3", _OC, "b181_oc", "b181_oc", "db3=1/m*(sum(dz3));", ((C,),),
           (Twin("gradient", "b3[0]", ("1/1*(a3[0] - y[0])",)),), batch=181, why="the sum over the samples (one)"),
    Public("r1-oc-dz2", _OC, "b181_oc", "b181_oc", "dz2=W3'*dz3.*(Dva-a2.*a2);", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_OC_D2,), _K2),), batch=181,
           why="tanh's slope written of the outputs, Dva = ones(size(a2)) minus a2.*a2"),
    Public("r1-oc-dw2", _OC, "b181_oc", "b181_oc", "dW2=1/m.*(dz2*a1');", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"1/1*{_OC_D2}*a1[{{j}}]",), _K2J3),), batch=181),
    Public("r1-oc-dz1", _OC, "b181_oc", "b181_oc", "dz1=W2'*dz2.*(Jeden-a1.*a1);", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_OC_D1,), _J3),), batch=181,
           why="Jeden = ones(size(a1)): tanh's slope of the first hidden layer"),
    Public("r1-oc-dw1", _OC, "b181_oc", "b181_oc", "dW1=1/m.*(dz1*X');", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_OC_D1}*x[{{i}}]",), _J3I2),), batch=181),
    # ---- the Octave outputDeltas function (two-space indentation): the sigmoid's slope with ones(size(output)),
    # the squared error's delta with its 2 ---------------------------------------------------------------------------
    Public("r1-od-sd", _OD, "b181_od", "b181_od", "  sigmoidDeriv = output .* (ones(size(output)) - output);",
           ((C,),), (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=181,
           why="the sigmoid's slope written of the outputs, a value; ones(size(output)) a column of ones"),
    Public("r1-od-d", _OD, "b181_od", "b181_od", "  deltas = 2 * (output - target) .* sigmoidDeriv;", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=181,
           why="the comment's deltas, the error's derivatives by the net inputs, under the squared error's sum"),
    # ---- the Octave cost_quadratic_delta function (four-space indentation) ------------------------------------------
    Public("r1-cq-d", _CQ, "b181_cq", "b181_cq", "    delta = (a - y) .* sigmoid_prime(z);", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=181, why="Nielsen's delta^L under the quadratic cost; sigmoid_prime of the sums"),
    # ---- the linear-layer write-up ($$ displays, each formula on its own line between lines holding $$): the
    # naive chain rule that works for dL/dX, the right dL/dW and dL/db ---------------------------------------------
    Public("r1-lw-dx1", _LW, "b181_ll", "b181_ll",
           "\\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Y} \\frac{\\partial Y}{\\partial X} = "
           "\\frac{\\partial L}{\\partial Y} W^T", ((C, C),),
           (Twin("value", _LW_DX, (_LW_DX, _LW_DX), _J3),), batch=181,
           why="the gradient by the layer's input (the hidden outputs), a value; the chain rule's product in the "
               "middle (\"this in fact yields correct result\")"),
    Public("r1-lw-dw", _LW, "b181_ll", "b181_ll",
           "\\frac{\\partial L}{\\partial W} = X^T \\frac{\\partial L}{\\partial Y}",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - y[{k}])",), _K2J3),), batch=181,
           why="the rearranged product, the page's right answer (W input-first, [N, M])"),
    Public("r1-lw-dx2", _LW, "b181_ll", "b181_ll",
           "\\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Y} W^T",
           ((C,),), (Twin("value", _LW_DX, (_LW_DX,), _J3),), batch=181,
           why="the final formulas' first, a value"),
    Public("r1-lw-db", _LW, "b181_ll", "b181_ll", "\\frac{\\partial L}{\\partial b} = \\frac{\\partial L}{\\partial Y}",
           ((C,),), (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=181,
           why="one sample (B = 1): the page's note that the batch's rows are summed or averaged does not arise"),
    # ---- the "Basic implementation of nn" script, its backpropagation part (four-space indentation): a 1-1-1
    # network with no activation, its numbers in the file; the multi-line dL_dw1 and dL_db1 left out ----------------
    Public("r1-bn-loss", _BN, "b181_bn", "b181_bn", "    loss = (y - y_pred) ** 2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=181,
           why="the loss's definition, the squared error, a value"),
    Public("r1-bn-dy", _BN, "b181_bn", "b181_bn", "    dL_dy_pred = 2 * (y_pred - y)", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=181,
           why="the derivative by the output, a value"),
    Public("r1-bn-dw2", _BN, "b181_bn", "b181_bn", "    dL_dw2 = dL_dy_pred * h", ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a1[0]",)),), batch=181),
    Public("r1-bn-db2", _BN, "b181_bn", "b181_bn", "    dL_db2 = dL_dy_pred", ((C,),),
           (Twin("gradient", "b2[0]", ("2*(a2[0] - y[0])",)),), batch=181),
    Public("r1-bn-w1", _BN, "b181_bn", "b181_bn", "    w1 = w1 - learning_rate * dL_dw1", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*2*(a2[0] - y[0])*W2[0,0]*x[0]",)),), batch=181,
           why="dL_dw1 the loss's derivative by w1 (its multi-line definition, dL_dy_pred * w2 * x, left out)"),
    Public("r1-bn-b1", _BN, "b181_bn", "b181_bn", "    b1 = b1 - learning_rate * dL_db1", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*2*(a2[0] - y[0])*W2[0,0]",)),), batch=181),
    Public("r1-bn-w2", _BN, "b181_bn", "b181_bn", "    w2 = w2 - learning_rate * dL_dw2", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*2*(a2[0] - y[0])*a1[0]",)),), batch=181,
           why="w1 was updated on the line before; dL_dw2 was computed before it, from the same forward pass"),
    Public("r1-bn-b2", _BN, "b181_bn", "b181_bn", "    b2 = b2 - learning_rate * dL_db2", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*2*(a2[0] - y[0])",)),), batch=181),
    # ---- the chain-rule lesson's "Chain Rule by Hand" (a Markdown code block, four-space indentation): the local
    # derivatives named dy_dw2, dy_dh, dh_dw1 multiplied along the chain ----------------------------------------------
    Public("r1-cr-dy", _CR, "b181_cr", "b181_cr", "    dL_dy = 2 * (y - target)", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=181,
           why="the derivative by the output under L = (y - target)^2, a value"),
    Public("r1-cr-dw2", _CR, "b181_cr", "b181_cr", "    dL_dw2 = dL_dy * dy_dw2", ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a1[0]",)),), batch=181,
           why="dy_dw2 = h, the function's line before"),
    Public("r1-cr-dh", _CR, "b181_cr", "b181_cr", "    dL_dh = dL_dy * dy_dh", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])*W2[0,0]", ("2*(a2[0] - y[0])*W2[0,0]",)),), batch=181,
           why="the derivative by the hidden value, a value (dy_dh = w2)"),
    Public("r1-cr-dw1", _CR, "b181_cr", "b181_cr", "    dL_dw1 = dL_dh * dh_dw1", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a2[0] - y[0])*W2[0,0]*x[0]",)),), batch=181),
    # ---- the MATLAB DNN class's computeGradients (twelve-space indentation): obj.theta.W3' for the transpose,
    # (h2 > 0) for the ReLU's slope, lines ending in ; and a trailing % comment -------------------------------------
    Public("r1-dn-dy", _DN, "b181_dn", "b181_dn",
           "            dL_dy = 2 * (y_pred_data - y_data); % Use extractdata to remove dimension labels", ((C,),),
           (Twin("value", "2*(a3[0] - y[0])", ("2*(a3[0] - y[0])",)),), batch=181,
           why="the derivative by the output under mean((y_pred - y).^2) over one output, a value"),
    Public("r1-dn-dh2", _DN, "b181_dn", "b181_dn", "            dL_dh2 = obj.theta.W3' * dL_dy;", ((C,),),
           (Twin("value", "W3[0,{k}]*2*(a3[0] - y[0])", ("W3[0,{k}]*2*(a3[0] - y[0])",), _K3),), batch=181,
           why="the derivative by the second hidden layer's outputs, a value"),
    Public("r1-dn-dw3", _DN, "b181_dn", "b181_dn", "            dL_dW3 = dL_dy * h2';", ((C,),),
           (Twin("gradient", "W3[0,{k}]", ("2*(a3[0] - y[0])*a2[{k}]",), _K3),), batch=181),
    Public("r1-dn-db3", _DN, "b181_dn", "b181_dn", "            dL_db3 = dL_dy;", ((C,),),
           (Twin("gradient", "b3[0]", ("2*(a3[0] - y[0])",)),), batch=181),
    Public("r1-dn-dh1", _DN, "b181_dn", "b181_dn", "            dL_dh1 = obj.theta.W2' * (dL_dh2 .* (h2 > 0));",
           ((C,),), (Twin("value", _DN_A1, (_DN_A1,), _J3),), batch=181,
           why="the ReLU's slope written (h2 > 0) of the outputs (positive where the sums are), a value"),
    Public("r1-dn-dw2", _DN, "b181_dn", "b181_dn", "            dL_dW2 = (dL_dh2 .* (h2 > 0)) * h1';", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_DN_D2}*a1[{{j}}]",), _K3J3),), batch=181),
    Public("r1-dn-db2", _DN, "b181_dn", "b181_dn", "            dL_db2 = dL_dh2 .* (h2 > 0);", ((C,),),
           (Twin("gradient", "b2[{k}]", (_DN_D2,), _K3),), batch=181),
    Public("r1-dn-db1", _DN, "b181_dn", "b181_dn", "            dL_db1 = dL_dh1 .* (h1 > 0);", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"({_DN_A1})*Heaviside(z1[{{j}}])",), _J3),), batch=181),
    # ---- the Spanish module's SimpleNeuralNet.backward (eight-space indentation): each factor of the chain named
    # (dL_da2, da2_dz2, ...), np.outer and @, comments in Spanish with Unicode subscripts (not on the lines taken) --
    Public("r1-es-da2", _ES, "b181_es", "b181_es", "        dL_da2 = 2 * (a2 - y_true)", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=181,
           why="the derivative by the output under (output - y)^2, a value"),
    Public("r1-es-dz2", _ES, "b181_es", "b181_es", "        dL_dz2 = dL_da2 * da2_dz2", ((C,),),
           (Twin("gradient_z", "z2[0]", (_ES_D2,)),), batch=181,
           why="da2_dz2 = self.sigmoid_derivative(a2) = a2 (1 - a2), the line before"),
    Public("r1-es-dw2", _ES, "b181_es", "b181_es", "        dL_dW2 = np.outer(dL_dz2, a1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_ES_D2}*a1[{{j}}]",), _J4),), batch=181),
    Public("r1-es-db2", _ES, "b181_es", "b181_es", "        dL_db2 = dL_dz2", ((C,),),
           (Twin("gradient", "b2[0]", (_ES_D2,)),), batch=181),
    Public("r1-es-da1", _ES, "b181_es", "b181_es", "        dL_da1 = self.W2.T @ dL_dz2", ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_ES_D2}", (f"W2[0,{{j}}]*{_ES_D2}",), _J4),), batch=181,
           why="the derivative by the hidden outputs, a value"),
    Public("r1-es-dz1", _ES, "b181_es", "b181_es", "        dL_dz1 = dL_da1 * da1_dz1", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ES_D1,), _J4),), batch=181),
    Public("r1-es-dw1", _ES, "b181_es", "b181_es", "        dL_dW1 = np.outer(dL_dz1, x)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ES_D1}*x[{{i}}]",), _J4I2),), batch=181),
    Public("r1-es-db1", _ES, "b181_es", "b181_es", "        dL_db1 = dL_dz1", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ES_D1,), _J4),), batch=181),
]

