r"""Batch 125 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 3 addresses no earlier batch used (pages in languages other than English and Chinese, the brief's
emphasis; three sites, none of them in /work/used_urls.txt by domain): sourander's Finnish deep-learning course page
"Vastavirta (Backprop)" (https://sourander.github.io/syvaoppiminen/vastavirta/backpropagation, as the pages corpus gives
it; its text read in the course repository's docs/vastavirta/backpropagation.md at commit 6a3dff6: a ```python block
of NumpyNNwithBCE's backward method with mkdocs annotation marks "# (1)!" after each line, rows and .T.dot), William
Viktorsson's Swedish notebook 04_backpropagation.ipynb (the rules in words inside ``` blocks, "ny_vikt = gammal_vikt + α
× δ × input_som_passerade_vikten", and the TODO comments of Övning 7's train method, "# delta = error ×
sigmoid_derivative(output)") and Wim Casteels's Dutch course notebook les07_theorie.ipynb (Mathematical Foundations,
"Backpropagation": a worked mini-network with dL_dv names, np.outer, @ and .T, and # comments with ∂L/∂v, ⊗ and
ReLU'). Copied verbatim (the notebooks' JSON decoded), each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents: the Finnish arrays as rows,
"self.A1" = "a1[:].T", "self.W2" = "W2[:, :].T" (input-first), "self.dZ2" = "delta2[:].T", the helper
"self.sigmoid_derivative" = "sigmoid' at output"; the Swedish words as one weight's names, the output neuron's weight
from hidden neuron 1, "gammal_vikt" = "W2[0, 0]", "ny_vikt" = "new(W2[0, 0])", its deltas -dE/dz ("δ" = "-delta2[0]":
the updates add them); the Dutch y the output, "y" = "a2[0]", y_target the target, "relu_grad" = "Heaviside(z1[:])"),
a network of the kind the page describes (with the page's numbers where it gives them: the Finnish Kuva 1's 2-2-1
sigmoid network under the binary cross-entropy; the Swedish XOR network 2-2-1 with one XOR row [0, 1] -> 1 and its
learning_rate 0.5; the Dutch 2-3-1 ReLU network with a linear output, x = [1.0, 2.0], y_target = [1.0] and its
learning_rate 0.1; all in tests/public_formulas_batch125_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. Deltas, errors and derivatives by an
output (dZ2, dA1, δ_output, error, Error, dL_dy, dL_da1, ∂L/∂z1) are twinned as values, as in batches 14 to 122; the
Swedish rules written for every weight are twinned at the weight the notation names (W2[0, 0]).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 125

The batch: 23 formulas from 3 addresses (the Finnish page 7, the Swedish notebook 8, the Dutch notebook 8): far short of
the brief's 55 from 10 to 12. The pages corpus answered most queries in the brief's languages (Dutch, Polish, Czech,
Finnish, Swedish, Turkish, Romanian, Ukrainian, Hungarian, Greek, Persian, Vietnamese, Indonesian, German, Italian)
with pages earlier batches had used (ani-tka's Polish notebook, Drwalin's Polish LaTeX at a mirror, quark-xp.ru,
core.cz, CodeHunterOfficial's Russian notebook, testhelp.link, algonest.io.vn, S4njuuu3291's and Irlll's Indonesian
notebooks, ki-mit-java.de, performancetrading.it, pullrequest.ru, coderoad.ru), with pages whose formulas are images or
lost in extraction (iasa.org.ua, vorticity.de, bilgisayarkavramlari.com, docplayer.gr, a Persian thesis page), or with
pages stored only from their beginning, before any formula (math.martinkrizan.com's Czech chapter, codefinity's Dutch
lesson, nguyentruonglong.net, the Persian Wikipedia diff, blog.magicbytes.ir); the three taken are the ones whose whole
text could be read (their repositories fetched), in the collecting time.

None is mistaken (the oracle finds every member right) and none is mistyped: no real slip was found on these three
pages in the time. Not mistaken, though they look it: the Finnish dZ1 with sigmoid_derivative taken of A1 (the helper
computes A1 (1 - A1), the page says "sigmoidin derivaatalla pisteessä A¹"); the Swedish + updates (the deltas are
-dE/dz); the Swedish notebook's printed MSE (a mean of squares) where its steps are half the squared error's (the
network's loss is the one the updates descend); the Dutch "y" for the output, not the target (y_target is the target).

What was left out: the Finnish page's 5-layer backward (the same lines at W5 ... W1), Rosebrock's loop (deltas[-1],
activations[layer_idx]: a list indexed by a loop variable), its z_1 = w_{00} x_1 + ... display (the forward pass) and
its PyTorch autograd example; the Swedish "δ_dold = (summerat fel från nästa lager) × derivatan_av_sigmoid(output)" (a
phrase with spaces inside the parentheses, no name a notation can give), the notebook's "Om `s = sigmoid(x)`, då är
`sigmoid'(x) = s × (1 - s)`" (a sentence around two inline code spans), TODO 4's comment (the same text as TODO 2's) and
the bias comment "# bias += learning_rate × delta" (the page's eight kept); the Dutch
notebook's print lines, its dL_db2 and dL_db1 lines (copies of dL_dz2, dL_dz1: kept to eight), its Lesson 7.4 list
(∂L/∂X = ∂L/∂Z @ Wᵀ of a generic layer) and its vectorised LinearLayer class (self.X.T @ dout / N over a batch).

Collected on 2026-12-07 (02:03 to 02:45 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, for its network) before the run, without judging a formula: the Finnish and
Dutch ones as first written; the Swedish one was refused by the loader for the format, not a meaning:
"gradienten_för_denna_vikt" ("is not one symbol": the loader takes "delta_nästa" and "input_som_passerade_vikten" but
not this name), so the notation leaves it out, and y5-sv-upd's refusal, if it comes, measures that. The oracle's first
run found the two notebooks' [data] tables written as flat lists (a slip of the tables' format, x = [0.0, 1.0] where
batch_tables.data_tables wants the samples' list); mended, the second run passed every verdict as first transcribed.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch125_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_FI = "https://sourander.github.io/syvaoppiminen/vastavirta/backpropagation"
_SV = "https://github.com/williamviktorsson/ml_notebooks (04_backpropagation.ipynb, commit 1b800ec)"
_NL = "https://github.com/WimCasteels/math-foun (content/analyse/les07_theorie.ipynb, commit 8480038)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# the Finnish 2-2-1 sigmoid network under the binary cross-entropy: dL/dz2, dL/d a1[j], dL/dz1[j]
_FD2 = "(a2[0] - y[0])"
_FA1 = "(a2[0] - y[0])*W2[0,{j}]"
_FD1 = f"{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])"
# the Swedish 2-2-1 sigmoid network under half the squared error: -dE/dz2 (the notebook's delta)
_SD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# the Dutch 2-3-1 ReLU network with a linear output: dL/dz2, dL/d a1[j], dL/dz1[j]
_ND2 = "(a2[0] - y[0])"
_NA1 = "W2[0,{j}]*(a2[0] - y[0])"
_ND1 = f"{_NA1}*Heaviside(z1[{{j}}])"

ENTRIES = [
    # ---- sourander's Finnish course page (a ```python block, four-space indentation, mkdocs annotation marks
    # "# (1)!" after each line): NumpyNNwithBCE's backward method, rows, .T.dot ----------------------------------------
    Public("y5-fi-dz2", _FI, "b125_fi", "b125_fi", "    self.dZ2 = self.A2 - target  # (1)!", ((C,),),
           (Twin("value", _FD2, (_FD2,)),), batch=125,
           why="the binary cross-entropy's delta with a sigmoid output, ennuste - todellinen"),
    Public("y5-fi-dw2", _FI, "b125_fi", "b125_fi", "    self.dW2 = self.A1.T.dot(self.dZ2)  # (2)!", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_FD2}",), _J2),), batch=125,
           why="A1.T.dot(dZ2): the column of hidden outputs times the output's delta, W2 input-first"),
    Public("y5-fi-db2", _FI, "b125_fi", "b125_fi", "    self.db2 = self.dZ2  # (3)!", ((C,),),
           (Twin("gradient", "b2[0]", (_FD2,)),), batch=125),
    Public("y5-fi-da1", _FI, "b125_fi", "b125_fi", "    dA1 = self.dZ2.dot(self.W2.T)  # (4)!", ((C,),),
           (Twin("value", _FA1, (_FA1,), _J2),), batch=125,
           why="dL/dA1, a value: the delta through the transpose of the input-first W2"),
    Public("y5-fi-dz1", _FI, "b125_fi", "b125_fi",
           "    self.dZ1 = dA1 * self.sigmoid_derivative(self.A1)  # (5)!", ((C,),),
           (Twin("value", _FD1, (f"{_FA1}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=125,
           why="sigmoid_derivative taken of the hidden OUTPUTS A1, which computes A1 (1 - A1) (the page: the sigmoid's "
               "derivative at A¹)"),
    Public("y5-fi-dw1", _FI, "b125_fi", "b125_fi", "    self.dW1 = self.A0.T.dot(self.dZ1)  # (6)!", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_FD1}",), _J2I2),), batch=125, why="X == A0, the input row"),
    Public("y5-fi-db1", _FI, "b125_fi", "b125_fi", "    self.db1 = self.dZ1  # (7)!", ((C,),),
           (Twin("gradient", "b1[{j}]", (_FD1,), _J2),), batch=125),
    # ---- williamviktorsson's Swedish notebook: the rules in words inside ``` blocks (× for the product, Greek δ and α,
    # Swedish names with å, ä, ö), and the code's TODO comments (# ... with ×) ------------------------------------------
    Public("y5-sv-upd", _SV, "b125_sv", "b125_sv", "ny_vikt = gammal_vikt - α × gradienten_för_denna_vikt", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*(-{_SD2})*a1[0]",)),), batch=125,
           why="the update rule for every single weight (uppdateringsregeln), named here for the output neuron's weight "
               "from hidden neuron 1; words for the names, × for the product"),
    Public("y5-sv-dout", _SV, "b125_sv", "b125_sv",
           "δ_output = (facit - gissning) × derivatan_av_sigmoid(gissning)", ((C,),),
           (Twin("value", _SD2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=125,
           why="the output neuron's 'felansvar', -dE/dz (the updates add it); derivatan_av_sigmoid of the output "
               "(sigmoid_derivative(sig_output) = s (1 - s))"),
    Public("y5-sv-nw", _SV, "b125_sv", "b125_sv", "ny_vikt = gammal_vikt + α × δ × input_som_passerade_vikten", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_SD2}*a1[0]",)),), batch=125,
           why="+ with the -dE/dz delta: the gradient step"),
    Public("y5-sv-nb", _SV, "b125_sv", "b125_sv", "ny_bias = gammal_bias + α × δ", ((C,),),
           (Twin("update", "b2[0]", (f"b2[0] + eta*{_SD2}",)),), batch=125),
    Public("y5-sv-err", _SV, "b125_sv", "b125_sv", "                # error = facit - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=125,
           why="TODO 1's comment in Övning 7's train method (sixteen-space indentation)"),
    Public("y5-sv-delta", _SV, "b125_sv", "b125_sv",
           "                # delta = error × sigmoid_derivative(output)", ((C,),),
           (Twin("value", _SD2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=125,
           why="TODO 2's comment: the output neuron's delta"),
    Public("y5-sv-herr", _SV, "b125_sv", "b125_sv",
           "                # Error = delta_nästa × vikt_som_kopplar_dem", ((C,),),
           (Twin("value", f"{_SD2}*W2[0,0]", (f"{_SD2}*W2[0,0]",)),), batch=125,
           why="TODO 3's comment: hidden neuron 1's error, the next layer's delta times the weight joining them "
               "(-dE/d its output)"),
    Public("y5-sv-vikt", _SV, "b125_sv", "b125_sv",
           "                # vikt += learning_rate × delta × input_till_vikten", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_SD2}*a1[0]",)),), batch=125,
           why="TODO 5's comment for the output neuron's weight from hidden neuron 1"),
    # ---- WimCasteels's Dutch lesson (Python cells, ∂L/∂v in # comments, np.outer, @ and .T) --------------------------
    Public("y5-nl-dy", _NL, "b125_nl", "b125_nl", "dL_dy = y - y_target", ((C,),),
           (Twin("value", _ND2, (_ND2,)),), batch=125, why="y the output (z2), y_target the target"),
    Public("y5-nl-dz2", _NL, "b125_nl", "b125_nl", "dL_dz2 = dL_dy", ((C,),),
           (Twin("value", _ND2, (_ND2,)),), batch=125, why="the linear output: y = z2"),
    Public("y5-nl-cw2", _NL, "b125_nl", "b125_nl", "# ∂L/∂W2 = ∂L/∂z2 ⊗ a1 (outer product)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_ND2}*a1[{{j}}]",), _J3),), batch=125,
           why="a # comment with ∂ (U+2202) and ⊗ for the outer product, a remark in parentheses after it"),
    Public("y5-nl-dw2", _NL, "b125_nl", "b125_nl", "dL_dW2 = np.outer(dL_dz2, a1)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_ND2}*a1[{{j}}]",), _J3),), batch=125),
    Public("y5-nl-da1", _NL, "b125_nl", "b125_nl", "dL_da1 = W2.T @ dL_dz2", ((C,),),
           (Twin("value", _NA1, (_NA1,), _J3),), batch=125, why="W2 output-first (1x3), its transpose"),
    Public("y5-nl-cz1", _NL, "b125_nl", "b125_nl", "# ∂L/∂z1 = ∂L/∂a1 * ReLU'(z1)", ((C,),),
           (Twin("value", _ND1, (_ND1,), _J3),), batch=125, why="ReLU' the ReLU's slope (0 or 1)"),
    Public("y5-nl-dz1", _NL, "b125_nl", "b125_nl", "dL_dz1 = dL_da1 * relu_grad", ((C,),),
           (Twin("value", _ND1, (_ND1,), _J3),), batch=125, why="relu_grad = (z1 > 0).astype(float)"),
    Public("y5-nl-dw1", _NL, "b125_nl", "b125_nl", "dL_dW1 = np.outer(dL_dz1, x)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ND1}*x[{{i}}]",), _J3I2),), batch=125),
]
