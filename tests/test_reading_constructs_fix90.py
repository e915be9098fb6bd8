"""Batch 90 of the public formulas showed general constructs misread or refused, each written here as another author
would (other names, another network than the pages'): code's running total ``dh[j] += e[k] * v[k][j]`` on a quantity
of each sample, one term of the sum over the loop's letter (never judged as if it were ``=``), refused where its term
has no such letter (one unit's term standing for the sum); a C or Java function whose name the notation gives a
quantity and whose parameters are the notation's names of the same spelling, ``double dEdo(double target, double
output) { return output - target; }``, the claim that quantity equals its body (C's ``(void)x;`` before the return a
statement that does nothing), refused where a parameter the body uses is no name of the notation; a definition of a
derivative word the notation's functions name, ``double slope_out(double a)`` with ``slope_out = "sigmoid' at
output"``, that word's definition; and a function the notation names as code does, ``tanh_squash``, that function,
never tanh with the subscript squash.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_2_SIGMOID_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-2-sigmoid-2": TANH_2_2_SIGMOID_2}
CHECKS = CaseChecks(NETWORKS)

# a hidden layer's backward pass in code's names: dh_j dE/d(output) of hidden unit j, e_k dE/d(sum) of output k, v_kj
# the output weights; out and target the first output and its target, dEdo dE/d(that output)
NOTATION = r'''
[notation]
indices = "jk"
functions = { slope_out = "sigmoid' at output", tanh_squash = "tanh" }
[notation.symbols]
"dh_{j}" = "grad(a1[j])"
"e_{k}" = "grad(z2[k])"
"v_{kj}" = "W2[k, j]"
"h_{j}" = "a1[j]"
"s_{j}" = "z1[j]"
"target" = "y[0]"
"out" = "a2[0]"
"dEdo" = "grad(a2[0])"
'''
_J2 = ({"j": 0}, {"j": 1})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2))
_BACK_TRANSPOSED = " + ".join(f"W2[{{j}},{k}]*" + _OUT.replace("{k}", str(k)) for k in range(2))


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # the running total over the loop's k: dE/dh_j, the sum over the outputs
            ("sum-by-loop", "dh_j += e_k * v_{kj}", ((C,),), (Twin("value", _BACK, (_BACK,), _J2),)),
            ("sum-by-loop-transposed-wrong", "dh_j += e_k * v_{jk}", ((W,),),
             (Twin("value", _BACK, (_BACK_TRANSPOSED,), _J2),)),
            # a function's definition naming a quantity, its parameters the notation's names
            ("c-quantity", "double dEdo(double target, double out) { return out - target; }", ((C,),),
             (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
            ("c-quantity-sign-wrong", "double dEdo(double target, double out)\n{\n    return target - out;\n}",
             ((W,),), (Twin("value", "a2[0] - y[0]", ("y[0] - a2[0]",)),)),
            ("java-quantity-unused", "\tpublic double dEdo(double target, double out, int unitId) {\n"
             "\t\treturn out - target;\n\t}", ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
            ("c-void", "double dEdo(double target, double out,\n        double rate)\n{\n    (void)rate;\n"
             "    return out - target;\n}", ((C,),), (Twin("value", "a2[0] - y[0]", ("a2[0] - y[0]",)),)),
            # a derivative word the notation's functions name: its definition, at the output
            ("c-derivative-word", "double slope_out(double a)\n{\n    return a * (1.0 - a);\n}", ((C,),),
             (Twin("value", "z1[0]*(1 - z1[0])", ("z1[0]*(1 - z1[0])",)),)),
            ("c-derivative-word-wrong", "double slope_out(double a)\n{\n    return 1.0 - a * a;\n}", ((W,),),
             (Twin("value", "z1[0]*(1 - z1[0])", ("1 - z1[0]*z1[0]",)),)),
            # a function the notation names with an underscore after an activation's name: that function
            ("named-function", "h_j = tanh_squash(s_j)", ((C,),), (Twin("value", "a1[{j}]", ("tanh(z1[{j}])",), _J2),)),
            ("named-function-wrong", "h_j = tanh_squash(2 * s_j)", ((W,),),
             (Twin("value", "a1[{j}]", ("tanh(2*z1[{j}])",), _J2),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-2", NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_running_total_over_no_letter_is_refused():
    """``dh_j += e_0 v_{0j}``: one output's term, the sum over which outputs not said."""
    message = CHECKS.refused("tanh-2-2-sigmoid-2", NOTATION, "dh_j += e_0 * v_{0j}")
    assert "adds one term of a sum" in message and "this term has none" in message


def test_a_parameter_the_notation_does_not_name_is_refused():
    message = CHECKS.refused("tanh-2-2-sigmoid-2", NOTATION, "double dEdo(double t, double out) { return out - t; }")
    assert "its parameter t is no name of the notation" in message
