"""The web pages of batch 33 of the public formulas showed refused or misread, each written as another author would
(other names, other networks than the pages'): a plain-text arrow between two claims (``==>``, ``-->``, ``->``,
``\\to``), each claim judged on its own; a prime on a unit's output the notation names, ``h_j'``, its derivative by
its own sum (the notation's own primed pattern first, a softmax output refused); a transpose written before the
subscript, ``V^T_{ho}``, and plain text's parenthesised subscript ``V_(ho)``; a quantity written on the left side
with what it is computed from, ``s(v_1) = ...`` (inside a member still a product); a plain line's list number
``2 - `` judged both as its number and as a term, refused where the two differ.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, SOFTMAX_2_3, TANH_1_1, TANH_2_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one tanh unit on one input, the half squared error
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "softmax-3": SOFTMAX_2_3,
    "sigmoid-3-2": SIGMOID_2_3_2,
    "tanh-two": TANH_2_1,
    "tanh-one": TANH_1_1,
}
CHECKS = CaseChecks(NETWORKS)

# u the unit's sum, t its target, E the loss
_TANH = r'''
[notation]
loss = ["E"]
[notation.symbols]
"u" = "z1[0]"
"t" = "y[0]"
'''
# h_j the hidden units' outputs (h the vector), o the output
_UNITS = r'''
[notation]
indices = "j"
[notation.symbols]
"h_{j}" = "a1[j-1]"
"h" = "a1[:]"
"o" = "a2[0]"
'''
# the same, with o' the notation's own name (here the target): its pattern is read first
_PRIMED = _UNITS + '"o\'" = "y[0]"\n'
_SOFTMAX = r'''
[notation]
[notation.symbols]
"p" = "a1[:]"
'''
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
# V_{ho} the hidden-to-output weights, d the loss's gradients by the outputs' sums and the hidden outputs
_SCRIPTS = r'''
[notation]
[notation.symbols]
"V_{ho}" = "W2[:, :]"
"d_{out}" = "grad(z2[:])"
"d_{hid}" = "grad(a1[:])"
'''
_DZ2 = [f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2)]
_DA1 = f"W2[0,{{j}}]*{_DZ2[0]} + W2[1,{{j}}]*{_DZ2[1]}"
# a numbered list's lines: e_k the loss's gradient by output k's sum z_k, o_k its output, t_k its target
_LIST = r'''
[notation]
indices = "k"
[notation.symbols]
"e_{k}" = "grad(z2[k-1])"
"o_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"z_{k}" = "z2[k-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_DZ2_K = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
# s the unit's sum, h its output, v_i its weights, c its bias
_SUM = r'''
[notation]
indices = "i"
[notation.symbols]
"s" = "z1[0]"
"h" = "a1[0]"
"v_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"c" = "b1[0]"
'''
_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_LOSS = "0.5*(y[0] - tanh(z1[0]))**2"
_DU = "-(y[0] - tanh(z1[0]))*(1 - tanh(z1[0])**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, loss, slope in (
            # an arrow between the loss and its derivative: two claims, each judged on its own
            ("arrow-long", r"E = 0.5 (t - \tanh(u))^2 ==> dE/du = -(t - \tanh(u)) (1 - \tanh(u)^2)", (C, C), _LOSS,
             _DU),
            ("arrow-long-cube", r"E = 0.5 (t - \tanh(u))^3 ==> dE/du = -(t - \tanh(u)) (1 - \tanh(u)^2)", (W, C),
             "0.5*(y[0] - tanh(z1[0]))**3", _DU),
            ("arrow-dashes", r"E = 0.5 (t - \tanh(u))^2 --> dE/du = -(t - \tanh(u)) (1 + \tanh(u)^2)", (C, W), _LOSS,
             "-(y[0] - tanh(z1[0]))*(1 + tanh(z1[0])**2)"),
            # a wrong first claim before a short arrow is judged, not dropped as reasoning
            ("arrow-short-cube", r"E = 0.5 (t - \tanh(u))^3 -> dE/du = -(t - \tanh(u)) (1 - \tanh(u)^2)", (W, C),
             "0.5*(y[0] - tanh(z1[0]))**3", _DU),
            ("arrow-to", r"E = (t - \tanh(u))^2 \to \frac{dE}{du} = -(t - \tanh(u)) (1 - \tanh(u)^2)", (W, C),
             "(y[0] - tanh(z1[0]))**2", _DU),
            ("arrow-implies", r"E = 0.5 (t - \tanh(u))^2 \implies \frac{dE}{du} = (t - \tanh(u)) (1 - \tanh(u)^2)",
             (C, W), _LOSS, "(y[0] - tanh(z1[0]))*(1 - tanh(z1[0])**2)")):
        cases.append(Public(f"{key}", "test", "tanh-one", _TANH, text, tuple((verdict,) for verdict in expected),
                            (Twin("value", _LOSS, (loss,)), Twin("gradient_z", "z1[0]", (slope,)))))
    for key, text, verdict, member, target, values in (
            # a prime on a unit's output: its derivative by its own pre-activation, f'(z)
            ("prime-hidden", "h_j' = 1 - h_j^2", C, "1 - a1[{j}]**2", "1 - tanh(z1[{j}])**2", _J2),
            ("prime-hidden-unsquared", "h_j' = 1 - h_j", W, "1 - a1[{j}]", "1 - tanh(z1[{j}])**2", _J2),
            ("prime-output", "o' = o(1 - o)", C, "a2[0]*(1 - a2[0])", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", ()),
            ("prime-output-complement", "o' = 1 - o", W, "1 - a2[0]", "sigmoid(z2[0])*(1 - sigmoid(z2[0]))", ()),
            ("prime-vector", r"h' = 1 - h \odot h", C, "1 - a1[{j}]**2", "1 - tanh(z1[{j}])**2", _J2),
            ("prime-vector-sign", r"h' = 1 + h \odot h", W, "1 + a1[{j}]**2", "1 - tanh(z1[{j}])**2", _J2),
            ("prime-in-rule", r"\frac{\partial o}{\partial z} = o'", C, "sigmoid(z2[0])*(1 - sigmoid(z2[0]))",
             "a2[0]*(1 - a2[0])", ())):
        twin = Twin("value", target, (member,), values) if values else Twin("value", target, (member,))
        cases.append(Public(key, "test", "tanh-sigmoid", _UNITS.replace('"o" =', '"z" = "z2[0]"\n"o" =')
                            if "rule" in key else _UNITS, text, ((verdict,),), (twin,)))
    for key, text, verdict, member in (
            # a superscript before the subscript, TeX's W^T_{ho} for W_{ho}^T; plain text's parenthesised subscript
            ("transpose-first", r"d_{hid} = V^T_{ho} d_{out}", C, _DA1),
            ("transpose-first-doubled", r"d_{hid} = 2 V^T_{ho} d_{out}", W, f"2*({_DA1})"),
            ("transpose-first-braced", r"d_{hid} = V^{\top}_{ho} \cdot d_{out}", C, _DA1),
            ("plain-transpose-spaced", "d_hid = V^T _(ho) * d_out", C, _DA1),
            ("plain-transpose-spaced-half", "d_hid = V^T _(ho) * d_out / 2", W, f"({_DA1})/2"),
            ("plain-parenthesised", "d_hid = V_(ho)^T * d_out", C, _DA1),
            ("plain-parenthesised-negated", "d_hid = -V_(ho)^T * d_out", W, f"-({_DA1})")):
        cases.append(Public(key, "test", "sigmoid-3-2", _SCRIPTS, text, ((verdict,),),
                            (Twin("value", _DA1, (member,), _J3),)))
    for key, text, verdict, target, member in (
            # a list's number "2 - " where both readings (its number, 2 minus the left side) are wrong: wrong
            ("list-both-wrong", "2 - e_k = (o_k + t_k) o_k (1 - o_k)", W, "grad_z", "(a2[{k}] + y[{k}])*a2[{k}]*(1 - a2[{k}])"),
            # inside math delimiters 1 - o_k is mathematics, a real left side
            ("list-delimited-difference", "$1 - o_k = e^{-z_k} / (1 + e^{-z_k})$", C, "1 - a2[{k}]",
             "exp(-z2[{k}])/(1 + exp(-z2[{k}]))"),
            # so on a line of LaTeX (a command, a brace)
            ("list-latex-difference", r"1 - o_k = \frac{e^{-z_k}}{1 + e^{-z_k}}", C, "1 - a2[{k}]",
             "exp(-z2[{k}])/(1 + exp(-z2[{k}]))"),
            ("list-delimited-difference-sign", "$1 - o_k = e^{z_k} / (1 + e^{-z_k})$", W, "1 - a2[{k}]",
             "exp(z2[{k}])/(1 + exp(-z2[{k}]))")):
        twin = Twin("gradient_z", "z2[{k}]", (member,), _K2) if target == "grad_z" else \
            Twin("value", target, (member,), _K2)
        cases.append(Public(key, "test", "sigmoid-3-2", _LIST, text, ((verdict,),), (twin,)))
    for key, text, verdict, target, member in (
            # on the left side, a quantity written with what it is computed from in parentheses is the quantity
            ("function-of-weight", "s(v_1) = v_1 x_1 + v_2 x_2 + c", C, "z1[0]", _S),
            ("function-of-weight-no-bias", "s(v_1) = v_1 x_1 + v_2 x_2", W, "z1[0]", "W1[0,0]*x[0] + W1[0,1]*x[1]"),
            ("function-of-input", r"h(x_2) = \tanh(v_1 x_1 + v_2 x_2 + c)", C, "a1[0]", f"tanh({_S})"),
            ("function-of-bias", r"h(c) = \tanh(v_1 x_1 + v_2 x_2 - c)", W, "a1[0]",
             "tanh(W1[0,0]*x[0] + W1[0,1]*x[1] - b1[0])"),
            # inside a member it stays the product: s(c) / c is s
            ("product-in-member", "s = s(c) / c", C, "z1[0]", "z1[0]*b1[0]/b1[0]")):
        cases.append(Public(key, "test", "tanh-two", _SUM, text, ((verdict,),), (Twin("value", target, (member,)),)))
    # the notation's own primed pattern is read first: o' is the target here, not o's slope
    cases.append(Public("prime-own-pattern", "test", "tanh-sigmoid", _PRIMED, "o' = o(1 - o)", ((W,),),
                        (Twin("value", "y[0]", ("a2[0]*(1 - a2[0])",)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_prime_on_a_softmax_output_is_refused():
    """A softmax unit's output depends on every z of its layer: its slope by its own z is no f'(z), so p' keeps
    its refusal."""
    message = CHECKS.refused("softmax-3", _SOFTMAX, "p' = p (1 - p)")
    assert "p'" in message


def test_a_list_number_whose_two_readings_differ_is_refused_saying_what_to_write():
    """``1 - e_k = (o_k - t_k) o_k (1 - o_k)``: right as the list's first line, wrong as 1 minus e_k; neither is
    taken."""
    message = CHECKS.refused("sigmoid-3-2", _LIST, "1 - e_k = (o_k - t_k) o_k (1 - o_k)")
    assert "'1 - ' at the start of the line reads as a list's number or as 1 minus" in message
    assert "without its number" in message and "(1 - ...) in parentheses" in message


def test_a_list_number_before_a_refused_line_keeps_the_lines_refusal():
    message = CHECKS.refused("sigmoid-3-2", _LIST, "3 - e_k = q_k")
    assert "q" in message and "list's number" not in message
