"""The pages of batch 69 of the public formulas showed three constructs refused, each written here as another author
would (other names, other networks than the pages'): HTML's tags around a notebook's mathematics (``<font
color='red'>$$...$$</font>``, ``<span style=...>``, ``<div align=...>``, ``<center>``, ``<br/>``), layout or a line
break; Unicode's long arrow ⟶ (and ⟵, ↦) between a parameter and its new value, an update as ``\\longrightarrow``
is, in Unicode's mathematical italics with a combining circumflex (𝑝̂ as \\hat{p}); and formulas in double quotes
inside a sentence, each its own claim. What stays as before: a comparison's ``<`` and ``>`` around no tag's name,
code's strings (``print("h = ", h)``), a relation outside the quotes.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.typography_emphasis import html_markup

NETWORKS = {
    "tanh-two": TANH_2_1,
    "logistic-two": LOGISTIC_2,
}
CHECKS = CaseChecks(NETWORKS)

# LOGISTIC_2 as a lecture names it: theta_i the weights, p-hat the output, t the label, x_i the inputs
_LOGISTIC_NOTATION = r'''
[notation]
indices = "i"
learning_rate = ["\\eta"]
[notation.symbols]
"\\theta_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"c" = "b1[0]"
"t" = "y[0]"
"\\hat{p}" = "a1[0]"
'''

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_I2 = ({"i": 0}, {"i": 1})
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)
_TANH_STEP = "eta*(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # HTML's tags around a display or an inline formula: style dropped, a block's tag a line break
            ("html-span-div", "<div align=\"center\"><span style=\"color: blue\">$$h = \\tanh(s)$$</span></div>",
             ((C,),), _H),
            ("html-center-wrong", "> <center><b>$$h = \\sigma(s)$$</b></center>", ((W,),), _H_SIGMOID),
            ("html-font-inline", "<p>so that the unit's output is <font color=\"#c00\">$h = \\tanh(s)$</font>.</p>",
             ((C,),), _H),
            ("html-font-inline-wrong", "<br>where the sum is <font color='red'>$s = v_1 x_1 + c$</font>.",
             ((W,),), (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),)),
            ("html-break-between", "$$s = v_1 x_1 + v_2 x_2 + c$$<br/>$$h = \\tanh(s)$$", ((C,), (C,)),
             (Twin("value", "z1[0]", (_S,)), *_H)),
            # Unicode's arrows between a parameter and its new value: an update
            ("long-arrow", "v_i ⟶ v_i - η (h - t)(1 - h^2) x_i", ((C,),),
             (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - {_TANH_STEP}*x[{{i}}]",), _I2),)),
            ("long-arrow-wrong", "c ⟶ c + η (h - t)(1 - h^2)", ((W,),),
             (Twin("update", "b1[0]", (f"b1[0] + {_TANH_STEP}",)),)),
            ("maps-to", "c ↦ c - η (h - t)(1 - h^2)", ((C,),), (Twin("update", "b1[0]", (f"b1[0] - {_TANH_STEP}",)),)),
            # formulas in double quotes inside a sentence: each its own claim, the words prose
            ("quoted", "The notes write \"h = tanh(s)\" here, while the slides say \u201ch = sigmoid(s)\u201d instead.",
             ((C,), (W,)), (*_H, *_H_SIGMOID)),
            ("quoted-update", "So the rule is \"c := c - eta * (h - t) * (1 - h^2)\", as *always*.", ((C,),),
             (Twin("update", "b1[0]", (f"b1[0] - {_TANH_STEP}",)),)),
            # (batch 70) plain TeX's \cr ending a row of LaTeX's environments, as KaTeX reads it: the row's end \\
            ("cr-aligned", "\\begin{aligned} s &= v_1 x_1 + v_2 x_2 + c \\cr h &= \\tanh(s) \\end{aligned}", ((C,), (C,)),
             (Twin("value", "z1[0]", (_S,)), *_H)),
            ("cr-align-wrong", "\\begin{align*} h &= \\tanh(s) \\cr &= \\sigma(s) \\end{align*}", ((C, W),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "sigmoid(z1[0])")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # Unicode's mathematical italics, the letter under a combining circumflex its \hat
            ("italic-long-arrow", "𝜃𝑖⟶𝜃𝑖−𝜂(𝑝̂ −𝑡)𝑥𝑖", ((C,),),
             (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),)),
            ("italic-long-arrow-wrong", "𝑐⟶𝑐−𝜂(𝑡−𝑝̂ )", ((W,),), (Twin("update", "b1[0]", ("b1[0] - eta*(y[0] - a1[0])",)),)),
            ("long-left-arrow", "c ⟵ c - η (p̂ - t)", ((C,),), (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),))):
        cases.append(Public(key, "test", "logistic-two", _LOGISTIC_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_comparison_is_no_tag():
    """``<`` and ``>`` around no tag's name (``x<y>z``), or apart from one (``a < b > c``), are the formula's."""
    assert html_markup("0 < x<y>z") == "0 < x<y>z"
    assert html_markup("a < b > c") == "a < b > c"
    assert html_markup("<font color='red'>$$h$$</font>") == "$$h$$"


def test_a_printed_string_is_no_quoted_formula():
    """``print("h = ", h)``: code around the string, refused as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "print(\"h = \", h)")


def test_a_relation_outside_the_quotes_keeps_the_line_whole():
    """``We write h = tanh(s), or "h = ..." in code``: the line's formula is not only in its quotes."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "We write h = tanh(s), or \"h = tanh(2 * s)\" in code.")
