"""A Markdown list's dash before a formula, ``- dZ = A - Y``: a bullet, or a minus on the left side. Read as the minus
(before session 14's fix), the bullet line ``- dU = -(o - t)(1 - o^2)``, a wrong formula, was called correct. A
hyphen and a space opening a plain line outside math is CommonMark's bullet; on a line of LaTeX, or as an en dash,
both readings are judged (two_readings.judged_both_ways, as a numbered list's ``2 - `` is): where they agree that is
the verdict, where they differ check refuses in one line; a minus glued to the name, ``-dU``, or inside math
delimiters, is mathematics.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts).
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_1_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-one": TANH_1_1,
}
CHECKS = CaseChecks(NETWORKS)
# u the unit's sum, o its output, t the target, dU the loss's gradient by u
_NOTATION = r'''
[notation]
loss = ["E"]
[notation.symbols]
"u" = "z1[0]"
"t" = "y[0]"
"o" = "a1[0]"
"dU" = "grad(z1[0])"
'''
_TRUE = "(tanh(z1[0]) - y[0])*(1 - tanh(z1[0])**2)"


def _case(key: str, text: str, verdict: str, member: str) -> Public:
    return Public(key, "test", "tanh-one", _NOTATION, text, ((verdict,),), (Twin("value", _TRUE, (member,)),))


CASES = [
    # wrong under both readings: wrong
    _case("bullet-both-wrong", "- dU = (o - t)(1 + o^2)", W, "(a1[0] - y[0])*(1 + a1[0]**2)"),
    _case("bullet-latex-both-wrong", r"- \frac{dE}{du} = (o - t)(1 + o^2)", W, "(a1[0] - y[0])*(1 + a1[0]**2)"),
    # a hyphen and a space opening a plain line outside math: CommonMark's bullet (the line that was called correct
    # read as the minus, - dU = -(o - t)(1 - o^2), is wrong)
    _case("bullet-plain", "- dU = (o - t)(1 - o^2)", C, "(a1[0] - y[0])*(1 - a1[0]**2)"),
    _case("bullet-plain-wrong", "- dU = -(o - t)(1 - o^2)", W, "-(a1[0] - y[0])*(1 - a1[0]**2)"),
    # a minus glued to the name is mathematics, as written
    _case("glued-minus", "-dU = -(o - t)(1 - o^2)", C, "(a1[0] - y[0])*(1 - a1[0]**2)"),
    _case("glued-minus-wrong", "-dU = (o - t)(1 - o^2)", W, "-(a1[0] - y[0])*(1 - a1[0]**2)"),
]

# inside math delimiters, the minus as written
CASES.append(Public("minus-in-display", "test", "tanh-one", _NOTATION, "$$\n- dU = (o - t)(1 - o^2)\n$$", ((W,),),
                    (Twin("value", f"-({_TRUE})", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)))
# under an item, the next item is one too
CASES.append(Public("bullet-items", "test", "tanh-one", _NOTATION, "- dU = (o - t)(1 - o^2)\n- dU = -(o - t)(1 - o^2)",
                    ((C,), (W,)), (Twin("value", _TRUE, ("(a1[0] - y[0])*(1 - a1[0]**2)",)),
                                   Twin("value", _TRUE, ("-(a1[0] - y[0])*(1 - a1[0]**2)",)))))

# under a line that is no list's item, a line opening with "- " is the chain's next operation (line_breaks.py), as
# written (seed 004's P - Y in matrices, graded, writes its second matrix so), not a bullet: one chain, judged as one
CASES.append(Public("dash-goes-on", "test", "tanh-one", _NOTATION, "E = 0.5 (t - o)^2\n - 0.5 t^2 + t o = 0.5 o^2",
                    ((W, W),), (Twin("value", "0.5*(y[0] - tanh(z1[0]))**2",
                                     ("0.5*(y[0] - a1[0])**2 - 0.5*y[0]**2 + y[0]*a1[0]", "0.5*a1[0]**2")),)))

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bullet_whose_two_readings_differ_is_refused_in_one_line():
    # on a line of LaTeX, or as an en dash: right as a bullet, wrong as a minus, or the other way round
    for text in (r"- \frac{dE}{du} = (o - t)(1 - o^2)", "\u2013 dU = -(o - t)(1 - o^2)"):
        message = CHECKS.refused("tanh-one", _NOTATION, text)
        assert "reads as a list's bullet or as a minus" in message and "\n" not in message
