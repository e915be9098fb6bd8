"""fixnum41: batch 190's indicator of a comparison, ``\\mathbb{I}(s_j > 0)`` (zh-d1, zh-d1b, refused at '>'), read now
as ``1\\{s_j > 0\\}`` is, also written ``\\mathbf{1}(...)`` or a plain ``I(...)`` where the notation gives I no meaning;
and the worked chain ``\\Delta w_1=\\eta \\delta x_1=0.5(0.0887)(1)=0.04435`` (un-dw1), split before at the space
before x_1 into two claims, one chain of three members now (a definition x_1=1 after a comma, or after a number and
a space, still a claim of its own).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch190_tables import NETWORKS as B190_NETWORKS, NOTATIONS as B190_NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks(B190_NETWORKS)
_ZH, _UN = B190_NOTATIONS["b190_zh"], B190_NOTATIONS["b190_un"]
_J3 = tuple({"j": j} for j in range(3))
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))
_ZH_S = "((a2[0] - t[0])*W2[0,{j}] + (a2[1] - t[1])*W2[1,{j}])"
_DELTA1 = r"\delta_j^{(1)} = \left( \sum_{k=1}^n (\hat{y}_k - y_k) W_{kj}^{(2)} \right) \cdot "
_ROW = ("| **\u9690\u542b\u5c42\u6743\u91cd** $W_{{ji}}^{{(1)}}$ | $$\\frac{{\\partial L}}{{\\partial W_{{ji}}^{{(1)}}}} = "
        "\\left( \\sum_{{k=1}}^n (\\hat{{y}}_k - y_k) W_{{kj}}^{{(2)}} \\right) \\mathbb{{I}}(s_j {op} 0) x_i$$ |")
_UN_D = "(y[0] - a1[0])*a1[0]*(1 - a1[0])"


def _indicator(key: str, indicator: str, expected, step: str = "Heaviside(z1[{j}])") -> Public:
    return Public(key, "fixnum41", "b190_zh", _ZH, f"$${_DELTA1}{indicator}$$", expected,
                  (Twin("gradient_z", "z1[{j}]", (f"{_ZH_S}*{step}",), _J3),))


def _worked(key: str, text: str, expected, twins) -> Public:
    return Public(key, "fixnum41", "b190_un", _UN, text, expected, twins)


_DW1 = f"0.5*{_UN_D}*x[0]"

CASES = [
    _indicator("mathbb-I-right", r"\mathbb{I}(s_j > 0)", ((C,),)),
    _indicator("mathbf-1-right", r"\mathbf{1}(s_j > 0)", ((C,),)),
    _indicator("plain-I-right", r"I(s_j > 0)", ((C,),)),
    _indicator("mathbb-I-wrong", r"\mathbb{I}(s_j < 0)", ((W,),), step="Heaviside(-z1[{j}])"),
    _indicator("plain-I-wrong", r"I(s_j < 0)", ((W,),), step="Heaviside(-z1[{j}])"),
    Public("table-row-right", "fixnum41", "b190_zh", _ZH, _ROW.format(op=">"), ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZH_S}*Heaviside(z1[{{j}}])*x[{{i}}]",), _J3I2),)),
    Public("table-row-wrong", "fixnum41", "b190_zh", _ZH, _ROW.format(op="<"), ((W,),),
           (Twin("gradient", "W1[{j},{i}]", (f"{_ZH_S}*Heaviside(-z1[{{j}}])*x[{{i}}]",), _J3I2),)),
    _worked("chain-right", r"\Delta w_1=\eta \delta x_1=0.5(0.0887)(1)=0.04435", ((C, C, C),),
            (Twin("value", _DW1, (_DW1, "=0.5*0.0887*1", "=0.04435")),)),
    _worked("chain-last-wrong", r"\Delta w_1=\eta \delta x_1=0.5(0.0887)(1)=0.05435", ((C, C, W),),
            (Twin("value", _DW1, (_DW1, "=0.5*0.0887*1", "=0.05435")),)),
    _worked("chain-middle-wrong", r"\Delta w_1=\eta \delta x_1=0.5(0.0887)(2)=0.0887", ((C, W, W),),
            (Twin("value", _DW1, (_DW1, "=0.5*0.0887*2", "=0.0887")),)),
    _worked("definition-after-comma", r"\Delta w_1=\eta \delta x_1, x_1=1", ((C,), (C,)),
            (Twin("value", _DW1, (_DW1,)), Twin("value", "x[0]", ("=1",)))),
    _worked("definition-after-number", r"\Delta w_1=0.04435 x_1=1", ((C,), (C,)),
            (Twin("value", _DW1, ("=0.04435",)), Twin("value", "x[0]", ("=1",)))),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_definition_alone_reads():
    assert CHECKS.verdicts(_worked("alone", "x_1 = 1", ((C,),), ())) == (("correct",),)


def test_I_the_notation_names_is_no_indicator():
    """Where the notation gives I a meaning (I = 2), I(s_j > 0) is not the indicator: refused as before (never read as
    the indicator and called correct)."""
    notation = _ZH.replace('"n" = "2"', '"I" = "2"\n"n" = "2"')
    assert "'>'" in CHECKS.refused("b190_zh", notation, f"$${_DELTA1}I(s_j > 0)$$")
    assert "'>'" in CHECKS.refused("b190_zh", notation.replace('"I"', '"\\\\mathbb{I}"'),
                                   f"$${_DELTA1}\\mathbb{{I}}(s_j > 0)$$")
