r"""Batch 158 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on homework and exam
solutions as students hand them in: per-weight chains of \frac{\partial ...} factors, deltas by layer, worked numbers;
every address a stored file whose repository the index does not name): a Chinese worked example of backpropagation
on a 2-3-2 sigmoid network (stored file 5671673225: $$ displays with numbers to six digits, two slips in middle
members, E_{o1} written twice, then a Python bp_demo whose gradients are half its loss's), a Korean Obsidian note on
Mazur's network (stored file 53782382527: $$ displays over several lines, \times between the chain's factors,
output_{o1} = o_1 "표기법 차이"), a Chinese blog post on CNN backpropagation recapping the DNN's four rules (stored file
33552620503: "- #### $...$" lines, \sigma^{\prime}, \bigodot, outh for the outputs), two of Stephen Lynch's MATLAB
programs (stored files 56000252153, Prog_23c.m, and 40336839913, Program_07c.m: dErrdw13=(yt-y)*..., the sign
turned), a Spanish tutorial chapter on the MLP (stored file 66611304097: Mazur's numbers on a 2-2-1 network to four
digits, \boldsymbol and \mathbf, \leftarrow updates worked in numbers), Italian exam notes (stored file 69837322828:
question 17, "Aggiornamento dei pesi in una MLP 1 -> 1 -> 1 -> 1", a for the sums and z for the outputs, \big( and
\,) and a jupytext notebook on neural networks (stored file 28393105549: $$ displays over three # comment lines,
identity activations, L = (y - y_hat)^2). Copied verbatim, typos and mistakes included (the JSON-escaped text of the
stored files decoded), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: Mazur's names for the Chinese example, w_7, w_9, w_11 into o1 and
w_8, w_10, w_12 into o2 as its numbers confirm, target alone the first output's; the code's dw2, dw1, dout_h its
gradients as named, sigmoid_backward declared "sigmoid' at output"; the Korean note's W_1 ... W_8 Mazur's, z_3, z_4
the output sums; the CNN post's w_{ij}^{(l)} into unit i of layer l, outh^{(0)} the input, delta^{(l)} =
dE_total/dnet^{(l)} its definition; Lynch's h1, h2 the hidden SUMS and o1 the output's, dErrdw13 the derivative by
w13 as named; the Spanish chapter's W_{ij}^{(l)} from neuron j to neuron i, delta^{(l)} = dL/dz^{(l)} its definition;
the Italian notes' w_{ji}^{(l)} from neuron j of layer l-1 to neuron i of layer l, a_i^{(l)} the sums, z_i^{(l)} the
outputs, L the last layer (3) in superscripts and the loss elsewhere, as the notes' own warning says; the notebook's
w_{ij}^{(l)} into neuron i of layer l+1, h^{(1)} the inputs), a network of the kind the page describes (with the
page's numbers where it gives them: the Chinese example's l = (5, 10), labels 0.01 and 0.99, shared biases 0.35 and
0.65, its w's from the net_h and out_o numbers, rate 0.5; the bp_demo's own w2 and np.sum((out_o - label)**2), the
squared error with no 1/2; Lynch's x1 = x2 = 1, w11 ... w23, biases -1, yt = 0, eta = 0.1, the error 1/2 (yt - y)^2
of his book; the Spanish chapter's W^{(1)}, b^{(1)}, W^{(2)}, b^{(2)}, x = (0.05, 0.10), y = 1, eta = 0.5; tanh and
half the squared error for the Italian notes' unnamed f and L; all in tests/public_formulas_batch158_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A derivative by an output or a hidden output (dE/dout_o1, dL/da^{(2)}, dout_h), a sigmoid's slope
(dout_o1/dnet_o1, f'(z^{(2)})), a sum's derivative by a weight or an output (dnet_o1/dw_7, dz_3/dW_5, dz_3/dh_1) and
a page's delta (delta^{(2)}, delta_i^{(L)}, delta_i^{(l)}) are twinned as values, as in batches 14 to 157. Formulas
keep their page's delimiters and what surrounds them on their line (a code line's indentation, a "- #### " before an
inline formula, a trailing space after $$, the notebook's "# " before each line of its displays).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 158

The batch: 46 formulas from 8 addresses (the Chinese worked example 8: its Markdown 5 and its bp_demo 3, the Korean
note 6, the CNN post 6, Prog_23c.m 4, Program_07c.m 2, the Spanish chapter 8, the Italian notes 8, the notebook 4).
37 are in documents that hold LaTeX (the Chinese Markdown 5, the Korean note 6, the CNN post 6, the Spanish chapter 8,
the Italian notes 8, the notebook 4), 9 in code (Python/NumPy 3, MATLAB 6). By kind: 22 gradients, 14 values, 7
updates, 3 deltas twinned as the sums' gradients.

9 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Chinese example's zm-sp, ... =out_{o1}(1-out_{o1})=0.891090(0.01-0.891090)=0.097049: the middle member puts
  the label 0.01 for the 1 of 1 - out_o1 (-0.785; the result 0.097049 is right);
- the Chinese example's zm-dnet, \frac{\partial net_{o1}}{\partial w_{7}}=1 \times out_{h1} \times w_{7} + 0 + 0 +
  0=0.912934: w_7 kept as a factor (Mazur's page writes w_5^{(1-1)}, its power 0): out_h1 w_7 = 0.365, not out_h1;
- the Chinese example's zm-w1, ... = (\frac{\partial E_{o1}}{\partial out_{h1}} + \frac{\partial E_{o1}}{\partial
  out_{h1}}) ...: E_{o1} twice where the second term is E_{o2}'s (its chain of fractions before it right);
- the bp_demo's zc-dw2 and zc-dout, dw2 = (out_o - label) * sigmoid_backward(out_o) @ out_h.T and dout_h = w2.T @
  ((out_o - label) * sigmoid_backward(out_o)): half the gradients of the code's loss np.sum((out_o - label)**2),
  which has no 1/2 (its dw1, through dout_h, right as written in it);
- Lynch's ly-d13, ly-d23 and l7-d23, dErrdw13=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h1); and its w23 twin: the
  sign turned under 1/2 (yt - y)^2 (the updates w13=w13-eta*dErrdw13; right as written in the derivative as named);
- the notebook's nb-w1, ... = 2 \left(y - \hat{y}\right)(-1)\cdot w_{11}^{(1)} \cdot h_{1}^{(1)}: the first
  layer's weight w_{11}^{(1)} where dy_hat/dh_1^{(2)} is the output's w_{11}^{(2)} (its chain of fractions right).

Not mistaken, though they look it: the bp_demo's dw1 and Lynch's updates after a wrong line (the names are the
gradients, as named: right as written in them); the Chinese example's results 0.097049 and 0.912934 (right where
the members before them are not); the CNN post's delta^{(l)} = \sum_j delta_j^{(l+1)} w_{ji}^{(l+1)}
sigma'(net_i^{(l)}) whose left side drops the i its right side keeps (read as entry i); the Korean note's -target_{o1}
+ output_{o1}; the notebook's 2 (y - y_hat)(-1), the squared error's derivative with no 1/2; the Spanish chapter's
numbers rounded to four digits (0.40 + 0.0138 = 0.4138).

What was left out: the Chinese example's forward numbers, its chain for w_7 in fractions and its dE/dw_7 = 0.88109 *
0.097049 * 0.912934 = 0.078064 (to keep the file at 8), the second line of its w_1 core (the sum alone), its code's
updates and matmul_grad/matrix_grad_demo (other problems); the Korean note's aligned blocks (dE/dh_1 as a sum over
both outputs, dE_o1/do_1 within an aligned E_o1 definition); the CNN post's \bigtriangledown_{out} E_{total} rules
for the output's delta (a gradient by the outputs written as an operator, no name a notation gives) and its
convolution and pooling rules (another network); Lynch's forward lines and the other copy's first two lines (the same
as Prog_23c.m's); the Spanish chapter's general derivation, its hidden deltas' and first layer's gradients worked
with rounded deltas (-0.0045 x 0.05 = -0.000225 against -0.000224: a rounding no digit count settles) and its
\begin{pmatrix} vectors; the Italian notes' "Ponendo" lines (definitions inside prose) and the momentum and Adam
formulas; the notebook's forward displays and its align blocks. Pages read and not taken: the Chinese notes with w_a^+
= w_1 + \eta \frac{\partial E_{total}}{\partial w_1} (stored file 15010851374: a name w_a^+ and E_total without its
braces in the next line, a deep chain no page defines), an English tutorial with numbers rounded to one digit (stored
file 56982484958: 0.6 for sigmoid(0.49) = 0.62, -0.4 x 0.24 = -0.1), Lynch's Python copy (stored file 26755055827, used
by an earlier batch), hsiaocy/hw2 and wdmdev's quiz solution (used by earlier batches).

Collected on 2026-12-07 (17:21 to 17:29 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 9 loaded as first written. The oracle's first run passed every verdict as first transcribed (46 entries and the
batch's two checks).

Run blind at main fdc66fd (/work/READY_FOR_BLIND61; src/ as at fdc66fd, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (/work/batch158_blind.txt): 40 of 46 read with every
verdict right (87%), 6 refused, no typo (none in the batch), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT.
No refusal was a slip of the notations or the twins (all six are the CNN post's lines as the page writes them, "- ####
$...$"), so the batch was run once; tests/test_public_formulas_held_out.py -k "b158-" passed after the rebase, check's
never-wrong-called-correct test included.

Of the 9 mistaken formulas, all 9 were read with their wrong member called wrong: zm-sp (the label 0.01 for the 1 of
1 - out_o1), zm-dnet (w_7 kept as a factor), zm-w1 (E_{o1} twice), zc-dw2 and zc-dout (half the gradients of a loss
with no 1/2), ly-d13, ly-d23 and l7-d23 (the sign turned), nb-w1 (w_{11}^{(1)} for the output's w_{11}^{(2)}). By
page: the Chinese worked example 8 of 8 (its Markdown 5, its bp_demo 3), the Korean note 6 of 6, the CNN post 0 of 6,
Prog_23c.m 4 of 4, Program_07c.m 2 of 2, the Spanish chapter 8 of 8, the Italian notes 8 of 8, the notebook 4 of 4.

The refusals by construct, with the exact message:

- a Markdown list item holding a heading before an inline formula, "- #### $...$" (5): cn-db, cn-dw, cn-recm, cn-dbm
  and cn-dwm, each "formula '- #### $\\frac{\\partial E_{total}}{\\partial bias_i^{(l)}}=...': '- ' at the start of
  the line reads as a list's bullet or as a minus on what follows, and the two readings do not agree; write the line
  without the bullet, or (-...) in parentheses for the negative" (the quoted opening each entry's own);
- the same line with a left side that is a delta, cn-rec (1): "formula '- #### $\\delta^{(l)} = \\sum_j
  \\delta_j^{(l+1)} w_{ji}^{(l...': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name
  the parameter with --param" (the left side delta^{(l)} is there: the message misnames the refusal, which looks to be
  the same "- ####" prefix's).

Read, among the constructs these pages brought: $$ displays with a trailing space, the power rule written out with *-1
and + 0, a number before a parenthesis as a product (0.891090(0.01-0.891090), its label slip called wrong), a sum of
\frac's in parentheses times two more (zm-w1's E_{o1} twice called wrong); NumPy's @ and * of one precedence, .T,
sigmoid_backward declared of the output, a loss with no 1/2 (zc-dw2, zc-dout called wrong); $$ displays over several
lines with = at a line's start or end, \times in a chain of fractions, -target_{o1} + output_{o1}; MATLAB lines ending
in ; with sigmoid(...) of the sums (the turned signs called wrong); \boldsymbol and \mathbf, \left( \right)^T, \odot,
f'(z^{(2)}) and \sigma'(1.1059) in numbers, \leftarrow updates worked in numbers; \big( \big), \, between factors,
\hat y_1 without braces, L as both the last layer and the loss, \sum_{k=1}^{N^{(l+1)}}, w_{ji}^{(l)} and w_{ik}^{(l+1)}
of one pattern; $$ displays whose three lines each begin with "# " (nb-w1's w_{11}^{(1)} called wrong).

Which look general: the "- #### " prefix (a Markdown list item whose content is a heading) before an inline formula,
refused as an ambiguous bullet or minus on 5 lines and as having no left side on the sixth: any page that bullets its
headings (blog posts converted from notes do) loses every formula so written; the "no left side" message of cn-rec,
where the left side delta^{(l)} is written, looks a misnamed refusal of the same prefix.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch158_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZH = _STORED.format(5671673225, "# 神经网络案例展示",
                     "a Chinese worked example of backpropagation (a 2-3-2 sigmoid network with numbers, $$ displays), "
                     "then a Python bp_demo on the same network")
_KO = _STORED.format(53782382527, "---",
                     "a Korean Obsidian note on backpropagation (역전파): Mazur's network, $$ displays over several lines")
_CN = _STORED.format(33552620503, "---",
                     "a Chinese blog post on CNN backpropagation recapping the DNN's four rules under #### headings")
_LY = _STORED.format(56000252153, "% Prog_23c.m: Simple Backpropagation.",
                     "Stephen Lynch's MATLAB program: a 2-2-1 sigmoid network, two output weights updated by hand")
_L7 = _STORED.format(40336839913, "% Program_07c.m: Simple Backpropagation.",
                     "Stephen Lynch's MATLAB program of chapter 7 (Springer 2025): the same lines with sigmoid an "
                     "anonymous function")
_ES = _STORED.format(66611304097, "# 2. El Perceptrón Multicapa (MLP)",
                     "a Spanish tutorial chapter on the MLP: a numeric backpropagation example to four digits")
_IT = _STORED.format(69837322828, "# AI nonnina — versione Gemini",
                     "Italian exam notes (an Obsidian vault): question 17, the weights' updates of an MLP 1 -> 1 -> 1 "
                     "-> 1")
_NB = _STORED.format(28393105549, "#!/usr/bin/env python",
                     "a jupytext notebook on neural networks: Markdown cells as # comments, $$ displays over three "
                     "commented lines")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_I3 = tuple({"i": i} for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# the Chinese example's 2-3-2 sigmoid network under half the squared error: dE/dnet_o[k]
_ZM_D = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ZM_D0 = _ZM_D.format(k=0)
_ZM_D1 = _ZM_D.format(k=1)
_ZM_W1 = f"({_ZM_D0}*W2[0,0] + {_ZM_D1}*W2[1,0])*a1[0]*(1 - a1[0])*x[0]"

# its bp_demo under loss = np.sum((out_o - label)**2): the true dloss/dout_h[j]; the code's, half of it
_ZC_A1 = " + ".join(f"2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))
_ZC_A1_HALF = " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_ZC_D1 = f"({_ZC_A1})*a1[{{j}}]*(1 - a1[{{j}}])"

# Mazur's 2-2-2 network of the Korean note
_KO_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KO_D1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_KO_W1 = f"({_KO_D0}*W2[0,0] + {_KO_D1}*W2[1,0])*a1[0]*(1 - a1[0])*x[0]"

# the CNN post's 2-3-2 sigmoid network: dE/dnet^{(2)}_k, dE/dnet^{(1)}_i
_CN_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CN_D1 = ("(" + " + ".join(f"{_CN_D2.format(k=k)}*W2[{k},{{i}}]" for k in range(2))
          + ")*a1[{i}]*(1 - a1[{i}])")
_CN_B = (tuple({"p": f"b1[{i}]", "m": _CN_D1.format(i=i)} for i in range(3))
         + tuple({"p": f"b2[{k}]", "m": _CN_D2.format(k=k)} for k in range(2)))
_CN_W = (tuple({"p": f"W1[{i},{j}]", "m": f"x[{j}]*{_CN_D1.format(i=i)}"} for i in range(3) for j in range(2))
         + tuple({"p": f"W2[{k},{j}]", "m": f"a1[{j}]*{_CN_D2.format(k=k)}"} for k in range(2) for j in range(3)))

# Lynch's 2-2-1 sigmoid network under 1/2 (yt - y)^2: dErr/dw13, dErr/dw23
_LY_13 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
_LY_23 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]"

# the Spanish example's 2-2-1 sigmoid network: dL/dz^{(2)}
_ES_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the Italian 1-1-1-1 tanh network under half the squared error: dL/da^{(3)}, dL/da^{(2)}, dL/da^{(1)}
_IT_D3 = "(a3[0] - y[0])*(1 - a3[0]**2)"
_IT_D2 = f"{_IT_D3}*W3[0,0]*(1 - a2[0]**2)"
_IT_D1 = f"{_IT_D2}*W2[0,0]*(1 - a1[0]**2)"
_IT_G = ({"p": "W1[0,0]", "m": f"{_IT_D1}*x[0]"}, {"p": "W2[0,0]", "m": f"{_IT_D2}*a1[0]"},
         {"p": "W3[0,0]", "m": f"{_IT_D3}*a2[0]"})

# the notebook's 3-2-1 identity network under (y - y_hat)^2: dL/dy_hat
_NB_E = "2*(a2[0] - y[0])"


ENTRIES = [
    # ---- the Chinese worked example (Markdown, $$ displays, a trailing space after some): the chain for w_7 and
    # its factors in numbers, two slips in the middle members, and the hidden weight's chain with E_{o1} twice ----
    Public("r8-zm-w7", _ZH, "b158_zm", "b158_zm",
           "$$\\frac{\\partial E_{total}}{\\partial w_{7}} = -(target - out_{o1}) \\times out_{o1} \\times "
           "(1-out_{o1}) \\times out_{h1}$$ ", ((C,),),
           (Twin("gradient", "W2[0,0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=158,
           why="target, the first output's (the section's only one), a value of the page"),
    Public("r8-zm-dout", _ZH, "b158_zm", "b158_zm",
           "$$\\frac{\\partial E_{total}}{\\partial out_{o1}}=2 \\times \\frac{1}{2}(target_{o1}-out_{o1})^{2-1} *-1+0"
           "=-(0.01-0.891090)=0.88109$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]",
                 ("2*(1/2)*(y[0] - a2[0])**(2 - 1)*(-1) + 0", "=-(0.01 - 0.891090)", "=0.88109")),), batch=158,
           why="the power rule written out with *-1 and + 0, a value; out_o1 = 0.891090 (net_o1 = 2.1019206)"),
    Public("r8-zm-sp", _ZH, "b158_zm", "b158_zm",
           "$$\\frac{\\partial out_{o1}}{\\partial net_{o1}}=out_{o1}(1-out_{o1})=0.891090(0.01-0.891090)=0.097049$$",
           ((C, W, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "=0.891090*(0.01 - 0.891090)", "=0.097049")),), batch=158,
           why="the middle member 0.891090(0.01-0.891090) puts the label 0.01 for the 1 of 1 - out_o1 (-0.785, the "
               "page's slip); the result 0.097049 is right"),
    Public("r8-zm-dnet", _ZH, "b158_zm", "b158_zm",
           "$$\\frac{\\partial net_{o1}}{\\partial w_{7}}=1 \\times out_{h1} \\times w_{7} + 0 + 0 + 0=0.912934$$",
           ((W, C),), (Twin("value", "a1[0]", ("1*a1[0]*W2[0,0] + 0 + 0 + 0", "=0.912934")),), batch=158,
           why="1 x out_h1 x w_7: w_7 kept where Mazur's page writes w_5^{(1-1)} (its power 0): out_h1 w_7 = 0.365, "
               "not the 0.912934 the page gives (the page's slip, its result right)"),
    Public("r8-zm-w1", _ZH, "b158_zm", "b158_zm",
           "$$\\frac{\\partial E_{total}}{\\partial w_{1}} = \\frac{\\partial E_{total}}{\\partial out_{h1}} "
           "\\frac{\\partial out_{h1}}{\\partial net_{h1}} \\frac{\\partial net_{h1}}{\\partial w_{1}} = (\\frac{"
           "\\partial E_{o1}}{\\partial out_{h1}} + \\frac{\\partial E_{o1}}{\\partial out_{h1}}) \\frac{\\partial "
           "out_{h1}}{\\partial net_{h1}} \\frac{\\partial net_{h1}}{\\partial w_{1}}$$", ((C, W),),
           (Twin("gradient", "W1[0,0]",
                 (_ZM_W1, f"2*{_ZM_D0}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]")),), batch=158,
           why="E_{o1} written twice in the sum, where E_{o2}'s term was meant: twice the first output's share, not "
               "the two outputs' (the page's slip)"),
    # ---- the same file's bp_demo (eight-space indentation): columns, @, .T, sigmoid_backward of the outputs, under
    # loss = np.sum((out_o - label)**2) with no 1/2: the gradients at half their size --------------------------------
    Public("r8-zc-dw2", _ZH, "b158_zc", "b158_zc",
           "        dw2 = (out_o - label) * sigmoid_backward(out_o) @ out_h.T", ((W,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _K2J3),),
           batch=158,
           why="the code's loss is np.sum((out_o - label)**2), no 1/2: its gradient is 2 (out_o - label) ...; the "
               "line is half of it (the code's slip); * and @ of one precedence, left to right"),
    Public("r8-zc-dout", _ZH, "b158_zc", "b158_zc",
           "        dout_h = w2.T @ ((out_o - label) * sigmoid_backward(out_o))", ((W,),),
           (Twin("value", _ZC_A1, (_ZC_A1_HALF,), _J3),), batch=158,
           why="the loss's gradient by the hidden outputs, a value: half of it under np.sum((out_o - label)**2)"),
    Public("r8-zc-dw1", _ZH, "b158_zc", "b158_zc",
           "        dw1 = dout_h * sigmoid_backward(out_h) @ input.T", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZC_D1}*x[{{i}}]",), _J3I2),), batch=158,
           why="dout_h the gradient by the hidden outputs, as named: right as written in it (wrong only through the "
               "line that computes it)"),
    # ---- the Korean note: $$ displays over several lines, \times between the chain's factors, a trailing space
    # after = on some lines ---------------------------------------------------------------------------------------
    Public("r8-ko-w5", _KO, "b158_ko", "b158_ko",
           "$$\n\\frac{\\partial E_{total}}{\\partial W_5} = \n\\frac{\\partial E_{total}}{\\partial o_1} \\times\n"
           "\\frac{\\partial o_1}{\\partial z_3} \\times\n\\frac{\\partial z_3}{\\partial W_5}\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_KO_D0}*a1[0]",)),), batch=158, why="the chain rule (역전파 1단계)"),
    Public("r8-ko-do", _KO, "b158_ko", "b158_ko",
           "$$\n\\frac{\\partial E_{total}}{\\partial o_1} =\n-target_{o1} + output_{o1}\n$$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-y[0] + a2[0]",)),), batch=158,
           why="output_{o1} = o_1 (the note's \"표기법 차이\"), a value"),
    Public("r8-ko-sp", _KO, "b158_ko", "b158_ko",
           "$$\n\\frac{\\partial o_1}{\\partial z_3} =\no_1 \\times (1 - o_1)\n$$", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=158),
    Public("r8-ko-dz", _KO, "b158_ko", "b158_ko", "$$\n\\frac{\\partial z_3}{\\partial W_5}\n= h_1\n$$", ((C,),),
           (Twin("value", "a1[0]", ("a1[0]",)),), batch=158, why="the = at the start of the second line"),
    Public("r8-ko-w1", _KO, "b158_ko", "b158_ko",
           "$$\n\\frac{\\partial E_{total}}{\\partial W_1} =\n\\frac{\\partial E_{total}}{\\partial h_1} \\times\n"
           "\\frac{\\partial h_1}{\\partial z_1} \\times\n\\frac{\\partial z_1}{\\partial W_1}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (_KO_W1,)),), batch=158, why="역전파 2단계"),
    Public("r8-ko-dh", _KO, "b158_ko", "b158_ko", "$$\n\\frac{\\partial z_3}{\\partial h_1} =\nW_5\n$$", ((C,),),
           (Twin("value", "W2[0,0]", ("W2[0,0]",)),), batch=158),
    # ---- the Chinese CNN post's recap of the DNN rules: "- #### " before each inline $...$, \sigma^{\prime},
    # \bigodot for the entrywise product, outh for the outputs; the rules over l ---------------------------------------
    Public("r8-cn-rec", _CN, "b158_cn", "b158_cn",
           "- #### $\\delta^{(l)} = \\sum_j \\delta_j^{(l+1)} w_{ji}^{(l+1)}  \\sigma^{\\prime}(net_i^{(l)})$",
           ((C,),), (Twin("gradient_z", "z1[{i}]", (_CN_D1,), _I3),), batch=158,
           why="l = 1, the hidden layer (the output's delta is another rule); the left side's delta^{(l)} without the "
               "i its right side keeps, entry i of the vector"),
    Public("r8-cn-db", _CN, "b158_cn", "b158_cn",
           "- #### $\\frac{\\partial E_{total}}{\\partial bias_i^{(l)}}=\\delta_i^{(l)}$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CN_B),), batch=158, why="every bias of both layers"),
    Public("r8-cn-dw", _CN, "b158_cn", "b158_cn",
           "- #### $\\frac{\\partial E_{total}}{\\partial w_{ij}^{(l)}}=outh_j^{(l-1)}\\delta_i^{(l)}$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CN_W),), batch=158, why="every weight, outh^{(0)} the input"),
    Public("r8-cn-recm", _CN, "b158_cn", "b158_cn",
           "- #### $\\delta^{(l)} = (w^{(l+1)})^T \\delta^{(l+1)} \\bigodot  \\sigma^{\\prime}(net^{(l)})$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_CN_D1,), _I3),), batch=158, why="the matrix form, \\bigodot"),
    Public("r8-cn-dbm", _CN, "b158_cn", "b158_cn",
           "- #### $\\frac{\\partial E_{total}}{\\partial bias^{(l)}}=\\delta^{(l)}$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CN_B),), batch=158),
    Public("r8-cn-dwm", _CN, "b158_cn", "b158_cn",
           "- #### $\\frac{\\partial E_{total}}{\\partial w^{(l)}}=\\delta^{(l)}(outh^{(l-1)})^T$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CN_W),), batch=158, why="a column times a row"),
    # ---- Lynch's Prog_23c.m: MATLAB lines ending in ;, the error's derivative by w13 written (yt-y)*...: its sign
    # turned (the error is 1/2 (yt - y)^2), and the updates subtracting it ------------------------------------------
    Public("r8-ly-d13", _LY, "b158_ly", "b158_ly", "dErrdw13=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h1);",
           ((W,),), (Twin("gradient", "W2[0,0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=158,
           why="dErr/dw13 = -(yt - y) y (1 - y) sigmoid(h1) under 1/2 (yt - y)^2: the sign turned (the program's "
               "slip; its w13 then moves uphill)"),
    Public("r8-ly-w13", _LY, "b158_ly", "b158_ly", "w13=w13-eta*dErrdw13;", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_LY_13}",)),), batch=158,
           why="dErrdw13 the derivative by w13, as named: the step right as written in it"),
    Public("r8-ly-d23", _LY, "b158_ly", "b158_ly", "dErrdw23=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h2);",
           ((W,),), (Twin("gradient", "W2[0,1]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[1]",)),), batch=158,
           why="the same turned sign for w23"),
    Public("r8-ly-w23", _LY, "b158_ly", "b158_ly", "w23=w23-eta*dErrdw23;", ((C,),),
           (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_LY_23}",)),), batch=158),
    # ---- Program_07c.m: the same two lines for w23 in the chapter's copy --------------------------------------------
    Public("r8-l7-d23", _L7, "b158_l7", "b158_l7", "dErrdw23=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h2);",
           ((W,),), (Twin("gradient", "W2[0,1]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[1]",)),), batch=158,
           why="the sign turned, as in Prog_23c.m"),
    Public("r8-l7-w13", _L7, "b158_l7", "b158_l7", "w13=w13-eta*dErrdw13;", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_LY_13}",)),), batch=158),
    # ---- the Spanish tutorial's numeric example ($$ displays, \times, numbers to four digits) -----------------------
    Public("r8-es-dl", _ES, "b158_es", "b158_es",
           "$$\\frac{\\partial L}{\\partial a^{(2)}} = -(y - \\hat{y}) = -(1 - 0.7514) = -0.2486$$", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(1 - 0.7514)", "=-0.2486")),), batch=158),
    Public("r8-es-fp", _ES, "b158_es", "b158_es",
           "$$f'(z^{(2)}) = \\sigma'(1.1059) = 0.7514 \\times (1 - 0.7514) = 0.7514 \\times 0.2486 = 0.1868$$",
           ((C, C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("=1/(1 + np.exp(-1.1059))*(1 - 1/(1 + np.exp(-1.1059)))", "=0.7514*(1 - 0.7514)",
                  "=0.7514*0.2486", "=0.1868")),), batch=158, why="the sigmoid's slope at the output's sum, a value"),
    Public("r8-es-d2", _ES, "b158_es", "b158_es", "$$\\delta^{(2)} = -0.2486 \\times 0.1868 = -0.0464$$", ((C, C),),
           (Twin("value", _ES_D2, ("=-0.2486*0.1868", "=-0.0464")),), batch=158,
           why="delta^{(2)} = dL/dz^{(2)} (the page's definition), a value"),
    Public("r8-es-w11", _ES, "b158_es", "b158_es",
           "$$\\frac{\\partial L}{\\partial W_{11}^{(2)}} = \\delta^{(2)} \\cdot a_1^{(1)} = -0.0464 \\times 0.5933 = "
           "-0.0275$$", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_ES_D2}*a1[0]", "=-0.0464*0.5933", "=-0.0275")),), batch=158),
    Public("r8-es-rec", _ES, "b158_es", "b158_es",
           "$$\\boldsymbol{\\delta}^{(1)} = \\left(\\mathbf{W}^{(2)}\\right)^T \\delta^{(2)} \\odot f'(\\mathbf{z}^{"
           "(1)})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_ES_D2}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=158,
           why="\\boldsymbol and \\mathbf for the vectors, a scalar delta^{(2)}"),
    Public("r8-es-fp1", _ES, "b158_es", "b158_es",
           "$$f'(z_1^{(1)}) = \\sigma(0.3775)(1 - \\sigma(0.3775)) = 0.5933 \\times 0.4067 = 0.2413$$", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("=1/(1 + np.exp(-0.3775))*(1 - 1/(1 + np.exp(-0.3775)))", "=0.5933*0.4067", "=0.2413")),),
           batch=158),
    Public("r8-es-up", _ES, "b158_es", "b158_es",
           "$$W_{11}^{(2)} \\leftarrow 0.40 - 0.5 \\times (-0.0275) = 0.40 + 0.0138 = 0.4138$$", ((C, C, C),),
           (Twin("update", "W2[0,0]", ("=0.40 - 0.5*(-0.0275)", "=0.40 + 0.0138", "=0.4138")),), batch=158,
           why="eta = 0.5 (the page's Paso 5)"),
    Public("r8-es-b2", _ES, "b158_es", "b158_es",
           "$$b^{(2)} \\leftarrow 0.60 - 0.5 \\times (-0.0464) = 0.60 + 0.0232 = 0.6232$$", ((C, C, C),),
           (Twin("update", "b2[0]", ("=0.60 - 0.5*(-0.0464)", "=0.60 + 0.0232", "=0.6232")),), batch=158),
    # ---- the Italian exam notes: \big( and \, in $$ displays, a for the sums and z for the outputs, L both the loss
    # and the last layer -------------------------------------------------------------------------------------------
    Public("r8-it-gen", _IT, "b158_it", "b158_it",
           "$$\\frac{\\partial L}{\\partial w_{ji}^{(l)}} = \\delta_i^{(l)}\\,z_j^{(l-1)}$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _IT_G),), batch=158,
           why="every weight of the 1-1-1-1 network, z^{(0)} the input x_1"),
    Public("r8-it-dL", _IT, "b158_it", "b158_it",
           "$$\\delta_i^{(L)} = f'\\big(a_i^{(L)}\\big)\\,\\frac{\\partial L}{\\partial \\hat y_i}$$", ((C,),),
           (Twin("value", _IT_D3, (_IT_D3,)),), batch=158,
           why="L the last layer in the superscript, the loss in the fraction (the notes' own warning), a value"),
    Public("r8-it-dh", _IT, "b158_it", "b158_it",
           "$$\\delta_i^{(l)} = f'\\big(a_i^{(l)}\\big)\\sum_{k=1}^{N^{(l+1)}} \\delta_k^{(l+1)}\\,w_{ik}^{(l+1)}$$",
           ((C,),), (Twin("value", "{t}", ("{t}",), ({"t": _IT_D1}, {"t": _IT_D2})),), batch=158,
           why="the hidden layers' deltas, a value at l = 1 and l = 2 (N^{(l+1)} = 1)"),
    Public("r8-it-w3", _IT, "b158_it", "b158_it",
           "$$\\frac{\\partial L}{\\partial w_{11}^{(3)}} = \\frac{\\partial L}{\\partial \\hat y_1}\\,f'\\big("
           "a_1^{(3)}\\big)\\,z_1^{(2)}$$", ((C,),), (Twin("gradient", "W3[0,0]", (f"{_IT_D3}*a2[0]",)),), batch=158),
    Public("r8-it-w2", _IT, "b158_it", "b158_it",
           "$$\\frac{\\partial L}{\\partial w_{11}^{(2)}} = \\delta_1^{(3)}\\,w_{11}^{(3)}\\,f'\\big(a_1^{(2)}\\big)\\,"
           "z_1^{(1)}$$", ((C,),), (Twin("gradient", "W2[0,0]", (f"{_IT_D2}*a1[0]",)),), batch=158),
    Public("r8-it-w1", _IT, "b158_it", "b158_it",
           "$$\\frac{\\partial L}{\\partial w_{11}^{(1)}} = \\delta_1^{(2)}\\,w_{11}^{(2)}\\,f'\\big(a_1^{(1)}\\big)\\,"
           "x_1$$", ((C,),), (Twin("gradient", "W1[0,0]", (f"{_IT_D1}*x[0]",)),), batch=158),
    Public("r8-it-u3", _IT, "b158_it", "b158_it",
           "$$w_{11}^{(3)} \\leftarrow w_{11}^{(3)} - \\eta\\,\\delta_1^{(3)} z_1^{(2)}$$", ((C,),),
           (Twin("update", "W3[0,0]", (f"W3[0,0] - eta*{_IT_D3}*a2[0]",)),), batch=158),
    Public("r8-it-u1", _IT, "b158_it", "b158_it",
           "$$w_{11}^{(1)} \\leftarrow w_{11}^{(1)} - \\eta\\,\\delta_1^{(1)} x_1$$", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_IT_D1}*x[0]",)),), batch=158),
    # ---- the jupytext notebook: each $$ display over three lines, every line a # comment; the first layer's
    # weight's chain ends with w_{11}^{(1)} where the output's w_{11}^{(2)} belongs --------------------------------
    Public("r8-nb-w11", _NB, "b158_nb", "b158_nb",
           "# $$\n# \\frac{\\partial L}{\\partial w_{11}^{(2)}} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{"
           "\\partial \\hat{y}}{\\partial w_{11}^{(2)}} = 2 \\left(y - \\hat{y}\\right)(-1)\\cdot h_{1}^{(2)}\n# $$",
           ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_NB_E}*a1[0]", "2*(y[0] - a2[0])*(-1)*a1[0]")),), batch=158),
    Public("r8-nb-w12", _NB, "b158_nb", "b158_nb",
           "# $$\n# \\frac{\\partial L}{\\partial w_{12}^{(2)}} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{"
           "\\partial \\hat{y}}{\\partial w_{12}^{(2)}} = 2 \\left(y - \\hat{y}\\right)(-1)\\cdot h_{2}^{(2)}\n# $$",
           ((C, C),),
           (Twin("gradient", "W2[0,1]", (f"{_NB_E}*a1[1]", "2*(y[0] - a2[0])*(-1)*a1[1]")),), batch=158),
    Public("r8-nb-b", _NB, "b158_nb", "b158_nb",
           "# $$\n# \\frac{\\partial L}{\\partial b^{(2)}} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{\\partial "
           "\\hat{y}}{\\partial b^{(2)}} = 2 \\left(y - \\hat{y}\\right)(-1)\\cdot 1\n# $$", ((C, C),),
           (Twin("gradient", "b2[0]", (_NB_E, "2*(y[0] - a2[0])*(-1)*1")),), batch=158),
    Public("r8-nb-w1", _NB, "b158_nb", "b158_nb",
           "# $$\n# \\frac{\\partial L}{\\partial w_{11}^{(1)}} = \\frac{\\partial L}{\\partial \\hat{y}} \\frac{"
           "\\partial \\hat{y}}{\\partial h_1^{(2)}} \\frac{\\partial h_1^{(2)}}{\\partial w_{11}^{(1)}} = 2 \\left(y "
           "- \\hat{y}\\right)(-1)\\cdot w_{11}^{(1)} \\cdot h_{1}^{(1)}\n# $$", ((C, W),),
           (Twin("gradient", "W1[0,0]", (f"{_NB_E}*W2[0,0]*x[0]", "2*(y[0] - a2[0])*(-1)*W1[0,0]*x[0]")),),
           batch=158,
           why="the last member's w_{11}^{(1)}: dy_hat/dh_1^{(2)} is the output's weight w_{11}^{(2)} (the page's "
               "slip); its chain of fractions right"),
]
