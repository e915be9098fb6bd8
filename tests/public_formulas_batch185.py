r"""Batch 185 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 addresses no earlier batch used (the code corpus, with this batch's emphasis on homework and exam
solutions written in LaTeX or Markdown with $$ displays, per-weight derivatives with 1-based indices, chains written
out factor by factor, aligned equations, and the small nets' backward passes in code; every address a stored file
whose repository the index does not name): a Markdown blog post's worked example on a 2-2-1 sigmoid network (stored
file 31043313602: $$ displays with \delta^{(2)}, \delta_1^{(1)}, \times and numbers to four digits, v_1^{\text{new}}
updates), Chinese Markdown course notes (stored file 7481479574: an align block of the nine partial derivatives of a
2-2-1 network with a linear output, each a chain of two \frac factors, then written out with \phi'(a_1); two lines
with the page's slip), an educational Python demonstration script (stored file 61590127189: a 2-3-1 sigmoid network
with its numbers under the binary cross-entropy; its output delta keeps the sigmoid's slope), a Python XOR 2-4-1
script (stored file 70099767186: @ products on columns, Delta2 = (A2 - Y) / N, sigmoid_derivative of the outputs), a
Python class with tanh layers under the squared error (stored file 66946561167: a docstring's bullet list of the
backward pass, # comments chaining dL/dz2, self.tanh_derivative of the outputs), a MATLAB trainer for the 8x8 digits
(stored file 27268287665: .*, ' and sigmoid_gradient of the sums) and a short Python XOR script commented in Chinese
(stored file 42385573719: -= updates with no rate). Copied verbatim, typos and mistakes included (the JSON-escaped
text of the stored files decoded; the align block's lines each taken with its & and trailing \\), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: w_{ij} the weight from input j into hidden unit i, 1-based, "w_{ij}" = "W1[i-1, j-1]"; the
Chinese notes' a_i the hidden SUMS and z_i the hidden OUTPUTS, y the network's output and Y the target, as the notes
name them, \phi the hidden activation (a sigmoid here); the code's delta names as the sums' gradients, transposed where
the samples are rows; helpers declared "sigmoid' at output" or "tanh' at output" where they are given the outputs and
"sigmoid' at input" where MATLAB's sigmoid_gradient is given the sums; W2_new and b1_new the updated parameters), a
network of the kind the page describes (with the page's numbers where it gives them: the post's x = [1, 0], w_11 =
0.5, w_12 = 0.4, w_21 = 0.3, w_22 = 0.6, v_1 = 0.7, v_2 = 0.8, biases 0, y = 1, alpha = 0.5; the demonstration's x =
[1, 0], y = 1, W1, b1, W2, b2 and learning_rate 0.5; the rates the files write, 1.0, 0.5, and rate 1 for the Chinese
script's updates with no rate; 0.1 where no rate is given; all in tests/public_formulas_batch185_tables.py), and its
true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. A page's delta (delta^{(2)}, delta_i^{(1)}) and a derivative by the output (dE/dy) are twinned as values, the
code's deltas (delta2, Delta1) as the sums' gradients, as in batches 14 to 183.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 185

The batch: 45 formulas from 7 addresses (the post's worked example 8, the Chinese notes 8, the demonstration script
8, the XOR 2-4-1 script 6, the tanh class 8, the MATLAB trainer 4, the short Chinese script 3). 16 are in documents
that hold LaTeX (the post's 8 in $$ displays, the Chinese notes' 8 in an align block), 29 in code (Python/NumPy 25,
MATLAB 4; two of them a # comment and a docstring's bullet). By kind: 5 deltas or derivatives as values (the post's
4, dE/dy), 11 sums' gradients (code deltas, the comment's chain and the docstring's bullet), 20 weight and bias
gradients (the post's 2 worked to numbers), 9 updates (2 worked in numbers with ^{\text{new}}, 2 with no rate, at
rate 1).

3 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Chinese notes' zh-w21, \frac{\partial E}{\partial w_{21}} &= \frac{\partial E}{\partial a_1} \frac{\partial
  a_1}{\partial w_{21}} = (y-Y)w_2\phi'(a_2)x_1 \\: the chain goes through a_1, copied from the lines above it (a_2
  was meant): a_1 does not depend on w_21, so the chain's member is 0; the written-out member is right;
- the Chinese notes' zh-w22, the same slip for w_22 (\frac{\partial E}{\partial a_1} \frac{\partial a_1}{\partial
  w_{22}}), its written-out member right;
- the demonstration script's kr-d2, delta2 = (a2 - y) * a2 * (1 - a2)  # Derivative of sigmoid: the sigmoid's slope
  kept on the output delta where the script's loss is the binary cross-entropy (dL/dz2 = a2 - y).

Not mistaken, though they look it: the demonstration's dW2 ... db1 and its updates after the wrong delta2 (delta2
names the output sum's gradient: right as written in it, wrong only through the line that computes it); the post's
numbers (each within its four digits of the oracle's); the post's \partial E / \partial w_{12} = ... = 0 (x_2 = 0);
the Chinese script's -= updates with no rate (rate 1); its a1 = 1 / (1 + z1) with z1 = np.exp(-np.dot(a0, w1)) (a
sigmoid written through the exponential; z1 not named, and not a line taken).

What was left out: the post's general rules over layers l (the boxed \delta_i^l recursion, its summary table and
its pseudocode in a ``` block), its forward pass and E, \delta_2^{(1)}'s first display and the other gradients and
updates of the example (the same constructs; at most 8 from one page); the Chinese notes' perceptron section, the
general \delta^m_i derivation (its \delta^m_i = \partial E / \partial a^m_i over layers m, and \partial E / \partial
W^m_{ji} = \delta_j^m z_i^{(m-1)} with z the outputs where its first part names them differently), the w_2 and w_12
lines (the same as w_1 and w_11), the forward align block and the lines with Chinese words before their left side
(可得, 同理); the demonstration's print lines and its KEY MATHEMATICAL CONCEPTS text; the XOR script's loss, its
training loop's params[key] -= lr * grads["d" + key] (a dictionary's key built by concatenation); the tanh class's
other docstring bullets and comments, its db2 and the other updates; the MATLAB trainer's two-hidden-layer branch
(another network) and error_plot; the short Chinese script's delta1 = np.dot(w2.T, delta2) * (a1 * (1 - a1)), whose
shapes do not multiply for one sample (w2.T is 1 x 4, delta2 1 x 1; on the script's four samples a 1 x 1 product
broadcast, a slip no one-sample network shows, so no twin is written). Pages read and not taken: a Markdown
step-by-step derivation used by an earlier batch (stored file 61544061021), and many Ng-template copies.

Collected on 2026-12-08 (01:37 to 01:43 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 7 loaded as first written (the tanh class's notation given W2, z1 and z2 for its comment and docstring before
the run). The oracle's first run passed every verdict as first transcribed (45 entries and the batch's two checks).

Run blind at main ec888f5 (/work/READY_FOR_BLIND66, main's tip when the batch was begun, so the rebase was empty;
src/ as at ec888f5, its last change to it), with nothing under src/ changed. The first run (/work/batch185_blind.txt):
44 of 45 read with every verdict right (98%), 1 refused, no typo (none in the batch), no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. The refusal is the reader's, not a slip of the notations, so the batch was run once;
tests/test_public_formulas_held_out.py -k b185- passed after the run (the oracle's verdicts and check's
never-wrong-called-correct test, 90 cases), and the batch's two checks with it.

Of the 3 mistaken formulas, all 3 were read with their wrong member called wrong: zh-w21 and zh-w22 (the chain
through a_1, its member 0, the written-out member called correct), kr-d2 (the sigmoid's slope kept on the output
delta under the binary cross-entropy). By page: the post's worked example 8 of 8, the Chinese notes 8 of 8, the
demonstration script 8 of 8, the XOR 2-4-1 script 5 of 6, the tanh class 8 of 8, the MATLAB trainer 4 of 4, the
short Chinese script 3 of 3.

The refusals by construct (one), with the exact message:

- a trailing comment with no space after its #: xr-db1, "formula 'db1 = np.sum(Delta1, axis=1, keepdims=True)
  #4x1': cannot read '#' at position 45; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (the
  same script's "# 1x1" and "# 1xN X Nx4 -> 1x4", with a space, were read).

Read, among the constructs these pages brought: $$ displays with \delta^{(2)} and \delta_1^{(1)} (a subscript
before a parenthesized superscript), chains ending in numbers with \times, a zero worked as -0.0098 \times 0 = 0,
v_1^{\text{new}} and w_{11}^{\text{new}} updates worked in numbers; an align block's lines with & and a trailing \\,
\frac chains of two factors, \phi'(a_1) with a_i the sums and z_i the outputs, a member through the wrong unit
called wrong (zh-w21, zh-w22); np.dot(...) / len(x), _new names on the left; @ with .T, params["W2"].T and
sigmoid_derivative of the outputs; a # comment's chain dL/dz2 = dL/da2 * da2/dz2 = ..., a docstring's bullet "-
delta1 = (W2^T * delta2) * (1 - a1^2)", (1.0 / n_samples) before np.dot, gradients['dW1'] in an update; MATLAB's
.* and ', sigmoid_gradient of the sums; -= updates with no rate at rate 1.

Which look general: the one refusal, a # comment written without a space after the # ("#4x1"), a habit of code in
every language with # comments: a shape comment that the reader could drop as it drops "# 1x1".
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch185_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_GK = _STORED.format(31043313602, "---",
                     "a Markdown blog post by Gopi Krishna Tummala, \"Backpropagation \u2014 The Math Behind Learning\": "
                     "$$ displays, a worked example on a 2-2-1 sigmoid network with numbers to four digits")
_ZH = _STORED.format(7481479574, "\u4eba\u5de5\u795e\u7ecf\u7f51\u7edcANN\uff0c\u5c5e\u4e8eAI\u7684\u4eff\u751f"
                     "\u5b66\u6d3e\u4e00\u652f\uff0c\u662f\u5bf9\u5927\u8111\u7684\u6a21\u62df\u3002\u6570\u7406"
                     "\u5b66\u6d3e\u5219\u504f\u5411\u7acb\u8db3\u4e8e\u8ba1\u7b97\u673a\u7684\u7269\u7406\u5c5e"
                     "\u6027\u548c\u6570\u5b66\u77e5\u8bc6\u3002",
                     "Markdown course notes on neural networks in Chinese: an align block of the nine partial "
                     "derivatives of a 2-2-1 network, each written out factor by factor")
_KR = _STORED.format(61590127189, "\"\"\"",
                     "an educational Python script, \"Step-by-Step Backpropagation Algorithm\": a 2-3-1 sigmoid "
                     "network with its numbers, the binary cross-entropy, one update at learning rate 0.5")
_XR = _STORED.format(70099767186, "#GONNE make a 2-4-1 MLP. Uh yeah",
                     "a Python XOR 2-4-1 MLP script: samples as columns, @ products, Nielsen's BP2 in a comment, a "
                     "gradient check")
_TH = _STORED.format(66946561167, "\"\"\"",
                     "a Python NeuralNetwork class with tanh layers under the squared error: a docstring listing the "
                     "backward pass, # comments deriving dL/dz2")
_ML = _STORED.format(27268287665,
                     "function [W1, W2, W3, error_plot] = mlp_train_num_error(X, Y, n_hidden_nodes, n_hidden_layers, "
                     "eta, i)",
                     "a MATLAB MLP trainer for the 8x8 digits: sigmoid layers with no biases, half the summed squared "
                     "error, one or two hidden layers")
_CN = _STORED.format(42385573719, "import numpy as np",
                     "a short Python XOR script commented in Chinese (#\u53cd\u5411\u4f20\u64ad): sigmoid layers "
                     "with no biases, updates with no rate")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_J4I2 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the post's 2-2-1 sigmoid network under half the squared error: delta^{(2)} = dE/dz^{(2)}, delta_i^{(1)}
_GK_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_GK_D1 = f"a1[{{j}}]*(1 - a1[{{j}}])*W2[0,{{j}}]*{_GK_D2}"

# the Chinese notes' 2-2-1 network (sigmoid phi, a linear output y, E = 1/2 (y - Y)^2): dE/da_i
_ZH_DA = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# the demonstration's 2-3-1 sigmoid network under the binary cross-entropy: dL/dz2, dL/dz1[j]
_KR_D2 = "(a2[0] - y[0])"
_KR_D1 = f"W2[0,{{j}}]*{_KR_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# the XOR script's 2-4-1 sigmoid network under the binary cross-entropy (N = 1)
_XR_D2 = "(a2[0] - y[0])"
_XR_D1 = f"W2[0,{{j}}]*{_XR_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# the tanh class's 2-4-1 network under half the squared error
_TH_D2 = "(a2[0] - y[0])*(1 - a2[0]**2)"
_TH_D1 = f"W2[0,{{j}}]*{_TH_D2}*(1 - a1[{{j}}]**2)"

# the MATLAB trainer's 4-3-3 sigmoid network (no biases) under half the summed squared error
_ML_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ML_D1 = ("(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(3))
          + ")*a1[{j}]*(1 - a1[{j}])")

# the short Chinese script's 3-4-1 sigmoid network (no biases) under half the squared error
_CN_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CN_D1 = f"W2[0,{{j}}]*{_CN_D2}*a1[{{j}}]*(1 - a1[{{j}}])"


ENTRIES = [
    # ---- the post's worked example (section 8, $$ displays): the output delta written out and in numbers, the
    # hidden deltas, the gradients as delta times the incoming value, two updates with ^{\text{new}} ---------------
    Public("q85-gk-d2", _GK, "b185_gk", "b185_gk",
           r"$$\delta^{(2)} = (o - y) \cdot o(1 - o) = (0.7101 - 1) \cdot 0.7101 \cdot (1 - 0.7101)$$", ((C, C),),
           (Twin("value", _GK_D2, (_GK_D2, "=(0.7101 - 1)*0.7101*(1 - 0.7101)")),), batch=185,
           why="delta^{(2)} = dE/dz^{(2)} (the post's boxed definition), a value; o = 0.7101"),
    Public("q85-gk-d2n", _GK, "b185_gk", "b185_gk", r"$$\delta^{(2)} = -0.2899 \times 0.2058 = -0.0596$$",
           ((C, C),), (Twin("value", _GK_D2, ("=-0.2899*0.2058", "=-0.0596")),), batch=185),
    Public("q85-gk-d11", _GK, "b185_gk", "b185_gk",
           r"$$\delta_1^{(1)} = h_1(1 - h_1) \cdot v_1 \cdot \delta^{(2)}$$", ((C,),),
           (Twin("value", _GK_D1.format(j=0), (_GK_D1.format(j=0),)),), batch=185,
           why="the hidden delta, the slope written of the hidden output h_1, a value"),
    Public("q85-gk-d12", _GK, "b185_gk", "b185_gk",
           r"$$\delta_2^{(1)} = 0.5744 \times 0.4256 \times 0.8 \times (-0.0596) = -0.0117$$", ((C, C),),
           (Twin("value", _GK_D1.format(j=1), ("=0.5744*0.4256*0.8*(-0.0596)", "=-0.0117")),), batch=185),
    Public("q85-gk-v1", _GK, "b185_gk", "b185_gk",
           r"$$\frac{\partial E}{\partial v_1} = \delta^{(2)} \cdot h_1 = -0.0596 \times 0.6225 = -0.0371$$",
           ((C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_GK_D2}*a1[0]", "=-0.0596*0.6225", "=-0.0371")),), batch=185),
    Public("q85-gk-w12", _GK, "b185_gk", "b185_gk",
           r"$$\frac{\partial E}{\partial w_{12}} = \delta_1^{(1)} \cdot x_2 = -0.0098 \times 0 = 0$$", ((C, C, C),),
           (Twin("gradient", "W1[0,1]", (f"{_GK_D1.format(j=0)}*x[1]", "=-0.0098*0", "=0")),), batch=185,
           why="w_12 the weight from x_2 into h_1 (the post's figure); x_2 = 0"),
    Public("q85-gk-v1n", _GK, "b185_gk", "b185_gk", r"$$v_1^{\text{new}} = 0.7 - 0.5 \times (-0.0371) = 0.7186$$",
           ((C, C),), (Twin("update", "W2[0,0]", ("=0.7 - 0.5*(-0.0371)", "=0.7186")),), batch=185,
           why="the step worked in numbers, alpha = 0.5"),
    Public("q85-gk-w11n", _GK, "b185_gk", "b185_gk",
           r"$$w_{11}^{\text{new}} = 0.5 - 0.5 \times (-0.0098) = 0.5049$$", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0.5 - 0.5*(-0.0098)", "=0.5049")),), batch=185),
    # ---- the Chinese notes' align block (one line each, its & and trailing \\ kept): the nine partials of the
    # 2-2-1 example, written as two chain factors and then out; w_21's and w_22's chains through a_1 (the page's
    # slip: a_2 was meant) -------------------------------------------------------------------------------------------
    Public("q85-zh-dy", _ZH, "b185_zh", "b185_zh", r"\frac{\partial E}{\partial y} &= y-Y \\", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=185,
           why="the derivative by the output y (Y the target), a value"),
    Public("q85-zh-w1", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial w_1} &= \frac{\partial E}{\partial y} \frac{\partial y}{\partial w_1} = "
           r"(y-Y)z_1 \\", ((C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "(a2[0] - y[0])*a1[0]")),), batch=185),
    Public("q85-zh-b3", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial b_3} &= \frac{\partial E}{\partial y} \frac{\partial y}{\partial b_3} = "
           r"(y-Y) \\", ((C, C),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=185),
    Public("q85-zh-w11", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial w_{11}} &= \frac{\partial E}{\partial a_1} \frac{\partial a_1}{\partial "
           r"w_{11}} = (y-Y)w_1\phi'(a_1)x_1 \\", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_ZH_DA.format(j=0)}*x[0]", f"{_ZH_DA.format(j=0)}*x[0]")),), batch=185,
           why="phi' the slope of the hidden activation (a sigmoid here) at the sum a_1"),
    Public("q85-zh-b1", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial b_1} &= \frac{\partial E}{\partial a_1} \frac{\partial a_1}{\partial b_1} = "
           r"(y-Y)w_1\phi'(a_1) \\", ((C, C),),
           (Twin("gradient", "b1[0]", (_ZH_DA.format(j=0), _ZH_DA.format(j=0))),), batch=185),
    Public("q85-zh-w21", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial w_{21}} &= \frac{\partial E}{\partial a_1} \frac{\partial a_1}{\partial "
           r"w_{21}} = (y-Y)w_2\phi'(a_2)x_1 \\", ((W, C),),
           (Twin("gradient", "W1[1,0]", ("0", f"{_ZH_DA.format(j=1)}*x[0]")),), batch=185,
           why="the chain through a_1 (copied from the lines above): a_1 does not depend on w_21, so the member is 0 "
               "(the page's slip; a_2 was meant); the written-out member is right"),
    Public("q85-zh-w22", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial w_{22}} &= \frac{\partial E}{\partial a_1} \frac{\partial a_1}{\partial "
           r"w_{22}} = (y-Y)w_2\phi'(a_2)x_2 \\", ((W, C),),
           (Twin("gradient", "W1[1,1]", ("0", f"{_ZH_DA.format(j=1)}*x[1]")),), batch=185,
           why="the same slip as w_21's: the chain through a_1, which w_22 does not reach"),
    Public("q85-zh-b2", _ZH, "b185_zh", "b185_zh",
           r"\frac{\partial E}{\partial b_2} &= \frac{\partial E}{\partial a_2} \frac{\partial a_2}{\partial b_2} = "
           r"(y-Y)w_2\phi'(a_2) \\", ((C, C),),
           (Twin("gradient", "b1[1]", (_ZH_DA.format(j=1), _ZH_DA.format(j=1))),), batch=185),
    # ---- the demonstration script (four-space indentation): the sigmoid's slope kept on the output delta under
    # the binary cross-entropy (the script's slip), the rest right as named, two updates into _new names -----------
    Public("q85-kr-d2", _KR, "b185_kr", "b185_kr", "    delta2 = (a2 - y) * a2 * (1 - a2)  # Derivative of sigmoid",
           ((W,),), (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=185,
           why="under the script's binary cross-entropy through the sigmoid output dL/dz2 = a2 - y: the sigmoid's "
               "slope a2 (1 - a2) is one factor too many (the script's slip)"),
    Public("q85-kr-dw2", _KR, "b185_kr", "b185_kr", "    dW2 = np.dot(a1.T, delta2) / len(x)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_KR_D2}/1",), _J3),), batch=185,
           why="delta2 the output sum's gradient, as named: right as written in it"),
    Public("q85-kr-db2", _KR, "b185_kr", "b185_kr", "    db2 = np.sum(delta2, axis=0, keepdims=True) / len(x)",
           ((C,),), (Twin("gradient", "b2[0]", (f"{_KR_D2}/1",)),), batch=185),
    Public("q85-kr-d1", _KR, "b185_kr", "b185_kr",
           "    delta1 = np.dot(delta2, W2.T) * a1 * (1 - a1)  # Chain rule + sigmoid derivative", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_KR_D1,), _J3),), batch=185),
    Public("q85-kr-dw1", _KR, "b185_kr", "b185_kr", "    dW1 = np.dot(x.T, delta1) / len(x)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_KR_D1}/1",), _J3I2),), batch=185),
    Public("q85-kr-db1", _KR, "b185_kr", "b185_kr", "    db1 = np.sum(delta1, axis=0, keepdims=True) / len(x)",
           ((C,),), (Twin("gradient", "b1[{j}]", (f"{_KR_D1}/1",), _J3),), batch=185),
    Public("q85-kr-w2", _KR, "b185_kr", "b185_kr", "    W2_new = W2 - learning_rate * dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_KR_D2}*a1[{{j}}]",), _J3),), batch=185),
    Public("q85-kr-b1", _KR, "b185_kr", "b185_kr", "    b1_new = b1 - learning_rate * db1", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_KR_D1}",), _J3),), batch=185),
    # ---- the XOR script's backward (four-space indentation): @ products on columns, the mean's 1/N in the output
    # delta, sigmoid_derivative taken of the outputs, # shape comments ------------------------------------------------
    Public("q85-xr-d2", _XR, "b185_xr", "b185_xr", "    Delta2 = (A2 - Y) / N", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_XR_D2}/1",)),), batch=185,
           why="the binary cross-entropy's mean through the sigmoid output, N samples (one)"),
    Public("q85-xr-dw2", _XR, "b185_xr", "b185_xr", "    dW2 = Delta2 @ A1.T # 1xN X Nx4 -> 1x4", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_XR_D2}*a1[{{j}}]",), _J4),), batch=185),
    Public("q85-xr-db2", _XR, "b185_xr", "b185_xr", "    db2 = np.sum(Delta2, axis=1, keepdims=True) # 1x1",
           ((C,),), (Twin("gradient", "b2[0]", (_XR_D2,)),), batch=185),
    Public("q85-xr-d1", _XR, "b185_xr", "b185_xr",
           "    Delta1 = (params[\"W2\"].T @ Delta2) * sigmoid_derivative(A1) # 4xN", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_XR_D1,), _J4),), batch=185,
           why="sigmoid_derivative(a) = a (1 - a) taken of the hidden outputs A1"),
    Public("q85-xr-dw1", _XR, "b185_xr", "b185_xr", "    dW1 = Delta1 @ A0.T # 4xN X Nx2 -> 4x2", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_XR_D1}*x[{{i}}]",), _J4I2),), batch=185),
    Public("q85-xr-db1", _XR, "b185_xr", "b185_xr", "    db1 = np.sum(Delta1, axis=1, keepdims=True) #4x1",
           ((C,),), (Twin("gradient", "b1[{j}]", (_XR_D1,), _J4),), batch=185),
    # ---- the tanh class (eight-space indentation): a docstring's bullet, a # comment chaining dL/dz2, the code's
    # lines with self.tanh_derivative of the outputs and (1.0 / n_samples) before the products ----------------------
    Public("q85-th-cz2", _TH, "b185_th", "b185_th",
           "        # Delta: dL/dz2 = dL/da2 * da2/dz2 = (a2 - y) * (1 - a2^2)", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_TH_D2, _TH_D2)),), batch=185,
           why="a comment's chain: tanh's slope at the output written of a2"),
    Public("q85-th-bd1", _TH, "b185_th", "b185_th", "        - delta1 = (W2^T * delta2) * (1 - a1^2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_TH_D1,), _J4),), batch=185,
           why="a docstring's bullet, * for the matrix product and for the entrywise one"),
    Public("q85-th-d2", _TH, "b185_th", "b185_th",
           "        delta2 = (a2 - y) * self.tanh_derivative(a2)  # Shape: (output_size, n_samples)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_TH_D2,)),), batch=185),
    Public("q85-th-dw2", _TH, "b185_th", "b185_th",
           "        dW2 = (1.0 / n_samples) * np.dot(delta2, a1.T)  # Shape: (output_size, hidden_size)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"1.0/1*{_TH_D2}*a1[{{j}}]",), _J4),), batch=185),
    Public("q85-th-d1", _TH, "b185_th", "b185_th",
           "        delta1 = np.dot(self.W2.T, delta2) * self.tanh_derivative(a1)  # Shape: (hidden_size, n_samples)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_TH_D1,), _J4),), batch=185),
    Public("q85-th-dw1", _TH, "b185_th", "b185_th",
           "        dW1 = (1.0 / n_samples) * np.dot(delta1, X.T)  # Shape: (hidden_size, input_size)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"1.0/1*{_TH_D1}*x[{{i}}]",), _J4I2),), batch=185),
    Public("q85-th-db1", _TH, "b185_th", "b185_th",
           "        db1 = (1.0 / n_samples) * np.sum(delta1, axis=1, keepdims=True)  # Shape: (hidden_size, 1)", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"1.0/1*{_TH_D1}",), _J4),), batch=185),
    Public("q85-th-w1", _TH, "b185_th", "b185_th", "        self.W1 -= learning_rate * gradients['dW1']", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_TH_D1}*x[{{i}}]",), _J4I2),), batch=185),
    # ---- the MATLAB trainer's one-hidden-layer branch (eight-space indentation): .* and ', rows input-first, no
    # biases, sigmoid_gradient taken of the sums --------------------------------------------------------------------
    Public("q85-ml-d2", _ML, "b185_ml", "b185_ml", "        delta2 = (A2 - Y) .* sigmoid_gradient(Z2);", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_ML_D2,), tuple({"k": k} for k in range(3))),), batch=185,
           why="sigmoid_gradient(x) = sigmoid(x) .* (1 - sigmoid(x)), of the sums Z2"),
    Public("q85-ml-d1", _ML, "b185_ml", "b185_ml", "        delta1 = (delta2 * W2') .* sigmoid_gradient(Z1);",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_ML_D1,), _J3),), batch=185),
    Public("q85-ml-w2", _ML, "b185_ml", "b185_ml", "        W2 = W2 - eta * (A1' * delta2);", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_ML_D2}*a1[{{j}}]",), _K3J3),), batch=185),
    Public("q85-ml-w1", _ML, "b185_ml", "b185_ml", "        W1 = W1 - eta * (X' * delta1);", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ML_D1}*x[{{i}}]",), _J3I4),), batch=185),
    # ---- the short Chinese script (four-space indentation): the output delta under half the squared error, the
    # -= updates with no rate (rate 1) -------------------------------------------------------------------------------
    Public("q85-cn-d2", _CN, "b185_cn", "b185_cn", "    delta2 = (a2 - Y) * (a2 * (1 - a2))", ((C,),),
           (Twin("gradient_z", "z2[0]", (_CN_D2,)),), batch=185),
    Public("q85-cn-w2", _CN, "b185_cn", "b185_cn", "    w2 -= np.dot(a1.T, delta2)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_CN_D2}*a1[{{j}}]",), _J4),), batch=185,
           why="-= with no rate: the step at rate 1 (the problem file's)"),
    Public("q85-cn-w1", _CN, "b185_cn", "b185_cn", "    w1 -= np.dot(a0.T, delta1)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_CN_D1}*x[{{i}}]",), _J4I3),), batch=185,
           why="delta1 the hidden sums' gradient, as named (its line, np.dot(w2.T, delta2), left out); a0 = X"),
]
