"""The long tail of batches 35, 36 and 53 of the public formulas, each construct written here as another author would
(other names, other networks than the pages'): Python's lambda as a definition, ``cost = lambda p, t: (p - t)**2``,
the claim its ``def`` makes (a loss or function the notation names, or code's word for a derivative; ``^`` the power,
as in every formula check reads); code's indices after a subscripted name, ``H_1[2, 0]``, ``M_2[1][2]``, the entry of
the layer's vector or matrix (counted from 0), in a derivative's denominator as anywhere; a shape remarked in
parentheses after a comma, ``S_1 = M_1 X, (M_1 = 3 \\times 2 matrix)``, as the same remark after a space is; an
entry of a vector the notation names, ``u_k^{(n)}`` (or ``u^{(n)}[k]``, or ``u_k^n``: the spec's superscript is the
same with or without parentheses) where ``"u^{(n)}" = "x[:]"``, k counted as the notation's patterns count it.

What stays refused: a lambda of a name that is neither, or of another number of arguments than the function takes; a
letter in the bracket after a subscript (nothing says how it counts), an index outside the vector or matrix; a
parenthesis after a comma that could be mathematics, a name or a product of numbers without the shape's word; a
vector's entry by a letter no pattern counts, or that two patterns count differently.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, SIGMOID_1_1, SIGMOID_2_3_2, TANH_1_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-one": SIGMOID_1_1,
    "tanh-one": TANH_1_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
    "logistic-3": LOGISTIC_3,
}
CHECKS = CaseChecks(NETWORKS)

# a script's names: cost the loss, act the activation, p the prediction, t the target, s the pre-activation
_SCRIPT_NOTATION = r'''
[notation]
loss = ["cost"]
functions = { act = "sigmoid" }
[notation.symbols]
"p" = "a1[0]"
"t" = "y[0]"
"s" = "z1[0]"
'''
_COST = (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2",)),)

# a layer's vectors and matrices named with its number as a subscript, the targets one by one
_LAYER_NOTATION = r'''
[notation]
indices = "lk"
loss = ["E"]
[notation.symbols]
"H_{l}" = "a{l}[:]"
"S_{l}" = "z{l}[:]"
"M_{l}" = "W{l}[:, :]"
"t_{k}" = "y[k]"
"c_{l}" = "b{l}[:]"
"X" = "x[:]"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_S1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_DW = "(H_2[1, 0] - t_1) H_2[1, 0] (1 - H_2[1, 0])"

# a sample's vectors named whole with its letter n in parentheses, the weights one by one: counted from 0, or from 1
_SAMPLE_NOTATION = r'''
[notation]
indices = "nkj"
loss = ["J"]
[notation.symbols]
"\\theta_{k}" = "W1[0, k%s]"
"u^{(n)}" = "x[:]"
"v^{(n)}" = "y[0]"
"p^{(n)}" = "a1[0]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_GRADIENT_K = (Twin("gradient", "W1[0,{k}]", ("(a1[0] - y[0])*x[{k}]",), _K3),)


def _cases() -> list[Public]:
    cases = []
    for key, network, text, expected, twins in (
            # a lambda of the notation's loss: its arguments the notation's quantities
            ("lambda-loss", "sigmoid-one", "cost = lambda p, t: (p - t)**2", ((C,),), _COST),
            # Python's ^ is the exclusive or; a page writes it for the power, as every formula check reads does
            ("lambda-loss-caret", "sigmoid-one", "cost=lambda p,t:(t-p)^2", ((C,),), _COST),
            ("lambda-loss-wrong", "sigmoid-one", "cost = lambda p, t: (p - t)**2 / 2", ((W,),),
             (Twin("value", "(a1[0] - y[0])**2", ("(a1[0] - y[0])**2/2",)),)),
            # a lambda of the notation's function: an identity in its argument, whatever its letter
            ("lambda-activation", "sigmoid-one", "act = lambda v: 1 / (1 + np.exp(-v))", ((C,),),
             (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),)),
            ("lambda-activation-wrong", "sigmoid-one", "act = lambda v: 1 / (1 - np.exp(-v))", ((W,),),
             (Twin("value", "sigmoid(z1[0])", ("1/(1 - exp(-z1[0]))",)),)),
            # code's word for the derivative, as its def reads: at the output here
            ("lambda-derivative-word", "tanh-one", "tanh_deriv = lambda q: 1 - q^2", ((C,),),
             (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)),
            ("lambda-derivative-word-wrong", "tanh-one", "tanh_deriv = lambda q: 1 - q", ((W,),),
             (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),))):
        cases.append(Public(key, "test", network, _SCRIPT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # code's entry of a layer's column vector, [k, 0]
            ("entry-value", r"H_1[2, 0] = \sigma(S_1[2, 0])", ((C,),), (Twin("value", "a1[2]", ("sigmoid(z1[2])",)),)),
            ("entry-value-wrong", r"H_1[2, 0] = \sigma(S_1[1, 0])", ((W,),),
             (Twin("value", "a1[2]", ("sigmoid(z1[1])",)),)),
            # in a derivative's denominator, as anywhere
            ("entry-denominator", r"\frac{\partial E}{\partial H_{2}[1, 0]} = H_{2}[1, 0] - t_{1}", ((C,),),
             (Twin("value", "a2[1] - y[1]", ("a2[1] - y[1]",)),)),
            ("entry-denominator-wrong", r"\frac{\partial E}{\partial H_{2}[1, 0]} = t_{1} - H_{2}[1, 0]", ((W,),),
             (Twin("value", "a2[1] - y[1]", ("y[1] - a2[1]",)),)),
            # a matrix's entry [row, column], and code's [row][column]
            ("entry-weight", rf"\frac{{\partial E}}{{\partial M_{{2}}[1, 2]}} = {_DW} H_1[2, 0]", ((C,),),
             (Twin("gradient", "W2[1,2]", ("(a2[1] - y[1])*a2[1]*(1 - a2[1])*a1[2]",)),)),
            ("entry-weight-wrong", rf"\frac{{\partial E}}{{\partial M_{{2}}[1, 2]}} = {_DW} H_1[1, 0]", ((W,),),
             (Twin("gradient", "W2[1,2]", ("(a2[1] - y[1])*a2[1]*(1 - a2[1])*a1[1]",)),)),
            ("entry-weight-code", rf"\frac{{\partial E}}{{\partial M_{{2}}[1][2]}} = {_DW} H_1[2][0]", ((C,),),
             (Twin("gradient", "W2[1,2]", ("(a2[1] - y[1])*a2[1]*(1 - a2[1])*a1[2]",)),)),
            # a shape remarked after a comma, spaced or glued, the name it is of first or not
            ("shape-after-comma", r"S_1 = M_1 X + c_1, (M_1 = 3 \times 2 matrix)", ((C,),),
             (Twin("value", "z1[{j}]", (_S1,), _J3),)),
            ("shape-after-comma-wrong", "S_1 = M_1 X,(M_1=3×2matrix)", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),)),
            ("shape-vector", r"H_1 = \sigma(S_1),(a 3 x 1 vector)", ((C,),),
             (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
            # a letter in code's bracket that the left side gives its values (its own bracket): each entry, as code
            # counts them (fixfresh17's rule; this file's refusal of it predates that rule)
            ("loop-letter", r"H_1[r, 0] = \sigma(S_1[r, 0])", ((C,),),
             (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)),
            ("loop-letter-wrong", r"H_1[r, 0] = S_1[r, 0]", ((W,),),
             (Twin("value", "a1[{j}]", ("z1[{j}]",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _LAYER_NOTATION, text, expected, twins))
    derivative = r"\frac{\partial J}{\partial \theta_k} = "
    for key, counted, text, expected, twins in (
            # entry k of the sample's vector, k counted as theta_k's meaning counts it
            ("vector-entry", "", derivative + "(p^{(n)} - v^{(n)}) u_k^{(n)}", ((C,),), _GRADIENT_K),
            ("vector-entry-wrong", "", derivative + "(v^{(n)} - p^{(n)}) u_k^{(n)}", ((W,),),
             (Twin("gradient", "W1[0,{k}]", ("(y[0] - a1[0])*x[{k}]",), _K3),)),
            # code's index after the superscript, and the superscript without its parentheses (the spec's same one)
            ("vector-entry-code", "", derivative + "(p^{(n)} - v^{(n)}) u^{(n)}[k]", ((C,),), _GRADIENT_K),
            ("vector-entry-bare-superscript", "", derivative + "(p^n - v^n) u_k^n", ((C,),), _GRADIENT_K),
            # counted from 1 where the notation counts k from 1
            ("vector-entry-from-one", "-1", derivative + "(p^{(n)} - v^{(n)}) u_k^{(n)}", ((C,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), ({"i": 0}, {"i": 1}, {"i": 2})),)),
            ("vector-entry-from-one-wrong", "-1", derivative + "(p^{(n)} - v^{(n)}) u_{k}^{(n)} u_{k}^{(n)}", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]**2",), ({"i": 0}, {"i": 1}, {"i": 2})),))):
        cases.append(Public(key, "test", "logistic-3", _SAMPLE_NOTATION % counted, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_lambda_of_another_name_is_refused_as_its_def():
    """``half = lambda u: u / 2``: nothing says what half is, lambda or def."""
    for text in ("half = lambda u: u / 2", "def half(u): return u / 2"):
        assert "def half: check reads the definition" in CHECKS.refused("sigmoid-one", _SCRIPT_NOTATION, text)


def test_a_lambda_of_the_activation_with_two_arguments_is_refused():
    """``act = lambda u, w: ...``: an activation takes one argument."""
    assert "takes one argument" in CHECKS.refused("sigmoid-one", _SCRIPT_NOTATION, "act = lambda u, w: u * w")


def test_lambda_as_a_letter_is_no_definition():
    """``cost = lambda * p``: no arguments and colon, the letter lambda (unknown here), as before."""
    assert "unknown symbol \\lambda" in CHECKS.refused("sigmoid-one", _SCRIPT_NOTATION, "cost = lambda * p")


def test_a_letter_in_the_bracket_after_a_subscript_is_refused():
    """``H_l[k, 0]`` where the notation counts k from 1 (``"t_{k}" = "y[k-1]"``): nothing says how k counts the
    bracket's entries, which code counts from 0 (where its patterns count k from 0, as _LAYER_NOTATION's do, k is its
    value there: test_reading_constructs_fixleft)."""
    counted_from_one = _LAYER_NOTATION.replace('"y[k]"', '"y[k-1]"')
    assert "k is an index letter" in CHECKS.refused("sigmoid-3-2", counted_from_one, r"H_l[k, 0] = \sigma(S_l[k, 0])")


def test_an_index_outside_the_vector_is_refused():
    """``H_1[3, 0]``: the hidden layer has 3 units, counted from 0."""
    assert "has 3 entries, counted from 0" in CHECKS.refused("sigmoid-3-2", _LAYER_NOTATION, "H_1[3, 0] = 1")
    assert "its entries are [k, 0]" in CHECKS.refused("sigmoid-3-2", _LAYER_NOTATION, "H_1[0, 1] = 1")


def test_a_parenthesis_after_a_comma_that_could_be_mathematics_stays_refused():
    """``..., (M_1)``, ``..., (3 \\times 2)``: no shape's word says it is a remark."""
    for text in ("S_1 = M_1 X + c_1, (M_1)", r"S_1 = M_1 X + c_1, (3 \times 2)"):
        assert "a comma after a member is no product" in CHECKS.refused("sigmoid-3-2", _LAYER_NOTATION, text)


