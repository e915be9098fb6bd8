"""The pages of batches 43 and 44 of the public formulas showed plain text and code refused, each written here as
another author would (other names, other networks than the pages'): a spreadsheet's functions in capitals glued to
their parenthesis (EXP, TANH, SECH, SQRT) and a cell's formula with its own "=" after its label; a code comment's line
ending in a connective word that goes on with its next line; the operations in words, mul(u, v), add(u, v), and a sum
of three arguments or more; and a derivation's chain over display blocks with a sentence between two of them. What
stays refused, each in one line that names the problem and how to write it: LOG( in capitals (base 10 in a
spreadsheet), capitals whose letters the notation names where the two readings disagree, a sum of two arguments, a
sentence between blocks holding a condition or a negation, plain text's dL/A for dL/dA, an unnamed del_v, a sentence
opening with "partial derivative", and W * X + b of two vectors.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# a learner's spreadsheet of a tanh hidden layer and a sigmoid output: cells named in capitals with digits
_SHEET = r'''
[notation]
loss = ["E"]
[notation.symbols]
"S1" = "z1[0]"
"H1" = "a1[0]"
"S3" = "z2[0]"
"O" = "a2[0]"
"T" = "y[0]"
"c" = "b2[0]"
'''
# the same, where the notation also names single capitals that spell SECH
_SHEET_LETTERS = _SHEET + '"S" = "a1[1]"\n"C" = "x[0]"\n'
_DE_DH1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0]"
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_I2 = ({"i": 0}, {"i": 1})
# the weight step of the tanh unit, -eta dE/dv_i, and its right side
_STEP = "-eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]"
_DEL_V = TANH_2_1_NOTATION + '"del_v" = "-eta*grad(W1[0, :])"\n'


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a spreadsheet's functions in capitals: the functions, where the letters name nothing
            ("sheet-exp", "O = 1/(1+EXP(-S3))", ((C,),), (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
            ("sheet-exp-wrong", "O = 1/(1-EXP(-S3))", ((W,),), (Twin("value", "a2[0]", ("1/(1 - exp(-z2[0]))",)),)),
            ("sheet-tanh", "H1 = TANH(S1) = 2/(1+EXP(-2*S1)) - 1", ((C, C),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "2/(1 + exp(-2*z1[0])) - 1")),)),
            # the square root of tanh's square is its absolute value, not tanh
            ("sheet-sqrt-wrong", "H1 = SQRT(1 - SECH(S1)^2)", ((W,),),
             (Twin("value", "a1[0]", ("np.sqrt(1 - 1/np.cosh(z1[0])**2)",)),)),
            # a cell's formula with its own = after its label: one relation
            ("sheet-cell", "O = =1/(1+EXP(-S3))", ((C,),), (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
            ("sheet-cell-wrong", "O = =1/(1+EXP(S3))", ((W,),), (Twin("value", "a2[0]", ("1/(1 + exp(z2[0]))",)),)),
            ("sheet-ln", "E = =-(T*LN(O)+(1-T)*LN(1-O))", ((W,),),
             (Twin("value", "0.5*(a2[0] - y[0])**2", ("-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))",)),)),
            # the derivative of tanh, sech^2, in capitals: right squared, wrong once
            ("sheet-sech", "dE/dS1 = dE/dH1 * SECH(S1)^2", ((C,),),
             (Twin("gradient_z", "z1[0]", (f"{_DE_DH1}/np.cosh(z1[0])**2",)),)),
            ("sheet-sech-wrong", "dE/dS1 = dE/dH1 * SECH(S1)", ((W,),),
             (Twin("gradient_z", "z1[0]", (f"{_DE_DH1}/np.cosh(z1[0])",)),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _SHEET, text, expected, twins))
    for key, text, expected, twins in (
            # a comment's line ending in a connective, the comment going on with its next line
            ("comment-or", "# h = tanh(v_1 x_1 + v_2 x_2 + c) or", ((C,),), (Twin("value", "a1[0]", (f"tanh({_S})",)),)),
            ("comment-ie-wrong", "# h = tanh(v_1 x_1 + c), i.e.", ((W,),),
             (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + b1[0])",)),)),
            ("comment-and", "    # s = v_1 x_1 + v_2 x_2 + c and", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            # the operations in words: mul, add, and a sum of three arguments
            ("words-sum", "# s = sum(mul(v_1, x_1), mul(v_2, x_2), c)", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("words-sum-wrong", "# s = sum(mul(v_1, x_1), mul(v_2, x_1), c)", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[0] + b1[0]",)),)),
            ("words-add", "h = tanh(add(mul(v_1, x_1), mul(v_2, x_2)) + c)", ((C,),),
             (Twin("value", "a1[0]", (f"tanh({_S})",)),)),
            ("words-add-wrong", "s = add(mul(v_1, x_1), c)", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),)),
            # a chain over display blocks, a sentence (with inline math, ending in a colon) between two of them
            ("blocks-prose",
             "$$\n\\frac{\\partial E}{\\partial s} = (h - t)(1 - h^2)\n$$\n\nExpand $(h - t)(1 - h^2)$:\n\n"
             "$$\n= h - t - h^3 + t h^2\n$$\n\nThen collect the terms:\n\n$$\n= (h - t) - h^2 (h - t)\n$$",
             ((C, C, C),), (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",
                                                        "a1[0] - y[0] - a1[0]**3 + y[0]*a1[0]**2",
                                                        "(a1[0] - y[0]) - a1[0]**2*(a1[0] - y[0])")),)),
            ("blocks-prose-wrong",
             "\\[ \\frac{\\partial E}{\\partial s} = (h - t)(1 - h^2) \\]\nMultiplying out:\n\\[ = h - t - h^3 - t h^2 \\]",
             ((C, W),), (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**2)",
                                                     "a1[0] - y[0] - a1[0]**3 - y[0]*a1[0]**2")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected in (
            # del_v named by the notation: the name, never AsciiMath's del before a stray underscore
            ("del-named", "del_v = eta * (t - h) * (1 - h^2) * x", ((C,),)),
            ("del-named-wrong", "del_v = eta * (t - h) * h * (1 - h) * x", ((W,),))):
        right = "eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[{i}]" if key == "del-named" else \
            "eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]"
        cases.append(Public(key, "test", "tanh-two", _DEL_V, text, expected, (Twin("value", _STEP, (right,), _I2),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_log_in_capitals_is_refused():
    """``LOG(O)``: a spreadsheet's LOG is the logarithm to base 10, the natural one LN; a page in capitals may mean
    either, and the two give different verdicts."""
    message = CHECKS.refused("tanh-sigmoid", _SHEET, "E = -(T*LOG(O)+(1-T)*LOG(1-O))")
    assert "base 10" in message and "LN(...)" in message


def test_capitals_the_notation_names_letter_by_letter_are_refused_where_the_readings_disagree():
    """``SECH(S1)^2`` where the notation names S, E, C and H: the function, or those names times the parenthesis."""
    message = CHECKS.refused("tanh-sigmoid", _SHEET_LETTERS + '"E" = "y[0]"\n"H" = "a1[1]"\n',
                             "dE/dS1 = dE/dH1 * SECH(S1)^2")
    assert "sech" in message and "do not agree" in message


def test_a_sum_of_two_arguments_stays_refused():
    """``sum(u, v)``: NumPy's and MATLAB's second argument is an axis."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = sum(mul(v_1, x_1), c)")


