r"""Batch 66 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: RuZhan2024's CIS 311 course notes on the
perceptron, gradient descent and the sigmoidal perceptron with worked numbers, AAD23110162's Spanish Python script on
backpropagation with its formulas in docstrings and comments, amanraj41's Markdown derivations of a two-layer
network's gradients, pravramidis' MATLAB answer to Hagan's tanh-neuron problem, Hao20210808's MATLAB delta rule, a
stored Python script of logistic regression whose docstrings write the formulas in plain text, ds-praveenkumar's and
Zongda-Gu's logistic-regression READMEs, klxcoder's Python chain of one logistic neuron, qihongl's MATLAB XOR
network), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch66_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before
check was. One file is stored in the code corpus without its repository's name and is cited by its id; the nine
repositories' files by the commit read. A delta the page names as dL/dz (delta^l, delta_i^{(2)}, dloss_dz) is twinned
as the derivative by z; a delta that is -dE/dnet (the MATLAB scripts' delta), a step (\Delta w_i, dW), a local
derivative and a derivative by an activation (dL/da, dloss_dp, dE_da) as values. Formulas keep their page's delimiters
and what surrounds them on their line (a docstring's or a loop's indentation and its words before the formula, a list
item's " * " and label, MATLAB's semicolon and "%" comment, $$ on lines of their own or glued to the next block's,
the plain-text sum's bounds on the lines above and below it).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 66

The batch: 55 formulas, 28 values (forward values, losses, the sigmoid's and tanh's identities, dL/da, the MATLAB
deltas -dE/dnet and steps, the CIS notes' \Delta w_i with numbers), 9 gradients, 6 deltas dL/dz, 10 updates (one of
them worked in numbers), and 2 entries of several claims (amanraj41's $$ blocks glued end to start: four forward
claims, and dW^{(1)} with db^{(1)}). 22 are LaTeX (\sum_e over the examples with (e) as a superscript,
\sum_{i=0}^d with a bound that is no number, \leftarrow, a chain continued in three $$ blocks, ";" and "," for TeX's
lost "\;" and "\,", \big( \big), \mathbf and \boldsymbol, \odot, "$$...$$...$$" with one $$ between two formulas,
\in \mathbb{R}^{n_1} after a claim, \text{true} as a subscript, f_{\mathbf{w},b}(x^{(i)}) with a parenthesis left
open, a list item's " * " and label before $...$), 33 plain text or code (Unicode σ, ⊙, ∂, ∇, η, ŷ, ² and α in
Spanish docstrings and comments, a sum written Σ with its bounds on the lines above and below, fw,b(x) and fwb(x),
x_s(i), MATLAB's statements with ";" and "%", its indexing weights(1,k), input(j,1) and x2(k-1), code names
dloss_dp, dE_da, w1_new, dj_dw).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- the stored script's loss(fw,b(x_s(i)), y_s(i)) = -y_s(i)log(fw,b(x_s(i)) - (1 - y_s(i))log(fw,b(x_s(i)) ): the
  second log should be of 1 - fw,b (the docstring's next line has it);
- the same script's "which equates to" dJ(w,b) / dw = 1/m Σ (wx_s(i) + b - y_s(i)) * x and dJ(w,b) / db = 1/m Σ
  (wx_s(i) + b - y_s(i)): linear regression's gradients, the sigmoid left out of a logistic model;
- the same script's b = b - α * dJ(w,b) / dw: dw for db;
- ds-praveenkumar's J = -\frac{1}{m}\sum_{i=1}^{m}y^{(i)}\log(a^{(i)})+(1-y^{(i)})\log(1-a^{(i)}): without
  brackets the sum and the minus take only the first term, so the second is added with the wrong sign;
- qihongl's weights(1,k) = weights(1,k) + coeff*input(j,1)*delta2_1 and weights(2,k) = weights(2,k) +
  coeff*input(j,2)*delta2_2 for k = 2 and 3: each hidden unit's two weights are moved by one input (input(j,1) for
  both of unit 1's, input(j,2) for both of unit 2's), right for one k and wrong for the other.

Not mistaken, though they look it: the CIS notes' \Delta w_1 = (0-0.5744)(0.5744)(1-0.5744)(2) = -0.2808 (-0.280852,
one unit off its rounding, as the spec allows), their ";\leftarrow;" and "," (TeX's \; and \, without their
backslash, spacing); Hao20210808's W(1) = W(1) + dW(1) (dW the step alpha*delta*x, -alpha dE/dW); qihongl's
weights(3,k) = weights(3,k) + coeff*x2(k-1)*delta3_1 (its deltas are -dE/dnet, so + is the descent); Zongda-Gu's
loss(f_{\mathbf{w},b}(x^{(i)}, y^{(i)}) (a parenthesis left open, the loss itself right).

Choices open to question: the CIS notes' worked examples use one example of the page's two (the batch update
after both, whose w_1 = 0.5 + (-0.1623) = 0.3966 is also wrong, is left out); the \Delta w_i of the examples are
judged with eta = 1 as the delta rule's example says. pravramidis' n = w1 * p1 + w2 * p2 + w1_2 * (p1 * p2) + b1
multiplies two inputs, which no network of the spec's computes: p1*p2 is a third input of its own in the network,
and the entries that write the product are left out. Hagan's problem 3 of the same repository's answers (a swish
and a leaky-ReLU layer) was read first and left out: the oracle's forward pass has neither activation. qihongl's
bias is a weight on a constant input of -1: the forward notation names weights(r,1) as -b and bias(1,r) as -1; the
update notation names only the input weights (the else-branch's k = 2, 3), so that the rule's k reaches no bias.
x2(1) is named "x2_{1}": the notation loader refuses "x2(1)" as two index groups (x_{2} and (1)), and docs/notation.md
reads MATLAB's x2(1) as the name x2 with subscript 1. AAD23110162's σ(x), σ'(x) and tanh'(x) are identities in x,
judged with x the network's input (the notation leaves x its default meaning). The stored script's fw,b and fwb
are named f_{w,b} and f_{wb} as functions (the model), x_s(i) and y_s(i) as x_{s(i)} and y_{s(i)} (the page says
"_s(i)" stands for the superscript (i)).

Collected on 2026-12-05 from 09:58 to 10:07 by the machine's clock (the oracle's runs included).
Run blind at main 8b29135 (/work/READY_FOR_BLIND20), with nothing under src/ changed. Every notation loaded (with its
network, before the run and again after the rebase) and no refusal is the collector's notation outside the spec's
grammar, so the first run is the only one (/work/batch66_blind.txt): 33 of 55 read with every verdict right (60%),
22 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Of the 7 mistaken formulas, 1 was read and
called wrong where the oracle does (ds-praveenkumar's cost without brackets) and 6 were refused (the stored
script's four, qihongl's two). By kind of claim: values 21 of 28, gradients 3 of 9, deltas 5 of 6, updates 4 of 10,
entries of several claims 0 of 2. LaTeX against plain text: the 22 in LaTeX read 15 (68%), the 33 in plain text or
code 18 (55%). By page: the CIS notes 6 of 10, the Spanish script 6 of 8, amanraj41 5 of 7, Problem6.m 5 of 5,
Hao20210808 2 of 5, the stored script 1 of 7, ds-praveenkumar 2 of 2, Zongda-Gu 2 of 3, klxcoder 3 of 3, qihongl 1 of
5.

The refusals by construct (22), with the exact message:

- 4, MATLAB's two-index parenthesis with a loop letter, weights(1,k) and input(j,1), where the notation's patterns
  write it with an index placeholder ("weights(1,k)", "input(j,1)", indices "jk"; the all-number weights(3,2) reads):
  "formula 'weights(1,k) = weights(1,k) + coeff*input(j,1)*delta2_1': weights matches none of the notation's patterns
  for weights ('weights(1,k)', 'weights(2,k)', 'weights(3,k)')" (b66-xor-upd-hidden1, -hidden2 (both mistaken),
  -upd-out) and "formula 'H1 = bias(1,1)*weights(1,1)+ input(j,1)*weights(1,2)+ inp...': input matches none of the
  notation's patterns for input ('input(j,1)', 'input(j,2)')" (b66-xor-H1);
- 3, a comma or semicolon standing for TeX's \, or \; whose backslash the copy lost, \sigma(s),\big(1 - \sigma(s)\big)
  and w_i ;\leftarrow; w_i: "formula "\\sigma'(s) = \\sigma(s), (1 - \\sigma(s) )": unexpected at ',' (position 23); a
  comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
  \quad C = D)" (b66-cis-sig-prime, -sig-dE; -sig-update the same at ';', "a semicolon after a member is no
  product");
- 2, plain text's fw,b(x) and fwb(x) for f_{w,b}(x), the notation's functions "f_{w,b}" and "f_{wb}": "formula
  'loss(fw,b(x), y) = -y log(fw,b(x)) - (1 - y)log(1 - fw,b(x))': unknown symbol f; the notation knows b, dj, m, w,
  x, y, z; give it a meaning in the notation's [notation.symbols], e.g. "f" = "a1[0]"" (b66-fwb-loss, -dJdw);
- 2, plain text's x_s(i), a subscript with a parenthesis, named "x_{s(i)}": "formula 'm-1 dJ(w,b) / dw = 1/m
  \\Sigma (wx_s(i) + b - y_s(i)) * x': x_{s} matches none of the notation's patterns for x ('x', 'x_{s(i)}')"
  (b66-fwb-dJdw-linear, -dJdb-linear, both mistaken);
- 2, a parenthesis left open in the loss's arguments (the pages' typos): "formula 'loss(fw,b(x_s(i)), y_s(i)) =
  -y_s(i)log(fw,b(x_s(i)) - (1...': expected ')' to close the arguments at the end" (b66-fwb-loss-wrong, mistaken) and
  "... expected ')' to close the arguments at '=' (position 33)" (b66-zon-loss);
- 2, plain text's superscript in parentheses with arithmetic, W^(l+1) and a^(l-1): "formula "\\delta ^l = (W^(l+1))^T
  \\delta ^(l+1) \\odot \\sigma '(z^l)": unexpected at ')' (position 21)" (b66-aad-delta-l; b66-aad-dC-dW at position
  45);
- 1, a sum over the examples \sum_e with no bound and no 1/N (the error's own sum): "formula '\\frac{\\partial
  E}{\\partial w_i} = \\frac{\\partial}{\\partia...': a sum over the samples has no bound, so nothing says how many it
  adds: ... give N its value in the notation ("N" = "1", the one sample check reads), or, if the page's loss is
  their total, write reduction = "sum" in the file's [update]" (b66-cis-dE-chain);
- 1, "$$A$$B$$", two formulas sharing the $$ between them, read as one product: "formula '\\frac{\\partial
  L}{\\partial W ^{(1)}} = \\delta ^{(1)} x ^T...': multiplies a 3 x 2 by a 3 x 1, whose sizes do not fit; write the
  factors so that the first has as many columns as the second has rows" (b66-aman-dW1-db1);
- 1, a claim's space after it, \in \mathbb{R}^{n_1}, in the same glued blocks: "formula 'z ^{(1)} = W ^{(1)} x + b
  ^{(1)} \\in \\mathbb{R}^{n_1} a ^...': unexpected at '\\in' (position 35)" (b66-aman-forward);
- 1, MATLAB's "%" comment after a statement: "formula 'dW = alpha*delta*x; %delta rule': cannot read '%' at position
  21; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (b66-hao-dW);
- 1, MATLAB's W(1) where the notation names both W (the row) and W(k): "formula 'W(1) = W(1) + dW(1)': W(1): the entry
  W_{1}, as MATLAB indexes, or W times (1): both are the notation's; write W_{1} or W \cdot 1" (b66-hao-W1);
- 1, MATLAB's row times column, W*x with W the weight row: "'W*x' is a vector or matrix where the left side is a
  number" (b66-hao-v; the notation names W as W1[0, :], a vector, and * is read entrywise);
- 1, the page's dw for db, a vector added to the bias: "formula 'b = b - \\alpha * dJ(w,b) / dw': adds a vector or
  matrix and a number in b - (\alpha * dJ(w, b)/dw)" (b66-fwb-update-b, mistaken: refused, not called wrong).

Read, among the constructs these pages brought: \sum_{i=0}^d with a bound that is no number; list items' indented
$$ blocks with \Delta w_1 and numbers (-0.2808 one unit off, right), a worked update of the bias; Unicode σ, ⊙, ∇, η,
ŷ and tanh² in Spanish docstrings with their labels ("Derivada de tanh:", "1. Calcular error ...:", "- SGD:");
amanraj41's \left[ ... \right] around a sum, \mathbf and \boldsymbol, \text{true} as a subscript, \odot; MATLAB's
statements ending in ";" with names dE_da, da_dn, w1_new; ds-praveenkumar's list item with its label, and its cost
without brackets called wrong; f_{\mathbf{w},b}(\mathbf{x}^{(i)}) as the model; klxcoder's dloss_dp, dp_dz, dloss_dz;
MATLAB's x2(1) and weights(3,2) (all numbers) in qihongl's delta.

Which look general (would appear in much homework): MATLAB's two-index parentheses with a loop letter (any MATLAB
training loop: weights(i,k), input(j,1)), its "%" comments and its row-times-column W*x; plain text's superscript in
parentheses with arithmetic (^(l+1), ^(l-1): Nielsen's equations typed in comments); a claim followed by its space
(\in \mathbb{R}^{n}); a sum over the examples without 1/N (documented as refused). Page-specific or typos: the lost
backslash of \, and \; (a copy artifact), parentheses left open, "$$A$$B$$", fw,b and x_s(i) (one author's plain-text
spellings), and dw for db (the page's mistake, refused for its shape).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch66_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CIS = "https://github.com/RuZhan2024/neural_networks (Note_Reformatted.md, commit b7b14f5)"
_AAD = ("https://github.com/AAD23110162/Python-Engineering-Playbook-IA-II"
        " (Enfoque_2-probabilidad_incertidumbre/043-E2-retropropagacion_del_error.py, commit 0507840)")
_AMAN = ("https://github.com/amanraj41/neuropathology-dl"
         " (learn/session01_neural_networks/part_c_mathematical_derivations.md, commit 3dfd40f)")
_PAV = "https://github.com/pravramidis/neuroFuzzyComputing (ProblemSet2/Problem6.m, commit a19309f)"
_HAO = ("https://github.com/Hao20210808/Machine_Learning_using_MatLab"
        " (Program/W5_Limittation_of_Single_layer_Neural_network.m, commit 4da9e4f)")
_FWB = _STORED.format(5304730554, "fw,b(X)  where w and X are vectors",
                      "a Python script of logistic regression's cost and gradient, its formulas in docstrings")
_DSP = "https://github.com/ds-praveenkumar/coursera (README.md, commit 49abf2f)"
_ZON = "https://github.com/Zongda-Gu/Logistic-Regression-Model (README.md, commit 2d11b32)"
_KLX = "https://github.com/klxcoder/learn-machine-learning (week3/01.py, commit 02a7716)"
_XOR = "https://github.com/qihongl/mathCognition_PDP_RL (demo_nn/xor1.m, commit eb54d5c)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_IJ23 = tuple({"i": i, "j": j} for i in range(2) for j in range(3))
_JK32 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))

# the CIS notes' general rule over w_i, i = 0 (the bias, x_0 = 1), 1, 2
_CIS_W = ({"p": "b1[0]", "xi": "1"}, {"p": "W1[0,0]", "xi": "x[0]"}, {"p": "W1[0,1]", "xi": "x[1]"})
# the sigmoid unit's -dE/ds: (y - o) o (1 - o)
_CIS_S = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
# the Spanish script's 2-2-1 sigmoid network: dL/dz at the output and at hidden unit {j}
_AD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_AD1 = "W2[0,{j}]*" + _AD2 + "*a1[{j}]*(1 - a1[{j}])"
_AAD_W = (tuple({"p": f"W2[0,{k}]", "g": f"{_AD2}*a1[{k}]"} for k in range(2))
          + tuple({"p": f"W1[{j},{k}]", "g": _AD1.replace("{j}", str(j)) + f"*x[{k}]"}
                  for j in range(2) for k in range(2)))
# amanraj41's 2-3-2 sigmoid network: dL/dz at output unit {i}, and at hidden unit {j}
_AM2 = "(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])"
_AM2_0, _AM2_1 = _AM2.replace("{i}", "0"), _AM2.replace("{i}", "1")
_AM_DA1 = f"W2[0,{{j}}]*{_AM2_0} + W2[1,{{j}}]*{_AM2_1}"
_AM1 = f"({_AM_DA1})*a1[{{j}}]*(1 - a1[{{j}}])"
# Problem6.m's dE/dn of the tanh unit
_PD = "(a1[0] - y[0])*(1 - a1[0]**2)"
# the MATLAB delta rule's -dE/dv
_HD = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
# the cross-entropy of one logistic unit
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_ZLIN = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
# xor1.m's deltas, -dE/dnet: the output's and hidden unit {0, 1}'s
_XO = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_XH0 = f"W2[0,0]*{_XO}*a1[0]*(1 - a1[0])"
_XH1 = f"W2[0,1]*{_XO}*a1[1]*(1 - a1[1])"

ENTRIES: list[Public] = [
    # ---- RuZhan2024's CIS 311 notes: $$ blocks with a leading space, \sum_{i=0}^d, \sum_e over the examples with (e)
    # as a superscript, \leftarrow, a chain continued in three blocks, list items' indented $$ blocks, ";" and ","
    # for TeX's lost "\;" and "\," ----------------------------------------------------------------------------------
    Public("b66-cis-lin-o", _CIS, "b66_cis_lin", "b66_cis", "$$\n o = \\sum_{i=0}^d w_i x_i\n$$", ((C,),),
           (Twin("value", "a1[0]", ("b1[0]*1 + W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=66,
           why="the unthresholded linear unit, w_0 x_0 the bias (x_0 = 1)"),
    Public("b66-cis-dE-chain", _CIS, "b66_cis_lin", "b66_cis",
           r"""$$
 \frac{\partial E}{\partial w_i}
 = \frac{\partial}{\partial w_i} \left( \frac{1}{2} \sum_e ( y^{(e)} - o^{(e)} )^2 \right)
