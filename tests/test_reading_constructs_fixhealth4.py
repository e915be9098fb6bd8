"""The reader's repeated word lists and character classes, each written once (fixhealth4): the tests of each one
definition at every place that reads it, and of the places whose old copy missed a member the others had.

- CONDITION_BEFORE (typography_prose): a condition word ending the text before a formula, only spaces and punctuation
  after it (``if $y = 1$``, ``if ($y = 1$)``, ``if: $y = 1$``, ``if "y = 1"``), makes that formula a condition, never a
  claim; the sentence reader allowed only spaces and split ``If ($y = 1$) we have ...`` into the claim y = 1.
- code_names.JAVASCRIPT_DECLARATION (var, let, const) and LOCAL_DECLARATION (those, Rust's let mut, val, Lua's local):
  a declared statement's claim is its assignment; a function body's local (function_syntaxes) took every word but
  Lua's local, which it now takes as the statement's declaration too. code_declarations.C_TYPE, C's numeric types
  with their modifiers, is also a C function's return type (function_definitions had its own list, without C#'s
  decimal, short and readonly).
- decorations.TEXT_COMMANDS (\\text, \\textrm, \\textit, \\textnormal, \\textsf, \\texttt, \\mathrm, \\mathsf,
  \\mathtt, \\operatorname, \\rm, \\mbox, \\hbox: what typography writes as \\text), WORD_COMMAND (those and bold
  text, where the words are known), PROSE_COMMANDS (those a formula sets any words in: not an operator's name,
  ``\\operatorname{ReLU}'(z) = 0`` after a quad being a claim) and NAME_COMMANDS (those and \\mathit, a name read
  whole): each place that read
  words or names in a text command had its own subset. Now every command is read at every place: a script set in any
  of them (``y_\\mbox{hat}``), a remark after a quad (``\\quad \\mbox{(by definition)}``), a denial (``\\texttt{ not
  }``), a conjunction between two claims (``\\hbox{ and }``, ``\\textit{and}``, whose second claim was dropped as a
  remark), a label opening a row (``\\textsf{Forward pass: }``), a definition after where (``\\textit{where }``).
- typography_unicode.DASHES (the hyphen-minus, Unicode's minus, the en and em dashes, the hyphen, the non-breaking
  hyphen: each the minus in a formula): a list's dash opening a line, a dash before an equation's label in words, a
  comment's worked numbers and printed values, the dash of a numbered column, each read with any of them (they had
  two to four); an em dash opening a line is a bullet or a minus as the en dash is (refused where the two disagree,
  where it was read as the minus alone).
"""

from __future__ import annotations

import pytest

from backprop.symbolic.latex import latex_to_sympy
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.code_declarations import without_typed_declarations
from backprop.symbolic.function_definitions import function_definition
from backprop.symbolic.function_syntaxes import written_definition
from backprop.symbolic.typography_code import without_declaration
from backprop.symbolic.typography_emphasis import quoted_formulas
from backprop.symbolic.typography_prose import CONDITION_BEFORE, inline_formulas
from backprop.symbolic.typography_unicode import DASHES, normalize_unicode


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




@pytest.mark.parametrize("head", ["public static double", "static decimal", "readonly double", "static long double",
                                  "const float", "auto"])
def test_a_c_function_s_return_type_is_a_declaration_s_type(head):
    definition = function_definition(f"{head} sigmoid(double x) {{\n    return 1.0 / (1.0 + exp(-x));\n}}")
    assert (definition.name, definition.expression) == ("sigmoid", "1.0 / (1.0 + exp(-x))")


def test_a_c_function_of_no_numeric_type_is_no_definition():
    assert function_definition("static string sigmoid(double x) { return 1.0 / (1.0 + exp(-x)); }") is None


# ---- the text commands, each at each place that reads words or names set in one ------------------------------------
CHECKS = CaseChecks({"sigmoid-2-1": SIGMOID_2_1})
_UNIT = r"""
[notation]
[notation.symbols]
"y_{\\text{hat}}" = "a1[0]"
"a" = "a1[0]"
"z" = "z1[0]"
"t" = "y[0]"
"\\delta" = "delta1[0]"
"""
_A = Twin("value", "a1[0]", ("sigmoid(z1[0])",))
_A_WRONG = Twin("value", "a1[0]", ("sigmoid(-z1[0])",))
_DELTA = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"


