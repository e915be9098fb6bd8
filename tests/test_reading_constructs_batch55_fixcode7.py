"""Code constructs of blind batches 53 and 54 that were refused, each written here as another author would (other
names, other networks than the pages'): a remark after an arrow ``<--`` ending a statement (a question's
annotation of the code it quotes), and NumPy's ``np.outer`` of a vector and a number, which flattens both (the
column of the vector times the number); a code name opening with a function's name (``exp_sum``, never e to a
power); NumPy's slice of one sample, ``targets[n:n+1]``, where the notation binds n as the sample index.
An arrow followed by anything but words (``<- 2 * S``) stays the chain's relation; np.outer of a matrix, a slice of
two samples, a one-row slice on a unit's axis and MATLAB's range in parentheses, ``a(n:n+1)``, stay refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import CODE_HIDDEN_NOTATION, SIGMOID_2_3_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-3-2": SIGMOID_2_3_2,
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_SJ = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_HJ = (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J3),)

# a one-unit output: D its error term dE/dz (a number), H the hidden outputs, G the output weights' gradient
# written input-first (a column, as np.outer(H, D) makes it) and Gt output-first (a row)
_OUTER = r'''
[notation]
[notation.symbols]
"H" = "a1[:]"
"D" = "grad(z2[0])"
"G" = "grad(W2[:, :]).T"
"Gt" = "grad(W2[:, :])"
"V" = "W1[:, :]"
'''
_J2 = ({"j": 0}, {"j": 1})
_DZ2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_GRAD = (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_DZ2}",), _J2),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an arrow after a complete statement, then the author's words: a remark, as a # comment in words
            ("arrow-remark", "H = sigmoid(S)  <--why the sigmoid here?", ((C,),), _HJ),
            ("arrow-remark-wrong", "H = tanh(S)  <-- where does this come from", ((W,),),
             (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J3),)),
            ("arrow-remark-short", "S = U.dot(X) + k <- the sums of the layer", ((C,),),
             (Twin("value", "z1[{j}]", (_SJ,), _J3),)),
            # no words after the arrow: it stays the chain's relation, and what follows it a member judged
            ("arrow-no-words", "H = sigmoid(S) <- 2 * S", ((C, W),),
             (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])", "2*z1[{j}]"), _J3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", CODE_HIDDEN_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # np.outer flattens both arguments: the outer product with a number is the vector's column times it
            ("outer-number", "G = np.outer(H, D)", ((C,),), _GRAD),
            ("outer-number-wrong", "G = np.outer(1 - H, D)", ((W,),),
             (Twin("gradient", "W2[0,{j}]", (f"(1 - a1[{{j}}])*{_DZ2}",), _J2),)),
            # the number first: its row times the vector, the output-first row of the gradient
            ("outer-number-first", "Gt = np.outer(D, H)", ((C,),), _GRAD),
            ("outer-number-first-wrong", "Gt = np.outer(2 * D, H)", ((W,),),
             (Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*2*{_DZ2}",), _J2),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _OUTER, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_outer_product_of_a_matrix_is_refused():
    """``np.outer(V, D)``: NumPy lines up the matrix's entries first, which check does not read."""
    assert "np.outer" in CHECKS.refused("tanh-sigmoid", _OUTER, "G = np.outer(V, D)")


# code's names that open with a function's name: exp_sum the hidden sums, sum_out the output's sum, log_prob unnamed
_PREFIXED = r'''
[notation]
[notation.symbols]
"exp_sum" = "z1[:]"
"sum_out" = "z2[0]"
"hidden" = "a1[:]"
"out" = "a2[0]"
"hidden_{j}" = "a1[j-1]"
"w_{j}" = "W2[0, j-1]"
"b" = "b2[0]"
'''


