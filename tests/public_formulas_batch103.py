r"""Batch 103 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 addresses no earlier batch used (the pages corpus and the issues corpus, with this batch's emphasis:
exam and homework solutions, Stack Exchange questions, PDF-derived pages, pages working a small network by hand, Thai,
Indonesian and Portuguese pages): a Dhaka IIT student's back-propagation report on Scribd (PDF text of a 2-1-2 network
in numbers: bold italic Unicode names, fractions split over three lines, squares stored as a 2 after the parenthesis);
bernhard-pfann's notes (\text{Loss}, \begin{aligned} and \begin{align} blocks with \\[6pt]); plearnjai's Thai course
slides (Thai words as the inputs' names, Unicode subscripts, worked lines beginning with =, the perceptron rule
w_new = w_old + α × (y_true - y_pred) × x); freshrimpsushi's notes (a KaTeX copy's flattened text before the
\begin{align*}); a Cross Validated question (a chain over five $$ blocks on one line with prose and side conditions);
a Mathematics Stack Exchange question ($...$ $$...$$ mismatched, braced sides); a kompasiana article in Indonesian
(plain-text rules with ^(l), nabla_a C, ^T, eta); romulo-martins' Portuguese notebook (Mazur's example in Python with
weights[0], inputs[0], bias[0] and logistic(), and $...$ with \vec and \left( \right)); a math-gpt problem page (its
fraction and array lost); Mazur's post saved in a guevara/read-it-later issue (HTML <img> lines whose alt text is the
LaTeX without its backslashes); the smile library's issue 147 (a quoted Java line "error += 0.5 * g * g." and its
"where g = ..."); the Grokking Deep Learning issue 49 (Python after prose); frnsys' notes (a Markdown list item,
f_{i-1}(l_{i-1}), $$ \begin{aligned} blocks) -- copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents),
a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch103_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative of a quantity that is not the loss (frnsys'
\partial l_i/\partial w_i and \partial l_i/\partial b_i, the Stack Exchange question's \partial a_k/\partial net_k,
the issue's frac{partial E_{o1}}{partial out_{h1}}) or of the loss by a pre-activation or an output is twinned as a
value, as in batches 14 to 101. Formulas keep their page's delimiters and what surrounds them on their line (the
report's PDF line breaks; the slides' Thai prose, ✓ and ✗ after the numbers; the Stack Exchange sentences around
$...$; the issue's <p><img alt="..." src="..." class="latex"></p>; smile's "At line number 708:" and the indentation
before "where"; the Grokking issue's "On page 60 for example, the error is"; frnsys' "- " and "To clarify,"; the
math-gpt prose run into the formulas).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 103

The batch: 50 formulas of 48 claims (72 members), 8 of them unreadable (pages that lost their symbols: six of the
Scribd report's lines, the math-gpt page's two); of the 42 read: 34 values (forward sums and outputs, some worked in
numbers, losses, derivatives of a sum or of the loss by an output or a pre-activation, the Thai slides' decision),
4 gradients (bernhard-pfann's block of two chains, frnsys' block of two rules, the Cross Validated chain of six
members, the Grokking issue's 2 * ((input*weight) - goal_pred) * input), 4 updates (the slides' perceptron rule and
its worked w₁_new, kompasiana's W^(l) and b^(l)). 14 are LaTeX (bernhard-pfann's three; freshrimpsushi's one;
the Cross Validated chain; the Mathematics question's two; romulo-martins' two $...$; frnsys' five), 3 backslash-less
LaTeX in HTML <img> alt text (the read-it-later issue), 33 plain text or code (the Scribd report's nine with bold
italic Unicode letters and ∗ U+2217; the Thai slides' six with ×, ₁ and Thai words; kompasiana's four; the notebook's
eight Python lines; the math-gpt page's two; smile's two Java lines; the Grokking issue's two).

Mistaken (the oracle finds a member wrong): 5 of the 50:

- romulo-martins' $ \hat{y} = f\left(\text{net}\right)= f\left(\vec{w}\cdot\vec{x}+b\right) =
  f\left(\sum_{i=1}^{n}{w_i x_i + b}\right). $ (rm-yhat): the last member's braces put the bias inside the sum, n
  biases for one; its first two members right.
- kompasiana's delta^(l) = (W^(l+1)^T * delta^(l+1)) * f'(z^(l)) (kp-d): the article's first page defines
  a^(l+1) = f(W^(l) * a^(l) + b^(l)), so the weights between layers l and l+1 are W^(l) (its update rules W^(l) =
  W^(l) - eta * delta^(l+1) * a^(l)^T and b^(l) = ... are right with it); W^(l+1) is the next layer's matrix (W3 for
  l = 1 in the 2-2-2-2 network of the tables, and none for the last hidden layer).
- smile's "error += 0.5 * g * g." (hs-err): the library summed half the square of the error signal g = (output[i] -
  out) * out * (1.0 - out) for its error; the maintainer answered that it should be 0.5 * (output[i] - out)^2 and
  fixed it.
- plearnjai's การตัดสินใจ = (อากาศดี × 0.7) + (มีเพื่อน × 0.5) + (-0.8) ... (pl-dec) and the Grokking issue's error =
  ((0.5*weight ) - 0.8) ** 2 (it-err): right at the page's numbers, but each writes some of the file's numbers (the
  slides' weights and bias; the book's input and goal) as their values among symbols, and the oracle judges a member
  that mixes the file's numbers with symbols as a rule in the network's quantities (it holds at those numbers only),
  as batch 101's tj-out: wrong. Both twins were first written down with the verdict correct; the oracle found them
  wrong, and the verdicts, not the twins, were changed (the twins transcribe the pages exactly); it-err's was
  restored to correct by the lead after the run (below: the data written in, a rule of docs/verdicts.md).

Not mistaken, though they look it: the report's 0.947 * 0.95 + 1 * 1 = 1.9 (1.89965 to its two digits); the Cross
Validated chain's third member, a sum over the hidden units i of dE/dout_hi * dout_hi/dnet_h1 (the other terms 0 for
sigmoid units, as the page's side condition says); the slides' y = f(w₁x₁ + w₂x₂ + b) with f the decision function
(the network's sigmoid); the perceptron rule w_new = w_old + α × (y_true - y_pred) × x, gradient descent on a linear
neuron's (y_true - y_pred)^2 / 2 (the tables' network for it: w1 = 0.5, x = 1, y_true - y_pred = 1 as its worked
w₁_new = 0.5 + 0.1 × 1 × 1 = 0.6); bernhard-pfann's general Loss without 1/2 and its "No Hidden Layer" section's
Loss with 0.5 (two networks in the tables, one for each section); frnsys' \frac{\partial l_i}{\partial b_i} = 1.

What was left out: definitions and statements without a claim (the report's "Let, SSC cgpa = i1 = 1, ..."; the slides'
"if หูแหลม: return "แมว"" code and the sigmoid's definition; freshrimpsushi's table row, its symbols glued; the
Mathematics question's \bigtriangleup W \propto- \frac{\partial E}{\partial W}, its chain without a left side, -(t_k -
a_k) and a_k(1-a_k) in prose; the Grokking issue's prose derivatives; the smile maintainer's "The error should be 0.5 *
(output[i] - out) ^2"; romulo-martins' printed outputs 0.3775, 0.593269992...), the slides' Layer 1: h₁ = W₁x + b₁
Layer 2: h₂ = ... = Wx + b (the collapsed linear network's W and b, no quantity of the spec) and the line after it (cut
in the stored copy), the Scribd report's backward pass (its fractions stored over lines, the stored excerpt cut inside
the first), bernhard-pfann's hidden-layer product (cut in the stored copy), the rest of Mazur's post in the issue (the
stored excerpt cuts its next line inside the src), the Cross Validated question's softmax case $$=\sum_{i}\sum_{j}
(\delta_j*w_{oj})*(out_{h1})*(1_{i=1}-out_{hi})*i1$$ (a softmax hidden layer, which the product refuses: "softmax may
only end the last layer"). Claimed but not used: ai.stackexchange's question 15808 (Loss = abs(Delta), an absolute
error the product has no loss for, its chains true only where Delta >= 0), math.union.edu's exercise 44 (threshold
units, their outputs 0 or 1), blog.magicbytes.ir's Persian post and dokumen.tech's Indonesian slides (their formulas
not in the stored text).

Collected on 2026-12-06 from 12:01 to 12:14 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec with its network before the run
(backprop.symbolic.notation_loading.load_notation, no formula read), after one fix of the tables: the Thai slides'
notation first named the decision and the inputs by their Thai words (การตัดสินใจ, อากาศดี, มีเพื่อน), which do not load
("symbols.'การตัดสินใจ': cannot read 'ั' at position 5": a Thai combining vowel mark is no letter of the spec's
grammar); the notation leaves them out and names w₁, x₁, b, y only. The oracle agreed with every verdict first
written down but pl-dec's and it-err's (above). No entry was read by check before the blind run, and nothing under
src/ was touched.
Run blind at main f3794fa (/work/READY_FOR_BLIND39, open when the collecting commit 3c6d878 was made at 12:14), the
rebase onto it a no-op (the collecting commit's base was f3794fa; src/ as at d9f372a but for 828dc93 and 01197d9, a
ReLU's slope written as its value), nothing under src/ changed by this branch.
First run (/work/batch103_blind.txt): 27 of 50 read with every verdict right (54%), 14 refused, 1 misread, 8 typo
refused (every unreadable one refused, four of the messages naming the expected token: "= =" for sd-outh and
sd-outo2, "12" and "arraylh_1" for the math-gpt page; the other four name the page's slip another way: out01, out02,
E_{01}, e_{1}), no crash, and the alarm: 1 WRONG FORMULA CALLED CORRECT (it-err, below). One refusal was the tables'
slip: the smile issue's notation gave output[i] the placeholder i ("output[i]" = "y[i]") in a network of one output
whose g, out and error have no index, so hs-g's "       where g = (output[i] - out) * out * (1.0 - out)" was refused
with "formula 'g = (output[i] - out) * out * (1.0 - out)': the index i has no value; name it on the left side, with
--param (e.g. W2[i,i]), or in a sum". Fixed in the tables only ("output[i]" = "y[0]", the one output's target); the
oracle, run again, agrees with every verdict as committed; the second run (/work/batch103_blind_second.txt) reads hs-g
with its verdict right and changes nothing else: 28 of 50 (56%), 13 refused, 1 misread (the alarm), 8 typo refused,
no crash. tests/test_public_formulas_held_out.py -k "b103-" fails on that entry alone
(test_check_never_calls_a_wrong_formula_correct[b103-it-err]); no crash, every refusal one line; nothing for
KNOWN_CRASHES.

The misreading, the alarm: it-err, the Grokking issue's "On page 60 for example, the error is error = ((0.5*weight ) -
0.8) ** 2", expected (W,) (the oracle's), got (C,). Check reads 0.5 and 0.8 as the file's input and goal_pred (the
numbers of the tables' network, input 0.5, goal 0.8) and the member as the loss (weight*input - goal)^2 there, right
at the file's numbers; the oracle judges a member that mixes the file's numbers with symbols as a rule in the
network's quantities (at random inputs and targets it is not the loss), wrong. Batch 101's tj-out (the weights written
as their values among the inputs' names) was called wrong by both; here the numbers are the sample's data, the symbol
the weight, and check and the oracle part. The twin transcribes the line exactly (first written down correct, changed
to the oracle's wrong before the run, above) and is left as committed: which verdict is the entry's (a loss written at
the file's sample with the parameter as a symbol) is for the lead to decide, as for batch 84's dr-loss.

The lead's decision (session 28, after the run): check's verdict is the entry's. docs/verdicts.md has said since
session 24 that a member which writes the data's numbers in and keeps the parameters as symbols (`(5 - 2w)^2` for
(y - w x)^2 at x = 2, y = 5) states the loss as a function of the parameters at the file's one sample, judged with the
data fixed there and the parameters at random points; ((0.5*weight) - 0.8)^2 is that, with input 0.5 and goal 0.8, and
(0.5 w - 0.7)^2 or (w - 0.8)^2 would be wrong there. The oracle's reading (a rule in the network's quantities) is
not the spec's for data written in; tj-out and pl-dec write parameters (weights, a bias) as numbers, which the rule
does not cover, and stay wrong. The twin now writes x[0] and y[0] where the page writes 0.5 and 0.8, and the verdict
is (C,): no wrong formula was called correct.

By kind of formula (second run): values 23 of 34 (it-err the misread one), gradients 2 of 4, updates 3 of 4. LaTeX
against plain text and code: the 14 in LaTeX read 7 (50%), the 3 backslash-less LaTeX lines in HTML 3 (all), the 33 in
plain text or code 18 (55%; 18 of the 25 that are not unreadable). By page: the Scribd report 3 of 9 (6 typo refused:
its bold italic Unicode names with ∗ read, neth, neto1 and neto2 with their worked numbers), bernhard-pfann 3 of 3,
the Thai slides 2 of 6 (y = f(w₁x₁ + w₂x₂ + b) and the perceptron rule read), freshrimpsushi 0 of 1, the Cross
Validated question 0 of 1, the Mathematics question 1 of 2, kompasiana 4 of 4 (kp-d's wrong W^(l+1) called wrong),
romulo-martins 10 of 10 (rm-yhat's bias inside the sum called wrong), the math-gpt page none to read (2 typo refused),
the read-it-later issue 3 of 3, smile 1 of 2 (0 of 2 in the first run), the Grokking issue 0 of 2 (the alarm and a
refusal), frnsys 1 of 5. Of the 5 mistaken formulas, 2 read with every verdict right (rm-yhat, kp-d), 2 were refused
(hs-err, pl-dec) and 1 misread (it-err, the alarm).

The refusals by construct (the second run's 13; the first run's 14 with hs-g above), with the exact message:

- 4, Thai letters with their combining vowel and tone marks, as the decision's and the inputs' names (pl-dec) and as
  prose after the claim (pl-n1's "0.4 > 0 → ไปเที่ยว ✓", pl-n2's "→ ไม่ไป ✗", pl-w1's "(ปรับเพิ่มขึ้น)"): "formula
  'การตัดสินใจ = (อากาศดี \\times 0.7) + (มีเพื่อน \\times 0.5...': cannot read 'ั' at position 5; write the formula in
  LaTeX or plain text (+ - * / ^, \frac, \sum)" (pl-n1 at 'ี' position 86, pl-n2 at '่' position 83, pl-w1 at 'ั'
  position 63: the Thai letters before the first mark pass).
- 4, a function with the layer as its subscript, f_{i-1}(l_{i-1}) and f_n(l_n) (frnsys' fn-l, fn-dl, fn-inline,
  fn-out): "formula 'l_i = w_i f_{i-1}(l_{i-1}) + b_i': f_{i-1}: f is the function sigmoid in the notation's functions,
  and a function with a subscript is read only at a unit, f_n(u) with n a letter u runs over; write f(...) at the
  unit, or give f_{i-1} a meaning in [notation.symbols]" (fn-dl and fn-inline the same for their
  \frac{\partial l_i}{\partial w_i} = f_{i-1}(l_{i-1})); fn-out: "formula '\\frac{\\partial J}{\\partial l_n} =
  \\frac{\\partial J}{\\part...': f_{n}: f is the function sigmoid in the notation's functions, and n is no index of
  its argument: f_n(u) is entry n of f at the vector of u over n; write f(...) at the unit". The notation could not
  say it: f_0(l_0) is the input, f_i the sigmoid for i > 0, and a pattern names a symbol, not an application.
- 1, a KaTeX copy's flattened text before the LaTeX on its line (fr-v): "formula 'vjl=i=1nlwjilyilyjl+1=\\phi
  (vjl)=\\phi (i=1nlwjilyil) v_{j...': expected ')' to close the arguments at '=' (position 41)".
- 1, prose and an inline $...$ side condition between the $$ blocks of one chain (ss-sig): "formula 'for sigmoid
  activation function if i\\neq{1} \\frac{\\partia...': unexpected at 'i' (position 33)".
- 1, $...$ closed before the sum and $$ opened after it, one formula in two delimiters (ms-E): "formula 'E =
  \\frac{1}{2}': '\\frac{1}{2}' is a number, judged at the file's numbers, and this file has none ([data] x and y or
  labels)".
- 1, a code line's running total with += (hs-err): "formula 'error += 0.5 * g * g': 'error' += ... adds one term of a
  sum (code's running total over a loop); check reads it as the sum over the one index letter its term has and 'error'
  has not, and this term has none; write the whole sum, e.g. h_j = \sum_k \delta_k w_{kj}".
- 1, a derivative stated without a left side after prose and a colon (it-grad): "formula 'the general forum for this :
  2 * ((input*weight) - goal_p...': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name
  the parameter with --param".

Which look general (would appear in much homework): scripts with combining marks (Thai, and likewise Hindi's
Devanagari or Vietnamese written with combining accents) in names and in prose after a claim; a layer's activation
written as a subscripted function f_{i-1}(l_{i-1}) (lecture notes' style); prose and side conditions between the $$
blocks of one derivation (Stack Exchange posts); a derivative given without its left side after prose; code's +=
running totals. Page-specific: freshrimpsushi's flattened KaTeX text, the Mathematics question's $ $$ mismatch. The
eight unreadable ones (the report's PDF line breaks, squares stored as 2 and o typed 0; the math-gpt page's lost
fraction and array) were all refused.

Read, among the constructs these pages brought: the report's bold italic Unicode letters (𝒏𝒆𝒕𝒉, 𝒘𝟏, 𝟏) and ∗ U+2217
with its worked numbers; \begin{aligned} with \\[6pt] and * and \begin{align} with \\[10pt]; Unicode subscripts
(w₁x₁) and α × in the perceptron rule w_new = w_old + α × (y_true - y_pred) × x; ${\frac{...}} = {\frac{...}}$ in a
sentence; kompasiana's plain-text ^(l), nabla_a C, f'(z^(L)), ^T and eta (the wrong W^(l+1) called wrong); the
notebook's Python with list indexing weights[0], inputs[0], bias[0] and logistic(); \vec, \left( \right) and the bias
inside the sum's braces called wrong; the issue's HTML <img> lines, alt text frac{partial E_{total}}{partial out_{o1}}
without backslashes; the indented "where g = ..." (second run).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch103_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_SD = "https://www.scribd.com/document/495493657/SodaPDF-converted-0926"
_BP = "https://bernhard-pfann.dev/notes/Calculus/Backpropagation"
_PL = "https://plearnjai.com/aiit/week5-slides.html"
_FR = "https://freshrimpsushi.github.io/en/posts/3077"
_SS = "https://stats.stackexchange.com/questions/243356/what-is-the-update-rule-for-hidden-layer-if-softmax-activation-function-is-used"
_MS = "https://math.stackexchange.com/questions/2411652/certain-derivations-using-the-chain-rule-for-the-backpropagation-algorithm"
_KP = ("https://kompasiana.com/syukrina28/665e6a6c34777c1f9703dc52/penerapan-aljabar-dalam-jaringan-saraf-tiruan-"
       "neural-networks?page=2&page_images=2")
_RM = "https://github.com/romulo-martins/findphone-ml-uff"
_MG = ("https://math-gpt.org/problems/question/section-1here-is-the-basic-structure-of-a-simple-neural-network-you-"
       "need-to")
_GV = "https://github.com/guevara/read-it-later/issues/9098"
_HS = "https://github.com/haifengl/smile/issues/147"
_IT = "https://github.com/iamtrask/Grokking-Deep-Learning/issues/49"
_FN = "http://frnsys.com/ai_notes/scratch/backprop.html"


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def _img(alt: str, encoded: str) -> str:
    """A line of the issue's HTML: Mazur's formula as an <img> whose alt text is the LaTeX without its
    backslashes and whose src is the same LaTeX URL-encoded for WordPress' renderer."""
    return (f'<p><img alt="{alt}" src="https://s0.wp.com/latex.php?latex={encoded}&amp;bg=ffffff&amp;fg=404040&amp;'
            f's=0&amp;c=20201002" class="latex"></p>')


