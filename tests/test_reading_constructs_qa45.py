"""qa45 (wrong verdicts first): layer names glued to their digits, and the output's weighted sum as a loss's argument.

1. A notation writing layers as superscripts, shifted from symbols.md's (Ng's ``"a^{(l)}" = "a{l-1}[:]"``, a^{(1)} the
   input; ``"W^{(l)}" = "W{l+1}[:, :]"``, layers counted from 0), beside code's ``a2[0]`` or ``W2[0, 1]``: the page's
   a2 is its a^{(2)}, and code's entry was read as symbols.md's a2 (the layer next to it), so a formula off by one
   layer was called correct. Now such an entry is compared with the notation's a^{(2)} and refused in one line where
   the two differ; read as before where they agree (``"W^{(l)}" = "W{l}[:, :]"``: W2 is W^{(2)} either way).
2. LaTeX's ``W2``, a name with digits typed against it that the notation does not name (no ``W_{l}``), was read as TeX
   sets it, W times 2: ``(W2)^T`` for the notation's W missing the squared error's factor 2 was called correct. Now
   refused in one line; where the notation names the subscript (``"W_{l}"``), W2 is W_{2}, as before.
3. ``L(y, z2)``, ``\\mathcal{L}(z^{(2)}, y)``: the output's weighted sum beside the target is what the loss function
   is applied to; under a sigmoid and the squared error that is another function than the network's loss (the
   oracle's values differ), refused; read where the file's loss is computed from that sum (a softmax's cross-entropy,
   a sigmoid's binary cross-entropy, as PyTorch's CrossEntropyLoss and BCEWithLogitsLoss take logits), and without
   the target (``f(x)``, x the sum: the network's loss as a function of it).

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts on a Twin transcribed by hand
into symbols.md's names); a refused mutant's twin shows the oracle calls it wrong (it was called correct before).
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1_BCE, SIGMOID_2_2_1, SIGMOID_2_3_2_NUMBERED, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2_NUMBERED, "sigmoid-2-2-1": SIGMOID_2_2_1, "softmax-2-3": SOFTMAX_2_3,
            "relu-2-2-sigmoid-1-bce": RELU_2_2_SIGMOID_1_BCE}
CHECKS = CaseChecks(NETWORKS)

# Ng's layers: a^{(1)} the input, W^{(1)} the first weights (symbols.md's W1), \delta^{(3)} the output's error
_NG = r'''
[notation]
indices = "ijl"
[notation.symbols]
"a^{(l)}" = "a{l-1}[:]"
"a^{(l)}_{i}" = "a{l-1}[i]"
"W^{(l)}" = "W{l}[:, :]"
"W^{(l)}_{ij}" = "W{l}[i, j]"
"\\delta^{(l)}" = "delta{l-1}[:]"
"\\delta^{(l)}_{i}" = "delta{l-1}[i]"
'''
# layers counted from 0 for the weights: W^{(0)} the first (symbols.md's W1), a^{(l)} as symbols.md's
_FROM_ZERO = r'''
[notation]
indices = "ijl"
[notation.symbols]
"a^{(l)}" = "a{l}[:]"
"a^{(l)}_{i}" = "a{l}[i]"
"W^{(l)}" = "W{l+1}[:, :]"
"W^{(l)}_{ij}" = "W{l+1}[i, j]"
"\\delta^{(l)}" = "delta{l}[:]"
"\\delta^{(l)}_{i}" = "delta{l}[i]"
'''


def _delta2(j: int) -> str:
    return f"2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


def _delta1(k: int) -> str:
    return f"(W2[0,{k}]*{_delta2(0)} + W2[1,{k}]*{_delta2(1)})*a1[{k}]*(1 - a1[{k}])"


# one hidden layer in single letters: W the output's weights, h the hidden output, a the prediction
_LETTERS = r'''
[notation]
[notation.symbols]
"W" = "W2[:, :]"
"a" = "a2[:]"
"h" = "a1[:]"
"y" = "y[:]"
'''
# the same with the layers' weights as W_{l}: W2 is W_{2}
_SUBSCRIPTED = _LETTERS.replace('"W" = "W2[:, :]"', '"W_{l}" = "W{l}[:, :]"').replace("[notation]\n",
                                                                                      '[notation]\nindices = "l"\n')
_DL_DH = "W2[0,{k}]*" + _delta2(0) + " + W2[1,{k}]*" + _delta2(1)
_DL_DH_HALF = "W2[0,{k}]*" + _delta2(0)[2:] + " + W2[1,{k}]*" + _delta2(1)[2:]
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})

# the 2-2-1 sigmoid network under half the squared error, the output's sum and activation named
_SUMS = r'''
[notation]
loss = ["L", "\\mathcal{L}", "cost"]
[notation.symbols]
"z2" = "z2[:]"
"Z2" = "z2[:]"
"A2" = "a2[:]"
"Y" = "y[:]"
"y" = "y[0]"
"z^{(2)}" = "z2[0]"
"a^{(2)}" = "a2[0]"
'''
_LOSS = "0.5*(y[0] - a2[0])**2"
_SOFTMAX = r'''
[notation]
indices = "jk"
loss = ["\\mathcal{L}"]
[notation.symbols]
"z" = "z1[:]"
"t" = "t[:]"
"z_{j}" = "z1[j]"
"a_{j}" = "a1[j]"
"t_{j}" = "t[j]"
'''
_BCE = r'''
[notation]
loss = ["\\mathcal{L}"]
[notation.symbols]
"z" = "z2[0]"
"a" = "a2[0]"
"y" = "y[0]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})


def _cases() -> list[Public]:
    return [
        # ---- 1. Ng's superscripts: W2 is W^{(2)} and symbols.md's W2 alike; the layers' own names read as before ----
        Public("ng-w2-entry", "test", "sigmoid-2-3-2", _NG, r"W2[0, 1] = W2[0, 1] - 0.5 \delta^{(3)}_0 a^{(2)}_1",
               ((C,),), (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_delta2(0)}*a1[1]",)),)),
        Public("ng-w2-entry-layer-off", "test", "sigmoid-2-3-2", _NG,
               r"W2[0, 1] = W2[0, 1] - 0.5 \delta^{(2)}_0 a^{(1)}_1", ((W,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_delta1(0)}*x[1]",)),)),
        # weights counted from 0, the activations as symbols.md's: a2 is a^{(2)} either way
        Public("from-zero-a2-entry", "test", "sigmoid-2-3-2", _FROM_ZERO,
               r"\delta^{(2)}_0 = 2 (a2[0] - y_0) a2[0] (1 - a2[0])", ((C,),),
               (Twin("value", _delta2(0), (_delta2(0),)),)),
        Public("from-zero-a1-entry-layer-off", "test", "sigmoid-2-3-2", _FROM_ZERO,
               r"\delta^{(2)}_0 = 2 (a1[0] - y_0) a1[0] (1 - a1[0])", ((W,),),
               (Twin("value", _delta2(0), ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),)),
        Public("from-zero-a1-entry-update", "test", "sigmoid-2-3-2", _FROM_ZERO,
               r"W^{(1)}_{01} = W^{(1)}_{01} - 0.5 \delta^{(2)}_0 a1[1]", ((C,),),
               (Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_delta2(0)}*a1[1]",)),)),
        # ---- 2. LaTeX's W2 where the notation names W_{l}: W_{2}; the letters without digits as before ------------
        Public("subscripted-w2", "test", "sigmoid-2-3-2", _SUBSCRIPTED,
               r"\frac{\partial L}{\partial h} = 2 (W2)^T ((a - y) \odot a \odot (1 - a))", ((C,),),
               (Twin("value", _DL_DH, (_DL_DH,), _K3),)),
        Public("subscripted-w2-factor-dropped", "test", "sigmoid-2-3-2", _SUBSCRIPTED,
               r"\frac{\partial L}{\partial h} = (W2)^T ((a - y) \odot a \odot (1 - a))", ((W,),),
               (Twin("value", _DL_DH, (_DL_DH_HALF,), _K3),)),
        Public("letters-w", "test", "sigmoid-2-3-2", _LETTERS,
               r"\frac{\partial L}{\partial h} = 2 W^T ((a - y) \odot a \odot (1 - a))", ((C,),),
               (Twin("value", _DL_DH, (_DL_DH,), _K3),)),
        Public("letters-w-factor-dropped", "test", "sigmoid-2-3-2", _LETTERS,
               r"\frac{\partial L}{\partial h} = W^T ((a - y) \odot a \odot (1 - a))", ((W,),),
               (Twin("value", _DL_DH, (_DL_DH_HALF,), _K3),)),
        # ---- 3. the loss of the prediction; of the sum where the file's loss is computed from it; without a target -
        Public("loss-of-the-prediction", "test", "sigmoid-2-2-1", _SUMS,
               r"\mathcal{L}(a^{(2)}, y) = \frac{1}{2}(a^{(2)} - y)^2", ((C,),), (Twin("value", _LOSS, (_LOSS,)),)),
        Public("loss-of-the-prediction-slip", "test", "sigmoid-2-2-1", _SUMS,
               r"\mathcal{L}(a^{(2)}, y) = (a^{(2)} - y)^2", ((W,),),
               (Twin("value", _LOSS, ("(y[0] - a2[0])**2",)),)),
        Public("loss-of-the-sum-alone", "test", "sigmoid-2-2-1", _SUMS, "L(z2) = 0.5*(A2 - Y)**2", ((C,),),
               (Twin("value", _LOSS, (_LOSS,)),)),
        Public("softmax-cross-entropy-of-logits", "test", "softmax-2-3", _SOFTMAX,
               r"\frac{\partial \mathcal{L}(z, t)}{\partial z_j} = a_j - t_j", ((C,),),
               (Twin("gradient_z", "z1[{j}]", ("a1[{j}] - t[{j}]",), _J3),)),
        Public("softmax-cross-entropy-of-logits-slip", "test", "softmax-2-3", _SOFTMAX,
               r"\frac{\partial \mathcal{L}(z, t)}{\partial z_j} = a_j (1 - a_j) - t_j", ((W,),),
               (Twin("gradient_z", "z1[{j}]", ("a1[{j}]*(1 - a1[{j}]) - t[{j}]",), _J3),)),
        Public("sigmoid-bce-of-logits", "test", "relu-2-2-sigmoid-1-bce", _BCE,
               r"\frac{\partial \mathcal{L}(z, y)}{\partial z} = a - y", ((C,),),
               (Twin("gradient_z", "z2[0]", ("a2[0] - y[0]",)),)),
        Public("sigmoid-bce-of-logits-slip", "test", "relu-2-2-sigmoid-1-bce", _BCE,
               r"\frac{\partial \mathcal{L}(z, y)}{\partial z} = (a - y) a (1 - a)", ((W,),),
               (Twin("gradient_z", "z2[0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _oracle(network: str, notation: str, text: str, twin: Twin) -> tuple:
    case = Public("mutant", "test", network, notation, text, twins=(twin,))
    return oracle_verdicts(case, CHECKS.problem(case))


# ---- 1. code's entry of another layer than the notation's name for it: refused (each called correct before) --------
@pytest.mark.parametrize("notation, text, twin, refusal", [
    # Ng's a2 is a^{(2)}, symbols.md's a1: the output's error written with the hidden layer's activation
    (_NG, r"\delta^{(3)}_0 = 2 (a2[0] - y_0) a2[0] (1 - a2[0])",
     Twin("value", _delta2(0), ("2*(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),
     "a2[0]: reads two ways, the entry of symbols.md's a2 or of the notation's a^{(2)} ('a^{(l)}' = 'a{l-1}[:]'),"
     " not the same quantity; write the notation's a^{(2)} with its subscript, or name a2 in [notation.symbols]"),
    # Ng's a1 is the input: the update with the input for the hidden layer's output
    (_NG, r"W^{(2)}_{01} = W^{(2)}_{01} - 0.5 \delta^{(3)}_0 a1[1]",
     Twin("update", "W2[0,1]", (f"W2[0,1] - eta*{_delta2(0)}*x[1]",)), "a1[1]: reads two ways"),
])
def test_an_entry_the_superscript_notation_names_otherwise_is_refused(notation, text, twin, refusal):
    assert _oracle("sigmoid-2-3-2", notation, text, twin) == ((W,),)
    assert refusal in CHECKS.refused("sigmoid-2-3-2", notation, text)


def test_an_entry_of_a_layer_the_notation_does_not_have_is_refused():
    """Weights counted from 0: the page's W2 is W^{(2)}, a third matrix the network does not have; read as symbols.md's
    W2 (the notation's W^{(1)}) the update with the hidden layer's error, a layer off, was called correct."""
    text = r"W2[0, 1] = W2[0, 1] - 0.5 \delta^{(2)}_0 a^{(1)}_1"
    assert "W2[0,1]: reads two ways, the entry of symbols.md's W2 or of the notation's W^{(2)} ('W^{(l)}' =" \
           " 'W{l+1}[:, :]'), not the same quantity" in CHECKS.refused("sigmoid-2-3-2", _FROM_ZERO, text)


# ---- 2. LaTeX's W2 the notation does not name: refused, never W times 2 ----------------------------------------------
@pytest.mark.parametrize("text, name", [
    # (W2)^T for the notation's W, the squared error's 2 dropped: read as W times 2, called correct before
    (r"\frac{\partial L}{\partial h} = (W2)^T ((a - y) \odot a \odot (1 - a))", "W2"),
    (r"\frac{\partial L}{\partial h} = W2^T ((a - y) \odot a \odot (1 - a))", "W2"),
    # a2 - y2 for a - y: 2a - 2y, called correct before
    (r"\frac{\partial L}{\partial a} = a2 - y2", "a2"),
    (r"\frac{\partial L}{\partial a} = 2 (a - y) \odot h1", "h1"),
    (r"\frac{\partial L}{\partial a} = 2 (a - y) \delta2", "\\delta2"),
])
def test_a_name_with_digits_the_notation_does_not_name_is_refused_in_latex(text, name):
    refusal = CHECKS.refused("sigmoid-2-3-2", _LETTERS, text)
    digits = name[-1]
    assert f"{name}: digits typed against a name, which TeX sets as {name[:-1]} times {digits}, and the notation" \
           f" names no {name[:-1]}_{{{digits}}}" in refusal and f"write {name[:-1]} \\cdot {digits} for the product" \
           in refusal


def test_the_factor_dropped_was_wrong_by_the_oracle():
    twin = Twin("value", _DL_DH, (_DL_DH_HALF,), _K3)
    assert _oracle("sigmoid-2-3-2", _LETTERS, r"\frac{\partial L}{\partial h} = (W2)^T ((a - y) \odot a \odot (1 - a))",
                   twin) == ((W,),)
    twin = Twin("value", "2*(a2[{k}] - y[{k}])", ("a2[{k}] - y[{k}]",), ({"k": 0}, {"k": 1}))
    assert _oracle("sigmoid-2-3-2", _LETTERS, r"\frac{\partial L}{\partial a} = a2 - y2", twin) == ((W,),)


# ---- 3. the output's weighted sum beside the target under another loss than the sum's: refused ------------------
@pytest.mark.parametrize("text, shown", [
    ("L(y, z2) = 0.5*(A2 - Y)**2", "L(...): its argument z_{2}"),
    ("cost(Z2, Y) = 0.5*(A2 - Y)**2", "cost(...): its argument Z_{2}"),
    (r"\mathcal{L}(z^{(2)}, y) = \frac{1}{2}(a^{(2)} - y)^2", r"\mathcal{L}(...): its argument z^{2}"),
    (r"\frac{\partial \mathcal{L}(z^{(2)}, y)}{\partial z^{(2)}} = (a^{(2)} - y) a^{(2)} (1 - a^{(2)})",
     r"\mathcal{L}(...): its argument z^{2}"),
])
def test_the_loss_of_the_output_sum_beside_the_target_is_refused(text, shown):
    """Written with the target, the arguments are what the loss function is applied to: the file's half squared error
    of the sum before the sigmoid is another value than the network's loss (the oracle's twin: wrong). qa43 read it
    as the network's loss (the loss through the output's activation), so an a/z swap there was never caught."""
    twin = Twin("value", "0.5*(y[0] - z2[0])**2", (_LOSS,))
    assert _oracle("sigmoid-2-2-1", _SUMS, "L(y, z2) = 0.5*(A2 - Y)**2", twin) == ((W,),)
    refusal = CHECKS.refused("sigmoid-2-2-1", _SUMS, text)
    assert f"{shown} is the output layer's weighted sum, before its sigmoid, beside the target: the file's" \
           " half_squared_error of it is another function than the network's loss" in refusal
