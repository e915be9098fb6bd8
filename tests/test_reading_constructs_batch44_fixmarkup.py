"""Batch 44 of the public formulas (Reed and Marks' equations in a README's HTML) showed two constructs refused,
each written here as another author would (other names, another network than the page's): a fraction typeset in
HTML as a superscript over a subscript, ``<sup>∂E</sup>/<sub>∂w</sub>`` (the slash also ``&frasl;`` or U+2044),
and the sum written as a capitalised word over its index, ``SUM_k [...]``, ``Sum_{k}``; and Nielsen's notes showed
``\\delta_{k+1}`` (k a layer letter of the notation's subscripts) read as an update's step. What stays refused: a
superscript after a name before the slash (a power, then a subscript of nothing), a superscript with nothing
before it and no subscript after, ``SUM`` with no subscript, a step (``e_{t+1}``) of a quantity that is no
parameter, in one line, and an outer product of columns where the left side is a number (the message saying how
row vectors are given: the spec's meaning with ``.T``, with which ``-q log p^T`` of rows reads).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3, TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"tanh-sigmoid": TANH_2_2_SIGMOID_2, "softmax": SOFTMAX_2_3})

# a two-layer network's letters fixed by role (literal, as Reed and Marks fix theirs): k the output units, j the
# hidden units, i the inputs; s a unit's sum, o its output, v the weights, t the target, epsilon = dE/ds, g' the
# unit's slope
_ROLES = r'''
[notation]
indices = "q"
loss = ["E"]
[notation.symbols]
"s_{k}" = "z2[k]"
"s_{j}" = "z1[j]"
"o_{k}" = "a2[k]"
"o_{j}" = "a1[j]"
"o_{i}" = "x[i]"
"t_{k}" = "y[k]"
"v_{kj}" = "W2[k, j]"
"v_{ji}" = "W1[j, i]"
"\\epsilon_{k}" = "grad(z2[k])"
"\\epsilon_{j}" = "grad(z1[j])"
"g'_{k}" = "a2[k]*(1 - a2[k])"
"g'_{j}" = "1 - a1[j]**2"
'''

# layers counted from the input (layer 0) and written as a subscript, k a layer letter (bold vectors of a layer, as
# Nielsen's notes write them, counted as symbols.md counts): k + 1 is the next layer, never an update's step
_LAYERS = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"W_{k}" = "W{k}[:, :]"
"z_{k}" = "z{k}[:]"
"a_{k}" = "a{k}[:]"
"a_{0}" = "x[:]"
"e_{k}" = "grad(z{k}[:])"
"t" = "y[:]"
'''

# a page whose vectors are rows (the spec's meaning with .T): p the softmax's outputs, q the one-hot label, L the
# cross-entropy; and the same letters as columns
_ROWS = r'''
[notation]
loss = ["L"]
[notation.symbols]
"p" = "a1[:].T"
"q" = "t[:].T"
'''
_COLUMNS = _ROWS.replace(".T", "")
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"

_J = tuple({"j": j} for j in range(2))
_JI = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
_KJ = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_EK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
_EJ = f"{_BACK}*(1 - a1[{{j}}]**2)"
_HALF = "((a2[0] - y[0])**2 + (a2[1] - y[1])**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # HTML's fraction: a superscript over a subscript, the slash /, &frasl; or U+2044
            ("html-fraction-chain", "<i>ε<sub>j</sub></i> = <sup>∂E</sup> / <sub>∂s<sub>j</sub></sub> = "
             "<sup>∂E</sup>&frasl;<sub>∂o<sub>j</sub></sub> <sup>∂o<sub>j</sub></sup>\u2044"
             "<sub>∂s<sub>j</sub></sub>",
             ((C, C),), (Twin("gradient_z", "z1[{j}]", (_EJ, _EJ), _J),)),
            ("html-fraction-gradient", "<i><sup>∂E</sup></i>/<i><sub>∂v<sub>ji</sub></sub></i> = <i>ε<sub>j</sub> "
             "o<sub>i</sub></i>", ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_EJ}*x[{{i}}]",), _JI),)),
            ("html-fraction-gradient-wrong", "<sup>∂E</sup>/<sub>∂v<sub>kj</sub></sub> = - ε<sub>k</sub> "
             "o<sub>j</sub>", ((W,),), (Twin("gradient", "W2[{k},{j}]", (f"-{_EK}*a1[{{j}}]",), _KJ),)),
            ("html-fraction-number", "E = <sup>1</sup>&frasl;<sub>2</sub> <b>SUM</b><sub>k</sub> [(t<sub>k</sub> - "
             "o<sub>k</sub>)<sup>2</sup>]", ((C,),),
             (Twin("value", f"{_HALF}/2", (f"{_HALF}/2",)),)),
            ("html-fraction-number-wrong", "E = <sup>1</sup>\u2044<sub>4</sub> <b>SUM</b><sub>k</sub> "
             "[(t<sub>k</sub> - o<sub>k</sub>)<sup>2</sup>]", ((W,),),
             (Twin("value", f"{_HALF}/2", (f"{_HALF}/4",)),)),
            # the sum's word capitalised over its index letter, its term in brackets
            ("sum-word-capitals", "ε_j = g'_j * SUM_k [ v_{kj} ε_k ]", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_EJ,), _J),)),
            ("sum-word-capitalised", "ε_j = g'_j Sum_{k} [v_{kj} ε_k]", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_EJ,), _J),)),
            ("sum-word-html", "<i>ε<sub>j</sub></i> = <i>g '<sub>j</sub></i> * <b>SUM</b> <i><sub>k</sub></i> "
             "[ <i>v<sub>kj</sub> ε<sub>k</sub></i> ]", ((C,),), (Twin("gradient_z", "z1[{j}]", (_EJ,), _J),)),
            ("sum-word-wrong", "ε_j = SUM_k [ v_{kj} ε_k ]", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK,), _J),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _ROLES, text, expected, twins))
    for key, text, expected, twins in (
            # k + 1 in a layer's subscript, where the notation writes layers there: the next layer (judged at every
            # k where every name exists, here k = 1)
            ("next-layer-subscript", r"$\mathbf{e}_k = \left( W_{k+1}^\mathsf{T} \mathbf{e}_{k+1} \right) \odot "
             r"(1 - \mathbf{a}_k \odot \mathbf{a}_k)$", ((C,),), (Twin("gradient_z", "z1[{j}]", (_EJ,), _J),)),
            ("next-layer-subscript-wrong", r"$\mathbf{e}_k = \left( W_{k+1}^T \mathbf{e}_{k+1} \right) \odot "
             r"(1 - \mathbf{a}_{k+1} \odot \mathbf{a}_{k+1})$", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (f"{_BACK}*(1 - a2[{{j}}]**2)",), _J),))):
        cases.append(Public(key, "test", "tanh-sigmoid", _LAYERS, text, expected, twins))
    for key, text, expected, twins in (
            # rows: a row times a transposed row is their inner product
            ("row-vectors-inner", r"L = -\mathbf q \log \mathbf p^\top", ((C,),), (Twin("value", _CE, (_CE,)),)),
            ("row-vectors-inner-wrong", r"L = -\mathbf q \log (1 - \mathbf p)^\top", ((W,),),
             (Twin("value", _CE, ("-(t[0]*log(1 - a1[0]) + t[1]*log(1 - a1[1]) + t[2]*log(1 - a1[2]))",)),))):
        cases.append(Public(key, "test", "softmax", _ROWS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_power_before_a_slash_and_a_subscript_is_no_fraction():
    """``o<sub>k</sub><sup>2</sup>/<sub>2</sub>``: the superscript is o_k's power, and a subscript of nothing is
    refused."""
    CHECKS.refused("tanh-sigmoid", _ROLES, "E = SUM_k [(o<sub>k</sub> - t<sub>k</sub>)<sup>2</sup>/<sub>2</sub>]")
    CHECKS.refused("tanh-sigmoid", _ROLES, "E = SUM_k [o<sub>k</sub><sup>2</sup>/<sub>2</sub>]")


def test_a_superscript_with_nothing_before_it_is_refused():
    """``<sup>∂E</sup> / ∂s``: a superscript with no subscript after the slash is no fraction."""
    CHECKS.refused("tanh-sigmoid", _ROLES, "ε_j = <sup>∂E</sup> / ∂s<sub>j</sub>")


def test_a_capitalised_sum_word_without_its_index_is_refused():
    """``SUM [ ... ]``: the capitalised word is the sum only before its index's subscript."""
    CHECKS.refused("tanh-sigmoid", _ROLES, "ε_j = g'_j * SUM [ v_{kj} ε_k ]")


