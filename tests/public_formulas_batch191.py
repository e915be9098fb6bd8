r"""Batch 191 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 5 addresses no earlier batch used (the code corpus, with this batch's emphasis on the less common
languages and environments: Julia, R and MATLAB; every address a stored file whose repository the index does not
name): a Julia script (stored file 45748539628: Ng's back_prop with broadcast operators, dZ2 = A[2] .- y, dW2 = (1/m)
.* dZ2 * A[1]', the adjoint ' and transpose(X), sum(dZ2, dims=2), update's W1 = W[1] .- learn_rate .* dW[1]), an R
function neural_network (stored file 63557738342: a linear output, d_predicted_output <- error * 1, tcrossprod and
crossprod, (learning_rate / n), colMeans, two tabs of indentation), an R cross-validation script (stored file
29949360882: %*% and t(), colSums, the "gradients" it adds with momentum), a MATLAB XOR script (stored file
35985931133: two sigmoid hidden layers, Ng's d names with ' and .*, % comments aligned after the lines) and a
MATLAB XOR script's function mlpXOR (stored file 69113181788: dZ2 = (A2 - y) / m with % size comments). Copied
verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded), each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: Ng's d names as the gradients, "dZ2" = "grad(z2[:])"; Julia's A[1], A[2], W[2], dW[1] array entries
named as the symbols they hold; the R scripts' deltas, which are -dE/dz, written "-grad(z2[:]).T" where the
updates add them, and the cross-validation script's gradient_ names "-grad(W2[:, :]).T", the negated gradients
the momentum terms add; helpers declared "sigmoid' at output" where they compute x (1 - x) of what they are given
(the R function's activation_function_derivative, passed in, taken as the sigmoid's), a network of the kind the page
describes (with the page's numbers where it gives them: the Julia script's 2-3-1 and learn_rate 0.001, the MATLAB
script's learning_rate = 3, mlpXOR's lr 0.5, the cross-validation script's 0.1; all in
tests/public_formulas_batch191_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A code's delta or error (error, d_predicted_output, d_hidden_layer, error_hidden_layer), a derivative
by a layer's outputs (dA2) and the cross-validation script's negated gradients are twinned as values, as in
batches 14 to 143. Formulas keep their code's indentation and trailing comments.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 191

The batch: 39 formulas from 5 addresses (the Julia script 8, the R function 7, the R cross-validation script 8, the
MATLAB script 8, mlpXOR 8), all in code (Julia 8, R 15, MATLAB 16).
It is small: the collection started late (02:24 by the
machine's clock, its deadline 02:40), and fewer formulas were taken rather than be late, as the brief allows.

1 is mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the MATLAB script's mx-dz3, dZ3 = (A3-Y) .* sigmoid_derivative(A3): the loss it computes is the mean of the squares,
  sum((Y - A3).^2) / length(Y) (the squared error on one sample and one output), whose gradient by A3 is 2 (A3 - Y):
  the 2 is missing (the step of half the squared error).

Not mistaken, though they look it: the MATLAB dW3, db3, dA2, dZ2, dZ1, dW1 and W3 lines after the wrong dZ3 (Ng's d
names: right as written in it, wrong only through the line that computes it), and the comments "Gradient for W2"
and "Gradient for b2" beside dW3 and db3 (slips of the comments, not of the formulas); the Julia script's m =
size(y)[1], the rows of a 1 x N target (1: the number of samples only on one sample, the network's, so no
one-sample network shows it); the R scripts' + updates (their deltas are -dE/dz); the R function's
d_predicted_output <- error * 1 (its output is linear: the slope 1); the cross-validation script's gradient_ names,
which are the negated gradients (added by the momentum terms), right as their notation says.

What was left out: the Julia script's cost, forward pass and the rest of update (b1, W2: the same lines as those
taken), its data loading; the R function's forward pass (an expression with matrix(rep(...)) for the biases) and
its mse; mlpXOR's forward pass, loss, and the W1, b1, W2 updates (the same line as b2's); the cross-validation
script's forward pass, its momentum updates (momentum_... <- momentum_rate *
momentum_... + learning_rate * gradient_...: a momentum term no problem file holds) and the loss; the MATLAB
script's forward pass, the loss line, db2, dA1, db1 and the other five updates (the same constructs as those
taken). Pages read and not taken: a MATLAB MNIST script (stored file 1049447793: dA2 = (A2 - y_train) / num_train
with integer labels, dZ2 = dA2 * W2', dZ1 = dA1' * sigmoid(Z1).^2: products whose sizes do not match, which no
twin can transcribe entry by entry; not taken for lack of time to twin what could be), Octave ex4 copies (Theta1,
Theta2 holding the bias in their first column), a Kotlin password-strength network (stored file 13732055063, used
by an earlier batch) and a Kotlin MultiLayerPerceptron on tabs (stored file 337955499: += accumulators over
indexed arrays, weightsHo[j][k] += result.weightsHoUpdates[j][k] / batchSize; not taken for lack of time).

Collected on 2026-12-08 (02:24 to 02:29 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 5 loaded as first written. The oracle's runs passed every verdict as first transcribed (31 entries of the first
four pages, then 39 with mlpXOR's, and the batch's checks).

Run blind at main fc1aa08 (/work/READY_FOR_BLIND67; the branch started there, so no rebase was run, and git diff
fc1aa08 HEAD -- src is empty), with nothing under src/ changed. The first run (/work/batch191_blind.txt): 36 of 39
read with every verdict right (92%), 3 refused, no typo (none mistyped), no misreading, no crash, NO WRONG FORMULA
CALLED CORRECT. No refusal was a slip of the notations (all three are one construct of the page, R's crossprod and
tcrossprod), so the batch was run once; tests/test_public_formulas_held_out.py -k "b191-" passed, check's
never-wrong-called-correct test included.

Of the 1 mistaken formula, it was read with its wrong member called wrong: mx-dz3 (the squared error's 2 missing).
By page: the Julia script 8 of 8, the R function 4 of 7, the R cross-validation script 8 of 8, the MATLAB script 8
of 8, mlpXOR 8 of 8.

The refusals by construct, with the exact message:

- R's base products crossprod(A, B) (= t(A) %*% B) and tcrossprod(A, B) (= A %*% t(B)), both on the R function's
  lines: rl-dh, "formula 'd_hidden_layer \\leftarrow (tcrossprod(d_predicted_output,...': a list in parentheses is
  not a formula at ',' (position 59); write one expression"; rl-w2, "formula 'weights_1_2 \\leftarrow weights_1_2 +
  (crossprod(hidden_la...': a list in parentheses is not a formula at ',' (position 70); write one expression";
  rl-w1, "formula 'weights_0_1 \\leftarrow weights_0_1 + (crossprod(X, d_hidd...': a list in parentheses is not a
  formula at ',' (position 52); write one expression".

Read, among the constructs these pages brought: Julia's broadcast operators .- and .*, the adjoint ' on an array
entry (W[2]'), transpose(X), sum(dZ2, dims=2), (1/m) .* in front, array entries as names (A[2], dW[1], b[2]) and
trailing # comments; R's <- with %*% and t(), colSums and colMeans, + updates with the code's deltas, a linear
output's error * 1, two tabs of indentation; MATLAB's ' and .*, sum(dZ, 2), % comments aligned after the lines (a
prime in one: % sigmoid'), two hidden layers, the squared error's missing 2 called wrong (mx-dz3).

Which look general: R's crossprod and tcrossprod, refused as "a list in parentheses" (batch 186's es-dw2 and es-dw1
met crossprod already): base R's products, common in R write-ups beside %*% and t(); a reader that knows
crossprod(A, B) = t(A) %*% B and tcrossprod(A, B) = A %*% t(B) (one argument: crossprod(A) = t(A) %*% A) would read
all three.
"""


