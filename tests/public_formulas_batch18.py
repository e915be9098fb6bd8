r"""Batch 18 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 repository files no earlier batch used (the code corpus: blog posts, READMEs of course assignments,
lecture-style notes, a textbook's Python program), copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents), a network of the kind the page describes (with the page's numbers where it works an example;
both in tests/public_formulas_batch18_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) and committed before
check was. Four files are stored in the code corpus without their repository's name; they are cited by their ids.
A delta dL/dz with numbers is twinned as a value, and so is a step Delta w, as in batches 14 and 16. Formulas the
pages write in Markdown's backticks keep their backticks, as those written in $...$ keep their dollars.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 18

The batch: 55 formulas, 22 values (forward passes, losses, local derivatives, 4 dL/dz written with numbers, 1
step Delta w), 7 deltas (dL/dz), 15 gradients, 8 updates, 2 lines of three claims each joined by \quad (a delta,
a weight's gradient and a bias's), 1 typo (marked unreadable). 30 are LaTeX (ahammadnafiz's $$...$$ with the
layer in square brackets, Z[l], dW[L], A[L-1]^T, \frac{1}{m} \sum_{i=1}^{m}, :=, bmatrix columns and matrices,
g_{\text{ReLU}} and g'_{\text{ReLU}}; the toy examples' \[...\] and \(...\) with \approx, w_{\text{new}}, \to
and \text{ReLU}'; aakashvardhan's $...$ with nested subscripts a_{h_{1}}, words as names, target_{1},
activation(h_{1}), E_{Total} and a Unicode σ; the softmax notes' \sum\limits, \sigma the softmax, e^{z_1}
sums, \left[ ... \right]), 25 plain text or code (ksharsha72's ∂E/∂W5 = (ao1-t1) * ...; Murali806's Unicode
subscripts W₁, z₃, ŷ, ×, ≈, ², ←, tanh'; Program_17c.py's Python; the "What, How, Why" page's backticked δ2 = ŷ - y,
W2ᵀ, ⊙, :=, ², a row [0.2, 0.2]).

12 are mistaken somewhere (the oracle finds at least one member wrong):

- ahammadnafiz's dZ[l] = W[l+1]^T dZ[l+1] \cdot g_{\text{ReLU}}(Z[l]), and its layer-2 instance: g_ReLU(Z) is the
  ReLU by the post's own definition (max(0, Z^{[l]})), written where its derivative belongs (the post then says it
  means the derivative, and later writes g'_ReLU); its worked dW[4], whose first and last rows are wrong
  (-0.3576, -0.2144 for -0.35800, -0.21499; 0.0014, 0.0008 for -0.00284, -0.00170). Its later slips (W[4]^T dZ[4]'s
  -0.99612 for -0.52722, W[3]^T dZ[3]'s 0.53935 for 0.11325) are not in the batch but for the first, which is
  multiplied by the ReLU's 0 and leaves its dZ[3] right;
- the toy examples' dL/dw_2 = -1.394 (-2.24492 x 0.62246 = -1.39738; even -2.244 x 0.622 is -1.396);
- Murali806's dL/dW_2 = 2(-3.2033) x 1.2 x 0.8287 x 0.8005 ≈ -5.093 (the product is -5.0999);
- Program_17c.py's dErrdw13 and dErrdw23 = (yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h): the sign turned (dErr/dw =
  (y - yt) ...), so its update w13 - eta*dErrdw13 climbs the error (the update itself, with dErrdw13 the gradient its
  name says, is right);
- the softmax notes' -Y_i(1 - \sigma(A_i)) and \sigma(A_i) - 1 in a chain for dH/dA_i: the case i = k kept alone,
  true only where i is the true class;
- the "What, How, Why" page's regression example: \delta2 = \hat{y} - y for L = (\hat{y} - y)^2 (the 2 dropped,
  dL/dz2 = 2(yhat - y) = -1.92, not -0.96), so its dL/dW2 = [-0.192, -0.192] (-0.384) and its W2 := 0.1192
  (0.1384) are wrong. One member there shows a leniency of the oracle's rule for numbers: 0.1 - 0.1*(-0.192)
  carries the halved gradient and is 0.0192 off, yet the rule takes the file's own 0.1 (weight and learning rate)
  as right to half a unit of its digit (0.05) and calls the member correct; the verdict written down is the
  oracle's.

The typo: ksharsha72's ∂E/∂W8(ao2-t2) * ao2*(1-ao2) * ah2, the = left out.

After the fixes of the same session (tests/test_reading_constructs_batch18_b18.py): 53 of 55; the typo and
one number standing for every entry of a matrix stay refused.

Collected on 2026-12-03 and run blind once, at main c058661 (the reader's fixes from batches 15 and 16 in), with
nothing under src/ changed. Blind, once per entry: 46 of 55 read with every verdict right (84%); 8 refused that
should have been read, all on one page; 1 typo refused (its message names the = it lacks: "has no left side; write
the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param"); no misreading; no crash; NO
WRONG FORMULA CALLED CORRECT. Of the 12 mistaken formulas, 8 read with every verdict right (each wrong member called
wrong, every right member of their chains called right: g_ReLU for its derivative twice, dW[4], dL/dw_2 = -1.394,
-5.093, both of Program_17c's signs, the softmax notes' case chain) and 4 were refused (the "What, How, Why" page's).
By kind of claim: values 18 of 22, deltas 5 of 7, gradients 14 of 15, updates 7 of 8, the two lines of three
claims 2 of 2 (the typo refused as it should be). LaTeX against plain text: the 30 in LaTeX read 30 (100%), the
25 in plain text or code 16 (64%; one of the 25 is the typo). By page: ahammadnafiz 11 of 11, the toy examples 8 of
8, aakashvardhan 7 of 7, ksharsha72 4 of 4 (and its typo), Murali806 7 of 7, Program_17c.py 5 of 5, the softmax notes
4 of 4; "What, How, Why" 0 of 8. (Tabulated from the saved output of the run, /work/batch18_blind.txt.)

How the run went, honestly: one disagreement with the oracle came up before check was run, and the oracle's
verdict was written down: the "What, How, Why" page's member 0.1 - 0.1*(-0.192) was first written down wrong (it
carries the halved gradient), the oracle's rule for numbers calls it correct (see the list of mistakes above). The
notation for that page was written, and its formulas kept in their backticks, before the run (the paragraph at the
top says so); neither was changed after it.

The refusals by construct (8, one page), with what a one-line rewrite shows ("Tried afterwards", check run after the
blind run on the rewritten notation or formula, nothing under src/ changed):

- 8: a plain-text pattern of a Greek letter glued to its digit, the page's δ2 = dL/dz2 and δ1 = dL/dz1 (``"δ2" =
  "delta2[:]"``), refused in the notation before any formula is read: "[notation] symbols.'δ2': is not one symbol;
  write a base with an optional subscript and superscript, e.g. a_{ik}^{0}". The spec's pattern is "a symbol as the
  homework writes it"; docs/notation.md reads a name of letters and digits (``"t1"``) as the letters with the digits
  as subscript, and a Greek letter is a letter. Tried afterwards with the patterns ``"δ_{2}"``, ``"\\delta_{2}"``, or
  none: every formula is then refused for the next construct, Markdown's inline-code backticks around the formula (the
  page writes every formula so), "cannot read '`' at position 1; write the formula in LaTeX or plain text (+ - * / ^,
  \frac, \sum)". With the backticks dropped and ``"δ_{2}"``: the formula's δ2 is read as \delta then 2, not the
  pattern's δ_{2} ("\delta matches none of the notation's patterns for \delta ('δ_{2}', 'δ_{1}')", 4), and
  symbols.md's own names written bare, z1, W2 (the layer's vector and matrix, as the page writes them), are read as
  z_{1}, W_{2}: "z_{1} needs its layer, e.g. z^{(1)}; or give it a meaning in the notation" (3); the loss line, L ≈
  -log(0.5275) ≈ 0.639, reads. With the backticks dropped, δ2 written \delta_2 and z1, a1, W1, b1, z2, W2, b2 named in
  the notation (``"z1" = "z1[:]"`` ...): 6 of the 8 read with every verdict right (the two wrong δ2 = ŷ - y called
  wrong), and 2 are refused for their shapes: ``∂L/∂W2 = \delta_2 a1ᵀ = [-0.192, -0.192]``, "'[-0.192, -0.192]' is 2 x
  1 where the left side is 1 x 2" (a one-row matrix's gradient written as a list), and ``W2 := 0.1 - 0.1*(-0.192) =
  0.1192``, "'0.1 - 0.1*(-0.192)' is a number where the left side is a vector or matrix" (the page says "(both
  entries)" in prose).

What the spec could not express, which a page needed: whether a Greek letter glued to a digit in plain text (δ2) is
the letter with a subscript, as t1 is; whether symbols.md's names written bare (z1, W1 for z1[:], W1[:, :]) keep
their meaning in plain text, where a letter with digits is read as a subscripted letter; Markdown's backticks as a
formula's delimiters (the spec names $...$, $$...$$, \[...\] and the equation environments, for grade); one value
written for every entry of a matrix ("(both entries)"). And, in the networks: ahammadnafiz's worked example assumes
"A[4] = Z[4]" to simplify, so its output is modelled as identity with the half squared error (which its dZ[4] =
A[4] - Y needs; the post calls it "the mean squared error"); Program_17c.py never writes its error, taken as
1/2 (yt - y)^2 (its sign slip is wrong for any error of that kind); aakashvardhan's README says "the identity
activation function for the output layer" and then writes a_{o_1} = σ(o_1) "assuming sigmoid": its formulas are
judged on sigmoid outputs; the softmax notes write σ for the softmax, named so in the notation (``functions = {
"\\sigma" = "softmax" }``), σ(A_i) its entry i (read so), and its example's A_1 for sample 1's logits where the
derivation's A_1 is a logit (two notations for the page).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import RELU_SLOPE, SIGMOID_SLOPE, deltas, pre_activations
from public_formulas_batch18_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NAFIZ = ("https://github.com/ahammadnafiz/ahammadnafiz.github.io (_posts/2024-09-21-Backprop-by-Hand-A-Deep-Dive-into-"
          "Neural-Networks-(NN).md)")
_TOY = ("the code corpus's stored file 46789319135, \"Understanding Backpropagation — With Toy Examples\" (its repository"
        " not named by the index)")
_S6 = "https://github.com/aakashvardhan/s6-backprop (Part 1/README.md)"
_ERAV2 = "https://github.com/ksharsha72/ERAV2 (S6/README.md)"
_MURALI = "https://github.com/Murali806/dl_nb (A_Basics/4_1_b_two_layer_polynomial_gradient_derivation_explained.md)"
_17C = ("the code corpus's stored file 26755055827, \"# Program_17c.py: Simple Backpropagation.\" (its repository not"
        " named by the index)")
_CE = ("the code corpus's stored file 23140793752, notes on softmax and the cross-entropy after CMU 11-785, beginning"
       " \"$$\\frac{\\partial H}{\\partial A_i} = ...\" (its repository not named by the index)")
_WHY = ("the code corpus's stored file 23049349757, \"Backpropagation (What, How, Why + Examples)\" (its repository not"
        " named by the index)")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JK3 = tuple({"j": j, "k": k} for j in range(3) for k in range(3))

# ahammadnafiz's template network: ReLU, ReLU, softmax with the cross-entropy ({layer: [dL/dz of each unit]})
_ND = deltas((3, 3, 3), "a3[{j}] - t[{j}]", RELU_SLOPE)
_N_WEIGHTS = tuple({"p": f"W{layer}[{j},{k}]"} for layer in (1, 2, 3) for j in range(3) for k in range(3))


def _relu_for_slope(layer: int) -> tuple:
    """dZ[l] = W[l+1]^T dZ[l+1] . g_ReLU(Z[l]) as written: the true dZ[l+1], times relu(z) for relu'(z)."""
    return tuple({"z": f"z{layer}[{j}]",
                  "m": "(" + " + ".join(f"W{layer + 1}[{k},{j}]*{_ND[layer + 1][k]}" for k in range(3))
                       + f")*relu(z{layer}[{j}])"} for j in range(3))


