"""The code constructs batches 21 and 22 of the public formulas showed missing, each written as another author
would (other names, other networks than the pages'): NumPy's number with a trailing point (``1./n``, ``3.*u``);
NumPy's entrywise functions (``np.multiply``, ``np.subtract``, ``np.add``, ``np.divide``, ``np.square``,
``np.power`` of an array, ``np.transpose``); a comparison used as a number, the ReLU's mask (``(S1 > 0)``,
``np.int64(H > 0)``, ``(S1 >= 0).astype(float)``); C's conditional ``s>0?1:0``; a function named in words before
one atom (``tanh s``); a notation's meaning ``-grad(...)`` or a number times ``grad(...)`` (an error term -dL/dz, a
step -dL/dw), and slices combined (``"y[:] - a2[:]"``); Octave's cell index ``net.a{n}``. Each case is judged right
where the formula is right and wrong where one thing is changed; what cannot be read without a guess is refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_1_1, SIGMOID_2_3_2, TANH_1_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # 3 inputs -> 4 ReLU units (two on, two off at these numbers) -> 2 identity outputs, the half squared error
    "relu-identity": '[[layer]]\ninputs = 3\nunits = 4\nactivation = "relu"\n'
                     'weights = [[0.5, -0.4, 0.3], [-0.6, 0.2, 0.1], [0.3, 0.7, -0.2], [-0.2, -0.5, 0.4]]\n'
                     'biases = [0.1, -0.1, 0.05, 0.0]\n[[layer]]\nunits = 2\nactivation = "identity"\n'
                     '[loss]\nname = "half_squared_error"\n[data]\nx = [[0.9, -1.1, 0.4]]\ny = [[0.3, -0.5]]\n',
    # 2 inputs -> 3 tanh units -> 1 identity output, the half squared error
    "tanh-identity": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n[[layer]]\nunits = 1\n'
                     'activation = "identity"\n[loss]\nname = "half_squared_error"\n[data]\nx = [[0.6, -0.8]]\n'
                     'y = [[0.2]]\n',
    # one ReLU unit, one tanh unit (a rulebook's derivatives at the unit's input s)
    "relu-unit": RELU_1_1,
    "sigmoid-unit": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n',
    "tanh-unit": TANH_1_1,
    # 3 inputs -> 2 sigmoid units -> 1 sigmoid output, no biases, the half squared error (a course's error terms)
    "sigmoid-terms": '[[layer]]\ninputs = 3\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n[[layer]]\n'
                     'units = 1\nactivation = "sigmoid"\nbias = "none"\n[loss]\nname = "half_squared_error"\n'
                     '[data]\nx = [[0.5, -0.2, 0.9]]\ny = [[0.7]]\n',
    "sigmoid-two": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# NumPy's names for the ReLU network: U the input, T the target, S1 and H the hidden layer's input and output
_NUMPY = r'''
[notation]
[notation.symbols]
"U" = "x[:]"
"T" = "y[:]"
"S1" = "z1[:]"
"H" = "a1[:]"
"O" = "a2[:]"
"V2" = "W2[:, :]"
"gS1" = "grad(z1[:])"
"gS2" = "grad(z2[:])"
"gH" = "grad(a1[:])"
"gV1" = "grad(W1[:, :])"
"gc1" = "grad(b1[:])"
"n" = "1"
'''
_UNIT = r'''
[notation]
[notation.symbols]
"s" = "z1[0]"
'''
# a course's error terms: -dL/da, -dL/dz, a step -dL/dw, and half a gradient
_TERMS = r'''
[notation]
[notation.symbols]
"u" = "x[:]"
"h" = "a1[:]"
"o" = "a2[0]"
"t" = "y[0]"
"V" = "W2[0, :]"
"err_hid" = "-grad(a1[:])"
"term_hid" = "-grad(z1[:])"
"term_out" = "-grad(z2[0])"
"step_out" = "-grad(W2[0, :])"
"half_out" = "0.5*grad(W2[0, :])"
"step_hid[i][j]" = "-grad(W1[j, i])"
'''
# a MATLAB toolbox's names: net.a{n} the output, net.e its error y - a, dd{n} the output's dL/dz
_MATLAB = r'''
[notation]
indices = "q"
[notation.symbols]
"net.a[n]" = "a2[:]"
"net.e" = "y[:] - a2[:]"
"dd[n]" = "grad(z2[:])"
'''
_K4 = tuple({"k": k} for k in range(4))
_J2 = ({"j": 0}, {"j": 1})
_K3 = tuple({"k": k} for k in range(3))
_KI = tuple({"k": k, "i": i} for k in range(4) for i in range(3))
# dL/dz2, dL/da1 and dL/dz1 of the ReLU network
_DS2 = "(a2[{j}] - y[{j}])"
_DH = "(W2[0,{k}]*(a2[0] - y[0]) + W2[1,{k}]*(a2[1] - y[1]))"
_DS1 = f"{_DH}*(z1[{{k}}] > 0)"
_TANH_DS1 = "W2[0,{k}]*(a2[0] - y[0])*(1 - a1[{k}]**2)"
_ERR_OUT = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"  # -dL/dz2 of the sigmoid output


def _cases() -> list[Public]:
    cases = []

    def add(key, network, notation, text, verdict, kind, target, member, values=({},)):
        cases.append(Public(f"{key}-{verdict}", "test", network, notation, text, ((verdict,),),
                            (Twin(kind, target, (member,), values),)))

    # a number with a trailing point, 1./n and 3.*u: the number
    add("trailing-point", "relu-identity", _NUMPY, "gV1 = 1./n * np.dot(gS1, U.T)", C, "gradient", "W1[{k},{i}]",
        f"{_DS1}*x[{{i}}]", _KI)
    add("trailing-point-doubled", "relu-identity", _NUMPY, "gV1 = 2./n * np.dot(gS1, U.T)", W, "gradient",
        "W1[{k},{i}]", f"2*{_DS1}*x[{{i}}]", _KI)
    add("trailing-point-times", "relu-identity", _NUMPY, "gc1 = 1.*np.sum(gS1, axis=1, keepdims=True)/n", C,
        "gradient", "b1[{k}]", _DS1, _K4)
    add("trailing-point-times-three", "relu-identity", _NUMPY, "gc1 = 3.*np.sum(gS1, axis=1, keepdims=True)/n", W,
        "gradient", "b1[{k}]", f"3*{_DS1}", _K4)
    # the ReLU's mask: a cast comparison, a parenthesised one, astype
    add("multiply-cast", "relu-identity", _NUMPY, "gS1 = np.multiply(gH, np.int64(H > 0))", C, "gradient_z",
        "z1[{k}]", _DS1, _K4)
    add("multiply-cast-flipped", "relu-identity", _NUMPY, "gS1 = np.multiply(gH, np.int64(H < 0))", W, "gradient_z",
        "z1[{k}]", f"{_DH}*(a1[{{k}}] < 0)", _K4)
    add("parenthesised-mask", "relu-identity", _NUMPY, "gS1 = np.dot(V2.T, gS2) * (S1 > 0)", C, "gradient_z",
        "z1[{k}]", _DS1, _K4)
    add("parenthesised-mask-flipped", "relu-identity", _NUMPY, "gS1 = np.dot(V2.T, gS2) * (S1 < 0)", W,
        "gradient_z", "z1[{k}]", f"{_DH}*(z1[{{k}}] < 0)", _K4)
    add("astype-mask", "relu-identity", _NUMPY, "gS1 = gH * (S1 >= 0).astype(float)", C, "gradient_z", "z1[{k}]",
        _DS1, _K4)
    add("astype-mask-flipped", "relu-identity", _NUMPY, "gS1 = gH * (S1 <= 0).astype(float)", W, "gradient_z",
        "z1[{k}]", f"{_DH}*(z1[{{k}}] <= 0)", _K4)
    add("odot-mask", "relu-identity", _NUMPY, r"gS1 = (np.transpose(V2) @ gS2) \odot (S1>0)", C, "gradient_z",
        "z1[{k}]", _DS1, _K4)
    add("odot-mask-outputs", "relu-identity", _NUMPY, r"gS1 = (np.transpose(V2) @ O) \odot (S1>0)", W, "gradient_z",
        "z1[{k}]", "(W2[0,{k}]*a2[0] + W2[1,{k}]*a2[1])*(z1[{k}] > 0)", _K4)
    # NumPy's outer product of two vectors
    add("outer", "relu-identity", _NUMPY, "gV1 = np.outer(gS1, U)", C, "gradient", "W1[{k},{i}]",
        f"{_DS1}*x[{{i}}]", _KI)
    add("outer-no-mask", "relu-identity", _NUMPY, "gV1 = np.outer(gH, U)", W, "gradient", "W1[{k},{i}]",
        f"{_DH}*x[{{i}}]", _KI)
    # NumPy's entrywise functions of two arrays
    add("subtract", "relu-identity", _NUMPY, "gS2 = np.subtract(O, T)", C, "gradient_z", "z2[{j}]", _DS2, _J2)
    add("subtract-swapped", "relu-identity", _NUMPY, "gS2 = np.subtract(T, O)", W, "gradient_z", "z2[{j}]",
        "(y[{j}] - a2[{j}])", _J2)
    add("add-divide", "relu-identity", _NUMPY, "gS2 = np.divide(np.add(O, -T), n)", C, "gradient_z", "z2[{j}]", _DS2,
        _J2)
    add("add-divide-plus", "relu-identity", _NUMPY, "gS2 = np.divide(np.add(O, T), n)", W, "gradient_z", "z2[{j}]",
        "(a2[{j}] + y[{j}])", _J2)
    # NumPy's power and square of an array: each entry's
    add("power", "tanh-identity", _NUMPY, "gS1 = np.dot(V2.T, gS2) * (1 - np.power(H, 2))", C, "gradient_z",
        "z1[{k}]", _TANH_DS1, _K3)
    add("power-cubed", "tanh-identity", _NUMPY, "gS1 = np.dot(V2.T, gS2) * (1 - np.power(H, 3))", W, "gradient_z",
        "z1[{k}]", "W2[0,{k}]*(a2[0] - y[0])*(1 - a1[{k}]**3)", _K3)
    add("square", "tanh-identity", _NUMPY, "gS1 = np.multiply(np.dot(V2.T, gS2), 1 - np.square(H))", C, "gradient_z",
        "z1[{k}]", _TANH_DS1, _K3)
    add("square-plus", "tanh-identity", _NUMPY, "gS1 = np.multiply(np.dot(V2.T, gS2), 1 + np.square(H))", W,
        "gradient_z", "z1[{k}]", "W2[0,{k}]*(a2[0] - y[0])*(1 + a1[{k}]**2)", _K3)
    # C's conditional, bare and in parentheses
    add("conditional", "relu-unit", _UNIT, "d(relu s)/ds = s>0?1:0", C, "value", "1.0*(z1[0] > 0)",
        "1.0*(z1[0] > 0)")
    add("conditional-swapped", "relu-unit", _UNIT, "d(relu s)/ds = s>0?0:1", W, "value", "1.0*(z1[0] > 0)",
        "1.0*(z1[0] <= 0)")
    add("conditional-parenthesised", "relu-unit", _UNIT, "d(relu s)/ds = 2 * (s > 0 ? 0.5 : 0)", C, "value",
        "1.0*(z1[0] > 0)", "2*0.5*(z1[0] > 0)")
    # C's conditional and NumPy's where, entry by entry of vectors
    add("conditional-vectors", "relu-identity", _NUMPY, "gS1 = S1>0?gH:0", C, "gradient_z", "z1[{k}]", _DS1, _K4)
    add("conditional-vectors-swapped", "relu-identity", _NUMPY, "gS1 = S1>0?0:gH", W, "gradient_z", "z1[{k}]",
        f"{_DH}*(z1[{{k}}] <= 0)", _K4)
    add("where", "relu-identity", _NUMPY, "gS1 = gH * np.where(S1 > 0, 1, 0)", C, "gradient_z", "z1[{k}]", _DS1, _K4)
    add("where-swapped", "relu-identity", _NUMPY, "gS1 = gH * np.where(S1 > 0, 0, 1)", W, "gradient_z", "z1[{k}]",
        f"{_DH}*(z1[{{k}}] <= 0)", _K4)
    # a function named in words before its one argument
    add("word-function", "tanh-unit", _UNIT, "d(tanh s)/ds = 1 - tanh^2 s", C, "value", "1 - np.tanh(z1[0])**2",
        "1 - np.tanh(z1[0])**2")
    add("word-sigma", "sigmoid-unit", _UNIT, "d(sigma s)/ds = sigma s * (1 - sigma s)", C, "value",
        "a1[0]*(1 - a1[0])", "a1[0]*(1 - a1[0])")
    add("word-sigma-unsubtracted", "sigmoid-unit", _UNIT, "d(sigma s)/ds = sigma s", W, "value",
        "a1[0]*(1 - a1[0])", "a1[0]")
    add("word-function-unsquared", "tanh-unit", _UNIT, "d(tanh s)/ds = 1 - tanh s", W, "value",
        "1 - np.tanh(z1[0])**2", "1 - np.tanh(z1[0])")
    # meanings -grad(...) and 0.5*grad(...): error terms and steps
    add("error-term", "sigmoid-terms", _TERMS, "err_hid = term_out * V", C, "value", f"{_ERR_OUT}*W2[0,{{j}}]",
        f"{_ERR_OUT}*W2[0,{{j}}]", _J2)
    add("error-term-times-h", "sigmoid-terms", _TERMS, "err_hid = term_out * V * h", W, "value",
        f"{_ERR_OUT}*W2[0,{{j}}]", f"{_ERR_OUT}*W2[0,{{j}}]*a1[{{j}}]", _J2)
    add("hidden-term", "sigmoid-terms", _TERMS, "term_hid = err_hid * h * (1 - h)", C, "value",
        f"{_ERR_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])", f"{_ERR_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])", _J2)
    add("hidden-term-no-h", "sigmoid-terms", _TERMS, "term_hid = err_hid * (1 - h)", W, "value",
        f"{_ERR_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])", f"{_ERR_OUT}*W2[0,{{j}}]*(1 - a1[{{j}}])", _J2)
    add("step", "sigmoid-terms", _TERMS, "step_out = term_out * h", C, "value", f"{_ERR_OUT}*a1[{{j}}]",
        f"{_ERR_OUT}*a1[{{j}}]", _J2)
    add("step-sign", "sigmoid-terms", _TERMS, "step_out = -term_out * h", W, "value", f"{_ERR_OUT}*a1[{{j}}]",
        f"-{_ERR_OUT}*a1[{{j}}]", _J2)
    add("half-gradient", "sigmoid-terms", _TERMS, "half_out = 0.5 * (o - t) * o * (1 - o) * h", C, "value",
        f"-0.5*{_ERR_OUT}*a1[{{j}}]", f"-0.5*{_ERR_OUT}*a1[{{j}}]", _J2)
    add("half-gradient-whole", "sigmoid-terms", _TERMS, "half_out = (o - t) * o * (1 - o) * h", W, "value",
        f"-0.5*{_ERR_OUT}*a1[{{j}}]", f"-{_ERR_OUT}*a1[{{j}}]", _J2)
    # NumPy's column x[:, None]: a vector of another size broadcast against it, the matrix of their products
    _IJ = tuple({"i": i, "j": j} for i in range(3) for j in range(2))
    _HID = f"{_ERR_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"
    add("new-axis", "sigmoid-terms", _TERMS, "step_hid = term_hid * u[:, None]", C, "value", f"{_HID}*x[{{i}}]",
        f"{_HID}*x[{{i}}]", _IJ)
    add("new-axis-first", "sigmoid-terms", _TERMS, "step_hid = u[:, None] * term_hid", C, "value",
        f"{_HID}*x[{{i}}]", f"x[{{i}}]*{_HID}", _IJ)
    add("new-axis-no-slope", "sigmoid-terms", _TERMS, "step_hid = err_hid * u[:, None]", W, "value",
        f"{_HID}*x[{{i}}]", f"{_ERR_OUT}*W2[0,{{j}}]*x[{{i}}]", _IJ)
    # Octave's cell index, a closing ;, .* and a meaning of two slices (net.e = y - a)
    add("cell-index", "sigmoid-two", _MATLAB, "dd{n} = - net.e .* (net.a{n} .* (1 - net.a{n}));", C, "gradient_z",
        "z2[{j}]", "-(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])", _J2)
    add("cell-index-sign", "sigmoid-two", _MATLAB, "dd{n} = net.e .* (net.a{n} .* (1 - net.a{n}));", W,
        "gradient_z", "z2[{j}]", "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])", _J2)
    add("entrywise-division", "sigmoid-two", _MATLAB, "dd{n} = -net.e ./ (1 ./ (net.a{n} .* (1 - net.a{n})));", C,
        "gradient_z", "z2[{j}]", "-(y[{j}] - a2[{j}])/(1/(a2[{j}]*(1 - a2[{j}])))", _J2)
    add("entrywise-division-two", "sigmoid-two", _MATLAB, "dd{n} = -net.e ./ (2 ./ (net.a{n} .* (1 - net.a{n})));",
        W, "gradient_z", "z2[{j}]", "-(y[{j}] - a2[{j}])/(2/(a2[{j}]*(1 - a2[{j}])))", _J2)
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_cast_of_a_quantity_is_refused_saying_to_cast_a_comparison():
    """np.int64(u) of a number rounds it toward zero: only a comparison's cast (its indicator) is read."""
    message = _refusal("relu-identity", _NUMPY, "gS1 = np.multiply(gH, np.int64(H))")
    assert "np.int64(u > 0)" in message and "of a comparison" in message


