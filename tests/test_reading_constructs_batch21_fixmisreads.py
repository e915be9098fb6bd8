"""Misreadings batches 19 to 22 of the public formulas showed, each written as another author would (other
names, other networks than the pages'):

- a sum whose letter is also the left side's free index, with a derivative by that letter inside it (refused:
  which k the derivative's is, nothing says);
- Einstein's implied sum (y_i \\hat{y}_i with no sum sign): read unsummed as the spec says (wrong at each i) and
  summed; refused where the sum is right, saying to write it, wrong with the missing sum's hint where it is not;
- a bare target letter (y, t) where the notation's patterns of that letter (y_true = y[:]) all name the target,
  as the default does;
- two vectors side by side inside a member whose left side is a vector (A^T(s(A\\beta) - t)): their inner
  product, where the entrywise product leaves a vector added to a number; a count of the samples (1/n) before
  such a member that sums over none (refused);
- a sum over the samples without bounds beside a count the notation makes 1 ("N" = "1"): its one term (the
  reading main has, reading_names.one_sample_named, held here on another page's kind of formula);
- issue 13's slips, written as seed 000's homework writes them, each named by its hint.

Each case is judged right where the formula is right and wrong where one thing is changed. Every verdict
asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its twin,
the formula transcribed by hand into symbols.md's names (an unsummed member at one value of its letter, which
check finds wrong at each).
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.homework import DELTA_SIGN_HINT, check_homework
from backprop.symbolic.notation_loading import notation_from_table

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_2, LOGISTIC_3_NO_BIAS, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin, problem
from test_seed_verbatim import oracle_verdicts

NETWORKS = {
    # softmax regression on two inputs, three classes, the cross-entropy
    "softmax": SOFTMAX_2_3 + '[data]\nx = [[0.3, -0.8]]\ny = [[0.0, 1.0, 0.0]]\n',
    # a sigmoid hidden layer of two, three linear outputs, the half squared error
    "hidden-linear": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\n[[layer]]\nunits = 3\n'
                     'activation = "identity"\n[loss]\nname = "half_squared_error"\n',
    "linear-two": LINEAR_2_2,
    # logistic regression on three inputs, no bias, the binary cross-entropy averaged over a step (of one sample)
    "logistic": LOGISTIC_3_NO_BIAS + '[data]\nx = [[0.5, -1.0, 2.0]]\ny = [[0.0]]\n'
                '[update]\nlearning_rate = 0.1\nreduction = "mean"\n',
}
CHECKS = CaseChecks(NETWORKS)
_problem, _check = CHECKS.problem, CHECKS.verdicts

# 1-based, output-first: u_{ki} joins input i to class k
_SOFTMAX = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"u_{ki}" = "W1[k-1, i-1]"
"s_{k}" = "z1[k-1]"
"p_{k}" = "a1[k-1]"
"t_{k}" = "y[k-1]"
"g_{i}" = "x[i-1]"
'''
_HIDDEN = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"v_{kj}" = "W2[k-1, j-1]"
"h_{j}" = "a1[j-1]"
"p_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
'''
# the target named only with a subscript (t_{true}, t_{first}): a bare t is still the target, which no pattern
# contradicts (a pattern with a placeholder, t_{k}, would make the bare t the vector of its entries)
_TARGET = r'''
[notation]
loss = ["Q"]
[notation.symbols]
"t_{first}" = "y[0]"
"t_{true}" = "y[:]"
"s" = "z1[:]"
"o" = "a1[:]"
'''
# the design matrix A (one sample's row here), the weights beta, G the gradient by them
_LOGISTIC = r'''
[notation]
functions = { s = "sigmoid" }
loss = ["Q"]
[notation.symbols]
"A" = "x[:]"
"\\beta" = "W1[0, :]"
"t" = "y[0]"
"a_{j}^{(i)}" = "x[j-1]"
"G" = "grad(W1[0, :])"
'''
# the same with the samples' letter i and their number N, one sample as the notation says
_LOGISTIC_SAMPLES = _LOGISTIC.replace('"t" = "y[0]"', '"t^{(i)}" = "y[0]"\n"a^{(i)}" = "x[:]"\n"N" = "1"')
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_LOGISTIC_A = "sigmoid(W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2])"
_LOGISTIC_DW = f"x[{{j}}]*({_LOGISTIC_A} - y[0])"
_KI = tuple({"k": k, "i": i} for k in range(3) for i in range(2))
_K2 = ({"k": 0}, {"k": 1})
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_J2 = ({"j": 0}, {"j": 1})
_DQ_DU = "(a1[{k}] - t[{k}])*x[{i}]"
# -\sum_k t_k d(ln p_k)/du_{ki} with the sum's k inside the derivative: the same for every k of the left side
_SHADOWED = "-(t[0]*(1 - a1[0]) + t[1]*(1 - a1[1]) + t[2]*(1 - a1[2]))*x[{i}]"
_DQ_DH = "(a2[0] - y[0])*W2[0,{j}] + (a2[1] - y[1])*W2[1,{j}] + (a2[2] - y[2])*W2[2,{j}]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the derivative outside the sum: the sum's k is its own, the derivative's the left side's
            ("derivative-outside-sum", r"\frac{\partial Q}{\partial u_{ki}} = \frac{\partial}{\partial u_{ki}}"
                                       r" \left(-\sum_k t_k \ln p_k\right)", C, _DQ_DU),
            ("derivative-outside-sum-of-logits", r"\frac{\partial Q}{\partial u_{ki}} = \frac{\partial}{\partial"
                                                 r" u_{ki}} \left(-\sum_k t_k \ln s_k\right)", W,
             "-t[{k}]*x[{i}]/z1[{k}]"),
            # the sum renamed, the derivative inside it: the left side's u_{ki}
            ("renamed-sum", r"\frac{\partial Q}{\partial u_{ki}} = -\sum_{m} t_m \frac{\partial}{\partial u_{ki}}"
                            r" \ln p_m", C, _DQ_DU),
            ("renamed-sum-sign", r"\frac{\partial Q}{\partial u_{ki}} = \sum_{m} t_m \frac{\partial}{\partial u_{ki}}"
                                 r" \ln p_m", W, "(t[{k}] - a1[{k}])*x[{i}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax", _SOFTMAX, text, ((verdict,),),
                            (Twin("gradient", "W1[{k},{i}]", (member,), _KI),)))
    for key, text, verdict, member in (
            # a sum over the left side's letter with no derivative inside: the sum's k, as usual
            ("shadowing-sum", r"\frac{\partial Q}{\partial s_k} = \frac{e^{s_k}}{\sum_k e^{s_k}} - t_k", C,
             "a1[{k}] - t[{k}]"),
            ("shadowing-sum-sign", r"\frac{\partial Q}{\partial s_k} = \frac{e^{s_k}}{\sum_k e^{s_k}} + t_k", W,
             "a1[{k}] + t[{k}]")):
        cases.append(Public(f"{key}-{verdict}", "test", "softmax", _SOFTMAX, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for key, text, verdict, member in (
            # Einstein's convention: the repeated k wrong read unsummed and summed alike, and with the sum written
            ("einstein-summed", r"\frac{\partial Q}{\partial h_j} = \sum_k (p_k - t_k) v_{kj}", C, _DQ_DH),
            ("einstein-sign", r"\frac{\partial Q}{\partial h_j} = (p_k + t_k) v_{kj}", W, "(a2[0] + y[0])*W2[0,{j}]"),
            ("einstein-two-summed", r"\frac{\partial Q}{\partial h_j} = \sum_k \sum_m (p_k - t_k) v_{mj} \delta_{km}",
             C, _DQ_DH),
            ("einstein-sign-summed", r"\frac{\partial Q}{\partial h_j} = \sum_k (p_k + t_k) v_{kj}", W,
             _DQ_DH.replace("-", "+"))):
        cases.append(Public(f"{key}-{verdict}", "test", "hidden-linear", _HIDDEN, text, ((verdict,),),
                            (Twin("value", _DQ_DH, (member,), _J2),)))
    for key, text, verdict, member in (
            # a bare t beside the notation's t_{k} and t_{true}: the target vector
            ("bare-target", r"\frac{\partial Q}{\partial s} = o - t", C, "a1[{k}] - y[{k}]"),
            ("bare-target-swapped", r"\frac{\partial Q}{\partial s} = t - o", W, "y[{k}] - a1[{k}]"),
            ("bare-target-entry", r"\frac{\partial Q}{\partial s} = o - t_{true} = o - t", C,
             "a1[{k}] - y[{k}]")):
        members = (member,) if "entry" not in key else (member, member)
        cases.append(Public(f"{key}-{verdict}", "test", "linear-two", _TARGET, text,
                            ((verdict,) * len(members),), (Twin("gradient_z", "z1[{k}]", members, _K2),)))
    for key, text, verdict, member in (
            # the inputs' matrix times the weights inside a function: their inner product, one sample's z
            ("design-matrix", r"G = A^T (s(A \beta) - t)", C, _LOGISTIC_DW),
            ("design-matrix-sign", r"G = A^T (s(A \beta) + t)", W, _LOGISTIC_DW.replace("- y[0]", "+ y[0]"))):
        cases.append(Public(f"{key}-{verdict}", "test", "logistic", _LOGISTIC, text, ((verdict,),),
                            (Twin("gradient", "W1[0,{j}]", (member,), _J3),)))
    for key, text, verdict, sign in (
            # a sum over the samples without bounds, divided by the N the notation makes 1: its one term
            ("one-sample-mean", r"Q = -\frac{1}{N} \sum_i [t^{(i)} \ln s(\beta^T a^{(i)}) + (1 - t^{(i)}) \ln(1 -"
                                r" s(\beta^T a^{(i)}))]", C, "-"),
            ("one-sample-mean-sign", r"Q = \frac{1}{N} \sum_i [t^{(i)} \ln s(\beta^T a^{(i)}) + (1 - t^{(i)}) \ln(1 -"
                                     r" s(\beta^T a^{(i)}))]", W, "")):
        loss = f"{sign}(y[0]*np.log({_LOGISTIC_A}) + (1 - y[0])*np.log(1 - {_LOGISTIC_A}))"
        cases.append(Public(f"{key}-{verdict}", "test", "logistic", _LOGISTIC_SAMPLES, text, ((verdict,),),
                            (Twin("value", "-(y[0]*np.log(a1[0]) + (1 - y[0])*np.log(1 - a1[0]))", (loss,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def _hint(network: str, notation: str, text: str) -> str:
    """The detail of the one member of ``text``'s one claim."""
    result = check_homework(CHECKS.problem(Public("hint", "test", network, notation, text)), text,
                            notation=notation_from_table(tomllib.loads(notation)["notation"], "<test>"))
    return result.claims[0].steps[0].detail


