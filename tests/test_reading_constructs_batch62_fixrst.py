r"""The pages of batch 62 of the public formulas showed reStructuredText's math refused, each construct written here
as another author would (other names, other networks than the pages'): Sphinx's and docutils' ``.. math::``
directive (its formula on the directive's line, or indented in the block after it, several formulas separated by
blank lines, its options such as ``:label:`` skipped) and the inline role ``:math:`...```, with an updated weight
written with a superscript plus, ``v_1^+``; a lower-case ``^t`` (``^{t}``) for the transpose where the notation gives t
no other meaning (refused where t is an index, a layer letter or a name); and the typography of copies: \mathit around
a sum's index and its set named by a word (``\sum_{\mathit{k \in \text{outputs}}}``), MATLAB's ``.*`` copied as
``.∗`` (U+2217), and a list item's ``*`` glued to a name and its relation (``*dE/dv_1 = ...``; italics stay).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from backprop.grading.runner import submissions_in
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_DV1 = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"

# SIGMOID_2_3_2's layers as vectors and matrices: h_l the outputs, V_l the weights, e_l the errors dE/dz
_VECTORS = r'''
[notation]
indices = "l"
loss = ["E"]
[notation.symbols]
"x" = "x[:]"
"h_{l}" = "a{l}[:]"
"V_{l}" = "W{l}[:, :]"
"e_{l}" = "grad(z{l}[:])"
"y" = "y[:]"
'''
_JK23 = tuple({"j": j, "k": k} for j in range(2) for k in range(3))
_KI32 = tuple({"k": k, "i": i} for k in range(3) for i in range(2))
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_D2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_UNITS = r'''
[notation]
indices = "jk"
[notation.symbols]
"h_{j}" = "a1[j-1]"
"u_{kj}" = "W2[k-1, j-1]"
"e_{k}" = "grad(z2[k-1])"
"g_{j}" = "grad(z1[j-1])"
'''
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_BACK_J = "(W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{j}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"
_BACK = "(W2[0,{k}]*(a2[0] - y[0])*a2[0]*(1 - a2[0]) + W2[1,{k}]*(a2[1] - y[1])*a2[1]*(1 - a2[1]))"


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
            # a list item's asterisk glued to the formula, a copy's lost space
            ("glued-list-star", "    *dE/dv_1 = (h - t) * (1 - h^2) * x_1", ((C,),),
             (Twin("gradient", "W1[0,0]", (_DV1,)),)),
            ("glued-list-star-wrong", "    *dE/dv_1 = (h - t) * x_1", ((W,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),)),
            ("rst-plus-update-wrong", r".. math:: v_1^+ = v_1 + \eta \frac{\partial E}{\partial v_1}", ((W,),),
             (Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # ^t for the transpose, on a bold vector and on a matrix, braced or not
            ("t-transpose-vector", r"$\frac{\partial E}{\partial V_2} = \mathbf{e_2} \mathbf{h_1}^t$", ((C,),),
             (Twin("gradient", "W2[{j},{k}]", (_D2 + "*a1[{k}]",), _JK23),)),
            ("t-transpose-braced", r"$\frac{\partial E}{\partial V_1} = e_1 x^{t}$", ((C,),),
             (Twin("gradient", "W1[{k},{i}]", (_BACK + "*a1[{k}]*(1 - a1[{k}])*x[{i}]",), _KI32),)),
            ("t-transpose-matrix", r"$e_1 = (V_2^t e_2) \odot h_1 \odot (1 - h_1)$", ((C,),),
             (Twin("gradient_z", "z1[{k}]", (_BACK + "*a1[{k}]*(1 - a1[{k}])",), _K3),)),
            ("t-transpose-matrix-wrong", r"$e_1 = (V_2^t e_2) \odot h_1$", ((W,),),
             (Twin("gradient_z", "z1[{k}]", (_BACK + "*a1[{k}]",), _K3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _VECTORS, text, expected, twins))
    for key, text, expected, twins in (
            # MATLAB's entrywise product copied from rendered math, .∗ (U+2217)
            ("asterisk-operator", "e1 = (V2^T e2) .\u2217 h1 .\u2217 (1 - h1)", ((C,),),
             (Twin("gradient_z", "z1[{k}]", (_BACK + "*a1[{k}]*(1 - a1[{k}])",), _K3),)),
            ("asterisk-operator-wrong", "e1 = (V2^T e2) .\u2217 h1", ((W,),),
             (Twin("gradient_z", "z1[{k}]", (_BACK + "*a1[{k}]",), _K3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _VECTORS, text, expected, twins))
    for key, text, expected, twins in (
            # \mathit around a sum's index and its set, the set named by a word
            ("italic-sum-index", r"$g_j = h_j (1 - h_j) \sum_{\mathit{k \in \text{outputs}}} u_{kj} e_k$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", ("a1[{j}]*(1 - a1[{j}])*" + _BACK_J,), _J3),)),
            ("italic-sum-index-wrong", r"$g_j = h_j \sum_{\mathit{k \in \text{outputs}}} u_{kj} e_k$", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("a1[{j}]*" + _BACK_J,), _J3),)),
            ("word-set-sum", r"$g_j = h_j (1 - h_j) \sum_{k \in \text{output}} u_{kj} e_k$", ((C,),),
             (Twin("gradient_z", "z1[{j}]", ("a1[{j}]*(1 - a1[{j}])*" + _BACK_J,), _J3),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _UNITS, text, expected, twins))
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


def test_a_lower_case_t_that_is_an_index_or_a_name_is_no_transpose():
    """``V_2^t`` where the notation's indices hold t (a time step, say), or where t names the targets: t means
    something there, and the transpose would be a guess."""
    CHECKS.refused("sigmoid-3-2", _VECTORS.replace('indices = "l"', 'indices = "lt"'), r"$e_1 = (V_2^t e_2) \odot h_1"
                   r" \odot (1 - h_1)$")
    CHECKS.refused("sigmoid-3-2", _VECTORS.replace('"y" = "y[:]"', '"t" = "y[:]"'), r"$e_1 = (V_2^t e_2) \odot h_1"
                   r" \odot (1 - h_1)$")


def test_an_asterisk_around_the_whole_formula_is_italics_not_a_list_mark():
    """``*h = tanh(s)*``: an asterisk ends the line, so the first is emphasis, never an item's glued mark."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "*h = tanh(s)*")