def test_a_comparison_as_the_whole_claim_stays_refused():
    """A comparison is a number only as a factor, in parentheses or a cast: a claim that compares is no equation."""
    assert "an inequality is not a claim check can judge" in _refusal("relu-identity", _NUMPY, "gS1 = gH > 0")
    assert "has no left side" in _refusal("relu-identity", _NUMPY, "gS1 > 0")


def test_np_where_without_a_comparison_is_refused():
    message = _refusal("relu-identity", _NUMPY, "gS1 = gH * np.where(S1, 1, 0)")
    assert "np.where(c, a, b) whose first argument is no comparison" in message and "np.where(u > 0, a, b)" in message


def test_a_meaning_combining_slices_of_different_sizes_is_refused():
    notation = _NUMPY.replace('"n" = "1"', '"n" = "1"\n"mixed" = "y[:] - a1[:]"')
    message = _refusal("relu-identity", notation, "mixed = O - T")
    assert "slices of different sizes" in message


def test_a_column_of_the_same_size_as_the_vector_it_multiplies_is_refused():
    """h * h[:, None]: NumPy's outer product where h is 1-D, the entrywise product where h is a column."""
    message = _refusal("sigmoid-terms", _TERMS, "term_hid = h * h[:, None]")
    assert "u[:, None] of the same size" in message and "np.outer(x, u)" in message


def test_a_meaning_with_grad_inside_an_expression_says_what_to_write():
    notation = _TERMS.replace('"V" = "W2[0, :]"', '"V" = "W2[0, :]"\n"scaled" = "grad(z1[:]) * W2[0, :]"')
    message = _refusal("sigmoid-terms", notation, "scaled = h")
    assert "grad(...) stands alone in a meaning" in message and "-grad(z1[:])" in message
