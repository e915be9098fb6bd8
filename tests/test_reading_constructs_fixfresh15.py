"""The pages of batch 80 of the public formulas showed constructs of general writing refused, each written here as
another author would (other names, other networks than the pages'): a display's equation number ``\\tag{...}`` set
before its formula, which hid the prose in ``\\text{...}`` opening the formula (``\\tag{2} \\text{Hence} \\quad h =
...``, ``\\tag{5} \\text{where, } ...``) from the rule that sets such prose aside; a label before a colon in another
script than Latin's, a word with its English gloss glued in parentheses (``输出层误差(delta): ...``) or two words
joined by an arrow (``输入 \\to 输出 偏置的梯度: ...``), dropped as a label of words is; Mitchell's sums over a set
named by a word in math italics, ``\\sum_{o \\in outputs}``, or by a word applied to the unit, ``\\sum_{o \\in
Downstream(u)}`` (the units taking u's output), read as a sum without bounds over the index's units.
What stays refused: a parenthesised word after a Latin word (``Loss (MSE):``, which may name a symbol; see
test_reading_constructs_fixfresh11), a label holding a relation; a set's word spaced from its parenthesis or
split by a space.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

_GRAD_C = "(a1[0] - y[0])*(1 - a1[0]**2)"
_GRAD_V1 = f"{_GRAD_C}*x[0]"
_H = (Twin("value", "a1[0]", ("tanh(z1[0])",)),)
_H_SIGMOID = (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)
_DC = (Twin("gradient", "b1[0]", (_GRAD_C,)),)
_DC_WRONG = (Twin("gradient", "b1[0]", ("a1[0] - y[0]",)),)
_DV1 = (Twin("gradient", "W1[0,0]", (_GRAD_V1,)),)
# SIGMOID_2_3_2 in a page's letters: u a hidden unit, o an output unit, a their outputs, t the targets, w_{ou} the
# weight from u to o, delta = dE/dz
_UNITS_NOTATION = r'''
[notation]
indices = "uo"
loss = ["E"]
[notation.symbols]
"a_{u}" = "a1[u-1]"
"a_{o}" = "a2[o-1]"
"t_{o}" = "y[o-1]"
"w_{ou}" = "W2[o-1, u-1]"
"\\delta_{o}" = "delta2[o-1]"
"\\delta_{u}" = "delta1[u-1]"
'''
_U3 = tuple({"u": u} for u in range(3))
_DELTA2 = "(a2[{o}] - y[{o}])*a2[{o}]*(1 - a2[{o}])"
_BACK = " + ".join(f"W2[{o},{{u}}]*{_DELTA2.replace('{o}', str(o))}" for o in range(2))
_DELTA1 = (Twin("gradient_z", "z1[{u}]", (f"a1[{{u}}]*(1 - a1[{{u}}])*({_BACK})",), _U3),)
_DELTA1_WRONG = (Twin("gradient_z", "z1[{u}]", (f"a1[{{u}}]*({_BACK})",), _U3),)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an equation number before the formula, then a word of prose in \text and a \quad opening it
            ("tag-then-prose", "$$\n\\tag{4}\n\\text{Hence} \\quad h = \\tanh(s)\n$$", ((C,),), _H),
            ("tag-then-prose-wrong", "$$\\tag{1} \\text{Since} \\quad h = \\sigma(s)$$", ((W,),), _H_SIGMOID),
            # words ended by a comma in \text, on a line of their own after the number
            ("tag-then-clause", "$$\n\\tag{2}\n\\text{where, }\n\\frac{\\partial E}{\\partial c} = (h - t)(1 - h^2)"
             "\n$$", ((C,),), _DC),
            ("tag-then-clause-wrong", "$$\n\\tag*{(7)}\n\\text{so that, }\n\\frac{\\partial E}{\\partial c} = h - t"
             "\n$$", ((W,),), _DC_WRONG),
            # a label in another script than Latin's: a word with its English gloss glued in parentheses
            ("gloss-label", "输出层误差(delta): \\frac{\\partial E}{\\partial c} = (h - t)(1 - h^2)", ((C,),), _DC),
            ("gloss-label-wrong", "偏置的梯度(gradient): \\frac{\\partial E}{\\partial c} = h - t", ((W,),),
             _DC_WRONG),
            # two words joined by an arrow, LaTeX's or Unicode's (a layer to a layer)
            ("arrow-label", "输入 \\to 输出 权重的梯度: \\frac{\\partial E}{\\partial v_1} = (h - t)(1 - h^2) x_1",
             ((C,),), _DV1),
            ("arrow-label-unicode-wrong", "입력 → 출력 가중치(weight): ∂E/∂v_1 = (h - t) x_1", ((W,),),
             (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*x[0]",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a set named by a word in math italics, or a word applied to the unit: the index's units
            ("set-word", "\\delta_u = a_u (1 - a_u) \\sum_{o \\in outputs} w_{ou} \\delta_o", ((C,),), _DELTA1),
            ("set-word-wrong", "$$\\delta_u = a_u \\sum_{o \\in outputs} w_{ou} \\delta_o$$", ((W,),), _DELTA1_WRONG),
            ("set-of-unit", "\\delta_u = a_u (1 - a_u) \\sum_{o \\in Downstream(u)} \\delta_o w_{ou}", ((C,),),
             _DELTA1),
            ("set-of-unit-wrong", "\\delta_u = a_u \\sum_{o \\in Successors(u)} w_{ou} \\delta_o", ((W,),),
             _DELTA1_WRONG)):
        cases.append(Public(key, "test", "sigmoid-3-2", _UNITS_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_gloss_after_a_latin_word_stays_refused():
    """``Output(delta): ...``: a parenthesised word after a Latin word may be a function applied or a symbol's name."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "Output(delta): \\frac{\\partial E}{\\partial c} = h - t")


def test_a_label_holding_a_relation_stays_refused():
    """``输出 = 输入: ...``: words around a relation before the colon are no label of words."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "输出 \\to 输入 = 2: h = \\tanh(s)")


def test_a_set_word_spaced_from_its_parenthesis_stays_refused():
    """``\\sum_{o \\in Next (u)}``: a word then a group, which may be a product; refused as before."""
    CHECKS.refused("sigmoid-3-2", _UNITS_NOTATION, "\\delta_u = a_u (1 - a_u) \\sum_{o \\in Next (u)} w_{ou} \\delta_o")


def test_a_set_of_words_split_by_a_space_stays_refused():
    """``\\sum_{o \\in out units}``: two words are no one name of a set."""
    CHECKS.refused("sigmoid-3-2", _UNITS_NOTATION, "\\delta_u = a_u (1 - a_u) \\sum_{o \\in out units} w_{ou} \\delta_o")
