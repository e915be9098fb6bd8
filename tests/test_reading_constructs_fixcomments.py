"""Batch 84's MATLAB comment lines (``    % E=-0.5*(d-y)^2``, ``% dE/dW=(dE/dy)*(dy/dW)=-(d-y)*x``) were set aside as
TeX's comments, and batch 82's ``// delta _{j}=...\\sum _{k\\in Children(j)}...`` as prose (``\\in Children`` taken
for two words): written here as other authors would (another network, other names), in each language's comment
mark of comment_marks.COMMENT_MARKS, a formula in a comment is read as Python's ``# dE/dw = ...`` is: MATLAB's and
Octave's ``%`` opening a line (in a formula without LaTeX's markup or delimiters), C's ``//`` and ``/* ... */`` (on one
line or a block of lines with its margin of ``*``), Lua's and Haskell's ``--``. What stays as it was: a ``%`` line
inside a display or beside LaTeX's markup (TeX's comment, never typeset: set aside, as grade's documents set it
aside); a ``%`` after code without a statement's ``;`` (a percentage, a modulo); ``a -- b`` (the minus of a minus,
no comment); a MATLAB statement commented out whose name the notation does not give; a comment's TeX with its
braces unbalanced (refused at the brace, its typo, not at the comment mark).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from backprop.symbolic.comment_marks import COMMENT_MARKS, languages_of
from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"
_SUM = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"


def _case(key: str, text: str, expected: tuple, twin: Twin) -> Public:
    return Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, (twin,))


def _bias(*members: str) -> Twin:
    return Twin("gradient", "b1[0]", members)


def _cases() -> list[Public]:
    return [
        # MATLAB's (Octave's) comment line, spaced or glued, indented as in a function's opening comment
        _case("matlab-comment", "    % dE/dc = (h - t)*(1 - h^2)", ((C,),), _bias(_DC)),
        _case("matlab-comment-wrong", "    % dE/dc = (h - t)*(1 + h^2)", ((W,),),
              _bias("(a1[0] - y[0])*(1 + a1[0]**2)")),
        _case("matlab-comment-glued", "%dE/dv_1 = (h - t)*(1 - h^2)*x_1", ((C,),),
              Twin("gradient", "W1[0,0]", (f"{_DC}*x[0]",))),
        _case("matlab-comment-chain-wrong", "% dE/dc = (dE/dh)*(dh/dc) = (h - t)*h", ((C, W),),
              _bias(_DC, "(a1[0] - y[0])*a1[0]")),
        _case("matlab-loss-wrong", "% E=-0.5*(t-h)^2", ((W,),), Twin("value", "(y[0] - a1[0])**2/2",
                                                                      ("-0.5*(y[0] - a1[0])**2",))),
        # C's, Java's, JavaScript's // and the block /* ... */, on one line or on lines with the block's margin
        _case("c-line-comment", "// dE/dc = (h - t)*(1 - h^2)", ((C,),), _bias(_DC)),
        _case("c-line-comment-wrong", "// dE/dc = (t - h)*(1 - h^2)", ((W,),), _bias("(y[0] - a1[0])*(1 - a1[0]**2)")),
        _case("c-block-comment", "/* dE/dc = (h - t)*(1 - h^2) */", ((C,),), _bias(_DC)),
        _case("c-block-comment-wrong", "/* dE/dc = (h - t)*(1 - h) */", ((W,),), _bias("(a1[0] - y[0])*(1 - a1[0])")),
        _case("c-block-of-lines", "/*\n * dE/dc = (h - t)*(1 - h^2)\n */", ((C,),), _bias(_DC)),
        _case("c-block-after-statement", "s = v_1*x_1 + v_2*x_2 + c; /* the weighted sum */", ((C,),),
              Twin("value", "z1[0]", (_SUM,))),
        # Lua's, Haskell's and SQL's --, on a line of its own or after an assignment before words
        _case("lua-comment", "-- dE/dc = (h - t)*(1 - h^2)", ((C,),), _bias(_DC)),
        _case("lua-comment-wrong", "-- dE/dc = (h - t)*h^2", ((W,),), _bias("(a1[0] - y[0])*a1[0]**2")),
        _case("lua-remark-after-assignment", "s = v_1*x_1 + v_2*x_2 + c -- the weighted sum", ((C,),),
              Twin("value", "z1[0]", (_SUM,))),
        _case("lua-remark-after-assignment-wrong", "s = v_1*x_1 + v_2*x_2 - c -- the weighted sum", ((W,),),
              Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] - b1[0]",))),
        # a -- b is the minus of a minus, never a comment
        _case("minus-of-a-minus", "s = v_1*x_1 + v_2*x_2 -- c", ((C,),),
              Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1] - -b1[0]",))),
        # inside a display, a % line is TeX's comment whatever it holds: the wrong step taken out is no claim
        _case("tex-comment-in-display", "$$\n% E = (h - t)^2\nE = 0.5*(h - t)^2\n$$", ((C,),),
              Twin("value", "(y[0] - a1[0])**2/2", ("0.5*(a1[0] - y[0])**2",))),
        _case("tex-comment-beside-markup", "E = \\frac{1}{2}(h - t)^2\n% E = (h - t)^2", ((C,),),
              Twin("value", "(y[0] - a1[0])**2/2", ("(a1[0] - y[0])**2/2",))),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_matlab_statement_commented_out_whose_name_is_not_given_stays_set_aside():
    """``% q = (h - t)*(1 - h^2);``: code the author took out, q a name the notation does not give: nothing to
    judge (homework.uncommented_statements reads such a line where the notation gives its name); beside a claim, the
    claim alone is judged."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "% q = (h - t)*(1 - h^2);")
    assert "holds nothing to judge" in refusal
    case = _case("beside", "%q = (h - t)*h;\n% dE/dc = (h - t)*(1 - h^2)", ((C,),), _bias(_DC))
    assert CHECKS.verdicts(case) == ((C,),)