def _prefixed_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an identifier opening with exp_, sum_: one name, as the notation names it (never e^{...}, a sum sign)
            ("prefixed-name", "hidden = np.tanh(exp_sum)", ((C,),),
             (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),)),
            ("prefixed-name-wrong", "hidden = 1 / (1 + np.exp(-exp_sum))", ((W,),),
             (Twin("value", "a1[{j}]", ("1/(1 + exp(-z1[{j}]))",), _J2),)),
            ("prefixed-output", "out = 1 / (1 + np.exp(-sum_out))", ((C,),),
             (Twin("value", "a2[0]", ("1/(1 + exp(-z2[0]))",)),)),
            ("prefixed-output-wrong", "out = np.tanh(sum_out)", ((W,),),
             (Twin("value", "a2[0]", ("tanh(z2[0])",)),)),
            # sum and its index letter (no word after the underscore) stays the sum sign's
            ("sum-sign-kept", "sum_out = sum_j w_j hidden_j + b", ((C,),),
             (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2[0]",)),)),
            ("sum-sign-kept-wrong", "sum_out = sum_j w_j hidden_j", ((W,),),
             (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1]",)),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _PREFIXED, text, expected, twins))
    return cases


PREFIXED_CASES = _prefixed_cases()

test_the_oracle_gives_the_prefixed_cases_verdicts, test_check_gives_the_prefixed_cases_verdicts = CHECKS.tests(
    PREFIXED_CASES)


def test_an_unnamed_prefixed_name_is_refused_whole():
    """``log_prob``, which the notation does not name: the refusal names the identifier, not l or \\log."""
    assert "unknown symbol log_prob" in CHECKS.refused("tanh-sigmoid", _PREFIXED, "out = log_prob")



# NumPy rows: targets[n] the sample n's targets (n unused by the meaning: a sample index), out the outputs, e the
# error dE/d(out); T names the targets by unit instead
_SLICE = r'''
[notation]
indices = "kn"
[notation.symbols]
"targets[n]" = "y[:]"
"T[k]" = "y[k]"
"out" = "a2[:]"
"e" = "grad(a2[:])"
'''
_K2 = ({"k": 0}, {"k": 1})


def _slice_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # NumPy's [n:n+1] on the samples' axis: the sample n's row, the one sample check reads
            ("one-sample-slice", "e = out - targets[n:n+1]", ((C,),),
             (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
            ("one-sample-slice-wrong", "e = targets[n:n+1] - out", ((W,),),
             (Twin("value", "a2[{k}] - y[{k}]", ("y[{k}] - a2[{k}]",), _K2),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _SLICE, text, expected, twins))
    return cases


SLICE_CASES = _slice_cases()

test_the_oracle_gives_the_slice_cases_verdicts, test_check_gives_the_slice_cases_verdicts = CHECKS.tests(SLICE_CASES)


def test_a_slice_of_two_samples_is_refused():
    """``targets[n:n+2]``: two samples' rows, which check does not read."""
    assert "a slice of more than one" in CHECKS.refused("sigmoid-3-2", _SLICE, "e = out - targets[n:n+2]")


def test_a_one_row_slice_on_the_units_axis_is_refused():
    """``T[k:k+1]`` with T's pattern binding k to a unit: the slice is read on the samples' axis only."""
    assert "samples' axis" in CHECKS.refused("sigmoid-3-2", _SLICE, "e = out - T[k:k+1]")


def test_matlabs_range_in_parentheses_is_refused_saying_why():
    """``targets(n:n+1)``: MATLAB's slice, two entries, never NumPy's one row."""
    assert "MATLAB" in CHECKS.refused("sigmoid-3-2", _SLICE, "e = out - targets(n:n+1)")


# object-oriented code: units[j] the hidden layer's unit j (its weights w[i], bias, sum and output), net.layers[l] a
# layer's weights and biases
_OBJECTS = r'''
[notation]
indices = "ijkl"
[notation.symbols]
"x[i]" = "x[i]"
"units[j].w[i]" = "W1[j, i]"
"units[j].bias" = "b1[j]"
"units[j].sum" = "z1[j]"
"units[j].out" = "a1[j]"
"net.layers[l].W[j][k]" = "W{l}[j, k]"
"net.layers[l].b[j]" = "b{l}[j]"
"s2" = "z2[0]"
'''
_S2 = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2]"
_OUT2 = "net.layers[2].W[0][0] * units[0].out + net.layers[2].W[0][1] * units[1].out + " \
        "net.layers[2].W[0][2] * units[2].out"


def _object_cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an index inside a dotted name: one name, its indices the pattern's placeholders in order
            ("inner-index", "units[j].sum = units[j].w[0] * x[0] + units[j].w[1] * x[1] + units[j].bias", ((C,),),
             (Twin("value", "z1[{j}]", (_SJ,), _J3),)),
            ("inner-index-wrong", "units[j].sum = units[j].w[0] * x[0] + units[j].w[1] * x[1]", ((W,),),
             (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1]",), _J3),)),
            ("inner-index-output", "units[j].out = sigmoid(units[j].sum)", ((C,),), _HJ),
            # two indices after the name, a layer inside it
            ("inner-layer-index", f"s2 = {_OUT2} + net.layers[2].b[0]", ((C,),),
             (Twin("value", "z2[0]", (_S2 + " + b2[0]",)),)),
            ("inner-layer-index-wrong", f"s2 = {_OUT2}", ((W,),), (Twin("value", "z2[0]", (_S2,)),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _OBJECTS, text, expected, twins))
    return cases


OBJECT_CASES = _object_cases()

test_the_oracle_gives_the_object_cases_verdicts, test_check_gives_the_object_cases_verdicts = CHECKS.tests(
    OBJECT_CASES)


def test_an_unnamed_name_with_an_inner_index_is_refused_as_code_writes_it():
    """``units[j].delta``, which the notation does not name: the refusal writes it back as the formula does."""
    assert "unknown symbol units[0].delta" in CHECKS.refused("sigmoid-3-2", _OBJECTS, "units[0].delta = 1")
