"""Batch 81's pages showed claims set side by side on one line with a space alone between them, as text flattened
from KaTeX has them (solveconpython's ``z=XW+b y^=σ(z) L=BCE(y,y^)``), read as one chain; written here as other
authors would (other names, another network than the page's): where every relation of the line is glued to its sides
and a space stands before a name glued to its relation, the line is several claims, each judged. What stays as it
was: a line whose relations are all spaced is one chain (``\\delta = (y - t) f'(z) = ...``); refused: a line that
mixes glued and spaced relations with a name after a space before a relation, since the spacing does not say
whether it is a chain or claims.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"logistic-two": LOGISTIC_2}
CHECKS = CaseChecks(NETWORKS)

# one sigmoid neuron on a row of two inputs, the weights input-first; p its output, J the cross-entropy
_ROW = r'''
[notation]
loss = ["J", "CE"]
[notation.symbols]
"u" = "x[:]"
"V" = "W1[:, :].T"
"c" = "b1[0]"
"s" = "z1[0]"
"p" = "a1[0]"
"t" = "y[0]"
'''
_Z = "x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]"
_CE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"


def _cases() -> list[Public]:
    return [
        Public("glued-claims-side-by-side", "test", "logistic-two", _ROW, "Luego:s=uV+c p=σ(s) J=CE(t,p)",
               ((C,), (C,), (C,)),
               (Twin("value", "z1[0]", (_Z,)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)), Twin("value", _CE, (_CE,)))),
        Public("glued-claims-side-by-side-wrong", "test", "logistic-two", _ROW, "s=uV+c p=σ(2s)", ((C,), (W,)),
               (Twin("value", "z1[0]", (_Z,)), Twin("value", "a1[0]", ("sigmoid(2*z1[0])",)))),
        Public("glued-claims-two-wrong", "test", "logistic-two", _ROW, "s=uV p=σ(s)", ((W,), (C,)),
               (Twin("value", "z1[0]", ("x[0]*W1[0,0] + x[1]*W1[0,1]",)), Twin("value", "a1[0]", ("sigmoid(z1[0])",)))),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_glued_and_spaced_relations_with_a_name_after_a_space_are_refused():
    """``s = uV+c p=σ(s)``: the line's relations glued and spaced both; p may start a claim or end a member."""
    refusal = CHECKS.refused("logistic-two", _ROW, "s = uV+c p=σ(s)")
    assert "two claims side by side or one chain" in refusal and "'p'" in refusal


def test_spaced_relations_stay_one_chain():
    """``s = uV + c p = uV + c p``: relations spaced alike, one chain of two members as before, not two claims."""
    case = Public("spaced-chain", "test", "logistic-two", _ROW, "s = uV + c p = uV + c p", ((C, C),))
    assert len(CHECKS.verdicts(case)) == 1
