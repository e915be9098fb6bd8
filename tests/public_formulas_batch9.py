"""Batch 9 of the public formulas (see the docstring of tests/public_formulas.py): collected as a held-out
set to measure the reader's blind rate honestly, run blind, then fixed from by general rules, and now part
of public_formulas.ENTRIES (test_public_formulas.py holds every verdict).

Formulas from 14 pages no earlier batch used (GitHub notes and blog posts, Stack Exchange questions and
answers, a tutorial site, a README whose formulas live in codecogs images), copied verbatim, typos and
mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md, a network of the kind the page describes (with the page's numbers where it
works an example; both in tests/public_formulas_batch9_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them before check was. ``unreadable`` marks a formula the page mistyped so that any
reading would be a guess: a correct reader refuses it in one line.

tests/blind_batch.py measures it, entry by entry and page by page:

    python tests/blind_batch.py 9

Blind, once, on 2026-12-03 at main 8387d0a (after batch 8's fixes to its two misreadings): 39 of 62 read
with every verdict right (63%); the 3 typos refused as they should be; 19 refused that should have been
read; 1 misread (an update read as a claim with no member judged); no wrong formula called correct.
Read right or rightly refused: 42 of 62 (68%). By kind of claim: values (forward passes, losses, local
derivatives) 24 of 39 read (of them, members of numbers 7 of 14), deltas (dL/dz) 11 of 13, gradients
(dL/dW, dL/db) 3 of 5, updates 1 of 2. A first run the same day read 25 of 62 (40%): five of the tables
(ezalos, blackKeys17, chrisxue815, jmcheon's two) gave ``indices`` without l, so that under the spec the
l of ``"a_{j}^{l}"`` was a literal letter and a^{l-1}, a^L, w^{l+1}, \\delta^L, dZ^{[L]} matched nothing;
the tables were mine to fix (the spec's default, ijklmn, has l), not the reader, and the figures above
are with l among their index letters. The refusals and the misreading by construct:

- 7: a hat over a subscripted letter as a notation pattern, ``"\\hat{y_{n}}" = "a2[n-1]"`` (the page writes
  ``\\hat{y1}``): the notation itself is refused ("unexpected at '}'"), so every formula of the page is
  (melfm-*), the construct batch 8 met (udacity-*). Tried afterwards with ``"\\hat{y}_{n}"``: melfm-z1 reads
  with its three verdicts right; the others stay refused, ``\\hat{y1}`` an unknown symbol (check itself
  suggests the pattern ``"\\hat{y1}"``) and ``E_y1`` read as TeX sets it, E_{y} times 1, matching no ``"E_{yn}"``.
- 3: a weight vector named through its entries (``"w_{j}" = "W1[0, j]"``, ``"\\alpha_{k}" = "W1[0, k-1]"``,
  ``"w_{k}" = "W2[0, k-1]"``), transposed against the vector it weighs: ``w^Tx``, ``\\alpha^T x^i``, ``w^Tz^i``
  are refused as "a vector or matrix where the left side is a number" (also written ``w^T x``, ``w^{T}x``;
  reiven-net-input, techqa-hidden, techqa-net).
- 2: a layer placeholder other than l, ``"A_{j}^{[i]}" = "a{i}[j]"`` (the page's layer letter is i): the
  unindexed ``A^{[i]}``, ``W^{[i]}`` (and ``A^{[2]}``, ``W^{[2]}`` as well) match none of the patterns
  (cse328445-*), where jmcheon's table, with l, reads them.
- 2: the case after the formula, ``, \\quad i = j`` and ``,\\quad i \\neq j.`` ("unexpected at ','";
  yanfeng-jacobian-*); without it the diagonal case is judged for every i, j, and is wrong.
- 1 each: a Unicode subscript digit past 3, ``w₅`` ("cannot read '₅'"; ₀ to ₃ are read, and so is w5;
  fiqlab-net-o1); the transpose inside a superscript, ``W^{[l]^T}`` (no pattern for W; written
  ``(W^{[l]})^T``, the prime of ``f^{'}`` is refused next; jmcheon-dZ-hidden); ``\\nabla_a C``, the gradient
  by the outputs named by their letter alone ("a matches none of the notation's patterns"; the same
  equation with ``\\frac{\\partial C}{\\partial a^L_j}`` reads; ezalos-output-error-table); a vector left side
  with a number on the right, the page's mistaken ``\\frac{\\partial \\hat{y}}{\\partial w}`` without its x,
  refused for its shape where the oracle says wrong (with the x written it reads, correct;
  jahknows-dy-dw); an ellipsis ``+ .… +`` leaving terms out ("unexpected at '.'", refused on purpose by
  docs/notation.md then; blackkeys-forward-ellipsis). Since session 11 an ellipsis between terms of one template
  reads (docs/notation.md); this one is still refused, for the scan's ``.…`` (with ``\\dots`` it reads correct).
- misread: ``w_k\\rightarrow w_k-\\eta\\frac{\\partial C}{\\partial w_k}`` (with --param W1[2,1]) is not read
  as an update: it comes back as a value claim with no member judged, neither a verdict nor a refusal
  (blackkeys-update).
- the typos are refused for what they are: the unclosed parenthesis ("expected ')'"; chrisxue-loss-typo),
  ``y^{(i))`` ("the formula ends too early"; reiven-adaline-cost-typo), i for k ("the index i has no value";
  blackkeys-dC-da-typo).

What the oracle found on the pages: fiqlab's e^(-0.3775) = 0.68566 is 0.685573, so its two members built
on it are wrong while its 0.59327 is right; melfm types b1 = 0.30 for its figure's 0.35, and its
``0.15 * 0.05 + 0.2 * 0.1 + 0.30`` was still right by the rule for numbers as it then stood (0.2 and 0.1
right to one digit only, which allowed 0.063; wrong since, later the same day, a number the file writes is
right to half a unit when copied) while its 0.3275 is wrong; ninjakx's hidden nets 0.43 and 1 are
mistyped (0.2422 and 0.5646) while the outputs after them are right, and its ``= 1`` counts as right (a
whole number is right to the unit).

Blind again at main f744076, after rebasing onto it: the same 39 of 62, entry by entry; 40 of 62 after
batch 8's fixes (main f81b162).

After the fixes from this batch (general rules, held to the oracle family by family in
test_reading_constructs_batch9.py): 57 of 62 read with every verdict right (92%), no misreading, no wrong
formula called correct; the 3 typos and 2 formulas refused on purpose (the ellipsis that leaves out terms;
jahknows-dy-dw's number for the vector d yhat/d w, a value of another shape than its left side) are
refused in one line. Since batch 35's fixes (fixvectors), a number that equals none of a vector's entries is wrong
under every reading: jahknows-dy-dw reads, wrong as the oracle says.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch9_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_FIQLAB = "https://fiqlab.vercel.app/blog/backpropagation-manual-calculation"
_MELFM = "https://github.com/melfm/notes (docs/machine_learning/backprop.md)"
_EZALOS = "https://github.com/ezalos/NotYetSelfAware (maths.md)"
_BLACKKEYS = "https://github.com/blackKeys17/blackkeys17.github.io (content/posts/neural_net_maths/index.md)"
_YANFENG = "https://github.com/yanfenglee/dl_demo (README.md)"
_HOADM = "https://github.com/hoadm-net/DL (lab04/concepts/04_softmax_ce_gradients.md)"
_DERIVING = ("https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1 (Deriving the Derivative for a Softmax Cross"
             " Entropy, CS231n notes)")
_REIVEN = "https://github.com/reiven-c-t/ML_Learning (PythonMachineLearning/Chapter2/smallNote.md)"
_CHRISXUE = "https://github.com/chrisxue815/deeplearning_notes (neural.network.md)"
_JMCHEON = "https://github.com/jmcheon/multilayer_perceptron (notation.md)"
_CSE328445 = ("https://stats.stackexchange.com/questions/328445/why-do-derivative-of-weights-for-sigmoid-binary-output"
              "-classification-layer-depe")
_TECHQA = "https://math.techqa.club/gradient-of-2-layer-network-4075404"
_JAHKNOWS = ("https://datascience.stackexchange.com/questions/31725/how-to-understand-backpropagation-using-derivative"
             "/31727")
_NINJAKX = "https://github.com/ninjakx/Neural_network_solver (README.md, the LaTeX of its codecogs images)"

_I2 = ({"i": 0}, {"i": 1})
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_DIAGONAL = tuple({"i": i, "j": i} for i in range(3))
_OFF_DIAGONAL = tuple({"i": i, "j": j} for i in range(3) for j in range(3) if i != j)


def _output_delta(unit, factor: str = "") -> str:
    """dC/dz2[unit] of two sigmoid layers under the (half) squared error; factor "2*" without the 1/2."""
    return f"{factor}(a2[{unit}] - y[{unit}])*a2[{unit}]*(1 - a2[{unit}])"


def _hidden_delta(unit: int, factor: str = "") -> str:
    """dC/dz1[unit] of the 2-3-2 sigmoid networks."""
    back = " + ".join(f"W2[{k},{unit}]*{_output_delta(k, factor)}" for k in range(2))
    return f"({back})*a1[{unit}]*(1 - a1[{unit}])"


def _weight_gradients(factor: str = "") -> tuple:
    """Every weight of the 2-3-2 sigmoid networks with its gradient: values for Twin("gradient", "W{l}[{j},{k}]")."""
    first = tuple({"l": 1, "j": j, "k": k, "m": f"{_hidden_delta(j, factor)}*x[{k}]"} for j in range(3) for k in range(2))
    second = tuple({"l": 2, "j": j, "k": k, "m": f"{_output_delta(j, factor)}*a1[{k}]"} for j in range(2) for k in range(3))
    return first + second


def _pre_activations(fan_ins: tuple, bias: bool = True) -> tuple:
    """z of every unit of every layer as its sum: values for Twin("value", "{z}", ("{m}",))."""
    values = []
    for layer, (units, fan_in) in enumerate(fan_ins, start=1):
        before = "x" if layer == 1 else f"a{layer - 1}"
        for j in range(units):
            terms = " + ".join(f"W{layer}[{j},{k}]*{before}[{k}]" for k in range(fan_in))
            values.append({"z": f"z{layer}[{j}]", "m": terms + (f" + b{layer}[{j}]" if bias else "")})
    return tuple(values)


def _activations(units: tuple) -> tuple:
    """a = sigmoid(z) of every unit: values for Twin("value", "{a}", ("{m}",))."""
    return tuple({"a": f"a{layer}[{j}]", "m": f"sigmoid(z{layer}[{j}])"} for layer, count in enumerate(units, start=1)
                 for j in range(count))


def _kronecker(k: int) -> str:
    return f"(1 if {{i}} == {k} else 0)"


# The softmax cross-entropy's dL/dz_i, step by step as the derivations write it (units i and k of three):
_SOFTMAX_STEPS = {
    "dlog": "-(" + " + ".join(f"t[{k}]*({_kronecker(k)} - a1[{{i}}])" for k in range(3)) + ")",
    "dp": "-(" + " + ".join(f"t[{k}]/a1[{k}]*a1[{k}]*({_kronecker(k)} - a1[{{i}}])" for k in range(3)) + ")",
    "split": "-t[{i}]*(1 - a1[{i}]) - (" + " + ".join(f"(1 - {_kronecker(k)})*t[{k}]/a1[{k}]*(-a1[{k}]*a1[{{i}}])"
                                                       for k in range(3)) + ")",
    "others": "-t[{i}]*(1 - a1[{i}]) + (" + " + ".join(f"(1 - {_kronecker(k)})*t[{k}]*a1[{{i}}]" for k in range(3)) + ")",
    "expanded": "-t[{i}] + t[{i}]*a1[{i}] + (" + " + ".join(f"(1 - {_kronecker(k)})*t[{k}]*a1[{{i}}]" for k in range(3))
                + ")",
    "factored": "a1[{i}]*(t[0] + t[1] + t[2]) - t[{i}]",
    "result": "a1[{i}] - t[{i}]",
}
_SOFTMAX_1 = "exp(z1[{j}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_LOG_SUM_EXP = "log(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_CE_1 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_BCE_2 = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"
# Ng's 2-3-1 network: dL/dz1[j] under the binary cross-entropy
_NG_HIDDEN = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_NG_WEIGHTS = (tuple({"i": 1, "j": j, "k": k, "m": _NG_HIDDEN.format(j=j) + f"*x[{k}]"} for j in range(3) for k in range(2))
               + tuple({"i": 2, "j": 0, "k": k, "m": f"(a2[0] - y[0])*a1[{k}]"} for k in range(3)))
_JAHKNOWS_GRADIENT = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]"

ENTRIES: list[Public] = [
    # ---- fiqlab: plain text with Unicode subscripts, the step-by-step example's numbers on one output ----------
    Public("fiqlab-net-h1", _FIQLAB, "b9_mazur_221", "b9_fiqlab",
           "net_h1 = (w₁ · x₁) + (w₂ · x₂) + b_h\n= (0.15 × 0.05) + (0.20 × 0.10) + 0.35\n= 0.0075 + 0.0200 + 0.3500\n"
           "= 0.3775", ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1", "=(0.15*0.05) + (0.20*0.10) + 0.35",
                                    "=0.0075 + 0.0200 + 0.3500", "=0.3775")),), batch=9),
    Public("fiqlab-out-h1", _FIQLAB, "b9_mazur_221", "b9_fiqlab",
           "out_h1 = σ(0.3775)\n= 1 / (1 + e^(−0.3775))\n= 1 / (1 + 0.68566)\n= 1 / 1.68566\n= 0.59327", ((C, C, W, W, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3775))", "=1/(1 + np.exp(-0.3775))", "=1/(1 + 0.68566)",
                                    "=1/1.68566", "=0.59327")),), batch=9,
           why="the page's e^(-0.3775) = 0.68566 is 0.685573: the two members built on it are wrong, its 0.59327 right"),
    Public("fiqlab-net-o1", _FIQLAB, "b9_mazur_221", "b9_fiqlab",
           "net_o1 = (w₅ · out_h1) + (w₆ · out_h2) + b_o\n= (0.40 × 0.59327) + (0.45 × 0.59688) + 0.60\n"
           "= 0.23731 + 0.26860 + 0.60000\n= 1.10591", ((C, C, C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2", "=(0.40*0.59327) + (0.45*0.59688) + 0.60",
                                    "=0.23731 + 0.26860 + 0.60000", "=1.10591")),), batch=9),
    Public("fiqlab-error", _FIQLAB, "b9_mazur_221", "b9_fiqlab", "E = 0.5 × (t₁ − out_o1)²", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=9,
           why="the loss itself, a value claim; the page's next line (its number) is cut off in the stored copy"),
    # ---- melfm's notes: the same example retyped, with its slips (b1 = 0.30, w6 * h1, t1 for t2) ---------------
    Public("melfm-z1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{align}\n    z1 = w1 * x1 + w2 * x2 + b1 \\\\\n    z1 = 0.15 * 0.05 + 0.2 * 0.1 + 0.30 \\\\\n"
           "    z1 = 0.3275\n\\end{align}", ((C,), (W,), (W,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),
            Twin("value", "z1[0]", ("=0.15*0.05 + 0.2*0.1 + 0.30",)),
            Twin("value", "z1[0]", ("=0.3275",))), batch=9,
           why="the page types b1 = 0.30 where its figure (and its own h2 = 0.5969) has 0.35: 0.3275 for 0.3775;"
               " its sum of numbers was right by the rule as it stood when the batch was measured (each number"
               " right to 1.5 units of its last digit, so 0.2 and 0.1 to 0.15), and is wrong since the file's own"
               " numbers, copied, are right to half a unit only"),
    Public("melfm-y1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{align}\n  y1 = w5 * h1 + w6 * h1 + b2  \\\\\n  y1 = (0.4 * 0.5812 + 0.45 * 0.5812) + 0.6 = 1.094 \\\\\n"
           "  \\hat{y1} = \\sigma (y1) \\\\\n           = 0.7491\n\\end{align}", ((W,), (W, W), (C, W)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[0] + b2",)),
            Twin("value", "z2[0]", ("=(0.4*0.5812 + 0.45*0.5812) + 0.6", "=1.094")),
            Twin("value", "a2[0]", ("sigmoid(z2[0])", "=0.7491"))), batch=9,
           why="w6 * h1 for w6 * h2; y1 is o1's net input here, yhat1 its output; the numbers make the same slip"
               " (h1's 0.5812 for h2's: 1.09402 for 1.10591), once covered by a copied number's half unit"),
    Public("melfm-error-y1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation}\n  E_y1 = \\frac{1}{2}(t1 - \\hat{y1})^2 = \\frac{1}{2}(0.01 - 0.7491)^2 = 0.2731\n"
           "\\end{equation}", ((C, W, W),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("1/2*(y[0] - a2[0])**2", "=1/2*(0.01 - 0.7491)**2", "=0.2731")),),
           batch=9, why="E_y1, o1's share of the error (E_{y1} as TeX sets it); its 0.7491 stands for yhat1, which is"
                        " 0.75137 at the file's numbers (the page's 0.7491 follows its w6 * h1 for w6 * h2), 23 units"
                        " of its last digit off; it passed only while the copied target 0.01 carried half a unit"),
    Public("melfm-error-y2", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation}\n  E_y2 = \\frac{1}{2}(0.01 - 0.7703)^2 = 0.289\n\\end{equation}", ((W, W),),
           (Twin("value", "(y[1] - a2[1])**2/2", ("=1/2*(0.01 - 0.7703)**2", "=0.289")),), batch=9,
           why="o2's error with o1's target 0.01 for 0.99"),
    Public("melfm-w5-chain", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation} \n\\frac{\\partial E_{total}}{\\partial w5} = \\frac{\\partial E_{total}}{\\partial \\hat{y1}}"
           " \\frac{\\partial \\hat{y1}}{\\partial h1} \\frac{\\partial h1}{\\partial w5} \n\\end{equation}", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*0",)),), batch=9,
           why="through h1 (o1's input) for y1 (its net input): h1 does not depend on w5"),
    Public("melfm-dE-dy1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{align}\n    E_{total} = \\frac{1}{2}(t1 - \\hat{y1})^2 + \\frac{1}{2}(t2 - \\hat{y2})^2 \\\\\n"
           "    \\frac{\\partial E_{total}}{\\partial \\hat{y1}} = 2 * \\frac{1}{2} (t1 - \\hat{y1})^{2-1} + 0 \\\\\n"
           "    = -(t1 - \\hat{y1}) \\\\\n    =-(0.01 - 0.7491 ) \\\\\n    = 0.7391\n\\end{align}", ((C,), (W, C, W, W)),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),
            Twin("value", "a2[0] - y[0]", ("2*1/2*(y[0] - a2[0])**(2 - 1) + 0", "-(y[0] - a2[0])",
                                           "=-(0.01 - 0.7491)", "=0.7391"))), batch=9,
           why="the power rule's inner minus is lost in the first step; -(0.01 - 0.7491) follows -(t1 - yhat1), its"
               " 0.7491 standing for yhat1, which is 0.75137 at the file's numbers (the page's own wrong output);"
               " 0.7391 for 0.7491 - 0.01 = 0.7391, and 0.7414 at the true output"),
    Public("melfm-dy1-dh1", _MELFM, "b9_mazur_222", "b9_melfm",
           "\\begin{equation}\n  \\hat{y1} = \\frac{1}{1 + e ^{-\\hat{y1}}} \\\\\n  \\frac{\\partial \\hat{y1}}{\\partial h1} ="
           " \\hat{y1}(1- \\hat{y1}) \\\\\n  = 0.7391(1 - 0.7391) \\\\\n  = 0.1928\n\\end{equation}", ((W,), (W, W, W)),
           (Twin("value", "a2[0]", ("1/(1 + exp(-a2[0]))",)),
            Twin("value", "a2[0]*(1 - a2[0])*W2[0,0]", ("a2[0]*(1 - a2[0])", "=0.7391*(1 - 0.7391)", "=0.1928"))),
           batch=9, why="yhat1 for y1 inside the sigmoid; d yhat1/d h1 lacks w5 (the page means d yhat1/d y1), and"
                        " 0.7391 is dE/dyhat1, not yhat1"),
    # ---- ezalos: Nielsen's four equations, a table with \color, Unicode ∑, ∂ and − --------------------------------
    Public("ezalos-output-error", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n\\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\sigma'(z^L_j)\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_output_delta("{j}"),), _J2),), batch=9),
    Public("ezalos-output-error-table", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "${\\color{green}\\delta^L} = \\nabla_a C \\odot \\sigma'(z^L)$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_output_delta("{j}"),), _J2),), batch=9),
    Public("ezalos-layer-error", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n\\delta^l = ((w^{l+1})^T \\delta^{l+1}) \\odot \\sigma'(z^l)\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(W2[0,{j}]*" + _output_delta(0) + " + W2[1,{j}]*" + _output_delta(1)
                                            + ")*a1[{j}]*(1 - a1[{j}])",), _J3),), batch=9,
           why="for l < L, the page's section 2"),
    Public("ezalos-weight", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n  \\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j\n$$", ((C,),),
           (Twin("gradient", "W{l}[{j},{k}]", ("{m}",), _weight_gradients()),), batch=9,
           why="Nielsen's layers: the input is layer 1, so l = 2, 3 are W1, W2"),
    Public("ezalos-quadratic-cost", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\nC=\\frac{1}{2}∑_j(y_j−a^L_j)^2\n$$", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",)),),
           batch=9),
    Public("ezalos-dC-da", _EZALOS, "b9_nielsen_half", "b9_ezalos",
           "$$\n\\frac{∂C}{∂a^L_j}=(a^L_j−y_j)\n$$", ((C,),),
           (Twin("value", "a2[{j}] - y[{j}]", ("a2[{j}] - y[{j}]",), _J2),), batch=9),
    Public("ezalos-softmax-chain", _EZALOS, "b9_softmax3", "b9_ezalos_softmax",
           "$$\n\\frac{\\partial L}{\\partial o_i}=-\\sum_ky_k\\frac{\\partial \\log p_k}{\\partial o_i}=-\\sum_ky_k"
           "\\frac{1}{p_k}\\frac{\\partial p_k}{\\partial o_i}\\\\=-y_i(1-p_i)-\\sum_{k\\neq i}y_k\\frac{1}{p_k}"
           "({\\color{red}{-p_kp_i}})\\\\=-y_i(1-p_i)+\\sum_{k\\neq i}y_k({\\color{red}{p_i}})\\\\=-y_i+\\color{blue}"
           "{y_ip_i+\\sum_{k\\neq i}y_k({p_i})}\\\\=\\color{blue}{p_i\\left(\\sum_ky_k\\right)}-y_i=p_i-y_i\n$$", ((C,) * 7,),
           (Twin("gradient_z", "z1[{i}]", tuple(_SOFTMAX_STEPS.values()), _I3),), batch=9,
           why="o the logits, p the softmax; rows joined by \\\\ without an aligned environment"),
    # ---- blackKeys17: Nielsen's equations, units counted from 1, w^l_{j,k} with a comma, the squared error ------
    Public("blackkeys-forward", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys", "$$z^l=w^la^{l-1}+b^l$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (2, 3)))),), batch=9),
    Public("blackkeys-output-error", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\delta^L=2(a^L-y)\\odot \\sigma'(z^L)$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_output_delta("{j}", "2*"),), _J2),), batch=9,
           why="the page's quadratic loss has no 1/2"),
    Public("blackkeys-dC-da-typo", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\frac{\\partial C}{\\partial a^L_k}=2(a^L_i-y_i)$$", unreadable="i", batch=9,
           why="i for k on the right: i has no value there"),
    Public("blackkeys-layer-error-sum", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\frac{\\partial C}{\\partial z^l_k}=\\sigma'(z^l_k)\\sum_{i=1}^n\\delta^{l+1}_i w^{l+1}_{i,k}$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}]*(1 - a1[{k}])*(" + " + ".join(
               f"{_output_delta(i, '2*')}*W2[{i},{{k}}]" for i in range(2)) + ")",), _K3),), batch=9,
           why="for l < L; n is the number of units of layer l + 1"),
    Public("blackkeys-weight-chain", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$\\frac{\\partial C}{\\partial w^l_{j,k}}=\\frac{\\partial C}{\\partial z^l_j}\\frac{\\partial z^l_j}"
           "{\\partial w^l_{j,k}}=\\delta^l_j a^{l-1}_k$$", ((C, C),),
           (Twin("gradient", "W{l}[{j},{k}]", ("{m}", "{m}"), _weight_gradients("2*")),), batch=9),
    Public("blackkeys-update", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$w_k\\rightarrow w_k-\\eta\\frac{\\partial C}{\\partial w_k}$$", ((C,),),
           (Twin("update", "W1[2,1]", ("W1[2,1] - eta*grad",)),), param="W1[2,1]", batch=9,
           why="w_k any weight (the notation's parameter); the arrow is the page's update sign"),
    Public("blackkeys-forward-ellipsis", _BLACKKEYS, "b9_nielsen_squared", "b9_blackkeys",
           "$$z^l_i = w^l_{i,1}a^{l-1}_1 + .… + w^l_{i,m}a^{l-1}_m+b^l_i$$", ((C,),),
           unreadable="unexpected at '.'", batch=9,
           why="m the number of units of layer l - 1; the ellipsis stands for the terms between, which check"
               " refused on purpose (docs/notation.md): counted as read in the blind figures above, refused since;"
               " the scan's '.…' is a typo of \\dots, which reads since session 11"),
    # ---- yanfenglee: the softmax Jacobian's two cases written after \quad, the chain over $$ lines -------------
    Public("yanfeng-softmax", _YANFENG, "b9_softmax3", "b9_yanfeng", r"$$a_j = \frac{e^{z_j}}{\sum_k e^{z_k}}$$",
           ((C,),), (Twin("value", "a1[{j}]", (_SOFTMAX_1,), _J3),), batch=9),
    Public("yanfeng-jacobian-diagonal", _YANFENG, "b9_softmax3", "b9_yanfeng",
           r"$$ \frac{\partial a_j}{\partial z_i} = a_i(1 - a_i), \quad i = j $$", ((C,),),
           (Twin("value", "a1[{j}]*((1 if {i} == {j} else 0) - a1[{i}])", ("a1[{i}]*(1 - a1[{i}])",), _DIAGONAL),),
           batch=9, why="the case i = j, written after the formula"),
    Public("yanfeng-jacobian-off-diagonal", _YANFENG, "b9_softmax3", "b9_yanfeng",
           r"$$ \frac{\partial a_j}{\partial z_i} = -a_i a_j,\quad i \neq j. $$", ((C,),),
           (Twin("value", "a1[{j}]*((1 if {i} == {j} else 0) - a1[{i}])", ("-a1[{i}]*a1[{j}]",), _OFF_DIAGONAL),),
           batch=9),
    Public("yanfeng-ce-chain", _YANFENG, "b9_softmax3", "b9_yanfeng",
           "$$ \\frac{\\partial L}{\\partial z_i} = -\\sum_k y_k \\frac{1}{a_k} \\frac{\\partial a_k}{\\partial z_i} $$\n"
           "$$ = -y_i(1-a_i) - \\sum_{k\\neq i} y_k \\frac{1}{a_k}(-a_ka_i) $$\n$$ = -y_i(1-a_i) + \\sum_{k\\neq i} y_k a_i $$\n"
           "$$ = -y_i+y_ia_i + \\sum_{k\\neq i} y_k a_i $$\n$$ = a_i \\sum_ky_k - y_i $$\n$$ = a_i-y_i $$", ((C,) * 6,),
           (Twin("gradient_z", "z1[{i}]", tuple(_SOFTMAX_STEPS[name] for name in
                                                 ("dp", "split", "others", "expanded", "factored", "result")), _I3),),
           batch=9),
    # ---- hoadm-net: calligraphic L, bold vectors, CE as a name, a slash derivative ------------------------------
    Public("hoadm-ce", _HOADM, "b9_softmax3", "b9_hoadm", r"$\mathcal{L} = -\sum_k y_k \log p_k$", ((C,),),
           (Twin("value", _CE_1, (_CE_1,)),), batch=9),
    Public("hoadm-logits", _HOADM, "b9_softmax3", "b9_hoadm",
           r"$$\frac{\partial \mathcal{L}}{\partial z_k} = p_k - y_k$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=9),
    Public("hoadm-nabla", _HOADM, "b9_softmax3", "b9_hoadm",
           r"$\nabla_{\mathbf{z}} \text{CE} = \mathbf{p} - \mathbf{y}$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=9),
    Public("hoadm-binary", _HOADM, "b9_bce_unit", "b9_hoadm_binary", r"$\partial \mathcal{L}/\partial z = p - y$",
           ((C,),), (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=9,
           why="the page's binary logistic regression: sigmoid and the binary cross-entropy"),
    # ---- CS231n notes (Nemotron copy): sigma as the softmax, classes counted from 1, log-sum-exp ----------------
    Public("deriving-softmax", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ \sigma(z)_i = \frac{e^{z_i}}{\sum_{j=1}^{n} e^{z_j}} \]", ((C,),),
           (Twin("value", "a1[{j}]", (_SOFTMAX_1,), _J3),), batch=9, why="n the number of classes, 1-based"),
    Public("deriving-loss-log", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ L(y, z) = -\sum_{i=1}^{n} y_i \left( z_i - \log\left(\sum_{j=1}^{n} e^{z_j}\right) \right) \]", ((C,),),
           (Twin("value", _CE_1, ("-(" + " + ".join(f"t[{i}]*(z1[{i}] - {_LOG_SUM_EXP})" for i in range(3)) + ")",)),),
           batch=9),
    Public("deriving-loss-split", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ L(y, z) = -\sum_{i=1}^{n} y_i z_i + \log\left(\sum_{j=1}^{n} e^{z_j}\right) \]", ((C,),),
           (Twin("value", _CE_1, ("-(t[0]*z1[0] + t[1]*z1[1] + t[2]*z1[2]) + " + _LOG_SUM_EXP,)),), batch=9,
           why="equal for one-hot targets (sum_i y_i = 1)"),
    Public("deriving-dL-dz", _DERIVING, "b9_softmax3", "b9_deriving",
           r"\[ \frac{\partial L}{\partial z_k} = -y_k + \frac{\partial}{\partial z_k} \log\left(\sum_{j=1}^{n} e^{z_j}\right) \]",
           ((C,),), (Twin("gradient_z", "z1[{k}]", ("-t[{k}] + " + _SOFTMAX_1.replace("{j}", "{k}"),), _K3),), batch=9),
    # ---- reiven-c-t: Adaline, a mistyped superscript --------------------------------------------------------------
    Public("reiven-adaline-cost-typo", _REIVEN, "b9_adaline", "b9_reiven",
           r"$J(w) = \frac{1}{2}\sum_i(y^{(i)) - \varphi(z^{(i)})^2$", unreadable="(i))", batch=9,
           why="y^{(i)) : the superscript's brace closed by a parenthesis"),
    Public("reiven-net-input", _REIVEN, "b9_adaline", "b9_reiven", r"$z = w^Tx$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=9),
    # ---- chrisxue815: Ng's [l] layers in lower case, rows of one aligned block ------------------------------------
    Public("chrisxue-forward", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\nz^{[l]} &= w^{[l]} a^{[l-1]} + b^{[l]} \\\\\n\n\\end{aligned}\n$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),), batch=9,
           why="one row of the page's forward block"),
    Public("chrisxue-activation", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\na^{[l]} &= g(z^{[l]}) \\\\\n\n\\end{aligned}\n$$", ((C,),),
           (Twin("value", "{a}", ("{m}",), _activations((3, 1))),), batch=9),
    Public("chrisxue-loss-typo", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\nL &= - (yln(a^{[l]}) + (1-y)ln(1-a^{[l]}) \\\\\n\n\\end{aligned}\n$$", unreadable="(",
           batch=9, why="an opening parenthesis never closed (and a^{[l]} for the output a^{[L]})"),
    Public("chrisxue-dL-da", _CHRISXUE, "b9_ng_bce", "b9_chrisxue",
           "$$\n\\begin{aligned}\n\n\\frac{dL}{da^{[L]}}\n&= -\\frac{y}{a^{[L]}} + \\frac{1-y}{1-a^{[L]}} \\\\\n\n"
           "\\end{aligned}\n$$", ((C,),),
           (Twin("value", "-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])", ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])",)),), batch=9),
    # ---- jmcheon: Ng's capitals, dZ, W^{[l]^T}, f^{'}; one column of the table with samples as columns, one as rows
    Public("jmcheon-forward-columns", _JMCHEON, "b9_ng_bce", "b9_jmcheon_columns",
           "$$Z^{[l]} = W^{[l]} \\cdot A^{[l - 1]}   + b^{[l]}$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),), batch=9),
    Public("jmcheon-dZ-output", _JMCHEON, "b9_ng_bce", "b9_jmcheon_columns", "$$dZ^{[L]} = A^{[L]} - y$$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=9),
    Public("jmcheon-dZ-hidden", _JMCHEON, "b9_ng_bce", "b9_jmcheon_columns",
           "$$dZ^{[l - 1]} =  W^{[l]^T} \\cdot dZ^{[l]}  \\times f^{'}(Z^{[l - 1]})$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG_HIDDEN,), _J3),), batch=9, why="\\times entrywise, as the page's table means"),
    Public("jmcheon-forward-rows", _JMCHEON, "b9_ng_bce", "b9_jmcheon_rows",
           "$$Z^{[l]} = A^{[l - 1]} \\cdot  W^{[l]} + b^{[l]}$$", ((C,),),
           (Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),), batch=9,
           why="the row-wise column: w.shape (n_in, n_out), the notation input-first"),
    # ---- stats.SE 328445: Ng's [i] as the layer letter, and i again as the sample of the cost's sum -----------------
    Public("cse328445-dJ-dW", _CSE328445, "b9_ng_bce", "b9_cse328445",
           r"$\frac{\partial \mathcal{J}}{\partial W^{[i]}} = \frac{1}{m}\frac{\partial \mathcal{J}}{\partial Z^{[i]}}"
           r"A^{[i-1]T}$", ((C,),),
           (Twin("gradient", "W{i}[{j},{k}]", ("{m}",), _NG_WEIGHTS),), batch=9,
           why="at one sample (m = 1); i the layer"),
    Public("cse328445-definitions", _CSE328445, "b9_ng_bce", "b9_cse328445",
           r"$A^{[i]} = \sigma(Z^{[i]}) \\ Z^{[i]} = W^{[i]}A^{[i-1]} + b^{[i]} \\ \sigma(x) = \frac{1}{1 + e^{-x}} \\ \\"
           r" \mathcal{J}(W, b) = \frac{1}{m} \sum\limits_{i = 1}^{m} \mathcal{L}(\hat{y}_i, y_i) \\ \mathcal{L}(\hat{y}, y)"
           r" = - \Big(y \log \hat{y} + (1-y)\log(1 - \hat{y})\Big)$", ((C,),) * 5,
           (Twin("value", "{a}", ("{m}",), _activations((3, 1))),
            Twin("value", "{z}", ("{m}",), _pre_activations(((3, 2), (1, 3)))),
            Twin("value", "sigmoid(x[{k}])", ("1/(1 + exp(-x[{k}]))",), _K2),
            Twin("value", _BCE_2, (_BCE_2,)),
            Twin("value", _BCE_2, (_BCE_2,))), batch=9,
           why="the question's definitions, one display; sigma(x) of the input vector entry by entry"),
    # ---- math.techqa 4075404: alpha and beta as the hidden units' weight vectors, superscript i the sample ---------
    Public("techqa-cost", _TECHQA, "b9_techqa", "b9_techqa",
           r"$$\ell(w,\alpha, \beta) := \sum_{i=1}^{m} \left( y^i - \sigma(w^Tz^i) \right)^2$$", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1]))**2",)),), batch=9,
           why="the cost over the m samples, at one sample (m = 1)"),
    Public("techqa-gradient", _TECHQA, "b9_techqa", "b9_techqa",
           r"$$\nabla_w \ell(w, \alpha, \beta) = - \sum_{i=1}^m 2(y^i - \sigma(u^i))\sigma(u^i)(1-\sigma(u^i)) z^i$$",
           ((C,),), (Twin("gradient", "W2[0,{k}]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{k}]",), _K2),), batch=9),
    Public("techqa-hidden", _TECHQA, "b9_techqa", "b9_techqa", r"$z_1^i = \sigma(\alpha^T x^i)$", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=9),
    Public("techqa-net", _TECHQA, "b9_techqa", "b9_techqa", r"$(u^i) = w^Tz^i$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=9),
    # ---- datascience.SE 31725 (JahKnows's answer; the later displays as the Nemotron-CC-Math copy has them) --------
    Public("jahknows-neuron", _JAHKNOWS, "b9_neuron_half", "b9_jahknows", r"$\hat{y} = \frac{1}{1+e^{w^Tx+b}}$.",
           ((W,),), (Twin("value", "a1[0]", ("1/(1 + exp(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]))",)),), batch=9,
           why="e^{w^T x + b} for e^{-(w^T x + b)}: the sigmoid of -z"),
    Public("jahknows-update", _JAHKNOWS, "b9_neuron_half", "b9_jahknows",
           "\\[\nw^{new} = w^{old} - \\nu \\frac{\\partial C}{\\partial \\hat{y}}\\frac{\\partial \\hat{y}}{\\partial w}\n\\]",
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*" + _JAHKNOWS_GRADIENT,), _I2),), batch=9),
    Public("jahknows-dC-dy", _JAHKNOWS, "b9_neuron_half", "b9_jahknows",
           "\\[\n\\frac{\\partial C}{\\partial \\hat{y}} = \\hat{y} - y\n\\]", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=9),
    Public("jahknows-dy-dw", _JAHKNOWS, "b9_neuron_half", "b9_jahknows",
           "\\[\n\\frac{\\partial \\hat{y}}{\\partial w} = \\frac{1}{1+e^{w^Tx + b}} \\left(1 - \\frac{1}{1+e^{w^Tx + b}}"
           "\\right)\n\\]", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])*x[{i}]",
                 ("1/(1 + exp(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]))*(1 - 1/(1 + exp(W1[0,0]*x[0] + W1[0,1]*x[1]"
                  " + b1[0])))",), _I2),), batch=9,
           why="the sigmoid's slope without the input x (the sign slip cancels in sigma(-z)(1 - sigma(-z))): the"
               " oracle finds it wrong at every entry; a number equal to none of the vector's entries is wrong"
               " under every reading (refused for its shape until batch 35's fixes)"),
    # ---- ninjakx: net_{H11}, w_{H11.I1}; one equation of each align* block; the page's hidden nets mistyped --------
    Public("ninjakx-net-h11", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} net_{H11} &= (w_{H11.I1} * I_1) + (w_{H11.I2} * I_2) + (w_{H11.I3} * I_3) + (w_{H11.I4} * I_4)\\"
           r" & = (0.5 * 1) + (0.4 * 2) + ( 0.1 * -1) + (0.2 * 1) \\ & = 1.4 \end{align*}", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + W1[0,3]*x[3]",
                                    "=(0.5*1) + (0.4*2) + (0.1*-1) + (0.2*1)", "=1.4")),), batch=9),
    Public("ninjakx-net-h21", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} net_{H21} &= (w_{H21.H11} * H_{11}) + (w_{H21.H12} * H_{12}) \\ & = (0.1 * 0.802184) + (0.2 *"
           r" 0.80998) \\ & = 0.43 \end{align*}", ((C, C, W),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=(0.1*0.802184) + (0.2*0.80998)", "=0.43")),),
           batch=9, why="0.43 for 0.2422 (the page's next output, 0.56026, is the sigmoid of the true 0.2422)"),
    Public("ninjakx-out-h21", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} out_{H21} &= \frac{1}{1+e^{-net_{H21}}} \\ & = \frac{1}{1+e^{0.43}} \\ & = 0.56026"
           r" \end{align*}", ((C, W, C),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))", "=1/(1 + np.exp(0.43))", "=0.56026")),), batch=9),
    Public("ninjakx-net-h22", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} net_{H22} &= (w_{H22.H11} * H_{11}) + (w_{H22.H12} * H_{12})\\ & = (0.3 * 0.802184) + (0.4 *"
           r" 0.80998) \\ & = 1 \end{align*}", ((C, C, C),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1]", "=(0.3*0.802184) + (0.4*0.80998)", "=1")),),
           batch=9, why="the page's 1 for 0.5646 is right by the spec's rule: a whole number is right to the unit"),
    Public("ninjakx-out-o1", _NINJAKX, "b9_ninjakx", "b9_ninjakx",
           r"\begin{align*} out_{O1} &= \frac{1}{1+e^{-net_{O1}}} \\ & = \frac{1}{1+e^{0.17}} \\ & = 0.544556"
           r" \end{align*}", ((C, W, C),),
           (Twin("value", "a3[0]", ("1/(1 + exp(-z3[0]))", "=1/(1 + np.exp(0.17))", "=0.544556")),), batch=9,
           why="e^{0.17} for e^{-0.17}; the page's 0.544556 is the true output"),
]
