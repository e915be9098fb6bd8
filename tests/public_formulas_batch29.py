r"""Batch 29 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 web pages no earlier batch used (the pages corpus: a Mathematics Stack Exchange question copied by
math.techqa.club, a Chinese post checking a MOOC exercise in Python, a tutorial's NumPy walk through a ReLU network,
three Nemotron-CC-Math posts (Demofox's dual-numbers post, a post on the softmax and cross-entropy derivatives, a forum
thread on a network with two hidden layers), two threads of the deeplearning.ai forum (other threads than batch 27's),
a course handout's KaTeX, two lessons working one weight by hand), copied verbatim, typos and mistakes included, each
with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example; both
in tests/public_formulas_batch29_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down) and committed before check was. Nemotron's three
posts are three pages, each named by its title after the data set's address, as in batches 13, 14, 21, 23 and 27. A
dL/dz is twinned as gradient_z, a dL/da (the code's d_o1, dL_do, dL_dh; the thread's dE/dh_1, dE/dx_1; the forum's
dA^{[L]}) and a local derivative as a value, as in batches 21, 23 and 27. Formulas keep their page's delimiters
($...$, $$...$$, \[...\], \(...\), none where the page has none); what was left out of a line is said in the
entry's why (a code comment, a parenthetical note after a formula, a list item's number).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 29

The batch: 53 formulas, 25 values (9 forward values and 7 losses, one of each worked with numbers, the softmax's
Jacobian, the sigmoid's derivative, 6 dL/da written as values, dL/du of a named residual), 8 deltas (dL/dz),
17 gradients, 3 updates; no entry marked unreadable. 27 are LaTeX (math.techqa.club's $$...$$ side by side with m_1x_1
glued, f the sigmoid, a \frac{\partial Cost}{\partial m_7}(m_7) that multiplies; Demofox's \[...\] and inline
\(...\) with \cdot both for the matrix product and the entrywise one, W_2^T, x^T; the softmax post's \[ ... \] over
three lines, \text{softmax}(z_i), \text{Cross-Entropy}(y, \mathbf{p}) as the loss, Kronecker's \delta_{ij};
Fianawarrior's d for the partial sign, z_{h_1}, \left( \right); the forum's mentor LaTeX with no delimiters,
\displaystyle, g^{[L]'}, \alpha * dW^{[l]}; pkirlin's KaTeX annotations with \bm, \gets and [\ell]), 26 plain text or
code (the MOOC exercise's Python: in_h1, out_o1, d_o1, d_w5, (1 / 2) * (...)**2; aiml-notes' NumPy: x @ W1 with W1
input-first, np.maximum, np.exp, names with underscores dL_do, dL_db_out, np.outer(x, delta_h); the forum question's
dZ^L, g^L’ with ’ (U+2019) and a space before (Z^L); leetllm's list items with · and ²; crucible's * and ^ with a
named residual u). By page: math.techqa.club 8, the MOOC exercise 9, aiml-notes 10, Demofox 5, the softmax post 4,
Fianawarrior 5, the forum's dZ^[l] thread 4, its update_parameters thread 1, pkirlin 2, leetllm 2, crucible 3.

6 are mistaken somewhere (the oracle finds at least one member wrong):

- math.techqa.club's Cost written out: a_2 = f(m_3x_1+m_4x_2+b_1), b_1 for b_2, in both outputs' terms (its own a_2
  line has b_2);
- the MOOC exercise's hidden gradients d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1 and likewise d_w3, d_w2: the
  output weights' gradients d_w5 + d_w6 (each carrying out_h1) summed where w5 dE/din_o1 + w6 dE/din_o2 belongs; the
  printed new weights 0.19 -0.41 0.49 0.59, which the post says check the course slide's, follow from them (the true
  step, at its learning rate of 1, gives 0.21 and 0.51 for w1 and w3);
- Fianawarrior's dE/dw_i ending in dz_{x_1}/dw_1 (w_1, the weight into h_1, for w_i: the factor is 0); his dE/db_1,
  which follows o_2's path through h_2 (whose sum has no b_1) and leaves out o_2's path through h_1.

Collected on 2026-12-04 and run blind once, at main 80ff236 (/work/READY_FOR_BLIND2: after session 12's fixes from
batches 27 and 28; main's 933cf0c above it changes only README and docstrings), with nothing under src/ changed.
Blind, once per entry: 49 of 53 read with every verdict right (92%); 4 refused that should have been read; no
misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 6 mistaken formulas, all 6 read with every verdict right
(each called wrong). By kind of claim: values 23 of 25, deltas 7 of 8, gradients 16 of 17, updates 3 of 3. LaTeX
against plain text: the 27 in LaTeX read 26 (96%), the 26 in plain text or code 23 (88%). By page: math.techqa.club 8
of 8, the MOOC exercise 9 of 9, aiml-notes 10 of 10, Demofox 5 of 5, the softmax post 4 of 4, Fianawarrior 5 of 5,
the forum's update_parameters thread 1 of 1, pkirlin 2 of 2, leetllm 2 of 2; the forum's dZ^[l] thread 2 of 4,
crucible 1 of 3. (Tabulated from the saved output of the run, /work/batch29_blind.txt.)

How the run went, honestly: the oracle agreed with every verdict written down on its first run. Before check was
run, nine entries were traded for seven from three more pages with update rules (the batch had none), their verdicts
committed too (a74c77f). No notation was changed after the run, and none was found wrong under the spec afterwards.

The refusals by construct (4):

- 2: an activation's layer written with the output layer's letter L, where the notation names each layer's function
  (functions = { "g^{[1]}" = "relu", "g^{[2]}" = "sigmoid" }, as docs/notation.md's "g^{[2]}" = "softmax" does): the
  forum question's ``dZ^L = dA^L * g^L’ (Z^L)`` (ngdz-general) and the mentor's ``g^{[L]'}(Z^{[L]}) = A^{[L]} (1 -
  A^{[L]})`` (ngdz-g-prime), each refused with "g'(...) : name the activation g stands for in the notation,
  functions = { g = "sigmoid" }" (the spec makes L the output layer "in a layer position"; a function's layer script
  is not taken as one). Tried afterwards with the layer's number, ``dZ^L = dA^L * g^{[2]}’ (Z^L)`` (or ``g^2’``) and
  ``g^{[2]'}(Z^{[L]}) = A^{[L]} (1 - A^{[L]})``: both read correct; ``g^{[L]}’`` is refused as g^L’ is. The message
  suggests a bare g, which the notation cannot give: g is a different function in each layer.
- 2: a derivative by a named residual, crucible's u = w*x - y (the notation's "u" = "a1[0] - y[0]"): ``dL/du = 2u``
  (crucible-dL-du) and ``dL/dw = dL/du * du/dw = 2u * x = 2(w*x - y) * x.`` (crucible-dL-dw), each refused with "u (=
  a1[0] - y[0]) is not one quantity of the network to differentiate by; write the derivative by one of the network's
  quantities (a weight, a bias, a unit's z or activation)". Tried afterwards without the chain's first member, ``dL/dw
  = 2u * x = 2(w*x - y) * x.``: reads correct, correct (u itself reads as its meaning).

What the spec could not express, which a page needed: a derivative by an intermediate the page names, dL/du for u =
w*x - y (a meaning may be an expression, but the spec says nothing of differentiating by one; dL/du is dL/dyhat here,
u and yhat differing by the constant y); whether a function's layer script may be the letter L (the spec's "in a
layer position" names quantities' layers). The pages' unstated choices, made in the tables: the MOOC exercise's
learning rate of 1 (from its printed step); Fianawarrior's diagram is missing (two hidden layers of two sigmoid units,
two outputs, the half squared error, b_1 h_1's own bias: under any reading of b_1, shared or h_1's, dE/db_1 misses a
path); Demofox's network sizes (two inputs, two hidden units, one output); the softmax post's three classes counted
from 1; Ng's binary classifier 2 -> ReLU 3 -> sigmoid 1 for both forum threads and pkirlin's handout. Left out:
math.techqa.club's f(x) and f'(x) definitions (of the function, not the network), its a_2, a_3 and a_5 (to stay
within the batch's size, like the MOOC exercise's in_o1, in_o2, out_o1 and d_w7, d_w8, d_w4 and aiml-notes' z_out and
do_dz), the forum thread's dZ^l = dA^Ll* g^l’ (Z^l) (dA^Ll reads two ways) and the MOOC exercise's printed numbers
(they have no left side).

After session 12's last fixes (fixnamed, main fc08676): 53 of 53 read with every verdict right (100%), no wrong formula
called correct. Now read: a function the notation names by layer written at the layer letter (g^{[L]'}, g^L’: the
output layer's, as A^{[L]} is), and the derivative by a named expression of one quantity of the network (dL/du =
(dL/dq)/(du/dq) for u = w*x - y, q = w here; docs/notation.md), both refused with what to write where they cannot read.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch29_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_TECHQA = "https://math.techqa.club/am-i-calculating-the-partial-derivative-of-neural-network-cost-function-correctly-4064289"
_ZJU = "https://bcxiaobai.eu.org/post/11874.html"
_AIML = "https://aiml-notes.pages.dev/tutorials/07---Backpropagation-Step-by-Step"
_DEMOFOX = f"{_NEMOTRON} (Neural Network Gradients: Backpropagation, Dual Numbers, Finite Differences, Demofox)"
_SOFTMAX = f"{_NEMOTRON} (How to Compute the Derivative of Softmax and Cross-Entropy)"
_FIANA = f"{_NEMOTRON} (Neural Nets: Calculating a Two Hidden Layer Network, Fianawarrior's thread)"
_LEET = "https://leetllm.com/learn/calculus-gradients-backpropagation-optimization"
_NG_DZ = "https://community.deeplearning.ai/t/confusion-about-calculating-dz-l/222489"
_NG_UPDATE = "https://community.deeplearning.ai/t/week-3-update-parameters-how-to-compute-partial-derivative-j/19180/2"
_KIRLIN = "https://pkirlin.github.io/ml-s25/notes/nn-notes"
_CRUCIBLE = ("https://crucible-kappa.vercel.app/learn/machine-learning/llm-from-scratch/foundations-tensors-autograd/"
             "gradients-on-paper-the-chain-rule-is-everything")

_J2 = tuple({"j": j} for j in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_IJ3 = tuple({"i": i, "j": j} for i in range(3) for j in range(3))

# the techqa question's network: each unit's output written out, and the outputs' error terms (Cost has no 1/2)
_TQ_A = {f"a{layer}[{j}]": f"sigmoid({' + '.join(f'W{layer}[{j},{i}]*{before}[{i}]' for i in range(fan_in))} + b{layer}[{j}])"
         for layer, units, fan_in, before in ((1, 3, 2, "x"), (2, 2, 3, "a1")) for j in range(units)}
_TQ_D = ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])", "2*(a2[1] - y[1])*a2[1]*(1 - a2[1])")
# Cost written out as the page does: a_2's sum takes b_1 where b_2 belongs
_TQ_H = ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])", "sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1] + b1[0])",
         "sigmoid(W1[2,0]*x[0] + W1[2,1]*x[1] + b1[2])")
_TQ_COST_WRITTEN = " + ".join(
    f"(sigmoid(W2[{k},0]*{_TQ_H[0]} + W2[{k},1]*{_TQ_H[1]} + W2[{k},2]*{_TQ_H[2]} + b2[{k}]) - y[{k}])**2" for k in range(2))

# the MOOC exercise: the outputs' error terms dE/din_o
_ZO = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")

# one sigmoid output with the half squared error: dL/dz2
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_AIML_DH = f"{_D2}*W2[0,{{j}}]*Heaviside(z1[{{j}}])"
_DEMO_D1 = f"W2[0,{{j}}]*{_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# Fianawarrior's network: dE/dz of the outputs, dE/dh_j, dE/dz_{h_j}, dE/dx_1
_F3 = ("(a3[0] - y[0])*a3[0]*(1 - a3[0])", "(a3[1] - y[1])*a3[1]*(1 - a3[1])")
_FH = tuple(f"(W3[0,{j}]*{_F3[0]} + W3[1,{j}]*{_F3[1]})" for j in range(2))
_F2 = tuple(f"{_FH[j]}*a2[{j}]*(1 - a2[{j}])" for j in range(2))
_FX1 = f"(W2[0,0]*{_F2[0]} + W2[1,0]*{_F2[1]})"

# Ng's binary classifier (2 -> ReLU 3 -> sigmoid 1, the logistic loss): every weight and bias of both layers
_NG_PARAMS = (tuple({"l": 1, "j": j, "k": k} for j in range(3) for k in range(2))
              + tuple({"l": 2, "j": 0, "k": k} for k in range(3)))
_NG_BIASES = tuple({"l": 1, "j": j} for j in range(3)) + ({"l": 2, "j": 0},)

_SOFTMAX_I = "exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"


def _value(key: str, url: str, table: str, text: str, target: str, member: str, values: tuple = ({},),
           verdict: str = C, why: str = "", network: str = "") -> Public:
    """A one-member value claim; ``table`` names the notation, and the network too unless ``network`` is given."""
    return Public(key, url, network or table, table, text, ((verdict,),), (Twin("value", target, (member,), values),),
                  batch=29, why=why)


ENTRIES: list[Public] = [
    # ---- the Mathematics Stack Exchange question (math.techqa.club's copy): $$...$$ side by side, m_1 ... m_12 glued
    # to their inputs (m_1x_1), f the sigmoid, Cost; the expanded Cost takes b_1 for b_2 -----------------------------
    _value("techqa-a1", _TECHQA, "b29_techqa", "$$a_1 = f(m_1x_1+m_2x_2+b_1)$$", "a1[0]", _TQ_A["a1[0]"]),
    _value("techqa-a4", _TECHQA, "b29_techqa", "$$a_4 = f(m_7a_1+m_8a_2+m_9a_3+b_4)$$", "a2[0]", _TQ_A["a2[0]"]),
    _value("techqa-cost-sum", _TECHQA, "b29_techqa", "$$Cost=(a_4-t1)^2+(a_5-t_2)^2$$",
           "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2",
           why="t1 without its underscore, t_2 with it"),
    _value("techqa-cost-expanded", _TECHQA, "b29_techqa",
           "$$Cost=(f(m_7f(m_1x_1+m_2x_2+b_1)+m_8f(m_3x_1+m_4x_2+b_1)+m_9f(m_5x_1+m_6x_2+b_3)+b_4)-t_1)^2+(f(m_{10}f(m_1x_1"
           "+m_2x_2+b_1)+m_{11}f(m_3x_1+m_4x_2+b_1)+m_{12}f(m_5x_1+m_6x_2+b_3)+b_5)-t_2)^2$$",
           "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", _TQ_COST_WRITTEN, verdict=W,
           why="a_2 = f(m_3x_1+m_4x_2+b_2) written out with b_1 for b_2, in both outputs' terms"),
    Public("techqa-dm7", _TECHQA, "b29_techqa", "b29_techqa",
           "$$\\frac{\\partial Cost}{\\partial m_{7}} = 2(a_4-t_1)(a_4(1-a_4))(a_1)$$", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_TQ_D[0]}*a1[0]",)),), batch=29),
    Public("techqa-dm10", _TECHQA, "b29_techqa", "b29_techqa",
           "$$\\frac{\\partial Cost}{\\partial m_{10}} = 2(a_5-t_2)(a_5(1-a_5))(a_1)$$", ((C,),),
           (Twin("gradient", "W2[1,0]", (f"{_TQ_D[1]}*a1[0]",)),), batch=29),
    Public("techqa-dm1", _TECHQA, "b29_techqa", "b29_techqa",
           "$$\\frac{\\partial Cost}{\\partial m_{1}} = 2(a_4-t_1)(a_4(1-a_4))(m_7)(a_1(1-a_1))(x_1) +"
           " 2(a_5-t_2)(a_5(1-a_5))(m_{10})(a_1(1-a_1))(x_1)$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_TQ_D[0]}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
                                         f" + {_TQ_D[1]}*W2[1,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=29),
    Public("techqa-dm1-factored", _TECHQA, "b29_techqa", "b29_techqa",
           "$$\\frac{\\partial Cost}{\\partial m_{1}} = \\frac{(a_1(1-a_1))(x_1)}{a_1}(\\frac{\\partial Cost}{\\partial"
           " m_7}(m_7)+\\frac{\\partial Cost}{\\partial m_{10}}(m_{10}))$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"a1[0]*(1 - a1[0])*x[0]/a1[0]*({_TQ_D[0]}*a1[0]*W2[0,0]"
                                         f" + {_TQ_D[1]}*a1[0]*W2[1,0])",)),), batch=29,
           why="dCost/dm_7 and dCost/dm_10 carry a_1, which the division takes out: right; (m_7) after a derivative"
               " multiplies it"),
    # ---- the MOOC exercise checked in Python (bcxiaobai's post; the same at m.weizhi.cc and wonderhows.com): code lines,
    # w1..w8, in_/out_ names, d_o1, d_w5; the hidden weights' gradients sum d_w5 + d_w6 (which carry out_h1) where the
    # output weights w5, w6 belong -----------------------------------------------------------------------------------
    _value("zju-in-h1", _ZJU, "b29_zju", "in_h1 = w1 * x1 + w3 * x2", "z1[0]", "W1[0,0]*x[0] + W1[0,1]*x[1]"),
    _value("zju-out-h1", _ZJU, "b29_zju", "out_h1 = sigmoid(in_h1)", "a1[0]", "sigmoid(z1[0])"),
    _value("zju-error", _ZJU, "b29_zju", "error = (1 / 2) * (out_o1 - y1)**2 + (1 / 2) * (out_o2 - y2)**2",
           "(a2[0] - y[0])**2/2 + (a2[1] - y[1])**2/2", "(1/2)*(a2[0] - y[0])**2 + (1/2)*(a2[1] - y[1])**2"),
    _value("zju-d-o1", _ZJU, "b29_zju", "d_o1 = out_o1 - y1", "a2[0] - y[0]", "a2[0] - y[0]", why="dE/dout_o1"),
    Public("zju-d-w5", _ZJU, "b29_zju", "b29_zju", "d_w5 = d_o1 * out_o1 * (1 - out_o1) * out_h1", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_ZO[0]}*a1[0]",)),), batch=29),
    Public("zju-d-w6", _ZJU, "b29_zju", "b29_zju", "d_w6 = d_o2 * out_o2 * (1 - out_o2) * out_h1", ((C,),),
           (Twin("gradient", "W2[1,0]", (f"{_ZO[1]}*a1[0]",)),), batch=29),
    Public("zju-d-w1", _ZJU, "b29_zju", "b29_zju", "d_w1 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x1", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"({_ZO[0]}*a1[0] + {_ZO[1]}*a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=29,
           why="dE/dout_h1 is w5 dE/din_o1 + w6 dE/din_o2; d_w5 + d_w6 is out_h1 (dE/din_o1 + dE/din_o2)"),
    Public("zju-d-w3", _ZJU, "b29_zju", "b29_zju", "d_w3 = (d_w5 + d_w6) * out_h1 * (1 - out_h1) * x2", ((W,),),
           (Twin("gradient", "W1[0,1]", (f"({_ZO[0]}*a1[0] + {_ZO[1]}*a1[0])*a1[0]*(1 - a1[0])*x[1]",)),), batch=29,
           why="the same slip as d_w1"),
    Public("zju-d-w2", _ZJU, "b29_zju", "b29_zju", "d_w2 = (d_w7 + d_w8) * out_h2 * (1 - out_h2) * x1", ((W,),),
           (Twin("gradient", "W1[1,0]", (f"({_ZO[0]}*a1[1] + {_ZO[1]}*a1[1])*a1[1]*(1 - a1[1])*x[0]",)),), batch=29,
           why="dE/dout_h2 is w7 dE/din_o1 + w8 dE/din_o2; d_w7 + d_w8 carries out_h2 instead"),
    # ---- aiml-notes' "Backpropagation Step by Step": its "Verify with Code" NumPy lines, x @ W1 with W1 input-first,
    # np.maximum, np.exp, names with underscores (dL_do, dL_db_out), np.outer ----------------------------------------
    _value("aiml-z-hidden", _AIML, "b29_aiml", "z_hidden = x @ W1 + b1", "z1[{j}]",
           "x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]", _J2),
    _value("aiml-h", _AIML, "b29_aiml", "h = np.maximum(0, z_hidden)", "a1[{j}]", "relu(z1[{j}])", _J2,
           why="the comment \"# ReLU\" after the line left out"),
    _value("aiml-o", _AIML, "b29_aiml", "o = 1 / (1 + np.exp(-z_out))", "a2[0]", "1/(1 + exp(-z2[0]))",
           why="the comment \"# sigmoid\" after the line left out"),
    _value("aiml-loss", _AIML, "b29_aiml", "loss = 0.5 * (t - o) ** 2", "(y[0] - a2[0])**2/2", "0.5*(y[0] - a2[0])**2"),
    _value("aiml-dL-do", _AIML, "b29_aiml", "dL_do = -(t - o)", "a2[0] - y[0]", "-(y[0] - a2[0])"),
    Public("aiml-delta-o", _AIML, "b29_aiml", "b29_aiml", "delta_o = dL_do * do_dz", ((C,),),
           (Twin("gradient_z", "z2[0]", (_D2,)),), batch=29),
    Public("aiml-dL-dW2", _AIML, "b29_aiml", "b29_aiml", "dL_dW2 = delta_o * h", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _J2),), batch=29),
    _value("aiml-dL-dh", _AIML, "b29_aiml", "dL_dh = delta_o * W2", f"{_D2}*W2[0,{{j}}]", f"{_D2}*W2[0,{{j}}]", _J2),
    Public("aiml-delta-h", _AIML, "b29_aiml", "b29_aiml", "delta_h = dL_dh * relu_mask", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_AIML_DH,), _J2),), batch=29,
           why="relu_mask = (z_hidden > 0).astype(float), the line before"),
    Public("aiml-dL-dW1", _AIML, "b29_aiml", "b29_aiml", "dL_dW1 = np.outer(x, delta_h)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_AIML_DH}",), _JI2),), batch=29,
           why="np.outer(x, delta_h)[i][j] = x_i delta_h_j: the page's input-first W1, the file's W1 transposed"),
    # ---- Demofox's dual-numbers post (Nemotron's copy): \[...\] and inline \(...\) in a numbered list, \cdot for the
    # matrix product and for the entrywise one, W_2^T, x^T, h^T ----------------------------------------------------
    _value("demofox-y", _DEMOFOX, "b29_demofox", "\\[ y = \\sigma(W_2 \\cdot \\sigma(W_1 \\cdot x + b_1) + b_2) \\]",
           "a2[0]", "sigmoid(W2[0,0]*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]) + W2[0,1]*sigmoid(W1[1,0]*x[0]"
                    " + W1[1,1]*x[1] + b1[1]) + b2[0])"),
    Public("demofox-delta2", _DEMOFOX, "b29_demofox", "b29_demofox", "\\(\\delta_2 = (y - t) \\cdot \\sigma'(z_2)\\)",
           ((C,),), (Twin("gradient_z", "z2[0]", (_D2,)),), batch=29,
           why="the list item's words around it (\"1. Compute the error at the output layer:\", \", where t ...\") left"
               " out"),
    Public("demofox-delta1", _DEMOFOX, "b29_demofox", "b29_demofox",
           "\\(\\delta_1 = (W_2^T \\cdot \\delta_2) \\cdot \\sigma'(z_1)\\)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DEMO_D1,), _J2),), batch=29,
           why="the first \\cdot a matrix product, the second entrywise"),
    Public("demofox-dW1", _DEMOFOX, "b29_demofox", "b29_demofox",
           "\\(\\frac{\\partial L}{\\partial W_1} = \\delta_1 \\cdot x^T\\)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_DEMO_D1}*x[{{i}}]",), _JI2),), batch=29),
    Public("demofox-dW2", _DEMOFOX, "b29_demofox", "b29_demofox",
           "\\(\\frac{\\partial L}{\\partial W_2} = \\delta_2 \\cdot h^T\\)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _J2),), batch=29),
    # ---- the softmax and cross-entropy post (Nemotron's copy): \[ ... \] over three lines, \text{softmax}(z_i),
    # \text{Cross-Entropy}(y, \mathbf{p}) as the loss, Kronecker's \delta_{ij} --------------------------------------
    _value("softmax-ce", _SOFTMAX, "b29_softmax",
           "\\[\n\\text{Cross-Entropy}(y, \\mathbf{p}) = -\\sum_{i} y_i \\log(p_i)\n\\]",
           "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
           "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"),
    _value("softmax-jacobian", _SOFTMAX, "b29_softmax",
           "\\[\n\\frac{\\partial \\text{softmax}(z_i)}{\\partial z_j} = \\text{softmax}(z_i) (\\delta_{ij} -"
           " \\text{softmax}(z_j))\n\\]", "a1[{i}]*(({i} == {j}) - a1[{j}])", "a1[{i}]*(({i} == {j}) - a1[{j}])", _IJ3,
           why="the softmax's Jacobian, not the loss's derivative"),
    Public("softmax-ce-dz", _SOFTMAX, "b29_softmax", "b29_softmax",
           "\\[\n\\frac{\\partial \\text{Cross-Entropy}(y, \\mathbf{p})}{\\partial z_i} = p_i - y_i\n\\]", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=29),
    Public("softmax-loss-dz", _SOFTMAX, "b29_softmax", "b29_softmax",
           "\\[\n\\frac{\\partial \\text{Loss}}{\\partial z_i} = \\text{softmax}(z_i) - y_i\n\\]", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (f"{_SOFTMAX_I} - t[{{i}}]",), _I3),), batch=29),
    # ---- Fianawarrior's thread (Nemotron's copy): \[ ... \] with d for the partial sign, z_{h_1}; inline \( ... \) with
    # \partial, \cdot and \left( \right); dE/dw_i ends in dz_{x_1}/dw_1 (w_1 for w_i), and dE/db_1 takes o_2's path
    # through h_2 ------------------------------------------------------------------------------------------------------
    Public("fiana-dw1", _FIANA, "b29_fiana", "b29_fiana",
           "\\[\n\\frac{dE}{dw_1} = \\frac{dE}{dh_1} \\frac{dh_1}{dz_{h_1}} \\frac{dz_{h_1}}{dw_1}\n\\]", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_F2[0]}*a1[0]",)),), batch=29),
    _value("fiana-dh1", _FIANA, "b29_fiana",
           "\\[\n\\frac{dE}{dh_1} = \\frac{dE}{do_1} \\frac{do_1}{dz_{o_1}} \\frac{dz_{o_1}}{dh_1} + \\frac{dE}{do_2}"
           " \\frac{do_2}{dz_{o_2}} \\frac{dz_{o_2}}{dh_1}\n\\]", _FH[0], _FH[0], why="dE/dh_1, judged as a value"),
    Public("fiana-dwi", _FIANA, "b29_fiana", "b29_fiana",
           "\\(\\frac{\\partial E}{\\partial w_i} = \\frac{\\partial E}{\\partial x_1} \\cdot \\frac{\\partial x_1}"
           "{\\partial z_{x_1}} \\cdot \\frac{\\partial z_{x_1}}{\\partial w_1}\\)", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"{_FX1}*a1[0]*(1 - a1[0])*0",)),), batch=29,
           why="its last factor dz_{x_1}/dw_1 is 0 (w_1 joins x_1 to h_1, after z_{x_1}): w_1 written for w_i; the"
               " list item's \"1.\" left out"),
    _value("fiana-dx1", _FIANA, "b29_fiana",
           "\\(\\frac{\\partial E}{\\partial x_1} = \\left( \\frac{\\partial E}{\\partial h_1} \\cdot \\frac{\\partial"
           " h_1}{\\partial z_{h_1}} \\cdot \\frac{\\partial z_{h_1}}{\\partial x_1} \\right) + \\left( \\frac{\\partial"
           " E}{\\partial h_2} \\cdot \\frac{\\partial h_2}{\\partial z_{h_2}} \\cdot \\frac{\\partial z_{h_2}}{\\partial"
           " x_1} \\right)\\)", _FX1, _FX1, why="dE/dx_1 (x_1 a hidden unit), judged as a value; \"3.\" left out"),
    Public("fiana-db1", _FIANA, "b29_fiana", "b29_fiana",
           "\\[\n\\frac{dE}{db_1} = \\frac{dE}{do_1} \\frac{do_1}{dz_{o_1}} \\frac{dz_{o_1}}{dh_1} \\frac{dh_1}{dz_{h_1}}"
           " \\frac{dz_{h_1}}{db_1} + \\frac{dE}{do_2} \\frac{do_2}{dz_{o_2}} \\frac{dz_{o_2}}{dh_2} \\frac{dh_2}"
           "{dz_{h_2}} \\frac{dz_{h_2}}{db_1}\n\\]", ((W,),),
           (Twin("gradient", "b2[0]", (f"{_F3[0]}*W3[0,0]*a2[0]*(1 - a2[0])*1 + {_F3[1]}*W3[1,1]*a2[1]*(1 - a2[1])*0",)),),
           batch=29,
           why="b_1 (h_1's bias) reaches E through h_1 and both outputs; the second term goes through h_2, whose sum"
               " has no b_1 (0), and o_2's path through h_1 is missing"),
    # ---- the deeplearning.ai forum's "Confusion about Calculating dZ^[l]" (also Nemotron's copy): the question's plain
    # text dZ^L with ’ (U+2019) for the prime and a space before (Z^L); the mentor's LaTeX with no delimiters,
    # \left ( \right ), \displaystyle, g^{[L]'} ----------------------------------------------------------------
    Public("ngdz-output", _NG_DZ, "b29_ng", "b29_ng_dz", "dZ^L = A^L - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=29, why="the sigmoid output with the logistic loss"),
    Public("ngdz-general", _NG_DZ, "b29_ng", "b29_ng_dz", "dZ^L = dA^L * g^L’ (Z^L)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])/(a2[0]*(1 - a2[0]))*a2[0]*(1 - a2[0])",)),), batch=29),
    _value("ngdz-dA", _NG_DZ, "b29_ng_dz",
           "dA^{[L]} = - \\left (\\displaystyle \\frac {Y}{A^{[L]}} - \\frac {(1 - Y)}{(1 - A^{[L]})} \\right )",
           "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))", "-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0]))", why="dL/dA, judged as a value",
           network="b29_ng"),
    _value("ngdz-g-prime", _NG_DZ, "b29_ng_dz", "g^{[L]'}(Z^{[L]}) = A^{[L]} (1 - A^{[L]})", "a2[0]*(1 - a2[0])",
           "a2[0]*(1 - a2[0])", why="the sigmoid's derivative, judged as a value", network="b29_ng"),
    # ---- the deeplearning.ai forum's "update_parameters" thread: a mentor's LaTeX without delimiters, * before dW ----
    Public("ngupd-W", _NG_UPDATE, "b29_ng", "b29_ng_update", "W^{[l]} = W^{[l]} - \\alpha * dW^{[l]}", ((C,),),
           (Twin("update", "W{l}[{j},{k}]", ("W{l}[{j},{k}] - eta*grad",), _NG_PARAMS),), batch=29,
           why="dW^{[l]} = \\displaystyle \\frac {\\partial J}{\\partial W^{[l]}} in the lines before"),
    # ---- pkirlin's handout: KaTeX's annotations (the rendered copy lost its glyphs), \bm, \gets, [\ell], \displaystyle -
    Public("kirlin-W", _KIRLIN, "b29_ng", "b29_kirlin",
           "\\bm W^{[\\ell]} \\gets \\bm W^{[\\ell]} - \\displaystyle \\alpha \\frac{\\partial J}{\\partial \\bm{W}^{[\\ell]}}",
           ((C,),), (Twin("update", "W{l}[{j},{k}]", ("W{l}[{j},{k}] - eta*grad",), _NG_PARAMS),), batch=29,
           why="a list item; the rendered text before the annotation left out"),
    Public("kirlin-b", _KIRLIN, "b29_ng", "b29_kirlin",
           "\\bm b^{[\\ell]} \\gets \\bm b^{[\\ell]} - \\displaystyle \\alpha \\frac{\\partial J}{\\partial \\bm{b}^{[\\ell]}}",
           ((C,),), (Twin("update", "b{l}[{j}]", ("b{l}[{j}] - eta*grad",), _NG_BIASES),), batch=29),
    # ---- leetllm's one-knob example: plain text list items, · and ², the numbers of one package --------------------
    Public("leet-yhat", _LEET, "b29_leet", "b29_leet", "ŷ = w · x = 6.0", ((C, C),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]", "=6.0")),), batch=29,
           why="x = 2, y = 5.0, w = 3.0 in the items before"),
    Public("leet-loss", _LEET, "b29_leet", "b29_leet", "L = (6.0 - 5.0)² = 1.0", ((C, C),),
           (Twin("value", "(a1[0] - y[0])**2", ("=(6.0 - 5.0)**2", "=1.0")),), batch=29),
    # ---- crucible's "Gradients on paper": plain text, * and ^, u = w*x - y the residual named -----------------------
    _value("crucible-loss", _CRUCIBLE, "b29_crucible", "L = (w*x - y)^2", "(a1[0] - y[0])**2", "(W1[0,0]*x[0] - y[0])**2",
           why="the parenthetical \"(mean-squared-error loss for one example, ...)\" after it left out"),
    _value("crucible-dL-du", _CRUCIBLE, "b29_crucible", "dL/du = 2u", "2*(a1[0] - y[0])", "2*(a1[0] - y[0])",
           why="u = w*x - y; dL/du is dL/dyhat, judged as a value; \"(power rule).\" left out"),
    Public("crucible-dL-dw", _CRUCIBLE, "b29_crucible", "b29_crucible",
           "dL/dw = dL/du * du/dw = 2u * x = 2(w*x - y) * x.", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]", "2*(a1[0] - y[0])*x[0]",
                                         "2*(W1[0,0]*x[0] - y[0])*x[0]")),), batch=29,
           why="the sentence's closing period kept"),
]
