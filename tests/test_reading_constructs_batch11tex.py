"""The LaTeX constructs batch 11 of the public formulas showed missing, each as the family a different author
would write (other letters, other layers, the layer in brackets or parentheses): a layer's vector differentiated
whole by another (a diagonal Jacobian as its diagonal, dz/dW as the row a^T, their chain), definitions with
\\equiv and an equation's \\tag, Unicode's mathematical alphanumerics from a PDF, TeX's one-token arguments
(\\frac12, \\sum_ix_iw_i), \\newcommand and \\def macros, and a sum without its index. Each case is judged right
where the formula is right and wrong where one thing is changed; what stays ambiguous is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names, and the test holds both the oracle
and check to the case's verdicts.
"""

from __future__ import annotations

import pytest

from backprop.symbolic.typography_unicode import normalize_unicode
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # gauravreddy08's kind: a ReLU hidden layer of three, one sigmoid output, the binary cross-entropy
    "relu": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "relu"\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n'
            '[loss]\nname = "binary_cross_entropy"\n',
    "sigmoid": SIGMOID_2_3_2,
    "square": SIGMOID_2_2_2,
    # a row-wise output activation, whose Jacobian is no diagonal
    "softmax": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n[[layer]]\nunits = 3\n'
               'activation = "softmax"\n[loss]\nname = "cross_entropy"\n',
    # Ahmed Gad's neuron with its numbers: s = 0.1*0.5 + 0.3*0.2 + 1.83
    "neuron": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, 0.2]]\nbiases = [1.83]\n'
              '[loss]\nname = "half_squared_error"\n[data]\nx = [[0.1, 0.3]]\ny = [[0.03]]\n',
}
CHECKS = CaseChecks(NETWORKS)

_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_J2 = ({"j": 0}, {"j": 1})
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_JK = tuple({"j": j, "k": k} for j in range(3) for k in range(2))
_RELU_DL_DA = "(a2[0] - y[0])*W2[0,{j}]"          # dL/da1[j] of the "relu" network
_RELU_DELTA = f"{_RELU_DL_DA}*Heaviside(z1[{{j}}])"  # dL/dz1[j]


def _layered(opening: str, closing: str) -> str:
    """The notes' letters with the layer a superscript written between ``opening`` and ``closing`` (nothing,
    brackets as Ng writes them, parentheses), the loss \\mathcal{L}, ReLU named; x is a^0."""
    layer = f"{opening}l{closing}"
    return f'''
[notation]
indices = "jkl"
loss = ["\\\\mathcal{{L}}", "L"]
functions = {{ ReLU = "relu" }}
[notation.symbols]
"W_{{jk}}^{{{layer}}}" = "W{{l}}[j, k]"
"b_{{j}}^{{{layer}}}" = "b{{l}}[j]"
"z_{{j}}^{{{layer}}}" = "z{{l}}[j]"
"a_{{j}}^{{{layer}}}" = "a{{l}}[j]"
"a_{{k}}^{{{opening}0{closing}}}" = "x[k]"
"\\\\hat{{y}}" = "a2[0]"
"y" = "y[0]"
'''


_LAYERINGS = (("", ""), ("[", "]"), ("(", ")"))


def _sup(opening: str, closing: str, layer: str) -> str:
    return f"^{{{opening}{layer}{closing}}}"


