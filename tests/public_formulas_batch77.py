r"""Batch 77 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the pages corpus: aman.ai's primer on the derivative of logistic
regression; four of Nemotron-CC-Math's copies, named by their titles after the data set's address as in the batches
before: Cross Validated 278771's answer, "Derivative of the Tanh Activation Function", "The Derivative of Logistic
Cost" and the single-layer sigmoid example of "Neural Networks from Scratch" (the data set holds three documents of
that title; the address says which); geeksmental's copy of the Data Science question "Perceptron Learning Rule";
Cross Validated 413046 on a ReLU hidden layer under a softmax; fishitmo's interview-preparation notebook on linear
regression's gradients; imathworks' copy of the Mathematics question "Deriving the partial of cost function in
logistic regression" with its answer; laugh12321's Chinese blog notes on gradient descent; shuhanyu's CS229 notes;
Data Science SE 111009), copied verbatim, typos and mistakes included, each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the
kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch77_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. A local derivative (d tanh/dx, du/dx, dh/d theta, dz/d theta_j) is twinned as a value, as in batches 14 to 76;
so is an error term delta = -dL/dz, and a change Delta w = -alpha dL/dw is a "step" twinned with its sign turned
(batch 48's way). Formulas keep their page's delimiters and what surrounds them on their line ($$...$$ on lines of
their own or inside a sentence, \[ ... \] blocks, a list item's dash and label, a notebook's code indentation, a
printed result before a formula); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 77

The batch: 57 formulas, 33 values (forward sums and outputs, the tanh's and sigmoid's definitions, losses, a bmatrix
worked example, local derivatives d(u/v)/dx, du/dx, dv/dx, d tanh(x)/dx, dh_theta/d theta, dz/d theta_j, the
identity e^{-theta x} h = 1 - h), 13 gradients (rules over theta_j with the intercept theta_0, chains over several
display blocks, NumPy's np.mean), 7 updates, 3 entries of several kinds (a change and an update; an error term and a
change, twice) and one typo (laugh-dJ, h(\theta^{(i)} - y^{(i)}) for h(\theta)^{(i)} - y^{(i)}, marked unreadable).
50 are LaTeX (aman.ai's \[ ... \] with \nabla_{\theta_j}J(\theta) beside the partial derivative and \left( \right);
Cross Validated 278771's \[ ... \] blocks of one chain, the later ones opening with "=", one after a sentence; the tanh
page's \text{tanh}, \text{tanh}^2(x), the quotient rule's u and v, inline \( \) in list items; the bold \mathbf{x}_i
and \mathbf{\theta}^T; "Neural Networks from Scratch"'s bmatrix vectors and matrices with \cdot, \times and \approx;
geeksmental's and Cross Validated 413046's $$ blocks side by side on one line, \Delta{w_{(i,j)}} with a parenthesised
subscript, f'(y_j) at the ReLU's output; fishitmo's \mathrm{MSE}, \; and \, spacing, \quad between two claims,
\hat y_i without braces; imathworks' $$ inside sentences, \log h_{\theta}(x^{(i)}) without parentheses,
\theta^{T}*x, h_\theta^2(x), derivatives with their arguments \frac{\partial h_\theta}{\partial \theta}(\theta,x), a
$$ line ending in "=" continued by one opening with it; laugh12321's \begin{equation} inside $$, 1/2m and 1/m inline,
a rule's h_\theta(x_0^{(j)}, x_1^{(j)}, …x_n^{(j)}) after a printed "Final cost/MSE:  5457.747"; shuhanyu's \tag,
J(\theta_0,\theta_1), * for the product; Data Science 111009's $ lines indented with twelve "\ "), 7 plain text or
code (fishitmo's Python: y_pred = m*x + b, error = (y- y_pred), np.mean, dm and db, -= updates with lr).

6 are mistaken somewhere (the oracle finds at least one member wrong):

- aman.ai's J(\theta)=-\frac{1}{m} \sum ... y^{(i)} \log(h) + (1-y^{(i)}) \log(1-h) without the brackets: the second
  term outside the minus sign;
- "Neural Networks from Scratch"'s z = ... = [0.23, 0.36] for the sums 0.24 and 0.28, and a = [\sigma(0.23),
  \sigma(0.36)] = ... \approx [0.557, 0.589] carried from them (the true a is 0.5597, 0.5695);
- geeksmental's \Delta W_i = \eta(d_i - y_i): the input x_i missing from the delta rule's change;
- imathworks' question's own \frac{\partial J}{\partial \theta_j}=\frac{-1}{m}\sum x_j^{(i)}(-h y - h^2(1-y)e^{\theta^T
  x}): the gradient is (h - y) x_j;
- laugh12321's J(\theta) = \theta_0 + \theta_1 x, the model written for the cost.

Not mistaken, though they look it: Cross Validated 413046's hidden rule \delta_j = (\sum_k \delta_k w_{(j,k)})
f'(y_j), which the question thinks wrong: with the ReLU, f' at the output y_j = relu(z_j) is 1 exactly where z_j > 0,
so the rule is -dL/dz_j, and its change \alpha \delta_j y_i is right; aman.ai's and imathworks' gradient and update
written without the cost's 1/m (one example, m = 1, cannot show it: the pages' costs average over m); laugh12321's
1/2m, 1/2 at m = 1 whichever way it is read.

What the spec could not express, which a page needed: theta alone as the vector of the intercept and the weights
(aman.ai's \theta x^{(i)} = \theta_{0}+\theta_{1} x_{1}^{(i)}+\cdots and the log lines written with it, left out;
"The Derivative of Logistic Cost" writes no intercept, so its theta is the weights of a unit without a bias);
laugh12321's h(\theta)^{(i)}, the prediction written as a function of the parameters, which no pattern names (left
unnamed); a threshold unit's rule (geeksmental's perceptron: the delta rule's linear unit stands for it); a cost by
cases on the label (the logistic-cost page's, left out). Open to question, though the spec seems to allow them:
imathworks' bare h_{\theta} beside h_\theta(x^{(i)}), named as a function ("layer", as batch 76 did) and not as a
quantity; the tanh page's u and v named by expressions of exp; geeksmental's d_i and y_i, one sample's target and
output whatever i, named with the placeholder i that also indexes W_i; Cross Validated 413046's letters i, j, k with
fixed roles (literal in the patterns) and its units counted from 0, which the question does not say.

Nothing was fixed from this batch.

Collected on 2026-12-05 from 16:13 to 16:20 by the machine's clock (the oracle's runs included), committed, and run
blind once at main c4faee8 (/work/READY_FOR_BLIND26), rebased onto it with nothing under src/ changed. Every notation
loaded under the spec before the run (backprop.symbolic.notation_loading.load_notation with its network, no formula
read), and no refusal is the collector's notation outside the spec's grammar, so the first run is the only one
(/work/batch77_blind.txt): 45 of 57 read with every verdict right (79%), 8 refused, 3 misread (right members called
wrong), 1 typo refused (laugh-dJ, as it should be: "expected ')' to close the parenthesis at the end"), no crash, NO
WRONG FORMULA CALLED CORRECT. Of the 6 mistaken formulas, 5 read with every verdict right (aman-J, nnfs-z-worked,
nnfs-a-worked, imath-mine and laugh-J-model, each wrong member called wrong) and 1 was misread (geeks-rule: its wrong
change called wrong, its right update too, see below).

By kind of claim: values 30 of 33, gradients 9 of 13, updates 6 of 7, the entries of several kinds 0 of 3. LaTeX
against plain text: the 50 in LaTeX read 41 (82%; the typo among them), the 7 lines of Python 4. By page: aman.ai 2
of 2, Cross Validated 278771's copy 1 of 2, the tanh page 9 of 9, the logistic-cost page 2 of 2, "Neural Networks
from Scratch" 7 of 7, geeksmental 0 of 1, Cross Validated 413046 0 of 2, fishitmo 7 of 10, imathworks 7 of 9,
laugh12321 2 of 5 (the typo refused as it should be), shuhanyu 5 of 5, Data Science SE 111009 3 of 3.

The refusals by construct (8), with the exact message:

- 3, NumPy's np.mean over the samples in code (fish-cost, fish-dm-code, fish-db-code): "formula 'cost =
  np.mean(error**2)': np.mean is not a function check reads at 'n' (position 8); write np.exp, np.log, np.sqrt,
  np.maximum(0, u), np.pow(u, 2) or an activation by its name, or name it in the notation's functions" (dm and db
  alike, at position 9). Tried afterwards as "cost = (error**2)": reads correct;
- 2, a derivative written with its arguments after it, \frac{\partial h_\theta}{\partial \theta}(\theta,x) and
  \frac{\partial J}{\partial \theta}(\theta,x,y) (imath-answer-dh, imath-answer-dJ): "formula '\\frac{\\partial
  h_\\theta}{\\partial \\theta}(\\theta,x) = \\fr...': a list in parentheses is not a formula at ',' (position 49);
  write one expression" (position 42 for dJ). Tried afterwards without "(\theta,x)": MISREAD, (correct, wrong) for
  (correct, correct): its member x e^{-\theta x} h_\theta^2(x) is called wrong, the power written between a
  notation's function and its argument (h_\theta^2(x)); written h_\theta(x)^2 it reads correct (while the tanh page's
  \text{tanh}^2(x) reads);
- 1, a chain continued after a sentence, the next \[ ... \] block opening with "=" after "Applying the chain rule:"
  (cv-rest): "formula '= \\frac{-1}{m} \\sum_{i=1}^m [ y^{(i)}\\frac{h_\\theta (x^{(...': has no left side (it
  continues an earlier formula); give the whole equation, e.g. \frac{\partial L}{\partial w} = ..." (the same page's
  two blocks with no sentence between them, cv-first, read);
- 1, the prediction written as a function of the parameters, h(\theta)^{(i)}, which no pattern of the spec names
  (laugh-J): "formula 'J(\\theta) = 1/2m \\sum_{i=1}^{m} (h(\\theta)^{(i)} - y^{(i)...': unknown symbol i; the
  notation knows \theta, m, x, y; give it a meaning in the notation's [notation.symbols], e.g. "i" = "a1[0]"". Tried
  afterwards with h_\theta(x) for h(\theta)^{(i)}: reads correct;
- 1, the model written as a function of its features listed, h_\theta(x_0^{(j)}, x_1^{(j)}, …x_n^{(j)}) (laugh-sgd):
  "formula '\\theta_i = \\theta_i - \\alpha (h_\\theta(x_0^{(j)}, x_1^{(j)...': h_{\theta}(...): a layer written as a
  function takes its layer as its one script and one argument, n_{2}(u)".

The misreads (3, right members called wrong), one construct: two $$ ... $$ blocks side by side on one line, each a
claim, read as one chain (the second block's right side a member of the first's): geeksmental's "$$W_i = W_i +
\Delta W_i$$ $$\Delta W_i = \eta(d_i - y_i)$$" got ((wrong, wrong),) for ((correct,), (wrong,)) (geeks-rule), and
Cross Validated 413046's "$$\delta_j = t_j - y_j$$ $$\Delta{w_{(i,j)}} = \alpha \delta_j y_i$$" and its hidden
layer's pair got ((wrong, wrong),) for ((correct,), (correct,)) (se-output, se-hidden). Tried afterwards with a line
break between the blocks: both read with every verdict right; each block alone too.

Which look general (would appear in much homework): two display blocks on one line (Q&A pages copied from MathJax
put them so), NumPy's np.mean (and np.sum) over the samples in code, a derivative with its arguments written after
it (f'(x) is read; \frac{\partial h}{\partial \theta}(\theta, x) is the same habit), a derivation continued after a
sentence with "=", and f^2(x) for a notation's function (h_\theta^2(x), as \sin^2 x). Page-specific or beyond the
spec: h(\theta)^{(i)} (a function of the parameters) and h_\theta of a list of features with an ellipsis.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch77_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_AMAN = "https://aman.ai/primers/backprop/derivative-logistic-regression"
_CV278771 = f"{_NEMOTRON} (How is the Cost Function from Logistic Regression Derived?)"
_TANH = f"{_NEMOTRON} (Derivative of the Tanh Activation Function)"
_LOGCOST = f"{_NEMOTRON} (The Derivative of Logistic Cost)"
_NNFS = (f"{_NEMOTRON} (Neural Networks from Scratch: The Math Behind an Example Forward Pass Through a Neural Network,"
         " its single-layer sigmoid example)")
_GEEKS = "https://geeksmental.com/question/perceptron-learning-rule"
_SE413046 = ("https://stats.stackexchange.com/questions/413046/how-to-compute-weight-change-for-hidden-layers-with-cross"
             "-entropy-loss?noredirect=1")
_FISH = "https://github.com/fishitmo/Data-Science-Interview-Preparation"
_IMATH = "https://imathworks.com/math/derive-the-partial-of-cost-function-for-logistic-regression"
_LAUGH = "https://www.laugh12321.cn/2019/03/09/Gradient_Descent/index.html"
_SHUHAN = "https://www.shuhanyu.com/2018/06/08/GradientDescent4LinearRegression/"
_DS111009 = "https://datascience.stackexchange.com/questions/111009/derivative-of-mse-cost-function"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JI33 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
# a rule over theta_j, theta_0 the intercept (x_0 = 1): two features, and one
_XJ3 = ({"p": "b1[0]", "xj": "1"}, {"p": "W1[0,0]", "xj": "x[0]"}, {"p": "W1[0,1]", "xj": "x[1]"})
_XJ2 = ({"p": "b1[0]", "xj": "1"}, {"p": "W1[0,0]", "xj": "x[0]"})

_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_HALF = "0.5*(a1[0] - y[0])**2"
_LINE = "b1[0] + W1[0,0]*x[0]"
# the tanh unit: e^x and e^{-x} at its sum, u and v the page's numerator and denominator, tanh' = 1 - y^2
_U = "(exp(z1[0]) - exp(-z1[0]))"
_V = "(exp(z1[0]) + exp(-z1[0]))"
_DTANH = "1 - a1[0]**2"
# Cross Validated 413046's hidden layer: sum_k delta_k w_(j,k), delta_k = t_k - y_k (minus dL/dz2[k])
_BACK = "((t[0] - a2[0])*W2[0,{j}] + (t[1] - a2[1])*W2[1,{j}] + (t[2] - a2[2])*W2[2,{j}])"
# imathworks' answer: theta x (no intercept) and h^2 e^{-theta x} x, dh/dtheta
_XEH2 = "x[0]*exp(-z1[0])*a1[0]**2"

ENTRIES: list[Public] = [
    # ---- aman.ai's primer "Derivative of Logistic Regression": \[ ... \] in a bulleted list, \left( \right), \nabla
    # written beside the partial derivative; the gradient without the cost's 1/m (one example here), the cost with its
    # brackets missing -----------------------------------------------------------------------------------------------
    Public("b77-aman-grad", _AMAN, "b77_logistic2", "b77_ng",
           r"\[\frac{\partial J(\theta)}{\partial \theta_j} = \nabla_{\theta_j}J(\theta) = \sum_{i=1}^{m}\left(h_{\theta}"
           r"\left(x^{(i)}\right)-y^{(i)}\right) x_{j}^{(i)}\]", ((C, C),),
           (Twin("gradient", "{p}", ("grad", "(a1[0] - y[0])*{xj}"), _XJ3),), batch=77,
           why="under \"The partial derivative of the logistic regression cost function with respect to theta is:\"; the"
               " cost below averages over the m examples, so the sum lacks 1/m, which one example (m = 1) cannot show"),
    Public("b77-aman-J", _AMAN, "b77_logistic2", "b77_ng",
           r"    \[J(\theta)=-\frac{1}{m} \sum_{i=1}^{m} y^{(i)} \log \left(h_{\theta}\left(x^{(i)}\right)\right)+\left(1-"
           r"y^{(i)}\right) \log \left(1-h_{\theta}\left(x^{(i)}\right)\right)\]", ((W,),),
           (Twin("value", _BCE, ("-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=77,
           why="\"the average of the log loss across all training examples\": written without the brackets around the"
               " two terms, -(1/m) and the sum take the first term only, and the second is added with the wrong sign"
               " (-y log h + (1-y) log(1-h) at m = 1)"),
    # ---- Nemotron's copy of Cross Validated 278771's answer: \[ ... \] blocks of one chain, each later block opening
    # with "=", \left[ \right], \frac{-1}{m}, h_\theta \left(x^{(i)}\right) with a space -----------------------------
    Public("b77-cv-first", _CV278771, "b77_logistic2", "b77_ng",
           "\\[\n\\frac{\\partial J(\\theta)}{\\partial \\theta_j} = \\frac{\\partial}{\\partial \\theta_j} \\left("
           " \\frac{-1}{m} \\sum_{i=1}^m \\left[ y^{(i)}\\log\\left(h_\\theta \\left(x^{(i)}\\right)\\right) + (1"
           " -y^{(i)})\\log\\left(1-h_\\theta \\left(x^{(i)}\\right)\\right)\\right] \\right)\n\\]\n\n\\[\n="
           " \\frac{-1}{m} \\sum_{i=1}^m \\left[ y^{(i)}\\frac{\\partial}{\\partial \\theta_j}\\log\\left(h_\\theta"
           " \\left(x^{(i)}\\right)\\right) + (1 -y^{(i)})\\frac{\\partial}{\\partial \\theta_j}\\log\\left(1-h_\\theta"
           " \\left(x^{(i)}\\right)\\right) \\right]\n\\]", ((C, C),),
           (Twin("gradient", "{p}", ("grad", "-(y[0]*(1 - a1[0])*{xj} + (1 - y[0])*(-a1[0])*{xj})"), _XJ3),),
           batch=77, why="the answer's first two blocks, one after the other; the second continues the chain with \"=\""),
    Public("b77-cv-rest", _CV278771, "b77_logistic2", "b77_ng",
           "\\[\n= \\frac{-1}{m} \\sum_{i=1}^m \\left[ y^{(i)}\\frac{h_\\theta\\left(x^{(i)}\\right)\\left(1-h_\\theta"
           "\\left(x^{(i)}\\right)\\right)x_j^{(i)}}{h_\\theta\\left(x^{(i)}\\right)} - (1 -y^{(i)})\\frac{h_\\theta"
           "\\left(x^{(i)}\\right)\\left(1-h_\\theta\\left(x^{(i)}\\right)\\right)x_j^{(i)}}{1-h_\\theta\\left(x^{(i)}"
           "\\right)} \\right]\n\\]\n\n\\[\n= \\frac{-1}{m} \\sum_{i=1}^m \\left[ y^{(i)}\\left(1-h_\\theta\\left(x^{(i)}"
           "\\right)\\right)x_j^{(i)} - \\left(1-y^{(i)}\\right)h_\\theta\\left(x^{(i)}\\right)x_j^{(i)} \\right]\n\\]"
           "\n\n\\[\n= \\frac{1}{m} \\sum_{i=1}^m \\left[ h_\\theta\\left(x^{(i)}\\right) - y^{(i)} \\right] x_j^{(i)}"
           "\n\\]", ((C, C, C),),
           (Twin("gradient", "{p}", ("-(y[0]*a1[0]*(1 - a1[0])*{xj}/a1[0] - (1 - y[0])*a1[0]*(1 - a1[0])*{xj}/(1 -"
                                     " a1[0]))", "-(y[0]*(1 - a1[0])*{xj} - (1 - y[0])*a1[0]*{xj})",
                                     "(a1[0] - y[0])*{xj}"), _XJ3),), batch=77,
           why="after \"Applying the chain rule:\": the chain's last three blocks, each opening with \"=\", continuing"
               " dJ/d theta_j of the two blocks before the sentence"),
    # ---- Nemotron's "Derivative of the Tanh Activation Function": $$ ... $$ on lines of their own, \text{tanh},
    # \text{tanh}^2(x), the quotient rule with u and v, inline \( \) in a list -----------------------------------------
    Public("b77-tanh-def", _TANH, "b77_tanh", "b77_tanh",
           "$$\n\\text{tanh}(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}\n$$", ((C,),),
           (Twin("value", "a1[0]", (f"{_U}/{_V}",)),), batch=77, why="\"The tanh function is defined as:\""),
    Public("b77-tanh-given", _TANH, "b77_tanh", "b77_tanh",
           "$$\ny = \\text{tanh}(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}\n$$", ((C, C),),
           (Twin("value", "a1[0]", ("tanh(z1[0])", f"{_U}/{_V}")),), batch=77, why="after \"Given:\""),
    Public("b77-tanh-quotient", _TANH, "b77_tanh", "b77_tanh",
           "$$\n\\frac{d}{dx}\\left(\\frac{u}{v}\\right) = \\frac{v \\frac{du}{dx} - u \\frac{dv}{dx}}{v^2}\n$$",
           ((C,),), (Twin("value", _DTANH, (f"({_V}*{_V} - {_U}*{_U})/{_V}**2",)),), batch=77,
           why="\"Using the quotient rule:\", with u and v the page's (the next line defines them): d(u/v)/dx, the"
               " tanh's derivative, a local derivative twinned as a value"),
    Public("b77-tanh-uv", _TANH, "b77_tanh", "b77_tanh",
           "where \\( u = e^x - e^{-x} \\) and \\( v = e^x + e^{-x} \\).", ((C,), (C,)),
           (Twin("value", _U, (_U,)), Twin("value", _V, (_V,))), batch=77),
    Public("b77-tanh-du", _TANH, "b77_tanh", "b77_tanh", "- \\( \\frac{du}{dx} = e^x + e^{-x} \\)", ((C,),),
           (Twin("value", _V, (_V,)),), batch=77,
           why="under \"Calculate the derivatives:\"; du/dx, a local derivative twinned as a value"),
    Public("b77-tanh-dv", _TANH, "b77_tanh", "b77_tanh", "- \\( \\frac{dv}{dx} = e^x - e^{-x} \\)", ((C,),),
           (Twin("value", _U, (_U,)),), batch=77),
    Public("b77-tanh-substituted", _TANH, "b77_tanh", "b77_tanh",
           "$$\n\\frac{d}{dx}(\\text{tanh}(x)) = \\frac{(e^x + e^{-x})(e^x + e^{-x}) - (e^x - e^{-x})(e^x -"
           " e^{-x})}{(e^x + e^{-x})^2}\n$$", ((C,),),
           (Twin("value", _DTANH, (f"({_V}*{_V} - {_U}*{_U})/{_V}**2",)),), batch=77,
           why="\"Substitute into the quotient rule:\"; the page's next two lines open with \"=\" after prose (left out)"),
    Public("b77-tanh-recognize", _TANH, "b77_tanh", "b77_tanh",
           "$$\n1 - \\text{tanh}^2(x) = \\frac{(e^x + e^{-x})^2 - (e^x - e^{-x})^2}{(e^x + e^{-x})^2} ="
           " \\frac{4}{(e^x + e^{-x})^2}\n$$", ((C, C),),
           (Twin("value", _DTANH, (f"({_V}**2 - {_U}**2)/{_V}**2", f"4/{_V}**2")),), batch=77,
           why="after \"Recognize that:\"; \\text{tanh}^2(x) the square of tanh(x)"),
    Public("b77-tanh-result", _TANH, "b77_tanh", "b77_tanh",
           "$$\n\\frac{d}{dx}(\\text{tanh}(x)) = 1 - \\text{tanh}^2(x)\n$$", ((C,),),
           (Twin("value", _DTANH, ("1 - tanh(z1[0])**2",)),), batch=77,
           why="\"Thus, the derivative of the tanh function is:\""),
    # ---- Nemotron's "The Derivative of Logistic Cost": $$ on lines of their own, \mathbf{x}_i and \mathbf{\theta}^T ------
    Public("b77-logcost-sigma", _LOGCOST, "b77_logcost", "b77_logcost",
           "$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=77,
           why="\"where z is a linear combination of the independent variables and the model parameters\""),
    Public("b77-logcost-h", _LOGCOST, "b77_logcost", "b77_logcost",
           "$$\nh_{\\theta}(\\mathbf{x}_i) = \\sigma(\\mathbf{\\theta}^T \\mathbf{x}_i)\n$$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=77,
           why="the page's cost by cases (y_i = 1, y_i = 0) and its average over n observations (cut off in the stored"
               " text) are left out"),
    # ---- Nemotron's "Neural Networks from Scratch", the single-layer example: \[ ... \] blocks, bold vectors,
    # bmatrix, \cdot for the matrix product, \times, \approx; its z worked wrong (0.24 and 0.28 written 0.23 and 0.36),
    # and a carried from it --------------------------------------------------------------------------------------------
    Public("b77-nnfs-z", _NNFS, "b77_nnfs", "b77_nnfs",
           "\\[\n\\mathbf{z} = \\mathbf{W} \\cdot \\mathbf{x} + \\mathbf{b}\n\\]", ((C,),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",), _J2),), batch=77,
           why="\"Here, \\cdot denotes the matrix multiplication operation.\""),
    Public("b77-nnfs-a", _NNFS, "b77_nnfs", "b77_nnfs", "\\[\n\\mathbf{a} = \\sigma(\\mathbf{z})\n\\]", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=77),
    Public("b77-nnfs-x", _NNFS, "b77_nnfs", "b77_nnfs",
           "- Input vector: \\( \\mathbf{x} = \\begin{bmatrix} 0.5 \\\\ 0.3 \\end{bmatrix} \\)", ((C,),),
           (Twin("value", "x[{i}]", ("=np.array([0.5, 0.3])",), _I2),), batch=77),
    Public("b77-nnfs-W", _NNFS, "b77_nnfs", "b77_nnfs",
           "- Weights: \\( \\mathbf{W} = \\begin{bmatrix} 0.4 & -0.2 \\\\ 0.7 & 0.1 \\end{bmatrix} \\)", ((C,),),
           (Twin("value", "W1[{j},{i}]", ("=np.array([[0.4, -0.2], [0.7, 0.1]])",), _JI22),), batch=77),
    Public("b77-nnfs-b", _NNFS, "b77_nnfs", "b77_nnfs",
           "- Bias: \\( \\mathbf{b} = \\begin{bmatrix} 0.1 \\\\ -0.1 \\end{bmatrix} \\)", ((C,),),
           (Twin("value", "b1[{j}]", ("=np.array([0.1, -0.1])",), _J2),), batch=77),
    Public("b77-nnfs-z-worked", _NNFS, "b77_nnfs", "b77_nnfs",
           "\\[\n\\mathbf{z} = \\begin{bmatrix} 0.4 & -0.2 \\\\ 0.7 & 0.1 \\end{bmatrix} \\cdot \\begin{bmatrix} 0.5 \\\\"
           " 0.3 \\end{bmatrix} + \\begin{bmatrix} 0.1 \\\\ -0.1 \\end{bmatrix} = \\begin{bmatrix} 0.4 \\times 0.5 +"
           " (-0.2) \\times 0.3 + 0.1 \\\\ 0.7 \\times 0.5 + 0.1 \\times 0.3 - 0.1 \\end{bmatrix} = \\begin{bmatrix}"
           " 0.23 \\\\ 0.36 \\end{bmatrix}\n\\]", ((C, C, W),),
           (Twin("value", "z1[{j}]", ("=np.array([[0.4, -0.2], [0.7, 0.1]]) @ np.array([0.5, 0.3]) +"
                                      " np.array([0.1, -0.1])",
                                      "=np.array([0.4*0.5 + (-0.2)*0.3 + 0.1, 0.7*0.5 + 0.1*0.3 - 0.1])",
                                      "=np.array([0.23, 0.36])"), _J2),), batch=77,
           why="\"First, compute z:\"; the sums are 0.24 and 0.28, not 0.23 and 0.36"),
    Public("b77-nnfs-a-worked", _NNFS, "b77_nnfs", "b77_nnfs",
           "\\[\n\\mathbf{a} = \\begin{bmatrix} \\sigma(0.23) \\\\ \\sigma(0.36) \\end{bmatrix} = \\begin{bmatrix}"
           " \\frac{1}{1 + e^{-0.23}} \\\\ \\frac{1}{1 + e^{-0.36}} \\end{bmatrix} \\approx \\begin{bmatrix} 0.557 \\\\"
           " 0.589 \\end{bmatrix}\n\\]", ((W, W, W),),
           (Twin("value", "a1[{j}]", ("=np.array([1/(1 + np.exp(-0.23)), 1/(1 + np.exp(-0.36))])",
                                      "=np.array([1/(1 + np.exp(-0.23)), 1/(1 + np.exp(-0.36))])",
                                      "=np.array([0.557, 0.589])"), _J2),), batch=77,
           why="\"Next, apply the sigmoid activation function to each element of z:\"; carried from the wrong z: a is"
               " (sigma(0.24), sigma(0.28)) = (0.5597, 0.5695)"),
    # ---- geeksmental's "Perceptron Learning Rule" question: two $$ blocks side by side on one line; the rule's change
    # without its input x_i ------------------------------------------------------------------------------------------
    Public("b77-geeks-rule", _GEEKS, "b77_delta_rule", "b77_geeks",
           "$$W_i = W_i + \\Delta W_i$$ $$\\Delta W_i = \\eta(d_i - y_i)$$", ((C,), (W,)),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),
            Twin("step", "W1[0,{i}]", ("-eta*(y[0] - a1[0])",), _I2)), batch=77,
           why="after \"I think we need to follow these rules.\"; the line's two other blocks (the threshold \"\\text{"
               " If} y_i = \\sum w_ix_i \\ge 0, y = 1$ \\text{ else} y=0\", with a stray $, and x_0 (\\text{Bias}) = 0)"
               " are left out. The change is eta (d - y) x_i: the input is missing; the step -eta dL/dW twinned with"
               " its sign turned"),
    # ---- Cross Validated 413046: $$ blocks side by side, \Delta{w_{(i,j)}} with a parenthesised subscript, \delta_j
    # t_j - y_j (minus dL/dz), f'(y_j) at the ReLU's output; the question thinks the hidden rule wrong, but with the
    # ReLU f'(y_j) is f'(z_j) and the rule is right ---------------------------------------------------------------
    Public("b77-se-output", _SE413046, "b77_se_single", "b77_se_single",
           "$$\\delta_j = t_j - y_j$$ $$\\Delta{w_{(i,j)}} = \\alpha \\delta_j y_i$$", ((C,), (C,)),
           (Twin("value", "t[{j}] - a1[{j}]", ("t[{j}] - a1[{j}]",), _J3),
            Twin("step", "W1[{j},{i}]", ("-eta*(t[{j}] - a1[{j}])*x[{i}]",), _JI33)), batch=77,
           why="\"to update a weight from (input) layer i to (output) layer j\": no hidden layer; delta_j = -dL/dz_j"
               " (a value), the change a step against the gradient, twinned with its sign turned"),
    Public("b77-se-hidden", _SE413046, "b77_se_hidden", "b77_se_hidden",
           "$$\\delta_j = (\\sum_k \\delta_k w_{(j,k)}) f'(y_j)$$ $$\\Delta{w_{(i,j)}} = \\alpha \\delta_j y_i$$",
           ((C,), (C,)),
           (Twin("value", f"Heaviside(z1[{{j}}])*{_BACK}", (f"{_BACK}*Heaviside(a1[{{j}}])",), _J3),
            Twin("step", "W1[{j},{i}]", (f"-eta*{_BACK}*Heaviside(a1[{{j}}])*x[{{i}}]",), _JI33)), batch=77,
           why="\"where k is the forward layer and f is the RELU\": f'(y_j) at the unit's output y_j = relu(z_j) is"
               " 1 exactly where z_j > 0, so the rule is -dL/dz_j; the question's \"seems to be wrong\" lies elsewhere"),
    # ---- fishitmo's interview notes (a Jupyter notebook's Markdown and Python): \mathrm{MSE}, \; and \, spacing, \quad
    # between two claims, "-\;\frac{2}{n}", \hat y_i without braces; the code's np.mean, -= updates ------------------
    Public("b77-fish-mse", _FISH, "b77_fish", "b77_fish",
           "$$\n\\mathrm{MSE} \\;=\\; \\frac{1}{n}\\sum_{i=1}^{n}(y_i - \\hat y_i)^{2},\n\\quad\n\\hat y_i \\;=\\;"
           " m\\,x_i + b\n$$", ((C,), (C,)),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)), Twin("value", "a1[0]", (_LINE,))), batch=77,
           why="under \"# Mean Squared Error (MSE)\"; n = 1 sample"),
    Public("b77-fish-dm", _FISH, "b77_fish", "b77_fish",
           "$$\n\\frac{\\partial\\,\\mathrm{MSE}}{\\partial m}\n=\n-\\;\\frac{2}{n}\\sum_{i=1}^{n}x_i\\,(y_i - \\hat"
           " y_i)\n=\n\\frac{2}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)\\,x_i\n$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("-2*x[0]*(y[0] - a1[0])", "2*(a1[0] - y[0])*x[0]")),), batch=77,
           why="under \"**Gradient w.r.t. m**\""),
    Public("b77-fish-db", _FISH, "b77_fish", "b77_fish",
           "$$\n\\frac{\\partial\\,\\mathrm{MSE}}{\\partial b}\n=\n-\\;\\frac{2}{n}\\sum_{i=1}^{n}(y_i - \\hat y_i)\n=\n"
           "\\frac{2}{n}\\sum_{i=1}^{n}(\\hat y_i - y_i)\n$$", ((C, C),),
           (Twin("gradient", "b1[0]", ("-2*(y[0] - a1[0])", "2*(a1[0] - y[0])")),), batch=77,
           why="under \"**Gradient w.r.t. b**\""),
    Public("b77-fish-ypred", _FISH, "b77_fish", "b77_fish", "        y_pred = m*x + b", ((C,),),
           (Twin("value", "a1[0]", (_LINE,)),), batch=77,
           why="in gradient_descent(x, y, lr=0.1, epochs=100)'s loop; x and y the samples (one here)"),
    Public("b77-fish-error", _FISH, "b77_fish", "b77_fish", "        error = (y- y_pred)", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("(y[0] - a1[0])",)),), batch=77),
    Public("b77-fish-cost", _FISH, "b77_fish", "b77_fish", "        cost = np.mean(error**2)", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("np.mean((y[0] - a1[0])**2)",)),), batch=77),
    Public("b77-fish-dm-code", _FISH, "b77_fish", "b77_fish", "        dm = -2*np.mean(error*x)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*np.mean((y[0] - a1[0])*x[0])",)),), batch=77),
    Public("b77-fish-db-code", _FISH, "b77_fish", "b77_fish", "        db = -2*np.mean(error)", ((C,),),
           (Twin("gradient", "b1[0]", ("-2*np.mean(y[0] - a1[0])",)),), batch=77),
    Public("b77-fish-b-update", _FISH, "b77_fish", "b77_fish", "        b -= db*lr", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - grad*eta",)),), batch=77),
    Public("b77-fish-m-update", _FISH, "b77_fish", "b77_fish", "        m -= dm*lr", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - grad*eta",)),), batch=77),
    # ---- imathworks' copy of "Deriving the partial of cost function in logistic regression": $$ inside sentences,
    # \log h_{\theta}(x^{(i)}) without parentheses, \theta^{T}*x, := updates; the question's own dJ/d theta_j wrong,
    # the answer's m = 1 scalar case with h_\theta^2(x) and derivatives written with their arguments (theta,x) ---------
    Public("b77-imath-J", _IMATH, "b77_imath_q", "b77_imath_q",
           "I'm not sure how to derive the formula for updating the parameters vector $\\theta$ in logistic regression"
           " with cost function $$J(\\theta)=\\frac{-1}{m}[\\sum_{i=1}^{m}y^{(i)}\\log h_{\\theta}(x^{(i)})+(1-y^{(i)})"
           "\\log(1-h_{\\theta}(x^{(i)}))]$$", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=77,
           why="m = 1 observation"),
    Public("b77-imath-h", _IMATH, "b77_imath_q", "b77_imath_q",
           "Here, $h_{\\theta}=\\frac{1}{1+e^{-\\theta^{T}*x}}$ and $x^{(i)}, y^{(i)}$ is the $i^{th}$ observation in"
           " the sample of $m$ observations.", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1])))",)),), batch=77,
           why="h_theta written bare; theta^T * x the inner product"),
    Public("b77-imath-update", _IMATH, "b77_imath_q", "b77_imath_q",
           "In the lecture, they say that we update each $\\theta_j$ by substracting from it the learning rate times"
           " the partial of $J(\\theta)$ with respect to $\\theta_j$. Which gives $$\\theta_j:=\\theta_j-\\alpha"
           "\\sum_{i=1}^m(h_\\theta(x^{(i)})-y^{(i)})x_j^{(i)}$$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J2),), batch=77,
           why="without the cost's 1/m, which one observation cannot show"),
    Public("b77-imath-update-m", _IMATH, "b77_imath_q", "b77_imath_q",
           "$$\\theta_j:=\\theta_j-\\alpha\\frac{1}{m}\\sum_{i=1}^m(h_\\theta(x^{(i)})-y^{(i)})x_j^{(i)}$$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J2),), batch=77,
           why="after \"Also, in one of the assignment, they gave option for\""),
    Public("b77-imath-mine", _IMATH, "b77_imath_q", "b77_imath_q",
           "$$ \\frac{\\partial J}{\\partial \\theta_j}=\\frac{-1}{m}\\sum_{i=1}^mx_j^{(i)}(-h_{\\theta}(x^{(i)})y^{(i)}-"
           "h_{\\theta}(x^{(i)})^2(1-y^{(i)})e^{\\theta^T*x^{(i)}})$$", ((W,),),
           (Twin("gradient", "W1[0,{j}]", ("-x[{j}]*(-a1[0]*y[0] - a1[0]**2*(1 - y[0])*exp(z1[0]))",), _J2),),
           batch=77, why="after \"Here is what I get:\"; the gradient is (h - y) x_j"),
    Public("b77-imath-answer-J", _IMATH, "b77_imath_a", "b77_imath_a",
           "$$J(\\theta,x,y) = -y \\log(h_\\theta(x)) - (1-y) \\log(1-h_\\theta(x))$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=77,
           why="\"let me consider the case with m=1 and x,y are scalars and not vectors\""),
    Public("b77-imath-answer-dh", _IMATH, "b77_imath_a", "b77_imath_a",
           "$$\\frac{\\partial h_\\theta}{\\partial \\theta}(\\theta,x) = \\frac{\\partial}{\\partial \\theta}"
           "((1+e^{-\\theta x})^{-1}) = x e^{-\\theta x} h_\\theta^2(x)$$", ((C, C),),
           (Twin("value", "x[0]*a1[0]*(1 - a1[0])", ("x[0]*a1[0]*(1 - a1[0])", _XEH2)),), batch=77,
           why="dh/d theta, a local derivative twinned as a value; h_\\theta^2(x) the square of h_theta(x)"),
    Public("b77-imath-answer-dJ", _IMATH, "b77_imath_a", "b77_imath_a",
           "$$\\frac{\\partial J}{\\partial \\theta}(\\theta,x,y) = -y\\frac{x e^{-\\theta x} h_\\theta^2(x)}{h_\\theta(x)}"
           " + (1-y)\\frac{x e^{-\\theta x} h_\\theta^2(x)}{1-h_\\theta(x)} = x e^{-\\theta x} h_\\theta^2(x)(\\frac{1-y}"
           "{1-h_{\\theta}(x)}-\\frac{y}{h_\\theta(x)})=$$\n\n$$= \\frac{x e^{-\\theta x} h_\\theta(x)}{1-h_\\theta (x)}"
           "((1-y)h_\\theta (x) - y(1-h_\\theta (x))) = \\frac{x e^{-\\theta x} h_\\theta(x)}{1-h_\\theta (x)}"
           " (h_\\theta(x) - y)$$", ((C, C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"-y[0]*{_XEH2}/a1[0] + (1 - y[0])*{_XEH2}/(1 - a1[0])",
                                         f"{_XEH2}*((1 - y[0])/(1 - a1[0]) - y[0]/a1[0])",
                                         "x[0]*exp(-z1[0])*a1[0]/(1 - a1[0])*((1 - y[0])*a1[0] - y[0]*(1 - a1[0]))",
                                         "x[0]*exp(-z1[0])*a1[0]/(1 - a1[0])*(a1[0] - y[0])")),), batch=77,
           why="two $$ lines, the first ending in \"=\" and the second opening with it: one chain of four members"),
    Public("b77-imath-answer-notice", _IMATH, "b77_imath_a", "b77_imath_a",
           "Noticing that $e^{-\\theta x} h_\\theta(x) = 1-h_\\theta(x)$,", ((C,),),
           (Twin("value", "exp(-z1[0])*a1[0]", ("1 - a1[0]",)),), batch=77,
           why="an identity of the sigmoid, its left side a product; the stored text cuts the line off after the comma"),
    # ---- laugh12321's gradient-descent notes (Chinese blog, English formulas): $$ with \begin{equation} inside,
    # 1/2m and 1/m written inline, J(\theta) = \theta_0 + \theta_1 x (the model for the cost), a parenthesis misplaced
    # in h(\theta^{(i)} - y^{(i)}), an update after a printed result on the same line ------------------------------------
    Public("b77-laugh-line", _LAUGH, "b77_linreg", "b77_laugh_line", "  $$y = b + mx$$", ((C,),),
           (Twin("value", "a1[0]", (_LINE,)),), batch=77, why="the line the notes fit: y its value"),
    Public("b77-laugh-J-model", _LAUGH, "b77_linreg", "b77_laugh", "$$J(\\theta) = \\theta_0 + \\theta_1 x$$", ((W,),),
           (Twin("value", _HALF, (_LINE,)),), batch=77,
           why="J, the cost below, written for the model h_theta(x) = theta_0 + theta_1 x"),
    Public("b77-laugh-J", _LAUGH, "b77_linreg", "b77_laugh",
           "$$\\begin{equation} J(\\theta) = 1/2m \\sum_{i=1}^{m} (h(\\theta)^{(i)} - y^{(i)})^2 \\end{equation}$$",
           ((C,),), (Twin("value", _HALF, ("1/2*1*(a1[0] - y[0])**2",)),), batch=77,
           why="under \"Cost\"; h(theta)^{(i)} the prediction for example i; 1/2m is 1/2 at m = 1 whichever way it is"
               " read"),
    Public("b77-laugh-dJ", _LAUGH, "b77_linreg", "b77_laugh",
           "$$\\begin{equation} \\frac{\\partial J(\\theta)}{\\partial \\theta_j} = 1/m\\sum_{i=1}^{m}(h(\\theta^{(i)} -"
           " y^{(i)}).X_j^{(i)} \\end{equation}$$", unreadable="h", batch=77,
           why="the parenthesis misplaced: h(theta^{(i)} - y^{(i)}) for h(theta)^{(i)} - y^{(i)} (and X_j^{(i)}, a"
               " capital the notes never define): the page's typo, refused; its four updates repeat it (left out)"),
    Public("b77-laugh-sgd", _LAUGH, "b77_linreg", "b77_laugh",
           "Final cost/MSE:  5457.747    $$\\theta_i = \\theta_i - \\alpha (h_\\theta(x_0^{(j)}, x_1^{(j)}, \u2026x_n^{(j)})"
           " - y_j)x_i^{(j)}$$", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*(a1[0] - y[0])*{xj}",), _XJ2),), batch=77,
           why="stochastic gradient descent's rule after the batch run's printed cost, on the same line; theta_i for"
               " i = 0 (the intercept, x_0 = 1) and 1; h_theta of the example's features, \u2026 (U+2026) between them"),
    # ---- shuhanyu's CS229 notes: $$ blocks with \tag, J(\theta_0,\theta_1), \frac{1}{2m}, * for the product, the
    # chain continued on the next line with "=" -------------------------------------------------------------------------
    Public("b77-shuhan-chain", _SHUHAN, "b77_linreg", "b77_shuhan",
           "$$\\frac{\\partial}{\\partial\\theta_j}J(\\theta_0,\\theta_1)=\\frac{\\partial}{\\partial\\theta_j}\\frac{1}"
           "{2m}\\sum_{i=1}^m(h_{\\theta}(x^{(i)})-y^{(i)})^2$$\n$$=\\frac{\\partial}{\\partial\\theta_j}\\frac{1}{2m}"
           "\\sum_{i=1}^m(\\theta_0+\\theta_1x^{(i)}-y^{(i)})^2\\tag{1}$$", ((C, C),),
           (Twin("gradient", "{p}", ("grad", "grad"), _XJ2),), batch=77,
           why="under \"Derivative term of theta_j\": the derivative of the cost written out twice, j = 0 and 1"),
    Public("b77-shuhan-d0", _SHUHAN, "b77_linreg", "b77_shuhan",
           "$$\\frac{\\partial}{\\partial\\theta_0}J(\\theta_0,\\theta_1)=\\frac{1}{m}\\sum_{i=1}^m(h_{\\theta}(x^{(i)})-"
           "y^{(i)})*1\\tag{1.1}$$", ((C,),), (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*1",)),), batch=77,
           why="after \"for $j=0,$\""),
    Public("b77-shuhan-d1", _SHUHAN, "b77_linreg", "b77_shuhan",
           "$$\\frac{\\partial}{\\partial\\theta_1}J(\\theta_0,\\theta_1)=\\frac{1}{m}\\sum_{i=1}^m(h_{\\theta}(x^{(i)})-"
           "y^{(i)})*x^{(i)}\\tag{1.2}$$", ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=77),
    Public("b77-shuhan-update0", _SHUHAN, "b77_linreg", "b77_shuhan",
           "$$\\theta_0:=\\theta_0-\\alpha\\frac{1}{m}\\sum_{i=1}^m(h_{\\theta}(x^{(i)})-y^{(i)})$$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),), batch=77,
           why="under \"Knowing from (1.1) and (1.2), repeat until convergence:\""),
    Public("b77-shuhan-update1", _SHUHAN, "b77_linreg", "b77_shuhan",
           "$$\\theta_1:=\\theta_1-\\alpha\\frac{1}{m}\\sum_{i=1}^m(h_{\\theta}(x^{(i)})-y^{(i)})*x^{(i)}$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),), batch=77),
    # ---- Data Science SE 111009: inline $ ... $ lines, the chain's later lines indented with "\ " twelve times, * for
    # the product, \sum_{i=0}^{n}\theta_ix_i glued, y_i and y for the label -----------------------------------------------
    Public("b77-ds-h", _DS111009, "b77_linreg", "b77_ds111009", "Consider that: $h_\\theta(x)=\\theta_0+\\theta_1x$",
           ((C,),), (Twin("value", "a1[0]", (_LINE,)),), batch=77),
    Public("b77-ds-chain", _DS111009, "b77_linreg", "b77_ds111009",
           "$\\frac{\\partial}{\\partial\\theta_j}J(\\theta) = \\frac{\\partial}{\\partial\\theta_j}\\frac{1}{2}(h_{\\theta}"
           "(x)-y)^2$\n\n$" + "\\ " * 12 + "=2\\frac{1}{2}(h_{\\theta}(x)-y)*\\frac{\\partial}{\\partial\\theta_j}"
           "(h_{\\theta}(x)-y)$\n\n$" + "\\ " * 12 + "= (h_{\\theta}(x)-y)*\\frac{\\partial}{\\partial\\theta_j}"
           "(\\sum_{i=0}^{n}\\theta_ix_i-y_i)$\n\n$" + "\\ " * 12 + "= (h_{\\theta}(x)-y)x_j$", ((C, C, C, C),),
           (Twin("gradient", "{p}", ("grad", "2*(1/2)*(a1[0] - y[0])*{xj}", "(a1[0] - y[0])*{xj}",
                                     "(a1[0] - y[0])*{xj}"), _XJ2),), batch=77,
           why="four $ lines, the last three opening with the escaped spaces and \"=\"; j = 0 (x_0 = 1) and 1"),
    Public("b77-ds-dz", _DS111009, "b77_linreg", "b77_ds111009",
           "$\\frac{\\partial}{\\partial\\theta_j}(\\sum_{i=0}^{n}\\theta_ix_i-y) = x_j $", ((C,),),
           (Twin("value", "{xj}", ("{xj}",), _XJ2),), batch=77,
           why="\"It\u00b4s not clear to me how x_j is calculated:\"; a local derivative twinned as a value"),
]
