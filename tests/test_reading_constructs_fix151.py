"""Fix helper fix151: a C-family statement written after its for loop's header on the same line (batch 151's C XOR
trainer, s51-xo-w2, xo-w1, xo-b2: ``for (int j = 0; j < OUTPUT_NODES; j++) weight2[i][j] += ...``), read as the
statement alone with the header's letter its index (code_loop_headers): nested headers and braces too. A header
counting from another start than the notation's patterns, ending with the other test (< from 0, <= from 1), at a
bound whose value is not the range (fixbound38) or arithmetic, or before a statement that does not use its letter, is refused in one line. Every verdict
asserted is the PyTorch oracle's (test_seed_verbatim.oracle_verdicts), from each case's twin."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch151 import _I2, _I4, _J2, _J4I2, _JS1I, _JS2, _SQ1I, _SQ1J, _SQ2
from public_formulas_batch151_tables import NETWORKS, NOTATIONS
from seed_verbatim import Twin

CHECKS = CaseChecks(NETWORKS)
# the loops' bounds given their values (session 38: check reads a bound only where its value is its letter's range;
# b151_xo's are in the batch's notation, the page's #defines)
_XO = NOTATIONS["b151_xo"]
_CX0 = NOTATIONS["b151_cx"] + '"NumHidden" = "2"\n'
_JS = NOTATIONS["b151_js"] + '"this.outputSize" = "2"\n"this.hiddenSize" = "4"\n'

_PUSH = "const outputErrors = []; for (let i = 0; i < this.outputSize; i++) outputErrors.push({value});"
_W2 = "for (int j = 0; j < OUTPUT_NODES; j++) weight2[i][j] += learning_rate * output_delta[j] * {h};"
_W1 = "for (int j = 0; j < HIDDEN_NODES; j++) weight1[i][j] += learning_rate * hidden_delta[j] * {x};"


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fix151", network, notation, text, expected, twins)


def _w2(written: str) -> Twin:
    """The update of W2[0, i] (i the hidden unit), ``written`` its right side transcribed."""
    return Twin("update", "W2[0,{i}]", (written,), _I4)


CASES = [
    _case("w2-right", "b151_xo", _XO, "        " + _W2.format(h="hidden[i]"),
          (_w2(f"W2[0,{{i}}] + eta*{_SQ2}*a1[{{i}}]"),), ((C,),)),
    _case("w2-output-for-hidden", "b151_xo", _XO, _W2.format(h="output_layer[j]"),
          (_w2(f"W2[0,{{i}}] + eta*{_SQ2}*a2[0]"),), ((W,),)),
    _case("w2-braces", "b151_xo", _XO,
          "for (int j = 0; j < OUTPUT_NODES; j++) { weight2[i][j] += learning_rate * output_delta[j] * hidden[i]; }",
          (_w2(f"W2[0,{{i}}] + eta*{_SQ2}*a1[{{i}}]"),), ((C,),)),
    _case("w2-nested", "b151_xo", _XO, "for (int i = 0; i < HIDDEN_NODES; i++) " + _W2.format(h="hidden[i]"),
          (_w2(f"W2[0,{{i}}] + eta*{_SQ2}*a1[{{i}}]"),), ((C,),)),
    _case("w2-nested-sign", "b151_xo", _XO,
          "for (i = 0; i < HIDDEN_NODES; ++i) for (j = 0; j < OUTPUT_NODES; ++j) weight2[i][j] -= learning_rate * "
          "output_delta[j] * hidden[i];", (_w2(f"W2[0,{{i}}] - eta*{_SQ2}*a1[{{i}}]"),), ((W,),)),
    _case("w1-right", "b151_xo", _XO, _W1.format(x="input[i]"),
          (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_SQ1J}*x[{{i}}]",), _J4I2),), ((C,),)),
    _case("w1-target-for-input", "b151_xo", _XO, _W1.format(x="target[0]"),
          (Twin("update", "W1[{j},{i}]", (f"W1[{{j}},{{i}}] + eta*{_SQ1J}*y[0]",), _J4I2),), ((W,),)),
    _case("b1-right", "b151_xo", _XO,
          "for (int i = 0; i < HIDDEN_NODES; i++) bias_HN[i] += learning_rate * hidden_delta[i];",
          (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_SQ1I}",), _I4),), ((C,),)),
    _case("b1-output-delta", "b151_xo", _XO,
          "for (int i = 0; i < HIDDEN_NODES; i++) bias_HN[i] += learning_rate * output_delta[0];",
          (Twin("update", "b1[{i}]", (f"b1[{{i}}] + eta*{_SQ2}",), _I4),), ((W,),)),
    # arrays counted from 1 (the C function's notation): the loop from 1 to <= the size
    _case("cx-from-1", "b151_cx", _CX0, "for (j = 1; j <= NumHidden; j++) DeltaWeightHO[j][k] = eta * Hidden[p][j]"
          " * DeltaO[k];", (Twin("value", f"eta*a1[{{j}}]*{_SQ2}", (f"eta*a1[{{j}}]*{_SQ2}",), _J2),), ((C,),)),
    _case("cx-from-1-wrong", "b151_cx", _CX0, "for (j = 1; j <= NumHidden; j++) DeltaWeightHO[j][k] = eta * "
          "Hidden[p][j] * Target[p][k];",
          (Twin("value", f"eta*a1[{{j}}]*{_SQ2}", ("eta*a1[{j}]*y[0]",), _J2),), ((W,),)),
    # JavaScript's push into a list declared empty just before the loop's one header, on the same line: entry i
    _case("js-push", "b151_js", _JS, _PUSH.format(value="targets[i] - outputs[i]"),
          (Twin("value", _JS2, (_JS2,), _I2),), ((C,),)),
    _case("js-push-turned", "b151_js", _JS, _PUSH.format(value="outputs[i] - targets[i]"),
          (Twin("value", _JS2, ("a2[{i}] - t[{i}]",), _I2),), ((W,),)),
    _case("js-push-hidden", "b151_js", _JS, "const hiddenErrors = []; for (let i = 0; i < this.hiddenSize; i++) "
          "hiddenErrors.push(error * this.sigmoidDerivative(this.hiddenOutputs[i]));",
          (Twin("value", _JS1I, (_JS1I,), _I4),), ((C,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text, said", [
    ("for (int j = 1; j < OUTPUT_NODES; j++) weight2[i][j] += learning_rate * output_delta[j] * hidden[i];",
     "counts j from 1, and the notation counts it from 0"),
    ("for (int j = 0; j <= OUTPUT_NODES; j++) weight2[i][j] += learning_rate * output_delta[j] * hidden[i];",
     "ends j at <= OUTPUT_NODES"),
    ("for (int j = 0; j < 2; j++) weight2[i][j] += learning_rate * output_delta[j] * hidden[i];",
     "runs j over 0..1, and weight2's entries are 0..0"),
    ("for (int j = 0; j < OUTPUT_NODES - 1; j++) weight2[i][j] += learning_rate * output_delta[j] * hidden[i];",
     "ends j at < OUTPUT_NODES - 1"),
    ("for (int j = 0; j < OUTPUT_NODES; j += 2) weight2[i][j] += learning_rate * output_delta[j] * hidden[i];",
     "does not step its letter j by one"),
    ("for (int j = 0; j < OUTPUT_NODES; j++) bias_ON[0] += learning_rate * output_delta[0];",
     "does not use its letter j"),
    ("for (int j = 0; j < OUTPUT_NODES; j++) { bias_ON[j] += learning_rate * output_delta[j]; error = 0; }",
     "more than one statement"),
])
def test_a_header_not_over_the_whole_range_is_refused(text, said):
    assert said in CHECKS.refused("b151_xo", _XO, text)


def test_a_header_from_0_over_arrays_counted_from_1_is_refused():
    refusal = CHECKS.refused("b151_cx", _CX0, "for (j = 0; j < NumHidden; j++) DeltaWeightHO[j][k] = eta * "
                             "Hidden[p][j] * DeltaO[k];")
    assert "counts j from 0, and the notation counts it from 1" in refusal


# (a list the notation names by its entry, "outputErrors[i]", is read without them: fixleft38a's tests; errs is none)
@pytest.mark.parametrize("text, said", [
    ("errs.push(targets[i] - outputs[i]);", "puts its value into the list"),  # no header: which entry?
    ("for (let i = 0; i < this.outputSize; i++) errs.push(targets[i] - outputs[i]);",  # not declared empty
     "puts its value into the list"),
    ("const errors = []; for (let i = 0; i < this.outputSize; i++) errs.push(targets[i] - outputs[i]);",
     "puts its value into the list"),
    ("const outputErrors = []; for (let i = 0; i < this.outputSize; i++) for (let j = 0; j < this.hiddenSize; j++) "
     "outputErrors.push(targets[i] - outputs[i] + j);", "puts its value into the list"),  # two headers: whose order?
    ("const outputErrors = [0]; for (let i = 0; i < this.outputSize; i++) outputErrors.push(targets[i] - outputs[i]);",
     "formula"),  # not empty: refused too (its statements apart)
])
def test_a_push_without_its_empty_list_and_one_header_is_refused(text, said):
    assert said in CHECKS.refused("b151_js", _JS, text)
