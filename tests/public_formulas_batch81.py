r"""Batch 81 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the pages corpus: lets-programing's Japanese summary of
backpropagation; AldaCL's Spanish notes, a repository's page; hpscript's Japanese post on gradient descent;
solveconpython's Spanish lesson as served (KaTeX flattened to text); wxjwjj's Chinese post on Mazur's network;
Nemotron-CC-Math's copy of "Implementación de la Función Propagate para Redes Neuronales", named by its title after
the data set's address as in the batches before; KhoanDoanVan's Vietnamese notes on XOR, retiredbatmanforsale's
lexai notes (a worked example in numbers) and CodeHunterOfficial's Russian notebook, repositories' pages;
openillumi's Japanese answer on the weight update; dev48v's DEV post in plain JavaScript; a Korean notion page,
"backpropagation with numpy"), copied verbatim, typos and mistakes included, each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network
of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch81_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A local derivative (dy/dW, dy hat/dz_2) or a derivative by
an output (dL/dy, dL/dy hat, dL/da_1) is twinned as a value, as in batches 14 to 80, and so is dL/dz_2 worked in
numbers (batch 48's way); a derivative of the loss by a sum written in symbols (delta_{h1}, dOut, dHidden, dZ2) as
gradient_z. Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their own,
\[ \] indented under a list item, a Markdown list's "- " and "* ", the one space before lets-programing's
undelimited lines, a Chinese paragraph around its $$...$$, "Tenemos:" and "Ocurre algo muy conveniente:" glued
before the flattened text, a "#" or "//" comment after code, an arrow function over two lines).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 81

The batch: 57 formulas, 40 values (forward sums and outputs in symbols and in numbers, the sigmoid, losses, local
derivatives, derivatives by an output, dL/dz_2 in numbers), 8 gradients, 4 deltas (wxjwjj's delta_{h1}, dev48v's
dOut and dHidden, the notion page's dZ2), 4 updates (W := W - \alpha ..., W_new = W_old - η * ∇L, two JavaScript
"-=" lines) and 1 formula the page as served made unreadable. 41 are LaTeX (lets-programing's undelimited lines
with y_{\text{pred}}, y_{\text{true}} and f'(Wx + b); AldaCL's :=, f(Z), W^{(2)} beside a bare W and J(W) with a
sum over the samples; wxjwjj's \sum_{i=0}^{n} and \ast inside a Chinese sentence; Nemotron's \frac{1}{m}X(A-Y)^T;
KhoanDoanVan's . for the product, w_{21}^{(1)} input-first, X.W^{(1)}, \hat{Y} and \hat{y_{i}}; lexai's (0.5)(1)
products, ≈ before rounded results, \text{Loss} = -[...] over two lines; CodeHunterOfficial's \sigma_h and
\sigma_o), 16 plain text or code (hpscript's ||...||^2 with an en dash, σ2 and σ1 glued to their layer, a1W2 and
x0W1 glued; solveconpython's three claims on one line with y^ for y hat and BCE(y,y^), and its ∂z∂L; Nemotron's
sigmoid(np.dot(w.T, X) + b) with a comment; W_new and W_old with bare subscripts, η, ∇L; dev48v's const, **, "//",
hidden.map((h, j) => ...), W2[j] and W1[j][i] with -=; the notion page's Y_hat, A1.T, np.sum(dZ2, axis=0,
keepdims=True) / m).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- Nemotron's J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)}): the brackets around the
  sum's two terms are lost, so (1 - y) log(1 - a) is added with its sign wrong;
- lexai's \frac{d\hat{y}}{dz_2} = ... = 0.65(0.35) = 0.2275 (0.2275 from the rounded 0.65, the true value 0.22727)
  and its \frac{dL}{dz_2} = ... = -1.538 \cdot 0.2275 ≈ -0.35 (the product of the two rounded numbers, -0.3499, off
  the true -0.34922; the -0.35 after it right to its digits);
- dev48v's const dOut = (out - y) * out * (1 - out); under its own loss (out - y) ** 2, whose derivative is 2 (out -
  y): half the gradient, and with it dHidden and the two -= updates, W2[j] -= lr * dOut * hidden[j] and W1[j][i] -=
  lr * dHidden[j] * x[i] (steps of half the gradient).

Not mistaken, though they look it: KhoanDoanVan's fourth list line, $a_{1}^{(1)} = \sigma(z_{1}^{(1)})$ again
where a_2^{(1)} was meant (right as written); lexai's ≈ 0.431 and ≈ -1.538, carried from y hat rounded to 0.65
(-log(0.65) and -1/0.65 where the true values are 0.42959 and -1.53662), which the oracle allows after the member
before them (the collector first wrote both down wrong); hpscript's σ2(a1W2 + b2) – y, where the page has put the
network's output in t's place (its t is the output and y the target, which the notation says).

Unreadable as served (1): solveconpython's "∂z∂L=y^−y", KaTeX's \frac{\partial L}{\partial z} flattened to text
denominator first, as written a product of ∂z and ∂L.

What was left out: AldaCL's cross-entropy J(W) and KhoanDoanVan's J over the N points, cut off where the corpus's
excerpt ends, and lexai's \frac{da_1}{dz_1} past it; Nemotron's A = \sigma(w^T X + b) = (a^{(0)}, a^{(1)}, \ldots,
a^{(m-1)}, a^{(m)}) (a tuple of the samples' activations, with no twin to give it) and its cost's code line, cut
off; solveconpython's other stored copy of the "Tenemos:" line, each formula tripled by KaTeX's text, MathML and
TeX (z=XW+bz = XW + bz=XW+b ...); hpscript's Δx = -η df(x)/dx and xnew = xold -η df(x)/dx (a function f of x, no
network); openillumi's rule in words; dev48v's const out = forward(x); runxinzhi's note on cs231n's neuron (g = 1 /
(1 + math.exp( -((x0 * w0) + (x1 * w1) + w2)))), written down and dropped before the oracle's last run to keep the
batch within 57 when dev48v's page was added; interactivechaos's Spanish hidden-layer code (claimed, not used: delta
= np.dot(self.weights[-layer + 1].transpose(), delta) * sp names Python's list entries by negative indices and
reassigns delta from itself, which no notation under the spec can name).

Collected on 2026-12-05 from 21:29 to 21:38 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec before the run
(backprop.symbolic.notation_loading.load_notation with its network, no formula read). The oracle agreed with
every verdict written down but lxa-loss's and lxa-dLdy's last members (above); one twin was rewritten, lxa-dLdz2's,
first written as a gradient_z twin, which the number oracle cannot judge (it takes a parameter's gradient), then as
a value, batch 48's way. No entry was read by check before the blind run, and nothing under src/ was touched.

Run blind at main e612637 (/work/READY_FOR_BLIND28), rebased onto it with nothing under src/ changed. The first run
(/work/batch81_blind.txt): 51 of 57 read with every verdict right (89%), 4 refused, 1 misread, 1 typo refused (as it
should be), no crash, NO WRONG FORMULA CALLED CORRECT. One refusal, knp-db2's, was the collector's notation's slip (the
notion page's arrays have the samples as rows; the notation first wrote A1, Y_hat, Y, dZ2 and db2 as the spec's
columns): fixed in the notation only (each transposed), the second run at the same main (/work/batch81_blind2.txt)
read it: 52 of 57 (91%), 3 refused, 1 misread, 1 typo refused, nothing else changed. Of the 7 mistaken formulas, 4
read with every verdict right (npr-J, lxa-dydz's last member and lxa-dLdz2's middle one, dev-dOut called wrong where
the oracle does, their other members right), the other 3 (dev-dHidden, dev-W2, dev-W1) refused.

By kind of claim (first run): values 39 of 40, gradients 7 of 8 (8 of 8 in the second run), deltas 3 of 4, updates 2
of 4; the unreadable formula refused. LaTeX against plain text: the 41 in LaTeX read 41 (100%), the 16 in plain
text or code 10 (63%; 11 in the second run). By page: lets-programing 6 of 6, AldaCL 5 of 5, hpscript 4 of 4,
solveconpython 0 of 2 (1 misread, 1 typo refused), wxjwjj 1 of 1, Nemotron's Propagate 4 of 4, KhoanDoanVan 11 of
11, lexai 11 of 11, CodeHunterOfficial 4 of 4, openillumi 1 of 1, dev48v 2 of 5, the notion page 2 of 3 (3 of 3 in
the second run).

The refusals by construct (4 in the first run), with the exact message:

- 1, a JavaScript arrow function as map's callback, hidden.map((h, j) =>\nW2[j] * dOut * h * (1 - h)) (dev-dHidden):
  "formula 'dHidden = hidden.map((h, j) \\Rightarrow W2[j] * dOut * h ...': unexpected at ')' (position 69)";
- 1, a code array named like the spec's matrix and indexed once, W2[j] where the notation names W2 the output
  neuron's weight vector (W2[0, :]), read as the spec's W2 instead (dev-W2): "formula 'W2[0]': W2[0] has 1 indices,
  W2 takes 2: W2[0,0]";
- 1, a vector the notation names whole (dHidden, grad(z1[:])) indexed by the rule's free letter, dHidden[j] (dev-W1):
  "formula 'W1[j][i] -= lr * dHidden[j] * x[i]': dHidden_{j}: entry j of the vector dHidden, and no pattern's meaning
  counts j, so nothing says which entry j is; name it in the notation's [notation.symbols]" (a notation naming
  dHidden_{j} might have read it; the one written is within the spec's grammar, so it was not changed);
- 1, np.sum(dZ2, axis=0, keepdims=True) / m with the samples as rows (knp-db2): "'np.sum(dZ2, axis=0, keepdims=True)
  / m' is 1 x 1 where the left side is 3 x 1", the notation's slip (above), read in the second run.

The misreading (1): solveconpython's "Tenemos:z=XW+b y^=σ(z) L=BCE(y,y^)" (scp-three), three claims on one line of
text flattened from KaTeX, separated by spaces only, read as one chain z = XW+b y^ = σ(z) L = BCE(y,y^) whose three
members were called wrong: expected (('correct',), ('correct',), ('correct',)), got (('wrong', 'wrong', 'wrong'),),
a right formula called wrong, not the alarm. Not the notation's fault: y^, the page's flattened y hat, is no pattern
the spec's grammar can write. The typo refused (1): scp-dLdz, "formula '\\partial z\\partial L=y^-y': expected '/' in
∂L/∂w at '\\partial' (position 11)" (the message has \partial for ∂, so it does not name the entry's words ∂z∂L).

Which look general (would appear in much homework): claims set side by side on one line with only spaces between
them (text scraped from pages that render math with KaTeX or MathJax), JavaScript's arrow functions (and Python's
lambdas) inside map, a code array written W2[j] with the spec's name of a matrix for one row of it, and a vector
indexed by a loop letter, dHidden[j], in code's update lines. Page-specific: KaTeX's fraction flattened denominator
first (∂z∂L), unreadable as served anyway.

Read, among the constructs these pages brought: lets-programing's undelimited LaTeX lines with y_{\text{pred}},
y_{\text{true}} and f'(Wx + b); AldaCL's W := W - \alpha \frac{\partial J}{\partial W} for every weight of a matrix,
W^{(2)} beside a bare W, J(W) with a sum over m = 1 samples; hpscript's ||...||^2 with an en dash, σ2 and σ1 named as
functions, a1W2 and x0W1 glued with input-first matrices; wxjwjj's $$...$$ inside a Chinese sentence with
\sum_{i=0}^{n} and \ast; Nemotron's \frac{1}{m}X(A-Y)^T, the cost with its brackets lost (called wrong) and
sigmoid(np.dot(w.T, X) + b) with a comment; KhoanDoanVan's . for the product, X.W^{(1)}, \hat{Y} = A^{(2)} = ... and
\hat{y_{i}}; lexai's (0.5)(1) products, ≈ before rounded results (0.2275 and -1.538 \cdot 0.2275 called wrong),
\text{Loss} = -[...] over two lines; \sigma_h and \sigma_o; W_new = W_old - η * ∇L; dev48v's const loss = (out - y) **
2; // ... and dOut called wrong; the notion page's dZ2 = Y_hat - Y and np.dot(A1.T, dZ2) / m.

Corrected after the first run (the lead, when the fixes of session 23 read dev-dHidden, dev-W2 and dev-W1): the
notation names dOut "grad(z2[0])", the true gradient, while those three entries' twins took the page's dOut, half
of it; read through the notation as the spec says, the three lines are right (the page's slip is on dOut's own
line, dev-dOut, called wrong), so their twins now use the notation's meaning and expect correct. They were
refused in the first run, so its counts stand; 4 of the batch's formulas are mistaken, not 7.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch81_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_LP = "https://lets-programing.com/%e8%aa%a4%e5%b7%ae%e9%80%86%e4%bc%9d%e6%92%ad%e6%b3%95%e3%81%a8%e3%81%af"
_AL = "https://github.com/AldaCL/PatterRecognition"
_HP = "http://hpscript.com/blog/%e5%8b%be%e9%85%8d%e9%99%8d%e4%b8%8b%e6%b3%95"
_SC = ("https://solveconpython.com/redes-neuronales/gradientes-y-backpropagation-en-python-como-el-error-se-"
       "convierte-en-ajuste-de-pesos")
_WX = "https://wxjwjj.github.io/2018/02/27/BP"
_NP = f"{_NEMOTRON} (Implementación de la Función Propagate para Redes Neuronales)"
_KD = "https://github.com/KhoanDoanVan/self_geeksforgeeks_ml_learning"
_LX = "https://github.com/retiredbatmanforsale/lexai-fellowship"
_CH = "https://github.com/CodeHunterOfficial/ABC_DataMining"
_OI = "https://openillumi.com/?p=67241"
_DEV = "https://dev.to/dev48v/backpropagation-from-scratch-how-a-neural-network-actually-learns-2pd4"
_KNP = "https://past-columnist-710.notion.site/backpropagation-with-numpy-db7c7b3a172a43619a5c30a8b87e90a3"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KJ = tuple({"k": k, "j": j} for k in range(3) for j in range(2))


def _dd(body: str, indent: str = "") -> str:
    """A display on lines of its own between $$ lines, as the Markdown pages write it."""
    return f"{indent}$$\n{indent}{body}\n{indent}$$"


def _br(body: str, indent: str = "  ") -> str:
    """A display between \\[ and \\] lines, indented under a list item (Nemotron's Markdown)."""
    return f"{indent}\\[\n{indent}{body}\n{indent}\\]"


# the lexai network's cross-entropy and its derivative by the prediction
_BCE2 = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
_BCE1 = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DLDY = "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])"
# hpscript: the half squared error of the two outputs, its outputs written through the hidden layer
_E2 = "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)"
_O = "sigmoid({a0}*W2[{k},0] + {a1}*W2[{k},1] + b2[{k}])"
_H = "sigmoid(x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}])"
_OUT1 = [_O.format(a0="a1[0]", a1="a1[1]", k=k) for k in range(2)]
_OUT2 = [_O.format(a0=_H.format(j=0), a1=_H.format(j=1), k=k) for k in range(2)]
_E_OF = "0.5*(({0} - y[0])**2 + ({1} - y[1])**2)"
# dev48v: the output's gradient as the page writes it (the square's 2 left out)
_DOUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the notation's dOut, "grad(z2[0])": the true gradient, twice the page's dOut
_DOUT_NAMED = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# wxjwjj: hidden neuron h1's delta through both outputs
_DELTA_H1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0])"
             "*a1[0]*(1 - a1[0])")

