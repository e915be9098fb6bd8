r"""Batch 96 of the held-out public formulas (see the docstring of tests/public_formulas.py): a set kept
apart to measure the reader's blind rate honestly. Nobody fixes the reader from it during the session
it was collected in; it is not part of public_formulas.ENTRIES, so test_public_formulas.py's
expectations (every entry read, the 90% rate) do not hold it.

Formulas from 10 addresses no earlier batch used (the code corpus, with its emphasis on a mix of languages, half
Python, notebooks and Markdown, half others: a-mhamdi's Julia ActivationFunctions.jl (one-line definitions f(x) =
..., ^, ifelse(x > 0, 1, 0)) and MLP.jl (eval(Symbol(layers[end].act, "_prime")).(a[end]), broadcast .- .^ .*,
Unicode ϵ and δ, a list [ ... ], pushfirst!(δ, ...) with the transpose W'), at commits 7b7578a and 2d0b6d5;
JeffDeCola's Go mlp.go (func definitions with typed parameters, derivatives written of the output, a loop's s +=,
the deltas (z - y) f', tabs); NOX73's Go go-neural lern.go (struct fields n.Out, s.Weight, s.In, spaces inside
parentheses, sum +=, s.Weight += ...); LhTaira's C backPropagation.c (a function of an int with pow(...), pointers
*output and *(a + i), getList(...)->element.b and ->element.w[c], += with 2 * taxagay); QuantLet's Python
worked_backprop_example.py (LaTeX in matplotlib's ax.text strings, a worked example to two digits, a chain stacked
in two strings); AbdalrhmanFouadOsama2004's CNSASS2 README.md (\[ ... \] displays) and its Colab notebook (Python:
def ... return, list comprehensions, sum(... for k in ...), input-first weights [j][i], += in loops, Mazur's
numbers); GOPY-OCR's C maths.c (a one-line function, a local double s) and yepIwt's C++ sigmoid.cpp), copied
verbatim, typos and mistakes included, each with the notation a teacher would write for the page under
shared/spec/notation.md (and docs/notation.md for what the product documents), a network of the kind the page
describes (with the page's numbers where it gives them: QuantLet's x = 2, w_1 = 0.5, w_2 = 0.8, y = 1, eta = 0.1,
and Mazur's network for CNSASS2; both in tests/public_formulas_batch96_tables.py), and its true verdicts, from
PyTorch-oracle twins (tests/seed_verbatim.py), the oracle run on them and committed before check was. A
derivative by an activation or an output (dL/dy hat, dL/dh, dy hat/dw_2, hidden_errors) or a local derivative (a
derivative's definition: sigmoid_prime, tanhDerivative, activationDerivative, valueDerivative) is twinned as a
value, as in batches 14 to 94; so is a forward value, a function's definition (judged at a sum, or at an output
where the page writes the derivative of the output, x (1 - x)), a loss's definition and a loop's accumulated sum
(the value once the loop is done: s +=, sum +=); a delta the page writes as -dE/dnet ((z - y) f', o (1 - o) (ideal
- o), output_gradients) is a value too, as batch 80's. Formulas keep their page's delimiters and what surrounds
them on their line (a code line's indentation, spaces or tabs, and trailing ;, a function's whole definition); the
LaTeX of QuantLet's ax.text strings is taken as the strings' values (the text the figure shows, one backslash),
with its $ delimiters, two strings stacked in the figure (h = sigma(w_1 x) over = sigma(1) = 0.73) as one chain on
two lines; what was left out is said in the entry's why and below.

tests/test_public_formulas_held_out.py holds every twin to the oracle and holds check to never calling a
wrong formula correct (nor crashing, nor refusing in more than one line); tests/blind_batch.py measures
the rest, entry by entry and page by page:

    python tests/blind_batch.py 96

The batch: 57 formulas from 10 addresses (ActivationFunctions.jl 7, MLP.jl 5, mlp.go 7, lern.go 4,
backPropagation.c 6, worked_backprop_example.py 9, CNSASS2's README.md 2 and notebook 13, maths.c 2 and sigmoid.cpp
2).

5 are mistaken somewhere (the oracle finds at least one member wrong):

- backPropagation.c's double outputDelta = activationDerivative(*output) * (expectedValue - *output); and double
  valueDerivative = activationDerivative(*(hiddenLayerOutput + neuronCounter)); (the sigmoid's derivative e^-x /
  (1 + e^-x)^2 taken at the unit's output, sigma'(o), not at its sum: sigma'(net) = o (1 - o));
- its getList(outputNeuronLayer, 0)->element.b += 2 * taxagay * (*output) * outputDelta; (a bias's input is 1,
  not the output o) and getList(outputNeuronLayer, 0)->element.w[c] += 2 * taxagay * (*output) * outputDelta; (the
  weight from hidden unit c moved by the output o times the delta, not by h_c);
- CNSASS2's README \sigma'(x) = x \cdot (1 - x), x the sigmoid's argument in the line above (x (1 - x) is the
  derivative only of the output, as the notebook's sigmoid_derivative uses it).

Not mistaken, though they look it: backPropagation.c's activationDerivative(int x) (judged as the formula it
writes, e^-x / (1 + e^-x)^2; C's int parameter truncates a double argument, which the formula does not show) and
its double delta = valueDerivative * (outputDelta * outputNeuronLayer->element.w[0]); (right for the first hidden
unit, with valueDerivative and outputDelta the quantities they name; every unit takes w[0]); mlp.go's and the
notebook's derivatives x * (1 - x) and 1 - x*x (written of the output, with which they are called); the
notebook's output_bias[i] += ... (indented inside the loop over j, so run hidden_layer_size times: the loop's slip,
not the line's) and hidden_errors (output_weights already moved two lines above: the order's slip, not the
formula's); QuantLet's \sigma(0.58) for w_2 h = 0.5849 (the oracle holds it to the digits written).

What was left out: ActivationFunctions.jl's softmax pair (softmax(x) = exp.(x) ./ sum(exp.(x)) and its
element-wise softmax_prime, a Jacobian's diagonal no parameter names) and tanh(x) = tanh(x) (a definition by
itself); MLP.jl's Layer constructor and call (l.W * x .+ l.b), FeedForward's push! lines, the regularisation's
loss += lines (reg.method :L1, :L2, :ElasticNet) and ∇W = [δ[i] * h[i]' for i in 1:length(layers)] and ∇b = δ (a
comprehension over the layers, which no one parameter names); mlp.go's forward pass (s += x[in] *
nn.hiddenWeights[l][hn][in], s += nn.hiddenBias[l][hn], aHidden[l][hn] = sigmoid(s), the output's), its
normalisations and the deeper hidden layers' branch (one hidden layer here); go-neural's other files
(activation_func.go's LogisticFunc, neuron.go's sums); backPropagation.c's weightValueSum (returns 0, its sum
unused), the hidden bias update and the hidden weights' loop (2 * 0.1 * ... over k < 536, from the hidden output,
not an input), cut for the batch's size; QuantLet's "$y = 1$, $L = 0.13$" (a given and a number, one string),
"$w_1^{new} = w_1 - \eta \cdot \frac{\partial L}{\partial w_1}$ (similar calculation)" and "$\eta = 0.1$
(learning rate)", cut for the batch's size or a given; the notebook's prints, the settings and hidden_bias[i] +=
learning_rate * hidden_gradients[i] (the construct of output_bias[i] += ..., cut for the batch's size).

Collected on 2026-12-06 (04:30 to 04:38 by the machine's clock, the oracle's runs included). Every notation was
loaded with its network (notation_loading.load_notation) before the run, without judging a formula: all 20 pairs
loaded, after these fixes: MLP.jl's δ[1] is not named ("symbols.'δ[1]': is not one symbol; write a base with an
optional subscript and superscript, e.g. a_{ik}^{0}"); backPropagation.c's getList(outputNeuronLayer,
0)->element.b and outputNeuronLayer->element.w[0] are not named (the same refusal): the output neuron's element.b
and element.w[c] are named instead. The leaky ReLU pair was first put on a leaky_relu network, which the oracle's
PyTorch forward pass does not build (KeyError 'leaky_relu', no verdict): it is judged on the relu network, the
slope 0.01 written in its twins.
Run blind at main 471dabe (/work/READY_FOR_BLIND35; src/ as at 471dabe), with nothing under src/ changed. The first
run (/work/batch96_blind.txt): 36 of 57 read with every verdict right (63%), 21 refused, no misreading, no crash, no
typo entry, NO WRONG FORMULA CALLED CORRECT. One refusal was the notation's fault: lern.go's notation named s.Weight
"W2[k, 0]", a letter k its pattern does not hold (outside the spec: a meaning's indices are arithmetic on the
pattern's placeholders; the loader took it), and gn-sum was refused "formula 'sum += s.Weight * deltas[i + 1][k]':
the index k has no value; name it on the left side, with --param (e.g. W2[k,i]), or in a sum". The notation was
fixed (s.Weight, the loop's synapse's weight, is not named: no pattern within the spec can name it) and the batch
run a second time (/work/batch96_blind_second.txt): the same 36 of 57 (63%), 21 refused, gn-sum now "formula 'sum
+= s.Weight * deltas[i + 1][k]': unknown symbol s.Weight; the notation knows deltas, n.Out, sum; give it the quantity
of symbols.md it stands for in the notation's [notation.symbols] ("s.Weight" = ...), or, where its dot is a
product, write s*Weight"; nothing else changed.

Of the 5 mistaken formulas, 1 read with every verdict right (CNSASS2's README \sigma'(x) = x \cdot (1 - x), called
wrong) and 4 were refused (backPropagation.c's). By page: ActivationFunctions.jl 4 of 7, MLP.jl 3 of 5, mlp.go 5 of
7, lern.go 3 of 4, backPropagation.c 1 of 6, worked_backprop_example.py 6 of 9, CNSASS2's README.md 2 of 2 and
notebook 9 of 13, maths.c 1 of 2, sigmoid.cpp 2 of 2.

The refusals by construct (21), with the exact message:

- 5, C's pointers: a dereference *output and *(a + i) (lt-dout, lt-b, lt-vd, lt-w), e.g. lt-dout: "formula
  'outputDelta = activationDerivative(*output) * (expectedVa...': unexpected at '*' (position 36)" (lt-b: position
  60, lt-vd: 40, lt-w: 63); a member through a pointer, outputNeuronLayer->element.w[0] (lt-delta): "formula 'delta
  = valueDerivative * (outputDelta * outputNeuronLaye...': unexpected at ')' (position 73)";
- 4, Python's list comprehensions over a range's letter, [expr[i] for i in range(n)] (cn-eo, cn-go, cn-gh), e.g.
  cn-eo: "formula 'output_errors = [expected_output[0][i] - output_layer_out...': the index i has no value
  (expected_output_{0,i} uses it outside a sum over i); name it on the left side, with --param (e.g. W2[i,i]), or
  in a sum" (cn-go and cn-gh: "the index i has no value (output_layer_output_{i} ..." and "(hidden_layer_output_{i}
  ..."), and with a generator's sum inside, [sum(a[k] * w[j][k] for k in range(m)) for j in range(n)] (cn-eh):
  "formula 'hidden_errors = [sum(output_gradients[k] * output_weights...': a sum without its index letter, whose
  term leaves two letters free (k, j); write the sum's index, \sum_k or \sum_j" (a comprehension over the elements,
  [sigmoid(h) for h in hidden_layer_input], reads: cn-ah, cn-ao);
- 3, Julia's ifelse(x > 0, a, b), a comparison as an argument (ja-drelu, ja-leaky, ja-dleaky), e.g. ja-drelu:
  "formula 'relu_prime(x) = ifelse(x > 0, 1, 0)': expected ')' to close the arguments at '>' (position 26)"
  (ja-dleaky: position 32);
- 3, LaTeX's \sigma'(\cdot), the slope at an argument left as a dot (ql-dydw2, ql-dLdh, ql-dLdw1), e.g. ql-dydw2:
  "formula "\\frac{\\partial \\hat{y}}{\\partial w_2} = h \\cdot \\sigma'(\\...": the command \cdot is not part of a
  formula check can read at '\\cdot' (position 57); write arithmetic, \frac, \sum, \sigma, \log, \exp and the
  homework's symbols" (ql-dLdh, ql-dLdw1: position 51);
- 2, a loop's running total accumulated with += over the loop's letter: named s (mg-s): "formula 's +=
  deltaOutput[o] * nn.outputWeights[o][hn]': the index o has no value (nn.outputWeights_{o,hn} uses it outside a sum
  over o); name it on the left side, with --param (e.g. W2[o,i]), or in a sum"; named sum, its term a loop
  variable's field s.Weight that no pattern names (gn-sum, above);
- 1, Go's math.Tanh (mg-tanh; math.Exp reads, mg-sig): "formula 'tanh(x) = math.Tanh(x)': math.Tanh is not a
  function check reads at 'm' (position 11); write math.exp, math.log, math.sqrt, math.maximum(0, u), math.pow(u,
  2) or an activation by its name, or name it in the notation's functions";
- 1, C's typed local declaration, double s = sigmoid(x); then return (go-dsig): "formula 'double
  sigmoid_prime(double x) { double s = sigmoid(x); r...': the definition of sigmoid_prime is more than one return
  line after locals (a conditional, a loop, an augmented assignment, a call alone); check reads local names
  assigned once, then the value: def sigmoid_prime(x): s = ... then return ..., or R's sigmoid_prime = function(x)
  { s = ...; s * (1 - s) } (a docstring and comments aside)";
- 1, Julia's eval(Symbol(layers[end].act, "_prime")).(a[end]), a function named by a string (mj-act): "formula
  'act_prime = eval(Symbol(layers[end].act, "_prime")) \\cdot...': cannot read '"' at position 42; write the formula
  in LaTeX or plain text (+ - * / ^, \frac, \sum)";
- 1, Julia's pushfirst!(δ, ...), the value pushed onto a list, no left side (mj-push): "formula "pushfirst!(δ,
  (layers[i+1].W' * δ[1]) .* act_prime)": has no left side; write the equation (\frac{\partial L}{\partial w} =
  ...) or name the parameter with --param".

Read, among the constructs these pages brought: Julia's one-line definitions f(x) = ..., tanh(x)^2, max(0, x),
broadcast .- .^ .* with Unicode ϵ and δ, a list [ ... ] around the delta; Go's func definitions with typed
parameters (math.Exp), derivatives written of the output (x * (1 - x), 1 - x*x) and the deltas (z[o] - yOutput[o])
* f'(...); go-neural's struct fields (n.Out, s.In) with spaces inside parentheses and s.Weight += speed * ...; C's
activationDerivative(int x) with pow(...); QuantLet's chain over two stacked strings and its numbers to two digits;
the README's \[ ... \]; Python's def ... return, element-wise comprehensions and += updates with input-first
weights [j][i]; one-line C and multi-line C++ functions.

Which look general (would appear in much code): Python's list comprehensions over range(n) (and sum(... for k in
range(m)) inside them), in most NumPy-free homework; C's pointer dereferences and ->; typed local declarations in
C, C++, Java and Go function bodies (double s = ...); a loop's running total += under another name than sum; Go's
capitalised math functions (math.Tanh, math.Pow); \sigma'(\cdot) in LaTeX notes; Julia's (and spreadsheet-like)
ifelse(condition, a, b). Page- or language-specific: Julia's eval(Symbol(..., "_prime")) and pushfirst!(δ, ...);
a loop variable's field (s.Weight) that no pattern can name.

Session 38: the loop bounds' values added to the notation, as a teacher would give them, after check stopped
assuming them (b96_cn: the notebook's input_layer_size, hidden_layer_size, output_layer_size, 2 each, Mazur's 2-2-2).
"""

