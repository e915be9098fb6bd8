r"""Batch 41 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 17 web pages no earlier batch used (10 sites: a Stack Overflow question, a community.deeplearning.ai
thread, ariacx.me's notes on Nielsen's chapter 2 at its https and its http address, seven posts and threads in
Nemotron-CC-Math-v1's copies (named by their titles after the data set's address, as in the batches before: the
question on Nielsen's BP1, grandjanitor's and a 2017 post's "Gradient Descent for Logistic Regression", the "Basic
Logistic Regression Question", Cross Validated's "Deriving the gradients for Softmax logistic regression
classifier", "Derivative of Loss Function in Softmax Classification", "Calculating Gradient Descent of Softmax
Regression"), rishith-s's notes on the binary cross-entropy, solutioninn's copy of Bishop's tanh exercise,
littlebitai's gradient-descent example, math.techqa.club 3113846, a compphysics week-42 slide and a transtutors
answer), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page
under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch41_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the
verdicts written down, on its first run) and committed before check was. Every notation was loaded with its network
(backprop.symbolic.notation_loading.load_notation) before the run, without judging a formula: none raised. A local
derivative (dg/dz, sigma'(z), dC/da_1 da_1/dz_1 = delta_1) is a value, as in the batches before; a delta dL/dz is
twinned as the gradient by z. Formulas keep their page's delimiters and what surrounds them on their line (a
sentence's words, a Markdown bullet, a list's indentation, a code comment); what was left out is said in the
entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 41

The batch: 55 formulas (61 claims: six lines hold two or three), 35 values (forward values and losses, local
derivatives dg(z)/dz in a four-member \left( \right) derivation, sigma'(z) and h'(a), a definition delta_1 written on
the right, a vector [-y_1/z_1, ..., -y_k/z_k], a chain of numbers z1 = 0.5*1 + (-0.5)*3 + 0.1 = ... = -0.9), 8
deltas (Ng's dZ2, dZL, dZ^{[l]}, dZ^{[L]}; Nielsen's delta^L_j with \tag{36} to \tag{38}; an aligned dL/da_1), 11
gradients, 7 updates (:=, theta[j] = theta[j] - ..., W := W - lr * ∇_W BCE, w^{(1)} = w^{(0)} - \text{learningRate}
\times \text{gradient} and its tuples of numbers); no entry marked unreadable. 37 are LaTeX ($$ ... $$ and \[ ... \]
blocks with \tag, align and aligned environments with \\[1em], inline $...$ in sentences, \pmb{x}^{(i)},
\textbf{a}, J_{(w)}, \partial{C} braced, \sigma_1' for sigma'(z_1), \text{learning rate} and \text{cost function}
as names, a trailing "\quad \text{for } k = 1 \ldots N"), 18 plain text or code (U+2212 minus and σ in a^l=σ(...),
dZL = dAL .* gβ(ZL) with a mis-decoded prime, ŷ_i, ·, Σ, ∇_W and [ ] in rishith-s's notes, Bishop's text stripped of
its superscripts, a Python comment holding σ'(x) = σ(x) (1 - σ(x)), pseudocode's theta^T * x(i), Python's dw +=
inside a loop with a trailing comment, a sentence with a curly apostrophe before y = w * x).

7 are mistaken somewhere (the oracle finds at least one member wrong):

- solutioninn's h'(a)=1-h(a)2. (the stored text lost the square: 1 - h(a) times 2);
- solutioninn's tanh(a)=ea-e-aea+e-a (the stored text of (e^a - e^{-a})/(e^a + e^{-a}) without its bar and
  superscripts), after a right h(a)=tanh(a);
- the "Basic Logistic Regression Question"'s w^{(1)} = (0.005, 0.005, 0.005) for 0 - 0.01 x 0.5 = -0.005 (its
  symbolic rule and its tuple arithmetic are right);
- Cross Validated's dL/dz = dL/dz dz/da (the left side meant dL/da);
- the same question's aligned dL/da_1, whose dz_1/da_1 = z_1 - y_1 (for z_1 (1 - z_1)) makes its second and third
  members wrong (the first, the chain rule, is right);
- math.techqa.club 3113846's dC/dw = (y-a)\sigma'(z) (x missing, and the sign of C = 1/2 (y - a)^2's inner term);
- its quotation of Nielsen, dC/dw = (y-a)\sigma'(z)x (the book has a - y; the answer's own (y-a) \times (-1)
  \times da/dw is right).

Not mistaken, though they look it: Ng's dZL = dAL .* gβ(ZL) (gβ the stored page's decoding of g’, the derivative);
grandjanitor's chain with "for k = 1 \ldots N" (k for j, a remark); Stack Overflow's dC/dw^{L-1} without a 2 (the
question's cost is halved); the aligned softmax derivative's first member (with four classes, so that "y_3 ...
y_k" continues); "Derivative of Loss Function in Softmax Classification"'s combined sums (right with a one-hot
target, as the post says next).

Collected on 2026-12-04 from 19:38 to 19:51 by the machine's clock.

Run blind once at main f13ffd8 (/work/READY_FOR_BLIND8, which appeared at 20:16), with nothing under src/ changed
(the output saved in /work/batch41_blind.txt): 42 of 55 read with every verdict right (76%); 13 refused; no
misreading; no crash; NO WRONG FORMULA CALLED CORRECT. No refusal came from a notation outside the spec's grammar
(every notation had loaded before the run), so the run stays the only one. Of the 7 mistaken formulas, 6 read with
every verdict right (bishop-h-prime, basiclr-result, smgrad-typo, smgrad-chain with its right first member and its
two wrong ones, signs-question, signs-nielsen) and 1 was refused (bishop-tanh); no wrong member was called correct.
By kind of claim: values 23 of 29 formulas, deltas 6 of 8, gradients 9 of 11, updates 4 of 7. LaTeX against plain
text: the 37 in LaTeX read 32 (86%), the 18 in plain text or code 10 (56%). By page: Stack Overflow 1 of 2,
community.deeplearning.ai 2 of 4, ariacx.me 1 of 1 at https and 0 of 1 at http, the question on BP1 4 of 4,
grandjanitor 6 of 6, the 2017 post 5 of 5, rishith-s 3 of 5, solutioninn 1 of 2, the "Basic Logistic Regression
Question" 1 of 3, Cross Validated's softmax question 5 of 5, "Derivative of Loss Function in Softmax Classification"
1 of 3, "Calculating Gradient Descent of Softmax Regression" 0 of 1, littlebitai 4 of 4, math.techqa.club 5 of 5,
compphysics 3 of 3, transtutors 0 of 1.

The refusals by construct (13), with the exact message:

- 6: claims inside a line's prose or code, the words around them not set aside:
  a sentence's words before the claim, "In week3 neural nets with one hidden layer, I learned dZ2 = A2 - Y. This is a
  output layer." (dlai-dz2): "formula 'In week3 neural nets with one hidden layer, I learned dZ2...': unexpected at
  ',' (position 43); a comma after a member is no product: write \cdot (or \,) for one, or give a second claim its
  own left side (A = B, \quad C = D)";
  three claims of one sentence joined by "where" and "and" after "Predict probability with sigmoid:"
  (rishith-forward): "formula 'where z_i = W \\cdot x_i + b and sigma(z) = 1 / (1 + exp(-z))': unknown symbol h; the
  notation knows N, W, \hat{y}, b, x, y, z; give it a meaning in the notation's [notation.symbols], e.g. "h" =
  "a1[0]"";
  a label with a parenthesis before its colon, "Equivalent form (useful for differentiation): sigma(z) = ..."
  (rishith-sigma-exp): "formula '(useful for differentiation): sigma(z) = exp(z) / (1 + ex...': unexpected at ':'
  (position 29)";
  "with" joining two claims, "h(a)=tanh(a), with tanh(a)=ea-e-aea+e-a" (bishop-tanh): "formula 'with
  tanh(a)=ea-e-aea+e-a': w needs its layer, e.g. w^{(1)}; or give it a meaning in the notation";
  words and a colon after a claim before the next, "Compute z = w·x + b for each sample: z1 = ..." (transtutors-z1):
  "formula 'Compute z = w \\cdot x + b for each sample: z1 = 0.5*1 + (...': unexpected at ':' (position 42)";
  a code statement whose trailing comment states the math, "return z * (1-z) # because σ'(x) = σ(x) (1 - σ(x))"
  (so-sigmoid-prime): "formula "return z * (1-z) # because σ'(x) = σ(x) (1 - σ(x))": has no left side; write the
  equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param".
  General: formulas in sentences, joined by connectives (where, and, with, because), are everyday writing.
- 2: a learning rate named in words inside \text{...} in the notation's learning_rate list (learning_rate =
  ["\\text{learningRate}"], ["\\text{learning rate}"]; earlier batches' loss lists with \text{Loss} read):
  basiclr-rule, "formula 'w^{(1)} = w^{(0)} - \\text{learningRate} \\times \\text{grad...': unknown symbol
  learningRate; the notation knows gradient, w; give it a meaning in the notation's [notation.symbols], e.g.
  "learningRate" = "a1[0]""; smgd-update, "formula 'w_1 = w_1 - \\text{learning rate} \\times \\frac{\\partial
  \\t...': unknown symbol learningrate; the notation knows w; ...". General (a rate written as a word).
- 2: -\frac{1}{m} \sum_{i=1}^{m} over the samples in a gradient, names with the sample's (i) superscript, the
  notation giving "m" = "1" (smclass-chain, smclass-combined): "formula '\\frac{\\partial J_{(w)}}{\\partial w_{jz}}
  = - \\frac{1}{m} ...': m counts the samples (a sum over them runs to m), and '- \\frac{1}{m} \\sum_{i=1}^{m}
  \\sum_{k=1}^{K} \\frac{y_{k}^{...' sums over none, so whether a product over the samples' matrix sums them nothing
  says; write the sum, \sum_{i=1}^{m}, or give m its value in the notation ("m" = "1", the one sample check reads)".
  The message asks for the sum and for "m" = "1", both already there; the same page's cost, J_{(w)} = - \frac{1}{m}
  \sum_{i=1}^{m} \sum_{k=1}^{K} ..., read. General (Ng's and Raschka's averaged gradients); worth a look.
- 1: a vector written as a tuple inside an expression, "w^{(1)} = (0, 0, 0) - 0.01 \times (0.5, 0.5, 0.5)"
  (basiclr-numbers): "formula 'w^{(1)} = (0, 0, 0) - 0.01 \\times (0.5, 0.5, 0.5)': a list in parentheses is not a
  formula at ',' (position 13); write one expression, or a vector's numbers as [1, 2]" (the tuple alone,
  w^{(1)} = (0.005, 0.005, 0.005), read and was called wrong). General in worked examples.
- 1: a Markdown bullet before a plain-text formula, "- a^l=σ(w^la^{l−1}+b^l) =σ(z^l)" (ariacx-http-a-l): "formula
  '- a^l=σ(w^la^{l−1}+b^l) =σ(z^l)': '- ' at the start of the line reads as a list's bullet or as a minus on what
  follows, and the two readings do not agree; write the line without the bullet, or (-...) in parentheses for the
  negative". Refused by design (a bullet's minus once called a wrong formula correct); the https copy, "- $a^l=...$",
  read.
- 1: a prime mis-decoded by the stored page, g’ as "gβ", "dZL = dAL .* gβ(ZL)" (dlai-dzl-question): "formula 'dZL =
  dAL \\odot g\\beta (ZL)': unknown symbol g; the notation knows A, Y, Z, ZL, dA, dAL, dZ, dZL; give it a meaning in
  the notation's [notation.symbols], e.g. "g" = "a1[0]"". A page's one-off (its .* read as the entrywise product).

Nothing was fixed from this batch.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch41_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SO53287032 = ("https://stackoverflow.com/questions/53287032/multi-layer-neural-network-back-propagation-formula-using"
               "-stochastic-gradient-d")
_DLAI96740 = "https://community.deeplearning.ai/t/i-dont-know-the-difference-between-dzl-al-y-and-dzl-dal-g-zl/96740"
_ARIACX = "https://ariacx.me/2018/04/15/NeuralNet/2/"
_ARIACX_HTTP = "http://ariacx.me/2018/04/15/NeuralNet/2/"
_NIELSEN_BP1 = (f"{_NEMOTRON} (Can't understand the proof of the first backpropagation equation in Nielsen's neural"
                " network book)")
_GRANDJANITOR = f"{_NEMOTRON} (Gradient Descent for Logistic Regression, grandjanitor)"
_LOGREG2017 = f"{_NEMOTRON} (Gradient Descent for Logistic Regression, written on November 29, 2017)"
_RISHITH = "https://rishith-s.github.io/100daysofML/Regression/binary-cross-entropy"
_SOLUTIONINN = "https://www.solutioninn.com/study-help/questions/h-a-t-a-n-h-12676513"
_BASIC_LR = f"{_NEMOTRON} (Basic Logistic Regression Question)"
_SMGRAD = f"{_NEMOTRON} (Deriving the gradients for Softmax logistic regression classifier)"
_SMCLASS = f"{_NEMOTRON} (Derivative of Loss Function in Softmax Classification)"
_SMGD = f"{_NEMOTRON} (Calculating Gradient Descent of Softmax Regression)"
_LITTLEBIT = "https://littlebitai.org/gradient-descent-example-with-simple-python"
_TECHQA = "https://math.techqa.club/changing-signs-of-partial-derivative-s-elements-3113846"
_CP_BS009 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs009.html"
_TRANSTUTORS = ("https://www.transtutors.com/questions/gradient-descent-update-rule-for-a-machine-learning-model-with-"
                "initial-weights-w-0-5-13389858.htm")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J4 = tuple({"j": j} for j in range(4))
_ZJ32 = tuple({"z": z, "j": j} for z in range(3) for j in range(2))

# the chain of one-neuron sigmoid layers with the halved quadratic cost: dC/dw^{L-1}
_SO_DW2 = "a1[0]*a2[0]*(1 - a2[0])*W3[0,0]*a3[0]*(1 - a3[0])*(a3[0] - y[0])"
# a sigmoid output with the cross-entropy: dL/dA^{[2]} times g'(Z^{[2]})
_DA_G = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))*a2[0]*(1 - a2[0])"
# Nielsen's BP1 with the quadratic cost at the output layer
_BP1 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_SIG_PRIME = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_THETA_X = "W1[0,0]*x[0] + W1[0,1]*x[1]"
# four softmax outputs with the cross-entropy: dL/da_1 (the logit's), by the chain rule and by the question's
# dz_1/da_1 = z_1 - y_1 (for z_1 (1 - z_1))
_SM_CHAIN = ("-t[0]/a1[0]*a1[0]*(1 - a1[0]) - t[1]/a1[1]*(-a1[1]*a1[0]) - t[2]/a1[2]*(-a1[2]*a1[0])"
             " - t[3]/a1[3]*(-a1[3]*a1[0])")
_SM_QUESTION = ("-t[0]/a1[0]*(a1[0] - t[0]) - t[1]/a1[1]*(-a1[1]*a1[0]) - t[2]/a1[2]*(-a1[2]*a1[0])"
                " - t[3]/a1[3]*(-a1[3]*a1[0])")
_SM_QUESTION_SIMPLIFIED = "-t[0] + t[0]**2/a1[0] + t[1]*a1[0] + t[2]*a1[0] + t[3]*a1[0]"
# three softmax outputs s_k of w_k^T x, the cross-entropy: dJ/dw_{jz}
_SM_DW = "(a1[{z}] - t[{z}])*x[{j}]"
_NEURON_DW = "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]"
_NEURON_DELTA = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"


ENTRIES: list[Public] = [
    # ---- Stack Overflow 53287032: a question's LaTeX in a code block ($$ ... $$ with \partial{C} braced, \times,
    # w^L without braces), and its Python's comment with sigma'(x) in Unicode ------------------------------------
    Public("so-dw-l-1", _SO53287032, "b41_chain", "b41_so53287032",
           "$$\\frac{\\partial{C}}{\\partial{w^{L-1}}} = \\frac{\\partial{z^{L-1}}}{\\partial{w^{L-1}}} \\frac{\\partial"
           "{a^{L-1}}}{\\partial{z^{L-1}}} \\frac{\\partial{C}}{\\partial{a^{L-1}}}=a^{L-2} \\sigma'(z^{L-1}) \\times"
           " w^L \\sigma'(z^L)(a^L-y) $$", ((C, C),),
           (Twin("gradient", "W2[0,0]", (_SO_DW2, _SO_DW2)),), batch=41,
           why="the question's own cost is halved (\"my loss function is multiplied by 1/2\"), so (a^L - y) carries"
               " no 2; the next line of the code block, dC/dw^L, is cut off where the stored page ends"),
    Public("so-sigmoid-prime", _SO53287032, "b41_chain", "b41_so53287032",
           "return z * (1-z) # because σ'(x) = σ(x) (1 - σ(x))", ((C,),),
           (Twin("value", _SIG_PRIME, (_SIG_PRIME,)),), batch=41,
           why="the comment's equation is the claim (the code's z is the sigmoid's output, the comment's x its input);"
               " the stored page lost the line's indentation inside def sigmoid_prime(z):"),
    # ---- community.deeplearning.ai 96740: plain-text dZ2 = A2 - Y, a mis-decoded prime (g’ stored as "gβ") with
    # MATLAB's .*, and the mentor's bracketed layers ---------------------------------------------------------------
    Public("dlai-dz2", _DLAI96740, "b41_ng_tanh", "b41_dlai96740",
           "In week3 neural nets with one hidden layer, I learned dZ2 = A2 - Y. This is a output layer.", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=41),
    Public("dlai-dzl-question", _DLAI96740, "b41_ng_tanh", "b41_dlai96740",
           "But in week4, I learned in output layer we calculate dZL = dAL .* gβ(ZL).", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DA_G,)),), batch=41,
           why="gβ is the stored page's decoding of g’ (the derivative g'); the notation names no gβ"),
    Public("dlai-dzl-rule", _DLAI96740, "b41_ng_tanh", "b41_dlai96740",
           "dZ^{[l]} = dA^{[l]} * g^{[l]'}(Z^{[l]})", ((C,),),
           (Twin("gradient_z", "z2[0]", (_DA_G,)),), batch=41, why="the rule at l = L = 2 (it holds at l = 1 too)"),
    Public("dlai-dzL", _DLAI96740, "b41_ng_tanh", "b41_dlai96740", "dZ^{[L]} = A^{[L]} - Y", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=41),
    # ---- ariacx.me's notes on Nielsen's chapter 2, at https (a Markdown bullet with $...$, U+2212 minus) and at http
    # (the same bullet stored without its dollars) ----------------------------------------------------------------
    Public("ariacx-a-l", _ARIACX, "b41_nielsen", "b41_nielsen_vectors", "- $a^l=σ(w^la^{l−1}+b^l) =σ(z^l)$",
           ((C, C),), (Twin("value", "a2[{j}]", ("sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}])",
                                                   "sigmoid(z2[{j}])"), _J2),), batch=41, why="at l = 2"),
    Public("ariacx-http-a-l", _ARIACX_HTTP, "b41_nielsen", "b41_nielsen_vectors", "- a^l=σ(w^la^{l−1}+b^l) =σ(z^l)",
           ((C, C),), (Twin("value", "a2[{j}]", ("sigmoid(W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}])",
                                                   "sigmoid(z2[{j}])"), _J2),), batch=41, why="at l = 2"),
    # ---- Nemotron's copy of "Can't understand the proof of the first backpropagation equation ...": $$ blocks with
    # \tag{36} to \tag{38}, superscript before subscript (\delta^L_j), a sum over k; the cost inline in a sentence --
    Public("bp1-36", _NIELSEN_BP1, "b41_nielsen", "b41_nielsen_bp1",
           "$$\n\\delta^L_j = \\frac{\\partial C}{\\partial z^L_j}. \\tag{36}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_BP1,), _J2),), batch=41),
    Public("bp1-37", _NIELSEN_BP1, "b41_nielsen", "b41_nielsen_bp1",
           "$$\n\\delta^L_j = \\sum_k \\frac{\\partial C}{\\partial a^L_k} \\frac{\\partial a^L_k}{\\partial z^L_j},"
           " \\tag{37}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_BP1,), _J2),), batch=41),
    Public("bp1-38", _NIELSEN_BP1, "b41_nielsen", "b41_nielsen_bp1",
           "$$\n\\delta^L_j = \\frac{\\partial C}{\\partial a^L_j} \\frac{\\partial a^L_j}{\\partial z^L_j}."
           " \\tag{38}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_BP1,), _J2),), batch=41),
    Public("bp1-cost", _NIELSEN_BP1, "b41_nielsen", "b41_nielsen_bp1",
           "I understand that $C$ is a function depending on all the output activations, so maybe the reason is"
           " because in its expression $C = \\frac{1}{2} \\sum_j (y_j-a^L_j)^2$ there is the summation. However, I feel"
           " like I am missing something.", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=41),
    # ---- Nemotron's copy of grandjanitor's "Gradient Descent for Logistic Regression": \[ ... \] blocks with :=,
    # H_{\theta}(\pmb{x}^{(i)}), \sum_{i=1}^M over the samples, a remark "\quad \text{for } k = 1 \ldots N", and a
    # derivation of the sigmoid's derivative through \left( \right) ----------------------------------------------
    Public("gj-update", _GRANDJANITOR, "b41_logistic", "b41_grandjanitor",
           "\\[\n\\theta_j := \\theta_{j} - \\alpha \\sum_{i=1}^M (H_{\\theta} (\\pmb{x}^{(i)}) - y^{(i)}) x_j^{(i)}\n\\]",
           ((C,),), (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J2),), batch=41,
           why="logistic regression's update (the post's cost sums the cross-entropies), one sample"),
    Public("gj-linear-cost", _GRANDJANITOR, "b41_linear", "b41_grandjanitor",
           "\\[\nJ(\\theta) = \\frac{1}{2}\\sum_{i=1}^M (H_{\\theta}(\\pmb{x}^{(i)})- y^{(i)})^2\n\\]", ((C,),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2",)),), batch=41,
           why="the post's linear regression, H_theta(x) = theta^T x"),
    Public("gj-linear-gradient", _GRANDJANITOR, "b41_linear", "b41_grandjanitor",
           "\\[\n\\frac{\\partial J(\\theta)}{\\partial \\theta_j} = \\frac{\\partial J(\\theta)}{\\partial H_{\\theta}"
           "(\\pmb{x}^{(i)})} \\frac{\\partial H_{\\theta}(\\pmb{x}^{(i)})}{\\partial \\theta_j} = \\sum_{i=1}^M"
           " (H_{\\theta} (\\pmb{x}^{(i)}) - y^{(i)}) x_j^{(i)} \\quad \\text{for } k = 1 \\ldots N\n\\]", ((C, C),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]", "(a1[0] - y[0])*x[{j}]"), _J2),), batch=41,
           why="the chain's first member by the one sample's H_theta(x^{(i)}); \"for k = 1 ... N\" (k for j) a remark"),
    Public("gj-hypothesis", _GRANDJANITOR, "b41_logistic", "b41_grandjanitor",
           "\\[\nH_{\\theta}(\\pmb{x}) = g(\\theta^T \\pmb{x})\n\\]", ((C,),),
           (Twin("value", "a1[0]", (f"sigmoid({_THETA_X})",)),), batch=41),
    Public("gj-dg", _GRANDJANITOR, "b41_logistic", "b41_grandjanitor",
           "\\[\n\\frac{dg(z)}{dz} = g(z) (1 - g(z))\n\\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", (_SIG_PRIME,)),), batch=41),
    Public("gj-dg-proof", _GRANDJANITOR, "b41_logistic", "b41_grandjanitor",
           "\\[\n\\frac{dg(z)}{dz} = \\frac{d}{dz}\\frac{1}{1+e^{-z}} = -\\left(\\frac{-e^{-z}}{(1+e^{-z})^2}\\right)"
           " = \\frac{e^{-z}}{(1+e^{-z})^2} = g(z)(1-g(z))\n\\]", ((C, C, C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "-(-exp(-z1[0])/(1 + exp(-z1[0]))**2)",
                                                "exp(-z1[0])/(1 + exp(-z1[0]))**2", _SIG_PRIME)),), batch=41),
    # ---- Nemotron's copy of a 2017 post "Gradient Descent for Logistic Regression": \[ ... \] blocks indented in a
    # numbered list, \left( \right), h_\theta unbraced; its pseudocode's theta^T * x(i), theta[j], (1/m) * sum(...) --
    Public("lr17-gradient", _LOGREG2017, "b41_logistic", "b41_logreg2017",
           "   \\[\n   \\frac{\\partial J(\\theta)}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^{m} \\left( h_\\theta"
           "(x^{(i)}) - y^{(i)} \\right) x_j^{(i)}\n   \\]", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*x[{j}]",), _J2),), batch=41,
           why="the page writes it twice (under \"Assumptions\" and as step 3); m = 1"),
    Public("lr17-hypothesis", _LOGREG2017, "b41_logistic", "b41_logreg2017",
           "   \\[\n   h_\\theta(x) = \\frac{1}{1 + e^{-\\theta^T x}}\n   \\]", ((C,),),
           (Twin("value", "a1[0]", (f"1/(1 + exp(-({_THETA_X})))",)),), batch=41),
    Public("lr17-cost", _LOGREG2017, "b41_logistic", "b41_logreg2017",
           "   \\[\n   J(\\theta) = -\\frac{1}{m} \\sum_{i=1}^{m} \\left( y^{(i)} \\log(h_\\theta(x^{(i)})) + (1 - y^{(i)})"
           " \\log(1 - h_\\theta(x^{(i)})) \\right)\n   \\]", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=41),
    Public("lr17-code-hypothesis", _LOGREG2017, "b41_logistic", "b41_logreg2017",
           "        h_theta_x = 1 / (1 + exp(-theta^T * x(i)))", ((C,),),
           (Twin("value", "a1[0]", (f"1/(1 + exp(-({_THETA_X})))",)),), batch=41,
           why="inside \"for i = 1 to m:\"; x(i) the sample"),
    Public("lr17-code-update", _LOGREG2017, "b41_logistic", "b41_logreg2017",
           "            theta[j] = theta[j] - alpha * (1/m) * sum((h_theta_x - y) * x[j])", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])*x[{j}]",), _J2),), batch=41,
           why="inside \"for j = 1 to n:\" (theta[j] counted from 1); m = 1, the sum over the one sample"),
    # ---- rishith-s's notes: plain text with Unicode (ŷ_i, ·, Σ, ∇_W), sigma for the sigmoid, * for the product,
    # [ ] for parentheses, claims inside a numbered sentence and after a bullet's words ------------------------------
    Public("rishith-forward", _RISHITH, "b41_logistic_bias", "b41_rishith",
           "  1. Predict probability with sigmoid: ŷ_i = sigma(z_i), where z_i = W · x_i + b and sigma(z) = 1 / (1 +"
           " exp(-z)).", ((C,), (C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
            Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",))), batch=41),
    Public("rishith-bce", _RISHITH, "b41_logistic_bias", "b41_rishith",
           "BCE_i = - [ y_i * log(ŷ_i) + (1 - y_i) * log(1 - ŷ_i) ]", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=41),
    Public("rishith-step", _RISHITH, "b41_logistic_bias", "b41_rishith",
           "  • Core step: W := W - lr * ∇_W BCE. The gradients rely on the sigmoid derivative.", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I2),), batch=41,
           why="BCE the dataset's average, one sample here (N = 1)"),
    Public("rishith-sigma-exp", _RISHITH, "b41_logistic_bias", "b41_rishith",
           "Equivalent form (useful for differentiation): sigma(z) = exp(z) / (1 + exp(z)).", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("exp(z1[0])/(1 + exp(z1[0]))",)),), batch=41),
    Public("rishith-sigma-prime", _RISHITH, "b41_logistic_bias", "b41_rishith",
           "sigma'(z) = sigma(z) * [ 1 - sigma(z) ]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", (_SIG_PRIME,)),), batch=41),
    # ---- solutioninn's copy of Bishop's tanh exercise: the stored text lost its superscripts (h(a)2 for h(a)^2,
    # e a - e - a for e^a - e^{-a} over e^a + e^{-a}) ---------------------------------------------------------------
    Public("bishop-h-prime", _SOLUTIONINN, "b41_bishop", "b41_bishop", "h'(a)=1-h(a)2.", ((W,),),
           (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - np.tanh(z1[0])*2",)),), batch=41,
           why="as stored, 1 - h(a) times 2: the square's superscript is lost (the page's image has h(a)^2)"),
    Public("bishop-tanh", _SOLUTIONINN, "b41_bishop", "b41_bishop", "h(a)=tanh(a), with tanh(a)=ea-e-aea+e-a",
           ((C,), (W,)),
           (Twin("value", "np.tanh(z1[0])", ("np.tanh(z1[0])",)),
            Twin("value", "np.tanh(z1[0])", ("np.e*z1[0] - np.e - z1[0]*np.e*z1[0] + np.e - z1[0]",))), batch=41,
           why="as stored, the fraction (e^a - e^{-a})/(e^a + e^{-a}) lost its bar and superscripts: e a - e - a e a"
               " + e - a, e Euler's number"),
    # ---- Nemotron's copy of "Basic Logistic Regression Question": \[ ... \] updates with \text{learningRate} and
    # \text{gradient}, tuples of numbers; the question's result has the wrong sign ---------------------------------
    Public("basiclr-rule", _BASIC_LR, "b41_lfd", "b41_lfd",
           "\\[ \nw^{(1)} = w^{(0)} - \\text{learningRate} \\times \\text{gradient} \n\\]", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=41),
    Public("basiclr-numbers", _BASIC_LR, "b41_lfd", "b41_lfd",
           "\\[ \nw^{(1)} = (0, 0, 0) - 0.01 \\times (0.5, 0.5, 0.5) \n\\]", ((C,),),
           (Twin("update", "W1[0,{i}]", ("=np.array([0, 0, 0]) - 0.01*np.array([0.5, 0.5, 0.5])",), _I3),),
           batch=41),
    Public("basiclr-result", _BASIC_LR, "b41_lfd", "b41_lfd",
           "\\[ \nw^{(1)} = (0.005, 0.005, 0.005) \n\\]", ((W,),),
           (Twin("update", "W1[0,{i}]", ("=np.array([0.005, 0.005, 0.005])",), _I3),), batch=41,
           why="0 - 0.01 x 0.5 is -0.005 (another copy of the thread has the minus)"),
    # ---- Nemotron's copy of Cross Validated's "Deriving the gradients for Softmax logistic regression classifier":
    # $$ ... $$ with \textbf, \partial{L} braced, a typo'd chain rule, a vector with \ldots to y_k, an aligned
    # derivation with \\[1em] whose dz_1/da_1 = z_1 - y_1 is wrong -------------------------------------------------
    Public("smgrad-logits", _SMGRAD, "b41_softmax4", "b41_smgrad", "$$\\textbf{a} = W\\textbf{x} + b$$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J4),),
           batch=41),
    Public("smgrad-loss", _SMGRAD, "b41_softmax4", "b41_smgrad", "$$L(\\textbf{z},\\textbf{y}) = -\\sum_k \\log(z_k)y_k$$",
           ((C,),), (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]) + t[3]*log(a1[3]))",
                          ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]) + t[3]*log(a1[3]))",)),),
           batch=41),
    Public("smgrad-typo", _SMGRAD, "b41_softmax4", "b41_smgrad",
           "$$\\frac{\\partial{L}}{\\partial{z}} = \\frac{\\partial{L}}{\\partial{z}}\\frac{\\partial{z}}{\\partial{a}}$$ ",
           ((W,),), (Twin("value", "-t[{j}]/a1[{j}]", ("a1[{j}] - t[{j}]",), _J4),), batch=41,
           why="the left side meant dL/da: as written dL/dz (by the softmax's outputs, -y_k/z_k) equals dL/dz dz/da,"
               " which is dL/da = z - y"),
    Public("smgrad-dldz", _SMGRAD, "b41_softmax4", "b41_smgrad",
           "$$\\frac{\\partial{L}}{\\partial{z}} = \\left[-\\frac{y_1}{z_1}, -\\frac{y_2}{z_2}, \\ldots, -\\frac{y_k}"
           "{z_k}\\right]$$", ((C,),),
           (Twin("value", "-t[{j}]/a1[{j}]", ("-t[{j}]/a1[{j}]",), _J4),), batch=41),
    Public("smgrad-chain", _SMGRAD, "b41_softmax4", "b41_smgrad",
           "$$ \\begin{aligned} \n\\frac{\\partial{L}}{\\partial{a_1}} &= \\frac{\\partial{L}}{\\partial{z_1}}\\frac"
           "{\\partial{z_1}}{\\partial{a_1}} + \\frac{\\partial{L}}{\\partial{z_2}}\\frac{\\partial{z_2}}{\\partial{a_1}}"
           " + \\ldots + \\frac{\\partial{L}}{\\partial{z_k}}\\frac{\\partial{z_k}}{\\partial{a_1}} \\\\[1em] \n&= -\\frac"
           "{y_1}{z_1}(z_1 - y_1) - \\frac{y_2}{z_2}(-z_2z_1) - \\frac{y_3}{z_3}(-z_3z_1) - \\ldots - \\frac{y_k}{z_k}"
           "(-z_kz_1) \\\\[1ex] \n&= -y_1 + \\frac{y_1^2}{z_1} + y_2z_1 + y_3z_1 + \\ldots + y_kz_1 \n\\end{aligned} $$",
           ((C, W, W),),
           (Twin("gradient_z", "z1[0]", (_SM_CHAIN, _SM_QUESTION, _SM_QUESTION_SIMPLIFIED)),), batch=41,
           why="dz_1/da_1 is z_1 (1 - z_1), not z_1 - y_1; the last member follows from the wrong one"),
    # ---- Nemotron's copy of "Derivative of Loss Function in Softmax Classification": \[ ... \] with J_{(w)},
    # double sums over i and k, align blocks, \sum_{k \neq z}^{K}, the class index z -------------------------------
    Public("smclass-cost", _SMCLASS, "b41_softmax_nobias", "b41_smclass",
           "\\[ J_{(w)} = - \\frac{1}{m} \\sum_{i=1}^{m} \\sum_{k=1}^{K} y_{k}^{(i)} \\log s_{k}^{(i)} \\]", ((C,),),
           (Twin("value", "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",
                 ("-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))",)),), batch=41),
    Public("smclass-chain", _SMCLASS, "b41_softmax_nobias", "b41_smclass",
           "\\[\n\\begin{align}\n\\frac{\\partial J_{(w)}}{\\partial w_{jz}} & = - \\frac{1}{m} \\sum_{i=1}^{m}"
           " \\sum_{k=1}^{K} y_{k}^{(i)} \\frac{\\partial \\log s_{k}^{(i)}}{\\partial w_{jz}} \\\\\n& = - \\frac{1}{m}"
           " \\sum_{i=1}^{m} \\sum_{k=1}^{K} \\frac{y_{k}^{(i)}}{s_{k}^{(i)}} \\frac{\\partial s_{k}^{(i)}}{\\partial"
           " w_{jz}}\n\\end{align}\n\\]", ((C, C),),
           (Twin("gradient", "W1[{z},{j}]", (_SM_DW, _SM_DW), _ZJ32),), batch=41),
    Public("smclass-combined", _SMCLASS, "b41_softmax_nobias", "b41_smclass",
           "\\[\n\\begin{align}\n\\frac{\\partial J_{(w)}}{\\partial w_{jz}} & = - \\frac{1}{m} \\sum_{i=1}^{m}"
           " (y_{z}^{(i)}x_{j}^{(i)}(1 - s_{z}^{(i)}) - \\sum_{k \\neq z}^{K}y_{k}^{(i)}x_{j}^{(i)}s_{z}^{(i)}) \\\\\n& ="
           " - \\frac{1}{m} \\sum_{i=1}^{m} (y_{z}^{(i)}x_{j}^{(i)} - s_{z}^{(i)}x_{j}^{(i)}\\sum_{k=1}^{K}y_{k}^{(i)})"
           "\n\\end{align}\n\\]", ((C, C),),
           (Twin("gradient", "W1[{z},{j}]",
                 ("-(t[{z}]*x[{j}]*(1 - a1[{z}]) - (t[0] + t[1] + t[2] - t[{z}])*x[{j}]*a1[{z}])",
                  "-(t[{z}]*x[{j}] - a1[{z}]*x[{j}]*(t[0] + t[1] + t[2]))"), _ZJ32),), batch=41,
           why="right with a one-hot target (sum_k y_k = 1), as the post says next"),
    # ---- Nemotron's copy of "Calculating Gradient Descent of Softmax Regression": a mentor's update with words in
    # \text{...} for the learning rate and the cost ----------------------------------------------------------------
    Public("smgd-update", _SMGD, "b41_softmax_one_feature", "b41_smgd",
           "   \\[\n   w_1 = w_1 - \\text{learning rate} \\times \\frac{\\partial \\text{cost function}}{\\partial w_1}\n"
           "   \\]", ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=41,
           why="step 3 of the mentor's numbered list"),
    # ---- littlebitai's "Gradient Descent example with Simple Python": a sentence's y = w * x (y the prediction),
    # Python inside two loops, += accumulating the gradient with a trailing comment --------------------------------
    Public("littlebit-neuron", _LITTLEBIT, "b41_littlebit", "b41_littlebit",
           "Let’s say we have a simple linear neuron: y = w * x", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=41),
    Public("littlebit-pred", _LITTLEBIT, "b41_littlebit", "b41_littlebit", "        y_pred = w * x", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0]",)),), batch=41, why="inside the loop over the samples"),
    Public("littlebit-loss", _LITTLEBIT, "b41_littlebit", "b41_littlebit", "        loss = (y_pred - y_true) ** 2",
           ((C,),), (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=41),
    Public("littlebit-dw", _LITTLEBIT, "b41_littlebit", "b41_littlebit",
           "        dw += 2 * x * (y_pred - y_true)  # derivative of loss w.r.t w", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*x[0]*(a1[0] - y[0])",)),), batch=41,
           why="the sample's term of the accumulated gradient (dw = 0 before the loop); the update after the loop,"
               " w -= lr * dw / len(x_data), averages over the page's four samples and is left out"),
    # ---- math.techqa.club 3113846: inline $...$ in a question and its answer; the question's dC/dw lacks x and has
    # the sign of C's inner term, and its quotation of Nielsen keeps that sign -------------------------------------
    Public("signs-cost", _TECHQA, "b41_neuron", "b41_techqa3113846", "$C = \\frac{1}{2}(y - a)^2$", ((C,),),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),), batch=41),
    Public("signs-forward", _TECHQA, "b41_neuron", "b41_techqa3113846",
           "where $y$ is a given value, $a = \\sigma(z)$, and $z = wx + b$.", ((C,), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",))),
           batch=41),
    Public("signs-question", _TECHQA, "b41_neuron", "b41_techqa3113846",
           "Then the partial derivative of $C$ with respect to w should be: $\\frac{\\partial C}{\\partial w} ="
           " (y-a)\\sigma'(z)$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),), batch=41,
           why="x missing, and the sign: dC/dw = (a - y) sigma'(z) x"),
    Public("signs-nielsen", _TECHQA, "b41_neuron", "b41_techqa3113846",
           "However, Michael Nielsen wrote this in his book Neural Networks and Deep Learning: $\\frac{\\partial C}"
           "{\\partial w} = (y-a)\\sigma'(z)x$", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=41,
           why="the book has (a - y); as quoted the sign is wrong for C = 1/2 (y - a)^2"),
    Public("signs-answer", _TECHQA, "b41_neuron", "b41_techqa3113846",
           "The one written by Michael Nielsen is correct. There is a minus sign in front of $a$ in $C ="
           " \\frac{1}{2}(y-a)^{2}$, so from the chain rule we must remember to multiply by $-1$ when computing the"
           " derivative, i.e. $\\frac{\\partial C}{\\partial w} = (y-a) \\times (-1)\\times \\frac{\\partial a}"
           "{\\partial w}$.", ((C,), (C,)),
           (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),
            Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*(-1)*a1[0]*(1 - a1[0])*x[0]",))), batch=41),
    # ---- compphysics' week-42 slide "Optimizing the parameters": $$ ... $$ with a trailing comma, sigma_1' for
    # sigma'(z_1), and delta_1 defined on the right of a product of derivatives ----------------------------------
    Public("cp42-dw", _CP_BS009, "b41_neuron", "b41_cp_bs009",
           "$$ \\frac{\\partial C}{\\partial w_1}=\\frac{\\partial C}{\\partial a_1}\\frac{\\partial a_1}{\\partial z_1}"
           "\\frac{\\partial z_1}{\\partial w_1}=(a_1-y)\\sigma_1'x, $$", ((C, C),),
           (Twin("gradient", "W1[0,0]", (_NEURON_DW, _NEURON_DW)),), batch=41),
    Public("cp42-db", _CP_BS009, "b41_neuron", "b41_cp_bs009",
           "$$ \\frac{\\partial C}{\\partial b_1}=\\frac{\\partial C}{\\partial a_1}\\frac{\\partial a_1}{\\partial z_1}"
           "\\frac{\\partial z_1}{\\partial b_1}=(a_1-y)\\sigma_1', $$", ((C, C),),
           (Twin("gradient", "b1[0]", (_NEURON_DELTA, _NEURON_DELTA)),), batch=41),
    Public("cp42-delta", _CP_BS009, "b41_neuron", "b41_cp_bs009",
           "$$ \\frac{\\partial C}{\\partial a_1}\\frac{\\partial a_1}{\\partial z_1}=\\delta_1. $$", ((C,),),
           (Twin("value", _NEURON_DELTA, (_NEURON_DELTA,)),), batch=41,
           why="\"which we later will just define as\": a definition written with its name on the right"),
    # ---- transtutors' answer to a gradient-descent question: plain text, z = w·x + b in prose, then sample 1's
    # numbers in a chain ----------------------------------------------------------------------------------------
    Public("transtutors-z1", _TRANSTUTORS, "b41_transtutors", "b41_transtutors",
           "Compute z = w·x + b for each sample: z1 = 0.5*1 + (-0.5)*3 + 0.1 = 0.5 - 1.5 + 0.1 = -0.9", ((C,), (C, C, C)),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
            Twin("value", "z1[0]", ("=0.5*1 + (-0.5)*3 + 0.1", "=0.5 - 1.5 + 0.1", "=-0.9"))), batch=41,
           why="the line goes on with sample 2's z2 = 0.5*2 + (-..., cut off by the page (the rest of the answer is"
               " behind its paywall): left out"),
]
