"""A member of numbers with a name the notation gives a number as its meaning (the N of ``\\frac{1}{N}`` with
"N" = "1", a count of samples; the x_0 = 1 of a bias's input), found by the fixsums helper: the name stopped the
member being one of numbers, so its 0.5744 was judged symbolically against the output and called wrong. Such a name
stands for its number, exactly: the member is judged at the file's numbers with the rounding rule, as ``\\frac{1}{1}
\\frac{1}{2}(1 - 0.5744)^2`` is; a name of a quantity of the network (a target, an output) keeps it symbolic, and a
general formula with the count (``\\frac{1}{N} \\frac{1}{2}(t - o)^2``) is judged at random points as before. Written
here as other authors would (other names, other networks than the page's).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names (a named number by its meaning, as batch 35's
m = 1 is).
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# one input, one sigmoid unit, the half squared error: z = 0.3, the output 0.5744425, the loss 0.0905496
_ONE = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.1]\n[loss]\n'
        'name = "half_squared_error"\n[data]\nx = [[0.5]]\ny = [[1.0]]\n')
# the same unit before a second one (weight 0.5, bias 0.2): its output 0.6194516, the loss 0.0724085
_TWO = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.1]\n'
        '[[layer]]\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5]]\nbiases = [0.2]\n[loss]\n'
        'name = "half_squared_error"\n[data]\nx = [[0.5]]\ny = [[1.0]]\n')
CHECKS = CaseChecks({"one-unit": _ONE, "two-units-deep": _TWO})

_COUNTED = '[notation]\nloss = ["E"]\n[notation.symbols]\n"o" = "a1[0]"\n"t" = "y[0]"\n"N" = "1"\n'
# Ng's m for the samples, h the hidden unit's output, and x_0 = 1 the input a bias multiplies
_DEEP = ('[notation]\nloss = ["J"]\n[notation.symbols]\n"\\\\hat{y}" = "a2[0]"\n"y" = "y[0]"\n"h" = "a1[0]"\n'
         '"z" = "z2[0]"\n"m" = "1"\n"x_{0}" = "1"\n')
_LOSS = "(y[0] - a1[0])**2/2"
_DEEP_LOSS = "(y[0] - a2[0])**2/2"


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twin in (
            ("count-of-one", "one-unit", _COUNTED, r"E = \frac{1}{N} \frac{1}{2}(1 - 0.5744)^2 = 0.0905", ((C, C),),
             Twin("value", _LOSS, ("=(1/1)*(1/2)*(1 - 0.5744)**2", "=0.0905"))),
            ("count-of-one-alone", "one-unit", _COUNTED, r"E = \frac{1}{N}\frac{1}{2}(1 - 0.5744)^2", ((C,),),
             Twin("value", _LOSS, ("=(1/1)*(1/2)*(1 - 0.5744)**2",))),
            ("count-of-one-wrong-number", "one-unit", _COUNTED, r"E = \frac{1}{N}\frac{1}{2}(1 - 0.6744)^2 = 0.0530",
             ((W, W),), Twin("value", _LOSS, ("=(1/1)*(1/2)*(1 - 0.6744)**2", "=0.0530"))),
            ("count-of-one-wrong-formula", "one-unit", _COUNTED, r"E = \frac{1}{N}(1 - 0.5744)^2", ((W,),),
             Twin("value", _LOSS, ("=(1/1)*(1 - 0.5744)**2",))),
            # after the formula in names: the same tree, each number judged as its place's value
            ("count-of-one-after-names", "one-unit", _COUNTED,
             r"E = \frac{1}{N} \frac{1}{2}(t - o)^2 = \frac{1}{N} \frac{1}{2}(1 - 0.5744)^2", ((C, C),),
             Twin("value", _LOSS, ("(1/1)*(1/2)*(y[0] - a1[0])**2", "=(1/1)*(1/2)*(1 - 0.5744)**2"))),
            # the general formula keeps its names: judged at random points, as before
            ("count-in-a-formula", "one-unit", _COUNTED, r"E = \frac{1}{N} \frac{1}{2}(t - o)^2", ((C,),),
             Twin("value", _LOSS, ("(1/1)*(1/2)*(y[0] - a1[0])**2",))),
            ("count-in-a-formula-wrong", "one-unit", _COUNTED, r"E = \frac{1}{N} (t - o)^2", ((W,),),
             Twin("value", _LOSS, ("(1/1)*(y[0] - a1[0])**2",))),
            # a name of the network's output beside the numbers keeps the member symbolic: wrong at random points
            ("output-named-beside-numbers", "one-unit", _COUNTED, r"E = \frac{1}{N} \frac{1}{2}(1 - o)^2 + 0.0001",
             ((W,),), Twin("value", _LOSS, ("(1/1)*(1/2)*(1 - a1[0])**2 + 0.0001",))),
            # Ng's 1/(2m) on a network of one unit a layer
            ("ng-count", "two-units-deep", _DEEP, r"J = \frac{1}{2m}(0.6195 - 1)^2 = 0.0724", ((C, C),),
             Twin("value", _DEEP_LOSS, ("=(1/(2*1))*(0.6195 - 1)**2", "=0.0724"))),
            ("ng-count-wrong", "two-units-deep", _DEEP, r"J = \frac{1}{2m}(0.5744 - 1)^2 = 0.0905", ((W, W),),
             Twin("value", _DEEP_LOSS, ("=(1/(2*1))*(0.5744 - 1)**2", "=0.0905"))),
            # a bias's input the notation names 1
            ("bias-input", "two-units-deep", _DEEP, r"z = 0.5 \cdot 0.5744 + 0.2 x_0 = 0.4872", ((C, C),),
             Twin("value", "z2[0]", ("=0.5*0.5744 + 0.2*1", "=0.4872"))),
            ("bias-input-wrong", "two-units-deep", _DEEP, r"z = 0.5 \cdot 0.5744 + 0.3 x_0 = 0.5872", ((W, W),),
             Twin("value", "z2[0]", ("=0.5*0.5744 + 0.3*1", "=0.5872")))):
        cases.append(Public(key, "test", network, notation, text, expected, (twin,)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
