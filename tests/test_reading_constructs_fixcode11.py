"""Batches 72 to 80 of the public formulas showed general constructs of code and its comments refused, each written
here as another author would (other names, other networks than the pages'): a Python definition whose body assigns
locals before its return, ``s = sigmoid(x)`` then ``return s * (1 - s)``, read as the one-line definition with the
locals substituted (a local the notation names is a claim of its own too); a conditional, a loop or a name assigned
twice stays refused; an activation defined by its own name, ``def sigmoid(x): return 1 / (1 + np.exp(-x))``, judged
as that identity (leaky_relu's, whose slope is the page's, refused); a code comment's prose leading into its claim,
a label before a colon (``# For BCE loss with sigmoid: dL/da2 = ...``) or a sentence's clauses (``# Since E = ...,
the derivative dE/dy = ...``), set aside and the claims judged; Octave's ``ones(size(h)) - h`` as 1 - h, and its
transpose ``(theta)'`` before a Greek letter; NumPy's mean one rule, ``np.mean(u)`` as ``u.mean()``, the mean over
every entry and the samples, refused where nothing counts the samples.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_3_2, TANH_1_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"logistic-2": LOGISTIC_2, "tanh-1-1": TANH_1_1, "sigmoid-2-3-2": SIGMOID_2_3_2,
            "sigmoid-2-3-2-sum": SIGMOID_2_3_2 + '[update]\nlearning_rate = 0.1\nreduction = "sum"\n'}
CHECKS = CaseChecks(NETWORKS)

# a page naming the sum u and the unit's output h (a local of that name is a claim of its own)
OUTPUT_NOTATION = r'''
[notation.symbols]
"u" = "z1[0]"
"h" = "a1[0]"
'''
# a logistic unit's names: x1 and x2 the inputs, w1 and w2 their weights, c the bias, u the sum, p the output, t
# the label, E the loss
COMMENT_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x1" = "x[0]"
"x2" = "x[1]"
"w1" = "W1[0, 0]"
"w2" = "W1[0, 1]"
"c" = "b1[0]"
"u" = "z1[0]"
"p" = "a1[0]"
"t" = "y[0]"
'''
_DP = "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))"
# a MATLAB assignment's names: theta the output weights, delta the outputs' dE/dz, h the hidden outputs, d the hidden
# units' dE/dz
OCTAVE_NOTATION = r'''
[notation.symbols]
"theta" = "W2[:, :]"
"\\delta" = "grad(z2[:])"
"delta" = "grad(z2[:])"
"h" = "a1[:]"
"d" = "grad(z1[:])"
'''
# the outputs p and targets t as vectors, E the loss, m the count of samples (one)
MEAN_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"p" = "a2[:]"
"t" = "y[:]"
"m" = "1"
'''
_HALF_SQ = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)/2"
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_OUT23 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK23 = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT23.replace("{k}", str(k)) for k in range(2)) + ")"
_HIDDEN23 = _BACK23 + "*a1[{j}]*(1 - a1[{j}])"
_SIG = "sigmoid(z1[0])"
_TANH = "tanh(z1[0])"


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twins in (
            # locals then the return: the locals substituted, as def tanh_deriv(u): return 1 - np.tanh(u)**2 reads
            ("def-locals-tanh", "tanh-1-1", None, "def tanh_deriv(v):\n    t = np.tanh(v)\n    return 1 - t**2",
             ((C,),), (Twin("value", f"1 - {_TANH}**2", (f"1 - {_TANH}**2",)),)),
            ("def-locals-tanh-wrong", "tanh-1-1", None, "def tanh_deriv(v):\n    t = np.tanh(v)\n    return 1 + t**2",
             ((W,),), (Twin("value", f"1 - {_TANH}**2", (f"1 + {_TANH}**2",)),)),
            ("def-two-locals", "logistic-2", None,
             'def sigmoid_prime(v):\n    """the slope"""\n    e = np.exp(-v)\n    s = 1 / (1 + e)\n'
             "    return s * (1 - s)",
             ((C,),), (Twin("value", f"{_SIG}*(1 - {_SIG})", (f"{_SIG}*(1 - {_SIG})",)),)),
            # a local the notation names: its assignment a claim, then the definition's
            ("def-named-local", "logistic-2", OUTPUT_NOTATION,
             "def dsigmoid(u):\n    h = sigmoid(u)\n    return h*(1-h)",
             ((C,), (C,)), (Twin("value", "a1[0]", (_SIG,)),
                            Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 - a1[0])",)))),
            ("def-named-local-wrong", "logistic-2", OUTPUT_NOTATION,
             "def dsigmoid(u):\n    h = sigmoid(u)\n    return h*(1+h)", ((C,), (W,)),
             (Twin("value", "a1[0]", (_SIG,)), Twin("value", "a1[0]*(1 - a1[0])", ("a1[0]*(1 + a1[0])",))))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    for key, network, text, expected, twins in (
            # an activation defined by its own name: that activation, an identity of its argument
            ("def-sigmoid", "tanh-1-1", "def sigmoid(v):\n    return 1.0 / (1.0 + np.exp(-v))", ((C,),),
             (Twin("value", _SIG, ("1/(1 + exp(-z1[0]))",)),)),
            ("def-sigmoid-sign-wrong", "logistic-2", "def sigmoid(v):\n    return 1.0 / (1.0 + np.exp(v))", ((W,),),
             (Twin("value", _SIG, ("1/(1 + exp(z1[0]))",)),)),
            ("def-tanh", "logistic-2", "def tanh(v): return (np.exp(v) - np.exp(-v)) / (np.exp(v) + np.exp(-v))",
             ((C,),), (Twin("value", _TANH, ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),)),
            ("def-tanh-wrong", "tanh-1-1", "def tanh(v): return (np.exp(v) - np.exp(-v)) / (1 + np.exp(-v))",
             ((W,),), (Twin("value", _TANH, ("(exp(z1[0]) - exp(-z1[0]))/(1 + exp(-z1[0]))",)),)),
            ("def-relu", "tanh-1-1", "def relu(v): return np.maximum(0, v)", ((C,),),
             (Twin("value", "relu(z1[0])", ("np.maximum(0, z1[0])",)),)),
            ("def-sigmoid-locals", "logistic-2", "def logistic(v):\n    d = 1 + np.exp(-v)\n    return 1 / d", ((C,),),
             (Twin("value", _SIG, ("1/(1 + exp(-z1[0]))",)),))):
        cases.append(Public(key, "test", network, None, text, expected, twins))
    for key, text, expected, twins in (
            # a comment's label of words before a colon: set aside, the claim after it judged
            ("comment-label", "    # For the logistic output: dE/dp = (p - t) / (p * (1 - p))", ((C,),),
             (Twin("value", _DP, (_DP,)),)),
            ("comment-label-wrong", "    # For the logistic output: dE/dp = (p - t) / (1 - p)", ((W,),),
             (Twin("value", _DP, ("(a1[0] - y[0])/(1 - a1[0])",)),)),
            ("comment-label-slashes", "// Output layer: dE/dp = (p - t) / (p * (1 - p))", ((C,),),
             (Twin("value", _DP, (_DP,)),)),
            # a comment's sentence "since A, B": its clauses' claims, each led in by words
            ("comment-since", "# Since u = w1 * x1 + w2 * x2 + c, the slope du/dw1 = x1", ((C,), (C,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
              Twin("value", "x[0]", ("x[0]",)))),
            ("comment-since-wrong", "# Since u = w1 * x1 + w2 * x2 + c, the slope du/dw1 = x2", ((C,), (W,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]",)),
              Twin("value", "x[0]", ("x[1]",))))):
        cases.append(Public(key, "test", "logistic-2", COMMENT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # Octave's ones(size(a)) beside an entrywise operator: 1 entry by entry; a transpose before a Greek letter
            ("octave-ones", "d = (theta)' * delta .* (ones(size(h)) - h) .* h;", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN23,), _J3),)),
            ("octave-ones-wrong", "d = (theta)' * delta .* (ones(size(h)) + h) .* h;", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK23 + "*a1[{j}]*(1 + a1[{j}])",), _J3),)),
            ("octave-zeros", "d = (theta)' * delta .* h .* (1 - h) + zeros(size(h));", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN23,), _J3),)),
            ("octave-transpose-greek", "d = (theta)'δ .* h .* (1 - h)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN23,), _J3),)),
            ("octave-transpose-greek-wrong", "d = (theta)'δ .* h .* (1 - h) .* h", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_HIDDEN23 + "*a1[{j}]",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", OCTAVE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # NumPy's mean, np.mean(u) and u.mean() alike: of the outputs' vector the mean over its entries (and the
            # one sample the notation counts), here the half squared error of two outputs
            ("np-mean-vector", "E = np.mean((p - t)**2)", ((C,),), (Twin("value", _HALF_SQ, (_HALF_SQ,)),)),
            ("method-mean-vector", "E = ((p - t)**2).mean()", ((C,),), (Twin("value", _HALF_SQ, (_HALF_SQ,)),)),
            ("np-mean-vector-wrong", "E = np.mean((p - t)**2) / 2", ((W,),),
             (Twin("value", _HALF_SQ, (f"{_HALF_SQ}/2",)),)),
            ("method-mean-vector-wrong", "E = ((p - t)**2).mean() * 2", ((W,),),
             (Twin("value", _HALF_SQ, (f"{_HALF_SQ}*2",)),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", MEAN_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_definition_with_a_conditional_local_stays_refused():
    """A case distinction of returns is read since batch 135 (Python's conditional expression of them,
    test_reading_constructs_fix135: the step for the sigmoid's slope is wrong either way); a local assigned a
    conditional stays refused."""
    result = CHECKS.verdicts(Public("step", "test", "logistic-2", None,
                                    "def dsigmoid(v):\n    if v > 0:\n        return 1\n    return 0"))
    assert result == (("wrong",),)
    message = CHECKS.refused("logistic-2", None, "def dsigmoid(v):\n    t = 1 if v > 0 else 0\n    return t")
    assert "more than one return line after locals" in message


def test_a_local_assigned_twice_stays_refused():
    message = CHECKS.refused("logistic-2", None,
                             "def dsigmoid(v):\n    s = sigmoid(v)\n    s = s*(1 - s)\n    return s")
    assert "assigns s twice" in message
    message = CHECKS.refused("logistic-2", None, "def dsigmoid(v):\n    s = sigmoid(v)\n    s *= 1 - s\n    return s")
    assert "more than one return line after locals" in message


def test_an_activation_whose_constant_is_the_pages_stays_refused():
    """``def leaky_relu(v)``: its slope is the page's choice, so no identity to judge; refused naming the function."""
    message = CHECKS.refused("logistic-2", None, "def leaky_relu(v): return np.maximum(0.01 * v, v)")
    assert "def leaky_relu: check reads the definition" in message


def test_a_comment_of_words_before_its_equation_stays_a_remark():
    """``# here u = 1, so p = 2``: no run of prose leads in, so the comment is a remark, nothing to judge."""
    message = CHECKS.refused("logistic-2", COMMENT_NOTATION, "# here u = 1, so p = 2")
    assert "holds nothing to judge" in message


def test_ones_of_a_shape_beside_a_matrix_product_stays_refused():
    """``ones(size(h)) * h``: Octave's matrix product with the array of ones is no number 1; refused by name."""
    message = CHECKS.refused("sigmoid-2-3-2", OCTAVE_NOTATION, "d = (theta)' * delta .* (ones(size(h)) * h);")
    assert "ones(size(...)) stands where no entrywise operator is" in message


def test_a_mean_whose_count_of_samples_is_unknown_stays_refused():
    """np.mean(u) and u.mean() alike: where nothing counts the step's samples and the step's loss is their total
    (reduction "sum"; with the mean, the default, the count cancels: tests/test_reading_constructs_fix123.py),
    refused, naming the mean."""
    notation = MEAN_NOTATION.replace('"m" = "1"\n', "")
    assert "np.mean((p - t)^2) averages over the samples" in CHECKS.refused("sigmoid-2-3-2-sum", notation,
                                                                           "E = np.mean((p - t)**2)")
    assert ".mean() averages over the samples" in CHECKS.refused("sigmoid-2-3-2-sum", notation,
                                                                "E = ((p - t)**2).mean()")
