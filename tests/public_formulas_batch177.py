r"""Batch 177 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with this batch's emphasis on the classic
literature's notations as students and teachers copy them: Haykin's local gradient delta_j(n) = e_j(n) phi'_j(v_j(n)),
Bishop's delta_k = y_k - t_k, Mitchell's table, Widrow-Hoff's LMS and the delta rule for single-layer nets; every
address a stored file whose repository the index does not name): a Jekyll post on a multilayer perceptron (stored
file 28185004196: Haykin's derivation in $$ displays with \delta for the partial sign and equation tags written
.....(2) inside the display, then a 3-2-2-1 NumPy script), a Portuguese week-3 note on Haykin's sections 4.3 and 4.4
(stored file 51858144151: the generalized delta rule, then a laboratory on one neuron with its numbers), mlp.js
(stored file 53376078183: Haykin's rules in a JavaScript header comment, plain text with Unicode delta, phi, Sigma
and a middle dot), CS3244 notes on Mitchell (stored file 37746950365: the backpropagation algorithm's numbered steps,
two formulas on one line joined by "where", the linear unit's gradient descent), a Korean post on Bishop's PRML 5.3
(stored file 2304340605), a Chinese translation of Mazur's step-by-step example (stored file 2405053343: align blocks,
and the translator's summary), a Korean note on deep-learning basics (stored file 6116265586: the delta rule derived
in one $$ display), an Adaline README (stored file 48537383779), Italian notes on Adaline and the MLP (stored file
22323681232) and two versions of a course's slides on the delta rule (stored files 44727883581 and 24582951698).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: Haykin's and Mitchell's deltas as -dE/dv, "-grad(z3[j])", and Bishop's as dE/da, "grad(z1[j])";
the letters i, j, k, h with fixed roles, indices = "n" as batch 117 wrote Haykin's names, two notations where a
page's j is an output neuron in one rule and a hidden one in the next; w_{ij} declared the same weight as w_{ji}
where a page writes both for one weight (the Jekyll post's "The correction Delta w_{ij}(n) made to the weight is
proportional to the partial derivative delta(E)/delta(w_{ji})", the Korean note's d/dw_{ij} of sum_k x_k w_jk); the
Adaline README's y the output and o the target, as it names them; code helpers declared "sigmoid' at output" where
they compute x (1 - x) of what they are given; new(W1[0, 0]) for the laboratory's novo_peso), a network of the kind
the page describes (with the page's numbers where it gives them: the laboratory's y_i = 0.5, peso_w_ji = 0.8, d_j =
1.0, eta = 0.1; Mazur's network and numbers; the rates the files write, 0.1 and 0.5; all in
tests/public_formulas_batch177_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. An error signal (e_j, erro_j),
a local gradient or error term (delta_j, delta_k, delta_h, the code's d_predicted_output), a correction Delta w, a
chain's factor (dy_j/dv_j, da_j/dw_ji), a slope (derivada_j) and a loss's definition (E, L_D, E^{(k)}, E_{o1}) are
twinned as values, as in batches 14 to 174. Formulas keep their page's delimiters and what surrounds them on their
line (a list item's number and words before the formula, a code line's indentation, a comment's label, the words
after a display); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 177

The batch: 47 formulas from 11 addresses (the Jekyll post 8, the Portuguese note 7, mlp.js 3, the CS3244 notes 6,
the Korean Bishop post 7, the Chinese Mazur translation 5, the Korean basics note 2, the Adaline README 3, the
Italian notes 4, the first slides 1, the second slides 1). 37 are in documents' LaTeX ($$ displays, inline $...$,
align blocks, lines of a display), 10 in code or its comments (Python 7, JavaScript's header comment 3). Their 49
claims (two lines hold two each): 36 values, 9 updates, 4 gradients.

8 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- the Jekyll post's jk-c3, $$ \Delta w_{ij} = \alpha \frac{\delta E}{\delta w_{ij}} .....(3)$$: the correction with
  the gradient's sign (Haykin's is -eta dE/dw);
- the Jekyll post's jk-c4, $$ \Delta w_{ij} = - \alpha e_j(n)\phi'_j(v_j(n))  y_i(n)......(4) $$: (2) put into (3),
  the correction uphill (Haykin's is +eta e_j phi'_j y_i);
- the Chinese Mazur translation's zh-w5: the chain for dE_total/dw5 written through out_{h1} and net_{h1} (the
  hidden unit's) where Mazur's goes through o1: net_{h1} does not depend on w_5, so the written product is 0; its
  numbers are the right chain's;
- the same translation's zh-sum, the translator's summary w_{ji} := w_{ji} - \Delta w_{ji} := w_{ji} -
  \alpha(t_j-y_j)g'(h_j)x_i: it subtracts the delta rule's step, which is already -alpha dE/dw (both members uphill);
- the Korean basics note's dr-def, \Delta w_{ji}=\eta \frac{\partial E}{\partial w_{ij}}: the step along the
  gradient, gradient descent's minus lost;
- the same note's dr-res, \therefore \Delta w_{ji}= - \eta(t_j-y_j)g'(h_j)x_i: the delta rule with its sign
  reversed, carried from the first line;
- the Adaline README's ad-rule, w \leftarrow w + \eta (o-y)x, beside its own E = (o-y)^2 with no 1/2: the gradient
  step at rate eta is w + 2 eta (o - y) x (Wikipedia's rule quoted beside a loss without its 1/2);
- the first slides' sl-rule, \Delta w_{ij} = \eta (\hat{y}_i - y_i)g'(h_j)x_i, with y_i the target and \hat{y}_i the
  actual output (the slide's own words): output minus target, the step's sign reversed (the second slides, a later
  version of the same deck, write y_i - \hat{y}_i, sm-rule, right);
- mistyped (unreadable): the Italian notes' it-chain, \frac{\partial E^{(k)} \mathbf{w}}{\partial \mathbf{w}_j} =
  ...: the error's argument without its parentheses (E^{(k)}(\mathbf{w}) was meant, as the display before writes it),
  a product of the error and the weight vector as written (unreadable="\\mathbf{w}").

Not mistaken, though they look it: the Jekyll post's (2), \frac{\delta E}{\delta w_{ij}} = - e_j(n)\phi'_j(v_j(n))
y_i(n), with w_{ij} for the weight it calls w_ji (the post's own words make them one weight; a notation that read
w_{ij} as the weight from j to i would judge it wrong); its script's += updates (error = target - output: the
code's deltas are -dE/dz); Mitchell's rules' + Delta w (his delta is -dE/dnet); the Korean Bishop post's
\frac{\delta E_n}{\delta w_{ji}} with \delta for the partial sign beside delta_j the error; the Chinese
translation's E_{o1} with \| \| around a number's difference (squared: the same as the square); the Italian notes'
w(k+1) = w(k) - eta (nabla E^{(k)}(w)), the example's index as the step's.

What was left out: the Jekyll post's E(n) = \frac{1}{2} \sum(e_j^2(n)) and E_{avg} = \frac{1}{2} \sum_{n=1}^{N} E(n)
(a slip, 1/2 for Haykin's 1/N, over samples the problem files do not hold), its v_j(n) and y_j(n) forward lines (vj
written without the underscore: vj(n) = \sum wji(n)yi(n)), its first two partial derivatives (dE/de_j = e_j,
de_j/dy_j = -1: derivatives by an error signal no notation names), its line $$ \delta w_{ij} = \alpha \delta
y_j(n)$$ Where $$ \delta_j(n) = ...(5)$$ (a garbled rule beside (5), at most eight taken from the page), the
script's other lines (hidden_weight1 += x.T.dot(d_hidden_layer1)*lr with an x the post never defines, given_input
meant); the Portuguese note's forward lines (v_j = y_i * peso_w_ji, y_j = ...) and its prints; mlp.js's code lines
(this.deltas[l][k] * this.weights[l][k][j], indexed by the loop's layer l) and its momentum rule Δw_ji(n) =
η·δ_j·y_i + α·Δw_ji(n-1) (no momentum in the problem files); the CS3244 notes' momentum rules (\Delta w_{ih}
\leftarrow \eta\delta_k x_i + \alpha\Delta w_{ih}, a slip: delta_k for delta_h, but no momentum in the problem
files), the single sigmoid unit's aligned derivation, the perceptron rule (a threshold unit) and the sum over
examples accumulated in Delta w_i; the Chinese translation's dE_total/dout_{o1} chain (\|target_{o1}-out_{o1}\| for
the derivative: its sign lost, equal here only because the output exceeds the target; a norm no twin transcribes),
the hidden layer's numbers beyond this page's part and the quoted delta-rule blocks written after "> " on every
line; the Korean basics note's other lines of the same display (one garbled, \frac{x_iw_{ij}}{\partial w_{ij}}, and
the last, x_i=:x_i-, unfinished); the Italian notes' nabla written as a list of partials and Haykin's e_j(n) and
E(n) at the end (another network); the slides' other formulas (cross-entropy, softmax and the chain rule on
functions, another network). Pages read and not taken: a MATLAB localgrad.m (stored file 8998423735: Haykin's local
gradient in cell arrays Delta{j}, which no notation pattern names), a Portuguese Octave backward function with
Haykin's a tanh(b v) and the bias in the weight matrix's first column (stored file 21499497929), the Mitchell notes
used by batch 167 and another copy of them (stored file 28198505349: the same table), Korean, Japanese and HTML
copies of Bishop's 5.3 (stored files 1334411038, 71395214923, 65913237177) and a Java neuron whose comment states
the delta rule (stored file 26191872248).

Collected on 2026-12-07 (22:40 to 22:50 by the machine's clock, the oracle's run included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 15 pairs loaded as first written (b177_ml's "N" = "1" was added after the first blind run,
see below). The oracle's first run passed every verdict as first transcribed (46 entries and
the batch's two checks; the mistyped entry has no verdicts).

Run blind at main 3a066af (/work/READY_FOR_BLIND64; src/ as at 3a066af, main's last change to it). The gate's
commit is an ancestor of this branch (main's tip f087316c, which it was cut from, adds only batches 171 to 174's
tests) and src/ is identical to it (git diff 3a066af -- src/ is empty), so the branch was not rebased: a rebase
onto it would only have replayed those batches' commits; nothing under src/ changed. The first run
(/work/batch177_blind.txt): 40 of 47 read with every verdict right (85%), 6 refused, no typo refused, 1 typo read,
no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Two of the refusals were my notation's slip (the CS3244
notes' linear unit: its sums over the examples d in D, one example here, with no count of the samples given; the
refusal says to give N its value), so "N" = "1" was added to b177_ml, no verdict changed, and the batch was run
once more (/work/batch177_blind2.txt): 42 of 47 read with every verdict right (89%), 4 refused, 1 typo read, no
misreading, no crash, no wrong formula called correct. tests/test_public_formulas_held_out.py -k "b177-" passed
after both runs, check's never-wrong-called-correct test included.

Of the 8 mistaken formulas, 7 were read with their wrong member called wrong: jk-c4 (the correction uphill),
zh-w5 (the chain through the hidden unit, product 0; its numbers called right), zh-sum (both members uphill), dr-def
and dr-res (the delta rule's sign), ad-rule (half the step of E = (o - y)^2), sl-rule (output minus target); jk-c3
(the gradient's sign) was refused (its equation tag, below). The typo it-chain was read, its two claims called
wrong (not refused). By page (second run): the Jekyll post 6 of 8 (2 refused), the Portuguese note 7 of 7, mlp.js 1
of 3 (2 refused), the CS3244 notes 6 of 6 (4 of 6 in the first run), the Korean Bishop post 7 of 7, the Chinese
Mazur translation 5 of 5, the Korean basics note 2 of 2, the Adaline README 3 of 3, the Italian notes 3 of 3 (and
its typo read), the two slide decks 1 of 1 each.

The refusals by construct, with the exact message:

- an equation tag written with dots inside the $$ display, after the formula: jk-g, "formula
  \"\\frac{\\delta E}{\\delta w_{ij}} = - e_j(n)\\phi'_j(v_j(n)) ...\": unexpected at '.' (position 66)" (the
  display's .....(2)); jk-c3, "formula '\\Delta w_{ij} = \\alpha \\frac{\\delta E}{\\delta w_{ij}} ......':
  unexpected at '.' (position 55)" (its .....(3)). The same page's ......(4) $$ (six dots, then a space before $$)
  was read, jk-c4;
- a label holding a Greek letter before a plain-text rule in a code comment: js-do, "formula \"Output \\delta :
  \\delta _j = e_j \\cdot \\phi '(net_j)\": unexpected at ':' (position 15)"; js-dh, "formula \"Hidden \\delta :
  \\delta _j = \\phi '(net_j) \\cdot \\Sigma \\d...\": unexpected at ':' (position 15)" (the label "Output δ:" taken
  into the formula; the header's "Error:    e_j(n) = d_j(n) - y_j(n)", a label of letters alone, was read);
- first run only, my notation's slip: mt-ld and mt-lin, "formula 'L_D(w ) = \\frac{1}{2}\\sum_{d\\in D}(t_d -
  o_d)^2': a sum over the samples has no bound, so nothing says how many it adds (the sum's d is no index letter of
  the notation: ...); give N its value in the notation (\"N\" = \"1\", the one sample check reads), or, if the
  page's loss is their total, write reduction = \"sum\" in the file's [update]" (the same for mt-lin's \eta\sum_{d\in
  D}(t_d - o_d) x_{id}); both read once N was given.

Read, among the constructs these pages brought: Haykin's (n) on every symbol, \delta for the partial sign in a
fraction beside delta_j the local gradient, \phi'_j(v_j(n)), w_{ij} and w_{ji} for one weight, a display followed by
words on its line and two displays on one line; Portuguese code names (erro_j, derivada_j, novo_peso as the new
weight); Mitchell's numbered steps with a bare $k$ before the rule and two formulas joined by "where", \sum_{k\in K};
Bishop's \frac { \partial E_n }{ \partial a_j } with spaces in the braces; Mazur's align blocks with \\ \\, \| \|
around a difference, w5 without its underscore, w_5^+; a line of a \\-separated display with \therefore; the Adaline
README's \leftarrow on a vector and a Unicode minus; the Italian notes' w(k+1) = w(k) ... as an update.

Which look general: the equation tag written with dots inside a display (Markdown pages number their equations so,
.....(2)$$; the reader reads the same tag when a space precedes $$, so the refusal looks like a tokenizing edge,
worth a look), and a comment's label holding a math letter before the formula ("Output δ:", "Hidden δ:": labels
of words alone are skipped; one with a Greek letter is taken as math). The first run's sums over the examples were
my notation's slip, not the reader's.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch177_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JK = _STORED.format(28185004196, "---",
                     "a Jekyll post, Multilayer Percepron Using Majority function from Scratch (2022): Haykin's "
                     "derivation of the local gradient in $$ displays with equation tags, then a 3-2-2-1 NumPy script")
_PT = _STORED.format(51858144151, "# \U0001f9ee Semana 03: O Algoritmo de Retropropaga\u00e7\u00e3o e as Duas Fases "
                     "(Haykin)",
                     "a Portuguese week-3 note on Haykin's sections 4.3 and 4.4: the generalized delta rule, then a "
                     "laboratory computing one neuron's local gradient and correction in Python")
_JS = _STORED.format(53376078183, "/* ========================================",
                     "mlp.js, an XOR MLP engine in JavaScript whose header comment states Haykin's rules in plain "
                     "text with Unicode letters")
_MT = _STORED.format(37746950365, "# CS3244 Notes",
                     "CS3244 course notes in Markdown: Mitchell's gradient descent for a linear unit and his "
                     "backpropagation algorithm for sigmoid units")
_KO = _STORED.format(2304340605, "---",
                     "a Korean blog post on error backpropagation after Bishop's PRML section 5.3: $$ displays")
_ZH = _STORED.format(2405053343, "# A Step by Step Backpropagation Example",
                     "a Chinese translation of Mazur's step-by-step example, with the translator's notes and summary: "
                     "align blocks")
_DR = _STORED.format(6116265586, "# Deep Learning Basics",
                     "a Korean note on deep-learning basics: the delta rule for a single-layer perceptron derived in "
                     "one $$ display of \\\\-separated lines")
_AD = _STORED.format(48537383779, "# Adaline - Madaline",
                     "a README on Widrow and Hoff's Adaline (1960) in a series of early papers' implementations")
_IT = _STORED.format(22323681232, "---",
                     "Italian lecture notes on the multilayer perceptron: Adaline's LMS rule derived, then Haykin's "
                     "error signal")
_SL = _STORED.format(44727883581, "---",
                     "course slides on neural networks (pandoc Markdown): the delta rule for a one-layer network")
_SM = _STORED.format(24582951698, "---",
                     "course notes on neural networks in Markdown: the Widrow-Hoff delta rule on the perceptron")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_H2 = tuple({"h": h} for h in range(2))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_K2H2 = tuple({"k": k, "h": h} for k in range(2) for h in range(2))
_H2I2 = tuple({"h": h, "i": i} for h in range(2) for i in range(2))

# the Jekyll post's 3-2-2-1 sigmoid network under half the squared error: dE/dz3, dE/dz2[j]
_JK_D3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_JK_D2 = f"{_JK_D3}*W3[0,{{j}}]*a2[{{j}}]*(1 - a2[{{j}}])"

# the Portuguese laboratory's neuron (x = 0.5, w = 0.8, d = 1): dE/dv, dE/dw
_PT_D = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_PT_G = f"{_PT_D}*x[0]"

# mlp.js's 2-2-1 sigmoid network: dE/dz2, dE/dz1[j]
_JS_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_JS_D1 = f"{_JS_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the CS3244 notes' 2-2-2 sigmoid network: dE/dz2[k], dE/dz1[h], and Mitchell's error terms as the notes write them
_MT_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_MT_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{h}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{h}])"
          "*a1[{h}]*(1 - a1[{h}])")
_MT_K = "a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])"
_MT_SUM = "(W2[0,{h}]*a2[0]*(1 - a2[0])*(y[0] - a2[0]) + W2[1,{h}]*a2[1]*(1 - a2[1])*(y[1] - a2[1]))"

# the Korean Bishop note's 2-3-2 network (tanh hidden, linear outputs, half the squared error): dE/da_j
_KO_D1 = "(1 - a1[{j}]**2)*(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))"

# Mazur's network: dE/dw5
_ZH_W5 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
_ZH_DO = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"

# the Korean basics note's single layer (3 inputs, 2 sigmoid outputs): dE/dw_ji
_DR_G = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]"

# the slides' one sigmoid neuron (3 inputs): dE/dw_i
_SL_G = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"

ENTRIES = [
    # ---- the Jekyll post (Haykin's derivation in $$ displays, the iteration n in every symbol, \delta for the
    # partial sign, equation tags written with dots inside the display), then its NumPy script -----------------------
    Public("s77-jk-e", _JK, "b177_jk", "b177_jk",
           "$$ e_j(n) = d_j(n) - y_j(n) $$ where dj(n) is actual output and yj(n) is predicted output By MLP",
           ((C,),), (Twin("value", "y[0] - a3[0]", ("y[0] - a3[0]",)),), batch=177,
           why="the error signal of the output neuron, a value; the line's words after the display"),
    Public("s77-jk-pd", _JK, "b177_jk", "b177_jk",
           "$$ \\frac{\\delta y_j(n)}{\\delta v_j(n)} = \\phi'_j(v_j(n)) $$ $$  \\frac{\\delta v_j(n)}{\\delta w_{ji}} "
           "= y_i(n)$$", ((C,), (C,)),
           (Twin("value", "a3[0]*(1 - a3[0])", ("a3[0]*(1 - a3[0])",)),
            Twin("value", "a2[{i}]", ("a2[{i}]",), _I2)), batch=177,
           why="two of the chain's factors, values: the slope of the output by its local field, and the local field "
               "by the weight (the signal y_i); \\delta for the partial sign"),
    Public("s77-jk-g", _JK, "b177_jk", "b177_jk",
           "$$ \\frac{\\delta E}{\\delta w_{ij}} =  - e_j(n)\\phi'_j(v_j(n))  y_i(n).....(2)$$", ((C,),),
           (Twin("gradient", "W3[0,{i}]", ("-(y[0] - a3[0])*a3[0]*(1 - a3[0])*a2[{i}]",), _I2),), batch=177,
           why="w_{ij} the weight the post calls w_ji (its own text: the correction Delta w_{ij} is proportional to "
               "dE/dw_{ji}); the tag .....(2) inside the display"),
    Public("s77-jk-c3", _JK, "b177_jk", "b177_jk",
           "$$ \\Delta w_{ij} = \\alpha \\frac{\\delta E}{\\delta w_{ij}} .....(3)$$  ", ((W,),),
           (Twin("value", f"-eta*{_JK_D3}*a2[{{i}}]", (f"eta*{_JK_D3}*a2[{{i}}]",), _I2),), batch=177,
           why="the correction with the gradient's sign: Haykin's is -eta dE/dw (the post's slip; its minus is lost "
               "between (3) and the delta rule it states as (4))"),
    Public("s77-jk-c4", _JK, "b177_jk", "b177_jk",
           "$$ \\Delta w_{ij} = - \\alpha e_j(n)\\phi'_j(v_j(n))  y_i(n)......(4) $$", ((W,),),
           (Twin("value", f"-eta*{_JK_D3}*a2[{{i}}]", ("-eta*(y[0] - a3[0])*a3[0]*(1 - a3[0])*a2[{i}]",), _I2),),
           batch=177,
           why="(2) put into (3): the correction uphill, -alpha e_j phi'_j y_i where Haykin's is +eta e_j phi'_j y_i "
               "(the post's slip, carried from (3))"),
    Public("s77-jk-h", _JK, "b177_jk", "b177_jkh",
           " $$ \\delta_j(n) = \\phi'_j(v_j(n)) \\sum_{k} \\delta_k(n) w_{kj}(n)$$", ((C,),),
           (Twin("value", f"-{_JK_D2}", (f"a2[{{j}}]*(1 - a2[{{j}}])*(-{_JK_D3})*W3[0,{{j}}]",), _J2),), batch=177,
           why="case II, j a hidden neuron (of the last hidden layer): the local gradient (-dE/dv_j), a value"),
    Public("s77-jk-dp", _JK, "b177_jk", "b177_jkc",
           "    d_predicted_output = error * sigmoid_derivative(predicted_output)", ((C,),),
           (Twin("value", f"-{_JK_D3}", ("(y[0] - a3[0])*a3[0]*(1 - a3[0])",)),), batch=177,
           why="the code's delta (-dE/dz3), a value; sigmoid_derivative(x) = x (1 - x) taken of the output"),
    Public("s77-jk-ow", _JK, "b177_jk", "b177_jkc",
           "    output_weight += hidden_layer_output2.T.dot(d_predicted_output) *lr", ((C,),),
           (Twin("update", "W3[0,{j}]", (f"W3[0,{{j}}] - eta*{_JK_D3}*a2[{{j}}]",), _J2),), batch=177,
           why="+= with the code's delta (-dE/dz) times lr: the gradient step; *lr after the product"),
    # ---- the Portuguese week-3 note: Haykin's error and generalized delta rule in $$ displays on lines of their
    # own, then the laboratory's lines on one neuron (y_i = 0.5, peso_w_ji = 0.8, d_j = 1.0, eta = 0.1) -------------
    Public("s77-pt-e", _PT, "b177_pt", "b177_pt", "$$\ne_j(n) = d_j(n) - y_j(n)\n$$", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=177, why="the output neuron's error, a value"),
    Public("s77-pt-gdr", _PT, "b177_pt", "b177_pt",
           "$$\n\\Delta w_{ji}(n) = \\eta \\cdot \\delta_j(n) \\cdot y_i(n)\n$$", ((C,),),
           (Twin("value", f"-eta*{_PT_G}", (f"eta*(-{_PT_D})*x[0]",)),), batch=177,
           why="the generalized delta rule (Regra Delta Generalizada): the correction, a value; delta_j the local "
               "gradient (-dE/dv_j)"),
    Public("s77-pt-err", _PT, "b177_pt", "b177_pt", "erro_j = d_j - y_j", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=177),
    Public("s77-pt-der", _PT, "b177_pt", "b177_pt", "derivada_j = y_j * (1 - y_j)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=177,
           why="the sigmoid's slope written of the output (the line's comment: Derivada da Sigmoide), a value"),
    Public("s77-pt-delta", _PT, "b177_pt", "b177_pt", "delta_j = erro_j * derivada_j", ((C,),),
           (Twin("value", f"-{_PT_D}", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=177,
           why="the local gradient of an output neuron (Gradiente Local), a value"),
    Public("s77-pt-dw", _PT, "b177_pt", "b177_pt", "delta_w = eta * delta_j * y_i", ((C,),),
           (Twin("value", f"-eta*{_PT_G}", (f"eta*(-{_PT_D})*x[0]",)),), batch=177),
    Public("s77-pt-new", _PT, "b177_pt", "b177_pt", "novo_peso = peso_w_ji + delta_w", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_PT_G}",)),), batch=177,
           why="novo_peso the weight after the correction"),
    # ---- mlp.js's header comment (plain text, Unicode delta, phi and Sigma, a middle dot for the product, a label
    # before each rule) ------------------------------------------------------------------------------------------------
    Public("s77-js-e", _JS, "b177_js", "b177_js", "     Error:    e_j(n) = d_j(n) - y_j(n)", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=177, why="the output's error, a value"),
    Public("s77-js-do", _JS, "b177_js", "b177_js", "     Output \u03b4: \u03b4_j = e_j \u00b7 \u03c6'(net_j)",
           ((C,),), (Twin("value", f"-{_JS_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=177,
           why="the output neuron's local gradient (-dE/dnet), a value"),
    Public("s77-js-dh", _JS, "b177_js", "b177_jsh",
           "     Hidden \u03b4: \u03b4_j = \u03c6'(net_j) \u00b7 \u03a3 \u03b4_k \u00b7 w_kj", ((C,),),
           (Twin("value", f"-{_JS_D1}", (f"a1[{{j}}]*(1 - a1[{{j}}])*(-{_JS_D2})*W2[0,{{j}}]",), _J2),), batch=177,
           why="a hidden neuron's local gradient, a value; \u03a3 with no index, the sum over k"),
    # ---- the CS3244 notes (Mitchell's algorithm as numbered list items, a bare $k$ or $h$ before the rule, two
    # formulas on one line joined by "where"), then the linear unit's gradient descent --------------------------------
    Public("s77-mt-dk", _MT, "b177_mt", "b177_mt",
           "    2. For each output unit $k$, compute error $\\delta_k \\leftarrow o_k(1-o_k)(t_k-o_k)$", ((C,),),
           (Twin("value", f"-{_MT_D2}", (_MT_K,), _K2),), batch=177,
           why="Mitchell's error term (-dE/dnet_k), a value"),
    Public("s77-mt-dh", _MT, "b177_mt", "b177_mt",
           "    3. For each hidden unit $h$, compute error $\\delta_h \\leftarrow o_h(1-o_h)\\sum_{k\\in K}w_{hk}\\delta_k$",
           ((C,),), (Twin("value", f"-{_MT_D1}", ("a1[{h}]*(1 - a1[{h}])*" + _MT_SUM,), _H2),), batch=177,
           why="w_{hk} the weight from h to k, as the notes write it"),
    Public("s77-mt-wo", _MT, "b177_mt", "b177_mt",
           "    4. Update each weight $w_{hk} \\leftarrow w_{hk}+\\Delta w_{hk}$ where $\\Delta w_{hk} = \\eta\\delta_k o_h$",
           ((C,), (C,)),
           (Twin("update", "W2[{k},{h}]", (f"W2[{{k}},{{h}}] - eta*{_MT_D2}*a1[{{h}}]",), _K2H2),
            Twin("value", f"-eta*{_MT_D2}*a1[{{h}}]", (f"eta*{_MT_K}*a1[{{h}}]",), _K2H2)), batch=177,
           why="the update and its step, a value, on one line"),
    Public("s77-mt-wh", _MT, "b177_mt", "b177_mt",
           "    5. Update each weight $w_{ih} \\leftarrow w_{ih}+\\Delta w_{ih}$ where $\\Delta w_{ih} = \\eta\\delta_h x_i$",
           ((C,), (C,)),
           (Twin("update", "W1[{h},{i}]", (f"W1[{{h}},{{i}}] - eta*{_MT_D1}*x[{{i}}]",), _H2I2),
            Twin("value", f"-eta*{_MT_D1}*x[{{i}}]", (f"eta*(-{_MT_D1})*x[{{i}}]",), _H2I2)), batch=177),
    Public("s77-mt-ld", _MT, "b177_ml", "b177_ml", "$$ L_D(\\vec{w}) = \\frac{1}{2}\\sum_{d\\in D}(t_d - o_d)^2 $$",
           ((C,),), (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),), batch=177,
           why="the linear unit's loss over the examples (one here), a value"),
    Public("s77-mt-lin", _MT, "b177_ml", "b177_ml", "$$ \\Delta w_i = \\eta\\sum_{d\\in D}(t_d - o_d) x_{id} $$",
           ((C,),), (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I2),),
           batch=177, why="the gradient-descent step of the linear unit summed over the examples (one), a value"),
    # ---- the Korean note on Bishop (PRML 5.3.1: $$ displays with spaces inside \frac's braces, \delta once for the
    # partial sign) -----------------------------------------------------------------------------------------------------
    Public("s77-ko-chain", _KO, "b177_ko", "b177_ko",
           "$$\\frac { \\partial E_n }{ \\partial w_{ji} } =\\frac { \\partial E_n }{ \\partial a_j } \\frac { \\partial "
           "a_j }{ \\partial w_{ji} }$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_KO_D1}*x[{{i}}]",), _J3I2),), batch=177,
           why="j a hidden unit, i an input (Bishop's (5.50))"),
    Public("s77-ko-def", _KO, "b177_ko", "b177_ko", "$$\\delta_j = \\frac {\\partial E_n}{\\partial a_j}$$", ((C,),),
           (Twin("value", _KO_D1, (_KO_D1,), _J3),), batch=177, why="Bishop's definition of the error, a value"),
    Public("s77-ko-daw", _KO, "b177_ko", "b177_ko", "$$\\frac {\\partial a_j}{\\partial w_{ji}} = z_i$$", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _J3I2),), batch=177,
           why="the sum's derivative by its weight, the input, a value"),
    Public("s77-ko-g", _KO, "b177_ko", "b177_ko", "$$\\frac {\\delta E_n}{\\delta w_{ji}} = \\delta_j z_i$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_KO_D1}*x[{{i}}]",), _J3I2),), batch=177,
           why="Bishop's (5.53) with \\delta for the partial sign in the fraction, beside delta_j the error"),
    Public("s77-ko-dk", _KO, "b177_ko", "b177_ko", "$$\\delta_k = y_k - t_k$$", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=177,
           why="linear outputs with the sum of squares, the canonical link, a value"),
    Public("s77-ko-rec", _KO, "b177_ko", "b177_ko",
           "$$\\delta_j = \\frac { \\partial E_n }{ \\partial a_j } =\\sum_k \\frac { \\partial E_n }{ \\partial a_k } "
           "\\frac { \\partial a_k }{ \\partial a_j }$$", ((C, C),),
           (Twin("value", _KO_D1, (_KO_D1, _KO_D1), _J3),), batch=177,
           why="the chain rule over the units k that j sends to, a value"),
    Public("s77-ko-bp", _KO, "b177_ko", "b177_ko", "$$\\delta_j = h'(a_j) \\sum_k w_{kj} \\delta_k$$", ((C,),),
           (Twin("value", _KO_D1, (_KO_D1,), _J3),), batch=177,
           why="the backpropagation formula (5.56), h the hidden units' tanh"),
    # ---- the Chinese translation of Mazur (align blocks with \\ \\ between rows, * for products in numbers): the
    # output layer's chain, one of whose symbolic members names the hidden unit's quantities, and the summary -----------
    Public("s77-zh-eo1", _ZH, "b177_zh", "b177_zh",
           "$$\n\\begin{align}\nE_{o1} &= \\frac{1}{2}\\|target_{o1}-out_{o1}\\|^2 \\\\ \\\\\n&=\\frac{1}{2}\\|0.01-"
           "0.75136507\\|^2 \\\\ \\\\\n&= 0.274811083\n\\end{align}\n$$", ((C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2",
                 ("(y[0] - a2[0])**2/2", "=(0.01 - 0.75136507)**2/2", "=0.274811083")),), batch=177,
           why="the first output's half of the loss, a value; \\| \\| around a number's difference"),
    Public("s77-zh-dodn", _ZH, "b177_zh", "b177_zh",
           "$$\n\\begin{align}\n\\frac {\\partial out_{o1}}{\\partial net_{o1}} \n&= out_{o1}(1-out_{o1}) \\\\ \\\\\n"
           "&= 0.75136507(1-0.75136507) \\\\ \\\\\n&= 0.186815602\n\\end{align}\n$$", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "=0.75136507*(1 - 0.75136507)", "=0.186815602")),), batch=177),
    Public("s77-zh-w5", _ZH, "b177_zh", "b177_zh",
           "$$\n\\begin{align}\n\\frac {\\partial E_{total}}{\\partial w5} &= \n\\frac {\\partial E_{total}}{\\partial "
           "out_{h1}} \\cdot\n\\frac {\\partial out_{h1}}{\\partial net_{h1}} \\cdot\n\\frac {\\partial net_{h1}}"
           "{\\partial w_5} \\\\ \\\\\n&= 0.74136507 * 0.186815602 * 0.593269992 \\\\ \\\\\n&= 0.082167041\n"
           "\\end{align}\n$$", ((W, C, C),),
           (Twin("gradient", "W2[0,0]",
                 ("0", "=0.74136507*0.186815602*0.593269992", "=0.082167041")),), batch=177,
           why="the chain written through the hidden unit h1 (out_{h1}, net_{h1}) where Mazur's goes through o1: "
               "net_{h1} does not depend on w_5, so the written product is 0 (the translation's slip); the numbers "
               "are the right chain's; w5 without its underscore on the left"),
    Public("s77-zh-w5p", _ZH, "b177_zh", "b177_zh",
           "$$\n\\begin{align}\nw_5^+ &= w_5 - \\eta \\frac{\\partial E_{total}}{\\partial w_5} \\\\ \\\\\n&= 0.4 - 0.5 "
           "* 0.082167041 \\\\ \\\\\n&= 0.35891648\n\\end{align}\n$$", ((C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_ZH_W5}", "=0.4 - 0.5*0.082167041", "=0.35891648")),),
           batch=177),
    Public("s77-zh-sum", _ZH, "b177_zh", "b177_zhs",
           "$$\n\\begin{align}\nw_{ji} &:= w_{ji} - \\Delta w_{ji} \\\\\n&:= w_{ji} - \\alpha(t_j-y_j)g'(h_j)x_i\n"
           "\\end{align}\n$$", ((W, W),),
           (Twin("update", "W2[{j},{i}]",
                 (f"W2[{{j}},{{i}}] + eta*{_ZH_DO}*a1[{{i}}]",
                  "W2[{j},{i}] - eta*(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]"), _J2I2),), batch=177,
           why="the translator's summary subtracts the delta rule's step, alpha (t_j - y_j) g'(h_j) x_i, which is "
               "already -alpha dE/dw: the update goes uphill (the summary's slip; Mazur's w_5^+ above subtracts "
               "the gradient); judged on the output layer, x_i a hidden output"),
    # ---- the Korean basics note's delta rule (lines of one $$ display separated by \\, taken one by one) ----------
    Public("s77-dr-def", _DR, "b177_dr", "b177_dr", "\\Delta w_{ji}=\\eta \\frac{\\partial E}{\\partial w_{ij}}",
           ((W,),), (Twin("value", f"-eta*{_DR_G}", (f"eta*{_DR_G}",), _J2I3),), batch=177,
           why="the step along the gradient, without gradient descent's minus (the note's slip); w_{ij} the weight "
               "the left side calls w_{ji}, as the derivation writes it"),
    Public("s77-dr-res", _DR, "b177_dr", "b177_dr", "\\therefore \\Delta w_{ji}= - \\eta(t_j-y_j)g'(h_j)x_i", ((W,),),
           (Twin("value", f"-eta*{_DR_G}", ("-eta*(y[{j}] - a1[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _J2I3),),
           batch=177,
           why="the delta rule with its sign reversed, carried from the first line (the note's slip: the step is "
               "+eta (t_j - y_j) g'(h_j) x_i)"),
    # ---- the Adaline README ($$ displays on lines of their own, the target o and the output y, a Unicode minus in
    # a list item) -----------------------------------------------------------------------------------------------------
    Public("s77-ad-y", _AD, "b177_ad", "b177_ad", "$$\ny = \\sum_{j=1}^n x_jw_j + \\theta\n$$", ((C,),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0]",)),), batch=177,
           why="the output, a value"),
    Public("s77-ad-rule", _AD, "b177_ad", "b177_ad", "$$\nw \\leftarrow w + \\eta (o-y)x\n$$", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=177,
           why="under the README's own E = (o - y)^2 (no 1/2) the gradient step at rate eta is w + 2 eta (o - y) x: "
               "the rule is half of it (the README's slip, Wikipedia's rule quoted beside a loss without its 1/2)"),
    Public("s77-ad-e", _AD, "b177_ad", "b177_ad", "- $E = (o\u2212y)^2$, the square of the error,", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=177,
           why="the loss's definition, a value; a Unicode minus"),
    # ---- the Italian notes' Adaline ($$ displays over several lines, the example's index as a superscript (k)) ------
    Public("s77-it-e", _IT, "b177_it", "b177_it",
           "$$\nE^{(k)}(\\mathbf{w}) = \\frac{1}{2}(d^{(k)} - y^{(k)})^2 =\n\\frac{1}{2}\\left(d^{(k)} - "
           "\\sum^m_{j=0}\\mathbf{x}^{(k)}_j \\mathbf{w}_j \\right)^2\n$$", ((C, C),),
           (Twin("value", "(y[0] - a1[0])**2/2",
                 ("(y[0] - a1[0])**2/2", "(y[0] - (x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]))**2/2")),),
           batch=177, why="the k-th example's error, a value, with the output written as its sum"),
    Public("s77-it-chain", _IT, "b177_it", "b177_it",
           "$$\n\\frac{\\partial E^{(k)} \\mathbf{w}}{\\partial \\mathbf{w}_j} = \n\\frac{\\partial E^{(k)} \\mathbf{w}}"
           "{\\partial y^{(k)}}\n\\frac{\\partial y^{(k)}}{\\partial w_j} =\n-(d^{(k)} - y^{(k)})x_j^k\n$$",
           unreadable="\\mathbf{w}", batch=177,
           why="E^{(k)} \\mathbf{w}: the error's argument without its parentheses (E^{(k)}(\\mathbf{w}) was meant, "
               "as the display before writes it: the notes' typo), read as the error times the weight vector"),
    Public("s77-it-gd", _IT, "b177_it", "b177_it",
           "$$\n\\mathbf{w}(k+1) = \\mathbf{w}(k) - \\eta(\\nabla E^{(k)}(\\mathbf{w}))\n$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I3),), batch=177,
           why="w(k+1) the weights after the k-th example, w(k) before it"),
    Public("s77-it-lms", _IT, "b177_it", "b177_it",
           "$$\n\\mathbf{w}(k + 1) = \\mathbf{w}(k) + \\eta (d^{(k)} - y^{(k)})\\mathbf{x}^{(k)}\n$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=177,
           why="the delta rule in compact form (in forma compatta)"),
    # ---- the two course decks' delta rule (an inline $...$, Wikipedia's rule re-indexed: y_i the target) -----------
    Public("s77-sl-rule", _SL, "b177_sl", "b177_sl",
           "    * $\\Delta w_{ij} = \\eta (\\hat{y}_i - y_i)g'(h_j)x_i$", ((W,),),
           (Twin("value", f"-eta*{_SL_G}", (f"eta*{_SL_G}",), _I3),), batch=177,
           why="y_i the target and \\hat{y}_i the actual output (the slide's own words): output minus target, the "
               "step's sign reversed (the slide's slip; the other deck writes y_i - \\hat{y}_i)"),
    Public("s77-sm-rule", _SM, "b177_sl", "b177_sl", "$\\Delta w_{ij} = \\eta (y_i - \\hat{y}_i)g'(h_j)x_i$", ((C,),),
           (Twin("value", f"-eta*{_SL_G}", ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I3),), batch=177,
           why="y_i the target output, \\hat{y}_i the actual output (its list below the rule)"),
]
