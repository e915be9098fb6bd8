"""The pages of batch 61 of the public formulas showed, written here as other authors would (other names, other
networks than the pages'): a row times a matrix inside a function, ``\\mathrm{softmax}(x V + c)`` where the notes
write vectors as rows (samples as rows, V input-first), read inside the function as it is read outside it. What
stays refused: the rows' product whose shape is not the left side's, ``(\\mathrm{softmax}(x V + c) - t) x``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"softmax-2-3": SOFTMAX_2_3, "tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# x the input row, V input-first (2 x 3), c the bias row, p the softmax's output, t the one-hot target
_ROWS_NOTATION = r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "x[:]"
"V" = "W1[:, :].T"
"c" = "b1[:]"
"p" = "a1[:]"
"t" = "t[:]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_KJ = tuple({"k": k, "j": j} for k in range(3) for j in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a row times a matrix inside softmax, as the forward line outside it reads
            ("rows-in-softmax", r"\frac{\partial L}{\partial c} = \mathrm{softmax}(x V + c) - t", ((C,),),
             (Twin("gradient", "b1[{k}]", ("a1[{k}] - t[{k}]",), _K3),)),
            ("rows-in-softmax-wrong", r"\frac{\partial L}{\partial c} = t - \mathrm{softmax}(x V + c)", ((W,),),
             (Twin("gradient", "b1[{k}]", ("t[{k}] - a1[{k}]",), _K3),)),
            ("rows-in-softmax-outer", r"\frac{\partial L}{\partial V} = x^T (\operatorname{softmax}(xV + c) - t)",
             ((C,),), (Twin("gradient", "W1[{k},{j}]", ("x[{j}]*(a1[{k}] - t[{k}])",), _KJ),)),
            ("rows-in-softmax-outer-wrong", r"\frac{\partial L}{\partial V} = x^T (t - \operatorname{softmax}(xV + c))",
             ((W,),), (Twin("gradient", "W1[{k},{j}]", ("x[{j}]*(t[{k}] - a1[{k}])",), _KJ),)),
            ("rows-forward", r"p = \mathrm{softmax}(x V + c)", ((C,),),
             (Twin("value", "a1[{k}]", ("a1[{k}]",), _K3),))):
        cases.append(Public(key, "test", "softmax-2-3", _ROWS_NOTATION, text, expected, twins))
    _slope = (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)
    _gradient = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"
    for key, text, expected, twins, param in (
            # a hyphenated compound among the words, and a sentence of its own after the claim's full stop whose
            # condition (when h = t) is no claim
            ("prose-condition-sentence", "The slope of the unit is shown to be tanh'(s) = 1 - tanh(s)^2. The"
             " half-squared error vanishes when h = t, as one would expect.", ((C,),), _slope, None),
            ("prose-condition-sentence-wrong", "The slope of the unit is shown to be tanh'(s) = 1 - tanh(s). The"
             " half-squared error vanishes when h = t, as one would expect.", ((W,),),
             (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),), None),
            # the next sentence's capitalised first word after a claim's full stop, a mention before its words
            ("prose-next-sentence", "We squash the sum into h = tanh(s). Differentiating tanh(s) with respect to s"
             " yields tanh'(s) = 1 - tanh(s)^2, the familiar result.", ((C,), (C,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)), *_slope), None),
            ("prose-next-sentence-wrong", "We squash the sum into h = tanh(s). Differentiating tanh(s) with respect"
             " to s yields tanh'(s) = 1 + tanh(s)^2, the familiar result.", ((C,), (W,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),
              Twin("value", "1 - tanh(z1[0])**2", ("1 + tanh(z1[0])**2",))), None),
            # sentences mentioning inline formulas, then the one display ending the line: the expression judged
            ("prose-then-display", "The book has $x_1$ at the end. Where does it come from? $$ (h - t)(1 - h^2)"
             " x_1 $$", ((C,),), (Twin("gradient", "W1[0,0]", (_gradient,)),), "v_{1}"),
            ("prose-then-display-wrong", "The book has $x_1$ at the end. Where does it come from? $$ (t - h)(1 -"
             " h^2) x_1 $$", ((W,),), (Twin("gradient", "W1[0,0]", ("(y[0] - a1[0])*(1 - a1[0]**2)*x[0]",)),),
             "v_{1}")):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins, param=param))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_two_rows_multiplied_stay_refused():
    """``(\\mathrm{softmax}(x V + c) - t) x``: two rows side by side have no product of V's shape."""
    CHECKS.refused("softmax-2-3", _ROWS_NOTATION, r"\frac{\partial L}{\partial V} = (\mathrm{softmax}(x V + c) - t) x")


def test_a_condition_in_the_claims_own_sentence_stays_refused():
    """``... = 1 - tanh(s)^2 for every input when h = t.``: the condition may be the claim's own, judged nowhere."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "The slope is tanh'(s) = 1 - tanh(s)^2 for every input when h = t.")


def test_a_condition_sentence_before_another_claim_stays_refused():
    """``A = B. The error vanishes when h = t and then E = 0 holds.``: the sentence goes on with a claim."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                   "The slope is tanh'(s) = 1 - tanh(s)^2. The error vanishes when h = t and then E = 0 holds.")
