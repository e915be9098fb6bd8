r"""Batch 70 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: Adsanvar's CSI5130 homework deriving
linear regression's gradient in Markdown, a stored "Forward and Backward Pass Calculator" script for a 2-2-1 sigmoid
network, uhmann112's single sigmoid neuron in Python, MihirSaiDudekula's worked softmax example, Mohamedsamir9537's
tanh version of Mazur's network in NumPy, three write-ups of one course's spreadsheet exercise (a stored Typora
note by Team 11 of EVA6, YETI-WU's plain-text README, venkyyuvy's LaTeX README), TrongDuyNguyen0611's README
copying a Vietnamese post with its rendered KaTeX pasted after each formula, and lotabout's stored Chinese notes on
Nielsen's chapter 2), copied verbatim, typos and mistakes included, each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the
kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch70_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Three files are stored in the code corpus without their
repository's name; they are cited by their ids. A local derivative (do1/dw5, dE1/da_o1, dz_k^{l+1}/dz_j^l) is twinned
as a value, as in batches 14 to 34; a gradient by an activation (dE_total/da_h1) too. Formulas keep their page's
delimiters and what surrounds them on their line ($$...$$ on lines of their own, a Markdown list's "* " or "- ", a
Python line's indentation, the prose around an inline formula); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 70

The batch: 53 formulas, 26 values (forward values and losses, the script's steps eta dE/dw and -dE/dz terms, local
derivatives dE1/da_o1, a softmax example's numbers), 5 deltas, 18 gradients, 3 updates and one line of several kinds
(the Vietnamese summary's two deltas and a gradient); 10 entries hold several claims (align rows, a list's bullets,
\cr, two inline formulas on one line). 30 are LaTeX (Adsanvar's $...$ chain over seven lines with
"; **Chain Rule**" after some and a blockquote's ">", \sum_{\forall_{n}}; Mihir's $$ blocks under a list with
\text{} subscripts, ≈ and bracketed vectors of numbers, X^\top \cdot of two rows; Team 11's align* with tabs, "&-
(1)" equation numbers, "&- By \ Chain Rule" remarks, a stray "{align*}", 𝟃 (U+1D7C3) and ∂ for the partial sign,
letters with digits (out_h1, w5, i1) inside LaTeX, [ ] and { } as brackets, a rule "w = w - η*𝟃E/𝟃w" followed by
"η - Learning.rate"; venkyyuvy's $$ lines with a_{h_1}, \sigma{(h_1)}; the Vietnamese copy's bare LaTeX lines
with \cr, \displaystyle, \big, \intercal and \dfrac{\partial{J}}{...}; lotabout's eqnarray with \tag{BP1a} after a
full stop, \equiv in inline formulas amid Chinese prose, \nabla_{w^l} C, a full-width comma between two formulas),
23 plain text or code (the calculator's and uhmann112's Python assignments, np.dot, np.square; Mohamedsamir's
NumPy rows with .T, .dot and +=, the script's tanh_dev; YETI-WU's bullets with δ for the partial sign, σ, exp, ^2).

13 are mistaken somewhere (the oracle finds at least one member wrong):

- Adsanvar's two chains for dL_2/dw_0 and dL_2/dw_1: their first four members carry the derivative they define as a
  factor ((...)^{2}\frac{\partial L_{2}}{\partial w_{0}}); the last two are right;
- uhmann112's derivative = 2* (error-target): 2 (error - target) is no derivative of the squared error;
- Mihir's grad = ... = [0.098, 0.659, 0.242] - [0, 1, 0]: 0.098 carried through the subtraction is more than half a
  unit from p_0 = 0.098566 (the oracle's verdict; the result [0.098, -0.341, 0.242] is right, and so is y_pred =
  [0.098, ...] as a result);
- Mohamedsamir's output_gradient = error * tanh_dev(final_output) and hidden_gradient = hidden_error *
  tanh_dev(hidden_output): tanh_dev(x) = 1 - tanh(x)**2 takes the sum, not the output;
- Team 11's hidden layer 2: o1 named twice (o2's sum), out_o1 = σ (h1) and out_o2 = σ (h2);
- YETI-WU's a_h1 = σ(o1) (its last member right), its step 5 chains for w3 and w4 through h1 (0) and its step 6
  for w3 and w4 with a_h1's slope;
- venkyyuvy's o_1 = w_5 * h_1 + ... (the sum for the activation) and its dE_{total}/dw_1 without the parentheses
  around the two outputs' sum;
- lotabout's z_j^l \equiv \sum_k{w_{kj}^l a_k^{l-1}} + b_j^l: w_{kj} for the w_{jk} of its own definition.

Not mistaken, though they look it: the calculator's sigma_prime_o (its sigmoid_derivative(z) returns z * (1 - z),
called with the outputs); Mohamedsamir's hidden_error = output_gradient.dot(weights_hidden_output.T) and its +=
updates (right in the names the notation gives, whatever the lines before computed: error is y - a, so += descends);
YETI-WU's E1/δa_o1 (the δ dropped; twinned as the derivative the page computes); the Vietnamese dJ/dz^{(L)} as the
product of two vectors' derivatives (the sigmoid's Jacobian diagonal).

What was left out: uhmann112's weights -= derivative (a step of 1, no learning rate: the oracle's learning rate is
drawn); the forward formulas and loss of the EVA pages written with a lost superscript (Team 11's "(t1 - out_o1)2",
"1/(1+e-x)"); Team 11's final block, where { } around the sum over the outputs is grouping in the source but
invisible once rendered; lotabout's z_k^{l+1} = \sum_j{w_{kj}^{l+1} a_j^l + b_k^{l+1 }}, the bias inside the sum's
braces (grouped in the source, outside it once rendered); every line of the Vietnamese copy that carries KaTeX's
rendered text on its own line (J(\mathbb{W}) = ... J(W)=−); Mihir's matrices of numbers (bmatrix) and its logits
line without a left side.

Nothing was fixed from this batch.

Collected on 2026-12-05 from 12:28 to 12:40 by the machine's clock, and run blind at main 0af2338
(/work/READY_FOR_BLIND22), rebased onto it with nothing under src/ changed. The first run
(/work/batch70_blind.txt): 36 of 53 read with every verdict right (68%), 12 refused, 5 misread, no crash, and ONE
WRONG FORMULA CALLED CORRECT: Mihir's grad chain (dlp-grad), whose second member [0.098, 0.659, 0.242] - [0, 1, 0]
check judges correct where the oracle finds 0.098 more than half a unit of its last digit from p_0 = 0.098566 (a
number of two significant digits under the symbolic member y_pred - y_true, which docs/notation.md's "A number under
a symbol" holds to half a unit; check seems to give a vector's entries the one unit a result has). No notation was
refused when loaded: none of the refusals is the collector's pattern outside the spec's grammar, so there was no
second run.

By kind of claim: values 20 of 26, deltas 5 of 5, gradients 9 of 18, updates 2 of 3, the line of several kinds 0 of
1. LaTeX against plain text: the 30 in LaTeX read 18 (60%), the 23 in plain text or code 18 (78%). By page:
Adsanvar 0 of 3, the calculator 6 of 6, uhmann112 4 of 4, Mihir 3 of 4, Mohamedsamir 7 of 7, Team 11 1 of 6, YETI-WU
1 of 6, venkyyuvy 6 of 6, the Vietnamese copy 1 of 4, lotabout 7 of 7. Of the 13 mistaken formulas, 7 read with
every verdict right (uhmann112's derivative, both tanh_dev lines, YETI-WU's a_h1 = σ(o1), venkyyuvy's o_1 and
dE_{total}/dw_1, lotabout's z_j^l with w_{kj}), 3 were refused (Adsanvar's two chains, YETI-WU's step 6) and 3
misread (dlp-grad, called correct; Team 11's hidden layer 2, its right first row called wrong; YETI-WU's step 5,
its bullets joined).

The refusals by construct (12), with the exact message:

- 3, \sum_{\forall_{n}}, a sum over "for all n" (csi-L2, csi-dw0, csi-dw1): "expected the index letter of the sum
  at '\forall' (position 28)" (59 in the two chains);
- 3, plain TeX's \cr ending a row of aligned (vn-forward, vn-summary, vn-dJdW): "the command \cr is not part of a
  formula check can read at '\cr' (position 76); write arithmetic, \frac, \sum, \sigma, \log, \exp and the
  homework's symbols" (127 in the other two);
- 1, E1 and E2 named by the notation as the two outputs' halves of E (t11-dEdw5): "E_{2} after E_1: the losses of
  different samples in one formula; check each sample's loss on its own (\nabla_W E_1 = ...)";
- 1, a stray "{align*}" after the opening $$ (t11-hidden1): "unexpected at '}' (position 8)";
- 1, a heading row inside align*, "Derive \ &-\ 𝟃E/𝟃w1" (t11-dEdw1): "unknown symbol Derive; the notation knows E,
  h, i, o, out, t, w; give it a meaning in the notation's [notation.symbols], e.g. "Derive" = "a1[0]"";
- 1, the bare w of a rule for every weight, w = w - η*𝟃E/𝟃w (t11-update): "w matches none of the notation's patterns
  for w ('w_{1}', 'w_{2}', 'w_{3}', 'w_{4}', 'w_{5}', 'w_{6}', 'w_{7}', 'w_{8}')";
- 1, E1/δa_o1 with its first δ dropped (yeti-E1-dao1): "\delta needs its layer, e.g. \delta^{(1)}; or give it a
  meaning in the notation";
- 1, the typo ao_o1 (yeti-step6): "ao_{o1} matches none of the notation's patterns for ao ('ao_{1}', 'ao_{2}')".

The misreads (5): Markdown's "* " bullets at the start of plain-text lines read as products joining the lines into
one chain (yeti-w5-chain's three claims read as one claim of three members, wrong, wrong and correct; yeti-w5-w8's
and yeti-step5's four as one claim of four members, all wrong); Team 11's equation numbers in an align column of
their own, "&- \t(5)", read as "- (5)" subtracted from the row (t11-hidden2: its right first row called wrong); and
dlp-grad above.

Which look general (would appear in much homework): \cr (TeX's and KaTeX's row end, as \\; every formula copied
from a KaTeX page keeps it), Markdown bullets before plain-text formulas, equation numbers or remarks in an align
column after "&" ("&- (1)", "&- By \ Chain Rule"), E1 and E2 as the outputs' errors of E_total (Mazur's notation,
which the notation names; check reads them as samples' losses), a rule for every weight written with the bare
letter (w = w - η ∂E/∂w; the spec has no pattern for "any w" where the page numbers its weights across layers), and
the tolerance of a short number inside a vector of numbers. Page-specific: \sum_{\forall_{n}}, the stray
{align*}, a prose heading inside align*, the dropped δ and the ao_o1 typo.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch70_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_CSI = "https://github.com/Adsanvar/CSI5130 (hw1.md, commit 2013fee)"
_CALC = _STORED.format(47296748028, "Neural Network Forward and Backward Pass Calculator",
                       "a Python script solving a 2-2-1 sigmoid network by hand")
_UNN = "https://github.com/uhmann112/nn1 (singleNeuron.py, commit 1248307)"
_DLP = "https://github.com/MihirSaiDudekula/VIsem_Labs (DLP2.md, commit 2cdbbff)"
_CNN = "https://github.com/Mohamedsamir9537/cnn (cnn_second_task.py, commit c6a5334)"
_T11 = _STORED.format(26494566208, "How a Neural Network Works (Back Propagation)",
                      "Team 11's Typora write-up of an EVA course's spreadsheet exercise")
_YETI = "https://github.com/YETI-WU/EVA8_S3_BackPropagation (README.md, commit 02c2781)"
_VENKY = "https://github.com/venkyyuvy/image_classifier (S6/README.md, commit 8f37e30)"
_VN = "https://github.com/TrongDuyNguyen0611/NN (README.md, commit baf0eda)"
_LOTA = _STORED.format(41543363299, "title: Back Propagation 笔记", "lotabout's notes on Nielsen's chapter 2")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_KI = tuple({"k": k, "i": i} for k in range(3) for i in range(2))
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))

# the linear regression's residual and its gradients by w_0 and w_1 (one example, L_2 its square)
_E = "(b1[0] + W1[0,0]*x[0] - y[0])"
_GB = f"2*{_E}"
_GW = f"2*{_E}*x[0]"
# the calculator's deltas: dE/dz at the output and at hidden unit 1
_CO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_CH1 = f"{_CO}*W2[0,0]*a1[0]*(1 - a1[0])"
# the tanh network's -dE/da1[j] (hidden_error), its output_gradient being -dE/dz2
_HE = "-(W2[0,{j}]*(a2[0] - y[0])*(1 - a2[0]**2) + W2[1,{j}]*(a2[1] - y[1])*(1 - a2[1]**2))"
# the EVA network's dE/dz2 at o1 and o2, dE/da_h1 and dE/da_h2, and the gradients of w1 and w5
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_DAH1 = f"({_D0}*W2[0,0] + {_D1}*W2[1,0])"
_DAH2 = f"({_D0}*W2[0,1] + {_D1}*W2[1,1])"
_G1 = f"{_DAH1}*a1[0]*(1 - a1[0])*x[0]"
_D5 = f"{_D0}*a1[0]"
# the sigmoid cross-entropy network's dJ/dz at the output and at the hidden layer (one example)
_VL = "(-y[{k}]/a2[{k}] + (1 - y[{k}])/(1 - a2[{k}]))*a2[{k}]*(1 - a2[{k}])"
_VH = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*a1[{j}]*(1 - a1[{j}])"
# the half squared error network's dC/dz at the hidden layer
_LH = f"(W2[0,{{j}}]*{_D0} + W2[1,{{j}}]*{_D1})*a1[{{j}}]*(1 - a1[{{j}}])"
# the forward rules over the two layers (m: symbols.md's layer, p: the layer's input)
_FORWARD = tuple({"m": m, "i": i, "p": p} for m, p in ((1, "x"), (2, "a1")) for i in range(2))
_FORWARD_J = tuple({"m": m, "j": j, "p": p} for m, p in ((1, "x"), (2, "a1")) for j in range(2))
# a weight's gradient by layer: dJ/dz of its unit (d) times its input (p)
_VN_W = tuple({"m": 2, "j": k, "i": j, "d": f"(a2[{k}] - y[{k}])", "p": "a1"} for k in range(2) for j in range(2)) \
    + tuple({"m": 1, "j": j, "i": i, "d": _VH.format(j=j), "p": "x"} for j in range(2) for i in range(2))
_LOTA_W = tuple({"m": 2, "j": k, "k": j, "d": _D0 if k == 0 else _D1, "p": "a1"} for k in range(2) for j in range(2)) \
    + tuple({"m": 1, "j": j, "k": i, "d": _LH.format(j=j), "p": "x"} for j in range(2) for i in range(2))
_LOTA_B = tuple({"m": 2, "j": k, "d": _D0 if k == 0 else _D1} for k in range(2)) \
    + tuple({"m": 1, "j": j, "d": _LH.format(j=j)} for j in range(2))
_EVA_W = tuple({"m": m, "j": j, "i": i} for m in (1, 2) for j in range(2) for i in range(2))

ENTRIES: list[Public] = [
    # ---- Adsanvar's CSI5130 homework: inline $...$ in Markdown, \sum_{\forall_{n}}, * and juxtaposition, a chain
    # spread over $= ...$ lines with "; **Chain Rule**" after some and a blockquote's ">" before the last; the
    # derivative dL_2/dw written inside its own chain rule ------------------------------------------------------------
    Public("csi-L2", _CSI, "b70_csi", "b70_csi",
           "$L_{2} = \\frac{1}{N}  \\sum_{\\forall_{n}} (w_{0} + w_{1}x_n - t_{n})^{2}$", ((C,),),
           (Twin("value", f"{_E}**2", (f"{_E}**2",)),), batch=70, why="N = 1 example"),
    Public("csi-dw0", _CSI, "b70_csi", "b70_csi",
           "$\\frac{\\partial L_{2}}{\\partial w_{0}} = \\frac{1}{N} \\sum_{\\forall_{n}} (w_{0} + w_{1}x_n - t_{n})^{2}"
           "\\frac{\\partial L_{2}}{\\partial w_{0}}$\n\n"
           "$= \\frac{1}{N} * \\sum_{\\forall_{n}} (w_{0} + w_{1}x_n - t_{n})^{2} \\frac{\\partial L_{2}}{\\partial w_{0}}$\n\n"
           "$= \\frac{1}{N} *  \\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (w_{0} + w_{1}x_n - t_{n}) "
           "\\frac{\\partial L_{2}}{\\partial w_{0}}$ ; **Chain Rule**\n\n"
           "$= \\frac{1}{N} *  \\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (w_{0} \\frac{\\partial L_{2}}{\\partial w_{0}}"
           " + w_{1}x_n\\frac{\\partial L_{2}}{\\partial w_{0}} - t_{n}\\frac{\\partial L_{2}}{\\partial w_{0}})$ ; **Chain Rule**"
           "\n\n$= \\frac{1}{N} *  \\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (1+ 0 - 0)$\n\n"
           ">$= \\frac{\\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n})}{N}$", ((W, W, W, W, C, C),),
           (Twin("gradient", "b1[0]", (f"{_E}**2*{_GB}", f"{_E}**2*{_GB}", f"2*{_E}*{_E}*{_GB}",
                                       f"2*{_E}*(b1[0]*{_GB} + W1[0,0]*x[0]*{_GB} - y[0]*{_GB})",
                                       f"2*{_E}*(1 + 0 - 0)", f"2*{_E}")),), batch=70,
           why="the first four members multiply by dL_2/dw_0 itself (the chain rule written as a factor of the"
               " derivative it defines); the last two are right"),
    Public("csi-dw1", _CSI, "b70_csi", "b70_csi",
           "$\\frac{\\partial L_{2}}{\\partial w_{1}} = \\frac{1}{N} \\sum_{\\forall_{n}} (w_{0} + w_{1}x_n - t_{n})^{2}"
           "\\frac{\\partial L_{2}}{\\partial w_{1}}$\n\n"
           "$= \\frac{1}{N} * \\sum_{\\forall_{n}} (w_{0} + w_{1}x_n - t_{n})^{2} \\frac{\\partial L_{2}}{\\partial w_{1}}$\n\n"
           "$= \\frac{1}{N} *  \\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (w_{0} + w_{1}x_n - t_{n}) "
           "\\frac{\\partial L_{2}}{\\partial w_{1}}$ ; **Chain Rule**\n\n"
           "$= \\frac{1}{N} *  \\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (w_{0} \\frac{\\partial L_{2}}{\\partial w_{1}}"
           " + w_{1}x_n\\frac{\\partial L_{2}}{\\partial w_{1}} - t_{n}\\frac{\\partial L_{2}}{\\partial w_{1}})$ ; **Chain Rule**"
           "\n\n$= \\frac{1}{N} *  \\sum_{\\forall_{n}} 2 (w_{0} + w_{1}x_n - t_{n}) * (0+ x_n - 0)$\n\n"
           ">$= \\frac{\\sum_{\\forall_{n}} 2x_n (w_{0} + w_{1}x_n - t_{n})}{N}$", ((W, W, W, W, C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_E}**2*{_GW}", f"{_E}**2*{_GW}", f"2*{_E}*{_E}*{_GW}",
                                         f"2*{_E}*(b1[0]*{_GW} + W1[0,0]*x[0]*{_GW} - y[0]*{_GW})",
                                         f"2*{_E}*(0 + x[0] - 0)", f"2*x[0]*{_E}")),), batch=70,
           why="as for w_0: the first four members carry dL_2/dw_1 as a factor"),
    # ---- the stored calculator script: top-level Python assignments with names for every quantity (w_x1_h1, z_h1,
    # sigma_prime_o, delta_w_x1_h1, w_x1_h1_new) ------------------------------------------------------------------------
    Public("calc-zh1", _CALC, "b70_calc", "b70_calc", "z_h1 = x1 * w_x1_h1 + x2 * w_x2_h1", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=70),
    Public("calc-zo", _CALC, "b70_calc", "b70_calc", "z_o = h1 * w_h1_o + h2 * w_h2_o", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=70),
    Public("calc-delta-o", _CALC, "b70_calc", "b70_calc", "delta_o = (o - y) * sigma_prime_o", ((C,),),
           (Twin("gradient_z", "z2[0]", (_CO,)),), batch=70, why="the comment above it: \"For MSE loss\", 1/2 (o - y)^2"),
    Public("calc-delta-h1", _CALC, "b70_calc", "b70_calc", "delta_h1 = delta_o * w_h1_o * sigma_prime_h1", ((C,),),
           (Twin("gradient_z", "z1[0]", (_CH1,)),), batch=70),
    Public("calc-dw-x1h1", _CALC, "b70_calc", "b70_calc", "delta_w_x1_h1 = eta * delta_h1 * x1", ((C,),),
           (Twin("value", f"eta*{_CH1}*x[0]", (f"eta*{_CH1}*x[0]",)),), batch=70,
           why="the step eta dE/dw (subtracted on the next line), a value"),
    Public("calc-new-x1h1", _CALC, "b70_calc", "b70_calc", "w_x1_h1_new = w_x1_h1 - delta_w_x1_h1", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=70),
    # ---- uhmann112's single neuron: a function's indented lines, np.dot and np.square, a "derivative" that
    # differentiates nothing ----------------------------------------------------------------------------------------
    Public("unn-layer1", _UNN, "b70_unn", "b70_unn", "    layer1 = np.dot(inputVector,weights)", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=70,
           why="inside makePrediction, which never adds the bias it is given"),
    Public("unn-layer2", _UNN, "b70_unn", "b70_unn", "    layer2 = sigmoid(layer1)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=70),
    Public("unn-error", _UNN, "b70_unn", "b70_unn", "error = np.square(prediction-target)", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=70),
    Public("unn-derivative", _UNN, "b70_unn", "b70_unn", "derivative = 2* (error-target)", ((W,),),
           (Twin("gradient", "W1[0,{i}]", ("2*((a1[0] - y[0])**2 - y[0])",), _I2),), batch=70,
           why="the script subtracts it from the weights (weights -= derivative, left out: a step of 1 with no"
               " learning rate); dE/dw is 2 (prediction - target) sigma' x, not 2 (error - target)"),
    # ---- MihirSaiDudekula's softmax example: $$ blocks indented under a list, \text{} subscripts, ≈, vectors of
    # numbers in brackets, X^\top \cdot for the outer product of rows ----------------------------------------------
    Public("dlp-ypred", _DLP, "b70_dlp", "b70_dlp", "$$\ny_{\\text{pred}} = [0.098, 0.659, 0.242]\n$$", ((C,),),
           (Twin("value", "a1[{k}]", ("=[0.098, 0.659, 0.242]",), _K3),), batch=70,
           why="softmax([-0.8, 1.1, 0.1]) = [0.0986, 0.6590, 0.2424]: 0.098 one unit off its rounding, as the spec"
               " allows"),
    Public("dlp-loss", _DLP, "b70_dlp", "b70_dlp",
           "$$\n\\text{Loss} = -\\sum y_{\\text{true}} \\cdot \\log(y_{\\text{pred}})\n= -\\log(0.659) ≈ 0.417\n$$",
           ((C, C, C),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))", "=-np.log(0.659)", "=0.417")),),
           batch=70),
    Public("dlp-grad", _DLP, "b70_dlp", "b70_dlp",
           "$$\n\\text{grad} = y_{\\text{pred}} - y_{\\text{true}} = [0.098, 0.659, 0.242] - [0, 1, 0] = [0.098, -0.341, 0.242]"
           "\n$$", ((C, W, C),),
           (Twin("value", "(a1 - t)[{k}]", ("a1[{k}] - t[{k}]", "=np.array([0.098, 0.659, 0.242]) - np.array([0, 1, 0])",
                                            "=[0.098, -0.341, 0.242]"), _K3),), batch=70,
           why="grad the softmax's dLoss/dlogits, written as a value of the whole vector; its second member's 0.098,"
               " carried through the subtraction, is judged to half a unit of its last digit (two significant"
               " digits) and p_0 is 0.098566 (the oracle's verdict; written down first as correct, as the last"
               " member's 0.098, a result allowed one unit, is)"),
    Public("dlp-wupdate", _DLP, "b70_dlp", "b70_dlp", "$$\n\\text{W update} = X^\\top \\cdot \\text{grad}\n$$", ((C,),),
           (Twin("gradient", "W1[{k},{i}]", ("x[{i}]*(a1[{k}] - t[{k}])",), _KI),), batch=70,
           why="X (1, 2) and grad (1, 3) rows: X^T grad is the (2, 3) gradient in W's input-first layout"),
    # ---- Mohamedsamir9537's tanh network: NumPy rows (np.dot(inputs, W) + b, .T, .dot), += updates, the script's
    # tanh_dev (1 - tanh(x)**2) applied to outputs that are already tanh's ------------------------------------------
    Public("cnn-hidden-input", _CNN, "b70_cnn", "b70_cnn",
           "    hidden_input = np.dot(inputs, weights_input_hidden) + bias_hidden", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),), batch=70),
    Public("cnn-hidden-output", _CNN, "b70_cnn", "b70_cnn", "    hidden_output = tanh(hidden_input)", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),), batch=70),
    Public("cnn-final-output", _CNN, "b70_cnn", "b70_cnn", "    final_output = tanh(final_input)", ((C,),),
           (Twin("value", "a2[{k}]", ("tanh(z2[{k}])",), _K2),), batch=70),
    Public("cnn-output-gradient", _CNN, "b70_cnn", "b70_cnn", "    output_gradient = error * tanh_dev(final_output)",
           ((W,),), (Twin("value", "-(a2[{k}] - y[{k}])*(1 - a2[{k}]**2)",
                          ("(y[{k}] - a2[{k}])*(1 - tanh(a2[{k}])**2)",), _K2),), batch=70,
           why="tanh_dev(x) = 1 - tanh(x)**2 takes the sum: at final_output it is 1 - tanh(tanh(z))^2, not 1 - a^2"),
    Public("cnn-hidden-error", _CNN, "b70_cnn", "b70_cnn",
           "    hidden_error = output_gradient.dot(weights_hidden_output.T)", ((C,),),
           (Twin("value", _HE, (_HE,), _J2),), batch=70,
           why="right as a rule in the names the notation gives (output_gradient -dE/dz2), whatever the line before"
               " computed"),
    Public("cnn-hidden-gradient", _CNN, "b70_cnn", "b70_cnn", "    hidden_gradient = hidden_error * tanh_dev(hidden_output)",
           ((W,),), (Twin("value", f"{_HE}*(1 - a1[{{j}}]**2)", (f"{_HE}*(1 - tanh(a1[{{j}}])**2)",), _J2),), batch=70,
           why="tanh_dev at the hidden outputs again"),
    Public("cnn-w2-update", _CNN, "b70_cnn", "b70_cnn",
           "    weights_hidden_output += np.dot(hidden_output.T, output_gradient) * learning_rate", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ),), batch=70,
           why="output_gradient is -dE/dz2 (error = y - a): += is gradient descent; hidden_output.T (2, 1) times the"
               " (1, 2) row is the input-first (2, 2) matrix"),
    # ---- Team 11's Typora write-up (stored): $$ with align*, tabs and "&- (1)" equation numbers in a column of
    # their own, "&- By \ Chain Rule" remarks, 𝟃 (U+1D7C3) for the partial sign beside ∂, out_h1 and i1 (letters
    # and digits) inside LaTeX, [ ] and { } as brackets; out_o1 = σ(h1) where o1 is meant -----------------------------
    Public("t11-hidden1", _T11, "b70_eva", "b70_t11",
           "$$ {align*}\n\\\\\n\\begin{align*}\nh1 &= w1* i1 + w2 * i2\t\t\t\t\t&- \t(1) \\\\\n"
           "h2 &= w3 * i1 + w4 * i2\t\t\t\t\t&- \t(2) \\\\\nout_h1 &= σ (h1)\t\t\t\t\t\t&- \t(3) \\\\\n"
           "out_h2 &= σ (h2)\t\t\t\t\t\t&- \t(4)\\\\\n\\end{align*}\n$$", ((C,), (C,), (C,), (C,)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)), Twin("value", "z1[1]", ("W1[1,0]*x[0] + W1[1,1]*x[1]",)),
            Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", "a1[1]", ("sigmoid(z1[1])",))), batch=70,
           why="the page's stray \"{align*}\" after the opening $$"),
    Public("t11-hidden2", _T11, "b70_eva", "b70_t11",
           "$$\n\\\\\n\\begin{align*}\no1 &= w5 * out_h1 + w6 * out_h2\t\t\t\t\t&- \t(5) \\\\\n"
           "o1 &= w7 * out_h1 + w8 * out_h2\t\t\t\t\t&- \t(6) \\\\\nout_o1 &= σ (h1)\t\t\t\t\t\t&- \t(7) \\\\\n"
           "out_o2 &= σ (h2)\t\t\t\t\t\t&- \t(8)\n\\end{align*}\n$$", ((C,), (W,), (W,), (W,)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),
            Twin("value", "z2[0]", ("W2[1,0]*a1[0] + W2[1,1]*a1[1]",)),
            Twin("value", "a2[0]", ("sigmoid(z1[0])",)), Twin("value", "a2[1]", ("sigmoid(z1[1])",))), batch=70,
           why="(6) names o1 for o2's sum; (7) and (8) take the sigmoid of the hidden sums h1, h2 for o1, o2 (the"
               " page's (9) and its derivatives use σ(o1), σ(o2))"),
    Public("t11-dEdw5", _T11, "b70_eva", "b70_t11",
           "$$\n\\begin{align*}\n𝟃E/𝟃w5  &= 𝟃E1/𝟃w5 + 𝟃E2/𝟃w5\\\\\n&= 𝟃E1/𝟃w5  + 0\t\\\\\n"
           "&= -1 * (t1 - out_o1) * 𝟃(σ(o1))/𝟃w5  \\\\\n"
           "&= (out_o1 - t1) * [𝟃(σ(o1))/𝟃o1] * [𝟃o1/𝟃w5 ]   &- By \\ Chain Rule \\\\\n"
           "&= (out_o1 - t1) * [ σ(o1) * (1 - σ(o1)) ] * [out_h1]\t&- ref. (11)\\  and\\  (13)\\\\\n"
           "&= (out_o1 - t1) * [ out_o1 * (1 - out_o1) ] * [out_h1] &- subst\\  Values\\  from\\  (7)\n\\end{align*}\n$$",
           ((C, C, C, C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_D5} + 0", f"{_D5} + 0", "-1*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]", _D5, _D5,
                                         _D5)),), batch=70),
    Public("t11-w678", _T11, "b70_eva", "b70_t11",
           "$$\n∂E/∂w6  =(out_o1 - t1) * [ out_o1 * (1 -out_o1) ] * [out_h2] \\\\\n"
           "∂E/∂w7  =(out_o2 - t2) * [ out_o2 * (1 -out_o2) ] * [out_h1] \\\\\n"
           "∂E/∂w8  =(out_o2 - t2) * [ out_o2 * (1 -out_o2) ] * [out_h2]\n$$", ((C,), (C,), (C,)),
           (Twin("gradient", "W2[0,1]", (f"{_D0}*a1[1]",)), Twin("gradient", "W2[1,0]", (f"{_D1}*a1[0]",)),
            Twin("gradient", "W2[1,1]", (f"{_D1}*a1[1]",))), batch=70),
    Public("t11-dEdw1", _T11, "b70_eva", "b70_t11",
           "$$\n\\begin{align*}\nDerive \\ &-\\ 𝟃E/𝟃w1 \\\\\n...\\\\\n"
           "𝟃E/𝟃w1  &= 𝟃E1/𝟃w1 + 𝟃E2/𝟃w1 \t\t& Substitution values from (9) and (10)\\\\\n"
           "\t\t&= {-1 * (t1 - out_o1) * 𝟃(out_o1)/𝟃w1} + { -1 * (t2 - out_o2) * 𝟃(out_o2)/𝟃w1 }  &- (16)\n"
           "\\end{align*}\n$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (_G1, _G1)),), batch=70,
           why="its first row, \"Derive \\ &-\\ 𝟃E/𝟃w1\", a heading inside the align"),
    Public("t11-update", _T11, "b70_eva", "b70_t11", "$$\nw = w - η*𝟃E/𝟃w \\\\\n.\\\\\nη - Learning.rate\n$$", ((C,),),
           (Twin("update", "W{m}[{j},{i}]", ("W{m}[{j},{i}] - eta*grad",), _EVA_W),), batch=70,
           why="the rule for every weight (the page names them w1 to w8), \"η - Learning.rate\" saying what η is;"
               " the first of its two copies"),
    # ---- YETI-WU's README: plain-text bullets with δ for the partial sign, a_h1 and ao1 for the same kind of
    # name, E1/δa_o1 without its first δ, and the chain for w3 and w4 through h1 --------------------------------------
    Public("yeti-ah1", _YETI, "b70_eva", "b70_yeti", "* a_h1 = σ(o1) = 1/(1+exp(-h1))  ", ((W, C),),
           (Twin("value", "a1[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z1[0]))")),), batch=70,
           why="σ(o1) for σ(h1); the last member is right"),
    Public("yeti-w5-chain", _YETI, "b70_eva", "b70_yeti",
           "* δE_total/δw5 = δ(E1 + E2)/δw5  \n* δE_total/δw5 = δE1/δw5  \n"
           "* δE_total/δw5 = δE1/δa_o1 * δa_o1/δo1 * δo1/δw5  ", ((C,), (C,), (C,)),
           (Twin("gradient", "W2[0,0]", (_D5,)), Twin("gradient", "W2[0,0]", (_D5,)),
            Twin("gradient", "W2[0,0]", (_D5,))), batch=70, why="three bullets, three claims"),
    Public("yeti-E1-dao1", _YETI, "b70_eva", "b70_yeti", "* E1/δa_o1 = δ(1/2*(t1-a_o1)^2)/δa_o1 = a_o1-t1  ", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=70,
           why="E1/δa_o1 for δE1/δa_o1 (the δ dropped, as in the next bullets' o1/δw5): judged as the derivative the"
               " page computes"),
    Public("yeti-w5-w8", _YETI, "b70_eva", "b70_yeti",
           "* δE_total/δw5 = (a_o1-t1) * ao1*(1-a_o1) * a_h1  \n* δE_total/δw6 = (a_o1-t1) * ao1*(1-a_o1) * a_h2  \n"
           "* δE_total/δw7 = (a_o2-t2) * ao2*(1-a_o2) * a_h1  \n* δE_total/δw8 = (a_o2-t2) * ao2*(1-a_o2) * a_h2  ",
           ((C,), (C,), (C,), (C,)),
           (Twin("gradient", "W2[0,0]", (_D5,)), Twin("gradient", "W2[0,1]", (f"{_D0}*a1[1]",)),
            Twin("gradient", "W2[1,0]", (f"{_D1}*a1[0]",)), Twin("gradient", "W2[1,1]", (f"{_D1}*a1[1]",))), batch=70,
           why="ao1 and ao2 the page's other spelling of a_o1 and a_o2 (named in the notation)"),
    Public("yeti-step5", _YETI, "b70_eva", "b70_yeti",
           "* δE_total/δw1 = δE_total/δa_h1 * δa_h1/δh1 * δh1/δw1  \n* δE_total/δw2 = δE_total/δa_h1 * δa_h1/δh1 * δh1/δw2  \n"
           "* δE_total/δw3 = δE_total/δa_h1 * δa_h1/δh1 * δh1/δw3  \n* δE_total/δw4 = δE_total/δa_h1 * δa_h1/δh1 * δh1/δw4  ",
           ((C,), (C,), (W,), (W,)),
           (Twin("gradient", "W1[0,0]", (_G1,)), Twin("gradient", "W1[0,1]", (f"{_DAH1}*a1[0]*(1 - a1[0])*x[1]",)),
            Twin("gradient", "W1[1,0]", (f"{_DAH1}*a1[0]*(1 - a1[0])*0",)),
            Twin("gradient", "W1[1,1]", (f"{_DAH1}*a1[0]*(1 - a1[0])*0",))), batch=70,
           why="w3 and w4 feed h2, not h1: δh1/δw3 = δh1/δw4 = 0, so the last two chains are 0"),
    Public("yeti-step6", _YETI, "b70_eva", "b70_yeti",
           "δE_total/δw1 = ((a_o1-t1) * ao_o1*(1-a_o1) * w5 + (a_o2-t2) * a_o2*(1-a_o2) * w7) * a_h1*(1-a_h1) * i1  \n"
           "δE_total/δw2 = ((a_o1-t1) * ao_o1*(1-a_o1) * w5 + (a_o2-t2) * a_o2*(1-a_o2) * w7) * a_h1*(1-a_h1) * i2  \n"
           "δE_total/δw3 = ((a_o1-t1) * ao_o1*(1-a_o1) * w6 + (a_o2-t2) * a_o2*(1-a_o2) * w8) * a_h1*(1-a_h1) * i1  \n"
           "δE_total/δw4 = ((a_o1-t1) * ao_o1*(1-a_o1) * w6 + (a_o2-t2) * a_o2*(1-a_o2) * w8) * a_h1*(1-a_h1) * i2  ",
           ((C,), (C,), (W,), (W,)),
           (Twin("gradient", "W1[0,0]", (_G1,)), Twin("gradient", "W1[0,1]", (f"{_DAH1}*a1[0]*(1 - a1[0])*x[1]",)),
            Twin("gradient", "W1[1,0]", (f"{_DAH2}*a1[0]*(1 - a1[0])*x[0]",)),
            Twin("gradient", "W1[1,1]", (f"{_DAH2}*a1[0]*(1 - a1[0])*x[1]",))), batch=70,
           why="ao_o1 the page's typo for a_o1 (twinned as a_o1; no notation names it); w3 and w4 take a_h1's slope"
               " where a_h2's is due"),
    # ---- venkyyuvy's LaTeX README: $$ on one line, a_{h_1} with a subscript's subscript, \sigma{(h_1)}, * for the
    # product; o_1 from h_1 rather than a_{h_1}, and the hidden gradients' missing parentheses ---------------------------
    Public("venky-ah1", _VENKY, "b70_eva", "b70_venky",
           "$$ a_{h_1} = \\sigma{(h_1)}  = \\frac{1}{1 + e^{-h_1}}$$", ((C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),), batch=70),
    Public("venky-o1", _VENKY, "b70_eva", "b70_venky", "$$ o_1 = w_5 * h_1 + w_6 * a_{h_2}$$", ((W,),),
           (Twin("value", "z2[0]", ("W2[0,0]*z1[0] + W2[0,1]*a1[1]",)),), batch=70,
           why="h_1, the hidden sum, where its activation a_{h_1} is due (o_2's line repeats it)"),
    Public("venky-w5-chain", _VENKY, "b70_eva", "b70_venky",
           "$$\\frac{\\partial E_{total}}{\\partial w_5} = \\frac{\\partial (E_1)}{\\partial w_5} = "
           "\\frac{\\partial (E_1)}{\\partial a_{o_1}}  * \\frac{\\partial a_{o_1}}{\\partial o_1} * "
           "\\frac{\\partial o_1}{\\partial w_5} $$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (_D5, _D5)),), batch=70),
    Public("venky-dE1-dao1", _VENKY, "b70_eva", "b70_venky",
           "$$\\frac{\\partial E_1}{\\partial a_{o_1}} = \\frac{\\partial (\\frac{1}{2} * (t_1 - a_{o_1})^2)}{\\partial a_{o_1}}"
           " = (a_{o_1} - t_1)$$", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]")),), batch=70,
           why="dE_1/da_{o_1}, a local derivative, a value"),
    Public("venky-w5", _VENKY, "b70_eva", "b70_venky",
           "$$\\frac{\\partial E_{total}}{\\partial w_5} = (a_{o_1} - t_1) * a_{o_1} *( 1 - a_{o_1}) * a_{h_1} $$", ((C,),),
           (Twin("gradient", "W2[0,0]", (_D5,)),), batch=70),
    Public("venky-w1", _VENKY, "b70_eva", "b70_venky",
           "$$\\frac{\\partial E_{total}}{\\partial w_1} = (a_{o_1} - t_1) * a_{o_1} *( 1 - a_{o_1}) * w_5 + (a_{o_2} - t_2)"
           " * a_{o_2} * (1 - a_{o_2}) * w_7 * a_{h_1} * (1 - a_{h_1}) * i_1 $$", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"{_D0}*W2[0,0] + {_D1}*W2[1,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=70,
           why="the sum over the two outputs is not parenthesised: only its second term is multiplied by a_{h_1}"
               " (1 - a_{h_1}) i_1 (the line before writes dE_{total}/da_{h_1} right)"),
    # ---- TrongDuyNguyen0611's README: bare LaTeX lines (no $), aligned with \cr for the line break, \displaystyle,
    # \big, \intercal, \dfrac with braced \partial{J}, bold vectors, layer (l) counted from the input ------------------
    Public("vn-forward", _VN, "b70_vn", "b70_vn",
           "\\begin{aligned} z^{(l+1)}_i &= \\displaystyle\\sum_{j=1}^{n^{(l)}} w^{(l+1)}_{ij}a^{(l)}_j + b^{(l+1)}_i \\cr "
           "a_i^{(l+1)} &= f\\big(z^{(l+1)}_i\\big) \\end{aligned} ", ((C,), (C,)),
           (Twin("value", "z{m}[{i}]", ("W{m}[{i},0]*{p}[0] + W{m}[{i},1]*{p}[1] + b{m}[{i}]",), _FORWARD),
            Twin("value", "a{m}[{i}]", ("sigmoid(z{m}[{i}])",), _FORWARD)), batch=70,
           why="the rule at both layers; its rendered copy (KaTeX's text, pasted on the next lines) left out"),
    Public("vn-dJdzL", _VN, "b70_vn", "b70_vn",
           "\\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(L)}}} = \\dfrac{\\partial{J}}{\\partial{\\mathbf{a}^{(L)}}}"
           "\\dfrac{\\partial{\\mathbf{a}^{(L)}}}{\\partial{\\mathbf{z}^{(L)}}} ", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_VL,), _K2),), batch=70,
           why="the sigmoid's da/dz diagonal: the product entry by entry"),
    Public("vn-summary", _VN, "b70_vn", "b70_vn",
           "\\begin{aligned} \\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(L)}}} &= \\dfrac{\\partial{J}}{\\partial{\\mathbf{a}^{(L)}}}"
           "\\dfrac{\\partial{\\mathbf{a}^{(L)}}}{\\partial{\\mathbf{z}^{(L)}}} \\cr \\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(l)}}}"
           " &= \\bigg(\\big(\\mathbf{W}^{(l+1)}\\big)^{\\intercal}\\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(l+1)}}}\\bigg)"
           "\\dfrac{\\partial{\\mathbf{a}^{(l)}}}{\\partial{\\mathbf{z}^{(l)}}} \\cr \\dfrac{\\partial{J}}{\\partial{\\mathbf{W}^{(l)}}}"
           " &= \\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(l)}}}\\big(\\mathbf{a}^{(l-1)}\\big)^{\\intercal} \\end{aligned} ",
           ((C,), (C,), (C,)),
           (Twin("gradient_z", "z2[{k}]", (_VL,), _K2), Twin("gradient_z", "z1[{j}]", (_VH,), _J2),
            Twin("gradient", "W{m}[{j},{i}]", ("{d}*{p}[{i}]",), _VN_W)), batch=70,
           why="the summary of section 6: the hidden rule holds at l = 2 (the post's l = L-1 down to 2), the weights'"
               " at both layers"),
    Public("vn-dJdW", _VN, "b70_vn", "b70_vn",
           "\\begin{aligned} \\dfrac{\\partial{J}}{\\partial{\\mathbf{W}^{(l)}}} &= \\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(l)}}}"
           "\\dfrac{\\partial{\\mathbf{z}^{(l)}}}{\\partial{\\mathbf{W}^{(l)}}} \\cr & = \\dfrac{\\partial{J}}{\\partial{\\mathbf{z}^{(l)}}}"
           "\\big(\\mathbf{a}^{(l-1)}\\big)^{\\intercal} \\end{aligned} ", ((C, C),),
           (Twin("gradient", "W{m}[{j},{i}]", ("{d}*{p}[{i}]", "{d}*{p}[{i}]"), _VN_W),), batch=70,
           why="step 4; dz/dW, of a vector by a matrix, is the input a^{(l-1)} at each weight"),
    # ---- lotabout's stored notes: Nielsen's letters, \equiv in a list's inline formulas amid Chinese prose,
    # eqnarray with \tag{BP1a}, a full stop before \tag, \nabla_{w^l} C; z_j^l defined with w_{kj} for w_{jk} ------------
    Public("lota-z-def", _LOTA, "b70_lota", "b70_lota",
           "- $z_j^l$ 表示第 $l$ 层的第 $j$ 个节点的加权输入，即 $z_j^l \\equiv\n    \\sum_k{w_{kj}^l a_k^{l-1}} + b_j^l$", ((W,),),
           (Twin("value", "z{m}[{j}]", ("W{m}[0,{j}]*{p}[0] + W{m}[1,{j}]*{p}[1] + b{m}[{j}]",), _FORWARD_J),), batch=70,
           why="w_{kj}^l where the page's own definition (the line before: w_{jk}^l from k to j) needs w_{jk}^l; the"
               " rule at layers 2 and 3"),
    Public("lota-a-def", _LOTA, "b70_lota", "b70_lota",
           "- $a_j^l$ 表示第 $l$ 层的第 $j$ 个节点的激活输出，即 $a_j^l \\equiv \\sigma(z_j^l)$", ((C,),),
           (Twin("value", "a{m}[{j}]", ("sigmoid(z{m}[{j}])",), _FORWARD_J),), batch=70),
    Public("lota-bp1a", _LOTA, "b70_lota", "b70_lota",
           "\\begin{eqnarray}\n  \\delta^L = \\nabla_a C \\odot \\sigma'(z^L).\n\\tag{BP1a}\\end{eqnarray}", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=70),
    Public("lota-bp2", _LOTA, "b70_lota", "b70_lota",
           "\\begin{eqnarray}\n  \\delta^l_j = \\sum_k w^{l+1}_{kj}  \\delta^{l+1}_k \\sigma'(z^l_j).\n\\tag{BP2}\\end{eqnarray}",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_LH,), _J2),), batch=70,
           why="the component form's first copy; the rule holds at the hidden layer"),
    Public("lota-bp4", _LOTA, "b70_lota", "b70_lota",
           "\\begin{eqnarray}\n  \\frac{\\partial C}{\\partial w^l_{jk}} = a^{l-1}_k \\delta^l_j.\n\\tag{BP4}\\end{eqnarray}",
           ((C,),), (Twin("gradient", "W{m}[{j},{k}]", ("{p}[{k}]*{d}",), _LOTA_W),), batch=70),
    Public("lota-list5", _LOTA, "b70_lota", "b70_lota",
           "  $\\nabla_{w^l} C = \\delta^l (a^{l-1} )^T $ ， $\\nabla_{b^l} C = \\delta^l$", ((C,), (C,)),
           (Twin("gradient", "W{m}[{j},{k}]", ("{d}*{p}[{k}]",), _LOTA_W), Twin("gradient", "b{m}[{j}]", ("{d}",), _LOTA_B)),
           batch=70, why="the algorithm's step 5, two formulas on one line with a full-width comma between"),
    Public("lota-bp3-chain", _LOTA, "b70_lota", "b70_lota",
           "\\begin{eqnarray}\n  \\frac{\\partial C}{\\partial b_j^l} = \\sum_k w^{l+1}_{kj}  \\delta^{l+1}_k \\sigma'(z^l_j) = "
           "\\delta^l_j\n\\tag{BP3}\\end{eqnarray}", ((C, C),),
           (Twin("gradient", "b1[{j}]", (_LH, _LH), _J2),), batch=70,
           why="the end of BP3's proof, at the hidden layer (its sum over layer l+1 names no layer past the output)"),
]
