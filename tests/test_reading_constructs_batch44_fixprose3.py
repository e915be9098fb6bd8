"""The pages of batches 43 and 44 of the public formulas showed prose and markup around formulas refused, each
written here as another author would (other names, another network than the pages'): "since" leading into an
equation, a clause opened by a connective word ending the line after it (``and not the other way around``), a line
of prose holding inline formulas and a display, a parenthesis of words after a formula (a remark, or with a relation
a premise judged as a claim of its own), the transpose's T set in a font (``v^\\mathsf{T}``), MathJax's script
elements as delimiters, and HTML's markup of a formula (``<i>``, ``<sub>``, ``<sup>``). What stays refused: an aside
opening with a condition, a MathJax script never closed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.grading.document import equations

CHECKS = CaseChecks({"tanh-two": TANH_2_1})

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_S_WRONG = "W1[0,0]*x[0] - W1[0,1]*x[1] + b1[0]"
_DS = "(a1[0] - y[0])*(1 - a1[0]**2)"
_SUM = (Twin("value", "z1[0]", (_S,)),)
_SUM_WRONG = (Twin("value", "z1[0]", (_S_WRONG,)),)
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_WRONG = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)
_DE_DS = (Twin("gradient_z", "z1[0]", (_DS,)),)
_DE_DS_WRONG = (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0])**2",)),)
_DE_DC = (Twin("gradient", "b1[0]", (_DS,)),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # "since" leading into an equation, plain or before inline formulas: a premise, asserted, judged
            ("since-plain", "since s = v_1 x_1 + v_2 x_2 + c", ((C,),), _SUM),
            ("since-plain-wrong", "Since s = v_1 x_1 - v_2 x_2 + c", ((W,),), _SUM_WRONG),
            ("since-inline-then", r"Since \(s = v_1 x_1 + v_2 x_2 + c\), then \(h = \tanh(s)\).", ((C,), (C,)),
             _SUM + _H),
            ("since-inline-we-have", r"Since $h = \sigma(s)$, we have:", ((W,),), _H_WRONG),
            # a clause opened by a connective word ending the line after its equation: a remark
            ("clause-after", "dE/ds = (h - t) * (1 - h^2) and not the reverse.", ((C,),), _DE_DS),
            ("clause-after-wrong", "dE/ds = (h - t) * (1 - h)^2 and not the reverse.", ((W,),), _DE_DS_WRONG),
            ("clause-after-arrow", r"=> \(\frac{\partial E}{\partial s} = (h - t)(1 - h^2)\) and never the reverse",
             ((C,),), _DE_DS),
            # a line of prose with inline formulas and a display: each formula with a relation a claim
            ("prose-inline-display", r"To differentiate the error by $c$ we use the chain rule: $$\frac{\partial E}"
             r"{\partial c} = \frac{\partial E}{\partial s} \frac{\partial s}{\partial c}$$", ((C,),), _DE_DC),
            ("prose-inline-display-claims", r"Here $h = \tanh(s)$ with $s = v_1 x_1 + v_2 x_2 + c$, so $$\frac{"
             r"\partial E}{\partial s} = (h - t)(1 - h)^2$$", ((C,), (C,), (W,)), _H + _SUM + _DE_DS_WRONG),
            # a parenthesis of words after the formula: a remark, or with a relation a premise judged on its own
            ("aside-remark", "dE/dc = (h - t) * (1 - h^2) (v is left out since it is fixed)", ((C,),), _DE_DC),
            ("aside-premise", "The rule is dE/ds = (h - t) * (1 - h^2) (Given that h = tanh(s)).", ((C,), (C,)),
             _DE_DS + _H),
            ("aside-premise-wrong", "dE/ds = (h - t) * (1 - h^2) (given that h = sigmoid(s))", ((C,), (W,)),
             _DE_DS + _H_WRONG),
            # the transpose's T in a font
            ("transpose-mathsf", r"s = v^\mathsf{T} x + c", ((C,),), _SUM),
            ("transpose-mathrm-wrong", r"s = v^{\mathrm{T}} x - c", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] - b1[0]",)),)),
            ("transpose-text", r"h = \tanh(v^\text{T} x + c)", ((C,),), _H),
            # MathJax's script elements: display and inline delimiters
            ("mathjax-display", '<script type="math/tex; mode=display">\n\\frac{\\partial E}{\\partial c} = '
             '(h - t)(1 - h^2)\n</script>', ((C,),), _DE_DC),
            # HTML's markup: <i>, <b> layout, <sub> and <sup> scripts (nested innermost first)
            ("html-scripts", "<i>h</i> = tanh(<i>v<sub>1</sub></i> x<sub>1</sub> + <b>v<sub>2</sub></b> x<sub>2</sub>"
             " + c)", ((C,),), _H),
            ("html-power-wrong", "dE/ds = (<em>h</em> - t) (1 - <i>h</i><sup>3</sup>)", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*(1 - a1[0]**3)",)),)),
            ("mathjax-inline-wrong", 'The output is <script type="math/tex">h = \\sigma(s)</script> here.', ((W,),),
             _H_WRONG)):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_aside_opening_with_a_condition_is_no_premise():
    """``(for all t = 1)``: a condition, which judged as a claim would be judged everywhere."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "E = (h - t)^2 / 2 (for all t = 1)")


def test_a_mathjax_script_never_closed_is_refused():
    """``<script type="math/tex">`` without its ``</script>``: left as written, and refused in one line."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, '<script type="math/tex">h = \\tanh(s)')


def test_grade_reads_mathjax_scripts_as_delimiters():
    """grade finds the claims of a Jekyll post's script elements, as of ``$$...$$`` and ``$...$``."""
    text = ('Prose.\n<script type="math/tex; mode=display">\nh = \\tanh(s)\n</script>\n'
            'and <script type="math/tex">s = v x + c</script> inline.')
    chains = equations(text).chains
    assert [(" ".join(chain.text.split()), chain.display, chain.line) for chain in chains] == [
        ("h = \\tanh(s)", True, 3), ("s = v x + c", False, 5)]