# the Cross Validated network (2 -> 2 -> 2 sigmoid, E_total = sum 1/2 (t - o)^2): dE/dnet_oj and dE/dw1
_SS_D = tuple(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_SS_G = f"({_SS_D[0]}*W2[0,0] + {_SS_D[1]}*W2[1,0])*a1[0]*(1 - a1[0])*x[0]"

# kompasiana's 2 -> 2 -> 2 -> 2 sigmoid network, C = sum 1/2 (y - a3)^2: delta^(l) = dC/dz^(l) for l = 3, 2, 1
_KP_D3 = tuple(f"(a3[{k}] - y[{k}])*a3[{k}]*(1 - a3[{k}])" for k in range(2))
_KP_D2 = tuple(f"(W3[0,{j}]*{_KP_D3[0]} + W3[1,{j}]*{_KP_D3[1]})*a2[{j}]*(1 - a2[{j}])" for j in range(2))
_KP_D1 = tuple(f"(W2[0,{i}]*{_KP_D2[0]} + W2[1,{i}]*{_KP_D2[1]})*a1[{i}]*(1 - a1[{i}])" for i in range(2))
_KP_DELTA = {1: _KP_D1, 2: _KP_D2, 3: _KP_D3}
_KP_W = tuple({"p": f"W{l + 1}[{j},{i}]", "g": f"{_KP_DELTA[l + 1][j]}*{'x' if l == 0 else f'a{l}'}[{i}]"}
              for l in range(3) for j in range(2) for i in range(2))
_KP_B = tuple({"p": f"b{l + 1}[{j}]", "g": _KP_DELTA[l + 1][j]} for l in range(3) for j in range(2))
# the page's delta^(l) = (W^(l+1)^T delta^(l+1)) f'(z^(l)) at l = 1, W^(2) being W3 under a^(l+1) = f(W^(l) a^(l) + b^(l))
_KP_WRONG_D1 = tuple(f"(W3[0,{i}]*{_KP_D2[0]} + W3[1,{i}]*{_KP_D2[1]})*a1[{i}]*(1 - a1[{i}])" for i in range(2))

# frnsys' 1 -> 1 -> 1 sigmoid network, J = 1/2 (y - a2)^2
_FN_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_FN_D1 = f"{_FN_D2}*W2[0,0]*a1[0]*(1 - a1[0])"

# the Mathematics Stack Exchange network's outputs k
_K2 = tuple({"k": k} for k in range(2))


ENTRIES = [
    # ---- a Dhaka IIT student's back-propagation report on Scribd (PDF text, two iterations of a 2-1-2 network in
    # numbers): the page's names in bold italic Unicode letters (𝒏𝒆𝒕𝒉, 𝒘𝟏, ∗ U+2217 for the product), the fractions of
    # the sigmoid split over three lines with their numerators and denominators apart, the squares' superscript 2
    # stored as a 2 after the parenthesis, out𝟎𝟏 and E𝟎𝟏 with a zero for the letter o -----------------------------------
    Public("sd-neth", _SD, "b103_sd", "b103_sd",
           "𝒏𝒆𝒕𝒉 = 𝒊𝟏 ∗ 𝒘𝟏 + 𝒊𝟐 ∗ 𝒘𝟐 + 𝒃𝟏 ∗ 𝟏 = (1 * 0.98) + (1 * 0.96) + (0.94 * 1) = 2.88", ((C, C, C),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1*1", "=(1*0.98) + (1*0.96) + (0.94*1)",
                                    "=2.88")),), batch=103, why="i1 = i2 = 1, w1 = 0.98, w2 = 0.96, b1 = 0.94"),
    Public("sd-outh", _SD, "b103_sd", "b103_sd", _lines("𝟏 1", "𝒐𝒖𝒕𝒉 = = = 0.947", "𝟏 + 𝒆−𝒏𝒆𝒕𝒉 1 + e−2.88"), (), (),
           unreadable="= =", batch=103,
           why="outh = 1/(1 + e^{-neth}) = 1/(1 + e^{-2.88}) = 0.947 on the page: the PDF's text puts the fractions' "
               "numerators on the line above and their denominators on the line below"),
    Public("sd-neto1", _SD, "b103_sd", "b103_sd", "𝒏𝒆𝒕𝒐𝟏 = 𝒐𝒖𝒕𝒉 ∗ 𝒘𝟑 + 𝒃𝟐 ∗ 𝟏 = 0.947 * 0.95 + 1 * 1 = 1.9",
           ((C, C, C),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + b2*1", "=0.947*0.95 + 1*1", "=1.9")),), batch=103,
           why="0.947 * 0.95 + 1 = 1.89965, 1.9 to the page's two digits"),
    Public("sd-neto2", _SD, "b103_sd", "b103_sd", "𝒏𝒆𝒕𝒐𝟐 = 𝒐𝒖𝒕𝒉 ∗ 𝒘𝟒 + 𝒃𝟐 ∗ 𝟏 = 0.947 * 0.955 + 1 * 1 = 1.904",
           ((C, C, C),),
           (Twin("value", "z2[1]", ("a1[0]*W2[1,0] + b2*1", "=0.947*0.955 + 1*1", "=1.904")),), batch=103,
           why="w4 = 0.955 from h to o2; b2 the output layer's one bias"),
    Public("sd-outo1", _SD, "b103_sd", "b103_sd", _lines("𝟏 1", "𝒐𝒖𝒕𝒐𝟏 = −𝒏𝒆𝒕𝒐𝟏 = = 0.87", "𝟏 + 𝒆𝟏 1 + e−1.9"), (), (),
           unreadable="= =", batch=103,
           why="outo1 = 1/(1 + e^{-neto1}) = 1/(1 + e^{-1.9}) = 0.87: the exponent -neto1 stored on the line of the "
               "numerators"),
    Public("sd-outo2", _SD, "b103_sd", "b103_sd", _lines("1", "𝒐𝒖𝒕𝒐𝟐 = = = 0.87", "𝟏 + 𝒆−𝒏𝒆𝒕𝒐𝟐 1 + e−1.904"), (),
           (), unreadable="= =", batch=103, why="outo2 = 1/(1 + e^{-neto2}) = 1/(1 + e^{-1.904}) = 0.87 on the page"),
    Public("sd-eo1", _SD, "b103_sd", "b103_sd", "𝑬𝒐𝟏 = (𝒕𝒂𝒓𝒈𝒆𝒕𝒐𝟏 − 𝒐𝒖𝒕𝟎𝟏)𝟐", (), (), unreadable="𝒐𝒖𝒕𝟎𝟏",
           batch=103, why="Eo1 = (targeto1 - outo1)^2 on the page: its square stored as a 2 after the parenthesis "
                          "and outo1 typed out01 with a zero"),
    Public("sd-eo2", _SD, "b103_sd", "b103_sd", "𝑬𝒐𝟐 = (𝒕𝒂𝒓𝒈𝒆𝒕𝒐𝟐 − 𝒐𝒖𝒕𝟎𝟐)𝟐", (), (), unreadable="𝒐𝒖𝒕𝟎𝟐",
           batch=103, why="Eo2 = (targeto2 - outo2)^2 on the page, the same two slips"),
    Public("sd-etot", _SD, "b103_sd", "b103_sd",
           _lines("𝑬𝒕𝒐𝒕𝒂𝒍 = 𝑬𝟎𝟏 + 𝑬𝒐𝟐", "= (𝒕𝒂𝒓𝒈𝒆𝒕𝒐𝟏 − 𝒐𝒖𝒕𝟎𝟏)𝟐 + (𝒕𝒂𝒓𝒈𝒆𝒕𝒐𝟐 − 𝒐𝒖𝒕𝟎𝟐)𝟐",
                  "= (1 – 0.87)2 + (1 – 0.87)2 = 0.0338"), (), (), unreadable="𝑬𝟎𝟏", batch=103,
           why="Etotal = Eo1 + Eo2 = (1 - 0.87)^2 + (1 - 0.87)^2 = 0.0338 on the page: every square stored as a 2 "
               "after its parenthesis, Eo1 typed E01"),
    # ---- bernhard-pfann's notes (an Obsidian notes site): $...$ with \text{Loss}, \big, a_i^{(L)}; the "No Hidden
    # Layer" section's \begin{aligned} block of three claims with \\[6pt] and * for the product, and its \begin{align}
    # block of two chains with \\[10pt] --------------------------------------------------------------------------------
    Public("bp-loss", _BP, "b103_bp", "b103_bp", r"$ \text{Loss}= \sum_i \big(a_i^{(L)}-y_i \big)^2 $", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2 + (a1[1] - y[1])**2", ("(a1[0] - y[0])**2 + (a1[1] - y[1])**2",)),),
           batch=103, why="the sum of the squared differences over the output layer's nodes i, no 1/2"),
    Public("bp-block", _BP, "b103_bp1", "b103_bp1",
           _lines(r"$ \begin{aligned}",
                  r"\text{Loss} &=0.5*(a^{(1)}-y_i)^2 \\[6pt] a^{(1)}&= \sigma (z^{(1)}) \\[6pt] z^{(1)}&=W^{(1)} "
                  r"\cdot a^{(0)}+b^{(1)}",
                  r"\end{aligned} $"), ((C,), (C,), (C,)),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(a1[0] - y[0])**2",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
            Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",))), batch=103,
           why="three claims: the section's loss (with 1/2, where the general Loss has none: the section's own "
               "network), the output and its sum; y_i the one label"),
    Public("bp-grad", _BP, "b103_bp1", "b103_bp1",
           _lines("$", r"\begin{align}",
                  r"\frac{\partial \text{Loss}}{\partial w}&= \frac{\partial \text{Loss}}{\partial a^{(1)}} * "
                  r"\frac{\partial a^{(1)}}{\partial z^{(1)}} * \frac{\partial z^{(1)}}{\partial W^{(1)}} \\[10pt]",
                  r"\frac{\partial \text{Loss}}{\partial b}&= \frac{\partial \text{Loss}}{\partial a^{(1)}} * "
                  r"\frac{\partial a^{(1)}}{\partial z^{(1)}} * \frac{\partial z^{(1)}}{\partial b^{(1)}}",
                  r"\end{align}", "$"), ((C,), (C,)),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),
            Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",))), batch=103,
           why="w the section's weight W^(1), b its bias"),
    # ---- plearnjai's Thai course slides (week 5): a decision written with Thai words for its inputs, Unicode
    # subscripts (w₁x₁), × for the product, worked lines that begin with = and end in Thai prose and ✓/✗, the
    # perceptron's w_new = w_old + α × (y_true - y_pred) × x and a worked w₁_new ----------------------------------------
    Public("pl-dec", _PL, "b103_pl", "b103_pl",
           "การตัดสินใจ = (อากาศดี × 0.7) + (มีเพื่อน × 0.5) + (-0.8) ถ้าผลรวม > 0 → ไปเที่ยว ✓ ถ้าผลรวม ≤ 0 → ไม่ไป ✗",
           ((W,),), (Twin("value", "z1[0]", ("x[0]*0.7 + x[1]*0.5 + (-0.8)",)),), batch=103,
           why="the decision (การตัดสินใจ) the weighted sum of good weather (อากาศดี) and friends along (มีเพื่อน) "
               "with the weights 0.7, 0.5 and the bias -0.8, then the rule (sum > 0: go out) in Thai; the weights and "
               "bias written as their values among symbols: the oracle judges such a member as a rule in the "
               "network's parameters (it holds at the file's weights only), wrong (first written down correct)"),
    Public("pl-y", _PL, "b103_pl", "b103_pl", "y = f(w₁x₁ + w₂x₂ + b)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=103,
           why="f the decision function (the slides' step at 0; the network's sigmoid)"),
    Public("pl-n1", _PL, "b103_pl", "b103_pl", "= (1 × 0.7) + (1 × 0.5) + (-0.8) = 0.7 + 0.5 - 0.8 = 0.4 > 0 → ไปเที่ยว ✓",
           ((C, C, C),), (Twin("value", "z1[0]", ("=(1*0.7) + (1*0.5) + (-0.8)", "=0.7 + 0.5 - 0.8", "=0.4")),),
           batch=103, why="the decision's sum for good weather and friends along (x = 1, 1), on a line of its own "
                          "that begins with =; 0.4 > 0: go out (ไปเที่ยว)"),
    Public("pl-n2", _PL, "b103_pl0", "b103_pl", "= (0 × 0.7) + (1 × 0.5) + (-0.8) = 0 + 0.5 - 0.8 = -0.3 < 0 → ไม่ไป ✗",
           ((C, C, C),), (Twin("value", "z1[0]", ("=(0*0.7) + (1*0.5) + (-0.8)", "=0 + 0.5 - 0.8", "=-0.3")),),
           batch=103, why="the second example, bad weather (x = 0, 1); -0.3 < 0: stay (ไม่ไป)"),
    Public("pl-w", _PL, "b103_plw", "b103_plw", "w_new = w_old + α × (y_true - y_pred) × x", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(y[0] - a1[0])*x[0]",)),), batch=103,
           why="the perceptron rule, gradient descent on (y_true - y_pred)^2 / 2 for a linear neuron"),
    Public("pl-w1", _PL, "b103_plw", "b103_plw", "w₁_new = 0.5 + 0.1 × 1 × 1 = 0.5 + 0.1 = 0.6 (ปรับเพิ่มขึ้น)",
           ((C, C, C),), (Twin("update", "W1[0,0]", ("=0.5 + 0.1*1*1", "=0.5 + 0.1", "=0.6")),), batch=103,
           why="w1 = 0.5, alpha = 0.1, y_true - y_pred = 1, x = 1; (ปรับเพิ่มขึ้น) 'adjusted upward'"),
    # ---- freshrimpsushi's notes for math majors (English edition of a Korean site): the KaTeX copy's flattened text
    # (vjl=i=1nlwjil...) before the LaTeX on the same line, \begin{align*} with two claims, \sum\nolimits, \phi -----------
    Public("fr-v", _FR, "b103_fr", "b103_fr",
           r"vjl=i=1nlwjilyilyjl+1=ϕ(vjl)=ϕ(i=1nlwjilyil) \begin{align*} v_{j}^{l} &= \sum _{i=1}^{n_{l}} "
           r"w_{ji}^{l}y_{i}^{l} \\ y_{j}^{l+1} &= \phi ( v_{j}^{l} ) = \phi \left( \sum \nolimits_{i=1}^{n_{l}} "
           r"w_{ji}^{l}y_{i}^{l} \right) \end{align*}", ((C,), (C, C)),
           (Twin("value", "{v}", ("{m}",),
                 ({"v": "z1[0]", "m": "W1[0,0]*x[0] + W1[0,1]*x[1]"}, {"v": "z1[1]", "m": "W1[1,0]*x[0] + W1[1,1]*x[1]"},
                  {"v": "z2[0]", "m": "W2[0,0]*a1[0] + W2[0,1]*a1[1]"})),
            Twin("value", "{v}", ("sigmoid({z})", "sigmoid({m})"),
                 ({"v": "a1[0]", "z": "z1[0]", "m": "W1[0,0]*x[0] + W1[0,1]*x[1]"},
                  {"v": "a1[1]", "z": "z1[1]", "m": "W1[1,0]*x[0] + W1[1,1]*x[1]"},
                  {"v": "a2[0]", "z": "z2[0]", "m": "W2[0,0]*a1[0] + W2[0,1]*a1[1]"}))), batch=103,
           why="rules over the layers l = 0, 1 and their nodes j; the flattened KaTeX text repeats the two claims "
               "without their scripts and sums"),
    # ---- a Cross Validated question (243356): $$...$$ blocks on one line, \partial{E_{total}} with braces, a side
    # condition in brackets [if i\neq{1}, ...=0] inside the chain, prose with an inline $...=0$ between its $$ blocks,
    # \delta_j and w_{oj} ----------------------------------------------------------------------------------------------
    Public("ss-sig", _SS, "b103_ss", "b103_ss",
           r"$$\frac{\partial{E_{total}}}{\partial{w_{1}}}=\sum_{i}{\frac{\partial{E_{total}}}{\partial{net_{hi}}}}*"
           r"\frac{\partial{net_{hi}}}{\partial{w_{1}}}={\frac{\partial{E_{total}}}{\partial{net_{h1}}}}*"
           r"\frac{\partial{net_{h1}}}{\partial{w_{1}}}[if i\neq{1}, \frac{\partial{net_{hi}}}{\partial{w_{1}}}=0]$$ "
           r"$$=\sum_{i}{(\frac{\partial{E_{total}}}{\partial{out_{hi}}}*\frac{\partial{out_{hi}}}{\partial{net_{h1}}})}"
           r"*\frac{\partial{net_{h1}}}{\partial{w_{1}}}$$ $$=\sum_{i}{(\sum_{j}(\frac{\partial{E_{total}}}"
           r"{\partial{net_{oj}}}*\frac{\partial{net_{oj}}}{\partial{out_{hi}}})*\frac{\partial{out_{hi}}}"
           r"{\partial{net_{h1}}})}*\frac{\partial{net_{h1}}}{\partial{w_{1}}}$$ Now for sigmoid activation function "
           r"if $i\neq{1} \frac{\partial{out_{hi}}}{\partial{net_{h1}}}=0$ so we get $$=\sum_{j}(\frac{\partial"
           r"{E_{total}}}{\partial{net_{oj}}}*\frac{\partial{net_{oj}}}{\partial{out_{h1}}})*\frac{\partial{out_{h1}}}"
           r"{\partial{net_{h1}}}*\frac{\partial{net_{h1}}}{\partial{w_{1}}}$$ $$=\sum_{j}(\delta_j*w_{oj})*(out_{h1})*"
           r"(1-out_{h1})*i1$$", ((C, C, C, C, C, C),),
           (Twin("gradient", "W1[0,0]", (_SS_G,) * 6),), batch=103,
           why="one chain of six members over five $$ blocks (the bracket's =0 and the inline $...=0$ side "
               "conditions, dout_hi/dnet_h1 = 0 for i != 1, true of sigmoid units); the third member's sum over i keeps "
               "only i = 1 by that condition; delta_j = dE/dnet_oj, w_oj from h1 to o_j"),
    # ---- a Mathematics Stack Exchange question (2411652): $...$ $$...$$ mismatched on one line with \sum\limits, and
    # ${\frac{...}} = {\frac{...}}$ with each side braced, in a sentence ----------------------------------------------
    Public("ms-E", _MS, "b103_ms", "b103_ms",
           r"This is the error equation representing sum of squared error. $E = \frac{1}{2} $${\sum\limits_{k}} "
           r"(t_k - a_k)^2 $", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=103,
           why="the page closes $E = \\frac{1}{2} $ and opens $$ before the sum: one formula in the rendered page"),
    Public("ms-da", _MS, "b103_ms", "b103_ms",
           r"The link presents the sigmoid equation as ${(1+e^{-net_k})^{-1}}$ which leads to ${\frac{\partial a_k}"
           r"{\partial net_k}} = {\frac{e^{-net_k}}{(1+e^{-net_k})^{2}}}$ but I don't understand this derivation.",
           ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("exp(-z2[{k}])/(1 + exp(-z2[{k}]))**2",), _K2),), batch=103,
           why="a rule over the outputs k; the sentence's first $...$ states no claim"),
    # ---- a kompasiana article (Indonesian), its second page: plain-text rules with ^(l), nabla_a C, f'(...), ^T, eta
    # ------------------------------------------------------------------------------------------------------------------
    Public("kp-dL", _KP, "b103_kp", "b103_kp", "delta^(L) = nabla_a C * f'(z^(L))", ((C,),),
           (Twin("value", "{d}", ("{d}",), tuple({"d": d} for d in _KP_D3)),), batch=103,
           why="the output layer's error: dC/da (a - y) times the sigmoid's slope, unit by unit"),
    Public("kp-W", _KP, "b103_kp", "b103_kp", "W^(l) = W^(l) - eta * delta^(l+1) * a^(l)^T", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*{g}",), _KP_W),), batch=103,
           why="W^(l) maps layer l to l+1 (the article's a^(l+1) = f(W^(l) a^(l) + b^(l))): its gradient is "
               "delta^(l+1) a^(l)^T"),
    Public("kp-b", _KP, "b103_kp", "b103_kp", "b^(l) = b^(l) - eta * delta^(l+1)", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*{g}",), _KP_B),), batch=103),
    Public("kp-d", _KP, "b103_kp", "b103_kp", "delta^(l) = (W^(l+1)^T * delta^(l+1)) * f'(z^(l))", ((W,),),
           (Twin("value", "{t}", ("{m}",), tuple({"t": t, "m": m} for t, m in zip(_KP_D1, _KP_WRONG_D1))),),
           batch=103,
           why="under the article's a^(l+1) = f(W^(l) a^(l) + b^(l)) the weights between layers l and l+1 are W^(l): "
               "delta^(l) = (W^(l)^T delta^(l+1)) f'(z^(l)); the page's W^(l+1) is the next layer's matrix (W3 for "
               "l = 1, and none for l = 2): wrong"),
    # ---- romulo-martins' Portuguese notebook (Mazur's example in Python): $...$ with \left( \right), \vec, \text{net},
    # a sum whose braces hold the bias too (\sum_{i=1}^{n}{w_i x_i + b}); code lines with list indexing weights[0],
    # inputs[0], bias[0] and logistic() ----------------------------------------------------------------------------------
    Public("rm-yhat", _RM, "b103_rm1", "b103_rm1",
           r"$ \hat{y} = f\left(\text{net}\right)= f\left(\vec{w}\cdot\vec{x}+b\right) = "
           r"f\left(\sum_{i=1}^{n}{w_i x_i + b}\right). $", ((C, C, W),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",
                                    "sigmoid(W1[0,0]*x[0] + b1[0] + W1[0,1]*x[1] + b1[0])")),), batch=103,
           why="the last member's braces put the bias inside the sum: n biases, not one"),
    Public("rm-neth1", _RM, "b103_rm", "b103_rm", "net_h1 = weights[0]*inputs[0] + weights[1]*inputs[1] + bias[0]",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),), batch=103),
    Public("rm-logi", _RM, "b103_rm1", "b103_rm1",
           r"$\hat{y} = f(\text{net}) = \frac{1}{1 + e^{\left(-\text{net}\right)}}.$", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=103),
    Public("rm-outh1", _RM, "b103_rm", "b103_rm", "out_h1 = logistic(net_h1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=103),
    Public("rm-neth2", _RM, "b103_rm", "b103_rm", "net_h2 = weights[2]*inputs[0] + weights[3]*inputs[1] + bias[0]",
           ((C,),), (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + b1",)),), batch=103),
    Public("rm-outh2", _RM, "b103_rm", "b103_rm", "out_h2 = logistic(net_h2)", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=103),
    Public("rm-neto1", _RM, "b103_rm", "b103_rm", "net_o1 = weights[4]*out_h1 + weights[5]*out_h2 + bias[1]",
           ((C,),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2",)),), batch=103),
    Public("rm-outo1", _RM, "b103_rm", "b103_rm", "out_o1 = logistic(net_o1)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=103),
    Public("rm-neto2", _RM, "b103_rm", "b103_rm", "net_o2 = weights[6]*out_h1 + weights[7]*out_h2 + bias[1]",
           ((C,),), (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1] + b2",)),), batch=103),
    Public("rm-outo2", _RM, "b103_rm", "b103_rm", "out_o2 = logistic(net_o2)", ((C,),),
           (Twin("value", "a2[1]", ("sigmoid(z2[1])",)),), batch=103),
    # ---- a math-gpt problem page (a problem set with its worked answer): the stored text lost the fraction 1/2
    # (E=12(t-y)^2) and an array's braces (arraylh_1=... array), each run into the prose around it ----------------------
    Public("mg-E", _MG, "b103_mg", "b103_mg", "The loss function is:E=12(t-y)^2The learning rate is:", (), (),
           unreadable="12", batch=103, why="E = \\frac{1}{2}(t - y)^2 on the problem: its fraction stored as 12"),
    Public("mg-arr", _MG, "b103_mg", "b103_mg",
           "Other expressions that you need in this question:arraylh_1=w_1 x_1+w_2 x_2 h_2=w_3 x_1+w_4 x_2 "
           "y=w_5 h_1+w_6 h_2arrayHere is the random initialization of w values:", (), (), unreadable="arraylh_1",
           batch=103, why="\\begin{array}{l} h_1 = w_1 x_1 + w_2 x_2 \\\\ h_2 = ... \\\\ y = w_5 h_1 + w_6 h_2 "
                          "\\end{array} on the problem: the array's commands stored as words glued to the names"),
    # ---- Mazur's example saved into a guevara/read-it-later issue: each formula an HTML <img> whose alt text is the
    # LaTeX without its backslashes (frac{partial E_{total}}{partial out_{o1}}) and whose src is the LaTeX URL-encoded --
    Public("gv-dEdo", _GV, "b103_gv", "b103_gv",
           _img("frac{partial E_{total}}{partial out_{o1}} = -(target_{o1} - out_{o1}) = -(0.01 - 0.75136507) = "
                "0.74136507",
                "%5Cfrac%7B%5Cpartial+E_%7Btotal%7D%7D%7B%5Cpartial+out_%7Bo1%7D%7D+%3D+-%28target_%7Bo1%7D+-+out_"
                "%7Bo1%7D%29+%3D+-%280.01+-+0.75136507%29+%3D+0.74136507"), ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.75136507)", "=0.74136507")),), batch=103,
           why="dE_total/dout_o1 for E_total = sum 1/2 (target - out)^2"),
    Public("gv-out", _GV, "b103_gv", "b103_gv",
           _img("out_{o1} = frac{1}{1+e^{-net_{o1}}}", "out_%7Bo1%7D+%3D+%5Cfrac%7B1%7D%7B1%2Be%5E%7B-net_%7Bo1%7D%7D%7D"),
           ((C,),), (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=103),
    Public("gv-chain", _GV, "b103_gv", "b103_gv",
           _img("frac{partial E_{o1}}{partial out_{h1}} = frac{partial E_{o1}}{partial net_{o1}} * frac{partial "
                "net_{o1}}{partial out_{h1}}",
                "%5Cfrac%7B%5Cpartial+E_%7Bo1%7D%7D%7B%5Cpartial+out_%7Bh1%7D%7D+%3D+%5Cfrac%7B%5Cpartial+E_%7Bo1%7D"
                "%7D%7B%5Cpartial+net_%7Bo1%7D%7D+%2A+%5Cfrac%7B%5Cpartial+net_%7Bo1%7D%7D%7B%5Cpartial+out_%7Bh1%7D"
                "%7D"), ((C,),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]",)),),
           batch=103, why="the part of E_total that o1's error makes, by out_h1 (w5 from h1 to o1)"),
    # ---- the smile issue (147), a Java library's neural network: a code line quoted with its "At line number 708:"
    # and the definition of g on the next line, indented, after "where" -----------------------------------------------
    Public("hs-err", _HS, "b103_hs", "b103_hs", "At line number 708:  error += 0.5 * g * g.", ((W,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*((y[0] - a1[0])*a1[0]*(1 - a1[0]))**2",)),), batch=103,
           why="the library's error summed 0.5 g^2 with g the error signal (target - out) out (1 - out); the maintainer "
               "answers that the error should be 0.5 (output[i] - out)^2 and fixed it: wrong"),
    Public("hs-g", _HS, "b103_hs", "b103_hs", "       where g = (output[i] - out) * out * (1.0 - out)", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=103,
           why="output[i] the target (the code's array of the desired outputs), out the unit's output; g = -dE/dnet"),
    # ---- the Grokking Deep Learning issue (49): the book's error written in Python after prose on its line, and a
    # comment's general derivative after "the general forum for this :" ------------------------------------------------
    Public("it-err", _IT, "b103_it", "b103_it",
           "On page 60 for example, the error is error = ((0.5*weight ) - 0.8) ** 2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("((x[0]*W1[0,0]) - y[0])**2",)),), batch=103,
           why="input 0.5 and goal_pred 0.8, the file's one sample, written in, the weight a symbol: the loss as a "
               "function of the weight at the file's data, right (docs/verdicts.md; the lead's decision after the "
               "blind run, the twin writing the data's symbols where the page writes their numbers)"),
    Public("it-grad", _IT, "b103_it", "b103_it",
           "the general forum for this : 2 * ((input*weight) - goal_pred) * input", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*((x[0]*W1[0,0]) - y[0])*x[0]",)),), batch=103,
           why="the derivative of the error by the weight, with no left side ('forum' for formula)"),
    # ---- frnsys' notes: a Markdown list item "- $...$", f_{i-1}(l_{i-1}) a subscripted function of the layer
    # before, $$ \begin{aligned} ... \end{aligned} $$ blocks of two claims, a continued chain (&= on its own row),
    # f_n'(l_n), an inline $...$ in a sentence ------------------------------------------------------------------------
    Public("fn-l", _FN, "b103_fn", "b103_fn", r"- $l_i = w_i f_{i-1}(l_{i-1}) + b_i$", ((C,),),
           (Twin("value", "{v}", ("{m}",), ({"v": "z1[0]", "m": "W1[0,0]*x[0] + b1[0]"},
                                            {"v": "z2[0]", "m": "W2[0,0]*a1[0] + b2[0]"})),), batch=103,
           why="a rule over the layers i = 1, 2; f_0(l_0) the input"),
    Public("fn-grad", _FN, "b103_fn", "b103_fn",
           _lines("$$", r"\begin{aligned}",
                  r"\frac{\partial J}{\partial w_i} &= \frac{\partial J}{\partial l_i} \frac{\partial l_i}{\partial w_i} "
                  r"\\",
                  r"\frac{\partial J}{\partial b_i} &= \frac{\partial J}{\partial l_i} \frac{\partial l_i}{\partial b_i}",
                  r"\end{aligned}", "$$"), ((C,), (C,)),
           (Twin("gradient", "{p}", ("{g}",), ({"p": "W1[0,0]", "g": f"{_FN_D1}*x[0]"},
                                               {"p": "W2[0,0]", "g": f"{_FN_D2}*a1[0]"})),
            Twin("gradient", "{p}", ("{g}",), ({"p": "b1[0]", "g": _FN_D1}, {"p": "b2[0]", "g": _FN_D2}))),
           batch=103),
    Public("fn-dl", _FN, "b103_fn", "b103_fn",
           _lines("$$", r"\begin{aligned}", r"\frac{\partial l_i}{\partial w_i} &= f_{i-1}(l_{i-1}) \\",
                  r"\frac{\partial l_i}{\partial b_i} &= 1", r"\end{aligned}", "$$"), ((C,), (C,)),
           (Twin("value", "{v}", ("{v}",), ({"v": "x[0]"}, {"v": "a1[0]"})), Twin("value", "1", ("1",))),
           batch=103, why="derivatives of the sum l_i, not of the cost: the previous layer's output and 1"),
    Public("fn-inline", _FN, "b103_fn", "b103_fn",
           r"To clarify, $\frac{\partial l_i}{\partial w_i} = f_{i-1}(l_{i-1})$ just means that it equals the output "
           r"of the previous layer.", ((C,),),
           (Twin("value", "{v}", ("{v}",), ({"v": "x[0]"}, {"v": "a1[0]"})),), batch=103),
    Public("fn-out", _FN, "b103_fn", "b103_fn",
           _lines("$$", r"\begin{aligned}",
                  r"\frac{\partial J}{\partial l_n} &= \frac{\partial J}{\partial f_n(l_n)} "
                  r"\frac{\partial f_n(l_n)}{\partial l_n} \\",
                  r"&= \frac{\partial J}{\partial f_n(l_n)} f_n'(l_n)", r"\end{aligned}", "$$"), ((C, C),),
           (Twin("value", _FN_D2, (_FN_D2, _FN_D2)),), batch=103,
           why="dJ/dl_n, n = 2 the output layer; dJ/df_n(l_n) the cost's derivative by the output"),
]
