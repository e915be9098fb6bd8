"""Last session's leftovers (batches 129-131), written here as other authors would (other names, other networks):

- a name with a subscript word and code's index whose letter stands inside the word, the notation's ``"δ_hidden[i]" =
  "delta1[i]"`` (batch 130's React lesson; ``\\varepsilon_{in}[i]``, ``δ_input[i]`` alike): the word is the word, the
  bracket's i the index, so δ_hidden is the vector delta1[:] and a formula's ``δ_hidden[i]`` its entry i (the spec
  makes an index letter in a subscript a placeholder; the bracket places this one); a meaning that shifts the index,
  ``"delta1[i-1]"``, is read as the name's own entries (a code name counted from 1), and one of a subscript in
  TeX's braces that no code name spells is refused at the table, saying what to write;
- a weight matrix's column or row section on the left side, ``W[:, j] -= lr * ...``, Fortran's and MATLAB's ``W(:, j)
  = W(:, j) - ...``: read as the right side's sections are, the letter counted by the notation; a letter no pattern
  counts refused, the section quoted as written (Fortran's parentheses, never R's W[, j] it is read in).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid as _grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_3_2, TANH_2_3_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-1": SIGMOID_2_2_1, "sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-3-2": SIGMOID_3_2,
            "tanh-2-3-sigmoid-1": TANH_2_3_SIGMOID_1}
CHECKS = CaseChecks(NETWORKS)


# ---- a subscript word holding the bracket's letter ------------------------------------------------------------------
# a JSX lesson's names, Unicode δ and a word with i in it
_HIDDEN_WORD = r'''
[notation]
indices = "ij"
[notation.symbols]
"δ_hidden[i]" = "delta1[i]"
"δ_output" = "delta2[0]"
"w_out[i]" = "W2[0, i]"
"z_hidden[i]" = "z1[i]"
"input[j]" = "x[j]"
"w₁[i][j]" = "W1[i, j]"
'''
# TeX's \varepsilon with the word in braces (in holds i), the output's error terms and the hidden outputs
_EPSILON_IN = r'''
[notation]
indices = "ik"
[notation.symbols]
"\\varepsilon_{in}[i]" = "delta1[i]"
"\\varepsilon_{out}[k]" = "delta2[k]"
"W_out[k][i]" = "W2[k, i]"
"a_hid[i]" = "a1[i]"
'''
# code counting from 1: the name's own entries, δ_hidden[1] the first hidden unit's
_FROM_ONE = r'''
[notation]
indices = "ij"
[notation.symbols]
"δ_hidden[i]" = "delta1[i-1]"
"δ_o" = "delta2[0]"
"w[i]" = "W2[0, i-1]"
"h[i]" = "a1[i-1]"
'''
_DO = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1_SIGMOID = f"{_DO}*W2[0,{{i}}]*a1[{{i}}]*(1 - a1[{{i}}])"
_D1_TANH = f"{_DO}*W2[0,{{i}}]*(1 - a1[{{i}}]**2)"
_D2_TWO = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1_TWO = "(" + " + ".join(f"{_D2_TWO.format(k=k)}*W2[{k},{{i}}]" for k in (0, 1)) + ")*a1[{i}]*(1 - a1[{i}])"


def _word_cases() -> list[Public]:
    return [
        Public("hidden-word-delta", "test", "sigmoid-2-2-1", _HIDDEN_WORD,
               "δ_hidden[i] = (δ_output × w_out[i]) × sigmoid'(z_hidden[i])", ((C,),),
               (Twin("value", _D1_SIGMOID, (_D1_SIGMOID,), _grid(i=2)),)),
        Public("hidden-word-delta-tanh", "test", "tanh-2-3-sigmoid-1", _HIDDEN_WORD,
               "δ_hidden[i] = δ_output * w_out[i] * (1 - tanh(z_hidden[i])^2)", ((C,),),
               (Twin("value", _D1_TANH, (_D1_TANH,), _grid(i=3)),)),
        Public("hidden-word-delta-slope-missing", "test", "sigmoid-2-2-1", _HIDDEN_WORD,
               "δ_hidden[i] = δ_output × w_out[i]", ((W,),),
               (Twin("value", _D1_SIGMOID, (f"{_DO}*W2[0,{{i}}]",), _grid(i=2)),)),
        Public("hidden-word-gradient", "test", "sigmoid-2-2-1", _HIDDEN_WORD,
               "∂L/∂w₁[i][j] = δ_hidden[i] × input[j]", ((C,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_D1_SIGMOID}*x[{{j}}]",), _grid(i=2, j=2)),)),
        Public("hidden-word-gradient-transposed", "test", "sigmoid-2-2-1", _HIDDEN_WORD,
               "∂L/∂w₁[i][j] = δ_hidden[j] × input[i]", ((W,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_D1_SIGMOID.replace('{i}', '{j}')}*x[{{i}}]",), _grid(i=2, j=2)),)),
        Public("epsilon-in-sum", "test", "sigmoid-2-2-2", _EPSILON_IN,
               r"\varepsilon_{in}[i] = \sum_k \varepsilon_{out}[k] W_out[k][i] \cdot a_hid[i] (1 - a_hid[i])", ((C,),),
               (Twin("value", _D1_TWO, (_D1_TWO,), _grid(i=2)),)),
        Public("epsilon-in-sum-row-for-column", "test", "sigmoid-2-2-2", _EPSILON_IN,
               r"\varepsilon_{in}[i] = \sum_k \varepsilon_{out}[k] W_out[i][k] \cdot a_hid[i] (1 - a_hid[i])", ((W,),),
               (Twin("value", _D1_TWO, (_D1_TWO.replace("W2[0,{i}]", "W2[{i},0]").replace("W2[1,{i}]", "W2[{i},1]"),),
                     _grid(i=2)),)),
        Public("hidden-word-from-one", "test", "sigmoid-2-2-1", _FROM_ONE,
               "δ_hidden[i] = δ_o*w[i]*h[i]*(1 - h[i])", ((C,),),
               (Twin("value", _D1_SIGMOID.replace("{i}", "{i}-1"), (_D1_SIGMOID.replace("{i}", "{i}-1"),),
                     tuple({"i": i} for i in (1, 2))),)),
        Public("hidden-word-from-one-slope-missing", "test", "sigmoid-2-2-1", _FROM_ONE,
               "δ_hidden[i] = δ_o*w[i]*h[i]", ((W,),),
               (Twin("value", _D1_SIGMOID.replace("{i}", "{i}-1"), (f"{_DO}*W2[0,{{i}}-1]*a1[{{i}}-1]",),
                     tuple({"i": i} for i in (1, 2))),)),
    ]


def test_a_braced_word_with_a_shifted_index_is_refused_at_the_table():
    notation = '[notation]\nindices = "ij"\n[notation.symbols]\n"\\\\varepsilon_{in}[i]" = "delta1[i-1]"\n'
    message = CHECKS.refused("sigmoid-2-2-1", notation, "x = 1")
    assert "symbols.'\\\\varepsilon_{in}[i]'" in message and "code's index [i]" in message
    assert "counted from 0" in message and 'write e.g. "\\varepsilon_{in}[i]" = "delta1[i]"' in message


def test_an_entry_past_the_word_vector_is_refused():
    message = CHECKS.refused("sigmoid-2-2-1", _HIDDEN_WORD, "δ_hidden[2] = δ_output × w_out[2]")
    assert "has 2 entries, counted from 0" in message


# ---- a weight matrix's section on the left side ---------------------------------------------------------------------
# NumPy's (units counted from 0) and Fortran's (from 1) names of the output layer's weights and its gradient
_NUMPY = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"h[j]" = "a1[j]"
"d_o" = "delta2[:]"
"W" = "W2[:, :]"
"dW" = "grad(W2[:, :])"
'''
_FORTRAN = r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"ah(j)" = "a1[j-1]"
"dout" = "delta2[:]"
"layer%w" = "W2[:, :]"
"layer%w_in" = "W2[:, :].T"
'''
# no pattern counts j
_UNCOUNTED = r'''
[notation]
indices = "j"
learning_rate = ["lr"]
[notation.symbols]
"h" = "a1[:]"
"d_o" = "delta2[:]"
"W" = "W2[:, :]"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_COLUMN = tuple({"k": k, "j": j} for k in (0, 1) for j in (0, 1))


def _section_cases() -> list[Public]:
    return [
        Public("numpy-left-column-update", "test", "sigmoid-2-2-2", _NUMPY, "W[:, j] -= lr * d_o * h[j]", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _COLUMN),)),
        Public("numpy-left-column-update-sign", "test", "sigmoid-2-2-2", _NUMPY, "W[:, j] += lr * d_o * h[j]", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _COLUMN),)),
        Public("numpy-left-column-gradient", "test", "sigmoid-2-2-2", _NUMPY, "dW[:, j] = d_o * h[j]", ((C,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _COLUMN),)),
        Public("numpy-left-row-for-column", "test", "sigmoid-2-2-2", _NUMPY, "dW[j, :] = d_o * h[j]", ((W,),),
               (Twin("gradient", "W2[{j},{k}]", (f"{_D2}*a1[{{j}}]",), _COLUMN),)),
        Public("fortran-left-column-update", "test", "sigmoid-2-2-2", _FORTRAN,
               "layer%w(:, j) = layer%w(:, j) - eta * dout * ah(j)", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _COLUMN),)),
        Public("fortran-left-input-first-row-update", "test", "sigmoid-2-2-2", _FORTRAN,
               "layer%w_in(j, :) = layer%w_in(j, :) - eta * dout * ah(j)", ((C,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _COLUMN),)),
        Public("fortran-left-row-for-column", "test", "sigmoid-2-2-2", _FORTRAN,
               "layer%w(j, :) = layer%w(j, :) - eta * dout * ah(j)", ((W,),),
               (Twin("update", "W2[{j},{k}]", (f"W2[{{j}},{{k}}] - eta*{_D2}*a1[{{j}}]",), _COLUMN),)),
    ]


def test_a_left_section_of_a_letter_no_pattern_counts_is_refused_as_written():
    message = CHECKS.refused("sigmoid-2-2-2", _UNCOUNTED, "W(:, j) = W(:, j) - lr * d_o * h(j)")
    assert message.startswith("formula 'W(:, j) = W(:, j) - lr") and "W[, j]" not in message
    assert "W(:, j): the column j of a weight matrix, and no pattern counts j" in message
    numpy = CHECKS.refused("sigmoid-2-2-2", _UNCOUNTED, "W[:, j] -= lr * d_o * h[j]")
    assert "W[:, j]: the column j of a weight matrix, and no pattern counts j" in numpy


def test_rs_section_is_quoted_in_rs_form():
    message = CHECKS.refused("sigmoid-2-2-2", _UNCOUNTED, "W[, j] <- W[, j] - lr * d_o * h[j]")
    assert "W[, j]: the column j of a weight matrix" in message


# ---- Fortran's intrinsics in either case -----------------------------------------------------------------------------
# a Fortran module's arrays (its derived types' fields), the output layer's weights output-first
_F90 = r'''
[notation]
learning_rate = ["eta"]
[notation.symbols]
"net%a1" = "a1[:]"
"net%d2" = "delta2[:]"
"net%d1" = "delta1[:]"
"net%W2" = "W2[:, :]"
'''
_D1_TANH_TWO = "(" + " + ".join(f"{_D2_TWO.format(k=k)}*W2[{k},{{i}}]" for k in (0, 1)) + ")*(1 - a1[{i}]**2)"


def _intrinsic_cases() -> list[Public]:
    return [
        Public("f90-upper-matmul-transpose", "test", "sigmoid-2-2-2", _F90,
               "net%d1 = MATMUL(TRANSPOSE(net%W2), net%d2) * net%a1 * (1.0_dp - net%a1)", ((C,),),
               (Twin("value", _D1_TWO, (_D1_TWO,), _grid(i=2)),)),
        Public("f90-mixed-case", "test", "sigmoid-2-2-2", _F90,
               "net%d1 = Matmul(Transpose(net%W2), net%d2) * net%a1 * (1 - net%a1)", ((C,),),
               (Twin("value", _D1_TWO, (_D1_TWO,), _grid(i=2)),)),
        Public("f90-upper-matmul-untransposed", "test", "sigmoid-2-2-2", _F90,
               "net%d1 = MATMUL(net%W2, net%d2) * net%a1 * (1 - net%a1)", ((W,),),
               (Twin("value", _D1_TWO, (_D1_TWO.replace("W2[0,{i}]", "W2[{i},0]").replace("W2[1,{i}]", "W2[{i},1]"),),
                     _grid(i=2)),)),
        Public("f90-upper-tanh", "test", "tanh-2-3-sigmoid-1", r'''
[notation]
[notation.symbols]
"h" = "a1[:]"
"dy" = "delta2[:]"
"dh" = "delta1[:]"
"V" = "W2[:, :]"
''', "dh = MATMUL(TRANSPOSE(V), dy) * (1 - h**2)", ((C,),),
               (Twin("value", _D1_TANH, (_D1_TANH,), _grid(i=3)),)),
    ]


def test_an_intrinsic_with_the_wrong_arguments_is_refused():
    assert "MATMUL(...) with 1 argument(s): it takes two" in CHECKS.refused(
        "sigmoid-2-2-2", _F90, "net%d1 = MATMUL(TRANSPOSE(net%W2)) * net%a1")
    assert "TRANSPOSE(...) with 2 arguments" in CHECKS.refused(
        "sigmoid-2-2-2", _F90, "net%d1 = TRANSPOSE(net%W2, net%d2) * net%a1")


# ---- a step's verb before a comment's formula ------------------------------------------------------------------------
# one layer of two sigmoid units on three inputs: err the sums' gradient, inp the inputs
_LAYER = r'''
[notation]
indices = "ij"
learning_rate = ["lr"]
[notation.symbols]
"err" = "grad(z1[:])"
"inp" = "x[:]"
"W" = "W1[:, :]"
"dW" = "grad(W1[:, :])"
"db" = "grad(b1[:])"
'''
_ERR = "(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"
_IJ = _grid(i=2, j=3)


def _verb_cases() -> list[Public]:
    return [
        Public("comment-compute", "test", "sigmoid-3-2", _LAYER, "    # compute dW = err @ inp.T", ((C,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_ERR}*x[{{j}}]",), _IJ),)),
        Public("comment-capitalised-update", "test", "sigmoid-3-2", _LAYER, "// Update W = W - lr * np.outer(err, inp)",
               ((C,),), (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - eta*{_ERR}*x[{{j}}]",), _IJ),)),
        Public("comment-spanish-sign-slip", "test", "sigmoid-3-2", _LAYER, "# calcula db = -err", ((W,),),
               (Twin("gradient", "b1[{i}]", (f"-{_ERR}",), _grid(i=2)),)),
        Public("comment-framed-verb", "test", "sigmoid-3-2", _LAYER, "# --- compute dW = err @ inp.T ---", ((C,),),
               (Twin("gradient", "W1[{i},{j}]", (f"{_ERR}*x[{{j}}]",), _IJ),)),
        Public("comment-verb-rate-missing", "test", "sigmoid-3-2", _LAYER, "// Update W = W - np.outer(err, inp)",
               ((W,),), (Twin("update", "W1[{i},{j}]", (f"W1[{{i}},{{j}}] - {_ERR}*x[{{j}}]",), _IJ),)),
        # more words before the left side the notation names (fixcmt40's comment lead-ins)
        Public("comment-words-lead-in", "test", "sigmoid-3-2", _LAYER, "# Compute the gradient dW = err @ inp.T",
               ((C,),), (Twin("gradient", "W1[{i},{j}]", (f"{_ERR}*x[{{j}}]",), _IJ),)),
        Public("comment-past-tense-slip", "test", "sigmoid-3-2", _LAYER, "# computed db = -err", ((W,),),
               (Twin("gradient", "b1[{i}]", (f"-{_ERR}",), _grid(i=2)),)),
    ]


def test_a_premise_word_before_a_comments_formula_keeps_it_a_remark():
    # words leading into a comment's equation are read since fixcmt40 (_verb_cases' "Compute the gradient dW = ..."),
    # but a premise's "here" states the example's value, not a claim
    assert "holds nothing to judge" in CHECKS.refused("sigmoid-3-2", _LAYER, "# here dW = err @ inp.T")


def test_a_left_side_the_notation_does_not_read_after_the_verb_is_refused_for_it():
    assert "unknown symbol q" in CHECKS.refused("sigmoid-3-2", _LAYER, "# compute q = err")


# ---- a column of ones written with \\vdots; a question after // -----------------------------------------------------
_ONES = r'''
[notation]
[notation.symbols]
"m" = "1"
"dZ1" = "grad(z1[:])"
"db1" = "grad(b1[:])"
"dZ2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
'''
_ASKED = r'''
[notation]
[notation.symbols]
"o" = "a2[0]"
"t" = "y[0]"
"dE_db" = "grad(b2[0])"
'''


def _remark_cases() -> list[Public]:
    return [
        Public("vdots-ones-hidden", "test", "tanh-2-3-sigmoid-1", _ONES,
               r"db1 = dZ1 \begin{bmatrix} 1 \\ \vdots \\ 1 \end{bmatrix}", ((C,),),
               (Twin("gradient", "b1[{i}]", (_D1_TANH,), _grid(i=3)),)),
        Public("vdots-ones-averaged", "test", "tanh-2-3-sigmoid-1", _ONES,
               r"db2 = \frac{1}{m} dZ2 \cdot \begin{pmatrix} 1 \\ 1 \\ \vdots \\ 1 \end{pmatrix}", ((C,),),
               (Twin("gradient", "b2[0]", (_DO,)),)),
        Public("vdots-twos", "test", "tanh-2-3-sigmoid-1", _ONES,
               r"db1 = dZ1 \begin{bmatrix} 2 \\ \vdots \\ 2 \end{bmatrix}", ((W,),),
               (Twin("gradient", "b1[{i}]", (f"2*{_D1_TANH}",), _grid(i=3)),)),
        Public("question-after-comment", "test", "sigmoid-2-2-1", _ASKED, "dE_db = (o - t)*o*(1 - o) // Am I correct?",
               ((C,),), (Twin("gradient", "b2[0]", (_DO,)),)),
        Public("question-after-comment-sign", "test", "sigmoid-2-2-1", _ASKED, "dE_db = (t - o)*o*(1 - o)  // why?",
               ((W,),), (Twin("gradient", "b2[0]", (f"-{_DO}",)),)),
    ]


def test_an_elided_column_of_different_numbers_is_refused():
    message = CHECKS.refused("tanh-2-3-sigmoid-1", _ONES, r"db1 = dZ1 \begin{bmatrix} 1 \\ \vdots \\ 2 \end{bmatrix}")
    assert "a list with an ellipsis" in message and "not one template" in message


def test_a_question_after_a_chain_without_left_side_names_the_chain():
    message = CHECKS.refused("sigmoid-2-2-1", _ASKED, "= o - t = -(t - o) // Am I correct?")
    assert "has no left side (it continues an earlier formula)" in message and "//" not in message.split(":")[-1]
    assert "unexpected at '/'" in CHECKS.refused("sigmoid-2-2-1", _ASKED, "dE_db = (o - t) // 2")


def test_a_prime_on_a_bracket_names_what_to_write():
    message = CHECKS.refused("sigmoid-2-2-1", _ASKED, "(E/o)' = o - t")
    assert "which variable is meant is unclear" in message and r"write \frac{d}{dx}(E/o)" in message


# ---- a static path the notation does not name --------------------------------------------------------------------
_STATIC = r'''
[notation]
learning_rate = ["Config::rate"]
functions = { "Act::sigmoidPrime" = "sigmoid' at output" }
[notation.symbols]
"out" = "a2[0]"
"target" = "y[0]"
"err" = "a2[0] - y[0]"
"delta" = "delta2[0]"
'''


def _static_cases() -> list[Public]:
    return [
        Public("static-named", "test", "sigmoid-2-2-1", _STATIC, "delta = err * Act::sigmoidPrime(out);", ((C,),),
               (Twin("value", _DO, (_DO,)),)),
        Public("static-named-wrong", "test", "sigmoid-2-2-1", _STATIC, "delta = -err * Act::sigmoidPrime(out);",
               ((W,),), (Twin("value", _DO, (f"-{_DO}",)),)),
    ]


def test_a_static_function_the_notation_does_not_name_is_refused_saying_how_to_declare_it():
    message = CHECKS.refused("sigmoid-2-2-1", _STATIC, "delta = err * ActivationFunctions::sigmoidDerivative(out);")
    assert "ActivationFunctions::sigmoidDerivative is a static member's path" in message
    assert "which the notation does not name (as ActivationFunctions::sigmoidDerivative or the dotted" in message
    assert "declare the function it calls in the notation's functions" in message


def test_a_static_value_the_notation_does_not_name_is_refused_saying_how_to_give_it():
    message = CHECKS.refused("sigmoid-2-2-1", _STATIC, "delta = Self::lr * err")
    assert "Self::lr is a static member's path" in message
    assert 'give its value in [notation.symbols], "Self::lr"' in message


CASES = (_word_cases() + _section_cases() + _intrinsic_cases() + _verb_cases() + _remark_cases()
         + _static_cases())
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

