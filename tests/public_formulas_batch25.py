r"""Batch 25 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 web pages no earlier batch used (the pages corpus: a repository's README working one sigmoid unit by
hand, a repository's notes on the perceptron for regression and classification, neural-networks.io's simplest
perceptron, Bill Wilson's revision solution at UNSW, an educative lesson, a repository's notebook on the sigmoid
neuron, a repository's notes on the classification perceptron, Nemotron-CC-Math's copy of a "Gradient Calculation"
lesson), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch25_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the
verdicts written down) and committed before check was. Three of the pages are repositories' files the pages corpus
holds under the repository's address; Nemotron's post is named by its title after the data set's address, as in
batch 13. A dL/dz written with numbers is twinned as a value, as in batches 14, 16, 18 and 20; a derivative by
something other than a parameter (dL/d\hat{y}, dy_pred/dz, d\hat{y}/dw_j) is a value claim, and so is a left side
that is the chain's product (\frac{\delta{L}}{\delta{\hat{y}}} \frac{\delta{\hat{y}}}{\delta{w_2}} = ...). One
lapse in the order: the held-out test file was first run with a -k filter that also selected its
check-never-calls-a-wrong-formula-correct test for this batch, a minute before the commit; it printed only that
every test passed (no verdict of check's was seen), and nothing was changed after it before the commit.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 25

The batch: 47 formulas, 23 values (15 forward values and losses, with numbers or as rules; 4 local derivatives and
derivatives by something other than a parameter; 1 dL/dz written with numbers; 2 left sides that are a chain's
product; 1 step Delta w), 12 gradients (one entry of three, dL/dw11, dL/dw12, dL/db on three lines), 12 updates; no
entry marked unreadable. 33 are LaTeX (MLCrunch's $...$ with \delta for \partial, \frac{\delta{L}}{\delta{w_1}},
\longrightarrow for the update and ln without its backslash; neural-networks.io's $$...$$ and an equation environment
with \label, "." for the product (w_1.x_1, \eta.\frac{dE}{dw_i}), y' the expected output beside y the network's, w_i'
the updated weight, an ellipsis "... + w_N.x_N", \sum\limits_{i=1}^N, \frac{2}{2}; educative's \hat{y_i} with the
subscript inside the hat and a sum over the m examples; kavyajeetbora's \sum_i^n, y_i^{pred} and y_i^{actual},
w_{t+1} for the next step and \Delta w_t for the derivative, f(x_i) for the prediction; kocyigit-dsml's $ ... $ in
Markdown bullets with \cdot and -[...]; the "Gradient Calculation" lesson's \frac{\partial}{\partial w_j} \hat{y}
with the operator before its operand, \sigma'(Wx+b), \ln, \left( ... \right)), 14 plain text (Sghosh1999's lines with
backticked rules and trailing spaces, its numbers on the next line or on a continuation line beginning "=", ≈,
y_pred, dL/dy_pred and dy_pred/dz, three claims on three lines; Bill Wilson's Unicode Δwji = η × δj × yi with the
indices glued).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- Sghosh1999's dL/dw12 = dL/dz * x2 = -0.1360 * 2.0 = -0.2720: dL/dw12 is -0.27220, and -0.2720, carried from the
  rounded -0.1360, is two units of its last digit off (its other members and the entry's other two claims right).
- kavyajeetbora's \Delta w_t = \sum_i^n (f(x_i)-y_i)(f(x_i))(1-f(x_i))x_i and \Delta b_t = ...: the notebook's
  Loss = \sum_i^n (y_i^{pred}-y_i^{actual})^2 has no 1/2, so both derivatives lack a factor 2 (its code's grad_b
  also multiplies by x, not copied).
- the "Gradient Calculation" lesson's \frac{\partial E}{\partial w_j} = \hat{y}(1-\hat{y})(y-\hat{y})x_j: for the
  log loss it is -(y - \hat{y}) x_j, as the lesson's own next line says; the sigmoid's derivative does not stay
  and the sign is the other.

Other slips that are not wrong at the network checked: educative's \frac{2}{m}\sum_{i=1}^{m}x(\hat{y_i}-y_i) writes x
for x_i (the same with one example); MLCrunch's -(1-y)ln(1-\hat{y}) drops ln's backslash.

Blind run: once, at main dc13073 (/work/READY_FOR_BLIND's commit, session 11's fixes from batches 23 and 24), the
branch rebased on it, with nothing under src/ changed; the output is /work/batch25_blind.txt. Blind, once per entry:
40 of 47 read with every verdict right (85%); 7 refused that should have been read; no misread, no crash, no wrong
formula called correct. By kind of claim: values 22 of 23, gradients 10 of 12, updates 8 of 12. LaTeX against plain
text: the 33 in LaTeX read 27 (82%), the 14 in plain text 13 (93%). By page: Sghosh1999 13 of 13, MLCrunch 7 of 11,
neural-networks.io 7 of 7, Bill Wilson 0 of 1, educative 2 of 2, kavyajeetbora 3 of 5, kocyigit-dsml 4 of 4, the
"Gradient Calculation" lesson 4 of 4. Of the 4 mistaken formulas, 2 read with every verdict right (Sghosh1999's
three gradients, -0.2720 called wrong and the rest right; the lesson's dE/dw_j called wrong) and 2 were refused
(kavyajeetbora's two). (Tabulated from the saved output of the run.)

Corrected afterwards, honestly: one of the collector's mistakes, not the reader's. kavyajeetbora's notation named
nothing for f, whose f(x_i) is the neuron's output at the sample's input: the spec has no pattern for it, but
docs/notation.md documents functions = { f = "layer" } (and "f" = "a1[0]") for exactly this, and the blind run's
refusal said so: 'f(x_{i}): a function of the input the notation does not name; if it is the model's prediction at
x_{i}, write functions = { f = "layer" } or "f" = "a1[0]" in [notation.symbols]; ...'. With functions = { f = "layer"
} added, run again at the same main with nothing under src/ changed (/work/batch25_blind_corrected.txt): 40 of 47
(85%), the same two entries refused for their sum (below). No other notation was changed, and no formula.

The refusals by construct (7 in the blind run), with the exact message, and what a one-line rewrite showed (tried
afterwards, one try per construct):

- 4, MLCrunch's \longrightarrow as the update's arrow, $ w_1 \longrightarrow w_1 - \alpha \frac{\delta{L}}{\delta{w_1}}$
  (and b, and the two final updates): "has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or
  name the parameter with --param" (the left side is there: w_1). Tried afterwards with \leftarrow, and with
  \rightarrow: all four read, correct.
- 1, Bill Wilson's Unicode plain text with glued indices, Δwji = η × δj × yi: "unknown symbol j; the notation knows
  \Delta w, \delta, y; j is an index letter of the notation: write it as a subscript or superscript of what it
  indexes (W_j, not Wj), or give it a meaning in the notation's [notation.symbols]" (docs/notation.md reads Δwji and
  xi glued as w_{ji} and x_{i}; the Greek δ with its glued j is what fails). Tried afterwards as Δwji = η × δ_j × yi:
  reads, correct (Δwji and yi glued read; δj glued alone is refused).
- 2, kavyajeetbora's f(x_i) unnamed (the collector's omission, above): the message quoted above. With f named,
  both are refused for the sum \sum_i^n (an index without "=" below, n above) though n = 1 is in the notation:
  "n counts the samples (a sum over them runs to n), and '\sum_i^n (f(x_i)-y_i)(f(x_i))(1-f(x_i))x_i' sums over none,
  so whether a product over the samples' matrix sums them nothing says; write the sum, \sum_{i=1}^{n}, or give n its
  value in the notation ("n" = "1", the one sample check reads)" (its advice, "n" = "1", is already taken; the same
  \sum_i^n in kavya-loss, a value claim, reads). Tried afterwards as \sum_{i=1}^{n}: reads, its missing factor 2
  called wrong.

After the lead's fix at the session's end (main f5900ff): 44 of 47 read with every verdict right (94%); the four
MLCrunch updates with \longrightarrow read. Still refused: Bill Wilson's δj (a Greek letter with a glued index) and
kavyajeetbora's \sum_i^n twice.

After session 12's fixes from batches 25 and 26 (main e4c578d): 45 of 47 (96%); Bill Wilson's Δwji = η × δj × yi reads
(a Greek letter with the notation's index letters glued, in plain text, where nothing else is named so). Still refused:
kavyajeetbora's \sum_i^n twice (n the samples' count, which the notation leaves unnamed).

What the spec could not express: a function of the input as the prediction, f(x_i) (only docs/notation.md's
functions = { f = "layer" } says it); a pattern's glued plain-text index (Δwji) is the spec's "plain text" pattern
only through docs/notation.md's rule for letters glued to a name. Which constructs look general: \longrightarrow (or
\to, \mapsto) for an update is common in notes written in Markdown; Greek letters with glued indices (δj, δk) in
plain text from HTML pages are common; \sum_i^n with the index alone below is very common in homework. Page-specific:
none of the seven.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch25_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SG = "https://github.com/Sghosh1999/Machine-Learning-Deep-Learning-Fundamentals-Scratch"
_MLC = "https://github.com/neerajadsul/MLCrunch"
_NNIO = "http://neural-networks.io/en/single-layer/simplest-perceptron.php"
_BILLW = "http://www.cse.unsw.edu.au/~billw/cs9414/tuts/revision.soln26.html"
_EDU = "https://www.educative.io/courses/fundamentals-of-machine-learning-for-software-engineers/update-the-gradient"
_KAVYA = "https://github.com/kavyajeetbora/deep_learning_basics"
_IBRA = "https://github.com/ibrahim-kocyigit/kocyigit-dsml"
_UDGC = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Gradient Calculation)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# dL/dz of the one sigmoid unit with 1/2 (y - a)^2 (Sghosh1999)
_SGDZ = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# the log loss of one sigmoid unit
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

ENTRIES: list[Public] = [
    # ---- Sghosh1999's manual backpropagation: plain text lines with backticked rules and trailing spaces, the
    # numbers on the next line, a continuation line beginning "=", ≈, y_pred and dL/dy_pred --------------------------
    Public("sg-z-rule", _SG, "b25_sg", "b25_sg", "z = `w11 * x1 + w12 * x2 + b  `", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=25),
    Public("sg-z-num", _SG, "b25_sg", "b25_sg", "z = 0.5 * 1.0 + (-0.4) * 2.0 + 0.1 = -0.2", ((C, C),),
           (Twin("value", "z1[0]", ("=0.5*1.0 + (-0.4)*2.0 + 0.1", "=-0.2")),), batch=25),
    Public("sg-ypred-rule", _SG, "b25_sg", "b25_sg", "y_pred = `1 / (1 + exp(-z))  `", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=25),
    Public("sg-ypred-num", _SG, "b25_sg", "b25_sg", "y_pred = 1 / (1 + exp(0.2)) ≈ 0.4502", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(0.2))", "=0.4502")),), batch=25),
    Public("sg-loss-rule", _SG, "b25_sg", "b25_sg", "Loss = `0.5 * (y - y_pred)^2  `", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=25),
    Public("sg-loss-num", _SG, "b25_sg", "b25_sg", "Loss = 0.5 * (1.0 - 0.4502)^2  \nLoss ≈ 0.1511", ((C,), (C,)),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("=0.5*(1.0 - 0.4502)**2",)),
            Twin("value", "0.5*(y[0] - a1[0])**2", ("=0.1511",))), batch=25,
           why="two lines, two claims (the true loss 0.15116)"),
    Public("sg-dLdy", _SG, "b25_sg", "b25_sg", "dL/dy_pred = y_pred - y = 0.4502 - 1.0 = -0.5498", ((C, C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.4502 - 1.0", "=-0.5498")),), batch=25,
           why="dL/dy_pred by an activation, a value claim"),
    Public("sg-dydz", _SG, "b25_sg", "b25_sg",
           "dy_pred/dz = y_pred * (1 - y_pred)  \n           = 0.4502 * (1 - 0.4502) ≈ 0.2475", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "=0.4502*(1 - 0.4502)", "=0.2475")),), batch=25,
           why="the sigmoid's local derivative, a value claim; the chain continued on a line beginning '='"),
    Public("sg-dLdz", _SG, "b25_sg", "b25_sg",
           "dL/dz = dL/dy_pred * dy_pred/dz  \n      = -0.5498 * 0.2475 ≈ -0.1360", ((C, C, C),),
           (Twin("value", _SGDZ, (_SGDZ, "=-0.5498*0.2475", "=-0.1360")),), batch=25,
           why="dL/dz with numbers, twinned as a value (the true -0.13610)"),
    Public("sg-grads", _SG, "b25_sg", "b25_sg",
           "dL/dw11 = dL/dz * x1 = -0.1360 * 1.0 = -0.1360  \ndL/dw12 = dL/dz * x2 = -0.1360 * 2.0 = -0.2720  \n"
           "dL/db   = dL/dz       = -0.1360", ((C, C, C), (C, C, W), (C, C)),
           (Twin("gradient", "W1[0,0]", (f"{_SGDZ}*x[0]", "=-0.1360*1.0", "=-0.1360")),
            Twin("gradient", "W1[0,1]", (f"{_SGDZ}*x[1]", "=-0.1360*2.0", "=-0.2720")),
            Twin("gradient", "b1[0]", (_SGDZ, "=-0.1360"))), batch=25,
           why="three lines, three claims; dL/dw12 is -0.27220, and -0.2720, carried from the rounded -0.1360, is two"
               " units of its last digit off"),
    Public("sg-w11", _SG, "b25_sg", "b25_sg", "w11 = w11 - eta * dL/dw11  \n    = 0.5 - 0.1 * (-0.1360) = 0.5136",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.5 - 0.1*(-0.1360)", "=0.5136")),),
           batch=25),
    Public("sg-w12", _SG, "b25_sg", "b25_sg", "w12 = w12 - eta * dL/dw12  \n    = -0.4 - 0.1 * (-0.2720) = -0.3728",
           ((C, C, C),), (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad", "=-0.4 - 0.1*(-0.2720)", "=-0.3728")),),
           batch=25),
    Public("sg-b", _SG, "b25_sg", "b25_sg", "b = b - eta * dL/db  \n  = 0.1 - 0.1 * (-0.1360) = 0.1136", ((C, C, C),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad", "=0.1 - 0.1*(-0.1360)", "=0.1136")),), batch=25),
    # ---- MLCrunch's notes: $...$ with \delta for \partial (\frac{\delta{L}}{\delta{w_1}}), \longrightarrow for the
    # update, a left side that is a product of two derivatives, ln without its backslash --------------------------------
    Public("mlc-w1-update", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ w_1 \\longrightarrow w_1 - \\alpha \\frac{\\delta{L}}{\\delta{w_1}}$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=25),
    Public("mlc-b-update", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ b \\longrightarrow b - \\alpha \\frac{\\delta{L}}{\\delta{b}} $", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=25),
    Public("mlc-w1-chain", _MLC, "b25_mlc_reg", "b25_mlc",
           "$\\frac{\\delta{L}}{\\delta{w_1}} = \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{w_1}}$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=25),
    Public("mlc-b-chain", _MLC, "b25_mlc_reg", "b25_mlc",
           "$\\frac{\\delta{L}}{\\delta{b}} = \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{b}}$",
           ((C,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*1",)),), batch=25),
    Public("mlc-dLdyhat", _MLC, "b25_mlc_reg", "b25_mlc", "$\\frac{\\delta{L}}{\\delta{\\hat{y}}} = -(y-\\hat{y}) $",
           ((C,),), (Twin("value", "a1[0] - y[0]", ("-(y[0] - a1[0])",)),), batch=25,
           why="dL/d\\hat{y} by the output, a value claim"),
    Public("mlc-w2-product", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{w_2}} = -x_2 (y-\\hat{y})$", ((C,),),
           (Twin("value", "(a1[0] - y[0])*x[1]", ("-x[1]*(y[0] - a1[0])",)),), batch=25,
           why="the left side is the chain's product, dL/dw_2: a value claim"),
    Public("mlc-b-product", _MLC, "b25_mlc_reg", "b25_mlc",
           "$ \\frac{\\delta{L}}{\\delta{\\hat{y}}} \\frac{\\delta{\\hat{y}}}{\\delta{b}} = -(y-\\hat{y})$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("-(y[0] - a1[0])",)),), batch=25),
    Public("mlc-w2-final", _MLC, "b25_mlc_reg", "b25_mlc", "$ w_2 \\longrightarrow w_2 - \\alpha (-x_2 (y-\\hat{y}))$",
           ((C,),), (Twin("update", "W1[0,1]", ("W1[0,1] - eta*(-x[1]*(y[0] - a1[0]))",)),), batch=25),
    Public("mlc-b-final", _MLC, "b25_mlc_reg", "b25_mlc", "$ b \\longrightarrow b - \\alpha(-(y-\\hat{y}))$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(-(y[0] - a1[0]))",)),), batch=25),
    Public("mlc-cls-yhat", _MLC, "b25_mlc_cls", "b25_mlc", "$\\hat{y} = \\sigma(w_1 x_1 + w_2 x_2 + b)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=25),
    Public("mlc-cls-loss", _MLC, "b25_mlc_cls", "b25_mlc",
           "$L(y, \\hat{y}) = -y\\ln({\\hat{y}}) -(1-y)ln(1-\\hat{y}) $", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=25,
           why="the second ln written without its backslash"),
    # ---- neural-networks.io: $$...$$ and an equation environment with \label, . for the product (w_1.x_1, \eta.),
    # y' the expected output beside y the network's, w_i' the updated weight, an ellipsis ... up to w_N.x_N, \sum\limits
    Public("nnio-E", _NNIO, "b25_nnio", "b25_nnio", "$$ E=\\frac{1}{2}(y'-y)^2 $$", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=25),
    Public("nnio-forward", _NNIO, "b25_nnio", "b25_nnio",
           "\\begin{equation} y= w_1.x_1 + w_2.x_2 + ... + w_N.x_N = \\sum\\limits_{i=1}^N w_i.x_i"
           " \\label{eq:transfert-function} \\end{equation}", ((C, C),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",) * 2),), batch=25),
    Public("nnio-update", _NNIO, "b25_nnio", "b25_nnio", "$$ w_i'=w_i-\\eta.\\frac{dE}{dw_i} $$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=25),
    Public("nnio-chain", _NNIO, "b25_nnio", "b25_nnio",
           "$$ \\frac{dE}{dw_i} = \\frac{2}{2}(y'-y)\\frac{d}{dw_i} (y'-y) = -(y'-y)\\frac{dy}{dw_i} $$", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("2/2*(y[0] - a1[0])*(-x[{i}])", "-(y[0] - a1[0])*x[{i}]"), _I3),), batch=25),
    Public("nnio-grad", _NNIO, "b25_nnio", "b25_nnio",
           "$$ \\frac{dE}{dw_i} = -(y'-y)\\frac{d}{dw_i}(w_1.x_1 + w_2.x_2 + ... + w_N.x_N) = -(y'-y)x_i $$", ((C, C),),
           (Twin("gradient", "W1[0,{i}]", ("-(y[0] - a1[0])*x[{i}]",) * 2, _I3),), batch=25),
    Public("nnio-update-chain", _NNIO, "b25_nnio", "b25_nnio",
           "$$ w_i'=w_i-\\eta.\\frac{dE}{dw_i} = w_i+\\eta(y'-y)x_i $$", ((C, C),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad", "W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]"), _I3),),
           batch=25),
    Public("nnio-conclusion", _NNIO, "b25_nnio", "b25_nnio", "$$ w_i'= w_i + \\eta(y'-y)x_i $$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=25),
    # ---- Bill Wilson's revision solution: plain text with Unicode Δ, η, δ and ×, indices glued (wji, δj, yi) -------
    Public("billw-delta-rule", _BILLW, "b25_billw", "b25_billw", "Δwji = η × δj × yi", ((C,),),
           (Twin("value", "-eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",
                 ("eta*(-(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}]))*a1[{i}]",), _JI2),), batch=25,
           why="the step of the weight from unit i to unit j, delta_j the local gradient -dE/dz_j"),
    # ---- educative: \delta for \partial, \hat{y_i} with the subscript inside the hat, a sum over the m examples, and
    # x without its example's index in the second -----------------------------------------------------------------
    Public("edu-logloss", _EDU, "b25_edu_log", "b25_edu",
           "\\frac{\\delta L}{\\delta w} = \\frac{1}{m} \\sum_{i=1}^{m} x_i (\\hat{y_i} - y_i)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=25),
    Public("edu-mse", _EDU, "b25_edu_mse", "b25_edu",
           "\\frac{\\delta MSE}{\\delta w} = \\frac{2}{m}\\sum_{i=1}^{m}x(\\hat{y_i}-y_i)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),), batch=25,
           why="x for x_i: the same with one example"),
    # ---- kavyajeetbora's notebook: $$...$$, \sum_i^n, superscript names y_i^{pred} and y_i^{actual}, w_{t+1} for the
    # next step, \Delta w_t for the derivative, f(x_i) for the prediction; its derivatives lack the loss's factor 2 ----
    Public("kavya-loss", _KAVYA, "b25_kavya", "b25_kavya", "$$ Loss = \\sum_i^n (y_i^{pred}-y_i^{actual})^2$$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=25),
    Public("kavya-w-update", _KAVYA, "b25_kavya", "b25_kavya", "$$w_{t+1} = w_t - \\eta\\Delta w_t$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=25),
    Public("kavya-b-update", _KAVYA, "b25_kavya", "b25_kavya", "$$b_{t+1} = b_t - \\eta\\Delta b_t$$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=25),
    Public("kavya-dw", _KAVYA, "b25_kavya", "b25_kavya",
           "$$\\Delta w_t = \\sum_i^n (f(x_i)-y_i)(f(x_i))(1-f(x_i))x_i $$", ((W,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=25,
           why="Loss = sum (y_pred - y_actual)^2 has no 1/2: its derivative has a factor 2 the page drops"),
    Public("kavya-db", _KAVYA, "b25_kavya", "b25_kavya",
           "$$\\Delta b_t = \\sum_i^n (f(x_i)-y_i)(f(x_i))(1-f(x_i)) $$", ((W,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=25,
           why="the factor 2 dropped, as in kavya-dw"),
    # ---- kocyigit-dsml's notes: $ ... $ in Markdown bullets, \cdot between the chain's factors, -[...] ---------------
    Public("ibra-w1-chain", _IBRA, "b25_ibra", "b25_ibra",
           "$ \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}"
           "{\\partial z} \\cdot \\frac{\\partial z}{\\partial w_1} $", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=25),
    Public("ibra-b-chain", _IBRA, "b25_ibra", "b25_ibra",
           "$ \\frac{\\partial L}{\\partial b} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}"
           "{\\partial z} \\cdot \\frac{\\partial z}{\\partial b} $", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])",)),), batch=25),
    Public("ibra-logloss", _IBRA, "b25_ibra", "b25_ibra",
           "$ L(y, \\hat{y}) = -[y \\ln(\\hat{y}) + (1-y) \\ln(1-\\hat{y})] $", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=25, why="square brackets for grouping"),
    Public("ibra-z", _IBRA, "b25_ibra", "b25_ibra", "$ z = w_1x_1 + w_2x_2 + b $", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=25, why="w_1x_1 glued"),
    # ---- "Gradient Calculation" (Nemotron-CC-Math's copy of the lesson): $$...$$, \frac{\partial}{\partial w_j}
    # \hat{y} with the operator before its operand, \sigma'(Wx+b), \ln, \hat{y_i}, a wrong dE/dw_j --------------------
    Public("udgc-dyhat", _UDGC, "b25_udgc", "b25_udgc",
           "$$\\frac{\\partial}{\\partial w_j} \\hat{y} = \\sigma'(Wx+b) \\cdot x_j = \\sigma(Wx+b) (1-\\sigma(Wx+b))"
           " \\cdot x_j$$", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])*x[{j}]", ("a1[0]*(1 - a1[0])*x[{j}]",) * 2, _J2),), batch=25,
           why="d\\hat{y}/dw_j, the prediction's derivative, a value claim"),
    Public("udgc-dEdwj", _UDGC, "b25_udgc", "b25_udgc",
           "$$\\frac{\\partial E}{\\partial w_j} = \\hat{y}(1-\\hat{y})(y-\\hat{y})x_j$$", ((W,),),
           (Twin("gradient", "W1[0,{j}]", ("a1[0]*(1 - a1[0])*(y[0] - a1[0])*x[{j}]",), _J2),), batch=25,
           why="for the log loss dE/dw_j is -(y - \\hat{y}) x_j (as the page's own next line says); the sigmoid's"
               " derivative does not stay and the sign is the other"),
    Public("udgc-E-mean", _UDGC, "b25_udgc", "b25_udgc",
           "$$E = -\\frac{1}{m} \\sum_{i=1}^m \\left( y_i \\ln(\\hat{y_i}) + (1-y_i) \\ln (1-\\hat{y_i}) \\right)$$",
           ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=25, why="the mean over the m points (one here)"),
    Public("udgc-E-point", _UDGC, "b25_udgc", "b25_udgc", "$$E = - y \\ln(\\hat{y}) - (1-y) \\ln (1-\\hat{y})$$",
           ((C,),), (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=25),
]
