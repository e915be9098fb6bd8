"""A sum with neither index letter nor bounds over a term of numbers only (``\\sum {\\frac{1}{2}(1 - 0.574)^2}``,
batch 67's misreading, judged as K times the number against the loss's formula) and the same sum with an editor's
empty boxes for its bounds, ``\\sum_{}^{}``, each written here as another author would (other names, other networks
than the pages'). Such a member is judged at the file's numbers where the sum's count of terms is known: every layer
of one unit (so no unit's index was dropped) on a file of one sample a step, with the notation's count of samples
("N" = "1") or the file's reduction "sum" (the samples' total, K times one sample's loss as the member is). Where the
count is unknown, the reduction the mean and no count named, or a layer of several units (over which of them?), it is
refused in one line, never a number judged against a count nothing gives. Empty bounds are no bounds: a sum over the
one output's error reads as without them. A bare sum before a derivative by a matrix (batch 73's
``\\sum \\frac{\\partial(\\frac{1}{2}(y-\\hat y)^2)}{\\partial W^{(2)}}``, read as the sum of the gradient's entries, a
number for a matrix) adds the samples' gradients, by the sample sums' rules: refused for its count without one.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

# one input, one sigmoid unit, the half squared error: z = 0.3, y = 0.5744425, the loss 0.0905496
_ONE = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\nweights = [[0.4]]\nbiases = [0.1]\n[loss]\n'
        'name = "half_squared_error"\n[data]\nx = [[0.5]]\ny = [[1.0]]\n[update]\nlearning_rate = 0.1\n')
NETWORKS = {
    "one-unit-mean": _ONE,
    "one-unit-sum": _ONE + 'reduction = "sum"\n',
    # two inputs, two sigmoid units, the half squared error: the first unit's numbers are one of two
    "tanh-sigmoid": TANH_2_2_SIGMOID_1,
    "tanh-sigmoid-sum": TANH_2_2_SIGMOID_1 + '[update]\nlearning_rate = 0.1\nreduction = "sum"\n',
    "two-units": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nweights = [[0.4, 0.2], [0.1, 0.3]]\n'
                 'biases = [0.1, 0.2]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[0.5, 1.0]]\n'
                 'y = [[1.0, 0.0]]\n',
}
CHECKS = CaseChecks(NETWORKS)

_NOTATION = '[notation]\nloss = ["E"]\n[notation.symbols]\n"o" = "a1[0]"\n"t" = "y[0]"\n"u" = "z1[0]"\n'
_COUNTED = _NOTATION + '"N" = "1"\n'
_LOSS = "(y[0] - a1[0])**2/2"
# the output weights as a row, V (1 x 2): the left side dE/dV a row, each sample's gradient one too
_ROW = '[notation]\nloss = ["E"]\n[notation.symbols]\n"o" = "a2[0]"\n"t" = "y[0]"\n"V" = "W2[:, :]"\n'
_J2 = ({"j": 0}, {"j": 1})
_DV = "(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]"
_HALF = ("=(1/2)*(1 - 0.5744)**2", "=0.0905")


def _cases() -> list[Public]:
    cases = []
    for key, network, notation, text, expected, twins in (
            # the file's reduction "sum": the step's loss the samples' total, the one sample's term
            ("bare-sum-reduction-sum", "one-unit-sum", _NOTATION, r"E = \sum {\frac{1}{2}(1 - 0.5744)^2} = 0.0905",
             ((C, C),), (Twin("value", _LOSS, _HALF),)),
            ("bare-sum-reduction-sum-wrong", "one-unit-sum", _NOTATION, r"E = \sum (1 - 0.5744)^2 = 0.1811",
             ((W, W),), (Twin("value", _LOSS, ("=(1 - 0.5744)**2", "=0.1811")),)),
            # the notation's count of samples, "N" = "1": one sample, one term
            ("bare-sum-one-sample", "one-unit-mean", _COUNTED, r"E = \sum \frac{1}{2}(1 - 0.5744)^2 = 0.0905",
             ((C, C),), (Twin("value", _LOSS, _HALF),)),
            ("bare-sum-one-sample-wrong", "one-unit-mean", _COUNTED, r"E = \sum \frac{1}{2}(1 - 0.7)^2 = 0.045",
             ((W, W),), (Twin("value", _LOSS, ("=(1/2)*(1 - 0.7)**2", "=0.045")),)),
            # an editor's empty boxes for the bounds: the bare sum
            ("empty-bounds-reduction-sum", "one-unit-sum", _NOTATION,
             r"E = \sum_{}^{} {\frac{1}{2}(1 - 0.5744)^2} = 0.0905", ((C, C),), (Twin("value", _LOSS, _HALF),)),
            ("empty-bounds-one-sample-wrong", "one-unit-mean", _COUNTED,
             r"E = \sum_{}^{}(1 - 0.5744)^2 = 0.1811", ((W, W),),
             (Twin("value", _LOSS, ("=(1 - 0.5744)**2", "=0.1811")),)),
            ("empty-bounds-names", "one-unit-mean", _NOTATION, r"E = \sum_{}^{} \frac{1}{2}(t - o)^2", ((C,),),
             (Twin("value", _LOSS, (_LOSS,)),)),
            ("empty-bounds-names-wrong", "one-unit-mean", _NOTATION, r"E = \sum_{}^{} (t - o)^2", ((W,),),
             (Twin("value", _LOSS, ("(y[0] - a1[0])**2",)),)),
            # bounds of numbers around numbers: that many equal terms
            ("bounded-sum-of-numbers", "one-unit-mean", _NOTATION, r"E = \sum_{k=1}^{1} \frac{1}{2}(1 - 0.5744)^2",
             ((C,),), (Twin("value", _LOSS, ("=(1/2)*(1 - 0.5744)**2",)),)),
            ("bounded-sum-of-numbers-wrong", "one-unit-mean", _NOTATION,
             r"E = \sum_{k=1}^{2} \frac{1}{2}(1 - 0.5744)^2",
             ((W,),), (Twin("value", _LOSS, ("=2*(1/2)*(1 - 0.5744)**2",)),))):
        cases.append(Public(key, "test", network, notation, text, expected, twins))
    for key, network, notation, text, expected, formula in (
            # a bare sum before a derivative by a matrix: the samples' gradients added, never the entries' sum
            ("summed-gradient-one-sample", "tanh-sigmoid", _ROW + '"N" = "1"\n',
             r"\frac{\partial E}{\partial V} = \sum \frac{\partial}{\partial V} \frac{1}{2}(t - o)^2", ((C,),), _DV),
            ("summed-gradient-one-sample-wrong", "tanh-sigmoid", _ROW + '"N" = "1"\n',
             r"\frac{\partial E}{\partial V} = \sum \frac{\partial (t - o)^2}{\partial V}", ((W,),), "2*" + _DV),
            ("summed-gradient-reduction-sum", "tanh-sigmoid-sum", _ROW,
             r"\frac{\partial E}{\partial V} = -\sum (t - o) \frac{\partial o}{\partial V}", ((C,),), _DV),
            ("summed-gradient-reduction-sum-wrong", "tanh-sigmoid-sum", _ROW,
             r"\frac{\partial E}{\partial V} = \sum (t - o) \frac{\partial o}{\partial V}", ((W,),), "-" + _DV)):
        cases.append(Public(key, "test", network, notation, text, expected,
                            (Twin("gradient", "W2[0,{j}]", (formula,), _J2),)))
    return cases


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bare_sum_of_numbers_without_a_count_of_samples_is_refused():
    # the mean of K samples' losses against a sum of K equal numbers: right for one K only, which nothing names
    for text in (r"E = \sum {\frac{1}{2}(1 - 0.5744)^2} = 0.0905", r"E = \sum_{}^{} \frac{1}{2}(1 - 0.5744)^2"):
        message = CHECKS.refused("one-unit-mean", _NOTATION, text)
        assert "without a bound, so nothing says how many it adds" in message and '"N" = "1"' in message


def test_a_bare_sum_of_numbers_over_a_layer_of_several_units_is_refused():
    # 0.5744 may be the first unit's of two: over the samples one term, over the units two
    for notation in (_NOTATION, _COUNTED):
        for text in (r"E = \sum {\frac{1}{2}(1 - 0.5744)^2} = 0.0905", r"E = \sum_{}^{} \frac{1}{2}(1 - 0.5744)^2"):
            message = CHECKS.refused("two-units", notation, text)
            assert "a sum without its index letter over a term of numbers only" in message


def test_a_bare_sum_of_gradients_without_a_count_of_samples_is_refused_for_its_count():
    # the samples' gradients added: right for one sample, K times the mean's over K; the sum of the gradient's
    # entries, a number for the row dE/dV, is no reading
    text = r"\frac{\partial E}{\partial V} = \sum \frac{\partial E}{\partial V}"
    message = CHECKS.refused("tanh-sigmoid", _ROW, text)
    assert "a sum over the samples has no bound, so nothing says how many it adds" in message
