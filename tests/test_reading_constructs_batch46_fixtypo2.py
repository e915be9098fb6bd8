r"""Batches 45 and 46 of the public formulas showed the typography of worked examples and Markdown refused, each
written here as another author would (other names, other networks than the pages'): a percentage in parentheses or
a check mark after a member's number, a remark on it (the percentage judged against the number it repeats); a prime
after a function's parenthesis, g(s)', as g'(s); Markdown's hard line break, a backslash after the mathematics; the
upright e of \mathrm{e}^{-s}; a braced letter before its subscript after an operator, \times {x}_i; a notation's
Greek name in words with digits, "delta1"; an aside opened by a connective word, (because h is tanh(s)); a lone X
between two numbers, the times sign. What stays refused: a percentage that is not its number or follows no number,
a bare %, a prime after a quantity's parenthesis, a plain formula's trailing backslash, a lone x the notation (or
symbols.md's default) names where the two readings disagree, an aside opened by a connective word holding a relation.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

# one tanh unit on two inputs with a worked example's numbers: s = 2 * 1.0 + 3 * 0.5 + 0.5 = 4, h = tanh(4)
_TANH_WORKED = problem_text('inputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[2.0, 3.0]]\nbiases = [0.5]',
                            loss="half_squared_error", extra=data_tables("[1.0, 0.5]", "[0.5]"))
NETWORKS = {"tanh-worked": _TANH_WORKED, "tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
# TANH_2_1's names with its inputs p_1, p_2, so that x names nothing
_P_INPUTS = TANH_2_1_NOTATION.replace('"x" = "x[:]"\n"x_{i}" = "x[i-1]"', '"p" = "x[:]"\n"p_{i}" = "x[i-1]"')
# TANH_2_1's names with its error term and weights named by Greek words with digits, as code names them
_GREEK_WORDS = TANH_2_1_NOTATION + '"delta1" = "delta1[0]"\n"theta1" = "W1[0, 0]"\n"theta2" = "W1[0, 1]"\n'
# TANH_2_1's names with g its activation
_G_TANH = TANH_2_1_NOTATION.replace("[notation]\n", '[notation]\nfunctions = { g = "tanh" }\n', 1)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a percentage repeating the member's number, in plain text and in LaTeX (\%), after a label
            ("percentage", "h = tanh(4) = 0.9993 (99.93%)", ((C, C),),
             (Twin("value", "a1[0]", ("=np.tanh(4)", "=0.9993")),)),
            ("percentage-tex", r"t - h = 0.5 - 0.9993 = -0.4993 \; (-49.93\%)", ((C, C),),
             (Twin("value", "y[0] - a1[0]", ("=0.5 - 0.9993", "=-0.4993")),)),
            ("percentage-label-wrong", "Unit:  tanh(s) = 0.9983  (99.8%)", ((W,),),
             (Twin("value", "a1[0]", ("=0.9983",)),)),
            # a check mark after a verification, bare or in parentheses
            ("check-mark", "s = 2 * 1.0 + 3 * 0.5 + 0.5 = 4 \u2714", ((C, C),),
             (Twin("value", "z1[0]", ("=2*1.0 + 3*0.5 + 0.5", "=4")),)),
            ("check-mark-wrong", "s = 2 * 1.0 + 3 * 0.5 = 4 (\u2713)", ((W, C),),
             (Twin("value", "z1[0]", ("=2*1.0 + 3*0.5", "=4")),))):
        cases.append(Public(key, "test", "tanh-worked", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a prime after a function's parenthesis: its derivative at the argument, as g'(s)
            ("prime-after-call", r"\frac{dh}{ds} = g(s)' = 1 - g(s)^2", ((C, C),),
             (Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2", "1 - a1[0]**2")),)),
            ("prime-after-call-wrong", "dh/ds = g(s)' = g(s) (1 - g(s))", ((C, W),),
             (Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2", "a1[0]*(1 - a1[0])")),)),
            ("prime-after-activation", r"\tanh(s)' = 1 - h^2", ((C,),),
             (Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",)),)),
            ("prime-after-activation-wrong", r"\tanh(s)' = 1 + h^2", ((W,),),
             (Twin("value", "1 - a1[0]**2", ("1 + a1[0]**2",)),))):
        cases.append(Public(key, "test", "tanh-two", _G_TANH, text, expected, twins))
    _DE_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"
    for key, text, expected, twins in (
            # Markdown's hard line break, a backslash ending the line after the mathematics
            ("hard-break", "$h = \\tanh(v_1 x_1 + v_2 x_2 + c)$ \\", ((C,),),
             (Twin("value", "a1[0]", (f"tanh({_S})",)),)),
            ("hard-break-chain", "$\\frac{\\partial E}{\\partial c} = (h - t) \\frac{\\partial h}{\\partial c}$ \\\n"
             "$= (h - t)(1 - h^2)$ \\\n=$ (h - t)(1 - \\tanh^2(s))$", ((C, C, C),),
             (Twin("gradient", "b1[0]", (_DE_DC, _DE_DC, "(a1[0] - y[0])*(1 - tanh(z1[0])**2)")),)),
            ("hard-break-chain-wrong", "$\\frac{\\partial E}{\\partial c} = (h - t) h'$ \\  \n=$ (h - t)(1 - h)$",
             ((C, W),), (Twin("gradient", "b1[0]", (_DE_DC, "(a1[0] - y[0])*(1 - a1[0])")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    _TANH = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
    for key, text, expected, twins in (
            # the upright e of ISO's typesetting, \mathrm{e}, \operatorname{e}, \text{e}, {\rm e}: Euler's number
            ("upright-e", r"h = \frac{\mathrm{e}^{s} - \mathrm{e}^{-s}}{\mathrm{e}^{s} + \mathrm{e}^{-s}}", ((C,),), _TANH),
            ("upright-e-operatorname", r"h = \frac{1 - \operatorname{e}^{-2s}}{1 + \operatorname{e}^{-2 s}}", ((C,),),
             _TANH),
            ("upright-e-text-wrong", r"h = \frac{1}{1 + \text{e}^{-s}}", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + np.exp(-z1[0]))",)),)),
            ("upright-e-rm", r"h = \frac{{\rm e}^{2s} - 1}{{\rm e}^{2s} + 1}", ((C,),), _TANH)):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    _I2 = ({"i": 0}, {"i": 1})
    for key, text, expected, twins in (
            # a braced letter before its subscript after an operator (\times, \cdot): the letter's own group
            ("braced-after-times", r"s = {v}_1 \times {x}_1 + {v}_2 \times {x}_2 + c", ((C,),),
             (Twin("value", "z1[0]", (_S,)),)),
            ("braced-after-cdot", r"\frac{\partial E}{\partial v_i} = (h - t)(1 - h^2) \cdot {x}_i", ((C,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]",), _I2),)),
            ("braced-after-times-wrong", r"v_i \leftarrow v_i - \eta (h - t) \times {x}_i", ((W,),),
             (Twin("update", "W1[0,{i}]", ("W1[0,{i}] - eta*(a1[0] - y[0])*x[{i}]",), _I2),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a notation's pattern of a Greek name in words and digits, "delta1", "theta2": the letter with its
            # subscript, as the formula reads delta1
            ("greek-word-digits", "delta1 = (h - t) * (1 - h**2)", ((C,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("greek-word-digits-wrong", "delta1 = (h - t) * h * (1 - h)", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),)),
            ("greek-word-digits-weights", "s = theta1 * x_1 + theta2 * x_2 + c", ((C,),),
             (Twin("value", "z1[0]", (_S,)),))):
        cases.append(Public(key, "test", "tanh-two", _GREEK_WORDS, text, expected, twins))
    _DE_DS = "(a1[0] - y[0])*(1 - a1[0]**2)"
    for key, text, expected, twins in (
            # an aside opened by a connective word and a one-letter word, after the chain: a remark
            ("aside-connective", "dE/ds = (h - t) * dh/ds\n      = (h - t)(1 - h^2)     (because h is tanh(s))",
             ((C, C),), (Twin("gradient_z", "z1[0]", (_DE_DS, _DE_DS)),)),
            ("aside-connective-wrong", "dE/ds = (h - t) h (1 - h)  (since h is the unit's output)", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]*(1 - a1[0])",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a lone X between two numbers, where X names nothing (the inputs are p_1, p_2): the times sign
            ("times-letter", "s = 2 X 1.0 + 3 X 0.5 + 0.5 = 4", ((C, C),),
             (Twin("value", "z1[0]", ("=2*1.0 + 3*0.5 + 0.5", "=4")),)),
            ("times-letter-wrong", "s = 2 X 1.0 + 3 X 0.5 = 4", ((W, C),),
             (Twin("value", "z1[0]", ("=2*1.0 + 3*0.5", "=4")),)),
            ("times-letter-parenthesis", "c_new = 0.5 - 0.1 X (0.9993 - 0.5) X (1 - 0.9993^2)", ((C,),),
             (Twin("update", "b1[0]", ("=0.5 - 0.1*(0.9993 - 0.5)*(1 - 0.9993**2)",)),)),
            ("times-letter-signed-wrong", "s = 2 X -1.0 + 3 X 0.5 + 0.5", ((W,),),
             (Twin("value", "z1[0]", ("=2*(-1.0) + 3*0.5 + 0.5",)),))):
        cases.append(Public(key, "test", "tanh-worked", _P_INPUTS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_percentage_that_is_not_the_number_is_refused():
    """``= 0.9993 (9.993%)``: the remark states another value than the member; left out unread it could hide it."""
    CHECKS.refused("tanh-worked", TANH_2_1_NOTATION, "h = tanh(4) = 0.9993 (9.993%)")


def test_a_percentage_after_an_expression_is_refused():
    """``= tanh(4) (99.93%)``: whether the percentage is the expression's value is a claim check would not judge."""
    CHECKS.refused("tanh-worked", TANH_2_1_NOTATION, "h = tanh(4) (99.93%)")


