"""Words before a left side, batch 188's three (fixword41):

- a Greek letter's name spelled in Latin letters right before the same letter as a symbol, after a step's verb or a
  connective (lead_in_words.words_before_left's lead-in), ``compute delta δ_k = ...``, is the sentence's word naming
  the symbol, dropped (label_words.spelled_letter_name); alone before the left side it may be a factor (δ δ_k): refused;
- a name the notation declares whole, ``"δ_o1"``, beside a template that also matches it, ``"δ_{k}"``, reads as the
  name (the spec's precedence: more literal characters win; Notation.glued_reading), never refused as ambiguous;
- a list item's label of words, an arrow and a word before a left side the notation names, ``- Forward pass →
  Prediction a2 = ...``, is the label's (label_words.arrow_label); a word after the arrow the notation reads is kept.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"net2": SIGMOID_2_2_2, "net1": SIGMOID_2_2_1})

# Russell and Norvig's names on a 2-2-2 sigmoid network (batch 188's cheat sheet without its 1-based y₁), and one
# unit's delta and weight named whole beside the template
_CARD = r'''
[notation]
indices = "k"
learning_rate = ["α"]
functions = { g = "sigmoid" }
[notation.symbols]
"in_{k}" = "z2[k]"
"a_{k}" = "a2[k]"
"y_{k}" = "y[k]"
"δ_{k}" = "-delta2[k]"
"a_h1" = "a1[0]"
"δ_o1" = "-delta2[0]"
"w₅" = "W2[0, 0]"
"w₅(new)" = "new(W2[0, 0])"
'''
# a 2-2-1 network's names (test_reading_constructs_unify41's)
_NAMES = r'''
[notation.symbols]
"err_out" = "delta2[0]"
"h1" = "a1[0]"
"y_hat" = "a2[0]"
"target" = "y[0]"
'''
_DELTA = "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"   # -dE/d in_k, the half squared error
_D0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_K = tuple({"k": k} for k in range(2))


def _cases() -> list[Public]:
    return [
        Public("spelled-delta", "test", "net2", _CARD, "Output Layer Error: compute delta δ_k = g'(in_k) · (y_k − a_k)",
               ((C,),), (Twin("value", _DELTA, ("a2[{k}]*(1 - a2[{k}])*(y[{k}] - a2[{k}])",), _K),)),
        Public("spelled-delta-wrong", "test", "net2", _CARD,
               "Output Layer Error: compute delta δ_k = g'(in_k) · (a_k − y_k)",
               ((W,),), (Twin("value", _DELTA, ("a2[{k}]*(1 - a2[{k}])*(a2[{k}] - y[{k}])",), _K),)),
        Public("whole-name", "test", "net2", _CARD, "w₅(new) = w₅ + α · δ_o1 · a_h1", ((C,),),
               (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_D0}*a1[0]",)),)),
        Public("whole-name-wrong", "test", "net2", _CARD, "w₅(new) = w₅ - α · δ_o1 · a_h1", ((W,),),
               (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_D0}*a1[0]",)),)),
        Public("arrow-label", "test", "net1", _NAMES,
               "- Backward pass → Output err_out = (y_hat - target) * y_hat * (1 - y_hat)", ((C,),),
               (Twin("value", _D0, (_D0,)),)),
        Public("arrow-label-wrong", "test", "net1", _NAMES,
               "- Backward pass → Output err_out = (target - y_hat) * y_hat * (1 - y_hat)", ((W,),),
               (Twin("value", _D0, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_spelled_name_alone_before_its_letter_is_refused():
    # no step's verb before it: the word may be the symbol's factor (δ δ_k), never multiplied silently
    for text in ("delta δ_k = g'(in_k) · (y_k − a_k)", "- delta δ_k = g'(in_k) · (y_k − a_k)"):
        refusal = CHECKS.refused("net2", _CARD, text)
        assert "the word 'delta' before δ may name the symbol or be its factor" in refusal, refusal
        assert "\n" not in refusal


def test_a_word_after_the_arrow_that_names_no_left_side_stays_refused():
    # the words after the arrow are dropped only before a left side the notation names
    refusal = CHECKS.refused("net1", _NAMES, "- Backward pass → Output err_unnamed = y_hat - target")
    assert "unknown symbol" in refusal and "\n" not in refusal, refusal
