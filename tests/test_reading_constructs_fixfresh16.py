"""Batch 79's pages showed an update written ``w_{new} = w_{old} - ...`` where the notation names only the old
value's spelling (``"w_{old}"`` = a weight) refused, written here as other authors would (other names, other
networks than the pages'): ``new`` in the script's place of the notation's ``old`` is that weight's new value; and
NumPy's keyword arguments of a sum, ``keepdims=True`` (which changes no value) before or after ``axis=1``, read as
the positional axis. What stays refused: ``new`` where the notation names neither the bare name nor its ``old``
spelling; another keyword than axis and keepdims. Also a chain continued across two displays, ``$$A = B =$$``
then ``$$= C$$`` (``\\[ \\]`` too), as one chain.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# the old value's spelling named, the bare name not: the new value is the same weight's, updated
_OLD_SUBSCRIPT = r'''
[notation]
loss = ["E"]
learning_rate = ["\\alpha"]
[notation.symbols]
"v_{old}" = "W1[0, 1]"
'''
_OLD_SUPERSCRIPT = r'''
[notation]
loss = ["J"]
learning_rate = ["lr"]
[notation.symbols]
"u^{old}" = "W2[1, 0]"
'''

# a vectorized output layer, one sample as a column, m its count
_COLUMNS = r'''
[notation]
indices = "j"
[notation.symbols]
"dZ2_{j}" = "grad(z2[j])"
"db2_{j}" = "grad(b2[j])"
"m" = "1"
'''
_J2 = ({"j": 0}, {"j": 1})
_DELTA = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


_DC = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    return [
        Public("keepdims-before-axis", "test", "sigmoid-2-2-2", _COLUMNS,
               "db2 = 1/m * np.sum(dZ2, keepdims=True, axis=1)", ((C,),), (Twin("gradient", "b2[{j}]", (_DELTA,), _J2),)),
        Public("keepdims-before-axis-wrong", "test", "sigmoid-2-2-2", _COLUMNS,
               "db2 = 2/m * np.sum(dZ2, keepdims = True, axis = 1)", ((W,),),
               (Twin("gradient", "b2[{j}]", (f"2*{_DELTA}",), _J2),)),
        Public("keepdims-after-positional-axis", "test", "sigmoid-2-2-2", _COLUMNS,
               "db2 = np.sum(dZ2, 1, keepdims=True) / m", ((C,),), (Twin("gradient", "b2[{j}]", (_DELTA,), _J2),)),
        Public("chain-across-displays", "test", "tanh-two", TANH_2_1_NOTATION,
               "$$\\frac{\\partial E}{\\partial c} = (h - t) \\frac{\\partial h}{\\partial c} =$$\n\n$$= (h - t)(1 - h^2)$$",
               ((C, C),), (Twin("gradient", "b1[0]", (_DC, _DC)),)),
        Public("chain-across-displays-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "\\[\\frac{\\partial E}{\\partial v_1} = (h - t)(1 - h^2) x_1 =\\]\n\\[= (h - t) h x_1\\]", ((C, W),),
               (Twin("gradient", "W1[0,0]", (f"{_DC}*x[0]", "(a1[0] - y[0])*a1[0]*x[0]")),)),
        Public("method-keepdims-before-axis", "test", "sigmoid-2-2-2", _COLUMNS,
               "db2 = dZ2.sum(keepdims=True, axis=1) / m", ((C,),), (Twin("gradient", "b2[{j}]", (_DELTA,), _J2),)),
        Public("new-beside-old-subscript", "test", "tanh-two", _OLD_SUBSCRIPT,
               r"v_{new} = v_{old} - \alpha \frac{\partial E}{\partial v_{old}}", ((C,),),
               (Twin("update", "W1[0,1]", ("W1[0,1] - eta*grad",)),)),
        Public("new-beside-old-subscript-wrong", "test", "tanh-two", _OLD_SUBSCRIPT,
               r"v_{new} = v_{old} + \alpha \frac{\partial E}{\partial v_{old}}", ((W,),),
               (Twin("update", "W1[0,1]", ("W1[0,1] + eta*grad",)),)),
        Public("new-beside-old-superscript", "test", "sigmoid-2-2-2", _OLD_SUPERSCRIPT,
               r"u^{new} = u^{old} - lr \cdot \frac{\partial J}{\partial u^{old}}", ((C,),),
               (Twin("update", "W2[1,0]", ("W2[1,0] - eta*grad",)),)),
        Public("new-beside-old-superscript-wrong", "test", "sigmoid-2-2-2", _OLD_SUPERSCRIPT,
               r"u^{new} = u^{old} - lr \cdot \frac{\partial J}{\partial u^{old}} \cdot u^{old}", ((W,),),
               (Twin("update", "W2[1,0]", ("W2[1,0] - eta*grad*W2[1,0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_new_where_the_notation_names_neither_spelling_is_refused():
    """``q_{new}`` with only ``v_{old}`` named: q names nothing, new or old."""
    CHECKS.refused("tanh-two", _OLD_SUBSCRIPT, r"q_{new} = v_{old} - \alpha \frac{\partial E}{\partial v_{old}}")


def test_another_keyword_of_a_sum_is_refused_named():
    """``np.sum(u, axis=1, dtype=float)``: check reads a sum's axis and keepdims only, and says which keyword."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _COLUMNS, "db2 = np.sum(dZ2, axis=1, dtype=float) / m")
    assert "the keyword dtype=" in refusal
