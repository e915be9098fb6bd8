"""Code's gradient names of a d and a capital, ``dOut``, ``dHidden`` (Java's and C#'s camelCase dOutput beside Ng's
dZ2, dW1), followed by a method of no argument: ``dOut.transpose()``, ``dOut.sum()``, ``dOut.mean()``, Eigen's
``dOut.transpose().dot(W2)``. Where the notation names dOut, its method is read as after any other name (A1.sum());
main refused it ("unexpected at '.'"), the trial reading of dE/dw's d having dropped the method's empty parenthesis
from the row (Out.sum() read as a class's static call). A d-prefixed name the notation does not name keeps its reading.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2, SIGMOID_2_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-2": SIGMOID_2_2, "sigmoid-2-2-1": SIGMOID_2_2_1}
CHECKS = CaseChecks(NETWORKS)

# one layer: dOut the output layer's dL/dz
_ONE = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"Y" = "y[:]"
"A1" = "a1[:]"
"dOut" = "grad(z1[:])"
"dW1" = "grad(W1[:, :])"
"db1" = "grad(b1[:])"
'''

# two layers: dOut the output unit's dL/dz, dHidden the hidden layer's
_TWO = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"A1" = "a1[:]"
"A2" = "a2[:]"
"W2" = "W2[:, :]"
"dOut" = "grad(z2[:])"
"dHidden" = "grad(z1[:])"
"dW2" = "grad(W2[:, :])"
"db2" = "grad(b2[:])"
'''

_D1 = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"
_D1I = "(a1[{i}] - y[{i}])*a1[{i}]*(1 - a1[{i}])"
_D2 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_K2 = index_grid(k=2)
_KI = index_grid(k=2, i=2)


def _cases() -> list[Public]:
    return [
        Public("transpose-outer", "test", "sigmoid-2-2", _ONE, "dW1 = (X.dot(dOut.transpose())).transpose()", ((C,),),
               (Twin("gradient", "W1[{k},{i}]", (f"{_D1}*x[{{i}}]",), _KI),)),
        Public("transpose-outer-wrong", "test", "sigmoid-2-2", _ONE, "dW1 = X.dot(dOut.transpose())", ((W,),),
               (Twin("gradient", "W1[{k},{i}]", (f"{_D1I}*x[{{k}}]",), _KI),)),
        Public("sum-of-two-outputs-wrong", "test", "sigmoid-2-2", _ONE, "db1 = dOut.sum()", ((W,),),
               (Twin("gradient", "b1[{k}]", (f"{_D1.format(k=0)} + {_D1.format(k=1)}",), _K2),)),
        Public("sum-one-output", "test", "sigmoid-2-2-1", _TWO, "db2 = dOut.sum()", ((C,),),
               (Twin("gradient", "b2[0]", (_D2,)),)),
        Public("sum-one-output-wrong", "test", "sigmoid-2-2-1", _TWO, "db2 = 2 * dOut.sum()", ((W,),),
               (Twin("gradient", "b2[0]", (f"2*{_D2}",)),)),
        Public("mean-one-output", "test", "sigmoid-2-2-1", _TWO, "db2 = dOut.mean()", ((C,),),
               (Twin("gradient", "b2[0]", (_D2,)),)),
        Public("mean-one-output-wrong", "test", "sigmoid-2-2-1", _TWO, "db2 = -dOut.mean()", ((W,),),
               (Twin("gradient", "b2[0]", (f"-{_D2}",)),)),
        Public("sum-times-row", "test", "sigmoid-2-2-1", _TWO, "dW2 = dOut.sum() * A1.transpose()", ((C,),),
               (Twin("gradient", "W2[0,{k}]", (f"{_D2}*a1[{{k}}]",), _K2),)),
        Public("sum-times-row-wrong", "test", "sigmoid-2-2-1", _TWO, "dW2 = dOut.sum() * X.transpose()", ((W,),),
               (Twin("gradient", "W2[0,{k}]", (f"{_D2}*x[{{k}}]",), _K2),)),
        Public("eigen-hidden", "test", "sigmoid-2-2-1", _TWO,
               "dHidden = dOut.transpose().dot(W2).transpose().cwiseProduct(A1.cwiseProduct(1 - A1))", ((C,),),
               (Twin("gradient_z", "z1[{k}]", (f"W2[0,{{k}}]*{_D2}*a1[{{k}}]*(1 - a1[{{k}}])",), _K2),)),
        Public("eigen-hidden-wrong", "test", "sigmoid-2-2-1", _TWO,
               "dHidden = dOut.transpose().dot(W2).transpose().cwiseProduct(A1)", ((W,),),
               (Twin("gradient_z", "z1[{k}]", (f"W2[0,{{k}}]*{_D2}*a1[{{k}}]",), _K2),)),
        Public("hidden-outer", "test", "sigmoid-2-2-1", _TWO + '"dW1" = "grad(W1[:, :])"\n',
               "dW1 = (X.dot(dHidden.transpose())).transpose()", ((C,),),
               (Twin("gradient", "W1[{k},{i}]", (f"W2[0,{{k}}]*{_D2}*a1[{{k}}]*(1 - a1[{{k}}])*x[{{i}}]",), _KI),)),
        Public("hidden-outer-wrong", "test", "sigmoid-2-2-1", _TWO + '"dW1" = "grad(W1[:, :])"\n',
               "dW1 = (X.dot(dHidden.transpose())).transpose() * A1.sum()", ((W,),),
               (Twin("gradient", "W1[{k},{i}]", (f"W2[0,{{k}}]*{_D2}*a1[{{k}}]*(1 - a1[{{k}}])*x[{{i}}]"
                                                 "*(a1[0] + a1[1])",), _KI),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_d_name_the_notation_does_not_name_keeps_its_reading():
    """Without "dOut" in the notation, d stays d (the row is refused as before, never read as the gradient)."""
    notation = _ONE.replace('"dOut" = "grad(z1[:])"\n', "")
    assert "the sum has no term at the end" in CHECKS.refused("sigmoid-2-2", notation, "db1 = dOut.sum()")
    assert "unknown symbol dOut" in CHECKS.refused("sigmoid-2-2", notation, "dW1 = dOut.dot(X.transpose())")


def test_leibniz_d_before_a_capital_is_still_a_derivative():
    """dE/dW1's d is the derivative's, where the notation names dOut too (the trial reading kept its tokens)."""
    case = Public("leibniz", "test", "sigmoid-2-2", _ONE + '"E" = "L"\n"W1" = "W1[:, :]"\n',
                  "dE/dW1 = (X.dot(dOut.transpose())).transpose()")
    assert CHECKS.verdicts(case) == ((C,),)