def test_a_bare_percent_sign_is_refused():
    """``h = 99.93 %``: a percent sign without parentheses is no remark."""
    CHECKS.refused("tanh-worked", TANH_2_1_NOTATION, "h = 99.93 %")


def test_a_prime_after_a_quantity_in_parentheses_is_refused():
    """``h(s)'``: h is the unit's output, no function; whether the prime is h's or the product's is a guess."""
    CHECKS.refused("tanh-two", _G_TANH, r"\frac{dh}{ds} = h(s)' = 1 - h^2")


def test_a_backslash_ending_a_plain_formula_is_refused():
    """``h = tanh(s) \\`` without Markdown's mathematics around the formula: no line break Markdown renders."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = tanh(s) \\")


def test_a_times_letter_the_notation_names_is_judged_both_ways():
    """``s = 2 x 1.0 + ...`` where x names one input, a number: the times sign, or the product with x; the two
    readings disagree, refused in one line saying both. (Where x is the inputs' vector the product is a vector where
    the sum is a number, no reading, and the times sign is the one: test_reading_constructs_fixfresh10.py.)"""
    notation = TANH_2_1_NOTATION.replace('"x" = "x[:]"', '"x" = "x[0]"')
    message = CHECKS.refused("tanh-worked", notation, "s = 2 x 1.0 + 3 x 0.5 + 0.5 = 4")
    assert "times sign" in message


def test_an_aside_opened_by_a_connective_word_holding_a_relation_is_no_remark():
    """``(with t = 1)``: a condition as often as a premise; the line is kept whole, and refused as before."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "dE/ds = (h - 1)(1 - h^2)  (with t = 1)")
