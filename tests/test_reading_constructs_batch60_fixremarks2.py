"""Batches 59 and 60 of the public formulas showed text after a formula read as part of it, and a name the notation
lists not seen by the reader; each written here as another author would (other names, other networks than the
pages'): an equation's tag after a closing arrow (``\\rightarrow (Eq 1)``, ``--> (A.2)``), read as its ``\\tag``; a
remark of words in parentheses after a formula (an article, emphasis, ``or``), dropped where no word of it can be
mathematics; a code comment glued to the code (``c# note``, ``s)// two words``); and a name the notation lists with
a space (``learning_rate = ["step size"]``, ``loss = ["total error"]``) read as that name where the formula writes
it with its space; and ``\\frac{d\\sigma}{du}`` in a member, sigma the activation named by no pattern, its
derivative at the pre-activation u. What stays as written: a tag the notation could read as a quantity
(``\\rightarrow (c)``), a remark holding a name of the notation, a glued ``//`` before an operand (the floor
division), a bare sigma anywhere else, and a function's name with a space, refused at load.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_1_1, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError

NETWORKS = {"tanh-two": TANH_2_1, "sigmoid-one": SIGMOID_1_1}
CHECKS = CaseChecks(NETWORKS)

# TANH_2_1's page with its step and its loss named in two words
SPACED_NOTATION = TANH_2_1_NOTATION.replace('learning_rate = ["\\\\eta", "eta"]', 'learning_rate = ["step size"]') \
    .replace('loss = ["E"]', 'loss = ["total error"]')

# SIGMOID_1_1's unit: u its sum, o its output, w its weight, b its bias (sigma the activation, named by no pattern)
SIGMOID_NOTATION = r'''
[notation]
[notation.symbols]
"u" = "z1[0]"
"o" = "a1[0]"
"w" = "W1[0, 0]"
"x" = "x[0]"
"b" = "b1[0]"
'''

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_LOSS = Twin("value", "0.5*(a1[0] - y[0])**2", ("0.5*(a1[0] - y[0])**2",))
_LOSS_WRONG = Twin("value", "0.5*(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",))
_OUTPUT = Twin("value", "a1[0]", ("tanh(z1[0])",))
_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an equation's tag after a closing arrow: \rightarrow, \to, \Rightarrow, -->, with Eq, Eq. or none
            ("tag-eq", r"$$ E = \frac{1}{2} (h - t)^2 \quad \rightarrow (Eq \;1) $$", ((C,),), (_LOSS,)),
            ("tag-eq-dot-wrong", r"E = (h - t)^2 \to (Eq. 2.1)", ((W,),), (_LOSS_WRONG,)),
            ("tag-letter", r"$$ s = v_1 x_1 + v_2 x_2 + c \Rightarrow (B) $$", ((C,),),
             (Twin("value", "z1[0]", (_S,)),)),
            ("tag-plain-arrow", "h = tanh(s) --> (A.2)", ((C,),), (_OUTPUT,)),
            ("tag-number", r"\[ \frac{\partial E}{\partial c} = (h - t)(1 - h^2) \rightarrow (3) \]", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),)),
            ("tag-number-wrong", r"\frac{\partial E}{\partial c} = (h - t) h \rightarrow (3)", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            # a remark of words in parentheses after the formula: an article, emphasis, a function's name, "or"
            ("remark-emphasis", "h = tanh(s)  (a *smooth* squashing)", ((C,),), (_OUTPUT,)),
            ("remark-or", "h = tanh(s) (like tanh or arctan)", ((C,),), (_OUTPUT,)),
            ("remark-article", "E = 0.5*(h - t)^2  (the _squared_ error)", ((C,),), (_LOSS,)),
            ("remark-wrong", "E = (h - t)^2 (the squared error)", ((W,),), (_LOSS_WRONG,)),
            # a comment glued to the code before it
            ("glued-hash", "s = v_1*x_1 + v_2*x_2 + c# weighted input", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("glued-slashes", "h = tanh(s)// the unit output", ((C,),), (_OUTPUT,)),
            ("glued-hash-wrong", "h = 1 - tanh(s)# output", ((W,),),
             (Twin("value", "a1[0]", ("1 - tanh(z1[0])",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # names of two words, the step and the loss, written with their space
            ("spaced-rate", "c := c - step size * (h - t) * (1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("spaced-rate-wrong", "c = c + step size * (h - t) * (1 - h^2)", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            ("spaced-loss", "total error = 0.5 * (h - t)**2", ((C,),), (_LOSS,)),
            ("spaced-loss-derivative", "d total error / d c = (h - t) * (1 - h**2)", ((C,),),
             (Twin("gradient", "b1[0]", (_DC,)),))):
        cases.append(Public(key, "test", "tanh-two", SPACED_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # d sigma / d u in a member: the activation's derivative at the pre-activation u, sigma'(u)
            ("d-sigma-member", r"\frac{\partial o}{\partial w} = \frac{d\sigma}{du} \cdot x", ((C,),),
             (Twin("value", "a1[0]*(1 - a1[0])*x[0]", ("a1[0]*(1 - a1[0])*x[0]",)),)),
            ("d-sigma-member-wrong", r"\frac{\partial o}{\partial b} = \frac{d\sigma}{du} \cdot x", ((W,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])*x[0]",)),)),
            ("d-tanh-member-wrong", r"\frac{\partial o}{\partial b} = \frac{d\tanh}{du}", ((W,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("1 - tanh(z1[0])**2",)),))):
        cases.append(Public(key, "test", "sigmoid-one", SIGMOID_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_tag_the_notation_can_read_stays_as_written():
    """``h = tanh(s) \\rightarrow (c)``, c the notation's bias: a quantity after the arrow, left as written."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"h = \tanh(s) \rightarrow (c)")


def test_an_arrow_after_no_relation_is_no_tag():
    """``c \\to (1)``: an update of c to one (syntax.Parser.becomes_at), not a name with a tag; as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"c \to (1)")


def test_a_remark_holding_a_name_of_the_notation_stays_as_written():
    """``(like s or c)``: s and c are the notation's, so the words may be mathematics; refused as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = tanh(s) (like s or c)")


def test_a_glued_floor_division_stays_an_operator():
    """``h = s//c``: a glued // before an operand is Python's floor division, refused, never a comment."""
    assert "floor division" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = s//c")


def test_a_spaced_name_is_read_only_where_the_notation_lists_it():
    """``step size`` under a notation that does not list it: the letters, refused as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "c := c - step size * (h - t) * (1 - h^2)")


def test_a_bare_sigma_elsewhere_stays_refused():
    """``\\sigma(1 - \\sigma)`` after a derivative's d sigma: sigma without its argument outside the numerator, and
    d sigma by a weight (no pre-activation), stay refused."""
    bare = CHECKS.refused("sigmoid-one", SIGMOID_NOTATION, r"\frac{\partial o}{\partial u} = \sigma(1-\sigma)")
    assert "no argument" in bare
    by_weight = CHECKS.refused("sigmoid-one", SIGMOID_NOTATION,
                               r"\frac{\partial o}{\partial w} = \frac{d\sigma}{dw}")
    assert "is a function" in by_weight


def test_a_function_named_with_a_space_is_refused_at_load():
    """``functions = { "my act" = "tanh" }``: its call could not be read, so the notation is refused in one line."""
    table = tomllib.loads(TANH_2_1_NOTATION.replace("[notation]\n", '[notation]\nfunctions = { "my act" = "tanh" }\n'))
    with pytest.raises(FormulaError, match="has no space") as error:
        notation_from_table(table["notation"], "<test>")
    assert "\n" not in str(error.value)