def _diagonal_cases() -> list[Public]:
    """da/dz of an element-wise activation, written whole: the vector of its diagonal, entry by entry."""
    cases = []
    for opening, closing in _LAYERINGS:
        notation, one = _layered(opening, closing), _sup(opening, closing, "1")
        for text, verdict, member in (
                (rf"\frac{{\partial a{one}}}{{\partial z{one}}} = \text{{ReLU}}'(z{one})", C, "Heaviside(z1[{j}])"),
                (rf"\frac{{\partial a{one}}}{{\partial z{one}}} = \text{{ReLU}}(z{one})", W, "relu(z1[{j}])")):
            cases.append(Public(f"diagonal-relu-{opening}-{verdict}", "test", "relu", notation, text, ((verdict,),),
                                (Twin("value", "Heaviside(z1[{j}])", (member,), _J3),)))
        two = _sup(opening, closing, "2")
        for text, verdict, member in (
                (rf"\frac{{\partial a{two}}}{{\partial z{two}}} = a{two} (1 - a{two})", C, "a2[{j}]*(1 - a2[{j}])"),
                (rf"\frac{{\partial a{two}}}{{\partial z{two}}} = a{two}", W, "a2[{j}]")):
            cases.append(Public(f"diagonal-sigmoid-{opening}-{verdict}", "test", "sigmoid", notation, text,
                                ((verdict,),), (Twin("value", "a2[{j}]*(1 - a2[{j}])", (member,), _J2),)))
    return cases


def _weights_cases() -> list[Public]:
    """dz/dW of a layer: the row of its inputs (the page's (a^{l-1})^T), or, for one unit, the column a^{l-1} in
    the other layout."""
    cases = []
    for opening, closing in _LAYERINGS:
        notation = _layered(opening, closing)
        one, zero, two = (_sup(opening, closing, layer) for layer in ("1", "0", "2"))
        for text, verdict, member in ((rf"\frac{{\partial z{one}}}{{\partial W{one}}} = (a{zero})^T", C, "x[{k}]"),
                                      (rf"\frac{{\partial z{one}}}{{\partial W{one}}} = -(a{zero})^T", W, "-x[{k}]")):
            cases.append(Public(f"dz-dW-hidden-{opening}-{verdict}", "test", "relu", notation, text, ((verdict,),),
                                (Twin("value", "x[{k}]", (member,), _K2),)))
        for text, verdict, member in ((rf"\frac{{\partial z{two}}}{{\partial W{two}}} = a{one}", C, "a1[{k}]"),
                                      (rf"\frac{{\partial z{two}}}{{\partial W{two}}} = z{one}", W, "z1[{k}]")):
            cases.append(Public(f"dz-dW-output-{opening}-{verdict}", "test", "relu", notation, text, ((verdict,),),
                                (Twin("value", "a1[{k}]", (member,), _K3),)))
    return cases


