r"""Batch 99 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus, with this batch's emphasis: homework answers
worked in numbers, course notebooks, vectorised derivations, Chinese, Japanese, Korean and Russian pages): studyx's
answer to a homework question (question 4, a two-layer perceptron worked in numbers: a forward pass, deltas and nine
updated weights, plain text whose products the stored page lost); allseenn's Russian lesson (GeekBrains' course, one
neuron in numbers); pullrequest.ru's Russian copy of a Stack Overflow answer (code translated, 1,0 with a decimal
comma); transtutors' homework question (a loss defined in a sentence, its square lost); ningyuwhut's Chinese post on the
softmax's cross-entropy gradient (\[ ... \] with the next sentence glued after it, a case split); disassemble-channel's
Japanese article (forward rules over the layers in \bm matrix form, a minibatch's \bm{1}^T, two losses over m samples);
hidenori-t's Qiita memo (the Sigmoid layer of "Deep Learning from Scratch", an eqnarray chain); a Korean MediaWiki's
page on the same layer (<math> in a sentence); taji99's and shinnkura's Japanese notebooks of one Udemy course (a middle
layer's gradients with \partial w_{ij} as the page's name of dE/dw_{ij}; the backward pass in matrices with NumPy lines)
-- copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch99_tables.py), and its
true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check
was. A derivative by a pre-activation, an output or an input (studyx's delta_out, delta_h1, delta_h2; pullrequest's
дельта; ningyuwhut's d yhat_j/d theta_k and dJ/d theta_k; hidenori-t's dL/dy y^2 exp(-x); taji99's dE/du_j, delta_j,
du_j/dw_{ij}, du_j/db_j, dy_j/du_j and \partial y_i; shinnkura's \partial y_j and grad_x) is twinned as a value, as in
batches 14 to 97. Formulas keep their page's delimiters and what surrounds them on their line (allseenn's indentation
before $ and $$ in a Markdown list; ningyuwhut's Chinese sentence glued after \], with a \( \frac{...} \) or a \(k\ne
j\) in it; transtutors' "Squared error is defined as" before the claim and the derivative said in words after it;
the Korean wiki's sentence with two <math> expressions that are no claim and a <syntaxhighlight lang="python"> after
it; taji99's three spaces after $$; shinnkura's space after $$ and after a code line).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 99

The batch: 57 formulas of 57 claims (117 members), none unreadable: 43 values (forward definitions and sums worked in
numbers, outputs, losses, deltas, derivatives by a pre-activation, an output or an input), 8 gradients, 6 updates
(studyx's updated weights worked in numbers). 35 are LaTeX (allseenn's three with \times, \cdot, \approx; ningyuwhut's
seven with \hat y_j without braces, exp and log without a backslash, softmax(\theta_j), align*, split, cases, *;
disassemble-channel's six with \bm{z}^{(l)}, g^{(l)}, \bm{1}^T, \|...\|^2 and an en dash (U+2013) for the minus;
hidenori-t's three with \dfrac {1} { ... }, \tag{5.9} inside $\begin{eqnarray}...\end{eqnarray}$, &=& and \dfrac
{\partial L} {dy}; the Korean wiki's <math>; taji99's twelve with \partial w_{ij}, \partial b_j, \partial y_j as
names, aligned blocks opening with an empty row, \sum\limits_{p=1}^l with l the inputs' count, \cdots inside a written-
out sum; shinnkura's three with \sum_{r=1}^n and y_j for an input), 22 plain text or code (studyx's sixteen with σ, ≈,
α, W10x0 glued, z_out, error_out, delta_out, delta_h1, products lost in the stored page (31 for 3*1), (0.00179(-2));
pullrequest's two in Russian with 1,0 and a semicolon; transtutors' one with ȳ (U+0233); shinnkura's three NumPy lines
np.dot(x.T, delta), np.sum(delta, axis=0), np.dot(delta, w.T)).

Mistaken (the oracle finds a member wrong): 15 of the 57, 14 of them studyx's and 1 transtutors':

- studyx's stored answer lost the "*" between its numbers (Markdown's emphasis took them): z1 = ... = 31 + (-1)1 + 23
  = 8 (sx-z1) writes 31 for 3*1 and 23 for 2*3 (53 as stored), z2 = ... = 11 + 21 + 03 = 3 (sx-z2) 35 as stored (the
  twin writes 03 as 3), z_out = ... = -31 + 1*0.9997 + (-2)*0.9526 (sx-zout) -31 for -3*1: those members are wrong, the
  results 8 and 3 right. Then a slip of the answer itself: z_out ≈ -5.905 for -3 + 0.9997 - 1.9052 = -3.9055, and every
  number after it carries it (y ≈ 0.002 for 0.0197; error_out 0.898 for 0.8803; delta_out 0.00179 for 0.01702;
  delta_h1 0.000000537 for 0.0000057; delta_h2 -0.00016 for -0.0015; u10 -2.9998, u11 1.0002, u12 -1.9998 for -2.9983,
  1.0017, -1.9984), while each symbolic member (y(1 - y)(d - y), h1(1 - h1)(delta_out u11), u10 + α delta_out y0, ...)
  is right. W10 ≈ 3.0000, W11 ≈ -0.99999 and W12 ≈ 2.0000 are right all the same (the step is below their last digit),
  their worked members 3 + 0.1 * 0.000000537 * 1 and the like wrong (a wrong delta_h1 carried).
- transtutors' "E(y, ȳ) = (y - ȳ)2" (tt-e): the question's square, its superscript lost to the stored text, is 2(y - ȳ)
  as written; read as written it is wrong (a formula that reads, not a typo to refuse).

Not mistaken, though they look it: studyx's (0.001791) in delta_h1 is delta_out * u11 with u11 = 1 written by its value
(the value itself wrong, as above); disassemble-channel's en dash in \|\bm{a}_i^{(L)} – \bm{y}_i\|^2 is the minus;
hidenori-t's \dfrac {\partial L} {dy} is dL/dy; ningyuwhut's ŷ_k(Σ_i y_i) - y_k and the members before it equal ŷ_k - y_k
for a one-hot y only (the targets are one-hot: cross-entropy); taji99's and shinnkura's y_i (y_p, y_j) are the outputs of
two layers told apart by the index letter (taji99: i the inputs, j the middle units) or, in shinnkura's one layer, its
inputs both times.

What was left out: definitions and statements without a claim (studyx's "The sigmoid function is σ(z) = 1 / (1 +
exp(-z))."; allseenn's $x_1 \rightarrow x_1 \times w_1$, the sum $x_1 \times w_1 + x_2 \times w_2 + b$ without a left side,
and its code (the comment's f(x) = 1 / (1 + e^(-x)) defines the function); taji99's $$f'(x)=(1-f(x))f(x)$$ (the
sigmoid's identity, no quantity of the network) and the summary's four formulas, repeats of the ones before;
disassemble-channel's definition list ($\bm{a}^{(0)} = \bm{x}$: 入力); shinnkura's \Delta and \partial W = X^T \Delta
written out as matrices with \ldots, \vdots, \ddots (elided entries have no value) and its \sum_{k=1}^{h} \frac{\partial
E_k}{\partial w_{ij}} without a left side; the Korean wiki's <math>y^2\exp(-x)</math> and <math>y(1-y)</math> around the
claim; transtutors' derivative said in words, f(x) = max(0, x) and its derivative defined for the question), studyx's
last two updates (W20, W21: the batch's 57 being reached) and its W22, cut short in the stored page ("≈ -").
Suponji-Ayume's Chinese notebook (claimed) was not used: its rules over the layers are Ng's, as batch 27's douzujun and
lonewolfc7 pages; ygoverflow's Chinese post (claimed) stores Nielsen's four equations inline in one paragraph, every
formula on one line with the whole post.

Collected on 2026-12-06 from 09:04 to 09:13 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), after two fixes of the tables: the [data] tables,
first written as flat lists, were a slip of the tables, fixed before any notation was loaded; and four notations did
not load at first, each for a pattern outside the spec's grammar of a symbol (pullrequest's "дельта[j]", now "дельта" =
"-grad(z2[:])" indexed by the code; disassemble-channel's "\bm{1}", a digit, dropped; taji99's and shinnkura's
"\partial w_{ij}", "\partial b_{j}", "\partial y_{j}", which the loader reads as derivatives, dropped: those names are the
reader's to take as the page's gradients or not). The oracle agreed with every verdict first written down. No entry
was read by check before the blind run, and nothing under src/ was touched.
Run blind at main 3dbb55c (/work/READY_FOR_BLIND37, open when the collecting commit was made at 09:13), rebased onto
it with nothing under src/ changed by this branch (the collecting commit's base was 681649a; src/ is the same at both).
First run (/work/batch99_blind.txt): 38 of 57 read with every verdict right (67%), 19 refused, no misreading, no typo
(none is unreadable), no crash, NO WRONG FORMULA CALLED CORRECT. Two of the refusals were the notation's slip:
shinnkura's "grad_w" = "grad(W1[:, :].T)" and "delta" = "grad(z1[:].T)" put the transpose inside grad(...), where
docs/notation.md takes only a weight, a bias, a pre-activation or an activation (the transpose goes after it, .T after
a meaning); fixed in the notation only ("grad(W1[:, :]).T", "grad(z1[:]).T"), the second run
(/work/batch99_blind_second.txt) reads both and changes nothing else: 40 of 57 (70%), 17 refused, no misreading, no
crash, no wrong formula called correct.

By kind of formula (second run): values 29 of 43, gradients 5 of 8 (3 in the first run), updates 6 of 6. LaTeX against
plain text and code: the 35 in LaTeX read 21 (60%), the 22 in plain text or code 19 (86%; 17 in the first run). By
page: studyx 15 of 16 (every one of its 14 mistaken formulas read, the wrong members called wrong: 31 + (-1)1 + 23 for
z1 = 8, the carried -5.905, 0.002, 0.898, 0.00179 ...), allseenn 3 of 3, pullrequest 1 of 2, transtutors 1 of 1 ((y -
ȳ)2 called wrong, as written), ningyuwhut 6 of 7, disassemble-channel 6 of 6, hidenori-t 2 of 3, the Korean wiki 0 of 1,
taji99 3 of 12, shinnkura 3 of 6 (1 of 6 in the first run).

The refusals by construct (the second run's 17; the first run's two more above), with the exact message:

- 8, \partial before a symbol as the page's name of a gradient (this course's \partial w_{ij}, \partial b_j, \partial y_j
  for dE/dw_{ij}, dE/db_j, dE/dy_j: taji99's tj-delta, tj-dw2, tj-db2, tj-dyi, tj-delta6, tj-deltaf, shinnkura's sk-db,
  sk-dy): "formula '\\partial w_{ij}=y_i\\delta_{j}': expected '/' in ∂L/∂w at '=' (position 16)" (the others the same
  at their '=' or at the \frac or y after \partial y_j). The notation could not name them: the loader reads a
  \partial in a pattern as a derivative's ("expected '/' in ∂L/∂w at the end"). Read where the next member is a
  \frac{\partial E}{\partial w_{ij}} (tj-dw, tj-db, sk-dw: "\partial w_{ij}=\frac{\partial E}{\partial w_{ij}}=...").
- 2, a sum written out with \cdots around a general term (taji99's y_1w_{1j}+y_2w_{2j}+\cdots +y_iw_{ij}+\cdots +
  y_lw_{lj} + b_j inside \frac{\partial}{\partial w_{ij}}( ... ) and \frac{\partial}{\partial b_j}( ... )): tj-duw "has
  a sum with an ellipsis (\dots) check cannot read: the term between its two ellipses is not its template at one free
  letter, the index its written terms count with; write \sum_{i=1}^{n} x_i w_i (its bounds numbers or the notation's
  letters)", tj-dub "has a sum with an ellipsis (\dots) check cannot read: its last index l = 2 does not come after the
  written ones; write \sum_{i=1}^{n} x_i w_i (its bounds numbers or the notation's letters)". tj-dub's is partly this
  batch's network: with l = 2 inputs the page's y_1 + y_2 + ... + y_l has no term after the written ones (a network of
  three inputs or more would give it room); the notation's "l" = "2" is the network's count, no slip.
- 1, one letter for the outputs of two layers told apart by the index letter (taji99's y_i the inputs, y_j the middle
  units; tj-dEdu, \frac{\partial E}{\partial y_j}): "y_{j} at j = 3: 'y_{i}' means 'x[i-1]' (i = 3): index 2 is out of
  range (0..1): the network has 2 inputs". The notation's "y_{i}" and "y_{j}" are one pattern under the spec
  (placeholders match any number), so no notation can tell them apart; read in tj-dw, tj-dydu.
- 1, the gradient by the layer's input named in code (shinnkura's grad_x = np.dot(delta, w.T), sk-gx): "grad_{x}
  matches none of the notation's patterns for grad ('grad_w', 'grad_b')". grad(...) takes no input, so the notation
  could not name it.
- 1, a decimal comma in translated code (pullrequest's "дельта [j] = o * (1,0 - o) * (t - o);", pr-delta): "formula
  'дельта [j] = o * (1,0 - o) * (t - o)': a list in parentheses is not a formula at ',' (position 20); write one
  expression, or a vector's numbers as [1, 2]".
- 1, Chinese prose glued after \] holding an inline \(k\ne j\) (ningyuwhut's "...\end{align*}\]当\(k\ne j\)时", ny-same):
  "formula '\\frac{ \\partial \\hat y_j}{\\partial \\theta_k} =\\frac{exp(\\...': unknown symbol 当; the notation knows
  V, \hat{y}, \theta, y; give it a meaning in the notation's [notation.symbols], e.g. "当" = "a1[0]"". The same post's
  sentences glued after \] without an inline formula read (ny-softmax, ny-other, ny-cases, ny-dJ), and so did ny-J's
  with a \( \frac{...} \).
- 1, a fraction mixing \partial and d, \dfrac {\partial L} {dy} (hidenori-t's eqnarray, ht-chain): "formula '\\frac
  {\\partial L} {dy}y^{2}\\exp ( -x ) = \\frac {\\partial...': the denominator of a partial derivative starts with
  \partial at 'd' (position 21)".
- 1, MediaWiki's <math> ... </math> tags in a sentence (the Korean wiki, id-y): "formula '이들의 결과는
  <math>y^2\\exp(-x)</math>인데, <math>y= \\frac{1}{1+\\...': an inequality is not a claim check can judge at '<'
  (position 9); write an equation (an inequality is read only at the end of a chain of equalities, as a remark)".
- 1, a number with a leading zero, the stored page's 03 for 0*3 (studyx's z2 = ... = 11 + 21 + 03 = 3, sx-z2): "formula
  'z2 = W20x0 + W21x1 + W22x2 = 11 + 21 + 03 = 3': the number 03 has a leading zero at '03' (position 40); write 3 for
  the whole number, or 0.3 for the decimal". The same answer's 31 and 23 (sx-z1) read, as numbers, and were called
  wrong rightly.

In the first run only, 2, a transpose inside grad(...) in the notation (shinnkura's grad_w = np.dot(x.T, delta),
sk-gw, and grad_b = np.sum(delta, axis=0), sk-gb): "formula 'grad_w = np.dot(x^T, delta)': grad_{w}: 'grad_w' means
'grad(W1[:, :].T)' (no placeholders): grad(...) is the derivative of the loss by a quantity of the network, e.g.
grad(W2[0, 0]), grad(b1[:]), grad(z2[j]) or grad(a1[:])" (sk-gb's the same for "delta"): the notation's slip, above.

Which look general (would appear in much homework): \partial before a symbol as the name of a gradient (this course's
notebooks, copied by many Japanese learners), sums written out with \cdots around a general term, prose glued after
display math in Chinese and Japanese posts, a fraction mixing \partial and d, wiki pages' <math> tags, a decimal
comma in translated code, the input's gradient named in code. Page-specific: the leading zero of a stored page that
lost its products (03), one letter y for two layers told apart by the index letter.

Read, among the constructs these pages brought: studyx's plain-text forward pass, deltas and updates in numbers (σ, ≈,
α, W10x0 and u11h1 glued, z_out, error_out, delta_out, delta_h1 as names, (0.00179(-2)), the carried wrong numbers
called wrong member by member, the updates' rounded results called right); allseenn's indented $...$ and $$...$$ with
\times, \cdot, (w \cdot x) + b on the left side and f(7) \approx 0.999; pullrequest's o = f (активация) with a
Cyrillic name; transtutors' sentence around E(y, ȳ) = (y - ȳ)2 and the derivative said in words after it; ningyuwhut's
softmax(\theta_j), exp and log without a backslash, \hat y_j without braces, * for a product, a case with --when
k!=j, \begin{cases}, a split chain whose members hold for a one-hot target; disassemble-channel's rules over the layers
with \bm, g^{(l)}, \bm{b}^{(l)}\bm{1}^T, \|...\|^2 with an en dash for the minus, and the cross-entropy over m samples
and K classes; hidenori-t's $\begin{eqnarray} ... \tag{5.9} \end{eqnarray}$ and \dfrac {1} { ... }; taji99's and
shinnkura's \partial w_{ij}= \frac{\partial E}{\partial w_{ij}} = ..., aligned blocks opening with an empty row, and the
NumPy lines np.dot(x.T, delta) and np.sum(delta, axis=0).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch99_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SX = "https://studyx.ai/homework/113051862-4-we-want-to-train-the-two-layer-perceptron-neural-network-having-output-yj-shown-in"
_AS = "https://github.com/allseenn/neuronet"
_PR = "http://pullrequest.ru/2075964/neironnaya-set-obratnogo-rasprostraneniya"
_TT = ("https://www.transtutors.com/questions/1-1-1-point-consider-the-neural-network-shown-in-the-figure-below-the-"
       "weight-matrix--13967765.htm")
_NY = "http://ningyuwhut.github.io/cn/2017/12/cross-entropy-loss-gradient-with-softmax"
_DC = "https://disassemble-channel.com/forward-backward-propagation-matrix"
_HT = "https://qiita.com/hidenori-t/items/e6fa921e5e9756031b19"
_ID = ("http://id8436.iptime.org:2786/mediawiki/index.php?diff=678&mobileaction=toggle_view_mobile&title="
       "%EC%98%A4%EC%B0%A8%EC%97%AD%EC%A0%84%ED%8C%8C%EB%B2%95")
_TJ = "https://github.com/taji99/Colab_sample"
_SK = "https://github.com/shinnkura/learning"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_JK3 = tuple({"j": j, "k": k} for j in range(3) for k in range(3))

# studyx (the answer's delta_out = y(1 - y)(d - y) = -dE/dz of the output, and the hidden units' deltas)
_SXD = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_SXH1 = f"a1[0]*(1 - a1[0])*{_SXD}*W2[0,0]"
_SXH2 = f"a1[1]*(1 - a1[1])*{_SXD}*W2[0,1]"

# ningyuwhut (three logits theta, softmax yhat, one-hot y)
_NS = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_NCE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_NYT = "(t[0] + t[1] + t[2])"


# disassemble-channel: the forward rules over the layers l = 1, 2 of the 2-3-2 network
def _forward_rule(sizes: tuple, kind: str) -> tuple:
    values = []
    for layer in range(1, len(sizes)):
        before = "x" if layer == 1 else f"a{layer - 1}"
        for j in range(sizes[layer]):
            if kind == "z":
                member = " + ".join(f"W{layer}[{j},{i}]*{before}[{i}]" for i in range(sizes[layer - 1]))
                values.append({"v": f"z{layer}[{j}]", "m": f"{member} + b{layer}[{j}]"})
            else:
                values.append({"v": f"a{layer}[{j}]", "m": f"sigmoid(z{layer}[{j}])"})
    return tuple(values)


_DC_Z = _forward_rule((2, 3, 2), "z")
_DC_A = _forward_rule((2, 3, 2), "a")

# hidenori-t and the Korean wiki (the Sigmoid node y = sigmoid(x), L half the squared error downstream)
_HTD = "(a1[0] - y[0])"
_HTE = "(1 + exp(-z1[0]))"

# taji99 (2 inputs, 3 sigmoid middle units, 2 identity outputs, E half the squared error): dE/dy_j, delta_j
_TJ_DY = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
_TJ_D = _TJ_DY + "*a1[{j}]*(1 - a1[{j}])"
_TJ_DX = " + ".join(f"((a2[0] - y[0])*W2[0,{q}] + (a2[1] - y[1])*W2[1,{q}])*a1[{q}]*(1 - a1[{q}])*W1[{q},{{i}}]"
                    for q in range(3))

# shinnkura (one layer of 3 inputs and 2 sigmoid neurons, E half the squared error): delta_j and dE/dx
_SK_D = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_SK_DX = " + ".join(f"(a1[{r}] - y[{r}])*a1[{r}]*(1 - a1[{r}])*W1[{r},{{i}}]" for r in range(2))


def _lines(*lines: str) -> str:
    return "\n".join(lines)


ENTRIES = [
    # ---- studyx's answer to a homework question (question 4: a two-layer perceptron, one feed-forward and back-
    # propagation step): plain text, the stored page's products lost where the answer wrote "*" between numbers
    # (31 for 3*1, 23 for 2*3, 03 for 0*3), W10x0 glued, σ(z1), ≈ chains, delta_out and delta_h1 as names, α ----------
    Public("sx-z1", _SX, "b99_sx", "b99_sx", "z1 = W10x0 + W11x1 + W12x2 = 31 + (-1)1 + 23 = 8", ((C, W, C),),
           (Twin("value", "z1[0]", ("b1[0]*1 + W1[0,0]*x[0] + W1[0,1]*x[1]", "=31 + (-1)*1 + 23", "=8")),), batch=99,
           why="x0 = 1 the bias input; the stored 31 + (-1)1 + 23 (3*1 + (-1)*1 + 2*3 on the answer, its '*' lost) is 53"),
    Public("sx-h1", _SX, "b99_sx", "b99_sx", "h1 = σ(z1) = 1 / (1 + exp(-8)) ≈ 0.9997", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-8))", "=0.9997")),), batch=99),
    Public("sx-z2", _SX, "b99_sx", "b99_sx", "z2 = W20x0 + W21x1 + W22x2 = 11 + 21 + 03 = 3", ((C, W, C),),
           (Twin("value", "z1[1]", ("b1[1]*1 + W1[1,0]*x[0] + W1[1,1]*x[1]", "=11 + 21 + 3", "=3")),), batch=99,
           why="the stored 11 + 21 + 03 (1*1 + 2*1 + 0*3) is 35"),
    Public("sx-h2", _SX, "b99_sx", "b99_sx", "h2 = σ(z2) = 1 / (1 + exp(-3)) ≈ 0.9526", ((C, C, C),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])", "=1/(1 + np.exp(-3))", "=0.9526")),), batch=99),
    Public("sx-zout", _SX, "b99_sx", "b99_sx",
           "z_out = u10y0 + u11h1 + u12h2 = -31 + 1*0.9997 + (-2)*0.9526 ≈ -5.905", ((C, W, W),),
           (Twin("value", "z2[0]", ("b2[0]*1 + W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=-31 + 1*0.9997 + (-2)*0.9526",
                                    "=-5.905")),), batch=99,
           why="y0 = 1; -3*1 + 0.9997 - 1.9052 is -3.9055, not -5.905"),
    Public("sx-y", _SX, "b99_sx", "b99_sx", "y = σ(z_out) = 1 / (1 + exp(-(-5.905))) ≈ 0.002", ((C, W, W),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-(-5.905)))", "=0.002")),), batch=99,
           why="the output is sigmoid(-3.9055) = 0.0197"),
    Public("sx-err", _SX, "b99_sx", "b99_sx", "error_out = d - y = 0.9 - 0.002 = 0.898", ((C, W, W),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]", "=0.9 - 0.002", "=0.898")),), batch=99),
    Public("sx-dout", _SX, "b99_sx", "b99_sx",
           "delta_out = y * (1 - y) * error_out ≈ 0.002*(1-0.002)*0.898 ≈ 0.00179", ((C, W, W),),
           (Twin("value", _SXD, (_SXD, "=0.002*(1-0.002)*0.898", "=0.00179")),), batch=99,
           why="delta_out = y(1 - y)(d - y), -dE/dz of the output"),
    Public("sx-dh1", _SX, "b99_sx", "b99_sx",
           "delta_h1 = h1 * (1 - h1) * (delta_out * u11) ≈ 0.9997*(1-0.9997)(0.001791) ≈ 0.000000537", ((C, W, W),),
           (Twin("value", _SXH1, (_SXH1, "=0.9997*(1-0.9997)*(0.001791)", "=0.000000537")),), batch=99,
           why="(0.001791) is delta_out * u11 with u11 = 1"),
    Public("sx-dh2", _SX, "b99_sx", "b99_sx",
           "delta_h2 = h2 * (1 - h2) * (delta_out * u12) ≈ 0.9526*(1-0.9526)(0.00179(-2)) ≈ -0.00016", ((C, W, W),),
           (Twin("value", _SXH2, (_SXH2, "=0.9526*(1-0.9526)*(0.00179*(-2))", "=-0.00016")),), batch=99),
    Public("sx-u10", _SX, "b99_sx", "b99_sx", "u10 = u10 + α * delta_out * y0 = -3 + 0.1 * 0.00179 * 1 ≈ -2.9998",
           ((C, W, W),), (Twin("update", "b2[0]", (f"b2[0] + eta*{_SXD}*1", "=-3 + 0.1*0.00179*1", "=-2.9998")),),
           batch=99, why="the new u10 = b2 + alpha delta_out y0: gradient descent on half the squared error"),
    Public("sx-u11", _SX, "b99_sx", "b99_sx", "u11 = u11 + α * delta_out * h1 = 1 + 0.1 * 0.00179 * 0.9997 ≈ 1.0002",
           ((C, W, W),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_SXD}*a1[0]", "=1 + 0.1*0.00179*0.9997", "=1.0002")),),
           batch=99),
    Public("sx-u12", _SX, "b99_sx", "b99_sx",
           "u12 = u12 + α * delta_out * h2 = -2 + 0.1 * 0.00179 * 0.9526 ≈ -1.9998", ((C, W, W),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] + eta*{_SXD}*a1[1]", "=-2 + 0.1*0.00179*0.9526", "=-1.9998")),),
           batch=99),
    Public("sx-w10", _SX, "b99_sx", "b99_sx", "W10 = W10 + α * delta_h1 * x0 = 3 + 0.1 * 0.000000537 * 1 ≈ 3.0000",
           ((C, W, C),),
           (Twin("update", "b1[0]", (f"b1[0] + eta*{_SXH1}*1", "=3 + 0.1*0.000000537*1", "=3.0000")),), batch=99),
    Public("sx-w11", _SX, "b99_sx", "b99_sx",
           "W11 = W11 + α * delta_h1 * x1 = -1 + 0.1 * 0.000000537 * 1 ≈ -0.99999", ((C, W, C),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] + eta*{_SXH1}*x[0]", "=-1 + 0.1*0.000000537*1", "=-0.99999")),),
           batch=99),
    Public("sx-w12", _SX, "b99_sx", "b99_sx", "W12 = W12 + α * delta_h1 * x2 = 2 + 0.1 * 0.000000537 * 3 ≈ 2.0000",
           ((C, W, C),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] + eta*{_SXH1}*x[1]", "=2 + 0.1*0.000000537*3", "=2.0000")),),
           batch=99),
    # ---- allseenn's Russian lesson (GeekBrains' course, a repository's page): indented $...$ and $$...$$ in a Markdown
    # list, \times and \cdot, (w \cdot x) + b on the left side, f(7) \approx 0.999 --------------------------------------
    Public("as-y", _AS, "b99_as", "b99_as", "    $y=f(x_1 \\times w_1 + x_2 \\times w_2 + b)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0])",)),), batch=99),
    Public("as-dot", _AS, "b99_as", "b99_as",
           "  $$(w \\cdot x) + b = ((w_1 \\times x_1) + (w_2 \\times x_2)) + b = 0 \\times 2 + 1 \\times 3 + 4 = 7$$",
           ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]", "=0*2 + 1*3 + 4", "=7")),), batch=99,
           why="the left side is the neuron's sum (w . x) + b"),
    Public("as-f7", _AS, "b99_as", "b99_as", "  $$y=f(w\\cdot x+b)=f(7)\\approx  0.999 $$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])", "=1/(1 + np.exp(-7))",
                                    "=0.999")),), batch=99),
    # ---- pullrequest.ru's Russian copy of a Stack Overflow answer: code lines translated, дельта [j] with a space before
    # the index, 1,0 with the decimal comma of the translation, a semicolon; o = f (активация) ------------------------------
    Public("pr-delta", _PR, "b99_pr", "b99_pr", "дельта [j] = o * (1,0 - o) * (t - o);", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])", ("a2[0]*(1.0 - a2[0])*(y[0] - a2[0])",)),), batch=99,
           why="the output node's delta (t - o) o (1 - o), -dE/dz; 1,0 is the original's 1.0"),
    Public("pr-o", _PR, "b99_pr", "b99_pr", "o = f (активация)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=99, why="f the sigmoid, активация the node's sum"),
    # ---- transtutors' homework question: a loss defined in a sentence, its square lost to the page's text (a
    # superscript 2 written after the parenthesis), and a derivative said in words after it on the same line -------------
    Public("tt-e", _TT, "b99_tt", "b99_tt",
           "Squared error is defined as E(y, ȳ) = (y - ȳ)2. The partial derivative of E with respect to ȳ is -2(y - ȳ).",
           ((W,),), (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])*2",)),), batch=99,
           why="(y - ȳ)2 as stored is 2(y - ȳ), not the square the question means (its superscript lost); the "
               "derivative after it is said in words, no claim"),
    # ---- ningyuwhut's Chinese post: \[ ... \] with the next sentence glued after it, exp and log without a
    # backslash, \hat y_j without braces, softmax(\theta_j), align* and split chains, \begin{cases}, * for a product ----
    Public("ny-softmax", _NY, "b99_ny", "b99_ny",
           "\\[\\hat y_j = softmax(\\theta_j) = \\frac{exp ( \\theta_j)} {\\sum_{i=1}^V exp(\\theta_i)}\\]"
           "交叉熵损失(cross-entropy loss)的定义如下", ((C, C),),
           (Twin("value", "a1[{j}]", ("a1[{j}]", f"exp(z1[{{j}}])/{_NS}"), _J3),), batch=99,
           why="softmax(\\theta_j) the softmax of the logits at j; V = 3"),
    Public("ny-J", _NY, "b99_ny", "b99_ny",
           "\\[J=-\\sum_{i=1}^V y_i log (\\hat y_i)\\]首先,求解softmax函数的梯度\\(\\frac{ \\partial \\hat y_j}{\\partial "
           "\\theta_k}\\)。", ((C,),), (Twin("value", _NCE, (_NCE,)),), batch=99,
           why="the \\( \\frac{...} \\) after it names the next step, no claim"),
    Public("ny-same", _NY, "b99_ny", "b99_ny",
           "\\[\\begin{align*} \\frac{ \\partial \\hat y_j}{\\partial \\theta_k} &=\\frac{exp(\\theta_j)\\sum_{i=1}^V "
           "exp(\\theta_i)-exp(\\theta_j) exp(\\theta_j)}{(\\sum_{i=1}^V exp(\\theta_i))^2}\\\\ &=\\frac{exp(\\theta_j)}"
           "{\\sum_{i=1}^V exp(\\theta_i)}-(\\frac{exp(\\theta_j)}{\\sum_{i=1}^V exp(\\theta_i)})^2\\\\ &=\\hat y_j - "
           "(\\hat y_j)^2 \\\\ &=\\hat y_j(1-\\hat y_j) \\end{align*}\\]当\\(k\\ne j\\)时", ((C, C, C, C),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])",
                 (f"(exp(z1[{{j}}])*{_NS} - exp(z1[{{j}}])*exp(z1[{{j}}]))/{_NS}**2",
                  f"exp(z1[{{j}}])/{_NS} - (exp(z1[{{j}}])/{_NS})**2", "a1[{j}] - a1[{j}]**2", "a1[{j}]*(1 - a1[{j}])"),
                 tuple({"j": j, "k": j} for j in range(3))),), when="k=j", batch=99,
           why="the case k = j (\"当\\(k=j\\)时:\" on the line before); the \\(k\\ne j\\) after it opens the next case"),
    Public("ny-other", _NY, "b99_ny", "b99_ny",
           "\\[\\begin{align*} \\frac{ \\partial \\hat y_j}{\\partial \\theta_k} &=-\\frac{exp(\\theta_j) exp(\\theta_k) }"
           "{(\\sum_{i=1}^V exp(\\theta_i))^2}\\\\ &=-\\hat y_j * \\hat y_k \\end{align*}\\]所以:", ((C, C),),
           (Twin("value", "-a1[{j}]*a1[{k}]", (f"-exp(z1[{{j}}])*exp(z1[{{k}}])/{_NS}**2", "-a1[{j}]*a1[{k}]"),
                 tuple(value for value in _JK3 if value["j"] != value["k"])),), when="k!=j", batch=99,
           why="the case k != j"),
    Public("ny-cases", _NY, "b99_ny", "b99_ny",
           "\\[\\frac{\\partial \\hat y_j}{\\partial \\theta_k} = \\begin{cases} \\hat y_j(1-\\hat y_j),&\\quad k = j \\\\ "
           "-\\hat y_j * \\hat y_k,&\\quad k \\neq j\\end{cases}\\]交叉熵损失的梯度如下:", ((C,),),
           (Twin("value", "a1[{j}]*((1 if {j} == {k} else 0) - a1[{k}])",
                 ("(a1[{j}]*(1 - a1[{j}]) if {j} == {k} else -a1[{j}]*a1[{k}])",), _JK3),), batch=99,
           why="both cases in \\begin{cases}, each with its condition"),
    Public("ny-dJ", _NY, "b99_ny", "b99_ny",
           "\\[\\begin{split} \\frac{\\partial J}{\\partial \\theta_k} &=-\\sum_{i=1}^V y_i\\frac{\\partial \\log \\hat y_i}"
           "{\\partial \\theta_k} \\\\ &=-\\sum_{i=1}^V y_i \\frac{1}{\\hat y_i}\\frac{\\partial \\hat y_i}{\\partial "
           "\\theta_k} \\\\ &=-y_k \\frac{1}{\\hat y_k} \\hat y_k (1-\\hat y_k)-\\sum_{i\\neq k}y_i\\frac{1}{\\hat y_i}"
           "({-\\hat y_i\\hat y_k}) \\\\ &=-y_k(1-\\hat y_k)+\\sum_{i\\neq k}y_i ({\\hat y_k}) \\\\ &=-y_k+{y_k \\hat y_k+"
           "\\sum_{i\\neq k}y_i({\\hat y_k})} \\\\ &={\\hat y_k\\left(\\sum_i y_i\\right)}-y_k \\\\ &=\\hat y_k-y_k"
           "\\end{split}\\]所以:", ((C,) * 7,),
           (Twin("value", "a1[{k}] - t[{k}]",
                 ("a1[{k}] - t[{k}]", "a1[{k}] - t[{k}]",
                  f"-t[{{k}}]*(1 - a1[{{k}}]) + ({_NYT} - t[{{k}}])*a1[{{k}}]",
                  f"-t[{{k}}]*(1 - a1[{{k}}]) + ({_NYT} - t[{{k}}])*a1[{{k}}]",
                  f"-t[{{k}}] + t[{{k}}]*a1[{{k}}] + ({_NYT} - t[{{k}}])*a1[{{k}}]",
                  f"a1[{{k}}]*{_NYT} - t[{{k}}]", "a1[{k}] - t[{k}]"), _K3),), batch=99,
           why="dJ/d(logit k), a value; y one-hot, so sum_i y_i = 1"),
    Public("ny-final", _NY, "b99_ny", "b99_ny", "\\[\\frac{\\partial J}{\\partial \\theta_k} = \\hat y_k-y_k\\]", ((C,),),
           (Twin("value", "a1[{k}] - t[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=99),
    # ---- disassemble-channel's Japanese article (forward and backward passes in matrix form): $$ ... $$ a line, \bm
    # vectors and matrices of layer l (rules over the layers), g^{(l)}, a minibatch's \bm{b}^{(l)}\bm{1}^T, the norm
    # \| \|^2 with an en dash (U+2013) for the minus, two losses over m samples ------------------------------------------
    Public("dc-z", _DC, "b99_dc", "b99_dc", "$$ \\bm{z}^{(l)} = \\bm{W}^{(l)}\\bm{a}^{(l-1)} + \\bm{b}^{(l)} $$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _DC_Z),), batch=99, why="a rule over the layers l; a^(0) = x"),
    Public("dc-a", _DC, "b99_dc", "b99_dc", "$$ \\bm{a}^{(l)} = g^{(l)}(\\bm{z}^{(l)}) $$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _DC_A),), batch=99, why="g^(l) the sigmoid at both layers here"),
    Public("dc-Z", _DC, "b99_dc", "b99_dc",
           "$$ \\bm{Z}^{(l)} = \\bm{W}^{(l)}\\bm{A}^{(l-1)} + \\bm{b}^{(l)}\\bm{1}^T $$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _DC_Z),), batch=99,
           why="a minibatch of m = 1 sample: \\bm{1}^T the one-entry row of ones"),
    Public("dc-A", _DC, "b99_dc", "b99_dc", "$$ \\bm{A}^{(l)} = g^{(l)}(\\bm{Z}^{(l)}) $$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _DC_A),), batch=99),
    Public("dc-Lsq", _DC, "b99_dc", "b99_dc",
           "$$ L = \\frac{1}{2m}\\sum_{i=1}^{m}\\|\\bm{a}_i^{(L)} – \\bm{y}_i\\|^2 $$", ((C,),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=99,
           why="m = 1; – (U+2013, the page's en dash) the minus"),
    Public("dc-Lce", _DC, "b99_dc_ce", "b99_dc_ce",
           "$$ L = -\\frac{1}{m}\\sum_{i=1}^{m}\\sum_{k=1}^{K} y_{ik}\\log a_{ik}^{(L)} $$", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",)),), batch=99,
           why="the article's cross-entropy form: K = 3 softmax outputs, m = 1"),
    # ---- hidenori-t's Qiita memo ("Deep Learning from Scratch", chapter 5): $\begin{eqnarray} ... \tag{5.9}
    # \end{eqnarray}$, \dfrac with spaces, \exp \left( -x\right), and an eqnarray with &=& whose left side is a product
    # and whose derivative is written \dfrac {\partial L} {dy} -------------------------------------------------------------
    Public("ht-y", _HT, "b99_ht", "b99_ht",
           "$\\begin{eqnarray} y &=& \\dfrac {1} { 1+\\exp \\left( -x\\right)} \\tag{5.9} \\end{eqnarray}$", ((C,),),
           (Twin("value", "a1[0]", (f"1/{_HTE}",)),), batch=99, why="x the Sigmoid node's input, y its output"),
    Public("ht-y2", _HT, "b99_ht", "b99_ht",
           "$$y^{2}= \\dfrac {1^{2}} {\\left( 1+\\exp \\left( -x\\right) \\right) ^{2}}$$", ((C,),),
           (Twin("value", "a1[0]**2", (f"1/{_HTE}**2",)),), batch=99),
    Public("ht-chain", _HT, "b99_ht", "b99_ht",
           _lines("\\begin{eqnarray}",
                  "\\dfrac {\\partial L} {dy}y^{2}\\exp \\left( -x\\right)",
                  "&=&",
                  "\\dfrac {\\partial L} {dy}\\dfrac {1} {\\left( 1+\\exp \\left( -x\\right) \\right) ^{2}}\\exp \\left( "
                  "-x\\right)\\\\",
                  "&=&",
                  "\\dfrac {\\partial L} {dy}\\dfrac {1^{2}} {\\left( 1+\\exp \\left( -x\\right) \\right)}\\dfrac{\\exp "
                  "\\left( -x\\right)}{\\left( 1+\\exp \\left( -x\\right) \\right)}\\\\",
                  "&=&",
                  "\\dfrac {\\partial L} {dy}y\\dfrac{\\exp \\left( -x\\right)}{ 1+\\exp \\left( -x\\right)}\\\\",
                  "&=&",
                  "\\dfrac {\\partial L} {dy}y\\left(\\dfrac {\\exp \\left( -x\\right)} { 1+\\exp \\left( -x\\right)}+"
                  "\\dfrac {1} { 1+\\exp \\left( -x\\right)}-\\dfrac {1} { 1+\\exp \\left( -x\\right)}\\right)\\\\",
                  "&=&",
                  "\\dfrac {\\partial L} {dy}y\\left(1-\\dfrac {1} { 1+\\exp \\left( -x\\right)}\\right)\\\\",
                  "&=&",
                  "\\dfrac {\\partial L} {dy}y(1-y)\\\\",
                  "\\end{eqnarray}"), ((C,) * 6,),
           (Twin("value", f"{_HTD}*a1[0]**2*exp(-z1[0])",
                 (f"{_HTD}*exp(-z1[0])/{_HTE}**2", f"{_HTD}*1/{_HTE}*exp(-z1[0])/{_HTE}",
                  f"{_HTD}*a1[0]*exp(-z1[0])/{_HTE}", f"{_HTD}*a1[0]*(exp(-z1[0])/{_HTE} + 1/{_HTE} - 1/{_HTE})",
                  f"{_HTD}*a1[0]*(1 - 1/{_HTE})", f"{_HTD}*a1[0]*(1 - a1[0])")),), batch=99,
           why="the left side dL/dy y^2 exp(-x) is dL/dx, a value: dL/dy the loss's derivative by the node's output"),
    # ---- the Korean wiki's page (a MediaWiki diff, the line as stored before the change): <math> ... </math> inside a
    # sentence, with two expressions that are no claim around the claim ---------------------------------------------------
    Public("id-y", _ID, "b99_id", "b99_id",
           "이들의 결과는 <math>y^2\\exp(-x)</math>인데, <math>y= \\frac{1}{1+\\exp(-x)}</math>이므로 정리하면 "
           "<math>y(1-y)</math>가 된다. 즉, 순전파의 출력 y로부터 역전파를 구하게 되었다.<syntaxhighlight lang=\"python\">",
           ((C,),), (Twin("value", "a1[0]", (f"1/{_HTE}",)),), batch=99,
           why="<math>y^2\\exp(-x)</math> and <math>y(1-y)</math> name results in the sentence, no claim"),
    # ---- taji99's Japanese notebook (a course's middle layer, 中間層の勾配): $$ ... $$ a line with \partial w_{ij} and
    # \partial b_j as the page's names of the gradients, aligned blocks beginning with an empty row (\begin{aligned}
    # \\), \sum\limits_{p=1}^l with the letter l for the inputs' count, \cdots inside a sum written out, y_i and y_j the
    # outputs of two layers told apart by their index letter, \partial y_i the input's gradient ------------------------
    Public("tj-dw", _TJ, "b99_tj", "b99_tj",
           "$$ \\partial w_{ij}=\\frac{\\partial E}{\\partial w_{ij}}=\\frac{\\partial E}{\\partial u_j}\\frac{\\partial u_j}"
           "{\\partial w_{ij}} $$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (_TJ_D + "*x[{i}]", _TJ_D + "*x[{i}]"), _J3I2),), batch=99,
           why="\\partial w_{ij} the page's name of dE/dw_{ij}; w_{ij} from input i to middle unit j"),
    Public("tj-duw", _TJ, "b99_tj", "b99_tj",
           _lines("$$ \\begin{aligned} \\\\",
                  "\\frac{\\partial u_j}{\\partial w_{ij}} & = \\frac{\\partial (\\sum\\limits_{p=1}^ly_pw_{pj} + b_j)}"
                  "{\\partial w_{ij}} \\\\",
                  "& = \\frac{\\partial}{\\partial w_{ij}}(y_1w_{1j}+y_2w_{2j}+\\cdots +y_iw_{ij}+\\cdots + y_lw_{lj} + "
                  "b_j) \\\\",
                  "& = y_i ",
                  "\\end{aligned} $$"), ((C, C, C),),
           (Twin("value", "x[{i}]", ("x[{i}]", "x[{i}]", "x[{i}]"), _J3I2),), batch=99,
           why="du_j/dw_{ij}, a value: the input y_i; l = 2 inputs"),
    Public("tj-dEdu", _TJ, "b99_tj", "b99_tj",
           "$$ \\frac{\\partial E}{\\partial u_j} = \\frac{\\partial E}{\\partial y_j}\\frac{\\partial y_j}{\\partial u_j} $$",
           ((C,),), (Twin("value", _TJ_D, (_TJ_D,), _J3),), batch=99, why="dE/du_j, by a middle sum: a value"),
    Public("tj-delta", _TJ, "b99_tj", "b99_tj",
           "$$ \\delta_{j}=\\frac{\\partial E}{\\partial u_j} = \\partial y_j\\frac{\\partial y_j}{\\partial u_j} $$",
           ((C, C),), (Twin("value", _TJ_D, (_TJ_D, _TJ_D), _J3),), batch=99,
           why="\\partial y_j the page's dE/dy_j, found at the output layer"),
    Public("tj-dw2", _TJ, "b99_tj", "b99_tj", "$$ \\partial w_{ij}=y_i\\delta_{j} $$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_TJ_D + "*x[{i}]",), _J3I2),), batch=99),
    Public("tj-db", _TJ, "b99_tj", "b99_tj",
           "$$ \\partial b_j=\\frac{\\partial E}{\\partial b_j}=\\frac{\\partial E}{\\partial u_j}\\frac{\\partial u_j}"
           "{\\partial b_j} $$", ((C, C),), (Twin("gradient", "b1[{j}]", (_TJ_D, _TJ_D), _J3),), batch=99),
    Public("tj-dub", _TJ, "b99_tj", "b99_tj",
           _lines("$$ \\begin{aligned} \\\\",
                  "\\frac{\\partial u_j}{\\partial b_j} & = \\frac{\\partial (\\sum\\limits_{p=1}^l y_p w_{pj} + b_j)}"
                  "{\\partial b_j} \\\\",
                  "& = \\frac{\\partial}{\\partial b_j}(y_1w_{1j}+y_2w_{2j}+\\cdots +y_iw_{ij}+\\cdots + y_lw_{lj} + b_j) "
                  "\\\\",
                  "& = 1 ",
                  "\\end{aligned} $$"), ((C, C, C),),
           (Twin("value", "1", ("1", "1", "1"), _J3),), batch=99, why="du_j/db_j, a value: 1"),
    Public("tj-db2", _TJ, "b99_tj", "b99_tj", "$$ \\partial b_j=\\delta_{j} $$", ((C,),),
           (Twin("gradient", "b1[{j}]", (_TJ_D,), _J3),), batch=99),
    Public("tj-dyi", _TJ, "b99_tj", "b99_tj", "$$ \\partial y_i =  \\sum_{q=1}^m \\delta_q w_{iq} $$", ((C,),),
           (Twin("value", _TJ_DX, (_TJ_DX,), _I2),), batch=99,
           why="\\partial y_i the page's dE/dy_i of the layer's inputs (the layer above's outputs), a value; m = 3"),
    Public("tj-delta6", _TJ, "b99_tj", "b99_tj",
           "$$\\delta_{j} = \\partial y_j\\frac{\\partial y_j}{\\partial u_j}$$", ((C,),),
           (Twin("value", _TJ_D, (_TJ_D,), _J3),), batch=99),
    Public("tj-dydu", _TJ, "b99_tj", "b99_tj",
           _lines("$$ \\begin{aligned} \\\\", "\\frac{\\partial y_j}{\\partial u_j} & = (1-y_j)y_j", "\\end{aligned} $$"),
           ((C,),), (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("(1 - a1[{j}])*a1[{j}]",), _J3),), batch=99),
    Public("tj-deltaf", _TJ, "b99_tj", "b99_tj", "$$ \\delta_{j} = \\partial y_j(1-y_j)y_j $$   ", ((C,),),
           (Twin("value", _TJ_D, (_TJ_D,), _J3),), batch=99, why="the stored line's three spaces after $$ kept"),
    # ---- shinnkura's Japanese notebook (the same course's backward pass in matrices, 行列による逆伝播の演算): the
    # layer's inputs written y_i in one formula and y_j in the next, NumPy lines (np.dot(x.T, delta), np.sum(delta,
    # axis=0), np.dot(delta, w.T)) for a batch of rows ---------------------------------------------------------------------
    Public("sk-dw", _SK, "b99_sk", "b99_sk",
           "$$\\partial w_{ij} = \\frac{\\partial E}{\\partial w_{ij}} = y_i\\delta_{j} $$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (_SK_D + "*x[{i}]", _SK_D + "*x[{i}]"), _J2I3),), batch=99,
           why="y_i the layer's input i, w_{ij} from input i to neuron j"),
    Public("sk-gw", _SK, "b99_sk", "b99_sk", "grad_w = np.dot(x.T, delta)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_SK_D + "*x[{i}]",), _J2I3),), batch=99,
           why="x one row (a batch of one sample), delta one row: x.T delta is the input-first gradient"),
    Public("sk-db", _SK, "b99_sk", "b99_sk", "$$ \\partial b_j = \\delta_{j}$$ ", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SK_D,), _J2),), batch=99),
    Public("sk-gb", _SK, "b99_sk", "b99_sk", "grad_b = np.sum(delta, axis=0)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_SK_D,), _J2),), batch=99, why="the batch's one row summed"),
    Public("sk-dy", _SK, "b99_sk", "b99_sk", "$$ \\partial y_j = \\sum_{r=1}^n \\delta_r w_{jr} $$", ((C,),),
           (Twin("value", _SK_DX.replace("{i}", "{j}"), (_SK_DX.replace("{i}", "{j}"),), _J3),), batch=99,
           why="(式 1): y_j here the layer's input j (the layer above's output), w_{jr} from it to neuron r; n = 2"),
    Public("sk-gx", _SK, "b99_sk", "b99_sk", "grad_x = np.dot(delta, w.T) ", ((C,),),
           (Twin("value", _SK_DX, (_SK_DX,), _I3),), batch=99,
           why="dE/dx as a row: w input-first, delta w.T sums over the neurons"),
]
