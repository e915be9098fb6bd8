r"""Batch 162 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 addresses no earlier batch used (the code corpus, with this batch's emphasis on homework and exam
solutions written in LaTeX: per-weight derivatives and updates with 1-based indices, superscripted layers, bias
units, \frac{\partial}{} chains, delta terms; every address a stored file whose repository the index does not
name): exam notes for KTU's Soft Computing course (stored file 61842074022: delta_k^{(L)} = (t_k - y_k^{(L)})
f'(v_k^{(L)}), w_{ji}^{(l)\text{new}} = w_{ji}^{(l)\text{old}} + \eta \delta_j^{(l)} y_i^{(l-1)}, a worked 2-2-1
example with numbers), a Chinese article on large models (stored file 9795287971: a 3-2-2 example's backward pass in
\[ ... \] displays), a Chinese article on backpropagation (stored file 9114239697: $$ formulas with superscripted
layers, \sum_{k=1}^{m}, and a NumPy loop with += updates), a Portuguese Jekyll post on networks for word embeddings
(stored file 42829908870: the backward pass of a sigmoid-softmax network in vector form, \odot), a Chinese Hexo post
(stored file 33807932151: every formula a latex.codecogs.com image, its LaTeX in the address with &space;, the
title attribute often a copy of another formula's; rules over layers j with w_{ki}^{(j)} input-first), a course's
notes on multi-layer networks (stored file 68386742417: delta = dL/dz as it states, g'^{(l)}, a list item's inline
update), a Chinese article's NumPy example (stored file 30216816160: += updates with no rate, a $$ loss) and CS224n's
notes 3 translated into Chinese (stored file 60163602167: the error recursion and the vectorized rules with \tag,
\circ and ^\top). Copied verbatim, typos and mistakes included (the JSON-escaped text of the stored files decoded;
a display's delimiters kept with the lines they stand on, \[ and \] and $$ on lines of their own, a list's
indentation, a code line's indentation, the codecogs <img> tag whole with what follows it on its line), each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: 1-based patterns such as "w_{ji}^{(l)}" = "W{l}[j-1, i-1]" and "w_{ki}^{(j)}" = "W{j}[i-1, k-1]"
as each page orders its indices; a page's delta written "-delta2[k-1]" where it is (t - y) f'(v) = -dE/dv, "grad(a1[i-1])"
where the Hexo post defines it as de/da; code's deltas -dE/dz written "-grad(z2[:]).T" where the updates add them;
sigmoid_derivative declared "sigmoid' at output" where it computes x (1 - x) of outputs), a network of the kind the
page describes (with the page's numbers where it gives them: the KTU example's W^(1) = [[0.4, 0.2], [0.1, 0.3]],
b^(1) = (0.1, 0.2), W^(2) = (0.5, 0.6), b^(2) = 0.05, x = (0.5, 0.3), t = 0.8, eta = 0.5; the rates the files write,
0.1, and rate 1 for the NumPy example whose updates name none; all in tests/public_formulas_batch162_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. A page's delta (delta_k^{(L)}, delta_j^{(l)}, delta_1^{(3)}, delta^{(2)}, delta^{(L)}), a code's delta or
error (d_output, outputError, hiddenError), a derivative by a hidden output (dE/dy_j), a forward sum (z_1^{(3)}) and a
loss's definition (E = 1/2 sum (y_k - t_k)^2) are twinned as values, as in batches 14 to 161.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 162

The batch: 55 formulas from 8 addresses (the KTU notes 8, the Chinese large-model article 7, the Chinese
backpropagation article 8, the Portuguese post 8, the Hexo post 8, the course notes 6, the NumPy example 7, CS224n's
notes 3). 45 are in documents (the KTU notes' 8, the Portuguese post's 8, the course notes' 5, CS224n's 3, the
backpropagation article's 4 and the NumPy example's 1 in $$ displays; the large-model article's 7 in \[ ... \]; the
Hexo post's 8 as codecogs images; the course notes' step 6 inline in a list item), 10 in code (Python/NumPy). By
kind: 26 values (deltas, code's deltas and errors, a forward sum, a loss, 3 worked in numbers), 17 gradients (7 of
them rules over every weight or bias, 5 of biases), 12 updates (3 with \text{new} and \text{old}, 1 worked in
numbers, 4 += updates in code, 2 with no rate).

9 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the KTU notes' kt-sign, \frac{\partial E}{\partial y_j} = \sum_k \frac{\partial E}{\partial v_k} \cdot
  \frac{\partial v_k}{\partial y_j} = \sum_k \delta_k \cdot w_{kj}: its own delta_k is (t_k - y_k) f'(v_k) =
  -dE/dv_k, so the last member is -dE/dy_j (the sign dropped; the chain before it right);
- the KTU notes' kt-d2n, kt-d1n and kt-w2n, the worked example's numbers: the page's y_1^(2) = 0.6669 where its
  weights give sigma(0.6951) = 0.6671 (and 0.5891 for sigma(0.36) = 0.5890), so its delta_1^(2) 0.02956 (true
  0.02952), its delta_1^(1) product and its w_11^(2)new = 0.50871 (true 0.50869) are off; kt-d1n's first member,
  \sigma'(0.36) \cdot w_{11}^{(2)} \cdot \delta_1^{(2)}, is the true delta at the file's numbers (v_1^(1) = 0.36
  exactly) but, in a chain with no decimal alone, its 0.36 is a constant judged at random points
  (docs/verdicts.md's worked member): wrong there, as the oracle has it;
- the large-model article's zc-d21 and zc-d22, \delta_1^{(2)} = W_{11}^{(3)} \delta_1^{(3)} + W_{21}^{(3)}
  \delta_2^{(3)}: the hidden unit's slope sigma'(z^(2)) missing (its general rule drops it too);
- the large-model article's zc-gw11 and zc-gb1, \frac{\partial C}{\partial W_{11}^{(3)}} = \delta_1^{(3)}
  a_1^{(2)} and \frac{\partial C}{\partial b_1^{(3)}} = \delta_1^{(3)}: with its delta (d - a) sigma'(z) = -dC/dz
  the sign is wrong;
- the course notes' ct-s6, 6. **Update weights**: $w_{ij} = w_{ij} + \eta \delta_j x_i$: under the page's own
  convention (delta = dL/dz, "parameters update by subtracting the gradient") the step climbs; the slides' sign,
  which the page warns not to mix in.

Not mistaken, though they look it: the backpropagation article's \sum_{k=1}^{m} (m the hidden units' count in its
prose, the sum over the outputs: a bound not a number, read over the units k indexes, as notation.md's default
says); its w_{ij}^{(1)} read from input i to hidden j as its formula uses it (its prose names the ends the other way);
the Hexo post's titles that copy another formula (the image shows the address's LaTeX; both right); the NumPy
example's += updates with no rate (its deltas -dE/dz, the step at rate 1); the CS224n rules, taken under the half
squared error where the notes' J is a max-margin loss (no problem file holds it: the rules hold for any J).

What was left out: the KTU notes' MCP and perceptron sections (another model), section 3.1's derivation with one
index per unit and no layer (E_k, w_{kj}, y_j, the output's: taken once, step 6's chain), the worked example's
forward lines, sigma' lines, delta_2^(1) and the other updates (the same slip carried), the BackpropMLP class beyond
the cap and the pseudocode (plain text, the other sign); the large-model article's general rules (W_{ji}^{(l)}
described input-first where its example writes output-first, and \frac{\partial C}{\partial W_{ji}^{(l)}} =
\delta_j^{(l-1)} a_j^{(l-1)} with its indices garbled), its forward lines, W_12, W_21, W_22 and b_2 gradients (the
same sign as those taken) and its PyTorch code; the backpropagation article's single neuron's gradient,
\frac{\partial E}{\partial w_{jk}^{(2)}} = \delta_j^{(2)} \cdot o_j^{(1)} (an index slip that on its 2-3-1 example
names outputs 2 and 3, which do not exist), its worked example (x_3 and z_3^(2) on a network with two inputs and one
output, its inputs vectors), its code's forward lines and other updates; the Portuguese post's general three steps,
its worked \frac{\partial L}{\partial w_{12}^{(2)}} (a supposed delta, "vamos supor") and single-weight update (a
supposed gradient), the mini-batch, regularization and word2vec lines, the W_1 and b_2 updates; the Hexo post's
recursion (1) (\delta_i^{(j)} = \delta_i^{(j+1)} \partial a_i^{(j+1)}/\partial a_i^{(j)}: the sum over the next
layer dropped, the same unit i in both layers, which on its own network names an output 2 that does not exist),
its chains before the deltas, delta_1^(1) (a derivative by an input), b_2^(1) and b_1^(2) (the same as those
taken) and new=old-\eta\Delta; the course notes' delta^(L) = a^(L) - y (another network), the pseudocode and the
momentum line; the NumPy example's \frac{\partial E}{\partial w_{ij}} = \delta_j x_{ij} (x_{ij} "the output of
neuron i", a double index no notation of a layered network names) and \frac{\partial E}{\partial b_{j}} (its code's
network has no biases); CS224n's (8) to (11) and the list's toy flow (derivatives of the score s, not of J), its (12)
\frac{\partial J}{\partial b_i^{(k)}} = \delta_i^{(k)} (one layer off under the notes' z_i^{(2)} = ... + b_i^{(1)}:
delta_i^{(1)} is the input layer's, which the notes never define) and the optimizers' code. Pages read and not
taken: a Thai course note (stored file 68872975602) and a Python file of docstrings (stored file 10028784083) in
Mitchell's notation, one index letter per layer (o_h, o_k, delta_h, delta_k), which a notation's placeholders cannot
tell apart, with 66000223698 and 63609468261 in the same; five stored files earlier batches used (3369877476,
43623133861, 56982484958, 280160774, 36916320666); and .tex files the search showed (an exam's Backprop problem,
a Finnish student's write-up, a thesis's appendix), which the index find_string searches does not hold, so that no
id could be cited.

Collected on 2026-12-07 (19:48 to 19:57 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula:
all 8 loaded as first written. The oracle's first run passed every verdict but two: kt-d2n's member of numbers was
written with sigmoid(), which the number oracle's namespace does not hold (rewritten with np.exp, the same
number); kt-d1n's first member was expected correct and is wrong by docs/verdicts.md's rule for a decimal in a
chain with no decimal alone (the expectation corrected, above). The second run passed all 55 and the batch's two
checks.

Run blind at main 83a5274 (/work/READY_FOR_BLIND62; src/ as at 83a5274; the rebase found the branch on it already),
with nothing under src/ changed. The first run (/work/batch162_blind.txt): 52 of 55 read with every verdict right
(95%), 3 refused, no typo in the batch, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was a
slip of the notations or twins (all three are one construct of the page, which the notation cannot name otherwise),
so the batch was run once; tests/test_public_formulas_held_out.py -k "b162-" passed after the run, check's
never-wrong-called-correct test included.

Of the 9 mistaken formulas, 8 were read with their wrong members called wrong: kt-sign (the dropped sign of
delta_k), kt-d2n and kt-d1n (the page's 0.6669 carried into its numbers, and kt-d1n's sigma'(0.36) a constant),
zc-d21 and zc-d22 (the hidden slope missing), zc-gw11 and zc-gb1 (the sign of the page's delta), ct-s6 (+ eta delta
under delta = dL/dz); the ninth, kt-w2n, was refused (below). By page: the KTU notes 5 of 8, the large-model article 7
of 7, the backpropagation article 8 of 8, the Portuguese post 8 of 8, the Hexo post 8 of 8, the course notes 6 of 6,
the NumPy example 7 of 7, CS224n's notes 3 of 3.

The refusals by construct, with the exact message:

- \text{new} and \text{old} after the layer inside the weight's or bias's superscript, the KTU notes' update rows
  (3): kt-wup, "formula 'w_{ji}^{(l)\\text{new}} = w_{ji}^{(l)\\text{old}} + \\eta \\d...': w_{ji}^{(l)\text{new}}
  matches none of the notation's patterns for w ('w_{ji}^{(l)}', 'w_{kj}')"; kt-bup, "formula 'b_j^{(l)\\text{new}}
  = b_j^{(l)\\text{old}} + \\eta \\delta_j...': b_{j}^{(l)\text{new}} matches none of the notation's patterns for b
  ('b_{j}^{(l)}')"; kt-w2n (worked in numbers, mistaken), "formula 'w_{11}^{(2)\\text{new}} = 0.5 + 0.5 \\cdot
  0.02956 \\cdot 0....': unknown symbol new; the notation knows \delta, b, t, v, w, y; give it a meaning in the
  notation's [notation.symbols], e.g. "new" = "a1[0]"" (the same construct with literal indices, refused at new as a
  symbol, its suggestion a quantity).

Read, among the constructs these pages brought: superscripted layers with 1-based subscripts in patterns with
arithmetic on the layer (w_{kj}^{(l+1)}, delta_j^{(k-1)}, a^{(k)} with a^{(1)} the input), \left( ... \right) around
a function's argument, a derivative by a hidden output with its sign dropped (kt-sign's last member called wrong),
members of numbers with sigma'(0.6951) and a member mixing a symbol with a decimal in a chain with no decimal alone;
\[ and \] on lines of their own with three-space indentation; $$ with spaces inside and \sum_{k=1}^{m} with a
letter bound; \odot with sigma' of W_1 x + b_1, h^T and x^T; codecogs <img> tags with &space; and a title that
copies another formula, followed by &emsp;&emsp; and a circled number, rules over layers j with w_{ki}^{(j)}
input-first and delta defined as de/da; a display's full stop before its closing $$, g'^{(l)}, a \text{}
superscript naming the previous layer's output, a list item's bold label before an inline update; += updates with
the rate after the product or none; \tag{13}, \nabla_{W^{(k)}} J, ^\top and \circ.

Which look general: the one construct refused. Writing the update's new and old values as a word after the layer in
the same superscript (w_{ji}^{(l)\text{new}}, b_j^{(l)\text{old}}) is how Haykin-style course notes and exam
answers write a row of the algorithm; the reader takes \text{new} as an update marker where it stands alone
(w^{\text{new}}) but here looks for a pattern holding the whole superscript, or reads new as a symbol.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch162_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_KT = _STORED.format(61842074022, "# Artificial Neural Networks: McCulloch-Pitts neuron model, Perceptron learning rules, "
                     "Backpropagation algorithms",
                     "exam notes for KTU's Soft Computing course in Markdown: $$ displays, a derivation of the delta "
                     "rule and a worked 2-2-1 example with numbers")
_ZC = _STORED.format(9795287971, "# 大模型在 AI 创业产品创新中的应用",
                     "a Chinese article on large models in AI start-ups, its first line blank: a 3-2-2 example's "
                     "backward pass in \\[ ... \\] displays")
_ZB = _STORED.format(9114239697, "关键词：AI，反向传播，神经网络，深度学习，算法原理，代码实例",
                     "a Chinese article on backpropagation, its first line blank: $$ formulas with superscripted "
                     "layers and a NumPy training loop")
_PT = _STORED.format(42829908870, "---",
                     "a Jekyll post in Portuguese, \"Transformers - Redes Neurais Artificiais para Word Embedding\": "
                     "the backward pass of a sigmoid-softmax network in $$ displays")
_CG = _STORED.format(33807932151, "---",
                     "a Hexo post in Chinese, \"Neural Network 神经网络\": formulas served as latex.codecogs.com images, "
                     "a network with no activation")
_CT = _STORED.format(68386742417, "# Multi-Layer Networks & Backpropagation",
                     "a course's notes on multi-layer networks in Markdown, with a sign convention stated "
                     "(delta = dL/dz)")
_ZD = _STORED.format(30216816160, "## 1.背景介绍",
                     "a Chinese article on backpropagation: a $$ loss and a NumPy example with += updates and no rate")
_CS = _STORED.format(60163602167, "# CS224n 课程笔记 3：神经网络与反向传播",
                     "CS224n's notes 3 translated into Chinese: the vectorized backpropagation equations, tagged")

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3I3 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the KTU notes' 2-2-1 sigmoid network under half the squared error: dE/dz2, dE/dz1[j]
_KT_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KT_D1 = f"{_KT_D2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_KT_UW = (tuple({"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] - eta*{_KT_D1.format(j=j)}*x[{i}]"}
                for j in range(2) for i in range(2))
          + tuple({"p": f"W2[0,{j}]", "m": f"W2[0,{j}] - eta*{_KT_D2}*a1[{j}]"} for j in range(2)))
_KT_UB = (tuple({"p": f"b1[{j}]", "m": f"b1[{j}] - eta*{_KT_D1.format(j=j)}"} for j in range(2))
          + ({"p": "b2[0]", "m": f"b2[0] - eta*{_KT_D2}"},))

# the Chinese 3-2-2 sigmoid network: -dC/dz2[k] (the page's delta), -dC/dz1[j]
_ZC_N2 = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_ZC_N1 = ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")
_ZC_NOSLOPE = "W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(y[1] - a2[1])*a2[1]*(1 - a2[1])"

# the Chinese 2-3-1 sigmoid network: dE/dz2, dE/dz1[j]
_ZB_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ZB_D1 = f"W2[0,{{j}}]*{_ZB_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# the Portuguese 2-3-3 network (sigmoid hidden, softmax with the cross-entropy): dL/dz1[j]
_PT_D1 = ("((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")
_PT_D1S = ("((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
           "*sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))")

# the Hexo post's 2-2-1 network with no activation under e = 1/2 (a - y)^2
_CG_E = "(a2[0] - y[0])"
_CG_GW = (tuple({"p": f"W1[{i},{k}]", "m": f"{_CG_E}*W2[0,{i}]*x[{k}]"} for i in range(2) for k in range(2))
          + tuple({"p": f"W2[0,{k}]", "m": f"{_CG_E}*a1[{k}]"} for k in range(2)))
_CG_GB = tuple({"p": f"b1[{i}]", "m": f"{_CG_E}*W2[0,{i}]"} for i in range(2)) + ({"p": "b2[0]", "m": _CG_E},)

# the course notes' 2-3-2 sigmoid network under half the squared error: dE/dz2[k], dE/dz1[j]
_CT_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_CT_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")

# the NumPy example's 3-3-1 sigmoid network (no biases) under half the squared error: dE/dz2, dE/d a1[j], dE/dz1[j]
_ZD_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_ZD_A1 = f"{_ZD_D2}*W2[0,{{j}}]"
_ZD_D1 = f"{_ZD_A1}*a1[{{j}}]*(1 - a1[{{j}}])"

# CS224n's 4-2-1 network (sigmoid hidden, a linear score) under the half squared error: dJ/dz1[j]
_CS_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_CS_GW = (tuple({"p": f"W1[{j},{i}]", "m": f"{_CS_D1.format(j=j)}*x[{i}]"} for j in range(2) for i in range(4))
          + tuple({"p": f"W2[0,{j}]", "m": f"(a2[0] - y[0])*a1[{j}]"} for j in range(2)))


ENTRIES = [
    # ---- the KTU exam notes (Markdown, $$ displays): the output and hidden deltas with superscripted layers, the
    # "new"/"old" updates, section 3.1's step 6, and the worked example's numbers (its y_1^(2) = 0.6669 where the
    # page's weights give 0.6671) ----------------------------------------------------------------------------------
    Public("v62-kt-dout", _KT, "b162_kt", "b162_kt",
           "$$\\delta_k^{(L)} = \\left(t_k - y_k^{(L)}\\right) f'\\left(v_k^{(L)}\\right)$$", ((C,),),
           (Twin("value", f"-{_KT_D2}", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=162,
           why="the output's error signal, (t - y) f'(v) = -dE/dv, a value (one output); \\left( ... \\right)"),
    Public("v62-kt-dhid", _KT, "b162_kt", "b162_kt",
           "$$\\delta_j^{(l)} = f'\\left(v_j^{(l)}\\right) \\sum_k w_{kj}^{(l+1)} \\delta_k^{(l+1)}$$", ((C,),),
           (Twin("value", f"-{_KT_D1}",
                 ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))*W2[0,{j}]*(y[0] - a2[0])*a2[0]*(1 - a2[0])",), _J2),),
           batch=162, why="l = 1, the hidden layer (layer l+1 the output), a value for each hidden unit"),
    Public("v62-kt-wup", _KT, "b162_kt", "b162_kt",
           "$$w_{ji}^{(l)\\text{new}} = w_{ji}^{(l)\\text{old}} + \\eta \\, \\delta_j^{(l)} \\, y_i^{(l-1)}$$",
           ((C,),), (Twin("update", "{p}", ("{m}",), _KT_UW),), batch=162,
           why="every weight of both layers (y^(0) the input); \\text{new} and \\text{old} after the layer's "
               "superscript, inside it; + eta delta with delta = -dE/dv"),
    Public("v62-kt-bup", _KT, "b162_kt", "b162_kt",
           "$$b_j^{(l)\\text{new}} = b_j^{(l)\\text{old}} + \\eta \\, \\delta_j^{(l)}$$", ((C,),),
           (Twin("update", "{p}", ("{m}",), _KT_UB),), batch=162, why="every bias of both layers"),
    Public("v62-kt-sign", _KT, "b162_kt", "b162_kt",
           "$$\\frac{\\partial E}{\\partial y_j} = \\sum_k \\frac{\\partial E}{\\partial v_k} \\cdot "
           "\\frac{\\partial v_k}{\\partial y_j} = \\sum_k \\delta_k \\cdot w_{kj}$$", ((C, W),),
           (Twin("value", f"{_KT_D2}*W2[0,{{j}}]",
                 (f"{_KT_D2}*W2[0,{{j}}]", "(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]"), _J2),), batch=162,
           why="MISTAKEN in its last member: delta_k is (t_k - y_k) f'(v_k) = -dE/dv_k by the page's own definition "
               "(step 4), so the sum of delta_k w_kj is -dE/dy_j (the sign dropped); the chain before it is right"),
    Public("v62-kt-d2n", _KT, "b162_kt", "b162_kt", "$$\\delta_1^{(2)} = (0.8 - 0.6669) \\cdot \\sigma'(0.6951)$$",
           ((W,),), (Twin("value", f"-{_KT_D2}", ("=(0.8 - 0.6669)*(1/(1 + np.exp(-0.6951)))*(1 - 1/(1 + np.exp(-0.6951)))",)),),
           batch=162,
           why="MISTAKEN in its numbers: the page's y_1^(2) = 0.6669 (sigma(0.6951) is 0.6671), so (0.8 - 0.6669) "
               "sigma'(0.6951) = 0.02956 where the true delta is 0.02952"),
    Public("v62-kt-d1n", _KT, "b162_kt", "b162_kt",
           "$$\\delta_1^{(1)} = \\sigma'(0.36) \\cdot w_{11}^{(2)} \\cdot \\delta_1^{(2)} = (0.5891 \\cdot 0.4109) "
           "\\cdot 0.5 \\cdot 0.02956$$", ((W, W),),
           (Twin("value", f"-{_KT_D1.format(j=0)}",
                 ("sigmoid(0.36)*(1 - sigmoid(0.36))*W2[0,0]*(y[0] - a2[0])*a2[0]*(1 - a2[0])",
                  "=(0.5891*0.4109)*0.5*0.02956")),), batch=162,
           why="MISTAKEN in its numbers: the last member carries the page's 0.02956 (and 0.5891 for sigma(0.36) = "
               "0.5890); the first, sigma'(0.36) w_11^(2) delta_1^(2), is the true delta at the file's numbers (v_1^(1) "
               "= 0.36 exactly) but, in a chain with no decimal alone, its 0.36 is a constant judged at random points "
               "(docs/verdicts.md's worked member): wrong there"),
    Public("v62-kt-w2n", _KT, "b162_kt", "b162_kt",
           "$$w_{11}^{(2)\\text{new}} = 0.5 + 0.5 \\cdot 0.02956 \\cdot 0.5891 \\approx 0.5 + 0.00871 = 0.50871$$",
           ((W, W, W),), (Twin("update", "W2[0,0]", ("=0.5 + 0.5*0.02956*0.5891", "=0.5 + 0.00871", "=0.50871")),),
           batch=162,
           why="MISTAKEN in its numbers: eta = 0.5, w_11^(2) = 0.5; the true step gives 0.50869 (delta 0.02952, y_1^(1) "
               "0.5890)"),
    # ---- the Chinese article on large models (\[ ... \] displays, three-space indentation): its example's forward
    # sum, output deltas, hidden deltas without the slope, and gradients with its delta (d - a) sigma' ------------
    Public("v62-zc-z31", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   z_1^{(3)} = W_{11}^{(3)}a_1^{(2)} + W_{12}^{(3)}a_2^{(2)} + b_1^{(3)}\n   \\]", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=162,
           why="the output's sum, a value"),
    Public("v62-zc-d31", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   \\delta_1^{(3)} = (d_1^{(3)} - a_1^{(3)}) \\cdot \\sigma'(z_1^{(3)})\n   \\]", ((C,),),
           (Twin("value", _ZC_N2.format(k=0), ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=162,
           why="the page's definition of the output's delta, -dC/dz, a value"),
    Public("v62-zc-d32", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   \\delta_2^{(3)} = (d_2^{(3)} - a_2^{(3)}) \\cdot \\sigma'(z_2^{(3)})\n   \\]", ((C,),),
           (Twin("value", _ZC_N2.format(k=1), ("(y[1] - a2[1])*sigmoid(z2[1])*(1 - sigmoid(z2[1]))",)),), batch=162),
    Public("v62-zc-d21", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   \\delta_1^{(2)} = W_{11}^{(3)} \\delta_1^{(3)} + W_{21}^{(3)} \\delta_2^{(3)}\n   \\]", ((W,),),
           (Twin("value", _ZC_N1.format(j=0), (_ZC_NOSLOPE.format(j=0),)),), batch=162,
           why="MISTAKEN: the hidden unit's slope sigma'(z_1^(2)) is missing (the sum is -dC/da_1^(2), not the "
               "hidden unit's delta; the page's general rule drops it too)"),
    Public("v62-zc-d22", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   \\delta_2^{(2)} = W_{12}^{(3)} \\delta_1^{(3)} + W_{22}^{(3)} \\delta_2^{(3)}\n   \\]", ((W,),),
           (Twin("value", _ZC_N1.format(j=1), (_ZC_NOSLOPE.format(j=1),)),), batch=162,
           why="MISTAKEN: the same slope missing"),
    Public("v62-zc-gw11", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   \\frac{\\partial C}{\\partial W_{11}^{(3)}} = \\delta_1^{(3)} a_1^{(2)}\n   \\]", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=162,
           why="MISTAKEN: with the page's delta (d - a) sigma'(z) = -dC/dz, dC/dW_11^(3) is -delta_1^(3) a_1^(2) "
               "(the sign)"),
    Public("v62-zc-gb1", _ZC, "b162_zc", "b162_zc",
           "   \\[\n   \\frac{\\partial C}{\\partial b_1^{(3)}} = \\delta_1^{(3)}\n   \\]", ((W,),),
           (Twin("gradient", "b2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=162,
           why="MISTAKEN: the same sign"),
    # ---- the Chinese article on backpropagation ($$ with spaces inside, five-space indentation; then its NumPy
    # loop, four-space indentation, += updates with the rate after the product) -----------------------------------
    Public("v62-zb-d2", _ZB, "b162_zb", "b162_zb",
           "     $$ \\delta_j^{(2)} = (o_j^{(2)} - y_j) \\cdot f'(z_j^{(2)}) $$", ((C,),),
           (Twin("value", _ZB_D2, ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=162,
           why="the output's error term, dE/dz (one output), a value"),
    Public("v62-zb-d1", _ZB, "b162_zb", "b162_zb",
           "     $$ \\delta_j^{(1)} = \\sum_{k=1}^{m} w_{jk}^{(2)} \\cdot \\delta_k^{(2)} \\cdot f'(z_j^{(1)}) $$", ((C,),),
           (Twin("value", _ZB_D1, (f"W2[0,{{j}}]*{_ZB_D2}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J3),),
           batch=162,
           why="a sum to m, a bound not a number, over the outputs k (the page's m counts the hidden units: read, as "
               "notation.md's default says, over the units k indexes)"),
    Public("v62-zb-gw1", _ZB, "b162_zb", "b162_zb",
           "     $$ \\frac{\\partial E}{\\partial w_{ij}^{(1)}} = \\delta_j^{(1)} \\cdot x_i $$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZB_D1}*x[{{i}}]",), _J3I2),), batch=162,
           why="w_{ij}^(1) from input i to hidden j, as the formula uses it (its prose names the two ends the other "
               "way round)"),
    Public("v62-zb-up", _ZB, "b162_zb", "b162_zb",
           "     $$ w_{11}^{(2)} = w_{11}^{(2)} - \\alpha \\cdot \\frac{\\partial E}{\\partial w_{11}^{(2)}} $$", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_ZB_D2}*a1[0]",)),), batch=162, why="alpha the rate"),
    Public("v62-zb-dout", _ZB, "b162_zb", "b162_zb",
           "    d_output = error * sigmoid_derivative(output_layer_output)", ((C,),),
           (Twin("value", f"-{_ZB_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=162,
           why="error = y - output; sigmoid_derivative(x) = x (1 - x) of the output: -dE/dz, a value"),
    Public("v62-zb-dhid", _ZB, "b162_zb", "b162_zb",
           "    d_hidden = d_output.dot(weights_hidden_to_output.T) * sigmoid_derivative(hidden_layer_output)",
           ((C,),), (Twin("value", f"-{_ZB_D1}", (f"-{_ZB_D1}",), _J3),), batch=162),
    Public("v62-zb-uw2", _ZB, "b162_zb", "b162_zb",
           "    weights_hidden_to_output += hidden_layer_output.T.dot(d_output) * learning_rate", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_ZB_D2}*a1[{{j}}]",), _J3),), batch=162,
           why="+= with -dE/dz and the rate after the product"),
    Public("v62-zb-ub1", _ZB, "b162_zb", "b162_zb", "    bias_hidden += d_hidden * learning_rate", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_ZB_D1}",), _J3),), batch=162),
    # ---- the Portuguese post's Passo a Passo ($$ on numbered list lines, three-space indentation): the backward
    # pass of a sigmoid-softmax network and its updates ----------------------------------------------------------
    Public("v62-pt-d2", _PT, "b162_pt", "b162_pt", "   $$\\delta^{(2)} = \\hat{y} - y$$", ((C,),),
           (Twin("value", "a2[{k}] - t[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=162,
           why="the softmax with the cross-entropy, a value"),
    Public("v62-pt-gw2", _PT, "b162_pt", "b162_pt", "   $$\\frac{\\partial L}{\\partial W_2} = \\delta^{(2)} h^T$$",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - t[{k}])*a1[{j}]",), _K3J3),), batch=162),
    Public("v62-pt-gb2", _PT, "b162_pt", "b162_pt", "   $$\\frac{\\partial L}{\\partial b_2} = \\delta^{(2)}$$",
           ((C,),), (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=162),
    Public("v62-pt-d1", _PT, "b162_pt", "b162_pt",
           "   $$\\delta^{(1)} = (W_2^T \\delta^{(2)}) \\odot \\sigma'(W_1 x + b_1)$$", ((C,),),
           (Twin("value", _PT_D1, (_PT_D1S,), _J3),), batch=162,
           why="the slope taken at W_1 x + b_1, the hidden sums written out"),
    Public("v62-pt-gw1", _PT, "b162_pt", "b162_pt", "   $$\\frac{\\partial L}{\\partial W_1} = \\delta^{(1)} x^T$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_PT_D1}*x[{{i}}]",), _J3I2),), batch=162),
    Public("v62-pt-gb1", _PT, "b162_pt", "b162_pt", "   $$\\frac{\\partial L}{\\partial b_1} = \\delta^{(1)}$$",
           ((C,),), (Twin("gradient", "b1[{j}]", (_PT_D1,), _J3),), batch=162),
    Public("v62-pt-uw2", _PT, "b162_pt", "b162_pt",
           "   $$W_2 = W_2 - \\eta \\frac{\\partial L}{\\partial W_2}$$", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*(a2[{k}] - t[{k}])*a1[{j}]",), _K3J3),), batch=162),
    Public("v62-pt-ub1", _PT, "b162_pt", "b162_pt",
           "   $$b_1 = b_1 - \\eta \\frac{\\partial L}{\\partial b_1}$$", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_PT_D1}",), _J3),), batch=162),
    # ---- the Hexo post (each formula a codecogs image, an <img> tag on a line of its own, the LaTeX in the address
    # with &space;; its title attribute often a copy of another formula's; the rules followed by &emsp;&emsp; and a
    # circled number) --------------------------------------------------------------------------------------------
    Public("v62-cg-w11", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;w_{11}^{(1)}}'
           r'=\delta&space;_1^{(2)}a_1^{(1)}" title="\frac{\partial e}{\partial w_{11}^{(1)}}=\delta _1^{(2)}a_1^{(1)}" />',
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_CG_E}*W2[0,0]*x[0]",)),), batch=162,
           why="delta_1^(2) = de/da_1^(2), the post's definition (no activation: de/dz too)"),
    Public("v62-cg-w12", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;w_{12}^{(1)}}'
           r'=\delta&space;_2^{(2)}a_1^{(1)}" title="\frac{\partial e}{\partial w_{11}^{(1)}}=\delta _1^{(2)}a_1^{(1)}" />',
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_CG_E}*W2[0,1]*x[0]",)),), batch=162,
           why="w_12^(1) from a_1^(1) to a_2^(2); the title attribute a copy of the line before's (also right)"),
    Public("v62-cg-w2a", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;w_{11}^{(2)}}'
           r'=\delta&space;_1^{(3)}a_1^{(2)}" title="\frac{\partial e}{\partial w_{11}^{(1)}}=\delta _1^{(2)}a_1^{(1)}" />',
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_CG_E}*a1[0]",)),), batch=162),
    Public("v62-cg-w2b", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;w_{21}^{(2)}}'
           r'=\delta&space;_1^{(3)}a_2^{(2)}" title="\frac{\partial e}{\partial w_{11}^{(1)}}=\delta _1^{(2)}a_1^{(1)}" />',
           ((C,),), (Twin("gradient", "W2[0,1]", (f"{_CG_E}*a1[1]",)),), batch=162),
    Public("v62-cg-gw", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;w_{ki}^{(j)}}'
           r'=\delta&space;_i^{(j+1)}a_k^{(j)}" title="\frac{\partial e}{\partial w_{11}^{(1)}}=\delta _1^{(2)}a_1^{(1)}" />'
           "&emsp;&emsp;\u2461", ((C,),), (Twin("gradient", "{p}", ("{m}",), _CG_GW),), batch=162,
           why="the rule for every weight, j the layer (a_k^(1) the input); &emsp;&emsp; and a circled 2 after the tag"),
    Public("v62-cg-d12", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\delta&space;_1^{(2)}=\frac{\partial&space;e}{\partial&space;'
           r'a_1^{(2)}}=\frac{\partial&space;e}{\partial&space;a_1^{(3)}}*\frac{\partial&space;a_1^{(3)}}{\partial&space;'
           r'a_1^{(2)}}" title="\frac{\partial e}{\partial a_1^{(2)}}=\frac{\partial e}{\partial a_1^{(3)}}*\frac{\partial '
           r'a_1^{(3)}}{\partial z}*\frac{\partial z}{\partial a_1^{(2)}}" />', ((C, C),),
           (Twin("value", f"{_CG_E}*W2[0,0]", (f"{_CG_E}*W2[0,0]", f"{_CG_E}*W2[0,0]")),), batch=162,
           why="the post's delta defined as a derivative by a unit's value, then the chain through the output: a value"),
    Public("v62-cg-b11", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;b_{1}^{(1)}}'
           r'=\delta&space;_1^{(2)}" title="\frac{\partial e}{\partial b_{1}^{(1)}}=\delta _1^{(2)}" />', ((C,),),
           (Twin("gradient", "b1[0]", (f"{_CG_E}*W2[0,0]",)),), batch=162, why="b^(1) the bias into layer 2"),
    Public("v62-cg-gb", _CG, "b162_cg", "b162_cg",
           r'<img src="https://latex.codecogs.com/gif.latex?\frac{\partial&space;e}{\partial&space;b_{i}^{(j)}}'
           r'=\delta&space;_i^{(j+1)}" title="\frac{\partial e}{\partial b_{1}^{(1)}}=\delta _1^{(2)}" />'
           "&emsp;&emsp;\u2462", ((C,),), (Twin("gradient", "{p}", ("{m}",), _CG_GB),), batch=162,
           why="the rule for every bias; a circled 3 after the tag"),
    # ---- the course notes ($$ displays on lines of their own, a full stop inside; a list item with inline $) -----
    Public("v62-ct-dL", _CT, "b162_ct", "b162_ct", "$$\n\\delta^{(L)}=(a^{(L)}-y)\\odot\\sigma'(z^{(L)}).\n$$",
           ((C,),), (Twin("value", _CT_D2, ("(a2[{k}] - y[{k}])*sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=162, why="a sigmoid output with the half-squared error, the page's first output delta"),
    Public("v62-ct-dl", _CT, "b162_ct", "b162_ct",
           "$$\n\\delta^{(l)}=((W^{(l+1)})^T\\delta^{(l+1)})\\odot g'^{(l)}(z^{(l)}).\n$$", ((C,),),
           (Twin("value", _CT_D1, (_CT_D1,), _J3),), batch=162,
           why="l = 1; g'^{(l)} the prime before the layer's superscript"),
    Public("v62-ct-gw", _CT, "b162_ct", "b162_ct",
           "$$\\frac{\\partial E}{\\partial w_{ij}} = \\delta_j a_i^{\\text{previous layer}}$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_CT_D1}*x[{{i}}]",), _J3I2),), batch=162,
           why="a superscript in \\text, the previous layer's output (the input, for the first layer's w_ij)"),
    Public("v62-ct-up", _CT, "b162_ct", "b162_ct",
           "$$w_{ij} \\leftarrow w_{ij} - \\eta \\frac{\\partial E}{\\partial w_{ij}}$$", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_CT_D1}*x[{{i}}]",), _J3I2),), batch=162),
    Public("v62-ct-chain", _CT, "b162_ct", "b162_ct",
           "$$\\frac{\\partial L}{\\partial w_{ij}} = \\frac{\\partial L}{\\partial a_j} \\cdot "
           "\\frac{\\partial a_j}{\\partial w_{ij}}$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_CT_D1}*x[{{i}}]",), _J3I2),), batch=162,
           why="the chain rule through the unit's output a_j (its derivative by w_ij holds the slope)"),
    Public("v62-ct-s6", _CT, "b162_ct", "b162_ct", "6. **Update weights**: $w_{ij} = w_{ij} + \\eta \\delta_j x_i$",
           ((W,),), (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_CT_D1}*x[{{i}}]",), _J3I2),),
           batch=162,
           why="MISTAKEN: under the page's own convention (delta = dL/dz, \"parameters update by subtracting the "
               "gradient\") the step adds the gradient; the slides' sign, which the page warns not to mix in"),
    # ---- the Chinese NumPy example (four-space indentation): the samples rows, += updates with no rate ------------
    Public("v62-zd-oe", _ZD, "b162_zd", "b162_zd", "    outputError = targets - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=162, why="target minus output, a value"),
    Public("v62-zd-od", _ZD, "b162_zd", "b162_zd", "    outputDelta = outputError * sigmoid_derivative(output)",
           ((C,),), (Twin("value", f"-{_ZD_D2}", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=162,
           why="sigmoid_derivative(x) = x (1 - x) of the output: -dE/dz, a value"),
    Public("v62-zd-he", _ZD, "b162_zd", "b162_zd", "    hiddenError = outputDelta.dot(weights2.T)", ((C,),),
           (Twin("value", f"-{_ZD_A1}", (f"-{_ZD_A1}",), _J3),), batch=162,
           why="-dE/d(hidden output j), a value"),
    Public("v62-zd-hd", _ZD, "b162_zd", "b162_zd",
           "    hiddenDelta = hiddenError * sigmoid_derivative(hiddenLayerOutput)", ((C,),),
           (Twin("value", f"-{_ZD_D1}", (f"-{_ZD_D1}",), _J3),), batch=162),
    Public("v62-zd-w2", _ZD, "b162_zd", "b162_zd", "    weights2 += hiddenLayerOutput.T.dot(outputDelta)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*{_ZD_D2}*a1[{{j}}]",), _J3),), batch=162,
           why="+= with -dE/dz and no rate: the step at rate 1 (the problem file's)"),
    Public("v62-zd-w1", _ZD, "b162_zd", "b162_zd", "    weights1 += inputs.T.dot(hiddenDelta)", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] - eta*{_ZD_D1}*x[{{i}}]",), _J3I3),), batch=162),
    Public("v62-zd-E", _ZD, "b162_zd", "b162_zd", "$$\nE = \\frac{1}{2} \\sum_{k} (y_k - t_k)^2\n$$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("1/2*(a2[0] - y[0])**2",)),), batch=162,
           why="the loss's definition, y_k the prediction and t_k the target, a value"),
    # ---- CS224n's notes in Chinese ($$ displays with \tag): the error recursion and the vectorized rules ---------
    Public("v62-cs-13", _CS, "b162_cs", "b162_cs",
           "$$\\delta_j^{(k-1)} = f'(z_j^{(k-1)}) \\sum_i \\delta_i^{(k)} W_{ij}^{(k-1)} \\tag{13}$$", ((C,),),
           (Twin("value", _CS_D1,
                 ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))*(a2[0] - y[0])*W2[0,{j}]",), _J2),), batch=162,
           why="k = 3, the score's layer: the hidden units' deltas, a value; \\tag{13} after the formula"),
    Public("v62-cs-14", _CS, "b162_cs", "b162_cs",
           "$$\\nabla_{W^{(k)}} J = \\delta^{(k+1)} (a^{(k)})^\\top \\tag{14}$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _CS_GW),), batch=162,
           why="every weight of both layers (a^(1) the input); ^\\top for the transpose"),
    Public("v62-cs-15", _CS, "b162_cs", "b162_cs",
           "$$\\delta^{(k)} = f'(z^{(k)}) \\circ \\left( (W^{(k)})^\\top \\delta^{(k+1)} \\right) \\tag{15}$$",
           ((C,),), (Twin("value", _CS_D1, (_CS_D1,), _J2),), batch=162,
           why="k = 2, the hidden layer; \\circ the entrywise product"),
]
