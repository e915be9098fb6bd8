"""Networks the construct tests share, each a problem file's text (docs/problem-format.md), named by its
layers' sizes and activations: a test file's NETWORKS maps its own keys to these (and to networks of its own); and a
notation several files write for one of them."""

from __future__ import annotations

# two inputs, two identity units, the half squared error
LINEAR_2_2 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "identity"\n'
              '[loss]\nname = "half_squared_error"\n')

# two inputs, three identity units, the mean squared error
LINEAR_2_3_MSE = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "identity"\n'
                  '[loss]\nname = "mean_squared_error"\n')

# logistic regression on one input: one sigmoid unit, the binary cross-entropy
LOGISTIC_1 = '[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n'

# logistic regression on two inputs: one sigmoid unit, the binary cross-entropy
LOGISTIC_2 = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\n'
              '[loss]\nname = "binary_cross_entropy"\n')

# logistic regression on two inputs without a bias, the binary cross-entropy
LOGISTIC_2_NO_BIAS = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                      '[loss]\nname = "binary_cross_entropy"\n')

# logistic regression on three inputs: one sigmoid unit, the binary cross-entropy
LOGISTIC_3 = ('[[layer]]\ninputs = 3\nunits = 1\nactivation = "sigmoid"\n'
              '[loss]\nname = "binary_cross_entropy"\n')

# logistic regression on three inputs without a bias, the binary cross-entropy
LOGISTIC_3_NO_BIAS = ('[[layer]]\ninputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
                      '[loss]\nname = "binary_cross_entropy"\n')

# one relu unit on one input, the half squared error
RELU_1_1 = '[[layer]]\ninputs = 1\nunits = 1\nactivation = "relu"\n[loss]\nname = "half_squared_error"\n'

# one relu unit on two inputs, the half squared error
RELU_2_1 = '[[layer]]\ninputs = 2\nunits = 1\nactivation = "relu"\n[loss]\nname = "half_squared_error"\n'

# two inputs, two relu units, the half squared error
RELU_2_2 = '[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\n[loss]\nname = "half_squared_error"\n'

# two inputs, two relu hidden units, one identity output, the half squared error
RELU_2_2_LINEAR_1 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\n'
                     '[[layer]]\nunits = 1\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n')

# two inputs, two relu hidden units, one sigmoid output, the half squared error
RELU_2_2_SIGMOID_1 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\n'
                      '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, two relu hidden units, one sigmoid output, the binary cross-entropy
RELU_2_2_SIGMOID_1_BCE = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\n'
                          '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')

# one sigmoid unit on one input, the squared error
SIGMOID_1_1 = '[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "squared_error"\n'

# one sigmoid unit on two inputs, the half squared error
SIGMOID_2_1 = '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n'

# two inputs, two sigmoid units, the half squared error
SIGMOID_2_2 = '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n'

# two inputs, two sigmoid hidden units, one sigmoid output, the half squared error
SIGMOID_2_2_1 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, two sigmoid hidden units, two sigmoid outputs, the half squared error
SIGMOID_2_2_2 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, two sigmoid units without biases, the half squared error
SIGMOID_2_2_NO_BIAS = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                       '[loss]\nname = "half_squared_error"\n')

# two inputs, three sigmoid units, the half squared error
SIGMOID_2_3 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n'
               '[loss]\nname = "half_squared_error"\n')

# two inputs, three sigmoid hidden units, two sigmoid outputs, the half squared error
SIGMOID_2_3_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, three sigmoid hidden units, two tanh outputs, the half squared error
SIGMOID_2_3_TANH_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n'
                      '[[layer]]\nunits = 2\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n')

# three inputs, two sigmoid units, the half squared error
SIGMOID_3_2 = '[[layer]]\ninputs = 3\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n'

