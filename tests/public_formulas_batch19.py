r"""Batch 19 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 pages no earlier batch used, copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch19_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) before check was.
Four Nemotron-CC-Math pages are four pages: each is a different post, named by its title after the data set's
address, as in batches 13 and 14 (two of its posts share the title "Logistic Regression: Gradient Descent": the
one used here is Ng's machine-learning notes, named by its opening words; the other is a copy of the upscfever
lecture notes, which are cited at their own address). hollyemblem's "tiny toy network" is stored under a reader's
address (hn.jakechampion.name/reader/...), cited as stored. A page's prose glosses after a formula ("(first linear
transformation)", "(so we get to 2x1 @ 1x2 )", "Sigmoid derivative is ...") are left out; a derivative by a
pre-activation dL/dz is twinned as a delta (gradient_z), a derivative by an activation or by a weight of a
pre-activation (dE/dh, do[in]/dw) as a value; a sum or mean over the samples is judged at one sample, the
networks' [data] holding one.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 19

The batch: 47 formulas, 27 values (forward passes, losses, local derivatives, 2 chains of numbers), 4 deltas
(dL/dz), 8 gradients (1 a chain of numbers), 8 updates (1 a chain of numbers); no entry marked unreadable. 27 are
LaTeX (\( ... \) inline, $...$, $$...$$, \[ ... \] indented, \begin{aligned} with Repeat \lbrace, \small,
\big, \dfrac, \sum\limits, \,\,\, and \space, bracketed names o[out]^{(1)} and w[2-11]), 20 plain text
(freeacademy's Unicode subscripts W₁, ŷ, ², ∂L/∂W₂; the ML530 answer's code-style y_hat, ** and gradient(loss,
w_hat); hollyemblem's NumPy-style h @ W2, h^T, dE/dz2, sigmoid'(z1)). 3 are mistaken somewhere (the oracle finds
at least one member wrong): the forum thread's logistic cost J = sum[y log f + (1 - y) log(1 - f)] without its
minus sign (the log-likelihood, not the cost); upscfever's J(w,b) = − 1/m sum L, a minus too many (L is already
the negative log-likelihood; the cost is + 1/m sum L); and the "Basics of Deep Learning" copy's dg/df = 2/N beside
df/do[out] = 2(o[out] - y), whose product would be 4/N (o[out] - y), not the 2/N (o[out] - y) the post then writes
(with f = (o[out] - y)^2 and g = 1/N sum f, dg/df is 1/N; other copies of the post in the store write g'(x) = 2/N x
expression, so the slip may be the copy's).

Nothing was fixed from this batch. Run again at the session's last main (after batches 17 and 18's fixes,
still blind to this one): 26 of 47 (55%), no wrong formula called correct; 27 once notion-loss's reader bug
(\\cdot\\mathbf{x} glued into \\cdotx when the font was dropped) was fixed, the one fix made from this batch.

Collected on 2026-12-03; run blind once, at main 0804b5e as it was (/work/READY_FOR_BLIND, which was to name
main's commit after batches 15 to 18's fixes, did not appear by 21:12), nothing under src/ changed. Blind: 23 of
47 read with every verdict right (49%); 24 refused that should have been read; no misreading; no crash; NO WRONG
FORMULA CALLED CORRECT. Of the 3 mistaken formulas, 1 read with its verdict right (the forum's logistic J, called
wrong); the other 2 were refused. By kind of claim: values 18 of 27, deltas 0 of 4, gradients 0 of 8, updates 5
of 8. LaTeX against plain text: the 27 in LaTeX read 12 (44%), the 20 in plain text 11 (55%). By page:
freeacademy 9 of 9, the notion page 4 of 5, the forum thread 2 of 4, the softmax Q&A 2 of 5, the ML530 answer 2
of 4, math.techqa 1 of 3, "Basics of Deep Learning" 1 of 4, Ng's notes 1 of 4, upscfever 1 of 2, hollyemblem 0 of
7. (Tabulated from the saved output of the run, /work/batch19_blind.txt.)

The refusals by construct (24), with the one-line message, and what a one-line rewrite shows ("Tried afterwards",
check run on the rewrite alone):

- 5: plain-text z1, z2 with no layer script, hollyemblem's ``dE/dz2 = z2 - y`` (and mse-prime, dw2, dz1, dw1):
  "z_{2} needs its layer, e.g. z^{(1)}; or give it a meaning in the notation". The notation named h, y_true and
  the input-first W1_{ij}, W2_{ij}, but not z1, z2 (a name with digits is read as z_{2}, docs/notation.md).
  Tried afterwards as ``dE/dz^{(2)} = z^{(2)} - y``: refused for y, "y matches none of the notation's patterns
  for y ('y_true')" (a pattern y_true takes y's default meaning away).
- 2: NumPy's ``@``, ``z2 = h @ W2 + b2`` and ``dE/dh = dE/dz2 @ W2^T``: "unexpected at '@' (position 8)". Tried
  afterwards as ``z2 = h W2 + b2``: refused for z2 as above.
- 4: a sum over the samples with a bound m or N the notation does not name, Ng's ``\frac{1}{m}
  \sum\limits_{i=1}^{m}`` (ng-update, ng-delta) and the post's ``\frac{2}{N} \cdot`` with no sum at all
  (basics-dmse, basics-dmse-half): "unknown symbol m; the notation knows X, \delta, \theta, x, y; if it is the
  number of samples (the m of 1/m), give it in the notation's [notation.symbols]: "m" = "1", the one sample
  check reads" (N alike). Tried afterwards with 2 for 2/N (basics-dmse): reads correct.
- 1: a sum's bounds written with spaces, upscfever's ``\sum_{i = 1}^{m} L(\hat{y}^{(i)}, y^{(i)})``: "the sum over
  i has no bounds and i indexes nothing in it; write the bounds". Tried afterwards as ``\sum_{i=1}^{m}``: the
  same refusal (the loss with arguments, L(yhat^(i), y^(i)), is what the sum cannot see through).
- 2: a derivative with no numerator, math.techqa's ``\frac{\partial}{\partial m} = ...`` (and ∂/∂b): "unexpected at
  '=' (position 29)". Tried afterwards as ``\frac{\partial error}{\partial m}``: reads correct.
- 2: a function's name glued to a script without braces, ``y_\text{hat}`` against the pattern ``y_{\text{hat}}``
  (onehot-yhat, onehot-dz): "y_{\text} matches none of the notation's patterns for y ('y_{\\text{hat}}')". Tried
  afterwards as ``y_{\text{hat}}``: reads correct.
- 1: onehot(y), the one-hot target of a label, ``-\sum \text{onehot}\left(y\right) \cdot \log\left(y_\text{hat}\right)``:
  "unknown symbol onehot; ... e.g. "onehot" = "a1[0]"" (the example meaning is none onehot could have).
- 1: \mathbf{w}\cdot\mathbf{x} with no space after \cdot, the notion page's second row ``\hat{y}=\sigma(\mathbf{w}\cdot
  \mathbf{x}+b)``: "the command \cdotx is not part of a formula check can read at '\cdotx' (position 18)" (the
  font command dropped, \cdot and x glued). Tried afterwards with a space, ``\cdot \mathbf{x}``: reads correct, both
  claims (the same text in the row above, notion-yhat, read).
- 1: ``\begin{aligned}`` with the words Repeat \; \lbrace ... \rbrace on rows of their own, Ng's gradient-descent
  loop: "formula 'Repeat \{': expected a number, a symbol or a parenthesis at the end". Tried afterwards as the
  update row alone: reads correct.
- 2: code's function of two names for a derivative, gradient(loss, w_hat), the ML530 answer's gradient chain and
  update: "a list in parentheses is not a formula at ',' (position 14); write one expression". Tried afterwards as
  ``gradient = (2 * (y_hat - y)) * 1 * x = ...``: "\nabla L without a subscript: name the parameter with --param,
  or write \nabla_W L".
- 1: f(x), the forum's name of the model's prediction, ``\frac{dJ}{dw} = \sum[(f(x)-y)x]``: "unknown symbol f; ...
  e.g. "f" = "a1[0]"". Tried afterwards with \sigma(wx+b) for f(x): "a sum without its index letter, whose term has
  no free index; write \sum_k" (the thread's sum over the samples writes no letter, as Hinton's in batch 14).
- 1: J' for dJ/dw, ``J' = 2((wx+b)-y)x``: "unknown symbol J'". Tried afterwards as ``\frac{dJ}{dw} = ...``: reads
  correct.
- 1: a chain rule through f and g, ``\frac{\partial g}{\partial f} = \frac{2}{N}`` with f = (o[out] - y)^2 named: "f
  (= (a2[0] - y[0])**2) is not one quantity of the network to differentiate by" (the mistaken member, refused, not
  read). Since session 12, which reads a derivative by a named expression of one quantity (dg/df here), the same
  entry is refused at its next construct instead: "unknown symbol N..." (N outside a sum).

The bracketed names o[out]^{(1)}, h[out]^{(1)}, w[2-11] read (basics-dz-dw), and so did freeacademy's Unicode
subscripts (W₁, z₂, ŷ, ², ∂L/∂W₂, α ·) on every line.

What the spec could not express, which a page needed: a function of the input named as the model's prediction
(the forum's f(x), Ng's h_\theta(x^{(i)})), the one-hot vector of a label (onehot(y)), the cost's derivative by a
parameter the formula leaves unnamed (J', \frac{\partial}{\partial m}), a derivative written as code's function of
two names (gradient(loss, w_hat), mse_prime(y_true, z2)), the inner and outer functions of a chain rule (f and g:
dg/df is a derivative by an expression), a base with brackets (o[out], w[2-11]: the spec's base is a letter, a
decorated letter or a name; the product read them), the number of samples N or m outside a sum, and X, the
samples' inputs as rows (named x here, one sample). Which notation key or pattern a teacher should write for
plain-text z1, z2 (layer numbers glued to the letter) the spec does not say; docs/notation.md reads them as z_{1},
z_{2}, which the notation here did not name: with "z1" = "z1[:]" and "z2" = "z2[:]" the 5 refusals for them might
have read (not tried: the notation was not tuned after the run).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch19_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_FREE = "https://freeacademy.ai/lessons/how-neural-networks-learn"
_WEEK3 = f"{_NEMOTRON} (Week 3: Derivations of J(w,b) for Sigmoid Function, a Coursera forum thread)"
_TECHQA = "https://math.techqa.club/partial-derivative-for-gradient-descent-2315064"
_ONEHOT = f"{_NEMOTRON} (Derivative of Softmax Loss Function with one_hot(y))"
_NOTION = ("https://tus-sri-ivcc.notion.site/Example-Gradient-Descent-for-Logistic-Regression-"
           "16ad0355a87e80c3b7b6c2b65beb13a9")
_BASICS = f"{_NEMOTRON} (Basics of Deep Learning - Backpropagation Explained Step by Step (continued))"
_NG = (f"{_NEMOTRON} (Logistic Regression: Gradient Descent, Ng's notes beginning \"Recall that the general form"
       " of gradient descent is\")")
_UPSC = "http://upscfever.com/upsc-fever/en/data/deeplearning/8.html"
_ML530 = "https://cross-entropy.net/ML530/Question1.txt"
_TOY = ("https://hn.jakechampion.name/reader/https://hollyemblem.github.io/tiny-toy-network (hollyemblem's tiny toy"
        " network, as the store holds it, through a reader)")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I2 = tuple({"i": i} for i in range(2))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KI = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
_IP = tuple({"i": i, "p": p} for i in range(2) for p in range(2))

# the binary cross-entropy of one sample, and its negative log-likelihood written out
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
# the toy network's dE/dh (W2 input-first on the page: h @ W2) and dE/dz1
_TOY_DH = "(z2[0] - y[0])*W2[0,{i}] + (z2[1] - y[1])*W2[1,{i}]"
_TOY_DZ1 = f"({_TOY_DH})*a1[{{i}}]*(1 - a1[{{i}}])"


ENTRIES: list[Public] = [
    # ---- freeacademy's lesson: plain text with Unicode subscripts (z₁, W₂), σ, ŷ, ², ∂L/∂W₂ and α · ----------------
    Public("free-z1", _FREE, "b19_free", "b19_free", "z₁ = W₁x + b₁", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J2),), batch=19,
           why="the page's gloss after it, (first linear transformation), left out as prose"),
    Public("free-a1", _FREE, "b19_free", "b19_free", "a₁ = σ(z₁)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=19),
    Public("free-z2", _FREE, "b19_free", "b19_free", "z₂ = W₂a₁ + b₂", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=19),
    Public("free-yhat", _FREE, "b19_free", "b19_free", "ŷ = z₂", ((C,),),
           (Twin("value", "a2[0]", ("z2[0]",)),), batch=19, why="the regression's identity output"),
    Public("free-loss", _FREE, "b19_free", "b19_free", "L = (1/2)(ŷ - y)²", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2",)),), batch=19),
    Public("free-w2-update", _FREE, "b19_free", "b19_free", "W₂ = W₂ - α · ∂L/∂W₂", ((C,),),
           (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad",), _K2),), batch=19),
    Public("free-b2-update", _FREE, "b19_free", "b19_free", "b₂ = b₂ - α · ∂L/∂b₂", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*grad",)),), batch=19),
    Public("free-w1-update", _FREE, "b19_free", "b19_free", "W₁ = W₁ - α · ∂L/∂W₁", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI),), batch=19),
    Public("free-b1-update", _FREE, "b19_free", "b19_free", "b₁ = b₁ - α · ∂L/∂b₁", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2),), batch=19),
    # ---- the Coursera forum thread (Nemotron's copy): \( ... \), sums with square brackets and no letter, J',
    # f(x) the model; the logistic J written without its minus sign ------------------------------------------------
    Public("week3-dJdw", _WEEK3, "b19_week3_logistic", "b19_week3", "\\( \\frac{dJ}{dw} = \\sum[(f(x)-y)x] \\)",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=19,
           why="the logistic cost summed over the samples (one here); f(x) the prediction sigma(wx + b)"),
    Public("week3-linear-J", _WEEK3, "b19_week3_linear", "b19_week3", "\\( J(w,b) = \\sum[((wx+b)-y)^2] \\)",
           ((C,),), (Twin("value", "(a1[0] - y[0])**2", ("((W1[0,0]*x[0] + b1[0]) - y[0])**2",)),), batch=19),
    Public("week3-linear-Jprime", _WEEK3, "b19_week3_linear", "b19_week3", "\\( J' = 2((wx+b)-y)x \\)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*((W1[0,0]*x[0] + b1[0]) - y[0])*x[0]",)),), batch=19,
           why="J' the derivative of J by w (the thread's chain rule with inner function wx + b -> x)"),
    Public("week3-logistic-J", _WEEK3, "b19_week3_logistic", "b19_week3",
           "\\[\nJ = \\sum \\left[y \\log\\left(\\frac{1}{1+e^{-(wx+b)}}\\right) + (1-y)\\log\\left(1-\\frac{1}{1+e^{-(wx+b)}}"
           "\\right)\\right]\n\\]", ((W,),),
           (Twin("value", _BCE, ("y[0]*log(1/(1 + exp(-(W1[0,0]*x[0] + b1[0])))) + (1 - y[0])*log(1 - 1/(1 +"
                                 " exp(-(W1[0,0]*x[0] + b1[0]))))",)),), batch=19,
           why="the log-likelihood, not the cost: the minus sign dropped (J = -sum[...])"),
    # ---- math.techqa's question: $$...$$, a derivative with no numerator (\frac{\partial}{\partial m}), a sum over
    # the samples with bounds N, -x_i glued after the sum ----------------------------------------------------------
    Public("techqa-error", _TECHQA, "b19_techqa", "b19_techqa",
           "$$error = \\frac{1}{N} \\sum_{i=1}^N (y_i - (mx_i + b))^2$$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - (W1[0,0]*x[0] + b1[0]))**2",)),), batch=19,
           why="the mean over the samples (one here)"),
    Public("techqa-dm", _TECHQA, "b19_techqa", "b19_techqa",
           "$$ \\frac{\\partial}{\\partial m} = \\frac{2}{N} \\sum_{i=1}^N -x_i (y_i - (mx_i + b))$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(-x[0])*(y[0] - (W1[0,0]*x[0] + b1[0]))",)),), batch=19,
           why="the derivative of the error, whose name the left side leaves out"),
    Public("techqa-db", _TECHQA, "b19_techqa", "b19_techqa",
           "$$ \\frac{\\partial}{\\partial b} = \\frac{2}{N} \\sum_{i=1}^N - (y_i - (mx_i + b))$$", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(-(y[0] - (W1[0,0]*x[0] + b1[0])))",)),), batch=19),
    # ---- the softmax Q&A (Nemotron's copy): \[ ... \], \left( \right), y_\text{hat}, \text{softmax}, \mathbf{z},
    # onehot(y) --------------------------------------------------------------------------------------------------------
    Public("onehot-h", _ONEHOT, "b19_onehot", "b19_onehot", "\\[\nh = g\\left(w_1 \\cdot x + b_1\\right)\n\\]", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J2),), batch=19,
           why="g the hidden activation (the sigmoid here)"),
    Public("onehot-z", _ONEHOT, "b19_onehot", "b19_onehot", "\\[\nz = w_2 \\cdot h + b_2\n\\]", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]",), _K3),), batch=19),
    Public("onehot-yhat", _ONEHOT, "b19_onehot", "b19_onehot",
           "\\[\ny_\\text{hat} = \\text{softmax}\\left(z\\right)\n\\]", ((C,),),
           (Twin("value", "a2[{k}]", ("exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))",), _K3),), batch=19),
    Public("onehot-loss", _ONEHOT, "b19_onehot", "b19_onehot",
           "\\[\n\\text{Loss}\\left(y, y_\\text{hat}\\right) = -\\sum \\text{onehot}\\left(y\\right) \\cdot"
           " \\log\\left(y_\\text{hat}\\right)\n\\]", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),), batch=19),
    Public("onehot-dz", _ONEHOT, "b19_onehot", "b19_onehot",
           "\\[\n\\frac{\\partial \\text{Loss}}{\\partial \\mathbf{z}} = \\mathbf{y}_\\text{hat} - \\text{onehot}(y)\n\\]",
           ((C,),), (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=19, why="the answer"),
    # ---- the notion page on logistic regression: $...$ and $$...$$, \mathbf{w}\cdot\mathbf{x}, two equations in one
    # display joined by \\, \small, \big( \big), the superscript (i) of a sample ---------------------------------------
    Public("notion-yhat", _NOTION, "b19_notion", "b19_notion", "$\\hat{y} = \\sigma(\\mathbf{w}\\cdot \\mathbf{x} + b)$",
           ((C,),), (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=19),
    Public("notion-loss", _NOTION, "b19_notion", "b19_notion",
           "$$ J=L(\\hat{y}, {y})=-\\left[ y \\log \\left( \\hat{y} \\right) + (1 - y) \\log \\left( 1 - \\hat{y} \\right)"
           " \\right]\\\\ \\hat{y}=\\sigma(\\mathbf{w}\\cdot\\mathbf{x}+b). $$", ((C, C), (C,)),
           (Twin("value", _BCE, (_BCE, _BCE)),
            Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",))), batch=19,
           why="the loss of one example, then the prediction on the next row"),
    Public("notion-sigmoid-slope", _NOTION, "b19_notion", "b19_notion",
           "$\\frac{d\\sigma(z)}{dz} = \\sigma(z)(1 - \\sigma(z)).$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=19),
    Public("notion-z", _NOTION, "b19_notion", "b19_notion", "$z^{(i)} = \\mathbf{w} \\cdot \\mathbf{x}^{(i)} + b$",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=19),
    Public("notion-cost", _NOTION, "b19_notion", "b19_notion",
           "$$ \\small J(\\mathbf{w}, b) = \\frac{1}{N} \\sum_{i=1}^{N} \\left( - \\left[ y^{(i)} \\log \\sigma(\\mathbf{w}"
           " \\cdot \\mathbf{x}^{(i)} + b) + (1 - y^{(i)}) \\log \\big( 1 - \\sigma(\\mathbf{w} \\cdot \\mathbf{x}^{(i)} + b)"
           " \\big) \\right] \\right), $$", ((C,),),
           (Twin("value", _BCE, ("-(y[0]*log(sigmoid(z1[0])) + (1 - y[0])*log(1 - sigmoid(z1[0])))",)),), batch=19,
           why="the mean over the N samples (one here)"),
    # ---- "Basics of Deep Learning" (Nemotron's copy): indented \[ ... \], bracketed names o[out]^{(1)}, h[out]^{(1)},
    # w[2-11]; a chain rule through f and g whose first factor is wrong ------------------------------------------------
    Public("basics-chain-parts", _BASICS, "b19_basics", "b19_basics",
           "   \\[\n   \\frac{\\partial g}{\\partial f} = \\frac{2}{N}, \\quad \\frac{\\partial f}{\\partial o[out]^{(1)}} ="
           " 2(o[out]^{(1)} - y^{(1)})\n   \\]", ((W,), (C,)),
           (Twin("value", "1", ("2",)), Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",))), batch=19,
           why="g = 1/N sum f has dg/df = 1/N (1 at one sample), not 2/N: the 2 belongs to df/do, and the post's"
               " product of the two is then written 2/N (o - y), which is right"),
    Public("basics-dmse", _BASICS, "b19_basics", "b19_basics",
           "   \\[\n   \\frac{\\partial \\text{MSE}}{\\partial o[out]^{(1)}} = \\frac{2}{N} \\cdot (o[out]^{(1)} - y^{(1)})\n"
           "   \\]", ((C,),), (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=19,
           why="MSE = 1/N sum_e (o[out]^(e) - y^(e))^2, N = 1 here"),
    Public("basics-dmse-half", _BASICS, "b19_basics_half", "b19_basics",
           "   \\[\n   \\frac{\\partial \\text{MSE}}{\\partial o[out]^{(1)}} = \\frac{1}{N} (o[out]^{(1)} - y^{(1)})\n   \\]",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=19,
           why="the post's MSE defined with 1/(2N) instead"),
    Public("basics-dz-dw", _BASICS, "b19_basics", "b19_basics",
           "   \\[\n   \\frac{\\partial o[in]^{(1)}}{\\partial w[2-11]} = h[out]^{(1)}\n   \\]", ((C,),),
           (Twin("value", "a1[0]", ("a1[0]",)),), batch=19),
    # ---- Ng's notes on logistic regression (Nemotron's copy): aligned with Repeat \lbrace ... \rbrace, \dfrac{\partial}
    # {\partial \theta_j}J(\theta), :=, \sum\limits, \,\,\, spacing, h_\theta(x^{(i)}), \space, X^T(g(X\theta) - y) -----
    Public("ng-repeat", _NG, "b19_ng", "b19_ng",
           "$$\n\\begin{aligned}\n& Repeat \\; \\lbrace \\\\\n& \\; \\theta_j := \\theta_j - \\alpha \\dfrac{\\partial}"
           "{\\partial \\theta_j}J(\\theta) \\\\\n& \\rbrace\n\\end{aligned}\n$$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J3),), batch=19),
    Public("ng-update", _NG, "b19_ng", "b19_ng",
           "$$\n\\,\\,\\,\\,\\,\\, \\theta_j := \\theta_j - \\alpha \\frac{1}{m} \\sum\\limits_{i=1}^{m}\\left((h_\\theta(x^{(i)})"
           " - y^{(i)}) x^{(i)}_{j}\\right) \\,\\,\\, \\\\\n$$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J3),), batch=19,
           why="h_theta(x^(i)) the prediction for sample i; the mean over the m samples (one here)"),
    Public("ng-vector-update", _NG, "b19_ng", "b19_ng", "$$\n\\theta := \\theta - \\alpha \\space \\delta\n$$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J3),), batch=19,
           why="delta the gradient of J (the page's next formula defines it)"),
    Public("ng-delta", _NG, "b19_ng", "b19_ng",
           "$$\n\\delta = \\frac{1}{m} \\sum\\limits_{i=1}^{m} \\left((h_\\theta(x^{(i)}) - y^{(i)}) x^{(i)}\\right) ="
           " \\frac{1}{m}X^T(g(X\\theta) - y)\n$$", ((C, C),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",
                                           "x[{j}]*(sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]) - y[0])"), _J3),),
           batch=19, why="X the samples' inputs as rows (one row here)"),
    # ---- Ng's lecture notes on upscfever: \( ... \) inline, w^Tx^{(i)}, the cost with a − (U+2212) too many ----------
    Public("upsc-yhat", _UPSC, "b19_upsc", "b19_upsc", "\\( \\hat{y}^{(i)} = \\sigma(w^Tx^{(i)} + b) \\)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=19),
    Public("upsc-cost", _UPSC, "b19_upsc", "b19_upsc",
           "\\( J(w,b) = − \\frac{1}{m} \\sum_{i = 1}^{m} L(\\hat{y}^{(i)}, y^{(i)}) \\)", ((W,),),
           (Twin("value", _BCE, (f"-({_BCE})",)),), batch=19,
           why="the cost is the mean of the losses, + 1/m sum L: the minus belongs inside L, not before the mean"),
    # ---- cross-entropy.net's ML530 question 1: plain text, code's ** and _hat names, gradient(loss, w_hat) for a
    # derivative, chains of numbers ------------------------------------------------------------------------------------
    Public("ml530-yhat", _ML530, "b19_ml530", "b19_ml530", "y_hat = w_hat * x = 0.9 * -0.05 = -0.045", ((C, C, C),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]", "=0.9*-0.05", "=-0.045")),), batch=19),
    Public("ml530-mse", _ML530, "b19_ml530", "b19_ml530",
           "mse = (y - y_hat)**2 = (-0.05 - (-0.045))**2 = (-0.005)**2 = 0.000025", ((C, C, C, C),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2", "=(-0.05 - (-0.045))**2", "=(-0.005)**2",
                                                 "=0.000025")),), batch=19),
    Public("ml530-gradient", _ML530, "b19_ml530", "b19_ml530",
           "gradient(loss, w_hat) = gradient(loss, activation) * gradient(activation, product) * gradient(product,"
           " weight) = (2 * (y_hat - y)) * 1 * x = (2 * (-0.045 - (-0.05))) * 1 * (-0.05) = (2 * 0.005) * 1 * (-0.05)"
           " = 0.01 * 1 * (-0.05) = - 0.0005", ((C, C, C, C, C, C),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*1*x[0]", "(2*(a1[0] - y[0]))*1*x[0]",
                                         "=(2*(-0.045 - (-0.05)))*1*(-0.05)", "=(2*0.005)*1*(-0.05)", "=0.01*1*(-0.05)",
                                         "=-0.0005")),), batch=19,
           why="gradient(a, b) the derivative of a by b; activation and product the unit's output and weighted input"),
    Public("ml530-update", _ML530, "b19_ml530", "b19_ml530",
           "new_weight = old_weight - learning_rate * gradient(loss, w_hat) = 0.9 - 0.1 * (-0.0005) = 0.9 + 0.00005 ="
           " 0.90005", ((C, C, C, C),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.9 - 0.1*(-0.0005)", "=0.9 + 0.00005", "=0.90005")),),
           batch=19),
    # ---- hollyemblem's tiny toy network, its backprop cheat sheet: plain text, NumPy's @, ^T, dE/dz2, sigmoid'(z1),
    # row vectors and input-first matrices ------------------------------------------------------------------------------
    Public("hollyemblem-z2", _TOY, "b19_toy", "b19_toy", "z2 = h @ W2 + b2", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + b2[{k}]",), _K2),), batch=19),
    Public("hollyemblem-dz2", _TOY, "b19_toy", "b19_toy", "dE/dz2 = z2 - y", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("z2[{k}] - y[{k}]",), _K2),), batch=19),
    Public("hollyemblem-mse-prime", _TOY, "b19_toy", "b19_toy", "dE/dz2 = mse_prime(y_true, z2) = z2 - y_true", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", ("z2[{k}] - y[{k}]", "z2[{k}] - y[{k}]"), _K2),), batch=19,
           why="mse_prime the code's derivative of the error by its output, z2 - y_true"),
    Public("hollyemblem-dw2", _TOY, "b19_toy", "b19_toy", "dE/dW2 = h^T * dE/dz2", ((C,),),
           (Twin("gradient", "W2[{k},{i}]", ("a1[{i}]*(z2[{k}] - y[{k}])",), _KI),), batch=19,
           why="the outer product h^T (2x1) times dE/dz2 (1x2); the page's comment after it left out"),
    Public("hollyemblem-dh", _TOY, "b19_toy", "b19_toy", "dE/dh = dE/dz2 @ W2^T", ((C,),),
           (Twin("value", _TOY_DH, (_TOY_DH,), _I2),), batch=19,
           why="a derivative by the hidden activations, judged as their value"),
    Public("hollyemblem-dz1", _TOY, "b19_toy", "b19_toy", "dE/dz1 = dE/dh * sigmoid'(z1)", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_TOY_DZ1,), _I2),), batch=19,
           why="the sentence after it on the page (Sigmoid derivative is ...) left out"),
    Public("hollyemblem-dw1", _TOY, "b19_toy", "b19_toy", "dE/dW1 = x^T * dE/dz1", ((C,),),
           (Twin("gradient", "W1[{i},{p}]", (f"x[{{p}}]*{_TOY_DZ1}",), _IP),), batch=19),
]