def test_a_percent_after_code_is_no_comment():
    """``dE/dc = (h - t)*(1 - h^2) % 2``: no statement's ``;`` before the ``%``, so it is no MATLAB comment (a
    modulo or a percentage): refused, never read as the formula before it."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "dE/dc = (h - t)*(1 - h^2) % 2")


def test_a_comments_tex_with_an_unbalanced_brace_is_refused_at_the_brace():
    """Batch 82's copy of Wikipedia's rule in a C++ comment, its closing brace kept: refused at that brace, the
    typo, not set aside as prose (``\\in Children`` is a command and a name, no two words)."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                             "// \\delta _{j}=o_{j}(1-o_{j})\\sum _{k\\in Children(j)}\\delta _{k}w_{j,k}}.")
    assert "unexpected at '}'" in refusal


def test_the_table_names_each_marks_languages():
    """One table: each mark once, with the languages that write it (% MATLAB's and TeX's, -- Lua's)."""
    assert len({mark.opener for mark in COMMENT_MARKS}) == len(COMMENT_MARKS)
    assert "MATLAB" in languages_of("%") and "TeX" in languages_of("%")
    assert "Lua" in languages_of("--") and "C" in languages_of("/*") and "Python" in languages_of("#")


def test_grade_sets_a_displays_percent_line_aside_as_check_does():
    """grade's document reader: a ``%`` line inside a display is TeX's comment (no chain of its own), and MATLAB's
    comment in a code block is code, never a claim (a document's claims are its mathematics)."""
    scan = equations("Loss:\n\n$$\n% E = (h - t)^2\nE = \\frac{1}{2}(h - t)^2\n$$\n\n"
                     "```matlab\n% dE/dc = (h - t)*(1 + h^2)\n```\n")
    assert [chain.members for chain in scan.chains] == [["E", "\\frac{1}{2}(h - t)^2"]]
