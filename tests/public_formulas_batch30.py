r"""Batch 30 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 8 repository files no earlier batch used (the code corpus: a summary box of a tanh network's
gradients in plain text, Chinese notes on Udacity's backpropagation exercise, a Spanish one-neuron worked example, a
Spanish README with a ReLU/sigmoid example in matrix form, a German slide's Python code, a German lecture's summary in
Ng's notation, a Korean homework's Python code, a Korean blog post's worked 2-2-1 example), copied verbatim, typos and
mistakes included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it works an example; both in tests/public_formulas_batch30_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. Two files are
stored in the code corpus without their repository's name; they are cited by their ids. A formula keeps its page's
delimiters and what the line holds around them (a bullet, GitHub's ```math fences, MathJax's \( \), a \tag, a code
line's # comment); the summary box's lines are taken without the box's borders (│) and padding, and the code lines
without their loop's indentation.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 30

The batch: 55 formulas, 18 values (10 forward values, losses and local derivatives written as rules, 8 with numbers),
7 deltas (dL/dz, or the error term -dL/dz), 21 gradients (7 with numbers), 9 updates (3 with numbers); no entry
marked unreadable. 35 are LaTeX (the Chinese notes' ```math fences, f^\prime, \sum with neither index nor bounds and
\delta_kw_{jk} glued; webmastervetea's $$...$$ with \mathbf results, \left[ \right], \underbrace{...}_{\text{Paso A}},
w_{nuevo}; JoseFRuiz's layer as a plain superscript, \delta^{l+1}, (W^{l+1})^T, \odot, \sigma'^l(z^l),
\text{ReLU}'(z^1), a bmatrix row of numbers; the HSBI lecture's := with \tag{n}, dZ^{[l]}, A^{[l-1] T}, \frac{1}{m},
dZ^{[l](i)}, "*" for the entrywise product, \text{ }; Lee-keonhee's \( \), Sigmoid(z_1) as a word, \hat{y_1}, aligned
chains with &= and \\[10pt], w_1' for the new weight, W_{\text{new}}), 20 plain text or code (the summary box's • ∂L/∂W₃
= 2(ŷ - y) × h₂ with Unicode subscripts and superscripts, × and ←; the Udacity code's output_error_term, np.dot(... ,
...), sigmoid_prime; ahoehn's w31*z1, y_vorhergesagt, verlust, dL_dy and dL_dw31; the Korean code's pred=weight*
input_data with a # comment of numbers in Korean after it).

4 are mistaken (the oracle finds a member wrong), all on Lee-keonhee's page: a_2 = Sigmoid(z_1) (the second unit's
activation written with the first unit's input; the page's next members use z_2), \hat{y_1} = ... = 0.4943 (the sum
of the rounded activations, 0.552 x 0.4 + 0.547 x 0.5; yhat is 0.49461, 3 units off as a written result), L = ...
\approx 0.04231 (0.2057^2 from the carried 0.4943; L is 0.042186), and w_1' = w_1 - \eta dL/dw_1 = 0.3 - (-0.0204)
\approx 0.302 (the learning rate left out of the middle member: 0.3204; the result has it). Not mistaken, though they
look it: the page's -0.0204, -0.0255 and w_6' = 0.523 (one unit off, within what the rule for numbers allows), its
(0.7 - 0.4943) operands (a number standing for yhat, within its allowance), the Udacity error terms (y - y_k) f'(h_k),
which are -dE/dh (the twins say so), and the HSBI dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1] T} after dZ^{[l]} :=
\partial J/\partial Z^{[l]} (with Ng's dZ the sample's; one data point here, m = 1, where both agree).

How the oracle was run, honestly: on its first run it disagreed with three of the verdicts first written down for
Lee-keonhee's page (0.4943 carried into L and into dL/dw_5 had been written wrong; the oracle lets a number standing
for a subtree carry 1.5 units of its third significant digit, and its verdicts were taken). For lee-yhat it called
the member 0.552 x 0.4 + 0.547 x 0.5 wrong because the twin's symbolic member was transcribed in the page's order w_5
a_1 while the numbers follow a_1 w_5: each number was taken to stand for the wrong quantity. The symbolic member was
transcribed a_1 w_5 instead (same meaning), and the oracle then called the member of numbers correct, the result
0.4943 wrong. (An oracle limitation, noted here: its numbers-stand-for-subtrees rule is positional.)

Collected, and run blind, on 2026-12-04 at main 933cf0c (its src/ that of 80ff236, the commit /work/READY_FOR_BLIND2
named, with the fixes from batches 27 and 28), with nothing under src/ changed. Blind, once per entry: 37 of 55 read
with every verdict right (67%); 17 refused that should have been read; 1 misread (a right member called wrong); no
crash; NO WRONG FORMULA CALLED CORRECT. Of the 4 mistaken formulas, 3 read with every verdict right (lee-a2, lee-loss,
lee-w1-update: each wrong member called wrong, every right member right); lee-yhat's wrong result 0.4943 was called
wrong, but its right member 0.552 x 0.4 + 0.547 x 0.5 was called wrong too (the misread below). By kind of claim:
values 15 of 18, deltas 3 of 7, gradients 14 of 21, updates 5 of 9. LaTeX against plain text: the 35 in LaTeX read 25
(71%), the 20 in plain text or code 12 (60%). By page: webmastervetea 9 of 9, ahoehn 5 of 5, the Korean code 4 of 4,
JoseFRuiz 8 of 9, Lee-keonhee 8 of 10, the Chinese notes 3 of 5; the summary box 0 of 8, the HSBI lecture 0 of 5.
(Tabulated from the saved output of the run, /work/batch30_blind.txt.) No notation was found wrong under the spec
after the run; none was changed.

The misread (1): lee-yhat, \hat{y_1} = w_5 \cdot a_1 + w_6 \cdot a_2 = 0.552 \times 0.4 + 0.547 \times 0.5 = 0.4943:
expected (correct, correct, wrong), got (correct, wrong, wrong). The page's numbers follow a_1 w_5 (0.552 the
activation, 0.4 the weight) while its symbols are written w_5 a_1; check, like the oracle before the twin was
transcribed a_1 w_5, takes each number to stand for the symbol at its place (0.552 for w_5 = 0.4) and calls the member
wrong. Tried afterwards with the symbols written a_1 \cdot w_5 + a_2 \cdot w_6: correct, correct, wrong, as expected.
A general construct: homework often writes a product's numbers in another order than its symbols.

The refusals by construct (17):

- 8: the summary box's bullet • (U+2022) before each line, read as \cdot: "formula '\\cdot L = (\\hat{y} - y)^2': the
  command \cdot is not part of a formula check can read at '\\cdot' (position 1); write arithmetic, \frac, \sum,
  \sigma, \log, \exp and the homework's symbols" (and the same for the other seven lines). Tried afterwards without
  "• ": all 8 read correct (Unicode subscripts, ², ŷ, ×, ←, α and ∂L/∂W₃ all read).
- 5: the HSBI lecture's Ng-style definitions in a rule over the layer l. Four with ":= \frac{\partial J }{\partial
  Z^{[l]}}" between the gradient's name and its value: "dZ^{l} at l = 0: 'dZ^{[l]}' means 'grad(z{l}[:])' (l = 0):
  there is no layer 0 (the network has layers 1 to 2)" (the same for dW^{[l]} and db^{[l]}; dA^{[l-1]}: "dA^{l-1} at
  l = 0: 'dA^{[l]}' means 'grad(a{l}[:])' (l = -1): grad(...) is the derivative of the loss by a quantity of the
  network, e.g. grad(W2[0, 0]), grad(b1[:]), grad(z2[j]) or grad(a1[:])"). Tried afterwards without the ":= \frac{...}"
  member: dZ^{[l]} = dA^{[l]} * g'(Z^{[l]}) \tag{3} and dW^{[l]} = \frac{1}{m} dZ^{[l]} A^{[l-1] T} \tag{4} read
  correct; with the layer written, dW^{[2]} := \frac{\partial J }{\partial W^{[2]}} = ... reads correct, correct (so
  the := definition makes the rule's l start at 0; taking the notation's A^{[0]} pattern out changes nothing). One
  with "\text{ }" as a space: W^{[l]} = W^{[l]} - \alpha \text{ } dW^{[l]} \tag{7}: "unknown symbol ; the notation
  knows A, W, Z, b, dA, dW, dZ, db; give it a meaning in the notation's [notation.symbols], e.g. "" = "a1[0]"" (an
  empty symbol named, and an example meaning offered for it). Tried afterwards without "\text{ }": reads correct.
- 2: GitHub's ```math fence around a formula (the Chinese notes): "formula "math \\delta_k = (y - y_k)f'(h_k)":
  unknown symbol m; the notation knows \delta, error, h, hidden, hidden_error_term, o, output, output_error_term; it
  bounds no sum over the samples here, so nothing says it counts them: if it is their number (the m of 1/m), give it
  in the notation's [notation.symbols]: "m" = "1", the one sample check reads" (the fence's word math read as m a t
  h). Tried afterwards without the fences: \delta_k = (y - y_k)f^\prime(h_k) reads correct; \delta_j =
  \sum\delta_kw_{jk}f^\prime(h_j) is then refused for its sum, "a sum without its index letter, whose term has no free
  index; write its index, \sum_n over the samples (with a sample letter of the notation's patterns, y^{(n)}) or \sum_k
  over units" (its term has the page's k, which the notation writes as a letter of the page, not a placeholder, since
  h_k and h_j name different layers).
- 1: a layer superscript on a primed function, JoseFRuiz's \sigma'^l(z^l): "unknown symbol l; the notation knows W,
  \delta, a, b, x, y, z; l is an index letter of the notation: write it as a subscript or superscript of what it
  indexes (W_l, not Wl), or give it a meaning in the notation's [notation.symbols]". Tried afterwards with
  \text{ReLU}'(z^l) for \sigma'^l(z^l): reads correct (\delta^l, W^{l+1}, ^T and \odot all read); braced,
  \sigma'^{l}(z^{l}), the same refusal.
- 1: a row of claims in an aligned block, each ended by a comma and continued on the next line with \quad (Lee-keonhee's
  w_2' = 0.203, \quad / w_3' = 0.201, \quad ...): "formula "w_2' = 0.203,": unexpected at ',' (position 13); a comma
  after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B, \quad C
  = D)". Tried afterwards with the commas taken out, or with the five claims on one line, commas kept: both read
  correct, correct, correct, correct, correct.

What the spec could not express, which a page needed: a page whose h_k and h_j name different layers by their letter
(the Chinese notes: the notation writes k as the page's letter, not a placeholder, and the sum over k then has no
index the reader can run); a function's layer as a superscript after its prime (\sigma'^l, layer l's activation); a
decorated letter with its subscript inside the decoration (\hat{y_1}, named "\\hat{y_{1}}" in the notation, which
the reader took); the input's own gradient (dA^{[0]}, the HSBI rule at l = 1: grad(...) takes a weight, bias,
pre-activation or activation, the input is none); Ng's dZ^{[l]} := \partial J/\partial Z^{[l]} with dW^{[l]} =
\frac{1}{m} dZ^{[l]} A^{[l-1] T} (consistent only if dZ is the sample's gradient; judged at one data point, m = 1,
where both readings agree). The code's names (o_input, output_error_term, y_vorhergesagt, dL_dw31, input_data,
new_weight) are named as docs/notation.md's names with underscores; new(...), grad(...), -grad(...), parameter,
functions and loss are the project's keys (docs/notation.md).

Constructs that look general (would appear in much homework): a bullet • before a plain-text formula (any Markdown
or slide export); GitHub's ```math fences (any README); Ng's "dZ := \partial J/\partial Z = ..." definitions over a
layer l; "\text{ }" or other TeX spacing in a formula; a product's numbers written in another order than its symbols;
a row of claims separated by ", \quad" over several lines. Page-specific: \sigma'^l as layer l's derivative; h_k and
h_j naming different layers.

After session 12's last fixes (fixbullets, main 11ab3b5): 53 of 55 read with every verdict right (96%), no wrong
formula called correct. Now read: the bullet (8), the ```math fences (grade reads them as display mathematics too),
Ng's := definitions over l (judged at the layers where they read: hsbi-dA at l = 2, dA^{[0]} having no meaning), \text{ }
as a space (an empty name is no longer offered as a notation entry), claims ending their line with ", \quad", and the
product whose numbers follow its symbols in another order (lee-yhat). Still refused: udacity-delta-j (a \sum with no
index where the notation keeps k the page's letter) and ruiz-delta-l (\sigma'^l).

After session 13's fixes (fixsyntax, main 71b7995): 55 of 55 (100%), no wrong formula called correct. ruiz-delta-l
(\sigma'^l: layer l's activation, the layer on the function's name) and udacity-delta-j (a \sum without its letter
over the one output the notation writes \delta_{k}) now read.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch30_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_TANH = ("the code corpus's stored file 10651526660, \"## 🎓 Summary\" (\"The Complete Backpropagation Algorithm with"
         " Activations\", a three-layer tanh network; its repository not named by the index)")
_UDACITY = ("the code corpus's stored file 26148965025, \"反向传播的输出误差\" (Chinese notes on Udacity's backpropagation"
            " exercise; its repository not named by the index)")
_NEURONA = ("https://github.com/webmastervetea/advanced-ai-curriculum (temarios/1-2-b2-ejemplo-numerico-retropropagacion.md,"
            " commit 1bcde67)")
_RUIZ = "https://github.com/JoseFRuiz/backpropagation (README.md, commit 2048fba)"
_AHOEHN = "https://github.com/ahoehn/deep-learning (slides/forward_backward_propagation.py, commit 863e410)"
_HSBI = "https://github.com/Artificial-Intelligence-HSBI-TDU/KI-Vorlesung (lecture/nn/nn06-backprop.md, commit 0362be1)"
_KGU = "https://github.com/KGU-SSF/SSF-AI (구가현/12주/12.py, commit fc9c711)"
_LEE = "https://github.com/Lee-keonhee/zero_to_deep_kh (_posts/2025-07-27-propagation.md, commit 4de972f)"

# the tanh box's dL/dz of each layer (L = (yhat - y)^2, one unit a layer)
_T3 = "2*(a3[0] - y[0])"
_T2 = f"{_T3}*W3[0,0]*(1 - a2[0]**2)"
_T1 = f"{_T2}*W2[0,0]*(1 - a1[0]**2)"
# Udacity's dE/dz (E = 1/2 (y - y_k)^2)
_U2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_U1 = _U2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
# webmastervetea's neuron
_S1 = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# JoseFRuiz's example: dL/dz^2 and dL/dz^1 (ReLU hidden units)
_R2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_R1 = _R2 + "*W2[0,{j}]*Heaviside(z1[{j}])"
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
# the HSBI lecture's network (2 -> 2 -> 1, sigmoid, biases): dJ/dz of each layer, by unit
_H2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_H1 = tuple(f"{_H2}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])" for j in range(2))
_H_DZ = ({"t": "z2[0]", "m": _H2}, *({"t": f"z1[{j}]", "m": _H1[j]} for j in range(2)))
_H_WEIGHTS = (*({"p": f"W2[0,{j}]", "m": f"{_H2}*a1[{j}]"} for j in range(2)),
              *({"p": f"W1[{j},{i}]", "m": f"{_H1[j]}*x[{i}]"} for j in range(2) for i in range(2)))
_H_BIASES = ({"p": "b2[0]", "m": _H2}, *({"p": f"b1[{j}]", "m": _H1[j]} for j in range(2)))
_H_DA = (*({"t": f"{_H2}*W2[0,{j}]"} for j in range(2)),
         *({"t": f"{_H1[0]}*W1[0,{i}] + {_H1[1]}*W1[1,{i}]"} for i in range(2)))
# Lee-keonhee's network: L = (y_1 - yhat)^2, yhat linear
_L2 = "-2*(y[0] - a2[0])"
_L_WEIGHTS = tuple({"p": p} for p in ("W1[0,0]", "W1[0,1]", "W1[1,0]", "W1[1,1]", "W2[0,0]", "W2[0,1]"))


ENTRIES: list[Public] = [
    # ---- the stored summary box (id 10651526660): plain text in a box drawn with │ (taken without the box's
    # borders and padding), each line a bullet •; Unicode subscripts and superscripts (W₃, h₂², ŷ), × for the
    # product, ← and α --------------------------------------------------------------------------------------------
    Public("tanh-loss", _TANH, "b30_tanh", "b30_tanh", "• L = (ŷ - y)²", ((C,),),
           (Twin("value", "(a3[0] - y[0])**2", ("(a3[0] - y[0])**2",)),), batch=30),
    Public("tanh-dW3", _TANH, "b30_tanh", "b30_tanh", "• ∂L/∂W₃ = 2(ŷ - y) × h₂", ((C,),),
           (Twin("gradient", "W3[0,0]", (f"{_T3}*a2[0]",)),), batch=30),
    Public("tanh-dW2", _TANH, "b30_tanh", "b30_tanh", "• ∂L/∂W₂ = 2(ŷ - y) × W₃ × (1-h₂²) × h₁", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_T2}*a1[0]",)),), batch=30),
    Public("tanh-db2", _TANH, "b30_tanh", "b30_tanh", "• ∂L/∂b₂ = 2(ŷ - y) × W₃ × (1-h₂²)", ((C,),),
           (Twin("gradient", "b2[0]", (_T2,)),), batch=30),
    Public("tanh-dW1", _TANH, "b30_tanh", "b30_tanh", "• ∂L/∂W₁ = 2(ŷ-y) × W₃ × (1-h₂²) × W₂ × (1-h₁²) × x",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_T1}*x[0]",)),), batch=30),
    Public("tanh-db1", _TANH, "b30_tanh", "b30_tanh", "• ∂L/∂b₁ = 2(ŷ-y) × W₃ × (1-h₂²) × W₂ × (1-h₁²)", ((C,),),
           (Twin("gradient", "b1[0]", (_T1,)),), batch=30),
    Public("tanh-update-W3", _TANH, "b30_tanh", "b30_tanh", "• W₃ ← W₃ - α × (∂L/∂W₃)", ((C,),),
           (Twin("update", "W3[0,0]", ("W3[0,0] - eta*grad",)),), batch=30),
    Public("tanh-update-W1", _TANH, "b30_tanh", "b30_tanh", "• W₁ ← W₁ - α × (∂L/∂W₁)", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=30),
    # ---- the stored Chinese notes (id 26148965025): GitHub's ```math fences, f^\prime, \sum with neither index nor
    # bounds, \delta_kw_{jk} glued; then the exercise's code lines (taken without their loop's indentation) --------
    Public("udacity-delta-k", _UDACITY, "b30_udacity", "b30_udacity", "```math\n\\delta_k = (y - y_k)f^\\prime(h_k)\n```",
           ((C,),), (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=30,
           why="the error term is -dE/dh_k: the twin's member is -(y - y_k) f'(h_k)"),
    Public("udacity-delta-j", _UDACITY, "b30_udacity", "b30_udacity",
           "```math\n\\delta_j = \\sum\\delta_kw_{jk}f^\\prime(h_j)\n```", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_U1,), _J2),), batch=30,
           why="one output: the sum over k has one term; -dE/dh_j = (-dE/dh_k) w_jk f'(h_j)"),
    Public("udacity-output-term", _UDACITY, "b30_udacity", "b30_udacity",
           "output_error_term = error * sigmoid_prime(o_input)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=30),
    Public("udacity-hidden-error", _UDACITY, "b30_udacity", "b30_udacity",
           "hidden_error = np.dot(output_error_term , weights_hidden_output)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]", ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]",),
                 _J2),), batch=30, why="-dE/da_j, hidden unit by hidden unit"),
    Public("udacity-hidden-term", _UDACITY, "b30_udacity", "b30_udacity",
           "hidden_error_term = hidden_error * sigmoid_prime(hidden_input)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_U1,), _J2),), batch=30),
    # ---- webmastervetea's one neuron (Spanish): $$...$$ lines, \mathbf on the results, \approx, \left[ \right],
    # \underbrace{...}_{\text{Paso A}}, w_{nuevo} and w_{viejo} -------------------------------------------------------
    Public("neurona-a", _NEURONA, "b30_neurona", "b30_neurona",
           "$$a = f(z) = \\frac{1}{1 + e^{-0.95}} \\approx \\mathbf{0.721}$$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "=1/(1 + np.exp(-0.95))", "=0.721")),), batch=30),
    Public("neurona-loss", _NEURONA, "b30_neurona", "b30_neurona",
           "$$L = \\frac{1}{2} (0.079)^2 \\approx \\mathbf{0.00312}$$", ((C, C),),
           (Twin("value", "(y[0] - a1[0])**2/2", ("=0.5*(0.079)**2", "=0.00312")),), batch=30),
    Public("neurona-chain", _NEURONA, "b30_neurona", "b30_neurona",
           "$$\\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}{\\partial z}"
           " \\cdot \\frac{\\partial z}{\\partial w_1}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_S1}*x[0]",)),), batch=30),
    Public("neurona-dLda", _NEURONA, "b30_neurona", "b30_neurona",
           "$$\\frac{\\partial L}{\\partial a} = \\frac{\\partial}{\\partial a} \\left[ \\frac{1}{2} (y - a)^2 \\right] ="
           " -(y - a)$$", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "-(y[0] - a1[0])")),), batch=30),
    Public("neurona-dadz", _NEURONA, "b30_neurona", "b30_neurona",
           "$$\\frac{\\partial a}{\\partial z} = 0.721 \\cdot (1 - 0.721) = 0.721 \\cdot 0.279 \\approx \\mathbf{0.201}$$",
           ((C, C, C),), (Twin("value", "a1[0]*(1 - a1[0])", ("=0.721*(1 - 0.721)", "=0.721*0.279", "=0.201")),),
           batch=30),
    Public("neurona-underbrace", _NEURONA, "b30_neurona", "b30_neurona",
           "$$\\frac{\\partial L}{\\partial w_1} = \\underbrace{(-0.079)}_{\\text{Paso A}} \\cdot"
           " \\underbrace{(0.201)}_{\\text{Paso B}} \\cdot \\underbrace{(0.5)}_{\\text{Paso C}}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("=(-0.079)*(0.201)*(0.5)",)),), batch=30),
    Public("neurona-grad", _NEURONA, "b30_neurona", "b30_neurona",
           "$$\\frac{\\partial L}{\\partial w_1} \\approx \\mathbf{-0.00793}$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("=-0.00793",)),), batch=30),
    Public("neurona-update-rule", _NEURONA, "b30_neurona", "b30_neurona",
           "$$w_{nuevo} = w_{viejo} - \\eta \\cdot \\frac{\\partial L}{\\partial w_1}$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=30),
    Public("neurona-update", _NEURONA, "b30_neurona", "b30_neurona",
           "$$w_{nuevo} = 0.3 + 0.000793 \\approx \\mathbf{0.300793}$$", ((C, C),),
           (Twin("update", "W1[0,0]", ("=0.3 + 0.000793", "=0.300793")),), batch=30),
    # ---- JoseFRuiz's README (Spanish): $$ blocks on their own lines, \sigma'(z), the layer as a superscript
    # (\delta^{l+1}, W^{l+1}), ^T, \odot, \sigma'^l, \text{ReLU}', \text{sigmoid}, a bmatrix row of numbers ---------
    Public("ruiz-dw", _RUIZ, "b30_ruiz_neuron", "b30_ruiz_neuron",
           "$$\n\\frac{\\partial L}{\\partial w} = (a - y) \\cdot \\sigma'(z) \\cdot x\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=30),
    Public("ruiz-db", _RUIZ, "b30_ruiz_neuron", "b30_ruiz_neuron",
           "$$\n\\frac{\\partial L}{\\partial b} = (a - y) \\cdot \\sigma'(z)\n$$", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=30),
    Public("ruiz-delta-l", _RUIZ, "b30_ruiz", "b30_ruiz",
           "$$\n\\delta^l = (W^{l+1})^T \\delta^{l+1} \\odot \\sigma'^l(z^l)\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_R1,), _J3),), batch=30,
           why="l = 1, the only hidden layer; \\sigma'^l is layer l's activation's derivative (ReLU' here)"),
    Public("ruiz-dW2", _RUIZ, "b30_ruiz", "b30_ruiz", "$$\n\\frac{\\partial L}{\\partial W^2} = \\delta^2 (a^1)^T\n$$",
           ((C,),), (Twin("gradient", "W2[0,{j}]", (f"{_R2}*a1[{{j}}]",), _J3),), batch=30),
    Public("ruiz-delta1", _RUIZ, "b30_ruiz", "b30_ruiz",
           "$$\n\\delta^1 = (W^2)^T \\delta^2 \\odot \\text{ReLU}'(z^1)\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_R1,), _J3),), batch=30),
    Public("ruiz-dW1", _RUIZ, "b30_ruiz", "b30_ruiz", "$$\n\\frac{\\partial L}{\\partial W^1} = \\delta^1 (x)^T\n$$",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (_R1 + "*x[{i}]",), _JI),), batch=30),
    Public("ruiz-a2", _RUIZ, "b30_ruiz", "b30_ruiz",
           "$$\na^2 = \\text{sigmoid}(z^2) = \\frac{1}{1 + e^{-0.15}} \\approx 0.5374\n$$", ((C, C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.15))", "=0.5374")),), batch=30),
    Public("ruiz-db2", _RUIZ, "b30_ruiz", "b30_ruiz",
           "$$\n\\frac{\\partial L}{\\partial b^2} = \\delta^2 = -0.1150\n$$", ((C, C),),
           (Twin("gradient", "b2[0]", (_R2, "=-0.1150")),), batch=30),
    Public("ruiz-dW2-numbers", _RUIZ, "b30_ruiz", "b30_ruiz",
           "$$\n\\frac{\\partial L}{\\partial W^2} = \\delta^2 (a^1)^T = -0.1150 \\cdot \\begin{bmatrix} 0.8 & 0.6 & 0.0"
           " \\end{bmatrix} = \\begin{bmatrix} -0.092 & -0.069 & 0.0 \\end{bmatrix}\n$$", ((C, C, C),),
           (Twin("gradient", "W2[0,{j}]", (f"{_R2}*a1[{{j}}]", "=-0.1150*np.array([0.8, 0.6, 0.0])",
                                           "=np.array([-0.092, -0.069, 0.0])"), _J3),), batch=30),
    # ---- ahoehn's slide code (German names): Python assignments, w31 for w_{31}, ** for the power ---------------
    Public("ahoehn-z1", _AHOEHN, "b30_ahoehn", "b30_ahoehn", "z1 = w11*x1 + w12*x2 + b1", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=30),
    Public("ahoehn-yhat", _AHOEHN, "b30_ahoehn", "b30_ahoehn", "y_vorhergesagt = w31*z1 + w32*z2 + b3", ((C,),),
           (Twin("value", "a2[0]", ("W2[0,0]*z1[0] + W2[0,1]*z1[1] + b2[0]",)),), batch=30),
    Public("ahoehn-loss", _AHOEHN, "b30_ahoehn", "b30_ahoehn",
           "verlust = 0.5 * (y_vorhergesagt - y_tatsaechlich)**2", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("0.5*(a2[0] - y[0])**2",)),), batch=30),
    Public("ahoehn-dL-dy", _AHOEHN, "b30_ahoehn", "b30_ahoehn", "dL_dy = y_vorhergesagt - y_tatsaechlich", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=30),
    Public("ahoehn-dL-dw31", _AHOEHN, "b30_ahoehn", "b30_ahoehn", "dL_dw31 = dL_dy * z1", ((C,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*z1[0]",)),), batch=30),
    # ---- the HSBI lecture's summary (German): $$...$$ with := and \tag{n}, Ng's dZ^{[l]}, A^{[l-1] T}, \frac{1}{m},
    # \sum_{i = 1}^{m} dZ^{[l](i)}, "*" the entrywise product, \text{ } ---------------------------------------------
    Public("hsbi-dZ", _HSBI, "b30_hsbi", "b30_hsbi",
           "$$dZ^{[l]} := \\frac{\\partial J }{\\partial Z^{[l]}} = dA^{[l]} * g'(Z^{[l]}) \\tag{3}$$", ((C, C),),
           (Twin("gradient_z", "{t}", ("{m}", "{m}"), _H_DZ),), batch=30,
           why="every layer l; \"*\" is the entrywise product (the page says so)"),
    Public("hsbi-dW", _HSBI, "b30_hsbi", "b30_hsbi",
           "$$dW^{[l]} := \\frac{\\partial J }{\\partial W^{[l]}} = \\frac{1}{m} dZ^{[l]} A^{[l-1] T} \\tag{4}$$",
           ((C, C),), (Twin("gradient", "{p}", ("{m}", "{m}"), _H_WEIGHTS),), batch=30,
           why="one data point (m = 1 in the notation), where dJ/dZ and the sample's dL/dZ agree"),
    Public("hsbi-db", _HSBI, "b30_hsbi", "b30_hsbi",
           "$$db^{[l]} := \\frac{\\partial J }{\\partial b^{[l]}} = \\frac{1}{m} \\sum_{i = 1}^{m} dZ^{[l](i)}\\tag{5}$$",
           ((C, C),), (Twin("gradient", "{p}", ("{m}", "{m}"), _H_BIASES),), batch=30),
    Public("hsbi-dA", _HSBI, "b30_hsbi", "b30_hsbi",
           "$$dA^{[l-1]} := \\frac{\\partial J }{\\partial A^{[l-1]}} = W^{[l] T} dZ^{[l]} \\tag{6}$$", ((C, C),),
           (Twin("value", "{t}", ("{t}", "{t}"), _H_DA),), batch=30,
           why="dJ/dA^{[1]} (l = 2) and dJ/dA^{[0]}, the input's (l = 1), entry by entry"),
    Public("hsbi-update-W", _HSBI, "b30_hsbi", "b30_hsbi", "$$W^{[l]} = W^{[l]} - \\alpha \\text{ } dW^{[l]} \\tag{7}$$",
           ((C,),), (Twin("update", "{p}", ("{p} - eta*grad",), _H_WEIGHTS),), batch=30),
    # ---- the Korean homework code: assignments without spaces, a comment after each with the numbers in Korean ---
    Public("kgu-pred", _KGU, "b30_kgu", "b30_kgu", "pred=weight*input_data #예측값(3*5=15)", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=30, why="the comment: \"prediction (3*5=15)\""),
    Public("kgu-error", _KGU, "b30_kgu", "b30_kgu", "error=pred-target #오차(15-8=7)", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=30, why="the comment: \"error (15-8=7)\""),
    Public("kgu-slope", _KGU, "b30_kgu", "b30_kgu", "slope=2*input_data*error #기울기(2*5*7=70)", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),), batch=30,
           why="the comment: \"slope (2*5*7=70)\", the squared error's gradient by the weight"),
    Public("kgu-update", _KGU, "b30_kgu", "b30_kgu", "new_weight=weight-learning_rate*slope #새 가중치(3-0.1*70=-4)",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*2*x[0]*(a1[0] - y[0])",)),), batch=30,
           why="the comment: \"new weight (3-0.1*70=-4)\""),
    # ---- Lee-keonhee's post (Korean): MathJax's \( \) inline, Sigmoid(z_1) as a word, \hat{y_1}, aligned chains
    # with &= and \\[10pt]; a_2 = Sigmoid(z_1) for Sigmoid(z_2), the learning rate left out of w_1', and yhat's
    # fourth digit carried from rounded activations --------------------------------------------------------------
    Public("lee-a1", _LEE, "b30_lee", "b30_lee",
           "\\( a_1 = Sigmoid(z_1) = \\frac{1}{1+e^{-z_1}} = \\frac{1}{1+e^{-0.21}} = 0.552 \\)", ((C, C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))", "=1/(1 + np.exp(-0.21))", "=0.552")),),
           batch=30),
    Public("lee-a2", _LEE, "b30_lee", "b30_lee",
           "\\( a_2 = Sigmoid(z_1) =  \\frac{1}{1+e^{-z_2}} = \\frac{1}{1+e^{-0.19}} = 0.547 \\)", ((W, C, C, C),),
           (Twin("value", "a1[1]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[1]))", "=1/(1 + np.exp(-0.19))", "=0.547")),),
           batch=30, why="Sigmoid(z_1) for Sigmoid(z_2): the second unit's activation written with the first's input"),
    Public("lee-yhat", _LEE, "b30_lee", "b30_lee",
           "\\( \\hat{y_1} = w_5 \\cdot a_1 + w_6 \\cdot a_2 = 0.552 \\times 0.4 + 0.547 \\times 0.5 = 0.4943 \\)",
           ((C, C, W),),
           (Twin("value", "a2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]", "=0.552*0.4 + 0.547*0.5", "=0.4943")),),
           batch=30, why="w_5 a_1 transcribed a_1 w_5, the order the page's numbers follow (0.552 x 0.4), so that each"
                         " number stands for its own quantity; the sum of the rounded 0.552 x 0.4 + 0.547 x 0.5 is"
                         " 0.4943, but yhat is 0.49461: as the written result 0.4943 is 3 units off its last digit"),
    Public("lee-loss", _LEE, "b30_lee", "b30_lee",
           "$$\n\\begin{aligned}\nL &= (y_1 - \\hat{y})^2 \\\\\n  &= (0.7 - 0.4943)^2 = (0.2057)^2 \\approx 0.04231\n"
           "\\end{aligned}\n$$", ((C, C, C, W),),
           (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2", "=(0.7 - 0.4943)**2", "=(0.2057)**2",
                                                 "=0.04231")),), batch=30,
           why="(0.2057)^2 is 0.042312, but 0.2057 stands for y - yhat = 0.20539 (3 units off, within what the oracle"
               " lets a number standing for a subtree carry) and L is 0.042186: 0.04231 is 12 units off in its last digit"),
    Public("lee-dw5", _LEE, "b30_lee", "b30_lee",
           "$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial w_5}\n&= \\frac{\\partial L}{\\partial \\hat{y_1}} \\cdot"
           " \\frac{\\partial \\hat{y_1}}{\\partial w_5} \\\\[10pt]\n&= \\frac{\\partial ((y_1 - \\hat{y_1})^2)}{\\partial"
           " \\hat{y_1}} \\cdot \\frac{\\partial (w_5 \\cdot a_1 + w_6 \\cdot a_2)}{\\partial w_5} \\\\[10pt]\n&= -2(y_1 -"
           " \\hat{y_1}) \\cdot a_1 \\\\[10pt]\n&= -2 \\cdot (0.7 - 0.4943) \\cdot 0.552 \\\\[10pt]\n&= -0.227\n"
           "\\end{aligned}\n$$", ((C, C, C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_L2}*a1[0]", f"{_L2}*a1[0]", f"{_L2}*a1[0]", "=-2*(0.7 - 0.4943)*0.552",
                                         "=-0.227")),), batch=30,
           why="yhat's 0.4943 (0.49461) carried into the fourth member, within its allowance; the result -0.227 is right"),
    Public("lee-dw1", _LEE, "b30_lee", "b30_lee",
           "$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial w_1}\n&= \\frac{\\partial L}{\\partial \\hat{y_1}} \\cdot"
           " \\frac{\\partial \\hat{y_1}}{\\partial a_1} \\cdot \\frac{\\partial a_1}{\\partial z_1} \\cdot \\frac{\\partial"
           " z_1}{\\partial w_1} \\\\[10pt]\n&= \\frac{\\partial (y_1 - \\hat{y_1})^2}{\\partial \\hat{y_1}} \\cdot"
           " \\frac{\\partial (w_5 \\cdot a_1 + w_6 \\cdot a_2)}{\\partial a_1} \\cdot \\frac{\\partial"
           " \\left(\\frac{1}{1+e^{-z_1}}\\right)}{\\partial z_1} \\cdot \\frac{\\partial (w_1 \\cdot x_1 + w_3 \\cdot"
           " x_2)}{\\partial w_1} \\\\[10pt]\n&= -2(y_1 - \\hat{y_1}) \\cdot w_5 \\cdot \\left(\\frac{1}{1+e^{-z_1}}\\right)"
           " \\cdot \\left(1 - \\frac{1}{1+e^{-z_1}}\\right) \\cdot x_1 \\\\[10pt]\n&= -0.0204\n\\end{aligned}\n$$",
           ((C, C, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_L2}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",) * 3 + ("=-0.0204",)),), batch=30,
           why="-0.0204 for -0.020315: one unit off, within what a four-digit result carries"),
    Public("lee-dw234", _LEE, "b30_lee", "b30_lee",
           "$$\n\\begin{aligned}\n\\frac{\\partial L}{\\partial w_2} &= -0.0255 \\\\[10pt]\n\\frac{\\partial L}{\\partial"
           " w_3} &= -0.0122 \\\\[10pt]\n\\frac{\\partial L}{\\partial w_4} &= -0.0153\n\\end{aligned}\n$$",
           ((C,), (C,), (C,)),
           (Twin("gradient", "W1[1,0]", ("=-0.0255",)), Twin("gradient", "W1[0,1]", ("=-0.0122",)),
            Twin("gradient", "W1[1,1]", ("=-0.0153",))), batch=30,
           why="w_2 joins x_1 to the second unit (z_2 = w_2 x_1 + w_4 x_2); -0.0255 for -0.025444 is one unit off"),
    Public("lee-update-rule", _LEE, "b30_lee", "b30_lee",
           "$$W_{\\text{new}} = W_{\\text{old}} - \\eta \\cdot \\frac{\\partial L}{\\partial W}$$", ((C,),),
           (Twin("update", "{p}", ("{p} - eta*grad",), _L_WEIGHTS),), batch=30,
           why="W every weight (the notation's parameter name)"),
    Public("lee-w1-update", _LEE, "b30_lee", "b30_lee",
           "$$\nw_1' = w_1 - \\eta \\frac{\\partial L}{\\partial w_1} = 0.3 - (-0.0204) \\approx 0.302\n$$", ((C, W, C),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "=0.3 - (-0.0204)", "=0.302")),), batch=30,
           why="0.3 - (-0.0204) is 0.3204: eta = 0.1 left out of the middle member (the result 0.302 has it)"),
    Public("lee-updates", _LEE, "b30_lee", "b30_lee",
           "$$\n\\begin{aligned}\nw_2' = 0.203, \\quad\nw_3' = 0.201, \\quad\nw_4' = 0.302, \\quad\nw_5' = 0.423,"
           " \\quad\nw_6' = 0.523\n\\end{aligned}\n$$", ((C,), (C,), (C,), (C,), (C,)),
           (Twin("update", "W1[1,0]", ("=0.203",)), Twin("update", "W1[0,1]", ("=0.201",)),
            Twin("update", "W1[1,1]", ("=0.302",)), Twin("update", "W2[0,0]", ("=0.423",)),
            Twin("update", "W2[0,1]", ("=0.523",))), batch=30,
           why="w_6' is 0.52248: 0.523 one unit off"),
]
