"""The pages of batch 75 of the public formulas showed constructs of general writing misread or refused, each written
here as another author would (other names, other networks than the pages'): an update's arrow typed as a less-than
and a run of dashes of any kind, ``v_1 <—— v_1 - ...`` (read as the arrow ``<-`` then a minus, a right member called
wrong); a label of words before a colon opening a line, with a number (``Unit 1: h = ...``) or a
parenthesised name (``Output unit (ŷ): ŷ = ...``), the bullet ``•`` before it (a label naming the left side in a
letter of any script, ``$ŷ$``, no longer taken for a chain of numbers: ``ŷ = ŷ = ...`` called its first member right);
prose around a plain-text claim: a remark of words in parentheses after a run of prose, a capitalised word and a
comma opening a line and the pronoun I (where the notation names no such word), a claim in parentheses glued to a
sentence's full stop; a Chinese or Japanese page's brackets 【 】 「 」 『 』 around a formula in a sentence, as quotes;
a row of a display listing names only (``x_1, x_2, v_1 \\\\``) among rows of claims, no claim.
What stays refused: a run of two or more dashes glued to what follows (``c <--c``, also R's arrow then a minus);
a less-than then a space stays a comparison; a numbered label before a member of numbers (which the label may
name), a parenthesised word (``Loss (MSE):``), a parenthesised name the chain after it does not start with; a word
the notation names before a comma; a sentence holding an operator before its parenthesised claim; brackets with a
bracket or an operator outside them; a list of names alone, or after a row left open (a comma, an operator).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)
# TANH_2_1's names, its output also \hat{y}
_HAT_NOTATION = TANH_2_1_NOTATION + '"\\\\hat{y}" = "a1[0]"\n'

_GRAD_V1 = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"
_GRAD_C = "(a1[0] - y[0])*(1 - a1[0]**2)"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)
_DC = (Twin("gradient", "b1[0]", (_GRAD_C,)),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an arrow of a less-than and dashes, em dashes, en dashes, a minus sign or hyphens: the update's <-
            ("em-dash-arrow", "v_1 <—— v_1 - η ∂E/∂v_1 = v_1 - η (h - t)(1 - h^2) x_1", ((C, C),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", f"W1[0,0] - eta*{_GRAD_V1}")),)),
            ("em-dash-arrow-wrong", "v_1 <—— v_1 - η ∂E/∂v_1 = v_1 - η (h - t) x_1", ((C, W),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "W1[0,0] - eta*(a1[0] - y[0])*x[0]")),)),
            ("en-dash-arrow", "c <–– c - η (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", (f"b1[0] - eta*{_GRAD_C}",)),)),
            ("minus-sign-arrow-wrong", "c <−− c + η (h - t)(1 - h^2)", ((W,),),
             (Twin("update", "b1[0]", (f"b1[0] + eta*{_GRAD_C}",)),)),
            ("hyphens-arrow", "c <--- c - eta * dE/dc", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a label of words and a number before a colon opening a line (a bullet's line), then a claim with its
            # own left side
            ("numbered-label", "  • Unit 1: h = tanh(v_1 x_1 + v_2 x_2 + c)", ((C,),), _H),
            ("numbered-label-wrong", "Step 2: h = 1/(1 + exp(-s))", ((W,),), _H_SIGMOID),
            ("numbered-label-aligned", "h &= \\tanh(s) \\\\ Weighted \\, sum 1: s &= v_1 x_1 + v_2 x_2 + c", ((C,), (C,)),
             _H + (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),)),
            # words then the name in parentheses (LaTeX's or Unicode's), the chain opening with that name
            ("parenthesised-name", "- Hidden output (\\hat{y}): \\hat{y} = \\tanh(s)", ((C,),), _H),
            ("parenthesised-unicode-wrong", "  • Output of the unit (ŷ): ŷ = σ(s)", ((W,),), _H_SIGMOID),
            # the name between $ in a letter of another script than Latin's: the chain's ŷ is a member of letters
            ("math-label-unicode-wrong", "**Compute $ŷ$:** ŷ = σ(s)", ((W,),), _H_SIGMOID)):
        cases.append(Public(key, "test", "tanh-two", _HAT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a sentence's adverb and its comma opening the line, where the word names nothing
            ("sentence-adverb", "Therefore, dE/dc = (h - t)(1 - h^2)", ((C,),), _DC),
            ("sentence-adverb-wrong", "Hence, h = \\sigma(s)", ((W,),), _H_SIGMOID),
            # the pronoun I opening a sentence (an apostrophe in its next word, or a word of three letters or more)
            ("pronoun-subject", "I don\u2019t see why dE/dv_1 = (h - t)(1 - h^2) x_1", ((C,),),
             (Twin("gradient", "W1[0,0]", (_GRAD_V1,)),)),
            ("pronoun-subject-wrong", "I wonder whether dE/dc = (h - t)", ((W,),),
             (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)),
            # a remark of words in parentheses after the sentence's words, before the formula
            ("parenthesised-remark", "And so, by the chain rule (in calculus), \\frac{\\partial E}{\\partial c} ="
             " (h - t)(1 - h^2)", ((C,),), _DC),
            # a claim in parentheses glued to a sentence's full stop
            ("claim-after-sentence", "h is the unit's squashed output.(h=tanh(s))", ((C,),), _H),
            ("claim-after-sentence-wrong", "s is the weighted input of the unit.(s=v_1x_1+c)", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a Chinese or Japanese page's brackets around a formula in its sentence, as quotes
            ("lenticular-brackets", "其中t为目标，h为单元的输出【 h=tanh(s), where s=v_1x_1+v_2x_2+c 】。", ((C,), (C,)),
             _H + (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),)),
            ("corner-brackets-wrong", "ユニットの出力は「h = σ(s)」である。", ((W,),), _H_SIGMOID),
            ("double-corner-brackets", "出力は『h = tanh(s)』、和は『s = v_1 x_1 + v_2 x_2 + c』である。", ((C,), (C,)),
             _H + (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a row listing names only, in a display whose other rows hold claims: no claim, set aside
            ("names-listed", "$$\n  x_1, x_2, v_1, v_2, c \\\\\n  s = v_1 x_1 + v_2 x_2 + c \\\\\n  h = \\tanh(s)\n$$",
             ((C,), (C,)), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),) + _H),
            ("names-listed-last-wrong", "\\begin{aligned} h &= \\sigma(s) \\\\ h, s, t. \\end{aligned}", ((W,),),
             _H_SIGMOID)):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_run_of_dashes_glued_to_what_follows_reads_two_ways():
    """``c <--c - ...``: an arrow of dashes, or R's ``<-`` then a minus (c <- -c - ...)."""
    assert "reads two ways" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "c <--c - eta * dE/dc")


