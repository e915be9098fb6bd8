"""Batch 93's pages (in Spanish, German, French, Japanese...) showed constructs of their own, written here as other
authors would (other names, other networks than the pages'): "and" in the page's language set in \\text or \\mbox
between two claims of one display, ``s = ... \\quad\\mbox{ y } h = \\tanh(s)`` (``\\text{ und }``, ``\\text{ et }``,
``\\text{ and }``), a separator of the sentence, two claims, never the factor y. What stays refused: such a word
standing inside one claim, ``h = \\tanh(s) \\mbox{ y } c``, where no claim stands on both sides of it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

# eleven inputs into one tanh unit: an ellipsis sum whose last index has two digits
_TANH_11_1 = '[[layer]]\ninputs = 11\nunits = 1\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n'
NETWORKS = {
    "tanh-two": TANH_2_1,
    "tanh-eleven": _TANH_11_1,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"


def _cases() -> list[Public]:
    return [
        Public("spanish-y-between-claims", "test", "tanh-two", TANH_2_1_NOTATION,
               r"$$s = v_1 x_1 + v_2 x_2 + c\quad\mbox{ y }h = \tanh(s)$$", ((C,), (C,)),
               (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
        Public("spanish-y-between-claims-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               r"$$s = v_1 x_1 + v_2 x_2 + c\quad\mbox{ y }h = \tanh(s) + c$$", ((C,), (W,)),
               (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)))),
        Public("german-und-between-claims", "test", "tanh-two", TANH_2_1_NOTATION,
               r"h = \tanh(s) \text{ und } s = v_1 x_1 + v_2 x_2 + c", ((C,), (C,)),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", "z1[0]", (_S,)))),
        Public("french-et-between-claims-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               r"h = \tanh(s), \quad \text{et} \quad s = v_1 x_1 + v_2 x_1 + c", ((C,), (W,)),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)),
                Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[0] + b1[0]",)))),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_conjunction_inside_one_claim_is_refused():
    """``h = \\tanh(s) \\mbox{ y } c``: the word stands between factors, no claim on its right: never y times c."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"h = \tanh(s) \mbox{ y } c")
    assert "a word between factors" in refusal


def test_an_upright_letter_without_spaces_is_still_a_name():
    """``\\text{t}``: the target t set upright, no word of a sentence (only a spaced ``\\text{ y }`` is one)."""
    case = Public("upright-name", "test", "tanh-two", TANH_2_1_NOTATION, r"E = \frac{1}{2}(h - \text{t})^2", ((C,),), ())
    assert CHECKS.verdicts(case) == (("correct",),)


# the output weights v1, v2 named each and v all of them, as a page writes "v" for any and "v1" for the first
_V_GLUED = r'''
[notation]
loss = ["E"]
[notation.symbols]
"v" = "W1[0, :]"
"v1" = "W1[0, 0]"
"v2" = "W1[0, 1]"
"h" = "a1[0]"
"s" = "z1[0]"
"t" = "y[0]"
"x1" = "x[0]"
"x2" = "x[1]"
'''


def _glued_cases() -> list[Public]:
    grad = "(a1[0] - y[0])*(1 - a1[0]**2)"
    return [
        Public("glued-name-beside-its-stem", "test", "tanh-two", _V_GLUED,
               r"\frac{\partial E}{\partial v1} = (h - t)(1 - h^2) x1", ((C,),),
               (Twin("gradient", "W1[0,0]", (f"{grad}*x[0]",)),)),
        Public("glued-name-beside-its-stem-wrong", "test", "tanh-two", _V_GLUED,
               r"\frac{\partial E}{\partial v2} = (h - t)(1 - h^2) x1", ((W,),),
               (Twin("gradient", "W1[0,1]", (f"{grad}*x[0]",)),)),
    ]


