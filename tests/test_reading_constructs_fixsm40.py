"""Batch 182's softmax derivations (fix helper fixsm40). Kronecker's ``\\delta_{iy}`` with i counted from 1 by the
notation's patterns (``"p_{i}" = "a1[i-1]"``) and the label y a class counted from 0: the label compared in i's
counting (mc-grad was called wrong). CS231n's comments' indicator ``1(yi = k)``, a relation glued to a 1 in
parentheses, read as ``1\\{y_i = k\\}`` (ko-rule2 was refused as a claim in parentheses).
A parameter's time step as its subscript, ``\\theta_{t+1} = \\theta_t - ...``, t no index of the notation's: the new
value and the current one (zh-update refused \\theta_{t} as unknown). NumPy's ``np.sum(s * grad, axis=1,
keepdims=True)`` of the one sample's row, 1 x 1, broadcast over the row it is added to (kl-dx was refused: sizes).
Written on batch 182's networks and notations.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch182_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks(NETWORKS)

_I3 = tuple({"i": i} for i in range(3))  # the twins count from 0
_K3 = tuple({"k": k} for k in range(3))
_J2 = tuple({"j": j} for j in range(2))
_KL_G = "(a1[0]*(-t[0]/a1[0]) + a1[1]*(-t[1]/a1[1]))"  # sum_j s_j grad_j, grad = dL/ds
_PY = "(t[0]*a1[0] + t[1]*a1[1] + t[2]*a1[2])"


def _case(name, network, text, verdicts, *twins, when=None, param=None):
    return Public(name, "test", network, NOTATIONS[network], text, verdicts, twins, when=when, param=param)


def _cases() -> list[Public]:
    return [
        _case("kronecker-label-from-0", "b182_mc", r"\frac{\partial L}{\partial x_i} = p_i - \delta_{iy}", ((C,),),
              Twin("gradient_z", "z1[{i}]", ("a1[{i}] - t[{i}]",), _I3)),
        _case("kronecker-label-chain", "b182_mc", r"\frac{\partial L}{\partial x_i} = -\frac{1}{p_y} \cdot"
              r" p_y(\delta_{yi} - p_i)", ((C,),),
              Twin("gradient_z", "z1[{i}]", (f"-1/{_PY}*{_PY}*(t[{{i}}] - a1[{{i}}])",), _I3)),
        _case("kronecker-label-wrong-sign", "b182_mc", r"\frac{\partial L}{\partial x_i} = p_i + \delta_{iy}",
              ((W,),), Twin("gradient_z", "z1[{i}]", ("a1[{i}] + t[{i}]",), _I3)),
        # CS231n's comments' indicator 1(yi = k): 1{y_i = k}, k counted from 0 by "Pk" = "a1[k]"
        _case("glued-indicator", "b182_ko", r"\partial Li/\partial fk = Pk -1(yi = k)", ((C,),),
              Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3)),
        _case("glued-indicator-wrong-sign", "b182_ko", r"\partial Li/\partial fk = Pk +1(yi = k)", ((W,),),
              Twin("gradient_z", "z1[{k}]", ("a1[{k}] + t[{k}]",), _K3)),
        _case("glued-indicator-braced", "b182_ko", r"\partial Li/\partial fk = Pk - 1(y_i = k)", ((C,),),
              Twin("gradient_z", "z1[{k}]", ("a1[{k}] - t[{k}]",), _K3)),
        # a time step as the parameter's subscript, t no index of the notation's: t+1 the new value, t the current
        _case("time-step-subscript", "b182_zh", r"\theta_{t+1} = \theta_t - \eta \nabla_\theta \mathcal{L}", ((C,),),
              Twin("update", "W1[1,0]", ("W1[1,0] - eta*x[0]*(a1[1] - t[1])",)), param="W1[1,0]"),
        _case("time-step-subscript-wrong-sign", "b182_zh", r"\theta_{t+1} = \theta_t + \eta \nabla_\theta \mathcal{L}",
              ((W,),), Twin("update", "W1[1,0]", ("W1[1,0] + eta*x[0]*(a1[1] - t[1])",)), param="W1[1,0]"),
        # NumPy's keepdims sum along the row's axis, the one sample's 1 x 1, broadcast over the row it is added to
        _case("keepdims-broadcast", "b182_kl", "dx = s * (grad - np.sum(s * grad, axis=1, keepdims=True))", ((C,),),
              Twin("gradient_z", "z1[{j}]", (f"a1[{{j}}]*(-t[{{j}}]/a1[{{j}}] - {_KL_G})",), _J2)),
        _case("keepdims-broadcast-wrong-sign", "b182_kl", "dx = s * (grad + np.sum(s * grad, axis=1, keepdims=True))",
              ((W,),), Twin("gradient_z", "z1[{j}]", (f"a1[{{j}}]*(-t[{{j}}]/a1[{{j}}] + {_KL_G})",), _J2)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
