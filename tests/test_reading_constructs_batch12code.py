"""The plain-text and code constructs batch 12 of the public formulas showed missing, each as a family another
author would write (other letters, names and forms): code names with underscores as a notation's patterns
(``"d_out1_net"``, ``"dloss_dW2_{jk}"``) and in formulas, bare as the whole matrix in an update; NumPy's sum with
its axis (``sum(dZ, 1)``, ``np.sum(dZ, axis=1)``) and 1/m with m given in the notation; a derivative written in
words (``g prime (Z1)``); Unicode subscripts before code's indices as patterns (``"h₁[j]"``), the sum sign Σᵢ
before a name and a gloss in words after the formula; and a subscript word typed against its letter in a row
with braces (``σ(n_out)`` beside ``\\hat{y}``). Each case is judged right where the formula is right and wrong
where one thing is changed, both held to the PyTorch oracle (tests/test_seed_verbatim.oracle_verdicts); what
stays a guess is refused in one line that names the construct.
"""

from __future__ import annotations

from construct_checks import CaseChecks, oracle_verdicts
from construct_networks import SIGMOID_2_2_2
from public_formulas import C, W, Public
from public_formulas_batch10_tables import RELU_SLOPE, SIGMOID_SLOPE, TANH_SLOPE, deltas
from seed_verbatim import Twin

NETWORKS = {
    # a 2-2-2 sigmoid network with biases, the quadratic cost with its 1/2, a learning rate
    "sigmoid": SIGMOID_2_2_2 + '[update]\nlearning_rate = 0.2\n',
    # 3 inputs, 4 tanh units, 3 softmax outputs, the cross-entropy
    "tanh": '[[layer]]\ninputs = 3\nunits = 4\nactivation = "tanh"\n[[layer]]\nunits = 3\nactivation = "softmax"\n'
            '[loss]\nname = "cross_entropy"\n[update]\nlearning_rate = 0.05\n',
    # 2 inputs, 3 ReLU units, 2 sigmoid outputs, the quadratic cost with its 1/2
    "relu": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n[[layer]]\nunits = 2\nactivation = "sigmoid"\n'
            '[loss]\nname = "half_squared_error"\n',
    # 2 inputs, one sigmoid unit, one sigmoid output, the squared error
    "chain": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\n[[layer]]\nunits = 1\n'
             'activation = "sigmoid"\n[loss]\nname = "squared_error"\n',
}

_SIG = deltas((2, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", SIGMOID_SLOPE)
_TANH = deltas((4, 3), "a2[{j}] - t[{j}]", TANH_SLOPE)
_RELU = deltas((3, 2), "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])", RELU_SLOPE)
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))


def _grid(rows: int, columns: int) -> tuple:
    return tuple({"j": row, "k": column} for row in range(rows) for column in range(columns))


# -- code names with underscores -------------------------------------------------------------------------------