def test_a_less_than_then_a_space_is_no_arrow():
    """``h < -1``: a comparison, as before, never an update of h."""
    assert "leftarrow" not in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h < -1")


def test_a_numbered_label_before_a_member_of_numbers_stays_refused():
    """``Unit 1: 0.3 = tanh(s)``: the label may name the member of numbers (h_1 = 0.3)."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "Unit 1: 0.3 = tanh(s)")


def test_a_parenthesised_word_is_no_name():
    """``Loss (MSE): E = ...``: an abbreviation in parentheses, refused as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "Loss (MSE): E = (h - t)^2 / 2")


def test_a_parenthesised_name_the_chain_does_not_open_with_is_refused():
    """``The unit (h): s = ...``: whether h or s is the left side is a guess."""
    assert "label before the colon names h" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "The unit (h): s = tanh(s)")


def test_a_word_the_notation_names_before_a_comma_is_no_prose():
    """``Out, h = ...``: where the notation names the word, the line is read as written (here refused)."""
    notation = TANH_2_1_NOTATION + '"Out" = "a1[0]"\n'
    assert "comma" in CHECKS.refused("tanh-two", notation, "Out, h = tanh(s)")


def test_a_sentence_holding_an_operator_keeps_its_parenthesised_claim():
    """``h is tanh of s - c.(h = tanh(s))``: a piece of a formula in the sentence, so the line is kept whole."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h is tanh of s - c.(h = tanh(s))")


def test_brackets_with_mathematics_outside_them_keep_the_line():
    """``h = 【tanh(s)】``: a relation outside the brackets, so they set no formula apart from prose."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "输出 h = 【s = tanh(s)】 为")


def test_a_list_of_names_alone_or_after_an_open_row_is_kept():
    """``$ x_1, v_1, c $`` alone states nothing to set aside from; after ``h = f(x_1,`` it goes on with the call (kept, as the refusal shows)."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "$ x_1, v_1, c $")
    assert "x_1, v_1" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "$$ h = g(s, \\\\ x_1, v_1) $$")
