"""The networks and notations of batch 132 of the held-out public formulas (tests/public_formulas_batch132.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b132_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)
_SIG = 'activation = "sigmoid"'

NETWORKS = {
    # the Malagasy/French gradient-descent script (stored file 31652332187): 2 inputs (a prototype of the series
    # liste_X_n), 3 sigmoid hidden units, 1 identity output (identite), no biases, poid_2[i, j] from input j to hidden
    # unit i and poid_3[i, j] from hidden unit j to output i (output-first), the initial weights it writes (W11 ...
    # W32, Wd11 ... Wd13), += updates with (d - y): half the squared error's step, neta = 0.9
    "b132_mg": problem_text(f'inputs = 2\nunits = 3\n{_SIG}\nbias = "none"\n'
                            'weights = [[2.00629619, -0.83951950], [0.72885470, -1.27959587], [2.93568954, 0.93225648]]',
                            'units = 1\nactivation = "identity"\nbias = "none"\n'
                            'weights = [[-1.69293770, 0.90328434, -1.77568942]]',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.9\n"),
    # the French Retropropagation class (stored file 65854200730): Reseau([3, 4, 2]), sigmoid neurons with weights
    # (poids) and a bias (biais), erreur = cible - sortie, poids + taux * delta * entree: half the squared error's
    # step; its example's inputs [0.8, 0.2, 0.5], targets [0.3, 0.7], taux 0.1
    "b132_fr": problem_text(f'inputs = 3\nunits = 4\n{_SIG}', f'units = 2\n{_SIG}', loss="half_squared_error",
                            extra=_data("[0.8, 0.2, 0.5]", "[0.3, 0.7]", 0.1)),
    # the French BackPP module (stored file 33775908383): classic backpropagation's helpers, Delta(d, Fi, Fp) = (d -
    # Fi) * Fp for an output neuron, Delta_cache for a hidden one, Correcteur(eta, x, delta) = eta * x * delta, maj(w,
    # delta_w) = w + delta_w: half the squared error's step; a 2-2-1 sigmoid network with biases here
    "b132_bp": _layers(f'inputs = 2\nunits = 2\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error"),
    # nathansamsel's simple_backpropagation_example (src/ex_network.py): 2-2-1 sigmoid without biases, weights[0] = [[.1,
    # .8], [.4, .6]] (row j: hidden unit j's weights), weights[1] = [.3, .9], updates adding the error terms
    # (target - output) o (1 - o) with no rate (the repository's description: "Assume a learning rate of 1")
    "b132_ns": problem_text(f'inputs = 2\nunits = 2\n{_SIG}\nbias = "none"\nweights = [[0.1, 0.8], [0.4, 0.6]]',
                            f'units = 1\n{_SIG}\nbias = "none"\nweights = [[0.3, 0.9]]',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 1.0\n"),
    # the Italian page "Retropropagazione" of RNeFL (performancetrading.it): input j -> hidden k (w1[j][k]), hidden k ->
    # output j (w2[k][j]), I the neurons' sums, h[k] the hidden activations, y[j] the outputs, D[j] the targets, err
    # the squared error, epsilon the rate; sigmoid neurons (the site's activation), no biases; 2-3-2 here
    "b132_pt": _layers(f'inputs = 2\nunits = 3\n{_SIG}\nbias = "none"', f'units = 2\n{_SIG}\nbias = "none"',
                       loss="half_squared_error"),
    # the Data Science Stack Exchange question 11743: 2 inputs, 3 sigmoid hidden units with biases b_1, b_2, b_3, one
    # sigmoid output without a bias (z^3_1 = w^2_11 a^2_1 + w^2_12 a^2_2 + w^2_13 a^2_3), C = 1/2 (a^3 - y)^2
    "b132_ds": _layers(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 1\n{_SIG}\nbias = "none"',
                       loss="half_squared_error"),
    # the German neuronalesNetzwerk (stored file 14979583395, Rashid's scheme): sigmoid layers without biases, ge_v1
    # (hidden x input) and ge_va (output x hidden) output-first, columns of inputs and targets (ndmin=2).T,
    # ausgabe_fehler = ziele - ausgabe_outputs, += updates: half the squared error's step; 784-500-10 there (the one
    # hidden layer's branch, verstecktelayers = 1), 3-4-2 here, learnrate 0.05
    "b132_de": problem_text(f'inputs = 3\nunits = 4\n{_SIG}\nbias = "none"', f'units = 2\n{_SIG}\nbias = "none"',
                            loss="half_squared_error", extra="\n[update]\nlearning_rate = 0.05\n"),
    # JesseHeisenberg's analitics_univer backpropagation.ipynb (a Russian course notebook): its section 4's network,
    # z^[1] = W^[1] x + b^[1] (column vectors, output-first), sigmoid layers, L = 1/2 (y_hat - y)^2; the notebook's
    # NeuralNetworkVerbose on two features, 2-4-1 here
    "b132_jh": _layers(f'inputs = 2\nunits = 4\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error"),
    # the Turkish XOR-like script (stored file 35152788722): 4 inputs, 4 sigmoid hidden units, 2 sigmoid outputs, no
    # biases, ag_giris_gizli (input x hidden) and ag_gizli_cikis (hidden x output) input-first, 1-D rows x[i] (i the
    # sample), toplam_hata = 0.5 sum (hedef - cikis)^2, += updates, ogrenme_katsayisi = 0.1; its first sample
    # [1, 0, 0, 0] -> [0, 0]
    "b132_tr": problem_text(f'inputs = 4\nunits = 4\n{_SIG}\nbias = "none"', f'units = 2\n{_SIG}\nbias = "none"',
                            loss="half_squared_error", extra=_data("[1.0, 0.0, 0.0, 0.0]", "[0.0, 0.0]", 0.1)),
    # the MATLAB MLP classdef commented in Chinese (stored file 23200286545): hidden_weights (hidden x input) and
    # output_weights (output x hidden) output-first, sigmoid layers without biases, output_error = (target - output)
    # .* output .* (1 - output), updates adding learning_rate times the grad_ names: half the squared error's step;
    # sizes the constructor's arguments, 2-3-2 here
    "b132_cm": _layers(f'inputs = 2\nunits = 3\n{_SIG}\nbias = "none"', f'units = 2\n{_SIG}\nbias = "none"',
                       loss="half_squared_error"),
    # the MATLAB diabetes-risk script (stored file 4980595262): samples as rows (X_normalized * W1 + b1), W1 (2 x 3) and
    # W2 (3 x 1) input-first, sigmoid layers with biases, error = 0.5 * (Y - output).^2 summed over the samples,
    # learning_rate 0.1; 2-3-1 as there, one sample here
    "b132_ml": problem_text(f'inputs = 2\nunits = 3\n{_SIG}', f'units = 1\n{_SIG}', loss="half_squared_error",
                            extra="\n[update]\nlearning_rate = 0.1\n"),
}

NOTATIONS = {
    # the script's delta_sortie function: delta[i] its output i's delta (-dE/dz2: the updates add it), somme output
    # i's sum over the hidden outputs, sortie_desire[i] the target, poid_2 and poid_3 the weights (output-first),
    # delta_poid_2, delta_poid_3 their steps and New_poid_2, New_poid_3 their new values; derive_sigmoide(x) the
    # sigmoid's slope at x. The code's own functions V_entrer(n)[j] (the input), V_cacher(n, 1)[j] (the hidden outputs),
    # V_cacher(n, 0)[i] (the hidden sums), V_sortie(n)[i] (the output), delta_sortie(n)[i] and delta_cacher(n)[i] (the
    # deltas) have no pattern: the loader takes none of the form name(arguments)[i] ("is not one symbol")
    "b132_mg": r'''
[notation]
indices = "ij"
learning_rate = ["neta"]
functions = { derive_sigmoide = "sigmoid' at input", sigmoide = "sigmoid" }
[notation.symbols]
"delta[i]" = "-delta2[i]"
"somme" = "z2[i]"
"sortie_desire[i]" = "y[i]"
"poid_2[i, j]" = "W1[i, j]"
"poid_3[i, j]" = "W2[i, j]"
"poid_3[0, i]" = "W2[0, i]"
"delta_poid_2[i, j]" = "-eta*grad(W1[i, j])"
"New_poid_2[i, j]" = "new(W1[i, j])"
"delta_poid_3[i, j]" = "-eta*grad(W2[i, j])"
"New_poid_3[i, j]" = "new(W2[i, j])"
''',
    # the same script's delta_cacher function: delta[i] hidden unit i's delta (-dE/dz1); V_cacher(n, 0)[i] and
    # delta_sortie(n)[0] have no pattern (above)
    "b132_mgh": r'''
[notation]
indices = "ij"
functions = { derive_sigmoide = "sigmoid' at input" }
[notation.symbols]
"delta[i]" = "-delta1[i]"
"poid_3[0, i]" = "W2[0, i]"
''',
    # the Retropropagation class's output neurons (k): sortie the neuron's output, cible its target, erreur = cible -
    # sortie, delta_sortie its delta (-dE/dz2: maj_poids adds it), entree the neuron's input j (a hidden output),
    # poids its weight from j, neurone.biais its bias, taux the rate; derivee_sigmoid(sortie) = sortie (1 - sortie),
    # the slope written of the output, named as the class defines it and as its methods call it (self.)
    "b132_fr": r'''
[notation]
indices = "jk"
learning_rate = ["self.taux"]
functions = { derivee_sigmoid = "sigmoid' at output", "self.derivee_sigmoid" = "sigmoid' at output" }
[notation.symbols]
"sortie" = "a2[k]"
"cible" = "y[k]"
"erreur" = "y[k] - a2[k]"
"delta_sortie" = "-delta2[k]"
"delta" = "-delta2[k]"
"entree" = "a1[j]"
"poids" = "W2[k, j]"
"maj_poids" = "new(W2[k, j])"
"neurone.biais" = "b2[k]"
''',
    # the class's delta_cache for a hidden neuron j: sortie its output, deltas_suivants and poids_suivants the next
    # layer's deltas and the weights from j to it, erreur_remontee the error carried back (-dE/d(hidden output j)),
    # delta_cache its delta (-dE/dz1)
    "b132_frh": r'''
[notation]
indices = "jk"
functions = { derivee_sigmoid = "sigmoid' at output", "self.derivee_sigmoid" = "sigmoid' at output" }
[notation.symbols]
"sortie" = "a1[j]"
"deltas_suivants" = "-delta2[:]"
"poids_suivants" = "W2[:, j]"
"erreur_remontee" = "-grad(a1[j])"
"delta_cache" = "-delta1[j]"
''',
    # the BackPP helpers at the output neuron: d the target, Fi the neuron's output, Fp the activation's derivative
    # there (the sigmoid's, Fi (1 - Fi)), delta its error signal (-dE/dz2); Correcteur's x the neuron's input (hidden
    # output 0 here), eta the rate, correction the step of the weight from it
    "b132_bp": r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"d" = "y[0]"
"Fi" = "a2[0]"
"Fp" = "a2[0]*(1 - a2[0])"
"delta" = "-delta2[0]"
"x" = "a1[0]"
"correction" = "-eta*grad(W2[0, 0])"
''',
    # Delta_cache at hidden neuron 0: somme the sum of the next layer's delta * w (-dE/d(its output)), Fp the sigmoid's
    # derivative there, delta_cache its error signal (-dE/dz1)
    "b132_bph": r'''
[notation.symbols]
"somme" = "-grad(a1[0])"
"Fp" = "a1[0]*(1 - a1[0])"
"delta_cache" = "-delta1[0]"
''',
    # ex_network.py: inputs the input, target the target, output the output (an array of one), self.outputs[0] the hidden
    # outputs, self.weights[0] the hidden weights (row index: hidden unit index's), self.weights[1] the output weights
    # (entry index from hidden unit index), error_olayer the output's error term (-dE/dz2), error_hlayer the hidden ones
    # (-dE/dz1); NumPy's multiply, subtract, add and dot (np.zeros((1,)), the array [0.], has no pattern: the loader
    # refuses the call "np.zeros((1,))" as a symbol)
    "b132_ns": r'''
[notation]
indices = "j"
index_names = { index = "j" }
functions = { "np.multiply" = "product", "np.subtract" = "difference", "np.add" = "sum", "np.dot" = "matrix product" }
[notation.symbols]
"inputs" = "x[:]"
"inputs[j]" = "x[j]"
"target" = "y[:]"
"output" = "a2[:]"
"self.outputs[0]" = "a1[:]"
"self.outputs[0][j]" = "a1[j]"
"self.weights[1]" = "W2[0, :]"
"self.weights[1][j]" = "W2[0, j]"
"self.weights[0][j]" = "W1[j, :]"
"error_olayer" = "-delta2[:]"
"error_olayer[0]" = "-delta2[0]"
"error_hlayer" = "-delta1[:]"
"error_hlayer[0]" = "-delta1[0]"
''',
    # the Italian page: w1[j][k] from input j to hidden neuron k, w2[k][j] from hidden k to output j, I[k] hidden k's sum
    # and I[j] output j's, h[k] hidden k's activation, y[j] the outputs, D[j] the targets, err the error, epsilon the
    # rate, delta_w1[j][k] the step of w1[j][k], delta[k] = -(d err / d I[k]) and delta[j] = -(d err / d I[j]); E(j) the
    # page's sum over j
    "b132_pt": r'''
[notation]
indices = "jk"
loss = ["err"]
learning_rate = ["epsilon"]
[notation.symbols]
"w1[j][k]" = "W1[k, j]"
"w2[k][j]" = "W2[j, k]"
"I[k]" = "z1[k]"
"I[j]" = "z2[j]"
"h[k]" = "a1[k]"
"y[j]" = "a2[j]"
"D[j]" = "y[j]"
"delta_w1[j][k]" = "-eta*grad(W1[k, j])"
"delta[k]" = "-delta1[k]"
"delta[j]" = "-delta2[j]"
''',
    # the question's names (counted from 1; layer 1 the input, 2 the hidden layer, 3 the output): z^2_j, a^2_j the
    # hidden sums and outputs, w^1_jk from input k to hidden j, b_j the hidden biases, z^3_1 and a^3 (a^3_1) the output's
    # sum and output, w^2_1k from hidden k to the output, \delta^l_j = dC/dz^l_j (Nielsen's), a^1_k the input (Nielsen's
    # a^1 = x, which the question doubts), C = 1/2 (a^3 - y)^2
    "b132_ds": r'''
[notation]
indices = "jk"
loss = ["C"]
[notation.symbols]
"x_{k}" = "x[k-1]"
"a^{1}_{k}" = "x[k-1]"
"z^{2}_{j}" = "z1[j-1]"
"a^{2}_{j}" = "a1[j-1]"
"w^{1}_{jk}" = "W1[j-1, k-1]"
"b_{j}" = "b1[j-1]"
"z^{3}_{1}" = "z2[0]"
"a^{3}" = "a2[0]"
"a^{3}_{1}" = "a2[0]"
"w^{2}_{1k}" = "W2[0, k-1]"
"\\delta^{3}_{1}" = "delta2[0]"
"\\delta^{2}_{j}" = "delta1[j-1]"
"y" = "y[0]"
''',
    # the German network's one-hidden-layer branch: inputs and ziele the input and target columns, versteckte_inputs
    # and versteckte_outputs the hidden sums and outputs, ausgabe_outputs the outputs, self.ge_v1 and self.ge_va the
    # weights (output-first), ausgabe_fehler = ziele - ausgabe_outputs, versteckte_fehler the output errors carried
    # back by the transposed weights (ge_va.T @ ausgabe_fehler, Rashid's hidden error), self.lr the rate;
    # self.aktivierungsfunktion the sigmoid (scipy's expit)
    "b132_de": r'''
[notation]
learning_rate = ["self.lr"]
functions = { "self.aktivierungsfunktion" = "sigmoid", "np.dot" = "matrix product" }
[notation.symbols]
"inputs" = "x[:]"
"ziele" = "y[:]"
"versteckte_inputs" = "z1[:]"
"versteckte_outputs" = "a1[:]"
"ausgabe_outputs" = "a2[:]"
"self.ge_v1" = "W1[:, :]"
"self.ge_va" = "W2[:, :]"
"ausgabe_fehler" = "y[:] - a2[:]"
"versteckte_fehler" = "W2[:, :].T @ (y[:] - a2[:])"
''',
    # the notebook's section 4 (Ng's bracketed layers): z^{[l]}, a^{[l]}, W^{[l]}, b^{[l]} of layer l (1 the hidden
    # layer, 2 the output), column vectors; y_hat = a^{[2]}; L the loss
    "b132_jh": r'''
[notation]
indices = "l"
[notation.symbols]
"z^{[l]}" = "z{l}[:]"
"a^{[l]}" = "a{l}[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"\\hat{y}" = "a2[0]"
''',
    # the Turkish script: x[i] and y[i] sample i's input and target (i the sample), aktivasyon_gizli and
    # aktivasyon_cikis the hidden and output activations, ag_giris_gizli and ag_gizli_cikis the weights (input-first),
    # hata = y[i] - aktivasyon_cikis, delta_cikis and delta_gizli the code's deltas (-dE/dz: the updates add them),
    # ogrenme_katsayisi the rate; sigmoid_derivative(z) = z (1 - z), called with the activations
    "b132_tr": r'''
[notation]
indices = "i"
learning_rate = ["ogrenme_katsayisi"]
functions = { sigmoid_derivative = "sigmoid' at output", "np.dot" = "matrix product" }
[notation.symbols]
"x[i]" = "x[:]"
"y[i]" = "y[:]"
"aktivasyon_gizli" = "a1[:]"
"aktivasyon_cikis" = "a2[:]"
"ag_giris_gizli" = "W1[:, :].T"
"ag_gizli_cikis" = "W2[:, :].T"
"hata" = "y[:] - a2[:]"
"delta_cikis" = "-delta2[:]"
"delta_gizli" = "-delta1[:]"
''',
    # its sigmoid_derivative's definition, judged at the argument the loop passes: z an output activation
    "b132_trd": r'''
[notation]
indices = "k"
functions = { sigmoid_derivative = "sigmoid' at output" }
[notation.symbols]
"z" = "a2[k]"
''',
    # its toplam_hata(hedef, cikis): the loss of the target hedef and the output cikis
    "b132_trl": r'''
[notation]
loss = ["toplam_hata"]
[notation.symbols]
"hedef" = "y[:]"
"cikis" = "a2[:]"
''',
    # the MATLAB classdef: input, target, hidden_output, output the columns of the layers' values, obj.hidden_weights and
    # obj.output_weights the weights (output-first), output_error and hidden_error the code's error terms (-dE/dz:
    # update adds learning_rate times what they give), grad_output_weights and grad_hidden_weights the code's
    # "gradients" with the sign its update adds (-dE/dW)
    "b132_cm": r'''
[notation.symbols]
"input" = "x[:]"
"target" = "y[:]"
"hidden_output" = "a1[:]"
"output" = "a2[:]"
"obj.hidden_weights" = "W1[:, :]"
"obj.output_weights" = "W2[:, :]"
"output_error" = "-delta2[:]"
"hidden_error" = "-delta1[:]"
"grad_output_weights" = "-grad(W2[:, :])"
"grad_hidden_weights" = "-grad(W1[:, :])"
''',
    # the MATLAB script: samples as rows (one here), X_normalized the inputs, Y the target, hidden_input and
    # hidden_output the hidden sums and outputs (rows), output the output, W1 and W2 input-first (their transposes in
    # symbols.md), d_output and d_hidden dE/dz of the output and hidden units (the updates subtract them), error the
    # loss 0.5 (Y - output)^2, learning_rate the rate
    "b132_ml": r'''
[notation]
loss = ["error"]
[notation.symbols]
"X_normalized" = "x[:].T"
"Y" = "y[0]"
"hidden_input" = "z1[:].T"
"hidden_output" = "a1[:].T"
"output_input" = "z2[0]"
"output" = "a2[0]"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"b1" = "b1[:].T"
"b2" = "b2[0]"
"d_output" = "delta2[0]"
"d_hidden" = "delta1[:].T"
''',
}