GLUED_CASES = _glued_cases()
test_the_oracle_gives_the_glued_verdicts, test_check_gives_the_oracles_glued_verdicts = CHECKS.tests(GLUED_CASES)


def test_a_placeholder_pattern_beside_the_stem_stays_ambiguous():
    """``v_{i}`` and ``v`` both named, ``v1`` written: no key is written v1, so v_{1} or v times 1; refused."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"\frac{\partial E}{\partial c} = (h - t)(1 - h^2) v1")
    assert "v1 is ambiguous" in refusal


_RULE = "(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]"
_I2 = ({"i": 0}, {"i": 1})


def _range_cases() -> list[Public]:
    return [
        Public("range-after-spacing-to-a-number", "test", "tanh-two", TANH_2_1_NOTATION,
               r"$$ \frac{\partial E}{\partial v_{i}} = (h - t)(1 - h^2) x_{i} \; \; \; (i = 1, \dots, 2) $$", ((C,),),
               (Twin("gradient", "W1[0,{i}]", (_RULE,), _I2),)),
        Public("range-with-for-to-a-count", "test", "tanh-two", TANH_2_1_NOTATION,
               r"dE/dv_i = (h - t)(1 - h^2) x_i   (for i = 1, ..., n)", ((C,),),
               (Twin("gradient", "W1[0,{i}]", (_RULE,), _I2),)),
        Public("range-after-spacing-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               r"$$ \frac{\partial E}{\partial v_{i}} = (h - t) x_{i} \; \; (i = 1..2) $$", ((W,),),
               (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),)),
    ]


RANGE_CASES = _range_cases()
test_the_oracle_gives_the_range_verdicts, test_check_gives_the_oracles_range_verdicts = CHECKS.tests(RANGE_CASES)


def test_a_range_leaving_values_out_is_still_refused():
    """``(2 \\le i \\le 2)``: a range from past the first value, a rule for some values only; refused as before."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                             r"\frac{\partial E}{\partial v_{i}} = (h - t)(1 - h^2) x_{i} \quad (2 \le i \le 2)")
    assert "leaves some" in refusal


# the unit's weights as comma pairs, w_{1,i} (unit 1, input i)
_PAIRS = r'''
[notation]
indices = "i"
[notation.symbols]
"w_{1,i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"s" = "z1[0]"
"c" = "b1[0]"
"\\theta_{i}" = "W1[0, i-1]"
'''
_SUM11 = " + ".join(f"W1[0,{i}]*x[{i}]" for i in range(11))


def _pair_cases() -> list[Public]:
    return [
        Public("ellipsis-over-comma-pairs-to-two-digits", "test", "tanh-eleven", _PAIRS,
               r"s = w_{1,1} x_{1} + \cdots + w_{1,11} x_{11} + c", ((C,),),
               (Twin("value", "z1[0]", (_SUM11 + " + b1[0]",)),)),
        Public("ellipsis-over-comma-pairs-wrong", "test", "tanh-eleven", _PAIRS,
               r"s = w_{1,1} x_{1} + \cdots + w_{1,11} x_{11}", ((W,),),
               (Twin("value", "z1[0]", (_SUM11,)),)),
    ]


PAIR_CASES = _pair_cases()
test_the_oracle_gives_the_pair_verdicts, test_check_gives_the_oracles_pair_verdicts = CHECKS.tests(PAIR_CASES)


def test_an_index_one_digit_of_a_number_names_the_formulas_term():
    """``\\theta_{11} + \\theta_{12} + \\cdots + \\theta_{1n}`` with n eleven: the index is the second digit, which
    cannot reach two digits; refused, quoting the formula's own last term."""
    notation = _PAIRS.replace('"\\\\theta_{i}"', '"\\\\theta_{1i}"')
    refusal = CHECKS.refused("tanh-eleven", notation, r"s = \theta_{11} + \theta_{12} + \cdots + \theta_{1n}")
    assert "one digit of a number (\\theta_{1n})" in refusal
