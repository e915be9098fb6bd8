r"""Batch 101 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 addresses no earlier batch used (the pages corpus, with this batch's emphasis: course notes and
PDF-derived pages, pages working a small network by hand, French-, German-, Italian-, Polish-, Spanish- and Arabic-
language pages): AntuanAlacran's Spanish course notebook (Mazur's 2-2-2 example in numbers: Python lines and Markdown
$...$ with \begin{align}); a Spanish R notebook on RPubs (a 2-2-1 network in numbers, R's <- and its printed
output); Drwalin's Polish LaTeX notes (SieciNeuronowe.tex: layers and neurons counted from 0, omega_{l,n,i}, split
blocks of several claims); wiredwisdom's softmax and cross-entropy derivation (\underbrace, \overbrace, \vphantom,
\color); malawad's Arabic translation of Victor Zhou's introduction (a bare LaTeX line); tareqjabel's Arabic post
(Arabic words as the inputs' names); the Arabic freeCodeCamp guide in a Gitea blame view (table rows around a list
item, Ng's a (l) and Theta (l-1)); performancetrading.it's Italian page (a plain-text sum E{k=1,n}(k), w(j)(k),
a threshold S(k)); inf-schule's German lesson (\Sigma as a name, decimal commas); informatics4kids' German DokuWiki
export (\begin{equation} on one line, w_{i1} input-first, the constant input 1); interactivechaos' Spanish tutorial
(its sums lost to ?); an Italian thesis's PDF text on 123dok; a Spanish algorithm sheet's PDF text on Scribd (the
scripts moved to the next line) -- copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch101_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an output or a pre-activation
(AntuanAlacran's d cost(a^3_1)/d a^3_1, dCost_a31, d a^3_1/d z^3_1, dActiv_z31) is twinned as a value, as in batches
14 to 99. Formulas keep their page's delimiters and what surrounds them on their line (the R output's "##  " and two
claims on one line; Drwalin's tabs, \label{} and \notag; the freeCodeCamp table's "|  | *   " and " | ||" and the
Arabic prose after the Arabic semicolon; inf-schule's "Im Bsp. oben:" before $...$; performancetrading's "e in
particolare" before the claim; malawad's space before the bare LaTeX).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 101

The batch: 55 formulas of 56 claims (69 members), 6 of them unreadable (pages that lost their symbols); of the 49
read: 45 values (forward definitions and sums, some worked in numbers, outputs, losses, derivatives by an output
or a pre-activation), 3 gradients (Drwalin's g_{l,n} and g_{l,n,i}, one of them a block of four claims), 1 update
(Drwalin's two rules in one split block). 19 are LaTeX (AntuanAlacran's four $...$ and \begin{align} with \text{cost}
(a^3_1), a^3_1 with the superscript first, g'(z), ŷ^i in Unicode, a chain continued on the next two $...$ lines;
Drwalin's eight with \left( a_{l-1}, \omega_{l} \right) arguments, \varepsilon with arguments as the error, three
indices in one subscript, \sum_{i=0}^ {N_{L-1}-1 } with a space, \bigg, \Big, \big, \sum\limits, \sigma^{\prime},
an empty row \\ \\ in a split block; wiredwisdom's two; malawad's bare \left( ... \right) line with *; inf-schule's
two with \Sigma and decimal commas; informatics4kids' two with a bound-less \sum and the constant input as 1), 36
plain text or code (AntuanAlacran's eleven Python lines with s(z21), b1*x0 and ** for the power; the R notebook's
seven <- lines with ^ and its four output lines; tareqjabel's × and Arabic names; the freeCodeCamp guide's two
table rows with a (l), g (z (l)), Theta (l-1); performancetrading's four with exp(), E{k=1,n}(k), w(j)(k), S(k);
interactivechaos' ?; the Italian thesis's two, one split over nine lines and y = f (P − θ) with U+2212; the Scribd
sheet's four with their scripts on the next line, ∑, θ and δ).

Mistaken (the oracle finds a member wrong): 5 of the 55:

- AntuanAlacran's J(Theta) = 1/m sum_{i=1}^m (ŷ^i - y^i)^2 (aa-J) with m = 1 (one observation, as the notebook says):
  its one term is not the loss the notebook then computes over both outputs, (0.751365 - 0.01)^2 + (0.772928 -
  0.99)^2 = 0.596742 (right, as is its code J = (a31-y1)**2 + (a32-y2)**2). The notebook's derivative drops the
  2 of that squared error (its J'(Theta) = 1/m sum (ŷ^i - y^i)): d cost(a^3_1)/d a^3_1 = 0.751365 - 0.01 = 0.741365
  (aa-dcost, both members) and dCost_a31 = a31 - y1 (aa-dcode) for 2(a31 - y1) = 1.48273.
- Drwalin's update block (dw-upd): the notes define Delta omega = -g and Delta beta = -g (the gradients' negatives,
  eq:deltaweight:2, and W = W + alpha Delta W), then write omega_{l,n,i} = omega_{l,n,i} - alpha Delta omega_{l,n,i}
  and beta_{l,n} = beta_{l,n} - alpha Delta beta_{l,n}: a step up the gradient, both claims wrong.
- tareqjabel's Output = (0.5 × أذن) + (0.3 × ذيل) + (0.2 × عين) - 0.4 (tj-out): right at the post's weights, but it
  writes the weights and bias as their values among the inputs' names, and the oracle judges a member that mixes
  the file's numbers with symbols as a rule in the network's parameters (it holds at those weights only): wrong.
  The twin was first written down with the verdict correct; the oracle found it wrong, and the verdict, not the
  twin, was changed (the twin transcribes the post exactly).

Not mistaken, though they look it: AntuanAlacran's z22 = w3*x1 + w4*x2 + b1*x0 uses the layer's one bias b1 for
both hidden units (Mazur's shared bias: one bias per layer in the network, after the first run's fix below); d a^3_1/d z^3_1 = 0.186815 for
0.1868156 is within one unit of its last digit; Drwalin's error epsilon has no 1/2, and its gradients the factor
2 that goes with it; informatics4kids' \sum w_{ij} \cdot x_i without bounds runs over the three inputs with the
constant x_3 = 1 (the page's topology), the threshold's weight w_31 the bias; the freeCodeCamp guide's z (l) =
Theta (l-1) a (l-1) has no bias term, Ng's bias unit living inside a (l-1) (the network has no biases); inf-schule's
0,5 \cdot 2,0 + 1,5 \cdot 1,0 reads x_1 = 0,5, w_1 = 2,0 in the order of the line before it.

What was left out: definitions and statements without a claim (AntuanAlacran's g(z) = 1/(1+e^{-z}), the repeat of
J(Theta) in a sentence and J'(Theta) = 1/m sum (ŷ^i - y^i), a derivative that names no variable; Drwalin's sigma(x)
and sigma'(x) = sigma(x)(1 - sigma(x)) (the sigmoid's identity, no quantity of the network), Delta W = -nabla
epsilon(omega) and Delta omega_{l,n,i} = -g_{l,n,i} (the definitions of the Deltas), W = W + alpha Delta W (the vector
of all weights and biases, no quantity of the spec), the gradient written out as a column with \dots; malawad's
x_{1} \rightarrow x_{1} * w_{1} and the sum without a left side; tareqjabel's sigma(x) = 1 / (1 + e^(-x)) and
ReLU(x) = max(0, x); performancetrading's and the thesis' definitions of the transfer function; informatics4kids'
$w_{31}=-0.1$, the given weight), the rest of AntuanAlacran's notebook after dActiv_z31 (the batch's size: its
z^3_1 = a^2_0 \times b2 + ..., dZ31_w5, the chain 0.741365 \times 0.186815 \times 0.593269 = 0.082167 and the new
Theta^3_{1,1} := 0.4 - (0.5)(0.082167) = 0.3558916, the code's 0.35891647 showing the Markdown's slip), the R
notebook's backward pass (not in the stored copy) and Drwalin's two long derivations (eq:gradientweightoutput and
eq:gradientbiasoutput, a \beta_{L,n} of a layer that does not exist inside them, its g_{L-1,n,i} and g_{L-1,n}
after each taken), the Scribd sheet's steps 10 to 12. Claimed but not used: mattiacurri's course notes (a_j and
z_j of Bishop's notation, one letter z for the outputs of two layers told apart by the index letter only, which no
notation under the spec can tell apart), studylibfr's French PDF text (Y = φ(x; α, β) = β0 + β 0 z: its transposes
stored as a 0), gutefrage's German answer and ki-mit-java's page 23 (threshold neurons whose sums are each for
another input pattern: a network of one sample each), solveconpython's Spanish training loop (its code stored on
one line, its gradient summed over the four XOR samples).

Collected on 2026-12-06 from 11:42 to 11:51 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), after one fix of the tables: interactivechaos'
"ŷi" (the page's glued name) is not one symbol under the spec's grammar; the notation writes "ŷ_{i}" and "y_{i}"
(one sample) and names C_{i} a loss. The oracle agreed with every verdict first written down but tj-out's (above),
and the test of keys found one key (ml-y) an earlier batch used, renamed mlw-y. No entry was read by check before
the blind run, and nothing under src/ was touched.
Run blind at main d9f372a (/work/READY_FOR_BLIND38, open when the collecting commit b83ce21 was made at 11:52), the
rebase onto it a no-op (the collecting commit's base was d9f372a), nothing under src/ changed by this branch.
First run (/work/batch101_blind.txt): 29 of 55 read with every verdict right (53%), 15 refused, 5 misread, 6 typo
refused (every unreadable one refused, each message naming its token), no crash, NO WRONG FORMULA CALLED CORRECT. Two
of the misreadings were the tables' slip: AntuanAlacran's z22 = w3*x1 + w4*x2 + b1*x0 and z32 = w7*a21 + w8*a22 +
b2*x0 (aa-z22, aa-z32) were called wrong because the network gave each unit a bias of its own (b1[0], b1[1] equal in
value) where the notebook, as Mazur's example, has one bias per layer shared by its units; the notation's "b1" =
"b1[0]" was then the first unit's only, and the twins of aa-z22 and aa-z32 wrote b1[1] and b2[1] (a slip of the
twins against that notation). Fixed in the tables only (bias = "shared", "b1" = "b1", "b2" = "b2", the four twins
b1*1 and b2*1); the oracle, run again, agrees with every verdict as committed; the second run
(/work/batch101_blind_second.txt) reads both and changes nothing else: 31 of 55 (56%), 15 refused, 3 misread, 6 typo
refused, no crash, no wrong formula called correct. tests/test_public_formulas_held_out.py -k "b101-" passes (104
tests: never a wrong formula called correct, no crash, every refusal one line); nothing for KNOWN_CRASHES.

By kind of formula (second run): values 29 of 45, gradients 1 of 3, updates 1 of 1. LaTeX against plain text and
code: the 19 in LaTeX read 10 (53%), the 36 in plain text or code 21 (58%; 21 of the 30 that are not unreadable). By
page: AntuanAlacran 14 of 15 (12 in the first run; its three mistaken formulas called wrong, the 2 of the squared
error missing: 0.751365 - 0.01 = 0.741365 and dCost_a31 = a31 - y1, and J(Theta)'s one term), the R notebook 7 of
11, Drwalin 2 of 8 (dw-upd's step up the gradient called wrong in both claims), wiredwisdom 0 of 2, malawad 1 of 1,
tareqjabel 1 of 1 (called wrong, as the oracle), the freeCodeCamp guide 0 of 2, performancetrading 1 of 4,
inf-schule 2 of 2, informatics4kids 2 of 2, the Italian thesis 1 of 1 (and its unreadable P refused), interactivechaos
and the Scribd sheet none to read (5 unreadable, refused).

The refusals by construct (the second run's 15, the same in the first), with the exact message:

- 4, R's printed output, "##  " before the values and two claims on one line spaced apart (the R notebook's rs-o1 to
  rs-o4): "formula '## z1 = -0.7000 f1 = 0.3318': has no left side; write the equation (\frac{\partial L}{\partial
  w} = ...) or name the parameter with --param" (rs-o4's "## Etotal = 0.0910", one claim, the same).
- 3, a symbol written as a function of the layer before, S_{l,n}\left( a_{l-1}, \omega_{l} \right) (Drwalin's dw-S,
  dw-a, and dw-eps2's a_{L-1,i} \Big( a_{L-2}, \omega_{L-1} \Big)): "formula 'S_{l,n} = S_{l,n} ( a_{l-1},
  \\omega_{l} ) = \\beta_{l,n} +...': S_{l,n}(...) with 2 arguments: the notation gives S_{l,n} the value z{l}[n] but
  no parameters, so nothing says what these arguments make of it; write S_{l,n} alone (no arguments) for that value,
  or the formula the function returns, in the notation's names" (the others the same for a_{l,n}). The notation
  could not say it: the spec gives a pattern a meaning, not parameters.
- 3, a plain-text sum E{k=1,n}(k) with w(j)(k) and x(k) (performancetrading's pt-I, pt-IS, pt-I1): "formula 'e in
  particolare I= E{k=1,n}(k) w(j)(k) * x(k)': expected '}' to close the group at '=' (position 24)" (the others at
  '=' too, positions 7 and 6). Its O = 1/(1+exp(-I)) read.
- 2, \vphantom inside \underbrace (wiredwisdom's ww-p, ww-L): "formula '{\\vphantom{\\frac{e^{z_i}}{\\sum_j}}{
  p_i}} = {\\frac{e^{z_i...': the command \vphantom is not part of a formula check can read at '\\vphantom'
  (position 2); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols" (ww-L's at position
  8). \underbrace, \overbrace, \color and \tag were taken away before it.
- 1, Arabic prose after the Arabic semicolon (U+061B) that ends the claim (the freeCodeCamp guide's fc-a): "formula
  '| | * a (l) = g (z (l))؛ صفيف من قيم العقد في الطبقة l اس...': cannot read '؛' at position 27; write the formula in
  LaTeX or plain text (+ - * / ^, \frac, \sum)".
- 1, a Markdown table row and list item around the formula, "|  | *   " before it and " | ||" after (fc-z):
  "formula '| | * z (l) = Theta (l-1) a (l-1) | ||': unexpected at '*' (position 6)".
- 1, the activation's own argument letter in g'(z) where z means z^3_1 (AntuanAlacran's aa-dact): "formula
  \"\\frac{\\partial a^3_1}{\\partial z^3_1} = g'(z) = 0.751365 ...\": z matches none of the notation's patterns for z
  ('z21', 'z22', 'z31', 'z32', 'z_{i}^{2}', 'z_{i}^{3}')". The notation names no bare z (the notebook's g(z) is the
  sigmoid's definition, z any number).

The misreadings (the second run's 3, in the first run 5 with aa-z22 and aa-z32 above), one construct: L, the
notes' number of layers (layers counted from 0, the output layer L-1 = 2), given by the notation as "L" = "3", read
as the output layer as the spec's default has it (so L-1 the hidden layer 1), though a notation's meaning wins:
dw-eps's \sum_{i=0}^ {N_{L-1}-1 } ( a_{L-1,i} - t_{i} )^{2} read as (a1[0] - y[0])**2 + (a1[1] - y[1])**2 (the
hidden layer's outputs; N_{L-1} took the notation's L, two terms), called wrong against the error; dw-g's first
claim g_{L-1,n} = 2( a_{L-1,n} - t_{n} ) a_{L-1,n} ( 1 - a_{L-1,n} ) read as the gradient by b1[n] equal to (1 -
a1[n])(2 a1[n] - 2 y[n]) a1[n], called wrong (expected correct); dw-gb's g_{L-1,n} = \partial\varepsilon/\partial
\beta_{L-1,n} = 2( a_{L-1,n} - t_{n} ) \sigma'( S_{L-1,n} ) = ... read at layer 1 as well, its second and third
members called wrong. dw-gw (g_{L-1,n,i} = ... = g_{L-1,n} \cdot a_{L-2,i}) counts as read, every verdict right,
but by the same misreading at layer 1, where its members hold too.

Which look general (would appear in much homework): R's and Jupyter's printed output lines ("## " and two values on a
line), a quantity written as a function of the layer before (a_l(a_{l-1}, W_l), lecture notes' style), \vphantom
(and other spacing commands) in typeset derivations, prose in Arabic (and its semicolon) after a claim, Markdown
table rows and list markers around a formula, g'(z) with the activation's own argument letter, and L as the number
of layers where a notation says so (notes counting layers from 0). Page-specific: performancetrading's E{k=1,n}(k)
sum. The six unreadable ones (pages that lost their symbols: interactivechaos' ?, the PDF texts' scripts on lines of
their own) were all refused, each message naming its token.

Read, among the constructs these pages brought: AntuanAlacran's Python lines with the code names z21, a21, s(z21),
b1*x0 and ** for the power, the chain continued over three $...$ lines with ŷ^i in Unicode, $\begin{align} ...
\end{align}$ with \text{cost} (a^3_1) and \; spacing, dCost_a31 and dActiv_z31 as the notation's derivatives; the R
notebook's seven <- lines with sigmoid() and ^; Drwalin's split update block with \Delta\omega_{l,n,i} (the notes'
step up the gradient called wrong); malawad's bare \left( ... \right) line with a space before it; tareqjabel's
Arabic input names with ×; inf-schule's \Sigma as a name and decimal commas after "Im Bsp. oben:"; informatics4kids'
\begin{equation} on one line, the bound-less \sum over three inputs with the constant 1 and w_{i1} input-first; the
thesis' y = f (P − θ) with U+2212.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch101_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_AA = "https://github.com/AntuanAlacran/micro-themes"
_RS = "https://rstudio-pubs-static.s3.amazonaws.com/1344578_8c77aea863234e4fa2cde5445cdf9d31.html"
_DW = "https://github.com/Drwalin/NeuralNetwork"
_WW = "https://wiredwisdom.netlify.app/posts/cross-entropy-softmax-derivation/"
_ML = "http://malawad.com/blog/intro-to-neural-networks/"
_TJ = "https://tareqjabel.com/blog/how-neural-networks-work"
_FC = ("https://code.gaspersic.xyz/gaspersic/freeCodeCamp/blame/commit/bda61b730dbfe724f29ea93c63e55b7574b1b721/"
       "guide/arabic/machine-learning/backpropagation/index.md")
_PT = "https://performancetrading.it/Documents/RNeFL/RNeFL_bFunzione.htm"
_IS = ("https://dev.inf-schule.de/ki/menueansicht/ki_erkunden/neuronen_knn/einzelneNeuronen/lernendeNeuronen/"
       "lernstrecke/einstieg/version:10")
_I4 = "https://informatics4kids.de/doku.php/lernalgorithmus?do=export_raw"
_IC = "https://interactivechaos.com/es/node/2877"
_DK = "https://123dok.org/article/principali-architetture-e-modell-caratteristiche-general.ozl16kly"
_SC = "https://www.scribd.com/document/96625857/RN-Algoritmo-Backpropagation"

_I3 = tuple({"i": i} for i in range(3))


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def _layer_rules(sizes: tuple, kind: str, bias: bool = True) -> tuple:
    """A rule over the layers' units: ({"v": quantity, "m": its definition}, ...); kind "z" (the weighted sum,
    with the bias or not) or "a" (the sigmoid of it)."""
    values = []
    for layer in range(1, len(sizes)):
        before = "x" if layer == 1 else f"a{layer - 1}"
        for n in range(sizes[layer]):
            if kind == "z":
                terms = [f"W{layer}[{n},{i}]*{before}[{i}]" for i in range(sizes[layer - 1])]
                if bias:
                    terms.insert(0, f"b{layer}[{n}]")
                values.append({"v": f"z{layer}[{n}]", "m": " + ".join(terms)})
            else:
                values.append({"v": f"a{layer}[{n}]", "m": f"sigmoid(z{layer}[{n}])"})
    return tuple(values)


# Drwalin's 2 -> 3 -> 2 sigmoid network, epsilon the sum of the squared errors: the gradients by the biases g_{l,n}
_DW_G2 = tuple(f"2*(a2[{n}] - y[{n}])*a2[{n}]*(1 - a2[{n}])" for n in range(2))
_DW_G1 = tuple(f"a1[{n}]*(1 - a1[{n}])*(" + " + ".join(f"{_DW_G2[j]}*W2[{j},{n}]" for j in range(2)) + ")"
               for n in range(3))
_DW_Z = _layer_rules((2, 3, 2), "z")
_DW_A = _layer_rules((2, 3, 2), "a")
_DW_LOSS = "(a2[0] - y[0])**2 + (a2[1] - y[1])**2"
_DW_B2 = tuple({"p": f"b2[{n}]", "g": _DW_G2[n]} for n in range(2))
_DW_W2 = tuple({"p": f"W2[{n},{i}]", "g": f"{_DW_G2[n]}*a1[{i}]"} for n in range(2) for i in range(3))
_DW_B1 = tuple({"p": f"b1[{n}]", "g": _DW_G1[n]} for n in range(3))
_DW_W1 = tuple({"p": f"W1[{n},{i}]", "g": f"{_DW_G1[n]}*x[{i}]"} for n in range(3) for i in range(2))

# the Arabic freeCodeCamp guide's 2 -> 3 -> 2 network without biases
_FC_Z = _layer_rules((2, 3, 2), "z", bias=False)
_FC_A = _layer_rules((2, 3, 2), "a")

# wiredwisdom's three logits
_WW_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"


ENTRIES = [
    # ---- AntuanAlacran's Spanish notebook (a course's "Pruebas Backprop", Mazur's 2-2-2 example in numbers): Python
    # lines with the bias input x0 and the code names z21, a21 ..., the sigmoid s; $...$ lines in Markdown, a chain
    # continued on the next $...$ lines, \begin{align} inside $...$, \text{cost} (a^3_1) with its argument, a^3_1
    # with the superscript first, g'(z), ŷ^i in Unicode ---------------------------------------------------------------
    Public("aa-z21", _AA, "b101_aa", "b101_aa", "z21 = w1*x1 + w2*x2 + b1*x0", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1",)),), batch=101,
           why="x0 = 1 the bias input, b1 the hidden layer's shared bias"),
    Public("aa-a21", _AA, "b101_aa", "b101_aa", "a21 = s(z21)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=101, why="s the notebook's sigmoid"),
    Public("aa-z22", _AA, "b101_aa", "b101_aa", "z22 = w3*x1 + w4*x2 + b1*x0", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + b1*1",)),), batch=101),
    Public("aa-a22", _AA, "b101_aa", "b101_aa", "a22 = s(z22)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=101),
    Public("aa-z31", _AA, "b101_aa", "b101_aa", "z31 = w5*a21 + w6*a22 + b2*x0", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2*1",)),), batch=101),
    Public("aa-a31", _AA, "b101_aa", "b101_aa", "a31 = s(z31)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=101),
    Public("aa-z32", _AA, "b101_aa", "b101_aa", "z32 = w7*a21 + w8*a22 + b2*x0", ((C,),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1] + b2*1",)),), batch=101),
    Public("aa-a32", _AA, "b101_aa", "b101_aa", "a32 = s(z32)", ((C,),),
           (Twin("value", "a2[1]", ("sigmoid(z2[1])",)),), batch=101),
    Public("aa-J", _AA, "b101_aa", "b101_aa",
           _lines("$J(\\Theta)=\\frac{1}{m}\\sum_{i=1}^m(ŷ^i-y^i)^2$", "",
                  "$=(0.751365 - 0.01)^2 + (0.772928 - 0.99)^2$", "", "$=0.596742$"), ((W, C, C),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2",
                 ("(a2[0] - y[0])**2", "=(0.751365 - 0.01)**2 + (0.772928 - 0.99)**2", "=0.596742")),), batch=101,
           why="one observation, m = 1: the definition's sum has the one term (ŷ^1 - y^1)^2, while the numbers after it "
               "sum the squared errors of both outputs (the loss the notebook computes, J = (a31-y1)**2 + (a32-y2)**2)"),
    Public("aa-Jcode", _AA, "b101_aa", "b101_aa", "J = (a31-y1)**2 + (a32-y2)**2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=101),
    Public("aa-dcost", _AA, "b101_aa", "b101_aa",
           _lines("$\\begin{align}",
                  "\\frac{\\partial \\; \\text{cost} (a^3_1)}{\\partial \\; a^3_1}=0.751365 - 0.01 = 0.741365",
                  "\\end{align}$"), ((W, W),),
           (Twin("value", "2*(a2[0] - y[0])", ("=0.751365 - 0.01", "=0.741365")),), batch=101,
           why="the derivative of the squared error (a31 - y1)^2 by a31 is 2(a31 - y1) = 1.48273; the notebook drops "
               "the 2 (its J'(Theta) = 1/m sum (ŷ^i - y^i) the line before)"),
    Public("aa-dcode", _AA, "b101_aa", "b101_aa", "dCost_a31 = a31 - y1", ((W,),),
           (Twin("value", "2*(a2[0] - y[0])", ("a2[0] - y[0]",)),), batch=101,
           why="dCost_a31 the code's dC/da31, 2(a31 - y1) for the notebook's J"),
    Public("aa-dact", _AA, "b101_aa", "b101_aa",
           _lines("$\\begin{align}",
                  "\\frac{\\partial \\; a^3_1}{\\partial \\; z^3_1} = g'(z) = 0.751365 \\times (1 - 0.751365)",
                  "\\end{align}$"), ((C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.751365*(1 - 0.751365)")),), batch=101,
           why="g the sigmoid; g'(z) its derivative at z = z^3_1"),
    Public("aa-dact2", _AA, "b101_aa", "b101_aa",
           _lines("$\\begin{align}", "\\frac{\\partial \\; a^3_1}{\\partial \\; z^3_1} = 0.186815", "\\end{align}$"),
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("=0.186815",)),), batch=101,
           why="0.1868156: 0.186815 is one unit in the last digit from its rounding"),
    Public("aa-dactcode", _AA, "b101_aa", "b101_aa", "dActiv_z31 = a31 * (1-a31)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=101,
           why="dActiv_z31 the code's da31/dz31"),
    # ---- a Spanish R notebook on RPubs (a 2-2-1 network in numbers, two epochs): R's <- assignments, sigmoid(), ^ for
    # the power, and the printed output lines "##  z1 = -0.7000  f1 = 0.3318" with two claims each -----------------------
    Public("rs-z1", _RS, "b101_rs", "b101_rs", "z1 <- w1 * x1 + w3 * x2 + b1", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=101,
           why="w1 from x1 and w3 from x2 into h1"),
    Public("rs-f1", _RS, "b101_rs", "b101_rs", "f1 <- sigmoid(z1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=101),
    Public("rs-z2", _RS, "b101_rs", "b101_rs", "z2 <- w2 * x1 + w4 * x2 + b2", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + b1[1]",)),), batch=101),
    Public("rs-f2", _RS, "b101_rs", "b101_rs", "f2 <- sigmoid(z2)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=101),
    Public("rs-z3", _RS, "b101_rs", "b101_rs", "z3 <- w5 * f1 + w6 * f2 + b3", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=101),
    Public("rs-f3", _RS, "b101_rs", "b101_rs", "f3 <- sigmoid(z3)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=101),
    Public("rs-E", _RS, "b101_rs", "b101_rs", "Etotal <- 0.5 * (y - f3)^2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=101),
    Public("rs-o1", _RS, "b101_rs", "b101_rs", "##  z1 = -0.7000  f1 = 0.3318", ((C,), (C,)),
           (Twin("value", "z1[0]", ("=-0.7000",)), Twin("value", "a1[0]", ("=0.3318",))), batch=101,
           why="the printed output of cat(' z1 =', r(z1), ' f1 =', r(f1)): two values on one line"),
    Public("rs-o2", _RS, "b101_rs", "b101_rs", "##  z2 = 0.3000  f2 = 0.5744", ((C,), (C,)),
           (Twin("value", "z1[1]", ("=0.3000",)), Twin("value", "a1[1]", ("=0.5744",))), batch=101),
    Public("rs-o3", _RS, "b101_rs", "b101_rs", "##  z3 = 0.2961  f3 = 0.5735", ((C,), (C,)),
           (Twin("value", "z2[0]", ("=0.2961",)), Twin("value", "a2[0]", ("=0.5735",))), batch=101),
    Public("rs-o4", _RS, "b101_rs", "b101_rs", "##  Etotal = 0.0910", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("=0.0910",)),), batch=101),
    # ---- Drwalin's Polish LaTeX notes (SieciNeuronowe.tex): layers and neurons counted from 0, L layers with L-1 the
    # output layer, three indices in one subscript (omega_{l,n,i}), S_{l,n}\left( a_{l-1}, \omega_{l} \right) as a
    # function of the layer before, \varepsilon with arguments as the error, split blocks of several claims, a row
    # left empty (\\ \\), \sum\limits, \sigma^{\prime}; g_{l,n}, g_{l,n,i} the gradients by a bias and a weight -------
    Public("dw-S", _DW, "b101_dw", "b101_dw",
           "\t\t\\begin{equation} \\label{eq:neuroninputsum:1}\n"
           "\t\t\tS_{l,n} = S_{l,n}\\left( a_{l-1}, \\omega_{l} \\right) = \\beta_{l,n} + \\sum_{i=0}^{ N_{l-1}-1 } "
           "a_{l-1,i} \\cdot \\omega_{l,n,i}\n\t\t\\end{equation}", ((C, C),),
           (Twin("value", "{v}", ("{v}", "{m}"), _DW_Z),), batch=101,
           why="a rule over the layers l = 1, 2 and their neurons n; a_{0,i} = s_i the inputs"),
    Public("dw-a", _DW, "b101_dw", "b101_dw",
           "\t\t\\begin{equation} \\label{eq:activation:2}\n"
           "\t\t\ta_{l,n} = a_{l,n}\\left( a_{l-1}, \\omega_{l} \\right) = \\sigma\\left( S_{l,n} \\right) = "
           "\\sigma \\big( S_{l,n}\\left( a_{l-1}, \\omega_{l} \\right) \\big)\n\t\t\\end{equation}", ((C, C, C),),
           (Twin("value", "{v}", ("{v}", "{m}", "{m}"), _DW_A),), batch=101),
    Public("dw-eps", _DW, "b101_dw", "b101_dw",
           "\t\t\\begin{equation} \\label{eq:standardlabel:1}\n"
           "\t\t\t\\varepsilon \\left( a_{L-1}, t_{i} \\right) = \\sum_{i=0}^ {N_{L-1}-1 } \\left( a_{L-1,i} - t_{i} "
           "\\right)^{2}\n\t\t\\end{equation}", ((C,),),
           (Twin("value", _DW_LOSS, (_DW_LOSS,)),), batch=101,
           why="the error of the output layer L-1 = 2 (N_2 = 2 outputs), no 1/2"),
    Public("dw-eps2", _DW, "b101_dw", "b101_dw",
           "\t\t\\begin{equation} \\label{eq:standarderror:2}\n"
           "\t\t\t\\varepsilon \\left( \\omega \\right) = \\sum_{i=0}^ {N_{L-1}-1 } \\bigg( a_{L-1,i} \\Big( a_{L-2}, "
           "\\omega_{L-1} \\Big) - t_{i} \\bigg)^{2}\n\t\t\\end{equation}", ((C,),),
           (Twin("value", _DW_LOSS, (_DW_LOSS,)),), batch=101),
    Public("dw-upd", _DW, "b101_dw", "b101_dw",
           "\t\t\\begin{equation} \\label{eq:changeweight:2}\n\t\t\t\\begin{split}\n"
           "\t\t\t\t\\omega_{l,n,i} &= \\omega_{l,n,i} - \\alpha \\cdot \\Delta\\omega_{l,n,i} \\\\\n"
           "\t\t\t\t\\beta_{l,n} &= \\beta_{l,n} - \\alpha \\cdot \\Delta\\beta_{l,n}\n\t\t\t\\end{split}\n"
           "\t\t\\end{equation}", ((W,), (W,)),
           (Twin("update", "{p}", ("{p} + eta*{g}",), _DW_W2 + _DW_W1),
            Twin("update", "{p}", ("{p} + eta*{g}",), _DW_B2 + _DW_B1)), batch=101,
           why="the notes define Delta omega = -g (eq:deltaweight:2, W = W + alpha Delta W before it): subtracting alpha "
               "Delta omega adds alpha g, a step up the gradient"),
    Public("dw-g", _DW, "b101_dw", "b101_dw",
           "\t\t\\begin{equation} \\notag\n\t\t\t\\begin{split}\n"
           "\t\t\t\tg_{L-1,n} &= 2\\left( a_{L-1,n} - t_{n} \\right) \\cdot a_{L-1,n} \\cdot \\left( 1 - a_{L-1,n} "
           "\\right) \\\\ \\\\\n"
           "\t\t\t\tg_{L-1,n,i} &= g_{L-1,n} \\cdot a_{L-2,i} \\\\\n"
           "\t\t\t\tg_{l,n} &= a_{l,n} \\cdot \\left( 1 - a_{l,n} \\right) \\cdot \\sum\\limits_{j=0}^{N_{l+1}-1} "
           "\\left( g_{l+1,j} \\cdot \\omega_{l+1,j,n} \\right) \\\\\n"
           "\t\t\t\tg_{l,n,i} &= g_{l,n} \\cdot a_{l-1,i}\n\t\t\t\\end{split}\n\t\t\\end{equation}",
           ((C,), (C,), (C,), (C,)),
           (Twin("gradient", "{p}", ("{g}",), _DW_B2), Twin("gradient", "{p}", ("{g}",), _DW_W2),
            Twin("gradient", "{p}", ("{g}",), _DW_B1), Twin("gradient", "{p}", ("{g}",), _DW_W2 + _DW_W1)),
           batch=101, why="four claims; g_{l,n} a rule for the hidden layer l = 1 (layer l+1 exists), g_{l,n,i} for both"),
    Public("dw-gw", _DW, "b101_dw", "b101_dw",
           "\t\t\t\\begin{equation}\n"
           "\t\t\tg_{L-1,n,i} = \\frac{ \\partial \\varepsilon\\left( \\omega \\right) }{ \\partial \\omega_{L-1,n,i} } = "
           "\\frac{ \\partial \\varepsilon\\left( \\omega \\right) }{ \\partial \\beta_{L-1,n} } \\cdot a_{L-2,i} = "
           "g_{L-1,n} \\cdot a_{L-2,i}\n\t\t\t\\end{equation}", ((C, C, C),),
           (Twin("gradient", "{p}", ("{g}", "{g}", "{g}"), _DW_W2),), batch=101),
    Public("dw-gb", _DW, "b101_dw", "b101_dw",
           "\t\t\t\\begin{equation}\n"
           "\t\t\t\tg_{L-1,n} = \\frac{ \\partial \\varepsilon\\left( \\omega \\right) }{ \\partial \\beta_{L-1,n} } = "
           "2\\left( a_{L-1,n} - t_{n} \\right) \\cdot \\sigma^{\\prime}\\left( S_{L-1,n} \\right) = 2\\left( a_{L-1,n} "
           "- t_{n} \\right) \\cdot a_{L-1,n} \\cdot \\left( 1 - a_{L-1,n} \\right)\n\t\t\t\\end{equation}",
           ((C, C, C),), (Twin("gradient", "{p}", ("{g}", "{g}", "{g}"), _DW_B2),), batch=101),
    # ---- wiredwisdom's softmax and cross-entropy derivation: $$ ... $$ with \underbrace, \overbrace, \vphantom,
    # \color{blue} and \tag{} around the claim ------------------------------------------------------------------------
    Public("ww-p", _WW, "b101_ww", "b101_ww",
           "$$ \\underbrace{\\vphantom{\\frac{e^{z_i}}{\\sum_j}}{\\color{blue}p_i}}_{\\text{probability}} = "
           "\\underbrace{\\frac{e^{z_i}}{\\sum_j e^{z_j}}}_{\\text{softmax function}} \\tag{1} $$", ((C,),),
           (Twin("value", "a1[{i}]", (f"exp(z1[{{i}}])/{_WW_S}",), _I3),), batch=101,
           why="p_i the softmax of the logits, a rule over the classes i"),
    Public("ww-L", _WW, "b101_ww", "b101_ww",
           "$$ L = - \\underbrace{\\vphantom{\\sum_i^n}\\sum_i}_{\\text{all classes}} \\overbrace{\\vphantom{\\sum_i^n}"
           "y_i}^{\\text{true label}} \\underbrace{\\vphantom{\\sum_i^n}\\log({\\color{blue}p_i})}_{\\text{log "
           "probability}} \\tag{2} $$", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=101),
    # ---- malawad's Arabic translation of Victor Zhou's introduction: a bare LaTeX line (no delimiters) indented by a
    # space, * for the product ---------------------------------------------------------------------------------------
    Public("mlw-y", _ML, "b101_ml", "b101_ml", " y=f\\left(x_{1} * w_{1}+x_{2} * w_{2}+b\\right)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0])",)),), batch=101,
           why="f the sigmoid (the article's activation)"),
    # ---- tareqjabel's Arabic post: plain text with × and Arabic words as the inputs' names -----------------------------
    Public("tj-out", _TJ, "b101_tj", "b101_tj", "Output = (0.5 × أذن) + (0.3 × ذيل) + (0.2 × عين) - 0.4", ((W,),),
           (Twin("value", "z1[0]", ("0.5*x[0] + 0.3*x[1] + 0.2*x[2] - 0.4",)),), batch=101,
           why="the weighted sum before the activation (\"ثم نطبق Activation Function\" after it), with the weights "
               "and bias written as their values among symbols: the oracle judges such a member as a rule in the "
               "network's parameters (it holds at the file's weights only), wrong"),
    # ---- the Arabic freeCodeCamp guide in a Gitea blame view: table rows "|  | ... | ||" around a Markdown list item,
    # a (l) and Theta (l-1) with the layer in parentheses after a space, Arabic prose after the Arabic semicolon ----------
    Public("fc-a", _FC, "b101_fc", "b101_fc",
           "|  | *   a (l) = g (z (l))؛ صفيف من قيم العقد في الطبقة l استناداً إلى مثال تدريب واحد | ||", ((C,),),
           (Twin("value", "{v}", ("{m}",), _FC_A),), batch=101,
           why="a rule over the layers l = 2, 3 (layer 1 the input); g the sigmoid"),
    Public("fc-z", _FC, "b101_fc", "b101_fc", "|  | *   z (l) = Theta (l-1) a (l-1) | ||", ((C,),),
           (Twin("value", "{v}", ("{m}",), _FC_Z),), batch=101,
           why="Theta(l-1) maps layer l-1 to l; no bias (the guide writes none)"),
    # ---- performancetrading.it's Italian page (Luca Marchese): plain text, E{k=1,n}(k) for the sum, w(j)(k) and x(k)
    # with their indices in parentheses, a threshold S(k) ---------------------------------------------------------------
    Public("pt-O", _PT, "b101_pt", "b101_pt", "O = 1/(1+exp(-I))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=101),
    Public("pt-I", _PT, "b101_pt", "b101_pt", "e in particolare I= E{k=1,n}(k) w(j)(k) * x(k)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=101,
           why="E{k=1,n}(k) the page's sum over the inputs k = 1 .. n"),
    Public("pt-IS", _PT, "b101_pt_s", "b101_pt_s", "I= E{k=1,n}(k) w(j)(k) * x(k) - S(k)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=101,
           why="S the neuron's threshold, the bias's negative (the page indexes it by k)"),
    Public("pt-I1", _PT, "b101_pt_s", "b101_pt_s", "I=E{k=1,n+1}(k) w(j)(k) * x(k)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]*1",)),), batch=101,
           why="x(n+1) = 1 a constant input whose weight is the threshold's negative"),
    # ---- inf-schule's German lesson: $...$ with \Sigma as the name of the weighted sum, decimal commas (0,5 \cdot 2,0)
    # and the sentence before it --------------------------------------------------------------------------------------
    Public("is-sigma", _IS, "b101_is", "b101_is", "$\\Sigma = x_1 \\cdot w_1 + x_2 \\cdot w_2$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=101),
    Public("is-num", _IS, "b101_is", "b101_is", "Im Bsp. oben: $\\Sigma = 0,5 \\cdot 2,0 + 1,5 \\cdot 1,0 = 2,5$",
           ((C, C),), (Twin("value", "z1[0]", ("=0.5*2.0 + 1.5*1.0", "=2.5")),), batch=101,
           why="x_1 = 0,5, w_1 = 2,0, x_2 = 1,5, w_2 = 1,0 in the order x_i \\cdot w_i of the line before"),
    # ---- informatics4kids' German perceptron (a DokuWiki page's raw export): \begin{equation} ... \end{equation} on one
    # line, a sum without bounds, w_{i1} input-first, the constant input written as 1 ------------------------------------
    Public("i4-netj", _I4, "b101_i4", "b101_i4", "\\begin{equation} net_j = \\sum w_{ij} \\cdot x_i \\end{equation}",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]*1",)),), batch=101,
           why="i over the three inputs, x_3 = 1 the constant one whose weight w_31 is the threshold's (the bias)"),
    Public("i4-net", _I4, "b101_i4", "b101_i4",
           "\\begin{equation} net = \\sum_{i=1}^3 w_{i1} \\cdot x_i = w_{11} \\cdot x_1 + w_{21} \\cdot x_2+ w_{31} "
           "\\cdot 1\\end{equation}", ((C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]*1", "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]")),),
           batch=101),
    # ---- interactivechaos' Spanish tutorial: the stored page lost its sum signs (?) and the square's superscript ------
    Public("ic-C", _IC, "b101_ic", "b101_ic", "C = ?(ŷi - yi)2 = ?Ci", (), (), unreadable="?", batch=101,
           why="C = Σ(ŷi - yi)² = ΣCi on the page: its Σ stored as ? and the square as a 2 after the parenthesis"),
    # ---- an Italian thesis's PDF text (123dok): the sum P's pieces each on a line of its own, then y = f (P − θ) ------
    Public("dk-P", _DK, "b101_dk", "b101_dk", "P =\n\nn i=1\n\n(w\n\ni\n\nx\n\ni\n\n)", (), (), unreadable="n i=1",
           batch=101, why="P = sum_{i=1}^n (w_i x_i) in the thesis: the PDF's text puts every script on a line"),
    Public("dk-y", _DK, "b101_dk", "b101_dk", "y = f (P − θ)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=101,
           why="P the weighted sum, theta the threshold (the bias's negative), f the transfer function (the sigmoid "
               "here); − U+2212 the minus"),
    # ---- a Spanish algorithm sheet on Scribd (PDF text): each formula's superscripts h and o (hidden, output) moved to
    # the line after it, the sums' bounds too ------------------------------------------------------------------------
    Public("sc-i", _SC, "b101_sc", "b101_sc", "i pj = f ( Net pj )\nh h", (), (), unreadable="pj", batch=101,
           why="i^h_pj = f^h_j(Net^h_pj) on the sheet"),
    Public("sc-net", _SC, "b101_sc", "b101_sc", "Net pk = ∑ wkj i pj + θ k\no o o j =1 l o", (), (), unreadable="pk",
           batch=101, why="Net^o_pk = sum_{j=1}^{l} w^o_kj i_pj + theta^o_k on the sheet"),
    Public("sc-o", _SC, "b101_sc", "b101_sc", "o pk = f k ( Net pk )\no o", (), (), unreadable="pk", batch=101,
           why="o_pk = f^o_k(Net^o_pk) on the sheet"),
    Public("sc-delta", _SC, "b101_sc", "b101_sc", "δ pk o = ( y pk − o pk o ) f k o ' ( Net pk o )", (), (),
           unreadable="pk", batch=101, why="delta^o_pk = (y_pk - o^o_pk) f^o_k'(Net^o_pk) on the sheet, its scripts "
                                           "spaced out on the line"),
]
