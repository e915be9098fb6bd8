"""qa62: JavaScript's ``x.T`` on a number (the mutation hunt's slip of batch 180's q180-tx-w2 and q180-tx-w1, the
React network's weight updates, ``weight + this.learningRate * outputDelta[i] * hidden[j].T``). A JavaScript number
has no property T: ``hidden[j].T`` is undefined and the update NaN, yet it was read as NumPy reads a 0-d array's
``.T`` (the number itself) and called correct. It is refused in one line now, after an array's entry, a parenthesis
or an arrow function's parameter (``(weight, j) => weight.T + ...``), where the text is JavaScript's; NumPy's ``.T``
of a 1-D array in Python is read as before.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch180 import _K2J4, _TX_D2
from public_formulas_batch180_tables import NETWORKS as B180_NETWORKS, NOTATIONS as B180_NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks({"b180_tx": B180_NETWORKS["b180_tx"]})
_TX = B180_NOTATIONS["b180_tx"]
_HEAD = "      this.weights[1] = this.weights[1].map((w, i) => \n        w.map((weight, j) => "
_TAIL = ")\n      );"


def _case(key: str, body: str, expected, step: str = f"eta*{_TX_D2}*a1[{{j}}]") -> Public:
    return Public(key, "qa62", "b180_tx", _TX, _HEAD + body + _TAIL, expected,
                  (Twin("update", "W2[{k},{j}]", (f"W2[{{k}},{{j}}] - {step}",), _K2J4),))


# Python's hidden.T of a 1-D array (no JavaScript mark): the array, as NumPy reads it
_NUMPY = '[notation]\n[notation.symbols]\n"hidden" = "a1[:]"\n"delta" = "-grad(z2[:])"\n"dW2" = "grad(W2[:, :])"\n'


def _numpy(key: str, text: str, expected, sign: str = "") -> Public:
    return Public(key, "qa62", "b180_tx", _NUMPY, text, expected,
                  (Twin("gradient", "W2[{k},{j}]", (f"{sign}{_TX_D2}*a1[{{j}}]",), _K2J4),))


CASES = [
    _numpy("numpy-vector-transpose-right", "dW2 = -np.outer(delta, hidden.T)", ((C,),)),
    _numpy("numpy-vector-transpose-sign-wrong", "dW2 = np.outer(delta, hidden.T)", ((W,),), sign="-"),
    _case("as-written-right", "weight + this.learningRate * outputDelta[i] * hidden[j]", ((C,),)),
    _case("doubled-step-wrong", "weight + this.learningRate * outputDelta[i] * hidden[j] * 2", ((W,),),
          step=f"2*eta*{_TX_D2}*a1[{{j}}]"),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("body", ["weight + this.learningRate * outputDelta[i] * hidden[j].T",
                                  "weight + this.learningRate * outputDelta[i].T * hidden[j]",
                                  "weight.T + this.learningRate * outputDelta[i] * hidden[j]"],
                         ids=["entry", "delta-entry", "arrow-parameter"])
def test_a_javascript_numbers_transpose_is_refused(body):
    """The mutants called correct (the value of a right update, had .T been NumPy's): undefined in JavaScript."""
    message = CHECKS.refused("b180_tx", _TX, _HEAD + body + _TAIL)
    assert "is no property of a JavaScript number" in message