def test_words_between_blocks_with_a_condition_or_a_negation_keep_the_text():
    """A sentence between two blocks that makes the next a condition (``If $t = 0$:``), or says it does not hold."""
    for words in ("If $t = 0$:", "which is not", "for the one sample we have"):
        CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                       f"$$\\frac{{\\partial E}}{{\\partial s}} = (h - t)(1 - h^2)$$\n{words}\n$$= h (1 - h^2)$$")


def test_a_plain_derivative_without_its_denominators_d_says_so():
    """``dE/H1`` for dE/dH1: the message LaTeX's \\frac{dE}{H1} gets, not an unknown symbol d."""
    message = CHECKS.refused("tanh-sigmoid", _SHEET, "dE/H1 = (O - T) * O * (1 - O) * c")
    assert "the denominator H1 has no d" in message and "write dE/dH1" in message
    # a name of several letters is the denominator whole; a capital D written for the d is the name after it
    message = CHECKS.refused("tanh-sigmoid", _SHEET, "dE/DHiddenOne = (O - T) * O * (1 - O) * c")
    assert "the denominator DHiddenOne has no d" in message and "write dE/dHiddenOne" in message


def test_an_unnamed_name_with_an_underscore_is_an_unknown_symbol():
    """``del_v`` the notation does not name: refused as its unknown symbol, as other unknown names are."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "del_v = eta * (t - h) * (1 - h^2) * x")
    assert "unknown symbol del_{v}" in message and "give it a meaning in the notation" in message


def test_a_sentence_opening_with_partial_derivative_says_so():
    """``partial derivative of s / v is ...``: words before the formula, not the partial sign's ``partial s / partial
    v``."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "partial derivative of s / v is ds = x")
    assert "'partial derivative' open a sentence" in message


def test_a_star_between_two_vectors_before_a_bias_says_how_to_write_the_inner_product():
    """``s = (v*x) + c`` of two vectors: * is read entry by entry (NumPy's), so the sum adds a vector to a number."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = (v*x) + c")
    assert "read entry by entry" in message and "np.dot(v, x)" in message
