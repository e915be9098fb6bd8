"""Refusals of the held-out batches 13-107 that authors write in general, written here as other authors would (other
names, other networks than the pages'):

- a function's word typed against its argument with the space lost, ``logy``, ``lna``, ``logp_i``, ``expz``
  (a cross-entropy in a page's text, a README's LaTeX ``y\\, lna``, Markdown notes' ``y_ilogp_i``): log, ln or exp
  applied to the name after it, where the rest of the run is a name the notation gives whole and the run itself is
  none; where the notation names the run, or the word's every letter (l n a, three names, TeX's product), it is
  not that reading; where the letters after it name nothing, refused saying so.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_1, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-2": LOGISTIC_2,
    "sigmoid-2-1": SIGMOID_2_1,
    "softmax-2-3": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)

# a logistic unit's output and target by a page's letters (o and t, or y and d as an exam writes them)
_OUT_TARGET = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a1[0]"
"t" = "y[0]"
"out" = "a1[0]"
"z" = "z1[0]"
'''
_EXAM = r'''
[notation]
loss = ["C"]
[notation.symbols]
"y" = "a1[0]"
"d" = "y[0]"
'''
# a softmax's probabilities p_i and one-hot labels y_i
_SOFTMAX = r'''
[notation]
indices = "ik"
loss = ["L"]
[notation.symbols]
"p_{i}" = "a1[i]"
"y_{i}" = "t[i]"
'''
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"


def _cases() -> list[Public]:
    return [
        # ---- log, ln, exp glued to the name after it ---------------------------------------------------------
        Public("log-glued-plain", "test", "logistic-2", _EXAM, "C =-d logy-(1-d) log (1-y)", ((C,),),
               (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),)),
        Public("log-glued-plain-wrong", "test", "logistic-2", _EXAM, "C = -d logy + (1-d) log(1-y)", ((W,),),
               (Twin("value", _BCE, ("-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),)),
        Public("ln-glued-latex", "test", "logistic-2", _OUT_TARGET, r"$E = -[t\, lno + (1-t)\, ln(1-o)]$", ((C,),),
               (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),)),
        Public("ln-glued-latex-wrong", "test", "logistic-2", _OUT_TARGET, r"$E = -[t\, lno + (1-t)\, ln(o)]$",
               ((W,),), (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(a1[0]))",)),)),
        Public("log-glued-word", "test", "logistic-2", _OUT_TARGET, "E = -t logout - (1 - t) log(1 - out)", ((C,),),
               (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),)),
        Public("log-glued-subscript", "test", "softmax-2-3", _SOFTMAX, r"$L=-\sum_i y_ilogp_i$", ((C,),),
               (Twin("value", _CE, (_CE,)),)),
        Public("log-glued-subscript-wrong", "test", "softmax-2-3", _SOFTMAX, r"$L=\sum_i y_ilogp_i$", ((W,),),
               (Twin("value", _CE, ("-(" + _CE + ")",)),)),
        Public("exp-glued", "test", "sigmoid-2-1", _OUT_TARGET, "o = 1/(1 + 1/expz)", ((C,),),
               (Twin("value", "a1[0]", ("1/(1 + 1/exp(z1[0]))",)),)),
        Public("exp-glued-wrong", "test", "sigmoid-2-1", _OUT_TARGET, "o = 1/(1 + expz)", ((W,),),
               (Twin("value", "a1[0]", ("1/(1 + exp(z1[0]))",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_function_word_glued_to_a_name_the_notation_does_not_give_is_refused():
    """``logq``: log typed against q, which names nothing here: refused naming both, never an unknown symbol log."""
    refusal = CHECKS.refused("logistic-2", _EXAM, "C = -d logq - (1-d) log(1-y)")
    assert "logq reads as log typed against q" in refusal and "the notation does not name" in refusal


def test_a_run_the_notation_names_whole_is_its_name():
    """Where the notation names ``lny`` itself, the run is that name (here the target, so the loss is wrong)."""
    notation = _EXAM + '"lny" = "y[0]"\n'
    case = Public("named-run", "test", "logistic-2", notation, "C = -d lny - (1-d) ln(1-y)")
    assert CHECKS.verdicts(case) == (("wrong",),)


def test_a_function_word_whose_letters_are_all_names_is_no_function():
    """l, n and a each a name of the notation: ``lna`` is their product, as TeX reads letters, never ln a."""
    notation = _EXAM + '"l" = "y[0]"\n"n" = "y[0]"\n"a" = "a1[0]"\n'
    case = Public("letters-named", "test", "logistic-2", notation, "C = -d lna - (1-d) ln(1-y)")
    assert CHECKS.verdicts(case) == (("wrong",),)
