r"""Batch 99 of the public formulas showed general constructs refused, each written here as another author would (other
names, other networks than the pages'): a lone ``\partial X`` standing as a claim's whole left side, a course's name of
the loss's derivative by X (``\partial w_{ij} = x_i \delta_j``, code's dW set with ∂), refused where X is the loss, no
quantity the loss depends on, or the member holds the learning rate (the step of X, as ∂ may also set it), and
anywhere but the left side (a product, a right side: a differential); a derivative whose fraction mixes ∂ and d
(``\frac{\partial L}{dy}``, ``\frac{dL}{\partial x}``), read as ∂ (where ∂ reads two ways, so does the mixed one);
a sum written out with its general term between two ellipses at the claim's own letter
(``\frac{\partial}{\partial w_{ij}}(x_1 w_{1j} + x_2 w_{2j} + \cdots + x_i w_{ij} + \cdots + x_n w_{nj})``), and one
written for any count at a count equal to its last written index (``x_1 w_{1j} + x_2 w_{2j} + \cdots + x_n w_{nj}``
at n = 2); MediaWiki's ``<math>...</math>`` in a sentence (``<math display="block">`` a display; MathML's element of
the same name stays refused), and its ``<syntaxhighlight lang="python">`` after the sentence a block's opening; prose
of one Chinese or Japanese character on either side of an inline formula, glued after a display (``\]当\(k\ne
j\)时``), set aside as longer prose is.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import SIGMOID_1_1, SIGMOID_2_3_2, TANH_1_1, TANH_3_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

SIGMOID_2_2 = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')
NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-1-1": SIGMOID_1_1, "tanh-1-1": TANH_1_1,
            "tanh-3-2-sigmoid-1": TANH_3_2_SIGMOID_1_BCE, "sigmoid-2-2": SIGMOID_2_2}
CHECKS = CaseChecks(NETWORKS)

# a course's middle layer counted from 1: x_i the inputs, w_{ij} from input i to middle unit j (input-first), b_j, u_j
# the middle sums, h_j their outputs, v_{jk} from middle unit j to output k, o_k the outputs, t_k the targets, delta_j
# = dE/du_j, E the loss, \eta the step
COURSE_NOTATION = r'''
[notation]
indices = "ijk"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{ij}" = "W1[j-1, i-1]"
"b_{j}" = "b1[j-1]"
"u_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"v_{jk}" = "W2[k-1, j-1]"
"o_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"\\delta_{j}" = "grad(z1[j-1])"
"m" = "3"
'''
# one unit's names: x its sum, y its output, L the loss
UNIT_NOTATION = r'''
[notation]
loss = ["L"]
[notation.symbols]
"x" = "z1[0]"
"y" = "a1[0]"
'''
# a layer of three inputs x_i, counted from 1, written out to the last, x_n (n = 3); u_j the sums, b_j the biases
SUM_NOTATION = r'''
[notation]
indices = "ij"
[notation.symbols]
"x_{i}" = "x[i-1]"
"x_{n}" = "x[2]"
"w_{ij}" = "W1[j-1, i-1]"
"w_{nj}" = "W1[j-1, 2]"
"u_{j}" = "z1[j-1]"
"b_{j}" = "b1[j-1]"
"n" = "3"
'''
# the same names over two inputs (n = 2: the last written term is the last term)
TWO_NOTATION = SUM_NOTATION.replace('"x[2]"', '"x[1]"').replace('"W1[j-1, 2]"', '"W1[j-1, 1]"') \
    .replace('"n" = "3"', '"n" = "2"')

_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DELTA = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2)) + ")*a1[{j}]*(1 - a1[{j}])"
_BY_INPUT = " + ".join(f"W1[{j},{{i}}]*" + _DELTA.replace("{j}", str(j)) for j in range(3))
_JI = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_J3 = tuple({"j": j} for j in range(3))
_I2 = tuple({"i": i} for i in range(2))
_UNIT = "(a1[0] - y[0])*2"  # dL/dy of the squared error
_LOGISTIC = "1/(1 + exp(-z1[0]))"
_JI3 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_J2 = tuple({"j": j} for j in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a lone \partial X as the claim's whole left side: the loss's derivative by X
            ("partial-weight", r"$$ \partial w_{ij} = x_i \delta_j $$", ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_DELTA + "*x[{i}]",), _JI),)),
            ("partial-weight-wrong", r"$$ \partial w_{ij} = h_j \delta_j $$", ((W,),),
             (Twin("gradient", "W1[{j},{i}]", (_DELTA + "*a1[{j}]",), _JI),)),
            ("partial-weight-plain", "∂w_{ij} = x_i δ_j", ((C,),),
             (Twin("gradient", "W1[{j},{i}]", (_DELTA + "*x[{i}]",), _JI),)),
            ("partial-bias", r"\partial b_j = \delta_j", ((C,),), (Twin("gradient", "b1[{j}]", (_DELTA,), _J3),)),
            ("partial-bias-wrong", r"\partial b_j = -\delta_j", ((W,),),
             (Twin("gradient", "b1[{j}]", ("-" + _DELTA,), _J3),)),
            # by an input: dE/dx_i, a value
            ("partial-input", r"\partial x_i = \sum_{j=1}^{m} \delta_j w_{ij}", ((C,),),
             (Twin("value", _BY_INPUT, (_BY_INPUT,), _I2),)),
            ("partial-input-wrong", r"\partial x_i = \sum_{j=1}^{m} \delta_j", ((W,),),
             (Twin("value", _BY_INPUT, (" + ".join(_DELTA.replace("{j}", str(j)) for j in range(3)),), _I2),)),
            # and by a unit's output, the name's first member the derivative written whole
            ("partial-unit-chain", r"\partial h_j = \frac{\partial E}{\partial h_j} = \sum_k v_{jk} (o_k - t_k) o_k"
             r" (1 - o_k)", ((C, C),),
             (Twin("value", _DELTA.split(")*a1")[0] + ")", (_DELTA.split(")*a1")[0] + ")",) * 2, _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", COURSE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # \partial over d, d over \partial: one derivative, read as \partial
            ("mixed-partial-over-d", r"\frac{\partial L}{dx} = \dfrac{\partial L}{dy} y(1-y)", ((C,),),
             (Twin("value", f"{_UNIT}*a1[0]*(1 - a1[0])", (f"{_UNIT}*a1[0]*(1 - a1[0])",)),)),
            ("mixed-d-over-partial", r"\frac{dL}{\partial x} = \frac{dL}{\partial y} y(1-y)", ((C,),),
             (Twin("value", f"{_UNIT}*a1[0]*(1 - a1[0])", (f"{_UNIT}*a1[0]*(1 - a1[0])",)),)),
            ("mixed-wrong", r"\frac{dL}{\partial x} = \frac{\partial L}{dy} y(1+y)", ((W,),),
             (Twin("value", f"{_UNIT}*a1[0]*(1 - a1[0])", (f"{_UNIT}*a1[0]*(1 + a1[0])",)),)),
            ("mixed-unit", r"\frac{\partial y}{d x} = y(1-y)", ((C,),),
             (Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)),)),
            # MediaWiki's math tags in a sentence, and its code block opened after it
            ("wiki-math", "결과는 <math>y^2\\exp(-x)</math>인데, <math>y= \\frac{1}{1+\\exp(-x)}</math>이므로 "
             "<math>y(1-y)</math>가 된다.<syntaxhighlight lang=\"python\">", ((C,),),
             (Twin("value", "a1[0]", (_LOGISTIC,)),)),
            ("wiki-math-wrong", "Since <math>y = \\frac{1}{1-\\exp(-x)}</math> we get", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 - exp(-z1[0]))",)),)),
            ("wiki-math-block", "<math display=\"block\">y = \\frac{1}{1+e^{-x}}</math>", ((C,),),
             (Twin("value", "a1[0]", (_LOGISTIC,)),)),
            # one Chinese or Japanese character on either side of an inline formula after a display: prose
            ("cjk-after-display", r"\[y = \frac{1}{1+\exp(-x)}\]当\(x\ne 0\)时", ((C,),),
             (Twin("value", "a1[0]", (_LOGISTIC,)),)),
            ("cjk-after-display-wrong", r"\[y = \frac{1}{1+\exp(x)}\]は\(x\)の", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(z1[0]))",)),))):
        cases.append(Public(key, "test", "sigmoid-1-1", UNIT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the general term between two ellipses at the claim's own letter i: the sum's template
            ("ellipsis-claim-letter", r"\frac{\partial u_j}{\partial w_{ij}} = \frac{\partial}{\partial w_{ij}}(x_1w_{1j}"
             r" + x_2w_{2j} + \cdots + x_iw_{ij} + \cdots + x_nw_{nj} + b_j) = x_i", ((C, C),),
             (Twin("value", "x[{i}]", ("x[{i}]", "x[{i}]"), _JI3),)),
            ("ellipsis-claim-letter-wrong", r"\frac{\partial u_j}{\partial w_{ij}} = \frac{\partial}{\partial w_{ij}}"
             r"(x_1w_{1j} + x_2w_{2j} + \cdots + x_iw_{ij} + \cdots + x_nw_{nj} + b_j) = x_j", ((C, W),),
             (Twin("value", "x[{i}]", ("x[{i}]", "x[{j}]"), _JI3),))):
        cases.append(Public(key, "test", "tanh-3-2-sigmoid-1", SUM_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # written for any count, at n = 2: its last written term is its last
            ("ellipsis-count-reached", r"u_j = x_1 w_{1j} + x_2 w_{2j} + \cdots + x_n w_{nj} + b_j", ((C,),),
             (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),)),
            ("ellipsis-count-reached-wrong", r"u_j = x_1 w_{1j} + x_2 w_{2j} + \cdots + x_n w_{nj} - b_j", ((W,),),
             (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] - b1[{j}]",), _J2),))):
        cases.append(Public(key, "test", "sigmoid-2-2", TWO_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text, said", [
    (r"\delta_j = \partial h_j h_j (1 - h_j)", "expected '/' in ∂L/∂w"),  # in a product, on the right side
    (r"\partial E = \sum_j \delta_j \partial u_j", "expected '/' in ∂L/∂w"),  # a differential
    (r"\partial E = \delta_1", "\\partial E on the left side is read as the loss's derivative by a weight, bias"),
    (r"\partial t_k = o_k - t_k", "and t_{k} is none"),  # the target: no quantity the loss is taken by
    (r"\partial w_{ij} = \eta x_i \delta_j", "holds the learning rate: it reads two ways"),  # the step of w, Δw
])
def test_a_lone_partial_elsewhere_or_of_no_quantity_stays_refused(text, said):
    assert said in CHECKS.refused("sigmoid-2-3-2", COURSE_NOTATION, text)


def test_a_partial_pattern_is_no_symbol_of_the_notation():
    """The spec's pattern is a base with its scripts: ``"\\partial w_{ij}"`` is refused, saying the left side reads
    without it."""
    table = tomllib.loads(COURSE_NOTATION + '"\\\\partial w_{ij}" = "grad(W1[j-1, i-1])"\n')["notation"]
    with pytest.raises(FormulaError) as error:
        notation_from_table(table, "<test>")
    assert "no pattern of the notation" in str(error.value) and "\n" not in str(error.value)


def test_a_mixed_fraction_where_partial_reads_two_ways_stays_refused():
    """``\\frac{\\partial \\sigma}{dx}`` over a tanh unit: \\sigma the function or the unit's output, as with ∂ alone."""
    assert "reads two ways" in CHECKS.refused("tanh-1-1", UNIT_NOTATION, r"\frac{\partial \sigma}{d x} = y (1 - y)")