from __future__ import annotations

from public_formulas import C, W, Public
from public_formulas_batch96_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

__all__ = ["ENTRIES", "NETWORKS", "NOTATIONS"]  # the tables re-exported: blind_batch.batch reads them here

_JA = "https://github.com/a-mhamdi/neural-network-from-scratch-in-Julia (src/ActivationFunctions.jl, commit 7b7578a)"
_JM = "https://github.com/a-mhamdi/neural-network-from-scratch-in-Julia (src/MLP.jl, commit 2d0b6d5)"
_MG = "https://github.com/JeffDeCola/my-go-packages (mlp/mlp.go, commit 024f498)"
_GN = "https://github.com/NOX73/go-neural (src/go-neural-lern/lern.go, commit a3f26b3)"
_LT = "https://github.com/LhTaira/Data-Structures-1 (projeto_6/backPropagation.c, commit 580daf7)"
_QL = ("https://github.com/QuantLet/neural-networks-introduction (worked_backprop_example/worked_backprop_example.py, "
       "commit 1411fd6)")
_CR = "https://github.com/AbdalrhmanFouadOsama2004/CNSASS2 (README.md, commit 17df721)"
_CN = ("https://github.com/AbdalrhmanFouadOsama2004/CNSASS2 (AI323_Computational_NeuroScience_Assignment_Report_"
       "Lecture_2.ipynb, commit 797286c)")
