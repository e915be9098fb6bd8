"""Batch 74's pages showed three general constructs refused, each written here as another author would (other names,
other networks than the pages'): plain text's lone x as the times sign where the product with x is no reading (x the
inputs' vector in a number's formula), between two names as between two numbers; a C-family function's definition
(a return type, a name, typed parameters, a body of one ``return expr;``), read by the rule Python's ``def`` is; and a
tuple assignment, two names on the left and as many members on the right, two claims. What stays refused: an x whose
product reads and disagrees with the times sign; a definition whose body holds more than its return; a tuple whose
counts differ.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# TANH_2_1's names as a plain-text page writes them: v1, v2 the weights, p1, p2 the inputs (x stays the inputs'
# vector, symbols.md's default and the notation's)
_PLAIN = TANH_2_1_NOTATION + '"v1" = "W1[0, 0]"\n"v2" = "W1[0, 1]"\n"p1" = "x[0]"\n"p2" = "x[1]"\n'
# the same page where x names one number, the first input
_X_NUMBER = _PLAIN.replace('"x" = "x[:]"', '"x" = "x[0]"')
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_DH = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # x between two names, the sum's products: the product with the inputs' vector is no number
            ("times-between-names", "s = v1 x p1 + v2 x p2 + c", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("times-between-names-wrong", "s = v1 x p2 + v2 x p1 + c", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[1] + W1[0,1]*x[0] + b1[0]",)),)),
            # X between a name and a number, where X names nothing
            ("times-capital-wrong", "s = v1 X 2", ((W,),), (Twin("value", "z1[0]", ("W1[0,0]*2",)),)),
            # x after a number and before a parenthesis: the half of a squared error
            ("times-half", "E = 1/2 x (t - h)^2", ((C,),), (Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",)),)),
            ("times-half-wrong", "E = 2 x (t - h)^2", ((W,),),
             (Twin("value", "(y[0] - a1[0])**2/2", ("2*(y[0] - a1[0])**2",)),)),
            # between parentheses and names, a chain rule's factors
            ("times-parentheses", "dE/dv1 = (h - t) x (1 - h x h) x (p1)", ((C,),),
             (Twin("gradient", "W1[0,0]", (f"{_DH}*x[0]",)),)),
            ("times-parentheses-wrong", "dE/dv1 = (h - t) x (1 - h x h) x (p2)", ((W,),),
             (Twin("gradient", "W1[0,0]", (f"{_DH}*x[1]",)),))):
        cases.append(Public(key, "test", "tanh-two", _PLAIN, text, expected, twins))
    for key, text, expected, twins in (
            # C's definition, its braces on lines of their own; C++'s qualifiers on one line; Java's, a comment inside
            ("c-output-right", "double tanhDerivative(double y)\n{\n    return 1.0 - y * y;\n}", ((C,),),
             (Twin("value", "1 - z1[0]**2", ("1.0 - z1[0]*z1[0]",)),)),
            ("cpp-qualified-wrong", "static inline float dtanh(const float v) { return 1 + v * v; }", ((W,),),
             (Twin("value", "1 - z1[0]**2", ("1 + z1[0]*z1[0]",)),)),
            ("java-input-right", "public static double tanh_deriv(double s) {\n    // the slope at s\n"
                                 "    return 1 - tanh(s) * tanh(s);\n}", ((C,),),
             (Twin("value", "1 - np.tanh(z1[0])**2", ("1 - np.tanh(z1[0])*np.tanh(z1[0])",)),)),
            # the loss the notation names, its arguments the notation's names; a /* */ comment after the return
            ("c-loss-right", "double E(double t, double h) {\n\n    return 0.5 * (t - h) * (t - h); /* half */\n}",
             ((C,),), (Twin("value", "(y[0] - a1[0])**2/2", ("0.5*(y[0] - a1[0])*(y[0] - a1[0])",)),)),
            ("c-loss-wrong", "double E(double t, double h) { return 0.5 * (t + h) * (t - h);// half the square\n}",
             ((W,),), (Twin("value", "(y[0] - a1[0])**2/2", ("0.5*(y[0] + a1[0])*(y[0] - a1[0])",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a tuple assignment: one claim per name, the member in its place; a function's arguments keep their commas
            ("tuple-right", "s, h = v1 * p1 + v2 * p2 + c, tanh(s)", ((C,), (C,)),
             (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("np.tanh(z1[0])",)))),
            ("tuple-second-wrong", r"s,h = v1 * p1 + v2 * p2 + c, \sigma(s)", ((C,), (W,)),
             (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("1/(1 + np.exp(-z1[0]))",)))),
            ("tuple-arguments", "h, E = tanh(s), pow(t - h, 2) / 2", ((C,), (C,)),
             (Twin("value", "a1[0]", ("np.tanh(z1[0])",)),
              Twin("value", "(y[0] - a1[0])**2/2", ("(y[0] - a1[0])**2/2",))))):
        cases.append(Public(key, "test", "tanh-two", _PLAIN, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_x_whose_product_reads_and_disagrees_is_refused_naming_both():
    """``s = v1 x p1 + c`` where x names the first input: v1 x p1 the times sign or the product v1 x_1 p1, both
    numbers; they disagree, so the refusal names both readings."""
    message = CHECKS.refused("tanh-two", _X_NUMBER, "s = v1 x p1 + v2 x p2 + c")
    assert "times sign" in message and "product with x" in message


def test_words_of_code_beside_an_x_are_no_factors():
    """``for x in``: the loop's words are no factors of a times sign."""
    assert "times sign" not in CHECKS.refused("tanh-two", _PLAIN, "s = sum(v_i * x_i for x in p1)")


def test_a_c_body_of_more_than_its_return_is_refused_as_a_defs():
    """``double dtanh(double y) { double s = y * y; s = 1 - s; return s; }``: a local reassigned, as a def's body
    (a typed local assigned once, ``double s = y * y;`` then ``return 1 - s;``, reads since batch 96:
    test_reading_constructs_fix96a.py)."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                             "double dtanh(double y) {\n    double s = y * y;\n    s = 1 - s;\n    return s;\n}")
    assert "more than one return line" in message


def test_a_tuple_whose_counts_differ_is_refused():
    """``s, h = tanh(s)``: two names, one member: no tuple assignment, refused as before."""
    CHECKS.refused("tanh-two", _PLAIN, "s, h = tanh(s)")