def _case(key: str, text: str, expected: tuple, twins: tuple) -> Public:
    return Public(key, "test", "sigmoid-2-1", _UNIT, text, expected, twins)


TEXT_CASES = [
    # a script set in any text command: the one name y_{\text{hat}}
    *(_case(f"script-{command}", rf"$y_\{command}{{hat}} = \sigma(z)$", ((C,),), (_A,))
      for command in ("mbox", "hbox", "texttt", "textsf", "mathsf", "textnormal", "text")),
    _case("script-mbox-wrong", r"$y_\mbox{hat} = \sigma(-z)$", ((W,),), (_A_WRONG,)),
    # a remark in a text command after a quad: no part of the claim
    *(_case(f"remark-{command}", rf"$a = \sigma(z) \quad \{command}{{(by definition)}}$", ((C,),), (_A,))
      for command in ("mbox", "hbox", "textsf", "mathrm", "text", "textbf")),
    _case("remark-hbox-wrong", r"$a = \sigma(-z) \quad \hbox{(by definition)}$", ((W,),), (_A_WRONG,)),
    # an operator's name after a quad opens a claim, never a remark in words
    *(_case(f"claim-after-quad-{command}", rf"$a = \sigma(z),\quad \{command}{{sigmoid}}(z) = a$", ((C,), (C,)),
            (_A, _A)) for command in ("operatorname", "mathsf")),
    _case("claim-after-quad-operatorname-wrong", r"$a = \sigma(z),\quad \operatorname{sigmoid}(-z) = a$",
          ((C,), (W,)), (_A, _A_WRONG)),
    # a denial set in a text command: the claim before it alone
    *(_case(f"denial-{command}", rf"$a = \sigma(z) \{command}{{ not }} a = z$", ((C,),), (_A,))
      for command in ("texttt", "hbox", "mbox", "textbf", "textit")),
    _case("denial-mbox-wrong", r"$a = z \mbox{, not } a = \sigma(z)$", ((W,),), (Twin("value", "a1[0]", ("z1[0]",)),)),
    # a conjunction between two claims: each judged (\textit{and} hid the second, a wrong one, as a remark)
    *(_case(f"and-{command}", rf"$a = \sigma(z) \quad \{command}{{ and }} \quad \delta = (a - t) a (1 - a)$",
            ((C,), (C,)), (_A, Twin("value", _DELTA, (_DELTA,))))
      for command in ("hbox", "mathrm", "textit", "textbf", "text")),
    *(_case(f"and-{command}-wrong", rf"$a = \sigma(z) \quad \{command}{{and}} \quad \delta = (a - t) a (1 + a)$",
            ((C,), (W,)), (_A, Twin("value", _DELTA, ("(a1[0] - y[0])*a1[0]*(1 + a1[0])",))))
      for command in ("textit", "textbf")),
    # a function named in a text command
    *(_case(f"function-{command}", rf"$a = \{command}{{sigmoid}}(z)$", ((C,),), (_A,))
      for command in ("mathsf", "texttt", "mbox", "operatorname")),
    _case("function-texttt-wrong", r"$a = \texttt{sigmoid}(-z)$", ((W,),), (_A_WRONG,)),
    # "and" of another language in a text command after a quad: a second claim, never a remark
    *(_case(f"and-{command}-{word.strip()}", rf"$a = \sigma(z) \quad\{command}{{{word}}} \delta = (a - t) a (1 - a)$",
            ((C,), (C,)), (_A, Twin("value", _DELTA, (_DELTA,))))
      for command, word in (("mbox", " y "), ("text", " y "), ("hbox", " und "), ("textrm", "et"))),
    _case("and-mbox-y-wrong", r"$a = \sigma(z) \quad\mbox{ y } \delta = (a - t) a (1 + a)$", ((C,), (W,)),
          (_A, Twin("value", _DELTA, ("(a1[0] - y[0])*a1[0]*(1 + a1[0])",)))),
    # a label in words opening the row
    *(_case(f"label-{command}", rf"$\{command}{{Forward pass: }} a = \sigma(z)$", ((C,),), (_A,))
      for command in ("textsf", "mathrm", "mbox", "text")),
    _case("label-mathrm-wrong", r"$\mathrm{Output:}\quad a = \sigma(-z)$", ((W,),), (_A_WRONG,)),
    # a definition after where, in any text command: a claim of its own
    *(_case(f"where-{command}", rf"$\delta = (a - t) a (1 - a) \quad \{command}{{where }} a = \sigma(z)$",
            ((C,), (C,)), (Twin("value", _DELTA, (_DELTA,)), _A)) for command in ("textit", "text")),
]
test_the_oracle_gives_the_text_cases_verdicts, test_check_gives_the_oracles_text_verdicts = CHECKS.tests(TEXT_CASES)


