"""Batch 67 of the public formulas showed constructs refused or misread, each written here as another author would
(other names, other networks than the pages'): an equation's label written outside the mathematics, before it or
after it (``(2) $...$``, ``$$...$$ eq. (7)``), and one opening a line of mathematics, judged both as the label and as
a factor (refused where the two disagree; ``(2)(...)`` stays a product); Jupyter Markdown's ``\\\\\\`` ending a row (the
row's break ``\\\\``, then TeX's control space ``\\ ``), and a line of ``\\\\\\`` alone, inside ``equation*``, ``$$`` or
``align``; TeX's escaped underscore inside a name, ``out\\_h`` the name out_h as code writes it, and ``g\\_v_1`` that
name's subscript 1; ``\\exp^{x}`` with nothing after it to apply exp to, e to that power; words after a claim's last member, in
``\\text {...}`` (a space before its brace) or in parentheses opening with a connective, ``(since c is shared)``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)


def _label_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a label outside the mathematics, before it or after it: never a factor of the formula
            ("label-before-inline", r"(2) $h = \tanh(s)$", ((C,),), _H),
            ("label-before-inline-wrong", r"(3b) $h = \sigma(s)$", ((W,),), _H_SIGMOID),
            ("label-before-display", "(2.1)  $$s = v_1 x_1 + v_2 x_2 + c$$", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("roman-label-before-brackets", r"(iv) \[ h = \tanh(s) \]", ((C,),), _H),
            ("label-after-display", r"$$h = \tanh(s)$$ eq. (4)", ((C,),), _H),
            ("label-after-display-wrong", r"$$h = \sigma(s)$$ (eq.4)", ((W,),), _H_SIGMOID),
            ("label-after-inline", r"$\frac{\partial E}{\partial h} = h - t$ (7)", ((C,),),
             (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
            # a label opening a line of mathematics: both readings, here agreeing (a factor of 1, or one both call
            # wrong)
            ("label-one-plain", r"(1) h = \tanh(s)", ((C,),), _H),
            ("label-inside-math-wrong", r"$(2)\quad h = \tanh(2 s)$", ((W,),),
             (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
            # a number in parentheses glued to a bracket: a product, as written
            ("number-times-bracket", "(2)(h - t) = 2 h - 2 t", ((C,),),
             (Twin("value", "2*(a1[0] - y[0])", ("2*a1[0] - 2*y[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


def _row_break_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("control-space-rows", "\\begin{equation*}\ns = v_1 x_1 + v_2 x_2 + c \\\\\\\nh = \\tanh(s)\n"
             "\\end{equation*}", ((C,), (C,)), (Twin("value", "z1[0]", (_S,)), _H[0])),
            ("control-space-empty-row-wrong", "$$\nh = \\tanh(s) \\\\\\\n\\\\\\\nh = \\sigma(s) \\\\\\\n$$",
             ((C,), (W,)), (_H[0], _H_SIGMOID[0])),
            ("control-space-align", "\\begin{align}\nh &= \\tanh(s) \\\\\\\n"
             "\\frac{\\partial E}{\\partial h} &= h - t\n\\end{align}", ((C,), (C,)),
             (_H[0], Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",))))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


# TANH_2_1's quantities named with TeX's escaped underscore, as a notebook writes code's names in its Markdown
_ESCAPED_NOTATION = TANH_2_1_NOTATION + r'''"net\\_in" = "z1[0]"
"out\\_h" = "a1[0]"
"g\\_v_{i}" = "grad(W1[0, i-1])"
'''
_GRADIENT = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"


def _escaped_underscore_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("escaped-underscore-name", r"$out\_h = \tanh(net\_in)$", ((C,),), _H),
            ("escaped-underscore-name-wrong", r"$out\_h = \sigma(net\_in)$", ((W,),), _H_SIGMOID),
            ("escaped-underscore-subscript", r"$$g\_v_1 = (out\_h - t)(1 - out\_h^2) x_1$$", ((C,),),
             (Twin("gradient", "W1[0,0]", (_GRADIENT,)),)),
            ("escaped-underscore-subscript-wrong", r"$$g\_v_2 = (out\_h - t)(1 - out\_h^2) x_1$$", ((W,),),
             (Twin("gradient", "W1[0,1]", (_GRADIENT,)),))):
        cases.append(Public(key, "test", "tanh-two", _ESCAPED_NOTATION, text, expected, twins))
    return cases


_TANH = "(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))"


def _exp_power_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("exp-power", r"h = \frac{\exp^{s} - \exp^{-s}}{\exp^{s} + \exp^{-s}}", ((C,),),
             (Twin("value", "a1[0]", (_TANH,)),)),
            ("exp-power-wrong", r"$h = \frac{1}{1 + \exp^{-s}}$", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),)),
            ("exp-power-chain", r"h = \tanh(s) = \frac{\exp^{2 s} - 1}{\exp^{2 s} + 1}", ((C, C),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "(exp(2*z1[0]) - 1)/(exp(2*z1[0]) + 1)")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


def _remark_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("text-remark-spaced", r"$$ \frac{\partial E}{\partial h} = h - t \text {which is the error of the unit} $$",
             ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
            ("text-remark-spaced-wrong", r"$$ \frac{\partial E}{\partial h} = t - h \text {or the error as we say} $$",
             ((W,),), (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
            ("premise-remark", "s = v_1 x_1 + v_2 x_2 + c   (because c is shared)", ((C,),),
             (Twin("value", "z1[0]", (_S,)),)),
            ("premise-remark-wrong", "dE/dh = h + t (since t is the target)", ((W,),),
             (Twin("value", "a1[0] - y[0]", ("a1[0] + y[0]",)),)),
            ("for-remark", r"h = \tanh(s) (for every sample)", ((C,),), _H)):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = (_label_cases() + _row_break_cases() + _escaped_underscore_cases() + _exp_power_cases()
         + _remark_cases())


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_number_opening_a_line_of_mathematics_reads_two_ways():
    """``(2) h = tanh(s)``: the equation's number (right) or 2h (wrong); refused, saying how to write either."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"(2) h = \tanh(s)")
    assert "(2) at the start of the line reads as the equation's number or as a factor" in refusal
