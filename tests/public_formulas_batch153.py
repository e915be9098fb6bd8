r"""Batch 153 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with this batch's emphasis on LaTeX lecture notes,
course notes and derivations: index notation with sums over units, deltas by layer, matrix forms with transposes and
Hadamard products, \frac{\partial ...} chains; every address a stored file whose repository the index does not name):
a Chinese Markdown article on neural networks (stored file 30494669188: \begin{cases} with l < L and l = L, an aligned
chain), Dominic Steinitz's Pandoc article on backpropagation and automatic differentiation (stored file 72165393: one
member a line, a numbered summary with inline $...$ broken over two lines), Jack Norrie's article (stored file
12439554199: \odot and (W^{(l)})^T), a Chinese note on Rumelhart, Hinton and Williams (stored file 56872798996:
\quad\text{(...)} labels in Chinese, \otimes and \bigl(...\bigr)^\top, then a NumPy sketch with @ and np.outer), a
Taiwanese homework write-up for Lin's Machine Learning Techniques (stored file 42461923248: an aligned display with a
\text{where } row), a student's CEE 554 course notes (stored file 16041000218: $$ with \\ row breaks and \times), a
student's exam notes in GitHub's ```math blocks (stored file 63170907586: \boxed{...}, one symbol a line, Lin's x_0 = 1
bias input), a Chinese article with a NumPy example (stored file 30923446164), COMP64501's study notes on a toy 2-2-1
network (stored file 56138600807: the layers counted from the input's 1, x_{n1}, y_n, a matrix form with ^\top) and a
Japanese note on the error diffusion method (stored file 33222835136: \begin{align}, a residual r).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded; multi-line displays
kept whole, their line breaks, fences and trailing full stops included, as batch 146 kept them), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents: the page's own index order, w_{ij}^{(l)} = W{l}[j, i] where w_{ij} joins unit i to unit j and W{l}[i, j]
where the page's model sums over j into unit i (Steinitz's); Lin's units from 1 with x_0 = 1 and w_{0j}^{(l)} the bias;
the course notes' layers from the input's 1, W{l-1}; Norrie's a^{(l)} the pre-activation and h^{(l)} the
post-activation; the code's deltas that are -1/2 dE/dz under the squared error written "-grad(z2[:]).T/2"; helpers
declared "sigmoid' at input" or "at output" as they compute), a network of the kind the page describes (no page gives
numbers: 2-2-2 where a page's formulas name w_{kj} and w_{jk} both or its recursion's transposed weights, so that every
index names a weight; 2-1-1 for the NumPy example whose updates swap the layers' deltas, the one size at which they are
arrays of the weights' shapes; the rates the files write, 0.1 and 0.01; all in tests/public_formulas_batch153_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A page's delta (delta_j^{(l)}, delta^{(L)}, the code's output_delta and hidden_error), a derivative by an
output or a sum (dE/do^{(L)}, do_j/di_j), a definition (\Delta w_{ij}^{(l)} = ..., delta_j^{(l)} = de/ds_j^{(l)}) and
the forward sum z_j^{(l)} are twinned as values, as in batches 14 to 152. Formulas keep their page's delimiters and
what surrounds them on their line (a list item's words, a code line's indentation and trailing # comment); what was
left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 153

The batch: 51 formulas from 10 addresses (the Chinese article 6, Steinitz's article 6, Norrie's article 2, the note on
Rumelhart et al. 8, the Taiwanese homework 1, the CEE 554 notes 2, the exam notes 8, the Chinese article with code 8,
COMP64501's notes 8, the Japanese note 2). 43 are in Markdown's LaTeX ($$ displays 32, ```math blocks 8, inline $...$
in Steinitz's list items 3), 8 in code (Python/NumPy). By kind: 22
deltas and error terms, 19 weight gradients (3 of them matrix forms), 3 bias gradients, 5 updates (3 with a named rate,
2 in code with learning_rate after the product), 1 forward sum and 1 pair of local derivatives; no page works numbers.

9 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- the Chinese article's zh-cases1 and zh-cases2, the error term's cases (sections 3.2 and 4.2): f'(z_j^{(l)}) \sum_k
  \delta_k^{(l+1)} w_{kj}^{(l+1)} under the page's own w_{ij} (from unit i of layer l-1 to unit j of layer l: its
  forward line) sums the transposed weights (w_{jk}^{(l+1)} was meant);
- the Chinese article's zh-chain, its middle member \delta_j^{(l)} f'(z_j^{(l)}) a_i^{(l-1)}: delta is dE/dz already
  (the cases that follow), the slope counted twice (the last member, \delta_j^{(l)} a_i^{(l-1)}, right);
- Steinitz's st-dw (its last member) and st-s4: \delta_j^{(l)} z_i^{(l-1)} for dE/dw_{ij}^{(l)} where the page's model
  and recursion index w_{ij} into unit i (a_i^{(1)} = \sum_j w_{ij}^{(1)} x_j, a_k^{(l)} = \sum_i w_{ki}^{(l)}
  z_i^{(l-1)}): the gradient is \delta_i^{(l)} z_j^{(l-1)} (the page's "Since" line writes the other order once);
- Steinitz's st-out, its middle members \frac{\partial E}{\partial y_j} and \frac{\partial}{\partial y_j}(...): y_j
  is the page's actual output (the target), the derivative by it y_j - y_hat_j (y_hat_j was meant);
- the Chinese article's code, cn-wh and cn-wo: weights_hidden += np.dot(inputs.T, output_delta) * learning_rate and
  weights_output += np.dot(hidden_layer_output.T, hidden_error) * learning_rate, each layer stepped with the other
  layer's delta;
- the Japanese note's jp-out, its last member: o^{(L)} - y = r where the page defines r = y - o^{(L)};
- mistyped (unreadable): Norrie's jn-gw, \frac{\partial E}{\partial W_{ij}^{(l)}} = \delta_i^{(l)}z_j^{(l-1)}, \quad
  ...: z_j^{(l-1)}, a name the page never gives (its layers' outputs are h, its sums a; unreadable="z_{j}^{(l-1)}");
- mistyped (unreadable): the CEE 554 notes' ce-w, ... =\delta^{(l)}\times x_i^{(l-1)}: delta^{(l)} without the unit's
  subscript j, a layer's vector where a number is meant (unreadable="\\delta^{(l)}").

Not mistaken, though they look it: the Chinese article's E^{(i)}, sample i's loss beside the weight's index i (one
sample); Steinitz's recursion with w_{kj}^{(l)} (output-first: right under its model); the note on Rumelhart et al.'s
w_{jk}^{(l+1)} (right under its input-first w_{ij}) and its \nabla_{W^{(l)}} E = \delta^{(l)} (y^{(l-1)})^T with W the
sketch's output-first matrix; Norrie's \phi'(a^{(l-1)}) with a the pre-activation; the exam notes' \delta^{(L)} =
2(x^{(L)}-y)\theta'(s^{(L)}) (its e has no 1/2); the course notes' matrix form (a^{(l-1)} \frac{\partial E}{\partial
z^{(l)}})^\top, a column times a row (the page's note: a scalar-by-vector derivative is a row); the Chinese article's
output_delta and hidden_error (the code's deltas, right as values).

What was left out: the Chinese article's update block (\frac{1}{N} \sum_i \frac{\partial E^{(i)}}{\partial
w_{ij}^{(l)}}: the sum's i both the samples' and the weight's index, which no reading decides), its matrix forward line
and its truncated XOR case; Steinitz's \frac{\partial a_i^{(l)}}{\partial w_{ij}^{(l)}} and \frac{\partial
a_k^{(l)}}{\partial a_j^{(l-1)}} lines (their middle members \frac{\sum ...}{\partial w} with no \partial above: and the
first of them indexed as its "Since" line), f'(a) = 1 - \tanh^2(a) and w' = w - \gamma\nabla E(w) (no parameter named),
its automatic differentiation (not a network); Norrie's autodiff sections (no network); the note on Rumelhart et al.'s
sigmoid lines, its table cell \delta_l = W^\top \cdot \delta_{l+1} \odot \sigma'(z_l) (W of no layer), the momentum rule
and the sketch's grad_W1 line (at most 8 from one file); the Taiwanese homework's output-layer display and the hidden
recursion ending in (0) and = 0 (true only at the problem's all-zero weights, which a rule over every weight does not
hold), its SVM and autoencoder problems; the CEE 554 notes' logistic regression and w \leftarrow w - \lambda
\Delta_{in}(w) (no parameter named); the exam notes' \frac{\partial s_j^{(l)}}{\partial w_{ij}^{(l)}} = x_i^{(l-1)}.,
its forward lines, the sigmoid and softmax identities (other networks) and the rest of its chapters; the Chinese
article's forward lines (their w_{ij}^{(l-1)} into layer l, against its gradients' w_{ij}^{(l)}), its bias update, E's
definition, the code's output_error line and forward pass, and its summary section (the same displays again); the
course notes' "$$\n=\n..." continuation displays (no left side), its w_{12}^{(2)} and w_{22}^{(2)} lines (the same as
those taken), the row-vector gradients with \quad and the Hessian, autodiff and initialisation sections (not this
network); the Japanese note's error-diffusion updates (\varepsilon r in place of backpropagation: no gradient).
Pages read and not taken: none beyond these.

Collected on 2026-12-07 (16:41 to 16:50 by the machine's clock, the oracle's run included). Every notation was loaded
(notation_loading.load_notation, each with its network, from the problem file's [notation] table) before the oracle's
run, without judging a formula: all 10 loaded as first written (after two edits made before loading: the Japanese
note's indices "ijl", its first draft "jl" leaving w_{ij}'s i literal, and loss = ["E"] written out on the six pages
whose loss is E). The oracle's first run passed every verdict as first transcribed (49 entries and the batch's checks;
the 2 mistyped entries have no verdicts).

Run blind at main 0683604 (/work/READY_FOR_BLIND60; src/ as at 0683604, main's tip when the batch was collected: the
rebase had nothing to do), with nothing under src/ changed. The first run (/work/batch153_blind.txt): 42 of 51 read
with every verdict right (82%), 6 refused, 1 misread, 1 typo refused, 1 typo read, no crash, NO WRONG FORMULA CALLED
CORRECT. Five of those eight were slips of this batch's tables, not the pages' nor the reader's, and were corrected
(in the commit that adds this paragraph, after the collection's): the Chinese article's code deltas declared
"-grad(z2[:]).T/2" and "-grad(z1[:]).T/2", a meaning the notation format does not take (grad(...) with at most a sign,
a number or the rate before it), now "-0.5*grad(z2[:]).T" and "-0.5*grad(z1[:]).T" (4 refusals: cn-od, cn-he, cn-wh,
cn-wo); the course notes' notation without N, the number of samples its \sum_n runs over, now "N" = "1" (1 refusal:
ms-b3); the Taiwanese homework's tw-w, whose \text{where } row, delta's definition, is a second claim the entry had
no twin for (the misreading: the reader's second claim, correct, is right; the entry now twins it). Run once more
(/work/batch153_blind2.txt): 48 of 51 read with every verdict right (94%), 1 refused, 1 typo refused, 1 typo read, no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. tests/test_public_formulas_held_out.py -k "b153-" passed after
the corrections, check's never-wrong-called-correct test included.

Of the 9 mistaken formulas, all 9 were read with their wrong members called wrong in the second run (7 in the first:
zh-cases1 and zh-cases2, the transposed w_{kj}^{(l+1)}; zh-chain's middle member, the slope twice; st-dw's last member
and st-s4, the input-first gradient under output-first weights; st-out's dE/dy_j members; jp-out's = r; cn-wh and
cn-wo, the swapped deltas, were refused in the first run through the notation's slip and called wrong in the second).
By page (second run; the first's in parentheses where it differs): the Chinese article 6 of 6, Steinitz's article 6
of 6, Norrie's article 1 of 2 (and its typo read), the note on Rumelhart et al. 8 of 8, the Taiwanese homework 1 of 1
(0: misread), the CEE 554 notes 1 of 2 (and its typo refused), the exam notes 8 of 8, the Chinese article with code
8 of 8 (4), COMP64501's notes 7 of 8 (6), the Japanese note 2 of 2.

The refusals and misreadings by construct, with the exact message:

- a chain of Jacobians with a vector's derivatives (the second run's one refusal, both runs): ms-chain, "'\\frac{\\partial
  E_n}{\\partial z_1^{(3)}}\n\\frac{\\partial z_1^{(3)}}{\\partial a^{(2)}}\n\\frac{\\partial a^{(2)}}{\\partial
  z^{(2)}}\n\\frac{\\partial z^{(2)}}{\\partial w_{ij}^{(2)}}' is a vector or matrix where the left side is a number"
  (a number, a row, a diagonal Jacobian and a column, whose product is the number: the reader takes the last factor,
  a vector's derivative by one weight, for something else);
- the typos: ce-w, "'\\delta^{(l)}\\times x_i^{(l-1)}' is a vector or matrix where the left side is a number" (names
  it); jn-gw READ, got (('wrong',), ('correct',)): the page's z_j^{(l-1)}, a name the page never gives, read as
  symbols.md's z, the sums of layer l-1 (the notation gives z no meaning, so symbols.md's stays valid), the weight
  claim called wrong under that reading (the page's h_j^{(l-1)} was meant; in Bishop's notation, which the page's a
  for the pre-activation echoes, z is the activation: right there) and the bias claim right; no wrong formula called
  correct, and a typo the spec's defaults make readable: the entry's unreadable= was this batch's guess, left as it
  came;
- first run only (the tables' slips above): cn-od, cn-wh, "formula 'output_delta = output_error *
  sigmoid_derivative(output_l...': output_{delta}: 'output_delta' means '-grad(z2[:]).T/2' (no placeholders):
  grad(...) stands alone in a meaning, with at most a sign, a number or the learning rate before it (-grad(z1[:]),
  0.5*grad(W1[0, 0]), -eta*grad(W2[0, :])), or as a factor of a sum's terms, of one number each (grad(a2[0])*a2[0] +
  grad(a2[1])*a2[1]); write the rest in the formula" (cn-he and cn-wo the same for hidden_error); ms-b3, "formula
  '\\frac{\\partial E}{\\partial b_1^{(3)}} = \\sum_n(a_1^{(3)}-...': a sum over the samples has no bound, so nothing
  says how many it adds (...): '\\sum_n(a_1^{(3)}-y_n)' is right for one sample but not over the step's samples (their
  count, say N), where the file's reduction makes the step's loss their mean; give N its value in the notation ("N" =
  "1", the one sample check reads), or, if the page's loss is their total, write reduction = "sum" in the file's
  [update]"; tw-w misread, expected (('correct', 'correct'),), got (('correct', 'correct'), ('correct',)).

Read, among the constructs these pages brought: \begin{cases} with the conditions l < L and l = L (both cases'
transposed weights called wrong), aligned chains ending in \\ rows and a \text{where } row, \sum_k and \sum_{j=1}^{d^{(l)}}
over units with the page's index orders both ways, \frac{\partial E^{(i)}}{...} with a sample's superscript, \Delta w
= \frac{\partial E}{\partial w} = ..., a derivative by the target (st-out's middle members called wrong), inline $...$
broken over two lines of a list item, \odot with (W^{(l)})^T, \otimes and \bigl(y^{(l-1)}\bigr)^\top, \sigma'\!\left(
... \right) with a \quad\text{(...)} label in Chinese, NumPy's @, .T, np.outer and -= with lr, ```math fences with
\boxed{...} and a full stop inside, \sum_jw_{ij} with no space, \leftarrow over five lines, (a^{(l-1)}
\frac{\partial E}{\partial z^{(l)}})^\top, a += update with the rate after the product (both swapped updates called
wrong), \begin{align} with a residual r.

Which look general: the Jacobian chain (ms-chain): a chain through a layer's vector, \frac{\partial z_1^{(3)}}{\partial
a^{(2)}} \frac{\partial a^{(2)}}{\partial z^{(2)}} \frac{\partial z^{(2)}}{\partial w_{ij}^{(2)}}, is how notes written
from slides state the hidden weights' gradient (the Jacobians' shapes make the product a number); the typo read
(jn-gw) is the spec's default symbols at work, not a reader's fault. The first run's refusals were the tables'.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch153_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_ZH = _STORED.format(30494669188, "# 神经网络(Neural Network)原理与代码实战案例讲解",
                     "a Chinese Markdown article on neural networks: $$ displays of the BP algorithm with cases, "
                     "aligned chains and the error term's recursion")
_ST = _STORED.format(72165393, "% Backpropogation is Just Steepest Descent with Automatic Differentiation",
                     "Dominic Steinitz's Pandoc Markdown article (2013): a backpropagation refresher in $$ displays "
                     "before automatic differentiation in Haskell")
_JN = _STORED.format(12439554199, "---",
                     "Jack Norrie's article \"Backpropagation  A Modern Explanation\" (2025): the layered network's "
                     "iterative equations in $$ displays, then autodiff")
_RH = _STORED.format(56872798996, "---",
                     "a Chinese Markdown note on Rumelhart, Hinton and Williams (1986): the delta rule's $$ displays "
                     "with \\quad\\text{...} labels and a NumPy sketch of the 1986 algorithm")
_TW = _STORED.format(42461923248, "## Machine Learning Techniques HW\\#2",
                     "a Taiwanese student's homework write-up for Lin's Machine Learning Techniques: aligned $$ "
                     "displays in Lin's notation, x_0 = +1 the bias input")
_CE = _STORED.format(16041000218, "# CEE 554 Data Mining in Transportation",
                     "a student's course notes (Markdown exported from Typora): Lin's notation, $$ displays with "
                     "\\\\ row breaks and \\times")
_LF = _STORED.format(63170907586, "# Explain machine learning exam slides",
                     "a student's exam-preparation notes for Foundations of Machine Learning (LMU), an assistant's "
                     "explanations in GitHub's ```math blocks: Lin's MLP notation, \\boxed{...} key formulas")
_CN = _STORED.format(30923446164, "                 ",
                     "a Chinese Markdown article on backpropagation: $$ displays of the chain rule and updates, then a "
                     "NumPy example whose updates swap the two layers' deltas")
_MS = _STORED.format(56138600807, "---",
                     "COMP64501's \"Neural Networks \u2014 Exercise Solutions\" study notes written from a "
                     "lecture's slides: a toy 2-2-1 MLP's gradients in $$ displays, one "
                     "symbol a line, and a matrix form with ^\\top")
_JP = _STORED.format(33222835136, "# Theory of Error Diffusion Algorithm",
                     "a Japanese note on the error diffusion method: its update's derivatives in $$ with align, a "
                     "residual r = y - o^{(L)}")

_I2 = range(2)
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_I2J2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))


def _sig2(k) -> str:
    """dE/dz2[k] of sigmoid outputs under half the squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _sig1(j, outputs: int) -> str:
    """dE/dz1[j] of a sigmoid hidden layer under sigmoid outputs and half the squared error."""
    inner = " + ".join(f"{_sig2(k)}*W2[{k},{j}]" for k in range(outputs))
    return f"({inner})*a1[{j}]*(1 - a1[{j}])"


