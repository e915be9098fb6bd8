r"""Batch 22 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 9 repository files no earlier batch used (the code corpus: notes on a post about the delta rule, a
student's cs224d solutions in Einstein's notation, a "two layer dnn" note, plain-text notes on the two paths of a
ReLU-softmax network's backward pass, notes on the deep-learning course's planar classifier, an Obsidian note on the
chain rule, a note on Udacity's backpropagation exercise, a README working one neuron's step with numbers, a
student's homework in Bishop's letters), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch22_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down) and committed before check was. Six files are
stored in the code corpus without their repository's name; they are cited by their ids. hmchen47's notes are cited
at the stored version that holds the derivation (commit b866f2a; an earlier one stops before it). Formulas keep
their page's delimiters ($...$, $$...$$, \[...\], a code line); what was left out of a line is said in the entry's
why (a list item's "- ", a code comment after "#", a note in a code span after the formula, a sentence's opening
words).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 22

The batch: 55 formulas, 21 values (forward values and losses, local derivatives, a loss's derivative by an
activation, two steps before the learning rate, one error written with numbers), 9 deltas (dL/dz), 18 gradients, 5
updates, and 2 entries marked unreadable (a name or sign the page never defines). 44 are LaTeX (hmchen47's
subscripts of subscripts, w_{ij_x}, a_{j_z}, with (2)(\frac{1}{2}) and \cdots; the cs224d solutions' align blocks in
Einstein's notation, a repeated index summed with no sum sign, Kronecker's \delta_{ik}, \bf{...}, \bigg[ \bigg],
\otimes, \circ, row vectors times input-first W; the dnn note's f(w1, x) and g(w2, x), \sigma both the function and
the hidden unit's output; the planar classifier's \mathcal{J}, z_{2}^{(i)}, a^{[2](i)}, a^{[1](i)T} and a^{[1](i)2}
for the square; the Obsidian note's $\huge ...$ and c'(a,y); the README's \[ ... \] with \times, y' and W = [...]; the
homework's h^\prime, \sum_kw_{kj} glued, h'(a) without its index, \partial[...]), 11 plain text or code (the
two-path notes' A1^T·dZ2, ⊙, (Z1>0), ᵀ, np.dot and .T; the planar classifier's np.power; the Udacity note's long code
names and x[:, None]).

6 are mistaken (the oracle finds a member wrong):

- the dnn note's \frac{\partial J}{\partial \hat y} = 2(y-\hat y): J = (y - yhat)^2, so -2(y - yhat) (the inner
  derivative's sign dropped; the chain it feeds is stated without numbers, so nothing else carries it);
- its \frac{\partial \hat y}{\partial \sigma} = w1 \cdot \frac{\partial \sigma}{\partial g}: yhat = w1 sigma, so w1
  alone (the next link's factor pulled in); and its last line \frac{\partial \sigma}{\partial g} = x, which is d g
  / d w2 (the chain's third factor) written d sigma / d g a second time;
- the Obsidian note's \frac{\partial z}{\partial w}=a for z = a_0 w + b (a_0, the previous neuron's activation; a
  is this neuron's, the cost's argument), and \frac{\partial z}{\partial a_0}=w_0 (w; w_0 is its "previous neuron
  weight");
- the Udacity note's hidden_error_term = hidden_error * (1-hidden_error): the sigmoid's slope is taken of the error
  instead of the hidden layer's output.

And 2 typos, marked unreadable: hmchen47's \Delta w_{ij_x} = ... = \varepsilon \partial a_{i_x} (\partial for the
error delta the notes describe in words) and the dnn note's \sigma (g(w,x)) (w for w2, no bare w on the page).

Not mistaken, though they look it: the cs224d lines without sum signs (Einstein's convention, which the page
declares in its prose: "the summation symbol has been dropped because in Einstein notation the sum is *implied*");
the planar classifier's formulas without the sum over the examples i (one example here; at m = 1 the sums and J_i
are the whole); the README's numbers (its y' = 0.6 is given, and the network's bias is ln 1.5 so that the sigmoid
gives it: the page's own b = 0.1 gives 0.525, a contradiction in the page's data that no formula taken uses).

Collected on 2026-12-03 and run blind once, at main 8fd7d79, with nothing under src/ changed. /work/READY_FOR_BLIND
(the reader's fixes from batches 15 to 18) did not exist by 00:12, so the run is on main as it was then. The oracle
agreed with every verdict written down on its first full run (one twin's NumPy transcription was rewritten to
evaluate, its verdicts unchanged). Blind, once per entry (/work/batch22_blind.txt): 17 of 55 read with every verdict
right (31%); 35 refused that should have been read; 1 misread (a right formula called wrong); both typos refused; no
crash; NO WRONG FORMULA CALLED CORRECT. Of the 6 mistaken formulas, 3 read with every verdict right (the dnn note's
2(y-\hat y), the Obsidian note's a for a_0 and w_0 for w, all called wrong) and 3 were refused (the dnn note's
d yhat / d sigma and d sigma / d g = x, on \partial \sigma, and the Udacity line). By kind of claim (the 53 not
marked unreadable): values 6 of 21, deltas 3 of 9, gradients 7 of 18, updates 1 of 5. LaTeX against plain text: the
42 in LaTeX read 14 (33%; with the 2 typos, 44 LaTeX entries), the 11 in plain text or code 3 (27%).
By page: the Obsidian note 5 of 6, the Bishop homework 5 of 6, the two-path notes 3 of 6, the planar classifier
2 of 6, the dnn note 2 of 8, hmchen47 0 of 6, cs224d 0 of 6, the Udacity note 0 of 4, A-R007 0 of 7. (Tabulated from
the saved output of the run.)

The misreading: cs224d's derivation in Einstein's notation (cs224d-dCE), every member called wrong: its y_i ... with
no sum sign, i repeated, is judged at each i by itself (the spec's unsummed index), where the page declares the sum
implied. The spec has no way to say a page sums repeated indices.

The refusals by construct (35), with the exact message:

- 7, one page, the notation's pattern "y'" (the README's output y'): "[notation] symbols."y'": is not one symbol;
  write a base with an optional subscript and superscript, e.g. a_{ik}^{0}" (every ar- entry). Under the spec a
  pattern is a base with scripts, and a prime is not listed (docs/notation.md documents primed patterns only with
  digits glued, w'1): whether this is the notation's mistake or the reader's is for the lead; it was not changed after
  the run.
- 5, one page, a subscript of a subscript in patterns, "t_{j_{n}}", "a_{j_{z}}", "w_{ij_{n}}", against the formula's
  t_{j_n}, a_{j_z}, w_{ij_x}: "a_{j_z} matches none of the notation's patterns for a ('a_{i_{n}}', 'a_{j_{n}}',
  'a_{j_{z}}')" (the literal pattern a_{j_{z}} itself unmatched), likewise t_{j_n}, w_{ij_x} (every hm- entry).
- 4, code names whose meaning is -grad(...) (the Udacity note's error terms, -dE/dz, and steps, -dE/dw):
  "hidden_{error}: 'hidden_error' means '-grad(a1[:])' (no placeholders): Abs, ELU, ... tanh" (the message lists
  function names, not
  what is wrong), and for the indexed one "delta_w_i_h matches none of the notation's patterns for delta_w_i_h
  ('delta_w_i_h[i][j]')" (a bare name not read as the matrix of its code-indexed pattern). docs/notation.md says what
  may stand inside grad(...), not whether grad(...) may stand in an expression: possibly the notation's mistake.
- 3, the ReLU slope (Z1>0) in plain text: "expected ')' to close the parenthesis at '>' (position 33)" (paths-dZ1,
  paths-code-dZ1, paths-dW1; the docs read 1\{u > 0\} and [u > 0], not a bare parenthesised comparison).
- 3, \partial \sigma (the dnn note's sigma as the hidden unit's output): "unexpected at '}' (position 39)" (and 113,
  22): dnn-dJ-dw2, dnn-dyhat-dsigma, dnn-dsigma-dg-x. The spec cannot make \sigma both the sigmoid and a quantity.
- 2, \bf{...}: "the command \bf is not part of a formula check can read at '\bf' (position 4)" (cs224d-ce,
  cs224d-vector; \mathbf reads).
- 1, \otimes: "the command \otimes is not part of a formula check can read at '\otimes' (position 41)".
- 1, W^{(1)} written bare where the notation has "W_{ij}^{(l)}": "W^{1} matches none of the notation's patterns for W
  ('W_{ij}^{(l)}', 'W_{ij}')" (cs224d-forward; the docs say dropping every unit placeholder gives the whole array).
- 1, W_{cd} with c, d not the pattern's i, j... though both are index letters: "W_{cd} matches none of the notation's
  patterns for W ('W_{ij}^{(l)}', 'W_{ij}')" (cs224d-dW2).
- 1, \alpha as the learning rate where the notation has no learning_rate key (but a parameter key): "unknown symbol
  \alpha; the notation knows \hat{y}, g, w, x, y; ..." (dnn-W-update; the docs make \alpha the rate when the key is
  absent).
- 1, f(w1, ...) a function of a weight and the input: "unknown symbol f; ..." (dnn-yhat; no notation can name it).
- 2, a superscript holding a transpose or a square after the sample's (i): "a^{[1](i)T} matches none of the
  notation's patterns for a ('a^{[1](i)}', 'a^{[2](i)}')" (ng1-dW2) and a^{[1](i)2} (ng1-dz1).
- 1, \mathcal{J} _i, the cost with the example's index: "unknown symbol \mathcal{J}_{i}; ..." (ng1-db1).
- 1, np.power(A1,2) of a vector: "raises a vector or matrix to a power in A_{1}^2; write its entries"
  (ng1-code-dZ1; NumPy's power is entrywise).
- 1, c'(a,y), the loss primed with its arguments: "c': the loss with a prime is read as its derivative by the
  network's one weight, and this network has more than one; write the derivative with its variable, dc/dw"
  (obs-dc-da; the arguments name the variable a).
- 1, h'(a) without its index: "a matches none of the notation's patterns for a ('a_{j}')" (bishop-without).

The typos: hmchen47's \varepsilon \partial a_{i_x}, refused at "expected '/' in ∂L/∂w at the end" (before the
\partial it names is reached: the w_{ij_x} refusal above would have come first otherwise), and the dnn note's g(w,x),
refused
as "g(...) with 2 arguments is not a function check knows" (before the bare w).

Tried afterwards (each once, at the same main, notation changes in a temporary copy only; the batch's notations and
verdicts unchanged): A-R007 with the pattern "\hat{y}" for "y'" and \hat{y} for y' in the formula: ar-dL-dy reads
correct, correct, correct; hmchen47's formula with its subscripts' subscripts braced, w_{ij_{x}}, t_{j_{z}},
a_{i_{x}}: hm-dE-dw reads correct (so the pattern works where the formula braces as the pattern does: j_x against
j_{x} is the construct); cs224d with \mathbf for \bf: the vector form reads correct, the CE line is refused on
\mathbf{y,\hat{y}} ("expected '}' to close the group at ','", a bold list); the two-path dZ1 with [Z1>0] for (Z1>0):
correct; the dnn rule with \eta for \alpha: correct; the planar classifier's (a^{[1](i)})^T for a^{[1](i)T}: correct;
the Obsidian line as -2(y-a) for c'(a,y): correct; the Bishop line with h'(a_j) for h'(a): correct, correct; cs224d's
t = x W^{(1)} + b^{(1)} with a further pattern "W^{(l)}" = "W{l}[:, :].T": still refused (W^{1} matches none); the
Udacity hidden_error_term line with the names' meanings written out (-delta1[:] and the output's error term times
W2[0, :]) instead of -grad(...): read, wrong, as the oracle says (so -grad(...) as a meaning is the construct).

After session 11's fixes from this batch (measured at main e9e9f64): 42 of 55 read with every verdict right (76%);
8 refused, 3 right formulas called wrong, the 2 typos refused, no wrong formula called correct. Read now: the primed
pattern y' (6 of A-R007's 7), subscripts of subscripts (hmchen47's, with its \cdots sum), \bf and a bold list, the
two-path notes' (Z1>0), np.power, the Udacity note's -grad(...) meanings and x[:, None], \alpha beside a parameter
key, \mathcal{J}_i, a^{[1](i)T}, c'(a,y), h'(a), \otimes. Still refused: cs224d's W^{(1)} and W_{cd} (3: its
notation's indices leave out j and l, which its patterns use as placeholders; the message now says so), the dnn
note's \sigma as the unit's output (3: a notation may now name \sigma as a quantity, this one does not), its f(w1,
...), and a^{[1](i)2} (a vector squared, refused outside a sum). Called wrong, each now with a hint: cs224d-dCE and
cs224d-ce (Einstein's implied sums; the hint says the member is right summed over i and to write \sum_i), and
ar-W-final (the page's updated weights as W = [...]: the hint says they are the values after one step).

What the spec could not express, which a page needed: Einstein's implied sums (cs224d); \sigma as both the function
and the unit's output, and f(w, x), g(w, x) as functions of a weight and the input (the dnn note); a subscript's
subscript (hmchen47's w_{ij_x}, with the layer letters i, j); whether a pattern may carry a prime alone (y'); whether
a
meaning may be -grad(...); the section-dependent meaning of cs224d's bare W and b (layer 2 in "With respect to
W^{(2)}", both layers inside one formula of the W^{(1)} section, which was left out). And, in the networks: cs224d,
the dnn note, the two-path notes, the planar classifier, the Udacity note and the Bishop homework give no sizes or
numbers worth taking (sizes chosen, named in the tables); the two-path notes' batch of 10 and the planar classifier's
m examples are one sample here, so their missing sums over the examples cannot show.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch22_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_HM = ("https://github.com/hmchen47/DataScience (ML/MLNN-Hinton/a06-DeltaRule.md, notes on Random Nerd's \"Delta"
       " Learning Rule & Gradient Descent\")")
_CS224D = "https://github.com/physicsd00d/cs224d (Sol1_Writeup/Solution02.md)"
_DNN = ("the code corpus's stored file 26134966341, \"# 1. Gradient Descent\" and \"# 2. Back Propagation\" of a"
        " \"two layer dnn\" (its repository not named by the index)")
_PATHS = ("the code corpus's stored file 47010592486, \"# Backpropagation\" / \"## two distinct path\" (its repository"
          " not named by the index)")
_NG1 = ("the code corpus's stored file 45486868477, \"# 1000%!!!! IMPORTANT (For one hidden layer case)\" (its"
        " repository not named by the index)")
_OBSIDIAN = ("the code corpus's stored file 17410121164, an Obsidian note \"[[Derivative]] simplification rule\" (its"
             " repository not named by the index)")
_UDACITY = ("the code corpus's stored file 6712465675, a note beginning \"Backward propogation is an extension of"
            " gradient descent\" (its repository not named by the index)")
_AR = "https://github.com/A-R007/Loss-Calculation (README.md, commit 2ea4589)"
_BISHOP = ("the code corpus's stored file 3369877476, \"# Back-propagation derivation\" (a student's homework; its"
           " repository not named by the index)")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_K4 = tuple({"k": k} for k in range(4))
_J2K4 = tuple({"j": j, "k": k} for j in range(2) for k in range(4))
_K4I3 = tuple({"k": k, "i": i} for k in range(4) for i in range(3))
_K4J2 = tuple({"k": k, "j": j} for k in range(4) for j in range(2))
_I3J2 = tuple({"i": i, "j": j} for i in range(3) for j in range(2))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J4 = tuple({"j": j} for j in range(4))
_D2 = tuple({"d": d} for d in range(2))
_B3 = tuple({"b": b} for b in range(3))
_D3C2 = tuple({"d": d, "c": c} for d in range(3) for c in range(2))
_G2F3 = tuple({"g": g, "f": f} for g in range(2) for f in range(3))
_DNN_PARAMETERS = ({"p": "W1[0,0]"}, {"p": "W2[0,0]"})

# cs224d's cross-entropy of a one-hot y, and its derivative by the softmax's input (y-hat_k sum_i y_i - y_k)
_CE1 = "-(t[0]*np.log(a1[0]) + t[1]*np.log(a1[1]) + t[2]*np.log(a1[2]))"
_CE2 = "-(t[0]*np.log(a2[0]) + t[1]*np.log(a2[1]) + t[2]*np.log(a2[2]))"
_CE_DZ = "a1[{k}] - t[{k}]"
# the plain-text notes' dL/dZ1 (ReLU hidden layer, softmax output)
_PD1 = "(W2[0,{k}]*(a2[0] - t[0]) + W2[1,{k}]*(a2[1] - t[1]))*Heaviside(z1[{k}])"
# the planar classifier's dJ/dz1 (tanh hidden layer)
_ND1 = "W2[0,{k}]*(a2[0] - y[0])*(1 - a1[{k}]**2)"
# the Udacity note's -dE/dh_j (its hidden_error)
_UH = "(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}]"
# Bishop's dE/dz_j (z_j a hidden unit's output) for E = sum_k (y_k - yhat_k)^2, identity outputs
_BD = "(2*(a2[0] - y[0])*W2[0,{j}] + 2*(a2[1] - y[1])*W2[1,{j}])"
_BSLOPE = "a1[{j}]*(1 - a1[{j}])"

ENTRIES: list[Public] = [
    # ---- hmchen47's notes on Random Nerd's post: $$...$$ blocks, subscripts of subscripts (w_{ij_x}, a_{j_z}: layer
    # letters i, j with a node's letter under them), (2)(\frac{1}{2}) factors, \cdots, \varepsilon; \partial for
    # the error delta ------------------------------------------------------------------------------------------------
    Public("hm-Ep", _HM, "b22_hm", "b22_hm", "$$E_p = \\frac{1}{2} \\sum_n (t_{j_n} - a_{j_n})^2$$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),), batch=22,
           why="the pattern's error, n over the output nodes (one here)"),
    Public("hm-dE-da", _HM, "b22_hm", "b22_hm",
           "$$\\frac{\\partial E_p}{\\partial a_{j_z}} = (2)(\\frac{1}{2})(t_{j_z} - a _{j_z})(-1) = -(t_{j_z} -"
           " a_{j_z})$$", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("(2)*(1/2)*(y[0] - a1[0])*(-1)", "-(y[0] - a1[0])")),), batch=22,
           why="the derivative of the error by the output's activation, a value claim; \"a _{j_z}\" with a space"),
    Public("hm-da-dw", _HM, "b22_hm", "b22_hm",
           "$$\\frac{\\partial a_{j_z}}{\\partial w_{ij_x}} = \\frac{\\partial}{\\partial w_{ij_x}} \\sum_n (w_{ij_n}"
           " a_{i_n}) = \\frac{\\partial }{\\partial  w_{ij_x}}(w_{ij_0} a_{i_0} + w_{ij_1}a_{i_1}+ \\cdots + w_{ij_n}"
           " a_{i_n}) = a_{i_x}$$", ((C, C, C),),
           (Twin("value", "x[{i}]", ("x[{i}]",) * 3, _I3),), batch=22,
           why="the output node's activation is the weighted sum (a linear unit); the third member's \\cdots stands for"
               " the terms between w_{ij_1} a_{i_1} and w_{ij_n} a_{i_n}, n the last input (2 here), so it is the"
               " whole sum"),
    Public("hm-dE-dw", _HM, "b22_hm", "b22_hm",
           "$$\\frac{\\partial E_p}{\\partial w_{ij_x}} = -(t_{j_z} - a _{j_z})(a_{i_x})$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("-(y[0] - a1[0])*x[{i}]",), _I3),), batch=22),
    Public("hm-chain", _HM, "b22_hm", "b22_hm",
           "$$\\frac{\\partial  E_p}{\\partial {w_{ij_x}}} = \\frac{\\partial E_p}{\\partial a_{j_z}} \\frac{\\partial"
           " a_{j_z}}{\\partial w_{ij_x}}$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I3),), batch=22,
           why="{w_{ij_x}} in braces in the denominator"),
    Public("hm-step", _HM, "b22_hm", "b22_hm",
           "$$\\Delta w_{ij_x} = - \\varepsilon \\frac{\\partial E}{\\partial w_{ij}} = \\varepsilon \\partial"
           " a_{i_x}$$", unreadable="\\partial", batch=22,
           why="\\partial a_{i_x} for \\delta a_{i_x}: the notes say the sign stands for \"the difference btw the"
               " target and actual activation of the relevant output node\" (a lost delta); as written it is"
               " \\partial before a quantity, which no notation can name"),
    # ---- physicsd00d's cs224d solutions: Einstein's convention (a repeated index summed, declared in the prose),
    # \bf{...}, \bigg[ \bigg] with a subscript after the bracket, Kronecker's \delta_{ik}, align blocks, \otimes and
    # \circ, row vectors (x W + b) with W input-first ---------------------------------------------------------------------
    Public("cs224d-ce", _CS224D, "b22_cs224d_soft", "b22_cs224d_soft",
           "$$\n\\begin{align}\nCE(\\bf{y,\\hat{y}}) &= -\\sum_i y_i \\log(\\hat{y}_i) \\\\\n&= -y_i \\log(\\hat{y}_i),\n"
           "\\end{align}\n$$", ((C, C),), (Twin("value", _CE1, (_CE1, _CE1)),), batch=22,
           why="the second member drops the sum sign: \"in Einstein notation the sum is *implied* by the repeated"
               " indices *i*\" (the prose after the block), so it is the same sum"),
    Public("cs224d-dCE", _CS224D, "b22_cs224d_soft", "b22_cs224d_soft",
           "$$\n\\begin{align}\n\\frac{\\partial CE}{\\partial \\theta_k} &= -\\frac{\\partial}{\\partial \\theta_k} y_i"
           " \\log(\\hat{y}_i) \\\\\n&= -y_i  \\frac{\\partial}{\\partial \\theta_k} \\log(\\hat{y}_i) \\\\\n&= -y_i"
           " \\frac{1}{\\hat{y}_i}\\frac{\\partial}{\\partial \\theta_k} \\hat{y}_i \\\\\n&= -y_i \\frac{1}{\\hat{y}_i}"
           " \\frac{\\partial}{\\partial \\theta_k} \\frac{e^{\\theta_i}}{ e^{\\theta_m}} \\\\\n&= -y_i"
           " \\frac{1}{\\hat{y}_i} \\bigg[ \\frac{ \\frac{\\partial}{\\partial \\theta_k}e^{\\theta_i}}{e^{\\theta_m}} -"
           " \\frac{e^{\\theta_i}   }{( e^{\\theta_m})^2}  \\frac{\\partial}{\\partial \\theta_k} e^{\\theta_p}    "
           " \\bigg] \\\\\n&= -y_i \\frac{1}{\\hat{y}_i} \\bigg[ \\frac{ e^{\\theta_i}\\delta_{ik}}{e^{\\theta_m}} -"
           " \\frac{e^{\\theta_i}   }{( e^{\\theta_m})^2}   e^{\\theta_p} \\delta_{pk}     \\bigg] \\\\\n&= -y_i"
           " \\frac{1}{\\hat{y}_i} \\bigg[ \\hat{y}_i \\delta_{ik} - \\hat{y}_i \\hat{y}_p \\delta_{pk}  \\bigg] \\\\\n"
           "&= -y_i \\bigg[ \\delta_{ik} - \\hat{y}_p \\delta_{pk}  \\bigg] \n\\end{align}\n$$", ((C,) * 8,),
           (Twin("gradient_z", "z1[{k}]", (_CE_DZ,) * 8, _K3),), batch=22,
           why="every member by Einstein's convention: y_i ... summed over i, e^{\\theta_m} in a denominator summed"
               " over m (the softmax's sum), \\hat{y}_p \\delta_{pk} over p; with a one-hot y each is \\hat{y}_k - y_k"),
    Public("cs224d-vector", _CS224D, "b22_cs224d_soft", "b22_cs224d_soft",
           "$$\n\\frac{\\partial CE}{\\partial \\bf{\\theta}} = \\bf{\\hat{y} - y} .\n$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_CE_DZ,), _K3),), batch=22),
    Public("cs224d-forward", _CS224D, "b22_cs224d_net", "b22_cs224d_net",
           "$$\n\\begin{align}\nt &= x W^{(1)} + b^{(1)} \\\\\nh &= \\sigma(t) \\\\\nv &= h W^{(2)} +  b^{(2)} \\\\\n"
           "\\hat{y} &= \\text{softmax}(v) = \\psi (v) \\\\\nJ &= - y_i log(\\hat{y}_i) \n\\end{align}\n$$",
           ((C,), (C,), (C,), (C, C), (C,)),
           (Twin("value", "z1[{d}]", ("(W1 @ x + b1)[{d}]",), _D2),
            Twin("value", "a1[{d}]", ("(1/(1 + np.exp(-z1)))[{d}]",), _D2),
            Twin("value", "z2[{b}]", ("(W2 @ a1 + b2)[{b}]",), _B3),
            Twin("value", "a2[{b}]", ("np.exp(z2[{b}])/(np.exp(z2[0]) + np.exp(z2[1]) + np.exp(z2[2]))",) * 2, _B3),
            Twin("value", _CE2, (_CE2,))), batch=22,
           why="2.c's equations, row vectors times W input-first; J's y_i log(\\hat{y}_i) summed over i by Einstein's"
               " convention, log without its backslash"),
    Public("cs224d-dW2", _CS224D, "b22_cs224d_net", "b22_cs224d_net",
           "$$\n\\begin{align}\n\\frac{\\partial J}{\\partial W_{cd}} \n&= \\frac{\\partial J}{\\partial \\hat{y}_a}"
           " \\frac{\\partial \\hat{y}_a}{\\partial v_b} \\frac{\\partial v_b}{\\partial W_{cd}} \\\\\n&= \\big["
           " \\hat{y}_b -y_b  \\big] h_c \\delta_{bd} \\\\\n&= \\big[ \\hat{y}_d -y_d  \\big] h_c \\\\\n&= h_c \\big["
           " \\hat{y}_d -y_d  \\big]  \\\\\n\\end{align}\n$$", ((C, C, C, C),),
           (Twin("gradient", "W2[{d},{c}]", ("(a2[{d}] - t[{d}])*a1[{c}]",) * 4, _D3C2),), batch=22,
           why="2.g \"With respect to W^{(2)}\" (the superscript dropped, as the page says); the first member's a and b"
               " summed by Einstein's convention, the second's b; the block ends with an empty row"),
    Public("cs224d-dW1-matrix", _CS224D, "b22_cs224d_net", "b22_cs224d_net",
           "$$\n\\frac{\\partial J}{\\partial W^{(1)}} = x \\otimes  \\big[ \\big(\\hat{y} - y \\big)  W^{(2)T}  \\circ"
           " \\sigma'(t) \\big]\n$$", ((C,),),
           (Twin("gradient", "W1[{g},{f}]", ("((W2.T @ (a2 - t))*a1*(1 - a1))[{g}]*x[{f}]",), _G2F3),), batch=22,
           why="the outer product of the row x with the row in brackets, W^{(2)} input-first (H x 3)"),
    # ---- the stored "two layer dnn": $...$ lines, f(w1, x) and g(w2, x) functions of a weight and the input, sigma
    # both the sigmoid and its output (\frac{\partial \sigma}{\partial g}), := updates in list items; a dropped sign,
    # a derivative of sigma carried into d yhat / d sigma, a w for w2, and d g / d w2 written d sigma / d g ------------
    Public("dnn-W-update", _DNN, "b22_dnn", "b22_dnn", "$$ W := W - \\alpha \\cdot \\frac{\\partial L}{\\partial W} $$",
           ((C,),), (Twin("update", "{p}", ("{p} - eta*grad",), _DNN_PARAMETERS),), batch=22,
           why="gradient descent for every parameter (W the notation's parameter)"),
    Public("dnn-yhat", _DNN, "b22_dnn", "b22_dnn",
           "$\\hat y = f(w1, \\sigma (g(w2, x))) = w1 \\cdot \\sigma (g(w2, x))$", ((C, C),),
           (Twin("value", "a2[0]", ("W2[0,0]*sigmoid(W1[0,0]*x[0])",) * 2),), batch=22,
           why="f(w, x) = w x and g(w, x) = w x, the page's two layers"),
    Public("dnn-dJ-dw1", _DNN, "b22_dnn", "b22_dnn",
           "$\\frac{\\partial J}{\\partial w1} = \\frac{\\partial J}{\\partial \\hat y} \\cdot \\frac{\\partial \\hat"
           " y}{\\partial w1}$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("-2*(y[0] - a2[0])*a1[0]",)),), batch=22),
    Public("dnn-dJ-dyhat", _DNN, "b22_dnn", "b22_dnn", "$\\frac{\\partial J}{\\partial \\hat y} = 2(y-\\hat y)$", ((W,),),
           (Twin("value", "-2*(y[0] - a2[0])", ("2*(y[0] - a2[0])",)),), batch=22,
           why="d(y - yhat)^2 / d yhat is -2(y - yhat): the inner derivative's sign dropped"),
    Public("dnn-dyhat-dw1", _DNN, "b22_dnn", "b22_dnn", "$\\frac{\\partial \\hat y}{\\partial w1} = \\sigma (g(w,x))$",
           unreadable="w", batch=22, why="w for w2: no bare w anywhere on the page"),
    Public("dnn-dJ-dw2", _DNN, "b22_dnn", "b22_dnn",
           "$\\frac{\\partial J}{\\partial w2} = \\frac{\\partial J}{\\partial \\hat y} \\cdot \\frac{\\partial \\hat"
           " y}{\\partial \\sigma} \\cdot \\frac{\\partial \\sigma}{\\partial w2}$", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-2*(y[0] - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=22,
           why="sigma the hidden unit's output here (d yhat / d sigma = w1)"),
    Public("dnn-dyhat-dsigma", _DNN, "b22_dnn", "b22_dnn",
           "$\\frac{\\partial \\hat y}{\\partial \\sigma} = w1 \\cdot \\frac{\\partial \\sigma}{\\partial g}$", ((W,),),
           (Twin("value", "W2[0,0]", ("W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=22,
           why="yhat = w1 sigma: d yhat / d sigma is w1; the factor d sigma / d g belongs to the next link of the"
               " chain"),
    Public("dnn-dsigma-dg-x", _DNN, "b22_dnn", "b22_dnn", "$\\frac{\\partial \\sigma}{\\partial g} = x$", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("x[0]",)),), batch=22,
           why="the page's last line: x is d g / d w2 (the chain's third factor), written d sigma / d g a second time"),
    # ---- the stored plain-text notes: samples as rows, ^T, ·, ⊙, (Z1>0) as the ReLU's slope, ᵀ, NumPy's np.dot and
    # .T, the course's names dZ2, dW2, dA1; comments after # and shapes in brackets left out -------------------------------
    Public("paths-dZ2", _PATHS, "b22_paths", "b22_paths", "dZ2 = A2 - Y", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J2),), batch=22),
    Public("paths-dW2", _PATHS, "b22_paths", "b22_paths", "dW2 = A1^T·dZ2", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", ("(a2[{j}] - t[{j}])*a1[{k}]",), _J2K4),), batch=22,
           why="the diagram's left column, \"dW2 = A1^T·dZ2    dZ1 = ...\" side by side: the first"),
    Public("paths-dZ1", _PATHS, "b22_paths", "b22_paths", "dZ1 = (dZ2·W2^T)⊙(Z1>0)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_PD1,), _K4),), batch=22, why="the diagram's right column"),
    Public("paths-code-dZ1", _PATHS, "b22_paths", "b22_paths", "dZ1 = np.dot(dZ2, W2.T) * (Z1 > 0)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_PD1,), _K4),), batch=22,
           why="the code line without its comment \"# Uses W2, not dW2\""),
    Public("paths-update", _PATHS, "b22_paths", "b22_paths", "W2 = W2 - learning_rate * dW2", ((C,),),
           (Twin("update", "W2[{j},{k}]", ("W2[{j},{k}] - eta*grad",), _J2K4),), batch=22,
           why="without its comment \"# Uses dW2 to update W2\""),
    Public("paths-dW1", _PATHS, "b22_paths", "b22_paths", "dW1 = Xᵀ · (((A2-Y)·W2ᵀ) ⊙ (Z1>0))", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", (f"{_PD1}*x[{{i}}]",), _K4I3),), batch=22,
           why="after \"These combine to give us: \""),
    # ---- the stored planar-classifier notes: $...$ with \mathcal{J}, z_{2}^{(i)} and a^{[2](i)} (the example's
    # superscript), a^{[1](i)T}, a^{[1](i)2} (the square inside the superscript), * for the entrywise product, sums
    # over i the one-example formulas leave out, \mathcal{J} _i; the code's np.dot, .T, np.power ----------------------
    Public("ng1-dz2", _NG1, "b22_ng1", "b22_ng1",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial z_{2}^{(i)} } = \\frac{1}{m} (a^{[2](i)} - y^{(i)})$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=22, why="m = 1 example"),
    Public("ng1-dW2", _NG1, "b22_ng1", "b22_ng1",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial W_2 } = \\frac{\\partial \\mathcal{J} }{ \\partial z_{2}^{(i)}}"
           " a^{[1](i)T}$", ((C,),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K4),), batch=22,
           why="the sum over the examples i left out; one example here"),
    Public("ng1-dz1", _NG1, "b22_ng1", "b22_ng1",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial z_{1}^{(i)} } =  W_2^T \\frac{\\partial \\mathcal{J} }{ \\partial"
           " z_{2}^{(i)} } * ( 1 - a^{[1](i)2})$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_ND1,), _K4),), batch=22,
           why="a^{[1](i)2} is (a^{[1](i)})^2, tanh's slope 1 - a^2"),
    Public("ng1-dW1", _NG1, "b22_ng1", "b22_ng1",
           "$\\frac{\\partial \\mathcal{J} }{ \\partial W_1 } = \\frac{\\partial \\mathcal{J} }{ \\partial z_{1}^{(i)}}"
           " X^T$", ((C,),),
           (Twin("gradient", "W1[{k},{j}]", (f"{_ND1}*x[{{j}}]",), _K4J2),), batch=22),
    Public("ng1-db1", _NG1, "b22_ng1", "b22_ng1",
           "$\\frac{\\partial \\mathcal{J} _i }{ \\partial b_1 } = \\sum_i{\\frac{\\partial \\mathcal{J} }{ \\partial"
           " z_{1}^{(i)}}}$", ((C,),),
           (Twin("gradient", "b1[{k}]", (_ND1,), _K4),), batch=22,
           why="\\mathcal{J} _i on the left for the cost \\mathcal{J} the other five formulas differentiate; at one"
               " example the sum over i is its one term, and J_i is J"),
    Public("ng1-code-dZ1", _NG1, "b22_ng1", "b22_ng1", "dZ1 = np.dot(W2.T,dZ2) * (1-np.power(A1,2))", ((C,),),
           (Twin("gradient_z", "z1[{k}]", (_ND1,), _K4),), batch=22,
           why="the code line without its comment \"# (tanh)' = 1  - (tanh)^2\""),
    # ---- the stored Obsidian note: $\huge ...$, c'(a,y) for the cost's derivative by a, f'(z), a note in a code span
    # after each formula (left out); a for a_0 in dz/dw, and w_0 for w in dz/da_0 ---------------------------------------
    Public("obs-dc-da", _OBSIDIAN, "b22_obsidian", "b22_obsidian", "$\\huge \\frac{\\partial c}{\\partial a}=c'(a,y)$",
           ((C,),), (Twin("value", "-2*(y[0] - a2[0])", ("-2*(y[0] - a2[0])",)),), batch=22,
           why="c'(a, y) the cost's derivative by its first argument; the note's code span \"how change in activated"
               " neuron change cost\" after the formula left out"),
    Public("obs-da-dz", _OBSIDIAN, "b22_obsidian", "b22_obsidian", "$\\huge \\frac{\\partial a}{\\partial z}=f'(z)$",
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=22),
    Public("obs-dz-dw", _OBSIDIAN, "b22_obsidian", "b22_obsidian", "$\\huge \\frac{\\partial z}{\\partial w}=a$", ((W,),),
           (Twin("value", "a1[0]", ("a2[0]",)),), batch=22,
           why="z = a_0 w + b: dz/dw is a_0, the previous neuron's activation; a is this neuron's (c(a, y))"),
    Public("obs-dc-dw", _OBSIDIAN, "b22_obsidian", "b22_obsidian",
           "$\\huge \\frac{\\partial c}{\\partial w}=\\frac{\\partial z}{\\partial w} \\frac{\\partial a}{\\partial z}"
           " \\frac{\\partial c}{\\partial a}$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])*(-2)*(y[0] - a2[0])",)),), batch=22),
    Public("obs-dc-db", _OBSIDIAN, "b22_obsidian", "b22_obsidian",
           "$\\huge \\frac{\\partial c}{\\partial b}=\\frac{\\partial z}{\\partial b} \\frac{\\partial a}{\\partial z}"
           " \\frac{\\partial c}{\\partial a}$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0]*(1 - a2[0])*(-2)*(y[0] - a2[0])",)),), batch=22),
    Public("obs-dz-da0", _OBSIDIAN, "b22_obsidian", "b22_obsidian", "$\\huge \\frac{\\partial z}{\\partial a_0}=w_0$",
           ((W,),), (Twin("value", "W2[0,0]", ("W1[0,0]",)),), batch=22,
           why="z = a_0 w + b: dz/da_0 is w; w_0 is the note's \"previous neuron weight\""),
    # ---- the stored Udacity note: code with long names, np.dot, x[:, None]; the hidden error term's slope taken of
    # the error instead of the hidden output -----------------------------------------------------------------------------
    Public("ud-hidden-error", _UDACITY, "b22_udacity", "b22_udacity",
           "hidden_error = np.dot(output_error_term, weights_hidden_output)", ((C,),),
           (Twin("value", _UH, (_UH,), _J2),), batch=22, why="the comment line above it left out"),
    Public("ud-hidden-term", _UDACITY, "b22_udacity", "b22_udacity",
           "hidden_error_term = hidden_error * (1-hidden_error)", ((W,),),
           (Twin("value", f"{_UH}*a1[{{j}}]*(1 - a1[{{j}}])", (f"{_UH}*(1 - {_UH})",), _J2),), batch=22,
           why="the sigmoid's slope is hidden_layer_output * (1 - hidden_layer_output), not of the error"),
    Public("ud-delta-w-h-o", _UDACITY, "b22_udacity", "b22_udacity",
           "delta_w_h_o = output_error_term * hidden_layer_output", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]", ("(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[{j}]",),
                 _J2),), batch=22, why="the step before the learning rate, -dE/dw"),
    Public("ud-delta-w-i-h", _UDACITY, "b22_udacity", "b22_udacity", "delta_w_i_h = hidden_error_term * x[:, None]",
           ((C,),), (Twin("value", f"{_UH}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",
                          (f"{_UH}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{i}}]",), _I3J2),), batch=22,
           why="hidden_error_term as the notation means it (the true -dE/dz), broadcast against the column x"),
    # ---- A-R007's README: \[ ... \] displays, \times, y' the output, \text{Error}, a weight's new value written
    # W_1 = ..., and the final W = [...] --------------------------------------------------------------------------------
    Public("ar-error", _AR, "b22_ar", "b22_ar", "\\[\n\\text{Error} = y - y' = 0.8 - 0.6 = 0.2\n\\]", ((C, C, C),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]", "=0.8 - 0.6", "=0.2")),), batch=22),
    Public("ar-dL-dy", _AR, "b22_ar", "b22_ar",
           "\\[\n\\frac{\\partial L}{\\partial y'} = (y' - y) = 0.6 - 0.8 = -0.2\n\\]", ((C, C, C),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])", "=0.6 - 0.8", "=-0.2")),), batch=22),
    Public("ar-chain", _AR, "b22_ar", "b22_ar",
           "\\[\n\\frac{\\partial L}{\\partial W_i} = \\frac{\\partial L}{\\partial y'} \\times \\frac{\\partial"
           " y'}{\\partial W_i}\n\\]", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=22),
    Public("ar-dL-dW1", _AR, "b22_ar", "b22_ar",
           "\\[\n\\frac{\\partial L}{\\partial W_1} = (-0.2) \\times (0.24) \\times (1) = -0.048\n\\]", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("=(-0.2)*(0.24)*(1)", "=-0.048")),), batch=22),
    Public("ar-update-rule", _AR, "b22_ar", "b22_ar",
           "\\[\nW_i = W_i - \\eta \\times \\frac{\\partial L}{\\partial W_i}\n\\]", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=22),
    Public("ar-W1-new", _AR, "b22_ar", "b22_ar",
           "\\[\nW_1 = 0.4 - 0.1 \\times (-0.048) = 0.4 + 0.0048 = 0.4048\n\\]", ((C, C, C),),
           (Twin("update", "W1[0,0]", ("=0.4 - 0.1*(-0.048)", "=0.4 + 0.0048", "=0.4048")),), batch=22),
    Public("ar-W-final", _AR, "b22_ar", "b22_ar", "\\[\nW = [0.4048, -0.1904]\n\\]", ((C,),),
           (Twin("update", "W1[0,{k}]", ("=np.array([0.4048, -0.1904])",), _K2),), batch=22,
           why="\"5. Final Answer - Updated Weights\": the new weights, though written W = [...] with no step"),
    # ---- the stored homework in Bishop's letters: $$...$$, a_j the sum and z_j the output, h^\prime, sums with
    # their index glued (\sum_kw_{kj}), h'(a) without its index, the example's align with \partial[...] -----------------
    Public("bishop-grad", _BISHOP, "b22_bishop", "b22_bishop",
           "$$\n\\frac{\\partial E}{\\partial w_{ji}}=\\frac{\\partial E}{\\partial a_j}\\frac{\\partial a_j}{\\partial"
           " w_{ji}}=\\delta_jz_i\n$$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BD}*{_BSLOPE}*x[{{i}}]",) * 2, _J4I3),), batch=22),
    Public("bishop-delta", _BISHOP, "b22_bishop", "b22_bishop",
           "$$\n\\delta_j=h^\\prime(a_j)\\sum_kw_{kj}\\delta_k\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_BD}*{_BSLOPE}",), _J4),), batch=22),
    Public("bishop-grad-sum", _BISHOP, "b22_bishop", "b22_bishop",
           "$$\n\\frac{\\partial E}{\\partial w_{ji}}=h^\\prime(a_j)z_i\\sum_kw_{kj}\\delta_k\n$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BD}*{_BSLOPE}*x[{{i}}]",), _J4I3),), batch=22),
    Public("bishop-without", _BISHOP, "b22_bishop", "b22_bishop",
           "$$\n\\frac{\\partial E}{\\partial w_{ji}}=\\frac{\\partial E}{\\partial z_{j}}\\frac{\\partial z_j}{\\partial"
           " a_j}\\frac{\\partial a_j}{\\partial w_{ji}}=h'(a)z_i\\frac{\\partial E}{\\partial z_j}\n$$", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_BD}*{_BSLOPE}*x[{{i}}]",) * 2, _J4I3),), batch=22,
           why="h'(a) for h'(a_j), its index dropped (the page's last line writes h^\\prime(a_j))"),
    Public("bishop-dE-dz", _BISHOP, "b22_bishop", "b22_bishop",
           "$$\n\\frac{\\partial E}{\\partial z_j}=\\sum_k\\frac{\\partial E}{\\partial y_k}\\frac{\\partial y_k}{\\partial"
           " z_j}=\\sum_k\\frac{\\partial E}{\\partial y_k}w_{kj}\n$$", ((C, C),),
           (Twin("value", _BD, (_BD, _BD), _J4),), batch=22,
           why="z_j a hidden unit's output; y_k = a_k, the outputs being linear"),
    Public("bishop-example", _BISHOP, "b22_bishop", "b22_bishop",
           "$$\n\\begin{align}\n\t\\frac{\\partial E}{\\partial z_j}&=\\frac{\\partial[(y_1-\\hat y_1)^2+(y_2-\\hat"
           " y_2)^2]}{\\partial z_j}\\\\\n\t&=2(y_1-\\hat y_1)\\frac{\\partial y_1}{\\partial z_j}+2(y_2-\\hat"
           " y_2)\\frac{\\partial y_2}{\\partial z_j}\\\\\n\t&=2(y_1-\\hat y_1)w_{1j}+2(y_2-\\hat y_2)w_{2j}\\\\\n"
           "\t&=\\sum_{k=1}^2w_{kj}\\delta_k\n\\end{align}\n$$", ((C, C, C, C),),
           (Twin("value", _BD, (_BD,) * 4, _J4),), batch=22,
           why="the example's L2 loss, y the output and \\hat y the target; delta_k = dE/da_k = 2(y_k - \\hat y_k)"),
]
