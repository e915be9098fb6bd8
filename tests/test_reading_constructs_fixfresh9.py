"""The pages of batch 73 of the public formulas showed constructs of general writing refused, each written here as
another author would (other names, other networks than the pages'): LaTeX's comment ``%`` after an aligned row and
its ``\\\\`` (and after a row without one), dropped as TeX drops it, while an escaped ``\\%`` is a percent sign;
a decimal comma, ``0,25``, where no other reading of the comma fits (outside brackets, no list, no number beside it,
not three digits after it), in a product with parentheses ``0,5(2)`` too, and in a matrix's cells; a redundant
group around a fraction's numerator or denominator, ``\\frac{{\\partial E}}{{\\partial v_i}}``; a remark in
parentheses in ``\\text`` after the last member, holding parentheses of its own; a display ending in ``= \\\\``
glued to its closing ``\\]``, the chain going on in the next display. What stays refused: a plain text's ``95%``,
a comma where another reading fits.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from batch_tables import data_tables, problem_text
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    # two identity units of known weights: u_1 = 0.5 * 2 - 0.25 * 4 + 0.1 = 0.1, u_2 = 0.2 * 2 + 0.4 * 4 + 0.3 = 2.3
    "linear-known": problem_text('inputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.5, -0.25], [0.2, 0.4]]'
                                 '\nbiases = [0.1, 0.3]', loss="half_squared_error",
                                 extra=data_tables("[2.0, 4.0]", "[1.0, 0.0]")),
}
# the known units' names: u their sums, w_{jk} the weight of input k into unit j, x_k the inputs
_KNOWN_NOTATION = r'''
[notation]
indices = "jk"
[notation.symbols]
"u" = "z1[:]"
"u_{j}" = "z1[j-1]"
"w_{jk}" = "W1[j-1, k-1]"
"x_{k}" = "x[k-1]"
'''
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_I2 = ({"i": 0}, {"i": 1})
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # LaTeX's comment after an aligned row's \\ (an even run of backslashes before the %): no claim
            ("comment-after-row", "h &= \\tanh(s)\\\\% the unit's output\ns &= v_1 x_1 + v_2 x_2 + c%", ((C,), (C,)),
             _H + (Twin("value", "z1[0]", (_S,)),)),
            ("comment-after-row-wrong", "h &= \\sigma(s)\\\\%", ((W,),), _H_SIGMOID),
            ("comment-after-member", "s = v_1 \\cdot x_1 + v_2 x_2 + c = v_1 x_1 + c% dropped: v_2 x_2", ((C, W),),
             (Twin("value", "z1[0]", (_S, "W1[0,0]*x[0] + b1[0]")),)),
            # a redundant group around a derivative's numerator and denominator (Word's, MathType's LaTeX)
            ("double-braces", r"\frac{{\partial E}}{{\partial v_i}} = (h - t)(1 - h^2) x_i", ((C,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]",), _I2),)),
            ("double-braces-wrong", r"\frac{{\partial E}}{{ \partial v_i }} = (h - t) x_i", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I2),)),
            # a remark in parentheses in \text after the last member, parentheses of its own inside: prose
            ("text-remark-parentheses", r"h = \tanh(s) \text{ (como f(.) é a tangente hiperbólica)}", ((C,),), _H),
            ("text-remark-parentheses-wrong", r"h = \sigma(s) \text{ (since g(.) is the logistic one)}", ((W,),),
             _H_SIGMOID),
            # a display ending in "= \\" (its \\ glued to the closing \]), the chain going on in the next display
            ("display-ends-in-break", r"\[\frac{\partial E}{\partial s} = \\\] \[(h - t)(1 - h^2)\]", ((C,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("display-ends-in-break-wrong", r"\[\frac{\partial E}{\partial s} = \\\] \[(h - t) h\]", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("display-ends-in-break-alone", r"\[h = \tanh(s) = \\\]", ((C,),), _H),
            # an escaped \% is a percent sign, in a remark it stays one
            ("escaped-percent-remark", "h = \\tanh(s) \\quad \\text{(100\\%)}", ((C,),), _H)):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # decimal commas, as German, French, Portuguese and Spanish notes write them
            # (its first member a wrong formula: 0,1 for the bias, a symbol the oracle varies)
            ("decimal-comma", r"u_1 = w_{11} x_1 + w_{12} x_2 + 0,1 = 0,5 \cdot 2 - 0,25 \cdot 4 + 0,1 = 0,1",
             ((W, C, C),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + 0.1", "=0.5*2 - 0.25*4 + 0.1", "=0.1")),)),
            ("decimal-comma-wrong", r"u_2 = 0,2 \cdot 2 + 0,4 \cdot 4 + 0,3 = 2,5", ((C, W),),
             (Twin("value", "z1[1]", ("=0.2*2 + 0.4*4 + 0.3", "=2.5")),)),
            # a weight times its input in parentheses, glued: the claim not cut at the comma after "u_1 = 0"
            ("decimal-comma-parentheses", "u_1=0,5(2)-0,25(4)+0,1(1) =0,1", ((C, C),),
             (Twin("value", "z1[0]", ("=0.5*2 - 0.25*4 + 0.1*1", "=0.1")),)),
            ("decimal-comma-matrix", r"u = \begin{pmatrix} 0,1 & 2,3 \end{pmatrix}", ((C,),),
             (Twin("value", "z1", ("=np.array([0.1, 2.3])",)),)),
            ("decimal-comma-matrix-wrong", r"u = \begin{pmatrix} 0,1 & 2,5 \end{pmatrix}", ((W,),),
             (Twin("value", "z1", ("=np.array([0.1, 2.5])",)),))):
        cases.append(Public(key, "test", "linear-known", _KNOWN_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_percent_sign_in_plain_text_is_no_comment():
    """``h = 95%`` holds no LaTeX: its % is not TeX's comment, and stays refused."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = 95%")


def test_a_comma_where_another_reading_fits_is_no_decimal_comma():
    """Three digits after it (a thousands' group, ``1,250``), a list (``1,2,3``), a pair in parentheses (``(0,1)``), a
    number beside it (a table's columns copied as a line, ``0,1 1``),
    the decimal reading is one of two, and the formula stays refused."""
    for text in ("u_1 = 0,100", "u_1 = 1,2,3", "u_1 = (0,1)", "u_1 = 0,1 1"):
        CHECKS.refused("linear-known", _KNOWN_NOTATION, text)
