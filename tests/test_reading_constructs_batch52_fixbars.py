"""Constructs batches 51 and 52 of the public formulas misread, each written here as another author would (other
names, other networks than the pages'):

- numbers inside absolute-value or norm bars, ``\\frac{1}{2}|0.4 - 0.9138|^2`` (``\\|...\\|``, ``\\lvert ...
  \\rvert``, ``\\left| ... \\right|`` likewise): a member of numbers judged at the file's numbers, |x|^2 of a number
  x^2, and ``\\|[...]\\|^2`` of a vector of numbers its squared length where the left side is a number; the bars'
  numbers stand for the symbolic member's bars before them.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# one tanh unit on two inputs with the file's numbers: z = 1.55, h = tanh(z) = 0.91378549, h - 0.4 = 0.51378549
_TANH = ('[[layer]]\ninputs = 2\nunits = 1\nactivation = "tanh"\nweights = [[0.5, -0.3]]\nbiases = [0.2]\n'
         '[loss]\nname = "half_squared_error"\n[data]\nx = [[1.5, -2.0]]\ny = [[0.4]]\n')
# two identity units on two inputs with the file's numbers: o = [1.45, -0.7] for the targets [0.4, -0.5]
_LINEAR = ('[[layer]]\ninputs = 2\nunits = 2\nactivation = "identity"\nweights = [[0.5, -0.3], [0.2, 0.4]]\n'
           'biases = [0.1, -0.2]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[1.5, -2.0]]\ny = [[0.4, -0.5]]\n')
NETWORKS = {"tanh-numbers": _TANH, "linear-numbers": _LINEAR}
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
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
