"""Formulas stated in words on plain-text and code pages, written as other authors would (other names and other
networks than batch 175's pages):

- a code comment whose words lead into its equation, ``// error at the output err_out = ...``, or into an equation in
  parentheses closing the comment, ``# compute the hidden error (d_h1 = ...)`` (batch 175's ts-cm, js-cm): the
  equation, where the notation names its left side; a word before the left side that is a name a formula reads is
  refused, and a comment whose left side is prose (``# This equals ...``, mz-cmt) stays a remark, refused alone;
- a label of a name and its number before a colon, ``n2: back error = ...`` (vk-in1, vk-in2), and a mermaid
  message's label, ``Out->>Hidden Units: d_a1 = ...`` (ex-do, ex-dh): the equation; a label the notation names stays
  (refused);
- a functions key with Unicode's prime, ``"σ′" = "<act>' at output"``, and a symbol opening with ``nabla_``
  (``nabla_Who``), which the notation now gives.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"net": SIGMOID_2_2_1, "net-rate": SIGMOID_2_2_1 + "[update]\nlearning_rate = 0.1\n"}
CHECKS = CaseChecks(NETWORKS)

# a 2-2-1 sigmoid network as a page names it: the output's error err_out (dE/dz), the hidden errors d_h1, d_h2, the
# output weights v1, v2, the hidden outputs h1, h2 and sums s1, the output y_hat and the target
_NAMES = r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"err_out" = "delta2[0]"
"d_h1" = "delta1[0]"
"v1" = "W2[0, 0]"
"v2" = "W2[0, 1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"s1" = "z1[0]"
"y_hat" = "a2[0]"
"target" = "y[0]"
"back error" = "grad(a1[1])"
"d_a1" = "grad(a1[0])"
"nabla_Vo" = "grad(W2[0, 0])"
'''
# the same with the sigmoid's slope written of its output under Unicode's prime
_PRIMED = _NAMES + '[notation.functions]\n"σ′" = "sigmoid\' at output"\n'
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"      # dE/dz2, the half squared error
_HIDDEN = f"{_OUT}*W2[0, 0]*a1[0]*(1 - a1[0])"  # dE/dz1[0]


def _cases() -> list[Public]:
    return [
        # ---- a comment's words before its equation ---------------------------------------------------------------
        Public("comment-words-then-equation", "test", "net", _NAMES,
               "    // error at the output err_out = (y_hat - target) * y_hat * (1 - y_hat)", ((C,),),
               (Twin("value", _OUT, (_OUT,)),)),
        Public("comment-words-then-equation-wrong", "test", "net", _NAMES,
               "    // error at the output err_out = (target - y_hat) * y_hat * (1 - y_hat)", ((W,),),
               (Twin("value", _OUT, ("(y[0] - a2[0])*a2[0]*(1 - a2[0])",)),)),
        Public("comment-parenthesised-equation", "test", "net", _NAMES,
               "# compute the hidden error (d_h1 = err_out * v1 * h1 * (1 - h1))", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,)),)),
        Public("comment-parenthesised-equation-wrong", "test", "net", _NAMES,
               "# compute the hidden error (d_h1 = err_out * v2 * h1 * (1 - h1))", ((W,),),
               (Twin("value", _HIDDEN, (f"{_OUT}*W2[0, 1]*a1[0]*(1 - a1[0])",)),)),
        # ---- a label of a name and its number, a mermaid message's label ------------------------------------------
        Public("unit-label-colon", "test", "net", _NAMES, "n2: back error = err_out * v2", ((C,),),
               (Twin("value", f"{_OUT}*W2[0, 1]", (f"{_OUT}*W2[0, 1]",)),)),
        Public("unit-label-colon-wrong", "test", "net", _NAMES, "n2: back error = err_out * v1", ((W,),),
               (Twin("value", f"{_OUT}*W2[0, 1]", (f"{_OUT}*W2[0, 0]",)),)),
        Public("mermaid-message", "test", "net", _NAMES,
               "    Out->>Hidden Units: d_a1 = (y_hat - target) * y_hat * (1 - y_hat) * v1", ((C,),),
               (Twin("value", f"{_OUT}*W2[0, 0]", (f"{_OUT}*W2[0, 0]",)),)),
        Public("mermaid-dashed-message-wrong", "test", "net", _NAMES,
               "    Out-->>Hidden Units: d_a1 = (y_hat - target) * v1", ((W,),),
               (Twin("value", f"{_OUT}*W2[0, 0]", ("(a2[0] - y[0])*W2[0, 0]",)),)),
        # ---- Unicode's prime in functions, nabla_ in symbols ---------------------------------------------------
        Public("unicode-primed-function", "test", "net", _PRIMED, "d_h1 = err_out * v1 * σ′(h1)", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,)),)),
        Public("unicode-primed-function-at-the-sum-wrong", "test", "net", _PRIMED, "d_h1 = err_out * v1 * σ′(s1)",
               ((W,),), (Twin("value", _HIDDEN, (f"{_OUT}*W2[0, 0]*z1[0]*(1 - z1[0])",)),)),
        Public("nabla-code-name", "test", "net", _NAMES, "nabla_Vo = err_out * h1", ((C,),),
               (Twin("value", f"{_OUT}*a1[0]", (f"{_OUT}*a1[0]",)),)),
        Public("nabla-code-name-wrong", "test", "net", _NAMES, "nabla_Vo = err_out * h2", ((W,),),
               (Twin("value", f"{_OUT}*a1[0]", (f"{_OUT}*a1[1]",)),)),
        Public("nabla-code-name-update", "test", "net-rate", _NAMES, "v1 -= eta * nabla_Vo", ((C,),),
               (Twin("update", "W2[0,0]", (f"W2[0,0] - eta*{_OUT}*a1[0]",)),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_comment_whose_left_side_is_prose_stays_a_remark():
    refusal = CHECKS.refused("net", _NAMES, "    # This equals err_out * v1 * h1 * (1 - h1)")
    assert "holds nothing to judge" in refusal
    refusal = CHECKS.refused("net", _NAMES, "    # this is what we want, d_h1 = err_out * v1")
    assert "holds nothing to judge" in refusal
    # words that make the equation a condition, a premise, a denied formula or a guess: no claim either (batch 35's
    # "# here we know that t = 1" is a premise, as "assume" and "suppose" say)
    for words in ("if positive", "instead of", "maybe the", "we know that", "assume", "suppose"):
        refusal = CHECKS.refused("net", _NAMES, f"    # {words} d_h1 = err_out * v1 * h1 * (1 - h1)")
        assert "holds nothing to judge" in refusal


def test_a_word_before_the_left_side_that_a_formula_reads_is_refused():
    refusal = CHECKS.refused("net", _NAMES, "    // output target err_out = (y_hat - target) * y_hat * (1 - y_hat)")
    assert "'target' before err_out = is a name a formula reads" in refusal
    refusal = CHECKS.refused("net", _NAMES, "    // scaled by eta err_out = (y_hat - target) * y_hat * (1 - y_hat)")
    assert "'eta'" in refusal


def test_a_label_the_notation_names_is_no_label():
    refusal = CHECKS.refused("net", _NAMES, "h1: back error = err_out * v2")
    assert "':'" in refusal