# three inputs, two sigmoid hidden units, two sigmoid outputs, the half squared error
SIGMOID_3_2_2 = ('[[layer]]\ninputs = 3\nunits = 2\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# a softmax classifier: two inputs, three classes, the cross-entropy
SOFTMAX_2_3 = '[[layer]]\ninputs = 2\nunits = 3\nactivation = "softmax"\n[loss]\nname = "cross_entropy"\n'

# one tanh unit on one input, the half squared error
TANH_1_1 = '[[layer]]\ninputs = 1\nunits = 1\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n'

# one tanh unit on two inputs, the half squared error
TANH_2_1 = '[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n'

# two inputs, one tanh hidden unit, one sigmoid output, the half squared error
TANH_2_1_SIGMOID_1 = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, two tanh hidden units, one sigmoid output, the half squared error
TANH_2_2_SIGMOID_1 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, two tanh hidden units, one sigmoid output, the binary cross-entropy
TANH_2_2_SIGMOID_1_BCE = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n'
                          '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')

# two inputs, two tanh hidden units, two sigmoid outputs, the half squared error
TANH_2_2_SIGMOID_2 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, three tanh hidden units, two identity outputs, the squared error
TANH_2_3_LINEAR_2_SE = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                        '[[layer]]\nunits = 2\nactivation = "identity"\n[loss]\nname = "squared_error"\n')

# two inputs, three tanh hidden units, one sigmoid output, the half squared error
TANH_2_3_SIGMOID_1 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, three tanh hidden units, one sigmoid output, the binary cross-entropy
TANH_2_3_SIGMOID_1_BCE = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                          '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')

# two inputs, three tanh hidden units, two sigmoid outputs, the half squared error
TANH_2_3_SIGMOID_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                      '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')

# two inputs, three tanh hidden units and a softmax over three, neither with a bias, the half squared error
TANH_2_3_SOFTMAX_3_NO_BIAS = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\nbias = "none"\n'
                              '[[layer]]\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                              '[loss]\nname = "half_squared_error"\n')

# three inputs, two tanh hidden units, one sigmoid output, the binary cross-entropy
TANH_3_2_SIGMOID_1_BCE = ('[[layer]]\ninputs = 3\nunits = 2\nactivation = "tanh"\n'
                          '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')


# TANH_2_1's quantities as a page names them: s the unit's sum, h its output, v its weights (v_i one), c its bias, t
# its target, E the loss, eta the step
TANH_2_1_NOTATION = r'''
[notation]
indices = "i"
loss = ["E"]
learning_rate = ["\\eta", "eta"]
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"v" = "W1[0, :]"
"v_{i}" = "W1[0, i-1]"
"x" = "x[:]"
"x_{i}" = "x[i-1]"
"c" = "b1[0]"
"t" = "y[0]"
'''


# code's names for a hidden layer (SIGMOID_2_3_2's first): U its weights, X the input, k its biases, S its sums, H its outputs
CODE_HIDDEN_NOTATION = r'''
[notation]
functions = { sigmoid = "sigmoid" }
[notation.symbols]
"X" = "x[:]"
"U" = "W1[:, :]"
"k" = "b1[:]"
"S" = "z1[:]"
"H" = "a1[:]"
'''


# SIGMOID_2_3_2 with its numbers written out (its weights and biases, one sample, a step of 0.5) and the squared
# error (not halved)
SIGMOID_2_3_2_NUMBERED = """
[[layer]]
inputs = 2
units = 3
activation = "sigmoid"
weights = [[0.1, -0.2], [0.3, 0.4], [-0.5, 0.2]]
biases = [0.1, 0.0, -0.1]
[[layer]]
units = 2
activation = "sigmoid"
weights = [[0.5, -0.6, 0.7], [0.2, 0.3, -0.4]]
biases = [0.1, -0.2]
[loss]
name = "squared_error"
[data]
x = [[1.5, -2.0]]
y = [[1.0, 0.0]]
[update]
learning_rate = 0.5
"""
# 3Blue1Brown's notes' names (batch 31's dlz) for SIGMOID_2_3_2_NUMBERED's output layer, its units counted from 0
FROM_ZERO_OUTPUT_NOTATION = """
[notation]
indices = "jk"
loss = ["C_{0}"]
[notation.symbols]
"a_{j}^{(L)}" = "a2[j]"
"y_{j}" = "y[j]"
"w_{jk}^{(L)}" = "W2[j, k]"
"a_{k}^{(L-1)}" = "a1[k]"
"""