def test_a_vector_entry_by_a_letter_the_notation_does_not_count_is_refused():
    """``u_j^{(n)}``: no pattern's meaning counts j; and where two count k differently, which entry is a guess."""
    text = r"\frac{\partial J}{\partial \theta_k} = (p^{(n)} - v^{(n)}) u_j^{(n)}"
    assert "no pattern's meaning counts j" in CHECKS.refused("logistic-3", _SAMPLE_NOTATION % "", text)
    twice = _SAMPLE_NOTATION % "" + '"q_{k}" = "x[k-1]"\n'
    assert "count k from 0 and from 1" in CHECKS.refused("logistic-3", twice, text.replace("u_j", "u_k"))


def test_a_bracket_after_a_subscript_never_drops_the_subscript():
    """``x_1[0]`` without a notation: x_1 is the input's entry, a number with no entries (never symbols.md's x[0])."""
    assert "names a number, which has no entries" in CHECKS.refused("sigmoid-3-2", None, "x_1[0] = 1")


def test_a_bracket_of_a_condition_after_a_subscript_stays_iversons():
    """``t_k[q_k > 0]``: a condition, no indices: the bracket is read as before (never as an entry)."""
    text = r"\frac{\partial E}{\partial S_1} = H_1[q_k > 0]"
    assert "an index in brackets" not in CHECKS.refused("sigmoid-3-2", _LAYER_NOTATION, text)
