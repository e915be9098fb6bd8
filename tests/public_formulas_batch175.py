r"""Batch 175 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 addresses no earlier batch used (the code corpus, with this batch's emphasis on derivations written
in plain text or Markdown without LaTeX: README-like notes, docstrings, code comments and code blocks, with Unicode
symbols δ, Σ, ∂, η, α, ·, ×, ⊙, ᵀ, subscript digits and letters, ←, ≈, and ASCII or box-drawing art; fully connected
networks only; every address a stored file whose repository the index does not name): a Markdown note on the hidden
layer's error (stored file 2320894169: "h1: incoming error = ...", δ_h1 with σ′ written with the Unicode prime, δ₁ =
(δ₂ W₂ᵀ) ⊙ σ′(z₁), two lines inside a box of │ characters), a Markdown implementation plan with TypeScript blocks
(stored file 53479221676: a // comment δ = (t - o) * o * (1 - o), const declarations, w. fields, and the plan's
check of the numbers in a code span, η · δ_out · h ≈ 0.5 · (1-0.589)·0.589·(1-0.589) · 0.596 ≈ 0.030), Vietnamese
end-of-term review notes (stored file 63017360425: code blocks with ×, Σ wⱼ × δⱼ, names with _mới "new" and _cũ
"old", a worked 2-1-1 network whose blocks continue line after line with =), an exam question's Markdown solution
(stored file 54354022762: ∂E/∂w₁ chains with ·, list items' lines indented three spaces, mermaid sequence-diagram
messages "Output Layer->>Hidden Layer: δₒ = (ŷ - y) · w₂", ←), a JavaScript NeuralMorphologyLearner (stored file
12725549782: a // comment stating the delta in parentheses after words, this. fields, -= updates), an Indonesian
course report (stored file 56412517373: δ_hidden = (δ_output · W2ᵀ) × sigmoid'(net_h), W2 += α × Hᵀ · δ_output), a
Python Keras lab's docstring (stored file 70600547171: δ_output = ∂L/∂z2 = (y_hat - y), ΔW2 = a1ᵀ · δ_output, ⊙
activation'(z1)), a Spanish NumPy XOR script (stored file 30407720833: each line under a # comment stating it,
S'(...), a dot product written ., W_salida_transpuesta) and a Python NeuralNetwork after Mazur's example (stored
file 16250516919: dEdO/dOdN/dNdW names, the chain rule in # comments, three slips). Copied verbatim, typos and
mistakes included (the JSON-escaped text of the stored files decoded: a trailing space kept, the code blocks' fences
left out), each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents: rows written "x[:].T" and input-first matrices "W1[:, :].T" for the
row-major pages, the code's deltas that are -dE/dz written "-delta2[j]" where the updates add them, new values
"new(W2[0, 0])" for the _mới names, a phrase as a pattern ("incoming error"), the comment's "This equals" left as
written, helpers declared "sigmoid' at input" where they compute s (1 - s) of s = sigmoid(x) of what they are given,
the sums), a network of the kind the page describes (with the page's numbers where it gives them: the plan's 2-2-1
network at weights 0.3, inputs (0.5, 0.8), target 1.0 and eta 0.5; the Vietnamese exercise's 2-1-1 network, x =
(0.5, 0.3), w1 = 0.4, w2 = 0.6, b1 = 0.1, w3 = 0.5, b2 = 0.2, y = 1, alpha = 0.5; the sizes 6-4-3, 2-2-1, 2-4-1 and
the rates 0.1 the files write; main's tanh hidden layer of the Python network; small sizes and rate 0.1 where the
page gives none; all in tests/public_formulas_batch175_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A code's error, delta, slope and
weight change are twinned as values, as in batches 14 to 172. Formulas keep what surrounds them on their line
(indentation, a declaration's const, a comment's // or #, a trailing # comment, a label before the formula: "h1:", a
mermaid message's "Output Layer->>Hidden Layer:", "Note right of Weights:", a box's │ borders, a code span's
backticks); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 175

The batch: 58 formulas from 9 addresses (the Markdown note 7, the TypeScript plan 5, the Vietnamese notes 8, the exam
solution 8, the JavaScript learner 6, the Indonesian report 4, the Keras docstring 4, the Spanish script 8, the Python
NeuralNetwork 8): 28 in Markdown or plain text (the note's, the notes', the exam's, the report's, the plan's code
span), 4 in a docstring, 7 in code comments (// and #), 19 code lines (TypeScript 3, JavaScript 5, Python 11). By
kind: 38 values (23 errors or deltas of a unit or a row, 5 errors at the hidden outputs, dE/d a, 4 output errors or
dE/d(output), 3 slopes, a gradient the exam names δₕ, a weight's change, the plan's worked step), 7 gradients (2 chains
or products of a hidden weight, 4 matrices as products of rows and columns, the comment's "This equals"), and 13
updates (9 of weights, 4 of biases; all with the rate: += 3, -= 6, ← 1, _mới 3). 6 carry worked numbers (the
Vietnamese exercise's 5 blocks, 3 of them updates, and the plan's check), 52 are symbolic only.

3 are mistaken somewhere (the oracle finds at least one member wrong), and none is mistyped:

- the Python NeuralNetwork's mz-cmt, # This equals sum(δ_o * Who) * out_h * (1 - out_h) * i_1 (the comment's
  ∂E/∂Wih_1): out_h (1 - out_h) is the sigmoid's slope, where main trains the hidden layer with tanh
  (nonlinearity = np.tanh, slope 1 - out_h^2);
- its mz-dnh, dOdN_Wih = self.hidden_outputs * (1-self.hidden_outputs): the same slip in the code;
- its mz-deh, dEdO_Wih = np.dot(self.who.T, dEdO_Who) # first three p.d. terms: dE/d(hidden output) is who^T times
  dE/dO times the output's slope dOdN_Who, which the product leaves out (the comment names three factors, the code
  multiplies two), so every hidden weight's gradient misses the factor out (1 - out).

Not mistaken, though they look it: the Vietnamese worked numbers, rounded from ŷ = 0.625 (the true 0.6245: δ₂ =
-0.0879 for the true -0.0880); the JavaScript learner's comment δ_output = (ŷ - y) * σ'(z_out) and the Spanish ERROR
= A_salida - Y, output minus target with the updates subtracting (the signs agree); the Indonesian and Spanish pages'
deltas with no factor 2 where they report the MSE (a progress measure; the deltas are the half squared error's); the
exam's δₕ = δₒ · a(1 - a) · x, which ends in x (its Note subtracts η δₕ: the page calls the hidden weight's gradient
δₕ); the mermaid label's δₒ = (ŷ - y) · w₂, the error at the hidden output (dE/da), not at a sum.

What was left out: every page's forward pass (z1 = X @ W1 + b1, h_i = sigmoid(0.5*0.3 + 0.8*0.3) = sigmoid(0.39) ≈
0.596, the Vietnamese z₁ = 0.48 and ŷ ≈ 0.625) and losses (error = ½(t − y)², J(θ), MSE); the Markdown note's
diagrams of arrows (δ_o1 ---- w11 ---> h1), its box's δ₂ = [δ_o1, δ_o2] (a name for a row, no formula); the plan's
dW object literal (wh1x1: eta * dH1 * x1, wh1x2: ..., several key: value pairs on a line), its updatedW lines, its
caption strings ('Stage 4: weights updated by w ← w + η·δ·input', a generic w) and "new weights ≈ 0.330"; the
Vietnamese notes' K-means and linear-regression parts (no network), the w₂ and b₁ blocks (the w₁ block's form, taken
once), the summary's Error: and Cập nhật: lines (the general rules, taken once); the exam's ∂ŷ/∂w₂ = a, ∂ŷ/∂a = w₂ and
∂z/∂w₁ = x (single factors: one taken, ∂a/∂z, with the output error) and its prose; the JavaScript learner's hidden
comment (δ_hidden = δ_output * w_out_hidden * σ'(z_hidden): no sum over the three outputs and no index saying which
output's weight, too loose to twin) and its hiddenError[h] += ... and *= lines (a sum's term and an in-place product);
the Indonesian perceptron rule (w_baru = w_lama + α × (t - y) × xi: a step function, no derivative); the Keras
docstring's Update: W = W - η · ΔW (one W for both matrices); the Spanish script's other two updates (the same forms
as the two taken), its comments of the forward pass; the Python NeuralNetwork's other lines (nabla_Who = self.lr *
dEdW_Who: nabla_ is read as the ∇ of a name, so no notation can give it its meaning, lr times the gradient; the bias
lines through np.expand_dims; the -= updates). Pages read and not taken: a Python ASCII visualizer (stored file
60575374402: δ_hidden = δ_output × W × σ'(z) and e1 = 1.0 - 0.73 = 0.27 for a network whose outputs are made up), a
NumPy animation's labels (stored file 15750294131), a JSX page (stored file 40734795745), and Hebbian and other rules
of no backpropagation.

Collected on 2026-12-07 (22:37 to 22:44 by the machine's clock, the oracle's run included). Every notation was loaded
(notation_loading.load_notation, each with its network) before the oracle's run, without judging a formula: of the 16
pairs, 7 loaded as first written and 9 after two fixes of the tables: the data tables' x and y written as samples in
brackets (two networks, 4 pairs), and σ′ (with the Unicode prime) and σ' taken out of the functions tables of the
note's three notations and the JavaScript comment's (a function's name with the Unicode prime is no primed name the
table takes, and "sigmoid' at input" is what σ'(z) of a sum means without it); the Python network's nabla_Who was
taken out of its notation (nabla_ is read as ∇, "not one symbol") with its line (above). The oracle's first run
passed every verdict as first transcribed but for one twin's form: the plan's worked step, whose value was written
with eta, which the number oracle does not know (the rate 0.5 written in; its verdicts unchanged); then all 58 and the
batch's two checks passed.

Run blind at main 3a066af (/work/READY_FOR_BLIND64; src/ as at 3a066af, main's last change to it; the rebase a
no-op, the branch already on that commit), with nothing under src/ changed. The first run (/work/batch175_blind.txt):
51 of 58 read with every verdict right (88%), 7 refused, no typo (none in the batch), no misreading, no crash, NO WRONG
FORMULA CALLED CORRECT. No refusal was a slip of the notations or twins (each is a construct of the page's own that
the reader does not take), so the batch was run once; tests/test_public_formulas_held_out.py -k "b175-" passed after
the run, check's never-wrong-called-correct test included.

Of the 3 mistaken formulas, 2 were read with their wrong member called wrong: mz-deh (dEdO_Wih = np.dot(self.who.T,
dEdO_Who), the output's slope left out) and mz-dnh (dOdN_Wih, the sigmoid's slope at a tanh layer); mz-cmt, the same
slip in a comment, was refused (its "This equals", below). By page: the Markdown note 5 of 7, the TypeScript plan 4
of 5, the Vietnamese notes 8 of 8, the exam solution 6 of 8, the JavaScript learner 5 of 6, the Indonesian report 4
of 4, the Keras docstring 4 of 4, the Spanish script 8 of 8, the Python NeuralNetwork 7 of 8.

The refusals by construct, with the exact message:

- a label ending in a colon before the formula (2: vk-in1, vk-in2): "formula 'h1: incoming_error = \\delta _o1 * w11 +
  \\delta _o2 * w12': unexpected at ':' (position 3)" and the same for h2 (the phrase "incoming error" already joined
  into one name, incoming_error, before the colon stopped the reading);
- a mermaid sequence-diagram message, "A->>B: formula" (2: ex-do, ex-dh): "formula 'Output Layer->>Hidden Layer:
  \\delta _o = (\\hat{y} - y) \\c...': unexpected at '>' (position 15)" and "formula 'Hidden Layer->>Weights: \\delta
  _h = \\delta _o \\cdot a(1 -...': unexpected at '>' (position 15)" (the diagram's Note line, "Note right of Weights:
  Δw₁ = -η · δₕ", was read);
- a comment whose words come before the formula (3: ts-cm, js-cm, mz-cmt): "formula '// Output layer δ = (t - o) * o *
  (1 - o)': holds nothing to judge once its spacing and layout (\, \quad, \left.) and its prose (words in \text,
  remarks) are set aside; write the derivative or the update, e.g. \frac{\partial L}{\partial w} = ...", the same for
  "// Calculate output layer error (δ_output = (ŷ - y) * σ'(..." (the formula inside parentheses after the words) and
  for "# This equals sum(δ_o * Who) * out_h * (1 - out_h) * i_1" (prose standing for the left side: no formula to take,
  rightly, though the slip goes unjudged).

Read, among the constructs these pages brought: σ′ with the Unicode prime at a sum, δ₁ = (δ₂ W₂ᵀ) ⊙ σ′(z₁) with
subscript digits and ᵀ, two lines inside a box's │ borders (one a product of rows set equal to a bracketed row);
TypeScript const lines with w. fields and a code span's worked check with ≈ between the members; the Vietnamese code
blocks whose lines continue with = through the worked numbers (rounded from ŷ = 0.625), × products, Σ wⱼ × δⱼ with the
subscript letter ⱼ, _mới and _cũ names; ∂E/∂w₁ chains with ·, a list item's indented line, ←, a mermaid Note line with
a label before the colon; JavaScript this. fields and -= updates; × and · side by side with ᵀ and sigmoid' as a
function; a docstring's δ_output = ∂L/∂z2 = (y_hat - y), ΔW2 = a1ᵀ · δ_output, ⊙ activation'(z1); Spanish # comments
with a trailing space, S'(...), a dot product written . and W_salida_transpuesta; Python dEdO/dOdN/dNdW names, a
trailing # comment after two spaces, and a # comment's δ_o = ∂E/∂net = ∂E/∂out * ∂out/∂net.

Which look general: two of the three constructs refused. A label and a colon before a formula ("h1: ...", a mermaid
message "A->>B: ...", where the reader already reads mermaid's "Note right of X: ..."): frequent in plain-text notes;
and a code comment whose words lead to the formula ("// Output layer δ = ...", "// Calculate output layer error (δ =
...)"), the commonest way code states its formula in words, where the reader takes the comment only when the formula
comes first. The "This equals ..." comment is rightly refused (its left side is prose).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch175_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_VK = _STORED.format(2320894169, "🧩 The setup",
                     "a Markdown note on the hidden layer's error: arrows of dashes, Unicode subscripts, a box of "
                     "box-drawing characters")
_TS = _STORED.format(53479221676, "# Neural Networks Artifact Implementation Plan",
                     "a Markdown implementation plan with TypeScript blocks: a fixed 2-2-1 backpropagation walkthrough "
                     "and its check of the numbers")
_VN = _STORED.format(63017360425, "# TÀI LIỆU ÔN TẬP CUỐI KỲ",
                     "Vietnamese end-of-term review notes in Markdown: code blocks of Unicode formulas, a worked "
                     "2-1-1 network")
_EX = _STORED.format(54354022762, "Exam Question 2: Backpropagation Derivation and Analysis",
                     "an exam question and its Markdown solution: a 1-1-1 network with a linear output, mermaid "
                     "diagrams")
_JS = _STORED.format(12725549782, "/**",
                     "a JavaScript NeuralMorphologyLearner: loops over units, -= updates, comments stating the deltas")
_ID = _STORED.format(56412517373, "# LAPORAN TUGAS JARINGAN SARAF TIRUAN (JST)",
                     "an Indonesian course report in Markdown: the XOR MLP's backward pass in a code block")
_KR = _STORED.format(70600547171, "\"\"\"",
                     "a Python Keras lab whose build_mlp docstring writes the backward pass in Unicode")
_ES = _STORED.format(30407720833, "import numpy as np",
                     "a Spanish NumPy XOR script: each line under a # comment stating its formula")
_MZ = _STORED.format(16250516919, "# https://mattmazur.com/2015/03/17/a-step-by-step-backpropagation-example/",
                     "a Python NeuralNetwork after Mazur's example: the chain rule in comments, dEdO/dOdN/dNdW names, "
                     "tanh hidden units in its main")


def _p(**sizes) -> tuple:
    """Every combination of the letters' values, the first letter outermost."""
    combos = [{}]
    for letter, size in sizes.items():
        combos = [{**c, letter: v} for c in combos for v in range(size)]
    return tuple(combos)