ENTRIES: list[Public] = [
    # ---- lets-programing's Japanese summary: LaTeX without delimiters on lines of their own, indented by one space
    # (the page's text as served), y_{\text{pred}} and y_{\text{true}}, f'(Wx + b) --------------------------------
    Public("lpg-forward", _LP, "b81_lp", "b81_lp", " y = f(Wx + b)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + b1[0])",)),), batch=81,
           why="f the activation (the sigmoid here), W, x, b one unit's weight, input and bias"),
    Public("lpg-loss", _LP, "b81_lp", "b81_lp", r" L = \frac{1}{2} (y_{\text{pred}} - y_{\text{true}})^2", ((C,),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2",)),), batch=81),
    Public("lpg-dLdy", _LP, "b81_lp", "b81_lp",
           r" \frac{\partial L}{\partial y} = (y_{\text{pred}} - y_{\text{true}})", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=81,
           why="a derivative of the loss by the output y (y = f(Wx + b) on this page), a value"),
    Public("lpg-chain", _LP, "b81_lp", "b81_lp",
           r" \frac{\partial L}{\partial W} = \frac{\partial L}{\partial y} \cdot \frac{\partial y}{\partial W}",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=81),
    Public("lpg-dydW", _LP, "b81_lp", "b81_lp", r" \frac{\partial y}{\partial W} = x \cdot f'(Wx + b)", ((C,),),
           (Twin("value", "x[0]*a1[0]*(1 - a1[0])", ("x[0]*a1[0]*(1 - a1[0])",)),), batch=81,
           why="a local derivative of the output by the weight, a value"),
    Public("lpg-grad", _LP, "b81_lp", "b81_lp",
           r" \frac{\partial L}{\partial W} = (y_{\text{pred}} - y_{\text{true}}) \cdot x \cdot f'(Wx + b)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]*a1[0]*(1 - a1[0])",)),), batch=81),
    # ---- AldaCL's Spanish notes (a repository's page): $$ on lines of their own, W := W - \alpha ..., f(Z), W^{(2)}
    # beside a bare W, J(W) with a sum over m samples ------------------------------------------------------------
    Public("ald-update", _AL, "b81_al", "b81_al", _dd(r"W := W - \alpha \frac{\partial J}{\partial W}"), ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI),), batch=81,
           why="W the hidden layer's weights: the rule for each of them"),
    Public("ald-Z", _AL, "b81_al", "b81_al", _dd("Z = W X + b"), ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=81),
    Public("ald-A", _AL, "b81_al", "b81_al", _dd("A = f(Z)"), ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=81),
    Public("ald-yhat", _AL, "b81_al", "b81_al", _dd(r"\hat{y} = f(W^{(2)} A + b^{(2)})"), ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0])",)),), batch=81),
    Public("ald-J", _AL, "b81_al", "b81_al", _dd(r"J(W) = \frac{1}{m} \sum_{i=1}^{m} (\hat{y}_i - y_i)^2"), ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=81, why="one sample, m = 1"),
    # ---- hpscript's Japanese post: plain text, an en dash for the minus, ||...||^2, σ2 and σ1 with the layer glued,
    # a1W2 and x0W1 glued (row vectors times input-first matrices), * once ------------------------------------------
    Public("hps-e", _HP, "b81_hp", "b81_hp", "E = 1/2 ||t – y||^2", ((C,),),
           (Twin("value", _E2, ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=81,
           why="t the output and y the target, as the page's next lines have them"),
    Public("hps-e-out", _HP, "b81_hp", "b81_hp", "E = 1/2 ||σ2(a1W2 + b2) – y||^2", ((C,),),
           (Twin("value", _E2, (_E_OF.format(*_OUT1),)),), batch=81,
           why="the output layer put where t stood: sigma2(a1 W2 + b2) is the output, y the target"),
    Public("hps-e-hid", _HP, "b81_hp", "b81_hp", "E = 1/2 ||σ2(σ1(a0W1 + b1)*W2 + b2) – y||^2", ((C,),),
           (Twin("value", _E2, (_E_OF.format(*_OUT2),)),), batch=81),
    Public("hps-e-in", _HP, "b81_hp", "b81_hp", "E = 1/2 ||σ2(σ1(x0W1 + b1)*W2 + b2) – y||^2", ((C,),),
           (Twin("value", _E2, (_E_OF.format(*_OUT2),)),), batch=81, why="x0, the input layer's output a0"),
    # ---- solveconpython's Spanish lesson: KaTeX flattened to plain text, three claims on one line after "Tenemos:",
    # y^ for y hat, L=BCE(y,y^); "∂z∂L", the fraction dL/dz flattened denominator first ------------------------------
    Public("scp-three", _SC, "b81_sc", "b81_sc", "Tenemos:z=XW+b y^=σ(z) L=BCE(y,y^)", ((C,), (C,), (C,)),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
            Twin("value", _BCE1, (_BCE1,))), batch=81,
           why="\"We have:\" and the three definitions of the one neuron, y^ the page's flattened y hat"),
    Public("scp-dLdz", _SC, "b81_sc", "b81_sc", "Ocurre algo muy conveniente:∂z∂L=y^−y", unreadable="∂z∂L",
           batch=81, why="\"Something very convenient happens:\", the page's \\frac{\\partial L}{\\partial z} = \\hat{y} "
                         "- y as served, flattened denominator first (∂z∂L): as written a product of ∂z and ∂L"),
    # ---- wxjwjj's Chinese post: $$ inside a paragraph's line, \sum_{i=0}^{n}, \ast, out_{h1} ------------------------
    Public("wxj-delta", _WX, "b81_wx", "b81_wx",
           "某个神经元相对于总误差的误差率:是上一层各个神经元的误差率,乘,对应到该层某个神经元的权值,再加和。之后对该神经元"
           "激活函数求导$$\\delta_{h1}=\\sum_{i=0}^{n}\\delta_{i}w_{i}\\ast out_{h1}(1-out_{h1})$$推导过程中也可以看到"
           "梯度消失的原因,每经过一个神经元,都会有sigmoid", ((C,),),
           (Twin("gradient_z", "z1[0]", (_DELTA_H1,)),), batch=81,
           why="\"a neuron's error rate ... is the sum of the next layer's error rates times the weights, then times "
               "the derivative of its activation\": delta_{h1} = dE/dnet_{h1}, the sum over the output neurons"),
    # ---- Nemotron's "Implementación de la Función Propagate": \[ \] blocks indented under a list item, the cost with
    # its brackets lost, \frac{1}{m}X(A-Y)^T, a code block's sigmoid(np.dot(w.T, X) + b) with a "#" comment ---------
    Public("npr-J", _NP, "b81_np", "b81_np",
           _br(r"J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)})"), ((W,),),
           (Twin("value", _BCE1, ("-(y[0]*log(a1[0])) + (1 - y[0])*log(1 - a1[0])",)),), batch=81,
           why="the brackets around the sum's two terms are lost: -1/m multiplies the first term only, the second, "
               "(1 - y) log(1 - a), is added with its sign wrong"),
    Public("npr-dw", _NP, "b81_np", "b81_np", _br(r"\frac{\partial J}{\partial w} = \frac{1}{m}X(A-Y)^T"), ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I2),), batch=81),
    Public("npr-db", _NP, "b81_np", "b81_np",
           _br(r"\frac{\partial J}{\partial b} = \frac{1}{m} \sum_{i=1}^m (a^{(i)}-y^{(i)})"), ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=81),
    Public("npr-code", _NP, "b81_np", "b81_np", "    A = sigmoid(np.dot(w.T, X) + b)  # compute activation", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=81,
           why="a line of the post's fenced propagate(), indented in its function"),
    # ---- KhoanDoanVan's Vietnamese notes: a Markdown list's $...$ with . for the product, w_{21}^{(1)} input-first,
    # the second a_1^{(1)} line repeated where a_2^{(1)} was meant; X.W^{(1)}, \hat{Y}; log and \hat{y_{i}} ---------
    Public("kdv-z1", _KD, "b81_kd", "b81_kd", "- $z_{1}^{(1)} = b_{1}^{(1)} + x_{1}.w_{11}^{(1)} + x_{2}.w_{21}^{(1)}$",
           ((C,),), (Twin("value", "z1[0]", ("b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=81),
    Public("kdv-a1", _KD, "b81_kd", "b81_kd", "- $a_{1}^{(1)} = \\sigma(z_{1}^{(1)})$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=81),
    Public("kdv-z2", _KD, "b81_kd", "b81_kd", "- $z_{2}^{(1)} = b_{2}^{(1)} + x_{1}.w_{12}^{(1)} + x_{2}.w_{22}^{(1)}$",
           ((C,),), (Twin("value", "z1[1]", ("b1[1] + x[0]*W1[1,0] + x[1]*W1[1,1]",)),), batch=81),
    Public("kdv-a1-again", _KD, "b81_kd", "b81_kd", "- $a_{1}^{(1)} = \\sigma(z_{1}^{(1)})$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=81,
           why="the list's fourth line, the second line again where a_2^{(1)} = sigma(z_2^{(1)}) was meant: right as "
               "written"),
    Public("kdv-z-out", _KD, "b81_kd", "b81_kd",
           "- $z_{1}^{(2)} = b_{1}^{(2)} + a_{1}^{(1)}.w_{11}^{(2)} + a_{2}^{(1)}.w_{21}^{(2)}$", ((C,),),
           (Twin("value", "z2[0]", ("b2[0] + a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=81),
    Public("kdv-yhat", _KD, "b81_kd", "b81_kd", "- $\\hat{y} = a_{1}^{(2)} = \\sigma(z_{1}^{(2)})$", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "sigmoid(z2[0])")),), batch=81),
    Public("kdv-Z1", _KD, "b81_kd", "b81_kd", "$Z^{(1)} = X.W^{(1)} + b^{(1)}$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=81,
           why="X's rows the points (one here), W^{(1)} input-first"),
    Public("kdv-A1", _KD, "b81_kd", "b81_kd", "$A^{(1)} = \\sigma(Z^{(1)})$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=81),
    Public("kdv-Z2", _KD, "b81_kd", "b81_kd", "$Z^{(2)} = A^{(1)}.W^{(2)} + b^{(2)}$", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),), batch=81),
    Public("kdv-Yhat", _KD, "b81_kd", "b81_kd", "$\\hat{Y} = A^{(2)} = \\sigma(Z^{(2)})$", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "sigmoid(z2[0])")),), batch=81),
    Public("kdv-loss", _KD, "b81_kd", "b81_kd",
           _dd(r"L = -(y_{i}.log(\hat{y_{i}})+(1-y_{i}).log(1-\hat{y_{i}}))"), ((C,),),
           (Twin("value", _BCE2, (_BCE2,)),), batch=81, why="\\hat{y_{i}}, the hat over y_i"),
    # ---- the lexai notes (a repository's page): $$ blocks of a worked example with (0.5)(1) products, ≈ before a
    # rounded result, \text{Loss} with -[...] brackets and a second line, Markdown bullets' $...$ -------------------
    Public("lxa-z1", _LX, "b81_lx", "b81_lx", _dd(r"z_1 = W_1 \cdot x + b_1 = (0.5)(1) + (-0.5)(0) + 0 = 0.5"),
           ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]", "=(0.5)*(1) + (-0.5)*(0) + 0", "=0.5")),),
           batch=81),
    Public("lxa-a1", _LX, "b81_lx", "b81_lx", _dd(r"a_1 = \sigma(z_1) = \frac{1}{1 + e^{-0.5}} ≈ 0.622"), ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-0.5))", "=0.622")),), batch=81),
    Public("lxa-z2", _LX, "b81_lx", "b81_lx", _dd(r"z_2 = W_2 \cdot a_1 + b_2 = (1)(0.622) + 0 = 0.622"), ((C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]", "=(1)*(0.622) + 0", "=0.622")),), batch=81),
    Public("lxa-yhat", _LX, "b81_lx", "b81_lx", _dd(r"\hat{y} = \sigma(z_2) = \frac{1}{1 + e^{-0.622}} ≈ 0.650"),
           ((C, C, C),), (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.622))", "=0.650")),),
           batch=81, why="0.650 for 0.65078: one unit in the last digit"),
    Public("lxa-loss", _LX, "b81_lx", "b81_lx",
           _dd("\\text{Loss} = -[y \\cdot \\log(\\hat{y}) + (1 - y) \\cdot \\log(1 - \\hat{y})]\n= -[\\log(0.65)] ≈ 0.431"),
           ((C, C, C),), (Twin("value", _BCE2, (_BCE2, "=-(np.log(0.65))", "=0.431")),), batch=81,
           why="the loss carried from y hat rounded to 0.65: -log(0.65) = 0.4308 (the true loss 0.42959), which the "
               "oracle allows after the member before it (the collector first wrote 0.431 down wrong)"),
    Public("lxa-dLdy", _LX, "b81_lx", "b81_lx",
           _dd(r"\frac{dL}{d\hat{y}} = -\frac{y}{\hat{y}} + \frac{1 - y}{1 - \hat{y}} = -\frac{1}{0.65} ≈ -1.538"),
           ((C, C, C),), (Twin("value", _DLDY, (_DLDY, "=-1/0.65", "=-1.538")),), batch=81,
           why="a derivative of the loss by the prediction, a value; -1/0.65 = -1.5385 (the true value -1.53662), "
               "which the oracle allows after the member before it (the collector first wrote -1.538 down wrong)"),
    Public("lxa-dydz", _LX, "b81_lx", "b81_lx",
           _dd(r"\frac{d\hat{y}}{dz_2} = \hat{y}(1 - \hat{y}) = 0.65(0.35) = 0.2275"), ((C, C, W),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.65*(0.35)", "=0.2275")),), batch=81,
           why="a local derivative, a value: 0.2275 from the rounded 0.65 where the true value is 0.22727"),
    Public("lxa-dLdz2", _LX, "b81_lx", "b81_lx",
           _dd(r"\frac{dL}{dz_2} = \frac{dL}{d\hat{y}} \cdot \frac{d\hat{y}}{dz_2} = -1.538 \cdot 0.2275 ≈ -0.35"),
           ((C, W, C),),
           (Twin("value", "a2[0] - y[0]", (f"({_DLDY})*a2[0]*(1 - a2[0])", "=-1.538*0.2275", "=-0.35")),),
           batch=81, why="dL/dz_2 worked in numbers, twinned as a value (batch 48's way); -1.538 x 0.2275 = -0.3499 where the true dL/dz_2 is -0.34922; -0.35 right to its digits"),
    Public("lxa-dW2", _LX, "b81_lx", "b81_lx", r"* $\frac{dL}{dW_2} = \frac{dL}{dz_2} \cdot a_1 = -0.35 \cdot 0.622 ≈ -0.218$",
           ((C, C, C),), (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "=-0.35*0.622", "=-0.218")),), batch=81,
           why="-0.218 for -0.21738: one unit in the last digit"),
    Public("lxa-db2", _LX, "b81_lx", "b81_lx", r"* $\frac{dL}{db_2} = \frac{dL}{dz_2} = -0.35$", ((C, C),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]", "=-0.35")),), batch=81),
    Public("lxa-dLda1", _LX, "b81_lx", "b81_lx", _dd(r"\frac{dL}{da_1} = \frac{dL}{dz_2} \cdot W_2 = -0.35 \cdot 1 = -0.35"),
           ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])*W2[0,0]", ("(a2[0] - y[0])*W2[0,0]", "=-0.35*1", "=-0.35")),), batch=81,
           why="a derivative of the loss by the hidden unit's output, a value"),
    # ---- CodeHunterOfficial's Russian notebook: $$ on lines of their own, \cdot, \sigma_h and \sigma_o named as the
    # layers' activations ---------------------------------------------------------------------------------------------
    Public("chh-z1", _CH, "b81_ch", "b81_ch", _dd(r"z_1 = w_1 \cdot x + b_1"), ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=81),
    Public("chh-h", _CH, "b81_ch", "b81_ch", _dd(r"h = \sigma_h(z_1)"), ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=81),
    Public("chh-z2", _CH, "b81_ch", "b81_ch", _dd(r"z_2 = w_2 \cdot h + b_2"), ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),), batch=81),
    Public("chh-yhat", _CH, "b81_ch", "b81_ch", _dd(r"\hat{y} = \sigma_o(z_2)"), ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=81),
    # ---- openillumi's Japanese answer: plain text, W_new and W_old with bare subscripts, η, * and ∇L -----------------
    Public("oil-update", _OI, "b81_oi", "b81_oi", "W_new = W_old - η * ∇L", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=81,
           why="the rule for any weight, checked for one; ∇L the loss's gradient by it"),
    # ---- dev48v's DEV post (plain JavaScript): const, ** for the square, a "//" comment after the statement, an arrow
    # function in hidden.map over two lines, -= updates with W2[j] and W1[j][i]; the loss's 2 left out of dOut -------
    Public("dev-loss", _DEV, "b81_dev", "b81_dev", "const loss = (out - y) ** 2; // big when very wrong", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=81),
    Public("dev-dOut", _DEV, "b81_dev", "b81_dev", "const dOut = (out - y) * out * (1 - out);", ((W,),),
           (Twin("gradient_z", "z2[0]", (_DOUT,)),), batch=81,
           why="\"At the output, it's the error times the slope of the sigmoid there\": the derivative of the "
               "page's loss (out - y)^2 is 2 (out - y), so dOut is half the gradient"),
    Public("dev-dHidden", _DEV, "b81_dev", "b81_dev", "const dHidden = hidden.map((h, j) =>\nW2[j] * dOut * h * (1 - h));",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_DOUT_NAMED}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),),
           batch=81, why="h the hidden neuron's output under map; right through the notation's dOut (the true gradient; the lead's "
               "correction after the fixes, see the docstring)"),
    Public("dev-W2", _DEV, "b81_dev", "b81_dev", "W2[j] -= lr * dOut * hidden[j];", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_DOUT_NAMED}*a1[{{j}}]",), _J2),), batch=81,
           why="right through the notation's dOut, the true gradient (the page's dOut, half of it, is called wrong on "
               "its own line); the lead's correction after the fixes, see the docstring"),
    Public("dev-W1", _DEV, "b81_dev", "b81_dev", "W1[j][i] -= lr * dHidden[j] * x[i];", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*W2[0,{{j}}]*{_DOUT_NAMED}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",),
                 _JI),), batch=81, why="W1[j][i] the weight from input i to hidden neuron j; right through the notation's dOut and dHidden (the "
               "lead's correction after the fixes, see the docstring)"),
    # ---- the Korean notion page "backpropagation with numpy": code lines, Y_hat, A1.T, np.sum with axis=0 and
    # keepdims=True, / m ----------------------------------------------------------------------------------------------
    Public("knp-dZ2", _KNP, "b81_knp", "b81_knp", "dZ2 = Y_hat - Y", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=81,
           why="the softmax layer's error under the cross-entropy"),
    Public("knp-dW2", _KNP, "b81_knp", "b81_knp", "dW2 = np.dot(A1.T, dZ2) / m", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _KJ),), batch=81,
           why="samples as rows: A1.T dZ2 is W2's gradient input-first"),
    Public("knp-db2", _KNP, "b81_knp", "b81_knp", "db2 = np.sum(dZ2, axis=0, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=81,
           why="np.sum over axis 0 sums the samples' rows (one here)"),
]
