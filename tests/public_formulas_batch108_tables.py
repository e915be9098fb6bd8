"""The networks and notations of batch 108 of the held-out public formulas (tests/public_formulas_batch108.py,
which re-exports them, so that tests/blind_batch.py finds them there as for every batch): a network of the
kind each page describes, with the page's numbers where it works an example, and the notation a teacher
would write for the page under shared/spec/notation.md (and docs/notation.md for what the product
documents). Keys start with b108_ so that no earlier batch's network or notation is replaced when the
batches' tables are merged.
"""

from __future__ import annotations

from functools import partial

from batch_tables import LEARNING_RATE, problem_text, data_tables as _data


_layers = partial(problem_text, extra=LEARNING_RATE)

# the ERA/EVA course's network (TSAI's session on backpropagation in a spreadsheet): inputs i1, i2, hidden h1, h2
# (sigmoid a_h1, a_h2), outputs o1, o2 (sigmoid a_o1, a_o2), no biases, E1 + E2 with E1 = 1/2 (t1 - a_o1)^2;
# h1 = w1 i1 + w2 i2, h2 = w3 i1 + w4 i2, o1 = w5 a_h1 + w6 a_h2, o2 = w7 a_h1 + w8 a_h2
_ERA_HIDDEN = 'inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"'
_ERA_OUTPUT = 'units = 2\nactivation = "sigmoid"\nbias = "none"'
# the class's numbers (w1 = 0.15 ... w8 = 0.55), as deepanshudashora's and ojhajayant's pages give them
_ERA_W1 = "\nweights = [[0.15, 0.2], [0.25, 0.3]]"
_ERA_W2 = "\nweights = [[0.4, 0.45], [0.5, 0.55]]"

NETWORKS = {
    # varun-senthilnathan's README: the course's network with the page's i1 = 0.05, i2 = 0.1, t1 = t2 = 0.5 (its
    # weights not given)
    "b108_va": problem_text(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error",
                            extra=_data("[0.05, 0.1]", "[0.5, 0.5]", 0.1)),
    # deepanshudashora's README: the class's weights w1 = 0.15 ... w8 = 0.55 (its table); inputs and targets as
    # the class sheet's (i1 = 0.05, i2 = 0.1, t1 = 0.01, t2 = 0.99)
    "b108_dd": problem_text(_ERA_HIDDEN + _ERA_W1, _ERA_OUTPUT + _ERA_W2, loss="half_squared_error",
                            extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.1)),
    # shrey131195's README: the course's network, no numbers given
    "b108_sh": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # sushant097's README: the course's network, no numbers given
    "b108_su": _layers(_ERA_HIDDEN, _ERA_OUTPUT, loss="half_squared_error"),
    # ojhajayant's EVA8 Readme: the class's weights, i1 = 0.05, i2 = 0.1, t1 = 0.01, t2 = 0.99 (its Major Step 1)
    "b108_oj": problem_text(_ERA_HIDDEN + _ERA_W1, _ERA_OUTPUT + _ERA_W2, loss="half_squared_error",
                            extra=_data("[0.05, 0.1]", "[0.01, 0.99]", 0.1)),
    # DiegoGranadosLy's gradtarget.m (Octave): X a row of inputs "plus a final column equal to 1" (the hidden
    # layer's bias as a third input, always 1), W1 (hidden x 3), a sigmoid hidden layer, y1 given a bias column
    # before the sigmoid output (the output's bias), delta2 = -(Y - y).*(y.*(1 - y)): half the squared error; two
    # inputs and a constant 1, two hidden units here
    "b108_dg": problem_text('inputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"',
                            'units = 1\nactivation = "sigmoid"', loss="half_squared_error",
                            extra=_data("[0.3, 0.7, 1.0]", "[1.0]", 0.1)),
    # m87's neuron.f95 (Fortran): sigmoid neurons (neuron_activeFunc), a gradient of target_ - output at the
    # outputs; two inputs, two hidden units and one output here, half the squared error
    "b108_m8": _layers('inputs = 2\nunits = 2\nactivation = "sigmoid"', 'units = 1\nactivation = "sigmoid"',
                       loss="half_squared_error"),
    # asfarley's nnmin.rb (Ruby): NN.new(1, 1, 0.1), one input, one sigmoid output with a bias (the 1 inserted
    # before the input), e = output - target; the row input 0, target 1 of its training set
    "b108_as": problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error",
                            extra=_data("[0.0]", "[1.0]", 0.1)),
    # hayago's Math.swift: the sigmoid and its derivative, at a unit's sum x (one sigmoid unit, two inputs here)
    "b108_hy": _layers('inputs = 2\nunits = 1\nactivation = "sigmoid"', loss="half_squared_error"),
    # r0fls's nn.lua (Trask's 11-line network in Lua): three inputs (the third always 1), one sigmoid output, no
    # bias, l1_error = y - l1 (half the squared error's -dE/dl1); the row {0, 1, 1} with target 0 of its X and y
    "b108_lu": problem_text('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"',
                            loss="half_squared_error", extra=_data("[0.0, 1.0, 1.0]", "[0.0]", 1.0)),
}

