r"""QA helper qa51: a mutation hunt on batches 158-161 (tests/mutation_hunt.py, every kind: 1175 mutants of 167
entries read, 298 with a member called correct, 44 suspects, each judged harmless: a slip on a one-unit layer or a
one-sample step, a rate of 1, ``+ 0`` for ``- 0``, ``w_4^{0}`` for ``w_5^{0}``, a squared difference's operands
swapped, a slip that fixes the page's own wrong sign or layer, ``-(1)`` within the spec's rounding rule of -0.2486),
and the constructs session 38 read probed by hand with the slips a student makes (Jacobian chains, ``(expr)'``,
``e.T``, ``\sum_{\text{samples}}``, ``\nabla f(u)``, ``delta{l,j}``, Gonum's receiver methods, ``f(u).hadamard(v)``,
math.js, remarks and premises in parentheses, np.multiply's out, ``z1s[k]``, hmatrix's sums, JavaScript's push).

The one defect: Gonum's MulElem of a column and a row, ``wAdj.MulElem(inp.T(), dOut)`` (a student's MulElem for
Mul), was read as NumPy's broadcast product, their outer product, and called correct; Gonum never broadcasts (MulElem
panics where its arguments' sizes differ). Refused now in one line.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names; a text Gonum cannot run is asserted refused.
"""

from __future__ import annotations

import pytest

import test_reading_constructs_fixgo38 as fixgo38
import test_reading_constructs_fixjac38 as fixjac38
from construct_checks import CaseChecks, index_grid
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({**fixgo38.CHECKS.networks, **fixjac38.NETWORKS})

_DZ, _K2, _KI = fixgo38._DZ, fixgo38._K2, fixgo38._KI
_D = fixjac38._D
_OUT_SLOPE = "a2[{k}]*(1 - a2[{k}])"


def _chain(*pairs) -> str:
    return "".join(_D % pair for pair in pairs)


# the square 2-2-2 network (tanh hidden units, sigmoid outputs, half the squared error): dC/dc[j], and the chain
# read in the denominator layout with dh/ds and dq/dh swapped, x_i e_j^T W2^T D_h D_o g: the hidden slope at the
# outputs' units
_HIDDEN = " + ".join(f"(a2[{k}] - y[{k}])*{_OUT_SLOPE.format(k=k)}*W2[{k},{{j}}]" for k in range(2))
_BIAS = f"({_HIDDEN})*(1 - a1[{{j}}]**2)"
_SWAPPED = "(" + " + ".join(f"W2[{k},{{j}}]*(1 - a1[{k}]**2)*{_OUT_SLOPE.format(k=k)}*(a2[{k}] - y[{k}])"
                            for k in range(2)) + ")*x[{i}]"

CASES = [
    # ---- Gonum's receiver methods and a method on a call's value: the slips a student makes ----------------------
    Public("go-sub-update-turned", "qa51", "sigmoid-2-2", fixgo38._GO, "\t\tw.Sub(step, w)", ((W,),),
           (Twin("update", "W1[{k},{i}]", (f"(-eta*{_DZ}*x[{{i}}]) - W1[{{k}},{{i}}]",), _KI),)),
    Public("go-mulelem-same-size", "qa51", "sigmoid-2-2", fixgo38._GO, "dOut.MulElem(slope, errOut)", ((C,),),
           (Twin("value", fixgo38._NEG_DZ, (fixgo38._NEG_DZ,), _K2),)),
    Public("hadamard-arguments-swapped", "qa51", "sigmoid-2-2", fixgo38._NIELSEN,
           "\tVec delta = cost_derivative(target, out).hadamard(sigmoid_prime(z));", ((W,),),
           (Twin("value", _DZ, ("(y[{k}] - a1[{k}])*a1[{k}]*(1 - a1[{k}])",), _K2),)),
    Public("hadamard-slope-at-output", "qa51", "sigmoid-2-2", fixgo38._NIELSEN,
           "\tVec delta = cost_derivative(out, target).hadamard(sigmoid_prime(out));", ((W,),),
           (Twin("value", _DZ, ("(a1[{k}] - y[{k}])*sigmoid(a1[{k}])*(1 - sigmoid(a1[{k}]))",), _K2),)),
    # ---- Jacobian chains in the denominator layout -----------------------------------------------------------------
    Public("chain-reversed-swapped", "qa51", "square", fixjac38.NOTATION, fixjac38._LEFT + _chain(
        ("s", "v_{ji}"), ("q", "h"), ("h", "s"), ("o", "q"), ("C", "o")), ((W,),),
        (Twin("gradient", "W1[{j},{i}]", (_SWAPPED,), index_grid(j=2, i=2)),)),
    # ds/dc is the identity: written before or after dh/ds, the same product
    Public("chain-bias-identity-moved", "qa51", "square", fixjac38.NOTATION, r"\frac{\partial C}{\partial c} = " + _chain(
        ("h", "s"), ("s", "c"), ("q", "h"), ("o", "q"), ("C", "o")), ((C,),),
        (Twin("gradient", "b1[{j}]", (_BIAS,), index_grid(j=2)),)),
]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", [
    "wAdj.MulElem(inp.T(), dOut)",   # a student's MulElem for Mul: a column and a row
    "wAdj.MulElem(dOut, inp.T())",
    "wAdj = MulElem(inp.T(), dOut)",
])
def test_gonums_mulelem_of_two_sizes_is_refused(text):
    """Gonum's MulElem panics where its arguments' sizes differ; NumPy's broadcast (their outer product, the right
    gradient's numbers) is no reading of it."""
    refusal = CHECKS.refused("sigmoid-2-2", fixgo38._GO, text)
    assert "Gonum panics where the sizes differ" in refusal and "write Mul" in refusal
