r"""Batch 113 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 15 addresses no earlier batch used (the pages corpus and the issues corpus, with the emphasis on
English and Chinese teaching material and threads where people post and correct their derivations and code; no
repository's notebook): five pages, Chinese notes on a two-layer MLP at liu-gong-zi.com (an Obsidian-style page:
**公式:** labels before $...$, align blocks whose row break lost a backslash, the page's numbers), the Chinese
translation of Victor Zhou's introduction at flashgene.com (Python lines, a # comment defining f(x) with * for +),
a Traditional Chinese Blogger post at codacat.blogspot.com (Z = a * W' with MATLAB's transpose, sigmoid( Z )), the
Stack Overflow question "XOR gate with backpropagation" (a script with X[i][0], w0[0,0], self.sig and # comments)
and a Taiwanese post on a network's derivatives at 796t.com (\( ... \) with \mathbf, \mathcal{L}, \;\;); and ten
GitHub threads: lazyprogrammer's facial-expression-recognition issue #2 (ann.py's lines in `...`), oreilly-japan's
deep-learning-from-scratch pull request #9 (Japanese; two_layer_net.py's lines with their indentation),
nicodjimenez's lstm issue #41 (tanh's derivative in comments), davidrmiller's neural2d issue #40 (C++ one-line
functions, pMyLayer->tf(sum) and a // comment), mnielsen's neural-networks-and-deep-learning issue #45 and
MichalDanielDobrzanski's DeepLearningPython issue #17 (Nielsen's network.py and network2.py lines, a commenter's
suggestion), SkalskiP's ILearnDeepLearning.py issue #29 (bulleted lines with and without / m), Kulbear's
deep-learning-coursera issue #8 (the course's linear_backward with cache[0] and cache[1]), dwhitena's gophernet
issue #6 (a statement in ```...``` inside a sentence) and jorgenkg's python-neural-network issue #2 (a := definition
with ∂ quotients in `...`). Copied verbatim, typos and mistakes included (the pages as the search's text gives them:
where a page's code lost its indentation, as on flashgene.com and Stack Overflow, it is copied without), each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: the pages' names as written, z_j^{(1)} counted from 1, rows as transposes ("x[:].T",
"a1[:].T"), input-first weights as transposed matrices ("W1[:, :].T"), the w0[i, j] of the XOR script from input i
to hidden j, code names with dots, brackets or calls ("self.h1.feedforward(x)", "zs[-1]", "cache[0]"),
functions declared by the page's own helpers ("sigmoid' at input" for Saito's sigmoid_grad and Nielsen's
sigmoid_prime, "sigmoid' at output" for jorgenkg's activation_prime), the count of examples m = 1), a network of
the kind the page describes (with the page's numbers where it gives them: the MLP notes' W1 = [[0.2, -0.5, 0.1],
[-0.3, 0.4, 0.2]], b1 = [0.3, -0.1], W2 = [[0.5, 0.2]], b2 = 0.1, x = (2, 3, -1), y = 1; Zhou's weights [0, 1]
and biases 0, x = [2, 3]; the XOR script's w0 = [[.9, .1], [.3, .5]], w1 = [.8, .7] and its first row [1, 1], y =
0; all in tests/public_formulas_batch113_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by an output (dey0,
dA_prev, Saito's da1) or a function's derivative ([tanh(x)]', transferFunctionDerivativeTanh) is twinned as a
value, as in batches 14 to 112; so is a forward value and a function's definition (judged at a sum). Formulas keep
their page's delimiters and what surrounds them on their line (a bold label, a list's bullet, a code line's
indentation, a # or // comment, backticks, a trailing space); words of a sentence around a formula are left out,
and the entry's why says so.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 113

The batch: 46 formulas from 15 addresses (the MLP notes 6, Zhou's translation 3, codacat's post 2, the Stack
Overflow question 8, the 796t.com post 2; the threads: lazyprogrammer 2, oreilly-japan 4, lstm 2, neural2d 3,
mnielsen 2, MichalDanielDobrzanski 3, SkalskiP 4, Kulbear 3, gophernet 1, jorgenkg 1). 8 are LaTeX (the MLP
notes' 6 $...$ lines, 796t.com's 2 \( ... \)), 5 plain-text math (codacat's 2 lines, the lstm comments' 2 [tanh(x)]'
chains, jorgenkg's := definition in `...`), 33 code lines (Python 30: 3 of them in `...` or ```...``` inside
prose, one a # comment defining f(x); C++ 3).

4 are mistaken somewhere (the oracle finds at least one member wrong), and 1 is mistyped:

- Zhou's translation's b113-fg-f, # our activation function: f(x) = 1 / (1 * e^(-x)): 1 * e^(-x) for 1 + e^(-x)
  (the post it translates writes +), which is e^x, not the sigmoid it defines;
- the Stack Overflow question's b113-so-w100 and b113-so-w110, deW1_00 = dey0 * h0 and deW1_10 = dey0 * h1: the
  output's slope y0 * (1 - y0) left out of the output weights' gradients (the hidden weights' lines above have it;
  the question asks why the network does not learn);
- MichalDanielDobrzanski's issue's b113-md-sugg, delta = self.cost_derivative(activations[-1], y) *
  sigmoid_prime(zs[-1]): a commenter's "it should be" for network2.py, whose cost is the cross-entropy: its delta is
  a - y, the quadratic cost's slope factor does not belong (the maintainers' replies say network2.py's
  cost.delta is meant);
- mistyped (unreadable): the lstm issue's b113-nl-tan, [tanh(x)]' = [sin(x)/cos(x)]' = ... = 1 + tanx(x)^2, tanx
  for tan (unreadable="tanx"), in a chain that differentiates tan, not tanh (its members are wrong too).

Not mistaken, though they look it: lazyprogrammer's dZ = pY_T.dot(self.W2.T) * (1 - Z*Z) (tanh's slope written of
its output Z, the asker's doubt unfounded); Saito's da1 = np.dot(dy, W2.T) and dz1 = sigmoid_grad(a1) * da1 (the
names swapped, as the pull request says: a1 are the sums, so sigmoid_grad(a1) is the slope at its argument);
neural2d's transferFunctionDerivativeTanh (right as a function of the sum; the issue's point is that the code
calls it with the output); SkalskiP's and Kulbear's / m (one example, m = 1: with and without it the same);
Nielsen's network.py delta with sigmoid_prime (its cost is the quadratic one) and network2.py's (self.cost).delta
(the cross-entropy's a - y).

What was left out: the MLP notes' matrix lines (**矩阵计算:** ... \begin{bmatrix} 0.2 & -0.5 & 0.1 \ -0.3 & 0.4 &
0.2 \end{bmatrix} ..., the activation's \begin{bmatrix} 0.289 \ 0.574 \end{bmatrix}: matrices whose row breaks lost a
backslash, a row and a column no longer told apart), its parameter lists and the part of the page the search's text
does not give (its loss and backward pass); Zhou's translation's return lines (no left side), weights = np.array([0,
1]) # w1 = 0, w2 = 1 (parameters' values), out_h2 = ... and out_o1 = self.o1.feedforward(np.array([out_h1, out_h2]))
(the same rule, and a call on an array literal), mse_loss's return line; codacat's prose ("(y - a)", "a * (1-a)"
in sentences without a left side); the Stack Overflow script's deW0_10, deW0_11 (the same rule at other indices,
the page's eight), its w0[0,0] = self.gradient(w0[0,0], deW0_00) updates (a helper the page does not show) and
its second forward pass (the same lines); lazyprogrammer's (1 - np.arctanh(Z)*np.arctanh(Z)) (a sentence's
fragment, no left side); the lstm issue's title "1. + values**2" (no left side); neural2d's "1.0f -
tanh(tanh(x)) * tanh(tanh(x))" and "1.0f - x * x" (quoted in a sentence, no left side); MichalDanielDobrzanski's
quote of network2.py's delta line (the same line as mnielsen's, once is enough); Kulbear's thread's other
comments (shapes, no formula); 796t.com's Jacobian and element-wise sections (matrices of a generic f, not the
network's); jorgenkg's `0.5 * SUM(target_j - output_j)^2` and `-(target - output)` (no left side). Pages looked at
and not taken: m.weizhi.cc's Chinese post (the same script as bcxiaobai.eu.org's, batch 29's), the tinytsunami.info
post (no formula in the part the search's text gives), the whosebug.com and discuss.educative.io threads and
several GitHub threads (earlier batches used them), fengdu78's deeplearning_ai_books issue #21 (𝑑𝑤[𝑙]=𝑑𝑧[𝑙]⋅𝑎[𝑙−1]
in mathematical italic letters, whose missing transpose no single-output network can tell wrong) and hunkim's
DeepLearningZeroToAll issue #173 (what its d_l1 is depends on a file the thread does not show).

Collected on 2026-12-06 (19:00 to 19:07 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation, from a file as blind_batch.py gives it) before the run,
without judging a formula: all 16 pairs loaded at once. The oracle's first run passed with every verdict as first
transcribed; the keys were prefixed b113- before the commit, earlier batches holding some of them (7t-z, cc-z,
fg-f, ...).

Run blind at main 862002f (/work/READY_FOR_BLIND45; src/ as at 862002f, main's last change to it; the rebase
without conflict), with nothing under src/ changed. The first run (/work/batch113_blind.txt): 38 of 46 read with
every verdict right (83%), 7 refused, 1 typo refused (not at its typo), no typo read, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts from the wrong number,
none names a quantity the page does not mean; neural2d's pMyLayer->tf is declared among the functions, where a
function belongs, and the reader asks for it among the symbols), so the batch was run once.

3 of the 4 mistaken formulas were read, each with its wrong member called wrong (b113-fg-f's 1 / (1 * e^(-x)),
b113-so-w100's and b113-so-w110's dey0 * h0 and dey0 * h1); the fourth, b113-md-sugg, was refused (the course
helper below). By page: the MLP notes 6 of 6, Zhou's translation 3 of 3, codacat's post 2 of 2, the Stack Overflow
question 8 of 8, the 796t.com post 1 of 2; the threads: lazyprogrammer 2 of 2, oreilly-japan 4 of 4, the lstm issue
0 of 1 (and its typo refused), neural2d 1 of 3, mnielsen 0 of 2, MichalDanielDobrzanski 2 of 3, SkalskiP 4 of 4,
Kulbear 3 of 3, gophernet 1 of 1, jorgenkg 1 of 1.

The refusals by construct (7, and the typo's), with the exact message:

- 3, a call through an object standing for the loss's derivative, Nielsen's self.cost_derivative(activations[-1],
  y) (b113-mn-delta1, b113-md-sugg) and (self.cost).delta(zs[-1], activations[-1], y) (b113-mn-delta2), which no
  notation can declare (its functions are activations): b113-mn-delta1: "formula 'delta =
  self.cost_derivative(activations[-1], y) * sigmoi...': self.cost_derivative(...): a method called on an object with
  2 arguments, which the notation does not name; write the formula it returns in the notation's names (check reads
  no method's definition it does not see)" (b113-md-sugg the same); b113-mn-delta2, the parenthesized object read as
  a product: "formula 'delta = (self.cost) \\cdot delta(zs[-1], activations[-1], y)': unknown symbol self.cost; the
  notation knows \delta, activations, nabla_b, nabla_w, y, zs; give it the quantity of symbols.md it stands for in
  the notation's [notation.symbols] ("self.cost" = ...), or, where its dot is a product, write self*cost";
- 1, a prime after brackets for the derivative, [tanh(x)]' (b113-nl-d): "formula \"[tanh(x)]'=1-[tanh(x)]^2\":
  unexpected at \"'\" (position 10)"; the typo b113-nl-tan was refused there too, before its tanx (blind_batch.py
  reports it as not naming 'tanx'): "formula \"[tanh(x)]' = [sin(x)/cos(x)]' = (cos(x)^2 + sin(x)^2)/cos...\":
  unexpected at \"'\" (position 10)";
- 1, C's float literal 1.0f (b113-n2-dtf), its suffix taken for a symbol: "formula
  'transferFunctionDerivativeTanh(x) = 1.0f - tanh(x) * tanh(x)': unknown symbol f; the notation knows output, sum,
  x; give it a meaning in the notation's [notation.symbols], e.g. \"f\" = \"a1[0]\"";
- 1, a function reached through a pointer, pMyLayer->tf(sum), declared among the notation's functions (b113-n2-out):
  "formula 'float output = pMyLayer->tf(sum); // HERE - this is the p...': C's field through a pointer
  pMyLayer->tf, which the notation does not name (as pMyLayer->tf or the dotted pMyLayer.tf); give it in
  [notation.symbols], \"pMyLayer->tf\" = \"...\" (with its index, \"pMyLayer->tf[i]\", where code writes one)";
- 1, a formula in parentheses after the symbol it defines, \(\mathbf{z} \;\; (\mathbf{z} = \mathbf{Wa} +
  \mathbf{b})\) (b113-7t-z): "formula 'z (z = {Wa} + b )': expected ')' to close the arguments at '=' (position 11)".

Read, among the constructs these pages brought: **公式:** labels before $...$ and align blocks on one line whose
row break lost a backslash, with the page's numbers worked in; a # comment defining f(x) (its mistake called
wrong); np.dot(self.weights, inputs) + self.bias and self.h1.feedforward(x) named whole; Z = a * W' with MATLAB's
transpose and sigmoid( Z ); the XOR script's X[i][0], w0[0,1], self.sig and # comments with | and ->, its two
slips called wrong; `...` lines with a space after the backtick and a # comment; Saito's swapped names with
sigmoid_grad at its argument; nabla_b[-1] and np.dot(delta, activations[-2].transpose()); bulleted lines with
np.sum(..., axis=1, keepdims=True) / m and a trailing space; cache[0].T and cache[1].T; a C++ one-line function
definition; \delta = \frac{\partial \mathcal{L}}{\partial \mathbf{z}} in \( ... \); a statement in ```...```;
delta_j := ∂Cost/∂output * activation_prime(output).

Which look general (would appear in much homework): a course's own helper standing for a loss's derivative
(Nielsen's cost_derivative and cost.delta, as batch 110's d_mean_squared_error: code written against a book's
library); C, C++, Java and C# float literals with their f suffix (1.0f, 0.5f) in any of those languages' code;
the prime after a closing bracket or parenthesis for a derivative ([tanh(x)]', (σ(z))'), common in hand-written
derivations. Page-specific: Nielsen's parenthesized (self.cost).delta, neural2d's pMyLayer->tf declared as a function,
796t.com's definition in parentheses after its symbol.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch113_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_LG = ("https://liu-gong-zi.com/2+%E7%AC%AC%E4%BA%8C%E5%A4%A7%E8%84%91/1+%E6%A6%82%E5%BF%B5/"
       "4+%E4%BF%A1%E6%81%AF%E4%B8%8E%E6%A8%A1%E5%BC%8F/CS/%E4%BA%BA%E5%B7%A5%E6%99%BA%E8%83%BD/"
       "%E6%B7%B1%E5%BA%A6%E5%AD%A6%E4%B9%A0/%E5%9F%BA%E7%A1%80%E6%A6%82%E5%BF%B5/MLP")
_FG = "https://flashgene.com/archives/82958.html"
_CC = "http://codacat.blogspot.com/2017/11"
_SO = "https://stackoverflow.com/questions/59399842/xor-gate-with-backpropagation"
_LP = "https://github.com/lazyprogrammer/facial-expression-recognition/issues/2"
_OJ = "https://github.com/oreilly-japan/deep-learning-from-scratch/pull/9"
_NL = "https://github.com/nicodjimenez/lstm/issues/41"
_N2 = "https://github.com/davidrmiller/neural2d/issues/40"
_MN = "https://github.com/mnielsen/neural-networks-and-deep-learning/issues/45"
_MD = "https://github.com/MichalDanielDobrzanski/DeepLearningPython/issues/17"
_SK = "https://github.com/SkalskiP/ILearnDeepLearning.py/issues/29"
_KB = "https://github.com/Kulbear/deep-learning-coursera/issues/8"
_7T = "https://796t.com/content/1545130391.html"
_GN = "https://github.com/dwhitena/gophernet/issues/6"
_JK = "https://github.com/jorgenkg/python-neural-network/issues/2"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))

# the XOR script's output delta dE/dz2 (half the squared error, a sigmoid output)
_SO_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# lazyprogrammer's dJ/d(hidden output): the softmax-cross-entropy deltas through W2 (three classes)
_LP_BACK = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}] + (a2[2] - t[2])*W2[2,{j}])"
# Saito's dL/dz1 (the hidden outputs): the softmax-cross-entropy deltas through W2 (two classes)
_OJ_BACK = "(a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}]"

ENTRIES = [
    # ---- the Chinese MLP notes (liu-gong-zi.com, Obsidian-style Markdown): bold labels **公式:** before $...$,
    # align blocks whose row breaks lost a backslash ("\ " between rows), the page's numbers ---------------------
    Public("b113-lg-z1", _LG, "b113_lg", "b113_lg", "**公式:** $z^{(1)} = W^{(1)}x + b^{(1)}$", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J2),),
           batch=113, why="a bold label before the $...$ on its line"),
    Public("b113-lg-a1", _LG, "b113_lg", "b113_lg", "$a^{(1)} = \\sigma(z^{(1)})$", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=113),
    Public("b113-lg-z11", _LG, "b113_lg", "b113_lg",
           "**详细展开:** $\\begin{align} z_1^{(1)} &= 0.2 \\times 2 + (-0.5) \\times 3 + 0.1 \\times (-1) + 0.3 \\ "
           "&= 0.4 - 1.5 - 0.1 + 0.3 = -0.9 \\end{align}$", ((C, C, C),),
           (Twin("value", "z1[0]", ("=0.2*2 + (-0.5)*3 + 0.1*(-1) + 0.3", "=0.4 - 1.5 - 0.1 + 0.3", "=-0.9")),),
           batch=113, why="an align block on one line, its row break written \"\\ \" (one backslash lost)"),
    Public("b113-lg-z12", _LG, "b113_lg", "b113_lg",
           "$\\begin{align} z_2^{(1)} &= (-0.3) \\times 2 + 0.4 \\times 3 + 0.2 \\times (-1) + (-0.1) \\ "
           "&= -0.6 + 1.2 - 0.2 - 0.1 = 0.3 \\end{align}$", ((C, C, C),),
           (Twin("value", "z1[1]", ("=(-0.3)*2 + 0.4*3 + 0.2*(-1) + (-0.1)", "=-0.6 + 1.2 - 0.2 - 0.1", "=0.3")),),
           batch=113),
    Public("b113-lg-z2", _LG, "b113_lg", "b113_lg", "**公式:** $z^{(2)} = W^{(2)}a^{(1)} + b^{(2)}$", ((C,),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),), batch=113),
    Public("b113-lg-a2", _LG, "b113_lg", "b113_lg", "$a^{(2)} = \\sigma(z^{(2)})$", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)),), batch=113),
    # ---- the Chinese translation of Victor Zhou's introduction (flashgene.com): Python lines as the page shows them
    # (its code's indentation lost), a comment defining f(x) with * for + -------------------------------------------
    Public("b113-fg-f", _FG, "b113_fg", "b113_fg_f", "# our activation function: f(x) = 1 / (1 * e^(-x))", ((W,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1*exp(-z1[0]))",)),), batch=113,
           why="a # comment defining the sigmoid, 1 * e^(-x) for 1 + e^(-x) (the original post writes +): e^x, "
               "not the sigmoid"),
    Public("b113-fg-total", _FG, "b113_fg", "b113_fg", "total = np.dot(self.weights, inputs) + self.bias", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),), batch=113,
           why="Neuron.feedforward's sum, for h1"),
    Public("b113-fg-oh1", _FG, "b113_fg", "b113_fg", "out_h1 = self.h1.feedforward(x)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),), batch=113,
           why="a method call on an attribute, the hidden neuron's output"),
    # ---- codacat's post (Blogger, Traditional Chinese): plain lines, W' the transpose, sigmoid( Z ) with spaces ----
    Public("b113-cc-z", _CC, "b113_cc", "b113_cc", "Z = a * W'", ((C,),),
           (Twin("value", "z1[{k}]", ("W1[{k},0]*x[0] + W1[{k},1]*x[1] + W1[{k},2]*x[2]",), _K2),), batch=113,
           why="MATLAB's ' for the transpose, a the input row"),
    Public("b113-cc-hx", _CC, "b113_cc", "b113_cc", "hx = sigmoid( Z )", ((C,),),
           (Twin("value", "a1[{k}]", ("sigmoid(z1[{k}])",), _K2),), batch=113),
    # ---- the Stack Overflow question "XOR gate with backpropagation" (a ``` block whose indentation the page lost):
    # X[i][0], w0[0,0], self.sig, # comments; deW1_00 and deW1_10 without the output's slope ------------------------
    Public("b113-so-h0", _SO, "b113_so", "b113_so", "h0 = self.sig(w0[0,0]*X[i][0] + w0[1,0]*X[i][1])", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1])",)),), batch=113),
    Public("b113-so-h1", _SO, "b113_so", "b113_so", "h1 = self.sig(w0[0,1]*X[i][0] + w0[1,1]* X[i][1])", ((C,),),
           (Twin("value", "a1[1]", ("sigmoid(W1[1,0]*x[0] + W1[1,1]*x[1])",)),), batch=113),
    Public("b113-so-y0", _SO, "b113_so", "b113_so", "y0 = self.sig(w1[0]* h0 + w1[1] * h1) # shape = (4,)", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1])",)),), batch=113),
    Public("b113-so-dey0", _SO, "b113_so", "b113_so", "dey0 = -(y[i]-y0) # y[i] -> desired output | y0 -> output",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("-(y[0] - a2[0])",)),), batch=113,
           why="dE/dy0 of half the squared error, a value; a comment with | and ->"),
    Public("b113-so-w000", _SO, "b113_so", "b113_so",
           "deW0_00 = dey0 * y0 * (1 - y0) * w1[0] * h0 * (1 - h0) * X[i][0]", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_SO_D2}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),), batch=113),
    Public("b113-so-w001", _SO, "b113_so", "b113_so",
           "deW0_01 = dey0 * y0 * (1 - y0) * w1[1] * h1 * (1 - h1) * X[i][0]", ((C,),),
           (Twin("gradient", "W1[1,0]", (f"{_SO_D2}*W2[0,1]*a1[1]*(1 - a1[1])*x[0]",)),), batch=113,
           why="w0[0,1] joins input 0 to hidden neuron 1"),
    Public("b113-so-w100", _SO, "b113_so", "b113_so", "deW1_00 = dey0 * h0", ((W,),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]",)),), batch=113,
           why="the output's slope y0 * (1 - y0) left out (the hidden gradients above have it)"),
    Public("b113-so-w110", _SO, "b113_so", "b113_so", "deW1_10 = dey0 * h1", ((W,),),
           (Twin("gradient", "W2[0,1]", ("(a2[0] - y[0])*a1[1]",)),), batch=113,
           why="the output's slope left out, as in deW1_00"),
    # ---- lazyprogrammer's facial-expression-recognition issue #2: ann.py's lines in `...`, one with a space after
    # the opening backtick and a # comment --------------------------------------------------------------------------
    Public("b113-lp-dz", _LP, "b113_lp", "b113_lp", "` dZ = pY_T.dot(self.W2.T) * (1 - Z*Z) # tanh`", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_LP_BACK}*(1 - a1[{{j}}]**2)",), _J3),), batch=113,
           why="the slope of tanh written of its output Z (the asker's doubt, unfounded)"),
    Public("b113-lp-z", _LP, "b113_lp", "b113_lp", "`Z = np.tanh(X.dot(self.W1) + self.b1)`", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}])",), _J3),), batch=113),
    # ---- oreilly-japan's deep-learning-from-scratch pull request #9 (Japanese): two_layer_net.py's lines quoted with
    # their indentation; a1 the sums and z1 the outputs, da1 and dz1 named the other way round ----------------------
    Public("b113-oj-da1", _OJ, "b113_oj", "b113_oj", "          da1 = np.dot(dy, W2.T)", ((C,),),
           (Twin("value", _OJ_BACK, (_OJ_BACK,), _J3),), batch=113,
           why="the loss's derivative by z1 (the hidden outputs), a value, whatever its name says"),
    Public("b113-oj-dz1", _OJ, "b113_oj", "b113_oj", "          dz1 = sigmoid_grad(a1) * da1", ((C,),),
           (Twin("gradient_z", "z1[{j}]",
                 (f"sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))*({_OJ_BACK})",), _J3),), batch=113,
           why="sigmoid_grad of the sums a1: the slope at its argument"),
    Public("b113-oj-a1", _OJ, "b113_oj", "b113_oj", "        a1 = np.dot(x, W1) + b1", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=113),
    Public("b113-oj-z1", _OJ, "b113_oj", "b113_oj", "        z1 = sigmoid(a1)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),), batch=113),
    # ---- nicodjimenez's lstm issue #41: comments with [tanh(x)]' and ^; one confuses tanh with tan ------------------
    Public("b113-nl-d", _NL, "b113_nl", "b113_nl", "[tanh(x)]'=1-[tanh(x)]^2", ((C,),),
           (Twin("value", "1 - a1[0]**2", ("1 - tanh(z1[0])**2",)),), batch=113,
           why="the comment's formula, the words before it on its line (\"No， he is right.\") left out; a prime "
               "after brackets for the derivative, brackets for parentheses"),
    Public("b113-nl-tan", _NL, "b113_nl", "b113_nl",
           "[tanh(x)]' = [sin(x)/cos(x)]' = (cos(x)^2 + sin(x)^2)/cos(x)^2 = 1 + tanx(x)^2", unreadable="tanx",
           batch=113, why="tanx(x) for tan(x), in a chain that differentiates tan, not tanh (also wrong)"),
    # ---- neural2d's issue #40: C++ one-line functions and a statement with -> and a // comment -----------------------
    Public("b113-n2-tf", _N2, "b113_n2", "b113_n2", "    float transferFunctionTanh(float x) { return tanh(x); }", ((C,),),
           (Twin("value", "tanh(z1[0])", ("tanh(z1[0])",)),), batch=113,
           why="a function's definition, judged at a neuron's sum"),
    Public("b113-n2-dtf", _N2, "b113_n2", "b113_n2",
           "    float transferFunctionDerivativeTanh(float x) { return 1.0f - tanh(x) * tanh(x); }", ((C,),),
           (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0])",)),), batch=113,
           why="right as a function of the sum (the issue's point is that the code calls it with the output)"),
    Public("b113-n2-out", _N2, "b113_n2", "b113_n2",
           "        float output = pMyLayer->tf(sum); // HERE - this is the place of interest", ((C,),),
           (Twin("value", "a1[0]", ("tanh(z1[0])",)),), batch=113, why="the layer's transfer function through ->"),
    # ---- Nielsen's code in two GitHub threads: network2.py's delta through the cost object (the cross-entropy's a - y)
    # and network.py's, the quadratic cost's; a commenter's suggestion for network2.py --------------------------------
    Public("b113-mn-delta2", _MN, "b113_nn2", "b113_nn",
           "        delta = (self.cost).delta(zs[-1], activations[-1], y)", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=113,
           why="CrossEntropyCost.delta(z, a, y) is a - y: the sigmoid's slope cancels"),
    Public("b113-mn-delta1", _MN, "b113_nn1", "b113_nn",
           "        delta = self.cost_derivative(activations[-1], y) * \\\n            sigmoid_prime(zs[-1])", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=113,
           why="network.py's line (the quadratic cost, cost_derivative = a - y), over two lines joined by \\"),
    Public("b113-md-sugg", _MD, "b113_nn2", "b113_nn",
           "delta = self.cost_derivative(activations[-1], y) * sigmoid_prime(zs[-1]) ", ((W,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))",)),), batch=113,
           why="the commenter's \"it should be\" for network2.py, whose cost is the cross-entropy: its delta is a - y, "
               "the quadratic cost's slope factor does not belong (a trailing space)"),
    Public("b113-md-nb", _MD, "b113_nn2", "b113_nn", "        nabla_b[-1] = delta", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=113),
    Public("b113-md-nw", _MD, "b113_nn2", "b113_nn",
           "        nabla_w[-1] = np.dot(delta, activations[-2].transpose())", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=113),
    # ---- SkalskiP's ILearnDeepLearning issue #29: bulleted lines, the thread's "should be" without / m ------------
    Public("b113-sk-dw1", _SK, "b113_ng", "b113_sk", "- dW_curr = np.dot(dZ_curr, A_prev.T) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]/1",), _J3),), batch=113,
           why="a bullet; m the examples, one here (the thread's dispute is about m > 1)"),
    Public("b113-sk-db1", _SK, "b113_ng", "b113_sk", "- db_curr = np.sum(dZ_curr, axis=1, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])/1",)),), batch=113),
    Public("b113-sk-dw2", _SK, "b113_ng", "b113_sk", "- dW_curr = np.dot(dZ_curr, A_prev.T) ", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J3),), batch=113,
           why="the suggestion, a trailing space"),
    Public("b113-sk-db2", _SK, "b113_ng", "b113_sk", "- db_curr = np.sum(dZ_curr, axis=1, keepdims=True) ", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),), batch=113),
    # ---- Kulbear's deep-learning-coursera issue #8: a comment's three lines, cache[0] and cache[1] ------------------
    Public("b113-kb-dw", _KB, "b113_ng", "b113_kb", "dW = np.dot(dZ, cache[0].T) / m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]/1",), _J3),), batch=113),
    Public("b113-kb-db", _KB, "b113_ng", "b113_kb", "db = np.sum(dZ, axis=1, keepdims=True) / m", ((C,),),
           (Twin("gradient", "b2[0]", ("(a2[0] - y[0])/1",)),), batch=113),
    Public("b113-kb-da", _KB, "b113_ng", "b113_kb", "dA_prev = np.dot(cache[1].T, dZ)", ((C,),),
           (Twin("value", "(a2[0] - y[0])*W2[0,{j}]", ("W2[0,{j}]*(a2[0] - y[0])",), _J3),), batch=113,
           why="the loss's derivative by the previous layer's outputs, a value"),
    # ---- the Taiwanese post (796t.com): inline \( ... \) with \mathbf, \mathcal{L} and a \;\; spacing --------------
    Public("b113-7t-z", _7T, "b113_7t", "b113_7t", "\\(\\mathbf{z} \\;\\; (\\mathbf{z} = \\mathbf{Wa} + \\mathbf{b})\\)",
           ((C,),), (Twin("value", "z2[{k}]",
                          ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",), _K2),), batch=113,
           why="\\mathbf{Wa}, one bold for the product W a; the formula in parentheses after the symbol it defines"),
    Public("b113-7t-d", _7T, "b113_7t", "b113_7t", "\\(\\delta = \\frac{\\partial \\mathcal{L}}{\\partial \\mathbf{z}}\\)",
           ((C,),), (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K2),), batch=113,
           why="the definition of delta, the loss's derivative by the sums"),
    # ---- gophernet's issue #6: a statement in ```...``` inside a sentence --------------------------------------------
    Public("b113-gn-out", _GN, "b113_gn", "b113_gn", "```output = sigmoid(outputLayerInput)```", ((C,),),
           (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K3),), batch=113,
           why="the sentence around it left out"),
    # ---- jorgenkg's python-neural-network issue #2: a definition with := in `...` ------------------------------------
    Public("b113-jk-delta", _JK, "b113_jk", "b113_jk", "`delta_j := ∂Cost/∂output * activation_prime(output)`", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),), batch=113,
           why=":= for the definition, ∂ quotients in plain text, activation_prime written of the output"),
]
