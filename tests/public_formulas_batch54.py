r"""Batch 54 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 repository files no earlier batch used (the code corpus: allmamun556's German Markdown explainer
of a feed-forward net and its backward pass in matrix form, soviar-systems' MyST notebook (jupytext) on one tanh
neuron with its finite-difference check and hand-worked exercise, wakandan's one_neuron.py (stored file
9877966490, the version the index names with its repository), ankushgowda000's index.js working Mazur's example
in JavaScript with long names and slash-written derivatives in its comments, edassum's Markdown table of an MLP's
training steps, a stored lesson file "# full backprop" (NumPy, np.outer; a file of the lesson series two files of
which batch 34 took), yuri147's bpdemo.js with Chinese comments, JiyanBlack's plain-text notes on Ng's week 5,
my0614's 경사하강법.py, stefanoppp's Spanish neurona_final.py), copied verbatim, typos and mistakes included, each
with the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what
the product documents), a network of the kind the page describes (with the page's numbers where it works an
example; both in tests/public_formulas_batch54_tables.py), and its true verdicts, from PyTorch-oracle twins
(tests/seed_verbatim.py), the oracle run on them and committed before check was. One file is stored in the code
corpus without its repository's name and is cited by its id. A delta named by the page (delta^{(l)} = dL/dz^{(l)},
Ng's dZ, the code's error terms) is twinned as the derivative by z where the page's delta is dL/dz, and as a value
where it is -dL/dz or a local derivative. Formulas keep their page's delimiters and what surrounds them on their
line ($$ on lines of their own, a MyST {math} role with its list item's dash and the line's trailing spaces, a
```{math} fence, a Markdown table's row, a code line's indentation and semicolon, a comment's "(EQN 2)").

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 54

The batch: 55 formulas, 25 values (forward values and losses with numbers, dL/da and dL/da^{(1)}, local derivatives
da/dz, the deltas -dL/dz of edassum's table, stefanoppp and my0614, the slash-written d(out)/d(net)), 12 gradients, 10
deltas dL/dz (delta^{(l)}, dL/dz^{(2)}, Ng's delta(L), the code's error and delta_output), 8 updates (one a rule over
the layers); 25 in LaTeX (the explainer's $$ blocks, the notebook's MyST roles and fences, edassum's table rows) and
30 plain text or code (Python, JavaScript, a plain-text list item).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- the MyST notebook's L = 1/2 (a - y_true)^2 \approx 0.01990020: tanh(1.1) = 0.80049902, and 1/2 (0.80049902 -
  1)^2 = 0.01990032 (12 units off in the last digit written);
- the notebook's \frac{\partial L}{\partial b} = ... = (a - y)(1 - a^2) \cdot b: dz/db is 1, not b (the page's own
  numbers then write -0.8 \cdot 1 \cdot 1, right; at its b = 1.0 the two agree, a symbolic member is judged at
  every b);
- wakandan's gradient_w = error * a: the input x, not the output a (the file trains with it);
- ankushgowda000's comment net_input_for_output1 = net_output_of_hidden1 * weight3[1] + net_output_of_hidden2 *
  weight4[1], under "EQN 3": the bias b2 * 1 left out (the code line it explains has it);
- my0614's w = w + x * 0.1 * error: the learning rate written as the number 0.1 (the problem file's), which an
  update's symbolic member judged at every learning rate is not (written down at first as right; the oracle's run
  found it wrong, and the entry's verdict is the oracle's). Changed in session 31: `check` now judges an update
  that writes the file's rate as a number at that rate (docs/verdicts.md), where the line is w + eta x (y - a)
  exactly, worked by hand; the entry's verdict is correct since and its twin writes eta (the oracle draws eta at
  random), as batch 114's oc-w2. The blind figures below are the first run's, when it was read as wrong.

Not mistaken, though they look it: allmamun556's (\hat{y} - y) , \hat{y}(1 - \hat{y}) and \delta^{(2)} , a^{(1)T}
(a comma where a thin space \, lost its backslash) and f^{(l),'}!\left(z^{(l)}\right) (\! lost its backslash), all
right as products; the notebook's 1 - (0.800499)^2 \approx 1 - 0.6408 = 0.3592 (0.6408 is 0.800499^2 rounded);
ankushgowda000's "net_output_of_output1 / net_input_for_output1 = ..." in a comment, where the page writes a
derivative as a slash (its prose says "Partial derivate of net_output_of_output1 wrt net_input_for_output1"): right
as the derivative the page means; my0614's error = y - output with no sigmoid slope (the logistic unit's -dL/dz,
right for the binary cross-entropy the network is given); wakandan's w = w - gradient_w * learning_rate (gradient_w
names dL/dw: the rule is right whatever the line before computed).

What the spec could not express, which a page needed: albiondervishi1's R script (layer.0, layer.1, layer.1.error,
R's dotted names with a digit after the dot: the loader refuses "layer.0", "is not one symbol"; the page was left out
and the lesson file taken instead); stefanoppp's prod_escalar (the loader refuses "prod_escalar", "is not one
symbol", and "prod_x", "the sum has no term at the end": prod read as the product sign; left unnamed, so
salida_real=self.sigmoidea(prod_escalar) stands with an unnamed symbol); ankushgowda000's arrays weight1[1] counted
from 1 (the loader refuses "weight1[1]"; named "weight1_{1}", the spec's name with digits and a script, which the
code's weight1[1] may or may not match); JiyanBlack's a(L) and delta(L), Ng's layer in parentheses in plain text
(named "a^{(l)}" and "\\delta^{(l)}", Ng's LaTeX, which the plain a(L) may or may not match); wakandan's and
stefanoppp's page-defined functions (sigmoid_prime is a derivative word of the product's; self.sigmoidea is named
in functions).

Nothing was fixed from this batch.

Collected on 2026-12-05 from 03:00 to 03:10 by the machine's clock (the oracle's runs included) and run blind at main
20851b5 (/work/READY_FOR_BLIND14), rebased onto it with nothing under src/ changed. The first run
(/work/batch54_blind.txt): 39 of 55 read with every verdict right (71%), 16 refused, no misreading, no crash, NO
WRONG FORMULA CALLED CORRECT. No refusal was the collector's notation outside the spec's grammar (every notation had
loaded with its network before the run), so there was no second run. Of the 5 mistaken formulas, 4 read with every
verdict right (the notebook's 0.01990020, wakandan's error * a, ankushgowda000's sum without b2, my0614's 0.1 for the
learning rate, each called wrong) and 1 was refused (the notebook's \cdot b, in a ```{math} fence, below). By kind of
claim: values 20 of 25, gradients 6 of 12, deltas dL/dz 7 of 10, updates 6 of 8. LaTeX against plain text: the 25 in
LaTeX read 14 (56%), the 30 in plain text or code 25 (83%). By page: the German explainer 7 of 11, the MyST notebook
8 of 11, wakandan 7 of 7, ankushgowda000 5 of 7, edassum 0 of 4, the lesson file 5 of 6, yuri147 2 of 2, JiyanBlack
0 of 1, my0614 3 of 3, stefanoppp 2 of 3.

The refusals by construct (16), with the exact message:

- 4, a formula in a Markdown table's row, beside cells of bold prose, "| **1** | **Output Layer Delta ($\delta_o$)** |
  $\delta_o = (T - O) \cdot O(1 - O)$ |": the cells' words read into the formula, "unknown symbol Output; the
  notation knows H, O, T, \delta, b, input, w; give it a meaning in the notation's [notation.symbols], e.g. "Output" =
  "a1[0]"" (eda-delta-o; eda-delta-h "unknown symbol Hidden", eda-update-w "unknown symbol Weight", eda-update-b
  "unknown symbol Bias");
- 3, MyST's ```{math} fence, its info string read as the formula's start: "unknown symbol m; the notation knows
  \theta, a, b, w, x, y, z; it bounds no sum over the samples here, so nothing says it counts them: if it is their
  number (the m of 1/m), give it in the notation's [notation.symbols]: "m" = "1", the one sample check reads"
  (myst-underbrace, myst-dLdw, myst-dLdb; the same page's inline role {math}`...` read, 6 of 6);
- 2, a comma where \, lost its backslash, (\hat{y} - y) , \hat{y}(1 - \hat{y}): "unexpected at ',' (position 139); a
  comma after a member is no product: write \cdot (or \,) for one, or give a second claim its own left side (A = B,
  \quad C = D)" (dlde-dLdz2; dlde-dW2 at position 52);
- 1, "!" where \! lost its backslash, f^{(l),'}!\left(z^{(l)}\right): "unexpected at '!' (position 61)" (dlde-rule);
- 1, \nabla_{W^{(3)}} with no function after it (the gradient of the loss): "unexpected at '=' (position 18)"
  (dlde3-nabla3);
- 1, JavaScript's var before an assignment: "unknown symbol v; the notation knows b,
  delta_net_input_for_hidden1_wrt_weight1_1, ... ; give it a meaning in the notation's [notation.symbols], e.g. "v" =
  "a1[0]"" (ank-dE-dh1);
- 1, a statement's semicolon followed by a remark, "...; (EQN 2)" (in a comment that writes a derivative as a slash):
  "unexpected at ';' (position 100); a comma after a member is no product: write \cdot (or \,) for one, or give a
  second claim its own left side (A = B, \quad C = D)" (ank-eqn2-slash; the message names a comma for a semicolon);
- 1, np.outer(hidden, delta_output) with delta_output the one output's delta, named as a number: "u[:, None] of a
  number; write it of a vector, whose column it is" (full-grad-12);
- 1, a list item's prose glued before the formula, "3. Comput delta(L) = a(L) - y (the difference ...);": "unknown
  symbol Comput; the notation knows \delta, a, y; give it a meaning in the notation's [notation.symbols], e.g.
  "Comput" = "a1[0]"" (jiy-delta-L; "Comput" the page's typo);
- 1, a code name beginning with prod, prod_escalar, which no notation could name: "unknown symbol s; the notation
  knows \delta, salida, self.entradas, self.pesos, self.salida, variacion; give it a meaning in the notation's
  [notation.symbols], e.g. "s" = "a1[0]"" (stef-salida).

Read, among the constructs these pages brought: MyST's inline {math}`...` role in list items with a trailing double
space, y_{\text{true}}, \tanh^2(z), chains of numbers with \approx (the notebook's 0.01990020 called wrong); \delta^{(l)}
= dL/dz^{(l)} named by the notation and W^{(2)T}, \odot, f'(z) with f the ReLU; an update rule over the layers; Python
in a loop's indentation with sigmoid_prime(z) and names as cost and error; JavaScript's long underscored names,
arrays counted from 1 named weight1_{1} (weight1[1] in the code), b1 * 1, the trailing semicolon; NumPy's @, .T and
np.outer(input, delta_hidden) with input-first matrices; tab-indented JavaScript with w[0][3]; Spanish self.
attributes with a method named as the sigmoid; a learning rate written as the number 0.1, called wrong as the oracle
does.

Which look general (would appear in much homework): a formula in a Markdown table's row (any summary table of the
backprop equations), MyST's ```{math} fence (Jupyter Book and MyST notebooks write every display so), \nabla_{W}
written without the loss, JavaScript's var (and let, const) before an assignment, a statement's semicolon followed
by a remark, np.outer with a one-unit layer's delta, a name beginning with prod. Page-specific: the lost backslashes
of \, and \! (an export's damage), the list item's "Comput".
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch54_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_DLDE = "https://github.com/allmamun556/pyspark-etl-toy (dl_de.md, commit 865745f)"
_MYST = ("https://github.com/soviar-systems/ai_engineering_handbook (research/slm_from_scratch/"
         "01_foundational_neurons_and_backprop/01_foundations.md, commit 69ec09d)")
_WAK = ("https://github.com/wakandan/learning (deep_learning/one_neuron.py, the version the code corpus stores as "
        "file 9877966490)")
_ANK = "https://github.com/ankushgowda000/NueralNetwork (index.js, commit 86b03dc)"
_EDA = "https://github.com/edassum/perceptron-to-transformer (FNN/MLP_sigmoid.md, commit 1a57ecb)"
_FULL = _STORED.format(36082521929, "# full backprop", "a NumPy lesson file")
_YURI = "https://github.com/yuri147/hexo (public/js/bp/bpdemo.js, commit 0178f0e)"
_JIY = "https://github.com/JiyanBlack/Machine_Learning_Coursera_Note (Week5.md, commit 24eb0cb)"
_MY = "https://github.com/my0614/ML-DL (tensorflow_test/basic_function/경사하강법.py, commit f3eec5c)"
_STEF = "https://github.com/stefanoppp/tp-3-IA (neurona_final.py, commit 02540be)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_JI32 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_KJ32 = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
_LJI = (tuple({"l": 1, "j": j, "i": i} for j in range(3) for i in range(2))
        + tuple({"l": 2, "j": 0, "i": i} for i in range(3)))
_JI43 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J4 = tuple({"j": j} for j in range(4))

# the German explainer's output delta dL/dz^{(2)} (sigmoid output, 1/2 (y - y-hat)^2) and hidden delta (ReLU units)
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"W2[0,{{j}}]*{_D2}*Heaviside(z1[{{j}}])"
# its 3-layer example's W^{(3)T} delta^{(3)} at hidden unit j of layer 2 (softmax output, cross-entropy)
_W3D3 = "(W3[0,{j}]*(a3[0] - t[0]) + W3[1,{j}]*(a3[1] - t[1]) + W3[2,{j}]*(a3[2] - t[2]))"
# the notebook's dL/dz of one tanh neuron with 1/2 (a - y)^2
_TZ = "(a1[0] - y[0])*(1 - a1[0]**2)"
# wakandan's dL/dz of one sigmoid neuron with 1/2 (a - y)^2
_WZ = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# Mazur's output deltas and dE_total/dout_{h1}
_MO1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_MO2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_MH1 = f"({_MO1}*W2[0,0] + {_MO2}*W2[1,0])"
# edassum's output deltas (-dL/dz) and hidden delta, one hidden unit, two outputs
_EO = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_EH = "((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,0] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,0])*a1[0]*(1 - a1[0])"
# the lesson's output delta (linear network, 1/2 (output - goal)^2)
_LO = "(a2[0] - y[0])"

ENTRIES: list[Public] = [
    # ---- allmamun556's German explainer (dl_de.md): $$ on lines of their own, a claim continued over lines ending
    # in "=", a comma left of a thin space \, and "!" left of \! (lost backslashes), f^{(l),'} for the layer's
    # derivative, W^{(2)T}, \odot, \nabla_{W^{(3)}} without the loss, an update over the layers "für l = 1,2" -------
    Public("dlde-yhat", _DLDE, "b54_de", "b54_de",
           '$$\n\\hat{y} = \\sigma(z^{(2)}) = \\frac{1}{1 + e^{-z^{(2)}}}\n$$', ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "1/(1 + exp(-z2[0]))")),), batch=54),
    Public("dlde-dLdz2", _DLDE, "b54_de", "b54_de",
           '$$\n\\frac{\\partial L}{\\partial z^{(2)}} =\n\\frac{\\partial L}{\\partial \\hat{y}} \\cdot\n'
           '\\frac{\\partial \\hat{y}}{\\partial z^{(2)}}\n= (\\hat{y} - y) , \\hat{y}(1 - \\hat{y})\n$$', ((C, C),),
           (Twin("gradient_z", "z2[0]", (_D2, _D2)),), batch=54,
           why="\", \" a thin space \\, without its backslash: the product"),
    Public("dlde-dW2", _DLDE, "b54_de", "b54_de",
           '$$\n\\frac{\\partial L}{\\partial W^{(2)}} =\n\\delta^{(2)} , a^{(1)T}\n$$', ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _J3),), batch=54,
           why="delta^{(2)} = dL/dz^{(2)}, as the page names it (\"Nennen wir dies\")"),
    Public("dlde-dLda1", _DLDE, "b54_de", "b54_de",
           '$$\n\\frac{\\partial L}{\\partial a^{(1)}} =\nW^{(2)T} \\delta^{(2)}\n$$', ((C,),),
           (Twin("value", f"W2[0,{{j}}]*{_D2}", (f"W2[0,{{j}}]*{_D2}",), _J3),), batch=54,
           why="dL/da^{(1)}, the hidden layer's outputs, judged as a value"),
    Public("dlde-delta1", _DLDE, "b54_de", "b54_de",
           "$$\n\\delta^{(1)} =\n\\frac{\\partial L}{\\partial z^{(1)}} =\n"
           "\\left( W^{(2)T} \\delta^{(2)} \\right) \\odot f'(z^{(1)})\n$$", ((C, C),),
           (Twin("gradient_z", "z1[{j}]", (_D1, _D1), _J3),), batch=54, why="f the ReLU of the hidden layer"),
    Public("dlde-dW1", _DLDE, "b54_de", "b54_de",
           '$$\n\\frac{\\partial L}{\\partial W^{(1)}} =\n\\delta^{(1)} x^T\n$$', ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_D1}*x[{{i}}]",), _JI32),), batch=54),
    Public("dlde-update", _DLDE, "b54_de", "b54_de",
           '$$\nW^{(l)} := W^{(l)} - \\eta \\frac{\\partial L}{\\partial W^{(l)}}\n$$', ((C,),),
           (Twin("update", "W{l}[{j},{i}]", ("W{l}[{j},{i}] - eta*grad",), _LJI),), batch=54,
           why="\"für $l = 1,2$.\" on the line after the block"),
    Public("dlde-rule", _DLDE, "b54_de", "b54_de",
           "$$\n\\delta^{(l)} =\n\\left(W^{(l+1)T} \\delta^{(l+1)}\\right)\n"
           "\\odot f^{(l),'}!\\left(z^{(l)}\\right)\n$$",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_D1,), _J3),), batch=54,
           why="the general rule of section 2 (\"Allgemeine Backprop-Formel\"), judged on section 5's net, where it "
               "reaches l = 1 only; f^{(l),'} the derivative of layer l's f, \"!\" a \\! without its backslash"),
    Public("dlde3-delta3", _DLDE, "b54_de3", "b54_de3", '$$\n\\delta^{(3)} = a^{(3)} - y\n$$', ((C,),),
           (Twin("gradient_z", "z3[{k}]", ("a3[{k}] - t[{k}]",), _K3),), batch=54,
           why="section 6's 3-layer MLP, its output the softmax under the cross-entropy (sections 1, 2)"),
    Public("dlde3-delta2", _DLDE, "b54_de3", "b54_de3",
           "$$\n\\delta^{(2)} = (W^{(3)T} \\delta^{(3)}) \\odot f'(z^{(2)})\n$$", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (f"{_W3D3}*Heaviside(z2[{{j}}])",), _J2),), batch=54),
    Public("dlde3-nabla3", _DLDE, "b54_de3", "b54_de3", '$$\n\\nabla_{W^{(3)}} = \\delta^{(3)} a^{(2)T}\n$$',
           ((C,),), (Twin("gradient", "W3[{k},{j}]", ("(a3[{k}] - t[{k}])*a2[{j}]",), _KJ32),), batch=54,
           why="\\nabla_{W^{(3)}} with no loss written: the gradient of L"),
    # ---- soviar-systems' MyST notebook: {math}`...` roles in list items (a trailing double space), ```{math} fences,
    # y_{\text{true}}, \tanh^2(z), \approx, \underbrace{...}_{-0.5}, \displaystyle, and its NumPy names ------------
    Public("myst-z", _MYST, "b54_sv1", "b54_sv", '   - {math}`z = 0.5 \\cdot 2.0 + 0.1 = 1.1`  ', ((C, C),),
           (Twin("value", "z1[0]", ("=0.5*2.0 + 0.1", "=1.1")),), batch=54, why="theta = 0.5, x = 2.0, b = 0.1"),
    Public("myst-a", _MYST, "b54_sv1", "b54_sv", '   - {math}`a = \\tanh(1.1) \\approx 0.80049902`  ', ((C, C),),
           (Twin("value", "a1[0]", ("=np.tanh(1.1)", "=0.80049902")),), batch=54),
    Public("myst-L", _MYST, "b54_sv1", "b54_sv",
           '   - {math}`L = \\frac{1}{2}(a - y_{\\text{true}})^2 \\approx 0.01990020`', ((C, W),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2", "=0.01990020")),), batch=54,
           why="1/2 (tanh(1.1) - 1)^2 = 0.01990032; the page's own next block rounds it to 0.019900"),
    Public("myst-dLda", _MYST, "b54_sv1", "b54_sv",
           '- {math}`\\frac{\\partial L}{\\partial a} = a - y_{\\text{true}} = 0.800499 - 1.0 = -0.199501`',
           ((C, C, C),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "=0.800499 - 1.0", "=-0.199501")),),
           batch=54, why="dL/da judged as a value"),
    Public("myst-dadz", _MYST, "b54_sv1", "b54_sv",
           '- {math}`\\frac{\\partial a}{\\partial z} = 1 - \\tanh^2(z) = 1 - (0.800499)^2 \\approx 1 - 0.6408 = '
           '0.3592`', ((C, C, C, C),),
           (Twin("value", "1 - a1[0]**2", ("1 - tanh(z1[0])**2", "=1 - 0.800499**2", "=1 - 0.6408", "=0.3592")),),
           batch=54, why="a local derivative, a value; 0.6408 is 0.800499^2 = 0.640799 rounded"),
    Public("myst-underbrace", _MYST, "b54_sv0", "b54_sv",
           '```{math}\n\\frac{\\partial L}{\\partial \\theta} = \\underbrace{(a - y_{\\text{true}})}_{-0.5} \\cdot '
           '\\underbrace{(1 - \\tanh^2(z))}_{1.0} \\cdot \\underbrace{x}_{1.0} = -0.5\n```', ((C, C),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - tanh(z1[0])**2)*x[0]", "=-0.5")),), batch=54,
           why="the \"Final Check\": x = 1.0, theta = 0.0, b = 0.0, y_true = 0.5; the underbraces' numbers are "
               "labels of the factors, not members"),
    Public("myst-z-ex", _MYST, "b54_sv2", "b54_sv", '$z = w \\cdot x + b = (-0.5)(2.0) + 1.0 = -1.0 + 1.0 = 0.0$',
           ((C, C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=(-0.5)*(2.0) + 1.0", "=-1.0 + 1.0", "=0.0")),),
           batch=54, why="exercise 2.1: x = 2.0, w = -0.5, b = 1.0, y = 0.8"),
    Public("myst-dLdw", _MYST, "b54_sv2", "b54_sv",
           '```{math}\n\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}'
           '{\\partial z} \\cdot \\frac{\\partial z}{\\partial w} = (a - y) (1 - a^2) \\cdot x\n```', ((C, C),),
           (Twin("gradient", "W1[0,0]", (f"{_TZ}*x[0]", f"{_TZ}*x[0]")),), batch=54),
    Public("myst-dLdb", _MYST, "b54_sv2", "b54_sv",
           '```{math}\n\\frac{\\partial L}{\\partial b} = \\frac{\\partial L}{\\partial a} \\cdot \\frac{\\partial a}'
           '{\\partial z} \\cdot \\frac{\\partial z}{\\partial b} = (a - y) (1 - a^2) \\cdot b\n```', ((C, W),),
           (Twin("gradient", "b1[0]", (_TZ, f"{_TZ}*b1[0]")),), batch=54,
           why="\\cdot b for dz/db = 1 (the page writes \\frac{\\partial z}{\\partial b} = 1 just above, and its "
               "numbers -0.8 \\cdot 1 \\cdot 1)"),
    Public("myst-dLdw-num", _MYST, "b54_sv2", "b54_sv",
           '- $\\displaystyle \\frac{\\partial L}{\\partial w} = -0.8 \\cdot 1 \\cdot 2 = -1.6 $', ((C, C),),
           (Twin("gradient", "W1[0,0]", ("=-0.8*1*2", "=-1.6")),), batch=54),
    Public("myst-code-dLdz", _MYST, "b54_sv2", "b54_sv_code", 'dL_dz = dL_da * da_dz', ((C,),),
           (Twin("gradient_z", "z1[0]", (_TZ,)),), batch=54, why="the student's script, after dL_da = a - y and "
           "da_dz = 1 - a**2"),
    # ---- wakandan's one_neuron.py (stored version 9877966490): a while loop's indented Python, sigmoid_prime(z),
    # cost the output's error, the input written as the output in gradient_w -------------------------------------
    Public("wak-z", _WAK, "b54_wak", "b54_wak", "    z = w*x + b", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=54),
    Public("wak-a", _WAK, "b54_wak", "b54_wak", "    a = sigmoid(z)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=54),
    Public("wak-cost", _WAK, "b54_wak", "b54_wak", "    cost = a - y", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=54,
           why="cost the derivative of 1/2 (a - y)^2 by a, as the next line uses it; a value"),
    Public("wak-error", _WAK, "b54_wak", "b54_wak", "    error = cost * sigmoid_prime(z)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_WZ,)),), batch=54),
    Public("wak-grad-w", _WAK, "b54_wak", "b54_wak", "    gradient_w = error * a", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"{_WZ}*a1[0]",)),), batch=54, why="a for the input x"),
    Public("wak-update-b", _WAK, "b54_wak", "b54_wak", "    b = b - gradient_b * learning_rate", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=54),
    Public("wak-update-w", _WAK, "b54_wak", "b54_wak", "    w = w - gradient_w * learning_rate", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=54,
           why="gradient_w the name of dL/dw: the rule is right, whatever the line before computed"),
    # ---- ankushgowda000's index.js: Mazur's example in JavaScript, names of up to six words joined by underscores,
    # arrays counted from 1, ";" at the end, "var", comments that write a derivative as a slash -----------------
    Public("ank-net-h1", _ANK, "b54_ank", "b54_ank",
           "    net_input_for_hidden1 = weight1[1] * input[1] + weight2[1] * input[2] + b1 * 1;", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1*1",)),), batch=54),
    Public("ank-net-o1-eqn3", _ANK, "b54_ank", "b54_ank",
           "    net_input_for_output1 = net_output_of_hidden1 * weight3[1] + net_output_of_hidden2 * weight4[1]",
           ((W,),), (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=54,
           why="in the comment under \"EQN 3\": the bias b2 * 1 left out (the code's line has it)"),
    Public("ank-eqn2-slash", _ANK, "b54_ank", "b54_ank",
           "        net_output_of_output1 / net_input_for_output1 = net_output_of_output1 * "
           "(1 - net_output_of_output1); (EQN 2)", ((C,),),
           (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=54,
           why="a comment: the page writes the derivative d(out)/d(net) as a slash (\"Partial derivate of "
               "net_output_of_output1 wrt net_input_of_output1\" just above); right as that derivative, a value"),
    Public("ank-grad-w3", _ANK, "b54_ank", "b54_ank",
           "    delta_total_error_wrt_weight3_1 = (net_output_of_output1 - target_output1) * net_output_of_output1 * "
           "(1 - net_output_of_output1) * net_output_of_hidden1;", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"{_MO1}*a1[0]",)),), batch=54),
    Public("ank-update-w3", _ANK, "b54_ank", "b54_ank",
           "    new_weight3[1] = weight3[1] - (learning_rate * delta_total_error_wrt_weight3_1);", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad",)),), batch=54),
    Public("ank-dE-dh1", _ANK, "b54_ank", "b54_ank",
           "    var delta_total_error_wrt_net_output_of_hidden1 = "
           "delta_total_error_output1_wrt_net_output_of_hidden1 + delta_total_error_output2_wrt_net_output_of_hidden1",
           ((C,),),
           (Twin("value", _MH1, (_MH1,)),), batch=54, why="dE_total/dout_h1, a value; no semicolon at its end"),
    Public("ank-grad-w1", _ANK, "b54_ank", "b54_ank",
           "    delta_total_error_wrt_weight1_1 = delta_total_error_wrt_net_output_of_hidden1 * "
           "delta_net_output_of_hidden1_wrt_net_input_for_hidden1 * delta_net_input_for_hidden1_wrt_weight1_1;",
           ((C,),), (Twin("gradient", "W1[0,0]", (f"{_MH1}*a1[0]*(1 - a1[0])*x[0]",)),), batch=54),
    # ---- edassum's MLP_sigmoid.md: a Markdown table's rows, O(1 - O) (a letter before a parenthesis), \sum with no
    # index over w_o \delta_o, \text{input}, the deltas -dL/dz -------------------------------------------------
    Public("eda-delta-o", _EDA, "b54_eda", "b54_eda",
           "| **1** | **Output Layer Delta ($\\delta_o$)** | $\\delta_o = (T - O) \\cdot O(1 - O)$ |", ((C,),),
           (Twin("value", "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])", (_EO,), _K2),),
           batch=54, why="delta_o = -dL/dz at each output, a value"),
    Public("eda-delta-h", _EDA, "b54_eda", "b54_eda",
           "| **2** | **Hidden Layer Delta ($\\delta_h$)** | $\\delta_h = (\\sum w_o \\delta_o) \\cdot H(1 - H)$ |",
           ((C,),), (Twin("value", _EH, (_EH,)),), batch=54, why="the sum over the two outputs"),
    Public("eda-update-w", _EDA, "b54_eda", "b54_eda",
           "| **3** | **Weight Update ($w$)** | $w = w + (\\eta \\cdot \\delta \\cdot \\text{input})$ |", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] + eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0]",)),), batch=54,
           why="w a weight, judged at output 1's weight from H"),
    Public("eda-update-b", _EDA, "b54_eda", "b54_eda",
           "| **4** | **Bias Update ($b$)** | $b = b + (\\eta \\cdot \\delta)$ |", ((C,),),
           (Twin("update", "b2[0]", ("b2[0] + eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=54),
    # ---- the lesson file "# full backprop" (stored): NumPy rows, @, .T, np.outer, input-first matrices, a linear
    # network -----------------------------------------------------------------------------------------------------
    Public("full-hidden", _FULL, "b54_full", "b54_full", "hidden = input @ weights_0_1", ((C,),),
           (Twin("value", "a1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J4),), batch=54),
    Public("full-delta-out", _FULL, "b54_full", "b54_full", "delta_output = output - goal", ((C,),),
           (Twin("gradient_z", "z2[0]", (_LO,)),), batch=54, why="under \"# output layer\""),
    Public("full-grad-12", _FULL, "b54_full", "b54_full", "grad_1_2 = np.outer(hidden, delta_output)", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_LO}",), _J4),), batch=54,
           why="the outer product hidden (4) by delta_output (1): weights_1_2's shape, input-first"),
    Public("full-delta-hidden", _FULL, "b54_full", "b54_full", "delta_hidden = delta_output @ weights_1_2.T",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (f"{_LO}*W2[0,{{j}}]",), _J4),), batch=54,
           why="no activation: dL/dz1 = dL/da1"),
    Public("full-grad-01", _FULL, "b54_full", "b54_full", "grad_0_1 = np.outer(input, delta_hidden)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_LO}*W2[0,{{j}}]",), _JI43),), batch=54),
    Public("full-update-01", _FULL, "b54_full", "b54_full", "weights_0_1 = weights_0_1 - lr * grad_0_1", ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*grad",), _JI43),), batch=54, why="under \"# UPDATE\""),
    # ---- yuri147's bpdemo.js: tab-indented JavaScript, one-letter arrays (i the inputs), w[0][3] -----------------
    Public("yuri-h0", _YURI, "b54_yuri", "b54_yuri", "\th[0] = sigmoid(i[0] * w[0][0] + i[1] * w[0][1] + b[0]);",
           ((C,),), (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + b1)",)),), batch=54,
           why="in forward(), after the loop that assigns h[0] four times"),
    Public("yuri-o1", _YURI, "b54_yuri", "b54_yuri", "\to[1] = sigmoid(h[0] * w[1][2] + h[1] * w[1][3] + b[1]);",
           ((C,),), (Twin("value", "a2[1]", ("sigmoid(a1[0]*W2[1,0] + a1[1]*W2[1,1] + b2)",)),), batch=54),
    # ---- JiyanBlack's notes on Ng's week 5: a numbered list item in plain text, a(L) and delta(L) ---------------
    Public("jiy-delta-L", _JIY, "b54_jiy", "b54_jiy",
           "3. Comput delta(L) = a(L) - y (the difference between the prediction and actual data);", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=54,
           why="Ng's delta^{(L)} of the logistic output under its cross-entropy cost; \"Comput\" the page's"),
    # ---- my0614's 경사하강법.py: a loop's Python, the learning rate 0.1 written in the update ---------------------
    Public("my-output", _MY, "b54_my", "b54_my", "    output = sigmoid(x*w)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0])",)),), batch=54),
    Public("my-error", _MY, "b54_my", "b54_my", "    error = y - output", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=54,
           why="error = -dL/dz of the logistic unit under the binary cross-entropy, a value"),
    Public("my-update", _MY, "b54_my", "b54_my", "    w = w + x * 0.1 * error", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + x[0]*eta*(y[0] - a1[0])",)),), batch=54,
           why="0.1 written for the learning rate, the problem file's: at 0.1 the line is w + eta x (y - a) exactly "
               "(wrong until session 31, when updates were judged at every rate; twinned with eta since, as the "
               "oracle draws eta at random)"),
    # ---- stefanoppp's neurona_final.py (Spanish names): self's attributes, a method as the sigmoid, no spaces -----
    Public("stef-salida", _STEF, "b54_stef", "b54_stef", "        salida_real=self.sigmoidea(prod_escalar)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=54,
           why="prod_escalar = np.dot(self.pesos,self.entradas), z, which no notation can name (see above)"),
    Public("stef-variacion", _STEF, "b54_stef", "b54_stef", "        variacion=self.salida-salida_real", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=54, why="-dL/da, a value"),
    Public("stef-delta", _STEF, "b54_stef", "b54_stef", "        delta=salida_real*(1-salida_real)*variacion",
           ((C,),), (Twin("value", "(y[0] - a1[0])*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),),
           batch=54, why="-dL/dz, a value"),
]
