"""Batch 50's Korean notes named their quantities in Hangul (d오차y_{out}, d가중합_{3}) and were refused at the first
Hangul letter, in the formula and in the notation's patterns alike. Written here as other authors would (other
names, other networks than the page's): a name of letters of another script (Japanese kanji and kana, Chinese,
accented Latin) is one name, in a notation's pattern (a quantity's, the loss's) and in a formula, as ASCII's SEE is;
a run of such letters glued to an ASCII letter is one name where a pattern names it so (重みw_{i}), the derivative's
d before it stays the derivative's.
What stays refused: such a name the notation does not name, as an unknown symbol named whole (誤差, not 誤).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest
import tomllib

from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# a Japanese student's names: 入力 the inputs, 重みw the weights (kanji and kana glued to the letter w), 総和 the
# unit's sum, 出力 its output, 目標 the target, 誤差 the error; French accents for the bias, biaisé
_JAPANESE = r'''
[notation]
loss = ["誤差"]
learning_rate = ["\\eta"]
[notation.symbols]
"入力_{i}" = "x[i-1]"
"重みw_{i}" = "W1[0, i-1]"
"biaisé" = "b1[0]"
"総和" = "z1[0]"
"出力" = "a1[0]"
"目標" = "y[0]"
'''
_SUM = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_DELTA = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # names of another script in a formula, with their subscripts, in LaTeX and in plain text
            ("sum", r"$$ 総和 = 重みw_{1} 入力_{1} + 重みw_{2} 入力_{2} + biaisé $$", ((C,),),
             (Twin("value", "z1[0]", (_SUM,)),)),
            ("sum-wrong", r"$$ 総和 = 重みw_{1} 入力_{1} + 重みw_{2} 入力_{1} + biaisé $$", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[0] + b1[0]",)),)),
            ("output-plain", "出力 = tanh(総和)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            # the derivative's d glued before a name of another script, as d오차 was
            ("derivative-by-output", r"$$ \frac{d誤差}{d出力} = 出力 - 目標 $$", ((C,),),
             (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
            ("derivative-by-output-wrong", r"$$ \frac{d誤差}{d出力} = 目標 - 出力 $$", ((W,),),
             (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),)),
            ("derivative-by-sum-plain", "d出力/d総和 = 1 - 出力^2", ((C,),),
             (Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",)),)),
            # a glued name of the notation's (重みw_{2}) under the derivative's d, and the accented bias
            ("gradient", r"$$ \frac{\partial 誤差}{\partial 重みw_{2}} = (出力 - 目標)(1 - 出力^{2}) 入力_{2} $$", ((C,),),
             (Twin("gradient", "W1[0,1]", (f"{_DELTA}*x[1]",)),)),
            ("gradient-wrong", r"$$ \frac{\partial 誤差}{\partial 重みw_{2}} = (出力 - 目標) 出力 入力_{2} $$", ((W,),),
             (Twin("gradient", "W1[0,1]", ("(a1[0] - y[0])*a1[0]*x[1]",)),)),
            ("bias-update", r"$$ biaisé \leftarrow biaisé - \eta \frac{d誤差}{dbiaisé} $$", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("bias-update-wrong", r"$$ biaisé \leftarrow biaisé - \frac{d誤差}{dbiaisé} $$", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] - grad",)),))):
        cases.append(Public(key, "test", "tanh-two", _JAPANESE, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text, name", [
    (r"$$ \frac{d損失}{d出力} = 出力 - 目標 $$", "損失"),      # a loss the notation does not name, whole
    ("출력 = tanh(총합)", "출력"),                              # Hangul names of a notation in Japanese
    (r"$$ \frac{d誤差}{d重み_{2}} = (出力 - 目標) 入力_{2} $$", "重み"),  # the glued name's letters without its w
])
def test_a_name_of_another_script_the_notation_does_not_name_is_refused_whole(text, name):
    """The refusal names the whole run of letters, and says to give it a meaning, as for an ASCII name."""
    message = CHECKS.refused("tanh-two", _JAPANESE, text)
    assert f"unknown symbol {name}" in message and "[notation.symbols]" in message


def test_a_pattern_of_another_script_loads_whole():
    """The loader reads 重みw_{i} as one base with its subscript, not 重 times み times w_{i}."""
    notation = notation_from_table(tomllib.loads(_JAPANESE)["notation"], "test")
    assert {"重みw", "入力", "総和", "出力", "biaisé"} <= notation.bases
