"""The networks and notations of batch 141 of the held-out public formulas (tests/public_formulas_batch141.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it gives them, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b141_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)


def _rate(rate: float) -> str:
    return f"\n[update]\nlearning_rate = {rate}\n"


NETWORKS = {
    # the Portuguese MLP module (stored file 7451993603): logistic hidden and output layers with biases, W1[j][i]
    # (hidden j, input i) and W2[k][j] output-first, B1, B2; erro_saida = y - output and delta_saida = erro *
    # sigmoid_deriv(output) (x (1 - x) of the output): half the squared error's step, += updates; taxa = 0.1
    "b141_pt": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the Spanish RedNeural in PyTorch (stored file 16010301664): [2, 15, 1] sigmoid layers with biases (bias_entrada
    # the hidden layer's, bias_oculto the output's), pesos_oe (M x D) and pesos_so (K x M) output-first, the error
    # 0.5 (X - T)^2, alpha = 0.8; 2-3-1 here
    "b141_es": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.8)),
    # the Portuguese character MLP (stored file 56439762877): sigmoid layers, v (hidden x (inputs + 1)) and w
    # (outputs x (hidden + 1)) with the bias in column 0, z and y_in the sums, erro_total = sum(erro^2)/2, alpha =
    # 0.01; 120-65-26 there, 3-4-2 here
    "b141_pn": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the Polish R script of a master's thesis (stored file 29842131293): f the logistic function, no biases, wagi1
    # (K x m) and wagi2 (m x levels) input-first (column i the weights into unit i), wyjscie0, wyjscie1, wyjscie2 the
    # layers' outputs, delta_wyjsciowa = o (1 - o) (o - y): half the squared error's dE/dz; eta = 0.01; 3-4-2 here
    "b141_pr": problem_text('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                            'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error",
                            extra=_rate(0.01)),
    # the Polish exercise 2 (iv) (stored file 59506051201): its own numbers, input [0.6, 0.1], target [1.0, 0.0],
    # wagi_wejscie_ukryta input-first [[0.1, 0.0, 0.3], [-0.2, 0.2, -0.4]] with biases [0.1, 0.2, 0.5],
    # wagi_ukryta_wyjscie [[-0.4, 0.2], [0.1, -0.1], [0.6, -0.2]] with biases [-0.1, 0.6] (here output-first),
    # sigmoid layers, blad = output - target (half the squared error's dE/da), szybkosc_uczenia = 0.1
    "b141_pl": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                            'weights = [[0.1, -0.2], [0.0, 0.2], [0.3, -0.4]]\nbiases = [0.1, 0.2, 0.5]',
                            'units = 2\nactivation = "sigmoid"\n'
                            'weights = [[-0.4, 0.1, 0.6], [0.2, -0.1, -0.2]]\nbiases = [-0.1, 0.6]',
                            loss="half_squared_error", extra=_data("[0.6, 0.1]", "[1.0, 0.0]", 0.1)),
    # the Polish digits network (stored file 39043480485): sigmoid layers with biases, NumPy rows (X @ wagi1 +
    # bias1, wagi1 input-first), blad = y - wyjscie, += updates, wspolczynnik_uczenia = 0.1; 64-64-10 there, one
    # sample's row of a 3-4-2 network here
    "b141_p2": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the French MNIST program in C (stored file 49500772855): sigmoid layers without biases, W1[h][j] (hidden h,
    # input j) and W2[i][h] (output i, hidden h), Yd the one-hot target, delta_i = f'(poti) (Yd_i - Xi) (half the
    # squared error's -dE/dz), += updates, learning_rate = 0.1; 784-100-10 there, 3-4-2 here
    "b141_fc": _layers('inputs = 3\nunits = 4\nactivation = "sigmoid"\nbias = "none"',
                       'units = 2\nactivation = "sigmoid"\nbias = "none"', loss="half_squared_error"),
    # the French lab's structure notes (stored file 33158158117): zL = a(L-1) @ W_L + b_L with W_L (n_in x n_out)
    # input-first, aL = Fi(zL), fpL = Fp(zL), delta_sortie = (d - a_sortie) * fp_sortie (-dE/dz), updates W <- W +
    # dW with dW = eta * outer(a_precedente, delta_courante); 5-15-15-10 there, one hidden layer (2-3-2, sigmoid)
    # here, eta = 0.1
    "b141_fd": _layers('inputs = 2\nunits = 3\nactivation = "sigmoid"', 'units = 2\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # the French game network ReseauIA (stored file 52570172506): tanh hidden and output layers with biases, W1
    # (16 x 51) and W2 (1 x 16) output-first, perte = 0.5 sum(erreur^2) with erreur = sortie - cible,
    # taux_apprentissage = 0.01; 51-16-1 there, 3-4-1 here
    "b141_fp": problem_text('inputs = 3\nunits = 4\nactivation = "tanh"', 'units = 1\nactivation = "tanh"',
                            loss="half_squared_error", extra=_rate(0.01)),
    # the Polish exercise (zadanie 1 and 2) with beta (stored file 30624556003): x = [1, x1, x2] with the constant
    # 1 as its first input (the hidden units' biases its weights, wagi_ukryta 2 x 3), tanh(beta u) hidden units
    # without other biases, one sigmoid(beta u) output whose bias is wagi_wyjsciowa[0, 0], blad = y - cel and mse =
    # 0.5 sum blad^2 (half the squared error), beta = 1.0, eta = 0.1; the constant input an input of its own here
    "b141_pe": _layers('inputs = 3\nunits = 2\nactivation = "tanh"\nbias = "none"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
}

NOTATIONS = {
    # the Portuguese module's backpropagation function: k an output, j a hidden unit, i an input; the code's deltas
    # are -dE/dz (the updates add them); sigmoid_deriv takes the sigmoid's output; erro_saida and delta_saida the
    # lists; soma, in the loop over j, the hidden unit j's back-propagated error (-dE/da1[j])
    "b141_pt": r'''
[notation]
indices = "ijk"
learning_rate = ["taxa"]
functions = { sigmoid_deriv = "sigmoid' at output" }
[notation.symbols]
"y[k]" = "y[k]"
"output[k]" = "a2[k]"
"hidden[j]" = "a1[j]"
"X[i]" = "x[i]"
"W2[k][j]" = "W2[k, j]"
"W1[j][i]" = "W1[j, i]"
"B2[k]" = "b2[k]"
"B1[j]" = "b1[j]"
"erro_saida" = "y[:] - a2[:]"
"erro_saida[k]" = "y[k] - a2[k]"
"delta_saida" = "-delta2[:]"
"delta_saida[k]" = "-delta2[k]"
"erro_oculta[j]" = "-(delta2[0]*W2[0, j] + delta2[1]*W2[1, j])"
"soma" = "-(delta2[0]*W2[0, j] + delta2[1]*W2[1, j])"
"delta_oculta" = "-delta1[:]"
"delta_oculta[j]" = "-delta1[j]"
''',
    # the Spanish RedNeural's methods: the attributes named whole (one sample's vectors, the output vector of one
    # unit); delta_salida is dE/dz2 (the updates subtract it), delta_oculta is meant as dE/dz1; deltaSalidaAux
    # delta_salida as a row
    "b141_es": r'''
[notation]
learning_rate = ["self.learningRate"]
[notation.symbols]
"self.salidaFinal" = "a2[:]"
"self.etiqueta" = "y[:]"
"self.salidaOculta" = "a1[:]"
"self.entrada" = "x[:]"
"self.pesos_so" = "W2[:, :]"
"self.pesos_oe" = "W1[:, :]"
"self.bias_oculto" = "b2[:]"
"self.bias_entrada" = "b1[:]"
"self.delta_salida" = "delta2[:]"
"deltaSalidaAux" = "delta2[:].T"
"self.delta_oculta" = "delta1[:]"
''',
    # the Portuguese character MLP's backpropagation: t the target, self.y the output, self.y_in and self.z the
    # output's and the hidden layer's sums, w_sem_bias the output weights without the bias column; the code's deltas
    # are -dE/dz (the updates add them); derivada_sigmoide takes the sum
    "b141_pn": r'''
[notation]
learning_rate = ["self.alpha"]
functions = { derivada_sigmoide = "sigmoid' at input" }
[notation.symbols]
"t" = "y[:]"
"self.y" = "a2[:]"
"self.y_in" = "z2[:]"
"self.z" = "z1[:]"
"erro_saida" = "y[:] - a2[:]"
"self.delta_saida" = "-delta2[:]"
"self.erro_total" = "L"
"w_sem_bias" = "W2[:, :]"
"erro_escondida" = "-(W2[:, :].T @ delta2[:])"
"self.delta_escondida" = "-delta1[:]"
''',
    # the Polish R script (R counts from 1): wyjscie0, wyjscie1, wyjscie2 the input, hidden and output vectors, y
    # the target vector, wagi1[,i] the weights into hidden unit i, wagi2[i,] the weights out of hidden unit i,
    # delta_wyjsciowa dE/dz2, delta_ukryta[i] dE/dz1 of hidden unit i, stala[i] its slope
    "b141_pr": r'''
[notation]
indices = "ij"
learning_rate = ["eta"]
functions = { f = "sigmoid" }
[notation.symbols]
"wyjscie0" = "x[:]"
"wyjscie1" = "a1[:]"
"wyjscie1[i]" = "a1[i-1]"
"wyjscie2" = "a2[:]"
"y" = "y[:]"
"wagi1[,i]" = "W1[i-1, :]"
"wagi1[i, j]" = "W1[j-1, i-1]"
"wagi2[i,]" = "W2[:, i-1]"
"delta_wyjsciowa" = "delta2[:]"
"delta_ukryta[i]" = "delta1[i-1]"
"stala[i]" = "a1[i-1]*(1 - a1[i-1])"
''',
    # the Polish exercise's backpropagation: NumPy vectors named whole; wagi_ukryta_wyjscie and
    # wagi_wejscie_ukryta input-first (the transposes of W2, W1); blad_na_samym_wyjsciu dE/da2, delta_wyjsciowa
    # dE/dz2, blad_w_srodku_sieci dE/da1, delta_ukryta dE/dz1; pochodna_funkcji_sigmoid takes the output
    "b141_pl": r'''
[notation]
learning_rate = ["szybkosc_uczenia"]
functions = { pochodna_funkcji_sigmoid = "sigmoid' at output" }
[notation.symbols]
"sygnaly_wejsciowe" = "x[:]"
"oczekiwany_wynik_sieci" = "y[:]"
"sygnal_z_warstwy_ukrytej" = "a1[:]"
"ostateczny_wynik_sieci" = "a2[:]"
"wagi_wejscie_ukryta" = "W1[:, :].T"
"wagi_ukryta_wyjscie" = "W2[:, :].T"
"bias_warstwy_ukrytej" = "b1[:]"
"bias_warstwy_wyjsciowej" = "b2[:]"
"blad_na_samym_wyjsciu" = "a2[:] - y[:]"
"delta_wyjsciowa" = "delta2[:]"
"blad_w_srodku_sieci" = "W2[:, :].T @ delta2[:]"
"delta_ukryta" = "delta1[:]"
"nowe_wagi_ukryta_wyjscie" = "W2[:, :].T"
"nowy_bias_warstwy_ukrytej" = "b1[:]"
''',
    # the Polish digits network: one sample's NumPy rows (X @ wagi1 + bias1), wagi1 and wagi2 input-first; blad
    # y - wyjscie, the code's deltas -dE/dz (the updates add them), blad_ukryty -dE/d a1; pochodna_sigmoid takes
    # the output
    "b141_p2": r'''
[notation]
learning_rate = ["wspolczynnik_uczenia"]
functions = { pochodna_sigmoid = "sigmoid' at output" }
[notation.symbols]
"warstwa_wejsciowa" = "x[:].T"
"y" = "y[:].T"
"warstwa_ukryta" = "a1[:].T"
"wyjscie" = "a2[:].T"
"wagi1" = "W1[:, :].T"
"wagi2" = "W2[:, :].T"
"bias1" = "b1[:].T"
"bias2" = "b2[:].T"
"blad" = "y[:].T - a2[:].T"
"delta_wyjscie" = "-delta2[:].T"
"blad_ukryty" = "-(delta2[:].T @ W2[:, :])"
"delta_ukryty" = "-delta1[:].T"
''',
    # the French C program's output loop (i an output, h a hidden unit): Xi the output i (X_out[i]), Yd the
    # one-hot target, poti the output's sum, fprime its slope; the code's deltas are -dE/dz (the updates add them);
    # the comments' delta_i, Yd_i the same
    "b141_fc": r'''
[notation]
indices = "hij"
learning_rate = ["learning_rate"]
functions = { "f'" = "sigmoid' at input" }
[notation.symbols]
"Xi" = "a2[i]"
"X_out[i]" = "a2[i]"
"Yd[i]" = "y[i]"
"Yd_i" = "y[i]"
"poti" = "z2[i]"
"fprime" = "a2[i]*(1 - a2[i])"
"delta_i" = "-delta2[i]"
"delta_out[i]" = "-delta2[i]"
"X_hidden[h]" = "a1[h]"
"W2[i][h]" = "W2[i, h]"
''',
    # the French C program's hidden loop (h a hidden unit, j an input, i an output): Xh the hidden output h, poth
    # its sum, fprime its slope, somme the sum over the outputs of delta_out[i] W2[i][h]; delta_i, delta_out[i] and
    # delta_hidden[h] -dE/dz
    "b141_fch": r'''
[notation]
indices = "hij"
learning_rate = ["learning_rate"]
functions = { "f'" = "sigmoid' at input" }
[notation.symbols]
"Xh" = "a1[h]"
"X_hidden[h]" = "a1[h]"
"poth" = "z1[h]"
"fprime" = "a1[h]*(1 - a1[h])"
"somme" = "-(delta2[0]*W2[0, h] + delta2[1]*W2[1, h])"
"delta_i" = "-delta2[i]"
"delta_out[i]" = "-delta2[i]"
"delta_h" = "-delta1[h]"
"delta_hidden[h]" = "-delta1[h]"
"W2[i][h]" = "W2[i, h]"
"W1[h][j]" = "W1[h, j]"
"X[j]" = "x[j]"
''',
    # the French lab notes read for the hidden layer (courante the hidden layer, suivante and sortie the output
    # layer, precedente the input): vectors named whole, W_L input-first (n_in x n_out), d the target, fp the
    # activation's slope at the layer's sum; the deltas -dE/dz (W <- W + dW); dW and db the steps of the hidden
    # layer's weights and biases
    "b141_fd": r'''
[notation]
learning_rate = ["eta"]
functions = { outer = "outer product" }
[notation.symbols]
"d" = "y[:]"
"a_sortie" = "a2[:]"
"fp_sortie" = "a2[:]*(1 - a2[:])"
"fp_courante" = "a1[:]*(1 - a1[:])"
"a_precedente" = "x[:]"
"delta_sortie" = "-delta2[:]"
"delta_suivante" = "-delta2[:]"
"W_suivante" = "W2[:, :].T"
"delta_cachee" = "-delta1[:]"
"delta_courante" = "-delta1[:]"
"W" = "W1[:, :].T"
"b" = "b1[:]"
"dW" = "-eta*grad(W1[:, :]).T"
"db" = "-eta*grad(b1[:])"
''',
    # the French ReseauIA.apprendre: vectors named whole, W1 and W2 output-first; erreur_sortie = sortie - cible
    # (dE/da2), delta_sortie and delta_cachee dE/dz, the gradients dE/dW; _derivee_tanh_depuis_activation takes
    # the tanh's output
    "b141_fp": r'''
[notation]
learning_rate = ["taux_apprentissage"]
functions = { "self._derivee_tanh_depuis_activation" = "tanh' at output" }
[notation.symbols]
"vecteur_entree" = "x[:]"
"cible_vecteur" = "y[:]"
"activations_cachee" = "a1[:]"
"activations_sortie" = "a2[:]"
"self.poids_entree_cachee" = "W1[:, :]"
"self.poids_cachee_sortie" = "W2[:, :]"
"erreur_sortie" = "a2[:] - y[:]"
"delta_sortie" = "delta2[:]"
"delta_cachee" = "delta1[:]"
"gradient_poids_cachee_sortie" = "grad(W2[:, :])"
"gradient_poids_entree_cachee" = "grad(W1[:, :])"
''',
    # the Polish exercise's trenuj_po_probce: y_wartosc the output, cel the target, v_ukryte[1:] the hidden outputs
    # (v_ukryte[0] the constant 1), wagi_wyjsciowa[0, 1:] the output's weights from them; delta_wyjscie and
    # delta_ukryta dE/dz; the derivatives take the activation's output and beta (1 here)
    "b141_pe": r'''
[notation]
learning_rate = ["wspolczynnik"]
functions = { pochodna_sigmoidalna = "sigmoid' at output", pochodna_tanh = "tanh' at output" }
[notation.symbols]
"beta" = "1"
"x" = "x[:]"
"y_wartosc" = "a2[0]"
"cel" = "y[0]"
"v_ukryte[1:]" = "a1[:]"
"wagi_ukryta" = "W1[:, :]"
"wagi_wyjsciowa[0, 1:]" = "W2[0, :]"
"blad" = "a2[0] - y[0]"
"delta_wyjscie" = "delta2[0]"
"delta_ukryta" = "delta1[:]"
"gradient_w1" = "grad(W1[:, :])"
''',
}
