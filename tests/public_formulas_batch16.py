r"""Batch 16 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 repository files no earlier batch used (the code corpus: lecture notes, a blog post, READMEs,
Octave and Python homework code), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch16_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down) and committed before check was. Three files
are stored in the code corpus without their repository's name; they are cited by their ids. A delta dL/dz with
numbers is twinned as a value, and so is a step Delta w (del_w), as in batch 14. ZHE2018's formulas are the LaTeX
of its codecogs images, taken from each image's title attribute (the same as its source but for \dpi and
\bg_white), except BP4, whose source writes w where the title writes \omega.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 16

The batch: 55 formulas, 20 values (forward passes, a loss, local derivatives, 2 dL/dz written with numbers, 2
steps del_w), 8 deltas (dL/dz), 16 gradients, 8 updates, 3 typos (marked unreadable). 44 are LaTeX (zingale's
$$...$$ and align with Kronecker's \delta_{ip}, {\bf A}, \circ and \intercal; draco-tlw's $...$ with :=, \vec and
f_{\vec{w},b}(\vec{x}^{(i)}); ZHE2018's codecogs LaTeX with \rightarrow, \triangledown, {\sigma}' and \large; kimmy's
\dfrac, \tag and \equiv; the worked example's aligned and array blocks that repeat their left side line by line,
with 2.71828 for e, L(1, 0.65078) and − (U+2212)), 11 plain text or code (an Octave backward_propagation with ;,
' and .*, .^; two copies of Udacity's gradient_descent.py with np.dot and list literals). 7 are mistaken somewhere
(the oracle finds at least one member wrong):

- zingale's dg/dxi = - (1 + e^{-xi})^2 (- e^{-xi}): the square for the power -2 (d(1/u) = -u^-2 du); the two
  members after it are right;
- ZHE2018's softmax a^L_j = e^{z^L_j} / \sum_k e^{z^L_j}: the denominator's z^L_j for z^L_k (every a_j is 1/3);
- kimmy's BP1 \delta_j^l = \dfrac{\partial C}{\partial z^L_j} \sigma'(z^L_j): dC/dz^L_j for dC/da^L_j (sigma' twice),
  and l for L on the left;
- the worked example's \frac{\partial z_o}{\partial w_o} = a_o (a_o, the output neuron's output as a_h is the
  hidden one's, for a_h) and its \frac{\partial L}{\partial a_o} = −0.34922 \cdot 1.0 = -0.34922 (that is dL/da_h;
  dL/da_o = dL/dyhat is -1/0.65078 = -1.53662);
- the Octave dZ1 = (W2'* dZ2) .* (A1.^2): A1.^2 for 1 - A1.^2, the tanh's derivative;
- the Octave db1 = (1/m) * sum(dZ1): Octave's sum of dZ1 (n_h by m) runs over its first dimension, the hidden
  units, not over the examples (sum(dZ1, 2)). This one was first written down as correct (the course's Python
  writes np.sum(dZ1, axis=1)); check's refusal showed the slip, and the verdict was corrected after the blind run.
  The blind outcome is the same either way (refused).

The three typos: ZHE2018's and kimmy's BP2, ((w^{l+1})^T)\delta^{l+1}) and (w^{l+1})^T\delta^{l+1}), one ( opened
and two ) closed; kimmy's BP4 \dfrac{\partial C}{w_{jk}^l}, the denominator's \partial left out.

After the fixes of the same session (tests/test_reading_constructs_batch16_tex.py and _code.py): 49 of 55;
left refused, the 3 typos, ``lna`` for ln a, the page's sum over k with no k, and Octave's sum(dZ1) over the units
(wrong: refused, never called correct).

Collected, and run blind, on 2026-12-03 at main f0a40e7 (main has since moved on). Blind, once per entry: 35 of 55
read with every verdict right (64%); 15 refused that should have been read; 2 misread (right formulas called
wrong); 3 typos refused; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 7 mistaken formulas, 4 read with every
verdict right (dg/dxi, kimmy's BP1, dz_o/dw_o, dL/da_o) and 3 were refused (the softmax, dZ1, db1). By kind of
claim: values 15 of 20, deltas 5 of 8, gradients 10 of 16, updates 5 of 8 (the 3 typos refused as they should
be). LaTeX against plain text: the 44 in LaTeX read 31 (70%; 3 of the 44 are the typos), the 11 in plain text or
code 4 (36%). By page: zingale 6 of 7, draco-tlw 2 of 5, ZHE2018 4 of 9 (and its typo), kimmy 3 of 5 (and its two
typos), the worked example 16 of 18, the Octave function 1 of 6, Udacity's gradient_descent.py 1 of 2 and its
other copy 2 of 3. (Tabulated from the saved output of the run.)

The misreadings (2): the last line of each update block of the worked example, ``w_o = 1.02174`` after ``w_o = 1.0
- 0.1(-0.21737) \\ w_o = 1.0 - -0.02174 \\ w_o = 1.0 + 0.02174`` (and ``w_h = 0.50821`` likewise), is called wrong
where the three lines before it are called correct: a parameter equal to a bare number is judged against its value
before the step, not as the step the block is working out. Tried afterwards with ``w_o \leftarrow 1.02174``: all
four lines read correct.

The refusals by construct (15), with what a one-line rewrite shows ("Tried afterwards", check run after the blind
run on the rewritten formula, nothing under src/ changed):

- 3: a model function with scripts applied to the input, draco-tlw's ``f_{\vec{w},b}(\vec{x}^{(i)})``, named in the
  notation as docs/notation.md's layer map (``functions = { "f_{\\vec{w},b}" = "layer" }``): "f_{w,b}(...): w,b is
  not a layer of the network (1 to 1)" (dJ/dw_j, dJ/db, and f_{\vec{w},b}(\vec{x}) = 1/(1 + e^{-(\vec{w} \cdot \vec{x}
  + b)})). The spec has no name for the whole model; "layer" is documented for names with a layer number. Tried
  afterwards with ``\hat{y}^{(i)}`` ("\\hat{y}^{(i)}" = "a1[0]") for it, and with ``f_1(\vec{x}^{(i)})`` and
  ``functions = { f = "layer" }``: all read correct.
- 2: Octave's transpose ' after a parenthesis, ``dW2 = (1/m) * (dZ2*(A1)');`` and ``dW1 = (1/m) * (dZ1*(X)');``:
  "expected ')' to close the parenthesis at "'" (position 24)" (23 for dW1). Tried afterwards with ``A1.T`` and
  ``X.T``: both read correct; with ``A1'``: "A1' matches none of the notation's patterns for A1 ('A1_{j}')".
- 1: Octave's .^ glued to a name (and ' after one), ``dZ1 = (W2'* dZ2) .* (A1.^2);``: "expected ')' to close the
  parenthesis at '.' (position 29)" (also with ``A1 .^ 2``). Tried afterwards with ``(A1 .* A1)``: "(W2'* dZ2) \odot
  (A1 \odot A1)" is 1 x 1 where the left side is 3 x 1 (W2' not read as W2's transpose); with ``W2.T`` too: reads
  wrong, the right verdict (and the right formula, ``(W2.T* dZ2) .* (1 - A1 .* A1)``, reads correct).
- 2: NumPy's np.dot, ``nn_output = sigmoid(np.dot(x, w))`` and ``error_term = error * sigmoid_prime(np.dot(x,w))``:
  "np.dot is not a function check reads at 'n' (position 21); write np.exp, np.log, np.sqrt, np.maximum(0, u),
  np.pow(u, 2) or an activation by its name, or name it in the notation's functions" (a notation's functions name
  activations, not np.dot). Tried afterwards with ``x[0]*w[0] + x[1]*w[1]``: the first reads correct; the second is
  then refused for the code's sigmoid_prime, "unknown symbol sigmoid_{prime}; ...", which the spec cannot name (a
  function's derivative); with ``sigmoid'(...)`` it reads correct.
- 1: Octave's sum of a one-unit row, ``db2 = (1/m) * sum(dZ2);``: "a sum without its index letter, whose term has no
  free index; write \sum_k". Tried afterwards with ``dZ2`` for ``sum(dZ2)``: reads correct.
- 1: Octave's sum of a column, ``db1 = (1/m) * sum(dZ1);``: "'(1/m) * sum(dZ1)' is a number where the left side is
  a vector or matrix": right in substance (the formula is wrong, above). Tried afterwards with ``sum(dZ1, 2)``,
  Octave's sum over the examples: "sum(u, axis) with an axis that is not 0 or 1 at '2' (position 24); write
  sum(u, 1)" (NumPy's axes, not Octave's dimensions).
- 1: a braced sigma before the prime, ZHE2018's ``\delta^L_j =\frac{\partial C}{\partial a^L_j} {\sigma}'(z^L_j)``:
  "unexpected at '}' (position 54)". Tried afterwards with ``\sigma'``: reads correct.
- 1: ``\triangledown`` for nabla (and the same {\sigma}'), ``\delta^L =\triangledown_a C \odot {\sigma}'(z^L)``: "the
  command \triangledown is not part of a formula check can read at '\triangledown' (position 11); write arithmetic,
  \frac, \sum, \sigma, \log, \exp and the homework's symbols". Tried afterwards with ``\nabla`` and ``\sigma'``:
  reads correct (either alone is still refused, for the other).
- 1: ``lna`` for ln a, ZHE2018's ``C = -\frac{1}{n}\sum_{x}[y\, lna+(1-y)\,ln(1-a)]``: "unknown symbol l; the
  notation knows \delta, a, b, w, y, z; l is an index letter of the notation: write it as a subscript or
  superscript of what it indexes (W_l, not Wl), or give it a meaning in the notation's [notation.symbols]". Tried
  afterwards with ``ln a``: "... is a vector or matrix where the left side is a number": the bare a is taken for
  the input a^1 through the notation's "a_{k}^{1}" = "x[k]" (Nielsen's a^1 = x, which BP4's a^{l-1}_k needs),
  where docs/notation.md makes a letter written without its layer the output layer's; without that pattern the
  rewritten formula reads correct.
- 1: a sum over k whose term has no k (the page's mistake), the softmax ``a^L_j=\frac{e^{z^L_j}}{\sum_{k}e^{z^L_j}}``:
  "the sum over k has no bounds and k indexes nothing in it; write the bounds". Tried afterwards with
  ``\sum_{k=1}^{3}``: reads wrong, the right verdict.
- 1: e with a superscript, the notation's e^k (``"e_{p}^{k}"``, the output's error) in zingale's ``{\bf A}
  \leftarrow {\bf A} - 2 \,\eta\, {\bf e}^k \circ ...``: "unknown symbol k; the notation knows A, \xi, b, e, x, y, z;
  give it a meaning in the notation's [notation.symbols], e.g. "k" = "a1[0]"": e^k read as Euler's e to the power
  k, while {\bf y}^k and ({\bf x}^k)^\intercal in the same formula are read through the notation. Tried afterwards
  with ``({\bf z} - {\bf y}^k)`` for it: reads correct.

What the spec could not express, which a page needed: the model as a function of the input (draco-tlw's
f_{\vec{w},b}(\vec{x}^{(i)}); docs/notation.md's "layer" is for names with a layer number); a function's
derivative named by code (sigmoid_prime); a dummy variable (zingale's xi in dg/dxi, taken as the first unit's
input b_1); Octave's sum over the first dimension against NumPy's axes; the learning rules' generic omega, b and
w_x, named with the project's ``parameter`` key and judged for the one --param names. The k of zingale's x^k, y^k
(the training pair) is a literal mark, left out of the notation's indices.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, TANH_SLOPE, deltas
from public_formulas_batch16_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_ZINGALE = "https://github.com/zingale/computational_astrophysics (content/machine-learning/machine-learning-derivation.md)"
_DRACO = ("https://github.com/draco-tlw/ML-notes (supervised-ml-regression-and-classification/week-3-classification/"
          "03-gradient-descent-for-logistic-regression/01-gradient-descent-implementation.md)")
_ZHE = "https://github.com/ZHE2018/network (README.md, the LaTeX of its codecogs images)"
_KIMMY = ("the code corpus's stored file 43627703986, \"Backpropagation Equations\" (kimmy's post of 2017-02-27; its"
          " repository not named by the index)")
_CHAIN = ("the code corpus's stored file 32831026483, a worked example x = 1.0, w_h = 0.5, w_o = 1.0 with the binary"
          " cross-entropy (its repository not named by the index)")
_OCTAVE = ("the code corpus's stored file 25555012318, \"function [dW1,db1,dW2,db2] = backward_propagation(m, W2, A1,"
           " A2, X, Y)\" (its repository not named by the index)")
_UDACITY = "https://github.com/Marius-Juston/Advanced-Autonomous-Vehicule (Python/neural_networks/gradient_descent.py)"
_SPINTI = "https://github.com/Omega-Spinti/udacity (neural_networks/gradient_descent.py)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K3 = tuple({"k": k} for k in range(3))
_PQ = tuple({"p": p, "q": q} for p in range(2) for q in range(2))
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_IPQ = tuple({"i": i, "p": p, "q": q} for i in range(2) for p in range(2) for q in range(2))
# zingale's dfdA_pq, f = sum_i (z_i - y_i)^2 with z = sigmoid(A x)
_ZG = "2*(a1[{p}] - y[{p}])*a1[{p}]*(1 - a1[{p}])*x[{q}]"
# Nielsen's deltas on the 2-3-2 sigmoid network with the quadratic cost: {2: [output units], 1: [hidden units]}
_ND = deltas((3, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_N_BIAS = (tuple({"p": f"b2[{j}]", "m": _ND[2][j]} for j in range(2))
           + tuple({"p": f"b1[{k}]", "m": _ND[1][k]} for k in range(3)))
_N_WEIGHT = (tuple({"p": f"W2[{j},{k}]", "m": f"{_ND[2][j]}*a1[{k}]"} for j in range(2) for k in range(3))
             + tuple({"p": f"W1[{j},{k}]", "m": f"{_ND[1][j]}*x[{k}]"} for j in range(3) for k in range(2)))
_N_Z = (tuple({"z": f"z2[{j}]", "m": _ND[2][j]} for j in range(2))
        + tuple({"z": f"z1[{k}]", "m": _ND[1][k]} for k in range(3)))
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_BCE2 = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
# the worked example's dL/dz_o and dL/dz_h (binary cross-entropy after a sigmoid)
_CD2 = "(a2[0] - y[0])"
_CD1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"
# the Octave network's deltas: a tanh hidden layer of 3, one sigmoid output with the logistic cost
_OD = deltas((3, 1), "a2[{j}] - y[{j}]", TANH_SLOPE)
_UD_OUT = "sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])"
_UD_STEP = "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"


def _values(*members: str) -> tuple:
    """One value claim per line of a block that repeats its left side, each a member of numbers."""
    return tuple((C,) for _ in members)


ENTRIES: list[Public] = [
    # ---- zingale's "Deriving the Learning Correction": $$...$$ and align, A_{pq} with \delta_{ip} Kronecker's,
    # x^k_j written superscript first, {\bf A} (TeX's old font switch), \circ, \intercal ----------------------------
    Public("zingale-df-dA", _ZINGALE, "b16_zingale", "b16_zingale",
           "$$\\frac{\\partial f}{\\partial A_{pq}} =\n  2 \\sum_{i=1}^{N_\\mathrm{out}} (z_i - y^k_i) \\frac{\\partial"
           " z_i}{\\partial A_{pq}}$$", ((C,),), (Twin("gradient", "W1[{p},{q}]", (_ZG,), _PQ),), batch=16,
           why="N_out the number of outputs, a bound that is not a number"),
    Public("zingale-dz-dA", _ZINGALE, "b16_zingale", "b16_zingale",
           "$$\\frac{\\partial z_i}{\\partial A_{pq}} = g(b_i)(1 - g(b_i)) \\delta_{ip} x^k_q = z_i (1- z_i) \\delta_{ip}"
           " x^k_q$$", ((C, C),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])*({i} == {p})*x[{q}]",
                 ("sigmoid(z1[{i}])*(1 - sigmoid(z1[{i}]))*({i} == {p})*x[{q}]",
                  "a1[{i}]*(1 - a1[{i}])*({i} == {p})*x[{q}]"), _IPQ),), batch=16,
           why="the output's derivative by a weight, not the cost's"),
    Public("zingale-db-dA", _ZINGALE, "b16_zingale", "b16_zingale",
           "$$\\frac{\\partial b_i}{\\partial A_{pq}} = \\sum_{j=1}^{N_\\mathrm{in}} \\frac{\\partial A_{ij}}{\\partial"
           " A_{pq}} x^k_j = \\sum_{j=1}^{N_\\mathrm{in}} \\delta_{ip} \\delta_{jq} x^k_j = \\delta_{ip} x^k_q$$",
           ((C, C, C),), (Twin("value", "({i} == {p})*x[{q}]", ("({i} == {p})*x[{q}]",) * 3, _IPQ),), batch=16),
    Public("zingale-dg-dxi", _ZINGALE, "b16_zingale", "b16_zingale",
           "$$\\frac{\\partial g}{\\partial \\xi} = - (1 + e^{-\\xi})^2 (- e^{-\\xi})\n  = g(\\xi) \\frac{e^{-\\xi}}{1+"
           " e^{-\\xi}} = g(\\xi) (1 - g(\\xi))$$", ((W, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("-(1 + exp(-z1[0]))**2*(-exp(-z1[0]))",
                                               "sigmoid(z1[0])*exp(-z1[0])/(1 + exp(-z1[0]))",
                                               "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),), batch=16,
           why="(1 + e^-xi)^2 for (1 + e^-xi)^-2: the derivative of 1/u is -u^-2 u'; xi taken at the first unit"),
    Public("zingale-df-dA-final", _ZINGALE, "b16_zingale", "b16_zingale",
           "\\begin{align}\n\\frac{\\partial f}{\\partial A_{pq}} &= 2 \\sum_{i=1}^{N_\\mathrm{out}}\n   (z_i - y^k_i)"
           " z_i (1 - z_i) \\delta_{ip} x^k_q \\\\\n   &= 2 (z_p - y^k_p) z_p (1- z_p) x^k_q\n\\end{align}", ((C, C),),
           (Twin("gradient", "W1[{p},{q}]", (_ZG, _ZG), _PQ),), batch=16),
    Public("zingale-df-dA-matrix", _ZINGALE, "b16_zingale", "b16_zingale",
           "$$\\frac{\\partial f}{\\partial {\\bf A}} = 2 ({\\bf z} - {\\bf y}^k) \\circ {\\bf z} \\circ (1 - {\\bf z})"
           " \\cdot ({\\bf x}^k)^\\intercal$$", ((C,),),
           (Twin("gradient", "W1[{i},{j}]", ("2*(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])*x[{j}]",), _IJ),), batch=16),
    Public("zingale-update", _ZINGALE, "b16_zingale", "b16_zingale",
           "$${\\bf A} \\leftarrow {\\bf A} - 2 \\,\\eta\\, {\\bf e}^k \\circ {\\bf z} \\circ (1 - {\\bf z}) \\cdot ({\\bf"
           " x}^k)^\\intercal$$", ((C,),),
           (Twin("update", "W1[{i},{j}]", ("W1[{i},{j}] - 2*eta*(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])*x[{j}]",),
                 _IJ),), batch=16, why="e^k = z - y^k, the output's error"),
    # ---- draco-tlw's notes on the deep-learning course: $...$ in a list, :=, \vec, the model f_{\vec{w},b} applied
    # to \vec{x}^{(i)}, (1/m) sum over the examples ---------------------------------------------------------------------
    Public("draco-w-update", _DRACO, "b16_logistic", "b16_draco",
           "$w_j := w_j - \\alpha \\frac{\\partial J(\\vec{w},b)}{\\partial w_j}$", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=16),
    Public("draco-b-update", _DRACO, "b16_logistic", "b16_draco",
           "$b := b - \\alpha \\frac{\\partial J(\\vec{w},b)}{\\partial b}$", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=16),
    Public("draco-dJ-dw", _DRACO, "b16_logistic", "b16_draco",
           "$$\\frac{\\partial J}{\\partial w_j} = \\frac{1}{m} \\sum_{i=1}^{m} (f_{\\vec{w},b}(\\vec{x}^{(i)}) -"
           " y^{(i)}) x_j^{(i)}$$", ((C,),), (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),),
           batch=16, why="m = 1 example"),
    Public("draco-dJ-db", _DRACO, "b16_logistic", "b16_draco",
           "$$\\frac{\\partial J}{\\partial b} = \\frac{1}{m} \\sum_{i=1}^{m} (f_{\\vec{w},b}(\\vec{x}^{(i)}) -"
           " y^{(i)})$$", ((C,),), (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=16),
    Public("draco-model", _DRACO, "b16_logistic", "b16_draco",
           "$f_{\\vec{w},b}(\\vec{x}) = \\frac{1}{1 + e^{-(\\vec{w} \\cdot \\vec{x} + b)}}$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])))",)),), batch=16),
    # ---- ZHE2018's README: the LaTeX of codecogs images (their title attribute; \rightarrow for the update,
    # \triangledown for nabla, ln written lna, {\sigma}'), Nielsen's notation -------------------------------------------
    Public("zhe-w-rule", _ZHE, "b16_nielsen", "b16_zhe",
           "\\large \\omega\\rightarrow \\omega - \\eta\\frac{\\partial C}{\\partial \\omega}", ((C,),),
           (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),), param="W2[0,1]", batch=16,
           why="omega any weight: judged for the one --param names"),
    Public("zhe-b-rule", _ZHE, "b16_nielsen", "b16_zhe",
           "\\large b\\rightarrow b- \\eta\\frac{\\partial C}{\\partial b}", ((C,),),
           (Twin("update", "b1[2]", ("b1[2] - eta*grad",)),), param="b1[2]", batch=16),
    Public("zhe-bp1", _ZHE, "b16_nielsen", "b16_zhe",
           "\\LARGE \\delta^L_j =\\frac{\\partial C}{\\partial a^L_j} {\\sigma}'(z^L_j)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), _J2),), batch=16),
    Public("zhe-bp1-vector", _ZHE, "b16_nielsen", "b16_zhe",
           "\\LARGE \\delta^L =\\triangledown_a C \\odot {\\sigma}'(z^L)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), _J2),), batch=16),
    Public("zhe-bp2-typo", _ZHE, "b16_nielsen", "b16_zhe",
           "\\LARGE \\delta^l =((\\omega ^{l+1})^T)\\delta ^{l+1})\\odot \\sigma'(z^l)", unreadable="parenthesis",
           batch=16, why="one ( opened and two ) closed: ((w^{l+1})^T)\\delta^{l+1}) has no reading"),
    Public("zhe-bp3", _ZHE, "b16_nielsen", "b16_zhe", "\\LARGE \\frac{\\partial C}{\\partial b^l_j}=\\delta ^l_j",
           ((C,),), (Twin("gradient", "{p}", ("{m}",), _N_BIAS),), batch=16, why="a rule over l: layers 2 and 3"),
    Public("zhe-bp4", _ZHE, "b16_nielsen", "b16_zhe",
           "\\LARGE \\frac{\\partial C}{\\partial w ^l_{jk}}=a^{l-1}_k \\delta ^l_j", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _N_WEIGHT),), batch=16,
           why="the image's source (its title writes \\omega ^l_{jk})"),
    Public("zhe-cross-entropy", _ZHE, "b16_nielsen_ce", "b16_zhe",
           "\\large C = -\\frac{1}{n}\\sum_{x}[y\\, lna+(1-y)\\,ln(1-a)]", ((C,),), (Twin("value", _BCE, (_BCE,)),),
           batch=16, why="one sigmoid neuron, one input x (n = 1)"),
    Public("zhe-softmax", _ZHE, "b16_nielsen_softmax", "b16_zhe",
           "\\large a^L_j=\\frac{e^{z^L_j}}{\\sum_{k}e^{z^L_j}}", ((W,),),
           (Twin("value", "a1[{j}]", ("exp(z1[{j}])/(exp(z1[{j}]) + exp(z1[{j}]) + exp(z1[{j}]))",), _J3),),
           batch=16, why="e^{z^L_j} summed over k for e^{z^L_k}: every a_j is 1/3"),
    # ---- kimmy's post "Backpropagation Equations": Nielsen's four equations with \dfrac, \tag, \equiv, \ spaces ------
    Public("kimmy-delta", _KIMMY, "b16_nielsen", "b16_kimmy",
           "$$\n\\delta_j^l\\equiv \\dfrac{\\partial C}{\\partial z^l_j}\n$$", ((C,),),
           (Twin("gradient_z", "{z}", ("{m}",), _N_Z),), batch=16, why="the definition, true at every layer"),
    Public("kimmy-bp1", _KIMMY, "b16_nielsen", "b16_kimmy",
           "$$\n\\delta_j^l = \\dfrac{\\partial C}{\\partial z^L_j} \\ \\sigma'(z^L_j)\\tag{BP1}\n$$", ((W,),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a2[{j}]*(1 - a2[{j}])",), _J2),),
           batch=16, why="dC/dz^L_j for dC/da^L_j: sigma' counted twice (and l for L on the left)"),
    Public("kimmy-bp2-typo", _KIMMY, "b16_nielsen", "b16_kimmy",
           "$$\n\\delta^l = (w^{l+1})^T\\delta^{l+1})\\ \\odot\\ \\sigma'(z^l)\\tag{BP2}\n$$", unreadable="parenthesis",
           batch=16, why="Nielsen's ((w^{l+1})^T \\delta^{l+1}) with its first ( left out"),
    Public("kimmy-bp3", _KIMMY, "b16_nielsen", "b16_kimmy",
           "$$\n\\dfrac{\\partial C}{\\partial b^l_j}= \\delta_j^l \\tag{BP3}\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{m}",), _N_BIAS),), batch=16),
    Public("kimmy-bp4-typo", _KIMMY, "b16_nielsen", "b16_kimmy",
           "$$\n\\dfrac{\\partial C}{w_{jk}^l}= a^{l-1}_k \\delta^l_j \\tag{BP4}\n$$",
           unreadable="the denominator of a partial derivative starts with \\partial", batch=16,
           why="\\partial C over w: the denominator's \\partial left out"),
    # ---- the stored worked example (x = 1.0, w_h = 0.5, w_o = 1.0, y = 1, BCE, alpha = 0.1): aligned and array blocks
    # that repeat their left side line by line, 2.71828 for e, L(1, 0.65078), − (U+2212), 1.0 - -0.02174 ---------------
    Public("chain-a-h", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  a_h &= \\sigma(0.5) \\\\[0.2em]\n  a_h &= \\frac{1}{1 + e^{-0.5}} \\\\[1em]\n  a_h &="
           " \\frac{1}{1 + 2.71828^{-0.5}} \\\\[1em]\n  a_h &= 0.62246\n\\end{aligned}\n$$", _values(*"abcd"),
           tuple(Twin("value", "a1[0]", (member,)) for member in
                 ("=1/(1 + np.exp(-0.5))", "=1/(1 + np.exp(-0.5))", "=1/(1 + 2.71828**(-0.5))", "=0.62246")),
           batch=16),
    Public("chain-y-hat", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  \\hat{y} &= \\sigma(0.62246) \\\\[0.2em]\n  \\hat{y} &= \\frac{1}{1 + e^{-0.62246}}"
           " \\\\[1em]\n  \\hat{y} &= \\frac{1}{1 + 2.71828^{-0.62246}} \\\\[1em]\n  \\hat{y} &= 0.65078\n\\end{aligned}\n$$",
           _values(*"abcd"),
           tuple(Twin("value", "a2[0]", (member,)) for member in
                 ("=1/(1 + np.exp(-0.62246))", "=1/(1 + np.exp(-0.62246))", "=1/(1 + 2.71828**(-0.62246))",
                  "=0.65078")), batch=16),
    Public("chain-loss", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  L(1, 0.65078) = -[1 \\cdot \\log(0.65078) + (1 - 1) \\cdot \\log(1 - 0.65078)]"
           " \\\\[1em]\n  L(1, 0.65078) = -[1 \\cdot \\log(0.65078) + (0) \\cdot \\log(0.34922)] \\\\[1em]\n  L(1, 0.65078)"
           " = -[-0.42958 + 0] \\\\[1em]\n  L(1, 0.65078) = -[-0.42958] \\\\[1em]\n  L(1, 0.65078) = 0.42958\n"
           "\\end{aligned}\n$$", _values(*"abcde"),
           tuple(Twin("value", _BCE2, (member,)) for member in
                 ("=-(1*np.log(0.65078) + (1 - 1)*np.log(1 - 0.65078))", "=-(1*np.log(0.65078) + (0)*np.log(0.34922))",
                  "=-(-0.42958 + 0)", "=-(-0.42958)", "=0.42958")), batch=16,
           why="the loss written with its arguments' numbers, L(y, yhat) at y = 1, yhat = 0.65078"),
    Public("chain-dL-dzo-chain", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\frac{\\partial L}{\\partial z_o} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial"
           " \\hat{y}}{\\partial z_o}\n$$", ((C,),), (Twin("gradient_z", "z2[0]", (_CD2,)),), batch=16),
    Public("chain-dL-dzo", _CHAIN, "b16_chain", "b16_chain", "$$\\frac{\\partial L}{\\partial z_o} = \\hat{y} - y$$",
           ((C,),), (Twin("gradient_z", "z2[0]", (_CD2,)),), batch=16),
    Public("chain-dL-dzo-numbers", _CHAIN, "b16_chain", "b16_chain",
           "$$\\frac{\\partial L}{\\partial z_o} = 0.65078 - 1$$", ((C,),),
           (Twin("value", _CD2, ("=0.65078 - 1",)),), batch=16,
           why="dL/dz_o with numbers, judged as a value (the oracle's gradient_z twin takes no numbers)"),
    Public("chain-dL-dzo-value", _CHAIN, "b16_chain", "b16_chain", "$$\\frac{\\partial L}{\\partial z_o} = -0.34922$$",
           ((C,),), (Twin("value", _CD2, ("=-0.34922",)),), batch=16),
    Public("chain-dL-dwo-chain", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\frac{\\partial L}{\\partial w_o} = \\frac{\\partial L}{\\partial z_o} \\cdot \\frac{\\partial z_o}"
           "{\\partial w_o}\n$$", ((C,),), (Twin("gradient", "W2[0,0]", (f"{_CD2}*a1[0]",)),), batch=16),
    Public("chain-dzo-dwo", _CHAIN, "b16_chain", "b16_chain", "$$\\frac{\\partial z_o}{\\partial w_o} = a_o$$",
           ((W,),), (Twin("value", "a1[0]", ("a2[0]",)),), batch=16,
           why="a_o (the output neuron's output, as a_h is the hidden one's) for a_h: z_o = w_o a_h"),
    Public("chain-dL-dwo", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  \\frac{\\partial L}{\\partial w_o} = −0.34922 \\cdot 0.62246 \\\\[1em]\n"
           "  \\frac{\\partial L}{\\partial w_o} = -0.21737\n\\end{aligned}\n$$", _values("a", "b"),
           (Twin("gradient", "W2[0,0]", ("=-0.34922*0.62246",)), Twin("gradient", "W2[0,0]", ("=-0.21737",))),
           batch=16, why="the first line's minus is U+2212"),
    Public("chain-dzo-dah", _CHAIN, "b16_chain", "b16_chain", "$$\\frac{\\partial z_o}{\\partial a_h} = w_o$$",
           ((C,),), (Twin("value", "W2[0,0]", ("W2[0,0]",)),), batch=16),
    Public("chain-dL-dao", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  \\frac{\\partial L}{\\partial a_o} = −0.34922 \\cdot 1.0 \\\\[1em]\n  \\frac{\\partial"
           " L}{\\partial a_o} = -0.34922\n\\end{aligned}\n$$", ((W,), (W,)),
           (Twin("value", "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", ("=-0.34922*1.0",)),
            Twin("value", "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", ("=-0.34922",))), batch=16,
           why="a_o for a_h: dL/da_h is -0.34922 (dL/dz_o w_o), dL/da_o = dL/dyhat is -1/0.65078 = -1.53662"),
    Public("chain-dL-dwh-chain", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\frac{\\partial L}{\\partial w_h} = \\frac{\\partial L}{\\partial a_h} \\cdot \\frac{\\partial a_h}"
           "{\\partial z_h} \\cdot \\frac{\\partial z_h}{\\partial w_h}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_CD1}*x[0]",)),), batch=16),
    Public("chain-dah-dzh", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  \\frac{\\partial a_h}{\\partial z_h} = a_h(1 - a_h)\n  \\\\[1em]\n  \\frac{\\partial"
           " a_h}{\\partial z_h} = 0.62246(1 - 0.62246) \\\\[1em]\n  \\frac{\\partial a_h}{\\partial z_h} = 0.23500\n"
           "\\end{aligned}\n$$", _values("a", "b", "c"),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),
            Twin("value", "a1[0]*(1 - a1[0])", ("=0.62246*(1 - 0.62246)",)),
            Twin("value", "a1[0]*(1 - a1[0])", ("=0.23500",))), batch=16),
    Public("chain-dL-dwh", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{aligned}\n  \\frac{\\partial L}{\\partial w_h} = −0.34922 \\cdot 0.23500 \\cdot 1.0 \\\\[1em]\n"
           "  \\frac{\\partial L}{\\partial w_h} = -0.08206\n\\end{aligned}\n$$", _values("a", "b"),
           (Twin("gradient", "W1[0,0]", ("=-0.34922*0.23500*1.0",)), Twin("gradient", "W1[0,0]", ("=-0.08206",))),
           batch=16, why="-0.0820685 rounds to -0.08207: -0.08206 is one unit off, within the rule"),
    Public("chain-update-rule", _CHAIN, "b16_chain", "b16_chain",
           "$$\nw_x = w_x - \\alpha\\frac{\\partial L}{\\partial w_x}\n$$", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), param="W2[0,0]", batch=16,
           why="w_x any weight: judged for the one --param names"),
    Public("chain-update-wo", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{array}{l}\n  w_o = 1.0 - 0.1(-0.21737) \\\\\n  w_o = 1.0 - -0.02174 \\\\\n  w_o = 1.0 + 0.02174"
           " \\\\\n  w_o = 1.02174\n\\end{array}\n$$", _values(*"abcd"),
           tuple(Twin("update", "W2[0,0]", (member,)) for member in
                 ("=1.0 - 0.1*(-0.21737)", "=1.0 - -0.02174", "=1.0 + 0.02174", "=1.02174")), batch=16),
    Public("chain-update-wh", _CHAIN, "b16_chain", "b16_chain",
           "$$\n\\begin{array}{l}\n  w_h = 0.5 - 0.1(-0.08206) \\\\\n  w_h = 0.5 - -0.00821 \\\\\n  w_h = 0.5 + 0.00821"
           " \\\\\n  w_h = 0.50821\n\\end{array}\n$$", _values(*"abcd"),
           tuple(Twin("update", "W1[0,0]", (member,)) for member in
                 ("=0.5 - 0.1*(-0.08206)", "=0.5 - -0.00821", "=0.5 + 0.00821", "=0.50821")), batch=16),
    # ---- the stored Octave backward_propagation: code with ; at each line's end, ' the transpose, .* and .^ -------
    Public("octave-dZ2", _OCTAVE, "b16_octave", "b16_octave", "dZ2 = A2 - Y;", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=16),
    Public("octave-dW2", _OCTAVE, "b16_octave", "b16_octave", "dW2 = (1/m) * (dZ2*(A1)');", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K3),), batch=16, why="m = 1 example"),
    Public("octave-db2", _OCTAVE, "b16_octave", "b16_octave", "db2 = (1/m) * sum(dZ2);", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=16),
    Public("octave-dZ1", _OCTAVE, "b16_octave", "b16_octave", "dZ1 = (W2'* dZ2) .* (A1.^2);", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a1[{j}]**2",), _J3),), batch=16,
           why="A1.^2 for 1 - A1.^2, the tanh's derivative"),
    Public("octave-dW1", _OCTAVE, "b16_octave", "b16_octave", "dW1 = (1/m) * (dZ1*(X)');", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", ("{m}*x[{k}]",),
                 tuple({"j": j, "k": k, "m": _OD[1][j]} for j in range(3) for k in range(2))),), batch=16,
           why="dZ1 the notation's, the true gradient"),
    Public("octave-db1", _OCTAVE, "b16_octave", "b16_octave", "db1 = (1/m) * sum(dZ1);", ((W,),),
           (Twin("gradient", "b1[{j}]", (" + ".join(_OD[1]),), _J3),), batch=16,
           why="Octave's sum of the column dZ1 (n_h by m) runs over its first dimension, the hidden units: every"
               " entry of db1 is the sum of the three deltas (sum(dZ1, 2) sums over the examples); first written"
               " down as correct, corrected after the blind run"),
    # ---- Udacity's gradient_descent.py, two copies: Python with np.dot, x[0] and list literals -----------------------
    Public("udacity-output", _UDACITY, "b16_udacity", "b16_udacity", "nn_output = sigmoid(np.dot(x, w))", ((C,),),
           (Twin("value", "a1[0]", (_UD_OUT,)),), batch=16),
    Public("udacity-step", _UDACITY, "b16_udacity", "b16_udacity",
           "del_w = learnrate * error * nn_output * (1 - nn_output) * x", ((C,),),
           (Twin("value", _UD_STEP, ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=16),
    Public("spinti-output", _SPINTI, "b16_udacity", "b16_udacity", "nn_output = sigmoid(x[0]*w[0] + x[1]*w[1])",
           ((C,),), (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1])",)),), batch=16),
    Public("spinti-error-term", _SPINTI, "b16_udacity", "b16_udacity",
           "error_term = error * sigmoid_prime(np.dot(x,w))", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])",
                 (f"(y[0] - a1[0])*{_UD_OUT}*(1 - {_UD_OUT})",)),), batch=16,
           why="sigmoid_prime the code's sigmoid(x) * (1 - sigmoid(x))"),
    Public("spinti-step", _SPINTI, "b16_udacity", "b16_udacity",
           "del_w = [ learnrate * error_term * x[0],\n                 learnrate * error_term * x[1]]", ((C,),),
           (Twin("value", _UD_STEP, ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=16),
]