$$

$$
= \sum_e ( y^{(e)} - o^{(e)} )  \frac{\partial (y^{(e)} - o^{(e)})}{\partial w_i}
$$

$$
= \sum_e ( y^{(e)} - o^{(e)} )  (-x_i^{(e)})
$$""", ((C, C, C),),
           (Twin("gradient", "{p}", ("(a1[0] - y[0])*{xi}", "(y[0] - a1[0])*(-{xi})", "(y[0] - a1[0])*(-{xi})"),
                 _CIS_W),), batch=66,
           why="the general rule over w_i (w_0 the bias, x_0 = 1); the sum over one example; blocks 2 and 3 continue "
               "the chain after \"=\""),
    Public("b66-cis-lin-dw1", _CIS, "b66_cis_lin", "b66_cis", "  $$\n   \\Delta w_1 = (0 - 0.3) \\cdot 2 = -0.6\n  $$",
           ((C, C),), (Twin("value", "(y[0] - a1[0])*x[0]", ("=(0 - 0.3)*2", "=-0.6")),), batch=66,
           why="the gradient-descent example's correction (y - o) x_1, eta = 1"),
    Public("b66-cis-delta-w0", _CIS, "b66_cis_lin", "b66_cis", "   $$\n   w_0 = -1 + (-0.3)\\cdot 1 = -1.3\n   $$",
           ((C, C),), (Twin("update", "b1[0]", ("=-1 + (-0.3)*1", "=-1.3")),), batch=66,
           why="the delta rule's example with eta = 1: the bias weight's new value"),
    Public("b66-cis-sig-prime", _CIS, "b66_cis_sig", "b66_cis",
           "$$\n \\sigma'(s) = \\sigma(s),\\big(1 - \\sigma(s)\\big)\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=66,
           why="\",\" for TeX's \\, (its backslash lost): the product"),
    Public("b66-cis-sig-dE", _CIS, "b66_cis_sig", "b66_cis",
           "$\\frac{\\partial E}{\\partial w_i}\n = \\sum_e \\big(y^{(e)} - o^{(e)}\\big) , \\sigma'(s^{(e)}) ,"
           " (-x_i^{(e)})$", ((C,),),
           (Twin("gradient", "{p}", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])*(-{xi})",), _CIS_W),), batch=66,
           why="the sigmoidal perceptron's derivative; \",\" for \\, as above"),
    Public("b66-cis-sig-update", _CIS, "b66_cis_sig", "b66_cis",
           "$$\n w_i ;\\leftarrow; w_i + \\eta \\sum_e \\big(y^{(e)} - o^{(e)}\\big),\\sigma(s^{(e)})\\big(1 -"
           " \\sigma(s^{(e)})\\big),x_i^{(e)}\n$$", ((C,),),
           (Twin("update", "{p}", (f"{{p}} + eta*{_CIS_S}*{{xi}}",), _CIS_W),), batch=66,
           why="\";\" for \\; around \\leftarrow"),
    Public("b66-cis-sig-o", _CIS, "b66_cis_sig", "b66_cis",
           "$\n o = \\sigma(0.3) = \\frac{1}{1+e^{-0.3}} \\approx 0.5744\n$", ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3))", "=1/(1 + np.exp(-0.3))", "=0.5744")),), batch=66),
    Public("b66-cis-sig-dw0", _CIS, "b66_cis_sig", "b66_cis",
           "$\n \\Delta w_0 = (0-0.5744)(0.5744)(1-0.5744)(1) = -0.1404\n $", ((C, C),),
           (Twin("value", _CIS_S, ("=(0 - 0.5744)*0.5744*(1 - 0.5744)*1", "=-0.1404")),), batch=66,
           why="the batch example's correction for the first example, eta = 1"),
    Public("b66-cis-sig-dw1", _CIS, "b66_cis_sig", "b66_cis",
           "$\n \\Delta w_1 = (0-0.5744)(0.5744)(1-0.5744)(2) = -0.2808\n $", ((C, C),),
           (Twin("value", f"{_CIS_S}*x[0]", ("=(0 - 0.5744)*0.5744*(1 - 0.5744)*2", "=-0.2808")),), batch=66,
           why="-0.280852: -0.2808 one unit off its rounding, which the spec allows"),
    # ---- AAD23110162's Spanish script: docstrings and comments in plain text with Unicode σ, ⊙, ∂, ∇, η, ŷ, ²; a
    # label before the formula ("Derivada de tanh:", "1. Calcular ...:", "- SGD:") -----------------------------------
    Public("b66-aad-sigmoid", _AAD, "b66_aad", "b66_aad", "    Función sigmoide: σ(x) = 1 / (1 + e^(-x))", ((C,),),
           (Twin("value", "sigmoid(x[{i}])", ("1/(1 + exp(-x[{i}]))",), _I2),), batch=66,
           why="an identity in x (x the network's input, the notation leaves it its default)"),
    Public("b66-aad-dsigmoid", _AAD, "b66_aad", "b66_aad", "    Derivada de sigmoide: σ'(x) = σ(x) * (1 - σ(x))",
           ((C,),), (Twin("value", "sigmoid(x[{i}])*(1 - sigmoid(x[{i}]))",
                          ("sigmoid(x[{i}])*(1 - sigmoid(x[{i}]))",), _I2),), batch=66),
    Public("b66-aad-dtanh", _AAD, "b66_aad", "b66_aad", "    Derivada de tanh: tanh'(x) = 1 - tanh²(x)", ((C,),),
           (Twin("value", "1 - tanh(x[{i}])**2", ("1 - tanh(x[{i}])**2",), _I2),), batch=66,
           why="tanh² the square of tanh (U+00B2 after the function's name)"),
    Public("b66-aad-delta-L", _AAD, "b66_aad", "b66_aad",
           "        1. Calcular error en capa de salida: δ^L = (a^L - y) ⊙ σ'(z^L)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_AD2,)),), batch=66),
    Public("b66-aad-delta-l", _AAD, "b66_aad", "b66_aad",
           "        2. Propagar error hacia atrás: δ^l = (W^(l+1))^T δ^(l+1) ⊙ σ'(z^l)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_AD1,), _J2),), batch=66,
           why="a rule over l: the hidden layer, the only one with a layer l+1"),
    Public("b66-aad-dC-dW", _AAD, "b66_aad", "b66_aad",
           "        3. Calcular gradientes: ∂C/∂W^l = δ^l (a^(l-1))^T", ((C,),),
           (Twin("gradient", "{p}", ("{g}",), _AAD_W),), batch=66, why="a rule over both layers, a^0 the input"),
    Public("b66-aad-sgd", _AAD, "b66_aad", "b66_aad", "        - SGD: w = w - η * ∇w", ((C,),),
           (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad",), _K2),), batch=66,
           why="w without its layer, the output layer's (docs/notation.md); the rule is right at every layer"),
    Public("b66-aad-code-delta", _AAD, "b66_aad", "b66_aad_code", "            delta = -error * grad_act", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=66,
           why="error = salida_deseada[i] - salida_red[i] and grad_act the sigmoid's slope, on the lines before"),
    # ---- amanraj41's derivations: $$...$$ blocks, \left[ \right], \mathbf and \boldsymbol, \odot, \text{true} as a
    # subscript, W_{ij}^{(2)} output-first from 1, "$$A$$B$$" with one $$ between two formulas, \in \mathbb{R}^{n} -----
    Public("b66-aman-dL-da", _AMAN, "b66_aman", "b66_aman",
           "$$\\frac{\\partial L}{\\partial a_i^{(2)}} = \\frac{\\partial}{\\partial a_i^{(2)}} \\left[ \\frac{1}{2}"
           " \\sum_{j=1}^{n_2} (a_j^{(2)} - y_j)^2 \\right] = a_i^{(2)} - y_i$$", ((C, C),),
           (Twin("value", "a2[{i}] - y[{i}]", ("a2[{i}] - y[{i}]", "a2[{i}] - y[{i}]"), _I2),), batch=66,
           why="dL/da, a value; n_2 the output layer's size"),
    Public("b66-aman-dL-dz-vec", _AMAN, "b66_aman", "b66_aman",
           "$$\\frac{\\partial L}{\\partial \\mathbf{z}^{(2)}} = \\left( \\mathbf{a}^{(2)} - \\mathbf{y}_{\\text{true}}"
           " \\right) \\odot \\sigma'(\\mathbf{z}^{(2)})$$", ((C,),),
           (Twin("gradient_z", "z2[{i}]", (_AM2,), _I2),), batch=66),
    Public("b66-aman-dW2-ij", _AMAN, "b66_aman", "b66_aman",
           "$$\\frac{\\partial L}{\\partial W_{ij}^{(2)}} = \\frac{\\partial L}{\\partial z_i^{(2)}} \\cdot"
           " \\frac{\\partial z_i^{(2)}}{\\partial W_{ij}^{(2)}} = \\delta_i^{(2)} \\cdot a_j^{(1)}$$", ((C, C),),
           (Twin("gradient", "W2[{i},{j}]", (f"{_AM2}*a1[{{j}}]", f"{_AM2}*a1[{{j}}]"), _IJ23),), batch=66),
    Public("b66-aman-dL-da1", _AMAN, "b66_aman", "b66_aman",
           "$$\\frac{\\partial L}{\\partial a_j^{(1)}} = \\sum_{i=1}^{n_2} \\delta_i^{(2)} \\cdot W_{ij}^{(2)}$$",
           ((C,),), (Twin("value", _AM_DA1, (_AM_DA1,), _J3),), batch=66, why="dL/da of a hidden unit, a value"),
    Public("b66-aman-delta1", _AMAN, "b66_aman", "b66_aman",
           "$$\\boldsymbol{\\delta}^{(1)} = \\frac{\\partial L}{\\partial \\mathbf{z}^{(1)}} = \\left["
           " (\\mathbf{W}^{(2)})^T \\boldsymbol{\\delta}^{(2)} \\right] \\odot \\sigma'(\\mathbf{z}^{(1)})$$",
           ((C, C),), (Twin("gradient_z", "z1[{j}]", (_AM1, _AM1), _J3),), batch=66),
    Public("b66-aman-dW1-db1", _AMAN, "b66_aman", "b66_aman",
           "$$\\frac{\\partial L}{\\partial \\mathbf{W}^{(1)}} = \\boldsymbol{\\delta}^{(1)} \\mathbf{x}^T$$"
           "\\frac{\\partial L}{\\partial \\mathbf{b}^{(1)}} = \\boldsymbol{\\delta}^{(1)}$$", ((C,), (C,)),
           (Twin("gradient", "W1[{j},{k}]", (f"{_AM1}*x[{{k}}]",), _JK32),
            Twin("gradient", "b1[{j}]", (_AM1,), _J3)), batch=66,
           why="two claims in \"$$A$$B$$\", the page's one $$ between them"),
    Public("b66-aman-forward", _AMAN, "b66_aman", "b66_aman",
           "$$\\mathbf{z}^{(1)} = \\mathbf{W}^{(1)} \\mathbf{x} + \\mathbf{b}^{(1)} \\in \\mathbb{R}^{n_1}$$"
           "\\mathbf{a}^{(1)} = \\sigma(\\mathbf{z}^{(1)}) \\in \\mathbb{R}^{n_1}$$\\mathbf{z}^{(2)} ="
           " \\mathbf{W}^{(2)} \\mathbf{a}^{(1)} + \\mathbf{b}^{(2)} \\in \\mathbb{R}^{n_2}$$\\mathbf{a}^{(2)} ="
           " \\sigma(\\mathbf{z}^{(2)}) \\in \\mathbb{R}^{n_2}$$", ((C,), (C,), (C,), (C,)),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),
            Twin("value", "z2[{i}]", ("W2[{i},0]*a1[0] + W2[{i},1]*a1[1] + W2[{i},2]*a1[2] + b2[{i}]",), _I2),
            Twin("value", "a2[{i}]", ("sigmoid(z2[{i}])",), _I2)), batch=66,
           why="four claims glued by single $$, each with \\in \\mathbb{R}^{n} after it"),
    # ---- pravramidis' Problem6.m: MATLAB statements ending in ";", ^ for the power, names dE_da, da_dn, grad_w1 -----
    Public("b66-pav-E", _PAV, "b66_pav", "b66_pav", "    E = 0.5 * (t - a)^2;", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("0.5*(y[0] - a1[0])**2",)),), batch=66),
    Public("b66-pav-dE-da", _PAV, "b66_pav", "b66_pav", "    dE_da = -(t - a);", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("-(y[0] - a1[0])",)),), batch=66, why="dE/da, a value"),
    Public("b66-pav-grad-w1", _PAV, "b66_pav", "b66_pav", "    grad_w1 = dE_da * da_dn * p1;", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_PD}*x[0]",)),), batch=66,
           why="da_dn = tanh_derivative(n) = sech(n)^2 on the line before"),
    Public("b66-pav-grad-b1", _PAV, "b66_pav", "b66_pav", "    grad_b1 = dE_da * da_dn;", ((C,),),
           (Twin("gradient", "b1[0]", (_PD,)),), batch=66),
    Public("b66-pav-w1-new", _PAV, "b66_pav", "b66_pav", "    w1_new = w1 - alpha * grad_w1;", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=66),
    # ---- Hao20210808's MATLAB delta rule: statements ending in ";" (one with a space before it), a "%" comment, W(1)
    # MATLAB's index, Sigmoid the script's own function --------------------------------------------------------------
    Public("b66-hao-v", _HAO, "b66_hao", "b66_hao", "        v = W*x;", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=66),
    Public("b66-hao-y", _HAO, "b66_hao", "b66_hao", "        y = Sigmoid(v);", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=66, why="y the output here, d the target"),
    Public("b66-hao-delta", _HAO, "b66_hao", "b66_hao", "        delta = y*(1-y)*e ;", ((C,),),
           (Twin("value", _HD, ("a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),), batch=66,
           why="delta = -dE/dv, e = d - y on the line before: a value"),
    Public("b66-hao-dW", _HAO, "b66_hao", "b66_hao", "        dW = alpha*delta*x; %delta rule", ((C,),),
           (Twin("value", f"eta*{_HD}*x[{{k}}]", (f"eta*{_HD}*x[{{k}}]",), _K3),), batch=66,
           why="the step -alpha dE/dW, a value"),
    Public("b66-hao-W1", _HAO, "b66_hao", "b66_hao", "        W(1) = W(1) + dW(1);", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] + eta*{_HD}*x[0]",)),), batch=66),
    # ---- the stored logistic-regression script: docstrings in plain text, fw,b(x) and fwb(x), x_s(i) for x^{(i)},
    # Σ with its bounds on the lines above and below, α; the loss's second log of f, linear regression's gradients for
    # the logistic model's, dw for db ------------------------------------------------------------------------------
    Public("b66-fwb-loss-wrong", _FWB, "b66_fwb", "b66_fwb",
           "loss(fw,b(x_s(i)), y_s(i)) = -y_s(i)log(fw,b(x_s(i)) - (1 - y_s(i))log(fw,b(x_s(i)) )", ((W,),),
           (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(a1[0])",)),), batch=66,
           why="the second log should be of 1 - fw,b (the docstring's next line has it)"),
    Public("b66-fwb-loss", _FWB, "b66_fwb", "b66_fwb",
           "loss(fw,b(x), y) = -y log(fw,b(x)) - (1 - y)log(1 - fw,b(x))", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),), batch=66),
    Public("b66-fwb-dJdw", _FWB, "b66_fwb", "b66_fwb",
           "                   m-1\ndJ(w,b) / dw = 1/m Σ (fwb(x_s(i)) - y_s(i)) * x\n                   i = 0",
           ((C,),), (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=66,
           why="the sum over the m examples (one here), its bounds on the lines above and below"),
    Public("b66-fwb-dJdw-linear", _FWB, "b66_fwb", "b66_fwb",
           "                   m-1\ndJ(w,b) / dw = 1/m Σ (wx_s(i) + b - y_s(i)) * x\n                   i = 0",
           ((W,),), (Twin("gradient", "W1[0,{j}]", (f"({_ZLIN} - y[0])*x[{{j}}]",), _J2),), batch=66,
           why="\"which equates to\": linear regression's gradient, the sigmoid left out of fwb(x)"),
    Public("b66-fwb-dJdb-linear", _FWB, "b66_fwb", "b66_fwb",
           "                   m-1\ndJ(w,b) / db = 1/m Σ (wx_s(i) + b - y_s(i))\n                   i = 0",
           ((W,),), (Twin("gradient", "b1[0]", (f"{_ZLIN} - y[0]",)),), batch=66,
           why="the same for b: the sigmoid left out"),
    Public("b66-fwb-update-b", _FWB, "b66_fwb", "b66_fwb", "b = b - α * dJ(w,b) / dw ", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])*x[0]",)),), batch=66,
           why="dw for db: the bias moved by dJ/dw, a vector (twinned by its first entry; wrong at any)"),
    Public("b66-fwb-code-update", _FWB, "b66_fwb", "b66_fwb", "        w = w - alpha * dj_dw               ", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=66,
           why="dj_dw the code's gradient (compute_gradient_logistic's)"),
    # ---- ds-praveenkumar's README: a list item's " * " and label before $...$; the cost without its brackets ------
    Public("b66-dsp-sigmoid", _DSP, "b66_logreg", "b66_dsp",
           " * $sigmoid( w^T x + b) = \\frac{1}{1 + e^{-(w^T x + b)}}$", ((C,),),
           (Twin("value", "a1[0]", (f"1/(1 + exp(-({_ZLIN})))",)),), batch=66),
    Public("b66-dsp-cost", _DSP, "b66_logreg", "b66_dsp",
           " * cost function: $J = -\\frac{1}{m}\\sum_{i=1}^{m}y^{(i)}\\log(a^{(i)})+(1-y^{(i)})\\log(1-a^{(i)})$",
           ((W,),), (Twin("value", _BCE, ("-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=66,
           why="without brackets the minus and the sum take the first term only: the second is added with the "
               "wrong sign (m = 1)"),
    # ---- Zongda-Gu's README: $$ blocks, f_{\mathbf{w},b}(\mathbf{x}^{(i)}), a loss named with its arguments, a
    # parenthesis left open -------------------------------------------------------------------------------------------
    Public("b66-zon-g", _ZON, "b66_logreg", "b66_zon", "$$g(z) = \\frac{1}{1 + e^{-z}}$$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=66),
    Public("b66-zon-J", _ZON, "b66_logreg", "b66_zon",
           "$$J(f_{\\mathbf{w},b}(\\mathbf{x}^{(i)}),y^{(i)}) =\n\\frac{1}{m}"
           " \\sum_{i=1}^{m}[loss(f_{\\mathbf{w},b}(\\mathbf{x}^{(i)}),y^{(i)})]$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=66, why="the cost over m = 1 example: the loss itself"),
    Public("b66-zon-loss", _ZON, "b66_logreg", "b66_zon",
           "$$loss(f_{\\mathbf{w},b}(x^{(i)}, y^{(i)}) = -y^{(i)}\\log(g(z)) - (1-y^{(i)})\\log(1 - g(z)) $$", ((C,),),
           (Twin("value", _BCE, ("-y[0]*log(sigmoid(z1[0])) - (1 - y[0])*log(1 - sigmoid(z1[0]))",)),), batch=66,
           why="f(x^{(i)}, y^{(i)}) with its parenthesis left open: the loss's arguments; the loss itself right"),
    # ---- klxcoder's week3/01.py: Python assignments, math.log, names dloss_dp, dp_dz, dloss_dz -----------------------
    Public("b66-klx-loss", _KLX, "b66_klx", "b66_klx",
           "    loss = - (y * math.log(p) + (1 - y) * math.log(1 - p))", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=66),
    Public("b66-klx-dloss-dp", _KLX, "b66_klx", "b66_klx", "    dloss_dp = (1-y)/(1-p) - y/p", ((C,),),
           (Twin("value", "(1 - y[0])/(1 - a1[0]) - y[0]/a1[0]", ("(1 - y[0])/(1 - a1[0]) - y[0]/a1[0]",)),),
           batch=66, why="dloss/dp, a value"),
    Public("b66-klx-dloss-dz", _KLX, "b66_klx", "b66_klx", "    dloss_dz = dloss_dp * dp_dz", ((C,),),
           (Twin("gradient_z", "z1[0]", ("((1 - y[0])/(1 - a1[0]) - y[0]/a1[0])*a1[0]*(1 - a1[0])",)),), batch=66),
    # ---- qihongl's xor1.m: MATLAB's two-index weights(1,k), input(j,1), x2(1); a bias on a constant input of -1; the
    # loop's weight changes, two of them moving a unit's two weights by one input --------------------------------------
    Public("b66-xor-H1", _XOR, "b66_xor", "b66_xor_fwd",
           "        H1 = bias(1,1)*weights(1,1)+ input(j,1)*weights(1,2)+ input(j,2)*weights(1,3);", ((C,),),
           (Twin("value", "z1[0]", ("(-1)*(-b1[0]) + x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=66,
           why="bias(1,1) = -1 times weights(1,1), the bias b as the constant input's weight -b"),
    Public("b66-xor-delta2", _XOR, "b66_xor", "b66_xor_fwd",
           "        delta2_1 = x2(1)*(1-x2(1))*weights(3,2)*delta3_1;", ((C,),),
           (Twin("value", _XH0, (f"a1[0]*(1 - a1[0])*W2[0,0]*{_XO}",)),), batch=66,
           why="the script's deltas are -dE/dnet (delta3_1 = out(1-out)(target-out)): values"),
    Public("b66-xor-upd-hidden1", _XOR, "b66_xor", "b66_xor_upd",
           "                weights(1,k) = weights(1,k) + coeff*input(j,1)*delta2_1;", ((W,),),
           (Twin("update", "W1[0,{k}]", (f"W1[0,{{k}}] + eta*x[0]*{_XH0}",), _K2),), batch=66,
           why="in the else-branch, k = 2 and 3: input(j,1) for both of unit 1's weights, wrong for k = 3 "
               "(input(j,2))"),
    Public("b66-xor-upd-hidden2", _XOR, "b66_xor", "b66_xor_upd",
           "                weights(2,k) = weights(2,k) + coeff*input(j,2)*delta2_2;", ((W,),),
           (Twin("update", "W1[1,{k}]", (f"W1[1,{{k}}] + eta*x[1]*{_XH1}",), _K2),), batch=66,
           why="input(j,2) for both of unit 2's weights, wrong for k = 2 (input(j,1))"),
    Public("b66-xor-upd-out", _XOR, "b66_xor", "b66_xor_upd",
           "                weights(3,k) = weights(3,k) + coeff*x2(k-1)*delta3_1;", ((C,),),
           (Twin("update", "W2[0,{k}]", (f"W2[0,{{k}}] + eta*a1[{{k}}]*{_XO}",), _K2),), batch=66,
           why="+ coeff x delta with delta = -dE/dnet: the descent"),
]
