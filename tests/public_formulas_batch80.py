r"""Batch 80 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used (the code corpus: AlexandreChaussard's logistic-regression
helpers at one commit, ywang0789's formulas file, and nine stored files without their repository's name: a Jekyll
post of TAMU course notes in Mitchell's notation with kramdown's \\[ ... \\] delimiters; notes on John Richards'
remote-sensing lectures training a network in g, z, theta and \tag{n}; pandoc slides in Haykin's notation with
\textcolor around every factor and \underbrace labels; a Korean blog post on a sigmoid layer under the
cross-entropy; a Korean lecture note working a 2-2-1 example in numbers (numbered items in Korean, Unicode
subscripts, U+2212) and deriving the general rule in T_k, net and F; a MATLAB assignment's hiddenDeltas; a lesson in
Portuguese whose code block carries Chinese comments; a Japanese lesson's Python comments; a Python exercise
solution's comments), copied verbatim, typos and mistakes included, each with the notation a teacher would write
for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the
kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch80_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. The stored files are cited by their ids. A local derivative
(dphi/dv, dg_k/dz_k, dS_i/dW_ji, dy_k/dv_k) or a derivative by an activation (dE/dg_k, dE/dy_k, dL/da2, dL/dh) is
twinned as a value, as in batches 14 to 78; so is a step Delta w (a value -eta dE/dw), a delta in Mitchell's or
Haykin's sign ((t - o) o (1 - o) = -dE/dnet, the notations' "-delta2[k]"), and a delta worked in numbers.
Formulas keep their page's delimiters and what surrounds them on their line (\\[ ... \\] and two trailing spaces,
"    - Error: $$...$$" list items, $$ on lines of their own with \tag inside, \begin{align} blocks with tabs, a
numbered item's Korean words, a table row's bars, a code line's trailing # comment in Chinese, a Python comment's
"# ", a function's def line before its return); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 80

The batch: 55 formulas from 11 addresses (TAMU 6, Richards 8, the slides 7, the Korean blog 5, the Korean lecture
note 13, hiddenDeltas 2, AlexandreChaussard 3, ywang0789 2, the Portuguese lesson 4, the Japanese lesson 2, the
exercise 3).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- Richards' (3), "z_k = \sum_{k} (w_{kj} g_j + \theta_k) \implies ...": the sum written over k, the unit's own
  letter, with theta_k inside it (z_k = sum_j w_{kj} g_j + theta_k); the derivative after \implies is right;
- Richards' (5), "\eta \frac{\partial E}{\partial w_{ji}} = (the chain) = \eta \frac{\partial E}{\partial g_j} ...":
  the chain in the middle has lost the eta of the left side (the last member has it);
- the slides' input-hidden block, whose three left sides were copied from the hidden-output block: dE/dy_k, dy_k/dv_k
  and dv_k/dw_{ji} where dE/dy_j, dy_j/dv_j, dv_j/dw_{ji} belong (each right side is the hidden unit's);
- AlexandreChaussard's binary_cross_entropy at commit 02e38f2, np.mean(y * np.log(y_hat) + ...) without the minus.

Not mistaken, though they look it: the Korean example's z₃ = ... = 0.1247 (0.12483 worked from the rounded h's, one
unit off its rounding) and L = −log(0.531) = 0.634 (0.63275, one unit off); the Korean derivation's quotient rule
with 1' and (1 + e^{-net})' and (1/F(net) - 1)/(1/F(net)^2); the slides' a the sigmoid's slope (1), written glued,
ay_k; Richards' b the slope (1) in g_k = 1/(1 + exp(-z_k / b)).

What was left out: the TAMU notes' momentum rules and their E(t)/w_{ji}(t) (no derivative written); Richards' E =
\frac{1}{2} \sum (t - g)^2 with no index and his momentum rule; the slides' first align, "y & = \frac{1}{2} \sum_k
(d_k - y_k)^2" (y for E, a slip, but y names no quantity of the network by itself) and their generic \Delta w_{ji}(n)
= \eta \delta_j y_i; the Korean example's table of updated weights (numbers only); the lessons' f-string prints and
code with conditionals (1.0 if z1 > 0 else 0.0). The entries were cut to 55 from 58 (the Japanese dL/dh, the
Portuguese dL/da1, the Korean dL/dw_{11} chain) before anything was run.

Collected on 2026-12-05 (17:02 to 17:08 by the machine's clock, the oracle's runs included) and run blind at main
e3071c5 (/work/READY_FOR_BLIND27), with nothing under src/ changed. Every notation was loaded with its network
(notation_loading.load_notation) before the run, without judging a formula: all fifteen pairs loaded. The first run
(/work/batch80_blind.txt): 32 of 55 read with every verdict right (58%), 20 refused, 3 misread, no crash, NO WRONG
FORMULA CALLED CORRECT. No refusal was a notation outside the spec's grammar, so there was no second run.

The 3 misreadings are the collector's: the Korean blog's notation maps its letters counting from 0 ("Y_{j}" =
"a1[j]", "Z_{i}" = "a2[i]") while the page's sums start at 1 (\sum_{j=1}, \sum_{i=1}), so as the notation says,
S_i = \sum_{j=1}{Y_j}{W_{ji}} leaves out the first hidden unit and E = -\sum_{i=1}(...) the first output: check
called them wrong (kb-S, kb-E, and the first member of kb-parts, whose derivative writes the same sum), rightly for
the notation given. Tried afterwards with the letters counted from 1 ("a1[j-1]", "a2[i-1]", ...), the notation only:
all five of the blog's entries read with every verdict right.

Of the 4 mistaken formulas, 1 read with every verdict right (the slides' three copied left sides, each called
wrong) and 3 were refused (Richards' (3) and (5), at their \text{From} and \text{in which, }; AlexandreChaussard's
binary_cross_entropy, at np.mean). By page: TAMU 3 of 6, Richards 5 of 8, the slides 4 of 7, the Korean blog 2 of 5
(the 3 misreadings), the Korean lecture note 9 of 13, hiddenDeltas 1 of 2, AlexandreChaussard 0 of 3, ywang0789 0 of
2, the Portuguese lesson 4 of 4, the Japanese lesson 2 of 2, the exercise 2 of 3.

The refusals by construct (20), with the exact message:

- 3, prose in \text{...} before the claim: "\text{From} \quad g_k = ... \implies ..." (rs-dgdz, rs-dzdw): "unknown
  symbol From; the notation knows \Delta w, \delta, \theta, b, g, t, w, z; give it a meaning in the notation's
  [notation.symbols], e.g. "From" = "a1[0]""; "\text{in which, }\n\eta \frac{...}" (rs-5): "unknown symbol
  inwhich,; ... no name holds parentheses or commas: these are words in \text{...} with their spaces lost, a
  sentence's prose; leave them out of the formula (a lead-in before \Rightarrow, a remark after \quad, is set
  aside)";
- 3, a course's macro, E(\vw) (the loss of the weights \vw; hk-forward, hk-dEdwkj, hk-dEdwji): "the command \vw is
  not part of a formula check can read at '\\vw' (position 3); write arithmetic, \frac, \sum, \sigma, \log, \exp and
  the homework's symbols";
- 3, a numbered item's Korean label before a colon, with "(delta)" or an arrow in it: "출력층 오차(delta): δ₃ = ..."
  (kl-delta3, kl-delta-hidden): "unexpected at ':' (position 14)"; "입력층 → 은닉층 가중치의 gradient: ∂L/∂w₁₁ = ..."
  (kl-grad-w): "unexpected at ':' (position 28)" (the label "출력층 가중치의 gradient:" of kl-grad-v reads);
- 2, Mitchell's sums over a named set, \sum_{j \in outputs} (tamu-delta-hid) and \sum_{k \in Downstream(j)}
  (tamu-dw-deriv): "a sum over a set that is neither one capital letter, a word nor written out at 'o' (position
  44); write \sum_k: a sum without bounds runs over the units" (at 'D', position 175);
- 1, a sum over the examples without a bound, \frac{1}{2} \sum_k (d_k - y_k)^2 "for n input-output pairs"
  (tamu-dEdw): "a sum over the samples has no bound, so nothing says how many it adds: ... give N its value in the
  notation ("N" = "1", the one sample check reads), or, if the page's loss is their total, write reduction = "sum"
  in the file's [update]" (the notation, which named no count, the collector's omission);
- 2, np.mean without a count of samples (ac-bce, yw-loss): "np.mean((y * log(y_{hat})) + ((1 - y) * log(1 -
  y_{hat}))) averages over the samples, and nothing says how many a step takes: give the count in the notation's
  [notation.symbols] ("m" = "1", the one sample check reads), or write 1/m with m so given" (again a count the
  notation could have named);
- 2, a def of a function that is not a derivative's word nor named by the notation, def sigmoid(x) (ac-sigmoid) and
  def derivative_binary_cross_entropy(y_hat, y, X) (ac-dbce): "def sigmoid: check reads the definition of code's
  word for an activation's derivative (dsigmoid, tanh_deriv, sigmoid_prime) or a loss's (mse_prime), and of a loss
  or function the notation names; write the formula sigmoid stands for, e.g. \frac{\partial L}{\partial z} = ...";
- 1, a def of more than one line, s = sigmoid(x) before return s * (1 - s) (yw-sigderiv): "the definition of
  sigmoid_derivative is more than one return line; check reads def sigmoid_derivative(x): return ... (a docstring
  and comments aside)";
- 1, a prime on a parenthesised expression, \left(\frac{1}{1 + e^{-net}}\right)' and 1'(1 + e^{-net}) (kg-sigmoid):
  "expected '}' to close the numerator at "'" (position 88)";
- 1, MATLAB's ones(size(hiddenOutputs)) (hd-sigderiv): "unknown symbol o; the notation knows deltas, hiddenOutputs,
  outputDeltas, outputWeights, sigmoidDeriv; give it a meaning in the notation's [notation.symbols], e.g. "o" =
  "a1[0]"";
- 1, a comment whose claim follows a prose lead-in and a colon, "# For BCE loss with sigmoid: dL/da2 = ..."
  (ex-dLda2): "holds nothing to judge once its spacing and layout (\, \quad, \left.) and its prose (words in \text,
  remarks) are set aside; write the derivative or the update, e.g. \frac{\partial L}{\partial w} = ...".

Read, among the constructs these pages brought: \\[ ... \\] with \hspace-free rows, "    - Error: $$\delta_j
\leftarrow ...$$" (a delta assigned with \leftarrow), \underbrace{...}_{\delta_k} and _{e_j}, \textcolor around every
factor of a chain, w_{kj}(n+1) and w_{kj}(n) updates, ay_k with a = 1, \delta_ k with a space, \tag{A} and \tag{B},
w'_{kj}, Unicode subscripts and U+2212 in numbered Korean items with →, a Markdown table row of two claims in plain
text, a trailing # comment in Chinese, "# dL/dw2 = dL/dy × dy/dw2 = dL/dy × h", a1.T @ dz2, relu'(z1), MATLAB's
(outputWeights' * outputDeltas) .* sigmoidDeriv, the slides' three copied left sides called wrong.

Which look general (would appear in much homework): prose in \text before a claim (\text{From} ... \implies, \text{in
which, }), a label with a parenthesis or an arrow before a colon, Mitchell's \sum_{k \in Downstream(j)} and \sum_{j
\in outputs} (his textbook's own rule), a def of more than one line, a prime on a parenthesised expression (the
quotient rule written out), MATLAB's ones(size(x)) - x, a comment's "For ...: " lead-in. Page- or course-specific: a
course's macro \vw; a def of the activation itself; the counts of samples a notation could give (N, m).

Corrected in session 36 (2026-12-07) after review (fixleft36): the notation's slip, not the reader's, as the
paragraph on the misreadings above says. The Korean blog counts its units from 1, its sums "S_i =
\sum_{j=1}{Y_j}{W_{ji}}" and "E = -\sum_{i=1}(t_i\log(Z_i)+(1-t_i)\log(1-Z_i))" starting at j = 1 and i = 1 over
every unit; b80_kb had indices = "n" (its i and j literal, the formula's own letters) and counted from 0 ("Y_{j}" =
"a1[j]", "Z_{i}" = "a2[i]", "S_{i}" = "z2[i]", "t_{i}" = "y[i]", "W_{ji}" = "W2[i, j]"), so each sum left out the
first unit. The notation now takes the default indices and counts from 1, as a teacher reading the page would:
"Z_{i}" = "a2[i-1]", "S_{i}" = "z2[i-1]", "t_{i}" = "y[i-1]", "Y_{j}" = "a1[j-1]", "W_{ji}" = "W2[i-1, j-1]" (every
pattern of the notation; no other was counted so). No formula, verdict or other entry changed. kb-S, kb-E and
kb-parts, misread as they came (a right member called wrong in each), now read with every verdict right, kb-chain
and kb-result still do: the batch from 47 of 55 read (85%; 5 refused, 3 misread) to 50 of 55 (91%; 5 refused, none
misread), no wrong formula called correct either time.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch80_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_TAMU = _STORED.format(36916320666, "Neural Network TAMU 04 Multi-Layer Perceptrons",
                       "a Jekyll post of course notes in Mitchell's notation")
_RS = _STORED.format(49260290783, "REMOTE SENSING IMAGE ACQUISITION, ANALYSIS AND APPLICATIONS - Week 8",
                     "notes on John Richards' lectures, the neural network as a classifier")
_HK = _STORED.format(13040201904, "### Multi-layer perceptron", "pandoc slides in Haykin's notation")
_KB = _STORED.format(4563977016, "Backpropagation, Who are You?", "a Korean blog post, 2019-09-16")
_KL = _STORED.format(71220638359, "## 6. Backpropagation", "a Korean lecture note with a worked 2-2-1 example")
_HD = _STORED.format(26041142333, "function [deltas] = hiddenDeltas(outputDeltas,hiddenOutputs,outputWeights)",
                     "a MATLAB assignment's function")
_AC = ("https://github.com/AlexandreChaussard/Stage-Microbiote"
       " (Expectation-Maximization/src/utils/functions.py, commit 02e38f2)")
_YW = ("https://github.com/ywang0789/phishing_email_binary_classifier (Formulas.py, commit 2d3d949)")
_PZ = _STORED.format(69826187141, "Derivar Gradientes para uma rede de 2 camadas",
                     "a lesson in Portuguese with Chinese comments")
_JP = _STORED.format(56698243451, "2.3 逆伝播（Backward Pass）", "a Japanese lesson on the chain rule")
_EX = _STORED.format(3483531791, "Exercise 01 Solution: Backpropagation by Hand", "a Python exercise solution")

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_H2 = tuple({"h": h} for h in range(2))
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_KJI = tuple({"k": k, "j": j, "i": i} for k in range(2) for j in range(2) for i in range(2))

# two sigmoid layers of two units, the half squared error: dE/dz2[k], dE/da1[j], dE/dz1[j] and the gradients
_D2K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D2J = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_D20 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D21 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_EA1J = f"({_D20}*W2[0,{{j}}] + {_D21}*W2[1,{{j}}])"
_EA1H = f"({_D20}*W2[0,{{h}}] + {_D21}*W2[1,{{h}}])"
_G2 = f"{_D2K}*a1[{{j}}]"
_D1J = f"{_EA1J}*a1[{{j}}]*(1 - a1[{{j}}])"
_G1 = f"{_D1J}*x[{{i}}]"
# the Korean example's deltas of the hidden units
_KD1 = "W2[0,{}]*(a2[0] - y[0])*a1[{}]*(1 - a1[{}])"
# the one-unit chains' dL/dy
_DY = "2*(a2[0] - y[0])"
_BCE1 = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_BCE2 = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]) + y[1]*log(a2[1]) + (1 - y[1])*log(1 - a2[1]))"
_SIG = "1/(1 + exp(-z1[0]))"
_E = "exp(-z1[0])"

ENTRIES: list[Public] = [
    # ---- the TAMU notes: \\[ ... \\] (kramdown's escaped display delimiters), rows broken with \\\\, \hspace,
    # \centerdot, x_{i,k} input i of example k, delta (Mitchell's: -dE/dnet) assigned with \leftarrow in a list,
    # \sum_{j \in outputs} and \sum_{k \in Downstream(j)}, \underbrace with \text labels, delta_j(n) ---------------
    Public("tamu-dphi", _TAMU, "b80_tamu_unit", "b80_tamu_phi",
           "\\\\[\\frac{d\\phi(v)}{dv} = \\phi(v) (1-\\phi(v))\\\\]  ", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=80,
           why="the sigmoid's derivative, a local derivative judged as a value"),
    Public("tamu-dEdw", _TAMU, "b80_tamu_unit", "b80_tamu_grad",
           "\\\\[\\frac{\\partial E}{\\partial w_i} = \\frac{\\partial }{\\partial w_i} \\left(\\frac{1}{2} \\sum_k "
           "(d_k - y_k)^2\\right) \\\\\\\\ \\hspace{0.6 cm} = -\\sum_k (d_k-y_k) \\frac{\\partial y_k}{\\partial v_k}"
           "\\frac{\\partial v_k}{\\partial w_i} \\\\\\\\ =  - \\sum_k (d_k-y_k) \\centerdot y_k (1-y_k) \\centerdot "
           "x_{i,k}\\\\]  ", ((C, C, C),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",) * 3, _I2),), batch=80,
           why="\"for n input-output pairs\": the sum over the examples k, one here"),
    Public("tamu-delta-out", _TAMU, "b80_tamu_net", "b80_tamu_out",
           "    - Error: $$\\delta_j \\leftarrow y_j (1-y_j)(d_j - y_j)$$  ", ((C,),),
           (Twin("value", f"-{_D2J}", ("a2[{j}]*(1 - a2[{j}])*(y[{j}] - a2[{j}])",), _J2),), batch=80,
           why="\"output unit j\": the algorithm's step, delta = -dE/dnet, judged as a value"),
    Public("tamu-delta-hid", _TAMU, "b80_tamu_net", "b80_tamu_out",
           "    - Error: $$\\delta_h \\leftarrow y_h (1-y_h)\\sum_{j \\in outputs}w_{jh} \\delta_j$$  ", ((C,),),
           (Twin("value", f"-{_EA1H}*a1[{{h}}]*(1 - a1[{{h}}])",
                 (f"a1[{{h}}]*(1 - a1[{{h}}])*(W2[0,{{h}}]*(-{_D20}) + W2[1,{{h}}]*(-{_D21}))",), _H2),), batch=80,
           why="\"hidden unit h\", the sum over the output units j"),
    Public("tamu-dw", _TAMU, "b80_tamu_net", "b80_tamu_hid", "    - $$\\Delta w_{ji} = \\eta \\delta_j x_i$$",
           ((C,),), (Twin("value", f"-eta*{_G1}", (f"eta*(-{_D1J})*x[{{i}}]",), _JI),), batch=80,
           why="the step of a weight w_{ji} into hidden unit j from input i, judged as a value"),
    Public("tamu-dw-deriv", _TAMU, "b80_tamu_net", "b80_tamu_hid",
           "\\\\[\\Delta w_{ji} = - \\eta \\frac{\\partial E}{\\partial w_{ji}} \\\\\\\\ = - \\eta \\frac{\\partial E}"
           "{\\partial v_{j}} \\frac{\\partial v_{j}}{\\partial w_{ji}} \\\\\\\\ = \\eta \\left[ y_j (1-y_j) \\sum_{k "
           "\\in Downstream(j)} \\delta_k w_{kj}\\right]x_i\\\\]  ", ((C, C, C),),
           (Twin("value", f"-eta*{_G1}",
                 (f"-eta*{_G1}", f"-eta*{_G1}",
                  f"eta*a1[{{j}}]*(1 - a1[{{j}}])*(W2[0,{{j}}]*(-{_D20}) + W2[1,{{j}}]*(-{_D21}))*x[{{i}}]"), _JI),),
           batch=80, why="the derivation for a hidden unit j, its downstream units k the outputs"),
    # ---- Richards' notes: $$ blocks with \tag{n} on a line of its own, \text{From} \quad ... \implies ..., w'_{kj}
    # the new weight, the sigmoid's slope b, g for every layer's outputs, theta the offsets; an index summed over
    # that names the unit (sum_k ... theta_k), eta on the left of a chain without it ---------------------------------
    Public("rs-step1", _RS, "b80_rs", "b80_rs",
           "$$\nw'_{kj} = w_{kj} - \\eta \\frac{\\partial E}{\\partial w_{kj}} = w_{kj} + \\Delta w_{kj}\n$$",
           ((C, C),), (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",) * 2, _KJ),), batch=80),
    Public("rs-chain", _RS, "b80_rs", "b80_rs",
           "$$\n\\frac{\\partial E}{\\partial w_{kj}} = \\frac{\\partial E}{\\partial g_k} \\cdot \\frac{\\partial g_k}"
           "{\\partial z_k} \\cdot \\frac{\\partial z_k}{\\partial w_{kj}}\n$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (_G2,), _KJ),), batch=80),
    Public("rs-dgdz", _RS, "b80_rs", "b80_rs",
           "$$\n\\tag{2}\n\\text{From} \\quad g_k = \\frac{1}{1 + \\exp(-z_k / b)} \\implies \\frac{\\partial g_k}"
           "{\\partial z_k} = \\frac{1}{b} g_k (1 - g_k)\n$$", ((C,), (C,)),
           (Twin("value", "a2[{k}]", ("1/(1 + exp(-z2[{k}]/1))",), _K2),
            Twin("value", "a2[{k}]*(1 - a2[{k}])", ("(1/1)*a2[{k}]*(1 - a2[{k}])",), _K2)), batch=80,
           why="b the sigmoid's slope, 1 (\"choosing b=1 for convenience\"); the derivative a local one, a value"),
    Public("rs-dzdw", _RS, "b80_rs", "b80_rs",
           "$$\n\\tag{3}\n\\text{From} \\quad z_k = \\sum_{k} (w_{kj} g_j + \\theta_k) \\implies \\frac{\\partial z_k}"
           "{\\partial w_{kj}} = g_j\n$$", ((W,), (C,)),
           (Twin("value", "z2[{k}]", ("W2[0,{j}]*a1[{j}] + b2[0] + W2[1,{j}]*a1[{j}] + b2[1]",), _KJ),
            Twin("value", "a1[{j}]", ("a1[{j}]",), _KJ)), batch=80,
           why="z_k written as a sum over k (the unit's own letter) of w_{kj} g_j + theta_k, j free: as written a sum "
               "over the output units at one hidden unit j, not z_k = sum_j w_{kj} g_j + theta_k; the derivative "
               "after \\implies is right"),
    Public("rs-A", _RS, "b80_rs", "b80_rs",
           "$$\n\\tag{A}\n\\Delta w_{kj} = - \\eta \\frac{\\partial E}{\\partial w_{kj}} = \\eta (t_k - g_k)(1 - g_k) "
           "g_k g_j\n$$", ((C, C),),
           (Twin("value", f"-eta*{_G2}",
                 (f"-eta*{_G2}", "eta*(y[{k}] - a2[{k}])*(1 - a2[{k}])*a2[{k}]*a1[{j}]"), _KJ),), batch=80),
    Public("rs-5", _RS, "b80_rs", "b80_rs",
           "$$\n\\tag{5}\n\\text{in which, }\n\\eta \\frac{\\partial E}{\\partial w_{ji}} = \\frac{\\partial E}"
           "{\\partial g_j} \\cdot \\frac{\\partial g_j}{\\partial z_j} \\cdot \\frac{\\partial z_j}{\\partial w_{ji}} "
           "= \\eta \\frac{\\partial E}{\\partial g_j} \\, (1 - g_j) g_j g_i\n$$", ((W, C),),
           (Twin("value", f"eta*{_G1}", (_G1, f"eta*{_EA1J}*(1 - a1[{{j}}])*a1[{{j}}]*x[{{i}}]"), _JI),),
           batch=80,
           why="eta times the gradient on the left; the chain after it has lost the eta (the gradient itself), the "
               "last member has it again"),
    Public("rs-7", _RS, "b80_rs", "b80_rs",
           "$$\n\\tag{7}\n\\quad \\frac{\\partial E}{\\partial z_k} = \\frac{\\partial E}{\\partial g_k} \\cdot "
           "\\frac{\\partial g_k}{\\partial z_k} = - (t_k - g_k) g_k (1 - g_k)\n$$", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", (_D2K, "-(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"), _K2),), batch=80),
    Public("rs-B", _RS, "b80_rs", "b80_rs",
           "$$\n\\Delta w_{ji} = -\\eta \\frac{\\partial E}{\\partial w_{ji}} = \\eta (1 - g_j) g_j g_i \\sum_{k} "
           "(t_k - g_k) g_k (1 - g_k) w_{kj} \\tag{B}\n$$", ((C, C),),
           (Twin("value", f"-eta*{_G1}",
                 (f"-eta*{_G1}", "eta*(1 - a1[{j}])*a1[{j}]*x[{i}]*((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + "
                  "(y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"), _JI),), batch=80),
    # ---- the pandoc slides: eqnarray*, align with \textcolor{...}{...} around each factor, \underbrace{...}_{\delta_k}
    # and _{e_j}, E(\vw) with an undefined macro, w_{kj}(n+1) and w_{kj}(n), \varphi_k, a the sigmoid's slope, ay_k;
    # the input-hidden block's left sides copied from the hidden-output block (y_k, v_k for y_j, v_j) ----------------
    Public("hk-forward", _HK, "b80_hk", "b80_hk",
           "\\begin{eqnarray*}\n   y_k &=& \\varphi_k \\left(\\sum_j w_{kj} \\var"
           "phi_j \\left(\\sum_i w_{ji} x_i \\right) "
           "\\right) \\\\\n   E(\\vw) &=& 1/2 \\sum_k (d_k - y_k)^2  \n\\end{eqnarray*}", ((C,), (C,)),
           (Twin("value", "a2[{k}]",
                 ("sigmoid(W2[{k},0]*sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1]) + "
                  "W2[{k},1]*sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1]))",), _K2),
            Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",
                 ("((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2",))), batch=80,
           why="the network written out (no biases) and the error, E(\\vw) the loss of the weights \\vw"),
    Public("hk-local-kj", _HK, "b80_hk", "b80_hk",
           "\\begin{align}\n\t\\textcolor{red}{\n\t\\frac{\\partial E}{\\partial y_k}} & = -(d_k - y_k) = -e_k        "
           "                                   \\\\\n\t\\textcolor{blue}{\n\t\t\\"
           "frac{\\partial y_k}{\\partial v_k}\n\t}"
           "                                & = \\frac{\\partial }{\\partial v_k} \\varphi (v_k) = \\varphi ' (v_k) "
           "\\\\\n\t\\textcolor{green}{\n\t\t\\frac{\\partial v_k}{\\partial w_{kj}}\n\t}                              "
           "  & = y_j\n\\end{align}", ((C, C), (C, C), (C,)),
           (Twin("value", "a2[{k}] - y[{k}]", ("-(y[{k}] - a2[{k}])",) * 2, _K2),
            Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a2[{k}]*(1 - a2[{k}])",) * 2, _K2),
            Twin("value", "a1[{j}]", ("a1[{j}]",), _KJ)), batch=80,
           why="three local derivatives, judged as values"),
    Public("hk-dEdwkj", _HK, "b80_hk", "b80_hk",
           "\\begin{equation}\n  \\frac{\\partial }{\\partial w_{kj}} E(\\vw) = \n    \\textcolor{red}{\n        "
           "\\frac{\\partial E}{\\partial y_k}} \n    \\textcolor{blue}{\n       "
           " \\frac{\\partial y_k}{\\partial v_k}\n"
           "    } \n    \\textcolor{green}{\n        \\frac{\\partial v_k}{\\partial w_{kj}}\n    } = -e_k \\varphi ' "
           "(v_k) y_j \n\\end{equation}", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", (_G2, "-(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"), _KJ),),
           batch=80, why="the line \"So\" before it left out"),
    Public("hk-update-kj", _HK, "b80_hk", "b80_hk",
           "\\begin{align}\n    w_{kj} (n+1 ) & = w_{kj} (n) - \\eta \\frac{\\partial E}{\\partial w_{kj}} \\\\\n    "
           "&= w_{kj} (n) + \\eta \\underbrace{ e_k \\varphi ' (v_k)  }_{\\delta_k} y_j  \\\\ \n    &= w_{kj}(n) + "
           "\\eta \\delta_k y_j \\quad (\\delta \\textrm{ rule }) \n\\end{align}", ((C, C, C),),
           (Twin("update", "W2[{k},{j}]",
                 ("W2[{k},{j}] - eta*grad",
                  "W2[{k},{j}] + eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",
                  "W2[{k},{j}] + eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"), _KJ),), batch=80),
    Public("hk-local-ji", _HK, "b80_hk", "b80_hk",
           "\\begin{align}\n\t\\textcolor{red}{\n\t\t\\frac{\\partial E}{\\partia"
           "l y_k}\n\t} & = - \\sum_{k}(d_k - y_k) "
           "\\varphi ' (v_k) w_{kj} \\\\\n\t\\textcolor{blue}{\n\t\t\\frac{\\partial y_k}{\\partial v_k}\n\t} & = "
           "\\varphi ' (v_j)                               \\\\\n\t\\textcolor{green}{\n\t\t\\frac{\\partial v_k}"
           "{\\partial w_{ji}}\n\t} & = x_i\n\\end{align}", ((W,), (W,), (W,)),
           (Twin("value", "a2[{k}] - y[{k}]", ("-((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + "
                                                "(y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])",), _KJ),
            Twin("value", "a2[{k}]*(1 - a2[{k}])", ("a1[{j}]*(1 - a1[{j}])",), _KJ),
            Twin("value", "W2[{k},{j}]*a1[{j}]*(1 - a1[{j}])*x[{i}]", ("x[{i}]",), _KJI)), batch=80,
           why="\"For the input-hidden weights\": the three left sides copied from the hidden-output block (dE/dy_k, "
               "dy_k/dv_k, dv_k/dw_{ji}) where dE/dy_j, dy_j/dv_j and dv_j/dw_{ji} belong: as written each is "
               "wrong (the right sides are those of y_j and v_j)"),
    Public("hk-dEdwji", _HK, "b80_hk", "b80_hk",
           "\\begin{align}\n    \\frac{\\partial }{\\partial w_{ji}} E(\\vw) &= \n      \\textcolor{red}{\n          "
           "\\frac{\\partial E}{\\partial y_j}} \n      \\textcolor{blue}{\n          \\frac{\\partial y_j}{\\partial "
           "v_j}\n      } \n      \\textcolor{green}{\n          \\frac{\\partial v_j}{\\partial w_{ji}}\n      } "
           "\\\\\n      &=  - \\sum_{k} \\underbrace{(d_k - y_k) \\varphi ' (v_k)"
           " }_{\\delta_k} w_{kj} \\varphi ' (v_j) "
           "x_i  \\\\\n      & = -(\\underbrace{\\sum_k \\delta_k w_{kj}}_{e_j}) \\varphi ' (v_j) x_i \\\\ \n      &= "
           "-e_j \\varphi ' (v_j )x_i\n\\end{align}", ((C, C, C, C),),
           (Twin("gradient", "W1[{j},{i}]", (_G1,) * 4, _JI),), batch=80),
    Public("hk-deltas", _HK, "b80_hk", "b80_hk",
           "\\begin{align}\n\t\\delta_ k & = e_k [ay_k (1 - y_k )]                       \\\\\n\t          & = ay_k "
           "[1 - y_k ][d_ k - y_k ]                \\\\\n\t\\delta_j  & = ay_ j [1 - y _j ]  \\sum_{k} w_{kj} "
           "\\delta_k\n\\end{align}", ((C, C), (C,)),
           (Twin("value", f"-{_D2K}", ("(y[{k}] - a2[{k}])*(1*a2[{k}]*(1 - a2[{k}]))",
                                       "1*a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])"), _K2),
            Twin("value", f"-{_D1J}",
                 (f"1*a1[{{j}}]*(1 - a1[{{j}}])*(W2[0,{{j}}]*(-{_D20}) + W2[1,{{j}}]*(-{_D21}))",), _J2)),
           batch=80, why="a the logistic function's slope, 1; delta = -dE/dv (Haykin's local gradient)"),
    # ---- the Korean blog: $$ blocks, "where," inside one, \sum_{i=1} with no upper bound, e^{-{S}_{i}}, braced
    # factors {Y_j}{W_{ji}}, three claims on lines split by \\, \therefore and \because ---------------------------
    Public("kb-S", _KB, "b80_kb", "b80_kb", "$$\nwhere, S_i = \\sum_{j=1}{Y_j}{W_{ji}}\n$$", ((C,),),
           (Twin("value", "z2[{i}]", ("a1[0]*W2[{i},0] + a1[1]*W2[{i},1]",), _I2),), batch=80,
           why="the output layer's sums, without bias"),
    Public("kb-E", _KB, "b80_kb", "b80_kb",
           "$$\nE = -\\sum_{i=1}(t_i\\log(Z_i)+(1-t_i)\\log(1-Z_i))\n$$", ((C,),),
           (Twin("value", _BCE2, (_BCE2,)),), batch=80,
           why="the cross-entropy over the outputs i (written twice on the page; the first copy taken)"),
    Public("kb-chain", _KB, "b80_kb", "b80_kb",
           "$$\n\\frac{\\partial E}{\\partial W_{ji}}=\\frac{\\partial E}{\\partial Z_i}\\frac{\\partial Z_i}"
           "{\\partial S_i}\\frac{\\partial S_i}{\\partial W_{ji}}\n$$", ((C,),),
           (Twin("gradient", "W2[{i},{j}]", ("(a2[{i}] - y[{i}])*a1[{j}]",), _IJ),), batch=80),
    Public("kb-parts", _KB, "b80_kb", "b80_kb",
           "$$\n\\frac{\\partial E}{\\partial Z_i}=\\frac{\\partial(-\\sum_{i=1}(t_i\\log(Z_i)+(1-t_i)\\log(1-Z_i)))}"
           "{{\\partial Z_i}}=\\frac{-t_i}{Z_i}+\\frac{1-t_i}{1-Z_i}=\\frac{Z_i-t"
           "_i}{Z_i(1-Z_i)}\n\\\\\n\\frac{\\partial "
           "Z_i}{\\partial S_i}=\\frac{\\partial (\\frac{1}{1+e^{-{S}_{i}}})}{\\partial S_i}={Z_i}{(1-Z_i)}\n\\\\\n"
           "\\frac{\\partial S_i}{\\partial W_{ji}}=Y_j\n$$", ((C, C, C), (C, C), (C,)),
           (Twin("value", "(a2[{i}] - y[{i}])/(a2[{i}]*(1 - a2[{i}]))",
                 ("(a2[{i}] - y[{i}])/(a2[{i}]*(1 - a2[{i}]))", "-y[{i}]/a2[{i}] + (1 - y[{i}])/(1 - a2[{i}])",
                  "(a2[{i}] - y[{i}])/(a2[{i}]*(1 - a2[{i}]))"), _I2),
            Twin("value", "a2[{i}]*(1 - a2[{i}])", ("a2[{i}]*(1 - a2[{i}])",) * 2, _I2),
            Twin("value", "a1[{j}]", ("a1[{j}]",), _IJ)), batch=80,
           why="three local derivatives in one $$ block, split by \\\\; the derivative of the sum by Z_i written with "
               "the sum's own letter i"),
    Public("kb-result", _KB, "b80_kb", "b80_kb",
           "$$\n\\therefore \\frac{\\partial E}{\\partial W_{ji}}=(Z_i-t_i)\\cdot"
           "{Y_j}\n\\\\\n\\because \\frac{\\partial "
           "E}{\\partial W_{ji}}=\\frac{Z_i-t_i}{Z_i(1-Z_i)}\\cdot{Z_i}{(1-Z_i)}\\cdot{Y_j}=(Z_i-t_i)\\cdot{Y_j}\n$$",
           ((C,), (C, C)),
           (Twin("gradient", "W2[{i},{j}]", ("(a2[{i}] - y[{i}])*a1[{j}]",), _IJ),
            Twin("gradient", "W2[{i},{j}]", ("(a2[{i}] - y[{i}])*a1[{j}]",) * 2, _IJ)), batch=80),
    # ---- the Korean lecture note's worked example: numbered list items in Korean, Unicode subscripts (z₁, w₂₁),
    # U+2212 minus, ×, →, several claims on one line separated by commas, δ₃ = ∂L/∂z₃ = ŷ − y = ... ----------------
    Public("kl-forward1", _KL, "b80_kl", "b80_kl", "1. z₁ = 0.1 × 1.0 + 0.4 × 0.5 + 0 = 0.3 → h₁ = σ(0.3) = 0.574",
           ((C, C), (C, C)),
           (Twin("value", "z1[0]", ("=0.1*1.0 + 0.4*0.5 + 0", "=0.3")),
            Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3))", "=0.574"))), batch=80),
    Public("kl-forward3", _KL, "b80_kl", "b80_kl",
           "3. z₃ = 0.3 × 0.574 + (−0.1) × 0.475 + 0 = 0.1247 → ŷ = σ(0.1247) = 0.531", ((C, C), (C, C)),
           (Twin("value", "z2[0]", ("=0.3*0.574 + (-0.1)*0.475 + 0", "=0.1247")),
            Twin("value", "a2[0]", ("=1/(1 + np.exp(-0.1247))", "=0.531"))), batch=80,
           why="z_3 = 0.12483 worked from the rounded h's to 0.1247 (one unit off its rounding)"),
    Public("kl-loss", _KL, "b80_kl", "b80_kl", "4. L = −log(0.531) = 0.634", ((C, C),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))", ("=-np.log(0.531)", "=0.634")),), batch=80,
           why="y = 1, so L = -log(y hat) = 0.63275; -log(0.531) = 0.63299: 0.634 one unit off either"),
    Public("kl-delta3", _KL, "b80_kl", "b80_kl", "1. 출력층 오차(delta): δ₃ = ∂L/∂z₃ = ŷ − y = 0.531 − 1 = −0.469",
           ((C, C, C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "a2[0] - y[0]", "=0.531 - 1", "=-0.469")),), batch=80,
           why="a delta worked in numbers, twinned as a value (batch 48's way)"),
    Public("kl-grad-v", _KL, "b80_kl", "b80_kl",
           "2. 출력층 가중치의 gradient: ∂L/∂v₁ = δ₃h₁ = (−0.469) × 0.574 = −0.269, ∂L/∂v₂ = δ₃h₂ = (−0.469) × 0.475 "
           "= −0.223, ∂L/∂b₃ = δ₃ = −0.469", ((C, C, C), (C, C, C), (C, C)),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", "=(-0.469)*0.574", "=-0.269")),
            Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a1[1]", "=(-0.469)*0.475", "=-0.223")),
            Twin("gradient", "b2[0]", ("a2[0] - y[0]", "=-0.469"))), batch=80),
    Public("kl-delta-hidden", _KL, "b80_kl", "b80_kl",
           "3. 은닉층 오차(delta): δ₁ = v₁ × δ₃ × h₁(1 − h₁) = 0.3 × (−0.469) × 0.574 × 0.426 = −0.0344, δ₂ = v₂ × δ₃ × "
           "h₂(1 − h₂) = (−0.1) × (−0.469) × 0.475 × 0.525 = 0.0117", ((C, C, C), (C, C, C)),
           (Twin("value", _KD1.format(0, 0, 0), (_KD1.format(0, 0, 0), "=0.3*(-0.469)*0.574*0.426", "=-0.0344")),
            Twin("value", _KD1.format(1, 1, 1), (_KD1.format(1, 1, 1), "=(-0.1)*(-0.469)*0.475*0.525", "=0.0117"))),
           batch=80, why="deltas worked in numbers, twinned as values"),
    Public("kl-grad-w", _KL, "b80_kl", "b80_kl",
           "4. 입력층 → 은닉층 가중치의 gradient: ∂L/∂w₁₁ = δ₁x₁ = −0.0344, ∂L/∂w₂₁ = δ₁x₂ = −0.0172, ∂L/∂w₁₂ = δ₂x₁ = "
           "0.0117, ∂L/∂w₂₂ = δ₂x₂ = 0.00585, ∂L/∂b₁ = δ₁ = −0.0344, ∂L/∂b₂ = δ₂ = 0.0117",
           ((C, C),) * 6,
           (Twin("gradient", "W1[0,0]", (_KD1.format(0, 0, 0) + "*x[0]", "=-0.0344")),
            Twin("gradient", "W1[0,1]", (_KD1.format(0, 0, 0) + "*x[1]", "=-0.0172")),
            Twin("gradient", "W1[1,0]", (_KD1.format(1, 1, 1) + "*x[0]", "=0.0117")),
            Twin("gradient", "W1[1,1]", (_KD1.format(1, 1, 1) + "*x[1]", "=0.00585")),
            Twin("gradient", "b1[0]", (_KD1.format(0, 0, 0), "=-0.0344")),
            Twin("gradient", "b1[1]", (_KD1.format(1, 1, 1), "=0.0117"))), batch=80,
           why="w_{ij} from input i to hidden unit j (w₂₁: x₂ -> h₁), as the note's graph draws them"),
    Public("kl-delta-sym", _KL, "b80_kl", "b80_kl",
           "$$\n\\delta_1 = \\frac{\\partial L}{\\partial z_1} = v_1 \\cdot \\delta_3 \\cdot h_1(1 - h_1), \\qquad "
           "\\delta_2 = \\frac{\\partial L}{\\partial z_2} = v_2 \\cdot \\delta_3 \\cdot h_2(1 - h_2)\n$$",
           ((C, C), (C, C)),
           (Twin("gradient_z", "z1[0]", (_KD1.format(0, 0, 0),) * 2),
            Twin("gradient_z", "z1[1]", (_KD1.format(1, 1, 1),) * 2)), batch=80),
    # ---- the same note's general derivation (E = 1/2 sum_k (T_k - y_k)^2, F the activation, net the sums, delta
    # Mitchell's sign): \left( \right) inside a derivative's numerator, F'(net_k), \, and \qquad between claims, an
    # aligned block ending in \qquad\qquad and a second claim, the sigmoid's derivative by the quotient rule with
    # primes on expressions; a Markdown table's row with two claims in plain text ----------------------------------
    Public("kg-dEdy", _KL, "b80_kg", "b80_kg",
           "$$\n\\frac{\\partial E}{\\partial y_k} = \\frac{\\partial \\left(\\frac{1}{2}\\sum_k (T_k - y_k)^2\\right)}"
           "{\\partial y_k} = \\frac{1}{2} \\cdot 2(T_k - y_k)(-1) = -(T_k - y_k)\n$$", ((C, C, C),),
           (Twin("value", "a2[{k}] - y[{k}]",
                 ("a2[{k}] - y[{k}]", "(1/2)*2*(y[{k}] - a2[{k}])*(-1)", "-(y[{k}] - a2[{k}])"), _K2),), batch=80,
           why="a derivative by an output, a value; the sum's letter is the derivative's k"),
    Public("kg-dEdW", _KL, "b80_kg", "b80_kg",
           "$$\n\\frac{\\partial E}{\\partial W_{kj}} = -(T_k - y_k) \\cdot F'(net_k) \\cdot h_j = -\\delta_k h_j, "
           "\\qquad \\delta_k = (T_k - y_k)F'(net_k)\n$$", ((C, C), (C,)),
           (Twin("gradient", "W2[{k},{j}]", (_G2, _G2), _KJ),
            Twin("value", f"-{_D2K}", ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2)), batch=80),
    Public("kg-dW", _KL, "b80_kg", "b80_kg",
           "$$\n\\Delta W_{kj} = -\\eta \\frac{\\partial E}{\\partial W_{kj}} = \\eta (T_k - y_k)F'(net_k)\\,h_j = "
           "\\eta\\,\\delta_k h_j\n$$", ((C, C, C),),
           (Twin("value", f"-eta*{_G2}", (f"-eta*{_G2}",) * 3, _KJ),), batch=80),
    Public("kg-sigmoid", _KL, "b80_kg", "b80_kg",
           "$$\n\\begin{aligned}\nF'(net) = \\frac{\\partial F(net)}{\\partial net} &= \\left(\\frac{1}{1 + "
           "e^{-net}}\\right)' = \\frac{1'(1 + e^{-net}) - 1(1 + e^{-net})'}{(1 + e^{-net})^2} = \\frac{0 - (1 + "
           "e^{-net})'}{(1 + e^{-net})^2} = \\frac{0 - (0 - e^{-net})}{(1 + e^{-n"
           "et})^2} \\\\\n&= \\frac{e^{-net}}{(1 + "
           "e^{-net})^2} = \\frac{(1 + e^{-net}) - 1}{(1 + e^{-net})^2} = \\frac{\\frac{1}{F(net)} - 1}{\\frac{1}"
           "{F(net)^2}} \\\\\n&= F(net) - F(net)^2 = F(net)\\bigl(1 - F(net)\\bigr)\n\\end{aligned}\n$$",
           ((C,) * 10,),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])", f"(0*(1 + {_E}) - 1*(-{_E}))/(1 + {_E})**2",
                  f"(0 - (-{_E}))/(1 + {_E})**2", f"(0 - (0 - {_E}))/(1 + {_E})**2", f"{_E}/(1 + {_E})**2",
                  f"((1 + {_E}) - 1)/(1 + {_E})**2", f"(1/({_SIG}) - 1)/(1/({_SIG})**2)", f"({_SIG}) - ({_SIG})**2",
                  f"({_SIG})*(1 - ({_SIG}))")),), batch=80,
           why="the sigmoid's derivative at a sum net, ten members; 1' and (1 + e^{-net})' the derivatives of those "
               "expressions by net"),
    Public("kg-table", _KL, "b80_kg", "b80_kg",
           "| 출력층 k | δ_k = y_k(1 − y_k)(T_k − y_k) | W_kj = W_kj + r × δ_k × hⱼ |", ((C,), (C,)),
           (Twin("value", f"-{_D2K}", ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),
            Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ)), batch=80,
           why="a table row: the output layer's error term and its weights' update, r the learning rate"),
    # ---- the MATLAB function: .* and ' (transpose), ones(size(...)), a trailing semicolon ------------------------
    Public("hd-sigderiv", _HD, "b80_hd", "b80_hd",
           "  sigmoidDeriv = hiddenOutputs .* (ones(size(hiddenOutputs)) - hiddenOutputs);", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J3),), batch=80,
           why="the hidden units' da/dnet, which the notation names (\"sigmoidDeriv\"), judged as a value"),
    Public("hd-deltas", _HD, "b80_hd", "b80_hd", "  deltas = (outputWeights' * outputDeltas) .* sigmoidDeriv;",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_D1J,), _J3),), batch=80,
           why="\"deltas is the vector of partial derivatives of the error with respect to the net input to each "
               "unit\""),
    # ---- AlexandreChaussard's functions: def lines and their return lines; the cross-entropy's minus lost in
    # this commit (np.mean of the log-likelihood itself) ----------------------------------------------------------
    Public("ac-sigmoid", _AC, "b80_ac", "b80_ac", "def sigmoid(x):\n    return 1 / (1 + np.exp(-x))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=80),
    Public("ac-bce", _AC, "b80_ac", "b80_ac",
           "def binary_cross_entropy(y_hat, y):\n    return np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))",
           ((W,),), (Twin("value", _BCE1, ("y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=80,
           why="the cross-entropy without its minus (a later commit of the file has -(...).mean()): the mean over "
               "one sample of the log-likelihood, the loss's negative"),
    Public("ac-dbce", _AC, "b80_ac", "b80_ac",
           "def derivative_binary_cross_entropy(y_hat, y, X):\n    return X.T @ (y_hat.reshape(-1, 1) - "
           "y.reshape(-1, 1))", ((C,),),
           (Twin("gradient", "W1[0,{k}]", ("x[{k}]*(a1[0] - y[0])",), _K3),), batch=80,
           why="the loss's gradient by the weights, X the samples' rows (one)"),
    # ---- ywang0789's formulas: type hints, a local s, -np.mean(...) ------------------------------------------------
    Public("yw-sigderiv", _YW, "b80_yw", "b80_yw",
           "def sigmoid_derivative(x: np.ndarray) -> np.ndarray:\n    s = sigmoid(x)\n    return s * (1 - s)",
           ((C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",))),
           batch=80, why="s the sigmoid, then the function's value, its derivative"),
    Public("yw-loss", _YW, "b80_yw", "b80_yw",
           "def loss(y_true: np.ndarray, y_pred: np.ndarray) -> float:\n    return -np.mean(y_true * np.log(y_pred) "
           "+ (1 - y_true) * np.log(1 - y_pred))", ((C,),), (Twin("value", _BCE1, (_BCE1,)),), batch=80),
    # ---- the Portuguese-Chinese lesson: a code block of plain text, each line with a trailing # comment in Chinese,
    # 2(a2 - y) with the product unwritten -------------------------------------------------------------------------
    Public("pz-dLda2", _PZ, "b80_pz", "b80_pz", "dL/da2 = 2(a2 - y)                              # 损失对输出的梯度",
           ((C,),), (Twin("value", _DY, (_DY,)),), batch=80, why="a derivative by the output, a value"),
    Public("pz-dLdz2", _PZ, "b80_pz", "b80_pz",
           "dL/dz2 = dL/da2 * da2/dz2 = 2(a2 - y) * a2 * (1 - a2)  # 链式法则", ((C, C),),
           (Twin("gradient_z", "z2[0]", (f"{_DY}*a2[0]*(1 - a2[0])",) * 2),), batch=80),
    Public("pz-dLdW2", _PZ, "b80_pz", "b80_pz", "dL/dW2 = dL/dz2 * a1                            # 输出层权重梯度",
           ((C,),), (Twin("gradient", "W2[0,0]", (f"{_DY}*a2[0]*(1 - a2[0])*a1[0]",)),), batch=80),
    Public("pz-dLdW1", _PZ, "b80_pz", "b80_pz", "dL/dW1 = dL/dz1 * x                              # 隐藏层权重梯度",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_DY}*a2[0]*(1 - a2[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),),
           batch=80),
    # ---- the Japanese lesson: Python comments "# dL/dw2 = dL/dy × dy/dw2 = dL/dy × h", y the output -------------
    Public("jp-dw2", _JP, "b80_jp", "b80_jp", "# dL/dw2 = dL/dy × dy/dw2 = dL/dy × h", ((C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_DY}*a1[0]",) * 2),), batch=80),
    Public("jp-dw1", _JP, "b80_jp", "b80_jp", "# dL/dw1 = dL/dz1 × dz1/dw1 = dL/dz1 × x", ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_DY}*W2[0,0]*Heaviside(z1[0])*x[0]",) * 2),), batch=80),
    # ---- the exercise solution: indented comments in a method, a1.T @ dz2, relu'(z1), rows as samples -------------
    Public("ex-dLda2", _EX, "b80_ex", "b80_ex",
           "        # For BCE loss with sigmoid: dL/da2 = (a2 - y) / (a2 * (1 - a2))", ((C,),),
           (Twin("value", "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))", ("(a2[0] - y[0])/(a2[0]*(1 - a2[0]))",)),),
           batch=80, why="a derivative by the output, a value"),
    Public("ex-dLdW2", _EX, "b80_ex", "b80_ex", "        # dL/dW2 = dL/dz2 * dz2/dW2 = a1.T @ dz2", ((C, C),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",) * 2, _J3),), batch=80,
           why="the code's W2 is (hidden, 1), symbols.md's transposed"),
    Public("ex-dLdz1", _EX, "b80_ex", "b80_ex", "        # dL/dz1 = dL/da1 * da1/dz1 = da1 * relu'(z1)", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*Heaviside(z1[{j}])",) * 2, _J3),), batch=80),
]
