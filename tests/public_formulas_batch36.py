r"""Batch 36 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: hhelwich's German notes on a neuron's
output, the MSE and the cross-entropy, tylermorganme's notes on week 2 of Ng's course, Tonkic's Obsidian note on the
sigmoid, an early version of a Python script "A BASIC NEURON", a NumPy script of a ReLU-softmax network whose
comments state its equations, Erika Duan's review of backpropagation rendered from Quarto to GitHub Markdown, a
bilingual note on the sigmoid layer, a Markdown note of a network's equations with NumPy-style [r, 0] entries,
aelfimow's notes on a German book, svupper's script of a tanh unit), copied verbatim, typos and mistakes included,
each with the notation a teacher would write for it under shared/spec/notation.md (and docs/notation.md for what
the product documents), a network of the kind the page describes (with the page's numbers where it works an
example; both in tests/public_formulas_batch36_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down, on its first run)
and committed before check was. Five files are stored in the code corpus without their repository's name; they
are cited by their ids. A delta or a local derivative written as a value (dL/dy-hat, dC/dA_out, sigma'(x),
sigmoid_grad, loss_grad, the Delta w of a step) is twinned as a value, as in batches 14 to 34. Formulas keep their
page's delimiters and what surrounds them on their line ($$...$$ on lines of their own or indented in a bullet, a
```math block, inline $...$ with the bullet's words, a Markdown image whose alt text is the formula, a Python
line's indentation, trailing spaces and comment, a comment line's words); what was left out is said in the
entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 36

The batch: 55 formulas, 33 values (forward values, losses, sigma and its derivative, dL/dy-hat, dC/dA_out and dC/dA
of a hidden layer, the neuron script's loss_grad and sigmoid_grad, aelfimow's Delta w_ji), 4 deltas (dz = A-Y,
dZ2, dZ1, dL/dA of the sigmoid layer), 10 gradients, 8 updates; no entry marked unreadable. 27 are LaTeX
(hhelwich's \Sigma_j for the sum, \varphi, \varphi'(b_i), \frac{-2}{n}, \ldots in a chain continued on the next
line after "="; tylermorganme's w^\intercal and := updates with \frac{dJ(w,b)}{dw} inside bullet lines with their
words; Tonkic's \sigma'(x) and \big( \big); Duan's codecogs images ![LaTeX](URL "LaTeX") with \tfrac and \hat y
unbraced, in bullets; the sigmoid layer's h(x) and dL/dA = dL/dZ Z (1 - Z); the [r, 0] note's A_i[r, 0], A_{i-1},
A_{i+1}, W_i[r, c], a left side alone in its $$ block and its chain in the blocks after it, \cdot on lines of its
own, \sum_k \left[ ... \right], f^\prime; aelfimow's ```math block and \Delta w_{ji} with \cdot), 28 plain text or
code (tylermorganme's np.dot(w.T,X), 1/m * np.dot(X, dz.T), -=; the neuron script's self.w, self.lr, **, +=; the
JOY script's comments "#     Therefore Z1 = W1 * A0 + B1", .dot, .T, np.sum(dZ2, axis=1, keepdims=True),
(Z1 > 0); Duan's notebook lines with trailing spaces; svupper's lambdas, Python's ^, m.exp, X(i) and Y(1)).

8 are mistaken somewhere (the oracle finds at least one member wrong):

- hhelwich's MSE=\frac{1}{n}\Sigma_{i=0}^{n-1}(t_i - \varphi(b_i))^2: b_i is the output (the line before:
  b_i=\varphi(...)), squashed twice (the expansion after "=" is right);
- hhelwich's \frac{\partial E}{\partial w_{ij}}=\frac{-2}{n}(t_i-b_i)\varphi'(b_i)a_j: \varphi' at the output b_i;
- the neuron script's loss_grad = 2*(y[i]-y_pred) under "#loss gradient respects to y_pred": the sign
  (-2(y - y_pred));
- its self.w += self.lr*self.w_grad and self.b += self.lr*self.b_grad: += climbs the gradient the comments name
  (the script descends only because loss_grad has the wrong sign; its later version writes -2 and -=);
- the JOY script's comment "Z1 goes into relu outcomes A1 which goes to Z2 = W2*A2 + b2": A2 for A1;
- aelfimow's \Delta w_{ji} = -\eta \cdot \delta_{j} \cdot o_{i}, where the output neuron's delta_j is o_j (1 - o_j)
  (y_j - \hat{y}_j), that is -dE/dz_j: the step climbs E;
- svupper's sig=lambda v:(m.exp(v)-m.exp(-v))/(m.exp(v)-m.exp(-v)): - for + in the denominator (the quotient is 1).

Not mistaken, though they look it: the [r, 0] note's C = \sum_r(A_{out}[r, o] - T[r, 0])^2 (o a typo for 0, the sum
it means is right, twinned so); svupper's loss=lambda y,yd:(y-yd)^2 (^ is Python's exclusive or, but the page means
the square, and docs/symbols.md reads ^ as a power); the neuron script's self.w_grad = loss_grad*sigmoid_grad*z_grad_w
(the chain rule in the names' meanings, whatever the line computing loss_grad wrote); svupper's W-=labda*dl*X(i)
(dl names dloss/dv; the line computing it is not taken).

What the spec could not express, which a page needed, and what was left out: tylermorganme's L(\hat{y},y) with
log(\hat{1- y}) (a hat over 1 - y, meaning 1 - \hat{y}: no reading of the page's own symbols) and "If y = 1,
$L=-log(\hat{y})$" (true only at one target, where a symbolic member is judged at every target); hhelwich's
momentum and Nesterov updates (\alpha\Delta w_{(t-1)}: no quantity of the spec is the previous step);
aelfimow's "Falls Output-Neuron: ..." lines (no left side); svupper's sigp=lambda v:sig(v)(1-sig(v)) and
dl=sigp(v)*(1/2)*(y-Y(1)) (sigp names a derivative, and the notation's functions name only activations); the
neuron script's comment lines; Duan's identity-unit section (another network). svupper's X(i), a call of X with
the loop's i: a pattern is a base with a subscript and a superscript, so the notation names X (and Y, so that
Y(1) is Y times 1) and leaves (i) as the page writes it. Open to question, though the spec seems to allow them:
the [r, 0] note's vectors named whole ("A_{i}" = "a{i}[:]", see the run below: its entries [r, 0] after the
subscript have no pattern under the spec's grammar); aelfimow's \hat{y}_j read as the output and y_j as the
target (so its delta_j is -delta1), and "\\Delta w_{ji}" (docs/notation.md: one name); the neuron script's
loss_grad named by the meaning its comment gives it (dloss/dy_pred) rather than by what its line computes;
hhelwich's b_i named as the output (its first line's meaning; its MSE uses it as the sum), and its CE named as
the cross-entropy value (the network's loss is the MSE). ``grad(...)``, ``delta1[:]``, names with code's brackets
and dots ("x[i]", "self.w", "one_hot_Y") and the learning_rate, loss and functions keys are the spec's and the
project's (docs/notation.md).

Nothing was fixed from this batch.

Collected on 2026-12-04 and run blind at main bc5ac1b (/work/READY_FOR_BLIND5), with nothing under src/ changed.
The first run (/work/batch36_blind.txt): 33 of 55 read with every verdict right (60%), 22 refused, no misreading,
no crash, NO WRONG FORMULA CALLED CORRECT. 7 of the 22 were the whole [r, 0] note, refused at its notation: the
collector's pattern "A_{0}[k, 0]" (a subscript followed by code's index, as all the note's patterns were) is not one
symbol under the spec's grammar, "[notation] symbols.'A_{0}[k, 0]': is not one symbol; write a base with an
optional subscript and superscript, e.g. a_{ik}^{0}" (the collector's mistake, as batch 34's d\textbf{W} was). The
patterns were rewritten within the grammar, the vectors named whole ("A_{i}" = "a{i}[:]", "A_{0}" = "x[:]",
"W_{i}" = "W{i}[:, :]", ...), nothing else changed, and blind_batch.py 36 run once more at the same main commit
(/work/batch36_blind_corrected.txt): 33 of 55 read with every verdict right (60%) again, 22 refused, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT; the note's 7 are now refused at its formulas (below), and
the 48 entries of the other pages gave the same outcome in both runs, line for line.

Of the 8 mistaken formulas, 5 read with every verdict right (hhelwich's \varphi'(b_i), the neuron script's
loss_grad and its two += updates, aelfimow's \Delta w_{ji}, each called wrong) and 3 were refused (hhelwich's MSE
at its \Sigma, the JOY comment's Z2 = W2*A2 + b2 at its words, svupper's sig lambda). By kind of claim: values 16
of 33, deltas 4 of 4, gradients 7 of 10, updates 6 of 8. LaTeX against plain text: the 27 in LaTeX read 9 (33%),
the 28 in plain text or code 24 (86%). By page: hhelwich 1 of 4, tylermorganme 5 of 8, Tonkic 3 of 3, the neuron
script 7 of 7, the JOY script 7 of 9, Duan 2 of 7, the sigmoid layer 2 of 2, the [r, 0] note 0 of 7, aelfimow 2 of
2, svupper 4 of 6. (Tabulated from the saved outputs of the two runs.)

The refusals by construct (22, in the second run), with the exact message:

- 3, hhelwich: \Sigma (the capital letter) for the sum, \Sigma_j and \Sigma_{i=0}^{n-1}: "unknown symbol
  \Sigma_{j}; the notation knows CE, a, b, n, t, w; give it a meaning in the notation's [notation.symbols], e.g.
  "\Sigma_{j}" = "a1[0]"" (hhw-neuron; hhw-mse and hhw-ce the same with \Sigma_{i=0}^{n-1});
- 5, words on the formula's line: tylermorganme's bullet prose around an inline $...$, "- We use the predictive
  function $\hat{y}=...$." read with its words, "unknown symbol e; the notation knows A, X, Y, Z, \hat{y}, b, db,
  dw; ..." (tyl-yhat), and "... $w:=w-\alpha\frac{dJ(w,b)}{dw}$ this might also sometimes be referred to at $dw$",
  "unknown symbol h; ..." (tyl-update-w, tyl-update-b); the JOY script's comment lines, "unknown symbol
  Therefore; the notation knows A, B, W, X, Z, b, dW, dZ; ..." (joy-z1-comment) and "holds nothing to judge once
  its spacing and layout (\, \quad, \left.) are set aside; write the derivative or the update, e.g.
  \frac{\partial L}{\partial w} = ..." (joy-z2-comment, the page's mistake);
- 5, Duan's codecogs images, ![LaTeX](https://latex.codecogs.com/svg.latex?URL-encoded "LaTeX"): "cannot read '%'
  at position 89; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (duan-yhat; duan-loss,
  duan-dL-dyhat, duan-dyhat-dz, duan-dL-dw at their URL's first %);
- 7, the [r, 0] note's entries after a LaTeX subscript, A_i[r, 0], W_i[r, c], A_{out}[r, 0]: with the vectors
  named whole, "unknown symbol r; the notation knows A, B, T, W, Z; ..." (rnote-a, rnote-C), "expected '}' to
  close the denominator at '[' (position 35)" (rnote-dC-dA-out; rnote-dC-dB, rnote-dC-dW, rnote-dC-dA at position
  31), and "Z_{i} at i = 0: 'Z_{i}' means 'z{i}[:]' (i = 0): there is no layer 0 (the network has layers 1 to 2)"
  (rnote-z: the rule's layer letter tried at 0, where the page's A_{i-1} names the input A_0);
- 2, svupper's lambdas: "unexpected at ',' (position 14); a comma after a member is no product: write \cdot (or
  \,) for one, or give a second claim its own left side (A = B, \quad C = D)" (svu-loss, loss=lambda y,yd:...) and
  "unexpected at ':' (position 13)" (svu-sig, the page's mistake).

Read, among the constructs these pages brought: tylermorganme's np.dot(w.T,X), dz = A-Y, 1/m * np.dot(X, dz.T) and
w -= alpha*dw; Tonkic's \sigma'(x) and \big( \big); the neuron script's self.w, self.lr and += (both updates called
wrong), loss_grad = 2*(y[i]-y_pred) called wrong; the JOY script's .dot, W2.T.dot(dZ2) * (Z1 > 0), np.sum(dZ2,
axis=1, keepdims=True), softmax(Z2); Duan's code lines with trailing spaces; the sigmoid layer's h(x) and
\frac{\partial L}{\partial A} = \frac{\partial L}{\partial Z} Z (1 - Z); aelfimow's ```math block and
\Delta w_{ji}; svupper's np.dot(X(i),W)+bias with X(i) left as written, y=sig(v), W-=labda*dl*X(i).

Which look general (would appear in much homework): words around the formula on its line (a Markdown bullet's
inline $...$ with its sentence, a code comment "# Therefore Z1 = ..."), \Sigma for the sum in quick notes, a
formula given as a codecogs image (GitHub READMEs and Quarto's gfm output write every formula so: the alt text and
title hold the LaTeX, the URL its percent-encoding). Page-specific: the [r, 0] note's NumPy entries after a LaTeX
subscript (one author's convention), Python lambdas as definitions.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch36_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_HELWICH = "https://github.com/hhelwich/neural-network (doc/notes.md, commit daac7e6)"
_TYLER = "https://github.com/tylermorganme/coursera_deep_learning_notes (week_2.md, commit 4e764a8)"
_TONKIC = ("https://github.com/Tonkic/tonkic-obsidian-vault"
           " (计算机/人工智能/名词解释/sigmoid.md, commit 2d4e5da)")
_NEURON = _STORED.format(16945346144, "A BASIC NEURON",
                         "a Python script of one sigmoid neuron learning y = 2x + 3, its early version")
_JOY = _STORED.format(19489250448, "#JOY - FLUSH THE MATH OUT WRITE DETAILED EQUATIONS HERE",
                      "a NumPy script of a ReLU-softmax network with its equations in comments")
_DUAN = _STORED.format(49304565123, "Review of backpropagation, Erika Duan, 2025-05-06",
                       "a Quarto notebook rendered to GitHub Markdown, its formulas as codecogs images")
_SIGL = _STORED.format(32699380114, "# Sigmoid层（Sigmoid Layer）", "a bilingual note on the sigmoid layer")
_RNOTE = _STORED.format(11713650869, "$$A_i[r, 0] = f(Z_i[r, 0])$$",
                        "a Markdown note of a network's equations with [r, 0] entries")
_AELF = "https://github.com/aelfimow/Deep-Learning-every-day (Tag077/README.md, commit dfc3ca6)"
_SVUPPER = "https://github.com/svupper/Neural-Network (NeuralNetwork.py, commit 058ab8d)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_IJ23 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JK22 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

# hhelwich's MSE over the two outputs, a_j the three inputs
_HSUM = "W1[{o},0]*x[0] + W1[{o},1]*x[1] + W1[{o},2]*x[2]"
_HMSE = "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2"
# the JOY script's dL/dz1[k] (ReLU hidden, softmax output, cross-entropy)
_JD1 = "(W2[0,{k}]*(a2[0] - t[0]) + W2[1,{k}]*(a2[1] - t[1]))*(z1[{k}] > 0)"
# the [r, 0] note: dC/dA_i[r] for i = 2 (the output) and i = 1 (through layer 2)
_RG = {2: "2*(a2[{r}] - y[{r}])",
       1: "(2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{r}] + 2*(a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{r}])"}
_IR = tuple({"i": i, "r": r, "p": i - 1, "g": _RG[i].format(r=r)} for i in (1, 2) for r in range(2))
_IRC = tuple({**values, "c": c} for values in _IR for c in range(2))
_R1 = tuple({"r": r, "g": _RG[1].format(r=r)} for r in range(2))
# svupper's tanh unit with the squared error
_SVD = "2*(a1[0] - y[0])*(1 - a1[0]**2)"

ENTRIES: list[Public] = [
    # ---- hhelwich's German notes (repository): $$ blocks, \Sigma_j for the sum, \varphi, \ldots, t_i the targets;
    # b_i the output on the first line but the sum inside \varphi(b_i) after it --------------------------------
    Public("hhw-neuron", _HELWICH, "b36_helwich", "b36_helwich", "$$b_i=\\varphi(\\Sigma_j w_{ij} a_j)$$", ((C,),),
           (Twin("value", "a1[{i}]", ("sigmoid(" + _HSUM.format(o="{i}") + ")",), _I2),), batch=36),
    Public("hhw-mse", _HELWICH, "b36_helwich", "b36_helwich",
           "  $$MSE=\\frac{1}{n}\\Sigma_{i=0}^{n-1}(t_i - \\varphi(b_i))^2$$\n"
           "  $$=\\frac{1}{n}(t_0 - \\varphi(w_{00}a_0 + w_{01}a_1+\\ldots))^2+\\frac{1}{n}(t_1 - \\varphi(w_{10}a_0"
           " + w_{11}a_1+\\ldots))^2+\\ldots$$ ", ((W, C),),
           (Twin("value", _HMSE, ("((y[0] - sigmoid(a1[0]))**2 + (y[1] - sigmoid(a1[1]))**2)/2",
                                  f"(y[0] - sigmoid({_HSUM.format(o=0)}))**2/2 + (y[1] - sigmoid({_HSUM.format(o=1)}))**2/2")),),
           batch=36, why="\\varphi(b_i) squashes the output b_i a second time (the page's b_i = \\varphi(...) above); "
                         "the expansion after = is right, the sums over three inputs and two outputs"),
    Public("hhw-grad", _HELWICH, "b36_helwich", "b36_helwich",
           "  $$\\frac{\\partial E}{\\partial w_{ij}}=\\frac{-2}{n}(t_i-b_i)\\varphi'(b_i)a_j$$", ((W,),),
           (Twin("gradient", "W1[{i},{j}]",
                 ("-2/2*(y[{i}] - a1[{i}])*sigmoid(a1[{i}])*(1 - sigmoid(a1[{i}]))*x[{j}]",), _IJ23),), batch=36,
           why="\\varphi'(b_i) at the output b_i: the derivative is \\varphi' at the sum, b_i (1 - b_i) for the sigmoid"),
    Public("hhw-ce", _HELWICH, "b36_helwich", "b36_helwich",
           "  $$CE=-\\frac{1}{n}\\Sigma_{i=0}^{n-1}(t_i\\ln(b_i)+(1-t_i)\\ln(1-b_i))$$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]) + y[1]*log(a1[1]) + (1 - y[1])*log(1 - a1[1]))/2",
                 ("-((y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])) + (y[1]*log(a1[1]) + (1 - y[1])*log(1 - a1[1])))/2",)),),
           batch=36, why="the cross-entropy as a value (the network's loss is the MSE)"),
    # ---- tylermorganme's notes on Ng's week 2 (repository): inline $...$ in bullet lines with their words,
    # w^\intercal, := updates with \frac{dJ(w,b)}{dw}; a code block with np.dot, .T, 1/m and -= ----------------
    Public("tyl-yhat", _TYLER, "b36_tyler", "b36_tyler",
           "- We use the predictive function $\\hat{y}=\\sigma(w^\\intercal x + b)$.", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=36),
    Public("tyl-sigma", _TYLER, "b36_tyler", "b36_tyler", "- $\\sigma(z)=\\frac{1}{1+e^{-z}}$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=36),
    Public("tyl-update-w", _TYLER, "b36_tyler", "b36_tyler",
           "  - $w:=w-\\alpha\\frac{dJ(w,b)}{dw}$ this might also sometimes be referred to at $dw$", ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=36, why="m = 1: J = L"),
    Public("tyl-update-b", _TYLER, "b36_tyler", "b36_tyler",
           "  - $b:=b-\\alpha\\frac{dJ(w,b)}{db}$ this might also sometimes be referred to at $db$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=36),
    Public("tyl-Z", _TYLER, "b36_tyler", "b36_tyler", "  Z = np.dot(w.T,X) + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=36),
    Public("tyl-dz", _TYLER, "b36_tyler", "b36_tyler", "  dz = A-Y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=36),
    Public("tyl-dw", _TYLER, "b36_tyler", "b36_tyler", "  dw = 1/m * np.dot(X, dz.T)", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K2),), batch=36),
    Public("tyl-w-update", _TYLER, "b36_tyler", "b36_tyler", "  w -= alpha*dw", ((C,),),
           (Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2),), batch=36),
    # ---- Tonkic's Obsidian note (repository): $$ on lines of their own, \sigma'(x), \cdot, \big( \big) ----------
    Public("tnk-sigma", _TONKIC, "b36_tonkic", "b36_tonkic", "$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=36),
    Public("tnk-prime", _TONKIC, "b36_tonkic", "b36_tonkic",
           "$$\n\\sigma'(x) = \\sigma(x) \\cdot \\big(1 - \\sigma(x)\\big)\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=36,
           why="the sigmoid's derivative at the unit's sum, a value"),
    Public("tnk-prime-exp", _TONKIC, "b36_tonkic", "b36_tonkic",
           "$$\n\\sigma'(x) = \\frac{e^{-x}}{(1 + e^{-x})^2}\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("exp(-z1[0])/(1 + exp(-z1[0]))**2",)),), batch=36),
    # ---- "A BASIC NEURON" (stored): a method's lines with their indentation, self.w, **; loss_grad with its sign
    # flipped and the += updates that follow from it -------------------------------------------------------------
    Public("neur-loss", _NEURON, "b36_neuron", "b36_neuron", "            loss = (y[i]-y_pred)**2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),), batch=36),
    Public("neur-loss-grad", _NEURON, "b36_neuron", "b36_neuron", "            loss_grad = 2*(y[i]-y_pred)", ((W,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(y[0] - a1[0])",)),), batch=36,
           why="under \"#loss gradient respects to y_pred\": dloss/dy_pred is -2(y - y_pred); the script's later "
               "version writes -2*(y[i]-y_pred)"),
    Public("neur-sigmoid-grad", _NEURON, "b36_neuron", "b36_neuron", "            sigmoid_grad = y_pred*(1-y_pred)",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=36),
    Public("neur-w-grad", _NEURON, "b36_neuron", "b36_neuron",
           "            self.w_grad = loss_grad*sigmoid_grad*z_grad_w", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=36,
           why="the chain rule in the names' meanings (loss_grad dloss/dy_pred, whatever the line computing it wrote)"),
    Public("neur-b-grad", _NEURON, "b36_neuron", "b36_neuron",
           "            self.b_grad = loss_grad*sigmoid_grad*z_grad_b", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*1",)),), batch=36),
    Public("neur-w-update", _NEURON, "b36_neuron", "b36_neuron", "            self.w += self.lr*self.w_grad", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",)),), batch=36,
           why="+= climbs the gradient the comments name; the script descends only because its loss_grad has the "
               "wrong sign (its later version writes -= and -2)"),
    Public("neur-b-update", _NEURON, "b36_neuron", "b36_neuron", "            self.b += self.lr*self.b_grad", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),), batch=36, why="as self.w's"),
    # ---- the JOY script (stored): comments with words around the equation (A2 for A1 in Z2's), NumPy's .dot, .T,
    # np.sum(..., axis=1, keepdims=True), (Z1 > 0) ------------------------------------------------------------------
    Public("joy-z1-comment", _JOY, "b36_joy", "b36_joy", "#     Therefore Z1 = W1 * A0 + B1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=36),
    Public("joy-z2-comment", _JOY, "b36_joy", "b36_joy",
           "#     Z1 goes into relu outcomes A1 which goes to Z2 = W2*A2 + b2", ((W,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a2[0] + W2[{j},1]*a2[1] + b2[{j}]",), _J2),), batch=36,
           why="A2 for A1: Z2 = W2 A1 + b2 (the code below writes W2.dot(A1) + b2)"),
    Public("joy-z2", _JOY, "b36_joy", "b36_joy", "    Z2 = W2.dot(A1) + b2", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}]",), _J2),), batch=36),
    Public("joy-a2", _JOY, "b36_joy", "b36_joy", "    A2 = softmax(Z2)", ((C,),),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[0]) + exp(z2[1]))",), _J2),), batch=36),
    Public("joy-dz2", _JOY, "b36_joy", "b36_joy", "    dZ2 = A2 - one_hot_Y", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J2),), batch=36),
    Public("joy-dw2", _JOY, "b36_joy", "b36_joy", "    dW2 = (1/m) * dZ2.dot(A1.T)", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", ("(a2[{j}] - t[{j}])*a1[{k}]",), _JK22),), batch=36, why="m = 1"),
    Public("joy-db2", _JOY, "b36_joy", "b36_joy", "    db2 = (1/m) * np.sum(dZ2, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[{j}]", ("a2[{j}] - t[{j}]",), _J2),), batch=36),
    Public("joy-dz1", _JOY, "b36_joy", "b36_joy", "    dZ1 = W2.T.dot(dZ2) * (Z1 > 0)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_JD1,), _K2),), batch=36),
    Public("joy-dw1", _JOY, "b36_joy", "b36_joy", "    dW1 = (1/m) * dZ1.dot(X.T)", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", (_JD1 + "*x[{i}]",),
                 tuple({"k": k, "i": i} for k in range(2) for i in range(2))),), batch=36),
    # ---- Erika Duan's review (stored): each formula a codecogs image, ![LaTeX](url "LaTeX"), in bullet lines;
    # \tfrac, \hat y without braces, \cdot; the notebook's Python lines with trailing spaces and comments -----------
    Public("duan-yhat", _DUAN, "b36_duan", "b36_duan",
           r'''![\hat y = \sigma(wx+b) = \tfrac{1}{1+e^{-(wx+b)}}](https://latex.codecogs.com/svg.latex?%5Chat%20y%20%3D%20%5Csigma%28wx%2Bb%29%20%3D%20%5Ctfrac%7B1%7D%7B1%2Be%5E%7B-%28wx%2Bb%29%7D%7D "\hat y = \sigma(wx+b) = \tfrac{1}{1+e^{-(wx+b)}}").''',
           ((C, C),), (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + b1[0])",
                                               "1/(1 + exp(-(W1[0,0]*x[0] + b1[0])))")),), batch=36,
           why="the line's image: its alt text, the URL's encoding of it and its title"),
    Public("duan-loss", _DUAN, "b36_duan", "b36_duan",
           r'''  ![L = \tfrac{1}{2} (\hat y - y)^2](https://latex.codecogs.com/svg.latex?L%20%3D%20%5Ctfrac%7B1%7D%7B2%7D%20%28%5Chat%20y%20-%20y%29%5E2 "L = \tfrac{1}{2} (\hat y - y)^2")  ''',
           ((C,),), (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),), batch=36),
    Public("duan-dL-dyhat", _DUAN, "b36_duan", "b36_duan",
           r'''  - ![\tfrac{dL}{d\hat y} = \hat y - y](https://latex.codecogs.com/svg.latex?%5Ctfrac%7BdL%7D%7Bd%5Chat%20y%7D%20%3D%20%5Chat%20y%20-%20y "\tfrac{dL}{d\hat y} = \hat y - y")  ''',
           ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=36, why="dL/dy-hat, a value"),
    Public("duan-dyhat-dz", _DUAN, "b36_duan", "b36_duan",
           r'''  - ![\tfrac{d\hat y}{dz} = \tfrac{e^{-z}}{(1+e^{-z})^2} = \sigma(z) \cdot (1 - \sigma(z))](https://latex.codecogs.com/svg.latex?%5Ctfrac%7Bd%5Chat%20y%7D%7Bdz%7D%20%3D%20%5Ctfrac%7Be%5E%7B-z%7D%7D%7B%281%2Be%5E%7B-z%7D%29%5E2%7D%20%3D%20%5Csigma%28z%29%20%5Ccdot%20%281%20-%20%5Csigma%28z%29%29 "\tfrac{d\hat y}{dz} = \tfrac{e^{-z}}{(1+e^{-z})^2} = \sigma(z) \cdot (1 - \sigma(z))")  ''',
           ((C, C),), (Twin("value", "a1[0]*(1 - a1[0])", ("exp(-z1[0])/(1 + exp(-z1[0]))**2",
                                                           "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),), batch=36),
    Public("duan-dL-dw", _DUAN, "b36_duan", "b36_duan",
           r'''  - ![\tfrac{dL}{dw} = \tfrac{dL}{d\hat y} \cdot \tfrac{d\hat y}{dz}   \cdot \tfrac{dz}{dw} = (\hat y - y) \cdot \sigma(z) \cdot (1- \sigma(z)) \cdot x](https://latex.codecogs.com/svg.latex?%5Ctfrac%7BdL%7D%7Bdw%7D%20%3D%20%5Ctfrac%7BdL%7D%7Bd%5Chat%20y%7D%20%5Ccdot%20%5Ctfrac%7Bd%5Chat%20y%7D%7Bdz%7D%20%20%20%5Ccdot%20%5Ctfrac%7Bdz%7D%7Bdw%7D%20%3D%20%28%5Chat%20y%20-%20y%29%20%5Ccdot%20%5Csigma%28z%29%20%5Ccdot%20%281-%20%5Csigma%28z%29%29%20%5Ccdot%20x "\tfrac{dL}{dw} = \tfrac{dL}{d\hat y} \cdot \tfrac{d\hat y}{dz}   \cdot \tfrac{dz}{dw} = (\hat y - y) \cdot \sigma(z) \cdot (1- \sigma(z)) \cdot x")  ''',
           ((C, C),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",
                                                    "(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))*x[0]")),),
           batch=36),
    Public("duan-dyhat-dz-code", _DUAN, "b36_duan", "b36_duan",
           "    dy_hat_dz = sigmoid(z) * (1 - sigmoid(z))              ", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=36),
    Public("duan-update", _DUAN, "b36_duan", "b36_duan", "    w = w - learning_rate * dL_dw", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=36),
    # ---- the bilingual sigmoid-layer note (stored): h(x), the layer's input A and output Z ----------------------
    Public("sigl-forward", _SIGL, "b36_sigl", "b36_sigl", "$$\nh(x) = \\frac{1}{1 + e^{-x}}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=36),
    Public("sigl-backward", _SIGL, "b36_sigl", "b36_sigl",
           "$$\n\\frac{\\partial L}{\\partial A} = \\frac{\\partial L}{\\partial Z} Z (1 - Z)\n$$", ((C,),),
           (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=36,
           why="dL/dA, A the layer's input: the delta"),
    # ---- the note of [r, 0] entries (stored): NumPy's entries of column vectors after a LaTeX subscript (the
    # layer i), A_{i-1} and A_{i+1}, \sum_k, \cdot on lines of their own, chains continued over $$ blocks that
    # start with =, \left[ \right], f^\prime; "A_{out}[r, o]" with o for 0 --------------------------------------------
    Public("rnote-a", _RNOTE, "b36_rnote", "b36_rnote", "$$A_i[r, 0] = f(Z_i[r, 0])$$", ((C,),),
           (Twin("value", "a{i}[{r}]", ("sigmoid(z{i}[{r}])",), _IR),), batch=36, why="a rule for both layers"),
    Public("rnote-z", _RNOTE, "b36_rnote", "b36_rnote",
           "$$Z_i[r, 0] = B_i[r, 0] + \\sum_k W_i[r, k]A_{i-1}[k, 0]$$", ((C,),),
           (Twin("value", "z{i}[{r}]", ("b{i}[{r}] + W{i}[{r},0]*a{p}[0] + W{i}[{r},1]*a{p}[1]",), _IR),), batch=36,
           why="A_0 the input"),
    Public("rnote-C", _RNOTE, "b36_rnote", "b36_rnote", "$$C = \\sum_r(A_{out}[r, o] - T[r, 0])^2$$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=36, why="o, a typo for 0 (every other entry of the page is [r, 0]): the sum the page means"),
    Public("rnote-dC-dA-out", _RNOTE, "b36_rnote", "b36_rnote",
           "$$\\frac{\\partial C}{\\partial A_{out}[r, 0]} = 2(A_{out}[r, 0] - T[r, 0])$$", ((C,),),
           (Twin("value", "2*(a2[{r}] - y[{r}])", ("2*(a2[{r}] - y[{r}])",), tuple({"r": r} for r in range(2))),),
           batch=36, why="dC/dA_out, a value"),
    Public("rnote-dC-dB", _RNOTE, "b36_rnote", "b36_rnote",
           "$$\\frac{\\partial C}{\\partial B_i[r, 0]}$$\n\n"
           "$$= \\frac{\\partial C}{\\partial A_i[r, 0]}\n\\cdot\n\\frac{\\partial A_i[r, 0]}{\\partial Z_i[r, 0]}\n\\cdot\n"
           "\\frac{\\partial Z_i[r, 0]}{\\partial B_i[r, 0]}$$\n\n"
           "$$= \\frac{\\partial C}{\\partial A_i[r, 0]}\n\\cdot\nf^\\prime(Z_i [r, 0])\n\\cdot\n1$$\n\n"
           "$$= \\frac{\\partial C}{\\partial A_i[r, 0]}\n\\cdot\nf^\\prime(Z_i [r, 0])$$", ((C, C, C),),
           (Twin("gradient", "b{i}[{r}]", ("{g}*a{i}[{r}]*(1 - a{i}[{r}])*1", "{g}*a{i}[{r}]*(1 - a{i}[{r}])*1",
                                            "{g}*a{i}[{r}]*(1 - a{i}[{r}])"), _IR),), batch=36,
           why="the left side in a block of its own, the chain in the blocks after it; a rule for both layers"),
    Public("rnote-dC-dW", _RNOTE, "b36_rnote", "b36_rnote",
           "$$\\frac{\\partial C}{\\partial W_i[r, c]}$$\n\n"
           "$$= \\frac{\\partial C}{\\partial A_i[r, 0]}\n\\cdot\n\\frac{\\partial A_i[r, 0]}{\\partial Z_i[r, 0]}\n\\cdot\n"
           "\\frac{\\partial Z_i[r, 0]}{\\partial W_i[r, c]}$$\n\n"
           "$$= \\frac{\\partial C}{\\partial A_i[r, 0]}\n\\cdot\nf^\\prime(Z_i [r, 0])\n\\cdot\nA_{i-1}[c, 0]$$", ((C, C),),
           (Twin("gradient", "W{i}[{r},{c}]", ("{g}*a{i}[{r}]*(1 - a{i}[{r}])*a{p}[{c}]",
                                                "{g}*a{i}[{r}]*(1 - a{i}[{r}])*a{p}[{c}]"), _IRC),), batch=36),
    Public("rnote-dC-dA", _RNOTE, "b36_rnote", "b36_rnote",
           "$$\\frac{\\partial C}{\\partial A_i[r, 0]}$$\n\n"
           "$$= \\sum_k\n\\left[\n\\frac{\\partial C}{\\partial A_{i+1}[k, 0]}\n\\cdot\n"
           "\\frac{\\partial A_{i+1}[k, 0]}{\\partial Z_{i+1}[k, 0]}\n\\cdot\n"
           "\\frac{\\partial Z_{i+1}[k, 0]}{\\partial A_i[r, 0]}\n\\right]$$\n\n\n"
           "$$= \\sum_k\n\\left[\n\\frac{\\partial C}{\\partial A_{i+1}[k, 0]}\n\\cdot\nf^\\prime (Z_{i+1}[k, 0])\n\\cdot\n"
           "W_{i+1}[k, r]\n\\right]$$", ((C, C),),
           (Twin("value", "{g}", ("{g}", "{g}"), _R1),), batch=36,
           why="dC/dA_i of a hidden layer (i = 1; A_2 is the output), a value"),
    # ---- aelfimow's notes (repository): a ```math block, \Delta w_{ji} with \cdot; the output neuron's delta
    # o_j (1 - o_j)(y_j - y-hat_j) is -dE/dz, so -\eta \delta_j o_i climbs -------------------------------------------
    Public("aelf-E", _AELF, "b36_aelf", "b36_aelf",
           "```math\nE = \\frac{1}{2} \\sum_{i=1}^{n} (y_{i} - \\hat{y}_{i})^2\n```", ((C,),),
           (Twin("value", "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", ("((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2",)),),
           batch=36),
    Public("aelf-dw", _AELF, "b36_aelf", "b36_aelf", "* $\\Delta w_{ji} = -\\eta \\cdot \\delta_{j} \\cdot o_{i}$", ((W,),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",
                 ("-eta*(a1[{j}]*(1 - a1[{j}])*(y[{j}] - a1[{j}]))*x[{i}]",), _JI22),), batch=36,
           why="the page's delta_j (\"Falls Output-Neuron: o_j (1 - o_j)(y_j - \\hat{y}_j)\") is -dE/dz_j: the step "
               "-\\eta \\delta_j o_i climbs E; it is +\\eta \\delta_j o_i with that delta"),
    # ---- svupper's script (repository): lambdas, Python's ^, math as m, X(i) and Y(1) called like MATLAB's
    # indexing, -= updates; the tanh written with - in its denominator ------------------------------------------------
    Public("svu-loss", _SVUPPER, "b36_svupper", "b36_svupper", "loss=lambda y,yd:(y-yd)^2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=36,
           why="^ the power, as the page means it (Python's ^ is the exclusive or)"),
    Public("svu-sig", _SVUPPER, "b36_svupper", "b36_svupper",
           "sig=lambda v:(m.exp(v)-m.exp(-v))/(m.exp(v)-m.exp(-v))", ((W,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) - exp(-z1[0]))",)),), batch=36,
           why="the denominator's - for +: the quotient is 1; tanh is (e^v - e^-v)/(e^v + e^-v)"),
    Public("svu-v", _SVUPPER, "b36_svupper", "b36_svupper", "    v=np.dot(X(i),W)+bias", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=36, why="X(i) the sample"),
    Public("svu-y", _SVUPPER, "b36_svupper", "b36_svupper", "    y=sig(v)", ((C,),),
           (Twin("value", "a1[0]", ("tanh(z1[0])",)),), batch=36, why="sig the tanh the page means"),
    Public("svu-W", _SVUPPER, "b36_svupper", "b36_svupper", "    W-=labda*dl*X(i)", ((C,),),
           (Twin("update", "W1[0,{k}]", (f"W1[0,{{k}}] - eta*{_SVD}*x[{{k}}]",), _K2),), batch=36,
           why="dl named dloss/dv (the line computing it is not taken: its sigp has no name under the spec)"),
    Public("svu-bias", _SVUPPER, "b36_svupper", "b36_svupper", "    bias-=labda*dl", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_SVD}",)),), batch=36),
]
