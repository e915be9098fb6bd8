"""Batches 55 and 56 of the public formulas showed LaTeX constructs refused, each written here as another author
would (other names, other networks than the pages'): a codecogs image given as HTML's ``<img src="..." />`` (png,
svg or gif, its other attributes before or after the address, self-closing or not), one formula as Markdown's
``![](...)`` image is; and TeX's control space right after a row break, ``\\\\\\ `` (``\\\\`` then ``\\ ``), a row
break and a space; the ranges of the indices written after a formula (``, \\quad i = 1, \\ldots, n``, ``\\forall``,
``for``, two joined by a colon), a remark on a claim judged at every index value anyway. What stays refused: an
image whose address's percent-escapes do not decode, a range from 1 to one before a letter the notation gives no
number (``i = 1, \\ldots, n - 1``); a range of numbers (``i = 1, 2``) restricts the claim to them
(tests/test_reading_constructs_fixkatex.py).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "softmax-2-3": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)

# a softmax of three classes: r_a the sums, q_a the probabilities, from 1
_SOFTMAX = r'''
[notation]
indices = "ab"
loss = ["E"]
[notation.symbols]
"t_{a}" = "t[a-1]"
"r_{a}" = "z1[a-1]"
"q_{a}" = "a1[a-1]"
'''
_A = tuple({"a": a} for a in range(3))
_AB = tuple({"a": a, "b": b} for a in range(3) for b in range(3))
_JACOBIAN = "a1[{a}]*(({a} == {b}) - a1[{b}])"
_CODECOGS = "https://latex.codecogs.com/"
_DE_DV = "(a1[0] - y[0])*(1 - a1[0]**2)*x[{i}]"
_I2 = ({"i": 0}, {"i": 1})
_TANH = "(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # HTML's image of a renderer: its address's query the formula, its other attributes layout
            ("img-tag", f'<img src="{_CODECOGS}png.latex?h%20%3D%20%5Ctanh(s)" />', ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("img-tag-wrong", f'<img src="{_CODECOGS}png.latex?h%20%3D%20%5Csigma(s)" />', ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            ("img-tag-attributes", f"  <IMG alt='h = tanh(s)' title=\"the unit's output\" "
             f"src='{_CODECOGS}svg.latex?%5Cdpi%7B110%7D%20h%20%3D%20%5Ctanh(s)' width=120>", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("img-tag-space-update", f'<img src="{_CODECOGS}gif.latex?c&space;%5Cleftarrow&space;c'
             f'&space;-&space;%5Ceta&space;%5Cfrac%7B%5Cpartial&space;E%7D%7B%5Cpartial&space;c%7D"/>', ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("img-tag-update-wrong", f'<img src="{_CODECOGS}svg.image?c%20%5Cleftarrow%20c%20%2B%20%5Ceta%20'
             f'%5Cfrac%7B%5Cpartial%20E%7D%7B%5Cpartial%20c%7D">', ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            # TeX's control space right after a row break: \\ then "\ ", a break and a space
            ("row-break-control-space", "$$\\begin{aligned} h &= \\tanh(s) \\\\\\ &= \\frac{e^s - e^{-s}}{e^s + e^{-s}}"
             " \\end{aligned}$$", ((C, C),), (Twin("value", "a1[0]", ("tanh(z1[0])", _TANH)),)),
            ("row-break-control-space-wrong", "$$\\begin{aligned} h &= \\tanh(s) \\\\\\ &= \\frac{e^s - e^{-s}}"
             "{e^s - e^{-s}} \\end{aligned}$$", ((C, W),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) - exp(-z1[0]))")),)),
            # the index's range after the formula: a remark, the claim judged at every value of i anyway
            ("range-forall", r"$$\frac{\partial E}{\partial v_i} = (h - t)(1 - h^2) x_i \quad \forall i = 1, \ldots,"
             r" n$$", ((C,),), (Twin("gradient", "W1[0,{i}]", (_DE_DV,), _I2),)),
            ("range-for-plain-wrong", "dE/dv_i = (h - t) * (1 - h) * x_i for i = 1, ..., n", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*(1 - a1[0])*x[{i}]",), _I2),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            ("cases-control-space", r"$\frac{\partial q_a}{\partial r_b} = \begin{cases} q_a (1 - q_a) & a = b \\\ "
             r"-q_a q_b & a \ne b \end{cases}$", ((C,),),
             (Twin("value", _JACOBIAN, ("(a1[{a}]*(1 - a1[{a}]) if {a} == {b} else -a1[{a}]*a1[{b}])",), _AB),)),
            ("cases-control-space-wrong", r"$\frac{\partial q_a}{\partial r_b} = \begin{cases} q_a (1 - q_b) & a = b"
             r" \\\ q_a q_b & a \ne b \end{cases}$", ((W,),),
             (Twin("value", _JACOBIAN, ("(a1[{a}]*(1 - a1[{b}]) if {a} == {b} else a1[{a}]*a1[{b}])",), _AB),)),
            ("range-quad", r"\frac{\partial E}{\partial r_a} = q_a - t_a, \quad a = 1, \dots, K", ((C,),),
             (Twin("gradient_z", "z1[{a}]", ("a1[{a}] - t[{a}]",), _A),)),
            ("range-text-for-wrong", r"\frac{\partial E}{\partial r_a} = t_a - q_a \text{ for } a = 1, \ldots, K",
             ((W,),), (Twin("gradient_z", "z1[{a}]", ("t[{a}] - a1[{a}]",), _A),)),
            # two ranges, joined by a colon, after TeX's spacing
            ("two-ranges", r"$$\frac{\partial q_a}{\partial r_b} = \begin{cases} q_a (1 - q_a) & a = b \\ -q_a q_b"
             r" & a \ne b \end{cases},\:\: a=1,\cdots,K : b=1,\cdots,K$$", ((C,),),
             (Twin("value", _JACOBIAN, ("(a1[{a}]*(1 - a1[{a}]) if {a} == {b} else -a1[{a}]*a1[{b}])",), _AB),))):
        cases.append(Public(key, "test", "softmax-2-3", _SOFTMAX, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_range_of_numbers_after_the_formula_restricts_the_claim():
    """``, a = 1, 2`` of three classes: the claim is judged at those values of a only (claim_ranges.py; refused
    before session 30's fixkatex, when check judged every value)."""
    case = Public("numbers", "test", "softmax-2-3", _SOFTMAX,
                  r"\frac{\partial E}{\partial r_a} = q_a - t_a, \quad a = 1, 2")
    assert CHECKS.verdicts(case) == ((C,),)


def test_a_range_from_one_that_stops_before_its_letter_stays_refused():
    """``a = 1, \\ldots, K - 1``: it may leave the last class out; it is no remark, and the row stays unreadable."""
    CHECKS.refused("softmax-2-3", _SOFTMAX, r"\frac{\partial E}{\partial r_a} = q_a - t_a, \quad a = 1, \ldots, K - 1")


def test_an_img_tag_whose_escapes_do_not_decode_is_refused():
    """``<img src="...?h%zz...">``: a percent sign that opens no escape, refused in one line as in Markdown's image."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, f'<img src="{_CODECOGS}png.latex?h%20%zz%20%5Ctanh(s)" />')
