"""The networks and notations of batch 73 of the held-out public formulas (tests/public_formulas_batch73.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b73_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# kretzschauer's XOR lesson: the input (1, 0, 1) is the bias neuron's 1, x_1 = 0 and x_2 = 1; W^{IH} (rows the
# inputs 0..2, columns the hidden nodes 0..2) is 0.1 everywhere but w^{IH}_{01} = 0.2; three sigmoid hidden nodes
# (the first, which the page calls the hidden layer's bias node, is computed as sigma(0.2) and used as a unit)
_KR_HIDDEN = 'inputs = 2\nunits = 3\nactivation = "sigmoid"\nweights = [[0.1, 0.1], [0.1, 0.1], [0.1, 0.1]]\n' \
             'biases = [0.1, 0.2, 0.1]'

NETWORKS = {
    # AlfonsJ's exam problem 2023_01_16 (APR course, Valencia): x = (1, 1) -> two sigmoid units (theta^1: biases
    # 1, 1, weights [[1, 1], [-1, -1]]) -> two sigmoid outputs (theta^2 the same), t = (0.1, 0.9), rho = 1.0,
    # L = 1/2 ||y - yhat||^2 (the notebook's own "Solución con notación matricial")
    "b73_alfons16": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[1.0, 1.0], [-1.0, -1.0]]\n'
                                 'biases = [1.0, 1.0]',
                                 'units = 2\nactivation = "sigmoid"\nweights = [[1.0, 1.0], [-1.0, -1.0]]\n'
                                 'biases = [1.0, 1.0]',
                                 loss="half_squared_error", extra=_data("[1.0, 1.0]", "[0.1, 0.9]", learning_rate=1.0)),
    # AlfonsJ's exam problem 2023_01_30: x = (1, 0, 2) -> two sigmoid units (W = [[-1.5, -1, 0.5], [1, 1, -0.5]],
    # b1 = (1, -2)) -> three linear outputs (V = [[-1.5, 1], [0.5, 1], [-0.5, -1]], b2 = (0.5, 1, -0.5)),
    # t = (-1, 1, -2), rho = 1.0, L = 1/2 ||y - yhat||^2
    "b73_alfons30": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\n'
                                 'weights = [[-1.5, -1.0, 0.5], [1.0, 1.0, -0.5]]\nbiases = [1.0, -2.0]',
                                 'units = 3\nactivation = "identity"\nweights = [[-1.5, 1.0], [0.5, 1.0], [-0.5, -1.0]]\n'
                                 'biases = [0.5, 1.0, -0.5]',
                                 loss="half_squared_error",
                                 extra=_data("[1.0, 0.0, 2.0]", "[-1.0, 1.0, -2.0]", learning_rate=1.0)),
    # kretzschauer's forward pass: the three hidden nodes above -> two sigmoid outputs without bias, W^{HO} (rows the
    # hidden nodes, columns the outputs) [[0.2, 0.1], [0.1, 0.1], [0.1, 0.1]]; XOR's target for (0, 1) is 1 (a
    # second output's target, not given, 0 here); the learning factor 1
    "b73_kr_forward": problem_text(_KR_HIDDEN, 'units = 2\nactivation = "sigmoid"\nbias = "none"\n'
                                               'weights = [[0.2, 0.1, 0.1], [0.1, 0.1, 0.1]]',
                                   loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0, 0.0]", learning_rate=1.0)),
    # kretzschauer's derivation: "für eine Komponente", one output FO with E = 1/2 (t - FO)^2, FI = w^{HO}_{10} HO_0
    # + w^{HO}_{11} HO_1 + w^{HO}_{12} HO_2: the same hidden layer, the first output's weights
    "b73_kr_single": problem_text(_KR_HIDDEN, 'units = 1\nactivation = "sigmoid"\nbias = "none"\n'
                                              'weights = [[0.2, 0.1, 0.1]]',
                                  loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", learning_rate=1.0)),
    # alainlebret's single neuron (section 3 of the notebook): inputs 1.0 and 1.0, weights 0.5 and -0.5, bias 0.0,
    # sigmoid phi, target 1.0, learning rate 0.1, J = 1/2 (y_cible - y)^2
    "b73_lebret": problem_text('inputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.5]]\nbiases = [0.0]',
                               loss="half_squared_error", extra=_data("[1.0, 1.0]", "[1.0]", learning_rate=0.1)),
    # math.techqa.club 2520421 (Welch Labs' network): two inputs -> three sigmoid units -> one sigmoid output, no
    # biases, J = sum 1/2 (y - yhat)^2 over the samples (one here)
    "b73_welch": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"',
                         'units = 1\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # franciscojesusbelmontepintre's notes: a hidden layer and an output layer k of sigmoid (g) nodes, C = sum_j
    # 1/2 (o_j^k - y_j^k)^2; two inputs, two hidden and two output nodes here
    "b73_francisco": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                             loss="half_squared_error"),
    # egtry's exact network (backpropagation-exactly): x = (1, 2) -> two ReLU units, w_11 = 1, w_12 = 1, w_21 = 1,
    # w_22 = -1 (w_jk joins input k to unit j), b_1 = -1, b_2 = 0 -> yhat = v_1 h_1 + v_2 h_2 + c, v_1 = v_2 = 1,
    # c = 0; y = 3, L = (yhat - y)^2
    "b73_egtry": _layers('inputs = 2\nunits = 2\nactivation = "relu"\nweights = [[1.0, 1.0], [1.0, -1.0]]\n'
                         'biases = [-1.0, 0.0]',
                         'units = 1\nactivation = "identity"\nweights = [[1.0, 1.0]]\nbiases = [0.0]',
                         loss="squared_error", extra=_data("[1.0, 2.0]", "[3.0]")),
    # deltaxis2's worked example: binary inputs 0 and 1, the bias node 3 (always 1, weight 1 into each hidden node);
    # input node 1's weights 0.25 and 0.3, node 2's 0.4 and 0.5 (into hidden nodes 1 and 2); the hidden nodes'
    # weights into the output 0.7 and 0.3 (the bias node's 1 here too); target 1, eta = 0.7; sigmoid units and
    # 1/2 (t - y)^2 (the excerpt stops before the page names them)
    "b73_deltaxis": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.25, 0.4], [0.3, 0.5]]\n'
                                 'biases = [1.0, 1.0]',
                                 'units = 1\nactivation = "sigmoid"\nweights = [[0.7, 0.3]]\nbiases = [1.0]',
                                 loss="half_squared_error", extra=_data("[0.0, 1.0]", "[1.0]", learning_rate=0.7)),
    # penasta's list 2 (Prince's letters): x -> f_0 = Omega_0 x + beta_0 -> h_1 = a(f_0) -> f_1 = Omega_1 h_1 + beta_1
    # -> yhat = h(f_1) with h the identity; J = 1/m sum_i (yhat_i - y_i)^2, one sample here; one input, two ReLU
    # units (the list's w_1 ... b_3)
    "b73_penasta": _layers('inputs = 1\nunits = 2\nactivation = "relu"', 'units = 1\nactivation = "identity"',
                           loss="squared_error"),
    # testhelp.link's quiz (Nielsen's BP equations): the input layer 1 (a_j^1 = x_j = 7, 1), a sigmoid layer 2 and a
    # sigmoid output layer 3 of two nodes each, y = (0.3, 0.7), eta = 0.1, the quadratic cost; the weights are in a
    # figure the page does not hold
    "b73_testhelp": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                                 loss="half_squared_error", extra=_data("[7.0, 1.0]", "[0.3, 0.7]")),
    # pullrequest.ru's answer: "strictly layered feed-forward, one output node", sigmoid squashing o, 1/2 (Expected -
    # Actual)^2; two inputs and two hidden nodes here
    "b73_pullrequest": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                               loss="half_squared_error"),
}

NOTATIONS = {
    # AlfonsJ's letters, layers counted from 1 (layer 2 the output), units from 1: theta^l_{ji} the weight of unit j
    # of layer l from input i (theta^l_{j0} the bias, x_0 = 1), phi^l_j the unit's sum, s^l_j its output, t_j the
    # target, delta^l_j = -dL/dphi^l_j (the generalised delta rule: (t - s) s (1 - s) at a sigmoid output), rho the
    # learning factor
    "b73_alfons": r'''
[notation]
indices = "ijl"
learning_rate = ["\\rho"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"t_{j}" = "y[j-1]"
"\\theta_{j0}^{l}" = "b{l}[j-1]"
"\\theta_{ji}^{l}" = "W{l}[j-1, i-1]"
"\\phi_{j}^{l}" = "z{l}[j-1]"
"s_{j}^{l}" = "a{l}[j-1]"
"\\delta_{j}^{l}" = "-grad(z{l}[j-1])"
''',
    # kretzschauer's names: IN (x_0 = IN_0 = 1 the bias neuron, x_1, x_2 the inputs), w^{IH}_{ij} from input i to hidden
    # node j ("woher, wohin"; w^{IH}_{0j} the bias), HI_j and HO_j the hidden nodes' input and output (counted from 0),
    # W^{HO} the matrix HO is multiplied by (rows the hidden nodes), FI and FO the output's input and output; in the
    # derivation w^{HO}_{1i} is the weight into the (one) output 1 from hidden node i, as FI = w^{HO}_{10} HO_0 + ...
    # writes it; t the target, E the error, der = FO (1 - FO) and der_i = HO_i (1 - HO_i), delta = delta^{FO} = (t -
    # FO) der = -dE/dFI, delta^{HO}_i = -dE/dHI_i, \Delta w the step -eta dE/dw
    "b73_kr": r'''
[notation]
indices = "ijk"
loss = ["E"]
[notation.symbols]
"x_{0}" = "1"
"x_{i}" = "x[i-1]"
"IN_{0}" = "1"
"IN_{i}" = "x[i-1]"
"w_{0j}^{IH}" = "b1[j]"
"w_{ij}^{IH}" = "W1[j, i-1]"
"\\Delta w_{0j}^{IH}" = "-eta*grad(b1[j])"
"\\Delta w_{ij}^{IH}" = "-eta*grad(W1[j, i-1])"
"HI_{j}" = "z1[j]"
"HO_{j}" = "a1[j]"
"W^{HO}" = "W2[:, :].T"
"w_{kj}^{HO}" = "W2[k-1, j]"
"\\Delta w_{kj}^{HO}" = "-eta*grad(W2[k-1, j])"
"FI_{k}" = "z2[k]"
"FO_{k}" = "a2[k]"
"t" = "y[0]"
"der" = "a2[0]*(1 - a2[0])"
"der_{j}" = "a1[j]*(1 - a1[j])"
"delta" = "-grad(z2[0])"
"delta^{FO}" = "-grad(z2[0])"
"delta_{j}^{HO}" = "-grad(z1[j])"
''',
    # alainlebret's letters: x_i and w_i the inputs and weights (counted from 1), b the bias, z the sum, y = phi(z) the
    # output, y_cible the target, delta = y - y_cible (the notebook's own definition), phi the sigmoid, J the cost
    "b73_lebret": r'''
[notation]
indices = "i"
loss = ["J"]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{i}" = "W1[0, i-1]"
"b" = "b1[0]"
"z" = "z1[0]"
"y" = "a1[0]"
"y_{\\text{cible}}" = "y[0]"
"\\delta" = "a1[0] - y[0]"
''',
    # Welch Labs' letters: W^{(1)} and W^{(2)} the weight matrices as X W^{(1)} uses them (input-first), yhat the
    # output, y the target, J the cost
    "b73_welch": r'''
[notation]
loss = ["J"]
[notation.symbols]
"W^{(1)}" = "W1[:, :].T"
"W^{(2)}" = "W2[:, :].T"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # the notes' letters for the output layer k: a_j^k the node's input (its sum), o_j^k = g(a_j^k) its output, y_j^k
    # the expected value, C_j^k = 1/2 (o_j^k - y_j^k)^2 the node's share of C, delta_j^k = dC/da_j^k; g the sigmoid;
    # nodes counted from 1
    "b73_francisco": r'''
[notation]
indices = "j"
loss = ["C"]
functions = { g = "sigmoid" }
[notation.symbols]
"a_{j}^{k}" = "z2[j-1]"
"o_{j}^{k}" = "a2[j-1]"
"y_{j}^{k}" = "y[j-1]"
"C_{j}^{k}" = "0.5*(a2[j-1] - y[j-1])**2"
"\\delta_{j}^{k}" = "grad(z2[j-1])"
''',
    # egtry's names: x_1, x_2 the inputs, z_j and h_j the hidden units, w_{jk} joins input k to unit j, b_j, the
    # output's weights v_j and bias c, yhat the output, y the target
    "b73_egtry": r'''
[notation]
functions = { ReLU = "relu" }
[notation.symbols]
"x_{i}" = "x[i-1]"
"z_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"w_{jk}" = "W1[j-1, k-1]"
"b_{j}" = "b1[j-1]"
"v_{j}" = "W2[0, j-1]"
"c" = "b2[0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
''',
    # deltaxis2's names: s1, s2 the sums of the hidden nodes 1 and 2, eta the learning rate
    "b73_deltaxis": r'''
[notation]
[notation.symbols]
"s_{j}" = "z1[j-1]"
''',
    # Prince's letters as the list writes them, i the sample: f_{1,i} the output's pre-activation, yhat_i = h(f_{1,i})
    # the output (h the identity), y_i the target, epsilon_{1,i} = dJ/dyhat_i (and epsilon_1 its mean over the m
    # samples, one here), J the cost
    "b73_penasta": r'''
[notation]
indices = "i"
loss = ["J"]
functions = { h = "identity" }
[notation.symbols]
"f_{1,i}" = "z2[0]"
"f_{1}" = "z2[0]"
"\\hat{y}_{i}" = "a2[0]"
"\\hat{y}" = "a2[0]"
"y_{i}" = "y[0]"
"\\epsilon_{1,i}" = "grad(a2[0])"
"\\epsilon_{1}" = "grad(a2[0])"
"m" = "1"
''',
    # the quiz's letters (Nielsen's, the input layer counted as layer 1, a_j^1 = x_j): a_j^l and z_j^l node j of layer
    # l, w_{ji}^l the weight from node j of layer l-1 to node i of layer l (the quiz's w_{12}^2 joins a_1^1 to a_2^2),
    # delta_j^l = dC/dz_j^l, y_i the expected outputs, C the quadratic cost
    "b73_testhelp": r'''
[notation]
indices = "ijl"
loss = ["C"]
[notation.symbols]
"a_{j}^{1}" = "x[j-1]"
"a_{j}^{l}" = "a{l-1}[j-1]"
"z_{j}^{l}" = "z{l-1}[j-1]"
"w_{ji}^{l}" = "W{l-1}[i-1, j-1]"
"\\delta_{j}^{l}" = "grad(z{l-1}[j-1])"
"y_{i}" = "y[i-1]"
''',
    # the answer's words: Error[output] the output node's error (Expected - Actual) times o(1 - o), -dE/dnet; o the
    # output node's squashed value
    "b73_pullrequest": r'''
[notation]
[notation.symbols]
"Error[output]" = "-grad(z2[0])"
"Expected" = "y[0]"
"Actual" = "a2[0]"
"o" = "a2[0]"
''',
}
