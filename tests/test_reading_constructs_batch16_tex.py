"""The reading constructs batch 16 of the public formulas showed missing in its LaTeX, each written as another
author would (other names, another network than the pages'): an update block worked out in numbers whose last row
is the new value (``v_1 = 0.25 - 0.5(-0.25) \\\\ v_1 = 0.25 + 0.125 \\\\ v_1 = 0.375``); a bare letter of a layered
pattern on a one-layer network whose notation also names the input ``o^1 = x`` (Nielsen's counting); ``{\\sigma}'``
braced before its prime and ``\\triangledown`` for nabla; ``e^n`` where the notation names e (the error of pair n);
and Ng's model as a function of its parameters, ``h_{\\vec{\\theta},\\beta}(\\vec{x})``. Each case is judged right
where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, LOGISTIC_3, SIGMOID_2_2_NO_BIAS, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

_UPDATE = "\n[update]\nlearning_rate = 0.5\n"
NETWORKS = {
    # one sigmoid unit on two inputs, no bias, at the file's numbers: z = 0.25*2 - 0.5*1 = 0, a = 0.5, y = 1, the
    # half squared error: dE/dv = (a - y) a (1 - a) u = (-0.25, -0.125); r = 0.5: v becomes (0.375, -0.4375)
    "worked": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.25, -0.5]]\n'
              '[loss]\nname = "half_squared_error"\n[data]\nx = [[2.0, 1.0]]\ny = [[1.0]]\n' + _UPDATE,
    "neuron": LOGISTIC_2,
    "logistic": LOGISTIC_3,
    # two sigmoid layers 2-3-2, the half squared error (Nielsen's BP1)
    "two": SIGMOID_2_3_2 + _UPDATE,
    # a chain 2-1-1 of sigmoid units, the binary cross-entropy (a model of two layers)
    "chain": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n'
             '[loss]\nname = "binary_cross_entropy"\n',
    # two sigmoid outputs on two inputs without bias, the squared error summed (zingale's kind, other names)
    "pairs": SIGMOID_2_2_NO_BIAS + _UPDATE,
}
CHECKS = CaseChecks(NETWORKS)

_WORKED = r'''
[notation]
learning_rate = ["r"]
loss = ["E"]
[notation.symbols]
"v_{k}" = "W1[0, k-1]"
"u_{k}" = "x[k-1]"
"o" = "a1[0]"
"d" = "y[0]"
'''
# Nielsen's counting with other letters: o^l_j the activations (the input o^1 = x), t the target
_LAYERED = r'''
[notation]
indices = "jkl"
loss = ["E"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b_{j}^{l}" = "b{l-1}[j]"
"z_{j}^{l}" = "z{l-1}[j]"
"o_{j}^{l}" = "a{l-1}[j]"
"o_{k}^{1}" = "x[k]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
"t_{j}" = "y[j]"
'''
# the error of training pair n, e^n = o - t^n, with the n a literal mark; g the sigmoid of its input s_i
_PAIRS = r'''
[notation]
indices = "ij"
functions = { g = "sigmoid" }
[notation.symbols]
"M_{ij}" = "W1[i-1, j-1]"
"u_{j}^{n}" = "x[j-1]"
"t_{i}^{n}" = "y[i-1]"
"o_{i}" = "a1[i-1]"
"s_{i}" = "z1[i-1]"
"e_{i}^{n}" = "a1[i-1] - y[i-1]"
'''
_LOGISTIC = r'''
[notation]
indices = "j"
loss = ["J"]
functions = { h = "layer" }
[notation.symbols]
"\\theta_{j}" = "W1[0, j-1]"
"\\beta" = "b1[0]"
"x_{j}" = "x[j-1]"
"y" = "y[0]"
'''
_CHAIN = r'''
[notation]
indices = "j"
functions = { f = "layer" }
[notation.symbols]
"U_{j}" = "W1[0, j-1]"
"V" = "W2[0, 0]"
"x_{j}" = "x[j-1]"
"h" = "a1[0]"
"\\hat{y}" = "a2[0]"
'''
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DELTA = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_MODEL = "1/(1 + exp(-(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0])))"


def _update_block(*rows: str) -> str:
    return "\\begin{array}{l}\n" + " \\\\\n".join(rows) + "\n\\end{array}"


def _cases() -> list[Public]:
    cases = []
    # 1. an update block worked out in numbers: its rows after the step are the update's, its last the new value
    for key, rows, verdicts, members in (
            ("update-block", ("v_1 = 0.25 - 0.5(-0.25)", "v_1 = 0.25 + 0.125", "v_1 = 0.375"), (C, C, C),
             ("=0.25 - 0.5*(-0.25)", "=0.25 + 0.125", "=0.375")),
            ("update-block-ascent", ("v_1 = 0.25 + 0.5(-0.25)", "v_1 = 0.25 - 0.125", "v_1 = 0.125"), (W, W, W),
             ("=0.25 + 0.5*(-0.25)", "=0.25 - 0.125", "=0.125")),
            ("update-block-last-row", ("v_1 = 0.25 - 0.5(-0.25)", "v_1 = 0.25 + 0.125", "v_1 = 0.25"), (C, C, W),
             ("=0.25 - 0.5*(-0.25)", "=0.25 + 0.125", "=0.25")),
            ("update-block-second", ("v_2 = -0.5 - 0.5 \\cdot (-0.125)", "v_2 = -0.4375"), (C, C),
             ("=-0.5 - 0.5*(-0.125)", "=-0.4375")),
            ("update-block-symbolic", ("v_2 = v_2 - r \\frac{\\partial E}{\\partial v_2}", "v_2 = -0.4375"), (C, C),
             ("W1[0,1] - eta*grad", "=-0.4375"))):
        cases.append(Public(key, "test", "worked", _WORKED, _update_block(*rows), tuple((v,) for v in verdicts),
                            tuple(Twin("update", "W1[0,{k}]".format(k=int(rows[0][2]) - 1), (member,))
                                  for member in members)))
    # a parameter equal to a number, alone, is its current value; its value after the step (0.375), alone or as a row
    # of numbers without the file's learning rate among its factors (0.25 + 0.125), reads two ways: refused (below)
    for key, text, verdict in (("current-value", "v_1 = 0.25", C), ("neither-now-nor-new", "v_1 = 0.425", W)):
        cases.append(Public(key, "test", "worked", _WORKED, text, ((verdict,),),
                            (Twin("value", "W1[0,0]", ("=" + text.split("= ")[1],)),)))
    # 2. a bare letter of a layered pattern is the output layer's, though o^1 names the input
    for key, text, verdict, member in (
            ("bare-output", r"E = -[t \ln o + (1 - t) \ln(1 - o)]", C, _BCE),
            ("bare-output-swapped", r"E = -[t \ln o + (1 - t) \ln o]", W, "-(y[0]*log(a1[0]) + (1 - y[0])*log(a1[0]))"),
            ("output-layer-L", r"E = -[t \ln o^L + (1 - t) \ln(1 - o^L)]", C, _BCE)):
        cases.append(Public(key, "test", "neuron", _LAYERED, text, ((verdict,),), (Twin("value", _BCE, (member,)),)))
    for key, text, verdict, member in (
            ("input-still-o1", r"z^L_0 = w^L_{00} o^1_0 + w^L_{01} o^1_1 + b^L_0", C, "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"),
            ("input-swapped", r"z^L_0 = w^L_{00} o^1_1 + w^L_{01} o^1_0 + b^L_0", W, "W1[0,0]*x[1] + W1[0,1]*x[0] + b1[0]")):
        cases.append(Public(key, "test", "neuron", _LAYERED, text, ((verdict,),), (Twin("value", "z1[0]", (member,)),)))
    # 3. {\sigma}' braced before its prime, \triangledown for nabla
    for key, text, verdict, member in (
            ("braced-sigma", r"\delta^L_j = \frac{\partial E}{\partial o^L_j} {\sigma}'(z^L_j)", C, _DELTA),
            ("braced-sigma-of-o", r"\delta^L_j = \frac{\partial E}{\partial o^L_j} {\sigma}'(o^L_j)", W,
             "(a2[{j}] - y[{j}])*sigmoid(a2[{j}])*(1 - sigmoid(a2[{j}]))"),
            ("triangledown", r"\delta^L = \triangledown_o E \odot {\sigma}'(z^L)", C, _DELTA),
            ("bigtriangledown", r"\delta^L = \bigtriangledown_o E \odot {\sigma }'(z^L)", C, _DELTA),
            ("triangledown-sign", r"\delta^L = -\triangledown_o E \odot {\sigma}'(z^L)", W, f"-{_DELTA}")):
        cases.append(Public(key, "test", "two", _LAYERED, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{j}]", (member,), _J2),)))
    # 4. e^n where the notation names e with that superscript; Euler's e elsewhere in the same notation
    step = "eta*(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])*x[{j}]"
    for key, text, verdict, member in (
            ("notation-e", r"{\bf M} \leftarrow {\bf M} - \eta\, {\bf e}^n \circ {\bf o} \circ (1 - {\bf o})"
             r" ({\bf u}^n)^T", C, f"W1[{{i}},{{j}}] - {step}"),
            ("notation-e-ascent", r"{\bf M} \leftarrow {\bf M} + \eta\, {\bf e}^n \circ {\bf o} \circ (1 - {\bf o})"
             r" ({\bf u}^n)^T", W, f"W1[{{i}},{{j}}] + {step}")):
        cases.append(Public(key, "test", "pairs", _PAIRS, text, ((verdict,),),
                            (Twin("update", "W1[{i},{j}]", (member,), _IJ),)))
    for key, text, verdict, member in (
            ("euler-e", r"o_i = \frac{1}{1 + e^{-s_i}}", C, "1/(1 + exp(-z1[{i}]))"),
            ("euler-e-sign", r"o_i = \frac{1}{1 + e^{s_i}}", W, "1/(1 + exp(z1[{i}]))")):
        cases.append(Public(key, "test", "pairs", _PAIRS, text, ((verdict,),),
                            (Twin("value", "a1[{i}]", (member,), ({"i": 0}, {"i": 1})),)))
    # 5. the model as a function of its parameters, applied to the input
    for key, text, verdict, member in (
            ("model-gradient", r"\frac{\partial J}{\partial \theta_j} = (h_{\vec{\theta},\beta}(\vec{x}) - y) x_j", C,
             "(a1[0] - y[0])*x[{j}]"),
            ("model-gradient-no-input", r"\frac{\partial J}{\partial \theta_j} = h_{\vec{\theta},\beta}(\vec{x}) - y",
             W, "a1[0] - y[0]")):
        cases.append(Public(key, "test", "logistic", _LOGISTIC, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{j}]", (member,), _J3),)))
    for key, text, verdict, member in (
            ("model-value", r"h_{\theta,\beta}(x) = \frac{1}{1 + e^{-(\theta \cdot x + \beta)}}", C, _MODEL),
            ("model-value-sign", r"h_{\theta,\beta}(x) = \frac{1}{1 + e^{\theta \cdot x + \beta}}", W,
             "1/(1 + exp(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]))")):
        cases.append(Public(key, "test", "logistic", _LOGISTIC, text, ((verdict,),), (Twin("value", "a1[0]", (member,)),)))
    for key, text, verdict, target in (
            ("model-two-layers", r"\hat{y} = f_{U,V}(x)", C, "a2[0]"),
            ("model-first-layer", r"h = f_{U}(x)", C, "a1[0]"),
            ("model-two-layers-for-h", r"h = f_{U,V}(x)", W, "a1[0]")):
        cases.append(Public(key, "test", "chain", _CHAIN, text, ((verdict,),), (Twin("value", target, ("a2[0]" if "V" in
                                                                                                   text else "a1[0]",)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_parameter_equal_to_its_value_after_the_step_is_refused():
    """v_1 = 0.375, or 0.25 + 0.125 (no learning rate among its factors, so no step worked out): the value now
    (0.25, wrong) or the value after the step (right): refused, saying to write v_1^{new}."""
    for text in ("v_1 = 0.375", "v_1 = 0.25 + 0.125"):
        message = CHECKS.refused("worked", _WORKED, text)
        assert "its value after one step of the update" in message and "v_1^{new} = ..." in message


def test_a_model_whose_parameters_skip_a_layer_is_refused_with_what_to_write():
    three = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\n' * 1 + '[[layer]]\nunits = 1\nactivation = '
             '"sigmoid"\n' * 2 + '[loss]\nname = "binary_cross_entropy"\n')
    checks = CaseChecks({"three": three})
    notation = _CHAIN.replace('"V" = "W2[0, 0]"', '"V" = "W3[0, 0]"').replace('"\\\\hat{y}" = "a2[0]"',
                                                                            '"\\\\hat{y}" = "a3[0]"')
    message = checks.refusal(Public("refused", "test", "three", notation, r"\hat{y} = f_{U,V}(x)"))
    assert "layers 1, 3" in message and "n_{2}(n_{1}(x))" in message
