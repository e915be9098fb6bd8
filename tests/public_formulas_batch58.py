r"""Batch 58 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used (the code corpus: FuatKarakaya's two Markdown notes, one
deriving backpropagation with the index letter naming the layer and one on softmax regression with the bias
trick, two files of DataCamp's slope exercises in pace-noge's copy, vishwagw's NumPy backward pass in Ng's columns,
dominicsalinger's plain-text perceptron notes, wtlin1228's copy of Udacity's two-layer exercise, a stored Markdown
note of Ng's L-layer equations, komal-SkyNET's README of a two-input sigmoid neuron, a stored Python file of
activation and loss classes whose derivatives are return lines, snowch's MyST tutorial of a ReLU-softmax edge
detector), copied verbatim, typos and mistakes included, each with the notation a teacher would write for the
page under shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind
the page describes (with the page's numbers where it works an example; both in
tests/public_formulas_batch58_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them (all agreeing with the verdicts written down, on its first run) and committed before check
was. Two files are stored in the code corpus without their repository's name and are cited by their ids. A delta
the page names as dL/dz (delta_k, delta_i, dz2, dL_dz1) is twinned as the derivative by z; one it names as -dL/dz
(Udacity's output_error_term, hidden_error_term) or a derivative by an activation (dL/dh, hidden_error,
dA^{[l-1]}, a derivative method's return line) as a value. Formulas keep their page's delimiters and what
surrounds them on their line ($$ on lines of their own or on the formula's line, \boxed, a table row's cells, a
code block's box-drawing characters, a Python line's indentation, tabs and trailing comment, a ``` block's plain
text).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 58

The batch: 55 formulas, 29 values (forward values, losses, the error terms -dL/dz and dL/dh, the Ng note's cases
environment, a worked cross-entropy with numbers, three derivative methods' return lines), 10 gradients, 9 deltas
dL/dz, 4 updates, and 3 entries of several claims (the Ng note's dW, db and dA joined by \quad, komal-SkyNET's
"Z1 = w1s1; Z2 = w2s2", snowch's two updates joined by ", \quad"); 25 in LaTeX and 30 in plain text or code.

4 are mistaken somewhere (the oracle finds at least one member wrong):

- DataCamp's first file's slope = 2 * input_data * error, after error = target - preds: -dL/dw (the second file
  writes error = preds - target, and the same slope line is right there);
- dominicsalinger's new weight = weight + error + input: + where the line before has * (the step is
  error * input * learning_rate);
- the stored file's Tanh derivative, return 1 + np.tanh(x)**2: the sign of tanh^2;
- the stored file's MeanSquareError derivative, return yPred-y, of np.mean((yPred - y)**2): the 2 left out.

Not mistaken, though they look it: snowch's L = -(1 log 0.88 + 0 log 0.12) = -log 0.88 = 0.128 (p = [0.88, 0.12]
is softmax([2.5, 0.5]) rounded, and L = 0.1269: the operand 0.88 carries the difference, and 0.128 is within a
unit of 0.127); vishwagw's dw1 = np.dot(dz1, total_input.T)/m, whose total_input the function never defines (the
inputs, as the notation says); FuatKarakaya's Err = \sum_i (y^{(i)} - \hat{y}^{(i)})^2 (a sum over the examples,
one here).

What the spec could not express, which a page needed: dominicsalinger's "∆weight" (∆ U+2206 before a word) and
"new weight" (two words): neither is one symbol under the spec's grammar; the patterns first written for them were
refused by the loader ("[notation] symbols.'new weight': is not one symbol; write a base with an optional
subscript and superscript, e.g. a_{ik}^{0}") and taken out before any formula was judged, so both lines are read
through the defaults alone. komal-SkyNET's update w= w - 2* dE/dw (partial derivative) was left out: its
learning rate is the literal 2 (the network's learning_rate is 2), which the oracle's twins, judged at a random
learning rate, cannot hold to. FuatKarakaya's letters name the layer (o_l the inputs, o_i the hidden outputs;
u_i a hidden sum, u_k the output's): the notation gives o_{l} and o_{i} one placeholder each (indices "il", the
page's \ell read as l), and j and k are literal, the output layer's (theta_{ji}, delta_j, delta_k, u_k); two
patterns of one shape (o_{l}, o_{i}) is open to question, though the loader took them. Open to question too: the
Ng note's "A^{[L](i)}" (a layer and a sample index in one superscript) and snowch's row vectors named as
transposes ("W_1" = "W1[:, :].T", "dL_dh1" = "(delta2[:] @ W2[:, :]).T"). The snowch page's worked numbers use
their own network (one softmax layer with logits [2.5, 0.5]); its other formulas a 3-2-2 ReLU-softmax net.

Collected on 2026-12-05 from 05:07 to 05:19 by the machine's clock (the oracle's runs included).
Run blind at main e886675 (/work/READY_FOR_BLIND16), with nothing under src/ changed. No notation was refused when
loaded, so the first run is the only one (/work/batch58_blind.txt): 38 of 55 read with every verdict right (69%), 12
refused, 1 misread, 4 crashes, NO WRONG FORMULA CALLED CORRECT. Of the 4 mistaken formulas, 1 was read and called
wrong (DataCamp's first slope) and 3 were refused (dominicsalinger's new weight, the stored file's two return
lines). By kind of claim: values 20 of 29, gradients 8 of 10, deltas 6 of 9, updates 2 of 4, lines of several
claims 2 of 3. LaTeX against plain text: the 25 in LaTeX read 15 (60%), the 30 in plain text or code 23 (77%). By
page: FuatKarakaya's backpropagation notes 3 of 10, his softmax notes 2 of 3, DataCamp's two files 3 of 3 each,
vishwagw 6 of 6, dominicsalinger 0 of 2, Udacity's exercise 6 of 6, the Ng note 3 of 4, komal-SkyNET 3 of 3, the
stored activations file 0 of 3, snowch 9 of 12.

The crashes (4; each a strict expected failure in test_public_formulas_held_out.KNOWN_CRASHES):

- 3, FuatKarakaya's \theta_{i\ell} (b58-fuat-u, -chain, -grad): "error: bad escape \e at position 15", raised by
  re.sub in reading_names.zero_index_hint, which puts the index \ell into a pattern unescaped while it composes a
  refusal's hint;
- 1, snowch's p_j = \frac{e^{z_j}}{\sum_{k} e^{z_k}} (b58-snow-p): "TypeError: unsupported operand type(s) for +:
  'exp' and 'ImmutableDenseMatrix'", in reading_sums._big_inner, adding the sum's terms (a number and a matrix).

The misreading (1): FuatKarakaya's o_i = \sigma(u_i) (b58-fuat-o), right, called wrong: the notation's "o_{l}" (the
inputs) and "o_{i}" (the hidden outputs) have one shape and as many literal characters, and o_i was read through
"o_{l}" as an input rather than refused as ambiguous (the notation is the collector's; the loader took it).

The refusals by construct (12), with the exact message:

- 2, a sum with no bound read as a sum over the samples: FuatKarakaya's Err = \sum_i (y^{(i)} - \hat{y}^{(i)})^2
  (the examples, as the page says) and \boxed{\delta_i = \sigma'(u_i) \cdot \sum_j \delta_j \cdot \theta_{ji}} (j the
  output layer's units, a letter the collector's notation leaves literal): "a sum over the samples has no bound, so nothing says how many
  it adds: '\\sum_i (y^{(i)} - \\hat{y}^{(i)})^2' is right for one sample but not over N samples, where the file's
  reduction makes the step's loss their mean; give N its value in the notation ("N" = "1", the one sample check
  reads), or, if the page's loss is their total, write reduction = "sum" in the file's [update]" (b58-fuat-err,
  b58-fuat-di);
- 3, a derivative method's return line with no left side, \t\treturn 1 + np.tanh(x)**2: "formula 'return 1 +
  np.tanh(x)**2': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter
  with --param" (b58-cls-tanh, -mse, -ce; two of them mistaken);
- 1, a line of a code block drawn with box characters, │  θᵢₗ ← θᵢₗ - η · δᵢ · oₗ  │: "cannot read '│' at position
  1; write the formula in LaTeX or plain text (+ - * / ^, \frac, \sum)" (b58-fuat-update);
- 1, \cdots between terms whose last names the letter d, \theta_{12}x_2 + \cdots + \theta_{1d}x_d: "has a sum with
  an ellipsis (\dots) check cannot read: the term before the ellipsis and the one after it are not one template;
  write \sum_{i=1}^{n} x_i w_i (its bounds numbers or the notation's letters)" (b58-fuatsm-u1);
- 1, ∆ (U+2206) before a word, ∆weight = error * input * learning_rate: "unknown symbol \Delta w; the notation knows
  error, input, weight; give it a meaning in the notation's [notation.symbols], e.g. "\Delta w" = "a1[0]""
  (b58-dom-delta);
- 1, a name of two words, new weight = weight + error + input (mistaken): "unknown symbol n; the notation knows
  error, input, weight; it bounds no sum over the samples here, so nothing says it counts them: if it is their
  number (the n of 1/n), give it in the notation's [notation.symbols]: "n" = "1", the one sample check reads"
  (b58-dom-new);
- 1, \frac{1}{m} \sum dZ^{[l]} with no index, Ng's db (the sum over the examples of a matrix's columns):
  "'\\frac{1}{m} \\sum dZ^{[l]}' is a number where the left side is a vector or matrix (3 x 1); write a value for
  each entry, [..., ..., ...], or the claim of one entry (its left side with its indices)" (b58-ngl-grads);
- 1, a bold letter with a subscript in an indicator's subscript, \mathbf{1}_{\mathbf{z}_1 > 0}: "formula
  '\\frac{\\partial L}{\\partial z _1} = \\frac{\\partial L}{\\par...': unexpected at '_' (position 76)"
  (b58-snow-dz1);
- 1, the collector's "dL_dh1" = "(delta2[:] @ W2[:, :]).T", a meaning whose slices differ in size:
  "formula 'dL_dz1 = dL_dh1 * (z1 > 0)': dL_{dh1}: 'dL_dh1' means '(delta2[:] @ W2[:, :]).T' (no placeholders):
  combines slices of different sizes or shapes; write each ':' over the same units (y[:] - a2[:])"
  (b58-snow-code-dz1; a meaning the notation's loader took, refused where a formula uses it).

Which look general (would appear in much homework): a sum \sum_j over a layer's units whose letter is no sample
index (the boxed hidden delta), a sum over the examples written without bounds in a loss (Err = \sum_i ...), Ng's
db = \frac{1}{m} \sum dZ, \cdots up to a term with a letter (x_d), ∆ before a name, and the indicator
\mathbf{1}_{z > 0}; the crashes are bugs whatever the construct. Page-specific or code's own: return lines with no
left side, a box-drawing code block, "new weight" in two words, and the collector's mis-sized dL_dh1 meaning.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch58_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_FUAT = "https://github.com/FuatKarakaya/lfd (Backpropagation.md, commit 6252acc)"
_FUATSM = "https://github.com/FuatKarakaya/lfd (Softmax & Multi-Class Classification.md, commit 6b3e967)"
_DC05 = ("https://github.com/pace-noge/datacamp (Deep-Learning-in-Python/02-Optimizing-a-neural-network-with-backward-"
         "propagation/05-Calculating-slopes.py, commit 082763d)")
_DC06 = ("https://github.com/pace-noge/datacamp (Deep-Learning-in-Python/02-Optimizing-a-neural-network-with-backward-"
         "propagation/06-Improving-model-weights.py', commit 03c955b)")
_VISH = ("https://github.com/vishwagw/Building-Deep-learning-algorithms-from-scratch"
         " (forward_propogation.py, commit 9b7d86d)")
_DOM = "https://github.com/dominicsalinger-public/random_projects (neural_network/README.md, commit 3bc6fbc)"
_UDA = ("https://github.com/wtlin1228/deep-learning"
        " (7_backpropagation_exercise/2_update_the_weight/answer.py, commit eb49212)")
_NGL = _STORED.format(24245430400, "### Working on this...", "a Markdown note of Ng's L-layer equations")
_KOMAL = "https://github.com/komal-SkyNET/ai-neural-networks (gradient-visualization/README.md, commit 05296a3)"
_CLS = _STORED.format(2418112695, "import numpy as numpy", "a Python file of activation and loss classes")
_SNOW = "https://github.com/snowch/snowch.github.io (ai-eng/nnfs/nn_tutorial_blog.md, commit 06dbf8a)"

_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_IL = tuple({"i": i, "l": l} for i in range(2) for l in range(2))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KI = tuple({"k": k, "i": i} for k in range(2) for i in range(2))
_IN = tuple({"i": i, "n": n} for i in range(2) for n in range(3))

# FuatKarakaya's net: dErr/du_k (Err = (y - y_hat)^2) and dErr/du_i
_FD2 = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_FD1 = _FD2 + "*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])"
# vishwagw's: dz2 = a2 - y (the binary cross-entropy), dz1
_VD2 = "(a2[0] - y[0])"
_VD1 = _VD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
# Udacity's output error term, -dL/dz2 of the half squared error
_UOT = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# snowch's: dL/dz2 = p - y, dL/dh, dL/dz1 through the ReLU
_SD2 = "(a2[{k}] - t[{k}])"
_SDH = "((a2[0] - t[0])*W2[0,{i}] + (a2[1] - t[1])*W2[1,{i}])"
_SD1 = _SDH + "*Heaviside(z1[{i}])"


def _ng_layers() -> tuple:
    """The Ng note's rule at both layers: l = 2 (the output, one unit) and l = 1 (three tanh units), with
    dZ^{[l]} written out at each unit (dz) and dA^{[l-1]} at each unit below (da)."""
    out = "(a2[0] - y[0])"
    rows = [{"l": 2, "p": 1, "j": 0, "i": i, "dz": out, "da": f"W2[0,{i}]*{out}"} for i in range(3)]
    for j in range(3):
        hidden = f"{out}*W2[0,{j}]*(1 - a1[{j}]**2)"
        for i in range(2):
            da = " + ".join(f"W1[{u},{i}]*{out}*W2[0,{u}]*(1 - a1[{u}]**2)" for u in range(3))
            rows.append({"l": 1, "p": 0, "j": j, "i": i, "dz": hidden, "da": da})
    return tuple(rows)


_NG = _ng_layers()
_NG_Z = tuple({"l": 1, "p": 0, "j": j} for j in range(3)) + ({"l": 2, "p": 1, "j": 0},)
_NG_A = (tuple({"l": 1, "j": j, "pre": "np.tanh(", "post": ")"} for j in range(3))
         + ({"l": 2, "j": 0, "pre": "1/(1 + exp(-", "post": "))"},))

ENTRIES: list[Public] = [
    # ---- FuatKarakaya's backpropagation notes: $$ blocks, \boxed, \sum_{\ell} and \theta_{i\ell}, the index letter
    # naming the layer (u_i hidden, u_k output), a code block drawn with box characters and Unicode subscripts ----
    Public("b58-fuat-u", _FUAT, "b58_fuat", "b58_fuat", "$$\nu_i = \\sum_{\\ell} \\theta_{i\\ell} \\cdot o_\\ell\n$$",
           ((C,),), (Twin("value", "z1[{i}]", ("W1[{i},0]*x[0] + W1[{i},1]*x[1]",), _I2),), batch=58),
    Public("b58-fuat-o", _FUAT, "b58_fuat", "b58_fuat", "$$\no_i = \\sigma(u_i)\n$$", ((C,),),
           (Twin("value", "a1[{i}]", ("1/(1 + exp(-z1[{i}]))",), _I2),), batch=58),
    Public("b58-fuat-err", _FUAT, "b58_fuat", "b58_fuat", "$$\nErr = \\sum_i (y^{(i)} - \\hat{y}^{(i)})^2\n$$",
           ((C,),), (Twin("value", "(y[0] - a2[0])**2", ("(y[0] - a2[0])**2",)),), batch=58,
           why="a sum over the examples, one here"),
    Public("b58-fuat-chain", _FUAT, "b58_fuat", "b58_fuat",
           "$$\n\\frac{\\partial Err}{\\partial \\theta_{i\\ell}} = \\frac{\\partial Err}{\\partial u_i} \\cdot "
           "\\frac{\\partial u_i}{\\partial \\theta_{i\\ell}}\n$$", ((C,),),
           (Twin("gradient", "W1[{i},{l}]", (_FD1 + "*x[{l}]",), _IL),), batch=58),
    Public("b58-fuat-grad", _FUAT, "b58_fuat", "b58_fuat",
           "$$\n\\boxed{\\frac{\\partial Err}{\\partial \\theta_{i\\ell}} = \\delta_i \\cdot o_\\ell}\n$$", ((C,),),
           (Twin("gradient", "W1[{i},{l}]", (_FD1 + "*x[{l}]",), _IL),), batch=58),
    Public("b58-fuat-dk-chain", _FUAT, "b58_fuat", "b58_fuat",
           "$$\n\\delta_k = \\frac{\\partial Err}{\\partial u_k} = \\frac{\\partial Err}{\\partial \\hat{y}} \\cdot "
           "\\frac{\\partial \\hat{y}}{\\partial u_k}\n$$", ((C, C),),
           (Twin("gradient_z", "z2[0]", (_FD2, _FD2)),), batch=58),
    Public("b58-fuat-dk", _FUAT, "b58_fuat", "b58_fuat",
           "$$\n\\boxed{\\delta_k = -2(y - \\hat{y}) \\cdot \\sigma'(u_k)}\n$$", ((C,),),
           (Twin("gradient_z", "z2[0]", ("-2*(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=58),
    Public("b58-fuat-di", _FUAT, "b58_fuat", "b58_fuat",
           "$$\n\\boxed{\\delta_i = \\sigma'(u_i) \\cdot \\sum_j \\delta_j \\cdot \\theta_{ji}}\n$$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_FD1,), _I2),), batch=58,
           why="j the output layer's units (one here), theta_{ji} joining hidden unit i to unit j"),
    Public("b58-fuat-update", _FUAT, "b58_fuat", "b58_fuat",
           "│  θᵢₗ ← θᵢₗ - η · δᵢ · oₗ                │", ((C,),),
           (Twin("update", "W1[{i},{l}]", ("W1[{i},{l}] - eta*" + _FD1 + "*x[{l}]",), _IL),), batch=58,
           why="a line of a code block drawn with box characters, under \"WEIGHT UPDATE\""),
    Public("b58-fuat-table", _FUAT, "b58_fuat", "b58_fuat",
           "| Delta (output layer) | $\\delta_k = \\frac{\\partial Err}{\\partial \\hat{y}} \\cdot \\sigma'(u_k)$ "
           "| Error at output |", ((C,),), (Twin("gradient_z", "z2[0]", (_FD2,)),), batch=58,
           why="a row of the page's summary table"),
    # ---- FuatKarakaya's softmax notes: $$ on the formula's line, x_0 = 1 and theta_{k0} the bias, \cdots up to
    # theta_{1d} x_d, \exp and e^{...} ----------------------------------------------------------------------------
    Public("b58-fuatsm-u1", _FUATSM, "b58_fuatsm", "b58_fuatsm",
           "$$u_1 = \\theta_{10} + \\theta_{11}x_1 + \\theta_{12}x_2 + \\cdots + \\theta_{1d}x_d$$", ((C,),),
           (Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=58,
           why="theta_{10} multiplies x_0 = 1: the bias"),
    Public("b58-fuatsm-yk", _FUATSM, "b58_fuatsm", "b58_fuatsm",
           "$$\\hat{y}_k = \\frac{\\exp(u_k)}{\\sum_{j=1}^{K} \\exp(u_j)}$$", ((C,),),
           (Twin("value", "a1[{k}]", ("exp(z1[{k}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",), _K3),), batch=58),
    Public("b58-fuatsm-y1", _FUATSM, "b58_fuatsm", "b58_fuatsm",
           "$$\\hat{y}_1 = \\frac{e^{u_1}}{e^{u_1} + e^{u_2} + e^{u_3}}$$", ((C,),),
           (Twin("value", "a1[0]", ("exp(z1[0])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))",)),), batch=58),
    # ---- DataCamp's slope exercises (pace-noge's copies, two files): Python lines under "# " comments, .sum(),
    # the first file's error = target - preds then slope = 2 * input_data * error ----------------------------------
    Public("b58-dc05-preds", _DC05, "b58_dc", "b58_dc05", "preds = (weights * input_data).sum()", ((C,),),
           (Twin("value", "a1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]",)),), batch=58),
    Public("b58-dc05-error", _DC05, "b58_dc", "b58_dc05", "error = target - preds", ((C,),),
           (Twin("value", "y[0] - a1[0]", ("y[0] - a1[0]",)),), batch=58),
    Public("b58-dc05-slope", _DC05, "b58_dc", "b58_dc05", "slope = 2 * input_data * error", ((W,),),
           (Twin("gradient", "W1[0,{i}]", ("2*x[{i}]*(y[0] - a1[0])",), _I3),), batch=58,
           why="with error = target - preds the line is -dL/dw: the squared error's gradient is 2 x (preds - target)"
               " (the course's next file writes error = preds - target)"),
    Public("b58-dc06-error", _DC06, "b58_dc", "b58_dc06", "error = preds - target", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),), batch=58),
    Public("b58-dc06-slope", _DC06, "b58_dc", "b58_dc06", "slope = 2 * input_data * error", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("2*x[{i}]*(a1[0] - y[0])",), _I3),), batch=58),
    Public("b58-dc06-update", _DC06, "b58_dc", "b58_dc06", "weights_updated = weights - learning_rate * slope",
           ((C,),), (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*2*x[{i}]*(a1[0] - y[0])",), _I3),),
           batch=58),
    # ---- vishwagw's forward_propogation.py: indented NumPy lines, np.dot, .T, /m, total_input ----------------------
    Public("b58-vish-z1", _VISH, "b58_vish", "b58_vish", "    z1 = np.dot(w1, x)", ((C,),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J2),), batch=58),
    Public("b58-vish-a2", _VISH, "b58_vish", "b58_vish", "    a2 = sigmoid(z2)", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),), batch=58),
    Public("b58-vish-dz2", _VISH, "b58_vish", "b58_vish", "    dz2 = a2-y", ((C,),),
           (Twin("gradient_z", "z2[0]", (_VD2,)),), batch=58),
    Public("b58-vish-dw2", _VISH, "b58_vish", "b58_vish", "    dw2 = np.dot(dz2, a1.T)/m", ((C,),),
           (Twin("gradient", "W2[0,{j}]", (_VD2 + "*a1[{j}]",), _J2),), batch=58),
    Public("b58-vish-dz1", _VISH, "b58_vish", "b58_vish", "    dz1 = np.dot(w2.T, dz2) * a1*(1-a1)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_VD1,), _J2),), batch=58),
    Public("b58-vish-dw1", _VISH, "b58_vish", "b58_vish", "    dw1 = np.dot(dz1, total_input.T)/m", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (_VD1 + "*x[{i}]",), _JI),), batch=58,
           why="total_input, a name the function never defines, the inputs (the teacher's notation says so)"),
    # ---- dominicsalinger's perceptron notes: plain text, ∆ (U+2206) before a word, "new weight" in two words ------
    Public("b58-dom-delta", _DOM, "b58_dom", "b58_dom", "∆weight = error * input * learning_rate", ((C,),),
           (Twin("value", "eta*(y[0] - a1[0])*x[0]", ("(y[0] - a1[0])*x[0]*eta",)),), batch=58,
           why="the step, -eta dL/dw"),
    Public("b58-dom-new", _DOM, "b58_dom", "b58_dom", "new weight = weight + error + input", ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + (y[0] - a1[0]) + x[0]",)),), batch=58,
           why="+ where the line above has *: the new weight is weight + error * input * learning_rate"),
    # ---- wtlin1228's answer.py (Udacity's exercise): indented NumPy, rows of features x hidden, error terms ---------
    Public("b58-uda-hin", _UDA, "b58_udacity", "b58_udacity",
           "        hidden_input = np.dot(x, weights_input_hidden)", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2]",), _J2),), batch=58),
    Public("b58-uda-out", _UDA, "b58_udacity", "b58_udacity",
           "        output = sigmoid(np.dot(hidden_output, weights_hidden_output))", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(-(a1[0]*W2[0,0] + a1[1]*W2[0,1])))",)),), batch=58),
    Public("b58-uda-error", _UDA, "b58_udacity", "b58_udacity", "        error = y - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=58),
    Public("b58-uda-oterm", _UDA, "b58_udacity", "b58_udacity",
           "        output_error_term = error * output * (1 - output)", ((C,),),
           (Twin("value", _UOT, (_UOT,)),), batch=58, why="-dL/dz2, a value"),
    Public("b58-uda-herror", _UDA, "b58_udacity", "b58_udacity",
           "        hidden_error = np.dot(output_error_term, weights_hidden_output)", ((C,),),
           (Twin("value", _UOT + "*W2[0,{j}]", (_UOT + "*W2[0,{j}]",), _J2),), batch=58,
           why="-dL/d(hidden_output), a value"),
    Public("b58-uda-hterm", _UDA, "b58_udacity", "b58_udacity",
           "        hidden_error_term = hidden_error * hidden_output * (1 - hidden_output)", ((C,),),
           (Twin("value", _UOT + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 (_UOT + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=58, why="-dL/dz1, a value"),
    # ---- the stored "Working on this..." note: Ng's [l] in $$ blocks, a cases environment, \dfrac, \left[ \right],
    # three claims joined by \quad ---------------------------------------------------------------------------------
    Public("b58-ngl-z", _NGL, "b58_ngl", "b58_ngl", "$$\nZ^{[l]} = W^{[l]} A^{[l-1]} + b^{[l]}\n$$", ((C,),),
           (Twin("value", "z{l}[{j}]", ("np.dot(W{l}[{j}], a{p}) + b{l}[{j}]",), _NG_Z),), batch=58,
           why="a rule over the layers, A^{[0]} the input"),
    Public("b58-ngl-cases", _NGL, "b58_ngl", "b58_ngl",
           "$$\nA^{[l]} =\n\\begin{cases}\n\\tanh(Z^{[l]}), & \\text{if } l < L \\\\\n\\dfrac{1}{1 + e^{-Z^{[L]}}}, "
           "& \\text{if } l = L\n\\end{cases}\n$$", ((C,),),
           (Twin("value", "a{l}[{j}]", ("{pre}z{l}[{j}]{post}",), _NG_A),), batch=58),
    Public("b58-ngl-j", _NGL, "b58_ngl", "b58_ngl",
           "$$\nJ(A^{[L]}, Y) = -\\frac{1}{m} \\sum_{i=1}^{m} \\left[ y^{(i)} \\log A^{[L](i)} + (1 - y^{(i)}) "
           "\\log(1 - A^{[L](i)}) \\right]\n$$", ((C,),),
           (Twin("value", "-(y[0]*np.log(a2[0]) + (1 - y[0])*np.log(1 - a2[0]))",
                 ("-(y[0]*np.log(a2[0]) + (1 - y[0])*np.log(1 - a2[0]))",)),), batch=58),
    Public("b58-ngl-grads", _NGL, "b58_ngl", "b58_ngl",
           "$$\ndW^{[l]} = \\frac{1}{m} dZ^{[l]} (A^{[l-1]})^T\n\\quad\ndb^{[l]} = \\frac{1}{m} \\sum dZ^{[l]}\n"
           "\\quad\ndA^{[l-1]} = (W^{[l]})^T dZ^{[l]}\n$$", ((C,), (C,), (C,)),
           (Twin("gradient", "W{l}[{j},{i}]", ("{dz}*a{p}[{i}]",), _NG),
            Twin("gradient", "b{l}[{j}]", ("{dz}",), _NG),
            Twin("value", "{da}", ("{da}",), _NG)), batch=58,
           why="three claims; dA^{[l-1]}, the derivative by the layer below's output, a value"),
    # ---- komal-SkyNET's README: a ``` block of plain text, two claims joined by "; ", glued w1s1, | ... | ^ 2 -----
    Public("b58-komal-z", _KOMAL, "b58_komal", "b58_komal", "Z1 = w1s1; Z2 = w2s2", ((C,), (C,)),
           (Twin("value", "W1[0,0]*x[0]", ("W1[0,0]*x[0]",)), Twin("value", "W1[0,1]*x[1]", ("W1[0,1]*x[1]",))),
           batch=58),
    Public("b58-komal-zp", _KOMAL, "b58_komal", "b58_komal", "Zp = Z1 + Z2", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),), batch=58),
    Public("b58-komal-e", _KOMAL, "b58_komal", "b58_komal", "E = | d - (sigmoid(Zp))| ^ 2", ((C,),),
           (Twin("value", "(y[0] - a1[0])**2", ("(y[0] - 1/(1 + exp(-z1[0])))**2",)),), batch=58),
    # ---- the stored activations-and-losses file: tab-indented return lines of derivative methods, no left side --
    Public("b58-cls-tanh", _CLS, "b58_cls", "b58_cls", "\t\treturn 1 + np.tanh(x)**2", ((W,),),
           (Twin("value", "1 - np.tanh(z1[0])**2", ("1 + np.tanh(z1[0])**2",)),), batch=58,
           why="Tanh.derivative(x), d tanh/dx = 1 - tanh(x)^2: the sign is wrong"),
    Public("b58-cls-mse", _CLS, "b58_cls", "b58_cls", "\t\treturn yPred-y", ((W,),),
           (Twin("value", "2*(a1[0] - y[0])", ("a1[0] - y[0]",)),), batch=58,
           why="MeanSquareError.derivative, of np.mean((yPred - y)**2): 2 (yPred - y) for one output, the 2 left out"),
    Public("b58-cls-ce", _CLS, "b58_cls_bce", "b58_cls", "\t\treturn (yPred -y)/(yPred* (1-yPred))", ((C,),),
           (Twin("value", "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))", ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))",)),), batch=58,
           why="CrossEntropy.derivative, dL/d(yPred) of the binary cross-entropy, a value"),
    # ---- snowch's tutorial (MyST Markdown): $$ on the formula's line, bold vectors, W_2^T, \odot and
    # \mathbf{1}_{\mathbf{z}_1 > 0}, \quad between two updates, a worked loss with numbers, Python lines with
    # trailing comments and -= ----------------------------------------------------------------------------------
    Public("b58-snow-p", _SNOW, "b58_snow", "b58_snow", "$$p_j = \\frac{e^{z_j}}{\\sum_{k} e^{z_k}}$$", ((C,),),
           (Twin("value", "a2[{j}]", ("exp(z2[{j}])/(exp(z2[0]) + exp(z2[1]))",), _J2),), batch=58),
    Public("b58-snow-loss", _SNOW, "b58_snow1", "b58_snow1",
           "$$L = -(1 \\cdot \\log(0.88) + 0 \\cdot \\log(0.12)) = -\\log(0.88) = 0.128$$", ((C, C, C),),
           (Twin("value", "-(t[0]*np.log(a1[0]) + t[1]*np.log(a1[1]))",
                 ("=-(1*np.log(0.88) + 0*np.log(0.12))", "=-np.log(0.88)", "=0.128")),), batch=58,
           why="p = softmax([2.5, 0.5]) = [0.8808, 0.1192], rounded to two digits by the page; L = 0.1269"),
    Public("b58-snow-dz2", _SNOW, "b58_snow", "b58_snow",
           "$$\\frac{\\partial L}{\\partial \\mathbf{z}_2} = \\mathbf{p} - \\mathbf{y}$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SD2,), _K2),), batch=58),
    Public("b58-snow-dw2", _SNOW, "b58_snow", "b58_snow",
           "$$\\frac{\\partial L}{\\partial W_2} = \\mathbf{h}^T \\cdot \\frac{\\partial L}{\\partial \\mathbf{z}_2}$$",
           ((C,),), (Twin("gradient", "W2[{k},{i}]", ("a1[{i}]*" + _SD2,), _KI),), batch=58,
           why="W_2 the page's (hidden x outputs): its entry (i, k) is symbols.md's W2[k, i]"),
    Public("b58-snow-db2", _SNOW, "b58_snow", "b58_snow",
           "$$\\frac{\\partial L}{\\partial \\mathbf{b}_2} = \\frac{\\partial L}{\\partial \\mathbf{z}_2}$$", ((C,),),
           (Twin("gradient", "b2[{k}]", (_SD2,), _K2),), batch=58),
    Public("b58-snow-dh", _SNOW, "b58_snow", "b58_snow",
           "$$\\frac{\\partial L}{\\partial \\mathbf{h}} = \\frac{\\partial L}{\\partial \\mathbf{z}_2} \\cdot W_2^T$$",
           ((C,),), (Twin("value", _SDH, (_SDH,), _I2),), batch=58,
           why="dL/dh, a derivative by an activation: a value"),
    Public("b58-snow-dz1", _SNOW, "b58_snow", "b58_snow",
           "$$\\frac{\\partial L}{\\partial \\mathbf{z}_1} = \\frac{\\partial L}{\\partial \\mathbf{h}} \\odot "
           "\\mathbf{1}_{\\mathbf{z}_1 > 0}$$", ((C,),), (Twin("gradient_z", "z1[{i}]", (_SD1,), _I2),), batch=58),
    Public("b58-snow-dw1", _SNOW, "b58_snow", "b58_snow",
           "$$\\frac{\\partial L}{\\partial W_1} = \\mathbf{x}^T \\cdot \\frac{\\partial L}{\\partial \\mathbf{z}_1}$$",
           ((C,),), (Twin("gradient", "W1[{i},{n}]", ("x[{n}]*" + _SD1,), _IN),), batch=58),
    Public("b58-snow-updates", _SNOW, "b58_snow", "b58_snow",
           "$$W_1 = W_1 - \\alpha \\cdot \\frac{\\partial L}{\\partial W_1}, \\quad \\mathbf{b}_1 = \\mathbf{b}_1 - "
           "\\alpha \\cdot \\frac{\\partial L}{\\partial \\mathbf{b}_1}$$", ((C,), (C,)),
           (Twin("update", "W1[{i},{n}]", ("W1[{i},{n}] - eta*x[{n}]*" + _SD1,), _IN),
            Twin("update", "b1[{i}]", ("b1[{i}] - eta*" + _SD1,), _I2)), batch=58,
           why="two updates joined by \", \\quad\""),
    Public("b58-snow-code-dw2", _SNOW, "b58_snow", "b58_snow",
           "        dL_dW2 = h1.T @ dL_dz2        # output weights", ((C,),),
           (Twin("gradient", "W2[{k},{i}]", ("a1[{i}]*" + _SD2,), _KI),), batch=58),
    Public("b58-snow-code-dz1", _SNOW, "b58_snow", "b58_snow",
           "        dL_dz1 = dL_dh1 * (z1 > 0)    # through ReLU", ((C,),),
           (Twin("gradient_z", "z1[{i}]", (_SD1,), _I2),), batch=58),
    Public("b58-snow-code-update", _SNOW, "b58_snow", "b58_snow", "        W1 -= lr * dL_dW1", ((C,),),
           (Twin("update", "W1[{i},{n}]", ("W1[{i},{n}] - eta*x[{n}]*" + _SD1,), _IN),), batch=58),
]
