r"""Batch 28 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 repository files no earlier batch used (the code corpus: a worked single-weight example, the answers
to CS224n's first assignment, a student's notes on a network's equations, a student's homework README in Russian,
notes on Nielsen's four equations in a Jekyll site, two lessons' notes on the deep-learning course's logistic
regression, a Python neuron), copied verbatim, typos and mistakes included, each with the notation a teacher would
write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of
the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch28_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check was.
Three files are stored in the code corpus without their repository's name; they are cited by their ids. The two
lessons on logistic regression are two files of one set of notes (the set batch 20's stored file 11605088859, another
lesson, comes from), two addresses. Quargam's README is cited at commit ac89424, the version with dJ/dyhat's sign
lost (its homework_1/README.md and a later README write - 2\times). A formula keeps its page's delimiters and what
the line holds around them (a Markdown list's number or bullet and a bold label, a note after the math, kramdown's
\\[ \\]); a code line is taken without the indentation of its loop, which the entry's why says.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 28

The batch: 55 formulas, 25 values (14 forward values and losses written as rules, 6 local derivatives or derivatives of
the loss by an output, 1 step Delta w, 4 of the worked example's lines with numbers: its p, L, dL/dp and dp/dw), 10
deltas (dL/dz), 10 gradients (1 with numbers), 10 updates (1 with numbers);
no entry marked unreadable. 41 are LaTeX (nchandolaj's list items "1.  **Calculate $p$:** $2.0 \times 3.0 =
\mathbf{6.0}$" whose left side is the bold label's, bullets "* $...$", \mathbf, "New\ Weight" as a name; CS224n's
$$...$$ chains over lines, ( ... )' for a derivative, "\cdot -e^{-x}", \text{CE}(y,\hat y), \theta{_k}, \sum
_{j=1}^n{...}, \theta_{i \neq k}; the stored notes' C(y), C'(y), C^{\prime}(a^{[n]}), \sigma^{\prime}, \nabla
W^{[l]}, \Delta w, lr, [l] layers, \cdot for the entrywise product; Quargam's $$...$$ followed by " -- " and a
Russian note, (i) on every name, sigmoid(...) without a backslash, \dfrac, \sum{...} with neither index nor bounds;
tosterius's \\[ \begin{equation} ... \end{equation} \\], \tag{n}\label{eqn}, \boxed, a split's "&= &" rows ended
by six backslashes, \sum_{k \in layer_{l-1} }), 14 plain text or code (the logistic-regression notes' w[1] x[1], y',
w'x for w^T x, log without a backslash, sum(1, m, i, ...), dz[i], dw1, \alpha; the neuron's dEdW, dEdb, *, x[j]).

2 are mistaken (the oracle finds a member wrong): the stored notes' $\sigma(z) = 1 / 1 + e^{-z}$ (1 + e^{-z} as
written: the denominator's parentheses dropped) and Quargam's dJ/d\hat{y}^{(i)} = 2\times (y^{(i)} - \hat{y}^{(i)})
(the inner derivative's sign lost: it is -2(y - yhat); the README's later version corrects it). Not mistaken, though
they look it: CS224n's -\frac{1}{(1+e^{-x})^2} \cdot -e^{-x} (a product with a negative factor), the stored notes'
C'(y) = 2(y - \hat y) (y is the prediction there, \hat y the target), their (W^{[l+1]})^T \cdot \delta^{[l+1]} \cdot
\sigma^{\prime}(z^{[l]}) (the second \cdot entrywise), and jheni1e's gradient (y - t) y (1 - y) x[j], right for the
half squared error the code never writes.

Collected, and run blind, on 2026-12-04 at main e4c578d (the commit /work/READY_FOR_BLIND named, with batches 25 and
26's fixes), with nothing under src/ changed. Blind, once per entry: 18 of 55 read with every verdict right (33%);
37 refused that should have been read; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 2 mistaken
formulas, Quargam's dJ/dyhat read with its verdict right (called wrong); the stored notes' sigma(z) = 1 / 1 + e^{-z}
was refused with its page. By kind of claim: values 8 of 25, deltas 2 of 10, gradients 4 of 10, updates 4 of 10.
LaTeX against plain text: the 41 in LaTeX read 10 (24%), the 14 in plain text or code 8 (57%). By page: nchandolaj
0 of 8, CS224n 2 of 4, the "# neural-network" notes 0 of 10, Quargam 8 of 11, tosterius 0 of 8, the logistic
regression lesson 3 of 3, the "m examples" lesson 0 of 6, jheni1e 5 of 5. (Tabulated from the saved output of the
run, /work/batch28_blind.txt.)

How the run went, honestly: the oracle agreed with every verdict written down on its first run. 24 of the 37
refusals were whole pages refused at their notation, each for one pattern the collector wrote that is not a symbol
under the spec's grammar (a base, a letter, a Greek or decorated letter or a name, with an optional subscript and
superscript): nchandolaj's "New\\ Weight" (a name with TeX's space), the neural-network notes' "\\nabla W^{[l]}",
"\\nabla B^{[l]}", "\\nabla w", "\\nabla b" (an operator before a base), and the m-examples lesson's "y'[i]" (a
prime and code's index; the line that writes it was not taken). Each was refused in one line, "[notation]
symbols.'New\\ Weight': is not one symbol; write a base with an optional subscript and superscript, e.g. a_{ik}^{0}",
and refused every formula of its page. These patterns were then taken out of the notations (the tables say so),
nothing else changed, and blind_batch.py 28 run once more at the same main commit: 31 of 55 read (56%), no wrong
formula called correct, no crash (/work/batch28_blind_corrected.txt); values 14 of 25, deltas 4 of 10, gradients 6
of 10, updates 7 of 10; LaTeX 19 of 41, plain text or code 12 of 14; nchandolaj 4 of 8, the neural-network notes 5
of 10, the m-examples lesson 4 of 6, the other pages as before. Both mistaken formulas read then, each called wrong.
One more meaning the collector wrote is outside what docs/notation.md allows and was left as it was, having no
documented alternative: the neural-network notes' "\\Delta w" = "eta*grad(W1[:, :])" (grad(...) takes at most a
sign or a number before it); it refuses 2 entries in the second run. The numbers below are the second run's.

The refusals by construct (24, in the second run):

- 7: kramdown's escaped display brackets, a line "\\[" before \begin{equation} or \begin{split} and "\\]" after
  (tosterius): the first backslash pair read as a line break and "[" as a condition's bracket, "expected ']' to
  close the condition at '=' (position 53)" (tost-eq3; "at the end" for tost-delta-def, tost-eq5, tost-eq6). Tried
  afterwards with \[ and \]: six of the seven read with every verdict right; tost-eq5 (z_k^{l+1} = \sum_{j}
  w_{kj}^{l+1} \sigma(z_j^l) + b_k^{l+1}, a value rule with free k and l) is then refused, "w_{kj}^{l+1} at k = 1,
  j = 0, l = 0: 'w_{jk}^{l}' means 'W{l}[j-1, k-1]' (j = 1, k = 0, l = 1): input index -1 is out of range (0..1)":
  the reader tries j = 0 and l = 0 in a notation counted from 1 (and layer 0, the input, has no weights).
- 1: a sum over a set named by a word with a script, \sum_{k \in layer_{l-1} } (tosterius's first equation): "a
  sum over a set that is neither one capital letter nor written out at 'l' (position 32); write \sum_k: a sum
  without bounds runs over the units". Tried afterwards with \sum_{k} and \[ \]: reads correct.
- 3: a note after the display math on the same line, "$$ ... $$ -- Функция активации." (Quargam): "cannot read 'Ф'
  at position 40; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)". Tried afterwards without the
  note: all three read correct.
- 2: a claim's left side in the list item's bold label, "1.  **Calculate $p$:** $2.0 \times 3.0 = \mathbf{6.0}$"
  (nchandolaj): "unexpected at ':' (position 20)". Tried afterwards as $p = 2.0 \times 3.0 = \mathbf{6.0}$: both
  read with every verdict right.
- 2: "New\ Weight" as the update's left side, with no pattern (nchandolaj): "unknown symbol N; the notation knows p,
  w, x, y; ... give it in the notation's [notation.symbols]: "N" = "1"" (New read as N e w; the hint offers N the
  samples' count). Tried afterwards with w \leftarrow for New\ Weight =: both read correct.
- 2: \nabla W^{[l]} and \nabla B^{[l]} without the loss (the neural-network notes): "\nabla W^{l}: W^{l} is not the
  loss, and \nabla is read for the gradient of the loss: write \nabla_{W^{l}} L, the parameter as its subscript,
  then the loss". Tried afterwards as \nabla_{W^{[l]}} C: both read correct.
- 2: the collector's meaning "\\Delta w" = "eta*grad(W1[:, :])" ($\Delta w = lr \cdot \nabla w$, $w = w - \Delta
  w$): "grad(...) stands alone in a meaning, with at most a sign or a number before it". Tried afterwards as $w = w
  - lr \cdot \nabla_{w} C$: reads correct.
- 1: a prime after a parenthesis for the derivative, \left(\frac{1}{1+e^{-x}}\right)' (CS224n): "unexpected at
  "'" (position 36)". Tried afterwards with \frac{d}{dx}\left(...\right): all five members read correct.
- 1: a subscript that is a condition, \theta_{i \neq k } (CS224n, with --when "label!=i"): "\theta_{i\neqk}
  matches none of the notation's patterns for \theta". Tried afterwards as \theta_{i}: refused, "the index k has
  no value (\theta_{k} uses it outside a sum over k)": k, "the index of the correct class", is said in words.
- 1: a rule's layer said in words before it, "if $n = l$ (output layer):" (the neural-network notes'
  $\delta^{[l]} = C^{\prime}(a^{[n]}) \cdot \sigma^{\prime}(z^{[n]})$): "is a number where the left side is a
  vector or matrix (2 x 1)" (l read as the hidden layer). Tried afterwards with \delta^{[2]}: reads correct.
- 1: the notes' sum(1, m, i, f), J(w, b) = 1/m sum(1, m, i, l(a[i], y)): "a list in parentheses is not a formula at
  ',' (position 20)". Tried afterwards as 1/m \sum_{i=1}^{m} l(a[i], y): reads correct.
- 1: Octave's w' before a name, z[i] = w'x[i] + b (w the weight vector): "adds a vector or matrix and a number in
  (w' x[i]) + b" (w'x[i] taken for a vector). Tried afterwards as w^T x[i] + b: reads correct; so does w[1] x[i][1]
  + w[2] x[i][2] + b.

What the spec could not express, which a page needed: a claim whose left side is outside the math, in the list
item's bold label (nchandolaj's "**Calculate $p$:** $2.0 \times 3.0 = ...$"); the derivative of a cost named with a
prime, C'(y) and C^{\prime}(a^{[n]}) (the spec's loss names take arguments, not a prime); a rule's layer said in
words before it ("if $n = l$ (output layer):", "if $l < n$ (hidden layers):"), which --when cannot say; a name
without an index that stands for one entry of a loop (jheni1e's dEdW inside "for j in range(len(x))", given here
as "dEdW" = "grad(W1[0, j])" with --param "W1[0,j]": the spec's meanings use the placeholders of their pattern, and
dEdW has none); the page's (i), the sample, on the parameters w^{(i)} and b^{(i)} (a literal in the notation, with
indices = "jk"); J, the mean over n samples, judged as the sample's loss with n = 1; CS224n's "where k is the index
of the correct class", said after the formula, given as --when "label=k" (and "label!=i" for \theta_{i \neq k});
tosterius's rule for every layer, whose w_{jk}^l the notes' prose calls "the weight for node k in the layer l for
incoming node j" while every formula uses it as Nielsen does (k in layer l-1), the notation following the formulas;
and three of the pages' names, which no pattern of the spec's grammar can be: "New\ Weight" (a name with TeX's
space), \nabla W^{[l]} and \nabla w as names of the gradients (an operator before a base; the spec reads \nabla_{W}
L), and the step \Delta w = lr \cdot \nabla w as a meaning (docs/notation.md's grad(...) takes only a sign or a
number before it). kramdown's \\[ ... \\] is not among the display delimiters the spec lists ($...$, $$...$$, \[...\],
equation and align environments).

After session 12's fixes from batches 27 and 28 (main 80ff236: fixrules, fixdisplay): 46 of 55 read with every verdict
right (84%; the corrected notations), no wrong formula called correct. Now read: kramdown's \\[ ... \\] (7), a note
in words after the mathematics (3), nchandolaj's "**Calculate $p$:**" label as the left side of a chain of numbers (2),
\nabla W^{[l]} and \nabla B^{[l]} as the loss's gradients (2), Octave's w'x[i]. Still refused: New Weight (2), the
collector's eta*grad(...) meaning (2), CS224n's ( ... )' and \theta_{i \neq k}, a layer said in words, tosterius's
\sum_{k \in layer_{l-1}}, sum(1, m, i, ...).

After session 13's fixes (fixsyntax, main 71b7995): 48 of 55 (87%), no wrong formula called correct.
cs224n-sigmoid (a prime on a parenthesis: the derivative by its one variable, the x of \sigma'(x)) and
cs224n-dCE-dtheta-i (\theta_{i \neq k}: the claim for the i other than k, k the class --when names) now read.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, deltas, gradients
from public_formulas_batch28_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NCH = "https://github.com/nchandolaj/DeepLearning (foundations/docs/neural_network_mathematical_example.md)"
_CS224N = "https://github.com/nirnirs/nlp_with_dl_cs224n (assignment1/answers.md)"
_NN = ("the code corpus's stored file 20621797079, \"# neural-network\" (notes: weighted sum, sigmoid, cost, back"
       " propagation; its repository not named by the index)")
_QUARGAM = "https://github.com/Quargam/Neural-Networks-Course (README.md, commit ac89424)"
_TOST = "https://github.com/tosterius/tosterius (_notes/dl_backpropagation.md)"
_NG_LR = ("the code corpus's stored file 11549537948, \"# Logistic regression with gradient descent\" (notes on the"
          " deep-learning course; its repository not named by the index)")
_NG_M = ("the code corpus's stored file 10875816795, \"# Gradient descent on m examples\" (notes on the deep-learning"
         " course; its repository not named by the index)")
_NEURON = "https://github.com/jheni1e/ComputerVision (01. Artificial Neuron/activation_functions.py, commit d196519)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J5 = tuple({"j": j} for j in range(5))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))

# the "# neural-network" notes: C = (y - yhat)^2 with y the prediction a2, on a 2-2-1 sigmoid network
_NN_OUT = "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_NN_D = deltas((2, 1), _NN_OUT, SIGMOID_SLOPE)
_NN_GRADS = gradients((2, 1), 2, _NN_OUT, SIGMOID_SLOPE)
_NN_WEIGHTS = tuple(g for g in _NN_GRADS if g["p"].startswith("W"))
_NN_BIASES = tuple(g for g in _NN_GRADS if g["p"].startswith("b"))
_NN_W1 = tuple({**g, "t": f"eta*({g['m']})"} for g in _NN_WEIGHTS if g["p"].startswith("W1"))
_NN_DELTA1 = tuple({"j": j, "m": _NN_D[1][j]} for j in range(2))

# tosterius's notes: a 2-3-2 sigmoid network, E the half squared error
_T_OUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_T_D = deltas((3, 2), _T_OUT, SIGMOID_SLOPE)
_T_GRADS = gradients((3, 2), 2, _T_OUT, SIGMOID_SLOPE)
_T_WEIGHTS = tuple(g for g in _T_GRADS if g["p"].startswith("W"))
_T_BIASES = tuple(g for g in _T_GRADS if g["p"].startswith("b"))
_T_ALL_Z = tuple({"z": f"z{layer}[{j}]", "m": _T_D[layer][j]} for layer in (1, 2) for j in range(len(_T_D[layer])))
_T_DELTA1 = tuple({"j": j, "m": _T_D[1][j]} for j in range(3))
_T_ACTIVATIONS = (
    tuple({"v": f"a1[{j}]", "m": f"sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])"} for j in range(3))
    + tuple({"v": f"a2[{j}]", "m": f"sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}])"}
            for j in range(2)))

# the CS224n answers' softmax over three logits
_SUM_E = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_NEURON_DZ = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

ENTRIES: list[Public] = [
    # ---- nchandolaj's "concrete mathematical example": Markdown list items whose claim's left side is in a bold
    # label before the math (**Calculate $p$:** $2.0 \times 3.0 = \mathbf{6.0}$), \mathbf around the results, a
    # bullet "* $...$", $$...$$ with \times, "New\ Weight" as the update's left side ---------------------------------
    Public("nch-p", _NCH, "b28_nch", "b28_nch", r"1.  **Calculate $p$:** $2.0 \times 3.0 = \mathbf{6.0}$", ((C, C),),
           (Twin("value", "a1[0]", ("=2.0*3.0", "=6.0")),), batch=28,
           why="the left side p is in the bold label, the math holds the members only"),
    Public("nch-loss", _NCH, "b28_nch", "b28_nch", r"2.  **Calculate $L$:** $(6.0 - 1.0)^2 = 5.0^2 = \mathbf{25.0}$",
           ((C, C, C),), (Twin("value", "(a1[0] - y[0])**2", ("=(6.0 - 1.0)**2", "=5.0**2", "=25.0")),), batch=28),
    Public("nch-dL-dp", _NCH, "b28_nch", "b28_nch", r"* $\frac{\partial L}{\partial p} = 2(6.0 - 1.0) = \mathbf{10.0}$",
           ((C, C),), (Twin("value", "2*(a1[0] - y[0])", ("=2*(6.0 - 1.0)", "=10.0")),), batch=28),
    Public("nch-dp-dw", _NCH, "b28_nch", "b28_nch", r"* $\frac{\partial p}{\partial w} = x = \mathbf{2.0}$",
           ((C, C),), (Twin("value", "x[0]", ("x[0]", "=2.0")),), batch=28),
    Public("nch-chain", _NCH, "b28_nch", "b28_nch",
           r"$$\frac{\partial L}{\partial w} = \frac{\partial L}{\partial p} \times \frac{\partial p}{\partial w}$$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=28),
    Public("nch-dL-dw", _NCH, "b28_nch", "b28_nch", r"$$\frac{\partial L}{\partial w} = 10.0 \times 2.0 = \mathbf{20.0}$$",
           ((C, C),), (Twin("gradient", "W1[0,0]", ("=10.0*2.0", "=20.0")),), batch=28),
    Public("nch-update-rule", _NCH, "b28_nch", "b28_nch",
           r"$$New\ Weight = w - (\eta \times \frac{\partial L}{\partial w})$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=28),
    Public("nch-update", _NCH, "b28_nch", "b28_nch", r"$$New\ Weight = 3.0 - (0.01 \times 20.0) = \mathbf{2.8}$$",
           ((C, C),), (Twin("update", "W1[0,0]", ("=3.0 - (0.01*20.0)", "=2.8")),), batch=28),
    # ---- the CS224n assignment 1 answers: $$...$$ chains over several lines, ( ... )' for a derivative, \cdot -e^{-x}
    # (a sign glued after \cdot), \text{CE}(y,\hat y), \theta{_k} (the subscript inside braces), \sum _{j=1}^n{...},
    # \theta_{i \neq k}; k the correct class ----------------------------------------------------------------------
    Public("cs224n-sigmoid", _CS224N, "b28_cs224n_sigmoid", "b28_cs224n_sigmoid",
           "$$\\sigma'(x) \n=\\left(\\frac{1}{1+e^{-x}}\\right)'\n=-\\frac{1}{(1+e^{-x})^2} \\cdot -e^{-x}\n"
           "=\\frac{e^{-x}}{(1+e^{-x})^2}\n=\\frac{e^{-x}}{1+e^{-x}} \\cdot (1 - \\frac{e^{-x}}{1+e^{-x}} )\n"
           "=\\sigma(x) \\cdot \\left(1 - \\sigma(x) \\right)$$", ((C, C, C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("a1[0]*(1 - a1[0])", "-1/(1 + exp(-z1[0]))**2*(-exp(-z1[0]))", "exp(-z1[0])/(1 + exp(-z1[0]))**2",
                  "exp(-z1[0])/(1 + exp(-z1[0]))*(1 - exp(-z1[0])/(1 + exp(-z1[0])))",
                  "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),), batch=28,
           why="2(a): sigma's derivative at x, a value claim (x the unit's pre-activation)"),
    Public("cs224n-dCE-dtheta-k", _CS224N, "b28_cs224n_softmax", "b28_cs224n_softmax",
           "$$\\frac{\\partial \\text{CE}(y,\\hat y)}{\\partial \\theta{_k}}\n"
           "=\\frac{\\partial}{\\partial \\theta{_k}} \\left(\\log\\left(\\sum _{j=1}^n{e^{\\theta _j}}\\right) - \\theta _k"
           " \\right)\n=\\frac{e^{\\theta _k}}{\\sum _{j=1}^n{e^{\\theta _j}}}-1\n=\\hat y_k - 1\n$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - 1", f"exp(z1[{{k}}])/{_SUM_E} - 1", "a1[{k}] - 1"),
                 tuple({"k": c, "c": c} for c in range(3)), classes="label"),),
           when="label=k", batch=28, why="\"where k is the index of the correct class\", said before: --when \"label=k\""),
    Public("cs224n-dCE-dtheta-i", _CS224N, "b28_cs224n_softmax", "b28_cs224n_softmax",
           "$$\\frac{\\partial \\text{CE}(y,\\hat y)}{\\partial \\theta_{i \\neq k }}\n"
           "=\\frac{\\partial}{\\partial \\theta_{i \\neq k}} \\left(\\log\\left(\\sum _{j=1}^n{e^{\\theta _j}}\\right) -"
           " \\theta _k \\right)\n=\\frac{e^{\\theta _i}}{\\sum _{j=1}^n{e^{\\theta _j}}}\n=\\hat y_i\n$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}]", f"exp(z1[{{i}}])/{_SUM_E}", "a1[{i}]"),
                 tuple({"i": i, "c": c} for c in range(3) for i in range(3) if i != c), classes="label"),),
           when="label!=i", batch=28, why="i another class than the correct one (the subscript i \\neq k says so)"),
    Public("cs224n-dCE-dtheta", _CS224N, "b28_cs224n_softmax", "b28_cs224n_softmax",
           r"$$\frac{\partial \text{CE}(y,\hat y)}{\partial \theta}=\hat y - y$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=28),
    # ---- the stored "# neural-network" notes: $...$ lines, [l] layers, y the prediction and \hat y the expected
    # output, C(y) and C'(y), \sigma^{\prime}, \cdot for the entrywise product, \nabla W^{[l]}, \Delta w, lr --------
    Public("nn-sigmoid", _NN, "b28_nn", "b28_nn", r"$\sigma(z) = 1 / 1 + e^{-z}$", ((W,),),
           (Twin("value", "a1[{j}]", ("1/1 + exp(-z1[{j}])",), _J2),), batch=28,
           why="1 / 1 + e^{-z} is 1 + e^{-z} as written: the denominator's parentheses dropped"),
    Public("nn-sigmoid-prime", _NN, "b28_nn", "b28_nn", r"$\sigma'(z) = \sigma(z) \cdot (1 - \sigma(z))$", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),), batch=28),
    Public("nn-cost", _NN, "b28_nn", "b28_nn", r"$C(y) = (y - \hat y)^2$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=28,
           why="y the predicted output, \\hat y the expected one (the page's list says so)"),
    Public("nn-cost-prime", _NN, "b28_nn", "b28_nn", r"$C'(y) = 2(y - \hat y)$", ((C,),),
           (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=28,
           why="the cost's derivative by the prediction y"),
    Public("nn-delta-output", _NN, "b28_nn", "b28_nn", r"$\delta^{[l]} = C^{\prime}(a^{[n]}) \cdot \sigma^{\prime}(z^{[n]})$",
           ((C,),), (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=28,
           why="\"if $n = l$ (output layer):\" before it: l is the output layer n (2 here)"),
    Public("nn-delta-hidden", _NN, "b28_nn", "b28_nn",
           r"$\delta^{[l]} = (W^{[l+1]})^T \cdot \delta^{[l+1]} \cdot \sigma^{\prime}(z^{[l]})$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), _NN_DELTA1),), batch=28,
           why="\"if $l < n$ (hidden layers):\" before it: l = 1 here; the second \\cdot is the entrywise product"),
    Public("nn-grad-W", _NN, "b28_nn", "b28_nn", r"$\nabla W^{[l]} = \delta^{[l]} \cdot (a^{[l-1]})^T$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _NN_WEIGHTS),), batch=28),
    Public("nn-grad-B", _NN, "b28_nn", "b28_nn", r"$\nabla B^{[l]} = \delta^{[l]}$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _NN_BIASES),), batch=28),
    Public("nn-step", _NN, "b28_nn", "b28_nn", r"$\Delta w = lr \cdot \nabla w$", ((C,),),
           (Twin("value", "{t}", ("{t}",), _NN_W1),), batch=28,
           why="the step Delta w the notation names (the amount w - Delta w takes off), lr times the gradient"),
    Public("nn-update", _NN, "b28_nn", "b28_nn", r"$w = w - \Delta w$", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*grad",), _NN_W1),), batch=28),
    # ---- Quargam's homework 1 (the README at commit ac89424): $$...$$ followed by " -- " and a Russian note,
    # (i) the sample on every name, sigmoid without a backslash, \dfrac, \times, \sum{...} with neither index nor
    # bounds; dJ/dyhat's sign lost (the homework's later README writes - 2\times) ---------------------------------
    Public("quargam-z", _QUARGAM, "b28_quargam", "b28_quargam",
           "$$ z^{(i)} = w^{(i)}x^{(i)} +b^{(i)} $$ -- Математические операции в нейроне.", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=28,
           why="the note after the math: \"mathematical operations in the neuron\""),
    Public("quargam-yhat", _QUARGAM, "b28_quargam", "b28_quargam",
           " $$ \\hat{y}^{(i)} = sigmoid(z^{(i)}) $$ --  Функция активации.", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=28, why="\"activation function\""),
    Public("quargam-loss", _QUARGAM, "b28_quargam", "b28_quargam",
           " $$ \\hat{L}^{(i)}  = (y^{(i)} - \\hat{y}^{(i)})^2 $$ -- Функция потерь.", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=28, why="\"loss function\""),
    Public("quargam-J", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ J =  \dfrac{1}{n} \sum{  (y^{(i)} - \hat{y}^{(i)})^2 } $$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=28,
           why="the mean over the n samples, one here (n = 1 in the notation)"),
    Public("quargam-dJ-dw-chain", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ \dfrac{\partial J}{\partial w^{(i)}} =  \dfrac{\partial J}{\partial\hat{y}^{(i)}} \times"
           r" \dfrac{\partial\hat{y}^{(i)}}{\partial z^{(i)}}\times \dfrac{\partial z^{(i)}}{\partial w^{(i)}} $$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=28),
    Public("quargam-dJ-dyhat", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$  \dfrac{\partial J}{\partial\hat{y}^{(i)}} = 2\times (y^{(i)} - \hat{y}^{(i)}) $$", ((W,),),
           (Twin("value", "-2*(y[0] - a1[0])", ("2*(y[0] - a1[0])",)),), batch=28,
           why="d(y - yhat)^2/dyhat is -2(y - yhat): the sign of the inner derivative lost"),
    Public("quargam-dyhat-dz", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ \dfrac{\partial\hat{y}^{(i)}}{\partial z^{(i)}} =sigmoid(z^{(i)}) \times(1 -sigmoid(z^{(i)}))  $$",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=28),
    Public("quargam-dz-dw", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ \dfrac{\partial z^{(i)}}{\partial w^{(i)}} = x^{(i)} $$", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=28),
    Public("quargam-dJ-db-chain", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ \dfrac{\partial J}{\partial b^{(i)}} =  \dfrac{\partial J}{\partial\hat{y}^{(i)}} \times"
           r" \dfrac{\partial\hat{y}^{(i)}}{\partial z^{(i)}}\times \dfrac{\partial z^{(i)}}{\partial b^{(i)}} $$", ((C,),),
           (Twin("gradient", "b1[0]", ("-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=28),
    Public("quargam-w-update", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ w = w - \alpha \dfrac{\partial J}{\partial w} $$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=28),
    Public("quargam-b-update", _QUARGAM, "b28_quargam", "b28_quargam",
           r" $$ b = b - \alpha \dfrac{\partial J}{\partial b} $$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=28),
    # ---- tosterius's notes (Jekyll): \\[ ... \\] (kramdown's escaped \[ \]) around \begin{equation} or
    # \begin{split}, \tag{n}\label{eqn}, \boxed{...}, "&= &" and "\\\\\\" as the split's row ends, \sum_{k \in
    # layer_{l-1} }, Nielsen's w_{jk}^l, superscripts l+1 and l-1 without braces' parentheses -------------------------
    Public("tost-activation", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\na_j^l = \\sigma(\\sum_{k \\in layer_{l-1} } w_{jk}^l a_k^{l-1} + b_j^l),\n"
           "\\end{equation}\n\\\\]", ((C,),), (Twin("value", "{v}", ("{m}",), _T_ACTIVATIONS),), batch=28),
    Public("tost-delta-def", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\n\\delta^l_j = \\frac{\\partial E}{\\partial z^l_j} \\tag{2}\\label{eq2}\n"
           "\\end{equation}\n\\\\]", ((C,),), (Twin("gradient_z", "{z}", ("{m}",), _T_ALL_Z),), batch=28,
           why="the error's definition, true of every unit"),
    Public("tost-eq3", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\n\\boxed{\\delta^L_j = \\frac{\\partial E}{\\partial z^L_j} = \\frac{\\partial E}"
           "{\\partial a^L_j} \\frac{\\partial a^L_j}{\\partial z^L_j} \n= \\frac{\\partial E}{\\partial a^L_j}"
           " \\sigma'(z_j^L)} \\tag{3}\\label{eq3}\n\\end{equation}\n\\\\]", ((C, C, C),),
           (Twin("gradient_z", "z2[{j}]", (_T_OUT,) * 3, _J2),), batch=28),
    Public("tost-eq4", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{split}\n\\delta^l_j &= & \\frac{\\partial E}{\\partial z^l_j} \\\\\\\\\\\\\n"
           "&= & \\sum_k \\frac{\\partial E}{\\partial z^{l+1}_k} \\frac{\\partial z^{l+1}_k}{\\partial z^l_j}"
           " \\\\\\\\\\\\\n&= & \\sum_k \\frac{\\partial z^{l+1}_k}{\\partial z^l_j} \\delta^{l+1}_k\n"
           "\\end{split} \\tag{4}\\label{eq4}\n\\\\]", ((C, C, C),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",) * 3, _T_DELTA1),), batch=28,
           why="a rule of a hidden layer: l = 1 here"),
    Public("tost-eq5", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\nz_k^{l+1} = \\sum_{j} w_{kj}^{l+1} \\sigma(z_j^l) + b_k^{l+1} \\tag{5}\\label{eq5}\n"
           "\\end{equation}\n\\\\]", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",), _K2),),
           batch=28, why="l = 1, the only layer with a next one"),
    Public("tost-eq6", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\n\\boxed{\\delta^l_j = \\sum_{k} \\delta_k^{l+1} w_{kj}^{l+1} \\sigma'(z_j^l)}"
           " \\tag{6}\\label{eq6}\n\\end{equation}\n\\\\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), _T_DELTA1),), batch=28),
    Public("tost-eq7", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\n\\boxed{\\frac{\\partial E}{\\partial w_{jk}^l} = \\frac{\\partial E}{\\partial z_j^l}"
           " \\frac{\\partial z_j^l}{\\partial w_{jk}^l} = \\delta_j^l a_k^{l-1}}\\tag{7}\\label{eq7}\n\\end{equation}\n"
           "\\\\]", ((C, C),), (Twin("gradient", "{p}", ("{m}", "{m}"), _T_WEIGHTS),), batch=28),
    Public("tost-eq8", _TOST, "b28_tost", "b28_tost",
           "\\\\[\n\\begin{equation}\n\\boxed{\\frac{\\partial E}{\\partial b_j^l} = \\frac{\\partial E}{\\partial z_j^l}"
           " \\frac{\\partial z_j^l}{\\partial b_j^l} = \\delta_j^l }\\tag{8}\\label{eq8}\n\\end{equation}\n\\\\]",
           ((C, C),), (Twin("gradient", "{p}", ("{m}", "{m}"), _T_BIASES),), batch=28),
    # ---- the notes on the course's logistic regression, plain text: w'x for w^T x, y' = a, l(a, y), log without a
    # backslash; "on m examples": [i] the example, x[i][1], sum(1, m, i, ...), dz[i], dw1, \alpha in plain text ---
    Public("ng-z", _NG_LR, "b28_ng", "b28_ng_lr", "z = w[1] x[1] + w[2] x[2] + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=28),
    Public("ng-a", _NG_LR, "b28_ng", "b28_ng_lr", "y' = a = sigmoid(z)", ((C, C),),
           (Twin("value", "a1[0]", ("a1[0]", "sigmoid(z1[0])")),), batch=28),
    Public("ng-loss", _NG_LR, "b28_ng", "b28_ng_lr", "l(a, y) = -(y log(a) + (1-y) log(1-a))", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=28),
    Public("ngm-J", _NG_M, "b28_ng", "b28_ng_m", "J(w, b) = 1/m sum(1, m, i, l(a[i], y))", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=28,
           why="sum(1, m, i, f) the notes' sum of f over i from 1 to m; m = 1 here"),
    Public("ngm-z", _NG_M, "b28_ng", "b28_ng_m", "z[i] = w'x[i] + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=28,
           why="a line of the algorithm's loop, without its indentation"),
    Public("ngm-dz", _NG_M, "b28_ng", "b28_ng_m", "dz[i] = a[i] - y[i]", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=28,
           why="a line of the loop, without its indentation"),
    Public("ngm-w1-update", _NG_M, "b28_ng", "b28_ng_m", "w[1] = w[1] - \\alpha dw1", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=28),
    Public("ngm-w2-update", _NG_M, "b28_ng", "b28_ng_m", "w[2] = w[2] - \\alpha dw2", ((C,),),
           (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),), batch=28),
    Public("ngm-b-update", _NG_M, "b28_ng", "b28_ng_m", "b = b - \\alpha db", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=28),
    # ---- jheni1e's artificial neuron (Python): dEdW and dEdb named without a d/d, * for products, x[j] 0-based,
    # the lines of a loop over the weights ----------------------------------------------------------------------
    Public("neuron-y", _NEURON, "b28_neuron5", "b28_neuron5", "y = sigmoid(s)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=28, why="s = S(x, w, b), the weighted sum"),
    Public("neuron-dEdW", _NEURON, "b28_neuron5", "b28_neuron5", "dEdW = (y - t) * y * (1 - y) * x[j]", ((C,),),
           (Twin("gradient", "W1[0,{j}]", (f"{_NEURON_DZ}*x[{{j}}]",), _J5),), param="W1[0,j]", batch=28,
           why="inside \"for j in range(len(x)):\" (its indentation left out): the gradient of w[j], --param \"W1[0,j]\";"
               " E = 1/2 (y - t)^2, which the code does not write"),
    Public("neuron-w-update", _NEURON, "b28_neuron5", "b28_neuron5", "w[j] = w[j] - lr * dEdW", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J5),), param="W1[0,j]", batch=28),
    Public("neuron-dEdb", _NEURON, "b28_neuron5", "b28_neuron5", "dEdb = (y - t) * y * (1 - y)", ((C,),),
           (Twin("gradient", "b1[0]", (_NEURON_DZ,)),), batch=28),
    Public("neuron-b-update", _NEURON, "b28_neuron5", "b28_neuron5", "b = b - lr * dEdb", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=28),
]
