r"""Batch 33 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 20 addresses no earlier batch used (19 threads or posts: Q&A threads and posts of the "pages"
corpus, Nemotron-CC-Math-v1's copies of forum threads and posts, named by their titles after the data set's address
as in the batches before, and eight GitHub issue or pull-request threads of the "issues" corpus; the Covid question
of ai.stackexchange is cited twice, at its answer's address for the question and the answer's first correction, and
in Nemotron-CC-Math's copy for the answer's derivation, which the first address's stored text does not show),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: grad(...), the functions and
learning_rate keys), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch33_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) before check was.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 33

The batch: 44 formulas (45 claims: hunkim-l2's line holds a loss and, after ==>, its derivative), 26 values (forward
values and losses, two of them chains of numbers, joelgrus's predicted and error, local derivatives such as
dz^(3)/dw_6 = O_2, activation derivatives sigma'(z), f'(x) = sech^2 x, a' = a*(1-a), Sigmoid'(x), and two written
with a vector of numbers or the answer's a^l = ... = 1/(1+exp(-50))), 5 deltas dL/dz (the course's dz^{[1]}, ex4's
delta_3 and delta_2, dE/dinput, dL/dlogits), 7 gradients, 6 updates; no entry marked unreadable. 27 are LaTeX
(ai.stackexchange's \begin{aligned} chains with \text{Sig}, \left( \right) and \delta as the partial sign;
Nemotron's \[ ... \], inline \( ... \) and \text{output}-style word names; math.techqa.club's $$ ... $$ with sech^2
x; Cross Validated's $$ ... $$ with a^l(z^l) written as a function and * for the product, a chain ending in \neq 1;
fast.ai's forum lines, LaTeX without delimiters, \text{max} and \vec{w}_1; vzhou842's issue comment with \delta as
the partial sign), 17 plain text or code (the issue threads: ==> between a loss and its derivative, Sigmoid'(x), <-
and a mistyped -<, error_hidden with ^T _(hidden_output), a numbered list "1 - ", "2 - " in Unicode mathematical
italics with Θ(2)𝑇 and ∗, a' for a derivative, joelgrus's annotated Python with its # comments kept and d(e_sq)/dm;
willwolf's Python += with capitalised names; pixelbank's vector of numbers [0.09, 0.24, 0.67-1]; torchedup's
dL/dlogits).

8 are mistaken somewhere (the oracle finds at least one member wrong):

- covid-o2-question: the weight 0.2 of x_1 = 6 written -0.2 (the answer corrects it: O_2 = Sig(0.4) = 0.5987), and
  Sig(-2) written 0.8808 (it is 0.1192; 0.8808 is Sig(2)); the middle member Sig(-2) follows from the page's own
  first member, and is wrong too: a member of numbers is judged against the true value at the file's numbers
  (docs/notation.md), 0.5987, which Sig(-2 +- half a unit) is far from. (Written down as right when the batch was
  collected: the oracle then allowed 1.5 either way to any member without a decimal point; it now carries half a
  unit of each whole number through the member, as for decimals, and the verdict was corrected on 2026-12-04);
- covid-dw6-question: (yhat - y) O_2 (O_3 (1 - O_3)) for dL/dw_6, the squared error's dL/dyhat with the
  cross-entropy: dL/dw_6 is (O_3 - y) O_2, the answer key's; its first member, the chain rule, is right;
- soerror-E: the Stack Overflow answer's E = -(target - output)^2, the squared error's negative;
- udacity-video: w2 -< w2 - a * w2, the video's update as the issue quotes it, the gradient's delta missing (and the
  arrow <- mistyped -<);
- myonn-hidden-error: the book's error_hidden = W^T error_output with error_output = t - o, which is -dL/da1 only
  without the output's o(1 - o) (sigmoid outputs here), as the issue says;
- schneider-pdf: the course pdf's a' = (1-a) for the sigmoid's derivative, as the issue quotes it;
- fastai-l1: l_1 = max(w_1 . x + b_1), the ReLU without its 0 (the maximum of one value is the value);
- joelgrus-dm: the issue's comment d(e_sq)/dm = 2*error*m, the slope m for the input x (the code beside it has
  2 * error * x).

What the spec could not express, which a page needed (the notation written as close as the spec allows, and said
so in the tables): a layer whose units have different activations (the Covid question's O_1 = ReLU(...) beside
O_2 = Sig(...): both are sigmoid units here, and O_1's, O_3's and p(C=0)'s lines, which depend on O_1's ReLU, are
left out); a prime on a quantity for its derivative by the unit's sum (a'; Sigmoid'(x) and f'(x) are functions'): the spec gives
it no reading, though a pattern "a'" with the derivative as its meaning would name it (not written before the run);
the parenthesised layer of plain text, Θ(2) and 𝑧(2), written as the patterns \Theta^{(2)} and z^{(2)}; the
parenthesised subscript of plain text, w^T _(hidden_output), written as the pattern w_{hidden_output}; a quantity
written as a function of another, a^l(z^l), z^l(w^l) (the spec's patterns are a base with scripts); the letter l as a
literal layer mark (indices set to another letter); Cross Validated's a^{l-1} = 62.5, which no sigmoid outputs (the
weight's layer alone is modelled, a^{l-1} its input).

How the collection went, honestly: the batch was first written down with 46 entries; before anything ran on it, the
held-out test's check of keys found that three of its pages had been used by earlier batches under other addresses
(ai.stackexchange 5638, "Are my computations of the forward and backward pass ...", in batch 23 through Nemotron's
copy; math.techqa.club's "Derivative of Softmax loss function with one_hot(y)" and Nemotron's "Week 3: Derivations
of J(w,b) for Sigmoid Function" in batch 19): their 22 entries were taken out. Two pages with a leaky ReLU
(Nemotron's "Leaky ReLU Backpropagation" and kostas's "How to do backpropagation in Numpy") were taken out too: the
test's PyTorch oracle has no leaky ReLU. Pages added in their place: the issue threads of dibgerge's assignments,
schneider128k's course, joelgrus's and vzhou842's repositories, willwolf.io, pixelbank.dev, torchedup.dev, Cross
Validated 490374 and fast.ai's forum. check saw none of them before the oracle verdicts were committed.

Collected on 2026-12-04, and run blind once at main a9745dc (src/ of e4db5b5, READY_FOR_BLIND4), with nothing under
src/ changed (the output saved in /work/batch33_blind.txt): 33 of 44 read with every verdict right (75%); 8 refused
that should have been read; 3 misread, each a right member called wrong; no crash; NO WRONG FORMULA CALLED CORRECT.
Of the 8 mistaken formulas, 3 read with every verdict right (covid-dw6-question, soerror-E, joelgrus-dm), 1 misread
(covid-o2-question: its wrong members called wrong, its right middle member too), 4 refused; no wrong member was
called correct. By kind of claim: values 18 of 26, deltas 3 of 5, gradients 7 of 7, updates 5 of 6. LaTeX against
plain text: the 27 formulas in LaTeX read 23 (85%), the 17 in plain text or code 10 (59%). By page: the Covid
question 2 of 3 and its Nemotron copy 5 of 5; Nemotron's "Simplified Cost Function" 2 of 2, "Sigmoid's Gradient
Derivation" 2 of 2, "Derivation of dz^{[1]}" 1 of 1, "Calculate the Error ..." 4 of 4; math.techqa.club 294094 2 of
2; willwolf.io 2 of 2; pixelbank.dev 1 of 1; torchedup.dev 1 of 1; Cross Validated 490374 3 of 5; fast.ai 1 of 2;
the issue threads: joelgrus 4 of 4, vzhou842 1 of 1, torch7 1 of 1, udacity 1 of 2, hunkim 0 of 1, makeyourown 0 of 1,
dibgerge 0 of 2, schneider128k 0 of 2.

The misreads (3, right members called wrong):

- a plain-text list's number read as arithmetic, dibgerge's ``1 - 𝛿_3=(𝑎_3 - y)`` (ex4-delta3): read as 1 - delta_3 =
  (a_3 - y) and called wrong. Tried afterwards without "1 - ": reads correct. (Batch 31's equation number (5.19) read
  as a factor is the same family: a line's label taken into the mathematics.)
- a quantity written as a function of another, Cross Validated's ``$$z^l(w^l) = a^{(l-1)}*w^l$$`` (cv490374-z): read
  as z^l times w^l and called wrong (while ``$$a^l(z^l) = \sigma(z^l)$$`` on the same page read correct). Tried
  afterwards as ``$$z^l = a^{(l-1)}*w^l$$``: reads correct.
- a member of numbers carried from a wrong member before it, the Covid question's ``&= \text{Sig} \left( -2 \right)``
  after ``O_2 &= \text{Sig} \left( -0.6 - 0.1 \cdot 2 - 0.2 \cdot 6 \right)`` (covid-o2-question): check judges it
  against O_2's true value (Sig(0.4)) and calls it wrong; the oracle's rule for numbers (tests/number_oracle.py) judges
  a step of numbers against the member before it, which it follows exactly. Its two wrong members were called wrong.

The refusals by construct (8):

- 2: a prime on a quantity for its derivative, schneider128k's issue, ``a' = (1-a)`` and ``a' = a*(1-a)``: "formula
  "a' = (1-a)": a' matches none of the notation's patterns for a ('a')". The notation gave a' no meaning (the spec's
  patterns name a quantity, and a' is a derivative the teacher expects check to know). Tried afterwards with the
  pattern ``"a'" = "a1[0]*(1 - a1[0])"`` added: the two read, wrong and correct.
- 1: ``==>`` joining a loss and its derivative on one plain-text line, hunkim's ``f(x) = 0.5 * (y - \sigma(x))^2 ==>
  df/dx = - (y - \sigma(x)) * \sigma(x) * (1 - \sigma(x))``: "formula 'f(x) = 0.5 * (y - \\sigma(x))^2 ==> df/dx = -
  (y - \\sigma(...': unexpected at '=' (position 33)". Tried afterwards with ", " for " ==> ": both claims read correct.
- 1: a subscript written after a space and in parentheses in plain text, makeyourown's ``error_hidden = w^T
  _(hidden_output) \cdot error_output,``: "formula 'error_hidden = w^T _(hidden_output) \\cdot error_output': unexpected
  at '_' (position 20)". Tried afterwards as ``w_{hidden_output}^T``: reads, wrong (as the oracle says); as
  ``w^T_{hidden_output}`` (the superscript first, as LaTeX allows): still refused, "unexpected at '_' (position 19)".
- 1: a plain-text layer in parentheses with the transpose as a letter after it, dibgerge's ``2 - 𝛿_2=(Θ(2))𝑇𝛿_3∗𝑔′(𝑧(2))``:
  "formula "2 - \\delta _2=(\\Theta (2))T\\delta _3 * g'(z(2))": \Theta matches none of the notation's patterns for
  \Theta ('\\Theta^{(2)}')". Tried afterwards as ``𝛿_2=(Θ^{(2)})^𝑇𝛿_3∗𝑔′(𝑧^{(2)})`` (no list number, the layer a
  superscript, ^ before the transpose): reads correct; with the patterns ``Θ(2)`` and ``z(2)`` added to the notation
  instead: refused, "unknown symbol T".
- 1: an inequality ending a chain, Cross Validated's answer ``... =\frac{1}{1+\exp(-50)}\neq 1``: "an inequality is not
  a claim check can judge at '\\neq' (position 61); write an equation". Tried afterwards without ``\neq 1``: reads,
  every member correct.
- 1: an arrow mistyped, the Udacity video's ``w2 -< w2 - a * w2`` as the issue quotes it: "formula 'w2 -< w2 - a * w2':
  has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param".
  Tried afterwards with ``<-``: reads, wrong (the missing delta), as the oracle says.
- 1: ``\text{max}`` with one argument for the ReLU, fast.ai's ``l_1 = \text{max}(\vec{w}_1 \cdot \vec{x} + b_1)``
  (a page mistake): "max is read only as max(0, u), the relu". Tried afterwards as ``\text{max}(0, ...)``: reads
  correct (the right formula).

Which look general: the prime on a quantity (a', y', o' for derivatives: common in homework, though a notation can
name it), a line's list number or label read into the mathematics, a quantity written as a function of its input
(a^l(z^l), z(w)), a superscript before a subscript (w^T_{...}), and an inequality or a ``==>`` joining steps of a
derivation; page-specific: the plain-text layer Θ(2) with a letter T after it, the mistyped -<, max(...) of one
value, and the carried-number rule (check and the oracle differ on a member that follows a wrong member exactly).
None of the notations was wrong under the spec as written; a' could have been named (the tables now say so), and
the blind run stays the one reported.

After session 13's fixes from it (fixprimes, main bc97637): 38 of 44 read with every verdict right (86%), no wrong
formula called correct. Now read: schneider-pdf and schneider-fix (a' of a unit's output as f'(z)), cv490374-z
(z^l(w^l) on a left side is z^l, the misread), myonn-hidden-error (w^T _(hidden_output): a superscript before a
subscript, plain text's _(...)), hunkim-l2 (==> between two claims). ex4-delta3, the other misread, is now refused:
a leading "1 - " is judged both as a list's number and as 1 minus what follows, and where the verdicts differ check
says so. Still refused: ex4-delta3 (that), udacity-video (-<), ex4-delta2 (\Theta (2)T), cv490374-answer (\neq 1
ending a chain), fastai-l1 (max of one argument); still misread: covid-o2-question (the page's numbers carried
from its own wrong member, which check judges against the true value). Session 14: cv490374-answer and fastai-l1
read (fixrules); covid-o2-question was the oracle's misjudgement, not check's (its middle member is wrong, see above):
it reads with every verdict right.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch33_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_COVID = ("https://ai.stackexchange.com/questions/38164/my-cross-entropy-loss-gradient-calculation-is-wrong-according"
          "-to-the-answer-key/38169")
_COVID_COPY = f"{_NEMOTRON} (My Cross Entropy Loss Gradient Calculation is Wrong According to the Answer Key)"
_SIMPLIFIED = f"{_NEMOTRON} (Derivative of \"Simplified Cost Function\")"
_SIGMOID_GRAD = f"{_NEMOTRON} (Deep Learning: Sigmoid's Gradient Derivation)"
_TANH = ("https://math.techqa.club/find-a-function-which-takes-f-x-as-parameter-and-return-the-value-of-the-derivative"
         "-294094")
_DZ1 = f"{_NEMOTRON} (Derivation of dz^{{[1]}} for Backpropagation)"
_SO_ERROR = f"{_NEMOTRON} (Calculate the Error Using a Sigmoid Function in Backpropagation)"
_HUNKIM = "https://github.com/hunkim/DeepLearningZeroToAll/pull/113"
_TORCH7 = "https://github.com/torch/torch7/issues/232"
_UDACITY = "https://github.com/udacity/sdc-issue-reports/issues/75"
_MYONN = "https://github.com/makeyourownneuralnetwork/makeyourownneuralnetwork/issues/88"
_EX4 = "https://github.com/dibgerge/ml-coursera-python-assignments/issues/120"
_SCHNEIDER = "https://github.com/schneider128k/machine_learning_course/issues/1"
_WILLWOLF = "http://willwolf.io/2016/05/06/single-neuron-gradient-descent/"
_PIXELBANK = "https://pixelbank.dev/problems/69600de72a516eab5414e9cf"
_TORCHEDUP = "https://torchedup.dev/problems/backprop-softmax-cross-entropy?from=learn%3Abackpropagation"
_CV490374 = "https://stats.stackexchange.com/questions/490374/backpropogation-derivatives"
_JOELGRUS = "https://github.com/joelgrus/data-science-from-scratch/issues/125"
_VZHOU = "https://github.com/vzhou842/neural-network-from-scratch/issues/2"
_FASTAI = ("https://forums.fast.ai/t/could-someone-help-me-verify-troubleshoot-my-implementation-of-backpropagation"
           "/107030")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))

# the Covid question's binary cross-entropy at a sigmoid output: dL/dyhat and dyhat/dz^(3)
_DL_DYHAT = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))"
_DYHAT_DZ = "a2[0]*(1 - a2[0])"
# the course's dz^{[1]} with a sigmoid output and binary cross-entropy (dz^{[2]} = a^{[2]} - y); ex4's delta_2 is it too
_DZ1_J = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*a1[{j}]*(1 - a1[{j}])"


ENTRIES: list[Public] = [
    # ---- ai.stackexchange 38164 (the answer's page, question included): \begin{aligned} chains with \text{Sig},
    # \left( \right), \approx; \delta as the partial sign; the question's O_2 and its dL/dw_6 mistaken -------------
    Public("covid-o2-question", _COVID, "b33_covid", "b33_covid",
           "\\begin{aligned} O_2 &= \\text{Sig} \\left( -0.6 - 0.1 \\cdot 2 - 0.2 \\cdot 6 \\right) \\\\ &= \\text{Sig}"
           " \\left( -2 \\right) \\\\ &\\approx 0.8808 \\\\ \\end{aligned}", ((W, W, W),),
           (Twin("value", "a1[1]", ("=1/(1 + np.exp(-(-0.6 - 0.1*2 - 0.2*6)))", "=1/(1 + np.exp(2))", "=0.8808")),), batch=33,
           why="the weight 0.2 of x_1 = 6 written -0.2 (the answer's correction): O_2 = Sig(0.4) = 0.5987; Sig(-2) follows"
               " from the page's own first member but is wrong too (numbers are judged against the true value at the"
               " file's numbers; written (W, C, W) at first, under the oracle's old 1.5 allowed to a member without a"
               " decimal point); Sig(-2) is 0.1192, not 0.8808 (that is Sig(2))"),
    Public("covid-o2-answer", _COVID, "b33_covid", "b33_covid",
           "\\begin{aligned} O_2 &= \\text{Sig} \\left( -0.6 - 0.1 \\cdot 2 + 0.2 \\cdot 6 \\right) \\\\ &= \\text{Sig}"
           " \\left( 0.4 \\right) \\\\ &\\approx 0.5987 \\\\ \\end{aligned}", ((C, C, C),),
           (Twin("value", "a1[1]", ("=1/(1 + np.exp(-(-0.6 - 0.1*2 + 0.2*6)))", "=1/(1 + np.exp(-0.4))", "=0.5987")),), batch=33,
           why="the answer's correction"),
    Public("covid-dw6-question", _COVID, "b33_covid", "b33_covid",
           "\\begin{aligned} \\frac{\\delta L}{\\delta w_6} &= \\frac{\\delta L}{\\delta \\hat{y}} \\cdot \\frac{\\delta"
           " \\hat{y}}{\\delta w_6} \\\\ &= \\left(\\hat{y}-y\\right)O_2\\left(O_3 \\left(1-O_3\\right)\\right)\\\\ &="
           " \\left(O_3-y\\right)O_2\\left(O_3 \\left(1-O_3\\right)\\right) \\end{aligned}", ((C, W, W),),
           (Twin("gradient", "W2[0,1]", (f"{_DL_DYHAT}*{_DYHAT_DZ}*a1[1]", f"(a2[0] - y[0])*a1[1]*{_DYHAT_DZ}",
                                         f"(a2[0] - y[0])*a1[1]*{_DYHAT_DZ}")),), batch=33,
           why="the chain rule is right, but dL/dyhat of the cross-entropy is (yhat - y)/(yhat(1 - yhat)), not yhat - y"
               " (the squared error's): the answer key's (O_3 - y) O_2 is dL/dw_6"),
    # ---- Nemotron's copy of the same thread (its answer's derivation, \[ ... \] one to a claim) ------------------------
    Public("covid-copy-chain", _COVID_COPY, "b33_covid", "b33_covid",
           "\\[\n\\begin{aligned}\n\\frac{\\delta L}{\\delta w_6} &= \\frac{\\delta L}{\\delta \\hat{y}} \\cdot \\frac{\\delta"
           " \\hat{y}}{\\delta z^{(3)}} \\cdot \\frac{\\delta z^{(3)}}{\\delta w_6} \\\\\n\\end{aligned}\n\\]", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_DL_DYHAT}*{_DYHAT_DZ}*a1[1]",)),), batch=33),
    Public("covid-copy-dL-dyhat", _COVID_COPY, "b33_covid", "b33_covid",
           "\\[\n\\frac{\\delta L}{\\delta \\hat{y}} = \\frac{(\\hat{y}-y)}{(1-\\hat{y})\\hat{y}}\n\\]", ((C,),),
           (Twin("value", _DL_DYHAT, ("(a2[0] - y[0])/((1 - a2[0])*a2[0])",)),), batch=33),
    Public("covid-copy-dyhat-dz", _COVID_COPY, "b33_covid", "b33_covid",
           "\\[\n\\frac{\\delta \\hat{y}}{\\delta z^{(3)}}=(1-\\hat{y})\\hat{y}\n\\]", ((C,),),
           (Twin("value", _DYHAT_DZ, ("(1 - a2[0])*a2[0]",)),), batch=33),
    Public("covid-copy-dz-dw6", _COVID_COPY, "b33_covid", "b33_covid",
           "\\[\n\\frac{\\delta z^{(3)}}{\\delta w_6}=O_2\n\\]", ((C,),), (Twin("value", "a1[1]", ("a1[1]",)),), batch=33),
    Public("covid-copy-dw6", _COVID_COPY, "b33_covid", "b33_covid", "\\[\n\\frac{\\delta L}{\\delta w_6}=(O_3-y)O_2\n\\]",
           ((C,),), (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a1[1]",)),), batch=33),
    # ---- Nemotron's "Derivative of \"Simplified Cost Function\"": \[ ... \], J(\mathbf{w},b), the update written with
    # = and the parameter's name on both sides ------------------------------------------------------------------------
    Public("simplified-w-update", _SIMPLIFIED, "b33_logistic2", "b33_course",
           "\\[ w_j = w_j - \\alpha \\frac{\\partial J(\\mathbf{w},b)}{\\partial w_j} \\]", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=33),
    Public("simplified-b-update", _SIMPLIFIED, "b33_logistic2", "b33_course",
           "\\[ b = b - \\alpha \\frac{\\partial J(\\mathbf{w},b)}{\\partial b} \\]", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=33),
    # ---- Nemotron's "Deep Learning: Sigmoid's Gradient Derivation" (its summary of the thread): inline \( ... \) -----
    Public("sigmoid-grad-def", _SIGMOID_GRAD, "b33_logistic2", "b33_course",
           "\\( \\sigma(z) = \\frac{1}{1 + e^{-z}} \\)", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=33),
    Public("sigmoid-grad-derivative", _SIGMOID_GRAD, "b33_logistic2", "b33_course",
           "\\( \\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) \\)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=33),
    # ---- math.techqa.club 294094: $$...$$, sech^2 x and tanh^2 x without parentheses, f'(x) ----------------------------
    Public("tanh-question", _TANH, "b33_tanh", "b33_tanh", "$$ f'(x) = sech^2(x) $$", ((C,),),
           (Twin("value", "1 - np.tanh(z1[0])**2", ("1/np.cosh(z1[0])**2",)),), batch=33),
    Public("tanh-answer", _TANH, "b33_tanh", "b33_tanh", "$$f'(x)=sech^2 x = 1 - tanh^2 x = 1- f(x)^2 $$", ((C, C, C),),
           (Twin("value", "1 - np.tanh(z1[0])**2", ("1/np.cosh(z1[0])**2", "1 - np.tanh(z1[0])**2",
                                                    "1 - np.tanh(z1[0])**2")),), batch=33),
    # ---- Nemotron's "Derivation of dz^{[1]} for Backpropagation": the course's [1], ^{[2]T}, \cdot for the
    # element-wise product, g^{[1]'} -----------------------------------------------------------------------------------
    Public("dz1-rule", _DZ1, "b33_two_layers", "b33_course_layers",
           "\\[ dz^{[1]} = w^{[2]T}dz^{[2]} \\cdot g^{[1]'}(z^{[1]}) \\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DZ1_J,), _J3),), batch=33,
           why="\\cdot the element-wise product, as the course means it (the thread's answer: Hadamard)"),
    # ---- Nemotron's copy of the Stack Overflow thread "Calculate the Error Using a Sigmoid Function in Backpropagation":
    # \[ ... \] with \text{target}, \text{output}, \text{input} as names, \times; the answer's E with a minus sign ------
    Public("soerror-E", _SO_ERROR, "b33_sigmoid_squared", "b33_so_error",
           "\\[ E = -(\\text{target} - \\text{output})^2 \\]", ((W,),),
           (Twin("value", "(y[0] - a1[0])**2", ("-(y[0] - a1[0])**2",)),), batch=33,
           why="the squared error is (target - output)^2: the answer's minus sign makes E its negative (its dE/dinput"
               " = 2 (target - output) ... follows from that sign, and is left out: the copy cuts it off)"),
    Public("soerror-chain", _SO_ERROR, "b33_sigmoid_squared", "b33_so_error",
           "\\[ \\frac{dE}{d\\text{input}} = \\frac{dE}{d\\text{output}} \\times \\frac{d\\text{output}}{d\\text{input}}"
           " \\]", ((C,),), (Twin("gradient_z", "z1[0]", ("-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=33),
    Public("soerror-output", _SO_ERROR, "b33_sigmoid_squared", "b33_so_error",
           "\\[ \\text{output} = \\text{sigmoid}(\\text{input}) \\]", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=33),
    Public("soerror-doutput", _SO_ERROR, "b33_sigmoid_squared", "b33_so_error",
           "\\[ \\frac{d\\text{output}}{d\\text{input}} = \\text{output} \\times (1 - \\text{output}) \\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=33),
    # ---- GitHub issue and pull-request threads: plain text in their descriptions and comments ----------------------
    Public("hunkim-l2", _HUNKIM, "b33_sigmoid_half", "b33_hunkim",
           "f(x) = 0.5 * (y - \\sigma(x))^2 ==> df/dx = - (y - \\sigma(x)) * \\sigma(x) * (1 - \\sigma(x))", ((C,), (C,)),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - sigmoid(z1[0]))**2",)),
            Twin("gradient_z", "z1[0]", ("-(y[0] - sigmoid(z1[0]))*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",))), batch=33,
           why="a comment's line: the loss, then ==> and its derivative by the unit's input x"),
    Public("torch7-sigmoid", _TORCH7, "b33_sigmoid_half", "b33_torch7",
           "Sigmoid'(x) = Sigmoid(x) * (1 - Sigmoid(x))", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=33,
           why="the issue's prose: \"As proven by prof Andrew Ng, Sigmoid'(x) = ...\""),
    Public("udacity-update", _UDACITY, "b33_one_one_one", "b33_udacity", "w2 <- w2 - a * delta_w2", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=33, why="the issue's correction, in quotes"),
    Public("udacity-video", _UDACITY, "b33_one_one_one", "b33_udacity", "w2 -< w2 - a * w2", ((W,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*W2[0,0]",)),), batch=33,
           why="the video's formula as the issue quotes it: the gradient's delta missing (w2 - a*w2), and the arrow"
               " <- typed -<"),
    Public("myonn-hidden-error", _MYONN, "b33_myonn", "b33_myonn",
           "error_hidden = w^T _(hidden_output) \\cdot error_output,", ((W,),),
           (Twin("value", "W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(y[1] - a2[1])*a2[1]*(1 - a2[1])",
                 ("W2[0,{j}]*(y[0] - a2[0]) + W2[1,{j}]*(y[1] - a2[1])",), _J2),), batch=33,
           why="the book's hidden error, as the issue asks: W^T (t - o) without the output's o(1 - o), so not -dL/da1"),
    Public("ex4-delta3", _EX4, "b33_two_layers", "b33_ex4", "1 - 𝛿_3=(𝑎_3 - y) ", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=33,
           why="the issue's numbered list (\"1 - \" its number), Unicode mathematical italics; ex4's sigmoid outputs"
               " with the cross-entropy summed over them"),
    Public("ex4-delta2", _EX4, "b33_two_layers", "b33_ex4", "2 - 𝛿_2=(Θ(2))𝑇𝛿_3∗𝑔′(𝑧(2)) ", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DZ1_J,), _J3),), batch=33,
           why="Theta(2) the hidden-to-output matrix without its bias column (the problem file keeps biases apart), ^T"
               " written 𝑇 after the parenthesis, ∗ the element-wise product"),
    Public("schneider-pdf", _SCHNEIDER, "b33_sigmoid_half", "b33_schneider", "a' = (1-a)", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("(1 - a1[0])",)),), batch=33,
           why="the course pdf's typo, as the issue quotes it (its Markdown italics, _..._, left out): the sigmoid's"
               " derivative is a(1 - a)"),
    Public("schneider-fix", _SCHNEIDER, "b33_sigmoid_half", "b33_schneider", "a' = a*(1-a)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=33, why="the issue's correction"),
    # ---- willwolf.io's "Single Neuron Gradient Descent": its update in Python, += and capitals ---------------------
    Public("willwolf-weight", _WILLWOLF, "b33_willwolf", "b33_willwolf", "weight += -LEARNING_RATE * weight_gradient",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=33),
    Public("willwolf-bias", _WILLWOLF, "b33_willwolf", "b33_willwolf", "bias += -LEARNING_RATE * bias_gradient",
           ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=33),
    # ---- pixelbank.dev's and torchedup.dev's softmax cross-entropy problems: plain text, a vector of numbers --------
    Public("pixelbank-gradient", _PIXELBANK, "b33_softmax_logits", "b33_pixelbank",
           "Gradient = softmax - one_hot = [0.09, 0.24, 0.67-1] = [0.09, 0.24, -0.33]", ((C, C, C),),
           (Twin("value", "(a1 - t)[{k}]", ("a1[{k}] - t[{k}]", "=[0.09, 0.24, 0.67-1]", "=[0.09, 0.24, -0.33]"), _K3),),
           batch=33, why="logits [1, 2, 3], the true class index 2; the problem's stated output [[0.09, 0.24, -0.67]]"
                         " (not an equation, left out) contradicts this line"),
    Public("torchedup-gradient", _TORCHEDUP, "b33_softmax_logits", "b33_torchedup", "dL/dlogits = y - target", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=33,
           why="y the softmax output, one sample (the page sums over the batch)"),
    # ---- Cross Validated 490374: $$...$$, a^l(z^l) and z^l(w^l) written as functions, * for the product; the answer's
    # chain ending in \neq 1 ------------------------------------------------------------------------------------------
    Public("cv490374-cost", _CV490374, "b33_cv490374", "b33_cv490374", "$$C(a) = (a^l-y)^2$$", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=33),
    Public("cv490374-a", _CV490374, "b33_cv490374", "b33_cv490374", "$$a^l(z^l) = \\sigma(z^l)$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=33),
    Public("cv490374-z", _CV490374, "b33_cv490374", "b33_cv490374", "$$z^l(w^l) = a^{(l-1)}*w^l$$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0]",)),), batch=33),
    Public("cv490374-chain", _CV490374, "b33_cv490374", "b33_cv490374",
           "$$\\frac{\\partial C}{\\partial w^l} = \\frac{\\partial C}{\\partial a^l} * \\frac{\\partial a^l}{\\partial z^l} *"
           " \\frac{\\partial z^l}{\\partial w^l} = 2(a^l-y)*(\\sigma(z^l)*(1-\\sigma(z^l)))*a^{l-1}$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",
                                         "2*(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))*x[0]")),), batch=33),
    Public("cv490374-answer", _CV490374, "b33_cv490374", "b33_cv490374",
           "$$a^l=\\sigma(z^l)=\\frac{1}{1+\\exp(-z^l)}=\\frac{1}{1+\\exp(-50)}\\neq 1$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + np.exp(-z1[0]))", "=1/(1 + np.exp(-50))")),), batch=33,
           why="the answer: z^l = 50 at the question's numbers (w^l = 0.8, a^{l-1} = 62.5); the chain ends in \\neq 1,"
               " not a member"),
    # ---- fast.ai's forum thread 107030: \text{max} with one argument for the ReLU, \vec{w}_1 ---------------------------
    Public("fastai-l1", _FASTAI, "b33_fastai", "b33_fastai", "l_1 = \\text{max}(\\vec{w}_1 \\cdot \\vec{x} + b_1)", ((W,),),
           (Twin("value", "a1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=33,
           why="the ReLU written max(...) without its 0: the maximum of one value is the value itself, not max(0, z)"),
    Public("fastai-l2", _FASTAI, "b33_fastai", "b33_fastai", "l_2 = \\vec{w}_2 \\cdot l_1 + b_2", ((C,),),
           (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=33),
    # ---- joelgrus's data-science-from-scratch issue #125: the annotated Python, its comments kept; the comment's
    # d(e_sq)/dm = 2*error*m for 2*error*x ----------------------------------------------------------------------------
    Public("joelgrus-predicted", _JOELGRUS, "b33_linear_squared", "b33_joelgrus",
           "predicted = slope * x + intercept   # The prediction of the model.", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=33),
    Public("joelgrus-error", _JOELGRUS, "b33_linear_squared", "b33_joelgrus",
           "error = (predicted - y)             # error is (predicted - actual)", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=33),
    Public("joelgrus-dm", _JOELGRUS, "b33_linear_squared", "b33_joelgrus", "d(e_sq)/dm = 2*error*m", ((W,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*W1[0,0]",)),), batch=33,
           why="the comment's own slip: the code beside it has 2 * error * x, the derivative by the slope m"),
    Public("joelgrus-dn", _JOELGRUS, "b33_linear_squared", "b33_joelgrus", "d(e_sq)/dn = 2*error", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])",)),), batch=33),
    # ---- vzhou842's neural-network-from-scratch issue #2 (a comment): $$...$$ with \delta as the partial sign -----------
    Public("vzhou-chain", _VZHOU, "b33_vzhou", "b33_vzhou",
           "$$ \\frac{\\delta L}{\\delta w_1} = \\frac{\\delta L}{\\delta y_{pred}} \\times \\frac{\\delta y_{pred}}{\\delta w_1} $$",
           ((C,),), (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),),
           batch=33, why="the article's network: h1 = f(w1 x1 + w2 x2 + b1), ..., y_pred = o1 = f(w5 h1 + w6 h2 + b3),"
                         " L = (y_true - y_pred)^2 for one sample"),
]
