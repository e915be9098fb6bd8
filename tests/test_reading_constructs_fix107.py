"""Batch 107 of the public formulas showed general constructs misread or refused, each written here as another
author would (other names, other networks and numbers than the pages'):

- a worked sum of products in numbers with no name on the left (Singman's dot products, ``(0 \\times 0.674) + (0
  \\times -0.335) + (1 \\times -0.404) = -0.4047``): the weights rounded on the left, the value worked from the
  unrounded ones. A decimal of the left side that is a number the file writes shortened to its digits counts as
  that number (docs/verdicts.md), so the left side is the value at the file's numbers; a result off by more than
  its own rounding, a weight or a pairing of the inputs with the weights that is not the file's, stay wrong.
- words before a formula on its line: labels ended by colons one after another (``Task 3: Sigmoid function: s(v) =
  ...``, a heading repeated before its formula); a table cell's prose around ``\\( \\)``, commas among its words
  (``Output of unit \\(j\\), layer \\(1\\): \\(h_j = ...\\).``); a step's verb in lower case before a list item's
  formula (``* compute e = p - t``, Portuguese ``* calcule ...``), with Ng's sample superscript written ``y (t)``.
- words after a formula on its line: a remark in parentheses and a sentence after it (``h_j = sg(s_j) (the squashed
  sum) This step is repeated ...``); a full stop, a space and the next sentence's first word in lower case after a
  whole formula in prose (``This means that e = ... . e is then passed back ...``).
- a word for equals between two inline formulas (``$h_j$ is $sg(s_j)$ for the $j^{th}$ unit``, ``equals``, ``is
  equal to``, Portuguese ``é``), one claim; a phrase around them that may make either part of an operation stays
  refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names. For a chain of numbers alone the twin lists
the left side as a member too (what it stands for, the unit's sum before its sigmoid), and check's one verdict
is right when the oracle finds every member right.
"""

from __future__ import annotations

import pytest

from batch_tables import data_tables, problem_text
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2, SIGMOID_2_2_2, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_seed_verbatim import oracle_verdicts

# one sigmoid unit, three inputs, no bias: the weights with eight decimals, the inputs 0 and 1 (a truth table's row)
_UNIT = ('inputs = 3\nunits = 1\nactivation = "sigmoid"\nbias = "none"\n'
         'weights = [[0.81234567, -0.26789012, 0.15432109]]')
NETWORKS = {"sigmoid-2-2": SIGMOID_2_2, "sigmoid-2-2-2": SIGMOID_2_2_2, "tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2, **{f"dot-{row}": problem_text(_UNIT, loss="half_squared_error", extra=data_tables(f"[{x}]", "[1.0]"))
            for row, x in (("110", "1.0, 1.0, 0.0"), ("011", "0.0, 1.0, 1.0"))}}
