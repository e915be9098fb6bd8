"""The code constructs batches 38 to 40 of the public formulas left refused, each written as another author would
(other names, other networks than the pages'): an activation's derivative named with ``_grad`` (``_gradient``,
``_der``, Octave's ``sigmoidGradient``), judged at the unit's input and at its output, refused where the two
differ; Python's and MATLAB's ``abs(u)`` (``np.abs``, ``np.absolute``, ``math.fabs``) as |u|, a wrong derivative
judged wrong and |u| of a quantity positive at every point judged right.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # two inputs, two tanh hidden units, one sigmoid output, the half squared error
    "tanh-sigmoid": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\n[[layer]]\nunits = 1\n'
                    'activation = "sigmoid"\n[loss]\nname = "half_squared_error"\n',
    # three inputs, one identity unit, the squared error
    "linear-three": '[[layer]]\ninputs = 3\nunits = 1\nactivation = "identity"\n[loss]\nname = "squared_error"\n',
    # two inputs, two sigmoid outputs, the half squared error
    "sigmoid-two": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n',
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
    message = CHECKS.refused("tanh-sigmoid", _TANH, "gn_j = gh_j * relu_grad(n_j)")
    assert "relu_grad(u)" in message


def test_a_derivative_of_abs_is_refused():
    message = CHECKS.refused("linear-three", _LINEAR, "gp = abs'(p - r)")
    assert "derivative of abs" in message