_GO = "https://github.com/GOPY-OCR/GOPY-OCR (src/NeuralNetwork/maths.c, commit 4b2628c)"
_YP = "https://github.com/yepIwt/fictional-system (net/sigmoid.cpp, commit 41d7e06)"

_I2 = tuple({"i": i} for i in range(2))
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_K2 = tuple({"k": k} for k in range(2))
_C2 = tuple({"c": c} for c in range(2))
_IJ22 = tuple({"i": i, "j": j} for i in range(2) for j in range(2))

# dE/dz2[k] of a sigmoid output under the half squared error
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# -dE/da1[0] of a 2-2-2 sigmoid network (mlp.go's s, go-neural's sum): the outputs' t - o terms carried back
_S = "-(W2[0,0]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,0]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
# MLP.jl's hidden dE/dnet (2-3-2)
_MJH = "(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]*a1[{j}]*(1 - a1[{j}])"
# backPropagation.c's output delta (t - o) o (1 - o)
_LD = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
# CNSASS2's notebook: -dE/da1[j] and -dE/dz1[j] (Mazur's 2-2-2)
_CE = "((y[0] - a2[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (y[1] - a2[1])*a2[1]*(1 - a2[1])*W2[1,{j}])"
_CEI = _CE.replace("{j}", "{i}")

