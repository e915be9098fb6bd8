"""Batch 85 of the public formulas showed general constructs refused, each written here as another author would
(other names, other networks than the pages'): code's indices held in names set on the lines before, ``W[out_idx,
hid_idx]`` where the notation gives each name its number (``"out_idx" = "1"``); NumPy's column ``u[:, None]`` after a
code name with underscores, as after any other name; and a code name written whole, ``W1``, where the notation names
both the whole matrix (``"W1"``) and its entries (``"W1_{ij}"``), read where the two are one matrix; decimal commas
inside a product's parentheses, ``2 (0,4)``, where the formula writes its decimals with commas; a PDF's scripts
flattened after a space, ``t i``, ``ŷ i``, ``Z_in 1 = ...`` opening a left side, and ``b (1)`` ending a line that writes
``W (1)`` too. The ambiguous neighbours stay refused: an index name the notation does not give a number, a column
times a vector of its own size, a bare name whose two readings are different matrices, a pair in parentheses in a
formula with decimal points, a function's two arguments, a spaced letter after a name the notation names bare, and
spaced digits inside a formula.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_2_2, SIGMOID_2_3_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2-2": SIGMOID_2_2_2, "logistic-2": LOGISTIC_2,
    "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1,
    # worked numbers: x = (2, 1), z1[0] = 0.2 + 2 (0.4) + 1 (0.1) = 1.1, z1[1] = -0.1 + 2 (0.5) + 1 (-0.2) = 0.7
    "sigmoid-numbers": problem_text('inputs = 2\nunits = 2\nactivation = "sigmoid"\n'
                                    'weights = [[0.4, 0.1], [0.5, -0.2]]\nbiases = [0.2, -0.1]',
                                    'units = 1\nactivation = "sigmoid"\nweights = [[0.3, -0.6]]\nbiases = [0.1]',
                                    loss="half_squared_error", extra=data_tables("[2.0, 1.0]", "[1.0]")),
}
CHECKS = CaseChecks(NETWORKS)

# a training loop's names: W the output weights, delta_o the outputs' -dL/dz, h the hidden outputs; out_idx and
# hid_idx the indices the loop set on the lines before (out_idx = 1, hid_idx = 2), lr the step
INDEX_NAMES_NOTATION = r'''
[notation]
indices = "ij"
learning_rate = ["lr"]
[notation.symbols]
"W" = "W2[:, :]"
"W[i, j]" = "W2[i, j]"
"delta_o" = "-delta2[:]"
"delta_o[i]" = "-delta2[i]"
"h" = "a1[:]"
"h[j]" = "a1[j]"
"out_idx" = "1"
"hid_idx" = "2"
'''
# a NumPy notebook's names: out_err_term the outputs' -dL/dz, hidden_out_vals the hidden outputs, dw_hid_out the
# change -lr dL/dW2 written input-first (hidden unit j, output k), lr the step
COLUMN_NOTATION = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"out_err_term" = "-delta2[:]"
"hidden_out_vals" = "a1[:]"
"dw_hid_out" = "-eta*grad(W2[:, :]).T"
'''
# a page's code and LaTeX for one layer: W1 the weights whole in the code, W1_{ij} their entries in the LaTeX (from 1)
WHOLE_AND_ENTRIES_NOTATION = r'''
[notation]
indices = "ij"
[notation.symbols]
"x" = "x[:]"
"W1" = "W1[:, :]"
"W1_{ij}" = "W1[i-1, j-1]"
"b1" = "b1[:]"
"s1" = "z1[:]"
'''
# a worked page's plain text: Z_in_j the hidden sums, Z_j their outputs (from 1)
NUMBERS_NOTATION = r'''
[notation]
indices = "j"
[notation.symbols]
"Z_in_{j}" = "z1[j-1]"
"Z_{j}" = "a1[j-1]"
'''
# a PDF's loss of sample i: t_i the target, ŷ_i the output (i the sample's, one here), J the loss
SAMPLE_NOTATION = r'''
[notation]
loss = ["J"]
[notation.symbols]
"t_{i}" = "y[0]"
"\\hat{y}_{i}" = "a1[0]"
'''
# a book's rows flattened from a PDF: X a row of the inputs times W^{(l)} (input-first), b^{(l)}, Z^{(l)} layer l's
ROWS_NOTATION = r'''
[notation]
indices = "l"
[notation.symbols]
"X" = "x[:].T"
"W^{(l)}" = "W{l}[:, :].T"
"b^{(l)}" = "b{l}[:].T"
"Z^{(l)}" = "z{l}[:].T"
"A^{(l)}" = "a{l}[:].T"
'''
# a rule in words: the weight's new and old value, its gradient and the step each a phrase the notation names whole
PHRASE_NOTATION = r'''
[notation]
learning_rate = ["Learning Rate"]
[notation.symbols]
"New Weight" = "new(W1[0, 1])"
"Old Weight" = "W1[0, 1]"
"Weight Gradient" = "grad(W1[0, 1])"
'''
# a Korean page's left side in words, "출력 기울기" ("the output's gradient"), the output yo_1, target t_1, hidden h_1
KOREAN_PHRASE_NOTATION = r'''
[notation.symbols]
"출력 기울기" = "grad(W2[0, 0])"
"yo_{1}" = "a2[0]"
"t_{1}" = "y[0]"
"h_{1}" = "a1[0]"
'''
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_DELTA = "(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])"
_J2 = tuple({"j": j} for j in range(2))
_J3 = tuple({"j": j} for j in range(3))
_J3K2 = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_SUM = "x[0]*W1[{j},0] + x[1]*W1[{j},1]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the indices named: W[1, 2], the weight from hidden unit 2 to output 1 (from 0)
            ("index-names", "W[out_idx, hid_idx] = W[out_idx, hid_idx] + lr * delta_o[out_idx] * h[hid_idx]", ((C,),),
             (Twin("update", "W2[1,2]", ("W2[1,2] + eta*" + _DELTA.format(k=1) + "*a1[2]",)),)),
            ("index-names-swapped-wrong", "W[out_idx, hid_idx] = W[out_idx, hid_idx] + lr * delta_o[out_idx] * h[out_idx]",
             ((W,),), (Twin("update", "W2[1,2]", ("W2[1,2] + eta*" + _DELTA.format(k=1) + "*a1[1]",)),)),
            ("index-names-uphill-wrong", "W[out_idx, hid_idx] = W[out_idx, hid_idx] - lr * delta_o[out_idx] * h[hid_idx]",
             ((W,),), (Twin("update", "W2[1,2]", ("W2[1,2] - eta*" + _DELTA.format(k=1) + "*a1[2]",)),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", INDEX_NAMES_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the hidden outputs as a column against the outputs' terms: entry [j, k], as NumPy broadcasts
            ("column-of-code-name", "dw_hid_out = lr * out_err_term * hidden_out_vals[:, None]", ((C,),),
             (Twin("value", "eta*" + _DELTA + "*a1[{j}]", ("eta*" + _DELTA + "*a1[{j}]",), _J3K2),)),
            ("column-of-code-name-no-rate-wrong", "dw_hid_out = out_err_term * hidden_out_vals[:, None]", ((W,),),
             (Twin("value", "eta*" + _DELTA + "*a1[{j}]", (_DELTA + "*a1[{j}]",), _J3K2),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", COLUMN_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # W1 whole in the code, the matrix its entries W1_{ij} make too: one reading
            ("whole-beside-entries", "s1 = np.dot(x, W1.T) + b1", ((C,),),
             (Twin("value", "z1[{j}]", (_SUM + " + b1[{j}]",), _J3),)),
            ("whole-beside-entries-no-bias-wrong", "s1 = np.dot(x, W1.T)", ((W,),),
             (Twin("value", "z1[{j}]", (_SUM,), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", WHOLE_AND_ENTRIES_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # decimal commas in the page's parentheses, 2 (0,4): the formula writes its decimals with commas (0,2 and
            # 1,1 outside any bracket, no decimal point), so (0,4) is 0.4; Z_in 1 opening the left side is Z_in_1
            ("decimal-commas-in-products", "Z_in 1 = 0,2 + 2 (0,4) + 1 (0,1) = 1,1", ((C, C),),
             (Twin("value", "z1[0]", ("=0.2 + 2*0.4 + 1*0.1", "=1.1")),)),
            ("decimal-commas-in-products-wrong", "Z_in 2 = -0,1 + 2 (0,5) + 1 (0,2) = 1,1", ((W, W),),
             (Twin("value", "z1[1]", ("=-0.1 + 2*0.5 + 1*0.2", "=1.1")),)),
            ("decimal-commas-in-sums", "Z_in 2 = (-0,1 + 2 (0,5)) + (1 (-0,2)) = 0,7", ((C, C),),
             (Twin("value", "z1[1]", ("=(-0.1 + 2*0.5) + 1*(-0.2)", "=0.7")),))):
        cases.append(Public(key, "test", "sigmoid-numbers", NUMBERS_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a PDF's subscripts after a space, t i and ŷ i: i names nothing alone, t and ŷ nothing bare
            ("spaced-subscripts", "J = -(t i * log(ŷ i) + (1 - t i) * log(1 - ŷ i))", ((C,),),
             (Twin("value", _BCE, (_BCE,)),)),
            ("spaced-subscripts-wrong", "J = -(t i * log(ŷ i) + (1 - t i) * log(ŷ i))", ((W,),),
             (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(a1[0]))",)),))):
        cases.append(Public(key, "test", "logistic-2", SAMPLE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a PDF's layer superscripts after a space, the last one ending the line: b (1) is b^{(1)} as W (1) is
            ("flattened-layer-at-line-end", "Z (1) = X ∗W (1) + b (1)", ((C,),),
             (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] + b1[{j}]",), _J2),)),
            ("flattened-layer-at-line-end-wrong", "Z (1) = X ∗W (1) - b (1)", ((W,),),
             (Twin("value", "z1[{j}]", ("x[0]*W1[{j},0] + x[1]*W1[{j},1] - b1[{j}]",), _J2),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-1", ROWS_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a rule in words, each phrase a name the notation gives whole
            ("phrase-names", "New Weight = Old Weight - Learning Rate * Weight Gradient", ((C,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),)),
            ("phrase-names-uphill-wrong", "**New Weight = Old Weight + (Learning Rate * Weight Gradient)**", ((W,),),
             (Twin("update", "W1[0,1]", ("W1[0,1] + eta*grad",)),))):
        cases.append(Public(key, "test", "logistic-2", PHRASE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            ("korean-phrase-left-side", "출력 기울기 = (yo1 - t1) * yo1 * (1 - yo1) * h1", ((C,),),
             (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[0]",)),)),
            ("korean-phrase-left-side-wrong", "출력 기울기 = (yo1 - t1) * yo1 * h1", ((W,),),
             (Twin("gradient", "W2[0,0]", ("(a2[0] - y[0])*a2[0]*a1[0]",)),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", KOREAN_PHRASE_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_index_name_without_a_number_stays_refused():
    """``h[hid]``, a name the notation does not give a number: no index check can read."""
    message = CHECKS.refused("sigmoid-2-3-2", INDEX_NAMES_NOTATION,
                             "W[out_idx, hid_idx] = W[out_idx, hid_idx] + lr * delta_o[out_idx] * h[hid]")
    assert "matches none of the notation's patterns for h" in message


def test_a_column_against_a_vector_of_its_size_stays_refused():
    """Two outputs and two hidden units: u * v[:, None] is a matrix either way round, which NumPy's rule decides
    but a reader of the page cannot tell from the shapes."""
    message = CHECKS.refused("sigmoid-2-2-2", COLUMN_NOTATION, "dw_hid_out = lr * out_err_term * hidden_out_vals[:, None]")
    assert "of the same size" in message


def test_a_whole_name_that_is_another_matrix_than_its_entries_stays_refused():
    """``"W1"`` the transpose of the matrix ``"W1_{ij}"`` names: W1 bare is either."""
    notation = WHOLE_AND_ENTRIES_NOTATION.replace('"W1" = "W1[:, :]"', '"W1" = "W1[:, :].T"')
    message = CHECKS.refused("sigmoid-2-3-2", notation, "s1 = np.dot(x, W1) + b1")
    assert "the vector the notation's W1 patterns name" in message


def test_a_pair_in_parentheses_without_decimal_commas_stays_refused():
    """``2 (0,4)`` in a formula that writes its decimals with points (0.2): a pair, or a decimal comma; refused."""
    message = CHECKS.refused("sigmoid-numbers", NUMBERS_NOTATION, "Z_in 1 = 0.2 + 2 (0,4) + 1 (0,1)")
    assert "a list in parentheses is not a formula" in message


def test_a_function_of_two_arguments_keeps_its_comma():
    """``max(0,5)`` beside decimal commas: the parenthesis after a name holds its arguments, max(0, 5) = 5, never
    max(0.5); 5 - 3,9 is the 1,1 the sum gives."""
    case = Public("max-arguments", "test", "sigmoid-numbers", NUMBERS_NOTATION,
                  "Z_in 1 = 0,2 + 2 (0,4) + 1 (0,1) = max(0,5) - 3,9")
    assert CHECKS.verdicts(case) == (("correct", "correct"),)


def test_a_spaced_letter_after_a_name_the_notation_names_bare_stays_a_product():
    """``t i`` where the notation names t bare too: the product t times i (i naming nothing), refused."""
    notation = SAMPLE_NOTATION + '"t" = "y[0]"\n'
    message = CHECKS.refused("logistic-2", notation, "J = -(t i * log(ŷ i) + (1 - t i) * log(1 - ŷ i))")
    assert "unknown symbol i" in message


def test_spaced_digits_after_a_name_inside_a_formula_stay_a_product():
    """``sigmoid(Z_in 1)``: digits after a space are a subscript only on a left side opening the formula."""
    message = CHECKS.refused("sigmoid-numbers", NUMBERS_NOTATION, "Z_1 = sigmoid(Z_in 1)")
    assert "Z_in" in message


def test_a_phrase_left_side_the_notation_does_not_name_says_what_to_declare():
    """``Nuovo Peso = ...`` with no such name: refused, saying to name the phrase whole (never read word by word)."""
    message = CHECKS.refused("logistic-2", PHRASE_NOTATION, "Nuovo Peso = Old Weight - Learning Rate * Weight Gradient")
    assert "its left side 'Nuovo Peso' is a phrase of words" in message
    assert '"Nuovo Peso" = "..."' in message
