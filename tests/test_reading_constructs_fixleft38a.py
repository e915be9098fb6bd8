"""Fix helper fixleft38a: code constructs the last batches left refused.

- hmatrix's sums in a line of Haskell (batch 144's q4-hn-b, ``new_bias = (+) layer_bias $ cmap (* lr) $ asRow $
  vector $ map sumElements $ toColumns d_layer``): ``map sumElements $ toColumns m`` the columns' sums (NumPy's
  axis 0: over the rows, the samples where they are rows), ``toRows`` axis 1, ``sumElements v`` every entry's,
  ``vector`` the list's values, ``asRow`` only of the columns' sums (``asColumn`` of the rows'); anything else of
  them refused in one line.
- a module's own ``foreach f m`` (batch 144's q4-hm-ew, ``elementwise (*) errActivation (foreach sigmoid' zs)``) as
  hmatrix's ``cmap f m``, f a function the notation or the language knows; refused otherwise.
- JavaScript's push alone on its line (batch 151's s51-js-oe, s51-js-he, ``outputErrors.push(targets[i] -
  outputs[i]);``) as ``outputErrors[i] = ...`` where the notation names the list's entry by the one index letter the
  value uses, counted from 0; refused otherwise, saying how to name it.

Every verdict asserted is the PyTorch oracle's (test_seed_verbatim.oracle_verdicts), from each case's twin: the
right formula called correct, a wrong variant called wrong."""

from __future__ import annotations

import pytest

from batch_tables import problem_text
from construct_checks import CaseChecks, index_grid
from public_formulas import C, W, Public
from public_formulas_batch144_tables import NETWORKS as NETWORKS_144, NOTATIONS as NOTATIONS_144
from public_formulas_batch151 import _I2, _I4, _JS1I, _JS2, _JSA
from public_formulas_batch151_tables import NETWORKS as NETWORKS_151, NOTATIONS as NOTATIONS_151
from seed_verbatim import Twin

# a 2-3-2 network for the column sums, whose rows' sums (the two outputs' deltas added) differ from them
_NETWORKS = {**NETWORKS_144, **NETWORKS_151,
             "fl38_22": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                                     'units = 2\nactivation = "sigmoid"', loss="half_squared_error",
                                     extra="\n[update]\nlearning_rate = 0.1\n")}
CHECKS = CaseChecks(_NETWORKS)
_HN, _HM, _JS = NOTATIONS_144["b144_hn"], NOTATIONS_144["b144_hm"], NOTATIONS_151["b151_js"]
_K2 = index_grid(k=2)
_D = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D_SUMMED = "((a2[0] - y[0])*a2[0]*(1 - a2[0]) + (a2[1] - y[1])*a2[1]*(1 - a2[1]))"
_D1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_BIAS = "    new_bias = (+) layer_bias $ cmap (* lr) $ {sum}"


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fixleft38a", network, notation, text, expected, twins)


def _bias(members: str) -> tuple:
    return (Twin("update", "b2[{k}]", (members,), _K2),)


