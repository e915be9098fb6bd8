r"""Batch 85 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the pages corpus: Daniel Uhr's Portuguese worked example in a
repository's notebook page; SEBASBELMOS's Spanish exercise and renanbabinski's Portuguese homework, NumPy notebooks
of repositories' pages; FrancescoScuola's Italian lessons 10 and 11, a course repository's pages; an Indonesian
homework on scribd (TGS 6); page 87 of a Vietnamese deep-learning book on yumpu, its PDF text flattened; solusilain's
Indonesian course module; interactivechaos's Spanish page on the gradient of a small network; menmenmeng's Korean
notebook (a TIL repository's page); a page of a Korean book on thebook.io), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it works an example; both in tests/public_formulas_batch85_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A local
derivative or a derivative by an output or a hidden unit's output (dLoss/dy hat, dLoss/dh_1, dE/dh_{11}) is twinned
as a value, as in batches 14 to 84, and so is a delta a page writes as -dL/dz ((D - y) y (1 - y), the code's
output_error_term) or a change -eta dL/dW (delta_w_h_o).
Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their own, $$ with
spaces inside, $...$, a code line's "#" comment, Markdown's **bold**, a sentence's words before the formula).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 85

The batch: 57 formulas, 39 values (forward sums and outputs in symbols, in code and worked in numbers, losses,
derivatives by an output or a hidden output, 5 deltas written as values), 9 gradients, 8 updates and 1 formula the
page's text mangled (unreadable). 17 are LaTeX (Daniel Uhr's $$ blocks with \text{Loss}, \times, a \\ joining two
lines and v_1^{\text{new}}; solusilain's $$ with spaces inside, w_{baru} = w_{lama} - \alpha ... and a chain of five
factors with superscripts [1], [2]; menmenmeng's $...$ with W1_{11}, h_{11}, z_{21}), 40 plain text or code
(NumPy lines with @, .T, np.dot, [:, None] and aligned "#" comments, names such as net_h, delta_out,
hidden_error_term, output_h1, y_predetto, nuovo_w4; the functions dsigmoid_from_y, dtanh_from_z and sigmoide; Ws[k_idx,
j_idx] indexed by variables; Markdown bold with a Unicode ² and a rule in Italian words; the Indonesian homework's
decimal commas, Z_net 1, products by juxtaposition 1 (0,2), en dashes and f’; the Vietnamese book's flattened
superscripts Z (1), ∗, Ŷ, y i and Unicode minus; Korean phrases as left sides, y실제 값 and " . " for the product).

6 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mangled by the page:

- renanbabinski's weights_input_hidden = learnrate * delta_w_i_h and weights_hidden_output = learnrate * delta_w_h_o:
  the new weights are set to learnrate times the change (learnrate twice, the old weights lost) where the step is
  weights += delta_w (the page's Tarefa 6 writes += ... / n_records);
- the Indonesian homework's Z_net 1 = -0,3 + 1 (0,2) + 0 (0,3) = 0,2: the sum is -0,1 (its members' numbers right,
  its result wrong), and its δk = ( tk – yk) f’ (y_net k) = (t – y) y (1 – y) = (1 + 0,28) (-0,28) (1 + 0,28) = -0,46:
  the rules are right, the numbers put the output's sum -0,28 for the output y = sigma(y_net);
- menmenmeng's two chains \frac{\partial E}{\partial h_{11}} = \frac{\partial E}{\partial h_{21}} \times ... and the
  one through h_{22}: each is one path of the two through the second hidden layer (the notebook asks whether the two
  give the same value; dE/dh_{11} is their sum);
- interactivechaos's C = ?(σ(w31*σ(...) + ... + b3) - yi)2: the sum sign served as "?" and the square flattened to a
  2 (unreadable="?").

Not mistaken, though they look it: Daniel Uhr's -0.18 \times h_1 and -0.072 \times x_1 (a decimal times a symbol,
right at the notebook's numbers, judged by the documented rule for worked members) and v_1 - 0.1 \times (-0.144);
FrancescoScuola's y_predetto = 0.666 (sigmoid(0.6922) = 0.6665); the Korean book's two "weight update formulas", the
gradients the updates use.

What was left out: lines whose members mix the networks' symbols with the file's own numbers, which the oracle's
random points call wrong (FrancescoScuola's somma_h1 = (x * 0.8) + 0.0 and its like, as batches 71, 78 and 79 left
them out), comments of numbers with no left side (# Calcolo: sigmoide(0.9 * 0.8) = ..., and the update worked with a
supposed gradient 0.183), the sums SEBASBELMOS's comments restate (# Delta en salida: ...), renanbabinski's forward
cell and error = target - output (which the notation defines), Daniel Uhr's closing sentence; the Indonesian
homework's Z_net 3 (the same line as Z_net 2), its output sum broken over lines (Y_net k = ... with m and k=1 on lines
of their own), its ∆w and w(baru) lines that carry δk's error; the Vietnamese book's J = − ... and its derivatives,
broken over lines by the PDF; solusilain's w_{baru} = 2.5 - (0.1 \times 4.0) (a weight no network holds);
interactivechaos's C = C(w11, ..., b3); menmenmeng's MSE function body and __E->w = E->h * h->z * z->w__ (arrows for
derivatives, of no weight named); the Korean book's prose. Most of the pages' forward and backward lines are kept;
the cap of 57 formulas decided the rest (renanbabinski's forward cell).

Collected on 2026-12-05 from 22:28 to 22:39 by the machine's clock (the oracle's runs included) and committed
before check was run on it. Every notation loaded under the spec before the run
(backprop.symbolic.notation_loading.load_notation with its network, no formula read): one did not at first, the
Korean book's, whose δyo1 is not one symbol; it was written \delta_{yo1} (and \delta_{yo2}) before the commit. The
oracle agreed with every verdict written down. No entry was read by check before the blind run, and nothing under
src/ was touched.

Run blind once at main 0518d4b (/work/READY_FOR_BLIND30), rebased onto it with nothing under src/ changed. No
refusal is the collector's notation outside the spec's grammar or a slip of it, so the first run is the only one
(/work/batch85_blind.txt): 45 of 57 read with every verdict right (79%), 11 refused, no misreading, 1 typo refused
(ich-cost, as it should be, naming "?"), no crash, NO WRONG FORMULA CALLED CORRECT. Of the 6 mistaken formulas, 4
read with every verdict right (ren-wih and ren-who called wrong, mmt-path1 and mmt-path2 called wrong), the other 2
(tgs-z1, tgs-delta) refused with their page's decimal commas.

By kind of claim: values 32 of 39, gradients 7 of 9, updates 6 of 8 (and the mangled one refused). LaTeX against
plain text: the 17 in LaTeX read 17 (100%), the 40 in plain text or code 28 (70%). By page: Daniel Uhr 12 of 12,
SEBASBELMOS 7 of 8, renanbabinski 6 of 7, FrancescoScuola 7 of 8, the Indonesian homework 0 of 3, the Vietnamese book
3 of 5, solusilain 2 of 2, interactivechaos 0 of 1 (the typo, refused), menmenmeng 8 of 9, the Korean book 0 of 2.

The refusals by construct (11), with the exact message:

- 3, decimal commas (0,2 for 0.2) in plain-text numbers, with products by juxtaposition 1 (0,2) (tgs-z1, tgs-z2,
  tgs-delta): "formula 'Z_net 1 = -0,3 + 1 (0,2) + 0 (0,3) = 0,2': a list in parentheses is not a formula at ','
  (position 22); write one expression, or a vector's numbers as [1, 2]", tgs-z2's the same at position 21, and
  tgs-delta's "formula "\\delta k = ( tk - yk) f' (y_net k) = (t - y) y (1 - y) = ...": a list in parentheses is
  not a formula at ',' (position 64); write one expression";
- 2, a left side in words, Korean phrases ("the first/second weight update formula") before the = (tbk-first,
  tbk-second): "formula '첫 번째 가중치 업데이트 공식 = (yo1- y실제 값) \\cdot yo1(1-yo1) \\cdot yh1': unknown
  symbol 첫; the notation knows \delta, w, x, y, yh, yo; give it a meaning in the notation's [notation.symbols], e.g.
  "첫" = "a1[0]"", tbk-second's the same with 두;
- 1, a rule in Italian words in Markdown bold, **Nuovo Peso = Vecchio Peso - (Learning Rate * Gradiente di quel
  peso)** (fsc-rule): "formula 'Nuovo Peso = Vecchio Peso - (Learning Rate * Gradiente di...': unknown symbol Nuovo;
  the notation knows gradiente_di_w4, nuovo, output, somma, vecchio, w, x, y; give it a meaning in the notation's
  [notation.symbols], e.g. "Nuovo" = "a1[0]"";
- 1, a PDF's flattened subscript after a space, y i and ŷ i (vnb-loss): "formula 'L = -(y i * log(\\hat{y} i ) +
  (1 - y i ) * log(1 - \\hat{y...': unknown symbol i; the notation knows A, W, X, Z, \hat{Y}, \hat{y}, b, y; give it
  a meaning in the notation's [notation.symbols], e.g. "i" = "a1[0]"";
- 1, a PDF's flattened superscript (1) after a space on a row product's bias, Z (1) = X ∗W (1) + b (1) (vnb-z1; the
  same construct read in vnb-a1, vnb-z2 and vnb-yhat): "formula 'Z (1) = X * W (1) + b': adds a vector or matrix and
  a number in (X * W(1)) + b";
- 1, NumPy's new axis [:, None] making an outer product (ren-dwho; ren-dwih's x[:, None] read): "formula 'delta_w_h_o
  = learnrate * output_error_term*hidden_layer_...': hidden_layer_output_{:,None}: a slice of more than one sample or
  unit, which check does not read; write the entries it takes, or NumPy's a[i:i+1] of one sample";
- 1, code indices that are variables set on the lines before, Ws[k_idx, j_idx] with k_idx = 3, j_idx = 1 (seb-ws;
  the notation names k_idx and j_idx as those numbers): "formula 'Ws[k_idx, j_idx] = Ws[k_idx, j_idx] + eta *
  delta_out[k_i...': Ws_{k_idx,j_idx} matches none of the notation's patterns for Ws ('Ws', 'Ws[k, j]')";
- 1, a code name W1 whole beside the notation's W1_{ij} of the page's LaTeX, np.dot(x, W1.T) (mmt-z1): "formula 'z1 =
  np.dot(x, W1^T)': W1: the vector the notation's W1 patterns name, or W_{1}; write W1 with its index, or W_{1}". The
  notation names "W1" = "W1[:, :]" and "W1_{ij}" = "W1[i-1, j-1]", the same matrix and its entries, both needed (the
  page writes W1 in its code and W1_{11} in its LaTeX); docs/notation.md documents the refusal of a bare name that is
  also the vector of its own patterns, so no notation within the spec reads both, and it was not changed.

Which look general (would appear in much homework): decimal commas in worked numbers (Indonesian, Portuguese,
Spanish, German, French pages write them), NumPy's [:, None] outer products, code indices held in variables
(k_idx), a code name written whole beside its indexed LaTeX form on one page, and a PDF's flattened sub- and
superscripts (y i, b (1)). Page-specific: a left side in Korean words, a rule in Italian words.

Read, among the constructs these pages brought: $$ blocks with two claims joined by \\, \text{Loss} and
v_1^{\text{new}}; members mixing a decimal and a symbol (-0.18 \times h_1, -0.072 \times x_1, v_1 - 0.1 \times
(-0.144)); NumPy's @, .T and np.dot with input-first weights, "# (4,)" comments, dsigmoid_from_y and dtanh_from_z
taken at the output, an update of Bco[2]; learnrate twice in an update called wrong; Italian names with sigmoide(),
**Errore = (y_reale - y_predetto)²** in bold with a Unicode square, y_predetto = 0.666 with its comment; the PDF's Z
(1), A (1) ∗W (2) + b (2) and Ŷ = A (2) = σ(Z (2) ); $$ with spaces inside, w_{baru}, w_{lama} and a chain of five
factors with [1], [2]; $...$ with W1_{11} and h_{11}, z_{21}, and both one-path chains called wrong.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch85_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_UHR = "https://github.com/Daniel-Uhr/ComputationalEconomics_Notes"
_SEB = "https://github.com/SEBASBELMOS/MLP"
_REN = "https://github.com/renanbabinski/InteligenciaArtificial"
_FSC = "https://github.com/FrancescoScuola/corso-machine-learning-intro"
_TGS = "https://www.scribd.com/document/561188669/TGS-6-BACKPROPAGATION-18-01-53-0065"
_VNB = "https://www.yumpu.com/fr/document/view/63293707/sach-deep-learning-co-ban/87"
_SOL = "https://solusilain.com/ebook/nn_course/modul_05_backprop/index.html"
_ICH = "https://interactivechaos.com/es/node/2766"
_MMT = "https://github.com/menmenmeng/TIL"
_TBK = "https://thebook.io/080324/0137"

_J2 = tuple({"j": j} for j in range(2))
_J4 = tuple({"j": j} for j in range(4))
_K2 = tuple({"k": k} for k in range(2))
_K4 = tuple({"k": k} for k in range(4))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J4K2 = tuple({"j": j, "k": k} for j in range(4) for k in range(2))


def _dd(formula: str) -> str:
    """A formula between $$ lines of their own, as the notebooks write them."""
    return f"$$\n{formula}\n$$"


def _delta(k) -> str:
    """(t_k - a_k) a_k (1 - a_k): -dL/dz of a sigmoid output under half the squared error."""
    return f"(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"


# SEBASBELMOS: the hidden sums, and the hidden delta's back-propagated sum over the 4 outputs
_NETH = " + ".join(f"W1[{{j}},{i}]*x[{i}]" for i in range(4)) + " + b1[{j}]"
_NETO = " + ".join(f"W2[{{k}},{j}]*a1[{j}]" for j in range(4)) + " + b2[{k}]"
_SEB_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*{_delta(k)}" for k in range(4)) + ")"
# renanbabinski: hidden_error (sum over the 2 outputs) and hidden_error_term
_REN_HERR = "(" + " + ".join(f"W2[{k},{{j}}]*{_delta(k)}" for k in range(2)) + ")"
_REN_HTERM = _REN_HERR + "*a1[{j}]*(1 - a1[{j}])"
# menmenmeng: dE/dh_{11} of E = (target - output)^2 through both units of the second hidden layer, and each path
_MMT_OUT = "2*(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_MMT_PATH = [f"{_MMT_OUT}*W3[0,{k}]*a2[{k}]*(1 - a2[{k}])*W2[{k},0]" for k in range(2)]
_MMT_DH11 = f"({_MMT_PATH[0]} + {_MMT_PATH[1]})"

ENTRIES: list[Public] = [
    # ---- Daniel Uhr's Portuguese notebook: $$ on lines of their own, two lines joined by \\, \text{Loss}, \times,
    # v_1^{\text{new}}; members mixing a decimal and a symbol (-0.18 \times h_1) ---------------------------------------
    Public("uhr-z1", _UHR, "b85_uhr", "b85_uhr",
           _dd("z_1 = (w_1 \\cdot x_1) + (w_2 \\cdot x_2) + b_1 \\\\\n"
               "z_1 = (0.1 \\times 1) + (0.2 \\times 2) + 0.3 = 0.1 + 0.4 + 0.3 = 0.8"), ((C,), (C, C, C)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "z1[0]", ("=0.1*1 + 0.2*2 + 0.3", "=0.1 + 0.4 + 0.3", "=0.8"))), batch=85,
           why="two claims, a line each, joined by \\\\"),
    Public("uhr-h1", _UHR, "b85_uhr", "b85_uhr", _dd("h_1 = z_1 = 0.8"), ((C, C),),
           (Twin("value", "a1[0]", ("z1[0]", "=0.8")),), batch=85, why="the hidden unit's activation is the identity"),
    Public("uhr-yhat", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\hat{y} = (v_1 \\cdot h_1) + b_2 = (0.4 \\times 0.8) + 0.5 = 0.32 + 0.5 = 0.82"), ((C, C, C, C),),
           (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + b2[0]", "=0.4*0.8 + 0.5", "=0.32 + 0.5", "=0.82")),), batch=85),
    Public("uhr-loss", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\text{Loss} = \\frac{1}{2} (y - \\hat{y})^2 = \\frac{1}{2} (1 - 0.82)^2 = \\frac{1}{2} \\times 0.0324 "
               "= 0.0162"), ((C, C, C, C),),
           (Twin("value", "0.5*(y[0] - a2[0])**2",
                 ("0.5*(y[0] - a2[0])**2", "=0.5*(1 - 0.82)**2", "=0.5*0.0324", "=0.0162")),), batch=85),
    Public("uhr-dyhat", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial \\hat{y}} = -(y - \\hat{y}) = -(1 - 0.82) = -0.18"),
           ((C, C, C),), (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])", "=-(1 - 0.82)", "=-0.18")),), batch=85,
           why="a derivative by the output, a value"),
    Public("uhr-dv1", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial v_1} = \\frac{\\partial \\text{Loss}}{\\partial \\hat{y}} \\times "
               "\\frac{\\partial \\hat{y}}{\\partial v_1} = -0.18 \\times h_1 = -0.18 \\times 0.8 = -0.144"),
           ((C, C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "-0.18*a1[0]", "=-0.18*0.8", "=-0.144")),), batch=85,
           why="-0.18 \\times h_1, a worked member: the decimal dLoss/dy hat times the symbol h_1, right at the "
               "notebook's numbers"),
    Public("uhr-db2", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial b_2} = \\frac{\\partial \\text{Loss}}{\\partial \\hat{y}} \\times 1 "
               "= -0.18"), ((C, C),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])*1", "=-0.18")),), batch=85),
    Public("uhr-dh1", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial h_1} = \\frac{\\partial \\text{Loss}}{\\partial \\hat{y}} \\times v_1 "
               "= -0.18 \\times 0.4 = -0.072"), ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])*W2[0,0]", ("(a2[0] - y[0])*W2[0,0]", "=-0.18*0.4", "=-0.072")),), batch=85,
           why="a derivative by the hidden unit's output, a value"),
    Public("uhr-dw1", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial w_1} = \\frac{\\partial \\text{Loss}}{\\partial h_1} \\times "
               "\\frac{\\partial h_1}{\\partial w_1} = -0.072 \\times x_1 = -0.072 \\times 1 = -0.072"), ((C, C, C, C),),
           (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*W2[0,0]*x[0]", "-0.072*x[0]", "=-0.072*1", "=-0.072")),),
           batch=85),
    Public("uhr-dw2", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial w_2} = -0.072 \\times x_2 = -0.072 \\times 2 = -0.144"),
           ((C, C, C),), (Twin("gradient", "W1[0,1]", ("-0.072*x[1]", "=-0.072*2", "=-0.144")),), batch=85),
    Public("uhr-db1", _UHR, "b85_uhr", "b85_uhr",
           _dd("\\frac{\\partial \\text{Loss}}{\\partial b_1} = -0.072 \\times 1 = -0.072"), ((C, C),),
           (Twin("gradient", "b1[0]", ("=-0.072*1", "=-0.072")),), batch=85),
    Public("uhr-v1new", _UHR, "b85_uhr", "b85_uhr",
           _dd("v_1^{\\text{new}} = v_1 - 0.1 \\times (-0.144) = 0.4 + 0.0144 = 0.4144"), ((C, C, C),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - 0.1*(-0.144)", "=0.4 + 0.0144", "=0.4144")),), batch=85,
           why="v_1^{\\text{new}}, the step with learning rate 0.1 and the gradient -0.144 written as numbers"),
    # ---- SEBASBELMOS's Spanish exercise: NumPy lines with a "# (4,)" comment of the shape, @ and .T, derivatives
    # named by the code (dsigmoid_from_y, dtanh_from_z), updates of Bco[2] and of Ws[k_idx, j_idx] -------------------
    Public("seb-neth", _SEB, "b85_seb", "b85_seb", "net_h = Wo @ X + Bco           # (4,)", ((C,),),
           (Twin("value", "z1[{j}]", (_NETH,), _J4),), batch=85),
    Public("seb-z", _SEB, "b85_seb", "b85_seb", "z = tanh(net_h)                # (4,)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J4),), batch=85),
    Public("seb-neto", _SEB, "b85_seb", "b85_seb", "net_o = Ws @ z + Bcs           # (4,)", ((C,),),
           (Twin("value", "z2[{k}]", (_NETO,), _K4),), batch=85),
    Public("seb-y", _SEB, "b85_seb", "b85_seb", "y = sigmoid(net_o)             # (4,)", ((C,),),
           (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K4),), batch=85),
    Public("seb-dout", _SEB, "b85_seb", "b85_seb", "delta_out = (D - y) * dsigmoid_from_y(y)   # (4,)", ((C,),),
           (Twin("value", _delta("{k}"), (_delta("{k}"),), _K4),), batch=85,
           why="dsigmoid_from_y(y) = y (1 - y), the page's function of the output; delta_out is -dL/dz"),
    Public("seb-dhid", _SEB, "b85_seb", "b85_seb", "delta_hid = dtanh_from_z(z) * (Ws.T @ delta_out)  # (4,)",
           ((C,),), (Twin("value", "(1 - a1[{j}]**2)*" + _SEB_BACK, ("(1 - a1[{j}]**2)*" + _SEB_BACK,), _J4),),
           batch=85, why="dtanh_from_z(z) = 1 - z^2 of the hidden output z"),
    Public("seb-bco", _SEB, "b85_seb", "b85_seb", "Bco[2] = Bco[2] + eta * delta_hid[2]", ((C,),),
           (Twin("update", "b1[2]", ("b1[2] + eta*(1 - a1[2]**2)*" + _SEB_BACK.format(j=2),)),), batch=85,
           why="the third hidden unit's bias (index 2), + eta delta as delta is -dL/dz"),
    Public("seb-ws", _SEB, "b85_seb", "b85_seb",
           "Ws[k_idx, j_idx] = Ws[k_idx, j_idx] + eta * delta_out[k_idx] * z[j_idx]", ((C,),),
           (Twin("update", "W2[3,1]", ("W2[3,1] + eta*" + _delta(3) + "*a1[1]",)),), batch=85,
           why="k_idx = 3 and j_idx = 1, set on the lines before: the weight from hidden unit 2 to output 4"),
    # ---- renanbabinski's Portuguese notebook (Tarefa 5): NumPy lines, np.dot(weights_hidden_output, ...) with the
    # weights written input-first, [:, None]; the last two lines assign learnrate times the change to the weights
    # themselves (the step's "+=" lost) --------------------------------------------------------------------------
    Public("ren-oterm", _REN, "b85_ren", "b85_ren", "output_error_term = error * output * (1 - output)", ((C,),),
           (Twin("value", _delta("{k}"), (_delta("{k}"),), _K2),), batch=85,
           why="error = target - output, the line before; the term is -dL/dz of half the squared error"),
    Public("ren-herr", _REN, "b85_ren", "b85_ren", "hidden_error = np.dot(weights_hidden_output,output_error_term)",
           ((C,),), (Twin("value", _REN_HERR, (_REN_HERR,), _J4),), batch=85,
           why="weights_hidden_output[j][k] is W2[k, j]: the dot product sums the outputs' terms into hidden unit j"),
    Public("ren-hterm", _REN, "b85_ren", "b85_ren",
           "hidden_error_term = hidden_error * hidden_layer_output * (1 - hidden_layer_output)", ((C,),),
           (Twin("value", _REN_HTERM, (_REN_HTERM,), _J4),), batch=85),
    Public("ren-dwho", _REN, "b85_ren", "b85_ren",
           "delta_w_h_o = learnrate * output_error_term*hidden_layer_output[:, None]", ((C,),),
           (Twin("value", "eta*" + _delta("{k}") + "*a1[{j}]", ("eta*" + _delta("{k}") + "*a1[{j}]",), _J4K2),),
           batch=85, why="entry [j, k], -learnrate dL/dW2[k, j]: the change of the weight from hidden j to output k"),
    Public("ren-dwih", _REN, "b85_ren", "b85_ren", "delta_w_i_h = learnrate * hidden_error_term * x[:, None]",
           ((C,),), (Twin("value", "eta*" + _REN_HTERM + "*x[{i}]", ("eta*" + _REN_HTERM + "*x[{i}]",), _J4I3),),
           batch=85),
    Public("ren-wih", _REN, "b85_ren", "b85_ren", "weights_input_hidden = learnrate * delta_w_i_h", ((W,),),
           (Twin("update", "W1[{j},{i}]", ("eta*eta*" + _REN_HTERM + "*x[{i}]",), _J4I3),), batch=85,
           why="the new weights set to learnrate times the change (learnrate twice, and the old weights lost): the "
               "step is weights += delta_w_i_h, as the page's Tarefa 6 writes it"),
    Public("ren-who", _REN, "b85_ren", "b85_ren", "weights_hidden_output = learnrate * delta_w_h_o", ((W,),),
           (Twin("update", "W2[{k},{j}]", ("eta*eta*" + _delta("{k}") + "*a1[{j}]",), _J4K2),), batch=85,
           why="the same mistake as the line before"),
    # ---- FrancescoScuola's Italian lessons 10 and 11: Italian names in Python, a "#" comment in Italian, sigmoide(),
    # **bold** Markdown with a Unicode square, a rule in words ---------------------------------------------------------
    Public("fsc-oh1", _FSC, "b85_fsc", "b85_fsc", "output_h1 = sigmoide(somma_h1) # Applichiamo l'attivazione",
           ((C,),), (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=85,
           why="\"# we apply the activation\""),
    Public("fsc-oh2", _FSC, "b85_fsc", "b85_fsc", "output_h2 = sigmoide(somma_h2) # Applichiamo l'attivazione",
           ((C,),), (Twin("value", "a1[1]", ("sigmoid(z1[1])",)),), batch=85),
    Public("fsc-ypred", _FSC, "b85_fsc", "b85_fsc", "y_predetto = sigmoide(somma_out)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=85),
    Public("fsc-errw", _FSC, "b85_fsc", "b85_fsc", "La formula è: **Errore = (y_reale - y_predetto)²**", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=85,
           why="\"the formula is:\", then the loss in Markdown bold with a Unicode ²"),
    Public("fsc-666", _FSC, "b85_fsc", "b85_fsc", "y_predetto = 0.666 # Dalla propagazione in avanti di prima",
           ((C,),), (Twin("value", "a2[0]", ("=0.666",)),), batch=85,
           why="\"from the forward pass before\": sigmoid(0.3 sigmoid(0.72) + 0.9 sigmoid(0.18)) = 0.6665"),
    Public("fsc-err", _FSC, "b85_fsc", "b85_fsc", "errore = (y_reale - y_predetto)**2", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=85),
    Public("fsc-rule", _FSC, "b85_fsc", "b85_fsc",
           "**Nuovo Peso = Vecchio Peso - (Learning Rate * Gradiente di quel peso)**", ((C,),),
           (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),), batch=85,
           why="\"new weight = old weight - (learning rate * that weight's gradient)\", words for every weight, "
               "checked for w4 as the next cell applies it"),
    Public("fsc-w4", _FSC, "b85_fsc", "b85_fsc", "nuovo_w4 = vecchio_w4 - (learning_rate * gradiente_di_w4)",
           ((C,),), (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),), batch=85),
    # ---- the Indonesian homework (scribd): plain text with decimal commas, Z_net 1 with a space before the unit's
    # number, products by juxtaposition 1 (0,2), en dashes for minus, f’ with a typographic apostrophe ---------------
    Public("tgs-z1", _TGS, "b85_tgs", "b85_tgs", "Z_net 1 = -0,3 + 1 (0,2) + 0 (0,3) = 0,2", ((C, W),),
           (Twin("value", "z1[0]", ("=-0.3 + 1*0.2 + 0*0.3", "=0.2")),), batch=85,
           why="-0.3 + 0.2 + 0 is -0.1: the sum is right, its result 0,2 wrong (the homework goes on with 0,2)"),
    Public("tgs-z2", _TGS, "b85_tgs", "b85_tgs", "Z_net 2 = 0,3 + 1 (0,3) + 0 (0,1) = 0,6", ((C, C),),
           (Twin("value", "z1[1]", ("=0.3 + 1*0.3 + 0*0.1", "=0.6")),), batch=85),
    Public("tgs-delta", _TGS, "b85_tgs", "b85_tgs",
           "δk = ( tk – yk) f’ (y_net k) = (t – y) y (1 – y) = (1 + 0,28) (-0,28) (1 + 0,28) = -0,46", ((C, C, W, W),),
           (Twin("value", _delta(0), (_delta(0), _delta(0), "=(1 + 0.28)*(-0.28)*(1 + 0.28)", "=-0.46")),),
           batch=85,
           why="the rules are right; the numbers put the output's sum y_net = -0,28 for y (1 - (-0,28) for t - y, and "
               "-0,28 for y), where y = sigma(y_net)"),
    # ---- the Vietnamese book (yumpu's page 87, its PDF text flattened): superscripts (1) after a space, ∗ for the
    # product, Ŷ, y i and ŷ i with their subscript after a space, Unicode minus signs -------------------------------
    Public("vnb-z1", _VNB, "b85_vnb", "b85_vnb", "Z (1) = X ∗W (1) + b (1)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=85,
           why="the book's rows: X a row of the inputs, W^{(1)} input-first"),
    Public("vnb-a1", _VNB, "b85_vnb", "b85_vnb", "A (1) = σ(Z (1) )", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=85),
    Public("vnb-z2", _VNB, "b85_vnb", "b85_vnb", "Z (2) = A (1) ∗W (2) + b (2)", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",)),), batch=85),
    Public("vnb-yhat", _VNB, "b85_vnb", "b85_vnb", "Ŷ = A (2) = σ(Z (2) )", ((C, C),),
           (Twin("value", "a2[0]", ("a2[0]", "sigmoid(z2[0])")),), batch=85),
    Public("vnb-loss", _VNB, "b85_vnb", "b85_vnb", "L = −(y i ∗ log(ŷ i ) + (1 − y i ) ∗ log(1 − ŷ i ))", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=85),
    # ---- solusilain's Indonesian module: $$ with spaces inside, w_{baru} and w_{lama} (new, old), \alpha; a chain of
    # five factors with layer superscripts [1], [2] ------------------------------------------------------------------
    Public("sol-rule", _SOL, "b85_sol", "b85_sol", "$$ w_{baru} = w_{lama} - \\alpha \\frac{\\partial J}{\\partial w} $$",
           ((C,),), (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=85,
           why="the rule for any weight, checked for one (w the output's first weight)"),
    Public("sol-chain", _SOL, "b85_sol", "b85_sol",
           "$$ \\frac{\\partial J}{\\partial w^{[1]}} = \\frac{\\partial J}{\\partial \\hat{y}} \\cdot "
           "\\frac{\\partial \\hat{y}}{\\partial z^{[2]}} \\cdot \\frac{\\partial z^{[2]}}{\\partial a^{[1]}} \\cdot "
           "\\frac{\\partial a^{[1]}}{\\partial z^{[1]}} \\cdot \\frac{\\partial z^{[1]}}{\\partial w^{[1]}} $$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])*x[{i}]",), _JI),),
           batch=85, why="entry by entry, the one path from w^{[1]}_{ji} to the one output"),
    # ---- interactivechaos's Spanish page: the cost written out in plain text, its sum sign served as "?" and the
    # square flattened to a 2 ------------------------------------------------------------------------------------------
    Public("ich-cost", _ICH, "b85_ich", "b85_ich",
           "C = ?(σ(w31*σ(w11*x1i + w12*x2i + b1) + w32*σ(w21*x1i + w22*x2i + b2) + b3) - yi)2", unreadable="?",
           batch=85,
           why="the page's text as served: Σ lost as \"?\" and the square flattened to a 2 after the parenthesis"),
    # ---- menmenmeng's Korean notebook: NumPy lines with aligned "#" comments, np.dot(x, W1.T); $...$ lines with
    # W1_{11} and h_{11} (layer and unit as two digits); two one-path chains for dE/dh_{11}, each missing the other ---
    Public("mmt-z1", _MMT, "b85_mmt", "b85_mmt", "z1 = np.dot(x, W1.T)  # hidden1 result before activation function",
           ((C,),), (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]",), _J2),), batch=85),
    Public("mmt-h1", _MMT, "b85_mmt", "b85_mmt", "h1 = sigmoid(z1)      # hidden1 result after activation function",
           ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=85),
    Public("mmt-z2", _MMT, "b85_mmt", "b85_mmt", "z2 = np.dot(h1, W2.T) # hidden2 result before activation function",
           ((C,),), (Twin("value", "z2[{j}]", ("a1[0]*W2[{j},0] + a1[1]*W2[{j},1]",), _J2),), batch=85),
    Public("mmt-h2", _MMT, "b85_mmt", "b85_mmt", "h2 = sigmoid(z2)      # hidden2 result after activation function",
           ((C,),), (Twin("value", "a2[{j}]", ("sigmoid(z2[{j}])",), _J2),), batch=85),
    Public("mmt-z3", _MMT, "b85_mmt", "b85_mmt", "z3 = np.dot(h2, W3.T) # output result before activation function",
           ((C,),), (Twin("value", "z3[0]", ("a2[0]*W3[0,0] + a2[1]*W3[0,1]",)),), batch=85),
    Public("mmt-out", _MMT, "b85_mmt", "b85_mmt", "output = sigmoid(z3)  # output", ((C,),),
           (Twin("value", "a3[0]", ("sigmoid(z3[0])",)),), batch=85),
    Public("mmt-dW1", _MMT, "b85_mmt", "b85_mmt",
           "$\\frac{\\partial E}{\\partial W1_{11}} = \\frac{\\partial E}{\\partial h_{11}} \\times "
           "\\frac{\\partial h_{11}}{\\partial z_{11}} \\times \\frac{\\partial z_{11}}{\\partial W1_{11}}$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_MMT_DH11}*a1[0]*(1 - a1[0])*x[0]",)),), batch=85,
           why="W1_{11} the first hidden layer's weight from x_1 to its unit 1, h_{11} and z_{11} that unit"),
    Public("mmt-path1", _MMT, "b85_mmt", "b85_mmt",
           "$\\frac{\\partial E}{\\partial h_{11}} = \\frac{\\partial E}{\\partial h_{21}} \\times "
           "\\frac{\\partial h_{21}}{\\partial z_{21}} \\times \\frac{\\partial z_{21}}{\\partial h_{11}}$", ((W,),),
           (Twin("value", _MMT_DH11, (_MMT_PATH[0],)),), batch=85,
           why="h_{11} feeds both units of the second hidden layer: the path through h_{21} alone is half of "
               "dE/dh_{11} (the page asks whether the two paths give the same value)"),
    Public("mmt-path2", _MMT, "b85_mmt", "b85_mmt",
           "$\\frac{\\partial E}{\\partial h_{11}} = \\frac{\\partial E}{\\partial h_{22}} \\times "
           "\\frac{\\partial h_{22}}{\\partial z_{22}} \\times \\frac{\\partial z_{22}}{\\partial h_{11}}$", ((W,),),
           (Twin("value", _MMT_DH11, (_MMT_PATH[1],)),), batch=85, why="the other path alone"),
    # ---- thebook.io's Korean book: plain text, a Korean phrase as the left side ("the first/second weight update
    # formula"), y glued to Korean words (y실제 값, "y actual value"), " . " for the product, 𝛅yo1 ----------------
    Public("tbk-first", _TBK, "b85_tbk", "b85_tbk", "첫 번째 가중치 업데이트 공식 = (yo1- y실제 값) . yo1(1-yo1) . yh1",
           ((C,),), (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=85,
           why="\"the first weight-update formula\": the gradient of w31 (yh1 to yo1) that the update uses"),
    Public("tbk-second", _TBK, "b85_tbk", "b85_tbk",
           "두 번째 가중치 업데이트 공식 = (𝛅yo1 . w31+ 𝛅yo2 . w41)yh1(1-yh1) . x1", ((C,),),
           (Twin("gradient", "W1[0,0]",
                 (f"({_delta(0).replace('(y[0] - a2[0])', '(a2[0] - y[0])')}*W2[0,0] + "
                  f"{_delta(1).replace('(y[1] - a2[1])', '(a2[1] - y[1])')}*W2[1,0])*a1[0]*(1 - a1[0])*x[0]",)),),
           batch=85, why="\"the second weight-update formula\": the gradient of w11 (x1 to yh1)"),
]
