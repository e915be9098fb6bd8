r"""Batch 168 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on blog posts and notes
kept in repositories: Jekyll _posts, a digital garden, an Anki deck, course notes, project logs, deriving
backpropagation with $$ LaTeX and small worked examples in several human languages, with the code beside them; every
address a stored file whose repository the index does not name): an Anki card on a computational graph (stored file
14967137298: \( \) delimiters, CSC321's bars, \bar{z}=\bar{y} \sigma^{\prime}(z)), a Chinese Jekyll post on a
three-layer network (stored file 17803359553: chains of partials, primes on the hidden layer's names w_{ij}', s_j',
\sum_{k=1}^p, a multi-layer recursion over t with m_{t+1}), a Chinese Jekyll post in Ng's cs294a notation (stored file
17053202308: aligned updates with & and \alpha, \frac{\partial }{\partial W_{ij}^l} J(W, b), a \\( \\) definition
inside a Chinese sentence), a German NanoNeuron project log (stored file 5831948887: NumPy's @ and np.outer, -=
updates with self.learning_rate, a loop version self.W2[i][j] -= ...), a Spanish SGDM worked solution (stored file
60419886416: $$ displays with spaces, \mathbf results, "Nuevo Peso: $w_{11}^{(2)+} = ...$"), a digital garden's
sample-exam solution (stored file 70509587404: indented $$ displays, W_{H1-O1}-style names with a hyphen, - $...$
updates whose left side is the weight after the step), a German (translated) Jekyll post on Nielsen's algorithm
(stored file 38258338003: quoted lines with two $$ formulas, l=L−1,L−2,…,2 with Unicode minus and ellipsis, network.py's
nabla_w[-1] = np.dot(delta, activations[-2].transpose())) and a course-notes page on training MLPs (stored file
61470101752: $ formulas in "*   " list items, w_{h1,1} with a comma, "So, $\delta_{o1} = ...$").
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; a $$ display's
line taken alone where the display spans lines, its trailing \\ kept), each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: the pages' deltas
as dE/dz, "\\delta_{o1}" = "grad(z2[0])"; units counted from 1 where the page counts them so (the Chinese posts'
j = 1, 2, ..., m and their sums from k=1); the Chinese post's w_{jk} from hidden j to output k and w_{ij}' from input
i to hidden j, t = 1 hidden layer, m_{t+1} = 2 outputs, p = 2; the cs294a post's W_{ij}^l from unit i of layer l to
unit j of layer l+1 (input-first, as its derivation's sums take it, though it writes z^{l+1} = W^l a^l), n_l = 3;
Nielsen's layers counted from the input's 1, L = 3; the Spanish page's w^{(l)+} the weight after the step, new(...);
the exam page's W_{Xi-Hj}, W_{Hj-Ok} the weights before the step), a network of the kind the page describes (with the
page's numbers where it gives them: the Spanish x = [0.35, 0.8], t = [0.5, 0.5], eta = 0.2 and its eight weights;
the exam's X = [2, 4], T = [0, 1], eta = 0.1 and its twelve weights, W_{X2-H3} = 0.2 as the page corrects its
diagram; NanoNeuron's recommended learning_rate 0.25; 0.1 where no rate is given; all in
tests/public_formulas_batch168_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A page's delta (delta_k, delta_j',
delta_{o1}, delta_{H1}, delta_j^l, delta_i^{n_l}) and a derivative by an output (\bar{y}, dL/d\hat{y}_1) are twinned
as values, as in batches 14 to 166.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 168

The batch: 51 formulas from 8 addresses (the Anki card 4, the Chinese three-layer post 8, the cs294a post 5, the
NanoNeuron log 7, the Spanish solution 7, the exam solution 8, the Nielsen post 6, the course-notes page 6). 42 are
LaTeX in documents (lines of $$ displays 12, whole $$ displays on their line or inline in it 14, $ or \( \)
inline 16), 9
in code (Python/NumPy). By kind: 19 deltas and derivatives by outputs (values), 5 gradients of sums, 11 weight
gradients, 4 bias gradients, 12 updates (3 with rates by name, 5 with self.learning_rate, 4 worked in numbers); 13
carry worked numbers.

4 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Chinese three-layer post's zh-td, \delta_j^t= \sum_{k=1}^{m_{t+1}} \delta_k^{t+1} w_{jk}^{t+1}f(s_j^t): f(s_j^t),
  the activation, where its own two-layer delta_j' has the slope f'(s_j') (the general formula after it repeats it);
- the cs294a post's ng-d, \delta_j^l = \sum_{k=1}\delta_{k}^{l+1} W_{jk}^l f'(a_j^l): the slope taken at the unit's
  output a_j^l, where it is f'(z_j^l) (its derivation writes f'(a_j^{n_l-1}) the same way);
- the exam solution's ex-u11, W_{H1-O1} = 0.5 - (0.1 \cdot 0.1297 \cdot 0.6900) = 0.5 - 0.0089 = 0.4911: its middle
  member's 0.0089, the step 0.1 x 0.12972 x 0.68997 = 0.0089501, is 0.0090 to its four decimals (the page's
  rounded 0.1297 x 0.6900 = 0.0089493 rounds down: a rounding carried from rounded operands; 0.4911 is right);
- the exam solution's ex-u32, W_{X2-H3} = 0.2 - (0.1 \cdot 0.0069 \cdot 4) = 0.2 - 0.0028 = 0.1972: the step
  0.1 x 0.0068659 x 4 = 0.0027463 is 0.0027 to four decimals (0.0028 from the rounded 0.0069; 0.1972 is right).
The last two were first transcribed all correct; the oracle's first run found the middle members wrong by the numbers'
rule (tests/number_oracle.py: a number standing for a subtree is judged against the subtree's exact value), which the
arithmetic above confirms, so their expectations were corrected to (C, W, C) before any check was run.

Not mistaken, though they look it: the cs294a post's updates with J(W, b), its overall cost with a weight decay, on a
network with none (lambda = 0, one sample: its own derivation drops the decay the same way); its z^{l+1} = W^l a^l + b^l
(output-first) beside derivations that index W_{ij}^l input-first (the notation follows the derivations the taken
formulas are); the exam page's delta_{H1} with the weights before the step (the page says it uses the original
weights, as it should); the Spanish page's SGDM step, whose first step (v_0 = 0) is plain gradient descent's.

What was left out: the Anki card's forward pass (definitions); the Chinese three-layer post's forward sums, the chain
rule's general statement (a typo, \frac{\partial n}{\partial y} for \partial x), dE/ds_j' = \sum_k ... (a Jacobian
member), dE/dw_ij' = delta_j' x_i (a display's first line, the second taken), its general formulas over i (their
h_j^t where h_j^{i-1} is meant, and the update \bar{w_{jk}^i} = ... - \alpha \delta_k^i h_j^i with the same slip:
written in a layer letter i that is also the page's unit letter, which no notation can give both meanings); the
cs294a post's forward pass, its costs, its derivations over n_l-1 and n_l-2 (chains with f'(a_j^{n_l-1}), the
same slip as ng-d) and \frac J{W_{ij}^l}; NanoNeuron's forward pass, sigmoid and predict; the Spanish page's forward
pass, its generic Ecuación lines (\delta = (out - target) ...), the gradients and velocities written without a left
side ("Gradiente = ...", "Velocidad ($v$) = ..."), the summary table; the exam page's forward pass, its generic
formula lines (W_{new} = W_{old} - \eta \cdot (Output - Target) ..., and \delta_H = (\sum \delta_O \cdot W_{new}) ...,
which names the updated weights where the page uses the original ones: generic names no notation binds to one unit),
its other updates and deltas (same constructs), and its non-network questions; the Nielsen post's numbered list (the
same formulas as its quoted lines), its eqnarray update over w_k and b_l, its code lines delta = ... (a name
reassigned in the loop); the course-notes page's general section (L both the loss and the last layer), its forward
pass and dL/db_1. Pages read and not taken: a Jekyll post "How Does the Backpropagation Work (I)" (stored file
46584593890: a 2-4-4-3 network with F any activation, its equations inside align blocks with \text{Equation n: }
labels and $$ matrices; time), a copy of a Chinese Typora note already used (stored file 19149433354's other
version 19038989065), another copy of the Anki card (stored file 15233782214), a worked Mazur example already used
(stored file 71383142919).

Collected on 2026-12-07 (20:54 to 21:03 by the machine's clock, the oracle's runs included). Every notation was
loaded (backprop.symbolic.notation_loading.load_notation, each with its network) before the oracle's run, without
judging a formula: all loaded after one fix of the tables (the Spanish and exam pages' [data] written as lists of
samples); the Chinese posts' notations were then rewritten to count units from 1 as the pages do, before any run.
The oracle's first run passed every verdict but ex-u11's and ex-u32's middle members (above).

Run blind at main 2ed9ce7 (/work/READY_FOR_BLIND63; src/ as at 2ed9ce7, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run: 44 of 51 read with every verdict right (86%), 5
refused, 2 misread, no typo (none in the batch), no crash, NO WRONG FORMULA CALLED CORRECT. The two misreadings were
this batch's own twin slips: zh-w2 and zh-w1c, A = B = C, transcribed with three members where they have two (the
left side is no member); their expectations and twins were corrected to two members (the oracle passing them) and
the batch run once more (/work/batch168_blind.txt): 46 of 51 read with every verdict right (90%), 5 refused, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py -k "b168-" passed after
the rebase, check's never-wrong-called-correct test included.

Of the 4 mistaken formulas, 2 were read with their wrong member called wrong: zh-td (f(s_j^t) for the slope) and ng-d
(f'(a_j^l) for f'(z_j^l)); ex-u11 and ex-u32 (the rounded middle members) were refused. By page (second run): the
Anki card 4 of 4, the Chinese three-layer post 8 of 8 (6 of 8 in the first run), the cs294a post 4 of 5, the
NanoNeuron log 7 of 7, the Spanish solution 7 of 7, the exam solution 5 of 8, the Nielsen post 5 of 6, the
course-notes page 6 of 6.

The refusals by construct, with the exact message:

- a number symbol as a layer's superscript (ng-dn, the cs294a post's \\(\delta_{i}^{n_l}=...\\) with "n_{l}" = "3"
  in the notation): "formula "\\delta_{i}^{n_l}=(a_i^{n_l} - y^{(i)})f'(z_i^{n_l})": \delta_{i}^{n_l} matches none of
  the notation's patterns for \delta ('\\delta_{j}^{l}')" (the pattern's l matches a whole number only, and n_l is
  not substituted by its value there; the notation could have named \delta_{i}^{n_{l}} itself, as this batch's
  Nielsen notation names \delta^{L}: left as written, a teacher's natural notation);
- an update whose left side is the weight's own name, worked in numbers (ex-u11, ex-u12, ex-u32, the exam page's
  "- $W_{H1-O1} = 0.5 - (...) = ... = 0.4911$"): "formula 'W_{H1-O1} = 0.5 - (0.1 \\cdot 0.1297 \\cdot 0.6900) = 0.5
  -...': '0.5 - (0.1 \\cdot 0.1297 \\cdot 0.6900)' is not W_{H1-O1}'s value in the file but its value after one step
  of the update (learning rate 0.1): W_{H1-O1} = ... states the value now; for the new value write W_{H1-O1}^{new} =
  ... or W_{H1-O1} \leftarrow ..." (and the same for W_{H1-O2} and W_{X2-H3}): the reader recognises the step and
  refuses the page's = for it, where the page's "Update the Output Layer Weights" heading and W_new = W_old - ... rule
  say which is meant;
- a prose equation before the $$ formula on its line (dn-dr, "> Fehler rückpropagieren: Für jedes l=L−1,L−2,…,2,
  berechne $$\delta^{l} = ...$$"): "formula 'L-2, \\ldots ,2, berechne \\delta^{l} = ((w^{l+1})^T \\delta...':
  unexpected at ',' (position 4); a comma after a member is no product: write \cdot (or \,) for one, or give a second
  claim its own left side (A = B, \quad C = D)" (the reader took the prose's l=L−1,L−2,…,2, berechne as part of the
  formula, though the line's $$ delimit it; the Ausgabefehler line, with $$\delta^{L}$$ before the formula, was read).

Which look general: the update written with = and the parameter's own name on a page of worked numbers (exam and
homework solutions write it so constantly; the heading or a W_new rule nearby says it is the step); the $$-delimited
formula after a prose "l=..." on the same line (Nielsen's algorithm is quoted this way in many posts); a number
symbol (n_l, L) in a superscript, less so (a notation can name the patterns).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch168_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_AK = _STORED.format(14967137298, "## Note",
                     "an Anki card in Markdown on a computational graph's backward pass (CSC321's error signals, "
                     "\\bar{z} = \\bar{y} \\sigma'(z)), in \\( \\) delimiters")
_ZH = _STORED.format(17803359553, "---",
                     "a Chinese Jekyll post, 反向传播算法 (2018-03-01): a three-layer network's derivation in $$ "
                     "displays, delta_k and delta_j', then a multi-layer recursion and the update")
_NG = _STORED.format(17053202308, "---",
                     "a Chinese Jekyll post, 反向传播算法 (2019-04-26), in Andrew Ng's cs294a notation: aligned "
                     "updates with \\alpha, dJ/dW_{ij}^l = delta_j^{l+1} a_i^l")
_DE = _STORED.format(5831948887, "# NanoNeuron - Projektprotokoll",
                     "a German project log of a NumPy MNIST network (NanoNeuron): its train method with comments in "
                     "German and the loop version without NumPy")
_ES = _STORED.format(60419886416, "# Solución Paso a Paso: Problema de Redes Neuronales con SGDM",
                     "a Spanish step-by-step solution of one SGDM step on a 2-2-2 network: $$ displays and worked "
                     "numbers with \\mathbf results")
_EX = _STORED.format(70509587404, "---",
                     "a digital garden's sample-exam solution (dg-publish): a 2-3-2 sigmoid network worked by hand, "
                     "$$ displays indented in list items, updates with W_{H1-O1} names")
_DN = _STORED.format(38258338003, "---",
                     "a German Jekyll post (translated), Wie neuronale Netzwerke funktionieren: Nielsen's algorithm "
                     "in $$ inline formulas with his network.py's code beside it")
_ML = _STORED.format(61470101752, "---",
                     "a course-notes page in Markdown, Training MLPs with Backpropagation (Deep Learning, Module 1): a "
                     "1-1-1 sigmoid example's backward pass in $ formulas in list items")

_I2 = tuple({"i": i} for i in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2J4 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_I2J4 = tuple({"i": i, "j": j} for i in range(2) for j in range(4))

# every sigmoid network of this batch under half the squared error: dE/dz2[k], and dE/dz1[j] for two outputs
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
       "*a1[{j}]*(1 - a1[{j}])")
_SUM2 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"

# the course-notes page's 1-1-1 sigmoid network: dL/dz_{o1}, dL/dz_{h1}
_ML_O = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ML_H = f"{_ML_O}*W2[0,0]*a1[0]*(1 - a1[0])"

# the Anki card's one sigmoid neuron: dL/dz
_AK_D = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

# the cs294a post and the Nielsen post (2-3-2 with biases): every weight's and bias's gradient, and every
# weight's step at rate eta
_ALL_W = (tuple({"p": f"W2[{k},{j}]", "m": f"{_D2.format(k=k)}*a1[{j}]"} for k in range(2) for j in range(3))
          + tuple({"p": f"W1[{j},{i}]", "m": f"{_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2)))
_ALL_B = (tuple({"p": f"b2[{k}]", "m": _D2.format(k=k)} for k in range(2))
          + tuple({"p": f"b1[{j}]", "m": _D1.format(j=j)} for j in range(3)))
_UP_W = tuple({"p": d["p"], "m": f"{d['p']} - eta*{d['m']}"} for d in _ALL_W)
_UP_B = tuple({"p": d["p"], "m": f"{d['p']} - eta*{d['m']}"} for d in _ALL_B)

# the Spanish and exam pages' deltas at their numbers (one sample each, no biases)
_O = {k: _D2.format(k=k) for k in range(3)}
_H = {j: _D1.format(j=j) for j in range(3)}


ENTRIES = [
    # ---- the Anki card (\( \) delimiters, the card's backward pass, the first line after a closing </div>) -------
    Public("c168-ak-y", _AK, "b168_ak", "b168_ak", "</div>\\(\\bar{y}=y-t\\)", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=168,
           why="the loss's derivative by the output y, a value (L = 1/2 (y - t)^2)"),
    Public("c168-ak-z", _AK, "b168_ak", "b168_ak", "\\(\\bar{z}=\\bar{y} \\sigma^{\\prime}(z)\\)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_AK_D,)),), batch=168, why="\\sigma^{\\prime} the sigmoid's slope"),
    Public("c168-ak-w", _AK, "b168_ak", "b168_ak", "\\(\\bar{w}=\\bar{z} x\\)", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_AK_D}*x[0]",)),), batch=168),
    Public("c168-ak-b", _AK, "b168_ak", "b168_ak", "\\(\\bar{b}=\\bar{z}\\)", ((C,),),
           (Twin("gradient", "b1[0]", (_AK_D,)),), batch=168),
    # ---- the Chinese post on a three-layer network (the lines of $$ displays): chains of partials, sums to p,
    # primes on the hidden layer's names, a recursion written with f where f' is meant ----------------------------
    Public("c168-zh-w2", _ZH, "b168_zh", "b168_zh",
           "\\frac{\\partial E}{\\partial w_{jk}} = \\frac{\\partial E}{\\partial y_k}\\frac{\\partial y_k}{\\partial s_k}"
           "\\frac{\\partial s_k}{\\partial w_{jk}} = (y_k-\\hat y_k)f'(s_k)h_j", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",) * 2, _K2J3),), batch=168,
           why="the chain of three partials and its value; \\hat y_k the target (E = 1/2 sum (y_k - \\hat y_k)^2)"),
    Public("c168-zh-w1c", _ZH, "b168_zh", "b168_zh",
           "\\frac{\\partial E}{\\partial w_{ij}'} = \\frac{\\partial E}{\\partial s_j'}\\frac{\\partial s_j'}"
           "{\\partial w_{ij}'} =  \\frac{\\partial E}{\\partial s_j'}x_i", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_D1}*x[{{i}}]",) * 2, _J3I2),), batch=168,
           why="w_{ij}' the weight from input i to hidden j, s_j' the hidden sum"),
    Public("c168-zh-w1", _ZH, "b168_zh", "b168_zh",
           "\\frac{\\partial E}{\\partial w_{ij}'}=\\sum_{k=1}^p (y_k-\\hat y_k)f'(s_k) w_{jk} f'(s_j') x_i", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_D1}*x[{{i}}]",), _J3I2),), batch=168,
           why="p the number of outputs"),
    Public("c168-zh-dk", _ZH, "b168_zh", "b168_zh", "\\delta_k = (y_k-\\hat y_k)f'(s_k)\\\\", ((C,),),
           (Twin("value", _D2, (_D2,), _K2),), batch=168,
           why="the page's definition of delta_k (dE/ds_k), a value; the display's first line, ending in \\\\"),
    Public("c168-zh-dj", _ZH, "b168_zh", "b168_zh", "\\delta_j' = \\sum_{k=1}^p \\delta_k w_{jk}f'(s_j')", ((C,),),
           (Twin("value", _D1, (_D1,), _J3),), batch=168, why="the definition of delta_j' (dE/ds_j'), a value"),
    Public("c168-zh-gk", _ZH, "b168_zh", "b168_zh", "\\frac{\\partial E}{\\partial w_{jk}} = \\delta_k h_j", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _K2J3),), batch=168),
    Public("c168-zh-tw", _ZH, "b168_zh", "b168_zh",
           "\\frac{\\partial E}{\\partial w_{jk}^{t+1}}  = (y_k-\\hat y_k)f'(s_k^{t+1})h_j^t", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _K2J3),), batch=168,
           why="the multi-layer part's notation: t hidden layers (one here), w^{t+1} the last layer's weights"),
    Public("c168-zh-td", _ZH, "b168_zh", "b168_zh",
           "\\delta_j^t= \\sum_{k=1}^{m_{t+1}} \\delta_k^{t+1} w_{jk}^{t+1}f(s_j^t)", ((W,),),
           (Twin("value", _D1, (f"{_SUM2}*sigmoid(z1[{{j}}])",), _J3),), batch=168,
           why="f(s_j^t) where the two-layer part's delta_j' has f'(s_j'): the activation in place of its slope "
               "(the page's slip, repeated in its general formula); m_{t+1} the outputs' number"),
    # ---- the cs294a post (lines of $$ displays, an aligned block's & and \\, a \\( \\) definition in a Chinese
    # sentence): updates with \alpha, the gradient rule and a recursion with f'(a_j^l) where f'(z_j^l) is meant --
    Public("c168-ng-wup", _NG, "b168_ng", "b168_ng",
           "W_{ij}^l &= W_{ij}^l - \\alpha \\frac{\\partial }{\\partial W_{ij}^l} J(W, b)\\\\", ((C,),),
           (Twin("update", "{p}", ("{m}",), _UP_W),), batch=168,
           why="every weight of both layers; J(W, b) with the weight decay lambda = 0 and one sample (the network "
               "has no decay: the page's own derivation leaves it out too)"),
    Public("c168-ng-bup", _NG, "b168_ng", "b168_ng",
           " b_i^l &= b_{i}^l - \\alpha \\frac{\\partial }{\\partial b_i^l} J(W, b) ", ((C,),),
           (Twin("update", "{p}", ("{m}",), _UP_B),), batch=168, why="b_i^l the bias of unit i of layer l+1"),
    Public("c168-ng-dw", _NG, "b168_ng", "b168_ng", "\\frac{\\partial J}{\\partial W_{ij}^l} = \\delta_{j}^{l+1}a_i^l",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _ALL_W),), batch=168,
           why="l = 1, 2: W_{ij}^l joins unit i of layer l to unit j of layer l+1 (a^1 = x)"),
    Public("c168-ng-d", _NG, "b168_ng", "b168_ng",
           "\\delta_j^l = \\sum_{k=1}\\delta_{k}^{l+1} W_{jk}^l f'(a_j^l)", ((W,),),
           (Twin("value", _D1, (f"{_SUM2}*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))",), _J3),), batch=168,
           why="l = 2, the hidden layer: f'(a_j^l), the slope taken at the unit's output where it is f'(z_j^l) "
               "(the page's slip, as in its derivation's f'(a_j^{n_l-1})); the sum with no upper bound"),
    Public("c168-ng-dn", _NG, "b168_ng", "b168_ng",
           "4\u3001 \u5b9a\u4e49\\\\(\\delta_{i}^{n_l}=(a_i^{n_l} - y^{(i)})f'(z_i^{n_l})\\\\)\uff0c \u90a3\u4e48",
           ((C,),),
           (Twin("value", _D2.replace("{k}", "{i}"), (_D2.replace("{k}", "{i}"),), _I2),), batch=168,
           why="the output delta's definition (n_l = 3 the output layer), a value; \\\\( \\\\) the Markdown-escaped "
               "MathJax delimiters, in a Chinese sentence (4、 定义 ...， 那么)"),
    # ---- the NanoNeuron log's train method (four-space indentation in a ```python block) and the loop version ---
    Public("c168-de-eo", _DE, "b168_de", "b168_de",
           "    error_out = (o - y) * o * (1 - o)  # Gradient der Sigmoid-Funktion", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),), batch=168,
           why="half the squared error through the sigmoid outputs; the comment in German"),
    Public("c168-de-eh", _DE, "b168_de", "b168_de", "    error_hidden = (self.W2.T @ error_out) * h * (1 - h)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_D1,), _J4),), batch=168),
    Public("c168-de-w2", _DE, "b168_de", "b168_de", "    self.W2 -= self.learning_rate * np.outer(error_out, h)",
           ((C,),), (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J4),), batch=168,
           why="np.outer of two columns, W2 output-first"),
    Public("c168-de-b2", _DE, "b168_de", "b168_de", "    self.b2 -= self.learning_rate * error_out", ((C,),),
           (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2),), batch=168),
    Public("c168-de-w1", _DE, "b168_de", "b168_de", "    self.W1 -= self.learning_rate * np.outer(error_hidden, x)",
           ((C,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_D1}*x[{{i}}]",), _J4I3),), batch=168),
    Public("c168-de-b1", _DE, "b168_de", "b168_de", "    self.b1 -= self.learning_rate * error_hidden", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_D1}",), _J4),), batch=168),
    Public("c168-de-lp", _DE, "b168_de", "b168_de",
           "        self.W2[i][j] -= self.learning_rate * error_out[i] * h[j]", ((C,),),
           (Twin("update", "W2[{i},{j}]", (f"W2[{{i}},{{j}}] - eta*{_D2.replace('{k}', '{i}')}*a1[{{j}}]",), _I2J4),),
           batch=168, why="the loop version without NumPy (eight-space indentation): i the output unit, j the hidden"),
    # ---- the Spanish SGDM solution ($$ displays with spaces inside, \mathbf results, list items with Nuevo Peso) ---
    Public("c168-es-o1", _ES, "b168_es", "b168_es",
           "$$ \\delta_{o1} = (0.5731 - 0.5) \\cdot 0.5731(1 - 0.5731) \\approx \\mathbf{0.0179} $$", ((C, C),),
           (Twin("value", _O[0], ("=(0.5731 - 0.5)*0.5731*(1 - 0.5731)", "=0.0179")),), batch=168,
           why="delta_{o1} = dE/dnet_{o1} at the page's numbers (out_{o1} = 0.5731), a value"),
    Public("c168-es-o2", _ES, "b168_es", "b168_es",
           "$$ \\delta_{o2} = (0.6548 - 0.5) \\cdot 0.6548(1 - 0.6548) \\approx \\mathbf{0.0350} $$", ((C, C),),
           (Twin("value", _O[1], ("=(0.6548 - 0.5)*0.6548*(1 - 0.6548)", "=0.0350")),), batch=168),
    Public("c168-es-h1", _ES, "b168_es", "b168_es",
           "$$ \\delta_{h1} = [(0.0179)(0.3) + (0.0350)(0.1)] \\cdot 0.5486(1 - 0.5486) $$", ((C,),),
           (Twin("value", _H[0], ("=(0.0179*0.3 + 0.0350*0.1)*0.5486*(1 - 0.5486)",)),), batch=168,
           why="w_{11}^{(2)} = 0.3 and w_{12}^{(2)} = 0.1 the weights from h_1; square brackets as a parenthesis"),
    Public("c168-es-h1b", _ES, "b168_es", "b168_es",
           "$$ \\delta_{h1} \\approx 0.00887 \\cdot 0.2476 \\approx \\mathbf{0.0022} $$", ((C, C),),
           (Twin("value", _H[0], ("=0.00887*0.2476", "=0.0022")),), batch=168),
    Public("c168-es-h2b", _ES, "b168_es", "b168_es",
           "$$ \\delta_{h2} \\approx 0.03508 \\cdot 0.2274 \\approx \\mathbf{0.0080} $$", ((C, C),),
           (Twin("value", _H[1], ("=0.03508*0.2274", "=0.0080")),), batch=168),
    Public("c168-es-w2", _ES, "b168_es", "b168_es",
           "*   Nuevo Peso: $w_{11}^{(2)+} = 0.3 - 0.00196 = \\mathbf{0.2980}$", ((C, C),),
           (Twin("update", "W2[0,0]", ("=0.3 - 0.00196", "=0.2980")),), batch=168,
           why="the weight after the step (the + superscript), eta = 0.2 (the momentum's first step, v_0 = 0)"),
    Public("c168-es-w1", _ES, "b168_es", "b168_es",
           "*   Nuevo Peso: $w_{22}^{(1)+} = 0.6 - 0.00128 = \\mathbf{0.5987}$", ((C, C),),
           (Twin("update", "W1[1,1]", ("=0.6 - 0.00128", "=0.5987")),), batch=168,
           why="w_{22}^{(1)} from x_2 to h_2"),
    # ---- the exam solution (four-space-indented $$ displays in list items, - $...$ update lines) ----------------
    Public("c168-ex-o1", _EX, "b168_ex", "b168_ex",
           "    $$\\delta_{O1} = (O_1 - T_1) \\cdot O_1 \\cdot (1 - O_1)$$", ((C,),),
           (Twin("value", _O[0], (_O[0],)),), batch=168, why="delta_{O1} = dE/dZ_{O1}, a value"),
    Public("c168-ex-o1n", _EX, "b168_ex", "b168_ex",
           "    $$\\delta_{O1} = 0.7945 \\cdot 0.7945 \\cdot 0.2055 \\approx \\mathbf{0.1297}$$", ((C, C),),
           (Twin("value", _O[0], ("=0.7945*0.7945*0.2055", "=0.1297")),), batch=168),
    Public("c168-ex-o2n", _EX, "b168_ex", "b168_ex",
           "    $$\\delta_{O2} = (-0.3356) \\cdot 0.6644 \\cdot 0.3356 \\approx \\mathbf{-0.0748}$$", ((C, C),),
           (Twin("value", _O[1], ("=(-0.3356)*0.6644*0.3356", "=-0.0748")),), batch=168,
           why="T_2 = 1: O_2 - T_2 = -0.3356"),
    Public("c168-ex-u11", _EX, "b168_ex", "b168_ex",
           "- $W_{H1-O1} = 0.5 - (0.1 \\cdot 0.1297 \\cdot 0.6900) = 0.5 - 0.0089 = \\mathbf{0.4911}$", ((C, W, C),),
           (Twin("update", "W2[0,0]", ("=0.5 - 0.1*0.1297*0.6900", "=0.5 - 0.0089", "=0.4911")),), batch=168,
           why="the left side the weight after the step (the page's Step 2, W_new = W_old - eta delta_O H); the middle "
               "member's 0.0089 is wrong by the numbers' rule: the step is 0.1 x 0.12972 x 0.68997 = 0.0089501, "
               "0.0090 to four decimals (the page's 0.1297 x 0.6900 = 0.0089493 rounds down: a rounding carried "
               "from rounded operands); 0.4911 is right"),
    Public("c168-ex-u12", _EX, "b168_ex", "b168_ex",
           "- $W_{H1-O2} = 0.3 - (0.1 \\cdot -0.0748 \\cdot 0.6900) = 0.3 + 0.0052 = \\mathbf{0.3052}$", ((C, C, C),),
           (Twin("update", "W2[1,0]", ("=0.3 - 0.1*(-0.0748)*0.6900", "=0.3 + 0.0052", "=0.3052")),), batch=168,
           why="\\cdot -0.0748: a product by a negative number without parentheses"),
    Public("c168-ex-h1", _EX, "b168_ex", "b168_ex",
           "    $$\\delta_{H1} = (\\delta_{O1} \\cdot W_{H1-O1} + \\delta_{O2} \\cdot W_{H1-O2}) \\cdot H_1 \\cdot (1 - H_1)$$",
           ((C,),), (Twin("value", _H[0], (_H[0],)),), batch=168,
           why="W_{H1-O1}, W_{H1-O2} the weights before the step (the page: the original weights)"),
    Public("c168-ex-h1n", _EX, "b168_ex", "b168_ex",
           "    $$\\delta_{H1} = (0.06485 - 0.02244) \\cdot 0.2139 = 0.04241 \\cdot 0.2139 \\approx \\mathbf{0.0091}$$",
           ((C, C, C),), (Twin("value", _H[0], ("=(0.06485 - 0.02244)*0.2139", "=0.04241*0.2139", "=0.0091")),),
           batch=168),
    Public("c168-ex-u32", _EX, "b168_ex", "b168_ex",
           "- $W_{X2-H3} = 0.2 - (0.1 \\cdot 0.0069 \\cdot 4) = 0.2 - 0.0028 = \\mathbf{0.1972}$ _(Using the assumed "
           "correction from earlier that the bottom-most arrow is $W_{X2-H3}$)_", ((C, W, C),),
           (Twin("update", "W1[2,1]", ("=0.2 - 0.1*0.0069*4", "=0.2 - 0.0028", "=0.1972")),), batch=168,
           why="delta_{H3} = 0.0069, X_2 = 4; an italic remark with a second $...$ after the formula; the middle "
               "member's 0.0028 is wrong by the numbers' rule: the step is 0.1 x 0.0068659 x 4 = 0.0027463, 0.0027 "
               "to four decimals (0.0028 from the rounded 0.0069: a rounding carried); 0.1972 is right (0.19725)"),
    # ---- the German Nielsen post (quoted lines with $$ inline formulas, a Unicode minus and ellipsis) and the
    # network.py lines beside them (eight-space indentation) ---------------------------------------------------------
    Public("c168-dn-dl", _DN, "b168_dn", "b168_dn",
           "> Ausgabefehler $$\\delta^{L}$$: Berechne den Vektor $$\\delta^{L} = \\nabla_a C \\odot \\sigma'(z^L)$$",
           ((C,),), (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),), batch=168,
           why="the output error; a first $$\\delta^{L}$$ naming it before the formula on the line"),
    Public("c168-dn-dr", _DN, "b168_dn", "b168_dn",
           "> Fehler r\u00fcckpropagieren: F\u00fcr jedes l=L\u22121,L\u22122,\u2026,2, berechne "
           "$$\\delta^{l} = ((w^{l+1})^T \\delta^{l+1}) \\odot \\sigma'(z^{l})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_D1,), _J3),), batch=168,
           why="l = 2, the hidden layer (L = 3); l=L\u22121,L\u22122,\u2026,2 with Unicode minus signs and ellipsis"),
    Public("c168-dn-gw", _DN, "b168_dn", "b168_dn",
           "> Ausgabe: Der Gradient der Kostenfunktion ist gegeben durch "
           "$$\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ALL_W),), batch=168, why="every weight, l = 2, 3 (a^1 the input)"),
    Public("c168-dn-gb", _DN, "b168_dn", "b168_dn", "und $$\\frac{\\partial C}{\\partial b^l_j} = \\delta^l_j $$",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _ALL_B),), batch=168),
    Public("c168-dn-nb", _DN, "b168_dn", "b168_dn", "        nabla_b[-1] = delta", ((C,),),
           (Twin("gradient", "b2[{k}]", (_D2,), _K2),), batch=168,
           why="delta the output sums' gradient, cost_derivative(a, y) = a - y times sigmoid_prime(zs[-1])"),
    Public("c168-dn-nw", _DN, "b168_dn", "b168_dn",
           "        nabla_w[-1] = np.dot(delta, activations[-2].transpose())", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _K2J3),), batch=168),
    # ---- the course-notes page's example (list items indented four spaces, "*   " bullets, $ formulas) -----------
    Public("c168-ml-dy", _ML, "b168_ml", "b168_ml",
           "    *   $\\frac{\\partial L}{\\partial \\hat{y}_1} = \\frac{\\partial}{\\partial \\hat{y}_1} \\frac{1}{2}(y_1 - "
           "\\hat{y}_1)^2 = -(y_1 - \\hat{y}_1) = \\hat{y}_1 - y_1$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]", "a2[0] - y[0]")),), batch=168,
           why="the derivative by the output, a value: the derivative of the written loss, then its value twice"),
    Public("c168-ml-do", _ML, "b168_ml", "b168_ml",
           "    *   So, $\\delta_{o1} = (\\hat{y}_1 - y_1) \\sigma'(z_{o1})$", ((C,),),
           (Twin("value", _ML_O, (_ML_O,)),), batch=168, why="the page's delta_{o1} = dL/dz_{o1}, a value"),
    Public("c168-ml-w2", _ML, "b168_ml", "b168_ml",
           "    *   $\\frac{\\partial L}{\\partial w_{h1,1}} = \\delta_{o1} \\cdot a_{h1}$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_ML_O}*a1[0]",)),), batch=168, why="w_{h1,1}: a comma in the subscript"),
    Public("c168-ml-b2", _ML, "b168_ml", "b168_ml", "    *   $\\frac{\\partial L}{\\partial b_{o1}} = \\delta_{o1}$",
           ((C,),), (Twin("gradient", "b2[0]", (_ML_O,)),), batch=168),
    Public("c168-ml-dh", _ML, "b168_ml", "b168_ml",
           "    *   So, $\\delta_{h1} = (\\delta_{o1} \\cdot w_{h1,1}) \\sigma'(z_{h1})$", ((C,),),
           (Twin("value", _ML_H, (_ML_H,)),), batch=168),
    Public("c168-ml-w1", _ML, "b168_ml", "b168_ml",
           "    *   $\\frac{\\partial L}{\\partial w_{1,1}} = \\delta_{h1} \\cdot x_1$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_ML_H}*x[0]",)),), batch=168),
]
