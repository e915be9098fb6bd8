r"""Batch 31 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 web addresses (10 posts) no earlier batch used (the pages corpus: Chinese notes on Nielsen's
chapter 2 at windmising.gitbook.io, four Nemotron-CC-Math posts (deeplizard's "Backpropagation Explained | Part 4 -
Calculating the Gradient", a Stack Exchange question "Deriving Backpropagation Equations \"Natively\" in Tensor
Form", a Cross Validated question "Differentiating Roadmap of a Loss Function", and its copy of a student's "Nt1310
Unit 7 Lab Report"), the same lab report at studymode.com, a Chinese post on the calculus of backpropagation at
lovelycatv.com, Chinese notes on Hung-yi Lee's lecture at heiqu.com, a revision of UFLDL's Chinese page
"反向传导算法", datahacker's backward_pass notebook, and notesoncomputing's "Cross-Entropy + Softmax Gradient"),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (both in tests/public_formulas_batch31_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down, on its first run) and
committed before check was. Nemotron's four posts are four pages, each named by its title after the data set's
address, as in batches 13, 14, 21, 23, 27 and 29; the lab report is one post at two addresses (studymode's plain
text and Nemotron's LaTeX rewrite), counted as two pages by the held-out test and as one post here. No page of the
batch works an example with numbers that its formulas use (the searches for new worked examples found only pages
earlier batches had used): every formula is a rule, a chain or a local derivative, judged at random points. What
was left out of a line is said in the entry's why (a list's "1. " or "- ", Chinese words before the math, a code
comment, a sentence's words before a plain-text formula).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 31

The batch: 43 formulas, 18 values (7 forward values, 4 losses, 7 local derivatives: dC/da, da/dz, dz/dw, dE/da,
two dp/dw and 1 - p), 12 deltas (dL/dz; 4 of them an error term -dE/dz or a named gradient dZ), 11 gradients, 2
updates; no entry marked unreadable. 33 are LaTeX (Nielsen's notes' \begin{eqnarray} ... \tag{BP1}\end{eqnarray} with the
layer as a bare superscript, \delta^L_j, w^l_{jk}, a full stop or comma inside the math, \nabla_a C, \odot and
(w^{l+1})^T; deeplizard's \[ \] blocks with \left( \right) around every factor, units counted from 0, C_0 and
g^{\prime(L)}; the tensor question's $...$ with input-first W_{ij}^{(k)}, \nabla z and \nabla a for the error's
derivatives, \sum_j without bounds, bold vectors \mathbf{z}^{(k+1)}; the roadmap question's L(y|p(x_{i})) with its
arguments, \ln, \cdot, \Sigma (the capital letter) as the sum inside an exponent, x_{i}^j; lovelycatv's * for the
product, a_{00}^{(L)} and an en dash "–" for the minus; the lab report's \text{Error}_B and W_{+AB}; heiqu's \( \);
UFLDL's wiki line ":$...$" with a sum bounded by s_{l+1}), 10 plain text or code (the lab report's ErrorB = OutputB
(1-OutputB)(TargetB-OutputB) (5.19) with names glued to their neuron, juxtaposed parentheses, "x" for the product
and the equation's number after it; datahacker's NumPy, dZ2= A2 - Y, np.dot(dZ2, A1.T), np.sum(..., axis=1,
keepdims=True), np.multiply, np.power; notesoncomputing's ∂L/∂z = p − one_hot(y) and L = -log p_y).

2 are mistaken (the oracle finds their member wrong): the lab report's weight change, in both copies, W+AB=
W+AB + ( ErrorB x OutputA) (5.20) and W_{+AB} = W_{+AB} + (\text{Error}_B \times \text{Output}_A): its own
definitions make W+AB the new weight and WAB the old one, and the right side writes the new weight where the old
belongs (the change is right: ErrorB x OutputA is -dE/dW_AB, the learning rate 1).

Not mistaken, though they look it: the roadmap question's \Sigma w_{j} \cdot x_{i}^j inside the exponent binds j,
while the last factor x_{i}^j of the same member is the free j of \partial p_i / \partial w_j (the member is right);
lovelycatv's a_{00}^{(L)} and y_{00} (sample 0, neuron 0) beside a_0^{(L)} (neuron 0), one quantity; UFLDL's
W^{(l)}_{ji} from layer l to l+1, so that \delta^{(l)} sums W^{(l)}, not W^{(l+1)} (right in UFLDL's convention).

Collected on 2026-12-04 and run blind once, at main a47f526 (its src/ that of 71b7995, the commit
/work/READY_FOR_BLIND3 names: after session 13's first fixes from batches 17 to 30, fixshapes and fixsyntax), with
nothing under src/ changed. Blind, once per entry: 31 of 43 read with every verdict right (72%); 11 refused that
should have been read; 1 misread, a right formula called wrong; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 2
mistaken formulas, 1 read with its verdict right (the LaTeX copy's W_{+AB} = W_{+AB} + ..., called wrong) and 1 was
refused (studymode's W+AB). By kind of claim: values 12 of 18, deltas 8 of 12, gradients 10 of 11, updates 1 of 2.
LaTeX against plain text: the 33 in LaTeX read 23 (70%), the 10 in plain text or code 8 (80%). By page: Nielsen's
notes 6 of 6, deeplizard 8 of 8, the tensor question 0 of 6, the roadmap question 2 of 5, lovelycatv 4 of 4,
studymode's lab report 0 of 2, Nemotron's copy of it 2 of 2, heiqu 1 of 1, UFLDL 0 of 1, datahacker 6 of 6,
notesoncomputing 2 of 2. (Tabulated from the saved output of the run, /work/batch31_blind.txt.)

How the run went, honestly: the oracle agreed with every verdict written down on its first run; no notation was
changed before or after the run. Looking at the refusals afterwards, no notation was wrong under the spec: the
tensor question's layer letter k (the page's own) is a placeholder of its notation as the spec allows, and its
(k+1) is refused by the reader (docs/notation.md documents a placeholder layer letter with arithmetic, a course's
A^{[i-1]}).

The misreading (1), a right formula called wrong, plain text:

- an equation's number after a plain-text formula, read as a factor: nt-error, ErrorB = OutputB
  (1-OutputB)(TargetB-OutputB) (5.19), called wrong (5.19 times the error term). Tried afterwards: without
  " (5.19)" it reads correct; the report's LaTeX copy, which has no number, reads correct (ntx-error).

The refusals by construct (11), with the exact message:

- 4, a layer placeholder other than l with arithmetic, (k+1), in the tensor question's rules (t-z, t-a, t-da,
  t-dW): "z_{j} matches none of the notation's patterns for z ('z_{i}^{(k)}', 'z^{(k)}')" (t-a: "a_{j} matches none
  of the notation's patterns for a ('a_{i}^{(1)}', 'a_{i}^{(k)}', 'a^{(k)}')"). Tried afterwards: the same rules at
  one layer, z_j^{(3)} = \sum_i W_{ij}^{(2)}a_i^{(2)} and a_j^{(3)} = f(z_j^{(3)}), read correct, and so do
  \frac{\partial E}{\partial a_i^{(2)}} = \sum_j ... and \frac{\partial E}{\partial W_{ij}^{(2)}} = ... (their \nabla
  left side dropped too); \frac{\partial E}{\partial z_j^{(k+1)}} = ... with (k+1) is still refused, so (k+1) is the
  construct;
- 2, \nabla before a quantity for the error's derivative by it, the page's own definition (\nabla a_j^{(k+1)} =
  \frac{\partial E}{\partial a_j^{(k+1)}}) (t-dz, t-vector): "\nabla z_{j}^{k+1}: z_{j}^{k+1} is not the loss, and
  \nabla is read for the gradient of the loss: write \nabla_{z_{j}^{k+1}} L, the parameter as its subscript, then the
  loss" (t-vector: the same for \nabla z^{k+1}). Tried afterwards: with \frac{\partial E}{\partial ...} for the \nabla
  left side (and a layer number for k+1), t-dz's chain and the bold-vector line read correct;
- 2, \Sigma, the capital letter, as the sum sign inside an exponent, \Sigma w_{j} \cdot x_{i}^j (rm-dpdw-steps,
  rm-1mp): "unknown symbol \Sigma; the notation knows p, w, x, y; give it a meaning in the notation's
  [notation.symbols], e.g. "\Sigma" = "a1[0]"". Tried afterwards: with \sum_{k} w_{k} \cdot x_{i}^k (\sum_{j} in
  rm-1mp) both read correct;
- 1, a function application for a quantity, p(x_{i}) for p_i in the loss's body (rm-bce): "x_{i} matches none of the
  notation's patterns for x ('x_{i}^{j}')". Tried afterwards: with p_{i} in the body it reads correct (the loss's
  own arguments, L(y|p(x_{i})), are read; so is rm-chain's);
- 1, a MediaWiki indentation ":" before $...$ (ufldl-delta): "unexpected at ':' (position 1)". Tried afterwards:
  without the ":" it reads correct;
- 1, a new weight named with "+", W+AB (nt-update, the page's mistake): "W needs its layer, e.g. W^{(1)}; or give it a
  meaning in the notation". Tried afterwards: WAB = WAB + ( ErrorB x OutputA) reads, called wrong, as the oracle
  judges it (the page's change has no learning rate, and an update is judged at any eta); the mistake itself
  cannot be written without the name the spec cannot give.

What the spec could not express, which a page needed: the lab report's W+AB (a pattern's base is a letter, a
decorated letter or a name; "+AB" is none, though W_{+AB} as a subscript is); the tensor question's \nabla a and
\nabla z as names of the error's derivatives (no pattern base "\nabla z"); the roadmap question's p(x_{i}), the
model's probability written as a function of the sample; its first term (y_i - p_i)/(p_i(1 - p_i)), stated without a
left side (not taken; it is also the page's sign slip, dL/dp = (p_i - y_i)/(p_i(1 - p_i))); Nielsen's (31) and (32),
\frac{\partial C}{\partial b} = \delta and \frac{\partial C}{\partial w} = a_{\rm in} \delta_{\rm out}, whose b, w,
a_in and delta_out stand for any layer's (not taken); the lab report's weight change without a learning rate, which
the spec's update claim judges at any eta; a value claim about a derivative of something other than the loss
(\frac{\partial p_{i}}{\partial w_{j}}, \frac{\partial a_{1}^{(L)}}{\partial z_{1}^{(L)}}), twinned as values. And,
in the networks: no page gives numbers its formulas use; deeplizard's and the lab report's sizes, the tensor
question's and UFLDL's, are the smallest that name every unit a formula names.

After session 13's fixes from it (fixpages, main e4db5b5): 40 of 43 read with every verdict right (93%), no wrong
formula called correct, no misread. Now read: the layer letter k with (k+1) (t-z, t-a, t-da, t-dW: (k+1) had been
taken for an update's next step), \nabla z and \nabla a_j f'(z_j) as the loss's gradients (t-dz, t-vector), \Sigma
as the sum sign where the notation gives it no meaning (rm-1mp), the wiki's ':' indentation (ufldl-delta), p(x_{i})
for p_i (rm-bce). nt-error, the misread, is now refused: a number in parentheses closing a line is judged both as
the equation's number and as a factor, and where the verdicts differ (here correct and wrong) check says so and asks
for \tag{5.19} or \cdot (5.19). Still refused: nt-error (that), rm-dpdw-steps (a sum whose one letter is the left
side's j, now said in its message), nt-update (the page's name W+AB).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, deltas, gradients, pre_activations
from public_formulas_batch31_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_NIELSEN = "https://windmising.gitbook.io/nielsen-nndl/introduction-1/advices/2"
_DLZ = f"{_NEMOTRON} (Backpropagation Explained | Part 4 - Calculating the Gradient, deeplizard)"
_TENSOR = f"{_NEMOTRON} (Deriving Backpropagation Equations \"Natively\" in Tensor Form)"
_ROADMAP = f"{_NEMOTRON} (Differentiating Roadmap of a Loss Function)"
_CAT = "https://lovelycatv.com/cv832"
_NT = "https://www.studymode.com/essays/Nt1310-Unit-7-Lab-Report-85965180.html"
_NTX = f"{_NEMOTRON} (Nt1310 Unit 7 Lab Report)"
_HEIQU = "http://heiqu.com/zywfsz_2.html"
_UFLDL = ("http://ufldl.stanford.edu/wiki/index.php?title=%E5%8F%8D%E5%90%91%E4%BC%A0%E5%AF%BC%E7%AE%97%E6%B3%95"
          "&diff=prev&oldid=2370")
_DH = "http://media5.datahacker.rs/2018/10/010_backward_pass.html"
_NC = "https://notesoncomputing.com/coding_interview/cross_entropy_softmax_grad"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))

# Nielsen's notes: 2-3-2 sigmoid, the half squared error
_NO = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_ND = deltas((3, 2), _NO, SIGMOID_SLOPE)
_N_PARAMS = gradients((3, 2), 2, _NO, SIGMOID_SLOPE)
_N_WEIGHTS = tuple(value for value in _N_PARAMS if value["p"].startswith("W"))
_N_BIASES = tuple(value for value in _N_PARAMS if value["p"].startswith("b"))
_N_DELTA1 = tuple({"j": j, "m": _ND[1][j]} for j in range(3))
# deeplizard: C_0 = sum_j (a_j - y_j)^2 over the two outputs, sigmoid
_DLZ_W12 = "2*(a2[1] - y[1])*a2[1]*(1 - a2[1])*a1[2]"
# the tensor-form question: 3-2-2 sigmoid without biases, the half squared error
_TD = deltas((2, 2), _NO, SIGMOID_SLOPE)
_T_Z = tuple({"t": f"z{layer}[{j}]", "m": _TD[layer][j]} for layer in (1, 2) for j in range(2))
_T_WEIGHTS = gradients((2, 2), 3, _NO, SIGMOID_SLOPE, biases=False)
_T_A = tuple({"v": f"a{layer}[{j}]", "m": f"sigmoid(z{layer}[{j}])"} for layer in (1, 2) for j in range(2))
_T_DA1 = tuple({"m": f"(W2[0,{i}]*{_TD[2][0]} + W2[1,{i}]*{_TD[2][1]})"} for i in range(2))
# the roadmap question: logistic regression on three features, no bias
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DPDW = "a1[0]*(1 - a1[0])*x[{k}]"
# lovelycatv: 1-1-1 sigmoid
# the lab report: A -> B, C; Error_B = -dE/dz_B
_ERRB = "-(a2[0]*(1 - a2[0])*(y[0] - a2[0]))"
# UFLDL: 3-2-2 sigmoid, delta of the hidden layer
_UD = deltas((2, 2), _NO, SIGMOID_SLOPE)
_U_DELTA = tuple({"j": j, "m": _UD[1][j]} for j in range(2))
# datahacker: 2-3-1, tanh hidden, sigmoid output, the binary cross-entropy
_DH1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
_DH_W1 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
# notesoncomputing: softmax with the cross-entropy, three classes
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"

ENTRIES: list[Public] = [
    # ---- the Chinese notes on Nielsen's chapter 2: \begin{eqnarray} ... \tag{BP1}\end{eqnarray}, the superscript
    # layer without parentheses (\delta^L_j, w^l_{jk}), a sentence's full stop or comma inside the math, \nabla_a C,
    # \odot, (w^{l+1})^T ---------------------------------------------------------------------------------------------
    Public("nl-bp1", _NIELSEN, "b31_nielsen", "b31_nielsen",
           "\\begin{eqnarray}\n\\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j).\n\\tag{BP1}\\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z2[{j}]", (_NO,), _J2),), batch=31),
    Public("nl-bp1a", _NIELSEN, "b31_nielsen", "b31_nielsen",
           "\\begin{eqnarray}\n\\delta^L = \\nabla_a C \\odot \\sigma'(z^L).\n\\tag{BP1a}\\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z2[{j}]", (_NO,), _J2),), batch=31,
           why="\\nabla_a C the cost's gradient by the output activations a^L"),
    Public("nl-30", _NIELSEN, "b31_nielsen", "b31_nielsen",
           "\\begin{eqnarray}\n\\delta^L = (a^L-y) \\odot \\sigma'(z^L).\n\\tag{30}\\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z2[{j}]", (_NO,), _J2),), batch=31),
    Public("nl-bp2", _NIELSEN, "b31_nielsen", "b31_nielsen",
           "\\begin{eqnarray}\n\\delta^l = ((w^{l+1})^T \\delta^{l+1}) \\odot \\sigma'(z^l),\n\\tag{BP2}\\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z1[{j}]", ("{m}",), _N_DELTA1),), batch=31,
           why="a rule over l; the network has l + 1 only at l = 1"),
    Public("nl-bp3", _NIELSEN, "b31_nielsen", "b31_nielsen",
           "\\begin{eqnarray} \\frac{\\partial C}{\\partial b^l_j} =\n\\delta^l_j.\n\\tag{BP3}\\end{eqnarray}",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _N_BIASES),), batch=31),
    Public("nl-bp4", _NIELSEN, "b31_nielsen", "b31_nielsen",
           "\\begin{eqnarray}\n\\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j.\n\\tag{BP4}\\end{eqnarray}",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _N_WEIGHTS),), batch=31,
           why="at l = 1, a^{0}_k is the input x_k"),
    # ---- deeplizard's "Calculating the Gradient" (Nemotron's copy): \[ ... \] on their own lines, \left( \right)
    # around each factor, units counted from 0, C_0 the loss of sample 0, g^{(L)} and g^{\prime(L)} -----------------
    Public("dlz-chain", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\n\\frac{\\partial C_0}{\\partial w_{12}^{(L)}} = \\left(\\frac{\\partial C_0}{\\partial a_{1}^{(L)}}"
           " \\right) \\left(\\frac{\\partial a_{1}^{(L)}}{\\partial z_{1}^{(L)}} \\right) \\left(\\frac{\\partial"
           " z_{1}^{(L)}}{\\partial w_{12}^{(L)}}\\right)\n\\]", ((C,),),
           (Twin("gradient", "W2[1,2]", (_DLZ_W12,)),), batch=31),
    Public("dlz-C0", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\nC_{0}=\\sum_{j=0}^{n-1}\\left( a_{j}^{(L)}-y_{j}\\right)^{2}\n\\]", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=31, why="n the number of output nodes"),
    Public("dlz-dC0da", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\n\\frac{\\partial C_{0}}{\\partial a_{1}^{(L)}} = 2 \\left( a_{1}^{(L)}-y_{1}\\right)\n\\]", ((C,),),
           (Twin("value", "2*(a2[1] - y[1])", ("2*(a2[1] - y[1])",)),), batch=31,
           why="the loss's derivative by an output activation, twinned as a value"),
    Public("dlz-a", _DLZ, "b31_dlz", "b31_dlz", "\\[\na_{1}^{(L)}=g^{(L)}\\left( z_{1}^{(L)}\\right)\n\\]", ((C,),),
           (Twin("value", "a2[1]", ("sigmoid(z2[1])",)),), batch=31),
    Public("dlz-dadz", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\n\\frac{\\partial a_{1}^{(L)}}{\\partial z_{1}^{(L)}} = g^{\\prime(L)}\\left( z_{1}^{(L)}\\right)\n\\]",
           ((C,),), (Twin("value", "a2[1]*(1 - a2[1])", ("sigmoid(z2[1])*(1 - sigmoid(z2[1]))",)),), batch=31,
           why="the activation's local derivative, twinned as a value"),
    Public("dlz-z", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\nz_{1}^{(L)}=\\sum_{k=0}^{n-1}w_{1k}^{(L)}a_{k}^{(L-1)}\n\\]", ((C,),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1] + W2[1,2]*a1[2]",)),), batch=31,
           why="n here the number of nodes of layer L-1 (the page's n is each layer's own); no bias"),
    Public("dlz-dzdw", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\n\\frac{\\partial z_{1}^{(L)}}{\\partial w_{12}^{(L)}} = a_{2}^{(L-1)}\n\\]", ((C,),),
           (Twin("value", "a1[2]", ("a1[2]",)),), batch=31, why="a local derivative, twinned as a value"),
    Public("dlz-combined", _DLZ, "b31_dlz", "b31_dlz",
           "\\[\n\\frac{\\partial C_{0}}{\\partial w_{12}^{(L)}} = 2 \\left( a_{1}^{(L)}-y_{1}\\right) \\left("
           " g^{\\prime(L)}\\left( z_{1}^{(L)}\\right) \\right) \\left( a_{2}^{(L-1)}\\right)\n\\]", ((C,),),
           (Twin("gradient", "W2[1,2]", (_DLZ_W12,)),), batch=31),
    # ---- the tensor-form question (Nemotron's copy): a Markdown list of $...$, input-first W_{ij}^{(k)}, \nabla a
    # and \nabla z for the error's derivatives, \sum_j without bounds; its bold-vector line from a second copy -------
    Public("t-z", _TENSOR, "b31_tensor", "b31_tensor", "$z_j^{(k+1)} = \\sum_i W_{ij}^{(k)}a_i^{(k)}$", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((2, 2), 3, biases=False)),), batch=31,
           why="the list's \"- \" left out; bias as a dummy activation, none here"),
    Public("t-a", _TENSOR, "b31_tensor", "b31_tensor", "$a_j^{(k+1)} = f(z_j^{(k+1)})$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _T_A),), batch=31),
    Public("t-dz", _TENSOR, "b31_tensor", "b31_tensor",
           "$\\nabla z_j^{(k+1)} = \\frac{\\partial E}{\\partial z_j^{(k+1)}} = \\frac{\\partial E}{\\partial"
           " a_j^{(k+1)}} \\frac{\\partial a_j^{(k+1)}}{\\partial z_j^{(k+1)}} = \\nabla a_j^{(k+1)} f'(z_j^{(k+1)})$",
           ((C, C, C),), (Twin("gradient_z", "{t}", ("{m}",) * 3, _T_Z),), batch=31,
           why="item 1 of the list, its \"1. \" left out; \\nabla z is dE/dz"),
    Public("t-da", _TENSOR, "b31_tensor", "b31_tensor",
           "$\\nabla a_i^{(k)} = \\frac{\\partial E}{\\partial a_i^{(k)}} = \\sum_j \\frac{\\partial E}{\\partial"
           " z_j^{(k+1)}} \\frac{\\partial z_j^{(k+1)}}{\\partial a_i^{(k)}} = \\sum_j \\nabla z_j^{(k+1)} W_{ij}^{(k)}$",
           ((C, C, C),), (Twin("value", "{m}", ("{m}",) * 3, _T_DA1),), batch=31,
           why="item 2: the error's derivative by a hidden activation (k = 2), twinned as a value"),
    Public("t-dW", _TENSOR, "b31_tensor", "b31_tensor",
           "$\\nabla W_{ij}^{(k)} = \\frac{\\partial E}{\\partial W_{ij}^{(k)}} = \\frac{\\partial E}{\\partial"
           " z_j^{(k+1)}} \\frac{\\partial z_j^{(k+1)}}{\\partial W_{ij}^{(k)}} = \\nabla z_j^{(k+1)} a_{i}^{(k)}$",
           ((C, C, C),), (Twin("gradient", "{p}", ("{m}",) * 3, _T_WEIGHTS),), batch=31, why="item 3"),
    Public("t-vector", _TENSOR, "b31_tensor", "b31_tensor",
           "\\[ \\nabla \\mathbf{z}^{(k+1)} = \\nabla \\mathbf{a}^{(k+1)} \\odot f'(\\mathbf{z}^{(k+1)}) \\]", ((C,),),
           (Twin("gradient_z", "{t}", ("{m}",), _T_Z),), batch=31,
           why="another copy of the post in the data set, its \"Backpropagation in Tensor Form\" item 1"),
    # ---- the roadmap question (Nemotron's copy): $$...$$, L(y|p(x_{i})) with its arguments, \ln, \cdot, \Sigma (the
    # capital letter) for the sum over j inside an exponent, x_{i}^j the feature j of sample i ----------------------
    Public("rm-bce", _ROADMAP, "b31_roadmap", "b31_roadmap",
           "$$L(y|p(x_{i}))=-y_{i} \\cdot \\ln(p(x_{i}))-(1-y_{i}) \\cdot \\ln(1-p(x_{i}))$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=31, why="p(x_i) is p_i, the model's probability for sample i"),
    Public("rm-chain", _ROADMAP, "b31_roadmap", "b31_roadmap",
           "$$\\frac{\\partial L(y|p(x_{i}))}{\\partial w_{1}} = \\frac{\\partial L(y|p(x_{i}))}{\\partial p_{i}} \\cdot"
           " \\frac{\\partial p_{i}}{\\partial w_{1}}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=31),
    Public("rm-dpdw-steps", _ROADMAP, "b31_roadmap", "b31_roadmap",
           "$$\\frac{\\partial p_{i}}{\\partial w_{j}} = \\frac{1}{(1+e^{-\\Sigma w_{j} \\cdot x_{i}^j})} \\cdot"
           " \\frac{e^{-\\Sigma w_{j} \\cdot x_{i}^j}}{(1+e^{-\\Sigma w_{j} \\cdot x_{i}^j})} \\cdot x_{i}^j$$", ((C,),),
           (Twin("value", _DPDW, ("1/(1 + exp(-z1[0]))*exp(-z1[0])/(1 + exp(-z1[0]))*x[{k}]",), _K3),), batch=31,
           why="\\Sigma w_{j} \\cdot x_{i}^j is the sum over j (bound inside the exponent; the last x_{i}^j's j is the"
               " free one); the probability's derivative by w_j, twinned as a value"),
    Public("rm-1mp", _ROADMAP, "b31_roadmap", "b31_roadmap",
           "$$1 - p_{i} = \\frac{e^{-\\Sigma w_{j} \\cdot x_{i}^j}}{1 + e^{-\\Sigma w_{j} \\cdot x_{i}^j}}$$", ((C,),),
           (Twin("value", "1 - a1[0]", ("exp(-z1[0])/(1 + exp(-z1[0]))",)),), batch=31),
    Public("rm-dpdw", _ROADMAP, "b31_roadmap", "b31_roadmap",
           "$$\\frac{\\partial p_{i}}{\\partial w_{j}} = p_{i} \\cdot (1-p_i) \\cdot x_{i}^j$$", ((C,),),
           (Twin("value", _DPDW, (_DPDW,), _K3),), batch=31),
    # ---- lovelycatv (Chinese): $$...$$ with * for the product, one neuron per layer counted from 0, a_{00}^{(L)} and
    # y_{00} (sample 0, neuron 0), "–" (an en dash) for the minus, \frac {...}{2} with a space ---------------------
    Public("cat-a", _CAT, "b31_cat", "b31_cat", "$$a_0^{(L)} = \\sigma(w_{00}^{(L)} * a_0^{(L-1)} + b_0^{(L)})$$",
           ((C,),), (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + b2[0])",)),), batch=31),
    Public("cat-z", _CAT, "b31_cat", "b31_cat", "$$z_0^{(L)} = w_{00}^{(L)} * a_0^{(L-1)} + b_0^{(L)}$$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]",)),), batch=31,
           why="the \"现在令 \" (\"now let\") before it left out"),
    Public("cat-az", _CAT, "b31_cat", "b31_cat", "$$a_0^{(L)} = \\sigma(z_0^{(L)})$$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=31),
    Public("cat-L0", _CAT, "b31_cat", "b31_cat", "$$L_0 = \\frac {(a_{00}^{(L)} – y_{00})^2}{2}$$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2",)),), batch=31,
           why="\"–\" (U+2013) is the minus; a_{00}^{(L)} is sample 0's output a_0^{(L)}"),
    # ---- the lab report (studymode): plain text, names glued to their neuron (ErrorB, OutputB), products by
    # juxtaposition of parentheses, "x" for the product, the equation's number "(5.19)" after it; its update writes
    # the new weight W+AB on both sides ----------------------------------------------------------------------------
    Public("nt-error", _NT, "b31_nt", "b31_nt", "ErrorB = OutputB (1-OutputB)(TargetB-OutputB) (5.19)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_ERRB,)),), batch=31,
           why="ErrorB is -dE/dz_B; \"(5.19)\" the equation's number"),
    Public("nt-update", _NT, "b31_nt", "b31_nt", "W+AB= W+AB + ( ErrorB x OutputA) (5.20)", ((W,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad - grad",)),), batch=31,
           why="the page's mistake: W+AB = WAB + ErrorB x OutputA (its own definitions: W+AB the new weight, WAB the"
               " old); as written the new weight is itself plus the step. eta = 1, the page's update has none"),
    Public("ntx-error", _NTX, "b31_nt", "b31_ntx",
           "\\[\n   \\text{Error}_B = \\text{Output}_B \\times (1 - \\text{Output}_B) \\times (\\text{Target}_B -"
           " \\text{Output}_B)\n   \\]", ((C,),), (Twin("gradient_z", "z2[0]", (_ERRB,)),), batch=31,
           why="the same report as Nemotron-CC-Math copies it, in LaTeX, indented in a numbered list"),
    Public("ntx-update", _NTX, "b31_nt", "b31_ntx",
           "\\[\n   W_{+AB} = W_{+AB} + (\\text{Error}_B \\times \\text{Output}_A)\n   \\]", ((W,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad - grad",)),), batch=31,
           why="the page's mistake, copied: W_{+AB} on the right for W_{AB}"),
    # ---- the Chinese lecture notes (heiqu): \(...\) inline, bare w and z of one neuron, a product of two fractions
    Public("heiqu-chain", _HEIQU, "b31_heiqu", "b31_heiqu",
           "\\(\\frac{\\partial C}{\\partial w}=\\frac{\\partial C}{\\partial z}\\frac{\\partial z}{\\partial w}\\)",
           ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=31,
           why="the notes' summary, \"最后\" (\"finally\") before it left out"),
    # ---- UFLDL's Chinese page (a wiki diff): a line indented with ":" around $...$, W^{(l)}_{ji} input to output,
    # a sum bounded by s_{l+1} (a layer's size), f' ------------------------------------------------------------------
    Public("ufldl-delta", _UFLDL, "b31_ufldl", "b31_ufldl",
           ":$\\delta^{(l)}_i = \\left( \\sum_{j=1}^{s_{l+1}} W^{(l)}_{ji} \\delta^{(l+1)}_j \\right) f'(z^{(l)}_i)$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", ("{m}",), _U_DELTA),), batch=31,
           why="the translator's note's last line; a rule over l, at l = 2 (the hidden layer) only"),
    # ---- datahacker's backward_pass (code): NumPy with dZ2, A1.T, np.dot, np.sum(..., axis=1, keepdims=True),
    # np.multiply, np.power; the lines without their comments ---------------------------------------------------------
    Public("dh-dZ2", _DH, "b31_dh", "b31_dh", "dZ2= A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=31),
    Public("dh-dW2", _DH, "b31_dh", "b31_dh", "dW2 = (1 / m) * np.dot(dZ2, A1.T)", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=31),
    Public("dh-db2", _DH, "b31_dh", "b31_dh", "db2 = (1 / m) * np.sum(dZ2, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=31,
           why="the comment \"# keepdims - prevents python to output rank 1 array (n,)\" left out"),
    Public("dh-dZ1", _DH, "b31_dh", "b31_dh", "dZ1 = np.multiply(np.dot(W2.T, dZ2), 1 - np.power(A1, 2))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DH1,), _J3),), batch=31,
           why="the comment \"# we use tanh activation function\" left out"),
    Public("dh-dW1", _DH, "b31_dh", "b31_dh", "dW1 = (1 / m) * np.dot(dZ1, X.T)", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", (f"{_DH1}*x[{{k}}]",), _DH_W1),), batch=31),
    Public("dh-db1", _DH, "b31_dh", "b31_dh", "db1 = (1 / m) * np.sum(dZ1, axis=1, keepdims=True)", ((C,),),
           (Twin("gradient", "b1[{j}]", (_DH1,), _J3),), batch=31),
    # ---- notesoncomputing (plain text with Unicode ∂ and −): one_hot(y) of the class index y, log p_y ----------------
    Public("nc-grad", _NC, "b31_nc", "b31_nc", "∂L/∂z = p − one_hot(y)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=31,
           why="\"The famous result is \" before it and the full stop after it left out; one_hot(y) the target vector"),
    Public("nc-loss", _NC, "b31_nc", "b31_nc", "L = -log p_y", ((C,),),
           (Twin("value", _CE, (_CE,)),), batch=31,
           why="\"Cross entropy: \" before it and the full stop after it left out; y the true class"),
]
