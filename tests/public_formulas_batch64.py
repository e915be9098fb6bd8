r"""Batch 64 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus, all ten stored without their
repository's name and cited by their ids: Heba's blog post building one sigmoid neuron, a module summary on the
perceptron and the logistic neuron with a worked Problem 3, a Korean exercise sheet on logistic regression, Markdown
notes "Back Propagation" with a 2-layer example, an ANN project README after 3Blue1Brown, a Turkish study note on
3Blue1Brown's backpropagation calculus, lesson notes on CS229's lecture 8 with a worked toy network, the comments of
a C# test file (AiDotNet's meta-learning math), an Indonesian cheat sheet, ArhamazizNoman's README in Ng's row
notation), found through find_string rather than the search's first answers (which earlier batches had used),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch64_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed
before check was judged. A delta the page names as dL/dz (delta^{(l)}, dZ, dZ^{[L]}, dZ_{\text{output}}) is twinned
as the derivative by z; a local derivative (dz/dw_1, dy_hat/dz, da/dz, dz/da), a derivative by an activation
(dJ/dy_hat, dC_0/da^{(L-1)}, dA^{[1]}, dL/da1) and a definition (sigma(z) = ..., tanh(z) = ...) as values.
Formulas keep their page's delimiters and what surrounds them on their line ($$ on lines of their own, a list's
indentation, a bullet's prose around $...$, a Markdown table's row, an ascii block's two spaces, a C# comment's
"// " and indentation, a C# statement with its type).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 64

The batch: 56 formulas, 25 values (forward values, losses, local derivatives, derivatives by an activation,
definitions, Problem 3's and the toy's numbers), 14 gradients, 8 deltas, 1 update, 8 entries of several claims
(the summary's bullet of two $...$, the Korean sheet's two claims joined by \qquad, the notes' two by \quad, the
ANN README's bullet of two definitions, the YZ50 note's three by \qquad and its "\text{burada }", its forward
pass and cost, Heba's block of four updates). 44 are LaTeX (Heba's \tag{Eq. n}, \sigma({\sum{w_{i}x_{i}} + b)}
with braces crossing its parentheses, log without a backslash, \partial{...} braced, align and split blocks of up
to nine rows, ". \\" rows, dw_1 and db; \nabla_w \mathcal{L}; \approx chains of numbers; \left[ \right],
\log\hat{y} without parentheses, \quad \checkmark, \boxed; (W^{(2)})^T, \odot, \text{ReLU}'; 3Blue1Brown's
w^{(L)}, a^{(L-1)}, C_0 and sigma' typed with U+2019; \text{diag}(...); \text{Softmax}(z_i), dZ_{\text{output}},
X^T \cdot dZ; Ng's [l] in rows, g^{[l]} by layer, (g^{[l]})', (dZ^{[l]})^{(i)}, \quad \in \mathbb{R}^{m \times C}
and \text{(...)} remarks), 12 plain text or code (the ascii block's vectors [a, b] and matrix [[a, b], [c, d]],
"outer", ReLU'(z1), ^T on a bracketed vector; C# comments with _i, y_pred and y_true, numbers; a C# declaration
"double gradW1 = ..."; the post's code line dZ = y_hat - y).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- Heba's Eq. 2, \hat{y} = w_{1}x_{1} + ... + w_{6}x_{6} + b: y_hat is sigma of the sum (her Eq. 1), and six of the
  21 features;
- Heba's Eq. 4, J(y, \hat{y}) = - \frac{1}{N} \sum_{i=1}^{N} y \cdot log(\hat{y}) + ((1-y) \cdot log(1 -
  \hat{y})): the sum takes the term up to the +, so the minus reaches y log(y_hat) only;
- Heba's Eq. 5's first member, - (\frac{y}{\hat{y}} \frac{1-y}{1-\hat{y}}): the minus between the two fractions
  lost, a product (its second member right);
- Heba's Step 7, w_1 = w_1 - dw_1 ... b = b - db: no learning rate (the page says one "should be added");
- the notes' general rule \delta^{(l)} = (\delta^{(l+1)} \cdot (W^{(l+1)})^T) \odot \sigma'(z^{(l)}): delta^{(l+1)}
  (W^{(l+1)})^T, delta a row, is (W^{(l+1)} delta^{(l+1)})^T; as columns it does not conform (judged on two sigmoid
  layers whose W^{(2)} is square).

Not mistaken, though they look it: the summary's \frac{\partial \mathcal{L}}{\partial w_2} = (-0.6225)(2.0) =
-1.2450 (the true -1.244918 rounds to -1.2449: one unit off, which the spec allows); the Korean sheet's J =
-\frac{1}{4} \cdot 4 \cdot \log(0.5) = ... \approx \boxed{0.693} on one sample (at theta = 0 every y_hat is 0.5 and
each sample's loss is log 2); Heba's \frac{\partial{}}{\partial{z}} \left[ ... \right] members (a derivative of an
expression, twinned as its value); the toy's z1 = W1 x (its biases are zero: the network has none).

Choices open to question: Heba's neuron has 21 inputs (the one-hot features her code uses; Eq. 2 writes six); her
Eq. 3, \sigma = \frac{1}{1 + e^{-z}}, the function's letter as its value, and her code's W = W - 0.1 * dW (the oracle
draws the rate at random and cannot judge a literal 0.1) were left out. The summary's e, the error y_hat - y, is left
unnamed (Euler's e is on the line before). The Korean sheet's x_i, y_i and \hat{y}_i are sample i's, named as the
one sample's (N = 1). The notes' general algorithm is judged on a network of its own (three inputs, two sigmoid
layers of two units, the binary cross-entropy); their example on theirs (ReLU hidden layer, sigmoid output). The
ANN README's z in its transfer functions' definitions is named as the last layer's sum. The toy's plain-text W1,
z1, a1, W2 are named as the page's vectors and matrix. Left out as the twins or the networks cannot hold them: the C#
comment's dL/dw2 = 2 * 0.1 * 3.0 = 0.6 (right, but the oracle takes the page's 0.1, the error 4.1 - 4.0, for a copy
of the bias 0.1, exact, and the floating-point 4.1 - 4.0 then differs from it in the 15th digit: swapped for the
file's "// Loss = ..." line); the cheat sheet's \sigma'(a) = a \cdot (1 - a) (its network is one softmax layer) and
Error_hidden; ArhamazizNoman's dW^{[l]} = ... + \lambda W^{[l]} (the network has no L2 term) and A^{[l]} =
g^{[l]}(Z^{[l]}).

Collected on 2026-12-05 from 09:58 to 10:07 by the machine's clock (the oracle's runs included). The collector's
first oracle run selected its tests with -k "b64 or 64", which also ran the held-out file's check tests on this
batch (all passed: no crash, no refusal in more than one line, no wrong formula called correct) before the batch
was committed; no outcome of check (read, refused, misread) was seen, and nothing was changed after that run but
this docstring.

Run blind at main 4599eb4 (/work/READY_FOR_BLIND19), with nothing under src/ changed. Every notation loaded with its
network before the run, and no refusal is the collector's notation outside the spec's grammar, so the first run is
the only one (/work/batch64_blind.txt): 47 of 56 read with every verdict right (84%), 7 refused, 2 misread (a right
formula called wrong, a second claim left unjudged), no crash, NO WRONG FORMULA CALLED CORRECT. All 5 mistaken
formulas were read and called wrong where the oracle does (Heba's Eq. 2, Eq. 4, Eq. 5's first member and Step 7's
four updates; the notes' (delta^{(l+1)} . (W^{(l+1)})^T)). By kind of claim: values 22 of 25, gradients 10 of 14,
deltas 7 of 8, updates 1 of 1, entries of several claims 7 of 8. LaTeX against plain text: the 44 in LaTeX read 37
(84%), the 12 in plain text or code 10 (83%). By page: Heba 9 of 10, the summary 4 of 5, the Korean sheet 4 of 5,
the "Back Propagation" notes 5 of 5, the ANN README 5 of 5, the YZ50 note 4 of 6, the CS229 notes 5 of 6, the C#
comments 4 of 5, the cheat sheet 4 of 4, ArhamazizNoman 3 of 5.

The refusals by construct (7), with the exact message:

- 1, braces that cross a parenthesis, as TeX allows, \sigma({\sum{w_{i}x_{i}} + b)}: "formula '\\hat{y} =
  \\sigma({\\sum{w_{i}x_{i}} + b)}': expected '}' to close the group at ')' (position 39)" (b64-heba-neuron);
- 1, e the error beside Euler's e (left unnamed by the notation): "formula 'e = \\hat{y} - y = 0.3775 - 1.0 =
  -0.6225': unknown symbol e; the notation knows \hat{y}, b, w, x, y, z; give it a meaning in the notation's
  [notation.symbols], e.g. "e" = "a1[0]"" (b64-les-e);
- 1, a worked solution's \quad \checkmark after the chain: "formula '\\frac{\\partial L}{\\partial \\theta_1} =
  \\frac{\\partial L}{...': the command \checkmark is not part of a formula check can read at '\\checkmark' (position
  139); write arithmetic, \frac, \sum, \sigma, \log, \exp and the homework's symbols" (b64-kor-dL-dtheta1);
- 1, the sum over j as matrices, (W^{(L)})^T \cdot \text{diag}(\sigma'(z^{(L)})) \cdot \frac{\partial C_0}{\partial
  a^{(L)}}: "formula '\\frac{\\partial C_0}{\\partial a^{(L-1)}} = (W^{(L)})^T \\cd...': diag(sigmoid'(z^{L})) of a
  vector, a diagonal matrix: a Jacobian of an element-wise map is read as the vector of its diagonal; write that
  vector itself, \frac{\partial a}{\partial z} = f'(z), entry by entry" (b64-yz-multi-diag; the refusal the product
  chose);
- 1, the word "outer" for the outer product, with a bracketed vector's ^T and a matrix [[0, 0], [2.5, 5]]: "formula
  'dL/dW1 = dL/dz1 outer x = [0, 2.5]^T [1, 2] = [[0, 0], [2...': unknown symbol o; the notation knows W, a, x, y, z;
  give it a meaning in the notation's [notation.symbols], e.g. "o" = "a1[0]"" (b64-cs229-dW1);
- 1, a C# declaration's type before the name, double gradW1 = 2 * error * x1;: "formula 'double gradW1 = 2 * error *
  x1': unknown symbol d; the notation knows b, error, gradB, gradW, w, x, y; give it a meaning in the notation's
  [notation.symbols], e.g. "d" = "a1[0]"" (b64-cs-code);
- 1, the example index as a superscript on a parenthesis, (dZ^{[l]})^{(i)} inside \frac{1}{m} \sum_{i=1}^{m}:
  "formula 'db^{[l]} = \\frac{1}{m} \\sum_{i=1}^{m} (dZ^{[l]})^{(i)}': unknown symbol i; the notation knows A, W, X,
  Y, Z, \hat{Y}, b, dA; give it a meaning in the notation's [notation.symbols], e.g. "i" = "a1[0]"" (b64-arh-db).

The misreadings (2): b64-arh-dZ, dZ^{[l]} = dA^{[l]} \odot (g^{[l]})'(Z^{[l]}), called wrong where the page means the
hidden layers ("For l = L-1, L-2, \dots, 1:" above it; right at l = 1, the ReLU layer): judged at every layer the
rule names, the softmax output's elementwise derivative included; b64-yz-da, "... \qquad \text{burada }
\frac{\partial z^{(L)}}{\partial a^{(L-1)}} = w^{(L)}": the first claim judged right, the second, after the prose
word "burada" ("where") in \text{...}, not judged at all (one claim where the page has two).
The lead's correction after the first run: b64-arh-dZ's text holds no range (the page's "For l = ..." is
outside it), and a rule is judged at every value its letter takes (docs/formulas-in-documents.md): as given it is
wrong at l = 2 (the softmax's Jacobian is not diagonal), so its expected verdict is now wrong, with the oracle's twin
at l = 2; check's first verdict was right, and the first run's rate above counts it as a misread.

Read, among the constructs these pages brought: Heba's \tag{Eq. n}, log without a backslash, \partial{...} braced,
her nine-row split block and ". \\" rows between updates; the summary's bullet of prose with two $...$ claims and
its \approx chains of numbers (-1.2450 one unit off, right); \left[ \right], \boxed and \qquad on the Korean sheet;
\text{ReLU}', (W^{(2)})^T and \odot; sigma' typed with U+2019; the ascii block's [a, b] vectors and ReLU'(z1); C#
comments with numbers; \text{Softmax}(z_i), dZ_{\text{output}}, X^T \cdot dZ; Ng's rows with
g^{[l]} by layer and \quad \in \mathbb{R}^{m \times C}.

Which look general (would appear in much homework): \checkmark (or a trailing remark mark) ending a worked solution's
line; a typed language's declaration (double, float, int before the name: C, C++, Java, C# code); a rule whose range
of layers is stated in the line before it (For l = L-1, ..., 1); a second claim after a prose word in \text{...}
(where, with, hence, and in other languages); the word "outer" for an outer product, less so. Page-specific or
chosen: braces crossing a parenthesis (one author's typing), e for the error beside Euler's e (the notation left it
unnamed), (dZ^{[l]})^{(i)} (an example index on a parenthesis), diag(...) (refused by the product's design).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch64_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_HEBA = _STORED.format(1880476341, "title: Building your First Neural Network Part 1 - The Intro",
                       "Heba's blog post, 2022-01-31; its notebook link names HebaNAS/Personal-Blog")
_LESSON = _STORED.format(71632213656, "# Lesson 5: Summary and Assessment",
                         "a module summary on the perceptron and the logistic neuron")
_KOR = _STORED.format(53595183471, "# 기계학습 연습문제 2 — 선형 회귀, 이진 분류, 확률 밀도 함수 추정",
                      "a Korean machine-learning exercise sheet with its solutions")
_BPMD = _STORED.format(32561758536, "# Back Propagation", "Markdown notes on the algorithm with a 2-layer example")
_ANN = _STORED.format(44550890070, "# Artificial Neural Network (ANN)",
                      "a project README after 3Blue1Brown and Nielsen")
_YZ50 = _STORED.format(70352343518, "title: \"12 · Backpropagation Calculus\"",
                       "a Turkish study note on 3Blue1Brown's lesson")
_CS229 = _STORED.format(70541658601, "page_id: cs229-l08",
                        "lesson notes on CS229's lecture 8 with a worked toy network")
_CSHARP = _STORED.format(9748483711, "using Xunit;", "a C# test file of AiDotNet's meta-learning math, its comments")
_INDO = _STORED.format(55124558781, "# 🧮 Deep Learning Math Cheat Sheet", "an Indonesian cheat sheet")
_ARHAM = _STORED.format(39087411666, "# Neural Network from Scratch using only NumPy",
                        "a README that names ArhamazizNoman/Neural-network-from-scratch-using-only-NumPy-")

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JK22 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_JI33 = tuple({"j": j, "i": i} for j in range(3) for i in range(3))

# Heba's neuron: 21 inputs; the binary cross-entropy's dJ/dy_hat and the sigmoid's dy_hat/dz
_HSUM = " + ".join(f"W1[0,{i}]*x[{i}]" for i in range(21))
_HDJ = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"
_HE = "exp(-z1[0])"
# the notes' general network (sigmoid layers, two yes/no outputs): the output deltas
_GD = ("(a2[0] - y[0])", "(a2[1] - y[1])")
_GD1 = "(W2[0,{j}]*" + _GD[0] + " + W2[1,{j}]*" + _GD[1] + ")*a1[{j}]*(1 - a1[{j}])"
# the YZ50 multi-neuron network: 2(a_j - y_j) sigma'(z_j) for output j
_YZJ = "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_YZA = ("W2[0,{k}]*2*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{k}]*2*(a2[1] - y[1])*a2[1]*(1 - a2[1])")
# the CS229 toy's dL/dz1 (identity output, half squared error, ReLU hidden units)
_TZ1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
# ArhamazizNoman's dA^{[1]} into hidden unit {k} (softmax and cross-entropy above)
_ADA = "(W2[0,{k}]*(a2[0] - t[0]) + W2[1,{k}]*(a2[1] - t[1]) + W2[2,{k}]*(a2[2] - t[2]))"


def _bpmd_weight_rule() -> tuple:
    """The notes' dL/dW^{(l)} = delta^{(l)} (a^{(l-1)})^T at l = 1 and 2, every entry W{l}[j, k]."""
    rows = []
    for j in range(2):
        delta1 = _GD1.replace("{j}", str(j))
        rows += [{"p": f"W1[{j},{k}]", "rhs": f"{delta1}*x[{k}]"} for k in range(3)]
        rows += [{"p": f"W2[{j},{k}]", "rhs": f"{_GD[j]}*a1[{k}]"} for k in range(2)]
    return tuple(rows)


