"""The web pages of batch 31 of the public formulas showed refused or misread, each written as another author would
(other names, other networks than the pages'): an equation's number copied after a formula, ``... (3.2)``, judged
both as its number and as a factor (and ``\\eqno(3.2)``, ``\\tag{3.2}`` its number); a layer letter other than l with
arithmetic, ``u_q^{(m+1)}`` with the pattern ``"u_{p}^{(m)}"``; ``\\nabla u`` and ``\\nabla h`` for the loss's gradient
by a unit, followed by a factor; ``\\Sigma`` before a name for the sum sign where the notation gives it no meaning;
MediaWiki's ``:`` indentation before the mathematics; a quantity applied to the sample's input, ``r(s_n)`` for r_n.
Each case is judged right where the formula is right and wrong
where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.two_readings import trailing_numbers
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3_NO_BIAS, SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch10_tables import pre_activations
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-3-2": SIGMOID_2_3_2,
    "logistic-3": LOGISTIC_3_NO_BIAS,
}
CHECKS = CaseChecks(NETWORKS)

# layers counted by m, the input layer m = 1 (h^{(1)} the input); V_{pq}^{(m)} from unit p of layer m to unit q of
# layer m+1, c_q^{(m)} its bias; u the pre-activations, g the activation, J the loss
_LAYERED = r'''
[notation]
indices = "pqm"
loss = ["J"]
functions = { g = "sigmoid" }
[notation.symbols]
"V_{pq}^{(m)}" = "W{m}[q, p]"
"c_{q}^{(m)}" = "b{m}[q]"
"h_{p}^{(1)}" = "x[p]"
"h_{p}^{(m)}" = "a{m-1}[p]"
"u_{p}^{(m)}" = "z{m-1}[p]"
"h^{(m)}" = "a{m-1}[:]"
"u^{(m)}" = "z{m-1}[:]"
'''
# sample n's probability q_n, its features x_{nk}, the weights w_k
_LOGISTIC = r'''
[notation]
indices = "nk"
[notation.symbols]
"q_{n}" = "a1[0]"
"x_{nk}" = "x[k]"
"w_{k}" = "W1[0, k]"
'''
# the same, with \Sigma the notation's own name for the first weight
_SIGMA_NAMED = _LOGISTIC + '"\\\\Sigma" = "W1[0, 0]"\n'

# the same model with its sample letter n in the scripts: s_n^k feature k of sample n, r_n its probability, t_n its
# label, Q the loss
_SAMPLES = r'''
[notation]
indices = "nk"
loss = ["Q"]
[notation.symbols]
"r_{n}" = "a1[0]"
"t_{n}" = "y[0]"
"s_{n}^{k}" = "x[k]"
"w_{k}" = "W1[0, k]"
'''
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"

_Z = pre_activations((3, 2), 2)
_Z_NO_BIAS = pre_activations((3, 2), 2, biases=False)
_UNITS = tuple({"v": z["v"], "m": z["m"], "bare": bare["m"]} for z, bare in zip(_Z, _Z_NO_BIAS))
_ACTIVATIONS = tuple({"v": f"a{layer}[{j}]", "z": f"z{layer}[{j}]"} for layer, count in ((1, 3), (2, 2))
                     for j in range(count))
# the loss's gradient by each activation and pre-activation
_DA = {(2, q): f"(a2[{q}] - y[{q}])" for q in range(2)}
_DZ = {(2, q): f"{_DA[2, q]}*a2[{q}]*(1 - a2[{q}])" for q in range(2)}
_DA.update({(1, p): f"(W2[0,{p}]*{_DZ[2, 0]} + W2[1,{p}]*{_DZ[2, 1]})" for p in range(3)})
_DZ.update({(1, p): f"{_DA[1, p]}*a1[{p}]*(1 - a1[{p}])" for p in range(3)})
_GRADIENT_Z = tuple({"t": f"z{layer}[{j}]", "da": _DA[layer, j], "a": f"a{layer}[{j}]", "z": f"z{layer}[{j}]"}
                    for layer, j in _DZ)
_WEIGHTS = tuple({"p": f"W{layer}[{q},{p}]", "dz": _DZ[layer, q], "da": _DA[layer, q],
                  "before": f"x[{p}]" if layer == 1 else f"a1[{p}]"}
                 for layer, q in _DZ for p in range(2 if layer == 1 else 3))
_SUM = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # the layer letter m with arithmetic, m+1 the layer after m, whatever the subscripts' letters
            ("layer-arithmetic", r"u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)}", C, "{m}"),
            ("layer-arithmetic-no-bias", r"u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)}", W, "{bare}"),
            # MediaWiki's indentation before the mathematics
            ("wiki-indent", r":$u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)}$", C, "{m}"),
            ("wiki-indent-twice", r":: $u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)}$", W, "{bare}"),
            # an equation's number: where both readings agree (a formula wrong with or without it), the verdict;
            # \eqno and \tag say it is the number; a section's number 3.2.1 is no factor
            ("number-both-wrong", r"u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} (3.2)", W, "{bare}"),
            ("number-eqno", r"$$u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)} \eqno(3.2)$$", C, "{m}"),
            ("number-tag", r"$$u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)} \tag{3.2}$$", C, "{m}"),
            ("number-section", r"u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)} (3.2.1)", C, "{m}"),
            # after \cdot the parenthesis is a factor, as written
            ("number-factor", r"u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)} \cdot (1)", C, "{m}"),
            ("number-factor-two", r"u_q^{(m+1)} = (\sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)}) \cdot (2)", W,
             "2*({m})")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-3-2", _LAYERED, text, ((verdict,),),
                            (Twin("value", "{v}", (member,), _UNITS),)))
    for key, text, verdict, member in (
            ("activation-arithmetic", r"h_q^{(m+1)} = g(u_q^{(m+1)})", C, "sigmoid({z})"),
            ("activation-arithmetic-complement", r"h_q^{(m+1)} = 1 - g(u_q^{(m+1)})", W, "1 - sigmoid({z})")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-3-2", _LAYERED, text, ((verdict,),),
                            (Twin("value", "{v}", (member,), _ACTIVATIONS),)))
    for key, text, verdict, member in (
            # \nabla u, \nabla h: the loss's gradient by the unit, then a factor after it
            ("nabla-unit", r"\nabla u_q^{(m+1)} = \nabla h_q^{(m+1)} g'(u_q^{(m+1)})", C, "{da}*{a}*(1 - {a})"),
            ("nabla-unit-unprimed", r"\nabla u_q^{(m+1)} = \nabla h_q^{(m+1)} g(u_q^{(m+1)})", W, "{da}*{a}"),
            ("nabla-vector", r"\nabla u^{(m+1)} = \nabla h^{(m+1)} \odot g'(u^{(m+1)})", C, "{da}*{a}*(1 - {a})"),
            ("nabla-vector-unprimed", r"\nabla u^{(m+1)} = \nabla h^{(m+1)} \odot g(u^{(m+1)})", W, "{da}*{a}")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-3-2", _LAYERED, text, ((verdict,),),
                            (Twin("gradient_z", "{t}", (member,), _GRADIENT_Z),)))
    for key, text, verdict, member in (
            ("nabla-weight", r"\nabla V_{pq}^{(m)} = \nabla u_q^{(m+1)} h_p^{(m)}", C, "{dz}*{before}"),
            ("nabla-weight-no-slope", r"\nabla V_{pq}^{(m)} = \nabla h_q^{(m+1)} h_p^{(m)}", W, "{da}*{before}")):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-3-2", _LAYERED, text, ((verdict,),),
                            (Twin("gradient", "{p}", (member,), _WEIGHTS),)))
    for key, notation, text, verdict, member in (
            # \Sigma before a name: the sum sign (its index the term's one letter other than the left side's)
            ("sigma-sum", _LOGISTIC, r"q_n = \frac{1}{1 + e^{-\Sigma w_k x_{nk}}}", C, f"1/(1 + exp(-({_SUM})))"),
            ("sigma-sum-sign", _LOGISTIC, r"q_n = \frac{1}{1 + e^{\Sigma w_k x_{nk}}}", W, f"1/(1 + exp({_SUM}))"),
            ("sigma-unicode", _LOGISTIC, r"1 - q_n = \frac{e^{-Σ w_k x_{nk}}}{1 + e^{-Σ w_k x_{nk}}}", C,
             f"exp(-({_SUM}))/(1 + exp(-({_SUM})))"),
            # where the notation names \Sigma, it is that name (the first weight), not a sum
            ("sigma-named", _SIGMA_NAMED, r"q_n = \frac{1}{1 + e^{-\Sigma x_{n0} - w_1 x_{n1} - w_2 x_{n2}}}", C,
             f"1/(1 + exp(-({_SUM})))"),
            ("sigma-named-sum", _SIGMA_NAMED, r"q_n = \frac{1}{1 + e^{-\Sigma x_{n0}}}", W,
             "1/(1 + exp(-W1[0,0]*x[0]))")):
        target = "1 - a1[0]" if key == "sigma-unicode" else "a1[0]"
        cases.append(Public(f"{key}-{verdict}", "test", "logistic-3", notation, text, ((verdict,),),
                            (Twin("value", target, (member,)),)))
    for key, text, verdict, member in (
            # r(s_n): the probability at sample n's input, r_n, where s_n names no quantity of its own
            ("at-sample", r"Q = -t_n \ln(r(s_n)) - (1 - t_n) \ln(1 - r(s_n))", C, _BCE),
            ("at-sample-sign", r"Q = -t_n \ln(r(s_n)) - (1 - t_n) \ln(1 + r(s_n))", W,
             "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 + a1[0]))")):
        cases.append(Public(f"{key}-{verdict}", "test", "logistic-3", _SAMPLES, text, ((verdict,),),
                            (Twin("value", _BCE, (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_an_equation_number_that_changes_the_verdict_is_refused():
    """Right without (3.2), wrong with it as a factor: which one is meant is not written, so neither verdict."""
    for text in (r"u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)} (3.2)",
                 r"$u_q^{(m+1)} = \sum_p V_{pq}^{(m)} h_p^{(m)} + c_q^{(m)} (7)$"):
        message = _refusal("sigmoid-3-2", _LAYERED, text)
        number = "3.2" if "3.2" in text else "7"
        assert f"({number}) at the end of the line reads as the equation's number or as a factor" in message
        assert f"\\tag{{{number}}}" in message and f"\\cdot ({number})" in message


def test_an_update_step_in_another_letter_stays_a_step():
    """u^{(t+1)}: t is no placeholder of u's superscript, so the step of an update (u_q's new value), not a layer; u_q,
    written without its layer, is the output layer's (docs/notation.md), no parameter to update."""
    message = _refusal("sigmoid-3-2", _LAYERED, r"u_q^{(t+1)} = \sum_p V_{pq}^{(t)} h_p^{(t)} + c_q^{(t)}")
    assert "u_{q} is not a parameter, so it has no new or old value" in message


