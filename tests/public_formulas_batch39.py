r"""Batch 39 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 13 web-page addresses no earlier batch used (the "pages" corpus: two pages of compphysics' machine-
learning course, its week-41 slides and the MSU copy of its neural-network chapter, which the stored text gives
without MathJax delimiters; four GitHub repositories' rendered READMEs or notebooks, KJO144's neural_net_simple,
john-s-butler-dit's "Simple Steps Back-Propagation", Baker-B's conspect of neuralthreads' tanh post and CSCN8010's
worked example with numbers; click4ai's tanh problem; a community.deeplearning.ai thread; a datascience.stackexchange
question; and four of Nemotron-CC-Math-v1's copies of Q&A threads and posts, named by their titles after the data
set's address as in the batches before), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch39_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Every notation was loaded with its network (backprop.symbolic.notation_loading.load_notation) before the run,
without judging a formula: all loaded. A delta dL/dz is twinned as gradient_z, dL/da and local derivatives as
values. A formula general in a layer l is twinned at the one layer the page's network gives it (l = 1 below an
output layer l + 1 = 2 for compphysics; l = L, the output layer, for Ng's [l] pages). Formulas keep their page's
delimiters and what surrounds them on their line (a gather block's indentation and trailing \Rightarrow \\, a
list's indentation before $ ... $, a sentence around inline LaTeX); what was left out is said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 39

The batch: 55 formulas (65 claims: butler's two align blocks hold 6 and 2, the output gradients' block 2, and three
lines hold two claims each: dlai's question and its db^{[l]}=dz^{[l]} sentence, dustinstansbury's sech sentence), 42
value claims (forward values, losses, dJ/dA and dL/da, the tanh's derivative step by step, CSCN8010's numbers), 12
deltas dL/dz, 10 gradients, 1 update. 39 are LaTeX with delimiters ($$ ... $$, $ ... $, \( ... \), \[ ... \]), the
rest LaTeX stored without them (the MSU copy, Baker-B's gather lines, the deeplearning.ai thread) or plain text
(click4ai's tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x)), the thread's db^[l]=dz^[l]).

13 are mistaken somewhere (the oracle finds at least one member wrong):

- cp41-z, cpmsu-z: compphysics' z_j^{l+1} = \sum_i w_{ij}^{l+1} a_i^l + b_j^{l+1}: w_{ij} read in the course's own
  w_{jk} convention (the one its delta rule and its dC/dw_{jk}^L use) transposes the weights; the MSU copy has a_j^l
  for a_i^l besides;
- sigterm-video, sigterm-derived: delta(3) = -(y - \hat{y}) f'(z(3)) and delta(L) = (a(L) - y) f'(z(L)), the
  squared error's delta, under the cross-entropy of the question's course;
- logupd-update: theta_j := theta_j - alpha (-(1/n) sum (h - y) x_ij), the gradient's minus sign kept inside (a
  step up the cost);
- baker-def, baker-chain, baker-quotient: y = sigmoid(x) = f(x) for the tanh, d((1+e^{-x})^{-1})/dx (the sigmoid's
  derivative) in the tanh's chain, and a quotient-rule numerator with a parenthesis lost;
- dlai-question: the thread's title da^[l-1] = w^[l-1].dz^[l] (W^{[l]T}, not w^{[l-1]});
- dustin-sech: (e^x + e^{-x})^2 = sech^2(x)^{-1} (it is 4 cosh^2 x);
- cscn-z2, cscn-a2, cscn-loss: CSCN8010's 0.8 * 0.668 - 0.2 = 0.333 (0.3344), then 1/(1 + e^{-0.333}) (right after
  it 0.583 is right again), and 1/2 (1 - 0.583)^2 = 0.083 (0.0869).

What the spec could not express, which a page needed (the notation written as close as the spec allows): a
plain-text layer in parentheses, delta(3), a(L), z(3), written as the patterns \delta^{(3)}, a^{(L)}, z^{(3)} (the
spec's ^{(3)}); Ng's d-notation written with \partial (\partial W^{[l]}, \partial Z^{[l]}), no pattern under the
spec's grammar (a base with scripts), left to the reader; [f(\vec{x})]_j with f the whole model; the answer's 1 (a
vector of ones) and I (the identity) in (p1^T - I)yx^T; M_l, a sum's bound, which the spec's defaults cover (a sum
whose bounds are not numbers runs over the units its index indexes); h_\theta(x_i), named "h_{\theta}" with its
argument left to the reader; the page's own layer-dependent g (relu, relu, sigmoid) of datascience 76135, whose
dZ = dA * g'(Z) is left out for it.

Collected on 2026-12-04 from 17:52 to 17:59 by the machine's clock, and run blind once at main c5312e7
(READY_FOR_BLIND7), with nothing under src/ changed (the output saved in /work/batch39_blind.txt): 43 of 55 read with
every verdict right (78%); 12 refused; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Of the 13 mistaken
formulas, 10 read with every verdict right (cp41-z, cpmsu-z, logupd-update, the three of Baker-B's, dustin-sech and
the three of CSCN8010's), 3 refused (sigterm-video, sigterm-derived, dlai-question); no wrong member was called
correct. LaTeX with delimiters against the rest: the 39 with $$, $, \( \) or \[ \] read 30 (77%), the 16 without
(the MSU copy, Baker-B's gather lines, click4ai's plain text, the deeplearning.ai thread) 13. By page: compphysics'
week 41 4 of 4, the MSU copy 3 of 3, KJO144 2 of 3, the sigmoid question 0 of 3, the logistic-regression question 3
of 3, john-s-butler-dit 6 of 6, Baker-B 6 of 6, click4ai 2 of 2, dustinstansbury 5 of 6, the softmax question 4 of 6,
community.deeplearning.ai 2 of 5, datascience 76135 0 of 2, CSCN8010 6 of 6. No refusal came from a notation outside
the spec's grammar (every notation had loaded before the run), so the run stays the only one.

The refusals by construct (12):

- 3: a plain-text layer in parentheses on a Greek letter, the sigmoid question's \(\delta(L) = a(L) - y\)
  (sigterm-coursera, -video, -derived): "\delta matches none of the notation's patterns for \delta
  ('\\delta^{(3)}', '\\delta^{(L)}')". The notation names delta^{(3)} and delta^{(L)}, the spec's superscript
  layers; delta(3) is the same mark in plain text (batch 33's Θ(2), z(2)). General: Ng's course and its students
  write delta(3), a(L), z(3) in plain text.
- 2: Ng's d-notation written with \partial, datascience 76135's $$\partial W^{[l]} = \frac{\partial \mathcal{J}
  }{\partial W^{[l]}} = \frac{1}{m} \partial Z^{[l]} A^{[l-1] T}$$ (ds76135-dW, -dA): "expected '/' in ∂L/∂w at
  '=' (position 18)". The spec's patterns cannot name it (\partial W^{[l]} is no base with scripts). General enough
  (dW written ∂W by those who know the d means a derivative), though rarer than dW.
- 1: \large{(} ... \large{)} and \small, sizing commands around a brace-wrapped parenthesis, KJO144's $$J = -
  \large{(} \small Y \log\left(A^{[L]}\right) + ... \large{)} \small\tag{13}$$ (kjo-cost): "formula 'J = - {(} Y
  \\log (A^{[L]} ) + (1-Y) \\log (1- A^{[L]} ) {)}': unexpected at '}' (position 10)". General (LaTeX's sizing
  commands, as \big( \Big( are read).
- 1: a number member in a file without numbers, dustinstansbury's ... = e^{2x} + 2 + e^{-2x} - (e^{2x} - 2 +
  e^{-2x}) = 4 (dustin-numerator): "'4' is a number, judged at the file's numbers, and this file has none ([data] x and
  y or labels)". The network (a tanh unit, no data: the page has none) gives 4 no numbers to be judged at, though the
  member is a constant that holds at every point. General: an identity ending in a constant.
- 1: f(x) for the whole model's output, the softmax question's \[ p_j = [f(\vec{x})]_j = ... \] (smlin-p): "f(x): a
  function of the input the notation does not name; if it is the model's prediction at x, write functions = { f =
  "layer" } or "f" = "a1[:]" in [notation.symbols] ...". The notation could have named it (docs/notation.md's
  functions = { f = "layer" }); the teacher's notation here did not. General.
- 1: a vector of ones written 1 after a letter, the answer's (p1^T - I)yx^T (smlin-answer): "p1 is ambiguous: the
  notation names both p_{1} and p at '1' (position 35); write the braces (p_{1}) or a product sign (p \cdot 1)".
  Right to refuse (p_1 and p times 1 differ); the 1 and I (the identity) of matrix calculus would need reading beyond
  it. General in matrix-calculus answers, rare in homework.
- 1: a question's prose with typographic quotes, deeplearning.ai's "Can anyone explain why db^[l]=dz^[l] and
  da^[l-1]=w^[l-1].dz^[l] in week 4 and the video “Forward and backward propagation”?" (dlai-question): "cannot read
  '“' at position 106; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)". General: formulas inside
  a sentence whose words carry curly quotes.
- 1: a rule in l that names layer l - 1 and l on a two-layer network, "And so for db^{[l]}=dz^{[l]} which is actually
  \frac{\partial J}{\partial b^{[l]}}=\frac{\partial J}{\partial z^{[l]}}" (dlai-db-dz): "dz^{l} at l = 0: 'dz^{[l]}'
  means 'grad(z{l}[:])' (l = 0): there is no layer 0 (the network has layers 1 to 2)". The claims name layer l alone
  (no l - 1), yet l was tried at 0; the sentence's words around them ("And so for", "which is actually") may have
  been read in. Worth a look: a general rule in l should run over the layers that exist.
- 1: the page's typo z{[l]} (its ^ lost), deeplearning.ai's "z{[l]} = W^{[l]} \cdot a^{[l-1]} + b^{[l]}"
  (dlai-forward): "unknown symbol l; the notation knows W, a, b, da, db, dz, w, z; l is an index letter of the
  notation ...". A one-off typo.

Which look general: the plain-text layer in parentheses (delta(3)), LaTeX's sizing commands (\large{(}, \small),
Ng's d written \partial, an identity's constant member without the file's numbers, prose with curly quotes around
inline formulas, and a rule in l tried at a layer that does not exist; page-specific: z{[l]} and the answer's
(p1^T - I) (refused rightly: p1 is ambiguous).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch39_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_CP41 = "https://compphysics.github.io/MachineLearning/doc/pub/week41/html/._week41-bs035.html"
_CPMSU = "https://compphysics.github.io/MachineLearningMSU/doc/pub/NeuralNet/html/._NeuralNet-bs029.html"
_KJO = "https://github.com/KJO144/neural_net_simple"
_SIGTERM = f"{_NEMOTRON} (Do we need to add the sigmoid derivative term in the final layer's error value?)"
_LOGUPD = f"{_NEMOTRON} (Updating weights in logistic regression using gradient descent?)"
_BUTLER = "https://github.com/john-s-butler-dit/NM_ML_DE_source"
_BAKER = "https://github.com/Baker-B/nn_conspect"
_CLICK = "https://click4ai.perfionixai.com/problems/tanh-activation"
_DUSTIN = f"{_NEMOTRON} (Derivation: Derivatives for Common Neural Network Activation Functions)"
_SMLIN = f"{_NEMOTRON} (Gradient of a Softmax Applied on a Linear Function)"
_DLAI = "https://community.deeplearning.ai/t/the-intuition-of-db-l-dz-l-and-da-l-1-w-l-1-dz-l/338761"
_CSCN = "https://github.com/CSCN8010/CSCN8010"
_DS76135 = ("https://datascience.stackexchange.com/questions/76135/clarification-on-back-propagation-calculations-for-"
            "a-fully-connected-neural-netw")

_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_IK33 = tuple({"i": i, "k": k} for i in range(3) for k in range(3))

# compphysics' 2-2-2 sigmoid network with C = 1/2 sum (a - t)^2: delta_j^1 = dC/dz_j^1
_CP_DELTA1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
              "*a1[{j}]*(1 - a1[{j}])")
# a sigmoid output with the binary cross-entropy: dJ/dA^{[L]}
_DJ_DA = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))"
# the tanh unit: e^x and e^{-x} of its sum, and the tanh's derivative
_EX = "np.exp(z1[0])"
_EMX = "np.exp(-z1[0])"
_DTANH = "1 - np.tanh(z1[0])**2"
# the softmax of three logits
_SOFTMAX_J = "np.exp(z1[{j}])/(np.exp(z1[0]) + np.exp(z1[1]) + np.exp(z1[2]))"
# Ng's [l] pages at l = L = 2: dJ/da^{[1]} = W^{[2]T} dz^{[2]}
_DJ_DA1 = "W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1])"


ENTRIES: list[Public] = [
    # ---- compphysics' week-41 slides ("Final back propagating equation"): $$ ... $$ with {\cal C}, a trailing "."
    # or ","; z_j^{l+1} summed over i up to M_l ------------------------------------------------------------------------
    Public("cp41-delta-def", _CP41, "b39_compphysics", "b39_compphysics",
           "$$ \\delta_j^l =\\frac{\\partial {\\cal C}}{\\partial z_j^l}. $$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CP_DELTA1,), _J2),), batch=39, why="the definition, at l = 1"),
    Public("cp41-delta-chain", _CP41, "b39_compphysics", "b39_compphysics",
           "$$ \\delta_j^l =\\sum_k \\frac{\\partial {\\cal C}}{\\partial z_k^{l+1}}\\frac{\\partial z_k^{l+1}}{\\partial"
           " z_j^{l}}=\\sum_k \\delta_k^{l+1}\\frac{\\partial z_k^{l+1}}{\\partial z_j^{l}}, $$", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", (_CP_DELTA1, _CP_DELTA1), _J2),), batch=39),
    Public("cp41-z", _CP41, "b39_compphysics", "b39_compphysics",
           "$$ z_j^{l+1} = \\sum_{i=1}^{M_{l}}w_{ij}^{l+1}a_i^{l}+b_j^{l+1}, $$", ((W,),),
           (Twin("value", "z2[{j}]", ("W2[0,{j}]*a1[0] + W2[1,{j}]*a1[1] + b2[{j}]",), _J2),), batch=39,
           why="w_{ij}^{l+1} in the course's own convention (w_{jk}^l joins unit k of layer l-1 to unit j, as its"
               " dC/dw_{jk}^L = delta_j^L a_k^{L-1} and the delta rule below have it) is the weight from unit j to"
               " unit i: the sum takes the transposed weights. In the other convention this line is right and the"
               " delta rule's w_{kj}^{l+1} wrong; one of the two is wrong either way"),
    Public("cp41-delta-rule", _CP41, "b39_compphysics", "b39_compphysics",
           "$$ \\delta_j^l =\\sum_k \\delta_k^{l+1}w_{kj}^{l+1}f'(z_j^l), $$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CP_DELTA1,), _J2),), batch=39),
    # ---- the MSU copy of the course's neural-network chapter: the same slide, its LaTeX stored without delimiters
    # inside the prose; its z_j^{l+1} with a_j^l for a_i^l --------------------------------------------------------------
    Public("cpmsu-delta-def", _CPMSU, "b39_compphysics", "b39_compphysics",
           "\\delta_j^l =\\frac{\\partial {\\cal C}}{\\partial z_j^l}.", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CP_DELTA1,), _J2),), batch=39,
           why="the prose around it (\"We have that (replacing L with a general layer l ) ... We want to\") left out"),
    Public("cpmsu-z", _CPMSU, "b39_compphysics", "b39_compphysics",
           "z_j^{l+1} = \\sum_{i=1}^{M_{l}}w_{ij}^{l+1}a_j^{l}+b_j^{l+1},", ((W,),),
           (Twin("value", "z2[{j}]", ("(W2[0,{j}] + W2[1,{j}])*a1[{j}] + b2[{j}]",), _J2),), batch=39,
           why="a_j^l for a_i^l (the week-41 slide has a_i^l), and w_{ij} transposed as on that slide"),
    Public("cpmsu-delta-rule", _CPMSU, "b39_compphysics", "b39_compphysics",
           "\\delta_j^l =\\sum_k \\delta_k^{l+1}w_{kj}^{l+1}f'(z_j^l),", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CP_DELTA1,), _J2),), batch=39),
    # ---- KJO144's neural_net_simple: $$ ... $$ with \large{(} \small, \tag{13}, \Big( \Big), a stray Y_i, an align
    # block with g'^{[L]}(Z^{[L]}) ------------------------------------------------------------------------------------
    Public("kjo-cost", _KJO, "b39_kjo", "b39_kjo",
           "$$J = - \\large{(} \\small Y \\log\\left(A^{[L]}\\right) + (1-Y) \\log\\left(1- A^{[L]}\\right) \\large{)}"
           " \\small\\tag{13}$$", ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=39),
    Public("kjo-dJdA", _KJO, "b39_kjo", "b39_kjo",
           "$$\\frac{\\partial J}{\\partial A^{[L]}} = - \\Big( \\frac{Y_i}{A^{[L]}} - \\frac{(1-Y)}{(1-A^{[L]})} \\Big) ="
           " \\frac{ A^{[L]} - Y}{ A^{[L]} ( 1 - A^{[L]} )}\n$$", ((C, C),),
           (Twin("value", _DJ_DA, ("-(y[0]/a2[0] - (1 - y[0])/(1 - a2[0]))", _DJ_DA)),), batch=39,
           why="Y_i the one label (one output)"),
    Public("kjo-dJdZ", _KJO, "b39_kjo", "b39_kjo",
           "$$\n\\begin{align}\n\\frac{\\partial J}{\\partial Z^{[L]}} &= \\frac{\\partial J}{\\partial A^{[L]}}"
           " \\frac{\\partial A^{[L]}}{\\partial Z^{[L]}} = \\frac{\\partial J}{\\partial A^{[L]}} g'^{[L]}(Z^{[L]}) \\\\\n"
           "&= \\frac{\\partial J}{\\partial A^{[L]}} A^{[L]} ( 1 - A^{[L]} ) \\\\\n&= A^{[L]} - Y\n\\end{align}\n$$",
           ((C, C, C, C),),
           (Twin("gradient_z", "z2[0]", (f"{_DJ_DA}*a2[0]*(1 - a2[0])", f"{_DJ_DA}*a2[0]*(1 - a2[0])",
                                         f"{_DJ_DA}*a2[0]*(1 - a2[0])", "a2[0] - y[0]")),), batch=39,
           why="the page's next line, \"(last two lines only valid for sigmoid activation in layer $L$)\", left out"),
    # ---- Nemotron's copy of "Do we need to add the sigmoid derivative term in the final layer's error value?":
    # inline \( ... \), plain-text layers in parentheses (delta(3), a(L), z(3)) ------------------------------------------
    Public("sigterm-coursera", _SIGTERM, "b39_ng_three_layers", "b39_ng_three_layers",
           "\\(\\delta(L) = a(L) - y\\)", ((C,),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=39,
           why="Coursera's output delta with the cross-entropy, as the question quotes it"),
    Public("sigterm-video", _SIGTERM, "b39_ng_three_layers", "b39_ng_three_layers",
           "\\(\\delta(3) = -(y - \\hat{y}) \\cdot f'(z(3))\\)", ((W,),),
           (Twin("gradient_z", "z2[0]", ("-(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=39,
           why="the video's delta, the squared error's: with the course's cross-entropy the f'(z(3)) cancels (the"
               " answer's point), so it is wrong for this network"),
    Public("sigterm-derived", _SIGTERM, "b39_ng_three_layers", "b39_ng_three_layers",
           "\\(\\delta(L) = (a(L) - y) \\cdot f'(z(L))\\)", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=39,
           why="the question's rewriting of the video's delta, wrong under the cross-entropy as above"),
    # ---- Nemotron's copy of "Updating weights in logistic regression using gradient descent?": $$ ... $$, the
    # update with the gradient's minus sign inside --------------------------------------------------------------------
    Public("logupd-sigma", _LOGUPD, "b39_logistic", "b39_logistic", "$$\\sigma(z) = \\frac{1}{1+e^{-z}}$$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=39),
    Public("logupd-update", _LOGUPD, "b39_logistic", "b39_logistic",
           "$$\\theta_j := \\theta_j - \\alpha \\cdot \\left(-\\frac{1}{n}\\sum_{i=1}^n (h_\\theta(x_i) - y_i) \\cdot"
           " x_{ij}\\right)$$", ((W,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(-(a1[0] - y[0])*x[{j}])",), _J2),), batch=39,
           why="the question's derivative -(1/n) sum (h - y) x_ij carries a minus sign too many (dJ/dtheta_j is"
               " +(1/n) sum (h - y) x_ij): the update climbs the cost"),
    Public("logupd-h", _LOGUPD, "b39_logistic", "b39_logistic",
           "  $$h_{\\theta}(x) = \\frac{1}{1+e^{-\\theta^{T}x}}$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + np.exp(-(W1[0,0]*x[0] + W1[0,1]*x[1])))",)),), batch=39,
           why="in the answer's list, indented under \"- \\(h_{\\theta}(x)\\) is the hypothesis function, given by:\""),
    # ---- john-s-butler-dit's "Simple Steps Back-Propagation": indented $$ blocks with align*, \max(0, a_1),
    # y_{\text{true}}, a cases block ------------------------------------------------------------------------------------
    Public("butler-hidden", _BUTLER, "b39_butler", "b39_butler",
           "     $$\n     \\begin{align*}\n     a_1 &= w_{11}^{(1)}x + b_{1}^{(1)} \\\\\n     h_1 &= \\max(0, a_1) \\\\\n"
           "     a_2 &= w_{21}^{(1)}x + b_{2}^{(1)} \\\\\n     h_2 &= \\max(0, a_2) \\\\\n"
           "     a_3 &= w_{31}^{(1)}x + b_{3}^{(1)} \\\\\n     h_3 &= \\max(0, a_3) \\\\\n     \\end{align*}\n     $$",
           ((C,), (C,), (C,), (C,), (C,), (C,)),
           tuple(twin for i in range(3) for twin in (
               Twin("value", f"z1[{i}]", (f"W1[{i},0]*x[0] + b1[{i}]",)),
               Twin("value", f"a1[{i}]", (f"relu(z1[{i}])",)))), batch=39),
    Public("butler-output", _BUTLER, "b39_butler", "b39_butler",
           "     $$\n     \\begin{align*}\n     a &= w_{1}^{(2)}h_1 + w_{2}^{(2)}h_2 + w_{3}^{(2)}h_3 + b^{(2)} \\\\\n"
           "     y &= a\n     \\end{align*}\n     $$", ((C,), (C,)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]",)),
            Twin("value", "a2[0]", ("z2[0]",))), batch=39),
    Public("butler-loss", _BUTLER, "b39_butler", "b39_butler",
           "     $$\n     L = \\frac{1}{2}(y_{\\text{true}} - y_{\\text{predicted}})^2\n     $$", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=39),
    Public("butler-dLda", _BUTLER, "b39_butler", "b39_butler",
           "     $$\n     \\frac{\\partial L}{\\partial a} = y_{\\text{predicted}} - y_{\\text{true}}\n     $$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=39),
    Public("butler-output-grads", _BUTLER, "b39_butler", "b39_butler",
           "     $$\n     \\begin{align*}\n     \\frac{\\partial L}{\\partial w_{i}^{(2)}} &= \\frac{\\partial L}{\\partial a}"
           " \\cdot h_i \\\\\n     \\frac{\\partial L}{\\partial b^{(2)}} &= \\frac{\\partial L}{\\partial a}\n"
           "     \\end{align*}\n     $$", ((C,), (C,)),
           (Twin("gradient", "W2[0,{i}]", ("(a2[0] - y[0])*a1[{i}]",), _I3),
            Twin("gradient", "b2[0]", ("a2[0] - y[0]",))), batch=39),
    Public("butler-relu-cases", _BUTLER, "b39_butler", "b39_butler",
           "     $$\n     \\begin{align*}\n     \\frac{\\partial L}{\\partial a_i} &= \n     \\begin{cases}\n"
           "     \\frac{\\partial L}{\\partial a_i}, & \\text{if } a_i > 0 \\\\\n     0, & \\text{otherwise}\n"
           "     \\end{cases}\n     \\end{align*}\n     $$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("(a2[0] - y[0])*W2[0,{i}]*Heaviside(z1[{i}])",), _I3),), batch=39,
           why="the page means dL/dh_i in the first case; as written, dL/da_i where a_i > 0 and 0 elsewhere is dL/da_i"
               " itself (the ReLU's derivative is 0 there), so the claim holds"),
    # ---- Baker-B's conspect of neuralthreads' tanh post: a gather* block, one line a claim, each ending \Rightarrow
    # \\; the tanh called sigmoid, the sigmoid's derivative in the chain, a misparenthesised numerator ---------------
    Public("baker-def", _BAKER, "b39_tanh", "b39_baker",
           "    y = sigmoid(x) = f(x) = \\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} \\\\", ((W, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "np.tanh(z1[0])", f"({_EX} - {_EMX})/({_EX} + {_EMX})")),),
           batch=39, why="the post's copy-paste slip: its tanh named sigmoid(x)"),
    Public("baker-chain", _BAKER, "b39_tanh", "b39_baker",
           "        \\frac{dy}{dx} = f'(x) = \\frac{d(\\frac{e^{x} - e^{-x}}{e^{x} + e^{-x}})}{dx} ="
           " \\frac{d((1+e^{-x})^{-1})}{dx} \\Rightarrow \\\\", ((C, C, W),),
           (Twin("value", _DTANH, (_DTANH, _DTANH, f"{_EMX}/(1 + {_EMX})**2")),), batch=39,
           why="d((1+e^{-x})^{-1})/dx is the sigmoid's derivative, left from the sigmoid post"),
    Public("baker-quotient", _BAKER, "b39_tanh", "b39_baker",
           "        \\Rightarrow f'(x) = \\frac{(e^{x} - (- e^{-x})(e^{x} + e^{-x}) - (e^{x} - e^{-x})(e^{x} +"
           " (-e^{-x})))}{(e^{x} + e^{-x})^{2}} \\Rightarrow \\\\", ((W,),),
           (Twin("value", _DTANH, (f"({_EX} - (-{_EMX})*({_EX} + {_EMX}) - ({_EX} - {_EMX})*({_EX} + (-{_EMX})))"
                                   f"/({_EX} + {_EMX})**2",)),), batch=39,
           why="the quotient rule's first product lost its parenthesis: e^x - (-e^{-x})(e^x + e^{-x}), not (e^x -"
               " (-e^{-x}))(e^x + e^{-x})"),
    Public("baker-numerator", _BAKER, "b39_tanh", "b39_baker",
           "        \\Rightarrow f'(x) = \\frac{(e^{x} + e^{-x})(e^{x} + e^{-x}) - (e^{x} - e^{-x})(e^{x} - e^{-x})}{(e^{x}"
           " + e^{-x})^{2}} \\Rightarrow \\\\", ((C,),),
           (Twin("value", _DTANH, (f"(({_EX} + {_EMX})*({_EX} + {_EMX}) - ({_EX} - {_EMX})*({_EX} - {_EMX}))"
                                   f"/({_EX} + {_EMX})**2",)),), batch=39),
    Public("baker-one-minus", _BAKER, "b39_tanh", "b39_baker",
           "        \\Rightarrow f'(x) = 1 - \\frac{(e^{x} - e^{-x})^{2}}{(e^{x} + e^{-x})^{2}} \\Rightarrow \\\\", ((C,),),
           (Twin("value", _DTANH, (f"1 - ({_EX} - {_EMX})**2/({_EX} + {_EMX})**2",)),), batch=39),
    Public("baker-tanh-squared", _BAKER, "b39_tanh", "b39_baker",
           "        \\Rightarrow f'(x) = 1 - (\\tanh(x))^{2} \\Rightarrow \\\\", ((C,),),
           (Twin("value", _DTANH, (_DTANH,)),), batch=39),
    # ---- click4ai's tanh problem: plain text, exp(...), tanh'(x) ----------------------------------------------------
    Public("click-tanh", _CLICK, "b39_tanh", "b39_tanh_x", "tanh(x) = (exp(x) - exp(-x)) / (exp(x) + exp(-x))",
           ((C,),), (Twin("value", "np.tanh(z1[0])", (f"({_EX} - {_EMX})/({_EX} + {_EMX})",)),), batch=39),
    Public("click-derivative", _CLICK, "b39_tanh", "b39_tanh_x", "tanh'(x) = 1 - tanh(x)^2", ((C,),),
           (Twin("value", _DTANH, (_DTANH,)),), batch=39),
    # ---- Nemotron's copy of dustinstansbury's "Derivation: Derivatives for Common Neural Network Activation
    # Functions": $$ blocks with \text{tanh}, \frac{d}{dx}; inline \( ... \) with \text{sech}^2(x)^{-1} --------------
    Public("dustin-tanh", _DUSTIN, "b39_tanh", "b39_tanh_x",
           "$$\n\\text{tanh}(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}\n$$", ((C,),),
           (Twin("value", "np.tanh(z1[0])", (f"({_EX} - {_EMX})/({_EX} + {_EMX})",)),), batch=39),
    Public("dustin-quotient", _DUSTIN, "b39_tanh", "b39_tanh_x",
           "$$\n\\frac{d}{dx} \\text{tanh}(x) = \\frac{(e^x + e^{-x})(e^x + e^{-x}) - (e^x - e^{-x})(e^x - e^{-x})}{(e^x"
           " + e^{-x})^2}\n$$", ((C,),),
           (Twin("value", _DTANH, (f"(({_EX} + {_EMX})*({_EX} + {_EMX}) - ({_EX} - {_EMX})*({_EX} - {_EMX}))"
                                   f"/({_EX} + {_EMX})**2",)),), batch=39),
    Public("dustin-numerator", _DUSTIN, "b39_tanh", "b39_tanh_x",
           "$$\n(e^x + e^{-x})^2 - (e^x - e^{-x})^2 = e^{2x} + 2 + e^{-2x} - (e^{2x} - 2 + e^{-2x}) = 4\n$$", ((C, C),),
           (Twin("value", f"({_EX} + {_EMX})**2 - ({_EX} - {_EMX})**2",
                 ("np.exp(2*z1[0]) + 2 + np.exp(-2*z1[0]) - (np.exp(2*z1[0]) - 2 + np.exp(-2*z1[0]))", "4")),),
           batch=39),
    Public("dustin-four", _DUSTIN, "b39_tanh", "b39_tanh_x",
           "$$\n\\frac{d}{dx} \\text{tanh}(x) = \\frac{4}{(e^x + e^{-x})^2}\n$$", ((C,),),
           (Twin("value", _DTANH, (f"4/({_EX} + {_EMX})**2",)),), batch=39),
    Public("dustin-sech", _DUSTIN, "b39_tanh", "b39_tanh_x",
           "Recognizing that \\((e^x + e^{-x})^2 = \\text{sech}^2(x)^{-1}\\), where \\(\\text{sech}(x) = \\frac{2}{e^x"
           " + e^{-x}}\\), we find:", ((W,), (C,)),
           (Twin("value", f"({_EX} + {_EMX})**2", ("np.cosh(z1[0])**2",)),
            Twin("value", "1/np.cosh(z1[0])", (f"2/({_EX} + {_EMX})",))), batch=39,
           why="sech^2(x)^{-1} is cosh^2 x, a quarter of (e^x + e^{-x})^2"),
    Public("dustin-result", _DUSTIN, "b39_tanh", "b39_tanh_x",
           "$$\n\\frac{d}{dx} \\text{tanh}(x) = 1 - \\text{tanh}^2(x)\n$$", ((C,),),
           (Twin("value", _DTANH, (_DTANH,)),), batch=39),
    # ---- Nemotron's copy of "Gradient of a Softmax Applied on a Linear Function": \[ ... \], [f(\vec{x})]_j, W_jx
    # for row j times x, "\cdot 1", the answer's (p1^T - I)yx^T with 1 a vector of ones and I the identity ----------
    Public("smlin-p", _SMLIN, "b39_softmax", "b39_softmax",
           "\\[ p_j = [f(\\vec{x})]_j = \\frac{e^{W_jx + b_j}}{\\sum_k e^{W_kx + b_k}} \\]", ((C, C),),
           (Twin("value", "a1[{j}]", ("a1[{j}]", _SOFTMAX_J), _J3),), batch=39, why="f the model, x -> p"),
    Public("smlin-loss", _SMLIN, "b39_softmax", "b39_softmax", "\\[ L = -\\sum_j y_j \\log p_j \\]", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=39),
    Public("smlin-dLdo", _SMLIN, "b39_softmax", "b39_softmax",
           "\\[ \\frac{\\partial L}{\\partial o_i} = p_i - y_i \\]", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=39),
    Public("smlin-dLdb", _SMLIN, "b39_softmax", "b39_softmax",
           "\\[ \\frac{\\partial L}{\\partial b_i} = \\frac{\\partial L}{\\partial o_i} \\frac{\\partial o_i}{\\partial b_i}"
           " = (p_i - y_i) \\cdot 1 = p_i - y_i \\]", ((C, C, C),),
           (Twin("gradient", "b1[{i}]", ("a1[{i}] - t[{i}]", "(a1[{i}] - t[{i}])*1", "a1[{i}] - t[{i}]"), _I3),),
           batch=39),
    Public("smlin-dLdWi", _SMLIN, "b39_softmax", "b39_softmax",
           "\\[ \\frac{\\partial L}{\\partial W_i} = \\frac{\\partial L}{\\partial o_i} \\frac{\\partial o_i}{\\partial W_i}"
           " = (p_i - y_i) \\vec{x} \\]", ((C, C),),
           (Twin("gradient", "W1[{i},{k}]", ("(a1[{i}] - t[{i}])*x[{k}]", "(a1[{i}] - t[{i}])*x[{k}]"), _IK33),),
           batch=39, why="the question calls it a dimensionality mismatch; as row i of the gradient it is right"),
    Public("smlin-answer", _SMLIN, "b39_softmax", "b39_softmax",
           "\\[\n\\frac{\\partial L}{\\partial W} = (p1^T - I)yx^T = (p - y)x^T\n\\]", ((C, C),),
           (Twin("gradient", "W1[{i},{k}]", ("(a1[{i}] - t[{i}])*x[{k}]", "(a1[{i}] - t[{i}])*x[{k}]"), _IK33),),
           batch=39, why="(p 1^T - I) y = p (1^T y) - y = p - y for a one-hot y"),
    # ---- community.deeplearning.ai 338761: plain-text [l] layers, "." for the product, \displaystyle, a typo
    # z{[l]} -------------------------------------------------------------------------------------------------------
    Public("dlai-question", _DLAI, "b39_dlai", "b39_dlai",
           "Can anyone explain why db^[l]=dz^[l] and da^[l-1]=w^[l-1].dz^[l] in week 4 and the video “Forward and"
           " backward propagation”?", ((C,), (W,)),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),
            Twin("value", _DJ_DA1, ("W1[{j},0]*(a2[0] - y[0]) + W1[{j},1]*(a2[1] - y[1])",), _J2)), batch=39,
           why="the thread's title formulas: da^[l-1] is W^[l]T dz^[l] (the reply's), not w^[l-1] times dz^[l]"),
    Public("dlai-forward", _DLAI, "b39_dlai", "b39_dlai", "z{[l]} = W^{[l]} \\cdot a^{[l-1]} + b^{[l]}", ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]",), _K2),), batch=39,
           why="the reply's z{[l]}, its ^ lost"),
    Public("dlai-db", _DLAI, "b39_dlai", "b39_dlai", "db^{[l]} = \\displaystyle \\frac {\\partial J}{\\partial b^{[l]}}",
           ((C,),), (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=39),
    Public("dlai-da", _DLAI, "b39_dlai", "b39_dlai",
           "\\frac{\\partial J}{\\partial a^{[l-1]}}=W^{[l]^T}.\\frac{\\partial J}{\\partial z^{[l]}}", ((C,),),
           (Twin("value", _DJ_DA1, (_DJ_DA1,), _J2),), batch=39,
           why="inside the sentence \"But I’m still confused with the explanation of why ... because it can’t be"
               " explained\" (left out)"),
    Public("dlai-db-dz", _DLAI, "b39_dlai", "b39_dlai",
           "And so for db^{[l]}=dz^{[l]} which is actually \\frac{\\partial J}{\\partial b^{[l]}}=\\frac{\\partial J}"
           "{\\partial z^{[l]}}", ((C,), (C,)),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),
            Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2)), batch=39),
    # ---- datascience.stackexchange 76135: $$ ... $$ with \partial for Ng's d (\partial W^{[l]}), \mathcal{J},
    # A^{[l-1] T} ---------------------------------------------------------------------------------------------------
    Public("ds76135-dW", _DS76135, "b39_ds76135", "b39_ds76135",
           "$$\\partial W^{[l]} = \\frac{\\partial \\mathcal{J} }{\\partial W^{[l]}} = \\frac{1}{m} \\partial Z^{[l]}"
           " A^{[l-1] T}$$", ((C, C),),
           (Twin("gradient", "W3[0,{k}]", ("(a3[0] - y[0])*a2[{k}]", "(a3[0] - y[0])*a2[{k}]"), _K2),), batch=39,
           why="at l = L = 3, the output layer, one sample"),
    Public("ds76135-dA", _DS76135, "b39_ds76135", "b39_ds76135",
           "$$\\partial A^{[l-1]} = \\frac{\\partial \\mathcal{L} }{\\partial A^{[l-1]}} = W^{[l] T} \\partial Z^{[l]}$$",
           ((C, C),),
           (Twin("value", "W3[0,{k}]*(a3[0] - y[0])", ("W3[0,{k}]*(a3[0] - y[0])", "W3[0,{k}]*(a3[0] - y[0])"), _K2),),
           batch=39, why="at l = L = 3"),
    # ---- CSCN8010's worked example (its README's Markdown, inline $ ... $ indented in a numbered list): numbers
    # rounded to three places and carried; z_2 = 0.333 for 0.3344 and L = 0.083 for 0.087 -------------------------
    Public("cscn-z1", _CSCN, "b39_cscn8010", "b39_cscn8010",
           "      $z_1 = w_1 \\cdot x + b_1 = 0.4 \\cdot 0.5 + 0.5 = 0.7$", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.4*0.5 + 0.5", "=0.7")),), batch=39),
    Public("cscn-a1", _CSCN, "b39_cscn8010", "b39_cscn8010",
           "     $a_1 = \\text{sigmoid}(z_1) = \\frac{1}{1 + e^{-z_1}} = \\frac{1}{1 + e^{-0.7}} \\approx 0.668$",
           ((C, C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + np.exp(-z1[0]))", "=1/(1 + np.exp(-0.7))", "=0.668")),),
           batch=39),
    Public("cscn-z2", _CSCN, "b39_cscn8010", "b39_cscn8010",
           "     $z_2 = w_2 \\cdot a_1 + b_2 = 0.8 \\cdot 0.668 - 0.2 = 0.333$", ((C, C, W),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + b2[0]", "=0.8*0.668 - 0.2", "=0.333")),), batch=39,
           why="0.8 * 0.668 - 0.2 is 0.3344 (0.3345 at the unrounded a_1), not 0.333"),
    Public("cscn-a2", _CSCN, "b39_cscn8010", "b39_cscn8010",
           "     $a_2 = \\text{sigmoid}(z_2) = \\frac{1}{1 + e^{-z_2}} = \\frac{1}{1 + e^{-0.333}} \\approx 0.583$",
           ((C, C, W, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "1/(1 + np.exp(-z2[0]))", "=1/(1 + np.exp(-0.333))", "=0.583")),),
           batch=39, why="1/(1 + e^{-0.333}) carries the slip above (0.5825, the true a_2 0.5829); 0.583 is right"),
    Public("cscn-loss", _CSCN, "b39_cscn8010", "b39_cscn8010",
           "     $L = \\frac{1}{2}(y_{\\text{target}} - a_2)^2 = \\frac{1}{2}(1 - 0.583)^2 \\approx 0.083$", ((C, C, W),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2", "=0.5*(1 - 0.583)**2", "=0.083")),),
           batch=39, why="1/2 (0.417)^2 is 0.0869, not 0.083"),
    Public("cscn-dLda2", _CSCN, "b39_cscn8010", "b39_cscn8010",
           "     $\\frac{\\partial L}{\\partial a_2} = -(y_{\\text{target}} - a_2) = -(1 - 0.583) = -0.417$", ((C, C, C),),
           (Twin("value", "-(y[0] - a2[0])", ("-(y[0] - a2[0])", "=-(1 - 0.583)", "=-0.417")),), batch=39),
]
