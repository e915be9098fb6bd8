"""Batch 86 of the public formulas showed general constructs of code misread or refused, each written here as another
author would (other names, another network and other numbers than the pages'): a code line's trailing comment that is
only the value it assigns, ``h = np.dot(V, x)  # [-0.3, 0.35]`` (a printed matrix's rows continued on the comment
lines below it too), judged as the claim's last member to its written precision; NumPy's ``u.reshape(1, -1)``, a
vector's row, as a factor of a matrix product (the outer product of a column and a row); a name the notation gives a
quantity called with nothing, Java's ``dSig()``, and its definition with no parameters, ``private double dSig() {
return val * (1 - val); }``; and JavaScript's ``Math.exp``, ``Math.pow`` as Python's math module's.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names (a member of numbers as "=" and the
numbers, judged by the number oracle at the network's own, a vector's against the whole value as the held-out
batches' are).
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_public_formulas_held_out import oracle_verdicts  # a vector value's numbers against the whole value

# 2 inputs -> 2 sigmoid units -> 1 sigmoid output, no biases, the half squared error; x = (0.5, 1.0), y = 1: the
# hidden sums (-0.3, 0.35), outputs (0.42555748, 0.58661758), the output's sum 0.07934922 and output 0.5198269
NETWORK = problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                       'weights = [[0.2, -0.4], [0.5, 0.1]]',
                       'units = 1\nactivation = "sigmoid"\nbias = "none"\nweights = [[0.6, -0.3]]',
                       loss="half_squared_error", extra=data_tables("[0.5, 1.0]", "[1.0]", 0.1))
NETWORKS = {"sigmoid-2-2-1": NETWORK}
CHECKS = CaseChecks(NETWORKS)

# NumPy names: V the hidden weights (units by inputs), u the output's, the sums and outputs, their gradients
NUMPY_NOTATION = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"x" = "x[:]"
"V" = "W1[:, :]"
"u" = "W2[0, :]"
"target" = "y[0]"
"hidden_in" = "z1[:]"
"hidden" = "a1[:]"
"out_in" = "z2[0]"
"out" = "a2[0]"
"d_out" = "grad(z2[0])"
"d_hidden" = "grad(z1[:])"
"grad_V" = "grad(W1[:, :])"
'''
# a Java neuron's fields: val its output, target, dSig() the slope at its value, gradOut dE/d(its sum)
JAVA_NOTATION = r'''
[notation.symbols]
"val" = "a2[0]"
"target" = "y[0]"
"dSig" = "a2[0]*(1 - a2[0])"
"gradOut" = "grad(z2[0])"
'''
# JavaScript's names: net the output's sum, out its output, target, cost the loss
SCRIPT_NOTATION = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"net" = "z2[0]"
"out" = "a2[0]"
"target" = "y[0]"
'''
_J2 = tuple({"j": j} for j in range(2))
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_DOUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DHID = f"{_DOUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
_HALF = "0.5*(a2[0] - y[0])**2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the value a line assigns, in its trailing comment: a further member, judged to its written precision
            ("comment-vector", "hidden_in = np.dot(V, x)   # [-0.3, 0.35]", ((C, C),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]", "=[-0.3, 0.35]"), _J2),)),
            ("comment-vector-wrong", "hidden_in = np.dot(V, x)   # [-0.3, 0.45]", ((C, W),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]", "=[-0.3, 0.45]"), _J2),)),
            ("comment-number", "out = sigmoid(out_in)  # 0.5198269", ((C, C),),
             (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=0.5198269")),)),
            ("comment-number-wrong", "out = sigmoid(out_in)  # 0.5298269", ((C, W),),
             (Twin("value", "a2[0]", ("sigmoid(z2[0])", "=0.5298269")),)),
            ("comment-loss", "cost = 0.5 * (out - target)**2  # 0.1152831", ((C, C),),
             (Twin("value", _HALF, (_HALF, "=0.1152831")),)),
            ("comment-gradient-wrong-code", "d_out = (out - target) * out  # -0.11985452", ((W, C),),
             (Twin("value", _DOUT, ("(a2[0] - y[0])*a2[0]", "=-0.11985452")),)),
            # a printed matrix's rows, continued on the comment line below; the outer product of a column and a row
            ("comment-matrix-outer",
             "grad_V = np.dot(d_hidden.reshape(-1,1), x.reshape(1,-1))  # [[-0.00878983, -0.01757966],\n"
             "                                                          #  [0.00435966, 0.00871932]]", ((C, C),),
             (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DHID}",
                                               "=np.array([[-0.00878983, -0.01757966], [0.00435966, 0.00871932]])"),
                   _JI2),)),
            ("comment-matrix-wrong",
             "grad_V = np.dot(d_hidden.reshape(-1,1), x.reshape(1,-1))  # [[-0.00878983, -0.01757966],\n"
             "                                                          #  [0.00435966, 0.00971932]]", ((C, W),),
             (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DHID}",
                                               "=np.array([[-0.00878983, -0.01757966], [0.00435966, 0.00971932]])"),
                   _JI2),)),
            ("outer-swapped-wrong", "grad_V = np.dot(x.reshape(-1,1), d_hidden.reshape(1,-1))", ((W,),),
             (Twin("gradient", "W1[{j},{i}]", (f"x[{{j}}]*{_DHID.replace('{j}', '{i}')}",), _JI2),)),
            # a comment of integers only (a shape, a count) and one of prose stay remarks: the code alone
            ("comment-integers-remark", "hidden_in = np.dot(V, x)   # [2, 1]", ((C,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J2),)),
            ("comment-prose-remark", "hidden_in = np.dot(V, x)   # about 0.3 each", ((C,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-1", NUMPY_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a method of no arguments over the object's own value: its call is the quantity the notation names
            ("java-call", "double gradOut = (val - target) * dSig();", ((C,),),
             (Twin("gradient_z", "z2[0]", (_DOUT,)),)),
            ("java-call-wrong", "double gradOut = 2 * (val - target) * dSig();", ((W,),),
             (Twin("gradient_z", "z2[0]", (f"2*{_DOUT}",)),)),
            # and its definition, the quantity equal to its body
            ("java-definition", "private double dSig() {\n    return val * (1 - val);\n}", ((C,),),
             (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 - a2[0])",)),)),
            ("java-definition-wrong", "private double dSig() {\n    return val * (1 + val);\n}", ((W,),),
             (Twin("value", "a2[0]*(1 - a2[0])", ("a2[0]*(1 + a2[0])",)),))):
        cases.append(Public(key, "test", "sigmoid-2-2-1", JAVA_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # JavaScript's Math functions as Python's math module's
            ("math-exp", "out = 1/(1+Math.exp(-net))", ((C,),), (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
            ("math-exp-wrong", "out = 1/(1+Math.exp(net))", ((W,),),
             (Twin("value", "a2[0]", ("1/(1 + exp(z2[0]))",)),)),
            ("math-pow", "cost = Math.pow(out - target, 2) / 2", ((C,),), (Twin("value", _HALF, (_HALF,)),)),
            ("math-pow-wrong", "cost = Math.pow(out - target, 3) / 2", ((W,),),
             (Twin("value", _HALF, ("0.5*(a2[0] - y[0])**3",)),))):
        cases.append(Public(key, "test", "sigmoid-2-2-1", SCRIPT_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def test_a_row_outside_a_matrix_product_stays_refused():
    """``u * v.reshape(1, -1)``: NumPy broadcasts the row against u by shapes the formula does not show; refused,
    saying how to write it (a column written ``.reshape(-1, 1)`` times the row is their outer product since fixr41,
    tests/test_reading_constructs_fixr41.py)."""
    message = CHECKS.refused("sigmoid-2-2-1", NUMPY_NOTATION, "grad_V = d_hidden * x.reshape(1,-1)")
    assert "a vector's row, outside np.dot(u, v)" in message


def test_a_call_with_an_argument_of_a_named_derivative_word_stays_refused():
    """``dsigmoid(val)`` where the notation names dsigmoid: its quantity times (val), or a derivative at val; nothing
    says which (with nothing in its parentheses, the quantity)."""
    notation = JAVA_NOTATION.replace('"dSig"', '"dsigmoid"')
    message = CHECKS.refused("sigmoid-2-2-1", notation, "double gradOut = (val - target) * dsigmoid(val);")
    assert "reads as the notation's dsigmoid times (u) or as a derivative at u" in message


def test_a_definition_without_parameters_the_notation_does_not_name_stays_refused():
    """``double slope() { ... }``: no argument, and no quantity of the notation's by that name, so nothing says what
    it defines."""
    message = CHECKS.refused("sigmoid-2-2-1", JAVA_NOTATION, "private double slope() {\n    return val * (1 - val);\n}")
    assert "def slope" in message
