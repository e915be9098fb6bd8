r"""Batch 135 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 22 addresses no earlier batch used, all English GitHub threads of the issues corpus (this batch's
emphasis on English sources: the pages corpus, searched first, gave English pages that earlier batches had taken or
that it stores only from their beginnings, before any formula; the issues corpus gave course, book and tutorial
repositories' threads where people post their derivations, their code and the fixes): mempirate/simple-neural-network#1
(a student's chain for one sigmoid neuron in plain text, dL/dweights = dL/doutputs * doutputs/dsigmoid * dsigmoid/dz *
dz/dweights), NeuromatchAcademy/course-content-dl#176 (W1D2's analytical exercise: the solution's ∂𝑙𝑜𝑠𝑠/∂𝑤_1 = 2
𝑤_2⋅𝑥⋅(...) in Unicode's math italics, its missing minus sign and the fix in Markdown bold, **-**),
gavinkhung/machine-learning-visualized#5 (the linear regression page's weight update in $$ displays,
\frac{\partial}{\partial w} [L(\vec{w}, b)] and its sum over the n samples), gy910210/neural-network-from-scratch#2 (a
proposed Tanh backward, (1.0 + np.square(output)) * top_diff, from (tanx)'=sec²x=1+tan²x), kvark/meganeura#60 (a PR's
line, dL/dx = dL/dy * (1 - y^2)), DrBigMau/LSTM-from-Scratch-in-Python#1 (the Sigmoid class's backward, np.multiply),
RubixML/ML#440 (a review thread's PHP diff: // comments saying dZ = (output - expected) for the sigmoid and the
softmax under their cross-entropies, the removed line with its - and the added ones with their +),
tf-encrypted/tf-encrypted#727 (the binary cross-entropy in a code span, log without parentheses), mantasu/cs231n#10 (the
maintainer's $$ \nabla_{\hat y_i}L_n=\begin{cases}...\end{cases} $$ with Markdown's \\\\ row break),
hunkim/DeepLearningZeroToAll#112 (two code spans in a sentence, the lab's d_l2 = diff * sigma_prime(l2) and the asker's
d_l2 = diff), andersbll/nnet#4 (a helper tanh_d that returns tanh itself, and the fix),
PacktPublishing/Neural-Network-Projects-with-Python#4 (the book's sigmoid_derivative of the output, and the reader's
definition of it at the input), HomericIntelligence/Odyssey#2134 (the softmax's backward in code spans with Σ_k, a
bullet's bold label and numbered steps), udacity/sdc-issue-reports#137 (MiniFlow's Linear node: the asker's
d(Z_il)/d(X_ij)=d(X_ijW_jl+b_l)/d(X_ij)=W_jl and the lesson's d(Z_il)/d(X_ij)=X_ijW_jl+b_l=W_jl in one sentence),
harvard-edge/cs249r_book#1341 (a list item's d/dx tanh(x) = 1 - tanh(x)^2), oreilly-japan/deep-learning-from-scratch-2#26
(an issue title quoting the book's RNN line dt = dh_next * (1 - h_next ** 2) and the asker's dt = 1 / (1 - h_next **
2)), JamorMoussa/NanoTorch#5 (the sigmoid and its derivative in $$ displays, the derivative's \partial missing from its
numerator), OpenMined/UnityWorker#250 (a maintainer's relu and relu_backprop defs typed in a comment, the second's else
without its colon), sebastian-lapuschkin/lrp_toolbox#14 (the Tanh module's backward, DY*(1.0-self.Y**2), and the
asker's chain of code spans, `DY*(1.0-self.Y**2)` = `DY*(1-tanh(self.X)**2)` = `DY`* dy/dx), djib2011/python_ml_tutorial#1
(notebook 19's linear regression gradients as the asker quotes them, - (2 / sum(x)) * sum(...), the maintainer's fix
with len(x), and the asker's updates w = w - (a*dw)), eriklindernoren/ML-From-Scratch#124 (LogisticRegression's
self.param -= self.learning_rate * -(y - y_pred).dot(X)) and dannyneil/spiking_relu_conversion#1 (MATLAB's nnbp.m,
d{n} = - nn.e for ReLU output units, and the asker's masked d{n} = - nn.e .* single(nn.a{n} > 0)). Copied verbatim,
typos and mistakes included (a line's indentation and its diff marker, a comment's //, Markdown's code spans, bullets and bold, Unicode's letters), each with
the notation a teacher would write for the page under shared/spec/notation.md (and docs/notation.md for what the
product documents: a helper's derivative word declared "sigmoid' at output" where the page calls it with the
outputs, "sigmoid' at input", "tanh' at input" and "relu' at input" where it is the derivative at its argument; a def
whose name the notation gives a quantity, a Tanh layer's backward = dL/dX; the issue's "sigmoid" and "outputs" both
the neuron's output, as the asker's chain uses them; Odyssey's dot_product written out over the three outputs; the
learning rate's names a and self.learning_rate), a network of the kind the page describes (all in
tests/public_formulas_batch135_tables.py; the pages give no numbers, so the problem files' rate is batch_tables' 0.1
and the twins' updates use eta), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py), the oracle
run on them and committed before check was. A code's or a page's derivative by a layer's input or output (dZ, d_l2,
dt, self.dinputs, dL/dx, grad_input[i], a backward's returned dL/dX) is twinned as the oracle's gradient_z where it is
dL/dz, and as a value otherwise (deriv, dot_product, doutputs/dsigmoid = 1, dz/dweights = x, d(Z_il)/d(X_ij), a
def's body at its argument, the loss's definition), as in batches 14 to 131. Formulas keep their page's delimiters and
what surrounds them on their line; what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 135

The batch: 44 formulas from 22 addresses (djib2011's 6, Neuromatch's 4, mempirate's, RubixML's and Odyssey's 3 each,
gavinkhung's, DrBigMau's, andersbll's, Packt's, NanoTorch's, UnityWorker's, lrp_toolbox's and dannyneil's 2 each,
gy910210's,
kvark's, tf-encrypted's, mantasu's, hunkim's, MiniFlow's, harvard-edge's, oreilly-japan's and eriklindernoren's 1
each): 5 in $$ displays (gavinkhung 2, mantasu 1, NanoTorch 2), 4 in Unicode's math italics (Neuromatch), 6 in plain
text (mempirate 3, kvark, MiniFlow, harvard-edge), 29 code (Python defs and statements, PHP comments in a diff, MATLAB
statements, code spans in sentences, Markdown bullets and titles).

11 are mistaken somewhere (the oracle finds at least one member wrong), and 2 are mistyped:

- Neuromatch's nm-w1 and nm-w2, ∂𝑙𝑜𝑠𝑠/∂𝑤_1 = 2 𝑤_2⋅𝑥⋅(𝑦−𝑤_1⋅𝑤_2⋅𝑥) and the same for 𝑤_2: the solution as the
  issue quotes it, the minus sign of d(y - w_1 w_2 x)/dw lost (the issue's **-** versions, nm-w1f and nm-w2f, are
  right);
- gy910210's gy-back, return (1.0 + np.square(output)) * top_diff: tanh taken for tan, (tan x)' = 1 + tan^2 x where
  (tanh x)' = 1 - tanh^2 x;
- hunkim's hk-dl2, its second code span, d_l2 = diff (the asker's, the cross-entropy's cancellation; under the lab's
  half squared error, as #25 and the maintainer say, the lab's d_l2 = diff * sigma_prime(l2), the first span, is
  right);
- andersbll's an-tanhd, def tanh_d(x): e = np.exp(2*x); return (e-1)/(e+1): tanh itself, not its derivative (the
  issue's fix, an-fix, 1-e**2 of e = tanh(x), is right);
- Packt's pk-ask, the reader's def sigmoid_derivative(x): return sigmoid(x) * (1.0 - sigmoid(x)): the derivative at the
  input, where the book calls the helper with outputs (self.output, self.layer1), whose derivative is x * (1.0 - x)
  (pk-code, the book's, right; the answer in the thread says so);
- MiniFlow's mf-dzdx, its second chain, d(Z_il)/d(X_ij)=X_ijW_jl+b_l=W_jl (the lesson's as the asker quotes it): its
  middle member is the sum's term, not a derivative (the asker's chain, the first, is right);
- oreilly-japan's oj-title, the title's second statement, dt = 1 / (1 - h_next ** 2) (the asker's: the slope's
  reciprocal without dh_next; the book's dt = dh_next * (1 - h_next ** 2), the first, is right);
- djib2011's dj-dw0 and dj-db0, dw = - (2 / sum(x)) * sum(x * (y - y_hat)) and the same for db: the notebook's lines as
  the asker quotes them, sum(x) where the number of samples len(x) was meant (the maintainer's slip, which he fixed:
  dj-dw and dj-db, right);
- dannyneil's dn-lin, d{n} = - nn.e (nnbp.m's output delta of a linear unit, which the repository also used for ReLU
  output units: their derivative, 0 where they are off, left out; the asker's dn-relu, masked, is right);
- mistyped (unreadable): NanoTorch's nt-prime, $$\frac{\sigma(x)}{\partial x} = \sigma(x)(1 - \sigma(x))$$: a fraction
  whose denominator is a derivative's and whose numerator has no \partial (unreadable="\partial x");
- mistyped (unreadable): UnityWorker's ow-back, def relu_backprop(x): ... else ... : Python's else without its colon
  (unreadable="else"; the def also tests relu_output where its parameter is x).

Not mistaken, though they look it: mempirate's doutputs/dsigmoid = 1 (the asker's outputs and "sigmoid" are the same
value); DrBigMau's deriv and self.dinputs (the issue is that forward stores the output under the name inputs: a
misleading name, the arithmetic right); RubixML's dZ = (output - expected) under both cross-entropies; mantasu's
cases, softmax minus 1 at the correct class c and softmax elsewhere (the one-hot target's a - t); gavinkhung's second
update, w - \eta[-\frac{2}{n} \sum ... x_i(y_i - (wx_i + b))], the mean squared error's gradient with its minus inside
the bracket; lrp_toolbox's chain, each span equal (the asker's doubt is the division that follows it, no claim);
eriklindernoren's self.param -= ... -(y - y_pred).dot(X) (the issue's missing 1/n_samples does not show at one sample,
the step's loss being the mean over the samples).

What was left out: mempirate's dL/doutputs = derivative of loss and dsigmoid/dz = derivative of sigmoid (words for
right sides) and its L = sum (sigmoid(z) - true_outputs)**2 and z = x * weights (definitions in a sentence);
gy910210's title, (tanx)'=sec²x=1+tan²x (tan's derivative, no quantity of the network); kvark's, harvard-edge's and
Odyssey's other text (prose); DrBigMau's forward lines (np.clip of the sigmoid, stores); RubixML's PHP code and its
other comments (prose); tf-encrypted's derivatives in prose ("should be `-(y_true / y_pred - (1 - y_true) / (1 -
y_pred))` but not `y_pred-y_true`", no left side) and its def grad(self, y_true, y_pred): return y_pred - y_true (the
name grad is the oracle's and the product's derivative word); mantasu's L_n cases (a loss defined per class, 0 off
the correct one: no reading of it is the sample's loss); andersbll's self.dW ... - self.weight_decay*self.W lines
(weight decay: the problem format holds no penalty); djib2011's asker's loop (dw += -(2/N) * x_i * (y_i - y_hat),
running sums); lrp_toolbox's `DY/(1.0-self.Y**2)` (no left side); the MiniFlow thread's other comments. Pages and
threads read and not taken: primelearnpoint.com's "Backpropagation solved Numerical 2x2" (the pages corpus holds its
forward pass only, the formulas' left sides stripped), mindabelete.com's single-neuron post, chain-rule-unfolded.pages.dev,
arjunvirk.com's ML Bible chapter 2 and dafriedman97's mlbook chapter 7 (all stored from their beginnings only, before
their derivations), hankcs/CS224n#17 (`yhat - labels`, no left side), hunkim/DeepLearningZeroToAll#20 (Korean, the
collector of other languages' pages; its loss left undecided by the thread), udacity's StudentAdmissions threads (#24,
#75, #99: error terms without left sides, sigmoid_prime(x) of the features), juniorrojas/ff-net#30 and
zyxue/stanford-cs229#25 (regularised losses), OpenMined/PySyft#2148 (YAML derivatives whose key self also names the
input), Apiquet/DeepLearningFrameworkFromScratchCpp#1 (a softmax over one value), tjaskula/Coursera#5 (Octave with a
bias row), and many candidates earlier batches held (the corpora's English threads and Q&A pages on backpropagation are
largely used: studyx, quesba, stats.stackexchange, Nemotron's posts, makeyourownneuralnetwork's and Grokking's threads).

Collected on 2026-12-07 (07:55 to 08:09 by the machine's clock, the oracle's runs included). Every notation was
loaded (notation_loading.load_notation, each with its network) before the run, without judging a formula: all 23
loaded as first written. The oracle's first run passed every verdict as first transcribed (a first run of the first
23 entries, then of each page as it was added, then all 44).

Run blind at main fc65d6d (/work/READY_FOR_BLIND53; src/ as at 703fdc6, main's last change to it; the branch was up
to date with main, so the rebase changed nothing), with nothing under src/ changed. The first run
(/work/batch135_blind.txt): 27 of 44 read with every verdict right (61%), 15 refused, 2 typos refused, no typo read,
no misreading, no crash, NO WRONG FORMULA CALLED CORRECT. None of the refusals was a slip of the notations (none counts
from the wrong number, none names a quantity the page does not mean: Odyssey's dot_product is the page's sum, which the
format takes in no meaning; djib2011's len(x) and gy910210's self.forward are names the notations leave to the page, as
written), so the batch was run once. tests/test_public_formulas_held_out.py -k 135 passed after the rebase (94 tests,
check's included).

Of the 11 mistaken formulas, 9 were read with their wrong member called wrong (nm-w1 and nm-w2, the lost minus;
hk-dl2's second span, its first called right; an-tanhd, tanh for its derivative; pk-ask, the slope at the input;
oj-title's second statement, its first called right; dj-dw0 and dj-db0, sum(x) for len(x); dn-lin, the linear delta
for ReLU outputs); the other two were refused, gy-back at its local output = self.forward(X) and mf-dzdx at its
unbraced subscripts (below), neither called correct. By page: mempirate's issue 2 of 3, Neuromatch's 4 of 4,
gavinkhung's 2 of 2, gy910210's 0 of 1, kvark's 0 of 1, DrBigMau's 2 of 2, RubixML's 0 of 3, tf-encrypted's 1 of 1,
mantasu's 0 of 1, hunkim's 1 of 1, andersbll's 2 of 2, Packt's 2 of 2, Odyssey's 1 of 3, MiniFlow's 0 of 1,
harvard-edge's 1 of 1, oreilly-japan's 1 of 1, NanoTorch's 1 of 1 (and its typo refused), UnityWorker's 0 of 1 (and its
typo refused), lrp_toolbox's 1 of 2, djib2011's 4 of 6, eriklindernoren's 1 of 1, dannyneil's 1 of 2.

The refusals by construct (15, and the typos'), with the exact message:

- 3, a claim after prose in a // comment of a diff line ("// The loss derivative cancels with the sigmoid derivative,
  so dZ = (output - expected)."): rx-bin: "formula '+ // The loss derivative cancels with the sigmoid derivat...': has
  no left side; write the equation (\frac{\partial L}{\partial w} = ...) or name the parameter with --param"
  (rx-multi the same); rx-old, the removed line with its -: "formula '- // the loss derivative cancels with the sigmoid
  derivat...': holds nothing to judge once its spacing and layout (\, \quad, \left.) and its prose (words in \text,
  remarks) are set aside; write the derivative or the update, e.g. \frac{\partial L}{\partial w} = ...";
- 2, a notation's meaning that is a sum of grad(...) terms (Odyssey's dot_product, which load_notation accepted):
  od-dot: "formula 'dot_product = \\Sigma _k(grad_output[k] * s_k)': dot_{product}: 'dot_product' means
  'grad(a2[0])*a2[0] + grad(a2[1])*a2[1] + grad(a2[2])*a2[2]' (no placeholders): grad(...) stands alone in a meaning,
  with at most a sign, a number or the learning rate before it (-grad(z1[:]), 0.5*grad(W1[0, 0]), -eta*grad(W2[0,
  :])); write the rest in the formula" (od-apply the same);
- 2, len(x) for the number of samples: dj-dw: "formula 'dw = - (2 / len(x)) * sum(x * (y - y_hat))': len(x) counts
  the samples, and nothing says how many a step takes: give the count in the notation's [notation.symbols] ("m" = "1",
  the one sample check reads), or write 1/m with m so given" (dj-db the same);
- 1, a sentence's first word before the left side: mp-chain: "formula 'For dL/dweights (derivative of L wrt to
  weights) = dL/dou...': unknown symbol For; the notation knows outputs, sigmoid, true, weights, x, z; a name of
  several letters is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "For" = "..." (e.g. "a1[0]")";
- 1, a def's local assigned by a method call: gy-back: "formula 'output = self.forward(X)': self.forward(...): a method
  called on an object, which the notation does not name; name it in the notation's functions ("self.forward" =
  "sigmoid" or a derivative word's "sigmoid' at input"), or its value in [notation.symbols]";
- 1, a power of a name the notation gives a whole layer: kv-tanh: "formula 'dL/dx = dL/dy * (1 - y^2)': y^{2} matches
  none of the notation's patterns for y ('y')";
- 1, a case distinction on the correct class: ms-cases: "formula '\\nabla_{\\hat y_i}L_n=\\begin{cases}
  (\\frac{e^{\\hat y_i}}{\\...': a case distinction whose condition i = c compares neither index letters nor
  quantities; check each case on its own, with --when";
- 1, plain text's unbraced two-letter subscripts (X_ij, W_jl): mf-dzdx: "formula
  'd(Z_il)/d(X_ij)=d(X_ijW_jl+b_l)/d(X_ij)=W_jl': X_{i} matches none of the notation's patterns for X ('X_{ij}')";
- 1, a def with an if and an else: ow-relu: "formula 'def relu(x): if(x > 0): return x else: return 0': the
  definition of relu is more than one return line after locals (a conditional, a loop, an augmented assignment, a call
  alone); check reads local names assigned once, then the value: def relu(x): s = ... then return ..., or R's relu =
  function(x) { s = ...; s * (1 - s) } (a docstring and comments aside)";
- 1, words and a comma before a chain of code spans: lr-chain: "formula 'As I see it, DY*(1.0-self.Y**2) =
  DY*(1-tanh(self.X)**2) ...': unexpected at ',' (position 12); a comma after a member is no product: write \cdot (or
  \,) for one, or give a second claim its own left side (A = B, \quad C = D)";
- 1, MATLAB's comparison inside a call, single(nn.a{n} > 0): dn-relu: "formula 'd[n] = - nn.e \\odot single(nn.a[n] >
  0)': expected ')' to close the arguments at '>' (position 38)";
- the typos: nt-prime, "\frac{\sigma(x)}{\partial x}: the denominator is a derivative's (\partial x) but the numerator
  \sigma(x) has no \partial at '\\frac' (position 1); write \frac{\partial \sigma(x)}{\partial x}" (naming it);
  ow-back, refused with ow-relu's message, "the definition of relu_backprop is more than one return line after locals
  (a conditional, ...)" (which blind_batch.py reports as naming it: the message quotes the formula and its else,
  though what it says is the def's conditional, not the missing colon).

Which look general: a claim after prose in a code comment ("..., so dZ = ..."), a def with if/else, len(x) or N for
the samples' count, a method call on self as a local, a power of a whole-layer name (y^2), a case distinction on the
correct class, plain text's unbraced subscripts of two letters; page-specific: the sentence's "For" and "As I see it,"
run into formulas, MATLAB's single(... > 0), Odyssey's dot_product (a notation's meaning the format refuses).

Read, among the constructs these pages brought: Unicode's math italic letters with ⋅ and U+2212, and a minus in
Markdown bold (**-**); $$ displays with the derivative as an operator on a bracket, \frac{\partial}{\partial w}
[L(\vec{w}, b)], and a sum over the n samples with wx_i for w x_i; np.multiply statements with aligned =; a loss's
definition in a code span, log without parentheses; two code spans in one sentence, each its own claim (hk-dl2); an
issue title quoting two statements (oj-title); Python defs with a local (tanh_d's e = np.exp(2*x), e = tanh(x)) and
helpers declared "sigmoid' at output"; a bullet's bold label before a code span with Σ_k (od-formula); a list item's
sentence before d/dx tanh(x) = 1 - tanh(x)^2; the sigmoid's definition in a $$ display; a module's def
backward(self,DY) with self.Y; updates with a learning rate named a, and sum(x) of one sample; -= with .dot(X) over a
rule of three weights; MATLAB's d{n} = - nn.e.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch135_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_MP = "https://github.com/mempirate/simple-neural-network/issues/1"
_NM = "https://github.com/NeuromatchAcademy/course-content-dl/issues/176"
_GK = "https://github.com/gavinkhung/machine-learning-visualized/issues/5"
_GY = "https://github.com/gy910210/neural-network-from-scratch/issues/2"
_KV = "https://github.com/kvark/meganeura/pull/60"
_DB = "https://github.com/DrBigMau/LSTM-from-Scratch-in-Python/issues/1"
_RX = "https://github.com/RubixML/ML/pull/440"
_TF = "https://github.com/tf-encrypted/tf-encrypted/pull/727"
_MS = "https://github.com/mantasu/cs231n/issues/10"
_HK = "https://github.com/hunkim/DeepLearningZeroToAll/issues/112"
_AN = "https://github.com/andersbll/nnet/issues/4"
_PK = "https://github.com/PacktPublishing/Neural-Network-Projects-with-Python/issues/4"
_OD = "https://github.com/HomericIntelligence/Odyssey/issues/2134"
_MF = "https://github.com/udacity/sdc-issue-reports/issues/137"
_HV = "https://github.com/harvard-edge/cs249r_book/issues/1341"
_OJ = "https://github.com/oreilly-japan/deep-learning-from-scratch-2/issues/26"
_NT = "https://github.com/JamorMoussa/NanoTorch/issues/5"
_OW = "https://github.com/OpenMined/UnityWorker/pull/250"
_LR = "https://github.com/sebastian-lapuschkin/lrp_toolbox/issues/14"
_DJ = "https://github.com/djib2011/python_ml_tutorial/issues/1"
_EL = "https://github.com/eriklindernoren/ML-From-Scratch/issues/124"
_DN = "https://github.com/dannyneil/spiking_relu_conversion/issues/1"


def _rule(**sizes) -> tuple:
    """Every combination of the letters' values, each letter from 0 to its size - 1."""
    rows = [{}]
    for letter, size in sizes.items():
        rows = [{**row, letter: value} for row in rows for value in range(size)]
    return tuple(rows)


