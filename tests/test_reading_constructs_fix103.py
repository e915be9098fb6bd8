"""Batch 103 of the public formulas showed general constructs refused, each written here as another author would
(other names, other networks than the pages'):

- a word of a script written with combining marks (Thai's vowel and tone marks, Devanagari's vowel signs), one name
  where the notation names it (ผลรวม, मौसम), and a remark in that script closing a line after a claim, in parentheses
  or after an arrow, a check or cross mark after it allowed (``(ปรับเพิ่มขึ้น)``, ``→ ไปเที่ยว ✓``); a remark holding
  a name of the notation's stays a factor, and a word the notation does not name is refused whole;
- a function of the notation whose subscript is its argument's layer, ``h_{k-1}(s_{k-1})``, ``h_m'(s_m)`` with "m" =
  "2", ``g_{1}(z_j^{(1)})``: that layer's activation at its sums, where the network's layer is the function the
  notation names; refused where the subscript is not the argument's layer, where the layer's activation is another,
  and where the argument is the input (f_0(l_0), which the notation's function does not give);
- a premise a derivation states for the terms of one of its sums, a case of the sum's letter and an equation, in the
  words between two display blocks of one chain (``Since the units are apart, if $i \neq 1$, $... = 0$ and we get``)
  or in brackets closing a block (``[if i \neq 1, ... = 0]``): the step's reason, the chain going on across it; a
  condition on a letter the chain does not sum over stays refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, TANH_2_1, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

SIGMOID_1_1_1 = ('[[layer]]\ninputs = 1\nunits = 1\nactivation = "sigmoid"\n'
                 '[[layer]]\nunits = 1\nactivation = "sigmoid"\n[loss]\nname = "half_squared_error"\n')
NETWORKS = {"tanh-2-1": TANH_2_1, "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1, "sigmoid-1-1-1": SIGMOID_1_1_1,
            "sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# Thai and Hindi words for a neuron's quantities: ผลรวม the sum, ผลลัพธ์ the output, อากาศดี (good weather) and मौसम
# (the weather) its inputs
THAI_NOTATION = r'''
[notation]
[notation.symbols]
"ผลรวม" = "z1[0]"
"ผลลัพธ์" = "a1[0]"
"อากาศดี" = "x[0]"
"मौसम" = "x[1]"
"w_{1}" = "W1[0, 0]"
"w_{2}" = "W1[0, 1]"
"b" = "b1[0]"
'''
_SUM = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"

# layer k's sums s_k, its weight v_k and bias c_k, h_k its activation (h the sigmoid), m the output layer, C the loss
LAYER_NOTATION = r'''
[notation]
indices = "k"
loss = ["C"]
functions = { h = "sigmoid" }
[notation.symbols]
"s_{k}" = "z{k}[0]"
"v_{k}" = "W{k}[0, 0]"
"c_{k}" = "b{k}[0]"
"s_{m}" = "z2[0]"
"m" = "2"
'''
# the same, the input named as the sums of a layer 0 (the page's l_0): h_0(s_0) is no layer's activation
INPUT_NOTATION = LAYER_NOTATION + '"s_{0}" = "x[0]"\n'
_LAYERS = ({"v": "z1[0]", "m": "W1[0,0]*x[0] + b1[0]"}, {"v": "z2[0]", "m": "W2[0,0]*a1[0] + b2[0]"})
_OUT = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"

# units j of layer l with the layer in parentheses, g the hidden layer's tanh
SUPERSCRIPT_NOTATION = r'''
[notation]
indices = "jl"
functions = { g = "tanh" }
[notation.symbols]
"z_{j}^{(l)}" = "z{l}[j-1]"
"a_{j}^{(l)}" = "a{l}[j-1]"
'''

# a 2-2-2 network's names: v the weight from x_1 to the first hidden unit, s_i and h_i the hidden sums and outputs,
# r_k the output sums, m_k the weight from h_1 to output k, delta_k = dE/dr_k
PREMISE_NOTATION = r'''
[notation]
indices = "ik"
loss = ["E"]
[notation.symbols]
"v" = "W1[0, 0]"
"x_{1}" = "x[0]"
"s_{1}" = "z1[0]"
"h_{1}" = "a1[0]"
"s_{i}" = "z1[i-1]"
"h_{i}" = "a1[i-1]"
"r_{k}" = "z2[k-1]"
"m_{k}" = "W2[k-1, 0]"
"\\delta_{k}" = "delta2[k-1]"
'''
_DELTA = tuple(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_BACK = f"({_DELTA[0]}*W2[0,0] + {_DELTA[1]}*W2[1,0])"
_GRAD_V = f"{_BACK}*a1[0]*(1 - a1[0])*x[0]"
_CHAIN = (r"$$\frac{\partial E}{\partial v} = \sum_{i} \frac{\partial E}{\partial h_{i}} \frac{\partial h_{i}}{\partial s_{1}}"
          r" \frac{\partial s_{1}}{\partial v}$$ ")
_BRACKET_CHAIN = (r"$$\frac{\partial E}{\partial v} = \sum_{i} \frac{\partial E}{\partial s_{i}} \frac{\partial s_{i}}"
                  r"{\partial v} = \frac{\partial E}{\partial s_{1}} \frac{\partial s_{1}}{\partial v} [if i \neq 1, "
                  r"\frac{\partial s_{i}}{\partial v} = 0]$$ ")


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # Thai and Devanagari words with their marks, each one name of the notation's
            ("thai-names", "ผลรวม = (อากาศดี × w_1) + (मौसम × w_2) + b", ((C,),),
             (Twin("value", "z1[0]", (_SUM,)),)),
            ("thai-names-swapped-wrong", "ผลรวม = (อากาศดี × w_2) + (मौसम × w_1) + b", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,1]*x[0] + W1[0,0]*x[1] + b1[0]",)),)),
            # a remark in Thai or Hindi closing the line: in parentheses, or after an arrow with a mark
            ("thai-remark", "ผลลัพธ์ = tanh(ผลรวม) (ปรับเพิ่มขึ้น)", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("hindi-remark", "ผลลัพธ์ = tanh(ผลรวม) (अनुमान)", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("thai-arrow-remark-wrong", "ผลลัพธ์ = tanh(ผลรวม) + b → ไปเที่ยว ✓", ((W,),),
             (Twin("value", "a1[0]", ("tanh(z1[0]) + b1[0]",)),)),
            ("thai-arrow-remark", "ผลลัพธ์ = tanh(ผลรวม) → ไปเที่ยว ✗", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            # a name of the notation's in the parentheses: a factor, as written
            ("thai-named-factor-wrong", "ผลลัพธ์ = tanh(ผลรวม) (อากาศดี)", ((W,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])*x[0]",)),))):
        cases.append(Public(key, "test", "tanh-2-1", THAI_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the function's subscript the layer of its argument: layer k-1's activation at its sums (k = 2; at
            # k = 1 s_0 means nothing and the rule does not reach there)
            ("layer-function", "s_k = v_k h_{k-1}(s_{k-1}) + c_k", ((C,),), (Twin("value", "{v}", ("{m}",), _LAYERS),)),
            ("layer-function-own-layer-wrong", "s_k = v_k h_{k}(s_{k}) + c_k", ((W,),),
             (Twin("value", "{v}", ("{m}",), ({"v": "z1[0]", "m": "W1[0,0]*a1[0] + b1[0]"},
                                              {"v": "z2[0]", "m": "W2[0,0]*a2[0] + b2[0]"})),)),
            ("layer-function-derivative", r"\frac{\partial s_k}{\partial v_k} = h_{k-1}(s_{k-1})", ((C,),),
             (Twin("value", "{v}", ("{v}",), ({"v": "x[0]"}, {"v": "a1[0]"})),)),
            ("layer-function-derivative-wrong", r"\frac{\partial s_k}{\partial v_k} = h_{k}(s_{k})", ((W,),),
             (Twin("value", "{v}", ("{w}",), ({"v": "x[0]", "w": "a1[0]"}, {"v": "a1[0]", "w": "a2[0]"})),)),
            # m a letter the notation gives a number, the output layer: its slope primed after the subscript
            ("layer-function-slope", r"\frac{\partial C}{\partial s_m} = \frac{\partial C}{\partial h_m(s_m)} "
                                     r"\frac{\partial h_m(s_m)}{\partial s_m} = \frac{\partial C}{\partial h_m(s_m)} "
                                     r"h_m'(s_m)", ((C, C),), (Twin("value", _OUT, (_OUT, _OUT)),)),
            ("layer-function-slope-left-out-wrong", r"\frac{\partial C}{\partial s_m} = \frac{\partial C}"
                                                    r"{\partial h_m(s_m)} h_m(s_m)", ((W,),),
             (Twin("value", _OUT, ("(a2[0] - y[0])*a2[0]",)),))):
        cases.append(Public(key, "test", "sigmoid-1-1-1", LAYER_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # the layer in the argument's superscript, in the function's subscript
            ("layer-function-superscript", "a_j^{(1)} = g_{1}(z_j^{(1)})", ((C,),),
             (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), ({"j": 0}, {"j": 1})),)),
            ("layer-function-superscript-wrong", "a_j^{(1)} = 1 - g_{1}(z_j^{(1)})", ((W,),),
             (Twin("value", "a1[{j}]", ("1 - tanh(z1[{j}])",), ({"j": 0}, {"j": 1})),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-1", SUPERSCRIPT_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a premise on the terms of the sum over i, in words between the blocks: the chain goes on
            ("premise-between-blocks", _CHAIN + r"Since the units are apart, if $i \neq 1$, $\frac{\partial h_{i}}"
                                       r"{\partial s_{1}} = 0$ and we get $$= \sum_{k} \delta_k m_k h_1 (1 - h_1) x_1$$",
             ((C, C),), (Twin("gradient", "W1[0,0]", (_GRAD_V, _GRAD_V)),)),
            ("premise-between-blocks-wrong", _CHAIN + r"Now for these units if $i\neq{1} \frac{\partial h_{i}}"
                                             r"{\partial s_{1}}=0$ so $$= \sum_{k} \delta_k m_k h_1 x_1$$",
             ((C, W),), (Twin("gradient", "W1[0,0]", (_GRAD_V, f"{_BACK}*a1[0]*x[0]")),)),
            # in brackets closing the block
            ("premise-in-brackets", _BRACKET_CHAIN + r"$$= \sum_{k} \delta_k m_k h_1 (1 - h_1) x_1$$",
             ((C, C, C),), (Twin("gradient", "W1[0,0]", (_GRAD_V,) * 3),)),
            ("premise-in-brackets-wrong", _BRACKET_CHAIN + r"$$= \sum_{k} \delta_k m_k (1 - h_1) x_1$$",
             ((C, C, W),), (Twin("gradient", "W1[0,0]", (_GRAD_V, _GRAD_V, f"{_BACK}*(1 - a1[0])*x[0]")),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", PREMISE_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_word_the_notation_does_not_name_is_refused_whole():
    """A run longer than the notation's name, ผลรวมผิด: its name then a word it does not name, refused naming that."""
    message = CHECKS.refused("tanh-2-1", THAI_NOTATION, "ผลลัพธ์ = tanh(ผลรวมผิด)")
    assert "unknown symbol ผิด" in message


