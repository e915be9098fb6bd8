r"""Batch 37 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 19 addresses no earlier batch used (the "pages" corpus: a mirror's copy of an r/learnmachinelearning
thread, Cross Validated 590342, egtry's "ReLU derivative", the Deep Learning Specialization's forum thread
c2-w1-regularization-exercise-2, everything2's writeup on error backpropagation, math.techqa.club 4393949, three
pages of the MSU course's notes on compphysics.github.io (week 42's bs007 and bs021, week 41's bs031), proxieslive's
copy of a question on gradient checking, Sparkery's Perceptron README, extraproxies' copy of a question on the
sigmoid's derivative, and seven of Nemotron-CC-Math-v1's posts, named by their titles after the data set's address
as in the batches before: the Data Science Stack Exchange question "Help with Backpropagation Equations ...", the
course forum's "dZ2 Calculation", a copy of everything2's writeup ("Error Backpropagation (Idea)"), the Cross
Validated question "Back Propagation Error Calculation", "Handwriting a Neural Net, Part 8", Demofox's "How to Train
Neural Networks With Backpropagation" and "Numerical Check of Gradient in Neural Network"), copied verbatim, typos
and mistakes included, each with the notation a teacher would write for the page under shared/spec/notation.md
(and docs/notation.md for what the product documents), a network of the kind the page describes (with the page's
numbers where it works an example; both in tests/public_formulas_batch37_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them (agreeing with the verdicts written down but
for one member, corrected, see below) and committed before check was. A formula in running prose is taken from
where its mathematics starts to where it ends (a sentence's full stop or comma after it kept, its "and"/"so"
before it left out, said in the entry's why); a delta dL/dz written with numbers is twinned as a value, as in the
batches before, and so is a local derivative (dY/dZ_Y, da_j^L/dw_{jk}^L).

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 37

The batch: 55 formulas (60 claims: reddit's "->" joins a formula and its derivative on three lines, egtry's ",\quad"
two claims on two lines), by the first claim's kind 25 values (forward values, losses, the sigmoid written out,
local derivatives, egtry's ReLU gates and dL/dz with numbers), 18 deltas dL/dz (Duda's and AIMA's -dL/dnet,
Wikipedia's delta^{l-1} and delta^L with \circ, course 2's dZ2 in NumPy and dZ^{[l]} with g^{[l]'}, everything2's
Delta _{i} and its copy's Delta[i]), 10 gradients, 2 updates; no entry marked unreadable. 39 are LaTeX ($$...$$,
\( ... \), \[ ... \], "$ $ ... $ $", LaTeX without delimiters, KaTeX sources with \operatorname and \quad, Unicode
δ, −, ′, ∇, θ, Θ inside $$, \left( \right) and \: everywhere, {\cal C}(\hat{W^L}), \text{...} around NumPy code
and around phrases, "dot" as a word), 16 plain text or code (reddit's sigma(...), w31, Z_Y, Y* and "Y *", "->";
everything2's HTML subscripts _{i} with Σ_{j} and bold **; proxieslive's *italics*, **bold**, en dashes, long
capitalised names, d(...)/dX and the typo DZLayerOutput; a code span's backticks; Sparkery's dE/dw).

6 are mistaken somewhere (the oracle finds at least one member wrong):

- reddit-dw31: dL/dw31 = ... = (0.7368-0.5)(0.7368(1-0.7368))*0.668 = 0.0306756421, the product of the rounded
  numbers carried to ten decimals: dL/dw31 is 0.0306842... at the network's numbers (written down as right at
  first; the oracle's first run found the last member wrong, and the verdict was corrected);
- aima-proposal: the asker's Delta_j = g'(in_j) sum_k w_{j,k}/(sum_i w_{J_i,k}) Delta_k, each output's Delta shared
  out in proportion to the weights into it (the comment: the formula without the division is correct);
- softmaxreg-logistic-update: the logistic regression's update written with (h_theta(x^(i)) - y^(i))^2 x_j^(i);
- sparkery-dEdw: dE/dw = (z - p)*(z(1 - z)), the weight's input missing;
- extraproxies-sigmoid: sigma(x) = 1/((1+e)^{-x}), the parenthesis misplaced;
- numcheck-J-output: J(theta) = ax_1 + bx_2 + c - y, the output minus the target taken for the loss (the
  question's mistake, as the answer's first reading puts it).

What the spec could not express, which a page needed (the notation written as close as the spec allows, and said so
in the tables): a leaky ReLU hidden unit (proxieslive's: a ReLU stands in, no entry depends on it); the reddit
slide's weights, not in the thread (chosen so that Z_Y is the answer's 1.0294); the XOR question's two inputs, its
c = ax + b being a neuron of one input (one input here); a target written Y* (the pattern Y^{*}); the index of a
rule given both as a literal and a placeholder (AIMA's and everything2's i, j, k, written as literal letters with
indices = "n"); the same symbol Delta[i] for an output node in one formula and a hidden node in the next (two
notations for one page).

Collected on 2026-12-04 (17:15 to 17:25 by the session's clock), committed with every twin agreeing with the
verdicts written down before check saw any of it, and run blind once at main f12308c (READY_FOR_BLIND6), with nothing
under src/ changed (the output saved in /work/batch37_blind.txt): 40 of 55 read with every verdict right (73%); 15
refused; no misreading; no crash; NO WRONG FORMULA CALLED CORRECT. Three of the refusals were the collector's own
notation outside the spec's grammar: b37_compphys_41's pattern for n was written "'n" (a stray quote from the
script that wrote the table), and the notation was refused whole (symbols."'n": unexpected at "'"). Corrected to
"n" alone and run once more (/work/batch37_blind_corrected.txt): 43 of 55 read with every verdict right (78%), the
three week-41 formulas read; 12 refused; no misreading; NO WRONG FORMULA CALLED CORRECT.

Of the 6 mistaken formulas, 4 read with every verdict right (aima-proposal, softmaxreg-logistic-update,
sparkery-dEdw, numcheck-J-output: each wrong member called wrong), 2 refused (reddit-dw31, extraproxies-sigmoid).
By kind of claim (the second run): values 19 of 25, deltas 14 of 18, gradients 8 of 10, updates 2 of 2 (the first
run: values 17, gradients 7). LaTeX against plain text: the 39 formulas in LaTeX read 32 (82%; 29 in the first run),
the 16 in plain text or code 11 (69%). By page: reddit 6 of 8; Cross Validated 590342 1 of 3; egtry 2 of 2; the XOR
question 6 of 6; "dZ2 Calculation" 1 of 2; the forum's c2-w1 thread 2 of 2; everything2 2 of 2 and its copy 4 of 4;
"Back Propagation Error Calculation" 3 of 3; "Handwriting a Neural Net" 1 of 3; Demofox 2 of 2; math.techqa.club
4393949 2 of 2; the MSU notes' bs007 1 of 2, bs021 3 of 3, week 41's bs031 3 of 3 (0 of 3 in the first run);
proxieslive 1 of 4; Sparkery 1 of 1; extraproxies 0 of 1; "Numerical Check of Gradient" 2 of 2.

The refusals by construct (12 in the second run):

- 3: Markdown emphasis around a plain-text formula's left side, proxieslive's ``*dCost/dALayerOutput* = d( 1/m * sum(
  (ALayerOutput – y)^2 ) )/dALayerOutput = 2/m * (ALayerOutput – y) = **dA**`` (and dZ's, dW's): "formula
  '*dCost/dALayerOutput* = d( 1/m * sum( (ALayerOutput - y)^...': unexpected at '*' (position 1)". (The update on the
  same page, without emphasis, reads.)
- 3: \text{...} around a whole expression of code or words: "dZ2 Calculation"'s ``\[ \text{dZ2} = \text{np.multiply(dA2,
  np.int64(A2 > 0))} \]``: "unknown symbol np.multiply(dA2,np.int64(A2>0)); the notation knows A, Z, dA, dZ; give it
  the quantity of symbols.md it stands for ..."; "Handwriting a Neural Net"'s ``\text{neuron1output} =
  \text{sigmoid(features dot W1)}`` (and neuron2output's): "unknown symbol sigmoid(featuresdotW1); the notation knows
  W, features, neuron1output, neuron2output, y; ..." (the word "dot" for the product inside).
- 2: a target written with a star, reddit's Y*: ``L=0.5(Y-Y*)^2 -> dL/dY=Y-Y *,``: "formula 'L=0.5(Y-Y*)^2': unexpected
  at ')' (position 11)"; ``dL/dw31=(Y-Y * )(Y(1-Y))h1=...``: "unexpected at ')' (position 16)" (the notation's pattern
  Y^{*}).
- 2: an activation named with a layer superscript that is a letter or an index expression, Wikipedia's rules in
  Cross Validated 590342's answer: ``$$\delta^{l-1}=(f^{l-1})'\circ (W^l)^T \delta^l$$``: "unknown symbol f^{l-1}; the
  notation knows W, \delta, a; give it a meaning ..."; ``$$\delta^L=(f^L)'\circ \nabla_{a^L}C$$``: "unknown symbol
  f^{L}; ..." although the notation's functions name "f^{L}" (and f).
- 1: a semicolon between a function's arguments, the MSU notes' ``$$ C(x;w_1,b_1)=\frac{1}{2}(a_1-y)^2. $$``: "formula
  'C(x;w_1,b_1)=\frac{1}{2}(a_1-y)^2': expected ')' to close the arguments at ';' (position 4)".
- 1: a bare e, the page's typo ``$ $ \sigma(x) = \frac{1}{(1+e)^{-x}} $ $``: "unknown symbol e; the notation knows x;
  give it a meaning ... e.g. "e" = "a1[0]"" (e is Euler's number only with an exponent).

Which look general: Markdown emphasis in forum and Q&A text (*...*, **...**), a target or optimum written with a
star (y*, Y*), Wikipedia's f^l and (f^{l-1})' for a layer's activation, and the semicolon of f(x; w, b) separating
inputs from parameters; page-specific or one-off: \text{} wrapped around NumPy code or a phrase with "dot" (an
artifact of Nemotron's copies), and the bare e of a mistyped sigmoid.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch37_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_NEMOTRON = "https://huggingface.co/datasets/nvidia/Nemotron-CC-Math-v1"
_REDDIT = ("http://home.hamidarshat.com/p/learnmachinelearning/comments/13g4rxf/need_help_figuring_out_backpropagation"
           "_where_did")
_CV590342 = "https://stats.stackexchange.com/questions/590342/can-someone-explain-the-use-of-delta-in-backpropagation"
_EGTRY = "https://www.egtry.com/backpropagation-exactly/relu-derivative/"
_XOR = f"{_NEMOTRON} (Help with Backpropagation Equations for a Simple Neural Network with Sigmoid Activation)"
_DZ2 = f"{_NEMOTRON} (Week 1, Grading Checking, Section 5: dZ2 Calculation)"
_C2W1 = "https://community.deeplearning.ai/t/c2-w1-regularization-exercise-2/98949"
_E2 = "https://everything2.com/user/edibleplastic/writeups/error+backpropagation"
_E2_COPY = f"{_NEMOTRON} (Error Backpropagation (Idea))"
_AIMA = f"{_NEMOTRON} (Back Propagation Error Calculation)"
_HANDWRITING = f"{_NEMOTRON} (Handwriting a Neural Net, Part 8 - Backpropagation, the Learning Part)"
_DEMOFOX = f"{_NEMOTRON} (How to Train Neural Networks With Backpropagation)"
_SOFTMAX_REG = "https://math.techqa.club/optimization-of-softmax-regression-4393949"
_CP_ONE = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs007.html"
_CP_NINE = "https://compphysics.github.io/MachineLearning/doc/pub/week42/html/._week42-bs021.html"
_CP_41 = "https://compphysics.github.io/MachineLearning/doc/pub/week41/html/._week41-bs031.html"
_PROXIES = "https://proxieslive.com/tag/checking/"
_SPARKERY = "https://github.com/Sparkery/Perceptron"
_EXTRAPROXIES = "https://extraproxies.com/missing-sign-in-derivative-of-sigmoid-function/"
_NUMCHECK = f"{_NEMOTRON} (Numerical Check of Gradient in Neural Network)"

_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_JK23 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_KJ33 = tuple({"k": k, "j": j} for k in range(3) for j in range(3))

# the reddit answer's dL/dw31 = (Y - Y*) Y(1 - Y) h1
_REDDIT_DW31 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]"
# sigmoid outputs with 1/2 sum (t - a)^2 (b37_two_sigmoid): dL/dz2[k], and dL/dz1[j] through both outputs
_OUT_K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DL_DZ2 = tuple(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_HIDDEN_J = f"a1[{{j}}]*(1 - a1[{{j}}])*(W2[0,{{j}}]*{_DL_DZ2[0]} + W2[1,{{j}}]*{_DL_DZ2[1]})"
# the AIMA question's proposal: each output's Delta shared out by w_{j,k} over the sum of the weights into k
_SHARED_J = (f"a1[{{j}}]*(1 - a1[{{j}}])*(W2[0,{{j}}]/(W2[0,0] + W2[0,1] + W2[0,2])*{_DL_DZ2[0]}"
             f" + W2[1,{{j}}]/(W2[1,0] + W2[1,1] + W2[1,2])*{_DL_DZ2[1]})")
# egtry's dL/dz_i = dL/dyhat * v_i * ReLU'(z_i), with L = (yhat - y)^2
_EGTRY_DZ = "2*(a2[0] - y[0])*W2[0,{i}]*np.heaviside(z1[{i}], 0.0)"
# the XOR question's first hidden neuron (one input, three sigmoid hidden units, a sigmoid output, 1/2 (y - a)^2)
_XOR_DL_DA = "W2[0,0]*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_XOR_DC = f"a1[0]*(1 - a1[0])*{_XOR_DL_DA}"
# course 2's layer 2 (ReLU) under a sigmoid output with the cross-entropy: dJ/dA2[j] = W3[0, j](A3 - Y)
_DZ2_J = "W3[0,{j}]*(a3[0] - y[0])*np.heaviside(z2[{j}], 0.0)"
_DZ2_CODE_J = "W3[0,{j}]*(a3[0] - y[0])*np.int64(a2[{j}] > 0)"
# everything2's output node (one sigmoid output, 1/2 (T - a)^2): dL/din_i, the negative of Delta_i = g'(in_i)(T - a_i)
_E2_OUT = "-(a2[0]*(1 - a2[0]))*(y[0] - a2[0])"
_E2_HIDDEN_J = "a1[{j}]*(1 - a1[{j}])*W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# proxieslive's question: dCost/dALayerOutput with the mean squared error of one sample and a linear output
_PROXIES_DA = "2*(a2[0] - y[0])"
# the MSU notes' output layer of nine parameters: delta^{(2)} = dC/dz^{(2)}
_CP_DELTA2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


ENTRIES: list[Public] = [
    # ---- r/learnmachinelearning 13g4rxf (a mirror's copy of the thread): the answer in plain text, sigma(...), names
    # with digits (w31, h1, input1), Z_Y, Y* for the target (Y * once, the asterisk spaced), "->" between a formula and
    # its derivative, numbers carried through a chain ----------------------------------------------------------------
    Public("reddit-h1", _REDDIT, "b37_reddit", "b37_reddit", "h1=sigma(w11*input1)=sigma(0.7)=0.668.", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0])", "=1/(1 + np.exp(-0.7))", "=0.668")),), batch=37,
           why="the answer's first step; the sentence's full stop kept"),
    Public("reddit-zy", _REDDIT, "b37_reddit", "b37_reddit", "Z_Y=(w31)h1+(w32)h2=1.0294,", ((C, C),),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]", "=1.0294")),), batch=37,
           why="\"Then lets name Z_Y=(w31)h1+(w32)h2=1.0294, and Y=sigma(Z_Y)=0.7368.\": the first of the two"),
    Public("reddit-y", _REDDIT, "b37_reddit", "b37_reddit", "Y=sigma(Z_Y)=0.7368.", ((C, C),),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=0.7368")),), batch=37),
    Public("reddit-chain", _REDDIT, "b37_reddit", "b37_reddit", "dL/dw31 = (dL/dY)(dY/dZ_Y)(dZ_Y/dw31).", ((C,),),
           (Twin("gradient", "W2[0,0]", (_REDDIT_DW31,)),), batch=37,
           why="\"From the chain rule, we can say dL/dw31 = ...\""),
    Public("reddit-dLdY", _REDDIT, "b37_reddit", "b37_reddit", "L=0.5(Y-Y*)^2 -> dL/dY=Y-Y *,", ((C,), (C,)),
           (Twin("value", "0.5*(a2[0] - y[0])**2", ("0.5*(a2[0] - y[0])**2",)),
            Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",))), batch=37,
           why="the loss, then -> and its derivative by Y; the target Y* written \"Y *\" the second time (the mirror's"
               " Markdown)"),
    Public("reddit-dYdZ", _REDDIT, "b37_reddit", "b37_reddit", "Y=sigma(Z_Y) -> dY/dZ_Y=Y(1-Y),", ((C,), (C,)),
           (Twin("value", "a2[0]", ("sigmoid(z2[0])",)), Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",))),
           batch=37),
    Public("reddit-dZdw", _REDDIT, "b37_reddit", "b37_reddit", "Z_Y=(w31)h1+(w32)h2 -> dZ_Y/dw31=h1", ((C,), (C,)),
           (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)), Twin("value", "a1[0]", ("a1[0]",))), batch=37,
           why="the sentence's \"and\" before it left out"),
    Public("reddit-dw31", _REDDIT, "b37_reddit", "b37_reddit",
           "dL/dw31=(Y-Y * )(Y(1-Y))h1=(0.7368-0.5)(0.7368(1-0.7368))*0.668=0.0306756421", ((C, C, W),),
           (Twin("gradient", "W2[0,0]", (_REDDIT_DW31, "=(0.7368-0.5)*(0.7368*(1-0.7368))*0.668", "=0.0306756421")),),
           batch=37, why="the answer's result (the sentence's \"so\" before it left out); the rounded 0.7368 and 0.668 carried into"
               " ten decimals: 0.0306756421 is the product of the rounded numbers, but dL/dw31 is 0.0306842... at the"
               " network's numbers, off in its fifth significant digit where the answer writes ten (written (C, C, C)"
               " at first; the oracle's first run showed the last member wrong)"),
    # ---- Cross Validated 590342: $$...$$ in the question with Unicode delta, minus and prime (Duda's delta_k with
    # y_k for the net input), the answer's Wikipedia rules with \circ, (f^{l-1})' and \nabla_{a^L}C ------------------
    Public("cv590342-delta", _CV590342, "b37_single", "b37_cv590342", "$$δ_k=(t_k−z_k)f′(y_k)$$", ((C,),),
           (Twin("gradient_z", "z1[{k}]", ("-(y[{k}] - a1[{k}])*a1[{k}]*(1 - a1[{k}])",), _K2),), batch=37,
           why="the textbook's sensitivity, -dL/dnet_k; y_k the net input, as the question's code has it"),
    Public("cv590342-recursive", _CV590342, "b37_two_sigmoid", "b37_wikipedia",
           "$$\\delta^{l-1}=(f^{l-1})'\\circ (W^l)^T \\delta^l$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_HIDDEN_J,), _J3),), batch=37,
           why="the answer's recursive formula, at l = 2 (the only layer with one before it here)"),
    Public("cv590342-initial", _CV590342, "b37_two_sigmoid", "b37_wikipedia", "$$\\delta^L=(f^L)'\\circ \\nabla_{a^L}C$$",
           ((C,),), (Twin("gradient_z", "z2[{k}]", (_OUT_K,), _K2),), batch=37),
    # ---- egtry's "ReLU derivative" (backpropagation exactly): the pages's KaTeX sources, \operatorname{ReLU}', two
    # claims on a line joined by ,\quad, numbers ----------------------------------------------------------------------
    Public("egtry-gates", _EGTRY, "b37_egtry_relu", "b37_egtry",
           "\\operatorname{ReLU}'(z_1)=1,\\quad \\operatorname{ReLU}'(z_2)=0", ((C,), (C,)),
           (Twin("value", "np.heaviside(z1[0], 0.0)", ("=1",)), Twin("value", "np.heaviside(z1[1], 0.0)", ("=0",))),
           batch=37, why="z1 = 2 and z2 = -1 at the page's numbers"),
    Public("egtry-dead-branch", _EGTRY, "b37_egtry_relu", "b37_egtry",
           "\\frac{dL}{dz_1}=-2\\cdot1=-2,\\quad \\frac{dL}{dz_2}=-2\\cdot0=0", ((C, C), (C, C)),
           (Twin("value", _EGTRY_DZ.format(i=0), ("=-2*1", "=-2")), Twin("value", _EGTRY_DZ.format(i=1), ("=-2*0", "=0"))),
           batch=37, why="dL/dz twinned as a value (the oracle's numbers judge values), as in the batches before"),
    # ---- Nemotron's copies of the Data Science Stack Exchange question "Help with Backpropagation Equations ...":
    # inline \( ... \), one-letter names (c = ax + b), the article's d-names dz, dc, da; the third copy writes
    # z(1-z)dz and xdc without \cdot ------------------------------------------------------------------------------
    Public("xor-c", _XOR, "b37_xor", "b37_xor", "\\( c = ax + b \\)", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=37),
    Public("xor-z", _XOR, "b37_xor", "b37_xor", "\\( z = \\frac{1}{1 + \\exp(-c)} \\)", ((C,),),
           (Twin("value", "a1[0]", ("1/(1 + np.exp(-z1[0]))",)),), batch=37),
    Public("xor-dc", _XOR, "b37_xor", "b37_xor", "\\( dc = z \\cdot (1-z) \\cdot dz \\)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_XOR_DC,)),), batch=37),
    Public("xor-da", _XOR, "b37_xor", "b37_xor", "\\( da = x \\cdot dc \\)", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_XOR_DC}",)),), batch=37),
    Public("xor-dc-glued", _XOR, "b37_xor", "b37_xor", "\\( dc = z(1-z)dz \\)", ((C,),),
           (Twin("gradient_z", "z1[0]", (_XOR_DC,)),), batch=37, why="the third copy's wording"),
    Public("xor-da-glued", _XOR, "b37_xor", "b37_xor", "\\( da = xdc \\)", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"x[0]*{_XOR_DC}",)),), batch=37, why="x times dc written xdc"),
    # ---- Nemotron's "Week 1, Grading Checking, Section 5: dZ2 Calculation" (a course forum thread): \text{...} around
    # NumPy code, np.multiply and np.int64(A2 > 0); the mentor's general rule with g^{[l]'} ---------------------------
    Public("dz2-code", _DZ2, "b37_reg3", "b37_dz2",
           "\\[ \\text{dZ2} = \\text{np.multiply(dA2, np.int64(A2 > 0))} \\]", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_DZ2_CODE_J,), _J2),), batch=37,
           why="layer 2 is a ReLU layer: A2 > 0 exactly where Z2 > 0"),
    Public("dz2-general", _DZ2, "b37_reg3", "b37_dz2",
           "\\[ \\text{dZ}^{[l]} = \\text{dA}^{[l]} \\cdot g^{[l]'}(\\text{Z}^{[l]}) \\]", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_DZ2_J,), _J2),), batch=37,
           why="the rule in full generality, twinned at l = 2; \\cdot the element-wise product"),
    # ---- the course forum's thread c2-w1-regularization-exercise-2: LaTeX without delimiters, * for the element-wise
    # product; the code in a code span ---------------------------------------------------------------------------
    Public("c2w1-general", _C2W1, "b37_reg3", "b37_c2w1", "dZ^{[l]} = dA^{[l]} * g^{[l]'}(Z^{[l]})", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_DZ2_J,), _J2),), batch=37, why="twinned at l = 2"),
    Public("c2w1-code", _C2W1, "b37_reg3", "b37_c2w1", "`dZ = np.multiply(dA, np.int64(A > 0))`", ((C,),),
           (Twin("gradient_z", "z2[{j}]", (_DZ2_CODE_J,), _J2),), batch=37,
           why="the exercise's layer-2 line as the question quotes it"),
    # ---- everything2's "error backpropagation" writeup: HTML subscripts as _{...}, Σ_{j}, a space before a
    # subscript (Δ _{i}), the writeup's bold ** kept -------------------------------------------------------------
    Public("e2-in", _E2, "b37_e2", "b37_e2", "in_{i}= Σ_{j}a_{j}w_{ji}", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=37,
           why="the definition's sentence runs on: \"Specifically, in_{i}= Σ_{j}a_{j}w_{ji}where w_{ji}is ...\""),
    Public("e2-output-error", _E2, "b37_e2", "b37_e2", "**Δ _{i} = g'(in_{i})(T-a_{i})**", ((C,),),
           (Twin("gradient_z", "z2[0]", (_E2_OUT,)),), batch=37),
    # ---- Nemotron's copies of the same writeup ("Error Backpropagation (Idea)"): code-like brackets, Delta[i],
    # \text{in}[i], w[ik] ----------------------------------------------------------------------------------------
    Public("e2copy-output", _E2_COPY, "b37_e2", "b37_e2_output", "\\[ \n\\Delta[i] = g'(\\text{in}[i])(T-a[i])\n\\]",
           ((C,),), (Twin("gradient_z", "z2[0]", (_E2_OUT,)),), batch=37),
    Public("e2copy-hidden", _E2_COPY, "b37_e2", "b37_e2_hidden",
           "\\[ \n\\Delta[i] = g'(\\text{in}[i]) \\sum_{k} w[ik] \\Delta[k]\n\\]", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_E2_HIDDEN_J,), _J2),), batch=37, why="i a hidden node here"),
    Public("e2copy-in", _E2_COPY, "b37_e2", "b37_e2_output", "\\( \\text{in}[i] = \\sum_{j} a[j] w[ji] \\)", ((C,),),
           (Twin("value", "z2[0]", ("a1[0]*W2[0,0] + a1[1]*W2[0,1]",)),), batch=37),
    Public("e2copy-output-plain", _E2_COPY, "b37_e2", "b37_e2_output", "\\[ \\Delta[i] = g'(in[i])(T-a[i]) \\]", ((C,),),
           (Twin("gradient_z", "z2[0]", (_E2_OUT,)),), batch=37, why="another copy, in[i] without \\text"),
    # ---- Nemotron's copy of the Cross Validated question "Back Propagation Error Calculation": AIMA's Delta_j, and the
    # asker's proposal dividing each weight by the sum of the weights into k (mistaken: the comment says so) -------
    Public("aima-hidden", _AIMA, "b37_two_sigmoid", "b37_aima", "$$\\Delta_j = g'(in_j)\\sum_k w_{j,k}\\Delta_k$$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_HIDDEN_J,), _J3),), batch=37),
    Public("aima-proposal", _AIMA, "b37_two_sigmoid", "b37_aima",
           "$$\\Delta_j = g'(in_j)\\sum_k\\frac{w_{j,k}}{\\sum_i w_{J_i,k}}\\Delta_k$$", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (_SHARED_J,), _J3),), batch=37,
           why="the asker's proportional share of each Delta_k: the chain rule has w_{j,k} alone, not divided by the"
               " sum of the weights into k"),
    Public("aima-comment", _AIMA, "b37_two_sigmoid", "b37_aima", "\\( \\Delta_j = g'(in_j)\\sum_k w_{j,k}\\Delta_k \\)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_HIDDEN_J,), _J3),), batch=37,
           why="the comment's \"The formula ... is correct\""),
    # ---- Nemotron's copy of "Handwriting a Neural Net, Part 8": \[ ... \] lines, \text{...} around whole phrases,
    # "dot" written as a word ----------------------------------------------------------------------------------------
    Public("handwriting-neuron1", _HANDWRITING, "b37_handwriting", "b37_handwriting",
           "\\[\n\\text{neuron1output} = \\text{sigmoid(features dot W1)}\n\\]", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + x[2]*W1[0,2])",)),), batch=37),
    Public("handwriting-neuron2", _HANDWRITING, "b37_handwriting", "b37_handwriting",
           "\\[\n\\text{neuron2output} = \\text{sigmoid(neuron1output dot W2)}\n\\]", ((C,),),
           (Twin("value", "a2[0]", ("sigmoid(a1[0]*W2[0,0])",)),), batch=37),
    Public("handwriting-y", _HANDWRITING, "b37_handwriting", "b37_handwriting", "\\[\ny = \\text{neuron2output}\n\\]",
           ((C,),), (Twin("value", "a2[0]", ("a2[0]",)),), batch=37),
    # ---- Nemotron's copy of Demofox's "How to Train Neural Networks With Backpropagation": \text{Input0} and other
    # words with digits, \times --------------------------------------------------------------------------------------
    Public("demofox-output", _DEMOFOX, "b37_demofox", "b37_demofox",
           "\\[ \\text{Output} = \\text{Activation}(\\text{Input0} \\times \\text{Weight0} + \\text{Input1} \\times"
           " \\text{Weight1} + \\text{Bias}) \\]", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0])",)),), batch=37),
    Public("demofox-sigmoid", _DEMOFOX, "b37_demofox", "b37_demofox", "\\[ \\sigma(x) = \\frac{1}{1+e^{-x}} \\]", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + np.exp(-z1[0]))",)),), batch=37),
    # ---- math.techqa.club 4393949 (a copy of a Mathematics Stack Exchange question): \left( \right) and \: everywhere,
    # a sample's (i) in parentheses, Unicode ∇, θ, Θ; the logistic update written with the squared error's ^2 --------
    Public("softmaxreg-logistic-update", _SOFTMAX_REG, "b37_logistic", "b37_logreg",
           "$$\\theta _j:=\\theta _j-\\:\\alpha \\:\\:\\left(\\frac{1}{m}\\:\\sum _{i=1}^m\\left(h_{\\theta }\\left(x^{\\left(i"
           "\\right)}\\right)-y^{\\left(i\\right)}\\right)^2\\cdot x_j^{\\left(i\\right)}\\right)\\:$$", ((W,),),
           (Twin("update", "W1[0,{j}]", ("W1[0,{j}] - eta*(a1[0] - y[0])**2*x[{j}]",), _J2),), batch=37,
           why="logistic regression's update has (h - y) x_j, not (h - y)^2 x_j: the square is the asker's slip"),
    Public("softmaxreg-gradient", _SOFTMAX_REG, "b37_softmax", "b37_softmaxreg",
           "$$∇_{θ^k}J\\:\\left(Θ\\right)=\\frac{1}{m}\\sum _{i=1}^m\\:\\left(\\hat p_k^i-y_k^i\\right)x^i$$", ((C,),),
           (Twin("gradient", "W1[{k},{j}]", ("(a1[{k}] - t[{k}])*x[{j}]",), _KJ33),), batch=37,
           why="the cross-entropy's gradient for class k's parameter vector, one sample"),
    # ---- the MSU course's week 42 notes (compphysics.github.io, bs007 and bs021): $$ ... $$ ending in a comma or a
    # full stop, C(x;w_1,b_1) with its arguments, ^{(2)} layers, a chain ending in delta ----------------------------
    Public("cp-z1", _CP_ONE, "b37_compphys_one", "b37_compphys_one", "$$ z_1 = w_1x+b_1, $$", ((C,),),
           (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),), batch=37),
    Public("cp-cost", _CP_ONE, "b37_compphys_one", "b37_compphys_one", "$$ C(x;w_1,b_1)=\\frac{1}{2}(a_1-y)^2. $$", ((C,),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2",)),), batch=37),
    Public("cp-dw2", _CP_NINE, "b37_compphys_nine", "b37_compphys_nine",
           "$$ \\frac{\\partial C}{\\partial w_{i}^{(2)}}=\\frac{\\partial C}{\\partial a^{(2)}}\\frac{\\partial a^{(2)}}"
           "{\\partial z^{(2)}}\\frac{\\partial z^{(2)}}{\\partial w_{i}^{(2)}}=\\delta^{(2)}a_i^{(1)}, $$", ((C, C),),
           (Twin("gradient", "W2[0,{j}]", (f"{_CP_DELTA2}*a1[{{j}}]", f"{_CP_DELTA2}*a1[{{j}}]"), _J2),), batch=37),
    Public("cp-delta2", _CP_NINE, "b37_compphys_nine", "b37_compphys_nine",
           "$$ \\delta^{(2)}=\\frac{\\partial C}{\\partial a^{(2)}}\\frac{\\partial a^{(2)}}{\\partial z^{(2)}} $$", ((C,),),
           (Twin("gradient_z", "z2[0]", (_CP_DELTA2,)),), batch=37),
    Public("cp-db2", _CP_NINE, "b37_compphys_nine", "b37_compphys_nine",
           "$$ \\frac{\\partial C}{\\partial b^{(2)}}=\\frac{\\partial C}{\\partial a^{(2)}}\\frac{\\partial a^{(2)}}"
           "{\\partial z^{(2)}}\\frac{\\partial z^{(2)}}{\\partial b^{(2)}}=\\delta^{(2)}. $$", ((C, C),),
           (Twin("gradient", "b2[0]", (_CP_DELTA2, _CP_DELTA2)),), batch=37),
    # ---- the same course's week 41 notes (bs031): {\cal C}(\hat{W^L}) with its argument, sums to n over the outputs,
    # \left( \right), a local derivative a_j^L(1-a_j^L)a_k^{L-1} --------------------------------------------------
    Public("cp41-cost", _CP_41, "b37_two_sigmoid", "b37_compphys_41",
           "$$ {\\cal C}(\\hat{W^L}) = \\frac{1}{2}\\sum_{i=1}^n\\left(y_i - t_i\\right)^2=\\frac{1}{2}\\sum_{i=1}^n\\left(a_i^L"
           " - t_i\\right)^2, $$", ((C, C),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)")),),
           batch=37, why="n the number of outputs (2 here), y_i the outputs and t_i the targets"),
    Public("cp41-dw", _CP_41, "b37_two_sigmoid", "b37_compphys_41",
           "$$ \\frac{\\partial{\\cal C}(\\hat{W^L})}{\\partial w_{jk}^L} = \\left(a_j^L - t_j\\right)\\frac{\\partial a_j^L}"
           "{\\partial w_{jk}^{L}}, $$", ((C,),),
           (Twin("gradient", "W2[{j},{k}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{k}]",), _JK23),), batch=37),
    Public("cp41-local", _CP_41, "b37_two_sigmoid", "b37_compphys_41",
           "$$ \\frac{\\partial a_j^L}{\\partial w_{jk}^{L}} = \\frac{\\partial a_j^L}{\\partial z_{j}^{L}}\\frac{\\partial"
           " z_j^L}{\\partial w_{jk}^{L}}=a_j^L(1-a_j^L)a_k^{L-1}, $$", ((C, C),),
           (Twin("value", "a2[{j}]*(1 - a2[{j}])*a1[{k}]",
                 ("a2[{j}]*(1 - a2[{j}])*a1[{k}]", "a2[{j}]*(1 - a2[{j}])*a1[{k}]"), _JK23),), batch=37,
           why="a local derivative, twinned as a value"),
    # ---- proxieslive's copy of a question on gradient checking: plain text with Markdown's *italics* and **bold**, an
    # en dash for minus, long capitalised names, d(...)/dX, the typo DZLayerOutput, a parenthesised remark after the
    # chain ------------------------------------------------------------------------------------------------------
    Public("proxies-dA", _PROXIES, "b37_proxies", "b37_proxies",
           "*dCost/dALayerOutput* = d( 1/m * sum( (ALayerOutput – y)^2 ) )/dALayerOutput = 2/m * (ALayerOutput – y) ="
           " **dA**", ((C, C, C),),
           (Twin("value", _PROXIES_DA, (_PROXIES_DA, "2/1*(a2[0] - y[0])", _PROXIES_DA)),), batch=37,
           why="dCost/dA twinned as a value; Cost = 1/m sum (A - y)^2 over one sample and one output"),
    Public("proxies-dZ", _PROXIES, "b37_proxies", "b37_proxies",
           "*dCost/DZLayerOutput* = dA * dALayerOutput/dZLayerOutput = dA * d(ZLayerOutput) = dA * 1 = **dZ** (because i"
           " don’t apply any activation function to the last layer).", ((C, C, C, C),),
           (Twin("gradient_z", "z2[0]", (_PROXIES_DA, f"{_PROXIES_DA}*1", f"{_PROXIES_DA}*1", _PROXIES_DA)),), batch=37,
           why="D for d in dCost/DZLayerOutput, and d(ZLayerOutput) for the identity's derivative, as the asker writes"
               " them; the line's remark in parentheses kept"),
    Public("proxies-dW", _PROXIES, "b37_proxies", "b37_proxies",
           "*dCost/DWeightOutput* = dZ * dZLayerOutput/dWeightOutput = dZ * d(WeightOutput * ALayerHidden +"
           " BiasOutput)/dWeightOutput = dZ * ALayerHidden = **dW**", ((C, C, C, C),),
           (Twin("gradient", "W2[0,0]", (f"{_PROXIES_DA}*a1[0]",) * 4),), batch=37),
    Public("proxies-update", _PROXIES, "b37_proxies", "b37_proxies",
           "netWeightsLayerOutput = netWeightsLayerOutput – (learningRate * dW)", ((C,),),
           (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_PROXIES_DA}*a1[0]",)),), batch=37),
    # ---- Sparkery's Perceptron README (a repository page of the pages corpus): the input missing from dE/dw --------
    Public("sparkery-dEdw", _SPARKERY, "b37_sparkery", "b37_sparkery", "dE/dw = (z - p)*(z(1 - z)),", ((W,),),
           (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),), batch=37,
           why="the README's dE/dw is dE/dnet: the weight's input x is missing (\"The formula for this is dE/dw = ...,"
               " where p is the expected output\")"),
    # ---- extraproxies' copy of a Mathematics Stack Exchange question: "$ $ ... $ $" (the copy's split $$), the sigmoid
    # mistyped with the exponent on (1+e) ---------------------------------------------------------------------------
    Public("extraproxies-sigmoid", _EXTRAPROXIES, "b37_sigmoid_unit", "b37_sigmoid_unit",
           "$ $ \\sigma(x) = \\frac{1}{(1+e)^{-x}} $ $", ((W,),),
           (Twin("value", "sigmoid(z1[0])", ("1/((1 + np.e)**(-z1[0]))",)),), batch=37,
           why="the asker's sigmoid with the parenthesis misplaced: 1/(1 + e^{-x}) is meant"),
    # ---- Nemotron's copy of "Numerical Check of Gradient in Neural Network" (Cross Validated): the answer's two
    # readings of J, the network's output (against the loss the question names) and the squared loss -------------
    Public("numcheck-J-output", _NUMCHECK, "b37_numcheck", "b37_numcheck", "$$\nJ(\\theta) = ax_1 + bx_2 + c - y.\n$$",
           ((W,),), (Twin("value", "0.5*(a1[0] - y[0])**2", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0] - y[0]",)),),
           batch=37, why="the answer's \"If it is the output (without activation functions) directly\": the question's"
                         " mistake, J taken for the output minus y; J is the squared loss (the question's, and the"
                         " notation's)"),
    Public("numcheck-J-loss", _NUMCHECK, "b37_numcheck", "b37_numcheck",
           "$$\nJ(\\theta) = \\frac{1}{2}(ax_1 + bx_2 + c - y)^2,\n$$", ((C,),),
           (Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0] - y[0])**2",)),),
           batch=37),
]
