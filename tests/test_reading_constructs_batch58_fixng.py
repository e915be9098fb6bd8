"""The pages of batch 58 of the public formulas showed two general constructs refused, each written here as another
author would (other names, other networks than the pages'): Ng's bias gradient, a bare \\sum (no letter, no bounds)
of a layer's column where the notation counts the samples with 1 and lays a sample out as a column, read as NumPy's
np.sum(dZ, axis=1, keepdims=True) is (the samples' sum of the one sample's column); and ∆ (or \\Delta) glued before a
word the notation names, that name's increment, as \\Delta before a letter is. What stays refused: the bare \\sum
where the notation names no count of the samples, where its samples are rows, or where the term is a matrix.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_1_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-sigmoid": TANH_2_2_SIGMOID_1, "tanh-one": TANH_1_1}
CHECKS = CaseChecks(NETWORKS)

# Ng's gradient names on other letters: S a layer's sums (a column per sample), c its biases, N the samples' count
_NAMES = r'''
[notation]
indices = "l"
loss = ["E"]
[notation.symbols]
"S^{[l]}" = "z{l}[:]"
"dS^{[l]}" = "grad(z{l}[:])"
"dc^{[l]}" = "grad(b{l}[:])"
"dV^{[l]}" = "grad(W{l}[:, :])"
"O^{[l]}" = "a{l}[:]"
'''
_COUNTED = _NAMES + '"N" = "1"\n'
_DZ2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DZ1 = _DZ2 + "*W2[0,{j}]*(1 - a1[{j}]**2)"
_J2 = ({"j": 0}, {"j": 1})
# a page's words for one tanh unit: gain its weight, inp its input, err the target minus the output, slope tanh's
# derivative at it, lr the step's size; ∆gain the weight's change, -lr dE/d(gain)
_WORDS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"gain" = "W1[0, 0]"
"inp" = "x[0]"
"err" = "y[0] - a1[0]"
"slope" = "1 - a1[0]**2"
'''
_STEP = "eta*(y[0] - a1[0])*(1 - a1[0]**2)*x[0]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            ("bare-sum-hidden", r"dc^{[1]} = \frac{1}{N} \sum dS^{[1]}", ((C,),),
             (Twin("gradient", "b1[{j}]", (_DZ1,), _J2),)),
            ("bare-sum-hidden-wrong", r"dc^{[1]} = \frac{1}{N} \sum 2 dS^{[1]}", ((W,),),
             (Twin("gradient", "b1[{j}]", ("2*" + _DZ1,), _J2),)),
            ("bare-sum-unicode", "dc^{[1]} = 1/N ∑ dS^{[1]}", ((C,),),
             (Twin("gradient", "b1[{j}]", (_DZ1,), _J2),)),
            # beside the weights' gradient, as Ng's three claims stand
            ("bare-sum-beside-weights", r"dV^{[1]} = \frac{1}{N} dS^{[1]} (O^{[0]})^T, \qquad dc^{[1]} = \frac{1}{N}"
             r" \sum dS^{[1]}", ((C,), (C,)),
             (Twin("gradient", "W1[{j},{i}]", (_DZ1 + "*x[{i}]",),
                   tuple({"j": j, "i": i} for j in range(2) for i in range(2))),
              Twin("gradient", "b1[{j}]", (_DZ1,), _J2))),
            ("bare-sum-output", r"dc^{[2]} = \frac{1}{N} \sum dS^{[2]}", ((C,),),
             (Twin("gradient", "b2[0]", (_DZ2,)),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _COUNTED + '"O^{[0]}" = "x[:]"\n', text, expected, twins))
    for key, text, expected, twins in (
            ("change-of-a-word", "∆gain = err * slope * inp * lr", ((C,),), (Twin("value", _STEP, (_STEP,)),)),
            ("change-of-a-word-tex", r"\Delta gain = \text{lr} \cdot err \cdot slope \cdot inp", ((C,),),
             (Twin("value", _STEP, (_STEP,)),)),
            ("change-of-a-word-wrong", "∆gain = err * inp * lr", ((W,),),
             (Twin("value", _STEP, ("eta*(y[0] - a1[0])*x[0]",)),)),
            # the change then added: the update, gain's new value
            ("change-of-a-word-added", "∆gain = err * slope * inp * lr; gain = gain + ∆gain", ((C,), (C,)),
             (Twin("value", _STEP, (_STEP,)), Twin("update", "W1[0,0]", ("W1[0,0] + " + _STEP,))))):
        cases.append(Public(key, "test", "tanh-one", _WORDS + '"∆gain" = "-eta*grad(W1[0, 0])"\n', text, expected,
                            twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bare_sum_with_no_count_of_the_samples_stays_refused():
    """No N = 1 in the notation: nothing says the column's sum is over samples, its entries' sum a number."""
    CHECKS.refused("tanh-sigmoid", _NAMES, r"dc^{[1]} = \frac{1}{N} \sum dS^{[1]}")


def test_a_bare_sum_where_the_samples_are_rows_stays_refused():
    """Weights named input-first (x W, a sample a row): the column is no sample's."""
    CHECKS.refused("tanh-sigmoid", _COUNTED + '"U" = "W1[:, :].T"\n', r"dc^{[1]} = \frac{1}{N} \sum dS^{[1]}")


def test_a_bare_sum_of_a_matrix_stays_refused():
    """A matrix's columns are no samples here: which axis the sum adds is the writer's."""
    CHECKS.refused("tanh-sigmoid", _COUNTED + '"O^{[0]}" = "x[:]"\n',
                   r"dc^{[1]} = \frac{1}{N} \sum dS^{[1]} (O^{[0]})^T")


def test_the_change_of_a_word_the_notation_gives_no_meaning():
    """∆gain where the notation names gain only: one name, \\Delta gain (never \\Delta g times ain), the change the
    update adds to the parameter gain names, -lr dE/d(gain), as the notation's "∆gain" above gives it
    (docs/notation.md; until fixmixed it was refused); before a word naming no parameter, ∆inp, the unknown name."""
    assert CHECKS.verdicts(Public("word-change", "test", "tanh-one", _WORDS, "∆gain = err * slope * inp * lr")) \
        == ((C,),)
    assert CHECKS.verdicts(Public("word-change", "test", "tanh-one", _WORDS, "∆gain = err * inp * lr")) == ((W,),)
    assert "unknown symbol \\Delta inp" in CHECKS.refused("tanh-one", _WORDS, "∆inp = err * slope * lr")
