r"""Batch 68 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 repository files no earlier batch used, all stored in the code corpus without their repository's
name and cited by their ids (a Typora note in Chinese deriving a sigmoid unit's chain rule, an Obsidian note in
Chinese with the general rules of a three-layer network and a worked example, a lesson after Stanford CS229's
lecture 8 working a ReLU toy in a plain-text code block, an Obsidian note with backpropagation in pseudo-code,
yujias424's review notes on backpropagation, a Chinese article's forward and backward blocks, a lesson on a 2-2-1
network's log-loss gradients, a Chinese article on meta-learning with a linear model's gradient, French and Chinese
course notes, a Spanish exam solution worked in numbers, exam notes copying Mazur's example and Marsland's code),
copied verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch68_tables.py),
and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing
with the verdicts written down, on its first run; two slips of the tables were fixed before it could judge: the
[data] lists written without their brackets, and a twin's target written with ndarray.sum(), which the oracle's
namespace cannot call) and committed before check was. A delta dL/dz worked in numbers is twinned as a value,
as in batches 14 to 34; so are a loss's derivative by an activation (dL/dy, dL/dy_hat, dL/da1) and the local
derivatives (dz/dy, dy/dz, dz/dw). Formulas keep their page's delimiters and what surrounds them on their line
($$...$$ on lines of their own, a list's bullet and bold label, a sentence around an inline formula, a code
block's indent, a pseudo-code line's trailing comment); what was left out is said in the entry's why. Every
notation was loaded with its network (backprop.symbolic.notation_loading.load_notation) before the blind run,
without judging any formula: all 20 pairs load.

The batch: 55 formulas, 26 values (forward values and losses in symbols and in numbers, dL/dy and dL/dy_hat,
the Typora note's dL/dz with z = y - t and its (L o z)'(y), local derivatives, deltas worked in numbers, the
CS229 toy's vectors in brackets, Delta w_ji as a step), 7 deltas, 11 gradients, 9 updates, 2 entries of
several kinds (the AI article's two deltas and two gradients, the French notes' update and step), and 16 entries
of several claims; no entry marked unreadable. 44 are LaTeX (\mathcal on every letter, \mathcal{z} and
\mathcal{\sigma}, * for the product, \overline{y} the note's name of dL/dy, (\mathcal{L} \circ z)'(y); the
Chinese notes' net_j and net_k with literal letters, \delta_k^o and \delta_j^h, f' and g', ",qquad" (TeX's
\qquad without its backslash), × for the product, claims in a Chinese sentence joined by "，"; \underbrace
without a label, a claim in words ("It is $...$"), a chain continued in a second $$ block; aligned blocks with
& and \\ indented in Markdown lists, E(o), O(net) = Activate(net), net(w_i) summing over its own i, o_i beside
o_j; capitals with \cdot for the matrix product and \sigma_2; \nabla_{\theta_0} L(\theta), ^{new} and ^{old},
commas as thousands separators (200,000); "\ " spacing, \nabla J(w), \frac {\partial \phi (z^{(2)})}{\partial
z^{(2)}}; products in parentheses (0.35)(0.1), \mathbf{...} results, w_{11}^{(2)+} the new weight, [...] as
parentheses; list items with → and ";" between claims, \frac12, \,), 11 plain text or code (the CS229 toy's
two-space indents, W1 x, ReLU(z1), y_hat, dL/dW2, ReLU'(z1), [1*1 + (-1)*2,  0.5*1 + 0.5*2], "outer",
[0, 2.5]^T [1, 2], [[0, 0], [2.5, 5]]; the pseudo-code's @, .T, relu'(z1) and trailing comments; Marsland's
deltao with self.outputs and 1.0 -).

8 are mistaken somewhere (the oracle finds at least one member wrong):

- the Typora note's (\mathcal{L} \circ z)'(y) = \mathcal{L}'(z(y)) z'(y) = z(z(y)) = z(y-t) = (y-t) -t = y - 2t:
  the first member is right (dL/dy = y - t), then L' is taken for z itself and z applied twice;
- the AI article's \frac{\partial L}{\partial W_2} = A_2^T \frac{\partial L}{\partial Z_2}: the output A_2 where
  the hidden A (A_1) belongs; and its \frac{\partial L}{\partial Z_1} = \sigma'(Z_1) \frac{\partial L}{\partial
  W_1}: the gradient of W_1 (a 2 x 3 matrix) where dL/dA_1 belongs (shapes that do not fit; the twin stands in with
  another wrong value);
- the meta-learning article's \nabla_{\theta_0} L(\theta) = (y - \hat{y}) and \nabla_{\theta_1} L(\theta) =
  (y - \hat{y}) x for L = 1/2 (y - y_hat)^2: the sign turned; and its updates \theta_0^{new} = \theta_0^{old} -
  0.01 \cdot (y - \hat{y}) and \theta_1^{new} = ...: steps up the gradient (4 entries);
- the same article's L = \frac{1}{2} (200,000 - 195,000)^2 = 50,000: 12,500,000;
- the French notes' \delta^{(2)} = (W^{(2)})^T (\delta^{(3)} * \frac {\partial \phi (z^{(2)})}{\partial
  z^{(2)}}): the hidden layer's slope multiplied into the output deltas before the transpose (two outputs and two
  hidden units here, so the shapes fit).

Not mistaken, though they look it: the Spanish exam's w_{22}^{(2)+} = ... = \mathbf{0.8954} (0.89545049, one
unit off its rounding, as the spec allows); the Typora note's \frac{1}{2} * 2 * z = z (dL/dz with z = y - t);
the Obsidian note's w_i \leftarrow w_i + \alpha \cdot (y - \hat{y}) \cdot x_i (a sigmoid unit with the log-loss,
so + with y - y_hat is the descent); Marsland's deltao = (targets - self.outputs)*... (-dE/dz, and the book adds
the step); the AI article's X^T \frac{\partial L}{\partial Z_1} (right with its vectors read as rows).

What the spec could not express, which a page needed: the Typora note's z is y - t in its first derivation and the
unit's sum in its second (two notations for one page, b68_typora_z and b68_typora), and its (\mathcal{L} \circ
z)'(y) and z(z(y)) use z as the map y -> y - t as well, which no notation names beside the quantity; yujias424's
net_j and o_j written without their layer inside rules over l (docs/notation.md reads a name without its layer
as the output layer's: right for \delta_j^{(L)}, the entry taken; the hidden \delta_j^{(l)} rule, which it would
misread, left out), his update w_{jk}^{(l)} = ... (-\eta \frac{\partial E}{\partial w_{ji}}) (w_{ji} for
w_{jk}^{(l)}: which weight is meant is the page's to say; left out) and his perceptron rule \Delta w_i = (y-o)x_i
without a learning rate (left out); the Obsidian note's dL/db2 = sum(dL/dz2, axis=0) beside dL/dW2 = dL/dz2 @ h.T
(axis 0 of a column sums over the classes, where the idiom means the samples; left out); the French notes'
\frac {\partial}{\partial w^l_{i, j}} J(W) = a_j^{(i)} \delta^{(l+1)} (the layer written with i, the delta without
its unit; left out) and its J(w) ending in \cdots; the Mazur notes' \delta_{h1} = out_{h1}(1 - out_{h1}) \times
0.036350 (a member of symbols and a number, which the spec judges at random points; the \delta_{h2} line is of
the same kind; left out) and Marsland's code with its -1 bias columns (left out but for deltao); the meta article's
\theta_{t+1} = \theta_t - \eta \nabla_{\theta} L(\theta) (t the step, theta every parameter; left out); the
Spanish exam's w_{new} = w_{old} - \eta \cdot \delta \cdot input (words for the factors; left out); the CS229
lesson's linear module worked in prose across a line break (left out). Open to question, though the spec seems to
allow them: the Spanish pattern "w_{ij}^{(l)+}" = "new(W{l}[j-1, i-1])" (a layer and a + in one superscript); the
Chinese notes' literal letters j and k in the patterns' subscripts, with meanings that use them ("w_{jk}" =
"W2[k, j]", indices = "n", as docs/notation.md describes); "b_{1}" = "b1" for a shared bias; "E_{o1}" meaning an
expression of the target and the output; the log-loss lesson's w_{11} ... w_{22} and w_1, w_2 all named literally.
Nothing was fixed from this batch.

Collected on 2026-12-05 (12:28 to 12:36 by the machine's clock) and run blind at main 985047a (/work/READY_FOR_BLIND21),
with nothing under src/ changed. The first run (/work/batch68_blind.txt): 45 of 55 read with every verdict right
(82%), 10 refused, no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal was at a notation outside
the spec's grammar (every notation had loaded with its network before the run), so it was run once.

Of the 8 mistaken formulas, 6 read with every verdict right (the AI article's A_2^T and sigma'(Z_1) dL/dW_1, each
called wrong beside its right X^T dL/dZ_1 and dL/dZ_2; the meta-learning article's two gradients and two updates
of the turned sign; the French notes' delta^(2)) and 2 were refused (the Typora note's composition, the house
price's 50,000). By kind of claim: values 21 of 26, deltas 6 of 7, gradients 8 of 11, updates 8 of 9, entries of
several kinds 2 of 2; entries of several claims 12 of 16. LaTeX against plain text: the 44 in LaTeX read 35 (80%),
the 11 in plain text or code 10 (91%). By page: the Typora note 4 of 6, the Chinese notes 3 of 7, the CS229 lesson
6 of 7, the Obsidian note 4 of 4, yujias424 4 of 5, the AI article 2 of 2, the log-loss lesson 5 of 6, the
meta-learning article 4 of 5, the French notes 3 of 3, the Spanish exam 5 of 5, the Mazur notes 5 of 5. (Tabulated
from the saved output.)

The refusals by construct (10), with the exact message:

- 3, the Chinese notes' ",qquad" between two claims (TeX's \qquad with its backslash lost): at the comma,
  "unexpected at ',' (position 50); a comma after a member is no product: write \cdot (or \,) for one, or give a
  second claim its own left side (A = B, \quad C = D)" (zh-dE-dw, zh-dE-dv); where the first claim was split off,
  the rest read as a formula of its own, "formula 'qquad out_{h1}\\approx0.912934': unknown symbol q; the notation
  knows b, i, net, out, t, w; give it a meaning in the notation's [notation.symbols], e.g. "q" = "a1[0]"" (zh-net-h1);
- 1, a new value's superscript + glued to the equals sign, w_7^+=0.4-0.5×0.078064: "formula 'w_7^+=0.4-0.5 \\times
  0.078064\\approx0.360968': unexpected at '+=' (position 1)" (zh-w7-new; read as code's +=);
- 1, an outer product of bracketed numbers, [0, 2.5]^T [1, 2] (a column times a row), after "outer" (read as
  \otimes): "formula 'dL/dW1 = dL/dz1 \\otimes x = [0, 2.5]^T [1, 2] = [[0, 0], ...': matrix is a vector or matrix
  (2 x 1) where a number belongs" (cs229-dW1);
- 1, net_j written without the layer its pattern writes, in \delta_j^{(L)} = \frac{\partial E}{\partial net_j} =
  ...: "net_{j} matches none of the notation's patterns for net ('net_{j}^{(l)}')" (yj-delta-L; docs/notation.md
  reads a letter without its layer as the output layer's, which is what this rule over the output layer L means);
- 1, a composition's derivative, (\mathcal{L} \circ z)'(y), the \circ read as the entrywise product: "formula
  "(\\mathcal{L} \\circ z)'(y) = \\mathcal{L}' ( z(y) ) z'(y) =...": (\mathcal{L} \odot z)': a prime on a
  parenthesis is read as the derivative by its one variable, the x of a left side f'(x), and here which variable
  is meant is unclear; write \frac{d}{dx}(...) with the variable" (tp-composition, a wrong formula refused);
- 1, a function's name as the quantity differentiated, \frac{\partial \mathcal{\sigma}}{\partial z}, the second of
  three claims: "formula '\\frac{\\partial \\mathcal{y}}{\\partial z} = \\frac{\\partial ...': the function \sigma
  has no argument at '\\sigma' (position 58); write \sigma(z); where \sigma stands for a quantity (a unit's output),
  give it that meaning in the notation's [notation.symbols], e.g. "\sigma" = "a1[0]"" (tp-bar-y);
- 1, a claim spread over two inline formulas and prose, "**$\frac{\partial L}{\partial \hat{y}}$:** ... It is
  $\frac{\hat{y}-y}{\hat{y}(1-\hat{y})}$.": "formula '1. **$\\frac{\\partial L}{\\partial \\hat{y}}$:** We
  already ...': has no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter
  with --param" (ll-dL-dyhat);
- 1, commas as thousands separators, (200,000 - 195,000)^2 = 50,000: "formula 'L = \\frac{1}{2} (200,000 -
  195,000)^2 = 50,000': the number 000 has a leading zero at '000' (position 22); write 0 for the whole number, or
  0.00 for the decimal" (meta-house, a wrong formula refused; the message's advice would change the number).

Read, among the constructs these pages brought: \mathcal on every letter with z = y - t as a name (tp-loss,
-dLdz-dzdy, -dLdy), \overline{z} the note's gradient; the Chinese notes' literal letters j and k (net_j, net_k,
\delta_k^o, g'(net_k)) and × in numbers, three inline claims in a Chinese sentence; the CS229 toy's plain-text
vectors in brackets, ReLU'(z1), y_hat, W2 * dL/dy_hat; the pseudo-code's @, .T, relu'(z1) and trailing comments; the
perceptron's update inside a sentence; aligned blocks indented in lists, E(o), O(net) = Activate(net), net(w_i), o_i
beside o_j, \Delta w_{ji} as the step; capitals with \cdot and \sigma_2, A_2^T and sigma'(Z_1) dL/dW_1 called wrong;
\underbrace without labels and a chain continued in a second $$ block; \nabla_{\theta_0} L(\theta), ^{new} and
^{old} with 0.01 written in; w = w + \Delta w with "\ "; the Spanish exam's (0.35)(0.1), \mathbf results,
w_{11}^{(2)+}, [...] as parentheses and 0.8954 one unit off; the Mazur notes' → and ";" between claims, \frac12,
\, and Marsland's deltao.

Which look general (would appear in much homework): a superscript + glued to =, w^+= (any worked example that marks
the new weight so); an outer product of bracketed numbers, [a, b]^T [c, d] (plain-text worked examples); a name
written without its layer inside a rule (docs/notation.md's own default, not applied to net_j here); a function's
name as the quantity in a derivative, \partial\sigma/\partial z (dsigma/dz is common); commas as thousands
separators (any example with large numbers; the refusal's advice is misleading). Page-specific: TeX's \qquad
without its backslash (",qquad", a Markdown export's loss, though the class of lost backslashes recurs), a composition
(\mathcal{L} \circ z)' (rare in homework), a claim spread over prose and two inline formulas.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch68_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_STORED = "the code corpus's stored file {}, \"{}\" ({}; its repository not named by the index)"
_TYPORA = _STORED.format(19149433354, "$$ \\begin{align} f(x) &= cx^{n}", "a Typora note on the chain rule, in Chinese")
_ZHBP = _STORED.format(59817227522, "反向传播与链式法则（Backpropagation and the Chain Rule）",
                       "an Obsidian note in Chinese with a worked example")
_CS229 = _STORED.format(70541658601, "Lecture 8: Neural Networks, Backpropagation",
                        "a lesson following Stanford CS229's lecture 8")
_OBS = _STORED.format(62698159681, "Neural Networks", "an Obsidian note with backpropagation in pseudo-code")
_YUJIA = _STORED.format(308609481, "Back Propagation", "yujias424's machine-learning review notes")
_AIZH = _STORED.format(3008600848, "Artificial Intelligence (AI) 原理与代码实战案例讲解",
                       "an article in Chinese")
_LOGLOSS = _STORED.format(57438934183, "Classification with a Neural Network: Minimizing Log-Loss",
                          "a lesson on a 2-2-1 network")
_META = _STORED.format(67148609960, "数学模型和公式的详细讲解与举例说明", "an article in Chinese on meta-learning")
_FRENCH = _STORED.format(45553837437, "Apprentissage Profond 3", "course notes in French and Chinese")
_ES = _STORED.format(60619096298, "Solución Paso a Paso: Problema de Examen de Redes Neuronales",
                     "an exam solution in Spanish")
_MAZUR = _STORED.format(71383142919, "3.12 Worked backprop example (Matt Mazur — on the slides)",
                        "exam notes on multilayer perceptrons")

# the Typora note's output delta: y = sigma(z), L = 1/2 (y - t)^2
_TD = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# the Chinese notes' deltas: sigmoid outputs, tanh hidden units
_ZD2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_ZD1 = ("(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
        "*(1 - a1[{j}]**2)")
# the CS229 toy's dL/dz1, entry j, and its whole vector
_CJ = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
_CDA1 = "(W2.T @ (a2 - y)).ravel()"
# the Obsidian note's softmax and ReLU deltas
_OD2 = "(a2[{k}] - t[{k}])"
_OD1 = "(W2[0,{j}]*(a2[0] - t[0]) + W2[1,{j}]*(a2[1] - t[1]) + W2[2,{j}]*(a2[2] - t[2]))*Heaviside(z1[{j}])"
# a sigmoid layer of two outputs after a sigmoid layer of two (yujias424, the AI article, the Spanish exam)
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = ("a1[{j}]*(1 - a1[{j}])*(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
       " + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))")
# the log-loss lesson's dL/dy_hat and its hidden unit 1's factor
_LQ = "((a2[0] - y[0])/(a2[0]*(1 - a2[0])))"
_LH1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"
_I2 = tuple({"i": i} for i in range(2))
_I3 = tuple({"i": i} for i in range(3))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_IJ2 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_IJ32 = tuple({"i": i, "j": j} for i in range(3) for j in range(2))
_JK2 = tuple({"j": j, "k": k} for j in range(2) for k in range(2))
_JK32 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_JK33 = tuple({"j": j, "k": k} for j in range(3) for k in range(3))

ENTRIES: list[Public] = [
    # ---- the Typora note (stored): $$ blocks and $...$ in Chinese prose, \mathcal on every letter (\mathcal{z},
    # \mathcal{\sigma}), * for the product, z = y - t as a name; (\mathcal{L} \circ z)'(y) worked out wrong ----------
    Public("tp-loss", _TYPORA, "b68_typora", "b68_typora_z",
           '$$\n\\mathcal{L} = \\frac{1}{2} (y - t) ^ 2\n$$',
           ((C,),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)),), batch=68),
    Public("tp-dLdz-dzdy", _TYPORA, "b68_typora", "b68_typora_z",
           ' $\\frac{\\partial \\mathcal{L}}{\\partial z} = \\frac{1}{2} * 2 * z = z$ ,  $\\frac{\\partial \\mathcal{z}}{\\partial y} = 1$',
           ((C, C), (C,)),
           (Twin("value", "a1[0] - y[0]", ("(1/2)*2*(a1[0] - y[0])", "a1[0] - y[0]")), Twin("value", "1", ("1",))),
           batch=68, why="after \"令：z = y - t\": dL/dz = z and dz/dy = 1, two claims on one line after \"根据链式法则有：\""),
    Public("tp-dLdy", _TYPORA, "b68_typora", "b68_typora_z",
           '$\\frac{\\partial \\mathcal{L}}{\\partial y} = \\frac{\\partial \\mathcal{L}}{\\partial z} \\frac{\\partial \\mathcal{z}}{\\partial y} = z * 1 = z = y - t$   ',
           ((C, C, C, C),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])*1", "(a1[0] - y[0])*1", "a1[0] - y[0]", "a1[0] - y[0]")),),
           batch=68, why="dL/dy, the loss's derivative by the output, judged as a value"),
    Public("tp-composition", _TYPORA, "b68_typora", "b68_typora_z",
           "$$\n(\\mathcal{L} \\circ z)'(y) = \\mathcal{L}' ( z(y) ) z'(y) \\\\\n= z(z(y)) \\\\\n= z(y-t) \\\\\n= (y-t) -t \\\\\n= y - 2t\n$$",
           ((C, W, W, W, W),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])*1", "(a1[0] - y[0]) - y[0]", "(a1[0] - y[0]) - y[0]",
                                           "(a1[0] - y[0]) - y[0]", "a1[0] - 2*y[0]")),), batch=68,
           why="(L o z)'(y) is dL/dy = L'(z(y)) z'(y) = z = y - t; the note then takes L' for z itself and applies"
               " z twice, z(z(y)) = (y - t) - t = y - 2t: every member after the first is wrong"),
    Public("tp-bar-y", _TYPORA, "b68_typora", "b68_typora",
           "$$\n\\frac{\\partial \\mathcal{L}}{\\partial y} = y - t = \\overline{y} \\\\\n\n\\frac{\\partial \\mathcal{y}}{\\partial z} = \\frac{\\partial \\mathcal{\\sigma}}{\\partial z} = \\mathcal{\\sigma}'(z) \\\\\n\n\\frac{\\partial \\mathcal{z}}{\\partial w} = x\n$$",
           ((C, C), (C, C), (C,)),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]", "a1[0] - y[0]")),
            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))")),
            Twin("value", "x[0]", ("x[0]",))), batch=68,
           why="three claims, \\overline{y} the note's name of dL/dy; dy/dz = d\\sigma/dz = \\sigma'(z) and dz/dw = x"
               " are local derivatives, judged as values"),
    Public("tp-bar-z", _TYPORA, "b68_typora", "b68_typora",
           "$$\n\\overline{z} = \\frac{\\partial \\mathcal{L}}{\\partial y} \\frac{\\partial \\mathcal{y}}{\\partial z} = \\overline{y} \\ \\mathcal{\\sigma}'(z)\n$$",
           ((C, C),),
           (Twin("gradient_z", "z1[0]", (_TD, _TD)),), batch=68),
    # ---- the Chinese notes (stored): $$ blocks over several lines, literal letters j (hidden) and k (output),
    # net_j and net_k, \delta_k^o and \delta_j^h, f' and g', ",qquad" (TeX's \qquad without its backslash), then a
    # worked example with × for the product, \approx and Chinese punctuation between inline claims ---------------
    Public("zh-dE-dw-chain", _ZHBP, "b68_zhbp", "b68_zhbp",
           '$$\n\\frac{\\partial E}{\\partial w_{jk}}=\n\\frac{\\partial E}{\\partial y_k}\n\\frac{\\partial y_k}{\\partial net_k}\n\\frac{\\partial net_k}{\\partial w_{jk}}\n$$',
           ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_ZD2}*a1[{{j}}]",), _JK32),), batch=68),
    Public("zh-delta-o", _ZHBP, "b68_zhbp", "b68_zhbp",
           "$$\n\\delta_k^o=\\frac{\\partial E}{\\partial net_k}\n=(y_k-t_k)g'(net_k)\n$$",
           ((C, C),),
           (Twin("gradient_z", "z2[{k}]", (_ZD2, _ZD2), _K2),), batch=68),
    Public("zh-dE-dw", _ZHBP, "b68_zhbp", "b68_zhbp",
           '$$\n\\frac{\\partial E}{\\partial w_{jk}}=\\delta_k^o h_j,qquad\n\\frac{\\partial E}{\\partial b_k}=\\delta_k^o\n$$',
           ((C,), (C,)),
           (Twin("gradient", "W2[{k},{j}]", (f"{_ZD2}*a1[{{j}}]",), _JK32), Twin("gradient", "b2[{k}]", (_ZD2,), _K2)),
           batch=68, why="two claims joined by \",qquad\", the \\qquad's backslash lost"),
    Public("zh-dE-dv", _ZHBP, "b68_zhbp", "b68_zhbp",
           '$$\n\\frac{\\partial E}{\\partial v_{ij}}=\\delta_j^h x_i,qquad\n\\frac{\\partial E}{\\partial b_j}=\\delta_j^h\n$$',
           ((C,), (C,)),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZD1}*x[{{i}}]",), tuple({"i": i, "j": j} for i in range(2)
                                                                          for j in range(3))),
            Twin("gradient", "b1[{j}]", (_ZD1,), _J3)), batch=68),
    Public("zh-net-h1", _ZHBP, "b68_zhnum", "b68_zhnum",
           '$$\nnet_{h1}=0.1×5+0.15×10+0.35=2.35,qquad out_{h1}\\approx0.912934\n$$',
           ((C, C), (C,)),
           (Twin("value", "z1[0]", ("=0.1*5 + 0.15*10 + 0.35", "=2.35")), Twin("value", "a1[0]", ("=0.912934",))),
           batch=68, why="the example's first hidden unit; its out_{h1} the second claim after \",qquad\""),
    Public("zh-w7-new", _ZHBP, "b68_zhnum", "b68_zhnum",
           '$$\nw_7^+=0.4-0.5×0.078064\\approx0.360968\n$$',
           ((C, C),),
           (Twin("update", "W2[0,0]", ("=0.4 - 0.5*0.078064", "=0.360968")),), batch=68,
           why="w_7 from h1 to o1, eta 0.5; dE/dw_7 = 0.078064 (0.0780639)"),
    Public("zh-out-E", _ZHBP, "b68_zhnum", "b68_zhnum",
           '得 $out_{o1}\\approx0.891090$，$out_{o2}\\approx0.904330$，总误差约 $E\\approx0.391829$。',
           ((C,), (C,), (C,)),
           (Twin("value", "a2[0]", ("=0.891090",)), Twin("value", "a2[1]", ("=0.904330",)),
            Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)", ("=0.391829",))), batch=68,
           why="three inline claims in a sentence, joined by \"，\" and \"总误差约\" (total error about)"),
    # ---- the CS229 lesson (stored): a code block of plain text, two-space indents, names with digits (W1, z1, a1),
    # y_hat, dL/dW2, ReLU'(z1), vectors and a matrix in brackets, "outer", [0, 2.5]^T [1, 2] ------------------------
    Public("cs229-z1", _CS229, "b68_cs229", "b68_cs229",
           '  z1 = W1 x = [1*1 + (-1)*2,  0.5*1 + 0.5*2] = [-1, 1.5]',
           ((C, C, C),),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]", "=[1*1 + (-1)*2, 0.5*1 + 0.5*2]",
                                      "=[-1, 1.5]"), _J2),), batch=68),
    Public("cs229-yhat", _CS229, "b68_cs229", "b68_cs229",
           '  y_hat = W2 a1 = 2*0 + (-1)*1.5 = -1.5',
           ((C, C, C),),
           (Twin("value", "a2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=2*0 + (-1)*1.5", "=-1.5")),), batch=68),
    Public("cs229-L", _CS229, "b68_cs229", "b68_cs229",
           '  L = (1/2)(y_hat - y)^2 = 0.5 * (-2.5)^2 = 3.125',
           ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])**2/2", ("(a2[0] - y[0])**2/2", "=0.5*(-2.5)**2", "=3.125")),), batch=68),
    Public("cs229-dW2", _CS229, "b68_cs229", "b68_cs229",
           '  dL/dW2 = dL/dy_hat * a1 = -2.5 * [0, 1.5] = [0, -3.75]',
           ((C, C, C),),
           (Twin("gradient", "W2[0,{k}]", ("(a2[0] - y[0])*a1[{k}]", "=-2.5*np.array([0, 1.5])", "=[0, -3.75]"), _K2),),
           batch=68),
    Public("cs229-da1", _CS229, "b68_cs229", "b68_cs229",
           '  dL/da1 = W2 * dL/dy_hat = [2, -1] * (-2.5) = [-5, 2.5]',
           ((C, C, C),),
           (Twin("value", f"{_CDA1}[{{k}}]", ("W2[0,{k}]*(a2[0] - y[0])", "=np.array([2, -1])*(-2.5)", "=[-5, 2.5]"),
                 _K2),), batch=68, why="dL/da1, the hidden layer's outputs, judged as a value"),
    Public("cs229-dz1", _CS229, "b68_cs229", "b68_cs229",
           "  dL/dz1 = dL/da1 * ReLU'(z1) = [-5 * 0, 2.5 * 1] = [0, 2.5]",
           ((C, C, C),),
           (Twin("value", f"({_CDA1}*Heaviside(z1))[{{j}}]", (_CJ, "=[-5*0, 2.5*1]", "=[0, 2.5]"), _J2),), batch=68,
           why="dL/dz1 judged as a value (a delta with numbers); ReLU' is 0 at z1[0] = -1"),
    Public("cs229-dW1", _CS229, "b68_cs229", "b68_cs229",
           '  dL/dW1 = dL/dz1 outer x = [0, 2.5]^T [1, 2] = [[0, 0], [2.5, 5]]',
           ((C, C, C),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_CJ}*x[{{i}}]", "=np.outer([0, 2.5], [1, 2])", "=[[0, 0], [2.5, 5]]"),
                 _IJ2),), batch=68, why="\"outer\" the outer product of dL/dz1 and x, written [0, 2.5]^T [1, 2]"),
    # ---- the Obsidian note (stored): pseudo-code in a code block with trailing comments, @ and .T, relu'(z1);
    # the perceptron's update inline in a sentence ------------------------------------------------------------------
    Public("obs-dz2", _OBS, "b68_obs", "b68_obs",
           'dL/dz2 = y_hat - y                    # derivative of softmax + cross-entropy',
           ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_OD2,), _K3),), batch=68),
    Public("obs-dW2", _OBS, "b68_obs", "b68_obs",
           'dL/dW2 = dL/dz2 @ h.T                # chain rule',
           ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"{_OD2}*a1[{{j}}]",), _JK33),), batch=68),
    Public("obs-dz1", _OBS, "b68_obs", "b68_obs",
           "dL/dz1 = dL/dh * relu'(z1)           # element-wise multiply",
           ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_OD1,), _J3),), batch=68, why="dL/dh = W2.T @ dL/dz2, the line before"),
    Public("obs-perceptron-update", _OBS, "b68_obs_perc", "b68_obs_perc",
           'The perceptron update rule adjusts each weight proportionally to the prediction error: $w_i \\leftarrow w_i + \\alpha \\cdot (y - \\hat{y}) \\cdot x_i$. Given a linearly separable dataset (e.g., the AND gate), it converges to a correct solution in a finite number of steps.',
           ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] + eta*(y[0] - a1[0])*x[{i}]",), _I2),), batch=68,
           why="the whole line of prose around the inline formula; with the sigmoid and the log-loss the rule is"
               " gradient descent"),
    # ---- yujias424's notes (stored): $$ blocks indented in lists, aligned with & and \\, net and o as names,
    # E(o), O(net) = Activate(net), net(w_i) with the sum over the same i, o_i (an input) beside o_j ------------------
    Public("yj-chain", _YUJIA, "b68_yj_unit", "b68_yj_unit",
           '$$\n\\frac{\\partial E}{\\partial w_i} = \\frac{\\partial E}{\\partial o}\\frac{\\partial o}{\\partial net}\\frac{\\partial net}{\\partial w_i}\n$$',
           ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=68,
           why="w_i for i = 1, 2 (w_0 the bias)"),
    Public("yj-relations", _YUJIA, "b68_yj_unit", "b68_yj_unit",
           '$$\n\\begin{aligned}\n    &E(o) = \\frac{1}{2}(o^{(d)}-y^{(d)})^2 \\\\\n    &O(net) = Activate(net)\\\\\n    &net(w_i) = w_0 + \\sum_{i=1}^n w_ix_i\n\\end{aligned}\n$$',
           ((C,), (C,), (C,)),
           (Twin("value", "(a1[0] - y[0])**2/2", ("(a1[0] - y[0])**2/2",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)),
            Twin("value", "z1[0]", ("b1[0] + W1[0,0]*x[0] + W1[0,1]*x[1]",))), batch=68,
           why="three definitions, each written as a function of its argument: E(o), O(net), net(w_i)"),
    Public("yj-dw-ji", _YUJIA, "b68_yj_layer", "b68_yj_layer",
           '    $$\n    \\begin{aligned}\n        \\Delta w_{ji} &= -\\eta \\frac{\\partial E}{\\partial w_{ji}} \\\\\n        &= -\\eta \\frac{\\partial E}{\\partial net_j}\\frac{\\partial net_j}{\\partial w_{ji}} \\\\\n        &= -\\eta\\frac{\\partial E}{\\partial net_j}o_i\n    \\end{aligned}\n    $$',
           ((C, C, C),),
           (Twin("value", "-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",
                 ("-eta*(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])*x[{i}]",) * 3, _IJ2),), batch=68,
           why="Delta w_ji, the step, judged as a value; o_i the input i (\"o_i can be replaced by x_i\")"),
    Public("yj-delta-hidden", _YUJIA, "b68_yj_deep", "b68_yj_hidden",
           '        $$\n        \\begin{aligned}\n            \\delta_j &=  \\frac{\\partial o_j}{\\partial net_j}\\sum_k \\delta_k w_{kj}\n        \\end{aligned}\n        $$',
           ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_D1,), _J2),), batch=68, why="\"j is a hidden perceptron\""),
    Public("yj-delta-L", _YUJIA, "b68_yj_deep", "b68_yj_layers",
           '        $$\n        \\begin{aligned}\n            \\delta_j^{(L)} \n                &= \\frac{\\partial E}{\\partial net_j}\\\\\n                &= \\frac{\\partial E}{\\partial o_j}\\frac{\\partial o_j}{\\partial net_j}\\\\\n                &= \\frac{\\partial o_j}{\\partial net_j}(o_j-y_j)\n        \\end{aligned}\n        $$',
           ((C, C, C),),
           (Twin("gradient_z", "z2[{k}]", (_D2,) * 3, _K2),), batch=68,
           why="the output layer L; net_j and o_j written without their layer, the output's here"),
    # ---- the AI article (stored): capitals, \cdot for the matrix product, \sigma_2 a second activation; A_2^T
    # where A (A_1) belongs, and dL/dW_1 where dL/dA_1 belongs -------------------------------------------------------
    Public("ai-forward", _AIZH, "b68_aizh", "b68_aizh",
           '$$\nZ = W_1 \\cdot X + b_1 \\\\\nA = \\sigma(Z) \\\\\nZ_2 = W_2 \\cdot A + b_2 \\\\\nA_2 = \\sigma_2(Z_2)\n$$',
           ((C,), (C,), (C,), (C,)),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2] + b1[{j}]",), _J2),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),
            Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]",), _K2),
            Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2)), batch=68),
    Public("ai-backward", _AIZH, "b68_aizh", "b68_aizh",
           "$$\n\\frac{\\partial L}{\\partial Z_2} = \\sigma_2'(Z_2) \\frac{\\partial L}{\\partial A_2} \\\\\n\\frac{\\partial L}{\\partial W_2} = A_2^T \\frac{\\partial L}{\\partial Z_2} \\\\\n\\frac{\\partial L}{\\partial Z_1} = \\sigma'(Z_1) \\frac{\\partial L}{\\partial W_1} \\\\\n\\frac{\\partial L}{\\partial W_1} = X^T \\frac{\\partial L}{\\partial Z_1}\n$$",
           ((C,), (W,), (W,), (C,)),
           (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),
            Twin("gradient", "W2[{k},{j}]", (f"a2[{{j}}]*{_D2}",), _JK2),
            Twin("gradient_z", "z1[{j}]", (f"a1[{{j}}]*(1 - a1[{{j}}])*{_D1}*x[0]",), _J2),
            Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_D1}",), _IJ32)), batch=68,
           why="dL/dW_2 takes the output A_2 for the hidden A (= A_1) of the forward block: A^T dL/dZ_2 is right;"
               " dL/dZ_1 = sigma'(Z_1) dL/dW_1 multiplies by the gradient of W_1 (a 2 x 3 matrix) where dL/dA_1 belongs"
               " (the twin a stand-in of another value); X^T dL/dZ_1 is right, read with its vectors as rows"),
    # ---- the log-loss lesson (stored): bullet lines with bold labels, \ln, a claim in words ("It is $...$"),
    # \underbrace without a label, a chain continued in a second $$ block, \leftarrow updates ------------------------
    Public("ll-loss", _LOGLOSS, "b68_logloss", "b68_logloss",
           '* **Loss:** $L(y, \\hat{y}) = -[y \\ln(\\hat{y}) + (1-y) \\ln(1-\\hat{y})]$  ',
           ((C,),),
           (Twin("value", "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",
                 ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),), batch=68),
    Public("ll-dL-dyhat", _LOGLOSS, "b68_logloss", "b68_logloss",
           '1.  **$\\frac{\\partial L}{\\partial \\hat{y}}$:** We already calculated this for the single perceptron. It is $\\frac{\\hat{y}-y}{\\hat{y}(1-\\hat{y})}$.  ',
           ((C,),),
           (Twin("value", _LQ, (_LQ,)),), batch=68,
           why="the left side in one $...$, its value after \"It is\" in another: dL/dy_hat, judged as a value"),
    Public("ll-underbrace", _LOGLOSS, "b68_logloss", "b68_logloss",
           '$$ \\frac{\\partial L}{\\partial w_{11}} = \\underbrace{\\left(\\frac{\\hat{y}-y}{\\hat{y}(1-\\hat{y})}\\right)} \\cdot \\underbrace{(\\hat{y}(1-\\hat{y}))} \\cdot \\underbrace{(w_1)} \\cdot \\underbrace{(a_1(1-a_1))} \\cdot \\underbrace{(x_1)} $$',
           ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_LQ}*(a2[0]*(1 - a2[0]))*W2[0,0]*(a1[0]*(1 - a1[0]))*x[0]",)),), batch=68),
    Public("ll-dw1", _LOGLOSS, "b68_logloss", "b68_logloss",
           '$$ \\frac{\\partial L}{\\partial w_1} = \\frac{\\partial L}{\\partial \\hat{y}} \\cdot \\frac{\\partial \\hat{y}}{\\partial z} \\cdot \\frac{\\partial z}{\\partial w_1} $$\n\n$$ = \\underbrace{\\left(\\frac{\\hat{y}-y}{\\hat{y}(1-\\hat{y})}\\right)} \\cdot \\underbrace{(\\hat{y}(1-\\hat{y}))} \\cdot \\underbrace{(a_1)} = (\\hat{y}-y)a_1 $$',
           ((C, C, C),),
           (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a1[0]", f"{_LQ}*(a2[0]*(1 - a2[0]))*a1[0]",
                                         "(a2[0] - y[0])*a1[0]")),), batch=68,
           why="the second $$ block continues the first's chain with \"=\""),
    Public("ll-update-w21", _LOGLOSS, "b68_logloss", "b68_logloss",
           '* $w_{21} \\leftarrow w_{21} - \\alpha \\cdot (\\hat{y}-y)w_1 a_1(1-a_1)x_2$',
           ((C,),),
           (Twin("update", "W1[0,1]", (f"W1[0,1] - eta*{_LH1}*x[1]",)),), batch=68),
    Public("ll-update-b1", _LOGLOSS, "b68_logloss", "b68_logloss",
           '* $b_1 \\leftarrow b_1 - \\alpha \\cdot (\\hat{y}-y)w_1 a_1(1-a_1)$',
           ((C,),),
           (Twin("update", "b1[0]", (f"b1[0] - eta*{_LH1}",)),), batch=68),
    # ---- the meta-learning article (stored): \nabla_{\theta_0} L(\theta), ^{new} and ^{old}, the learning rate
    # 0.01 written in; the gradients' and updates' sign turned, and 1/2 (5,000)^2 written 50,000 -----------------------
    Public("meta-grad0", _META, "b68_meta", "b68_meta",
           '$$\n\\nabla_{\\theta_0} L(\\theta) = (y - \\hat{y})\n$$',
           ((W,),),
           (Twin("gradient", "b1[0]", ("y[0] - a1[0]",)),), batch=68,
           why="L = 1/2 (y - y_hat)^2 (the page's, called MSE): dL/dtheta_0 = y_hat - y, not y - y_hat"),
    Public("meta-grad1", _META, "b68_meta", "b68_meta",
           '$$\n\\nabla_{\\theta_1} L(\\theta) = (y - \\hat{y}) x\n$$',
           ((W,),),
           (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*x[0]",)),), batch=68, why="the sign turned, as above"),
    Public("meta-update0", _META, "b68_meta", "b68_meta",
           '$$\n\\theta_0^{new} = \\theta_0^{old} - 0.01 \\cdot (y - \\hat{y})\n$$',
           ((W,),),
           (Twin("update", "b1[0]", ("b1[0] - 0.01*(y[0] - a1[0])",)),), batch=68,
           why="the step up the gradient (theta_0 - eta (y_hat - y) is the descent); eta 0.01 the file's"),
    Public("meta-update1", _META, "b68_meta", "b68_meta",
           '$$\n\\theta_1^{new} = \\theta_1^{old} - 0.01 \\cdot (y - \\hat{y}) x\n$$',
           ((W,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - 0.01*(y[0] - a1[0])*x[0]",)),), batch=68,
           why="the step up the gradient, as above"),
    Public("meta-house", _META, "b68_meta_house", "b68_meta_house",
           '$$\nL = \\frac{1}{2} (200,000 - 195,000)^2 = 50,000\n$$',
           ((C, W),),
           (Twin("value", "(a1[0] - y[0])**2/2", ("=0.5*(200000 - 195000)**2", "=50000")),), batch=68,
           why="commas as thousands separators; 1/2 (5,000)^2 is 12,500,000, not 50,000"),
    # ---- the French notes (stored): w = w + \Delta w, "\ " spacing, \nabla J(w), W^{(1)}a^{(1)}, \phi, a delta with
    # \frac {\partial \phi (z^{(2)})}{\partial z^{(2)}} put inside the product with the next layer's delta ----------
    Public("fr-update", _FRENCH, "b68_french_unit", "b68_french_unit",
           '$$\nw = w + \\Delta w \\\\\n\\Delta w = - \\eta \\ \\nabla J(w)\n$$',
           ((C,), (C,)),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*grad",), _I3),
            Twin("value", "-eta*(a1[0] - y[0])*x[{i}]", ("-eta*(a1[0] - y[0])*x[{i}]",), _I3)), batch=68,
           why="the update of the weight vector and its step, two claims"),
    Public("fr-vector", _FRENCH, "b68_french", "b68_french",
           '$$\nz^{(2)} = W^{(1)}a^{(1)}\n\\\\\na^{(2)} = \\phi(z^{(2)})\n$$',
           ((C,), (C,)),
           (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + W1[{j},2]*x[2]",), _J2),
            Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2)), batch=68),
    Public("fr-deltas", _FRENCH, "b68_french", "b68_french",
           '$$\n\\delta^{(3)} = a^{(3)} - y\n\\\\\n\\delta^{(2)} = (W^{(2)})^T (\\delta^{(3)} * \\frac {\\partial \\phi (z^{(2)})}{\\partial z^{(2)}})\n$$',
           ((C,), (W,)),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),
            Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*a1[0]*(1 - a1[0])"
                                           " + W2[1,{j}]*(a2[1] - y[1])*a1[1]*(1 - a1[1])",), _J2)), batch=68,
           why="delta^(2) = (W^(2))^T delta^(3) * phi'(z^(2)): the notes multiply delta^(3) by phi'(z^(2)) before"
               " the transpose, so hidden unit k's slope weighs output k's delta"),
    # ---- the Spanish exam solution (stored): $$ ... $$ on one line each, products in parentheses (0.35)(0.1),
    # \mathbf{...} around the results, w_{11}^{(2)+} the new weight, brackets [...] as parentheses -------------------
    Public("es-net-h1", _ES, "b68_es", "b68_es",
           '$$ net_{h1} = x_1 w_{11}^{(1)} + x_2 w_{21}^{(1)} = (0.35)(0.1) + (0.8)(0.2) $$',
           ((C, C),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]", "=(0.35)*(0.1) + (0.8)*(0.2)")),), batch=68),
    Public("es-delta-o1", _ES, "b68_es", "b68_es",
           '$$ \\delta_{o1} = (out_{o1} - t_1) \\cdot out_{o1}(1 - out_{o1}) $$\n$$ \\delta_{o1} = (0.5731 - 0.5) \\cdot 0.5731(1 - 0.5731) $$\n$$ \\delta_{o1} = (0.0731) \\cdot (0.2446) \\approx \\mathbf{0.0179} $$',
           ((C,), (C,), (C, C)),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),
            Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("=(0.5731 - 0.5)*0.5731*(1 - 0.5731)",)),
            Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("=(0.0731)*(0.2446)", "=0.0179"))), batch=68,
           why="three $$ lines, each a claim; the delta dE/dnet judged as a value"),
    Public("es-delta-h1", _ES, "b68_es", "b68_es",
           '$$ \\delta_{h1} = (\\delta_{o1} w_{11}^{(2)} + \\delta_{o2} w_{12}^{(2)}) \\cdot out_{h1}(1 - out_{h1}) $$\n$$ \\delta_{h1} = [(0.0179)(0.3) + (0.0350)(0.1)] \\cdot 0.5486(1 - 0.5486) $$\n$$ \\delta_{h1} = [0.00537 + 0.0035] \\cdot 0.2476 $$\n$$ \\delta_{h1} = 0.00887 \\cdot 0.2476 \\approx \\mathbf{0.0022} $$',
           ((C,), (C,), (C,), (C, C)),
           (Twin("value", _D1.format(j=0), (_D1.format(j=0),)),
            Twin("value", _D1.format(j=0), ("=((0.0179)*(0.3) + (0.0350)*(0.1))*0.5486*(1 - 0.5486)",)),
            Twin("value", _D1.format(j=0), ("=(0.00537 + 0.0035)*0.2476",)),
            Twin("value", _D1.format(j=0), ("=0.00887*0.2476", "=0.0022"))), batch=68,
           why="w_{12}^{(2)} from h_1 to o_2; four $$ lines"),
    Public("es-w11-2", _ES, "b68_es", "b68_es",
           '$$ w_{11}^{(2)+} = 0.3 - 0.2(0.0179)(0.5486) = 0.3 - 0.00196 = \\mathbf{0.2980} $$',
           ((C, C, C),),
           (Twin("update", "W2[0,0]", ("=0.3 - 0.2*(0.0179)*(0.5486)", "=0.3 - 0.00196", "=0.2980")),), batch=68),
    Public("es-w22-2", _ES, "b68_es", "b68_es",
           '$$ w_{22}^{(2)+} = 0.9 - 0.2(0.0350)(0.6502) = 0.9 - 0.00455 = \\mathbf{0.8954} $$',
           ((C, C, C),),
           (Twin("update", "W2[1,1]", ("=0.9 - 0.2*(0.0350)*(0.6502)", "=0.9 - 0.00455", "=0.8954")),), batch=68,
           why="0.89545049: 0.8954 is one unit off its rounding, which the spec allows"),
    # ---- the exam notes' copy of Mazur's example (stored): list items with inline $...$, → between two claims, ";"
    # between three, \frac12, \, spacing, \mathbf results; the book's code with self. and 1.0 - ------------------------
    Public("mz-net-h1", _MAZUR, "b68_mz", "b68_mz",
           '- $net_{h1} = 0.15(0.05) + 0.20(0.10) + 0.35 = 0.3775$ → $out_{h1} = \\sigma(0.3775) = \\mathbf{0.593270}$',
           ((C, C), (C, C)),
           (Twin("value", "z1[0]", ("=0.15*(0.05) + 0.20*(0.10) + 0.35", "=0.3775")),
            Twin("value", "a1[0]", ("=1/(1 + np.exp(-0.3775))", "=0.593270"))), batch=68),
    Public("mz-E", _MAZUR, "b68_mz", "b68_mz",
           '- $E_{o1} = \\frac12(0.01 - 0.751365)^2 = 0.274811$; $E_{o2} = \\frac12(0.99 - 0.772928)^2 = 0.023560$; $E_{total} = \\mathbf{0.298371}$',
           ((C, C), (C, C), (C,)),
           (Twin("value", "(y[0] - a2[0])**2/2", ("=0.5*(0.01 - 0.751365)**2", "=0.274811")),
            Twin("value", "(y[1] - a2[1])**2/2", ("=0.5*(0.99 - 0.772928)**2", "=0.023560")),
            Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)", ("=0.298371",))), batch=68),
    Public("mz-delta-o1", _MAZUR, "b68_mz", "b68_mz",
           '- $\\delta_{o1} = (out_{o1} - t_1)\\,out_{o1}(1 - out_{o1}) = (0.741365)(0.751365)(0.248635) = \\mathbf{0.138499}$',
           ((C, C, C),),
           (Twin("value", "(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",
                                                               "=(0.741365)*(0.751365)*(0.248635)", "=0.138499")),),
           batch=68, why="the delta dE/dnet_{o1} judged as a value"),
    Public("mz-w6", _MAZUR, "b68_mz", "b68_mz",
           '- $w_6^+ = 0.45 - 0.5(0.138499)(0.596884) = \\mathbf{0.408666}$',
           ((C, C),),
           (Twin("update", "W2[0,1]", ("=0.45 - 0.5*(0.138499)*(0.596884)", "=0.408666")),), batch=68),
    Public("mz-deltao", _MAZUR, "b68_mz", "b68_mz_code",
           'deltao = (targets - self.outputs)*self.outputs*(1.0 - self.outputs)',
           ((C,),),
           (Twin("value", "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",
                 ("(y[{k}] - a2[{k}])*a2[{k}]*(1.0 - a2[{k}])",), _K2),), batch=68,
           why="the book's batch code for one sample, beta = 1; deltao is -dE/dz (it uses t - y, so it adds)"),
]