_UNDERSCORES = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"in1" = "x[0]"
"in2" = "x[1]"
"tgt1" = "y[0]"
"tgt2" = "y[1]"
"k11" = "W2[0, 0]"
"k12" = "W2[0, 1]"
"k21" = "W2[1, 0]"
"k22" = "W2[1, 1]"
"hid1_act" = "a1[0]"
"hid2_act" = "a1[1]"
"out1_act" = "a2[0]"
"out2_act" = "a2[1]"
"d_out1_act" = "grad(a2[0])"
"d_out1_net" = "grad(z2[0])"
"d_out2_net" = "grad(z2[1])"
"d_hid1_act" = "grad(a1[0])"
"d_k12" = "grad(W2[0, 1])"
"dloss_dW2_{jk}" = "grad(W2[j, k])"
"dloss_b1_{j}" = "grad(b1[j])"
"W2_{jk}" = "W2[j, k]"
"b1_{j}" = "b1[j]"
'''


def _underscore_cases() -> list[Public]:
    """Names of two underscores (d_out1_net), one and then a script (dloss_dW2_{jk}, dloss_b1_{j}), beside
    names of one (hid1_act, d_k12, which read as a base and its subscript): right and one-change wrong."""
    cases = []
    for text, verdict, member in (("d_out1_act = out1_act - tgt1", C, "a2[0] - y[0]"),
                                  ("d_out1_act = tgt1 - out1_act", W, "y[0] - a2[0]")):
        cases.append(Public(f"underscores-act-{verdict}", "test", "sigmoid", _UNDERSCORES, text, ((verdict,),),
                            (Twin("value", "a2[0] - y[0]", (member,)),)))
    for text, verdict, member in (
            ("d_out1_net = d_out1_act * out1_act * (1 - out1_act)", C, _SIG[2][0]),
            ("d_out1_net = d_out1_act * out1_act * (1 - hid1_act)", W, "(a2[0] - y[0])*a2[0]*(1 - a1[0])")):
        cases.append(Public(f"underscores-net-{verdict}", "test", "sigmoid", _UNDERSCORES, text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    for text, verdict, member in (("d_k12 = d_out1_net * hid2_act", C, f"{_SIG[2][0]}*a1[1]"),
                                  ("d_k12 = d_out2_net * hid2_act", W, f"{_SIG[2][1]}*a1[1]")):
        cases.append(Public(f"underscores-weight-{verdict}", "test", "sigmoid", _UNDERSCORES, text, ((verdict,),),
                            (Twin("gradient", "W2[0,1]", (member,)),)))
    truth = f"{_SIG[2][0]}*W2[0,0] + {_SIG[2][1]}*W2[1,0]"
    for text, verdict, member in (("d_hid1_act = d_out1_net*k11 + d_out2_net*k21", C, truth),
                                  ("d_hid1_act = d_out1_net*k11 + d_out2_net*k12", W,
                                   f"{_SIG[2][0]}*W2[0,0] + {_SIG[2][1]}*W2[0,1]")):
        cases.append(Public(f"underscores-hidden-{verdict}", "test", "sigmoid", _UNDERSCORES, text, ((verdict,),),
                            (Twin("value", truth, (member,)),)))
    for sign, verdict in (("-", C), ("+", W)):
        cases.append(Public(f"underscores-update-W2-{verdict}", "test", "sigmoid", _UNDERSCORES,
                            f"W2 = W2 {sign} lr * (dloss_dW2)", ((verdict,),),
                            (Twin("update", "W2[{j},{k}]", (f"W2[{{j}},{{k}}] {sign} eta*grad",), _grid(2, 2)),)))
        cases.append(Public(f"underscores-update-b1-{verdict}", "test", "sigmoid", _UNDERSCORES,
                            f"b1_new = b1 {sign} lr*dloss_b1", ((verdict,),),
                            (Twin("update", "b1[{j}]", (f"b1[{{j}}] {sign} eta*grad",), ({"j": 0}, {"j": 1})),)))
    for text, verdict, member in (("dloss_dW2_{10} = d_out2_net * hid1_act", C, f"{_SIG[2][1]}*a1[0]"),
                                  ("dloss_dW2_{10} = d_out1_net * hid1_act", W, f"{_SIG[2][0]}*a1[0]")):
        cases.append(Public(f"underscores-entry-{verdict}", "test", "sigmoid", _UNDERSCORES, text, ((verdict,),),
                            (Twin("gradient", "W2[1,0]", (member,)),)))
    return cases


# -- NumPy's sum with its axis, 1/m, a derivative in words -----------------------------------------------------

_VECTORIZED = r'''
[notation]
indices = "jk"
learning_rate = ["eta_lr"]
functions = { g = "tanh" }
[notation.symbols]
"X_{k}" = "x[k]"
"T_{j}" = "t[j]"
"W1_{jk}" = "W1[j, k]"
"W2_{jk}" = "W2[j, k]"
"H_{j}" = "z1[j]"
"G_{j}" = "a1[j]"
"P_{j}" = "a2[j]"
"dH_{j}" = "grad(z1[j])"
"dO_{j}" = "grad(z2[j])"
"grad_b1_{j}" = "grad(b1[j])"
"grad_b2_{j}" = "grad(b2[j])"
"grad_W1_{jk}" = "grad(W1[j, k])"
"m" = "1"
'''


def _vectorized_cases() -> list[Public]:
    """sum(u, 1) and np.sum(u, axis=1) over the one sample's column; m the notation's 1; g prime (H) the
    derivative of the notation's g; wrong: the other axis' neighbour (a factor 2, the wrong layer's error)."""
    cases = []
    for text, verdict, member in (("grad_b2 = (1/m) * sum(dO, 1)", C, "a2[{j}] - t[{j}]"),
                                  ("grad_b2 = np.sum(dO, axis=1) / m", C, "a2[{j}] - t[{j}]"),
                                  ("grad_b2 = 2 * np.sum(dO, axis=1)", W, "2*(a2[{j}] - t[{j}])")):
        cases.append(Public(f"axis-sum-{text[10:16]}-{verdict}", "test", "tanh", _VECTORIZED, text, ((verdict,),),
                            (Twin("gradient", "b2[{j}]", (member,), _J3),)))
    for text, verdict, member in (("dH = W2.T * dO * g prime (H)", C, "{m}"),
                                  ("dH = W2.T * dO * g (H)", W, "{w}")):
        values = tuple({"j": j, "m": _TANH[1][j], "w": _TANH[1][j].replace("(1 - a1", "(a1").replace("**2)", ")")}
                       for j in range(4))
        cases.append(Public(f"prime-word-{verdict}", "test", "tanh", _VECTORIZED, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), values),)))
    for text, verdict in (("grad_b1 = (1/m)*sum(dH, 1)", C), ("grad_b1 = (1/m)*sum(dH, 1) * g prime (H)", W)):
        member = "{m}" if verdict == C else "{m}*(1 - a1[{j}]**2)"
        cases.append(Public(f"axis-sum-hidden-{verdict}", "test", "tanh", _VECTORIZED, text, ((verdict,),),
                            (Twin("gradient", "b1[{j}]", (member,), tuple({"j": j, "m": _TANH[1][j]} for j in range(4))),)))
    grid = tuple({"j": j, "k": k, "m": _TANH[1][j]} for j in range(4) for k in range(3))
    for text, verdict, member in (("grad_W1 = (1/m) * dH * X.T", C, "{m}*x[{k}]"),
                                  ("grad_W1 = (1/m) * dH * X.T + W1", W, "{m}*x[{k}] + W1[{j},{k}]")):
        cases.append(Public(f"batch-mean-{verdict}", "test", "tanh", _VECTORIZED, text, ((verdict,),),
                            (Twin("gradient", "W1[{j},{k}]", (member,), grid),)))
    return cases


# -- Unicode subscripts before code's indices, Σᵢ before a name, a gloss after the formula --------------------

_UNICODE = r'''
[notation]
indices = "ijk"
functions = { ReLU = "relu" }
[notation.symbols]
"o₂[i]" = "z2[i]"
"h₁[j]" = "a1[j]"
"n₁[j]" = "z1[j]"
"V₂[i][j]" = "W2[i, j]"
"V₁[j][k]" = "W1[j, k]"
"x[k]" = "x[k]"
'''


def _unicode_cases() -> list[Public]:
    """o₂[i], V₂[i][j]: the Unicode subscript part of the name, code's indices its index; Σᵢ before a name; a
    gloss in words in parentheses after the formula, dropped."""
    cases = []
    hidden = tuple({"j": j, "m": f"W2[0,{j}]*{_RELU[2][0]} + W2[1,{j}]*{_RELU[2][1]}"} for j in range(3))
    for text, verdict, member in (
            ("∂L/∂h₁[j] = Σᵢ V₂[i][j] · ∂L/∂o₂[i] (summed over the output units)", C, "{m}"),
            ("∂L/∂h₁[j] = Σᵢ V₂[i][j] · ∂L/∂o₂[i] · h₁[j] (summed over the output units)", W, "({m})*a1[{j}]")):
        cases.append(Public(f"unicode-hidden-{verdict}", "test", "relu", _UNICODE, text, ((verdict,),),
                            (Twin("value", "{m}", (member,), hidden),)))
    for text, verdict, member in (("∂L/∂V₂[i][j] = ∂L/∂o₂[i] · h₁[j] (weight gradient)", C, "{d}*a1[{j}]"),
                                  ("∂L/∂V₂[i][j] = ∂L/∂o₂[j] · h₁[i] (weight gradient)", W, "{e}*a1[{i}]")):
        values = tuple({"i": i, "j": j, "d": _RELU[2][i], "e": _RELU[2][j]} for i in range(2) for j in range(2))
        cases.append(Public(f"unicode-weight-{verdict}", "test", "relu", _UNICODE, text, ((verdict,),),
                            (Twin("gradient", "W2[{i},{j}]", (member,), values),)))
    for text, verdict, member in (("∂L/∂n₁[j] = ∂L/∂h₁[j] · ReLU'(n₁[j])", C, "{m}"),
                                  ("∂L/∂n₁[j] = ∂L/∂h₁[j] · ReLU(n₁[j])", W, "{w}")):
        values = tuple({"j": j, "m": _RELU[1][j], "w": _RELU[1][j].replace("Heaviside(z1", "np.maximum(0, z1")}
                       for j in range(3))
        cases.append(Public(f"unicode-relu-{verdict}", "test", "relu", _UNICODE, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), values),)))
    return cases


# -- a subscript word typed against its letter in a row with braces ---------------------------------------------

_WORDS = r'''
[notation]
[notation.symbols]
"n_{hid}" = "z1[0]"
"n_{out}" = "z2[0]"
"v_{1}" = "W1[0, 0]"
"v_{2}" = "W1[0, 1]"
"v_{3}" = "W2[0, 0]"
"\\hat{y}" = "a2[0]"
"y" = "y[0]"
'''


def _word_cases() -> list[Public]:
    """σ(n_out) and ∂ŷ/∂n_out where ŷ's braces make the row LaTeX: n_{out}, the notation's word."""
    cases = []
    for text, verdict, member in (("ŷ = σ(n_out)", C, "sigmoid(z2[0])"), ("ŷ = σ(n_hid)", W, "sigmoid(z1[0])")):
        cases.append(Public(f"word-sigma-{verdict}", "test", "chain", _WORDS, text, ((verdict,),),
                            (Twin("value", "a2[0]", (member,)),)))
    for text, verdict, member in (("∂ŷ/∂n_out = ŷ × (1 - ŷ)", C, "a2[0]*(1 - a2[0])"),
                                  ("∂ŷ/∂n_out = ŷ × (1 + ŷ)", W, "a2[0]*(1 + a2[0])")):
        cases.append(Public(f"word-slope-{verdict}", "test", "chain", _WORDS, text, ((verdict,),),
                            (Twin("value", "a2[0]*(1 - a2[0])", (member,)),)))
    return cases


CASES = _underscore_cases() + _vectorized_cases() + _unicode_cases() + _word_cases()
CHECKS = CaseChecks(NETWORKS)


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_code_name_is_read_whole_or_not_at_all():
    """d_out1_nett and d_out1 are not d_out1_net: no prefix of a code name, and no longer run, is read as it."""
    for text in ("d_k12 = d_out1_nett * hid2_act", "d_k12 = d_out1 * hid2_act"):
        assert "matches none of the notation's patterns for d ('d_k12')" in _refusal("sigmoid", _UNDERSCORES, text)


def test_numpy_sum_over_the_units_is_not_the_gradient():
    """sum(dO, 0) adds the units' errors into one number: never the bias' gradient, a vector (refused for its
    shape); an axis other than 0 or 1 is refused."""
    assert "1 x 1 where the left side is 3 x 1" in _refusal("tanh", _VECTORIZED, "grad_b2 = (1/m) * sum(dO, 0)")
    assert "an axis that is not 0 or 1" in _refusal("tanh", _VECTORIZED, "grad_b2 = np.sum(dO, axis=2)")


def test_m_without_a_meaning_is_refused_with_how_to_give_it():
    """1/m where the notation does not say what m is: refused (never taken as 1 silently), saying how to give it."""
    notation = _VECTORIZED.replace('"m" = "1"\n', "")
    refusal = _refusal("tanh", notation, "grad_W1 = (1/m) * dH * X.T")
    assert "unknown symbol m" in refusal and '"m" = "1"' in refusal


def test_a_subscript_word_the_notation_does_not_name_stays_refused():
    """σ(n_outer): neither n_{o} nor n_{outer} is named; refused, not read as n_{out}."""
    assert "matches none of the notation's patterns for n" in _refusal("chain", _WORDS, "ŷ = σ(n_outer)")


def test_a_subscript_word_the_notation_names_whole_wins_over_its_first_letter():
    """σ(n_out) where the notation names both n_{out} and n_{o} (here as z1[0]): the spec's precedence, the pattern
    with more literal characters wins, reads the word n_{out} (z2[0]: correct), never n_{o} times u t."""
    notation = _WORDS + '"n_{o}" = "z1[0]"\n'
    for text, verdict in (("ŷ = σ(n_out)", C), ("ŷ = σ(n_hid)", W)):
        case = Public(f"word-precedence-{verdict}", "test", "chain", notation, text, ((verdict,),),
                      (Twin("value", "a2[0]", ("sigmoid(z2[0])" if verdict == C else "sigmoid(z1[0])",)),))
        assert oracle_verdicts(case, CHECKS.problem(case)) == ((verdict,),)
        assert CHECKS.verdicts(case) == ((verdict,),)
