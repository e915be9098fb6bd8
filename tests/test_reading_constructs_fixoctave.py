"""Octave's and C's code, each written as another author would (other names, other networks than the batches'):
Octave's ``*``, the matrix product, quoted as the ``*`` written in every text check shows (a claim's, a member's, a
refusal's); a C, C#, Java or JavaScript statement's ``*``, the product entry by entry, though its line ends in ``;``
as Octave's does (code_language decides by what only one language writes, and judges both ways where neither or
both show); an ``\\eqalign{`` never closed, refused as unbalanced braces are.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table

NETWORKS = {"tanh-2-1": TANH_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# a tanh unit's names in code: r its weight row, q the input column, k the bias, net the sum, o the output, y the
# target, gr the gradient by the row
UNIT_NOTATION = r'''
[notation]
[notation.symbols]
"r" = "W1[0, :]"
"q" = "x[:]"
"k" = "b1[0]"
"net" = "z1[0]"
"o" = "a1[0]"
"y" = "y[0]"
"gr" = "grad(W1[0, :])"
'''
_NET = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_I2 = ({"i": 0}, {"i": 1})
_GRADIENT = "(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]"


def _unit(text: str):
    """check's result on ``text`` for the tanh unit through UNIT_NOTATION."""
    notation = notation_from_table(tomllib.loads(UNIT_NOTATION)["notation"], "<test>")
    return check_homework(parse_problem(TANH_2_1, "tanh-2-1"), text, notation=notation)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # Octave's * between the row and the column (.^ shows Octave): their inner product
            ("octave-row-column", "net = r*q + k.^1;", ((C,),), (Twin("value", "z1[0]", (_NET,)),)),
            ("octave-gradient", "gr = (o - y)*(1 - o.^2)*q;", ((C,),), (Twin("gradient", "W1[0,{i}]", (_GRADIENT,), _I2),)),
            ("octave-gradient-wrong", "gr = (o - y)*(1 - o.^2)*q*2;", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("2*" + _GRADIENT,), _I2),))):
        cases.append(Public(key, "test", "tanh-2-1", UNIT_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_octaves_product_is_quoted_as_written():
    """The claim, each member and a wrong member's text quote Octave's ``*`` as written, never NumPy's ``@``."""
    claim, = _unit("gr = 2*(o - y)*(1 - o.^2)*q;").claims
    assert claim.text == "gr = 2*(o - y)*(1 - o.^2)*q"
    assert [(step.text, step.verdict) for step in claim.steps] == [("2*(o - y)*(1 - o.^2)*q", "wrong")]
    assert all("@" not in step.detail for step in claim.steps)


def test_a_refusal_quotes_octaves_product_as_written():
    """A refusal of an Octave formula quotes its ``*`` as written."""
    refusal = CHECKS.refused("tanh-2-1", UNIT_NOTATION, "net = r*q + k*q.^1;")
    assert "'net = r*q + k*q.^1'" in refusal and "@" not in refusal and "\ue000" not in refusal