def test_a_derivative_inside_a_sum_over_the_left_sides_free_letter_is_refused():
    """dQ/du_{ki} = -\\sum_k t_k \\partial/\\partial u_{ki} \\ln p_k: read with the sum's k it is wrong (the oracle,
    below), read with the left side's k inside the derivative it is right; which the author meant, nothing says."""
    text = r"\frac{\partial Q}{\partial u_{ki}} = -\sum_k t_k \frac{\partial}{\partial u_{ki}} \ln p_k"
    message = _refusal("softmax", _SOFTMAX, text)
    assert "the sum's index k is also the left side's free index" in message
    assert "d/du_{ki}" in message and "rename the sum's letter" in message
    # the two readings differ: the sum's k inside the derivative is a wrong gradient, the left side's a right one
    shadowed = Public("shadowed", "test", "softmax", _SOFTMAX, text, ((W,),),
                      (Twin("gradient", "W1[{k},{i}]", (_SHADOWED,), _KI),))
    assert oracle_verdicts(shadowed, _problem(shadowed)) == ((W,),)


def test_an_unsummed_letter_right_summed_is_refused_saying_to_write_the_sum():
    """(p_k - t_k) v_{kj}: k repeated in a product with no sum is wrong read at each k (the spec's unsummed index)
    and right summed over k (Einstein's convention, or a sum left out): the readings disagree, so it is refused,
    saying to write the sum."""
    message = _refusal("hidden-linear", _HIDDEN, r"\frac{\partial Q}{\partial h_j} = (p_k - t_k) v_{kj}")
    assert "repeats k in a product" in message and "Einstein's convention" in message
    assert message.endswith(r"write the sum, \sum_k")
    # the oracle: at one k it is wrong (k = 0 of the one output's), summed right (the einstein-summed case)
    unsummed = Public("unsummed", "test", "hidden-linear", _HIDDEN,
                      r"\frac{\partial Q}{\partial h_j} = (p_k - t_k) v_{kj}", ((W,),),
                      (Twin("value", _DQ_DH, ("(a2[0] - y[0])*W2[0,{j}]",), _J2),))
    assert oracle_verdicts(unsummed, _problem(unsummed)) == ((W,),)


