r"""Batch 14 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 pages no earlier batch used, copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md, a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch14_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing
with the verdicts written down) before check was. Three Nemotron-CC-Math pages are three pages: each is a
different post, named by its title after the data set's address, as in batch 13. A delta dL/dz or a step Delta w
with numbers is twinned as a value (the oracle's gradient_z twin takes no numbers; a step's truth is -eta dL/dw).
The walkthrough learning y = x1 + x2 is a stored file of the code corpus whose repository the index does not
name; it is cited by its id.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 14

The batch: 52 formulas, 27 values (forward passes, losses, local derivatives, 4 dL/dz written with numbers, 7
steps Delta w), 1 delta (dL/dz), 10 gradients, 14 updates; no entry marked unreadable. 44 are LaTeX (Snow0821's
$...$ lines and a chain continued on lines that begin "= $"; the walkthrough's $$...$$ blocks with \approx,
\text{pred}, \text{Loss} and \leftarrow; Nemotron's \[...\]; cse573's LaTeX2HTML displaymath), 8 plain text
(scribd's Adaline exercise in Unicode mathematical italics, scribd's "The delta rule" with − and ∆,
goldenjumper's notes with ¹ as a mark and – for minus). 15 are mistaken somewhere (the oracle finds at least one
member wrong): Snow0821's y - wx + b for y - (wx + b), its square dropped in d(y - (wx + b))/db, and its two
updates with the gradient's sign dropped (w - 2 eta x (y - yhat), b - 2 eta (y - yhat)); the walkthrough's
sigma(1.87) written 0.86607 (it is 0.86646) and carried into z_o, its Loss 3.67545 (3.67235 at its own
0.58989), its delta_o -0.65584 (-0.65563) and the six gradients that carry it (-0.49198, -0.56795, -0.08120,
-0.16241, 0.00836, 0.01672; -0.49189, -0.56808, -0.08108, -0.16216, 0.00834, 0.01669).

Collected, and run blind, on 2026-12-03 at main 11d96f6. Blind, once per entry: 44 of 52 read with every verdict
right (85%); 8 refused that should have been read; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Of the
15 mistaken formulas, all 15 read with every verdict right (each wrong member called wrong, every right member of
their chains called right). By kind of claim: values 22 of 27, deltas 1 of 1, gradients 10 of 10, updates 11 of
14. LaTeX against plain text: the 44 formulas in LaTeX read 40 (91%), the 8 in plain text 4 (50%). By page:
Snow0821 8 of 8, the walkthrough 24 of 24, Hinton's logistic neuron 4 of 5, Hinton's linear neuron 2 of 3,
Nemotron's "Delta Rule in Neural Network" 2 of 2, scribd's Adaline 2 of 3, goldenjumper 2 of 2; scribd's "The
delta rule" 0 of 3, cse573 0 of 2. (The tables by kind and style were tabulated from the saved output of the run.)

How the run went, honestly: the batch was first written down with 57 entries, 16 of them from three pages
earlier batches had already used (sunhaozhe's matrix calculus and zakariapz's softmax post in batch 1,
Nemotron's "Derivation of Delta Rules" in batch 5; the search for used pages had missed them). blind_batch.py
14 ran once on those 57 (50 read, the 16 all read). The 16 were then taken out, since the reader had been fixed
on those pages, and 11 entries added from two new pages (Hinton's logistic neuron, "Delta Rule in Neural
Network") and four more of the walkthrough's lines, their oracle verdicts committed before check saw them;
blind_batch.py 14 then ran once more, at the same main commit and with nothing under src/ changed: the 41
entries of the first run gave the same outcome, line for line, and the 11 new ones were run for the first
time (10 read, logistic-step refused). The numbers above are that second run's.

The refusals by construct (8):

- 3: a non-ASCII increment sign ∆ (U+2206, not the Greek Δ U+0394) in a plain-text name, scribd's "The delta
  rule" (``∆w = η · e · x``): the notation's ``"∆w"`` pattern is refused ("[notation] symbols.'∆w': cannot read
  '∆' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum); write a symbol such as
  O_{k}^{1}"), every line of the page with it (``e=t−y``, ``wnew = wold + ∆w``, ``∆w = η · e · x``). Tried
  afterwards with the pattern written ``"\\Delta w"``: ``e=t−y`` reads correct; the other two are refused in the
  formula, "cannot read '∆' at position 15" (and 1). goldenjumper's Greek ``Δw`` reads.
- 2: LaTeX2HTML's ``\begin{displaymath} ... \end{displaymath}`` around a formula, cse573's ``\begin{displaymath}
  \Delta w_{i} = \eta (t - o) x_{i} \end{displaymath}``: "the environment displaymath at '\begin' (position 1);
  write the formula without it" (both lines). Tried afterwards without the environment: both read correct.
- 1: ``\mapsto`` as the update's arrow, Hinton's linear neuron's ``w_i \mapsto w_i - \epsilon \frac{d E}{dw_i}.``:
  "has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param".
  Tried afterwards with \leftarrow for \mapsto: reads correct.
- 1: a sum with neither index nor bounds over the training cases, Hinton's logistic neuron's ``\Delta w_i = \eta
  \sum (x_i \cdot (t - y) \cdot y(1 - y))``: "a sum without its index letter, whose term has no free index; write
  \sum_k" (its term has the rule's i; what it lacks is the training case's letter, which the page never writes).
- 1: an index glued to its letter in plain text with no underscore, scribd's Adaline ``𝑦𝑖𝑛 = 𝑏 + ∑ 𝑊𝑖 𝑋𝑖`` (read as
  ``yin = b + \sum Wi Xi``): "unknown symbol i; the notation knows W, Wnew, Wold, X, b, bnew, bold, t; give it a
  meaning in the notation's [notation.symbols], e.g. "i" = "a1[0]"" (Wi read as W times i; the example meaning
  offered, a1[0], is no meaning i could have). Tried afterwards as ``𝑊_𝑖 𝑋_𝑖``: reads correct. Its mathematical
  italics themselves read: ``𝑊𝑛𝑒𝑤 = 𝑊𝑜𝑙𝑑 + 𝛼(𝑡 − 𝑦𝑖𝑛 )𝑋`` is read as Wnew = Wold + \alpha(t - yin)X, correct.

What the spec could not express, which a page needed: whether a pattern may hold a non-Greek, non-ASCII sign (∆,
U+2206, as the delta rule's plain text prints it) or a superscript digit used as a mark (goldenjumper's y¹ for the
output, w¹ for the weight, both of which the reader took); whether ``\mapsto`` is an update's arrow (the spec
lists ←, :=, = and the superscripts + and new); a sum over training cases that writes no letter (Hinton's
``\sum (...)``), which the spec's bounds rule does not cover; the walkthrough's appendix reuses w_{h1} for a
hidden weight (``a_1 = \sigma(w_{h1} \cdot x_1 + ...+ b_1)``), which one notation cannot name both ways (left
out); cse573's perceptron rule and goldenjumper's perceptron are judged on a linear unit (a thresholded output
has no gradient; their Delta w is the delta rule's); Snow0821's \hat y is the prediction while \hat w and \hat b
are the new weight and bias, which the notation names one by one. ``new(...)`` and the learning_rate, loss and
functions keys are the spec's and the project's (docs/notation.md).

After the fixes (the same session): 50 of 52 read with every verdict right (96%): ∆ (U+2206) is read as \Delta
in patterns and formulas, displaymath and math are display environments like equation, and \mapsto is an
update arrow like \leftarrow (tests/test_reading_constructs_batch14.py). The two left are refused in one line:
the sum with no letter over the training cases (logistic-step) and the index glued to its letter (ada-yin).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch14_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SNOW = "https://github.com/Snow0821/my-dl-library (README.md, commit 0377cc2)"
_SUM = ("the code corpus's stored file 35162533561, \"# Neural Network - Backpropagation\" (learning y = x_1 + x_2;"
        " its repository not named by the index)")
_LINEAR_NEURON = f"{_NEMOTRON} (Linear Neuron Learning Rule with Derivatives)"
_LOGISTIC_NEURON = f"{_NEMOTRON} (Learning the Weights of a Logistic Output Neuron)"
_DELTA_NN = f"{_NEMOTRON} (Delta Rule in Neural Network)"
_ADALINE = "https://www.scribd.com/document/690878521/adaline-and-delta-learning-rule"
_DELTA_PLAIN = "https://fanyv88.com:443/https/www.scribd.com/document/812813395/The-delta-rule"
_CSE573 = "http://www.cs.washington.edu/education/courses/cse573/01au/lect28/ch4/node7.html"
_GOLDEN = "https://goldenjumper.wordpress.com/"

# the walkthrough's error terms dLoss/dz
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = (f"{_D2}*W2[0,0]*a1[0]*(1 - a1[0])", f"{_D2}*W2[0,1]*a1[1]*(1 - a1[1])")
_I3 = tuple({"i": i} for i in range(3))
_I2 = tuple({"i": i} for i in range(2))


def _sum_update(target: str, numbers: tuple) -> Twin:
    return Twin("update", target, (f"{target} - eta*grad", *numbers))


ENTRIES: list[Public] = [
    # ---- Snow0821's README: $...$ lines, \hat y the prediction and \hat w, \hat b the new weight and bias; a
    # chain continued on lines that start with "= $"; the sign of b and of the update slipped -------------------------
    Public("snow-yhat", _SNOW, "b14_snow", "b14_snow", "$\\hat y = wx + b$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=14),
    Public("snow-loss", _SNOW, "b14_snow", "b14_snow", "$L = (y - \\hat y)^2$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=14),
    Public("snow-w-rule", _SNOW, "b14_snow", "b14_snow", "$\\hat w = w - \\eta \\frac{\\partial L}{ \\partial w}$",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=14),
    Public("snow-b-rule", _SNOW, "b14_snow", "b14_snow", "$\\hat b = b - \\eta \\frac{\\partial L}{\\partial b} $",
           ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=14),
    Public("snow-dw-chain", _SNOW, "b14_snow", "b14_snow",
           "$\\frac{\\partial L}{ \\partial w} = \\frac{\\partial (y - \\hat y)^2}{\\partial w}$\n\n"
           "= $\\frac{\\partial (y - wx + b)^2}{\\partial w}$\n\n"
           "= $2(y - (wx + b))\\frac{\\partial (y - wx - b)}{\\partial w}$\n\n"
           "= $-2x(y - wx - b)$\n\n"
           "= $-2x(y - \\hat y)$", ((C, W, C, C, C),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a1[0])*x[0]", "-2*(y[0] - W1[0,0]*x[0] + b1[0])*x[0]",
                                         "2*(y[0] - (W1[0,0]*x[0] + b1[0]))*(-x[0])",
                                         "-2*x[0]*(y[0] - W1[0,0]*x[0] - b1[0])", "-2*x[0]*(y[0] - a1[0])")),),
           batch=14, why="y - wx + b for y - (wx + b): its derivative by w is -2x(y - wx + b), not the loss's"),
    Public("snow-w-update", _SNOW, "b14_snow", "b14_snow", "$\\hat w = w - 2\\eta x (y - \\hat y)$", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - 2*eta*x[0]*(y[0] - a1[0])",)),), batch=14,
           why="w - eta dL/dw is w + 2 eta x (y - yhat): the sign of the gradient -2x(y - yhat) dropped"),
    Public("snow-db-chain", _SNOW, "b14_snow", "b14_snow",
           "$\\frac {\\partial L}{\\partial b} = \\frac{\\partial (y - \\hat y)^2}{\\partial b}$\n\n"
           "= $\\frac{\\partial (y - (wx + b))}{\\partial b}$\n\n"
           "= $2(y - (wx + b))\\frac{\\partial (y - wx - b)}{\\partial b}$\n\n"
           "= $-2(y - wx - b)$\n\n"
           "= $-2(y - \\hat y)$", ((C, W, C, C, C),),
           (Twin("gradient", "b1[0]", ("-2*(y[0] - a1[0])", "-1", "2*(y[0] - (W1[0,0]*x[0] + b1[0]))*(-1)",
                                       "-2*(y[0] - W1[0,0]*x[0] - b1[0])", "-2*(y[0] - a1[0])")),),
           batch=14, why="the square dropped in the second member: d(y - (wx + b))/db is -1"),
    Public("snow-b-update", _SNOW, "b14_snow", "b14_snow", "$\\hat b = b - 2\\eta (y - \\hat y)$", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - 2*eta*(y[0] - a1[0])",)),), batch=14, why="the same sign slip"),
    # ---- the stored walkthrough learning y = x1 + x2: $$...$$ blocks, \cdot, \approx, \text{pred}, \text{Loss},
    # \leftarrow with its numbers; a2 = sigma(1.87) = 0.86646 written 0.86607, carried on --------------------------
    Public("sum-z1", _SUM, "b14_sum", "b14_sum",
           "$$\nz_1 = x_1 \\cdot w_{11} + x_2 \\cdot w_{21} = 1.1 \\cdot 0.2 + 2.2 \\cdot 0.4 = 0.22 + 0.88 = 1.1\n$$",
           ((C, C, C, C),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]", "=1.1*0.2 + 2.2*0.4", "=0.22 + 0.88", "=1.1")),),
           batch=14),
    Public("sum-a1", _SUM, "b14_sum", "b14_sum",
           "$$\na_1 = \\sigma(z_1) = \\frac{1}{1 + e^{-1.1}} \\approx 0.75026\n$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-1.1))", "=0.75026")),), batch=14),
    Public("sum-z2", _SUM, "b14_sum", "b14_sum",
           "$$\nz_2 = x_1 \\cdot w_{12} + x_2 \\cdot w_{22} = 1.1 \\cdot 0.3 + 2.2 \\cdot 0.7 = 0.33 + 1.54 = 1.87\n$$",
           ((C, C, C, C),),
           (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1]", "=1.1*0.3 + 2.2*0.7", "=0.33 + 1.54", "=1.87")),),
           batch=14),
    Public("sum-a2", _SUM, "b14_sum", "b14_sum",
           "$$\na_2 = \\sigma(z_2) = \\frac{1}{1 + e^{-1.87}} \\approx 0.86607\n$$", ((C, C, W),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])", "=1/(1 + np.exp(-1.87))", "=0.86607")),), batch=14,
           why="sigma(1.87) = 0.86646"),
    Public("sum-zo", _SUM, "b14_sum", "b14_sum",
           "$$\nz_o = a_1 \\cdot w_{h1} + a_2 \\cdot w_{h2} = 0.75026 \\cdot 0.6 + 0.86607 \\cdot (-0.1) = 0.45016 -"
           " 0.08661 = 0.36355\n$$", ((C, W, W, W),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]", "=0.75026*0.6 + 0.86607*(-0.1)",
                                    "=0.45016 - 0.08661", "=0.36355")),), batch=14,
           why="a2's 0.86607 is 0.86646 off in its fourth digit (0.363549 for z_o = 0.363510: beyond the 1.5 units its"
               " five digits carry, once covered by the copied weight 0.6's half unit), 0.08661 for 0.1 a2 = 0.086646"
               " and z_o's 0.36355 neither"),
    Public("sum-ypred", _SUM, "b14_sum", "b14_sum",
           "$$\ny_{\\text{pred}} = \\sigma(z_o) = \\frac{1}{1 + e^{-0.36355}} \\approx 0.58989\n$$", ((C, W, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.36355))", "=0.58989")),), batch=14),
    Public("sum-loss", _SUM, "b14_sum", "b14_sum",
           "$$\n\\text{Loss} = \\frac{1}{2} (y_{\\text{pred}} - y)^2 = \\frac{1}{2} (0.58989 - 3.3)^2 \\approx 3.67545\n$$",
           ((C, C, W),), (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2", "=0.5*(0.58989 - 3.3)**2",
                                                             "=3.67545")),), batch=14,
           why="1/2 (2.71011)^2 is 3.67235 even at the page's 0.58989"),
    Public("sum-delta-o", _SUM, "b14_sum", "b14_sum",
           "$$\n\\delta_o = (y_{\\text{pred}} - y) \\cdot \\sigma'(z_o) = (0.58989 - 3.3) \\cdot (0.58989 \\cdot (1 -"
           " 0.58989)) \n$$", ((C, C),),
           (Twin("value", _D2, ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "=(0.58989 - 3.3)*(0.58989*(1 - 0.58989))")),),
           batch=14, why="dLoss/dz_o, judged as a value (the oracle's gradient_z twin takes no numbers)"),
    Public("sum-delta-o-number", _SUM, "b14_sum", "b14_sum", "$$\n\\delta_o \\approx -0.65584\n$$", ((W,),),
           (Twin("value", _D2, ("=-0.65584",)),), batch=14),
    Public("sum-dw-h1", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = \\delta_o \\cdot a_1 = -0.65584 \\cdot 0.75026 \\approx"
           " -0.49198\n$$", ((C, W, W),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]", "=-0.65584*0.75026", "=-0.49198")),), batch=14),
    Public("sum-dw-h2", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{h2}} = \\delta_o \\cdot a_2 = -0.65584 \\cdot 0.86607 \\approx"
           " -0.56795\n$$", ((C, W, W),),
           (Twin("gradient", "W2[0,1]", (f"{_D2}*a1[1]", "=-0.65584*0.86607", "=-0.56795")),), batch=14),
    Public("sum-delta1", _SUM, "b14_sum", "b14_sum",
           "$$\n\\delta_1 = \\delta_o \\cdot w_{h1} \\cdot \\sigma'(z_1) = -0.65584 \\cdot 0.6 \\cdot (0.75026 \\cdot (1 -"
           " 0.75026)) \n$$", ((C, W),),
           (Twin("value", _D1[0], (_D1[0], "=-0.65584*0.6*(0.75026*(1 - 0.75026))")),), batch=14,
           why="the page's delta_o -0.65584 is off (as in sum-dw-h1), and its 0.6 is the file's weight, copied:"
               " -0.0737308 for -0.0737071 is beyond what its five-digit numbers carry (0.6 once lent 0.05)"),
    Public("sum-dw11", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{11}} = \\delta_1 \\cdot x_1 = -0.07382 \\cdot 1.1 \\approx"
           " -0.08120\n$$", ((C, W, W),),
           (Twin("gradient", "W1[0,0]", (f"{_D1[0]}*x[0]", "=-0.07382*1.1", "=-0.08120")),), batch=14,
           why="the page's delta_1 -0.07382 is -0.073707 off in its third digit (carried from its delta_o slip);"
               " the input 1.1 is the file's, copied, and no longer lends it half a unit"),
    Public("sum-dw21", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{21}} = \\delta_1 \\cdot x_2 = -0.07382 \\cdot 2.2 \\approx"
           " -0.16241\n$$", ((C, W, W),),
           (Twin("gradient", "W1[0,1]", (f"{_D1[0]}*x[1]", "=-0.07382*2.2", "=-0.16241")),), batch=14,
           why="the page's delta_1 -0.07382 is -0.073707 off in its third digit (carried from its delta_o slip);"
               " the input 2.2 is the file's, copied, and no longer lends it half a unit"),
    Public("sum-dw12", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{12}} = \\delta_2 \\cdot x_1 = 0.00760 \\cdot 1.1 \\approx"
           " 0.00836\n$$", ((C, C, W),),
           (Twin("gradient", "W1[1,0]", (f"{_D1[1]}*x[0]", "=0.00760*1.1", "=0.00836")),), batch=14),
    Public("sum-dw22", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{22}} = \\delta_2 \\cdot x_2 = 0.00760 \\cdot 2.2 \\approx"
           " 0.01672\n$$", ((C, C, W),),
           (Twin("gradient", "W1[1,1]", (f"{_D1[1]}*x[1]", "=0.00760*2.2", "=0.01672")),), batch=14),
    Public("sum-update-h1", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{h1} \\leftarrow w_{h1} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = 0.6 - 0.1"
           " \\cdot (-0.49198) \\approx 0.6492\n$$", ((C, C, C),),
           (_sum_update("W2[0,0]", ("=0.6 - 0.1*(-0.49198)", "=0.6492")),), batch=14),
    Public("sum-update-h2", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{h2} \\leftarrow w_{h2} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{h2}} = -0.1 - 0.1"
           " \\cdot (-0.56795) \\approx -0.0432\n$$", ((C, C, C),),
           (_sum_update("W2[0,1]", ("=-0.1 - 0.1*(-0.56795)", "=-0.0432")),), batch=14),
    Public("sum-update-11", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{11} \\leftarrow w_{11} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{11}} = 0.2 - 0.1"
           " \\cdot (-0.08120) \\approx 0.2081\n$$", ((C, C, C),),
           (_sum_update("W1[0,0]", ("=0.2 - 0.1*(-0.08120)", "=0.2081")),), batch=14),
    Public("sum-update-22", _SUM, "b14_sum", "b14_sum",
           "$$\nw_{22} \\leftarrow w_{22} - \\eta \\cdot \\frac{\\partial \\text{Loss}}{\\partial w_{22}} = 0.7 - 0.1"
           " \\cdot (0.01672) \\approx 0.6983\n$$", ((C, C, C),),
           (_sum_update("W1[1,1]", ("=0.7 - 0.1*(0.01672)", "=0.6983")),), batch=14),
    Public("sum-delta-o-rule", _SUM, "b14_sum", "b14_sum",
           "$$\n\\delta_o = (y_{\\text{pred}} - y) \\cdot y_{\\text{pred}} \\cdot (1 - y_{\\text{pred}})\n$$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=14,
           why="appendix 1's summary"),
    Public("sum-dL-dypred", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial L}{\\partial y_{\\text{pred}}} = (y_{\\text{pred}} - y)\n$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])",)),), batch=14),
    # ---- Hinton's linear neuron (Nemotron's copy of the question): $$...$$, w_ix_i glued, \epsilon, \mapsto ------
    Public("lin-output", _LINEAR_NEURON, "b14_linear_neuron", "b14_linear_neuron", "$$y=\\sum_{i=0}^n w_ix_i$$",
           ((C,),), (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=14,
           why="n the last input's index (2 here), a bound that is not a number"),
    Public("lin-step", _LINEAR_NEURON, "b14_linear_neuron", "b14_linear_neuron",
           "$$\\Delta w_i=-\\epsilon\\frac{dE}{dw_i} =\\epsilon x_i (t-y)$$", ((C, C),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("-eta*(a1[0] - y[0])*x[{i}]", "eta*x[{i}]*(y[0] - a1[0])"),
                 _I3),), batch=14),
    Public("lin-update", _LINEAR_NEURON, "b14_linear_neuron", "b14_linear_neuron",
           "$$w_i \\mapsto w_i - \\epsilon \\frac{d E}{dw_i}.$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=14),
    Public("sum-appendix-chain", _SUM, "b14_sum", "b14_sum",
           "$$\n  \\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = \\frac{\\partial \\text{Loss}}{\\partial z_o} \\cdot"
           " \\frac{\\partial z_o}{\\partial w_{h1}}\n  $$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)),), batch=14, why="appendix 2, indented in its list"),
    Public("sum-appendix-dw-h1", _SUM, "b14_sum", "b14_sum",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial w_{h1}} = \\delta_o \\cdot a_1\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_D2}*a1[0]",)),), batch=14),
    # ---- Hinton's logistic output neuron (Nemotron's copy of the lecture): \[ ... \] spread over lines, \cdot, a sum
    # over the training cases with no index --------------------------------------------------------------------------
    Public("logistic-output", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[ y = \\frac{1}{1 + e^{-z}} \\]", ((C,),), (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=14),
    Public("logistic-dz-dw", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[\n   \\frac{\\partial z}{\\partial w_i} = x_i\n   \\]", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I2),), batch=14),
    Public("logistic-dy-dz", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[\n   \\frac{\\partial y}{\\partial z} = y(1 - y)\n   \\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=14),
    Public("logistic-dy-dw", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[ \n\\frac{\\partial y}{\\partial w_i} = \\frac{\\partial z}{\\partial w_i} \\cdot \\frac{\\partial y}{\\partial"
           " z} = x_i \\cdot y(1 - y)\n\\]", ((C, C),),
           (Twin("value", "x[{i}]*a1[0]*(1 - a1[0])", ("x[{i}]*a1[0]*(1 - a1[0])",) * 2, _I2),), batch=14,
           why="the derivative of the output, not of the error"),
    Public("logistic-step", _LOGISTIC_NEURON, "b14_logistic_neuron", "b14_logistic_neuron",
           "\\[ \n\\Delta w_i = \\eta \\sum (x_i \\cdot (t - y) \\cdot y(1 - y))\n\\]", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",
                 ("eta*x[{i}]*(y[0] - a1[0])*a1[0]*(1 - a1[0])",), _I2),), batch=14,
           why="the sum over the training cases, one case here"),
    # ---- Nemotron's "Delta Rule in Neural Network": \[ ... \], w_{ji} output-first, g'(h_{j}) ---------------------------
    Public("deltann-rule", _DELTA_NN, "b14_sigmoid_layer", "b14_delta_nn",
           "\\[ \\Delta w_{ji} = \\alpha (t_{j} - y_{j}) g'(h_{j}) x_{i} \\]", ((C,),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",
                 ("eta*(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",),
                 tuple({"j": j, "i": i} for j in range(2) for i in range(2))),), batch=14, why="g the sigmoid"),
    Public("deltann-linear", _DELTA_NN, "b14_linear_layer", "b14_delta_nn",
           "\\[ \\Delta w_{ji} = \\alpha (t_{j} - y_{j}) x_{i} \\]", ((C,),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*x[{i}]", ("eta*(y[{j}] - a1[{j}])*x[{i}]",),
                 tuple({"j": j, "i": i} for j in range(2) for i in range(2))),), batch=14,
           why="the simplified form, for a linear unit"),
    # ---- scribd's Adaline exercise: Unicode mathematical italics (𝑊𝑛𝑒𝑤, 𝑦𝑖𝑛), ∑ without bounds --------------------
    Public("ada-yin", _ADALINE, "b14_adaline", "b14_adaline", "𝑦𝑖𝑛 = 𝑏 + ∑ 𝑊𝑖 𝑋𝑖", ((C,),),
           (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=14),
    Public("ada-w-update", _ADALINE, "b14_adaline", "b14_adaline", "𝑊𝑛𝑒𝑤 = 𝑊𝑜𝑙𝑑 + 𝛼(𝑡 − 𝑦𝑖𝑛 )𝑋", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - z1[0])*x[{i}]",), _I2),), batch=14,
           why="Adaline's output is its net input yin"),
    Public("ada-b-update", _ADALINE, "b14_adaline", "b14_adaline", "𝑏𝑛𝑒𝑤 = 𝑏𝑜𝑙𝑑 + 𝛼(𝑡 − 𝑦𝑖𝑛 )", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - z1[0])",)),), batch=14),
    # ---- scribd's "The delta rule": plain text, − (U+2212), ∆ (U+2206), · -------------------------------------------
    Public("dplain-error", _DELTA_PLAIN, "b14_linear_unit", "b14_delta_plain", "e=t−y", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=14),
    Public("dplain-update", _DELTA_PLAIN, "b14_linear_unit", "b14_delta_plain", "wnew = wold + ∆w", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=14),
    Public("dplain-step", _DELTA_PLAIN, "b14_linear_unit", "b14_delta_plain", "∆w = η · e · x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[0]", ("eta*(y[0] - a1[0])*x[0]",)),), batch=14),
    # ---- cse573's slide (LaTeX2HTML's displaymath): the perceptron training rule --------------------------------------
    Public("cse573-update", _CSE573, "b14_linear_unit2", "b14_cse573",
           "\\begin{displaymath}w_i \\leftarrow w_i + \\Delta w_i \\end{displaymath}", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=14,
           why="Delta w_i the step of the next formula; modelled on the linear unit (see the tables)"),
    Public("cse573-step", _CSE573, "b14_linear_unit2", "b14_cse573",
           "\\begin{displaymath}\\Delta w_{i} = \\eta (t - o) x_{i} \\end{displaymath}", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=14),
    # ---- goldenjumper's notes: plain text, ¹ as a mark, – (en dash) for minus, n the learning rate --------------------
    Public("golden-update", _GOLDEN, "b14_linear_unit", "b14_golden", "w¹ = w¹ + Δw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=14),
    Public("golden-step", _GOLDEN, "b14_linear_unit", "b14_golden", "Δw = n ( y – y¹ ) * x", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[0]", ("eta*(y[0] - a1[0])*x[0]",)),), batch=14),
]