_I3 = _rule(i=3)
_J3 = _rule(j=3)
_J4 = _rule(j=4)
_K2 = _rule(k=2)
_K3 = _rule(k=3)

# the ShallowNarrow network: y_hat = w_2 w_1 x
_NM_R = "(y[0] - W1[0,0]*W2[0,0]*x[0])"
# gy910210's 2-3-2 tanh-softmax network: dL/d a1[j] under the cross-entropy
_GY_A1 = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
# DrBigMau's 3-4-2 network (linear outputs, half the squared error): dL/d a1[j]
_DB_A1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
# Odyssey's softmax under the cross-entropy: dL/ds_k = -t_k/s_k, the weighted sum sum_k dL/ds_k s_k
_OD_DOT = "((-t[0]/a2[0])*a2[0] + (-t[1]/a2[1])*a2[1] + (-t[2]/a2[2])*a2[2])"
_OD_IN = f"a2[{{i}}]*(-t[{{i}}]/a2[{{i}}] - {_OD_DOT})"
# MiniFlow's Linear node (one sample, three inputs, two outputs), 1-based j and l: dZ_l/dX_j = W_jl
_MF_JL = tuple({"i": 1, "j": j + 1, "l": l + 1, "w": f"W1[{l},{j}]", "term": f"x[{j}]*W1[{l},{j}] + b1[{l}]"}
               for j in range(3) for l in range(2))
