"""Batch 140's pages (homework write-ups: Markdown notes and reports, Jekyll posts, a book chapter) showed constructs
refused, written here as other authors would (other names, other networks than the pages'):

- Markdown's escaped inline delimiters ``\\\\( ... \\\\)`` (and ``\\\\[ ... \\\\]``) in a line of prose, which a page
  served through a Markdown processor writes so that MathJax gets ``\\( \\)``: one formula between them (a formula
  wrapped onto the next line too), each span a claim; a lone escaped opener with no escaped closer is read as before;
- an align* line's comment column, ``& z = xW + b & \\text{with W of } n \\times m \\\\`` (``a &= b && \\text{(chain
  rule)}``): words in \\text after a whole equation's alignment mark, a remark as one after \\quad is (an equation in
  its words, ``&& \\text{since } A = B``, a claim of its own); a column after an operand left open stays the formula's;
- a sum along an axis named in words, ``\\text{rowsum}(\\delta)`` (colsum, row_sums): refused, naming both readings
  (each row's sum, R's rowSums; the sum over the rows, a mini-batch's) and the axis to write; np.sum(u, axis=0) read.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import subprocess
import sys

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-2": LOGISTIC_2,
    "sigmoid-2-2-1": SIGMOID_2_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-2-3": SIGMOID_2_3,
}
CHECKS = CaseChecks(NETWORKS)

_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})

# one sigmoid unit under the binary cross-entropy, its names plain
_UNIT = r'''
[notation]
[notation.symbols]
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
'''

# a sigmoid hidden layer, then a sigmoid output: the book chapter's subscripted names, W_2 the output's weight row
_CHAPTER = r'''
[notation]
indices = "j"
loss = ["L"]
[notation.symbols]
"x" = "x[:]"
"z_{1}" = "z1[:]"
"a_{1}" = "a1[:]"
"z_{2}" = "z2[0]"
"a_{2}" = "a2[0]"
"W_{1}" = "W1[:, :]"
"W_{2}" = "W2[:, :]"
"y" = "y[0]"
"\\delta_{2}" = "delta2[0]"
"\\delta_{1}" = "delta1[:]"
'''
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D1 = f"W2[0,{{j}}]*{_D2}*a1[{{j}}]*(1 - a1[{{j}}])"

# an align* block's layer names, superscripted as CS224d's problem sets write them (column vectors here)
_LAYER = r'''
[notation]
indices = "j"
[notation.symbols]
"x" = "x[:]"
"z^{(1)}" = "z1[:]"
"a^{(1)}" = "a1[:]"
"W^{(1)}" = "W1[:, :]"
"b^{(1)}" = "b1[:]"
'''
_Z1 = "W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"

# a mini-batch's rows (a Jekyll post's names transposed): delta the hidden error, one sample here
_ROWS = r'''
[notation]
loss = ["L"]
[notation.symbols]
"X" = "x[:].T"
"\\delta" = "delta1[:].T"
"b" = "b1[:].T"
'''


def _cases() -> list[Public]:
    return [
        # ---- Markdown's escaped \\( ... \\) and \\[ ... \\] in prose -------------------------------------------------
        Public("escaped-inline", "test", "logistic-2", _UNIT,
               r"- The error: \\(\frac{\partial L}{\partial z} = a - y\\), as the cross-entropy gives.", ((C,),),
               (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),)),
        Public("escaped-inline-wrapped", "test", "logistic-2", _UNIT,
               "where \\\\(a\\\\) is the output and \\\\(\\frac{\\partial L}{\\partial z} =\n  a - y\\\\) the error",
               ((C,),), (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),)),
        Public("escaped-inline-two", "test", "logistic-2", _UNIT,
               r"Since \\(a = \sigma(z)\\), we get \\(\frac{\partial L}{\partial z} = a - y\\).", ((C,), (C,)),
               (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)), Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)))),
        Public("escaped-display-in-sentence", "test", "logistic-2", _UNIT,
               r"The error is \\[\frac{\partial L}{\partial z} = a - y\\] for one sample.", ((C,),),
               (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),)),
        Public("escaped-inline-wrong", "test", "logistic-2", _UNIT,
               r"- The error: \\(\frac{\partial L}{\partial z} = a + y\\), as the cross-entropy gives.", ((W,),),
               (Twin("gradient_z", "z1[0]", ("a1[0] + y[0]",)),)),
        Public("escaped-list-item-chain", "test", "sigmoid-2-2-1", _CHAPTER,
               "2. **Hidden error**: \\\\(\\delta_1 = (W_2^T \\delta_2) \\odot\n   \\sigma'(z_1)\\\\) — the output's"
               " error \\\\(\\delta_2\\\\) sent back", ((C,),),
               (Twin("value", _D1, (_D1,), _J2),)),
        Public("escaped-list-item-wrong", "test", "sigmoid-2-2-1", _CHAPTER,
               "1. **Output error**: \\\\(\\delta_2 = \\frac{\\partial L}{\\partial z_2} =\n   (a_2 - y) a_2\\\\) (as"
               " before)", ((C, W),),
               (Twin("value", _D2, (_D2, "(a2[0] - y[0])*a2[0]")),)),
        # ---- an align* line's comment column ---------------------------------------------------------------------
        Public("align-column-shapes", "test", "sigmoid-2-2-2", _LAYER,
               r"& z^{(1)} = W^{(1)}x+b^{(1)} & \text{with dimensions of W of } 2 \times 2 \text{ and b of} 2 \\",
               ((C,),), (Twin("value", "z1[{j}]", (_Z1,), _J2),)),
        Public("align-column-double-mark", "test", "sigmoid-2-2-2", _LAYER,
               r"z^{(1)} &= W^{(1)}x+b^{(1)} && \text{(the hidden sums)} \\", ((C,),),
               (Twin("value", "z1[{j}]", (_Z1,), _J2),)),
        Public("align-column-wrong", "test", "sigmoid-2-2-2", _LAYER,
               r"z^{(1)} &= W^{(1)}x-b^{(1)} & \text{by the definition of a layer} \\", ((W,),),
               (Twin("value", "z1[{j}]", ("W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}]",), _J2),)),
        Public("align-column-since-claim", "test", "logistic-2", _UNIT,
               r"\frac{\partial L}{\partial z} &= a - y && \text{since } \frac{\partial L}{\partial a} = "
               r"\frac{a-y}{a(1-a)}", ((C,), (C,)),
               (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)),
                Twin("value", "(a1[0] - y[0])/(a1[0]*(1 - a1[0]))", ("(a1[0] - y[0])/(a1[0]*(1 - a1[0]))",)))),
        Public("align-block-columns", "test", "logistic-2", _UNIT,
               "\\begin{align*}\n\\frac{\\partial L}{\\partial z} &= a - y & \\text{by the chain rule} \\\\\n"
               "a &= \\sigma(z) & \\text{the output}\n\\end{align*}", ((C,), (C,)),
               (Twin("gradient_z", "z1[0]", ("a1[0] - y[0]",)), Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)))),
        # ---- a sum along an axis: with its axis, read ------------------------------------------------------------
        Public("axis-sum-rows", "test", "sigmoid-2-3", _ROWS, r"$\nabla_{b}=np.sum(\delta, axis=0)$", ((C,),),
               (Twin("gradient", "b1[{j}]", ("(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])",), _J3),)),
        Public("axis-sum-rows-wrong", "test", "sigmoid-2-3", _ROWS, r"$\nabla_{b}=np.sum(X, axis=0)$", ((W,),),
               (Twin("gradient", "b1[{j}]", ("x[0]",), ({"j": 0},)),)),
    ]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(_cases())


def test_an_escaped_opener_without_an_escaped_closer_is_no_escaped_span():
    """\\\\( then a plain \\): TeX's row break then a parenthesis is never taken for Markdown's escape."""
    refusal = CHECKS.refused("logistic-2", _UNIT, r"\frac{\partial L}{\partial z} = a - y \\(a)")
    assert "has nothing to judge after its left side" in refusal


def test_a_words_column_after_an_open_operand_stays_the_formulas():
    """z = W x + & \\text{the bias} b: the mark is inside the equation, no comment column after it."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _LAYER, r"z^{(1)} &= W^{(1)}x + & \text{the bias } b^{(1)}")
    assert "thebias" in refusal


def test_a_sum_along_an_axis_named_in_words_is_refused_naming_both_readings():
    for word in (r"\text{rowsum}", r"\mathrm{colsum}", r"\text{row\_sums}"):
        refusal = CHECKS.refused("sigmoid-2-3", _ROWS, rf"$\nabla_{{b}}={word}(\delta)$")
        assert "names a sum along an axis in words, which reads two ways" in refusal
        assert "np.sum(u, axis=0) for the sum over the rows" in refusal


def test_a_row_of_many_comment_columns_is_read_in_linear_time():
    """Each mark's comment column is tried with what lies before it followed once, and a bounded number of tries."""
    code = ("from backprop.symbolic.typography_rows import drop_remarks\n"
            "drop_remarks('a = b & \\\\text{and} & c = d ' * 8_000)\n"
            "drop_remarks('a = b + & \\\\text{x} ' * 8_000)\n"
            "drop_remarks('\\\\begin{array} a = b & \\\\text{x} ' * 8_000)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
