"""Batch 101 of the public formulas showed a notation's own meaning of the layer letter L overruled by the spec's
default: notes that count layers from 0 write the output layer L-1 and give L its number, ``"L" = "3"``
(Drwalin's SieciNeuronowe.tex, g_{L-1,n} = 2(a_{L-1,n} - t_n) a_{L-1,n}(1 - a_{L-1,n})), and check read L as
the output layer wherever a pattern bound it (a_{L-1,n} the hidden layer's) while N_{L-1} took the number: the
error and the output's gradients were called wrong, and a_{L,n}, a layer the network does not have, was read as
the output. The notation's number now wins wherever L stands: in a pattern's placeholder, beside a literal
pattern (a_{L-3,n} the inputs' "a_{0,n}"), in a function named by layer (g^{[L-1]}), in the default names
(\\delta^{(L-1)}); a name written without its layer is read as if ^L only where that number is the output layer.

The same notes write a unit's sum and output as functions of what they are computed from, S_{l,n} = S_{l,n}\\left(
a_{l-1}, \\omega_{l} \\right) = ..., as mathematics names a dependency: read as the quantity itself where the
arguments are a comma's list of the notation's names, each of network quantities the value is computed from (the
layer before, the layer's weights, whole); an argument the value is not computed from (a_{l}, \\omega_{l+1}), or an
entry, keeps the refusal.

A third: the activation's derivative written at its own argument letter, g'(z) in \\frac{\\partial a^3_1}{\\partial
z^3_1} = g'(z) (AntuanAlacran's notebook), where the notation writes z only with scripts: the bare letter is the one
z the claim's left side, a derivative, names; with none or two there, or another left side, it stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two inputs, three tanh hidden units, two sigmoid outputs, the sum of the squared errors (no 1/2)
TANH_2_3_SIGMOID_2_SE = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                         '[[layer]]\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "squared_error"\n')
NETWORKS = {"tanh-2-3-sigmoid-2-se": TANH_2_3_SIGMOID_2_SE}
CHECKS = CaseChecks(NETWORKS)
NET = "tanh-2-3-sigmoid-2-se"

# notes counting layers from 0 (a_{0,n} the inputs), L = 3 the number of layers, so the output layer is L-1; N_l the
# layer's size, g_{l,n} the gradient by the bias, g^{[l]} the layer's function
FROM_ZERO = r'''
[notation]
indices = "lni"
loss = ["\\varepsilon"]
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"a_{0,n}" = "x[n]"
"a_{l,n}" = "a{l}[n]"
"S_{l,n}" = "z{l}[n]"
"\\omega_{l,n,i}" = "W{l}[n, i]"
"\\beta_{l,n}" = "b{l}[n]"
"t_{n}" = "y[n]"
"N_{0}" = "2"
"N_{1}" = "3"
"N_{2}" = "2"
"L" = "3"
"g_{l,n}" = "grad(b{l}[n])"
"a_{0}" = "x[:]"
"a_{l}" = "a{l}[:]"
"\\omega_{l}" = "W{l}[:, :]"
'''
# Nielsen's letters, the layer a superscript, with L given its number: the output layer 2 in this counting, and
# then the same number as a number of layers (3), which is no layer
NIELSEN_OUTPUT = r'''
[notation]
indices = "jl"
loss = ["C"]
[notation.symbols]
"a_{j}^{l}" = "a{l}[j]"
"z_{j}^{l}" = "z{l}[j]"
"y_{j}" = "y[j]"
"L" = "2"
'''
NIELSEN_COUNT = NIELSEN_OUTPUT.replace('"L" = "2"', '"L" = "3"')

# the notebook's letters, layers counted from 1 (the input), units from 1: a^2_i, z^2_i the hidden layer's, a^3_i, z^3_i
# the outputs'; g the outputs' function, h the hidden layer's
BY_LETTER = r'''
[notation]
indices = "i"
loss = ["J"]
functions = { g = "sigmoid", h = "tanh" }
[notation.symbols]
"a_{i}^{2}" = "a1[i-1]"
"z_{i}^{2}" = "z1[i-1]"
"a_{i}^{3}" = "a2[i-1]"
"z_{i}^{3}" = "z2[i-1]"
"y_{i}" = "y[i-1]"
'''

_N2 = ({"n": 0}, {"n": 1})
_N3 = ({"n": 0}, {"n": 1}, {"n": 2})
_J2 = ({"j": 0}, {"j": 1})
_LOSS = "(a2[0] - y[0])**2 + (a2[1] - y[1])**2"
_G2 = "2*(a2[{n}] - y[{n}])*a2[{n}]*(1 - a2[{n}])"
_ACT = {1: "tanh", 2: "sigmoid"}
# each unit of both layers: z, a, its sum written out (m) and its activation (f)
_UNITS = tuple({"z": f"z{layer}[{n}]", "a": f"a{layer}[{n}]",
                "m": f"b{layer}[{n}] + " + " + ".join(f"W{layer}[{n},{i}]*" + ("x" if layer == 1 else "a1") + f"[{i}]"
                                                      for i in range(2 if layer == 1 else 3)),
                "f": f"{_ACT[layer]}(z{layer}[{n}])"}
               for layer in (1, 2) for n in range(3 if layer == 1 else 2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # L-1 the output layer, in a pattern's placeholder and in the literal N_{L-1} alike
            ("error-output-layer", r"\varepsilon = \sum_{i=0}^{N_{L-1}-1} \left( a_{L-1,i} - t_{i} \right)^{2}",
             ((C,),), (Twin("value", _LOSS, (_LOSS,)),)),
            ("error-output-layer-unsquared-wrong", r"\varepsilon = \sum_{i=0}^{N_{L-1}-1} \left( a_{L-1,i} - t_{i} \right)",
             ((W,),), (Twin("value", _LOSS, ("a2[0] - y[0] + a2[1] - y[1]",)),)),
            ("gradient-output-bias", r"g_{L-1,n} = 2\left( a_{L-1,n} - t_{n} \right) a_{L-1,n} \left( 1 - a_{L-1,n} \right)",
             ((C,),), (Twin("gradient", "b2[{n}]", (_G2,), _N2),)),
            ("gradient-output-bias-slope-left-out-wrong", r"g_{L-1,n} = 2\left( a_{L-1,n} - t_{n} \right) a_{L-1,n}",
             ((W,),), (Twin("gradient", "b2[{n}]", ("2*(a2[{n}] - y[{n}])*a2[{n}]",), _N2),)),
            # L-3 the inputs: the literal pattern a_{0,n} beside a_{l,n}
            ("sum-from-inputs", r"S_{L-2,n} = \beta_{L-2,n} + \sum_{i=0}^{N_{L-3}-1} a_{L-3,i} \omega_{L-2,n,i}",
             ((C,),), (Twin("value", "z1[{n}]", ("b1[{n}] + W1[{n},0]*x[0] + W1[{n},1]*x[1]",), _N3),)),
            ("sum-from-inputs-at-output-wrong",
             r"S_{L-1,n} = \beta_{L-1,n} + \sum_{i=0}^{N_{L-3}-1} a_{L-3,i} \omega_{L-1,n,i}",
             ((W,),), (Twin("value", "z2[{n}]", ("b2[{n}] + W2[{n},0]*x[0] + W2[{n},1]*x[1]",), _N2),)),
            # a function named by layer: g^{[L-1]} the output layer's; the misreading took the hidden layer's and
            # called the second right
            ("layer-function-output", r"a_{2,n} = g^{[L-1]}\left( S_{2,n} \right)", ((C,),),
             (Twin("value", "a2[{n}]", ("sigmoid(z2[{n}])",), _N2),)),
            ("layer-function-hidden-wrong", r"a_{1,n} = g^{[L-1]}\left( S_{1,n} \right)", ((W,),),
             (Twin("value", "a1[{n}]", ("sigmoid(z1[{n}])",), _N3),)),
            # a default name (symbols.md's \delta^{(l)}, counted from the input 0 as these notes count) at L-1
            ("default-delta-output", r"\delta^{(L-1)}_n = 2\left( a_{L-1,n} - t_{n} \right) a_{L-1,n} \left( 1 - a_{L-1,n} \right)",
             ((C,),), (Twin("gradient_z", "z2[{n}]", (_G2,), _N2),)),
            ("default-delta-output-half-wrong",
             r"\delta^{(L-1)}_n = \left( a_{L-1,n} - t_{n} \right) a_{L-1,n} \left( 1 - a_{L-1,n} \right)",
             ((W,),), (Twin("gradient_z", "z2[{n}]", ("(a2[{n}] - y[{n}])*a2[{n}]*(1 - a2[{n}])",), _N2),))):
        cases.append(Public(key, "test", NET, FROM_ZERO, text, expected, twins))
    for key, text, expected, twins in (
            # a quantity written as a function of what it is computed from: the quantity itself
            ("sum-of-layer-before", r"S_{l,n} = S_{l,n}\left( a_{l-1}, \omega_{l} \right) = \beta_{l,n} + "
             r"\sum_{i=0}^{N_{l-1}-1} a_{l-1,i} \cdot \omega_{l,n,i}", ((C, C),),
             (Twin("value", "{z}", ("{z}", "{m}"), _UNITS),)),
            ("output-of-layer-before", r"a_{l,n} = a_{l,n}\left( a_{l-1}, \omega_{l} \right) = "
             r"g^{[l]}\big( S_{l,n}\left( a_{l-1}, \omega_{l} \right) \big)", ((C, C),),
             (Twin("value", "{a}", ("{a}", "{f}"), _UNITS),)),
            ("output-of-layer-before-sum-wrong", r"a_{l,n} = a_{l,n}\left( a_{l-1}, \omega_{l} \right) = S_{l,n}",
             ((C, W),), (Twin("value", "{a}", ("{a}", "{z}"), _UNITS),)),
            ("error-of-outputs-of-layer-before", r"\varepsilon\left( \omega \right) = \sum_{i=0}^{N_{L-1}-1} \bigg( "
             r"a_{L-1,i} \Big( a_{L-2}, \omega_{L-1} \Big) - t_{i} \bigg)^{2}", ((C,),),
             (Twin("value", _LOSS, (_LOSS,)),)),
            ("error-of-outputs-of-layer-before-unsquared-wrong", r"\varepsilon = \sum_{i=0}^{N_{L-1}-1} \left( "
             r"a_{L-1,i}\left( a_{L-2}, \omega_{L-1} \right) - t_{i} \right)", ((W,),),
             (Twin("value", _LOSS, ("a2[0] - y[0] + a2[1] - y[1]",)),))):
        cases.append(Public(key, "test", NET, FROM_ZERO, text, expected, twins))
    for key, text, expected, twins in (
            # L given the output layer's number: a name without its layer is the output's, as if ^L
            ("nabla-output-numbered", r"\delta^L = \nabla_a C \odot \sigma'(z^L)", ((C,),),
             (Twin("gradient_z", "z2[{j}]", ("2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), _J2),)),
            ("bare-output-numbered", r"C = \sum_j (a_j - y_j)^2", ((C,),), (Twin("value", _LOSS, (_LOSS,)),)),
            ("bare-output-numbered-wrong", r"C = \sum_j (a_j - y_j)", ((W,),),
             (Twin("value", _LOSS, ("a2[0] - y[0] + a2[1] - y[1]",)),))):
        cases.append(Public(key, "test", NET, NIELSEN_OUTPUT, text, expected, twins))
    for key, text, expected, twins in (
            # the bare letter of the left side's one z
            ("slope-at-own-letter", r"\frac{\partial a^3_1}{\partial z^3_1} = g'(z)", ((C,),),
             (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),)),
            ("slope-at-own-letter-written-out", r"\frac{\partial a^3_2}{\partial z^3_2} = g(z) (1 - g(z))", ((C,),),
             (Twin("value", "a2[1]*(1 - a2[1])", ("sigmoid(z2[1])*(1 - sigmoid(z2[1]))",)),)),
            ("slope-at-own-letter-hidden", r"\frac{\partial a^2_3}{\partial z^2_3} = h'(z)", ((C,),),
             (Twin("value", "1 - a1[2]**2", ("1 - tanh(z1[2])**2",)),)),
            ("slope-at-own-letter-value-wrong", r"\frac{\partial a^3_1}{\partial z^3_1} = g(z)", ((W,),),
             (Twin("value", "a2[0]*(1 - a2[0])", ("sigmoid(z2[0])",)),)),
            ("slope-at-own-letter-other-function-wrong", r"\frac{\partial a^3_1}{\partial z^3_1} = h'(z)", ((W,),),
             (Twin("value", "a2[0]*(1 - a2[0])", ("1 - tanh(z2[0])**2",)),)),
            ("slope-at-own-letter-chain", r"\frac{\partial J}{\partial z^3_1} = 2(a^3_1 - y_1) g'(z)", ((C,),),
             (Twin("gradient_z", "z2[0]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])",)),))):
        cases.append(Public(key, "test", NET, BY_LETTER, text, expected, twins))
    cases.append(Public("count-numbered-output-layer", "test", NET, NIELSEN_COUNT, r"C = \sum_j (a^{L-1}_j - y_j)^2",
                        ((C,),), (Twin("value", _LOSS, (_LOSS,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_layer_past_the_notations_L_is_refused():
    """a_{L,n} and g_{L,n} name layer 3 of notes counting from 0, which this network does not have: refused (the
    misreading took L for the output layer and called both right)."""
    message = CHECKS.refused(NET, FROM_ZERO, r"g_{L,n} = 2\left( a_{L,n} - t_{n} \right) a_{L,n} \left( 1 - a_{L,n} \right)")
    assert "L = 3" in message and "b3" in message
    message = CHECKS.refused(NET, FROM_ZERO, r"\varepsilon = \sum_{i=0}^{N_{L-1}-1} \left( a_{L,i} - t_{i} \right)^{2}")
    assert "L = 3" in message and "a3" in message


def test_a_default_name_past_the_notations_L_is_refused():
    """\\delta^{(L)} at the notation's L = 3 is no layer of the network."""
    message = CHECKS.refused(NET, FROM_ZERO, r"g_{L-1,n} = \delta^{(L)}_n")
    assert "there is no layer 3" in message