def test_an_unsummed_letter_wrong_summed_too_has_no_einstein_hint():
    hint = _hint("hidden-linear", _HIDDEN, r"\frac{\partial Q}{\partial h_j} = (p_k + t_k) v_{kj}")
    assert hint.endswith(r"wrong at every value of k; if a sum over a layer's units is missing, write \sum_k")
    assert "Einstein" not in hint


def test_the_refusal_names_every_letter_the_member_leaves_without_a_value():
    """-t_m \\partial/\\partial s_k ln p_m summed over m is the cross-entropy's dQ/ds_k: refused naming m alone; with a
    second free letter (n, in no product with itself) Einstein's convention would not sum n, and the member summed
    over both is wrong (its first term counted once per class): wrong, the hint the missing sum's."""
    message = _refusal("softmax", _SOFTMAX, r"\frac{\partial Q}{\partial s_k} = -t_m \frac{\partial}{\partial s_k}"
                                             r" \ln p_m")
    assert "repeats m in a product" in message and message.endswith(r"write the sum, \sum_m")
    hint = _hint("softmax", _SOFTMAX, r"\frac{\partial Q}{\partial s_k} = -t_m \frac{\partial}{\partial s_k} \ln p_m"
                                      r" + 0 t_n")
    assert "Einstein" not in hint and hint.endswith(r"write \sum_m")


