"""This session's reading and notation features tried as a student and a teacher would, mistakes included (helper
qa30): each mistake ends in one line saying where, what is wrong and what would be right, and each formula judged gets
the PyTorch oracle's verdict.

- a page's own macro around a symbol that stands alone as a side of the relation after the left one, ``a_j^{(1)} =
  \\squash{z_j^{(1)}}``: read as a colour, the claim says a = z, where such a side is as often the macro's function
  of the symbol (an activation): refused, saying to write the function; inside a member (``\\sigma(\\act{z})``) or on
  the left side it stays the symbol;
- a backslash ending the whole formula, Python's continuation with no line after it (a file's last line): refused
  saying so, never "cannot read '\\'";
- a Ruby block with an offset index, ``with_index(1)``, a plain map given two parameters and ``with_index`` given one:
  refused, each saying what is wrong and what to write; ``with_index(0)`` counts from 0 and is read;
- a loss derivative's declaration with its prime left out, ``"half_squared_error by output(target, prediction)"``:
  the loader names the form (loss, prime, by output, the two arguments), not the activations' list;
- δ apart from a step's name the notation declares glued (``δ W35`` beside ``"δW35"``): the refusal says δ apart is
  the error and the step is written glued;
- a loss's running total over the samples whose letter is one of the notation's index letters (the default indices),
  ``J += 0.5 * (y_1_2 - y[i]) ** 2``: refused as a sum over the samples without its bound, the message naming the
  count to give (no N is written); read with ``"N" = "1"``;
- full-width parentheses spaced after an operator or a relation, ``dz ＝ a ＊ （1 － a）``: an operand, read; spaced
  after a finished formula at the line's end (``dz = a - y （a + y）``), a remark or a factor, refused saying so;
- a numbered row of a data matrix, ``X(1, :)``, ``X[0, :]``: refused saying to write the sample's row with a letter;
- a claim in parentheses beside a group that holds none, ``(w_{35} = ...) (\\theta_5 + 1)``: refused saying a relation
  stands inside parentheses and to write the claim without them (where it said "expected ')'").

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.grading.document import equations
from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_2, SIGMOID_2_2_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"logistic-2": LOGISTIC_2, "sigmoid-2-2": SIGMOID_2_2, "sigmoid-2-2-1": SIGMOID_2_2_1, "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1}
CHECKS = CaseChecks(NETWORKS)

_J2 = ({"j": 0}, {"j": 1})
_I2 = ({"i": 0}, {"i": 1})

# Udacity's names for a 2-2-1 network, the hidden error term continued with Python's backslash
_UDACITY = r'''
[notation]
[notation.symbols]
"output_error_term" = "grad(z2[0])"
"hidden_error_term" = "grad(z1[:])"
"weights_hidden_to_output" = "W2[0, :]"
"hidden_layer_out" = "a1[:]"
'''
_OUTPUT_TERM = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_HIDDEN_TERM = _OUTPUT_TERM + "*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"

# a Ruby class's arrays over a layer of two outputs
_RUBY = r'''
[notation]
indices = "i"
[notation.symbols]
"outputs[i]" = "a1[i]"
"targets[i]" = "y[i]"
"outputs" = "a1[:]"
"targets" = "y[:]"
"errors" = "a1[:] - y[:]"
'''
_ERRORS = "a1[{i}] - y[{i}]"

# a step glued to δ, as studyx's δW35; units 3 and 4 hidden, 5 the output
_STEPS = r'''
[notation]
learning_rate = ["rate"]
[notation.symbols]
"Y3" = "a1[0]"
"W35" = "W2[0, 0]"
"Y" = "a2[0]"
"T" = "y[0]"
"δW35" = "-eta*grad(W2[0, 0])"
'''
_STEP35 = "-(eta*(y[0] - a2[0])*a2[0]*(1 - a2[0])*a1[0])"

# logistic regression's dz, as a Chinese note writes it
_DZ = r'''
[notation]
[notation.symbols]
"dz" = "grad(z1[0])"
"a" = "a1[0]"
"y" = "y[0]"
'''

# a running total of the loss over the samples, their letter i one of the default index letters
_TOTAL_DEFAULT_INDICES = r'''
[notation]
loss = ["J"]
[notation.symbols]
"y_1_2" = "a2[0]"
"y[i]" = "y[0]"
'''
_HALF_SQUARE = "0.5*(a2[0] - y[0])**2"


def _cases() -> list[Public]:
    return [
        # ---- a page's colour macro around a symbol inside a member: the symbol ----------------------------------
        Public("macro-inside-a-call", "test", "sigmoid-2-2-1", None,
               r"$\hl{a_j^{(1)}} = \sigma(\hl{z_j^{(1)}})$", ((C,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),)),
        Public("macro-inside-a-wrong-call", "test", "tanh-2-2-sigmoid-1", None,
               r"$\mark{a_j^{(1)}} = \sigma(\mark{z_j^{(1)}})$", ((W,),),
               (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J2),)),
        # ---- Python's backslash continuation, read where the statement goes on -------------------------------------
        Public("continuation-read", "test", "sigmoid-2-2-1", _UDACITY,
               "hidden_error_term = output_error_term * weights_hidden_to_output * \\\n"
               "    hidden_layer_out * (1 - hidden_layer_out)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_HIDDEN_TERM,), _J2),)),
        Public("continuation-slip", "test", "sigmoid-2-2-1", _UDACITY,
               "hidden_error_term = output_error_term * weights_hidden_to_output * \\\n"
               "    hidden_layer_out * (1 + hidden_layer_out)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_OUTPUT_TERM + "*W2[0,{j}]*a1[{j}]*(1 + a1[{j}])",), _J2),)),
        # ---- Ruby's with_index(0): from 0, as with_index ------------------------------------------------------------
        Public("ruby-with-index-zero", "test", "sigmoid-2-2", _RUBY,
               "errors = outputs.map.with_index(0) { |o, i| o - targets[i] }", ((C,),),
               (Twin("value", _ERRORS, (_ERRORS,), _I2),)),
        Public("ruby-with-index-zero-slip", "test", "sigmoid-2-2", _RUBY,
               "errors = outputs.map.with_index(0) { |o, i| targets[i] - o }", ((W,),),
               (Twin("value", _ERRORS, ("y[{i}] - a1[{i}]",), _I2),)),
        # ---- δW35 glued, the step the notation declares -------------------------------------------------------------
        Public("step-glued", "test", "sigmoid-2-2-1", _STEPS, "δW35 = rate * (T - Y) * Y * (1 - Y) * Y3", ((C,),),
               (Twin("step", "W2[0,0]", (_STEP35,)),)),
        # ---- full-width parentheses spaced after an operator: an operand ---------------------------------------------
        Public("full-width-factor-after-an-operator", "test", "logistic-2", _DZ,
               "dz ＝ （a － y） ＊ 1", ((C,),), (Twin("value", "a1[0] - y[0]", ("(a1[0] - y[0])*1",)),)),
        Public("full-width-factor-slip", "test", "logistic-2", _DZ, "dz ＝ a ＊ （1 － a）", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0]*(1 - a1[0])",)),)),
        # ---- a running total of the loss, the samples' count given --------------------------------------------------
        Public("total-count-given", "test", "sigmoid-2-2-1", _TOTAL_DEFAULT_INDICES + '"N" = "1"\n',
               "J += 0.5 * (y_1_2 - y[i]) ** 2", ((C,),), (Twin("value", _HALF_SQUARE, (_HALF_SQUARE,)),)),
        Public("total-count-given-slip", "test", "sigmoid-2-2-1", _TOTAL_DEFAULT_INDICES + '"N" = "1"\n',
               "J += 0.5 * (y_1_2 - y[i]) ** 3", ((W,),), (Twin("value", _HALF_SQUARE, ("0.5*(a2[0] - y[0])**3",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# ---- a page's macro alone as a side: refused --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    r"a_j^{(1)} = \squash{z_j^{(1)}}",          # a squashing function, the sigmoid
    r"a_j^{(1)}=\act{z_j^{(1)}}.",              # a colour or the activation: which, the formula does not say
    r"$\hl{a_j^{(1)}} = \act{z_j^{(1)}}$",      # both sides so
    r"a_j^{(1)} = \squash{z_j^{(1)}} = \sigma(z_j^{(1)})",  # a member of a chain
])
def test_a_macro_alone_as_a_later_side_is_refused(text):
    refusal = CHECKS.refused("sigmoid-2-2-1", None, text)
    assert "stands alone as a side of the relation" in refusal and "write the function it computes" in refusal


def test_a_macro_on_the_left_side_stays_the_symbol():
    """``\\err{\\delta}`` on the left, ``\\act{a}`` beside a call: the colour of batch 107's handout, read as before."""
    case = Public("left", "test", "sigmoid-2-2-1", None, r"$\act{a_j^{(1)}} = \sigma(z_j^{(1)})$")
    assert CHECKS.verdicts(case) == ((C,),)


