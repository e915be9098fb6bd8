"""Constructs of batches 72, 76 and 86 of the public formulas, each written here as another author would (other names,
other networks than the pages'): Haykin's time index in parentheses, ``ω_{kj}(n+1) = ω_{kj}(n) + η δ_k(n) y_j(n)``,
with Unicode's letters (whose normalised \\omega _{kj} holds a space before its script), the step of an update; a
range remarked after a formula, ``,\\; R = (0,1)`` or ``\\in (0, 1)``, no claim; and the refusal of an identifier of
several letters the notation does not name, which names the identifier whole (new_weights, deltas, target), never
a letter from inside it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2}
CHECKS = CaseChecks(NETWORKS)

# Haykin's names for the output layer: ω_{kj} (w_{kj}) the weight from hidden unit j to output k, y_j the hidden
# outputs, δ_k his local gradient -dE/dv_k, η the learning rate
HAYKIN_NOTATION = r'''
[notation]
indices = "jk"
loss = ["E"]
learning_rate = ["\\eta"]
[notation.symbols]
"\\omega_{kj}" = "W2[k, j]"
"w_{kj}" = "W2[k, j]"
"y_{j}" = "a1[j]"
"y_{k}" = "a2[k]"
"\\delta_{k}" = "-grad(z2[k])"
'''
# an activation list's names: x the output layer's first sum, sigma its unit's output (as the notes write σ(x))
RANGE_NOTATION = r'''
[notation]
[notation.symbols]
"x" = "z2[0]"
'''
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_DELTA = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_STEP = "eta*" + _DELTA + "*a1[{j}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the weight at step n + 1 and at step n, every other name at step n (its current value)
            ("haykin-unicode", "ω_{kj}(n+1) = ω_{kj}(n) + η δ_k(n) y_j(n)", ((C,),),
             (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + " + _STEP,), _KJ),)),
            ("haykin-unicode-uphill-wrong", "ω_{kj}(n+1) = ω_{kj}(n) - η δ_k(n) y_j(n)", ((W,),),
             (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - " + _STEP,), _KJ),)),
            ("haykin-unicode-output-wrong", "ω_{kj}(n+1) = ω_{kj}(n) + η δ_k(n) y_k(n)", ((W,),),
             (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + eta*" + _DELTA + "*a2[{k}]",), _KJ),)),
            ("haykin-tex", r"w_{kj}(n+1) = w_{kj}(n) + \eta \delta_k(n) y_j(n)", ((C,),),
             (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + " + _STEP,), _KJ),)),
            ("haykin-tex-half-wrong", r"w_{kj}(n+1) = w_{kj}(n) + \frac{1}{2} \eta \delta_k(n) y_j(n)", ((W,),),
             (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] + " + _STEP + "/2",), _KJ),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-2", HAYKIN_NOTATION, text, expected, twins))
    _SIG = "1/(1 + exp(-z2[0]))"
    for key, text, expected, twins in (
            # a range after a separator, R = (0,1), where R names nothing: a remark; \in an interval, closing
            ("range-after-comma", r"$\sigma(x) = \frac{1}{1 + e^{-x}},\; R = (0,1)$", ((C,),),
             (Twin("value", "sigmoid(z2[0])", (_SIG,)),)),
            ("range-after-comma-wrong", r"$\sigma(x) = \frac{1}{1 - e^{-x}},\; R = (0,1)$", ((W,),),
             (Twin("value", "sigmoid(z2[0])", ("1/(1 - exp(-z2[0]))",)),)),
            ("range-membership", r"\sigma(x) = \frac{1}{1 + e^{-x}} \in (0, 1)", ((C,),),
             (Twin("value", "sigmoid(z2[0])", (_SIG,)),)),
            ("range-membership-wrong", r"\sigma(x) = \frac{1}{1 + e^{x}} \in (0, 1)", ((W,),),
             (Twin("value", "sigmoid(z2[0])", ("1/(1 + exp(z2[0]))",)),)),
            ("range-quad-bracket", r"\sigma(x) = \frac{e^{x}}{1 + e^{x}} \quad \sigma \in [0, 1]", ((C,),),
             (Twin("value", "sigmoid(z2[0])", ("exp(z2[0])/(1 + exp(z2[0]))",)),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-2", RANGE_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_pair_without_a_separator_stays_a_claim():
    """``... R = (0,1)`` with nothing between the formula and R: a product with R, refused for R, never set aside."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", RANGE_NOTATION, r"\sigma(x) = \frac{1}{1 + e^{-x}} R = (0,1)")
    assert "unknown symbol R" in message


def test_a_name_the_notation_reads_equal_to_a_pair_stays_a_claim():
    """``, x = (0, 1)``: x is the notation's, so the pair is a claim about it (refused: no numbers to judge it at)."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", RANGE_NOTATION, r"\sigma(x) = \frac{1}{1 + e^{-x}},\; x = (0, 1)")
    assert "x = (0, 1)" in message


def test_an_identifier_is_named_whole():
    """code's names the notation does not know: the refusal names the identifier as written and how to declare it,
    never a letter from inside it (new_weights' n, deltas' d, target's a)."""
    for text, word in (("new_weights = w_{kj} + 0.1", "new_weights"),
                       ("deltas(k) = (targets(k) - y_k) * y_k * (1 - y_k)", "deltas"),
                       ("w_{kj} = w_{kj} + target(k) - y_k", "target"),
                       ("w_{kj} = w_{kj} + outputValue", "outputValue")):
        message = CHECKS.refused("tanh-2-2-sigmoid-2", HAYKIN_NOTATION, text)
        assert f"unknown symbol {word};" in message and f'"{word}" = "..."' in message, message


def test_letters_alone_keep_their_message():
    """A letter alone, and two letters side by side (a product as TeX sets it), keep the letter's refusal; a
    misspelt function's name keeps its hint."""
    assert "unknown symbol q;" in CHECKS.refused("tanh-2-2-sigmoid-2", HAYKIN_NOTATION, "w_{kj} = w_{kj} + q")
    assert "unknown symbol q;" in CHECKS.refused("tanh-2-2-sigmoid-2", HAYKIN_NOTATION, "w_{kj} = w_{kj} + q y_j")
    assert "did you mean sigmoid" in CHECKS.refused("tanh-2-2-sigmoid-2", HAYKIN_NOTATION, "y_k = sigmod(y_j)")