def test_a_quantity_applied_to_what_is_not_the_sample_input_stays_refused():
    """r(v_n): v is no name of the notation's (no sample's input), so r at it is not r_n."""
    message = _refusal("logistic-3", _SAMPLES, r"Q = -t_n \ln(r(v_n)) - (1 - t_n) \ln(1 - r_n)")
    assert "unknown symbol v" in message


def test_a_sigma_sum_over_the_left_sides_letter_says_to_write_its_own_letter():
    """\\Sigma w_k x_{nk} inside \\partial q_n / \\partial w_k: k is the left side's, so the sum has no letter of its
    own (the page's j both bound and free); refused saying to write the sum's own letter."""
    message = _refusal("logistic-3", _LOGISTIC, r"\frac{\partial q_n}{\partial w_k} = \frac{e^{-\Sigma w_k x_{nk}}}"
                                                r"{(1 + e^{-\Sigma w_k x_{nk}})^2} x_{nk}")
    assert "whose term has no free index (its k the left side's, a sum's letter must be its own); write its index" \
        in message


# a notation writing the step of an update in the superscript, its placeholder t unused by the meaning
_STEPS = r'''
[notation]
indices = "kt"
[notation.symbols]
"w_{k}^{(t)}" = "W1[0, k]"
"q" = "a1[0]"
"y" = "y[0]"
"x_{k}" = "x[k]"
'''


def test_a_superscript_placeholder_the_meaning_leaves_unused_stays_a_step():
    """w_k^{(t+1)} with "w_{k}^{(t)}" = "W1[0, k]": t is no layer (the meaning leaves it unused), so (t+1) stays the
    step of an update, taken off the name before its pattern is looked up (as before this reading)."""
    message = _refusal("logistic-3", _STEPS, r"w_k^{(t+1)} = w_k^{(t)} - \eta (q - y) x_k")
    assert "w_{k} matches none of the notation's patterns for w" in message


def test_a_number_in_parentheses_after_a_number_stays_a_factor():
    """0.1 (0.2), a (0.2): a number times a parenthesised number, or one with a leading 0, is no equation's number."""
    assert trailing_numbers("w = 0.5 - 0.1 (0.2)") == [] and trailing_numbers("w = a (0.2)") == []
    assert [match.group(1) for match in trailing_numbers("E = a (1 - a) (5.19)")] == ["5.19"]