# the session-6 network's deltas: sigmoid everywhere, E = sum 1/2 (t - a_o)^2
_SD = deltas((2, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
# Murali806's dL/dW2: L = (yhat - y)^2 through a linear output and a tanh
_M_DW2 = "2*(a3[0] - y[0])*W3[0,0]*(1 - a2[0]**2)*a1[0]"
# the softmax notes' denominator
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"

ENTRIES: list[Public] = [
    # ---- ahammadnafiz's post: $$...$$ indented in lists, the layer in square brackets (Z[l], dW[L]), ^T after a
    # bracket, \frac{1}{m}, \sum_{i=1}^{m}, several claims on one line joined by \quad, := ; g_ReLU written for its
    # derivative; a worked example in bmatrix whose arithmetic slips from dW[4] on --------------------------------------
    Public("nafiz-z-rule", _NAFIZ, "b18_nafiz", "b18_nafiz", "$$\n   Z[l] = W[l]A[l-1] + b[l]\n$$", ((C,),),
           (Twin("value", "{v}", ("{m}",), pre_activations((3, 3, 3), 3)),), batch=18, why="A[0] = X"),
    Public("nafiz-dZL", _NAFIZ, "b18_nafiz", "b18_nafiz", "$$\n   dZ[L] = A[L] - Y\n$$", ((C,),),
           (Twin("gradient_z", "z3[{j}]", ("a3[{j}] - t[{j}]",), _J3),), batch=18,
           why="the softmax output with the cross-entropy"),
    Public("nafiz-dZl", _NAFIZ, "b18_nafiz", "b18_nafiz",
           "$$\n   dZ[l] = W[l+1]^T dZ[l+1] \\cdot g_{\\text{ReLU}}(Z[l])\n$$", ((W,),),
           (Twin("gradient_z", "{z}", ("{m}",), _relu_for_slope(1) + _relu_for_slope(2)),), batch=18,
           why="g_ReLU(Z[l]) is the ReLU (the post's own definition, max(0, Z^{[l]})), written where its derivative"
               " belongs; the post then says it means the derivative, and later writes g'_ReLU"),
    Public("nafiz-layer3", _NAFIZ, "b18_nafiz", "b18_nafiz",
           "$$\n   dZ[3] = A[3] - Y, \\quad dW[3] = \\frac{1}{m} dZ[3] A[2]^T, \\quad db[3] = \\frac{1}{m}"
           " \\sum_{i=1}^{m} dZ[3]\n$$", ((C,), (C,), (C,)),
           (Twin("gradient_z", "z3[{j}]", ("a3[{j}] - t[{j}]",), _J3),
            Twin("gradient", "W3[{j},{k}]", ("(a3[{j}] - t[{j}])*a2[{k}]",), _JK3),
            Twin("gradient", "b3[{j}]", ("a3[{j}] - t[{j}]",), _J3)), batch=18, why="m = 1 example"),
    Public("nafiz-layer2", _NAFIZ, "b18_nafiz", "b18_nafiz",
           "$$\n   dZ[2] = W[3]^T dZ[3] \\cdot g_{\\text{ReLU}}(Z[2]), \\quad dW[2] = \\frac{1}{m} dZ[2] A[1]^T, \\quad"
           " db[2] = \\frac{1}{m} \\sum_{i=1}^{m} dZ[2]\n$$", ((W,), (C,), (C,)),
           (Twin("gradient_z", "{z}", ("{m}",), _relu_for_slope(2)),
            Twin("gradient", "W2[{j},{k}]", ("{m}*a1[{k}]",),
                 tuple({"j": j, "k": k, "m": _ND[2][j]} for j in range(3) for k in range(3))),
            Twin("gradient", "b2[{j}]", ("{m}",), tuple({"j": j, "m": _ND[2][j]} for j in range(3)))), batch=18,
           why="the ReLU for its derivative again; dW[2] and db[2] are right with dZ[2] the gradient it names"),
    Public("nafiz-W-update", _NAFIZ, "b18_nafiz", "b18_nafiz", "$$\n   W[l] := W[l] - \\alpha dW[l]\n$$", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*grad",), _N_WEIGHTS),), batch=18),
    Public("nafiz-Wi-update", _NAFIZ, "b18_nafiz", "b18_nafiz", "$$\nW[i] = W[i] - \\alpha dW[i]\n$$", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*grad",), _N_WEIGHTS),), batch=18, why="i the layer here"),
    Public("nafiz-ex-A1", _NAFIZ, "b18_nafiz_example", "b18_nafiz",
           "$$\nA[1] = g_{\\text{ReLU}}(Z[1]) = \\begin{bmatrix}\n\\max(0, 2.6) \\\\\n\\max(0, -2.5) \\\\\n\\max(0, 2.3)\n"
           "\\end{bmatrix} = \\begin{bmatrix}\n2.6 \\\\\n0 \\\\\n2.3\n\\end{bmatrix}\n$$", ((C, C, C),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])", "=np.maximum(0, np.array([2.6, -2.5, 2.3]))",
                                      "=np.array([2.6, 0, 2.3])"), _J3),), batch=18),
    Public("nafiz-ex-dZ4", _NAFIZ, "b18_nafiz_example", "b18_nafiz",
           "$$\ndZ[4] = \\begin{bmatrix}\n0.0529 \\\\\n0.1739 \\\\\n-0.0075\n\\end{bmatrix} - \\begin{bmatrix}\n1 \\\\\n0"
           " \\\\\n0\n\\end{bmatrix} = \\begin{bmatrix}\n-0.9471 \\\\\n0.1739 \\\\\n-0.0075\n\\end{bmatrix}\n$$", ((C, C),),
           (Twin("value", "a4 - y", ("=np.array([0.0529, 0.1739, -0.0075]) - np.array([1, 0, 0])",
                                     "=np.array([-0.9471, 0.1739, -0.0075])")),), batch=18,
           why="dL/dz4 with numbers, twinned as a value; A[4] = Z[4] as the post assumes"),
    Public("nafiz-ex-dW4", _NAFIZ, "b18_nafiz_example", "b18_nafiz",
           "$$\ndW[4] = \\begin{bmatrix}\n-0.3576 & -0.2144 & 0 \\\\\n0.0657 & 0.0395 & 0 \\\\\n0.0014 & 0.0008 & 0\n"
           "\\end{bmatrix}\n$$", ((W,),),
           (Twin("gradient", "W4[{j},{k}]", ("=np.array([[-0.3576, -0.2144, 0], [0.0657, 0.0395, 0], [0.0014, 0.0008,"
                                             " 0]])",), _JK3),), batch=18,
           why="dZ[4] A[3]^T is [[-0.35800, -0.21499, 0], [0.06573, 0.03948, 0], [-0.00284, -0.00170, 0]]: the first"
               " row and the last (its sign too) wrong"),
    Public("nafiz-ex-dZ3", _NAFIZ, "b18_nafiz_example", "b18_nafiz",
           "$$\ndZ[3] = W[4]^T dZ[4] \\odot g'_{\\text{ReLU}}(Z[3]) = \\begin{bmatrix}\n-0.11836 \\\\\n0.10985 \\\\\n"
           "-0.99612\n\\end{bmatrix} \\odot \\begin{bmatrix}\n1 \\\\\n1 \\\\\n0\n\\end{bmatrix} = \\begin{bmatrix}\n"
           "-0.11836 \\\\\n0.10985 \\\\\n0\n\\end{bmatrix}\n$$", ((C, C, C),),
           (Twin("value", "((W4.T @ (a4 - y))*Heaviside(z3))[{j}]",
                 ("(W4.T @ (a4 - y))[{j}]*Heaviside(z3[{j}])",
                  "=np.array([-0.11836, 0.10985, -0.99612])*np.array([1, 1, 0])",
                  "=np.array([-0.11836, 0.10985, 0])"), _J3),), batch=18,
           why="-0.99612 (for -0.52722: 0.3 x 0.1739 written 0.52107) is multiplied by the ReLU's 0, so every member"
               " holds"),
    # ---- the toy examples: \[...\] on their own lines and \(...\) inline, \cdot, \approx, w_{\text{new}}, \to as the
    # update's arrow, \text{ReLU}'; dL/dw_2 = -2.244 x 0.622 written -1.394 ---------------------------------------------
    Public("toy-forward", _TOY, "b18_toy_linear", "b18_toy_linear", "\\[\n\\hat{y} = 3 \\cdot 2 = 6\n\\]", ((C, C),),
           (Twin("value", "a1[0]", ("=3*2", "=6")),), batch=18),
    Public("toy-chain", _TOY, "b18_toy_linear", "b18_toy_linear",
           "\\[\n\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial"
           " \\hat{y}}{\\partial w}\n\\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a1[0])*x[0]",)),), batch=18),
    Public("toy-update", _TOY, "b18_toy_linear", "b18_toy_linear", "\\[\nw_{\\text{new}} = 3 - 0.1(-16) = 4.6\n\\]",
           ((C, C),), (Twin("update", "W1[0,0]", ("=3 - 0.1*(-16)", "=4.6")),), batch=18),
    Public("toy-h", _TOY, "b18_toy_sigmoid", "b18_toy_two", "\\(h = \\sigma(0.5) \\approx 0.622\\)", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.5))", "=0.622")),), batch=18),
    Public("toy-dw2", _TOY, "b18_toy_sigmoid", "b18_toy_two",
           "\\(\\frac{\\partial L}{\\partial w_2} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot h = -1.394\\)",
           ((C, W),), (Twin("gradient", "W2[0,0]", ("-2*(y[0] - a2[0])*a1[0]", "=-1.394")),), batch=18,
           why="-2.24492 x 0.62246 = -1.39738 (and -2.244 x 0.622 = -1.396)"),
    Public("toy-dw1-rule", _TOY, "b18_toy_sigmoid", "b18_toy_two",
           "\\[\n  \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot w_2 \\cdot"
           " \\sigma'(z_1) \\cdot x\n  \\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=18),
    Public("toy-w2-update", _TOY, "b18_toy_sigmoid", "b18_toy_two", "\\(w_2 \\to -0.861\\)", ((C,),),
           (Twin("update", "W2[0,0]", ("=-0.861",)),), batch=18, why="-0.86026, within one unit of the last digit"),
    Public("toy-relu-rule", _TOY, "b18_toy_relu", "b18_toy_two",
           "\\[\n\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot w_2 \\cdot"
           " \\text{ReLU}'(z_1) \\cdot x\n\\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a2[0])*W2[0,0]*Heaviside(z1[0])*x[0]",)),), batch=18),
    # ---- aakashvardhan's README: $...$ in a list, nested subscripts a_{h_{1}}, a_{o_{1}}, words as names
    # (activation, target_{1}), E_{Total}, Delta w ------------------------------------------------------------------------
    Public("s6-h1", _S6, "b18_s6", "b18_s6", "$h_{1} = w_{1} \\cdot i_{1} + w_{2} \\cdot i_{2}$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=18),
    Public("s6-ah1", _S6, "b18_s6", "b18_s6", "$a_{h_{1}} = activation(h_{1})$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=18, why="the activation the sigmoid"),
    Public("s6-E1", _S6, "b18_s6", "b18_s6", "$E_{1} = \\frac{1}{2} (target_{1} - a_{o_{1}})^{2}$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=18),
    Public("s6-dE-dao1", _S6, "b18_s6", "b18_s6",
           "$\\frac{\\partial E_{Total}}{\\partial a_{o_{1}}} = -(target_{1} - a_{o_{1}})$", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=18),
    Public("s6-dE-do1", _S6, "b18_s6", "b18_s6",
           "$\\frac{\\partial E_{Total}}{\\partial o_{1}} = \\frac{\\partial E_{Total}}{\\partial a_{o_{1}}} \\cdot"
           " \\frac{\\partial a_{o_{1}}}{\\partial o_{1}}$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=18),
    Public("s6-dw6", _S6, "b18_s6", "b18_s6",
           "$\\Delta w_{6} = -\\eta \\cdot \\frac{\\partial E_{Total}}{\\partial o_{1}} \\cdot a_{h_{2}}$", ((C,),),
           (Twin("value", "-eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]",
                 ("-eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]",)),), batch=18, why="w_6 joins h_2 to o_1"),
    Public("s6-w5-update", _S6, "b18_s6", "b18_s6", "$w_{5} = w_{5} + \\Delta w_{5}$", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=18),
    # ---- ksharsha72's README: plain text with ∂, names glued to their digits (ao1, W5), a missing = -------------------
    Public("erav2-w5", _ERAV2, "b18_s6", "b18_erav2", "∂E/∂W5 = (ao1-t1) * ao1*(1-ao1) * ah1", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=18),
    Public("erav2-w6", _ERAV2, "b18_s6", "b18_erav2", "∂E/∂W6=(ao1-t1) * ao1*(1-ao1) * ah2", ((C,),),
           (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[1]",)),), batch=18),
    Public("erav2-w8-typo", _ERAV2, "b18_s6", "b18_erav2", "∂E/∂W8(ao2-t2) * ao2*(1-ao2) * ah2", unreadable="=",
           batch=18, why="the = after ∂E/∂W8 left out: no claim"),
    Public("erav2-w1", _ERAV2, "b18_s6", "b18_erav2",
           "∂E/∂W1 = ((ao1-t1) * ao1 * (1-ao1)*w5*ah1*(1-ah1)*i1) + ((ao2-t2) * ao2 * (1-ao2)*w7*ah1*(1-ah1)*i1) ",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_SD[1][0]}*x[0]",)),), batch=18),
    Public("erav2-w3", _ERAV2, "b18_s6", "b18_erav2",
           "∂E/∂W3= ((ao1-t1) * ao1 * (1-ao1)*w6*ah2*(1-ah2)*i1) + ((ao2-t2) * ao2 * (1-ao2)*w8*ah2*(1-ah2)*i1) ",
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_SD[1][1]}*x[0]",)),), batch=18, why="w3 joins i1 to h2"),
    # ---- Murali806's notes: plain text in code blocks with Unicode subscripts (W₁, z₃), ∂L/∂ŷ, ×, ≈, ², ←, tanh';
    # dL/dW2 = -5.0999 written -5.093 ------------------------------------------------------------------------------------
    Public("murali-z2", _MURALI, "b18_murali", "b18_murali", "z₂ = 0.8 × 0.8005 + (-0.2) = 0.4404", ((C, C),),
           (Twin("value", "z2[0]", ("=0.8*0.8005 + (-0.2)", "=0.4404")),), batch=18),
    Public("murali-dL-dz3", _MURALI, "b18_murali", "b18_murali", "∂L/∂z₃ = ∂L/∂ŷ × ∂ŷ/∂z₃ = 2(ŷ - y) × 1 = 2(ŷ - y)",
           ((C, C, C),), (Twin("gradient_z", "z3[0]", ("2*(a3[0] - y[0])",) * 3),), batch=18),
    Public("murali-dh2-dz2", _MURALI, "b18_murali", "b18_murali", "∂h₂/∂z₂ = tanh'(z₂) = 1 - tanh²(z₂) = 1 - h₂²",
           ((C, C, C),), (Twin("value", "1 - a2[0]**2", ("1 - tanh(z2[0])**2", "1 - tanh(z2[0])**2", "1 - a2[0]**2")),),
           batch=18, why="the local derivative of the activation, not of the loss"),
    Public("murali-dW2-rule", _MURALI, "b18_murali", "b18_murali",
           "∂L/∂W₂ = ∂L/∂z₂ × ∂z₂/∂W₂ = 2(ŷ - y) × W₃ × (1 - h₂²) × h₁", ((C, C),),
           (Twin("gradient", "W2[0,0]", (_M_DW2, _M_DW2)),), batch=18),
    Public("murali-dW3-number", _MURALI, "b18_murali", "b18_murali",
           "∂L/∂W₃ = 2(0.7967 - 4.0) × 0.4139 = 2(-3.2033) × 0.4139 ≈ -2.652", ((C, C, C),),
           (Twin("gradient", "W3[0,0]", ("=2*(0.7967 - 4.0)*0.4139", "=2*(-3.2033)*0.4139", "=-2.652")),), batch=18),
    Public("murali-dW2-number", _MURALI, "b18_murali", "b18_murali",
           "∂L/∂W₂ = 2(-3.2033) × 1.2 × 0.8287 × 0.8005 ≈ -5.093", ((C, W),),
           (Twin("gradient", "W2[0,0]", ("=2*(-3.2033)*1.2*0.8287*0.8005", "=-5.093")),), batch=18,
           why="the product is -5.0999"),
    Public("murali-update-rule", _MURALI, "b18_murali", "b18_murali", "W₁ ← W₁ - α × ∂L/∂W₁", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=18),
    # ---- Program_17c.py: Python, names glued to their digits (w13, h1), sigmoid(...) of a net input, the gradient's
    # sign turned: (yt - y) for (y - yt) ----------------------------------------------------------------------------------
    Public("17c-h1", _17C, "b18_17c", "b18_17c", "h1 = x1 * w11 + x2 * w21 + b1", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=18),
    Public("17c-o1", _17C, "b18_17c", "b18_17c", "o1 = sigmoid(h1) * w13 + sigmoid(h2) * w23 + b3", ((C,),),
           (Twin("value", "z2[0]", ("sigmoid(z1[0])*W2[0,0] + sigmoid(z1[1])*W2[0,1] + b2[0]",)),), batch=18),
    Public("17c-dw13", _17C, "b18_17c", "b18_17c", "dErrdw13=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h1)", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*sigmoid(z1[0])",)),),
           batch=18, why="dErr/dw13 = (y - yt) y(1 - y) sigmoid(h1): the sign turned, so the program's step climbs"),
    Public("17c-w13-update", _17C, "b18_17c", "b18_17c", "w13 = w13 - eta * dErrdw13", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=18,
           why="the rule, with dErrdw13 the derivative its name says (the program's own value of it is wrong)"),
    Public("17c-dw23", _17C, "b18_17c", "b18_17c", "dErrdw23=(yt-y)*sigmoid(o1)*(1-sigmoid(o1))*sigmoid(h2)", ((W,),),
           (Twin("gradient", "W2[0,1]", ("(y[0] - a2[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))*sigmoid(z1[1])",)),),
           batch=18, why="the same sign"),
    # ---- the softmax notes: $$...$$, \sum\limits_{k=1}^{C}, \sigma the softmax, a derivation by cases whose case
    # i = k is written as the general result; the 3 x 3 example's e^{z_1} sums; a sample's softmax in \left[ \right] ---
    Public("ce-chain", _CE, "b18_softmax", "b18_ce",
           "$$\\frac{\\partial H}{\\partial A_i} = - \\sum\\limits_{k=1}^{C} Y_k \\frac{\\partial \\log(\\sigma(A_k))}"
           "{\\partial A_i} = -Y_i(1 - \\sigma(A_i)) = \\sigma(A_i) - Y_i = \\sigma(A_i) - 1$$", ((C, W, C, W),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}]*(t[0] + t[1] + t[2]) - t[{i}]", "-t[{i}]*(1 - a1[{i}])",
                                           "a1[{i}] - t[{i}]", "a1[{i}] - 1"), _I3),), batch=18,
           why="the case i = k kept alone: -Y_i(1 - sigma(A_i)) and sigma(A_i) - 1 hold only where i is the true"
               " class (the terms k != i, Y_k sigma(A_i), dropped)"),
    Public("ce-da1-dz1", _CE, "b18_softmax", "b18_ce",
           "$$\\frac{\\partial a_1}{\\partial z_1} = \\frac{e^{z_1}(e^{z_1} + e^{z_2} + e^{z_3}) - e^{z_1}e^{z_1}}{(e^{z_1}"
           " + e^{z_2} + e^{z_3})(e^{z_1} + e^{z_2} + e^{z_3})} = \\frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}} \\cdot"
           " \\frac{e^{z_1}+e^{z_2}+e^{z_3}-e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}} = a_1(1 - a_1)$$", ((C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", (f"(exp(z1[0])*{_S} - exp(z1[0])*exp(z1[0]))/({_S}*{_S})",
                                                f"exp(z1[0])/{_S}*({_S} - exp(z1[0]))/{_S}", "a1[0]*(1 - a1[0])")),),
           batch=18, why="the softmax's own derivative"),
    Public("ce-da1-dz2", _CE, "b18_softmax", "b18_ce",
           "$$\\frac{\\partial a_1}{\\partial z_2} = \\frac{0 \\cdot (e^{z_1} + e^{z_2} + e^{z_3}) - e^{z_1}e^{z_2}}"
           "{(e^{z_1} + e^{z_2} + e^{z_3})^2} = -\\frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}} \\cdot \\frac{e^{z_2}}"
           "{e^{z_1} + e^{z_2} + e^{z_3}} = -a_1a_2$$", ((C, C, C),),
           (Twin("value", "-a1[0]*a1[1]", (f"(0*{_S} - exp(z1[0])*exp(z1[1]))/{_S}**2",
                                           f"-exp(z1[0])/{_S}*exp(z1[1])/{_S}", "-a1[0]*a1[1]")),), batch=18),
    Public("ce-sample", _CE, "b18_softmax", "b18_ce_sample",
           "$$\\sigma(A_1) = \\left[\\frac{e^{2.0}}{e^{2.0} + e^{1.0} + e^{0.1}}, \\frac{e^{1.0}}{e^{2.0} + e^{1.0} +"
           " e^{0.1}}, \\frac{e^{0.1}}{e^{2.0} + e^{1.0} + e^{0.1}}\\right]$$", ((C,),),
           (Twin("value", "a1[{j}]", ("=np.array([np.exp(2.0), np.exp(1.0), np.exp(0.1)])/(np.exp(2.0) + np.exp(1.0)"
                                      " + np.exp(0.1))",), _J3),), batch=18, why="sample 1's logits A_1"),
    # ---- "Backpropagation (What, How, Why + Examples)": plain text in backticks, δ2, ŷ, ᵀ, ⊙, :=, ², ≈, a row in
    # brackets; its regression example's delta drops the 2 of L = (yhat - y)^2 and halves every gradient after it ----
    Public("why-z1", _WHY, "b18_why_linear", "b18_why_linear", "`z1 = W1 x + b1 = [0.2, 0.2]`", ((C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]", "=np.array([0.2, 0.2])"), _J2),), batch=18),
    Public("why-delta2-mse", _WHY, "b18_why_linear", "b18_why_linear", "`δ2 = ŷ - y`", ((W,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=18,
           why="\"Regression (MSE, linear output)\" with the page's L = (yhat - y)^2: dL/dz2 = 2(yhat - y)"),
    Public("why-delta2-number", _WHY, "b18_why_linear", "b18_why_linear", "`δ2 = ŷ - y = -0.96`", ((W, W),),
           (Twin("value", "2*(a2[0] - y[0])", ("a2[0] - y[0]", "=-0.96")),), batch=18,
           why="dL/dz2 with numbers, twinned as a value: 2(0.04 - 1) = -1.92"),
    Public("why-dW2-number", _WHY, "b18_why_linear", "b18_why_linear", "`∂L/∂W2 = δ2 a1ᵀ = [-0.192, -0.192]`",
           ((C, W),), (Twin("gradient", "W2[0,{k}]", ("2*(a2[0] - y[0])*a1[{k}]", "=np.array([-0.192, -0.192])"),
                             _K2),), batch=18,
           why="the rule is right with δ2 the dL/dz2 the page defines; the numbers carry its -0.96 (-0.384 each)"),
    Public("why-W2-update", _WHY, "b18_why_linear", "b18_why_linear", "`W2 := 0.1 - 0.1*(-0.192) = 0.1192`",
           ((W, W),), (Twin("update", "W2[0,{k}]", ("=0.1 - 0.1*(-0.192)", "=0.1192"), _K2),), batch=18,
           why="\"(both entries)\": each is 0.1 + 0.1 x 0.384 = 0.1384, so 0.1192 is wrong; the member 0.1 - 0.1*(-0.192)"
               " carries the halved gradient: the current 0.1 and the rate 0.1 are the file's, exact, and -0.192 is"
               " not the gradient -0.384 (the rule once took the file's 0.1 for a rounded number, whose half unit,"
               " 0.05, covered the 0.0192 it is off)"),
    Public("why-delta1-rule", _WHY, "b18_why_sigmoid", "b18_why_sigmoid", "`δ1 = (W2ᵀ δ2) ⊙ φ'(z1)`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=18,
           why="phi the sigmoid (example 2)"),
    Public("why-loss-bce", _WHY, "b18_why_sigmoid", "b18_why_sigmoid", "`L ≈ -log(0.5275) ≈ 0.639`", ((C, C),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))", ("=-np.log(0.5275)", "=0.639")),),
           batch=18, why="0.63968, within one unit of the last digit"),
    Public("why-delta1-number", _WHY, "b18_why_sigmoid", "b18_why_sigmoid",
           "`δ1 = (W2ᵀ δ2) ⊙ σ'(z1) ≈ [-0.0117, -0.0117]`", ((C, C),),
           (Twin("value", "(W2.T @ (a2 - y) * a1 * (1 - a1))[{j}]",
                 ("(W2.T @ (a2 - y) * a1 * (1 - a1))[{j}]", "=np.array([-0.0117, -0.0117])"), _J2),), batch=18,
           why="dL/dz1 with numbers, twinned as a value"),
]
