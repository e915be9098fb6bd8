"""Batch 105 of the public formulas showed general constructs of notebooks and copied pages refused, each written
here as another author would (other names, other networks than the pages'):

- scientific notation in a printed value, ``Error = [3.03682565e-05]``, ``3.0368257E-05``, ``3.04e-5``: one number;
  where the notation names e (an error), ``3.04e-5`` reads two ways (3.04 \\times 10^{-5} or 3.04 e - 5) and is
  refused, while the printed ``e-05`` (whose other reading, the number 05, is refused) stays one number;
- NumPy's print of an array, its numbers apart by blanks with no comma, ``[0.62245933 0.81757448]``, and of a column,
  ``[[0.62245933]`` then `` [0.81757448]]``: the vector, as [0.62245933, 0.81757448]; two bare numbers side by side
  outside such a print, ``0.62245933 0.81757448``, are refused (never multiplied silently);
- a number added to a vector: a layer's shared bias (``np.dot(self.x, self.W1) + self.b1``, ``f(W x + b)``) and any
  number in code's sum (NumPy broadcasts it: ``np.dot(self.W, self.x) + self.b`` with b one unit's bias is then
  wrong, not refused); in mathematics a number that is no shared bias beside a vector stays refused;
- a KaTeX copy of a \\begin{aligned} block: its MathML text spaced, the TeX source, its HTML text glued in the layout's
  order; the source read where both renderings hold its letters, digits and relations, refused where they do not;
- Unicode's mathematical italic letters in backticks, ``\\`𝛿 = (𝑦−𝑦̂)𝜎′(𝑥)\\```, read with a left side and refused
  without one.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts, numbers by the
number oracle as the held-out batches'): each case carries its twin, the formula transcribed by hand into
symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_public_formulas_held_out import oracle_verdicts

# a notebook's class: x = (1, 2), a sigmoid layer with one shared bias 0.5, a ReLU output with its shared bias 0.1,
# y = 0.38, half the squared error (the hidden sums 0.5 and 1.5, their sigmoid 0.62245933 and 0.81757448, the output
# 0.37220664, the loss 3.03682565e-05)
_CLASS = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
          'weights = [[0.2, -0.1], [0.4, 0.3]]\nbiases = 0.5\n'
          '[[layer]]\nunits = 1\nactivation = "relu"\nbias = "shared"\nweights = [[0.7, -0.2]]\nbiases = 0.1\n'
          '[loss]\nname = "half_squared_error"\n[data]\nx = [[1.0, 2.0]]\ny = [[0.38]]\n'
          '[update]\nlearning_rate = 0.1\n')
NETWORKS = {"class": _CLASS, "sigmoid-2-2": SIGMOID_2_2, "sigmoid-2-1": SIGMOID_2_1}
CHECKS = CaseChecks(NETWORKS)

# the class's attributes (the weights input-first, NumPy's 1-D x and hidden rows in np.dot(x, W)) and the names of
# its printed outputs
_CODE = r'''
[notation]
loss = ["Error"]
functions = { "self.sigmoid" = "sigmoid", "self.relu" = "relu" }
[notation.symbols]
"self.x" = "x[:].T"
"self.W1" = "W1[:, :].T"
"self.b1" = "b1"
"self.hidden" = "a1[:].T"
"net" = "z1[:]"
"n1" = "z1[0]"
"hidden" = "a1[:]"
"out" = "a2[:]"
'''
# the same printed outputs where e names the output's error
_ERROR_E = _CODE + '"e" = "a2[0] - y[0]"\n'
# the class as mathematics writes it: h the hidden layer, W its weights, x the input, b its shared bias, f the sigmoid
_MATH = r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"h" = "a1[:]"
"W" = "W1[:, :]"
"x" = "x[:]"
"b" = "b1"
'''
# a layer of two units with a bias each, where b names the first unit's (one number)
_ONE_BIAS = r'''
[notation]
functions = { f = "sigmoid" }
[notation.symbols]
"h" = "a1[:]"
"W" = "W1[:, :]"
"x" = "x[:]"
"b" = "b1[0]"
"self.z" = "z1[:]"
"self.W" = "W1[:, :]"
"self.x" = "x[:]"
"self.b" = "b1[0]"
'''
# units j of a layer: z_j their sums, a_j their outputs, w_ji the weights, x_i the inputs, b_j the biases, E the loss
_UNITS = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"z_{j}" = "z1[j-1]"
"a_{j}" = "a1[j-1]"
"w_{ji}" = "W1[j-1, i-1]"
"x_{i}" = "x[i-1]"
"b_{j}" = "b1[j-1]"
"\\delta_{j}" = "delta1[j-1]"
'''
# one sigmoid unit: y the target, y-hat its output, x its sum, delta its error term -dE/dx
_UNIT = r'''
[notation]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"x" = "z1[0]"
"\\delta" = "-grad(z1[0])"
'''
_LOSS = "0.5*(y[0] - a2[0])**2"
_J2 = ({"j": 0}, {"j": 1})
_HIDDEN = "sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1)"
_SUM = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"
_OUTPUT_DELTA = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_ALIGNED = (r"\begin{aligned} z_j &= \sum_i w_{ji} x_i + b_j \\ a_j &= \sigma(z_j) \end{aligned}")
_ALIGNED_WRONG = (r"\begin{aligned} z_j &= \sum_i w_{ji} x_i + b_j \\ a_j &= \sigma(z_j) x_j \end{aligned}")
_ERROR_TERM = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"


def _cases() -> list[Public]:
    return [
        # -- scientific notation -------------------------------------------------------------------------------------
        Public("printed-scientific", "test", "class", _CODE, "Error = [3.03682565e-05]", ((C,),),
               (Twin("value", _LOSS, ("=3.03682565e-05",)),)),
        Public("printed-scientific-wrong", "test", "class", _CODE, "Error = [3.13682565e-05]", ((W,),),
               (Twin("value", _LOSS, ("=3.13682565e-05",)),)),
        Public("scientific-capital", "test", "class", _CODE, "Error = 3.0368257E-05", ((C,),),
               (Twin("value", _LOSS, ("=3.0368257e-05",)),)),
        Public("scientific-short", "test", "class", _CODE, "Error = 3.04e-5", ((C,),),
               (Twin("value", _LOSS, ("=3.04e-5",)),)),
        Public("scientific-short-wrong", "test", "class", _CODE, "Error = 3.4e-5", ((W,),),
               (Twin("value", _LOSS, ("=3.4e-5",)),)),
        Public("scientific-printed-beside-e", "test", "class", _ERROR_E, "Error = [3.03682565e-05]", ((C,),),
               (Twin("value", _LOSS, ("=3.03682565e-05",)),)),
        # -- NumPy's printed arrays --------------------------------------------------------------------------------
        Public("printed-vector", "test", "class", _CODE, "hidden = [0.62245933 0.81757448]", ((C,),),
               (Twin("value", "a1[{j}]", ("=np.array([0.62245933, 0.81757448])",), _J2),)),
        Public("printed-vector-wrong", "test", "class", _CODE, "hidden = [0.62245933 0.82757448]", ((W,),),
               (Twin("value", "a1[{j}]", ("=np.array([0.62245933, 0.82757448])",), _J2),)),
        Public("printed-vector-minus-wrong", "test", "class", _CODE, "hidden = [0.62245933 -0.81757448]", ((W,),),
               (Twin("value", "a1[{j}]", ("=np.array([0.62245933, -0.81757448])",), _J2),)),
        Public("printed-sums", "test", "class", _CODE, "net = [0.5 1.5]", ((C,),),
               (Twin("value", "z1[{j}]", ("=np.array([0.5, 1.5])",), _J2),)),
        Public("printed-column", "test", "class", _CODE, "hidden = [[0.62245933]\n [0.81757448]]", ((C,),),
               (Twin("value", "a1[{j}]", ("=np.array([0.62245933, 0.81757448])",), _J2),)),
        Public("printed-column-wrong", "test", "class", _CODE, "hidden = [[0.81757448]\n [0.62245933]]", ((W,),),
               (Twin("value", "a1[{j}]", ("=np.array([0.81757448, 0.62245933])",), _J2),)),
        Public("parenthesis-then-number", "test", "class", _CODE, "n1 = (0.25)2", ((C,),),
               (Twin("value", "z1[0]", ("=(0.25)*2",)),)),
        Public("parenthesis-then-number-wrong", "test", "class", _CODE, "n1 = (-0.25)2", ((W,),),
               (Twin("value", "z1[0]", ("=(-0.25)*2",)),)),
        # -- a number broadcast onto a vector ----------------------------------------------------------------------
        Public("shared-bias-code", "test", "class", _CODE,
               "        self.hidden = self.sigmoid(np.dot(self.x, self.W1) + self.b1)", ((C,),),
               (Twin("value", "a1[{j}]", (_HIDDEN,), _J2),)),
        Public("shared-bias-code-wrong", "test", "class", _CODE,
               "        self.hidden = self.sigmoid(np.dot(self.x, self.W1) - self.b1)", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1)",), _J2),)),
        Public("shared-bias-math", "test", "class", _MATH, "h = f(W x + b)", ((C,),),
               (Twin("value", "a1[{j}]", (_HIDDEN,), _J2),)),
        Public("shared-bias-math-wrong", "test", "class", _MATH, "h = f(W x + 2b)", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(W1[{j},0]*x[0] + W1[{j},1]*x[1] + 2*b1)",), _J2),)),
        Public("one-bias-code-broadcast-wrong", "test", "sigmoid-2-2", _ONE_BIAS,
               "self.z = np.dot(self.W, self.x) + self.b", ((W,),),
               (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[0]",), _J2),)),
        # -- a KaTeX copy of an aligned block ----------------------------------------------------------------------
        Public("katex-aligned", "test", "sigmoid-2-2", _UNITS,
               "z j = ∑ i w j i x i + b j a j = σ ( z j ) " + _ALIGNED + " zjaj=i∑wjixi+bj=σ(zj)", ((C,), (C,)),
               (Twin("value", "z1[{j}]", (_SUM,), _J2), Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2))),
        Public("katex-aligned-wrong", "test", "sigmoid-2-2", _UNITS,
               "z j = ∑ i w j i x i + b j a j = σ ( z j ) x j " + _ALIGNED_WRONG + " zjaj=i∑wjixi+bj=σ(zj)xj",
               ((C,), (W,)),
               (Twin("value", "z1[{j}]", (_SUM,), _J2),
                Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])*x[{j}]",), _J2))),
        Public("katex-glued-before-source", "test", "sigmoid-2-2", _UNITS,
               "zj=iwjixi+bjaj=σ(zj) " + _ALIGNED, ((C,), (C,)),
               (Twin("value", "z1[{j}]", (_SUM,), _J2), Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2))),
        Public("bigtriangledown", "test", "sigmoid-2-2", _UNITS,
               r"\delta_j = \bigtriangledown_{a_j} E \cdot \sigma'(z_j)", ((C,),),
               (Twin("value", _OUTPUT_DELTA, (_OUTPUT_DELTA,), _J2),)),
        # -- Unicode's mathematical italic letters in backticks ----------------------------------------------------
        Public("italic-backticks", "test", "sigmoid-2-1", _UNIT, "The error term is `𝛿 = (𝑦−𝑦̂)𝜎′(𝑥)`.", ((C,),),
               (Twin("value", _ERROR_TERM, ("(y[0] - a1[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
        Public("italic-backticks-wrong", "test", "sigmoid-2-1", _UNIT, "`𝛿 = (𝑦̂−𝑦)𝜎′(𝑥)`", ((W,),),
               (Twin("value", _ERROR_TERM, ("(a1[0] - y[0])*sigmoid(z1[0])*(1 - sigmoid(z1[0]))",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES, oracle_verdicts)


def test_scientific_notation_beside_a_name_e_reads_two_ways():
    refusal = CHECKS.refused("class", _ERROR_E, "Error = 3.04e-5")
    assert "the number 3.04e-5 reads two ways" in refusal and "3.04 \\times 10^{-5}" in refusal


def test_scientific_notation_beside_the_loss_E_reads_two_ways():
    assert "reads two ways" in CHECKS.refused("sigmoid-2-1", None, "E = 2.5E-3")


def test_two_bare_numbers_side_by_side_are_refused():
    assert "two numbers side by side" in CHECKS.refused("class", _CODE, "hidden = 0.62245933 0.81757448")
    assert "two numbers side by side" in CHECKS.refused("class", _CODE, "Error = 0.5 \\cdot 0.0078 0.0078")
    assert "two numbers side by side" in CHECKS.refused("class", _CODE, "n1 = -0.25 2")


def test_a_number_beside_a_vector_in_mathematics_stays_refused():
    # b is one unit's bias: nothing says it is added to each unit's sum
    assert "adds a vector or matrix and a number" in CHECKS.refused("sigmoid-2-2", _ONE_BIAS, "h = f(W x + b)")


def test_a_katex_copy_whose_renderings_are_of_another_formula_is_refused():
    # the renderings lost the bias b_j the source has: they are not the source's, and nothing is dropped
    CHECKS.refused("sigmoid-2-2", _UNITS, "z j = ∑ i w j i x i a j = σ ( z j ) " + _ALIGNED + " zjaj=i∑wjixi=σ(zj)")


def test_italic_backticks_without_a_left_side_are_refused():
    refusal = CHECKS.refused("sigmoid-2-1", _UNIT, "You defined the error term as `(𝑦−𝑦̂)𝜎′(𝑥)` in the notebook:")
    assert "has no left side" in refusal
