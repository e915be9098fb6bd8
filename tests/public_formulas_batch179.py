r"""Batch 179 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on matrix-calculus
derivations of backpropagation for batches: samples in rows or in columns, Jacobians, dZ = dA * g'(Z), dW = dZ A^T / m,
db the sum over the samples; every address a stored file whose repository the index does not name): an Obsidian note
on vectorized backpropagation (stored file 3602524326: four inline $ rules in Ng's layout, the samples columns, dZ^l
= dA^l * dG^l(Z^l), A^{[l-1]T} with the T inside the superscript), EPFL MICRO-401's MATLAB backward_pass.m (stored
file 26419417585: cells dZ{l}, dW0{l}, A{l} holding A0 first, the samples columns, ./ M and sum(., 2)), a Julia
network's propagate_back! (stored file 36975766633: NN.cache's arrays, @. and .*, the samples columns, branches by the
activation's name), the dlbook's chapter 2.13 notebook exported to Python (stored file 21310041033: the samples rows,
$$ displays in # comments, \odot, \sum_c, \hspace{0.1cm} between factors), a Korean NumPy regressor (stored file
42808662447: the samples rows, W[l] input-first, @ and .T, trailing # (shape) comments), Justin Johnson's notes on
a linear layer in Markdown (stored file 13062724692: X of shape N x D, the chain rule through Jacobians,
dL/dW = X^T dL/dY), a Markdown chapter on backpropagation with batches (stored file 21265566028: p x n matrices in
rows, sums over the samples of a row times a bmatrix column with \cdots and \vdots, a Jacobian's entry, the MSE's
1/(pn)), a MATLAB backward_pass with the samples rows (stored file 42635443543: dW{j} = dZ{j}'*A{j-1}, sum(., 1)'), an
FCLayer class (stored file 10057786291: Ng's layout, the step taken inside backward_pass) and deep-network helpers
commented in Chinese (stored file 3626573085: Ng's layout, dictionaries indexed by "W" + str(l + 1)). The layouts:
samples in columns (the Obsidian note, EPFL's, the Julia network, the FCLayer, the Chinese helpers), in rows (the
dlbook, the Korean regressor, Johnson's notes, the batches chapter, the MATLAB backward_pass with rows). Copied
verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; a notebook's $$ display
as its three # comment lines, a Markdown $$ display on its own lines as its three lines; code lines with their
indentation, tabs for the Julia file, and trailing # comments and spaces), each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: Ng's d names
as the gradients, transposed where the samples are rows, "dZ_{2}" = "grad(z2[:]).T"; a code's name that stands for
each layer in turn, dZ, dA, NN.cache.dZ[l], dZ{j}, given the meaning it has where the line runs, one notation for
each place: the Julia file's branches at the layer whose activation they test (b179_jt_h at the hidden layer,
b179_jt_o at the output, with indices = "ijk" so that l stays a literal), the Korean loop's two passes (b179_kr_o,
b179_kr_h) and its step over every layer (b179_kr_u, l a placeholder), the MATLAB file before its loop (j = 3) and
after it (j = 2); a layer-level page's linear layer taken as a network's output layer (X the hidden outputs, Y the
output sums, W input-first) and the batches chapter's activation layer as the hidden layer's (x its sums, y its
outputs), its loss in a third notation (y_hat the outputs, y the targets); i the sample index, unused by the
meanings, where the pages index the samples, x_{ik}), a network of the kind the page describes (the pages give no
numbers: the sizes of Johnson's case, D = 2, M = 3; three layers for the MATLAB loop to run once; the rates the
files write, LR 0.01, else 0.1; all in tests/public_formulas_batch179_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative
by an activation or by an input (dA^{[l-1]}, NN.cache.dA[l], dA_1, dA = ..., pre, dA_prev, dL/dX), a Jacobian's
entry (dy_ij/dx_ik = w_kj), a slope (dy_ij/dx_ij = f'(x_ij), s'(x)) and the MSE's derivative by a prediction are
twinned as values, as in batches 14 to 177. What was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 179

The batch: 62 formulas from 10 addresses (the Obsidian note 4, EPFL's backward_pass.m 5, the Julia propagate_back! 8,
the dlbook notebook 8, the Korean regressor 7, Johnson's notes 5, the batches chapter 7, the MATLAB backward_pass 6,
the FCLayer class 5, the Chinese helpers 7). 23 are in documents or in strings that hold LaTeX (the Obsidian note's
4 in $, the dlbook's 8 in $ and # $$, Johnson's 5 in $$ and $, the batches chapter's 6 in $$; one line of its
python block is counted with the code), 39 in code (MATLAB 11, Julia 8, Python/NumPy 20, a docstring's and a
comment's lines among them). By kind: 14 derivatives by a layer's sums (dZ), 14 weight gradients, 12 bias gradients, 5
updates (with a rate: lr, learning_rate), 17 values (derivatives by activations or inputs, Jacobian entries, slopes,
the loss's derivative); 4 chains of two members; no worked numbers (the pages give none).

7 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Julia file's jl-dzt, NN.cache.dZ[l] = NN.cache.dA[l] .* drelu_dZ(NN, l), the "tanh" branch multiplying by the
  ReLU's slope (Z[l] > 0) where tanh's is 1 - A[l]^2;
- the Julia file's jl-dzr, NN.cache.dZ[l] = NN.cache.dA[l] .* dtanh_dZ(NN, l), the "relu" branch multiplying by
  tanh's slope (the two branches call each other's helper);
- the Julia file's jl-dzs, NN.cache.dZ[l] = NN.cache.dA[l] .* dsoftmax_dZ(NN, l): dsoftmax_dZ's A (1 - A) keeps only
  the diagonal of the softmax's Jacobian, so with "cross_entropy_multi"'s dA = -Y ./ A every class but the label's
  gets 0 where dL/dz is A - Y;
- the MATLAB backward_pass's mr-dw1, dW{j-1} = (dZ{j}'*X);, and mr-db1, db{j-1} = sum(dZ{j},1)';, after the loop
  (j = 2): the first layer's gradients from dZ{2}, the second layer's sums' gradient, where dZ{1} (the loop's dZ{j-1})
  was meant (on a 2-3-3-2 network, where the shapes agree and MATLAB runs it);
- the FCLayer's fc-b, self.b -= learning_rate * (np.sum(self.dZ) / self.m): np.sum without an axis adds every unit's
  entry, so each bias steps by the layer's total (one output unit would hide it: the layer is a 2-unit output here);
- the Chinese helpers' zh-sp, the comment # 根据 sigmoid 的导数：s'(x) = s(x) * 1 - s(x) ...: s(x) * 1 - s(x) is 0, the
  parentheses of s(x) * (1 - s(x)) missing (the code on the next lines has them).

Not mistaken, though they look it: EPFL's dW{l} = 1/M*dZ{l}*A{l}' (A{l} is the output of layer l-1: the cell holds
A0 first); the MATLAB dZ{j} = (1/size(Y,1))*(Y_out - Y_hat) (Y_hat the one-hot labels, Y_out the predictions: the
names the other way round from the usual); the dlbook's dA_2 = A_2-y under its "MSE" (taken as half the squared
error, which its A_2 - y says); the Korean regressor's 2*(A_L - y)/N (its MSE is the mean, without a half); Johnson's
chain rules through Jacobians dL/dY dY/dW (contracted products, as the page says); the batches chapter's first
member of dL/dw_kj (a row times a column holding x_ik at j: a sum of one term); the FCLayer's self.W step (taken
before the method returns np.dot(self.W.T, self.dZ) with the stepped weights, a line with no left side, left out).

What was left out: the Obsidian note's prose; EPFL's dZ{end} = dE (a definition); the Julia file's helpers' return
lines, its "cross_entropy_multi" and "mean_squared_error" dA lines, its db line and its regularization line (+=
lambda/m W); the dlbook's general rules per operation (dX = dZ W^T and dW = X^T dZ with shape subscripts, dX = dZ,
db = \sum_c dZ of a blackbox whose X is any layer's input), its forward pass and dR_l = dZ_l, dX = dR_1 W_1^T (the
input's gradient); the Korean file's dA = dZ @ self.W[l].T (a name whose meaning changes within the line's pass),
its bias step, metrics and training loop; Johnson's element-wise displays with pmatrix members and the lines
starting with =; the batches chapter's forward pass, its matrix displays with \vdots over every entry (dL/dW, dL/db,
dL/dX, and dL/dY_hat, whose last column writes 2/n for 2/(pn): a typo no one-sample network shows), its chain rules
through the undefined dY/dW; the MATLAB loop's lines (the same as the lines before it); the FCLayer's comments
(# dZ = dA * g'(Z)) with an unbalanced parenthesis, # dA[l-1] = W.T * dZ with * for the product) and its return line;
the Chinese helpers' dW with the L2 term (lambd / m * W: the networks have none), the docstring's dA = np.dot(W.T,
dZ) (dA there names the previous layer's), relu_backward's dZ[Z <= 0] = 0 and the momentum updates. Pages read and
not taken: a MATLAB backward_propagation with dZ1 = (W2'* dZ2) .* (A1.^2) (stored file 25555012318, used by an
earlier batch), a Markdown lesson with dz[l] = W[l+1]' dZ[l+1] g[l](Z[l]) (stored file 10868773007, used), a note
with two backprop paths (stored file 47010592486, used), jmcheon/multilayer_perceptron's notation.md (used),
Johnson's PDF-extracted notes (stored file 62718915939: the formulas are images), and many Ng-template copies.

Collected on 2026-12-07 (22:57 to 23:07 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
of the 19 pairs, 16 loaded as first written; three were changed: the Obsidian note's dG^{1} as a function's key (a
derivative's name must be a word: dG = "relu' at input" instead), EPFL's backward_activation(Z{l}, Sigmas{l}) as a
symbol's pattern (not one symbol: functions' backward_activation = "sigmoid' at input" instead), and the FCLayer's
getattr(self.activation, 'derivative')(self, self.A), which neither a pattern nor a function's key may be (left
unnamed: its line is read as the notation leaves it). The oracle's first run passed every verdict as first
transcribed (62 entries and the batch's two checks).

Run blind at main 4fc6720 (/work/READY_FOR_BLIND65; the rebase of this batch's one commit onto it without
conflict), with nothing under src/ changed. The first run (/work/batch179_blind.txt): 46 of 62 read with every
verdict right (74%), 14 refused, 2 misread (two right formulas called wrong), no typo (none mistyped), no crash, NO
WRONG FORMULA CALLED CORRECT. One refusal was my notation's slip: b179_kr_h gave act_backward(A_cur, Z,
self.activation) the meaning "1 - a1[:].T**2", a transpose inside the arithmetic, which the reader refuses as
attribute access; written "(1 - a1[:]**2).T" (the loader took both), the second run (/work/batch179_blind_2.txt)
gave the same counts, 46 of 62 (74%), 14 refused, 2 misread, the line now refused as the Julia helpers are (below).
tests/test_public_formulas_held_out.py -k b179- passed after the rebase (124 tests, check's
never-wrong-called-correct test included).

Of the 7 mistaken formulas, 2 were read with their wrong member called wrong (mr-dw1, the first layer's gradient
from dZ{2}; fc-b, np.sum without an axis) and 5 refused (jl-dzt, jl-dzr and jl-dzs: the helper calls; mr-db1:
MATLAB's ' after a call; zh-sp: the Chinese prose after the comment's formula). By page (both runs): the Obsidian
note 3 of 4, EPFL's backward_pass.m 4 of 5, the Julia propagate_back! 4 of 8, the dlbook notebook 6 of 8 (2
misread), the Korean regressor 6 of 7, Johnson's notes 4 of 5, the batches chapter 5 of 7, the MATLAB backward_pass
4 of 6, the FCLayer class 4 of 5, the Chinese helpers 6 of 7.

The refusals and misreadings by construct, with the exact message (the second run's where it differs):

- a code helper whose notation pattern is the call with its arguments (5: jl-dzt, jl-dzr, jl-dzl, jl-dzs, and kr-dzh
  in the second run): "formula 'NN.cache.dZ[l] = NN.cache.dA[l] .* drelu_dZ(NN, l)': drelu_dZ(NN, l)(...) with 2
  arguments: the notation gives drelu_dZ(NN, l) the value Heaviside(z1[:]) but no parameters, and these arguments
  are not each a name of the notation's for a whole layer or matrix that this value is computed from (as a_{l-1} and
  W_{l} are for a unit's sum, read as the value itself), so nothing says what they make of it; write drelu_dZ(NN, l)
  alone (no arguments) for that value, or the formula the function returns, in the notation's names" (the same for
  dtanh_dZ(NN, l), dlogistic_dZ(NN, l), dsoftmax_dZ(NN, l), and "act_backward(A_cur, Z, self.activation)(...) with
  3 arguments: the notation gives act_backward(A_cur, Z, self.activation) the value (1 - a1[:]**2).T but no
  parameters, ..."): the loader takes the pattern, the reader then refuses the very text the pattern spells (its
  advice, to write the call alone, is what the formula does);
- a function declared as a derivative called with a second, selecting argument (ep-dz1): "formula "dZ[l] = W[l+1]' *
  dZ[l+1] .* backward_activation(Z[l], Si...": backward_activation(Z[l], Sigmas[l]): the notation's functions
  declare backward_activation sigmoid' at input, a derivative of one argument, and this call passes 2; what the
  others do (a gain multiplying the slope, a flag) the declaration does not say: write the call with its one
  argument, backward_activation(Z[l]), where the others change nothing";
- a derivative's name with a layer superscript, dG^l(Z^l) (ob-dz; the loader refuses "dG^{1}" as a functions key, so
  the notation declares dG): "formula 'dZ^l = dA^l * dG^l(Z^l)': unknown symbol dG^{l}; the notation knows A, W, Z,
  dA, dB, dW, dZ, m; give it a meaning in the notation's [notation.symbols], e.g. "dG^{l}" = "a1[0]"";
- MATLAB's transpose after a call's parenthesis, sum(dZ{j},1)' (mr-db3, and the mistaken mr-db1): "formula "db[j] =
  sum(dZ[j], axis=0)'": unexpected at "'" (position 27)" ("... (position 29)" for db[j-1]);
- the chain rule through the Jacobian of a matrix by a matrix, dL/dY dY/dW (jj-cw; dL/dY dY/dX beside it read):
  "formula '\\frac{\\partial L}{\\partial W} = \\frac{\\partial L}{\\partia...': multiplies a 1 x 3 by a 2 x 1, whose
  sizes do not fit; write the factors so that the first has as many columns as the second has rows";
- a bmatrix row or column written with \cdots and \vdots around one entry (bb-w, bb-b): "formula
  '\\frac{\\partial\\mathcal{L}}{\\partial w_{kj}}=\\sum_{i=1}^p ...': has a list with an ellipsis (\dots) check
  cannot read: the term between its two ellipses is not the template of the terms around it; write the vector's
  name, or every entry (its bounds numbers or the notation's letters)" (the same for b_j);
- getattr for the activation's derivative (fc-dz; no notation can name it): "formula "self.dZ = dA *
  getattr(self.activation, 'derivative')(sel...": getattr(...) looks a function up by a name built when the code runs
  (metaprogramming), so which function it calls is not written; write the function by its own name, e.g. f_prime(u)
  with f_prime in the notation's functions";
- Chinese prose after a comment's formula with no punctuation between (zh-sp, a mistaken formula): "formula "s'(x) =
  s(x) * 1 - s(x) 以及链式法则": unknown symbol 以及链式法则; the notation knows x; give it a meaning in the notation's
  [notation.symbols], e.g. "以及链式法则" = "a1[0]"";
- misread: \sum_c dZ_2 and \sum_c dZ_1, the page's sum along the columns (each column over the samples), called wrong
  (db-db2, db-db1: expected (('correct',),), got (('wrong',),)): c indexes nothing in the summand, and the reader's
  sum is not the one over the samples (one) that the page defines.

Read, among the constructs these pages brought: Ng's inline rules with A^{[l-1]T} (the T inside the bracketed
superscript) and \frac{1}{m} after a product, dB^l with \sum over the samples; MATLAB cells dW{end}, A{end-1}'./ M,
dW0{l} = 1/M*sum(dZ{l},2), dZ{j}'*A{j-1}, dZ{j}*W{j}.*d_relu(Z{j-1}) and the slip dW{j-1} = (dZ{j}'*X) called wrong;
Julia's NN.cache arrays with ' and ./ m, @. with NN.cache.A[NN.L]; a notebook's # $$ displays with \odot,
\hspace{0.1cm} between factors and dR_l, and a prose line with three inline formulas; Korean code with the samples
rows, dL/dA_L in a docstring, @ with trailing # (shape) comments, self.W[l] -= lr * dW[l] over every layer; Johnson's
dL/dY dY/dX, the element chain with double sums over the samples and the scores ending in a dot product of
matrices, and a prose line's claim among $N \times M$ shapes; a Jacobian's entry dy_ij/dx_ik = w_kj, f^\prime, the
MSE's derivative with \frac{\partial}{\partial \hat{y}_{kl}} applied to one term; an FCLayer's pre = np.dot(self.W.T,
self.dZ) and its np.sum bias step called wrong; dictionaries indexed by "W" + str(l + 1).

Which look general: the helper calls whose pattern is the call itself (5 refusals on two pages; code passes the
network and the layer, or the cache's arrays and a flag, to its activation's derivative, and the loader accepts such
a pattern); MATLAB's ' after a call (sum(dZ,1)', common in MATLAB backward passes); \sum_c, a sum the page defines
as over the samples, misread (any page that names its sum's axis by a letter indexing nothing); a derivative named
with a layer superscript (dG^l, g'^{[l]} is read); the Jacobian chain rule by a matrix. Page-specific: getattr, the
\vdots bmatrix pictures, a comment's formula followed by CJK prose.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch179_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_OB = _STORED.format(3602524326, ">*Assuming the typical use of [[Categorical Cross Entropy Loss]] and [[ReLU]]*",
                     "an Obsidian note on vectorized backpropagation, its first line blank: four inline $ rules "
                     "in Ng's layout, dZ^l = dA^l * dG^l(Z^l)")
_EP = _STORED.format(26419417585, "function [dZ, dW, dW0] = backward_pass(dE, W, A, Z, Sigmas)",
                     "EPFL MICRO-401's MATLAB backward_pass.m: cells indexed by the layer, the samples columns, "
                     "./ M and sum(., 2)")
_JL = _STORED.format(36975766633, "function drelu_dZ(NN::NeuralNetwork, l::Int)",
                     "a Julia network's propagate_back!: NN.cache's arrays, @. and .*, branches by the activation's "
                     "and the loss's names")
_DB = _STORED.format(21310041033, "#!/usr/bin/env python",
                     "the dlbook's chapter 2.13 notebook exported to Python: a shortcut over matrix operations, "
                     "samples in rows, $$ displays in # comments")
_KR = _STORED.format(42808662447, "# mlp_regression_from_scratch.py",
                     "a Korean MLP regressor in NumPy: samples in rows, W[l] input-first, a list of layers")
_JJ = _STORED.format(13062724692, "# Backpropagation for a Linear Layer",
                     "Justin Johnson's linear-layer notes in Markdown: X of shape N x D, Jacobians, dL/dW = X^T dL/dY")
_BB = _STORED.format(21265566028, "# Backpropagation With Batches",
                     "a Markdown chapter on backpropagation with batches: p x n matrices, bmatrix sums over the "
                     "samples, a linear layer, an activation layer and the MSE")
_MR = _STORED.format(42635443543, "function [dW, db] = backward_pass(W, X, Y, Z, A, Y_out)",
                     "a MATLAB backward_pass: cells indexed by j, the samples rows, a loop over the hidden layers")
_FC = _STORED.format(10057786291, "import numpy as np",
                     "an FCLayer class: Z = WX + b, backward_pass updating W and b as it goes")
_ZH = _STORED.format(3626573085, "import numpy as np",
                     "deep-network helpers commented in Chinese (Ng's layout with dropout and L2 options)")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_L2 = tuple({"l": l} for l in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K3J2 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_J2K3 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))

# the Obsidian note's 2-3-2 network (ReLU hidden, softmax with the cross-entropy): dL/da1[j], dL/dz1[j]
_OB_G1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_OB_D1 = f"{_OB_G1}*Heaviside(z1[{{j}}])"
_OB_W = (tuple({"p": f"W2[{k},{j}]", "m": f"(a2[{k}] - t[{k}])*a1[{j}]*1/1"} for k in range(2) for j in range(3))
         + tuple({"p": f"W1[{j},{i}]", "m": f"{_OB_D1.format(j=j)}*x[{i}]*1/1"} for j in range(3) for i in range(2)))
_OB_B = (tuple({"p": f"b2[{k}]", "m": f"1/1*(a2[{k}] - t[{k}])"} for k in range(2))
         + tuple({"p": f"b1[{j}]", "m": f"1/1*{_OB_D1.format(j=j)}"} for j in range(3)))

# EPFL's 2-3-1 sigmoid network under half the squared error: dE/dz2, dE/dz1[j]
_EP_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_EP_D1 = f"W2[0,{{j}}]*{_EP_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# the Julia 2-3-1 networks (tanh or ReLU hidden, logistic output, binary cross-entropy): dL/da1[j], dL/da2
_JT_G1 = "W2[0,{j}]*(a2[0] - y[0])"
_JT_DA2 = "(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))"

# the dlbook's 2-3-2 sigmoid network under half the squared error: dL/dz2[k], dL/da1[j], dL/dz1[j]
_DB_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DB_G1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_DB_D1 = f"({_DB_G1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the Korean 3-4-1 network (tanh hidden, linear output, the mean squared error of one output): dL/da2 = dL/dz2
_KR_D2 = "2*(a2[0] - y[0])"
_KR_D1 = f"W2[0,{{j}}]*{_KR_D2}*(1 - a1[{{j}}]**2)"
_KR_UP = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_KR_D1.format(j=j)}*x[{i}]"}
                for j in range(4) for i in range(3))
          + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*{_KR_D2}*a1[{j}]"} for j in range(4)))

# Johnson's layer as the output of a 2-2-3 network (sigmoid hidden, softmax with the cross-entropy): dL/da1[j]
_JJ_G = " + ".join(f"(a2[{k}] - t[{k}])*W2[{k},{{j}}]" for k in range(3))

# the batches page's 2-3-2 network (sigmoid hidden, linear output, the mean squared error of two outputs)
_BB_D2 = "2*(a2[{j}] - y[{j}])/2"
_BB_G1 = " + ".join(f"2*(a2[{k}] - y[{k}])/2*W2[{k},{{j}}]" for k in range(2))
_BB_D1 = f"({_BB_G1})*a1[{{j}}]*(1 - a1[{{j}}])"

# the MATLAB 2-3-3-2 network (ReLU hidden layers, softmax with the cross-entropy): dL/dz2[j]
_MR_G2 = " + ".join(f"(a3[{k}] - t[{k}])*W3[{k},{{j}}]" for k in range(2))
_MR_D2 = f"({_MR_G2})*Heaviside(z2[{{j}}])"

# the FCLayer as the output of a 2-3-2 sigmoid network under half the squared error: dL/dz2[k]
_FC_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_FC_G1 = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_FC_SUM = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))

# the Chinese helpers' 2-3-1 network (ReLU hidden, sigmoid output, binary cross-entropy)
_ZH_DA = "(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))"
_ZH_D1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
_ZH_UPW = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_ZH_D1.format(j=j)}*x[{i}]"}
                 for j in range(3) for i in range(2))
           + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]"} for j in range(3)))
_ZH_UPB = (tuple({"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_ZH_D1.format(j=j)}"} for j in range(3))
           + ({"p": "b2[0]", "m": "b2[0] - eta*(a2[0] - y[0])"},))


def _dd(line: str) -> str:
    """A $$ display of the notebook exported to Python: three # comment lines."""
    return f"# $$\n# {line}\n# $$"