# ---- a backslash ending the formula -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hidden_error_term = output_error_term * weights_hidden_to_output * \\",
    "hidden_error_term = output_error_term * weights_hidden_to_output * hidden_layer_out \\  ",
])
def test_a_backslash_ending_the_formula_is_refused_saying_so(text):
    refusal = CHECKS.refused("sigmoid-2-2-1", _UDACITY, text)
    assert "a backslash ends the formula" in refusal and "write the statement's rest on the next line" in refusal


def test_a_backslash_after_a_finished_member_stays_refused():
    refusal = CHECKS.refused("sigmoid-2-2-1", _UDACITY, "hidden_error_term = output_error_term * weights_hidden_to"
                             "_output * hidden_layer_out \\\n(1 - hidden_layer_out)")
    assert "after a finished member" in refusal


# ---- Ruby blocks check does not read: what is wrong, what to write ------------------------------------------------

@pytest.mark.parametrize("text, words", [
    ("errors = outputs.map.with_index(1) { |o, i| o - targets[i] }", ".with_index(1) counts i from 1"),
    ("errors = outputs.each.with_index(1).map { |o, i| o - targets[i] }", ".with_index(1) counts i from 1"),
    ("errors = outputs.map { |o, i| o - targets[i] }", "a plain map's block takes one parameter"),
    ("errors = outputs.map.with_index { |o| o - targets[0] }", "gives the block the entry and its index"),
    ("errors = outputs.zip(targets).map { |o, t| o - t }", "it reads NAME = ARRAY.map"),
])
def test_a_ruby_block_check_does_not_read_says_why(text, words):
    refusal = CHECKS.refused("sigmoid-2-2", _RUBY, text)
    assert refusal.count("a Ruby block check does not run") == 1 and words in refusal


