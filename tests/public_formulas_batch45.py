r"""Batch 45 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 17 web-page addresses no earlier batch used (the "pages" corpus: two Stack Overflow questions in
whosebug.com's copies, two slides of compphysics' machine-learning course (week 42's slides 37 and 45),
Nemotron-CC-Math-v1's copies of an intellipaat question on the sigmoid's derivative, of tutorialexample's gradient of
the cross-entropy, of "Derivative of Sigmoid in Python" and of a Stack Overflow question on the Coursera ex4 network
(named by their titles after the data set's address, as in the batches before), a Russian Q&A page's tanh
derivative in code, Mathematics Stack Exchange 1804041's softmax loss, portfolio-neural's worked softmax numbers,
omkarray's and harshithvarma's cross-entropy lessons in plain text, maizer2's one-line proof of the sigmoid's
derivative, aman.ai's primer on the same, subjectmate's exam question, a community.deeplearning.ai thread), copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it works an example; both in tests/public_formulas_batch45_tables.py), and
its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the
verdicts written down) before check was. Formulas keep their page's delimiters ($$ ... $$, \[ ... \],
\begin{equation}) and a code line's indentation; where a formula stands inside a line of prose, the prose is left
out and the entry's why says so.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 45

The batch: 54 formulas (55 claims: maizer2's line holds y = 1/(1+e^{-x}) and, after "then", its derivative), 36
values (forward values, losses, worked numbers of a softmax, the sigmoid's and the tanh's derivatives and a
nine-member derivation of the first, log softmax, the question's hidden_error -dE/dhidden, a slope dy/dx), 14 deltas
dL/dz (the course's delta_j^L as dC/dz and as dC/db, the question's delta and delta_hidden, d_tanh, dL/do_k,
dL/dz, delta_3 and delta_2, dZ1), 4 updates (code's +=, the course's "\leftarrow =" and b_j^l \leftarrow ..., ex4's
theta_2 = theta_2 - (alpha * ...)). 24 are LaTeX (compphysics' $$ ... $$ with {\cal C}, and a slide stored without
delimiters; Nemotron's \[ ... \] with f(x)' and numbers, and $$ blocks over three lines; \begin{equation} with -log
and f_{y_{i}}; maizer2's $$if\;y=...,\;\mathrm{then}\;...$$; aman.ai's \begin{aligned} chain with \left[ \right],
\mathrm{e} and \boxed), 30 plain text or code (the question's NumPy with np.dot, w_1.T and a two-argument
sigmoid(x, True); the other question's sigmoid_derivative(y); tanh (x) = ... with a space before the parenthesis;
Unicode subscripts zᵢ, Σⱼ, yᵢ, p_t and − (U+2212) in a two-line chain; labels "Cat:", "Verify:" before numbers, a
percentage after them and a check mark ✓; code's p[correct_class], one_hot(target), y[:, t] and np.multiply;
subjectmate's C =-d logy-(1-d) log (1-y), log glued to its argument).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- so45-hidden-error: the question's hidden_error = np.dot(w_1.T, error), the output's error (label - output) sent back
  without the output's sigmoid derivative: -dE/dhidden is w_1^T delta;
- so45-delta-hidden: delta_hidden = error * sigmoid(hidden, True), the output's error times the hidden derivative,
  without w_1 (the question's own "I think it should be hidden_error * ..." is right, so45-delta-hidden-fix);
- so45-delta-error: delta = error, the asker's change that "somehow works": the output's error term without the
  sigmoid's derivative;
- cp45-w-update: w_{ij}^l \leftarrow = w_{ij}^l - \eta \delta_j^l a_i^{l-1}: in the course's own w_{jk} convention
  (w_{jk}^l joins unit k of layer l-1 to unit j, as its dC/dw_{jk}^L = delta_j^L a_k^{L-1} and its delta rule have
  it) the step of w_{ij}^l is delta_i^l a_j^{l-1}; the rule takes the transposed weights' steps (batch 39 met the
  same course's two conventions);
- dlai45-dz1: dZ1 = np.dot(np.dot(W2.T, dZ2), (1 - np.dot(A1.T, A1))), a reply's tanh derivative with np.dot for the
  entrywise square: 1 - (the sum of the squares) for each unit's 1 - A1_j^2.

Not mistaken, though they look it: the second question's slope = sigmoid_derivative(y), its sigmoid_derivative(x)
being x * (1 - x) (its sigmoid_derivative at the output y is the slope at x); the course's \delta_j^L =
\frac{\partial C}{\partial b_j^L}\frac{\partial b_j^L}{\partial z_j^L} (db/dz is 1); tutorialexample's \frac{\partial
L}{\partial o_j} = p_j, said for a class j that is not the correct one (--when "label!=j"); portfolio-neural's
rounded numbers, each within half a unit of its last digit.

What the spec could not express, which a page needed: the question's sigmoid(x, True), its own two-argument
function for x * (1 - x) (no notation names a function's second argument); omkarray's p[correct_class], the
probability at the true class in code's index (the label key takes one letter, "'correct_class' is not one letter",
and no meaning names the probability at the sample's class); Mathematics Stack Exchange's y_i as the class of
sample i (the label letter y with the sample's subscript). Left out: the question's w_0 += np.dot(delta_hidden,
record.T) * lr (record is never defined), the course's mangled copy of slide 45 (week 41's slide 88, stored as
"δlj=∑kδl+1kwl+1kjsigma′(zlj)"), Mathematics Stack Exchange's f = w_j*x_i (a vector of scores on the left, one score
on the right) and its p (the true class's probability, which no pattern can name), and the formulas of pages the
oracle cannot model (math.stackexchange 3048198's O = s(s(s(Iw_1+1)w_2+1)w_4 + ...), whose biases are the constant 1
written into the formula: the oracle draws every bias at random).

How the collection went, honestly: the batch was first written down with two slides of compphysics' MSU copy
(NeuralNet-bs025 and bs026, 7 formulas) and slide 45's delta rule; before anything ran on them but the oracle, a
check of their texts found that the MSU slides are the week-41 slides 31 and 32 that batch 37 and the measured set
(tests/public_formulas.py) already hold, and that slide 45's delta rule is week 42's slide 40's, in the measured set:
the 8 entries were taken out. Pages added in their place: aman.ai's primer, the second Stack Overflow question,
Nemotron's "Derivative of Sigmoid in Python". check saw none of them before the oracle verdicts were committed.

Every notation was loaded with its network (notation_loading.load_notation) before the blind run, without judging
any formula: omkarray's label = "correct_class" raised (see above) and was taken out; none raised after.

Nothing was fixed from this batch.

Collected on 2026-12-04 (22:34 to 22:45 by the machine's clock, committed at 22:45 with the oracle passing, before
check had read any of it) and run blind once at main e69033b (/work/READY_FOR_BLIND10, 23:13), with nothing under
src/ changed (/work/batch45_blind.txt): 34 of 54 read with every verdict right (63%), 19 refused, 1 misread, no
crash, NO WRONG FORMULA CALLED CORRECT. No refusal came from a notation outside the spec's grammar that the spec
would let a teacher write otherwise (see omkarray's one_hot(target) below), so there was no second run.

Of the 5 mistaken formulas, 3 read with every verdict right (so45-hidden-error, so45-delta-error and dlai45-dz1, each
called wrong) and 2 were refused (so45-delta-hidden at its sigmoid(hidden, True), cp45-w-update at its "\leftarrow
="); no wrong member was called correct. By kind of claim: values 22 of 36, deltas 9 of 14 (1 misread), updates 3 of
4. LaTeX against plain text: the 24 in LaTeX read 17 (71%), the 30 in plain text or code 17 (57%). By page: the
first Stack Overflow question 6 of 9, compphysics' slide 45 1 of 2 and slide 37 1 of 2 (1 misread), the intellipaat
question 1 of 3, pullrequest.ru 3 of 3, Mathematics Stack Exchange 0 of 1, tutorialexample 5 of 5, portfolio-neural
3 of 7, omkarray 0 of 3, harshithvarma 0 of 1, maizer2 0 of 1, subjectmate 0 of 1, community.deeplearning.ai 1 of 1,
aman.ai 2 of 3, the second Stack Overflow question 1 of 2, "Derivative of Sigmoid in Python" 7 of 7, the ex4
question 3 of 3.

The misreading (a right member called wrong, never the other way): the course's \delta_j^L = \frac{\partial {\cal
C}}{\partial b_j^L}\frac{\partial b_j^L}{\partial z_j^L}=\frac{\partial {\cal C}}{\partial b_j^L}, (cp37-delta-bias):
its first member was called wrong, its second right. check takes db_j^L/dz_j^L, a parameter by the sum it feeds, as
0 (b does not depend on z in the network's graph); the course means 1 (b = z - W a, as the slide's "the partial
derivative of the cost function with respect to the biases" says). A derivative of a quantity by one it feeds reads
two ways; the entry's verdict is the course's reading, and check, which met only one, should refuse it.

The refusals by construct (19), with the exact message:

- 4, a remark after a claim's numbers, a percentage in parentheses or a check mark (portfolio-cat, -dog, -bird,
  -verify): "formula '7.389 / 11.212 = 0.659 (65.9%)': cannot read '%' at position 30; write the formula in LaTeX or
  plain text (+ - * / ^, \frac, \sum)" ("cannot read '✓' at position 31" for "Verify: 0.659 + 0.242 + 0.099 = 1.000
  ✓"); a general construct of worked numbers (the value repeated as a percentage, a check mark after a verification);
- 3, a code function's flag argument, the question's sigmoid(x, True) for its derivative at an output (so45-delta,
  so45-delta-hidden, so45-delta-hidden-fix): "formula 'delta = error * sigmoid(output, True)': unknown symbol True; the
  notation knows \delta, error, hidden, inputs, label, output, w; give it a meaning in the notation's
  [notation.symbols], e.g. "True" = "a1[0]"" (tutorial code's sigmoid(x, deriv=True) is a common idiom; like
  sigmoid_derivative(y) below it reads two ways, at the input or at the output);
- 2, a prime after a function's parenthesis, f(x)' for f'(x) (intellipaat-derivative, -expanded): "formula
  "\\frac{dy}{dx} = f(x)' = f(x) \\cdot (1 - f(x))": unexpected at "'" (position 21)"; general;
- 1, a remark in parentheses after a two-line chain, harshithvarma's "(because y is one-hot)" (harshith-ce): "formula
  'H(y, p) = - \\Sigma _i y_i \\cdot log p_i = - log p_t (beca...': b: layer 1 has no bias" (the words read as
  symbols, the message naming b of "because"); general;
- 1, words around LaTeX, maizer2's "if ... then" (maizer-proof): "formula 'if y=\\frac{1}{1+e^{-x}}': unknown symbol i;
  the notation knows x, y; i is an index letter of the notation: write it as a subscript or superscript of what it
  indexes (W_i, not Wi), or give it a meaning in the notation's [notation.symbols]"; general;
- 1, the upright \mathrm{e} for Euler's number (aman45-chain, its second member): "formula '\\frac{d}{d z}
  \\sigma(z) =\\frac{d}{d z} [\\frac{1}{1+e^{-z}...': unknown symbol e; the notation knows z; give it a meaning in the
  notation's [notation.symbols], e.g. "e" = "a1[0]""; general (ISO's upright e);
- 1, a vector minus a number, NumPy's broadcast, omkarray's log(softmax(z)) = z - log(sum(exp(z)))
  (omkarray-log-softmax): "formula 'log(softmax(z)) = z - log(sum(exp(z)))': adds a vector or matrix and a number in
  z - log(big)"; general in code and in notes (log-sum-exp);
- 1, a code index by the true class, p[correct_class] (omkarray-loss): "formula 'L = -log(p[correct_class])':
  p_{correct_class} matches none of the notation's patterns for p ('p[i]')"; the spec has no name for it (above);
- 1, a function the notation cannot name, one_hot(target) (omkarray-grad): "formula 'dL/dz = softmax(z) -
  one_hot(target)': unknown symbol r; the notation knows one_hot, p, z; give it a meaning in the notation's
  [notation.symbols], e.g. "r" = "a1[0]"" (the notation's pattern "one_hot(target)", a call where the spec's grammar has
  a base with scripts, was loaded as the name one_hot; no pattern within the grammar names one_hot(target), so it was
  not rewritten and there was no second run); "target" read letter by letter;
- 1, the label letter with the sample's subscript, CS231n's f_{y_i} (mse1804041-loss): "formula
  'L_i=-log(\\frac{e^{f_{y_{i}}}}{\\sum_j e^{f_j}}) = -f_{y_i}...': f_{y_{i}} matches none of the notation's patterns
  for f ('f_{j}')"; general in CS231n's notes, outside the spec's one-letter label;
- 1, log glued to its argument in a page's text, subjectmate's logy (subjectmate45-ce): "formula 'C =-d logy-(1-d) log
  (1-y)': unknown symbol log; the notation knows d, y, z; give it a meaning in the notation's [notation.symbols], e.g.
  "log" = "a1[0]""; a page's extraction, one-off;
- 1, "\leftarrow =" (cp45-w-update, the page's typo, and its mistaken formula): "formula
  'w_{ij}^l\\leftarrow = w_{ij}^l- \\eta \\delta_j^la_i^{l-1}': unexpected at '=' (position 20)"; one-off (refused,
  never called correct);
- 1, a page's own derivative function called at the output, sigmoid_derivative(y) (slope45-slope): "formula 'slope =
  sigmoid_derivative(y)': sigmoid_derivative(u) reads as sigmoid's derivative at its input (u = z) or at its output
  (u = a), and the two readings do not agree; write sigmoid'(z) for the derivative at the input z, or a(1 - a) for it
  at the output a"; refused by design (the two readings disagree; the page's definition is the output reading).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch45_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_SO = ("https://whosebug.com/question/2948401/Backpropagation-Why-doesn-t-error-approach-zero-when-it-is-multiplied-by"
       "-deriv-of-sigmoid")
_CP_W42_45 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs045.html"
_CP_W42_37 = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs037.html"
_INTELLIPAAT = f"{_NEMOTRON} (Derivative of Sigmoid, ashley's question of Jul 1, 2019 in AI and Deep Learning)"
_PULLREQUEST = "http://pullrequest.ru/13303726/python-perepolnenie-vklycheno-umnozhenie"
_MSE1804041 = "https://math.stackexchange.com/questions/1804041/how-to-derive-softmax-function"
_TUTORIALEXAMPLE = (f"{_NEMOTRON} (Understand the Gradient of Cross Entropy Loss Function - Machine Learning Tutorial,"
                    " October 29, 2020)")
_PORTFOLIO = "https://portfolio-neural.pages.dev/topics/c6-softmax-cross-entropy.html"
_OMKARRAY = "https://omkarray.com/llm-day14.html"
_HARSHITH = "https://ml.harshithvarma.in/learn/math-foundations/cross-entropy-loss"
_MAIZER = "https://maizer2.github.io/2022/06/02/proof-of-sigmoid.html"
_SUBJECTMATE = ("https://subjectmate.com/discussion/view/3-15-points-back-propagation-consider-a-1-layer-neural-net"
                "-with-three-input-units-1-output-u")
_DLAI = "https://community.deeplearning.ai/t/w3-ex-6-assertionerror-wrong-values-for-dw1/402919"
_AMAN = "https://aman.ai/primers/backprop/derivative-sigmoid"
_SO_SLOPE = "https://whosebug.com/question/6355808/Endless-Confusion-Deriving-the-Sigmoid-Function"
_SIGMOID_PY = f"{_NEMOTRON} (Derivative of Sigmoid in Python, its proof and NumPy implementation)"
_EX4 = f"{_NEMOTRON} (Backpropagation for Neural Network - Python, the question's code over 5,000 examples)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I3 = tuple({"i": i} for i in range(3))
_C3 = tuple({"c": c} for c in range(3))

# the question's output error term -dE/dz2 (E = 1/2 (label - output)^2, sigmoid units)
_SO_DELTA = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# compphysics: delta_j^2 = dC/dz_j^2 (C = 1/2 sum (a - t)^2, sigmoid units) and delta_j^1
_CP_D2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_CP_D1 = ("((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
          "*a1[{j}]*(1 - a1[{j}])")
# the course's steps at every layer: d the delta of unit j of layer l, a the activation of unit i of layer l - 1
_CP_DELTA = {1: _CP_D1, 2: _CP_D2}
_CP_BELOW = {1: "x[{i}]", 2: "a1[{i}]"}
_CP_W_STEPS = tuple({"l": layer, "i": i, "j": j, "d": _CP_DELTA[layer].format(j=j), "a": _CP_BELOW[layer].format(i=i)}
                    for layer in (1, 2) for i in range(2) for j in range(2))
_CP_B_STEPS = tuple({"l": layer, "j": j, "d": _CP_DELTA[layer].format(j=j)} for layer in (1, 2) for j in range(2))
_CE3 = "-(t[0]*np.log(a1[0]) + t[1]*np.log(a1[1]) + t[2]*np.log(a1[2]))"
_SUM_EXP3 = "(np.exp(z1[0]) + np.exp(z1[1]) + np.exp(z1[2]))"


ENTRIES: list[Public] = [
    # ---- the Stack Overflow question (whosebug.com's copy): NumPy inside a function, five spaces of indentation;
    # sigmoid(x, True) the page's x * (1 - x); the hidden error and delta mistaken -------------------------------------
    Public("so45-hidden", _SO, "b45_so_221", "b45_so", "     hidden = sigmoid(np.dot(w_0, inputs))", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1])",), _J2),), batch=45),
    Public("so45-output", _SO, "b45_so_221", "b45_so", "     output = sigmoid(np.dot(w_1, hidden))", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0] + W2[0,1]*a1[1])",)),), batch=45),
    Public("so45-error", _SO, "b45_so_221", "b45_so", "     error = label - output", ((C,),),
           (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), batch=45, why="the notation's error is label - output"),
    Public("so45-delta", _SO, "b45_so_221", "b45_so", "     delta = error * sigmoid(output, True)", ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", (_SO_DELTA,)),), batch=45,
           why="sigmoid(output, True) is output * (1 - output) (the page's deriv branch); delta = -dE/dz2"),
    Public("so45-hidden-error", _SO, "b45_so_221", "b45_so", "     hidden_error = np.dot(w_1.T, error)", ((W,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]", ("W2[0,{j}]*(y[0] - a2[0])",), _J2),),
           batch=45, why="-dE/dhidden is w_1^T delta: the output's error is sent back without its sigmoid derivative"),
    Public("so45-delta-hidden", _SO, "b45_so_221", "b45_so", "     delta_hidden = error * sigmoid(hidden, True)",
           ((W,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("(y[0] - a2[0])*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=45,
           why="the output's error times the hidden units' derivative, without w_1 (nor the output's derivative)"),
    Public("so45-update-w1", _SO, "b45_so_221", "b45_so", "     w_1 += np.dot(delta, hidden.T) * lr", ((C,),),
           (Twin("update", "W2[0,{j}]", (f"W2[0,{{j}}] + {_SO_DELTA}*a1[{{j}}]*eta",), _J2),), batch=45,
           why="w_1 += delta h^T lr with delta = -dE/dz2: the step down the error"),
    Public("so45-delta-error", _SO, "b45_so_221", "b45_so", "delta = error", ((W,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("y[0] - a2[0]",)),), batch=45,
           why="the asker's change (\"当我将增量更改为：\", the line on its own): the output's error term without the"
               " sigmoid's derivative"),
    Public("so45-delta-hidden-fix", _SO, "b45_so_221", "b45_so", "delta_hidden = hidden_error * sigmoid(hidden, True)",
           ((C,),),
           (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J2),), batch=45,
           why="the asker's \"I think it should be\" (\"我觉得应该是\"): right with hidden_error the notation's -dE/dhidden"
               " (the page's own hidden_error, a line above, is not)"),
    # ---- compphysics week 42, slide 45: the delta rule and the updates "for each l = L-1, ..., 1"; "\leftarrow =" --
    Public("cp45-w-update", _CP_W42_45, "b45_cp_222", "b45_compphysics",
           "$$ w_{ij}^l\\leftarrow = w_{ij}^l- \\eta \\delta_j^la_i^{l-1}, $$", ((W,),),
           (Twin("update", "W{l}[{i},{j}]", ("W{l}[{i},{j}] - eta*{d}*{a}",), _CP_W_STEPS),), batch=45,
           why="in the course's w_{jk}^l (unit k of layer l-1 to unit j) the step of w_{ij}^l is delta_i^l a_j^{l-1}:"
               " the rule steps the transposed weights (right in the other convention, where its delta rule is"
               " wrong); judged at both layers (the page says l = L-1, ..., 1 in the prose before it)"),
    Public("cp45-b-update", _CP_W42_45, "b45_cp_222", "b45_compphysics",
           "$$ b_j^l \\leftarrow b_j^l-\\eta \\frac{\\partial {\\cal C}}{\\partial b_j^l}=b_j^l-\\eta \\delta_j^l, $$",
           ((C, C),), (Twin("update", "b{l}[{j}]", ("b{l}[{j}] - eta*grad", "b{l}[{j}] - eta*{d}"), _CP_B_STEPS),),
           batch=45),
    # ---- compphysics week 42, slide 37: stored without delimiters, the delta as dC/db -------------------------------
    Public("cp37-delta-chain", _CP_W42_37, "b45_cp_222", "b45_compphysics",
           "\\delta_j^L =\\frac{\\partial {\\cal C}}{\\partial z_j^L}= \\frac{\\partial {\\cal C}}{\\partial a_j^L}"
           "\\frac{\\partial a_j^L}{\\partial z_j^L},", ((C, C),),
           (Twin("gradient_z", "z2[{j}]", (_CP_D2, _CP_D2), _J2),), batch=45),
    Public("cp37-delta-bias", _CP_W42_37, "b45_cp_222", "b45_compphysics",
           "\\delta_j^L = \\frac{\\partial {\\cal C}}{\\partial b_j^L}\\frac{\\partial b_j^L}{\\partial z_j^L}="
           "\\frac{\\partial {\\cal C}}{\\partial b_j^L},", ((C, C),),
           (Twin("gradient_z", "z2[{j}]", (_CP_D2, _CP_D2), _J2),), batch=45,
           why="db_j^L/dz_j^L is 1 (z = W a + b), so both members are the delta"),
    # ---- the intellipaat question in Nemotron's copy: \[ ... \], f(x)' for the derivative ---------------------------
    Public("intellipaat-sigmoid", _INTELLIPAAT, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "\\[ f(x) = \\frac{1}{1 + e^{-x}} \\]", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=45),
    Public("intellipaat-derivative", _INTELLIPAAT, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "\\[ \\frac{dy}{dx} = f(x)' = f(x) \\cdot (1 - f(x)) \\]", ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])")),), batch=45,
           why="f(x)' the derivative of f at x, as the question writes it"),
    Public("intellipaat-expanded", _INTELLIPAAT, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "\\[ \\frac{dy}{dx} = f(x)' = \\frac{1}{1 + e^{-x}} \\cdot \\left(1 - \\frac{1}{1 + e^{-x}}\\right) \\]",
           ((C, C),),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("a1[0]*(1 - a1[0])", "1/(1 + np.exp(-z1[0]))*(1 - 1/(1 + np.exp(-z1[0])))")),), batch=45),
    # ---- pullrequest.ru 13303726: code, a space before a call's parenthesis, dout the upstream gradient ------------
    Public("pullrequest-tanh", _PULLREQUEST, "b45_tanh_unit", "b45_tanh",
           "tanh (x) = (exp (2 * x) - 1) / (exp (2 * x) +1)", ((C,),),
           (Twin("value", "np.tanh(z1[0])", ("(np.exp(2*z1[0]) - 1)/(np.exp(2*z1[0]) + 1)",)),), batch=45),
    Public("pullrequest-dtanh-exp", _PULLREQUEST, "b45_tanh_unit", "b45_tanh",
           "d_tanh = dout * 4 * np.exp(2*x)/((np.exp(2*x)+1) * (np.exp(2*x)+1))", ((C,),),
           (Twin("gradient_z", "z1[0]",
                 ("(a1[0] - y[0])*4*np.exp(2*z1[0])/((np.exp(2*z1[0]) + 1)*(np.exp(2*z1[0]) + 1))",)),), batch=45,
           why="4 e^{2x}/(e^{2x} + 1)^2 is sech^2 x; the comment \"# this will encounter overflow in multiply\" is the"
               " line before"),
    Public("pullrequest-dtanh", _PULLREQUEST, "b45_tanh_unit", "b45_tanh",
           "d_tanh = dout * (1 - np.tanh(x) * np.tanh(x))", ((C,),),
           (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - np.tanh(z1[0])*np.tanh(z1[0]))",)),), batch=45),
    # ---- Mathematics Stack Exchange 1804041: \begin{equation}, -log without a backslash, f_{y_{i}} -----------------
    Public("mse1804041-loss", _MSE1804041, "b45_softmax_regression", "b45_cs231n_softmax",
           "\\begin{equation} L_i=-log(\\frac{e^{f_{y_{i}}}}{\\sum_j e^{f_j}}) = -f_{y_i} + log(\\sum_j e^{f_j})"
           " \\end{equation}", ((C, C),),
           (Twin("value", _CE3, (f"-np.log(np.exp(z1[{{c}}])/{_SUM_EXP3})", f"-z1[{{c}}] + np.log({_SUM_EXP3})"), _C3,
                 classes="label"),), batch=45, why="y_i the class of sample i"),
    # ---- tutorialexample in Nemotron's copy: \[ ... \], numbers for o = [2, 3, 4] and y = [0, 1, 0] ---------------
    Public("tutex-loss", _TUTORIALEXAMPLE, "b45_logits_234", "b45_tutorialexample",
           "\\[ L = - \\sum_{i} y_i \\log(p_i) \\]", ((C,),), (Twin("value", _CE3, (_CE3,)),), batch=45),
    Public("tutex-p", _TUTORIALEXAMPLE, "b45_logits_234", "b45_tutorialexample",
           "\\[ p = [0.090, 0.245, 0.665] \\]", ((C,),),
           (Twin("value", "a1[{k}]", ("=[0.090, 0.245, 0.665]",), _K3),), batch=45,
           why="softmax(2, 3, 4) = (0.0900, 0.2447, 0.6652)"),
    Public("tutex-loss-numbers", _TUTORIALEXAMPLE, "b45_logits_234", "b45_tutorialexample",
           "\\[ L = - (0 \\cdot \\log(0.090) + 1 \\cdot \\log(0.245) + 0 \\cdot \\log(0.665)) \\]", ((C,),),
           (Twin("value", _CE3, ("=-(0*np.log(0.090) + 1*np.log(0.245) + 0*np.log(0.665))",)),), batch=45,
           why="-log(0.245) = 1.4065 from the rounded 0.245; the true loss is 1.4076, within the rounding"),
    Public("tutex-grad-k", _TUTORIALEXAMPLE, "b45_logits_234", "b45_tutorialexample",
           "\\[ \\frac{\\partial L}{\\partial o_k} = p_k - y_k \\]", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=45,
           why="the page writes it twice, for any k and for the correct class k"),
    Public("tutex-grad-other", _TUTORIALEXAMPLE, "b45_logits_234", "b45_tutorialexample",
           "\\[ \\frac{\\partial L}{\\partial o_j} = p_j \\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("a1[{j}]",),
                 tuple({"c": c, "j": j} for c in range(3) for j in range(3) if j != c), classes="label"),),
           when="label!=j", batch=45,
           why="\"However, for o_j, which is not a correct class:\" before it: --when \"label!=j\""),
    # ---- portfolio-neural's softmax: plain text, Unicode subscripts, labels before numbers --------------------------
    Public("portfolio-softmax", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "softmax(zᵢ) = e^zᵢ / Σⱼ e^zⱼ", ((C,),),
           (Twin("value", "a1[{i}]", (f"np.exp(z1[{{i}}])/{_SUM_EXP3}",), _I3),), batch=45),
    Public("portfolio-exp", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "e^2.0 = 7.389", ((C,),),
           (Twin("value", "np.exp(z1[0])", ("=7.389",)),), batch=45, why="Step 1's first line"),
    Public("portfolio-sum", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "7.389 + 2.718 + 1.105 = 11.212", ((C,),),
           (Twin("value", "np.exp(z1[0]) + np.exp(z1[1]) + np.exp(z1[2])", ("=11.212",)),), batch=45,
           why="Step 2, the sum of the exponentials (11.2123)"),
    Public("portfolio-cat", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "Cat:  7.389 / 11.212 = 0.659  (65.9%)",
           ((C,),), (Twin("value", "a1[0]", ("=0.659",)),), batch=45, why="Step 3, the cat's probability"),
    Public("portfolio-dog", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "Dog:  2.718 / 11.212 = 0.242  (24.2%)",
           ((C,),), (Twin("value", "a1[1]", ("=0.242",)),), batch=45),
    Public("portfolio-bird", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "Bird: 1.105 / 11.212 = 0.099  (9.9%)",
           ((C,),), (Twin("value", "a1[2]", ("=0.099",)),), batch=45),
    Public("portfolio-verify", _PORTFOLIO, "b45_logits_cat", "b45_portfolio", "Verify: 0.659 + 0.242 + 0.099 = 1.000 ✓",
           ((C,),), (Twin("value", "a1[0] + a1[1] + a1[2]", ("=1.000",)),), batch=45),
    # ---- omkarray's day 14: plain text inside prose (left out), code's p[correct_class] and one_hot(target) --------
    Public("omkarray-loss", _OMKARRAY, "b45_logits3", "b45_omkarray", "L = -log(p[correct_class])", ((C,),),
           (Twin("value", _CE3, ("-np.log(a1[{c}])",), _C3, classes="label"),), batch=45,
           why="\"Cross-entropy loss for classification: \" before it and \". The gradient ...\" after it left out"),
    Public("omkarray-grad", _OMKARRAY, "b45_logits3", "b45_omkarray", "dL/dz = softmax(z) - one_hot(target)", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3),), batch=45,
           why="\"The gradient with respect to logits has a beautiful closed form: \" before it left out"),
    Public("omkarray-log-softmax", _OMKARRAY, "b45_logits3", "b45_omkarray", "log(softmax(z)) = z - log(sum(exp(z)))",
           ((C,),), (Twin("value", "np.log(a1[{k}])", (f"z1[{{k}}] - np.log({_SUM_EXP3})",), _K3),), batch=45,
           why="\"PyTorch's F.cross_entropy uses the log-sum-exp trick internally: \" before it left out"),
    # ---- harshithvarma's lesson: a chain over two lines, Unicode subscripts and minus, a remark in parentheses ------
    Public("harshith-ce", _HARSHITH, "b45_logits3", "b45_harshith",
           "H(y, p)   =   − Σᵢ yᵢ · log pᵢ\n\n          =   − log p_t           (because y is one-hot)", ((C, C),),
           (Twin("value", _CE3, (_CE3, "-np.log(a1[{c}])"), _C3, classes="label"),), batch=45,
           why="t the index of the correct class"),
    # ---- maizer2: one $$ line of two claims, \; spaces and \mathrm{then} ------------------------------------------
    Public("maizer-proof", _MAIZER, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "$$if\\;y=\\frac{1}{1+e^{-x}},\\;\\mathrm{then}\\;\\frac{\\partial{y}}{\\partial{x}}=y(1-y)$$", ((C,), (C,)),
           (Twin("value", "a1[0]", ("1/(1 + np.exp(-z1[0]))",)),
            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",))),
           batch=45),
    # ---- subjectmate's exam question: plain text inside a sentence (left out), logy glued --------------------------
    Public("subjectmate45-ce", _SUBJECTMATE, "b45_sigmoid3_bce", "b45_subjectmate", "C =-d logy-(1-d) log (1-y)",
           ((C,),),
           (Twin("value", "-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))",
                 ("-y[0]*np.log(a1[0]) - (1 - y[0])*np.log(1 - a1[0])",)),), batch=45,
           why="\"let y be the computed output of the neural net, let d be the desired output, and let \" before it and"
               " \" be the cross entropy error\" after it left out (its y-1/(1 + e-*), the sigmoid with = and the"
               " exponent lost by the page, is no equation)"),
    # ---- community.deeplearning.ai 402919: a reply's NumPy, np.dot for the elementwise product ---------------------
    Public("dlai45-dz1", _DLAI, "b45_planar", "b45_dlai", "dZ1 = np.dot(np.dot(W2.T, dZ2), (1 - np.dot(A1.T, A1)))",
           ((W,),),
           (Twin("gradient_z", "z1[{j}]",
                 ("W2[0,{j}]*(a2[0] - y[0])*(1 - (a1[0]**2 + a1[1]**2 + a1[2]**2 + a1[3]**2))",),
                 tuple({"j": j} for j in range(4))),), batch=45,
           why="\"I computed dZ1 this way: \" before it left out; np.dot(A1.T, A1) is the sum of the squares (one"
               " example), not the entrywise A1^2 of tanh's derivative 1 - A1^2 (the reply: \"This is incorrect. The *"
               " operator implies the element-wise multiplication\")"),
    # ---- aman.ai's primer: \[ ... \], a nine-member aligned chain ending in \boxed{...}, \mathrm{e} once ------------
    Public("aman45-claim", _AMAN, "b45_sigmoid_unit", "b45_aman",
           "\\[\\frac{d}{d z} \\sigma(z)=\\sigma(z)(1-\\sigma(z))\\]", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=45,
           why="\"Prove that the derivative of the sigmoid function with respect to the input z is:\" before it"),
    Public("aman45-sigmoid", _AMAN, "b45_sigmoid_unit", "b45_aman", "\\[\\sigma(z)=\\frac{1}{1+e^{-z}}\\]", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=45),
    Public("aman45-chain", _AMAN, "b45_sigmoid_unit", "b45_aman",
           "\\[\\begin{aligned} \\frac{d}{d z} \\sigma(z) &=\\frac{d}{d z}\\left[\\frac{1}{1+e^{-z}}\\right] \\\\ "
           "&=\\frac{d}{d z}\\left(1+\\mathrm{e}^{-z}\\right)^{-1} \\\\ "
           "&=-\\left(1+e^{-z}\\right)^{-2}\\left(-e^{-z}\\right) \\\\ "
           "&=\\frac{e^{-z}}{\\left(1+e^{-z}\\right)^{2}} \\\\ "
           "&=\\frac{1}{1+e^{-z}} \\cdot \\frac{e^{-z}}{1+e^{-z}} \\\\ "
           "&=\\frac{1}{1+e^{-z}} \\cdot \\frac{\\left(1+e^{-z}\\right)-1}{1+e^{-z}} \\\\ "
           "&=\\frac{1}{1+e^{-z}} \\cdot\\left(\\frac{1+e^{-z}}{1+e^{-z}}-\\frac{1}{1+e^{-z}}\\right) \\\\ "
           "&=\\frac{1}{1+e^{-z}} \\cdot\\left(1-\\frac{1}{1+e^{-z}}\\right) \\\\ "
           "&=\\boxed{\\sigma(z) \\cdot(1-\\sigma(z))} \\end{aligned}\\]", ((C,) * 9,),
           (Twin("value", "a1[0]*(1 - a1[0])",
                 ("np.exp(-z1[0])/(1 + np.exp(-z1[0]))**2", "np.exp(-z1[0])/(1 + np.exp(-z1[0]))**2",
                  "(1 + np.exp(-z1[0]))**-2*np.exp(-z1[0])", "np.exp(-z1[0])/(1 + np.exp(-z1[0]))**2",
                  "1/(1 + np.exp(-z1[0]))*np.exp(-z1[0])/(1 + np.exp(-z1[0]))",
                  "1/(1 + np.exp(-z1[0]))*((1 + np.exp(-z1[0])) - 1)/(1 + np.exp(-z1[0]))",
                  "1/(1 + np.exp(-z1[0]))*((1 + np.exp(-z1[0]))/(1 + np.exp(-z1[0])) - 1/(1 + np.exp(-z1[0])))",
                  "1/(1 + np.exp(-z1[0]))*(1 - 1/(1 + np.exp(-z1[0])))", "a1[0]*(1 - a1[0])")),), batch=45,
           why="the derivative written d/dz of its expression in the first two members, a value claim"),
    # ---- the Stack Overflow question "Endless Confusion Deriving the Sigmoid Function" (whosebug.com's copy): Python,
    # the page's sigmoid_derivative(x) is x * (1 - x), called with the sigmoid's output --------------------------------
    Public("slope45-y", _SO_SLOPE, "b45_sigmoid_unit", "b45_slope", "y = sigmoid(x)", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=45, why="after \"#Let's say\" and \"x = 2\""),
    Public("slope45-slope", _SO_SLOPE, "b45_sigmoid_unit", "b45_slope", "slope = sigmoid_derivative(y)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=45,
           why="the page's sigmoid_derivative(x) returns x * (1 - x): at y = sigmoid(x) it is the slope dy/dx (its"
               " output 0.10499358540350662 is sigmoid(2)(1 - sigmoid(2)))"),
    # ---- "Derivative of Sigmoid in Python" in Nemotron's copy: $$ blocks of one line each ----------------------------
    Public("sigpy45-sigmoid", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n$$", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=45),
    Public("sigpy45-derivative", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "$$\n\\sigma'(x) = \\sigma(x) \\cdot (1 - \\sigma(x))\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=45,
           why="the page writes it twice, under \"Derivative of Sigmoid\" and after \"Thus, the derivative is:\""),
    Public("sigpy45-power", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy", "$$\ny = (1 + e^{-x})^{-1}\n$$", ((C,),),
           (Twin("value", "a1[0]", ("(1 + np.exp(-z1[0]))**-1",)),), batch=45),
    Public("sigpy45-chain-rule", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "$$\n\\frac{dy}{dx} = -1 \\cdot (1 + e^{-x})^{-2} \\cdot (-e^{-x})\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("-1*(1 + np.exp(-z1[0]))**-2*(-np.exp(-z1[0]))",)),), batch=45),
    Public("sigpy45-simplified", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "$$\n\\frac{dy}{dx} = \\frac{e^{-x}}{(1 + e^{-x})^2}\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("np.exp(-z1[0])/(1 + np.exp(-z1[0]))**2",)),), batch=45),
    Public("sigpy45-split", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy",
           "$$\n\\frac{dy}{dx} = \\frac{1}{1 + e^{-x}} \\cdot \\frac{e^{-x}}{1 + e^{-x}}\n$$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("1/(1 + np.exp(-z1[0]))*np.exp(-z1[0])/(1 + np.exp(-z1[0]))",)),),
           batch=45),
    Public("sigpy45-y", _SIGMOID_PY, "b45_sigmoid_unit", "b45_sigmoid_xy", "$$\n\\frac{dy}{dx} = y \\cdot (1 - y)\n$$",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=45),
    # ---- the ex4 question in Nemotron's copy: NumPy matrices, y[:, t], np.multiply ---------------------------------
    Public("nnpy45-delta3", _EX4, "b45_ex4", "b45_ex4", "        delta_3 = output_layer - y[:, t]", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=45),
    Public("nnpy45-delta2", _EX4, "b45_ex4", "b45_ex4",
           "        delta_2 = np.multiply((theta_2.T * delta_3), (np.multiply(hidden_layer, (1 - hidden_layer))))",
           ((C,),),
           (Twin("gradient_z", "z1[{j}]",
                 ("(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*a1[{j}]*(1 - a1[{j}])",), _J3),), batch=45,
           why="np.matrix's * is the matrix product; the page's bias row of delta_2 (dropped later with delta_2[1:]) is"
               " the network's bias, not a unit"),
    Public("nnpy45-update", _EX4, "b45_ex4", "b45_ex4", "    theta_2 = theta_2 - (alpha * delta_gradient_2)", ((C,),),
           (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",),
                 tuple({"k": k, "j": j} for k in range(2) for j in range(3))),), batch=45,
           why="delta_gradient_2 the gradient averaged over the m examples (one here)"),
]