CASES = [
    # ---- hmatrix's sums: the columns' sums of d_layer (one sample's row) are its entries, the rows' their total ----
    _case("hn-columns", "fl38_22", _HN, _BIAS.format(sum="asRow $ vector $ map sumElements $ toColumns d_layer"),
          _bias(f"b2[{{k}}] - eta*{_D}"), ((C,),)),
    _case("hn-columns-parenthesized", "fl38_22", _HN,
          "    new_bias = (+) layer_bias $ cmap (* lr) (asRow (vector (map sumElements (toColumns d_layer))))",
          _bias(f"b2[{{k}}] - eta*{_D}"), ((C,),)),
    _case("hn-columns-no-row", "fl38_22", _HN, _BIAS.format(sum="vector $ map sumElements $ toColumns d_layer"),
          _bias(f"b2[{{k}}] - eta*{_D}"), ((C,),)),
    _case("hn-every-entry", "fl38_22", _HN, _BIAS.format(sum="sumElements d_layer"),
          _bias(f"b2[{{k}}] - eta*{_D_SUMMED}"), ((W,),)),
    _case("hn-columns-subtracted", "fl38_22", _HN,
          "    new_bias = (-) layer_bias $ cmap (* lr) $ asRow $ vector $ map sumElements $ toColumns d_layer",
          _bias(f"b2[{{k}}] + eta*{_D}"), ((W,),)),
    # the batch's own 2-3-1 network and line
    _case("hn-batch", "b144_hn", _HN, _BIAS.format(sum="asRow $ vector $ map sumElements $ toColumns d_layer"),
          (Twin("update", "b2[0]", (f"b2[0] - eta*{_D1}",)),), ((C,),)),
    # ---- a module's own foreach: its function of each entry -----------------------------------------------------
    _case("hm-foreach", "b144_hm", _HM, "    where errWdInput = elementwise (*) errActivation (foreach sigmoid' zs)",
          (Twin("value", _D1, (_D1,)),), ((C,),)),
    _case("hm-foreach-activations", "b144_hm", _HM,
          "    where errWdInput = elementwise (*) errActivation (foreach sigmoid' as)",
          (Twin("value", _D1, ("(a2[0] - y[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))",)),), ((W,),)),
    _case("hm-foreach-added", "b144_hm", _HM, "    where errWdInput = elementwise (+) errActivation (foreach sigmoid' zs)",
          (Twin("value", _D1, ("(a2[0] - y[0]) + a2[0]*(1 - a2[0])",)),), ((W,),)),
    _case("hm-foreach-dollar", "b144_hm", _HM, "    errWdInput = elementwise (*) errActivation $ foreach sigmoid' zs",
          (Twin("value", _D1, (_D1,)),), ((C,),)),
    # ---- JavaScript's push alone: the entry the notation names by the value's one letter ------------------------
    _case("js-push-alone", "b151_js", _JS, "            outputErrors.push(targets[i] - outputs[i]);",
          (Twin("value", _JS2, (_JS2,), _I2),), ((C,),)),
    _case("js-push-alone-turned", "b151_js", _JS, "outputErrors.push(outputs[i] - targets[i]);",
          (Twin("value", _JS2, ("a2[{i}] - t[{i}]",), _I2),), ((W,),)),
    _case("js-push-alone-hidden", "b151_js", _JS,
          "hiddenErrors.push(error * this.sigmoidDerivative(this.hiddenOutputs[i]));",
          (Twin("value", _JS1I, (_JS1I,), _I4),), ((C,),)),
    _case("js-push-alone-hidden-no-slope", "b151_js", _JS, "hiddenErrors.push(error * this.hiddenOutputs[i]);",
          (Twin("value", _JS1I, (f"({_JSA.replace('{h}', '{i}')})*a1[{{i}}]",), _I4),), ((W,),)),
    # the loop's bound given its value (fixbound38: a bound is read only where its value is its letter's range)
    _case("js-push-after-header", "b151_js", _JS + '"this.outputSize" = "2"\n',
          "for (let i = 0; i < this.outputSize; i++) outputErrors.push(targets[i] - outputs[i]);",
          (Twin("value", _JS2, (_JS2,), _I2),), ((C,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("sum, said", [
    ("toColumns d_layer", "toColumns m (toRows m), the list of a matrix's columns (rows), other than under map"),
    ("vector $ toColumns d_layer", "other than under map sumElements"),
    ("map sumElements d_layer", "map sumElements of other than toColumns m or toRows m"),
    ("asRow d_layer", "asRow of other than map sumElements $ toColumns m"),
    ("asRow $ vector $ map sumElements $ toRows d_layer", "asRow of other than map sumElements $ toColumns m"),
    ("asColumn $ vector $ map sumElements $ toColumns d_layer", "asColumn of other than map sumElements $ toRows m"),
    ("cmap sumElements d_layer", "cmap of other than an operator or a function's name"),
    ("map toRows d_layer", "map toRows of other than map sumElements"),
    # the rows' sums of a row: one number, the two outputs' deltas added, beside the row of biases
    ("vector $ map sumElements $ toRows d_layer", "adds vectors or matrices of different sizes"),
])
def test_hmatrix_slices_and_rows_other_than_their_sums_are_refused(sum, said):
    assert said in CHECKS.refused("fl38_22", _HN, _BIAS.format(sum=sum))


@pytest.mark.parametrize("text, said", [
    ("    where errWdInput = elementwise (*) errActivation (foreach zs sigmoid')", "foreach of other than"),
    ("    where errWdInput = elementwise (*) errActivation (foreach act zs)", "foreach of other than"),
    ("    where errWdInput = elementwise (*) errActivation (foreach sigmoid' zs as)", "foreach given 3 arguments"),
])
def test_a_foreach_of_no_function_known_is_refused(text, said):
    assert said in CHECKS.refused("b144_hm", _HM, text)


@pytest.mark.parametrize("text", [
    "outputErrors.push(targets[0] - outputs[0]);",  # no letter: which entry?
    "outputErrors.push(targets[i] - outputs[j]);",  # two letters
    "errs.push(targets[i] - outputs[i]);",  # a list the notation does not name by its entry
])
def test_a_push_the_notation_places_nowhere_is_refused_saying_how_to_name_it(text):
    refusal = CHECKS.refused("b151_js", _JS, text)
    assert "puts its value into the list" in refusal
    assert "name its entry by the one index letter the value uses, counted from 0" in refusal


def test_a_push_of_a_list_named_from_1_is_refused():
    """Patterns counting the letter from 1 ("errs[i]" = "a2[i-1]"): the first push fills entry 0, not 1."""
    notation = _JS.replace('"outputErrors[i]" = "-delta2[i]"', '"outputErrors[i]" = "-delta2[i-1]"') \
        .replace('"targets[i]" = "t[i]"', '"targets[i]" = "t[i-1]"').replace('"outputs[i]" = "a2[i]"',
                                                                           '"outputs[i]" = "a2[i-1]"')
    assert "puts its value into the list" in CHECKS.refused("b151_js", notation,
                                                            "outputErrors.push(targets[i] - outputs[i]);")