def _arham_forward() -> tuple:
    """Z^{[l]} = A^{[l-1]} W^{[l]} + b^{[l]} at l = 1 and 2, every unit j (W input-first on the page)."""
    rows = [{"l": 1, "j": j, "rhs": f"x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]"} for j in range(3)]
    rows += [{"l": 2, "j": j, "rhs": " + ".join(f"a1[{k}]*W2[{j},{k}]" for k in range(3)) + f" + b2[{j}]"}
             for j in range(3)]
    return tuple(rows)


def _arham_bias_rule() -> tuple:
    """db^{[l]} = dZ^{[l]} (one example) at l = 1 and 2."""
    rows = [{"p": f"b2[{j}]", "rhs": f"a2[{j}] - t[{j}]"} for j in range(3)]
    rows += [{"p": f"b1[{k}]", "rhs": _ADA.replace("{k}", str(k)) + f"*Heaviside(z1[{k}])"} for k in range(3)]
    return tuple(rows)


ENTRIES: list[Public] = [
    # ---- Heba's post (stored): $$ on lines of their own, \tag{Eq. n}, \sigma({\sum{...} + b)} with its braces
    # crossing the parentheses, log without a backslash, \partial{...} braced, align and split blocks, dw_1 and db;
    # y_hat written without its sigma, a sign lost in -(y/y_hat (1-y)/(1-y_hat)), -1/N sum ... + (...) with the
    # sign on the first term only, and updates without a learning rate ----------------------------------------------
    Public("b64-heba-neuron", _HEBA, "b64_heba", "b64_heba",
           "$$\n\\hat{y} = \\sigma({\\sum{w_{i}x_{i}} + b)} \\tag{Eq. 1}\n$$", ((C,),),
           (Twin("value", "a1[0]", (f"sigmoid({_HSUM} + b1[0])",)),), batch=64,
           why="the sum over the 21 features"),
    Public("b64-heba-linear", _HEBA, "b64_heba", "b64_heba",
           "$$\n\\hat{y} = w_{1}x_{1} + w_{2}x_{2} + w_{3}x_{3} + w_{4}x_{4} + w_{5}x_{5} + w_{6}x_{6} + b"
           " \\tag{Eq. 2}\n$$", ((W,),),
           (Twin("value", "a1[0]", (" + ".join(f"W1[0,{i}]*x[{i}]" for i in range(6)) + " + b1[0]",)),), batch=64,
           why="y_hat is sigma of the sum (Eq. 1); Eq. 2 writes the bare sum, and six of the 21 features"),
    Public("b64-heba-cost", _HEBA, "b64_heba", "b64_heba",
           "$$\nJ(y, \\hat{y}) = - \\frac{1}{N} \\sum_{i=1}^{N} y \\cdot log(\\hat{y}) + ((1-y) \\cdot log(1 - \\hat{y}))"
           "  \\tag{Eq. 4}\n$$", ((W,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),), batch=64,
           why="the sum takes the term up to the +: the minus reaches y log(y_hat) only, (1-y) log(1-y_hat) is added"),
    Public("b64-heba-dJ-dyhat", _HEBA, "b64_heba", "b64_heba",
           "$$\n\\frac{\\partial{J(y, \\hat{y})}}{\\partial{\\hat{y}}} = - (\\frac{y}{\\hat{y}} \\frac{1-y}{1-\\hat{y}})\n"
           + " " * 48 + "= \\frac{\\hat{y} - y}{\\hat{y}(1-\\hat{y})}  \\tag{Eq. 5}\n$$", ((W, C),),
           (Twin("value", _HDJ, ("-((y[0]/a1[0])*((1 - y[0])/(1 - a1[0])))", _HDJ)),), batch=64,
           why="dJ/dy_hat, a value; its first member lost the minus between y/y_hat and (1-y)/(1-y_hat) (a product)"),
    Public("b64-heba-dyhat-dz", _HEBA, "b64_heba", "b64_heba",
           "$$\n\n\\begin{align}\n\\begin{split}\n"
           "\\frac{\\partial{\\hat{y}}}{\\partial{z}} & = \\frac{\\partial{}}{\\partial{z}} \\left[ \\frac{1}{1 + e^{-z}}"
           " \\right] \\\\\n"
           " & = \\frac{\\partial{}}{\\partial{z}}(1 + e^{-z})^{-1} \\\\\n"
           " & = -(1 + e^{-z})^{-2}(-e^{-z}) \\\\\n"
           " & = \\frac{e^{-z}}{(1 + e^{-z})^{2}} \\\\\n"
           " & = \\frac{1}{(1 + e^{-z})} \\frac{e^{-z}}{(1 + e^{-z})} \\\\\n"
           " & = \\frac{1}{(1 + e^{-z})} \\frac{(1 + e^{-z}) - 1}{(1 + e^{-z})} \\\\\n"
           " & = \\frac{1}{(1 + e^{-z})} \\left( \\frac{1 + e^{-z}}{1 + e^{-z}} - \\frac{1}{1 + e^{-z}} \\right) \\\\\n"
           " & = \\frac{1}{(1 + e^{-z})} \\left(1 - \\frac{1}{1 + e^{-z}} \\right) \\\\\n"
           " & = \\hat{y}(1 - \\hat{y}) \\tag{Eq. 6}\n\\end{split}\n\\end{align}\n\n$$", ((C,) * 9,),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])", f"-(1 + {_HE})**(-2)*(-{_HE})", f"{_HE}/(1 + {_HE})**2",
                  f"(1/(1 + {_HE}))*({_HE}/(1 + {_HE}))", f"(1/(1 + {_HE}))*(((1 + {_HE}) - 1)/(1 + {_HE}))",
                  f"(1/(1 + {_HE}))*((1 + {_HE})/(1 + {_HE}) - 1/(1 + {_HE}))",
                  f"(1/(1 + {_HE}))*(1 - 1/(1 + {_HE}))", "a1[0]*(1 - a1[0])")),), batch=64,
           why="dy_hat/dz, a value; the first two members write d/dz of an expression, twinned as its derivative"),
    Public("b64-heba-dz-dw1", _HEBA, "b64_heba", "b64_heba",
           "$$\n\\frac{\\partial{z}}{\\partial{w_1}} = x_1 \\tag{Eq. 8}\n$$", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=64, why="dz/dw_1, a local derivative, a value"),
    Public("b64-heba-dw1", _HEBA, "b64_heba", "b64_heba",
           "$$\n\\begin{align}\ndw_1 &= \\frac{\\partial{J(y, \\hat{y})}}{\\partial{w_1}} \\\\\n"
           "&= \\frac{\\partial{J(y, \\hat{y})}}{\\partial{\\hat{y}}} \\cdot \\frac{\\partial{\\hat{y}}}{\\partial{z}} \\cdot"
           " \\frac{\\partial{z}}{\\partial{w_1}} \\\\\n"
           "&= \\frac{\\hat{y} - y}{\\hat{y}(1 - \\hat{y})} \\cdot \\hat{y}(1 - \\hat{y}) \\cdot x_1 \\\\\n"
           "&= x_1 \\cdot (\\hat{y} - y) \\tag{Eq. 12}\n\\end{align}\n$$", ((C, C, C, C),),
           (Twin("gradient", "W1[0,0]", ("grad", f"({_HDJ})*(a1[0]*(1 - a1[0]))*x[0]",
                                         f"({_HDJ})*(a1[0]*(1 - a1[0]))*x[0]", "x[0]*(a1[0] - y[0])")),), batch=64,
           why="dw_1 names dJ/dw_1 (N = 1 sample)"),
    Public("b64-heba-db", _HEBA, "b64_heba", "b64_heba",
           "$$\n\\begin{align}\ndb &= \\frac{\\partial{J(y, \\hat{y})}}{\\partial{b}} \\\\\n"
           "&= \\frac{\\partial{J(y, \\hat{y})}}{\\partial{\\hat{y}}} \\cdot \\frac{\\partial{\\hat{y}}}{\\partial{z}} \\cdot"
           " \\frac{\\partial{z}}{\\partial{b}} \\\\\n"
           "&= \\frac{\\hat{y} - y}{\\hat{y}(1 - \\hat{y})} \\cdot \\hat{y}(1 - \\hat{y}) \\cdot 1 \\\\\n"
           "&= \\hat{y} - y \\tag{Eq. 13}\n\\end{align}\n$$", ((C, C, C, C),),
           (Twin("gradient", "b1[0]", ("grad", f"({_HDJ})*(a1[0]*(1 - a1[0]))*1", f"({_HDJ})*(a1[0]*(1 - a1[0]))*1",
                                       "a1[0] - y[0]")),), batch=64),
    Public("b64-heba-updates", _HEBA, "b64_heba", "b64_heba",
           "$$\nw_1 = w_1 - dw_1 \\\\\nw_2 = w_2 - dw_2 \\\\\n. \\\\\n. \\\\\n. \\\\\nw_{21} = w_{21} - dw_{21} \\\\\n"
           "b = b - db\n$$", ((W,), (W,), (W,), (W,)),
           (Twin("update", "W1[0,0]", ("W1[0,0] - grad",)), Twin("update", "W1[0,1]", ("W1[0,1] - grad",)),
            Twin("update", "W1[0,20]", ("W1[0,20] - grad",)), Twin("update", "b1[0]", ("b1[0] - grad",))),
           batch=64, why="Step 7 steps by the whole gradient; the page: \"There should be a term added to the gradient "
                         "called learning rate\" (its code's 0.1): each update leaves eta out"),
    Public("b64-heba-code-dZ", _HEBA, "b64_heba", "b64_heba", "dZ = y_hat - y", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=64, why="the code block's line under \"# Calculate dz\""),
    # ---- the module summary (stored): a bullet of prose with two $...$ claims, \nabla_w \mathcal{L}; Problem 3's
    # numbers in $$ blocks indented under a numbered list, \approx, e for the error beside e^{0.5} ----------------
    Public("b64-les-bullet", _LESSON, "b64_lesson", "b64_lesson",
           "- An exact **derivative cancellation** occurs between the sigmoid derivative $\\sigma'(z) = \\hat{y}(1 -"
           " \\hat{y})$ and the BCE loss derivative, yielding the clean gradient $\\nabla_w \\mathcal{L} = (\\hat{y} -"
           " y)x$.", ((C,), (C,)),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),
            Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2)), batch=64),
    Public("b64-les-z", _LESSON, "b64_lesson", "b64_lesson",
           "   $$z = w^T x + b = (0.2)(1.0) + (-0.4)(2.0) + 0.1 = 0.2 - 0.8 + 0.1 = -0.5$$", ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]", "=(0.2)*(1.0) + (-0.4)*(2.0) + 0.1",
                                    "=0.2 - 0.8 + 0.1", "=-0.5")),), batch=64),
    Public("b64-les-yhat", _LESSON, "b64_lesson", "b64_lesson",
           "   $$\\hat{y} = \\sigma(-0.5) = \\frac{1}{1 + e^{-(-0.5)}} = \\frac{1}{1 + e^{0.5}} \\approx \\frac{1}{1 +"
           " 1.6487} = \\frac{1}{2.6487} \\approx 0.3775$$", ((C, C, C, C, C, C),),
           (Twin("value", "a1[0]", ("=1/(1 + np.exp(0.5))", "=1/(1 + np.exp(-(-0.5)))", "=1/(1 + np.exp(0.5))",
                                    "=1/(1 + 1.6487)", "=1/2.6487", "=0.3775")),), batch=64,
           why="sigma(-0.5) = 0.377541"),
    Public("b64-les-e", _LESSON, "b64_lesson", "b64_lesson", "   $$e = \\hat{y} - y = 0.3775 - 1.0 = -0.6225$$",
           ((C, C, C),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.3775 - 1.0", "=-0.6225")),), batch=64,
           why="e the prediction error, defined by this line (Euler's e on the line before)"),
    Public("b64-les-dw2", _LESSON, "b64_lesson", "b64_lesson",
           "   $$\\frac{\\partial \\mathcal{L}}{\\partial w_2} = (-0.6225)(2.0) = -1.2450$$", ((C, C),),
           (Twin("gradient", "W1[0,1]", ("=(-0.6225)*(2.0)", "=-1.2450")),), batch=64,
           why="the true -1.244918 rounds to -1.2449: -1.2450 is one unit off its last digit, which the spec allows"),
    # ---- the Korean exercise sheet (stored): \left[ \right], \log without parentheses, \quad \checkmark, two
    # claims joined by \qquad, sums over the N samples, \boxed ---------------------------------------------------------
    Public("b64-kor-loss", _KOR, "b64_kor", "b64_kor",
           "$$L = -\\left[y\\log\\hat{y} + (1-y)\\log(1-\\hat{y})\\right]$$", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=64),
    Public("b64-kor-dL-dz", _KOR, "b64_kor", "b64_kor",
           "$$\\frac{\\partial L}{\\partial z} = -\\left[y(1-\\sigma(z)) - (1-y)\\sigma(z)\\right] = -(y - \\sigma(z)) ="
           " \\sigma(z) - y = \\hat{y} - y$$", ((C, C, C, C),),
           (Twin("gradient_z", "z1[0]", ("-(y[0]*(1 - sigmoid(z1[0])) - (1 - y[0])*sigmoid(z1[0]))",
                                         "-(y[0] - sigmoid(z1[0]))", "sigmoid(z1[0]) - y[0]", "a1[0] - y[0]")),),
           batch=64),
    Public("b64-kor-dL-dtheta1", _KOR, "b64_kor", "b64_kor",
           "$$\\frac{\\partial L}{\\partial \\theta_1} = \\frac{\\partial L}{\\partial z} \\cdot \\frac{\\partial z}"
           "{\\partial \\theta_1} = (\\hat{y} - y) \\cdot x \\quad \\checkmark$$", ((C, C),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]", "(a1[0] - y[0])*x[0]")),), batch=64),
    Public("b64-kor-dJ", _KOR, "b64_kor", "b64_kor",
           "$$\\frac{\\partial J}{\\partial \\theta_1} = \\frac{1}{N}\\sum_{i=1}^{N} x_i(\\hat{y}_i - y_i), \\qquad"
           " \\frac{\\partial J}{\\partial \\theta_0} = \\frac{1}{N}\\sum_{i=1}^{N} (\\hat{y}_i - y_i)$$", ((C,), (C,)),
           (Twin("gradient", "W1[0,0]", ("x[0]*(a1[0] - y[0])",)), Twin("gradient", "b1[0]", ("a1[0] - y[0]",))),
           batch=64, why="the mean over the N samples, one here"),
    Public("b64-kor-J-numbers", _KOR, "b64_kor", "b64_kor",
           "$$J = -\\frac{1}{4} \\cdot 4 \\cdot \\log(0.5) = -\\log(0.5) = \\log 2 \\approx \\boxed{0.693}$$",
           ((C, C, C, C),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("=-1/4*4*np.log(0.5)", "=-np.log(0.5)", "=np.log(2)", "=0.693")),), batch=64,
           why="at theta_0 = theta_1 = 0 every y_hat is 0.5: each sample's loss, and their mean over four, is log 2"),
    # ---- the "Back Propagation" notes (stored): $$ on lines of their own, (W^{(2)})^T, \odot, \text{ReLU}', two
    # claims joined by "\quad"; the general hidden delta written (delta^{(l+1)} . (W^{(l+1)})^T), rows for columns ----
    Public("b64-bpmd-delta1", _BPMD, "b64_bpmd", "b64_bpmd",
           "$$\n\\delta^{(1)} = (W^{(2)})^T \\delta^{(2)} \\odot \\text{ReLU}'(z^{(1)})\n$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])",), _J2),), batch=64),
    Public("b64-bpmd-grads2", _BPMD, "b64_bpmd", "b64_bpmd",
           "$$\n\\frac{\\partial L}{\\partial W^{(2)}} = \\delta^{(2)} (a^{(1)})^T, \\quad \\frac{\\partial L}{\\partial"
           " b^{(2)}} = \\delta^{(2)}\n$$", ((C,), (C,)),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]",), _K2),
            Twin("gradient", "b2[0]", ("a2[0] - y[0]",))), batch=64),
    Public("b64-bpmd-step1", _BPMD, "b64_bpmd_gen", "b64_bpmd_gen",
           "$$\n\\delta^{(L)} = \\frac{\\partial L}{\\partial z^{(L)}} = \\frac{\\partial L}{\\partial a^{(L)}} \\odot"
           " \\sigma'(z^{(L)})\n$$", ((C, C),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])",
                                           "((a2[{j}] - y[{j}])/(a2[{j}]*(1 - a2[{j}])))*a2[{j}]*(1 - a2[{j}])"), _J2),),
           batch=64, why="the general algorithm, judged on a network of two sigmoid layers (L = 2)"),
    Public("b64-bpmd-step2", _BPMD, "b64_bpmd_gen", "b64_bpmd_gen",
           "$$\n\\delta^{(l)} = (\\delta^{(l+1)} \\cdot (W^{(l+1)})^T) \\odot \\sigma'(z^{(l)})\n$$", ((W,),),
           (Twin("gradient_z", "z1[{j}]",
                 ("(W2[{j},0]*" + _GD[0] + " + W2[{j},1]*" + _GD[1] + ")*a1[{j}]*(1 - a1[{j}])",), _J2),),
           batch=64, why="l = L-1 = 1: delta^{(2)} (W^{(2)})^T, delta a row, is (W^{(2)} delta^{(2)})^T, entry j "
                         "sum_k W2[j,k] delta_k; the hidden delta is (W^{(2)})^T delta^{(2)}, sum_k W2[k,j] delta_k (as "
                         "columns, delta^{(2)} . (W^{(2)})^T does not conform)"),
    Public("b64-bpmd-step3", _BPMD, "b64_bpmd_gen", "b64_bpmd_gen",
           "$$\n\\frac{\\partial L}{\\partial W^{(l)}} = \\delta^{(l)} (a^{(l-1)})^T\n$$", ((C,),),
           (Twin("gradient", "{p}", ("{rhs}",), _bpmd_weight_rule()),), batch=64, why="a^{(0)} the input x"),
    # ---- the ANN README (stored): 3Blue1Brown's w^{(L)}, a^{(L-1)}, C_0; sigma' written with a right quote (U+2019);
    # a bullet of prose with two $...$ definitions -------------------------------------------------------------------
    Public("b64-ann-activation", _ANN, "b64_ann", "b64_ann",
           "$$a^{(L)} = \\sigma(z^{(L)}) = \\sigma(w^{(L)}a^{(L-1)}+b^{(L)})$$", ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "sigmoid(W2[0,0]*a1[0] + b2[0])")),), batch=64),
    Public("b64-ann-chain", _ANN, "b64_ann", "b64_ann",
           "$$\\frac{\\partial C_0}{\\partial w^{(L)}} = \\frac{\\partial C_0}{\\partial a^{(L)}} \\frac{\\partial"
           " a^{(L)}}{\\partial z^{(L)}}  \\frac{\\partial z^{(L)}}{\\partial w^{(L)}}$$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=64),
    Public("b64-ann-da-dz", _ANN, "b64_ann", "b64_ann",
           "$$\\frac{\\partial a^{(L)}}{\\partial z^{(L)}} =\\sigma’(z^{(L)})$$", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=64,
           why="da/dz, a value; sigma' typed with U+2019"),
    Public("b64-ann-grad", _ANN, "b64_ann", "b64_ann",
           "$$\\frac{\\partial C_0}{\\partial w^{(L)}} =2(a^{(L)}-y) \\sigma’(z^{(L)}) a^{(L-1)}$$", ((C,),),
           (Twin("gradient", "W2[0,0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=64),
    Public("b64-ann-transfer", _ANN, "b64_ann", "b64_ann",
           "* Transfer function. In general, a nonlinear transfer function is needed to bound the output. We experiment"
           " with both sigmoid function $\\sigma(z)=\\frac{1}{1+e^{-z}}$, and hyperbolic tangent tanh function"
           " $\\tanh(z)=\\frac{e^{z}-e^{-z}}{e^{z}+e^{-z}}$.", ((C,), (C,)),
           (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(-z2[0]))",)),
            Twin("value", "tanh(z2[0])", ("(exp(z2[0]) - exp(-z2[0]))/(exp(z2[0]) + exp(-z2[0]))",))), batch=64,
           why="two definitions, z the last layer's sum (the notation's)"),
    # ---- the YZ50 note (stored): 3Blue1Brown's chain in Turkish prose, three claims joined by \qquad, \text{burada }
    # before a second claim, sums over j and k, (W^{(L)})^T \cdot \text{diag}(...) -----------------------------------
    Public("b64-yz-three", _YZ50, "b64_yz50", "b64_yz50",
           "$$\\frac{\\partial z^{(L)}}{\\partial w^{(L)}} = a^{(L-1)} \\qquad \\frac{\\partial a^{(L)}}{\\partial"
           " z^{(L)}} = \\sigma'(z^{(L)}) \\qquad \\frac{\\partial C_0}{\\partial a^{(L)}} = 2(a^{(L)}-y)$$",
           ((C,), (C,), (C,)),
           (Twin("value", "a2[0]", ("a2[0]",)), Twin("value", "a3[0]*(1 - a3[0])", ("a3[0]*(1 - a3[0])",)),
            Twin("value", "2*(a3[0] - y[0])", ("2*(a3[0] - y[0])",))), batch=64,
           why="three local derivatives, values"),
    Public("b64-yz-grad", _YZ50, "b64_yz50", "b64_yz50",
           "$$\\frac{\\partial C_0}{\\partial w^{(L)}} = a^{(L-1)} \\cdot \\sigma'(z^{(L)}) \\cdot 2(a^{(L)}-y)$$",
           ((C,),), (Twin("gradient", "W3[0,0]", ("a2[0]*a3[0]*(1 - a3[0])*2*(a3[0] - y[0])",)),), batch=64),
    Public("b64-yz-da", _YZ50, "b64_yz50", "b64_yz50",
           "$$\\frac{\\partial C_0}{\\partial a^{(L-1)}} = \\frac{\\partial z^{(L)}}{\\partial a^{(L-1)}} \\cdot"
           " \\frac{\\partial a^{(L)}}{\\partial z^{(L)}} \\cdot \\frac{\\partial C_0}{\\partial a^{(L)}} \\qquad"
           " \\text{burada } \\frac{\\partial z^{(L)}}{\\partial a^{(L-1)}} = w^{(L)}$$", ((C,), (C,)),
           (Twin("value", "W3[0,0]*a3[0]*(1 - a3[0])*2*(a3[0] - y[0])",
                 ("W3[0,0]*a3[0]*(1 - a3[0])*2*(a3[0] - y[0])",)),
            Twin("value", "W3[0,0]", ("W3[0,0]",))), batch=64,
           why="dC_0/da^{(L-1)} and dz/da, values; \"burada\" is \"where\""),
    Public("b64-yz-multi-forward", _YZ50, "b64_yz50_multi", "b64_yz50_multi",
           "$$z_j^{(L)} = \\sum_k w_{jk}^{(L)} a_k^{(L-1)} + b_j^{(L)} \\qquad C_0 = \\sum_j (a_j^{(L)} - y_j)^2$$",
           ((C,), (C,)),
           (Twin("value", "z2[{j}]", ("W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}]",), _J2),
            Twin("value", "(a2[0] - y[0])**2 + (a2[1] - y[1])**2", ("(a2[0] - y[0])**2 + (a2[1] - y[1])**2",))),
           batch=64),
    Public("b64-yz-multi-da", _YZ50, "b64_yz50_multi", "b64_yz50_multi",
           "$$\\frac{\\partial C_0}{\\partial a_k^{(L-1)}} = \\sum_j w_{jk}^{(L)} \\cdot \\sigma'(z_j^{(L)}) \\cdot"
           " 2(a_j^{(L)}-y_j)$$", ((C,),), (Twin("value", _YZA, (_YZA,), _K2),), batch=64,
           why="dC_0/da_k^{(L-1)}, a value"),
    Public("b64-yz-multi-diag", _YZ50, "b64_yz50_multi", "b64_yz50_multi",
           "$$\\frac{\\partial C_0}{\\partial a^{(L-1)}} = (W^{(L)})^T \\cdot \\text{diag}(\\sigma'(z^{(L)})) \\cdot"
           " \\frac{\\partial C_0}{\\partial a^{(L)}}$$", ((C,),), (Twin("value", _YZA, (_YZA,), _K2),), batch=64,
           why="the sum over j as matrices: diag(sigma'(z)) the activation's Jacobian"),
    # ---- the CS229 lecture-8 notes (stored): an ``` ascii block indented by two spaces, plain-text names, vectors
    # written [a, b] and a matrix [[a, b], [c, d]], ReLU'(z1), "outer", ^T on a bracketed vector ------------------
    Public("b64-cs229-z1", _CS229, "b64_cs229", "b64_cs229",
           "  z1 = W1 x = [1*1 + (-1)*2,  0.5*1 + 0.5*2] = [-1, 1.5]", ((C, C, C),),
           (Twin("value", "(W1 @ x)[{j}]", ("(W1 @ x)[{j}]", "=np.array([1*1 + (-1)*2, 0.5*1 + 0.5*2])",
                                            "=np.array([-1, 1.5])"), _J2),), batch=64),
    Public("b64-cs229-yhat", _CS229, "b64_cs229", "b64_cs229", "  y_hat = W2 a1 = 2*0 + (-1)*1.5 = -1.5",
           ((C, C, C),), (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=2*0 + (-1)*1.5", "=-1.5")),),
           batch=64),
    Public("b64-cs229-loss", _CS229, "b64_cs229", "b64_cs229", "  L = (1/2)(y_hat - y)^2 = 0.5 * (-2.5)^2 = 3.125",
           ((C, C, C),), (Twin("value", "(a2[0] - y[0])**2/2", ("(1/2)*(a2[0] - y[0])**2", "=0.5*(-2.5)**2",
                                                                "=3.125")),), batch=64),
    Public("b64-cs229-dW2", _CS229, "b64_cs229", "b64_cs229",
           "  dL/dW2 = dL/dy_hat * a1 = -2.5 * [0, 1.5] = [0, -3.75]", ((C, C, C),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]", "=-2.5*np.array([0, 1.5])",
                                           "=np.array([0, -3.75])"), _K2),), batch=64),
    Public("b64-cs229-dz1", _CS229, "b64_cs229", "b64_cs229",
           "  dL/dz1 = dL/da1 * ReLU'(z1) = [-5 * 0, 2.5 * 1] = [0, 2.5]", ((C, C, C),),
           (Twin("value", "(W2*(a2 - y)*Heaviside(z1)).ravel()[{j}]",
                 ("(W2*(a2 - y)*Heaviside(z1)).ravel()[{j}]", "=np.array([-5*0, 2.5*1])", "=np.array([0, 2.5])"),
                 _J2),), batch=64, why="dL/dz1, twinned as a value so that its numbers are judged as one vector"),
    Public("b64-cs229-dW1", _CS229, "b64_cs229", "b64_cs229",
           "  dL/dW1 = dL/dz1 outer x = [0, 2.5]^T [1, 2] = [[0, 0], [2.5, 5]]", ((C, C, C),),
           (Twin("gradient", "W1[{j},{k}]", (_TZ1 + "*x[{k}]", "=np.outer([0, 2.5], [1, 2])",
                                             "=np.array([[0, 0], [2.5, 5]])"), _JK22),), batch=64),
    # ---- the C# test (stored): "// " comment lines indented in a method, plain text with _i and _true/_pred names,
    # numbers; a C# statement with its declared type -------------------------------------------------------------
    Public("b64-cs-dw-i", _CSHARP, "b64_csharp", "b64_csharp", "        // dL/dw_i = 2*(y_pred - y_true) * x_i",
           ((C,),), (Twin("gradient", "W1[0,{i}]", ("2*(a1[0] - y[0])*x[{i}]",), _I2),), batch=64),
    Public("b64-cs-ypred", _CSHARP, "b64_csharp", "b64_csharp",
           "        // y_pred = 0.5*2 + 1.0*3 + 0.1 = 1 + 3 + 0.1 = 4.1", ((C, C, C),),
           (Twin("value", "a1[0]", ("=0.5*2 + 1.0*3 + 0.1", "=1 + 3 + 0.1", "=4.1")),), batch=64),
    Public("b64-cs-error", _CSHARP, "b64_csharp", "b64_csharp", "        // error = 4.1 - 4.0 = 0.1", ((C, C),),
           (Twin("value", "a1[0] - y[0]", ("=4.1 - 4.0", "=0.1")),), batch=64),
    Public("b64-cs-loss", _CSHARP, "b64_csharp", "b64_csharp", "        // Loss = (y_pred - y_true)^2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=64),
    Public("b64-cs-code", _CSHARP, "b64_csharp", "b64_csharp", "        double gradW1 = 2 * error * x1;", ((C,),),
           (Twin("gradient", "W1[0,0]", ("2*(a1[0] - y[0])*x[0]",)),), batch=64),
    # ---- the Indonesian cheat sheet (stored): \text{Softmax}(z_i), a script \text{output}, rows X . W, \alpha ----
    Public("b64-indo-softmax", _INDO, "b64_indo", "b64_indo",
           "$$\\text{Softmax}(z_i) = \\frac{e^{z_i}}{\\sum_{j} e^{z_j}}$$", ((C,),),
           (Twin("value", "a1[{i}]", ("exp(z1[{i}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _I3),), batch=64,
           why="the softmax's output i"),
    Public("b64-indo-dZ", _INDO, "b64_indo", "b64_indo", "$$dZ_{\\text{output}} = \\hat{y} - y$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=64),
    Public("b64-indo-dW", _INDO, "b64_indo", "b64_indo", "$$dW = X^T \\cdot dZ$$", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*(a1[{j}] - t[{j}])",), _JI33),), batch=64,
           why="X a row, X^T . dZ the input-first matrix of dW"),
    Public("b64-indo-update", _INDO, "b64_indo", "b64_indo", "$$W = W - \\alpha \\cdot dW$$", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI33),), batch=64),
    # ---- ArhamazizNoman's README (stored): Ng's [l] in rows, A^{[l-1]} W^{[l]}, g^{[l]} by layer, \quad \in
    # \mathbb{R}^{m \times C} after a claim, (g^{[l]})', (dZ^{[l]})^{(i)} and \text{(...)} remarks ----------------
    Public("b64-arh-forward", _ARHAM, "b64_arham", "b64_arham", "$$\nZ^{[l]} = A^{[l-1]} W^{[l]} + b^{[l]}\n$$",
           ((C,),), (Twin("value", "z{l}[{j}]", ("{rhs}",), _arham_forward()),), batch=64),
    Public("b64-arh-dZL", _ARHAM, "b64_arham", "b64_arham",
           "$$\ndZ^{[L]} = \\hat{Y} - Y \\quad \\in \\mathbb{R}^{m \\times C}\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - t[{j}]",), _J3),), batch=64,
           why="the shape remark after \\quad is no claim"),
    Public("b64-arh-dA", _ARHAM, "b64_arham", "b64_arham", "$$\ndA^{[l]} = dZ^{[l+1]} (W^{[l+1]})^T\n$$", ((C,),),
           (Twin("value", _ADA, (_ADA,), _K3),), batch=64,
           why="l = L-1 = 1 (\"For l = L-1, ..., 1\"): dA^{[1]} = dL/dA^{[1]}, a value"),
    Public("b64-arh-dZ", _ARHAM, "b64_arham", "b64_arham",
           "$$\ndZ^{[l]} = dA^{[l]} \\odot (g^{[l]})'(Z^{[l]})\n$$", ((W,),),
           (Twin("gradient_z", "z2[{k}]", ("(-t[{k}]/a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K3),), batch=64,
           why="the page's prose (not in the text) limits it to l = 1, the ReLU layer; as written the rule holds for"
               " every l and is wrong at l = 2, the softmax (its Jacobian is not diagonal: dA2 times the diagonal"
               " a2(1 - a2) is -t(1 - a2), not a2 - t): the lead's correction after the first run, which called it"
               " wrong (recorded as a misread)"),
    Public("b64-arh-db", _ARHAM, "b64_arham", "b64_arham",
           "$$\ndb^{[l]} = \\frac{1}{m} \\sum_{i=1}^{m} (dZ^{[l]})^{(i)} \\quad \\text{(sum over batch dimension)}\n$$",
           ((C,),), (Twin("gradient", "{p}", ("{rhs}",), _arham_bias_rule()),), batch=64,
           why="(dZ^{[l]})^{(i)} the example i's column, m = 1"),
]
