"""Batches 57 and 58 of the public formulas showed these refused, each written here as another author would (other
names, other networks than the pages'): a case distinction in LaTeX's older spelling, a brace opened by ``\\left\\{``
and closed by ``\\right.`` around an ``array`` (or a ``matrix``) of rows, a condition typed inside its word's text
(``\\text{ if s < 0}``); cases in words inside plain text's braces, ``{ 0 if s <= 0, 1 if s > 0 }``; a capital T
glued after a name's layer, ``V[2]T``, ``V^{[2]}T``, the transpose; an equation split across inline formulas in a
sentence, ``$s$ = $v x$``, one equation; a bold one with a comparison as its subscript, ``\\mathbf{1}_{s > 0}``,
the indicator. What stays refused: cases whose conditions leave a value out (s < 0 and s > 0), a condition in words,
braces whose parts are no cases; a T after a layer where the notation names T.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import RELU_2_2_SIGMOID_1_BCE, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "relu-2-2-sigmoid": RELU_2_2_SIGMOID_1_BCE,
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

# s_j the hidden sums, h_j their outputs, E the loss; V^{[2]} the output layer's weights, e^{[l]} the loss's
# gradient by layer l's sums
_RELU = r'''
[notation]
indices = "j"
loss = ["E"]
[notation.symbols]
"s_{j}" = "z1[j-1]"
"h_{j}" = "a1[j-1]"
"s" = "z1[0]"
"h" = "a1[0]"
'''
# a course's layers in brackets, plain text's V[l] (LaTeX's V^{[l]}): V the weights, r the loss's gradient by the
# sums s, relu the hidden layer's function
_LAYERS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"V[l]" = "W{l}[:, :]"
"r[l]" = "grad(z{l}[:])"
"s[l]" = "z{l}[:]"
'''
_LAYERS_TEX = _LAYERS.replace("[l]\"", "^{[l]}\"")
# the same, where T names the target
_LAYERS_T = _LAYERS + '"T" = "y[0]"\n'
_J2 = ({"j": 0}, {"j": 1})
_RELU_H = (Twin("value", "a1[{j}]", ("z1[{j}]*Heaviside(z1[{j}])",), _J2),)
_RELU_H_SWAPPED = (Twin("value", "a1[{j}]", ("z1[{j}]*(1 - Heaviside(z1[{j}]))",), _J2),)
_SLOPE = (Twin("value", "Heaviside(z1[0])", ("Heaviside(z1[0])",)),)
_GRAD_S = "W2[0,0]*(a2[0] - y[0])*Heaviside(z1[0])"
_GRAD_SJ = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # LaTeX's older cases: \left\{ \begin{array}{ll} rows \end{array} \right.
            ("array-cases", r"$$h_j = \left\{\begin{array}{ll} s_j & \text{if } s_j > 0 \\ 0 & \text{if } s_j \leq 0"
             r"\end{array}\right.$$", ((C,),), _RELU_H),
            ("array-cases-wrong", r"$$h_j = \left\{\begin{array}{ll} 0 & \text{if } s_j > 0 \\ s_j & \text{if } s_j "
             r"\leq 0 \end{array}\right.$$", ((W,),), _RELU_H_SWAPPED),
            # a matrix's rows, \lbrace, commas after the values, the condition after no word, otherwise last
            ("matrix-cases", r"\frac{\partial h}{\partial s} = \left\lbrace \begin{matrix} 1, & s > 0 \\ 0, & "
             r"\text{otherwise} \end{matrix} \right.", ((C,),), _SLOPE),
            # the condition typed inside its word's text, \text { if s < 0}
            ("text-condition", r"\[h=\left\{\begin{array}{rl} 0 & \text { if s < 0} \\ s & \text { if s >= 0}"
             r"\end{array}\right.\]", ((C,),), (Twin("value", "a1[0]", ("z1[0]*Heaviside(z1[0])",)),)),
            ("text-condition-cases", r"\frac{dh}{ds} = \begin{cases} 1 & \text{if s > 0} \\ 0 & \text{if s \le 0}"
             r"\end{cases}", ((C,),), _SLOPE),
            # plain text's braces around cases in words
            ("braces-words", "dE/ds = { 0 if s <= 0, dE/dh if s > 0 }", ((C,),),
             (Twin("gradient_z", "z1[0]", (_GRAD_S,)),)),
            ("braces-words-wrong", "dE/ds = { 0 if s <= 0, 1 if s > 0 }", ((W,),),
             (Twin("gradient_z", "z1[0]", ("Heaviside(z1[0])",)),)),
            ("braces-otherwise", "dh/ds = {1 if s > 0; 0 otherwise}", ((C,),), _SLOPE),
            # a bold one with a comparison as its subscript: the indicator
            ("bold-indicator", r"\frac{\partial E}{\partial s_j} = \frac{\partial E}{\partial h_j} \mathbf{1}_{"
             r"\mathbf{s}_j > 0}", ((C,),), (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),)),
            ("bold-indicator-wrong", r"\frac{\partial E}{\partial s_j} = \frac{\partial E}{\partial h_j} "
             r"\boldsymbol{1}_{s_j < 0}", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*(1 - Heaviside(z1[{j}]))",), _J2),))):
        cases.append(Public(key, "test", "relu-2-2-sigmoid", _RELU, text, expected, twins))
    for key, text, expected, twins in (
            # a capital T glued after a name's layer: the transpose
            ("layer-bracket-t", "r[1] = V[2]T r[2] * relu'(s[1])", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),)),
            ("layer-bracket-t-wrong", "r[1] = V[2]T r[2] * s[1]", ((W,),),
             (Twin("gradient_z", "z1[{j}]", ("W2[0,{j}]*(a2[0] - y[0])*z1[{j}]",), _J2),))):
        cases.append(Public(key, "test", "relu-2-2-sigmoid", _LAYERS, text, expected, twins))
    cases.append(Public("layer-superscript-t", "test", "relu-2-2-sigmoid", _LAYERS_TEX,
                        r"r^{[1]} = V^{[2]}T r^{[2]} \odot relu'(s^{[1]})", ((C,),),
                        (Twin("gradient_z", "z1[{j}]", (_GRAD_SJ,), _J2),)))
    _SUM = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
    for key, text, expected, twins in (
            # an equation split across inline formulas by its relation, in a sentence: one equation
            ("split-dollars", r"So the unit's sum is $s$ = $v_1 x_1 + v_2 x_2 + c$. Then $h$ squashes $s$.", ((C,),),
             (Twin("value", "z1[0]", (_SUM,)),)),
            ("split-dollars-wrong", r"So the unit's sum is $s$ = $v_1 x_1 + c$. Then $h$ squashes $s$.", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),)),
            ("split-dollars-chain", r"Its output is $h$ = $\tanh(s)$ = $\tanh(v_1 x_1 + v_2 x_2 + c)$ here.",
             ((C, C),), (Twin("value", "a1[0]", ("tanh(z1[0])", f"tanh({_SUM})")),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_cases_that_leave_an_interval_out_stay_refused():
    """``s < -1`` and ``s > 1``: between them no case holds, so the brace is no rule there. (``s < 0`` and ``s > 0``,
    which leave out only s = 0 where they switch, are read: tests/test_reading_constructs_fixcases3.py.)"""
    CHECKS.refused("relu-2-2-sigmoid", _RELU, r"h = \left\{\begin{array}{ll} 0 & \text{if } s < -1 \\ s & \text{if } "
                   r"s > 1 \end{array}\right.")


def test_a_condition_in_words_stays_refused():
    """``\\text{if s is positive}``: the words are no comparison check can judge."""
    CHECKS.refused("relu-2-2-sigmoid", _RELU, r"h = \left\{\begin{array}{ll} s & \text{if s is positive} \\ 0 & "
                   r"\text{otherwise} \end{array}\right.")


def test_braces_whose_parts_are_no_cases_stay_refused():
    """``{ 0 if s <= 0, 1 }``: a part without its condition before the last is no case distinction."""
    CHECKS.refused("relu-2-2-sigmoid", _RELU, "dh/ds = { 1, 0 if s <= 0 }")


def test_a_t_after_a_layer_where_the_notation_names_t_stays_refused():
    """``V[2]T`` where T is the target: the transpose or the product V[2] T, a guess."""
    CHECKS.refused("relu-2-2-sigmoid", _LAYERS_T, "r[1] = V[2]T r[2] * relu'(s[1])")
