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
# a layer's names in code: out the outputs, target the targets, dout dE/dz of the outputs
LAYER_NOTATION = r'''
[notation]
[notation.symbols]
"out" = "a2[:]"
"target" = "y[:]"
"hid" = "a1[:]"
"dout" = "grad(z2[:])"
'''
_NET = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_J2 = ({"j": 0}, {"j": 1})
_DELTA = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_DELTAS = (Twin("gradient_z", "z2[{j}]", (_DELTA,), _J2),)
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
             (Twin("gradient", "W1[0,{i}]", ("2*" + _GRADIENT,), _I2),)),
            # plain TeX's \eqalign closed: its rows, as before
            ("eqalign-closed", r"$$\eqalign{ o &= \tanh(net) \cr &= 1 - 2/(e^{2 net} + 1) }$$", ((C, C),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "1 - 2/(exp(2*z1[0]) + 1)")),)),
            ("eqalign-closed-wrong", r"$$\eqalign{ o &= \tanh(net) \cr &= 1 - 2/(e^{net} + 1) }$$", ((C, W),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "1 - 2/(exp(z1[0]) + 1)")),))):
        cases.append(Public(key, "test", "tanh-2-1", UNIT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a C-family statement (JavaScript's var, C's float, C#'s // comment): its * entry by entry, though its ;
            # ends the line as Octave's does
            ("javascript-var", "var dout = (out - target)*out*(1 - out);", ((C,),), _DELTAS),
            ("javascript-var-wrong", "var dout = (out - target)*out*(1 + out);", ((W,),),
             (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 + a2[{j}])",), _J2),)),
            ("c-float", "float dout = (out - target)*out*(1 - out);", ((C,),), _DELTAS),
            ("csharp-comment", "dout = (out - target)*out*(1 - out); // the output deltas", ((C,),), _DELTAS),
            # Octave's .*: the entrywise product; its % comment after the ; shows Octave, whose * of two columns of
            # one size is their inner product, a number scaling (1 - out): wrong
            ("octave-entrywise", "dout = (out - target).*out.*(1 - out);", ((C,),), _DELTAS),
            ("octave-comment-inner-wrong", "dout = (out - target)*out*(1 - out); % the output deltas", ((W,),),
             (Twin("gradient_z", "z2[{j}]", ("((a2[0] - y[0])*a2[0] + (a2[1] - y[1])*a2[1])*(1 - a2[{j}])",),
                   _J2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", LAYER_NOTATION, text, expected, twins))
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
    """A refusal of an Octave formula quotes its ``*`` as written (here its member, r q a number and k q a vector,
    which Octave broadcasts the number onto, where the left side is one number)."""
    refusal = CHECKS.refused("tanh-2-1", UNIT_NOTATION, "net = r*q + k*q.^1;")
    assert "r*q + k*q.^1'" in refusal and "@" not in refusal and "\ue000" not in refusal


def test_a_statement_neither_language_shows_is_judged_both_ways():
    """``dout = (out - target)*out*(1 - out);``: only the ; (both languages') shows code; Octave's reading (an inner
    product) and C's (entry by entry) disagree, so it is refused, never guessed."""
    refusal = CHECKS.refused("sigmoid-2-2-2", LAYER_NOTATION, "dout = (out - target)*out*(1 - out);")
    assert "Octave's matrix product or as C's" in refusal


def test_a_statement_both_languages_show_is_judged_both_ways():
    """``float`` (C's) and ``.*`` (Octave's) on one line: both readings judged, refused where they disagree."""
    refusal = CHECKS.refused("sigmoid-2-2-2", LAYER_NOTATION, "float dout = (out - target).*out*(1 - out);")
    assert "Octave's matrix product or as C's" in refusal


def test_an_unclosed_eqalign_is_refused_as_an_unclosed_group():
    """``\\eqalign{`` without its ``}``: refused saying where the group opened and that it is never closed, as a
    delimiter never closed is, never as a command check does not know."""
    refusal = CHECKS.refused("tanh-2-1", UNIT_NOTATION, r"$$\eqalign{ o &= \tanh(net) \cr &= \tanh(r*q + k) $$")
    assert r"the group of \eqalign opened at position 11 is never closed (no } after it)" in refusal
