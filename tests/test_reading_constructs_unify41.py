"""One list of the words before a comment's equation, and one decision (src/backprop/symbolic/lead_in_words.py):

- REMARK_WORDS keep the equation a remark (a condition's, a denial's, a guess's, a premise's word), whether the
  notation names its left side (comment_lead_ins) or not (typography_comments): ``# here d_h1 = ...``, ``# not
  err_out = ...``, ``# while d_h1 = ...`` are no claims;
- CLAIM_WORDS (step verbs, connectives) lead into the claim, ``# compute err_out = ...``, ``# Therefore d_h1 = ...``,
  read as the equation (a right formula called correct and a wrong variant of it wrong);
- words_before_left decides for both passes: a lead-in, a remark, or unsure (a word a formula may hold: refused).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic import comment_lead_ins, label_words, lead_in_words, typography_comments, typography_premises
from backprop.symbolic.lead_in_words import LEAD_IN, REMARK, UNSURE, words_before_left

CHECKS = CaseChecks({"net": SIGMOID_2_2_1})

# a 2-2-1 sigmoid network as a page names it (test_reading_constructs_fixcmt40's names)
_NAMES = r'''
[notation.symbols]
"err_out" = "delta2[0]"
"d_h1" = "delta1[0]"
"v1" = "W2[0, 0]"
"v2" = "W2[0, 1]"
"h1" = "a1[0]"
"y_hat" = "a2[0]"
"target" = "y[0]"
'''
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"      # dE/dz2, the half squared error
_HIDDEN = f"{_OUT}*W2[0, 0]*a1[0]*(1 - a1[0])"  # dE/dz1[0]


def _cases() -> list[Public]:
    return [
        Public("step-verb-comment", "test", "net", _NAMES,
               "    # compute err_out = (y_hat - target) * y_hat * (1 - y_hat)", ((C,),),
               (Twin("value", _OUT, (_OUT,)),)),
        Public("step-verb-comment-wrong", "test", "net", _NAMES,
               "    # compute err_out = (target - y_hat) * y_hat * (1 - y_hat)", ((W,),),
               (Twin("value", _OUT, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("connective-comment", "test", "net", _NAMES,
               "    // Therefore d_h1 = err_out * v1 * h1 * (1 - h1)", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,)),)),
        Public("connective-comment-wrong", "test", "net", _NAMES,
               "    // Therefore d_h1 = err_out * v2 * h1 * (1 - h1)", ((W,),),
               (Twin("value", _HIDDEN, (f"{_OUT}*W2[0, 1]*a1[0]*(1 - a1[0])",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_remark_word_keeps_the_comment_a_remark_with_or_without_the_notation():
    # the left side named (comment_lead_ins) or not (a name no notation gives: typography_comments alone)
    for left in ("d_h1", "q_unnamed"):
        for word in ("here", "not", "while", "maybe", "let", "say", "suppose", "if", "wrong"):
            refusal = CHECKS.refused("net", _NAMES, f"    # {word} {left} = err_out * v1 * h1 * (1 - h1)")
            assert "holds nothing to judge" in refusal, (word, left, refusal)


def test_one_decision_for_both_passes():
    assert words_before_left(["compute"]) == LEAD_IN        # a step's verb, no notation known
    assert words_before_left(["Therefore"]) == LEAD_IN      # a connective
    assert words_before_left(["here"]) == REMARK            # a premise: the example's value
    assert words_before_left(["the", "output"]) == REMARK   # no notation: a word may be a name
    assert words_before_left(["the", "output"], lambda word: False) == LEAD_IN  # the notation reads neither
    assert words_before_left(["output", "target"], lambda word: word == "target") == UNSURE
    assert words_before_left(["maybe", "target"], lambda word: word == "target") == REMARK


def test_the_lists_are_defined_once():
    assert typography_comments.CONNECTIVE_WORD is lead_in_words.CONNECTIVE_WORD
    assert typography_premises.CONDITION_WORDS is lead_in_words.CONDITION_WORDS
    assert lead_in_words.CONDITION_WORDS in lead_in_words.REMARK_WORDS
    for module in (comment_lead_ins, label_words, typography_comments):
        assert not hasattr(module, "_NO_CLAIM_WORD") and not hasattr(module, "_LABEL_BEFORE_LEFT")
    assert not hasattr(typography_comments, "STEP_VERBS")
