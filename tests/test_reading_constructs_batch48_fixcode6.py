"""The pages of batches 47 and 48 of the public formulas showed these constructs misread or refused, each written
here as another author would (other names, other networks than the pages'): a period glued between a name (or a
closing script) and a digit, ``c.1``, judged both as the product with the number and as the decimal after the name,
and refused where the two disagree; TensorFlow's and PyTorch's functions with NumPy's meaning, ``tf.matmul(tf.transpose(h),
g)``, ``torch.mm``, ``torch.t``, ``tf.reduce_sum``, read as NumPy's (the module never an object whose method is called); an activation's name with prime glued after it,
``tanhprime(q)``, judged at its input and at its output as the other derivative words are; and HTML's paragraph and
line-break tags around a line, ``<p>h = tanh(s)<p>``, ``<br/>``, layout: a line break.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "tanh-sigmoid-2": TANH_2_2_SIGMOID_2,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1]"
# TensorFlow's row vectors: h the hidden outputs, V the output weights input-first, g dE/dz of the output, e the
# output's error, q its sums, o its outputs, t the targets
_ROWS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"x" = "x[:]"
"h" = "a1[:]"
"q" = "z2[:]"
"o" = "a2[:]"
"t" = "y[:]"
"e" = "a2[:] - y[:]"
"V" = "W2[:, :].T"
"g" = "grad(z2[:])"
"dV" = "grad(W2[:, :]).T"
"dh" = "grad(a1[:])"
'''
_K2 = tuple({"k": k} for k in range(2))
_J2 = tuple({"j": j} for j in range(2))
_K2J2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DH = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}] + (a2[1] - y[1])*a2[1]*(1 - a2[1])*W2[1,{j}]"
_HALF_SE = "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a period between a name and a digit where both readings agree: c times 0, or c times 0.0
            ("dot-digit-agree", r"h = \tanh(s) + c.0", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]*0",)),)),
            # wrong both ways: c times 2, or c times 0.2
            ("dot-digit-wrong", "s = v_{1}.x_{1} + v_{2}.x_{2} + c.2", ((W,),),
             (Twin("value", "z1[0]", (f"{_S} + b1[0]*2",)),)),
            # a closing script before the period, the same
            ("dot-digit-script-wrong", "s = v_{1} x_{1} + x_{2} v_{2}.3 + c", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + x[1]*W1[0,1]*3 + b1[0]",)),)),
            # HTML's paragraph and line-break tags: a line break, never a comparison
            ("html-paragraph", "<p>h = tanh(s)<p>", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("html-paragraph-closed-wrong", "<p>h = 1 - tanh(s)</p>", ((W,),),
             (Twin("value", "a1[0]", ("1 - tanh(z1[0])",)),)),
            ("html-break-two-claims", "s = v_1 x_1 + v_2 x_2 + c<br/>h = tanh(s)<BR />", ((C,), (C,)),
             (Twin("value", "z1[0]", (f"{_S} + b1[0]",)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            ("html-break-wrong", "s = v_1 x_1 + c<br>h = tanh(s)", ((W,), (C,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            # a digit before the period: the number's own point, as written
            ("decimal-after-digit", r"h = \tanh(s) \cdot 1.0", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])*1.0",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            ("torch-mm-t", "dV = torch.mm(torch.t(h), g)", ((C,),),
             (Twin("gradient", "W2[{k},{j}]", (f"a1[{{j}}]*{_D2}",), _K2J2),)),
            ("tf-matmul-transpose-wrong", "dV = tf.matmul(tf.transpose(x), g)", ((W,),),
             (Twin("gradient", "W2[{k},{j}]", (f"x[{{j}}]*{_D2}",), _K2J2),)),
            ("torch-matmul", "dh = torch.matmul(g, torch.t(V))", ((C,),), (Twin("value", _DH, (_DH,), _J2),)),
            ("tf-multiply-sigmoid", "g = tf.multiply(e, tf.sigmoid(q) * (1 - tf.sigmoid(q)))", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
            ("tf-multiply-tanh-wrong", "g = tf.multiply(e, 1 - tf.square(tf.tanh(q)))", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*(1 - np.tanh(z2[{k}])**2)",), _K2),)),
            ("tf-reduce-sum", "E = tf.reduce_sum(0.5 * tf.square(tf.subtract(o, t)))", ((C,),),
             (Twin("value", _HALF_SE, (_HALF_SE,)),)),
            # wrong at the input (1 - tanh(q)^2) and at the output (1 - q^2) alike
            ("tanhprime-wrong", "g = tf.multiply(e, tanhprime(q))", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*(1 - np.tanh(z2[{k}])**2)",), _K2),)),
            ("torch-sum-exp-log-wrong", "E = torch.sum(0.5 * torch.square(torch.exp(torch.log(torch.add(o, t)))))", ((W,),),
             (Twin("value", _HALF_SE, ("0.5*((a2[0] + y[0])**2 + (a2[1] + y[1])**2)",)),))):
        cases.append(Public(key, "test", "tanh-sigmoid-2", _ROWS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_period_between_a_name_and_a_digit_that_reads_two_ways_is_refused():
    """``c.1``: c times 1 (right) or c times 0.1 (wrong): which one the page means is a guess."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = v_{1}.x_{1} + v_{2}.x_{2} + c.1")
    assert "product with the number or as a decimal" in message


def test_a_period_after_a_closing_script_that_reads_two_ways_is_refused():
    """``v_{2}.1`` after a brace, the same."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "s = v_{1} x_{1} + x_{2} v_{2}.1 + c")


def test_a_glued_prime_word_whose_readings_differ_is_refused():
    """``sigmoidprime(q)``: sigma'(q) (right) or q (1 - q) (wrong); ``sigmoidPrime(o)``: sigma'(o) (wrong) or
    o (1 - o) (right): which argument the word is of is a guess."""
    for text in ("g = tf.multiply(e, sigmoidprime(q))", "g = e * sigmoidPrime(o)"):
        message = CHECKS.refused("tanh-sigmoid-2", _ROWS, text)
        assert "at its input (u = z) or at its output (u = a)" in message