from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch191_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JL = _STORED.format(45748539628, "using Plots",
                     "a Julia script: Ng's 2-3-1 sigmoid network on the samples' columns, back_prop with broadcast "
                     "operators .- .* and ', update with learn_rate")
_RL = _STORED.format(63557738342, "neural_network <- function(X, y, hidden_nodes, epochs, init, init_range = 0.5,",
                     "an R function neural_network: a linear output, tcrossprod and crossprod, colMeans, the deltas "
                     "added to the weights")
_RM = _STORED.format(29949360882, "# Load necessary libraries",
                     "an R cross-validation script: sigmoid layers, %*% and t(), colSums, gradients added with "
                     "momentum")
_MX = _STORED.format(35985931133, "close all;",
                     "a MATLAB XOR script: two sigmoid hidden layers, Ng's d names with % comments, the loss "
                     "\"Mean Squared Error\"")
_MO = _STORED.format(69113181788, "X = [0 0 1 1; 0 1 0 1];",
                     "a MATLAB XOR script whose function mlpXOR writes Ng's backward pass with /m on dZ2 and % size "
                     "comments")

_I2 = range(2)
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))

# the Julia 2-3-1 sigmoid network under the binary cross-entropy: dL/dz2, dL/dz1[j]
_JL_D2 = "(a2[0] - y[0])"
_JL_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"

