"""A time superscript in parentheses, ``w^{(t)}``, read as the weight's current value (found by fix119):
``\\theta_1^{(t+1)} = \\theta_1^{(t)} - \\eta \\frac{\\partial J}{\\partial \\theta_1}`` with a notation naming
\\theta_1 alone was judged as \\theta_1 to the power t (the default target), a right step called wrong. ``(t+1)`` was
already the new value's marker; ``(t)`` beside it is the current one. A pattern that writes the superscript itself
(Ng's sample, ``"y^{(t)}"``) keeps its meaning, and on a name that is no parameter the marker is refused, saying how to
give ``(t)`` another meaning.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

_RATE = "[update]\nlearning_rate = 0.1\n"
NETWORKS = {"tanh-2-1": TANH_2_1 + _RATE, "sigmoid-2-1": SIGMOID_2_1 + _RATE}
CHECKS = CaseChecks(NETWORKS)

# the weight named alone, and a target named t (so that a power of t would be a number, never a refusal)
_THETA = r'''
[notation]
loss = ["J"]
[notation.symbols]
"\\theta_{1}" = "W1[0, 0]"
"w" = "W1[0, 1]"
"t" = "y[0]"
'''
# Ng's sample superscript written in the patterns themselves
_SAMPLE = r'''
[notation.symbols]
"a^{(t)}" = "a1[0]"
"y^{(t)}" = "y[0]"
"dz" = "grad(z1[0])"
'''
_STEP = "W1[0,0] - eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"
_OUTPUT_DELTA = "(a1[0] - y[0])*a1[0]*(1 - a1[0])"
_STEP_W = "W1[0,1] - eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[1]"


def _cases() -> list[Public]:
    return [
        Public("time-step", "test", "tanh-2-1", _THETA,
               r"\theta_1^{(t+1)} = \theta_1^{(t)} - \eta \frac{\partial J}{\partial \theta_1}", ((C,),),
               (Twin("update", "W1[0,0]", (_STEP,)),)),
        Public("time-step-sign", "test", "tanh-2-1", _THETA,
               r"\theta_1^{(t+1)} = \theta_1^{(t)} + \eta \frac{\partial J}{\partial \theta_1}", ((W,),),
               (Twin("update", "W1[0,0]", ("W1[0,0] + eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),)),
        Public("time-step-plain", "test", "tanh-2-1", _THETA,
               r"w^{(t+1)} = w^{(t)} - \eta \frac{\partial J}{\partial w}", ((C,),), (Twin("update", "W1[0,1]", (_STEP_W,)),)),
        Public("time-step-twice", "test", "tanh-2-1", _THETA,
               r"w^{(t+1)} = w^{(t)} - 2\eta \frac{\partial J}{\partial w}", ((W,),),
               (Twin("update", "W1[0,1]", ("W1[0,1] - 2*eta*(a1[0] - y[0])*(1 - a1[0]**2)*x[1]",)),)),
        Public("sample-pattern", "test", "sigmoid-2-1", _SAMPLE, "dz = (a^{(t)} - y^{(t)}) a^{(t)} (1 - a^{(t)})",
               ((C,),), (Twin("value", _OUTPUT_DELTA, (_OUTPUT_DELTA,)),)),
        Public("sample-pattern-slope", "test", "sigmoid-2-1", _SAMPLE, "dz = a^{(t)} - y^{(t)}", ((W,),),
               (Twin("value", _OUTPUT_DELTA, ("a1[0] - y[0]",)),)),
    ]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(_cases())


def test_a_time_superscript_on_what_is_no_parameter_is_refused_saying_how_to_name_it():
    refusal = CHECKS.refused("sigmoid-2-1", None, r"\frac{\partial L}{\partial z} = a^{(t)} - y^{(t)}")
    assert "a^{t}: a is not a parameter, so it has no new or old value" in refusal
    assert "if (t) is a sample's or a layer's index, give a^{(t)} its meaning in the notation" in refusal
