"""The reader's repeated word lists and character classes, each written once (fixhealth4): the tests of each one
definition at every place that reads it, and of the places whose old copy missed a member the others had.

- CONDITION_BEFORE (typography_prose): a condition word ending the text before a formula, only spaces and punctuation
  after it (``if $y = 1$``, ``if ($y = 1$)``, ``if: $y = 1$``, ``if "y = 1"``), makes that formula a condition, never a
  claim; the sentence reader allowed only spaces and split ``If ($y = 1$) we have ...`` into the claim y = 1.
- code_names.JAVASCRIPT_DECLARATION (var, let, const) and LOCAL_DECLARATION (those, Rust's let mut, val, Lua's local):
  a declared statement's claim is its assignment; a function body's local (function_syntaxes) took every word but
  Lua's local, which it now takes as the statement's declaration too.
"""

from __future__ import annotations

import pytest

from backprop.symbolic.code_declarations import without_typed_declarations
from backprop.symbolic.function_syntaxes import written_definition
from backprop.symbolic.typography_code import without_declaration
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


@pytest.mark.parametrize("definition, local", [
    ("let act = function(x) { var s = 1 / (1 + Math.exp(-x)); return s * (1 - s); }", "s = 1 / (1 + Math.exp(-x))"),
    ("const act = function(x) { const s = 1 / (1 + Math.exp(-x)); return s * (1 - s); }",
     "s = 1 / (1 + Math.exp(-x))"),
    ("fn act(x: f64) -> f64 { let mut s = 1.0 / (1.0 + (-x).exp()); return s * (1.0 - s); }",
     "s = 1.0 / (1.0 + (-x).exp())"),
    ("function act(x) { local s = 1 / (1 + exp(-x)); return s * (1 - s); }", "s = 1 / (1 + exp(-x))"),
])
def test_a_body_s_declared_local_is_its_assignment(definition, local):
    written = written_definition(definition)
    assert written.locals == (local,) and written.value.replace(".0", "") == "s * (1 - s)"


@pytest.mark.parametrize("arrow", ["const act = (x) => 1 / (1 + Math.exp(-x));", "let act = x => 1 / (1 + Math.exp(-x))",
                                   "var act = (x) => 1 / (1 + Math.exp(-x))"])
def test_an_arrow_declared_with_each_javascript_word(arrow):
    assert written_definition(arrow).value == "1 / (1 + Math.exp(-x))"


@pytest.mark.parametrize("word", ["var", "let", "const", "let mut", "val", "local"])
def test_each_declaration_word_leaves_the_assignment(word):
    if word in ("var", "let", "const"):  # JavaScript's plain words: typography's, as pseudo-code's SET and LET
        assert without_typed_declarations(f"{word} delta = a - y;", None) == f"{word} delta = a - y;"
        assert without_declaration(f"{word} delta = a - y;") == "delta = a - y;"
        assert without_typed_declarations(f"{word} delta: number = a - y;", None) == "delta = a - y;"
    else:
        assert without_typed_declarations(f"{word} delta = a - y;", None) == "delta = a - y;"
