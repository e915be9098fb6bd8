r"""Batch 47 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 web-page addresses no earlier batch used (the "pages" corpus: Cross Validated 166522 on Ng's and
Mitchell's output deltas, ai.stackexchange 31679 on Ng's and Nielsen's, mcmap.net's copy of a Stack Overflow
question on the output delta, bookac.qq.com's page of the book Deep Learning Essentials with its TensorFlow
backward pass, arietiform.com's copy of a scribd document working logistic regression by numbers, and six posts
in Nemotron-CC-Math-v1's copies, named by their titles after the data set's address as in the batches before:
Shark2's deeplearning.ai forum post on a lab's log-loss formulas, "Derive the Gradients of a Basic Neural
Network", "CS231n: Task 1 - Gradient Derivation for a Two-Layer Network", "Neural Network Functions",
3Blue1Brown's "Backpropagation calculus" as Bradley Doherty's post transcribes it, and a question on Mazur's
example, "How to Calculate the Total Error from an Arbitrary Hidden Layer"), copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch47_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (all agreeing with the verdicts written
down) before check was. Formulas keep their page's delimiters ($...$, $$...$$, \[...\], \(...\)) and a list's
number or dash; where a formula stands inside a long line of prose, the prose is left out and the entry's why
says so; a short sentence or list line around a formula is kept whole.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 47

The batch: 55 formulas (55 claims), 35 values (forward sums and activations, losses, local derivatives dL/da,
da/dz, dz/dw, dC/da_i, dJ/dh, d_a_1, worked numbers of a logistic unit), 14 deltas dL/dz (Ng's delta^(L) and
delta^(l), Mitchell's, Nielsen's delta^L twice, the chain dL/dz = dL/da * da/dz, the lab's dL/dz twice, dJ/dz_2,
CS231n's dL/dz_i, TensorFlow's d_z_2 and d_z_1, the question's d twice), 6 gradients (dJ/dW_2, d_b_2, d_w_2,
d_w_1, dC/dw_i, dE_total/dw_1). 42 are LaTeX (Ng's (\Theta^{(l)})^T and .*
with a list's number before the $; a misplaced brace, {\delta^{(L)} = (a^{(L)} - y}).*(...); 𝓛 (U+1D4DB) as the
loss in \frac{d𝓛}{dz}; \nabla_aC; ||y - a^L||^2; a(i), y(i) with the example's index in parentheses; row
vectors hW_2 + b_2 and h^T \delta_1 with W input-first; CE(y,\hat{y}); primed names W', z', b'; quantities
written as functions of their inputs, a_i(x, w, b); Mazur's \text{out}_{h_1}), 13 plain text or code
(TensorFlow's tf.multiply, tf.matmul, tf.transpose and a page's own sigmoidprime(z); Unicode mathematical italics
𝑧 = 𝑤 ⋅ 𝑥 + 𝑏 with ⋅, −, ≈ and numbers; d = (a - y) * f'(z) followed by a URL).

4 are mistaken somewhere (the oracle finds at least one member wrong):

- dlai47-L-ll and dlai47-dz-ll: the post's formulas (7), L = y(i) \cdot \ln(a(i)) + (1-y(i)) \cdot \ln(1-a(i))
  and \frac{dL}{dz} = -(a(i) - y(i)): the log-likelihood of the lab's formula (5), whose cost divides its sum by
  -m; as the sample's loss L (the notation's) both have the wrong sign;
- scribd47-bce4: BCE ≈ −log(1 − 0.6682) ≈ 1.1015 at x = 3.0, y = 0: -ln(0.3318) = 1.1032 (the middle member is
  right);
- mcmap47-d-fprime: d = (a - y) * f'(z), the output delta of the squared error, in the question's network with
  Ng's log loss (its gradient checking "only passes when I use Ng's delta equation"), where d = a - y.

Not mistaken, though they look it: Mitchell's (a - y).*(a.*(1 - a)) (right for the squared error his book
descends, the network it is judged on here); the lab's \frac{dL}{da(i)} \cdot \frac{da(i)}{dz(i)} = (a(i) -
y(i)) (the product of the two local derivatives of the log loss); the Neural Network Functions page's
\frac{\partial C}{\partial w_i} = a_i^T \frac{\partial C}{\partial a_{i+1}} \odot \sigma'(z_{i+1}) (the product
first and then the entrywise one gives the same matrix as the other order, the row broadcast over the columns).

What the spec could not express, which a page needed: the lab post's a(i), y(i), z(i), the example's index as an
argument (the notation names the bare letters); Deep Learning Essentials' sigmoidprime(z), a page's own function
for sigma'(z) (functions name activations); the CS231n page's z for both the logits (z_i) and the first layer's
sums (z, z = Wx + b): the notation names z_i the logits and the bare z the first layer, as the two sections use
them. Left out: ai.stackexchange 31679's "The product of the two is $$a - y$$" (no left side) and its
$$\frac{da}{dz} = \sigma'(z^L)$$ (kept short: its other eight formulas are in); "Derive the Gradients"'s h =
\text{sigmoid}(z_1) and the question's \delta_1 h^T (a transposed outer product whose shape, D_y x H, is not
W_2's: a twin would need entries W_2 does not have); Deep Learning Essentials' d_b_1 = d_z_1 (its d_b_2 = d_z_2
is in); Neural Network Functions' a_1(x, w, b) = x and its \frac{\partial C}{\partial b_i}, cut off in the copy;
Cross Validated 166522's step 6, \Delta^{(l)} = \Delta^{(l)} + \delta^{(l+1)}(a^{(l)})^T (an accumulator over the
examples, not a claim about one), and its Python, which the stored copy of the address cuts off; the scribd
document's fractions, which its copy breaks over lines (𝑦ˆ = 𝜎(𝑧) = −𝑧 / = ≈ 0.5498).

How the collection went, honestly: pages were first chosen from the pages corpus's excerpts, then checked
against /work/used_urls.txt and the earlier batches' files, by address and by title for Nemotron-CC-Math's
copies; left out as used: math.SE 2503428 (batch 15), Cross Validated 235528 (batch 8), the educative.io and
upscfever.com lectures (batches 3, 15 and 19, Nemotron's "Logistic Regression and Gradient Descent" being a copy
of the latter), santoshnlp's README (batch 3), alibabacloud's Rumelhart notes (batch 23) and the usenet thread
(the measured set). Two pages were left out because their notations cannot tell their layers apart: newbetuts's
copy of Stack Overflow 2190732 (o_j hidden and o_k output, both o with a subscript) and its plain-text
"sum(w_kj * o_j, for all j)". check saw none of this batch before the oracle verdicts were committed.

Every notation was loaded with its network (notation_loading.load_notation) before the blind run, without judging
any formula: none raised.

Nothing was fixed from this batch.

Collected on 2026-12-04 (23:18 to 23:28 by the machine's clock, the oracle's runs included), committed with the
oracle passing before check had read any of it, and run blind once at main 10a2202 (/work/READY_FOR_BLIND11,
23:56), with nothing under src/ changed (/work/batch47_blind.txt): 44 of 55 read with every verdict right (80%),
11 refused, 0 misread, no crash, NO WRONG FORMULA CALLED CORRECT. No refusal came from a notation outside the
spec's grammar, so there was no second run.

Of the 4 mistaken formulas, 3 read with every verdict right (dlai47-L-ll and dlai47-dz-ll, each called wrong;
scribd47-bce4, its middle member called correct and its 1.1015 wrong) and 1 was refused (mcmap47-d-fprime, at the
URL after it); no wrong member was called correct. By kind of claim: values 30 of 35, deltas 10 of 14, gradients
4 of 6. LaTeX against plain text: the 42 in LaTeX read 37 (88%), the 13 in plain text or code 7 (54%). By page:
Cross Validated 166522 2 of 3, ai.stackexchange 31679 8 of 8, the deeplearning.ai lab post 5 of 5, "Derive the
Gradients" 6 of 7, CS231n task 1 4 of 4, Deep Learning Essentials 1 of 6, Neural Network Functions 4 of 7,
3Blue1Brown's chain 5 of 5, the scribd example 5 of 5, the question on Mazur's example 3 of 3, mcmap.net 1 of 2.

The refusals by construct (11), with the exact message:

- 3, TensorFlow's tf.matmul(...) around tf.transpose(...) (dle47-dw2, -da1, -dw1): "formula 'd_w_2 =
  np.matmul(tf, tf.transpose(a_1), d_z_2)': expected ')' to close .transpose(): check reads it without arguments
  at 'a' (position 36)" (tf.matmul read as np.matmul with the module name tf as its first argument); general in
  framework code (TensorFlow's tf.matmul, tf.multiply, tf.transpose, as NumPy's np. functions are read);
- 2, a page's own derivative function, sigmoidprime(z) (dle47-dz2, -dz1): "formula 'd_z_2 = tf.multiply(error,
  sigmoidprime(z_2))': unknown symbol f; the notation knows a, d_a_1, d_b_1, d_b_2, d_w_1, d_w_2, d_z_1, d_z_2;
  give it a meaning in the notation's [notation.symbols], e.g. "f" = "a1[0]"" (the name read letter by letter;
  the spec cannot name it); general in code (sigmoid_prime, sigmoidPrime, dsigmoid: batch 45's
  sigmoid_derivative(y) was refused by design, reading at the input or the output);
- 2, a rule over the layer letter whose pattern's meaning has no quantity at the first value tried, Neural Network
  Functions' z_i(x, w, b) and a_i(x, w, b) (nnf47-z, -a): "formula 'z_i(x, w, b) = a_{i-1}(x, w, b) \\cdot
  w_{i-1} + b_{i-1}': z_{i} at i = 0: 'z_{i}' means 'z{i-1}[:]' (i = 0): a slice [...] after no name; write it
  after a quantity, e.g. a1[:]" (and "a_{i} at i = 0" for the other): the rule holds at i = 2, 3, where z_i and
  a_i name layers 1 and 2; general (a layer placeholder with arithmetic in its meaning, layers counted from the
  input as a_1 = x);
- 1, a quantity written as a function of its inputs with three arguments, C(x, y, w, b) = \frac{1}{2} (y -
  a_l(x, w, b))^2 (nnf47-cost): "a_{l}(...) with 3 arguments is not a function check knows" (the page's other
  a_i(x, w, b) lines reach the layer rule above first); general in lecture notes (f(x; w), a_l(x, w, b));
- 1, a Jacobian in a chain, \delta_1 \frac{\partial z_2}{\partial h} (derive47-dh): "\frac{\partial
  z_{2}}{\partial h} differentiates a vector of 2 entries by a vector of 3 (a Jacobian): a matrix, or its
  transpose, as the page's layout has it, so a chain of such factors reads two ways; write one entry, or the chain
  for one entry (\frac{\partial L}{\partial W_{ji}} = ...)"; refused by design (the row-vector page's
  layout is in its notation's W_2 = W2.T, not in the Jacobian's factor);
- 1, a URL after a formula, mcmap's "d = (a - y) * f'(z) http://ufldl.stanford.edu/..." (mcmap47-d-fprime, the
  batch's mistaken formula refused): "unexpected at ':' (position 25)"; a page's citation pasted after the
  formula, general in Q&A copies (a link where a citation was);
- 1, a brace opened before the left side and closed inside the right side, Cross Validated's
  {\delta^{(L)} = (a^{(L)} - y}).*(...) (cv47-mitchell): "expected '}' to close the group at '=' (position
  15)"; the page's typo, one-off.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch47_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_CV166522 = ("https://stats.stackexchange.com/questions/166522/correct-way-of-handling-the-output-layer-deltas-in"
             "-neural-networks")
_AI31679 = ("https://ai.stackexchange.com/questions/31679/discrepancy-of-backpropagation-formula-between-andrew-ngs-ml"
            "-course-and-those-de")
_DLAI_LAB = (f"{_NEMOTRON} (Week 3 Lab 2: Classification with Perceptron Formulas (6), Shark2's post of March 12,"
             " 2023 in the Calculus for Machine Learning and Data Science Q&A)")
_DERIVE = f"{_NEMOTRON} (Derive the Gradients of a Basic Neural Network)"
_CS231N = f"{_NEMOTRON} (CS231n: Task 1 - Gradient Derivation for a Two-Layer Network)"
_DLE = "https://bookac.qq.com/read/1036700268/78"
_NNFUNC = f"{_NEMOTRON} (Neural Network Functions, the copy whose formulas stand in $$ blocks)"
_3B1B = (f"{_NEMOTRON} (Backpropagation calculus | Deep learning, chapter 4, published by Bradley Doherty on"
         " February 6, 2020)")
_SCRIBD = ("https://arietiform.com/application/nph-tsq.cgi/en/20/https/www.scribd.com/document/827701831/Logistic"
           "-Regression-Gradient-Descent-Example")
_TOTAL_ERROR = (f"{_NEMOTRON} (How to Calculate the Total Error from an Arbitrary Hidden Layer in a Neural Network"
                " Back Propagation?)")
_MCMAP = "https://mcmap.net/q/1186935/-backpropogation-activation-derivative"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_K3 = tuple({"k": k} for k in range(3))
_I3 = tuple({"i": i} for i in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))

# Ng's network (2-3-2 sigmoid, the log loss): delta^(3) and delta^(2)
_NG_D2 = "a2[{k}] - y[{k}]"
_NG_D1 = "(W2[0,{j}]*(a2[0] - y[0]) + W2[1,{j}]*(a2[1] - y[1]))*a1[{j}]*(1 - a1[{j}])"
# the squared error's output delta on sigmoid units
_SQ_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# one sigmoid unit and the binary cross-entropy: the loss and dL/da
_BCE1 = "-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))"
_DLDA1 = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"
# "Derive the Gradients": the cross-entropy of two classes and dJ/dh_j
_CE2 = "-(t[0]*np.log(a2[0]) + t[1]*np.log(a2[1]))"
_DJDH = "(a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}]"
# Deep Learning Essentials (2-3-2 sigmoid, 1/2 sum (a - y)^2): dC/da1[j] and dC/dz1[j]
_DLE_DA1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}]"
_DLE_D1 = f"({_DLE_DA1})*a1[{{j}}]*(1 - a1[{{j}}])"
# Neural Network Functions (2-3-1 sigmoid, 1/2 (y - a_l)^2): dC/dz2[0], and the page's rules over its layer i
_NNF_D3 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_NNF_Z = (tuple({"t": f"z1[{j}]", "m": f"x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]"} for j in range(3))
          + ({"t": "z2[0]", "m": "a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + b2[0]"},))
_NNF_A = tuple({"t": f"a1[{j}]", "m": f"sigmoid(z1[{j}])"} for j in range(3)) + ({"t": "a2[0]", "m": "sigmoid(z2[0])"},)
_NNF_W = (tuple({"P": f"W1[{j},{p}]", "m": f"x[{p}]*{_NNF_D3}*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"}
                for j in range(3) for p in range(2))
          + tuple({"P": f"W2[0,{j}]", "m": f"a1[{j}]*{_NNF_D3}"} for j in range(3)))
# Mazur's network (2-2-2 sigmoid, 1/2 sum (t - out)^2): dE_total/dout_h1
_MZ_DH1 = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0])"


ENTRIES: list[Public] = [
    # ---- Cross Validated 166522: Ng's algorithm as a numbered list of $...$ (the list's numbers kept), \quad,
    # (\Theta^{(l)})^T and .*; Mitchell's output delta with its brace misplaced ---------------------------------------
    Public("cv47-delta-L", _CV166522, "b47_ng_bce", "b47_ng", "1. $\\delta^{(L)} = a^{(L)} - y$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_NG_D2,), _K2),), batch=47,
           why="Ng's log loss summed over the sigmoid outputs: dJ/dz^(L) = a - y"),
    Public("cv47-delta-l", _CV166522, "b47_ng_bce", "b47_ng",
           "3. $\\quad \\delta^{(l)} = (\\Theta^{(l)})^T \\delta^{(l + 1)} .* g'(z^{(l)})$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_NG_D1,), _J3),), batch=47,
           why="\"for l = L-1, ..., 2\" (the list's line 2): l = 2 alone with one hidden layer, a^{(1)} = x"),
    Public("cv47-mitchell", _CV166522, "b47_mitchell", "b47_ng",
           "$${\\delta^{(L)} = (a^{(L)} - y}).*(a^{(L)}.*(1-a^{(L)}))$$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SQ_D2,), _K2),), batch=47,
           why="the other sources' delta (\"taken from Mitchell's book\"), right for the squared error they descend;"
               " the page's brace opens before \\delta and closes after y"),
    # ---- ai.stackexchange 31679's answer: 𝓛 as the loss, * between derivatives, \nabla_aC, ||...||^2 --------------
    Public("ai47-chain", _AI31679, "b47_unit_bce", "b47_ng_unit",
           "$$\\frac{d𝓛}{dz} = \\frac{d𝓛}{da}*\\frac{da}{dz}$$", ((C,),),
           (Twin("gradient_z", "z1[0]", (f"({_DLDA1})*a1[0]*(1 - a1[0])",)),), batch=47,
           why="in the sentence \"In Andrew Ng's C1W2L09 video he derives the loss gradient as ... using the loss"
               " (cost) function binary cross entropy\" (the prose left out)"),
    Public("ai47-dlda", _AI31679, "b47_unit_bce", "b47_ng_unit",
           "$\\frac{d𝓛}{da} = -\\frac{y}{a} + \\frac{1 - y}{1 - a}$", ((C,),),
           (Twin("value", _DLDA1, ("-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])",)),), batch=47,
           why="after \"binary cross entropy whose derivative is\" (the prose left out)"),
    Public("ai47-dadz", _AI31679, "b47_unit_bce", "b47_ng_unit", "$\\frac{da}{dz} = a(1-a)$", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=47,
           why="after \"the activation function is sigmoid whose derivative is\" (the prose left out)"),
    Public("ai47-quadratic", _AI31679, "b47_nielsen_quad", "b47_nielsen", "$L = \\frac{1}{2}||y - a^L||^2$", ((C,),),
           (Twin("value", "0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",
                 ("0.5*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=47,
           why="\"Nielsen uses the quadratic loss function ...\" (the prose left out)"),
    Public("ai47-quadratic-dlda", _AI31679, "b47_nielsen_quad", "b47_nielsen", "$\\frac{d𝓛}{da} = a^L - y$", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=47,
           why="\"whose derivative is as you've shown:\" (the prose left out); a the output layer's activations"),
    Public("ai47-nielsen-delta", _AI31679, "b47_nielsen_quad", "b47_nielsen",
           "$\\delta^L = (a^L - y) \\odot \\sigma'(z^L)$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SQ_D2,), _K2),), batch=47,
           why="\"His formula ... is specific to quadratic loss\""),
    Public("ai47-nabla-delta", _AI31679, "b47_nielsen_quad", "b47_nielsen",
           "$\\delta^L=\\nabla_aC \\odot \\sigma'(z^L)$", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SQ_D2,), _K2),), batch=47,
           why="\"the same as Nielsen's matrix based\" (the prose left out)"),
    Public("ai47-dlda-nabla", _AI31679, "b47_nielsen_quad", "b47_nielsen", "$$\\frac{dL}{da} = \\nabla_aC $$", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),), batch=47,
           why="\"the equivalent terms (Andrew's on the left, Nielsen's on the right)\": judged in Nielsen's network"),
    # ---- Shark2's post on the deeplearning.ai lab (Nemotron's copy): \[ ... \] one formula each, a(i) and y(i) with
    # the example's index in parentheses; the post's formulas (7) with the log-likelihood's sign ----------------------
    Public("dlai47-L", _DLAI_LAB, "b47_unit_bce", "b47_dlai_lab",
           "\\[ L = -y(i) \\cdot \\ln(a(i)) - (1-y(i)) \\cdot \\ln(1-a(i)) \\]", ((C,),),
           (Twin("value", _BCE1, ("-y[0]*np.log(a1[0]) - (1 - y[0])*np.log(1 - a1[0])",)),), batch=47),
    Public("dlai47-dz", _DLAI_LAB, "b47_unit_bce", "b47_dlai_lab", "\\[ \\frac{dL}{dz} = a(i) - y(i) \\]", ((C,),),
           (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),), batch=47),
    Public("dlai47-chain", _DLAI_LAB, "b47_unit_bce", "b47_dlai_lab",
           "\\(\\frac{dL}{da(i)} \\cdot \\frac{da(i)}{dz(i)} = (a(i) - y(i))\\)", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])",)),), batch=47,
           why="\"Below formulas (6), it states that ..., “as discussed in the videos”\" (the prose left out): the"
               " product of dL/da and da/dz is dL/dz"),
    Public("dlai47-L-ll", _DLAI_LAB, "b47_unit_bce", "b47_dlai_lab",
           "\\[ L = y(i) \\cdot \\ln(a(i)) + (1-y(i)) \\cdot \\ln(1-a(i)) \\]", ((W,),),
           (Twin("value", _BCE1, ("y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0])",)),), batch=47,
           why="the post's formulas (7): the log-likelihood, the summand of the lab's cost -(1/m) sum L; as the"
               " sample's loss (the log loss) it has the wrong sign"),
    Public("dlai47-dz-ll", _DLAI_LAB, "b47_unit_bce", "b47_dlai_lab", "\\[ \\frac{dL}{dz} = -(a(i) - y(i)) \\]",
           ((W,),),
           (Twin("gradient_z", "z1[0]", ("-(a1[0] - y[0])",)),), batch=47,
           why="the derivative of the log-likelihood above: the log loss's dL/dz is a - y"),
    # ---- "Derive the Gradients of a Basic Neural Network" (Nemotron's copy): $$ blocks over three lines, row vectors,
    # W input-first, CE(y,\hat{y}), h^T \delta_1 ---------------------------------------------------------------------
    Public("derive47-J", _DERIVE, "b47_sig_softmax", "b47_derive",
           "$$\nJ = CE(y,\\hat{y}) = -\\sum_i y_i \\log(\\hat{y}_i)\n$$", ((C, C),),
           (Twin("value", _CE2, (_CE2, _CE2)),), batch=47),
    Public("derive47-yhat", _DERIVE, "b47_sig_softmax", "b47_derive", "$$\n\\hat{y} = \\text{softmax}(z_2)\n$$",
           ((C,),),
           (Twin("value", "a2[{k}]", ("np.exp(z2[{k}])/(np.exp(z2[0]) + np.exp(z2[1]))",), _K2),), batch=47),
    Public("derive47-z2", _DERIVE, "b47_sig_softmax", "b47_derive", "$$\nz_2 = hW_2 + b_2\n$$", ((C,),),
           (Twin("value", "z2[{k}]", ("a1[0]*W2[{k},0] + a1[1]*W2[{k},1] + a1[2]*W2[{k},2] + b2[{k}]",), _K2),),
           batch=47, why="h a row, W_2 in R^{H x D_y}: entry k of hW_2 is sum_j h_j W_2[j, k]"),
    Public("derive47-z1", _DERIVE, "b47_sig_softmax", "b47_derive", "$$\nz_1 = xW_1 + b_1\n$$", ((C,),),
           (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J3),), batch=47),
    Public("derive47-delta1", _DERIVE, "b47_sig_softmax", "b47_derive",
           "$$\n\\frac{\\partial J}{\\partial z_2} = \\hat{y} - y = \\delta_1\n$$", ((C, C),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]", "a2[{k}] - t[{k}]"), _K2),), batch=47,
           why="the page's definition of delta_1, which the notation names dJ/dz_2"),
    Public("derive47-dh", _DERIVE, "b47_sig_softmax", "b47_derive",
           "$$\n\\frac{\\partial J}{\\partial h} = \\delta_1 \\frac{\\partial z_2}{\\partial h} = \\delta_1 W_2^T\n$$",
           ((C, C),), (Twin("value", _DJDH, (_DJDH, _DJDH), _J3),), batch=47,
           why="\"Here's the correct solution\": the row delta_1 times W_2^T (D_y x H)"),
    Public("derive47-dW2", _DERIVE, "b47_sig_softmax", "b47_derive",
           "$$\n\\frac{\\partial J}{\\partial W_2} = \\frac{\\partial z_2}{\\partial W_2} \\frac{\\partial J}{\\partial"
           " z_2} = h^T \\delta_1\n$$", ((C, C),),
           (Twin("gradient", "W2[{k},{j}]", ("a1[{j}]*(a2[{k}] - t[{k}])", "a1[{j}]*(a2[{k}] - t[{k}])"), _K2J3),),
           batch=47, why="h^T delta_1 is H x D_y, W_2's shape: entry (j, k) is h_j delta_k"),
    # ---- the CS231n task-1 page (Nemotron's copy): \[ ... \] and a list's \( ... \) lines, \max(0, z), primed names --
    Public("cs231n47-dz", _CS231N, "b47_relu_softmax", "b47_cs231n",
           "\\[\n\\frac{\\partial L}{\\partial z_i} = \\hat{y}_i - y_i\n\\]", ((C,),),
           (Twin("gradient_z", "z2[{i}]", ("a2[{i}] - t[{i}]",), _I3),), batch=47),
    Public("cs231n47-z", _CS231N, "b47_relu_softmax", "b47_cs231n", "   - The output is given by \\( z = Wx + b \\).",
           ((C,),), (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]",), _J3),), batch=47,
           why="the list's line under \"1. **Fully Connected Layer**:\""),
    Public("cs231n47-relu", _CS231N, "b47_relu_softmax", "b47_cs231n",
           "   - Apply the ReLU function: \\( a = \\max(0, z) \\).", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J3),), batch=47),
    Public("cs231n47-zprime", _CS231N, "b47_relu_softmax", "b47_cs231n", "   - The output is \\( z' = W'a + b' \\).",
           ((C,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + W2[{k},2]*a1[2] + b2[{k}]",), _K3),),
           batch=47,
           why="the second fully connected layer's logits, \"using another set of weights W' and biases b'\""),
    # ---- Deep Learning Essentials (bookac.qq.com): TensorFlow, row vectors, the book's sigmoidprime(z) ---------------
    Public("dle47-dz2", _DLE, "b47_dle", "b47_dle", "d_z_2 = tf.multiply(error, sigmoidprime(z_2))", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_SQ_D2,), _K2),), batch=47,
           why="error = a_2 - y (the cost's dC/da_2, as the book's source, Aloni's code, computes it),"
               " sigmoidprime(z) = sigma(z)(1 - sigma(z))"),
    Public("dle47-db2", _DLE, "b47_dle", "b47_dle", "d_b_2 = d_z_2", ((C,),),
           (Twin("gradient", "b2[{k}]", (_SQ_D2,), _K2),), batch=47),
    Public("dle47-dw2", _DLE, "b47_dle", "b47_dle", "d_w_2 = tf.matmul(tf.transpose(a_1), d_z_2)", ((C,),),
           (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_SQ_D2}",), _K2J3),), batch=47),
    Public("dle47-da1", _DLE, "b47_dle", "b47_dle", "d_a_1 = tf.matmul(d_z_2, tf.transpose(w_2))", ((C,),),
           (Twin("value", _DLE_DA1, (_DLE_DA1,), _J3),), batch=47),
    Public("dle47-dz1", _DLE, "b47_dle", "b47_dle", "d_z_1 = tf.multiply(d_a_1, sigmoidprime(z_1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DLE_D1,), _J3),), batch=47),
    Public("dle47-dw1", _DLE, "b47_dle", "b47_dle", "d_w_1 = tf.matmul(tf.transpose(a_0), d_z_1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DLE_D1}",), _J3I2),), batch=47),
    # ---- "Neural Network Functions" (Nemotron's copy): $$ blocks, quantities written as functions of (x, w, b), rules
    # over the layer i, row vectors with w_i input-first --------------------------------------------------------------
    Public("nnf47-z", _NNFUNC, "b47_nnfunc", "b47_nnfunc",
           "$$\nz_i(x, w, b) = a_{i-1}(x, w, b) \\cdot w_{i-1} + b_{i-1}\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _NNF_Z),), batch=47, why="i = 2, 3 (a_1 = x); the page's (2)"),
    Public("nnf47-a", _NNFUNC, "b47_nnfunc", "b47_nnfunc", "$$\na_i(x, w, b) = \\sigma(z_i(x, w, b))\n$$", ((C,),),
           (Twin("value", "{t}", ("{m}",), _NNF_A),), batch=47, why="i = 2, 3; the page's (3)"),
    Public("nnf47-sigma", _NNFUNC, "b47_nnfunc", "b47_nnfunc", "$$\n\\sigma(z) = \\frac{1}{1 + e^{-z}}\n$$", ((C,),),
           (Twin("value", "sigmoid(z2[0])", ("1/(1 + np.exp(-z2[0]))",)),), batch=47),
    Public("nnf47-cost", _NNFUNC, "b47_nnfunc", "b47_nnfunc",
           "$$\nC(x, y, w, b) = \\frac{1}{2} (y - a_l(x, w, b))^2\n$$", ((C,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*(y[0] - a2[0])**2",)),), batch=47),
    Public("nnf47-dCdal", _NNFUNC, "b47_nnfunc", "b47_nnfunc", "$$\n\\frac{\\partial C}{\\partial a_l} = a_l - y\n$$",
           ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=47),
    Public("nnf47-dCdai", _NNFUNC, "b47_nnfunc", "b47_nnfunc",
           "$$\n\\frac{\\partial C}{\\partial a_i} = \\frac{\\partial C}{\\partial a_{i+1}} \\odot \\sigma'(z_{i+1})"
           " w_i^T\n$$", ((C,),),
           (Twin("value", f"{_NNF_D3}*W2[0,{{j}}]", (f"{_NNF_D3}*W2[0,{{j}}]",), _J3),), batch=47,
           why="i = 2, the hidden layer (at i = 1 it would be dC/dx, which no network parameter is)"),
    Public("nnf47-dCdw", _NNFUNC, "b47_nnfunc", "b47_nnfunc",
           "$$\n\\frac{\\partial C}{\\partial w_i} = a_i^T \\frac{\\partial C}{\\partial a_{i+1}} \\odot"
           " \\sigma'(z_{i+1})\n$$", ((C,),), (Twin("gradient", "{P}", ("{m}",), _NNF_W),), batch=47,
           why="i = 1, 2; a_i^T times the row dC/da_{i+1}, entrywise times the row sigma'(z_{i+1}) broadcast over the"
               " rows, is the same matrix as a_i^T (dC/da_{i+1} .* sigma'(z_{i+1}))"),
    # ---- 3Blue1Brown's "Backpropagation calculus" in Bradley Doherty's transcription (Nemotron's copy): inline
    # \( ... \) in sentences and a numbered list, superscript layers L and L-1 ------------------------------------------
    Public("3b1b47-cost", _3B1B, "b47_chain3", "b47_3b1b",
           "The cost for this network for a single training example is given by \\( C_0 = (a^L - y)^2 \\).", ((C,),),
           (Twin("value", "(a3[0] - y[0])**2", ("(a3[0] - y[0])**2",)),), batch=47),
    Public("3b1b47-z", _3B1B, "b47_chain3", "b47_3b1b", "\\[ z^L = w^L \\cdot a^{L-1} + b^L \\]", ((C,),),
           (Twin("value", "z3[0]", ("W3[0,0]*a2[0] + b3[0]",)),), batch=47),
    Public("3b1b47-dCda", _3B1B, "b47_chain3", "b47_3b1b",
           "1. Compute \\( \\frac{\\partial C}{\\partial a^L} = 2(a^L - y) \\).", ((C,),),
           (Twin("value", "2*(a3[0] - y[0])", ("2*(a3[0] - y[0])",)),), batch=47),
    Public("3b1b47-dadz", _3B1B, "b47_chain3", "b47_3b1b",
           "2. Compute \\( \\frac{\\partial a^L}{\\partial z^L} = \\sigma'(z^L) \\), the derivative of the sigmoid"
           " function.", ((C,),), (Twin("value", "a3[0]*(1 - a3[0])", ("a3[0]*(1 - a3[0])",)),), batch=47),
    Public("3b1b47-dzdw", _3B1B, "b47_chain3", "b47_3b1b",
           "3. Compute \\( \\frac{\\partial z^L}{\\partial w^L} = a^{L-1} \\).", ((C,),),
           (Twin("value", "a2[0]", ("a2[0]",)),), batch=47),
    # ---- the scribd example (arietiform.com's copy): Unicode mathematical italics, ⋅, −, ≈; one sample each --------
    Public("scribd47-z1", _SCRIBD, "b47_scribd_x05", "b47_scribd", "𝑧 = 𝑤 ⋅ 𝑥 + 𝑏 = 0.2 ⋅ 0.5 + 0.1 = 0.2",
           ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.2*0.5 + 0.1", "=0.2")),), batch=47,
           why="Step 1's \"Calculate the linear combination\" for the data point x = 0.5"),
    Public("scribd47-z3", _SCRIBD, "b47_scribd_x2", "b47_scribd", "𝑧 = 𝑤 ⋅ 𝑥 + 𝑏 = 0.2 ⋅ 2.0 + 0.1 = 0.5", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.2*2.0 + 0.1", "=0.5")),), batch=47, why="sample 3"),
    Public("scribd47-bce3", _SCRIBD, "b47_scribd_x2", "b47_scribd", "BCE ≈ −log(0.6225) ≈ 0.4741", ((C, C),),
           (Twin("value", _BCE1, ("=-np.log(0.6225)", "=0.4741")),), batch=47,
           why="sample 3, y = 1: sigma(0.5) = 0.62246, -ln = 0.47408"),
    Public("scribd47-z4", _SCRIBD, "b47_scribd_x3", "b47_scribd", "𝑧 = 𝑤 ⋅ 𝑥 + 𝑏 = 0.2 ⋅ 3.0 + 0.1 = 0.7", ((C, C, C),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]", "=0.2*3.0 + 0.1", "=0.7")),), batch=47, why="sample 4"),
    Public("scribd47-bce4", _SCRIBD, "b47_scribd_x3", "b47_scribd", "BCE ≈ −log(1 − 0.6682) ≈ 1.1015", ((C, W),),
           (Twin("value", _BCE1, ("=-np.log(1 - 0.6682)", "=1.1015")),), batch=47,
           why="sample 4, y = 0: sigma(0.7) = 0.66819, -ln(1 - 0.66819) = 1.10319, not 1.1015"),
    # ---- the question on Mazur's example (Nemotron's copy): \text{out}_{h_1}, \text{net}_{h_1}, E_{\text{total}}; the
    # answer's chain rule and its list of local derivatives ------------------------------------------------------------
    Public("mazur47-chain", _TOTAL_ERROR, "b47_mazur", "b47_mazur",
           "$$\n\\frac{\\partial E_{\\text{total}}}{\\partial w_1} = \\frac{\\partial E_{\\text{total}}}{\\partial"
           " \\text{out}_{h_1}} \\cdot \\frac{\\partial \\text{out}_{h_1}}{\\partial \\text{net}_{h_1}} \\cdot"
           " \\frac{\\partial \\text{net}_{h_1}}{\\partial w_1}\n$$", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"{_MZ_DH1}*a1[0]*(1 - a1[0])*x[0]",)),), batch=47,
           why="after \"The key formula is the chain rule:\""),
    Public("mazur47-dout", _TOTAL_ERROR, "b47_mazur", "b47_mazur",
           "- $\\frac{\\partial \\text{out}_{h_1}}{\\partial \\text{net}_{h_1}} = \\text{out}_{h_1} \\cdot (1 -"
           " \\text{out}_{h_1})$", ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=47),
    Public("mazur47-dnet", _TOTAL_ERROR, "b47_mazur", "b47_mazur",
           "- $\\frac{\\partial \\text{net}_{h_1}}{\\partial w_1} = i_1$", ((C,),),
           (Twin("value", "x[0]", ("x[0]",)),), batch=47),
    # ---- mcmap.net's copy of the Stack Overflow question: plain-text deltas, a URL after the first -------------------
    Public("mcmap47-d-fprime", _MCMAP, "b47_ng_bce", "b47_mcmap",
           "d = (a - y) * f'(z) http://ufldl.stanford.edu/wiki/index.php/Backpropagation_Algorithm", ((W,),),
           (Twin("gradient_z", "z2[{k}]", (_SQ_D2,), _K2),), batch=47,
           why="the squared error's output delta (UFLDL's), in the question's network with Ng's log loss: there"
               " dJ/dz = a - y (\"gradient checking only passes when I use Ng's delta equation\")"),
    Public("mcmap47-d", _MCMAP, "b47_ng_bce", "b47_mcmap", "d = (a - y).", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_NG_D2,), _K2),), batch=47,
           why="\"whilst the video uses.\" on the line before"),
]
