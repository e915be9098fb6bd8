"""Code's forms in formulas that held-out batches 23 and 24 of the public formulas showed missing, each written as
another author would (other names, another network than the pages'): a dot glued between two factors as their
product (``(O - t).P^T``, ``\\frac{\\partial E}{\\partial S}.P^T``, ``V^T.D``); an array's methods after a name,
a transpose or a call (``V.T.dot(D)``, ``sigmoid(S).reshape((len(t),))``, ``.flatten()``, ``.sum()``, ``.mean()``,
``.sum(axis=0)``);
``\\operatorname{np.sum}(D, \\operatorname{axis}=1, \\operatorname{keepdims}=\\operatorname{True})``; Unicode's
lone superscript t as the transpose (``Vᵗ @ D``); Markdown's bold around a whole formula; one relation split over
two lines (``A =`` then ``= B``). Each case is judged right where the formula is right and wrong where one thing
is changed; the refusals say what to write (two columns of different sizes, a reshape to a row, a matrix
flattened, ``\\dot`` typed for ``\\cdot``).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import TANH_2_3_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

from backprop.symbolic.typography import clean
from backprop.symbolic.typography_unicode import normalize_unicode

NETWORKS = {
    # three tanh units on two inputs, then two sigmoid outputs; the half squared error (two outputs: its value is
    # also the mean of the squared errors)
    "tanh-sigmoid": TANH_2_3_SIGMOID_2 + '[data]\nx = [[0.6, -1.1]]\ny = [[0.3, 0.8]]\n',
}
CHECKS = CaseChecks(NETWORKS)
_problem, _check = CHECKS.problem, CHECKS.verdicts

# code-like names: P, O the layers' outputs, R, S their pre-activations, U, V their weights, c the output bias,
# D the output's error dE/dS
_CODE_NAMES = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "x[:]"
"t" = "y[:]"
"P" = "a1[:]"
"O" = "a2[:]"
"R" = "z1[:]"
"S" = "z2[:]"
"U" = "W1[:, :]"
"V" = "W2[:, :]"
"c" = "b2[:]"
"D" = "grad(z2[:])"
'''
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K = ({"k": 0}, {"k": 1})
_J = ({"j": 0}, {"j": 1}, {"j": 2})
_DELTA = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_HIDDEN = "(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
_HALF_SE = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"


def _case(key, text, verdict, twin):
    return Public(f"{key}-{verdict}", "test", "tanh-sigmoid", _CODE_NAMES, text, ((verdict,),), (twin,))


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a dot glued after a parenthesis or a fraction: the product, as \cdot reads it (here the outer product
            # of the error with P^T, the one that fits)
            ("dot-after-parenthesis", r"\frac{\partial E}{\partial V} = ((O - t) \odot O \odot (1 - O)).P^{T}", C,
             f"{_DELTA}*a1[{{j}}]"),
            ("dot-after-parenthesis-no-slope", r"\frac{\partial E}{\partial V} = ((O - t) \odot O).P^{T}", W,
             "(a2[{k}] - y[{k}])*a2[{k}]*a1[{j}]"),
            ("dot-after-fraction", r"\frac{\partial E}{\partial V} = \frac{\partial E}{\partial S}.P^{T}", C,
             f"{_DELTA}*a1[{{j}}]"),
            ("dot-after-fraction-output", r"\frac{\partial E}{\partial V} = \frac{\partial E}{\partial O}. P^{T}", W,
             "(a2[{k}] - y[{k}])*a1[{j}]")):
        cases.append(_case(key, text, verdict, Twin("gradient", "W2[{k},{j}]", (member,), _KJ)))
    for key, text, verdict, member in (
            # after a transpose, and between two vectors of one size: their entrywise product, the one reading of
            # the left side's shape (as \cdot; three vectors so joined are refused, as with \cdot)
            ("dot-after-transpose", r"\frac{\partial E}{\partial R} = (V^{T}.D) \odot (1 - P \odot P)", C,
             f"{_HIDDEN}*(1 - a1[{{j}}]**2)"),
            ("dot-between-vectors", r"\frac{\partial E}{\partial R} = (V^{T} D).(1 - P \odot P)", C,
             f"{_HIDDEN}*(1 - a1[{{j}}]**2)"),
            ("dot-between-vectors-sigmoid-slope", r"\frac{\partial E}{\partial R} = (V^{T} D).(P \odot (1 - P))", W,
             f"{_HIDDEN}*a1[{{j}}]*(1 - a1[{{j}}])"),
            # NumPy's method product after a transpose or a parenthesis: np.dot of the two
            ("transpose-dot-method", "dE/dR = V.T.dot(D) * (1 - P*P)", C, f"{_HIDDEN}*(1 - a1[{{j}}]**2)"),
            ("transpose-dot-method-sigmoid-slope", "dE/dR = (V.T).dot(D) * P*(1 - P)", W,
             f"{_HIDDEN}*a1[{{j}}]*(1 - a1[{{j}}])"),
            # code's typewriter font around NumPy's function, as \operatorname
            ("texttt-np-dot", r"\frac{\partial E}{\partial R} = \texttt{np.dot}(V^{T}, D) \odot (1 - P \odot P)", C,
             f"{_HIDDEN}*(1 - a1[{{j}}]**2)"),
            ("texttt-np-dot-untransposed-slope", r"\frac{\partial E}{\partial R} = \texttt{np.dot}(V^{T}, D) \odot P",
             W, f"{_HIDDEN}*a1[{{j}}]"),
            # Unicode's lone superscript t: the transpose
            ("unicode-t-transpose", "dE/dR = Vᵗ @ D * (1 - P*P)", C, f"{_HIDDEN}*(1 - a1[{{j}}]**2)"),
            ("unicode-t-transpose-sigmoid-slope", "dE/dR = Vᵗ @ D * P*(1 - P)", W,
             f"{_HIDDEN}*a1[{{j}}]*(1 - a1[{{j}}])")):
        cases.append(_case(key, text, verdict, Twin("gradient_z", "z1[{j}]", (member,), _J)))
    for key, text, verdict, member in (
            # array methods that keep a vector's entries
            ("reshape-of-call", "O = sigmoid(S).reshape((len(t),))", C, "sigmoid(z2[{k}])"),
            ("reshape-of-call-tanh", "O = tanh(S).reshape(-1)", W, "tanh(z2[{k}])"),
            ("reshape-column", "O = sigmoid(S).reshape(-1, 1)", C, "sigmoid(z2[{k}])"),
            ("squeeze", "O = sigmoid(S).squeeze()", C, "sigmoid(z2[{k}])")):
        cases.append(_case(key, text, verdict, Twin("value", "a2[{k}]", (member,), _K)))
    for key, text, verdict, member in (
            ("flatten", "D = ((O - t)*O*(1 - O)).flatten()", C, _DELTA),
            ("flatten-no-slope", "D = ((O - t)*O).flatten()", W, "(a2[{k}] - y[{k}])*a2[{k}]"),
            ("ravel", "D = ((O - t)*O*(1 - O)).ravel()", C, _DELTA),
            # LaTeX's \operatorname around NumPy's sum and its keywords, as the plain code reads
            ("operatorname-np-sum", r"\frac{\partial E}{\partial c} = \operatorname{np.sum}(D, \operatorname{axis}=1,"
             r" \operatorname{keepdims}=\operatorname{True})", C, _DELTA),
            ("operatorname-np-sum-output", r"\frac{\partial E}{\partial c} = \operatorname{np.sum}(O - t,"
             r" \operatorname{axis}=1, \operatorname{keepdims}=\operatorname{True})", W, "a2[{k}] - y[{k}]"),
            ("mathrm-np-sum", r"\frac{\partial E}{\partial c} = \mathrm{np.sum}(D, \mathrm{axis}=1)", C, _DELTA),
            # Markdown's bold around the whole formula
            ("bold-formula", "**`dE/dS = (O - t) * O * (1 - O)`**", C, _DELTA),
            ("bold-formula-no-slope", "**dE/dS = (O - t) * O**", W, "(a2[{k}] - y[{k}])*a2[{k}]")):
        target = "b2[{k}]" if "np-sum" in key else "z2[{k}]"
        cases.append(_case(key, text, verdict, Twin("gradient" if "np-sum" in key else "gradient_z", target,
                                                     (member,), _K)))
    for key, text, verdict, member in (
            # the sum and the mean of every entry, and the sum along an axis
            ("method-sum", "E = ((O - t)*(O - t)).sum()/2", C, _HALF_SE),
            ("method-sum-undivided", "E = ((O - t)*(O - t)).sum()", W, f"2*{_HALF_SE}"),
            ("method-mean", "E = np.square(O - t).mean()", C, _HALF_SE),
            ("method-mean-doubled", "E = 2*np.square(O - t).mean()", W, f"2*{_HALF_SE}"),
            ("method-sum-axis", "E = np.square(O - t).sum(axis=0)/2", C, _HALF_SE),
            ("method-sum-axis-undivided", "E = np.square(O - t).sum(axis=0)", W, f"2*{_HALF_SE}")):
        cases.append(_case(key, text, verdict, Twin("value", _HALF_SE, (member,))))
    # a relation written at a line's end and again at the next line's start, as a code block's chain: one
    cases.append(Public("split-relation", "test", "tanh-sigmoid", _CODE_NAMES,
                        "dE/dS =\n= (O - t)*O*(1 - O)\n= (O - t)*O", ((C, W),),
                        (Twin("gradient_z", "z2[{k}]", (_DELTA, "(a2[{k}] - y[{k}])*a2[{k}]"), _K),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _refusal(text: str) -> str:
    return CHECKS.refused("tanh-sigmoid", _CODE_NAMES, text)


def test_two_columns_of_different_sizes_joined_by_a_dot_are_refused_saying_to_transpose_the_second():
    """P.D, the outer product written without its transpose and in the other order than the left side's rows x
    columns (D.P reads as D P^T: test_reading_constructs_batch31_fixshapes): the sizes do not fit, the message says
    so."""
    for text in (r"\frac{\partial E}{\partial V} = P.D", r"\frac{\partial E}{\partial V} = P \cdot D",
                 r"\frac{\partial E}{\partial V} = P @ D"):
        message = _refusal(text)
        assert "multiplies a 3 x 1 by a 2 x 1, whose sizes do not fit" in message
        assert "outer product has the second transposed, u v^T" in message


def test_a_reshape_to_a_row_or_of_a_matrix_is_refused_saying_what_is_read():
    message = _refusal("O = sigmoid(S).reshape(1, -1)")  # a row read only as a matrix product's factor (fix86np)
    assert ".reshape(1, n), a vector's row, outside np.dot(u, v)" in message and "u^T" in message
    message = _refusal("O = sigmoid(S).reshape(2, 2)")
    assert ".reshape(2, 2): check reads .reshape of a vector to a vector" in message and "u^T" in message
    message = _refusal("O = U.flatten()")
    assert ".flatten(...) of a 3 x 2 matrix" in message and "of a vector" in message


def test_a_sum_along_another_axis_than_0_or_1_is_refused():
    assert "another argument than axis 0 or 1" in _refusal("E = np.square(O - t).sum(axis=2)/2")


def test_a_dot_accent_typed_for_cdot_is_refused_naming_cdot():
    r"""dZ \dot{A^{[1]}}^T: \dot is an accent over A, a different name, and the product meant is \cdot."""
    for text in (r"\frac{\partial E}{\partial V} = D\dot{P^{[1]}}^{T}",
                 r"\frac{\partial E}{\partial V} = D\dot{P}^{T}"):
        message = _refusal(text)
        assert r"\dot is an accent over a name" in message and r"write \cdot for the product" in message


def test_a_dot_that_is_an_attribute_a_decimal_or_a_full_stop_stays_so():
    """The glued dot is a product only between two factors: x.T, np.sum, self.w1, .5 and a full stop keep their
    readings."""
    assert clean("(O - t).T") == "(O - t)^T"
    assert "np.sum(D, axis=1)" in clean(r"\operatorname{np.sum}(D, \operatorname{axis}=1)")
    assert "self.w1" in clean("self.w1 * x")
    assert r"\cdot" not in clean(r"\frac{1}{2}.5") and r"\cdot" not in clean(r"(a - y)x. \quad")
    assert r"\cdot" not in clean("(u > 0).astype(float)") and r"\cdot" not in clean("sigmoid(z).exp()")
    assert r"\cdot" not in clean("\\frac{a}{b}.\nB = c")  # a dot at a line's end: the next line may be a formula


def test_a_superscript_t_beside_a_step_t_is_the_step():
    """wᵗ⁺¹ = wᵗ - η g: where t is written in a longer superscript, a lone ᵗ is the step t too, not a transpose."""
    assert normalize_unicode("Wᵗ @ dz") == "W^T @ dz"
    assert "w^t " in normalize_unicode("wᵗ⁺¹ = wᵗ - η g") + " " and "^T" not in normalize_unicode("wᵗ⁺¹ = wᵗ - η g")


# H names the hidden layer's output in this notation, not the Heaviside step that H(u) is where no notation says so
_H_NAMES = _CODE_NAMES.replace('"P" = "a1[:]"', '"H" = "a1[:]"')
_H_CASES = [Public(f"h-named-{key}", "test", "tanh-sigmoid", _H_NAMES, text, ((verdict,),),
                   (Twin("gradient", "W2[{k},{j}]", (member,), _KJ),))
            for key, text, verdict, member in (
                ("after", r"\frac{\partial E}{\partial V} = ((O - t) \odot O \odot (1 - O)) H^{T}", C,
                 f"{_DELTA}*a1[{{j}}]"),
                ("braceless", r"\frac{\partial E}{\partial V} = ((O - t) \odot O \odot (1 - O)) H^T", C,
                 f"{_DELTA}*a1[{{j}}]"),
                ("no-slope", r"\frac{\partial E}{\partial V} = (O - t) H^{T}", W, "(a2[{k}] - y[{k}])*a1[{j}]"))]


@pytest.mark.parametrize("case", _H_CASES, ids=lambda case: case.key)
def test_a_notation_symbol_named_like_a_function_is_the_symbol_before_a_superscript(case):
    assert oracle_verdicts(case, _problem(case)) == case.expected
    assert _check(case) == case.expected