# the RNN cell's tanh step, a 2-3-2 network under half the squared error: dL/d h_next[j]
_OJ_A1 = "((a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}])"
# the toolbox's 2-3-2 tanh-softmax MLP under the cross-entropy: DY = dL/dY of the Tanh module
_LR_DY = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"

ENTRIES = [
    # ---- mempirate/simple-neural-network#1: plain text lines of the question (d before each name, * the product)
    Public("x5-mp-chain", _MP, "b135_mp", "b135_mp",
           "For dL/dweights (derivative of L wrt to weights) = dL/doutputs * doutputs/dsigmoid * dsigmoid/dz * "
           "dz/dweights", ((C,),),
           (Twin("gradient", "W1[0,{i}]", ("2*(a1[0] - y[0])*1*a1[0]*(1 - a1[0])*x[{i}]",), _I3),), batch=135,
           why="the question's chain, a parenthesis of words after its left side; weights the weight vector (a rule "
               "over its three weights), doutputs/dsigmoid = 1 as the asker says"),
    Public("x5-mp-one", _MP, "b135_mp", "b135_mp", "doutputs/dsigmoid = 1", ((C,),),
           (Twin("value", "1", ("1",)),), batch=135,
           why="the asker's outputs and sigmoid are the same value (outputs = sigmoid(z))"),
    Public("x5-mp-x", _MP, "b135_mp", "b135_mp", "dz/dweights = x", ((C,),),
           (Twin("value", "x[{i}]", ("x[{i}]",), _I3),), batch=135,
           why="z = x * weights: its derivative by weight i is input i"),
    # ---- NeuromatchAcademy/course-content-dl#176: Unicode's math italic letters, ⋅ and − (U+2212); the fix's minus
    # in Markdown bold ------------------------------------------------------------------------------------------------
    Public("x5-nm-w1", _NM, "b135_nm", "b135_nm", "∂𝑙𝑜𝑠𝑠/∂𝑤_1 = 2 𝑤_2⋅𝑥⋅(𝑦−𝑤_1⋅𝑤_2⋅𝑥)", ((W,),),
           (Twin("gradient", "W1[0,0]", (f"2*W2[0,0]*x[0]*{_NM_R}",)),), batch=135,
           why="the solution as the issue quotes it: the minus sign of d(y - w_1 w_2 x)/dw_1 lost"),
    Public("x5-nm-w2", _NM, "b135_nm", "b135_nm", "∂𝑙𝑜𝑠𝑠/∂𝑤_2 = 2 𝑤_1⋅𝑥⋅(𝑦−𝑤_1⋅𝑤_2⋅𝑥)", ((W,),),
           (Twin("gradient", "W2[0,0]", (f"2*W1[0,0]*x[0]*{_NM_R}",)),), batch=135),
    Public("x5-nm-w1f", _NM, "b135_nm", "b135_nm", "∂𝑙𝑜𝑠𝑠/∂𝑤_1 = **-** 2 𝑤_2⋅𝑥⋅(𝑦−𝑤_1⋅𝑤_2⋅𝑥)", ((C,),),
           (Twin("gradient", "W1[0,0]", (f"-2*W2[0,0]*x[0]*{_NM_R}",)),), batch=135,
           why="the issue's correction, its minus sign in Markdown bold"),
    Public("x5-nm-w2f", _NM, "b135_nm", "b135_nm", "∂𝑙𝑜𝑠𝑠/∂𝑤_2 = **-** 2 𝑤_1⋅𝑥⋅(𝑦−𝑤_1⋅𝑤_2⋅𝑥)", ((C,),),
           (Twin("gradient", "W2[0,0]", (f"-2*W1[0,0]*x[0]*{_NM_R}",)),), batch=135),
    # ---- gavinkhung/machine-learning-visualized#5: the issue's $$ displays --------------------------------------------
    Public("x5-gk-op", _GK, "b135_gk", "b135_gk",
           r"$$w = w - \eta \frac{\partial}{\partial w} [L(\vec{w}, b)]$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=135,
           why="the derivative as an operator applied to a bracketed L(\\vec{w}, b)"),
    Public("x5-gk-sum", _GK, "b135_gk", "b135_gk",
           r"$$w = w - \eta[-\frac{2}{n} \sum_{i=1}^{n} x_i(y_i - (wx_i + b))]$$", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*(-2*x[0]*(y[0] - (W1[0,0]*x[0] + b1[0])))",)),), batch=135,
           why="the mean squared error's gradient over the n samples (one here), wx_i the product w x_i"),
    # ---- gy910210/neural-network-from-scratch#2: the proposal, a method of four-space indentation ----------------------
    Public("x5-gy-back", _GY, "b135_gy", "b135_gy",
           "def backward(self, X, top_diff):\n        output = self.forward(X)\n"
           "        return (1.0 + np.square(output)) * top_diff", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"(1 + a1[{{j}}]**2)*{_GY_A1}",), _J3),), batch=135,
           why="the Tanh layer's backward (dL/dX) as the issue proposes it, from (tanx)'=sec²x=1+tan²x: tan's "
               "derivative for tanh's, 1 + output^2 where 1 - output^2"),
    # ---- kvark/meganeura#60: the PR description's line ---------------------------------------------------------------
    Public("x5-kv-tanh", _KV, "b135_kv", "b135_kv",
           "Element-wise tanh(x) activation. Gradient: dL/dx = dL/dy * (1 - y^2).", ((C,),),
           (Twin("gradient_z", "z1[{j}]", ("(a2[0] - y[0])*W2[0,{j}]*(1 - a1[{j}]**2)",), _J3),), batch=135,
           why="x the op's input, y = tanh(x) its output; a sentence before the claim on its line"),
    # ---- DrBigMau/LSTM-from-Scratch-in-Python#1: the Sigmoid class's backward as the issue quotes it (eight spaces,
    # aligned =) -------------------------------------------------------------------------------------------------------
    Public("x5-db-deriv", _DB, "b135_db", "b135_db", "        deriv        = np.multiply(sigm, (1 - sigm))", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("a1[{j}]*(1 - a1[{j}])",), _J4),), batch=135,
           why="sigm the layer's output (forward stores it as self.inputs, the issue's point); deriv the "
               "sigmoid's slope written of its output"),
    Public("x5-db-dinputs", _DB, "b135_db", "b135_db", "        self.dinputs = np.multiply(deriv, dvalues)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"a1[{{j}}]*(1 - a1[{{j}}])*{_DB_A1}",), _J4),), batch=135,
           why="dvalues dL/d(output), self.dinputs dL/d(input)"),
    # ---- RubixML/ML#440: PHP comments in the review thread's diff, the removed line (-) and the added ones (+) ------
    Public("x5-rx-old", _RX, "b135_rb", "b135_rb",
           "-            // the loss derivative cancels with the sigmoid derivative, so dZ = (output - expected).",
           ((C,),), (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=135,
           why="Binary.php's removed comment, the diff's - before it; sigmoid output, binary cross-entropy"),
    Public("x5-rx-bin", _RX, "b135_rb", "b135_rb",
           "+        // The loss derivative cancels with the sigmoid derivative, so dZ = (output - expected).", ((C,),),
           (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),), batch=135),
    Public("x5-rx-multi", _RX, "b135_rm", "b135_rm",
           "+        // The loss derivative cancels with the softmax derivative, so dZ = (output - expected).", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("a2[{k}] - t[{k}]",), _K3),), batch=135,
           why="Multiclass.php's: softmax outputs under the cross-entropy, expected the one-hot labels"),
    # ---- tf-encrypted/tf-encrypted#727: the loss in a Markdown code span, a comma and a space before its closing tick
    Public("x5-tf-bce", _TF, "b135_tf", "b135_tf",
           "`BinaryCrossentropy_loss(y_true, y_pred)= -(y_true log y_pred+(1-y_true)log (1-y_pred)), `", ((C,),),
           (Twin("value", "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",
                 ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),), batch=135,
           why="the loss's definition, a value; log without parentheses around its argument"),
    # ---- mantasu/cs231n#10: the maintainer's $$ display with cases (Markdown's \\\\ for TeX's \\) ---------------------
    Public("x5-ms-cases", _MS, "b135_ms", "b135_ms",
           r"$$\nabla_{\hat y_i}L_n=\begin{cases}\left(\frac{e^{\hat y_i}}{\sum_{i'} e^{\hat y_{i'}}}\right)-1, & "
           r"\text{when } i=c \\\\ \left(\frac{e^{\hat y_i}}{\sum_{i'} e^{\hat y_{i'}}}\right), & \text{otherwise}"
           r"\end{cases}$$", ((C,),),
           (Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3),), batch=135,
           why="\\hat y_i the scores (the softmax's inputs), c the correct class: softmax - 1 there, softmax "
               "elsewhere, which is a - t for the one-hot target"),
    # ---- hunkim/DeepLearningZeroToAll#112: two code spans in the asker's sentence ---------------------------------
    Public("x5-hk-dl2", _HK, "b135_hk", "b135_hk",
           "Line 43, `d_l2 = diff * sigma_prime(l2)`, I think it should be `d_l2 = diff`.", ((C,), (W,)),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])",), _K3),
            Twin("gradient_z", "z2[{k}]", ("a2[{k}] - y[{k}]",), _K3)), batch=135,
           why="the lab's line (right under its half squared error, as #25 says) and the asker's (the "
               "cross-entropy's cancellation, wrong here)"),
    # ---- andersbll/nnet#4: helpers.py's tanh_d as the issue quotes it, and its fix (``` blocks, four spaces) --------
    Public("x5-an-tanhd", _AN, "b135_an", "b135_an",
           "def tanh_d(x):\n    e = np.exp(2*x)\n    return (e-1)/(e+1)", ((W,),),
           (Twin("value", "1 - tanh(z1[0])**2", ("(exp(2*z1[0]) - 1)/(exp(2*z1[0]) + 1)",)),), batch=135,
           why="the helper's body is tanh(x) itself, not its derivative"),
    Public("x5-an-fix", _AN, "b135_an", "b135_an", "def tanh_d(x):\n    e = tanh(x)\n    return 1-e**2", ((C,),),
           (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),), batch=135,
           why="the issue's fix, a local e = tanh(x)"),
    # ---- PacktPublishing/Neural-Network-Projects-with-Python#4: the book's helper and the reader's -------------------
    Public("x5-pk-code", _PK, "b135_pk", "b135_pk", "def sigmoid_derivative(x):\n    return x * (1.0 - x)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=135,
           why="called with self.output and self.layer1, outputs of sigmoids (the answer in the thread): the "
               "slope written of the output"),
    Public("x5-pk-ask", _PK, "b135_pk", "b135_pk",
           "def sigmoid_derivative(x):\n    return sigmoid(x) * (1.0 - sigmoid(x))", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(a1[0])*(1.0 - sigmoid(a1[0]))",)),), batch=135,
           why="the asker's: the slope at the input, for a helper the code calls with outputs"),
    # ---- HomericIntelligence/Odyssey#2134: code spans in the Markdown (a bullet's bold label, numbered steps;
    # Σ_k for the sum) ---------------------------------------------------------------------------------------------------
    Public("x5-od-formula", _OD, "b135_od", "b135_od",
           "- **Correct Formula**: `grad_input[i] = s_i * (grad_output[i] - Σ_k(grad_output[k] * s_k))`", ((C,),),
           (Twin("gradient_z", "z2[{i}]", (_OD_IN,), _I3),), batch=135,
           why="the softmax's backward: s the outputs, grad_output dL/ds (the cross-entropy's -t/s here)"),
    Public("x5-od-dot", _OD, "b135_od", "b135_od",
           "2. Calculate the weighted sum: `dot_product = Σ_k(grad_output[k] * s_k)`", ((C,),),
           (Twin("value", _OD_DOT, (_OD_DOT,)),), batch=135,
           why="the issue's name for the sum, which the notation gives as written out over the three outputs"),
    Public("x5-od-apply", _OD, "b135_od", "b135_od",
           "3. Apply correct formula: `grad_input[i] = s_i * (grad_output[i] - dot_product)`", ((C,),),
           (Twin("gradient_z", "z2[{i}]", (_OD_IN,), _I3),), batch=135),
    # ---- udacity/sdc-issue-reports#137: the asker's comment, both chains on one line (the right one and the lesson's)
    Public("x5-mf-dzdx", _MF, "b135_mf", "b135_mf",
           "Actually d(Z_il)/d(X_ij)=d(X_ijW_jl+b_l)/d(X_ij)=W_jl and there is some misunderstanding with your "
           "current approach which is d(Z_il)/d(X_ij)=X_ijW_jl+b_l=W_jl.", ((C, C), (W, C)),
           (Twin("value", "{w}", ("{w}", "{w}"), _MF_JL), Twin("value", "{w}", ("{term}", "{w}"), _MF_JL)),
           batch=135,
           why="dZ_il/dX_ij of MiniFlow's Linear node (Z = XW + b), a rule over j and l: the asker's chain, then "
               "the lesson's as the asker quotes it, whose middle member is the sum's term itself, not its "
               "derivative (X_ijW_jl the product)"),
    # ---- harvard-edge/cs249r_book#1341: a Markdown list item's sentence -------------------------------------------------
    Public("x5-hv-tanh", _HV, "b135_hv", "b135_hv",
           "- add TanhBackward following the same shape as ReLUBackward. math is d/dx tanh(x) = 1 - tanh(x)^2",
           ((C,),), (Twin("value", "1 - tanh(z1[{j}])**2", ("1 - tanh(z1[{j}])**2",), _J3),), batch=135,
           why="the derivative of the activation at its input x, after a sentence on its line"),
    # ---- oreilly-japan/deep-learning-from-scratch-2#26: the title, two quoted statements ----------------------
    Public("x5-oj-title", _OJ, "b135_oj", "b135_oj",
           'RNN backward: "dt = dh_next * (1 - h_next ** 2)" is not correct, it is "dt = 1 / (1 - h_next ** 2)"',
           ((C,), (W,)),
           (Twin("gradient_z", "z1[{j}]", (f"{_OJ_A1}*(1 - a1[{{j}}]**2)",), _J3),
            Twin("gradient_z", "z1[{j}]", ("1/(1 - a1[{j}]**2)",), _J3)), batch=135,
           why="the book's line (right: h_next = tanh(t)) and the asker's replacement, the slope's reciprocal "
               "without dh_next (wrong)"),
    # ---- JamorMoussa/NanoTorch#5: the issue's $$ displays ---------------------------------------------------------------
    Public("x5-nt-sigma", _NT, "b135_nt", "b135_nt", r"$$\sigma(x) = \frac{1}{1 + e^{-x}}$$", ((C,),),
           (Twin("value", "sigmoid(z1[{j}])", ("1/(1 + exp(-z1[{j}]))",), _J3),), batch=135,
           why="the sigmoid's definition at the activation's input x"),
    Public("x5-nt-prime", _NT, "b135_nt", "b135_nt",
           r"$$\frac{\sigma(x)}{\partial x} = \sigma(x)(1 - \sigma(x))$$", unreadable="\\partial x", batch=135,
           why="a fraction whose denominator is \\partial x and whose numerator has no \\partial (d sigma(x)/dx "
               "meant, which its right side is)"),
    # ---- OpenMined/UnityWorker#250: the maintainer's comment, two Python defs as typed (three- and nine-space
    # indentation; the second's else without its colon) ----------------------------------------------------------------
    Public("x5-ow-relu", _OW, "b135_ow", "b135_ow",
           "def relu(x):\n   if(x > 0):\n         return x\n   else:\n         return 0", ((C,),),
           (Twin("value", "z1[0]*Heaviside(z1[0])", ("z1[0]*Heaviside(z1[0])",)),), batch=135,
           why="the ReLU's definition, piecewise in an if and an else"),
    Public("x5-ow-back", _OW, "b135_ow", "b135_ow",
           "def relu_backprop(x):\n    if(relu_output > 0):\n         return 1\n    else\n         return 0",
           unreadable="else", batch=135,
           why="Python's else without its colon (the def also tests relu_output, not its parameter x)"),
    # ---- sebastian-lapuschkin/lrp_toolbox#14: the module's backward in a ``` block, and the asker's chain of code
    # spans in a bullet --------------------------------------------------------------------------------------------------
    Public("x5-lr-back", _LR, "b135_lr", "b135_lr", "def backward(self,DY):\n    return DY*(1.0-self.Y**2)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_LR_DY}*(1.0 - a1[{{j}}]**2)",), _J3),), batch=135,
           why="Tanh.backward: dL/dX, DY times the slope written of the output Y"),
    Public("x5-lr-chain", _LR, "b135_lr", "b135_lr",
           "* As I see it, `DY*(1.0-self.Y**2)` = `DY*(1-tanh(self.X)**2)` = `DY`* dy/dx (as, y=tanh(x)) ?  I was "
           "expecting a calculation which rather returns dx, so  rather the division sign next to `DY` i.e. "
           "`DY/(1.0-self.Y**2)`.", ((C, C),),
           (Twin("value", f"{_LR_DY}*(1.0 - a1[{{j}}]**2)",
                 (f"{_LR_DY}*(1 - tanh(z1[{{j}}])**2)", f"{_LR_DY}*(1 - a1[{{j}}]**2)"), _J3),), batch=135,
           why="the asker's chain of code spans, each equal to the module's product (dy/dx the tanh's slope); the "
               "division the asker expected, after i.e., has no left side"),
    # ---- djib2011/python_ml_tutorial#1: the asker's function (four spaces in), the notebook's gradients as the asker
    # quotes them and the maintainer's fix (a ```python block) -------------------------------------------------------
    Public("x5-dj-w", _DJ, "b135_dj", "b135_dj", "    w = w - (a*dw)", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),), batch=135,
           why="a the learning rate, dw the weight's gradient"),
    Public("x5-dj-b", _DJ, "b135_dj", "b135_dj", "    b = b - (a*db)", ((C,),),
           (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),), batch=135),
    Public("x5-dj-dw0", _DJ, "b135_dj", "b135_dj", "    dw = - (2 / sum(x)) * sum(x * (y - y_hat))", ((W,),),
           (Twin("gradient", "W1[0,0]", ("-(2/x[0])*x[0]*(y[0] - a1[0])",)),), batch=135,
           why="the notebook's line as the asker quotes it: sum(x) where the number of samples, len(x), was meant "
               "(the maintainer's slip, which he fixed)"),
    Public("x5-dj-db0", _DJ, "b135_dj", "b135_dj", "    db = - (2 / sum(x)) * sum(y - y_hat)", ((W,),),
           (Twin("gradient", "b1[0]", ("-(2/x[0])*(y[0] - a1[0])",)),), batch=135),
    Public("x5-dj-dw", _DJ, "b135_dj", "b135_dj", "dw = - (2 / len(x)) * sum(x * (y - y_hat))", ((C,),),
           (Twin("gradient", "W1[0,0]", ("-(2/1)*x[0]*(y[0] - a1[0])",)),), batch=135,
           why="the fix: the mean over the len(x) samples (one here)"),
    Public("x5-dj-db", _DJ, "b135_dj", "b135_dj", "db = - (2 / len(x)) * sum(y - y_hat)", ((C,),),
           (Twin("gradient", "b1[0]", ("-(2/1)*(y[0] - a1[0])",)),), batch=135),
    # ---- eriklindernoren/ML-From-Scratch#124: the quoted line in a ```Python block -----------------------------------
    Public("x5-el-param", _EL, "b135_el", "b135_el", "self.param -= self.learning_rate * -(y - y_pred).dot(X)", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(-(y[0] - a1[0])*x[{i}])",), _I3),), batch=135,
           why="-= with the gradient of the cross-entropy, a rule over the three weights; the issue's point, the "
               "missing 1/n_samples, does not show at one sample (the step's loss is the mean over the samples)"),
    # ---- dannyneil/spiking_relu_conversion#1: MATLAB lines of the issue's ``` matlab blocks (nnbp.m's output delta) -----
    Public("x5-dn-relu", _DN, "b135_dn", "b135_dn", "    d{n} = - nn.e .* single(nn.a{n} > 0);", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("-(y[{k}] - a2[{k}])*Heaviside(z2[{k}])",), _K2),), batch=135,
           why="the asker's case 'relu' for ReLU output units: the error masked where the unit is off"),
    Public("x5-dn-lin", _DN, "b135_dn", "b135_dn", "        d{n} = - nn.e;", ((W,),),
           (Twin("gradient_z", "z2[{k}]", ("-(y[{k}] - a2[{k}])",), _K2),), batch=135,
           why="the repository's line, under case {'softmax','linear', 'relu'}: a linear unit's delta for ReLU "
               "output units, whose derivative is 0 where they are off"),
]
