"""The reading constructs batch 19 of the public formulas showed missing around the samples and the model, each
written as another author would (other names, other networks than the pages'): a sum over the samples whose
upper bound is their unnamed number (``\\frac{1}{M} \\sum\\limits_{n=1}^{M}``, bounds with spaces); a loss
written with its arguments inside such a sum (``\\ell(p^{(n)}, t^{(n)})``); the model as a function of the
input (``g_\\beta(u^{(n)})``, whose subscript names the parameters of every layer, and ``f(x)`` where the
notation names f the model); code's derivative as a function of two names (``gradient(cost, k)``); the one-hot
vector of the label (``\\text{onehot}(y)``); and a sum with no index letter over a step of one sample. Each case is
judged right where the formula is right and wrong where one thing is changed; where a reading would be a
guess, the refusal is held to its one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_1, LOGISTIC_2, LOGISTIC_2_NO_BIAS, TANH_2_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

_ONE = '\n[data]\nx = [[0.4, -1.5]]\ny = [[0.0]]\n\n[update]\nlearning_rate = 0.3\nreduction = "mean"\n'
NETWORKS = {
    # one sigmoid unit on two inputs without a bias, the logistic loss, one sample, the mean over the step
    "logit": LOGISTIC_2_NO_BIAS + _ONE,
    # the same unit with a bias
    "logit_bias": LOGISTIC_2 + _ONE,
    # one sigmoid unit on one input: one sample in the step, then two
    "logit_one": LOGISTIC_1 + '[data]\nx = [[1.5]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.3\nreduction = "sum"\n',
    "logit_two": LOGISTIC_1 + '[data]\nx = [[1.5], [-0.5]]\ny = [[1.0], [0.0]]\n'
                 '[update]\nlearning_rate = 0.3\nreduction = "sum"\n',
    # tanh hidden layer of two, a softmax over three classes, the cross-entropy (one-hot targets)
    "classes": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 3\nactivation = "softmax"\n'
               '[loss]\nname = "cross_entropy"\n[update]\nlearning_rate = 0.2\n',
    # one linear unit on one input, no bias, the squared error (code's plain names)
    "line": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[0.7]]\n'
            '[loss]\nname = "squared_error"\n[data]\nx = [[0.2]]\ny = [[0.5]]\n[update]\nlearning_rate = 0.05\n',
    # a hidden tanh layer of two and one sigmoid output: a model of two layers (the step's loss its mean, or its sum)
    "deep": TANH_2_2_SIGMOID_1_BCE + _ONE,
    "deep_sum": TANH_2_2_SIGMOID_1_BCE + _ONE.replace('"mean"', '"sum"'),
}
CHECKS = CaseChecks(NETWORKS)
_check = CHECKS.verdicts

# n the sample (a letter no meaning uses), beta the weights, u the input, t the label, p the prediction
_SAMPLES = r'''
[notation]
indices = "k"
learning_rate = ["\\lambda"]
loss = ["J", "\\ell"]
[notation.symbols]
"\\beta_{k}" = "W1[0, k]"
"\\beta" = "W1[0, :]"
"u^{(n)}_{k}" = "x[k]"
"u^{(n)}" = "x[:]"
"t^{(n)}" = "y[0]"
"p^{(n)}" = "a1[0]"
'''
# the same with a bias c and weights v
_BIAS = r'''
[notation]
loss = ["J", "\\ell"]
[notation.symbols]
"v" = "W1[0, :]"
"c" = "b1[0]"
"u^{(n)}" = "x[:]"
"t^{(n)}" = "y[0]"
"p^{(n)}" = "a1[0]"
'''
# the forum's plain letters for a unit on one input, f the model
_MODEL = r'''
[notation]
loss = ["J"]
functions = { f = "layer" }
[notation.symbols]
"w" = "W1[0, 0]"
"c" = "b1[0]"
"x" = "x[0]"
"y" = "y[0]"
'''
# the two-layer network's output p, label t, first hidden output h and its weight w into the output
_DEEP = r'''
[notation]
loss = ["J"]
[notation.symbols]
"p" = "a2[0]"
"t" = "y[0]"
"h" = "a1[0]"
"w" = "W2[0, 0]"
'''
_CLASSES = r'''
[notation]
loss = ["E"]
[notation.symbols]
"s" = "z2[:]"
"q" = "a2[:]"
'''
_CODE = r'''
[notation]
loss = ["cost"]
learning_rate = ["lr"]
[notation.symbols]
"k" = "W1[0, 0]"
"k_new" = "new(W1[0, 0])"
"out" = "a1[0]"
"pre" = "z1[0]"
"inp" = "x[0]"
"target" = "y[0]"
'''
_K2 = ({"k": 0}, {"k": 1})
_C3 = tuple({"k": k} for k in range(3))
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_STEP = "W1[0,{k}] - eta*(a1[0] - y[0])*x[{k}]"


def _cases() -> list[Public]:
    cases = []
    # 1. the samples' count M, unnamed, as a sum's upper bound (\limits, bounds with spaces); 5. g_beta the model
    for key, text, verdict, member in (
            ("count-limits", r"\beta_k := \beta_k - \lambda \frac{1}{M} \sum\limits_{n=1}^{M} (p^{(n)} - t^{(n)})"
             r" u^{(n)}_k", C, _STEP),
            ("count-limits-ascent", r"\beta_k := \beta_k + \lambda \frac{1}{M} \sum\limits_{n=1}^{M} (p^{(n)} -"
             r" t^{(n)}) u^{(n)}_k", W, "W1[0,{k}] + eta*(a1[0] - y[0])*x[{k}]"),
            ("count-spaced-model", r"\beta_k := \beta_k - \lambda \frac{1}{M} \sum_{n = 1}^{M} (g_\beta(u^{(n)}) -"
             r" t^{(n)}) u^{(n)}_k", C, _STEP),
            ("count-spaced-model-sign", r"\beta_k := \beta_k - \lambda \frac{1}{M} \sum_{n = 1}^{M} (g_\beta(u^{(n)})"
             r" + t^{(n)}) u^{(n)}_k", W, "W1[0,{k}] - eta*(a1[0] + y[0])*x[{k}]")):
        cases.append(Public(key, "test", "logit", _SAMPLES, text, ((verdict,),),
                            (Twin("update", "W1[0,{k}]", (member,), _K2),)))
    # 2. the loss with its arguments inside the sum over the samples
    for key, text, verdict, member in (
            ("loss-arguments", r"J(\beta) = \frac{1}{M} \sum_{n = 1}^{M} \ell(p^{(n)}, t^{(n)})", C, _BCE),
            ("loss-arguments-minus", r"J(\beta) = - \frac{1}{M} \sum_{n=1}^{M} \ell(p^{(n)}, t^{(n)})", W,
             f"-({_BCE})")):
        cases.append(Public(key, "test", "logit", _SAMPLES, text, ((verdict,),), (Twin("value", _BCE, (member,)),)))
    # 5. h_{v,c}(u): the parameters of the one layer, weights and bias
    for key, text, verdict, member in (
            ("model-two-parameters", r"\frac{\partial J}{\partial c} = \frac{1}{N} \sum_{n=1}^{N} (h_{v,c}(u^{(n)})"
             r" - t^{(n)})", C, "a1[0] - y[0]"),
            ("model-two-parameters-square", r"\frac{\partial J}{\partial c} = \frac{1}{N} \sum_{n=1}^{N}"
             r" (h_{v,c}(u^{(n)}) - t^{(n)})^2", W, "(a1[0] - y[0])**2")):
        cases.append(Public(key, "test", "logit_bias", _BIAS, text, ((verdict,),),
                            (Twin("gradient", "b1[0]", (member,)),)))
    # 5 and 6. f(x) the model where the notation says so, in a sum with no letter over a step of one sample
    for key, text, verdict, member in (
            ("model-no-letter", r"\frac{dJ}{dw} = \sum[(f(x)-y)x]", C, "(a1[0] - y[0])*x[0]"),
            ("model-no-letter-flipped", r"\frac{dJ}{dw} = \sum[(y-f(x))x]", W, "(y[0] - a1[0])*x[0]"),
            ("model-no-letter-bias", r"\frac{dJ}{dc} = \sum[f(x)-y]", C, "a1[0] - y[0]"),
            ("model-no-letter-bias-input", r"\frac{dJ}{dc} = \sum[(f(x)-y)x]", W, "(a1[0] - y[0])*x[0]")):
        parameter = "b1[0]" if "dc" in text else "W1[0,0]"
        cases.append(Public(key, "test", "logit_one", _MODEL, text, ((verdict,),),
                            (Twin("gradient", parameter, (member,)),)))
    # 6. a letterless sum in a network with a hidden layer of two, its term's bare names of one-unit layers
    for key, text, verdict, member in (
            ("no-letter-deep", r"\frac{\partial J}{\partial b^{(2)}} = \sum (p - t)", C, "a2[0] - y[0]"),
            ("no-letter-deep-flipped", r"\frac{\partial J}{\partial b^{(2)}} = \sum (t - p)", W, "y[0] - a2[0]")):
        cases.append(Public(key, "test", "deep_sum", _DEEP, text, ((verdict,),),
                            (Twin("gradient", "b2[0]", (member,)),)))
    # 5. f the prediction named in [notation.symbols]: f(x) of the whole input is f written as a function of it
    named = _MODEL.replace('functions = { f = "layer" }\n', "") + '"f" = "a1[0]"\n'
    for key, text, verdict, member in (
            ("prediction-named", r"\frac{dJ}{dw} = (f(x)-y)x", C, "(a1[0] - y[0])*x[0]"),
            ("prediction-named-squared", r"\frac{dJ}{dw} = (f(x)-y)x^2", W, "(a1[0] - y[0])*x[0]**2")):
        cases.append(Public(key, "test", "logit_one", named, text, ((verdict,),),
                            (Twin("gradient", "W1[0,0]", (member,)),)))
    # 3. onehot(y), the label's one-hot vector: the target of a classification file
    for key, text, verdict, member in (
            ("onehot-delta", r"\frac{\partial E}{\partial s} = q - \text{onehot}(y)", C, "a2[{k}] - t[{k}]"),
            ("onehot-delta-flipped", r"\frac{\partial E}{\partial s} = \text{onehot}(y) - q", W, "t[{k}] - a2[{k}]"),
            ("onehot-plain", "∂E/∂s = q - onehot(y)", C, "a2[{k}] - t[{k}]"),
            ("onehot-code", "∂E/∂s = q - one_hot(y)", C, "a2[{k}] - t[{k}]"),
            ("onehot-code-flipped", "∂E/∂s = one_hot(y) - q", W, "t[{k}] - a2[{k}]")):
        cases.append(Public(key, "test", "classes", _CLASSES, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{k}]", (member,), _C3),)))
    loss = "-(t[0]*log(a2[0]) + t[1]*log(a2[1]) + t[2]*log(a2[2]))"
    for key, text, verdict, member in (
            ("onehot-loss", r"E = -\sum \text{onehot}(y) \cdot \log(q)", C, loss),
            ("onehot-loss-sign", r"E = \sum \text{onehot}(y) \cdot \log(q)", W, f"-({loss})")):
        cases.append(Public(key, "test", "classes", _CLASSES, text, ((verdict,),), (Twin("value", loss, (member,)),)))
    # 4. code's gradient(a, b), da/db: a chain of them, then numbers; and the update with it
    chain = ("2*(a1[0] - y[0])*1*x[0]", "2*(a1[0] - y[0])*1*x[0]", "=2*(0.14 - 0.5)*1*0.2", "=-0.144")
    for key, text, verdicts, members in (
            ("gradient-chain", "gradient(cost, k) = gradient(cost, out) * gradient(out, pre) * gradient(pre, k) ="
             " 2 * (out - target) * 1 * inp = 2 * (0.14 - 0.5) * 1 * 0.2 = -0.144", (C, C, C, C), chain),
            ("gradient-chain-no-input", "gradient(cost, k) = gradient(cost, out) * gradient(out, pre) ="
             " 2 * (out - target) * 1", (W, W), ("2*(a1[0] - y[0])*1", "2*(a1[0] - y[0])*1"))):
        cases.append(Public(key, "test", "line", _CODE, text, (verdicts,), (Twin("gradient", "W1[0,0]", members),)))
    for key, text, verdict, member in (
            ("gradient-update", "k_new = k - lr * gradient(cost, k)", C, "W1[0,0] - eta*grad"),
            ("gradient-update-ascent", "k_new = k + lr * gradient(cost, k)", W, "W1[0,0] + eta*grad")):
        cases.append(Public(key, "test", "line", _CODE, text, ((verdict,),), (Twin("update", "W1[0,0]", (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_model_of_some_layers_only_is_refused():
    """h_{\\beta}(u) where beta are the weights of the first of two layers: the first layer's map, not the model's
    output, and which one the page means is not written; refused, never read as either."""
    notation = r'''
[notation]
loss = ["J"]
[notation.symbols]
"V" = "W1[:, :]"
"u" = "x[:]"
"t" = "y[0]"
'''
    message = CHECKS.refusal(Public("part", "test", "deep", notation, r"\frac{\partial J}{\partial b^{(2)}} = h_V(u) - t"))
    assert "h_{V}(u)" in message


def test_a_jacobians_letter_on_the_parameters_is_not_the_model():
    """J_{v,c}(u): the letters of a Jacobian (J) or Hessian (H), or a loss's, subscripted by every parameter are an
    operator the page defines, never the model; refused saying to write what it stands for."""
    for letter in ("J", "H"):
        text = f"p^{{(n)}} = {letter}_{{v,c}}(u^{{(n)}})"
        assert "an operator the page defines" in CHECKS.refusal(Public(letter, "test", "logit_bias", _BIAS, text))


def test_an_unnamed_function_of_the_input_says_how_to_name_it():
    """f(x) the notation does not name: the model and an activation at x would each be a guess; the one line says
    which key names either."""
    notation = _MODEL.replace('functions = { f = "layer" }\n', "")
    message = CHECKS.refusal(Public("f", "test", "logit_one", notation, r"\frac{dJ}{dw} = \sum[(f(x)-y)x]"))
    assert 'functions = { f = "layer" }' in message and 'functions = { f = "<its name in the registry>" }' in message
    assert '"f" = "a1[0]"' in message


def test_a_sum_with_no_letter_over_two_samples_stays_refused():
    """\\sum[...] with no letter and a term with no free index, over a step of two samples: which samples' terms it
    adds is not written (the term names one sample's quantities); refused, saying to write the sample letter. So is
    a sum over a step of one sample whose term names a bare h of a layer of two units (the sum may be over them,
    its index dropped), though it reads right at one unit."""
    message = CHECKS.refusal(Public("two", "test", "logit_two", _MODEL, r"\frac{dJ}{dw} = \sum[(f(x)-y)x]"))
    assert "write its index" in message and "samples" in message
    message = CHECKS.refusal(Public("units", "test", "deep", _DEEP, r"\frac{\partial J}{\partial w} = \sum (p - t) h"))
    assert "write its index" in message


def test_onehot_of_a_file_without_one_hot_targets_is_refused():
    """onehot(y) of a regression file's target: no one-hot vector to read; refused in one line."""
    message = CHECKS.refusal(Public("regression", "test", "line", _CODE, "cost = (onehot(y) - out)^2"))
    assert "one-hot" in message


def test_a_count_outside_any_sum_is_refused_saying_to_name_it():
    """2/N with no sum over the samples: N bounds nothing, so nothing says it counts the samples; refused, the line
    saying to give it in the notation."""
    message = CHECKS.refusal(Public("count", "test", "logit", _SAMPLES,
                                    r"\frac{\partial J}{\partial \beta_k} = \frac{2}{N} (p^{(n)} - t^{(n)}) u^{(n)}_k"))
    assert '"N" = "1"' in message


def test_a_letterless_sum_is_judged_as_the_same_sum_with_its_letter():
    """Over the samples, \\sum (p - t) is the total's gradient, as \\sum_{n=1}^{N} (p^{(n)} - t^{(n)}) is: right where the
    file's step loss is the sum, wrong where it is the mean (the mean's is \\frac{1}{N} \\sum) over several samples,
    as the written letter's sum is judged where the notation names N ("N" = "1": this file's one sample);
    with N unnamed, right for one sample and wrong for N, the written sum is refused, and so is the bare sum."""
    lettered = _DEEP + '"p^{(n)}" = "a2[0]"\n"t^{(n)}" = "y[0]"\n'
    text = r"\frac{\partial J}{\partial b^{(2)}} = \sum_{n=1}^{N} (p^{(n)} - t^{(n)})"
    bare = Public("bare", "test", "deep_sum", _DEEP, r"\frac{\partial J}{\partial b^{(2)}} = \sum (p - t)")
    assert _check(bare) == _check(Public("written", "test", "deep_sum", lettered, text)) == ((C,),)
    bare = Public("bare", "test", "deep", _DEEP, r"\frac{\partial J}{\partial b^{(2)}} = \sum (p - t)")
    assert "a sum over the samples has no bound" in CHECKS.refusal(bare)
    assert "N counts the samples" in CHECKS.refusal(Public("written", "test", "deep", lettered, text))
