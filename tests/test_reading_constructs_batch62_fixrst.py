"""The pages of batch 62 of the public formulas showed reStructuredText's math refused, each construct written here
as another author would (other names, other networks than the pages'): Sphinx's and docutils' ``.. math::``
directive (its formula on the directive's line, or indented in the block after it, several formulas separated by
blank lines, its options such as ``:label:`` skipped) and the inline role ``:math:`...```, with an updated weight
written with a superscript plus, ``v_1^+``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from backprop.grading.runner import submissions_in
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_DV1 = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # reStructuredText: the directive's argument is its formula
            ("rst-directive-line", r".. math:: h = \tanh(s)", ((C,),), _H),
            ("rst-directive-line-wrong", r".. math:: h = \sigma(s)", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            # the indented block after it, an option first, two formulas separated by a blank line
            ("rst-directive-block", "The unit:\n\n.. math::\n   :label: unit\n\n   s = v_1 x_1 + v_2 x_2 + c\n\n"
             "   h = \\tanh(s)\n", ((C,), (C,)), (Twin("value", "z1[0]", (_S,)),) + _H),
            ("rst-directive-block-wrong", ".. math::\n\n   s = v_1 x_1 + c\n\n   h = \\tanh(s)", ((W,), (C,)),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),) + _H),
            # one formula over two indented lines
            ("rst-directive-two-lines", ".. math::\n\n    \\frac{\\partial E}{\\partial v_1} =\n"
             "      (h - t)(1 - h^2) x_1", ((C,),), (Twin("gradient", "W1[0,0]", (_DV1,)),)),
            # the inline role inside a sentence
            ("rst-role", r"The output is :math:`h = \tanh(s)` for every input.", ((C,),), _H),
            ("rst-role-wrong", r"The output is :math:`h = \tanh(2 s)` for every input.", ((W,),),
             (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
            # the updated weight written with a superscript plus
            ("rst-plus-update", r".. math:: v_1^+ = v_1 - \eta \frac{\partial E}{\partial v_1}", ((C,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),)),
            ("rst-plus-update-wrong", r".. math:: v_1^+ = v_1 + \eta \frac{\partial E}{\partial v_1}", ((W,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_grade_finds_restructured_texts_formulas_on_their_lines():
    """grade reads a reStructuredText submission's directive (its option skipped, its two formulas) and role, each
    chain on the line the author wrote it."""
    scan = equations("Intro\n\n.. math::\n   :label: unit\n\n   s = v_1 x_1 + c\n\n   h = \\tanh(s)\n\n"
                     "Then :math:`y = 2 h` here.\n")
    assert [(chain.line, chain.members, chain.display) for chain in scan.chains] == [
        (6, ["s", "v_1 x_1 + c"], True), (8, ["h", "\\tanh(s)"], True), (10, ["y", "2 h"], False)]
    assert scan.problems == []


def test_a_folder_of_restructured_text_submissions_is_graded(tmp_path):
    """a folder's .rst files are submissions, as its .md and .tex files are."""
    (tmp_path / "ada.rst").write_text(".. math:: h = \\tanh(s)\n", encoding="utf-8")
    (tmp_path / "notes.py").write_text("h = 1\n", encoding="utf-8")
    assert submissions_in([str(tmp_path)]) == [tmp_path / "ada.rst"]
