r"""Batch 59 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 addresses no earlier batch used (the "pages" corpus: itisexplained.com's chapter 5 on a two-layer
network, ai.stackexchange 26920 asking about that chapter's update rule, and Nemotron-CC-Math-v1's copy of the same
thread holding its answer's derivation (named by its title after the data set's address, as in the batches before),
Cross Validated 601317 on the binary cross-entropy's backpropagation, flashlight 0.0.12's backprop_explanation.txt
(docs.rs), bicky055's, Saashiv-Valjee's, cosmological01's and jordan-carson's repository pages, community.deeplearning.ai
thread 290850, and three more of Nemotron's copies: "Backpropagation Algorithm in Neural Networks with ReLU
Activation", "Neural Network Loss and Activation Derivatives" and "How to Calculate Error for Hidden Layers"), copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch59_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the
verdicts written down) and committed before check was. Every notation was loaded with its network
(backprop.symbolic.notation_loading.load_notation) before the run, reading no formula. Lines keep their delimiters,
their indentation, a code line's trailing comment and a sentence's words around a formula; what was left out is
said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 59

The batch: 57 formulas (59 claims: the deeplearning.ai mentor's sentence holds a = g^{[1]}(z) and g^{[1]}'(Z^{[1]}) =
1 - a^2, Cross Validated's first row Z_j = ... and dZ_j/dV_ij = ...), 47 values (forward values and losses, NumPy
lines, local derivatives: dv/dv, dv/dw^2, dZ_j/dV_ij, dY_k/dV_ij, flashlight's &C/&A[L], &Z[L]/&W[L] and
&Z[L]/&A[L-1] as fractions drawn over three lines, sigma'(x), ReLU'(x) in cases, dMSE/d\hat{y}_i,
dCross-Entropy/d\hat{y}_i, da_dz, g^{[1]}'(Z^{[1]}); the hidden error dhidden, and the deltas delta_output,
delta_hidden and error_term, -dL/dz, as values), 1 delta dCost/dz_i, 10 gradients and 1 update (W^{l-1}_{new} =
W^{l-1}_{old} - learningRate* \delta C_0/ \delta w^{l-1}). 34 are LaTeX (\[\mathbf{...}\] with \rightarrow (A) tags
and \mathbb (B), $$ ... \quad \rightarrow (Eq \;B.1) $$, a \begin{align} block's rows with \rightarrow between two
claims, a primed index j', \sum(w^2 \otimes a^1), \text{t(hidden.layer)} and \text{colSums(dscores)} (R's transpose
and column sums), \text{act}_2, \mathcal{L}, \text{Cross-Entropy}, cases, subscripts holding words and a nested
subscript, w_{\text{hidden to output}_k}, \nabla{w_{ij}}) and 23 plain text or code (Python and NumPy, x @ weight1, a
trailing # comment glued to the code, Unicode ∂, ×, · and subscripts ₁ ₂ ₃, words in parentheses after a formula,
flashlight's & for the partial sign and its fractions drawn over three lines with dashes, -[...] brackets, A(1-A), a
statement's ;, a sentence's 1−a^2 with U+2212 and a spaced prime ′).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- aise-eqB: the answer's \frac{\partial C}{\partial w^2} = \frac{\partial v}{\partial v} \cdot \frac{\partial v}{\partial
  w^2}, dv/dv (one) where dC/dv belongs: the right side is dv/dw^2 = -da^2/dw^2, not dC/dw^2;
- aise-B1: the same slip's \frac{\partial v}{\partial v} = 2v (dv/dv is 1; 2v would be d(v^2)/dv);
- cv-E: Cross Validated's E = -\sum_{k} Q_k\log Y_k+(1-Q_{k})\log(1-Y_k), the minus sign and the sum's brackets
  dropped: the second term is added, whichever way the sum reaches;
- jordan-nabla: the notes' \nabla{w_{ij}} = \eta * \delta_{j} * x_{i}, the weight step Delta w written with the
  gradient's nabla: dE/dw_ij is -delta_j x_i, without eta.

What the spec could not express, which a page needed (left out): the question's derv_sigmoid(a2) (a function of the
output, x*(1-x), which a notation can name neither as an activation nor as a pattern) in dC_dw2 = delta2 *
derv_sigmoid(a2) and its comment "Eq (A) ---> dC_dw2 = delta2*derv_sigmoid(z2)"; jordan-carson's output_grad =
sigmoid_prime(h) likewise (output_grad is named by its meaning instead); Cross Validated's Y_k row, whose b_k a
pattern cannot tell from the hidden layer's b_j (a placeholder matches any letter); flashlight's "sig`(Z[L])
=math_shananigans= ..." and "delta * (W[L])^T? * ..." (one-offs); the Nemotron iris page's dscores \leftarrow
\frac{dscores}{batchsize} (an assignment to a gradient, not a claim); Saashiv's z_i = A_{i-1} W_i + B_i, whose W_i
(inputs x outputs, rows of samples) a meaning cannot transpose. Open to question, though the spec seems to allow them:
names with a digit before a script for the question's NumPy matrices, "weight1_{ij}" (docs/notation.md's "W1_{ij}";
"weight1[i][j]" is refused when loaded: a name of letters and digits is the letters with the digits as subscript);
the answer's v^2_j, a power of the pattern v_j; flashlight's A[L] in code's brackets for the layer (batch 50's
"A[l]"); names whose meaning is an expression (cosmological01's exp_scores = exp(z1), da_dz = a(1 - a); jordan-carson's
error and output_grad), and the Nemotron hidden-layer post's nested subscripts \text{output}_k inside a subscript.

Collected on 2026-12-05 (07:09 to 07:18 by the machine's clock), and run blind once at main 3b0912a
(READY_FOR_BLIND17), with nothing under src/ changed (the output saved in /work/batch59_blind.txt): 39 of 57 read with
every verdict right (68%); 17 refused; 1 misread, a right member called wrong; no crash; NO WRONG FORMULA CALLED
CORRECT. Of the 4 mistaken formulas, 2 read with every verdict right (cv-E, jordan-nabla), 2 refused (aise-eqB,
aise-B1). By kind of claim: values 33 of 45 formulas, gradients 4 of 10, the update 1 of 1, the delta 1 of 1. LaTeX
against plain text: the 34 formulas in LaTeX read 22 (65%), the 23 in plain text or code 17 (74%). By page:
itisexplained 1 of 3, ai.stackexchange 26920's question 4 of 4 and Nemotron's copy of its answer 2 of 8, Cross
Validated 601317 3 of 3, flashlight 3 of 6, Nemotron's iris page 1 of 4, bicky055 3 of 4, Saashiv-Valjee 4 of 4,
cosmological01 4 of 5, Nemotron's "Neural Network Loss and Activation Derivatives" 8 of 8, deeplearning.ai 290850 0 of
1, jordan-carson 4 of 5, Nemotron's "How to Calculate Error for Hidden Layers" 2 of 2.

The misread (1, a right member called wrong):

- aise-z2sum, ``$$ z^2 = \sum(w^2 \otimes a^1) $$``: called wrong. The answer means \otimes entrywise (its next line:
  z^2 = \sum(k^2), k^2 = w^2 \otimes a^1), and \sum of a vector the sum of its entries; \otimes is more often the
  outer (Kronecker) product, whose entries' sum is (sum w)(sum a), so the page's own usage is the unusual one: a
  reading that could go both ways, which check should refuse rather than judge one way.

The refusals by construct (17):

- 6: an equation's tag after \quad \rightarrow, read as mathematics: ``\quad \rightarrow (Eq \;A)`` (aise-CA, aise-eqB,
  aise-B1, aise-B2, aise-B): "unknown symbol E; the notation knows a, v, w, y, z; ..."; ``\quad \rightarrow (A) }``
  (itx-A): "unknown symbol A; the notation knows W, a, w, y, z; ...". General (a derivation's equations labelled
  with an arrow and a name, as batch 31's (5.19) and batch 33's "1 - " were a line's label).
- 1: the same tag as ``\rightarrow \mathbb (B) }`` (itx-B): "unexpected at ')' (position 114)" (\mathbb before a
  space and a parenthesis: the page's slip inside the tag).
- 3: a fraction drawn over three lines of plain text with dashes, & the partial sign (flash-dCdA, flash-dZdA,
  flash-dZdW): "formula 'C ----- = -(Y/A[L] - (1-Y)/(1-A[L])) A[L]': unexpected at '=' (position 9)". The file's
  own drawing (plain-text notes sometimes draw fractions so; the & for \partial is this file's).
- 2: R's transpose t(...) in \text{} (iris-dW2, iris-dhidden): "unknown symbol t(hidden.layer); the notation knows
  W2, dW2, db, dhidden, dscores, hidden.layer, t, y; give it the quantity of symbols.md it stands for ...". 1: R's
  colSums(...) in \text{} (iris-db2): "unknown symbol colSums(dscores); ...". R code's functions written inside
  LaTeX: general to R users, rare in these pages.
- 1: a remark in parentheses after a plain-text formula, ``a = activation(z) (like sigmoid or ReLU)`` (bicky-a):
  "unknown symbol l; the notation knows a, b, w, x, z; l is an index letter of the notation ..." (the note's
  ``z = w·x + b (linear transformation)`` read). General.
- 1: a Python comment glued to the code, ``da_dz = a*(1-a)# sensitivity depends on output`` (cosmo-dadz): "cannot
  read '#' at position 16; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)". General in code.
- 1: "if ... then" in a sentence, ``Remember that if a=g^{[1]}(z) then g^{[1]} ′(Z^{[1]})=1−a^2 .`` (planar-gprime):
  "'if' before 'a=g^{[1]}(z) then g^{[1]} ′(Z^{[1]})=1−a^2' in the sentence makes the equation a condition, which
  check does not judge; write each claim apart from the sentence's words". General (a definition stated as a
  condition, the claim after "then").
- 1: a sum over the data points with no bound, ``\sum_{\mu} \sum_j`` (jordan-E): "a sum over the samples has no
  bound, so nothing says how many it adds: ... give N its value in the notation ("N" = "1", the one sample check
  reads), or, if the page's loss is their total, write reduction = "sum" in the file's [update]". The notation gave
  the page's mu no count (the page writes none, and no N); general (Udacity's and many notes' sum over mu).

None of the notations was outside the spec's grammar (each was loaded with its network before the run), so the blind
run stays the one reported. Which look general: the equation tag after an arrow (6 of the 17), a remark in
parentheses after a formula, a code comment glued to the code, if/then around a claim, an unbounded sum over the
data points, \otimes as entrywise; page-specific: flashlight's ASCII fractions with &, R's t() and colSums() in
\text{}, the \mathbb (B) slip.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch59_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_ITX = "https://itisexplained.com/html/NN/ml/5_codingneuralnetwork/"
_AISE = "https://ai.stackexchange.com/questions/26920/in-gradient-descents-update-rule-why-do-we-use-sigmazl-1-frac-delta-c"
_AISE_COPY = (_NEMOTRON + r" (In Gradient Descent's Update Rule, Why Do We Use $\sigma(z^{l-1})\frac{\delta C_0}{ \delta"
              r" w^{l}}$ Instead of $\frac{\delta C_0}{\delta w^{l}}$?)")
_CV601317 = "https://stats.stackexchange.com/questions/601317/backpropagation-with-binary-cross-entropy-loss-formula"
_FLASH = "https://docs.rs/crate/flashlight/0.0.12/source/backprop_explanation.txt"
_IRIS = f"{_NEMOTRON} (Backpropagation Algorithm in Neural Networks with ReLU Activation)"
_BICKY = "https://github.com/bicky055/Deep-Learning-Playlist"
_SAASHIV = "https://github.com/Saashiv-Valjee/NN_Scratch"
_COSMO = "https://github.com/cosmological01/AI-ML-Repository-"
_DERIVS = f"{_NEMOTRON} (Neural Network Loss and Activation Derivatives)"
_PLANAR = "https://community.deeplearning.ai/t/w3-a1-dimensional-analysis-shapes-not-aligned/290850"
_JORDAN = "https://github.com/jordan-carson/DeepLearning"
_HIDDEN = f"{_NEMOTRON} (How to Calculate Error for Hidden Layers)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_J6 = tuple({"j": j} for j in range(6))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KJI2 = tuple({"k": k, "j": j, "i": i} for k in range(2) for j in range(2) for i in range(2))
_KJ36 = tuple({"k": k, "j": j} for k in range(3) for j in range(6))
_I2J0 = tuple({"i": i, "j": 0} for i in range(2))

# the answer's dv/dw^2 = -da^2/dw^2 for the output's weight j (a sigmoid output, no bias)
_DV_DW2 = "-a2[0]*(1 - a2[0])*a1[{j}]"
# Cross Validated's dY_k/dV_ij = Y_k (1 - Y_k) W_jk X_i Z_j (1 - Z_j)
_DY_DV = "a2[{k}]*(1 - a2[{k}])*W2[{k},{j}]*x[{i}]*a1[{j}]*(1 - a1[{j}])"
# the binary cross-entropy of a sigmoid output by that output, -(y/a - (1 - y)/(1 - a))
_DBCE = "-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0]))"

ENTRIES = [
    # ---- itisexplained.com's chapter 5: \[\mathbf{...}\] with \quad \rightarrow (A) and \mathbb (B) tags; the page
    # writes (A) and (B) on one line, two \[ ... \] blocks a space apart: one entry each -----------------------------
    Public("itx-A", _ITX, "b59_itx", "b59_itx",
           r"\[\mathbf{ \frac {\partial C}{\partial w^2} = a^1* \sigma' (z^{2})*(a^2-y) \quad \rightarrow (A) }\]",
           ((C,),), (Twin("gradient", "W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=59),
    Public("itx-B", _ITX, "b59_itx", "b59_itx",
           r"\[\mathbf{ \frac {\partial C}{\partial w^1} =a^0* \sigma'(z^1)*(a^2-y).\sigma'(z^2).w^2 \quad \rightarrow"
           r" \mathbb (B) }\]", ((C,),),
           (Twin("gradient", "W1[0,0]", ("x[0]*a1[0]*(1 - a1[0])*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]",)),),
           batch=59, why="a^0 the input x; the dot between factors the product"),
    Public("itx-update", _ITX, "b59_itx", "b59_itx",
           r"\[W^{l-1}_{new} = W^{l-1}_{old} - learningRate* \delta C_0/ \delta w^{l-1}\]", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=59,
           why="\\delta as the partial sign, the derivative written with /; l the output layer (x -> a^{l-1} -> a^l)"),
    # ---- ai.stackexchange 26920, the question's NumPy (its forward pass, indented two spaces in the loop) ------------
    Public("aise-z1", _AISE, "b59_xor3", "b59_aise_code", "  z1= x @ weight1", ((C,),),
           (Twin("value", "z1[{j}]", ("np.dot(W1[{j}], x)",), _J4),), batch=59,
           why="x a row of one sample, weight1 (3 x 4) input-first"),
    Public("aise-a1", _AISE, "b59_xor3", "b59_aise_code", "  a1 = sigmoid(z1) ", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J4),), batch=59),
    Public("aise-z2", _AISE, "b59_xor3", "b59_aise_code", "  z2= a1 @ weight2", ((C,),),
           (Twin("value", "z2[0]", ("np.dot(W2[0], a1)",)),), batch=59),
    Public("aise-a2", _AISE, "b59_xor3", "b59_aise_code", "  a2 = sigmoid(z2) ", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=59),
    # ---- Nemotron's copy of the same thread: the answer's derivation, $$ ... \quad \rightarrow (Eq \;B.1) $$ --------
    Public("aise-C", _AISE_COPY, "b59_xor3", "b59_aise_answer", r"$$ C = \frac{1}{2} \sum_j (y_j-a^2_j)^2 $$",
           ((C,),), (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=59),
    Public("aise-a2sigma", _AISE_COPY, "b59_xor3", "b59_aise_answer", r"$$ a^2 = \sigma(w^2 \cdot a^1) $$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(np.dot(W2[0], a1))",)),), batch=59),
    Public("aise-CA", _AISE_COPY, "b59_xor3", "b59_aise_answer",
           r"$$ C = \frac{1}{2} \sum_j v^2_j \quad \rightarrow (Eq \;A) $$", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=59,
           why="v = y - a^2, the page's next line"),
    Public("aise-eqB", _AISE_COPY, "b59_xor3", "b59_aise_answer",
           r"$$ \frac{\partial C}{\partial w^2} = \frac{\partial v}{\partial v} \cdot \frac{\partial v}{\partial w^2}"
           r" \quad \rightarrow (Eq \;B) $$", ((W,),),
           (Twin("gradient", "W2[0,{j}]", (f"1*({_DV_DW2})",), _J4),), batch=59,
           why="dv/dv (one) where dC/dv belongs: the right side is dv/dw^2 = -da^2/dw^2, not dC/dw^2"),
    Public("aise-B1", _AISE_COPY, "b59_xor3", "b59_aise_answer", r"$$ \frac{\partial v}{\partial v} = 2v \quad"
           r" \rightarrow (Eq \;B.1) $$", ((W,),), (Twin("value", "1", ("2*(y[0] - a2[0])",)),), batch=59,
           why="dv/dv is one; 2v is d(v^2)/dv (and dC/dv is v, C having its 1/2)"),
    Public("aise-B2", _AISE_COPY, "b59_xor3", "b59_aise_answer",
           r"$$ \frac{\partial v}{\partial w^2} = \frac{\partial (y-a^2)}{\partial w^2} = 0 - \frac{\partial a^2}"
           r"{\partial w^2} \quad \rightarrow (Eq \;B.2) $$", ((C, C),),
           (Twin("value", _DV_DW2, (_DV_DW2, _DV_DW2), _J4),), batch=59,
           why="corrected by the lead after the blind run: the chain's members are its two right sides (the left "
               "side is what they are judged against, as cv-dYdV's), the collector listed three"),
    Public("aise-B", _AISE_COPY, "b59_xor3", "b59_aise_answer",
           r"$$ \frac{\partial C}{\partial w^2} = \frac{1}{2} \cdot 2v \cdot \left(0 - \frac{\partial a^2}{\partial w^2}"
           r"\right) \quad \rightarrow (Eq \;B) $$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"0.5*2*(y[0] - a2[0])*({_DV_DW2})",), _J4),), batch=59),
    Public("aise-z2sum", _AISE_COPY, "b59_xor3", "b59_aise_answer", r"$$ z^2 = \sum(w^2 \otimes a^1) $$", ((C,),),
           (Twin("value", "z2[0]", ("np.sum(W2[0]*a1)",)),), batch=59,
           why="\\otimes the entrywise product, \\sum of a vector its entries' sum"),
    # ---- Cross Validated 601317: the answer's \begin{align} block, one entry a row (\begin{align} and the rows'
    # \\ left out); \rightarrow between a row's two claims -------------------------------------------------------------
    Public("cv-Z", _CV601317, "b59_cv601317", "b59_cv601317",
           r"Z_j&=\sigma\left(\sum_{i=1}^{n_{input}} X_iV_{ij}+b_j\right)\rightarrow \frac{\partial Z_j}{\partial V_{ij}}"
           r"=X_iZ_j(1-Z_j)", ((C,), (C,)),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _JI2),
            Twin("value", "x[{i}]*a1[{j}]*(1 - a1[{j}])", ("x[{i}]*a1[{j}]*(1 - a1[{j}])",), _JI2)), batch=59,
           why="the block's first row; n_{input} the number of inputs"),
    Public("cv-dYdV", _CV601317, "b59_cv601317", "b59_cv601317",
           r"\frac{\partial Y_k}{\partial V_{ij}}&=\sum_{j'=1}^{n_{hidden}}\frac{\partial Y_k}{\partial Z_{j'}}"
           r"\frac{\partial Z_{j'}}{\partial V_{ij}}=\frac{\partial Y_k}{\partial Z_{j}}\frac{\partial Z_j}{\partial V_{ij}}"
           r"=Y_k(1-Y_k)W_{jk}X_iZ_j(1-Z_j)", ((C, C, C),),
           (Twin("value", _DY_DV, (_DY_DV, _DY_DV, _DY_DV), _KJI2),), batch=59,
           why="the block's third row: the sum over j' has one term that depends on V_ij, j' = j"),
    Public("cv-E", _CV601317, "b59_cv601317", "b59_cv601317",
           r"E&=-\sum_{k=1}^{n_{out}}Q_k\log Y_k+(1-Q_{k})\log(1-Y_k)", ((W,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]) + y[1]*log(a2[1]) + (1 - y[1])*log(1 - a2[1]))",
                 ("-(y[0]*log(a2[0]) + y[1]*log(a2[1])) + (1 - y[{k}])*log(1 - a2[{k}])",), _K2),), batch=59,
           why="the block's fourth row up to its \\rightarrow (the stored page cuts it there): the brackets around the"
               " sum's two terms dropped, so (1 - Q_k) log(1 - Y_k) is added, not subtracted, however far the sum"
               " reaches"),
    # ---- flashlight 0.0.12's backprop_explanation.txt: plain text, & the partial sign, fractions drawn over three
    # lines with dashes ----------------------------------------------------------------------------------------------
    Public("flash-dCdA", _FLASH, "b59_flash", "b59_flash", "&C\n----- = -(Y/A[L] - (1-Y)/(1-A[L]))\n&A[L]", ((C,),),
           (Twin("value", _DBCE, (_DBCE,)),), batch=59, why="dC/dA[L], drawn as a fraction over three lines"),
    Public("flash-chain", _FLASH, "b59_flash", "b59_flash",
           "-(Y/A - (1-Y)/(1-A)) * A(1-A) = -[Y(1-A) - (1-Y)*A] = -[Y - YA - A + YA] = -[Y - A] = A - Y",
           ((C, C, C, C),),
           (Twin("value", f"{_DBCE}*a2[0]*(1 - a2[0])",
                 ("-(y[0]*(1 - a2[0]) - (1 - y[0])*a2[0])", "-(y[0] - y[0]*a2[0] - a2[0] + y[0]*a2[0])",
                  "-(y[0] - a2[0])", "a2[0] - y[0]")),), batch=59,
           why="dC/dA times dA/dZ, A the output A[L] and Y the label: every step is dC/dZ[L]"),
    Public("flash-z", _FLASH, "b59_flash", "b59_flash", "Z[L] = W[L] * A[L-1] + b[L];", ((C,),),
           (Twin("value", "z2[0]", ("np.dot(W2[0], a1) + b2[0]",)),), batch=59),
    Public("flash-a", _FLASH, "b59_flash", "b59_flash", "A[L-1] = sig(Z[L-1])", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=59),
    Public("flash-dZdA", _FLASH, "b59_flash", "b59_flash",
           "&Z[L]\n------- = W[L] (treat A[L-1] as constant and b[L] is constant, so we skip them)\n&A[L-1]", ((C,),),
           (Twin("value", "W2[0,{j}]", ("W2[0,{j}]",), _J2),), batch=59, why="its words in parentheses kept"),
    Public("flash-dZdW", _FLASH, "b59_flash", "b59_flash",
           "&Z[L]\n----- = A[L-1] (because we treat W as const and b is const, so we get A[L-1])\n&W[L]", ((C,),),
           (Twin("value", "a1[{j}]", ("a1[{j}]",), _J2),), batch=59,
           why="dZ[L]/dW[L] entry by entry: the output's sum by its weight from hidden unit j"),
    # ---- Nemotron's "Backpropagation Algorithm in Neural Networks with ReLU Activation": \text{Cost}, R's t() and
    # colSums() in \text{}, shapes in \text{[6 x 3] matrix} ------------------------------------------------------------
    Public("iris-dcost", _IRIS, "b59_iris", "b59_iris", r"\[ \frac{\partial \text{Cost}}{\partial z_i} = y_i - t_i \]",
           ((C,),), (Twin("gradient_z", "z2[{i}]", ("a2[{i}] - t[{i}]",), _I3),), batch=59,
           why="y_i the predicted probability, t_i the target"),
    Public("iris-dW2", _IRIS, "b59_iris", "b59_iris",
           "   \\[\n   dW2 = \\text{t(hidden.layer)} \\times \\text{dscores} \\quad \\text{[6 x 3] matrix}\n   \\]",
           ((C,),), (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])",), _KJ36),), batch=59,
           why="t(...) R's transpose: hidden.layer a row, dW2 hidden-first (6 x 3) as R's W2 is"),
    Public("iris-db2", _IRIS, "b59_iris", "b59_iris",
           "   \\[\n   db2 = \\text{colSums(dscores)} \\quad \\text{[3-element vector]}\n   \\]", ((C,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=59,
           why="colSums over one example's row: dscores itself"),
    Public("iris-dhidden", _IRIS, "b59_iris", "b59_iris",
           "   \\[\n   dhidden = \\text{dscores} \\times \\text{t(W2)} \\quad \\text{[90 x 6] matrix}\n   \\]", ((C,),),
           (Twin("value", "np.dot(W2[:, {j}], a2 - t)", ("np.dot(W2[:, {j}], a2 - t)",), _J6),), batch=59,
           why="dCost/d(hidden.layer) before the ReLU's mask; the page's 90 examples, one here"),
    # ---- bicky055's Deep-Learning-Playlist note: plain text with Unicode ∂, ×, ·, subscripts ₁ ₂ ₃, and words in
    # parentheses after a formula ----------------------------------------------------------------------------------
    Public("bicky-z", _BICKY, "b59_bicky1", "b59_bicky1", "z = w·x + b (linear transformation)", ((C,),),
           (Twin("value", "z1[0]", ("np.dot(W1[0], x) + b1[0]",)),), batch=59),
    Public("bicky-a", _BICKY, "b59_bicky1", "b59_bicky1", "a = activation(z) (like sigmoid or ReLU)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=59),
    Public("bicky-chain", _BICKY, "b59_bicky1", "b59_bicky1", "∂L/∂w = ∂L/∂a × ∂a/∂z × ∂z/∂w", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=59),
    Public("bicky-deep", _BICKY, "b59_bicky3", "b59_bicky3",
           "∂L/∂w₁ = ∂L/∂a₃ × ∂a₃/∂z₃ × ∂z₃/∂a₂ × ∂a₂/∂z₂ × ∂z₂/∂a₁ × ∂a₁/∂z₁ × ∂z₁/∂w₁", ((C,),),
           (Twin("gradient", "W1[0,0]", ("(a3[0] - y[0])*a3[0]*(1 - a3[0])*W3[0,0]*a2[0]*(1 - a2[0])*W2[0,0]"
                                         "*a1[0]*(1 - a1[0])*x[0]",)),), batch=59),
    # ---- Saashiv-Valjee's NN_Scratch notes: $$ on lines of their own, \mathcal{L}, \text{act}_2, \ln --------------
    Public("saashiv-loss", _SAASHIV, "b59_saashiv", "b59_saashiv",
           "$$\n\\mathcal{L} = \\frac{1}{M} \\sum_{i=1}^{M} -\\left( y_i \\ln(\\hat{y}_i) + (1 - y_i) \\ln(1 - \\hat{y}_i)"
           " \\right)\n$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=59, why="M samples, one here"),
    Public("saashiv-yhat", _SAASHIV, "b59_saashiv", "b59_saashiv", "$$\n\\hat{y}_i = \\text{act}_2(z_i)\n$$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=59,
           why="\"the network output at node i\": act_2 the output layer's sigmoid"),
    Public("saashiv-chain", _SAASHIV, "b59_saashiv", "b59_saashiv",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial W_i} = \\frac{\\partial \\mathcal{L}}{\\partial \\hat{y}_i} \\cdot"
           " \\frac{\\partial \\hat{y}_i}{\\partial z_i} \\cdot \\frac{\\partial z_i}{\\partial W_i}\n$$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_DBCE}*a2[0]*(1 - a2[0])*a1[{{j}}]",), _J3),), batch=59),
    Public("saashiv-bce", _SAASHIV, "b59_saashiv", "b59_saashiv",
           "$$\n\\mathcal{L}(\\hat{y}, y) = -\\left[ y \\log(\\hat{y}) + (1 - y) \\log(1 - \\hat{y}) \\right]\n$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=59),
    # ---- cosmological01's AI-ML-Repository notebook: its toy cells' Python, each at its own numbers ---------------
    Public("cosmo-linear", _COSMO, "b59_cosmo_linear", "b59_cosmo_linear", "y = W*x +b", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=59,
           why="x,W,b = 2.0,3.0,1.0; y the output (7.0)"),
    Public("cosmo-sigmoid", _COSMO, "b59_cosmo_sigmoid", "b59_cosmo_unit", "a = sigmoid(z)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=59, why="z = 1.2"),
    Public("cosmo-dadz", _COSMO, "b59_cosmo_sigmoid", "b59_cosmo_unit",
           "da_dz = a*(1-a)# sensitivity depends on output", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=59,
           why="the comment glued to the code after #"),
    Public("cosmo-relu", _COSMO, "b59_cosmo_relu", "b59_cosmo_unit", "a = relu(z)", ((C,),),
           (Twin("value", "a1[0]", ("relu(z1[0])",)),), batch=59, why="z = -0.5"),
    Public("cosmo-probs", _COSMO, "b59_cosmo_softmax", "b59_cosmo_softmax", "probs = exp_scores/np.sum(exp_scores)",
           ((C,),), (Twin("value", "a1[{k}]", ("np.exp(z1[{k}])/np.sum(np.exp(z1))",), _K3),), batch=59,
           why="scores = [2.0, 1.0, 0.1], exp_scores = np.exp(scores) the line before"),
    # ---- Nemotron's "Neural Network Loss and Activation Derivatives": \[ ... \] indented in a list, \text{ReLU}',
    # cases, \text{MSE}, \text{Cross-Entropy} ---------------------------------------------------------------------------
    Public("derivs-sigmoid", _DERIVS, "b59_act_sigmoid", "b59_act_unit",
           "  \\[\n  \\sigma(x) = \\frac{1}{1 + e^{-x}}\n  \\]", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=59),
    Public("derivs-sigmoid-prime", _DERIVS, "b59_act_sigmoid", "b59_act_unit",
           "  \\[\n  \\sigma'(x) = \\sigma(x) (1 - \\sigma(x))\n  \\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=59),
    Public("derivs-relu", _DERIVS, "b59_act_relu", "b59_act_unit", "  \\[\n  \\text{ReLU}(x) = \\max(0, x)\n  \\]",
           ((C,),), (Twin("value", "relu(z1[0])", ("np.maximum(0, z1[0])",)),), batch=59),
    Public("derivs-relu-prime", _DERIVS, "b59_act_relu", "b59_act_unit",
           "  \\[\n  \\text{ReLU}'(x) = \n  \\begin{cases} \n  1 & \\text{if } x > 0 \\\\\n  0 & \\text{otherwise}\n"
           "  \\end{cases}\n  \\]", ((C,),), (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),), batch=59),
    Public("derivs-mse", _DERIVS, "b59_mse2", "b59_mse2",
           "  \\[\n  \\text{MSE} = \\frac{1}{n} \\sum_{i=1}^{n} (y_i - \\hat{y}_i)^2\n  \\]", ((C,),),
           (Twin("value", "((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2", ("((y[0] - a1[0])**2 + (y[1] - a1[1])**2)/2",)),),
           batch=59, why="n the outputs, two here"),
    Public("derivs-mse-prime", _DERIVS, "b59_mse2", "b59_mse2",
           "  \\[\n  \\frac{\\partial \\text{MSE}}{\\partial \\hat{y}_i} = -\\frac{2}{n} (y_i - \\hat{y}_i)\n  \\]", ((C,),),
           (Twin("value", "-(y[{i}] - a1[{i}])", ("-(2/2)*(y[{i}] - a1[{i}])",), _I2),), batch=59),
    Public("derivs-ce", _DERIVS, "b59_bce1", "b59_bce1",
           "  \\[\n  \\text{Cross-Entropy} = -\\frac{1}{n} \\sum_{i=1}^{n} [y_i \\log(\\hat{y}_i) + (1 - y_i)"
           " \\log(1 - \\hat{y}_i)]\n  \\]", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=59, why="n the outputs, one here"),
    Public("derivs-ce-prime", _DERIVS, "b59_bce1", "b59_bce1",
           "  \\[\n  \\frac{\\partial \\text{Cross-Entropy}}{\\partial \\hat{y}_i} = -\\frac{y_i}{\\hat{y}_i} +"
           " \\frac{1 - y_i}{1 - \\hat{y}_i}\n  \\]", ((C,),),
           (Twin("value", "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])", ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),),
           batch=59, why="with n = 1 the 1/n the section drops is one"),
    # ---- community.deeplearning.ai 290850: the mentor's sentence, two claims, U+2212 and a spaced prime ′ ----------
    Public("planar-gprime", _PLANAR, "b59_planar", "b59_planar",
           "Remember that if a=g^{[1]}(z) then g^{[1]} ′(Z^{[1]})=1−a^2 .", ((C,), (C,)),
           (Twin("value", "a1[{j}]", ("np.tanh(z1[{j}])",), _J4),
            Twin("value", "1 - np.tanh(z1[{j}])**2", ("1 - a1[{j}]**2",), _J4)), batch=59,
           why="g^{[1]} the tanh hidden layer"),
    # ---- jordan-carson's DeepLearning notes (Udacity's gradient descent): $$ LaTeX and the notebook's Python --------
    Public("jordan-E", _JORDAN, "b59_jordan", "b59_jordan",
           "$$E = \\frac{1}{2}\\sum_{\\mu} \\sum_j \\left[ y^{\\mu}_j - \\hat{y} ^{\\mu}_j \\right]^2$$", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=59,
           why="mu the data points, one here; j the output units, one"),
    Public("jordan-nabla", _JORDAN, "b59_jordan", "b59_jordan", "$$\\nabla{w_{ij}} = \\eta * \\delta_{j} * x_{i}$$",
           ((W,),), (Twin("gradient", "W1[0,{i}]", ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2J0),), batch=59,
           why="the weight step Delta w_ij = eta delta_j x_i written with the gradient's nabla: dE/dw_ij is"
               " -delta_j x_i (delta = (y - y_hat) f'(h))"),
    Public("jordan-h", _JORDAN, "b59_jordan", "b59_jordan", "h = np.dot(x, weights)", ((C,),),
           (Twin("value", "z1[0]", ("np.dot(W1[0], x)",)),), batch=59),
    Public("jordan-output", _JORDAN, "b59_jordan", "b59_jordan", "nn_output = sigmoid(h)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=59),
    Public("jordan-term", _JORDAN, "b59_jordan", "b59_jordan", "error_term = error * output_grad", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=59,
           why="error = y - nn_output and output_grad = sigmoid_prime(h) the lines before; error_term the lowercase"
               " delta, -dE/dh"),
    # ---- Nemotron's "How to Calculate Error for Hidden Layers": \[ ... \] in a numbered list, words as subscripts,
    # a nested subscript \text{output}_k --------------------------------------------------------------------------------
    Public("hidden-output", _HIDDEN, "b59_hidden3", "b59_hidden3",
           "   \\[\n   \\delta_{\\text{output}} = (y_{\\text{true}} - y_{\\text{predicted}}) \\cdot f'(z_{\\text{output}})\n"
           "   \\]", ((C,),),
           (Twin("value", "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",),
                 _K3),), batch=59, why="delta = -dL/dz of the half squared error, node by node"),
    Public("hidden-hidden", _HIDDEN, "b59_hidden3", "b59_hidden3",
           "   \\[\n   \\delta_{\\text{hidden}} = \\left( \\sum_{k} \\delta_{\\text{output}_k} \\cdot"
           " w_{\\text{hidden to output}_k} \\right) \\cdot f'(z_{\\text{hidden}})\n   \\]", ((C,),),
           (Twin("value", "np.dot(W2[:, {j}], (y - a2)*a2*(1 - a2))*a1[{j}]*(1 - a1[{j}])",
                 ("np.dot(W2[:, {j}], (y - a2)*a2*(1 - a2))*a1[{j}]*(1 - a1[{j}])",), _J3),), batch=59,
           why="w_{hidden to output_k} the weights into output node k from the hidden nodes"),
]