def test_the_refusal_sums_every_repeated_letter():
    """(p_k - t_k) v_{mj} \\delta_{km}: k and m both repeated, right summed over both (the Kronecker delta picks
    m = k): the refusal names both sums."""
    message = _refusal("hidden-linear", _HIDDEN, r"\frac{\partial Q}{\partial h_j} = (p_k - t_k) v_{mj} \delta_{km}")
    assert "repeats k and m in a product" in message and message.endswith(r"write the sum, \sum_k \sum_m")


def test_a_bare_letter_whose_patterns_name_another_quantity_is_refused():
    """t_{first} = a1[0] (t an output here): a bare t would be the target by default, which that pattern
    contradicts; it stays refused."""
    notation = _TARGET.replace('"t_{first}" = "y[0]"', '"t_{first}" = "a1[0]"')
    message = _refusal("linear-two", notation, r"\frac{\partial Q}{\partial s} = o - t")
    assert "t matches none of the notation's patterns for t" in message


def test_a_count_of_samples_before_a_member_summing_none_is_refused_saying_what_to_write():
    """\\frac{1}{n} A^T(...) where a sum over the samples runs to n in the claim's first member: whether A^T sums
    the samples (A their matrix) check, reading one sample, cannot see; refused rather than called wrong."""
    text = (r"G = \frac{1}{n} \sum_{i=1}^{n} (s(\beta^T a^{(i)}) - t) a^{(i)} = \frac{1}{n} A^T (s(A \beta) - t)")
    message = _refusal("logistic", _LOGISTIC.replace('"t" = "y[0]"', '"t" = "y[0]"\n"t^{(i)}" = "y[0]"')
                       .replace('"a_{j}^{(i)}" = "x[j-1]"', '"a^{(i)}" = "x[:]"'), text)
    assert "n counts the samples" in message and r"\sum_{i=1}^{n}" in message and '"n" = "1"' in message


