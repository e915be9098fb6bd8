r"""Batch 76 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used (the code corpus: jackey8616's blog post deriving logistic
regression's gradient in align blocks with \because and \tag; two READMEs of saliherdemk's paper implementations,
logistic regression in Ng's theta and h_theta and Widrow and Hoff's Adaline; luisdecunto's neural-network solutions,
plain-text worked numbers in code blocks with Unicode subscripts, ½, ² and ⊙; geoz-lab's interview notes on logistic
regression, NumPy lines and their LaTeX recap; three MATLAB files of caiocanic's perceptron, calcSaida.m, grad.m and
perceptron.m; a stored list of activation functions and their derivatives; Dean Kilfoyle's stored R Markdown notes;
a stored Czech student's exam notes), copied verbatim, typos and mistakes included, each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents), a
network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch76_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Three files are stored in the code corpus without their
repository's name; they are cited by their ids. A local derivative (d sigma/dz, dz/dtheta_j, d log h/d theta_j) or
a derivative by an activation (dL/dy) is twinned as a value, as in batches 14 to 72; so is a delta worked in
numbers, and a step Delta W = -alpha grad E is twinned against eta dL/dW with its sign turned (batch 48's way).
Formulas keep their page's delimiters and what surrounds them on their line ($$...$$ on lines of their own, a list
item's dash and bold label, a code block's indentation, a MATLAB line's tabs and semicolon); what was left out is
said in the entry's why.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 76

The batch: 55 formulas, 38 values (forward sums and outputs, the sigmoid's and tanh's definitions, losses, local
derivatives d sigma/dz, dz/d theta_j, d log h/d theta_j, dh/d theta_j, dL/dy, the identity 1 - sigma(z) = e^{-z}/(1 +
e^{-z}), a delta worked in numbers), 10 gradients (three rules over theta_j, luisdecunto's worked ∂L/∂w, ∂L/∂W₂ and
∂L/∂W₁, a MATLAB dJdA, NumPy's grad), 4 updates, 2 entries of several kinds (dz/db then dL/db; an update then its
step) and one typo (lr-update-Q, Q_j for theta_j, marked unreadable). 35 are LaTeX (jackey8616's align* blocks with
\because, \tag{10}, a prose row "\text{Base on (10), (13), (16)} &=>", \dfrac{dJ}{dw_1}, w_{1new} and w_{1old},
x_{i1}, Loss as the loss's name; saliherdemk's h_\theta(x^{(i)}), \sum_{i=1}^m, \dots up to \theta_nx_n, two
claims after \quad, 1 - \sigma(z) as a left side, \leftarrow, E = (o−y)^2 with U+2212 in a list item; the
activation list's \sigma named for each section's function and its cases block; Dean Kilfoyle's \sum_{i=1}^nw_ix_i
glued, \sigma bare, S'(x) = S(x) * ( 1.0 - S(x) ), w_{(ik)}; the Czech notes' list items with a bold label,
\mathbf{w}_j^T \mathbf{x}, \Delta \mathbf{W}, \nabla E\mid_\mathbf{W}, ,\; H = (0,1) after a formula;
geoz-lab's \mathcal{L} with a bare \sum and X^T), 20 plain text or code (luisdecunto's code blocks with w₁x₁,
z₁, δ₂, ½, ², ×, ·, ᵀ, ⊙, @, σ' of numbers, lists of numbers and chains continued on indented lines, three claims in
one block; geoz-lab's NumPy lines, X @ w, X.T, len(y), -=; caiocanic's MATLAB lines with tabs, ' and .*, ./, exp,
sum(sum(...))).

6 are mistaken somewhere (the oracle finds at least one member wrong):

- the Adaline README's w \leftarrow w + \eta (o-y)x, under E = (o−y)^2 "the square of the error" it says the rule
  minimizes: gradient descent on E steps 2 eta (o - y) x;
- the activation list's \sigma(x) = \frac{1}{1 - e^{-x}} and \sigma'(x) = \sigma(x) \times \sigma(1-x) (1 -
  e^{-x} for 1 + e^{-x}, sigma(1 - x) for 1 - sigma(x)); the Czech notes' sigmoid, 1 - e^{-x} too;
- Dean Kilfoyle's \frac{ \partial E}{\partial w_{(ik)}} = \delta_k \cdot o_i with his output delta -E f'(z_k), E =
  actual - expected: -dE/dz_k, so the gradient's sign is turned;
- caiocanic's dJdA = 1/N*(erro.*((1-Y).*Y))'*X for EQM = 1/N*sum(sum(erro.*erro)) (no 1/2): half the gradient.

Not mistaken, though they look it: luisdecunto's y = σ(0.7318) = 0.6751 (0.67519, one unit off its rounding),
δ₂ = -0.0713 for -0.071231 and the -0.0444, -0.0101 it carries into ∂L/∂W₂ and δ₁ (each one unit off), and ½(0.1055)
for (0.6751 - 1.0)² = 0.10556 (an operand within its 1.5 units): the spec's unit either way; caiocanic's A = A -
alfa*dJdA (dJdA names the gradient, so the rule is right whatever grad.m computes); the activation list's ReLU
derivative 1 at x = 0 (a convention at one point, which the note above it owns).

What was left out: jackey8616's long derivation blocks (rows of \because premises about f(x), g and u that name no
quantity of the network, and d/dw_i for d/dw_1 inside one of them); the odds and log-odds block ("Log-Odds" a word
with a hyphen as a left side); saliherdemk's z^{(i)} = \sum_{k=0}^n \theta_k x_k^{(i)} = \theta^T x^{(i)} (theta a
vector of the intercept and the weights, which no meaning of the spec names) and its likelihood P(y \mid x; \theta);
luisdecunto's δ₂ = (y - t) · σ'(z₂) = -0.3249 × [σ(z₂)(1 - σ(z₂))] = ... (a member mixing a number and symbols,
which the oracle's random points cannot judge, as batch 71 left out); Dean Kilfoyle's E = (actual-expected) (E both
the error vector and the loss on the page), his cases block of deltas and w_k = w_k-\eta \sum_j \frac{\partial
E_{X_j}}{\partial w_k} (a loss per sample X_j); the Czech notes' other sections (k-means, LDA); caiocanic's softmax
branch (derivada(:,k), MATLAB's colon index).

Nothing was fixed from this batch.

Collected on 2026-12-05 from 15:15 to 15:25 by the machine's clock (the oracle's runs included), committed, and run
blind once at main 7113969 (/work/READY_FOR_BLIND25), rebased onto it with nothing under src/ changed. Every notation
loaded under the spec before the run (backprop.symbolic.notation_loading.load_notation with its network, no formula
read), and no refusal is the collector's notation outside the spec's grammar, so the first run is the only one
(/work/batch76_blind.txt): 47 of 55 read with every verdict right (85%), 7 refused, 1 typo refused (lr-update-Q, as
it should be: "unknown symbol Q_{j}"), no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. Of the 6 mistaken
formulas, 5 read with every verdict right (ada-rule, act-sigmoid, act-dsigmoid, dk-grad and cai-grad called wrong)
and 1 was refused (cz-sigmoid, see below).

By kind of claim: values 34 of 38, gradients 9 of 10, updates 3 of 4, the entries of several kinds 1 of 2. LaTeX
against plain text: the 35 in LaTeX read 28 (80%), the 20 in plain text or code 19 (95%). By page:
jackey8616 5 of 7, the logistic-regression README 8 of 9 (the ninth the typo, refused as it should be), the Adaline
README 3 of 3, luisdecunto 11 of 11, the activation list 4 of 5, Dean Kilfoyle 4 of 4, the Czech notes 2 of 5,
geoz-lab 4 of 5, caiocanic's calcSaida.m 3 of 3, grad.m 1 of 1, perceptron.m 2 of 2.

The refusals by construct (7), with the exact message:

- 2, a range written after the formula, ",\; H = (0,1)" (H the notes' word for the function's range, an open
  interval; cz-sigmoid, cz-tanh): "formula 'H = (0,1)': unknown symbol H; the notation knows x; give it a meaning in
  the notation's [notation.symbols], e.g. "H" = "a1[0]"" (cz-sigmoid is one of the mistaken formulas, refused rather
  than called wrong);
- 1, a premise after \because in an align row, "&= \frac{1}{1 + e^{-z}} \quad \because \frac{1}{e^z} = e^{-z}"
  (jk-simplify): "formula '\because \frac{1}{e^z} = e^{-z}': the command \because is not part of a formula check
  can read at '\because' (position 1); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's
  symbols";
- 1, a prose row opening an align block, "\text{Base on (10), (13), (16)} &=> \\" before the three updates
  (jk-updates): "formula '\text{Base on (10), (13), (16)} \Rightarrow': unknown symbol Baseon(10),(13),(16); the
  notation knows N, P, b, p, w, x, y, z; give it a meaning in the notation's [notation.symbols], e.g.
  "Baseon(10),(13),(16)" = "a1[0]"" (the words read as one name, the => as \Rightarrow);
- 1, a cases block whose values end with a comma before the &, "1, & \text{if } x \geq 0\\ 0, &
  \text{otherwise}" (act-drelu): "formula "\sigma'(x) = \begin{cases} 1": a case without its condition at the
  end; write each case as value & \text{if } i = j";
- 1, a gradient evaluated at a point, "\nabla E\mid_\mathbf{W}" (cz-update): "formula '\Delta W = - \alpha
  \nabla E\mid_{W }': the command \mid is not part of a formula check can read at '\mid' (position 30); write
  arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols";
- 1, NumPy's len(y), the number of examples, in "grad = X.T @ (y_pred - y) / len(y)" (geoz-grad): "formula 'grad =
  X^T @ (y_pred - y) / len(y)': unknown symbol l; the notation knows X, \hat{y}, grad, m, w, y, z; l is an index
  letter of the notation: write it as a subscript or superscript of what it indexes (W_l, not Wl), or give it a
  meaning in the notation's [notation.symbols]" (len read letter by letter).

Which look general (would appear in much homework): \because (and \therefore) premises in a derivation's rows, a
cases block written "1, & \text{if } ..." with "\text{otherwise}" (the usual ReLU derivative), a lead-in row of
words in an align block, f|_x's evaluation bar (\mid, \big|, \Big|_{w = w_0}), and code's len(y) (X.shape[0]) as
the count of examples. Page-specific: H = (0,1) as a range (an interval after a second relation; "\in (0, 1)" or
"range (0, 1)" would be the general form).

Read, among the constructs these pages brought: luisdecunto's plain-text worked numbers with Unicode subscripts,
½, ², ᵀ, ⊙, σ' of numbers and lists of numbers, three claims per block (11 of 11); saliherdemk's rules over theta_j with
theta_0 the intercept and x_0^{(i)} = 1, \dots up to \theta_nx_n with "n" = "3", two claims after \quad, 1 -
\sigma(z) as a left side, U+2212 in (o−y)^2; jackey8616's \tag{10} rows and \dfrac{dJ}{dw_1}; sigma renamed
per section (functions = { "\sigma" = "tanh" }); Dean Kilfoyle's w_{(ik)} and \sigma bare; the Czech notes'
\mathbf{w}_j^T \mathbf{x}; MATLAB's ' and .* with row vectors named by .T meanings.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch76_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_JK = ("https://github.com/jackey8616/jackey8616.github.io (source/_posts/AI/logistic-regression-and-its-math.md, "
       "branch blog, commit 9ca15cd)")
_LR = "https://github.com/saliherdemk/ML-Papers-Implementations (0-Early-Works/Logistic-Regression/README.md, commit a3e759a)"
_ADA = ("https://github.com/saliherdemk/ML-Papers-Implementations (0-Early-Works/1960-Adaline-Madaline/README.md, "
        "commit 9522ce2)")
_LUIS = "https://github.com/luisdecunto/ml-roadmap (guides/solutions/neural_networks_solutions.md, commit cad5fa3)"
_GEOZ = "https://github.com/geoz-lab/ML_interview (1_ML_coding/Logistic_regression.md, commit 8f738ac)"
_CAI = "https://github.com/caiocanic/Inteligencia-Computacional (Perceptron/{}, commit 3eb5b17)"
_CAI_OUT = _CAI.format("calcSaida.m")
_CAI_GRAD = _CAI.format("grad.m")
_CAI_TRAIN = _CAI.format("perceptron.m")
_ACT = _STORED.format(30276537235, "# Activation Functions and their Derivatives", "a Markdown list, WIP")
_DK = _STORED.format(19567096563, "title: \"math\"", "Dean Kilfoyle's R Markdown notes of 10 December 2016")
_CZ = _STORED.format(14149548917, "1.2 Popíšte dopredné neurónové siete",
                     "a Czech student's state-exam notes, the question on feedforward networks")

_J2 = tuple({"j": j} for j in range(2))
_I3 = tuple({"i": i} for i in range(3))
_JI22 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_KI22 = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
# theta_j of saliherdemk's README: theta_0 the intercept (x_0 = 1), theta_1 .. theta_3 the weights
_XJ = ({"j": 0, "p": "b1[0]", "xj": "1"}, {"j": 1, "p": "W1[0,0]", "xj": "x[0]"},
       {"j": 2, "p": "W1[0,1]", "xj": "x[1]"}, {"j": 3, "p": "W1[0,2]", "xj": "x[2]"})

# the binary cross-entropy of one example
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
# luisdecunto's exercise 4.2: delta_2 = dL/dz_2 and delta_1 = dL/dz_1 (entry j)
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"W2[0,{{j}}]*{_D2}*a1[{{j}}]*(1 - a1[{{j}}])"
_S06 = "(1/(1 + np.exp(-0.6)))*(1 - 1/(1 + np.exp(-0.6)))"
_S05 = "(1/(1 + np.exp(-0.5)))*(1 - 1/(1 + np.exp(-0.5)))"

ENTRIES: list[Public] = [
    # ---- jackey8616's post: $$ blocks, align* with \because, \tag and a prose row "\text{Base on ...} &=>", N
    # examples, w_{1new} and w_{1old}, x_{i1} (example i's first feature), J, L and Loss the loss -----------------------
    Public("jk-z", _JK, "b76_jk", "b76_jk", "$$\nz = w_1x_1 + w_2x_2 + b\n$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=76,
           why="under \"### Definition in Linear Algebra\""),
    Public("jk-sigmoid", _JK, "b76_jk", "b76_jk", "$$\n\\sigma(z) = \\frac{e^z}{1 + e^z}\n$$  ", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("exp(z1[0])/(1 + exp(z1[0]))",)),), batch=76,
           why="the closing $$ followed by Markdown's two spaces, as in the file"),
    Public("jk-simplify", _JK, "b76_jk", "b76_jk",
           "$$\n\\begin{align*}\nP = \\sigma(z) &= \\frac{e^z}{1 + e^z} \\\\\n"
           "&= \\frac{\\frac{e^z}{e^z}}{\\frac{1}{e^z} + \\frac{e^z}{e^z}} \\\\\n"
           "&= \\frac{1}{1 + e^{-z}} \\quad \\because \\frac{1}{e^z} = e^{-z}\n\\end{align*}\n$$", ((C, C, C, C), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "exp(z1[0])/(1 + exp(z1[0]))",
                                    "(exp(z1[0])/exp(z1[0]))/(1/exp(z1[0]) + exp(z1[0])/exp(z1[0]))",
                                    "1/(1 + exp(-z1[0]))")),
            Twin("value", "1/exp(z1[0])", ("exp(-z1[0])",))), batch=76,
           why="two claims: the chain P = sigma(z) = ..., and the premise after \\because, 1/e^z = e^{-z}, an identity"),
    Public("jk-loss-avg", _JK, "b76_jk", "b76_jk",
           "$$\n\\begin{align*}\nLoss &= \\frac{1}{N}\\sum_{i=1}^{N}-[y_i\\ln(p_i) + (1 - y_i)\\ln(1-p_i)] \\\\\n"
           "&= - \\frac{1}{N}\\sum_{i=1}^{N}[y_i\\ln(p_i) + (1 - y_i)\\ln(1-p_i)]\n\\end{align*}\n$$", ((C, C),),
           (Twin("value", _BCE, (_BCE, _BCE)),), batch=76, why="N = 1 example; the minus inside the sum, then outside"),
    Public("jk-J", _JK, "b76_jk", "b76_jk",
           "$$\nJ(w_1, w_2, b) = - \\frac{1}{N}\\sum_{i=1}^{N}[y_i\\ln(p_i) + (1 - y_i)\\ln(1-p_i)]\n$$", ((C,),),
           (Twin("value", _BCE, (_BCE,)),), batch=76, why="the loss named with its parameters as arguments"),
    Public("jk-grads", _JK, "b76_jk", "b76_jk",
           "$$\n\\begin{align*}\n"
           "\\dfrac{dJ}{dw_1} &= \\frac{1}{N}\\sum_{i=1}^{N}[(\\sigma(z_i) - y_i)x_{i1}] \\tag{10} \\\\\n"
           "\\dfrac{dJ}{dw_2} &= \\frac{1}{N}\\sum_{i=1}^{N}[(\\sigma(z_i) - y_i)x_{i2}] \\tag{13} \\\\\n"
           "\\dfrac{dJ}{db} &= \\frac{1}{N}\\sum_{i=1}^{N}(\\sigma(z_i) - y_i) \\tag{16} \\\\\n\\end{align*}\n$$",
           ((C,), (C,), (C,)),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)), Twin("gradient", "W1[0,1]", ("(a1[0] - y[0])*x[1]",)),
            Twin("gradient", "b1[0]", ("a1[0] - y[0]",))), batch=76, why="three rows, a \\tag each, a \\\\ after the last"),
    Public("jk-updates", _JK, "b76_jk", "b76_jk",
           "$$\n\\begin{align*}\n\\text{Base on (10), (13), (16)} &=> \\\\\n"
           "w_{1new} &= w_{1old} - \\alpha (\\frac{1}{N}\\sum_{i=1}^{N}[(\\sigma(z_i) - y_i)x_{i1}]) \\\\\n"
           "w_{2new} &= w_{2old} - \\alpha (\\frac{1}{N}\\sum_{i=1}^{N}[(\\sigma(z_i) - y_i)x_{i2}]) \\\\\n"
           "b_{new} &= b_{old} - \\alpha (\\frac{1}{N}\\sum_{i=1}^{N}(\\sigma(z_i) - y_i)) \\\\\n\\end{align*}\n$$",
           ((C,), (C,), (C,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(a1[0] - y[0])*x[0]",)),
            Twin("update", "W1[0,1]", ("W1[0,1] - eta*(a1[0] - y[0])*x[1]",)),
            Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",))), batch=76,
           why="the first row is prose (\"Base on (10), (13), (16)\" then =>), no claim"),
    # ---- saliherdemk's logistic-regression README: Ng's theta_j, h_\theta(x^{(i)}), \sum_{i=1}^m, x_j^{(i)}, \cdot,
    # \left[ \right], \dots up to theta_n x_n, and Q_j for theta_j in the update ------------------------------------------
    Public("lr-h", _LR, "b76_lr", "b76_lr",
           "$$\nh_\\theta(x) = \\sigma(z) = \\frac{1}{1 + e^{-z}}, \\quad z = \\theta_0 + \\theta_1x_1 + \\theta_2x_2 + "
           "\\dots + \\theta_nx_n\n$$", ((C, C), (C,)),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])", "1/(1 + exp(-z1[0]))")),
            Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",))), batch=76,
           why="two claims after \\quad; n = 3 features here"),
    Public("lr-J", _LR, "b76_lr", "b76_lr",
           "$$\nJ(\\theta) = -\\frac{1}{m} \\sum_{i=1}^m \\left[ y^{(i)} \\log(h_\\theta(x^{(i)})) + (1 - y^{(i)}) "
           "\\log(1 - h_\\theta(x^{(i)})) \\right]\n$$", ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=76,
           why="m = 1 example"),
    Public("lr-dlog", _LR, "b76_lr", "b76_lr",
           "$$\n\\frac{\\partial}{\\partial \\theta_j} \\log(h_\\theta(x^{(i)})) = \\frac{1}{h_\\theta(x^{(i)})} \\cdot "
           "\\frac{\\partial h_\\theta(x^{(i)})}{\\partial \\theta_j}\n$$", ((C,),),
           (Twin("value", "(1 - a1[0])*{xj}", ("(1/a1[0])*a1[0]*(1 - a1[0])*{xj}",), _XJ),), batch=76,
           why="d log h/d theta_j, a value, for j = 0 (the intercept, x_0 = 1) to 3"),
    Public("lr-sig-pair", _LR, "b76_lr", "b76_lr",
           "$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}, \\quad 1 - \\sigma(z) = \\frac{e^{-z}}{1 + e^{-z}}\n$$", ((C,), (C,)),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),
            Twin("value", "1 - a1[0]", ("exp(-z1[0])/(1 + exp(-z1[0]))",))), batch=76,
           why="two claims, the second's left side 1 - sigma(z)"),
    Public("lr-dz", _LR, "b76_lr", "b76_lr", "$$\n\\frac{\\partial z^{(i)}}{\\partial \\theta_j} = x_j^{(i)}\n$$", ((C,),),
           (Twin("value", "{xj}", ("{xj}",), _XJ),), batch=76, why="dz/d theta_j, a value: 1 for the intercept"),
    Public("lr-dh", _LR, "b76_lr", "b76_lr",
           "$$\n\\frac{\\partial h_\\theta(x^{(i)})}{\\partial \\theta_j} = h_\\theta(x^{(i)}) \\cdot (1 - "
           "h_\\theta(x^{(i)})) \\cdot x_j^{(i)}\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])*{xj}", ("a1[0]*(1 - a1[0])*{xj}",), _XJ),), batch=76),
    Public("lr-grad-long", _LR, "b76_lr", "b76_lr",
           "$$\n\\frac{\\partial J(\\theta)}{\\partial \\theta_j} = -\\frac{1}{m} \\sum_{i=1}^m \\left[ y^{(i)} \\cdot (1 - "
           "h_\\theta(x^{(i)})) \\cdot x_j^{(i)} - (1 - y^{(i)}) \\cdot h_\\theta(x^{(i)}) \\cdot x_j^{(i)} \\right]\n$$",
           ((C,),), (Twin("gradient", "{p}", ("-(y[0]*(1 - a1[0])*{xj} - (1 - y[0])*a1[0]*{xj})",), _XJ),), batch=76),
    Public("lr-grad", _LR, "b76_lr", "b76_lr",
           "$$\n\\frac{\\partial J(\\theta)}{\\partial \\theta_j} = \\frac{1}{m} \\sum_{i=1}^m \\left[ h_\\theta(x^{(i)}) - "
           "y^{(i)} \\right] x_j^{(i)}\n$$", ((C,),),
           (Twin("gradient", "{p}", ("(a1[0] - y[0])*{xj}",), _XJ),), batch=76),
    Public("lr-update-Q", _LR, "b76_lr", "b76_lr",
           "$$\nQ_j := Q_j - \\alpha \\frac{\\partial J(\\theta)}{\\partial \\theta_j}\n$$",
           unreadable="unknown symbol Q", batch=76,
           why="Q_j typed for theta_j: the page's typo, which no pattern names"),
    # ---- saliherdemk's Adaline README: \sum_{j=1}^n, theta the bias, y the output and o the target, \leftarrow, E =
    # (o−y)^2 with U+2212; the rule without the 2 of E's derivative ---------------------------------------------------
    Public("ada-y", _ADA, "b76_ada", "b76_ada", "$$\ny = \\sum_{j=1}^n x_jw_j + \\theta\n$$", ((C,),),
           (Twin("value", "a1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0]",)),), batch=76),
    Public("ada-rule", _ADA, "b76_ada", "b76_ada", "$$\nw \\leftarrow w + \\eta (o-y)x\n$$", ((W,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I3),), batch=76,
           why="with E = (o - y)^2, as the page says the rule minimizes, -dE/dw is 2 (o - y) x: the rule's step is half"
               " of gradient descent's"),
    Public("ada-E", _ADA, "b76_ada", "b76_ada", "- $E = (o−y)^2$, the square of the error,", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2",)),), batch=76,
           why="a list item: the dash, the formula, a comma and words"),
    # ---- luisdecunto's solutions: plain text in code blocks, Unicode subscripts (w₁, z₁, δ₂), ½ and ², × and ·, σ
    # and σ', ᵀ, ⊙, @, lists of numbers, chains continued on indented lines, several claims per block --------------------
    Public("ex11-z", _LUIS, "b76_ex11", "b76_luis1",
           "z = w₁x₁ + w₂x₂ + w₃x₃ + b\n  = (0.5)(1.0) + (-0.3)(2.0) + (0.2)(3.0) + 0.1\n  = 0.5 - 0.6 + 0.6 + 0.1\n  = 0.6",
           ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]",
                                    "=(0.5)*(1.0) + (-0.3)*(2.0) + (0.2)*(3.0) + 0.1", "=0.5 - 0.6 + 0.6 + 0.1",
                                    "=0.6")),), batch=76, why="exercise 1.1"),
    Public("ex41-y", _LUIS, "b76_ex41", "b76_luis41",
           "y = σ(1.1) = 1/(1 + e^(-1.1))\n           = 1/(1 + 0.3329)\n           = 1/1.3329\n           = 0.7503",
           ((C, C, C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(-1.1))", "=1/(1 + np.exp(-1.1))", "=1/(1 + 0.3329)", "=1/1.3329",
                                    "=0.7503")),), batch=76, why="exercise 4.1, z = 1.1 the line before"),
    Public("ex41-L", _LUIS, "b76_ex41", "b76_luis41",
           "L = ½(y - t)²\n  = ½(0.7503 - 1.0)²\n  = ½(-0.2497)²\n  = ½(0.0624)\n  = 0.0312", ((C, C, C, C, C),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2", "=0.5*(0.7503 - 1.0)**2",
                                                   "=0.5*(-0.2497)**2", "=0.5*(0.0624)", "=0.0312")),), batch=76,
           why="the loss's value"),
    Public("ex41-partials", _LUIS, "b76_ex41", "b76_luis41",
           "∂L/∂y = y - t = 0.7503 - 1.0 = -0.2497\n\n∂y/∂z = σ'(z) = σ(z)(1 - σ(z))\n      = 0.7503 × (1 - 0.7503)\n"
           "      = 0.7503 × 0.2497\n      = 0.1873\n\n∂z/∂w = x = 2.0", ((C, C, C), (C, C, C, C, C), (C, C)),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.7503 - 1.0", "=-0.2497")),
            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])", "=0.7503*(1 - 0.7503)",
                                                "=0.7503*0.2497", "=0.1873")),
            Twin("value", "x[0]", ("x[0]", "=2.0"))), batch=76,
           why="three claims: dL/dy (by the output), dy/dz and dz/dw, local derivatives judged as values"),
    Public("ex41-dw", _LUIS, "b76_ex41", "b76_luis41",
           "∂L/∂w = ∂L/∂y · ∂y/∂z · ∂z/∂w\n      = (-0.2497) × 0.1873 × 2.0\n      = -0.0935", ((C, C, C),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(a1[0]*(1 - a1[0]))*x[0]", "=(-0.2497)*0.1873*2.0",
                                         "=-0.0935")),), batch=76),
    Public("ex41-db", _LUIS, "b76_ex41", "b76_luis41",
           "∂z/∂b = 1\n\n∂L/∂b = ∂L/∂y · ∂y/∂z · ∂z/∂b\n      = (-0.2497) × 0.1873 × 1\n      = -0.0468",
           ((C,), (C, C, C)),
           (Twin("value", "1", ("1",)),
            Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(a1[0]*(1 - a1[0]))*1", "=(-0.2497)*0.1873*1", "=-0.0468"))),
           batch=76, why="two claims, dz/db a value"),
    Public("ex42-z1a1", _LUIS, "b76_ex42", "b76_luis42",
           "z₁ = W₁x + b₁\n   = [[0.5], [0.3]] × [1.0] + [0.1, 0.2]\n   = [0.5, 0.3] + [0.1, 0.2]\n   = [0.6, 0.5]\n\n"
           "a₁ = σ(z₁) = [σ(0.6), σ(0.5)]\n           = [0.6457, 0.6225]", ((C, C, C, C), (C, C, C)),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + b1[{j}]",
                                      "=np.array([[0.5], [0.3]]) @ np.array([1.0]) + np.array([0.1, 0.2])",
                                      "=np.array([0.5, 0.3]) + np.array([0.1, 0.2])", "=np.array([0.6, 0.5])"), _J2),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",
                                      "=np.array([1/(1 + np.exp(-0.6)), 1/(1 + np.exp(-0.5))])",
                                      "=np.array([0.6457, 0.6225])"), _J2)), batch=76,
           why="exercise 4.2, the hidden layer: vectors as lists of numbers, W₁ a column times the one input"),
    Public("ex42-z2yL", _LUIS, "b76_ex42", "b76_luis42",
           "z₂ = W₂a₁ + b₂\n   = [[0.4, 0.6]] @ [0.6457, 0.6225] + [0.1]\n   = [0.4×0.6457 + 0.6×0.6225] + [0.1]\n"
           "   = [0.2583 + 0.3735] + [0.1]\n   = [0.7318]\n\ny = σ(z₂) = σ(0.7318) = 0.6751\n\n"
           "L = ½(y - t)² = ½(0.6751 - 1.0)² = ½(0.1055) = 0.0528", ((C, C, C, C, C), (C, C, C), (C, C, C, C)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",
                                    "=np.array([[0.4, 0.6]]) @ np.array([0.6457, 0.6225]) + np.array([0.1])",
                                    "=np.array([0.4*0.6457 + 0.6*0.6225]) + np.array([0.1])",
                                    "=np.array([0.2583 + 0.3735]) + np.array([0.1])", "=np.array([0.7318])")),
            Twin("value", "a2[0]", ("sigmoid(z2[0])", "=1/(1 + np.exp(-0.7318))", "=0.6751")),
            Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2", "=0.5*(0.6751 - 1.0)**2", "=0.5*(0.1055)",
                                                   "=0.0528"))), batch=76,
           why="three claims; y = sigma(0.7318) is 0.67519, its 0.6751 one unit off its rounding (the spec allows it), "
               "and (0.6751 - 1.0)^2 = 0.10556 written 0.1055, an operand within its 1.5 units"),
    Public("ex42-dW2", _LUIS, "b76_ex42", "b76_luis42",
           "∂L/∂W₂ = δ₂ · a₁ᵀ\n       = [-0.0713] @ [0.6457, 0.6225]ᵀ\n       = [[-0.0460, -0.0444]]\n\n"
           "∂L/∂b₂ = δ₂ = [-0.0713]", ((C, C, C), (C, C)),
           (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]", "=np.array([-0.0713]) * np.array([0.6457, 0.6225])",
                                           "=np.array([[-0.0460, -0.0444]])"), _J2),
            Twin("gradient", "b2[0]", (_D2, "=np.array([-0.0713])"))), batch=76,
           why="delta_2 = dL/dz_2 is -0.071231 (the page's -0.0713, one unit off, from its rounded y); -0.0444 for "
               "-0.04434, one unit off its rounding too"),
    Public("ex42-delta1", _LUIS, "b76_ex42", "b76_luis42",
           "δ₁ = (W₂ᵀδ₂) ⊙ σ'(z₁)\n   = [[0.4], [0.6]] × [-0.0713] ⊙ [σ'(0.6), σ'(0.5)]\n"
           "   = [-0.0285, -0.0428] ⊙ [0.2289, 0.2350]\n   = [-0.0065, -0.0101]", ((C, C, C, C),),
           (Twin("value", "(W2.ravel()*(a2 - y)*a2*(1 - a2)*a1*(1 - a1))[{j}]",
                 (_D1, f"=np.array([0.4, 0.6])*(-0.0713)*np.array([{_S06}, {_S05}])",
                  "=np.array([-0.0285, -0.0428])*np.array([0.2289, 0.2350])", "=np.array([-0.0065, -0.0101])"), _J2),),
           batch=76, why="delta_1 = dL/dz_1 worked in numbers, twinned as a value (batch 48's way); -0.0101 for "
                         "-0.010044, one unit off its rounding"),
    Public("ex42-dW1", _LUIS, "b76_ex42", "b76_luis42",
           "∂L/∂W₁ = δ₁ · xᵀ\n       = [[-0.0065], [-0.0101]] @ [1.0]\n       = [[-0.0065], [-0.0101]]\n\n"
           "∂L/∂b₁ = δ₁ = [-0.0065, -0.0101]", ((C, C, C), (C, C)),
           (Twin("gradient", "W1[{j},0]", (f"{_D1}*x[0]", "=np.array([[-0.0065], [-0.0101]]) @ np.array([[1.0]])",
                                           "=np.array([[-0.0065], [-0.0101]])"), _J2),
            Twin("gradient", "b1[{j}]", (_D1, "=np.array([-0.0065, -0.0101])"), _J2)), batch=76,
           why="the page's [1.0] is x^T, twinned as the 1 x 1 matrix so that the product keeps W_1's column shape"),
    # ---- the stored activation list: $$ on one line, sigma for each section's function; the sigmoid written with
    # 1 - e^{-x} and its derivative with sigma(1 - x); a cases block -----------------------------------------------------
    Public("act-sigmoid", _ACT, "b76_act_sigmoid", "b76_act_sigmoid", "$$ \\sigma(x) = \\frac{1}{1 - e^{-x}}$$",
           ((W,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 - exp(-z1[0]))",)),), batch=76,
           why="1 - e^{-x} for 1 + e^{-x}"),
    Public("act-dsigmoid", _ACT, "b76_act_sigmoid", "b76_act_sigmoid",
           "$$ \\sigma'(x) = \\sigma(x) \\times \\sigma(1-x) $$", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*sigmoid(1 - z1[0])",)),), batch=76,
           why="sigma(1 - x) for 1 - sigma(x)"),
    Public("act-tanh", _ACT, "b76_act_tanh", "b76_act_tanh",
           "$$ \\sigma(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}} $$", ((C,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=76,
           why="the Tanh section, sigma its function"),
    Public("act-dtanh", _ACT, "b76_act_tanh", "b76_act_tanh", "$$ \\sigma'(x) = 1 - \\sigma(x)^2 $$", ((C,),),
           (Twin("value", "1 - a1[0]**2", ("1 - tanh(z1[0])**2",)),), batch=76),
    Public("act-drelu", _ACT, "b76_act_relu", "b76_act_relu",
           "$$ \\sigma'(x) = \\begin{cases}\n    1, & \\text{if } x \\geq 0\\\\\n    0, & \\text{otherwise}\n"
           "\\end{cases} $$", ((C,),), (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),), batch=76,
           why="the ReLU section; its 1 at x = 0 is the page's convention (the note above it says so), a single point"),
    # ---- Dean Kilfoyle's notes: $$ on one line, \sum_{i=1}^n glued to w_i, z(x), sigma bare, S and S', w_{(ik)} with a
    # parenthesised subscript, delta_k of the page's own sign ------------------------------------------------------------
    Public("dk-z", _DK, "b76_dk", "b76_dk", "$$z(x) = \\sum_{i=1}^nw_ix_i+b$$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=76,
           why="a hidden unit's sum, n = 2 inputs"),
    Public("dk-sigma", _DK, "b76_dk", "b76_dk_sigmoid", "$$\\sigma = \\frac{1}{1+e^{-x}}$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),), batch=76,
           why="sigma bare, the unit's output, of its sum x (the notation of the page's sigmoid formulas)"),
    Public("dk-dS", _DK, "b76_dk", "b76_dk_sigmoid", "$$S'(x) = S(x) * ( 1.0 - S(x) )$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(z1[0])*(1.0 - sigmoid(z1[0]))",)),), batch=76),
    Public("dk-grad", _DK, "b76_dk", "b76_dk", "$$\\frac{ \\partial E}{\\partial w_{(ik)}} = \\delta_k \\cdot o_i$$",
           ((W,),), (Twin("gradient", "W2[{k},{i}]", ("-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{i}]",), _KI22),),
           batch=76,
           why="the page's output delta is -E f'(z_k) with E = actual - expected, i.e. -dE/dz_k, so delta_k o_i is "
               "-dE/dw_{(ik)}: the sign turned (its update w_k - eta dE/dw_k subtracts the true gradient)"),
    # ---- the stored Czech notes: inline $...$ in list items with a bold label, \mathbf, w_j^T x, \leftarrow with a
    # second claim after ,\;, \nabla E\mid_\mathbf{W}, a range H = (0,1) after the formula, sigma for each item -------
    Public("cz-r", _CZ, "b76_cz", "b76_cz", "   - $r_j = \\sigma(\\mathbf{w}_j^T \\mathbf{x})$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J2),), batch=76,
           why="a nested list item; no bias in the notes' neuron"),
    Public("cz-update", _CZ, "b76_cz", "b76_cz",
           "   - $\\mathbf{W} \\leftarrow \\mathbf{W} + \\Delta \\mathbf{W},\\; \\Delta\\mathbf{W} = - \\alpha \\nabla "
           "E\\mid_\\mathbf{W}$", ((C,), (C,)),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI22),
            Twin("step", "W1[{j},{i}]", ("eta*grad",), _JI22)), batch=76,
           why="two claims; the step -alpha grad E at W twinned against eta dL/dW with its sign turned"),
    Public("cz-sigmoid", _CZ, "b76_cz_sigmoid", "b76_cz_sigmoid",
           "- **sigmoid**: $\\sigma(x) = \\frac{1}{1 - e^{-x}},\\; H = (0,1)$", ((W,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 - exp(-z1[0]))",)),), batch=76,
           why="1 - e^{-x} for 1 + e^{-x} (as the activation list above); H = (0,1) the range (obor hodnot), no claim"),
    Public("cz-relu", _CZ, "b76_cz_relu", "b76_cz_relu", "- **ReLU**: $\\sigma(x) = \\max(0, x)$", ((C,),),
           (Twin("value", "relu(z1[0])", ("np.maximum(0, z1[0])",)),), batch=76),
    Public("cz-tanh", _CZ, "b76_cz_tanh", "b76_cz_tanh",
           "- **Tanh**: $\\sigma(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}},\\; H = (-1,1)$", ((C,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=76,
           why="H = (-1,1) the range, no claim"),
    # ---- geoz-lab's notes: NumPy lines in a function's loop (@, .T, len(y), -=), and the recap's $$ blocks with
    # \mathcal{L} and a bare \sum --------------------------------------------------------------------------------------
    Public("geoz-pred", _GEOZ, "b76_geoz", "b76_geoz", "        y_pred = sigmoid(X @ w)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])",)),), batch=76,
           why="X one sample's row (the 1 of the bias column among its features)"),
    Public("geoz-grad", _GEOZ, "b76_geoz", "b76_geoz", "        grad = X.T @ (y_pred - y) / len(y)", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])/1",), _I3),), batch=76,
           why="len(y) the number of examples, one"),
    Public("geoz-update", _GEOZ, "b76_geoz", "b76_geoz", "        w -= lr * grad", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),), batch=76),
    Public("geoz-loss", _GEOZ, "b76_geoz", "b76_geoz",
           "$$\n\\mathcal{L} = -\\frac{1}{m} \\sum \\left[ y \\log(\\hat{y}) + (1 - y) \\log(1 - \\hat{y}) \\right]\n$$",
           ((C,),), (Twin("value", _BCE, (_BCE,)),), batch=76, why="a bare \\sum over the m = 1 examples"),
    Public("geoz-dLdw", _GEOZ, "b76_geoz", "b76_geoz",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial w} = \\frac{1}{m} X^T(\\hat{y} - y)\n$$", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("x[{i}]*(a1[0] - y[0])",), _I3),), batch=76),
    # ---- caiocanic's MATLAB perceptron: tabs, semicolons, ' for the transpose, .* and ./, sum(sum(...)); its
    # gradient without the 2 of EQM's square -----------------------------------------------------------------------------
    Public("cai-yin", _CAI_OUT, "b76_cai", "b76_cai", "\tYin = X*A';", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),), batch=76,
           why="X a row, A' the transposed weights: the row of sums"),
    Public("cai-y", _CAI_OUT, "b76_cai", "b76_cai", "\t\tY = 1./(1+exp(-Yin));", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=76,
           why="inside the file's if funcao == 'sigmoid'"),
    Public("cai-erro", _CAI_OUT, "b76_cai", "b76_cai", "\terro = Y-Yd;", ((C,),),
           (Twin("value", "a1[{j}] - y[{j}]", ("a1[{j}] - y[{j}]",), _J2),), batch=76),
    Public("cai-grad", _CAI_GRAD, "b76_cai", "b76_cai", "\t\tdJdA = 1/N*(erro.*((1-Y).*Y))'*X;", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", ("(a1[{j}] - y[{j}])*(1 - a1[{j}])*a1[{j}]*x[{i}]",), _JI23),), batch=76,
           why="EQM = 1/N sum(sum(erro.*erro)) (perceptron.m), no 1/2: its gradient is 2/N (erro.*Y.*(1-Y))'*X, "
               "the line's is half of it"),
    Public("cai-eqm", _CAI_TRAIN, "b76_cai", "b76_cai", "\tEQMtr = 1/Ntr*sum(sum(erroTr.*erroTr));", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2 + (a1[1] - y[1])**2", ("(a1[0] - y[0])**2 + (a1[1] - y[1])**2",)),),
           batch=76, why="the error the training minimizes, one example"),
    Public("cai-update", _CAI_TRAIN, "b76_cai", "b76_cai", "\t\tA = A - alfa*dJdA;", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI23),), batch=76,
           why="dJdA names the gradient: the rule is right whatever grad.m computed"),
]
