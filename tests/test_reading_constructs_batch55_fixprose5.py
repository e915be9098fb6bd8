"""Blind batches 52 and 53 showed prose around formulas refused or lost, each written here as another author would
(other names, other networks than the pages'): a definition after ``\\quad \\text{where }`` ending a display, a claim
of its own (inside a chain, before its next member, an aside as before); "where", "with" or "and", a name and "is"
in math mode's letters, a remark that ends the formula; a case of the claim's index letters written before its
display (``when a = b``, ``For $a \\neq b$:`` on its line or the line before), the claim judged at those values
only; a sum over an index squared, ``(\\sum_c e^{v_c^T u})^2``, a number; pseudo-code's SET and LET before an
assignment. What stays refused: a case naming a letter its claim does not index by; a bare ``a = b`` before a
display is read as before (the case of the claim before it, or refused alone).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

# a softmax classifier without biases: three inputs, three classes, the cross-entropy
_SOFTMAX_3_3 = ('[[layer]]\ninputs = 3\nunits = 3\nactivation = "softmax"\nbias = "none"\n'
                '[loss]\nname = "cross_entropy"\n')
NETWORKS = {"tanh-two": TANH_2_1, "softmax-3-3": _SOFTMAX_3_3}
CHECKS = CaseChecks(NETWORKS)

# the classifier's names: q_a the class's probability, v_a its weights (a row), u the input
_SOFT = r'''
[notation]
indices = "abc"
[notation.symbols]
"q_{a}" = "a1[a]"
"v_{a}" = "W1[a, :]"
"u" = "x[:]"
'''
_AB = tuple({"a": a, "b": b} for a in range(3) for b in range(3))
_SAME = tuple({"a": a, "b": a} for a in range(3))
_OTHER = tuple(case for case in _AB if case["a"] != case["b"])
_SUM = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_QUOTIENT = (r"\frac{e^{v_a^T u} \cdot \sum_c e^{v_c^T u} - e^{v_a^T u} \cdot e^{v_b^T u}}"
             r"{(\sum_c e^{v_c^T u})^2}")
_QUOTIENT_TWIN = f"(exp(z1[{{a}}])*{_SUM} - exp(z1[{{a}}])*exp(z1[{{b}}]))/{_SUM}**2"
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_LOSS = "(y[0] - a1[0])**2/2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the quotient rule's denominator, a sum over an index squared: a number
            ("sum-squared", f"$${_QUOTIENT} = q_a - q_a q_b$$", ((C,),),
             (Twin("value", _QUOTIENT_TWIN, ("a1[{a}] - a1[{a}]*a1[{b}]",), _AB),)),
            ("sum-squared-wrong", f"$${_QUOTIENT} = q_a q_b$$", ((W,),),
             (Twin("value", _QUOTIENT_TWIN, ("a1[{a}]*a1[{b}]",), _AB),)),
            # a case of the index letters before the display, on its line or the line before
            ("case-when-equal", "when a = b $$q_a q_b = q_a^2$$", ((C,),),
             (Twin("value", "a1[{a}]*a1[{b}]", ("a1[{a}]**2",), _SAME),)),
            ("case-for-other-wrong", "For $a \\neq b$:\n$$q_a q_b = q_a^2$$", ((W,),),
             (Twin("value", "a1[{a}]*a1[{b}]", ("a1[{a}]**2",), _OTHER),)),
            ("case-if-other", "if a != b, $$q_a (1 - q_b) = q_a - q_a q_b$$", ((C,),),
             (Twin("value", "a1[{a}]*(1 - a1[{b}])", ("a1[{a}] - a1[{a}]*a1[{b}]",), _OTHER),))):
        cases.append(Public(key, "test", "softmax-3-3", _SOFT, text, expected, twins))
    for key, text, expected, twins in (
            # a definition after \text{where } ending the display: a claim of its own
            ("where-definition", r"$$E = \frac{1}{2}(t - h)^2 \quad \text{where } h = \tanh(s)$$", ((C,), (C,)),
             (Twin("value", _LOSS, (_LOSS,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            ("where-definition-wrong", r"$$E = \frac{1}{2}(t - h)^2 \quad \text{where } h = \sigma(s)$$",
             ((C,), (W,)), (Twin("value", _LOSS, (_LOSS,)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)))),
            # inside a chain, before its next member: a claim of its own, judged after the chain (fixtail2)
            ("where-inside-chain", "$$\\begin{aligned} h &= \\tanh(s) \\quad \\text{where } s = v_1 x_1 + v_2 x_2 + c"
             " \\\\ &= \\tanh(v_1 x_1 + v_2 x_2 + c) \\end{aligned}$$", ((C, C), (C,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])", f"tanh({_S})")), Twin("value", "z1[0]", (_S,)))),
            # words in math mode: where (with, and), a name and is/are, a remark ending the formula
            ("where-words-math", r"$$h = \tanh(s) \: \: where \: s \: is \: the\, unit's\, sum$$", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("with-words-wrong", r"$$h = \sigma(s) \; with \; s \; is \; the \; weighted \; sum$$", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            # pseudo-code's keyword before an assignment
            ("pseudo-set", "SET h = tanh(s)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("pseudo-let-wrong", "LET h = 1 / (1 + exp(-s))", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_case_naming_a_letter_the_claim_does_not_index_by_is_refused():
    """``when a = b`` before a claim about q_a alone: the case cannot bind b, so it is refused, not dropped."""
    CHECKS.refused("softmax-3-3", _SOFT, r"when a = b $$q_a = \frac{e^{v_a^T u}}{\sum_c e^{v_c^T u}}$$")

