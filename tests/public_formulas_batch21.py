r"""Batch 21 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 14 addresses no earlier batch used (the pages corpus: a blog's worked softmax example, three of
Nemotron-CC-Math's posts (Colton's "Weight Training Calculations" rewritten twice, a tutorial's solution), a copy of
a Cross Validated question and its answer, a Cross Validated question, a chain-rule trainer's rulebook, a copy of a
Stack Overflow question and its answer, a forum thread, a study node; and four GitHub issue threads that state
formulas: a README's sigmoid derivative, the planted bugs of the deep-learning course's gradient-checking exercise,
DeepLearnToolbox's nnbp.m, an L-layer network's dA), copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch21_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) and committed before
check was. Nemotron's three posts are three pages, named by their titles after the data set's address, as in
batches 13 and 14. An error term delta = -dE/dz is twinned as a gradient_z twin holding minus the right side
(Colton's and the Stack Overflow answer's rules), or, written with numbers, as a value; a dL/da (the exercise's dA1,
dA2) and a step Delta w (Colton's example) as values. Formulas keep their page's delimiters (\( ... \), \[ ... \],
$...$, $$...$$, GitHub's $` ... `$); what was left out of a line is said in the entry's why (a rulebook's label, a
code line's indentation, a Markdown heading's marks and escapes in an issue).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 21

The batch: 55 formulas, 34 values (16 forward values and losses, 5 local derivatives, 3 dL/da, 8 error terms
written with numbers, 2 steps Delta w), 7 deltas (dL/dz), 13 gradients, 1 update; no entry marked unreadable. 31 are
LaTeX (PostNetwork's \( ... \) with \dfrac, \approx and an en dash – for minus, z^{(1)} ... z^{(4)} counting units;
Nemotron's \[ ... \] with \left( \sum_j ... \right), the indices in square brackets \Delta w[ij], x[i], \Delta H[j]
and the tutorial's \( ... \) with two-name subscripts v_{H1}, w_{Y1H1}; imathworks' {1 \over N}, \vec x \cdot \vec w,
\bar{y_i}, \, \dots \,, \frac{\partial}{\partial w_j} L, \nabla L; Cross Validated's \frac1n, an unindexed \sum and
a − (U+2212) inside the LaTeX; GitHub's $` ... `$; 1cademy's L_{CE}(w,b)), 24 plain text or code (the rulebook's
d(tanh x)/dx, tanh² and C's conditional x>0?1:0; the exercise's NumPy with 1./m, np.dot, .T, np.multiply,
np.int64(A2 > 0), np.sum(..., axis=1, keepdims = True) and # comments; nnbp.m's MATLAB cell indices a{n}, dotted
names nn.e, .* and a closing ;; Python's dictionary keys gradients["dA"+str(l-1)]; the thread's ∂L/∂zi, −, ×, ∇WL;
the Stack Overflow answer's Unicode subscripts δₖ, Iₖ, · and [ ] as grouping, → before a result, a chain continued on
a line that begins "=", and the question's glued I1, d1).

16 are mistaken somewhere (the oracle finds at least one member wrong):

- PostNetwork's z^{(4)} = -0.1(0.426) + 0.2(0.5) + 0.1 ≈ 0.185 (it is 0.1574), carried into \hat{y}_1 ≈ 0.561 and
  \hat{y}_2 ≈ 0.439 (0.56715 and 0.43285; its own numbers give 0.5605) and L ≈ 0.579 (0.56714); and its gradients of
  w_8 and w_9 swapped: w_8 joins a^{(1)} to z^{(4)} as its step 3 computes, so dL/dw_8 = (\hat{y}_2 - y_2) a^{(1)}, not
  (\hat{y}_1 - y_1) a^{(2)}, and dL/dw_9 the other way round;
- imathworks' answer: dL/dw_j = \bar{y_i} x_j/(1 + e^{x.w}) - (1 - \bar{y_i}) x_j/(1 - e^{-x.w}), and the same as
  \nabla L: the derivative of log(1 - sigma) has 1 + e^{-x.w} in its denominator and a minus, and the question's
  leading minus is dropped (it is (sigma(x.w) - y) x_j);
- the gradient-checking exercise's two planted bugs, dW2 = ... * 2 and db1 = 4./m * ... (both "#wrong" in the issue);
- the DeepLearnToolbox issue's proposed d_act = sigm(nn.a{i}) .* (1 - sigm(nn.a{i})): nn.a{i} is already the
  sigmoid's output, as the answer in the thread says;
- the Stack Overflow asker's sigmoid(I1) = sigmoid(0.982) = 0.728 and 1-sigmoid(I1) = 1-0.728 = 0.272, d1 =
  (0.728)(0.272)(-0.25) and d1 = -0.049 (I1 taken from another question's inputs: the unit's output here is 0.83,
  d1 = -0.035275), and the answer's δ₂ = 0.26·[1 - 0.26]·(0.70 - 0.26) ≈ -0.0847 (it is +0.0847).

Not mistaken, though they look it: the tutorial's (0.9 - 0.704)(0.704)(1 - 0.704) = 0.041 and (0.041)(0.6)(0.668)(1 -
0.668) = 0.0054 carry rounded operands (0.040724 and 0.0054175 at its numbers, each right to its digits).

Collected on 2026-12-03 and run blind once, at main 8fd7d79 (rebased on it), with nothing under src/ changed.
/work/READY_FOR_BLIND (the reader's fixes from batches 15 to 18) did not exist by 00:12, so the run is on main as it
was then, and late (00:19). Blind, once per entry: 34 of 55 read with every verdict right (62%); 20 refused that
should have been read; 1 misread; no crash; NO WRONG FORMULA CALLED CORRECT (saved: /work/batch21_blind.txt).

The misreading was mine, not the reader's: so-sigmoid-I1's twin held sigmoid(I1), the claim's left side, as a first
member (three members); the claim has two, and check judged both wrong as the oracle does. The twin was corrected
after the run (two members, both wrong; the oracle agrees): 35 of 55 (64%) with that entry. No notation was
changed after the run. Of the 16 mistaken formulas, 11 read with every verdict right (PostNetwork's six, the
Stack Overflow asker's four and the answer's δ₂, each wrong member called wrong); the other 5 were refused (the
answer's two on imathworks, the exercise's two planted bugs, the toolbox's sigm line). By page: PostNetwork 12 of 12,
"Weight Training Calculations" 2 of 2, its "Example" 0 of 2, imathworks 0 of 5, Cross Validated 1 of 2, the rulebook
0 of 2, gonn 1 of 1, the exercise 2 of 8, DeepLearnToolbox 0 of 3, enesozeren 0 of 1, zingnex 2 of 2, 1cademy 1 of 1,
the Stack Overflow copy 7 of 8 (8 of 8 with the twin corrected), EE 4210 6 of 6. LaTeX against plain text: the 31
in LaTeX read 22, the 24 in plain text or code 12 (13 with the twin corrected).

The refusals by construct (20), with the exact message (paths of the temporary notation files shortened):

- 5, \vec before a letter (imathworks' \vec x \cdot \vec w; the first \vec of each formula was dropped, the
  next not, as batch 20's \mathbf): "the command \vec is not part of a formula check can read at '\vec' (position
  72)" (imath-loss; 33, 70, 46 in imath-log-expand, imath-dL-dwj, imath-nabla); and \nabla L with no subscript
  (imath-nabla-def): "\nabla L without a subscript: name the parameter with --param, or write \nabla_W L" (the
  question says what it is of, {\partial L \over \partial w}, on the same line);
- 4, NumPy's 1./m, a number with a trailing point: "unexpected at '.' (position 8)" (gc-dW2, gc-db2, gc-dW1, gc-db1);
- 2, np.multiply: "np.multiply is not a function check reads at 'n' (position 7); write np.exp, np.log, np.sqrt,
  np.maximum(0, u), np.pow(u, 2) or an activation by its name, or name it in the notation's functions" (gc-dZ2, gc-dZ1);
- 3, a notation pattern with MATLAB's cell index, "nn.a{n}": "[notation] symbols.'nn.a{n}': is not one symbol;
  write a base with an optional subscript and superscript, e.g. a_{ik}^{0}" (dlt-dn, dlt-dact, dlt-dact-sigm);
- 2, a LaTeX pattern with code's square-bracket indices, "\Delta w[ij]": "[notation] symbols.'\\Delta w[ij]': is
  not one symbol; ..." (ewtc-input-weights, ewtc-hidden-weights);
- 1, a pattern with Python's dictionary key, 'gradients["dA"+str(l)]': "cannot read '"' at position 11; write the
  formula in LaTeX or plain text ..." (enes-dA);
- 1, a sum with neither index nor bounds over the samples (Cross Validated's \frac1n \sum x_j(...)): "a sum without
  its index letter, whose term has no free index; write \sum_k" (its term has the free j; as batch 14's Hinton line);
- 1, tanh applied without parentheses, d(tanh x)/dx: "unknown symbol tanh; the notation knows x; ..." (jeff-tanh);
- 1, C's conditional x>0?1:0: "an inequality is not a claim check can judge at '>' (position 17); write an equation"
  (jeff-relu).

The deadline left no time to try one-line rewrites of the refusals afterwards: none is reported.

After session 11's fixes from this batch (fixcode, fixlatex, fixpatterns, fixmisreads, fixdots; measured at main
e9e9f64): 54 of 55 read with every verdict right (98%). Every construct above now reads except imathworks' \nabla L =
(...) \vec{x}, which says nowhere on its line what the gradient is by (refused, the message above). imath-loss had been
the reader's: the notation's "N" = "1" made 1/N one while the unbounded sum still counted the checker's samples.

What the spec could not express, which a page needed: a pattern in code's own index syntax (MATLAB's a{n}, Python's
dictionary keys, w[ij] in LaTeX; docs/notation.md documents square brackets after a code name, not these); one page
whose letters change roles between two formulas (Colton's δ_k an output's in one rule and a hidden unit's in the
next; w[ij] input-to-hidden, then hidden-to-output): written as two notations; an error term δ = -dE/dz named
through -delta; a bias written as a weight on an input -1 (EE 4210; modelled as biases of the opposite sign).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import RELU_SLOPE, SIGMOID_SLOPE, deltas, gradients
from public_formulas_batch21_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_PN = "https://www.postnetwork.co/understanding-neural-networks-softmax-cross-entropy-and-backpropagation"
_WTC = f"{_NEMOTRON} (Weight Training Calculations)"
_EWTC = f"{_NEMOTRON} (Example of Weight Training Calculations)"
_IMATH = "https://imathworks.com/cv/calculate-derivative-of-cross-entropy-loss-function"
_CV = "https://stats.stackexchange.com/questions/167807/backpropagation-with-cross-entropy-cost-function"
_JEFF = "https://jeffsirocki.com/chainrule"
_GONN = "https://github.com/sausheong/gonn/issues/8"
_GC = "https://github.com/bighuang624/Andrew-Ng-Deep-Learning-notes/issues/10"
_DLT = "https://github.com/rasmusbergpalm/DeepLearnToolbox/issues/165"
_ENES = "https://github.com/enesozeren/machine_learning_from_scratch/issues/1"
_ZING = "https://www.zingnex.cn/en/forum/thread/python-faa56473"
_1CAD = "https://1cademy.com/node/computing-gradients-for-multi-layer-neural-networks/1FjKZ2Dx0e67gK21DWpi"
_SO = ("https://coderapp.vercel.app/answer/65467354 (a copy of Stack Overflow's \"Neural network: How to calculate the"
       " error for a unit\")")
_EE = f"{_NEMOTRON} (EE 4210 Solution to Tutorial 4 Backpropagation)"

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_K3 = tuple({"k": k} for k in range(3))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))

# the Weight Training pages' 2-2-2 sigmoid network, E = 1/2 sum (t - o)^2: dE/dz of every unit
_WD = deltas((2, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
# the gradient-checking network (4 -> relu 5 -> relu 3 -> sigmoid 1, the logistic cost): dL/dz, dL/da
_GD = deltas((5, 3, 1), "a3[0] - y[0]", RELU_SLOPE)
_G_PARAMS = gradients((5, 3, 1), 4, "a3[0] - y[0]", RELU_SLOPE)
_G_DA2 = tuple(f"W3[0,{j}]*{_GD[3][0]}" for j in range(3))
_G_DA1 = tuple("(" + " + ".join(f"W2[{k},{j}]*{_GD[2][k]}" for k in range(3)) + ")" for j in range(5))


def _params(prefix: str) -> tuple:
    return tuple(value for value in _G_PARAMS if value["p"].startswith(prefix))


# imathworks' logistic unit without a bias: its pre-activation x . w
_XW = "(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])"

ENTRIES: list[Public] = [
    # ---- PostNetwork's worked example: \( ... \) lines, – (an en dash) for minus, \dfrac, \approx, z^{(1)} ... z^{(4)}
    # counting units; its z^{(4)} = 0.1574 written 0.185 and carried on; w_8's and w_9's gradients swapped ----------
    Public("pn-z1", _PN, "b21_pn", "b21_pn", "\\(z^{(1)} = 0.2(1) – 0.3(2) + 0.4(-1) + 0.5 = -0.3\\)", ((C, C),),
           (Twin("value", "z1[0]", ("=0.2*1 - 0.3*2 + 0.4*(-1) + 0.5", "=-0.3")),), batch=21),
    Public("pn-a1", _PN, "b21_pn", "b21_pn",
           "\\(a^{(1)} = \\sigma(z^{(1)}) = \\dfrac{1}{1+e^{0.3}} \\approx 0.426\\)", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(0.3))", "=0.426")),), batch=21),
    Public("pn-z3", _PN, "b21_pn", "b21_pn", "\\(z^{(3)} = 0.3(0.426) + 0.4(0.5) + 0.1 \\approx 0.428\\)",
           ((C, C),), (Twin("value", "z2[0]", ("=0.3*0.426 + 0.4*0.5 + 0.1", "=0.428")),), batch=21),
    Public("pn-z4", _PN, "b21_pn", "b21_pn", "\\(z^{(4)} = -0.1(0.426) + 0.2(0.5) + 0.1 \\approx 0.185\\)",
           ((C, W),), (Twin("value", "z2[1]", ("=-0.1*0.426 + 0.2*0.5 + 0.1", "=0.185")),), batch=21,
           why="-0.0426 + 0.1 + 0.1 is 0.1574 (0.157444 at the page's weights), written 0.185"),
    Public("pn-yhat1", _PN, "b21_pn", "b21_pn",
           "\\(\\hat{y}_1 = \\dfrac{e^{0.428}}{e^{0.428}+e^{0.185}} \\approx 0.561\\)", ((W, W),),
           (Twin("value", "a2[0]", ("=np.exp(0.428)/(np.exp(0.428) + np.exp(0.185))", "=0.561")),), batch=21,
           why="the page's z^{(4)} 0.185 carried: yhat_1 is 0.56715 (sigma(0.427667 - 0.157444)); the page's own"
               " numbers give 0.56045, not 0.561 either"),
    Public("pn-yhat2", _PN, "b21_pn", "b21_pn",
           "\\(\\hat{y}_2 = \\dfrac{e^{0.185}}{e^{0.428}+e^{0.185}} \\approx 0.439\\)", ((W, W),),
           (Twin("value", "a2[1]", ("=np.exp(0.185)/(np.exp(0.428) + np.exp(0.185))", "=0.439")),), batch=21,
           why="0.43285, the page's z^{(4)} carried"),
    Public("pn-loss-rule", _PN, "b21_pn", "b21_pn", "\\(L = -\\sum_{i=1}^2 y_i \\ln(\\hat{y}_i)\\)", ((C,),),
           (Twin("value", "-(t[0]*np.log(a2[0]) + t[1]*np.log(a2[1]))",
                 ("-(t[0]*np.log(a2[0]) + t[1]*np.log(a2[1]))",)),), batch=21),
    Public("pn-loss", _PN, "b21_pn", "b21_pn", "\\(L = -(1 \\cdot \\ln(0.561)) \\approx 0.579\\)", ((W, W),),
           (Twin("value", "-np.log(a2[0])", ("=-(1*np.log(0.561))", "=0.579")),), batch=21,
           why="-ln(0.56715) = 0.56714: the page's yhat_1 carried (its own -ln(0.561) is 0.57803, written 0.579)"),
    Public("pn-dw7", _PN, "b21_pn", "b21_pn",
           "\\(\\dfrac{\\partial L}{\\partial w_7} = (\\hat{y}_1 – y_1)a^{(1)}\\)", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - t[0])*a1[0]",)),), batch=21),
    Public("pn-dw8", _PN, "b21_pn", "b21_pn",
           "\\(\\dfrac{\\partial L}{\\partial w_8} = (\\hat{y}_1 – y_1)a^{(2)}\\)", ((W,),),
           (Twin("gradient", "W2[1,0]", ("(a2[0] - t[0])*a1[1]",)),), batch=21,
           why="w_8 joins a^{(1)} to z^{(4)} (the page's step 3): (yhat_2 - y_2) a^{(1)}; the page wrote w_9's"),
    Public("pn-dw9", _PN, "b21_pn", "b21_pn",
           "\\(\\dfrac{\\partial L}{\\partial w_9} = (\\hat{y}_2 – y_2)a^{(1)}\\)", ((W,),),
           (Twin("gradient", "W2[0,1]", ("(a2[1] - t[1])*a1[0]",)),), batch=21,
           why="w_9 joins a^{(2)} to z^{(3)}: (yhat_1 - y_1) a^{(2)}; the page wrote w_8's"),
    Public("pn-dw10", _PN, "b21_pn", "b21_pn",
           "\\(\\dfrac{\\partial L}{\\partial w_{10}} = (\\hat{y}_2 – y_2)a^{(2)}\\)", ((C,),),
           (Twin("gradient", "W2[1,1]", ("(a2[1] - t[1])*a1[1]",)),), batch=21),
    # ---- Nemotron's "Weight Training Calculations": \[ ... \], \cdot, \left( \sum_j ... \right), the error terms
    # delta = -dE/dz, k an output unit in one rule and a hidden unit in the next -------------------------------------
    Public("wtc-output", _WTC, "b21_wtc", "b21_wtc_out",
           "\\[ \\delta_k = (t_k - o_k) \\cdot o_k \\cdot (1 - o_k) \\]", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("-(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=21,
           why="delta = -dE/dz: the twin holds minus the right side to dE/dz"),
    Public("wtc-hidden", _WTC, "b21_wtc", "b21_wtc_hidden",
           "\\[ \\delta_k = \\left( \\sum_j \\delta_j \\cdot w_{jk} \\right) \\cdot h_k \\cdot (1 - h_k) \\]", ((C,),),
           (Twin("gradient_z", "z1[{k}]",
                 ("-((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{k}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{k}])"
                  "*a1[{k}]*(1 - a1[{k}])",), _K2),), batch=21,
           why="H_k a hidden unit, j the outputs: minus the right side is dE/dz1[k]"),
    # ---- its "Example of Weight Training Calculations": \[ ... \] with the indices in square brackets, w[ij], x[i],
    # \Delta H[j], \times ----------------------------------------------------------------------------------------------
    Public("ewtc-input-weights", _EWTC, "b21_wtc", "b21_ewtc_in",
           "\\[ \\Delta w[ij] = \\eta \\times x[i] \\times \\Delta H[j] \\]", ((C,),),
           (Twin("value", "-eta*{d}*x[{i}]", ("eta*x[{i}]*(-{d})",),
                 tuple({"i": i, "j": j, "d": _WD[1][j]} for i in range(2) for j in range(2))),), batch=21,
           why="the step of the weight from input i to hidden unit j, -eta dE/dw, judged as a value"),
    Public("ewtc-hidden-weights", _EWTC, "b21_wtc", "b21_ewtc_out",
           "\\[ \\Delta w[ij] = \\eta \\times h[i] \\times \\Delta O[j] \\]", ((C,),),
           (Twin("value", "-eta*{d}*a1[{i}]", ("eta*a1[{i}]*(-{d})",),
                 tuple({"i": i, "j": j, "d": _WD[2][j]} for i in range(2) for j in range(2))),), batch=21,
           why="the step of the weight from hidden unit i to output j"),
    # ---- imathworks' copy of a Cross Validated question and its answer: $$ ... $$ with {1 \over ...}, \vec x \cdot
    # \vec w, \bar{y_i}, \, \dots \,, \frac{\partial}{\partial w_j} L; the answer's derivatives wrong ---------------------
    Public("imath-loss", _IMATH, "b21_imath", "b21_imath",
           "$$\nL = -{1 \\over N} \\sum_i {y_i \\cdot \\log {1 \\over {1+e^{-\\vec x \\cdot \\vec w}}} + (1-y_i) \\cdot"
           " \\log (1-{1 \\over {1+e^{-\\vec x \\cdot \\vec w}}})}\n$$", ((C,),),
           (Twin("value", "-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))",
                 (f"-(y[0]*np.log(1/(1 + np.exp(-{_XW}))) + (1 - y[0])*np.log(1 - 1/(1 + np.exp(-{_XW}))))",)),),
           batch=21, why="N = 1 sample, the sum over it"),
    Public("imath-nabla-def", _IMATH, "b21_imath", "b21_imath", "$ \\nabla L = {\\partial L \\over \\partial w}$",
           ((C,),), (Twin("gradient", "W1[0,{j}]", ("grad",), _J3),), batch=21,
           why="the question's definition: the gradient by the weight vector"),
    Public("imath-log-expand", _IMATH, "b21_imath", "b21_imath",
           "$$\\log {1 \\over {1+e^{-\\vec x \\cdot \\vec w}}} = \\log {1 \\over {1+e^{-(x_1 \\cdot w_1 + x_2 \\cdot w_2 +"
           " \\, \\dots \\, + x_n \\cdot w_n)}}}$$", ((C,),),
           (Twin("value", "np.log(a1[0])", (f"np.log(1/(1 + np.exp(-{_XW})))",)),), batch=21,
           why="n = 3 features: the \\dots stands for no term"),
    Public("imath-dL-dwj", _IMATH, "b21_imath", "b21_imath",
           "$$\\frac{\\partial}{\\partial w_j} L = \\frac{\\bar{y_i} x_j}{{1+e^{\\vec x \\cdot \\vec w}}} -"
           " \\frac{(1-\\bar{y_i}) x_j }{{1-e^{-\\vec x \\cdot \\vec w}}}$$", ((W,),),
           (Twin("gradient", "W1[0,{j}]",
                 (f"y[0]*x[{{j}}]/(1 + np.exp({_XW})) - (1 - y[0])*x[{{j}}]/(1 - np.exp(-{_XW}))",), _J3),), batch=21,
           why="dL/dw_j = (sigma(x . w) - y) x_j = -y x_j/(1 + e^{x.w}) + (1 - y) x_j/(1 + e^{-x.w}): the answer's"
               " d/dx log(1 - sigma) = b/(1 - e^{-(a+bx)}) is -b/(1 + e^{-(a+bx)}), and the question's minus is dropped"),
    Public("imath-nabla", _IMATH, "b21_imath", "b21_imath",
           "$$\\nabla L = \\left( \\frac{\\bar{y_i}}{{1+e^{\\vec x \\cdot \\vec w}}} - \\frac{(1-\\bar{y_i})"
           " }{{1-e^{-\\vec x \\cdot \\vec w}}} \\right) \\vec{x} $$", ((W,),),
           (Twin("gradient", "W1[0,{j}]",
                 (f"(y[0]/(1 + np.exp({_XW})) - (1 - y[0])/(1 - np.exp(-{_XW})))*x[{{j}}]",), _J3),), batch=21,
           why="the same slips, as a vector"),
    # ---- Cross Validated 167807: $...$, \frac1n, a sum with neither index nor bounds over the samples, − (U+2212)
    # inside the LaTeX ------------------------------------------------------------------------------------------------
    Public("cv-dC-dwj", _CV, "b21_cv", "b21_cv",
           "$\\frac{\\partial C}{\\partial w_j}= \\frac1n \\sum x_j(\\sigma(z)−y)$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("x[{j}]*(sigmoid(z1[0]) - y[0])",), _J2),), batch=21,
           why="the question's formula (Nielsen's (61)); n = 1 sample"),
    Public("cv-z", _CV, "b21_cv", "b21_cv", "$z=WX+b$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=21, why="the answer's"),
    # ---- jeffsirocki's Chain Rule Trainer, its rulebook in plain text: d(tanh x)/dx, tanh² (a superscript two), and
    # C's conditional x>0?1:0 --------------------------------------------------------------------------------------------
    Public("jeff-tanh", _JEFF, "b21_jeff_tanh", "b21_jeff", "d(tanh x)/dx = 1-tanh²(x)", ((C,),),
           (Twin("value", "1 - a1[0]**2", ("1 - np.tanh(z1[0])**2",)),), batch=21,
           why="the rulebook's line without its label \"tanh: \""),
    Public("jeff-relu", _JEFF, "b21_jeff_relu", "b21_jeff", "d(relu x)/dx = x>0?1:0", ((C,),),
           (Twin("value", "Heaviside(z1[0])", ("1.0*(z1[0] > 0)",)),), batch=21,
           why="the rulebook's line without its label \"relu: \"; x>0?1:0 is C's conditional, 1 where x > 0, else 0"),
    # ---- sausheong/gonn issue 8: GitHub's inline math $` ... `$, \frac{d}{dx}\sigma(x) --------------------------------
    Public("gonn-sigmoid", _GONN, "b21_gonn", "b21_gonn",
           "$` \\frac{d}{dx}\\sigma(x) = \\sigma(x)(1 - \\sigma(x)) `$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=21,
           why="the issue's correct formula (the README's sigma(x) - (1 - sigma(x)) it reports has no left side)"),
    # ---- bighuang624's issue 10: the gradient-checking assignment's backward pass in NumPy, 1./m, np.dot, .T,
    # np.multiply, np.int64(A2 > 0), np.sum(..., axis=1, keepdims = True), # comments; its two planted bugs -----------
    Public("gc-dA2", _GC, "b21_gc", "b21_gc", "dA2 = np.dot(W3.T, dZ3)", ((C,),),
           (Twin("value", "{t}", ("{t}",), tuple({"j": j, "t": _G_DA2[j]} for j in range(3))),), batch=21,
           why="dL/da2, judged as a value"),
    Public("gc-dZ2", _GC, "b21_gc", "b21_gc", "dZ2 = np.multiply(dA2, np.int64(A2 > 0))", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("{t}*(a2[{j}] > 0)",), tuple({"j": j, "t": _G_DA2[j]} for j in range(3))),),
           batch=21),
    Public("gc-dW2", _GC, "b21_gc", "b21_gc", "dW2 = 1./m * np.dot(dZ2, A1.T) * 2 #wrong", ((W,),),
           (Twin("gradient", "{p}", ("2*{m}",), _params("W2")),), batch=21,
           why="twice dL/dW2: the bug the exercise plants (its comment #wrong the issue's)"),
    Public("gc-db2", _GC, "b21_gc", "b21_gc", "db2 = 1./m * np.sum(dZ2, axis=1, keepdims = True)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params("b2")),), batch=21),
    Public("gc-dA1", _GC, "b21_gc", "b21_gc", "dA1 = np.dot(W2.T, dZ2)", ((C,),),
           (Twin("value", "{t}", ("{t}",), tuple({"j": j, "t": _G_DA1[j]} for j in range(5))),), batch=21,
           why="dL/da1, judged as a value"),
    Public("gc-dZ1", _GC, "b21_gc", "b21_gc", "dZ1 = np.multiply(dA1, np.int64(A1 > 0))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{t}*(a1[{j}] > 0)",), tuple({"j": j, "t": _G_DA1[j]} for j in range(5))),),
           batch=21),
    Public("gc-dW1", _GC, "b21_gc", "b21_gc", "dW1 = 1./m * np.dot(dZ1, X.T)", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _params("W1")),), batch=21),
    Public("gc-db1", _GC, "b21_gc", "b21_gc", "db1 = 4./m * np.sum(dZ1, axis=1, keepdims = True) #wrong", ((W,),),
           (Twin("gradient", "{p}", ("4*{m}",), _params("b1")),), batch=21, why="four times dL/db1: the other planted bug"),
    # ---- DeepLearnToolbox issue 165 (nnbp.m, MATLAB): cell indices a{n}, a{i}, dotted names nn.e, .* and a closing
    # ";"; the proposed line applies sigm to what is already a sigmoid's output ---------------------------------
    Public("dlt-dn", _DLT, "b21_dlt", "b21_dlt", "d{n} = - nn.e .* (nn.a{n} .* (1 - nn.a{n}));", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("-(y[{j}] - a2[{j}])*(a2[{j}]*(1 - a2[{j}]))",), _J2),), batch=21,
           why="as the issue renders it (its Markdown source escapes the stars, .\\*, and makes the line a heading)"),
    Public("dlt-dact", _DLT, "b21_dlt", "b21_dlt", "d_act = nn.a{i} .* (1 - nn.a{i});", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=21),
    Public("dlt-dact-sigm", _DLT, "b21_dlt", "b21_dlt", "d_act =sigm( nn.a{i}) .* (1 - sigm(nn.a{i}));", ((W,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(a1[{j}])*(1 - sigmoid(a1[{j}]))",), _J3),), batch=21,
           why="nn.a{i} is already the sigmoid's output (the issue's answer says so): sigm applied twice"),
    # ---- enesozeren's issue 1: the layer's gradient in dictionary code, gradients["dA"+str(l-1)] ----------------------
    Public("enes-dA", _ENES, "b21_enes", "b21_enes",
           "gradients[\"dA\"+str(l-1)] = np.dot(parameters[\"W\"+str(l)].T, gradients[\"dZ\"+str(l)])", ((C,),),
           (Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("W2[0,{j}]*(a2[0] - y[0])",), _J3),), batch=21,
           why="dL/da1 at l = 2, the rule's only layer with a dA below it, judged as a value"),
    # ---- the zingnex thread: plain text with Unicode ∂, −, ×, η, ∇, the index glued (zi, pi, ti), ∇WL ------------------
    Public("zing-dz", _ZING, "b21_zing", "b21_zing", "∂L/∂zi = (pi − ti) / N", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("(a1[{i}] - t[{i}])/1",), _I3),), batch=21, why="N = 1 sample"),
    Public("zing-update", _ZING, "b21_zing", "b21_zing", "Wnew = Wold − η × ∇WL", ((C,),),
           (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",), _JK2),), batch=21),
    # ---- 1cademy's node: the LaTeX behind its rendered formula, L_{CE}(w,b), \sigma(w \cdot x + b) --------------------
    Public("1cad-dL-dwj", _1CAD, "b21_1cad", "b21_1cad",
           "\\frac{\\partial L_{CE}(w,b)}{\\partial w_j} = (\\sigma(w \\cdot x + b) - y) x_j", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]) - y[0])*x[{j}]",), _J2),),
           batch=21, why="the page's KaTeX source (its text layer repeats the formula without its signs)"),
    # ---- the Stack Overflow question on coderapp: plain text, the asker's I1 = 0.982 from another question's inputs
    # (its output is the question's Z1 = 0.83), the answer's Unicode subscripts (δₖ, Iₖ), · and [ ] for grouping, a
    # chain continued on a line that begins "=", → before each result; the answer's δ₂ written negative ---------------
    Public("so-sigmoid-I1", _SO, "b21_so", "b21_so", "sigmoid(I1) = sigmoid(0.982) = 0.728", ((W, W),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.982))", "=0.728")),), batch=21,
           why="I1 is 1.5856 here (the unit's output is the question's Z1 = 0.83); the asker's 0.982 belongs to the"
               " previous question's inputs, as the answer says"),
    Public("so-one-minus", _SO, "b21_so", "b21_so", "1-sigmoid(I1) = 1-0.728 = 0.272", ((W, W),),
           (Twin("value", "1 - a1[0]", ("=1-0.728", "=0.272")),), batch=21, why="0.17, the same slip carried"),
    Public("so-d1-product", _SO, "b21_so", "b21_so", "d1 = (0.728)(0.272)(-0.25)", ((W,),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("=0.728*0.272*(-0.25)",)),), batch=21,
           why="d1 = -dE/dI1 = -0.035275; the asker's -0.0495 from the wrong I1"),
    Public("so-d1", _SO, "b21_so", "b21_so", "d1 = -0.049", ((W,),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("=-0.049",)),), batch=21),
    Public("so-rule", _SO, "b21_so", "b21_so", "δₖ = f(Iₖ)·[1 - f(Iₖ)]·(tₖ - zₖ)\n\n= zₖ·[1 - zₖ]·(tₖ - zₖ)", ((C, C),),
           (Twin("gradient_z", "z1[{k}]", ("-(sigmoid(z1[{k}])*(1 - sigmoid(z1[{k}]))*(y[{k}] - a1[{k}]))",
                                          "-(a1[{k}]*(1 - a1[{k}])*(y[{k}] - a1[{k}]))"), _K3),), batch=21,
           why="delta = -dE/dI: the twin holds minus each member to dE/dI; the answer's second line begins with ="),
    Public("so-delta1", _SO, "b21_so", "b21_so",
           "→ δ₁ = 0.83·[1 - 0.83]·(-0.25) = -0.2075·0.17 = -0.035275 ≈ -0.0353", ((C, C, C, C),),
           (Twin("value", "-(a1[0] - y[0])*a1[0]*(1 - a1[0])",
                 ("=0.83*(1 - 0.83)*(-0.25)", "=-0.2075*0.17", "=-0.035275", "=-0.0353")),), batch=21),
    Public("so-delta2", _SO, "b21_so", "b21_so", "→ δ₂ = 0.26·[1 - 0.26]·(0.70 - 0.26) ≈ -0.0847", ((C, W),),
           (Twin("value", "-(a1[1] - y[1])*a1[1]*(1 - a1[1])", ("=0.26*(1 - 0.26)*(0.70 - 0.26)", "=-0.0847")),),
           batch=21, why="0.26 x 0.74 x 0.44 = +0.0847: the sign slipped"),
    Public("so-delta3", _SO, "b21_so", "b21_so", "→ δ₃ = 0.56·[1 - 0.56]·(0.20 - 0.56) ≈ -0.0887", ((C, C),),
           (Twin("value", "-(a1[2] - y[2])*a1[2]*(1 - a1[2])", ("=0.56*(1 - 0.56)*(0.20 - 0.56)", "=-0.0887")),),
           batch=21),
    # ---- Nemotron's "EE 4210 Solution to Tutorial 4": \( ... \) in a list, the bias input -1 written into the sums,
    # subscripts of two names (v_{H1}, w_{Y1H1}), products of parenthesised numbers, \delta = (d - y) y (1 - y) ---------
    Public("ee-vH1", _EE, "b21_ee", "b21_ee", "\\( v_{H1} = (-0.5)(0) + (0.1)(1) + (-0.6)(-1) = 0.7 \\)", ((C, C),),
           (Twin("value", "z1[0]", ("=(-0.5)*0 + 0.1*1 + (-0.6)*(-1)", "=0.7")),), batch=21),
    Public("ee-yH1", _EE, "b21_ee", "b21_ee", "\\( y_{H1} = \\sigma(0.7) = 0.668 \\)", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.7))", "=0.668")),), batch=21),
    Public("ee-vY1", _EE, "b21_ee", "b21_ee",
           "\\( v_{Y1} = (0.6)(0.668) + (-0.7)(0.475) + (-0.8)(-1) = 0.868 \\)", ((C, C),),
           (Twin("value", "z2[0]", ("=0.6*0.668 + (-0.7)*0.475 + (-0.8)*(-1)", "=0.868")),), batch=21),
    Public("ee-deltaY1", _EE, "b21_ee", "b21_ee",
           "\\( \\delta_{Y1} = (d - y_{Y1}) y_{Y1} (1 - y_{Y1}) = (0.9 - 0.704)(0.704)(1 - 0.704) = 0.041 \\)",
           ((C, C, C),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])",
                 ("(y[0] - a2[0])*a2[0]*(1 - a2[0])", "=(0.9 - 0.704)*0.704*(1 - 0.704)", "=0.041")),), batch=21,
           why="the output's error gradient -dE/dv_{Y1}, judged as a value"),
    Public("ee-deltaH1", _EE, "b21_ee", "b21_ee",
           "\\( \\delta_{H1} = ( \\delta_{Y1} w_{Y1H1} ) y_{H1} (1 - y_{H1}) = (0.041)(0.6)(0.668)(1 - 0.668) = 0.0054 \\)",
           ((C, C, C),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])",
                 ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0])*a1[0]*(1 - a1[0])",
                  "=0.041*0.6*0.668*(1 - 0.668)", "=0.0054")),), batch=21),
    Public("ee-deltaH2", _EE, "b21_ee", "b21_ee",
           "\\( \\delta_{H2} = ( \\delta_{Y1} w_{Y1H2} ) y_{H2} (1 - y_{H2}) = (0.041)(-0.7)(0.475)(1 - 0.475) = -0.007 \\)",
           ((C, C, C),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,1]*a1[1]*(1 - a1[1])",
                 ("((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,1])*a1[1]*(1 - a1[1])",
                  "=0.041*(-0.7)*0.475*(1 - 0.475)", "=-0.007")),), batch=21),
]
