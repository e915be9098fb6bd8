r"""Batch 104 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in:
five Markdown documents and five code files, the code in languages the batches had not held, Pascal, OCaml and F#,
and two seldom held, JavaScript with LaTeX in its strings and R): zxRobot's LeNet Readme.md (Chinese Markdown, $$...$$ a
line, superscripts without braces, W^la^{l-1}, \bigodot, ||a^L-y||^2, rules over the layers l and the last layer's
formulas written with l and L mixed); a stored Markdown note in Chinese on training that works Mazur's 2-2-2 example in
$$ \begin{equation} ... \end{equation} $$ blocks (subscripts of subscripts, z_{h_1}, a_{o_1}; * and \times; exp with and
without its backslash; a prime on a bracket, (\frac{1}{2}(o_1-a_{o_1}) ^ 2)'; w_5^+); a stored DLVR course post as a
Jekyll blog page (two claims joined by \rightarrow on one $$ line, g_k'(z_k)); a stored KTU course's Markdown notes (a
list item's words before its $...$, a numbered list of the chain's factors, \equiv); a stored Markdown note in Chinese on
a PyTorch course (an indented $$ block with loss = before \begin{equation}, \text{MSE}, f_\theta(x), \left( \right),
x^0_j); a stored JavaScript lesson on Rumelhart, Hinton and Williams (1986), its worked numbers in HTML list items inside
a template literal ($...$, so $...$, \tfrac12, (eq 4) after the formula); a stored Pascal program of Mazur's example (:=,
function ... begin Result:= ... end;, b1 * 1); a stored OCaml file (let ... ;;, /. +. *. -., **); a stored F# module
(let ... on two lines, Math.Pow(Math.E, ...), sigmoid'); a stored R file of a Portuguese course (name <- function(arg) {
return(...) } over three lines). Copied verbatim, typos and mistakes included (the JavaScript lesson's formulas as the
template literal's value, its \\cdot read as \cdot, as a notebook's JSON is decoded), each with the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents: literal
letters with fixed roles, i an input, j a hidden node, k an output node, for the blog post and the KTU notes), a network
of the kind the page describes (with the page's numbers where it works them: Mazur's weights, shared biases, inputs and
targets for the Chinese note and the Pascal program; the lesson's 1-1-1 network, w_hi = 0.2, w_oh = 0.3, y_i = 0.5, d =
0; all in tests/public_formulas_batch104_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. A derivative by an output or a local
derivative (\partial E/\partial y_o, \frac{\partial z_{o_1}}{\partial w_5}, \frac{\partial a_k}{\partial z_k}, the
derivative of one output's error by a hidden output, sigmoid_derivative, sigmoid', sigmoidDerivada) is twinned as a
value, as in batches 14 to 102; so is a forward value, a function's definition (judged at a sum, or at an output where
the page writes the slope of the output, sigmoidDerivada's sig * (1 - sig)), a loss's definition (E, E_{total},
E_{o_1}, C, loss, MSE) and the lesson's delta_o in numbers (the oracle judges numbers of values). zxRobot's z^l = ... and
a^l = ... and its \partial C/\partial w^l and \partial C/\partial b^l are rules over both layers; its \partial
C/\partial W^l = ... = \delta^L(a^{L-1})^T and \partial C/\partial b^l = ... = \delta^L are the last layer's, as the page
says (its notation b104_zx_L names l and L the output layer). Formulas keep their page's delimiters and what surrounds
them on their line (a list item's dash or number and words, an HTML list item's tags and its indentation, the sentence
on the lesson's next line, a code line's ; or ;;, a function's whole definition, trailing spaces); what was left out is
said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 104

The batch: 57 formulas from 10 addresses (zxRobot's Readme 10, the Chinese notes on Mazur's example 20, the DLVR post
2, the KTU notes 6, the PyTorch notes 5, the JavaScript lesson 5, the Pascal program 3, the OCaml file 2, the F# module
2, the R file 2).

8 are mistaken somewhere (the oracle finds at least one member wrong), and 3 are mistyped:

- the Chinese notes' mz-ah2, a_{h_1} = \frac{1}{1+\exp(-z_{h_1})} = \frac{1}{1+exp(-w_3 * i_1 - w_4 * i_2 - b_1)}: the
  prose announces h_2's output, the left side and first member are copied from the line before, so its last member
  (h_2's output) is not a_{h_1};
- its mz-da, \frac{\partial a_{o_1}}{\partial z_{o_1}} = \frac{1}{1+\exp(-z_{o_1})} =z_{o_1}(1 - z_{o_1}): the sigmoid
  itself, then the slope written of the sum z for the output a (both members wrong); mz-g5 carries z_{o_1}(1 - z_{o_1})
  into \partial E_{tot}/\partial w_5, and mz-g1 carries it into \partial E_{tot}/\partial w_1 (with z_{h_1}(1 -
  z_{h_1}) and without the weights w_5 and w_7);
- its mz-dEo2, \frac{\partial E_{o_2}}{\partial a_{h_2}} = ... \times w_6: dE_o2/da_h2 goes through w_8 (w_6 joins h_2
  to o_1; the page meant dE_o2/da_h1, through w_7, which the line before needs);
- the PyTorch notes' pt-dth, \frac{\partial \text{loss}}{\partial \theta} = 2\sum [y - f_\theta(x)] (\frac{\partial
  f_\theta(x)}{\partial \theta}): the minus of -2 [y - f] is dropped; its pt-dw0, \frac{\partial E}{\partial w_{j0}} =
  (O_0 - t)O_0(1-O_0)x^0_j: the page's E is (O - t)^2 (its list: "E 表示做 loss $(O - t)^2$"), so the factor 2 is
  missing;
- the OCaml sigmoid, 1.0 /. (1.0 +. 2.71828 ** x): e^x for e^-x (sigmoid(-x)), and e cut to 2.71828;
- mistyped (unreadable): zxRobot's zx-dL, (a^L-y)\bigodot \sigma^l(z^l) (\sigma^l for \sigma', unreadable="\sigma^l");
  its zx-z1, W^{l+1}\delta(z^l)+b^{l+1} (\delta for \sigma, unreadable="\delta(z^l)"); its zx-dl,
  \delta^l=(W^{l+1})^T\delta^{l+1}\bigodot\delta'(z^l) (\delta' for \sigma', unreadable="\delta'").

Not mistaken, though they look it: the OCaml sigmoid_derivative (its rule is right of the sigmoid the notation names;
only the file's own sigmoid line is wrong); the F# sigmoid' z = e^z / (e^z + 1)^2 (the sigmoid's slope); the Chinese
notes' mz-dE, (\frac{1}{2}(o_1-a_{o_1}) ^ 2)' = -(o_1 - a_{o_1}); the R sigmoidDerivada(sig) = sig * (1 - sig) (written
of the output, as the loop calls it); zxRobot's \delta^L\bigodot1 (an entrywise product by ones).

What was left out: zxRobot's inline $\delta^l=\frac{\partial C}{\partial z^l}$ inside a long Chinese sentence (a
definition), its \delta^l = \frac{\partial C}{\partial z^{l+1}}\frac{\partial z^{l+1}}{\partial z^l} chain of Jacobians
(its order the page itself warns about, no entrywise value), and, for the batch's size, its two updates W^l = W^l -
\eta ..., b^l = ..., its minibatch update (with batch_size written unescaped, a subscript), its convolution part and its
Python code; the Chinese notes' general part before the worked example (MSE = \sum \frac{1}{n} ..., the cross-entropy C,
\theta_{t+1} = \theta_t - \alpha_t * \nabla f(θ_t) and the summary rule in Make Your Own Neural Network's letters,
\frac{\partial E}{\partial w_{jk}} = -(t_k - o_k) \times sigmoid(\sum_jw_{jk}o_j)... without the bias Mazur's network
has) and its (\frac{1}{1+e^{-x}})' derivation of the sigmoid (no quantity of the network on its left); the DLVR post's
E = \frac{1}{2} \sum_{k=1}^{K}(a_k - t_k)^2 in its recap (the batch's size); the KTU notes' sigmoid and tanh derivations, and,
for the batch's size, the rest of its Step 1 to Step 3 (\frac{\partial E}{\partial w_{jk}} = \delta_k \cdot a_j, the
hidden layer's chain and delta_j, the two updates) and its exam outline; the PyTorch notes' norms, the perceptron's
multi-output rule \frac{\partial E}{\partial w_{jk}} = (O_k - t_k)O_k(1-O_k)x^0_j (the batch's size), its momentum and
its code; the JavaScript lesson's formula block of the paper's equations (1) to (9) (several claims joined by \qquad on
each $$ line, numbered \;(1)), its recipe, and, for the batch's size, the rest of its worked list (\partial E/\partial
w_{oh}, \partial E/\partial y_h, \partial E/\partial x_h, \partial E/\partial w_{hi}), and its practice answers (the
rate written as the number 0.1, which the oracle, drawing the rate at random, cannot judge, as batches 58, 64 and 102
left such lines out); the Pascal program's later lines, h2net:= ... to dEerror2:= ... (the batch's size) and its w5u:=
and w6u:= updates (the rate written as the number 0.4; w6u's outo2r for Outo1r, Pascal being case-insensitive, is a
slip the batch could not twin); the OCaml neuron (a function taking the activation as an argument), its delta_rule
(weight +. n *. (error) *. x: the page states no loss, and the rule is the gradient step of the cross-entropy but not
of the squared error) and its train; the F# cost' (point-free, List.map2 with a lambda), its deltaLast and backpropagate
pipelines (|> over the list of layers: no name of the network's quantities a notation can give) and its BP4 lambdas;
the R file's loop (the batch's size). Where the spec has no way to say what a teacher would: the F# sigmoid' and the
OCaml sigmoid_derivative are a name with a prime and a function the notation declares "sigmoid' at input"; the R
sigmoidDerivada is declared "sigmoid' at output".

Collected on 2026-12-06 (12:01 to 12:11 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 14 pairs
loaded as first written (the DLVR notation's functions g_k and g_j included). The oracle's first run stopped at the
lesson's js-dxo, its delta_o first twinned as gradient_z (the oracle judges numbers only of values and gradients of
parameters); twinned as a value of the same quantity, before any verdict was read; one key, mz-E, renamed mz-Etot (an
earlier batch holds mz-E).

Run blind at main f3794fa (/work/READY_FOR_BLIND39; src/ as at 828dc93, main's last change to it; the rebase a no-op),
with nothing under src/ changed. The first run (/work/batch104_blind.txt): 44 of 57 read with every verdict right (77%),
10 refused, 2 typo refused (zx-dl naming \delta', zx-dL refused before its slip, at \bigodot, not naming \sigma^l), 1
typo read (zx-z1, W^{l+1}\delta(z^l)+b^{l+1}, read as (('correct', 'wrong'),): its slip called wrong, not correct), no
misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was a slip of the notations (none counts from the wrong
number, none names a quantity the page does not mean); one, r-sig's, follows a name the notation gives (sig, the page's
parameter of sigmoidDerivada, beside sigmoid in the same file), which the spec allows and a teacher would write (with
the notation leaving sig out, a check made after the run on that one line, r-sig is read): one run.

Of the 8 mistaken formulas 6 were read, each with its wrong members called wrong (mz-ah2, mz-da, mz-g5, mz-dEo2, mz-g1,
pt-dw0); pt-dth was refused (its \sum without an index) and the OCaml sigmoid at its /. operator. By page: zxRobot's
Readme 6 of 10 (and 2 typos refused, 1 typo read), the Chinese notes on Mazur's example 19 of 20, the DLVR post 2 of 2,
the KTU notes 6 of 6, the PyTorch notes 4 of 5, the JavaScript lesson 4 of 5, the Pascal program 2 of 3, the OCaml file
0 of 2, the F# module 0 of 2, the R file 1 of 2.

The refusals by construct (10, and the 2 typos'), with the exact message:

- 3, LaTeX's \bigodot for the entrywise product (zx-db; the typos zx-dL and zx-dl were refused at it too), zx-db:
  "formula '\\frac{\\partial C}{\\partial b^l}=\\frac{\\partial C}{\\partia...': the command \bigodot is not part of a
  formula check can read at '\\bigodot' (position 106); write arithmetic, \frac, \sum, \sigma, \log, \exp and the
  homework's symbols";
- 2, OCaml's float operators /. +. *. -. in let ... ;; (ml-sig, ml-dsig), e.g. ml-sig: "formula 'let sigmoid x = 1.0 /.
  (1.0 +. 2.71828 ** x)': unexpected at '.' (position 22)" (ml-dsig: "... unexpected at '.' (position 43)");
- 2, F#'s let definitions (fs-sig, fs-sp): fs-sig: "formula 'let sigmoid z = 1.0 / (1.0 + Math.Pow(Math.E, -z))': its
  left side 'let sigmoid z' is a phrase of words (unknown symbol let), which check reads only as one name the notation
  gives; write "let sigmoid z" = "..." in the notation's [notation.symbols] with the quantity it stands for (e.g.
  new(W2[0, 0]) for a weight's new value, grad(W2[0, 0]) for its gradient), and each phrase of its right side so (a
  learning rate's in learning_rate)"; fs-sp (with a prime in the name): "formula "let sigmoid' z = Math.Pow(Math.E, z) /
  Math.Pow(Math.Pow(...": unknown symbol let; the notation knows z; a name of several letters is read whole only where
  the notation names it: give it the quantity it stands for in the notation's [notation.symbols], "let" = "..." (e.g.
  "a1[0]")";
- 1, a prime on a bracket, (\frac{1}{2}(o_1-a_{o_1}) ^ 2)' (mz-dE): "formula '\\frac{\\partial E_{tot}}{\\partial
  a_{o_1}} = (\\frac{1}{2}(...': ((1/2) ((o_{1} - a_{o_1})^2))': a prime on a parenthesis is read as the derivative by
  its one variable, the x of (...)'(x) or of a left side f'(x), and here which variable is meant is unclear; write
  \frac{d}{dx}(...) with the variable";
- 1, a \sum with no index over one sample (pt-dth, 2\sum [y - f_\theta(x)] (...)): "formula '\\frac{\\partial
  \\text{loss}}{\\partial \\theta} = 2\\sum [y -...': a sum without its index letter, whose term has no free index;
  write its index, \sum_n over the samples (with a sample letter of the notation's patterns, y^{(n)}) or \sum_k over
  units";
- 1, a sentence after the formula's closing $, "(eq 5).\n This is the output delta $\delta_o$.</li>" (js-dxo): "formula
  '\\partial E/\\partial x_o = 0.539292\\cdot y_o(1-y_o) = 0.53...': unexpected at '.' (position 132)" (its three
  neighbours with "(eq 4)." or ", so $...$" on one line were read);
- 1, Pascal's typed parameters and return type, function f(x:real):real; begin Result:= ... end; (pas-sig): "formula
  'function logisticsFunction(x:real):real begin Result:=(1/...': a range a(i:j) in parentheses, MATLAB's slice of the
  entries i to j (a(i:i+1) is two of them, never NumPy's one row a[i:i+1]) at ':' (position 29); write the one sample's
  name alone, or NumPy's a[i:i+1] where the notation binds i as the sample index";
- 1, a function's name the reader does not know beside a notation's name it begins with (r-sig, sigmoid beside the
  notation's sig): "formula 'sigmoid(soma) = (1 / (1 + exp(-soma)))': unknown symbol sigmoid; the notation knows sig,
  soma; a name of several letters is read whole only where the notation names it: give it the quantity it stands for in
  the notation's [notation.symbols], "sigmoid" = "..." (e.g. "a1[0]")" (R's function(soma) { return(...) } over three
  lines was turned into sigmoid(soma) = ... and the next file's sigmoidDerivada read).

Read, among the constructs these pages brought: $$ \begin{equation} ... \end{equation} $$ blocks with subscripts of
subscripts (z_{h_1}, a_{o_1}), exp without its backslash, * and \times, w_5^+ and \eta (all of the Chinese notes but the
prime on a bracket, its four slips called wrong); superscripts without braces and rules over the layers (z^l =
W^la^{l-1}+b^l, a^l = \sigma (z^l), \partial C/\partial w^l = ... = \delta^l(a^{l-1})^T) and ||a^L-y||^2; two claims
joined by \rightarrow with g_k'(z_k) (the DLVR post); a list item's words before $...$, a numbered list's "1. ", \equiv
(the KTU notes); an indented $$ block with loss = before \begin{equation} and \text{MSE}, f_\theta(x); HTML list items
with $...$, so $...$, \tfrac12 and (eq 4) after the formula, worked numbers (the JavaScript lesson); Pascal's := with a
trailing ; and a call in brackets; R's sigmoidDerivada <- function(sig) { return(...) }.

Which look general (would appear in much homework): \bigodot (LaTeX's entrywise product beside \odot, in many Chinese
notes); OCaml's and F#'s let definitions and OCaml's float operators (every function in those languages); Pascal's
typed function headers (every Pascal function); a sentence after the formula on the next line of the same list item; a
\sum with no index where the sum runs over the samples. Page- or file-specific: a prime on a bracketed expression (a
convention of this note); the notation's name sig beside the function sigmoid (a name one file's two functions share
a prefix of).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch104_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_ZX = "https://github.com/zxRobot/LeNet (Readme.md, commit 41b8daa)"
_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_MZ = _STORED.format(25101722063, "# 推理和训练(过程)",
                     "Markdown notes in Chinese on training, worked on Mazur's 2-2-2 example in LaTeX")
_WI = _STORED.format(48893990288, "layout: post / title: DLVR 1 Deep Neural Networks",
                     "a course's notes as a Jekyll blog post in Markdown, its back-propagation summary in LaTeX")
_KTU = _STORED.format(58569180958, "# 7. The Backpropagation Algorithm: Step-by-Step Derivation",
                      "a university course's Markdown notes with callouts and quizzes, the derivation in LaTeX")
_PT = _STORED.format(16415594762, "Pytorch notes (vuepress)",
                     "Markdown notes in Chinese on a PyTorch course: MSE, the perceptron's gradients")
_JS = _STORED.format(55212168581, "window.CODE[\"paper-backprop\"]",
                     "JavaScript: a lesson on Rumelhart, Hinton and Williams (1986), LaTeX and HTML in template literals")
_PAS = _STORED.format(10502608861, "program in2h12iou2;", "Pascal: Mazur's example worked with := assignments")
_ML = _STORED.format(24347084944, "(* auxiliar absolute value *)",
                     "OCaml: sigmoid, sigmoid_derivative and a delta rule for one neuron")
_FS = _STORED.format(11338315930, "module Network", "F#: a network with sigmoid, sigmoid' and Nielsen's BP1-BP4")
_R = _STORED.format(5262339995, "sigmoid  <- function(soma) {",
                    "R: a Portuguese course's XOR network, sigmoid and sigmoidDerivada")

_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_I3 = tuple({"j": j} for j in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# a 2-3-2 sigmoid network with half the squared error: dE/dz2[k], dE/dz1[j]
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D2N = tuple(_D2.replace("{k}", str(k)) for k in range(2))
_D1 = "(" + " + ".join(f"{_D2N[k]}*W2[{k},{{j}}]" for k in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"
_D1N = tuple(_D1.replace("{j}", str(j)) for j in range(3))


def _layer_rules(kind: str) -> tuple:
    """zxRobot's rules over the layers of the 2-3-2 network: ({"v": quantity, "m": its definition}, ...)."""
    values = []
    for layer, (units, before, inputs) in enumerate(((3, "x", 2), (2, "a1", 3)), start=1):
        for n in range(units):
            if kind == "z":
                terms = " + ".join(f"W{layer}[{n},{i}]*{before}[{i}]" for i in range(inputs))
                values.append({"v": f"z{layer}[{n}]", "m": f"{terms} + b{layer}[{n}]"})
            else:
                values.append({"v": f"a{layer}[{n}]", "m": f"sigmoid(z{layer}[{n}])"})
    return tuple(values)


