r"""Fix helper fixbound39: a range's bound is read only where its value is known and is the range its letter indexes,
for the arrays built entry by entry that fixbound38 left (loop_bounds, through code_loop_headers): Kotlin's
``DoubleArray(n) { i -> ... }`` (``(0 until n).map``, ``output.indices.map``) and Rust's ``(0..n).map(|i|
...).collect()``. On main these took n as the range unchecked: ``DoubleArray(hiddenSize) { i -> target[i] -
output[i] }`` over the two output errors, ``DoubleArray(4)``, ``hidden.indices.map``, ``(0..n_hidden)`` and ``(0..3)``
were called correct (wrong verdicts), and so were sums in code over a range whose bound has no value,
``sum(w[j][i] * x[i] for i in range(n_h))`` and ``(0..n_h).map(|i| ...).sum::<f64>()`` over the inputs (read as
``\sum_{i=0}^{n_h - 1}`` over every unit i indexes): refused now, saying to give it. A TeX sum's bound the notation
gives a number is that number (past the units refused, short of them wrong). A count's name with a subscript, of no
value, is such a letter: ``\sum_{i=1}^{n_h-1}`` from 1, ``\sum_{i=0}^{n_{in}-2}``, ``\sum_{i=1}^{n_x+1}`` (called
correct on main, over every unit) are refused. Every verdict asserted is the PyTorch oracle's (test_seed_verbatim.oracle_verdicts), from each
case's twin."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch139_tables import NETWORKS as NETWORKS_139, NOTATIONS as NOTATIONS_139
from seed_verbatim import Twin

NETWORKS = {"xo-232": SIGMOID_2_3_2, "xo-332": SIGMOID_2_3_2.replace("inputs = 2", "inputs = 3", 1),
            "b139_kt": NETWORKS_139["b139_kt"]}
CHECKS = CaseChecks(NETWORKS)
# the Kotlin service's notation (batch 139) with its sizes' values (outputSize 2, hiddenSize 4), and without them
_KT = NOTATIONS_139["b139_kt"]
_KT_BARE = "".join(line + "\n" for line in _KT.splitlines() if "Size\"" not in line)
_RS_BARE = """
[notation]
indices = "ij"
[notation.symbols]
"outputs[i]" = "a2[i]"
"targets[i]" = "y[i]"
"errors[i]" = "y[i] - a2[i]"
"""
_RS = _RS_BARE + '"n_out" = "2"\n"n_hidden" = "3"\n'
_KT_E = "val outputErrors = {built} {{ {parameter}target[{i}] - output[{i}] }}"
_RS_E = "let errors: Vec<f64> = (0..{bound}).map(|i| targets[i] - outputs[i]).collect();"
_E, _E_TURNED = "y[{i}] - a2[{i}]", "a2[{i}] - y[{i}]"
# z_j as a sum over the inputs i, j and i counted from 0 (Z0) or from 1 (Z1)
_Z0 = """
[notation]
indices = "ij"
[notation.symbols]
"w_{ji}" = "W1[j, i]"
"x_{i}" = "x[i]"
"z_{j}" = "z1[j]"
"b_{j}" = "b1[j]"
"""
_Z1 = _Z0.replace('[j, i]"', '[j-1, i-1]"').replace('x[i]"', 'x[i-1]"').replace('[j]"', '[j-1]"')
_SUM = r"z_j = \sum_{{i={first}}}^{{{bound}}} w_{{ji}} x_i {sign} b_j"
# the same sum in code: Python's generator over range(n), Rust's range mapped and summed
_CODE = """
[notation]
indices = "ij"
[notation.symbols]
"w[j][i]" = "W1[j, i]"
"x[i]" = "x[i]"
"z[j]" = "z1[j]"
"b[j]" = "b1[j]"
"""
_CODE_N = _CODE + '"n_in" = "2"\n"n_h" = "3"\n'
_PY_SUM = "z[j] = sum(w[j][i] * x[i] for i in range({bound})) {sign} b[j]"
_RS_SUM = "z[j] = (0..{bound}).map(|i| w[j][i] * x[i]).sum::<f64>() {sign} b[j]"


def _kt(built: str, parameter: str = "i -> ", i: str = "i") -> str:
    return _KT_E.format(built=built, parameter=parameter, i=i)


def _errors(written: str = _E) -> tuple:
    return (Twin("value", _E, (written,), index_grid(i=2)),)


def _z(inputs: int = 2, sign: str = "+") -> tuple:
    terms = " + ".join(f"W1[{{j}},{i}]*x[{i}]" for i in range(inputs))
    return (Twin("value", "z1[{j}]", (f"{terms} {sign} b1[{{j}}]",), index_grid(j=3)),)


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fixbound39", network, notation, text, expected, twins)


CASES = [
    # Kotlin's array built by a lambda of its index, its size the output errors' count
    _case("kt-declared", "b139_kt", _KT, _kt("DoubleArray(outputSize)"), _errors(), ((C,),)),
    _case("kt-number", "b139_kt", _KT_BARE, _kt("DoubleArray(2)"), _errors(), ((C,),)),
    _case("kt-length-it", "b139_kt", _KT_BARE, _kt("DoubleArray(output.size)", "", "it"), _errors(), ((C,),)),
    _case("kt-indices", "b139_kt", _KT_BARE, _kt("output.indices.map"), _errors(), ((C,),)),
    _case("kt-until", "b139_kt", _KT, _kt("(0 until outputSize).map"), _errors(), ((C,),)),
    _case("kt-declared-turned", "b139_kt", _KT, _kt("DoubleArray(outputSize)").replace(
        "target[i] - output[i]", "output[i] - target[i]"), _errors(_E_TURNED), ((W,),)),
    # Rust's range mapped and collected
    _case("rs-declared", "xo-232", _RS, _RS_E.format(bound="n_out"), _errors(), ((C,),)),
    _case("rs-number", "xo-232", _RS_BARE, _RS_E.format(bound="2"), _errors(), ((C,),)),
    _case("rs-length", "xo-232", _RS_BARE, _RS_E.format(bound="outputs.len()"), _errors(), ((C,),)),
    _case("rs-declared-turned", "xo-232", _RS, _RS_E.format(bound="n_out").replace(
        "targets[i] - outputs[i]", "outputs[i] - targets[i]"), _errors(_E_TURNED), ((W,),)),
    # TeX sums over the inputs: a bound of no value ending at the last unit, or the notation's number
    _case("sum-from-0-to-n-1", "xo-232", _Z0, _SUM.format(first=0, bound="n-1", sign="+"), _z(), ((C,),)),
    _case("sum-from-1-to-n", "xo-232", _Z1, _SUM.format(first=1, bound="n", sign="+"), _z(), ((C,),)),
    _case("sum-from-0-to-n-1-declared", "xo-232", _Z0 + '"n" = "2"\n', _SUM.format(first=0, bound="n-1", sign="+"),
          _z(), ((C,),)),
    _case("sum-from-1-to-n-declared", "xo-232", _Z1 + '"n" = "2"\n', _SUM.format(first=1, bound="n", sign="+"),
          _z(), ((C,),)),
    _case("sum-from-0-to-n_in-1", "xo-232", _Z0, _SUM.format(first=0, bound="n_{in}-1", sign="+"), _z(), ((C,),)),
    _case("sum-from-1-to-N_0", "xo-232", _Z1, _SUM.format(first=1, bound="N_0", sign="+"), _z(), ((C,),)),
    # n from 0 of no value: the last unit's index (the pages' \sum_{i=0}^{n} w_i x_i), as K of \sum_{k=1}^{K}
    _case("sum-from-0-to-n", "xo-232", _Z0, _SUM.format(first=0, bound="n", sign="+"), _z(), ((C,),)),
    _case("sum-from-0-to-N_0", "xo-232", _Z0, _SUM.format(first=0, bound="N_0", sign="+"), _z(), ((C,),)),
    _case("sum-from-0-to-n-sign", "xo-232", _Z0, _SUM.format(first=0, bound="n", sign="-"), _z(sign="-"), ((W,),)),
    _case("sum-from-0-to-n-1-sign", "xo-232", _Z0, _SUM.format(first=0, bound="n-1", sign="-"), _z(sign="-"),
          ((W,),)),
    # sums in code over a range: the bound's value the notation's, a number or a length
    _case("py-sum-declared", "xo-232", _CODE_N, _PY_SUM.format(bound="n_in", sign="+"), _z(), ((C,),)),
    _case("py-sum-number", "xo-232", _CODE, _PY_SUM.format(bound="2", sign="+"), _z(), ((C,),)),
    _case("py-sum-length", "xo-232", _CODE, _PY_SUM.format(bound="len(x)", sign="+"), _z(), ((C,),)),
    _case("py-sum-declared-sign", "xo-232", _CODE_N, _PY_SUM.format(bound="n_in", sign="-"), _z(sign="-"), ((W,),)),
    _case("rs-sum-declared", "xo-232", _CODE_N, _RS_SUM.format(bound="n_in", sign="+"), _z(), ((C,),)),
    _case("rs-sum-length", "xo-232", _CODE, _RS_SUM.format(bound="x.len()", sign="+"), _z(), ((C,),)),
    _case("rs-sum-declared-sign", "xo-232", _CODE_N, _RS_SUM.format(bound="n_in", sign="-"), _z(sign="-"), ((W,),)),
    # a bound the notation gives, short of the units: one unit left out, wrong
    _case("sum-from-1-to-n-1-declared", "xo-232", _Z1 + '"n" = "2"\n', _SUM.format(first=1, bound="n-1", sign="+"),
          _z(1), ((W,),)),
    _case("sum-to-the-hidden-count-over-3-inputs", "xo-332", _Z1 + '"n_h" = "2"\n',
          _SUM.format(first=1, bound="n_h", sign="+"), _z(2), ((W,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

_SLIPS = [  # each over the two output errors: the hidden layer's count (4 in the Kotlin service, 3 in the Rust)
    ("b139_kt", _kt("DoubleArray(hiddenSize)")),
    ("b139_kt", _kt("DoubleArray(4)")),
    ("b139_kt", _kt("DoubleArray(hidden.size)", "", "it")),
    ("b139_kt", _kt("hidden.indices.map")),
    ("b139_kt", _kt("(0 until hiddenSize).map")),
    ("b139_kt", _kt("Array(hiddenSize)")),
    ("xo-232", _RS_E.format(bound="n_hidden")),
    ("xo-232", _RS_E.format(bound="3")),
    ("xo-232", _PY_SUM.format(bound="n_h", sign="+")),  # a sum over the two inputs to the hidden layer's count
    ("xo-232", _RS_SUM.format(bound="n_h", sign="+")),
    ("xo-232", _PY_SUM.format(bound="3", sign="+")),
]


@pytest.mark.parametrize("network, text", _SLIPS)
@pytest.mark.parametrize("declared", [False, True])
def test_a_wrong_layers_size_is_never_called_correct(network, text, declared):
    notation = (_KT if declared else _KT_BARE) if network == "b139_kt" else (_CODE_N if declared else _CODE) \
        if "z[j]" in text else _RS if declared else _RS_BARE
    try:
        verdicts = CHECKS.verdicts(Public("slip", "fixbound39", network, notation, text))
    except Exception as error:  # noqa: BLE001 - a refusal: one line
        assert "\n" not in str(error)
        return
    assert all(verdict == W for claim in verdicts for verdict in claim), verdicts


@pytest.mark.parametrize("network, notation, text, said", [
    ("b139_kt", _KT, _kt("DoubleArray(hiddenSize)"),
     "the loop DoubleArray(hiddenSize) runs i over 0..3, and outputErrors's entries are 0..1"),
    ("b139_kt", _KT_BARE, _kt("DoubleArray(outputSize)"), '("outputSize" = "...")'),
    ("b139_kt", _KT_BARE, _kt("hidden.indices.map"),
     "the loop hidden.indices.map runs i over 0..3, and outputErrors's entries are 0..1"),
    ("xo-232", _RS, _RS_E.format(bound="n_hidden"), "the loop (0..n_hidden) runs i over 0..2, and errors's entries"
                                                    " are 0..1"),
    ("xo-232", _RS_BARE, _RS_E.format(bound="n_out"), '("n_out" = "...")'),
    ("xo-232", _CODE, _PY_SUM.format(bound="n_h", sign="+"), '("n_h" = "...")'),
    ("xo-232", _CODE, _RS_SUM.format(bound="n_in", sign="+"), 'the loop (0..n_in) ends i at n_in, whose value the'
                                                              ' notation does not give'),
    ("xo-232", _CODE_N, _PY_SUM.format(bound="n_h", sign="+"), "input index 2 is out of range"),
    ("xo-232", _Z1, _SUM.format(first=1, bound="n-1", sign="+"), "up to n - 1 ends at 1 if n counts the units (2)"),
    # a count's name with a subscript, of no value, as a letter (on main each was read over every unit: correct)
    ("xo-232", _Z1, _SUM.format(first=1, bound="n_h-1", sign="+"), "up to n_{h} - 1 ends at 1 if n_{h} counts the"
                                                                    " units (2)"),
    ("xo-232", _Z0, _SUM.format(first=0, bound="n_{in}-2", sign="+"), "up to n_{in} - 2 ends at 0"),
    ("xo-232", _Z1, _SUM.format(first=1, bound="n_x+1", sign="+"), "up to n_{x} + 1 ends at 3"),
    ("xo-232", _Z0 + '"n" = "2"\n', _SUM.format(first=0, bound="n", sign="+"), "input index 2 is out of range"),
    ("xo-232", _Z1 + '"n_h" = "3"\n', _SUM.format(first=1, bound="n_h", sign="+"), "input index 2 is out of range"),
])
def test_a_bound_of_no_value_or_another_is_refused(network, notation, text, said):
    assert said in CHECKS.refusal(Public("bound", "fixbound39", network, notation, text))