# Issue 13's slips, each written as seed 000's homework writes its gradients (O_i^l, a_{ik}^l input-first, the bias
# unit O_0 = 1 so units count from 1), on its bundled networks: (key, network, text, twin, words of the hint)
_SEE = "2*(a2[0] - y[0])"
_SLIPS = [
    ("right", "seed000_regression", r"\frac{\partial SEE}{\partial a_{11}^{0}} = 2 (O_0^2 - y) a_{10}^{1} O_1^1"
     r" (1 - O_1^1) O_1^0", Twin("gradient", "W1[0,0]", (f"{_SEE}*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)), ""),
    ("activation-itself", "seed000_regression", r"\frac{\partial SEE}{\partial a_{11}^{0}} = 2 (O_0^2 - y) a_{10}^{1}"
     r" O_1^1 O_1^0", Twin("gradient", "W1[0,0]", (f"{_SEE}*W2[0,0]*a1[0]*x[0]",)),
     "its derivative of the sigmoid of layer 1 is wrong: it uses the activation itself"),
    ("counted-from-0", "seed000_regression", r"\frac{\partial SEE}{\partial a_{11}^{0}} = 2 (O_0^2 - y) a_{10}^{1}"
     r" O_1^1 (1 - O_1^1) O_2^0", Twin("gradient", "W1[0,0]", (f"{_SEE}*W2[0,0]*a1[0]*(1 - a1[0])*x[1]",)),
     "an index is off by one"),
    ("output-first", "seed000_regression", r"\frac{\partial SEE}{\partial a_{12}^{0}} = 2 (O_0^2 - y) a_{10}^{1} O_1^1"
     r" (1 - O_1^1) O_2^0", Twin("gradient", "W1[1,0]", (f"{_SEE}*W2[0,0]*a1[0]*(1 - a1[0])*x[1]",)),
     "the indices are swapped"),
    ("one-output", "seed000_classification", r"\frac{\partial CE}{\partial a_{11}^{0}} = (O_0^2 - l_0) a_{10}^{1} O_1^1"
     r" (1 - O_1^1) O_1^0", Twin("gradient", "W1[0,0]", ("(a2[0] - t[0])*W2[0,0]*a1[0]*(1 - a1[0])*x[0]",)),
     "it follows only the path through output unit 0"),
    ("updated-weights", "seed000_regression", r"a_{11}^{0} \leftarrow a_{11}^{0} - \alpha 2 (O_0^2 - y) (a_{10}^{1} - 2"
     r" \alpha (O_0^2 - y) O_1^1) O_1^1 (1 - O_1^1) O_1^0",
     Twin("update", "W1[0,0]", (f"W1[0,0] - eta*{_SEE}*(W2[0,0] - eta*{_SEE}*a1[0])*a1[0]*(1 - a1[0])*x[0]",)),
     "it uses the weights of layer 2 after their update"),
]


@pytest.mark.parametrize("key, network, text, twin, words", _SLIPS, ids=[slip[0] for slip in _SLIPS])
def test_each_slip_of_a_seed_like_formula_is_wrong_with_its_hint(key, network, text, twin, words):
    """The oracle's verdict first (right only for the unslipped formula), then check's, with the slip named."""
    verdict = C if key == "right" else W
    case = Public(key, "test", network, "seed000", text, ((verdict,),), (twin,))
    assert oracle_verdicts(case, problem(network)) == ((verdict,),)
    step = check_homework(problem(network), text, notation="seed000").claims[0].steps[0]
    assert step.verdict == verdict and words in step.detail, step.detail


def test_a_delta_of_the_other_sign_is_named():
    """A notation whose delta is -dQ/dz (the delta rule's, as seed 003's): dQ/dv_{kj} = delta_k h_j has the wrong
    sign, and the hint says delta's sign; -delta_k h_j is right."""
    notation = _HIDDEN.replace('"t_{k}" = "y[k-1]"', '"t_{k}" = "y[k-1]"\n"\\\\delta_{k}" = "-delta2[k-1]"')
    kj = tuple({"k": k, "j": j} for k in range(3) for j in range(2))
    for text, verdict, member in ((r"\frac{\partial Q}{\partial v_{kj}} = \delta_k h_j", W, "-(a2[{k}] - y[{k}])*a1[{j}]"),
                                  (r"\frac{\partial Q}{\partial v_{kj}} = -\delta_k h_j", C, "(a2[{k}] - y[{k}])*a1[{j}]")):
        case = Public("delta-sign", "test", "hidden-linear", notation, text, ((verdict,),),
                      (Twin("gradient", "W2[{k},{j}]", (member,), kj),))
        assert oracle_verdicts(case, _problem(case)) == ((verdict,),)
        assert _check(case) == ((verdict,),)
        if verdict == W:
            assert _hint("hidden-linear", notation, text) == DELTA_SIGN_HINT
