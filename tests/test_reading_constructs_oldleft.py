"""A left side marked as the value now, ``W^{old}``, ``W_old``, ``W(old)``, with the step's result on the right:
the claim that the current value equals ``W - alpha*dW``, wrong wherever the gradient is not zero (it was judged as
the update the right side writes, and called correct, whatever word marked the left side); the same with ``new``,
or the old value on the right, is the update, right.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# h_1, h_2 the layers' outputs, V_2 the output's weights, r the targets, dcost.dV_2 the cost's gradient by V_2
_NAMES = r'''
[notation]
loss = ["cost"]
learning_rate = ["alpha"]
[notation.symbols]
"h_{1}" = "a1[:]"
"h_{2}" = "a2[:]"
"V_{2}" = "W2[:, :]"
"r" = "y[:]"
"dcost.dV_{2}" = "grad(W2[:, :])"
'''
_KJ2 = tuple({"k": k, "j": j} for k in range(2) for j in range(2))
_GRADIENT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"
_STEPPED = (Twin("value", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - eta*{_GRADIENT}",), _KJ2),)
_UPDATE = (Twin("update", "W2[{k},{j}]", ("W2[{k},{j}] - eta*grad",), _KJ2),)


def _cases() -> list[Public]:
    return [
        Public("old-superscript-stepped", "test", "sigmoid-2-2-2", _NAMES, "V_2^{old} = V_2 - alpha*dcost.dV_2",
               ((W,),), _STEPPED),
        Public("old-text-subscript-stepped", "test", "sigmoid-2-2-2", _NAMES,
               r"V_2^{\text{old}} = V_2 - \alpha \cdot dcost.dV_2", ((W,),), _STEPPED),
        Public("old-code-suffix-stepped", "test", "sigmoid-2-2-2", _NAMES, "V_2_old = V_2 - alpha*dcost.dV_2",
               ((W,),), _STEPPED),
        Public("old-word-in-parentheses-stepped", "test", "sigmoid-2-2-2", _NAMES,
               "V_2(old) = V_2 - alpha*dcost.dV_2", ((W,),), _STEPPED),
        Public("old-is-the-value-now", "test", "sigmoid-2-2-2", _NAMES, "V_2^{old} = V_2", ((C,),),
               (Twin("value", "W2[{k},{j}]", ("W2[{k},{j}]",), _KJ2),)),
        Public("new-from-old", "test", "sigmoid-2-2-2", _NAMES, "V_2^{new} = V_2^{old} - alpha*dcost.dV_2", ((C,),),
               _UPDATE),
        Public("new-code-suffix", "test", "sigmoid-2-2-2", _NAMES, "V_2_new = V_2_old - alpha*dcost.dV_2", ((C,),),
               _UPDATE),
    ]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(_cases())
