r"""Batch 176 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on manual backward
passes inside deep-learning frameworks: PyTorch's custom autograd Functions, backward(ctx, grad_output); layer classes'
backward(self, grad) in small NumPy frameworks; a manual backward checked against autograd; seven files of repositories
the index names and four stored files whose repository it does not): pangbochen/pytorch_cookbook's
chapter3_2_extend_autograd.py (stored file 29424567625: MultiplyAdd's grad_w = grad_output * x and a Sigmoid Function
whose backward adds where it should multiply), Senior2Projects/Neural_Network_Library's lib/layers.py (stored file
25758096806: a Dense layer's self.dW = self.x.T @ grad_output with # shape comments), sharad0x/Week_2-CyArt's
Task1/model.py (stored file 1375042947: Dense, ReLU, Sigmoid and MSELoss classes, defs of one return line, -= updates
at lr), ZhanboBTW/Circus_ANN_Platform's activations/relu.py (stored file 19005337369: JugglerReLU, JugglerSigmoid and
JugglerTanh, a mask kept by forward), Jxinmeng/nlp-xu's pytorch/linear.py (stored file 46737345952: PyTorch's
LinearFunction example with torch.matmul under ifs of ctx.needs_input_grad, commented in Chinese),
Dora-The-Kid/culture_network_0's liner_regression_2.py (stored file 13800593754: the same with .mm, trailing Chinese
comments, .sum(0).squeeze(0)), a small NumPy framework (stored file 7814244296: Linear, Relu, Sigmoid, MSE and SGD
classes, a mistyped Sigmoid backward), dl_from_scratch's activation layers (stored file 576641378: ReLU and Sigmoid
with type hints, a ReLU backward that returns a mask of the upstream gradient), "Backpropagation — Step by Step" (stored
file 44350466633: a 1-1-1 ReLU-sigmoid network's backward pass line by line, dL_dz2 = dL_da2 * da2_dz2, with the
script's numbers), a Markdown lesson "# Backpropagation" (stored file 5974287655: the 2-layer derivation in $$
displays with \mathbf, \boldsymbol, \equiv, \odot and \in \mathbb{R}^{...} shapes, an update pair with \qquad, the
batch form with \Delta^T A) and jettjia/x-ai's 15_autograd/01_func.py (stored file 3447183558: a custom Function line,
grad_w = grad_out * x). Copied verbatim, typos and mistakes included (a display's content with its $$ on their own
lines, as the file writes it; a code line with its indentation and trailing comment; a def with its return line, and
the Sigmoid's with its docstring), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md: a layer class's backward read for one instance of the class in the
network, its grad_output dL/d(the layer's output) and "backward" the gradient it returns, dL/d(the layer's input), as
batch 135's lrp_toolbox Tanh.backward; rows where the framework's samples are rows, "grad_output" = "grad(z2[:]).T";
one notation per class where a page's classes give one word (grad_output, self.input, grad) different meanings; the
step-by-step script's da2_dz2 and da1_dz1 the slopes it computes, a2 (1 - a2) and relu_d(z1)), a network of the kind
the page describes (the step-by-step script's numbers, x = 2.0, y_true = 1.0, w1 = 0.5, b1 = 0.1, w2 = -0.3, b2 = 0.2,
lr = 0.1; the rates the files write, 0.01 and 0.0001; a loss the framework offers, or half the squared error where a
Function's file names none; all in tests/public_formulas_batch176_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. An input's
gradient (grad_x, grad_input, dL_da1), a loss's derivative by the prediction (MSELoss.backward, self.grad), a forward
line (output = w * x + b, self.out = np.tanh(x)) and a loss's definition (self.loss) are twinned as values; a
layer's backward returning dL/d(its input sums) (ReLU, Sigmoid, Tanh) as the gradient by those sums, as in batches 14
to 174.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 176

The batch: 52 formulas from 11 addresses (the cookbook's Functions 6, the Dense layer 2, model.py's classes 7, the
Juggler layers 5, nlp-xu's LinearFunction 3, culture_network_0's LinearFunction 3, the NumPy framework 6,
dl_from_scratch's layers 2, the step-by-step script 7, the Markdown lesson 8, the line Function 3). 8 are LaTeX in
$$ displays (the lesson's), 44 are code (Python: PyTorch 15, NumPy 29). By kind: 11 gradients of weights, 10 of
biases, 12 gradients by sums returned by a layer's backward or named dL_dz or delta (deltas), 5 updates (four -=
lines at a rate and one display of two updates), 13 values (inputs' gradients, derivatives by the output, forward
lines, a loss), 1 mistyped.

2 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the cookbook's pc-sb, grad_x = output + (1 - output) * grad_output: the sigmoid's backward is output * (1 - output)
  * grad_output; the file writes + for the first * (the Sigmoid Function's slip);
- dl_from_scratch's dl-relu, def backward(self, grad: np.ndarray) -> np.ndarray: return np.where(grad >= 0, 1, 0):
  dL/d(input) is grad where the layer's INPUT is positive and 0 elsewhere; the file returns 1 where the upstream
  gradient is non-negative (its docstring says so: backward: 1 if grad >= 0 else 0), neither the input's mask nor
  multiplied by grad;
- mistyped (unreadable): the NumPy framework's fw-sig, grad *= self.input(1 - self.input): a call of the stored input,
  the * left out (unreadable="self.input"); and self.input is the Sigmoid's INPUT (forward keeps x before applying
  the sigmoid), so even with the * it would be the slope written of the input.

Not mistaken, though they look it: model.py's MSELoss.backward, 2 (y_pred - y_true) / y_true.shape[0], which divides
by the samples only where np.mean divides by every entry (the same with one output, as here); the framework's
self.gradb = grad with no sum over the samples (one sample a fit_one); culture_network_0's .sum(0).squeeze(0) (no axis
of size one left to drop); the lesson's \equiv (a definition, delta^{[2]} is dL/dz^{[2]}) and its shapes after \in;
the step-by-step script's names of derivatives (dL_dz1 = dL_da1 * da1_dz1 with da1_dz1 = relu_d(z1)).

What was left out: the step-by-step script's dL_da2 = -(y_true / (a2 + 1e-9)) + (1 - y_true) / (1 - a2 + 1e-9) (taken
at first and withdrawn before any run of check: its 1e-9 guards, the derivative of the script's own guarded loss,
put it 2e-9 off the binary cross-entropy's, which the oracle's tolerance 1e-9 calls wrong, nor a slip a teacher would
mark, as batch 124 left out the D module's e cut to eight digits), its da2_dz2 = a2 * (1 - a2) and da1_dz1 =
relu_d(z1) (the notation's meanings of those names), its forward lines and prints; every backward's return of an
expression alone (return grad_output @ self.W.T, return np.dot(grad, self.weight.T): a return without its def), the
LinearFunctions' forwards (output = torch.matmul(input, weight.t()) before the bias is added on the next line: the
sum without its bias under the name of the output), the framework's self.gradw += np.dot(self.input.T, grad) (an
accumulation into the gradient after zero_grad: a name assigned by adding to itself), its Relu.backward (indexed
assignments, grad[self.input > 0] = 1, not formulas), its MSE's np.sum(self.grad, axis=0) line; dl_from_scratch's
docstrings (forward: ..., backward: ... labels of prose) and its Sigmoid's forward (a local named sigmoid); the
lesson's chain rules in general (Jacobians of unnamed functions f_l), its boxed aligned recurrence, its activation
table, its PyTorch code (a ReLU hidden layer: another network than its derivation's) and its complexity table; the
cookbook's and x-ai's returns and their forward of MultiplyAdd's print lines. Pages read and not taken: a DL lab's
analytical sigmoid gradient checked against a.backward() (its "loss" the unit's output itself, no loss a problem file
holds), SuperSVG's sign with a sigmoid's gradient (a straight-through surrogate, not the derivative), a Sigmaid
Function masking grad_input where the input is negative (an indexed assignment), and many copies of PyTorch's
LinearFunction tutorial.

Collected on 2026-12-07 (22:40 to 22:47 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
19 pairs, 18 loaded as first written, the step-by-step network's [data] fixed (x = [[2.0]]: a list of samples)
before any loaded again. The oracle's first run passed every verdict as first transcribed but one, the step-by-step
script's dL_da2, which it called wrong for its 1e-9 guards: left out (above), not flipped; the second run passed
all 51 readable entries and the batch's two checks (the mistyped entry has no verdicts).

Run blind at main 3a066af (/work/READY_FOR_BLIND64; src/ as at 3a066af, main's last change to it), with nothing under
src/ changed. This branch was made from main's tip f087316, which descends from 3a066af with src/ byte-identical to it
(git diff 3a066af -- src empty); the literal `git rebase 3a066af` replays main's own merged batches 171 to 174 one by
one and stopped on a conflict in batch 171's commit, so it was aborted and the run made on the collection commit as it
stood, its src/ 3a066af's. The first run (kept as it came): 41 of 52 read with every verdict right (79%), 10 refused,
1 typo refused, no typo read, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Eight of the refusals, every
formula of the Markdown lesson, were my notation's slip: "unknown symbol \mathcal{L}; the notation knows A, B, W,
\Delta, \delta, \hat{y}, a, b; give it a meaning in the notation's [notation.symbols]" (the page's loss is \mathcal{L},
which the notation must list, loss = ["\\mathcal{L}"], as earlier batches' notations for such pages do; mine did not).
With that one line added to b176_bl (no twin and no verdict changed), the second run (/work/batch176_blind.txt): 49 of
52 read with every verdict right (94%), 2 refused, 1 typo refused, no typo read, no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py -k "b176-" passed after it (103 tests), check's
never-wrong-called-correct test included.

Of the 2 mistaken formulas, both were read with their wrong member called wrong: pc-sb (the sigmoid's backward with +
for *) and dl-relu (np.where(grad >= 0, 1, 0), the upstream gradient's sign for the input's mask). By page (second
run): the cookbook's Functions 6 of 6, the Dense layer 2 of 2, model.py's classes 7 of 7, the Juggler layers 5 of 5,
nlp-xu's LinearFunction 3 of 3, culture_network_0's LinearFunction 2 of 3, the NumPy framework 5 of 5 (and its typo
refused), dl_from_scratch's layers 1 of 2, the step-by-step script 7 of 7, the Markdown lesson 8 of 8 (0 of 8 in the
first run), the line Function 3 of 3.

The refusals by construct (second run), with the exact message:

- a PyTorch method's positional axis: dk-gb, "formula 'grad_bias = grad_output.sum(0).squeeze(0)': expected ')' to
  close .squeeze(): check reads it without arguments at '0' (position 40)" (.sum(0) read, .squeeze(0) with its dim
  refused);
- a def whose body opens with a docstring, with type hints: dl-sig, "formula 'def backward(self, grad: np.ndarray) ->
  np.ndarray: [three double quotes] i...': the definition of backward is more than one return line after locals (a conditional, a
  loop, an augmented assignment, a call alone); check reads local names assigned once, then the value: def
  backward(x): s = ... then return ..., or R's backward = function(x) { s = ...; s * (1 - s) } (a docstring and
  comments aside)" (the message says a docstring is set aside, yet this one, of three lines between triple quotes on lines of
  their own, is not; or the -> np.ndarray return annotation is what stops it);
- the typo: fw-sig, "formula 'grad *= self.input(1 - self.input)': unexpected at '=' (position 7)" (refused at the
  augmented assignment *= before the mistyped call is reached: blind_batch.py counts it as naming it, though the
  message names neither self.input nor the call).

Read, among the constructs these pages brought: PyTorch Functions' lines under backward(ctx, grad_output) (grad_w =
grad_output * x, grad_b = grad_output * 1, torch.matmul(grad_output.t(), input), grad_output.mm(weight) with a
trailing Chinese comment and one glued to the code, grad_output.sum(0)), a Function's forward with torch.exp; layer
classes' defs of one return line read as dL/d(the layer's input) (grad_output * (self.input > 0), grad_output *
self.mask, grad_output * self.out * (1 - self.out), (1 - self.out ** 2), a loss layer's def backward(self) with
self.y_true.shape[0]); self. names with .T and @, np.sum(..., axis=0, keepdims=True) with # shape comments, -= updates
at lr and self.lr through parameter.weight; the loss as np.sum(np.square(pred - label) / 2.0); np.where(grad >= 0, 1,
0) called wrong; names of derivatives in a script's backward pass (dL_dz2 = dL_da2 * da2_dz2, two spaces before =);
$$ displays with \mathcal{L} (once declared), \mathbf and \boldsymbol, \equiv, \odot, \sigma', \in \mathbb{R}^{1
\times n^{[1]}}, two updates with \leftarrow beside each other after \qquad, and the batch form \frac{1}{B}
(\Delta^{[l]})^\top A^{[l-1]}.

Which look general: .squeeze(0), a PyTorch (and NumPy) method's positional dim, common in framework code; and a
method's def with a multi-line docstring and type hints (the docstring the message says it sets aside), common in
layer classes of small frameworks. The first run's eight refusals were the notation's, not the reader's.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch176_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_NAMED = "{} ({}; the code corpus's stored file {}, \"{}\": {})"
_PC = _NAMED.format("https://github.com/pangbochen/pytorch_cookbook", "chapter3_2_extend_autograd.py", 29424567625,
                    "from torch.autograd import Function",
                    "two custom autograd Functions, MultiplyAdd and Sigmoid, backward(ctx, grad_output)")
_SD = _NAMED.format("https://github.com/Senior2Projects/Neural_Network_Library", "lib/layers.py", 25758096806,
                    "import numpy as np", "a Layer base class and a Dense layer, backward(self, grad_output)")
_SH = _NAMED.format("https://github.com/sharad0x/Week_2-CyArt", "Task1/model.py", 1375042947, "import numpy as np",
                    "a small framework: Dense, ReLU, Sigmoid, MSELoss and SGD classes, each with its backward")
_JG = _NAMED.format("https://github.com/ZhanboBTW/Circus_ANN_Platform", "activations/relu.py", 19005337369, "",
                    "JugglerReLU, JugglerSigmoid and JugglerTanh layers, backward(self, grad_output) of one line each")
_JX = _NAMED.format("https://github.com/Jxinmeng/nlp-xu", "pytorch/linear.py", 46737345952, "import torch",
                    "PyTorch's LinearFunction example commented in Chinese: backward(ctx, grad_output) with "
                    "torch.matmul")
_DK = _NAMED.format("https://github.com/Dora-The-Kid/culture_network_0", "liner_regression_2.py", 13800593754,
                    "import torch", "the LinearFunction example with .mm, its lines commented in Chinese")
_FW = _STORED.format(7814244296, "import numpy as np",
                     "a small NumPy framework: Variable, Linear, Relu, Sigmoid, MSE, SGD and Sequence classes, Mynet "
                     "fitting x + y")
_DL = _STORED.format(576641378, "import numpy as np",
                     "dl_from_scratch's activation layers: ReLU and Sigmoid with backward(self, grad: np.ndarray)")
_BS = _STORED.format(44350466633, "\"\"\"",
                     "\"Backpropagation — Step by Step\": a tiny ReLU-sigmoid network worked by hand in NumPy, "
                     "verified with PyTorch autograd")
_BL = _STORED.format(5974287655, "# Backpropagation",
                     "a Markdown lesson: the 2-layer derivation in $$ displays, a manual backward in PyTorch checked "
                     "against autograd")
_JT = _NAMED.format("https://github.com/jettjia/x-ai", "pytorch-code/01_algorithm/15_autograd/01_func.py", 3447183558,
                    "import torch", "a custom torch.autograd.Function line (w * x + b), backward(ctx, grad_out)")

_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_I2 = tuple({"i": i} for i in range(2))
_K2 = tuple({"k": k} for k in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))

# the cookbook's sigmoid unit under half the squared error: dL/dz1
_PC_D = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# Neural_Network_Library's 2-3-1 (ReLU, linear output, the squared error's mean over one output): dL/dz1[j]
_SD_D1 = "2*(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])"
# model.py's 2-3-1 (ReLU, sigmoid output, the mean squared error of one output): dL/dz2, dL/dz1[j]
_SH_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_SH_D1 = f"W2[0,{{j}}]*{_SH_D2}*Heaviside(z1[{{j}}])"
# the Juggler network 2-3-2-1 (ReLU, tanh, sigmoid) under half the squared error
_JG_D3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_JG_A2 = f"W3[0,{{k}}]*{_JG_D3}"
_JG_D2 = f"{_JG_A2}*(1 - a2[{{k}}]**2)"
_JG_A1 = " + ".join(f"W2[{k},{{j}}]*W3[0,{k}]*{_JG_D3}*(1 - a2[{k}]**2)" for k in range(2))
# nlp-xu's 2-3-2 (tanh, softmax, the cross-entropy): dL/dz1[j]
_JX_D1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])*(1 - a1[{j}]**2)"
_JX_GI = " + ".join(f"W1[{j},{{i}}]*" + _JX_D1.format(j=j) for j in range(3))
# culture_network_0's 3-4-2 (sigmoid, linear outputs, half the squared error): dL/d a1[j]
_DK_A1 = "W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1])"
# dl_from_scratch's 2-3-1 (ReLU, sigmoid, binary cross-entropy): dL/d a1[j]
_DL_A1 = "W2[0,{j}]*(a2[0] - y[0])"
_DL_DA2 = "(-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0])))"
# the step-by-step script's 1-1-1 (ReLU, sigmoid, binary cross-entropy)
_BS_DA2 = "(-(y[0]/a2[0]) + (1 - y[0])/(1 - a2[0]))"
_BS_D2 = "(a2[0] - y[0])"
_BS_D1 = f"{_BS_D2}*W2[0,0]*Heaviside(z1[0])"
# the lesson's 2-3-1 (sigmoid, sigmoid, binary cross-entropy)
_BL_D1 = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_BL_GW = (tuple({"p": f"W1[{j},{i}]", "m": f"1/1*{_BL_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2))
          + tuple({"p": f"W2[0,{j}]", "m": f"1/1*(a2[0] - y[0])*a1[{j}]"} for j in range(3)))
_BL_UW = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_BL_D1.format(j=j)}*x[{i}]"}
                for j in range(3) for i in range(2))
          + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]"} for j in range(3)))
_BL_UB = (tuple({"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_BL_D1.format(j=j)}"} for j in range(3))
          + ({"p": "b2[0]", "m": "b2[0] - eta*(a2[0] - y[0])"},))
# the line Function's linear unit under half the squared error: dL/dz1
_JT_D = "(a1[0] - y[0])"

ENTRIES = [
    # ---- pytorch_cookbook's custom autograd Functions (eight-space indentation): MultiplyAdd's forward and backward,
    # then Sigmoid's, whose backward adds where it should multiply --------------------------------------------------
    Public("c76-pc-out", _PC, "b176_pc", "b176_pc_ma", "        output = w * x + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=176,
           why="MultiplyAdd's forward: the unit's sum, a value"),
    Public("c76-pc-gw", _PC, "b176_pc", "b176_pc_ma", "        grad_w = grad_output * x", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_PC_D}*x[0]",)),), batch=176,
           why="grad_output dL/d(output), the sum's gradient handed back by the Sigmoid"),
    Public("c76-pc-gx", _PC, "b176_pc", "b176_pc_ma", "        grad_x = grad_output * w", ((C,),),
           (Twin("value", f"{_PC_D}*W1[0,0]", (f"{_PC_D}*W1[0,0]",)),), batch=176,
           why="dL/dx, the input's gradient, a value"),
    Public("c76-pc-gb", _PC, "b176_pc", "b176_pc_ma", "        grad_b = grad_output * 1", ((C,),),
           (Twin("gradient", "b1[0]", (f"{_PC_D}*1",)),), batch=176),
    Public("c76-pc-sf", _PC, "b176_pc", "b176_pc_sg", "        output = 1 / (1 + torch.exp(-x))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=176,
           why="the Sigmoid Function's forward, x its input (the sum)"),
    Public("c76-pc-sb", _PC, "b176_pc", "b176_pc_sg", "        grad_x = output + (1 - output) * grad_output", ((W,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] + (1 - a1[0])*(a1[0] - y[0])",)),), batch=176,
           why="the sigmoid's backward is output * (1 - output) * grad_output: the file writes + for the first *, "
               "output + (1 - output) grad_output (the file's slip)"),
    # ---- Neural_Network_Library's Dense.backward (eight-space indentation, trailing # shape comments) -------------
    Public("c76-sd-dw", _SD, "b176_sd", "b176_sd",
           "        self.dW = self.x.T @ grad_output # shape: (input_size, output_size)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_SD_D1}",), _J3I2),), batch=176,
           why="the Dense layer as the hidden layer: its input's column times the row grad_output"),
    Public("c76-sd-db", _SD, "b176_sd", "b176_sd",
           "        self.db = np.sum(grad_output, axis=0, keepdims=True) # shape: (1, output_size)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SD_D1,), _J3),), batch=176, why="the sum over the samples (rows: one)"),
    # ---- Week_2-CyArt's model.py: Dense's gradients and update, ReLU's, Sigmoid's and MSELoss's backward (defs of
    # one return line) ----------------------------------------------------------------------------------------------
    Public("c76-sh-gw", _SH, "b176_sh", "b176_sh_dense", "        self.grad_weights = np.dot(self.input.T, grad_output)",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_SH_D2}",), _J3),), batch=176,
           why="the Dense layer as the output layer, its input the hidden outputs"),
    Public("c76-sh-gb", _SH, "b176_sh", "b176_sh_dense",
           "        self.grad_biases = np.sum(grad_output, axis=0, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", (_SH_D2,)),), batch=176),
    Public("c76-sh-uw", _SH, "b176_sh", "b176_sh_dense", "        self.weights -= lr * self.grad_weights", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_SH_D2}",), _J3),), batch=176,
           why="lr the rate SGD hands to update"),
    Public("c76-sh-ub", _SH, "b176_sh", "b176_sh_dense", "        self.biases -= lr * self.grad_biases", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_SH_D2}",)),), batch=176),
    Public("c76-sh-relu", _SH, "b176_sh", "b176_sh_relu",
           "    def backward(self, grad_output):\n        return grad_output * (self.input > 0)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_SH_D1}",), _J3),), batch=176,
           why="ReLU.backward, dL/d(its input): the upstream gradient masked where the input is positive"),
    Public("c76-sh-sig", _SH, "b176_sh", "b176_sh_sig",
           "    def backward(self, grad_output):\n        return grad_output * self.output * (1 - self.output)",
           ((C,),), (Twin("gradient_z", "z2[0]", (_SH_D2,)),), batch=176,
           why="Sigmoid.backward, the slope written of the output forward kept"),
    Public("c76-sh-mse", _SH, "b176_sh", "b176_sh_mse",
           "    def backward(self):\n        return (2 * (self.y_pred - self.y_true)) / self.y_true.shape[0]", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("(2*(a2[0] - y[0]))/1",)),), batch=176,
           why="MSELoss.backward, dL/d(prediction) of np.mean's loss: one sample and one output, shape[0] = 1"),
    # ---- Circus_ANN_Platform's Juggler layers (defs of one return line; forward's self.out lines) -------------------
    Public("c76-jg-relu", _JG, "b176_jg", "b176_jg_relu",
           "    def backward(self, grad_output):\n        return grad_output * self.mask", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"({_JG_A1})*Heaviside(z1[{{j}}])",), _J3),), batch=176,
           why="self.mask = (x > 0), kept by forward"),
    Public("c76-jg-sigf", _JG, "b176_jg", "b176_jg_sig", "        self.out = 1 / (1 + np.exp(-x))", ((C,),),
           (Twin("value", "a3[0]", ("1/(1 + exp(-z3[0]))",)),), batch=176),
    Public("c76-jg-sig", _JG, "b176_jg", "b176_jg_sig",
           "    def backward(self, grad_output):\n        return grad_output * self.out * (1 - self.out)", ((C,),),
           (Twin("gradient_z", "z3[0]", (_JG_D3,)),), batch=176),
    Public("c76-jg-tanhf", _JG, "b176_jg", "b176_jg_tanh", "        self.out = np.tanh(x)", ((C,),),
           (Twin("value", "a2[{k}]", ("tanh(z2[{k}])",), _K2),), batch=176),
    Public("c76-jg-tanh", _JG, "b176_jg", "b176_jg_tanh",
           "    def backward(self, grad_output):\n        return grad_output * (1 - self.out ** 2)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_JG_D2,), _K2),), batch=176, why="tanh's slope written of its output"),
    # ---- nlp-xu's LinearFunction.backward (twelve-space indentation under the ifs of ctx.needs_input_grad) --------
    Public("c76-jx-gi", _JX, "b176_jx", "b176_jx", "            grad_input = torch.matmul(grad_output, weight)", ((C,),),
           (Twin("value", _JX_GI, (_JX_GI,), _I2),), batch=176,
           why="the first layer: dL/d(input), a value; the row grad_output times weight (output-first)"),
    Public("c76-jx-gw", _JX, "b176_jx", "b176_jx", "            grad_weight = torch.matmul(grad_output.t(), input)",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_JX_D1}*x[{{i}}]",), _J3I2),), batch=176),
    Public("c76-jx-gb", _JX, "b176_jx", "b176_jx", "            grad_bias = grad_output.sum(0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_JX_D1,), _J3),), batch=176, why="the sum over the samples (one)"),
    # ---- culture_network_0's LinearFunction.backward with .mm and Chinese comments ----------------------------------
    Public("c76-dk-gi", _DK, "b176_dk", "b176_dk",
           "            grad_input = grad_output.mm(weight) # 复合函数求导，链式法则", ((C,),),
           (Twin("value", _DK_A1, (_DK_A1,), _J4),), batch=176,
           why="the output layer: dL/d(its input), the hidden outputs' gradient, a value; the comment says "
               "\"derivative of a composite function, the chain rule\""),
    Public("c76-dk-gw", _DK, "b176_dk", "b176_dk",
           "            grad_weight = grad_output.t().mm(input)# 复合函数求导，链式法则", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a1[{j}]",), _K2J4),), batch=176,
           why="the comment glued to the code, no space before #"),
    Public("c76-dk-gb", _DK, "b176_dk", "b176_dk", "            grad_bias = grad_output.sum(0).squeeze(0)", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=176,
           why=".squeeze(0) of a vector of two: no axis of size one to drop, the same vector"),
    # ---- the small framework script: the output Linear's bias gradient, Sigmoid's mistyped backward, MSE's loss and
    # gradient, SGD's step ------------------------------------------------------------------------------------------
    Public("c76-fw-gb", _FW, "b176_fw", "b176_fw", "        self.gradb = grad", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=176,
           why="the output Linear: its bias's gradient is the gradient handed to it (one sample)"),
    Public("c76-fw-sig", _FW, "b176_fw_sig", "b176_fw_sig", "        grad *= self.input(1 - self.input)",
           unreadable="self.input", batch=176,
           why="self.input(1 - self.input): a call of the stored input, the * left out (the file's typo); and "
               "self.input is the layer's input (forward keeps x before the sigmoid), so even with the * it would "
               "be the slope written of the input"),
    Public("c76-fw-loss", _FW, "b176_fw", "b176_fw", "        self.loss = np.sum(np.square(pred - label) / 2.0)",
           ((C,),), (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2.0",)),), batch=176,
           why="the loss's definition, half the squared error summed, a value"),
    Public("c76-fw-grad", _FW, "b176_fw", "b176_fw", "        self.grad = self.pred - self.label", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=176,
           why="dL/d(prediction), a value"),
    Public("c76-fw-uw", _FW, "b176_fw", "b176_fw", "            parameter.weight -= self.lr * parameter.gradw", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _J3),), batch=176,
           why="the output Linear's parameter (its gradw zeroed then accumulated over one sample: the gradient)"),
    Public("c76-fw-ub", _FW, "b176_fw", "b176_fw", "            parameter.bias -= self.lr * parameter.gradb", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])",)),), batch=176),
    # ---- dl_from_scratch's ReLU and Sigmoid backward (type hints; the Sigmoid's with its docstring) -----------------
    Public("c76-dl-relu", _DL, "b176_dl", "b176_dl_relu",
           "    def backward(self, grad: np.ndarray) -> np.ndarray:\n        return np.where(grad >= 0, 1, 0)", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"Heaviside({_DL_A1})",), _J3),), batch=176,
           why="dL/d(input) is grad where the INPUT is positive, 0 elsewhere: the file returns 1 where the upstream "
               "gradient is non-negative (its docstring: backward: 1 if grad >= 0 else 0), neither the input's mask "
               "nor times grad (the file's slip)"),
    Public("c76-dl-sig", _DL, "b176_dl", "b176_dl_sig",
           "    def backward(self, grad: np.ndarray) -> np.ndarray:\n        \"\"\"\n        in: (bs, feature_size)\n"
           "        out: (bs, feature_size)\n        \"\"\"\n"
           "        return grad * self._forward_info[\"sigmoid\"] * (1 - self._forward_info[\"sigmoid\"])", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_DL_DA2}*a2[0]*(1 - a2[0])",)),), batch=176,
           why="the output kept by forward in a dictionary's entry; a docstring between the def and its return"),
    # ---- the step-by-step script (no indentation, aligned =): the backward pass line by line ------------------------
    Public("c76-bs-dz2", _BS, "b176_bs", "b176_bs", "dL_dz2 = dL_da2 * da2_dz2", ((C,),),
           (Twin("gradient_z", "z2[0]", (f"{_BS_DA2}*a2[0]*(1 - a2[0])",)),), batch=176,
           why="da2_dz2 = a2 * (1 - a2), the line before"),
    Public("c76-bs-dw2", _BS, "b176_bs", "b176_bs", "dL_dw2 = dL_dz2 * a1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_BS_D2}*a1[0]",)),), batch=176),
    Public("c76-bs-db2", _BS, "b176_bs", "b176_bs", "dL_db2 = dL_dz2", ((C,),),
           (Twin("gradient", "b2[0]", (_BS_D2,)),), batch=176),
    Public("c76-bs-da1", _BS, "b176_bs", "b176_bs", "dL_da1 = dL_dz2 * w2", ((C,),),
           (Twin("value", f"{_BS_D2}*W2[0,0]", (f"{_BS_D2}*W2[0,0]",)),), batch=176,
           why="dL/da1, passed back, a value"),
    Public("c76-bs-dz1", _BS, "b176_bs", "b176_bs", "dL_dz1  = dL_da1 * da1_dz1", ((C,),),
           (Twin("gradient_z", "z1[0]", (_BS_D1,)),), batch=176,
           why="da1_dz1 = relu_d(z1), the line before; two spaces before ="),
    Public("c76-bs-dw1", _BS, "b176_bs", "b176_bs", "dL_dw1  = dL_dz1 * x", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_BS_D1}*x[0]",)),), batch=176),
    Public("c76-bs-db1", _BS, "b176_bs", "b176_bs", "dL_db1  = dL_dz1", ((C,),),
           (Twin("gradient", "b1[0]", (_BS_D1,)),), batch=176),
    # ---- the Markdown lesson's 2-layer derivation ($$ displays on lines of their own, bold vectors, \in shapes) ----
    Public("c76-bl-dy", _BL, "b176_bl", "b176_bl",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}} = -\\frac{y}{\\hat{y}} + \\frac{1-y}{1-\\hat{y}} = "
           "\\frac{\\hat{y} - y}{\\hat{y}(1-\\hat{y})}\n$$", ((C, C),),
           (Twin("value", "-(y[0]/a2[0]) + (1 - y[0])/(1 - a2[0])",
                 ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))")),), batch=176,
           why="the BCE's derivative by the output, a value"),
    Public("c76-bl-d2", _BL, "b176_bl", "b176_bl",
           "$$\n\\delta^{[2]} \\equiv \\frac{\\partial \\mathcal{L}}{\\partial z^{[2]}} = \\frac{\\partial \\mathcal{L}}"
           "{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z^{[2]}} = \\frac{\\hat{y} - y}{\\hat{y}"
           "(1-\\hat{y})} \\cdot \\hat{y}(1-\\hat{y}) = \\hat{y} - y\n$$", ((C, C, C, C),),
           (Twin("gradient_z", "z2[0]",
                 ("a2[0] - y[0]", "(-(y[0]/a2[0]) + (1 - y[0])/(1 - a2[0]))*a2[0]*(1 - a2[0])",
                  "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))*a2[0]*(1 - a2[0])", "a2[0] - y[0]")),), batch=176,
           why="delta^{[2]} defined by \\equiv as dL/dz^{[2]}, the page's error signal"),
    Public("c76-bl-w2", _BL, "b176_bl", "b176_bl",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{W}^{[2]}} = \\frac{\\partial \\mathcal{L}}{\\partial "
           "z^{[2]}} \\cdot \\frac{\\partial z^{[2]}}{\\partial \\mathbf{W}^{[2]}} = \\delta^{[2]} \\left(\\mathbf{a}"
           "^{[1]}\\right)^\\top \\in \\mathbb{R}^{1 \\times n^{[1]}}\n$$", ((C, C),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]", "(a2[0] - y[0])*a1[{j}]"), _J3),), batch=176,
           why="a row of n^{[1]} entries, the shape after \\in"),
    Public("c76-bl-b2", _BL, "b176_bl", "b176_bl",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial b^{[2]}} = \\delta^{[2]} \\in \\mathbb{R}\n$$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=176),
    Public("c76-bl-d1", _BL, "b176_bl", "b176_bl",
           "$$\n\\boldsymbol{\\delta}^{[1]} \\equiv \\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{z}^{[1]}} = "
           "\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{a}^{[1]}} \\odot \\sigma'(\\mathbf{z}^{[1]}) = "
           "\\left(\\mathbf{W}^{[2]}\\right)^\\top \\delta^{[2]} \\odot \\sigma'(\\mathbf{z}^{[1]}) \\in "
           "\\mathbb{R}^{n^{[1]}}\n$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{j}]", (_BL_D1, _BL_D1, _BL_D1), _J3),), batch=176,
           why="sigma the sigmoid of the hidden layer, its slope at the sums; \\odot the entrywise product"),
    Public("c76-bl-w1", _BL, "b176_bl", "b176_bl",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{W}^{[1]}} = \\boldsymbol{\\delta}^{[1]} "
           "\\mathbf{x}^\\top \\in \\mathbb{R}^{n^{[1]} \\times n^{[0]}}\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BL_D1}*x[{{i}}]",), _J3I2),), batch=176),
    Public("c76-bl-up", _BL, "b176_bl", "b176_bl",
           "$$\n\\mathbf{W}^{[l]} \\leftarrow \\mathbf{W}^{[l]} - \\eta \\frac{\\partial \\mathcal{L}}{\\partial "
           "\\mathbf{W}^{[l]}}, \\qquad \\mathbf{b}^{[l]} \\leftarrow \\mathbf{b}^{[l]} - \\eta \\frac{\\partial "
           "\\mathcal{L}}{\\partial \\mathbf{b}^{[l]}}\n$$", ((C,), (C,)),
           (Twin("update", "{p}", ("{m}",), _BL_UW), Twin("update", "{p}", ("{m}",), _BL_UB)), batch=176,
           why="two updates beside each other, every layer's weights and biases"),
    Public("c76-bl-bat", _BL, "b176_bl", "b176_bl",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{W}^{[l]}} = \\frac{1}{B} \\left(\\boldsymbol{\\Delta}"
           "^{[l]}\\right)^\\top \\mathbf{A}^{[l-1]}\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _BL_GW),), batch=176,
           why="the batch's form (row-major: Delta^{[l]} B x n^{[l]}, A^{[l-1]} B x n^{[l-1]}), one sample here"),
    # ---- x-ai's custom Function line (eight-space indentation) -------------------------------------------------------
    Public("c76-jt-gw", _JT, "b176_jt", "b176_jt", "        grad_w = grad_out * x", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_JT_D}*x[0]",)),), batch=176),
    Public("c76-jt-gx", _JT, "b176_jt", "b176_jt", "        grad_x = grad_out * w", ((C,),),
           (Twin("value", f"{_JT_D}*W1[0,0]", (f"{_JT_D}*W1[0,0]",)),), batch=176, why="dL/dx, a value"),
    Public("c76-jt-gb", _JT, "b176_jt", "b176_jt", "        grad_b = grad_out", ((C,),),
           (Twin("gradient", "b1[0]", (_JT_D,)),), batch=176),
]
