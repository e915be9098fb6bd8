"""A label of Chinese, Japanese or Korean prose that mentions the notation's names, before a colon (full-width or
not) and a complete formula: batch 161's ml-up5, ``$$ 对w_5进行更新：w_5^+=w_5-n*... $$`` ("update w_5:"), was refused
"unexpected at ':'", since a row's label of words (typography_comments.LABEL_BEFORE) is letters only and w_5 broke
it. A label whose words each hold a letter of those scripts (script_letters.EAST_ASIAN_WORD: no formula is written in
them, so such a word is never a formula's factor, whatever names are glued in it) is now dropped where the equation
after the colon has a left side of letters; a Latin label whose words could be the notation's names (``Update w_5:``)
and a label before numbers alone stay refused, and a name repeated after the colon (Ng's ``w: w - a dw``) is no label.
The full-width forms around the formula (``：`` after Latin words, ``，`` between claims, ``（ ）``, ``＝``) were read
already, and are held here.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its twin,
the formula transcribed by hand into symbols.md's names; a right formula is called correct and a wrong variant wrong.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch161 import _D0
from public_formulas_batch161_tables import NETWORKS as NETWORKS_161, NOTATIONS as NOTATIONS_161
from seed_verbatim import Twin

NETWORKS = {"b161_ml": NETWORKS_161["b161_ml"]}
CHECKS = CaseChecks(NETWORKS)
_ML = NOTATIONS_161["b161_ml"]
_RULE_ONLY = "w_5^+=w_5-n*\\frac{\\partial E_{total}}{\\partial w_5}"
_RULE = _RULE_ONLY + "=0.4-0.5*0.082167041=0.35891648"
_WRONG_SIGN = "w_5^+=w_5+n*\\frac{\\partial E_{total}}{\\partial w_5}=0.4-0.5*0.082167041=0.35891648"
_WRONG_VALUE = "w_5^+=w_5-n*\\frac{\\partial E_{total}}{\\partial w_5}=0.4-0.5*0.082167041=0.36891648"
_UPDATE = f"W2[0,0] - eta*{_D0}*a1[0]"
_RIGHT_TWIN = (Twin("update", "W2[0,0]", (_UPDATE, "=0.4 - 0.5*0.082167041", "=0.35891648")),)
_SIGN_TWIN = (Twin("update", "W2[0,0]", (f"W2[0,0] + eta*{_D0}*a1[0]", "=0.4 - 0.5*0.082167041", "=0.35891648")),)
_VALUE_TWIN = (Twin("update", "W2[0,0]", (_UPDATE, "=0.4 - 0.5*0.082167041", "=0.36891648")),)


def _case(key: str, text: str, expected, twins: tuple) -> Public:
    return Public(key, "fixprose38", "b161_ml", _ML, text, expected, twins)


CASES = [
    # batch 161's ml-up5 as written, and its rule with the sign turned
    _case("zh-label-names", f"$$\n对w_5进行更新：{_RULE}\n$$", ((C, C, C),), _RIGHT_TWIN),
    _case("zh-label-names-wrong", f"$$\n对w_5进行更新：{_WRONG_SIGN}\n$$", ((W, C, C),), _SIGN_TWIN),
    # on a line of its own, no display
    _case("zh-label-line", f"对w_5进行更新：{_RULE}", ((C, C, C),), _RIGHT_TWIN),
    _case("zh-label-line-wrong", f"对w_5进行更新：{_WRONG_SIGN}", ((W, C, C),), _SIGN_TWIN),
    # Japanese (kana), the name first; a wrong last value
    _case("ja-label-names", f"$$\nw_5の更新：{_RULE}\n$$", ((C, C, C),), _RIGHT_TWIN),
    _case("ja-label-names-wrong", f"$$\nw_5の更新：{_WRONG_VALUE}\n$$", ((C, C, W),), _VALUE_TWIN),
    # Korean, two words spaced
    _case("ko-label-names", f"$$\n가중치 w_5를 업데이트: {_RULE}\n$$", ((C, C, C),), _RIGHT_TWIN),
    _case("ko-label-names-wrong", f"$$\n가중치 w_5를 업데이트: {_WRONG_SIGN}\n$$", ((W, C, C),), _SIGN_TWIN),
    # the full-width colon after Latin words of prose
    _case("latin-fullwidth-colon", f"$$\nUpdate rule：{_RULE}\n$$", ((C, C, C),), _RIGHT_TWIN),
    _case("latin-fullwidth-colon-wrong", f"$$\nUpdate rule：{_WRONG_VALUE}\n$$", ((C, C, W),), _VALUE_TWIN),
    # the full-width comma between two claims, full-width parentheses and equals sign inside a formula
    _case("fullwidth-comma", "$$\n\\frac{\\partial E_{total}}{\\partial w_5}=0.082167041，" + _RULE_ONLY + "\n$$",
          ((C,), (C,)), (Twin("gradient", "W2[0,0]", ("=0.082167041",)), Twin("update", "W2[0,0]", (_UPDATE,)))),
    _case("fullwidth-comma-wrong", "$$\n\\frac{\\partial E_{total}}{\\partial w_5}=0.072167041，" + _RULE_ONLY
          + "\n$$", ((W,), (C,)), (Twin("gradient", "W2[0,0]", ("=0.072167041",)),
                                   Twin("update", "W2[0,0]", (_UPDATE,)))),
    _case("fullwidth-brackets", "$$\nw_5^+＝w_5-n*（\\frac{\\partial E_{total}}{\\partial w_5}）＝0.35891648\n$$",
          ((C, C),), (Twin("update", "W2[0,0]", (_UPDATE, "=0.35891648")),)),
    _case("fullwidth-brackets-wrong", "$$\nw_5^+＝w_5-n*（\\frac{\\partial E_{total}}{\\partial w_5}）＝0.45891648\n$$",
          ((C, W),), (Twin("update", "W2[0,0]", (_UPDATE, "=0.45891648")),)),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_latin_label_that_could_be_names_stays_refused():
    """``Update w_5:``: a Latin label whose words may be the notation's names is not dropped."""
    assert "':'" in CHECKS.refused("b161_ml", _ML, f"$$\nUpdate w_5：{_RULE}\n$$")


def test_a_label_before_numbers_alone_stays_refused():
    """No left side after the colon: the label may name it, so the row is refused, not guessed."""
    assert "':'" in CHECKS.refused("b161_ml", _ML, "$$\n对w_5进行更新：0.4-0.5*0.082167041=0.35891648\n$$")


def test_a_name_repeated_after_the_colon_is_no_label():
    """``对w_5进行更新：对w_5进行更新=...``: the prose again after the colon (Ng's ``w: w - a dw``) is not dropped."""
    assert "':'" in CHECKS.refused("b161_ml", _ML, f"$$\n对w_5进行更新：对w_5进行更新={_RULE[6:]}\n$$")
