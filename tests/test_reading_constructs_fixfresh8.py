"""Batches 71 and 72 of the public formulas showed three constructs misread or refused, each written here as another
author would (other names, other networks than the pages'): a number written against a parenthesis, ``0.66830(1 -
0.66830)``, under a symbolic member that writes its product the same way, ``p(1 - p)``, each number standing for the
subtree at its place (docs/notation.md's "A number under a symbol"); an HTML anchor holding the equation's number
after an inline formula, ``$...$, <a id="eq-3">(3)</a>``, and an anchor or link around a name, layout; and a
plain-text power on a code name with a digit, ``1 - H1^2`` where the notation names ``H1``, that name squared.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

from backprop.symbolic.typography_emphasis import html_markup

# one sigmoid unit: 1.5 * 0.6 - 0.2 = 0.7, its output sigmoid(0.7) = 0.668188, its slope there 0.221713
SIGMOID_ONE = problem_text('inputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.6]]\nbiases = [-0.2]',
                           loss="half_squared_error", extra=data_tables("[1.5]", "[1.0]"))
NETWORKS = {"sigmoid-one": SIGMOID_ONE, "tanh-hidden": TANH_2_2_SIGMOID_1}
CHECKS = CaseChecks(NETWORKS)

# the unit as a worked example names it: u its sum, p its output
SIGMOID_ONE_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "x[0]"
"w" = "W1[0, 0]"
"b" = "b1[0]"
"u" = "z1[0]"
"p" = "a1[0]"
'''

_SLOPE = "a1[0]*(1 - a1[0])"

# TANH_2_2_SIGMOID_1's hidden layer in code's names: S1 its sums, H1 its outputs, act the tanh
CODE_TANH_NOTATION = r'''
[notation]
functions = { act = "tanh" }
[notation.symbols]
"X" = "x[:]"
"S1" = "z1[:]"
"H1" = "a1[:]"
"V1" = "W1[:, :]"
'''
_UNITS = ({"j": 0}, {"j": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a number against a parenthesis under a symbol against one: 0.66830 stands for p (0.668188), within 1.5
            # units of its third significant digit, and the member is p(1 - p) with that error carried through
            ("number-against-parenthesis", "dp/du = p(1-p) = 0.66830(1-0.66830) = 0.2217", ((C, C, C),),
             (Twin("value", _SLOPE, (_SLOPE, "=0.66830*(1 - 0.66830)", "=0.2217")),)),
            ("number-against-parenthesis-starred", "dp/du = p(1 - p) = 0.66830*(1 - 0.66830)", ((C, C),),
             (Twin("value", _SLOPE, (_SLOPE, "=0.66830*(1 - 0.66830)")),)),
            # a number too far from p, and a result two units off, stay wrong
            ("number-against-parenthesis-far", "dp/du = p(1-p) = 0.67100(1-0.67100)", ((C, W),),
             (Twin("value", _SLOPE, (_SLOPE, "=0.67100*(1 - 0.67100)")),)),
            ("number-against-parenthesis-result-wrong", "dp/du = p(1-p) = 0.66830(1-0.66830) = 0.2215", ((C, C, W),),
             (Twin("value", _SLOPE, (_SLOPE, "=0.66830*(1 - 0.66830)", "=0.2215")),)),
            # after a wrong member nothing says what its numbers stand for: judged as written
            ("number-against-parenthesis-after-wrong", "dp/du = p(1+p) = 0.6682(1+0.6682)", ((W, W),),
             (Twin("value", _SLOPE, ("a1[0]*(1 + a1[0])", "=0.6682*(1 + 0.6682)")),))):
        cases.append(Public(key, "test", "sigmoid-one", SIGMOID_ONE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # an anchor holding only the equation's number after an inline formula: the label, dropped with its tags
            ("anchor-label", r'$p = \sigma(u)$, <a id="eq-3" class="right">(3)</a>', ((C,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            ("anchor-label-wrong", "$p = \\tanh(u)$ <a name='eq:out'>(2.1)</a>", ((W,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            # a link around a name: its tags are layout
            ("anchor-link", '<a href="#sum">u</a> = w x + b', ((C,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),)),
            ("anchor-link-wrong", '<a href="#sum">u</a> = w x - b', ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] - b1[0]",)),))):
        cases.append(Public(key, "test", "sigmoid-one", SIGMOID_ONE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a power on a code name with a digit: H1 squared entry by entry, as act'(S1) on the left reads its vector
            ("code-name-power", "act'(S1) = (1 - H1^2) = 1 - tanh^2(S1)", ((C, C),),
             (Twin("value", "1 - a1[{j}]**2", ("1 - a1[{j}]**2", "1 - tanh(z1[{j}])**2"), _UNITS),)),
            ("code-name-power-braces", "act'(S1) = 1 - H1^{2}", ((C,),),
             (Twin("value", "1 - a1[{j}]**2", ("1 - a1[{j}]**2",), _UNITS),)),
            ("code-name-power-wrong", "act'(S1) = 1 - H1^3", ((W,),),
             (Twin("value", "1 - a1[{j}]**2", ("1 - a1[{j}]**3",), _UNITS),))):
        cases.append(Public(key, "test", "tanh-hidden", CODE_TANH_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_anchor_is_only_read_with_an_attribute():
    """``b<a and a>c``: a is a formula's letter, and the comparisons stay; ``<a id="e">`` is a tag."""
    assert html_markup("b<a and a>c") == "b<a and a>c"
    assert html_markup('<a id="e">u</a> = w x') == "u = w x"


def test_a_code_names_power_is_entry_by_entry_where_the_left_side_is_a_vector():
    """``S1 = H1^2``: a vector's square, entry by entry or an inner product, as any vector's square; the left side, a
    vector, rules out the inner product, a number (reading_powers.py), so each entry's square, here wrong."""
    case = Public("code-square", "test", "tanh-hidden", CODE_TANH_NOTATION, "S1 = H1^2", ((W,),),
                  (Twin("value", "z1[{j}]", ("a1[{j}]**2",), _UNITS),))
    assert oracle_verdicts(case, CHECKS.problem(case)) == CHECKS.verdicts(case) == ((W,),)
