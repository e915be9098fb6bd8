"""A flattened superscript the notation names (fixleft36's ``"aL-1" = "a1[0]"``, plain text's a^{L-1}) glued to a
plain-text derivative's d: ``dC/dwL-1`` was read as (dC/dwL) minus 1 and its right formula called wrong, while
``dC/d(wL-1)`` read right. A name the notation gives in code's spelling (a hyphenated one included) is now read whole
after the derivative's ``/d`` or ``/∂`` and opening its numerator before the slash, ``daL-1/dzL-1``; where the
notation gives no such name the minus stays a minus.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

_CHAIN_1_1_1 = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n'
                '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n')
NETWORKS = {"chain-1-1-1": _CHAIN_1_1_1}
CHECKS = CaseChecks(NETWORKS)
_FLATTENED = r'''
[notation]
loss = ["C"]
[notation.symbols]
"aL" = "a2[0]"
"aL-1" = "a1[0]"
"aL-2" = "x[0]"
"zL-1" = "z1[0]"
"wL" = "W2[0, 0]"
"wL-1" = "W1[0, 0]"
"bL-1" = "b1[0]"
"y" = "y[0]"
'''
# the same network in a lecture's other names, E for the loss and h-1 for the hidden layer's flattened superscript
_OTHER_NAMES = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a2[0]"
"h-1" = "a1[0]"
"net-1" = "z1[0]"
"v" = "W2[0, 0]"
"u-1" = "W1[0, 0]"
"x" = "x[0]"
"t" = "y[0]"
'''
# no flattened name: wL - 1 glued stays a difference
_UNNAMED = r'''
[notation]
loss = ["C"]
[notation.symbols]
"aL" = "a2[0]"
"wL" = "W2[0, 0]"
"a1" = "a1[0]"
"y" = "y[0]"
'''
_HIDDEN = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]"
_HIDDEN_BIAS = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"


def _cases() -> list[Public]:
    return [
        Public("glued-denominator", "test", "chain-1-1-1", _FLATTENED,
               "dC/dwL-1 = (aL-y) * wL * aL-1*(1-aL-1) * aL-2", ((C,),), (Twin("gradient", "W1[0,0]", (_HIDDEN,)),)),
        Public("glued-denominator-slip", "test", "chain-1-1-1", _FLATTENED,
               "dC/dwL-1 = (aL-y) * aL-1*(1-aL-1) * aL-2", ((W,),),
               (Twin("gradient", "W1[0,0]", ("(a2[0] - y[0])*a1[0]*(1 - a1[0])*x[0]",)),)),
        Public("glued-bias", "test", "chain-1-1-1", _FLATTENED, "dC / dbL-1 = (aL-y) * wL * aL-1*(1-aL-1)",
               ((C,),), (Twin("gradient", "b1[0]", (_HIDDEN_BIAS,)),)),
        Public("glued-partial", "test", "chain-1-1-1", _FLATTENED, "∂C/∂wL-1 = (aL-y) * wL * aL-1*(1-aL-1) * aL-2",
               ((C,),), (Twin("gradient", "W1[0,0]", (_HIDDEN,)),)),
        Public("glued-numerator", "test", "chain-1-1-1", _FLATTENED, "daL-1/dzL-1 = aL-1*(1-aL-1)", ((C,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
        Public("glued-numerator-slip", "test", "chain-1-1-1", _FLATTENED, "daL-1/dzL-1 = aL-1*(1+aL-1)", ((W,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 + a1[0])",)),)),
        Public("other-names", "test", "chain-1-1-1", _OTHER_NAMES, "dE/du-1 = (o - t) * v * h-1*(1 - h-1) * x",
               ((C,),), (Twin("gradient", "W1[0,0]", (_HIDDEN,)),)),
        Public("other-names-numerator", "test", "chain-1-1-1", _OTHER_NAMES, "dh-1/dnet-1 = h-1*(1 - h-1)", ((C,),),
               (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
        # unnamed: dC/dwL - 1 as written, the last weight's gradient minus 1 (the right gradient is then wrong)
        Public("unnamed-stays-a-difference", "test", "chain-1-1-1", _UNNAMED, "dC/dwL-1 = a1*(aL-y) - 1", ((C,),),
               (Twin("gradient", "W2[0,0]", ("a1[0]*(a2[0] - y[0])",)),)),
        Public("unnamed-right-gradient-minus-one-is-wrong", "test", "chain-1-1-1", _UNNAMED, "dC/dwL-1 = a1*(aL-y)",
               ((W,),), (Twin("gradient", "W2[0,0]", ("a1[0]*(a2[0] - y[0]) + 1",)),)),
    ]


def test_a_glued_name_the_notation_does_not_give_is_refused_as_before():
    message = CHECKS.refused("chain-1-1-1", _FLATTENED, "daL-3/dzL-1 = aL-1*(1-aL-1)")
    assert "unknown symbol daL" in message


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