# the R function's 2-3-1 network (sigmoid hidden, linear output) under half the squared error: dE/dz1[j]
_RL_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# the R cross-validation script's 2-4-2 sigmoid network under half the squared error: dE/dz2[k], dE/da1[j], dE/dz1[j]
_RM_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_RM_A1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_RM_D1 = f"({_RM_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the MATLAB 2-3-3-1 sigmoid network under the squared error: dE/dz3, dE/dz2[j], dE/dz1[j]
_MX_D3 = "2*(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_MX_DZ2 = f"W3[0,{{j}}]*{_MX_D3}*a2[{{j}}]*(1 - a2[{{j}}])"
_MX_DZ1 = ("(" + " + ".join(f"W2[{m},{{j}}]*" + _MX_DZ2.replace("{j}", str(m)) for m in range(3))
           + ")*a1[{j}]*(1 - a1[{j}])")

# the mlpXOR 2-2-1 sigmoid network under the binary cross-entropy: dL/dz1[j]
_MO_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_J2 = tuple({"j": j} for j in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))


ENTRIES = [
    # ---- the Julia script's back_prop and update (four-space indentation): broadcast operators .- and .*, the
    # adjoint ', transpose(X), sum(..., dims=2), (1/m) in front, trailing # comments -------------------------------
    Public("q191-jl-dz2", _JL, "b191_jl", "b191_jl", "    dZ2 = A[2] .- y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=191,
           why="the binary cross-entropy through the sigmoid output; A = forward_prop's [A1, A2]"),
    Public("q191-jl-dw2", _JL, "b191_jl", "b191_jl", "    dW2 = (1/m) .* dZ2 * A[1]'", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"(1/1)*{_JL_D2}*a1[{{j}}]",), _J3),), batch=191,
           why="m = size(y)[1], the rows of the 1 x N target: 1, which is the number of samples only on one sample "
               "(the network's)"),
    Public("q191-jl-db2", _JL, "b191_jl", "b191_jl",
           "    db2 = (1/m) .* sum(dZ2, dims=2) # we want to sum all columns into one, which is defined as dimension 2",
           ((C,),), (Twin("gradient", "b2[0]", (f"(1/1)*{_JL_D2}",)),), batch=191),
    Public("q191-jl-dz1", _JL, "b191_jl", "b191_jl",
           "    dZ1 = (W[2]' * dZ2) .* (A[1] .* (1 .- A[1])) # note that element-wise matrix mult must be broadcasted",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_JL_D1,), _J3),), batch=191,
           why="the sigmoid's slope written of the hidden outputs, A[1] .* (1 .- A[1])"),
    Public("q191-jl-dw1", _JL, "b191_jl", "b191_jl", "    dW1 = (1/m) .* dZ1 * transpose(X)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"(1/1)*{_JL_D1}*x[{{i}}]",), _J3I2),), batch=191),
    Public("q191-jl-db1", _JL, "b191_jl", "b191_jl", "    db1 = (1/m) .* sum(dZ1, dims=2)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"(1/1)*{_JL_D1}",), _J3),), batch=191),
    Public("q191-jl-w1", _JL, "b191_jl", "b191_jl", "    W1 = W[1] .- learn_rate .* dW[1]", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_JL_D1}*x[{{i}}]",), _J3I2),), batch=191,
           why="update's arrays: W[1] the weights, dW[1] their gradient (back_prop's [dW1, dW2])"),
    Public("q191-jl-b2", _JL, "b191_jl", "b191_jl", "    b2 = b[2] .- learn_rate.*db[2]", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_JL_D2}",)),), batch=191),
    # ---- the R function neural_network (two tabs of indentation): a linear output (d_predicted_output <- error * 1),
    # tcrossprod and crossprod, (learning_rate / n), colMeans; the code's deltas (-dE/dz) added to the weights --------
    Public("q191-rl-err", _RL, "b191_rl", "b191_rl", "\t\terror <- y - predicted_output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=191, why="a value"),
    Public("q191-rl-dp", _RL, "b191_rl", "b191_rl", "\t\td_predicted_output <- error * 1", ((C,),),
           (Twin("value", "-(a2[0] - y[0])", ("(y[0] - a2[0])*1",)),), batch=191,
           why="the code's delta (-dE/dz2) of the linear output: its slope 1 (the sigmoid's line commented out above "
               "it)"),
    Public("q191-rl-dh", _RL, "b191_rl", "b191_rl",
           "\t\td_hidden_layer <- (tcrossprod(d_predicted_output, weights_1_2)) * "
           "activation_function_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_RL_D1}", (f"-{_RL_D1}",), _J3),), batch=191,
           why="tcrossprod(A, B) = A %*% t(B); the derivative taken of the hidden outputs"),
    Public("q191-rl-w2", _RL, "b191_rl", "b191_rl",
           "\t\tweights_1_2 <- weights_1_2 + (crossprod(hidden_layer_output, d_predicted_output) * "
           "(learning_rate / n))",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _J3),), batch=191,
           why="crossprod(A, B) = t(A) %*% B; n = nrow(X), one sample"),
    Public("q191-rl-w1", _RL, "b191_rl", "b191_rl",
           "\t\tweights_0_1 <- weights_0_1 + (crossprod(X, d_hidden_layer) * (learning_rate / n))", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_RL_D1}*x[{{i}}]",), _J3I2),), batch=191),
    Public("q191-rl-bo", _RL, "b191_rl", "b191_rl",
           "\t\tbias_output <- bias_output + colMeans(d_predicted_output) * learning_rate", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=191,
           why="the mean over the samples (one)"),
    Public("q191-rl-bh", _RL, "b191_rl", "b191_rl",
           "\t\tbias_hidden <- bias_hidden + colMeans(d_hidden_layer) * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_RL_D1}",), _J3),), batch=191),
    # ---- the R cross-validation script (four-space indentation): %*% and t(), colSums, the code's deltas and the
    # "gradients" it adds with momentum (negated gradients of half the squared error) ------------------------------
    Public("q191-rm-err", _RM, "b191_rm", "b191_rm", "    error <- y_train - predicted_output", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=191),
    Public("q191-rm-dp", _RM, "b191_rm", "b191_rm",
           "    d_predicted_output <- error * sigmoid_derivative(predicted_output)", ((C,),),
           (Twin("value", f"-{_RM_D2}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=191,
           why="sigmoid_derivative(x) = x * (1 - x), taken of the outputs"),
    Public("q191-rm-eh", _RM, "b191_rm", "b191_rm",
           "    error_hidden_layer <- d_predicted_output %*% t(weights_hidden_output)", ((C,),),
           (Twin("value", f"-({_RM_A1})", (f"-({_RM_A1})",), _J4),), batch=191,
           why="-dE/d(hidden output j), a value"),
    Public("q191-rm-dh", _RM, "b191_rm", "b191_rm",
           "    d_hidden_layer <- error_hidden_layer * sigmoid_derivative(hidden_layer_output)", ((C,),),
           (Twin("value", f"-{_RM_D1}", (f"-{_RM_D1}",), _J4),), batch=191),
    Public("q191-rm-gw2", _RM, "b191_rm", "b191_rm",
           "    gradient_weights_hidden_output <- t(hidden_layer_output) %*% d_predicted_output", ((C,),),
           (Twin("value", f"-{_RM_D2}*a1[{{j}}]", (f"-{_RM_D2}*a1[{{j}}]",), _K2J4),), batch=191,
           why="the negated gradient (the momentum term adds it), a value"),
    Public("q191-rm-gb2", _RM, "b191_rm", "b191_rm", "    gradient_bias_output <- colSums(d_predicted_output)",
           ((C,),), (Twin("value", f"-{_RM_D2}", (f"-{_RM_D2}",), _K2),), batch=191),
    Public("q191-rm-gw1", _RM, "b191_rm", "b191_rm",
           "    gradient_weights_input_hidden <- t(X_train) %*% d_hidden_layer", ((C,),),
           (Twin("value", f"-{_RM_D1}*x[{{i}}]", (f"-{_RM_D1}*x[{{i}}]",), _J4I2),), batch=191),
    Public("q191-rm-gb1", _RM, "b191_rm", "b191_rm", "    gradient_bias_hidden <- colSums(d_hidden_layer)", ((C,),),
           (Twin("value", f"-{_RM_D1}", (f"-{_RM_D1}",), _J4),), batch=191),
    # ---- the MATLAB XOR script (four-space indentation): Ng's d names on columns, ' for the transpose, .* and
    # sum(..., 2), % comments aligned after the lines; dZ3 without the squared error's 2 ------------------------------
    Public("q191-mx-dz3", _MX, "b191_mx", "b191_mx",
           "    dZ3 = (A3-Y) .* sigmoid_derivative(A3); % Error at ouput", ((W,),),
           (Twin("gradient_z", "z3[0]", ("(a3[0] - y[0])*a3[0]*(1 - a3[0])",)),), batch=191,
           why="the loss is the mean of the squares, sum((Y - A3).^2) / length(Y): its gradient by A3 is 2 (A3 - Y) "
               "on one sample, the 2 missing (the step of half the squared error)"),
    Public("q191-mx-dw3", _MX, "b191_mx", "b191_mx",
           "    dW3 = dZ3 * A2';                        % Gradient for W2", ((C,),),
           (Twin("gradient", "W3[0,{j}]", (f"{_MX_D3}*a2[{{j}}]",), _J3),), batch=191,
           why="right as written in dZ3 (Ng's d name, the output sums' gradient); the comment's W2 a slip of the "
               "comment"),
    Public("q191-mx-db3", _MX, "b191_mx", "b191_mx",
           "    db3 = sum(dZ3, 2);                      % Gradient for b2", ((C,),),
           (Twin("gradient", "b3[0]", (_MX_D3,)),), batch=191),
    Public("q191-mx-da2", _MX, "b191_mx", "b191_mx", "    dA2 = W3' * dZ3;", ((C,),),
           (Twin("value", f"W3[0,{{j}}]*{_MX_D3}", (f"W3[0,{{j}}]*{_MX_D3}",), _J3),), batch=191,
           why="the derivative by the second hidden layer's outputs, a value"),
    Public("q191-mx-dz2", _MX, "b191_mx", "b191_mx", "    dZ2 = dA2 .* sigmoid_derivative(A2);", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_MX_DZ2,), _J3),), batch=191),
    Public("q191-mx-dz1", _MX, "b191_mx", "b191_mx",
           "    dZ1 = dA1 .* sigmoid_derivative(A1);    % Error at hidden layer", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MX_DZ1,), _J3),), batch=191),
    Public("q191-mx-dw1", _MX, "b191_mx", "b191_mx",
           "    dW1 = dZ1 * X';                         % Gradient for W1", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MX_DZ1}*x[{{i}}]",), _J3I2),), batch=191),
    Public("q191-mx-w3", _MX, "b191_mx", "b191_mx", "    W3 = W3 - learning_rate * dW3;", ((C,),),
           (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] - eta*{_MX_D3}*a2[{{j}}]",), _J3),), batch=191,
           why="the step with dW3 (Ng's d name: the gradient), right as written"),
    # ---- the MATLAB mlpXOR function (four-space indentation): Ng's backward pass with /m on dZ2, ' and .*, the
    # sizes in % comments aligned after the lines -------------------------------------------------------------------
    Public("q191-mo-dz2", _MO, "b191_mo", "b191_mo", "    dZ2 = (A2 - y) / m;           % 1 x m", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])/1",)),), batch=191,
           why="the binary cross-entropy's mean through the sigmoid output; m the number of samples (one)"),
    Public("q191-mo-dw2", _MO, "b191_mo", "b191_mo", "    dW2 = dZ2 * A1';              % 1 x 2", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),), batch=191),
    Public("q191-mo-db2", _MO, "b191_mo", "b191_mo", "    db2 = sum(dZ2, 2);", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=191),
    Public("q191-mo-da1", _MO, "b191_mo", "b191_mo", "    dA1 = W2' * dZ2;              % 2 x m", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J2),), batch=191,
           why="the derivative by the hidden outputs, a value"),
    Public("q191-mo-dz1", _MO, "b191_mo", "b191_mo", "    dZ1 = dA1 .* A1 .* (1 - A1);  % sigmoid'", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_MO_D1,), _J2),), batch=191,
           why="the sigmoid's slope written of the hidden outputs; the comment holds a prime"),
    Public("q191-mo-dw1", _MO, "b191_mo", "b191_mo", "    dW1 = dZ1 * X';               % 2 x 2", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MO_D1}*x[{{i}}]",), _J2I2),), batch=191),
    Public("q191-mo-db1", _MO, "b191_mo", "b191_mo", "    db1 = sum(dZ1, 2);", ((C,),),
           (Twin("gradient", "b1[{j}]", (_MO_D1,), _J2),), batch=191),
    Public("q191-mo-b2", _MO, "b191_mo", "b191_mo", "    b2 = b2 - lr * db2;", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=191),
]
