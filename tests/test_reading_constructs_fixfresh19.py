"""Batch 83's blind run showed these refused or misread, written here as other authors would (other names, other
networks than the pages'): a formula in a code comment after a statement that claims nothing, ``print(v.grad)  #
dE/dv_1 = ...``, is the line's claim; a rule's range after ``where``, its source broken over lines (``\\hspace{35pt}
where \\hspace{10pt} 1 \\le l \\le L``), is the rule's range as after ", for"; KaTeX's three copies of a formula on one
line (the spaced rendering, the TeX source, the rendering glued) read once, as the source; a markup-free formula
given twice and glued (``h=tanh(s)h=tanh(s)``) read once; a row-convention product, ``D2 · W2^T * (1 - A1**2)``
with W2 input-first for a layer of one unit (a matrix of one column, no vector to write as a row), read as the
rows' product where only it fits; a Markdown link as a function's name inside \\text,
``\\text{[tanh](activations.md)}(s)``, the link's text. What stays refused: a comment in prose after a statement; a
doubled copy running a number into the next formula's name
(``...=1h=tanh(s)``), where the flattening lost the break between two formulas.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
    "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1,
}
CHECKS = CaseChecks(NETWORKS)

# layers by l in parentheses above, units by i below: a^{(l)}_i the output of unit i of layer l
_LAYERS = r'''
[notation]
indices = "il"
[notation.symbols]
"a_{i}^{(l)}" = "a{l}[i]"
"z_{i}^{(l)}" = "z{l}[i]"
'''
_IL = tuple({"l": layer, "i": unit} for layer, units in ((1, 3), (2, 2)) for unit in range(units))
_DADZ = "sigmoid(z{l}[{i}])*(1 - sigmoid(z{l}[{i}]))"

# code's names with samples as rows: W2 input-first (hidden x outputs, one column for the one output), D2 and D1
# the layers' error terms
_ROWS = r'''
[notation.symbols]
"W2" = "W2[:, :].T"
"A1" = "a1[:]"
"D2" = "grad(z2[:])"
"D1" = "grad(z1[:])"
'''
_J2 = ({"j": 0}, {"j": 1})
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"
_RULE = r"\frac{\partial a^{(l)}_{i}}{\partial z^{(l)}_{i}} = "


def _cases() -> list[Public]:
    return [
        Public("comment-after-print", "test", "tanh-two", TANH_2_1_NOTATION,
               "print(v1.grad)  # ∂E/∂v_1 = (h - t)(1 - h^2) x_1", ((C,),),
               (Twin("gradient", "W1[0,0]", (f"{_DC}*x[0]",)),)),
        Public("comment-after-print-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "print(v1.grad)  # ∂E/∂v_1 = (h - t) h x_1", ((W,),),
               (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*a1[0]*x[0]",)),)),
        Public("where-range-broken-lines", "test", "sigmoid-2-3-2", _LAYERS,
               "$$\n\\begin{align*}\n    " + _RULE + "a^{(l)}_{i} (1 - a^{(l)}_{i})\n    \\hspace{20pt}\n    where\n"
               "    \\hspace{5pt}\n    1 \\le l \\le L\n\\end{align*}\n$$", ((C,),),
               (Twin("value", _DADZ, ("a{l}[{i}]*(1 - a{l}[{i}])",), _IL),)),
        Public("where-range-broken-lines-wrong", "test", "sigmoid-2-3-2", _LAYERS,
               "$$\n\\begin{align*}\n    " + _RULE + "a^{(l)}_{i} (1 + a^{(l)}_{i})\n    \\hspace{20pt}\n    where\n"
               "    \\hspace{5pt}\n    1 \\le l \\le L\n\\end{align*}\n$$", ((W,),),
               (Twin("value", _DADZ, ("a{l}[{i}]*(1 + a{l}[{i}])",), _IL),)),
        Public("katex-three-copies", "test", "tanh-two", TANH_2_1_NOTATION,
               "h = tanh ( s ) h = \\tanh(s) h=tanh(s)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("katex-three-copies-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "h = tanh ( c ) h = \\tanh(c) h=tanh(c)", ((W,),), (Twin("value", "a1[0]", ("tanh(b1[0])",)),)),
        Public("doubled-rendering", "test", "tanh-two", TANH_2_1_NOTATION,
               "  • h=tanh(s)h=tanh(s)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("doubled-rendering-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "Then:h=tanh(c)h=tanh(c)", ((W,),), (Twin("value", "a1[0]", ("tanh(b1[0])",)),)),
        Public("row-times-one-unit-matrix", "test", "tanh-2-2-sigmoid-1", _ROWS,
               "D1 = D2 · W2^T * (1 - A1**2)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_D2 + "*W2[0,{j}]*(1 - a1[{j}]**2)",), _J2),)),
        Public("row-times-one-unit-matrix-wrong", "test", "tanh-2-2-sigmoid-1", _ROWS,
               "D1 = D2 · W2^T * A1", ((W,),), (Twin("gradient_z", "z1[{j}]", (_D2 + "*W2[0,{j}]*a1[{j}]",), _J2),)),
        Public("np-dot-row-one-unit-matrix", "test", "tanh-2-2-sigmoid-1", _ROWS,
               "D1 = np.dot(D2, W2.T) * (1 - A1**2)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_D2 + "*W2[0,{j}]*(1 - a1[{j}]**2)",), _J2),)),
        Public("markdown-link-in-text", "test", "tanh-two", TANH_2_1_NOTATION,
               r"\[ h = \text{[tanh](activations.md)}(s) \]", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
        Public("markdown-link-in-text-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               r"\[ h = \text{[tanh](activations.md)}(c) \]", ((W,),), (Twin("value", "a1[0]", ("tanh(b1[0])",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_comment_in_prose_after_a_statement_is_no_claim():
    """``print(v1.grad)  # here the gradient is dE/dv_1 = ...``: words around the equation, a remark; the
    statement alone claims nothing."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "print(v1.grad)  # here the gradient is ∂E/∂v_1 = (h - t) x_1")


def test_a_doubled_copy_running_a_number_into_a_name_is_refused():
    """``s=0.5×2=1h=tanh(s)=0.76`` twice: 1h is the end of one formula and the start of the next, or a product."""
    refusal = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "Then:s=0.5×2=1h=tanh(s)=0.76s=0.5×2=1h=tanh(s)=0.76")
    assert "'1h='" in refusal
