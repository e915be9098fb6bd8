r"""Batch 10 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 16 pages no earlier batch used, copied verbatim, typos and mistakes included, each with
the notation a teacher would write for the page under shared/spec/notation.md, a network of the kind the
page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch10_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them before check was. ``unreadable`` marks a formula the
page mistyped so that any reading would be a guess: a correct reader refuses it in one line. A vector
value's twin is a rule over its entries ({j}); its members of numbers are judged whole, entry by entry
(tests/test_public_formulas_held_out.py).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 10

The kinds of claim, as the batch was built to have more updates and gradients than batch 9: 32 values
(forward passes, losses, local derivatives, the delta rule's steps Delta w; 8 of them with members of
numbers), 10 deltas (dL/dz), 12 gradients (dL/dW, dL/db), 10 updates, and 4 typos; 2 formulas are
mistaken (the oracle finds the perceptron page's rule without the sigmoid's slope wrong); every number the
pages write is right.

Blind, once, on 2026-12-03 at main 660322e: 25 of 68 read with every verdict right (37%); the 4 typos
refused, but only one for its typo (basaga-mse-typo; the three others are refused first for a construct
of their page); 37 refused that should have been read; 2 crashes; no misreading, no wrong formula called
correct. Read right or rightly refused: 29 of 68 (43%). By kind of claim: values 16 of 32 read (of them,
members of numbers 4 of 8), deltas 1 of 10, gradients 2 of 12, updates 6 of 10. By page: the three
Nemotron delta-rule pages, compphysics and kircerta read 20 of 21; seven pages read nothing. The refusals
by construct:

- 9: a name with a digit as a pattern's base, ``"W1_{ij}" = "W1[j, i]"`` (the cs231n notebook's
  ``\mathit{W2_{00}}``, ``\mathit{h1_0}``, ``\mathit{b2_0}``): the notation itself is refused ("an
  indicator's condition must be a comparison at '_'", W times 1_{ij}), so every formula of the page is
  (cs231n-*, its typo too). Tried afterwards with ``"\\mathit{W1}_{ij}"`` and ``"{W1}_{ij}"``: refused as
  well ("unexpected at '_'"); no pattern names W2_{00}.
- 7: basaga's plain text, the layer in parentheses after the letter, ``z(1)``, ``a(1)``, ``W(l)``, ``b(l)``
  ("z matches none of the notation's patterns for z ('z_{j}^{(l)}')"; basaga-z1, -a1, -z2, -weight-update,
  -bias-update), and ``.`` for the product, ``(a(2) - y) . sigmoid'(z(2))`` ("unexpected at '.'";
  basaga-delta2, -delta1).
- 5: plain text's bracketed layer without a caret, ``dZ[2] = A[2] - Y``, read as a subscript (dZ_{2}, no
  pattern ``"dZ_{j}^{[l]}"``; dlai-dZ2, -dZ1-chain, -dZ2-dA1, -dA1-dZ1), and with a caret but no braces,
  ``dZ^[1]`` ("unexpected at ']'"; dlai-dZ1-transpose).
- 4: ``\mbox{Gradient descent: }`` and the like before the formula ("the command \mbox is not part of a
  formula check can read"; mostlyvoid-*).
- 3: a sample's loss with its superscript outside a sum, ``J^{(i)}`` (the table's loss = ["J", "J^{(i)}"];
  "unknown symbol i"; qikaigu-sample-loss, -dJ-dyhat, -dJ-dz), where J(w, b) with its sum over i = 1..m
  reads (qikaigu-cost).
- 2: Ng's gradient names ``dW^{[l]}`` ("unknown symbol d"; a notation has no quantity to give dL/dW as a
  meaning; understanding-dW2, movedesign-dW; understanding-dW1-typo is refused for it too, not for its
  X^{[T]}).
- 2: the physics package's ``\pdv{e(w)}{S_j^{(\ell)}}`` (ashwin-gradient, ashwin-output-delta;
  ashwin-delta-typo is refused for it too, before its s_i).
- 2: a rule over the layer letter that reaches a layer where the right side names nothing: the page's
  inductive step ``\delta_{i}^{(\ell -1)} = \sum_j \delta_j^{(\ell)} ...`` is run up to l = 3 ("unknown
  name 'delta3'"; ashwin-delta), and ``z_{j}^{(l)}=h^{(l)}(a_{j}^{(l)})`` at l = 0, where the table's
  ``"z_{i}^{(0)}" = "x[i-1]"`` names the input and a^{(0)} nothing (notesonai-unit).
- 1 each: a sum's bound naming the size of layer l - 1, ``\sum_{i=0}^{d^{(\ell -1 )}}`` ("the index \ell
  has no value"; ashwin-forward); ``{\space}`` ("unexpected at '}'"; understanding-cost); a row of numbers
  times a column where the left side is a number, ``\hat{y} = ... = \begin{pmatrix} 0.5 & -0.3
  \end{pmatrix}\begin{pmatrix} 0.1 \\ 1.0 \end{pmatrix}`` ("a vector or matrix where the left side is
  a number"; kircerta-yhat).
- crashes (tests/test_public_formulas_held_out.py holds them as strict expected failures): ``dZ^{[1]} =
  W^{[2]T} dZ^{[2]} g^{[1]'}(Z^{[1]})`` raises SymPy's NonSquareMatrixError (reading_symbols._apply;
  understanding-dZ1), and the update ``w_{ij}^{(\ell)}(t+1) = ...`` raises re.error "bad escape \e"
  (homework_cases.letter_unit puts the letter \ell in a regular expression; bigtex-update).

The pages write the layer as \ell (ashwinreddy, bigtex); a pattern's placeholder is a letter of
``indices``, so their tables write l, as a teacher must.

Blind again at main f81b162 (batch 8's fixes), after rebasing onto it: the same 25 of 68, entry by entry,
with the same messages.

The two crashes were then fixed, as crashes, by the lead (neither construct is read yet): both are
one-line refusals, and the batch's test holds every entry to no crash.

After the fixes of this session's batch-10 helper: 53 of 68 read (78%), no misreading, no wrong formula
called correct, the 4 typos each refused for its typo. Built as families (tests/test_reading_constructs_batch10.py):
the layer in parentheses z(1) and ``.`` for the product (basaga-z1 had been judged wrong: z(1) read as the
output's z times 1), a name with digits as a pattern's base, ``\mbox{Label: }``, ``\pdv``, Ng's ``dW^{[l]}``
through the new meaning ``grad(W{l}[j, k])`` (the techqa and movedesign tables gained that line, which no
table could write before) and plain ``dZ[2]``, ``J^{(i)}`` outside a sum, ``g^{[1]'}``, ``{\space}``, a 1 x 1
where the left side is a number, and code's ``dZ^[1]``, ``.T`` and ``0.``. Still refused: cs231n's rows times
input-first matrices (h1, scores) and ``\nabla loss(scores)``; ashwin's sum bound, bracketed gradient and
inductive step; Ng's plain quotients ``dZ[2]/dA[1]`` (dZ a name there: a derivative or dZ over d times A) and
the Jacobian ``dA[1]/dZ[1]``; bigtex's step ``w_{ij}^{(\ell)}(t+1)`` (a superscript before the step);
notesonai-unit (read at main 605b083, 54 of 68).

After the b10rest helper's fixes: 63 of 68 read (93%), no misreading, no wrong formula called correct, the 4 typos
each refused for its typo. Built as families (tests/test_reading_constructs_batch10c.py): a vector written as a
row (cs231n-h1, -scores), a rule over layers written with ``\ell`` whose left side is the bias unit's 1 at j = 0,
its sum bound ``d^{(\ell-1)}`` running over the units as the spec says (ashwin-forward, ashwin-delta), the step
after a superscript (bigtex-update), Ng's plain quotients of names where the quotient of what is written cannot
be read (dlai-dZ2-dA1; refused as two readings where the notation names dA or d too), a diagonal Jacobian as the
vector of its diagonal (dlai-dA1-dZ1, and so dlai-dZ1-chain), and ``\nabla loss(scores)`` by the loss's one
argument (cs231n-db2-vector). Still refused: ashwin-gradient, ``\nabla_w e(w) = [ \pdv{e(w)}{w_{ij}^{(\ell)}} ]``,
a bracket meaning the matrix of its entry over letters the left side does not name (which letters index which
axis, and over which layers bare w runs, would be a guess); write the rule for one entry,
``\pdv{e(w)}{w_{ij}^{(\ell)}} = ...``.

After the gaps helper's fixes (branch gaps, tests/test_reading_constructs_gaps.py): 64 of 68 read (94%), the 4
typos each refused for its typo, no misreading, no wrong formula called correct. ashwin-gradient reads: a
gradient by a bare letter given by its entry, ``\nabla_w e(w) = [\pdv{e(w)}{w_{ij}^{(\ell)}}]``, is a rule for
that entry, every member after it the entry's for every i, j and layer; which axis each letter indexes never
needs deciding, as each member is judged entry by entry.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import (NETWORKS, NOTATIONS, RELU_SLOPE, SIGMOID_SLOPE, TANH_SLOPE, deltas,
                                            gradients, pre_activations)
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_CS231N = "https://github.com/g-eoj/cs231n (cs231n-two-layer-backprop-math.ipynb)"
_ASHWIN = ("https://github.com/ashwinreddy/wiki (Computer-Science/Artificial-Intelligence/Machine-Learning/"
           "Backpropagation.md)")
_TECHQA = "https://math.techqa.club/understanding-the-equations-of-backpropagation-2827437"
_MOVEDESIGN = ("https://wiki.movedesign.de/doku.php?do=export_xhtml&id=data_mining%3Aneural_network%3Adeep_neural"
               "_nets")
_DLAI_EXPLAIN = "https://community.deeplearning.ai/t/could-someone-help-explain-about-this-to-me/336971"
_DLAI_DZ1 = "https://community.deeplearning.ai/t/derivation-of-dz-1/24551"
_BASAGA = "https://basaga.org/basaga_files/backprop-demo/backprop-demo-single-values.html"
_KIRCERTA = "https://www.kircerta.com/posts/science/neural-network-lifecycle"
_COMPPHYSICS = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs014.html"
_BIGTEX = "https://banana-projects-bigtex.static.hf.space/index.html"
_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_ERROR_MIN = f"{_NEMOTRON} (Error Minimization in Neural Networks: The Delta Rule)"
_IN_DELTA = f"{_NEMOTRON} (In Delta Rule for Error Minimization)"
_DELTA_LEARNING = f"{_NEMOTRON} (Delta Learning Rule)"
_NOTESONAI = "https://notesonai.com/backpropagation"
_QIKAIGU = "https://qikaigu.com/derivation-of-gradients-for-logistic-regression"
_MOSTLYVOID = "https://cfs.mostlyvoid.xyz/search?q=binary+cross+entropy+derivation&source=relatedQueries"

_I2 = ({"i": 0}, {"i": 1})
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})


def _rule(kind: str, members: int, values: tuple, target: str = "{p}") -> Twin:
    """A general rule whose every member is the truth at each of ``values`` ({"p": ..., "m": ...})."""
    member = "{p} - eta*({m})" if kind == "update" else "{m}"
    return Twin(kind, target, (member,) * members, values)


# the networks' error terms dL/dz and gradients (tables.deltas, tables.gradients)
_CS231N_OUT = "a2[{j}] - t[{j}]"
_CS231N_D = deltas((2, 3), _CS231N_OUT, RELU_SLOPE)
_LFD_D = deltas((3, 1), "(a2[0] - y[0])*(1 - a2[0]**2)", TANH_SLOPE)
_LFD_G = gradients((3, 1), 2, "(a2[0] - y[0])*(1 - a2[0]**2)", TANH_SLOPE)
_NG_NOBIAS_D = deltas((3, 1), "a2[0] - y[0]", SIGMOID_SLOPE)
_NG_DEEP_G = tuple(g for g in gradients((3, 2, 1), 2, "a3[0] - y[0]", RELU_SLOPE) if g["p"][0] == "W")
_NG_TANH_D = deltas((3, 1), "a2[0] - y[0]", TANH_SLOPE)
_BASAGA_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_BASAGA_D = deltas((2, 1), _BASAGA_OUT, SIGMOID_SLOPE)
_BASAGA_G = gradients((2, 1), 2, _BASAGA_OUT, SIGMOID_SLOPE)
_CHAIN_G = gradients((1, 1, 1), 1, "(a3[0] - y[0])*a3[0]*(1 - a3[0])", SIGMOID_SLOPE)
_TWO_LAYERS_G = tuple(g for g in gradients((3, 2), 2, "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
                      if g["p"][0] == "W")
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_LOGISTIC_DZ = "a1[0] - y[0]"


def _by(name: str, values: tuple) -> tuple:
    return tuple(value for value in values if value["p"].startswith(name))


ENTRIES: list[Public] = [
    # ---- g-eoj's cs231n notebook: \mathit names with digits (W1_{00}), rows times input-first matrices, ReLU --
    Public("cs231n-h1", _CS231N, "b10_cs231n", "b10_cs231n",
           "$\\mathit{h1} = \n\\max(0, \\mathit{x} \\mathit{W1} + \\mathit{b1}) = \n\\max (0, \\begin{bmatrix}16 & -6"
           "\\end{bmatrix} \\begin{bmatrix}0.18 & 0.04 \\\\ 0.1 & 0.22\\end{bmatrix} + \\begin{bmatrix}0 & 0\\end{bmatrix})"
           " = \n\\max (0, \\begin{bmatrix}2.28 & -0.68\\end{bmatrix}) = \n\\begin{bmatrix}2.28 & 0\\end{bmatrix}$",
           ((C, C, C, C),),
           (Twin("value", "a1[{j}]", ("np.maximum(0, W1 @ x + b1)[{j}]",
                                      "=np.maximum(0, np.array([16, -6]) @ np.array([[0.18, 0.04], [0.1, 0.22]]) +"
                                      " np.array([0, 0]))", "=np.maximum(0, np.array([2.28, -0.68]))",
                                      "=np.array([2.28, 0])"), _J2),), batch=10,
           why="x a row times the page's input-first W1 (ours is its transpose)"),
    Public("cs231n-scores", _CS231N, "b10_cs231n", "b10_cs231n",
           "$\\mathit{scores} = \n\\mathit{h1} \\mathit{W2} + \\mathit{b2} = \n\\begin{bmatrix}2.28 & 0\\end{bmatrix}"
           " \\begin{bmatrix}0.19 & -0.1 & 0.1 \\\\ -0.02 & -0.01 & 0.04\\end{bmatrix} + \\begin{bmatrix}0. & 0. & 0."
           "\\end{bmatrix} = \n\\begin{bmatrix}0.4332 & -0.228 & 0.228\\end{bmatrix}$", ((C, C, C),),
           (Twin("value", "z2[{j}]", ("(W2 @ a1 + b2)[{j}]",
                                      "=np.array([2.28, 0]) @ np.array([[0.19, -0.1, 0.1], [-0.02, -0.01, 0.04]]) +"
                                      " np.array([0., 0., 0.])", "=np.array([0.4332, -0.228, 0.228])"), _J3),), batch=10,
           why="the zeros of b2 written 0. as NumPy prints them"),
    Public("cs231n-loss", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\nloss(scores) &= -(0)\\log{(\\frac{e^{0.4332}}{e^{0.4332} + e^{-0.228} + e^{0.228}})}"
           " \\\\\n&+ -(0)\\log{(\\frac{e^{-0.228}}{e^{0.4332} + e^{-0.228} + e^{0.228}})} \\\\\n&+ -(1)\\log{(\\frac"
           "{e^{0.228}}{e^{0.4332} + e^{-0.228} + e^{0.228}})} \\\\\n&= 1.051375468504\n\\end{align*}$$", ((C, C),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))",
                 ("=-(0)*np.log(np.exp(0.4332)/(np.exp(0.4332) + np.exp(-0.228) + np.exp(0.228))) - (0)*np.log("
                  "np.exp(-0.228)/(np.exp(0.4332) + np.exp(-0.228) + np.exp(0.228))) - (1)*np.log(np.exp(0.228)/("
                  "np.exp(0.4332) + np.exp(-0.228) + np.exp(0.228)))", "=1.051375468504")),), batch=10,
           why="rows continued by &+ (a sum spread over three rows); y = 2, trueprob = [0, 0, 1]"),
    Public("cs231n-dW2-chain", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\n\\frac{\\partial{loss}}{\\partial{\\mathit{W2_{00}}}}\n&= \\frac{\\partial{loss}}{\\partial"
           "{scores_0}} \\frac{\\partial{scores_0}}{\\partial{\\mathit{W2_{00}}}} + 0 + 0\\\\\n&= \\frac{\\partial{loss}}"
           "{\\partial{scores_0}} \\frac{\\partial{}}{\\partial{\\mathit{W2_{00}}}}(\\mathit{h1_0} \\mathit{W2_{00}} +"
           " \\mathit{h1_1} \\mathit{W2_{10}} + \\mathit{b2_0}) \\\\\n&= \\frac{\\partial{loss}}{\\partial{scores_0}}"
           "(\\mathit{h1_0}).\n\\end{align*}$$", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - t[0])*a1[0]",) * 3),), batch=10),
    Public("cs231n-dW2-three-paths", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\n\\frac{\\partial{loss}}{\\partial{\\mathit{W2_{00}}}}\n&= \n\\frac{\\partial{loss}}{\\partial"
           "{scores_0}} \\frac{\\partial{scores_0}}{\\partial{\\mathit{W2_{00}}}} +\n\\frac{\\partial{loss}}{\\partial"
           "{scores_1}} \\frac{\\partial{scores_1}}{\\partial{\\mathit{W2_{00}}}} +\n\\frac{\\partial{loss}}{\\partial"
           "{scores_2}} \\frac{\\partial{scores_2}}{\\partial{\\mathit{W2_{00}}}} \\\\\n&= \\frac{\\partial{loss}}"
           "{\\partial{scores_0}} \\frac{\\partial{}}{\\partial{\\mathit{W2_{00}}}}(\\mathit{h1_0} \\mathit{W2_{00}} +"
           " \\mathit{h1_1} \\mathit{W2_{10}} + \\mathit{b2_0}) \\\\\n&+ \\frac{\\partial{loss}}{\\partial{scores_1}}"
           " \\frac{\\partial{}}{\\partial{\\mathit{W2_{00}}}}(\\mathit{h1_0} \\mathit{W2_{01}} + \\mathit{h1_1}"
           " \\mathit{W2_{11}} + \\mathit{b2_1}) \\\\\n&+ \\frac{\\partial{loss}}{\\partial{scores_2}} \\frac{\\partial{}}"
           "{\\partial{\\mathit{W2_{00}}}}(\\mathit{h1_0} \\mathit{W2_{02}} + \\mathit{h1_1} \\mathit{W2_{12}} +"
           " \\mathit{b2_2}) \\\\\n&= \\frac{\\partial{loss}}{\\partial{scores_0}} \\frac{\\partial{scores_0}}{\\partial"
           "{\\mathit{W2_{00}}}} + 0 + 0\n\\end{align*}$$", ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - t[0])*a1[0]",) * 3),), batch=10,
           why="the notes' version, every path written; the page's W2_{01} joins h1_0 to scores_1"),
    Public("cs231n-db2-chain", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\n\\frac{\\partial{loss}}{\\partial{\\mathit{b2_{0}}}}\n&= \\frac{\\partial{loss}}{\\partial"
           "{scores_0}} \\frac{\\partial{scores_0}}{\\partial{\\mathit{b2_{0}}}} + 0 + 0\\\\\n&= \\frac{\\partial{loss}}"
           "{\\partial{scores_0}} \\frac{\\partial{}}{\\partial{\\mathit{b2_{0}}}}(\\mathit{h1_0} \\mathit{W2_{00}} +"
           " \\mathit{h1_1} \\mathit{W2_{10}} + \\mathit{b2_0}) \\\\\n&= \\frac{\\partial{loss}}{\\partial{scores_0}}(1)."
           "\n\\end{align*}$$", ((C, C, C),),
           (Twin("gradient", "b2[0]", ("a2[0] - t[0]",) * 3),), batch=10),
    Public("cs231n-db2-vector", _CS231N, "b10_cs231n", "b10_cs231n",
           "$\\frac{\\partial{loss}}{\\partial{\\mathit{b2}}} = \n\\begin{bmatrix} \n\\frac{\\partial{loss}}{\\partial"
           "{scores_0}} &\n\\frac{\\partial{loss}}{\\partial{scores_1}} &\n\\frac{\\partial{loss}}{\\partial{scores_2}}\n"
           "\\end{bmatrix}\n= \\nabla loss(scores).$", ((C, C),),
           (Twin("gradient", "b2[{j}]", (_CS231N_OUT,) * 2, _J3),), batch=10,
           why="nabla loss(scores): the gradient by the scores, as the page defines it"),
    Public("cs231n-dW1-chain", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\n\\frac{\\partial{loss}}{\\partial{\\mathit{W1_{00}}}}\n&= \\frac{\\partial{loss}}{\\partial"
           "{M_0}} \\frac{\\partial{M_0}}{\\partial{\\mathit{W1_{00}}}} + 0\\\\\n&= \\frac{\\partial{loss}}{\\partial{M_0}}"
           " \\frac{\\partial{}}{\\partial{\\mathit{W1_{00}}}}(\\mathit{x_0} \\mathit{W1_{00}} + \\mathit{x_1}"
           " \\mathit{W1_{10}} + \\mathit{b1_0}) \\\\\n&= \\frac{\\partial{loss}}{\\partial{M_0}}(\\mathit{x_0}).\n"
           "\\end{align*}$$", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_CS231N_D[1][0]}*x[0]",) * 3),), batch=10,
           why="M = x W1 + b1, the ReLU's input"),
    Public("cs231n-db1-chain", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\n\\frac{\\partial{loss}}{\\partial{\\mathit{b1_{0}}}}\n&= \\frac{\\partial{loss}}{\\partial"
           "{M_0}} \\frac{\\partial{M_0}}{\\partial{\\mathit{b1_{0}}}} + 0 \\\\\n&= \\frac{\\partial{loss}}{\\partial{M_0}}"
           " \\frac{\\partial{}}{\\partial{\\mathit{b1_{0}}}}(\\mathit{x_0} \\mathit{W1_{00}} + \\mathit{x_1}"
           " \\mathit{W1_{10}} + \\mathit{b1_0}) \\\\\n&= \\frac{\\partial{loss}}{\\partial{M_0}}(1).\n\\end{align*}$$",
           ((C, C, C),), (Twin("gradient", "b1[0]", (_CS231N_D[1][0],) * 3),), batch=10),
    Public("cs231n-dW2-matrix-typo", _CS231N, "b10_cs231n", "b10_cs231n",
           "$$\\begin{align*}\n\\frac{\\partial{loss}}{\\partial{\\mathit{W2}}} \n&= \n\\begin{bmatrix} \n\\frac{\\partial"
           "{loss}}{\\partial{scores_0}}(\\mathit{h1_0}) &\n\\frac{\\partial{loss}}{\\partial{scores_1}}(\\mathit{h1_0}) &"
           "\n\\frac{\\partial{loss}}{\\partial{scores_2}}(\\mathit{h1_0}) \\\\\n\\frac{\\partial{loss}}{\\partial{scores_0}}"
           "(\\mathit{h1_1}) &\n\\frac{\\partial{loss}}{\\partial{scores_1}}(\\mathit{h1_1}) &\n\\frac{\\partial{loss}}"
           "{\\partial{scores_2}}(\\mathit{h1_1})\n\\end{bmatrix} \\\\\n&= \\begin{bmatrix} \\mathit{h1_0} \\\\"
           " \\mathit{h1_2} \\end{bmatrix} \n\\begin{bmatrix} \\frac{\\partial{loss}}{\\partial{scores_0}} & \\frac"
           "{\\partial{loss}}{\\partial{scores_1}} & \\frac{\\partial{loss}}{\\partial{scores_2}} \\end{bmatrix} \\\\\n"
           "&= \\mathit{h1}^\\mathsf{T} \\nabla loss.\n\\end{align*}$$", unreadable="h1", batch=10,
           why="h1_2 for h1_1: the hidden layer has units 0 and 1 only"),
    # ---- ashwinreddy's wiki: Learning From Data's x_0 = 1, w_{ij}^{(\ell)} input-first, \pdv, S for the sum -----
    Public("ashwin-forward", _ASHWIN, "b10_lfd_tanh", "b10_ashwin",
           "\\begin{align*}\nx_j^{(\\ell)} &= g\\left( \\sum_{i=0}^{d^{(\\ell -1 )}} w_{ij}^{(\\ell)} x_i^{(\\ell -1)}"
           "\\right) \\\\\n&= g\\left(S_j^{(\\ell)}\\right).\n\\end{align*}", ((C, C),),
           (Twin("value", "{a}", ("tanh({m})", "tanh({v})"), tuple(
               {**value, "a": value["v"].replace("z", "a")} for value in pre_activations((3, 1), 2))),), batch=10,
           why="as the wiki renders it (its Markdown escapes \\_, \\^, \\* and \\\\\\\\ removed); d^{(l)} the units of"
               " layer l, i = 0 the bias unit x_0 = 1"),
    Public("ashwin-gradient", _ASHWIN, "b10_lfd_tanh", "b10_ashwin",
           "\\begin{align*}\n\\nabla_w e(w) &= \\left[ \\pdv{e(w)}{w_{ij}^{(\\ell)}} \\right] \\\\\n&= \\pdv{e(w)}"
           "{S_j^{(\\ell)}}\\times\\pdv{S_j^{(\\ell)}}{w_{ij}^{(\\ell)}} \\\\\n&= \\delta_j^{(\\ell)} x_{i}^{(\\ell -1)}\n"
           "\\end{align*}", ((C, C, C),), (_rule("gradient", 3, _LFD_G),), batch=10,
           why="every weight w_ij^(l), i = 0 its bias (x_0 = 1); \\pdv is the physics package's derivative"),
    Public("ashwin-output-delta", _ASHWIN, "b10_lfd_tanh", "b10_ashwin",
           "\\begin{equation}\n\\pdv{e(w)}{S_1^{(L)}} = \\pdv{}{S_1^{(L)}} \\left [ \\frac{1}{2}\\left( g(S_1^{(L)}) - y"
           " \\right)^2 \\right ],\n\\end{equation}", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(tanh(z2[0]) - y[0])*(1 - tanh(z2[0])**2)",)),), batch=10),
    Public("ashwin-delta-typo", _ASHWIN, "b10_lfd_tanh", "b10_ashwin",
           "\\begin{align*}\n\\delta_{i}^{(\\ell - 1)} &= \\pdv{e(w)}{s_i^{\\ell -1 }}  \\\\\n&= \\sum_j \\pdv{e(w)}"
           "{S_j^{(\\ell)}} \\pdv{S_j^{(\\ell)}}{x_i^{(\\ell -1)}} \\pdv{x_i^{(\\ell -1)}}{S_i^{(\\ell - 1)}}\n"
           "\\end{align*}", unreadable="s", batch=10, why="s_i^{l-1} for S_i^{(l-1)}: no s anywhere on the page"),
    Public("ashwin-delta", _ASHWIN, "b10_lfd_tanh", "b10_ashwin",
           "\\begin{align}\n\\delta_{i}^{(\\ell -1)} &= \\sum_j \\delta_j^{(\\ell)} w_{ij}^{(\\ell)} g'\\left(S_i^{(\\ell -"
           " 1)}\\right) \\\\\n&= g'\\left(S_i^{(\\ell - 1)}\\right) \\sum_j w_{ij}^{(\\ell)} \\delta_{j}^{(\\ell)}\n"
           "\\end{align}", ((C, C),), (Twin("gradient_z", "z1[{i}]", ("{m}",) * 2, tuple(
               {"i": i, "m": _LFD_D[1][i]} for i in range(3))),), batch=10,
           why="the inductive step: l - 1 a hidden layer"),
    # ---- math.techqa 2827437: Ng's equations without biases, \space, A^{[1]T}, g^{[1]'} ---------------------------
    Public("understanding-dZ2", _TECHQA, "b10_ng_nobias", "b10_techqa", "$dZ^{[2]} = A^{[2]} - y$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=10),
    Public("understanding-dW2", _TECHQA, "b10_ng_nobias", "b10_techqa",
           "$dW^{[2]} = 1 / m \\space\\space dZ^{[2]}\\space A^{[1]T}$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=10,
           why="dW the gradient by W, as the page says; one sample (m = 1)"),
    Public("understanding-dZ1", _TECHQA, "b10_ng_nobias", "b10_techqa", "$dZ^{[1]} = W^{[2]T} dZ^{[2]} g^{[1]'}(Z^{[1]})$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", ("{m}",), tuple({"j": j, "m": _NG_NOBIAS_D[1][j]}
                                                                    for j in range(3))),), batch=10),
    Public("understanding-dW1-typo", _TECHQA, "b10_ng_nobias", "b10_techqa",
           "$dW^{[1]} = 1/m \\space\\space dZ^{[1]} \\space X^{[T]}$", unreadable="T", batch=10,
           why="X^{[T]}, a layer T, for the transpose X^T"),
    Public("understanding-cost", _TECHQA, "b10_ng_nobias", "b10_techqa",
           "$E = - (1/m {\\space}[y \\log a^{[2]} + (1 - y) \\log(1 - a^{[2]})])$", ((C,),),
           (Twin("value", _BCE.replace("a1", "a2"), (_BCE.replace("a1", "a2"),)),), batch=10),
    # ---- wiki.movedesign.de: Ng's notation as a wiki's notes, * for every product, A^{[l-1]^T} -----------------------
    Public("movedesign-forward", _MOVEDESIGN, "b10_ng_deep", "b10_movedesign", "$Z^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}$",
           ((C,),), (Twin("value", "{v}", ("{m}",), pre_activations((3, 2, 1), 2)),), batch=10),
    Public("movedesign-dW", _MOVEDESIGN, "b10_ng_deep", "b10_movedesign",
           "$dW^{[l]} = 1/m * dZ^{[l]} * A^{[l-1]^T}$", ((C,),), (_rule("gradient", 1, _NG_DEEP_G),), batch=10,
           why="* the matrix product here; one sample (m = 1)"),
    Public("movedesign-first-layer", _MOVEDESIGN, "b10_ng_deep", "b10_movedesign", "$Z^1 = W^1 * x + b^1 $", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((3,), 2)),), batch=10),
    # ---- community.deeplearning.ai: plain text, the layer in brackets without a caret --------------------------------
    Public("dlai-dZ2", _DLAI_EXPLAIN, "b10_ng_tanh", "b10_dlai", "dZ[2] = A[2] - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=10),
    Public("dlai-dZ1-chain", _DLAI_EXPLAIN, "b10_ng_tanh", "b10_dlai",
           "dZ[1] = dL/dZ[2] * dZ[2]/dA[1] * dA[1]/dZ[1]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), tuple({"j": j, "m": _NG_TANH_D[1][j]} for j in range(3))),),
           batch=10),
    Public("dlai-dZ2-dA1", _DLAI_EXPLAIN, "b10_ng_tanh", "b10_dlai", "dZ[2]/dA[1] = W[2]", ((C,),),
           (Twin("value", "W2[0,{j}]", ("W2[0,{j}]",), _J3),), batch=10),
    Public("dlai-dA1-dZ1", _DLAI_EXPLAIN, "b10_ng_tanh", "b10_dlai", "dA[1]/dZ[1] = g[1]'(Z[1])", ((C,),),
           (Twin("value", "1 - a1[{j}]**2", ("1 - tanh(z1[{j}])**2",), _J3),), batch=10),
    Public("dlai-dZ1-transpose", _DLAI_DZ1, "b10_ng_tanh", "b10_dlai", "dZ^[1] = ((W^[2]).T) (dZ^[2]) * g’(Z^[1])",
           ((C,),), (Twin("gradient_z", "z1[{j}]", ("{m}",), tuple({"j": j, "m": _NG_TANH_D[1][j]}
                                                                    for j in range(3))),), batch=10,
           why="Python's .T for the transpose, a typographic apostrophe for the prime"),
    # ---- basaga.org's demo: plain text, z(1) for the layer, '.' for the product, ᵀ, ← -------------------------------
    Public("basaga-z1", _BASAGA, "b10_basaga", "b10_basaga", "z(1) = W(1)x + b(1)", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((2,), 2)),), batch=10),
    Public("basaga-a1", _BASAGA, "b10_basaga", "b10_basaga", "a(1) = sigmoid(z(1))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=10),
    Public("basaga-z2", _BASAGA, "b10_basaga", "b10_basaga", "z(2) = W(2)a(1) + b(2)", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=10),
    Public("basaga-mse-typo", _BASAGA, "b10_basaga", "b10_basaga", "MSE = 1/2 (y - a(2)", unreadable="(", batch=10,
           why="the parenthesis never closed and the square missing, as the stored page has it"),
    Public("basaga-delta2", _BASAGA, "b10_basaga", "b10_basaga", "δ(2) = (a(2) - y) . sigmoid'(z(2))", ((C,),),
           (Twin("gradient_z", "z2[0]", (_BASAGA_OUT,)),), batch=10),
    Public("basaga-delta1", _BASAGA, "b10_basaga", "b10_basaga", "δ(1) = (W(2))ᵀ δ(2) . sigmoid'(z(1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), tuple({"j": j, "m": _BASAGA_D[1][j]} for j in range(2))),),
           batch=10),
    Public("basaga-weight-update", _BASAGA, "b10_basaga", "b10_basaga", "W(l) ← W(l) - η δ(l) (a(l-1))ᵀ", ((C,),),
           (_rule("update", 1, _by("W", _BASAGA_G)),), batch=10, why="a(0) the input x"),
    Public("basaga-bias-update", _BASAGA, "b10_basaga", "b10_basaga", "b(l) ← b(l) - η δ(l)", ((C,),),
           (_rule("update", 1, _by("b", _BASAGA_G)),), batch=10),
    # ---- kircerta.com: one lifecycle of a 2-2-1 ReLU network, pmatrix, \operatorname{ReLU}, h^\top -------------------
    Public("kircerta-z1", _KIRCERTA, "b10_kircerta", "b10_kircerta",
           "$$ z^{(1)} = W^{(1)}x + b^{(1)} = \\begin{pmatrix} 0.3 & -0.1 \\\\ 0.2 & 0.4 \\end{pmatrix}\\begin{pmatrix} 1"
           " \\\\ 2 \\end{pmatrix} = \\begin{pmatrix} 0.1 \\\\ 1.0 \\end{pmatrix} $$", ((C, C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]", "=np.array([[0.3, -0.1], [0.2, 0.4]]) @ np.array([1, 2])",
                                      "=np.array([0.1, 1.0])"), _J2),), batch=10,
           why="b^(1) = 0 left out of the numbers"),
    Public("kircerta-h", _KIRCERTA, "b10_kircerta", "b10_kircerta",
           "$$ h = \\operatorname{ReLU}(z^{(1)}) = \\begin{pmatrix} \\max(0, 0.1) \\\\ \\max(0, 1.0) \\end{pmatrix} ="
           " \\begin{pmatrix} 0.1 \\\\ 1.0 \\end{pmatrix} $$", ((C, C, C),),
           (Twin("value", "a1[{j}]", ("np.maximum(0, z1)[{j}]", "=np.array([np.maximum(0, 0.1), np.maximum(0, 1.0)])",
                                      "=np.array([0.1, 1.0])"), _J2),), batch=10),
    Public("kircerta-yhat", _KIRCERTA, "b10_kircerta", "b10_kircerta",
           "$$ \\hat{y} = W^{(2)}h + b^{(2)} = \\begin{pmatrix} 0.5 & -0.3 \\end{pmatrix}\\begin{pmatrix} 0.1 \\\\ 1.0"
           " \\end{pmatrix} = 0.05 - 0.3 = -0.25 $$", ((C, C, C, C),),
           (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]", "=np.array([0.5, -0.3]) @ np.array([0.1,"
                                    " 1.0])", "=0.05 - 0.3", "=-0.25")),), batch=10),
    Public("kircerta-loss", _KIRCERTA, "b10_kircerta", "b10_kircerta",
           "$$ L = \\frac{1}{2}(\\hat{y} - y)^2 = \\frac{1}{2}(-0.25 - 1)^2 = \\frac{1}{2}(-1.25)^2 = 0.78125 $$",
           ((C, C, C, C),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2", "=1/2*(-0.25 - 1)**2", "=1/2*(-1.25)**2",
                                                  "=0.78125")),), batch=10),
    Public("kircerta-dL-dyhat", _KIRCERTA, "b10_kircerta", "b10_kircerta",
           "$$ \\frac{\\partial L}{\\partial \\hat{y}} = \\hat{y} - y = -1.25 $$", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=-1.25")),), batch=10),
    Public("kircerta-dL-dW2", _KIRCERTA, "b10_kircerta", "b10_kircerta",
           "$$ \\begin{aligned} \\frac{\\partial L}{\\partial W^{(2)}} &= \\frac{\\partial L}{\\partial \\hat{y}} h^\\top ="
           " -1.25 \\begin{pmatrix} 0.1 & 1.0 \\end{pmatrix} = \\begin{pmatrix} -0.125 & -1.25 \\end{pmatrix}"
           " \\end{aligned} $$", ((C, C, C),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]", "=-1.25*np.array([0.1, 1.0])",
                                           "=np.array([-0.125, -1.25])"), ({"k": 0}, {"k": 1})),), batch=10,
           why="the first row of the page's aligned block (its next row is cut off in the stored copy)"),
    # ---- compphysics week 42: the subscript is the layer ---------------------------------------------------------------
    Public("compphysics-weight-update", _COMPPHYSICS, "b10_chain", "b10_compphysics",
           "$$ w_{i}\\leftarrow w_{i}- \\eta \\delta_i a_{i-1}, $$", ((C,),),
           (_rule("update", 1, _by("W", _CHAIN_G)),), batch=10, why="i the layer, a_0 = x"),
    Public("compphysics-bias-update", _COMPPHYSICS, "b10_chain", "b10_compphysics", "$$ b_i \\leftarrow b_i-\\eta"
           " \\delta_i, $$", ((C,),), (_rule("update", 1, _by("b", _CHAIN_G)),), batch=10),
    # ---- the bigtex page: an update written with the step as an argument, \; --------------------------------------------
    Public("bigtex-update", _BIGTEX, "b10_two_layers", "b10_bigtex",
           "w_{ij}^{(\\ell)}(t+1) = w_{ij}^{(\\ell)}(t) - \\alpha \\; \\frac{\\partial E}{\\partial w_{ij}^{(\\ell)}(t)}",
           ((C,),), (_rule("update", 1, _TWO_LAYERS_G),), batch=10, why="the page's only formula, no delimiters"),
    # ---- Nemotron-CC-Math: three pages on the delta rule, \Delta w, w_{\text{new}}, \mathbf -----------------
    Public("error-min-step", _ERROR_MIN, "b10_linear_unit", "b10_delta_linear", "\\[ \n\\Delta w = \\eta (d - y) x \n\\]",
           ((C,),), (Twin("value", "-eta*(a1[0] - y[0])*x[0]", ("eta*(y[0] - a1[0])*x[0]",)),), batch=10,
           why="a linear unit y = w x"),
    Public("error-min-loss", _ERROR_MIN, "b10_linear_unit", "b10_delta_linear", "\\[ \nE = \\frac{1}{2}(d - y)^2 \n\\]",
           ((C,),), (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),), batch=10),
    Public("error-min-gradient", _ERROR_MIN, "b10_linear_unit", "b10_delta_linear",
           "\\[ \n\\frac{\\partial E}{\\partial w} = -(d - y)x \n\\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-(y[0] - a1[0])*x[0]",)),), batch=10),
    Public("error-min-update", _ERROR_MIN, "b10_linear_unit", "b10_delta_linear",
           "\\[ \nw_{\\text{new}} = w_{\\text{old}} + \\eta (d - y)x \n\\]", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(y[0] - a1[0])*x[0]",)),), batch=10),
    Public("error-min-sigmoid-step", _ERROR_MIN, "b10_sigmoid_unit", "b10_delta_linear",
           "\\[ \n\\Delta w = \\eta (d - y) y (1 - y) x \n\\]", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]", ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),),
           batch=10, why="the page's continuous case, y = sigma(z)"),
    Public("in-delta-output", _IN_DELTA, "b10_perceptron", "b10_perceptron",
           "\\[ y = f(\\mathbf{w} \\cdot \\mathbf{x}) \\]", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=10,
           why="f the sigmoid, as the page says it typically is"),
    Public("in-delta-update", _IN_DELTA, "b10_perceptron", "b10_perceptron",
           "\\[ w_i \\leftarrow w_i + \\eta \\cdot \\delta \\cdot x_i \\]", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=10,
           why="delta = d - y: the linear unit's rule, without the sigmoid's slope y (1 - y)"),
    Public("in-delta-example-update", _IN_DELTA, "b10_perceptron", "b10_perceptron",
           "\\[ w_1 \\leftarrow w_1 + \\eta \\cdot \\delta \\cdot x_1 \\]", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(y[0] - a1[0])*x[0]",)),), batch=10,
           why="the example's step 3, the same slip for w_1"),
    Public("delta-learning-step", _DELTA_LEARNING, "b10_adaline", "b10_widrow_hoff",
           "$$\n\\Delta \\mathbf{w} = \\eta (d - y) \\mathbf{x}\n$$", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=10,
           why="a linear unit y = w . x + b"),
    Public("delta-learning-update", _DELTA_LEARNING, "b10_adaline", "b10_widrow_hoff",
           "$$\n\\mathbf{w}_{\\text{new}} = \\mathbf{w}_{\\text{old}} + \\Delta \\mathbf{w}\n$$", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=10),
    Public("delta-learning-output", _DELTA_LEARNING, "b10_adaline", "b10_widrow_hoff",
           "$$\ny = \\mathbf{w} \\cdot \\mathbf{x} + b\n$$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=10),
    Public("delta-learning-output-sum", _DELTA_LEARNING, "b10_adaline", "b10_widrow_hoff",
           "$$\ny = w_1 x_1 + w_2 x_2 + b\n$$", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=10),
    Public("delta-learning-step-error", _DELTA_LEARNING, "b10_adaline", "b10_widrow_hoff",
           "$$\n\\Delta \\mathbf{w} = \\eta e \\mathbf{x}\n$$", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=10,
           why="e = d - y, the page's error"),
    # ---- notesonai.com: Bishop's a (the sum) and z (the output), w_{j i} with a space, h^{(l)} -----------------------
    Public("notesonai-activation", _NOTESONAI, "b10_bishop", "b10_bishop",
           "$a_{j}^{(l)}=\\sum_{i} w_{j i}^{(l)} z_{i}^{(l-1)}$", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((3, 2), 2, biases=False)),), batch=10),
    Public("notesonai-unit", _NOTESONAI, "b10_bishop", "b10_bishop",
           "$z_{j}^{(l)}=h^{(l)}\\left(a_{j}^{(l)}\\right)$", ((C,),),
           (Twin("value", "{v}", ("tanh({m})",), tuple({"v": f"a{layer}[{j}]", "m": f"z{layer}[{j}]"}
                                                       for layer, count in ((1, 3), (2, 2)) for j in range(count))),),
           batch=10, why="h^(l) the activation of layer l, tanh in both"),
    # ---- qikaigu.com: logistic regression, superscript (i) for the sample, \frac {a} {b} with spaces ----------------
    Public("qikaigu-cost", _QIKAIGU, "b10_logistic", "b10_qikaigu",
           "\\[J(w, b)= -\\frac{1}{m} \\sum_{i=1}^{m}\\left[ y^{(i)} \\log \\hat{y}^{(i)} + (1 - y^{(i)}) \\log (1 -"
           " \\hat{y}^{(i)}) \\right]\\]", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=10, why="m = 1"),
    Public("qikaigu-sample-loss", _QIKAIGU, "b10_logistic", "b10_qikaigu",
           "\\[J^{(i)}(w, b) = - \\left[ y^{(i)} \\log \\hat{y}^{(i)} + (1 - y^{(i)}) \\log (1 - \\hat{y}^{(i)})"
           " \\right]\\]", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=10),
    Public("qikaigu-dJ-dyhat", _QIKAIGU, "b10_logistic", "b10_qikaigu",
           "\\[\\frac {\\partial J^{(i)}} {\\partial \\hat{y}^{(i)}} = - \\frac {y^{(i)}} {\\hat{y}^{(i)}} + \\frac {1 -"
           " y^{(i)}} {1 - \\hat{y}^{(i)}}\\]", ((C,),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),),
           batch=10),
    Public("qikaigu-dJ-dz", _QIKAIGU, "b10_logistic", "b10_qikaigu",
           "\\[\\begin{align} \\frac {\\partial J^{(i)}} {\\partial z^{(i)}} & = \\frac {\\partial J^{(i)}} {\\partial"
           " \\hat{y}^{(i)}} \\cdot \\frac{\\partial \\hat{y}^{(i)}}{\\partial z^{(i)}} \\\\ & = (- \\frac {y^{(i)}}"
           " {\\hat{y}^{(i)}} + \\frac {1 - y^{(i)}} {1 - \\hat{y}^{(i)}}) \\cdot \\hat{y}^{(i)} (1 - \\hat{y}^{(i)}) \\\\"
           " & = -y^{(i)}(1 - \\hat{y}^{(i)}) + \\hat{y}^{(i)}(1 - y^{(i)}) \\end{align}\\]", ((C, C, C),),
           (Twin("gradient_z", "z1[0]", (_LOGISTIC_DZ,) * 3),), batch=10,
           why="the rows the stored copy holds (it is cut after them), the block closed"),
    # ---- cfs.mostlyvoid.xyz: a search page quoting math.SE, \mbox labels, bold vectors, log without a backslash ----
    Public("mostlyvoid-output", _MOSTLYVOID, "b10_logistic_nobias", "b10_mostlyvoid",
           "$$\\mbox{Logistic regression: }\\mathbf{z} = \\sigma(\\mathbf{h}) = \\frac{1}{1 + e^{-\\mathbf{h}}}$$",
           ((C, C),), (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=10),
    Public("mostlyvoid-loss", _MOSTLYVOID, "b10_logistic_nobias", "b10_mostlyvoid",
           "$$\\mbox{Cross-entropy loss: } J(\\mathbf{w}) = -(\\mathbf{y} log(\\mathbf{z}) + (1 - \\mathbf{y})log(1 -"
           " \\mathbf{z})) $$", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=10),
    Public("mostlyvoid-chain", _MOSTLYVOID, "b10_logistic_nobias", "b10_mostlyvoid",
           "$$ \\mbox{Use chain rule: } \\frac{\\partial{J(\\mathbf{w})}}{\\partial{\\mathbf{w}}} = \\frac{\\partial{J("
           "\\mathbf{w})}}{\\partial{\\mathbf{z}}} \\frac{\\partial{\\mathbf{z}}}{\\partial{\\mathbf{h}}} \\frac{\\partial"
           "{\\mathbf{h}}}{\\partial{\\mathbf{\\mathbf{w}}}}$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", (f"({_LOGISTIC_DZ})*x[{{i}}]",), _I2),), batch=10),
    Public("mostlyvoid-update", _MOSTLYVOID, "b10_logistic_nobias", "b10_mostlyvoid",
           "$$\\mbox{Gradient descent: } \\mathbf{w} = \\mathbf{w} - \\alpha \\frac{\\partial{J(\\mathbf{w})}}{\\partial"
           "{\\mathbf{w}}} $$", ((C,),),
           (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*({_LOGISTIC_DZ})*x[{{i}}]",), _I2),), batch=10),
]
