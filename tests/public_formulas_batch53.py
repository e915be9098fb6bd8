r"""Batch 53 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept apart to
measure the reader's blind rate honestly. Nobody fixes the reader from it during the session it was collected in; it
is not part of public_formulas.ENTRIES, so test_public_formulas.py's expectations (every entry read, the 90% rate)
do not hold it.

Formulas from 14 addresses no earlier batch used (web pages of the "pages" corpus: two GitHub notebooks of one
Udacity lesson (sankethbhongir's, with its worked numbers, and joaodias-code's), fwang2's notes on Grokking Deep
Learning, karobben's tag page, two math.techqa.club questions (softmax regression, logistic regression's cost), a
Stack Overflow question's pseudo-code, newproxylists' copy of a question quoting Grokking's MNIST code,
torchedup.dev's tanh problem, and five of Nemotron-CC-Math-v1's copies of posts and threads, named by their titles
after the data set's address as in the batches before: Teng-Yok Lee's notes on logistic regression, the "Basic
Neural Network Training Problem" thread, Heaton's XOR online training page, James Matthews's XOR net and a summary
of 3Blue1Brown's "Backpropagation calculus" in Ng's [l] notation), copied verbatim, typos and mistakes included,
each with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for
what the product documents), a network of the kind the page describes (with the page's numbers where it works an
example; both in tests/public_formulas_batch53_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. Formulas keep their page's
delimiters and what surrounds them on their line (a code block's indentation, a Markdown list's number and its code
span, a comment's #, a question's trailing "<--how did he come up with this formula?"); the math.techqa.club
question is stored on one line, and its entries start at the words before each block. A delta written as a value
(error_term, layer_2_delta, \text{error}) is twinned as a value, as in the batches before.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 53

The batch: 51 formulas, 38 values (forward values, the XOR net's inputs x[1](n), two logarithms of the sigmoid,
the error terms delta = (y - \hat y) f'(h), Delta w_i = eta delta x_i, a local derivative dh/dt[j], the loss of
softmax regression and of logistic regression, two quotients of exponentials equal to p_j(1 - p_k) and -p_j p_k,
Python lines, the thread's \text{error} and \text{myerror}, sums of numbers under "Neuron 1:"), 1 delta dL/dz
(\delta^{[l]} as a rule over layers), 6 gradients, 6 updates (+= in code and in LaTeX, weight = weight -
weight_delta). 33 are LaTeX, 18 plain text or code.

9 are mistaken somewhere (the oracle finds at least one member wrong):

- logit-F, logit-dF-first, logit-dh: Teng-Yok Lee's cost F(t) without the minus sign of the course's cost (the
  log-likelihood), its gradient (y - h) x_j (right for that F, wrong for the cost), and dh/dt[j] = -h (1 - h) x_j
  (the sign wrong); the notes' last gradient, (h - y) x_j, is right;
- grok-layer1-delta: relu2derive = lambda x: x >= 0 (the question's copy; the book's relu2deriv is x > 0) applied
  to layer_1, the ReLU's output, which is never negative: the factor is always 1, and the delta misses the ReLU's
  zero slope where the sum is negative;
- so12558517-weight: inputNodes[n].weight[j] += delta, the output's step given to every input weight, without the input
  and without the hidden unit's share of the error (the question's own doubt);
- basic-myerror: the thread's hidden error with sum = the next layer's values times the weights (the outputs, not
  their errors);
- heaton-gradient: dE/dw_(ik) = delta_k o_i with delta_k = -E f'_k (E = a - i): the negative of the gradient
  (Heaton's "gradient" is the step's direction, its sign turned);
- fwang-weight-delta: weight_delta = node_delta x weights, the weights where the input belongs;
- fwang-update: weight = weight - weight_delta, without the learning rate (alpha in the book's code).

What the spec could not express, which a page needed (the notation written as close as the spec allows, and said
so in the tables): x^{(i)}[j] (a code index after a superscript: "is not one symbol") and inputNodes[n].weight[j]
(a code index inside a dotted name: "unexpected at '.'") were refused by the notation's loader and left unnamed;
the Grokking question's relu2derive and the notebooks' sigmoid_prime are helpers a notation cannot name (the spec's
functions name activations, not their derivatives); Heaton's E is both the output error a - i and the error the
gradient differentiates (E is left the loss).

Collected on 2026-12-05 (03:00 to 03:11 by the machine's clock, the oracle's runs included; every twin agreed with
the verdicts written down on the oracle's first run), and run blind once at main 20851b5 (READY_FOR_BLIND14), with
nothing under src/ changed (the output saved in /work/batch53_blind.txt): 36 of 51 read with every verdict right
(71%); 13 refused that should have been read; 2 misread, each a right member called wrong; no crash; NO WRONG
FORMULA CALLED CORRECT. Of the 9 mistaken formulas, 4 read with every verdict right (basic-myerror, heaton-gradient,
fwang-weight-delta, fwang-update) and 5 refused; no wrong member was called correct. By kind of claim: values 26 of
38, the delta 1 of 1, gradients 4 of 6, updates 5 of 6. LaTeX against plain text: the 33 formulas in LaTeX read 22
(67%), the 18 in plain text or code 14 (78%). By page: sankethbhongir 7 of 8, joaodias-code 2 of 2, Teng-Yok Lee's
notes 0 of 5, math.techqa.club 3176797 0 of 4, 3473418 2 of 2, newproxylists 4 of 6, Stack Overflow 12558517 0 of
2, the "Basic Neural Network" thread 4 of 4, Heaton 3 of 3, Matthews 4 of 5, torchedup 1 of 1, fwang2 3 of 3, the
"Backpropagation Calculus" summary 5 of 5, karobben 1 of 1.

The misreads (2, right members called wrong):

- a sum over the sample letter without bounds, math.techqa.club's ``L(w)=-\sum_{n}\sum_{k}y_{nk}log(...)`` with
  y_{nk}, x_{n} (n a placeholder the meanings do not use, the sample index, one sample in the file): called wrong
  (softreg-L). Tried afterwards without \sum_{n}: reads correct; with \log for log, or log(p_{k}) inside: still
  wrong. General (\sum_n over examples is the usual loss of a data set); the same page's softreg-p was refused on
  the same \sum_{n} (below), so the letter is read two ways on one page;
- Matthews's inputs x[l-1](n), a code index then a parenthesised one: ``- \(x[1](2) = 0\)`` judged against a true
  value 2, "0 is not the true value 2 at the file's numbers" (matthews-x2), while ``- \(x[1](1) = 0\)`` and
  ``- \(x[1](0) = 1\) (bias)`` read right; the same without the list's "- ". The patterns "x[1](0)" = "1" and
  "x[1](n)" = "x[n-1]" are two index groups after a base, which the notation's loader accepted (where it refused
  x^{(i)}[j] as "not one symbol"): a one-off of this page's notation, but a pattern check loads and then misreads
  should be refused when loaded.

The refusals by construct (13), with the exact message:

- 5, the model's name with a code index, Teng-Yok Lee's h[t](x) with functions = { "h[t]" = "layer" } (as batch
  34's h_{\theta} is named): "h[t](...): a layer written as a function takes its layer as its one script and one
  argument, n_{2}(u)" (logit-h, logit-F, logit-dF-first, logit-dh, logit-dF). docs/notation.md reads a "layer"
  name whole with a subscript that is no parameter nor layer (h_{\theta}); code's [t] is a subscript elsewhere, so
  the notation is the spec's (not corrected, no second run). Tried afterwards with "h[t]" = "a1[0]" as a symbol
  instead: logit-h reads correct, logit-F wrong (right), and the three derivatives by t[j] are refused, "unknown
  symbol j ... write it as a subscript" (a code index on the parameter, t[j], in a derivative's denominator). Fairly
  general (plain text and code write theta[j], h[theta]): worth reading;
- 2, a prose condition or fragment around a display: math.techqa.club's ``when k = j $$...$$``: "unknown symbol k;
  ... k is an index letter of the notation" (softreg-kj), and ``$$-\sum_{n}\sum_{k}y_{nk}\frac{1}{p_{k}}\quad
  and\quad p_{k}=...$$``: "unknown symbol n; ... it bounds no sum over the samples here, so nothing says it counts
  them: ... "n" = "1"" (softreg-p). Tried afterwards: softreg-p's p_k = ... alone reads correct; softreg-kj without
  "when k = j" is still refused by the next construct. General (a case written in words before its formula; "and"
  between a term and a definition): worth reading;
- 2, the softmax's denominator squared, (\sum_{i}e^{w_{i}^Tx_{n}})^2: "raises a vector or matrix to a power in
  big^2; write its entries" (softreg-k-not-j; softreg-kj once its condition is dropped). The sum over i of
  e^{w_i^T x_n} is a number; general in softmax derivations: worth reading;
- 1, words inside math mode spaced with \:, sankethbhongir's ``$$\Delta w_i = \eta\delta x_i \: \: where \: \eta \:
  is \: learning\, rate$$``: "unknown symbol e; the notation knows ..." (sank-dw). Tried afterwards without the
  words: reads correct. General (Jupyter notebooks write "where ..." inside $$): worth reading;
- 1, the site's parentheses for Python's slice brackets, ``labels(i:i+1)``: "expected ')' to close the arguments at
  ':' (position 26)" (grok-layer2-delta). Tried afterwards with labels[i:i+1]: "labels_{i:i+1} matches none of the
  notation's patterns for labels"; with labels alone: reads correct. The parentheses are a page's mangling (a
  one-off); the slice [i:i+1] of one row is general in NumPy code: worth reading;
- 1, a remark after code, ``... * relu2derive(layer_1)  <--how did he come up with this formula? ``: "unexpected at
  '?' (position 117)" (grok-layer1-delta). Tried afterwards without the remark: refused, "matrix_product(layer_2_delta,
  weights_1_2^T) multiplies a 2 x 1 by a 2 x 4" (the book's rows: layer_2_delta is a row, .dot of a row by
  weights_1_2.T). Both general (questions annotate code; Grokking's rows): worth reading;
- 1, pseudo-code's keyword, ``SET error = desiredOutput - guess``: "unknown symbol S" (so12558517-error). Tried
  afterwards without SET: reads correct. General in pseudo-code (SET, LET): worth reading;
- 1, a code index inside a dotted name, ``inputNodes[n].weight[j] += delta;``: "unexpected at '.' (position 14)"
  (so12558517-weight), a name the notation cannot write either (its loader refused the pattern the same way).
  General in object-oriented code: worth reading (with a pattern form for it).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch53_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SANK = "https://github.com/sankethbhongir/AI-Programming-Practice"
_JOAO = "https://github.com/joaodias-code/jd-data-science-samples"
_LOGIT = f"{_NEMOTRON} (My Notes on Logistic Regression)"
_SOFTREG = "https://math.techqa.club/softmax-cross-entropy-derivative-3176797"
_GROK = "https://newproxylists.com/python-need-help-understanding-back-propagation-in-sample-code/"
_SO = "http://stackoverflow.com/questions/12558517/questions-about-the-backpropogation-algorithm/12567043"
_BASIC = f"{_NEMOTRON} (Basic Neural Network Training Problem)"
_HEATON = f"{_NEMOTRON} (AIFH Volume 3, Chapter 6: XOR Online Training)"
_MATTHEWS = f"{_NEMOTRON} (BP Example: XOR Net)"
_TANH = "https://torchedup.dev/problems/backprop-tanh"
_FWANG = "https://github.com/fwang2/summit-ml"
_CALC = f"{_NEMOTRON} (Backpropagation Calculus | Deep Learning, Chapter 4)"
_KAROBBEN = "https://karobben.github.io/tags/Machine-Learning"
_DIRDER = ("https://math.techqa.club/how-to-calculate-the-gradient-function-of-the-logistic-regression-s-cost-"
           "function-by-using-the-directional-derivative-3473418")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_I4 = tuple({"i": i} for i in range(4))
_J2 = tuple({"j": j} for j in range(2))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JK33 = tuple({"j": j, "k": k} for j in range(3) for k in range(3))
_KJ24 = tuple({"k": k, "j": j} for k in range(2) for j in range(4))
_JI43 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_KI12 = tuple({"k": 0, "i": i} for i in range(2))

# the lesson's error term (y - y-hat) f'(h) = -dE/dh, and its step eta * delta * x_i
_TERM = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
_STEP = "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"
# the binary and the multiclass cross-entropy, and the softmax's denominator
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
# Grokking's -dE/d(layer_1's sums) without the ReLU's slope
_G1 = "((y[0] - a2[0])*W2[0,{j}] + (y[1] - a2[1])*W2[1,{j}])"
# the 2-2-2 sigmoid network's dL/dz and dL/da at layer l, unit j (the [l] rules' twins take them as fields)
_DZ2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_DA1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"


def _layer_fields(j: int, l: int) -> dict:
    """Unit j of layer l of the 2-2-2 network: p the layer's input, d = dL/dz, da = dL/da, act its output."""
    da = (_DA1 if l == 1 else "(a2[{j}] - y[{j}])").format(j=j)
    act = f"a{l}[{j}]"
    return {"l": l, "j": j, "p": "x" if l == 1 else "a1", "da": da, "act": act,
            "d": f"{da}*{act}*(1 - {act})" if l == 1 else _DZ2.format(j=j)}