def _chain_cases() -> list[Public]:
    """The chain of whole-vector factors, dL/da * da/dz * dz/dW, with \\cdot or side by side, and dL/dz =
    dL/da * da/dz in either order: the diagonal's product entry by entry, the weights' row outer."""
    cases = []
    gradient = "{m}"
    values = tuple({**jk, "m": f"(a2[0] - y[0])*W2[0,{jk['j']}]*Heaviside(z1[{jk['j']}])*x[{jk['k']}]"}
                   for jk in _JK)
    slopeless = tuple({**jk, "m": f"(a2[0] - y[0])*W2[0,{jk['j']}]*x[{jk['k']}]"} for jk in _JK)
    square = tuple({"j": j, "k": k, "m": f"(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{k}]",
                    "n": f"(a2[{j}] - y[{j}])*a1[{k}]"} for j in range(2) for k in range(2))
    notation = _layered("", "").replace('"\\\\hat{y}" = "a2[0]"\n"y" = "y[0]"', '"y_{j}" = "y[j]"')
    for text, verdict, member in (
            (r"\frac{\partial L}{\partial W^{2}} = \frac{\partial L}{\partial a^{2}} \cdot \frac{\partial a^{2}}{\partial"
             r" z^{2}} \cdot \frac{\partial z^{2}}{\partial W^{2}}", C, "{m}"),
            (r"\frac{\partial L}{\partial W^{2}} = \frac{\partial L}{\partial a^{2}} \cdot \frac{\partial z^{2}}{\partial"
             r" W^{2}}", W, "{n}")):
        cases.append(Public(f"chain-square-{verdict}", "test", "square", notation, text, ((verdict,),),
                            (Twin("gradient", "W2[{j},{k}]", (member,), square),)))
    for text, verdict, member in ((r"\frac{\partial z^{2}}{\partial W^{2}} = (a^{1})^T", C, "a1[{k}]"),
                                  (r"\frac{\partial z^{2}}{\partial W^{2}} = (z^{1})^T", W, "z1[{k}]")):
        cases.append(Public(f"dz-dW-square-{verdict}", "test", "square", notation, text, ((verdict,),),
                            (Twin("value", "a1[{k}]", (member,), _K2),)))
    for opening, closing in _LAYERINGS:
        notation, one = _layered(opening, closing), _sup(opening, closing, "1")
        dl_da = rf"\frac{{\partial \mathcal{{L}}}}{{\partial a{one}}}"
        da_dz = rf"\frac{{\partial a{one}}}{{\partial z{one}}}"
        dz_dw = rf"\frac{{\partial z{one}}}{{\partial W{one}}}"
        left = rf"\frac{{\partial \mathcal{{L}}}}{{\partial W{one}}}"
        for product in (r" \cdot ", " "):
            for text, verdict, members in ((f"{left} = {dl_da}{product}{da_dz}{product}{dz_dw}", C, values),
                                           (f"{left} = {dl_da}{product}{dz_dw}", W, slopeless)):
                cases.append(Public(f"chain-W-{opening}-{product.strip()}-{verdict}", "test", "relu", notation, text,
                                    ((verdict,),), (Twin("gradient", "W1[{j},{k}]", (gradient,), members),)))
        dl_dz, dz_db = rf"\frac{{\partial L}}{{\partial z{one}}}", rf"\frac{{\partial z{one}}}{{\partial b{one}}}"
        for text, verdict, members in ((f"{left} = {dl_dz} {dz_dw}", C, values),
                                       (f"{left} = {dl_dz} \\cdot {dz_dw}", C, values),
                                       (f"{left} = {dl_da} {dz_dw}", W, slopeless)):
            cases.append(Public(f"chain-dz-W-{opening}-{len(cases)}-{verdict}", "test", "relu", notation, text,
                                ((verdict,),), (Twin("gradient", "W1[{j},{k}]", (gradient,), members),)))
        bias = rf"\frac{{\partial L}}{{\partial b{one}}}"
        for text, verdict, member in ((f"{bias} = {dl_dz} \\cdot {dz_db}", C, _RELU_DELTA),
                                      (f"{bias} = {dl_da} {da_dz} {dz_db}", C, _RELU_DELTA),
                                      (f"{bias} = {dl_da} \\cdot {dz_db}", W, _RELU_DL_DA)):
            cases.append(Public(f"chain-b-{opening}-{len(cases)}-{verdict}", "test", "relu", notation, text,
                                ((verdict,),), (Twin("gradient", "b1[{j}]", (member,), _J3),)))
        delta = rf"\frac{{\partial L}}{{\partial z{one}}}"
        two = _sup(opening, closing, "2")
        through = rf"\frac{{\partial L}}{{\partial z{two}}} \frac{{\partial z{two}}}{{\partial a{one}}}"
        for text, verdict, member in ((f"{delta} = {through} {da_dz}", C, _RELU_DELTA),
                                      (f"{delta} = {through}", W, _RELU_DL_DA)):
            cases.append(Public(f"chain-through-{opening}-{verdict}", "test", "relu", notation, text,
                                ((verdict,),), (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
        for text, verdict, member in ((f"{delta} = {dl_da} {da_dz}", C, _RELU_DELTA),
                                      (f"{delta} = {da_dz} \\cdot {dl_da}", C, _RELU_DELTA),
                                      (f"{delta} = {dl_da} \\odot \\text{{ReLU}}(z{one})", W,
                                       f"{_RELU_DL_DA}*relu(z1[{{j}}])")):
            cases.append(Public(f"chain-z-{opening}-{len(cases)}-{verdict}", "test", "relu", notation, text,
                                ((verdict,),), (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
    return cases


_NIELSEN = r"""
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"b_{j}^{l}" = "b{l-1}[j]"
"z_{j}^{l}" = "z{l-1}[j]"
"a_{j}^{l}" = "a{l-1}[j]"
"a_{k}^{1}" = "x[k]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
"y_{j}" = "y[j]"
"""
_OUTPUT_DELTA = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


def _definition_cases() -> list[Public]:
    """Nielsen's definitions: \\equiv, \\triangleq or \\doteq for =, an equation number \\tag{...} before them."""
    cases = []
    for relation in (r"\equiv", r"\triangleq", r"\doteq"):
        for tag in ("$$\\tag{A6}\n", "$$\\tag*{(30)}\n", "$$\n"):
            for text, verdict, member in (
                    (rf"\delta^L_j {relation} \frac{{\partial C}}{{\partial a^L_j}} \sigma'(z^L_j)", C, _OUTPUT_DELTA),
                    (rf"\delta^L_j {relation} \frac{{\partial C}}{{\partial a^L_j}} \sigma(z^L_j)", W,
                     "(a2[{j}] - y[{j}])*sigmoid(z2[{j}])")):
                cases.append(Public(f"definition-{relation[1:]}-{len(tag)}-{verdict}", "test", "sigmoid", _NIELSEN,
                                    f"{tag}{text}\n$$", ((verdict,),),
                                    (Twin("gradient_z", "z2[{j}]", (member,), _J2),)))
    return cases


_PDF = """
[notation]
[notation.symbols]
"{x}1" = "x[0]"
"{x}2" = "x[1]"
"{w}1" = "W1[0, 0]"
"{w}2" = "W1[0, 1]"
"{b}" = "b1[0]"
"{s}" = "z1[0]"
"""
_SUM = "x[0]*W1[0,0] + x[1]*W1[0,1] + b1[0]"


def _alphanumeric_cases() -> list[Public]:
    """A PDF's styled letters, in the formula or in the notation: bold italic, italic, bold, sans-serif bold as
    the plain letters; bold digits with the PDF's space after the point."""
    cases = []
    styles = {"plain": ("X", "W", "b", "s"), "bold-italic": ("𝑿", "𝑾", "𝒃", "𝒔"), "italic": ("𝑋", "𝑊", "𝑏", "𝑠"),
              "bold": ("𝐗", "𝐖", "𝐛", "𝐬"), "sans-bold": ("𝗫", "𝗪", "𝗯", "𝘀")}
    for written, (x, w, b, s) in styles.items():
        for table in ("plain", "bold-italic"):
            tx, tw, tb, ts = styles[table]
            notation = _PDF.format(x=tx, w=tw, b=tb, s=ts)
            for text, verdict, member in ((f"{s} = {x}1 ∗ {w}1 + {x}2 ∗ {w}2 + {b}", C, _SUM),
                                          (f"{s} = {x}1 ∗ {w}1 + {x}2 ∗ {w}2 - {b}", W, _SUM.replace("+ b", "- b"))):
                cases.append(Public(f"pdf-{written}-{table}-{verdict}", "test", "neuron", notation, text,
                                    ((verdict,),), (Twin("value", "z1[0]", (member,)),)))
    notation = _PDF.format(x="X", w="W", b="b", s="s")
    for text, verdict, member in (("𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟖𝟑", C, "=0.1*0.5 + 0.3*0.2 + 1.83"),
                                  ("𝒔 = 𝟎. 𝟏 ∗ 𝟎. 𝟓 + 𝟎. 𝟑 ∗ 𝟎. 𝟐 + 𝟏. 𝟗𝟑", W, "=0.1*0.5 + 0.3*0.2 + 1.93")):
        cases.append(Public(f"pdf-digits-{verdict}", "test", "neuron", notation, text, ((verdict,),),
                            (Twin("value", "z1[0]", (member,)),)))
    # the block's Greek and operators: 𝜎 is \sigma, 𝜕 is \partial
    for text, verdict, member in (("𝑎^3_𝑗 = 𝜎(𝑧^3_𝑗)", C, "sigmoid(z2[{j}])"),
                                  ("𝑎^3_𝑗 = 𝜎(-𝑧^3_𝑗)", W, "sigmoid(-z2[{j}])")):
        cases.append(Public(f"pdf-greek-{verdict}", "test", "sigmoid", _NIELSEN, text, ((verdict,),),
                            (Twin("value", "a2[{j}]", (member,), _J2),)))
    return cases


_QUADRATIC = "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/2"
_THIRD = "((y[0] - a2[0])**2 + (y[1] - a2[1])**2)/3"


def _tex_token_cases() -> list[Public]:
    """TeX's one-token arguments and subscripts, and macros defined before the formula."""
    cases = []
    for half, third in ((r"\frac12", r"\frac13"), (r"\frac 1 2", r"\frac 1 3"), (r"\dfrac12", r"\dfrac13"),
                        (r"\frac1{2}", r"\frac1{3}")):
        for text, verdict, member in ((rf"C = {half} \sum_j (y_j - a^L_j)^2", C, _QUADRATIC),
                                      (rf"C = {third} \sum_j (y_j - a^L_j)^2", W, _THIRD)):
            cases.append(Public(f"frac-{half}-{verdict}", "test", "sigmoid", _NIELSEN, text, ((verdict,),),
                                (Twin("value", _QUADRATIC, (member,)),)))
    macros = (r"\newcommand{\half}{\frac{1}{2}} C = \half \sum_j (y_j - a^L_j)^2",
              r"\def\sq#1{#1^2} C = \frac{1}{2} \sum_j \sq{(y_j - a^L_j)}",
              r"\newcommand{\err}[2][y]{(#1_#2 - a^L_#2)} \renewcommand\sq[1]{#1^2} C = \frac12 \sum_j \sq{\err{j}}",
              r"\newcommand{\cost}[1]{\frac12 \sum_#1 (y_#1 - a^L_#1)^2} C = \cost{k}")
    for index, text in enumerate(macros):
        for changed, verdict, member in ((text, C, _QUADRATIC), (text.replace("C = ", "C = 2 "), W, f"2*{_QUADRATIC}")):
            cases.append(Public(f"macro-{index}-{verdict}", "test", "sigmoid", _NIELSEN, changed, ((verdict,),),
                                (Twin("value", _QUADRATIC, (member,)),)))
    operator = r"\DeclareMathOperator{\act}{ReLU} \frac{\partial a^{1}}{\partial z^{1}} = "
    for text, verdict, member in ((operator + r"\act'(z^{1})", C, "Heaviside(z1[{j}])"),
                                  (operator + r"\act(z^{1})", W, "relu(z1[{j}])")):
        cases.append(Public(f"macro-operator-{verdict}", "test", "relu", _layered("", ""), text, ((verdict,),),
                            (Twin("value", "Heaviside(z1[{j}])", (member,), _J3),)))
    sums = r"""
[notation]
indices = "ik"
[notation.symbols]
"z" = "z1[0]"
"b" = "b1[0]"
"x_{i}" = "x[i]"
"w_{i}" = "W1[0, i]"
"""
    total = "b1[0] + x[0]*W1[0,0] + x[1]*W1[0,1]"
    for glued in (r"\sum_ix_iw_i", r"\sum_kw_kx_k", r"\sum_i x_iw_i"):
        for text, verdict, member in ((f"z = b + {glued}", C, total), (f"z = b - {glued}", W,
                                                                        "b1[0] - x[0]*W1[0,0] - x[1]*W1[0,1]")):
            cases.append(Public(f"glued-{glued}-{verdict}", "test", "neuron", sums, text, ((verdict,),),
                                (Twin("value", "z1[0]", (member,)),)))
    return cases


CASES = (_diagonal_cases() + _weights_cases() + _chain_cases() + _definition_cases() + _alphanumeric_cases()
         + _tex_token_cases())


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


@pytest.mark.parametrize("network, text, words", [
    # dz^2/da^1 is W^2 or its transpose, by the layout: no diagonal, no reading
    ("sigmoid", r"\frac{\partial z^{2}}{\partial a^{1}} = W^{2}", "a Jacobian"),
    # a row-wise activation's Jacobian has off-diagonal entries
    ("softmax", r"\frac{\partial a^{2}}{\partial z^{2}} = a^{2} (1 - a^{2})", "(a Jacobian) that is not diagonal"),
    # da/dW: f'(z_j) a_k differs from unit to unit, no one row
    ("relu", r"\frac{\partial a^{1}}{\partial W^{1}} = (a^{0})^T", "common to every unit"),
])
def test_a_jacobian_that_is_no_diagonal_is_refused(network, text, words):
    assert words in _refusal(network, _layered("", ""), text)


def test_macros_that_grow_without_bound_are_refused():
    """An untrusted submission's macro that doubles at every use, or uses itself, ends in one line."""
    doubling = r"\newcommand{\a}{\b\b}\newcommand{\b}{\c\c}\newcommand{\c}{y_j y_j y_j y_j}" + r"\a" * 2000
    assert "more than 20,000 characters" in _refusal("sigmoid", _NIELSEN, f"C = {doubling}")
    assert "rounds of expansion" in _refusal("sigmoid", _NIELSEN, r"\newcommand{\a}{\a y_j} C = \a")
    assert "takes 2 arguments" in _refusal("sigmoid", _NIELSEN, r"\newcommand{\p}[2]{#1 #2} C = \p{y_j}")
    nested = r"\newcommand{\p}[1]{#1} C = " + r"\p{" * 50 + "y_j" + "}" * 50
    assert "rounds of expansion" in _refusal("sigmoid", _NIELSEN, nested)
    # 3,000 levels: the nesting bound refuses it before any expansion (qa37: bounds checked before the work)
    deep = r"\newcommand{\p}[1]{#1} C = " + r"\p{" * 3000 + "y_j" + "}" * 3000
    assert "is nested too deeply (3,000 brackets" in _refusal("sigmoid", _NIELSEN, deep)


def test_a_sum_without_index_over_two_free_letters_is_refused():
    """\\sum y_j w_{jk} a_k: over j, over k, or both; the term alone cannot say."""
    refusal = _refusal("sigmoid", _NIELSEN, r"C = \sum y_j w^L_{jk} a^{L-1}_k")
    assert "two letters free (j, k)" in refusal


def test_a_split_decimal_of_plain_digits_stays_refused():
    """Only between a PDF's styled digits is the space after a point an artefact; 0. 1 typed is refused."""
    assert "unexpected at '.'" in _refusal("neuron", _PDF.format(x="X", w="W", b="b", s="s"), "s = 0. 1 * 0. 5")


@pytest.mark.parametrize("styled, plain", [
    ("𝛿 𝜹 𝝳 𝞭", r"\delta"), ("𝚫 𝜟", r"\Delta"), ("𝜎", r"\sigma"), ("𝜂", r"\eta"), ("𝜕", r"\partial"),
    ("𝛁", r"\nabla"), ("𝜖", r"\epsilon"), ("𝜙", r"\phi"), ("𝜗", r"\theta"), ("𝑿 𝐗 𝘟 𝚇", "X"), ("𝟎 𝟶 𝟬", "0"),
    ("𝓛 ℒ", r"\mathcal{L}"), ("ℝ", r"\mathbb{R}"), ("ℎ", "h"), ("𝟙", r"\mathbb{1}")])
def test_the_math_alphanumerics_are_their_letters(styled, plain):
    """Every style of a letter is the letter (the block's Greek its Greek letter, its ∂ and ∇ the operators); the
    script, fraktur and double-struck capitals keep their command."""
    assert set(normalize_unicode(styled).split()) == {plain}