def _sg(k: str) -> str:
    """dE/dz2[k] of a sigmoid output under half the squared error."""
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


# the Markdown note's 2-2-2 network: dE/dz2, dE/d a1[j] and dE/dz1[j]
_VA = "(" + " + ".join(f"{_sg(str(k))}*W2[{k},{{j}}]" for k in range(2)) + ")"
_V1 = _VA + "*a1[{j}]*(1 - a1[{j}])"
# the TypeScript plan's 2-2-1 network: -dE/dz2, -dE/dz1[j]
_T2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_T1 = "a1[{j}]*(1 - a1[{j}])*" + _T2 + "*W2[0,{j}]"
# the Vietnamese notes' 2-1-1 network: dE/dz2, dE/dz1
_N2 = _sg("0")
_N1 = _N2 + "*W2[0,0]*a1[0]*(1 - a1[0])"
# the exam's 1-1-1 network (linear output): dE/dz1
_E1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"
# the JavaScript learner's 6-4-3 network: dE/dz2[o], dE/dz1[h]
_J2 = _sg("{o}")
_J1 = "(" + " + ".join(f"{_sg(str(o))}*W2[{o},{{h}}]" for o in range(3)) + ")*a1[{h}]*(1 - a1[{h}])"
# the Indonesian report's 2-2-1 network: -dE/dz2, -dE/dz1[j]
_I2 = _T2
_I1 = _T2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the Keras docstring's 2-3-1 network under the binary cross-entropy: dL/dz2, dL/dz1[j]
_K2 = "(a2[0] - y[0])"
_K1 = _K2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the Spanish script's 2-4-1 network: dE/dz2, dE/dz1[j]
_S2 = _sg("0")
_S1 = _S2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# the Python NeuralNetwork's 2-2-1 network (tanh hidden, sigmoid output, squared error): dE/d a2, dE/dz2,
# dE/d a1[j], dE/dz1[j]
_M0 = "-2*(y[0] - a2[0])"
_M2 = _M0 + "*a2[0]*(1 - a2[0])"
_MA = _M2 + "*W2[0,{j}]"
_M1 = _MA + "*(1 - a1[{j}]*a1[{j}])"