ENTRIES = [
    # ---- a-mhamdi's ActivationFunctions.jl (Julia): one-line function definitions, ^ and ifelse(...) ------------
    Public("ja-sig", _JA, "b96_jl_sig", "b96_jl_f", "sigmoid(x) = 1 / (1 + exp(-x))", ((C,),),
           (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),), batch=96,
           why="the definition of the activation, judged at the hidden sums"),
    Public("ja-dsig", _JA, "b96_jl_sig", "b96_jl_f", "sigmoid_prime(x) = sigmoid(x) * (1 - sigmoid(x))", ((C,),),
           (Twin("value", "a1[{j}]*(1 - a1[{j}])", ("sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))",), _J2),), batch=96),
    Public("ja-dtanh", _JA, "b96_jl_tanh", "b96_jl_f", "tanh_prime(x) = 1 - tanh(x)^2", ((C,),),
           (Twin("value", "1 - a1[{j}]**2", ("1 - tanh(z1[{j}])**2",), _J2),), batch=96),
    Public("ja-relu", _JA, "b96_jl_relu", "b96_jl_f", "relu(x) = max(0, x)", ((C,),),
           (Twin("value", "a1[{j}]", ("relu(z1[{j}])",), _J2),), batch=96),
    Public("ja-drelu", _JA, "b96_jl_relu", "b96_jl_f", "relu_prime(x) = ifelse(x > 0, 1, 0)", ((C,),),
           (Twin("value", "Heaviside(z1[{j}])", ("Heaviside(z1[{j}])",), _J2),), batch=96,
           why="Julia's ifelse(condition, then, else): 1 where x > 0, else 0"),
    Public("ja-leaky", _JA, "b96_jl_relu", "b96_jl_f", "leaky_relu(x) = ifelse(x > 0, x, 0.01 * x)", ((C,),),
           (Twin("value", "z1[{j}]*Heaviside(z1[{j}]) + 0.01*z1[{j}]*Heaviside(-z1[{j}])",
                 ("z1[{j}]*Heaviside(z1[{j}]) + 0.01*z1[{j}]*Heaviside(-z1[{j}])",), _J2),),
           batch=96, why="judged at the relu network's sums (the oracle's PyTorch forward pass has no leaky_relu layer), "
                         "the slope 0.01 written out"),
    Public("ja-dleaky", _JA, "b96_jl_relu", "b96_jl_f", "leaky_relu_prime(x) = ifelse(x > 0, 1, 0.01)", ((C,),),
           (Twin("value", "Heaviside(z1[{j}]) + 0.01*Heaviside(-z1[{j}])",
                 ("Heaviside(z1[{j}]) + 0.01*Heaviside(-z1[{j}])",), _J2),), batch=96),
    # ---- a-mhamdi's MLP.jl (Julia): eval(Symbol(...)) for the derivative's name, broadcast .- .^ .*, Unicode ϵ and
    # δ, a list [ ... ], pushfirst!(δ, ...) and the transpose W' --------------------------------------------------
    Public("mj-act", _JM, "b96_mj", "b96_mj", "    act_prime = eval(Symbol(layers[end].act, \"_prime\")).(a[end])",
           ((C,),), (Twin("value", "a2[{k}]*(1 - a2[{k}])", ("sigmoid(z2[{k}])*(1 - sigmoid(z2[{k}]))",), _K2),),
           batch=96, why="the last layer's activation's derivative (sigmoid_prime, named by eval of a Symbol) "
                         "broadcast over its sums a[end]"),
    Public("mj-eps", _JM, "b96_mj", "b96_mj", "    ϵ = (y .- h[end])", ((C,),),
           (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=96),
    Public("mj-loss", _JM, "b96_mj", "b96_mj", "    loss = 1/2 * sum(ϵ .^ 2)", ((C,),),
           (Twin("value", "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)",
                 ("1/2*((y[0] - a2[0])**2 + (y[1] - a2[1])**2)",)),), batch=96,
           why="the half squared error (before the regularisation's terms, which reg.method = :none leaves out)"),
    Public("mj-delta", _JM, "b96_mj", "b96_mj", "    δ = [-(y .- h[end]) .* act_prime]", ((C,),),
           (Twin("gradient_z", "z2[{k}]", ("-(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=96,
           why="a list holding the output layer's dE/dnet"),
    Public("mj-push", _JM, "b96_mj", "b96_mj_h", "        pushfirst!(δ, (layers[i+1].W' * δ[1]) .* act_prime)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_MJH,), _J3),), batch=96,
           why="the loop's pass i = 1: the hidden layer's dE/dnet pushed in front (δ[1] the output's, the list's first "
               "element before the push)"),
    # ---- JeffDeCola's mlp.go (Go): func definitions with typed parameters, the derivatives written of the output,
    # tabs, a loop's s += and the deltas (z - y) f' ------------------------------------------------------------------
    Public("mg-sig", _MG, "b96_mg", "b96_mg_f", "func sigmoid(x float64) float64 {\n\treturn 1 / (1 + math.Exp(-x))\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=96),
    Public("mg-dsig", _MG, "b96_mg", "b96_mg_fo", "func sigmoidDerivative(x float64) float64 {\n\treturn x * (1 - x)\n}",
           ((C,),), (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=96,
           why="the derivative written of the unit's output (called with yOutput[o] and aHidden[l][hn])"),
    Public("mg-tanh", _MG, "b96_mg_tanh", "b96_mg_f", "func tanh(x float64) float64 {\n\treturn math.Tanh(x)\n}",
           ((C,),), (Twin("value", "tanh(z1[0])", ("tanh(z1[0])",)),), batch=96),
    Public("mg-dtanh", _MG, "b96_mg_tanh", "b96_mg_fo", "func tanhDerivative(x float64) float64 {\n\treturn 1 - x*x\n}",
           ((C,),), (Twin("value", "1 - tanh(z1[0])**2", ("1 - a1[0]*a1[0]",)),), batch=96,
           why="written of the output, as sigmoidDerivative"),
    Public("mg-dout", _MG, "b96_mg", "b96_mg", "\t\tdeltaOutput[o] = (z[o] - yOutput[o]) * sigmoidDerivative(yOutput[o])",
           ((C,),), (Twin("value", "-" + _D2, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),), batch=96,
           why="the output's delta (target - output) f', -dE/dnet of the half squared error, a value"),
    Public("mg-s", _MG, "b96_mg", "b96_mg", "\t\t\t\t\ts += deltaOutput[o] * nn.outputWeights[o][hn]", ((C,),),
           (Twin("value", _S, (_S,)),), batch=96,
           why="s starts at 0.0 and the loop over the outputs adds each one's term: the sum once the loop is done, "
               "for the first hidden node (hn = 0), -dE/d(output) of the node, a value"),
    Public("mg-dhid", _MG, "b96_mg", "b96_mg", "\t\t\t\tdeltaHidden[l][hn] = s * sigmoidDerivative(aHidden[l][hn])",
           ((C,),), (Twin("value", "(" + _S + ")*a1[0]*(1 - a1[0])", ("(" + _S + ")*a1[0]*(1 - a1[0])",)),),
           batch=96, why="the last hidden layer's delta, -dE/dnet"),
    # ---- NOX73's go-neural lern.go (Go): struct fields n.Out, s.Weight, s.In; spaces inside parentheses; a sum
    # accumulated with +=; the weights moved with += -----------------------------------------------------------------
    Public("gn-dout", _GN, "b96_gn", "b96_gn_out", "    deltas[last][i] = n.Out * ( 1 - n.Out ) * ( ideal[i] - n.Out )",
           ((C,),), (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])*(y[0] - a2[0])",)),),
           batch=96, why="the output layer's delta at its first neuron, -dE/dnet, a value"),
    Public("gn-sum", _GN, "b96_gn", "b96_gn_hid", "        sum += s.Weight * deltas[i + 1][k]", ((C,),),
           (Twin("value", _S, (_S,)),), batch=96,
           why="sum starts at 0 and the loop over the neuron's out-synapses (to the outputs k) adds each term: the "
               "sum once the loop is done, for the first hidden neuron"),
    Public("gn-dhid", _GN, "b96_gn", "b96_gn_hid", "      deltas[i][j] = n.Out * ( 1 - n.Out ) * sum", ((C,),),
           (Twin("value", "(" + _S + ")*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(" + _S + ")",)),), batch=96),
    Public("gn-w", _GN, "b96_gn", "b96_gn_w", "        s.Weight += speed * deltas[i][j] * s.In", ((C,),),
           (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(" + _S + ")*a1[0]*(1 - a1[0])*x[0]",)),), batch=96,
           why="the hidden neuron's first weight, moved by speed times its delta (-dE/dnet) times its input"),
    # ---- LhTaira's backPropagation.c (C): a function of an int, pow(...), pointers (*output, *(a + i)), -> and
    # getList(...) calls, += with 2 * taxagay -----------------------------------------------------------------------
    Public("lt-dact", _LT, "b96_lt", "b96_lt",
           "double activationDerivative(int x) {\n    return exp(-x)/pow((1 + exp(-x)), 2);\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("exp(-z1[0])/(1 + exp(-z1[0]))**2",)),), batch=96,
           why="the sigmoid's derivative e^-x / (1 + e^-x)^2, judged as the formula it writes (the int parameter "
               "truncates a double argument in C, which the formula does not show)"),
    Public("lt-dout", _LT, "b96_lt", "b96_lt",
           "\t\t\tdouble outputDelta = activationDerivative(*output) * (expectedValue - *output);", ((W,),),
           (Twin("value", _LD, ("sigmoid(a2[0])*(1 - sigmoid(a2[0]))*(y[0] - a2[0])",)),), batch=96,
           why="the derivative taken at the output o (sigma'(o)), not at the sum: sigma'(net) = o (1 - o); the "
               "page's slip"),
    Public("lt-b", _LT, "b96_lt", "b96_lt",
           "\t\t\tgetList(outputNeuronLayer, 0)->element.b += 2 * taxagay * (*output) * outputDelta;", ((W,),),
           (Twin("update", "b2[0]", ("b2[0] + 2*eta*a2[0]*" + _LD,)),), batch=96,
           why="the output's bias moved by 2 eta delta times the output o: a bias's input is 1, not o (the squared "
               "error (t - o)^2 gives 2 eta delta); the page's slip"),
    Public("lt-vd", _LT, "b96_lt", "b96_lt",
           "\t\t\t\tdouble valueDerivative = activationDerivative(*(hiddenLayerOutput + neuronCounter));", ((W,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("sigmoid(a1[0])*(1 - sigmoid(a1[0]))",)),), batch=96,
           why="the hidden unit's derivative taken at its output again (sigma'(h), not h (1 - h)), for neuronCounter "
               "= 0"),
    Public("lt-delta", _LT, "b96_lt", "b96_lt",
           "\t\t\t\tdouble delta = valueDerivative * (outputDelta * outputNeuronLayer->element.w[0]);", ((C,),),
           (Twin("value", _LD + "*W2[0,0]*a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*(" + _LD + "*W2[0,0])",)),),
           batch=96,
           why="the first hidden unit's delta (neuronCounter = 0), with valueDerivative and outputDelta the "
               "quantities they name (the lines defining them are judged on their own); every hidden unit takes "
               "w[0], right for the first only"),
    Public("lt-w", _LT, "b96_lt", "b96_lt",
           "\t\t\t\tgetList(outputNeuronLayer, 0)->element.w[c] += 2 * taxagay * (*output) * outputDelta;", ((W,),),
           (Twin("update", "W2[0,{c}]", ("W2[0,{c}] + 2*eta*a2[0]*" + _LD,), _C2),), batch=96,
           why="the output's weight from hidden unit c moved by the output o times the delta: its input is the hidden "
               "unit's output h_c; the page's slip"),
    # ---- QuantLet's worked_backprop_example.py: LaTeX in matplotlib's ax.text strings (taken as the strings' values,
    # the figure's text), the numbers worked to two digits, a chain stacked in two strings --------------------------
    Public("ql-h", _QL, "b96_ql", "b96_ql", "$h = \\sigma(w_1 \\cdot x)$\n$= \\sigma(1) = 0.73$", ((C, C, C),),
           (Twin("value", "a1[0]", ("sigmoid(W1[0,0]*x[0])", "=1/(1 + np.exp(-1))", "=0.73")),), batch=96,
           why="two strings stacked under the hidden unit, the second continuing the first"),
    Public("ql-yhat", _QL, "b96_ql", "b96_ql", "$\\hat{y} = \\sigma(w_2 \\cdot h)$\n$= \\sigma(0.58) = 0.64$",
           ((C, C, C),),
           (Twin("value", "a2[0]", ("sigmoid(W2[0,0]*a1[0])", "=1/(1 + np.exp(-0.58))", "=0.64")),), batch=96,
           why="w_2 h = 0.8 * 0.7311 = 0.5849, written 0.58"),
    Public("ql-L", _QL, "b96_ql", "b96_ql", "$L = (\\hat{y} - y)^2$", ((C,),),
           (Twin("value", "(a2[0] - y[0])**2", ("(a2[0] - y[0])**2",)),), batch=96),
    Public("ql-dLdy", _QL, "b96_ql", "b96_ql", "$\\frac{\\partial L}{\\partial \\hat{y}} = 2(\\hat{y} - y) = -0.72$",
           ((C, C),), (Twin("value", "2*(a2[0] - y[0])", ("2*(a2[0] - y[0])", "=-0.72")),), batch=96,
           why="a derivative by the output, a value"),
    Public("ql-dydw2", _QL, "b96_ql", "b96_ql",
           "$\\frac{\\partial \\hat{y}}{\\partial w_2} = h \\cdot \\sigma'(\\cdot) = 0.17$", ((C, C),),
           (Twin("value", "a1[0]*a2[0]*(1 - a2[0])", ("a1[0]*a2[0]*(1 - a2[0])", "=0.17")),), batch=96,
           why="sigma'(.) the sigmoid's slope at the output's sum; a derivative of the output, a value"),
    Public("ql-dLdw2", _QL, "b96_ql", "b96_ql", "$\\frac{\\partial L}{\\partial w_2} = -0.72 \\times 0.17 = -0.12$",
           ((C, C),), (Twin("gradient", "W2[0,0]", ("=-0.72*0.17", "=-0.12")),), batch=96),
    Public("ql-dLdh", _QL, "b96_ql", "b96_ql",
           "$\\frac{\\partial L}{\\partial h} = w_2 \\cdot \\sigma'(\\cdot) \\cdot \\frac{\\partial L}{\\partial "
           "\\hat{y}}$", ((C,),),
           (Twin("value", "W2[0,0]*a2[0]*(1 - a2[0])*2*(a2[0] - y[0])",
                 ("W2[0,0]*a2[0]*(1 - a2[0])*2*(a2[0] - y[0])",)),), batch=96,
           why="a derivative by the hidden unit, a value"),
    Public("ql-dLdw1", _QL, "b96_ql", "b96_ql",
           "$\\frac{\\partial L}{\\partial w_1} = x \\cdot \\sigma'(\\cdot) \\cdot \\frac{\\partial L}{\\partial h}$",
           ((C,),), (Twin("gradient", "W1[0,0]",
                          ("x[0]*a1[0]*(1 - a1[0])*W2[0,0]*a2[0]*(1 - a2[0])*2*(a2[0] - y[0])",)),), batch=96,
           why="sigma'(.) here the slope at the hidden unit's sum"),
    Public("ql-w2", _QL, "b96_ql", "b96_ql",
           "$w_2^{new} = w_2 - \\eta \\cdot \\frac{\\partial L}{\\partial w_2} = 0.8 - 0.1 \\times (-0.12) = 0.812$",
           ((C, C, C),), (Twin("update", "W2[0,0]", ("W2[0,0] - eta*grad", "=0.8 - 0.1*(-0.12)", "=0.812")),),
           batch=96),
    # ---- AbdalrhmanFouadOsama2004's CNSASS2 README: \[ ... \] displays ------------------------------------------
    Public("cr-sig", _CR, "b96_cn", "b96_cn_r", "\\[\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n\\]", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=96),
    Public("cr-dsig", _CR, "b96_cn", "b96_cn_r", "\\[\n\\sigma'(x) = x \\cdot (1 - x)\n\\]", ((W,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("z1[0]*(1 - z1[0])",)),), batch=96,
           why="sigma'(x) is sigma(x) (1 - sigma(x)); x (1 - x) is it only where x is the sigmoid's output, which "
               "the page's x, the sigmoid's argument a line above, is not (the code's sigmoid_derivative is called "
               "with outputs): the page's slip"),
    # ---- CNSASS2's notebook (Python): def ... return, list comprehensions, sum(... for k in ...), input-first
    # weights [j][i], += inside a loop; Mazur's numbers -----------------------------------------------------------
    Public("cn-sig", _CN, "b96_cn", "b96_cn_f", "def sigmoid(x):\n  return 1 / (1 + math.exp(-x))", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=96),
    Public("cn-dsig", _CN, "b96_cn", "b96_cn_fd", "def sigmoid_derivative(x):\n  return x * (1 - x)", ((C,),),
           (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),), batch=96,
           why="written of the unit's output, with which it is called"),
    Public("cn-zh", _CN, "b96_cn", "b96_cn",
           "  hidden_layer_input[i] = (inputs[0][0] * hidden_weights[0][i]) + (inputs[0][1] * hidden_weights[1][i]) + "
           "hidden_bias[i]", ((C,),),
           (Twin("value", "z1[{i}]", ("x[0]*W1[{i},0] + x[1]*W1[{i},1] + b1[{i}]",), _I2),), batch=96,
           why="hidden_weights[j][i] from input j to hidden unit i"),
    Public("cn-ah", _CN, "b96_cn", "b96_cn", "  hidden_layer_output = [sigmoid(h) for h in hidden_layer_input]",
           ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),), batch=96),
    Public("cn-zo", _CN, "b96_cn", "b96_cn",
           "  output_layer_input[i] = (hidden_layer_output[0] * output_weights[0][i]) + (hidden_layer_output[1] * "
           "output_weights[1][i]) + output_bias[i]", ((C,),),
           (Twin("value", "z2[{i}]", ("a1[0]*W2[{i},0] + a1[1]*W2[{i},1] + b2[{i}]",), _I2),), batch=96),
    Public("cn-ao", _CN, "b96_cn", "b96_cn", "  output_layer_output = [sigmoid(o) for o in output_layer_input]",
           ((C,),), (Twin("value", "a2[{k}]", ("sigmoid(z2[{k}])",), _K2),), batch=96),
    Public("cn-eo", _CN, "b96_cn", "b96_cn",
           "output_errors = [expected_output[0][i] - output_layer_output[i] for i in range(output_layer_size)]",
           ((C,),), (Twin("value", "y[{k}] - a2[{k}]", ("y[{k}] - a2[{k}]",), _K2),), batch=96),
    Public("cn-go", _CN, "b96_cn", "b96_cn",
           "output_gradients = [sigmoid_derivative(output_layer_output[i]) * output_errors[i] for i in "
           "range(output_layer_size)]", ((C,),),
           (Twin("value", "-" + _D2, ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K2),), batch=96,
           why="-dE/dnet of the half squared error, a value"),
    Public("cn-wo", _CN, "b96_cn", "b96_cn",
           "    output_weights[j][i] += learning_rate * output_gradients[i] * hidden_layer_output[j]", ((C,),),
           (Twin("update", "W2[{i},{j}]", ("W2[{i},{j}] + eta*(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])*a1[{j}]",),
                 _IJ22),), batch=96),
    Public("cn-bo", _CN, "b96_cn", "b96_cn", "    output_bias[i] += learning_rate * output_gradients[i]", ((C,),),
           (Twin("update", "b2[{i}]", ("b2[{i}] + eta*(y[{i}] - a2[{i}])*a2[{i}]*(1 - a2[{i}])",), _I2),), batch=96,
           why="one step of the bias as the line writes it (the page indents it inside the loop over j, so it runs "
               "hidden_layer_size times: the loop's slip, not the line's)"),
    Public("cn-eh", _CN, "b96_cn", "b96_cn",
           "hidden_errors = [sum(output_gradients[k] * output_weights[j][k] for k in range(output_layer_size)) for j in "
           "range(hidden_layer_size)]", ((C,),),
           (Twin("value", "-(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]", (_CE,), _J2),), batch=96,
           why="-dE/d(hidden output), output_weights the weights as the notation names them (the page has already "
               "moved them two lines above: the order's slip, not the formula's)"),
    Public("cn-gh", _CN, "b96_cn", "b96_cn",
           "hidden_gradients = [sigmoid_derivative(hidden_layer_output[i]) * hidden_errors[i] for i in "
           "range(hidden_layer_size)]", ((C,),),
           (Twin("value", "-(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]*a1[{j}]*(1 - a1[{j}])",
                 ("a1[{j}]*(1 - a1[{j}])*" + _CE,), _J2),), batch=96,
           why="the hidden units' -dE/dnet"),
    Public("cn-wh", _CN, "b96_cn", "b96_cn",
           "    hidden_weights[j][i] += learning_rate * hidden_gradients[i] * inputs[0][j]", ((C,),),
           (Twin("update", "W1[{i},{j}]", ("W1[{i},{j}] + eta*a1[{i}]*(1 - a1[{i}])*" + _CEI + "*x[{j}]",), _IJ22),),
           batch=96),
    # ---- GOPY-OCR's maths.c (C): a one-line function, a local double s ---------------------------------------------
    Public("go-sig", _GO, "b96_c_sig", "b96_c_sig", "double sigmoid(double x) { return 1 / (1 + exp(-x)); }", ((C,),),
           (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=96),
    Public("go-dsig", _GO, "b96_c_sig", "b96_c_sig",
           "double sigmoid_prime(double x) {\n    double s = sigmoid(x);\n    return s * (1 - s);\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=96, why="a local s, then the return"),
    # ---- yepIwt's fictional-system sigmoid.cpp (C++): functions over lines with a tab ------------------------------
    Public("yp-sig", _YP, "b96_c_sig", "b96_c_sig", "double sigmoid(double x) {\n\treturn 1 / (1 + exp(-x));\n}",
           ((C,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),), batch=96),
    Public("yp-dsig", _YP, "b96_c_sig", "b96_c_sig",
           "double sigmoid_dx(double x) {\n\treturn sigmoid(x) * (1 - sigmoid(x));\n}", ((C,),),
           (Twin("value", "sigmoid(z1[0])*(1 - sigmoid(z1[0]))", ("sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),),
           batch=96),
]