def test_a_name_without_its_layer_is_not_read_at_an_L_that_is_no_output():
    """Where the notation's L is the number of layers (3, no layer in its counting), a_j without its layer is not
    read as if a^L: refused, as a^L itself names nothing."""
    message = CHECKS.refused(NET, NIELSEN_COUNT, r"C = \sum_j (a_j - y_j)^2")
    assert "matches none of the notation's patterns for a" in message
    assert "L is the output layer" not in CHECKS.refused(NET, NIELSEN_COUNT, r"C = \sum_j (a^{L}_j - y_j)^2")


def test_a_quantity_of_what_it_is_not_computed_from_stays_refused():
    """S_{1,n}(a_{1}, \\omega_{1}): a_{1} is computed from S_{1,n}, not S from it; \\omega_{l+1} and a_{l+1} are the
    next layer's; entries (a_{0,1}, \\omega_{1,n,1}) may be all a function of them uses: nothing says what the
    arguments make of S, refused saying when they would be read."""
    for text in (r"S_{1,n} = S_{1,n}\left( a_{1}, \omega_{1} \right)", r"S_{l,n} = S_{l,n}\left( a_{l-1}, \omega_{l+1} \right)",
                 r"S_{l,n} = S_{l,n}\left( a_{l+1}, \omega_{l} \right)",
                 r"S_{1,n} = S_{1,n}\left( a_{0,1}, \omega_{1,n,1} \right)"):
        message = CHECKS.refused(NET, FROM_ZERO, text)
        assert "2 arguments" in message and "computed from" in message


def test_a_bare_letter_the_left_side_does_not_name_once_stays_refused():
    """g'(z) where the left side, a derivative, names no z or two (z^3_1 by z^2_1), or is no derivative: which z is not
    said."""
    for text in (r"\frac{\partial J}{\partial a^3_1} = 2(a^3_1 - y_1) g'(z)",
                 r"\frac{\partial z^3_1}{\partial z^2_1} = g'(z)", r"g(z^3_1) = g(z)"):
        assert "z matches none of the notation's patterns for z" in CHECKS.refused(NET, BY_LETTER, text)