def test_a_mixed_fraction_where_the_notation_names_d_stays_refused():
    """A notation's symbol d: ``d y`` under ``\\partial L`` may be its product, so the fraction is not read mixed."""
    notation = UNIT_NOTATION + '"d" = "y[0]"\n'
    assert "starts with \\partial" in CHECKS.refused("sigmoid-1-1", notation, r"\frac{\partial L}{dy} = 2 (y - d)")


def test_a_general_term_that_is_not_the_template_stays_refused():
    text = (r"\frac{\partial u_j}{\partial w_{ij}} = \frac{\partial}{\partial w_{ij}}(x_1w_{1j} + x_2w_{2j} + \cdots +"
            r" x_iw_{ji} + \cdots + x_nw_{nj} + b_j)")
    assert "between its two ellipses" in CHECKS.refused("tanh-3-2-sigmoid-1", SUM_NOTATION, text)


def test_a_count_before_the_written_terms_stays_refused():
    """x_1 + x_2 + x_3 + ... + x_n at n = 2: a written term past the count."""
    text = r"u_j = x_1 w_{1j} + x_2 w_{2j} + x_3 w_{3j} + \cdots + x_n w_{nj} + b_j"
    assert "does not come after the written ones" in CHECKS.refused("sigmoid-2-2", TWO_NOTATION, text)


def test_mathml_stays_refused():
    """HTML's MathML element ``<math>`` holds no TeX: left as written, and refused."""
    text = '<math xmlns="http://www.w3.org/1998/Math/MathML"><mi>y</mi><mo>=</mo><mi>x</mi></math>'
    CHECKS.refused("sigmoid-1-1", UNIT_NOTATION, text)


def test_a_lone_partial_claim_is_a_gradient_of_its_parameter():
    r"""``\partial w_{ij} = ...`` is a gradient claim, its parameter the entry w_{ij} names."""
    notation = notation_from_table(tomllib.loads(COURSE_NOTATION)["notation"], "<test>")
    result = check_homework(parse_problem(SIGMOID_2_3_2, "sigmoid-2-3-2"), r"\partial w_{21} = x_2 \delta_1",
                            notation=notation)
    assert [(claim.kind, claim.parameter) for claim in result.claims] == [("gradient", "W1[0,1]")]
