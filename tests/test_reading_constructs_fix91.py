"""Batch 91's pages showed three constructs of plain pages, written here as other authors would (other names, other
networks than the pages'): two display blocks on one line, ``\\[ s = ... \\]\\[ h = \\tanh(s) \\]`` (and ``\\(...\\)\\(...\\)``,
``$$...$$$$...$$``), two claims, the boundary between the blocks no product; a capital D for the derivative in plain
text, ``DE/Dh1 = DE/DNet1 * DNet1/Dh1 + ...``, read as dE/dh1 where the notation names nothing starting with D; and an
equation's label in words after the formula, ``- Eq.1``, ``(Eq. 2)``, ``(eq 3)``, read as its tag. What stays refused:
``DE/Dh1`` where the notation names D (a quotient of products with that D, or the derivative); a label that is no
number, ``- Eq.A``, leaves its letters unknown symbols. A block continuing the chain after the boundary, ``\\[ A = B
\\]\\[ = C \\]``, stays one chain.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.quantities import FormulaError

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# a hidden layer's outputs h1..h3, the outputs' sums Net1, Net2 and their weights v (v12 from h2 into Net1), E the loss
_NETS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"h1" = "a1[0]"
"h2" = "a1[1]"
"h3" = "a1[2]"
"Net1" = "z2[0]"
"Net2" = "z2[1]"
"v11" = "W2[0, 0]"
"v12" = "W2[0, 1]"
"v21" = "W2[1, 0]"
"v22" = "W2[1, 1]"
'''
# the same with D named (a data set's size, say)
_NETS_WITH_D = _NETS + '"D" = "x[0]"\n'

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_DNET0 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DNET1 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"
_DH1 = f"{_DNET0}*W2[0,0] + {_DNET1}*W2[1,0]"
_DH2 = f"{_DNET0}*W2[0,1] + {_DNET1}*W2[1,1]"


def _cases() -> list[Public]:
    return [
        Public("two-blocks-on-a-line", "test", "tanh-two", TANH_2_1_NOTATION,
               r"\[ s = v_1 x_1 + v_2 x_2 + c \]\[ h = \tanh(s) \]", ((C,), (C,)),
               (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
        Public("two-blocks-on-a-line-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               r"\[ s = v_1 x_1 + v_2 x_2 + c \] \[ h = \tanh(s) + c \]", ((C,), (W,)),
               (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)))),
        Public("two-inline-blocks", "test", "tanh-two", TANH_2_1_NOTATION,
               r"\(h = \tanh(s)\)\(s = v_1 x_1 + v_2 x_2 + c\)", ((C,), (C,)),
               (Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", "z1[0]", (_S,)))),
        Public("two-dollar-displays", "test", "tanh-two", TANH_2_1_NOTATION,
               r"$$ s = v_1 x_1 + v_2 x_2 $$$$ h = \tanh(s) $$", ((W,), (C,)),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
        Public("chain-continued-in-the-next-block", "test", "tanh-two", TANH_2_1_NOTATION,
               r"\[ h = \tanh(s) \]\[ = \tanh(v_1 x_1 + v_2 x_2 + c) \]", ((C, C),),
               (Twin("value", "a1[0]", ("tanh(z1[0])", f"tanh({_S})")),)),
        Public("capital-d-derivative", "test", "sigmoid-2-3-2", _NETS,
               "DE/Dh1 = DE/DNet1 * DNet1/Dh1 + DE/DNet2 * DNet2/Dh1 = DE/DNet1 * v11 + DE/DNet2 * v21", ((C, C),),
               (Twin("value", _DH1, (_DH1, _DH1)),)),
        Public("capital-d-derivative-wrong", "test", "sigmoid-2-3-2", _NETS,
               "DE/Dh2 = DE/DNet1 * v11 + DE/DNet2 * v21", ((W,),),
               (Twin("value", _DH2, (_DH1,)),)),
        Public("capital-d-weight", "test", "sigmoid-2-3-2", _NETS,
               "DE/Dv12 = DE/DNet1 * h2", ((C,),), (Twin("value", f"{_DNET0}*a1[1]", (f"{_DNET0}*a1[1]",)),)),
        Public("dash-eq-label", "test", "tanh-two", TANH_2_1_NOTATION,
               "s = v_1 x_1 + v_2 x_2 + c - Eq.1", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
        Public("dash-eq-label-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "s = v_1 x_1 + v_2 x_1 + c -- Eq. 4", ((W,),),
               (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[0] + b1[0]",)),)),
        Public("parenthesised-eq-label", "test", "tanh-two", TANH_2_1_NOTATION,
               "h = tanh(s)   (Eq. 2)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("parenthesised-eq-label-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "h = tanh(s) + c (eq 3)", ((W,),), (Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)),)),
        Public("equation-word-label", "test", "tanh-two", TANH_2_1_NOTATION,
               "dE/dc = (h - t)(1 - h^2) (Equation 5).", ((C,),),
               (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_capital_d_where_the_notation_names_d_is_refused():
    """``DE/Dh1`` with D the notation's: D times E over D times h1, or the derivative; refused saying both."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _NETS_WITH_D, "DE/Dh1 = DE/DNet1 * v11 + DE/DNet2 * v21")
    assert "reads two ways" in refusal and "'DE/Dh1'" in refusal


def test_a_label_that_is_no_number_is_left_as_written():
    """``- Eq.A``: no equation's number, so no label read; its letters stay unknown symbols."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = v_1 x_1 + v_2 x_2 + c - Eq.A")
    assert "unknown symbol" in refusal


def test_a_label_the_notation_reads_as_a_term_is_left_as_written():
    """``- Eq.1`` where the notation names E and q: a term E q times 1 (or 0.1), not a label; check judges it so."""
    notation = TANH_2_1_NOTATION.replace('"t" = "y[0]"', '"t" = "y[0]"\n"q" = "x[1]"')
    case = Public("eq-term", "test", "tanh-two", notation, "s = v_1 x_1 + v_2 x_2 + c - Eq.1", ((W,),), ())
    assert all("correct" not in claim for claim in _verdicts_or_refused(case))


def _verdicts_or_refused(case: Public) -> tuple:
    try:
        return CHECKS.verdicts(case)
    except FormulaError:  # a refusal is as good as a wrong verdict here
        return ()
