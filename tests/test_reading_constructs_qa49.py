"""QA helper qa49: the slips a student makes in the constructs this session's fixes read, each called wrong or
refused (the PyTorch oracle's verdict asserted beside check's):

- Markdown's eaten thin space, `` , `` between two operands, read as the product: a comma before a factor that is not
  the right formula's (``(\\hat{y} - y) , (1 - \\hat{y})``, the slope's ``\\hat{y}`` dropped), before a slope of the
  wrong layer (``\\delta^{(2)} , a^{(2)T}``), or before the function itself where its derivative belongs
  (``g^{l}(z^{l})``) stays wrong; two thin spaces, ``(\\hat{y} - y) , \\hat{y} , (1 - \\hat{y})``, are both products;
- ``g^{l'}``: at the next layer's sums (``z^{l+1}``), wrong;
- a definition after ``\\quad \\text{avec}``: the rule's derivative at the wrong layer stays wrong beside a right
  definition; a definition that is not the derivative (a factor 2 after a thin space) is refused;
- a premise ``(as, y=tanh(x))``: a slip in the chain's member (tanh of the output for tanh of the input) stays wrong;
  a wrong premise (its sign turned, its letters swapped) is refused;
- Fortran's and MATLAB's entries counted from 1: a statement counting them from 0 (``delta_out(0)``, ``w_ho(j, 0)``)
  is refused, never read as the last entry; a section at a fixed row (``who(1, :)``) for the left side's row, wrong;
- Eigen's entry ``hidden(0)`` for ``hidden(j)``, and ``unaryExpr`` applied to the wrong vector or with the wrong
  lambda: wrong;
- index arithmetic one off in code's brackets (``delta_hid[j+1]`` beside ``b_hid[j]``): never correct.

Every verdict asserted is the oracle's (tests/test_seed_verbatim.oracle_verdicts), from each case's twin, the formula
transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

import test_reading_constructs_fix142left as fix142
import test_reading_constructs_fixdoc37 as fixdoc
from public_formulas import C, W, Public
from public_formulas_batch135 import _LR_DY
from seed_verbatim import Twin


def _case(checks, key: str, network: str, notation: str, text: str, twins: tuple, expected) -> tuple:
    return checks, Public(key, "qa49", network, notation, text, expected, twins)


_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_K2 = ({"k": 0}, {"k": 1})
_DLDZ2 = fixdoc._DLDZ2
_BACK = fixdoc._BACK
_NEXT = fixdoc._NEXT
_TD_RULE, _AVEC, _TD1 = fixdoc._TD_RULE, fixdoc._AVEC, fixdoc._TD1
_D1 = fix142._D1
_HIDDEN_ERROR = fix142._HIDDEN_ERROR

CASES = [
    # ---- the eaten thin space -----------------------------------------------------------------------------------
    _case(fixdoc.CHECKS, "thin-slope-dropped", "b54_de", fixdoc._DE, _DLDZ2.replace("{slope}", "(1 - \\hat{y})"),
          (Twin("gradient_z", "z2[0]", (_D2, "(a2[0] - y[0])*(1 - a2[0])")),), ((C, W),)),
    _case(fixdoc.CHECKS, "thin-big-slope-dropped", "b54_de", fixdoc._DE,
          _DLDZ2.replace("(\\hat{y} - y) , {slope}", "(\\hat{y} - y) ,\\big(1 - \\hat{y}\\big)"),
          (Twin("gradient_z", "z2[0]", (_D2, "(a2[0] - y[0])*(1 - a2[0])")),), ((C, W),)),
    _case(fixdoc.CHECKS, "thin-two-spaces", "b54_de", fixdoc._DE,
          _DLDZ2.replace("(\\hat{y} - y) , {slope}", "(\\hat{y} - y) , \\hat{y} , (1 - \\hat{y})"),
          (Twin("gradient_z", "z2[0]", (_D2, _D2)),), ((C, C),)),
    _case(fixdoc.CHECKS, "thin-wrong-layer", "b54_de", fixdoc._DE,
          "$$\n\\frac{\\partial L}{\\partial W^{(2)}} =\n\\delta^{(2)} , a^{(2)T}\n$$",
          (Twin("gradient", "W2[0,{j}]", (f"{_D2}*a2[0]",), _J3),), ((W,),)),
    _case(fixdoc.CHECKS, "thin-function-for-derivative", "tanh-sigmoid", fixdoc._G,
          r"$\delta^{l} = (W^{l+1})^T \delta^{l+1} , g^{l}(z^{l})$",
          (Twin("gradient_z", "z1[{j}]", (f"{_BACK}*tanh(z1[{{j}}])",), _J3),), ((W,),)),
    _case(fixdoc.CHECKS, "thin-primed", "tanh-sigmoid", fixdoc._G,
          r"$\delta^{l} = (W^{l+1})^T \delta^{l+1} , g^{l'}(z^{l})$", fixdoc._RIGHT, ((C,),)),
    # ---- g^{l'} at the next layer's sums --------------------------------------------------------------------------
    _case(fixdoc.CHECKS, "primed-next-sums", "tanh-sigmoid", fixdoc._G, _NEXT + "g^{l'}(z^{l+1})$",
          (Twin("gradient_z", "z1[{j}]", (f"{_BACK}*(1 - tanh(z2[0])**2)",), _J3),), ((W,),)),
    # ---- \quad \text{avec}: the rule's derivative at layer 2's sums beside a right definition ----------------------
    _case(fixdoc.CHECKS, "avec-wrong-layer", "b140_td", fixdoc._TD,
          _TD_RULE + "\\sigma'(z_1^{(2)})" + _AVEC + "\\sigma'(z)=\\sigma(z)(1-\\sigma(z)).\n$$",
          (Twin("value", _TD1, (_TD1, "(a2[0] - y[0])*W2[0,0]*sigmoid(z2[0])*(1 - sigmoid(z2[0]))")),), ((C, W),)),
    # ---- a premise: the chain's member with tanh of the output, y, for tanh of the input ---------------------------
    _case(fixdoc.CHECKS, "premise-member-slip", "b135_lr", fixdoc._LR,
          fixdoc._LR_TEXT.format(sign="-", premise="as, y=tanh(x)", end=" ?").replace("tanh(self.X)", "tanh(self.Y)"),
          (Twin("value", f"{_LR_DY}*(1.0 - a1[{{j}}]**2)",
                (f"{_LR_DY}*(1 - tanh(a1[{{j}}])**2)", f"{_LR_DY}*(1 - a1[{{j}}]**2)"), _J3),), ((W, C),)),
    # ---- Fortran's section at a fixed row where the left side's row belongs ---------------------------------------
    _case(fix142.CHECKS, "section-fixed-row", "sigmoid-2-3-2", fix142._WHOLE,
          "dhid(j) = hidden(j) * (1.0 - hidden(j)) * DOT_PRODUCT(who(1, :), dout)",
          (Twin("value", f"-({_D1})", (
              "-a1[{j}]*(1 - a1[{j}])*((a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,0] + (a2[1] - y[1])*a2[1]*(1 - a2[1])"
              "*W2[1,0])",), _J3),), ((W,),)),
    # ---- Eigen: the entry 0 for the entry j, unaryExpr on the wrong vector, the wrong lambda ------------------------
    _case(fix142.CHECKS, "eigen-entry-0", "sigmoid-2-2-1", fix142._EIGEN,
          "                delta_hidden(j) = delta_output * weights2(j) * sigmoid_derivative(hidden(0));",
          (Twin("value", "-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])",
                ("-(a2[0] - y[0])*a2[0]*(1 - a2[0])*W2[0,{j}]*a1[0]*(1 - a1[0])",), ({"j": 0}, {"j": 1})),), ((W,),)),
    _case(fix142.CHECKS, "unary-wrong-vector", "relu-2-3-linear-2", fix142._UNARY,
          "Eigen::VectorXd hidden_delta = hidden_errors.cwiseProduct(hidden_errors.unaryExpr(&relu_derivative));",
          (Twin("value", f"{_HIDDEN_ERROR}*Heaviside(z1[{{j}}])",
                (f"{_HIDDEN_ERROR}*Heaviside({_HIDDEN_ERROR})",), _J3),), ((W,),)),
    _case(fix142.CHECKS, "unary-identity-lambda", "relu-2-3-linear-2", fix142._UNARY,
          "Eigen::VectorXd output_delta = output_errors.cwiseProduct(final_outputs.unaryExpr([](double x) {"
          " return x; }));",
          (Twin("value", "-(a2[{k}] - y[{k}])", ("(y[{k}] - a2[{k}])*a2[{k}]",), _K2),), ((W,),)),
]
_BY_KEY = {case.key: (checks, case) for checks, case in CASES}


@pytest.mark.parametrize("key", list(_BY_KEY))
def test_the_oracle_gives_the_cases_verdicts(key):
    checks, case = _BY_KEY[key]
    assert fixdoc.oracle_verdicts(case, checks.problem(case)) == case.expected


@pytest.mark.parametrize("key", list(_BY_KEY))
def test_check_gives_the_oracles_verdicts(key):
    checks, case = _BY_KEY[key]
    assert checks.verdicts(case) == case.expected


@pytest.mark.parametrize("text", [
    # counted from 0 in a statement of Fortran (no ;) and of MATLAB (.*): entry 0 is no entry, never the last one
    "delta_hid(j) = hidden(j) * (1.0 - hidden(j)) * (delta_out(0) * w_ho(j, 0) + delta_out(1) * w_ho(j, 1))",
    "delta_hid(j) = hidden(j) .* (1.0 - hidden(j)) .* (delta_out(0) * w_ho(j, 0) + delta_out(1) * w_ho(j, 1));",
    # the update's indices swapped against the pattern's sizes
    "w_ho(k, j) = w_ho(k, j) + lr * delta_out(k) * hidden(j)",
    "w_ho(j-1, k-1) = w_ho(j-1, k-1) + lr * delta_out(k) * hidden(j)",
    "b_hid[j-1] = b_hid[j-1] + lr * delta_hid[j-2]",
])
def test_a_count_from_0_or_an_index_off_is_refused(text):
    fix142.CHECKS.refused("sigmoid-2-3-2", fix142._FORTRAN, text)


@pytest.mark.parametrize("text", [
    "w_ho(j, k) = w_ho(j, k) + lr * delta_out(k) * hidden(j+1)",
    "b_hid[j-1] = b_hid[j-1] + lr * delta_hid[j]",
    "b_hid[j] = b_hid[j] + lr * delta_hid[j+1]",
    "b_hid[j+1] = b_hid[j+1] + lr * delta_hid[j]",
])
def test_an_index_one_off_is_never_correct(text):
    """An index one off reaches past the vector at one end (no twin has that entry): wrong or refused, never correct."""
    case = Public("off", "qa49", "sigmoid-2-3-2", fix142._FORTRAN, text)
    try:
        verdicts = fix142.CHECKS.verdicts(case)
    except Exception as error:  # a refusal: one line
        assert "\n" not in str(error)
        return
    assert verdicts == ((W,),)


@pytest.mark.parametrize("premise", ["as, y=-tanh(x)", "since, x=tanh(y)"])
def test_a_wrong_premise_is_refused(premise):
    refusal = fixdoc.CHECKS.refused("b135_lr", fixdoc._LR, fixdoc._LR_TEXT.format(sign="-", premise=premise, end=" ?"))
    assert "is wrong in the notation's names" in refusal


def test_a_definition_that_is_not_the_derivative_is_refused():
    refusal = fixdoc.CHECKS.refused("b140_td", fixdoc._TD, _TD_RULE + "\\sigma'(z_1^{(1)})" + _AVEC
                                    + "\\sigma'(z)=\\sigma(z)(1-\\sigma(z))\\,2.\n$$")
    assert "is not the derivative of \\sigma" in refusal
