r"""Batch 69 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept apart to measure
the reader's blind rate honestly. Nobody fixes the reader from it during the session it was collected in; it is not
part of public_formulas.ENTRIES, so test_public_formulas.py's expectations (every entry read, the 90% rate) do not
hold it.

Formulas from 13 addresses no earlier batch used (10 of the "pages" corpus: four sites' tutorials, apexdatalabs' 2-2-1
walkthrough, xbdev's numerical examples, apxml's gradient calculation practice and statisticsschool's numerical
backpropagation in Japanese; four repositories' notebooks and notes, mihail-bonchev's, yossico-rnd-hub's,
netrasagarmal's and pawanmandhan's; two of Nemotron-CC-Math-v1's posts, named by their titles after the data set's
address as in the batches before, Errata #3 of "Make Your Own Neural Network" and Chenxiao Ma's "Calculate gradients
for a neural network with one hidden layer"; and three GitHub issue threads of the "issues" corpus,
udacity/deep-learning #285, pytorch/pytorch #1871 and parasdahal/tinyml #1), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: grad(...), code's names, the functions, loss and learning_rate keys),
a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch69_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an activation (dL/do, dE/dy, dloss_dypred,
dL/da_2) and a local derivative (dy/dz_2, d sigma(z)/dz, dypred_dw) are twinned as values; a delta written with
numbers (delta_2 = -0.3255 x 0.2195) as a value too; the Errata's change (the learning rate times dE/dw) as a step.
Formulas keep their page's delimiters and what surrounds them on their line ($$ ... $$ on lines of their own or spread
over several, \text{...}:\quad before a claim, HTML's <font> and <br> around $$, a Markdown quote's "> ", a list
item's "- ", a code line's indentation, a sentence around a plain-text update in quotes); where the stored text glues
a page's lines into one (apxml's), the entry takes the sentence holding the formula, and its why says so.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a wrong formula
correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures the rest, entry by entry and
page by page:

    python tests/blind_batch.py 69

The batch: 57 formulas (70 claims): 39 values (forward values, losses, the sigmoid's identities, derivatives by an
activation and local derivatives, chains of numbers, a matrix of numbers; seven entries of several: apxml's six
initial values on one line, its sigma and sigma', its L and dL/do, apexdatalabs' sigma and sigma', Chenxiao Ma's two
sentences of two forward claims, pawanmandhan's flow of two equations), 2 deltas dL/dz (udacity's d_error, tinyml's
dC/dz; statisticsschool's delta_2 with numbers is among the values), 5 gradients, 10 updates (netrasagarmal's two on
one line and pytorch #1871's two quoted ones each one entry), 1 step. 42 are LaTeX (\dfrac, \big( \big),
\text{...}:\quad, \sigma’ with U+2019, \begin{bmatrix}, \( ... \) in sentences and list items, \text{softmax}, row
vectors x W_1 + b_1, \sum j without its _, \approx, a member repeated, \longrightarrow between equations, $$ spread
over lines, \text{Loss}, m for the weight, \sum without bounds, <font color='red'> around $$), 15 plain text or code
(Python with 4 spaces, -= and +=, names with underscores, mse(y_true, y_pred) for the loss; the lesson's Unicode
mathematical italics with ⟶ and a combining circumflex; a chain continued over three lines with "="; quoted updates in
a sentence; dC/dz = dC/da * sigmoid'(z)).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- Chenxiao Ma's \frac{\partial L}{\partial a_2} = a_2 - y: a_2 - y is dL/dz_2 (the softmax's input), dL/da_2 is
  -y/a_2;
- udacity #285's proposal weights += learnrate * d_error * x and bias += learnrate * d_error: with d_error = -(y -
  output), the derivative of the loss, + climbs the loss (the answer shows the solution's -= is the lesson's rule);
- pytorch #1871's "weight = weight + learning_rate * gradient" (the tutorial's ascent; the issue's "-" beside it is
  right).

Not mistaken, though they look it: the Errata's (t_k o_k) (the minus of t_k - o_k lost, but no claim) and its prose
"2.0 minus 0.005 = 1.995" (words; the copy's slip, the new weight is 2.005), statisticsschool's z_2 = ... = 0.7286
(0.72864 from the rounded h_1; the true 0.728668 is one unit of the last digit away, as the spec allows) and its h_1 =
\sigma(z_1) = \frac{1}{1+e^{-1.3}} = \frac{1}{1+e^{-1.3}} (a member repeated), udacity's solution weights -= learnrate
* d_error * x (d_error the loss's derivative), mihail-bonchev's dypred_dw = x (the local derivative).

What the spec could not express, or where the notation chose: a function's bare argument (apexdatalabs' u, apxml's and
statisticsschool's z, the sigma identities) is named as one unit's sum (the output's, or the hidden one's), so the
identity is judged there; the Errata's made-up hidden outputs o_1 = 0.4 and o_2 = 0.5 are the output node's inputs (no
layer before them), its target sigmoid(2.3) + 1.5 so that e_1 = 1.5 "as we saw before", and its o_j and o_k two
patterns of one shape told apart by their placeholder letter (docs/notation.md's tie rule); the Chenxiao Ma post's W_1
and W_2 are input-first matrices (W1[:, :].T), its y the one-hot label; mihail-bonchev's w and b are drawn at random
by the notebook, here the values its printed first epoch implies; netrasagarmal's and pawanmandhan's sums over the
examples run over one example (n = 1), their L_i and \text{Loss} named as the loss; pytorch #1871's network is the
tutorial's dense layers without its convolutions, "weight" one of its weights. Left out: xbdev's other parameter
matrices and its sigma(x) (x the function's dummy beside the input X), the apexdatalabs J(\Theta) chain (the stored
excerpt cuts it), statisticsschool's e^{-1.3} \approx 0.2725 and e^{-0.7286} \approx 0.4826 (no quantity of the
network), the Errata's "The sigmoid \(\frac{1}{1 + e^{-2.3}}\) is then 0.909" (a number after words, no equation: the
sentence stays on b69-errata-middle's line, its claim the \( ... \) after it), the Errata's other two copies in the
data set (the first taken), Stack Overflow 22134750 (its formulas have no equals sign) and pawanmandhan's L_i =
-\log(\hat{y}_i), true only where y_i = 1 (the line before says so).

Collected on 2026-12-05 from 12:28 to 12:36 by the machine's clock (the oracle's runs included). Run blind at main
0af2338 (/work/READY_FOR_BLIND22), with nothing under src/ changed. Every notation loaded under the spec before the run
and no refusal is the collector's notation outside the spec's grammar, so the first run is the only one
(/work/batch69_blind.txt): 49 of 57 read with every verdict right (86%), 8 refused, no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. Of the 4 mistaken formulas, 3 read with every verdict right (Chenxiao Ma's dL/da_2 and
udacity's two += lines, each called wrong) and 1 was refused (pytorch #1871's quoted updates). By kind of claim:
values 35 of 39, deltas 2 of 2, gradients 5 of 5, updates 7 of 10, the step 0 of 1. LaTeX against plain text: the 42
in LaTeX read 37 (88%), the 15 in plain text or code 12 (80%). By page: apexdatalabs 6 of 6, xbdev 2 of 2, the
Errata 3 of 4, apxml 3 of 3, Chenxiao Ma 3 of 3, mihail-bonchev 6 of 6, yossico-rnd-hub 0 of 3, statisticsschool 11
of 11, netrasagarmal 5 of 5, pawanmandhan 4 of 5, udacity #285 5 of 7, pytorch #1871 0 of 1, tinyml #1 1 of 1.

The refusals by construct (8), with the exact message:

- 3, HTML around the math of a notebook's Markdown (yossico-rnd-hub): ``> <font color='red'>$$a^{(0)} = x$$</font>``
  and ``> <p><font color='red'>$$a^{(l)} = ...$$</font>``: "formula "<font color='red'>": unexpected at '<'
  (position 1)" (b69-yossico-a0, -al); ``<br>which is the activation ..., so that <font color='red'>$a^{(l)} =
  \sigma\left(z^{(l)}\right)$</font>.``: "formula 'which is the activation without the application of a comp...':
  unexpected at ',' (position 88); a comma after a member is no product: write \cdot (or \,) for one, or give a
  second claim its own left side (A = B, \quad C = D)" (b69-yossico-az: the sentence read as the formula);
- 2, an update written with the long arrow ⟶ (U+27F6) between the parameter and its new value, in Unicode
  mathematical italics (udacity #285's quote of the lesson): ``𝑤𝑖⟶𝑤𝑖+𝛼(𝑦−𝑦̂ )𝑥𝑖``: "formula '𝑤𝑖⟶𝑤𝑖+𝛼(𝑦−𝑦̂ )𝑥𝑖': has no left
  side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param"
  (b69-udacity-formula-w; -formula-b alike);
- 1, plain-text formulas in double quotes inside a sentence (pytorch #1871): ``... obviously "weight = weight +
  learning_rate * gradient" should be "weight = weight - learning_rate * gradient", ...``: "formula 'Just below the
  picture, obviously "weight = weight + lear...': cannot read '"' at position 36; write the formula in LaTeX or plain
  text (+ - * / ^, \frac, \sum)" (b69-pytorch-sign, mistaken);
- 1, \longrightarrow between the equations of a computation's flow, with bare names at its ends (pawanmandhan):
  ``$$ w, b \quad \longrightarrow \quad z = wx + b \quad \longrightarrow \quad \hat{y} = \sigma(z) \quad
  \longrightarrow \quad L $$`` (over lines): "formula '\\hat{y} = \\sigma(z) \\longrightarrow L': has nothing to
  judge after its left side; write an equation (A = B), an update (w := ...) or a value (h = 0.5)" (b69-pawan-flow);
- 1, a paragraph whose prose holds an "=" outside the math after an inline claim, the Errata's ``... this gives a
  change of \(0.1 \times -0.04969 = -0.005\). So the new \(w_{11}\) is the original 2.0 minus 0.005 = 1.995.``:
  "formula 'Multiplying all these three bits together and not forgett...': unexpected at '.' (position 106)" (the
  whole paragraph read as one formula, stopping at the full stop after "gives us 0.04969"; b69-errata-change).

Read, among the constructs these pages brought: \text{Hidden layer:}\quad before a claim, \big( \big), \dfrac,
\sigma’ with U+2019; a bmatrix of numbers; \( ... \) after words in list items (e_1 = 1.5, the numbers-only sums
(2.0 x 0.4) + (3.0 x 0.5) = 2.3 and 0.909 x (1 - 0.909) = 0.083); apxml's six $...$ values glued to words; row vectors
(x W_1 + b_1, input-first W_1); \text{softmax}; mse(y_true, y_pred) as the loss, dloss_dypred and -=; the Japanese
page's chains of numbers with \approx and a repeated member; \text{Loss}, m as the weight, \sum without bounds over
one example, two updates joined by ", \quad"; $$ blocks spread over lines with an operator or a bracket a line;
Python's -= and += with code names; a chain continued over three plain-text lines with "="; dC/dz = dC/da *
sigmoid'(z).

Which look general (would appear in much homework): HTML's inline tags around math in notebooks' Markdown (<font
color=...>, <p>, <br>: 3 refusals from one page), an arrow for "becomes" in an update (⟶, as the Udacity lessons
write it), a formula quoted in a sentence ("weight = weight - ..."), \longrightarrow between the equations of a
computation's flow. Page-specific: the Errata copy's paragraph whose words hold "= 1.995" after its inline claim.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch69_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_APEX = "https://apexdatalabs.de/articles/2-2-1-nn"
_XBDEV = "https://xbdev.net/internet/webgpu/neuralnetworks/?page=numericalexamples"
_ERRATA = f"{_NEMOTRON} (Make Your Own Neural Network: Errata #3)"
_APXML = ("https://apxml.com/courses/introduction-to-neural-networks/chapter-4-backpropagation-gradient-descent/"
          "gradient-calculation-practice")
_CHENXIAO = f"{_NEMOTRON} (Calculate gradients for a neural network with one hidden layer)"
_MIHAIL = "https://github.com/mihail-bonchev/ml-notebooks"
_YOSSICO = "https://github.com/yossico-rnd-hub/nlpy"
_STAT = ("https://app.statisticsschool.com/practice/statistics-applied/regression-analysis/pages/"
         "regression-analysis-019.html")
_NETRA = "https://github.com/netrasagarmal/ml_projects"
_PAWAN = "https://github.com/pawanmandhan/reva"
_UDACITY = "https://github.com/udacity/deep-learning/issues/285"
_PYTORCH = "https://github.com/pytorch/pytorch/issues/1871"
_TINYML = "https://github.com/parasdahal/tinyml/issues/1"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# the binary cross-entropy of one example, a sigmoid unit a1[0]
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
# statisticsschool's dE/dz_2 (1/2 (y - t)^2, a sigmoid output)
_STAT_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# yossico's rules over the layers l = 1, 2 (two inputs, three and two sigmoid units)
_YOS_SUMS = (tuple({"t": f"a1[{j}]", "m": f"sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"} for j in range(3))
             + tuple({"t": f"a2[{k}]", "m": f"sigmoid(W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}])"}
                     for k in range(2)))
_YOS_Z = (tuple({"t": f"a1[{j}]", "m": f"sigmoid(z1[{j}])"} for j in range(3))
          + tuple({"t": f"a2[{k}]", "m": f"sigmoid(z2[{k}])"} for k in range(2)))
# the softmax of three classes
_SOFTMAX = "exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"

ENTRIES: list[Public] = [
    # ---- apexdatalabs' 2-2-1 walkthrough: a $$ block a line, \text{...}:\quad before the claim, \big( \big), \dfrac,
    # a right single quotation mark (U+2019) for the prime, two claims joined by ", \quad" ---------------------------
    Public("b69-apex-z1", _APEX, "b69_apex", "b69_apex",
           r"$$ \text{Hidden layer:}\quad z^{(1)} = W^{(1)}x + b^{(1)} $$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=69),
    Public("b69-apex-a1", _APEX, "b69_apex", "b69_apex", r"$$ \quad a^{(1)} = \sigma\big(z^{(1)}\big) $$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=69),
    Public("b69-apex-z2", _APEX, "b69_apex", "b69_apex",
           r"$$ \text{Output layer:}\quad z^{(2)} = W^{(2)} a^{(1)} + b^{(2)} $$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=69),
    Public("b69-apex-y", _APEX, "b69_apex", "b69_apex", r"$$ \quad y = \sigma\big(z^{(2)}\big) $$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=69),
    Public("b69-apex-loss", _APEX, "b69_apex", "b69_apex", r"$$ \text{Loss:}\quad L = \dfrac{1}{2}\big(y - t\big)^2 $$",
           ((C,),), (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=69),
    Public("b69-apex-sigma", _APEX, "b69_apex", "b69_apex",
           "$$ \\sigma(u) = \\frac{1}{1 + e^{-u}}, \\quad \\sigma\u2019(u) = \\sigma(u)(1 - \\sigma(u)) $$", ((C,), (C,)),
           (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(-z2[0]))",)),
            Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",))), batch=69,
           why="under \"Sigmoid activation\"; u the function's argument (the output's sum here); the prime is U+2019"),
    # ---- xbdev's numerical examples: \[ ... \] blocks, a bmatrix of numbers, \cdot between a matrix and a vector -------
    Public("b69-xb-W1", _XBDEV, "b69_xbdev", "b69_xbdev",
           r"\[ W_1 = \begin{bmatrix} 0.15 & 0.20 \\ 0.25 & 0.30 \end{bmatrix} \]", ((C,),),
           (Twin("value", "W1[{j},{i}]", ("=np.array([[0.15, 0.20], [0.25, 0.30]])",), _JI22),), batch=69,
           why="under \"- Input to hidden weights (\\( W_1 \\)):\": the example's initial weights, a row per hidden unit"),
    Public("b69-xb-Z1", _XBDEV, "b69_xbdev", "b69_xbdev", r"\[ Z_1 = W_1 \cdot X + b_1 \]", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=69,
           why="under \"Hidden Layer Calculations:\""),
    # ---- Nemotron's "Make Your Own Neural Network" (Errata #3, the first of its three copies): list items whose
    # numbers sit in \( ... \) after words ("is", "is then"); the error written (t_k o_k), its minus lost ---------------
    Public("b69-errata-e1", _ERRATA, "b69_errata", "b69_errata",
           r"- The first bit (\( t_k o_k \)) is the error \( e_1 = 1.5 \), just as we saw before.", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("=1.5",)),), batch=69,
           why="e_1 = t_1 - o_1, given (the target is chosen so); (t_k o_k) is no claim, its minus lost"),
    Public("b69-errata-sum", _ERRATA, "b69_errata", "b69_errata",
           r"- The sum inside the sigmoid functions \( \sum j w_{jk} o_j \) is \((2.0 \times 0.4) + (3.0 \times 0.5)"
           r" = 2.3\).", ((C,),), (Twin("value", "z1[0]", ("=2.3",)),), batch=69,
           why="the output node's sum w_11 o_1 + w_21 o_2; the sum's index j written after \\sum without its _"),
    Public("b69-errata-middle", _ERRATA, "b69_errata", "b69_errata",
           r"- The sigmoid \(\frac{1}{1 + e^{-2.3}}\) is then 0.909. That middle expression is then \(0.909 \times (1 -"
           r" 0.909) = 0.083\).", ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("=0.083",)),), batch=69,
           why="the sigmoid's derivative at 2.3, 0.08282; the first \\( ... \\) holds no claim"),
    Public("b69-errata-change", _ERRATA, "b69_errata", "b69_errata",
           "Multiplying all these three bits together and not forgetting the minus sign at the start gives us 0.04969."
           r" If we have a learning rate of 0.1, this gives a change of \(0.1 \times -0.04969 = -0.005\). So the new"
           r" \(w_{11}\) is the original 2.0 minus 0.005 = 1.995.", ((C,),),
           (Twin("step", "W1[0,0]", ("=-0.005",)),), batch=69,
           why="the learning rate times dE/dw_11 = -0.049692: -0.0049692; the prose after it (2.0 minus 0.005 = 1.995,"
               " the copy's slip: the new weight is 2.005) is words"),
    # ---- apxml's gradient calculation practice: inline $...$ glued to the words around them (the stored text loses
    # the page's line breaks), two claims in a sentence each ----------------------------------------------------------
    Public("b69-apxml-values", _APXML, "b69_apxml", "b69_apxml",
           "Input: $x = 0.5$Target Output: $y = 0.8$Weights: $w_1 = 0.2$, $w_2 = 0.9$Biases: $b_1 = 0.1$, $b_2 ="
           " -0.3$", ((C,), (C,), (C,), (C,), (C,), (C,)),
           (Twin("value", "x[0]", ("=0.5",)), Twin("value", "y[0]", ("=0.8",)), Twin("value", "W1[0,0]", ("=0.2",)),
            Twin("value", "W2[0,0]", ("=0.9",)), Twin("value", "b1[0]", ("=0.1",)),
            Twin("value", "b2[0]", ("=-0.3",))), batch=69,
           why="the setup's initial values, glued as the stored text has them (cut from one long line at \"Input:\""
               " and before \"Activation Function\")"),
    Public("b69-apxml-sigma", _APXML, "b69_apxml", "b69_apxml",
           r"Activation Function: Sigmoid, $\sigma(z) = \frac{1}{1 + e^{-z}}$. Its derivative is $\sigma'(z) ="
           r" \sigma(z)(1 - \sigma(z))$.", ((C,), (C,)),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),
            Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",))), batch=69,
           why="z the function's argument (the hidden pre-activation here)"),
    Public("b69-apxml-loss", _APXML, "b69_apxml", "b69_apxml",
           r"Loss Function: Mean Squared Error (MSE), $L = \frac{1}{2}(y - o)^2$. Its derivative with respect to the"
           r" output $o$ is $\frac{\partial L}{\partial o} = o - y$.", ((C,), (C,)),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),
            Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",))), batch=69,
           why="dL/do, a derivative by the output activation, twinned as a value"),
    # ---- Nemotron's "Calculate gradients for a neural network with one hidden layer" (Chenxiao Ma): \( ... \) in
    # sentences, row vectors (x W_1 + b_1), \text{softmax}; dL/da_2 written for dL/dz_2 ------------------------------
    Public("b69-chenxiao-layer1", _CHENXIAO, "b69_chenxiao", "b69_chenxiao",
           r"Let \( z_1 = x W_1 + b_1 \) and \( a_1 = \sigma(z_1) \), where \( \sigma \) is the sigmoid function.",
           ((C,), (C,)),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J3),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3)), batch=69,
           why="the input a row vector and W_1 input-first (D_x x H), as the assignment has them"),
    Public("b69-chenxiao-layer2", _CHENXIAO, "b69_chenxiao", "b69_chenxiao",
           r"Then, \( z_2 = a_1 W_2 + b_2 \) and \( a_2 = \text{softmax}(z_2) \).", ((C,), (C,)),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]",), _K3),
            Twin("value", "a2[{k}]", (_SOFTMAX,), _K3)), batch=69),
    Public("b69-chenxiao-dLda2", _CHENXIAO, "b69_chenxiao", "b69_chenxiao",
           r"We already know that \( \frac{\partial L}{\partial a_2} = a_2 - y \), which means", ((W,),),
           (Twin("value", "-t[{k}]/a2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=69,
           why="a_2 - y is dL/dz_2, the softmax's input; dL/da_2 is -y/a_2 (the sentence goes on \"which means \\("
               " \\frac{\\partial L}{\\partial z_2} = ...\", which the stored excerpt cuts off, left out)"),
    # ---- mihail-bonchev's single neuron: Python lines of the training loop (4 spaces), names with underscores, -= ---
    Public("b69-mihail-loss", _MIHAIL, "b69_mihail", "b69_mihail", "    loss = mse(y_true, y_pred)", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),), batch=69,
           why="mse the page's function, np.mean((y_true - y_pred) ** 2) of one output: the loss itself"),
    Public("b69-mihail-dloss-dypred", _MIHAIL, "b69_mihail", "b69_mihail", "    dloss_dypred = 2 * (y_pred - y_true)",
           ((C,),), (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=69,
           why="dL/dy_pred, a derivative by the output, twinned as a value"),
    Public("b69-mihail-dypred-dw", _MIHAIL, "b69_mihail", "b69_mihail", "    dypred_dw = x", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=69, why="the local derivative of y_pred = x * w + b by w"),
    Public("b69-mihail-dloss-dw", _MIHAIL, "b69_mihail", "b69_mihail", "    dloss_dw = dloss_dypred * dypred_dw",
           ((C,),), (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=69),
    Public("b69-mihail-w", _MIHAIL, "b69_mihail", "b69_mihail", "    w -= lr * dloss_dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=69),
    Public("b69-mihail-b", _MIHAIL, "b69_mihail", "b69_mihail", "    b -= lr * dloss_db", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=69),
    # ---- yossico's notebook: $$ ... $$ inside HTML, <font color='red'> ... </font> after a Markdown quote's "> " and
    # <p>, <br> before a sentence; rules over the layer l --------------------------------------------------------------
    Public("b69-yossico-a0", _YOSSICO, "b69_yossico", "b69_yossico", "> <font color='red'>$$a^{(0)} = x$$</font>",
           ((C,),), (Twin("value", "x[{i}]", ("x[{i}]",), _I2),), batch=69),
    Public("b69-yossico-al", _YOSSICO, "b69_yossico", "b69_yossico",
           r"> <p><font color='red'>$$a^{(l)} = \sigma\left(W^{(l)}a^{(l-1)} + b^{(l)}\right)$$</font>", ((C,),),
           (Twin("value", "{t}", ("{m}",), _YOS_SUMS),), batch=69, why="a rule over the layers l = 1, 2"),
    Public("b69-yossico-az", _YOSSICO, "b69_yossico", "b69_yossico",
           r"<br>which is the activation without the application of a component-wise activation function, so that"
           r" <font color='red'>$a^{(l)} = \sigma\left(z^{(l)}\right)$</font>.", ((C,),),
           (Twin("value", "{t}", ("{m}",), _YOS_Z),), batch=69, why="a rule over the layers l = 1, 2"),
    # ---- statisticsschool's numerical backpropagation (Japanese): $...$ chains of numbers, \approx, より after one ----
    Public("b69-stat-z1", _STAT, "b69_stat", "b69_stat", r"$z_1 = w_1 \cdot x + b_1 = 0.5 \times 2 + 0.3 = 1.3$",
           ((C, C, C),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.5*2 + 0.3", "=1.3")),), batch=69),
    Public("b69-stat-h1", _STAT, "b69_stat", "b69_stat",
           r"$h_1 = \sigma(z_1) = \frac{1}{1+e^{-1.3}} = \frac{1}{1+e^{-1.3}}$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-1.3))", "=1/(1 + np.exp(-1.3))")),), batch=69,
           why="the page repeats its last member"),
    Public("b69-stat-h1-numbers", _STAT, "b69_stat", "b69_stat",
           r"$h_1 = \frac{1}{1+0.2725} = \frac{1}{1.2725} \approx 0.7858$", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + 0.2725)", "=1/1.2725", "=0.7858")),), batch=69,
           why="after \"$e^{-1.3} \\approx 0.2725$ より:\" (e^{-1.3} = 0.27253)"),
    Public("b69-stat-z2", _STAT, "b69_stat", "b69_stat", r"$z_2 = w_2 \cdot h_1 + b_2 = 0.8 \times 0.7858 + 0.1 = 0.7286$",
           ((C, C, C),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]", "=0.8*0.7858 + 0.1", "=0.7286")),),
           batch=69, why="0.72864 from the rounded h_1; the true z_2 is 0.728668, one unit of the last digit away"),
    Public("b69-stat-y-numbers", _STAT, "b69_stat", "b69_stat",
           r"$y = \frac{1}{1+0.4826} = \frac{1}{1.4826} \approx 0.6745$", ((C, C, C),),
           (Twin("value", "a2[0]", ("=1/(1 + 0.4826)", "=1/1.4826", "=0.6745")),), batch=69,
           why="after \"$e^{-0.7286} \\approx 0.4826$ より:\""),
    Public("b69-stat-dsigma", _STAT, "b69_stat", "b69_stat", r"$\frac{d\sigma(z)}{dz} = \sigma(z)(1-\sigma(z))$",
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=69,
           why="under \"シグモイド関数の微分は:\"; z the function's argument (the output's sum here)"),
    Public("b69-stat-E", _STAT, "b69_stat", "b69_stat",
           r"$E = \frac{1}{2}(y-t)^2 = \frac{1}{2}(0.6745-1)^2 = \frac{1}{2}(-0.3255)^2 = 0.0530$", ((C, C, C, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2",
                 ("0.5*(a2[0] - y[0])**2", "=0.5*(0.6745 - 1)**2", "=0.5*(-0.3255)**2", "=0.0530")),), batch=69),
    Public("b69-stat-dEdy", _STAT, "b69_stat", "b69_stat", r"$\frac{\partial E}{\partial y} = y - t = 0.6745 - 1 = -0.3255$",
           ((C, C, C),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.6745 - 1", "=-0.3255")),), batch=69,
           why="dE/dy, a derivative by the output, twinned as a value"),
    Public("b69-stat-dydz2", _STAT, "b69_stat", "b69_stat",
           r"$\frac{\partial y}{\partial z_2} = y(1-y) = 0.6745 \times (1-0.6745) = 0.6745 \times 0.3255 = 0.2195$",
           ((C, C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "=0.6745*(1 - 0.6745)", "=0.6745*0.3255", "=0.2195")),), batch=69,
           why="0.21955 (0.219545 at the true y)"),
    Public("b69-stat-delta2", _STAT, "b69_stat", "b69_stat",
           r"$\delta_2 = \frac{\partial E}{\partial z_2} = \frac{\partial E}{\partial y} \cdot \frac{\partial y}{\partial"
           r" z_2} = -0.3255 \times 0.2195 = -0.0714$", ((C, C, C, C),),
           (Twin("value", _STAT_D2, (_STAT_D2, _STAT_D2, "=-0.3255*0.2195", "=-0.0714")),), batch=69,
           why="dE/dz_2 with numbers, twinned as a value: -0.071459"),
    Public("b69-stat-dEdw2", _STAT, "b69_stat", "b69_stat",
           r"$\frac{\partial E}{\partial w_2} = \frac{\partial E}{\partial z_2} \cdot \frac{\partial z_2}{\partial w_2} ="
           r" \delta_2 \cdot h_1$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_STAT_D2}*a1[0]", f"{_STAT_D2}*a1[0]")),), batch=69),
    # ---- netrasagarmal's logistic regression notebook: $$ blocks on lines of their own, \text{Loss}, m the weight,
    # \sum without bounds, two updates joined by ", \quad" ----------------------------------------------------------
    Public("b69-netra-z", _NETRA, "b69_netra", "b69_netra", "$$\nz = m \\cdot x + b\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=69),
    Public("b69-netra-loss", _NETRA, "b69_netra", "b69_netra",
           "$$\n\\text{Loss} = - \\frac{1}{n} \\sum_{i=1}^{n} \\left[ y_i \\cdot \\log(\\hat{y}_i) + (1 - y_i) \\cdot"
           " \\log(1 - \\hat{y}_i) \\right]\n$$", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=69,
           why="one example (n = 1)"),
    Public("b69-netra-dm", _NETRA, "b69_netra", "b69_netra",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial m} = \\frac{1}{n} \\sum ( \\hat{y}_i - y_i ) \\cdot x_i\n$$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=69,
           why="the sum without bounds over the examples i (one)"),
    Public("b69-netra-db", _NETRA, "b69_netra", "b69_netra",
           "$$\n\\frac{\\partial \\text{Loss}}{\\partial b} = \\frac{1}{n} \\sum ( \\hat{y}_i - y_i )\n$$", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=69),
    Public("b69-netra-update", _NETRA, "b69_netra", "b69_netra",
           "$$\nm = m - \\alpha \\cdot \\frac{\\partial \\text{Loss}}{\\partial m}, \\quad b = b - \\alpha \\cdot"
           " \\frac{\\partial \\text{Loss}}{\\partial b}\n$$", ((C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)), Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
           batch=69),
    # ---- pawanmandhan's notes on logistic regression: $$ blocks spread over lines (an operator or a bracket a line),
    # L_i and J(w,b), a flow w, b -> z = wx + b -> y_hat = sigma(z) -> L drawn with \longrightarrow ------------------
    Public("b69-pawan-Li", _PAWAN, "b69_pawan", "b69_pawan",
           "$$\nL_i = -\\left[\ny_i \\log(\\hat{y}_i)\n+\n(1 - y_i)\\log(1 - \\hat{y}_i)\n\\right]\n$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=69),
    Public("b69-pawan-J", _PAWAN, "b69_pawan", "b69_pawan", "$$\nJ(w,b) = \\frac{1}{n} \\sum_{i=1}^{n} L_i\n$$",
           ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=69, why="one example (n = 1)"),
    Public("b69-pawan-flow", _PAWAN, "b69_pawan", "b69_pawan",
           "$$\nw, b\n\\quad \\longrightarrow \\quad\nz = wx + b\n\\quad \\longrightarrow \\quad\n\\hat{y} = \\sigma(z)\n"
           "\\quad \\longrightarrow \\quad\nL\n$$", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",))), batch=69,
           why="\"For one example, the computation flows like this:\": its two equations"),
    Public("b69-pawan-chain", _PAWAN, "b69_pawan", "b69_pawan",
           "$$\n\\frac{\\partial L}{\\partial w}\n=\n\\frac{\\partial L}{\\partial \\hat{y}}\n\\cdot\n\\frac{\\partial"
           " \\hat{y}}{\\partial z}\n\\cdot\n\\frac{\\partial z}{\\partial w}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=69),
    Public("b69-pawan-dyhat", _PAWAN, "b69_pawan", "b69_pawan", "$$\n\\frac{d\\hat{y}}{dz} = \\hat{y}(1 - \\hat{y})\n$$",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=69),
    # ---- udacity/deep-learning #285: the solution's Python (4 spaces, -=), the lesson's formulas in Unicode
    # mathematical italics with ⟶ and a combining circumflex, the issue's += proposal, the answer's chain over lines --
    Public("b69-udacity-d-error", _UDACITY, "b69_udacity", "b69_udacity", "    d_error = -(y - output)", ((C,),),
           (Twin("gradient_z", "z1[0]", ("-(y[0] - a1[0])",)),), batch=69,
           why="the log-loss error's derivative by the unit's sum"),
    Public("b69-udacity-weights", _UDACITY, "b69_udacity", "b69_udacity",
           "    weights -= learnrate * d_error * x", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=69),
    Public("b69-udacity-formula-w", _UDACITY, "b69_udacity", "b69_udacity", "𝑤𝑖⟶𝑤𝑖+𝛼(𝑦−𝑦̂ )𝑥𝑖", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=69,
           why="the lesson's rule as the issue quotes it (\"whereas formulae is\"), y_hat written y and U+0302"),
    Public("b69-udacity-formula-b", _UDACITY, "b69_udacity", "b69_udacity", "𝑏⟶𝑏+𝛼(𝑦−𝑦̂ )", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(y[0] - a1[0])",)),), batch=69),
    Public("b69-udacity-plus-w", _UDACITY, "b69_udacity", "b69_udacity", "weights += learnrate * d_error * x",
           ((W,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(a1[0] - y[0])*x[{i}]",), _I2),), batch=69,
           why="the issue's proposal (\"shouldn't it be\"): with d_error = -(y - output) it climbs the loss"),
    Public("b69-udacity-plus-b", _UDACITY, "b69_udacity", "b69_udacity", "bias += learnrate * d_error", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*(a1[0] - y[0])",)),), batch=69, why="the proposal's bias line"),
    Public("b69-udacity-chain", _UDACITY, "b69_udacity", "b69_udacity",
           "weights = weights - learnrate * d_error * x = \n= weights - learnrate * (-(y - output)) * x =\n= weights +"
           " learnrate * (y - output) * x", ((C, C, C),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",
                                         "W1[0,{i}] - eta*(-(y[0] - a1[0]))*x[{i}]",
                                         "W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]"), _I2),), batch=69,
           why="puhach's answer: a chain over three lines, each continuing with \"=\""),
    # ---- pytorch #1871: two plain-text updates in quotes in a sentence, the tutorial's + and the issue's - ----------
    Public("b69-pytorch-sign", _PYTORCH, "b69_pytorch", "b69_pytorch",
           "Just below the picture,  obviously \"weight = weight + learning_rate * gradient\" should be \"weight = weight -"
           " learning_rate * gradient\", which is the gradient *descent* algorithm.", ((W,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",)), Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",))),
           batch=69, why="the tutorial's update (gradient ascent) and the issue's correction"),
    # ---- parasdahal/tinyml #1: a plain-text chain rule in a code block, sigmoid'(z) ---------------------------------
    Public("b69-tinyml-dCdz", _TINYML, "b69_tinyml", "b69_tinyml", "dC/dz = dC/da * sigmoid'(z)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=69,
           why="the output layer's z and a, element by element"),
]