ENTRIES = [
    # ---- the Markdown note (plain text, no LaTeX): a label before the formula, Unicode subscripts and ᵀ, σ′ with a
    # Unicode prime, ⊙, two lines inside a box of │ characters -------------------------------------------------------
    Public("q75-vk-in1", _VK, "b175_vk", "b175_vk1", "h1: incoming error = δ_o1 * w11 + δ_o2 * w12", ((C,),),
           (Twin("value", _VA.format(j=0), (_VA.format(j=0),)),), batch=175,
           why="the error at h1's output, dE/d a1[0] (the note: \"errors with respect to the hidden layer outputs\"); "
               "w12 the weight from h1 to o2 (W2's rows the hidden units)"),
    Public("q75-vk-in2", _VK, "b175_vk", "b175_vk2", "h2: incoming error = δ_o1 * w21 + δ_o2 * w22", ((C,),),
           (Twin("value", _VA.format(j=1), (_VA.format(j=1),)),), batch=175, why="the same at h2"),
    Public("q75-vk-dh1", _VK, "b175_vk", "b175_vk", "δ_h1 = (δ_o1*w11 + δ_o2*w12) * σ′(z_h1)", ((C,),),
           (Twin("value", _V1.format(j=0), (_V1.format(j=0),)),), batch=175,
           why="dE/dz1[0], σ′ with the Unicode prime (U+2032)"),
    Public("q75-vk-dh2", _VK, "b175_vk", "b175_vk", "δ_h2 = (δ_o1*w21 + δ_o2*w22) * σ′(z_h2)", ((C,),),
           (Twin("value", _V1.format(j=1), (_V1.format(j=1),)),), batch=175),
    Public("q75-vk-row", _VK, "b175_vk", "b175_vk", "δ₁ = (δ₂ W₂ᵀ) ⊙ σ′(z₁)", ((C,),),
           (Twin("value", _V1, (_V1,), _p(j=2)),), batch=175,
           why="rows: δ₂ = [δ_o1, δ_o2] (the note's box), W₂ with rows the hidden units, so δ₂ W₂ᵀ the row of "
               "dE/d a1"),
    Public("q75-vk-box1", _VK, "b175_vk", "b175_vk",
           "        │ δ₂ W₂ᵀ = [δ_o1*w11+δ_o2*w12, δ_o1*w21+δ_o2*w22] │", ((C,),),
           (Twin("value", _VA, (_VA,), _p(j=2)),), batch=175,
           why="inside the box's │ borders: the row of dE/d a1 written entry by entry"),
    Public("q75-vk-box2", _VK, "b175_vk", "b175_vk", "        │ δ₁ = (δ₂ W₂ᵀ) ⊙ σ′(z₁)   │", ((C,),),
           (Twin("value", _V1, (_V1,), _p(j=2)),), batch=175, why="the box's last line, three spaces before its │"),
    # ---- the TypeScript plan (two-space indentation): a // comment in one-letter names, const declarations, w. fields,
    # the plan's check of the numbers in a Markdown code span with ≈ ---------------------------------------------------
    Public("q75-ts-cm", _TS, "b175_ts", "b175_ts", "  // Output layer δ = (t - o) * o * (1 - o)", ((C,),),
           (Twin("value", _T2, (_T2,)),), batch=175,
           why="the output's error term (-dE/dz2: the weight changes add eta * delta * input), a value"),
    Public("q75-ts-do", _TS, "b175_ts", "b175_ts", "  const dOut = (target - outOut) * outOut * (1 - outOut)", ((C,),),
           (Twin("value", _T2, (_T2,)),), batch=175),
    Public("q75-ts-dh1", _TS, "b175_ts", "b175_ts", "  const dH1  = h1Out * (1 - h1Out) * dOut * w.wo1", ((C,),),
           (Twin("value", _T1.format(j=0), (_T1.format(j=0),)),), batch=175,
           why="-dE/dz1[0]; two spaces after dH1, as the file aligns it"),
    Public("q75-ts-dh2", _TS, "b175_ts", "b175_ts", "  const dH2  = h2Out * (1 - h2Out) * dOut * w.wo2", ((C,),),
           (Twin("value", _T1.format(j=1), (_T1.format(j=1),)),), batch=175),
    Public("q75-ts-num", _TS, "b175_ts", "b175_ts",
           "`η · δ_out · h ≈ 0.5 · (1-0.589)·0.589·(1-0.589) · 0.596 ≈ 0.030`", ((C, C),),
           (Twin("value", f"0.5*{_T2}*a1[0]", ("=0.5*(1 - 0.589)*0.589*(1 - 0.589)*0.596", "=0.030")),), batch=175,
           why="the plan's check: wo1 and wo2 \"should each increase by\" this at inputs (0.5, 0.8), target 1.0, "
               "weights 0.3, eta 0.5 (output 0.5885, hidden outputs 0.5963: 0.02971); ≈ between the members; the "
               "value twinned with the rate 0.5 written in (the number oracle has no eta)"),
    # ---- the Vietnamese review notes (code blocks): × for the product, σ'(z), Σ over j, the subscript-letter ⱼ, names
    # with _mới ("new") and _cũ ("old"), and the worked exercise's blocks whose lines continue with = ----------------
    Public("q75-vn-do", _VN, "b175_vn", "b175_vno", "δ_output = (ŷ - y) × σ'(z)", ((C,),),
           (Twin("value", _N2, (_N2,)),), batch=175,
           why="the general rule (\"error at the output layer\"), z the output's sum; the exercise's network"),
    Public("q75-vn-dh", _VN, "b175_vn", "b175_vnh", "δ_hidden = (Σ wⱼ × δⱼ) × σ'(z)", ((C,),),
           (Twin("value", _N1, (_N1,)),), batch=175,
           why="Σ over the outputs j (one here), wⱼ with the subscript letter ⱼ (U+2C7C)"),
    Public("q75-vn-wu", _VN, "b175_vn", "b175_vnu", "w_mới = w_cũ - α × δ × x", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_N1}*x[0]",)),), batch=175,
           why="the general update (\"update the weights\"), taken for the hidden unit's first weight"),
    Public("q75-vn-d2", _VN, "b175_vn", "b175_vn",
           "δ₂ = (ŷ - y) × σ'(z₂)\n   = (ŷ - y) × ŷ × (1 - ŷ)\n   = (0.625 - 1) × 0.625 × (1 - 0.625)\n"
           "   = (-0.375) × 0.625 × 0.375\n   = -0.0879", ((C, C, C, C, C),),
           (Twin("value", _N2, (_N2, _N2, "=(0.625 - 1)*0.625*(1 - 0.625)", "=(-0.375)*0.625*0.375", "=-0.0879")),),
           batch=175,
           why="the exercise's output error: ŷ = 0.6245 rounded 0.625 (the true value -0.08804); a code block whose "
               "lines continue with ="),
    Public("q75-vn-w3", _VN, "b175_vn", "b175_vn",
           "w₃_mới = w₃ - α × δ₂ × a₁\n       = 0.5 - 0.5 × (-0.0879) × 0.618\n       = 0.5 + 0.0272 = 0.527",
           ((C, C, C, C),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_N2}*a1[0]", "=0.5 - 0.5*(-0.0879)*0.618", "=0.5 + 0.0272",
                                       "=0.527")),), batch=175, why="the output weight's update (the true 0.52719)"),
    Public("q75-vn-b2", _VN, "b175_vn", "b175_vn",
           "b₂_mới = b₂ - α × δ₂\n       = 0.2 - 0.5 × (-0.0879)\n       = 0.2 + 0.044 = 0.244", ((C, C, C, C),),
           (Twin("update", "b2[0]", (f"b2[0] - eta*{_N2}", "=0.2 - 0.5*(-0.0879)", "=0.2 + 0.044", "=0.244")),),
           batch=175, why="the output bias (the true 0.24402)"),
    Public("q75-vn-d1", _VN, "b175_vn", "b175_vn",
           "δ₁ = δ₂ × w₃ × σ'(z₁)\n   = δ₂ × w₃ × a₁ × (1 - a₁)\n   = (-0.0879) × 0.5 × 0.618 × (1 - 0.618)\n"
           "   = (-0.0879) × 0.5 × 0.618 × 0.382\n   = -0.0104", ((C, C, C, C, C),),
           (Twin("value", _N1, (_N1, f"{_N2}*W2[0,0]*a1[0]*(1 - a1[0])", "=(-0.0879)*0.5*0.618*(1 - 0.618)",
                                "=(-0.0879)*0.5*0.618*0.382", "=-0.0104")),), batch=175,
           why="the hidden unit's error (the true -0.010395)"),
    Public("q75-vn-w1", _VN, "b175_vn", "b175_vn",
           "w₁_mới = w₁ - α × δ₁ × x₁\n       = 0.4 - 0.5 × (-0.0104) × 0.5\n       = 0.4 + 0.0026 = 0.4026",
           ((C, C, C, C),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_N1}*x[0]", "=0.4 - 0.5*(-0.0104)*0.5", "=0.4 + 0.0026",
                                       "=0.4026")),), batch=175, why="the hidden weight's update (the true 0.40260)"),
    # ---- the exam's Markdown solution: ∂E/∂w₁ chains with · between the factors, list items indented three spaces,
    # mermaid sequence-diagram lines with a label before the formula, ← -----------
    Public("q75-ex-ch", _EX, "b175_ex", "b175_ex", "∂E/∂w₁ = ∂E/∂ŷ · ∂ŷ/∂a · ∂a/∂z · ∂z/∂w₁", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_E1}*x[0]",)),), batch=175,
           why="the chain rule through the linear output, the hidden unit and its sum"),
    Public("q75-ex-dy", _EX, "b175_ex", "b175_ex", "   ∂E/∂ŷ = ŷ - y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=175,
           why="\"Output Error\", a list item's indented line"),
    Public("q75-ex-da", _EX, "b175_ex", "b175_ex", "   ∂a/∂z = σ(z)(1 - σ(z)) = a(1 - a)", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))", "a1[0]*(1 - a1[0])")),),
           batch=175, why="\"Sigmoid Derivative\", products by juxtaposition"),
    Public("q75-ex-fin", _EX, "b175_ex", "b175_ex", "∂E/∂w₁ = (ŷ - y) · w₂ · a(1 - a) · x", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_E1}*x[0]",)),), batch=175, why="\"Final Gradient\""),
    Public("q75-ex-do", _EX, "b175_ex", "b175_ex", "    Output Layer->>Hidden Layer: δₒ = (ŷ - y) · w₂", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,0]", ("(a2[0] - y[0])*W2[0,0]",)),), batch=175,
           why="a mermaid message: δₒ the error arriving at the hidden output, dE/da"),
    Public("q75-ex-dh", _EX, "b175_ex", "b175_ex", "    Hidden Layer->>Weights: δₕ = δₒ · a(1 - a) · x", ((C,),),
           (Twin("value", f"{_E1}*x[0]", (f"{_E1}*x[0]",)),), batch=175,
           why="δₕ, with x, the hidden weight's gradient (the diagram's Note subtracts eta times it)"),
    Public("q75-ex-nt", _EX, "b175_ex", "b175_ex", "    Note right of Weights: Δw₁ = -η · δₕ", ((C,),),
           (Twin("value", f"-eta*{_E1}*x[0]", (f"-eta*{_E1}*x[0]",)),), batch=175,
           why="the weight's change, a value"),
    Public("q75-ex-up", _EX, "b175_ex", "b175_ex", "w₁ ← w₁ - η · [(ŷ - y) · w₂ · a(1 - a) · x]", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_E1}*x[0]",)),), batch=175,
           why="\"Weight update rule\", ← and square brackets"),
    # ---- the JavaScript learner (four, six and eight spaces): a // comment with the delta in Unicode inside
    # parentheses, this. fields and methods, -= updates with learningRate first --------------------------------------
    Public("q75-js-cm", _JS, "b175_js", "b175_jsc",
           "    // Calculate output layer error (δ_output = (ŷ - y) * σ'(z_out))", ((C,),),
           (Twin("value", _J2, (_J2,), _p(o=3)),), batch=175,
           why="the comment over the output loop: the formula in parentheses after words"),
    Public("q75-js-oe", _JS, "b175_js", "b175_js",
           "      outputError[o] = (output[o] - target[o]) * this.sigmoidDerivative(outputInput[o]);", ((C,),),
           (Twin("value", _J2, (_J2,), _p(o=3)),), batch=175,
           why="dE/dz2[o]; this.sigmoidDerivative(x) = s * (1 - s), s = this.sigmoid(x), of the sum"),
    Public("q75-js-w2", _JS, "b175_js", "b175_js",
           "        this.weightsHiddenOutput[h][o] -= learningRate * outputError[o] * hiddenOutput[h];", ((C,),),
           (Twin("update", "W2[{o},{h}]", (f"W2[{{o}},{{h}}] - eta*{_J2}*a1[{{h}}]",), _p(h=4, o=3)),), batch=175,
           why="h the hidden unit, o the output: weightsHiddenOutput input-first"),
    Public("q75-js-w1", _JS, "b175_js", "b175_js",
           "        this.weightsInputHidden[i][h] -= learningRate * hiddenError[h] * input[i];", ((C,),),
           (Twin("update", "W1[{h},{i}]", (f"W1[{{h}},{{i}}] - eta*{_J1}*x[{{i}}]",), _p(i=6, h=4)),), batch=175,
           why="hiddenError[h] after its *= this.sigmoidDerivative(hiddenInput[h]): the hidden error dE/dz1"),
    Public("q75-js-b2", _JS, "b175_js", "b175_js", "      this.outputBias[o] -= learningRate * outputError[o];",
           ((C,),),
           (Twin("update", "b2[{o}]", (f"b2[{{o}}] - eta*{_J2}",), _p(o=3)),), batch=175),
    Public("q75-js-b1", _JS, "b175_js", "b175_js", "      this.hiddenBias[h] -= learningRate * hiddenError[h];",
           ((C,),),
           (Twin("update", "b1[{h}]", (f"b1[{{h}}] - eta*{_J1}",), _p(h=4)),), batch=175),
    # ---- the Indonesian report's code block: × and · side by side, ᵀ, sigmoid' as a function, += updates --------
    Public("q75-id-do", _ID, "b175_id", "b175_id", "δ_output = (t - Y) × sigmoid'(net_o)", ((C,),),
           (Twin("value", _I2, (_I2,)),), batch=175, why="-dE/dz2 (the update adds alpha times it), a value"),
    Public("q75-id-dh", _ID, "b175_id", "b175_id", "δ_hidden = (δ_output · W2ᵀ) × sigmoid'(net_h)", ((C,),),
           (Twin("value", _I1, (_I1,), _p(j=2)),), batch=175, why="rows, W2 input-first: δ_output · W2ᵀ the row"),
    Public("q75-id-w2", _ID, "b175_id", "b175_id", "W2 += α × Hᵀ · δ_output", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + eta*a1[{{j}}]*{_I2}",), _p(j=2)),), batch=175),
    Public("q75-id-w1", _ID, "b175_id", "b175_id", "W1 += α × Xᵀ · δ_hidden", ((C,),),
           (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*x[{{i}}]*{_I1}",), _p(j=2, i=2)),), batch=175),
    # ---- the Keras docstring (six spaces): ∂L/∂z2 between two =, ᵀ and ·, ⊙, activation' as a function, ΔW the
    # gradients (its Update: W = W - η · ΔW) ------------------------------------------------------------------------
    Public("q75-kr-do", _KR, "b175_kr", "b175_kr", "      δ_output = ∂L/∂z2 = (y_hat - y)", ((C, C),),
           (Twin("value", _K2, (_K2, _K2)),), batch=175,
           why="the sigmoid output under the binary cross-entropy: dL/dz2 = y_hat - y"),
    Public("q75-kr-g2", _KR, "b175_kr", "b175_kr", "      ΔW2 = a1ᵀ · δ_output", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_K2}",), _p(j=3)),), batch=175,
           why="ΔW2 the gradient (the docstring's update subtracts η · ΔW), rows: a1ᵀ · δ_output W2's shape"),
    Public("q75-kr-dh", _KR, "b175_kr", "b175_kr", "      δ_hidden = δ_output · W2ᵀ ⊙ activation'(z1)", ((C,),),
           (Twin("value", _K1, (_K1,), _p(j=3)),), batch=175, why="activation' the sigmoid's slope (experiment 1)"),
    Public("q75-kr-g1", _KR, "b175_kr", "b175_kr", "      ΔW1 = Xᵀ · δ_hidden", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_K1}",), _p(j=3, i=2)),), batch=175),
    # ---- the Spanish script (four spaces): each line under a # comment stating it (ERROR with a trailing space,
    # S' a function, a dot product written ., W_salida_transpuesta), -= updates, np.dot and np.sum ------------------
    Public("q75-es-ec", _ES, "b175_es", "b175_es", "    # ERROR = (A_salida - Y) ", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=175,
           why="the comment, with its trailing space: the output minus the target, a value"),
    Public("q75-es-e", _ES, "b175_es", "b175_es", "    error_salida = A_salida - Y", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=175),
    Public("q75-es-dc", _ES, "b175_es", "b175_es", "    # Delta_salida = ERROR * S'(Z_salida)", ((C,),),
           (Twin("value", _S2, (_S2,)),), batch=175, why="dE/dz2, S' the sigmoid's slope at the sum"),
    Public("q75-es-d", _ES, "b175_es", "b175_es", "    D_salida = error_salida * derivada_sigmoide(Z_salida)", ((C,),),
           (Twin("value", _S2, (_S2,)),), batch=175,
           why="derivada_sigmoide(x) = s * (1 - s) of s = sigmoide(x), of the sum"),
    Public("q75-es-hc", _ES, "b175_es", "b175_es",
           "    # Delta_oculta = Delta_salida . W_salida_transpuesta * S'(Z_oculta)", ((C,),),
           (Twin("value", _S1, (_S1,), _p(j=4)),), batch=175,
           why="the comment's . the dot product, W_salida_transpuesta W_salida transposed (the next line's "
               "W_salida.T)"),
    Public("q75-es-h", _ES, "b175_es", "b175_es",
           "    D_oculta = np.dot(D_salida, W_salida.T) * derivada_sigmoide(Z_oculta)", ((C,),),
           (Twin("value", _S1, (_S1,), _p(j=4)),), batch=175),
    Public("q75-es-w2", _ES, "b175_es", "b175_es",
           "    W_salida -= TASA_APRENDIZAJE * np.dot(A_oculta.T, D_salida)", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] - eta*a1[{{j}}]*{_S2}",), _p(j=4)),), batch=175),
    Public("q75-es-b1", _ES, "b175_es", "b175_es",
           "    B_oculta -= TASA_APRENDIZAJE * np.sum(D_oculta, axis=0, keepdims=True)", ((C,),),
           (Twin("update", "b1[{j}]", (f"b1[{{j}}] - eta*{_S1}",), _p(j=4)),), batch=175,
           why="np.sum over the batch's rows (one sample here)"),
    # ---- the Python NeuralNetwork after Mazur (eight spaces): dEdO/dOdN/dNdW names, the chain rule in # comments, a
    # tanh hidden layer (main's activation='tanh') whose slope is written the sigmoid's, and dE/d(hidden output)
    # missing the output's slope: three slips ----------------------------------------------------------------------
    Public("q75-mz-deo", _MZ, "b175_mz", "b175_mz", "        dEdO_Who = -2*(y-self.final_outputs)", ((C,),),
           (Twin("value", _M0, (_M0,)),), batch=175,
           why="dE/dO of the squared error (mse_loss of one sample and one output), a value"),
    Public("q75-mz-don", _MZ, "b175_mz", "b175_mz",
           "        dOdN_Who = self.final_outputs * (1-self.final_outputs)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=175,
           why="the sigmoid output's slope by its net input, a value"),
    Public("q75-mz-gw2", _MZ, "b175_mz", "b175_mz",
           "        dEdW_Who = np.dot((dEdO_Who * dOdN_Who),  dNdW_Who.T) # dot b.c. of batch inputs", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_M2}*a1[{{j}}]",), _p(j=2)),), batch=175,
           why="two spaces after the comma and a trailing # comment, as the file has them"),
    Public("q75-mz-cmt", _MZ, "b175_mz", "b175_mzc",
           "        # This equals sum(δ_o * Who) * out_h * (1 - out_h) * i_1", ((W,),),
           (Twin("gradient", "W1[{h},0]", (f"{_M2}*W2[0,{{h}}]*a1[{{h}}]*(1 - a1[{{h}}])*x[0]",), _p(h=2)),),
           batch=175,
           why="\"This\" the comment's ∂E/∂Wih_1 (the lines before): out_h (1 - out_h) is the sigmoid's slope, and "
               "main trains the hidden layer with tanh (slope 1 - out_h^2): the file's slip"),
    Public("q75-mz-do", _MZ, "b175_mz", "b175_mzc", "        # where δ_o = ∂E/∂net = ∂E/∂out * ∂out/∂net", ((C, C),),
           (Twin("value", _M2, (_M2, _M2)),), batch=175, why="the output's error dE/dz2, a chain of two factors"),
    Public("q75-mz-deh", _MZ, "b175_mz", "b175_mz",
           "        dEdO_Wih = np.dot(self.who.T, dEdO_Who) # first three p.d. terms", ((W,),),
           (Twin("value", _MA, (f"W2[0,{{j}}]*{_M0}",), _p(j=2)),), batch=175,
           why="dE/d(hidden output), which the comment says holds the \"first three p.d. terms\" (dE/dO, dO/dN, "
               "dN/d hidden output): the product leaves out dOdN_Who, the output's slope (the file's slip)"),
    Public("q75-mz-dnh", _MZ, "b175_mz", "b175_mz",
           "        dOdN_Wih = self.hidden_outputs * (1-self.hidden_outputs)", ((W,),),
           (Twin("value", "1 - a1[{j}]*a1[{j}]", ("a1[{j}]*(1 - a1[{j}])",), _p(j=2)),), batch=175,
           why="the hidden outputs' slope by their net inputs: the sigmoid's, where main's hidden layer is tanh "
               "(nonlinearity = np.tanh): the file's slip"),
    Public("q75-mz-gw1", _MZ, "b175_mz", "b175_mz",
           "        dEdW_Wih = np.dot((dEdO_Wih * dOdN_Wih), dNdW_Wih.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_M1}*x[{{i}}]",), _p(j=2, i=2)),), batch=175,
           why="right given the names' meanings (dEdO_Wih dE/d hidden output, dOdN_Wih the hidden slope, dNdW_Wih "
               "the inputs): the slips are in the two lines that compute them"),
]