CHECKS = CaseChecks(NETWORKS)
# the inputs and the prediction, the sums unnamed
DOT_NOTATION = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"p" = "a1[0]"
'''


def _chain(key: str, network: str, left: str, twin_left: str, result: str, expected: tuple) -> Public:
    """A chain of numbers alone, its left side and its result each a member the oracle judges as the sum z1[0]."""
    return Public(key, "test", network, DOT_NOTATION, f"$${left} = {result}$$", expected,
                  (Twin("value", "z1[0]", (f"={twin_left}", f"={result}")),))


_CHAINS = (
    # 0.812 - 0.268 = 0.544 as written; the true sum 0.54445555 is 0.5445: the left side's rounding covers it
    _chain("dot-rounded-weights", "dot-110", r"(1 \times 0.812) + (1 \times -0.268) + (0 \times 0.154)",
           "(1*0.812) + (1*-0.268) + (0*0.154)", "0.5445", ((C, C),)),
    _chain("dot-rounded-weights-plain", "dot-011", "0*0.812 + 1*(-0.268) + 1*0.154", "0*0.812 + 1*(-0.268) + 1*0.154",
           "-0.1136", ((C, C),)),
    # the result off by more than both sides' rounding
    _chain("dot-result-off-wrong", "dot-110", r"(1 \times 0.812) + (1 \times -0.268) + (0 \times 0.154)",
           "(1*0.812) + (1*-0.268) + (0*0.154)", "0.5545", ((C, W),)),
    # a weight that is not the file's, the result the true one
    _chain("dot-wrong-weight", "dot-110", r"(1 \times 0.812) + (1 \times -0.286) + (0 \times 0.154)",
           "(1*0.812) + (1*-0.286) + (0*0.154)", "0.5445", ((W, C),)),
    # the inputs paired with the weights in another order (the row read backwards)
    _chain("dot-wrong-order", "dot-110", r"(0 \times 0.812) + (1 \times -0.268) + (1 \times 0.154)",
           "(0*0.812) + (1*-0.268) + (1*0.154)", "0.5445", ((W, C),)),
)


@pytest.mark.parametrize("case", _CHAINS, ids=lambda case: case.key)
def test_the_oracle_gives_the_chains_verdicts(case):
    assert oracle_verdicts(case, CHECKS.problem(case)) == case.expected


@pytest.mark.parametrize("case", _CHAINS, ids=lambda case: case.key)
def test_check_calls_a_chain_of_numbers_right_when_every_member_is(case):
    verdict = "correct" if all(member == C for member in case.expected[0]) else "wrong"
    assert CHECKS.verdicts(case) == ((verdict,),)


def test_a_copy_of_a_weight_on_the_left_is_exact():
    """A number the file writes with all its digits, on the left side too, is a copy and carries nothing: the
    result must then be the copy's own arithmetic within the result's rounding alone."""
    case = Public("copy", "test", "dot-110", DOT_NOTATION, r"$$1 \times 0.81234567 = 0.8126$$", ((W,),))
    assert CHECKS.verdicts(case) == (("wrong",),)
    case = Public("copy", "test", "dot-110", DOT_NOTATION, r"$$1 \times 0.81234567 = 0.8123$$", ((C,),))
    assert CHECKS.verdicts(case) == (("correct",),)


# a worked sheet's names: s the sums, h the outputs of the one layer, sg the logistic function
LABEL_NOTATION = r"""
[notation]
indices = "j"
functions = { sg = "sigmoid" }
[notation.symbols]
"s" = "z1[0]"
"s_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"p" = "a1[:]"
"t" = "y[:]"
"e" = "grad(z1[:])"
"""
# Ng's letters with the layer and the sample in parentheses after a space: a (2) the output, y (t) the target, d (2)
# the output's error
NG_NOTATION = r"""
[notation]
indices = "l"
[notation.symbols]
"a^{(L)}" = "a2[:]"
"d^{(L)}" = "grad(z2[:])"
"y^{(t)}" = "y[:]"
"""
_SIG = "1/(1 + exp(-z1[0]))"
_H = tuple({"j": j} for j in range(2))
_OUT = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_LABELLED = (
    Public("colon-labels", "test", "sigmoid-2-2", LABEL_NOTATION,
           "Task 3: Sigmoid function: sg(s)= 1/(1+e^(-s))", ((C,),), (Twin("value", "sigmoid(z1[0])", (_SIG,)),)),
    Public("colon-labels-wrong", "test", "sigmoid-2-2", LABEL_NOTATION,
           "Part two: Sigmoid function: sg (s)= 1/1+e^(-s)", ((W,),),
           (Twin("value", "sigmoid(z1[0])", ("1/1 + exp(-z1[0])",)),)),
    Public("cell-prose", "test", "sigmoid-2-2", LABEL_NOTATION,
           r"| \(h_j\) | Output of unit \(j\), layer \(1\): \(h_j = \sigma(s_j)\). |", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _H),)),
    Public("cell-prose-wrong", "test", "sigmoid-2-2", LABEL_NOTATION,
           r"| \(h_j\) | Output of unit \(j\), layer \(1\): \(h_j = \tanh(s_j)\). |", ((W,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _H),)),
    Public("verb-compute", "test", "sigmoid-2-2", LABEL_NOTATION, "* compute e = (p - t) * p * (1 - p)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_OUT,), _H),)),
    Public("verb-calcule-wrong", "test", "sigmoid-2-2", LABEL_NOTATION, "* calcule e = (p - t) * p", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*a1[{j}]",), _H),)),
    Public("verb-sample-superscript", "test", "sigmoid-2-2-2", NG_NOTATION, "* compute d (L) = a (L) - y (t)",
           ((W,),), (Twin("gradient_z", "z2[{j}]", ("a2[{j}] - y[{j}]",), _H),)),
    Public("aside-sentence", "test", "sigmoid-2-2", LABEL_NOTATION,
           "h_j = sg(s_j) (the squashed sum of the unit) This step is repeated for every unit, layer by layer.", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _H),)),
    Public("aside-sentence-wrong", "test", "sigmoid-2-2", LABEL_NOTATION,
           "h_j = tanh(s_j) (the squashed sum of the unit) This step is repeated for every unit, layer by layer.",
           ((W,),), (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _H),)),
    Public("full-stop-lower-case", "test", "sigmoid-2-2", LABEL_NOTATION,
           "This means that e = (p - t) * p * (1 - p). e is then passed back to the layer before.", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_OUT,), _H),)),
    Public("full-stop-lower-case-wrong", "test", "sigmoid-2-2", LABEL_NOTATION,
           "This means that e = (p - t) * p. e is then passed back to the layer before.", ((W,),),
           (Twin("gradient_z", "z1[{j}]", ("(a1[{j}] - y[{j}])*a1[{j}]",), _H),)),
    Public("is-for-equals", "test", "sigmoid-2-2", LABEL_NOTATION, r"$h_j$ is $\sigma(s_j)$ for the $j^{th}$ unit",
           ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _H),)),
    Public("equals-word-wrong", "test", "sigmoid-2-2", LABEL_NOTATION, r"- Then $h_j$ equals $\tanh(s_j)$.", ((W,),),
           (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _H),)),
    Public("is-equal-to", "test", "sigmoid-2-2", LABEL_NOTATION, r"$h_j$ is equal to $\sigma(s_j)$.", ((C,),),
           (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _H),)),
    Public("portuguese-e-wrong", "test", "sigmoid-2-2", LABEL_NOTATION, r"$h_j$ é $\sigma(h_j)$.", ((W,),),
           (Twin("value", "a1[{j}]", ("sigmoid(a1[{j}])",), _H),)),
)

test_the_oracle_gives_the_labelled_verdicts, test_check_gives_the_labelled_verdicts = CHECKS.tests(list(_LABELLED))


def test_a_label_before_a_name_and_colon_stays_refused():
    """``Sigmoid function: o: sg(s) = ...``: the second colon follows a name, which may be the chain's left side."""
    message = CHECKS.refused("sigmoid-2-2", LABEL_NOTATION, "Sigmoid function: o: sg (s)= 1/(1+e^(-s))")
    assert "unexpected at ':'" in message


def test_a_verb_before_an_unknown_left_side_stays_refused():
    """``* compute q = p - t``: without the verb, q is still no name of the notation, and that is what is said."""
    message = CHECKS.refused("sigmoid-2-2", LABEL_NOTATION, "* compute q = p - t")
    assert "unknown symbol q" in message


def test_a_sentence_with_a_relation_after_an_aside_stays_refused():
    """``(...) This is h_j = 2 here.``: the sentence holds an equation of its own, so the line is kept whole."""
    message = CHECKS.refused("sigmoid-2-2", LABEL_NOTATION, "h_j = sg(s_j) (the squashed sum of the unit) This is h_j = 2 here.")
    assert "unknown symbol" in message


def test_a_full_stop_inside_an_open_parenthesis_stays_refused():
    """``e = (p - t) * (p. e is ...``: the formula before the full stop is not whole, so no sentence ends there."""
    message = CHECKS.refused("sigmoid-2-2", LABEL_NOTATION, "This means that e = (p - t) * (p. e is then passed back to it.")
    assert "expected ')'" in message


@pytest.mark.parametrize("text", [r"The derivative of $h_j$ is $h_j$.", r"$h_j$ is $\sigma(s_j)$ plus $s_j$",
                                  r"$h_j$ is $\sigma(s_j)$ for $j = 1$"])
def test_a_word_for_equals_inside_a_phrase_stays_refused(text):
    """Words that may make either formula part of an operation (of, plus) or a condition after it keep the line as
    written, refused: the word is never read as the relation."""
    message = CHECKS.refused("sigmoid-2-2", LABEL_NOTATION, text)
    assert "has no left side" in message or "h_j is" in message


# Nielsen's layers counted from the input (a^1 = x), g the activation named once, C the loss
LAYER_LETTER_NOTATION = r"""
[notation]
indices = "l"
loss = ["C"]
functions = { g = "sigmoid" }
[notation.symbols]
"a^{1}" = "x[:]"
"a^{L}" = "a2[:]"
"z^{L}" = "z2[:]"
"\\delta^{L}" = "grad(z2[:])"
"a^{l}" = "a{l-1}[:]"
"z^{l}" = "z{l-1}[:]"
"y" = "y[:]"
"""
_A = tuple({"t": f"a{l}[{j}]", "m": f"sigmoid(z{l}[{j}])"} for l in (1, 2) for j in range(2))
_D2 = tuple({"j": j} for j in range(2))
_LETTERED = (
    Public("layer-letter-rule", "test", "sigmoid-2-2-2", LAYER_LETTER_NOTATION, "aˡ = gˡ(zˡ)", ((C,),),
           (Twin("value", "{t}", ("{m}",), _A),)),
    Public("layer-letter-output-slope", "test", "sigmoid-2-2-2", LAYER_LETTER_NOTATION, "δᴸ = (aᴸ - y) ⊙ gᴸ'(zᴸ)",
           ((C,),), (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])",), _D2),)),
    Public("layer-letter-output-no-prime-wrong", "test", "sigmoid-2-2-2", LAYER_LETTER_NOTATION,
           "δᴸ = (aᴸ - y) ⊙ gᴸ(zᴸ)", ((W,),),
           (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*sigmoid(z2[{j}])",), _D2),)),
)

test_the_oracle_gives_the_lettered_verdicts, test_check_gives_the_lettered_verdicts = CHECKS.tests(list(_LETTERED))


def test_a_layer_letter_on_a_function_another_layer_has_not_stays_refused():
    """With a tanh hidden layer, gˡ at the hidden layer is not the notation's sigmoid: refused, saying so."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", LAYER_LETTER_NOTATION, "aˡ = gˡ(zˡ)")
    assert "activation is tanh, not sigmoid" in message
