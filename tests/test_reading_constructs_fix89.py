"""Batch 89 of the public formulas showed general constructs refused, each written here as another author would
(other names, other networks than the pages'): a derivative by a unit's weighted sum written without its threshold,
Zhou Zhihua's beta_j = sum_h w_hj b_h with y_j = f(beta_j - theta_j) (the textbook many Chinese courses follow),
differentiated with the unit's bias held; an eqnarray row's number before \\notag, a remark; a code comment's name
in words and its abbreviation in parentheses before the formula, a label; a remark in Chinese after a formula on
its line; and an index used on the right side only where every symbol it indexes has one unit, read at that unit.
The ambiguous neighbours stay refused: a sum mixed with another layer's bias, a remark after an operator, an index
over a layer of two units.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_1_1, SIGMOID_2_2_2, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2, "sigmoid-1-1": SIGMOID_1_1, "logistic-2": LOGISTIC_2,
            "tanh-2-1": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

# Zhou's construction in other letters: s_j the output's weighted sum without its threshold c_j (o_j = f(s_j - c_j),
# the threshold minus the bias), r_h the hidden outputs, u_{hj} the weights, t_j the targets, g_j = -dE/ds_j
THRESHOLD_NOTATION = r'''
[notation]
indices = "hj"
loss = ["E"]
[notation.symbols]
"r_{h}" = "a1[h-1]"
"u_{hj}" = "W2[j-1, h-1]"
"c_{j}" = "-b2[j-1]"
"s_{j}" = "z2[j-1] - b2[j-1]"
"q_{j}" = "z2[j-1] - b1[0]"
"o_{j}" = "a2[j-1]"
"t_{j}" = "y[j-1]"
"g_{j}" = "-delta2[j-1]"
'''
# one sigmoid unit's code names, the squared error L
CODE_NOTATION = r'''
[notation]
loss = ["L"]
[notation.symbols]
"y_hat" = "a1[0]"
"y" = "y[0]"
'''
# logistic regression's names: p the output, t the target, d = dL/dz
LOGISTIC_NOTATION = r'''
[notation]
[notation.symbols]
"p" = "a1[0]"
"t" = "y[0]"
"d" = "delta1[0]"
'''
# one tanh output written by its unit's index k (the layer has one unit), \delta its dE/dz
ONE_UNIT_NOTATION = r'''
[notation]
indices = "k"
[notation.symbols]
"o_{k}" = "a1[k-1]"
"t_{k}" = "y[k-1]"
"o" = "a1[0]"
"\\delta" = "delta1[0]"
'''
# the outputs of two units by k, d the first output's dE/dz
TWO_UNIT_NOTATION = r'''
[notation]
indices = "k"
[notation.symbols]
"o_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"d" = "delta2[0]"
'''
_J2 = ({"j": 0}, {"j": 1})
_HJ = tuple({"h": h, "j": j} for h in range(2) for j in range(2))
_D2 = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # d/d s_j with the bias held is d/d z_j: g_j, the chain through s_j, the threshold's derivative
            ("sum-without-threshold", r"g_j = -\frac{\partial E}{\partial s_j}", ((C,),),
             (Twin("value", f"-{_D2}", (f"-{_D2}",), _J2),)),
            ("sum-without-threshold-sign-wrong", r"g_j = \frac{\partial E}{\partial s_j}", ((W,),),
             (Twin("value", f"-{_D2}", (_D2,), _J2),)),
            ("sum-without-threshold-chain",
             r"\frac{\partial E}{\partial u_{hj}} = \frac{\partial E}{\partial o_j} \frac{\partial o_j}{\partial s_j}"
             r" \frac{\partial s_j}{\partial u_{hj}}", ((C,),),
             (Twin("gradient", "W2[{j},{h}]", (f"{_D2}*a1[{{h}}]",), _HJ),)),
            ("sum-without-threshold-chain-inverted-wrong",
             r"\frac{\partial E}{\partial u_{hj}} = \frac{\partial E}{\partial o_j} \frac{\partial s_j}{\partial o_j}"
             r" \frac{\partial s_j}{\partial u_{hj}}", ((W,),),
             (Twin("gradient", "W2[{j},{h}]",
                   ("(a2[{j}] - y[{j}])*a1[{h}]/(a2[{j}]*(1 - a2[{j}]))",), _HJ),)),
            ("threshold-by-sum", r"\frac{\partial E}{\partial c_j} = -\frac{\partial E}{\partial s_j}", ((C,),),
             (Twin("value", f"-{_D2}", (f"-{_D2}",), _J2),)),
            ("threshold-by-sum-wrong", r"\frac{\partial E}{\partial c_j} = \frac{\partial E}{\partial s_j}", ((W,),),
             (Twin("value", f"-{_D2}", (_D2,), _J2),)),
            # an eqnarray row's number before \notag: the row's remark, no factor
            ("eqnarray-number-notag",
             "\\begin{eqnarray}\ng_j&=&-\\frac{\\partial E}{\\partial s_j}\\notag\\\\\n"
             "&=&o_j(1-o_j)(t_j-o_j)\\qquad(2)\\notag\n\\end{eqnarray}", ((C, C),),
             (Twin("value", f"-{_D2}", (f"-{_D2}", f"-{_D2}"), _J2),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", THRESHOLD_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a comment's name in words and its abbreviation before the formula: a label
            ("comment-named-label", "    # Error cuadrático (SE) L = (y - y_hat)**2", ((C,),),
             (Twin("value", "(a1[0] - y[0])**2", ("(y[0] - a1[0])**2",)),)),
            ("comment-named-label-wrong", "    # Verlust (SE) L = 0.5 * (y - y_hat)**2", ((W,),),
             (Twin("value", "(a1[0] - y[0])**2", ("0.5*(y[0] - a1[0])**2",)),))):
        cases.append(Public(key, "test", "sigmoid-1-1", CODE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a question in Chinese after the formula on its line: a remark
            ("east-asian-remark", "d = p - t 这样写对吗？", ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
            ("east-asian-remark-wrong", "d = t - p 对吗？", ((W,),), (Twin("value", "a1[0] - y[0]", ("y[0] - a1[0]",)),))):
        cases.append(Public(key, "test", "logistic-2", LOGISTIC_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # k on the right side only, every symbol it indexes of one unit: that unit
            ("one-unit-index", r"\delta = (o_k - t_k)(1 - o^2)", ((C,),),
             (Twin("value", "(a1[0] - y[0])*(1 - a1[0]**2)", ("(a1[0] - y[0])*(1 - a1[0]**2)",)),)),
            ("one-unit-index-wrong", r"\delta = (o_k - t_k)(1 + o^2)", ((W,),),
             (Twin("value", "(a1[0] - y[0])*(1 - a1[0]**2)", ("(a1[0] - y[0])*(1 + a1[0]**2)",)),))):
        cases.append(Public(key, "test", "tanh-2-1", ONE_UNIT_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_sum_mixed_with_another_layers_bias_stays_refused():
    """``q_j = z2[j] - b1[0]``: another layer's bias, which reaches z2 through the hidden units; what is held is not
    said."""
    message = CHECKS.refused("sigmoid-2-2-2", THRESHOLD_NOTATION, r"g_j = -\frac{\partial E}{\partial q_j}")
    assert "is not one quantity of the network to differentiate by" in message


def test_a_remark_after_an_operator_stays_refused():
    """``d = p - t * 这样对吗？``: the formula before the words does not end, so they may be its operand."""
    message = CHECKS.refused("logistic-2", LOGISTIC_NOTATION, "d = p - t * 这样对吗？")
    assert "cannot read" in message


def test_an_index_over_two_units_stays_refused():
    """``d = (o_k - t_k) o_1 (1 - o_1)`` with two outputs: right at k = 1, not at k = 2; which unit was meant decides."""
    message = CHECKS.refused("sigmoid-2-2-2", TWO_UNIT_NOTATION, r"d = (o_k - t_k) o_1 (1 - o_1)")
    assert "the index k has no value" in message


# a class's private method by its dotted name, the sigmoid's derivative at the output
PRIVATE_NOTATION = r'''
[notation]
functions = { "self.__sigmoid_prime" = "sigmoid' at output" }
[notation.symbols]
"self._output" = "a1[0]"
"self._target" = "y[0]"
"delta" = "-delta1[0]"
'''


def _private_cases() -> list[Public]:
    return [Public(key, "test", "sigmoid-1-1", PRIVATE_NOTATION, text, expected, twins) for key, text, expected, twins in (
        # squared error: -dL/dz = 2 (y - a) a (1 - a)
        ("private-method", "delta = 2*(self._target - self._output)*self.__sigmoid_prime(self._output)", ((C,),),
         (Twin("value", "-2*(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("2*(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),)),
        ("private-method-wrong", "delta = (self._target - self._output)*self.__sigmoid_prime(self._output)", ((W,),),
         (Twin("value", "-2*(a1[0] - y[0])*a1[0]*(1 - a1[0])", ("(y[0] - a1[0])*a1[0]*(1 - a1[0])",)),)))]


PRIVATE_CASES = _private_cases()

test_the_oracle_gives_the_private_cases_verdicts, test_check_gives_the_oracles_private_verdicts = \
    CHECKS.tests(PRIVATE_CASES)


def test_an_unnamed_private_method_stays_refused():
    """``self.__other(self._output)``: a private name the notation does not give means nothing."""
    CHECKS.refused("sigmoid-1-1", PRIVATE_NOTATION, "delta = 2*(self._target - self._output)*self.__other(self._output)")
