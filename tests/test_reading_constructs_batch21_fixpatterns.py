"""The notation patterns and symbols batches 21 and 22 of the public formulas showed missing, each written as another
author would (other names, other networks than the pages'): a primed letter as a pattern (``"o'"``, A-R007's y'),
whose prime is its name while a function's prime stays the derivative; a subscript's own subscript braced in the
pattern and not in the formula, or the other way round (``w_{h_qk_m}`` against ``"w_{h_{q}k_{m}}"``); patterns in
code's index syntax, MATLAB's cell index (``"net.o{q}"``), a LaTeX letter with code's brackets (``"\\Delta V[ab]"``)
and Python's dictionary key (``'grads["dH"+str(l)]'``);
``\\alpha`` as the learning rate where the notation names a parameter but no rate; the loss with the notation's
sample letter (``\\mathcal{C}_n``); a transpose or a square written inside a superscript after the sample's
script (``h^{[1](n)T}``, ``h^{[1](n)2}``). Each case is judged right where the formula is right and wrong where one
thing is changed; where a reading would be a guess the refusal is tested to say what to write.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_2, SIGMOID_2_1, SIGMOID_2_3_2, TANH_2_1_SIGMOID_1, TANH_2_3_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

_RATE = "\n[update]\nlearning_rate = 0.1\n"
NETWORKS = {
    # one sigmoid unit on two inputs, the half squared error
    "sigmoid-unit": SIGMOID_2_1 + _RATE,
    # a linear layer of two outputs on three inputs, the half squared error (dE/dz = o - r)
    "linear-two": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n'
                  + _RATE,
    # a linear layer of two outputs on two inputs
    "linear-square": LINEAR_2_2 + _RATE,
    # two sigmoid layers, 2 -> 3 -> 2, the half squared error
    "sigmoid-two": SIGMOID_2_3_2 + _RATE,
    # a tanh layer of three, then one sigmoid output, the half squared error
    "tanh-sigmoid": TANH_2_3_SIGMOID_1 + _RATE,
    # one tanh unit, then one sigmoid output: every quantity a number
    "tanh-one": TANH_2_1_SIGMOID_1 + _RATE,
}
CHECKS = CaseChecks(NETWORKS)
_problem, _check = CHECKS.problem, CHECKS.verdicts

# o' the unit's output (a primed letter as the pattern), t the target, v_i and u_i weight and input i from 1
_PRIMED = r'''
[notation]
indices = "i"
loss = ["E"]
functions = { f = "sigmoid" }
[notation.symbols]
"o'" = "a1[0]"
"t" = "y[0]"
"s" = "z1[0]"
"v_{i}" = "W1[0, i-1]"
"u_{i}" = "x[i-1]"
'''
# a layer letter with the node's letter under it: u_{h_q} input q, o_{k_m} output m, w_{h_qk_m} the weight
# between them (the patterns braced, the formulas not, and for w the other way round)
_NESTED = r'''
[notation]
indices = "mq"
loss = ["E"]
[notation.symbols]
"u_{h_{q}}" = "x[q]"
"o_{k_{m}}" = "a1[m]"
"r_{k_{m}}" = "y[m]"
"w_{h_qk_m}" = "W1[m, q]"
'''
# MATLAB's cell indices, as a toolbox names its layers: net.o{q} the output, net.t the target, delta{q} dE/dz
_CELLS = r'''
[notation]
indices = "m"
loss = ["E"]
[notation.symbols]
"net.o{q}" = "a2[:]"
"net.h{p}" = "a1[:]"
"net.t" = "y[:]"
"delta{q}" = "grad(z2[:])"
'''
# a LaTeX letter with code's brackets: \Delta V[ab] the step of the weight from input a to output b, \Delta G[b]
# the output's error value (-dE/dz); a and b literal (the page's own letters), so the meanings read the formula's
_BRACKETS = r'''
[notation]
indices = "n"
[notation.symbols]
"\\Delta V[ab]" = "-eta*delta1[b]*x[a]"
"x[a]" = "x[a]"
"\\Delta G[b]" = "-delta1[b]"
'''
# Python's dictionaries of a layer's arrays, keyed by a name and the layer's number
_DICTIONARY = r'''
[notation]
indices = "l"
loss = ["E"]
[notation.symbols]
"grads[\"dH\"+str(l)]" = "grad(a{l}[:])"
"grads[\"dS\"+str(l)]" = "grad(z{l}[:])"
"params[\"V\"+str(l)]" = "W{l}[:, :]"
'''
# a parameter key and no learning_rate key: \alpha is the rate
_PARAMETER = r'''
[notation]
parameter = ["P"]
loss = ["E"]
[notation.symbols]
"u_{i}" = "x[i-1]"
'''
# the sample's letter n in the patterns (a placeholder the meanings do not use), the layer in brackets before it
_SAMPLE = r'''
[notation]
loss = ["\\mathcal{C}"]
[notation.symbols]
"u^{(n)}" = "x[:]"
"h^{[1](n)}" = "a1[:]"
"r^{[1](n)}" = "z1[:]"
"s^{[2](n)}" = "z2[0]"
"V_{2}" = "W2[:, :]"
"v" = "W2[0, 0]"
'''
_MQ = tuple({"m": m, "q": q} for m in range(2) for q in range(3))
_AB = tuple({"a": a, "b": b} for a in range(2) for b in range(2))
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_PARAMETERS = ({"p": "W1[0,0]"}, {"p": "W1[0,1]"}, {"p": "b1[0]"})
_SLOPE = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member, twin in (
            # a primed letter the notation names: the symbol, in LaTeX and in plain text
            ("primed-symbol", r"\frac{\partial E}{\partial o'} = o' - t", C, "a1[0] - y[0]", "value"),
            ("primed-symbol-sign", r"\frac{\partial E}{\partial o'} = t - o'", W, "y[0] - a1[0]", "value"),
            ("primed-plain", "dE/do' = o' - t", C, "a1[0] - y[0]", "value"),
            ("primed-plain-sign", "dE/do' = t - o'", W, "y[0] - a1[0]", "value"),
            # ... and a function's prime still its derivative
            ("primed-symbol-by-s", r"\frac{\partial o'}{\partial s} = f'(s)", C, "a1[0]*(1 - a1[0])", "slope"),
            ("primed-symbol-by-s-value", r"\frac{\partial o'}{\partial s} = f(s)", W, "a1[0]", "slope"),
            ("primed-chain", r"\frac{\partial E}{\partial v_2} = (o' - t) o' (1 - o') u_2", C,
             "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[1]", "gradient"),
            ("primed-chain-other-input", r"\frac{\partial E}{\partial v_2} = (o' - t) o' (1 - o') u_1", W,
             "(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[0]", "gradient")):
        target = {"value": ("value", "a1[0] - y[0]", ({},)), "slope": ("value", "a1[0]*(1 - a1[0])", ({},)),
                  "gradient": ("gradient", "W1[0,1]", ({},))}[twin]
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-unit", _PRIMED, text, ((verdict,),),
                            (Twin(target[0], target[1], (member,), target[2]),)))
    for key, text, verdict, member in (
            # subscripts of subscripts: braced in the pattern, not in the formula (and the reverse for w)
            ("nested", r"\frac{\partial E}{\partial w_{h_{q}k_{m}}} = (o_{k_m} - r_{k_m}) u_{h_q}", C,
             "(a1[{m}] - y[{m}])*x[{q}]"),
            ("nested-swapped", r"\frac{\partial E}{\partial w_{h_{q}k_{m}}} = (r_{k_m} - o_{k_m}) u_{h_q}", W,
             "(y[{m}] - a1[{m}])*x[{q}]"),
            ("nested-unbraced", r"\frac{\partial E}{\partial w_{h_qk_m}} = (o_{k_{m}} - r_{k_{m}}) u_{h_{q}}", C,
             "(a1[{m}] - y[{m}])*x[{q}]"),
            ("nested-unbraced-first-input", r"\frac{\partial E}{\partial w_{h_qk_m}} = (o_{k_m} - r_{k_m}) u_{h_0}", W,
             "(a1[{m}] - y[{m}])*x[0]")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-two", _NESTED, text, ((verdict,),),
                            (Twin("gradient", "W1[{m},{q}]", (member,), _MQ),)))
    for key, text, verdict, member in (
            # MATLAB's cell-indexed names in the patterns (a formula's code index matches them)
            ("cell-index", "delta[q] = (net.o[q] - net.t) .* (net.o[q] .* (1 - net.o[q]))", C,
             "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"),
            ("cell-index-sign", "delta[q] = (net.t - net.o[q]) .* (net.o[q] .* (1 - net.o[q]))", W,
             "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-two", _CELLS, text, ((verdict,),),
                            (Twin("gradient_z", "z2[{j}]", (member,), _J2),)))
    for key, text, verdict, member in (
            # a LaTeX letter with code's brackets, the step of weight [ab] before it is taken
            ("delta-brackets", r"\[ \Delta V[ab] = \eta \times x[a] \times \Delta G[b] \]", C,
             "eta*x[{a}]*(y[{b}] - a1[{b}])"),
            ("delta-brackets-no-rate", r"\[ \Delta V[ab] = x[a] \times \Delta G[b] \]", W,
             "x[{a}]*(y[{b}] - a1[{b}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-square", _BRACKETS, text, ((verdict,),),
                            (Twin("value", "-eta*(a1[{b}] - y[{b}])*x[{a}]", (member,), _AB),)))
    for key, text, verdict, member in (
            # Python's dictionary keys: the gradient by the hidden layer's output, from the output's dE/dz
            ("dictionary-key", 'grads["dH"+str(l-1)] = np.dot(params["V"+str(l)].T, grads["dS"+str(l)])', C,
             f"W2[0,{{j}}]*{_SLOPE}"),
            ("dictionary-key-by-output", 'grads["dH"+str(l-1)] = np.dot(params["V"+str(l)].T, grads["dH"+str(l)])',
             W, "W2[0,{j}]*(a2[0] - y[0])")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _DICTIONARY, text, ((verdict,),),
                            (Twin("value", f"W2[0,{{j}}]*{_SLOPE}", (member,), _J3),)))
    for key, text, verdict, member in (
            # \alpha the learning rate beside a parameter key
            ("alpha-rate", r"P := P - \alpha \frac{\partial E}{\partial P}", C, "{p} - eta*grad"),
            ("alpha-rate-ascent", r"P := P + \alpha \frac{\partial E}{\partial P}", W, "{p} + eta*grad")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-unit", _PARAMETER, text, ((verdict,),),
                            (Twin("update", "{p}", (member,), _PARAMETERS),)))
    for key, text, verdict, member in (
            # a transpose inside the superscript, after the layer's and the sample's scripts; the loss with the
            # sample's letter (one sample: the loss)
            ("sample-transpose", r"\frac{\partial \mathcal{C}}{\partial V_2} = \frac{\partial \mathcal{C}}{\partial"
             r" s^{[2](n)}} h^{[1](n)T}", C, f"{_SLOPE}*a1[{{j}}]"),
            ("sample-transpose-doubled", r"\frac{\partial \mathcal{C}}{\partial V_2} = 2 \frac{\partial"
             r" \mathcal{C}}{\partial s^{[2](n)}} h^{[1](n)T}", W, f"2*{_SLOPE}*a1[{{j}}]"),
            ("sample-loss", r"\frac{\partial \mathcal{C}_n}{\partial V_2} = \frac{\partial \mathcal{C}}{\partial"
             r" s^{[2](n)}} (h^{[1](n)})^T", C, f"{_SLOPE}*a1[{{j}}]"),
            ("sample-loss-doubled", r"\frac{\partial \mathcal{C}_n}{\partial V_2} = 2 \frac{\partial \mathcal{C}}"
             r"{\partial s^{[2](n)}} (h^{[1](n)})^T", W, f"2*{_SLOPE}*a1[{{j}}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _SAMPLE, text, ((verdict,),),
                            (Twin("gradient", "W2[0,{j}]", (member,), _J3),)))
    for key, text, verdict, member in (
            # a square inside the superscript, after the sample's script: tanh's slope 1 - h^2 (h one number)
            ("sample-square", r"\frac{\partial \mathcal{C}}{\partial r^{[1](n)}} = v \frac{\partial \mathcal{C}}"
             r"{\partial s^{[2](n)}} (1 - h^{[1](n)2})", C, f"W2[0,0]*{_SLOPE}*(1 - a1[0]**2)"),
            ("sample-square-unsquared", r"\frac{\partial \mathcal{C}}{\partial r^{[1](n)}} = v \frac{\partial"
             r" \mathcal{C}}{\partial s^{[2](n)}} (1 - h^{[1](n)})", W, f"W2[0,0]*{_SLOPE}*(1 - a1[0])")):
        cases.append(Public(f"{key}-{verdict}", "test", "tanh-one", _SAMPLE, text, ((verdict,),),
                            (Twin("gradient_z", "z1[0]", (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_letters_a_pattern_writes_literally_are_named_when_a_symbol_matches_none():
    """cs224d's "W_{ij}^{(l)}" = "W{l}[j, i]" with j and l not in indices: W_{cd} and W^{(1)} match nothing, and the
    refusal names the literal letters and says to add them to indices (reading j as any index would be a guess:
    a literal letter is a course's fixed role, docs/notation.md)."""
    notation = r'''
[notation]
indices = "abcd"
[notation.symbols]
"x_{a}" = "x[a]"
"V_{aj}^{(l)}" = "W{l}[j, a]"
'''
    for text in (r"\frac{\partial E}{\partial V_{cd}^{(1)}} = x_c", r"z = x V^{(1)}"):
        message = _refusal("linear-square", notation, text)
        assert "j, l are literal letters" in message and 'indices = "abcd"' in message
        assert "add them to indices" in message


def test_a_vector_squared_inside_a_superscript_is_refused_as_any_vector_power():
    """h^{[1](n)2} of a layer of three units is (h^{[1](n)})^2, a vector's square, refused as any is where its two
    readings (each entry's square, the squared norm times the vector with \\times) disagree. With a star, the
    entrywise product's, the squared norm cannot be meant (test_reading_constructs_fix98's star-square-in-script)."""
    message = _refusal("tanh-sigmoid", _SAMPLE, r"\frac{\partial \mathcal{C}}{\partial r^{[1](n)}} = V_2^T"
                                                 r" \frac{\partial \mathcal{C}}{\partial s^{[2](n)}} \times"
                                                 r" (1 - h^{[1](n)2})")
    assert "reads as the square of each entry or the inner product" in message and "u \\odot u" in message


def test_alpha_named_as_the_parameter_is_not_the_rate():
    """parameter = ["\\alpha"]: \\alpha is the parameter, so the rate is \\eta, and \\alpha - \\alpha dE/d\\alpha is not
    an update with \\alpha as the rate."""
    notation = _PARAMETER.replace('parameter = ["P"]', 'parameter = ["\\\\alpha"]')
    case = Public("alpha-parameter", "test", "sigmoid-unit", notation,
                  r"\alpha := \alpha - \eta \frac{\partial E}{\partial \alpha}", ((C,),),
                  (Twin("update", "{p}", ("{p} - eta*grad",), _PARAMETERS),))
    assert oracle_verdicts(case, _problem(case)) == ((C,),)
    assert _check(case) == ((C,),)