# the course's names as the ERA pages write them in plain text
_ERA_PLAIN = r'''
"i1" = "x[0]"
"i2" = "x[1]"
"t1" = "y[0]"
"t2" = "y[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"w3" = "W1[1, 0]"
"w4" = "W1[1, 1]"
"w5" = "W2[0, 0]"
"w6" = "W2[0, 1]"
"w7" = "W2[1, 0]"
"w8" = "W2[1, 1]"
"h1" = "z1[0]"
"h2" = "z1[1]"
"o1" = "z2[0]"
"o2" = "z2[1]"
"E1" = "0.5*(y[0] - a2[0])**2"
"E2" = "0.5*(y[1] - a2[1])**2"
'''

NOTATIONS = {
    # varun-senthilnathan's names: i1, i2, t1, t2, w1 ... w8, h1, h2, a_h1, a_h2, o1, o2, a_o1, a_o2, Etotal the
    # loss, LR the rate, w the weight of the generic update; sigmoid(x) defined at a unit's sum x
    "b108_va": r'''
[notation]
indices = "q"
loss = ["Etotal"]
learning_rate = ["LR"]
parameter = ["w"]
[notation.symbols]''' + _ERA_PLAIN + r'''"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"x" = "z1[0]"
''',
    # deepanshudashora's LaTeX: the same names, a_{h1} ... a_{o2} in braces, w_5 and o_1 with an underscore too,
    # E_1 and E1 the first output's half squared error, E_{\text{total}} the loss, W_{\text{t}} and
    # W_{\text{t+1}} the weight before and after the step, GRADIENTS its gradient, LearningRate the rate
    "b108_dd": r'''
[notation]
indices = "q"
loss = ["E_{\\text{total}}"]
learning_rate = ["LearningRate"]
[notation.symbols]''' + _ERA_PLAIN + r'''"w_{5}" = "W2[0, 0]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"E_{1}" = "0.5*(y[0] - a2[0])**2"
"E_{2}" = "0.5*(y[1] - a2[1])**2"
"a_{h1}" = "a1[0]"
"a_{h2}" = "a1[1]"
"a_{o1}" = "a2[0]"
"a_{o2}" = "a2[1]"
"W_{\\text{t}}" = "W2[0, 1]"
"W_{\\text{t+1}}" = "new(W2[0, 1])"
"GRADIENTS" = "grad(W2[0, 1])"
''',
    # shrey131195's plain text: the course's names, E_t the loss (E_total in its list), sigmoid(x) at a sum x
    "b108_sh": r'''
[notation]
indices = "q"
loss = ["E_t", "E_total"]
[notation.symbols]''' + _ERA_PLAIN + r'''"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
"x" = "z1[0]"
''',
    # sushant097's page: the course's names in $...$ (a_{h1}, E_{total}) and in plain text (a_h1, E_total), σ the
    # sigmoid, LR the rate
    "b108_su": r'''
[notation]
indices = "q"
loss = ["E_{total}", "E_total"]
learning_rate = ["LR"]
[notation.symbols]''' + _ERA_PLAIN + r'''"a_{h1}" = "a1[0]"
"a_{h2}" = "a1[1]"
"a_{o1}" = "a2[0]"
"a_{o2}" = "a2[1]"
"a_h1" = "a1[0]"
"a_h2" = "a1[1]"
"a_o1" = "a2[0]"
"a_o2" = "a2[1]"
''',
    # ojhajayant's $$ lines: h_1, w_1 ... w_8, i_1, t_1 with underscores, σ the sigmoid, E_1 and E_2 the outputs'
    # halves (its a__h_1, a__o_1 and E__Total, with doubled underscores, are no pattern a teacher can write)
    "b108_oj": r'''
[notation]
indices = "q"
[notation.symbols]
"i_{1}" = "x[0]"
"i_{2}" = "x[1]"
"t_{1}" = "y[0]"
"t_{2}" = "y[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"w_{3}" = "W1[1, 0]"
"w_{4}" = "W1[1, 1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"w_{7}" = "W2[1, 0]"
"w_{8}" = "W2[1, 1]"
"h_{1}" = "z1[0]"
"h_{2}" = "z1[1]"
"o_{1}" = "z2[0]"
"o_{2}" = "z2[1]"
"E_{1}" = "0.5*(y[0] - a2[0])**2"
"E_{2}" = "0.5*(y[1] - a2[1])**2"
''',
    # DiegoGranadosLy's Octave names: X the row of inputs (with its final 1), W1 the hidden weights (hidden x
    # inputs), capa1 and capa2 the layers' sums, y1 the hidden outputs (before the bias column is put in front), y
    # the output, Y the label (rows: the transposes), delta2 dE/dz of the output
    "b108_dg": r'''
[notation]
indices = "q"
[notation.symbols]
"X" = "x[:].T"
"W1" = "W1[:, :]"
"capa1" = "z1[:].T"
"capa2" = "z2[:].T"
"y1" = "a1[:].T"
"y" = "a2[:].T"
"Y" = "y[:].T"
"delta2" = "delta2[:].T"
''',
    # m87's Fortran: x a hidden neuron's sum, f its output (the function's result), fd its slope, delta = target_ -
    # this%output an output neuron's error (target_, with its trailing underscore, is refused by the loader: "a
    # subscript or superscript is missing at the end"; this%output, with its %, too: "cannot read '%'"; so the
    # notation names neither)
    "b108_m8": r'''
[notation]
indices = "q"
[notation.symbols]
"x" = "z1[0]"
"f" = "a1[0]"
"fd" = "a1[0]*(1 - a1[0])"
"delta" = "y[0] - a2[0]"
''',
    # asfarley's Ruby: output[i] the i-th output (one here), neuron_input its sum, target[i] its target, e the
    # outputs' errors output - target
    "b108_as": r'''
[notation]
indices = "i"
[notation.symbols]
"output[i]" = "a1[i]"
"target[i]" = "y[i]"
"neuron_input" = "z1[0]"
"e" = "a1[0] - y[0]"
''',
    # hayago's Swift: x a unit's sum, sigmoidDerivative the sigmoid's slope at it
    "b108_hy": r'''
[notation]
functions = { sigmoidDerivative = "sigmoid' at input" }
[notation.symbols]
"x" = "z1[0]"
''',
    # r0fls's Lua: l0 the input row, w the weights, l1 the output, y the target, nonlin_array the sigmoid taken
    # entrywise, l1_error = y - l1, l1_delta the code's delta (-dE/dz of half the squared error)
    "b108_lu": r'''
[notation]
indices = "q"
functions = { nonlin_array = "sigmoid" }
[notation.symbols]
"l0" = "x[:].T"
"w" = "W1[0, :]"
"l1" = "a1[:]"
"y" = "y[:]"
"l1_error" = "y[0] - a1[0]"
"l1_delta" = "-delta1[0]"
''',
}