# ---- a loss derivative's declaration without its prime ------------------------------------------------------------

def test_a_loss_derivative_without_its_prime_is_refused_naming_the_form():
    table = tomllib.loads('[notation]\nfunctions = { cost_derivative = "half_squared_error by output(prediction,'
                          ' target)" }\n')
    with pytest.raises(FormulaError, match="no loss's derivative as a table writes one; write the loss, a prime"):
        notation_from_table(table["notation"], "<test>")


# ---- δ apart from a step's name -----------------------------------------------------------------------------------

def test_delta_apart_from_a_declared_step_says_to_glue_it():
    refusal = CHECKS.refused("sigmoid-2-2-1", _STEPS, "δ W35 = rate * (T - Y) * Y * (1 - Y) * Y3")
    assert "δ apart from a name" in refusal and "δW35: write such a step glued" in refusal


def test_delta_alone_without_steps_keeps_its_message():
    refusal = CHECKS.refused("sigmoid-2-2-1", _STEPS.replace('"δW35" = "-eta*grad(W2[0, 0])"\n', ""),
                             "δ W35 = rate * (T - Y) * Y * (1 - Y) * Y3")
    assert "needs its layer" in refusal and "glued" not in refusal



# ---- a running total of the loss over the samples whose letter is an index letter --------------------------------

