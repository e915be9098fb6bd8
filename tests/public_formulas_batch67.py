r"""Batch 67 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (pages of the "pages" corpus: four repositories' notebooks,
mcagriardic's Mazur example in \begin{equation*} blocks, puzzlemusa's manual backpropagation, jdmartinev's course
demo of a 2-2-2 network whose docstring writes the rules in plain text, GuyLewy's two-layer ReLU-softmax note; Cross
Validated 560391, a question on the softmax cross-entropy's gradient typed with θ for ∂, and Nemotron-CC-Math-v1's
copy of it, named by its title after the data set's address as in the batches before; Nemotron's copy of the
question "Derivative of Neural Network Function with Respect to Weights"; pantelis' CS634 exercise page, its forward
and backward steps in a table; sefiks.com's post on tanh at its https address and, for two lines whose superscripts
the stored copy lost, at its http address), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch67_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. The notebooks are cited by the commit read. A delta the page names as dE/dnet or dL/dz (delta_out, out\_delta,
dL/dz) is twinned as the derivative by z; a local derivative (dout/dnet, dnet/dw_5, dz_i/dW_{ik}, dy_i/dx_i) and a
derivative by an output or activation (dE/dout_{o1}, dL/dyhat, da_h1, dL/da^{(1)}) as values. Formulas keep their
page's delimiters and what surrounds them on their line (\begin{equation*} blocks whole with their "\\\" row ends
and empty rows, $$...$$ with the sentence's words around it, "eq.(4)" after it, a list item's indentation, a table
row's step number "(3b)", $ on lines of their own, a docstring's indentation and "=>", a code line's indentation).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 67

The batch: 56 formulas, 34 values (forward sums and outputs, losses, tanh itself, local derivatives, the worked
numbers of Mazur's example, derivatives by an output or a hidden activation), 8 gradients, 3 deltas dL/dz, 1 update,
and 10 entries of several claims (mcagriardic's blocks of two or three rows, one of them three new weights, and the
Nemotron copy's line of three inline claims). 46 are LaTeX (\begin{equation*} with rows ended by "\\\", * for every
product, "* -1" and "+ -", \sum_{}^{} with empty bounds, w_5^{(1 - 1)}, w_5^{+}; ∂ typed as a character in
\frac{∂E}{∂w5}, \text {...} after a member, out\_delta with TeX's escaped underscore, names h1_{total} and o1_{out};
θ typed for ∂ in \frac{\theta{\hat{y_i}}}{\theta{x_i}} where θ is also the logits, \exp^{x{_i}}, \hat{y_i}, − (U+2212)
and ∂L/∂θ in $$...$$; \text{softmax}, \text{CrossEntropy}, \mathtt{softmax}, \hat y without braces, \max(0, z^{(1)}),
a table row's "(1)" before $...$; f(x; \mathbf{w}) as a function of its input and parameters, \text{ReLU}, "\,", a
chain through h_1, h_2 with \cdot over five lines; \sum_{j=1}^m, \mathbf{x}\cdot W_i inside \sigma' and \sigma, W_{ik}),
10 plain text or code (jdmartinev's docstring: dL/dyhat, "=> delta_out = dL/dz = ...", dL/dw2_ij with two index
letters run together, "(since b2 is shared)" after a claim, the code's p.w1_12, dL_dw1_21, da_h1; sefiks.com's
tanh(x) = (e^{x} – e^{-x}) / (e^{x} + e^{-x}) with "–" (U+2013) for minus, sinh, cosh and "." for the product).

13 are mistaken somewhere (the oracle finds at least one member wrong):

- mcagriardic's out_{h1} = \frac{1}{1 + e^{-1.10590}}: out_{h1} named for out_{o1} (1/(1 + e^{-1.10590}) is o1's
  output, 0.751; out_{h1} is 0.593);
- mcagriardic's \frac{\partial E_{total}}{\partial w_{5}} = -\delta_{o1} out_{h1}, with \delta_{o1} defined two blocks
  before as dE_total/dnet_{o1} ("some sources extract the negative sign" from a delta of the other sign);
- mcagriardic's \frac{\partial E_{o1}}{\partial net_{o1}} = ... = 0.74136507 * 0.186815602 = 0.18498562: the product
  is 0.138498562 (the next block uses that value);
- mcagriardic's net_{h1} = w_1 * i_1 + w_3 * i_2 + b_1 * 1: w_3 (i_1 -> h_2) for w_2 (the first block has w_2);
- puzzlemusa's \frac{∂E}{∂w5} = (o1_{out} - y_1) * (o1_{total}*(1 - o1_{total})) * h1_{out}: the sigmoid's derivative
  taken at the sum (the line before has o1_{out}*(1 - o1_{out}));
- puzzlemusa's \frac{∂E}{∂h1_{out}} = ((...) + (... * \frac{∂o2_{total}}{∂h2_{out}})): h2_{out} for h1_{out} in the
  second term's last factor (w8 for w7; the next line has w7);
- jdmartinev's docstring dL/dw2_ij = a_hj * delta_out_i: w2_ij joins hidden unit i to output j (the code's dL_dw2_21 =
  a_h2 * delta_o1), so the gradient is a_hi * delta_out_j: the indices swapped;
- Cross Validated 560391's eq.(1) \hat{y_i} = \frac{\exp^{x{_i}}}{\sum_{k}\exp^{x_{i}}}: the sum over k keeps the index
  i (1/3, not the softmax; Nemotron's copy writes x_k);
- Cross Validated 560391's eq.(7) \frac{\theta L }{\theta \hat{y_i}} = - \sum{y_i*\frac{1}{\hat{y_i}}}, and the copy's
  -\sum y_i \frac{1}{\hat{y_i}}: one output's derivative summed over all the classes;
- pantelis' (3b) \frac{\partial L}{\partial a^{(1)}} = W^{(2)} (\hat y - y): W^{(2)T} meant (three hidden units and
  three classes here, so that the product as written has a value);
- sefiks.com's http copy: d(tanh(x))/dx = ( cosh(x).cosh(x) – sinh(x).sinh(x) ) / (cosh(x))2 and d(tanh(x))/dx = 1 –
  (tanh(x))2, whose superscript 2 the stored copy lost: as written, twice cosh(x) and 1 - 2 tanh(x) (a copy's
  artifact, not the author's mistake: the https copy writes its superscripts ^{2}).

Not mistaken, though they look it: Cross Validated 560391's eq.(4), θ typed for ∂ (its verdicts are the derivative's
the question means, both correct); mcagriardic's "2 * \frac{1}{2}(...)^{2 - 1} * -1 + 0" and "1 * out_{h1} *
w_5^{(1 - 1)} + 0 + 0" (the power rule written out); jdmartinev's "dL/db2 = delta_out_1 + delta_out_2" (one bias shared
by both outputs, as the problem file says); GuyLewy's chain through h_1 and h_2, which the page never defines (read
as the hidden layer's output and the softmax's argument, the only reading under which the chain's Jacobians are
the network's).

What the spec could not express, which a page needed: jdmartinev's docstring rules written for any output without an
index (dL/dyhat = (yhat - y), "=> delta_out = dL/dz = ..."): the notation names yhat, y, z and delta_out as the first
output's, so one of the two outputs is judged; the Nemotron question's z = \sigma(\mathbf{x}\cdot \mathbf{W})
followed by y = softmax(z), an activation applied to an activation's output, which a problem file writes only as a
second layer (a softmax layer with identity weights here, whose sums are the z_i; its y_i = \frac{\exp(z_i)}{\sum_k
\exp(z_k)} was left out, since the oracle draws that layer's weights at random, and so was "The first term ... can be
seen to be $y_i-t_i$", a claim split by prose); pantelis' step (2) "\frac{\partial L}{\partial z^{(1)}} =
\frac{\partial L}{\partial a^{(1)}} if a^{(1)} > 0", a claim under a condition (left out), and (3a) and (1), outer
products written as a^{(1)} (\hat y - y) and \frac{\partial L}{\partial z^{(1)}} \times x^{(1)} (left out: neither
order nor transpose is written, so no verdict is the page's own); puzzlemusa's "x = \frac{1}{(1 + e^{-1})}" for the
sigmoid, "x` = x * (1 - x)" with a backtick for the prime and "MSE = \frac{1}{n}\int_{i=1}^{n}(Y_i - Y_i`)^2" (an
integral for the sum), whose x and Y_i` name no quantity of the network (left out); mcagriardic's
(\sum\limits_{o}{\delta_{o} * w_{ho}}) with h standing for h1 in a sum over the outputs o (left out: its w_{ho}
needs o as a placeholder beside the literal o of \delta_{o1}); GuyLewy's gradient by \mathbf{W}_2, a chain ending
in \frac{\partial h_2}{\partial \mathbf{W}_2} (a third-order tensor; left out).

Collected on 2026-12-05 from 12:28 to 12:36 by the machine's clock (the oracle's run included).

Run blind at main 985047a (READY_FOR_BLIND21; nothing under src/ changed on this branch), the output saved in
/work/batch67_blind_run1.txt: 24 of 56 read with every verdict right (43%); 27 refused, 5 misread; no crash; NO WRONG
FORMULA CALLED CORRECT. Four of the refusals and one misread were the collector's: jdmartinev's notation gave
placeholders inside code's names, "p.w1_ij", "p.w2_ij", "delta_out_i" and "dL_dw1_ij", where a code name is one name
whose underscores are its own (docs/notation.md, "Code's names"; the loaded table held them as whole names, so
"p.w1_12" was "unknown symbol p.w1_12" and "dL_dw1_21" "dL_{d} matches none of the notation's patterns for dL"), and
b67-sig-dz-dW was written down with two members, its left side \sigma'(\mathbf{x}\cdot W_i)\cdot x_k counted as one
(check read one member, correct). The notation now lists those names one by one ("p.w1_12" = "W1[1, 0]",
"delta_out_1", "delta_out_2", "dL_dw1_21"; "delta_out_i" kept as the whole name the docstring writes), and the entry
has one member (its verdict unchanged); run once more (/work/batch67_blind_run2.txt): 28 of 56 read with every
verdict right (50%); 24 refused, 4 misread; no crash; NO WRONG FORMULA CALLED CORRECT. The second run is the batch's
first measure. Of the 13 mistaken formulas, 7 read with every verdict right (mca-neg-delta, mca-dEo1-dnet, puz-dw5,
puz-dh1-long, jdm-dw2, sef-http-quotient, sef-http-result), 6 refused; no wrong member was called correct. By kind:
values 20 of 34, gradients 5 of 8, deltas 2 of 3, the update 1 of 1, entries of several claims 0 of 10 (all refused,
nine of them by the "\\\" row end). LaTeX against plain text: the 46 in LaTeX read 20 (43%), the 10 in plain text or
code 8. By page: mcagriardic 4 of 14, puzzlemusa 8 of 11, jdmartinev 5 of 7, Cross Validated 560391 3 of 6 and its
Nemotron copy 0 of 4, pantelis 1 of 6, GuyLewy 1 of 2, Nemotron's "Derivative of Neural Network Function ..." 3 of 3,
sefiks.com 3 of 3.

The misreads (4, right formulas called wrong): a table row's step number read as a factor, pantelis' "(2) $a^{(1)} =
\max(0, z^{(1)})$", "(3) $z^{(2)} = W^{(2)} a^{(1)}$", "(4) $\hat{y} = \mathtt{softmax}(z^{(2)})$" and "(4)
$\frac{\partial L}{\partial z^{(2)}} = \hat y - y$" (the row "(1) ..." reads, times 1). Tried afterwards without "(2) ":
reads correct. (Batch 33's list number "1 - " and batch 31's equation number (5.19) are the same family.)

The refusals by construct (24, the second run):

- 9: Jupyter Markdown's TeX row end "\\\" (a row break and the backslash Markdown's escaping eats), in mcagriardic's
  \begin{equation*} blocks, rows and empty rows alike: "formula '\\': cannot read '\\' at position 1; write the
  formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (b67-mca-out-h1; '\\ net_{h2} = w_3 * i_1 + ...' where the
  row holds a formula). Tried afterwards with "\\" for "\\\" in b67-mca-net-h: both claims read correct.
- 3: \exp^{x_i} for e^{x_i} (Cross Validated 560391's eq.(1), the copy's eq.(1) and eq.(4)): "the function \exp has no
  argument at '\\exp' (position 19); write \exp(z); where \exp stands for a quantity (a unit's output), give it that
  meaning in the notation's [notation.symbols], e.g. "\exp" = "a1[0]"".
- 2: a \sum with neither index nor bounds before an indexed product (eq.(7), "- \sum{y_i*\frac{1}{\hat{y_i}}}", and the
  copy's "-\sum y_i \frac{1}{\hat{y_i}}"): "unknown symbol e; the notation knows \hat{y}, \theta, x, y; give it a
  meaning ..." (a letter the formula does not show). Tried afterwards with \sum_i in the copy's: reads, wrong,
  as the oracle says.
- 2: words after a claim: "\text {or we can say it as our error delta}" (puzzlemusa): "unknown symbol
  orwecansayitasourerrordelta; ..."; "(since b2 is shared)" (jdmartinev's docstring): "unknown symbol s; ...". Tried
  afterwards without the words: both read correct.
- 2: TeX's escaped underscore in a name, out\_delta (puzzlemusa): "'out_delta * \\frac{\\partial o1_{total}}{\\partial
  w5}' is a vector or matrix where the left side is a number" (the notation names out\_delta and out\_delta_{n}:
  the bare name read as the vector of its patterns) and "a double subscript out_{delta}_1 at '_' (position 51); write
  out_{delta,1} (or out_{delta1})".
- 1: \sum{_k}, a subscript inside the sum's braces (eq.(4)): "unexpected at '_' (position 60)".
- 1: \sum_{}^{} with empty bounds around one term (mcagriardic's E_{o1}): "expected the index letter of the sum at '}'
  (position 16)". Tried afterwards without it: reads, both members correct.
- 1: dL/dyhat in a docstring whose code names dL_dyhat1 and dyhat1_dz the notation lists: "'dL/dyhat' reads two ways:
  the quotient of dL and dy (the notation names both), or the derivative of L by yhat at 'd' (position 1); write the
  derivative as \frac{\partial ...}{\partial ...}, or the quotient with parentheses, (dZ)/(dA)".
- 1: the loss written as a named function of its arguments, L = \text{CrossEntropy}(y, \hat{y}) (the copy's line of
  three claims): "unknown symbol CrossEntropy; ..." (no key of the spec names a loss function).
- 1: a table row's step label "(3b)" (pantelis): "b needs its layer, e.g. b^{(1)}; or give it a meaning in the
  notation" (3 times b).
- 1: a chain of Jacobians, \frac{\partial h_2}{\partial h_1} between \cdot (GuyLewy): "\frac{\partial h_{2}}{\partial
  h_{1}} differentiates a vector by a vector (a Jacobian) that is not diagonal: a matrix, or its transpose, as the
  page's layout has it; write one entry".

Which look general: the "\\\" row end of Markdown-hosted TeX (every notebook whose author fought Markdown's escaping),
a line's or a table row's label before the formula (labels "(2)", "(3b)": misread, not refused, where the label is a
bare number), words after a claim (\text{...}, a parenthesised remark), \sum without index or bounds over the one
obvious index (and its message, which names a letter not in the formula), \exp^{x} for e^{x}, TeX's \_ in names,
and a loss written as CrossEntropy(y, \hat{y}); page-specific or typos: \sum{_k}, \sum_{}^{} with empty bounds, the
chain of non-diagonal Jacobians (refused by design), and dL/dyhat beside the page's own code names (the rule's
ambiguity, real once the notation lists both).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch67_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_MCA = "https://github.com/mcagriardic/Andrew-NG-Coursera (ex4/Backpropagation.ipynb, commit 4e0400c)"
_PUZZLE = "https://github.com/puzzlemusa/AIPractice (Basics/Manual_back_propagation.ipynb, commit b711215)"
_JDM = ("https://github.com/jdmartinev/SI3014---Redes-Neuronales-y-Aprendizaje-Profundo"
        " (Lectures/Lecture05/L5_backpropagation_example.ipynb, commit ba93902)")
_CV560391 = ("https://stats.stackexchange.com/questions/560391/compute-gradient-of-cross-entropy-loss-with-respect-to-i"
           "ts"
             "-logits")
_CV560391_COPY = f"{_NEMOTRON} (Compute Gradient of Cross Entropy Loss with respect to its logits)"
_PANTELIS = "https://pantelis.github.io/cs634/docs/common/lectures/dnn/backpropagation-dnn-exercises/"
_GUYLEWY = "https://github.com/GuyLewy/ml-and-stats-final (my_shit/neural_networks/backprop.ipynb, commit 82eb8b6)"
_SIGSOFT = f"{_NEMOTRON} (Derivative of Neural Network Function with Respect to Weights)"
_SEFIKS = "https://sefiks.com/2017/01/29/hyperbolic-tangent-as-neural-network-activation-function/"
_SEFIKS_HTTP = "http://sefiks.com/2017/01/29/hyperbolic-tangent-as-neural-network-activation-function"

_I3 = tuple({"i": i} for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_IJ22 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_IK23 = tuple({"i": i, "k": k} for i in range(2) for k in range(3))

# Mazur's example (mcagriardic, jdmartinev) and puzzlemusa's: the outputs' deltas dE/dnet_o and dE/dout_h1
_DO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DO2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_DH1 = f"{_DO1}*W2[0,0] + {_DO2}*W2[1,0]"
_SIG2 = "a2[0]*(1 - a2[0])"
# three-class softmax and cross-entropy: the softmax of layer 1's sums, the loss, dL/da1 of pantelis' hidden layer
_SOFT1 = "exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_SOFT2 = "exp(z2[{k}])/(exp(z2[0]) + exp(z2[1]) + exp(z2[2]))"
_CE1 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_CE2 = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]))"
_DA1 = "W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2])"
_DA1_T = "W2[{j},0]*(a2[0] - t[0]) + W2[{j},1]*(a2[1] - t[1]) + W2[{j},2]*(a2[2] - t[2])"

ENTRIES = [
    # ---- mcagriardic's notebook (ex4/Backpropagation.ipynb): Mazur's example in \begin{equation*} blocks, rows ended
    # by "\\\" and empty rows between them, * for every product, "* -1", "+ -", \sum_{}^{} with empty bounds,
    # w_5^{(1 - 1)}, w_5^{+}; out_{h1} written for out_{o1}, w_3 for w_2, a product's wrong result, a sign --------
    Public("b67-mca-net-h", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nnet_{h1} = w_1 * i_1 + w_2 * i_2 + b_1 "
           "* 1\\\\\\\nnet_{h2} = w_3 * i_1 + w_4 * i_2 + b_1 * 1\n\\end{equation*}", ((C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1",)),
            Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + b1*1",))), batch=67, why="two rows, two claims"),
    Public("b67-mca-out-h1", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nout_{h1} = \\frac{1}{1 + "
           "e^{-net_{h1}}} \\\\\\\n\\\\\\\nout_{h1} = \\frac{1}{1 + e^{-0.3775}} \\\\\\\n\\end{equation*}"
           , ((C,), (C,)),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),
            Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3775))",))), batch=67,
           why="an empty row \\\\\\ between the two claims"),
    Public("b67-mca-out-o1", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nout_{o1} = \\frac{1}{1 + "
           "e^{-net_{o1}}} \\\\\\\n\\\\\\\nout_{h1} = \\frac{1}{1 + e^{-1.10590}} \\\\\\\n\\end{equation*}"
           , ((C,), (W,)),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),
            Twin("value", "a1[0]", ("=1/(1 + np.exp(-1.10590))",))), batch=67,
           why="the second row names out_{h1} (0.593) for out_{o1}: 1/(1 + e^{-1.10590}) = 0.751 is o1's output"),
    Public("b67-mca-E-o1", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nE_{o1} = \\sum_{}^{} {\\frac{1}{2}(0.01 "
           "- 0.75136507)^2} = 0.274811083\n\\end{equation*}", ((C, C),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("=(1/2)*(0.01 - 0.75136507)**2", "=0.274811083")),), batch=67,
           why="\\sum_{}^{} with empty bounds around the one output's term"),
    Public("b67-mca-dE-dout", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nE_{total} = \\frac{1}{2}(target_{o1} "
           "- out_{o1})^{2} + \\frac{1}{2}(target_{o2} - out_{o2})^{2} \\\\\\\n\\\\\\\n\\frac{\\partial "
           "E_{total}}{\\partial out_{o1}} = 2 * \\frac{1}{2}(target_{o1} - out_{o1})^{2 - 1} * -1 + 0 \\\\\\\n"
           "\\\\\\\n\\frac{\\partial E_{total}}{\\partial out_{o1}} = -(target_{o1} - out_{o1}) = -(0.01 - "
           "0.75136507) = 0.74136507 \\\\\\\n\\end{equation*}", ((C,), (C,), (C, C, C)),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2", ("(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",)),
            Twin("value", "a2[0] - y[0]", ("2*(1/2)*(y[0] - a2[0])**(2 - 1)*(-1) + 0",)),
            Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(0.01 - 0.75136507)", "=0.74136507"))), batch=67,
           why="E_total, then dE_total/dout_o1 (a value) twice"),
    Public("b67-mca-dout-dnet", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nout_{o1} = "
           "\\frac{1}{1+e^{-net_{o1}}} \\\\\\\n\\\\\\\n\\frac{\\partial out_{o1}}{\\partial net_{o1}} = out_{o1}(1 - "
           "out_{o1}) = 0.75136507(1 - 0.75136507) = 0.186815602 \\\\\\\n\\end{equation*}", ((C,), (C, C, C)),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),
            Twin("value", _SIG2, (_SIG2, "=0.75136507*(1 - 0.75136507)", "=0.186815602"))), batch=67),
    Public("b67-mca-dnet-dw5", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nnet_{o1} = w_5 * out_{h1} + w_6 * "
           "out_{h2} + b_2 * 1 \\\\\\\n\\\\\\\n\\frac{\\partial net_{o1}}{\\partial w_{5}} = 1 * out_{h1} * w_5^{(1 - "
           "1)} + 0 + 0 = out_{h1} = 0.593269992 \\\\\\\n\\end{equation*}", ((C,), (C, C, C)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2*1",)),
            Twin("value", "a1[0]", ("1*a1[0]*W2[0,0]**(1 - 1) + 0 + 0", "a1[0]", "=0.593269992"))), batch=67,
           why="w_5^{(1 - 1)}, the power rule's w_5 to the 0"),
    Public("b67-mca-dE-dw5", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\n\\frac{\\partial E_{total}}{\\partial "
           "w_{5}} = \\frac{\\partial E_{total}}{\\partial out_{o1}} * \\frac{\\partial out_{o1}}{\\partial net_{o1}} "
           "* \\frac{\\partial net_{o1}}{\\partial w_{5}}\\\\\\\n\\\\\\\n\\frac{\\partial E_{total}}{\\partial w_{5}} "
           "= 0.74136507 * 0.186815602 * 0.593269992 = 0.082167041\n\\\\\\\n\\end{equation*}", ((C,), (C, C)),
           (Twin("gradient", "W2[0,0]", (_DO1 + "*a1[0]",)),
            Twin("gradient", "W2[0,0]", ("=0.74136507*0.186815602*0.593269992", "=0.082167041"))), batch=67),
    Public("b67-mca-neg-delta", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\n\\frac{\\partial "
           "E_{total}}{\\partial w_{5}} = -\\delta_{o1} out_{h1}\n\\end{equation*}", ((W,),),
           (Twin("gradient", "W2[0,0]", ("-" + _DO1 + "*a1[0]",)),), batch=67,
           why="\\delta_{o1} is dE_total/dnet_{o1} as the notebook defines it just before: \"some sources extract the"
               " negative sign\" from a delta of the other sign, not from this one"),
    Public("b67-mca-w5", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nw_5^{+} = w_5 - \\eta * \\frac{\\partial "
           "E_{total}}{\\partial w_{5}} = 0.4 - 0.5 * 0.082167041 = 0.35891648\n\\end{equation*}", ((C, C, C),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad", "=0.4 - 0.5*0.082167041", "=0.35891648")),), batch=67),
    Public("b67-mca-dEo1-dnet", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\n\\frac{\\partial E_{o1}}{\\partial "
           "net_{o1}} = \\frac{\\partial E_{o1}}{\\partial out_{o1}} * \\frac{\\partial out_{o1}}{\\partial net_{o1}} "
           "= 0.74136507 * 0.186815602 = 0.18498562\n\\end{equation*}", ((C, C, W),),
           (Twin("value", _DO1, ("(a2[0] - y[0])*" + _SIG2, "=0.74136507*0.186815602", "=0.18498562")),), batch=67,
           why="0.74136507 * 0.186815602 is 0.138498562 (the notebook's next block uses that value), not 0.18498562"),
    Public("b67-mca-dE-douth1", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\n\\frac{\\partial "
           "E_{total}}{\\partial out_{h1}} = \\frac{\\partial E_{o1}}{\\partial out_{h1}} + \\frac{\\partial "
           "E_{o2}}{\\partial out_{h1}} = 0.055399425 + -0.019049119 = 0.036350306\n\\end{equation*}", ((C, C, C),),
           (Twin("value", _DH1, (_DH1, "=0.055399425 + -0.019049119", "=0.036350306")),), batch=67,
           why="E_{o1}, E_{o2} each output's half of the error; \"+ -\" before the negative term"),
    Public("b67-mca-net-h1-w3", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nnet_{h1} = w_1 * i_1 + w_3 * i_2 + "
           "b_1 * 1 \\\\\\\n\\\\\\\n\\frac{\\partial net_{h1}}{\\partial w_1} = i_1 = 0.05 \\\\\\\n\\end{equation*}"
           , ((W,), (C, C)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[1,0]*x[1] + b1*1",)),
            Twin("value", "x[0]", ("x[0]", "=0.05"))), batch=67,
           why="w_3 (i_1 -> h_2) written for w_2 in net_{h1} (the notebook's first block has w_2); dnet_h1/dw_1 a value"
           ),
    Public("b67-mca-w234", _MCA, "b67_mazur", "b67_mca", "\\begin{equation*}\nw_2^{+} = 0.19956143 \\\\\\\nw_3^{+} = "
           "0.24975114 \\\\\\\nw_4^{+} = 0.29950229 \\\\\\\n\\end{equation*}", ((C,), (C,), (C,)),
           (Twin("update", "W1[0,1]", ("=0.19956143",)), Twin("update", "W1[1,0]", ("=0.24975114",)),
            Twin("update", "W1[1,1]", ("=0.29950229",))), batch=67, why="three rows, three new weights"),
    # ---- puzzlemusa's notebook: $$ ... $$ inside sentences ("So", "We know", "and"), names h1_{total}, o1_{out}, ∂
    # typed as the character, \text {...} after a member, out\_delta with its escaped underscore; a sigmoid's
    # derivative taken at the sum, a factor of the wrong hidden unit -------------------------------------------------
    Public("b67-puz-h1-total", _PUZZLE, "b67_puzzle", "b67_puzzle", "So $$ h1_{total} = (w1 * i1) + (w2 * i2) + b1 $$"
           , ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),), batch=67),
    Public("b67-puz-h1-out", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ h1_{out} = \\frac{1}{(1 + e^{-h1_{total}})} $$"
           , ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=67),
    Public("b67-puz-o2-total", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ o2_{total} = (w7 * h1_{out}) + (w8 * h2_{out}) "
           "+ b2 $$", ((C,),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1] + b2",)),), batch=67),
    Public("b67-puz-E", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ E = \\frac{1}{2}((y_1 - o1_{out})^2 + (y_2 - "
           "o2_{out})^2) $$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2"
           , ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),),
           batch=67),
    Public("b67-puz-dE-do1", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ \\frac{∂E}{∂o1_{out}} = o1_{out} - y_1 \\text "
           "{or we can say it as our error delta} $$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=67,
           why="dE/do1_out, a value; the words in \\text {...} after the member"),
    Public("b67-puz-do1-dt", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ \\frac{∂o1_{out}}{∂o1_{total}} = o1_{out}*(1 - "
           "o1_{out}) $$", ((C,),),
           (Twin("value", _SIG2, (_SIG2,)),), batch=67),
    Public("b67-puz-dw5-delta", _PUZZLE, "b67_puzzle", "b67_puzzle", "So, $$ \\frac{∂E}{∂w5} = out\\_delta * "
           "\\frac{∂o1_{total}}{∂w5} $$", ((C,),),
           (Twin("gradient", "W2[0,0]", (_DO1 + "*a1[0]",)),), batch=67,
           why="out\\_delta the product dE/do1_out * do1_out/do1_total, as the line before names it"),
    Public("b67-puz-dw5", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ \\frac{∂E}{∂w5} = (o1_{out} - y_1) * (o1_{total}*(1 "
           "- o1_{total})) * h1_{out} $$", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*z2[0]*(1 - z2[0])*a1[0]",)),), batch=67,
           why="the sigmoid's derivative written o1_total (1 - o1_total), at the sum: it is o1_out (1 - o1_out), as the"
               " line before says"),
    Public("b67-puz-dh1-long", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ \\frac{∂E}{∂h1_{out}} = "
           "((\\frac{∂E}{∂o1_{out}} * \\frac{∂o1_{out}}{∂o1_{total}} * \\frac{∂o1_{total}}{∂h1_{out}}) + "
           "(\\frac{∂E}{∂o2_{out}} * \\frac{∂o2_{out}}{∂o2_{total}} * \\frac{∂o2_{total}}{∂h2_{out}})) $$", ((W,),),
           (Twin("value", _DH1, (f"{_DO1}*W2[0,0] + {_DO2}*W2[1,1]",)),), batch=67,
           why="the second term's last factor do2_total/dh2_out (w8) for do2_total/dh1_out (w7): the next line has w7"),
    Public("b67-puz-dh1", _PUZZLE, "b67_puzzle", "b67_puzzle", "$$ \\frac{∂E}{∂h1_{out}} = ((out\\_delta_1 * w5) + "
           "(out\\_delta_2 * w7)) $$", ((C,),),
           (Twin("value", _DH1, (f"{_DO1}*W2[0,0] + {_DO2}*W2[1,0]",)),), batch=67),
    Public("b67-puz-dh1-dw1", _PUZZLE, "b67_puzzle", "b67_puzzle", "and $$ \\frac{∂h1_{total}}{∂w1} = i1$$", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=67),
    # ---- jdmartinev's demo (a 2-2-2 network, Mazur's numbers): Python with a docstring of formulas indented in plain
    # text, "=>" before a claim, words in parentheses after one, a dataclass's fields p.w1_12, w1_ij from input i to
    # unit j; the docstring's dL/dw2_ij with its indices swapped ------------------------------------------------------
    Public("b67-jdm-z-h2", _JDM, "b67_mazur", "b67_jdm", "    z_h2 = x1 * p.w1_12 + x2 * p.w1_22 + p.b1", ((C,),),
           (Twin("value", "z1[1]", ("x[0]*W1[1,0] + x[1]*W1[1,1] + b1",)),), batch=67,
           why="p.w1_12 the weight from x1 to h2, as the dataclass's comment says"),
    Public("b67-jdm-dyhat", _JDM, "b67_mazur", "b67_jdm", "      dL/dyhat = (yhat - y)", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("(a2[0] - y[0])",)),), batch=67,
           why="the docstring's rule for an output, judged on the first; dL/dyhat a value"),
    Public("b67-jdm-delta-out", _JDM, "b67_mazur", "b67_jdm", "      => delta_out = dL/dz = (yhat - y) * yhat(1-yhat)"
           , ((C, C),),
           (Twin("gradient_z", "z2[0]", (_DO1, "(a2[0] - y[0])*" + _SIG2)),), batch=67),
    Public("b67-jdm-dw2", _JDM, "b67_mazur", "b67_jdm", "      dL/dw2_ij = a_hj * delta_out_i", ((W,),),
           (Twin("gradient", "W2[{j},{i}]", ("a1[{j}]*(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])",), _IJ22),), batch=67,
           why="w2_ij joins hidden unit i to output j (the code's dL_dw2_21 = a_h2 * delta_o1): its gradient is a_hi *"
               " delta_out_j, the docstring swaps the indices"),
    Public("b67-jdm-db2", _JDM, "b67_mazur", "b67_jdm", "      dL/db2    = delta_out_1 + delta_out_2  (since b2 is "
           "shared)", ((C,),),
           (Twin("gradient", "b2", (f"{_DO1} + {_DO2}",)),), batch=67, why="one bias b2 shared by both outputs"),
    Public("b67-jdm-da-h1", _JDM, "b67_mazur", "b67_jdm", "    da_h1 = (p.w2_11 * delta_o1) + (p.w2_12 * delta_o2)"
           , ((C,),),
           (Twin("value", _DH1, (f"W2[0,0]*{_DO1} + W2[1,0]*{_DO2}",)),), batch=67,
           why="da_h1 the code's name for dL/da_h1; p.w2_12 the weight from h1 to o2"),
    Public("b67-jdm-dw1-21", _JDM, "b67_mazur", "b67_jdm", "    dL_dw1_21 = x2 * delta_h1", ((C,),),
           (Twin("gradient", "W1[0,1]", (f"x[1]*a1[0]*(1 - a1[0])*({_DH1})",)),), batch=67,
           why="w1_21 the weight from x2 to h1"),
    # ---- Cross Validated 560391 (the question): $$...$$ in sentences, ∂ and − as characters, \exp^{x_i}, x{_i}, θ
    # typed for ∂ in \frac{\theta ...}{\theta ...} (θ also the logits), "eq.(n)" after a formula; a softmax whose sum
    # keeps the index i, a derivative by one output summed over all ---------------------------------------------------
    Public("b67-cv-softmax", _CV560391, "b67_logits", "b67_cv560391", "$$\\hat{y} = softmax(\\theta)$$", ((C,),),
           (Twin("value", "a1[{k}]", (_SOFT1,), _K3),), batch=67),
    Public("b67-cv-prove", _CV560391, "b67_logits", "b67_cv560391", "Prove that: The gradient is $$∂L/∂θ = \\hat{y} − "
           "y$$",
           ((C,),), (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=67),
    Public("b67-cv-eq1", _CV560391, "b67_logits", "b67_cv560391",
           "What we know is that softmax function is given as: $$\\hat{y_i} = "
           "\\frac{\\exp^{x{_i}}}{\\sum_{k}\\exp^{x_{i}}}$$"
           " eq.(1)", ((W,),), (Twin("value", "a1[{i}]", ("exp(z1[{i}])/(3*exp(z1[{i}]))",), _I3),), batch=67,
           why="the sum over k adds exp^{x_i} three times (its index i, not k): 1/3, not the softmax (the copy on"
               " Nemotron writes x_k)"),
    Public("b67-cv-eq2", _CV560391, "b67_logits", "b67_cv560391", "Also $$L=-\\sum y_i*\\ln{\\hat{y_i}}$$ eq.(2)"
           , ((C,),),
           (Twin("value", _CE1, (_CE1,)),), batch=67),
    Public("b67-cv-eq4", _CV560391, "b67_logits", "b67_cv560391",
           "$$\\frac{\\theta{\\hat{y_i}}}{\\theta{x_i}}=\\hat{y_i}(\\frac{\\sum{_k}\\exp^{x_i}}{\\sum{_k}\\exp^{x_i}}-"
           "\\hat{y_i}) = \\hat{y_i}(1-\\hat{y_i})$$ eq.(4)", ((C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(3*exp(z1[{i}])/(3*exp(z1[{i}])) - a1[{i}])",
                                                    "a1[{i}]*(1 - a1[{i}])"), _I3),), batch=67,
           why="\\theta typed for the partial sign (the question's own theta is the logits): dy_i/dx_i"),
    Public("b67-cv-eq7", _CV560391, "b67_logits", "b67_cv560391",
           "$$\\frac{\\theta L }{\\theta \\hat{y_i}} = - \\sum{y_i*\\frac{1}{\\hat{y_i}}}$$ eq. (7)", ((W,),),
           (Twin("value", "-t[{i}]/a1[{i}]", ("-(t[0]/a1[0] + t[1]/a1[1] + t[2]/a1[2])",), _I3),), batch=67,
           why="dL/dy_i is -y_i/y_i-hat: the sum over the classes does not belong to one output's derivative"),
    # ---- Nemotron's copy of the same question: \text{softmax}, \text{CrossEntropy}, \partial restored, x_k in eq.(1);
    # eq.(7)'s sum kept ------------------------------------------------------------------------------------------------
    Public("b67-cvc-prove", _CV560391_COPY, "b67_logits", "b67_cv560391",
           "Let $\\hat{y} = \\text{softmax}(\\theta)$ and $L = \\text{CrossEntropy}(y, \\hat{y})$. Prove that the "
           "gradient is"
           " $\\frac{\\partial L}{\\partial \\theta} = \\hat{y} - y$.", ((C,), (C,), (C,)),
           (Twin("value", "a1[{k}]", (_SOFT1,), _K3), Twin("value", _CE1, (_CE1,)),
            Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3)), batch=67,
           why="three inline claims on one line; CrossEntropy(y, y-hat) the cross-entropy"),
    Public("b67-cvc-eq1", _CV560391_COPY, "b67_logits", "b67_cv560391",
           "$$\\hat{y_i} = \\frac{\\exp^{x_i}}{\\sum_{k}\\exp^{x_k}}$$ ", ((C,),),
           (Twin("value", "a1[{k}]", (_SOFT1,), _K3),), batch=67),
    Public("b67-cvc-eq4", _CV560391_COPY, "b67_logits", "b67_cv560391",
           "   $$\\frac{\\partial \\hat{y_i}}{\\partial x_i} = \\hat{y_i} \\left(\\frac{\\sum_k \\exp^{x_i}}{\\sum_k "
           "\\exp^{x_i}}"
           " - \\hat{y_i}\\right) = \\hat{y_i}(1-\\hat{y_i})$$ (eq.4)", ((C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(3*exp(z1[{i}])/(3*exp(z1[{i}])) - a1[{i}])",
                                                    "a1[{i}]*(1 - a1[{i}])"), _I3),), batch=67,
           why="a list item's indentation kept"),
    Public("b67-cvc-eq7", _CV560391_COPY, "b67_logits", "b67_cv560391",
           "   $$\\frac{\\partial L}{\\partial \\hat{y_i}} = -\\sum y_i \\frac{1}{\\hat{y_i}}$$ (eq.7)", ((W,),),
           (Twin("value", "-t[{i}]/a1[{i}]", ("-(t[0]/a1[0] + t[1]/a1[1] + t[2]/a1[2])",), _I3),), batch=67,
           why="the sum over the classes, as in the question"),
    # ---- pantelis' CS634 exercise: a table's rows, the step's number "(1)", "(3b)" before $...$, \mathtt{softmax},
    # \hat y without braces; W^{(2)} (y_hat - y) without the transpose -----------------------------------------------
    Public("b67-pan-z1", _PANTELIS, "b67_pantelis", "b67_pantelis", "(1) $z^{(1)} = W^{(1)} x^{(1)}$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),), batch=67),
    Public("b67-pan-a1", _PANTELIS, "b67_pantelis", "b67_pantelis", "(2) $a^{(1)} = \\max(0, z^{(1)})$", ((C,),),
           (Twin("value", "a1[{j}]", ("np.maximum(0, z1[{j}])",), _J3),), batch=67),
    Public("b67-pan-z2", _PANTELIS, "b67_pantelis", "b67_pantelis", "(3) $z^{(2)} = W^{(2)} a^{(1)}$", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2]",), _K3),), batch=67),
    Public("b67-pan-yhat", _PANTELIS, "b67_pantelis", "b67_pantelis",
           "(4) $\\hat{y} = \\mathtt{softmax}(z^{(2)})$"
           , ((C,),), (Twin("value", "a2[{k}]", (_SOFT2,), _K3),), batch=67),
    Public("b67-pan-dz2", _PANTELIS, "b67_pantelis", "b67_pantelis",
           "(4) $\\frac{\\partial L}{\\partial z^{(2)}} = \\hat y - y$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=67),
    Public("b67-pan-da1", _PANTELIS, "b67_pantelis", "b67_pantelis",
           "(3b) $\\frac{\\partial L}{\\partial a^{(1)}} = W^{(2)} (\\hat y - y)$", ((W,),),
           (Twin("value", _DA1, (_DA1_T,), _J3),), batch=67,
           why="dL/da^{(1)} is W^{(2)T} (y_hat - y); with W^{(2)} as written (square here: three hidden units and"
               " three classes) the product is another vector"),
    # ---- GuyLewy's notebook: $ on lines of their own around the formula, f(x; \mathbf{w}) as a function of its input
    # and parameters, \text{softmax}, \text{ReLU}, "\,"; a chain rule through h_1, h_2 written with \cdot over five
    # lines ------------------------------------------------------------------------------------------------------------
    Public("b67-guy-f", _GUYLEWY, "b67_guylewy", "b67_guylewy",
           "$\nf(x; \\mathbf{w}) = \\text{softmax}(\\mathbf{W}_2 \\, \\text{ReLU}(\\mathbf{W}_1 x + \\mathbf{b}_1) +"
           " \\mathbf{b}_2)\n$", ((C,),), (Twin("value", "a2[{k}]", (_SOFT2,), _K3),), batch=67),
    Public("b67-guy-db1", _GUYLEWY, "b67_guylewy", "b67_guylewy",
           "$\n\\frac{\\partial \\text{CE}(y, f(x, w))}{\\partial \\mathbf{b}_1} = \n\\frac{\\partial "
           "\\text{CE}}{\\partial f}"
           " \\cdot\n\\frac{\\partial f}{\\partial h_2} \\cdot\n\\frac{\\partial h_2}{\\partial h_1} \\cdot\n"
           "\\frac{\\partial"
           " h_1}{\\partial \\mathbf{b}_1}\n$", ((C,),),
           (Twin("gradient", "b1[{j}]", (f"Heaviside(z1[{{j}}])*({_DA1})",), _J3),), batch=67,
           why="h_1 the hidden layer's output, h_2 the softmax's argument: the chain of Jacobians"),
    # ---- Nemotron's copy of "Derivative of Neural Network Function with Respect to Weights": $$...$$, a sum with
    # bounds 1 to m, W_{ik} and W_i, \mathbf{x}\cdot W_i inside sigma' and sigma ---------------------------------------
    Public("b67-sig-E", _SIGSOFT, "b67_sigsoft", "b67_sigsoft", "$$E=-\\sum_{j=1}^m t_j\\log y_j$$", ((C,),),
           (Twin("value", _CE2, (_CE2,)),), batch=67, why="m the number of units (two here)"),
    Public("b67-sig-chain", _SIGSOFT, "b67_sigsoft", "b67_sigsoft",
           "$$\\frac{\\partial E}{\\partial W_{ik}}=\\frac{\\partial E}{\\partial z_i}\\frac{\\partial "
           "z_i}{\\partial{W_{ik}}}$$",
           ((C,),),
           (Twin("gradient", "W1[{i},{k}]",
                 ("(W2[0,{i}]*(a2[0] - t[0]) + W2[1,{i}]*(a2[1] - t[1]))*a1[{i}]*(1 - a1[{i}])*x[{k}]",), _IK23),),
           batch=67, why="z_i the sigmoid units' outputs, W_{ik} from input k to unit i: only z_i depends on W_{ik}"),
    Public("b67-sig-dz-dW", _SIGSOFT, "b67_sigsoft", "b67_sigsoft",
           "$\\sigma'(\\mathbf{x}\\cdot W_i)\\cdot x_k=\\sigma(\\mathbf{x}\\cdot W_i)(1-\\sigma(\\mathbf{x}\\cdot "
           "W_i))x_k$.",
           ((C,),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])*x[{k}]", ("sigmoid(z1[{i}])*(1 - sigmoid(z1[{i}]))*x[{k}]",), _IK23),),
           batch=67,
           why="dz_i/dW_{ik} written as its left side sigma'(x . W_i) x_k, a value, and one member; the sentence's full"
               " stop after the closing $. (Written down at first with two members, the left side counted as one: the"
               " first blind run's misread; corrected after it, the verdict unchanged)"),
    # ---- sefiks.com's post on tanh: plain text, "–" (U+2013) for minus, e^{x}, "." for the product; the stored copy at
    # the http address lost the superscripts (cosh(x))2 and (tanh(x))2 -------------------------------------------------
    Public("b67-sef-tanh", _SEFIKS, "b67_tanh", "b67_sefiks",
           "Hyperbolic Tangent Function: tanh(x) = (e^{x} – e^{-x}) / (e^{x} + e^{-x})", ((C,),),
           (Twin("value", "np.tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=67),
    Public("b67-sef-http-quotient", _SEFIKS_HTTP, "b67_tanh", "b67_sefiks",
           "d(tanh(x))/dx = ( cosh(x).cosh(x) – sinh(x).sinh(x) ) / (cosh(x))2", ((W,),),
           (Twin("value", "1 - np.tanh(z1[0])**2",
                 ("(np.cosh(z1[0])*np.cosh(z1[0]) - np.sinh(z1[0])*np.sinh(z1[0]))/(np.cosh(z1[0])*2)",)),), batch=67,
           why="the stored copy's (cosh(x))2, a superscript 2 lost: as written, twice cosh(x), not its square"),
    Public("b67-sef-http-result", _SEFIKS_HTTP, "b67_tanh", "b67_sefiks", "d(tanh(x))/dx = 1 – (tanh(x))2", ((W,),),
           (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - np.tanh(z1[0])*2",)),), batch=67,
           why="the stored copy's (tanh(x))2: as written 1 - 2 tanh(x)"),
]
