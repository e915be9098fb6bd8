r"""Batch 190 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on lecture notes' and
textbooks' notations as courses copy them: the general delta rule with index letters, sums with symbolic bounds,
layers as superscripts in parentheses and brackets, Bishop's, Duda's and a Brazilian textbook's letters, in English,
Turkish, Portuguese and Chinese; every address a stored file whose repository the index does not name): Markdown
lecture notes on PRML section 5.3 (stored file 15254385293: delta_j = h'(a_j) \sum_k w_{kj} \delta_k, the tanh example
with a_j^{(1)}, z_j^{(1)}, \Big), a Jekyll post in Turkish (stored file 63105238848: $$ displays with f, g and layers in
parentheses, then a NumPy block with @ and .T), a Portuguese README for a simulator of the Figure 5.5 example of Silva,
Spatti & Flauzino (stored file 70119739260: the book's equations 5.15, 5.26 and 5.37, W_{k,j}^{(2)} with a comma, deltas
that are -dE/dI), a README quick reference (stored file 1330718650: \[ \] displays with bracketed layers, \frac{1}{m}
\sum \delta^{[l]}, a single-neuron example with y_{true}), a Markdown answer on softmax backpropagation (stored file
27540891836: W^{[l+1]T}, g^{[l]'}, then a NumPy loop on rows), a Chinese homework (stored file 53678404695: sums from
k=1 to n, \mathbb{I}(s_j > 0), b_{k2}, a Markdown table's rows), course notes on the perceptron and backpropagation
(stored file 57502242907: a worked example on one sigmoid neuron to four digits, w_1(new)) and a Chinese MLP report
(stored file 10418153022: Duda's derivation in multi-line $$ displays, sensitivities delta_k, delta_j).
Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded), each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md: indices counted
from 1 where the pages count so, "x_{i}" = "x[i-1]"; the book's and Duda's deltas, which their updates add (Delta w =
eta delta y), "-delta2[k-1]", the gradient's opposite; Bishop's a_j the sums and z_j the outputs; the bias index 0 of
the book and of Duda the biases, so that w_{kj} with j >= 1 is W2[k-1, j-1]; the Turkish code's f_prime, g_prime
declared "sigmoid' at input"; activations the pages leave unnamed the sigmoid), a network of the kind the page
describes (with the page's numbers where it gives them: the book's x_1 = 0.30, x_2 = 0.70, d = 0.85, eta = 0.30 and
its three weight matrices, their first columns (the -1 bias input's) as negated biases; the unit's x_1 = 1, x_2 = 2,
w_1 = 0.1, w_2 = 0.2, b = 0, t = 1, eta = 0.5; the rates the pages give, 0.01 and the report's 0.1, else 0.1; all in
tests/public_formulas_batch190_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an output (dE_n/dy_k, dL/dz_j), a slope
(h'(a_j^{(1)}), f'(net)), an error or a loss's definition (e = d - Y, E = 1/2 (d - Y)^2), a page's delta defined as the
gradient's opposite and a step Delta w (-eta dE/dw) are twinned as values, as in batches 14 to 189. Formulas keep
their page's delimiters and what surrounds them on their line (indentation, a table row's cells, a list item's "- $");
a $$ display whose formula spans lines is taken whole with its line breaks where its members do (the Chinese report's),
its inner line alone where the display holds one line.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 190

The batch: 57 formulas from 8 addresses (the PRML notes 7, the Turkish post 8, the Portuguese README 5, the quick
reference 8, the softmax answer 8, the Chinese homework 8, the perceptron unit 7, the Chinese MLP report 6). By kind:
deltas and local errors 22, gradients of weights and biases 17, updates and steps 11 (4 as values), derivatives,
slopes and definitions as values 6, the mistyped derivative 1; 47 in LaTeX (Markdown $$, $, \[ \] and table cells), 10 in code (Python/NumPy).
Worked numbers: the perceptron unit's 7.

1 is mistaken (the oracle finds at least one member wrong), and 1 is mistyped:

- the Chinese report's du-dk, \delta_k = \frac{\partial E}{\partial net_k} = \frac{\partial E}{\partial y_k}
  \frac{\partial y_k}{\partial net_k} =(t_k - y_k) f'(net_k): the sensitivity is Duda's -dE/dnet_k, as the report's
  display before (dE/dw_kj = -delta_k dnet_k/dw_kj) and its rule after (Delta_kj = eta delta_k y_j) use it, so its
  first two members have the wrong sign (the last is right);
- mistyped (unreadable): the Chinese report's du-dyj, \frac{\partial E}{\partial y_j} = ... \frac{\partial y_k}{y_j}
  = ... \frac{\partial y_k}{net_k} \frac{\partial net_k}{y_j} = ...: three denominators without their \partial
  (unreadable="y_j").

Not mistaken, though they look it: the book's and Duda's deltas written (t - y) f' or e g' (the gradient's opposite,
which their updates add); the quick reference's \frac{1}{m} \sum \delta^{[l]} (the sum over the m samples, one here:
each bias's gradient its unit's delta); the Turkish display's \sum_k over one output; the PRML notes' tanh slope
written of the outputs, 1 - (z_j^{(1)})^2; the softmax answer's code, whose cross-entropy sums over the samples without
1/m (one sample here); the unit's 0.04435 for Delta w_1 (0.044361 by the network, from the rounded 0.0887).

What was left out: the PRML notes' definitions (delta_j \equiv ...), the output rule with dy_k/da_k, examples 2
(one sigmoid unit with the cross-entropy) and 3 (ReLU then sigmoid: another network, \mathbf{1}[a^{(1)} > 0]) and the
Jacobian; the Turkish post's chain with three fractions, its w \leftarrow w - \eta \frac{\partial L}{\partial w} (a w of
no layer), its code's grad_w2 = delta_out * a_hidden (a column where W2 is a row: its values right and its shape
transposed, so that W2 -= learning_rate * grad_w2 broadcasts to a square; a verdict the elementwise oracle cannot
give) and that update; the Portuguese README's momentum rules (Delta W(t-1) with alpha = 0), the update W(t+1) = W(t)
+ Delta W (the momentum's Delta W) and g'(I) = 1 - Y^2 (of no neuron); the quick reference's forward lines, loss, its
b^{[l]} update (the file's eighth would have been a ninth) and its pseudocode; the softmax answer's delta^{[L]} and bias
lines, its updates of b1, W2, b2 and its forward code; the Chinese homework's ReLU and receptive-field exercises and
the chains with \delta_{lk} (Kronecker's) of the softmax's derivation; the perceptron unit's perceptron rules (a step
activation) and its other examples; the Chinese report's loss definitions and probability derivation. Pages read
and not taken: a homework with sigma(x) = x^2 as its activation (stored file 8393311405: no such activation in the
problem files), Nielsen's equations in two Jekyll posts (stored files 43627703986, 41543363299: used by earlier
batches), a copy of the Chinese report (stored file 10154216798, the same derivation).

Collected on 2026-12-08 (02:50 to 02:58 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 11 pairs loaded as first written (two problem files' [data] were first written as flat lists and refused by the
problem reader; fixed). The oracle's first run found two twins wrong, the unit's Delta w_1 and Delta w_2: their
values' targets named eta, which the numbers' oracle does not know (eta = 0.5 written out; the symbolic member
eta \delta x_1 too, which the oracle had called wrong with eta not the file's rate); then every verdict passed as
transcribed (56 entries and the batch's two checks; the mistyped entry has no verdicts).

Run blind at main 52092ef (the branch's base, main's tip when the collection began), with nothing under src/
changed, and without the rebase: /work/READY_FOR_BLIND68 holds 50bd139 and main had moved past it, the brief saying
with test commits only; but git diff 50bd139 HEAD -- src is not empty (180 lines: 17b6e8c, qa60's and fixmat40's one
refusal for an unbounded sum, in src/backprop/symbolic/homework.py, homework_truth.py, reading_new_axes.py and
sum_ranges.py), so src/ here is 52092ef's (its last change 17b6e8c), not the gate's. The first run
(/work/batch190_blind.txt): 51 of 57 read with every verdict right (89%), 4 refused, 1 misread, 1 typo refused, no
typo read, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal nor misreading was a slip of the notations or the
twins (the misreading's claim split is the reader's, the refusals the indicator's), so the batch was run once;
tests/test_public_formulas_held_out.py -k "b190-" passed, check's never-wrong-called-correct test included.

Of the 1 mistaken formula, it was read with its wrong members called wrong: du-dk (the sensitivity written
dE/dnet_k where the report's rules use -dE/dnet_k: W, W, C as the oracle has it). By page: the PRML notes 7 of 7, the
Turkish post 8 of 8, the Portuguese README 5 of 5, the quick reference 8 of 8, the softmax answer 8 of 8, the
Chinese homework 4 of 8 (4 refused), the perceptron unit 6 of 7 (1 misread), the Chinese MLP report 5 of 6 (and its
typo refused, naming y_j).

The refusals and the misreading by construct, with the exact message:

- an indicator function of a comparison, \mathbb{I}(s_j > 0) (the ReLU's slope, the homework's own definition: 1
  when the condition holds, else 0), 4: zh-d1, "formula '\\delta_j^{(1)} = ( \\sum_{k=1}^n \\delta_k^{(2)}
  W_{kj}^{(2...': expected ')' to close the arguments at '>' (position 86)"; zh-d1b, the same at position 89
  ("formula '\\delta_j^{(1)} = ( \\sum_{k=1}^n (\\hat{y}_k - y_k) W_{kj}^..."); zh-w1, "formula '隐含层权重 W_{ji}^{(1)}
  \\frac{\\partial L}{\\partial W_{ji}^{(1)...': expected ')' to close the arguments at '>' (position 129)"; zh-b1,
  "formula '隐含层偏置 b_{j1} \\frac{\\partial L}{\\partial b_{j1}} = ( \\sum_...': expected ')' to close the arguments
  at '>' (position 117)";
- a worked chain whose middle member ends in a subscripted symbol, \Delta w_1=\eta \delta x_1=0.5(0.0887)(1)=0.04435,
  1 misread: un-dw1, expected (('correct', 'correct', 'correct'),), got (('wrong',), ('wrong', 'wrong')): the line
  split into two claims at x_1=, \Delta w_1 = \eta \delta (called wrong: the factor x_1 lost) and x_1 = 0.5(0.0887)(1)
  = 0.04435 (called wrong against x_1's value, "0.04435 is not the true value 1 at the file's numbers");
- the typo: du-dyj, "formula '\\frac{\\partial E}{\\partial y_j} = \\frac{\\partial}{\\partia...': the denominator of a
  partial derivative starts with \partial, and \frac{\partial y_k}{y_j}'s (y_j) has none at '\\frac' (position 129);
  write \frac{\partial y_k}{\partial y_j}" (naming it).

Read, among the constructs these pages brought: Bishop's recursion with an unbounded \sum_k and h' of the sums, the
tanh slope written of the outputs with \Big; a two-line display split at \quad; f' and g' of unnamed activations;
W2.T @ delta_out and delta_hidden @ x.T; the book's deltas as -dE/dI with W_{k,j}^{(2)}, \left[ \right] and a sum over
k where k is also the page's layer letter; \[ \] displays with \odot, (W^{[l+1]})^T, \frac{1}{m} \sum \delta^{[l]} over
the samples, := with \eta; W^{[l+1]T} and g^{[l]'}; np.sum(..., axis=0, keepdims=True).T and np.power; chains of three
members with \frac{\partial u_k}{\partial W_{kj}^{(2)}} and \cdot 1, sums from k=1 to n; worked numbers to four digits
with juxtaposed parentheses, w_1(new); multi-line displays with Duda's sensitivities and a sign slip called wrong.

Which look general: the indicator of a comparison, \mathbb{I}(s_j > 0) (and its kin \mathbf{1}[a > 0], \mathbb{1}\{z > 0\}),
is how derivations write the ReLU's slope, and lecture notes use it often; the split of a worked chain at a member
ending in a subscripted symbol followed by = (\eta \delta x_1=0.5...) is general to worked examples that write
the rule and its numbers on one line. The typo is the page's.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch190_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_PR = _STORED.format(15254385293, "# Lecture Notes: PRML Chapter 5.3 \u2013 Error Backpropagation",
                     "Markdown lecture notes on Bishop's section 5.3: the recursion delta_j = h'(a_j) sum_k w_kj "
                     "delta_k and worked examples in $$ displays")
_TR = _STORED.format(63105238848, "---",
                     "a Jekyll post in Turkish, \"Geri Yay\u0131l\u0131m: Hatalardan \u00d6\u011frenmenin Zincir "
                     "Kural\u0131 \u0130spat\u0131\": a one-hidden-layer derivation and a NumPy block")
_SV = _STORED.format(70119739260, "# Simulador Did\u00e1tico de Perceptron Multicamadas (PMC) & Backpropagation",
                     "a README in Portuguese for a simulator of the book example by Silva, Spatti & Flauzino "
                     "(chapter 5, Figure 5.5): the book's equations 5.15, 5.26, 5.37")
_QR = _STORED.format(1330718650, "# \U0001f9e0 Neural Network Backpropagation & Weight Update \u2014 Quick Reference",
                     "a README quick reference: \\[ \\] displays with bracketed layers, a single-neuron example")
_SM = _STORED.format(27540891836, "Certainly! The backpropagation algorithm for neural networks with a softmax "
                     "output layer is often used in multi-class classification problems. Below is a detailed "
                     "explanation of the algorithm and a Python code snippet implementing it using NumPy.",
                     "a Markdown answer on softmax backpropagation: Ng-style LaTeX and a NumPy training loop")
_ZH = _STORED.format(53678404695, "### \u673a\u5668\u5b66\u4e60\u7b2c\u4e8c\u6b21\u4f5c\u4e1a",
                     "a machine-learning homework in Chinese, its exercise 3: the local gradients of a ReLU-softmax "
                     "network derived index by index")
_DU = _STORED.format(10418153022, "---",
                     "a Hexo post in Chinese, an MLP report on MNIST (title: mlp-nn): Duda's derivation of the "
                     "backpropagation rules with sensitivities delta_k, delta_j in multi-line $$ displays")
_UN = _STORED.format(57502242907, "# Unit 3 \u2014 The Perceptron, Backpropagation and Variants",
                     "course notes on the perceptron and backpropagation with solved examples")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))

# the PRML notes' 2-3-2 network (tanh hidden, linear outputs, E_n = 1/2 sum (y_k - t_k)^2): dE/da2[k], dE/da1[j]
_PR_D2 = "(a2[{k}] - y[{k}])"
_PR_D1 = "(1 - a1[{j}]**2)*((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"

# the Turkish post's 3-4-1 sigmoid network under L = 1/2 (y_hat - y)^2
_TR_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_TR_D1 = f"{_TR_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"

# the book example's 2-3-2-1 tanh network: the book's deltas, -dE/dI (e = d - Y)
_SV_D3 = "(y[0] - a3[0])*(1 - a3[0]**2)"
_SV_D2 = f"(1 - a2[{{j}}]**2)*{_SV_D3}*W3[0,{{j}}]"
_SV_D1 = ("(1 - a1[{j}]**2)*(" + " + ".join(f"(1 - a2[{k}]**2)*{_SV_D3}*W3[0,{k}]*W2[{k},{{j}}]" for k in range(2))
          + ")")

# the quick reference's 2-3-1 sigmoid network under half the squared error; every weight's and bias's gradient
_QR_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_QR_D1 = f"{_QR_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_QR_GW = (tuple({"p": f"W1[{j},{i}]", "m": f"{_QR_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2))
          + tuple({"p": f"W2[0,{j}]", "m": f"{_QR_D2}*a1[{j}]"} for j in range(3)))
_QR_GB = (tuple({"p": f"b1[{j}]", "m": _QR_D1.format(j=j)} for j in range(3)) + ({"p": "b2[0]", "m": _QR_D2},))
_QR_UW = tuple({"p": g["p"], "m": f"{g['p']} - eta*{g['m']}"} for g in _QR_GW)
# the single neuron (2 inputs, a sigmoid)
_Q1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"

# the softmax answer's 2-3-2 network (tanh hidden, softmax with the cross-entropy, t the one-hot target)
_SM_D2 = "(a2[{k}] - t[{k}])"
_SM_D1 = "(1 - a1[{j}]**2)*((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_SM_GW = (tuple({"p": f"W1[{j},{i}]", "m": f"{_SM_D1.format(j=j)}*x[{i}]"} for j in range(3) for i in range(2))
          + tuple({"p": f"W2[{k},{j}]", "m": f"(a2[{k}] - t[{k}])*a1[{j}]"} for k in range(2) for j in range(3)))

# the Chinese homework's 2-3-2 network (ReLU hidden, softmax with the cross-entropy)
_ZH_S = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_ZH_D1 = f"{_ZH_S}*Heaviside(z1[{{j}}])"

# the report's 2-3-2 sigmoid network under E = 1/2 sum (t_k - y_k)^2: dE/dnet_k, Duda's delta_j (-dE/dnet_j)
_DU_G2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DU_S2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_DU_DJ = ("a1[{j}]*(1 - a1[{j}])*(" + " + ".join(f"W2[{k},{{j}}]*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
                                                  for k in range(2)) + ")")

# the unit's single sigmoid neuron: its delta (t - y) f'(net), -dE/dnet
_UN_D = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"


ENTRIES = [
    # ---- the PRML lecture notes (Markdown, $$ displays on their own lines, indented under list items): Bishop's
    # a_j, z_j, h, delta_j = dE_n/da_j, the recursion with an unbounded sum over k, the tanh example -----------------
    Public("u9-pr-rec", _PR, "b190_pr", "b190_pr", "\\delta_j = h'(a_j) \\sum_k w_{kj} \\delta_k", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_PR_D1,), _J3),), batch=190,
           why="Bishop's recursion for the hidden units (a_j the hidden sums, k the outputs), h the tanh"),
    Public("u9-pr-dey", _PR, "b190_pr", "b190_pr", "   \\frac{\\partial E_n}{\\partial y_k} = y_k - t_k", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=190,
           why="the derivative of E_n = 1/2 sum_k (y_k - t_k)^2 by an output, a value"),
    Public("u9-pr-dk", _PR, "b190_pr", "b190_pr",
           "   \\delta_k^{(2)} = \\frac{\\partial E_n}{\\partial a_k^{(2)}} = y_k - t_k", ((C, C),),
           (Twin("value", _PR_D2, (_PR_D2, _PR_D2), _K2),), batch=190,
           why="the output's delta under linear outputs, the notes' definition then its value"),
    Public("u9-pr-hp", _PR, "b190_pr", "b190_pr",
           "   h'(a_j^{(1)}) = 1 - \\tanh^2\\Big(a_j^{(1)}\\Big) = 1 - \\Big(z_j^{(1)}\\Big)^2", ((C, C),),
           (Twin("value", "1 - a1[{j}]**2", ("1 - tanh(z1[{j}])**2", "1 - a1[{j}]**2"), _J3),), batch=190,
           why="tanh's slope at the hidden sums, written of the hidden outputs z_j^{(1)}"),
    Public("u9-pr-dj", _PR, "b190_pr", "b190_pr",
           "   \\delta_j^{(1)} = \\Big(1 - \\Big(z_j^{(1)}\\Big)^2\\Big) \\sum_k w_{kj}^{(2)} \\delta_k^{(2)}", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_PR_D1,), _J3),), batch=190),
    Public("u9-pr-w1", _PR, "b190_pr", "b190_pr",
           "     \\frac{\\partial E_n}{\\partial w_{ji}^{(1)}} = \\delta_j^{(1)} \\, x_i", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_PR_D1}*x[{{i}}]",), _J3I2),), batch=190),
    Public("u9-pr-w2", _PR, "b190_pr", "b190_pr",
           "     \\frac{\\partial E_n}{\\partial w_{kj}^{(2)}} = \\delta_k^{(2)} \\, z_j^{(1)}", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_PR_D2}*a1[{{j}}]",), _K2J3),), batch=190),
    # ---- the Turkish post: its $$ displays (layers in parentheses, f and g the activations, a sum over k with one
    # output), then its NumPy block (@ and .T on columns, -= updates) ------------------------------------------------
    Public("u9-tr-w2", _TR, "b190_tr", "b190_tr",
           "\\frac{\\partial L}{\\partial w_j^{(2)}} = \\delta^{(2)}a_j^{(1)},", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_TR_D2}*a1[{{j}}]",), _J4),), batch=190,
           why="the first line of a two-line display (the comma the display's, before \\quad on the next line)"),
    Public("u9-tr-d2", _TR, "b190_tr", "b190_tr", "\\quad \\delta^{(2)}=(\\hat{y}-y)g'(z^{(2)})", ((C,),),
           (Twin("gradient_z", "z2[0]", (_TR_D2,)),), batch=190,
           why="the display's second line, the output's delta; g the output's activation (a sigmoid here)"),
    Public("u9-tr-dj", _TR, "b190_tr", "b190_tr",
           "\\delta_j^{(1)} = f'(z_j^{(1)})\\sum_k w_{kj}^{(2)}\\delta_k^{(2)}", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_TR_D1,), _J4),), batch=190,
           why="the sum over the outputs k (one here: k = 1)"),
    Public("u9-tr-w1", _TR, "b190_tr", "b190_tr", "\\frac{\\partial L}{\\partial w_{ji}^{(1)}}=\\delta_j^{(1)}x_i",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_TR_D1}*x[{{i}}]",), _J4I3),), batch=190),
    Public("u9-tr-cdo", _TR, "b190_tr", "b190_trc", "delta_out = (y_hat - y) * g_prime(z_out)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_TR_D2,)),), batch=190,
           why="g_prime the output activation's derivative taken of the sum (the g' of the display above)"),
    Public("u9-tr-cdh", _TR, "b190_tr", "b190_trc", "delta_hidden = (W2.T @ delta_out) * f_prime(z_hidden)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_TR_D1,), _J4),), batch=190),
    Public("u9-tr-cg1", _TR, "b190_tr", "b190_trc", "grad_w1 = delta_hidden @ x.T", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_TR_D1}*x[{{i}}]",), _J4I3),), batch=190,
           why="a column times a row: the shape of W1"),
    Public("u9-tr-cu1", _TR, "b190_tr", "b190_trc", "W1 -= learning_rate * grad_w1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_TR_D1}*x[{{i}}]",), _J4I3),), batch=190),
    # ---- the Portuguese README ($$ inline in list items): the book's error e = d - Y, its E, and its deltas, which
    # are -dE/dI (the updates add eta delta Y), with layers in parentheses and W_{k,j} with a comma ----------------
    Public("u9-sv-e", _SV, "b190_sv", "b190_sv", "  $$e = d - Y_1^{(3)}$$", ((C,),),
           (Twin("value", "y[0] - a3[0]", ("y[0] - a3[0]",)),), batch=190, why="the linear error, a value"),
    Public("u9-sv-E", _SV, "b190_sv", "b190_sv", "  $$E = \\frac{1}{2} (d - Y_1^{(3)})^2$$", ((C,),),
           (Twin("value", "(y[0] - a3[0])**2/2", ("(y[0] - a3[0])**2/2",)),), batch=190,
           why="the instantaneous squared error's definition, a value"),
    Public("u9-sv-d3", _SV, "b190_sv", "b190_sv", "   $$\\delta_1^{(3)} = e \\cdot g'(I_1^{(3)})$$", ((C,),),
           (Twin("value", _SV_D3, (_SV_D3,)),), batch=190,
           why="the book's output delta (equation 5.15), -dE/dI_1^{(3)}: a value; g the tanh"),
    Public("u9-sv-d2", _SV, "b190_sv", "b190_sv",
           "   $$\\delta_j^{(2)} = g'(I_j^{(2)}) \\cdot \\left[ \\delta_1^{(3)} \\cdot W_{1,j}^{(3)} \\right]$$", ((C,),),
           (Twin("value", _SV_D2, (_SV_D2,), _J2),), batch=190,
           why="equation 5.26 with the one output written out, a value at both second-layer neurons"),
    Public("u9-sv-d1", _SV, "b190_sv", "b190_sv",
           "   $$\\delta_j^{(1)} = g'(I_j^{(1)}) \\cdot \\sum_{k} \\left[ \\delta_k^{(2)} \\cdot W_{k,j}^{(2)} "
           "\\right]$$", ((C,),),
           (Twin("value", _SV_D1, (_SV_D1,), _J3),), batch=190,
           why="equation 5.37: k here a neuron of the second hidden layer (the page's k is also the layer's letter)"),
    # ---- the quick reference (\[ \] displays indented in a list, bracketed layers, f the activation) and its
    # single neuron ------------------------------------------------------------------------------------------------
    Public("u9-qr-dL", _QR, "b190_qr", "b190_qr", "     \\delta^{[L]} = (\\hat{y} - y) \\odot f'(z^{[L]})", ((C,),),
           (Twin("gradient_z", "z2[0]", (_QR_D2,)),), batch=190),
    Public("u9-qr-dl", _QR, "b190_qr", "b190_qr",
           "     \\delta^{[l]} = (W^{[l+1]})^T \\delta^{[l+1]} \\odot f'(z^{[l]})", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_QR_D1,), _J3),), batch=190,
           why="l = 1, the hidden layer; the product before \\odot (as written, left to right)"),
    Public("u9-qr-gw", _QR, "b190_qr", "b190_qr",
           "     \\frac{\\partial L}{\\partial W^{[l]}} = \\frac{1}{m} \\delta^{[l]} (a^{[l-1]})^T", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _QR_GW),), batch=190, why="every weight of both layers, m = 1"),
    Public("u9-qr-gb", _QR, "b190_qr", "b190_qr",
           "     \\frac{\\partial L}{\\partial b^{[l]}} = \\frac{1}{m} \\sum \\delta^{[l]}", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _QR_GB),), batch=190,
           why="the sum over the m samples (one here), as 1/m says: each bias's gradient its unit's delta"),
    Public("u9-qr-uw", _QR, "b190_qr", "b190_qr",
           "     W^{[l]} := W^{[l]} - \\eta \\frac{\\partial L}{\\partial W^{[l]}}", ((C,),),
           (Twin("update", "{p}", ("{m}",), _QR_UW),), batch=190),
    Public("u9-q1-gw", _QR, "b190_qr1", "b190_qr1", "\\frac{dL}{dW} = (y - y_{true}) \\cdot f'(z) \\cdot x", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"{_Q1}*x[{{i}}]",), _I2),), batch=190,
           why="y = f(Wx + b) the output, y_true the target, d for the derivative"),
    Public("u9-q1-uw", _QR, "b190_qr1", "b190_qr1", "W := W - \\eta \\frac{dL}{dW}", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_Q1}*x[{{i}}]",), _I2),), batch=190),
    Public("u9-q1-ub", _QR, "b190_qr1", "b190_qr1", "b := b - \\eta (y - y_{true}) \\cdot f'(z)", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_Q1}",)),), batch=190),
    # ---- the softmax answer: its LaTeX ($ ... $ in a list item, W^{[l+1]T}, g^{[l]'} with the prime after the
    # layer) and its NumPy loop (samples rows, W output-first, np.dot with .T, np.power) ---------------------------
    Public("u9-sm-rec", _SM, "b190_sm", "b190_sm",
           "    - $ \\delta^{[l]} = (W^{[l+1]T} \\delta^{[l+1]}) \\odot g^{[l]'}(z^{[l]}) $", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_SM_D1,), _J3),), batch=190,
           why="l = 1 (the rule's range, L-1 to 1, with L = 2); W^{[l+1]T} the transpose written inside the "
               "superscript's neighbour, g^{[l]'} the derivative of layer l's activation (tanh)"),
    Public("u9-sm-gw", _SM, "b190_sm", "b190_sm", "\\frac{\\partial J}{\\partial W^{[l]}} = \\delta^{[l]} (a^{[l-1]})^T",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _SM_GW),), batch=190,
           why="a line alone between two $ lines; every weight of both layers"),
    Public("u9-sm-d2", _SM, "b190_sm", "b190_smc", "    delta2 = a2 - Y", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SM_D2,), _K2),), batch=190,
           why="softmax with the cross-entropy"),
    Public("u9-sm-dw2", _SM, "b190_sm", "b190_smc", "    dW2 = np.dot(delta2.T, a1)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_SM_D2}*a1[{{j}}]",), _K2J3),), batch=190,
           why="the column delta2.T times the row a1: W2's shape (output-first)"),
    Public("u9-sm-db2", _SM, "b190_sm", "b190_smc", "    db2 = np.sum(delta2, axis=0, keepdims=True).T", ((C,),),
           (Twin("gradient", "b2[{k}]", (_SM_D2,), _K2),), batch=190, why="the sum over the samples (rows)"),
    Public("u9-sm-d1", _SM, "b190_sm", "b190_smc", "    delta1 = (1 - np.power(a1, 2)) * np.dot(delta2, W2)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_SM_D1,), _J3),), batch=190,
           why="the row delta2 times W2 (output-first): the hidden outputs' gradient, times tanh's slope"),
    Public("u9-sm-dw1", _SM, "b190_sm", "b190_smc", "    dW1 = np.dot(delta1.T, X)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_SM_D1}*x[{{i}}]",), _J3I2),), batch=190),
    Public("u9-sm-u1", _SM, "b190_sm", "b190_smc", "    W1 -= alpha * dW1", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_SM_D1}*x[{{i}}]",), _J3I2),), batch=190),
    # ---- the Chinese homework ($$ displays, chains with \cdot and the derivatives of the sums, sums with symbolic
    # bounds k = 1 to n, \mathbb{I}(s_j > 0) for the ReLU's slope, b_{k2} the bias's layer after its index, a
    # Markdown table's rows) -----------------------------------------------------------------------------------------
    Public("u9-zh-dk", _ZH, "b190_zh", "b190_zh",
           "$$\\delta_k^{(2)}=\\frac{\\partial L}{\\partial u_k} = \\hat{y}_k - y_k$$", ((C, C),),
           (Twin("value", _SM_D2, (_SM_D2, _SM_D2), _K2),), batch=190,
           why="the output's local error, its definition then its value (softmax with the cross-entropy)"),
    Public("u9-zh-w2", _ZH, "b190_zh", "b190_zh",
           "$$\\frac{\\partial L}{\\partial W_{kj}^{(2)}} = \\frac{\\partial L}{\\partial u_k} \\cdot \\frac{\\partial "
           "u_k}{\\partial W_{kj}^{(2)}} = \\delta_k^{(2)} \\cdot z_j = (\\hat{y}_k - y_k) z_j$$", ((C, C, C),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_SM_D2}*a1[{{j}}]",) * 3, _K2J3),), batch=190),
    Public("u9-zh-b2", _ZH, "b190_zh", "b190_zh",
           "$$\\frac{\\partial L}{\\partial b_{k2}} = \\frac{\\partial L}{\\partial u_k} \\cdot \\frac{\\partial u_k}"
           "{\\partial b_{k2}} = \\delta_k^{(2)} \\cdot 1 = \\hat{y}_k - y_k$$", ((C, C, C),),
           (Twin("gradient", "b2[{k}]", (_SM_D2,) * 3, _K2),), batch=190,
           why="b_{k2} the output bias k (the layer written after the unit's index)"),
    Public("u9-zh-dz", _ZH, "b190_zh", "b190_zh",
           "  $$\\frac{\\partial L}{\\partial z_j} = \\sum_{k=1}^n \\frac{\\partial L}{\\partial u_k} \\cdot "
           "\\frac{\\partial u_k}{\\partial z_j} = \\sum_{k=1}^n \\delta_k^{(2)} \\cdot W_{kj}^{(2)}$$", ((C, C),),
           (Twin("value", _ZH_S, (_ZH_S, _ZH_S), _J3),), batch=190,
           why="the derivative by a hidden output z_j (after the ReLU), a value; n the outputs"),
    Public("u9-zh-d1", _ZH, "b190_zh", "b190_zh",
           "  $$\\delta_j^{(1)} = \\left( \\sum_{k=1}^n \\delta_k^{(2)} W_{kj}^{(2)} \\right) \\cdot \\mathbb{I}(s_j > "
           "0)$$", ((C,),), (Twin("gradient_z", "z1[{j}]", (_ZH_D1,), _J3),), batch=190,
           why="\\mathbb{I}(s_j > 0) the ReLU's slope at the hidden sum (the page's own definition of the indicator)"),
    Public("u9-zh-d1b", _ZH, "b190_zh", "b190_zh",
           "  $$\\delta_j^{(1)} = \\left( \\sum_{k=1}^n (\\hat{y}_k - y_k) W_{kj}^{(2)} \\right) \\cdot "
           "\\mathbb{I}(s_j > 0)$$", ((C,),), (Twin("gradient_z", "z1[{j}]", (_ZH_D1,), _J3),), batch=190),
    Public("u9-zh-w1", _ZH, "b190_zh", "b190_zh",
           "| **\u9690\u542b\u5c42\u6743\u91cd** $W_{ji}^{(1)}$ | $$\\frac{\\partial L}{\\partial W_{ji}^{(1)}} = "
           "\\left( \\sum_{k=1}^n (\\hat{y}_k - y_k) W_{kj}^{(2)} \\right) \\mathbb{I}(s_j > 0) x_i$$ |", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZH_D1}*x[{{i}}]",), _J3I2),), batch=190,
           why="a row of the page's summary table: its label cell (the hidden weights, in Chinese, with W_{ji}^{(1)} "
               "in $ ... $) before the formula's cell"),
    Public("u9-zh-b1", _ZH, "b190_zh", "b190_zh",
           "| **\u9690\u542b\u5c42\u504f\u7f6e** $b_{j1}$ | $$\\frac{\\partial L}{\\partial b_{j1}} = \\left( "
           "\\sum_{k=1}^n (\\hat{y}_k - y_k) W_{kj}^{(2)} \\right) \\mathbb{I}(s_j > 0)$$ |", ((C,),),
           (Twin("gradient", "b1[{j}]", (_ZH_D1,), _J3),), batch=190,
           why="the table's last row, the hidden biases b_{j1}"),
    # ---- the unit's solved example 3 ($$ displays, worked numbers to four digits, the page's delta = (t - y)
    # f'(net), Delta w steps and (new) weights) ---------------------------------------------------------------------
    Public("u9-un-fp", _UN, "b190_un", "b190_un", "f'(net)=0.6225(1-0.6225)=0.2350", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("=0.6225*(1-0.6225)", "=0.2350")),), batch=190,
           why="the sigmoid's slope at net = 0.5, y = 0.6225"),
    Public("u9-un-d", _UN, "b190_un", "b190_un", "\\delta=(1-0.6225)(0.2350)", ((C,),),
           (Twin("value", _UN_D, ("=(1-0.6225)*0.2350",)),), batch=190,
           why="the page's delta, (t - y) f'(net) = -dE/dnet, in numbers"),
    Public("u9-un-dv", _UN, "b190_un", "b190_un", "\\delta=0.0887", ((C,),),
           (Twin("value", _UN_D, ("=0.0887",)),), batch=190),
    Public("u9-un-dw1", _UN, "b190_un", "b190_un", "\\Delta w_1=\\eta \\delta x_1=0.5(0.0887)(1)=0.04435",
           ((C, C, C),),
           (Twin("value", f"0.5*{_UN_D}*x[0]", (f"0.5*{_UN_D}*x[0]", "=0.5*0.0887*1", "=0.04435")),), batch=190,
           why="the step -eta dE/dw_1, a value: eta = 0.5 (0.044361 by the network; 0.04435 from the rounded delta)"),
    Public("u9-un-dw2", _UN, "b190_un", "b190_un", "\\Delta w_2=0.5(0.0887)(2)=0.0887", ((C, C),),
           (Twin("value", f"0.5*{_UN_D}*x[1]", ("=0.5*0.0887*2", "=0.0887")),), batch=190),
    Public("u9-un-w1", _UN, "b190_un", "b190_un", "w_1(new)=0.1+0.04435=0.14435", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0.1+0.04435", "=0.14435")),), batch=190,
           why="the step worked in numbers, w_1 = 0.1 plus Delta w_1"),
    Public("u9-un-w2", _UN, "b190_un", "b190_un", "w_2(new)=0.2+0.0887=0.2887", ((C, C),),
           (Twin("update", "W1[0,1]", ("=0.2+0.0887", "=0.2887")),), batch=190),
    # ---- the Chinese MLP report (multi-line $$ displays, taken whole with their line breaks; Duda's net_k, y_j,
    # sensitivities): one display mistaken in its sign, one mistyped ---------------------------------------------------
    Public("u9-du-dwkj", _DU, "b190_du", "b190_du",
           "\\frac{\\partial E}{\\partial w_{kj}} = \\frac{\\partial E}{\\partial net_k} \n\\frac{\\partial net_k}"
           "{\\partial w_{kj}}\n= -\\delta_{k} \\frac{\\partial net_k}{\\partial w_{kj}}", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_DU_G2}*a1[{{j}}]",) * 2, _K2J3),), batch=190,
           why="a display of three lines (a trailing space after the first); delta_k Duda's sensitivity, -dE/dnet_k, "
               "as the report's rules use it"),
    Public("u9-du-dk", _DU, "b190_du", "b190_du",
           "\\delta_k = \\frac{\\partial E}{\\partial net_k} \n= \\frac{\\partial E}{\\partial y_k} \n"
           "\\frac{\\partial y_k}{\\partial net_k} \n=(t_k - y_k) f'(net_k)", ((W, W, C),),
           (Twin("value", _DU_S2, (_DU_G2, _DU_G2, _DU_S2), _K2),), batch=190,
           why="the report's sign slip: delta_k is (t_k - y_k) f'(net_k) = -dE/dnet_k (Duda's sensitivity, as the "
               "display before it and the rule after it use it), but the display writes it dE/dnet_k = dE/dy_k "
               "dy_k/dnet_k, the opposite: those two members wrong, the last right"),
    Public("u9-du-Dkj", _DU, "b190_du", "b190_du",
           "\\Delta_{kj} = \\eta \\delta_k y_j\n= \\eta (t_k - y_k) f'(net_k) y_j", ((C, C),),
           (Twin("value", f"0.1*{_DU_S2}*a1[{{j}}]", (f"0.1*{_DU_S2}*a1[{{j}}]",) * 2, _K2J3),), batch=190,
           why="the hidden-to-output step, -eta dE/dw_kj, a value (eta = 0.1)"),
    Public("u9-du-dyj", _DU, "b190_du", "b190_du",
           "\\frac{\\partial E}{\\partial y_j}\n= \\frac{\\partial}{\\partial y_j}[\\frac{1}{2}\\sum_{k=1}^c "
           "(t_k - y_k)^2]\n= -\\sum_{k=1}^c(t_k-y_k) \\frac{\\partial y_k}{y_j}\n= -\\sum_{k=1}^c(t_k-y_k) "
           "\\frac{\\partial y_k}{net_k} \\frac{\\partial net_k}{y_j}\n=  -\\sum_{k=1}^c(t_k-y_k) f'(net_k) w_{kj}",
           unreadable="y_j", batch=190,
           why="\\frac{\\partial y_k}{y_j}, \\frac{\\partial y_k}{net_k}, \\frac{\\partial net_k}{y_j}: the "
               "denominators without their \\partial (the page's typos; \\partial y_j was meant)"),
    Public("u9-du-dj", _DU, "b190_du", "b190_du", "$\\delta_j = f'(net_j) \\sum_{k=1}^c w_{kj} \\delta_k$", ((C,),),
           (Twin("value", _DU_DJ, (_DU_DJ,), _J3),), batch=190,
           why="the hidden unit's sensitivity, -dE/dnet_j, a value; the sum over the c outputs"),
    Public("u9-du-Dji", _DU, "b190_du", "b190_du",
           "\\Delta w_{ji} = \\eta \\delta_j x_i = \\eta f'(net_j) [\\sum_{k=1}^c w_{kj}\\delta_k] x_i", ((C, C),),
           (Twin("value", f"0.1*{_DU_DJ}*x[{{i}}]", (f"0.1*{_DU_DJ}*x[{{i}}]",) * 2, _J3I2),), batch=190,
           why="the input-to-hidden step, -eta dE/dw_ji, a value (eta = 0.1); the sum in square brackets"),
]
