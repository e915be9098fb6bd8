r"""Batch 26 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 7 repository files no earlier batch used (the code corpus: a Chinese worked example of a 2-2-1 sigmoid
network, course notes copying GeeksforGeeks's backpropagation example, a Python quiz solution with a ReLU layer and a
softmax, a short note on the softmax and its loss, a page of "important equations" in Nielsen's notation, plain-text
notes on Ng's "backpropagation intuition" lesson, notes copying Nielsen's chapter 2), copied verbatim, typos and
mistakes included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it works an example; both in tests/public_formulas_batch26_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) and
committed before check was. Two files are stored in the code corpus without their repository's name; they are cited
by their ids. A dL/dz written with numbers is twinned as a value, as in batches 14, 16, 18, 20 and 24; a derivative
by something other than a parameter (dL/d\hat{y}, dL/da_1, d\hat{y}/dz_2, dl/da) is a value claim. What was left out
of a line is said in the entry's why. Collected in under half an hour (the session's deadline), so 7 files where 8
to 10 were asked.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 26

The batch: 55 formulas, 31 values (forward values and losses with numbers or as rules, 2 dL/dz and 1 -dE/dz with
numbers, 3 more deltas of GeeksforGeeks's -dE/dz with numbers, 2 steps Delta w, dL/d\hat{y}, dL/da_1, d\hat{y}/dz_2,
dl/da and da/dz), 8 deltas (dL/dz), 9 gradients, 7 updates; no entry marked unreadable. 42 are LaTeX (kaifeng's
inline $...$ in Chinese prose, rows [1, 2] and \begin{bmatrix} matrices, W_1 written input-first, \delta{_2} with its
subscript in braces, \approx chains, \leftarrow updates as Markdown list items "- $...$"; the GeeksforGeeks copy's
$$...$$ and quoted "> $...$" lines with Unicode δ, Δ, − and ×, F for the sigmoid, w_{i,j} with a comma, a chain
continued on the line after a blank one, w_{2,3}(new); the softmax note's (e^z)^i for e^{z_i}, ln, * and \sum_i^N, a
label letter i said in Chinese; "Important equations"'s lines of $$ blocks with \part for \partial, \sigma\prime,
\space, \odot, \quad between equations and a closing \\; Nielsen's copy's \sum _k with a space, ||...||^2 and
trailing spaces), 13 plain text or code (the quiz's Python lines with math.exp, math.log, a # comment and the names
y2_hat and dLdw22; Ng's lesson notes' d/da l(a,y), dl/dz = dl/da * da/dz, g'(z), the names da, dz, dw, db, a //
comment, and a code block with W[2]' for the transpose, .* and layers in brackets, dz[2], a[1]').

23 are mistaken somewhere (the oracle finds at least one member wrong):

- kaifeng: sigma(2.4) = 0.9168 written 0.9084 (kai-a1), carried into z_2 (its numbers member and 1.1835, the true
  z_2 being 1.1844: kai-z2), sigma(1.1835) = 0.7656 written 0.7692 (the true \hat{y} is 0.7657: kai-yhat), carried
  into the whole backward pass: the members of numbers of kai-loss (its 0.035 is right), kai-dLdyhat (0.2692; 0.2657),
  kai-dyhatdz2 (0.1776; 0.1794), kai-delta2 (0.2692 x 0.1776; its 0.0478 is right), kai-dW2 (0.0434; 0.0437),
  kai-delta1 (0.0833, from 0.9084; its [0.0045, 0.0004] is right), kai-W2-update (0.0043; its [0.8958, 0.0957] is
  right); and dL/dW_1 = \delta_1^T X written in W1's layout (units x inputs) while the page's W_1 is input-first, so
  every member of kai-dW1 is the transpose of the gradient and the W_1 update subtracts 0.0009 from 0.6 where 0.00004
  belongs (and writes 0.7 - 0.00004 as 0.6996: kai-W1-update);
- the GeeksforGeeks copy: a_3 = (0.3 x 0.56) + (0.9 x 0.58) is 0.690, written 0.702 (the true a_3 is 0.686: gfg-a3),
  carried into y_5 = F(0.702) (gfg-y5, whose 0.67 is right); delta_5 = 0.67(1-0.67)(-0.17) = -0.0376 where the true
  -dE/dz is -0.0368 (gfg-delta5); delta_4 = 0.59(1-0.59)(0.9 x -0.0376) is -0.0081, written -0.0819 (gfg-delta4);
  Delta w_{2,3} = 1 x (-0.0376) x 0.59 (y_4 = 0.578 carried as 0.59; the true step is -0.0213: gfg-dw23) and
  w_{2,3}(new) = 0.877816 with it (gfg-w23-new); Delta w_{1,1} = 1 x (-0.0027) x 0.35 written +0.000945, its sign
  dropped (gfg-dw11), carried into w_{1,1}(new) = 0.200945 (gfg-w11-new); the listed w_{1,2}(new) = 0.273225 (the
  true new weight is 0.29718: gfg-w12-new);
- the softmax note: loss = -y^i/s^i, the derivative of the loss by s^i written as the loss (smx-loss-deriv);
- Ng's lesson notes: d/da l(a,y) = -y/a + (1-y)/1-a, whose (1-y)/1-a is (1 - y) - a as written (intu-dda; its next
  member, da, is right).

Not mistaken, though it looks it: Nielsen's copy's C_x = 1/2 ||y - a^L||^2 = 1/(2n) \sum_j ||y_j - a^L_j||^2, whose
1/(2n) belongs to C, not C_x, is right at the one training example the network file holds (n = 1); gfg-delta3's
-0.0027 (the true delta_3 is -0.00273).

Collected on 2026-12-04 and run blind once, at main dc13073 (/work/READY_FOR_BLIND: main after session 11's second
round of fixes, from batches 23 and 24; the branch rebased on main 6ce3d2c, batch 25 merged, which changes no file
under src/), with nothing under src/ changed; the output is /work/batch26_blind.txt. Blind, once per entry: 19 of 55
read with every verdict right (35%); 31 refused that should have been read; 5 misread, 2 of them the collector's (the
quiz's class, below), 3 right members called wrong by the reader; no crash, no wrong formula called correct. By kind of
claim: values 16 of 31, deltas 1 of 8, gradients 2 of 9, updates 0 of 7. LaTeX against plain text: the 42 in LaTeX
read 14 (33%), the 13 in plain text or code 5 (38%). By page: kaifeng 5 of 16, the GeeksforGeeks copy 4 of 14, the
quiz 1 of 3, the softmax note 3 of 4, "Important equations" 0 of 6, Ng's lesson notes 4 of 10, Nielsen's copy 2 of 2.
Of the 23 mistaken formulas, 9 read with every verdict right (kai-a1, kai-yhat, kai-loss, kai-dLdyhat, kai-dyhatdz2,
gfg-a3, gfg-y5, smx-loss-deriv, intu-dda), 13 were refused and 1 misread (kai-W2-update, below). (Tabulated from the
saved output of the run.)

Corrected afterwards, honestly: two of the collector's mistakes, neither the reader's. (1) The quiz's L = -math.log(y2)
and dLdw22 = h2 * (y2-1) hold for the sample's class only, which the code's comments say ("since we know it belongs to
class 2", "we know that t2 = 1"): a teacher checks them with --when "label=1", which the entries lacked; check then
judged them at every class and called them wrong (the twins were already restricted to class 2). With when="label=1"
both read. (2) The GeeksforGeeks notation gave \Delta w_{2,3} and \Delta w_{1,1} the meanings -eta*grad(...), which
docs/notation.md does not allow (grad(...) stands alone, with at most a sign or a number before it): "-grad(...)" now,
the page's learning rate being 1. The two entries stayed refused for the quote marker (below); without it they read,
with the page's mistakes called wrong. Run again after these corrections, at the same main and with nothing under src/
changed (/work/batch26_blind_corrected.txt): 21 of 55 (38%; values 17 of 31, gradients 3 of 9; plain text 7 of 13,
54%; the quiz 3 of 3), 31 refused, 3 misread, no wrong formula called correct. No other notation was changed, and no
formula. Not changed, though the reader refuses it: kaifeng's W_1 = "W1[:, :].T" (its transpose), refused
"W_{1}: 'W_{1}' means 'W1[:, :].T' (T = 0): syntax error (invalid syntax); write SymPy syntax with * for products and
** for powers, e.g. 2*(a2[0] - y[0])*a1[1]" (kai-z1, kai-W1-update; kai-dW1 too once its \delta{_1} is rewritten):
symbols.md has no transpose, so the spec cannot name an input-first matrix whole (see below).

The refusals by construct (31 in the blind run), with the exact message, and what a one-line rewrite showed (tried
afterwards, one try per construct):

- 9, the GeeksforGeeks copy's Markdown quote marker, "> $...$" (gfg-error, gfg-delta5, gfg-delta3, gfg-delta4, gfg-dw23,
  gfg-w23-new, gfg-dw11, gfg-w11-new): "unexpected at '>' (position 1)"; and gfg-w12-new, a list item "- $w_{1,2}(new)
  =0.273225$", whose "(new)" is read as n e w: "unknown symbol n; the notation knows Error, \Delta w, \delta, a, w, x,
  y; it bounds no sum over the samples here, so nothing says it counts them: if it is their number (the n of 1/n),
  give it in the notation's [notation.symbols]: "n" = "1", the one sample check reads". Tried afterwards without "> ":
  gfg-error, gfg-delta5, gfg-delta3, gfg-delta4, gfg-dw23 and gfg-dw11 (with the corrected meanings) read, each with
  the oracle's verdicts (the chain continued on the line after a blank one included); the three w_{i,j}(new) are then
  all refused "unknown symbol n ..." (w_{2,3}(new) and w_{1,1}(new) too): the spec cannot name them (below).
- 6, kaifeng's \delta{_2} and \delta{_1}, the subscript in braces after the letter (kai-delta2, kai-dW2, kai-dLda1,
  kai-delta1, kai-dW1, kai-delta2-rule): "unexpected at '_' (position 8)" (or 42, inside the chain). Tried afterwards
  with \delta_2 and \delta_1: kai-delta2, kai-dW2, kai-dLda1, kai-delta1 and kai-delta2-rule read with the oracle's
  verdicts; kai-dW1 is then refused for the W_1 meaning (above).
- 6, "Important equations"'s \part for \partial (imp-deltaLj, imp-dwjk, imp-db, imp-b-update): "the command \part is
  not part of a formula check can read at '\\part' (position 20); write arithmetic, \frac, \sum, \sigma, \log, \exp
  and the homework's symbols"; and its \sigma\prime for \sigma' (imp-deltaL, imp-deltaL1): "the command \prime is not
  part of a formula check can read at '\\prime' (position 34); ...". Tried afterwards with \partial and
  \sigma': all 6 read, every verdict right.
- 4, Ng's plain-text layers in brackets on names the notation writes with ^{[l]} (intu-dz2, intu-dw2, intu-dz1,
  intu-dw1): "dz_{2} matches none of the notation's patterns for dz ('dz^{[2]}', 'dz^{[1]}')" (dw_{2}, dz_{1}, dw_{1}
  alike): the bracket is read as a subscript, where docs/notation.md says dZ[2] is dZ^{[2]} when the notation writes
  the layer ^{[l]}. Tried afterwards with ^{[2]} written: intu-dz2 reads; intu-dw2 is refused "a'^{1} matches none of
  the notation's patterns for a ('a^{[1]}', 'a^{[2]}')" (the transpose's prime after a^{[1]}), intu-dw1 "x' matches
  none of the notation's patterns for x ('x')"; intu-dz1, "dz^{[1]} = W^{[2]}' * dz^{[2]} .* g^{[1]}'(z^{[1]})", was
  MISREAD: a right formula called wrong (with W^{[2]T} and \odot it reads).
- 2, Ng's plain-text derivatives between names the notation gives (da and dz are the notation's names): "'da/dz' reads
  two ways: the quotient of da and dz (the notation names both), or the derivative of a by z at 'd' (position 17);
  write the derivative as \frac{\partial ...}{\partial ...}, or the quotient with parentheses, (dZ)/(dA)" (intu-dldz,
  intu-dadz). Tried afterwards with \frac{\partial ...}{\partial ...}: both read.
- 2, kaifeng's input-first W_1 (kai-z1, kai-W1-update): the notation's meaning "W1[:, :].T" (above).
- 1, kaifeng's rows, a_1 \cdot W_2^T with a_1 and W_2 rows (kai-z2): "adds a vector or matrix and a number in (a_{1}
  \cdot W_{2}^T) + b_{2}" (the notation's a_1 and W_2 are columns). Tried afterwards without ^T: "'[0.8808, 0.9084]
  \\cdot [0.9, 0.1]^T + 0.3' is a vector or matrix where the left side is a number" (a row of numbers times a column
  is not read as their dot product).
- 1, the softmax note's (e^z)^1 for e^{z_1} (smx-s1): "raises a vector or matrix to a power in exp(z)^1; write its
  entries". Tried afterwards as e^{z_1} with "z_{i}" = "z1[i-1]" named: reads.

The misreads (5 in the blind run, 3 after the corrections):

- 2, kaifeng's \leftarrow updates as Markdown list items, "- $W_2 \leftarrow W_2 - ... $" (kai-W2-update,
  kai-b2-update): the list's dash is read as a minus before the parameter, so every member is called wrong, the right
  rule W_2 - \eta \partial L/\partial W_2 and the right results [0.8958, 0.0957] and 0.2952 included.
  Without "- " both read with the oracle's verdicts.
- 1, gfg-y3's F(0.21), the page's sigmoid F applied to the number a_1 = 0.21: judged as a rule at random points (truth
  a1[0], the counterexample's sample giving 0.3846) and called wrong, where it is a member of numbers (1/(1 +
  e^{-0.21}) = 0.5523, exactly y_3); the next members read right.
- 2, the collector's (the quiz's class, corrected above).

After the lead's fix at the session's end (main f5900ff): 29 of 55 read with every verdict right (53%); 25 refused,
1 misread, no wrong formula called correct. Markdown's block marks before a formula are dropped (the list item's
dash had been read as a minus, calling kaifeng's right updates wrong; GeeksforGeeks' quoted lines were refused). Nothing
else was fixed from this batch: \delta{_2}, \part, \sigma\prime, Ng's dz[2] and W[2]', w_{i,j}(new), F(0.21), the
input-first W_1 are the next session's.

After session 12's fixes from batches 25 and 26 (main e4c578d: fixrows, fixng, fixprime): 54 of 55 read with every
verdict right (98%), no wrong formula called correct. Now read: \part and \prime (MathJax's spellings), a brace group
of scripts alone (\delta{_2}), Ng's dz[2] where the notation lists layers as numbers and g[1]'(z[1]), da/dz between
the notation's gradient names as Leibniz's derivative, w_{i,j}(new), F(0.21) as a member of numbers, a whole matrix
named transposed ("W_{1}" = "W1[:, :].T", which docs/notation.md now allows) and row-vector sums and number lists.
Still refused: smx-s1's (e^z)^1, its message now saying to write the entry e^{z_1}.

What the spec could not express, which a page needed: kaifeng's W_1, the whole matrix written input-first (z_1 = X
W_1 + b_1), whose meaning is W1's transpose (symbols.md has no transpose; entry by entry, "w_{ij}" = "W1[j, i]", is
expressible, the matrix is not); the GeeksforGeeks w_{i,j}(new), a new weight named by a parenthesised word after the
scripts; the softmax note's (e^z)^i, an index written as a power on a parenthesis. The spec's meanings say nothing
of grad(...) and new(...), which docs/notation.md adds.

Which constructs look general (would appear in much homework): Markdown's own syntax around formulas (a quote marker
"> ", a list item "- " read as a minus, which silently calls right updates wrong), Ng's plain-text layers in brackets
(dz[2], W[2]') and his da/dz between his names, \part and \prime (MathJax/KaTeX macros common in Markdown notes, with
\sigma\prime for \sigma'), a named function applied to a number (F(0.21), sigmoid(0.21)), and row vectors in worked
examples ([1, 2] \cdot W). Page-specific: \delta{_2} (braces around a subscript), (e^z)^i, w_{i,j}(new).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch26_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_KAI = "https://github.com/kaifeng/llm-learn (source/part_basics/training/backpropagation.md)"
_GFG = "https://github.com/GMyhf/2025spring-cs201 (LLM/0_xor_bp_neural_net_manual.md)"
_QUIZ = "https://github.com/wdmdev/02506-advanced-image-analysis (solutions/Week08/quiz_solution.py)"
_SMX = "https://github.com/1036225283/doc (ml/reinforcement-learning/softmax.md)"
_IMP = ("the code corpus's stored file 27488744757, \"# Important equations for backpropagation\" (its repository"
        " not named by the index)")
_INTU = ("the code corpus's stored file 11605088859, \"# Backpropagation intuition\" (notes on Ng's lesson; its"
         " repository not named by the index)")
_NIEL = "https://github.com/francoisbonnard/Design-Patterns (datascience/learning.md)"

_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_C3 = tuple({"c": c} for c in range(3))

# kaifeng: dL/dz_2 and dL/dz_1 of L = 1/2 (yhat - y)^2 with sigmoid layers
_KD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_KD1 = f"{_KD2}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
# GeeksforGeeks: its delta is -dE/dz of E = 1/2 (t - y)^2
_GD5 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_GD3 = f"a1[0]*(1 - a1[0])*W2[0,0]*{_GD5}"
_GD4 = f"a1[1]*(1 - a1[1])*W2[0,1]*{_GD5}"
# "Important equations": dC/dz of C = sum_j (a_j - y_j)^2 with sigmoid layers
_ID2 = "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_ID2K = "2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ID1 = ("(W2[0,{j}]*2*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*2*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
        "*a1[{j}]*(1 - a1[{j}])")
# "Backpropagation intuition": dl/da of the binary cross-entropy, and dl/dz
_UDA = "(-y[0]/a1[0] + (1 - y[0])/(1 - a1[0]))"
_UD2 = "(a2[0] - y[0])"
_CE3 = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"

ENTRIES: list[Public] = [
    # ---- kaifeng's worked example (Chinese prose, $...$ inline math): rows [1, 2] and matrices in \begin{bmatrix},
    # W_1 written input-first (z_1 = X \cdot W_1 + b_1), \delta{_2} with its subscript in braces, \approx chains,
    # \leftarrow updates in a list; its slips: sigma(2.4) = 0.9168 written 0.9084, carried into z_2; sigma(1.1835) =
    # 0.7656 written 0.7692, carried into the whole backward pass; dL/dW_1 written in W1's layout (units x inputs)
    # while the page's W_1 is input-first, so its W_1 update subtracts the wrong entries ----------------------------
    Public("kai-z1", _KAI, "b26_kai", "b26_kai_w1",
           r"$z_1 = X \cdot W_1 + b_1 = [1, 2] \cdot \begin{bmatrix}0.5 & 0.6 \\ 0.7 & 0.8\end{bmatrix} + [0.1, 0.2] ="
           r" [1 \times 0.5 + 2 \times 0.7 + 0.1, \, 1 \times 0.6 + 2 \times 0.8 + 0.2] = [2.0, 2.4]$", ((C, C, C, C),),
           (Twin("value", "z1[{j}]", ("(W1 @ x + b1)[{j}]",
                                      "=np.array([1, 2]) @ np.array([[0.5, 0.6], [0.7, 0.8]]) + np.array([0.1, 0.2])",
                                      "=np.array([1*0.5 + 2*0.7 + 0.1, 1*0.6 + 2*0.8 + 0.2])",
                                      "=np.array([2.0, 2.4])"), _J2),), batch=26),
    Public("kai-a1", _KAI, "b26_kai", "b26_kai",
           r"$a_1 = \sigma(z_1) = \left[\frac{1}{1+e^{-2.0}}, \frac{1}{1+e^{-2.4}}\right] \approx [0.8808, 0.9084]$",
           ((C, C, W),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "=np.array([1/(1 + np.exp(-2.0)), 1/(1 + np.exp(-2.4))])",
                                      "=np.array([0.8808, 0.9084])"), _J2),), batch=26,
           why="the line after 隐藏层激活值："),
    Public("kai-z2", _KAI, "b26_kai", "b26_kai",
           r"$z_2 = a_1 \cdot W_2^T + b_2 = [0.8808, 0.9084] \cdot [0.9, 0.1]^T + 0.3 = 0.8808 \times 0.9 + 0.9084"
           r" \times 0.1 + 0.3 \approx 1.1835$", ((C, W, W, W),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + b2[0]",
                                    "=np.array([0.8808, 0.9084]) @ np.array([0.9, 0.1]) + 0.3",
                                    "=0.8808*0.9 + 0.9084*0.1 + 0.3", "=1.1835")),), batch=26),
    Public("kai-yhat", _KAI, "b26_kai", "b26_kai", r"$\hat{y} = \sigma(z_2) = \frac{1}{1+e^{-1.1835}} \approx 0.7692$",
           ((C, W, W),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-1.1835))", "=0.7692")),), batch=26),
    Public("kai-loss", _KAI, "b26_kai", "b26_kai",
           r"$L = \frac{1}{2}(\hat{y} - y)^2 = \frac{1}{2}(0.7692 - 0.5)^2 \approx 0.035$", ((C, W, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2", "=0.5*(0.7692 - 0.5)**2", "=0.035")),),
           batch=26),
    Public("kai-dLdyhat", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial L}{\partial \hat{y}} = (\hat{y} - y) = 0.7692 - 0.5 = 0.2692$", ((C, W, W),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.7692 - 0.5", "=0.2692")),), batch=26,
           why="dL/dyhat, a derivative by an output: a value claim"),
    Public("kai-dyhatdz2", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial \hat{y}}{\partial z_2} = \sigma'(z_2) \approx 0.7692 \times (1 - 0.7692)\approx 0.1776$",
           ((C, W, W),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])", "=0.7692*(1 - 0.7692)", "=0.1776")),), batch=26),
    Public("kai-delta2", _KAI, "b26_kai", "b26_kai",
           r"$\delta{_2} = \frac{\partial L}{\partial z_2} = \frac{\partial L}{\partial \hat{y}} \cdot \frac{\partial"
           r" \hat{y}}{\partial z_2} \approx 0.2692 \times 0.1776 \approx 0.0478$", ((C, C, W, C),),
           (Twin("value", _KD2, (_KD2, _KD2, "=0.2692*0.1776", "=0.0478")),), batch=26,
           why="dL/dz_2 with numbers, twinned as a value"),
    Public("kai-dW2", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial L}{\partial W_2} = \delta{_2} \cdot a_1 = 0.0478 \times [0.8808, 0.9084] \approx [0.0421,"
           r" 0.0434]$", ((C, W, W),),
           (Twin("gradient", "W2[0,{k}]", (f"{_KD2}*a1[{{k}}]", "=0.0478*np.array([0.8808, 0.9084])",
                                           "=np.array([0.0421, 0.0434])"), _K2),), batch=26,
           why="the line after 权重梯度：, without it"),
    Public("kai-dLda1", _KAI, "b26_kai", "b26_kai",
           r"$\frac{\partial L}{\partial a_1} = \delta{_2} \cdot W_2 = 0.0478 \times [0.9, 0.1] \approx [0.0430, 0.0048]$",
           ((C, C, C),),
           (Twin("value", "(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]", (f"{_KD2}*W2[0,{{j}}]", "=0.0478*np.array([0.9, 0.1])",
                                                      "=np.array([0.0430, 0.0048])"), _J2),), batch=26,
           why="dL/da_1, a derivative by a hidden output: a value claim"),
    Public("kai-delta1", _KAI, "b26_kai", "b26_kai",
           r"$\delta{_1} = \frac{\partial L}{\partial z_1} = \frac{\partial L}{\partial a_1} \cdot \frac{\partial a_1}"
           r"{\partial z_1} \approx [0.0430 \times 0.1051, \, 0.0048 \times 0.0833] \approx [0.0045, 0.0004]$",
           ((C, C, W, C),),
           (Twin("value", "(W2.T @ ((a2 - y)*a2*(1 - a2))*a1*(1 - a1))[{j}]", (_KD1, _KD1, "=np.array([0.0430*0.1051, 0.0048*0.0833])",
                           "=np.array([0.0045, 0.0004])"),
                 _J2),), batch=26, why="dL/dz_1 with numbers, twinned as a value; the product of two vectors entrywise"),
    Public("kai-dW1", _KAI, "b26_kai", "b26_kai_w1",
           r"$\frac{\partial L}{\partial W_1} = \delta{_1}^T \cdot X = \begin{bmatrix}0.0045 \\ 0.0004\end{bmatrix}"
           r" \cdot [1, 2] = \begin{bmatrix}0.0045 \times 1 & 0.0045 \times 2 \\ 0.0004 \times 1 & 0.0004 \times"
           r" 2\end{bmatrix} \approx \begin{bmatrix}0.0045 & 0.0090 \\ 0.0004 & 0.0008\end{bmatrix}$", ((W, W, W, W),),
           (Twin("gradient", "W1[{j},{k}]",
                 (f"({_KD2}*W2[0,{{k}}]*a1[{{k}}]*(1 - a1[{{k}}]))*x[{{j}}]",
                  "=(np.array([[0.0045], [0.0004]]) @ np.array([[1, 2]])).T",
                  "=np.array([[0.0045*1, 0.0045*2], [0.0004*1, 0.0004*2]]).T",
                  "=np.array([[0.0045, 0.0090], [0.0004, 0.0008]]).T"), _JK2),), batch=26,
           why="the page's W_1 is input-first (W_1[i, j] joins input i to hidden unit j, the transpose of W1), so its"
               " gradient is X^T delta_1; the page writes delta_1^T X, W1's layout: each member is the transpose of"
               " dL/dW_1 (the twins write the page's matrices transposed into W1's layout)"),
    Public("kai-W2-update", _KAI, "b26_kai", "b26_kai",
           r"- $W_2 \leftarrow W_2 - \eta \cdot \frac{\partial L}{\partial W_2} \approx [0.9-0.0042, 0.1-0.0043] = [0.8958,"
           r" 0.0957]$", ((C, W, C),),
           (Twin("update", "W2[0,{k}]", ("W2[0,{k}] - eta*grad", "=np.array([0.9 - 0.0042, 0.1 - 0.0043])",
                                         "=np.array([0.8958, 0.0957])"), _K2),), batch=26,
           why="a Markdown list item under 参数更新（假设学习率η=0.1）"),
    Public("kai-b2-update", _KAI, "b26_kai", "b26_kai",
           r"- $b_2 \leftarrow b_2 - \eta \cdot \frac{\partial L}{\partial b_2} \approx 0.3 - 0.0048 = 0.2952$",
           ((C, C, C),),
           (Twin("update", "b2[0]", ("b2[0] - eta*grad", "=0.3 - 0.0048", "=0.2952")),), batch=26),
    Public("kai-W1-update", _KAI, "b26_kai", "b26_kai_w1",
           r"- $W_1 \leftarrow W_1 - \eta \cdot \frac{\partial L}{\partial W_1} \approx \begin{bmatrix}0.5-0.0005 &"
           r" 0.6-0.0009 \\ 0.7-0.00004 & 0.8-0.00008\end{bmatrix} \approx \begin{bmatrix}0.4995 & 0.5991 \\ 0.6996 &"
           r" 0.7999\end{bmatrix}$", ((C, W, W),),
           (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",
                                           "=np.array([[0.5 - 0.0005, 0.6 - 0.0009], [0.7 - 0.00004, 0.8 - 0.00008]]).T",
                                           "=np.array([[0.4995, 0.5991], [0.6996, 0.7999]]).T"), _JK2),), batch=26,
           why="the page's W_1 is input-first: the twins write its matrices transposed into W1's layout"),
    Public("kai-delta2-rule", _KAI, "b26_kai", "b26_kai", r"$\delta{_2} = (\hat{y}-y) \cdot \sigma'(z_2)$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=26,
           why="the summary's list item \"- 输出层误差：$...$\", its math only"),
    # ---- the GeeksforGeeks example as the course notes copy it: $$...$$ and "> $...$" quotes with Unicode δ, Δ, −
    # and ×, a chain continued on the next line after a blank one ("=0.67(1−0.67)(−0.17)=−0.0376"), F for the
    # sigmoid, w_{i,j} with a comma, w_{2,3}(new); its slips: a_3 = 0.3 x 0.56 + 0.9 x 0.58 written 0.702 (0.690),
    # y_4 = 0.578 carried as 0.59, delta_4 written -0.0819 (-0.0082), Delta w_{1,1} with its sign dropped and carried
    # into w_{1,1}(new), the listed w_{1,2}(new) -----------------------------------------------------------------------
    Public("gfg-a1", _GFG, "b26_gfg", "b26_gfg", "$$\na_1 = (0.2 \\times 0.35) + (0.2 \\times 0.7) = 0.21\n$$",
           ((C, C),),
           (Twin("value", "z1[0]", ("=(0.2*0.35) + (0.2*0.7)", "=0.21")),), batch=26),
    Public("gfg-y3", _GFG, "b26_gfg", "b26_gfg", "$$\ny_3 = F(0.21) = \\frac{1}{1 + e^{-0.21}} = 0.56\n$$",
           ((C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.21))", "=1/(1 + np.exp(-0.21))", "=0.56")),), batch=26),
    Public("gfg-a2", _GFG, "b26_gfg", "b26_gfg",
           "$$\na_2 = (w_{1,2} \\times x_1) + (w_{2,2} \\times x_2) = (0.3 \\times 0.35) + (0.3 \\times 0.7) = 0.315\n$$",
           ((C, C, C),),
           (Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]", "=(0.3*0.35) + (0.3*0.7)", "=0.315")),),
           batch=26),
    Public("gfg-a3", _GFG, "b26_gfg", "b26_gfg",
           "$$\na_3 = (w_{1,3} \\times y_3) + (w_{2,3} \\times y_4) = (0.3 \\times 0.56) + (0.9 \\times 0.58) = 0.702\n$$",
           ((C, W, W),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=(0.3*0.56) + (0.9*0.58)", "=0.702")),),
           batch=26),
    Public("gfg-y5", _GFG, "b26_gfg", "b26_gfg", "$$\ny_5 = F(0.702) = \\frac{1}{1 + e^{-0.702}} = 0.67\n$$",
           ((W, W, C),),
           (Twin("value", "a2[0]", ("=1/(1 + np.exp(-0.702))", "=1/(1 + np.exp(-0.702))", "=0.67")),), batch=26),
    Public("gfg-error", _GFG, "b26_gfg", "b26_gfg", "> $Error_j=y_{target}−y_5$ ", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=26,
           why="a quoted line, with the page's trailing space; its numbers follow as \"=> 0.5−0.67=−0.17\""),
    Public("gfg-delta5", _GFG, "b26_gfg", "b26_gfg", "> $δ_5=y_5(1−y_5)(y_{target}−y_5)$\n\n=0.67(1−0.67)(−0.17)=−0.0376",
           ((C, C, W),), (Twin("value", _GD5, (_GD5, "=0.67*(1 - 0.67)*(-0.17)", "=-0.0376")),), batch=26,
           why="-dE/dz with numbers, twinned as a value; the chain continues on the line after a blank one"),
    Public("gfg-delta3", _GFG, "b26_gfg", "b26_gfg",
           "> $δ_3=y_3(1−y_3)(w_{1,3}×δ_5)$\n\n=0.56(1−0.56)(0.3×−0.0376)=−0.0027", ((C, C, C),),
           (Twin("value", _GD3, (_GD3, "=0.56*(1 - 0.56)*(0.3*-0.0376)", "=-0.0027")),), batch=26),
    Public("gfg-delta4", _GFG, "b26_gfg", "b26_gfg",
           "> $δ_4=y_4(1−y_4)(w_{2,3}×δ_5)$\n\n=0.59(1−0.59)(0.9×−0.0376)=−0.0819", ((C, C, W),),
           (Twin("value", _GD4, (_GD4, "=0.59*(1 - 0.59)*(0.9*-0.0376)", "=-0.0819")),), batch=26),
    Public("gfg-dw23", _GFG, "b26_gfg", "b26_gfg", "> $Δw_{2,3}=1×(−0.0376)×0.59=−0.022184$", ((W, W),),
           (Twin("value", f"1.0*{_GD5}*a1[1]", ("=1*(-0.0376)*0.59", "=-0.022184")),), batch=26,
           why="the step eta delta_5 y_4, a value claim"),
    Public("gfg-w23-new", _GFG, "b26_gfg", "b26_gfg", "> $w_{2,3}(new)=−0.022184+0.9=0.877816$", ((W, W),),
           (Twin("update", "W2[0,1]", ("=-0.022184 + 0.9", "=0.877816")),), batch=26,
           why="w_{2,3}(new), the new weight, is no pattern the spec can write (a base with scripts)"),
    Public("gfg-dw11", _GFG, "b26_gfg", "b26_gfg", "> $Δw_{1,1}=1×(−0.0027)×0.35=0.000945$", ((C, W),),
           (Twin("value", f"1.0*{_GD3}*x[0]", ("=1*(-0.0027)*0.35", "=0.000945")),), batch=26),
    Public("gfg-w11-new", _GFG, "b26_gfg", "b26_gfg", "> $w_{1,1}(new)=0.000945+0.2=0.200945$", ((W, W),),
           (Twin("update", "W1[0,0]", ("=0.000945 + 0.2", "=0.200945")),), batch=26),
    Public("gfg-w12-new", _GFG, "b26_gfg", "b26_gfg", "- $w_{1,2}(new)=0.273225$", ((W,),),
           (Twin("update", "W1[1,0]", ("=0.273225",)),), batch=26, why="a list item under \"Similarly other weights\""),
    # ---- the quiz solution: Python lines, math.exp, math.log, a # comment; names y1_hat, dLdw22 ----------------------
    Public("quiz-y2", _QUIZ, "b26_quiz", "b26_quiz", "y2 = math.exp(y2_hat)/(math.exp(y1_hat)+math.exp(y2_hat))",
           ((C,),),
           (Twin("value", "a2[1]", ("exp(z2[1])/(exp(z2[0]) + exp(z2[1]))",)),), batch=26),
    Public("quiz-L", _QUIZ, "b26_quiz", "b26_quiz", "L = -math.log(y2) # since we know it belongs to class 2", ((C,),),
           (Twin("value", "-(t[0]*log(a2[0]) + t[1]*log(a2[1]))", ("-log(a2[{c}])",), ({"c": 1},), classes="label"),),
           when="label=1",
           batch=26, why="the class said in the comment: --when \"label=1\" (added after the blind run)"),
    Public("quiz-dLdw22", _QUIZ, "b26_quiz", "b26_quiz", "dLdw22 = h2 * (y2-1)", ((C,),),
           (Twin("gradient", "W2[1,1]", ("a1[1]*(a2[{c}] - 1)",), ({"c": 1},), classes="label"),),
           when="label=1", batch=26, why="the line after \"# partial derivative, we know that t2 = 1\": --when"
                                          " \"label=1\" (added after the blind run)"),
    # ---- the softmax note: $...$ with (e^z)^i for e^{z_i}, ln, * for the product, \sum_i^N; "loss=-y^i/s^i" where
    # the derivative is meant ------------------------------------------------------------------------------------------
    Public("smx-s1", _SMX, "b26_smx", "b26_smx", r"$s^1=\frac{(e^z)^1}{(e^z)^1+(e^z)^2+(e^z)^3}$", ((C,),),
           (Twin("value", "a1[0]", ("exp(z1[0])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",)),), batch=26,
           why="(e^z)^i, the note's e^{z_i}: no pattern the spec can write names it"),
    Public("smx-loss", _SMX, "b26_smx", "b26_smx", r"$loss={-\sum_i^Ny^i*ln(s^i)}$", ((C,),),
           (Twin("value", _CE3, (_CE3,)),), batch=26),
    Public("smx-loss-i", _SMX, "b26_smx", "b26_smx_label", r"$loss=-y^i*ln(s^i)$", ((C,),),
           (Twin("value", _CE3, ("-t[{c}]*log(a1[{c}])",), _C3, classes="label"),), batch=26,
           why="after \"通常只有一个期望是1\" (usually only one target is 1): i the class whose target is 1"),
    Public("smx-loss-deriv", _SMX, "b26_smx", "b26_smx_label", r"$loss=-\frac{y^i}{s^i}$", ((W,),),
           (Twin("value", _CE3, ("-t[{c}]/a1[{c}]",), _C3, classes="label"),), batch=26,
           why="the derivative of the loss by s^i written as the loss"),
    # ---- "Important equations for backpropagation": lines of a $$ block ending with \\ or joined by \quad, \part for
    # \partial, \sigma\prime, \space, \odot ------------------------------------------------------------------------
    Public("imp-deltaLj", _IMP, "b26_imp", "b26_imp",
           r"\delta^L_j = \frac{\part C}{\part z^L_j} = \frac{\part C}{\part a^L_j} \frac{\part a^L_j}{\part z^L_j} \\",
           ((C, C),), (Twin("gradient_z", "z2[{j}]", (_ID2, _ID2), _J2),), batch=26,
           why="a line of a $$ block, with its closing \\\\"),
    Public("imp-deltaL", _IMP, "b26_imp", "b26_imp", r"\delta^L = 2(a^L - y)\odot \sigma\prime(z^L)", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_ID2,), _J2),), batch=26, why="the $$ block's last line"),
    Public("imp-deltaL1", _IMP, "b26_imp", "b26_imp", r"\delta^{L-1} =((w^L)^T\space\delta^L) \odot\sigma\prime(z^{L-1})",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_ID1,), _J2),), batch=26),
    Public("imp-dwjk", _IMP, "b26_imp", "b26_imp", r"\frac{\part C}{\part w^L_{jk}} = a^{L-1}_k \space \delta^L_j",
           ((C,),),
           (Twin("gradient", "W2[{j},{k}]", (f"a1[{{k}}]*{_ID2}",), _JK2),), batch=26,
           why="the first of a line's three equations joined by \\quad"),
    Public("imp-db", _IMP, "b26_imp", "b26_imp", r"\frac{\part C}{\part b^L} = \delta^L", ((C,),),
           (Twin("gradient", "b2[{j}]", (_ID2,), _J2),), batch=26, why="the block's last line"),
    Public("imp-b-update", _IMP, "b26_imp", "b26_imp",
           r"b^L=b^L - \eta \frac{\part C}{\part b^L} =b^L - \eta \delta^L", ((C, C),),
           (Twin("update", "b2[{j}]", ("b2[{j}] - eta*grad", "b2[{j}] - eta*grad"), _J2),), batch=26),
    # ---- "Backpropagation intuition": plain text, d/da, dl/dz, g'(z), Ng's names da, dz, dw, db; a // comment; the
    # two layers' code block with W[2]' for the transpose, .* and layers in brackets; its slip: (1-y)/1-a for
    # (1-y)/(1-a) -----------------------------------------------------------------------------------------------------
    Public("intu-dda", _INTU, "b26_intu1", "b26_intu1", "d/da l(a,y) = -y/a + (1-y)/1-a = da", ((W, C),),
           (Twin("value", _UDA, ("-y[0]/a1[0] + (1 - y[0])/1 - a1[0]", _UDA)),), batch=26,
           why="dl/da, a value claim; (1-y)/1-a is (1 - y) - a as written"),
    Public("intu-dldz", _INTU, "b26_intu1", "b26_intu1", "dl/dz = dl/da * da/dz", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"{_UDA}*a1[0]*(1 - a1[0])",)),), batch=26),
    Public("intu-dadz", _INTU, "b26_intu1", "b26_intu1", "da/dz = d/dz g(z) = g'(z)", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])")),), batch=26),
    Public("intu-dz", _INTU, "b26_intu1", "b26_intu1", "dz = da * g'(z)", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"{_UDA}*a1[0]*(1 - a1[0])",)),), batch=26),
    Public("intu-dw", _INTU, "b26_intu1", "b26_intu1", "dw = dz x", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K2),), batch=26),
    Public("intu-db", _INTU, "b26_intu1", "b26_intu1", "db = dz // For a single training example", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=26),
    Public("intu-dz2", _INTU, "b26_intu2", "b26_intu2", "dz[2] = a[2] - y", ((C,),),
           (Twin("gradient_z", "z2[0]", (_UD2,)),), batch=26, why="a line of a ``` block"),
    Public("intu-dw2", _INTU, "b26_intu2", "b26_intu2", "dw[2] = dz[2] a[1]'", ((C,),),
           (Twin("gradient", "W2[0,{k}]", (f"{_UD2}*a1[{{k}}]",), _K2),), batch=26),
    Public("intu-dz1", _INTU, "b26_intu2", "b26_intu2", "dz[1] = W[2]' * dz[2] .* g[1]'(z[1])", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"W2[0,{{j}}]*{_UD2}*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=26),
    Public("intu-dw1", _INTU, "b26_intu2", "b26_intu2", "dw[1] = dz[1] * x'", ((C,),),
           (Twin("gradient", "W1[{j},{k}]", (f"W2[0,{{j}}]*{_UD2}*a1[{{j}}]*(1 - a1[{{j}}])*x[{{k}}]",), _JK2),),
           batch=26),
    # ---- Nielsen's chapter 2 as the notes copy it: $...$ with trailing spaces, \sum _k with a space, ||...||^2 -------
    Public("niel-a-rule", _NIEL, "b26_niel", "b26_niel", r"$a_j^l = \sigma (\sum _k w^l_{jk}a^{l-1}_k + b^l_j)  $",
           ((C,),),
           (Twin("value", "a2[{j}]", ("sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}])",), _J2),), batch=26),
    Public("niel-Cx", _NIEL, "b26_niel", "b26_niel",
           r"$C_x = \frac{1}{2} ||y-a^L||^2 = \frac{1}{2n}\sum_j||y_j  - a^L_j||^2  $", ((C, C),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)")),),
           batch=26, why="n the training examples, one here: the 1/(2n) of C (not C_x) is then right"),
]
