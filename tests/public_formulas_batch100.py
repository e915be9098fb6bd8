r"""Batch 100 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 11 addresses no earlier batch used (the code corpus, with its emphasis on the files students hand in
and on languages the batches had seldom held: all eleven files code, none in Python): MrLolegic's Lua FFNN.lua (a
2-2-2-1 network written out unit by unit: function ... end definitions, tables indexed from 1 such as
weights[2][1][2], local, ^ for the power, its sample inputs = {0.5, 0.1}, target = 0.4 and lr = 0.1); geloganu's two
Fortran programs XOR_4t_sigmoid.f and XOR_4t_tanh.f (whole-array arithmetic with matmul and transpose, 1. and 1./
for reals, ** for the power, sum(...), the samples OI's rows with the constant 1 as a third input); two Haskell
files, larrytheliquid's Perceptron.hs (type signatures above definitions by application, f x y = ..., product
[...], a primed argument actualOutput', succ for + 1) and 89netraM's Network.hs (Data.Matrix's #* #- #+, multStd,
scaleMatrix, transpose, a lambda mapped with fmap, a constructor pattern (Layer w th), thresholds subtracted); two
Dart files of enesdemirag's neuraldart, neuralnetwork.dart (typed locals double delta = ..., chains of fields
nn.layers[i - 1].neurons[k].value, += loops, weights_old the updated weights) and utils.dart (typed functions,
math.pow(math.e, ...), .toDouble()); animesh's C# Program.cs (Mazur's 2-2-2 example with input {0.5, 0.1}, targets
{0.99, 0.01}, one bias per layer, Math.Pow(..., 2), += and -= in nested loops over [j, i]); marinso's Swift
Neuron.swift (self. fields, exp(self.x * (-1))); mtricolici's Ruby math.rb (def ... end, the last expression the
value, a block's body); jomof's Kotlin Math.kt (fun with typed parameters, val s). Copied verbatim, typos and mistakes
included, each with the notation a teacher would write for the page under shared/spec/notation.md (and
docs/notation.md for what the product documents), a network of the kind the page describes (with the page's numbers
where it gives them: Program.cs's inpw {{0.15, 0.20}, {0.25, 0.3}}, hidw {{0.4, 0.45}, {0.5, 0.55}}, biases 0.35 and
0.6, lr 0.5; FFNN.lua's sample and rate; the Fortran programs' ALPHA 11 and 100 and their third input 1; all in
tests/public_formulas_batch100_tables.py), and its true verdicts, from PyTorch-oracle twins (tests/seed_verbatim.py),
the oracle run on them and committed before check was. A derivative by an activation or an output or a local
derivative (sigmoid_prime, sigmoidDerivative, actualOutputDerivative, gradient, sigmoidprim, sigmoidPrime) is twinned
as a value, as in batches 14 to 98; so is a forward value, a function's definition (judged at a sum, or at an output
where the page writes the derivative of the output, x * (1 - x)), a loss's definition and a loop's accumulated sum
(the value once the loop is done: sum +=, delin +=, error +=, gradient_sum +=); an error term the page writes as
-dE/dnet (Perceptron.hs's outputErrorTerm and hiddenErrorTerm, Network.hs's outputError and backward, math.rb's
result[i]) is a value too, as batch 80's; a function whose value is the updated weight (changedWeight) is twinned as
the update of the weight its arguments name. A loop's line is read at one pass the notation fixes (neuralnetwork.dart's
i = 1, j = 0, k = 0 and the output layer's i = 0, j = 0; Program.cs's j = 0), as batch 98 did, the notation giving
the loop variables those numbers. Formulas keep their page's delimiters and what surrounds them on their line (a code
line's indentation, its tab, a trailing ;, a trailing space, a function's whole definition with its Haskell type
signature); what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 100

The batch: 57 formulas from 11 addresses (FFNN.lua 13, XOR_4t_sigmoid.f 7, XOR_4t_tanh.f 3, Perceptron.hs 5,
Network.hs 6, neuralnetwork.dart 9, utils.dart 3, Program.cs 4, Neuron.swift 2, math.rb 3, Math.kt 2).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- FFNN.lua's hidden[1][2] = sigmoid(inputs[1] * weights[1][1] + inputs[2] * weights[1][2]) (the second hidden unit
  computed with the first unit's weights, the line above's right side copied: the page's weights[1] holds two
  weights for a layer of two units of two inputs each);
- FFNN.lua's d_hidden[1][1] = d_hidden[2][1] * weights[2][1][1] * sigmoid_prime(hidden[1][1]) and d_hidden[1][2] =
  d_hidden[2][2] * weights[2][2][2] * sigmoid_prime(hidden[1][2]) (each carries back the error of one unit of the
  layer above, where the unit feeds both: the other term left out);
- FFNN.lua's weights[1][2] = weights[1][2] - lr * d_hidden[1][2] * inputs[2] (the first unit's weight from input 2,
  as the forward pass uses it, moved by the second unit's error);
- utils.dart's squaredError, 0.5 * math.pow(2, (target - output)) (2 to the power t - o: math.pow's arguments
  swapped).

Not mistaken, though they look it: the derivatives written of the output (x * (1 - x), actualOutput' * (1 -
actualOutput'), Network.hs's gradient), with which the code calls them; Network.hs's forward with the thresholds
subtracted (the bias is -th) and its outputError, backward and updateWeights with the error t - o (their signs agree);
neuralnetwork.dart's weights_old (the new weights, which updateWeights() then copies, whatever neuron.dart's comments
say); Program.cs's inpw update before hidw's (delin uses the old hidw, as it should); FFNN.lua's d_hidden[2][1] (the
one output feeds it alone).

What was left out: FFNN.lua's hidden[1] = {} and hidden[2][1], hidden[2][2] (the construct of hidden[1][1]'s line),
d_hidden[2][2], the other updates of weights[3], weights[2] and weights[1][1] (the constructs of the lines taken), cut
for the batch's size, and its comment block; the Fortran programs' initialisation (reshape, rand()) and their
trial-pattern lines (input1, print*), and XOR_4t_tanh.f's O2, W1 and W0 lines and its ERROR (the sigmoid file's
constructs); Perceptron.hs's calculateInputNodes and calculateHiddenNodes (bias : ..., no formula), actualOutput and
sumOfProducts (composition and zipWith, helpers with no derivative); Network.hs's sigmoid (the construct of
sigmoidprim's line), prop_sigmoid (a test) and updateThresholds (th #- scaleMatrix learnRate err: right, but its
left side th is minus a parameter, which no twin of an update names); neuralnetwork.dart's hidden error = delta *
previous_output (the same text as the output layer's line) and the updateWeights loop; utils.dart's randomWeight and
sumSquaredError (a loop over the mistaken squaredError); Program.cs's collin lines (one variable set to the sum, the
sum plus the bias, then its sigmoid); Neuron.swift's init; math.rb's array helpers (array_minus_array adds: no
formula of the network); Math.kt has nothing else.

Collected on 2026-12-06 (09:04 to 09:11 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 21 pairs
loaded as first written.

Run blind at main 681649a (/work/READY_FOR_BLIND37; src/ as at 681649a), with nothing under src/ changed. The first
run (/work/batch100_blind.txt): 24 of 57 read with every verdict right (42%), 28 refused, 5 misread (each a right
formula called wrong), no crash, no typo entry, NO WRONG FORMULA CALLED CORRECT. No refusal or misreading was the
notation's fault: the loop variables given numbers ("i" = "1", "j" = "0", "k" = "0", none of the notation's indices)
and gradient_sum = grad(a1[0]) for a running total are what docs/notation.md (an index that is a name the table gives
a whole number is that number where it stands) and docs/formulas.md (+= on a gradient by one is a running total)
describe: one run.

Of the 5 mistaken formulas, 4 read with every verdict right (FFNN.lua's hidden[1][2], d_hidden[1][1], d_hidden[1][2]
and weights[1][2] lines, all called wrong) and 1 was refused (utils.dart's squaredError, at .toDouble()). By page:
FFNN.lua 10 of 13, XOR_4t_sigmoid.f 2 of 7, XOR_4t_tanh.f 1 of 3, Perceptron.hs 0 of 5, Network.hs 0 of 6,
neuralnetwork.dart 4 of 9 (4 misread), utils.dart 1 of 3, Program.cs 1 of 4 (1 misread), Neuron.swift 2 of 2, math.rb
1 of 3, Math.kt 2 of 2.

The refusals by construct (28), with the exact message:

- 11, Haskell's definitions with their type signatures (the whole of both Haskell files): the signature's line f ::
  Double -> ... is joined to the definition and its type names read as symbols: 9 with "unknown symbol Double"
  (hp-chw, hp-het, hp-oet, hp-aod, hp-act, hn-sigp), "Error" (hn-oe, hn-bw) or "Weights" (hn-uw), e.g. hp-chw:
  "formula ': Double -> Double -> Double -> Double node = weight + pr...': unknown symbol Double; the notation knows
  actualOutput, desiredOutput, errorTerm, hiddenNode, n, node, outputErrorTerms, outputNode; give it a meaning in the
  notation's [notation.symbols], e.g. "Double" = "a1[0]"" (the formula as check quotes it has lost the function's
  name and its first arguments: changedWeight weight errorTerm); a class constraint and a lambda, gradient:: Num a =>
  Matrix a -> Matrix a then gradient = fmap (\x -> x*(1-x)) (hn-grad): "formula 'a \\Rightarrow Matrix a -> Matrix a
  gradient = fmap (\\x ->...': unexpected at ')' (position 68)" (=> read as \Rightarrow); a constructor pattern as
  the argument, forward (Layer w th) layRes = fmap sigmoid (multStd w layRes #- th) (hn-fw): "formula ': Layer ->
  LayerResult -> LayerResult forward (Layer w th...': expected ')' to close the arguments at the end";
- 7, Fortran's matmul (fs-O1, fs-O2, fs-D1, fs-W1, fs-W0, ft-O1, ft-D1), e.g. fs-O1: "formula 'O1 =
  1./(1 +exp(-matmul(OI,W0)))': unknown symbol matmul; the notation knows DELTA, O, OI, W, Y; a name of several letters
  is read whole only where the notation names it: give it the quantity it stands for in the notation's
  [notation.symbols], "matmul" = "..." (e.g. "a1[0]")" (the same for the others; the lines without matmul,
  DELTA2 = (O2-Y)*(O2*(1.-O2)), (1.-O2**2) and ERROR = sum(0.5*(Y-O2)**2), read);
- 3, Lua's local before an assignment's name: lu-out: "formula 'local output = sigmoid(hidden[2][1] * weights[3][1]
  + hid...': its left side 'local output' is a phrase of words (unknown symbol local), which check reads only as one
  name the notation gives; write "local output" = "..." in the notation's [notation.symbols] with the quantity it
  stands for (e.g. new(W2[0, 0]) for a weight's new value, grad(W2[0, 0]) for its gradient), and each phrase of its
  right side so (a learning rate's in learning_rate)"; lu-dpred, lu-dout: "formula 'local d_prediction = prediction -
  target': unknown symbol local; the notation knows d, d_hidden, hidden, inputs, output, prediction, target, weights;
  a name of several letters is read whole only where the notation names it: give it the quantity it stands for in the
  notation's [notation.symbols], "local" = "..." (e.g. "a1[0]")" (lu-dout the same);
- 3, a loop's index the line leaves to its loop: a one-letter loop variable the notation gives a number, in code's
  brackets (dn-sum, cs-delin), and an accumulation over the loop's index (cs-err, error += ... over the outputs j),
  e.g. dn-sum: "formula 'sum += nn.layers[i - 1].neurons[k].value * nn.layers[i].n...': the index i has no value
  (nn.layers[].neurons[].value_{i-1,k} uses it outside a sum over i); name it on the left side, with --param (e.g.
  W2[i,i]), or in a sum"; cs-err: "formula 'error += Math.Pow(outputr[j] - outputc[j], 2) / 2': the index j has no
  value; name it on the left side, with --param (e.g. W2[j,i]), or in a sum" (cs-delin: "formula 'delin +=
  (outputc[k] - outputr[k])*outputc[k] * (1 - outp...': the index j has no value; ..." the same, though the notation
  gives j = 0);
- 2, Dart's .toDouble() after the value (du-sig, du-se): "formula 'sigmoid(x) = (1 / (1 + math.pow(math.e, -1 *
  x))).toDouble()': unexpected at '.' (position 50)" (du-se: "formula 'squaredError(output, target) = (0.5 *
  math.pow(2, (target...': unexpected at '.' (position 70)");
- 2, Ruby's def ... end whose last expression is the value, without return (rb-sig, rb-dsig): "formula 'def
  sigmoid(x) 1.0 / (1.0 + Math.exp(-x)) end': has no left side; write the equation (\frac{\partial L}{\partial w} =
  ...) or name the parameter with --param" (rb-dsig: "formula 'def sigmoidDerivative(x) x * (1.0 - x) end': ..." the
  same).

The misreadings (5), each a right formula called wrong:

- 4, a one-letter loop variable the notation gives a number ("i" = "1", "j" = "0", "k" = "0"; none of its indices)
  read as a free index letter, the line judged as a rule over every value: dn-val, nn.layers[i].neurons[j].value =
  utils.sigmoid(sum), judged at i = 0, j = 0 (the input layer's neuron, x[0], against the hidden unit's sigmoid):
  got (('wrong',),); dn-wo, the output layer's weights_old[j] = weights[j] - learning_rate * error, judged over i and
  j: wrong at i = 0, j = 1 ("it is dL/dW2[0,0], the derivative for another parameter: an index is off by one, as when
  units are counted from 1 (or a bias unit is unit 0) (W2[j,i] connects input i to unit j, both counted from 0)");
  dn-wh, the hidden layer's, wrong at i = 1, j = 0, k = 1 (the same detail for W1[0,0]); cs-inpw, inpw[j, i] -=
  lr*delin*hidden[j] * ..., judged over j: wrong at j = 1, i = 0 (delin, the notation's sum for unit 0, used at unit
  1);
- 1, a running total whose term writes no index letter (sumGradient's loop over the output neurons, current_neuron
  its element): dn-gs, gradient_sum += current_neuron.weights[n_index] * current_neuron.gradient, read as the
  notation's gradient_sum (the whole sum, dE/d(the hidden output)) plus the term and called wrong, where
  docs/formulas.md says a += whose term has no such letter is refused (the same line written with = is read right).

Read, among the constructs these pages brought: Lua's function ... end, tables indexed from 1 with literal indices
(weights[2][1][1], d_hidden[1][2]), ^ for the power, its slips (hidden[1][2] with the first unit's weights, the
hidden errors with one term of two, weights[1][2] with the other unit's error); Fortran's 1.-O2 and O2*(1.-O2) on
rows, ** and sum(0.5*(Y-O2)**2); Dart's typed locals (double delta = derivative * (output * (1 - output))); C#'s
hidw[j, i] -= in nested loops; Swift's self. fields and exp(self.x * (-1)); Ruby's block line result[i] = err *
sigmoidDerivative(outArr[i]); Kotlin's fun with typed parameters and val s = sigmoid(value) before return.

Which look general (would appear in much code): Haskell's type signatures (every top-level Haskell definition has one)
and its definitions by application (f x y = ...), lambdas (\x -> ...) and constructor patterns; Fortran's matmul and
transpose (every Fortran network); Lua's local (most Lua code); Ruby's implicit return (every Ruby method); a loop
variable of one letter standing for one pass, and accumulations over a loop (+=) whose index the line leaves to the
loop (in all the imperative languages here). Page- or library-specific: Dart's .toDouble() after math.pow (Dart's num
to double); Data.Matrix's #* #- #+ and multStd; neuraldart's weights_old for the new weights.
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch100_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_LU = "https://github.com/MrLolegic/LuaStuff (Projects/FFNN.lua, commit 1c0796f)"
_FS = "https://github.com/geloganu/artifical_neural_networks (two_layer/XOR_4t_sigmoid.f, commit cba88a3)"
_FT = "https://github.com/geloganu/artifical_neural_networks (two_layer/XOR_4t_tanh.f, commit cba88a3)"
_HP = "https://github.com/larrytheliquid/neurosis (Perceptron.hs, commit 0ab2426)"
_HN = "https://github.com/89netraM/HaskellLab4 (app/Network.hs, commit 210c649)"
_DN = "https://github.com/enesdemirag/neuraldart (lib/src/neuralnetwork.dart, commit 144cd05)"
_DU = "https://github.com/enesdemirag/neuraldart (lib/src/utils.dart, commit 144cd05)"
_CS = "https://github.com/animesh/ANN (ann/Program.cs, commit 006c19e)"
_SW = ("https://github.com/marinso/graphic-autoassiociator (graphic-autoassiociator/Model/Neuron.swift, "
       "commit 4c4c822)")
_RB = "https://github.com/mtricolici/ai-study-2023 (SupervisedLearning/FFNNRuby/ai/math.rb, commit 2b74616)"
_KT = "https://github.com/jomof/nnsrs (main/src/com/github/jomof/nnsrs/Math.kt, commit 3873991)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J4 = tuple({"j": j} for j in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_J2I2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))

# FFNN.lua (2-2-2-1, sigmoid, no biases, half squared error): dL/dz3, dL/dz2[k], dL/dz1[m]
_L3 = "(a3[0] - y[0])*a3[0]*(1 - a3[0])"
_L2 = "(" + _L3 + "*W3[0,{k}]*a2[{k}]*(1 - a2[{k}]))"
_L1 = "((" + _L2.format(k=0) + "*W2[0,{m}] + " + _L2.format(k=1) + "*W2[1,{m}])*a1[{m}]*(1 - a1[{m}]))"
# the Fortran XOR files: dE/dnet of the one output (sigmoid, tanh)
_FD2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_TD2 = "(a2[0] - y[0])*(1 - a2[0]**2)"
# the Haskell files: -dE/dnet of the one sigmoid output under the half squared error
_HD2 = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# Program.cs: dE/d(hidden[0]), the sum over the two outputs
_CD = "((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,0])"

ENTRIES = [
    # ---- MrLolegic's FFNN.lua (Lua): function ... end definitions, tables indexed from 1 (weights[2][1][2]),
    # local, ^ for the power, the forward pass and backward(inputs, prediction, target) in full ---------------------
    Public("lu-sig", _LU, "b100_lua", "b100_lua_f", "function sigmoid(x)\n    return 1 / (1 + math.exp(-x))\nend",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=100),
    Public("lu-dsig", _LU, "b100_lua", "b100_lua_fo", "function sigmoid_prime(x)\n    return x * (1 - x)\nend",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=100,
           why="the derivative written of the unit's output (called with prediction and hidden[l][k])"),
    Public("lu-h11", _LU, "b100_lua", "b100_lua",
           "    hidden[1][1] = sigmoid(inputs[1] * weights[1][1] + inputs[2] * weights[1][2])", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1])",)),), batch=100),
    Public("lu-h12", _LU, "b100_lua", "b100_lua",
           "    hidden[1][2] = sigmoid(inputs[1] * weights[1][1] + inputs[2] * weights[1][2])", ((W,),),
           (Twin("value", "a1[1]", ("sigmoid(x[0]*W1[0,0] + x[1]*W1[0,1])",)),), batch=100,
           why="the second hidden unit's output computed with the first unit's two weights (the line above's right "
               "side copied): the page's weights[1] holds two weights for a layer of two units of two inputs each, so "
               "both units come out equal; the page's slip"),
    Public("lu-out", _LU, "b100_lua", "b100_lua",
           "\tlocal output = sigmoid(hidden[2][1] * weights[3][1] + hidden[2][2] * weights[3][2])", ((C,),),
           (Twin("value", "a3[0]", ("sigmoid(a2[0]*W3[0,0] + a2[1]*W3[0,1])",)),), batch=100,
           why="Lua's local before the name, the line indented by a tab"),
    Public("lu-loss", _LU, "b100_lua", "b100_lua",
           "function loss(prediction, target)\n    return 0.5 * (prediction - target)^2\nend", ((C,),),
           (Twin("value", "(a3[0] - y[0])**2/2", ("0.5*(a3[0] - y[0])**2",)),), batch=100),
    Public("lu-dpred", _LU, "b100_lua", "b100_lua", "  local d_prediction = prediction - target", ((C,),),
           (Twin("value", "a3[0] - y[0]", ("a3[0] - y[0]",)),), batch=100,
           why="dL/d(prediction), the loss's derivative by the output"),
    Public("lu-dout", _LU, "b100_lua", "b100_lua", "  local d_output = d_prediction * sigmoid_prime(prediction)",
           ((C,),), (Twin("gradient_z", "z3[0]", (_L3,)),), batch=100),
    Public("lu-dh21", _LU, "b100_lua", "b100_lua",
           "  d_hidden[2][1] = d_output * weights[3][1] * sigmoid_prime(hidden[2][1])", ((C,),),
           (Twin("gradient_z", "z2[0]", (_L2.format(k=0),)),), batch=100),
    Public("lu-dh11", _LU, "b100_lua", "b100_lua",
           "  d_hidden[1][1] = d_hidden[2][1] * weights[2][1][1] * sigmoid_prime(hidden[1][1])", ((W,),),
           (Twin("gradient_z", "z1[0]", (_L2.format(k=0) + "*W2[0,0]*a1[0]*(1 - a1[0])",)),), batch=100,
           why="the error carried back from the first unit of hidden[2] only: hidden[1][1] feeds both units of the "
               "layer above (weights[2][1][1] and weights[2][2][1]), and d_hidden[2][2] * weights[2][2][1] is left "
               "out; the page's slip"),
    Public("lu-dh12", _LU, "b100_lua", "b100_lua",
           "  d_hidden[1][2] = d_hidden[2][2] * weights[2][2][2] * sigmoid_prime(hidden[1][2])", ((W,),),
           (Twin("gradient_z", "z1[1]", (_L2.format(k=1) + "*W2[1,1]*a1[1]*(1 - a1[1])",)),), batch=100,
           why="the same: d_hidden[2][1] * weights[2][1][2] left out; the page's slip"),
    Public("lu-w31", _LU, "b100_lua", "b100_lua", "  weights[3][1] = weights[3][1] - lr * d_output * hidden[2][1]",
           ((C,),), (Twin("update", "W3[0,0]", (f"W3[0,0] - eta*{_L3}*a2[0]",)),), batch=100),
    Public("lu-w12", _LU, "b100_lua", "b100_lua", "  weights[1][2] = weights[1][2] - lr * d_hidden[1][2] * inputs[2]",
           ((W,),), (Twin("update", "W1[0,1]", ("W1[0,1] - eta*" + _L1.format(m=1) + "*x[1]",)),), batch=100,
           why="weights[1][2], the first hidden unit's weight from input 2 (as hidden[1][1]'s line uses it), moved "
               "by the second unit's error d_hidden[1][2] (read here as the true dL/dz of that unit): the error of the "
               "unit the weight feeds is d_hidden[1][1]; the page's slip (its weights[1] names one weight per unit "
               "in the updates and two per unit in the forward pass)"),
    # ---- geloganu's XOR_4t_sigmoid.f (Fortran 90 in fixed form): whole-array arithmetic, matmul, transpose, 1. and
    # 1./ for reals, ** for the power, sum(...) of an array; the samples are OI's rows --------------------------------
    Public("fs-O1", _FS, "b100_fs", "b100_fs", "                  O1 = 1./(1.+exp(-matmul(OI,W0)))", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])))",), _J4),),
           batch=100, why="the hidden layer's outputs, the row OI times the input-first W0"),
    Public("fs-O2", _FS, "b100_fs", "b100_fs", "                  O2 = 1./(1.+exp(-matmul(O1,W1)))", ((C,),),
           (Twin("value", "a2[0]",
                 ("1/(1 + exp(-(a1[0]*W2[0,0] + a1[1]*W2[0,1] + a1[2]*W2[0,2] + a1[3]*W2[0,3])))",)),), batch=100),
    Public("fs-D2", _FS, "b100_fs", "b100_fs", "                  DELTA2 = (O2-Y)*(O2*(1.-O2))", ((C,),),
           (Twin("gradient_z", "z2[0]", (_FD2,)),), batch=100),
    Public("fs-D1", _FS, "b100_fs", "b100_fs",
           "                  DELTA1 = matmul(DELTA2, transpose(W1))*(O1*(1.-O1))", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_FD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",), _J4),), batch=100),
    Public("fs-W1", _FS, "b100_fs", "b100_fs", "                  W1 = W1 - ALPHA*(matmul(transpose(O1),DELTA2))",
           ((C,),), (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*a1[{j}]*" + _FD2,), _J4),), batch=100,
           why="the page's W1 is the output layer's weights (4 x 1)"),
    Public("fs-W0", _FS, "b100_fs", "b100_fs", "                  W0 = W0 - ALPHA*(matmul(transpose(OI),DELTA1))",
           ((C,),),
           (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*x[{i}]*" + _FD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",),
                 _J4I3),), batch=100),
    Public("fs-E", _FS, "b100_fs", "b100_fs", "                  ERROR = sum(0.5*(Y-O2)**2)", ((C,),),
           (Twin("value", "(y[0] - a2[0])**2/2", ("0.5*(y[0] - a2[0])**2",)),), batch=100,
           why="the loss, summed over the rows (one here)"),
    # ---- its XOR_4t_tanh.f: the same with tanh, 1.-O2**2 -------------------------------------------------------
    Public("ft-O1", _FT, "b100_ft", "b100_fs", "                  O1 = tanh(matmul(OI,W0))", ((C,),),
           (Twin("value", "a1[{j}]", ("tanh(x[0]*W1[{j},0] + x[1]*W1[{j},1] + x[2]*W1[{j},2])",), _J4),), batch=100),
    Public("ft-D2", _FT, "b100_ft", "b100_fs", "                  DELTA2 = (O2-Y)*(1.-O2**2)", ((C,),),
           (Twin("gradient_z", "z2[0]", (_TD2,)),), batch=100),
    Public("ft-D1", _FT, "b100_ft", "b100_fs", "                  DELTA1 = matmul(DELTA2, transpose(W1))*(1.-O1**2)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_TD2 + "*W2[0,{j}]*(1 - a1[{j}]**2)",), _J4),), batch=100,
           why="O1**2 Fortran's elementwise square of the row"),
    # ---- larrytheliquid's Perceptron.hs (Haskell): type signatures, definitions by application without parentheses
    # (f x y = ...), product [..], a primed argument actualOutput', succ for + 1 ---------------------------------------
    Public("hp-chw", _HP, "b100_hp", "b100_hp",
           "changedWeight :: Double -> Double -> Double -> Double\nchangedWeight weight errorTerm node =\n"
           "  weight + product [learningRate, errorTerm, node]", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] + eta*" + _HD2 + "*a1[0]",)),), batch=100,
           why="judged as the update of the weight its arguments name (errorTerm the output's -dE/dnet)"),
    Public("hp-het", _HP, "b100_hp", "b100_hp",
           "hiddenErrorTerm :: Double -> [Double] -> [Double] -> Double\n"
           "hiddenErrorTerm hiddenNode outputErrorTerms outputWeights =\n  actualOutputDerivative hiddenNode * \n"
           "  sumOfProducts outputErrorTerms outputWeights", ((C,),),
           (Twin("value", _HD2 + "*W2[0,0]*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(" + _HD2 + "*W2[0,0])",)),),
           batch=100, why="-dE/dnet of the first hidden node; sumOfProducts the page's sum (zipWith (*) ns ms), a "
                          "trailing space after the *"),
    Public("hp-oet", _HP, "b100_hp", "b100_hp",
           "outputErrorTerm :: Double -> Double -> Double\noutputErrorTerm desiredOutput outputNode =\n"
           "  actualOutputDerivative outputNode * (desiredOutput - outputNode)", ((C,),),
           (Twin("value", _HD2, ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=100,
           why="the output's -dE/dnet of the half squared error"),
    Public("hp-aod", _HP, "b100_hp", "b100_hp",
           "actualOutputDerivative :: Double -> Double\nactualOutputDerivative actualOutput' = \n"
           "  actualOutput' * (1 - actualOutput')", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=100,
           why="the sigmoid's slope written of the output, its argument a primed name"),
    Public("hp-act", _HP, "b100_hp", "b100_hp", "activate :: Double -> Double\nactivate n = 1  / succ (exp (-n))",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(exp(-z1[0]) + 1)",)),), batch=100,
           why="succ x is x + 1"),
    # ---- 89netraM's HaskellLab4 Network.hs (Haskell, Data.Matrix): point-free fmap with a lambda, #* #- #+ for the
    # entrywise operations, multStd for the matrix product, scaleMatrix, transpose ---------------------------------
    Public("hn-sigp", _HN, "b100_hn", "b100_hn_f",
           "sigmoidprim:: Double -> Double\nsigmoidprim x = sigmoid x * (1 - sigmoid x)", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=100),
    Public("hn-grad", _HN, "b100_hn", "b100_hn_o", "gradient:: Num a => Matrix a -> Matrix a\ngradient = fmap (\\x -> x*(1-x))",
           ((C,),), (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),), batch=100,
           why="the sigmoid's slope written of the output, a lambda mapped over the matrix"),
    Public("hn-oe", _HN, "b100_hn", "b100_hn_o",
           "outputError:: Labels -> LayerResult -> Error\n"
           "outputError lab layRes = gradient layRes #* (fmap fromIntegral lab #- layRes)", ((C,),),
           (Twin("value", _HD2, ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),), batch=100,
           why="the output's -dE/dnet (fromIntegral the label's conversion to Double)"),
    Public("hn-bw", _HN, "b100_hn", "b100_hn",
           "backward:: Error -> Weights -> LayerResult -> Error\nbackward err w layRes = multStd err w #* gradient layRes",
           ((C,),), (Twin("value", _HD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])", (_HD2 + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",),
                          _J2),), batch=100,
           why="the hidden layer's -dE/dnet as a row (err 1 x nOut, w nOut x nIn, as the comments above it say)"),
    Public("hn-uw", _HN, "b100_hn", "b100_hn",
           "updateWeights:: Weights -> Error -> LayerResult -> Weights\nupdateWeights w err layRes =\n"
           "  w #+ scaleMatrix learnRate (multStd (transpose err) layRes)", ((C,),),
           (Twin("update", "W2[0,{j}]", ("W2[0,{j}] + eta*" + _HD2 + "*a1[{j}]",), _J2),), batch=100),
    Public("hn-fw", _HN, "b100_hn", "b100_hn_fw",
           "forward:: Layer -> LayerResult -> LayerResult\n"
           "forward (Layer w th) layRes = fmap sigmoid (multStd w layRes #- th)", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] - (-b1[{j}]))",), _J2),), batch=100,
           why="the thresholds subtracted: th is minus the bias; a constructor pattern (Layer w th) as the argument"),
    # ---- enesdemirag's neuraldart neuralnetwork.dart (Dart): typed locals (double delta = ...), objects' fields in a
    # chain (nn.layers[i - 1].neurons[k].value), +=, weights_old the updated weights -----------------------------------
    Public("dn-sum", _DN, "b100_dn", "b100_dn_f",
           "        sum += nn.layers[i - 1].neurons[k].value * nn.layers[i].neurons[j].weights[k];", ((C,),),
           (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)),), batch=100,
           why="the loop's sum once the loop over k is done, at i = 1, j = 0 (sum starts at 0; no bias)"),
    Public("dn-val", _DN, "b100_dn", "b100_dn_f", "      nn.layers[i].neurons[j].value = utils.sigmoid(sum);", ((C,),),
           (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),), batch=100),
    Public("dn-der", _DN, "b100_dn", "b100_dn_o", "    double derivative = output - target;", ((C,),),
           (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),), batch=100,
           why="dE/d(output) of the half squared error"),
    Public("dn-delta", _DN, "b100_dn", "b100_dn_o", "    double delta = derivative * (output * (1 - output));", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*(a2[0]*(1 - a2[0]))",)),), batch=100),
    Public("dn-err", _DN, "b100_dn", "b100_dn_o", "      double error = delta * previous_output;", ((C,),),
           (Twin("gradient", "W2[0,0]", (_FD2 + "*a1[0]",)),), batch=100,
           why="the output layer's loop, j = 0: dE/d(weight j)"),
    Public("dn-wo", _DN, "b100_dn", "b100_dn_o",
           "      nn.layers[output_layer_index].neurons[i].weights_old[j] = nn.layers[output_layer_index].neurons[i]."
           "weights[j] - learning_rate * error;", ((C,),),
           (Twin("update", "W2[0,0]", ("W2[0,0] - eta*" + _FD2 + "*a1[0]",)),), batch=100,
           why="weights_old holds the new weights until updateWeights() copies them (neuron.dart's comments say the "
               "names the other way round)"),
    Public("dn-hdelta", _DN, "b100_dn", "b100_dn_h", "      double delta = (gradient_sum) * (output * (1 - output));",
           ((C,),), (Twin("gradient_z", "z1[0]", ("(" + _FD2 + "*W2[0,0])*(a1[0]*(1 - a1[0]))",)),), batch=100,
           why="the hidden layers' loop, i = 1, j = 0; gradient_sum = sumGradient(nn, j, i + 1)"),
    Public("dn-wh", _DN, "b100_dn", "b100_dn_h",
           "        nn.layers[i].neurons[j].weights_old[k] = nn.layers[i].neurons[j].weights[k] - learning_rate * error;",
           ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*" + _FD2 + "*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),),
           batch=100, why="k = 0, error = delta * previous_output on the line above"),
    Public("dn-gs", _DN, "b100_dn", "b100_dn_h",
           "    gradient_sum += current_neuron.weights[n_index] * current_neuron.gradient;", ((C,),),
           (Twin("value", _FD2 + "*W2[0,0]", ("W2[0,0]*" + _FD2,)),), batch=100,
           why="sumGradient's loop over the output layer's neurons (one), for n_index = 0: dE/d(the hidden output)"),
    # ---- its utils.dart (Dart): typed functions, math.pow(math.e, ...), .toDouble() ---------------------------------
    Public("du-sig", _DU, "b100_du", "b100_du",
           "double sigmoid(double x) {\n  return (1 / (1 + math.pow(math.e, -1 * x))).toDouble();\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(1)**(-1*z1[0]))",)),), batch=100),
    Public("du-dsig", _DU, "b100_du", "b100_du",
           "double sigmoidDerivative(double x) {\n  return sigmoid(x) * (1 - sigmoid(x));\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=100),
    Public("du-se", _DU, "b100_du", "b100_du",
           "double squaredError(double output, double target) {\n  return (0.5 * math.pow(2, (target - output)))"
           ".toDouble();\n}", ((W,),),
           (Twin("value", "0.5*(y[0] - a2[0])**2", ("0.5*2**(y[0] - a2[0])",)),), batch=100,
           why="math.pow(2, t - o) is 2 to the power t - o: the arguments swapped (math.pow(t - o, 2) meant); the "
               "page's slip"),
    # ---- animesh's ANN Program.cs (C#): Math.Pow(..., 2), += and -= in nested loops, [j, i] indices ---------------
    Public("cs-err", _CS, "b100_cs", "b100_cs",
           "                    error += Math.Pow(outputr[j] - outputc[j], 2) / 2;", ((C,),),
           (Twin("value", "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2", ("(y[0] - a2[0])**2/2 + (y[1] - a2[1])**2/2",)),),
           batch=100, why="the loss once the loop over the outputs j is done (error = 0 before it)"),
    Public("cs-delin", _CS, "b100_cs", "b100_cs_j0",
           "                            delin += (outputc[k] - outputr[k])*outputc[k] * (1 - outputc[k]) * hidw[k, j];",
           ((C,),), (Twin("value", _CD, (_CD,)),), batch=100,
           why="the sum over the outputs k (delin = 0 before it), at j = 0: dE/d(hidden[0])"),
    Public("cs-inpw", _CS, "b100_cs", "b100_cs_j0",
           "                        inpw[j, i] -= lr*delin*hidden[j] * (1 - hidden[j]) * input[i];", ((C,),),
           (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*" + _CD + "*a1[0]*(1 - a1[0])*x[{i}]",), _I2),), batch=100,
           why="j = 0; hidw is updated after this loop, so delin uses the old weights"),
    Public("cs-hidw", _CS, "b100_cs", "b100_cs",
           "                        hidw[j, i] -= lr * (outputc[j] - outputr[j]) * outputc[j] * (1 - outputc[j]) * "
           "hidden[i];", ((C,),),
           (Twin("update", "W2[{j},{i}]", ("W2[{j},{i}] - eta*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{i}]",),
                 _J2I2),), batch=100),
    # ---- marinso's graphic-autoassiociator Neuron.swift (Swift): self. fields, exp(self.x * (-1)) ----------------
    Public("sw-y", _SW, "b100_sw", "b100_sw", "        self.y = (1 / (1 + exp(self.x * (-1))))", ((C,),),
           (Twin("value", "a2[0]", ("1/(1 + exp(z2[0]*(-1)))",)),), batch=100, why="neuronOutputValue's body"),
    Public("sw-d", _SW, "b100_sw", "b100_sw",
           "        self.delta = (self.y - correct_answer) * (self.y * (1 - self.y))", ((C,),),
           (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*(a2[0]*(1 - a2[0]))",)),), batch=100,
           why="deltaInOutputLayer's body"),
    # ---- mtricolici's FFNNRuby math.rb (Ruby): def ... end with the last expression the value, Math.exp ----------
    Public("rb-sig", _RB, "b100_rb", "b100_rb_f", "def sigmoid(x)\n    1.0 / (1.0 + Math.exp(-x))\nend", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=100),
    Public("rb-dsig", _RB, "b100_rb", "b100_rb_fo", "def sigmoidDerivative(x)\n    x * (1.0 - x)\nend", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1.0 - a1[0])",)),), batch=100,
           why="written of the output (calculate_delta passes outArr[i])"),
    Public("rb-delta", _RB, "b100_rb", "b100_rb", "        result[i] = err * sigmoidDerivative(outArr[i])", ((C,),),
           (Twin("value", _HD2, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),), batch=100,
           why="calculate_delta's block (errorArr.each_with_index do |err, i|) at the output, err its error t - o"),
    # ---- jomof's nnsrs Math.kt (Kotlin): fun with typed parameters and return type, val s -------------------------
    Public("kt-sig", _KT, "b100_kt", "b100_kt",
           "fun sigmoid(value : Double) : Double {\n    return 1.0 / (1.0 + Math.exp(-value))\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1.0/(1.0 + exp(-z1[0]))",)),), batch=100),
    Public("kt-sp", _KT, "b100_kt", "b100_kt",
           "fun sigmoidPrime(value : Double) : Double {\n    val s = sigmoid(value)\n    return s * (1.0 - s)\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1.0 - sigmoid(z1[0]))",)),),
           batch=100),
]
