"""Batch 116's pages showed two general constructs refused, written here as other authors would (other names, other
networks than the pages'):

- a code array whose name ends in a digit, indexed in the line (Kotlin's ``weights2[i]``, ``weights1[i][j]``,
  ``bias1[i]``; Java's ``wOut2[k][j]``): a notation pattern written so, ``"weights2[i]" = "W2[0, i]"``, is the name
  weights2 with code's index (the loader refused it as "not one symbol"), and a notation that names the array whole,
  ``"weights2" = "W2[0, :]"`` (read weights with the subscript 2), gives a formula's ``weights2[i]`` its entry i (and
  ``weights1[i][j]`` its entry i, j, where the name is none of the spec's: the spec's ``W1[2, 1]`` stays the spec's);
- LaTeX written in a code comment without delimiters, Lua's ``-- w^l \\rightarrow w^l - \\frac{\\eta}{m} ...`` (or after
  ``#``, ``//``): a comment on a line of its own whose text is an update with LaTeX's arrow is that update, as one
  holding an equation is; a text that is only comments with prose in them is refused, naming the comment.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# Java's arrays named whole, each with its layer's digit (wOut2[k][j] from hidden j to output k)
_WHOLE = r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
[notation.symbols]
"wOut2" = "W2[:, :]"
"bOut2" = "b2[:]"
"hid1" = "a1[:]"
"outDelta" = "delta2[:]"
'''
# the same arrays as patterns with code's indices
_PATTERNS = r'''
[notation]
indices = "jk"
learning_rate = ["lr"]
[notation.symbols]
"wOut2[k][j]" = "W2[k, j]"
"bOut2[k]" = "b2[k]"
"hid1[j]" = "a1[j]"
"outDelta[k]" = "delta2[k]"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_K2 = tuple({"k": k} for k in range(2))

# Nielsen's notation in a code's comments (layers counted from 1, the input)
_NIELSEN = r'''
[notation]
indices = "l"
[notation.symbols]
"w^{l}" = "W{l-1}[:, :]"
"b^{l}" = "b{l-1}[:]"
"a^{l}" = "a{l-1}[:]"
"a^{1}" = "x[:]"
"\\delta^{l}" = "delta{l-1}[:]"
'''
_D1 = "(" + " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2)) \
    + ")*a1[{j}]*(1 - a1[{j}])"


def _weight_steps(sign: str = "-") -> tuple:
    rows = [{"p": f"W1[{j},{i}]", "m": f"W1[{j},{i}] {sign} eta*{_D1.format(j=j)}*x[{i}]"}
            for j in range(2) for i in range(2)]
    rows += [{"p": f"W2[{k},{j}]", "m": f"W2[{k},{j}] {sign} eta*{_D2.format(k=k)}*a1[{j}]"}
             for k in range(2) for j in range(2)]
    return tuple(rows)


def _bias_steps(sign: str = "-") -> tuple:
    return tuple({"p": f"b1[{j}]", "m": f"b1[{j}] {sign} eta*{_D1.format(j=j)}"} for j in range(2)) + \
        tuple({"p": f"b2[{k}]", "m": f"b2[{k}] {sign} eta*{_D2.format(k=k)}"} for k in range(2))


def _cases() -> list[Public]:
    weight = (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}*a1[{{j}}]",), _K2J3),)
    weight_wrong = (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] + eta*{_D2}*a1[{{j}}]",), _K2J3),)
    bias = (Twin("update", "b2[{k}]", (f"b2[{{k}}] - eta*{_D2}",), _K2),)
    return [
        # ---- arrays named with a trailing digit ---------------------------------------------------------------
        Public("digit-array-whole", "test", "sigmoid-2-3-2", _WHOLE,
               "            wOut2[k][j] -= lr * outDelta[k] * hid1[j];", ((C,),), weight),
        Public("digit-array-whole-wrong", "test", "sigmoid-2-3-2", _WHOLE,
               "wOut2[k][j] += lr * outDelta[k] * hid1[j]", ((W,),), weight_wrong),
        Public("digit-array-whole-one-index", "test", "sigmoid-2-3-2", _WHOLE, "bOut2[k] -= lr * outDelta[k]",
               ((C,),), bias),
        Public("digit-array-pattern", "test", "sigmoid-2-3-2", _PATTERNS,
               "wOut2[k][j] = wOut2[k][j] - lr * outDelta[k] * hid1[j]", ((C,),), weight),
        Public("digit-array-pattern-wrong", "test", "sigmoid-2-3-2", _PATTERNS,
               "wOut2[k][j] = wOut2[k][j] - lr * outDelta[k]", ((W,),),
               (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_D2}",), _K2J3),)),
        Public("digit-array-pattern-bias", "test", "sigmoid-2-3-2", _PATTERNS, "bOut2[k] -= lr * outDelta[k]",
               ((C,),), bias),
        # ---- LaTeX in a code comment ---------------------------------------------------------------------------
        Public("comment-latex-update", "test", "sigmoid-2-2-2", _NIELSEN,
               "    -- w^l \\rightarrow w^l - \\eta \\delta^{l} ( a^{l-1} )^T", ((C,),),
               (Twin("update", "{p}", ("{m}",), _weight_steps()),)),
        Public("comment-latex-update-hash", "test", "sigmoid-2-2-2", _NIELSEN,
               "# b^l \\to b^l - \\eta \\delta^{l}", ((C,),), (Twin("update", "{p}", ("{m}",), _bias_steps()),)),
        Public("comment-latex-update-slashes-wrong", "test", "sigmoid-2-2-2", _NIELSEN,
               "// b^l \\rightarrow b^l + \\eta \\delta^{l}", ((W,),),
               (Twin("update", "{p}", ("{m}",), _bias_steps("+")),)),
        Public("comment-latex-update-labelled", "test", "sigmoid-2-2-2", _NIELSEN,
               "-- update: w^l \\rightarrow w^l - \\eta \\delta^{l} ( a^{l-1} )^T", ((C,),),
               (Twin("update", "{p}", ("{m}",), _weight_steps()),)),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_pattern_of_a_digit_array_with_its_index_loads_as_one_name():
    notation = notation_from_table(tomllib.loads(_PATTERNS)["notation"], "<test>")
    assert {pattern.base for pattern in notation.patterns} >= {"wOut2", "bOut2", "hid1"}


def test_the_spec_matrix_keeps_its_two_indices():
    """``W2[1, 0]`` where the notation names ``"W2"`` a row: the spec's W2 entry, never the notation's row."""
    notation = '[notation]\n[notation.symbols]\n"W2" = "W2[0, :]"\n'
    right = Public("spec-two-indices", "test", "sigmoid-2-3-2", notation, "z2[1] = W2[1, 0]*a1[0] + W2[1, 1]*a1[1]"
                   " + W2[1, 2]*a1[2] + b2[1]")
    wrong = Public("spec-two-indices", "test", "sigmoid-2-3-2", notation, "z2[1] = W2[0, 1]*a1[0] + W2[1, 1]*a1[1]"
                   " + W2[1, 2]*a1[2] + b2[1]")
    assert (CHECKS.verdicts(right), CHECKS.verdicts(wrong)) == ((("correct",),), (("wrong",),))


def test_an_index_past_a_digit_array_is_refused():
    """``wOut2[k][j]`` with ``"wOut2" = "W2[0, :]"``, a row: it has no second index."""
    notation = _WHOLE.replace('"wOut2" = "W2[:, :]"', '"wOut2" = "W2[0, :]"')
    CHECKS.refused("sigmoid-2-3-2", notation, "wOut2[k][j] -= lr * outDelta[k] * hid1[j]")


def test_a_comment_of_prose_around_latex_is_refused_naming_the_comment():
    refusal = CHECKS.refused("sigmoid-2-2-2", _NIELSEN,
                             "  -- compute the error \\delta^{l} = (w^{l+1})^T \\delta^{l+1} \\odot \\sigma'(z^l)")
    assert "is only a comment (after --) holding LaTeX that is no formula check reads: words around it" in refusal


def test_a_tex_comment_holding_latex_stays_dropped_and_is_named():
    """``%`` before LaTeX is TeX's comment as much as MATLAB's: what TeX never typesets is no claim."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _NIELSEN, "% b^l \\rightarrow b^l - \\eta \\delta^{l}")
    assert "is only a comment (after %) holding LaTeX that is no formula check reads, TeX's comment" in refusal


def test_a_plain_arrow_in_a_comment_stays_a_remark():
    """``# \\delta^l -> \\delta^l``: a plain arrow, no LaTeX's \\rightarrow, is a remark in a comment, never an update."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _NIELSEN, "# \\delta^l -> \\delta^l")
    assert "is only a comment (after #)" in refusal
