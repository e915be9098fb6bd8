r"""Batch 55 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 12 addresses no earlier batch used (the "pages" corpus: davidbieber.com's snippet on the softmax
cross-entropy's derivative, three of Nemotron-CC-Math-v1's copies of posts, named by their titles after the data
set's address as in the batches before ("Lecture 6: Neural Networks", "Tanh Activation Function Derivative Graph" and
"... Calculator"), ai.stackexchange 35741, a deeplearning.ai forum thread on tanh, three repositories' notebook pages
(Rockung/sma, HeitorKun/TCC-exploration, Zemke/ml), wjhsh.net's copy of cs231n's exercise, a Hendrix College lecture
page and answerofmath.com's copy of an answer), copied verbatim, typos and mistakes included, each with the notation a
teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the product documents),
a network of the kind the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch55_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. Every notation was loaded with its network
(backprop.symbolic.notation_loading.load_notation) before the run, reading no formula. Lines of formulas the page
holds in sentences keep their sentence (davidbieber's "Write $...$.", "We have $...$ from the chain rule.", the
Stack Exchange question's "The cost function $$...$$ where * is ..."), a list item's dash, a code line's comment and
trailing spaces. Lines whose formula a page or an earlier batch already gave verbatim (cs231n's dot = ... and ddot =
... lines in wjhsh.net's copy, batch 34's; nnfs's xw0 = x[0] * w[0] in danjelito's notebook, batch 51's page) were
left out; so was the Tanh Calculator's d/dx tanh(x) = 1 - tanh^2(x), batch 39's text.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 55

The batch: 55 formulas (57 claims: sma-sigmoid-slope's $$ block holds sigma(x) = ... and, after a Markdown-escaped
\\\\ and \rightarrow, its derivative; ozark-fprime's list item "If f(x) = sigmoid(x), f'(x) = ..." holds two), 47
values (forward values and losses, local derivatives dy_i/dx_j of the softmax in its two cases and as \begin{cases},
dy/dx of tanh step by step, dsigma and the list dfdx of code, dL/da of the cross-entropy and of a squared error, the
deltas d^k = -dE/dz and delta_i^L named by the pages, the weight's change dw[i]), 5 deltas dL/dz (davidbieber's dL/dx_j
three times, the question's dE/dX_j, HeitorKun's dz), 1 gradient (Lecture 6's dE/dw[i] over three $$ blocks) and 2
updates (w_new, b_new); 40 in LaTeX (inline $...$ in sentences, $$ blocks, LaTeX lines without delimiters from a
forum post, a copy whose backslashes were lost: delta, cdot) and 15 plain text or code (NumPy and Python, a
conditional expression, Markdown list items). The softmax Jacobian's cases are judged with --when "i=j" and
--when "i!=j" where the page says the case in words before the block.

9 are mistaken somewhere (the oracle finds at least one member wrong):

- lect6-y: y = f(\sum(w[i] x[i] + \theta)), the bias inside the sum over the inputs (added once per input; the
  page's later lines write f'(\sum(w[i] x[i]) + \theta));
- lect6-E: the same bias inside the sum in E's second member (its first, \sum_k (t^k - y^k)^2 / 2, is right);
- the forum post's tanh (six lines): the quotient rule for (u - v)/(u + v) written with one of its two terms, \frac{(v
  \cdot u' - u \cdot v')}{(v + u)^2}, half of dy/dx, and every step after it (e^{x-x} + e^{x-x}, 1+1, 2/(e^x +
  e^{-x})^2, 2/(2\cosh(x))^2); the post's next line, 1/\cosh^2(x), is right again (dlai-quotient, dlai-substituted,
  dlai-exp0, dlai-one-plus-one, dlai-two, dlai-cosh);
- zemke-fp: fp = ReLU(np.dot(X, weights)) + bias, the bias added after the ReLU (right at the page's numbers,
  ReLU(5) + 1 = ReLU(6), not where the sum is negative).

What the spec could not express, which a page needed: nothing was left out for it. Notes: Lecture 6's f(x) = 1/(1 +
exp(-ax)) has a slope a (f is the sigmoid here, a = 1; its f'(x) = f(x)(1 - f(x)) line, on a bare x that the page also
uses for the input vector x[i], was left out); the cs231n pages differentiate the neuron's output, not a loss, so
their derivatives (dsigma, dfdx, dy/dx) are named in the notation and twinned as values, and cs231n's dfdw, a list of
two weights' and the bias's derivatives, which no one pattern can name, was left out; answerofmath's delta_i^L(n) is
a function of the iteration n, which the notation cannot name as such (its patterns are delta_{i}^{L}, x_{i}^{L},
e_{i}^{L}, and the (n) is the page's).

Collected on 2026-12-05 from 04:15 to 04:25 by the machine's clock (the oracle's runs included).

Run blind once at main 9bba245 (/work/READY_FOR_BLIND15), with nothing under src/ changed (the output saved in
/work/batch55_blind.txt): 43 of 55 read with every verdict right (78%); 11 refused that should have been read; 1
misread (no wrong verdict in it, see below); no crash; NO WRONG FORMULA CALLED CORRECT. No refusal was the
collector's notation outside the spec's grammar, so there was no second run. Of the 9 mistaken formulas, 8 read with
every verdict right (lect6-y, the forum's six tanh steps, zemke-fp: each called wrong) and 1 was refused (lect6-E).
By kind of claim: values 38 of 47, deltas 3 of 5, gradients 0 of 1, updates 2 of 2. LaTeX against plain text: the
40 in LaTeX read 32 (80%), the 15 in plain text or code 11 (73%). By page: davidbieber 10 of 12, Lecture 6 3 of 6,
ai.stackexchange 35741 1 of 3, the deeplearning.ai thread 13 of 13, the Tanh Graph 2 of 2, the Tanh Calculator 1 of
1, Rockung/sma 5 of 5, wjhsh.net 1 of 1, HeitorKun 6 of 8, Zemke 1 of 1, Hendrix 0 of 2, answerofmath 0 of 1.

The misread (1): a code comment that works the line's numbers read as more members of its chain, HeitorKun's
``z = w * x + b  # 0.5*1.0 - 1.0 = -0.5`` (heitor-z): got three members, each correct (the comment's 0.5*1.0 - 1.0
and -0.5 are z at the file's numbers), where the twin wrote one (the collector took the comment for a remark). No
verdict in it is wrong; the count is the twin's choice as much as check's. Corrected after the run (the lead):
worked numbers in a comment are the chain's members by the documented rule, so the twin now has the three
members and the entry reads (44 of 55).

The refusals by construct (11), with the exact message, and what a one-line rewrite showed (tried afterwards, on the
same main, with the rewrite only):

- 3, a sum over the samples without bounds where the network file's reduction is the mean (Lecture 6's E =
  \frac{\sum_{k} (t^k - y^k)^2}{2}, -\sum_{k}(t^k - y^k) \cdot \frac{dy^k}{dw[i]}, dw[i] = n \sum_{k}(d^k \cdot
  x[i]^k)): "a sum over the samples has no bound, so nothing says how many it adds: '\frac{\sum_{k} (t^k - y^k
  )^2}{2}' is right for one sample but not over N samples, where the file's reduction makes the step's loss their
  mean; give N its value in the notation ("N" = "1", the one sample check reads), or, if the page's loss is their
  total, write reduction = "sum" in the file's [update]" (lect6-E, lect6-dEdw, lect6-dw). The page's E is the total
  over the samples, so the file should have said reduction = "sum" (the collector's network, not its notation). Tried
  afterwards with it: lect6-E reads (correct, wrong) and lect6-dw correct; lect6-dEdw is then refused at
  f'(\sum(w[i]^k \cdot x[i]^k) + \theta), "a sum without its index letter, whose term has no free index (its i the
  left side's, a sum's letter must be its own)";
- 2, ranges written after the formula, ",\:\: i=1,\cdots,n : j=1,\cdots,c" (ai.stackexchange 35741): "formula
  '\\ldots ,n : j=1, \\ldots ,c': unexpected at ',' (position 8); a comma after a member is no product: write \cdot
  (or \,) for one, or give a second claim its own left side (A = B, \quad C = D)" (aise-dEdYhat, aise-dEdX). Tried
  afterwards without the ranges: both read correct;
- 2, TeX's control space "\ " after a row break, the page's \\\ (\\ then "\ ") in \begin{cases}: "the command \ is
  not part of a formula check can read at '\\ ' (position 63); write arithmetic, \frac, \sum, \sigma, \log, \exp and
  the homework's symbols" (bieber-cases; bieber-chain-cases at position 109). Tried afterwards with \\ alone: both
  read, every member correct (the \sum\limits_i over a cases expression included);
- 1, a function's name that a code name of the notation begins, relu( beside the pattern "relu_derivative" (read, as
  docs/notation.md says, as relu with the subscript derivative): "formula 'a = relu(z)': relu matches none of the
  notation's patterns for relu ('relu_derivative')" (heitor-a). Tried afterwards without that pattern: reads correct;
- 1, a Markdown list's "- " before words with the formula in parentheses, "- Threshold the output (sigmoid(x) = 1 /
  (1 + e^-x))": "'- ' at the start of the line reads as a list's bullet or as a minus on what follows, and the two
  readings do not agree; write the line without the bullet, or (-...) in parentheses for the negative"
  (ozark-sigmoid). Tried afterwards without "- ": reads correct;
- 1, prose before the formula, "- If f(x) = sigmoid(x), f'(x) = ...": "formula '- If f(x) = sigmoid(x)': unknown
  symbol I; the notation knows x; give it a meaning in the notation's [notation.symbols], e.g. "I" = "a1[0]""
  (ozark-fprime: "If" read as I times f). Tried afterwards without "- ": the same refusal; without "- If ": both
  claims read correct;
- 1, LaTeX whose backslashes a copy lost, "cdot" for \cdot (answerofmath): "unknown symbol c; the notation knows
  \delta, e, x; give it a meaning in the notation's [notation.symbols], e.g. "c" = "a1[0]"" (answer-delta-L). Tried
  afterwards with \cdot: reads correct (the bare "delta" and the iteration's (n) read as they are).

Which look general: ranges stated after a formula (i = 1, ..., n), TeX's control space, a word of prose ("If")
before a formula, a formula in parentheses in a list item's sentence, a function's name shadowed by a code name
that begins with it (relu beside relu_derivative, sigmoid beside sigmoid_derivative), and a sum over the samples
whose loss is their total (a problem-file matter as much as a reading one; the sum without its index letter after
it, f'(\sum(w[i] x[i]) + \theta), is general too); page-specific: the lost backslashes of answerofmath's copy.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch55_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_BIEBER = "https://davidbieber.com/snippets/2020-12-12-derivative-of-softmax-and-the-softmax-cross-entropy-loss/"
_LECT6 = f"{_NEMOTRON} (Lecture 6: Neural Networks)"
_AISE = ("https://ai.stackexchange.com/questions/35741/trouble-writing-the-backpropagation-algorithm-in-python-through"
         "-crossentropy-and")
_DLAI = "https://community.deeplearning.ai/t/missing-intution-on-tanh-in-back-prop-programming-assignment-2/581594/3"
_TANHG = f"{_NEMOTRON} (Tanh Activation Function Derivative Graph)"
_TANHC = f"{_NEMOTRON} (Tanh Activation Function Derivative Calculator)"
_SMA = "https://github.com/Rockung/sma"
_WJHSH = "http://wjhsh.net/hbuwyg-p-15550275.html"
_HEITOR = "https://github.com/HeitorKun/TCC-exploration"
_ZEMKE = "https://github.com/Zemke/ml"
_OZARK = "http://ozark.hendrix.edu/~ferrer/courses/335/s20/lectures/neural-1.html"
_ANSWER = "https://answerofmath.com/solved-how-to-adjust-neural-network-weights-for-several-inputs/"

_I0 = ({"i": 0},)
_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J3 = tuple({"j": j} for j in range(3))
_SAME = tuple({"i": i, "j": i} for i in range(3))
_OTHER = tuple({"i": i, "j": j} for i in range(3) for j in range(3) if i != j)
_IJ = tuple({"i": i, "j": j} for i in range(3) for j in range(3))

# the softmax's denominator over three logits, and the cross-entropy against a one-hot t
_S = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
# -sum_i t_i (1/y_i) dy_i/dx_j, the softmax's Jacobian dy_i/dx_j = y_i (delta_ij - y_j) written out
_CHAIN = "-(" + " + ".join(f"t[{i}]/a1[{i}]*a1[{i}]*(({i} == {{j}}) - a1[{{j}}])" for i in range(3)) + ")"
# Lecture 6's theta inside the sum over the two inputs: added once per input
_THETA_IN = "sigmoid(W1[0,0]*x[0] + b1[0] + W1[0,1]*x[1] + b1[0])"
# -dE/dz of one sigmoid unit with 1/2 (t - y)^2
_DK = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"
# the tanh's derivative 1 - y^2, and the forum's quotient rule with one term of the numerator (half of it)
_TANH_PRIME = "1 - a1[0]**2"
_HALF = "(exp(-z1[0])*exp(z1[0]) - exp(z1[0])*(-exp(-z1[0])))/(exp(-z1[0]) + exp(z1[0]))**2"
_SIG_SLOPE = "a1[0]*(1 - a1[0])"
_RELU_DZ = "2*(a1[0] - y[0])*Heaviside(z1[0])"

ENTRIES: list[Public] = [
    # ---- davidbieber.com's snippet "Derivative of Softmax and the Softmax Cross Entropy Loss": inline $...$ in
    # sentences, \text{softmax}(\textbf{x})_i, \sum without bounds, d{x_j}, the cases i = j and i != j said in words
    # before each block, \begin{cases} with \\\ (a Markdown-escaped \\), \sum\limits_i over cases -----------------
    Public("bieber-softmax", _BIEBER, "b55_softmax3", "b55_bieber",
           "Write $y_i = \\text{softmax}(\\textbf{x})_i = \\frac{e^{x_i}}{\\sum e^{x_d}}$.", ((C, C),),
           (Twin("value", "a1[{i}]", ("a1[{i}]", f"exp(z1[{{i}}])/{_S}"), _I3),), batch=55),
    Public("bieber-loss", _BIEBER, "b55_softmax3", "b55_bieber",
           "Next write $L = -\\sum t_i \\ln(y_i)$. This is the softmax cross entropy loss. $t_i$ is a 0/1 target "
           "representing whether the correct class is class $i$.", ((C,),),
           (Twin("value", _CE, (_CE,)),), batch=55),
    Public("bieber-chain", _BIEBER, "b55_softmax3", "b55_bieber",
           "We have $\\frac{dL}{dx_j} = -\\sum t_i \\frac{1}{y_i} \\frac{dy_i}{d{x_j}}$ from the chain rule.", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CHAIN,), _J3),), batch=55,
           why="x the softmax's inputs (the layer's sums): dL/dx_j is dL/dz_j"),
    Public("bieber-dii-quotient", _BIEBER, "b55_softmax3", "b55_bieber",
           "$\\frac{dy_i}{dx_j} = \\frac{\\sum e^{x_d} \\cdot e^{x_i} - e^{x_i} \\cdot e^{x_i}}{(\\sum e^{x_d})^2}$",
           ((C,),), (Twin("value", "a1[{i}]*(1 - a1[{i}])",
                          (f"({_S}*exp(z1[{{i}}]) - exp(z1[{{i}}])*exp(z1[{{i}}]))/{_S}**2",), _SAME),),
           when="i=j", batch=55, why="\"If $i = j$, this gives:\", said before the block: --when \"i=j\""),
    Public("bieber-dii-factored", _BIEBER, "b55_softmax3", "b55_bieber",
           "$\\frac{dy_i}{dx_j} = \\frac{e^{x_i}}{\\sum e^{x_d}} \\cdot \\left(\\frac{\\sum e^{x_d} - e^{x_i}}{\\sum "
           "e^{x_d}}\\right)$", ((C,),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])", (f"exp(z1[{{i}}])/{_S}*(({_S} - exp(z1[{{i}}]))/{_S})",), _SAME),),
           when="i=j", batch=55, why="the case i = j's second line"),
    Public("bieber-dii", _BIEBER, "b55_softmax3", "b55_bieber", "$\\frac{dy_i}{dx_j} = y_i \\cdot (1 - y_i)$", ((C,),),
           (Twin("value", "a1[{i}]*(1 - a1[{i}])", ("a1[{i}]*(1 - a1[{i}])",), _SAME),), when="i=j", batch=55,
           why="the case i = j's last line"),
    Public("bieber-dij-quotient", _BIEBER, "b55_softmax3", "b55_bieber",
           "$\\frac{dy_i}{dx_j} = \\frac{\\sum e^{x_d} \\cdot 0 - e^{x_i} \\cdot e^{x_j}}{(\\sum e^{x_d})^2}$", ((C,),),
           (Twin("value", "-a1[{i}]*a1[{j}]", (f"({_S}*0 - exp(z1[{{i}}])*exp(z1[{{j}}]))/{_S}**2",), _OTHER),),
           when="i!=j", batch=55, why="\"If $i \\ne j$, this gives:\", said before the block: --when \"i!=j\""),
    Public("bieber-dij-factored", _BIEBER, "b55_softmax3", "b55_bieber",
           "$\\frac{dy_i}{dx_j} = -\\frac{e^{x_i}}{\\sum e^{x_d}} \\cdot \\frac{e^{x_j}}{\\sum e^{x_d}}$", ((C,),),
           (Twin("value", "-a1[{i}]*a1[{j}]", (f"-exp(z1[{{i}}])/{_S}*exp(z1[{{j}}])/{_S}",), _OTHER),), when="i!=j",
           batch=55, why="the case i != j's second line"),
    Public("bieber-dij", _BIEBER, "b55_softmax3", "b55_bieber", "$\\frac{dy_i}{dx_j} = -y_i y_j$", ((C,),),
           (Twin("value", "-a1[{i}]*a1[{j}]", ("-a1[{i}]*a1[{j}]",), _OTHER),), when="i!=j", batch=55,
           why="the case i != j's last line"),
    Public("bieber-cases", _BIEBER, "b55_softmax3", "b55_bieber",
           "$\\frac{dy_i}{dx_j} = \\begin{cases} y_i \\cdot (1 - y_i) & i=j \\\\\\ -y_i y_j & i \\ne j \\end{cases}$",
           ((C,),), (Twin("value", "a1[{i}]*(({i} == {j}) - a1[{j}])",
                          ("(a1[{i}]*(1 - a1[{i}]) if {i} == {j} else -a1[{i}]*a1[{j}])",), _IJ),), batch=55,
           why="the two cases together; \\\\\\ is the page's Markdown-escaped row break \\\\"),
    Public("bieber-chain-cases", _BIEBER, "b55_softmax3", "b55_bieber",
           "$\\frac{dL}{dx_j} = -\\sum t_i \\frac{1}{y_i} \\frac{dy_i}{d{x_j}} = \\sum\\limits_i \\begin{cases} t_i "
           "(y_i - 1) & i=j \\\\\\ t_i y_j & i \\ne j \\end{cases}$", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", (_CHAIN, "t[{j}]*(a1[{j}] - 1) + a1[{j}]*(t[0] + t[1] + t[2] - t[{j}])"),
                 _J3),), batch=55, why="a sum over i of a cases expression: its term is t_i (y_i - 1) at i = j"),
    Public("bieber-final", _BIEBER, "b55_softmax3", "b55_bieber", "$\\frac{dL}{dx_j} = y_j - t_j$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}] - t[{j}]",), _J3),), batch=55),
    # ---- Nemotron's "Lecture 6: Neural Networks": $$ blocks on lines of their own, code's brackets w[i], x[i] with a
    # sample's superscript k, \sum(...) without an index, a chain continued in $$ blocks that start with =, d^k for
    # -dE/dz, dw[i] the weight's change, n the learning rate; theta written inside the sum over the inputs ----------
    Public("lect6-y", _LECT6, "b55_lecture6", "b55_lecture6",
           "$$\ny = f\\left(\\sum(w[i] \\cdot x[i] + \\theta)\\right)\n$$",
           ((W,),), (Twin("value", "a1[0]", (_THETA_IN,)),), batch=55,
           why="the bias theta inside the sum over the two inputs, added once per input (the page's later lines, "
               "f'(sum(w[i] x[i]) + theta), put it outside)"),
    Public("lect6-E", _LECT6, "b55_lecture6", "b55_lecture6",
           "$$\nE = \\frac{\\sum_{k}\\left(t^k - y^k\\right)^2}{2} = \\frac{\\left(t^k - f\\left(\\sum(w[i]^k \\cdot "
           "x[i]^k + \\theta)\\right)\\right)^2}{2}\n$$", ((C, W),),
           (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2", f"(y[0] - {_THETA_IN})**2/2")),), batch=55,
           why="one sample k; the second member puts theta inside the sum over the inputs again"),
    Public("lect6-dEdw", _LECT6, "b55_lecture6", "b55_lecture6",
           "$$\n\\frac{dE}{dw[i]} = -\\sum_{k}(t^k - y^k) \\cdot \\frac{dy^k}{dw[i]}\n$$\n\n$$\n"
           "= -\\sum_{k}(t^k - y^k) "
           "\\cdot f'\\left(\\sum(w[i]^k \\cdot x[i]^k) + \\theta\\right)x[i]^k\n$$\n\n$$\n= -\\sum_{k}(d^k \\cdot "
           "x[i]^k)\n$$", ((C, C, C),),
           (Twin("gradient", "W1[0,{i}]", (f"-{_DK}*x[{{i}}]",) * 3, _I2),), batch=55,
           why="the chain continued in two $$ blocks that start with =; d^k = (t^k - y^k) f'(...) as the page defines"
               " it below"),
    Public("lect6-dk", _LECT6, "b55_lecture6", "b55_lecture6",
           "$$\nd^k = (t^k - y^k) \\cdot f'\\left(\\sum(w[i]^k \\cdot x[i]^k) + \\theta\\right)\n$$", ((C,),),
           (Twin("value", _DK, ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),), batch=55,
           why="d^k is -dE/dz (the page's delta rule adds n d^k x)"),
    Public("lect6-dk-y", _LECT6, "b55_lecture6", "b55_lecture6", "$$\nd^k = (t^k - y^k) \\cdot y^k(1 - y^k)\n$$",
           ((C,),), (Twin("value", _DK, (_DK,)),), batch=55),
    Public("lect6-dw", _LECT6, "b55_lecture6", "b55_lecture6", "$$\ndw[i] = n \\sum_{k}(d^k \\cdot x[i]^k)\n$$",
           ((C,),), (Twin("value", f"-eta*(a1[0] - y[0])*{_SIG_SLOPE}*x[{{i}}]", (f"eta*{_DK}*x[{{i}}]",), _I2),),
           batch=55, why="\"dw[i]\" the weight's change, -n dE/dw[i] (\"we want to reduce the error\")"),
    # ---- ai.stackexchange 35741: $$ inline in a sentence, -sum(Y * \log(\hat{Y})) with * element by element, the
    # sample's superscript (i), ranges after the formula ",\:\: i=1,\cdots,n : j=1,\cdots,c" -------------------------
    Public("aise-J", _AISE, "b55_softmax3", "b55_aise",
           "The cost function $$J(Y,\\hat{Y}) = -sum(Y * \\log(\\hat{Y}))$$ where * is element by element "
           "multiplication.", ((C,),), (Twin("value", _CE, (_CE,)),), batch=55,
           why="one sample; the line's earlier sentences (\"So, let $$Y$$ be the matrix ...\") hold no equation and "
               "are left out"),
    Public("aise-dEdYhat", _AISE, "b55_softmax3", "b55_aise",
           "$$\\frac{\\partial E}{\\partial \\hat{Y}_j^{(i)}} = -\\frac{Y_j^{(i)}}{\\hat{Y}_j^{(i)}},\\:\\: "
           "i=1,\\cdots,n : j=1,\\cdots,c$$", ((C,),),
           (Twin("value", "-t[{j}]/a1[{j}]", ("-t[{j}]/a1[{j}]",), _J3),), batch=55,
           why="dE/d(softmax output j) of the cross-entropy is -t_j/a_j (written down by hand: a derivative by an "
               "activation is twinned as a value)"),
    Public("aise-dEdX", _AISE, "b55_softmax3", "b55_aise",
           "$$\\frac{\\partial E}{\\partial X_j^{(i)}}= \\sum_{k=1}^c \\frac{\\partial E}{\\partial \\hat{Y}_k^{(i)}}"
           "\\frac{\\partial \\hat{Y}_k^{(i)}}{\\partial X_j^{(i)}} ,\\:\\: i=1,\\cdots,n : j=1,\\cdots,c$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_CHAIN,), _J3),), batch=55, why="the chain rule through the softmax"),
    # ---- deeplearning.ai's forum, "Missing intution on tanh in back-prop" (a ChatGPT derivation quoted in a post):
    # LaTeX lines without delimiters, u = e^x and v = e^{-x} with primes u', v'; the quotient rule written with one
    # of its two terms, (v u' - u v')/(v + u)^2, which halves every step after it until 2/(2 cosh x)^2 "=" 1/cosh^2 x
    Public("dlai-tanh", _DLAI, "b55_tanh1", "b55_dlai", "\\tanh(x) = \\frac{e^x - e^{-x}}{e^x + e^{-x}}", ((C,),),
           (Twin("value", "tanh(z1[0])", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=55),
    Public("dlai-y", _DLAI, "b55_tanh1", "b55_dlai", "y = \\frac{e^x - e^{-x}}{e^x + e^{-x}}", ((C,),),
           (Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=55),
    Public("dlai-uv", _DLAI, "b55_tanh1", "b55_dlai", "y = \\frac{u - v}{u + v}", ((C,),),
           (Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),), batch=55),
    Public("dlai-quotient", _DLAI, "b55_tanh1", "b55_dlai",
           "\\frac{dy}{dx} = \\frac{(v \\cdot u' - u \\cdot v')}{(v + u)^2}", ((W,),),
           (Twin("value", _TANH_PRIME, (_HALF,)),), batch=55,
           why="the quotient rule for (u - v)/(u + v) gives 2(v u' - u v')/(u + v)^2: the post's is half of dy/dx"),
    Public("dlai-u-prime", _DLAI, "b55_tanh1", "b55_dlai", "u' = e^x", ((C,),),
           (Twin("value", "exp(z1[0])", ("exp(z1[0])",)),), batch=55, why="u' the derivative of u = e^x, named so"),
    Public("dlai-v-prime", _DLAI, "b55_tanh1", "b55_dlai", "v' = -e^{-x}", ((C,),),
           (Twin("value", "-exp(-z1[0])", ("-exp(-z1[0])",)),), batch=55, why="v' the derivative of v = e^{-x}"),
    Public("dlai-substituted", _DLAI, "b55_tanh1", "b55_dlai",
           "\\frac{dy}{dx} = \\frac{(e^{-x} \\cdot e^x - e^x \\cdot (-e^{-x}))}{(e^{-x} + e^x)^2}", ((W,),),
           (Twin("value", _TANH_PRIME, (_HALF,)),), batch=55, why="the half carried on"),
    Public("dlai-exp0", _DLAI, "b55_tanh1", "b55_dlai",
           "\\frac{dy}{dx} = \\frac{(e^{x-x} + e^{x-x})}{(e^x + e^{-x})^2}", ((W,),),
           (Twin("value", _TANH_PRIME,
                 ("(exp(z1[0] - z1[0]) + exp(z1[0] - z1[0]))/(exp(z1[0]) + exp(-z1[0]))**2",)),), batch=55),
    Public("dlai-one-plus-one", _DLAI, "b55_tanh1", "b55_dlai", "\\frac{dy}{dx} = \\frac{1+1}{(e^x + e^{-x})^2}",
           ((W,),), (Twin("value", _TANH_PRIME, ("(1 + 1)/(exp(z1[0]) + exp(-z1[0]))**2",)),), batch=55),
    Public("dlai-two", _DLAI, "b55_tanh1", "b55_dlai", "\\frac{dy}{dx} = \\frac{2}{(e^x + e^{-x})^2}", ((W,),),
           (Twin("value", _TANH_PRIME, ("2/(exp(z1[0]) + exp(-z1[0]))**2",)),), batch=55,
           why="dy/dx is 4/(e^x + e^{-x})^2"),
    Public("dlai-cosh", _DLAI, "b55_tanh1", "b55_dlai", "\\frac{dy}{dx} = \\frac{2}{(2\\cosh(x))^2}", ((W,),),
           (Twin("value", _TANH_PRIME, ("2/(2*np.cosh(z1[0]))**2",)),), batch=55,
           why="2/(2 cosh x)^2 is 1/(2 cosh^2 x), half of dy/dx (the post's next line, 1/cosh^2 x, is right again)"),
    Public("dlai-sech-cosh", _DLAI, "b55_tanh1", "b55_dlai", "\\frac{dy}{dx} = \\frac{1}{\\cosh^2(x)}", ((C,),),
           (Twin("value", _TANH_PRIME, ("1/np.cosh(z1[0])**2",)),), batch=55),
    Public("dlai-sech", _DLAI, "b55_tanh1", "b55_dlai", "\\frac{dy}{dx} = \\text{sech}^2(x)", ((C,),),
           (Twin("value", _TANH_PRIME, ("1/np.cosh(z1[0])**2",)),), batch=55,
           why="\\text{sech}, the hyperbolic secant"),
    # ---- Nemotron's "Tanh Activation Function Derivative Graph" and "... Calculator": $$ blocks, f(x) = \tanh(x) with
    # e^{-2x}, f(x)^2, \tanh^2(x), \sinh/\cosh ---------------------------------------------------------------------
    Public("tanhg-f", _TANHG, "b55_tanh1", "b55_tanhgraph", "$$\nf(x) = \\tanh(x) = \\frac{2}{1+e^{-2x}} - 1\n$$",
           ((C, C),), (Twin("value", "tanh(z1[0])", ("tanh(z1[0])", "2/(1 + exp(-2*z1[0])) - 1")),), batch=55),
    Public("tanhg-fprime", _TANHG, "b55_tanh1", "b55_tanhgraph", "$$\nf'(x) = 1 - f(x)^2 = 1 - \\tanh^2(x)\n$$",
           ((C, C),), (Twin("value", _TANH_PRIME, ("1 - tanh(z1[0])**2", "1 - tanh(z1[0])**2")),), batch=55),
    Public("tanhc-sinh-cosh", _TANHC, "b55_tanh1", "b55_tanhcalc",
           "$$\n\\text{tanh}(x) = \\frac{\\sinh(x)}{\\cosh(x)}\n$$", ((C,),),
           (Twin("value", "tanh(z1[0])", ("np.sinh(z1[0])/np.cosh(z1[0])",)),), batch=55),
    # ---- Rockung/sma's notebook on cs231n's sigmoid neuron: f(w,x) as a function of its arguments, a $$ block of two
    # claims joined by a Markdown-escaped \\\\, \rightarrow and \hspace{0.2in}; NumPy lines with the page's names ------
    Public("sma-f", _SMA, "b55_cs231n", "b55_sma", "$$f(w,x) = \\frac{1}{1+e^{-(w_0x_0 + w_1x_1 + w_2)}}$$", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])))",)),), batch=55,
           why="w_2 the bias (cs231n's w = [2, -3, -3], x = [-1, -2])"),
    Public("sma-sigmoid-slope", _SMA, "b55_cs231n", "b55_sma",
           "$$\n\\sigma(x) = \\frac{1}{1+e^{-x}} \\\\\\\\\n\\rightarrow \\hspace{0.2in} \\frac{d\\sigma(x)}{dx} = "
           "\\frac{e^{-x}}{(1+e^{-x})^2} = \\left( \\frac{1 + e^{-x} - 1}{1 + e^{-x}} \\right) \\left( "
           "\\frac{1}{1+e^{-x}} \\right) \n= \\left( 1 - \\sigma(x) \\right) \\sigma(x)\n$$", ((C,), (C, C, C)),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),
            Twin("value", _SIG_SLOPE, ("exp(-z1[0])/(1 + exp(-z1[0]))**2",
                                       "((1 + exp(-z1[0]) - 1)/(1 + exp(-z1[0])))*(1/(1 + exp(-z1[0])))",
                                       "(1 - sigmoid(z1[0]))*sigmoid(z1[0])"))), batch=55,
           why="x alone the sigmoid's argument, the neuron's sum; \\\\\\\\ the Markdown-escaped line break"),
    Public("sma-sigma", _SMA, "b55_cs231n", "b55_sma", "sigma = 1.0 / (1 + np.exp(-dot))", ((C,),),
           (Twin("value", "a1[0]", ("1.0/(1 + exp(-z1[0]))",)),), batch=55),
    Public("sma-dsigma", _SMA, "b55_cs231n", "b55_sma", "dsigma = (1 - sigma) * sigma", ((C,),),
           (Twin("value", _SIG_SLOPE, ("(1 - a1[0])*a1[0]",)),), batch=55),
    Public("sma-dfdx", _SMA, "b55_cs231n", "b55_sma", "dfdx = [w[0] * dsigma, w[1] * dsigma]", ((C,),),
           (Twin("value", f"W1[0,{{i}}]*{_SIG_SLOPE}",
                 (f"[W1[0,0]*{_SIG_SLOPE}, W1[0,1]*{_SIG_SLOPE}][{{i}}]",), _I2),),
           batch=55, why="a list of the output's derivatives by x[0] and x[1]"),
    # ---- wjhsh.net's copy of the cs231n exercise: Python's math.exp, x0 and w0 as plain names, doubled spaces ------
    Public("wjhsh-g", _WJHSH, "b55_cs231n", "b55_wjhsh",
           "g = 1 / (1 + math.exp( -((x0 * w0)  + (x1 * w1) + w2)))  ", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + exp(-((x[0]*W1[0,0]) + (x[1]*W1[0,1]) + b1[0])))",)),), batch=55,
           why="the line's two trailing spaces kept"),
    # ---- HeitorKun's TCC notebook: a ReLU neuron in NumPy, comments with numbers, Python's conditional expression --
    Public("heitor-z", _HEITOR, "b55_relu1", "b55_heitor", "z = w * x + b  # 0.5*1.0 - 1.0 = -0.5", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.5*1.0 - 1.0", "=-0.5")),), batch=55,
           why="the comment works the page's numbers (w = 0.5, x = 1.0, b = -1.0): worked numbers in a comment are"
               " members of the line's chain (docs/formulas-in-documents.md), which the collector's twin had as one"
               " member (corrected after the blind run, as batch 52's twin was)"),
    Public("heitor-a", _HEITOR, "b55_relu1", "b55_heitor", "a = relu(z)    # ReLU outputs 0 for negative z", ((C,),),
           (Twin("value", "a1[0]", ("relu(z1[0])",)),), batch=55),
    Public("heitor-loss", _HEITOR, "b55_relu1", "b55_heitor", "loss = (a - target) ** 2", ((C,),),
           (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),), batch=55),
    Public("heitor-relu-derivative", _HEITOR, "b55_relu1", "b55_heitor", "relu_derivative = 1.0 if z > 0 else 0.0",
           ((C,),), (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),), batch=55,
           why="Python's conditional expression for the step"),
    Public("heitor-dLda", _HEITOR, "b55_relu1", "b55_heitor",
           "dL_da = 2 * (a - target)         # derivative of loss w.r.t activation", ((C,),),
           (Twin("value", "2*(a1[0] - y[0])", ("2*(a1[0] - y[0])",)),), batch=55,
           why="dL/da, a derivative by an activation: twinned as a value"),
    Public("heitor-dz", _HEITOR, "b55_relu1", "b55_heitor", "dz = dL_da * relu_derivative     # chain rule: dL/dz",
           ((C,),), (Twin("gradient_z", "z1[0]", (_RELU_DZ,)),), batch=55),
    Public("heitor-w-new", _HEITOR, "b55_relu1", "b55_heitor", "w_new = w - lr * dz * x", ((C,),),
           (Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_RELU_DZ}*x[0]",)),), batch=55),
    Public("heitor-b-new", _HEITOR, "b55_relu1", "b55_heitor", "b_new = b - lr * dz", ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_RELU_DZ}",)),), batch=55),
    # ---- Zemke/ml's notebook: the bias added after the ReLU -------------------------------------------------------
    Public("zemke-fp", _ZEMKE, "b55_relu3", "b55_zemke", "fp = ReLU(np.dot(X, weights)) + bias", ((W,),),
           (Twin("value", "a1[0]", ("relu(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2]) + b1[0]",)),), batch=55,
           why="the bias outside the ReLU: right at the page's numbers (ReLU(5) + 1 = ReLU(6)), not where the sum is "
               "negative"),
    # ---- Hendrix's lecture page on perceptrons: Markdown list items in plain text, e^-x, "If f(x) = sigmoid(x), ..." -
    Public("ozark-sigmoid", _OZARK, "b55_sigmoid1", "b55_ozark", "- Threshold the output (sigmoid(x) = 1 / (1 + e^-x))",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=55,
           why="the definition in parentheses after the list item's words"),
    Public("ozark-fprime", _OZARK, "b55_sigmoid1", "b55_ozark", "- If f(x) = sigmoid(x), f'(x) = f(x) * (1 - f(x))",
           ((C,), (C,)), (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
                          Twin("value", _SIG_SLOPE, ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",))), batch=55,
           why="two claims, the condition's definition and the derivative"),
    # ---- answerofmath's answer (a copy of a Cross Validated answer): $...$ whose backslashes were lost (delta, cdot),
    # the iteration's argument (n), f'_k for the layer's derivative -------------------------------------------------
    Public("answer-delta-L", _ANSWER, "b55_mlp", "b55_answer",
           "$delta_i^L(n) = f'_k(x_i^L(n)) cdot e_i^L(n)$ , L as the output layer", ((C,),),
           (Twin("value", "-(a2[{i}] - y[{i}])*a2[{i}]*(1 - a2[{i}])", ("a2[{i}]*(1 - a2[{i}])*(y[{i}] - a2[{i}])",),
                 _I0),), batch=55,
           why="e = desired - observed, so delta = f'(x) e is -dE/dz of the half squared error"),
]
