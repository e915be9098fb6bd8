"""Batches 51 and 52 of the public formulas showed exports' escaped dollars, prose before a display on a list's line,
an operator's derivative before a bare function and plain TeX's braced \\over refused, each written here as another
author would (other names, other networks than the pages'): ``\\$$ ... \\$$`` and ``\\$...\\$`` (an export's or a chat
tool's escaped Markdown) as the delimiters they stand for; a sentence before a ``$$...$$`` on its line, a bullet's or a
numbered step's, with or without a colon and a parenthesis of words, as the display alone; ``\\frac{d}{ds} \\tanh``,
the rule of the function at s; ``{\\partial E \\over {\\partial c}}``, TeX's braces only grouping. What stays as it
was: a lone escaped dollar (a price), escaped dollars in a text that writes plain ones, a condition word before a
display, and ``\\text`` without braces before a relation, refused saying to write ``\\text{...}`` or drop it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.math_spans import escaped_dollars
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)
_SLOPE = "1 - a1[0]**2"
_DELTA = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an export's escaped Markdown: \$$ ... \$$ and \$...\$ are the delimiters
            ("escaped-display", r"\$$ h = \tanh(s) \$$", ((C,),), _H),
            ("escaped-display-wrong", r"\$$ h = \sigma(s) \$$", ((W,),), _H_SIGMOID),
            ("escaped-display-update", r"\$$ c := c - \eta \cdot \frac{\partial E}{\partial c} \$$", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("escaped-display-sum", r"\$$ E = \frac{1}{2} (t - h)^2 \$$", ((C,),),
             (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),)),
            ("escaped-inline", r"The unit's output is \$h = \tanh(s)\$ for every input.", ((C,),), _H),
            ("escaped-inline-wrong", r"The unit's output is \$h = \sigma(s)\$ for every input.", ((W,),),
             _H_SIGMOID),
            # prose before a display on its line: a bullet's sentence, a numbered step's with a colon and an aside
            ("bullet-sentence-display", "• Squash the sum and call the result h $$h = \\tanh(s)$$", ((C,),), _H),
            ("bullet-sentence-display-wrong", "• Squash the sum and call the result h $$h = \\sigma(s)$$", ((W,),),
             _H_SIGMOID),
            ("step-sentence-display", "- Then form the weighted sum s $$s = v_1 x_1 + v_2 x_2 + c$$", ((C,),),
             (Twin("value", "z1[0]", (_S,)),)),
            ("step-sentence-display-wrong", "- Then form the weighted sum s $$s = v_1 x_1 - v_2 x_2 + c$$", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]",)),)),
            ("numbered-aside-colon-display", "2. We squash it (with the hyperbolic tangent): $$h = \\tanh(s)$$",
             ((C,),), _H),
            ("numbered-aside-colon-display-wrong", "2. We squash it (with the hyperbolic tangent): $$h = \\sigma(s)$$",
             ((W,),), _H_SIGMOID),
            # the derivative operator before a bare function: the function's rule at the operator's variable
            ("operator-bare-function", r"\frac{d}{ds} \tanh = 1 - \tanh(s)^2", ((C,),),
             (Twin("value", _SLOPE, ("1 - tanh(z1[0])**2",)),)),
            ("operator-bare-function-product", r"\frac{d}{ds} \tanh = (1 - \tanh(s)) \cdot (1 + \tanh(s))", ((C,),),
             (Twin("value", _SLOPE, ("(1 - tanh(z1[0]))*(1 + tanh(z1[0]))",)),)),
            ("operator-bare-function-wrong", r"\frac{d}{ds} \tanh = 1 - \tanh(s)", ((W,),),
             (Twin("value", _SLOPE, ("1 - tanh(z1[0])",)),)),
            # plain TeX's \over with braces grouping a part of the fraction
            ("over-braced-denominator", r"c \leftarrow c - \eta {\partial E \over {\partial c}}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("over-braced-both", r"{{\partial E} \over {\partial s}} = (h - t)(1 - h^2)", ((C,),),
             (Twin("gradient_z", "z1[0]", (_DELTA,)),)),
            ("over-braced-both-wrong", r"{{\partial E} \over {\partial s}} = (h - t)", ((W,),),
             (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_price_stays_text():
    """``\\$5 and \\$6``: a space before the second escaped dollar, a price's, is no closing delimiter."""
    assert escaped_dollars(r"It cost \$5 and \$6 to print.") == r"It cost \$5 and \$6 to print."


def test_escaped_dollars_beside_plain_ones_are_dollars():
    """A text that writes its mathematics in plain dollars escapes a dollar sign to print it."""
    text = r"$h = \tanh(s)$, which costs \$x\$ to compute"
    assert escaped_dollars(text) == text


def test_a_condition_word_before_a_display_keeps_the_line():
    """``Only when $$t = h$$``: the words make the equation a condition, never a claim."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "- This vanishes only when $$t = h$$")


def test_text_without_braces_before_a_relation_is_refused_saying_how_to_write_it():
    r"""``\text :=``: the words \text sets are lost; the refusal says to brace them or drop the \text."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"\delta (\text := \frac{dE}{ds}) = (h - t)(1 - h^2)")
    assert "write \\text{...}" in message and "drop the \\text" in message
