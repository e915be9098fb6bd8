"""Refusals of the held-out batches 13-107 that authors write in general, written here as other authors would (other
names, other networks than the pages'):

- a function's word typed against its argument with the space lost, ``logy``, ``lna``, ``logp_i``, ``expz``
  (a cross-entropy in a page's text, a README's LaTeX ``y\\, lna``, Markdown notes' ``y_ilogp_i``): log, ln or exp
  applied to the name after it, where the rest of the run is a name the notation gives whole and the run itself is
  none; where the notation names the run, or the word's every letter (l n a, three names, TeX's product), it is
  not that reading; where the letters after it name nothing, refused saying so;
- code's entry ``outputs[j]`` of a layer's whole vector the notation names (``"outputs" = "a2[:]"``) where the layer
  has one unit (a network of one output, batch 93's Python comprehension over ``zip(outputs, targets)``, rewritten
  as the rule for entry j): its one entry, as on a layer of several units; a name of a number stays refused.
- Euler's number before a power method, Kotlin's ``E.pow(-z)`` (kotlin.math.E), Rust's ``E.powf(-z)``, a course's
  notes' ``e.power(-z)`` (batches 42 and 46): e to that power, where the notation names no e or E (the default loss E,
  which it was read as, judging a right sigmoid wrong, never has a power method); the notation's own E keeps its
  meaning.
- LaTeX's diagonal matrix of a vector, ``(W^{(L)})^T \\cdot \\text{diag}(\\sigma'(z^{(L)})) \\cdot \\frac{\\partial
  C}{\\partial a^{(L)}}`` (batch 64; batch 44's softmax Jacobian diag(s) - s^T s): read as a Jacobian of an
  element-wise map is, its diagonal kept and its products the matrix's (diag(v) u is v times u entry by entry, A
  diag(v) scales A's columns), added to a square matrix of its size as the matrix itself; code's ``np.diag(v)``
  (whose * NumPy broadcasts) and an entrywise product with it stay refused.

And one refusal's message made to name what it is: a sum over a letter that a pattern writes literally in its
subscript and whose meaning does not use it (``\\sum_j \\delta_j \\theta_{ji}`` with ``"\\delta_{j}" = "delta2[0]"``) is
read over the samples, as a data point's literal letter is; the refusal now says so, and how to make it run over units.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_1, SIGMOID_2_2_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two sigmoid hidden units, one sigmoid output, no biases, the squared error
SIGMOID_2_2_1_NO_BIAS = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n'
                         '[[layer]]\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n[loss]\nname = "squared_error"\n')

NETWORKS = {
    "sigmoid-2-2-1": SIGMOID_2_2_1_NO_BIAS,
    "logistic-2": LOGISTIC_2,
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "softmax-2-3": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)

# a logistic unit's output and target by a page's letters (o and t, or y and d as an exam writes them)
_OUT_TARGET = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a1[0]"
"t" = "y[0]"
"out" = "a1[0]"
"z" = "z1[0]"
'''
_EXAM = r'''
[notation]
loss = ["C"]
[notation.symbols]
"y" = "a1[0]"
"d" = "y[0]"
'''
# a softmax's probabilities p_i and one-hot labels y_i
_SOFTMAX = r'''
[notation]
indices = "ik"
loss = ["L"]
[notation.symbols]
"p_{i}" = "a1[i]"
"y_{i}" = "t[i]"
'''
# a network of one output as code names its arrays: the whole vectors, and one number
_ONE_OUTPUT = r'''
[notation]
[notation.symbols]
"out" = "a1[:]"
"tgt" = "y[:]"
"d" = "delta1[:]"
"err" = "y[0] - a1[0]"
'''
_DELTA = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
# a unit's sum and output as Kotlin or Rust names them
_KOTLIN = r'''
[notation]
[notation.symbols]
"net" = "z1[0]"
"out" = "a1[0]"
'''
_SIGMOID = "1/(1 + exp(-z1[0]))"
# a two-layer network's matrices and vectors by a page's letters
_LAYERS = r'''
[notation]
[notation.symbols]
"h" = "a1[:]"
"u" = "z2[:]"
"o" = "a2[:]"
"y" = "y[:]"
"W_{2}" = "W2[:, :]"
'''
_DOUT = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_DH = " + ".join(f"W2[{j},{{k}}]*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])" for j in range(2))
_DH_UNTRANSPOSED = " + ".join(f"W2[{{k}},{j}]*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])" for j in range(2))
_K2 = ({"k": 0}, {"k": 1})
_J2 = ({"j": 0}, {"j": 1})
_K1 = ({"k": 0},)
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"


def _cases() -> list[Public]:
    return [
        # ---- log, ln, exp glued to the name after it ---------------------------------------------------------
        Public("log-glued-plain", "test", "logistic-2", _EXAM, "C =-d logy-(1-d) log (1-y)", ((C,),),
               (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),)),
        Public("log-glued-plain-wrong", "test", "logistic-2", _EXAM, "C = -d logy + (1-d) log(1-y)", ((W,),),
               (Twin("value", _BCE, ("-y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0])",)),)),
        Public("ln-glued-latex", "test", "logistic-2", _OUT_TARGET, r"$E = -[t\, lno + (1-t)\, ln(1-o)]$", ((C,),),
               (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))",)),)),
        Public("ln-glued-latex-wrong", "test", "logistic-2", _OUT_TARGET, r"$E = -[t\, lno + (1-t)\, ln(o)]$",
               ((W,),), (Twin("value", _BCE, ("-(y[0]*log(a1[0]) + (1 - y[0])*log(a1[0]))",)),)),
        Public("log-glued-word", "test", "logistic-2", _OUT_TARGET, "E = -t logout - (1 - t) log(1 - out)", ((C,),),
               (Twin("value", _BCE, ("-y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0])",)),)),
        Public("log-glued-subscript", "test", "softmax-2-3", _SOFTMAX, r"$L=-\sum_i y_ilogp_i$", ((C,),),
               (Twin("value", _CE, (_CE,)),)),
        Public("log-glued-subscript-wrong", "test", "softmax-2-3", _SOFTMAX, r"$L=\sum_i y_ilogp_i$", ((W,),),
               (Twin("value", _CE, ("-(" + _CE + ")",)),)),
        Public("exp-glued", "test", "sigmoid-2-1", _OUT_TARGET, "o = 1/(1 + 1/expz)", ((C,),),
               (Twin("value", "a1[0]", ("1/(1 + 1/exp(z1[0]))",)),)),
        Public("exp-glued-wrong", "test", "sigmoid-2-1", _OUT_TARGET, "o = 1/(1 + expz)", ((W,),),
               (Twin("value", "a1[0]", ("1/(1 + exp(z1[0]))",)),)),
        # ---- Euler's number before a power method -------------------------------------------------------------
        Public("kotlin-e-pow", "test", "sigmoid-2-1", _KOTLIN, "val out = 1.0 / (1.0 + E.pow(-net))", ((C,),),
               (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("kotlin-e-pow-wrong", "test", "sigmoid-2-1", _KOTLIN, "val out = 1.0 / (1.0 + E.pow(net))", ((W,),),
               (Twin("value", "a1[0]", ("1/(1 + exp(z1[0]))",)),)),
        Public("rust-e-powf", "test", "sigmoid-2-1", _KOTLIN, "let out = 1.0 / (1.0 + E.powf(-net));", ((C,),),
               (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("e-power", "test", "sigmoid-2-1", _KOTLIN, "out = 1 / (1 + e.power(-net))", ((C,),),
               (Twin("value", "a1[0]", (_SIGMOID,)),)),
        Public("e-power-wrong", "test", "sigmoid-2-1", _KOTLIN, "out = 1 / (1 - e.power(-net))", ((W,),),
               (Twin("value", "a1[0]", ("1/(1 - exp(-z1[0]))",)),)),
        Public("named-e-pow", "test", "sigmoid-2-1", _KOTLIN + '"E" = "y[0]"\n', "out = 1.0 / (1.0 + E.pow(-net))",
               ((W,),), (Twin("value", "a1[0]", ("1/(1 + y[0]**(-z1[0]))",)),)),
        # ---- LaTeX's diag(v) ----------------------------------------------------------------------------------
        Public("diag-chain", "test", "sigmoid-2-2-2", _LAYERS,
               r"$$\frac{\partial L}{\partial h} = W_2^T \cdot \operatorname{diag}(\sigma'(u)) \cdot \frac{\partial L}"
               r"{\partial o}$$", ((C,),), (Twin("value", _DH, (_DH,), _K2),)),
        Public("diag-chain-wrong", "test", "sigmoid-2-2-2", _LAYERS,
               r"$$\frac{\partial L}{\partial h} = W_2 \, \operatorname{diag}(\sigma'(u)) \, \frac{\partial L}"
               r"{\partial o}$$", ((W,),), (Twin("value", _DH, (_DH_UNTRANSPOSED,), _K2),)),
        Public("diag-times-vector", "test", "sigmoid-2-2-2", _LAYERS,
               r"$\frac{\partial L}{\partial u} = \mathrm{diag}(o \odot (1 - o)) (o - y)$", ((C,),),
               (Twin("value", _DOUT, (_DOUT,), _J2),)),
        Public("diag-jacobian", "test", "sigmoid-2-2-2", _LAYERS,
               r"$\frac{\partial o}{\partial u} = \text{diag}(\sigma'(u))$", ((C,),),
               (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]*(1 - a2[{j}])",), _J2),)),
        Public("diag-jacobian-wrong", "test", "sigmoid-2-2-2", _LAYERS,
               r"$\frac{\partial o}{\partial u} = \text{diag}(\sigma(u))$", ((W,),),
               (Twin("value", "a2[{j}]*(1 - a2[{j}])", ("a2[{j}]",), _J2),)),
        # ---- code's entry of a one-unit layer's whole vector ---------------------------------------------------
        Public("one-unit-entry", "test", "sigmoid-2-1", _ONE_OUTPUT, "d[k] = (out[k] - tgt[k]) * out[k] * (1 - out[k])",
               ((C,),), (Twin("value", _DELTA, ("(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])",), _K1),)),
        Public("one-unit-entry-wrong", "test", "sigmoid-2-1", _ONE_OUTPUT,
               "d[k] = (tgt[k] - out[k]) * out[k] * (1 - out[k])", ((W,),),
               (Twin("value", _DELTA, ("(y[{k}] - a1[{k}])*a1[{k}]*(1 - a1[{k}])",), _K1),)),
        Public("one-unit-zip", "test", "sigmoid-2-1", _ONE_OUTPUT,
               "    d = [o * (1 - o) * (o - t) for o, t in zip(out, tgt)]", ((C,),),
               (Twin("value", _DELTA, (_DELTA,)),)),
        Public("one-unit-zip-wrong", "test", "sigmoid-2-1", _ONE_OUTPUT, "d = [o * (1 - o) * (t - o) for o, t in zip(out, tgt)]",
               ((W,),), (Twin("value", _DELTA, ("a1[0]*(1 - a1[0])*(y[0] - a1[0])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_function_word_glued_to_a_name_the_notation_does_not_give_is_refused():
    """``logq``: log typed against q, which names nothing here: refused naming both, never an unknown symbol log."""
    refusal = CHECKS.refused("logistic-2", _EXAM, "C = -d logq - (1-d) log(1-y)")
    assert "logq reads as log typed against q" in refusal and "the notation does not name" in refusal


def test_a_run_the_notation_names_whole_is_its_name():
    """Where the notation names ``lny`` itself, the run is that name (here the target, so the loss is wrong)."""
    notation = _EXAM + '"lny" = "y[0]"\n'
    case = Public("named-run", "test", "logistic-2", notation, "C = -d lny - (1-d) ln(1-y)")
    assert CHECKS.verdicts(case) == (("wrong",),)


def test_a_function_word_whose_letters_are_all_names_is_no_function():
    """l, n and a each a name of the notation: ``lna`` is their product, as TeX reads letters, never ln a."""
    notation = _EXAM + '"l" = "y[0]"\n"n" = "y[0]"\n"a" = "a1[0]"\n'
    case = Public("letters-named", "test", "logistic-2", notation, "C = -d lna - (1-d) ln(1-y)")
    assert CHECKS.verdicts(case) == (("wrong",),)


def test_an_entry_of_a_name_of_a_number_stays_refused():
    """``err[k]`` where err names a number (no layer's whole vector): no entries for k to take."""
    refusal = CHECKS.refused("sigmoid-2-1", _ONE_OUTPUT, "d[k] = -err[k] * out[k] * (1 - out[k])")
    assert "err has no entries there" in refusal


# the hidden delta by a sum over the output units j, first with j literal in the notation, then an index letter
_LITERAL_J = r'''
[notation]
indices = "i"
[notation.symbols]
"u_{i}" = "z1[i-1]"
"\\theta_{ji}" = "W2[0, i-1]"
"\\delta_{i}" = "delta1[i-1]"
"\\delta_{j}" = "delta2[0]"
'''
_INDEX_J = _LITERAL_J.replace('indices = "i"', 'indices = "ij"').replace('"W2[0, i-1]"', '"W2[j-1, i-1]"') \
    .replace('"delta2[0]"', '"delta2[j-1]"')


def test_a_sum_over_a_literal_letter_says_why_it_is_read_over_the_samples():
    refusal = CHECKS.refused("sigmoid-2-2-1", _LITERAL_J, r"\delta_i = \sigma'(u_i) \sum_j \delta_j \theta_{ji}")
    assert "its pattern \\delta_{j} writes j literally" in refusal and "make j an index letter" in refusal


# the advice followed: j an index letter its meanings use, the sum over the output units (right, and a slip)
_HIDDEN_DELTA = "2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}]*a1[{i}]*(1 - a1[{i}])"
ADVICE_CASES = [
    Public("index-j", "test", "sigmoid-2-2-1", _INDEX_J, r"\delta_i = \sigma'(u_i) \sum_j \delta_j \theta_{ji}",
           ((C,),), (Twin("gradient_z", "z1[{i}]", (_HIDDEN_DELTA,), ({"i": 0}, {"i": 1})),)),
    Public("index-j-wrong", "test", "sigmoid-2-2-1", _INDEX_J, r"\delta_i = \sigma(u_i) \sum_j \delta_j \theta_{ji}",
           ((W,),), (Twin("gradient_z", "z1[{i}]", ("2*(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{i}]*a1[{i}]",),
                          ({"i": 0}, {"i": 1})),)),
]
test_the_oracle_gives_the_advice_verdicts, test_check_gives_the_oracles_advice_verdicts = CHECKS.tests(ADVICE_CASES)


def test_a_power_method_of_two_arguments_on_euler_s_number_is_refused():
    assert ".pow(...) with 2 arguments" in CHECKS.refused("sigmoid-2-1", _KOTLIN, "val out = 1.0 / (1.0 + E.pow(-net, 2))")


def test_code_s_diag_of_a_vector_is_refused():
    notation = _LAYERS + '"dL_du" = "grad(z2[:])"\n'
    refusal = CHECKS.refused("sigmoid-2-2-2", notation, "dL_du = np.diag(o * (1 - o)) * (o - y)")
    assert "a diagonal matrix whose products" in refusal


def test_an_entrywise_product_with_diag_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2-2", _LAYERS,
                             r"$\frac{\partial L}{\partial u} = \mathrm{diag}(\sigma'(u)) \odot \frac{\partial L}{\partial o}$")
    assert "an entrywise product with" in refusal