def test_a_layer_function_at_another_layers_sums_stays_refused():
    """h_{k}(s_{k-1}): the subscript is not the argument's layer, so which function h_k is, nothing says."""
    message = CHECKS.refused("sigmoid-1-1-1", LAYER_NOTATION, "s_k = v_k h_{k}(s_{k-1}) + c_k")
    assert "at its argument's layer" in message


def test_a_layer_function_whose_layer_has_another_activation_is_refused():
    """g_{2}(z^{(2)}) with g the tanh and layer 2 the sigmoid: g_2 is layer 2's function or g with a label."""
    message = CHECKS.refused("tanh-2-2-sigmoid-1", SUPERSCRIPT_NOTATION, "a_j^{(2)} = g_{2}(z_j^{(2)})")
    assert "whose activation is sigmoid" in message


def test_the_inputs_function_of_layer_0_is_refused():
    """h_0(s_0) with s_0 the input: the page's f_0(l_0) is the input itself, which h (the sigmoid) does not give."""
    message = CHECKS.refused("sigmoid-1-1-1", INPUT_NOTATION, "s_1 = v_1 h_{0}(s_{0}) + c_1")
    assert "at its argument's layer" in message


def test_a_condition_on_a_letter_the_chain_does_not_sum_stays_refused():
    """``if $k \\neq 1$ ...`` between the blocks, k no letter of the chain's sums (before them): a condition on the step,
    not its reason."""
    message = CHECKS.refused("sigmoid-2-2-2", PREMISE_NOTATION, _CHAIN + r"Now if $k \neq 1$, $\frac{\partial h_{1}}"
                             r"{\partial r_{k}} = 0$ so $$= \sum_{k} \delta_k m_k h_1 (1 - h_1) x_1$$")
    assert "an inequality is not a claim" in message
