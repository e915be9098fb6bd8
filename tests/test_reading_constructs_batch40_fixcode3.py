"""The code constructs batches 38 to 40 of the public formulas left refused, each written as another author would
(other names, other networks than the pages'): an activation's derivative named with ``_grad`` (``_gradient``,
``_der``, Octave's ``sigmoidGradient``), judged at the unit's input and at its output, refused where the two
differ; Python's and MATLAB's ``abs(u)`` (``np.abs``, ``np.absolute``, ``math.fabs``) as |u|, a wrong derivative
judged wrong and |u| of a quantity positive at every point judged right; ``dot(u, v)`` without a module (``from
numpy import dot``, MATLAB's dot) as ``np.dot``, refused where MATLAB's dot differs from NumPy's; MATLAB's entry
``w(1)``, ``V(2,1)`` as the notation's ``w_{1}``, ``V_{2,1}``, refused where the bare letter is the notation's too;
a whole number closing an identity in a file without numbers, judged at every point where the left side is one
constant, refused where it changes from point to point.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2, SIGMOID_3_2_2, TANH_2_2_SIGMOID_1, TANH_3_2_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    # three inputs, one identity unit, the squared error
    "linear-three": '[[layer]]\ninputs = 3\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n',
    # three inputs, two sigmoid hidden units, two sigmoid outputs, the half squared error
    "sigmoid-3-2-2": SIGMOID_3_2_2,
    "tanh-3-2-1": TANH_3_2_SIGMOID_1_BCE,
    # two inputs, two sigmoid outputs, the half squared error
    "sigmoid-two": SIGMOID_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# n_j the hidden sums, h_j their outputs, v_j the output's weights, s the output's sum, o its output, t the target;
# g the loss's gradient by s, gh_j by h_j, gv_j by v_j
_TANH = r'''
[notation]
indices = "j"
[notation.symbols]
"n_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"v_{j}" = "W2[0, j-1]"
"s" = "z2[0]"
"o" = "a2[0]"
"t" = "y[0]"
"g" = "grad(z2[0])"
"gh_{j}" = "grad(a1[j-1])"
"gv_{j}" = "grad(W2[0, j-1])"
"gn_{j}" = "grad(z1[j-1])"
'''
_J2 = ({"j": 0}, {"j": 1})
_G = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
# the linear unit: u its sum, p its output, r the target, q_1..q_3 its weights, c its bias
_LINEAR = r'''
[notation]
[notation.symbols]
"u" = "z1[0]"
"p" = "a1[0]"
"r" = "y[0]"
"gu" = "grad(z1[0])"
"gp" = "grad(a1[0])"
'''
# two sigmoid outputs: zz the sums, out their outputs, tgt the targets, delta the loss's gradient by the sums
_VECTOR = r'''
[notation]
[notation.symbols]
"zz" = "z1[:]"
"out" = "a1[:]"
"tgt" = "y[:]"
"delta" = "grad(z1[:])"
'''
_K2 = ({"k": 0}, {"k": 1})
# the layers as matrices: P, Q the weights, e, f the biases, u, v the sums, g, o the outputs, inp the input, dv the
# loss's gradient by the output sums, du by the hidden ones, dQ by Q, t the targets, L the loss
_MATRICES = r'''
[notation]
[notation.symbols]
"P" = "W1[:, :]"
"Q" = "W2[:, :]"
"e" = "b1[:]"
"f" = "b2[:]"
"u" = "z1[:]"
"v" = "z2[:]"
"g" = "a1[:]"
"o" = "a2[:]"
"inp" = "x[:]"
"dv" = "grad(z2[:])"
"du" = "grad(z1[:])"
"dQ" = "grad(W2[:, :])"
"t" = "y[:]"
'''
_LOSS = "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)"
# entries counted from 1 as MATLAB counts: V_{jk} the hidden weights, u_1..u_3 the inputs (listed), c_j the biases,
# n_j the sums, q_1, q_2 the output's weights (listed), m its sum
_ENTRIES = r'''
[notation]
indices = "jk"
[notation.symbols]
"V_{jk}" = "W1[j-1, k-1]"
"u_{1}" = "x[0]"
"u_{2}" = "x[1]"
"u_{3}" = "x[2]"
"c_{j}" = "b1[j-1]"
"n_{j}" = "z1[j-1]"
"q_{1}" = "W2[0, 0]"
"q_{2}" = "W2[0, 1]"
"m" = "z2[0]"
'''
_N1 = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2] + b1[0]"
_DU = ("(W2[0,{k}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{k}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
       "*a1[{k}]*(1 - a1[{k}])")


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # a derivative word whose two readings are wrong alike: wrong (the target added, not taken away)
            ("grad-word-both-wrong", "g = (o + t) * sigmoid_grad(s)", W, "(a2[0] + y[0])*a2[0]*(1 - a2[0])"),
            ("gradient-word-both-wrong", "g = (o + t) * sigmoid_gradient(s)", W,
             "(a2[0] + y[0])*a2[0]*(1 - a2[0])"),
            ("camel-word-both-wrong", "g = (o + t) .* sigmoidGradient(s);", W, "(a2[0] + y[0])*a2[0]*(1 - a2[0])"),
            ("der-word-both-wrong", "g = 2 * (o - t) * sigmoid_der(s)", W, f"2*{_G}")):
        cases.append(Public(key, "test", "tanh-sigmoid", _TANH, text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    for key, text, verdict, member in (
            # the identity's derivative is 1 at the input and at the output: one verdict either way
            ("identity-grad-right", "gu = 2 * (p - r) * identity_grad(u)", C, "2*(a1[0] - y[0])*1"),
            ("identity-grad-halved", "gu = (p - r) * identity_grad(p)", W, "(a1[0] - y[0])*1")):
        cases.append(Public(key, "test", "linear-three", _LINEAR, text, ((verdict,),),
                            (Twin("gradient_z", "z1[0]", (member,)),)))
    for key, text, verdict, target, member, values in (
            # abs of the error is no derivative of the squared error: wrong wherever the prediction is below
            ("abs-of-error", "gp = 2 * abs(p - r)", W, "2*(a1[0] - y[0])", "2*np.abs(a1[0] - y[0])", ()),
            ("np-abs-of-error", "gp = 2 * np.abs(r - p)", W, "2*(a1[0] - y[0])", "2*np.abs(y[0] - a1[0])", ()),
            # |o| of a sigmoid's output, positive at every point, is o
            ("abs-of-sigmoid", "g = (o - t) * abs(o) * (1 - o)", C, _G, "(a2[0] - y[0])*np.abs(a2[0])*(1 - a2[0])",
             ()),
            ("fabs-of-sigmoid", "g = (o - t) * math.fabs(o) * (1 - o)", C, _G,
             "(a2[0] - y[0])*np.abs(a2[0])*(1 - a2[0])", ()),
            ("latex-bars-of-sigmoid", r"g = (o - t) \left| o \right| (1 - o)", C, _G,
             "(a2[0] - y[0])*np.abs(a2[0])*(1 - a2[0])", ()),
            # 1 - h^2 of a tanh unit is positive, h itself is not
            ("abs-of-slope", "gn_j = gh_j * abs(1 - h_j^2)", C, "W2[0,{j}]*" + _G + "*(1 - a1[{j}]**2)",
             "W2[0,{j}]*" + _G + "*np.abs(1 - a1[{j}]**2)", _J2),
            ("abs-of-tanh", "gv_j = g * abs(h_j)", W, _G + "*a1[{j}]",
             _G + "*np.abs(a1[{j}])", _J2)):
        network, notation = ("linear-three", _LINEAR) if target.startswith("2*(a1") else ("tanh-sigmoid", _TANH)
        twin = Twin("value", target, (member,), values) if values else Twin("value", target, (member,))
        cases.append(Public(key, "test", network, notation, text, ((verdict,),), (twin,)))
    for key, text, verdict, member in (
            # entry by entry of a vector
            ("np-absolute-of-vector", "delta = (out - tgt) * np.absolute(out) * (1 - out)", C,
             "(a1[{k}] - y[{k}])*np.abs(a1[{k}])*(1 - a1[{k}])"),
            ("np-abs-of-vector-difference", "delta = np.abs(out - tgt) * out * (1 - out)", W,
             "np.abs(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])")):
        cases.append(Public(key, "test", "sigmoid-two", _VECTOR, text, ((verdict,),),
                            (Twin("value", "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])", (member,), _K2),)))
    for key, text, verdict, target, member, values in (
            # a bare dot(u, v) is np.dot: a matrix times a vector, two vectors' inner product
            ("dot-forward", "u = dot(P, inp) + e", C, "z1[{k}]",
             "W1[{k},0]*x[0] + W1[{k},1]*x[1] + W1[{k},2]*x[2] + b1[{k}]", _K2),
            ("dot-forward-transposed", "v = dot(Q.T, g) + f", W, "z2[{k}]",
             "W2[0,{k}]*a1[0] + W2[1,{k}]*a1[1] + b2[{k}]", _K2),
            ("dot-backward", "du = dot(Q.T, dv) * g * (1 - g)", C, _DU, _DU, _K2),
            ("dot-backward-untransposed", "du = dot(Q, dv) * g * (1 - g)", W, _DU,
             _DU.replace("W2[0,{k}]", "W2[{k},0]").replace("W2[1,{k}]", "W2[{k},1]"), _K2),
            # MATLAB's semicolon: its dot of two columns of one length is their inner product, as NumPy's
            ("dot-inner-matlab", "L = dot(o - t, o - t) / 2;", C, _LOSS, _LOSS, ()),
            ("dot-inner-matlab-undivided", "L = dot(o - t, o - t);", W, _LOSS, f"2*{_LOSS}", ())):
        twin = Twin("value", target, (member,), values) if values else Twin("value", target, (member,))
        cases.append(Public(key, "test", "sigmoid-3-2-2", _MATRICES, text, ((verdict,),), (twin,)))
    for key, text, verdict, target, member in (
            # MATLAB's entries counted from 1, the notation's own indices
            ("matlab-entries", "n_1 = V(1,1)*u(1) + V(1,2)*u(2) + V(1,3)*u(3) + c(1);", C, "z1[0]", _N1),
            ("matlab-entries-swapped", "n_1 = V(1,1)*u(1) + V(2,1)*u(2) + V(1,3)*u(3) + c(1);", W, "z1[0]",
             "W1[0,0]*x[0] + W1[1,0]*x[1] + W1[0,2]*x[2] + b1[0]"),
            ("matlab-listed-entries", "m = q(1)*tanh(n_1) + q(2)*tanh(n_2) + b2", C, "z2[0]",
             "W2[0,0]*tanh(z1[0]) + W2[0,1]*tanh(z1[1]) + b2[0]"),
            ("matlab-entry-inside-call", "m = q(2)*tanh(n(1)) + q(1)*tanh(n(2)) + b2", W, "z2[0]",
             "W2[0,1]*tanh(z1[0]) + W2[0,0]*tanh(z1[1]) + b2[0]")):
        cases.append(Public(key, "test", "tanh-3-2-1", _ENTRIES, text, ((verdict,),),
                            (Twin("value", target, (member,)),)))
    for key, text, expected, target, members, values in (
            # a whole number closing an identity, in a file without numbers: judged at every point
            ("identity-one", "(1 - h_j)(1 + h_j) + h_j^2 = 1 - h_j^2 + h_j^2 = 1", (C, C),
             "(1 - a1[{j}])*(1 + a1[{j}]) + a1[{j}]**2", ("1 - a1[{j}]**2 + a1[{j}]**2", "1"), _J2),
            ("identity-two", "(1 - h_j)(1 + h_j) + h_j^2 = 1 - h_j^2 + h_j^2 = 2", (C, W),
             "(1 - a1[{j}])*(1 + a1[{j}]) + a1[{j}]**2", ("1 - a1[{j}]**2 + a1[{j}]**2", "2"), _J2),
            ("identity-hyperbolic", r"\cosh(n_1)^2 - \sinh(n_1)^2 = 1", (C,),
             "np.cosh(z1[0])**2 - np.sinh(z1[0])**2", ("1",), ()),
            ("identity-hyperbolic-sign", r"\cosh(n_2)^2 - \sinh(n_2)^2 = -1", (W,),
             "np.cosh(z1[1])**2 - np.sinh(z1[1])**2", ("-1",), ()),
            ("identity-quotient", r"\frac{e^{s}}{1 + e^{s}} + \frac{1}{1 + e^{s}} = 1", (C,),
             "np.exp(z2[0])/(1 + np.exp(z2[0])) + 1/(1 + np.exp(z2[0]))", ("1",), ())):
        twin = Twin("value", target, members, values) if values else Twin("value", target, members)
        cases.append(Public(key, "test", "tanh-sigmoid", _TANH, text, (expected,), (twin,)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_grad_word_whose_readings_differ_is_refused_saying_how_to_write_either():
    """``sigmoid_grad(s)`` of the unit's sum: right as the derivative at the input, wrong as s (1 - s), the
    derivative written at the output; neither is taken."""
    message = CHECKS.refused("tanh-sigmoid", _TANH, "g = (o - t) * sigmoid_grad(s)")
    assert "sigmoid_grad(u) reads as sigmoid's derivative at its input" in message
    assert "sigmoid'(z)" in message and "a(1 - a)" in message


def test_a_relu_grad_word_is_refused_where_its_output_reading_has_no_form():
    message = CHECKS.refused("tanh-sigmoid", _TANH, "gn_j = gh_j * softplus_grad(n_j)")
    assert "softplus_grad(u)" in message


def test_a_derivative_of_abs_is_refused():
    message = CHECKS.refused("linear-three", _LINEAR, "gp = abs'(p - r)")
    assert "derivative of abs" in message


def test_a_bare_dot_of_a_column_and_a_row_is_refused():
    """NumPy's dot of a 2 x 1 and a 1 x 2 is their outer product, MATLAB's their inner product."""
    message = CHECKS.refused("sigmoid-3-2-2", _MATRICES, "dQ = dot(dv, g.T)")
    assert "NumPy's matrix product or MATLAB's inner product" in message


def test_a_bare_dot_of_two_square_matrices_is_refused():
    message = CHECKS.refused("sigmoid-3-2-2", _MATRICES, "dQ = dot(Q, dQ)")
    assert "MATLAB's dot, column by column" in message


def test_dot_the_notation_names_stays_its_own():
    """The notation's dot (a unit's sum) is no function: dot(...) stays refused as a call of it."""
    message = CHECKS.refused("sigmoid-3-2-2", _MATRICES + '"dot" = "z1[0]"\n', "v = dot(Q, g) + f")
    assert "dot(...)" in message and "np.dot" not in message


def test_a_matlab_entry_whose_bare_letter_the_notation_names_is_refused():
    """Where "u" names the whole input too, u(2) is as much u times 2 as the entry u_{2}."""
    message = CHECKS.refused("tanh-3-2-1", _ENTRIES + '"u" = "x[:]"\n', "n_1 = V(1,1)*u(1) + V(1,2)*u(2) + c(1)")
    assert "u(1): the entry u_{1}, as MATLAB indexes, or u times (1)" in message


def test_a_number_after_a_left_side_that_changes_from_point_to_point_keeps_its_refusal():
    """cosh^2 + sinh^2 is no constant: its 1 may be a worked example's value at the page's numbers, which this file
    does not have."""
    message = CHECKS.refused("tanh-sigmoid", _TANH, r"\cosh(n_1)^2 + \sinh(n_1)^2 = 1")
    assert "'1' is a number, judged at the file's numbers, and this file has none" in message