def _md(line: str) -> str:
    """A $$ display of a Markdown page on three lines."""
    return f"$$\n{line}\n$$"


ENTRIES = [
    # ---- the Obsidian note: four inline $ rules, one a line, in Ng's layout (the samples columns): dZ^l with *
    # for the entrywise product and dG^l the activation's derivative, A^{[l-1]T} with the T inside the superscript,
    # * \frac{1}{m} after the product, \sum dZ^l over the samples -------------------------------------------------
    Public("c179-ob-dz", _OB, "b179_ob", "b179_ob", "$dZ^l = dA^l * dG^l(Z^l)$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_OB_D1,), _J3),), batch=179,
           why="the hidden layer's (the note's ReLU; the softmax output has no entrywise slope): dA^1 the hidden "
               "outputs' gradient, dG^1 the ReLU's derivative"),
    Public("c179-ob-dw", _OB, "b179_ob", "b179_ob", "$dW^l = dZ^l \\cdot A^{[l-1]T} * \\frac{1}{m}$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _OB_W),), batch=179,
           why="both layers' weights, A^{[0]} the input; the transpose's T inside the bracketed superscript"),
    Public("c179-ob-db", _OB, "b179_ob", "b179_ob", "$dB^l = \\frac{1}{m} * \\sum dZ^l$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _OB_B),), batch=179,
           why="the sum over the samples (one), dB the biases' gradient (a capital B)"),
    Public("c179-ob-da", _OB, "b179_ob", "b179_ob", "$dA^{[l-1]} = W^{[l]T} \\cdot dZ^l$", ((C,),),
           (Twin("value", _OB_G1, (_OB_G1,), _J3),), batch=179,
           why="at l = 2: the hidden outputs' gradient, a value (at l = 1 it names the input's)"),
    # ---- EPFL's backward_pass.m (four- and eight-space indentation): MATLAB cells, ' for the transpose, ./ M and
    # 1/M*, sum(., 2) over the samples (columns), A{l} the output of layer l-1 -------------------------------------
    Public("c179-ep-db2", _EP, "b179_ep", "b179_ep", "    dW0{end} = sum(dZ{end},2) ./ M;", ((C,),),
           (Twin("gradient", "b2[0]", (f"{_EP_D2}/1",)),), batch=179,
           why="dW0 the biases' gradient, dZ{end} = dE the output sums' gradient"),
    Public("c179-ep-dw2", _EP, "b179_ep", "b179_ep", "    dW{end} = dZ{end} * A{end-1}'./ M;", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_EP_D2}*a1[{{j}}]/1",), _J3),), batch=179,
           why="A{end-1} the hidden outputs (A{end} the output, A{1} the input); ' then ./ M without a space"),
    Public("c179-ep-dz1", _EP, "b179_ep", "b179_ep",
           "        dZ{l} = W{l+1}' * dZ{l+1} .* backward_activation(Z{l}, Sigmas{l});", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_EP_D1,), _J3),), batch=179,
           why="the loop's l = 1 (l = L-1 down to 1); backward_activation of Z{l} with the layer's Sigmas the "
               "sigmoid's slope at the sums"),
    Public("c179-ep-db1", _EP, "b179_ep", "b179_ep", "        dW0{l} = 1/M*sum(dZ{l},2);", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"1/1*{_EP_D1}",), _J3),), batch=179),
    Public("c179-ep-dw1", _EP, "b179_ep", "b179_ep", "        dW{l} = 1/M*dZ{l}*A{l}';", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1/1*{_EP_D1}*x[{{i}}]",), _J3I2),), batch=179,
           why="A{l} the output of layer l-1 (the cell holds A0 first): at l = 1 the input; right as written"),
    # ---- the Julia propagate_back! (tab indentation): NN.cache's arrays indexed by the layer, ' for the transpose,
    # @. and .*, ./ m; each branch at the layer it runs for; three helpers swapped or too simple ------------------
    Public("c179-jl-da1", _JL, "b179_jt", "b179_jt_h", "\t\tNN.cache.dA[l] = NN.params.W[l+1]' * NN.cache.dZ[l+1]",
           ((C,),), (Twin("value", _JT_G1, (_JT_G1,), _J3),), batch=179,
           why="the branch l != NN.L: the hidden outputs' gradient, a value"),
    Public("c179-jl-dab", _JL, "b179_jt", "b179_jt_o",
           "\t\t\tNN.cache.dA[l] = @. -mini_batch.Y / NN.cache.A[NN.L] + (1 - mini_batch.Y) / (1 - NN.cache.A[NN.L])",
           ((C,),), (Twin("value", _JT_DA2, (_JT_DA2,)),), batch=179,
           why="\"cross_entropy_binary\" at l = NN.L: the binary cross-entropy's derivative by the output, a value; "
               "@. the broadcast macro"),
    Public("c179-jl-dzt", _JL, "b179_jt", "b179_jt_h", "\t\tNN.cache.dZ[l] = NN.cache.dA[l] .* drelu_dZ(NN, l)",
           ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_JT_G1}*Heaviside(z1[{{j}}])",), _J3),), batch=179,
           why="the \"tanh\" branch multiplies by the ReLU's slope (Z[l] > 0): tanh's is 1 - A[l]^2 (the file's "
               "slip: the tanh and relu branches call each other's helper)"),
    Public("c179-jl-dzr", _JL, "b179_jr", "b179_jr_h", "\t\tNN.cache.dZ[l] = NN.cache.dA[l] .* dtanh_dZ(NN, l)",
           ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_JT_G1}*(1 - a1[{{j}}]**2)",), _J3),), batch=179,
           why="the \"relu\" branch multiplies by tanh's slope 1 - A[l]^2 where the ReLU's is Z[l] > 0 (the same "
               "swap)"),
    Public("c179-jl-dzl", _JL, "b179_jt", "b179_jt_o", "\t\tNN.cache.dZ[l] = NN.cache.dA[l] .* dlogistic_dZ(NN, l)",
           ((C,),), (Twin("gradient_z", "z2[0]", (f"{_JT_DA2}*a2[0]*(1 - a2[0])",)),), batch=179,
           why="the \"logistic\" branch at the output: A (1 - A), the sigmoid's slope"),
    Public("c179-jl-dzs", _JL, "b179_js", "b179_js_o", "\t\tNN.cache.dZ[l] = NN.cache.dA[l] .* dsoftmax_dZ(NN, l)",
           ((W,),), (Twin("gradient_z", "z2[{k}]", ("(-t[{k}]/a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),),
           batch=179,
           why="the softmax's Jacobian is not diagonal: dsoftmax_dZ's A (1 - A) keeps only its diagonal, so with "
               "\"cross_entropy_multi\"'s dA = -Y ./ A the classes other than the label get 0 where dL/dz is A - Y "
               "(the file's slip)"),
    Public("c179-jl-dw2", _JL, "b179_jt", "b179_jt_o", "\t\tNN.cache.dW[l] = (NN.cache.dZ[l] ./ m) * NN.cache.A[l-1]'",
           ((C,),), (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])/1*a1[{j}]",), _J3),), batch=179,
           why="the branch l != 1, at the output; the gradient before the regularization line (gd only) adds to it"),
    Public("c179-jl-dw1", _JL, "b179_jt", "b179_jt_h", "\t\tNN.cache.dW[l] = (NN.cache.dZ[l] ./ m) * mini_batch.X'",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_JT_G1}*(1 - a1[{{j}}]**2)/1*x[{{i}}]",), _J3I2),),
           batch=179, why="the branch l = 1: the input's transpose"),
    # ---- the dlbook notebook exported to Python: the backward pass of a two-layer network in $$ displays inside
    # # comments, the samples rows, \odot, \sum_c (the sum along the columns: over the samples), \hspace{0.1cm}
    # between the factors, dR_l the product's gradient ---------------------------------------------------------------
    Public("c179-db-da2", _DB, "b179_db", "b179_db",
           "# $dA_2$ can be calculated based on the type of cost function we are using. For example if the cost "
           "function is **MSE**, then $dA_2 = A_2-y$ (where $y$ is the target variable).", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=179,
           why="the output's gradient under the page's MSE, taken as half the squared error (its A_2 - y says so), a "
               "value; the whole line, three inline formulas, one a claim"),
    Public("c179-db-dz2", _DB, "b179_db", "b179_db", _dd("dZ_2 = dA_2 \\odot f'(Z_2)"), ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_DB_D2,), _K2),), batch=179, why="f' the output activation's slope"),
    Public("c179-db-db2", _DB, "b179_db", "b179_db", _dd("db_2 = \\sum_c dZ_2"), ((C,),),
           (Twin("gradient", "b2[{k}]", (_DB_D2,), _K2),), batch=179,
           why="\\sum_c the sum along the columns (each column over the samples, one here), as the page's note says"),
    Public("c179-db-da1", _DB, "b179_db", "b179_db", _dd("dA_1 = dR_2 \\hspace{0.1cm} W_2^T"), ((C,),),
           (Twin("value", f"({_DB_G1})", (f"({_DB_G1})",), _J3),), batch=179,
           why="dR_2 = dZ_2 (R_2 = A_1 W_2), W_2 input-first: the hidden outputs' gradient (a row), a value"),
    Public("c179-db-dw2", _DB, "b179_db", "b179_db", _dd("dW_2 = A_1^T \\hspace{0.1cm} dR_2"), ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_DB_D2}",), _K2J3),), batch=179),
    Public("c179-db-dz1", _DB, "b179_db", "b179_db", _dd("dZ_1 = dA_1 \\odot f'(Z_1)"), ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DB_D1,), _J3),), batch=179),
    Public("c179-db-db1", _DB, "b179_db", "b179_db", _dd("db_1 = \\sum_c dZ_1"), ((C,),),
           (Twin("gradient", "b1[{j}]", (_DB_D1,), _J3),), batch=179),
    Public("c179-db-dw1", _DB, "b179_db", "b179_db", _dd("dW_1 = X^T \\hspace{0.1cm} dR_1"), ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DB_D1}",), _J3I2),), batch=179),
    # ---- the Korean MLP regressor (docstring and code, indentation kept): the samples rows, @ and .T, N the
    # samples, trailing # (shape) comments, one name (dZ, dA) for each layer in turn --------------------------------
    Public("c179-kr-doc", _KR, "b179_kr", "b179_kr_o", "        dL/dA_L = 2*(A_L - y)/N", ((C,),),
           (Twin("value", _KR_D2, ("2*(a2[0] - y[0])/1",)),), batch=179,
           why="the docstring's derivative by the output of MSE L = mean((y - y_hat)^2), a value (N one sample)"),
    Public("c179-kr-da", _KR, "b179_kr", "b179_kr_o", "        dA = (2.0 * (A_L - y_true)) / N  # (N, 1)", ((C,),),
           (Twin("value", _KR_D2, ("(2.0*(a2[0] - y[0]))/1",)),), batch=179),
    Public("c179-kr-dzo", _KR, "b179_kr", "b179_kr_o", "                dZ = dA", ((C,),),
           (Twin("gradient_z", "z2[0]", (_KR_D2,)),), batch=179,
           why="the output layer's branch (a linear output): the comment before it, in Korean, says so"),
    Public("c179-kr-dzh", _KR, "b179_kr", "b179_kr_h",
           "                dZ = dA * act_backward(A_cur, Z, self.activation)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KR_D1,), _J4),), batch=179,
           why="the hidden branch: dA = dZ @ self.W[1].T from the pass before, act_backward tanh's 1 - A_cur^2"),
    Public("c179-kr-dw", _KR, "b179_kr", "b179_kr_o",
           "            dW[l] = A_prev.T @ dZ                   # (d_l, d_l+1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_KR_D2}",), _J4),), batch=179,
           why="at the output layer (the loop's first pass), W[l] input-first"),
    Public("c179-kr-db", _KR, "b179_kr", "b179_kr_o",
           "            db[l] = np.sum(dZ, axis=0, keepdims=True)  # (1, d_l+1)", ((C,),),
           (Twin("gradient", "b2[0]", (_KR_D2,)),), batch=179),
    Public("c179-kr-up", _KR, "b179_kr", "b179_kr_u", "            self.W[l] -= lr * dW[l]", ((C,),),
           (Twin("update", "{p}", ("{m}",), _KR_UP),), batch=179, why="every layer's weights, lr the rate (LR 0.01)"),
    # ---- Johnson's linear-layer notes (Markdown, $$ displays on one line): Jacobians in the chain rule, the
    # element-wise chain with double sums over the samples and the scores, the two matrix results -------------------
    Public("c179-jj-cw", _JJ, "b179_jj", "b179_jj",
           "$$\\frac{\\partial L}{\\partial W} = \\frac{\\partial L}{\\partial Y} \\frac{\\partial Y}{\\partial W}$$",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J2),), batch=179,
           why="the chain rule through the Jacobian dY/dW (the page's: the product contracts Y's entries)"),
    Public("c179-jj-cx", _JJ, "b179_jj", "b179_jj",
           "$$\\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Y} \\frac{\\partial Y}{\\partial X}$$",
           ((C,),), (Twin("value", _JJ_G, (_JJ_G,), _J2),), batch=179,
           why="X the layer's input, the hidden outputs here: their gradient, a value"),
    Public("c179-jj-x11", _JJ, "b179_jj", "b179_jj",
           "$$\\frac{\\partial L}{\\partial x_{1,1}} = \\sum_{i=1}^{N} \\sum_{j=1}^{M} \\frac{\\partial L}{\\partial "
           "y_{i,j}} \\frac{\\partial y_{i,j}}{\\partial x_{1,1}} = \\frac{\\partial L}{\\partial Y} \\cdot "
           "\\frac{\\partial Y}{\\partial x_{1,1}}$$", ((C, C),),
           (Twin("value", _JJ_G.format(j=0), (_JJ_G.format(j=0), _JJ_G.format(j=0))),), batch=179,
           why="x_{1,1} the first sample's first input (the first hidden output); i the sample, N = 1; \\cdot the "
               "dot product of two matrices, as the page says"),
    Public("c179-jj-gx", _JJ, "b179_jj", "b179_jj",
           "Recall that $\\frac{\\partial L}{\\partial Y}$ is a matrix of shape $N \\times M$ and $W$ is a matrix of "
           "shape $D \\times M$; thus $\\frac{\\partial L}{\\partial X} = \\frac{\\partial L}{\\partial Y} W^T$ has "
           "shape $N \\times D$, which is the same shape as $X$.", ((C,),),
           (Twin("value", _JJ_G, (_JJ_G,), _J2),), batch=179,
           why="the prose line whole: one claim among shapes written $N \\times M$"),
    Public("c179-jj-gw", _JJ, "b179_jj", "b179_jj",
           "$$\\frac{\\partial L}{\\partial W} = X^T \\frac{\\partial L}{\\partial Y}$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _K3J2),), batch=179),
    # ---- the batches chapter (Markdown, $$ on their own lines): sums over the samples of a row times a column
    # written as bmatrix with \cdots and \vdots, a Jacobian's entry, the activation layer's chain, the MSE's
    # derivative with 1/(pn); its python block's sum over axis 0 ---------------------------------------------------
    Public("c179-bb-w", _BB, "b179_bb", "b179_bb_lin",
           _md(r"\frac{\partial\mathcal{L}}{\partial w_{kj}}=\sum_{i=1}^p\left(\begin{bmatrix}\frac{\partial"
               r"\mathcal{L}}{\partial y_{i1}} & \cdots & \frac{\partial\mathcal{L}}{\partial y_{im}}\end{bmatrix}"
               r"\begin{bmatrix}0\\\vdots\\ x_{ik}\\\vdots\\0\end{bmatrix}\right)=\sum_{i=1}^p\left(\frac{\partial"
               r"\mathcal{L}}{\partial y_{ij}}x_{ik}\right)"), ((C, C),),
           (Twin("gradient", "W2[{j},{k}]", (f"{_BB_D2}*a1[{{k}}]", f"{_BB_D2}*a1[{{k}}]"), _J2K3),), batch=179,
           why="w_{kj} joins hidden output k to output j; the row of dL/dy_i times a column holding x_ik at j, "
               "with \\cdots and \\vdots, a sum over the p samples (one)"),
    Public("c179-bb-b", _BB, "b179_bb", "b179_bb_lin",
           _md(r"\frac{\partial\mathcal{L}}{\partial b_j}=\sum_{i=1}^p\left(\begin{bmatrix}\frac{\partial"
               r"\mathcal{L}}{\partial y_{i1}} & \cdots & \frac{\partial\mathcal{L}}{\partial y_{im}}\end{bmatrix}"
               r"\begin{bmatrix}0\\\vdots\\1\\\vdots\\0\end{bmatrix}\right)=\sum_{i=1}^p\frac{\partial\mathcal{L}}"
               r"{\partial y_{ij}}"), ((C, C),),
           (Twin("gradient", "b2[{j}]", (_BB_D2, _BB_D2), _J2),), batch=179),
    Public("c179-bb-code", _BB, "b179_bb", "b179_bb_lin", "        dEdb = dEdy.sum(axis=0)", ((C,),),
           (Twin("gradient", "b2[{j}]", (_BB_D2,), _J2),), batch=179,
           why="the python block's line (its comment line before it left out): the sum over the samples (rows)"),
    Public("c179-bb-jac", _BB, "b179_bb", "b179_bb_lin", _md(r"\frac{\partial y_{ij}}{\partial x_{ik}}=w_{kj}"),
           ((C,),), (Twin("value", "W2[{j},{k}]", ("W2[{j},{k}]",), _J2K3),), batch=179,
           why="an entry of the Jacobian of the output sums by the hidden outputs, a value"),
    Public("c179-bb-act", _BB, "b179_bb", "b179_bb_act",
           _md(r"\frac{\partial \mathcal{L}}{\partial x_{ij}}=\frac{\partial \mathcal{L}}{\partial y_{ij}}"
               r"\frac{\partial y_{ij}}{\partial x_{ij}}"), ((C,),),
           (Twin("value", _BB_D1, (_BB_D1,), _J3),), batch=179,
           why="the activation layer (x its input, the hidden sums; y its output): dL/dz1[j], a value"),
    Public("c179-bb-fp", _BB, "b179_bb", "b179_bb_act",
           _md(r"\frac{\partial y_{ij}}{\partial x_{ij}}=f^\prime(x_{ij})"), ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=179,
           why="f^\\prime the sigmoid's slope at the sum, a value"),
    Public("c179-bb-ls", _BB, "b179_bb", "b179_bb_loss",
           _md(r"\frac{\partial \mathcal{L}}{\partial \hat{y}_{kl}}=\frac{1}{pn}\frac{\partial}{\partial \hat{y}_{kl}}"
               r"(y_{kl}-\hat{y}_{kl})^2=\frac{2}{pn}(\hat{y}_{kl}-y_{kl})"), ((C, C),),
           (Twin("value", "2*(a2[{l}] - y[{l}])/2",
                 ("1/(1*2)*(-2)*(y[{l}] - a2[{l}])", "2/(1*2)*(a2[{l}] - y[{l}])"), _L2),), batch=179,
           why="the MSE's derivative by prediction l of sample k (p = 1, n = 2 outputs), a value; the middle member "
               "a derivative operator applied to one term"),
    # ---- the MATLAB backward_pass (four-space indentation): cells indexed by j, the samples rows, ' for the
    # transpose, .*, sum(., 1)'; after the loop, the first layer's gradients computed from dZ{j} = dZ{2} -----------
    Public("c179-mr-dz3", _MR, "b179_mr", "b179_mr_a", "    dZ{j} = (1/size(Y,1))*(Y_out - Y_hat);", ((C,),),
           (Twin("gradient_z", "z3[{k}]", ("1/1*(a3[{k}] - t[{k}])",), _K2),), batch=179,
           why="j = size(W,2) = 3, the output; Y_hat the one-hot labels built from Y, Y_out the softmax's outputs"),
    Public("c179-mr-dw3", _MR, "b179_mr", "b179_mr_a", "    dW{j} = dZ{j}'*A{j-1};", ((C,),),
           (Twin("gradient", "W3[{k},{j}]", ("(a3[{k}] - t[{k}])*a2[{j}]",), _K2J3),), batch=179,
           why="dZ' * A: output-first, as W{j} is used (dZ{j}*W{j} on the next line)"),
    Public("c179-mr-db3", _MR, "b179_mr", "b179_mr_a", "    db{j} = sum(dZ{j},1)';", ((C,),),
           (Twin("gradient", "b3[{k}]", ("a3[{k}] - t[{k}]",), _K2),), batch=179,
           why="the sum over the samples (rows), transposed to a column"),
    Public("c179-mr-dz2", _MR, "b179_mr", "b179_mr_a", "    dZ{j-1} =  dZ{j}*W{j}.*d_relu(Z{j-1});", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_MR_D2,), _J3),), batch=179, why="two spaces after the ="),
    Public("c179-mr-dw1", _MR, "b179_mr", "b179_mr_b", "    dW{j-1} = (dZ{j}'*X);", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_MR_D2}*x[{{i}}]",), _J3I2),), batch=179,
           why="after the loop j = 2: dW{1} from dZ{2}, the second layer's sums' gradient, where dZ{1} (which the "
               "loop's pass at j = 2 computed as dZ{j-1}) was meant: the file's slip (dZ{j-1}'*X)"),
    Public("c179-mr-db1", _MR, "b179_mr", "b179_mr_b", "    db{j-1} = sum(dZ{j},1)';", ((W,),),
           (Twin("gradient", "b1[{j}]", (_MR_D2,), _J3),), batch=179,
           why="the same slip: db{1} from dZ{2}"),
    # ---- the FCLayer class (eight-space indentation): Ng's layout, getattr for the activation's derivative, the
    # step taken inside the backward pass, a bias step by np.sum without an axis --------------------------------------
    Public("c179-fc-dz", _FC, "b179_fc", "b179_fc",
           "        self.dZ = dA * getattr(self.activation, 'derivative')(self, self.A)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_FC_D2,), _K2),), batch=179,
           why="the activation's 'derivative' taken of self.A (the sigmoid's a (1 - a), written of the output)"),
    Public("c179-fc-pre", _FC, "b179_fc", "b179_fc", "        pre = np.dot(self.W.T, self.dZ)", ((C,),),
           (Twin("value", f"({_FC_G1})", (f"({_FC_G1})",), _J3),), batch=179,
           why="the gradient by the layer's input (the hidden outputs), computed before the step, a value (unused: "
               "the method returns np.dot(self.W.T, self.dZ) after it)"),
    Public("c179-fc-dw", _FC, "b179_fc", "b179_fc",
           "        self.dW = np.dot(self.dZ, self.A_prev.T) / self.m        ", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_FC_D2}*a1[{{j}}]/1",), _K2J3),), batch=179,
           why="eight trailing spaces, as the file has them"),
    Public("c179-fc-w", _FC, "b179_fc", "b179_fc", "        self.W -= learning_rate * self.dW", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_FC_D2}*a1[{{j}}]/1",), _K2J3),), batch=179),
    Public("c179-fc-b", _FC, "b179_fc", "b179_fc", "        self.b -= learning_rate * (np.sum(self.dZ) / self.m)",
           ((W,),), (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*({_FC_SUM})/1",), _K2),), batch=179,
           why="np.sum without an axis adds every unit's entry: each bias steps by the layer's total where its own "
               "row's sum (axis=1) was meant (the file's slip; one output unit would hide it)"),
    # ---- the Chinese helpers (four-space indentation; update_parameters' loop at eight): Ng's backward pass with
    # s the sigmoid of Z, dictionaries indexed by "W" + str(l + 1), a comment in Chinese with the sigmoid's
    # derivative missing its parentheses ---------------------------------------------------------------------------
    Public("c179-zh-dz", _ZH, "b179_zh", "b179_zh", "    dZ = dA * s * (1 - s)", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_ZH_DA}*a2[0]*(1 - a2[0])",)),), batch=179,
           why="sigmoid_backward at the output: s = 1 / (1 + np.exp(-Z)), dA the binary cross-entropy's derivative"),
    Public("c179-zh-db", _ZH, "b179_zh", "b179_zh", "    db = 1. / m * np.sum(dZ, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", ("1/1*(a2[0] - y[0])",)),), batch=179),
    Public("c179-zh-da", _ZH, "b179_zh", "b179_zh", "    dA_prev = np.dot(W.T, dZ)", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J3),), batch=179,
           why="the hidden outputs' gradient, a value (before the dropout mask, keep_prob 1)"),
    Public("c179-zh-ddb", _ZH, "b179_zh", "b179_zh", "    db = np.sum(dZ, axis=1) / m", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])/1",)),), batch=179,
           why="the docstring's rule \"to learn by heart\" (without keepdims)"),
    Public("c179-zh-upw", _ZH, "b179_zh", "b179_zh",
           "        parameters[\"W\" + str(l + 1)] = parameters[\"W\" + str(l + 1)] - learning_rate * grads[\"dW\" + "
           "str(l + 1)]", ((C,),), (Twin("update", "{p}", ("{m}",), _ZH_UPW),), batch=179,
           why="l the loop's 0-based index: every layer's weights"),
    Public("c179-zh-upb", _ZH, "b179_zh", "b179_zh",
           "        parameters[\"b\" + str(l + 1)] = parameters[\"b\" + str(l + 1)] - learning_rate * grads[\"db\" + "
           "str(l + 1)]", ((C,),), (Twin("update", "{p}", ("{m}",), _ZH_UPB),), batch=179),
    Public("c179-zh-sp", _ZH, "b179_zh", "b179_zh_c",
           "    # 根据 sigmoid 的导数：s'(x) = s(x) * 1 - s(x) 以及链式法则，计算 dZ", ((W,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*1 - sigmoid(z2[0])",)),), batch=179,
           why="the comment's s(x) * 1 - s(x) is 0: the parentheses of s(x) * (1 - s(x)) are missing (the code on "
               "the next lines has them); x the sum Z the function is given, a value"),
]
