"""Small general constructs batches 45 to 48 of the public formulas showed refused, each written here as another
author would (other names, other networks than the pages'): a web address after a formula, a remark; an update's
relation then an equals sign, ``v_i \\leftarrow = v_i - ...`` (``← =``, ``:= =``, ``<- =``), one relation; a number's
period before a name or a command (``1.x_i``, ``1.\\frac``) and a spaced period before a number (``... . 1``), the
product, a full stop after a formula still punctuation; a lead-in word (if, when, let) opening a display before a
name's definition, the sentence's. What stays refused, saying why: an address among the operands; a double
subscript, ``v_{0}_i``; a condition then its claim, ``if t = 1, then E = ...``, and ``if ... then`` in one claim;
a class named by a word in code's index, ``q[target_class]`` (the refusal says to write the label letter, ``q[y]``).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "softmax-three": SOFTMAX_2_3,
}
CHECKS = CaseChecks(NETWORKS)

_I2 = ({"i": 0}, {"i": 1})
# dE/ds of TANH_2_1: the half squared error through tanh
_DS = "(a1[0] - y[0])*(1 - a1[0]**2)"


# code's names for SOFTMAX_2_3's probabilities, q[j], and its loss J
_CODE_PROBABILITIES = r'''
[notation]
loss = ["J"]
[notation.symbols]
"q[j]" = "a1[j]"
'''
_C3 = tuple({"c": c} for c in range(3))
_CE3 = "-(t[0]*np.log(a1[0]) + t[1]*np.log(a1[1]) + t[2]*np.log(a1[2]))"  # t the one-hot target


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a web address after the formula, bare, in angle brackets or in parentheses: a remark
            ("address-after", r"\frac{\partial E}{\partial s} = (h - t)(1 - h^2) https://en.wikipedia.org/wiki/Tanh",
             ((C,),), (Twin("gradient_z", "z1[0]", (_DS,)),)),
            ("address-after-wrong", "dE/ds = (h - t) * h www.example.org/notes/backprop.html", ((W,),),
             (Twin("gradient_z", "z1[0]", ("(a1[0] - y[0])*a1[0]",)),)),
            ("address-angle-brackets", "h = tanh(s) <http://example.com/activations#tanh>", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("address-parentheses-wrong", "h = tanh(2 s) (https://example.com/tanh)", ((W,),),
             (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
            # an update's relation, then an equals sign: one relation, the update
            ("arrow-equals", r"v_i \leftarrow = v_i - \eta (h - t)(1 - h^2) x_i", ((C,),),
             (Twin("update", "W1[0,{i}]", (f"W1[0,{{i}}] - eta*{_DS}*x[{{i}}]",), _I2),)),
            ("arrow-equals-unicode-wrong", "c ← = c + η (h - t)(1 - h^2)", ((W,),),
             (Twin("update", "b1[0]", (f"b1[0] + eta*{_DS}",)),)),
            ("assignment-equals", r"c := = c - \eta (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", (f"b1[0] - eta*{_DS}",)),)),
            ("plain-arrow-equals-wrong", "c <- = c - eta * (h - t)", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),)),
            # a number's period before a name or a command (no decimal: none has a digit after its period), and a
            # period with spaces on both sides between two operands: the product
            ("period-before-command", r"E = 1.\frac{1}{2}(h - t)^2", ((C,),),
             (Twin("value", "0.5*(a1[0] - y[0])**2", ("1*0.5*(a1[0] - y[0])**2",)),)),
            ("period-before-name", r"\frac{\partial E}{\partial v_i} = 1.x_i (h - t)(1 - h^2)", ((C,),),
             (Twin("gradient", "W1[0,{i}]", (f"1*x[{{i}}]*{_DS}",), _I2),)),
            ("period-before-name-wrong", "dE/dc = 2.h (h - t)", ((W,),),
             (Twin("gradient", "b1[0]", ("2*a1[0]*(a1[0] - y[0])",)),)),
            ("period-spaced-number", r"\frac{\partial E}{\partial c} = (h - t)(1 - h^2) . 1", ((C,),),
             (Twin("gradient", "b1[0]", (f"{_DS}*1",)),)),
            ("period-spaced-number-wrong", r"\frac{\partial E}{\partial c} = (h - t) . 2", ((W,),),
             (Twin("gradient", "b1[0]", ("(a1[0] - y[0])*2",)),)),
            # a sentence's full stop after a formula stays punctuation
            ("full-stop-spaced", r"\frac{\partial E}{\partial c} = (h - t)(1 - h^2) .", ((C,),),
             (Twin("gradient", "b1[0]", (_DS,)),)),
            ("full-stop-inline-wrong", r"So $c := c - \eta (h - t)$. Then repeat for each sample.", ((W,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*(a1[0] - y[0])",)),)),
            # a lead-in word (if, when, let) opening a display before a name's definition: the sentence's
            ("if-definition", r"if\;h=\tanh(s),\;\mathrm{then}\;\frac{\partial h}{\partial s}=1-h^2", ((C,), (C,)),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)), Twin("value", "1 - a1[0]**2", ("1 - a1[0]**2",)))),
            ("when-definition-wrong", r"\text{when } s = v_1 x_1 + v_2 x_2", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
            ("let-definition-wrong", r"Let \quad h = \sigma(s)", ((W,),),
             (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    # the label letter in code's index, the sample's class: what the refusal of a class named by a word says to write
    cases.append(Public("label-letter-index", "test", "softmax-three", _CODE_PROBABILITIES, "J = -log(q[y])", ((C,),),
                        (Twin("value", _CE3, ("-np.log(a1[{c}])",), _C3, classes="label"),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_address_among_the_operands_stays_refused():
    """``h = tanh(s) * http://...``: after an operator the address stands for an operand; refused."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = tanh(s) * http://example.com/tanh")
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = https://example.com/tanh + s")


def test_a_double_subscript_is_refused_saying_how_to_write_it():
    """``v_{0}_i``, a subscript after a subscript: LaTeX refuses it ("Double subscript"); check says so, and how."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"\frac{\partial E}{\partial v_{0}_i} = (h - t) x_i")
    assert "a double subscript v_{0}_i" in message and "write v_{0,i} (or v_{0i})" in message
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"h = \tanh(v_{1}_{2} x_2 + c)")
    assert "a double subscript v_{1}_2" in message


def test_a_condition_after_a_lead_in_word_is_refused():
    """``if t = 1, then ...``: a condition's value, no definition, before a claim that holds in that case only:
    refused, saying to write the case after the claim (as ``E = ..., if t = 1`` is judged); ``if ... then ...`` in
    one claim, a condition and its consequence, is refused as before."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"if\; t = 1,\; \mathrm{then}\; E = \frac{1}{2}(h - 1)^2")
    assert "a condition before its claim" in message and r"(E = \frac{1}{2}(h - 1)^2, if t = 1)" in message
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"\text{when } t = 0, then E = \frac{1}{2} h^2")
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION,
                   r"if h = \tanh(s) \text{ then } \frac{\partial h}{\partial s} = 1 - h^2")


def test_a_class_named_by_a_word_is_refused_saying_to_write_the_label_letter():
    """``q[target_class]``: no pattern's letter; the refusal says to write the notation's label letter, ``q[y]``."""
    message = CHECKS.refused("softmax-three", _CODE_PROBABILITIES, "J = -log(q[target_class])")
    assert "write q[y], the notation's label letter y" in message
    message = CHECKS.refused("softmax-three", _CODE_PROBABILITIES.replace("[notation]", '[notation]\nlabel = "t"'),
                             "J = -log(q[true_label])")
    assert "write q[t], the notation's label letter t" in message
