r"""Batch 93 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the pages corpus: 8 repositories' rendered pages, a German web
page and a Japanese Q&A mirror found there, and a Japanese blog post): scidatmath2020's Spanish notebook "Modelo
matemático" (a 3-4-1 tanh network worked for 4 clients, its 21 derivatives of client 1 listed); ChristophWuersch's
German notes of Nielsen's chapter 2 (Applied Neural Networks, OST); ani-tka's Polish XOR notebook (a forward pass
worked from np.random.seed(1)); NorElHoudaSaidouche's French TP (CNAM's MLP on MNIST, bold matrices);
Collado1234's Portuguese notebook (Joel Grus' network); ki-mit-java.de's German page 31 (Java-like pseudocode);
the Japanese mirror of a Stack Overflow question on the delta rule (ja.stackoverflow.org.cn); nobituk's Japanese
notes (a 12-3-2 network); gomu-gomu's French TP 3; elifbeyzatok00's Turkish lab notebook; Irlll's Indonesian
README (Markdown mixing $...$, <sup> and \*) -- copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch93_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A local derivative, a derivative
by an output or a hidden output (dC/da^L_j, dE/dout, dout/dnetout, dA1, hidden_error, errors[k]), a delta (dZ2,
dZ1, output_delta, hidden_delta, output_deltas, dL/dv_i, dL/du_i) and a step (jso's dw, kij's deltaW) is twinned
as a value, as in batches 14 to 89; Nielsen's delta^l_j as a derivative by the sum (gradient_z, as batch 16 did).
Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their own, indented
three spaces under a numbered item with two spaces after the closing $$, or closed by "$$ " with a trailing space;
\begin{align}...\tag{..}\end{align} blocks with a space after \begin{align}; "Por lo tanto" before a $$ on its
line; pmatrix blocks over several lines; $$ blocks of claims separated by ",\quad" one per line; Python's
indentation and "#" comments in Portuguese and French; pseudocode lines broken after "*"; Markdown's \* and
<sup>...</sup>; a chain broken over two lines).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 93

The batch: 57 formulas, 38 values (forward sums and outputs worked in numbers, losses, derivatives by an output or
a hidden output, local derivatives, deltas, steps), 12 gradients, 7 updates; none mangled by its page. 41 are
LaTeX (scidatmath2020's w_{i,s}^{(j)} with the layer first and w_{out,s}^{(j)}, \leftarrow, \mbox{ y } between two
rules, \mathcal L^{(1)} without braces, \boldsymbol, f_{out}(\boldsymbol{z}_{out}), pmatrix products, 0.1(0.0607..)
for a product; Nielsen's \equiv, \|y-a^L\|^2, \odot, (w^{l+1})^T, \sigma'(z^L_j), rules over the layer l; ani-tka's
double spaces, * products and \sigma (h_1) with a space; the TP's \mathbf{v_i} with the sample's i inside,
\mathbf{\hat{y_i}}, y_i^*, \frac{1}{t_b}, \mathbf{H}^T, \Delta^y, \mathbf{W^{y}}^T, \sigma^{'}; \sum_i^n; nobituk's
$$ with spaces inside, \; and a range remark (i, j = 1, \dots, 12), align blocks of six and four claims with
\cdots and w_{1,12}^{2}; Irlll's $...$ between plain-text words, wh<sup>+</sup>, <sup>2-1</sup>, \*), 16 plain text
or code (a list comprehension with zip; newWeighti, errors[k], neuron[i].weightOfOutputLayer[k], an en dash for
the minus, (errors[].sum), +=; dw = alpha *(ti-yi)* g'(hj)xi; dZ2, (1 / m), np.sum(..., keepdims=True), W2.T;
output_delta.dot(synaptic_weights2.T), sigmoid_derivative at the outputs, += with learning_rate).

9 are mistaken somewhere (the oracle finds at least one member wrong), none mangled by the page:

- scidatmath2020's layer-1 neuron 4 (sci-n4): dL/dz = -0.3037 * 0.3 * (1 - tanh(0.45)^2) = -0.0749, where the
  notebook lists -0.0186338238498 for w_{1,1}^{(4)}, w_{1,3}^{(4)} and b_1^{(4)} (its 0 for w_{1,2}^{(4)}, x_2 = 0,
  is right); its output layer (sci-out): dL/dw_{out,1}^{(1)} and dL/dw_{out,2}^{(1)} are -0.0600 and 0 (a_1 =
  tanh 0.2, tanh 0), not 0.0908 and 0.0710 (the other three are right);
- ChristophWuersch's (30) (cw-30): its second member writes (a^L-y) \odot \sigma(z^L) \odot [1-\sigma'(z^L)], where
  Nielsen's has 1-\sigma(z^L);
- ani-tka's worked forward pass: h_1 = ... = - 1.69 (the sum of the copies holds h_1 = -1.7063 with their last
  digits carried, the result does not), h_2 = (0 * 0.44) + (1 * -0.36) + (-0.81) = -1.17 (w_4 = -0.3953 copied
  -0.36; h_2 = -1.2107), \sigma (h_1) = 0.1557 and \sigma (h_2) = 0.236 (0.1536 and 0.2296);
- the Q&A's dw = alpha *(ti-yi)*(hj)xi (jso-nog): the code the question asks about, g' dropped and the weighted sum
  hj multiplied in its place;
- nobituk's a_{j}^{1} = x_{i} (i, j = 1, ..., 12) (nob-input): the input layer's a_j^1 is x_j, not x_i for every i
  and j (the notes mean a_i^1 = x_i).

Not mistaken, though they look it: ani-tka's y_{output} = (0.1557 * (-0.6 )) + ... = -0.36 (the output's sum, the
page's step 3, is -0.3738: the copies' sum holds it and -0.36 is one unit from -0.37), scidatmath2020's worked step
w_{1,1}^{(2)} <- ... = -0.30607385532805 (neuron 2's derivatives are right), the TP's 1/t_b with one example,
gomu-gomu's dZ2 = A2 - Y (the sigmoid output under the logistic loss, the TP's image, not the squared error), Irlll's
2 \* (target - out)<sup>2-1</sup> \* -1 (E = (target - out)^2, not halved), and kij's errors[k] and deltaW (-dE/dz
times a weight, and the step -eta dE/dw, as the page's loop uses them).

What was left out: definitions the notation gives (elifbeyzatok00's error = target_output - output_layer, ani-tka's
code error = y - final_output, the TP's \mathbf{\Delta^y}=\mathbf{\hat{Y}}-\mathbf{Y^*}), the activation functions'
definitions with a free argument (\sigma (h) = \frac{1}{1 + e^{-h}}, a(z) and a'(z), ReLU(Z) = max(0, Z)),
scidatmath2020's first example (f_1(t) = t^2, f_2 = cos, f_out(t) = 100t: activations a network file cannot
hold) and its averages over the 4 clients (\mathcal{L}_{prom}, the minibatch's \mathcal{L}_B), ChristophWuersch's
proofs' steps (36)-(42) and (43), the shorthand (31) and (32), BP1a and the algorithm's summary (BP1 to BP4
again), the TP's logistic-regression part (another network) and its forward part, the pages' code whose lines
are not claims (initialisations, return lines), Joel Grus' output_grads and hidden_grads (the bias appended as
hidden_outputs + [1]: no name of the notation holds the concatenation), and the pages' duplicate lines (the
notes' second (45), the notebooks' repeated rules). The cap of 57 formulas decided the rest (scidatmath2020's other
neurons, clients and steps, ani-tka's error line and code, the TP's forward part, gomu-gomu's dW1 and db1,
elifbeyzatok00's synaptic_weights1 update, Irlll's other steps and its bias updates, nobituk's cost).

Collected on 2026-12-06 from 03:20 to 03:31 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), the first time. The oracle disagreed with
three verdicts first written down, none of them a twin's slip: scidatmath2020's neuron 4 (sci-n4), whose listed
derivatives I had taken for right without working them (they are wrong: the oracle's verdicts stand), and
ani-tka's two sums of rounded copies (ani-h1-num, ani-yout-num), whose first members the oracle's rule for numbers
(each number carried to its last digit) finds right where I had called them wrong. No entry was read by check
before the blind run, and nothing under src/ was touched.

Run blind once at main b9864d5 (/work/READY_FOR_BLIND34, open when the collecting commit was made at 03:31), rebased
onto it with nothing under src/ changed (main's src/ is be867e6's, the collecting commit's base). No refusal or
misreading is the collector's notation outside the spec's grammar or a slip of it, so the first run is the only one
(/work/batch93_blind.txt; run again, entries unchanged, after this docstring was written: the same output): 51 of 57
read with every verdict right (89%), 5 refused, 1 misread (a right formula judged wrong), no typo (none of the batch
is mangled by its page), no crash, NO WRONG FORMULA CALLED CORRECT. Of the 9 mistaken formulas 8 read with every
verdict right (sci-n4 and sci-out with their wrong claims called wrong and their right ones right, cw-30,
ani-h1-num, ani-h2-num, ani-s1, ani-s2, jso-nog); nob-input was refused.

By kind of claim: values 34 of 38, gradients 11 of 12, updates 6 of 7. LaTeX against plain text: the 41 in LaTeX
read 37 (90%), the 16 in plain text or code 14 (88%). By page: scidatmath2020 8 of 9, ChristophWuersch 9 of 9,
ani-tka 8 of 8, NorElHoudaSaidouche 6 of 6, Collado1234 2 of 3, ki-mit-java 3 of 4, the Q&A mirror 2 of 2, nobituk
1 of 3, gomu-gomu 5 of 5, elifbeyzatok00 4 of 4, Irlll 3 of 4.

The misreading (1):

- a Spanish conjunction between two rules in one display, \quad\mbox{ y }b_{i}^{(j)}\leftarrow ... (sci-rule,
  "and"): the first rule (the weights') is read and judged right; the second is read with "\text{ y }" kept on its
  left side, as a value claim "\text{ y }b_{i}^{(j)}" (y the target times the bias), not as the biases' update, and
  judged wrong: got (('correct',), ('wrong',)) for (('correct',), ('correct',)). The bias rule alone,
  b_{i}^{(j)}\leftarrow b_{i}^{(j)}-\eta\frac{...}{\partial b_{i}^{(j)}}, reads as the update of b1[0] ... b2[0],
  right.

The refusals by construct (5), with the exact message:

- 1, a Python list comprehension over zip, its loop variables output and target bound by the comprehension
  (col-odeltas, Joel Grus' code): "formula 'output_deltas = [output * (1-output) * (output - target) ...': output
  matches none of the notation's patterns for output ('output_deltas')";
- 1, pseudocode's empty-bracket array with a method, (errors[].sum), the sum over the errors[k] of the loop
  (kij-deltaW): "formula 'deltaW = (errors[].sum) * outputFromHiddenLayer[i] * (1 -...': expected ')' to close the
  parenthesis at '.' (position 19)" (errors[k] = ... and neuron[i].weights[j] += deltaW, on the lines around it,
  read);
- 1, a range remark after a formula, \; \; \; (i, j = 1, \dots, 12) (nob-input, itself mistaken: x_i for a_j^1):
  "formula 'a_{j}^{1} = x_{i} (i, j = 1, \\ldots , 12)': expected ')' to close the arguments at '=' (position 31)";
- 1, an ellipsis sum over twelve pixels with two-index weights, w_{1,1}^{2} x_{1} + \cdots + w_{1,12}^{2} x_{12}
  (nob-hidden, an align block of six claims): "formula 'z_1^{2} = w_{1,1}^{2} x_{1} + \\ldots + w_{1,12}^{2}
  x_{12...': has a sum with an ellipsis (\dots) check cannot read: its index is one digit of a number
  (\theta_{12}) and its last value has two; write \sum_{i=1}^{n} x_i w_i (its bounds numbers or the notation's
  letters)" (the message's \theta_{12} names no symbol of the formula; nob-output's align block of four claims,
  without an ellipsis, reads);
- 1, a plain-text name whose last character is a digit where the notation names both it and its stem, wh1 beside
  wh (irl-chain; the page writes wh for any output weight and wh1 for the first): "formula '\\frac{\\partial
  E}{\\partial wh1} = \\frac{\\partial E}{\\part...': wh1 is ambiguous: the notation names both wh_{1} and wh at '1'
  (position 30); write the braces (wh_{1}) or a product sign (wh \cdot 1)" (the spec's precedence would take the
  pattern with more literal characters, wh1; irl-rule, with wh alone, reads).

Which look general (would appear in much homework): a conjunction of the page's language between two claims in
one display (\mbox{ y }, \text{ and }, "et", "und"), Python list comprehensions (Joel Grus' book's code, copied
widely), a range remark of the indices after a formula ((i = 1, ..., n), (j = 1, \dots, 12)), ellipsis sums whose
last index has two digits or a comma pair, and a notation naming both a stem and the stem with a digit (wh, wh1;
w, w1). Page-specific: ki-mit-java's (errors[].sum).

Read, among the constructs these pages brought: w_{i,s}^{(j)} with the layer first and w_{out,s}^{(j)}, $$ blocks
of four and five claims separated by ",\quad" with numbers of 12 digits (right and wrong ones told apart), a
pmatrix product over lines, \boldsymbol, f_{out}(\boldsymbol{z}_{out}), "Por lo tanto" before a $$, 0.1(0.0607...)
for a product in a worked step; Nielsen's align blocks with \tag and \equiv, \|y-a^L\|^2, \odot, (w^{l+1})^T,
\sigma'(z^L_j), rules over the layer l, and (30)'s 1-\sigma'(z^L) called wrong; ani-tka's double spaces, "$$ "
closings, * products and sums of rounded copies judged by their carried digits; the TP's \mathbf{v_i} with the
sample's i, y_i^*, \frac{1}{t_b}, \mathbf{H}^T, \mathbf{W^{y}}^T, \sigma^{'}; $$ indented three spaces; newWeighti,
errors[k] with an en dash for the minus and a line broken after "*", neuron[i].weights[j] += deltaW; dw = alpha
*(ti-yi)* g'(hj)xi and its version without g' called wrong; an align block of four claims with a(z) the
activation; dZ2 = A2 - Y, (1 / m), keepdims, W2.T with French comments; output_delta.dot(synaptic_weights2.T), +=
with learning_rate; wh<sup>+</sup>, <sup>2-1</sup> and Markdown's \*.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, deltas
from public_formulas_batch93_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SCI = "https://github.com/scidatmath2020/DL_Py_25"
_CW = "https://github.com/ChristophWuersch/AppliedNeuralNetworks"
_ANI = "https://github.com/ani-tka/Simple-Neural-Network-with-NumPy"
_NOR = "https://github.com/NorElHoudaSaidouche/Algorithme-de-retropropagation-de-l-erreur-sur-Mnist"
_COL = "https://github.com/Collado1234/Implementacoes-de-IA"
_KIJ = "https://ki-mit-java.de/Seite-31"
_JSO = "https://ja.stackoverflow.org.cn/questions/14428529"
_NOB = "https://nobituk.net/backpropagation-1.html"
_GOM = "https://github.com/gomu-gomu/ma-dl-tp-3"
_ELIF = "https://github.com/elifbeyzatok00/Deep-Learning"
_IRL = "https://github.com/Irlll/neural-network-backpropagation-from-scratch-code-for-detecting-potential-obesity-"

_J1 = ({"j": 0},)
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_H3 = tuple({"h": h} for h in range(3))
_K3 = tuple({"k": k} for k in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
_J3I4 = tuple({"j": j, "i": i} for j in range(3) for i in range(4))
_KI = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
_IJ23 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_IJ12 = tuple({"i": i, "j": j} for i in range(12) for j in range(12))


def _dd(formula: str, indent: str = "", close: str = "") -> str:
    """A formula between $$ lines of their own, as the notebooks write them (``close`` what follows the closing
    $$ on its line)."""
    return f"{indent}$$\n{indent}{formula}\n{indent}$${close}"


# scidatmath2020: every weight and bias of the 3-4-1 network (W_1 then W_out), for the update rules
_SCI_WEIGHTS = (tuple({"p": f"W1[{j},{s}]"} for j in range(4) for s in range(3))
                + tuple({"p": f"W2[0,{s}]"} for s in range(4)))
_SCI_BIASES = tuple({"p": f"b1[{j}]"} for j in range(4)) + ({"p": "b2[0]"},)
_SCI_RULE = ("$$w_{i,s}^{(j)}\\leftarrow w_{i,s}^{(j)}-\\eta\\frac{\\partial\\mathcal{L}}{\\partial w_{i,s}^{(j)}}"
             "\\quad\\mbox{ y }b_{i}^{(j)}\\leftarrow b_{i}^{(j)}-\\eta\\frac{\\partial\\mathcal{L}}"
             "{\\partial b_{i}^{(j)}}$$")
_SCI_ZOUT = ("$$\\boldsymbol{z}_{out}=W_{out}\\boldsymbol{a}_1+\\boldsymbol{b}_{out}=\\begin{pmatrix}\n"
             " 0.1 & -0.2 & 0   &  0.3 \n\\end{pmatrix}\n\\begin{pmatrix}\n 0.0996679946 \\\\\n -0.0996679946 \\\\\n"
             "0.0996679946 \\\\\n 0.1488850334\n\\end{pmatrix}+\\begin{pmatrix}\n 0.05\n\\end{pmatrix}=0.1245659084$$")


def _sci_block(names: tuple, numbers: tuple) -> str:
    """One of the notebook's $$ blocks of client 1's derivatives, one per line, ",\\quad" between them."""
    lines = [f"\\frac{{\\partial \\mathcal L^{{(1)}}}}{{\\partial {name}}}={number}" for name, number in zip(names, numbers)]
    return "$$\n" + ",\\quad\n".join(lines) + "\n$$"


# Nielsen's 2-3-2 sigmoid network under C = 1/2 sum (y - a)^2: dC/dz of every unit (layer 1 the hidden one in the
# names of symbols.md), and every parameter with its gradient (batch 16's tables, counted from 0 there)
_ND = deltas((3, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_N_BIAS = (tuple({"p": f"b2[{j}]", "m": _ND[2][j]} for j in range(2))
           + tuple({"p": f"b1[{k}]", "m": _ND[1][k]} for k in range(3)))
_N_WEIGHT = (tuple({"p": f"W2[{j},{k}]", "m": f"{_ND[2][j]}*a1[{k}]"} for j in range(2) for k in range(3))
             + tuple({"p": f"W1[{j},{k}]", "m": f"{_ND[1][j]}*x[{k}]"} for j in range(3) for k in range(2)))
_N_Z = (tuple({"z": f"z2[{j}]", "m": _ND[2][j]} for j in range(2))
        + tuple({"z": f"z1[{k}]", "m": _ND[1][k]} for k in range(3)))
_N_Z1 = tuple({"z": f"z1[{k}]", "m": _ND[1][k]} for k in range(3))
_N_OUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"

# NorElHouda's TP (softmax and the cross-entropy, t the one-hot target): dL/d(hidden outputs), dL/d(hidden sums)
_NA1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
_ND1 = f"{_NA1}*a1[{{j}}]*(1 - a1[{{j}}])"

# ki-mit-java: -dE/dz of output k, and the sum over the outputs of its errors[k] for hidden neuron i
_KE = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_KSUM = "((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{i}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{i}])"

# nobituk's 12-3-2 network: the sums as the notes write them, all twelve pixels
_NOB_Z1 = " + ".join(f"W1[{{j}},{i}]*x[{i}]" for i in range(12)) + " + b1[{j}]"
_NOB_Z2 = " + ".join(f"W2[{{j}},{i}]*a1[{i}]" for i in range(3)) + " + b2[{j}]"

# gomu-gomu (sigmoid output and the logistic loss): dL/dZ2
_GD2 = "(a2[0] - y[0])"
# elifbeyzatok00 (half the squared error): -dE/d(output sum)
_ED2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"

ENTRIES = [
    # ---- scidatmath2020's Spanish notebook "Modelo matemático": the update rule in its letters (\mbox{ y }
    # between two rules), the loss of the 4-client example, client 3's forward pass with pmatrix blocks, client 1's
    # 21 derivatives in $$ blocks of ",\quad"-separated claims (\mathcal L without braces), a worked step ---------
    Public("sci-rule", _SCI, "b93_sci1", "b93_sci1", _SCI_RULE, ((C,), (C,)),
           (Twin("update", "{p}", ("{p} - eta*grad",), _SCI_WEIGHTS),
            Twin("update", "{p}", ("{p} - eta*grad",), _SCI_BIASES)), batch=93,
           why="\"Ajuste de pesos\": every weight w_{i,s}^{(j)} (input s of neuron j of layer i) and every bias"),
    Public("sci-loss", _SCI, "b93_sci1", "b93_sci1",
           "$$\\mathcal{L}(\\boldsymbol{y},\\boldsymbol{\\hat{y}})=\\frac{(y_1-\\hat{y}_1)^2}{2}$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=93,
           why="\"Tomemos eta=0.1 y función de pérdida\" (the line's $\\eta=0.1$ before it left out)"),
    Public("sci-zout", _SCI, "b93_sci3", "b93_sci3", _SCI_ZOUT, ((C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + W2[0,3]*a1[3] + b2[0]",
                                    "=0.1*0.0996679946 + (-0.2)*(-0.0996679946) + 0*0.0996679946"
                                    " + 0.3*0.1488850334 + 0.05",
                                    "=0.1245659084")),), batch=93,
           why="client 3, x = (1, 1, 0): a_1 = tanh(z_1) = (tanh 0.1, tanh -0.1, tanh 0.1, tanh 0.15)"),
    Public("sci-yhat3", _SCI, "b93_sci3", "b93_sci3",
           "$$\\boldsymbol{\\hat{y}}^{(3)}=\\boldsymbol{a}_{out}=f_{out}(\\boldsymbol{z}_{out})=\\boldsymbol{z}_{out}"
           "=0.1245659084$$", ((C, C, C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "z2[0]", "z2[0]", "=0.1245659084")),), batch=93,
           why="f_out(t) = t"),
    Public("sci-L3", _SCI, "b93_sci3", "b93_sci3",
           "Por lo tanto $$\\mathcal{L}^{(3)}=\\mathcal{L}(\\boldsymbol{y}^{(3)},\\boldsymbol{\\hat{y}}^{(3)})"
           "=\\frac{(0.4-0.1245659084)^2}{2}=0.03793196939$$", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2", "=(0.4 - 0.1245659084)**2/2",
                                                  "=0.03793196939")),), batch=93,
           why="\"Por lo tanto\" (\"so\") before the $$ on its line"),
    Public("sci-n1", _SCI, "b93_sci1", "b93_sci1",
           _sci_block(("w_{1,1}^{(1)}", "w_{1,2}^{(1)}", "w_{1,3}^{(1)}", "b_{1}^{(1)}"),
                      ("-0.0291861802129", "0", "-0.0291861802129", "-0.0291861802129")),
           ((C,), (C,), (C,), (C,)),
           (Twin("gradient", "W1[0,0]", ("=-0.0291861802129",)), Twin("gradient", "W1[0,1]", ("=0",)),
            Twin("gradient", "W1[0,2]", ("=-0.0291861802129",)), Twin("gradient", "b1[0]", ("=-0.0291861802129",))),
           batch=93, why="client 1 (x = (1, 0, 1), y = 0.5), layer 1, neuron 1"),
    Public("sci-n4", _SCI, "b93_sci1", "b93_sci1",
           _sci_block(("w_{1,1}^{(4)}", "w_{1,2}^{(4)}", "w_{1,3}^{(4)}", "b_{1}^{(4)}"),
                      ("-0.0186338238498", "0", "-0.0186338238498", "-0.0186338238498")),
           ((W,), (C,), (W,), (W,)),
           (Twin("gradient", "W1[3,0]", ("=-0.0186338238498",)), Twin("gradient", "W1[3,1]", ("=0",)),
            Twin("gradient", "W1[3,2]", ("=-0.0186338238498",)), Twin("gradient", "b1[3]", ("=-0.0186338238498",))),
           batch=93,
           why="layer 1, neuron 4: z = 0.45, dL/dz = -0.3037 * 0.3 * (1 - tanh(0.45)^2) = -0.0749, not -0.0186 (x_2 = 0 "
               "makes the second 0, right)"),
    Public("sci-out", _SCI, "b93_sci1", "b93_sci1",
           _sci_block(("w_{out,1}^{(1)}", "w_{out,2}^{(1)}", "w_{out,3}^{(1)}", "w_{out,4}^{(1)}", "b_{out}^{(1)}"),
                      ("0.0908323914476", "0.0710228754759", "0.0884695331634", "-0.128127676047",
                       "-0.303692766403")),
           ((W,), (W,), (C,), (C,), (C,)),
           (Twin("gradient", "W2[0,0]", ("=0.0908323914476",)), Twin("gradient", "W2[0,1]", ("=0.0710228754759",)),
            Twin("gradient", "W2[0,2]", ("=0.0884695331634",)), Twin("gradient", "W2[0,3]", ("=-0.128127676047",)),
            Twin("gradient", "b2[0]", ("=-0.303692766403",))), batch=93,
           why="the output layer: dL/dz_out = y hat - y = -0.3037, times a_1 = (0.1974, 0, -0.2913, 0.4219); the "
               "first two are not (a_1^{(1)} = tanh 0.2 and a_1^{(2)} = tanh 0 give -0.0600 and 0), the last three "
               "are"),
    Public("sci-step", _SCI, "b93_sci1", "b93_sci1",
           "$$\nw_{1,1}^{(2)} \\leftarrow w_{1,1}^{(2)} - \\eta \\frac{\\partial \\mathcal{L}^{(1)}}{\\partial "
           "w_{1,1}^{(2)}}\n= -0.3 - 0.1(0.0607385532805) = -0.30607385532805\n$$", ((C, C, C),),
           (Twin("update", "W1[1,0]", ("W1[1,0] - eta*grad", "=-0.3 - 0.1*0.0607385532805",
                                       "=-0.30607385532805")),), batch=93,
           why="\"Gradiente estocástico\" with client 1, neuron 2 of layer 1"),
    # ---- ChristophWuersch's German notes (Nielsen's chapter 2 translated): \begin{align} blocks with \tag, a
    # space after \begin{align}, \equiv, \|y-a^L\|^2, \odot, (w^{l+1})^T, rules over the layer l; (30) writes
    # 1-\sigma'(z^L) where 1-\sigma(z^L) belongs -------------------------------------------------------------------
    Public("cw-cost", _CW, "b93_cw", "b93_cw",
           "\\begin{align}\n  C = \\frac{1}{2} \\|y-a^L\\|^2 = \\frac{1}{2} \\sum_j (y_j-a^L_j)^2,\n\\tag{27}\\end{align}",
           ((C, C),), (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",
                            ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",) * 2),), batch=93),
    Public("cw-delta", _CW, "b93_cw", "b93_cw",
           "\\begin{align} \n  \\delta^l_j \\equiv \\frac{\\partial C}{\\partial z^l_j}.\n\\tag{29}\\end{align}",
           ((C,),), (Twin("gradient_z", "{z}", ("{m}",), _N_Z),), batch=93,
           why="the definition, true at every layer (l = 2, 3)"),
    Public("cw-bp1", _CW, "b93_cw", "b93_cw",
           "\\begin{align} \n  \\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j).\n"
           "\\tag{BP1}\\end{align}", ((C,),), (Twin("gradient_z", "z2[{j}]", (_N_OUT,), _J2),), batch=93),
    Public("cw-dCda", _CW, "b93_cw", "b93_cw", "$$\\frac{\\partial C }{ \\partial a^L_j} = (a_j^L-y_j)$$ ",
           ((C,),), (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=93,
           why="a derivative by an output, a value; a space after $$ on the line"),
    Public("cw-30", _CW, "b93_cw", "b93_cw",
           "\\begin{align} \n  \\delta^L = (a^L-y) \\odot \\sigma'(z^L) = (a^L-y) \\odot \\sigma(z^L) \\odot "
           "\\left[ 1-\\sigma'(z^L)\\right].\n\\tag{30}\\end{align}", ((C, W),),
           (Twin("gradient_z", "z2[{j}]", (_N_OUT, "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}]*(1 - a2[{j}]))"), _J2),),
           batch=93, why="the second member takes 1 - sigma'(z^L) where Nielsen's (30) has 1 - sigma(z^L)"),
    Public("cw-bp2", _CW, "b93_cw", "b93_cw",
           "\\begin{align} \n  \\delta^l = ((w^{l+1})^T \\delta^{l+1}) \\odot \\sigma'(z^l),\n\\tag{BP2}\\end{align}",
           ((C,),), (Twin("gradient_z", "{z}", ("{m}",), _N_Z1),), batch=93,
           why="l = 2, the one layer with a layer after it"),
    Public("cw-45", _CW, "b93_cw", "b93_cw",
           "\\begin{align}\n  \\delta^l_j = \\sum_k w^{l+1}_{kj}  \\delta^{l+1}_k \\sigma'(z^l_j).\n\\tag{45}\\end{align}",
           ((C,),), (Twin("gradient_z", "{z}", ("{m}",), _N_Z1),), batch=93,
           why="BP2 in components (the notes write it twice; the first)"),
    Public("cw-bp3", _CW, "b93_cw", "b93_cw",
           "\\begin{align}  \\frac{\\partial C}{\\partial b^l_j} =\n  \\delta^l_j.\n\\tag{BP3}\\end{align}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _N_BIAS),), batch=93, why="a rule over l: layers 2 and 3"),
    Public("cw-bp4", _CW, "b93_cw", "b93_cw",
           "\\begin{align}\n \\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j.\n\\tag{BP4}\\end{align}",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _N_WEIGHT),), batch=93),
    # ---- ani-tka's Polish notebook (XOR): $$ blocks with double spaces, trailing spaces and "$$ " closing lines,
    # * for the product, the worked forward pass from the seed's weights rounded (-0.99 for -0.9998, -0.36 where
    # w_4 is -0.3953), the sigmoid of the rounded sums ----------------------------------------------------------
    Public("ani-h1", _ANI, "b93_ani", "b93_ani", _dd("h_1  =  (x_1 * w_1) + (x_2 * w_3) + b_1    "), ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=93,
           why="\"weighted sum for each hidden neuron\": h_1 the sum, sigma(h_1) the output"),
    Public("ani-h2", _ANI, "b93_ani", "b93_ani", _dd("h_2  =  (x_1 * w_2) + (x_2 * w_4) + b_2    ", close=" "),
           ((C,),), (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1] + b1[1]",)),), batch=93),
    Public("ani-h1-num", _ANI, "b93_ani", "b93_ani", _dd("h_1  =  (0 * -0.17) + (1 * -0.99) + (-0.7) = - 1.69"),
           ((C, W),), (Twin("value", "z1[0]", ("=(0*-0.17) + (1*-0.99) + (-0.7)", "=-1.69")),), batch=93,
           why="h_1 = -1.7063: the sum of the copies, their last digits carried, holds it (-0.99 for -0.99977, "
               "-0.7 for -0.70649); the result -1.69 does not"),
    Public("ani-h2-num", _ANI, "b93_ani", "b93_ani",
           _dd("h_2  =  (0 * 0.44) + (1 * -0.36) + (-0.81)  = -1.17", close=" "), ((W, W),),
           (Twin("value", "z1[1]", ("=(0*0.44) + (1*-0.36) + (-0.81)", "=-1.17")),), batch=93,
           why="w_4 = -0.39533 written -0.36: h_2 = -1.2107"),
    Public("ani-s1", _ANI, "b93_ani", "b93_ani", _dd("\\sigma (h_1) = 0.1557"), ((W,),),
           (Twin("value", "a1[0]", ("=0.1557",)),), batch=93,
           why="sigma(-1.69) = 0.1558 from the rounded sum; sigma(h_1) = sigma(-1.7063) = 0.1536"),
    Public("ani-s2", _ANI, "b93_ani", "b93_ani", _dd("\\sigma (h_2) = 0.236"), ((W,),),
           (Twin("value", "a1[1]", ("=0.236",)),), batch=93, why="sigma(-1.2107) = 0.2296"),
    Public("ani-yout", _ANI, "b93_ani", "b93_ani",
           _dd("y_{output}  = \\sigma (h_1)  * w_5 +  \\sigma (h_2) * w_6 + b_3", close=" "), ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),), batch=93,
           why="\"weighted sum for the output layer\": y_output the output neuron's sum"),
    Public("ani-yout-num", _ANI, "b93_ani", "b93_ani",
           _dd("y_{output}  = (0.1557 * (-0.6 )) + (0.236 * (-0.3)) + (-0.2) = -0.36", close=" "), ((C, C),),
           (Twin("value", "z2[0]", ("=(0.1557*(-0.6)) + (0.236*(-0.3)) + (-0.2)", "=-0.36")),), batch=93,
           why="z_2 = -0.3738 from the seed's numbers: the copies' sum, their last digits carried, holds it, and -0.36 "
               "is one unit from -0.37"),
    # ---- NorElHoudaSaidouche's French TP (CNAM's MLP on MNIST): $$ blocks in bold letters \mathbf{v_i} with the
    # sample's i inside, \mathbf{\hat{y_i}}, y_i^*, \frac{1}{t_b} over the batch, \mathbf{H}^T, \Delta^y,
    # \mathbf{W^{y}}^T, \odot, \sigma^{'}, \tag ---------------------------------------------------------------------
    Public("nor-dv", _NOR, "b93_nor", "b93_nor",
           _dd("\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{v_i}} = \\mathbf{\\delta^y_i} = \\mathbf{\\hat{y_i}}"
               " - \\mathbf{y_i^*}"), ((C, C),),
           (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",) * 2, _K3),), batch=93,
           why="dL/d(output sums) under softmax and the cross-entropy: a value"),
    Public("nor-dWy", _NOR, "b93_nor", "b93_nor",
           _dd("\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{W^y}} = \\frac{1}{t_b}\\mathbf{H}^T (\\mathbf{\\hat{Y}}"
               " - \\mathbf{Y^*}) = \\frac{1}{t_b} \\mathbf{H}^T \\mathbf{\\Delta^y} \\tag{8}"), ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",) * 2, _K3J3),), batch=93,
           why="t_b = 1 (one example)"),
    Public("nor-dby", _NOR, "b93_nor", "b93_nor",
           _dd("\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{b^y}} = \\frac{1}{t_b}\\sum_{i=1}^{t_b}"
               "(\\mathbf{\\hat{y_i}} - \\mathbf{y_i^*}) \\tag{9}"), ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=93),
    Public("nor-du", _NOR, "b93_nor", "b93_nor",
           _dd("\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{u_i}} = \\mathbf{\\delta^h_i} = \\mathbf{\\delta^y_i}"
               " \\mathbf{W^{y}}^T   \\odot \\sigma^{'}(\\mathbf{u_i}) = \\mathbf{\\delta^y_i} \\mathbf{W^{y}}^T \\odot "
               "(\\mathbf{h_i} \\odot (1-\\mathbf{h_i}))"), ((C, C, C),),
           (Twin("value", _ND1, (_ND1,) * 3, _J3),), batch=93, why="dL/d(hidden sums), a row"),
    Public("nor-dWh", _NOR, "b93_nor", "b93_nor",
           _dd("\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{W^h}} =  \\frac{1}{t_b} \\mathbf{X}^T "
               "\\mathbf{\\Delta^h}"), ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ND1}",), _J3I4),), batch=93),
    Public("nor-dbh", _NOR, "b93_nor", "b93_nor",
           _dd("\\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{b^h}} = \\frac{1}{t_b}\\sum_{i=1}^{t_b}(\\delta^h_i)"),
           ((C,),), (Twin("gradient", "b1[{j}]", (_ND1,), _J3),), batch=93),
    # ---- Collado1234's Portuguese notebook: $$ lines indented three spaces under a numbered item (and two spaces
    # after the closing $$), \sum_i^n, the parameter w of the step; Joel Grus' list comprehension with zip and a
    # "#" comment in Portuguese -----------------------------------------------------------------------------------
    Public("col-loss", _COL, "b93_col", "b93_col",
           _dd("L = \\frac{1}{2} \\sum_i^n (y_i - \\hat{y}_i)^2", indent="   "), ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=93,
           why="\"erro quadrático médio (MSE)\": n = 1 output"),
    Public("col-rule", _COL, "b93_col", "b93_col",
           _dd("w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}", indent="   ", close="  "), ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), param="W2[0,0]", batch=93,
           why="w any weight: judged for the one --param names"),
    Public("col-odeltas", _COL, "b93_col", "b93_col",
           "    output_deltas = [output * (1-output) * (output - target) for output, target in zip (outputs, "
           "target_vector)] # derivada da sigmoide vezes o erro", ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=93,
           why="\"gradients of the output neurons' pre-activations\": dL/dz2"),
    # ---- ki-mit-java.de's German page 31: Java-like pseudocode, newWeighti with the index glued, array
    # subscripts, neuron[i].weightOfOutputLayer[k], an en dash for the minus, lines broken after "*",
    # (errors[].sum), += -------------------------------------------------------------------------------------------
    Public("kij-new", _KIJ, "b93_kij", "b93_kij", "newWeighti = oldWeighti + deltaWi", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=93,
           why="\"the weight adjustment is again as follows\": deltaWi the step of the weight"),
    Public("kij-errors", _KIJ, "b93_kij", "b93_kij",
           "errors[k] = (target[k] – output[k]) * output[k] * (1 – output[k]) *\nneuron[i].weightOfOutputLayer[k]",
           ((C,),), (Twin("value", "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{i}]",
                          (f"{_KE}*W2[{{k}},{{i}}]",), _KI),), batch=93,
           why="for hidden neuron i and output neuron k: -dE/dz2[k] times the weight between them"),
    Public("kij-deltaW", _KIJ, "b93_kij", "b93_kij",
           "deltaW = (errors[].sum) * outputFromHiddenLayer[i] *\n(1 - outputFromHiddenLayer[i]) * input[j] * "
           "learningRate", ((C,),),
           (Twin("value", f"eta*{_KSUM}*a1[{{i}}]*(1 - a1[{{i}}])*x[{{j}}]",
                 (f"{_KSUM}*a1[{{i}}]*(1 - a1[{{i}}])*x[{{j}}]*eta",), _IJ23),), batch=93,
           why="the step of weight j of hidden neuron i, -eta dE/dw"),
    Public("kij-update", _KIJ, "b93_kij", "b93_kij", "neuron[i].weights[j] += deltaW", ((C,),),
           (Twin("update", "W1[{i},{j}]", ("W1[{i},{j}] - eta*grad",), _IJ23),), batch=93),
    # ---- the Japanese Q&A mirror (stackoverflow.org.cn): the question's plain-text delta rule from Wikipedia,
    # names with glued indices (ti, yi, hj, xi), g' of the weighted sum, and the code's version without g' ---------
    Public("jso-rule", _JSO, "b93_jso", "b93_jso", "dw = alpha *(ti-yi)* g'(hj)xi", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",
                 ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=93,
           why="Wikipedia's delta rule, the step -alpha dE/dw of half the squared error"),
    Public("jso-nog", _JSO, "b93_jso", "b93_jso", "dw = alpha *(ti-yi)*(hj)xi", ((W,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]", ("eta*(y[0] - a1[0])*z1[0]*x[0]",)),),
           batch=93, why="the code the question quotes: g' dropped, the weighted sum hj multiplied in its place"),
    # ---- nobituk's Japanese notes: $$ with spaces inside, \; spacing and a range remark after a formula, align
    # blocks of six and four claims with \cdots for the elided pixels and w_{1,12}^{2} -----------------------------
    Public("nob-input", _NOB, "b93_nob", "b93_nob", "$$ a_{j}^{1} = x_{i} \\; \\; \\; (i, j = 1, \\dots, 12) $$",
           ((W,),), (Twin("value", "x[{j}]", ("x[{i}]",), _IJ12),), batch=93,
           why="the input layer's a_j^1 is x_j; x_i for every i and j is not (the notes mean a_i^1 = x_i)"),
    Public("nob-hidden", _NOB, "b93_nob", "b93_nob",
           "$$ \\begin{align} z_1^{2} &= w_{1,1}^{2} x_{1} + \\cdots + w_{1,12}^{2} x_{12} + b_{1}^{2} \\\\ z_2^{2} &= "
           "w_{2,1}^{2} x_{1} + \\cdots + w_{2,12}^{2} x_{12} + b_{2}^{2} \\\\ z_3^{2} &= w_{3,1}^{2} x_{1} + \\cdots + "
           "w_{3,12}^{2} x_{12} + b_{3}^{2} \\\\ a_1^{2} &= a(z_{1}^{2}) \\\\ a_2^{2} &= a(z_{2}^{2}) \\\\ a_3^{2} &= "
           "a(z_{3}^{2}) \\\\ \\end{align} $$", ((C,),) * 6,
           tuple(Twin("value", f"z1[{j}]", (_NOB_Z1.format(j=j),)) for j in range(3))
           + tuple(Twin("value", f"a1[{j}]", (f"sigmoid(z1[{j}])",)) for j in range(3)), batch=93,
           why="\\cdots for pixels 2 to 11"),
    Public("nob-output", _NOB, "b93_nob", "b93_nob",
           "$$ \\begin{align} z_1^{3} &= w_{1,1}^3 a_1^{2} + w_{1,2}^3 a_2^{2} + w_{1,3}^3 a_3^{2}+ b_1^3 \\\\ z_2^{3} &= "
           "w_{2,1}^3 a_1^{2} + w_{2,2}^3 a_2^{2} + w_{2,3}^3 a_3^{2} +b_2^3 \\\\ a_1^{3} &= a(z_1^{3}) \\\\ a_2^{3} &= "
           "a(z_2^{3}) \\\\ \\end{align} $$", ((C,),) * 4,
           tuple(Twin("value", f"z2[{j}]", (_NOB_Z2.format(j=j),)) for j in range(2))
           + tuple(Twin("value", f"a2[{j}]", (f"sigmoid(z2[{j}])",)) for j in range(2)), batch=93),
    # ---- gomu-gomu's French TP 3: indented NumPy lines of back_propagation (a column per example), (1 / m),
    # keepdims, French "#" comments with accents ------------------------------------------------------------------
    Public("gom-dZ2", _GOM, "b93_gom", "b93_gom",
           "    dZ2 = A2 - Y  # dérivée de la fonction de coût par rapport à Z2", ((C,),),
           (Twin("value", _GD2, (_GD2,)),), batch=93, why="the sigmoid output under the logistic loss"),
    Public("gom-dW2", _GOM, "b93_gom", "b93_gom", "    dW2 = (1 / m) * np.dot(dZ2, A1.T)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_GD2}*a1[{{j}}]",), _J4),), batch=93),
    Public("gom-db2", _GOM, "b93_gom", "b93_gom", "    db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)",
           ((C,),), (Twin("gradient", "b2[0]", (_GD2,)),), batch=93),
    Public("gom-dA1", _GOM, "b93_gom", "b93_gom",
           "    dA1 = np.dot(W2.T, dZ2)  # dérivée de la fonction de coût par rapport à A1", ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_GD2}", (f"W2[0,{{j}}]*{_GD2}",), _J4),), batch=93,
           why="a derivative by the hidden outputs, a value"),
    Public("gom-dZ1", _GOM, "b93_gom", "b93_gom",
           "    dZ1 = dA1 * (A1 * (1 - A1))  # dérivée de la fonction sigmoïde", ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_GD2}*a1[{{j}}]*(1 - a1[{{j}}])",
                 (f"W2[0,{{j}}]*{_GD2}*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),), batch=93),
    # ---- elifbeyzatok00's Turkish notebook (the delta rule for two layers): indented NumPy lines in a loop,
    # samples as rows, .dot and .T, sigmoid_derivative taken at the outputs, a += update with learning_rate --------
    Public("elif-odelta", _ELIF, "b93_elif", "b93_elif",
           "        output_delta = error * sigmoid_derivative(output_layer)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", (_ED2,)),), batch=93,
           why="error = target_output - output_layer the line before: -dE/dz2"),
    Public("elif-herror", _ELIF, "b93_elif", "b93_elif",
           "        hidden_error = output_delta.dot(synaptic_weights2.T)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]", (f"{_ED2}*W2[0,{{j}}]",), _J4),),
           batch=93, why="-dE/d(hidden outputs), a value"),
    Public("elif-hdelta", _ELIF, "b93_elif", "b93_elif",
           "        hidden_delta = hidden_error * sigmoid_derivative(hidden_layer)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 (f"{_ED2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J4),), batch=93),
    Public("elif-w2", _ELIF, "b93_elif", "b93_elif",
           "        synaptic_weights2 += learning_rate * hidden_layer.T.dot(output_delta)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_ED2}",), _J4),), batch=93),
    # ---- Irlll's Indonesian README: Markdown mixing plain text and $...$, <sup>+</sup> for the new weight,
    # <sup>2-1</sup> for the power, \* escaped for Markdown, a chain broken over two lines, indented list lines ----
    Public("irl-rule", _IRL, "b93_irl", "b93_irl",
           "wh<sup>+</sup> = wh - $\\eta$ \\* $\\frac{\\partial E}{\\partial wh}$", ((C,),),
           (Twin("update", "W2[0,{h}]", ("W2[0,{h}] - eta*grad",), _H3),), batch=93,
           why="\"Langkah 6: update the output layer's weights\": wh any of wh1, wh2, wh3"),
    Public("irl-chain", _IRL, "b93_irl", "b93_irl",
           "$\\frac{\\partial E}{\\partial wh1}$ = $\\frac{\\partial E}{\\partial out}$ \\*\n"
           "$\\frac{\\partial out}{\\partial wh1}$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=93,
           why="the chain through the output, over two lines"),
    Public("irl-dEdout", _IRL, "b93_irl", "b93_irl",
           "  $\\frac{\\partial E}{\\partial out}$ = 2 \\* (target - out)<sup>2-1</sup> \\* -1", ((C,),),
           (Twin("value", "-2*(y[0] - a2[0])", ("2*(y[0] - a2[0])**(2 - 1)*(-1)",)),), batch=93,
           why="E = (target - out)^2: a derivative by the output, a value"),
    Public("irl-dout", _IRL, "b93_irl", "b93_irl",
           "    $\\frac{\\partial out}{\\partial netout}$ = out \\* (1 - out)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=93,
           why="the sigmoid's local derivative, a value"),
]
