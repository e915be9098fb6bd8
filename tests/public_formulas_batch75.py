r"""Batch 75 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 web-page addresses no earlier batch used (the "pages" corpus: studyx.ai's homework page 100170077,
a question and its "Super Answer"; the notebooks or notes of three repositories as the corpus stores them,
Saavkd7's DeepLearning-Specialization-Coursera, JakeFlasher's MOOCs and afonsosa2002's si (formulas.md, at a GitHub
mirror's address); three of Nemotron-CC-Math's copies, named by their titles after the data set's address as in the
batches before: sefiks' "Sigmoid Function as Neural Network Activation Function", the question "Gradient descent with
Binary Cross-Entropy for single layer perceptron" and the question "Neural Network Backpropagation with RELU";
deeplearning.ai's forum thread 322150; bbs.eccn.com's thread 329578, Nielsen's chapter 3 retold in Chinese;
kiwix's copy of Stack Overflow 42604668; cs.stackexchange 74214; errorhandle.ai's page of a chat answer on the
softmax's derivative), copied verbatim, typos and mistakes included, each with the notation a teacher would write for
the page under shared/spec/notation.md (and docs/notation.md for what the product documents: grad(...), code's
names, the functions, loss and learning_rate keys), a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch75_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down,
at the first run) and committed before check was. A local derivative (df(x)/dx, dV/dW, dS_i/dz_k, dz/dw_1) is
twinned as a value, as in the batches before; so is a derivative by an output or a layer's input (studyx's dL/dy-hat,
Ng's da, the dense layer's dE/dx_i). Formulas keep their page's delimiters and what surrounds them on their line as
the corpus stores them (a question's whole paragraph, a bullet's "  • Neuron 3: ", a Python function's indentation and
trailing comments, the forum's sentences around LaTeX without delimiters, Chinese prose and 【 】, a flattened KaTeX
copy glued before its TeX); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 75

The batch: 52 formulas, 29 values (forward values, a loss or two, the sigmoid's derivative worked in seven steps,
local derivatives, the softmax and its two cases, a derivative by the output and by a layer's input), 3 deltas dL/dz
(dz = a - y, \frac{\partial{L}}{\partial{z}} = dz, dF/dt = f(t) - y), 10 gradients, 3 updates, and 7 entries of
several claims (studyx's eleven givens in one paragraph; the perceptron question's V = WX and Z = sigma(V) in one
sentence; JakeFlasher's four $ ... $ blocks of two, three, three and eight claims, the last with \rightarrow between
steps; eccn's a=σ(z) and z=wx+b in one pair of 【 】). 30 are LaTeX (the question's $...$ with a "$ $" splitting
"y" from "=1"; sefiks' \[ ... \] with (-1) \cdot factors, ^{-1-1}, \frac{d(1 + e^{-x})}{dx} inside a member and
\left[ \right]; the perceptron question's \( \) in sentences and bullets, W(n+1) and W(n) for the steps,
\sigma '(V) with a space before the prime; afonsosa2002's $$ on lines of their own, \sum_{i} without bounds,
w_{i j} with a space, XW + B with rows, a chain continued after "=" in the next $$ block, \dots and \ldots;
JakeFlasher's multi-line $ blocks, "y\ log(a)" (log without its backslash), "." for the product, x_1dz glued, :=;
the forum's LaTeX without delimiters, \partial{L} with braces; cs.stackexchange's F(t,y) = H(y,f(t)) with the loss's
arguments and \log f(t); the RELU answer's \(f(x) = \max(0, x)\) after "i.e.,"; errorhandle's KaTeX stored
twice, "Si=ezijezjS_i = ..." and "When i=ki = k:"), 22 plain text or code (studyx's bullets with Unicode subscripts
h₃, w₁₃, ŷ and ², * for the product; Saavkd7's and the RELU answer's indented Python, np.exp, x.dot(w1),
np.maximum(h, 0), trailing comments; eccn's Chinese sentence, <—— for the update, η*, ∂C/∂w, σ′ with U+2032; Stack
Overflow's ∂(C)/∂(w), aL-1(aL-y) with the superscripts flattened, δ'(zL-1) for sigma', a chain over three lines
starting with "="; the forum question's "dw = xdz"; cs.stackexchange's "neuron.(z=wx+b)").

8 are mistaken somewhere (the oracle finds at least one member wrong):

- studyx's answer, every step: h₃ = 0.1 * 2 + 0.2 * 2 + 0.65 = 0.85 (the given output z_3 added as a bias, no
  sigmoid, and the sum is 1.25), h₄ = 0.3 * 2 + 0.5 * 2 + 0.69 = 2.09 (weights the question never gives),
  ŷ = 0.5 * 0.85 + 0.25 * 2.09 + 0.66 = 1.3725, L = 0.5 * (0.66 - 1.3725)² = 0.25350625 (the given y-hat taken for
  y), dL/dŷ = ŷ - y = 1.3725 - 0.66 = 0.7125 (the mean squared error's derivative is 2(y-hat - y)) and dL/dw₁₃ = ... =
  0.7125 * 0.5 * 2 = 0.7125, whose chain of derivatives is right and whose numbers are not its factors';
- eccn's w <—— w - η* ∂C/∂w = w - η * a *σ′(z) and b <—— ... = b - η * a * σ′(z): Nielsen's gradient at his example's
  x = 1, y = 0 written as if it held for every input and target (dC/dw = (a - y) sigma'(z) x); a member in symbols is
  judged at every input and target, and the post does not say the case.

Not mistaken, though they look it: the forum's \frac{\partial{L}}{\partial{z}} = dz (the course's convention, dz
names dL/dz); JakeFlasher's "y\ log(a)" (log without a backslash, the log); Stack Overflow's δ'(zL-1), the
asker's slip of the letter for sigma' (named so by the notation, the only reading that makes the line a derivative).

What the spec could not express, which a page needed (the notation written as close as the spec allows, and said
so in the tables): the perceptron question's W(n+1) and W(n), the weights at steps n + 1 and n (the spec's patterns
carry no iteration count, and a parenthesised index after a name is MATLAB's entry: left unnamed); Stack Overflow's
flattened superscripts aL-1, aL-2, zL-1 (a^{L-1}: a name with a minus sign and a digit is no pattern, left unnamed)
and its one letter w for the last layer's weight on one line and the hidden layer's on the next (two notations, as
the question's words say which); studyx's neuron 4, whose weights the question never gives (w_14 = w_24 = 0.2 give
its z_4 = 0.69); a one-sample model of pages averaging over N or m samples (N = 1) and of the RELU answer's four
samples and 30 hidden units (one sample, 3 units). Left out: the perceptron question's loss L(Y, Z) = -\frac{1}{N}
\sum_{k = 1}^{N} y_k \log(z_k) + (1 - y_k) \log(1 - z_k), whose sum's extent its missing brackets leave to the
reader (y_k after the sum says it is meant over both terms, the layout says one), and its \frac{\partial L}{\partial
Z} written with \begin{pmatrix} rows over the N samples; afonsosa2002's \frac{\partial E}{\partial X} written entry
by entry with \left[ \right. ... \right] and a bmatrix; JakeFlasher's blocks over m examples (J += ..., a sum
over samples with y for y^{(i)}); cs.stackexchange's F(\vec{t}, \vec{y}) = \frac{1}{n} \sum ... (an average of the
binary cross-entropy over n outputs, which no loss of the spec's is: problem files sum it); errorhandle's
J_{ik} = S_i (\delta_{ik} - S_k), a Jacobian no notation can name; studyx's update, which the stored text cuts off
after "0.1 - ".

Collected on 2026-12-05 from 15:15 to 15:25 by the machine's clock (the oracle's runs included), and run blind once
at main 7113969 (/work/READY_FOR_BLIND25), with nothing under src/ changed. Every notation loaded with its network
(backprop.symbolic.notation_loading.load_notation) before the run, without judging any formula, and no refusal is
the collector's notation outside the spec's grammar, so the first run is the only one (/work/batch75_blind.txt):
35 of 52 read with every verdict right (67%), 13 refused, 4 misread (each a right member called wrong), no crash,
NO WRONG FORMULA CALLED CORRECT. Of the 8 mistaken formulas, 3 read with every verdict right (studyx's L = ...,
dL/dŷ = ... and dL/dw₁₃ = ..., each wrong member called wrong), 3 were refused (studyx's bullets) and 2 misread
(eccn's updates: their wrong members called wrong, their right first members too). By kind of claim: values 21 of
29, deltas 3 of 3, gradients 6 of 10, updates 1 of 3, entries of several claims 4 of 7. LaTeX against plain text:
the 30 in LaTeX read 23 (77%), the 22 in plain text or code 12 (55%). By page: studyx 3 of 7, Saavkd7 6 of 6,
sefiks 7 of 7, the perceptron question 5 of 5, afonsosa2002 3 of 3, JakeFlasher 3 of 4, deeplearning.ai 322150
2 of 5, eccn 0 of 3, Stack Overflow 42604668 0 of 2, cs.stackexchange 2 of 3, the RELU question 4 of 4,
errorhandle.ai 0 of 3.

The refusals by construct (13), with the exact message:

- 4, a label before a colon opening the line: a bullet's "Neuron 3:", "Neuron 4:", "Output neuron (ŷ):" (studyx),
  ``  • Neuron 3: h₃ = 0.1 * 2 + 0.2 * 2 + 0.65 = 0.85``: "formula 'Neuron 3: h_3 = 0.1 * 2 + 0.2 * 2 + 0.65 = 0.85':
  unexpected at ':' (position 9)" (b75-studyx-h3; -h4 alike; -yhat "formula 'Output neuron (\\hat{y}): \\hat{y} =
  0.5 * 0.85 + 0.25 * 2....': unexpected at ':' (position 24)"), and errorhandle's doubled case label,
  ``  1. When i=ki = k: $$ ... $$``: "formula 'i=ki = k:': unexpected at ':' (position 9)" (b75-softmax-same). Tried
  afterwards without the label, ``h₃ = 0.1 * 2 + 0.2 * 2 + 0.65 = 0.85``: reads, both members wrong, as the oracle
  says;
- 4, prose around a formula written without delimiters (or a paragraph's enumerator): deeplearning.ai's question
  ``I don’t understand why dw = xdz``: "formula "I don't understand why dw = xdz": unknown symbol I; the notation
  knows dw, dz, w, x, z; give it a meaning in the notation's [notation.symbols], e.g. "I" = "a1[0]""
  (b75-dlai-question); its mentor's ``Lastly, by the product rule (in differentiation), \frac{\partial{z}}...``:
  "formula '(in differentiation), \\frac{\\partial{z}}{\\partial{w_1}} =...': unexpected at ',' (position 21); a
  comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
  \quad C = D)" (b75-dlai-dzdw) and ``Consequently, dw_1 = ...``: "formula 'Consequently, dw_1 =
  \\frac{\\partial{L}}{\\partial{w_1}} = ...': unexpected at ',' (position 13); ..." (b75-dlai-dw1), while "Next, by
  chain rule, ..." and "Using our convention again, ..." on the same page read; studyx's question paragraph
  ``(i) Use the backpropagation algorithm ... (ii) Given $x_{1}=2, ...``: "formula '(i) Use the backpropagation
  algorithm to derive formula': unknown symbol i; the notation knows \\hat{y}, h, w, x, y, z; i is an index letter of
  the notation: ..." (b75-studyx-givens). Tried afterwards as ``dw = xdz``, ``dw_1 = ... = x_1dz.`` and ``Lastly, by
  the product rule, \frac{\partial{z}}{\partial{w_1}} = x_1.``: each reads, every member correct;
- 1, a claim in parentheses after a sentence's full stop, cs.stackexchange's ``z is the weighted input to the
  neuron.(z=wx+b)``: "formula 'z is the weighted input to the neuron \\cdot (z=wx+b)': expected ')' to close the
  parenthesis at '=' (position 47)" (the full stop read as a product; with a space after it, still refused);
- 1, a line of no claim inside a multi-line $ block, JakeFlasher's ``x_1, w_1, x_2, w_2, b \\`` listing the
  quantities (and the block's last line, the bare \mathcal{L}(a,y)): "formula 'x_1, w_1, x_2, w_2, b': unexpected
  at ',' (position 4); a comma after a member is no product: ..." (b75-jake-one-example; without the list line the
  block is refused at the bare loss, "has nothing to judge after its left side");
- 1, CJK brackets around inline formulas, eccn's ``【 a=σ(z), where z=wx+b 】。``: "formula '【 a=\\sigma (z)':
  cannot read '【' at position 1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)"
  (b75-eccn-forward; ``a=σ(z), where z=wx+b`` alone reads, both claims correct);
- 2, KaTeX stored twice, its flattened text glued before its TeX (errorhandle.ai's extraction): ``Si=ezijezjS_i =
  \frac{e^{z_i}}{\sum_{j} e^{z_j}}``: "formula 'Si=ezijezjS_i = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}': unknown symbol i;
  the notation knows S, z; ..." (b75-softmax-S) and ``  2. When iki \neq k: $$ \frac{\partial S_i}{\partial z_k} =
  -S_i S_k $$``: "formula '2. When iki \\neq k: $$ \\frac{\\partial S_i}{\\partial z_k} ...': the label before the
  colon names k, and the chain after it starts with a member of letters: write k = ... (the chain with its left
  side)" (b75-softmax-other). Tried afterwards without the flattened copy, ``S_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}``
  and ``When i \neq k: $$ ... = -S_i S_k $$``: both read correct.

The misreads (4, right members called wrong):

- an arrow of a less-than and em dashes, eccn's ``w <—— w - η* ∂C/∂w = w - η * a *σ′(z)`` and ``b <—— ...``: got
  (wrong, wrong) for (correct, wrong): the right member w - η ∂C/∂w called wrong (b75-eccn-w, -eccn-b). Tried
  afterwards with ``<-``: (correct, wrong), as the oracle says (the arrow <—— is not read as an update's: alone,
  ``w <—— w - η * ∂C/∂w`` is refused, "has no left side");
- superscripts flattened into plain text, Stack Overflow's ``∂(C)/∂(w) = aL-1(aL-y).`` and its three-line chain with
  aL-1(1-aL-1) * aL-2: aL-1 read as aL minus 1, each member called wrong (b75-so-last, -so-hidden). The notation
  cannot name aL-1 (see above), so no reading under the spec could be right; a teacher would have to retype the
  question.

Which look general (would appear in much homework): a label before a colon opening a line (bullets' "Neuron 3:",
"Output neuron (ŷ):"), prose around a formula without delimiters ("Consequently, ...", "I don't
understand why dw = xdz", a parenthetical aside before the formula), a claim in parentheses after a sentence, a line
listing quantities inside a multi-line block, and a typographic arrow (<——) for the update; CJK punctuation
(【 】) is general for Chinese pages. Page-specific or the stored copy's: errorhandle's KaTeX stored twice, and Stack
Overflow's flattened superscripts, which the spec's patterns cannot name.

Corrected in session 36 (2026-12-07) after review (fixleft36, whose commit 5e6f9060 reads a name, a hyphen and a
whole number that the table names whole): the notations' slip, not the reader's. The question's plain text flattens
its superscripts, "∂(C)/∂(w) = aL-1(aL-y)" after "the partial derivative for the last layer L:", aL-1, aL-2 and zL-1
being a^{L-1}, a^{L-2} and z^{L-1}; b75_so_last and b75_so_hidden left them unnamed, so the line read aL minus 1
and no reading could be the page's. Both notations now name them as a teacher reading the page would, on b75_chain's
network (x -> a1 -> a2): "aL-1" = "a1[0]", "aL-2" = "x[0]", "zL-1" = "z1[0]" (the review's lines, the same quantities
as the network's). No formula, verdict or other entry changed. b75-so-last and b75-so-hidden, misread as they came
(every member called wrong), now read with every verdict right: the batch from 46 of 52 read (88%; 4 refused,
2 misread) to 48 of 52 (92%; 4 refused, none misread), no wrong formula called correct either time.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch75_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_STUDYX = ("https://studyx.ai/homework/100170077-i-use-the-backpropagation-algorithm-to-derive-formula-for-d-l-d-w-13"
           "-assume-the-loss")
_SAAVKD7 = "https://github.com/Saavkd7/DeepLearning-Specialization-Coursera"
_SEFIKS = f"{_NEMOTRON} (Sigmoid Function as Neural Network Activation Function)"
_PERCEPTRON = f"{_NEMOTRON} (Gradient descent with Binary Cross-Entropy for single layer perceptron)"
_DENSE = "https://github.zerowiki.us.kg/afonsosa2002/si/blob/main/formulas.md"
_JAKE = "https://github.com/JakeFlasher/MOOCs"
_DLAI = "https://community.deeplearning.ai/t/w2-a2-derivatives-of-logistic-regression/322150"
_ECCN = "http://bbs.eccn.com/viewthread.php?tid=329578"
_SO = ("https://kiwix.lema.org/stackoverflow.com_en_all_2023-11/questions/42604668/how-the-cross-entropy-speed-up"
       "-backpropagation-on-the-hidden-layer")
_CSSE = "https://cs.stackexchange.com/questions/74214/how-to-show-that-cross-entropy-is-minimized"
_RELU = f"{_NEMOTRON} (Neural Network Backpropagation with RELU)"
_SOFTMAX = "https://errorhandle.ai/calculation-of-the-derivative-of-softmax-function"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_J2 = tuple({"j": j} for j in range(2))

# studyx's network: the gradient of the mean squared error (one output) by w_13, through h_3 = z_3 = a1[0]
_STUDYX_G13 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
# the sigmoid's slope at the unit's sum x (sefiks' df(x)/dx), written with the output
_SLOPE = "a1[0]*(1 - a1[0])"
_EXP = "exp(-z1[0])"
# the log loss of one sigmoid output, its derivative by the output and by the sum (Ng's da and dz)
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DA = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"
_DZ = "a1[0] - y[0]"
# the dense page's dE/dx_i: the mean squared error of two outputs through the FC layer's weights w_ij = W2[j, i]
_DENSE_DX = "(a2[0] - y[0])*W2[0,{i}] + (a2[1] - y[1])*W2[1,{i}]"
_DENSE_Y = "b2[{j}] + a1[0]*W2[{j},0] + a1[1]*W2[{j},1] + a1[2]*W2[{j},2]"
# Nielsen's cross-entropy through the chain x -> a1 -> a2 (the question's aL-2, aL-1, aL)
_CHAIN_HIDDEN = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
_SOFTMAX_A = "exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"

ENTRIES: list[Public] = [
    # ---- studyx.ai 100170077: the question's givens in $...$ (one $ $ splitting "y" from "=1"), the "Super Answer"'s
    # plain-text bullets with Unicode subscripts (h₃, w₁₃), ŷ, ² and * for the product; the answer is wrong from its
    # first line (it adds the question's z_3 as a bias, invents neuron 4's weights, takes y-hat for y) -------------
    Public("b75-studyx-givens", _STUDYX, "b75_studyx", "b75_studyx",
           r"(i) Use the backpropagation algorithm to derive formula for \[ \frac{d L}{d w_{13}} \] Assume the loss"
           r" function $L$ is the mean squared error loss. Show all working. (ii) Given $x_{1}=2, x_{2}=2,"
           r" w_{13}=0.1, w_{23}=0.2, w_{35}=0.5, w_{45}=0.5, z_{3}=0.65, z_{4}=0.69, \hat{y}=0.66, y$ $=1$, and"
           r" learning rate $\alpha=0.1$, apply the backpropagation and gradient descent algorithms to determine the"
           r" next value of the weight $w_{13}$. Show all working.", ((C,),) * 11,
           (Twin("value", "x[0]", ("=2",)), Twin("value", "x[1]", ("=2",)), Twin("value", "W1[0,0]", ("=0.1",)),
            Twin("value", "W1[0,1]", ("=0.2",)), Twin("value", "W2[0,0]", ("=0.5",)),
            Twin("value", "W2[0,1]", ("=0.5",)), Twin("value", "a1[0]", ("=0.65",)),
            Twin("value", "a1[1]", ("=0.69",)), Twin("value", "a2[0]", ("=0.66",)), Twin("value", "y[0]", ("=1",)),
            Twin("value", "0.1", ("=0.1",))), batch=75,
           why="the question's paragraph: (i) names dL/dw_13 (no claim), (ii) gives eleven values; z_3 = sigma(0.6),"
               " z_4 = sigma(0.8) and y-hat = sigma(0.5 z_3 + 0.5 z_4) to two digits; alpha = 0.1 the file's rate"),
    Public("b75-studyx-h3", _STUDYX, "b75_studyx", "b75_studyx",
           "  • Neuron 3: h₃ = 0.1 * 2 + 0.2 * 2 + 0.65 = 0.85", ((W, W),),
           (Twin("value", "a1[0]", ("=0.1*2 + 0.2*2 + 0.65", "=0.85")),), batch=75,
           why="under \"Calculate the output of each neuron:\"; neuron 3's output is sigma(0.6) = 0.6457: the"
               " answer adds the given output z_3 as if it were a bias, leaves out the sigmoid, and its sum (1.25) is"
               " not 0.85"),
    Public("b75-studyx-h4", _STUDYX, "b75_studyx", "b75_studyx",
           "  • Neuron 4: h₄ = 0.3 * 2 + 0.5 * 2 + 0.69 = 2.09", ((W, W),),
           (Twin("value", "a1[1]", ("=0.3*2 + 0.5*2 + 0.69", "=2.09")),), batch=75,
           why="weights 0.3 and 0.5 the question never gives, z_4 added as a bias; neuron 4's output is 0.69"),
    Public("b75-studyx-yhat", _STUDYX, "b75_studyx", "b75_studyx",
           "  • Output neuron (ŷ): ŷ = 0.5 * 0.85 + 0.25 * 2.09 + 0.66 = 1.3725", ((W, W),),
           (Twin("value", "a2[0]", ("=0.5*0.85 + 0.25*2.09 + 0.66", "=1.3725")),), batch=75,
           why="the output is sigma(0.5 z_3 + 0.5 z_4) = 0.6610; the answer's sum is 1.6075, its result 1.3725"),
    Public("b75-studyx-loss", _STUDYX, "b75_studyx", "b75_studyx", "L = 0.5 * (0.66 - 1.3725)² = 0.25350625", ((W, W),),
           (Twin("value", "(y[0] - a2[0])**2", ("=0.5*(0.66 - 1.3725)**2", "=0.25350625")),), batch=75,
           why="after \"Compute the Mean Squared Error (MSE):\"; the true loss is (1 - 0.6610)^2 = 0.1149; the answer"
               " takes the given y-hat 0.66 for y and its own 1.3725 for the output (and 0.5 (0.7125)^2 is 0.2538)"),
    Public("b75-studyx-dLdyhat", _STUDYX, "b75_studyx", "b75_studyx", "dL/dŷ = ŷ - y = 1.3725 - 0.66 = 0.7125",
           ((W, W, W),), (Twin("value", "2*(a2[0] - y[0])", ("a2[0] - y[0]", "=1.3725 - 0.66", "=0.7125")),),
           batch=75, why="a derivative by the output, twinned as a value: the mean squared error's is 2(y-hat - y),"
                         " -0.678 at the file's numbers"),
    Public("b75-studyx-dLdw13", _STUDYX, "b75_studyx", "b75_studyx",
           "dL/dw₁₃ = (dL/dŷ) * (dŷ/dh₃) * (dh₃/dw₁₃) = 0.7125 * 0.5 * 2 = 0.7125", ((C, W, W),),
           (Twin("gradient", "W1[0,0]", (_STUDYX_G13, "=0.7125*0.5*2", "=0.7125")),), batch=75,
           why="the chain is right (w_13 reaches the loss through h_3 alone); its numbers are not its factors'"
               " (dL/dy-hat is -0.678, dy-hat/dh_3 = 0.5 y-hat(1 - y-hat) = 0.112, dh_3/dw_13 = 2 h_3(1 - h_3)"
               " = 0.458)"),
    # ---- Saavkd7's notebook (the pages corpus's copy): a Python function's indented lines, # comments -------------
    Public("b75-saavkd7-z", _SAAVKD7, "b75_saavkd7", "b75_saavkd7", "    z = w1*x1 + w2*x2 + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=75,
           why="under \"# --- FORWARD PASS ---\" in single_step_backward(w1, w2, b, x1, x2, y)"),
    Public("b75-saavkd7-a", _SAAVKD7, "b75_saavkd7", "b75_saavkd7", "    a = 1 / (1 + np.exp(-z))  # Sigmoid", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=75),
    Public("b75-saavkd7-dz", _SAAVKD7, "b75_saavkd7", "b75_saavkd7", "    dz = a - y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=75,
           why="after \"# 1. Compute dz (The Error)\", \"# Theory: da * sigmoid_derivative\", \"# Simplified Code:"
               " a - y\""),
    Public("b75-saavkd7-dw1", _SAAVKD7, "b75_saavkd7", "b75_saavkd7", "    dw1 = x1 * dz", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=75),
    Public("b75-saavkd7-dw2", _SAAVKD7, "b75_saavkd7", "b75_saavkd7", "    dw2 = x2 * dz", ((C,),),
           (Twin("gradient", "W1[0,1]", ("x[1]*(a1[0] - y[0])",)),), batch=75),
    Public("b75-saavkd7-db", _SAAVKD7, "b75_saavkd7", "b75_saavkd7", "    db = dz", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=75, why="after \"# 3. Compute Gradient for Bias\""),
    # ---- Nemotron's copy of sefiks' post on the sigmoid: \[ ... \] lines, f(x), \cdot, (-1) factors, \left[ \right],
    # the exponent -1-1, d(1 + e^{-x})/dx inside a member ------------------------------------------------------------
    Public("b75-sefiks-f", _SEFIKS, "b75_sefiks", "b75_sefiks", r"\[ f(x) = \frac{1}{1 + e^{-x}} \]", ((C,),),
           (Twin("value", "a1[0]", (f"1/(1 + {_EXP})",)),), batch=75,
           why="under \"The sigmoid function is formulated as follows:\" (the conclusion repeats it, left out)"),
    Public("b75-sefiks-f-power", _SEFIKS, "b75_sefiks", "b75_sefiks",
           r"\[ f(x) = (1) \cdot (1 + e^{-x})^{-1} = (1 + e^{-x})^{-1} \]", ((C, C),),
           (Twin("value", "a1[0]", (f"1*(1 + {_EXP})**(-1)", f"(1 + {_EXP})**(-1)")),), batch=75),
    Public("b75-sefiks-d1", _SEFIKS, "b75_sefiks", "b75_sefiks",
           r"\[ \frac{df(x)}{dx} = (-1) \cdot ((1 + e^{-x})^{-1-1}) \cdot \frac{d(1 + e^{-x})}{dx} \]", ((C,),),
           (Twin("value", _SLOPE, (f"(-1)*((1 + {_EXP})**(-1 - 1))*(-{_EXP})",)),), batch=75,
           why="a local derivative, twinned as a value; d(1 + e^{-x})/dx = -e^{-x}"),
    Public("b75-sefiks-d2", _SEFIKS, "b75_sefiks", "b75_sefiks",
           r"\[ \frac{df(x)}{dx} = (-1) \cdot ((1 + e^{-x})^{-2}) \cdot (e^{-x}) \cdot \frac{d(-x)}{dx} \]", ((C,),),
           (Twin("value", _SLOPE, (f"(-1)*((1 + {_EXP})**(-2))*({_EXP})*(-1)",)),), batch=75),
    Public("b75-sefiks-d5", _SEFIKS, "b75_sefiks", "b75_sefiks",
           r"\[ \frac{df(x)}{dx} = \frac{e^{-x} + 1 - 1}{(1 + e^{-x})^2} \]", ((C,),),
           (Twin("value", _SLOPE, (f"({_EXP} + 1 - 1)/(1 + {_EXP})**2",)),), batch=75,
           why="after \"by appending plus and minus 1 to the numerator:\""),
    Public("b75-sefiks-d7", _SEFIKS, "b75_sefiks", "b75_sefiks",
           r"\[ \frac{df(x)}{dx} = \left[\frac{1}{(1 + e^{-x})} \right] - \left[\frac{1}{(1 + e^{-x})} \cdot"
           r" \frac{1}{(1 + e^{-x})}\right] \]", ((C,),),
           (Twin("value", _SLOPE, (f"1/(1 + {_EXP}) - 1/(1 + {_EXP})*1/(1 + {_EXP})",)),), batch=75),
    Public("b75-sefiks-d9", _SEFIKS, "b75_sefiks", "b75_sefiks", r"\[ \frac{df(x)}{dx} = f(x) \cdot (1 - f(x)) \]",
           ((C,),), (Twin("value", _SLOPE, ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=75,
           why="after \"By substituting \\( f(x) = \\frac{1}{1 + e^{-x}} \\), the formula becomes:\""),
    # ---- Nemotron's copy of "Gradient descent with Binary Cross-Entropy for single layer perceptron": inline \( \)
    # in sentences and bullets, V = WX with X a column per sample, W(n+1) and W(n) for the steps, \sigma '(V) --------
    Public("b75-perceptron-forward", _PERCEPTRON, "b75_perceptron", "b75_perceptron",
           r"On the forward step, we have \( V = WX \) and the output is \( Z = \sigma(V) \).", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",))),
           batch=75, why="one sample: X one column of two inputs, V and Z one number each"),
    Public("b75-perceptron-update", _PERCEPTRON, "b75_perceptron", "b75_perceptron",
           r"On backpropagation, we update the weights as \( W(n+1) = W(n) - \eta \frac{\partial L}{\partial W} \),"
           r" where \( L \) is the binary Cross-Entropy loss function:", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=75,
           why="W(n+1) the weights after step n; the notation cannot name W(n) (see the tables)"),
    Public("b75-perceptron-chain", _PERCEPTRON, "b75_perceptron", "b75_perceptron",
           r"\[ \frac{\partial L}{\partial W} = \frac{\partial L}{\partial Z} \frac{\partial Z}{\partial V}"
           r" \frac{\partial V}{\partial W} \]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),), batch=75,
           why="after \"Applying the chain rule:\"; the question's own loss line (a sum whose brackets are missing) is"
               " left out: whether its sum runs over both terms is the page's to say"),
    Public("b75-perceptron-dVdW", _PERCEPTRON, "b75_perceptron", "b75_perceptron",
           r"- \(\frac{\partial V}{\partial W}\) is straightforward: \(\frac{\partial V}{\partial W} = X\).", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I2),), batch=75,
           why="a local derivative, twinned as a value: dV/dw_i = x_i"),
    Public("b75-perceptron-dZdV", _PERCEPTRON, "b75_perceptron", "b75_perceptron",
           r"- \(\frac{\partial Z}{\partial V} = \sigma '(V)\)", ((C,),),
           (Twin("value", _SLOPE, ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=75,
           why="a space before the prime; a local derivative, twinned as a value"),
    # ---- afonsosa2002's formulas.md (a GitHub mirror's copy): $$ on lines of their own, \sum_{i} without bounds,
    # w_{i j} with a space, XW + B with rows, a chain continued in the next $$ block after "=", \dots and \ldots ----
    Public("b75-dense-y", _DENSE, "b75_dense", "b75_dense", "$$\ny_{j}=b_{j}+\\sum_{i}x_{i}w_{i j}\n$$", ((C,),),
           (Twin("value", "z2[{j}]", (_DENSE_Y,), _J2),), batch=75,
           why="\"The value of each output neuron can be calculated as the following:\""),
    Public("b75-dense-Y", _DENSE, "b75_dense", "b75_dense", "$$\nY = XW + B\n$$", ((C,),),
           (Twin("value", "z2[{j}]", (_DENSE_Y,), _J2),), batch=75,
           why="X = [x_1 ... x_i] a row, W input-first (i x j), B a row"),
    Public("b75-dense-dEdx", _DENSE, "b75_dense", "b75_dense",
           "$$\n{\\frac{\\partial E}{\\partial x_{i}}}={\\frac{\\partial E}{\\partial y_{1}}}{\\frac{\\partial y_{1}}"
           "{\\partial x_{i}}}+\\dots+{\\frac{\\partial E}{\\partial y_{j}}}"
           "{\\frac{\\partial y_{j}}{\\partial x_{i}}}\n$$"
           "\n$$\n=\\frac{\\partial E}{\\partial y_{1}}w_{i1}+\\ldots+\\frac{\\partial E}{\\partial y_{j}}w_{i j}\n$$",
           ((C, C),), (Twin("value", _DENSE_DX, (_DENSE_DX, _DENSE_DX), _I3),), batch=75,
           why="after \"Using the chain rule:\"; the second $$ block continues the chain; j the last output (the"
               " layer's count, two here); a derivative by the layer's input, twinned as a value"),
    # ---- JakeFlasher's MOOC notes: $ ... $ blocks over several lines, claims separated by \\, "\ log" (log without a
    # backslash), . for the product, \rightarrow between steps, x_1dz glued, := updates -----------------------------
    Public("b75-jake-forward", _JAKE, "b75_logistic2", "b75_logistic2",
           "$\n  z = w^Tx + b \\\\\n  \\hat{y} = a = \\sigma(z) \\\\\n"
           "  \\mathcal{L}(a, y) = -[y\\ log(a) + (1 - y)\\ log(1 - a)]\n$", ((C,), (C, C), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "a1[0]", ("a1[0]", "sigmoid(z1[0])")), Twin("value", _BCE, (_BCE,))), batch=75,
           why="under \"## Logistic Regression\": three claims, one a line"),
    Public("b75-jake-one-example", _JAKE, "b75_logistic2", "b75_logistic2",
           "$\n  x_1, w_1, x_2, w_2, b \\\\\n  z = w_1x_1 + w_2x_2 + b \\\\\n  a = \\sigma(z) \\\\\n"
           "  \\mathcal{L}(a,y)\n$",
           ((C,), (C,)), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
                          Twin("value", "a1[0]", ("sigmoid(z1[0])",))), batch=75,
           why="under \"### Forward:\"; its first line lists the quantities and its last names the loss: no claims"),
    Public("b75-jake-backward", _JAKE, "b75_logistic2", "b75_logistic2",
           "$\n  da = \\frac{d\\mathcal{L}(a,y)}{da} = -\\frac{y}{a} + \\frac{1 - y}{1 - a} \\\\\n"
           "  dz = \\frac{d\\mathcal{L}}{dz} = \\frac{d\\mathcal{L}(a,y)}{dz} \\rightarrow\\ \\ \\\n"
           "  dz = \\frac{d\\mathcal{L}}{da} . \\frac{da}{dz} \\rightarrow\\ \\ \\ \n"
           "  dz = \\left ( - \\frac{y}{a} + \\frac{1 - y}{1 - a} \\right ) . a (1 - a)  \\rightarrow\\ \\ \\ \n"
           "  dz = a - y \\\\\n  \\\\\n  dw_1 = \\frac{d\\mathcal{L}}{dw_1} = x_1dz \\\\\n"
           "  dw_2 = \\frac{d\\mathcal{L}}{dw_2} = x_2dz \\\\\n  db = dz\n$",
           ((C, C), (C, C), (C,), (C,), (C,), (C, C), (C, C), (C,)),
           (Twin("value", _DA, (_DA, "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])")),
            Twin("gradient_z", "z1[0]", (_DZ, _DZ)),
            Twin("gradient_z", "z1[0]", (f"{_DA}*a1[0]*(1 - a1[0])",)),
            Twin("gradient_z", "z1[0]", ("(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))*a1[0]*(1 - a1[0])",)),
            Twin("gradient_z", "z1[0]", (_DZ,)),
            Twin("gradient", "W1[0,0]", (f"({_DZ})*x[0]", f"x[0]*({_DZ})")),
            Twin("gradient", "W1[0,1]", (f"({_DZ})*x[1]", f"x[1]*({_DZ})")),
            Twin("gradient", "b1[0]", (_DZ,))), batch=75,
           why="under \"### Backward:\"; da a derivative by the output, twinned as a value; dz written four times,"
               " each step after \\rightarrow with its own left side dz"),
    Public("b75-jake-update", _JAKE, "b75_logistic2", "b75_logistic2",
           "$\n  w_1 := w_1 - \\alpha dw_1 \\\\\n  w_2 := w_2 - \\alpha dw_2 \\\\\n  b := b - \\alpha db\n$",
           ((C,), (C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)), Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),
            Twin("update", "b1[0]", ("b1[0] - eta*grad",))), batch=75, why="under \"### Updating weights\""),
    # ---- deeplearning.ai thread 322150: LaTeX without delimiters inside the mentor's sentences, \partial{L} with
    # braced letters, dw_1 and dz the course's names, x_1dz glued -------------------------------------------------
    Public("b75-dlai-question", _DLAI, "b75_dlai", "b75_dlai", "I don\u2019t understand why dw = xdz", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I2),), batch=75,
           why="the question, in its sentence; dw and x vectors, dz a number"),
    Public("b75-dlai-chain", _DLAI, "b75_dlai", "b75_dlai",
           r"Next, by chain rule, \frac{\partial{L}}{\partial{w_1}} = \frac{\partial{L}}{\partial{z}}"
           r"\frac{\partial{z}}{\partial{w_1}}, because L depends on w_1 through z.", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=75),
    Public("b75-dlai-dz", _DLAI, "b75_dlai", "b75_dlai",
           r"Using our convention again, \frac{\partial{L}}{\partial{z}} = dz", ((C,),),
           (Twin("gradient_z", "z1[0]", (_DZ,)),), batch=75,
           why="the convention's definition: dz is dL/dz (a - y for the log loss)"),
    Public("b75-dlai-dzdw", _DLAI, "b75_dlai", "b75_dlai",
           r"Lastly, by the product rule (in differentiation), \frac{\partial{z}}{\partial{w_1}} = x_1.", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=75, why="a local derivative, twinned as a value"),
    Public("b75-dlai-dw1", _DLAI, "b75_dlai", "b75_dlai",
           r"Consequently, dw_1 = \frac{\partial{L}}{\partial{w_1}} = \frac{\partial{L}}{\partial{z}}"
           r"\frac{\partial{z}}{\partial{w_1}} = x_1dz.", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", ("grad", "(a1[0] - y[0])*x[0]", "x[0]*(a1[0] - y[0])")),), batch=75),
    # ---- bbs.eccn.com 329578 (Nielsen's chapter 3 retold in Chinese): 【 】 around inline formulas, <—— for the
    # update, η*, ∂C/∂w, σ′ with the prime U+2032; the gradient written for Nielsen's example (x = 1, y = 0) as if
    # it held for every input and target ------------------------------------------------------------------------
    Public("b75-eccn-forward", _ECCN, "b75_eccn", "b75_eccn",
           "当中y是我们期望的输出,a为神经元的实际输出【 a=σ(z), where z=wx+b 】。", ((C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",))), batch=75),
    Public("b75-eccn-w", _ECCN, "b75_eccn", "b75_eccn", "w <—— w - η* ∂C/∂w = w - η * a *σ′(z)", ((C, W),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", f"W1[0,0] - eta*a1[0]*{_SLOPE}")),), batch=75,
           why="dC/dw = (a - y) sigma'(z) x, which is a sigma'(z) only at Nielsen's x = 1, y = 0 (the file's data); a"
               " member in symbols is judged at every input and target (docs/notation.md), and the post does not"
               " say the case"),
    Public("b75-eccn-b", _ECCN, "b75_eccn", "b75_eccn", "b <—— b - η* ∂C/∂b = b - η * a * σ′(z)", ((C, W),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad", f"b1[0] - eta*a1[0]*{_SLOPE}")),), batch=75,
           why="dC/db = (a - y) sigma'(z), a sigma'(z) only where y = 0"),
    # ---- Stack Overflow 42604668 (kiwix's copy): plain text with the superscripts flattened (aL-1 for a^{L-1}),
    # ∂(C)/∂(w), δ' for sigma', a chain over three lines starting with = ---------------------------------------------
    Public("b75-so-last", _SO, "b75_chain", "b75_so_last", "∂(C)/∂(w) = aL-1(aL-y).", ((C,),),
           (Twin("gradient", "W2[0,0]", ("a1[0]*(a2[0] - y[0])",)),), batch=75,
           why="after \"the partial derivative for the last layer L:\"; aL-1 is a^{L-1} flattened (see the tables)"),
    Public("b75-so-hidden", _SO, "b75_chain", "b75_so_hidden",
           "∂(C)/∂(w)\n= (aL-y) * wL * aL-1(1-aL-1) * aL-2\n= (aL-y) * wL * δ'(zL-1) * aL-2", ((C, C),),
           (Twin("gradient", "W1[0,0]",
                 (_CHAIN_HIDDEN, "(a2[0] - y[0])*W2[0,0]*sigmoid(z1[0])*(1 - sigmoid(z1[0]))*x[0]")),),
           batch=75, why="after \"so I calculate the partial derivative on the L-1 layer:\"; δ' the question's slip for"
                         " sigma' (the notation names delta the sigmoid)"),
    # ---- cs.stackexchange 74214: $$ ... $$ with f(t) for the sigmoid, F and H the loss with arguments, \log f(t)
    # without parentheses; the question's z=wx+b glued to a sentence's full stop ------------------------------------
    Public("b75-csse-F", _CSSE, "b75_neuron_bce", "b75_neuron_bce",
           r"$$ F(t,y) = H(y,f(t)) = -y\log f(t) - (1-y)\log(1-f(t)). $$", ((C, C),),
           (Twin("value", _BCE, (_BCE, _BCE)),), batch=75,
           why="\"The binary cross-entropy between y and f(t) is\"; the loss's value, twinned as a value"),
    Public("b75-csse-dFdt", _CSSE, "b75_neuron_bce", "b75_neuron_bce",
           r"$$ \frac{\partial F(t,y)}{\partial t} = f(t) - y $$",
           ((C,),), (Twin("gradient_z", "z1[0]", ("sigmoid(z1[0]) - y[0]",)),), batch=75),
    Public("b75-csse-z", _CSSE, "b75_neuron_bce", "b75_neuron_bce", "z is the weighted input to the neuron.(z=wx+b)",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=75),
    # ---- Nemotron's copy of "Neural Network Backpropagation with RELU": the answer's \( \) in a sentence with "i.e.,",
    # \max(0, x); its example code, x.dot(w1) with input-first weights, np.maximum(h, 0), a trailing comment -------
    Public("b75-relu-f", _RELU, "b75_relu", "b75_relu_answer",
           r"**A:** The ReLU function is defined as: For \(x > 0\), the output is \(x\), i.e., \(f(x) = \max(0, x)\)."
           r" So for the derivative \(f'(x)\):", ((C,),), (Twin("value", "a1[0]", ("relu(z1[0])",)),), batch=75,
           why="x > 0 a condition and x the output in words, no claims; f(x) = max(0, x) the one claim"),
    Public("b75-relu-h", _RELU, "b75_relu", "b75_relu_code", "    h = x.dot(w1)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J3),), batch=75,
           why="under \"# Forward pass: compute predicted y\" in the loop; x a row, w1 of shape (D_in, H)"),
    Public("b75-relu-hrelu", _RELU, "b75_relu", "b75_relu_code",
           "    h_relu = np.maximum(h, 0)  # using ReLU as activate function", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),), batch=75),
    Public("b75-relu-ypred", _RELU, "b75_relu", "b75_relu_code", "    y_pred = h_relu.dot(w2)", ((C,),),
           (Twin("value", "a2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2]",)),), batch=75),
    # ---- errorhandle.ai: a chat answer whose KaTeX is stored twice, flattened and then as TeX ("Si=ezijezjS_i =
    # ..."), $$ ... $$ after a numbered case "When i=ki = k:" -------------------------------------------------------
    Public("b75-softmax-S", _SOFTMAX, "b75_softmax3", "b75_softmax3",
           r"Si=ezijezjS_i = \frac{e^{z_i}}{\sum_{j} e^{z_j}}", ((C,),),
           (Twin("value", "a1[{i}]", (_SOFTMAX_A,), _I3),), batch=75,
           why="\"It's defined as:\"; the flattened copy of the KaTeX glued before its TeX"),
    Public("b75-softmax-same", _SOFTMAX, "b75_softmax3", "b75_softmax3",
           r"  1. When i=ki = k: $$ \frac{\partial S_i}{\partial z_k} = S_i (1 - S_k) $$", ((C,),),
           (Twin("value", "a1[{k}]*(1 - a1[{k}])", ("a1[{i}]*(1 - a1[{k}])",),
                 tuple({"i": k, "k": k} for k in range(3))),), batch=75,
           why="the case i = k (written \"i=ki = k\", the flattened and the TeX copy); a local derivative, twinned as a"
               " value"),
    Public("b75-softmax-other", _SOFTMAX, "b75_softmax3", "b75_softmax3",
           r"  2. When iki \neq k: $$ \frac{\partial S_i}{\partial z_k} = -S_i S_k $$", ((C,),),
           (Twin("value", "-a1[{i}]*a1[{k}]", ("-a1[{i}]*a1[{k}]",),
                 tuple({"i": i, "k": k} for i in range(3) for k in range(3) if i != k)),), batch=75,
           why="the case i \\neq k (the flattened copy lost the sign: \"iki\")"),
]