def test_a_step_of_a_quantity_that_is_no_parameter_is_refused_in_one_line():
    """``e_{t+1}``: t is no layer letter, so t + 1 is an update's step, and e (an error, no parameter) has none."""
    message = CHECKS.refused("tanh-sigmoid", _LAYERS, r"$\mathbf{e}_1 = \mathbf{e}_{t+1}$")
    assert "e is not a parameter, so it has no new or old value" in message


def test_an_outer_product_where_a_number_belongs_says_how_to_write_rows():
    """``-q log p^T`` of two columns is a 3 x 3 outer product where the loss is a number: refused, saying how a page
    whose vectors are rows is written in the notation."""
    message = CHECKS.refused("softmax", _COLUMNS, r"L = -\mathbf q \log \mathbf p^\top")
    assert "is a vector or matrix where the left side is a number (3 x 3)" in message
    assert "give them as rows in the notation (a meaning with .T" in message


def test_a_primed_function_with_a_unit_subscript_is_refused_saying_how_to_write_it():
    """``g'_j`` where the notation names g a function (not the slope ``g'_{j}``): which input it is taken at is
    the page's convention, so it is refused in one line, saying to write ``g'(...)`` at the unit."""
    roles = _ROLES.replace('"g\'_{k}" = "a2[k]*(1 - a2[k])"\n"g\'_{j}" = "1 - a1[j]**2"\n', "").replace(
        'loss = ["E"]', 'loss = ["E"]\nfunctions = { g = "tanh" }')
    message = CHECKS.refused("tanh-sigmoid", roles, "ε_j = g'_j * SUM_k [ v_{kj} ε_k ]")
    assert "write g'(...) at the unit" in message
