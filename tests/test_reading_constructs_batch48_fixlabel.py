"""Batch 45's CS231n softmax loss (mse1804041-loss) showed the label letter carrying the sample's subscript refused:
``f_{y_i}``, the score of sample i's correct class. check judges one sample at a time, so with one-hot targets the
label letter with a sample's subscript or superscript as a whole subscript (``y_i``, ``y_{i}``, ``y^{(i)}``), or
after a condition's relation there (``s_{j \\neq c_n}``, with ``--when "label!=j"``), is the sample's class, as
the bare label letter is: ``f_{y_i}`` reads as ``f_{y}``. Written here as other authors would: other label letters
(``s_{c_n}`` with label "c"), other sample scripts (``z_{y^{(i)}}``), the loss, its derivative by the correct
class's score, right and wrong. What stays as written (read as before, or refused): the sample's letter one of the
notation's index letters indexing units elsewhere in the formula (a rule's j), and a subscript a pattern of the
notation names itself.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

from backprop.symbolic.claim_text import sample_class_as_label
from backprop.symbolic.notation_loading import notation_from_table

NETWORKS = {"softmax-three": SOFTMAX_2_3}
CHECKS = CaseChecks(NETWORKS)

# the scores s (z1), the probabilities q (a1); the label letter c, the sample's letter n
_SCORES_C = r'''
[notation]
indices = "j"
loss = ["L_{n}"]
label = "c"
[notation.symbols]
"s_{j}" = "z1[j]"
"q_{j}" = "a1[j]"
'''
# the default index letters (i among them), the label y, the sample's index as a superscript
_LOGITS_Y = r'''
[notation]
[notation.symbols]
"z_{k}" = "z1[k]"
"p_{k}" = "a1[k]"
'''
_CE = "-(t[0]*np.log(a1[0]) + t[1]*np.log(a1[1]) + t[2]*np.log(a1[2]))"
_SUM_EXP = "(np.exp(z1[0]) + np.exp(z1[1]) + np.exp(z1[2]))"
_CLASSES = tuple({"c": c} for c in range(3))
_OTHER_CLASSES = tuple({"j": j, "c": c} for c in range(3) for j in range(3) if j != c)


def _cases() -> list[Public]:
    cases = []
    for key, notation, text, expected, members in (
            ("subscript-loss", _SCORES_C, r"L_n = -\log\left(\frac{e^{s_{c_n}}}{\sum_j e^{s_j}}\right)"
             r" = -s_{c_n} + \log\sum_j e^{s_j}", ((C, C),),
             (f"-np.log(np.exp(z1[{{c}}])/{_SUM_EXP})", f"-z1[{{c}}] + np.log({_SUM_EXP})")),
            ("subscript-loss-wrong", _SCORES_C, r"L_n = -s_{c_n} - \log\sum_j e^{s_j}", ((W,),),
             (f"-z1[{{c}}] - np.log({_SUM_EXP})",)),
            ("braced-subscript-probability", _SCORES_C, r"L_n = -\log q_{c_{n}}", ((C,),), ("-np.log(a1[{c}])",)),
            ("braced-subscript-probability-wrong", _SCORES_C, r"L_n = -\log(1 - q_{c_{n}})", ((W,),),
             ("-np.log(1 - a1[{c}])",)),
            ("superscript-loss", _LOGITS_Y, r"L = -z_{y^{(i)}} + \log\sum_k e^{z_k}", ((C,),),
             (f"-z1[{{c}}] + np.log({_SUM_EXP})",)),
            ("superscript-loss-wrong", _LOGITS_Y, r"L = z_{y^{(i)}} - \log\sum_k e^{z_k}", ((W,),),
             (f"z1[{{c}}] - np.log({_SUM_EXP})",))):
        cases.append(Public(key, "test", "softmax-three", notation, text, expected,
                            (Twin("value", _CE, members, _CLASSES, classes="label"),)))
    for key, notation, text, verdict, member in (
            # the derivative by the correct class's score: p - 1 there
            ("subscript-gradient", _SCORES_C, r"\frac{\partial L_n}{\partial s_{c_n}} = q_{c_n} - 1", C,
             "a1[{c}] - 1"),
            ("subscript-gradient-wrong", _SCORES_C, r"\frac{\partial L_n}{\partial s_{c_n}} = q_{c_n}", W, "a1[{c}]"),
            ("superscript-gradient", _LOGITS_Y, r"\frac{\partial L}{\partial z_{y^{(i)}}} = p_{y^{(i)}} - 1", C,
             "a1[{c}] - 1"),
            ("superscript-gradient-wrong", _LOGITS_Y, r"\frac{\partial L}{\partial z_{y^{(i)}}} = 1 - p_{y^{(i)}}",
             W, "1 - a1[{c}]")):
        cases.append(Public(key, "test", "softmax-three", notation, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{c}]", (member,), _CLASSES, classes="label"),)))
    for key, text, verdict, member in (
            # a condition in the subscript on the sample's class, with --when label!=j: the other classes' p
            ("condition-subscript", r"\frac{\partial L_n}{\partial s_{j \neq c_n}} = q_j", C, "a1[{j}]"),
            ("condition-subscript-wrong", r"\frac{\partial L_n}{\partial s_{j \neq c_n}} = q_j - 1", W, "a1[{j}] - 1")):
        cases.append(Public(key, "test", "softmax-three", _SCORES_C, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{j}]", (member,), _OTHER_CLASSES, classes="label"),),
                            when="label!=j"))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_unit_index_of_the_formula_is_no_sample():
    """``s_{c_j}`` where j indexes the units (``\\sum_j``): c_j may be the class of unit j, not the sample's."""
    CHECKS.refused("softmax-three", _SCORES_C, r"L_n = -s_{c_j} + \log\sum_j e^{s_j}")


def _notation(text: str):
    return notation_from_table(tomllib.loads(text)["notation"], "test")


def test_a_unit_index_in_the_condition_is_no_sample():
    """``s_{j \\neq c_j}``: the class of unit j, or of sample j, is a guess."""
    CHECKS.refused("softmax-three", _SCORES_C, r"\frac{\partial L_n}{\partial s_{j \neq c_j}} = q_j")


def test_a_pattern_naming_the_subscript_keeps_it():
    """A pattern of the notation whose subscript is ``c_{n}`` itself says what it is: the text is left as written."""
    notation = _notation(_SCORES_C + '"q_{c_{n}}" = "a1[0]"\n')
    assert sample_class_as_label(r"L_n = -\log q_{c_{n}}", notation, True) == r"L_n = -\log q_{c_{n}}"


def test_without_one_hot_targets_nothing_is_a_class():
    notation = _notation(_SCORES_C)
    assert sample_class_as_label(r"L_n = -\log q_{c_n}", notation, False) == r"L_n = -\log q_{c_n}"
    assert sample_class_as_label(r"L_n = -\log q_{c_n}", notation, True) == r"L_n = -\log q_{c}"