_LJ = tuple(_layer_fields(j, l) for l in (1, 2) for j in range(2))
_LJI = tuple({**_layer_fields(j, l), "i": i} for l in (1, 2) for j in range(2) for i in range(2))


ENTRIES: list[Public] = [
    # ---- sankethbhongir's Udacity notebook: $$ ... $$ with \: spacing and words in math mode, \hat y without braces;
    # the Python cell's lines, two "# or ..." comments holding the vectorised line -----------------------------------
    Public("sank-dw", _SANK, "b53_sank", "b53_sank",
           "$$\\Delta w_i = \\eta\\delta x_i \\: \\: where \\: \\eta \\: is \\: learning\\, rate$$", ((C,),),
           (Twin("value", _STEP, (f"eta*{_TERM}*x[{{i}}]",), _I2),), batch=53,
           why="the words \"where eta is learning rate\" inside the math, spaced with \\:"),
    Public("sank-delta", _SANK, "b53_sank", "b53_sank",
           "$$\\delta = (y - \\hat y)f'(h) = (y - \\hat y) f'(\\sum w_i x_i)$$", ((C, C),),
           (Twin("value", _TERM, ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                                  "(y[0] - a1[0])*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])"
                                  "*(1 - sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1]))")),), batch=53,
           why="the error term -dE/dh, f the sigmoid"),
    Public("sank-h", _SANK, "b53_sank", "b53_sank", "h = x[0]*weights[0] + x[1]*weights[1]", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=53),
    Public("sank-h-dot", _SANK, "b53_sank", "b53_sank", "# or h = np.dot(x, weights)", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=53,
           why="a comment after the line before, the same sum with np.dot"),
    Public("sank-output", _SANK, "b53_sank", "b53_sank", "nn_output = sigmoid(h)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=53),
    Public("sank-error", _SANK, "b53_sank", "b53_sank", "error = y - nn_output", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=53),
    Public("sank-error-term", _SANK, "b53_sank", "b53_sank", "error_term = error * sigmoid_prime(h)", ((C,),),
           (Twin("value", _TERM, ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=53,
           why="sigmoid_prime(x) = sigmoid(x) * (1 - sigmoid(x)), the cell above (a derivative at the sum h)"),
    Public("sank-del-w", _SANK, "b53_sank", "b53_sank", "# or del_w = learnrate * error_term * x", ((C,),),
           (Twin("value", _STEP, (f"eta*{_TERM}*x[{{i}}]",), _I2),), batch=53,
           why="the comment's vectorised step after the list [learnrate * error_term * x[0], ...]"),
    # ---- joaodias-code's notebook of the same lesson: $$ on lines of their own, \, -----------------------------------
    Public("joao-dw", _JOAO, "b53_joao", "b53_joao", "$$\n\\Delta w_i = \\eta \\, \\delta x_i\n$$", ((C,),),
           (Twin("value", _STEP, (f"eta*{_TERM}*x[{{i}}]",), _I4),), batch=53),
    Public("joao-delta", _JOAO, "b53_joao", "b53_joao",
           "$$\n\\delta = (y - \\hat y) f'(h) = (y - \\hat y) f'(\\sum w_i x_i)\n$$", ((C, C),),
           (Twin("value", _TERM, ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                                  "(y[0] - a1[0])*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3])"
                                  "*(1 - sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3]))")),),
           batch=53),
    # ---- Nemotron's "My Notes on Logistic Regression" (Teng-Yok Lee): h[t](x), t[j], x^{(i)}[j] in brackets, \[ \];
    # the cost written without its minus sign, and the signs of the derivation after it ----------------------------
    Public("logit-h", _LOGIT, "b53_logit", "b53_logit", "\\[ h[t](x) = \\frac{1}{1 + \\exp(-t^T x)} \\]", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1])))",)),), batch=53),
    Public("logit-F", _LOGIT, "b53_logit", "b53_logit",
           "\\[ F(t) = \\frac{1}{m} \\sum_{i=1}^{m} \\left[ y^{(i)} \\log h[t](x^{(i)}) + (1 - y^{(i)}) \\log (1 - "
           "h[t](x^{(i)})) \\right] \\]", ((W,),),
           (Twin("value", _BCE, ("y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=53,
           why="the notes' cost without the course's minus sign: the log-likelihood, the cost's negative"),
    Public("logit-dF-first", _LOGIT, "b53_logit", "b53_logit",
           "\\[\n\\frac{\\partial F(t)}{\\partial t[j]} = \\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} - h[t](x^{(i)}) "
           "\\right) x^{(i)}[j]\n\\]", ((W,),),
           (Twin("gradient", "W1[0,{j}]", ("(y[0] - a1[0])*x[{j}]",), _J2),), batch=53,
           why="the gradient of the notes' F (the log-likelihood), the cost's with its sign turned"),
    Public("logit-dh", _LOGIT, "b53_logit", "b53_logit",
           "\\[\n\\frac{\\partial h[t](x^{(i)})}{\\partial t[j]} = -h[t](x^{(i)}) (1 - h[t](x^{(i)})) x^{(i)}[j]\n\\]",
           ((W,),), (Twin("value", "a1[0]*(1 - a1[0])*x[{j}]", ("-a1[0]*(1 - a1[0])*x[{j}]",), _J2),), batch=53,
           why="dh/dt_j = h (1 - h) x_j: the minus sign is wrong"),
    Public("logit-dF", _LOGIT, "b53_logit", "b53_logit",
           "\\[\n\\frac{\\partial F(t)}{\\partial t[j]} = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h[t](x^{(i)}) - y^{(i)} "
           "\\right) x^{(i)}[j]\n\\]", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=53,
           why="the notes' result, the cost's gradient"),
    # ---- math.techqa.club 3176797: the question on one stored line; log without a backslash, w_{k}^Tx_{n},
    # \quad and\quad, two quotients of exponentials ---------------------------------------------------------------
    Public("softreg-L", _SOFTREG, "b53_softreg", "b53_softreg",
           "I am working with Logistics Regression with multiclass classfication(softmax with entropy): "
           "$$L(w)=-\\sum_{n}\\sum_{k}y_{nk}log(\\frac{e^{w_{k}^Tx_{n}}}{\\sum_{i}e^{w_{i}^Tx_{n}}})$$", ((C,),),
           (Twin("value", _CE, (f"-(t[0]*log(exp(z1[0])/{_S}) + t[1]*log(exp(z1[1])/{_S})"
                                f" + t[2]*log(exp(z1[2])/{_S}))",)),),
           batch=53, why="one example (the sum over n has one term)"),
    Public("softreg-p", _SOFTREG, "b53_softreg", "b53_softreg",
           "$$-\\sum_{n}\\sum_{k}y_{nk}\\frac{1}{p_{k}}\\quad and\\quad p_{k}=\\frac{e^{w_{k}^Tx_{n}}}"
           "{\\sum_{i}e^{w_{i}^Tx_{n}}}$$", ((C,),),
           (Twin("value", "a1[{k}]", (f"exp(z1[{{k}}])/{_S}",), _K3),), batch=53,
           why="a term of the derivative, then \"and\" and the definition of p_k, the one claim"),
    Public("softreg-kj", _SOFTREG, "b53_softreg", "b53_softreg",
           "when k = j $$\\frac{e^{w_{j}^Tx_{n}}\\cdot \\sum_{i}e^{w_{i}^Tx_{n}}"
           "-e^{w_{j}^Tx_{n}}\\cdot e^{w_{k}^Tx_{n}}}"
           "{(\\sum_{i}e^{w_{i}^Tx_{n}})^2}=p_{j}(1-p_{k})$$", ((C,),),
           (Twin("value", f"(exp(z1[{{j}}])*{_S} - exp(z1[{{j}}])*exp(z1[{{k}}]))/{_S}**2", ("a1[{j}]*(1 - a1[{k}])",),
                 _JK33),), batch=53,
           why="the quotient is p_j - p_j p_k for every j and k, so the claim holds beyond the case k = j"),
    Public("softreg-k-not-j", _SOFTREG, "b53_softreg", "b53_softreg",
           "$$\\frac{0\\cdot \\sum_{i}e^{w_{i}^Tx_{n}}-e^{w_{j}^Tx_{n}}\\cdot e^{w_{k}^Tx_{n}}}"
           "{(\\sum_{i}e^{w_{i}^Tx_{n}})^2}=-p_{j}p_{k}$$", ((C,),),
           (Twin("value", f"(0*{_S} - exp(z1[{{j}}])*exp(z1[{{k}}]))/{_S}**2", ("-a1[{j}]*a1[{k}]",), _JK33),),
           batch=53, why="after \"when k ${\\neq}$ j\" on the line before; the identity holds for every j and k"),
    # ---- math.techqa.club 3473418: the question's two logarithms, x^k \\omega a row times a column ----------------
    Public("dirder-log", _DIRDER, "b53_logit", "b53_dirder",
           "Let be $t > 0$, we have : $$ \\log(\\sigma(x^k \\omega)) = - \\log(1+ e^{-x^k \\omega}) $$", ((C,),),
           (Twin("value", "log(a1[0])", ("-log(1 + exp(-z1[0]))",)),), batch=53,
           why="the question's line, stored with the next block and \"Hence\" after it"),
    Public("dirder-log-1", _DIRDER, "b53_logit", "b53_dirder",
           "$$ \\log(1 - \\sigma(x^k \\omega)) = - x^k \\omega - \\log(1+ e^{-x^k \\omega}) $$", ((C,),),
           (Twin("value", "log(1 - a1[0])", ("-z1[0] - log(1 + exp(-z1[0]))",)),), batch=53),
    # ---- newproxylists: Grokking's code as the question quotes it, the site's parentheses for brackets
    # (labels(i:i+1)), rows and input-first matrices, .dot and .T, += updates, the question's "<--" remark ----------
    Public("grok-layer1", _GROK, "b53_grok", "b53_grok", "        layer_1 = relu(np.dot(layer_0, weights_0_1))",
           ((C,),),
           (Twin("value", "a1[{j}]", ("relu(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J4),), batch=53),
    Public("grok-layer2", _GROK, "b53_grok", "b53_grok", "        layer_2 = np.dot(layer_1, weights_1_2)", ((C,),),
           (Twin("value", "a2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + a1[3]*W2[{k},3]",), _K2),),
           batch=53),
    Public("grok-layer2-delta", _GROK, "b53_grok", "b53_grok", "        layer_2_delta = (labels(i:i+1) - layer_2)",
           ((C,),), (Twin("value", "-(a2[{k}] - y[{k}])", ("y[{k}] - a2[{k}]",), _K2),), batch=53,
           why="labels(i:i+1), the site's parentheses for the slice [i:i+1], the one example's targets"),
    Public("grok-layer1-delta", _GROK, "b53_grok", "b53_grok",
           "        layer_1_delta = layer_2_delta.dot(weights_1_2.T) * relu2derive(layer_1)  <--how did he "
           "come up with this formula? ", ((W,),),
           (Twin("value", f"{_G1}*Heaviside(z1[{{j}}])", (f"{_G1}*(a1[{{j}}] >= 0)",), _J4),), batch=53,
           why="relu2derive = lambda x: x >= 0 (two lines above) of layer_1, which a ReLU never makes negative:"
               " always 1, so the ReLU's zero slope at a negative sum is lost (the book's relu2deriv is x > 0)"),
    Public("grok-update-2", _GROK, "b53_grok", "b53_grok",
           "        weights_1_2 += alpha * layer_1.T.dot(layer_2_delta)", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ24),), batch=53),
    Public("grok-update-1", _GROK, "b53_grok", "b53_grok",
           "        weights_0_1 += alpha * layer_0.T.dot(layer_1_delta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI43),), batch=53,
           why="layer_1_delta the true -dE/d(layer 1's sums), as the notation names it"),
    # ---- Stack Overflow 12558517: the question's pseudo-code, SET, an indented loop's update -------------------------
    Public("so12558517-error", _SO, "b53_xor", "b53_so_xor", "SET error = desiredOutput - guess", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=53),
    Public("so12558517-weight", _SO, "b53_xor", "b53_so_xor", "      inputNodes[n].weight[j] += delta;", ((W,),),
           (Twin("update", "W1[{j},{n}]", ("W1[{j},{n}] + eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])",),
                 tuple({"j": j, "n": n} for j in range(2) for n in range(2))),), batch=53,
           why="delta = learningConstant * error * sigmoidDerivative(guess), the output's step, added to every input"
               " weight: neither the input nor the hidden unit's share of the error"),
    # ---- Nemotron's "Basic Neural Network Training Problem": \text{} names, dotted ones, += in LaTeX ----------------
    Public("basic-error", _BASIC, "b53_xor", "b53_basic",
           "    \\[\n    \\text{error} = \\text{value} \\times (1 - \\text{value}) \\times (\\text{targetvalue} - "
           "\\text{value})\n    \\]", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=53),
    Public("basic-myerror", _BASIC, "b53_xor", "b53_basic",
           "    \\[\n    \\text{myerror} = \\text{myoutput} \\times (1 - \\text{myoutput}) \\times "
           "\\text{sum}\n    \\]",
           ((W,),), (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])",
                          ("a1[0]*(1 - a1[0])*a2[0]*W2[0,0]",)),), batch=53,
           why="sum += neural.value * currentneural.weights[neural]: the next layer's outputs, not their errors"),
    Public("basic-weight", _BASIC, "b53_xor", "b53_basic",
           "  \\[\n  \\text{weight} += \\text{LearnRate} \\times \\text{neural.myvalue} \\times "
           "\\text{neural2.error}\n  \\]",
           ((C,),), (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=53),
    Public("basic-bias", _BASIC, "b53_xor", "b53_basic",
           "  \\[\n  \\text{bias} += \\text{LearnRate} \\times \\text{neural.myerror} \\times "
           "\\text{neural.Bias}\n  \\]",
           ((C,),), (Twin("update", "b2[0]", ("b2[0] - eta*grad",)),), batch=53,
           why="\"Bias value is constant at 1\" (the next line)"),
    # ---- Nemotron's "AIFH Volume 3, Chapter 6: XOR Online Training" (Heaton): S(t), S'(x) with 1.0, w_{(ik)} ---
    Public("heaton-sigmoid", _HEATON, "b53_xor", "b53_heaton", "\\[ S(t) = \\frac{1}{1 + e^{-t}} \\]", ((C,),),
           (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(-z2[0]))",)),), batch=53),
    Public("heaton-derivative", _HEATON, "b53_xor", "b53_heaton", "\\[ S'(x) = S(x) \\cdot (1.0 - S(x)) \\]", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1.0 - sigmoid(z2[0]))",)),), batch=53),
    Public("heaton-gradient", _HEATON, "b53_xor", "b53_heaton",
           "\\[ \\frac{ \\partial E}{\\partial w_{(ik)}} = \\delta_k \\cdot o_i \\]", ((W,),),
           (Twin("gradient", "W2[{k},{i}]", ("-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{i}]",), _KI12),), batch=53,
           why="delta_k = -E f'_k with E = (a - i) (the page's node delta): delta_k o_i is -dE/dw, the sign turned"),
    # ---- Nemotron's "BP Example: XOR Net" (James Matthews): the net values as sums of numbers ------------------------
    Public("matthews-bias", _MATTHEWS, "b53_matthews", "b53_matthews", "- \\(x[1](0) = 1\\) (bias)", ((C,),),
           (Twin("value", "1", ("=1",)),), batch=53, why="the bias unit's constant input, a list item"),
    Public("matthews-x1", _MATTHEWS, "b53_matthews", "b53_matthews", "- \\(x[1](1) = 0\\)", ((C,),),
           (Twin("value", "x[0]", ("=0",)),), batch=53, why="the pattern (0, 0)"),
    Public("matthews-x2", _MATTHEWS, "b53_matthews", "b53_matthews", "- \\(x[1](2) = 0\\)", ((C,),),
           (Twin("value", "x[1]", ("=0",)),), batch=53),
    Public("matthews-net1", _MATTHEWS, "b53_matthews", "b53_matthews",
           "\\[\n(1 \\times 0.341232) + (0 \\times 0.129952) + (0 \\times -0.923123) = 0.341232\n\\]", ((C,),),
           (Twin("value", "z1[0]", ("=0.341232",)),), batch=53,
           why="under \"**Neuron 1:**\": the bias input 1 and the pattern (0, 0)"),
    Public("matthews-net2", _MATTHEWS, "b53_matthews", "b53_matthews",
           "\\[\n(1 \\times -0.115223) + (0 \\times 0.570345) + (0 \\times -0.328932) = -0.115223\n\\]", ((C,),),
           (Twin("value", "z1[1]", ("=-0.115223",)),), batch=53, why="under \"**Neuron 2:**\""),
    # ---- torchedup.dev's "Backprop: Tanh": the identity in a sentence ------------------------------------------------
    Public("tanh-identity", _TANH, "b53_tanh", "b53_tanh", "Use the identity dy/dx = 1 - y^2.", ((C,),),
           (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - a1[0]**2",)),), batch=53),
    # ---- fwang2's notes: a numbered list's code spans, x for the product, the update without alpha -------------------
    Public("fwang-node-delta", _FWANG, "b53_fwang", "b53_fwang", "5. calculate `node_delta = (pred-truth)`", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=53),
    Public("fwang-weight-delta", _FWANG, "b53_fwang", "b53_fwang", "6. calculate `weight_delta = node_delta x weights`",
           ((W,),), (Twin("value", "(a1[0] - y[0])*x[{i}]", ("(a1[0] - y[0])*W1[0,{i}]",), _I3),), batch=53,
           why="x the product; node_delta times the weights, where the input belongs"),
    Public("fwang-update", _FWANG, "b53_fwang", "b53_fwang",
           "7. learning/weight adjustment, `weight = weight - weight_delta`", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - grad",), _I3),), batch=53,
           why="no learning rate (the book's code multiplies weight_delta by alpha)"),
    # ---- Nemotron's "Backpropagation Calculus | Deep Learning, Chapter 4": Ng's [l], g^{[l]'}, rules over layers
    Public("calc-z", _CALC, "b53_calc", "b53_calc", "\\[ z^{[l]} = W^{[l]} a^{[l-1]} + b^{[l]} \\]", ((C,),),
           (Twin("value", "z{l}[{j}]", ("W{l}[{j},0]*{p}[0] + W{l}[{j},1]*{p}[1] + b{l}[{j}]",), _LJ),), batch=53),
    Public("calc-a", _CALC, "b53_calc", "b53_calc", "\\[ a^{[l]} = g^{[l]}(z^{[l]}) \\]", ((C,),),
           (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _LJ),), batch=53),
    Public("calc-delta", _CALC, "b53_calc", "b53_calc",
           "\\[ \\delta^{[l]} = \\frac{\\partial L}{\\partial z^{[l]}} = \\frac{\\partial L}{\\partial a^{[l]}} \\cdot "
           "g^{[l]'}(z^{[l]}) \\]", ((C, C),),
           (Twin("gradient_z", "z{l}[{j}]", ("{d}", "{da}*sigmoid(z{l}[{j}])*(1 - sigmoid(z{l}[{j}]))"), _LJ),),
           batch=53),
    Public("calc-dW", _CALC, "b53_calc", "b53_calc",
           "\\[ \\frac{\\partial L}{\\partial W^{[l]}} = \\delta^{[l]} \\cdot (a^{[l-1]})^T \\]", ((C,),),
           (Twin("gradient", "W{l}[{j},{i}]", ("{d}*{p}[{i}]",), _LJI),), batch=53),
    Public("calc-db", _CALC, "b53_calc", "b53_calc", "\\[ \\frac{\\partial L}{\\partial b^{[l]}} = \\delta^{[l]} \\]",
           ((C,),), (Twin("gradient", "b{l}[{j}]", ("{d}",), _LJ),), batch=53),
    # ---- karobben's tag page: the chain rule glued after a sentence's full stop, d(\text{Loss}) ----------------------
    Public("karobben-chain", _KAROBBEN, "b53_calc", "b53_karobben",
           "Starting from the output layer, it propagates the error backward through the network, layer by layer, "
           "updating the weights based on their contribution to the error.$$\\frac{d(\\text{Loss})}{dW_l} = "
           "\\frac{d(\\text{Loss})}{da_l} \\times \\frac{da_l}{dz_l} \\times \\frac{dz_l}{dW_l}$$", ((C,),),
           (Twin("gradient", "W{l}[{j},{i}]", ("{da}*{act}*(1 - {act})*{p}[{i}]",), _LJI),), batch=53,
           why="the rule over layers l, entry by entry"),
]
