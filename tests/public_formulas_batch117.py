r"""Batch 117 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages and issues corpora, with this batch's emphasis on English
teaching material written by people who teach or learn it; the pages corpus shows a page's beginning only, so the
repositories it names were read whole through the index): the ELEC320 lecture notes of UoL CS Notes (notes.bweston.uk,
Haykin's letters in \[ ... \] displays: y_i(n) with the time stamp n, \underbrace with a \text label, \mathbf W
unbraced, an aligned chain), a Mathematics Stack Exchange question on the binary cross-entropy's derivative (its
chain over three paragraphs and the answer's \mbox labels), kksv's Blogger post of numerical questions (plain text,
δ and Δw), amajidsinar's cheatsheet notebook (\begin{align} blocks with Nielsen's L and L-1, w \Rightarrow w', NumPy
lines), zli03's CSC59866 homework proving BP1 - BP4 (Nielsen's notation, $$ indented under numbered steps),
maohieng's Exercise 1 worked step by step (w_{1,3}, S_{h1}, o_{3, \text{true}}, h_1^{'}), sakshat193's exam revision
notebook (NumPy rows, dL_da2-style names, a Markdown summary with a₁, W₂^T, ×, ²), EduardoIsWorking's CSCI4931
homework (a student's Markdown list items, a derivative's two sides in two $ ... $), Martina Pugliese's GitBook
chapter on backpropagation (i_k^l with the layer pair w_{ik}^{l-1,l}, sums over k \in \bar l) and a GitHub issue
thread on the xor-neural-network notebook (Nielsen's BP1 pasted as flattened plain text, a NumPy line). Copied
verbatim, typos and mistakes included (the pages' text as the corpus stores it, a bullet's indentation kept; the
notebooks' JSON-escaped cells decoded, at the commit the index holds), each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: Haykin's names as
batch 84 wrote them, "e_{j}" = "y[j] - a2[j]" and "\\delta_{j}" = "-delta2[j]" with indices = "n"; Nielsen's layers
counted from the input, "w^{l}_{jk}" = "W{l-1}[j, k]", and Pugliese's "w_{ik}^{m,l}" = "W{m}[k, i]"; the NumPy rows
as transposes, "a2" = "a2[:].T", "W2" = "W2[:, :].T" for a matrix stored input-first; the notebooks' new values
"w_new" = "new(W1[0, 0])"; a page's derivative names as it defines them, maohieng's "h_{1}^{'}" = "a1[0]*(1 -
a1[0])"; the cheatsheet's sigmoid_grad "sigmoid' at input"; one notation per layer where a page's j is an output
neuron in one formula and a hidden one in the next: ELEC320's equation B, Pugliese's recursion), a network of the kind
the page describes (with the page's numbers where it gives them: kksv's y = 0.6, d = 1, h = 0.5, eta = 0.1;
maohieng's x = [0.35, 0.7], weights 0.2, 0.3, 0.2, 0.3, 0.3, 0.9, target 1, eta = 0.5; sakshat193's X = [0.5, 0.1],
W1, b1, W2, b2, y = 0.5, lr = 0.5; the binary cross-entropy where the question and the xor notebook use it; all in
tests/public_formulas_batch117_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A page's delta (ELEC320's local gradient -dE/dv_j, kksv's δ,
Pugliese's dE/di_j), an error, a derivative by an output (dJ/d\hat y_i, dL/da), a derivative of one quantity by
another (dz^{l+1}_k/dz^l_j, h_1' = dh_1/dS_h1), a loss's definition and a weight's correction Delta w_ji = -eta
dE/dw_ji are twinned as values, as in batches 14 to 116. Formulas keep their page's delimiters and what surrounds them
on their line (a label before the formula, a list item's number and indentation, a code line's comment); what was left
out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 117

The batch: 62 formulas from 10 addresses (the ELEC320 notes 7, the Stack Exchange question 6, kksv's post 3, the
cheatsheet 7, the CSC59866 homework 7, maohieng's exercise 7, sakshat193's notebook 7, the CSCI4931 homework 8,
Pugliese's chapter 8, the issue thread 2). 48 are LaTeX (\[ ... \], $$ ... $$, \begin{align}, $ ... $), 14 plain text
or code (kksv's 3, the cheatsheet's 2 NumPy lines, sakshat193's 7: five NumPy lines and two Markdown summary items,
the issue's 2).

9 are mistaken somewhere (the oracle finds at least one member wrong), and 6 are mistyped:

- ELEC320's bw-e, \[e_j(n)=d_j(n)-y_i(n)\]: the output error written with y_i(n), the output of neuron i of the layer
  before (the notes' own y_i(n), the signal neuron j receives), where y_j was meant;
- the Stack Exchange question's bc-chain, its three paragraphs "Product rule: $$ \frac{dJ}{d\hat y_i} = ... $$", "Sum
  rule: $$ = ... $$", "... natural log: $$ = -1(\frac{y_i}{\hat y_i} + \frac{1-y_i}{1 - \hat y_i})$$": the last
  member's + where the chain rule of log(1 - \hat y) gives - (the sign the question asks about; the first two
  members right);
- the cheatsheet's am-err, error_L=a_L-y/minibatch*sigmoid_grad(z_L): a_L - (y/minibatch)*sigmoid_grad(z_L) as
  written, where (a_L - y)/minibatch * sigmoid_grad(z_L) was meant, wrong at one sample too;
- maohieng's mh-hd1 and mh-od, h_1^{'} = \frac{\partial{h_1}}{\partial{S_{h1}}} = \sigma^{'}(S_{h1}) = ... = S_{h1}
  \cdot (1 - S_{h1}) (and o_3' the same): the sigmoid's slope written of the sum S instead of the output h_1 (the
  notebook's code repeats it, h1_net * (1 - h1_net)); the first three members right;
- the CSCI4931 homework's eg-mse, $ MSE = \dfrac{1}{n} \sum_{i=1}^n (z_i-y_i)^2$: z_i, the sum before the sigmoid (its
  z = wx + b), where the prediction a_i was meant; eg-six, $\dfrac{\partial L}{\partial a}$ = $(a-y)*a(1-y)*x$: a(1-y)
  for a(1-a), under dL/da where dL/dw was meant; eg-wn, $w_{new} = w - \eta((a-y)*a(1-y)*x)$: the same a(1-y);
- the issue's fx-dz2, dz2 = np.multiply(a2 - y[j], sigmoid(a2, derv=True)): the quadratic cost's delta, where the
  notebook's cost is the binary cross-entropy, whose delta is the notebook's own a2 - y[j] (the line the issue
  questions, "Or am I missing something?");
- mistyped (unreadable): ELEC320's bw-B, \[\delta_j(n)=\phi'_j\left(v_j\left(n\right)\right)\sum_n\left(\delta_k(n)
  w_{kj}(n)\right)\], a sum over n (the time stamp) where the neurons k of the next layer were meant, k left free
  (unreadable="\\sum_n"); the Stack Exchange question's bc-J, J(\hat y) = ... +(1-y_i)(\log(1-\hat y), a parenthesis
  opened and never closed (unreadable="(\\log(1-\\hat y)"); the cheatsheet's am-err1,
  error_L-1=np.dot(err_L,(w_L).T)*sigmoid_grad(L-1), an assignment to error_L minus 1 (unreadable="error_L-1");
  the CSCI4931 homework's eg-typo, $w = w - \eta *  $, an update left unfinished (unreadable="*"); Pugliese's pg-dw,
  $$\Delta w_{ji} = - \alpha o_i \delta_j \ .$$, the weight's indices swapped against the page's own w_ij (from i to
  j), naming a weight from the output neuron back to a hidden one (unreadable="w_{ji}"); the issue's fx-bp1,
  ```δx,L=∇aCx⊙σ′(zx,L)``` in its sentence, Nielsen's BP1 pasted with its scripts flattened (unreadable="δx,L", as
  batch 114's pk).

Not mistaken, though they look it: maohieng's mh-w11 and mh-w12, \delta_{o3} \cdot w_{1,3} \cdot h_1^{'} \cdot x_1,
right as the notebook names h_1' (do_1/dS_h1) though its definition and its code compute S (1 - S); the cheatsheet's
am-gw, \frac{\partial C}{\partial w^L} = a^{L-1}\delta^L, the matrix written as the product of the two vectors in the
order of the code's np.dot(a_L-1.T, err_L) (right entry by entry); the Stack Exchange answer's log without a
backslash and its z, the answer's name for the prediction (h the sum); the CSCI4931 homework's $L = 1/2(a-y)^2$ (half
the square as meant); ELEC320's \nabla_\mathbf WE=-\delta_j(n)y_i(n) (delta_j = -dE/dv_j, so the minus makes the
gradient); Pugliese's E = \frac{1}{2n} \sum_i^n [o_i - e_i]^2 with o_i the output of sample i, where the rest of the
page's o_i is a neuron's output (a notation of its own for that line).

What was left out: ELEC320's \[\mathbf w_{(n+1)}=\mathbf w_n-\eta\nabla_\mathbf wE\] (a rule for all the weights at
once with the iteration as subscript, which no one parameter names), its average error E_avg, its induced local field
("sum weights and measures", words) and its duplicate of equation A; the Stack Exchange question's "Sum rule" and
last paragraph taken only as members of the chain (each opens with =), the answer's dJ/dz line (cut in the stored
text) and its second and third answers; kksv's Q1 and Q2 (a step activation and numbers of other networks) and Q3's
"Weight update: Δw = η * δ * h = 0.1 * 0.096 * 0.5 = 0.0048" (its numbers' twin needs eta at the file's numbers,
which the number oracle's value twins do not carry); the cheatsheet's \sigma'(z) and sigmoid_grad definitions (a
function's definition, no claim about the network: its sigmoid_grad returns sigmoid(z) * 1-sigmoid(z), 0, a slip no
claim shows), its Stochastic MSE block (the Batch block again with m), grad(C/a_L)=a_L-y/m (right at one sample: the
precedence slip vanishes at m = 1), w_L -= alpha * grad(C/w) and grad(C/w_L) = np.dot(a_L-1.T,err_L) (grad(...) of a
quotient of names, and a_L-1 that Python reads as a_L minus 1); the CSC59866 homework's repeated BP1 and BP3 - BP4
derivation steps (the same displays again); maohieng's forward displays, its E display, its dE/dw_{1,3} chain and the
w_{2,1}, w_{2,2} lines (the same pattern), and its update w' = w - \eta \frac{\partial E}{\partial w} (a generic w);
sakshat193's forward lines (np.dot of whole arrays, printed values), dL_dz1, dL_dW1 and the updates of W1, b1, b2
(the same constructs), and its summary's other items (words); the CSCI4931 homework's dz/dw = x and b update (the
same constructs as the lines taken) and its part 2 (z_1 = w_1(0) + ..., numbers of an XOR network no file holds);
Pugliese's o_k^l display, the derivative di_j/dw_ij = o_i and dE/dw_ij = o_i delta_j (the same constructs); the issue
thread's quoted e-mail reply (the same text again). Pages read and not taken: justinmath.com's backpropagation chapter
and a Data Science Stack Exchange question (their formulas not in the stored text), Danny Friedman's mlbook chapter
(its formulas written with the book's macros, \dadb and \super), Microsoft's AI-For-Beginners lesson (HTML entities in
Markdown, matrix-level chains), a kyle8998 issue (a question with no formula) and many pages earlier batches held.

Collected on 2026-12-06 (23:12 to 23:24 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for each network of the batch) before the run, without judging a formula:
16 of the 17 loaded as first written once the tables' own slips were mended (three [data] tables written as flat
lists, and maohieng's indices = "" refused as "not a string of letters", its line dropped for the default); the
issue's was refused by the loader for its flattened scripts ("δx,L": "unexpected at ','"), so its δx,L and zx,L were
left unnamed and fx-bp1 counted as mistyped. The oracle's first run (57 entries on 8 pages) stopped at kksv's Δw line,
whose numbers' twin the number oracle could not evaluate (eta is not among its names at the file's numbers): that
entry was left out, as said above; every other verdict passed as first transcribed, then and with the last two
pages added (all 62).
Run blind at main a4d9ff3 (/work/READY_FOR_BLIND47; src/ as at a00cc67, main's last change to it; the rebase without
conflict), with nothing under src/ changed. The first run (its output replaced by the second's in /work/batch117_blind.txt): 44 of 62
read with every verdict right (71%), 12 refused, 5 typos refused, 1 typo read (judged wrong), no misreading, no crash,
NO WRONG FORMULA CALLED CORRECT. One refusal was a slip of this batch's notation: the Stack Exchange answer's
"\\mathbf{w}" = "W1[0, :].T", written as if a row of W1 were a row vector, where the product takes it as a column (a
weight vector w whose w^T X is the sum); bc-h was refused "'w ^T X' is a vector or matrix where the left side is a
number". The notation was mended once ("\\mathbf{w}" = "W1[0, :]") and the batch run again (/work/batch117_blind.txt):
45 of 62 read with every verdict right (73%), 11 refused, 5 typos refused, 1 typo read, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT; nothing else changed between the runs. No other refusal was a slip of the notations
(none counts from the wrong number, none names a quantity the page does not mean).

Of the 9 mistaken formulas, 8 were read with their wrong members called wrong (bw-e's y_i; bc-chain's last member, its
first two called right; am-err's precedence; mh-hd1's and mh-od's S (1 - S), their first three members called right;
eg-mse's z_i, eg-six's and eg-wn's a(1-y)); fx-dz2 was refused (below), not called correct. By page: the ELEC320 notes
4 of 7 (and its typo refused), the Stack Exchange question 4 of 6 (its typo refused), kksv's post 3 of 3, the
cheatsheet 4 of 7 (its typo read), the CSC59866 homework 7 of 7, maohieng's exercise 7 of 7, sakshat193's notebook 7 of
7, the CSCI4931 homework 7 of 8 (its typo refused), Pugliese's chapter 2 of 8 (its typo refused), the issue thread 0 of
2 (its typo refused).

The refusals by construct (11, and the typos'), with the exact message:

- 4, a display ending in LaTeX's control space before its punctuation, "\ ," and "\ ." (Pugliese's every display but
  one): pg-E: "formula 'E = \\frac{1}{2n} \\sum_i^n [o_i - e_i]^2 \\': a backslash ends the formula (position 41), a
  statement continued (Python's \ at a line's end) with no line after it; write the statement's rest on the next
  line, or leave the backslash out" (pg-ch, pg-dio and pg-dh the same, and the typo pg-dw refused by it first);
- 1, a sum over a set written with an accent, \sum_{k \in \bar l} (the layer after): pg-rec: "formula '\\frac{\\partial
  E}{\\partial o_j} = \\sum_{k \\in \\bar l} \\fr...': a sum over a set that is neither one capital letter, a word nor
  written out at '\\bar' (position 47); write \sum_k: a sum without bounds runs over the units";
- 1, a name the notation gives with a subscript, written with its superscript first, e^2_j(n), read as Euler's e:
  bw-E: "formula 'E(n)=\\frac{1}{2}\\sum_{j\\in\\text{output}}e^2_j(n)': exp(2)_{j}: an entry of a function's value is
  read for a function of a vector name, as \sigma(z)_i; write the entry's own symbol, e.g. a_i";
- 1, a gradient by the whole weight matrix equated with its entry's formula, \nabla_\mathbf WE=-\delta_j(n)y_i(n):
  bw-gr: "formula '\\nabla_W E=-\\delta_j(n)y_i(n)': the index j has no value (\delta_{j} uses it outside a sum over
  j); name it on the left side, with --param (e.g. W2[j,i]), or in a sum";
- 1, a second $$ display on the line opening with an \mbox label, "$$ \mbox{Use chain rule: } \frac{...}": bc-Jc:
  "formula '\\text{Use chain rule: } \\frac{\\partial{J(w )}}{\\partial{w...': unknown symbol Usechainrule:; the
  notation knows X, h, w, y, z; give it a meaning in the notation's [notation.symbols], e.g. "Usechainrule:" = "a1[0]""
  (the first display's \mbox{Logistic regression: } label was read, in bc-z);
- 1, a sum without its index over a vector's squared difference, \sum|y-a|^2 (Nielsen's norm written as a sum): am-C:
  "formula 'C(w,b) =\\frac{1}{2n}\\sum|y-a|^2': a sum without its index letter, whose term has no free index; write its
  index, \sum_n over the samples (with a sample letter of the notation's patterns, y^{(n)}) or \sum_k over units";
- 1, a matrix gradient written as the product of two column vectors, a^{L-1}\delta^L: am-gw: "formula '\\frac{\\partial
  C}{\\partial w^L} = a^{L-1}\\delta^L': multiplies a 3 x 1 by a 2 x 1, whose sizes do not fit; write the factors so
  that the first has as many columns as the second has rows; two vectors' outer product has the second transposed, u
  v^T, whatever sign joins them" (the page means the outer product, as its code's np.dot(a_L-1.T, err_L));
- 1, code's derivative flag under a keyword the reader does not know, sigmoid(a2, derv=True): fx-dz2: "formula 'dz2 =
  np.multiply(a2 - y[j], sigmoid(a2, derv=True))': expected ')' to close the arguments at '=' (position 46)";
- the typos: bw-B, "the index k has no value (\delta_{k} uses it outside a sum over k); name it on the left side, with
  --param (e.g. W2[k,i]), or in a sum" (naming \sum_n, as the message quotes it); bc-J, "expected ')' to close the
  parenthesis at the end" (the unclosed parenthesis, though blind_batch.py reports it as not naming the token given);
  eg-typo, "formula 'w = w - \\eta *': expected a number, a symbol or a parenthesis at the end" (naming it); pg-dw, by
  the trailing "\ ." (above) before its w_{ji} could be judged (reported as naming it, the message quoting the formula);
  fx-bp1, "formula "\\delta x,L=\\nabla aCx \\odot \\sigma '(zx,L)": unexpected at ',' (position 9); a comma after a
  member is no product: ..." (the flattened scripts, reported as not naming δx,L since the message writes it \delta x,L);
- the typo read: am-err1, error_L-1=np.dot(err_L,(w_L).T)*sigmoid_grad(L-1), an assignment to error_L minus 1, read and
  judged wrong (got (('wrong',),)) where it should have been refused: not a wrong formula called correct, but a code
  line whose target is an expression taken as a claim.

Read, among the constructs these pages brought: Haykin's y_j(n), \delta_j(n) with the time stamp and \underbrace{...}_
\text{...}, an aligned chain Delta w_ji(n) = -eta dE/dw_ji = eta delta_j y_i (bw-dw); a chain over three paragraphs
each opening with = after its label, with a derivative operator d/d\hat y_i applied to a bracket and to a product,
its last member's sign slip called wrong (bc-chain); \mbox{Logistic regression: } before a display; plain-text δ, Δw,
w_new = w_old + Δw and a line of numbers at kksv's file's numbers; \begin{align} blocks with Nielsen's L, L-1 and w
\Rightarrow w'; code's a_L-y/minibatch*sigmoid_grad(z_L) judged as written (wrong); Nielsen's BP1 - BP4 with
superscript before subscript and the layer letter l over l = 2, 3 (z^l_j, w^{l+1}_{kj}); w_{1,3}, S_{h1},
o_{3, \text{true}} beside o_3^{\text{true}}, h_1^{'} and a chain of four members whose last is wrong; NumPy rows with
.T, np.dot and * 1, and a Markdown list item with a₁, z₂, W₂^T and ×, ²; a student's list items with a derivative's
two sides in two $ ... $; the bc-h answer's w^T X once the notation was mended; i_k^l with the layer pair
w_{ik}^{l-1,l} over l = 2, 3.

Which look general (would appear in much homework): the control space "\ ," / "\ ." ending a display (a habit of
LaTeX writers, four of Pugliese's eight refused by it alone); a second display's \mbox label; e^2_j with the
superscript first on a name the notation writes with a subscript; \sum|y - a|^2 for a vector's squared length; code's
derivative flags under other keyword names (derv=True); a gradient by a matrix equated with its entry (the --param the
message asks for is the teacher's to give); an assignment to code's name-minus-number taken as a claim (the typo read).
Page-specific: Pugliese's \sum_{k \in \bar l}, the cheatsheet's product of two column vectors, and the pages' typos.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch117_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_BW = "https://notes.bweston.uk/elec320/lectures/2023/02/28/1.html"
_BC = "https://math.stackexchange.com/questions/2503428/derivative-of-binary-cross-entropy-why-are-my-signs-not-right/3220477"
_KK = "https://kksv.blogspot.com/2025/10/numerical-questions.html"
_AM = "https://github.com/amajidsinar/vanilla-neural-nets (Vanilla Cheatsheet - sigmoid - MSE.ipynb, commit 5342efc)"
_ZL = "https://github.com/zli03/CSC59866 (Homework1_Propagation.ipynb, commit 02b7a90)"
_MH = "https://github.com/maohieng/learn_ai (advance_ml/Backpropagation_ex1.ipynb, commit 06d9111)"
_SK = "https://github.com/sakshat193/MLPracticalsRevision (ManualBackpropCalculation.ipynb, commit a70895e)"
_EG = "https://github.com/EduardoIsWorking/CSCI4931 (HW1/eGalvez_HW1.ipynb, commit 175979f)"
_PG = ("https://github.com/martinapugliese/tales-science-data (artificial-neural-networks/overview-of-neural-networks/"
       "the-backpropagation-mechanism.md, commit 14ba71f)")
_FX = "https://github.com/Frixoe/xor-neural-network/issues/1"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_I2 = tuple({"i": i} for i in range(2))
_J2I3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))


# a 2-3-2 sigmoid network under half the squared error: dL/dz2[k] (and of output j), dL/d a1[j], dL/dz1[j]
def _d2(unit: str) -> str:
    return f"(a2[{unit}] - y[{unit}])*a2[{unit}]*(1 - a2[{unit}])"


_D2K = _d2("{k}")
_D2J = _d2("{j}")
_A1 = f"({_d2('0')}*W2[0,{{j}}] + {_d2('1')}*W2[1,{{j}}])"
_D1 = f"{_A1}*a1[{{j}}]*(1 - a1[{{j}}])"


def _d1(j: int) -> str:
    return _D1.format(j=j)


# the CSC59866 proof's rules over the layers l = 2 (the hidden layer, W1) and l = 3 (the output layer, W2)
_ZL_Z = tuple({"l": 2, "j": j, "t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(3)) + \
    tuple({"l": 3, "j": j, "t": f"z2[{j}]", "m": f"W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]"}
          for j in range(2))
_ZL_B = tuple({"l": 2, "j": j, "p": f"b1[{j}]", "m": _d1(j)} for j in range(3)) + \
    tuple({"l": 3, "j": j, "p": f"b2[{j}]", "m": _d2(str(j))} for j in range(2))
_ZL_W = tuple({"l": 2, "j": j, "k": k, "p": f"W1[{j},{k}]", "m": f"x[{k}]*{_d1(j)}"} for j in range(3) for k in range(2)) + \
    tuple({"l": 3, "j": j, "k": k, "p": f"W2[{j},{k}]", "m": f"a1[{k}]*{_d2(str(j))}"} for j in range(2) for k in range(3))
_ZL_L2J3 = tuple({"l": 2, "j": j} for j in range(3))
_ZL_DZ = tuple({"l": 2, "k": k, "j": j} for k in range(2) for j in range(3))

# the binary cross-entropy of one sigmoid output: dJ/d y_hat
_DJ = "-(y[0]/a1[0] - (1 - y[0])/(1 - a1[0]))"

# kksv's single neuron: -dE/dnet and eta times it times the input
_KK_D = "-(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_KK_DW = f"eta*{_KK_D}*x[0]"

# maohieng's 2-2-1 network: dE/dS_o3
_MH_D = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# the CSCI4931 neuron: dL/dw
_EG_G = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"

# Pugliese's 2-3-1 network: dE/di of the output neuron
_PG_D = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_PG_I = tuple({"l": 2, "k": k, "t": f"z1[{k}]", "m": f"x[0]*W1[{k},0] + x[1]*W1[{k},1]"} for k in range(3)) + \
    ({"l": 3, "k": 0, "t": "z2[0]", "m": "a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2]"},)
_PG_IJ = tuple({"i": i, "j": 0} for i in range(3))
_PG_J0 = ({"j": 0},)

ENTRIES = [
    # ---- the ELEC320 lecture notes (UoL CS Notes, Haykin's letters; \[ ... \] displays, four spaces in where a
    # bullet holds them): y_i(n) with the time stamp n, \underbrace with a \text label, \frac12, a sum over j \in
    # output, \mathbf W without braces, an aligned chain; one slip (y_i for y_j) and one sum over n where k was meant --
    Public("x7-bw-e", _BW, "b117_bw", "b117_bw", "    \\[e_j(n)=d_j(n)-y_i(n)\\]", ((W,),),
           (Twin("value", "y[{j}] - a2[{j}]", ("y[{j}] - a1[{i}]",), _J2I3),), batch=117,
           why="the output error of neuron j written with y_i, the output of neuron i of the layer before (the notes' "
               "own y_i(n), the signal neuron j receives), where y_j was meant: d_j - y_j"),
    Public("x7-bw-E", _BW, "b117_bw", "b117_bw", "    \\[E(n)=\\frac12\\sum_{j\\in\\text{output}}e^2_j(n)\\]", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=117,
           why="the network's error, half the sum over the output neurons of e_j^2, a value"),
    Public("x7-bw-y", _BW, "b117_bw", "b117_bw", "    \\[y_j(n)=\\phi(v_j(n))\\]", ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])",), _J2),), batch=117),
    Public("x7-bw-dl", _BW, "b117_bw", "b117_bw",
           "    \\[\\delta_j(n)=e_j(n)\\times\\underbrace{\\phi'(v_j(n))}_\\text{activation function gradient}\\]",
           ((C,),),
           (Twin("value", f"-{_D2J}", ("(y[{j}] - a2[{j}])*sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))",), _J2),),
           batch=117, why="the local gradient (-dE/dv_j), a value; \\underbrace labelled with \\text"),
    Public("x7-bw-gr", _BW, "b117_bw", "b117_bw", "    \\[\\nabla_\\mathbf WE=-\\delta_j(n)y_i(n)\\]", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", (f"{_D2J}*a1[{{i}}]",), _J2I3),), batch=117,
           why="the gradient of E by the weights, entry w_ji: -delta_j y_i (delta_j = -dE/dv_j); \\mathbf W unbraced"),
    Public("x7-bw-B", _BW, "b117_bw", "b117_bwh",
           "\\[\\delta_j(n)=\\phi'_j\\left(v_j\\left(n\\right)\\right)\\sum_n\\left(\\delta_k(n)w_{kj}(n)\\right)\\]",
           unreadable="\\sum_n", batch=117,
           why="key equation B, the hidden neuron's local gradient, summed over n (the notes' time stamp) where the sum "
               "runs over the neurons k of the next layer: k is left free and n indexes no neuron (the notes' typo)"),
    Public("x7-bw-dw", _BW, "b117_bw", "b117_bw",
           "\\[\\begin{aligned} \\Delta w_{ji}(n)&=-\\eta\\frac{\\partial E(n)}{\\partial w_{ji}(n)}\\\\ "
           "&=\\eta\\delta_j(n)y_i(n) \\end{aligned}\\]", ((C, C),),
           (Twin("value", f"-eta*{_D2J}*a1[{{i}}]",
                 (f"-eta*{_D2J}*a1[{{i}}]", "eta*(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]"), _J2I3),),
           batch=117, why="key equation 1, the weight's correction Delta w_ji = -eta dE/dw_ji, judged at the output "
                          "layer (j an output neuron, i a hidden one), a value"),
    # ---- the Mathematics Stack Exchange question on the binary cross-entropy's derivative ($$ displays after the
    # prose on their line): the question's unbalanced parenthesis, its chain over three paragraphs (each member a
    # line of its own after "Product rule:", "Sum rule:", ...) and its sign slip; the answer's \mbox labels, log
    # without a backslash, z the prediction and h the sum -------------------------------------------------------------
    Public("x7-bc-J", _BC, "b117_bc", "b117_bc",
           "Binary cross entropy loss function: $$J(\\hat y) = \\frac{-1}{m}\\sum_{i=1}^m y_i\\log(\\hat y_i)+"
           "(1-y_i)(\\log(1-\\hat y)$$", unreadable="(\\log(1-\\hat y)", batch=117,
           why="the loss with a parenthesis opened before \\log and never closed (the question's typo)"),
    Public("x7-bc-chain", _BC, "b117_bc", "b117_bc",
           "Product rule: $$ \\frac{dJ}{d\\hat y_i} = -1(\\frac{d}{d\\hat y_i}(y_i\\log(\\hat y_i)+(1-y_i)"
           "(\\log(1-\\hat y)))) $$\n\nSum rule: $$ = -1(\\frac{d}{d\\hat y_i}y_i\\log(\\hat y_i)+\\frac{d}{d\\hat y_i}"
           "(1-y_i)(\\log(1-\\hat y))) $$\n\nProduct rule, deriv of constant (treating $y$ as a constant) and deriv of "
           "natural log: $$ = -1(\\frac{y_i}{\\hat y_i} + \\frac{1-y_i}{1 - \\hat y_i})$$", ((C, C, W),),
           (Twin("value", _DJ, (_DJ, _DJ, "-(y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))")),), batch=117,
           why="the question's derivation, one chain over three paragraphs (each continuing with = after its label): "
               "the last member's + where the chain rule gives - (d/dy log(1 - y) = -1/(1 - y)), the sign the "
               "question asks about"),
    Public("x7-bc-ex", _BC, "b117_bc", "b117_bc",
           "However, this is different from the expected result: $$ \\frac{dJ}{d\\hat y_i} = -1(\\frac{y_i}{\\hat y_i} "
           "- \\frac{1-y_i}{1 - \\hat y_i}) $$", ((C,),), (Twin("value", _DJ, (_DJ,)),), batch=117),
    Public("x7-bc-h", _BC, "b117_bc", "b117_bca", "$$\\mathbf{h} = \\mathbf{w}^T \\mathbf{X} $$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=117,
           why="the answer's h, the neuron's sum (no bias)"),
    Public("x7-bc-z", _BC, "b117_bc", "b117_bca",
           "$$\\mbox{Logistic regression: }\\mathbf{z} = \\sigma(\\mathbf{h}) = \\frac{1}{1 + e^{-\\mathbf{h}}}$$",
           ((C, C),), (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=117,
           why="\\mbox label before the formula; z the answer's name for the prediction"),
    Public("x7-bc-Jc", _BC, "b117_bc", "b117_bca",
           "$$\\mbox{Cross-entropy loss: } J(\\mathbf{w}) = -(\\mathbf{y} log(\\mathbf{z}) + (1 - \\mathbf{y})"
           "log(1 - \\mathbf{z})) $$ $$ \\mbox{Use chain rule: } \\frac{\\partial{J(\\mathbf{w})}}{\\partial{\\mathbf{w}}} "
           "= \\frac{\\partial{J(\\mathbf{w})}}{\\partial{\\mathbf{z}}} \\frac{\\partial{\\mathbf{z}}}{\\partial{\\mathbf{h}}} "
           "\\frac{\\partial{\\mathbf{h}}}{\\partial{\\mathbf{\\mathbf{w}}}}$$", ((C,), (C,)),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),
            Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2)), batch=117,
           why="two displays on one line: the loss (log written without a backslash) and the chain rule for the "
               "weight vector w, judged entry by entry"),
    # ---- kksv's numerical questions (a Blogger post, plain text in <pre>): Q3's output neuron, y = 0.6, d = 1, h =
    # 0.5, eta = 0.1; Greek letters and Δw in plain text, numbers after the symbols ------------------------------------
    Public("x7-kk-d", _KK, "b117_kk", "b117_kk", "Delta error: δ = (d - y) * y * (1 - y)", ((C,),),
           (Twin("value", _KK_D, ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=117,
           why="the output's error term (-dE/dnet), a value, after its label"),
    Public("x7-kk-dn", _KK, "b117_kk", "b117_kk", "δ = (1 - 0.6) * 0.6 * 0.4 = 0.096", ((C, C),),
           (Twin("value", _KK_D, ("=(1 - 0.6)*0.6*0.4", "=0.096")),), batch=117,
           why="the same at the question's numbers (y = 0.6, d = 1)"),
    Public("x7-kk-wn", _KK, "b117_kk", "b117_kk", "Updated weight: w_new = w_old + Δw", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] + {_KK_DW}",)),), batch=117),
    # ---- amajidsinar's cheatsheet (a notebook's Markdown: \begin{align} blocks, Nielsen's letters with L and L-1
    # as layers, w \Rightarrow w' for the step; NumPy lines in ``` blocks with the page's precedence slips) ----------
    Public("x7-am-C", _AM, "b117_am", "b117_am",
           "\\begin{align}\nC(w,b)&=\\frac{1}{2n}\\sum|y-a|^2 \\\\\n\\frac{\\partial C}{\\partial a^L}&=\\frac{1}{n}"
           "(a^L - y)\n\\end{align}", ((C,), (C,)),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("(1/(2*1))*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),
            Twin("value", "a2[{k}] - y[{k}]", ("(1/1)*(a2[{k}] - y[{k}])",), _K2)), batch=117,
           why="the 'Batch MSE' block: the cost over the n samples (one here), |y - a| the difference's length, and its "
               "derivative by the output"),
    Public("x7-am-w", _AM, "b117_am", "b117_am",
           "\\begin{align}\nw \\Rightarrow w' = w^L - \\eta \\frac{\\partial C}{\\partial w^L} \n\\end{align}", ((C,),),
           (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2K}*a1[{{j}}]",), _K2J3),), batch=117,
           why="Nielsen's w -> w' with \\Rightarrow, the step of the output layer's weights w^L"),
    Public("x7-am-gw", _AM, "b117_am", "b117_am",
           "\\begin{align}\n\\frac{\\partial C}{\\partial w^L} = a^{L-1}\\delta^L\n\\end{align}", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_D2K}",), _K2J3),), batch=117,
           why="entry by entry, dC/dw^L_kj = a^{L-1}_j delta^L_k (the matrix written as the product of the two vectors, "
               "in the order of the code's np.dot(a_L-1.T, err_L))"),
    Public("x7-am-dL", _AM, "b117_am", "b117_am",
           "\\begin{align}\n\\delta^L = \\frac{\\partial C}{\\partial a^L} \\sigma'(z^L)\n\\end{align}", ((C,),),
           (Twin("value", _D2K, ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),), batch=117),
    Public("x7-am-err", _AM, "b117_am", "b117_amc", "error_L=a_L-y/minibatch*sigmoid_grad(z_L)", ((W,),),
           (Twin("value", _D2K, ("a2[{k}] - y[{k}]/1*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=117,
           why="the code line of delta^L without parentheses: a_L - (y/minibatch)*sigmoid_grad(z_L), not (a_L - y)/"
               "minibatch*sigmoid_grad(z_L) (the page's slip; wrong at one sample too)"),
    Public("x7-am-err1", _AM, "b117_am", "b117_amc", "error_L-1=np.dot(err_L,(w_L).T)*sigmoid_grad(L-1)",
           unreadable="error_L-1", batch=117,
           why="an assignment to error_L-1 (error_L minus 1 in Python), and sigmoid_grad(L-1) where z of layer L-1 was "
               "meant: the line cannot be read as written"),
    Public("x7-am-dL1", _AM, "b117_am", "b117_am",
           "\\begin{align}\n\\delta^{L-1} = ((w^L)^T)\\delta^L \\odot \\sigma'(z^{L-1})\n\\end{align}", ((C,),),
           (Twin("value", _D1, (f"{_A1}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J3),), batch=117,
           why="(w^L)^T in its own parentheses"),
    # ---- zli03's CSC59866 homework: the proof of BP1 - BP4 in a notebook's Markdown, $$ on lines of their own
    # (indented under the derivation's numbered steps), superscript before subscript (z^l_j, w^{l+1}_{kj}) ----------
    Public("x7-zl-z", _ZL, "b117_zl", "b117_zl", "  $$\n  z^l_j = \\sum_k w^l_{jk} a^{l-1}_k + b^l_j\n  $$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _ZL_Z),), batch=117,
           why="the weighted input of neuron j of layer l, for l = 2, 3 (a^1 the input)"),
    Public("x7-zl-bp1", _ZL, "b117_zl", "b117_zl",
           "$$\n\\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)\n$$", ((C,),),
           (Twin("value", _D2J, ("(a2[{j}] - y[{j}])*sigmoid(z2[{j}])*(1 - sigmoid(z2[{j}]))",), _J2),), batch=117,
           why="BP1 at the output layer L = 3"),
    Public("x7-zl-bp2", _ZL, "b117_zl", "b117_zl",
           "$$\n\\delta^l_j = \\sum_k w^{l+1}_{kj} \\delta^{l+1}_k \\sigma'(z^l_j)\n$$", ((C,),),
           (Twin("value", _D1, (f"{_A1}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _ZL_L2J3),), batch=117,
           why="BP2 for the hidden layer l = 2, the only layer with a layer l + 1 after it and before L"),
    Public("x7-zl-bp2c", _ZL, "b117_zl", "b117_zl",
           "   $$\n   \\delta^l_j = \\frac{\\partial C}{\\partial z^l_j} = \\sum_k \\frac{\\partial C}{\\partial z^{l+1}_k} "
           "\\cdot \\frac{\\partial z^{l+1}_k}{\\partial z^l_j}\n   $$", ((C, C),),
           (Twin("value", _D1, (_D1, _D1), _ZL_L2J3),), batch=117, why="l = 2"),
    Public("x7-zl-dz", _ZL, "b117_zl", "b117_zl",
           "   $$\n   \\frac{\\partial z^{l+1}_k}{\\partial z^l_j} = w^{l+1}_{kj} \\sigma'(z^l_j)\n   $$", ((C,),),
           (Twin("value", "W2[{k},{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("W2[{k},{j}]*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _ZL_DZ),), batch=117,
           why="a derivative of one layer's weighted input by the layer before's, a value (l = 2)"),
    Public("x7-zl-bp3", _ZL, "b117_zl", "b117_zl", "$$\n\\frac{\\partial C}{\\partial b^l_j} = \\delta^l_j\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZL_B),), batch=117, why="BP3 for every bias, l = 2, 3"),
    Public("x7-zl-bp4", _ZL, "b117_zl", "b117_zl",
           "$$\n\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZL_W),), batch=117, why="BP4 for every weight, l = 2, 3"),
    # ---- maohieng's Exercise 1 (a notebook's Markdown, $$ on lines of their own): w_{1,3}, S_{h1}, o_{3, \text{true}}
    # and o_3^{\text{true}} for one target, h_1^{'} with a braced prime, \partial{E} with braces, [ ] around the
    # differentiated expression; the derivative of the sigmoid written of the sums S (the notebook's slip, which its
    # code repeats: h1_net * (1 - h1_net)) -----------------------------------------------------------------------------
    Public("x7-mh-hd1", _MH, "b117_mh", "b117_mh",
           "$$\nh_1^{'} = \\frac{\\partial{h_1}}{\\partial{S_{h1}}} = \\sigma^{'}(S_{h1}) = "
           "\\frac{\\partial{\\sigma(S_{h1})}}{\\partial{S_{h1}}} = S_{h1} \\cdot (1 - S_{h1})\n$$", ((C, C, C, W),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("a1[0]*(1 - a1[0])", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))",
                  "z1[0]*(1 - z1[0])")),), batch=117,
           why="the sigmoid's slope at S_h1 is h_1 (1 - h_1), not S_h1 (1 - S_h1): the sum where the output was meant"),
    Public("x7-mh-od", _MH, "b117_mh", "b117_mh",
           "$$\no_3^{'} = \\frac{\\partial{o_3}}{\\partial{S_{o3}}} = \\sigma^{'}(S_{o3}) = "
           "\\frac{\\partial{\\sigma(S_{o3})}}{\\partial{S_{o3}}} = S_{o3} \\cdot (1 - S_{o3})\n$$", ((C, C, C, W),),
           (Twin("value", "a2[0]*(1 - a2[0])",
                 ("a2[0]*(1 - a2[0])", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))",
                  "z2[0]*(1 - z2[0])")),), batch=117, why="the same slip at the output"),
    Public("x7-mh-dEo", _MH, "b117_mh", "b117_mh",
           "$$\n\\frac{\\partial{E}}{\\partial{o_3}} = \\frac{\\partial{}}{\\partial{o_3}}[\\frac{1}{2} (o_3^2 - 2 \\cdot "
           "o_3 \\cdot o_{3, \\text{true}} + o_{3, \\text{true}}^2)] = o_3 - o_{3, \\text{true}}\n$$", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=117,
           why="a derivative operator \\frac{\\partial{}}{\\partial{o_3}} applied to a bracketed expression"),
    Public("x7-mh-dlt", _MH, "b117_mh", "b117_mh",
           "$$\n\\delta_{o3} = \\frac{\\partial{E}}{\\partial{o_3}} \\cdot \\frac{\\partial{o_3}}{\\partial{S_{o3}}} = "
           "(o_3 - o_3^{\\text{true}}) \\cdot o_3^{'} = (o_3 - o_3^{\\text{true}}) \\cdot o_3 \\cdot (1 - o_3)\n$$",
           ((C, C, C),), (Twin("value", _MH_D, (_MH_D, _MH_D, _MH_D)),), batch=117,
           why="o_3^{\\text{true}} here, o_{3, \\text{true}} above, the same target; o_3' the notebook's name of "
               "do_3/dS_o3"),
    Public("x7-mh-w23", _MH, "b117_mh", "b117_mh",
           "$$\n\\frac{\\partial E}{\\partial w_{2,3}} = \\delta_o \\times h_2\n$$", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_MH_D}*a1[1]",)),), batch=117, why="delta_o for delta_{o3}"),
    Public("x7-mh-w11", _MH, "b117_mh", "b117_mh",
           "$$\n\\frac{\\partial E}{\\partial{w_{1,1}}} = \\delta_{o3} \\cdot w_{1,3} \\cdot h_1^{'} \\cdot x_1 \n$$",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_MH_D}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=117,
           why="h_1' the derivative as the notebook names it (do_1/dS_h1), right as named though its code computes "
               "h1_net * (1 - h1_net)"),
    Public("x7-mh-w12", _MH, "b117_mh", "b117_mh",
           "$$\n\\frac{\\partial E}{\\partial{w_{1,2}}} = \\delta_{o3} \\cdot w_{2,3} \\cdot h_2^{'} \\cdot x_1 \n$$",
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_MH_D}*W2[0,1]*a1[1]*(1 - a1[1])*x[0]",)),), batch=117,
           why="w_{1,2} from x_1 to h_2"),
    # ---- sakshat193's exam revision notebook (Q6.2, linear activations): NumPy cells with row vectors, dL_da2-style
    # names, * 1 for the linear activation's slope, np.dot with .T; its Markdown summary with a₁, z₂, W₂^T, ×, ² ------
    Public("x7-sk-loss", _SK, "b117_sk", "b117_sk", "loss = 0.5 * (y_true - a2) ** 2", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=117,
           why="the loss of the one sample (the notebook's comment says Mean Squared Error)"),
    Public("x7-sk-da2", _SK, "b117_sk", "b117_sk", "dL_da2 = -(y_true - a2)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=117),
    Public("x7-sk-dz2", _SK, "b117_sk", "b117_sk", "dL_dz2 = dL_da2 * 1", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])*1",)),), batch=117,
           why="the linear activation's slope 1"),
    Public("x7-sk-da1", _SK, "b117_sk", "b117_sk", "dL_da1 = np.dot(dL_dz2, W2.T)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J2),), batch=117,
           why="W2 input-first (hidden x output), its transpose the output-first matrix"),
    Public("x7-sk-w2n", _SK, "b117_sk", "b117_sk", "W2_new = W2 - lr * dL_dW2", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",), _J2),), batch=117,
           why="lr the notebook's rate (0.5, the file's)"),
    Public("x7-sk-md", _SK, "b117_sk", "b117_skm", "- Backprop: dL/da₁ = dL/dz₂ · W₂^T", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",), _J2),), batch=117,
           why="the summary's Markdown list item: Unicode subscripts ₁ ₂, · for the product, W₂^T"),
    Public("x7-sk-ml", _SK, "b117_sk", "b117_skm", "- MSE Loss: L = 0.5 × (y - ŷ)²", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=117,
           why="× for the product, ² for the square"),
    # ---- the CSCI4931 homework (a student's notebook, Markdown list items with $ ... $ formulas, a derivative's two
    # sides in two $ ... $ with = between them): a single sigmoid neuron's gradient, its slips a(1-y) for a(1-a) and
    # dL/da for dL/dw, z_i for the prediction, an update left unfinished ------------------------------------------------
    Public("x7-eg-L", _EG, "b117_eg", "b117_eg", "$L = 1/2(a-y)^2$", ((C,),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("(1/2)*(a1[0] - y[0])**2",)),), batch=117,
           why="1/2(a-y)^2 as the page means it, half the square"),
    Public("x7-eg-mse", _EG, "b117_eg", "b117_eg", "      1. $ MSE = \\dfrac{1}{n} \\sum_{i=1}^n (z_i-y_i)^2$", ((W,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(1/1)*(z1[0] - y[0])**2",)),), batch=117,
           why="the mean squared error of the predictions written with z_i, the sum before the sigmoid (the page's z = "
               "wx + b), where a_i was meant"),
    Public("x7-eg-ch", _EG, "b117_eg", "b117_eg",
           "      2. $\\dfrac{\\partial L}{\\partial w} = \\dfrac{\\partial L}{\\partial a} * \\dfrac{\\partial a}"
           "{\\partial z} * \\dfrac{\\partial z}{\\partial w}$", ((C,),),
           (Twin("gradient", "W1[0,0]", (_EG_G,)),), batch=117, why="\\dfrac, * for the product"),
    Public("x7-eg-dla", _EG, "b117_eg", "b117_eg", "      3. $\\dfrac{\\partial L}{\\partial a}$ = $(a-y)$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=117,
           why="the two sides in two $ ... $ with = between them"),
    Public("x7-eg-daz", _EG, "b117_eg", "b117_eg", "      4. $\\dfrac{\\partial a}{\\partial z}$ = $a(1-a)$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=117),
    Public("x7-eg-six", _EG, "b117_eg", "b117_eg", "      6. $\\dfrac{\\partial L}{\\partial a}$ = $(a-y)*a(1-y)*x$",
           ((W,),), (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])*a1[0]*(1 - y[0])*x[0]",)),), batch=117,
           why="the product of the three factors, written with a(1-y) for a(1-a) and under dL/da where dL/dw was "
               "meant: wrong as dL/da (and as dL/dw)"),
    Public("x7-eg-wn", _EG, "b117_eg", "b117_eg", "   3. $w_{new} = w - \\eta((a-y)*a(1-y)*x)$", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*((a1[0] - y[0])*a1[0]*(1 - y[0])*x[0])",)),), batch=117,
           why="the step with a(1-y) for the sigmoid's slope a(1-a)"),
    Public("x7-eg-typo", _EG, "b117_eg", "b117_eg", "$w = w - \\eta *  $", unreadable="*", batch=117,
           why="the update left unfinished after \\eta * (the homework's answer to 1a, its gradient never written)"),
    # ---- Martina Pugliese's Tales of Science & Data (a GitBook's Markdown: $$ on lines of their own, \begin{equation}
    # inside $$, "\ ," and "\ ." ending the displays): i_k^l the neuron's input sum with the layer pair w_ik^{l-1,l}, a
    # sum over k \in \bar l (the layer after), one display inline in a sentence; the correction's w_ji with its
    # indices swapped --------------------------------------------------------------------------------------------------
    Public("x7-pg-i", _PG, "b117_pg", "b117_pg", "$$\ni_k^l = \\sum_i o_i^{l-1} w_{ik}^{l-1,l}\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _PG_I),), batch=117,
           why="the input of neuron k of layer l, for l = 2, 3 (o^1 the network's input); the weight's superscript the "
               "pair of layers it joins"),
    Public("x7-pg-E", _PG, "b117_pg", "b117_pge", "$$\nE = \\frac{1}{2n} \\sum_i^n [o_i - e_i]^2 \\ ,\n$$", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("(1/(2*1))*(a2[0] - y[0])**2",)),), batch=117,
           why="the cost over the n samples (one here), square brackets, \\sum_i^n, a trailing \\ ,"),
    Public("x7-pg-ch", _PG, "b117_pg", "b117_pgo",
           "$$\n\\begin{equation}\n    \\frac{\\partial E}{\\partial w_{ij}} = \\frac{\\partial E}{\\partial o_j} "
           "\\frac{\\partial o_j}{\\partial i_j} \\frac{\\partial i_j}{\\partial w_{ij}} \\ ,\n\\end{equation}\n$$",
           ((C,),), (Twin("gradient", "W2[{j},{i}]", (f"{_PG_D}*a1[{{i}}]",), _PG_IJ),), batch=117,
           why="the chain for a weight w_ij into neuron j, judged at the output layer"),
    Public("x7-pg-dio", _PG, "b117_pg", "b117_pgo", "$$\n\\frac{\\partial o_j}{\\partial i_j} = o_j (1 - o_j) \\ .\n$$",
           ((C,),), (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]*(1 - a2[{j}])",), _PG_J0),), batch=117),
    Public("x7-pg-rec", _PG, "b117_pg", "b117_pgh",
           "$$\n\\frac{\\partial E}{\\partial o_j} = \\sum_{k \\in \\bar l} \\frac{\\partial E}{\\partial o_k} "
           "\\frac{\\partial o_k}{\\partial o_j} = \\sum_{k \\in \\bar l} \\frac{\\partial E}{\\partial o_k} "
           "\\frac{\\partial o_k}{\\partial i_k} \\frac{\\partial i_k}{\\partial o_j} = \\sum_{k \\in \\bar l} "
           "\\frac{\\partial E}{\\partial o_k} \\frac{\\partial o_k}{\\partial i_k} w_{jk}\n$$", ((C, C, C),),
           (Twin("value", f"{_PG_D}*W2[0,{{j}}]", (f"{_PG_D}*W2[0,{{j}}]",) * 3, _J3),), batch=117,
           why="the recursion at a hidden neuron j, k over the neurons of the layer after (\\bar l)"),
    Public("x7-pg-dh", _PG, "b117_pg", "b117_pgh",
           "$$\n\\delta_j = \\sum_{k \\in \\bar l} \\delta_k w_{jk} o_j (1-o_j) \\ ,\n$$", ((C,),),
           (Twin("value", f"{_PG_D}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                 (f"{_PG_D}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=117),
    Public("x7-pg-do", _PG, "b117_pg", "b117_pgo",
           "and in the case of a neuron in the output layer things are much easier to compute, leading to "
           "$$\\delta_j = (o_j-e_j)o_j(1-o_j)$$ .", ((C,),),
           (Twin("value", _PG_D.replace("[0]", "[{j}]"), ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), _PG_J0),),
           batch=117, why="a $$ display inline in the sentence"),
    Public("x7-pg-dw", _PG, "b117_pg", "b117_pgo", "$$\n\\Delta w_{ji} = - \\alpha o_i \\delta_j \\ .\n$$",
           unreadable="w_{ji}", batch=117,
           why="the correction of w_ji, the weight from neuron j to neuron i in the page's own order (w_ij from i to j), "
               "where w_ij was meant: at the output neuron j no such weight exists (the page's typo)"),
    # ---- the xor-neural-network issue thread (a GitHub issue's Markdown): Nielsen's BP1 pasted as plain text in
    # triple backticks within a sentence, δx,L and ∇aCx with their scripts flattened, and the suggested code line in a
    # ``` block, which is the quadratic cost's delta where the notebook's cost is the cross-entropy ---------------------
    Public("x7-fx-bp1", _FX, "b117_fx", "b117_fx",
           "If following the math background of your [source](http://neuralnetworksanddeeplearning.com/chap2.html), "
           "they compute the output layer delta (in your case ```dz2```) as ```δx,L=∇aCx⊙σ′(zx,L)```, which should be "
           "translated to your code as:", unreadable="δx,L", batch=117,
           why="Nielsen's BP1 pasted from his page with its scripts flattened (delta^{x,L}, nabla_a C_x, z^{x,L}): "
               "δx,L cannot be read as the delta it was (as batch 114's pk for p_k)"),
    Public("x7-fx-dz2", _FX, "b117_fx", "b117_fx",
           " dz2 = np.multiply(a2 - y[j], sigmoid(a2, derv=True)) # 1x1 .* 1x1 = 1x1", ((W,),),
           (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=117,
           why="the suggestion multiplies a2 - y by sigmoid'(z2) (the notebook's sigmoid(a2, derv=True) is a2 (1 - a2)): "
               "the quadratic cost's delta, where the notebook's cost is the binary cross-entropy, whose delta is a2 - "
               "y, the line the issue questions"),
]