# the Chinese article's 2-2-2 sigmoid network: its forward line, the cases (the hidden case's w_{kj}^{(l+1)} is
# W2[j,k] under its own w_{ij}: transposed), the gradient rules and the chain's middle member (an extra slope)
_ZH_FWD = (tuple({"t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(2))
           + tuple({"t": f"z2[{k}]", "m": f"W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]"} for k in range(2)))
_ZH_CASES = (tuple({"t": _sig1(j, 2), "m": f"sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))*({_sig2(0)}*W2[{j},0] + "
                                           f"{_sig2(1)}*W2[{j},1])"} for j in range(2))
             + tuple({"t": _sig2(k), "m": f"sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))*(a2[{k}] - y[{k}])"}
                     for k in range(2)))
_ZH_GW = (tuple({"p": f"W2[{k},{j}]", "m": f"{_sig2(k)}*a1[{j}]", "w": f"{_sig2(k)}*a2[{k}]*(1 - a2[{k}])*a1[{j}]"}
                for k in range(2) for j in range(2))
          + tuple({"p": f"W1[{j},{i}]", "m": f"{_sig1(j, 2)}*x[{i}]", "w": f"{_sig1(j, 2)}*a1[{j}]*(1 - a1[{j}])*x[{i}]"}
                  for j in range(2) for i in range(2)))
_ZH_GB = (tuple({"p": f"b2[{k}]", "m": _sig2(k)} for k in range(2))
          + tuple({"p": f"b1[{j}]", "m": _sig1(j, 2)} for j in range(2)))

# Steinitz's 2-2-2 network (tanh hidden, linear outputs, half the squared error, output-first w_{ij}^{(l)})
_ST_D1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*(1 - a1[{j}]**2)"
_ST_G = (tuple({"p": f"W2[{i},{j}]", "t": f"(a2[{i}] - y[{i}])*a1[{j}]", "m": f"(a2[{j}] - y[{j}])*a1[{i}]"}
               for i in range(2) for j in range(2))
         + tuple({"p": f"W1[{i},{j}]", "t": f"{_ST_D1.format(j=i)}*x[{j}]", "m": f"{_ST_D1.format(j=j)}*x[{i}]"}
                 for i in range(2) for j in range(2)))

# Norrie's 2-3-2 sigmoid network
_JN_D1 = _sig1("{j}", 2)

# the note on Rumelhart et al.: 2-3-2 sigmoid, no biases
_RH_D2 = _sig2("{k}")
_RH_D1 = _sig1("{j}", 2)
_RH_S1 = f"({_sig2(0)}*W2[0,{{j}}] + {_sig2(1)}*W2[1,{{j}}])*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))"
_RH_G = (tuple({"p": f"W2[{k},{j}]", "m": f"{_sig2(k)}*a1[{j}]"} for k in range(2) for j in range(3))
         + tuple({"p": f"W1[{j},{i}]", "m": f"{_sig1(j, 2)}*x[{i}]"} for j in range(3) for i in range(2)))

# Lin's tanh networks under the squared error (one output): de/ds^{(2)}, de/ds_j^{(1)}
_LIN_D2 = "2*(a2[0] - y[0])*(1 - a2[0]**2)"
_LIN_D1 = f"{_LIN_D2}*W2[0,{{j}}]*(1 - a1[{{j}}]**2)"
_TW_G = (tuple({"p": f"W1[{j},{i}]", "m": f"{_LIN_D1.format(j=j)}*x[{i}]"} for j in range(2) for i in range(2))
         + tuple({"p": f"b1[{j}]", "m": _LIN_D1.format(j=j)} for j in range(2)))
_LF_DEF = tuple({"t": _LIN_D1.format(j=j)} for j in range(3)) + ({"t": _LIN_D2},)
_LF_G = (tuple({"p": f"W2[0,{j}]", "m": f"{_LIN_D2}*a1[{j}]"} for j in range(3)) + ({"p": "b2[0]", "m": _LIN_D2},)
         + tuple({"p": f"W1[{j},{i}]", "m": f"{_LIN_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2))
         + tuple({"p": f"b1[{j}]", "m": _LIN_D1.format(j=j)} for j in range(3)))
_LF_U = tuple({"p": v["p"], "m": f"{v['p']} - eta*{v['m']}"} for v in _LF_G)

# the Chinese article's code on 2-1-1 (sigmoid layers, the squared error of one output): dE/dz2, dE/dz1
_CN_D2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CN_D1 = f"{_CN_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_CN_OD = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_CN_HE = f"{_CN_OD}*W2[0,0]*a1[0]*(1 - a1[0])"
_CN_G = ({"p": "W2[0,0]", "m": f"{_CN_D2}*a1[0]"},) + tuple({"p": f"W1[0,{i}]", "m": f"{_CN_D1}*x[{i}]"} for i in _I2)
_CN_B = ({"p": "b2[0]", "m": _CN_D2}, {"p": "b1[0]", "m": _CN_D1})
_CN_U = tuple({"p": v["p"], "m": f"{v['p']} - eta*{v['m']}"} for v in _CN_G)

# the course notes' 2-2-1 network (tanh hidden, sigmoid output, the cross-entropy), units from 1 on the page
_MS_D1 = "(a2[0] - y[0])*W2[0,{i}]*(1 - a1[{i}]**2)"
_MS_G = (tuple({"p": f"W2[0,{j}]", "m": f"(a2[0] - y[0])*a1[{j}]"} for j in range(2))
         + tuple({"p": f"W1[{i},{j}]", "m": f"{_MS_D1.format(i=i)}*x[{j}]"} for i in range(2) for j in range(2)))

# the Japanese note's 2-2-1 sigmoid network: f'(i_j^{(l)}) and di_j/dw_ij at both layers
_JP_SLOPE = (tuple({"t": f"a1[{j}]*(1 - a1[{j}])", "m": f"sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))"} for j in range(2))
             + ({"t": "a2[0]*(1 - a2[0])", "m": "sigmoid(z2[0])*(1 - sigmoid(z2[0]))"},))
_JP_IN = tuple({"t": f"x[{i}]"} for i in range(2)) + tuple({"t": f"a1[{i}]"} for i in range(2))


ENTRIES = [
    # ---- the Chinese article ($$ displays, \begin{cases} with l < L and l = L, aligned chains): its forward line, the
    # error term twice with w_{kj}^{(l+1)} (transposed under its own w_{ij}), the gradients, a chain with an extra slope
    Public("r53-zh-z", _ZH, "b153_zh", "b153_zh", "$$z_j^{(l)} = \\sum_i w_{ij}^{(l)} a_i^{(l-1)} + b_j^{(l)}$$",
           ((C,),), (Twin("value", "{t}", ("{m}",), _ZH_FWD),), batch=153,
           why="the forward pass's sum at every unit of both layers, a value (w_{ij} from unit i to unit j: the page's)"),
    Public("r53-zh-cases1", _ZH, "b153_zh", "b153_zh",
           "$$\n\\delta_j^{(l)} = \n\\begin{cases}\nf'(z_j^{(l)}) \\sum_k \\delta_k^{(l+1)} w_{kj}^{(l+1)} & l < L \\\\\n"
           "f'(z_j^{(L)}) (\\hat{y}_j^{(i)} - y_j^{(i)}) & l = L\n\\end{cases}\n$$", ((W,),),
           (Twin("value", "{t}", ("{m}",), _ZH_CASES),), batch=153,
           why="MISTAKEN: under the page's own w_{ij} (from unit i of layer l-1 to unit j of layer l), w_{kj}^{(l+1)} "
               "joins unit k of layer l to unit j of layer l+1: the recursion needs w_{jk}^{(l+1)} (the transposed "
               "weights; wrong at the hidden units, the output case right); sample i's outputs and targets"),
    Public("r53-zh-w", _ZH, "b153_zh", "b153_zh",
           "$$\\frac{\\partial E^{(i)}}{\\partial w_{ij}^{(l)}} = a_i^{(l-1)} \\delta_j^{(l)}$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZH_GW),), batch=153,
           why="every weight of both layers; E^{(i)} sample i's loss (its superscript i, the weight's i beside it)"),
    Public("r53-zh-b", _ZH, "b153_zh", "b153_zh",
           "$$\\frac{\\partial E^{(i)}}{\\partial b_j^{(l)}} = \\delta_j^{(l)}$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _ZH_GB),), batch=153, why="every bias of both layers"),
    Public("r53-zh-chain", _ZH, "b153_zh", "b153_zh",
           "$$\n\\begin{aligned}\n\\frac{\\partial E}{\\partial w_{ij}^{(l)}} &= \\frac{\\partial E}{\\partial a_j^{(l)}} "
           "\\frac{\\partial a_j^{(l)}}{\\partial z_j^{(l)}} \\frac{\\partial z_j^{(l)}}{\\partial w_{ij}^{(l)}} \\\\\n"
           "&= \\delta_j^{(l)} f'(z_j^{(l)}) a_i^{(l-1)} \\\\\n&= \\delta_j^{(l)} a_i^{(l-1)}\n\\end{aligned}\n$$",
           ((C, W, C),), (Twin("gradient", "{p}", ("{m}", "{w}", "{m}"), _ZH_GW),), batch=153,
           why="MISTAKEN in its middle member: delta_j^{(l)} is dE/dz_j^{(l)} (the cases below it), which holds "
               "f'(z_j^{(l)}) already; times f' again it is not the gradient (the last member drops it: right)"),
    Public("r53-zh-cases2", _ZH, "b153_zh", "b153_zh",
           "$$\n\\delta_j^{(l)} = \n\\begin{cases}\nf'(z_j^{(l)}) \\sum_k \\delta_k^{(l+1)} w_{kj}^{(l+1)} & l < L \\\\\n"
           "f'(z_j^{(L)}) (\\hat{y}_j - y_j) & l = L\n\\end{cases}\n$$", ((W,),),
           (Twin("value", "{t}", ("{m}",), _ZH_CASES),), batch=153,
           why="MISTAKEN: the same cases in section 4.2, without the sample's superscript: w_{kj}^{(l+1)} for "
               "w_{jk}^{(l+1)}"),
    # ---- Steinitz's article ($$ displays, one symbol or member a line; a numbered summary with inline $...$ over
    # two lines): output-first weights in the model and the recursion, the gradient written input-first -------------
    Public("r53-st-dw", _ST, "b153_st", "b153_st",
           "$$\n\\Delta w_{ij}^{(l)} =\n\\frac{\\partial E}{\\partial w_{ij}^{(l)}} =\n\\delta_j^{(l)} z_i^{(l-1)}\n$$",
           ((C, W),), (Twin("value", "{t}", ("{t}", "{m}"), _ST_G),), batch=153,
           why="MISTAKEN in its last member: w_{ij}^{(l)} joins unit j of layer l-1 to unit i of layer l (the page's "
               "model, a_i^{(1)} = sum_j w_{ij}^{(1)} x_j, and its recursion's a_k^{(l)} = sum_i w_{ki}^{(l)} "
               "z_i^{(l-1)}), so dE/dw_{ij}^{(l)} = delta_i^{(l)} z_j^{(l-1)}; the page's line before it writes "
               "a_j^{(l)} = sum_i w_{ij}^{(l)} z_i^{(l-1)}, the other order; Delta w the derivative the page names so"),
    Public("r53-st-out", _ST, "b153_st", "b153_st",
           "$$\n\\delta_j = \\frac{\\partial E}{\\partial a_j} = \\frac{\\partial E}{\\partial y_j} = "
           "\\frac{\\partial}{\\partial y_j}\\bigg(\\frac{1}{2}\\sum_{i=0}^M (\\hat{y}_i - y_i)^2\\bigg) = "
           "\\hat{y}_j - y_j\n$$", ((C, W, W, C),),
           (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]", "y[{j}] - a2[{j}]", "y[{j}] - a2[{j}]",
                                               "a2[{j}] - y[{j}]"), _J2),), batch=153,
           why="MISTAKEN in its middle members: y_j is the actual output (the target: the page's y) and the "
               "derivative by it is y_j - y_hat_j; the page meant y_hat_j (\"since y_hat_j = a_j\"); the first and "
               "last members right (a linear output)"),
    Public("r53-st-rec", _ST, "b153_st", "b153_st",
           "$$\n\\delta_j^{(l-1)} =\n\\sum_k \\frac{\\partial E}{\\partial a_k^{(l)}}\\frac{\\partial a_k^{(l)}}"
           "{\\partial a_j^{(l-1)}} =\n\\sum_k \\delta_k^{(l)} w_{kj}^{(l)}\\, f'(a_j^{(l-1)}) =\n"
           "f'(a_j^{(l-1)}) \\sum_k \\delta_k^{(l)} w_{kj}^{(l)}\n$$", ((C, C, C),),
           (Twin("gradient_z", "z1[{j}]", (_ST_D1, _ST_D1, _ST_D1), _J2),), batch=153,
           why="the hidden layer's delta (dE/da, a the sums), the weights output-first; \\, before f'"),
    Public("r53-st-s2", _ST, "b153_st", "b153_st",
           "2. We evaluate $\\delta_j^{(L)}$ in the output layer using $\\delta_j = \\hat{y}_j - y_j$.", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=153,
           why="a list item's second inline formula; the first a bare symbol"),
    Public("r53-st-s3", _ST, "b153_st", "b153_st",
           "3. We evaluate $\\delta_j$ in each layer using $\\delta_j^{(l-1)} =\nf'(a_j^{(l-1)})\\sum_k "
           "\\delta_k^{(l)} w_{kj}^{(l)}$ starting with the output", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_ST_D1,), _J2),), batch=153,
           why="an inline formula broken over two lines of the list item"),
    Public("r53-st-s4", _ST, "b153_st", "b153_st",
           "4. Use $\\partial E / \\partial w_{ij}^{(l)} = \\delta_j^{(l)} z_i^{(l-1)}$ to obtain the", ((W,),),
           (Twin("gradient", "{p}", ("{m}",), _ST_G),), batch=153,
           why="MISTAKEN: the same input-first gradient under the page's output-first weights (delta_i z_j is right)"),
    # ---- Norrie's article: the iterative equations in one-line $$ displays, \odot and a transposed matrix ----------
    Public("r53-jn-rec", _JN, "b153_jn", "b153_jn",
           "$$\\delta^{(l-1)}= \\phi'(a^{(l-1)}) \\odot (W^{(l)})^T \\delta^{(l)}$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_JN_D1,), _J3),), batch=153,
           why="a the pre-activation (the page's), delta = dE/da; l = 2, the hidden layer"),
    Public("r53-jn-gw", _JN, "b153_jn", "b153_jn",
           "$$\\frac{\\partial E}{\\partial W_{ij}^{(l)}} = \\delta_i^{(l)}z_j^{(l-1)}, \\quad "
           "\\frac{\\partial E}{\\partial b_{i}^{(l)}} = \\delta_i^{(l)}$$", unreadable="z_{j}^{(l-1)}", batch=153,
           why="z_j^{(l-1)}, a name the page never gives (its post-activation is h^{(l-1)}, its pre-activation a: the "
               "page's typo, z kept from another text's notation)"),
    # ---- the note on Rumelhart et al. ($$ displays with \quad\text{(...)} labels in Chinese, \!\left, \otimes,
    # \bigl(...\bigr)^\top) and its NumPy sketch (four-space indentation, @, .T, np.outer, -=) -----------------------
    Public("r53-rh-w", _RH, "b153_rh", "b153_rh",
           "$$\n\\frac{\\partial E}{\\partial w_{ij}^{(l)}} = \\delta_j^{(l)} \\cdot y_i^{(l-1)}\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _RH_G),), batch=153,
           why="w_{ij} from unit i to unit j (its forward formula): every weight of both layers"),
    Public("r53-rh-out", _RH, "b153_rh", "b153_rh",
           "$$\n\\delta_j^{(L)} = (y_j^{(L)} - t_j) \\cdot \\sigma'\\!\\left(z_j^{(L)}\\right) \\quad\\text{(输出层基础情况)}"
           "\n$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=153, why="the output layer's base case, a label in Chinese after \\quad"),
    Public("r53-rh-rec", _RH, "b153_rh", "b153_rh",
           "$$\n\\delta_j^{(l)} = \\left(\\sum_k \\delta_k^{(l+1)} w_{jk}^{(l+1)}\\right) \\cdot "
           "\\sigma'\\!\\left(z_j^{(l)}\\right) \\quad\\text{(隐藏层递推)}\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RH_S1,), _J3),), batch=153,
           why="w_{jk}^{(l+1)} from unit j of layer l to unit k of layer l+1: right under the page's order"),
    Public("r53-rh-outer", _RH, "b153_rh", "b153_rh",
           "$$\n\\nabla_{W^{(l)}} E = \\delta^{(l)} \\otimes y^{(l-1)} = \\delta^{(l)} \\cdot "
           "\\bigl(y^{(l-1)}\\bigr)^\\top\n$$", ((C, C),),
           (Twin("gradient", "{p}", ("{m}", "{m}"), _RH_G),), batch=153,
           why="W^{(l)} the matrix of its sketch (z1 = W1 @ x, output-first): the outer product, then a column "
               "times a row"),
    Public("r53-rh-d2", _RH, "b153_rh", "b153_rh",
           "    delta2 = (y2 - t) * sigmoid_prime(z2)        # ← σ′ = y(1−y)", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=153, why="sigmoid_prime(z) = s (1 - s) with s = sigmoid(z) (the sketch's), of the sums; the "
                          "comment's σ′ = y(1−y) with Unicode primes and minus"),
    Public("r53-rh-d1", _RH, "b153_rh", "b153_rh", "    delta1 = (W2.T @ delta2) * sigmoid_prime(z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_RH_S1,), _J3),), batch=153),
    Public("r53-rh-gw2", _RH, "b153_rh", "b153_rh", "    grad_W2 = np.outer(delta2, y1)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_RH_D2}*a1[{{j}}]",), _K2J3),), batch=153),
    Public("r53-rh-w1", _RH, "b153_rh", "b153_rh", "    W1 -= lr * grad_W1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_RH_D1}*x[{{i}}]",), _J3I2),), batch=153,
           why="lr=0.1 the step's default (the problem file's rate)"),
    # ---- the Taiwanese homework (an aligned $$ display with \Big( ... \Big) and a \text{where } row) --------------
    Public("r53-tw-w", _TW, "b153_tw", "b153_tw",
           "$$\\begin{aligned}\\frac{\\partial E}{\\partial w_{ij}^{(l)}} &= \\frac{\\partial E}{\\partial s_j^{(l)}} "
           "\\cdot \\frac{\\partial s_j^{(l)}}{\\partial w_{ij}^{(l)}} \\\\\n&= \\delta_j^{(l)}\\cdot "
           "\\Big(x_{i} ^{(l - 1)}\\Big) \\\\\n&\\text{where } \\delta_j^{(l)} = \\frac{\\partial E}{\\partial "
           "s_j^{(l)}} \\end{aligned}$$", ((C, C), (C,)),
           (Twin("gradient", "{p}", ("{m}", "{m}"), _TW_G),
            Twin("value", "{t}", ("{t}",), tuple({"t": _LIN_D1.format(j=j)} for j in range(2)))), batch=153,
           why="the rule for 1 <= l < L (the line before it): the hidden layer's weights, w_{0j} the biases (x_0 = "
               "+1); x_{i} ^{(l - 1)} with a space before the superscript; the last row, delta's definition, a second "
               "claim, a value at the hidden units (first written with no twin: see the blind run below)"),
    # ---- the CEE 554 notes ($$ with \\ row breaks and no environment, \times) ---------------------------------------
    Public("r53-ce-w", _CE, "b153_ce", "b153_ce",
           "$$\n\\frac{\\partial e}{\\partial w_{ij}^{(l)}} = \\frac{\\partial e}{\\partial s_j^{(l)}}\\times "
           "\\frac{\\partial s_j^{(l)}}{\\partial w_{ij}^{(l)}}=\\delta^{(l)}\\times x_i^{(l-1)}\n$$",
           unreadable="\\delta^{(l)}", batch=153,
           why="delta^{(l)} without its unit's subscript j (the layer's whole vector times the scalar x_i: the "
               "page's typo, as its \"where\" line after it, delta^{(l)} = de/dtheta x dtheta/ds_j^{(l)})"),
    Public("r53-ce-rec", _CE, "b153_ce", "b153_ce",
           "$$\n\\delta_i^{(l-1)}=\\frac{\\partial e}{\\partial s_i^{(l-1)}}=\\sum_{j=1}^{d^{(l)}}\\frac{\\partial e}"
           "{\\partial s_j^{(l)}}\\times\\frac{\\partial s_j^{(l)}}{\\partial x_i^{(l-1)}}\\times\\frac{\\partial "
           "x_i^{(l-1)}}{\\partial s_i^{(l-1)}}\\\\\n=\\sum_{j=1}^{d^{(l)}}\\delta_j^{(l)}\\times w_{ij}^{(l)}\\times "
           "\\theta'(s_i^{(l-1)})\\\\\n=\\theta'(s_i^{(l-1)})\\times \\sum_{j=1}^{d^{(l)}}\\delta_j^{(l)}\\times "
           "w_{ij}^{(l)}\n$$", ((C, C, C, C),),
           (Twin("gradient_z", "z1[{j}]", (_LIN_D1, _LIN_D1, _LIN_D1, _LIN_D1), _J3),), batch=153,
           why="l = 2: the hidden units' deltas (i from 1, the page's units); rows continued with \\\\ and a "
               "leading =, no align environment"),
    # ---- the exam notes (GitHub's ```math fences, \boxed{...}, one symbol a line, a full stop inside the math) ------
    Public("r53-lf-def", _LF, "b153_lf", "b153_lf",
           "```math\n\\boxed{\n\\delta_j^{(l)}\n=\n\\frac{\\partial e}{\\partial s_j^{(l)}}.\n}\n```", ((C,),),
           (Twin("value", "{t}", ("{t}",), _LF_DEF),), batch=153,
           why="the definition of the error signal, a value at every unit of both layers"),
    Public("r53-lf-w", _LF, "b153_lf", "b153_lf",
           "```math\n\\boxed{\n\\frac{\\partial e}{\\partial w_{ij}^{(l)}}\n=\nx_i^{(l-1)}\\delta_j^{(l)}.\n}\n```",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _LF_G),), batch=153,
           why="every weight of both layers, w_{0j} the biases (x_0 = 1)"),
    Public("r53-lf-out", _LF, "b153_lf", "b153_lf",
           "```math\n\\delta_j^{(L)}\n=\n\\frac{\\partial e}{\\partial x_j^{(L)}}\n\\theta'\\left(s_j^{(L)}\\right).\n```",
           ((C,),), (Twin("gradient_z", "z2[0]", (_LIN_D2,)),), batch=153),
    Public("r53-lf-sq", _LF, "b153_lf", "b153_lf",
           "```math\n\\delta^{(L)}\n=\n2(x^{(L)}-y)\\theta'(s^{(L)}).\n```", ((C,),),
           (Twin("gradient_z", "z2[0]", (_LIN_D2,)),), batch=153,
           why="its example's squared loss e = (x^{(L)} - y)^2, one output"),
    Public("r53-lf-al", _LF, "b153_lf", "b153_lf",
           "```math\n\\begin{aligned}\n\\delta_i^{(l-1)}\n&=\n\\frac{\\partial e}{\\partial s_i^{(l-1)}}\\\\\n&=\n"
           "\\theta'(s_i^{(l-1)})\n\\sum_{j=1}^{d^{(l)}}\nw_{ij}^{(l)}\\delta_j^{(l)}.\n\\end{aligned}\n```",
           ((C, C),), (Twin("gradient_z", "z1[{j}]", (_LIN_D1, _LIN_D1), _J3),), batch=153,
           why="l = 2: the hidden units' deltas"),
    Public("r53-lf-box", _LF, "b153_lf", "b153_lf",
           "```math\n\\boxed{\n\\delta_i^{(l-1)}\n=\n\\theta'(s_i^{(l-1)})\n\\sum_jw_{ij}^{(l)}\\delta_j^{(l)}.\n}\n```",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_LIN_D1,), _J3),), batch=153,
           why="\\sum_jw_{ij}: the sum's subscript j followed by w with no space"),
    Public("r53-lf-tanh", _LF, "b153_lf", "b153_lf",
           "```math\n\\delta_i^{(l-1)}\n=\n\\left(1-(x_i^{(l-1)})^2\\right)\n\\sum_jw_{ij}^{(l)}\\delta_j^{(l)}.\n```",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_LIN_D1,), _J3),), batch=153,
           why="tanh's slope written of the outputs, x_i^{(l-1)} = tanh(s_i^{(l-1)})"),
    Public("r53-lf-up", _LF, "b153_lf", "b153_lf",
           "```math\nw_{ij}^{(l)}\n\\leftarrow\nw_{ij}^{(l)}\n-\n\\eta x_i^{(l-1)}\\delta_j^{(l)}.\n```", ((C,),),
           (Twin("update", "{p}", ("{m}",), _LF_U),), batch=153, why="every weight and bias, eta the rate"),
    # ---- the Chinese article with code ($$ displays with \cdot; then its NumPy example on rows, whose updates give
    # each layer the other layer's delta) ---------------------------------------------------------------------------
    Public("r53-cn-dz", _CN, "b153_cn", "b153_cn",
           "$$\n\\frac{\\partial E}{\\partial z_{j}^{(L)}} = \\frac{\\partial E}{\\partial a_{j}^{(L)}} \\cdot "
           "\\frac{\\partial a_{j}^{(L)}}{\\partial z_{j}^{(L)}}\n$$", ((C,),),
           (Twin("gradient_z", "z2[0]", (_CN_D2,)),), batch=153, why="the chain rule at the output, a value"),
    Public("r53-cn-w", _CN, "b153_cn", "b153_cn",
           "$$\n\\frac{\\partial E}{\\partial w_{ij}^{(l)}} = \\frac{\\partial E}{\\partial z_{j}^{(l)}} \\cdot "
           "\\frac{\\partial z_{j}^{(l)}}{\\partial w_{ij}^{(l)}} = \\frac{\\partial E}{\\partial z_{j}^{(l)}} "
           "\\cdot x_{i}^{(l-1)}\n$$", ((C, C),),
           (Twin("gradient", "{p}", ("{m}", "{m}"), _CN_G),), batch=153,
           why="w_{ij}^{(l)} into layer l (the gradients' own indexing); x_i^{(l-1)} the outputs of layer l-1"),
    Public("r53-cn-b", _CN, "b153_cn", "b153_cn",
           "$$\n\\frac{\\partial E}{\\partial b_{j}^{(l)}} = \\frac{\\partial E}{\\partial z_{j}^{(l)}} \\cdot "
           "\\frac{\\partial z_{j}^{(l)}}{\\partial b_{j}^{(l)}} = \\frac{\\partial E}{\\partial z_{j}^{(l)}}\n$$",
           ((C, C),), (Twin("gradient", "{p}", ("{m}", "{m}"), _CN_B),), batch=153),
    Public("r53-cn-up", _CN, "b153_cn", "b153_cn",
           "$$\nw_{ij}^{(l)} = w_{ij}^{(l)} - \\eta \\frac{\\partial E}{\\partial w_{ij}^{(l)}}\n$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _CN_U),), batch=153, why="w = w - ...: the update written with ="),
    Public("r53-cn-od", _CN, "b153_cn", "b153_cn",
           "    output_delta = output_error * sigmoid_derivative(output_layer_output)", ((C,),),
           (Twin("value", _CN_OD, (_CN_OD,)),), batch=153,
           why="the code's output delta, a value: output_error = outputs - output_layer_output (the line before), "
               "sigmoid_derivative(x) = x (1 - x) of the outputs"),
    Public("r53-cn-he", _CN, "b153_cn", "b153_cn",
           "    hidden_error = np.dot(output_delta, weights_output.T) * sigmoid_derivative(hidden_layer_output)",
           ((C,),), (Twin("value", _CN_HE, (_CN_HE,)),), batch=153,
           why="the hidden layer's delta (named an error), a value"),
    Public("r53-cn-wh", _CN, "b153_cn", "b153_cn",
           "    weights_hidden += np.dot(inputs.T, output_delta) * learning_rate", ((W,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] + eta*x[{{i}}]*{_CN_OD}",), tuple({"i": i} for i in _I2)),),
           batch=153,
           why="MISTAKEN: the hidden weights stepped with the OUTPUT delta (hidden_error was meant; of shape only on "
               "one hidden unit and one output, as here)"),
    Public("r53-cn-wo", _CN, "b153_cn", "b153_cn",
           "    weights_output += np.dot(hidden_layer_output.T, hidden_error) * learning_rate", ((W,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*a1[0]*{_CN_HE}",)),), batch=153,
           why="MISTAKEN: the output weights stepped with the HIDDEN delta (output_delta was meant)"),
    # ---- the course notes on the slides ($$ displays one symbol a line, layers counted from the input's 1) --------
    Public("r53-ms-w11", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E_n}{\\partial w_{11}^{(3)}}\n=\n\\left(\n\\frac{\\partial E_n}{\\partial a_1^{(3)}}\n"
           "\\frac{\\partial a_1^{(3)}}{\\partial z_1^{(3)}}\n\\right)\n\\frac{\\partial z_1^{(3)}}"
           "{\\partial w_{11}^{(3)}}\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),), batch=153,
           why="the chain in parentheses, E_n the sample's loss"),
    Public("r53-ms-w12", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E_n}{\\partial w_{12}^{(3)}}\n=\n(a_1^{(3)}-y_n)a_2^{(2)}\n$$", ((C,),),
           (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a1[1]",)),), batch=153),
    Public("r53-ms-chain", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E_n}{\\partial w_{ij}^{(2)}}\n=\n\\frac{\\partial E_n}{\\partial z_1^{(3)}}\n"
           "\\frac{\\partial z_1^{(3)}}{\\partial a^{(2)}}\n\\frac{\\partial a^{(2)}}{\\partial z^{(2)}}\n"
           "\\frac{\\partial z^{(2)}}{\\partial w_{ij}^{(2)}}\n$$", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", (f"{_MS_D1}*x[{{j}}]",), _I2J2),), batch=153,
           why="a chain of Jacobians (a row, a row times a diagonal matrix, a column): every hidden weight"),
    Public("r53-ms-h11", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E_n}{\\partial w_{11}^{(2)}}\n=\n(a_1^{(3)}-y_n)\nw_{11}^{(3)}\n"
           "\\left(1-\\tanh^2(z_1^{(2)})\\right)\nx_{n1}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*W2[0,0]*(1 - tanh(z1[0])**2)*x[0]",)),), batch=153,
           why="x_{n1} the sample's first input"),
    Public("r53-ms-h21", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E_n}{\\partial w_{21}^{(2)}}\n=\n(a_1^{(3)}-y_n)\nw_{12}^{(3)}\n"
           "\\left(1-\\tanh^2(z_2^{(2)})\\right)\nx_{n1}\n$$", ((C,),),
           (Twin("gradient", "W1[1,0]", ("(a2[0] - y[0])*W2[0,1]*(1 - tanh(z1[1])**2)*x[0]",)),), batch=153),
    Public("r53-ms-b3", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E}{\\partial b_1^{(3)}}\n=\n\\sum_n(a_1^{(3)}-y_n)\n$$", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])",)),), batch=153,
           why="the sum over the samples (one here), E their total"),
    Public("r53-ms-rule", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E}{\\partial w_{ij}^{(l)}}\n=\n\\frac{\\partial E}{\\partial z_i^{(l)}}\n"
           "a_j^{(l-1)}\n$$", ((C,),), (Twin("gradient", "{p}", ("{m}",), _MS_G),), batch=153,
           why="every weight of both layers (a^{(1)} the inputs)"),
    Public("r53-ms-mat", _MS, "b153_ms", "b153_ms",
           "$$\n\\frac{\\partial E}{\\partial W^{(l)}}\n=\n\\left(\na^{(l-1)}\n\\frac{\\partial E}{\\partial z^{(l)}}\n"
           "\\right)^\\top\n$$", ((C,),), (Twin("gradient", "{p}", ("{m}",), _MS_G),), batch=153,
           why="a^{(l-1)} a column times dE/dz^{(l)} a row (the page's note: a scalar-by-vector derivative is a "
               "row), transposed to W's shape"),
    # ---- the Japanese note ($$ with \begin{align}, \left( ... \right)) ---------------------------------------------
    Public("r53-jp-out", _JP, "b153_jp", "b153_jp",
           "$$\n\\begin{align}\n\\frac{\\partial E}{\\partial o_j^{(L)}} = \\frac{\\partial E}{\\partial o^{(L)}} = "
           "o^{(L)} - y = r\n\\end{align}\n$$", ((C, C, W),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]", "y[0] - a2[0]")),), batch=153,
           why="MISTAKEN in its last member: r = y - o^{(L)} (the page's residual, defined with E = 1/2 r^2), the "
               "negative of o^{(L)} - y"),
    Public("r53-jp-pd", _JP, "b153_jp", "b153_jp",
           "$$\n\\begin{align}\n\\frac{\\partial o_j^{(l)}}{\\partial i_j^{(l)}} &= f' \\left( i_j^{(l)} \\right)  "
           "\\\\\n\\frac{\\partial i_j^{(l)}}{\\partial w_{ij}^{(l)}} &= o_i^{(l-1)}\n\\end{align}\n$$", ((C,), (C,)),
           (Twin("value", "{t}", ("{m}",), _JP_SLOPE), Twin("value", "{t}", ("{t}",), _JP_IN)), batch=153,
           why="two claims: the activation's slope at the sum, and the sum's derivative by a weight (the input it "
               "multiplies), at both layers; i_j the sum (the page's i for input)"),
]