def test_a_running_total_over_an_index_letter_says_to_give_the_count():
    """``J += 0.5 * (y_1_2 - y[i]) ** 2`` where i is an index letter (the default indices): the samples' sum without
    its bound; the refusal names the count to give, with no N written in the formula."""
    refusal = CHECKS.refused("sigmoid-2-2-1", _TOTAL_DEFAULT_INDICES, "J += 0.5 * (y_1_2 - y[i]) ** 2")
    assert "the step's samples (their count, say N)" in refusal and '"N" = "1"' in refusal


# ---- a numbered row of a data matrix -------------------------------------------------------------------------------

_DATA_MATRIX = r'''
[notation]
[notation.symbols]
"X(i, :)" = "x[:].T"
"W1" = "W1[:, :]"
"b1" = "b1[:]"
"a1" = "a1[:]"
'''


@pytest.mark.parametrize("text", ["a1 = sigmoid(W1 * X(1, :)' + b1);", "a1 = sigmoid(W1 @ X[0, :].T + b1)"])
def test_a_numbered_row_says_to_write_the_samples_letter(text):
    refusal = CHECKS.refused("sigmoid-2-2-1", _DATA_MATRIX, text)
    assert "a numbered row of the data matrix X" in refusal and "write the sample's row with a letter" in refusal


# ---- full-width parentheses spaced after the formula's end ---------------------------------------------------------

def test_a_full_width_group_spaced_after_the_formula_says_remark_or_factor():
    refusal = CHECKS.refused("logistic-2", _DZ, "dz = a - y （a + y）")
    assert "may be a remark or a factor" in refusal and "write a factor with its operator" in refusal


# ---- a claim in parentheses beside a group that holds none ---------------------------------------------------------

_UNITS = r'''
[notation]
[notation.symbols]
"O_{3}" = "a1[0]"
"O_{5}" = "a2[0]"
"w_{35}" = "W2[0, 0]"
"\\theta_{5}" = "b2[0]"
'''


@pytest.mark.parametrize("text", [r"(w_{35} = w_{35} - \eta O_3) (\theta_5 + 1)",
                                  "(w_35 = w_35 - eta * O_3) and (theta_5 + 1)"])
def test_a_claim_in_parentheses_beside_a_group_without_one_says_so(text):
    refusal = CHECKS.refused("sigmoid-2-2-1", _UNITS, text)
    assert "a relation inside parentheses" in refusal and "write the claim without its parentheses" in refusal


# ---- grade: a formula its words deny between two inline formulas ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "So $w_{35} = w_{35} - \\eta g$ rather than $w_{35} = w_{35} + \\eta g$.",
    "So $w_{35} = w_{35} - \\eta g$, not $w_{35} = w_{35} + \\eta g$.",
    "我的看法：$dz = a - y$，而不是 $dz = a(1 - a)$",
])
def test_grade_never_judges_a_formula_its_words_deny(text):
    """grade reads each $...$ apart: the words between two (docs/formulas-prose.md's table) deny the second, which is
    never judged, as check drops it on one line."""
    chains = equations(text).chains
    assert len(chains) == 1 and "-" in chains[0].members[1]


@pytest.mark.parametrize("text", ["We write $x$ rather than $w_{35} = w_{35} + \\eta g$.",  # no claim before the words
                                  "So $w_{35} = w_{35} - \\eta g$ is not $w_{35} = w_{35} + \\eta g$."])  # no comma
def test_grade_keeps_a_formula_the_words_do_not_deny(text):
    assert len([chain for chain in equations(text).chains if "+" in chain.members[-1]]) == 1


def test_grade_finds_a_claim_written_with_a_full_width_relation():
    """``$$I_5 ＝ w_{35} O_3 ＋ \\theta_5$$``: a claim, as check reads it (grade skipped it, finding no relation)."""
    chains = equations("$$I_5 ＝ w_{35} O_3 ＋ \\theta_5$$").chains
    assert len(chains) == 1 and chains[0].members[0] == "I_5"


def test_a_parenthesis_left_open_before_a_relation_stays_refused_as_open():
    refusal = CHECKS.refused("sigmoid-2-2-1", _UNITS, r"(w_{35} = w_{35} - \eta O_3")
    assert "a relation inside parentheses" not in refusal and "parenthesis" in refusal
