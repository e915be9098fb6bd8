"""Fix helper fixbound38: a loop's bound is read only where its value is known and is the range its letter indexes
(symbolic/loop_bounds.py, used by code_loop_headers for a C-family header before its statement, JavaScript's push
inside it and Python's comprehension over range(n)). qa50 found ``for (int j = 0; j < HIDDEN_NODES; j++) bias_ON[j]
+= ...`` (the hidden layer's count over the outputs' biases) and a push under ``i < this.hiddenSize`` for the output
errors called correct: a named bound was taken as the array's size. Now a bound is a number, a name the notation
gives a number (``"OUTPUT_NODES" = "2"``), or an array's length the notation fixes (``output_layer.length``); a bound
of another value is refused naming both ranges, a name of no value refused saying to give it. Every verdict asserted
is the PyTorch oracle's (test_seed_verbatim.oracle_verdicts), from each case's twin."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch151 import _I2, _JS2
from public_formulas_batch151_tables import NETWORKS as NETWORKS_151, NOTATIONS as NOTATIONS_151
from seed_verbatim import Twin

NETWORKS = {"xo-232": SIGMOID_2_3_2 + "\n[update]\nlearning_rate = 0.5\n", "b151_js": NETWORKS_151["b151_js"]}
CHECKS = CaseChecks(NETWORKS)
# the C trainer's notation without its bounds' values, and with this network's (two outputs, three hidden units)
_XO_BARE = "".join(line + "\n" for line in NOTATIONS_151["b151_xo"].splitlines() if "_NODES" not in line)
_XO = _XO_BARE + '"OUTPUT_NODES" = "2"\n"HIDDEN_NODES" = "3"\n'
_JS_BARE = NOTATIONS_151["b151_js"]
_JS = _JS_BARE + '"this.outputSize" = "2"\n"this.hiddenSize" = "4"\n'

_PY_BARE = """
[notation]
indices = "ij"
[notation.symbols]
"outputs[i]" = "a2[i]"
"targets[i]" = "y[i]"
"errors[i]" = "y[i] - a2[i]"
"""
_PY = _PY_BARE + '"n_out" = "2"\n"n_hidden" = "3"\n'
_COMPREHENSION = "errors = [{body} for i in range({bound})]"
_E = "y[{i}] - a2[{i}]"
_B2 = "for (int j = 0; j < {bound}; j++) bias_ON[j] {op} learning_rate * output_delta[j];"
_PUSH = "const outputErrors = []; for (let i = 0; i < {bound}; i++) outputErrors.push(targets[i] - outputs[i]);"
_STEP = "(y[{j}] - a2[{j}])*a2[{j}]*(1 - a2[{j}])"


def _b2(written: str) -> Twin:
    return Twin("update", "b2[{j}]", (written,), index_grid(j=2))


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fixbound38", network, notation, text, expected, twins)


CASES = [
    _case("b2-declared", "xo-232", _XO, _B2.format(bound="OUTPUT_NODES", op="+="),
          (_b2(f"b2[{{j}}] + eta*{_STEP}"),), ((C,),)),
    _case("b2-number", "xo-232", _XO_BARE, _B2.format(bound="2", op="+="), (_b2(f"b2[{{j}}] + eta*{_STEP}"),), ((C,),)),
    _case("b2-length", "xo-232", _XO_BARE, _B2.format(bound="output_layer.length", op="+="),
          (_b2(f"b2[{{j}}] + eta*{_STEP}"),), ((C,),)),
    _case("b2-declared-sign", "xo-232", _XO, _B2.format(bound="OUTPUT_NODES", op="-="),
          (_b2(f"b2[{{j}}] - eta*{_STEP}"),), ((W,),)),
    _case("js-push-declared", "b151_js", _JS, _PUSH.format(bound="this.outputSize"),
          (Twin("value", _JS2, (_JS2,), _I2),), ((C,),)),
    _case("js-push-length", "b151_js", _JS_BARE, _PUSH.format(bound="outputs.length"),
          (Twin("value", _JS2, (_JS2,), _I2),), ((C,),)),
    # Python's comprehension over range(n): read as errors[i] = ..., n's value i's range
    _case("py-range-declared", "xo-232", _PY, _COMPREHENSION.format(body="targets[i] - outputs[i]", bound="n_out"),
          (Twin("value", _E, (_E,), index_grid(i=2)),), ((C,),)),
    _case("py-range-length", "xo-232", _PY_BARE, _COMPREHENSION.format(body="targets[i] - outputs[i]",
                                                                        bound="len(outputs)"),
          (Twin("value", _E, (_E,), index_grid(i=2)),), ((C,),)),
    _case("py-range-declared-turned", "xo-232", _PY, _COMPREHENSION.format(body="outputs[i] - targets[i]",
                                                                            bound="n_out"),
          (Twin("value", _E, ("a2[{i}] - y[{i}]",), index_grid(i=2)),), ((W,),)),
    _case("js-push-declared-turned", "b151_js", _JS,
          _PUSH.format(bound="this.outputSize").replace("targets[i] - outputs[i]", "outputs[i] - targets[i]"),
          (Twin("value", _JS2, ("a2[{i}] - t[{i}]",), _I2),), ((W,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

_SLIPS = [
    ("xo-232", _B2.format(bound="HIDDEN_NODES", op="+=")),  # qa50's: the hidden layer's count over the output biases
    ("b151_js", _PUSH.format(bound="this.hiddenSize")),  # qa50's: the hidden layer's count over the output errors
    ("xo-232", _B2.format(bound="3", op="+=")),  # one too far
    ("xo-232", _B2.format(bound="hidden.length", op="+=")),  # the hidden layer's length
    ("xo-232", _COMPREHENSION.format(body="targets[i] - outputs[i]", bound="n_hidden")),  # Python's alike
]


@pytest.mark.parametrize("network, text", _SLIPS)
@pytest.mark.parametrize("declared", [False, True])
def test_qa50s_slips_are_never_called_correct(network, text, declared):
    bare, given = (_PY_BARE, _PY) if "range(" in text else (_XO_BARE, _XO) if network == "xo-232" else \
        (_JS_BARE, _JS)
    notation = given if declared else bare
    try:
        verdicts = CHECKS.verdicts(Public("slip", "fixbound38", network, notation, text))
    except Exception as error:  # noqa: BLE001 - a refusal: one line
        assert "\n" not in str(error)
        return
    assert all(verdict == W for claim in verdicts for verdict in claim), verdicts


@pytest.mark.parametrize("network, notation, text, said", [
    ("xo-232", _XO_BARE, _B2.format(bound="HIDDEN_NODES", op="+="),
     'ends j at HIDDEN_NODES, whose value the notation does not give: give it there as the program defines it'
     ' ("HIDDEN_NODES" = "..."), or write the number (bias_ON\'s entries are 0..1)'),
    ("xo-232", _XO_BARE, _B2.format(bound="OUTPUT_NODES", op="+="), '("OUTPUT_NODES" = "...")'),
    ("b151_js", _JS_BARE, _PUSH.format(bound="this.outputSize"), '("this.outputSize" = "...")'),
    ("xo-232", _XO, _B2.format(bound="HIDDEN_NODES", op="+="), "runs j over 0..2, and bias_ON's entries are 0..1"),
    ("xo-232", _XO_BARE, _B2.format(bound="3", op="+="), "runs j over 0..2, and bias_ON's entries are 0..1"),
    ("xo-232", _XO_BARE, _B2.format(bound="hidden.length", op="+="),
     "runs j over 0..2, and bias_ON's entries are 0..1"),
    ("b151_js", _JS, _PUSH.format(bound="this.hiddenSize"), "runs i over 0..3, and outputErrors's entries are 0..1"),
    ("xo-232", _PY, _COMPREHENSION.format(body="targets[i] - outputs[i]", bound="n_hidden"),
     "runs i over 0..2, and errors's entries are 0..1"),
    ("xo-232", _PY_BARE, _COMPREHENSION.format(body="targets[i] - outputs[i]", bound="n_out"),
     '("n_out" = "...")'),
])
def test_a_bound_of_no_value_or_another_is_refused(network, notation, text, said):
    refusal = CHECKS.refused(network, notation, text)
    assert said in refusal and "\n" not in refusal
