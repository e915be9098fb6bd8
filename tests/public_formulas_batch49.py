r"""Batch 49 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 17 web-page addresses no earlier batch used (the "pages" corpus: two math.techqa.club questions
(2580076 on the squared error's gradient in m and b, 3075460 on the log loss's),
Cross Validated 344275, ai.stackexchange 25563, the deeplearning.ai forum's thread 101946, youngminpark2559's
notes on Sung Kim's lecture 3, meena-prep.vercel.app's calculus page, notebook.community's copy of Udacity's
"Gradient Descent 1" notebook, Ahmed Gad's slides at slideshare, a commit page of ec-lyon's TD 1 at
gitlab.ec-lyon.fr, longhl104's course notes, yichunzhao's hashnode post, and five posts in Nemotron-CC-Math-v1's
copies, named by their titles after the data set's address as in the batches before: "Clarification of the
Derivative of the Log Loss Function", "Simplified Cost Function and Gradient Descent", "Errata #4 .. Lots of
Updates", "Neural Networks and Deep Learning: Understanding Gradient Descent in Weight Updates" and "Help Using
Backprop Formulas from Deep Learning Book"), copied verbatim, typos and mistakes included, each with the notation
a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents), a network of the kind the page describes (with the page's numbers where it works an example; both
in tests/public_formulas_batch49_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written down) before check was.
Formulas keep their page's delimiters ($...$, $$...$$, $$$...$$$, \[...\], \(...\), GitLab's $`...`$) and a
list's dash or bold; where a formula stands inside a long line of prose, the prose is left out and the entry's
why says so; a short sentence or list line around a formula is kept whole.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 49

The batch: 55 formulas (56 claims: Cross Validated 344275's comment holds two updates), 35 values (forward sums
and activations, losses, the sigmoid's and the ReLU's derivatives, dJ/da^{[L]} twice, error terms and steps, a
slide's sum of products in Unicode bold with its numbers), 3 deltas dL/dz (delta^3_1, delta^2_1, dE/dZ), 9
gradients, 9 updates (:=, \leftarrow, \rightarrow, = with the parameter on both sides, w1\_new).
LaTeX against plain text: 42 LaTeX, 13 plain text, code or Unicode (Python names with underscores, a list
spanning two lines, np.dot and x_train.shape[1], "1 if x>0, else 0", σ and ·, the slides' 𝒔 = 𝑿1 ∗ 𝑾1 and
𝟎. 𝟏).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- dlai49-dA-wrong: the forum question's \[ da^{[L]} = a^{[L]}-y \], which is dz^{[L]} (the mentor's answer), not
  dJ/da^{[L]};
- errata49-page99: the book's page 99 update as the errata quotes it, \Delta{w_{jk}} = \alpha \cdot
  \text{sigmoid}(O_k) \cdot (1 - \text{sigmoid}(O_k)) \cdot O_j^T: the error E_k is missing and the sigmoid is
  taken of the output O_k again;
- cv344275-b: the answer's $$b\rightarrow b-\alpha dW$$, the bias stepped by the weight's gradient (its comment
  writes b = b-alpha*db);
- dlbook49-delta2: the question's \delta^2_1 = \delta^{2+1}_1 \odot \sigma'(z^2_1), the weight w^2_{11} missing
  (the question drops (w^{2+1})^T because "W^3 does not exist", its layers numbered one off from the book's);
- dlbook49-dCdw-book: the question's \frac{\partial C}{\partial w^2_{11}} = a^1_1((a^3-y)\sigma'(z^3_1))\sigma'(z^2_1),
  which the question's own direct derivative (dlbook49-dCdw-direct, right) contradicts.

What the spec could not express, which a page needed: the deeplearning.ai forum's X in dw1 = X \cdot dz (the
course's x1 in dw1 = x1 dz: the network has one feature, X its input); ai.stackexchange 25563's Z, which the
question calls the activated output while its formula o(1-o)(o-t) is dE/d(net): Z is named the input sum, as
the formula means it; ec-lyon's TD leaves the layers' sizes open (two inputs, two hidden units, two outputs
here). Left out: math.techqa.club 2580076's sums \sum_{i=0}^n over the samples (a step over n + 1 samples),
its answer's f(t)=[g(t)]^2\implies f'(t)=2g(t)g'(t) (no network quantity); math.techqa.club 2979764 (its
derivatives are of the output sigma(HW_out) by W_out, not of the loss); the Nemotron Errata's calculus examples;
Udacity's "# or del_w = learnrate * error_term * x" comment and h2 = np.dot(x,weights) (kept short).

How the collection went, honestly: pages were first chosen from the pages corpus's excerpts, then checked
against /work/used_urls.txt and the earlier batches' files, by address and by title for Nemotron-CC-Math's
copies; left out as used: Nemotron's "Derivation of the Cross-Entropy Equation in Michael Nielsen's Book"
(batches 7, 8 and 44), math.stackexchange 2411652 (batch 7 through Nemotron's copy), Cross Validated 469190,
math.techqa.club 3113846 and 4075404, quesba 610007, mihai2014, solvewithpython, fiqlab, primelearnpoint,
book-ai.org, postnetwork, eetcode and Nemotron's "Gradient of a Softmax Applied on a Linear Function". check
saw none of this batch before the oracle verdicts were committed.

Every notation was loaded with its network (notation_loading.load_notation) before the blind run, without judging
any formula: none raised.

Collected on 2026-12-05 (01:13 to 01:26 by the machine's clock, the oracle's runs included) and run blind at main
4fd14b3 (/work/READY_FOR_BLIND12), rebased onto it with nothing under src/ changed. The first run
(/work/batch49_blind.txt): 46 of 55 read with every verdict right (84%), 9 refused, no misread, no crash, NO WRONG
FORMULA CALLED CORRECT. No refusal was the collector's notation outside the spec's grammar (functions = { H =
"layer" } is docs/notation.md's layer map, loaded without error, and h = "layer" reads on the Nemotron page), so
there was no second run.

Of the 5 mistaken formulas, 4 read with every verdict right (dlai49-dA-wrong, cv344275-b, dlbook49-delta2,
dlbook49-dCdw-book, each called wrong where the oracle finds it wrong) and 1 was refused (errata49-page99, at its
\Delta{w_{jk}}). By kind of claim: values 27 of 35, deltas 3 of 3, gradients 9 of 9, updates 8 of 9. LaTeX against
plain text: the 42 in LaTeX read 35 (83%), the 13 in plain text, code or Unicode 11 (85%). By page: math.techqa.club
2580076 3 of 3 and 3075460 5 of 5, the forum's log-loss thread 4 of 4, youngminpark2559 0 of 3, meena-prep 0 of 2,
the Udacity notebook 5 of 5, Gad's slides 3 of 3, ec-lyon's TD 1 of 4, longhl104 2 of 2, "Simplified Cost Function"
3 of 3, the Errata 0 of 1, Cross Validated 344275 3 of 3, the forum's dw1 thread 2 of 2, hashnode 2 of 2, the forum's
sigma' thread 2 of 2, ai.stackexchange 25563 2 of 2, "Help Using Backprop Formulas" 9 of 9.

The refusals by construct (9), with the exact message:

- 2, a capital H named the model's map (functions = { H = "layer" }), Sung Kim's hypothesis H(x): "formula
  'H(x)=Wx+b': unknown function 'layer'" (shkim49-H; shkim49-cost the same, at H(x^{(i)})). Tried afterwards with
  h = "layer" and h(x): reads correct; the notation's H seems to meet the built-in H (Heaviside's step) first;
- 1, a word in \text before the parameter, \text{updated } W \leftarrow ...: "formula '\\text{updated } W
  \\leftarrow W -\\alpha \\frac{\\partial cos...': unknown symbol updated; the notation knows W, b, m, x, y; give it a
  meaning in the notation's [notation.symbols], e.g. "updated" = "a1[0]"" (shkim49-update). Tried afterwards without
  the word: reads correct;
- 2, a function's derivative by its argument written d(σ)/dx, and σ' = σ(1 - σ) without arguments: "formula
  'd(\\sigma )/dx = \\sigma (x) \\cdot (1 - \\sigma (x))': the function \sigma has no argument at '\\sigma' (position
  3); write \sigma(z); where \sigma stands for a quantity (a unit's output), give it that meaning in the notation's
  [notation.symbols], e.g. "\sigma" = "a1[0]"" (meena49-dsigma; eclyon49-sigma-prime the same at position 1). Tried
  afterwards as d(σ(x))/dx: reads correct (dσ/dx is refused, "unexpected at '/'");
- 1, a derivative stated with a condition in words, "1 if x>0, else 0": "formula 'd(ReLU)/dx = 1 if x>0, else 0':
  unexpected at 'i' (position 16)" (meena49-drelu);
- 2, a rule over the layer letter L written with L+1, Z^{(L+1)} = W^{(L+1)}A^{(L)} + B^{(L+1)}: "formula
  'Z^{(L+1)} = W^{(L+1)}A^{(L)} + B^{(L+1)}': Z^{L+1} at L = 2: 'Z^{(L)}' means 'z{L}[:]' (L = 3): there is no layer
  3 (the network has layers 1 to 2)" (eclyon49-Z; eclyon49-A the same). The rule names quantities at L = 0 and 1
  only; tried afterwards as Z^{(L)} = W^{(L)}A^{(L-1)} + B^{(L)}: reads correct;
- 1, \Delta with its symbol braced, \Delta{w_{jk}}: "formula '\\Delta{w_{jk}} = \\alpha \\cdot
  \\text{sigmoid}(O_k) \\cdot (...': unknown symbol \Delta; the notation knows O, \Delta w; give it a meaning in the
  notation's [notation.symbols], e.g. "\Delta" = "a1[0]"" (errata49-page99). Tried afterwards as \Delta w_{jk}:
  reads, wrong, as the oracle says.

Which look general: H(x) for the model (Sung Kim's and Ng's hypothesis; the lower-case h already reads), d(σ)/dx and
σ' without arguments for an activation's derivative, a rule over L written with L+1 (it should hold at the layers
it names), \Delta{w} braced as TeX allows, and a piecewise derivative in words ("1 if x>0, else 0"); page-specific:
the word "updated" in \text before the parameter.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch49_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_TECHQA_MSE = "https://math.techqa.club/how-to-calculate-gradient-for-this-multivariable-function-2580076"
_TECHQA_LOG = "https://math.techqa.club/how-to-take-derivative-of-log-loss-function-in-gradient-descent-3075460"
_DLAI_LOG = f"{_NEMOTRON} (Clarification of the Derivative of the Log Loss Function)"
_SHKIM = "https://youngminpark2559.github.io/prac_ml/shkim/003-lec"
_MEENA = "https://meena-prep.vercel.app/calculus"
_UDACITY = ("https://notebook.community/anandha2017/udacity/nd101%20Deep%20Learning%20Nanodegree%20Foundation/"
            "DockerImages/05_intro_to_neural_networks/notebooks/Gradient%20Descent%201")
_GAD = ("https://www.slideshare.net/slideshow/backpropagation-understanding-how-to-update-anns-weights-stepbystep/"
        "81997337")
_ECLYON = "https://gitlab.ec-lyon.fr/edelland/mod_4_6-td1/-/commit/9fb3c01f09df2f567de548a93a26bb2d34bec407"
_LONGHL = ("https://longhl104.github.io/docs/deep-learning-ai-course-notes/neural-networks-and-deep-learning/week-2/"
           "gradient-descent")
_NGML = f"{_NEMOTRON} (Simplified Cost Function and Gradient Descent)"
_ERRATA = f"{_NEMOTRON} (Errata #4 .. Lots of Updates)"
_CV344275 = "https://stats.stackexchange.com/questions/344275/how-to-change-a-weight-bias-with-gradient"
_DLAI_DW1 = f"{_NEMOTRON} (Neural Networks and Deep Learning: Understanding Gradient Descent in Weight Updates)"
_HASHNODE = ("https://yichunzhao.hashnode.dev/learning-rate-times-derivative-of-jwb-with-respect-to-w-what-it-gives/"
             "rss.xml")
_DLAI_SIGMA = "https://community.deeplearning.ai/t/how-is-the-derivative-s-1-s-in-sigmoid-derivative/101946"
_AI25563 = ("https://ai.stackexchange.com/questions/25563/for-the-generalised-delta-rule-in-back-propogation-do-you"
            "-subtract-the-target-f")
_DLBOOK = f"{_NEMOTRON} (Help Using Backprop Formulas from Deep Learning Book)"

_J2 = tuple({"j": j} for j in range(2))
_I2 = tuple({"i": i} for i in range(2))
_K3J3 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))
# ec-lyon's rule over the layer L: L + 1 = l (1 or 2), the layer before it p = l - 1, unit j
_LPJ = tuple({"l": l, "p": l - 1, "j": j} for l in (1, 2) for j in range(2))

_LINE = "W1[0,0]*x[0] + b1[0]"
_BCE1 = "-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))"
_DLDA2 = "(a2[0] - y[0])/(a2[0]*(1 - a2[0]))"  # dJ/da of the log loss at the sigmoid output
_UDACITY_TERM = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
_DLBOOK_D3 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MSE2 = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"

ENTRIES = [
    # ---- math.techqa.club 2580076: the answer's f_i and its partial derivatives, $$...$$, 1/n with n = 1 ----------
    Public("techqa49-fi", _TECHQA_MSE, "b49_linear_sq", "b49_techqa_mse",
           "$$f_i(m,b)=\\frac{1}{n}{(y_i-(mx_i + b))^2}$$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", (f"(y[0] - ({_LINE}))**2",)),), batch=49),
    Public("techqa49-dfi-dm", _TECHQA_MSE, "b49_linear_sq", "b49_techqa_mse",
           "$$\\frac{\\partial f_i}{\\partial m}=\\frac{2}{n}{(y_i-(mx_i + b))}(-x_i)$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"2*(y[0] - ({_LINE}))*(-x[0])",)),), batch=49),
    Public("techqa49-dfi-db", _TECHQA_MSE, "b49_linear_sq", "b49_techqa_mse",
           "$$\\frac{\\partial f_i}{\\partial b}=\\frac{2}{n}{(y_i-(mx_i + b))}(-1)$$", ((C,),),
           (Twin("gradient", "b1[0]", (f"2*(y[0] - ({_LINE}))*(-1)",)),), batch=49),
    # ---- math.techqa.club 3075460: the question's z = wx + b, its Python and its mathematics, m = 1 ----------------
    Public("logloss49-z", _TECHQA_LOG, "b49_logistic2", "b49_techqa_logloss", "$z=wx+b$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=49,
           why="\"I know the gradient descent about $z=wx+b$.\": the formula alone (the sentence goes on)"),
    Public("logloss49-code-w", _TECHQA_LOG, "b49_logistic2", "b49_techqa_logloss",
           "derivative_weight = (np.dot(x_train, ((y_head-y_train).T))) / x_train.shape[1]", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("x[{j}]*(a1[0] - y[0])/1",), _J2),), batch=49,
           why="x_train.shape[1] is the number of samples, one here"),
    Public("logloss49-code-b", _TECHQA_LOG, "b49_logistic2", "b49_techqa_logloss",
           "derivative_bias = np.sum(y_head-y_train) / x_train.shape[1]", ((C,),),
           (Twin("gradient", "b1[0]", ("(a1[0] - y[0])/1",)),), batch=49),
    Public("logloss49-dJdw", _TECHQA_LOG, "b49_logistic2", "b49_techqa_logloss",
           "$\\frac{\\partial J}{\\partial w}=\\frac{1}{m}x(y_{head}-y)^T$", ((C,),),
           (Twin("gradient", "W1[0,{j}]", ("x[{j}]*(a1[0] - y[0])",), _J2),), batch=49),
    Public("logloss49-dJdb", _TECHQA_LOG, "b49_logistic2", "b49_techqa_logloss",
           "$\\frac{\\partial J}{\\partial b}=\\frac{1}{m}\\sum_{i=1}^{m}(y_{head}-y)$", ((C,),),
           (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),), batch=49),
    # ---- Nemotron's "Clarification of the Derivative of the Log Loss Function" (the deeplearning.ai forum):
    # \[ ... \], Ng's [L], da^{[L]} ------------------------------------------------------------------------------------
    Public("dlai49-dA", _DLAI_LOG, "b49_dlai_deep", "b49_dlai_logloss",
           "\\[ da^{[L]} = - \\frac{y}{a^{[L]}} + \\frac{(1-y)}{(1-a^{[L]})} \\]", ((C,),),
           (Twin("value", _DLDA2, ("-y[0]/a2[0] + (1 - y[0])/(1 - a2[0])",)),), batch=49),
    Public("dlai49-dA-wrong", _DLAI_LOG, "b49_dlai_deep", "b49_dlai_logloss", "\\[ da^{[L]} = a^{[L]}-y \\]", ((W,),),
           (Twin("value", _DLDA2, ("a2[0] - y[0]",)),), batch=49,
           why="the question's second formula, which the mentor's answer says is dZ^{[L]}, not dA^{[L]}"),
    Public("dlai49-J", _DLAI_LOG, "b49_dlai_deep", "b49_dlai_logloss",
           "\\[ J = -(y \\log{(a^{[L]})} + (1-y) \\log{(1-a^{[L]})}) \\]", ((C,),),
           (Twin("value", "-(y[0]*np.log(a2[0]) + (1 - y[0])*np.log(1 - a2[0]))",
                 ("-(y[0]*np.log(a2[0]) + (1 - y[0])*np.log(1 - a2[0]))",)),), batch=49),
    Public("dlai49-a", _DLAI_LOG, "b49_dlai_deep", "b49_dlai_logloss", "\\[ a^{[L]} = \\frac{1}{1+e^{-z^{[L]}}} \\]",
           ((C,),), (Twin("value", "a2[0]", ("1/(1 + np.exp(-z2[0]))",)),), batch=49),
    # ---- youngminpark2559's notes on Sung Kim's lecture 3: $$$...$$$, H(x), \dfrac, \sum\limits, a line broken
    # formula ---------------------------------------------------------------------------------------------------------
    Public("shkim49-H", _SHKIM, "b49_linear_sq", "b49_shkim", "$$$H(x)=Wx+b$$$", ((C,),),
           (Twin("value", "a1[0]", (_LINE,)),), batch=49),
    Public("shkim49-cost", _SHKIM, "b49_linear_sq", "b49_shkim",
           "$$$cost(W,b)=\n\\dfrac{1}{m}\n\\sum\\limits_{i=1}^m\n(H(x^{(i)})-y^{(i)})^2$$$", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(a1[0] - y[0])**2",)),), batch=49,
           why="the page's line breaks kept; m = 1, one sample"),
    Public("shkim49-update", _SHKIM, "b49_linear_sq", "b49_shkim",
           "$$$\\text{updated } W \\leftarrow W -\\alpha \\dfrac{\\partial cost(W)}{\\partial{W}}$$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=49),
    # ---- meena-prep.vercel.app's calculus page: plain text with σ and ·, a derivative with a condition ----------
    Public("meena49-dsigma", _MEENA, "b49_sigmoid_unit", "b49_x_sum", "Derivative: d(σ)/dx = σ(x) · (1 - σ(x))",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=49),
    Public("meena49-drelu", _MEENA, "b49_relu_unit", "b49_x_sum", "d(ReLU)/dx = 1 if x>0, else 0", ((C,),),
           (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),), batch=49),
    # ---- notebook.community's copy of Udacity's "Gradient Descent 1": the notebook's Python, its numbers ----------
    Public("udacity49-h", _UDACITY, "b49_udacity", "b49_udacity", "h = x[0]*weights[0] + x[1]*weights[1]", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=49),
    Public("udacity49-output", _UDACITY, "b49_udacity", "b49_udacity", "nn_output = sigmoid(h)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=49),
    Public("udacity49-error", _UDACITY, "b49_udacity", "b49_udacity", "error = y - nn_output", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=49),
    Public("udacity49-error-term", _UDACITY, "b49_udacity", "b49_udacity", "error_term = error * output_grad",
           ((C,),), (Twin("value", _UDACITY_TERM, (_UDACITY_TERM,)),), batch=49),
    Public("udacity49-del-w", _UDACITY, "b49_udacity", "b49_udacity",
           "del_w = [ learnrate * error_term * x[0],\n          learnrate * error_term * x[1]]", ((C,),),
           (Twin("value", f"eta*{_UDACITY_TERM}*x[{{i}}]", (f"eta*{_UDACITY_TERM}*x[{{i}}]",), _I2),), batch=49,
           why="the notebook's list of the two steps, over two lines as the cell writes it"),
    # ---- Ahmed Gad's slides: Unicode bold italic letters and bold digits with a space after the point ------------
    Public("gad49-s", _GAD, "b49_gad", "b49_gad", "𝒔 = 𝑿1 ∗ 𝑾1 + 𝑿2 ∗ 𝑾2 + 𝒃", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]",)),), batch=49),
    Public("gad49-s-numbers", _GAD, "b49_gad", "b49_gad", "𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑", ((C,),),
           (Twin("value", "z1[0]", ("=0.1*0.5 + 0.3*0.2 + 1.83",)),), batch=49),
    Public("gad49-s-value", _GAD, "b49_gad", "b49_gad", "𝒔 = 𝟏. 𝟗𝟒", ((C,),),
           (Twin("value", "z1[0]", ("=1.94",)),), batch=49),
    # ---- gitlab.ec-lyon.fr's TD 1 (a commit page): GitLab's $`...`$, a rule over the layer L ------------------------
    Public("eclyon49-Z", _ECLYON, "b49_eclyon", "b49_eclyon", "$`Z^{(L+1)} = W^{(L+1)}A^{(L)} + B^{(L+1)}`$", ((C,),),
           (Twin("value", "z{l}[{j}]", ("W{l}[{j},0]*a{p}[0] + W{l}[{j},1]*a{p}[1] + b{l}[{j}]",), _LPJ),), batch=49,
           why="\"Thus $`Z^{(L+1)} = ...`$ and $`A^{(L+1)} = ...`$.\": each formula alone (the sentence goes on)"),
    Public("eclyon49-A", _ECLYON, "b49_eclyon", "b49_eclyon", "$`A^{(L+1)} = \\sigma\\left(Z^{(L+1)}\\right)`$",
           ((C,),), (Twin("value", "a{l}[{j}]", ("sigmoid(z{l}[{j}])",), _LPJ),), batch=49),
    Public("eclyon49-C", _ECLYON, "b49_eclyon", "b49_eclyon",
           "$`C = \\frac{1}{N_{out}}\\sum_{i=1}^{N_{out}} (\\hat{y_i} - y_i)^2`$", ((C,),),
           (Twin("value", _MSE2, (_MSE2,)),),
           batch=49, why="\"Thus, the cost is $`C = ...`$.\": the formula alone"),
    Public("eclyon49-sigma-prime", _ECLYON, "b49_eclyon", "b49_eclyon",
           "1.We admit that for the sigmoide function $`\\sigma`$, the derivative is $`\\sigma' = \\sigma \\times"
           " (1-\\sigma)`$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=49,
           why="the TD's list line (its number glued to the sentence) kept whole; sigma' the sigmoid's derivative"),
    # ---- longhl104's notes on Ng's course: \[ ... \] (the next sentence glued after \]: left out) -------------------
    Public("longhl49-J", _LONGHL, "b49_logistic1", "b49_longhl",
           "\\[J(w, b) = -\\frac{1}{m} \\sum_{i=1}^{m} \\left[y^{(i)} \\log(\\hat{y}^{(i)}) + (1-y^{(i)}) \\log(1-"
           "\\hat{y}^{(i)})\\right]\\]", ((C,),), (Twin("value", _BCE1, (_BCE1,)),), batch=49,
           why="the recap's cost, m = 1; \"Goal: Find ...\" follows the \\] on the page's line"),
    Public("longhl49-update", _LONGHL, "b49_logistic1", "b49_longhl", "\\[w := w - \\alpha \\frac{dJ(w)}{dw}\\]",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=49,
           why="\"Where:\" follows the \\] on the page's line"),
    # ---- Nemotron's "Simplified Cost Function and Gradient Descent" (Ng's machine-learning course): \text{Cost},
    # h(x), theta_j -------------------------------------------------------------------------------------------------
    Public("ngml49-cost", _NGML, "b49_logistic2", "b49_ngml",
           "\\[\n\\text{Cost}(h(x), y) = -y \\log(h(x)) - (1-y) \\log(1-h(x))\n\\]", ((C,),),
           (Twin("value", _BCE1, (_BCE1,)),), batch=49),
    Public("ngml49-J", _NGML, "b49_logistic2", "b49_ngml",
           "\\[\nJ(\\theta) = \\frac{1}{m} \\sum_{i=1}^{m} \\text{Cost}(h(x^{(i)}), y^{(i)})\n\\]", ((C,),),
           (Twin("value", _BCE1, (_BCE1,)),), batch=49),
    Public("ngml49-update", _NGML, "b49_logistic2", "b49_ngml",
           "\\[\n\\theta_j := \\theta_j - \\alpha \\frac{\\partial J(\\theta)}{\\partial \\theta_j}\n\\]", ((C,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*grad",), _J2),), batch=49),
    # ---- Nemotron's "Errata #4 .. Lots of Updates" (Make Your Own Neural Network): the page-99 expression ----------
    Public("errata49-page99", _ERRATA, "b49_myonn", "b49_myonn",
           "- Page 99 shows the summarized update expression as \\( \\Delta{w_{jk}} = \\alpha \\cdot"
           " \\text{sigmoid}(O_k) \\cdot (1 - \\text{sigmoid}(O_k)) \\cdot O_j^T \\). It should have been the much"
           " simpler expression shown below.", ((W,),),
           (Twin("value", "eta*(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]",
                 ("eta*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))*a1[{j}]",), _K3J3),), batch=49,
           why="the errata's list line kept whole; the expression lacks the error E_k and takes the sigmoid of the"
               " output again"),
    # ---- Cross Validated 344275: the answer's \rightarrow updates ($$...$$ side by side on its line) and its comment
    Public("cv344275-W", _CV344275, "b49_unit_sq", "b49_3b1b", "$$W\\rightarrow W-\\alpha dW$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=49),
    Public("cv344275-b", _CV344275, "b49_unit_sq", "b49_3b1b", "$$b\\rightarrow b-\\alpha dW$$", ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*2*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),), batch=49,
           why="the answer's slip: the bias stepped by dW, the weight's gradient (its comment writes db)"),
    Public("cv344275-code", _CV344275, "b49_unit_sq", "b49_3b1b",
           "In code they would look like W=W-alpha*dW and b = b-alpha*db.", ((C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)), Twin("update", "b1[0]", ("b1[0] - eta*grad",))),
           batch=49, why="the comment's sentence (its \"I'm not sure I understand your question...\" left out)"),
    # ---- Nemotron's "Neural Networks and Deep Learning: Understanding Gradient Descent in Weight Updates" ----------
    Public("dlai49-dw1", _DLAI_DW1, "b49_logistic1", "b49_dlai_dw1", "**From videos, \\( dw1 = X \\cdot dz \\)**",
           ((C,),), (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)),), batch=49,
           why="the question's bold line; X the feature of w1 (the course's x1)"),
    Public("dlai49-w1-new", _DLAI_DW1, "b49_logistic1", "b49_dlai_dw1", "\\( w1\\_new = w1 - \\alpha \\cdot dw1 \\)",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=49,
           why="\"The new value for \\( w1 \\) is calculated as ..., where \\( \\alpha \\) is the learning rate\": the"
               " formula alone"),
    # ---- yichunzhao's hashnode post: LaTeX without delimiters, \times ---------------------------------------------
    Public("hashnode49-delta-w", _HASHNODE, "b49_logistic1", "b49_hashnode",
           "\\Delta w = -\\alpha \\times \\frac{\\partial J}{\\partial w}", ((C,),),
           (Twin("value", "-eta*(a1[0] - y[0])*x[0]", ("-eta*(a1[0] - y[0])*x[0]",)),), batch=49),
    Public("hashnode49-update", _HASHNODE, "b49_logistic1", "b49_hashnode",
           "w = w - \\alpha \\times \\frac{\\partial J}{\\partial w}", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=49),
    # ---- the deeplearning.ai forum's thread 101946: the mentor's LaTeX without delimiters, \prime ----------------
    Public("dlai49-sigma", _DLAI_SIGMA, "b49_sigmoid_unit", "b49_x_sum", "\\sigma(x) = \\frac{1}{1+e^{-x}}", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + np.exp(-z1[0]))",)),), batch=49),
    Public("dlai49-sigma-prime", _DLAI_SIGMA, "b49_sigmoid_unit", "b49_x_sum",
           "\\sigma^\\prime(x) = \\frac{d}{dx}\\sigma(x) = \\sigma(x)(1-\\sigma(x))", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),),
           batch=49),
    # ---- ai.stackexchange 25563: \delta as the partial sign, two slides' output error terms ----------------------
    Public("aise25563-dEdZ", _AI25563, "b49_generalised", "b49_generalised",
           "$\\frac{\\delta E}{\\delta Z} = o(1-o)(o-t)$", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0]*(1 - a1[0])*(a1[0] - y[0])",)),), batch=49,
           why="Z the output's input sum, as the formula means it (the question calls z the activated output)"),
    Public("aise25563-beta", _AI25563, "b49_generalised", "b49_generalised", "$\\beta_k = o_k(1-o_k)(y_k-o_k)$",
           ((C,),), (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),),
           batch=49, why="beta_k the error term -dE/dZ of the second slides, k = 1 the one output here"),
    # ---- Nemotron's "Help Using Backprop Formulas from Deep Learning Book": \( ... \) in a list, z^2_1 with the
    # superscript first, the question's layers one off from Nielsen's -----------------------------------------------
    Public("dlbook49-C", _DLBOOK, "b49_dlbook", "b49_dlbook",
           "- **Cost function**: \\( C = \\frac{1}{2}(a^3-y)^2 \\) (squared error)", ((C,),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),), batch=49),
    Public("dlbook49-z21", _DLBOOK, "b49_dlbook", "b49_dlbook", "- \\( z^2_1 = w^1_{11}x_1 + w^1_{12}x_2 + b_1 \\)",
           ((C,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=49),
    Public("dlbook49-a21", _DLBOOK, "b49_dlbook", "b49_dlbook", "- \\( a^2_1 = \\sigma(z^2_1) \\)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=49),
    Public("dlbook49-z31", _DLBOOK, "b49_dlbook", "b49_dlbook",
           "- \\( z^3_1 = w^2_{11}a^2_1 + w^2_{12}a^2_2 + w^2_{13}a^2_3 \\)", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2]",)),), batch=49),
    Public("dlbook49-a3", _DLBOOK, "b49_dlbook", "b49_dlbook", "- \\( a^3 = \\sigma(z^3_1) \\)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=49),
    Public("dlbook49-delta3", _DLBOOK, "b49_dlbook", "b49_dlbook",
           "- \\(\\delta^3_1 = \\frac{\\partial C}{\\partial z^3_1} = (a^3-y)\\sigma'(z^3_1)\\)", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_DLBOOK_D3, _DLBOOK_D3)),), batch=49),
    Public("dlbook49-delta2", _DLBOOK, "b49_dlbook", "b49_dlbook",
           "\\(\\delta^2_1 = \\delta^{2+1}_1 \\odot \\sigma'(z^2_1)\\)", ((W,),),
           (Twin("gradient_z", "z1[0]", (f"{_DLBOOK_D3}*a1[0]*(1 - a1[0])",)),), batch=49,
           why="\"Since \\( W^3 \\) does not exist, it is ignored, and we calculate ...\": the formula alone; the"
               " weight w^2_{11} between delta^3_1 and z^2_1 is missing"),
    Public("dlbook49-dCdw-book", _DLBOOK, "b49_dlbook", "b49_dlbook",
           "Thus, \\(\\frac{\\partial C}{\\partial w^2_{11}} = a^1_1((a^3-y)\\sigma'(z^3_1))\\sigma'(z^2_1)\\).",
           ((W,),),
           (Twin("gradient", "W2[0,0]", (f"x[0]*({_DLBOOK_D3})*a1[0]*(1 - a1[0])",)),), batch=49,
           why="w^2_{11} joins a^2_1 to z^3_1 in the question's numbering: dC/dw^2_{11} = a^2_1 delta^3_1"),
    Public("dlbook49-dCdw-direct", _DLBOOK, "b49_dlbook", "b49_dlbook",
           "\\[\n\\frac{\\partial }{\\partial w^2_{11}}\\frac{1}{2}([\\sigma(w^2_{11}a^2_1 + w^2_{12}a^2_2 +"
           " w^2_{13}a^2_3)]-y)^2 = a^2_1(a^3-y)\\sigma'(z^3_1)\n\\]", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"a1[0]*{_DLBOOK_D3}",)),), batch=49,
           why="the question's direct derivative, the cost written out on the left"),
]