# zxRobot's gradients over the layers: W{l}[j,i] = delta^l_j a^{l-1}_i, b{l}[j] = delta^l_j
_ZX_W = (tuple({"l": 1, "j": j, "i": i, "m": f"{_D1N[j]}*x[{i}]"} for j in range(3) for i in range(2))
         + tuple({"l": 2, "j": k, "i": j, "m": f"{_D2N[k]}*a1[{j}]"} for k in range(2) for j in range(3)))
_ZX_B = (tuple({"l": 1, "j": j, "m": _D1N[j]} for j in range(3))
         + tuple({"l": 2, "j": k, "m": _D2N[k]} for k in range(2)))


def _eq(body: str) -> str:
    """The Chinese notes' display: $$, \\begin{equation}, the formula, \\end{equation}, $$, each on its line."""
    return "$$\n\\begin{equation}\n" + body + "\n\\end{equation}\n$$"


# Mazur's network: the outputs' dE/dz (half the squared error)
_MD = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")

ENTRIES = [
    # ---- zxRobot's LeNet Readme (Chinese Markdown): $$...$$ a line, superscripts without braces (W^la^{l-1}),
    # \bigodot, ||...||^2, rules over the layers l, the output layer's formulas written with l and L mixed, three slips
    Public("zx-z", _ZX, "b104_zx", "b104_zx", "$$z^l=W^la^{l-1}+b^l$$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _layer_rules("z")),), batch=104,
           why="a rule over the layers l = 1, 2 (a^0 the inputs)"),
    Public("zx-a", _ZX, "b104_zx", "b104_zx", "$$a^l=\\sigma (z^l)$$", ((C,),),
           (Twin("value", "{v}", ("{m}",), _layer_rules("a")),), batch=104),
    Public("zx-C", _ZX, "b104_zx", "b104_zx", "$$C=\\frac{1}{2}||a^L-y||^2$$ ", ((C,),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",)),), batch=104, why="a trailing space"),
    Public("zx-dL", _ZX, "b104_zx", "b104_zx_L",
           "$$\\delta ^L=\\frac{\\partial C}{\\partial z^L}=\\frac{\\partial C}{\\partial a^L}\\frac{\\partial a^L}"
           "{\\partial z^L}=(a^L-y)\\bigodot \\sigma^l(z^l)$$", unreadable="\\sigma^l", batch=104,
           why="\\sigma^l(z^l) for \\sigma'(z^L): a superscript l for the prime (the rule meant is right)"),
    Public("zx-dW", _ZX, "b104_zx", "b104_zx_L",
           "$$\\frac{\\partial C}{\\partial W^l}=\\frac{\\partial C}{\\partial z^l}\\frac{\\partial z^l}{\\partial W^l}"
           "=\\delta^L(a^{L-1})^T$$", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", (_D2 + "*a1[{j}]", _D2 + "*a1[{j}]"), _K2J3),), batch=104,
           why="the last layer's weights (the page: l is L here, delta^L and a^{L-1})"),
    Public("zx-db", _ZX, "b104_zx", "b104_zx_L",
           "$$\\frac{\\partial C}{\\partial b^l}=\\frac{\\partial C}{\\partial z^l}\\frac{\\partial z^l}{\\partial b^l}"
           "=\\delta^L\\bigodot1=\\delta^L$$", ((C, C, C),),
           (Twin("gradient", "b2[{k}]", (_D2, _D2, _D2), _K2),), batch=104),
    Public("zx-z1", _ZX, "b104_zx", "b104_zx", "$$z^{l+1}=W^{l+1}a^l+b^{l+1}=W^{l+1}\\delta(z^l)+b^{l+1}$$",
           unreadable="\\delta(z^l)", batch=104,
           why="\\delta(z^l) for \\sigma(z^l) (a^l): the page's slip of the letter"),
    Public("zx-dl", _ZX, "b104_zx", "b104_zx", "$$\\delta^l=(W^{l+1})^T\\delta^{l+1}\\bigodot\\delta'(z^l)$$",
           unreadable="\\delta'", batch=104, why="\\delta'(z^l) for \\sigma'(z^l), the same slip"),
    Public("zx-gw", _ZX, "b104_zx", "b104_zx",
           "$$\\frac{\\partial C}{\\partial w^l}=\\frac{\\partial C}{\\partial z^l}\\frac{\\partial z^l}{\\partial w^l}"
           "=\\delta^l(a^{l-1})^T$$", ((C, C),),
           (Twin("gradient", "W{l}[{j},{i}]", ("{m}", "{m}"), _ZX_W),), batch=104,
           why="a rule over the layers: w^l the weights of layer l (W^l above), a^0 the inputs"),
    Public("zx-gb", _ZX, "b104_zx", "b104_zx",
           "$$\\frac{\\partial C}{\\partial b^l}=\\frac{\\partial C}{\\partial z^l}\\frac{\\partial z^l}{\\partial b^l}"
           "=\\delta^l$$", ((C, C),), (Twin("gradient", "b{l}[{j}]", ("{m}", "{m}"), _ZX_B),), batch=104),
    # ---- the stored Chinese notes on Mazur's example: $$ \begin{equation} ... \end{equation} $$ blocks, subscripts
    # of subscripts (z_{h_1}, a_{o_1}), * and \times, exp with and without its backslash, a prime on a bracket,
    # w_5^+; four slips (a line's left side copied from the line before, z for a in the sigmoid's slope, w_6 for w_8)
    Public("mz-zh1", _MZ, "b104_mz", "b104_mz", _eq("z_{h_1} = w_1 * i_1 + w_2 * i_2 + b_1"), ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1",)),), batch=104,
           why="b_1 the hidden layer's shared bias"),
    Public("mz-ah1", _MZ, "b104_mz", "b104_mz",
           _eq("a_{h_1} = \\frac{1}{1+\\exp(-z_{h_1})} = \\frac{1}{1+exp(-w_1 * i_1 - w_2 * i_2 - b_1)}"), ((C, C),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))", "1/(1 + exp(-W1[0,0]*x[0] - W1[0,1]*x[1] - b1))")),),
           batch=104),
    Public("mz-ah2", _MZ, "b104_mz", "b104_mz",
           _eq("a_{h_1} = \\frac{1}{1+\\exp(-z_{h_1})} = \\frac{1}{1+exp(-w_3 * i_1 - w_4 * i_2 - b_1)}"), ((C, W),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))", "1/(1 + exp(-W1[1,0]*x[0] - W1[1,1]*x[1] - b1))")),),
           batch=104,
           why="the prose before it announces h_2's output a_{h_2}; the left side and the first member are copied from "
               "the line before (a_{h_1}), so the last member, h_2's output, is not a_{h_1}: the page's slip"),
    Public("mz-ao1", _MZ, "b104_mz", "b104_mz",
           _eq("a_{o_1} = \\frac{1}{1+exp(-w_5 * a_{h_1} - w_6 * a_{h_2} - b_2)}"), ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-W2[0,0]*a1[0] - W2[0,1]*a1[1] - b2))",)),), batch=104),
    Public("mz-ao2", _MZ, "b104_mz", "b104_mz",
           _eq("a_{o_2} = \\frac{1}{1+exp(-w_7 * a_{h_1} - w_8 * a_{h_2} - b_2)}"), ((C,),),
           (Twin("value", "a2[1]", ("1/(1 + exp(-W2[1,0]*a1[0] - W2[1,1]*a1[1] - b2))",)),), batch=104),
    Public("mz-Etot", _MZ, "b104_mz", "b104_mz_i",
           _eq("E_{total} = \\sum_{i=1}^n \\frac{1}{2}(a_{o_i}- o_i) ^ 2 = E_{o_1} + E_{o_2}"), ((C, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2 + 0.5*(a2[1] - y[1])**2",
                 ("0.5*(a2[0] - y[0])**2 + 0.5*(a2[1] - y[1])**2", "0.5*(y[0] - a2[0])**2 + 0.5*(y[1] - a2[1])**2")),),
           batch=104, why="n = 2 outputs"),
    Public("mz-Eo1", _MZ, "b104_mz", "b104_mz", _eq("E_{o_1} = \\frac{1}{2}(o_1-a_{o_1}) ^ 2"), ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=104),
    Public("mz-Eo2", _MZ, "b104_mz", "b104_mz", _eq("E_{o_2} = \\frac{1}{2}(o_2-a_{o_2}) ^ 2"), ((C,),),
           (Twin("value", "0.5*(y[1] - a2[1])**2", ("0.5*(y[1] - a2[1])**2",)),), batch=104),
    Public("mz-c5", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{tot}}{\\partial w_5} = \\frac{\\partial z_{o_1}}{\\partial w_5} \\times  "
               "\\frac{\\partial a_{o_1}}{\\partial z_{o_1}} \\times \\frac{\\partial E_{tot}}{\\partial a_{o_1}}"),
           ((C,),), (Twin("gradient", "W2[0,0]", ("a1[0]*a2[0]*(1 - a2[0])*(a2[0] - y[0])",)),), batch=104,
           why="two spaces after the first \\times"),
    Public("mz-dz", _MZ, "b104_mz", "b104_mz", _eq("\\frac{\\partial z_{o_1}}{\\partial w_5} = a_{h_1}"), ((C,),),
           (Twin("value", "a1[0]", ("a1[0]",)),), batch=104, why="a local derivative, dz_o1/dw_5, judged as a value"),
    Public("mz-da", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial a_{o_1}}{\\partial z_{o_1}} = \\frac{1}{1+\\exp(-z_{o_1})} =z_{o_1}(1 - z_{o_1})  "),
           ((W, W),), (Twin("value", "a2[0]*(1 - a2[0])", ("1/(1 + exp(-z2[0]))", "z2[0]*(1 - z2[0])")),), batch=104,
           why="the sigmoid's slope, a_o1 (1 - a_o1): the first member is the sigmoid itself and the second writes the "
               "sum z_o1 for the output a_o1 (the page's slips); two trailing spaces"),
    Public("mz-dE", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{tot}}{\\partial a_{o_1}} = (\\frac{1}{2}(o_1-a_{o_1}) ^ 2)' = -(o_1 - a_{o_1})"),
           ((C, C),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "-(y[0] - a2[0])")),), batch=104,
           why="dE/d(output), a value; the first member the derivative of E_o1 written with a prime on its bracket"),
    Public("mz-g5", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{tot}}{\\partial w_5} =-(o_1-a_{o_1})\\times z_{o_1}(1 - z_{o_1})\\times a_{h_1}"),
           ((W,),), (Twin("gradient", "W2[0,0]", ("-(y[0] - a2[0])*z2[0]*(1 - z2[0])*a1[0]",)),), batch=104,
           why="z_o1 (1 - z_o1) for the sigmoid's slope a_o1 (1 - a_o1), carried from the line before: the page's slip"),
    Public("mz-u5", _MZ, "b104_mz", "b104_mz", _eq("w_5^+ = w_5 - \\eta \\frac{\\partial E_{tot}}{\\partial w_5}"),
           ((C,),), (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=104),
    Public("mz-c1", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{tot}}{\\partial w_1} = \\frac{\\partial(E_{o_1}+E_{o_2})}{\\partial w_1}"), ((C,),),
           (Twin("gradient", "W1[0,0]", ("grad",)),), batch=104, why="E_tot = E_o1 + E_o2: the same derivative"),
    Public("mz-c1b", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{tot}}{\\partial w_1} = (\\frac{\\partial E_{o_1}}{\\partial a_{h_1}} + "
               "\\frac{\\partial E_{o_2}}{\\partial a_{h_1}}) \\times \\frac{\\partial a_{h_1}}{\\partial z_{h_1}} "
               "\\times i_1"), ((C,),),
           (Twin("gradient", "W1[0,0]", (f"({_MD[0]}*W2[0,0] + {_MD[1]}*W2[1,0])*a1[0]*(1 - a1[0])*x[0]",)),),
           batch=104),
    Public("mz-dEo1", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{o_1}}{\\partial a_{h_1}} = \\frac{\\partial E_{o_1}}{\\partial a_{o_1}} \\times "
               "\\frac{\\partial a_{o_1}}{\\partial z_{o_1}} \\times w_5"), ((C,),),
           (Twin("value", f"{_MD[0]}*W2[0,0]", (f"{_MD[0]}*W2[0,0]",)),), batch=104,
           why="the derivative of one output's error by the hidden output, judged as a value"),
    Public("mz-dEo2", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{o_2}}{\\partial a_{h_2}} = \\frac{\\partial E_{o_2}}{\\partial a_{o_2}} \\times "
               "\\frac{\\partial a_{o_2}}{\\partial z_{o_2}} \\times w_6"), ((W,),),
           (Twin("value", f"{_MD[1]}*W2[1,1]", (f"{_MD[1]}*W2[0,1]",)),), batch=104,
           why="dE_o2/da_h2 goes through w_8 (h_2 to o_2); w_6 joins h_2 to o_1: the page's slip (it meant dE_o2/da_h1, "
               "through w_7, as the line before needs)"),
    Public("mz-g1", _MZ, "b104_mz", "b104_mz",
           _eq("\\frac{\\partial E_{tot}}{\\partial w_1} = -((o_1-a_{o_1}) z_{o_1}(1 - z_{o_1})+(o_2-a_{o_2}) "
               "z_{o_2}(1 - z_{o_2}))\\times z_{h_1}(1 - z_{h_1})\\times i_1"), ((W,),),
           (Twin("gradient", "W1[0,0]", ("-((y[0] - a2[0])*z2[0]*(1 - z2[0]) + (y[1] - a2[1])*z2[1]*(1 - z2[1]))"
                                         "*z1[0]*(1 - z1[0])*x[0]",)),), batch=104,
           why="the slopes written of the sums (z for a) and the weights w_5, w_7 left out: the page's slips"),
    Public("mz-u1", _MZ, "b104_mz", "b104_mz", _eq("w_1^+ = w_1 - \\eta \\frac{\\partial E_{tot}}{\\partial w_1}"),
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=104),
    # ---- the stored DLVR blog post (Markdown, Jekyll front matter): two claims joined by \rightarrow on one line,
    # g_k' and g_j' (the activation of a node, with a prime) -------------------------------------------------------
    Public("wi-k", _WI, "b104_wi", "b104_wi",
           "$$\n\\delta_k = (a_k - t_k)g_k'(z_k) \\rightarrow \\frac{\\partial E}{\\partial w_{jk}} = \\delta_k a_j\n$$",
           ((C,), (C,)),
           (Twin("gradient_z", "z2[{k}]", (_D2,), _K2), Twin("gradient", "W2[{k},{j}]", (_D2 + "*a1[{j}]",), _K2J3)),
           batch=104, why="E = 1/2 sum_k (a_k - t_k)^2 above; two claims"),
    Public("wi-j", _WI, "b104_wi", "b104_wi",
           "$$\n\\delta_j = g_j'(z_j) \\sum_k \\delta_k w_{jk} \\rightarrow \\frac{\\partial E}{\\partial w_{ij}} = "
           "\\delta_j a_i\n$$", ((C,), (C,)),
           (Twin("gradient_z", "z1[{j}]", (_D1,), _J3), Twin("gradient", "W1[{j},{i}]", (_D1 + "*x[{i}]",), _J3I2)),
           batch=104, why="a_i the inputs (the layer before j)"),
    # ---- the stored KTU notes (Markdown): a list item with its words before the formula, a numbered list of the
    # chain's factors, \equiv, \cdot ------------------------------------------------------------------------------
    Public("ktu-E", _KTU, "b104_ktu", "b104_ktu", "- Total Squared Error Loss: $E = \\frac{1}{2} \\sum_k (y_k - a_k)^2$.",
           ((C,),), (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                          ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=104),
    Public("ktu-cjk", _KTU, "b104_ktu", "b104_ktu",
           "$$\\frac{\\partial E}{\\partial w_{jk}} = \\frac{\\partial E}{\\partial a_k} \\cdot \\frac{\\partial a_k}"
           "{\\partial z_k} \\cdot \\frac{\\partial z_k}{\\partial w_{jk}}$$", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (_D2 + "*a1[{j}]",), _K2J3),), batch=104),
    Public("ktu-1", _KTU, "b104_ktu", "b104_ktu", "1. $\\frac{\\partial E}{\\partial a_k} = -(y_k - a_k) = (a_k - y_k)$",
           ((C, C),), (Twin("value", "a2[{k}] - y[{k}]", ("-(y[{k}] - a2[{k}])", "a2[{k}] - y[{k}]"), _K2),), batch=104,
           why="dE/d(output k), a value"),
    Public("ktu-2", _KTU, "b104_ktu", "b104_ktu", "2. $\\frac{\\partial a_k}{\\partial z_k} = g'(z_k)$", ((C,),),
           (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),), batch=104,
           why="the activation's slope, a value (g the sigmoid here)"),
    Public("ktu-3", _KTU, "b104_ktu", "b104_ktu", "3. $\\frac{\\partial z_k}{\\partial w_{jk}} = a_j$", ((C,),),
           (Twin("value", "a1[{j}]", ("a1[{j}]",), _K2J3),), batch=104, why="a local derivative, a value"),
    Public("ktu-dk", _KTU, "b104_ktu", "b104_ktu",
           "$$\\delta_k \\equiv \\frac{\\partial E}{\\partial z_k} = (a_k - y_k) g'(z_k)$$", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", (_D2, _D2), _K2),), batch=104, why="\\equiv the definition of delta_k"),
    # ---- the stored Chinese PyTorch notes (Markdown): a list item's $...$, an indented $$ block with loss = before
    # \begin{equation}, \text{MSE}, f_\theta(x), \left( \right), x^0_j; the page's E is (O - t)^2, without the half --
    Public("pt-mse", _PT, "b104_pt_lin", "b104_pt_lin",
           "  $$\n  loss = \\begin{equation}\n  \\text{MSE} =  \\sum(y_i - \\hat{y}_i)^2\n  \\end{equation}\n  $$",
           ((C, C),), (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - a1[0])**2", "(y[0] - a1[0])**2")),), batch=104,
           why="one sample; the sum of the squared errors (the page names it MSE)"),
    Public("pt-loss", _PT, "b104_pt_lin", "b104_pt_lin", "- $loss = \\sum[y-(xw+b)]^2 = \\sum[y-f_\\theta(x)]^2$",
           ((C, C),), (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - (x[0]*W1[0,0] + b1[0]))**2", "(y[0] - a1[0])**2")),),
           batch=104),
    Public("pt-dth", _PT, "b104_pt_lin", "b104_pt_lin",
           _eq("\\frac{\\partial \\text{loss}}{\\partial \\theta} =  2\\sum [y - f_\\theta(x)] \\left( "
               "\\frac{\\partial f_\\theta(x)}{\\partial \\theta} \\right)"), ((W,),),
           (Twin("gradient", "W1[0,0]", ("2*(y[0] - a1[0])*x[0]",)),), batch=104,
           why="theta the weight w: the derivative of [y - f]^2 is -2 [y - f] df/dtheta; the minus is dropped (the "
               "page's slip)"),
    Public("pt-y", _PT, "b104_pt_one", "b104_pt_one", "- $y = \\sum x_i * w_i + b$", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2] + b1[0]",)),), batch=104,
           why="the single-output perceptron's weighted sum (three inputs here)"),
    Public("pt-dw0", _PT, "b104_pt_one", "b104_pt_one",
           "$$\n\\frac{\\partial E}{\\partial w_{j0}} = (O_0 - t)O_0(1-O_0)x^0_j\n$$", ((W,),),
           (Twin("gradient", "W1[0,{j}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{j}]",), _I3),), batch=104,
           why="the page's E is (O - t)^2 (its list above: \"E 表示做 loss $(O - t)^2$\"): the factor 2 is missing; right "
               "for half the squared error, which the page does not write"),
    # ---- the stored JavaScript lesson (the paper's letters: x total input, y activity, d target): LaTeX in HTML list
    # items inside a template literal (taken as the string's value: \\cdot in the source is \cdot), worked numbers,
    # two claims joined by ", so", \tfrac12, (eq 4) after the formula, a sentence on the next line ------------------
    Public("js-fh", _JS, "b104_js", "b104_js",
           "         <li>$x_h = y_i w_{hi} = 0.5\\cdot 0.2 = 0.1$, so $y_h = 1/(1+e^{-0.1}) = 0.524979$.</li>",
           ((C, C, C), (C, C)),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0]", "=0.5*0.2", "=0.1")),
            Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.1))", "=0.524979"))), batch=104),
    Public("js-fo", _JS, "b104_js", "b104_js",
           "         <li>$x_o = y_h w_{oh} = 0.524979\\cdot 0.3 = 0.157494$, so $y_o = 1/(1+e^{-0.157494}) = "
           "0.539292$.</li>", ((C, C, C), (C, C)),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0]", "=0.524979*0.3", "=0.157494")),
            Twin("value", "a2[0]", ("=1/(1 + np.exp(-0.157494))", "=0.539292"))), batch=104),
    Public("js-E", _JS, "b104_js", "b104_js",
           "         <li>Error $E = \\tfrac12 (y_o-d)^2 = \\tfrac12(0.539292)^2 = 0.145418$.</li>", ((C, C, C),),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2", "=0.5*0.539292**2", "=0.145418")),),
           batch=104),
    Public("js-dyo", _JS, "b104_js", "b104_js",
           "         <li>$\\partial E/\\partial y_o = y_o - d = 0.539292$ (eq 4).</li>", ((C, C),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]", "=0.539292")),), batch=104, why="dE/d(output), a value"),
    Public("js-dxo", _JS, "b104_js", "b104_js",
           "         <li>$\\partial E/\\partial x_o = 0.539292\\cdot y_o(1-y_o) = 0.539292\\cdot 0.248456 = 0.133990$ "
           "(eq 5).\n         This is the output delta $\\delta_o$.</li>", ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])",
                 ("0.539292*a2[0]*(1 - a2[0])", "=0.539292*0.248456", "=0.133990")),),
           batch=104, why="dE/dx_o (delta_o) twinned as a value, as the oracle judges numbers of values; the first "
                          "member mixes the number dE/dy_o with the symbols of the slope"),
    # ---- the stored Pascal program (Mazur's numbers): function ... begin Result:= ... end;, := with a trailing ;,
    # b1 * 1, a call in brackets ---------------------------------------------------------------------------------
    Public("pas-sig", _PAS, "b104_pas", "b104_pas_f",
           "function logisticsFunction(x:real):real;\nbegin\n  Result:=(1/(1 + exp(-x)));\nend;", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=104),
    Public("pas-h1net", _PAS, "b104_pas", "b104_pas", "h1net:=w1 * i1 + w2 * i2 + b1 * 1;", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1",)),), batch=104),
    Public("pas-h1", _PAS, "b104_pas", "b104_pas", "h1:=(logisticsFunction(h1net));", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=104),
    # ---- the stored OCaml file: let f x = ... ;;, the float operators /. +. *. -., ** for the power ------------------
    Public("ml-sig", _ML, "b104_ml", "b104_ml", "let sigmoid x = 1.0 /. (1.0 +. 2.71828 ** x) ;;", ((W,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + 2.71828**z1[0])",)),), batch=104,
           why="e^x for e^-x (and e cut to 2.71828): 1 / (1 + e^x) is sigmoid(-x); the page's slip"),
    Public("ml-dsig", _ML, "b104_ml", "b104_ml", "let sigmoid_derivative x =\n    sigmoid x *. (1.0 -. sigmoid x) ;;",
           ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1.0 - sigmoid(z1[0]))",)),),
           batch=104, why="the rule, of the sigmoid the notation names (the file's own sigmoid line is wrong)"),
    # ---- the stored F# module: let f z = ... on the next line, Math.Pow(Math.E, ...), a name with a prime ------------
    Public("fs-sig", _FS, "b104_fs", "b104_fs", "let sigmoid z =\n  1.0 / (1.0 + Math.Pow(Math.E, -z))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(1)**(-z1[0]))",)),), batch=104),
    Public("fs-sp", _FS, "b104_fs", "b104_fs",
           "let sigmoid' z =\n  Math.Pow(Math.E, z) / Math.Pow(Math.Pow(Math.E, z) + 1.0, 2.0)", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("exp(z1[0])/(exp(z1[0]) + 1.0)**2.0",)),), batch=104,
           why="e^z / (e^z + 1)^2, the sigmoid's slope at z"),
    # ---- the stored R file (Portuguese names): name <- function(arg) { return(...) } over three lines -----------
    Public("r-sig", _R, "b104_r", "b104_r_f", "sigmoid  <- function(soma) {\n  return(1 / (1 + exp(-soma)))\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=104, why="two spaces before <-"),
    Public("r-dsig", _R, "b104_r", "b104_r_f", "sigmoidDerivada <- function(sig) {\n  return(sig * (1 - sig))\n}",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=104,
           why="the sigmoid's slope written of the output sig (the loop calls it with camadaSaida and camadaOculta)"),
]
