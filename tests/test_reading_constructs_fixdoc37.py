r"""fixdoc37 (issue 13): document constructs still refused across the batches.

1. A function's layer letter primed inside its superscript's braces, ``g^{l'}(z^{l})``: g^{l} primed (its derivative),
   as ``g^{l}'(z^{l})`` and ``g^{(l)'}(z^{l})`` already read (was: unknown symbol l). Where the formula (or the
   notation) writes l' as a letter of its own, ``g^{l'}`` may be the function of another layer l': refused in one line.
2. A derivative defined after the formula by a word and a dummy letter, no parentheses, batch 140's French TD:
   ``\sigma'(z_1^{(1)}),\n\quad \text{avec } \sigma'(z)=\sigma(z)(1-\sigma(z)).`` on the display's last line (was:
   a second claim, \sigma'(z) = ..., refused for its z). As remark_definitions reads the parenthesised one: judged
   first (a wrong one refused), a right one written into the formula's calls, so a call at the wrong argument stays
   wrong; never a claim of its own.
3. Batch 135's x5-lr-chain, a chain of code spans in a bullet, ``... = `DY`* dy/dx (as, y=tanh(x)) ?  I was expecting
   ...``: a premise with its equation in parentheses after the formula, opened by a reason's word (since, because,
   as), judged and dropped (a wrong one refused: remark_premises.py), and a question's mark ending the formula's
   sentence, the sentence after it a remark (typography_trailing_remarks), as a full stop's is.
4. TeX's thin space ``\,`` that Markdown ate (an escaped comma): batch 54's ``= (\hat{y} - y) , \hat{y}(1 - \hat{y})``,
   ``\delta^{(2)} , a^{(1)T}``, batch 66's ``\sigma(s),\big(1 - \sigma(s)\big)`` (was: a comma after a member is no
   product): a comma spaced on both sides, or glued before ``\big(``, between two operands inside TeX's delimiters,
   with no relation after it, is the product (markdown_thin_spaces.py); a list's or a second claim's comma is not.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): a right formula called
correct, a wrong variant called wrong (or refused where it cannot be read one way)."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin
from public_formulas_batch135 import _LR_DY
from public_formulas_batch135_tables import NETWORKS as NETWORKS_135, NOTATIONS as NOTATIONS_135
from public_formulas_batch54_tables import NETWORKS as NETWORKS_54, NOTATIONS as NOTATIONS_54
from public_formulas_batch140 import NETWORKS as NETWORKS_140, NOTATIONS as NOTATIONS_140
from test_seed_verbatim import oracle_verdicts

_RELU_SIGMOID = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n\n'
                 '[loss]\nname = "binary_cross_entropy"\n\n[update]\nlearning_rate = 0.1\n')
_TANH_SIGMOID = _RELU_SIGMOID.replace('"relu"', '"tanh"')
CHECKS = CaseChecks({"relu-sigmoid": _RELU_SIGMOID, "tanh-sigmoid": _TANH_SIGMOID, "b140_td": NETWORKS_140["b140_td"],
                     "b135_lr": NETWORKS_135["b135_lr"], "b54_de": NETWORKS_54["b54_de"]})


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected=((C,),)) -> Public:
    return Public(key, "fixdoc37", network, notation, text, expected, twins)


def _oracle(case: Public) -> tuple:
    return oracle_verdicts(case, CHECKS.problem(case))


# ---- 1. g^{l'}: the layer letter primed inside the braces ---------------------------------------------------------
def _letters(function: str) -> str:
    return (f'[notation]\nindices = "l"\nfunctions = {{ {function} = "tanh" }}\n[notation.symbols]\n'
            '"W^{l}" = "W{l}[:, :]"\n"z^{l}" = "z{l}[:]"\n"a^{l}" = "a{l}[:]"\n"a^{0}" = "x[:]"\n'
            '"\\\\delta^{l}" = "grad(z{l}[:])"\n')


_G = _letters("g")
_SIGMA = _letters('"\\\\sigma"')
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_BACK = "W2[0,{j}]*(a2[0] - y[0])"
_RIGHT = (Twin("gradient_z", "z1[{j}]", (f"{_BACK}*(1 - tanh(z1[{{j}}])**2)",), _J3),)
_AT_OUTPUT = (Twin("gradient_z", "z1[{j}]", (f"{_BACK}*(1 - tanh(a1[{{j}}])**2)",), _J3),)
_NEGATED = (Twin("gradient_z", "z1[{j}]", (f"-{_BACK}*(1 - tanh(z1[{{j}}])**2)",), _J3),)
_NEXT = r"$\delta^{l} = (W^{l+1})^T \delta^{l+1} \odot "

PRIMED_IN_BRACES = [
    _case("g^{l'}", "tanh-sigmoid", _G, _NEXT + "g^{l'}(z^{l})$", _RIGHT),
    _case("g^{l-prime}", "tanh-sigmoid", _G, _NEXT + r"g^{l\prime}(z^{l})$", _RIGHT),
    _case("sigma^{l'}", "tanh-sigmoid", _SIGMA, _NEXT + r"\sigma^{l'}(z^{l})$", _RIGHT),
    # the slips: at the layer's outputs, and the sign turned
    _case("g^{l'}-at-a", "tanh-sigmoid", _G, _NEXT + "g^{l'}(a^{l})$", _AT_OUTPUT, ((W,),)),
    _case("g^{l'}-negated", "tanh-sigmoid", _G, r"$\delta^{l} = -(W^{l+1})^T \delta^{l+1} \odot g^{l'}(z^{l})$",
          _NEGATED, ((W,),)),
]
test_the_oracle_gives_the_primed_cases_verdicts, test_check_reads_the_primed_cases = CHECKS.tests(PRIMED_IN_BRACES)


def test_a_primed_letter_of_another_layer_is_refused():
    """g^{l'} where the formula writes l' as a letter (z^{l'}): the function of layer l', or g^{l}'s derivative."""
    refusal = CHECKS.refused("tanh-sigmoid", _G, _NEXT + "g^{l'}(z^{l'})$")
    assert "g^{l'}: the prime inside the superscript's braces reads as g^{l} primed" in refusal
    notation = _G + '"v^{l\'}" = "z{l}[:]"\n'
    refusal = CHECKS.refused("tanh-sigmoid", notation, _NEXT + r"\sigma^{l'}(z^{l})$".replace(r"\sigma", "g"))
    assert "another layer l'" in refusal


@pytest.mark.parametrize("spelling", ["g^{l'}", r"\sigma^{l'}"])
def test_the_next_layers_function_primed_is_refused(spelling):
    """\\delta^{l-1} with layer l's function primed at layer l - 1's sums: layer 2's sigmoid, never the bare g'."""
    notation = _SIGMA if spelling.startswith("\\") else _G
    text = r"$\delta^{l-1} = (W^{l})^T \delta^{l} \odot " + spelling + "(z^{l-1})$"
    slip = _case("slip", "tanh-sigmoid", notation, text,
                 (Twin("gradient_z", "z1[{j}]", (f"{_BACK}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))",), _J3),),
                 ((W,),))
    assert _oracle(slip) == ((W,),)
    assert "layer 2's activation is sigmoid, not tanh" in CHECKS.refusal(slip)


# ---- 2. a derivative defined after the formula by a word, no parentheses ------------------------------------------
_TD = NOTATIONS_140["b140_td"]
_TD1 = "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])"
_TD_RULE = "$$\n\\delta^{(1)}_1 = \\frac{\\partial L}{\\partial z_1^{(1)}}\n= \\delta^{(2)}\\, w^{(2)}_{1,1}\\, "
_AVEC = ",\n\\quad \\text{avec } "
_TD_RIGHT = (Twin("value", _TD1, (_TD1, _TD1)),)
_TD_AT_A = (Twin("value", _TD1, (_TD1, "(a2[0] - y[0])*W2[0,0]*a1[0]*(1 - a1[0])*sigmoid(a1[0])*(1 - sigmoid(a1[0]))"
                                       "/(a1[0]*(1 - a1[0]))")),)
WORDED = [
    _case("td-avec", "b140_td", _TD, _TD_RULE + "\\sigma'(z_1^{(1)})" + _AVEC + "\\sigma'(z)=\\sigma(z)(1-\\sigma(z)).\n$$",
          _TD_RIGHT, ((C, C),)),
    # the same on the formula's line, where: and a definition in the output's letter (a(1 - a))
    _case("td-where-line", "b140_td", _TD, _TD_RULE + "\\sigma'(z_1^{(1)}), \\quad \\text{where } "
          "\\sigma'(u) = \\sigma(u)(1 - \\sigma(u))\n$$", _TD_RIGHT, ((C, C),)),
    _case("td-output-letter", "b140_td", _TD, _TD_RULE + "\\sigma'(a_1^{(1)})" + _AVEC + "\\sigma'(a)=a(1-a).\n$$",
          _TD_RIGHT, ((C, C),)),
    # the slip: the output's definition at the sums, z(1 - z), stays wrong; the input's at the output, wrong too
    _case("td-output-letter-at-z", "b140_td", _TD, _TD_RULE + "\\sigma'(z_1^{(1)})" + _AVEC + "\\sigma'(a)=a(1-a).\n$$",
          (Twin("value", _TD1, (_TD1, "(a2[0] - y[0])*W2[0,0]*z1[0]*(1 - z1[0])")),), ((C, W),)),
    _case("td-avec-at-a", "b140_td", _TD, _TD_RULE + "\\sigma'(a_1^{(1)})" + _AVEC + "\\sigma'(z)=\\sigma(z)(1-\\sigma(z))."
          "\n$$", _TD_AT_A, ((C, W),)),
]
test_the_oracle_gives_the_worded_cases_verdicts, test_check_reads_the_worded_definitions = CHECKS.tests(WORDED)


@pytest.mark.parametrize("definition", ["\\sigma'(z)=\\sigma(z)(1+\\sigma(z))", "\\sigma'(z)=1-\\sigma(z)^2"])
def test_a_wrong_worded_definition_is_refused(definition):
    """A definition that is not the sigmoid's derivative (at its input nor at its output) is refused, never used."""
    refusal = CHECKS.refused("b140_td", _TD, _TD_RULE + "\\sigma'(z_1^{(1)})" + _AVEC + definition + ".\n$$")
    assert "the definition after it" in refusal and "is not the derivative of \\sigma" in refusal


# ---- 3. a premise in parentheses, and the question's mark ending the formula's sentence ----------------------------
_LR = NOTATIONS_135["b135_lr"]
_LR_TEXT = ("* As I see it, `DY*(1.0-self.Y**2)` = `DY*(1{sign}tanh(self.X)**2)` = `DY`* dy/dx ({premise}){end}  I was "
            "expecting a calculation which rather returns dx, so  rather the division sign next to `DY` i.e. "
            "`DY/(1.0-self.Y**2)`.")
_LR_J3 = ({"j": 0}, {"j": 1}, {"j": 2})


def _chain(sign: str = "-") -> tuple:
    return (Twin("value", f"{_LR_DY}*(1.0 - a1[{{j}}]**2)",
                 (f"{_LR_DY}*(1 {sign} tanh(z1[{{j}}])**2)", f"{_LR_DY}*(1 - a1[{{j}}]**2)"), _LR_J3),)


PREMISES = [
    _case("lr-chain", "b135_lr", _LR, _LR_TEXT.format(sign="-", premise="as, y=tanh(x)", end=" ?"), _chain(), ((C, C),)),
    _case("lr-since", "b135_lr", _LR, _LR_TEXT.format(sign="-", premise="since y = tanh(x)", end="?"), _chain(),
          ((C, C),)),
    _case("lr-full-stop", "b135_lr", _LR, _LR_TEXT.format(sign="-", premise="because y=tanh(x)", end="."), _chain(),
          ((C, C),)),
    # the slip in the chain's middle member stays wrong, the premise right or not
    _case("lr-slip", "b135_lr", _LR, _LR_TEXT.format(sign="+", premise="as, y=tanh(x)", end=" ?"), _chain("+"),
          ((W, C),)),
]
test_the_oracle_gives_the_premise_cases_verdicts, test_check_reads_the_premises = CHECKS.tests(PREMISES)


@pytest.mark.parametrize("premise", ["as, y=sigmoid(x)", "since y = tanh(2*x)", "as x = tanh(y)"])
def test_a_wrong_premise_is_refused(premise):
    """A premise wrong in the notation's names is refused, never dropped: a formula is not called correct under it."""
    refusal = CHECKS.refused("b135_lr", _LR, _LR_TEXT.format(sign="-", premise=premise, end=" ?"))
    assert "the premise in parentheses" in refusal and "is wrong in the notation's names" in refusal


def test_a_question_mark_ends_the_formulas_sentence():
    """``A = B ? I was expecting ...``: the question's sentence is the formula; the next sentence is a remark."""
    text = "`DY*(1.0-self.Y**2)` = `DY*(1-tanh(self.X)**2)` ? I was expecting a calculation which returns dx."
    case = _case("lr-question", "b135_lr", _LR, text, (Twin("value", f"{_LR_DY}*(1.0 - a1[{{j}}]**2)",
                                                            (f"{_LR_DY}*(1 - tanh(z1[{{j}}])**2)",), _LR_J3),))
    assert _oracle(case) == ((C,),) and CHECKS.verdicts(case) == ((C,),)
    slip = _case("lr-question-slip", "b135_lr", _LR, text.replace("1-tanh", "1+tanh"),
                 (Twin("value", f"{_LR_DY}*(1.0 - a1[{{j}}]**2)", (f"{_LR_DY}*(1 + tanh(z1[{{j}}])**2)",), _LR_J3),),
                 ((W,),))
    assert _oracle(slip) == ((W,),) and CHECKS.verdicts(slip) == ((W,),)


# ---- 4. a thin space Markdown ate: " , " and ",\big(" between two operands ----------------------------------------
_DE = NOTATIONS_54["b54_de"]
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_DLDZ2 = ("$$\n\\frac{\\partial L}{\\partial z^{(2)}} =\n\\frac{\\partial L}{\\partial \\hat{y}} \\cdot\n"
          "\\frac{\\partial \\hat{y}}{\\partial z^{(2)}}\n= (\\hat{y} - y) , {slope}\n$$")
THIN_SPACES = [
    _case("de-dLdz2", "b54_de", _DE, _DLDZ2.replace("{slope}", "\\hat{y}(1 - \\hat{y})"),
          (Twin("gradient_z", "z2[0]", (_D2, _D2)),), ((C, C),)),
    _case("de-dLdz2-big", "b54_de", _DE, _DLDZ2.replace("{slope}", "\\hat{y}(1 - \\hat{y})").replace(" , ", ",\\big(")
          .replace("\n$$", "\\big)\n$$"), (Twin("gradient_z", "z2[0]", (_D2, _D2)),), ((C, C),)),
    # the slip (1 + y_hat) stays wrong: the comma is the product, never a cut that drops the slope
    _case("de-dLdz2-slip", "b54_de", _DE, _DLDZ2.replace("{slope}", "\\hat{y}(1 + \\hat{y})"),
          (Twin("gradient_z", "z2[0]", (_D2, "(a2[0] - y[0])*a2[0]*(1 + a2[0])")),), ((C, W),)),
    _case("de-dW2", "b54_de", _DE, "$$\n\\frac{\\partial L}{\\partial W^{(2)}} =\n\\delta^{(2)} , a^{(1)T}\n$$",
          (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a1[{{j}}]",), _J3),), ((C,),)),
    _case("de-dW2-slip", "b54_de", _DE, "$$\n\\frac{\\partial L}{\\partial W^{(2)}} =\n\\delta^{(2)} , z^{(1)T}\n$$",
          (Twin("gradient", "W2[0,{j}]", (f"{_D2}*z1[{{j}}]",), _J3),), ((W,),)),
]
test_the_oracle_gives_the_thin_space_verdicts, test_check_reads_the_eaten_thin_spaces = CHECKS.tests(THIN_SPACES)


@pytest.mark.parametrize("text", [
    "$\\frac{\\partial L}{\\partial W^{(2)}} = \\delta^{(2)}, a^{(1)T}$",          # a list's comma, glued before
    "$\\frac{\\partial L}{\\partial W^{(2)}} = \\delta^{(2)} , 0.5$",  # a number after it
])
def test_a_comma_that_is_punctuation_is_still_refused(text):
    assert "a comma after a member is no product" in CHECKS.refused("b54_de", _DE, text)


def test_a_second_claim_after_the_comma_keeps_it():
    """``A = B , C = D``: the comma separates two claims, each judged (the second's left side its own)."""
    text = "$\\delta^{(2)} = (\\hat{y} - y) \\hat{y}(1 - \\hat{y}) , \\hat{y} = \\sigma(z^{(2)})$"
    case = _case("two-claims", "b54_de", _DE, text, (Twin("gradient_z", "z2[0]", (_D2,)),
                                                    Twin("value", "a2[0]", ("sigmoid(z2[0])",))), ((C,), (C,)))
    assert _oracle(case) == ((C,), (C,)) and CHECKS.verdicts(case) == ((C,), (C,))
