"""Batches 61 and 62 of the public formulas showed these refused, each written here as another author would (other
names, other networks than the pages'): a capital T glued after a name's layer with the next name glued to the T,
``V[2]TdS[2]``, the transpose times that name, read where the letters after the T start a name of the notation and
no name of the notation starts with the T and them. What stays refused: a T after a layer where a name of the
notation begins with that T and the letters glued after it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "relu-2-2-sigmoid": ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\n[[layer]]\nunits = 1\n'
                         'activation = "sigmoid"\n[loss]\nname = "binary_cross_entropy"\n'),
}
CHECKS = CaseChecks(NETWORKS)

# a course's layers in brackets, plain text's V[l]: V the weights, dS the loss's gradient by the sums S, relu the
# hidden layer's function
_LAYERS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"V[l]" = "W{l}[:, :]"
"dS[l]" = "grad(z{l}[:])"
"S[l]" = "z{l}[:]"
'''
# the same, where Td names the target: TdS[2] may be that name and S[2]
_LAYERS_TD = _LAYERS + '"Td" = "y[0]"\n'
_J2 = ({"j": 0}, {"j": 1})
_GRAD_SJ = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a capital T glued after a name's layer, the next name glued to it: the transpose times that name
            ("layer-t-glued-name", "dS[1] = V[2]TdS[2] * relu'(S[1])", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),)),
            ("layer-t-glued-name-wrong", "dS[1] = V[2]TdS[2] * S[1]", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*z1[{j}]",), _J2),)),
            ("layer-t-glued-name-odot", r"dS[1]=V[2]TdS[2] \odot relu'(S[1])", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),))):
        cases.append(Public(key, "test", "relu-2-2-sigmoid", _LAYERS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_t_glued_to_a_name_the_notation_begins_with_t_stays_refused():
    """``V[2]TdS[2]`` where Td is the target: the transpose times dS[2], or V[2] Td S[2], a guess."""
    CHECKS.refused("relu-2-2-sigmoid", _LAYERS_TD, "dS[1] = V[2]TdS[2] * relu'(S[1])")
