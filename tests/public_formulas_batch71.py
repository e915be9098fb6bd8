r"""Batch 71 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 web-page addresses no earlier batch used (the "pages" corpus: two pages of clawdemy.org's lesson
"Backpropagation and the chain rule", its summary and its cheatsheet, working a one-neuron-per-layer chain without
activations; math.stackexchange 2202549 on cs231n's case study, its question's NumPy lines and its answer's align
environments; Nemotron-CC-Math's copy of "Delta Math Hack on GitHub", named by its title after the data set's
address as in the batches before; four deeplearning.ai forum threads on the course's tanh planar assignment and
its logistic regression, 359875, 66727, 85937 and 119220; oswalt.dev's updated post on a 2-2-1 XOR network;
discuss.pytorch.org 187917, a question whose hand derivatives of a tanh chain disagree with autograd; the
notebooks of 42charlie's PyTorch-10-Day-Mastery and Indroneel-roy's PyTorch repositories, as the pages corpus
stores them), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents: grad(...), code's names,
the functions and loss keys), a network of the kind the page describes (with the page's numbers where it works an
example; both in tests/public_formulas_batch71_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down, at the first run)
and committed before check was. A local derivative (da3/da2, dy_pred_dz, dh1/dw_h) is twinned as a value, as in
the batches before; so is a derivative by an output (dC/da3, dloss_dy_pred). Formulas keep their page's delimiters
and what surrounds them on their line as the corpus stores it (the cheatsheet's heading anchor "Section titled
..." glued before a line and a table's header glued after one, Markdown table rows "| ... | 2 | ... |", bullets
"  • ", Python comments after code, prose around $...$); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 71

The batch: 57 formulas, 38 values (forward values, losses, tanh's and the sigmoid's slopes, local derivatives, the
softmax of the true class, a question's code derivatives), 5 deltas dL/dz (the answer's dL_i/df_k with the indicator
\mathbb{1}(y_i=k), the delta page's two, the forum's dZ1 in NumPy, oswalt's dL/dz), 13 gradients, and one bullet of
nine claims (clawdemy's given values, forward values and dC/dw1 = ... = 2 · 0.5 · 3 · 1 = 3); two entries hold
several claims in a line (that bullet and the cheatsheet's "a0=1, w1=2, ..., C=(3−2)²=1."). 17 are LaTeX
(math.stackexchange's $F = XW + b$ after words and the answer's \begin{align} ... \end{align} without $$, with
\mathcal{L}_i, p_{y_i}, \boldsymbol{w_j}^\top, \mathbb{1}\left(y_i=k\right); the delta page's \[ ... \] with
(w^{(l+1)})^T and f'; the forum's \displaystyle \frac {1}{m} X \cdot (A - Y)^T without delimiters; oswalt's \tfrac,
\big[ \big], \hat y without braces; 42charlie's \underbrace{...}_{\text{Outer}} and an aligned chain of numbers
ending in \mathbf{-12}), 40 plain text or code (clawdemy's bullets with ·, −, ² and the right quotation mark;
deeplearning.ai's g'(z) = (1 - tanh^2(z)), np.dot(W2.T, dZ2) *(1 - np.tanh(cache['Z1'])**2); the PyTorch question's
h1_raw, dh1raw_dwh and its "# dh1/dw_h = ..." comments; Indroneel-roy's torch.sigmoid and dloss_dy_pred lines with
their # comments).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- the delta page's \delta^{(L)} = (y - \hat{y}) \cdot f'(z^{(L)}): the page gives delta no other meaning, and the
  spec's delta is dL/dz, of which (y - yhat) f'(z) is the negative (it is right only for a delta defined as -dL/dz,
  Mitchell's; the hidden layer's rule beside it is right either way);
- the PyTorch question's dh1_dwh = (1 - h1_raw**2) * dh1raw_dwh and dh2_dwh = (1 - h2_raw**2) * dh2raw_dwh: tanh's
  slope written with the sum (h1_raw) for the output (h1), the question's own bug (autograd disagrees);
- its comments "# dh1/dw_h = 1 - h1_raw**2 * dh1_raw/dw_h (chain rule)" and "# dh2/dw_h = ...": the same slip, and 1
  minus a product without the parentheses.

What the spec could not express, which a page needed (the notation written as close as the spec allows, and said
so in the tables): the PyTorch question's names dh1raw_dwh and dh2raw_dwh (letters, a digit, letters, then an
underscore: no pattern of the spec's grammar, `"dh1raw_dwh"`, `"dh1raw_{dwh}"` and `"{dh1raw}_{dwh}"` are each
refused when the notation loads), left unnamed, so dh1raw_dwh = h0 + w_h * dh0_dwh and the two lines that use them
hold an unknown name; its one weight w_h serving both tanh layers (no network ties two weights: W1 and W2 both hold
2.0, and w_h names W1, its first use; the lines where w_h stands for the second layer's use are left out); its
derivatives are of y2, no loss (named through the notation as expressions, d h1/d w_h = (1 - h1^2) h0 and so on);
the cs231n answer's probability and score of the true class, p_{y_i} and f_{y_i}, named as t-weighted sums of the
class's entries (t the one-hot target); a one-example model of pages averaging over m examples (m = 1).
Left out: the question's $${dW} = X^\intercal {dF}$$ $${db} = \begin{bmatrix} \sum\limits_{i=1} {dF}_{1i} \\ ...
\vdots ... \end{bmatrix}$$ (its db's rows over n with dF's indices swapped, no network of one example models it), the
cheatsheet's three chains glued into one line after a heading's anchor, clawdemy's "w1_new = w1 − learning_rate · 3"
(a symbol and a number mixed, which the oracle's random points cannot judge), the PyTorch question's backward-pass
lines through the tied w_h, and Indroneel-roy's printed gradients (a label before each number).

Collected on 2026-12-05 from 13:42 to 13:50 by the machine's clock (the oracle's runs included), and run blind once
at main 1818f6a (/work/READY_FOR_BLIND23), with nothing under src/ changed. Every notation loaded under the spec
before the run and no refusal is the collector's notation outside the spec's grammar, so the first run is the only
one (/work/batch71_blind.txt): 48 of 57 read with every verdict right (84%), 9 refused, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. Of the 5 mistaken formulas, 3 read with every verdict right (the delta page's
\delta^{(L)} = (y - \hat{y}) ... and the PyTorch question's two "# dh/dw_h = ..." comments, each called wrong) and 2
were refused (its dh1_dwh and dh2_dwh lines, which hold the unnamed dh1raw_dwh and dh2raw_dwh). By kind of claim:
values 31 of 38, deltas 5 of 5, gradients 12 of 13, the bullet of nine claims 0 of 1. LaTeX against plain text: the
17 in LaTeX read 16 (94%), the 40 in plain text or code 32 (80%). By page: clawdemy's summary 0 of 2, its cheatsheet
4 of 6, math.stackexchange 2202549 7 of 8, "Delta Math Hack" 2 of 2, deeplearning.ai 359875 3 of 4, 66727 2 of 2,
85937 2 of 2, 119220 1 of 1, oswalt.dev 3 of 3, discuss.pytorch 187917 8 of 11, 42charlie 8 of 8, Indroneel-roy 8 of
8.

The refusals by construct (9), with the exact message:

- 3, a name the notation cannot name, letters, a digit, letters, an underscore (the PyTorch question's code,
  dh1raw_dwh and dh2raw_dwh; see above): ``dh1raw_dwh = h0 + w_h * dh0_dwh``: "formula 'dh1raw_dwh = h0 + w_h *
  dh0_dwh': dh1 matches none of the notation's patterns for dh1 ('dh1_dwh')" (b71-pytorch-dh1raw; -dh1 alike, "dh1
  matches none of the notation's patterns for dh1 ('dh1_dwh')"; -dh2, "dh2 matches none of the notation's patterns
  for dh2 ('dh2_dwh', 'dh2_dwy')"): the spec's grammar has no pattern for the name, so its lines cannot read;
- 2, plain-text claims inside a bullet's prose (clawdemy's summary): ``  • Worked small (no squish): a
  one-neuron-per-layer chain with a0=1, w1=2, ... Then dC/dw1 = ... = 2 · 0.5 · 3 · 1 = 3.``: "formula 'Worked small
  (no squish): a one-neuron-per-layer chain wi...': unexpected at ':' (position 25)" (b71-claw-worked); ``  • This is
  lesson 8 in numbers. The first factor dC/da3 = 2 is the output’s desire; ...``: "formula 'This is lesson 8 in
  numbers. The first factor dC/da3 = 2 ...': unexpected at '.' (position 28)" (b71-claw-desire);
- 1, a heading's anchor text glued before the line in the stored copy (the cheatsheet): ``Section titled “Worked
  chain (one neuron per layer, no squish)”a0=1, w1=2, ...``: "formula '(one neuron per layer, no squish)”a0=1':
  cannot read '”' at position 34; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)"
  (b71-claw-forward);
- 1, a Markdown table's header row glued after a chain in the stored copy: ``dC/dw1 = (dC/da3)·(da3/da2)·(da2/da1)·
  (da1/dw1) = 2 · 0.5 · 3 · 1 = 3| Factor | Value | Meaning |``: "formula 'dC/dw1 = (dC/da3) \\cdot (da3/da2) \\cdot
  (da2/da1) \\cdot (...': unknown symbol Factor; the notation knows a, w, y; give it a meaning in the notation's
  [notation.symbols], e.g. "Factor" = "a1[0]"" (b71-claw-chain; the rows of the same table, "| da3/da2 = w3 | 0.5 |
  ... |", read);
- 1, an inline claim followed in its sentence by more inline math, index ranges $i=1,\cdots,N$ and $j=1,\cdots,K$
  (math.stackexchange's answer): ``$f_j = \boldsymbol{w_j}^\top \boldsymbol{x_i} + b_j$ is the score of the $i$th
  observation ...``: "formula 'f_j = w _j^T x _i + b_j is the score of the i th observat...': unexpected at ','
  (position 96); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own
  left side (A = B, \quad C = D)" (b71-cs231n-f: the sentence read as one formula);
- 1, a plain-text power of a name with a digit (deeplearning.ai's A1^2): ``g'(Z1) = (1 - A1^2) = (1 -
  tanh^2(Z1))``: "formula "g'(Z1) = (1 - A1^2) = (1 - tanh^2(Z1))": A_{1}^{2} matches none of the notation's patterns
  for A ('A1', 'A2')" (b71-dlai-a1-gZ1: A1^2 read as the symbol A with subscript 1 and superscript 2, not A1 squared).

Read, among the constructs these pages brought: Markdown table rows around a claim (| da3/da2 = w3 | 0.5 | ... |),
NumPy's np.dot(X, W) + b, np.dot(X.T, dscores) and np.sum(..., axis=0, keepdims=True); \begin{align} without $$,
\mathcal{L}_i as the loss, p_{y_i}, \mathbb{1}\left(y_i=k\right); \[ ... \] with ((w^{(l+1)})^T \delta^{(l+1)}) \cdot
f'(z^{(l)}); g'(z) = (1 - tanh^2(z)); np.tanh(cache['Z1'])**2; \displaystyle \frac {1}{m} X \cdot (A - Y)^T without
delimiters; \tfrac, \big[ \big], \hat y; "# dh1/dw_h = 1 - h1_raw**2 * dh1_raw/dw_h (chain rule)" as a comment line;
\underbrace{...}_{\text{Outer}}; aligned chains ending in \mathbf{-12}; Python lines with # comments, torch.sigmoid.

Which look general (would appear in much homework): plain-text claims inside a sentence of prose (a bullet's
"... with a0=1, w1=2 ... Then dC/dw1 = ... = 3."), an inline claim followed by other inline math in its sentence
(index ranges), and a power written on a code name with a digit (A1^2, as the deeplearning.ai forums write the
course's names). Page-specific or the stored copy's: the heading anchor text and the table header glued by the
extraction, and the PyTorch question's names dh1raw_dwh, which the spec's patterns cannot write.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch71_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_CLAW = "https://clawdemy.org/lessons/neural-network-intuition/backpropagation-and-the-chain-rule/"
_CLAW_SUMMARY = f"{_CLAW}summary/"
_CLAW_CHEAT = f"{_CLAW}cheatsheet/"
_CS231N = "https://math.stackexchange.com/questions/2202549/cs231n-backpropagation-gradient"
_DELTAHACK = f"{_NEMOTRON} (Delta Math Hack on GitHub)"
_DLAI = "https://community.deeplearning.ai/t/"
_DLAI_A1 = f"{_DLAI}w3-a1-ex-6-backward-propagation-using-a1-to-compute-dz1/359875"
_DLAI_DW1 = f"{_DLAI}w3-a1-ex-6-backward-propagation-assertionerror-wrong-values-for-dw1/66727"
_DLAI_WRONG = f"{_DLAI}wrong-values-for-dw1/85937"
_DLAI_PROPAGATE = f"{_DLAI}course-1-week-2-exercise-5-propagate/119220"
_OSWALT = "https://oswalt.dev/2025/08/neural-network-from-scratch-updated"
_PYTORCH = "https://discuss.pytorch.org/t/pytorch-autograd-not-matching-with-computed-derivatives/187917"
_CHARLIE = "https://github.com/42charlie/PyTorch-10-Day-Mastery"
_INDRO = "https://github.com/Indroneel-roy/PyTorch"

_I2 = tuple({"i": i} for i in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_K3 = tuple({"k": k} for k in range(3))
_KI32 = tuple({"k": k, "i": i} for k in range(3) for i in range(2))
_JI42 = tuple({"j": j, "i": i} for j in range(4) for i in range(2))

# clawdemy's worked chain: dC/dw1 = dC/da3 da3/da2 da2/da1 da1/dw1 (no activation, no bias)
_CLAW_G1 = "2*(a3[0] - y[0])*W3[0,0]*W2[0,0]*x[0]"
# the chain's given and forward values, as the lesson lists them (a0=1, w1=2, w2=3, w3=0.5, y=2, a1=2, a2=6, a3=3)
_CLAW_GIVEN = (Twin("value", "x[0]", ("=1",)), Twin("value", "W1[0,0]", ("=2",)), Twin("value", "W2[0,0]", ("=3",)),
               Twin("value", "W3[0,0]", ("=0.5",)), Twin("value", "y[0]", ("=2",)))
_CLAW_FORWARD = (Twin("value", "a1[0]", ("=2",)), Twin("value", "a2[0]", ("=6",)), Twin("value", "a3[0]", ("=3",)))
# cs231n's scores, row k of W1 (column k of the page's input-first W) times x plus b_k
_SCORE = "W1[{k},0]*x[0] + W1[{k},1]*x[1] + b1[{k}]"
# the true class's probability and score, for one-hot targets t
_P_TRUE = "t[0]*a1[0] + t[1]*a1[1] + t[2]*a1[2]"
_F_TRUE = "t[0]*z1[0] + t[1]*z1[1] + t[2]*z1[2]"
# the delta page's output delta dL/dz^(L) (1/2 (y - yhat)^2, a sigmoid output)
_HACK_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the planar assignment's dZ2 = A2 - Y (the log loss and a sigmoid output) through W2 into tanh's slope
_PLANAR_D1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - a1[{j}]**2)"
# discuss.pytorch 187917's d h1/d w_h and d h2/d w_h (w_h modelled as W1: see the tables)
_DH1 = "(1 - a1[0]**2)*x[0]"
_DH2 = "(1 - a2[0]**2)*W2[0,0]*(1 - a1[0]**2)*x[0]"
# Indroneel-roy's binary cross-entropy, a sigmoid neuron
_BCE_DA = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"

ENTRIES: list[Public] = [
    # ---- clawdemy's lesson "Backpropagation and the chain rule", its summary page: bullets "  • " in plain text, the
    # given values glued (a0=1, w1=2), the chain of four factors with the middle dot · (U+00B7) ----------------------
    Public("b71-claw-worked", _CLAW_SUMMARY, "b71_claw", "b71_claw",
           "  • Worked small (no squish): a one-neuron-per-layer chain with a0=1, w1=2, w2=3, w3=0.5, y=2 gives a"
           " forward pass of a1=2, a2=6, a3=3, cost 1. Then dC/dw1 = (dC/da3)·(da3/da2)·(da2/da1)·(da1/dw1) = 2 · 0.5 ·"
           " 3 · 1 = 3.", ((C,),) * 8 + ((C, C, C),),
           _CLAW_GIVEN + _CLAW_FORWARD + (Twin("gradient", "W1[0,0]", (_CLAW_G1, "=2*0.5*3*1", "=3")),), batch=71,
           why="the given values, the forward values and the gradient, nine claims in one bullet; \"cost 1\" has no ="),
    Public("b71-claw-desire", _CLAW_SUMMARY, "b71_claw", "b71_claw",
           "  • This is lesson 8 in numbers. The first factor dC/da3 = 2 is the output\u2019s desire; each weight factor"
           " is that desire flowing back a layer; the last factor a0 is the input feeding the weight. The story and the"
           " arithmetic are the same thing, and that 3 is one component of the gradient \u2207C that gradient descent then"
           " steps against.", ((C,),), (Twin("value", "2*(a3[0] - y[0])", ("=2",)),), batch=71,
           why="dC/da3 = 2(a3 - y) = 2, a derivative by the output, twinned as a value"),
    # ---- clawdemy's cheatsheet of the same lesson: the stored text glues a heading's anchor text ("Section titled
    # ...") before the line, a table's header after the chain; Markdown table rows with the minus sign U+2212 --------
    Public("b71-claw-forward", _CLAW_CHEAT, "b71_claw", "b71_claw",
           "Section titled \u201cWorked chain (one neuron per layer, no squish)\u201da0=1, w1=2, w2=3, w3=0.5, y=2. Forward:"
           " a1=2, a2=6, a3=3, C=(3\u22122)\u00b2=1.", ((C,),) * 8 + ((C, C),),
           _CLAW_GIVEN + _CLAW_FORWARD + (Twin("value", "(a3[0] - y[0])**2", ("=(3 - 2)**2", "=1")),), batch=71,
           why="the heading \"Worked chain (one neuron per layer, no squish)\" on the line before; its anchor text glued"),
    Public("b71-claw-chain", _CLAW_CHEAT, "b71_claw", "b71_claw",
           "dC/dw1 = (dC/da3)\u00b7(da3/da2)\u00b7(da2/da1)\u00b7(da1/dw1) = 2 \u00b7 0.5 \u00b7 3 \u00b7 1 = 3| Factor | Value |"
           " Meaning |", ((C, C, C),), (Twin("gradient", "W1[0,0]", (_CLAW_G1, "=2*0.5*3*1", "=3")),), batch=71,
           why="the table's header row glued after the chain in the stored text"),
    Public("b71-claw-row-dCda3", _CLAW_CHEAT, "b71_claw", "b71_claw",
           "| dC/da3 = 2(a3\u2212y) | 2 | the output\u2019s desire (L8) |", ((C,),),
           (Twin("value", "2*(a3[0] - y[0])", ("2*(a3[0] - y[0])",)),), batch=71,
           why="a table row: the factor, its value (2) and its meaning in the next cells"),
    Public("b71-claw-row-da3da2", _CLAW_CHEAT, "b71_claw", "b71_claw",
           "| da3/da2 = w3 | 0.5 | desire flows back through a weight |", ((C,),),
           (Twin("value", "W3[0,0]", ("W3[0,0]",)),), batch=71, why="a local derivative, twinned as a value"),
    Public("b71-claw-row-da2da1", _CLAW_CHEAT, "b71_claw", "b71_claw",
           "| da2/da1 = w2 | 3 | and back another layer |", ((C,),),
           (Twin("value", "W2[0,0]", ("W2[0,0]",)),), batch=71, why="a local derivative, twinned as a value"),
    Public("b71-claw-row-da1dw1", _CLAW_CHEAT, "b71_claw", "b71_claw",
           "| da1/dw1 = a0 | 1 | the input feeding this weight |", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=71, why="a local derivative, twinned as a value"),
    # ---- math.stackexchange 2202549 on cs231n's case study: the question's NumPy lines and $...$/$$...$$ in a
    # sentence; the answer's align environments without $$, \mathcal{L}_i, p_{y_i}, \boldsymbol{w_j}^\top, the
    # indicator \mathbb{1}(y_i=k) ------------------------------------------------------------------------------------
    Public("b71-cs231n-scores", _CS231N, "b71_cs231n", "b71_cs231n", "scores = np.dot(X, W) + b", ((C,),),
           (Twin("value", "z1[{k}]", (_SCORE,), _K3),), batch=71,
           why="after \"We know that:\"; X a row of inputs, W input-first: the scores row XW + b"),
    Public("b71-cs231n-dW", _CS231N, "b71_cs231n", "b71_cs231n", "dW = np.dot(X.T, dscores)", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("(a1[{k}] - t[{k}])*x[{i}]",), _KI32),), batch=71,
           why="dW (input-first, D x K) = X^T dscores, one example: x_i (p_k - t_k)"),
    Public("b71-cs231n-db", _CS231N, "b71_cs231n", "b71_cs231n", "db = np.sum(dscores, axis=0, keepdims=True)",
           ((C,),), (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=71,
           why="the sum over the examples (axis 0), one here"),
    Public("b71-cs231n-F", _CS231N, "b71_cs231n", "b71_cs231n",
           "So mathematically, we can write ($F$ being scores) $$F = XW + b$$", ((C,),),
           (Twin("value", "z1[{k}]", (_SCORE,), _K3),), batch=71),
    Public("b71-cs231n-loss", _CS231N, "b71_cs231n", "b71_cs231n",
           r"\begin{align} \mathcal{L}_i &= - \log\left(p_{y_i}\right), \end{align}", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))", (f"-log({_P_TRUE})",)),),
           batch=71, why="the answer's first line, after \"Consider the loss function for the network evaluated at the"
                         " $i$th observation\"; p_{y_i} the true class's probability"),
    Public("b71-cs231n-p", _CS231N, "b71_cs231n", "b71_cs231n",
           r"\begin{align} p_{y_i} &= \frac{e^{f_{y_i}}}{\sum_{j=1}^K e^{f_j}}, \end{align}", ((C,),),
           (Twin("value", _P_TRUE, (f"exp({_F_TRUE})/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",)),), batch=71,
           why="the softmax of the true class's score f_{y_i}"),
    Public("b71-cs231n-f", _CS231N, "b71_cs231n", "b71_cs231n",
           r"$f_j = \boldsymbol{w_j}^\top \boldsymbol{x_i} + b_j$ is the score of the $i$th observation corresponding"
           r" to the $j$th class, $\boldsymbol{x_i}$ is the $D$-dimensional column vector corresponding to the $i$th"
           r" observation, and $\boldsymbol{w_j}$ is the column vector corresponding to the weights for the $j$th"
           r" class, for $i=1,\cdots,N$ and $j=1,\cdots,K$.", ((C,),),
           (Twin("value", "z1[{k}]", (_SCORE,), _K3),), batch=71,
           why="w_j the weights of class j (row j of W1 here); the sentence's i=1,\\cdots,N and j=1,\\cdots,K are the"
               " indices' ranges, no claims"),
    Public("b71-cs231n-dLdf", _CS231N, "b71_cs231n", "b71_cs231n",
           r"\begin{align} \frac{\partial\mathcal{L}_i}{\partial f_k} &= p_k - \mathbb{1}\left(y_i=k\right)"
           r" \end{align}", ((C,),), (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=71,
           why="after \"Given the upstream derivative of the loss with respect to the scores\"; the indicator"
               " 1(y_i = k) is the one-hot target t_k"),
    # ---- Nemotron's "Delta Math Hack on GitHub": \[ ... \] lines, the transpose of a parenthesised layer's weights,
    # \cdot for the element-wise product, f' ---------------------------------------------------------------------------
    Public("b71-hack-output", _DELTAHACK, "b71_deltahack", "b71_deltahack",
           r"\[ \delta^{(L)} = (y - \hat{y}) \cdot f'(z^{(L)}) \]", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=71,
           why="the page gives delta no meaning beyond \"the delta of the output layer\", and the spec's delta is dL/dz:"
               " (y - yhat) f'(z) is its negative (right only for a delta defined as -dL/dz, as Mitchell's is)"),
    Public("b71-hack-hidden", _DELTAHACK, "b71_deltahack", "b71_deltahack",
           r"\[ \delta^{(l)} = ((w^{(l+1)})^T \delta^{(l+1)}) \cdot f'(z^{(l)}) \]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_HACK_D2}*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),), batch=71,
           why="a rule over the hidden layer l = 1; \\cdot the element-wise product of the two vectors"),
    # ---- deeplearning.ai thread 359875 (W3_A1_Ex-6, using A1 to compute dZ1): plain-text lines, tanh^2(z), g' ----
    Public("b71-dlai-a1-g", _DLAI_A1, "b71_planar", "b71_planar", "g(z) = tanh(z)", ((C,),),
           (Twin("value", "tanh(z1[0])", ("tanh(z1[0])",)),), batch=71,
           why="g the hidden layer's activation; z its argument, a hidden unit's sum"),
    Public("b71-dlai-a1-gprime", _DLAI_A1, "b71_planar", "b71_planar", "g'(z) = (1 - tanh^2(z))", ((C,),),
           (Twin("value", "1 - a1[0]**2", ("1 - tanh(z1[0])**2",)),), batch=71),
    Public("b71-dlai-a1-A1", _DLAI_A1, "b71_planar", "b71_planar", "A1 = tanh(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J4),), batch=71),
    Public("b71-dlai-a1-gZ1", _DLAI_A1, "b71_planar", "b71_planar", "g'(Z1) = (1 - A1^2) = (1 - tanh^2(Z1))",
           ((C, C),), (Twin("value", "1 - a1[{j}]**2", ("1 - a1[{j}]**2", "1 - tanh(z1[{j}])**2"), _J4),), batch=71,
           why="element by element"),
    # ---- deeplearning.ai thread 66727 (wrong values for dW1): the asker's code block, np.dot, .T, cache['Z1'] ----
    Public("b71-dlai-dw1-dZ1", _DLAI_DW1, "b71_planar", "b71_planar",
           "dZ1 = np.dot(W2.T, dZ2) *(1 - np.tanh(cache['Z1'])**2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)",), _J4),), batch=71,
           why="right: the test's cache held a Z1 unrelated to its A1, which the answer explains"),
    Public("b71-dlai-dw1-dW1", _DLAI_DW1, "b71_planar", "b71_planar", "dW1 = 1/m * np.dot(dZ1, X.T)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_PLANAR_D1}*x[{{i}}]",), _JI42),), batch=71, why="m examples, one here"),
    # ---- deeplearning.ai thread 85937 (wrong values for dW1): the mentor's plain-text lines ---------------------------
    Public("b71-dlai-wrong-gZ1", _DLAI_WRONG, "b71_planar", "b71_planar", "g'(Z1) = 1 - tanh^2(Z1)", ((C,),),
           (Twin("value", "1 - a1[{j}]**2", ("1 - tanh(z1[{j}])**2",), _J4),), batch=71),
    Public("b71-dlai-wrong-A1", _DLAI_WRONG, "b71_planar", "b71_planar", "A1 = tanh(Z1)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J4),), batch=71,
           why="after \"Which can also be expressed as (1 - A1^2), because:\""),
    # ---- deeplearning.ai thread 119220 (week 2, propagate): the mentor's LaTeX without delimiters, \displaystyle ----
    Public("b71-dlai-propagate-dw", _DLAI_PROPAGATE, "b71_logreg", "b71_logreg",
           r"dw = \displaystyle \frac {1}{m} X \cdot (A - Y)^T", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I2),), batch=71,
           why="after \"Here's the math formula that you need to write the code for:\"; m examples, one here"),
    # ---- oswalt.dev's updated 2-2-1 network: $$ ... $$ lines, \tfrac, \big[ \big], \mathcal{L}(y, \hat{y}), \hat y
    # without braces ----------------------------------------------------------------------------------------------------
    Public("b71-oswalt-mse", _OSWALT, "b71_oswalt_mse", "b71_oswalt",
           r"$$ \mathcal{L} = \tfrac{1}{2}(\hat{y} - y)^2 $$", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=71,
           why="the last post's loss, recalled (its network: the same with this loss)"),
    Public("b71-oswalt-bce", _OSWALT, "b71_oswalt", "b71_oswalt",
           r"$$ \mathcal{L}(y, \hat{y}) = - \big[ y \cdot \log(\hat{y}) + (1 - y) \cdot \log(1 - \hat{y}) \big] $$",
           ((C,),), (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                          ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=71),
    Public("b71-oswalt-dLdz", _OSWALT, "b71_oswalt", "b71_oswalt", r"$$ \frac{\partial \mathcal{L}}{\partial z} = \hat y - y $$",
           ((C,),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=71,
           why="\"the error term is the loss wrt the pre-activation\": the output's z"),
    # ---- discuss.pytorch 187917: the question's equations in a code block, and its code's analytic method: names
    # with underscores and digits (h1_raw, dh1raw_dwh), ** for powers, commented derivations "# dh1/dw_h = ..." ---------
    Public("b71-pytorch-h1raw", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "h1_raw = w_h * h0", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0]",)),), batch=71),
    Public("b71-pytorch-h1", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "h1 = tanh(h1_raw)", ((C,),),
           (Twin("value", "a1[0]", ("tanh(z1[0])",)),), batch=71),
    Public("b71-pytorch-h2", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "h2 = tanh(h2_raw)", ((C,),),
           (Twin("value", "a2[0]", ("tanh(z2[0])",)),), batch=71),
    Public("b71-pytorch-y2", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "y2 = w_y * h2", ((C,),),
           (Twin("value", "a3[0]", ("W3[0,0]*a2[0]",)),), batch=71),
    Public("b71-pytorch-comment-dh2", _PYTORCH, "b71_tanhchain", "b71_tanhchain",
           "# dh2/dw_h = 1 - h2_raw**2 * dh2_raw/dw_h (chain rule)", ((W,),),
           (Twin("value", _DH2, ("1 - z2[0]**2*W2[0,0]*(1 - a1[0]**2)*x[0]",)),), batch=71,
           why="tanh's slope written with the sum (h2_raw) for the output, and 1 - ... without parentheses; wrong"
               " whether w_h is tied (the page) or not (here: d h2_raw/d w_h through W2)"),
    Public("b71-pytorch-comment-dh1", _PYTORCH, "b71_tanhchain", "b71_tanhchain",
           "# dh1/dw_h = 1 - h1_raw**2 * dh1_raw/dw_h (chain rule)", ((W,),),
           (Twin("value", _DH1, ("1 - z1[0]**2*x[0]",)),), batch=71,
           why="d h1_raw/d w_h = h0; the slope with the sum for the output and without parentheses"),
    Public("b71-pytorch-dh1raw", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "dh1raw_dwh = h0 + w_h * dh0_dwh",
           ((C,),), (Twin("value", "x[0]", ("x[0] + W1[0,0]*0",)),), batch=71,
           why="dh0_dwh = 0 on the line before; the name dh1raw_dwh (letters, a digit, letters, an underscore) is no"
               " pattern the spec's grammar writes, so the notation cannot name it (said in the tables)"),
    Public("b71-pytorch-dh1", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "dh1_dwh = (1 - h1_raw**2) * dh1raw_dwh",
           ((W,),), (Twin("value", _DH1, ("(1 - z1[0]**2)*x[0]",)),), batch=71,
           why="tanh's slope with the sum h1_raw for the output h1, the question's mistake (autograd disagrees)"),
    Public("b71-pytorch-dh2", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "dh2_dwh = (1 - h2_raw**2) * dh2raw_dwh",
           ((W,),), (Twin("value", _DH2, ("(1 - z2[0]**2)*W2[0,0]*(1 - a1[0]**2)*x[0]",)),), batch=71,
           why="the same slip one layer up (dh2raw_dwh unnamed, as dh1raw_dwh)"),
    Public("b71-pytorch-dy2dwy", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "dy2_dwy = h2 + w_y * dh2_dwy",
           ((C,),), (Twin("value", "a2[0]", ("a2[0] + W3[0,0]*0",)),), batch=71, why="dh2_dwy = 0 on the line before"),
    Public("b71-pytorch-dwy", _PYTORCH, "b71_tanhchain", "b71_tanhchain", "dw_y = h2 * 1", ((C,),),
           (Twin("value", "a2[0]", ("a2[0]*1",)),), batch=71,
           why="the backward pass's dw_y, d y2/d w_y, after \"dy2 = 1\""),
    # ---- 42charlie's "Manual Neuron" notebook: Python cells, $$ blocks with \underbrace{...}_{\text{Outer}}, an
    # aligned chain of numbers ending in \mathbf{-12} -----------------------------------------------------------------
    Public("b71-charlie-y", _CHARLIE, "b71_charlie", "b71_charlie", "y = x * w + b", ((C,),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0] + b1[0]",)),), batch=71, why="under \"#The Forward Pass\""),
    Public("b71-charlie-L", _CHARLIE, "b71_charlie", "b71_charlie", "L = (y - target)**2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=71),
    Public("b71-charlie-logic-w", _CHARLIE, "b71_charlie", "b71_charlie",
           r"$$\frac{\partial L}{\partial w} = \underbrace{\frac{\partial L}{\partial y}}_{\text{Outer}} \cdot"
           r" \underbrace{\frac{\partial y}{\partial w}}_{\text{Inner}}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=71),
    Public("b71-charlie-math-w", _CHARLIE, "b71_charlie", "b71_charlie",
           r"$$\frac{\partial L}{\partial w} = 2(y - \text{target}) \cdot x$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=71),
    Public("b71-charlie-numbers-w", _CHARLIE, "b71_charlie", "b71_charlie",
           "$$ \\begin{aligned}\n\\frac{\\partial L}{\\partial w} &= 2(7 - 10) \\cdot 2 \\\\\n&= 2(-3) \\cdot 2 \\\\\n"
           "&= \\mathbf{-12}\n\\end{aligned} $$", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", ("=2*(7 - 10)*2", "=2*(-3)*2", "=-12")),), batch=71,
           why="under \"**Substitution:**\"; y = 3 * 2 + 1 = 7"),
    Public("b71-charlie-logic-b", _CHARLIE, "b71_charlie", "b71_charlie",
           r"$$\frac{\partial L}{\partial b} = \underbrace{\frac{\partial L}{\partial y}}_{\text{Outer}} \cdot"
           r" \underbrace{\frac{\partial y}{\partial b}}_{\text{Inner}}$$", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])",)),), batch=71),
    Public("b71-charlie-math-b", _CHARLIE, "b71_charlie", "b71_charlie",
           r"$$\frac{\partial L}{\partial b} = 2(y - \text{target}) \cdot 1$$", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a1[0] - y[0])*1",)),), batch=71),
    Public("b71-charlie-numbers-b", _CHARLIE, "b71_charlie", "b71_charlie",
           "$$ \\begin{aligned}\n\\frac{\\partial L}{\\partial b} &= 2(7 - 10) \\cdot 1 \\\\\n&= 2(-3) \\cdot 1 \\\\\n"
           "&= \\mathbf{-6}\n\\end{aligned} $$", ((C, C, C),),
           (Twin("gradient", "b1[0]", ("=2*(7 - 10)*1", "=2*(-3)*1", "=-6")),), batch=71),
    # ---- Indroneel-roy's "without autograd" cells: Python lines with # comments (one of them repeating the line as
    # dz/dw = x), torch.sigmoid, names with underscores (dloss_dy_pred, dL_dw) ------------------------------------------
    Public("b71-indro-z", _INDRO, "b71_indro", "b71_indro", "z = w * x + b  # Weighted sum (linear part)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=71, why="under \"# Forward pass\""),
    Public("b71-indro-ypred", _INDRO, "b71_indro", "b71_indro",
           "y_pred = torch.sigmoid(z)  # Predicted probability", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=71),
    Public("b71-indro-dloss", _INDRO, "b71_indro", "b71_indro", "dloss_dy_pred = (y_pred - y)/(y_pred*(1-y_pred))",
           ((C,),), (Twin("value", _BCE_DA, (_BCE_DA,)),), batch=71,
           why="under \"# 1. dL/d(y_pred): Loss with respect to the prediction (y_pred)\"; a derivative by the output,"
               " twinned as a value"),
    Public("b71-indro-dypred", _INDRO, "b71_indro", "b71_indro", "dy_pred_dz = y_pred * (1 - y_pred)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=71),
    Public("b71-indro-dzdw", _INDRO, "b71_indro", "b71_indro", "dz_dw = x  # dz/dw = x", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=71, why="the comment repeats the claim"),
    Public("b71-indro-dzdb", _INDRO, "b71_indro", "b71_indro",
           "dz_db = 1  # dz/db = 1 (bias contributes directly to z)", ((C,),), (Twin("value", "1", ("1",)),),
           batch=71),
    Public("b71-indro-dLdw", _INDRO, "b71_indro", "b71_indro", "dL_dw = dloss_dy_pred * dy_pred_dz * dz_dw", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),), batch=71),
    Public("b71-indro-dLdb", _INDRO, "b71_indro", "b71_indro", "dL_db = dloss_dy_pred * dy_pred_dz * dz_db", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=71),
]
