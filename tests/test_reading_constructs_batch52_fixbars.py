"""Constructs batches 51 and 52 of the public formulas misread, each written here as another author would (other
names, other networks than the pages'):

- numbers inside absolute-value or norm bars, ``\\frac{1}{2}|0.4 - 0.9138|^2`` (``\\|...\\|``, ``\\lvert ...
  \\rvert``, ``\\left| ... \\right|`` likewise): a member of numbers judged at the file's numbers, |x|^2 of a number
  x^2, and ``\\|[...]\\|^2`` of a vector of numbers its squared length where the left side is a number; the bars'
  numbers stand for the symbolic member's bars before them;
- a remark in parentheses with its own relation after ``\\quad`` in an aligned chain whose rows lost their
  ``\\\\`` (a Markdown page's single backslash): ``&= -y(1 - a) + (1 - y) a \\quad \\text{(as } a(1 - a) = a -
  a^2\\text{)} \\ &= a - y``, the remark dropped whole up to the next member's ``&=``, that member judged;
- ``\\sigma(v^Tu)`` (TeX's one-token superscript: v^{T} u) of two columns, a 1 x 1 product that is the number where
  the left side is one; a meaning with ``.T`` is a row (symbols.md's vectors are columns), and v^T u of a row v is
  two columns side by side, their entrywise product: refused, a vector where the left side is a number.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, LOGISTIC_3_NO_BIAS
from public_formulas import C, W, Public
from seed_verbatim import Twin

# one tanh unit on two inputs with the file's numbers: z = 1.55, h = tanh(z) = 0.91378549, h - 0.4 = 0.51378549
_TANH = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.5, -0.3]]\nbiases = [0.2]\n'
         '[loss]\nname = "half_squared_error"\n[data]\nx = [[1.5, -2.0]]\ny = [[0.4]]\n')
# two identity units on two inputs with the file's numbers: o = [1.45, -0.7] for the targets [0.4, -0.5]
_LINEAR = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.5, -0.3], [0.2, 0.4]]\n'
           'biases = [0.1, -0.2]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[1.5, -2.0]]\ny = [[0.4, -0.5]]\n')
NETWORKS = {"tanh-numbers": _TANH, "linear-numbers": _LINEAR, "logistic": LOGISTIC_2,
            "logistic-no-bias": LOGISTIC_3_NO_BIAS}
CHECKS = CaseChecks(NETWORKS)

# the unit's output h, its target t, the loss J
_UNIT = r'''
[notation]
loss = ["J"]
[notation.symbols]
"h" = "a1[0]"
"t" = "y[0]"
'''
# the outputs o and targets t as vectors, the loss J
_VECTORS = r'''
[notation]
loss = ["J"]
[notation.symbols]
"o" = "a1[:]"
"t" = "y[:]"
'''
# the unit's output a, its sum z, its target y, the loss L
_LOGISTIC = r'''
[notation]
loss = ["L"]
[notation.symbols]
"a" = "a1[0]"
"z" = "z1[0]"
"y" = "y[0]"
'''
# the unit's weights v (a column) and input u, its output q
_COLUMNS = r'''
[notation]
[notation.symbols]
"v" = "W1[0, :]"
"u" = "x[:]"
"q" = "a1[0]"
'''
_J = "(a1[0] - y[0])**2/2"
_JV = "(a1[0] - y[0])**2/2 + (a1[1] - y[1])**2/2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # |x|^2 of a number is x^2: plain bars, \| \|, \lvert \rvert, \left| \right|, after a symbolic member
            ("bars-number", r"J = \frac{1}{2}|0.4 - 0.9138|^2", ((C,),),
             (Twin("value", _J, ("=np.abs(0.4 - 0.9138)**2/2",)),)),
            ("bars-number-wrong", r"J = \frac{1}{2}|0.4 - 0.8138|^2", ((W,),),
             (Twin("value", _J, ("=np.abs(0.4 - 0.8138)**2/2",)),)),
            ("norm-bars-chain", r"J = \frac{1}{2}\|t - h\|^2 = \frac{1}{2}\|0.4 - 0.91378549\|^2 = 0.131988", ((C, C, C),),
             (Twin("value", _J, ("np.abs(y[0] - a1[0])**2/2", "=np.abs(0.4 - 0.91378549)**2/2", "=0.131988")),)),
            ("norm-bars-chain-wrong", r"J = \frac{1}{2}\|t - h\|^2 = \frac{1}{2}\|0.4 - 0.97378549\|^2", ((C, W),),
             (Twin("value", _J, ("np.abs(y[0] - a1[0])**2/2", "=np.abs(0.4 - 0.97378549)**2/2")),)),
            ("lvert-number", r"J = \frac{1}{2} \lvert 0.4 - 0.9138 \rvert^{2}", ((C,),),
             (Twin("value", _J, ("=np.abs(0.4 - 0.9138)**2/2",)),)),
            ("left-right-number", r"J = 0.5 \left| 0.9138 - 0.4 \right|^2", ((C,),),
             (Twin("value", _J, ("=0.5*np.abs(0.9138 - 0.4)**2",)),)),
            # the magnitude for the slope: wrong as a formula (the sign lost where h is below t), its numbers right
            # here, h above t
            ("bars-magnitude", r"\frac{\partial J}{\partial h} = |h - t| = |0.9138 - 0.4| = 0.5138", ((W, C, C),),
             (Twin("value", "a1[0] - y[0]", ("np.abs(a1[0] - y[0])", "=np.abs(0.9138 - 0.4)", "=0.5138")),)),
            ("bars-magnitude-wrong", r"\frac{\partial J}{\partial h} = |0.9138 - 0.4| = 0.6138", ((C, W),),
             (Twin("value", "a1[0] - y[0]", ("=np.abs(0.9138 - 0.4)", "=0.6138")),))):
        cases.append(Public(key, "test", "tanh-numbers", _UNIT, text, expected, twins))
    for key, text, expected, twins in (
            # \|v\|^2 of a vector of numbers, its squared length, where the left side is a number
            ("norm-vector", r"J = \frac{1}{2}\|o - t\|^2 = \frac{1}{2}\|[1.45 - 0.4, -0.7 + 0.5]\|^2 = 0.57125",
             ((C, C, C),), (Twin("value", _JV, (
                 "((a1[0] - y[0])**2 + (a1[1] - y[1])**2)/2", "=((1.45 - 0.4)**2 + (-0.7 + 0.5)**2)/2",
                 "=0.57125")),)),
            ("norm-vector-wrong", r"J = \frac{1}{2}\|[1.45 - 0.4, -0.7 - 0.5]\|^2", ((W,),),
             (Twin("value", _JV, ("=((1.45 - 0.4)**2 + (-0.7 - 0.5)**2)/2",)),))):
        cases.append(Public(key, "test", "linear-numbers", _VECTORS, text, expected, twins))
    _dz = r"\begin{align} \frac{\partial L}{\partial z} &= -\frac{y}{a} a(1 - a) + \frac{1 - y}{1 - a} a(1 - a) \ "
    _first = ("-y[0]/a1[0]*a1[0]*(1 - a1[0]) + (1 - y[0])/(1 - a1[0])*a1[0]*(1 - a1[0])",
              "-y[0]*(1 - a1[0]) + (1 - y[0])*a1[0]")
    for key, text, expected, twins in (
            ("remark-in-chain", _dz + r"&= -y(1 - a) + (1 - y) a \quad \text{(as } a(1 - a) = a - a^2\text{)} \ "
             r"&= a - y \end{align}", ((C, C, C),), (Twin("gradient_z", "z1[0]", (*_first, "a1[0] - y[0]")),)),
            ("remark-in-chain-wrong", _dz + r"&= -y(1 - a) + (1 - y) a \qquad \text{(since } y a = a y\text{)} \ "
             r"&= y - a \end{align}", ((C, C, W),), (Twin("gradient_z", "z1[0]", (*_first, "y[0] - a1[0]")),)),
            # the remark in one \text, after the chain's middle member, two members after it
            ("remark-whole-text", _dz + r"&= -y(1 - a) + (1 - y) a \quad \text{(using a(1 - a) = a - a^2)} \ "
             r"&= -y + a y + a - a y \ &= a - y \end{align}", ((C, C, C, C),),
             (Twin("gradient_z", "z1[0]", (*_first, "-y[0] + a1[0]*y[0] + a1[0] - a1[0]*y[0]", "a1[0] - y[0]")),))):
        cases.append(Public(key, "test", "logistic", _LOGISTIC, text, expected, twins))
    _vu = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"
    for key, text, expected, twins in (
            ("inner-one-token", r"$$q=\sigma(v^Tu)$$", ((C,),), (Twin("value", "a1[0]", (f"sigmoid({_vu})",)),)),
            ("inner-one-token-wrong", r"q = \sigma(u^Tv + 1)", ((W,),),
             (Twin("value", "a1[0]", (f"sigmoid({_vu} + 1)",)),)),
            ("inner-braced", r"q = \frac{1}{1 + e^{-v^{T} u}}", ((C,),), (Twin("value", "a1[0]", (f"sigmoid({_vu})",)),))):
        cases.append(Public(key, "test", "logistic-no-bias", _COLUMNS, text, expected, twins))
    return cases


def test_a_rows_transpose_times_a_column_stays_refused():
    """v a row (a meaning with .T): v^T u is two columns side by side, entrywise, no number."""
    refusal = CHECKS.refused("logistic-no-bias", _COLUMNS.replace('"W1[0, :]"', '"W1[0, :].T"'), r"q = \sigma(v^Tu)")
    assert "is a vector or matrix where the left side is a number" in refusal


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
