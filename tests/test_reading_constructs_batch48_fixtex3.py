"""The pages of batches 47 and 48 of the public formulas showed LaTeX's typography refused, each written here as
another author would (other names, other networks than the pages'): a relation in braces (``h{=} ...``, as Jupyter's
and MathJax's conversions write it) and a definition's note stacked over ``=`` (``\\overset{def}{=}``,
``\\stackrel{\\text{def}}{=}``, ``\\overset{!}{=}``); ``\\triangle`` for the increment ``\\Delta``; ``\\mathcal`` on
a letter the notation names plain (``\\mathcal{h}`` where it names h); a Markdown list's number or asterisk before
a formula with no delimiter; a quantity written as a function of its inputs and parameters (``u_k(x, V, c)``) in a
rule over a layer letter the notation counts from the input; Unicode's modifier capitals in a superscript.
What stays refused: a rule whose names exist at no layer, a list's ``-`` (a sign), a font on a letter the notation
does not name.

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

_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)
_DE_DC = "(a1[0] - y[0])*(1 - tanh(z1[0])**2)"
# the unit's step of its bias, \triangle c, and its sum and output with a layer written in a capital superscript
_TANH_NOTATION = TANH_2_1_NOTATION + r'''
"\\triangle c" = "-eta*(a1[0] - y[0])*(1 - a1[0]**2)"
"s^{(M)}" = "z1[0]"
"h^{(M)}" = "a1[0]"
'''
# layers counted from the input, o_1 = x: u_k the sums of layer k, o_k its outputs, V_k and c_k the weights and biases
# into layer k + 1
_LAYERS = r'''
[notation]
indices = "k"
loss = ["E"]
[notation.symbols]
"o_{1}" = "x[:]"
"o_{k}" = "a{k-1}[:]"
"u_{k}" = "z{k-1}[:]"
"V_{k}" = "W{k}[:, :]"
"c_{k}" = "b{k}[:]"
'''
_U = (tuple({"t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] + b1[{j}]"} for j in range(2))
      + tuple({"t": f"z2[{j}]", "m": f"W2[{j},0]*a1[0] + W2[{j},1]*a1[1] + b2[{j}]"} for j in range(2)))
_U_MINUS = (tuple({"t": f"z1[{j}]", "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] - b1[{j}]"} for j in range(2))
            + tuple({"t": f"z2[{j}]", "m": f"W2[{j},0]*a1[0] + W2[{j},1]*a1[1] - b2[{j}]"} for j in range(2)))
_O = tuple({"t": f"a{k}[{j}]", "m": f"sigmoid(z{k}[{j}])"} for k in (1, 2) for j in range(2))
_O_TANH = tuple({"t": f"a{k}[{j}]", "m": f"tanh(z{k}[{j}])"} for k in (1, 2) for j in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a relation in braces is that relation; a note stacked over "=" is dropped, the definition read as "="
            ("braced-equals", r"h{=}\tanh(s)", ((C,),), _H),
            ("braced-equals-wrong", r"h{=}\sigma(s)", ((W,),), _H_SIGMOID),
            ("braced-update", r"c{=} c - \eta \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("braced-assignment-wrong", r"c{:=} c + \eta \frac{\partial E}{\partial c}", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            ("stackrel-def", r"h \stackrel{\text{def}}{=} \tanh(s)", ((C,),), _H),
            ("overset-def-wrong", r"h \overset{def}{=} \sigma(s)", ((W,),), _H_SIGMOID),
            ("overset-nested-def", r"h\overset{\underset{\mathrm{def}}{}}{=} \tanh(s)", ((C,),), _H),
            ("overset-bang", r"h \overset{!}{=} \tanh(s)", ((C,),), _H),
            # \triangle for \Delta, in the formula and in the notation's pattern alike
            ("triangle", r"\triangle c = -\eta (h - t)(1 - h^2)", ((C,),),
             (Twin("value", f"-eta*{_DE_DC}", (f"-eta*{_DE_DC}",)),)),
            ("triangle-wrong", r"\triangle c = \eta (h - t)(1 - h^2)", ((W,),),
             (Twin("value", f"-eta*{_DE_DC}", (f"eta*{_DE_DC}",)),)),
            # \mathcal on a letter the notation names plain: the letter
            ("mathcal-letter", r"\mathcal{h} = \tanh(\mathcal{s})", ((C,),), _H),
            ("mathcal-letter-wrong", r"\mathcal{h} = \sigma(s)", ((W,),), _H_SIGMOID),
            ("mathcal-in-derivative", r"\frac{\partial E}{\partial \mathcal{c}} = (h - t)(1 - h^2)", ((C,),),
             (Twin("gradient", "b1[0]", (_DE_DC,)),)),
            # a list's number or asterisk before a formula with no delimiter: the item's mark
            ("list-number", r"2.  h = \tanh(s)", ((C,),), _H),
            ("list-number-wrong", r"3. h = \sigma(s)", ((W,),), _H_SIGMOID),
            ("list-number-parenthesis", r"1) h = \tanh(s)", ((C,),), _H),
            ("list-asterisk", r"    *   c \leftarrow c - \eta \frac{\partial E}{\partial c}", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),)),
            ("list-asterisk-wrong", r"* c \leftarrow c + \eta \frac{\partial E}{\partial c}", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] + eta*grad",)),)),
            # Unicode's modifier capitals in a superscript, as its small letters are
            ("modifier-capital", "h⁽ᴹ⁾ = tanh(s⁽ᴹ⁾)", ((C,),), _H),
            ("modifier-capital-wrong", "h⁽ᴹ⁾ = σ(s⁽ᴹ⁾)", ((W,),), _H_SIGMOID)):
        cases.append(Public(key, "test", "tanh-two", _TANH_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a quantity written as a function of its inputs and parameters, in a rule over the layer letter: judged
            # at k = 2, 3, where u_k and o_{k-1} name layers (k = 1 names none)
            ("function-of-inputs-rule", "u_k(x, V, c) = V_{k-1} o_{k-1}(x, V, c) + c_{k-1}", ((C,),),
             (Twin("value", "{t}", ("{m}",), _U),)),
            ("function-of-inputs-rule-wrong", "u_k(x, V, c) = V_{k-1} o_{k-1}(x, V, c) - c_{k-1}", ((W,),),
             (Twin("value", "{t}", ("{m}",), _U_MINUS),)),
            ("function-of-inputs-activation", r"o_k(x, V, c) = \sigma(u_k(x, V, c))", ((C,),),
             (Twin("value", "{t}", ("{m}",), _O),)),
            ("function-of-inputs-activation-wrong", r"o_k(x, V, c) = \tanh(u_k(x, V, c))", ((W,),),
             (Twin("value", "{t}", ("{m}",), _O_TANH),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", _LAYERS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_rule_whose_names_exist_at_no_layer_is_refused_at_a_missing_layer():
    """``u_k = V_{k+3} o_k``: no k names both; the reason is a layer the network does not have."""
    assert "there is no layer" in CHECKS.refused("sigmoid-2-2-2", _LAYERS, "u_k = V_{k+3} o_{k}")


def test_a_font_on_a_letter_the_notation_does_not_name_stays_unknown():
    """``\\mathcal{q}``: q is none of the notation's names, so the font is not dropped to guess one."""
    assert "unknown symbol \\mathcal{q}" in CHECKS.refused("tanh-two", _TANH_NOTATION, r"h = \tanh(\mathcal{q})")


def test_a_function_of_inputs_with_a_scripted_argument_is_no_quantity():
    """``u_k(x_1, V, c)``: an argument with a script is no input's name; three arguments stay refused."""
    assert "3 arguments" in CHECKS.refused("sigmoid-2-2-2", _LAYERS, "u_2(x_1, V, c) = V_1 o_1 + c_1")
