"""The reader's repeated word lists and character classes, each written once (fixhealth4): the tests of each one
definition at every place that reads it, and of the places whose old copy missed a member the others had.

- CONDITION_BEFORE (typography_prose): a condition word ending the text before a formula, only spaces and punctuation
  after it (``if $y = 1$``, ``if ($y = 1$)``, ``if: $y = 1$``, ``if "y = 1"``), makes that formula a condition, never a
  claim; the sentence reader allowed only spaces and split ``If ($y = 1$) we have ...`` into the claim y = 1.
"""

from __future__ import annotations

import pytest

from backprop.symbolic.typography_emphasis import quoted_formulas
from backprop.symbolic.typography_prose import CONDITION_BEFORE, inline_formulas


@pytest.mark.parametrize("before", ["if ", "If (", "when: ", "given, ", "for **", "unless \"", "whenever ("])
def test_condition_word_then_punctuation_before_a_formula(before):
    assert CONDITION_BEFORE.search(before)


@pytest.mark.parametrize("before", ["the gradient ", "iff ", "the form ", "if y ", "when (a"])
def test_no_condition_word_ends_the_text(before):
    assert not CONDITION_BEFORE.search(before)


@pytest.mark.parametrize("line", ["If ($y = 1$) we have $dz = a - y$ here.",
                                  "The loss is $L = 1$ if: $y = 1$, and $dz = a - y$ always.",
                                  "We write $L = -\\log a$ when, $y = 1$ holds."])
def test_a_condition_in_brackets_or_after_punctuation_is_no_claim_of_a_sentence(line):
    assert inline_formulas(line) == line  # kept whole: never the claim y = 1


def test_sentences_without_a_condition_still_give_their_claims():
    assert inline_formulas("The gradient is $dz = a - y$ and $dw = x dz$ here.") == "dz = a - y\ndw = x dz"


@pytest.mark.parametrize("line", ['the rule if ("y = 1") then "dz = a - y" holds',
                                  'when "y = 1" the rule "dz = a - y" holds'])
def test_a_quoted_condition_is_no_claim(line):
    assert quoted_formulas(line) == line
    assert quoted_formulas('the rule is "dz = a - y" and "dw = x dz" here') == "dz = a - y\ndw = x dz"
