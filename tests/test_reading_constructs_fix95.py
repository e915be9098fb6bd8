"""Batch 95's quiz answer closes each claim with a left arrow and a label in words, ``Z1 = XW1 + b1 ← Pre-activation``,
the step's name on a slide or in a quiz; written here on another network and other names: ``s = v_1 x_1 + v_2 x_2 + c ←
Weighted sum`` and ``h = \\tanh(s) \\leftarrow Activation`` are the claims on the arrow's left, the label their tag. What
stays as written: an arrow whose words the notation reads (``s = v_1 x_1 \\leftarrow c``: an update's arrow, or a chain),
and an arrow on a line with no relation before it (``h \\leftarrow h - \\eta dh``, the update itself). Its notebook
closes a claim with several clauses of dimensions, ``s = v_1 x_1 + v_2 x_2 + c, \\quad v \\in \\mathbb{R}^{2}, \\, c \\in
\\mathbb{R}``: each a remark, the last first, whatever spacing stands between them.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.quantities import FormulaError

CHECKS = CaseChecks({"tanh-two": TANH_2_1})

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"


def _cases() -> list[Public]:
    return [
        Public("arrow-label", "test", "tanh-two", TANH_2_1_NOTATION,
               "s = v_1 x_1 + v_2 x_2 + c \u2190 Weighted sum", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
        Public("arrow-label-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "s = v_1 x_1 - v_2 x_2 + c \u2190 Weighted sum", ((W,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",)),)),
        Public("arrow-label-hyphen", "test", "tanh-two", TANH_2_1_NOTATION,
               "  1. s = v_1 x_1 + v_2 x_2 + c \u2190 Pre-activation", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
        Public("arrow-label-tex", "test", "tanh-two", TANH_2_1_NOTATION,
               r"$h = \tanh(s) \leftarrow Activation$", ((C,),),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("arrow-label-tex-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               r"h = \tanh(s) + c \leftarrow Final output", ((W,),),
               (Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)),)),
        Public("two-dimension-clauses", "test", "tanh-two", TANH_2_1_NOTATION,
               "$$\n  s = v_1 x_1 + v_2 x_2 + c, \\quad v \\in \\mathbb{R}^{2}, \\, c \\in \\mathbb{R}\n$$", ((C,),),
               (Twin("value", "z1[0]", (_S,)),)),
        Public("two-dimension-clauses-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "$$ s = v_1 x_1 + v_2 x_2, \\quad v \\in \\mathbb{R}^{1 \\times 2}, \\; c \\in \\mathbb{R} $$", ((W,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_arrow_before_the_notations_names_is_left_as_written():
    """``s = v_1 x_1 + v_2 x_2 + c \\leftarrow c``: c is the notation's, so the arrow is no label's: c stays a member
    of the chain, judged (wrong: the bias alone is not the sum), never dropped as a tag."""
    verdicts = CHECKS.verdicts(Public("arrow-names", "test", "tanh-two", TANH_2_1_NOTATION,
                                      r"s = v_1 x_1 + v_2 x_2 + c \leftarrow c", ((W,),), ()))
    assert len(verdicts) == 1 and len(verdicts[0]) == 2 and verdicts[0][1] != "correct"


def test_an_update_arrow_with_no_relation_before_it_stays_an_update():
    """``c \\leftarrow c - \\eta`` words after: no relation before the arrow, so it is the update, never a label."""
    refusal_or_verdicts = None
    try:
        refusal_or_verdicts = CHECKS.verdicts(Public("update-arrow", "test", "tanh-two", TANH_2_1_NOTATION,
                                                     r"c \leftarrow Pre-activation", ((W,),), ()))
    except FormulaError as error:
        refusal_or_verdicts = str(error)
    assert "correct" not in str(refusal_or_verdicts) or "unknown symbol" in str(refusal_or_verdicts)
