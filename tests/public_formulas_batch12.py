r"""Batch 12 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 pages no earlier batch used, copied verbatim, typos and mistakes included, each with the
notation a teacher would write for the page under shared/spec/notation.md, a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch12_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them before check
was. ``unreadable`` marks a formula the page mistyped so that any reading would be a guess (KaTeX flattened into
text, a sum written in words): a correct reader refuses it in one line. Varshitha-kommuri's README writes its
pseudo-code after a ``#`` on each line; the formulas are copied without it.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 12

The batch: 88 formulas, 47 values (forward passes, losses, local derivatives dL/da and da/dz, worked numbers),
12 deltas (dL/dz), 24 gradients, 5 updates; 7 typos (4 values, 3 gradients). 62 are plain text or code
(aiplaybookin's δ-notation README, Schiendorfer's and Varshitha-kommuri's Python, ainiketan's and genai-learnning's
Unicode text, mikekawasaki's flattened KaTeX), 26 LaTeX. 3 are mistaken somewhere (the oracle finds at least one
member wrong): the techqa question's dLoss/dW = 2(y - yhat) ... = 2(y - yhat) z(1 - z) x (the sign lost, z(1 - z)
for the sigmoid's slope), the answer's (1 + e^{-Xw})^{-1} for the slope of sigma(Xw + b), and the Nemotron
tutorial's net_{h2} = ... = 0.3825 (h1's weight 0.15 where h2's is 0.25; true 0.3925). Fewer updates and fewer
mistaken formulas than batch 11: the pages found in the time had few.

Blind, once, on 2026-12-03 at main a436c75 (the batch's commit rebased onto it first): 24 of 88 read with every
verdict right (27%); 57 refused that should have been read; no misreading; the 7 typos refused (4 for their typos,
3 first for the page's notation); no crash; NO WRONG FORMULA CALLED CORRECT. Read right or rightly refused: 31 of
88 (35%). Of the 3 mistaken formulas, 1 read with every verdict right (the Nemotron 0.3825 called wrong, its sum of
products right: within the error its one-digit 0.1 carries), 2 refused. By kind of claim: values 20 of 47 read,
deltas 2 of 12, gradients 2 of 24, updates 0 of 5. LaTeX against plain text: the 26 formulas in LaTeX read 18
(69%), the 62 in plain text or code 6 (10%). By page: Nemotron's "Training a Deep Neural Network" 3 of 3, Nemotron's
"tanh Backpropagation in Python" 2 of 2, rexm2798 6 of 10, ainiketan 5 of 7, techqa 3 of 5, Schiendorfer 4 of 22
(its 4 LaTeX formulas; its 18 Python lines refused), fliphtml5's Why Machines Learn 1 of 1 (its typo refused);
aiplaybookin 0 of 9, Varshitha-kommuri 0 of 13 (3 typos refused), genai-learnning 0 of 7, hyerra 0 of 1, Nemotron's
"Backpropagation Derivation" 0 of 1; mikekawasaki's 3 typos refused. (The tables by kind and style were tabulated
from the saved output of that one run.)

The refusals by construct (57):

- 18: a code name beginning ``grad_`` as a pattern's name, ``"grad_y1_out" = "grad(a2[0])"`` (Schiendorfer's
  ``grad_y1_in = (y1_out * (1-y1_out)) * grad_y1_out``): the notation itself is refused ("[notation]
  symbols.'grad_y1_out': an indicator's condition must be a comparison at '_' (position 8); write 1\{u > 0\};
  write a symbol such as O_{k}^{1}"), so every Python line of the page is, ``h1_in = w11*x1 + w21*x2`` too
  (sch-h1-in ... sch-grad-w12). Tried afterwards without the grad_* lines: the 5 forward lines read correct
  (``y1_out = 0.7319`` too), and the 13 gradient lines are refused in the formula, ``grad_y1_out = 2*e1``
  ("unknown symbol g; ..."), ``grad_v21 = grad_y1_in * h2_out`` ("an indicator's condition must be a comparison
  at '_' (position 19); write 1\{u > 0\}"), ``grad_v22 = grad_y2_in * h2_out`` ("unexpected at '_' (position
  19)"): a code name starting grad_ is not read as one name.
- 13 (and 3 typos): a code name with underscores before a script as a pattern, ``"der_cost_W1_{jk}" =
  "grad(W1[j, k])"`` (Varshitha-kommuri's ``W1 = W1 - alpha * (der_cost_W1)``): the notation is refused
  ("[notation] symbols.'der_cost_W1_{jk}': an indicator's condition must be a comparison at '_' (position 12);
  write 1\{u > 0\}; write a symbol such as O_{k}^{1}"), every line of the page with it. Tried afterwards without
  the der_cost_* lines: ``Z1 = W1 * X + b1``, ``A1 = f(Z1) ``, ``Z2 = W2 * A1 + b2``, ``A2 = softmax(Z2).`` and
  ``dZ2 = (A2 - Y)`` read correct; still refused: NumPy's sum with its axis, ``db2 = (1/m) *sum(dZ2,1)`` ("a list
  in parentheses is not a formula at ',' (position 21); write one expression"; db1 too), ``dZ1 = W2.T * dZ2 * f1
  prime (Z1)`` ("unknown name 'f1'; this network has ...", though the notation names ``f1 = "tanh"`` in
  functions), ``dW1 = (1/m)* dZ1*X.T`` ("unknown symbol m; the notation knows A1, A2, W1, W2, X, Y, Z1, Z2"), and
  the four updates, the name der_cost_W2 bare ("unknown symbol d").
- 9: δ for the partial derivative in plain text, aiplaybookin's ``δE_total/δw5 = δ(E1 +E2)/δw5``: "\delta needs
  its layer, e.g. \delta^{(1)}; or give it a meaning in the notation" (8: excel-dw5-total ... excel-dw8); the w6
  line, whose Markdown bold marks what changed, ``... * (1 - a_o1 ) * **a_h2**``, is refused first for the bold
  ("unexpected at '^' (position 64)": ** read as a power).
- 7: Unicode subscripts before code's indices as patterns, genai-learnning's ``"z₂[i]" = "z2[i]"``, ``"a₁[j]" =
  "a1[j]"``, ``"W₂[i][j]" = "W2[i, j]"``: the notation is refused ("[notation] symbols.'z₂[i]': is not one
  symbol; write a base with an optional subscript and superscript, e.g. a_{ik}^{0}"; tried afterwards without
  that line, the same for 'a₁[j]'), every formula of the page with it (``∂L/∂W₂[i][j] = ∂L/∂z₂[i] · a₁[j]
  (output weight gradient)``, ``W ← W − η · ∂L/∂W``, ...). In formulas, Unicode subscripts read: ainiketan's
  ``z_h = w₁×x₁ + w₂×x₂`` through ``"w_{1}"``, ``"x_{1}"``.
- 2: \boxed around a whole claim, ``$$\n\boxed{dZ2 = A2 - Y}\n$$`` ("expected '}' to close the group at '='
  (position 6)") and ``\boxed{\frac{\partial L}{\partial Z2_j} = A2_j - Y_j}`` ("... (position 35)"); \boxed
  around the last member alone (rexm-final) reads.
- 2: a plain-text subscript of several letters, ainiketan's ``ŷ = σ(z_out) = 1 / (1 + e^(-0.600)) ...`` and
  ``∂ŷ/∂z_out = ŷ × (1 - ŷ) = ...``, where the notation writes ``"z_{out}" = "z2[0]"``: "z_{o} matches none of the
  notation's patterns for z ('z_{h}', 'z_{out}')"; the same z_out on a left side, ``z_out = w₃ × h ...``, reads.
- 1 each: the softmax's Jacobian in a vector chain, ``\frac{\partial L}{\partial Z2} = \frac{\partial L}{\partial
  A2} \cdot \frac{\partial A2}{\partial Z2}`` ("differentiates a vector by a vector (a Jacobian) that is not
  diagonal: a matrix, or its transpose, as the page's layout has it; write one entry"); \begin{cases} over index
  conditions, ``\frac{\partial A2_i}{\partial Z2_j} = \begin{cases} A2_i(1 - A2_i), & \text{if } i = j \\ - A2_i
  \cdot A2_j, & \text{if } i \ne j \end{cases}`` ("a case distinction at '\\begin' (position 39); check each case
  on its own, with --when"); a derivative by z written out, ``\frac{\partial \hat{y}}{\partial (Xw + b)}`` ("(X w)
  + b (= W1[0, 0]*x[0] + b1[0]) is not one quantity of the network to differentiate by"; techqa-sigmoid-slope,
  whose two wrong members are not reached); a factor in words, ``2(y-\hat{y}) \cdot \text{derivative of sigmoid
  function}\cdot x`` ("unknown symbol derivativeofsigmoidfunction; ..."; techqa-question-chain, two of whose three
  members are the page's mistakes: arguably a right refusal); a norm with its subscript,
  ``\left\|\mathbf{\hat{y}} - \mathbf{y}\right\|_2^2`` ("unexpected at '_' (position 40)"); a bare sum over the one
  output, ``J = \frac{1}{2} \sum (y - \hat{y})^2`` ("a sum without its index letter, whose term has no free index;
  write \sum_k", as ghassem's in batch 11).

The typos: mikekawasaki's flattened fractions ``∂w11∂Loss=∂ReLU∂Loss⋅...`` and ``∂w11∂Loss=0.642⋅1⋅1⋅1.0=0.642``
("expected '/' in ∂L/∂w at '\\partial' (position 13)") and its flattened squares ``L=(a−Target)2=...`` ("a list
in parentheses is not a formula at ',' (position 48)"), Why Machines Learn's ``L= e2`` ("e_{2} matches none of the
notation's patterns for e ('e')"), each refused for its typo; Varshitha-kommuri's three (``loss = -(sigma i=k to
n)[ yk * log(ak)]``, ``cost = -(1/m)(i=1->m)(k=1->n)[yk*log(ak)]``, ``dW3 = (1/m)*dZ2*A1.T``) are refused for the
notation's der_cost lines; without them, for their typos ("expected ')' to close the parenthesis at '='
(position 17)", "unexpected at ')' (position 29)", "unknown symbol d").

What the spec could not express, which a page needed: δ as the sign of the partial derivative (aiplaybookin's
plain text writes δE/δw for ∂E/∂w; a notation can give δ a meaning as a quantity, not as the derivative's
sign); a derivative written in words, ``f1 prime (Z1)`` (``functions`` names f1 = tanh, nothing names "prime");
whether a Unicode subscript (x₁, a₁) is a subscript in a pattern (the spec's patterns are LaTeX or plain text);
a word standing for the unit a rule's letter names, the Nemotron tutorial's ``\delta_{o} = (\text{output} -
\text{target}) \times \text{output} \times (1 - \text{output})`` for two outputs, its ``\delta_{h}`` and
``\text{weight}_{new} = \text{weight}_{old} - \alpha \times \delta \times \text{input}`` (left out); and the
predictor as a function and a sum over a set, hyerra's ``L_T(\mathbf{w}) = \frac{1}{\lvert T \rvert}\sum_{\mathbf{x}_i,
\mathbf{y}_i \in T} l(\mathbf{y}_i, h(\mathbf{x}_i, \mathbf{w}))`` (left out). ``grad(...)``, which the tables use,
is the project's (docs/notation.md), not the spec's. The weights of aiplaybookin's network are in a picture:
its table takes the step-by-step example's, which only its symbolic formulas use.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch10_tables import SIGMOID_SLOPE, TANH_SLOPE, deltas
from public_formulas_batch12_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_EXCEL = "https://github.com/aiplaybookin/NLP (session02/readme.md)"
_SCHIENDORFER = ("https://github.com/Alexander-Schiendorfer/Alexander-Schiendorfer.github.io "
                 "(_posts/2020-02-11-a-worked-example-of-backprop.md)")
_TECHQA = "https://math.techqa.club/can-someone-please-explain-this-chain-rule-based-derivation-to-me-3550977"
_AINIKETAN = "https://www.ainiketan.in/papers/03-backpropagation-1986/sections/04-how/"
_GENAI = "https://genai-learnning.vercel.app/chapter/3-6"
_TRAINING = f"{_NEMOTRON} (Training a Deep Neural Network with Backpropagation)"
_REXM = "https://github.com/rexm2798/DigitRecognizer (README.md)"
_VARSHITHA = "https://github.com/Varshitha-kommuri/ANN_MNIST (README.txt)"
_KAWASAKI = "https://mikekawasaki.com/pkm/backpropagation"
_HYERRA = "https://hyerra.xyz/writing/backpropagation"
_WML = "https://fliphtml5.com/zroi/kzxu/Why_Machines_Learn_The_Elegant_Math_Behind_Modern_AI/354"
_TANH = f"{_NEMOTRON} (tanh Backpropagation in Python)"
_DERIVATION = f"{_NEMOTRON} (Backpropagation Derivation)"

_I2 = ({"i": 0}, {"i": 1})
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_J10 = tuple({"j": j} for j in range(10))

# the networks' error terms dL/dz (tables of batch 10: deltas)
_EX_D = deltas((2, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_SCH_D = deltas((2, 2), "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_MN_D = deltas((4, 3), "a2[{j}] - t[{j}]", TANH_SLOPE)
_GN_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_GN_D1 = tuple(f"{_GN_D2}*W2[0,{j}]*Heaviside(z1[{j}])" for j in range(3))
_TQ_GRAD = "-2*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]"
_SOFTMAX_JACOBIAN = tuple({"t": f"a2[{i}]*({int(i == j)} - a2[{j}])",
                           "m": f"a2[{i}]*(1 - a2[{i}])" if i == j else f"-a2[{i}]*a2[{j}]"}
                          for i in range(10) for j in range(10))


def _update(target: str, values: tuple = ({},)) -> Twin:
    """An update rule whose member is the truth: the parameter less eta times its gradient."""
    return Twin("update", target, (f"{target} - eta*grad",), values)


def _grid(rows: int, columns: int, letters: str = "jk") -> tuple:
    return tuple({letters[0]: row, letters[1]: column} for row in range(rows) for column in range(columns))


ENTRIES: list[Public] = [
    # ---- aiplaybookin's "Backpropagation in Excel": plain text, δ for the partial derivative, ½ and ² -------------
    Public("excel-dw5-total", _EXCEL, "b12_excel", "b12_excel", "δE_total/δw5 = δ(E1 +E2)/δw5", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_EX_D[2][0]}*a1[0]",)),), batch=12),
    Public("excel-dw5-chain", _EXCEL, "b12_excel", "b12_excel",
           "δ(E1 +E2)/δw5 = δ(E1)/δw5 = (δE1/δa_o1) * (δa_o1/δo1) * (δo1/δw5)", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_EX_D[2][0]}*a1[0]",) * 2),), batch=12,
           why="the left side a derivative of E1 + E2, the loss E_total written out"),
    Public("excel-dE1-da-o1", _EXCEL, "b12_excel", "b12_excel",
           "δE1/δa_o1 = δ(½ * ( t1 - a_o1)²) /δa_o1= (t1 - a_o1) * (-1) = a_o1 - t1", ((C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",) * 3),), batch=12,
           why="E1 the first output's half squared error (the notation's E1)"),
    Public("excel-sigmoid-slope", _EXCEL, "b12_excel", "b12_excel",
           "δa_o1/δo1 = δ(σ(o1))/δo1 = σ(o1) * (1-σ(o1)) = a_o1 * (1 - a_o1 )", ((C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",) * 3),), batch=12),
    Public("excel-do1-dw5", _EXCEL, "b12_excel", "b12_excel", "δo1/δw5 = a_h1", ((C,),),
           (Twin("value", "a1[0]", ("a1[0]",)),), batch=12),
    Public("excel-dw5", _EXCEL, "b12_excel", "b12_excel", "δE_total/δw5 = (a_o1 - t1 ) * a_o1 * (1 - a_o1 ) * a_h1",
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_EX_D[2][0]}*a1[0]",)),), batch=12),
    Public("excel-dw6", _EXCEL, "b12_excel", "b12_excel",
           "δE_total/δw6 = (a_o1 - t1 ) * a_o1 * (1 - a_o1 ) * **a_h2**", ((C,),),
           (Twin("gradient", "W2[0,1]", (f"{_EX_D[2][0]}*a1[1]",)),), batch=12,
           why="Markdown's bold around a_h2, as the README writes it to show what changed from w5"),
    Public("excel-dw7", _EXCEL, "b12_excel", "b12_excel", "δE_total/δw7 = (a_o2 - t2 ) * a_o2 * (1 - a_o2 ) * a_h1",
           ((C,),), (Twin("gradient", "W2[1,0]", (f"{_EX_D[2][1]}*a1[0]",)),), batch=12),
    Public("excel-dw8", _EXCEL, "b12_excel", "b12_excel", "δE_total/δw8 = (a_o2 - t2 ) * a_o2 * (1 - a_o2 ) * a_h2",
           ((C,),), (Twin("gradient", "W2[1,1]", (f"{_EX_D[2][1]}*a1[1]",)),), batch=12),
    # ---- Schiendorfer's worked example: the post's Python, one name per value and per gradient --------------------
    Public("sch-h1-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "h1_in = w11*x1 + w21*x2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=12),
    Public("sch-h2-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "h2_in = w12*x1 + w22*x2", ((C,),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]",)),), batch=12),
    Public("sch-y1-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "y1_in = v11*h1_out + v21*h2_out", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),), batch=12),
    Public("sch-y2-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "y2_in = v12*h1_out + v22*h2_out", ((C,),),
           (Twin("value", "z2[1]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1]",)),), batch=12),
    Public("sch-y1-out-number", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "y1_out = 0.7319",
           ((C,),), (Twin("value", "a2[0]", ("=0.7319",)),), batch=12,
           why="the prose's value at the first instance (0.731942)"),
    Public("sch-grad-y1-out", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_y1_out = 2*e1",
           ((C,),), (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",)),), batch=12,
           why="dL/dy1 of the sum of squared errors; e1 = y1_out - t1"),
    Public("sch-grad-y1-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "grad_y1_in = (y1_out * (1-y1_out)) * grad_y1_out", ((C,),),
           (Twin("gradient_z", "z2[0]", (_SCH_D[2][0],)),), batch=12),
    Public("sch-grad-y2-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "grad_y2_in = (y2_out * (1-y2_out)) * grad_y2_out", ((C,),),
           (Twin("gradient_z", "z2[1]", (_SCH_D[2][1],)),), batch=12),
    Public("sch-grad-v21", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_v21 = grad_y1_in * h2_out",
           ((C,),), (Twin("gradient", "W2[0,1]", (f"{_SCH_D[2][0]}*a1[1]",)),), batch=12),
    Public("sch-grad-v22", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_v22 = grad_y2_in * h2_out",
           ((C,),), (Twin("gradient", "W2[1,1]", (f"{_SCH_D[2][1]}*a1[1]",)),), batch=12),
    Public("sch-grad-v11", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_v11 = grad_y1_in * h1_out",
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_SCH_D[2][0]}*a1[0]",)),), batch=12),
    Public("sch-grad-v12", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_v12 = grad_y2_in * h1_out",
           ((C,),), (Twin("gradient", "W2[1,0]", (f"{_SCH_D[2][1]}*a1[0]",)),), batch=12),
    Public("sch-grad-h1-out", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "grad_h1_out = grad_y1_in*v11 + grad_y2_in*v12", ((C,),),
           (Twin("value", f"{_SCH_D[2][0]}*W2[0,0] + {_SCH_D[2][1]}*W2[1,0]",
                 (f"{_SCH_D[2][0]}*W2[0,0] + {_SCH_D[2][1]}*W2[1,0]",)),), batch=12),
    Public("sch-grad-h2-out", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "grad_h2_out = grad_y1_in*v21 + grad_y2_in*v22", ((C,),),
           (Twin("value", f"{_SCH_D[2][0]}*W2[0,1] + {_SCH_D[2][1]}*W2[1,1]",
                 (f"{_SCH_D[2][0]}*W2[0,1] + {_SCH_D[2][1]}*W2[1,1]",)),), batch=12),
    Public("sch-grad-h1-in", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code",
           "grad_h1_in = (h1_out * (1-h1_out)) * grad_h1_out", ((C,),),
           (Twin("gradient_z", "z1[0]", (_SCH_D[1][0],)),), batch=12),
    Public("sch-grad-w21", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_w21 = grad_h1_in * x2",
           ((C,),), (Twin("gradient", "W1[0,1]", (f"{_SCH_D[1][0]}*x[1]",)),), batch=12),
    Public("sch-grad-w11", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_w11 = grad_h1_in * x1",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_SCH_D[1][0]}*x[0]",)),), batch=12),
    Public("sch-grad-w12", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_code", "grad_w12 = grad_h2_in * x1",
           ((C,),), (Twin("gradient", "W1[1,0]", (f"{_SCH_D[1][1]}*x[0]",)),), batch=12),
    # ---- Schiendorfer's LaTeX: \vec{w}, \underbrace, v_{i,j}, y_j^{(\mathit{in})} ------------------------------------
    Public("sch-loss", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_tex",
           "$$L(\\vec{w}) = (y_1 - t_1)^2 + (y_2 - t_2)^2$$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=12, why="the loss as a function of the weights, L(w)"),
    Public("sch-output-gradient", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_tex",
           "$$\n\\begin{align*}\n& L(y_1, y_2) = (y_1 - t_1)^2 + (y_2 - t_2)^2 = e_1^2 + e_2^2  \\\\\n& \\frac{\\partial"
           " L}{\\partial y_1}  = \\underbrace{2 \\cdot e_1}_{\\Large \\frac{\\partial L}{\\partial e_1}} \\cdot"
           " \\underbrace{1}_{\\Large \\frac{\\partial e_1}{\\partial y_1}}  + \\underbrace{0}_{ \\Large \\frac{\\partial"
           " e_2}{\\partial y_1} } = 2e_1  \\\\\n\\end{align*}\n$$", ((C, C), (C, C)),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",) * 2),
            Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])",) * 2)), batch=12,
           why="each \\underbrace's label names the factor above it; the term is the factor"),
    Public("sch-dv-rule", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_tex",
           "$$\n\\frac{\\partial L}{ \\partial v_{i,j}} = \\frac{\\partial L}{\\partial y_j^{(\\mathit{in})}} \\cdot \n"
           "\\underbrace{ \\frac{\\partial y_j^{(\\mathit{in})}}{\\partial v_{i,j}} }_{h_i}\n$$", ((C,),),
           (Twin("gradient", "W2[{j},{i}]", ("{d}*a1[{i}]",),
                 tuple({"i": i, "j": j, "d": _SCH_D[2][j]} for i in range(2) for j in range(2))),), batch=12),
    Public("sch-dh-rule", _SCHIENDORFER, "b12_schiendorfer", "b12_schiendorfer_tex",
           "$$\n\\frac{\\partial L}{ \\partial h_{i}} = \\frac{\\partial L}{\\partial y_1^{(\\mathit{in})}} \\cdot \n"
           "\\underbrace{ \\frac{\\partial y_1^{(\\mathit{in})}}{\\partial h_{i}} }_{v_{i,1}}\n+\n\\frac{\\partial L}"
           "{\\partial y_2^{(\\mathit{in})}} \\cdot \n\\underbrace{ \\frac{\\partial y_2^{(\\mathit{in})}}{\\partial"
           " h_{i}} }_{v_{i,2}}\n=\n\\sum_{j = 1}^{2} \\frac{\\partial L}{\\partial y_j^{(\\mathit{in})}} \\cdot v_{i,"
           " j}\n$$", ((C, C),),
           (Twin("value", "{m}", ("{m}",) * 2,
                 tuple({"m": f"{_SCH_D[2][0]}*W2[0,{i}] + {_SCH_D[2][1]}*W2[1,{i}]"} for i in range(2))),),
           batch=12, why="dL/dh_i for i = 1, 2"),
    # ---- math.techqa.club 3550977: the question's derivation (a sign and z for sigma(z) wrong), the answer's steps --
    Public("techqa-question-chain", _TECHQA, "b12_sigmoid_unit", "b12_techqa",
           "$$ \\begin{split} \\frac{\\partial \\text{Loss}(y, \\hat{y})}{\\partial W} &= \\frac{\\partial \\text{Loss}(y,"
           " \\hat{y})}{\\partial \\hat{y}} \\frac{\\partial \\hat{y}}{\\partial z} \\frac{\\partial z}{\\partial W}"
           " \\quad \\text{where}~z = Wx + b \\\\ & = 2(y-\\hat{y}) \\cdot \\text{derivative of sigmoid function}\\cdot"
           " x \\\\ & = 2(y - \\hat{y})~ z(1-z)~ x \\end{split} $$", ((C, W, W),),
           (Twin("gradient", "W1[0,0]", (_TQ_GRAD, "2*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",
                                         "2*(y[0] - a1[0])*z1[0]*(1 - z1[0])*x[0]")),), batch=12,
           why="the chain is right; then the sign of dLoss/dyhat is lost (2(y - yhat) for -2(y - yhat)), and the"
               " sigmoid's slope written z(1 - z) for yhat(1 - yhat); the middle member names the slope in words"),
    Public("techqa-dLoss-dyhat", _TECHQA, "b12_sigmoid_unit", "b12_techqa",
           "$\\frac{\\partial f}{\\partial \\hat{y}} = -2(\\mathbf{y}-\\mathbf{\\hat{y}} )$", ((C,),),
           (Twin("value", "-2*(y[0] - a1[0])", ("-2*(y[0] - a1[0])",)),), batch=12),
    Public("techqa-sigmoid-slope", _TECHQA, "b12_sigmoid_unit", "b12_techqa",
           "$\\frac{\\partial \\hat{y}}{\\partial z} = \\frac{\\partial \\hat{y}}{\\partial (Xw + b)} = \\frac{\\partial"
           " (\\mathbf{1} + e^{-Xw})^{-1}}{\\partial (Xw + b)} = \\frac{e^{-Xw}}{(1+e^{-Xw})^2} = (1-\\hat{y})\\cdot"
           " \\hat{y}$", ((C, W, W, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", (
               "a1[0]*(1 - a1[0])", "sigmoid(z1[0] - b1[0])*(1 - sigmoid(z1[0] - b1[0]))",
               "exp(-(z1[0] - b1[0]))/(1 + exp(-(z1[0] - b1[0])))**2", "(1 - a1[0])*a1[0]")),), batch=12,
           why="the answer's sigmoid drops the bias (1 + e^{-Xw})^{-1} where z = Xw + b: its middle members are the"
               " slope at Xw, wrong wherever b is not 0"),
    Public("techqa-dz-dw", _TECHQA, "b12_sigmoid_unit", "b12_techqa",
           "$\\frac{\\partial z}{\\partial w} = \\frac{\\partial Xw +b}{\\partial w} = x$", ((C, C),),
           (Twin("value", "x[0]", ("x[0]",) * 2),), batch=12, why="the numerator Xw + b without its parentheses"),
    Public("techqa-answer", _TECHQA, "b12_sigmoid_unit", "b12_techqa",
           "$\\therefore \\frac{\\partial f}{\\partial w} = -2(y-\\hat{y})\\cdot (1-\\hat{y})\\cdot \\hat{y} \\cdot x$",
           ((C,),), (Twin("gradient", "W1[0,0]", (_TQ_GRAD,)),), batch=12),
    # ---- ainiketan.in: plain text with Unicode subscripts, ×, ≈, a chain continued on the next lines ---------------
    Public("ainiketan-z-h", _AINIKETAN, "b12_ainiketan", "b12_ainiketan",
           "z_h = w₁×x₁ + w₂×x₂\n    = 0.5×1 + 0.3×2\n    = 0.5 + 0.6 = 1.1", ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]", "=0.5*1 + 0.3*2", "=0.5 + 0.6", "=1.1")),),
           batch=12),
    Public("ainiketan-h", _AINIKETAN, "b12_ainiketan", "b12_ainiketan",
           "h = σ(z_h) = 1 / (1 + e^(-1.1))\n           = 1 / (1 + 0.3329)\n           = 1 / 1.3329\n           ≈ 0.750",
           ((C, C, C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-1.1))", "=1/(1 + 0.3329)", "=1/1.3329",
                                    "=0.750")),), batch=12),
    Public("ainiketan-z-out", _AINIKETAN, "b12_ainiketan", "b12_ainiketan", "z_out = w₃ × h\n      = 0.8 × 0.750 = 0.600",
           ((C, C, C),), (Twin("value", "z2[0]", ("W2[0,0]*a1[0]", "=0.8*0.750", "=0.600")),), batch=12),
    Public("ainiketan-yhat", _AINIKETAN, "b12_ainiketan", "b12_ainiketan",
           "ŷ = σ(z_out) = 1 / (1 + e^(-0.600))\n             = 1 / (1 + 0.5488)\n             ≈ 0.646",
           ((C, C, C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.600))", "=1/(1 + 0.5488)", "=0.646")),),
           batch=12),
    Public("ainiketan-loss", _AINIKETAN, "b12_ainiketan", "b12_ainiketan",
           "L = (y - ŷ)² = (1 - 0.646)² = (0.354)² ≈ 0.125", ((C, C, C, C),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2", "=(1 - 0.646)**2", "=(0.354)**2", "=0.125")),),
           batch=12),
    Public("ainiketan-dL-dyhat", _AINIKETAN, "b12_ainiketan", "b12_ainiketan",
           "∂L/∂ŷ = -2(y - ŷ) = -2(1 - 0.646) = -2 × 0.354 = -0.708", ((C, C, C, C),),
           (Twin("value", "-2*(y[0] - a2[0])", ("-2*(y[0] - a2[0])", "=-2*(1 - 0.646)", "=-2*0.354", "=-0.708")),),
           batch=12),
    Public("ainiketan-dyhat-dz", _AINIKETAN, "b12_ainiketan", "b12_ainiketan",
           "∂ŷ/∂z_out = ŷ × (1 - ŷ) = 0.646 × (1 - 0.646) = 0.646 × 0.354 ≈ 0.229", ((C, C, C, C),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.646*(1 - 0.646)", "=0.646*0.354",
                                                "=0.229")),), batch=12),
    # ---- rexm2798's DigitRecognizer: softmax and the cross-entropy, names with digits (Z2_j, A2_j) ----------------
    Public("rexm-boxed-delta", _REXM, "b12_digits", "b12_digits", "$$\n\\boxed{dZ2 = A2 - Y}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J10),), batch=12,
           why="\\boxed around the whole claim; dZ2 the vector dL/dZ2"),
    Public("rexm-vector-chain", _REXM, "b12_digits", "b12_digits",
           "$$\n\\frac{\\partial L}{\\partial Z2} = \\frac{\\partial L}{\\partial A2} \\cdot \\frac{\\partial A2}{\\partial"
           " Z2}\n$$", ((C,),), (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J10),), batch=12,
           why="the row dL/dA2 times the softmax's Jacobian"),
    Public("rexm-boxed-rule", _REXM, "b12_digits", "b12_digits",
           "$$\n\\boxed{\\frac{\\partial L}{\\partial Z2_j} = A2_j - Y_j}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J10),), batch=12),
    Public("rexm-forward", _REXM, "b12_digits", "b12_digits", "$Z2 = W2 \\cdot A1 + b2$", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + b2[{j}]",), _J10),),
           batch=12),
    Public("rexm-softmax", _REXM, "b12_digits", "b12_digits",
           "$$\nA2_j = \\frac{e^{Z2_j}}{\\sum_{k=1}^{10} e^{Z2_k}}\n$$", ((C,),),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/np.sum(np.exp(z2))",), _J10),), batch=12),
    Public("rexm-loss", _REXM, "b12_digits", "b12_digits", "$$\nL = -\\sum_{j=1}^{10} Y_j \\cdot \\log(A2_j)\n$$",
           ((C,),), (Twin("value", "-np.sum(t*np.log(a2))", ("-np.sum(t*np.log(a2))",)),), batch=12),
    Public("rexm-chain-sum", _REXM, "b12_digits", "b12_digits",
           "$$\n\\frac{\\partial L}{\\partial Z2_j} = \\sum_{i=1}^{10} \\frac{\\partial L}{\\partial A2_i} \\cdot"
           " \\frac{\\partial A2_i}{\\partial Z2_j}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J10),), batch=12),
    Public("rexm-dL-dA2", _REXM, "b12_digits", "b12_digits", "$\\frac{\\partial L}{\\partial A2_i} = -\\frac{Y_i}{A2_i}$",
           ((C,),), (Twin("value", "-t[{i}]/a2[{i}]", ("-t[{i}]/a2[{i}]",), tuple({"i": i} for i in range(10))),),
           batch=12),
    Public("rexm-softmax-cases", _REXM, "b12_digits", "b12_digits",
           "$$\n\\frac{\\partial A2_i}{\\partial Z2_j} =\n\\begin{cases}\nA2_i(1 - A2_i), & \\text{if } i = j \\\\\n-"
           " A2_i \\cdot A2_j, & \\text{if } i \\ne j\n\\end{cases}\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _SOFTMAX_JACOBIAN),), batch=12,
           why="the softmax's Jacobian by cases"),
    Public("rexm-final", _REXM, "b12_digits", "b12_digits",
           "$$\n\\frac{\\partial L}{\\partial Z2_j}\n= -Y_j (1 - A2_j) + A2_j (1 - Y_j)\n= \\boxed{A2_j - Y_j}\n$$",
           ((C, C),), (Twin("gradient_z", "z2[{j}]", ("-t[{j}]*(1 - a2[{j}]) + a2[{j}]*(1 - t[{j}])",
                                                     "a2[{j}] - t[{j}]"), _J10),), batch=12),
    # ---- Varshitha-kommuri's ANN_MNIST: the README's pseudo-code (each line after its "#"), * for the product -------
    Public("mnist-z1", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "Z1 = W1 * X + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",),
                 tuple({"j": j} for j in range(4))),), batch=12, why="* the matrix product, as in the code"),
    Public("mnist-a1", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "A1 = f(Z1) ", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), tuple({"j": j} for j in range(4))),), batch=12),
    Public("mnist-z2", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "Z2 = W2 * A1 + b2", ((C,),),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + W2[{j},2]*a1[2] + W2[{j},3]*a1[3] +"
                                      " b2[{j}]",), _J3),), batch=12),
    Public("mnist-a2", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "A2 = softmax(Z2).", ((C,),),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/np.sum(np.exp(z2))",), _J3),), batch=12,
           why="the sentence's full stop after the formula"),
    Public("mnist-loss-typo", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "loss = -(sigma i=k to n)[ yk * log(ak)]",
           unreadable="sigma", batch=12, why="the sum written in words, its index i bound to k: any reading is a guess"),
    Public("mnist-cost-typo", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh",
           "cost = -(1/m)(i=1->m)(k=1->n)[yk*log(ak)]", unreadable="->", batch=12,
           why="the two sums' signs left out, only their ranges written"),
    Public("mnist-dZ2", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "dZ2 = (A2 - Y)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J3),), batch=12),
    Public("mnist-dW3-typo", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "dW3 = (1/m)*dZ2*A1.T", unreadable="dW3",
           batch=12, why="dW3 for dW2: the network has two layers"),
    Public("mnist-db2", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "db2 = (1/m) *sum(dZ2,1)", ((C,),),
           (Twin("gradient", "b2[{j}]", ("a2[{j}] - t[{j}]",), _J3),), batch=12,
           why="sum(dZ2, 1) NumPy's sum over the samples (axis 1); one observation, m = 1"),
    Public("mnist-dZ1", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "dZ1 = W2.T * dZ2 * f1 prime (Z1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), tuple({"j": j, "m": _MN_D[1][j]} for j in range(4))),),
           batch=12, why="f1 prime (Z1) the tanh's derivative at Z1, in words; the first * a matrix product, the"
                         " second element-wise"),
    Public("mnist-dW1", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "dW1 = (1/m)* dZ1*X.T", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", ("{m}*x[{k}]",),
                 tuple({"j": j, "k": k, "m": _MN_D[1][j]} for j in range(4) for k in range(3))),), batch=12),
    Public("mnist-db1", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "db1 = (1/m)*sum(dZ1,1)", ((C,),),
           (Twin("gradient", "b1[{j}]", ("{m}",), tuple({"j": j, "m": _MN_D[1][j]} for j in range(4))),), batch=12),
    Public("mnist-W2-update", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "W2 = W2 - alpha * (der_cost_W2)",
           ((C,),), (_update("W2[{j},{k}]", _grid(3, 4)),), batch=12),
    Public("mnist-b2-update", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "b2 = b2 - alpha * (der_cost_b2)",
           ((C,),), (_update("b2[{j}]", _J3),), batch=12),
    Public("mnist-W1-update", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "W1 = W1 - alpha * (der_cost_W1)",
           ((C,),), (_update("W1[{j},{k}]", _grid(4, 3)),), batch=12),
    Public("mnist-b1-update", _VARSHITHA, "b12_mnist_tanh", "b12_mnist_tanh", "b1 = b1 - alpha * (der_cost_b1)",
           ((C,),), (_update("b1[{j}]", tuple({"j": j} for j in range(4))),), batch=12),
    # ---- mikekawasaki.com: KaTeX flattened into text (fractions upside down, exponents on the line) ---------------
    Public("kawasaki-chain-typo", _KAWASAKI, "b12_relu_layer", "b12_kawasaki",
           "∂w11∂Loss=∂ReLU∂Loss⋅∂sum∂ReLU⋅∂mul∂sum⋅∂w11∂mul", unreadable="∂", batch=12,
           why="every fraction flattened, denominator first"),
    Public("kawasaki-gradient-typo", _KAWASAKI, "b12_relu_layer", "b12_kawasaki", "∂w11∂Loss=0.642⋅1⋅1⋅1.0=0.642",
           unreadable="∂", batch=12),
    Public("kawasaki-loss-typo", _KAWASAKI, "b12_relu_layer", "b12_kawasaki",
           "L=(a−Target)2=(ReLU(z)−0)2=(ReLU(sum(mul(x1,w1),mul(x2,w2),mul(x3,w3),mul(x4,w4),b)))2", unreadable="2",
           batch=12, why="the squares flattened onto the line: (a - Target)2"),
    # ---- genai-learnning.vercel.app: plain text, Unicode subscripts and code's indices (W₂[i][j]), prose after -------
    Public("genai-loss", _GENAI, "b12_genai", "b12_genai", "L = ½(ŷ − y)²", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2",)),), batch=12),
    Public("genai-output-delta", _GENAI, "b12_genai", "b12_genai", "∂L/∂z₂ = (ŷ − y) · ŷ · (1 − ŷ)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_GN_D2,)),), batch=12),
    Public("genai-dL-da1", _GENAI, "b12_genai", "b12_genai",
           "∂L/∂a₁[j] = Σᵢ W₂[i][j] · ∂L/∂z₂[i] (sum from all output neurons)", ((C,),),
           (Twin("value", "{m}", ("{m}",), tuple({"j": j, "m": f"W2[0,{j}]*{_GN_D2}"} for j in range(3))),), batch=12,
           why="the page's gloss in parentheses after the formula"),
    Public("genai-hidden-delta", _GENAI, "b12_genai", "b12_genai", "∂L/∂z₁[j] = ∂L/∂a₁[j] · ReLU'(z₁[j])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("{m}",), tuple({"j": j, "m": _GN_D1[j]} for j in range(3))),), batch=12),
    Public("genai-dW2", _GENAI, "b12_genai", "b12_genai", "∂L/∂W₂[i][j] = ∂L/∂z₂[i] · a₁[j] (output weight gradient)",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_GN_D2}*a1[{{j}}]",), _J3),), batch=12),
    Public("genai-dW1", _GENAI, "b12_genai", "b12_genai", "∂L/∂W₁[j][k] = ∂L/∂z₁[j] · x[k] (hidden weight gradient)",
           ((C,),), (Twin("gradient", "W1[{j},{k}]", ("{m}*x[{k}]",),
                          tuple({"j": j, "k": k, "m": _GN_D1[j]} for j in range(3) for k in range(2))),), batch=12),
    Public("genai-update", _GENAI, "b12_genai", "b12_genai", "W ← W − η · ∂L/∂W", ((C,),), (_update("W2[0,0]"),),
           param="W2[0,0]", batch=12, why="the rule for any weight W: here the one --param names"),
    # ---- Nemotron's "Training a Deep Neural Network with Backpropagation": the step-by-step example's numbers -------
    Public("training-net-h1", _TRAINING, "b12_mazur", "b12_training",
           "\\[\n   \\text{net}_{h1} = 0.15 \\times 0.05 + 0.2 \\times 0.1 + 0.35 \\times 1 = 0.3775\n   \\]", ((C, C),),
           (Twin("value", "z1[0]", ("=0.15*0.05 + 0.2*0.1 + 0.35*1", "=0.3775")),), batch=12),
    Public("training-net-h2", _TRAINING, "b12_mazur", "b12_training",
           "\\[\n   \\text{net}_{h2} = 0.15 \\times 0.05 + 0.25 \\times 0.1 + 0.35 \\times 1 = 0.3825\n   \\]", ((W, W),),
           (Twin("value", "z1[1]", ("=0.15*0.05 + 0.25*0.1 + 0.35*1", "=0.3825")),), batch=12,
           why="h2's weights are 0.25 and 0.3 (net 0.3925): the page multiplies by h1's 0.15 and h2's 0.25; every"
               " number of its sum is one the file writes, copied, so nothing covers the 0.01 (the copied input 0.1"
               " once lent it half a unit, 0.05 times 0.25)"),
    Public("training-error", _TRAINING, "b12_mazur", "b12_training",
           "\\[\nE = \\frac{1}{2} \\sum (\\text{target} - \\text{output})^2\n\\]", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("((y[0] - a2[0])**2 + (y[1] -"
                                                                       " a2[1])**2)/2",)),), batch=12,
           why="a sum without its index over the two outputs, target and output the vectors"),
    # ---- hyerra.xyz, Why Machines Learn, and Nemotron's pages ------------------------------------------------------
    Public("hyerra-loss-norm", _HYERRA, "b12_regression", "b12_hyerra",
           "l(\\mathbf{y}, \\mathbf{\\hat{y}}) = \\left\\|\\mathbf{\\hat{y}} - \\mathbf{y}\\right\\|_2^2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",)),),
           batch=12, why="the squared Euclidean norm of the vector yhat - y"),
    Public("wml-error", _WML, "b12_three_layers", "b12_wml", "e = (y - yhat)", ((C,),),
           (Twin("value", "y[0] - a3[0]", ("y[0] - a3[0]",)),), batch=12),
    Public("wml-loss-typo", _WML, "b12_three_layers", "b12_wml", "L= e2", unreadable="e2", batch=12,
           why="e² with its exponent flattened onto the line"),
    Public("tanh-z", _TANH, "b12_tanh_layer", "b12_tanh_layer", "\\( z = Wx + b \\)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=12),
    Public("tanh-a", _TANH, "b12_tanh_layer", "b12_tanh_layer", "\\( a = \\text{tanh}(z) \\)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),), batch=12),
    Public("derivation-cost", _DERIVATION, "b12_single_path", "b12_single_path",
           "\\[ J = \\frac{1}{2} \\sum (y - \\hat{y})^2 \\]", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("(y[0] - a2[0])**2/2",)),), batch=12,
           why="a sum without an index over the single path's one output"),
]
