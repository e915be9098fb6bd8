"""Batch 97's pages showed four constructs refused, written here as other authors would (other names, another network
than the pages'): a Markdown heading's marks glued to a display, ``###$$`` then the formula (hwanyo14's notebook),
the marks the document's; prose glued to a formula by its comma or full stop where a page lost its delimiters,
``...{1+\\exp{(z_i^l)}},with`` and ``....In case we use ...`` (compphysics' slide 72), the sentence a remark; a
list of parameters defined after a cost written with its arguments, ``C(x;\\boldsymbol{\\Theta}) = ...`` then ``\\(
\\boldsymbol{\\Theta}=[w_1,w_2,b_1,b_2] \\)`` (slide 10), no claim where the notation reads no such name; and a
name's meaning said in parentheses after a formula, ``(where 1(x>0) is the indicator function)`` (studyx). What
stays as written, and refused: a glued sentence holding an equation of its own, a parameter list naming a name the
notation does not know, and a parenthesis holding an equation. The steps a note names after a claim, ``XW_1 + b_1 = Z_1
→ sig() → A_1`` (hwanyo14's notebook), are a remark check does not judge, and say so; an arrow to a name alone is
reasoning, refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table

CHECKS = CaseChecks({"tanh-two": TANH_2_1})

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_LOSS = "0.5*(a1[0] - y[0])**2"


def _case(key: str, text: str, verdicts: tuple, twin: Twin) -> Public:
    return Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, (verdicts,), (twin,))


def _cases() -> list[Public]:
    tanh, sum_ = Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", "z1[0]", (_S,))
    return [
        _case("heading-glued", "###$$\n  h = \\tanh(s)\n$$", (C,), tanh),
        _case("heading-glued-inline", "##$s = v_1 x_1 + v_2 x_2 + c$", (C,), sum_),
        _case("heading-glued-wrong", "####$$ h = \\tanh(s) + c $$", (W,),
              Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",))),
        _case("comma-with", "h = \\frac{\\exp(s) - \\exp(-s)}{\\exp(s) + \\exp(-s)},with", (C,),
              Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",))),
        _case("comma-with-wrong", "h = \\frac{\\exp(s) - \\exp(-s)}{\\exp(s) - \\exp(-s)},with", (W,),
              Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) - exp(-z1[0]))",))),
        _case("comma-where-clause", "s = \\sum_{i}v_{i} x_{i}+c,where the subscript i counts the inputs . Our "
              "unit at the layer l=L is now", (C,), sum_),
        _case("full-stop-sentence", "\\frac{\\partial E}{\\partial h} = h - t.In case we use another loss than "
              "this one, we need other derivatives.", (C,), Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",))),
        _case("full-stop-sentence-wrong", "\\frac{\\partial E}{\\partial h} = t - h.In case we use another loss "
              "than this one, we need other derivatives.", (W,), Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",))),
        _case("parameter-list", "$$ E(x;\\boldsymbol{\\theta})=\\frac{1}{2}(h-t)^2, $$with \\( "
              "\\boldsymbol{\\theta}=[v_1,v_2,c] \\).", (C,), Twin("value", _LOSS, (_LOSS,))),
        _case("parameter-list-wrong", "$$ E(x;\\boldsymbol{\\theta})=\\frac{1}{2}(h+t)^2, $$with \\( "
              "\\boldsymbol{\\theta}=[v_1,v_2,c] \\).", (W,), Twin("value", _LOSS, ("0.5*(a1[0] + y[0])**2",))),
        _case("naming-remark", "dh/ds = 1 - h^2 (where tanh(s) is the activation function)", (C,),
              Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",))),
        _case("naming-remark-wrong", "dh/ds = 1 - h (where 1(s>0) is the indicator function)", (W,),
              Twin("value", "1 - a1[0]**2", ("1 - a1[0]",))),
        _case("pipeline-after-claim", "- $v_1 x_1 + v_2 x_2 + c = s \u2192 tanh() \u2192 h$", (C,), sum_),
        _case("pipeline-after-claim-wrong", "$v_1 x_1 + v_2 x_2 - c = s \\to tanh() \\to h$", (W,),
              Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] - b1[0]",))),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_glued_sentence_with_an_equation_of_its_own_is_kept_and_refused():
    """``...,where h = q`` (q unknown): the sentence holds a second claim, so the line stays whole."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = v_1 x_1 + v_2 x_2 + c,where h = q")


def test_a_code_attribute_after_a_formula_is_no_sentence():
    """``s = u.sum`` (one word after the dot, a method of a name the notation does not know): no prose, refused."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = u.sum")


def test_a_parameter_list_naming_an_unknown_entry_is_refused():
    """``\\theta = [v_1, v_2, q]``: q is no name of the notation's, so the list is read as written and refused."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                   "$$ E(x;\\boldsymbol{\\theta})=\\frac{1}{2}(h-t)^2, $$with \\( \\boldsymbol{\\theta}=[v_1,v_2,q] \\).")


def test_a_parenthesis_holding_an_equation_is_refused():
    """``(where c = q is the bias)``: an equation inside, a claim or a condition, so the line stays whole."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "dh/ds = 1 - h^2 (where c = q is the bias)")


def test_a_pipeline_is_said_unjudged():
    """The claim before ``→ tanh() → h`` is judged, and its detail says the steps are a remark not judged."""
    case = _cases()[-2]
    notation = notation_from_table(tomllib.loads(case.notation)["notation"], "<test>")
    result = check_homework(CHECKS.problem(case), case.text, notation=notation)
    assert "is a remark check does not judge" in result.claims[0].steps[-1].detail


def test_an_arrow_to_a_name_alone_is_refused():
    """``s = ... → h``: no empty call, no pipeline; reasoning with no member, refused."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "$v_1 x_1 + v_2 x_2 + c = s \u2192 h$")