@pytest.mark.parametrize("command", ["mbox", "hbox", "texttt", "text"])
def test_a_script_in_a_text_command_the_notation_does_not_name_is_refused(command):
    message = CHECKS.refused("sigmoid-2-1", _UNIT, rf"$y_\{command}{{out}} = \sigma(z)$")
    assert "y_{\\text{out}} matches none of the notation's patterns for y" in message


@pytest.mark.parametrize("command", ["operatorname", "mathrm", "mathsf", "mbox", "texttt", "mathit", "text"])
def test_latex_reads_a_function_named_in_each_name_command(command):
    assert latex_to_sympy(rf"\{command}{{relu}}(z^{{(1)}}_0)") == latex_to_sympy(r"\operatorname{relu}(z^{(1)}_0)")



# ---- the dashes: each, wherever a dash or a minus is read -------------------------------------------------------------
_DASHES = ("-", "\u2212", "\u2013", "\u2014", "\u2010", "\u2011")


@pytest.mark.parametrize("dash", _DASHES)
def test_each_dash_is_a_minus_in_a_formula(dash):
    assert dash in DASHES and normalize_unicode(f"a {dash} b") == "a - b"


@pytest.mark.parametrize("dash", _DASHES[1:])
def test_a_dash_opening_a_line_reads_as_the_hyphen_does(dash):
    message = CHECKS.refused("sigmoid-2-1", _UNIT, f"{dash} a = 1/(1 + exp(-z))")
    assert f"'{dash} ' at the start of the line reads as a list's bullet or as a minus on what follows" in message
    assert CHECKS.verdicts(_case("x", f"{dash} a = 1/(1 + exp(z))", (), ())) == ((W,),)  # both readings wrong


@pytest.mark.parametrize("dash", _DASHES)
def test_a_dash_before_an_equation_label_in_words_is_no_minus(dash):
    assert CHECKS.verdicts(_case("x", f"a = 1/(1 + exp(-z)) {dash} Eq. 2", (), ())) == ((C,),)
    assert CHECKS.verdicts(_case("x", f"a = 1/(1 + exp(z)) {dash} Eq. 2", (), ())) == ((W,),)


@pytest.mark.parametrize("dash", _DASHES)
def test_a_comment_s_worked_numbers_and_values_with_any_dash(dash):
    for comment in (f"# 1 {dash} 0.5 = 0.5", f"# [{dash}0.5, 0.25]"):
        message = CHECKS.refused("sigmoid-2-1", _UNIT, f"a = 1/(1 + exp(-z))  {comment}")
        assert "is a number, judged at the file's numbers, and this file has none" in message


_STEP = r"""
[notation]
[notation.symbols]
"w" = "W1[0, 0]"
"x" = "x[0]"
"\\delta" = "delta1[0]"
"\\eta" = "eta"
"""


@pytest.mark.parametrize("command", ["mbox", "textit", "mathrm", "text"])
def test_a_step_s_word_in_a_text_command(command):
    for text in (rf"$w(\{command}{{new}}) = w - \eta \delta x$", rf"$\{command}{{new }} w = w - \eta \delta x$"):
        assert CHECKS.verdicts(Public("x", "test", "sigmoid-2-1", _STEP, text)) == ((C,),)
    assert CHECKS.verdicts(Public("x", "test", "sigmoid-2-1", _STEP,
                                  rf"$w(\{command}{{new}}) = w + \eta \delta x$")) == ((W,),)
