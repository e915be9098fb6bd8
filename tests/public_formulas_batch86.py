r"""Batch 86 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: fransis96jst's README, an Indonesian
worked example of one XOR step in Unicode subscripts, middle dots, ≈ and bold results, at commit c85e58c;
Colin-Hu's Octave backpropagate.m; two of Rodinia's MATLAB backprop functions in Sable/lcpc16-analysis, the old
loop in % comments above its vectorised times/minus/plus rewrite; deadbird11's Java OutputNeuron and Neuron;
abarciauskas-bgse's JavaScript step; zerofier's PHP page of AsciiMath in backticks inside <p> tags, with Japanese
prose; and two stored files without their repository's name: an R script working Mazur's example three times,
with the biases in theta's first column and apart, its derivatives named del_C/del_theta_2, delC.dela_2, del.out;
a NumPy script whose trailing comments give every value in numbers), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch86_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. The stored
files are cited by their ids. A derivative by an activation (dC/da_2, dL) or a local derivative (del_a_2/del_z_2)
is twinned as a value, as in batches 14 to 84; so is a delta in Mitchell's sign ((t - o) o (1 - o) = -dE/dnet, the
notations' "-delta2[0]"), a step Delta v (alpha delta_Y Z_j = -eta dE/dv), a delta worked in numbers, and a loop's
accumulated sum (deltas(ilayer,ineuron) + deltas(ilayer+1,jneuron) * weights(ineuron), the sum once the loop is
done). Formulas keep their page's delimiters and what surrounds them on their line (a Markdown line's two trailing
spaces, "**...**" around a result, a code line's indentation and trailing ; or # comment, an R comment's "# ", a
MATLAB comment's "%", Java's "double " and "+=", <p>`...`</p> around AsciiMath, a method's signature and brace
around its return); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 86

The batch: 57 formulas from 10 addresses (the Indonesian lesson 14, the R script 13, the NumPy script 9, Colin-Hu
5, Rodinia's output error 2 and hidden error 2, OutputNeuron 1, Neuron 4, abarciauskas-bgse 4, zerofier 3).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- the Indonesian lesson's delta_Z3 = -0.1407 * (-0.3) * 0.4750 * 0.5250 = 0.04221 * 0.4750 * 0.5250 = **0.01051**:
  the product is 0.010526 (and the true delta 0.010533), so its last member is two units off (its first two are
  right);

- the R script's first section, whose cost is (a_2-y[,1])^2 without the 1/2: "C = (a_2-y[,1]) # this is
  (del_C/del_a_2)" (dC/da_2 is 2(a_2 - y)); delC_deltheta_2_11 = a_1[2]*a_2[1]*(1-a_2[1])*(a_2[1]-y[1]) (the same
  lost 2); and its two matrix products, a_1 %*% t(a_2) %*% (1-a_2) %*% t(C) and the "alternatively" C %*% t(a_2)
  %*% (1-a_2) %*% t(a_1), whose inner product sums a_2(1 - a_2) over both outputs (the entry for output k and unit
  j is a_1j (sum_m a_2m(1 - a_2m)) (a_2k - y_k), not 2 (a_2k - y_k) a_2k (1 - a_2k) a_1j);
- the R script's last section: del.b2 <- del.out, the bias's gradient written as the cost's gradient by a_2 (the
  slope a_2(1 - a_2) lost);
- abarciauskas-bgse's new_weights = [init_weights[0] + data_point.x1 * dW, ...]: a step with no learning rate,
  judged at any eta as the spec's update claim is (the script's step is eta = 1).

Not mistaken, though they look it: the Indonesian lesson's numbers carried from its rounded operands (0.30935 for
the output's sum 0.309336, 0.5768 for sigma of it, 0.57672; -0.1407 for delta_Y, -0.14079; -0.01690 for
delta_Z2, -0.01691), each within one unit of its last digit or carried through its operands; the R script's "#
simply put del_a_2/del_z_2 = a_2(1-a_2)" (R would read a_2(...) as a call; the comment is arithmetic); Rodinia's
new delta_h(j), whose s is 0.0 before the vectorised sum is added to it; the NumPy script's iws, the inputs named
as the input layer's weights.

What was left out: the Indonesian lesson's sigma(x) = 1 / (1 + e^-x) (the function's definition), its prose "Jadi
output jaringan saat ini ≈ **0.577**", and, for the batch's size, everything after Delta v_j (Delta v_bias,
the four "v_1 baru" ... "bias baru" updates, Delta w_ij and the nine w(X1->Z1) updates); the R script's second copy
of its del_C/del_theta_2 comment, its second "cost <- (1/2)*..." line, its delC.deltheta_2 built from rep_mat (two
helper matrices), its "# check:" expression without a left side and, for the batch's size, everything from the
last section's theta_2_updated on (the hidden layer's del.hidden, delC.deltheta_1 and the delEo1.delouth1
lines); the NumPy script's ows_new and hws_new (for the batch's size); Colin-Hu's XOR/backpropagate.m (an earlier
copy of the same function); Rodinia's bpnn_adjust_weights (a momentum term) and the accumulation "%    s = s +
delta_o(k) * who(j,k);"; deadbird11's Synapse.java (dWeight += mult * from.getVal(), whose mult is another
neuron's) and the Neuron's applyChanges (bias -= dBias, no learning rate); abarciauskas-bgse's loss_neuron1 =
data_point.class-f_neuron1 (an error, not a loss); zerofier's Y = W_2 psi(W_1 X) (a definition) and the page's
long members written out with "+ ... +", cdots and vdots for n, l and m terms.

Collected on 2026-12-05 (22:27 to 22:41 by the machine's clock, the oracle's runs included) and run blind at main
0518d4b (/work/READY_FOR_BLIND30), with nothing under src/ changed. Every notation was loaded with its network
(notation_loading.load_notation) before the run, without judging a formula: all thirteen pairs loaded, after one fix
(the R script's delC_deltheta_2_11, first named "delC_deltheta_{2}_{11}", a double subscript the loader refuses,
then "delC_deltheta_{2,11}" as its message says). The first run (/work/batch86_blind.txt): 10 of 57 read with every
verdict right (18%), 41 refused, 6 misread, no crash, NO WRONG FORMULA CALLED CORRECT.

Two refusals were the notation's (the collector's omission): the NumPy script defines sigmoid_derivative(x) as
sigmoid(x) * (1 - sigmoid(x)), the derivative at the input, and docs/notation.md documents functions = {
sigmoid_derivative = "sigmoid' at input" } for saying so; the notation did not, and check refused np-do and np-dh
("sigmoid_derivative(u) reads as sigmoid's derivative at its input (u = z) or at its output (u = a), and the two
readings do not agree; write sigmoid'(z) for the derivative at the input z, or a(1 - a) for it at the output a; or
say which in the notation, functions = { sigmoid_derivative = "sigmoid' at output" } (or "sigmoid' at input")").
With that line added to the notation only, the second run (/work/batch86_blind_second.txt): 10 of 57 read (18%),
39 refused, 8 misread (np-do and np-dh join the misreadings below), no crash, no wrong formula called correct.

The misreadings (6, then 8) are one construct, the NumPy script's value in a code line's trailing comment:
"hws_input = np.dot(iws, hws)            # [0.13, 0.16]" (np-hin, np-hout, np-oin, np-oout, np-error-value,
np-dows; np-do and np-dh in the second run) is judged on its code alone, one member, called correct, where the entry
expects two (the comment's numbers the claim's value, each right): nothing called wrong or correct wrongly, the
comment's numbers not judged.

Of the 7 mistaken formulas, 1 read with every verdict right (rm-db2, del.b2 <- del.out, called wrong) and 6 were
refused (fr-deltaZ3 at its double subscript, rm-dCda at y[,1], rm-matrix at its shapes, rm-matrix-alt at its
"alternatively," lead-in, rm-entry at its name, ab-update at init_weights[0]). By page: the Indonesian lesson 5 of 14,
the R script 1 of 13, the NumPy script 0 of 9 (6 misread, then 8), Colin-Hu 0 of 5, Rodinia's output error 0 of 2
and hidden error 0 of 2, OutputNeuron 0 of 1, Neuron 1 of 4, abarciauskas-bgse 2 of 4, zerofier 1 of 3.

The refusals by construct (41 in the first run), with the exact message:

- 4, a unit's input written Z₁(in), Y₁(in) (fr-z1in, fr-z2in, fr-z3in, fr-y1in): "unknown symbol i; the notation
  knows X, Y, Z, \Delta v, \delta, bias, t, v; i is an index letter of the notation: write it as a subscript or
  superscript of what it indexes (W_i, not Wi), or give it a meaning in the notation's [notation.symbols]" (the spec
  has no pattern for "Z_{j}(in)");
- 2, a result in Markdown bold, "≈ **0.5768**" (fr-y1, fr-deltaY): "unexpected at '^' (position 34)" (at position
  160 for the three-line delta_Y; the four others with ** were refused before it, at (in));
- 3, a Unicode subscript after an underscore, δ_Z₁ (fr-deltaZ1, fr-deltaZ2, fr-deltaZ3), read \delta _Z_1: "unexpected
  at '_' (position 10)" (the general rule δ_Zj reads);
- 4, R's column of a matrix, y[,1] (rm-cost1, rm-dCda, rm-cost2, rm-delout; rm-dCda2 refused before it at its name):
  "y_{,1} matches none of the notation's patterns for y ('y')";
- 1, the page's own partial derivatives del_C/del_theta_2 in a comment (rm-chain-comment): "expected ')' to close the
  parenthesis at '_' (position 27)";
- 1, R's matrix products with a vector C the page also uses as the cost's name (rm-matrix, the page's mistake):
  "'a_1 @ np.transpose(a_2) @ (1-a_2) @ np.transpose(C)' is 3 x 1 where the left side is 3 x 2";
- 2, a comment's prose lead-in, "# alternatively, ..." and "# simply put ..." (rm-matrix-alt, rm-dadz), and 1, a
  MATLAB comment "%    delta(j) = ..." (so-comment): "holds nothing to judge once its spacing and layout (\, \quad,
  \left.) and its prose (words in \text, remarks) are set aside; write the derivative or the update, e.g.
  \frac{\partial L}{\partial w} = ..."; 1, "    %delta_h(j) = ..." (sh-comment): "cannot read '%' at position 1;
  write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)";
- 2, code names of several underscores, delC_deltheta_2_11 and theta_2_updated (rm-entry, rm-update2): "unexpected
  at '_' (position 16)" (position 8);
- 2, R's dotted names with a subscript, delC.dela_2 and delC.deltheta_2, which the notation gives as "delC.dela_{2}"
  and "delC.deltheta_{2}" (rm-dCda2, rm-grad3): "unknown symbol delC.dela_2; the notation knows \theta, a,
  delC.dela, delC.deltheta, y, z; give it the quantity of symbols.md it stands for in the notation's
  [notation.symbols] ("delC.dela_2" = ...), or, where its dot is a product, write delC*dela_2" (the spec makes _{2}
  and _2 one subscript; the dotted name with its _2 is read as one name);
- 2, a page-defined derivative function whose point the notation did not give (np-do, np-dh; the notation's, above);
- 1, NumPy's .reshape(1,-1) (np-dhws): ".reshape(1, -1): check reads .reshape of a vector to a vector (.reshape(-1),
  .reshape(n, 1)) at '1' (position 47); write u^T for a vector's row, or the matrix's entries";
- 3, Octave's 2-D arrays indexed by loop variables, deltas(ilayer,ineuron) and nnout(ilayer+1, ineuron) (ch-outdelta,
  ch-accumulate, ch-hiddelta): "unknown symbol d; give it a meaning in the notation's [notation.symbols], e.g. "d" =
  "a1[0]""; 2, struct fields newnetwork(ilayer,ineuron).neurons.weights(iweight) (ch-wupdate, ch-bupdate): "unknown
  symbol n; it bounds no sum over the samples here, so nothing says it counts them: if it is their number (the n of
  1/n), give it in the notation's [notation.symbols]: "n" = "1", the one sample check reads";
- 2, MATLAB's function forms times(), minus(), plus(), sum() (so-code, sh-code): "unknown symbol i; the notation knows
  \delta, o, t; i is an index letter of the notation: write it as a subscript or superscript of what it indexes
  (W_i, not Wi), or give it a meaning in the notation's [notation.symbols]";
- 3, a Java method called without arguments, dSigmoid() (do-dbias, dn-mult, dn-inner): "dSigmoid(u) reads as the
  notation's dSigmoid times (u) or as a derivative at u at 'd' (position 9); write dSigmoid * (u) for the product, or
  the derivative with a prime, f'(u)"; 1, its definition, private double dSigmoid() { return val * (1 - val); }
  (dn-dsigmoid): "def dSigmoid: an activation (or its derivative) takes one argument; write def dSigmoid(x): return
  ...";
- 1, JavaScript's Math.exp (ab-f): "unknown symbol Math.exp; the notation knows dL, dLdF, dW, data_point.x1,
  data_point.x2, f, input, loss; give it the quantity of symbols.md it stands for in the notation's
  [notation.symbols] ("Math.exp" = ...), or, where its dot is a product, write Math*exp";
- 1, a list of two updates with code's init_weights[0] (ab-update, the page's mistake): "unknown symbol n; the notation
  knows dL, dLdF, dW, data_point.x1, data_point.x2, f, input, loss; it bounds no sum over the samples here, ...";
- 2, AsciiMath's ^t for the transpose (zf-dW1-row, zf-dW1): "raises a vector or matrix to a power in (Y - T)^t; write
  its entries".

Read, among the constructs these pages brought: Unicode subscripts with σ(...) and ≈ and two trailing spaces (Z₁ =
σ(-0.1) ≈ 0.4750), δ_Zj = δ_Y · v_j · Zj · (1 - Zj) with the index glued, Δv_j = α · δ_Y · Zj, R's <- with a dotted
name and a URL in its trailing comment (del.b2 <- del.out, called wrong), Java's +=, JavaScript's indented lines,
<p>`E = ||Y - T||^2 / 2`</p>.

Which look general (would appear in much homework and code): a result in Markdown bold (**0.5768**), a Unicode
subscript after an underscore (δ_Z₁), a value in a code line's trailing comment (# [0.13, 0.16], judged on the code
alone), MATLAB's % comment and its function forms times()/minus()/plus(), JavaScript's Math.exp, a method called
without arguments (dSigmoid()), R's y[,1], a comment's prose lead-in ("# simply put ...", "# alternatively, ..."),
code names of several underscores (theta_2_updated), a dotted name with a subscript against the notation's braces
(delC.dela_{2}), the transpose written ^t, NumPy's .reshape(1,-1). Page- or course-specific: Z₁(in) for a unit's
input, del_C/del_theta_2 as a partial derivative, Octave's 2-D arrays and struct fields indexed by loop variables,
a vector and the cost sharing the name C.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch86_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_FR = "https://github.com/fransis96jst/backpropagation (README.md, commit c85e58c)"
_RM = _STORED.format(16460163945, "# Neural Net architecture: 3 input nodes, 1 hidden layer w/ 3 nodes, 2 output nodes",
                     "an R script working Mazur's example")
_NP = _STORED.format(36998695507, "import numpy as np", "a NumPy script with its values in trailing comments")
_CH = "https://github.com/Colin-Hu/myOCR (nnlib/backpropagate.m, commit 77820eb)"
_SO = ("https://github.com/Sable/lcpc16-analysis"
       " (benchmarks/backprop/implementations/matlab-mixed/bpnn_output_error.m, commit 0f89fed)")
_SH = ("https://github.com/Sable/lcpc16-analysis"
       " (benchmarks/backprop/implementations/matlab-mixed/bpnn_hidden_error.m, commit 0f89fed)")
_DO = "https://github.com/deadbird11/neural-networking (OutputNeuron.java, commit 36be09b)"
_DN = "https://github.com/deadbird11/neural-networking (Neuron.java, commit 05fc506)"
_AB = "https://github.com/abarciauskas-bgse/nnet_app (public/js/step.js, commit ca969b0)"
_ZF = "https://github.com/zerofier/Math (math-world/control/ffnn.php, commit d2f7bf6)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_I2 = tuple({"i": i} for i in range(2))
_K2 = tuple({"k": k} for k in range(2))
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_KJ3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JI3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))

# the Indonesian lesson: one sigmoid output over three sigmoid hidden units, the half squared error
_DY = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"           # delta_Y = (t - Y) Y (1 - Y) = -dE/dnet
_DZ = _DY + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"     # delta_Zj
# two sigmoid layers, the half squared error (the NumPy script's one output)
_D20 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the R script's first section: cost = (a_2 - y)^2
_G1 = "2*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"
_MIX = "a1[{j}]*(a2[0]*(1 - a2[0]) + a2[1]*(1 - a2[1]))*(a2[{k}] - y[{k}])"
# zerofier: Y = W_2 psi(W_1 X), Y linear, E = ||Y - T||^2 / 2
_ZG = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]"

ENTRIES = [
    # ---- the Indonesian lesson (fransis96jst): Unicode subscripts (Z₁, w₂₁, v₀), Z₁(in) for a unit's input,
    # middle dots, products of parentheses (1)(-0.3), results in **bold**, ≈, lines ending in two spaces, a chain
    # continued on lines starting "= ", δ_Zj and Zj with the index glued ------------------------------------------
    Public("fr-z1in", _FR, "b86_fr", "b86_fr",
           "Z₁(in) = X₁·w₁₁ + X₂·w₂₁ + 1·bias₁ = (1)(-0.3) + (1)(0.3) + (1)(-0.1) = **-0.3 + 0.3 - 0.1 = -0.1**",
           ((C, C, C, C),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + 1*b1[0]", "=(1)*(-0.3) + (1)*(0.3) + (1)*(-0.1)",
                                    "=-0.3 + 0.3 - 0.1", "=-0.1")),), batch=86,
           why="the hidden unit's input worked in numbers; w_ij from input i to hidden unit j (w₂₁: X₂ -> Z₁)"),
    Public("fr-z2in", _FR, "b86_fr", "b86_fr",
           "Z₂(in) = (1)(0.3) + (1)(-0.2) + (1)(0.3) = 0.3 - 0.2 + 0.3 = **0.4**", ((C, C, C),),
           (Twin("value", "z1[1]", ("=(1)*(0.3) + (1)*(-0.2) + (1)*(0.3)", "=0.3 - 0.2 + 0.3", "=0.4")),), batch=86),
    Public("fr-z3in", _FR, "b86_fr", "b86_fr",
           "Z₃(in) = (1)(-0.3) + (1)(0.3) + (1)(-0.1) = -0.3 + 0.3 - 0.1 = **-0.1**", ((C, C, C),),
           (Twin("value", "z1[2]", ("=(1)*(-0.3) + (1)*(0.3) + (1)*(-0.1)", "=-0.3 + 0.3 - 0.1", "=-0.1")),),
           batch=86),
    Public("fr-z1", _FR, "b86_fr", "b86_fr", "Z₁ = σ(-0.1) ≈ 0.4750  ", ((C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-(-0.1)))", "=0.4750")),), batch=86),
    Public("fr-z2", _FR, "b86_fr", "b86_fr", "Z₂ = σ(0.4)  ≈ 0.5987  ", ((C, C),),
           (Twin("value", "a1[1]", ("=1/(1 + np.exp(-0.4))", "=0.5987")),), batch=86),
    Public("fr-z3", _FR, "b86_fr", "b86_fr", "Z₃ = σ(-0.1) ≈ 0.4750", ((C, C),),
           (Twin("value", "a1[2]", ("=1/(1 + np.exp(-(-0.1)))", "=0.4750")),), batch=86),
    Public("fr-y1in", _FR, "b86_fr", "b86_fr",
           "Y₁(in) = Z₁·v₁ + Z₂·v₂ + Z₃·v₃ + bias·v₀  \n= (0.4750)(-0.1) + (0.5987)(0.5) + (0.4750)(-0.3) + (1)(0.2)  \n"
           "= -0.0475 + 0.29935 - 0.1425 + 0.2  \n= **0.30935**", ((C, C, C, C),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + 1*b2[0]",
                                    "=(0.4750)*(-0.1) + (0.5987)*(0.5) + (0.4750)*(-0.3) + (1)*(0.2)",
                                    "=-0.0475 + 0.29935 - 0.1425 + 0.2", "=0.30935")),), batch=86,
           why="four lines, each continuing the chain with \"= \"; bias the constant 1 and v₀ its weight"),
    Public("fr-y1", _FR, "b86_fr", "b86_fr", "Y₁ = σ(0.30935) ≈ **0.5768**", ((C, C),),
           (Twin("value", "a2[0]", ("=1/(1 + np.exp(-0.30935))", "=0.5768")),), batch=86,
           why="sigma(0.309336) = 0.57672: 0.5768 one unit off its rounding"),
    Public("fr-deltaY", _FR, "b86_fr", "b86_fr",
           "δ_Y = (t - Y₁) · Y₁ · (1 - Y₁)  \n= (0 - 0.5768) · 0.5768 · (1 - 0.5768)  \n"
           "= (-0.5768) · 0.5768 · 0.4232 ≈ **-0.1407**", ((C, C, C, C),),
           (Twin("value", _DY, (_DY, "=(0 - 0.5768)*0.5768*(1 - 0.5768)", "=(-0.5768)*0.5768*0.4232", "=-0.1407")),),
           batch=86, why="a delta in Mitchell's sign worked in numbers, twinned as a value (batch 48's way)"),
    Public("fr-deltaZj", _FR, "b86_fr", "b86_fr", "δ_Zj = δ_Y · v_j · Zj · (1 - Zj)", ((C,),),
           (Twin("value", _DZ, (_DZ,), _J3),), batch=86,
           why="the hidden delta's general rule, Zj the hidden unit's output with its index glued"),
    Public("fr-deltaZ1", _FR, "b86_fr", "b86_fr",
           "δ_Z₁ = -0.1407 · (-0.1) · 0.4750 · (1-0.4750) = 0.01407 · 0.4750 · 0.5250 ≈ **0.00351**  ",
           ((C, C, C),),
           (Twin("value", _DZ.format(j=0), ("=-0.1407*(-0.1)*0.4750*(1-0.4750)", "=0.01407*0.4750*0.5250",
                                            "=0.00351")),), batch=86),
    Public("fr-deltaZ2", _FR, "b86_fr", "b86_fr",
           "δ_Z₂ = -0.1407 · (0.5)  · 0.5987 · (1-0.5987) = -0.07035 · 0.5987 · 0.4013 ≈ **-0.01690**  ",
           ((C, C, C),),
           (Twin("value", _DZ.format(j=1), ("=-0.1407*(0.5)*0.5987*(1-0.5987)", "=-0.07035*0.5987*0.4013",
                                            "=-0.01690")),), batch=86),
    Public("fr-deltaZ3", _FR, "b86_fr", "b86_fr",
           "δ_Z₃ = -0.1407 · (-0.3) · 0.4750 · 0.5250 ≈ 0.04221 · 0.4750 · 0.5250 ≈ **0.01051**", ((C, C, W),),
           (Twin("value", _DZ.format(j=2), ("=-0.1407*(-0.3)*0.4750*0.5250", "=0.04221*0.4750*0.5250",
                                            "=0.01051")),), batch=86,
           why="0.04221 * 0.4750 * 0.5250 = 0.010526 and the true delta 0.010533: the page's 0.01051 a slip in "
               "its last product (two units off)"),
    Public("fr-dv", _FR, "b86_fr", "b86_fr", "Δv_j = α · δ_Y · Zj  ", ((C,),),
           (Twin("value", f"eta*{_DY}*a1[{{j}}]", (f"eta*{_DY}*a1[{{j}}]",), _J3),), batch=86,
           why="the step of the output's weights, alpha delta_Y Z_j = -eta dE/dv_j, a value"),
    # ---- the R script (stored): R's <- and =, %*% and t(), y[,1] the first sample's column, # comments, names
    # with dots (delC.dela_2, del.out) and with underscores (delC_deltheta_2_11); three sections, three networks --
    Public("rm-cost1", _RM, "b86_rm1", "b86_rm1", "cost <- (a_2-y[,1])^2 # this is just for first training set",
           ((C,),), (Twin("value", "(a2[{k}] - y[{k}])**2", ("(a2[{k}] - y[{k}])**2",), _K2),), batch=86,
           why="the squared error of each output, a vector whose sum is the loss"),
    Public("rm-chain-comment", _RM, "b86_rm1", "b86_rm1",
           "# del_C/del_theta_2 = (del_z_2/del_theta_2) * (del_a_2/del_z_2) * (del_C/del_a_2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (_G1,), _KJ3),), batch=86,
           why="the chain rule in a comment, del_ for the partial derivative"),
    Public("rm-dCda", _RM, "b86_rm1", "b86_rm1", "C = (a_2-y[,1]) # this is (del_C/del_a_2)", ((W,),),
           (Twin("value", "2*(a2[{k}] - y[{k}])", ("a2[{k}] - y[{k}]",), _K2),), batch=86,
           why="the comment says C is dC/da_2; the cost (a_2 - y)^2 has 2(a_2 - y): the page's slip"),
    Public("rm-matrix", _RM, "b86_rm1", "b86_rm1", "delC_deltheta_2 = a_1 %*% t(a_2) %*% (1-a_2) %*% t(C) ",
           ((W,),), (Twin("gradient", "W2[{k},{j}]", (_MIX,), _KJ3),), batch=86,
           why="a 4 x 2 matrix (the script transposes it next): t(a_2) %*% (1-a_2) sums a_2(1 - a_2) over the "
               "outputs, and the 2 is lost"),
    Public("rm-matrix-alt", _RM, "b86_rm1", "b86_rm1",
           "# alternatively, delC_deltheta_2_test = C %*% t(a_2) %*% (1-a_2) %*% t(a_1) ", ((W,),),
           (Twin("gradient", "W2[{k},{j}]", (_MIX,), _KJ3),), batch=86,
           why="the same product in the other order, 2 x 4"),
    Public("rm-entry", _RM, "b86_rm1", "b86_rm1", "delC_deltheta_2_11 = a_1[2]*a_2[1]*(1-a_2[1])*(a_2[1]-y[1])",
           ((W,),), (Twin("gradient", "W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=86,
           why="R counts from 1 and a_1[1] is the bias's 1, so a_1[2] is the first hidden unit; the 2 of "
               "(a_2 - y)^2 is lost"),
    Public("rm-cost2", _RM, "b86_rm2", "b86_rm2",
           "cost <- (1/2)*(a_2-y[,1])^2 # this is just for first training set", ((C,),),
           (Twin("value", "0.5*(a2[{k}] - y[{k}])**2", ("(1/2)*(a2[{k}] - y[{k}])**2",), _K2),), batch=86),
    Public("rm-dCda2", _RM, "b86_rm2", "b86_rm2", "delC.dela_2 <- (a_2-y[,1]) # del_C/del_a_2", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=86,
           why="a derivative by the outputs, a value"),
    Public("rm-dadz", _RM, "b86_rm2", "b86_rm2", "# simply put del_a_2/del_z_2 = a_2(1-a_2)", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",), _K2),), batch=86,
           why="a local derivative, a value"),
    Public("rm-update2", _RM, "b86_rm2", "b86_rm2", "theta_2_updated = theta_2 - alpha*delC.deltheta_2", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ2),), batch=86,
           why="theta_2 holds the biases in its first column; twinned on the weights"),
    Public("rm-delout", _RM, "b86_rm3", "b86_rm3",
           "del.out <- (a_2-y[,1]) # = derivative of cost # keeping as matrix for now", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=86),
    Public("rm-grad3", _RM, "b86_rm3", "b86_rm3",
           "delC.deltheta_2 <- ((del.out)*(a_2*(1-a_2))) %*% t(a_1) # worked out from https://sudeepraja.github.io/"
           "Neural/", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",), _KJ2),),
           batch=86),
    Public("rm-db2", _RM, "b86_rm3", "b86_rm3",
           "del.b2 <- del.out # he does not use bias weights in https://mattmazur.com/2015/03/17/a-step-by-step-"
           "backpropagation-example/", ((W,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=86,
           why="the bias's gradient written as the cost's by the output: the slope a_2(1 - a_2) lost"),
    # ---- the NumPy script (stored): trailing # comments with the values, lists and nested lists of them;
    # iws the inputs, hws and ows with the inputs as rows -----------------------------------------------------------
    Public("np-hin", _NP, "b86_np", "b86_np", "hws_input = np.dot(iws, hws)            # [0.13, 0.16]", ((C, C),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1]", "=[0.13, 0.16]"), _J2),), batch=86,
           why="the comment's numbers as the claim's last member"),
    Public("np-hout", _NP, "b86_np", "b86_np", "hws_output = sigmoid(hws_input)         # [0.53245431, 0.53991488]",
           ((C, C),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "=[0.53245431, 0.53991488]"), _J2),),
           batch=86),
    Public("np-oin", _NP, "b86_np", "b86_np", "ows_input = np.dot(hws_output, ows)     # 0.80464992", ((C, C),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]", "=0.80464992")),), batch=86),
    Public("np-oout", _NP, "b86_np", "b86_np", "ows_output = sigmoid(ows_input)         # 0.69096826", ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=0.69096826")),), batch=86),
    Public("np-error-value", _NP, "b86_np", "b86_np", "error = 0.5 * (ows_output - target)**2  # 0.04775031", ((C, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2", "=0.04775031")),), batch=86),
    Public("np-do", _NP, "b86_np", "b86_np",
           "d_o = (ows_output - target) * sigmoid_derivative(ows_input) # -0.06598789", ((C, C),),
           (Twin("value", _D20, (_D20, "=-0.06598789")),), batch=86,
           why="the gradient by the output's sum with its value, twinned as a value (batch 80's way)"),
    Public("np-dh", _NP, "b86_np", "b86_np",
           "d_h = np.dot(d_o, ows.T) * sigmoid_derivative(hws_input)    # [-0.01149923, -0.01311347]", ((C, C),),
           (Twin("value", "((a2 - y)*a2*(1 - a2)*W2*a1*(1 - a1)).ravel()[{j}]",
                 (f"{_D20}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])", "=[-0.01149923, -0.01311347]"), _J2),), batch=86,
           why="the hidden sums' gradient with its values, a value over the vector (batch 33's way)"),
    Public("np-dows", _NP, "b86_np", "b86_np",
           "d_ows = np.dot(hws_output.reshape(-1,1), d_o.reshape(-1,1)) # [[-0.03513554], [-0.03562785]]",
           ((C, C),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_D20}", "=np.array([[-0.03513554], [-0.03562785]]).T"),
                 _J2),), batch=86,
           why="a column (ows's shape), transposed in the twin to W2's row"),
    Public("np-dhws", _NP, "b86_np", "b86_np",
           "d_hws = np.dot(iws.reshape(-1,1), d_h.reshape(1,-1))        # [[-0.00114992, -0.00131135],\n"
           "                                                            #  [-0.00229985, -0.00262269]]", ((C, C),),
           (Twin("gradient", "W1[{j},{i}]",
                 (f"x[{{i}}]*{_D20}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",
                  "=np.array([[-0.00114992, -0.00131135], [-0.00229985, -0.00262269]]).T"), _JI2),), batch=86,
           why="the comment's matrix on two lines, its rows the inputs (hws's layout), transposed in the twin"),
    # ---- Colin-Hu's Octave library: nnout(ilayer+1, ineuron) a layer's outputs, deltas(ilayer, ineuron),
    # struct fields neuralnetwork(ilayer+1,jneuron).neurons.weights(ineuron); a loop's accumulation ---------------
    Public("ch-outdelta", _CH, "b86_ch", "b86_ch",
           "        deltas(ilayer,ineuron) = (nnout(ilayer+1, ineuron) - target(ineuron)) * nnout(ilayer+1, ineuron) * "
           "(1 - nnout(ilayer+1, ineuron));", ((C,),),
           (Twin("gradient_z", "z2[0]", (_D20,)),), batch=86,
           why="the output layer's delta, dE/dnet of the half squared error"),
    Public("ch-accumulate", _CH, "b86_ch", "b86_ch",
           "          deltas(ilayer,ineuron) = deltas(ilayer,ineuron) + deltas(ilayer+1,jneuron) * "
           "neuralnetwork(ilayer+1,jneuron).neurons.weights(ineuron);", ((C,),),
           (Twin("value", f"{_D20}*W2[0,{{j}}]", (f"{_D20}*W2[0,{{j}}]",), _J2),), batch=86,
           why="a loop's accumulation: once the loop over jneuron is done, the sum of the next layer's deltas "
               "times their weights, dE/da of the hidden unit (one output here), a value"),
    Public("ch-hiddelta", _CH, "b86_ch", "b86_ch",
           "      deltas(ilayer,ineuron) = deltas(ilayer,ineuron) * nnout(ilayer+1,ineuron) * (1 - nnout(ilayer+1, "
           "ineuron));      ", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_D20}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])",), _J2),), batch=86,
           why="the accumulated sum times the unit's slope, six trailing spaces kept"),
    Public("ch-wupdate", _CH, "b86_ch", "b86_ch",
           "        newnetwork(ilayer,ineuron).neurons.weights(iweight) = newnetwork(ilayer,ineuron).neurons.weights("
           "iweight) - learningrate * deltas(ilayer,ineuron) * nnout(ilayer,iweight);", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI2),), batch=86,
           why="every layer's rule (nnout(ilayer, :) the layer's inputs); twinned on the hidden layer's weights"),
    Public("ch-bupdate", _CH, "b86_ch", "b86_ch",
           "      newnetwork(ilayer,ineuron).neurons.bias = newnetwork(ilayer,ineuron).neurons.bias - learningrate * "
           "deltas(ilayer,ineuron);", ((C,),),
           (Twin("update", "b1[{j}]", ("b1[{j}] - eta*grad",), _J2),), batch=86),
    # ---- Rodinia's MATLAB (Sable/lcpc16-analysis): the old loop in % comments, the new code in times(), minus(),
    # plus(), sum() and colon(); delta(j) and who(j, k) indexed with parentheses ----------------------------------
    Public("so-comment", _SO, "b86_so", "b86_so", "%    delta(j) = o * (1.0 - o) * (t - o);", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])", ("a2[0]*(1.0 - a2[0])*(y[0] - a2[0])",)),), batch=86,
           why="the output's delta in Mitchell's sign (-dE/dnet), a value"),
    Public("so-code", _SO, "b86_so", "b86_so", "delta=times(times(o,minus(1.0,o)),minus(target(j),o));", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])", ("a2[0]*(1.0 - a2[0])*(y[0] - a2[0])",)),), batch=86,
           why="MATLAB's function forms of .*, - and +; target(j) the output's target"),
    Public("sh-comment", _SH, "b86_sh", "b86_sh", "    %delta_h(j) = h * (1.0 - h) * s;", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])",
                 ("a1[0]*(1.0 - a1[0])*((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0])",)),), batch=86,
           why="s the old loop's sum of delta_o(k) * who(j,k) (the comment's line before), -dE/dh"),
    Public("sh-code", _SH, "b86_sh", "b86_sh_code",
           "    delta_h(j) = times(times(h,minus(1.0,h)),plus(s,sum(times(delta_o(k),who(j, k)))));", ((C,),),
           (Twin("value", "(y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])",
                 ("a1[0]*(1.0 - a1[0])*(0 + (y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0])",)),), batch=86,
           why="the new code: s = 0.0 before it, the sum over k = colon(2,no) written with sum(times(...))"),
    # ---- deadbird11's Java: a method's assignment to a field, dSigmoid() a method without arguments, "double "
    # declarations, += --------------------------------------------------------------------------------------------
    Public("do-dbias", _DO, "b86_dn", "b86_dn_out", "        dBias = dSigmoid() * 2 * (activation - expected);",
           ((C,),), (Twin("gradient", "b2[0]", ("a2[0]*(1 - a2[0])*2*(a2[0] - y[0])",)),), batch=86),
    Public("dn-mult", _DN, "b86_dn", "b86_dn_out", "            double mult = 2 * (val - expected) * dSigmoid();",
           ((C,),), (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=86,
           why="the output neuron's backprop(expected): mult the cost's gradient by its sum"),
    Public("dn-dbias", _DN, "b86_dn", "b86_dn_out", "            dBias += mult;", ((C,),),
           (Twin("gradient", "b2[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=86,
           why="accumulated over the samples (one here)"),
    Public("dn-inner", _DN, "b86_dn", "b86_dn_hid", "            dBias += mult * dSigmoid();", ((C,),),
           (Twin("gradient", "b1[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=86,
           why="the hidden neuron's innerBackprop(mult): its mult the synapse's weight * mult, dE/d(its output)"),
    Public("dn-dsigmoid", _DN, "b86_dn", "b86_dn_out",
           "    private double dSigmoid() {\n        return val * (1 - val);\n    }", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=86,
           why="the method's signature, return line and brace; the sigmoid's slope at the neuron's value"),
    # ---- abarciauskas-bgse's JavaScript step: Math.exp, data_point.x1, a list of two updates -------------------
    Public("ab-f", _AB, "b86_ab", "b86_ab", "    f_neuron1 = 1/(1+Math.exp(-input_neuron1))", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=86),
    Public("ab-dL", _AB, "b86_ab", "b86_ab", "    dL = loss_neuron1 * dLdF", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("(y[0] - a1[0])*1",)),), batch=86,
           why="dL = -dE/df of the half squared error, dLdF = 1; a value"),
    Public("ab-dW", _AB, "b86_ab", "b86_ab", "    dW = dL * f_neuron1 * (1 - f_neuron1)", ((C,),),
           (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=86,
           why="\"the gradient for this neuron and this input\": -dE/dnet, a value"),
    Public("ab-update", _AB, "b86_ab", "b86_ab",
           "    new_weights = [init_weights[0] + data_point.x1 * dW, init_weights[1] + data_point.x2 * dW]", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + x[{i}]*(y[0] - a1[0])*a1[0]*(1 - a1[0])",), _I2),), batch=86,
           why="the step with no learning rate (eta = 1), judged at any eta as the spec's update claim is"),
    # ---- zerofier's page: AsciiMath in backticks inside <p> tags, (del E)/(del W_1), ^t the transpose, @ the
    # elementwise product, psi', [[x_1,x_2,cdots,x_n]] a row ----------------------------------------------------
    Public("zf-E", _ZF, "b86_zf", "b86_zf", "<p>`E = ||Y - T||^2 / 2`</p>", ((C,),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=86),
    Public("zf-dW1-row", _ZF, "b86_zf", "b86_zf",
           "<p>`(del E)/(del W_1) = (((Y - T)^t W_2)^t @ psi'(W_1 X)) [[x_1,x_2,cdots,x_n]]`</p>", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_ZG,), _JI3),), batch=86,
           why="the outer product with X's row written out, cdots for x_3 ... x_n"),
    Public("zf-dW1", _ZF, "b86_zf", "b86_zf", "<p>`(del E)/(del W_1) = (((Y - T)^t W_2)^t @ psi'(W_1 X)) X^t`</p>",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (_ZG,), _JI3),), batch=86),
]
