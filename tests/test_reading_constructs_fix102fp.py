"""Batch 102 of the public formulas showed constructs of functional languages, R and comment lines refused, each
written here as another author would (other names, other networks than the pages'): R's ``*`` entry by entry where the
line shows R (its ``<-``, its ``%*%``), also when a statement's ``;`` ends it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# R's rows: h the hidden outputs, o the outputs, t the targets, V the output weights (input-first), dout and dhid
# the layers' dE/dnet
R_NOTATION = r'''
[notation]
indices = "q"
[notation.symbols]
"h" = "a1[:].T"
"o" = "a2[:].T"
"t" = "y[:].T"
"V" = "W2[:, :].T"
"dout" = "delta2[:].T"
"dhid" = "delta1[:].T"
'''
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2)) + ")"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # R's * entry by entry, the line ended by a statement's ; (the line shows R by its <-)
            ("r-entrywise", "dout <- (o - t) * o * (1 - o);", ((C,),),
             (Twin("gradient_z", "z2[{j}]", (_OUT.replace("{k}", "{j}"),), _J2),)),
            ("r-entrywise-wrong", "dout <- (o - t) * o * (1 + o);", ((W,),),
             (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 + a2[{j}])",), _J2),)),
            # %*% the matrix product, t() the transpose, * entry by entry after it
            ("r-matrix-then-entrywise", "dhid <- dout %*% t(V) * h * (1 - h);", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
            ("r-matrix-then-entrywise-wrong", "dhid <- dout %*% t(V) * h;", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", R_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_statement_showing_both_languages_stays_refused():
    """``<-`` is R's and ``.*`` Octave's: the line shows both, and its ``*`` may be either product."""
    message = CHECKS.refused("sigmoid-2-3-2", R_NOTATION, "dout <- (o - t) .* o * (1 - o);")
    assert "reads as Octave's matrix product or as C's" in message


def test_octaves_statement_stays_octaves():
    """Without R's marks a ``;``-ended line may be Octave's, its ``*`` the matrix product: refused where they differ."""
    message = CHECKS.refused("sigmoid-2-3-2", R_NOTATION, "dout = (o - t) * o * (1 - o);")
    assert "reads as Octave's matrix product or as C's" in message
