"""Batch 44 (Reed and Marks' ``\\varepsilon_j = g'_j \\sum_k v_{kj} \\varepsilon_k``) showed a primed function of the
notation with a unit's subscript before an operand read as applied to it, ``g'(\\sum_k ...)``, where the author
means the slope at unit j's input times the sum: a right formula called wrong. Written here as another author would
(other names, another network than the page's): ``\\phi'_j`` before a sum, a parenthesis or a name reads two ways,
so it is refused in one line saying to write ``\\phi'(...)`` of the unit's input; where the notation names
``\\phi'_{j}`` itself (a pattern), that name wins, before a parenthesis as before a sum. The same for a primed
function the notation names with its layer's subscript (``g'_{h} \\sum_k ...`` with ``g_{h}``) before an operand
without a parenthesis. What keeps its reading: a primed function at its argument (``\\phi'(u_j) \\sum_k ...``,
``g'_{h}(u_j) \\sum_k ...``), and a plain function with a unit's or layer's subscript before its argument
(``\\phi_j u_j``, ``\\phi_j(u_j)``, ``g_{h} u_j``: the function there, whose product reading would need
``\\phi_j`` alone, which no reading gives). A function with a layer's superscript and no parenthesis
(``\\phi^{[1]} u_j``, ``\\phi'^{(1)} \\sum_k ...``) stays refused, an unknown name.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"sigmoid-3-2": SIGMOID_2_3_2})

# letters fixed by role (literal): k the output units, j the hidden units; u a unit's sum, h a hidden unit's output,
# w the output layer's weights, delta = dE/du; phi the activation, a function of the notation
_UNITS = r'''
[notation]
indices = "q"
loss = ["E"]
functions = { "\\phi" = "sigmoid" }
[notation.symbols]
"u_{j}" = "z1[j]"
"u_{k}" = "z2[k]"
"h_{j}" = "a1[j]"
"w_{kj}" = "W2[k, j]"
"\\delta_{j}" = "grad(z1[j])"
"\\delta_{k}" = "grad(z2[k])"
'''
# the same, naming the hidden unit's slope phi'_j itself
_SLOPE = _UNITS + '"\\\\phi\'_{j}" = "a1[j]*(1 - a1[j])"\n'

# the activation named by its layer's subscript, h the hidden layer's and o the output layer's
_LAYER_NAMED = _UNITS.replace('functions = { "\\\\phi" = "sigmoid" }',
                              'functions = { "g_{h}" = "sigmoid", "g_{o}" = "sigmoid" }')

_J = tuple({"j": j} for j in range(3))
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = " + ".join(f"W2[{k},{{j}}]*{_DK.format(k=k)}" for k in range(2))
_DJ = f"({_BACK})*a1[{{j}}]*(1 - a1[{{j}}])"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a primed function at its argument, then the sum: unchanged
            ("primed-at-argument", r"\delta_j = \phi'(u_j) \sum_k w_{kj} \delta_k", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DJ,), _J),)),
            ("primed-at-argument-wrong", r"\delta_j = \phi(u_j) \sum_k w_{kj} \delta_k", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (f"({_BACK})*a1[{{j}}]",), _J),)),
            # a plain function with a unit's subscript before its argument: the function at unit j
            ("plain-at-unit", r"h_j = \phi_j u_j", ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J),)),
            ("plain-at-unit-parenthesis", r"h_j = \phi_j(u_j)", ((C,),),
             (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J),)),
            ("plain-at-unit-wrong", r"h_j = \phi_j (2 u_j)", ((W,),),
             (Twin("value", "a1[{j}]", ("sigmoid(2*z1[{j}])",), _J),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _UNITS, text, expected, twins))
    for key, text, expected, twins in (
            # the notation's own name phi'_{j}, before a sum and before a parenthesis (the latter was read as the
            # function applied to the parenthesis, called wrong)
            ("named-slope-sum", r"\delta_j = \phi'_j \sum_k w_{kj} \delta_k", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DJ,), _J),)),
            ("named-slope-parenthesis", r"\delta_j = \phi'_j \left(\sum_k w_{kj} \delta_k\right)", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DJ,), _J),)),
            ("named-slope-parenthesis-wrong", r"\delta_j = \phi'_j (\sum_k w_{kj} \delta_k) h_j", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (f"{_DJ}*a1[{{j}}]",), _J),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _SLOPE, text, expected, twins))
    for key, text, expected, twins in (
            # a function named with its layer's subscript, primed at its argument, then the sum: unchanged
            ("layer-named-at-argument", r"\delta_j = g'_{h}(u_j) \sum_k w_{kj} \delta_k", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_DJ,), _J),)),
            ("layer-named-at-argument-wrong", r"\delta_j = g'_{h}(h_j) \sum_k w_{kj} \delta_k", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (f"({_BACK})*sigmoid(a1[{{j}}])*(1 - sigmoid(a1[{{j}}]))",), _J),)),
            ("layer-named-plain", r"h_j = g_{h} u_j", ((C,),), (Twin("value", "a1[{j}]", ("sigmoid(z1[{j}])",), _J),))):
        cases.append(Public(key, "test", "sigmoid-3-2", _LAYER_NAMED, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_primed_function_with_a_unit_subscript_before_an_operand_is_refused():
    """``\\phi'_j \\sum_k ...``: phi' applied to the sum, or the slope at unit j's input times it; the two differ, and
    which is meant is not written, so it is refused in one line saying how to write it."""
    for text in (r"\delta_j = \phi'_j \sum_k w_{kj} \delta_k", r"\delta_j = \phi'_j (\sum_k w_{kj} \delta_k)",
                 r"\delta_j = \phi'_j \left[\sum_k w_{kj} \delta_k\right]", r"\delta_j = \phi'_j w_{0j} \delta_0",
                 r"\delta_j = \phi'_j(u_j) \sum_k w_{kj} \delta_k"):
        message = CHECKS.refused("sigmoid-3-2", _UNITS, text)
        assert "before an operand reads two ways" in message, text
        assert r"write \phi'(...) of the unit's input" in message, text


def test_a_function_with_a_layer_superscript_and_no_parenthesis_is_refused():
    """``\\phi^{[1]} u_j``, ``\\phi'^{(1)} \\sum_k ...``: no reading takes the name without its parenthesis."""
    CHECKS.refused("sigmoid-3-2", _UNITS, r"h_j = \phi^{[1]} u_j")
    CHECKS.refused("sigmoid-3-2", _UNITS, r"\delta_j = \phi'^{(1)} \sum_k w_{kj} \delta_k")


def test_a_primed_function_named_by_its_layer_before_an_operand_without_a_parenthesis_is_refused():
    """``g'_{h} \\sum_k ...`` with the notation's ``g_{h}``: g'_{h} applied to the sum, or the hidden layer's slope
    times it; refused in one line, saying to write ``g'_{h}(...)`` of the layer's input."""
    message = CHECKS.refused("sigmoid-3-2", _LAYER_NAMED, r"\delta_j = g'_{h} \sum_k w_{kj} \delta_k")
    assert "before an operand reads two ways" in message
    assert "write g'_{h}(...) of the layer's input" in message
