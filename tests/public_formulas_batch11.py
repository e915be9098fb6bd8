r"""Batch 11 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 16 pages no earlier batch used (14 works: Ahmed Gad's slides in two copies, sreekanth9999's
notes in two versions), copied verbatim, typos and mistakes included, each with the notation a teacher would
write for the page under shared/spec/notation.md, a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch11_tables.py), and its true verdicts,
from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them before check was. ``unreadable``
marks a formula the page mistyped so that any reading would be a guess (juejin.cn's MathML flattened into
text, every fraction lost): a correct reader refuses it in one line. A vector value's twin is a rule over its
entries; its members of numbers are judged whole, entry by entry (tests/test_public_formulas_held_out.py).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 11

The kinds of claim, as the batch was built to have more updates and gradients than batch 10 (66 of 110,
60%): 44 values (forward passes, losses, local derivatives such as dL/da and da/dz, worked numbers), 8
deltas (dL/dz), 26 gradients (dL/dW, dL/db), 32 updates; 5 of them typos (1 value, 1 gradient, 3
updates). Half the batch is plain text or code rather than LaTeX (makslo's and Hmago's Python, mlhive's
and Hmago's printed rules, juejin's flattened text, the PDF text of Gad's slides). 20 formulas are
mistaken somewhere (the oracle finds at least one member wrong): Hmago's "simplified" XOR updates (the
sigmoid's slope left out, factors 0.1 put in; 7), sreekanth9999's dL/da_2 = a_2 - y and every number
that follows from it (0.138, 0.069, 0.4931; 11 in its two versions), adilce009's dL/dw_2 = -1.394 (the
true value -1.39746), and the Gad update with + for -.

Blind, once, on 2026-12-03 at main 605b083 (the batch's commit rebased onto it first): 53 of 110 read with
every verdict right (48%); 46 refused that should have been read; 6 misread, every one a right formula
judged wrong; the 5 typos refused, but none for its typo (all five are refused first for the page's
notation); no crash; NO WRONG FORMULA CALLED CORRECT. Read right or rightly refused: 58 of 110 (53%). Of
the 20 mistaken formulas, 13 were read with every verdict right (every wrong member of sreekanth9999's
two versions, adilce009's -1.394 and Gad's + sign called wrong, their right members right), 7 refused
(Hmago's XOR updates, for the notation). By kind of claim: values 25 of 44 read, deltas 4 of 8,
gradients 16 of 26, updates 8 of 32. LaTeX against plain text: the 59 formulas in LaTeX read 49 (83%),
the 51 in plain text or code 4 (8%). By page: adilce009 20 of 20, sreekanth9999 16 of 16 (both versions),
gauravreddy08 6 of 10, makslo 4 of 20, dudung 2 of 5, ghassem 1 of 2, nathanieldake 1 of 2, PedroNJorge,
waynetran and the Nemotron copy of Gad's slides 1 of 1; Hmago 0 of 23, mlhive, milestonemade and the
pdfslide copy of Gad's slides 0; juejin's 5 typos refused. (The table by kind was tabulated afterwards
from a second call of blind_batch.measure on the same commit, entry by entry the same outcomes.)

The refusals by construct:

- 22: a Python attribute as a pattern's name, ``"self.x" = "x[0]"``, ``"self.h1" = "a1[0]"`` (Hmago's class
  writes ``dL_dw1 = dL_dz1 * self.x``, ``self.W2[0] -= self.learning_rate * error * self.h1 * 0.1``): the
  notation itself is refused ("[notation] symbols.'self.x': unexpected at '.' (position 5); write a symbol
  such as O_{k}^{1}"), so every formula of the page is (hmago-z1 ... hmago-b2-update, hmago-xor-*; the
  XOR table's ``"self.W1[0][0]"``, ``"inputs[0]"`` would have met the same question: a code name with an
  index in brackets).
- 8: a plain-text name the notation gives the new value, ``"w5_new" = "new(W2[0, 0])"``: ``w5_new =
  w5-eta*de_dw5`` is refused as "w5_{new}: w5 is not a parameter, so it has no new or old value"
  (makslo-w1-new ... makslo-w8-new): the subscript new is taken as the update's mark before the
  notation's pattern is looked at, and w5 alone (a plain name) is not taken for the parameter it names.
- 4: derivatives of a layer's vector by a matrix or vector written whole, as gauravreddy08's notes do:
  the chain ``\frac{\partial \mathcal{L}}{\partial W^{L-1}} = \frac{\partial \mathcal{L}}{\partial
  a^{L-1}} \cdot \frac{\partial a^{L-1}}{\partial z^{L-1}} \cdot \frac{\partial z^{L-1}}{\partial
  W^{L-1}}``, ``\frac{\partial a^{L-1}}{\partial z^{L-1}} = \text{ReLU}'(z^{L-1})`` and ``\frac{\partial
  z^{L-1}}{\partial W^{L-1}} = (a^{L-2})^T`` ("differentiates a vector by a vector (a Jacobian); write one
  entry"; gaurav-dW-hidden-chain, -relu-slope, -dz-dW-hidden), and ``\frac{\partial z^L}{\partial W^L} =
  a^{L-1}`` ("'a^{L-1}' is 3 x 1 where the left side is 1 x 3"; gaurav-dz-dW). The page's final rules,
  ``(\hat{y} - y) \cdot (a^{L-1})^T`` and ``\left( W^L \right)^T (\hat{y} - y) \odot \text{ReLU}'(z^{L-1})
  \cdot (a^{L-2})^T``, read.
- 2: Python's module functions, ``1/(1+math.exp(-net_h1))`` ("expected ')' to close the parenthesis at
  '.'") and ``0.5*math.pow((t1-out_o1),2)`` ("unexpected at '.'"; makslo-out-h1, makslo-e-total), though
  the notation names ``functions = { "math.exp" = "exp" }``.
- 2: a plain-text name with an underscore inside a word as the notation's learning rate or parameter,
  ``learning_rate = ["learning_rate"]`` and ``parameter = ["Weight_new", "Weight_old"]``: the formula's
  ``learning_rate`` is read as learning_{rate} and matches nothing ("unknown symbol learning_{rate}";
  mlhive-rule; "unknown symbol Weight"; hmago-rule), where ``out_h1`` as a [notation.symbols] pattern reads.
- 2: \tag before a definition with \equiv, ``$$\tag{A4}\n\delta^l_j \equiv \frac{\partial C}{\partial
  z^l_j}\n$$`` ("has no left side"; dudung-delta-definition, dudung-output-delta).
- 2: Unicode mathematical bold italic letters from a PDF's text, ``"𝑿1" = "x[0]"``: the notation is
  refused ("cannot read '𝑿' at position 1"; gad-sop, gad-sop-numbers; the bold digits ``𝟎. 𝟏`` of the
  second are not reached).
- 1 each: TeX's brace-less ``\frac12`` ("expected '{' after \frac at '12'"; dudung-cost); a sum sign with
  no index over the one output, ``E_{\text {total}}=\sum \frac{1}{2}(\text {target}-\text {output})^{2}``
  ("a sum without its index letter, whose term has no free index"; ghassem-total-error); ``\sum_ix_iw_i``,
  the index and the term glued ("unexpected at '_'"; nathaniel-logit); ``\newcommand`` macros in the
  display before the formula ("cannot read '#'"; milestone-network).
- the 5 typos (juejin.cn's flattened fractions) are refused for the notation's ``"gt1" = "y[0]"`` ("is not
  one symbol; write a base with an optional subscript and superscript"), where ``"i1"``, ``"w5"`` and
  ``"t1"`` read in makslo's notation; tried afterwards without the gt lines, they are refused for their
  typos ("unknown symbol r" in Error, "expected '/' in ∂L/∂w at '\partial'").

The misreadings (6, all makslo, a right formula judged wrong): ``net_h1 = w1*i1+w2*i2+b1``, ``net_h2``,
and ``de_dw1`` ... ``de_dw4`` are judged wrong because a plain ``w1`` is read through the notation's
``"w1_new" = "new(W1[0, 0])"``, as the new value w1 - eta dL/dw1 (check's formula shows ``-eta*... +
W1[0, 0]`` for w1). Tried afterwards with the ``*_new`` lines left out of the notation, all six read
correct: apparently a pattern with a literal subscript (``w1_new``) matches the symbol without it (``w1``).

What the spec could not express, which a page needed: a code name with a dot or an index in brackets
(``self.w1``, ``self.W2[0]``, ``inputs[0]``) as a pattern's base (the spec's base is a letter, a Greek letter,
a decorated letter or a name); a function of two arguments other than log (``math.pow(u, 2)``: ``functions``
maps names to the functions of symbols.md only); the derivative of the loss by whatever parameter
``--param`` names (mlhive's ``gradient``, Hmago's ``Gradient``: the tables bind it to ``grad(W2[0, 0])``, one
weight, with --param W2[0,0]); a layer's function as a function (milestonemade's ``n_2(n_1(\text{input}))``);
letters of Unicode's mathematical alphanumerics (the spec does not say whether 𝑿 is the letter X); and a
claim that holds in one case of the data (sreekanth9999's ``L = -\log(1 - a_2)`` "since y = 0", its
``\frac{da_1}{dz_1} = 1`` since z_1 > 0: ``--when`` names classes only), which the batch leaves out.
``grad(...)`` and ``new(...)``, which the tables use, are the project's (docs/notation.md), not the spec's.

After the LaTeX families were read as general rules (branch b11tex, tests/test_reading_constructs_batch11tex.py,
each family with other letters, layers and brackets, right and one-change wrong against the oracle), blind_batch
11 on 2026-12-03 (the branch on main 0e946fe) gives 63 of 110 read (57%; 53 blind, 54 at main 0e946fe, whose
diagonal dA/dZ, made for batch 10, reads gaurav-relu-slope), 36 refused, the same 6
misread (makslo's plain w1, left to the plain-text work), the 5
typos refused, no crash, no wrong formula called correct; read or rightly refused 68 (62%). LaTeX 57 of 59 (49
blind), plain text and code 6 of 51 (Gad's PDF letters); values 32 of 44, deltas 6 of 8, gradients 17 of 26,
updates 8 of 32. Now read: gauravreddy08's four whole-vector derivatives (a diagonal Jacobian, da/dz of an
element-wise activation, as the vector of its diagonal, its product with a vector entry by entry; dz/dW as the
row (a^{l-1})^T, outer with a diagonal; a derivative by a vector a row or a column, as the page's layout has it),
dudung's \equiv definitions under \tag and his \frac12, nathanieldake's \sum_ix_iw_i (TeX's one-token subscript
where a run would give x two subscripts), and Gad's bold italic letters and bold digits (𝟎. 𝟏 is 0.1). Still
refused: ghassem's ``\sum \frac{1}{2}(\text {target}-\text {output})^{2}``, a sum without an index whose term has
no free letter and is a number (over the outputs, here one, or over the step's samples? the term cannot say,
so a bare sum is read only over exactly one free letter of its term), and milestonemade's
display, whose \newcommand macros are now expanded, but whose ``n_2(n_1(\text{input}))`` is a layer's function as a
function, which the spec cannot express ("unknown symbol n_{2}").

After the plain-text and code families were fixed by general rules (branch b11code,
tests/test_reading_constructs_batch11code.py, each with other letters, names and forms, right and one-change wrong
against the oracle; docs/notation.md, "Code's names" and "plain text as code writes it"): on that branch before the
LaTeX families, 93 of 110 read (85%); rebased onto main 63c9695, with them, 103 of 110 read with every verdict
right (94%), 2 refused, the 5 typos refused for their typos (``∂w5∂Error``: "expected '/' in ∂L/∂w";
``Error(y1)=2(...)2``: "unknown symbol r"), no misreading, no crash, no wrong formula called correct; read or
rightly refused 108 (98%). Plain text and code: 46 of 51 read, the 5 typos rightly refused (4 of 51 before, 6 after
the LaTeX families alone). makslo 20 of 20 (w1 beside ``"w1_new"`` is W1[0,0]: the n of new was a placeholder of
the default indices that no meaning uses, so the pattern counted as one whose only index is a sample's and bare w1
took its meaning; now a subscript with anything literal is never dropped so, and a name with digits no pattern
reads bare is the letters with the digits as subscript, ``"w1"``, where the notation names that; ``w5_new`` reads
through its line, and without it as w5 marked new; ``math.exp``, ``math.pow(u, 2)``), Hmago 23 of 23 (dotted names
and code's indices as a pattern's base and subscript, ``# comments``, ``**``, ``-=``; ``Weight_new`` of
``parameter`` and ``Learning_Rate`` read whole), mlhive 1 of 1 (``learning_rate``); juejin's ``"gt1"`` is gt_{1},
as ``"t1"`` is t_{1}. Still refused, both LaTeX: ghassem's bare sum over a number and milestonemade's layer's
function as a function (see the paragraph above).

After the gaps helper's fixes (branch gaps, tests/test_reading_constructs_gaps.py, each with other letters and
forms, right and one-change wrong against the oracle; docs/notation.md): 105 of 110 read with every verdict right
(95%), the 5 typos refused for their typos, no misreading, no crash, no wrong formula called correct; read or
rightly refused 110 of 110. ghassem's bare sum reads where the left side is the loss: the sample's loss is a sum
over its outputs (here one), never over the samples (batch 7's ``\frac{\partial L}{\partial b}=\Sigma
(\hat{y}-y)`` stays refused); milestonemade's ``n_2(n_1(\text{input}))`` reads through a line its table gained,
``functions = { n = "layer" }`` (n_l(u) layer l's map of u), which the spec could not say; without it the
formula is refused saying how to name n. What the spec could not express and the batch left out now reads too:
the word ``gradient`` where the notation gives it no meaning (\nabla L by the updated or --param's parameter),
and a case in words after a claim (``L = -\log(1 - a_2)`` since y = 0: judged at points whose target is 0; an
inequality such as z_1 > 0 is refused).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import RELU_SLOPE, SIGMOID_SLOPE, deltas, pre_activations
from public_formulas_batch11_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_GAURAV = "https://github.com/gauravreddy08/everything-from-scratch (notes/MLP.md)"
_PEDRO = "https://github.com/PedroNJorge/numpy-mlp-from-scratch (docs/index.md)"
_ADIL = "https://github.com/adilce009/adilce009.github.io (_posts/backpropagation.md)"
_MAKSLO = "https://github.com/makslo/backpropagation_example (backprop.py)"
_HMAGO = ("https://github.com/Hmago/mahine_learning (05_deep_learning/01_neural_network_fundamentals/"
          "06_backpropagation.md)")
_GHASSEM = "https://ask.ghassem.com/612/update-weights-backpropagation-algorithm-numerical-example"
_JUEJIN = "https://juejin.cn/post/7263266542888042555"
_WAYNETRAN = "https://waynetran.github.io/LearningHub/topics/backpropagation.html"
_NATHANIEL = "https://www.nathanieldake.com/Deep_Learning/01-Neural_Networks-03-Backpropagation-Calculations.html"
_MLHIVE = "https://mlhive.com/playground/deep-learning/backpropagation"
_MILESTONE = "https://www.milestonemade.com/building-with-neurons/book/Chapter1.html"
_GAD_SLIDES = ("https://pdfslide.tips/amp/education/backpropagation-understanding-how-to-update-anns-weights-step-by-"
               "step.html")
_SREE = "https://github.com/sreekanth9999/Interview_Prep (simple_nn_calculation.md)"
_SREE_DRAFT = "https://github.com/sreekanth9999/Interview_Prep (simple_nn_calculation)"
_DUDUNG = "https://github.com/dudung/python (src/stepin/intermediate/network/error_propagation.md)"
_GAD_NEMOTRON = f"{_NEMOTRON} (Backpropagation: Understanding How to Update ANNs Weights Step-by-Step)"

_I2 = ({"i": 0}, {"i": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_JK = tuple({"j": j, "k": k} for j in range(3) for k in range(2))

# the networks' error terms dL/dz (tables of batch 10: deltas)
_MLP_D = deltas((3, 1), "a2[0] - y[0]", RELU_SLOPE)
_MLP_W1 = tuple({**jk, "m": f"{_MLP_D[1][jk['j']]}*x[{jk['k']}]"} for jk in _JK)
_MK_D = deltas((2, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_TOY_OUT = "-2*(y[0] - a2[0])"
_HM_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_HM_D1 = f"{_HM_D2}*W2[0,0]*a1[0]*(1 - a1[0])"
_NIELSEN_D = deltas((3, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_SREE_D1 = "(a2[0] - y[0])*W2[0,0]*Heaviside(z1[0])"


def _update(target: str, values: tuple = ({},)) -> Twin:
    """An update rule whose member is the truth: the parameter less eta times its gradient."""
    return Twin("update", target, (f"{target} - eta*grad",), values)


ENTRIES: list[Public] = [
    # ---- gauravreddy08's notes: layer L = 2 (sigmoid, binary cross-entropy), a ReLU layer L - 1, a^{L-2} = x ----
    Public("gaurav-dWL-chain", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^L} = \\frac{\\partial \\mathcal{L}}{\\partial a^L} \\cdot"
           " \\frac{\\partial a^L}{\\partial z^L} \\cdot \\frac{\\partial z^L}{\\partial W^L}\n$$", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=11),
    Public("gaurav-output-error", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial a^L} \\cdot \\frac{\\partial a^L}{\\partial z^L} = \\hat{y} -"
           " y\n$$", ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=11,
           why="the left side a product of two derivatives: dL/dz^L, the sigmoid and the cross-entropy's"),
    Public("gaurav-zL", _GAURAV, "b11_mlp_notes", "b11_mlp_notes", "$$\nz^L = W^L a^{L-1} + b^L\n$$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]",)),), batch=11),
    Public("gaurav-dz-dW", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial z^L}{\\partial W^L} = a^{L-1}\n$$", ((C,),),
           (Twin("value", "a1[{k}]", ("a1[{k}]",), _K3),), batch=11),
    Public("gaurav-dWL", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^L} = (\\hat{y} - y) \\cdot (a^{L-1})^T\n$$", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=11),
    Public("gaurav-dW-hidden-chain", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^{L-1}} = \\frac{\\partial \\mathcal{L}}{\\partial a^{L-1}}"
           " \\cdot \\frac{\\partial a^{L-1}}{\\partial z^{L-1}} \\cdot \\frac{\\partial z^{L-1}}{\\partial"
           " W^{L-1}}\n$$",
           ((C,),), (Twin("gradient", "W1[{j},{k}]", ("{m}",), _MLP_W1),), batch=11),
    Public("gaurav-dL-da-hidden", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial a^{L-1}} = \\frac{\\partial \\mathcal{L}}{\\partial z^L}"
           " \\cdot"
           " \\frac{\\partial z^L}{\\partial a^{L-1}} = (\\hat{y} - y) \\cdot W^L\n$$", ((C, C),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("(a2[0] - y[0])*W2[0,{j}]",) * 2, _J3),), batch=11,
           why="dL/da^{L-1}, entry j: W^L written for its transpose, as a row"),
    Public("gaurav-relu-slope", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial a^{L-1}}{\\partial z^{L-1}} = \\text{ReLU}'(z^{L-1})\n$$", ((C,),),
           (Twin("value", "Heaviside(z1[{j}])", ("Heaviside(z1[{j}])",), _J3),), batch=11),
    Public("gaurav-dz-dW-hidden", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial z^{L-1}}{\\partial W^{L-1}} = (a^{L-2})^T\n$$", ((C,),),
           (Twin("value", "x[{k}]", ("x[{k}]",), _K2),), batch=11),
    Public("gaurav-dW-hidden", _GAURAV, "b11_mlp_notes", "b11_mlp_notes",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W^{L-1}} = \\left( W^L \\right)^T (\\hat{y} - y) \\odot"
           " \\text{ReLU}'(z^{L-1}) \\cdot (a^{L-2})^T\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", ("{m}",), _MLP_W1),), batch=11),
    # ---- PedroNJorge's docs: the error term's definition --------------------------------------------------------
    Public("pedro-delta", _PEDRO, "b11_mlp_notes", "b11_pedro",
           "$$\n\\delta^{[l]} = \\frac{\\partial \\mathcal{L}}{\\partial z^{[l]}}\n$$", ((C,),),
           (Twin("gradient_z", "{v}", ("{m}",), tuple({"v": f"z{layer}[{j}]", "m": _MLP_D[layer][j]}
                                                      for layer, count in ((1, 3), (2, 1)) for j in range(count))),),
           batch=11, why="a rule over the layer l; delta^{[l]} the vector of layer l"),
    # ---- adilce009's toy examples: plain numbers, \text{new}, \to for the update, ReLU' -------------------------
    Public("adil-model", _ADIL, "b11_toy_linear", "b11_toy_linear", "\\[\n  \\hat{y} = w \\cdot x\n  \\]", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=11),
    Public("adil-loss", _ADIL, "b11_toy_linear", "b11_toy_linear", "\\[\n  L = (y - \\hat{y})^2\n  \\]", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=11),
    Public("adil-forward", _ADIL, "b11_toy_linear", "b11_toy_linear", "\\[\n\\hat{y} = 3 \\cdot 2 = 6\n\\]", ((C, C),),
           (Twin("value", "a1[0]", ("=3*2", "=6")),), batch=11),
    Public("adil-loss-numbers", _ADIL, "b11_toy_linear", "b11_toy_linear", "\\[\nL = (10 - 6)^2 = 16\n\\]",
           ((C, C),), (Twin("value", "(y[0] - a1[0])**2", ("=(10 - 6)**2", "=16")),), batch=11),
    Public("adil-chain", _ADIL, "b11_toy_linear", "b11_toy_linear",
           "\\[\n\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial"
           " \\hat{y}}{\\partial w}\n\\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a1[0])*x[0]",)),), batch=11),
    Public("adil-dL-dyhat", _ADIL, "b11_toy_linear", "b11_toy_linear",
           "\\(\\frac{\\partial L}{\\partial \\hat{y}} = -2(y - \\hat{y}) = -8\\)", ((C, C),),
           (Twin("value", "-2*(y[0] - a1[0])", ("-2*(y[0] - a1[0])", "=-8")),), batch=11),
    Public("adil-dyhat-dw", _ADIL, "b11_toy_linear", "b11_toy_linear",
           "\\(\\frac{\\partial \\hat{y}}{\\partial w} = x = 2\\)", ((C, C),),
           (Twin("value", "x[0]", ("x[0]", "=2")),), batch=11),
    Public("adil-gradient", _ADIL, "b11_toy_linear", "b11_toy_linear",
           "\\[\n\\frac{\\partial L}{\\partial w} = -16\n\\]", ((C,),), (Twin("gradient", "W1[0,0]", ("=-16",)),),
           batch=11),
    Public("adil-update", _ADIL, "b11_toy_linear", "b11_toy_linear",
           "\\[\nw_{\\text{new}} = 3 - 0.1(-16) = 4.6\n\\]", ((C, C),),
           (Twin("update", "W1[0,0]", ("=3 - 0.1*(-16)", "=4.6")),), batch=11),
    Public("adil-output", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers", "\\[\n  \\hat{y} = w_2 h\n  \\]", ((C,),),
           (Twin("value", "a2[0]", ("W2[0,0]*a1[0]",)),), batch=11),
    Public("adil-yhat-numbers", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers",
           "\\(\\hat{y} = -1.0 \\cdot 0.622 = -0.622\\)", ((C, C),),
           (Twin("value", "a2[0]", ("=-1.0*0.622", "=-0.622")),), batch=11),
    Public("adil-loss-1259", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers",
           "\\(L = (0.5 - (-0.622))^2 \\approx 1.259\\)", ((C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("=(0.5 - (-0.622))**2", "=1.259")),), batch=11,
           why="1.259 for 1.25992: one unit in the last digit, right"),
    Public("adil-dL-dyhat-2244", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers",
           "\\(\\frac{\\partial L}{\\partial \\hat{y}} = -2(y - \\hat{y}) = -2.244\\)", ((C, C),),
           (Twin("value", _TOY_OUT, (_TOY_OUT, "=-2.244")),), batch=11),
    Public("adil-dL-dw2", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers",
           "\\(\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot h = -1.394\\)",
           ((C, W),), (Twin("gradient", "W2[0,0]", (f"{_TOY_OUT}*a1[0]", "=-1.394")),), batch=11,
           why="-1.394 where the true value is -1.39746 (-2.244 times 0.622 is -1.396)"),
    Public("adil-dL-dw1", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers",
           "\\[\n  \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot w_2 \\cdot"
           " \\sigma'(z_1) \\cdot x\n  \\]", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_TOY_OUT}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=11),
    Public("adil-sigma-prime", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers",
           "\\(\\sigma'(z_1) = \\sigma(z_1)(1-\\sigma(z_1)) \\approx 0.235\\)", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))", "=0.235")),), batch=11),
    Public("adil-w2-update", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers", "\\(w_2 \\to -0.861\\)", ((C,),),
           (Twin("update", "W2[0,0]", ("=-0.861",)),), batch=11, why="-0.861 for -0.86025: one unit off, right"),
    Public("adil-w1-update", _ADIL, "b11_toy_sigmoid", "b11_toy_two_layers", "\\(w_1 \\to 0.447\\)", ((C,),),
           (Twin("update", "W1[0,0]", ("=0.447",)),), batch=11),
    Public("adil-relu-hidden", _ADIL, "b11_toy_relu", "b11_toy_two_layers", "\\[\nh = \\max(0, w_1 x)\n\\]", ((C,),),
           (Twin("value", "a1[0]", ("np.maximum(0, W1[0,0]*x[0])",)),), batch=11),
    Public("adil-relu-dw1", _ADIL, "b11_toy_relu", "b11_toy_two_layers",
           "\\[\n\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot w_2 \\cdot"
           " \\text{ReLU}'(z_1) \\cdot x\n\\]", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_TOY_OUT}*W2[0,0]*Heaviside(z1[0])*x[0]",)),), batch=11),
    # ---- makslo's backprop.py: the step-by-step example in plain Python, one bias per layer ---------------------
    Public("makslo-net-h1", _MAKSLO, "b11_makslo", "b11_makslo", "net_h1 = w1*i1+w2*i2+b1", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),), batch=11),
    Public("makslo-net-h2", _MAKSLO, "b11_makslo", "b11_makslo", "net_h2 = w3*i1+w4*i2+b1", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1] + b1",)),), batch=11),
    Public("makslo-out-h1", _MAKSLO, "b11_makslo", "b11_makslo", "out_h1 = 1/(1+math.exp(-net_h1))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=11),
    Public("makslo-e-total", _MAKSLO, "b11_makslo", "b11_makslo",
           "e_total = 0.5*math.pow((t1-out_o1),2)+0.5*math.pow((t2-out_o2),2)", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2", ("0.5*(y[0] - a2[0])**2 + 0.5*(y[1] -"
                                                                            " a2[1])**2",)),), batch=11,
           why="math.pow(u, 2), Python's power: the notation can name math.exp as exp, but no function of"
               " symbols.md is a power of two arguments"),
    Public("makslo-de-dw5", _MAKSLO, "b11_makslo", "b11_makslo", "de_dw5 = (out_o1-t1)*out_o1*(1-out_o1)*out_h1",
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_MK_D[2][0]}*a1[0]",)),), batch=11),
    Public("makslo-w5-new", _MAKSLO, "b11_makslo", "b11_makslo", "w5_new = w5-eta*de_dw5", ((C,),),
           (_update("W2[0,0]"),), batch=11),
    Public("makslo-de-dw7", _MAKSLO, "b11_makslo", "b11_makslo", "de_dw7 = (out_o2-t2)*out_o2*(1-out_o2)*out_h1",
           ((C,),), (Twin("gradient", "W2[1,0]", (f"{_MK_D[2][1]}*a1[0]",)),), batch=11),
    Public("makslo-de-dw1", _MAKSLO, "b11_makslo", "b11_makslo",
           "de_dw1 = (((out_o1-t1)*out_o1*(1-out_o1)*w5)+((out_o2-t2)*out_o2*(1-out_o2)*w7))*out_h1*(1-out_h1)*i1",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_MK_D[1][0]}*x[0]",)),), batch=11),
    Public("makslo-w1-new", _MAKSLO, "b11_makslo", "b11_makslo", "w1_new = w1-eta*de_dw1", ((C,),),
           (_update("W1[0,0]"),), batch=11),
    Public("makslo-de-dw4", _MAKSLO, "b11_makslo", "b11_makslo",
           "de_dw4 = (((out_o1-t1)*out_o1*(1-out_o1)*w6)+((out_o2-t2)*out_o2*(1-out_o2)*w8))*out_h2*(1-out_h2)*i2",
           ((C,),), (Twin("gradient", "W1[1,1]", (f"{_MK_D[1][1]}*x[1]",)),), batch=11),
    Public("makslo-de-dw2", _MAKSLO, "b11_makslo", "b11_makslo",
           "de_dw2 = (((out_o1-t1)*out_o1*(1-out_o1)*w5)+((out_o2-t2)*out_o2*(1-out_o2)*w7))*out_h1*(1-out_h1)*i2",
           ((C,),), (Twin("gradient", "W1[0,1]", (f"{_MK_D[1][0]}*x[1]",)),), batch=11),
    Public("makslo-de-dw6", _MAKSLO, "b11_makslo", "b11_makslo", "de_dw6 = (out_o1-t1)*out_o1*(1-out_o1)*out_h2",
           ((C,),), (Twin("gradient", "W2[0,1]", (f"{_MK_D[2][0]}*a1[1]",)),), batch=11),
    Public("makslo-de-dw8", _MAKSLO, "b11_makslo", "b11_makslo", "de_dw8 = (out_o2-t2)*out_o2*(1-out_o2)*out_h2",
           ((C,),), (Twin("gradient", "W2[1,1]", (f"{_MK_D[2][1]}*a1[1]",)),), batch=11),
    Public("makslo-w7-new", _MAKSLO, "b11_makslo", "b11_makslo", "w7_new = w7-eta*de_dw7", ((C,),),
           (_update("W2[1,0]"),), batch=11),
    Public("makslo-w4-new", _MAKSLO, "b11_makslo", "b11_makslo", "w4_new = w4-eta*de_dw4", ((C,),),
           (_update("W1[1,1]"),), batch=11),
    Public("makslo-de-dw3", _MAKSLO, "b11_makslo", "b11_makslo",
           "de_dw3 = (((out_o1-t1)*out_o1*(1-out_o1)*w6)+((out_o2-t2)*out_o2*(1-out_o2)*w8))*out_h2*(1-out_h2)*i1",
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_MK_D[1][1]}*x[0]",)),), batch=11),
    Public("makslo-w2-new", _MAKSLO, "b11_makslo", "b11_makslo", "w2_new = w2-eta*de_dw2", ((C,),),
           (_update("W1[0,1]"),), batch=11),
    Public("makslo-w3-new", _MAKSLO, "b11_makslo", "b11_makslo", "w3_new = w3-eta*de_dw3", ((C,),),
           (_update("W1[1,0]"),), batch=11),
    Public("makslo-w6-new", _MAKSLO, "b11_makslo", "b11_makslo", "w6_new = w6-eta*de_dw6", ((C,),),
           (_update("W2[0,1]"),), batch=11),
    Public("makslo-w8-new", _MAKSLO, "b11_makslo", "b11_makslo", "w8_new = w8-eta*de_dw8", ((C,),),
           (_update("W2[1,1]"),), batch=11),
    # ---- Hmago's notes: a Python class's attributes, # comments, -= for the update --------------------------------
    Public("hmago-z1", _HMAGO, "b11_hmago", "b11_hmago", "z1 = x * self.w1 + self.b1", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=11),
    Public("hmago-loss", _HMAGO, "b11_hmago", "b11_hmago", "loss = 0.5 * (self.a2 - target) ** 2", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=11),
    Public("hmago-dL-da2", _HMAGO, "b11_hmago", "b11_hmago", "dL_da2 = self.a2 - target  # Derivative of MSE",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=11,
           why="dL_da2 the derivative by the output, as the name says; the comment is the line's"),
    Public("hmago-dL-dz2", _HMAGO, "b11_hmago", "b11_hmago", "dL_dz2 = dL_da2 * da2_dz2  # Chain rule", ((C,),),
           (Twin("gradient_z", "z2[0]", (_HM_D2,)),), batch=11, why="da2_dz2 = sigmoid_derivative(z2), as the code"
                                                                     " defines it"),
    Public("hmago-dL-dw2", _HMAGO, "b11_hmago", "b11_hmago", "dL_dw2 = dL_dz2 * self.a1  # Weight gradient", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_HM_D2}*a1[0]",)),), batch=11),
    Public("hmago-dL-db2", _HMAGO, "b11_hmago", "b11_hmago", "dL_db2 = dL_dz2            # Bias gradient", ((C,),),
           (Twin("gradient", "b2[0]", (_HM_D2,)),), batch=11),
    Public("hmago-dL-da1", _HMAGO, "b11_hmago", "b11_hmago", "dL_da1 = dL_dz2 * self.w2  # Error flowing back",
           ((C,),), (Twin("value", f"{_HM_D2}*W2[0,0]", (f"{_HM_D2}*W2[0,0]",)),), batch=11),
    Public("hmago-dL-dz1", _HMAGO, "b11_hmago", "b11_hmago", "dL_dz1 = dL_da1 * da1_dz1  # Chain rule", ((C,),),
           (Twin("gradient_z", "z1[0]", (_HM_D1,)),), batch=11),
    Public("hmago-dL-dw1", _HMAGO, "b11_hmago", "b11_hmago", "dL_dw1 = dL_dz1 * self.x   # Weight gradient", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_HM_D1}*x[0]",)),), batch=11),
    Public("hmago-w1-update", _HMAGO, "b11_hmago", "b11_hmago", "self.w1 -= self.learning_rate * dL_dw1", ((C,),),
           (_update("W1[0,0]"),), batch=11),
    Public("hmago-dL-db1", _HMAGO, "b11_hmago", "b11_hmago", "dL_db1 = dL_dz1            # Bias gradient", ((C,),),
           (Twin("gradient", "b1[0]", (_HM_D1,)),), batch=11),
    Public("hmago-b1-update", _HMAGO, "b11_hmago", "b11_hmago", "self.b1 -= self.learning_rate * dL_db1", ((C,),),
           (_update("b1[0]"),), batch=11),
    Public("hmago-w2-update", _HMAGO, "b11_hmago", "b11_hmago", "self.w2 -= self.learning_rate * dL_dw2", ((C,),),
           (_update("W2[0,0]"),), batch=11),
    Public("hmago-b2-update", _HMAGO, "b11_hmago", "b11_hmago", "self.b2 -= self.learning_rate * dL_db2", ((C,),),
           (_update("b2[0]"),), batch=11),
    Public("hmago-rule", _HMAGO, "b11_hmago", "b11_hmago_rule", "Weight_new = Weight_old - Learning_Rate × Gradient",
           ((C,),), (_update("W2[0,0]"),), param="W2[0,0]", batch=11,
           why="the printed rule, for the weight --param names (Gradient its dL/dw)"),
    Public("hmago-xor-W2-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.W2[0] -= self.learning_rate * error * self.h1 * 0.1", ((W,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*(a2[0] - y[0])*a1[0]*0.1",)),), batch=11,
           why="the page's 'simplified' step: the sigmoid's slope left out, a factor 0.1 put in"),
    Public("hmago-xor-b2-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.b2 -= self.learning_rate * error * 0.1", ((W,),),
           (Twin("update", "b2[0]", ("b2[0] - eta*(a2[0] - y[0])*0.1",)),), batch=11),
    Public("hmago-xor-W1-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.W1[0][0] -= self.learning_rate * h_error1 * inputs[0] * 0.1", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a2[0] - y[0])*W2[0,0]*0.1*x[0]*0.1",)),), batch=11,
           why="h_error1 = error * self.W2[0] * 0.1, as the code defines it: both slopes left out"),
    Public("hmago-xor-W2-h2-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.W2[1] -= self.learning_rate * error * self.h2 * 0.1", ((W,),),
           (Twin("update", "W2[0,1]", ("W2[0,1] - eta*(a2[0] - y[0])*a1[1]*0.1",)),), batch=11),
    Public("hmago-xor-W1-x2-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.W1[0][1] -= self.learning_rate * h_error1 * inputs[1] * 0.1", ((W,),),
           (Twin("update", "W1[0,1]", ("W1[0,1] - eta*(a2[0] - y[0])*W2[0,0]*0.1*x[1]*0.1",)),), batch=11),
    Public("hmago-xor-W1-h2-x1-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.W1[1][0] -= self.learning_rate * h_error2 * inputs[0] * 0.1", ((W,),),
           (Twin("update", "W1[1,0]", ("W1[1,0] - eta*(a2[0] - y[0])*W2[0,1]*0.1*x[0]*0.1",)),), batch=11),
    Public("hmago-xor-W1-h2-x2-update", _HMAGO, "b11_hmago_xor", "b11_hmago_xor",
           "self.W1[1][1] -= self.learning_rate * h_error2 * inputs[1] * 0.1", ((W,),),
           (Twin("update", "W1[1,1]", ("W1[1,1] - eta*(a2[0] - y[0])*W2[0,1]*0.1*x[1]*0.1",)),), batch=11),
    Public("hmago-xor-loss", _HMAGO, "b11_hmago_xor", "b11_hmago_xor", "loss = 0.5 * (prediction - target) ** 2",
           ((C,),), (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=11),
    # ---- sreekanth9999's interview notes: one ReLU unit, one sigmoid output, the binary cross-entropy, y = 0 ----
    Public("sree-hidden", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\nz_1 = x \\cdot w_1 = 1.0 \\cdot 0.5 = 0.5 \\\\\n\na_1 = \\text{ReLU}(z_1) = 0.5\n$$",
           ((C, C, C), (C, C)),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0]", "=1.0*0.5", "=0.5")),
            Twin("value", "a1[0]", ("np.maximum(0, z1[0])", "=0.5"))), batch=11),
    Public("sree-output", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\nz_2 = a_1 \\cdot w_2 = 0.5 \\cdot 0.5 = 0.25 \\\\\n\na_2 = \\text{Sigmoid}(z_2) = \\frac{1}{1 +"
           " e^{-0.25}}"
           " \\approx 0.562\n$$", ((C, C, C), (C, C, C)),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0]", "=0.5*0.5", "=0.25")),
            Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.25))", "=0.562"))), batch=11),
    Public("sree-loss", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\nL = -\\left[y \\cdot \\log(a_2) + (1 - y) \\cdot \\log(1 - a_2)\\right]\n$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=11),
    Public("sree-dL-da2", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\n\\frac{dL}{da_2} = a_2 - y = 0.562 - 0 = 0.562\n$$", ((W, W, W),),
           (Twin("value", "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))", ("a2[0] - y[0]", "=0.562 - 0", "=0.562")),), batch=11,
           why="a_2 - y is dL/dz_2; dL/da_2 = 1/(1 - a_2) = 2.284 at y = 0"),
    Public("sree-sigmoid-slope", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\n\\frac{da_2}{dz_2} = a_2 (1 - a_2) = 0.562 \\cdot 0.438 \\approx 0.246\n$$", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.562*0.438", "=0.246")),), batch=11),
    Public("sree-dL-dz2", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\n\\frac{dL}{dz_2} = \\frac{dL}{da_2} \\cdot \\frac{da_2}{dz_2} = 0.562 \\cdot 0.246 \\approx 0.138\n$$",
           ((C, W, W),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.562*0.246", "=0.138")),), batch=11,
           why="the chain is right; its numbers take a_2 - y for dL/da_2 (the true dL/dz_2 is 0.562)"),
    Public("sree-dL-dw2", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\n\\frac{dL}{dw_2} = \\frac{dL}{dz_2} \\cdot \\frac{dz_2}{dw_2} = 0.138 \\cdot a_1 = 0.138 \\cdot 0.5 ="
           " 0.069\n$$", ((C, W, W, W),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "0.138*a1[0]", "=0.138*0.5", "=0.069")),), batch=11),
    Public("sree-dL-da1", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\n\\frac{dL}{da_1} = \\frac{dL}{dz_2} \\cdot w_2 = 0.138 \\cdot 0.5 = 0.069\n$$", ((C, W, W),),
           (Twin("value", "(a2[0] - y[0])*W2[0,0]", ("(a2[0] - y[0])*W2[0,0]", "=0.138*0.5", "=0.069")),), batch=11),
    Public("sree-dL-dw1", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\n\\frac{dL}{dw_1} = \\frac{dL}{dz_1} \\cdot x = 0.069 \\cdot 1.0 = 0.069\n$$", ((C, W, W),),
           (Twin("gradient", "W1[0,0]", (f"{_SREE_D1}*x[0]", "=0.069*1.0", "=0.069")),), batch=11),
    Public("sree-w2-update", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\nw_2 = w_2 - \\eta \\cdot \\frac{dL}{dw_2} = 0.5 - 0.1 \\cdot 0.069 = 0.4931\n$$", ((C, W, W),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad", "=0.5 - 0.1*0.069", "=0.4931")),), batch=11,
           why="0.5 - 0.1 * 0.069 follows w_2 - eta dL/dw_2: 0.5 is w_2 and 0.1 eta, copied, but 0.069 stands for"
               " dL/dw_2, which is (a_2 - y) a_1 = 0.5622 * 0.5 = 0.2811 (PyTorch), not 0.069; 0.4931 is not the true"
               " 0.4719 either"),
    Public("sree-w1-update", _SREE, "b11_sreekanth", "b11_sreekanth",
           "$$\nw_1 = w_1 - \\eta \\cdot \\frac{dL}{dw_1} = 0.5 - 0.1 \\cdot 0.069 = 0.4931\n$$", ((C, W, W),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.5 - 0.1*0.069", "=0.4931")),), batch=11,
           why="0.5 - 0.1 * 0.069 follows w_1 - eta dL/dw_1: 0.5 is w_1 and 0.1 eta, copied, but 0.069 stands for"
               " dL/dw_1, which is (a_2 - y) a_1 = 0.5622 * 0.5 = 0.2811 (PyTorch), not 0.069; 0.4931 is not the true"
               " 0.4719 either"),
    # ---- sreekanth9999's first version of the notes: names without subscripts (a2, dw2) ----------------------------
    Public("sree-draft-dL-da2", _SREE_DRAFT, "b11_sreekanth", "b11_sreekanth_draft",
           "$$\n\\frac{dL}{da2} = \\frac{a2 - y}{a2 \\cdot (1 - a2)} \\cdot a2 \\cdot (1 - a2) = a2 - y\n$$", ((W, W),),
           (Twin("value", "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))", ("a2[0] - y[0]",) * 2),), batch=11,
           why="dL/da2 is (a2 - y)/(a2 (1 - a2)); times the sigmoid's slope it is dL/dz2"),
    Public("sree-draft-dL-da2-number", _SREE_DRAFT, "b11_sreekanth", "b11_sreekanth_draft",
           "$$\n\\frac{dL}{da2} = 0.562 - 0 = 0.562\n$$", ((W, W),),
           (Twin("value", "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))", ("=0.562 - 0", "=0.562")),), batch=11),
    Public("sree-draft-dL-dz2", _SREE_DRAFT, "b11_sreekanth", "b11_sreekanth_draft",
           "$$\n\\frac{dL}{dz2} = \\frac{dL}{da2} \\cdot \\frac{da2}{dz2} = 0.562 \\cdot 0.246 \\approx 0.138\n$$",
           ((C, W, W),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.562*0.246", "=0.138")),), batch=11),
    Public("sree-draft-dL-dw2-chain", _SREE_DRAFT, "b11_sreekanth", "b11_sreekanth_draft",
           "$$\n\\frac{dL}{dw2} = \\frac{dL}{dz2} \\cdot \\frac{dz2}{dw2}\n$$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),), batch=11),
    Public("sree-draft-dL-dw2", _SREE_DRAFT, "b11_sreekanth", "b11_sreekanth_draft",
           "$$\n\\frac{dL}{dw2} = 0.138 \\cdot 0.5 = 0.069\n$$", ((W, W),),
           (Twin("gradient", "W2[0,0]", ("=0.138*0.5", "=0.069")),), batch=11),
    # ---- dudung's notes: Nielsen's letters, \tag, \equiv, \frac12, "\ " between factors ------------------------------
    Public("dudung-cost", _DUDUNG, "b11_nielsen", "b11_dudung", "$$\\tag{A1}\nC = \\frac12 \\sum_j (y_j - a^L_j)^2\n$$",
           ((C,),), (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] -"
                                                                                 " a2[1])**2)/2",)),), batch=11),
    Public("dudung-weighted-input", _DUDUNG, "b11_nielsen", "b11_dudung",
           "$$\\tag{A2}\nz_j^l = b_j^l + \\sum_k w_{jk}^l \\ a_k^{l-1}\n$$", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((3, 2), 2)),), batch=11,
           why="the input layer is layer 1 (Nielsen's counting): l = 2, 3"),
    Public("dudung-activation", _DUDUNG, "b11_nielsen", "b11_dudung", "$$\\tag{A3}\na^l_j = \\sigma(z_j^l)\n$$",
           ((C,),), (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), tuple(
               {"l": layer, "j": j} for layer, count in ((1, 3), (2, 2)) for j in range(count))),), batch=11),
    Public("dudung-delta-definition", _DUDUNG, "b11_nielsen", "b11_dudung",
           "$$\\tag{A4}\n\\delta^l_j \\equiv \\frac{\\partial C}{\\partial z^l_j}\n$$", ((C,),),
           (Twin("gradient_z", "{v}", ("{m}",), tuple({"v": f"z{layer}[{j}]", "m": _NIELSEN_D[layer][j]}
                                                      for layer, count in ((1, 3), (2, 2)) for j in range(count))),),
           batch=11),
    Public("dudung-output-delta", _DUDUNG, "b11_nielsen", "b11_dudung",
           "$$\\tag{A6}\n\\delta^L_j \\equiv \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), ({"j": 0}, {"j": 1})),),
           batch=11),
    # ---- ask.ghassem.com: the question's hint -----------------------------------------------------------------------
    Public("ghassem-update", _GHASSEM, "b11_ghassem", "b11_ghassem",
           "$w_{new} = w_{old} - \\alpha \\frac{\\partial E}{\\partial w}$", ((C,),), (_update("W2[0,0]"),),
           param="W2[0,0]", batch=11, why="w any weight: here w5"),
    Public("ghassem-total-error", _GHASSEM, "b11_ghassem", "b11_ghassem",
           "$E_{\\text {total}}=\\sum \\frac{1}{2}(\\text {target}-\\text {output})^{2}$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=11,
           why="a sum over the one output"),
    # ---- juejin.cn: the page's MathML flattened into text (fractions and powers lost) -----------------------------
    Public("juejin-error-typo", _JUEJIN, "b11_juejin", "b11_juejin", "Error(y1)=2(gt1−g(y1))2", unreadable="2",
           batch=11, why="1/2 (gt1 - g(y1))^2 with the fraction bar and the power lost: 2(...)2"),
    Public("juejin-w5-chain-typo", _JUEJIN, "b11_juejin", "b11_juejin",
           "∂w5∂Error(y1)=∂f(yy1)∂Error(y1)×∂y1∂f(y1)×∂w5∂y1", unreadable="∂", batch=11,
           why="every fraction flattened, denominator first: any reading is a guess"),
    Public("juejin-w5-update-typo", _JUEJIN, "b11_juejin", "b11_juejin", "w5+=w5−η∂w5∂Error(y1)", unreadable="∂",
           batch=11, why="w5^+ = w5 - eta dError/dw5, its fraction flattened"),
    Public("juejin-w6-update-typo", _JUEJIN, "b11_juejin", "b11_juejin", "w6+=w6−η∂w6∂Error(y2)", unreadable="∂",
           batch=11),
    Public("juejin-w1-update-typo", _JUEJIN, "b11_juejin", "b11_juejin", "w1+=w1−η∂w1∂ Error", unreadable="∂",
           batch=11, why="the sum of both outputs' errors, Error, its fraction flattened"),
    # ---- waynetran.github.io, nathanieldake.com, mlhive.com, milestonemade.com -------------------------------------
    Public("waynetran-update", _WAYNETRAN, "b11_two_layer", "b11_waynetran",
           "$$w \\leftarrow w - \\eta \\, \\frac{\\partial L}{\\partial w}$$", ((C,),), (_update("W2[0,0]"),),
           param="W2[0,0]", batch=11),
    Public("nathaniel-logit", _NATHANIEL, "b11_logistic_unit", "b11_nathanieldake",
           "$$logit = z = b + \\sum_ix_iw_i$$", ((C, C),),
           (Twin("value", "z1[0]", ("z1[0]", "b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1]")),), batch=11),
    Public("nathaniel-output", _NATHANIEL, "b11_logistic_unit", "b11_nathanieldake",
           "$$output = y = \\frac{1}{1+e^{-z}}$$", ((C, C),),
           (Twin("value", "a1[0]", ("a1[0]", "1/(1 + exp(-z1[0]))")),), batch=11),
    Public("mlhive-rule", _MLHIVE, "b11_two_layer", "b11_mlhive", "new_weight = old_weight - learning_rate * gradient",
           ((C,),), (_update("W2[0,0]"),), param="W2[0,0]", batch=11,
           why="the playground's plain-text rule, for one connection"),
    Public("milestone-network", _MILESTONE, "b11_neuron_chain", "b11_milestone",
           "\\[ \\newcommand{\\alignThreeEqs}[4][=]{{#2} #1 & {#3} & #1 {#4}\\\\}\\newcommand{\\alignTwoEqs}[3][=]{#2"
           " & #1 & #3\\\\} N = n_2(n_1(\\text{input})) = \\text{prediction} \\]", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "a2[0]")),), batch=11,
           why="the page's macros defined in the display before the formula; n_1, n_2 the neurons as functions"),
    # ---- Ahmed Gad's slides: the PDF's bold italic letters and bold digits, ∗ for the product ---------------------
    Public("gad-sop", _GAD_SLIDES, "b11_gad", "b11_gad", "𝒔 = 𝑿1 ∗ 𝑾1 + 𝑿2 ∗ 𝑾2 + 𝒃", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=11),
    Public("gad-sop-numbers", _GAD_SLIDES, "b11_gad", "b11_gad", "𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑", ((C,),),
           (Twin("value", "z1[0]", ("=0.1*0.5 + 0.3*0.2 + 1.83",)),), batch=11,
           why="bold digits, and a space after each decimal point, as the PDF's text has them"),
    Public("gad-update-sign", _GAD_NEMOTRON, "b11_gad", "b11_gad_update",
           "\\[ W_{\\text{new}} = W_{\\text{old}} + \\eta \\cdot \\frac{\\partial E}{\\partial W} \\]", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*grad",), _I2),), batch=11,
           why="+ where the step goes down the gradient"),
]
