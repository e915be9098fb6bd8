"""Fix helper fixleft39: constructs session 38's batches left refused.

- A vector's left side whose right side writes its entry i, the one index no sum runs over (batch 158's r8-cn-rec,
  ``\\delta^{(l)} = \\sum_j \\delta_j^{(l+1)} w_{ji}^{(l+1)} \\sigma'(net_i^{(l)})``): the rule for entry i, for every i,
  where the notation names that entry by the letter and the letter's values are the vector's entries
  (symbolic/vector_entry_rule.py); two free letters, or an entry the notation does not name, stay refused.
- A loop's scalar of one entry (batch 160's c160-cc-diff, ``diff = Target[p][k] - output[p][k]`` in C's loop over the
  outputs): the loop's letter read at its one value where the notation's patterns give it one entry's range
  (loop_bounds.letter_range); of two entries refused as before.
- An alias of NumPy's new axis (batch 161's c161-jp-ewh, ``x[:, na] * delta_h[na, :]`` after ``from numpy import
  newaxis as na``): read as np.newaxis where the notation declares it, ``index_names = { na = "np.newaxis" }``;
  refused otherwise, naming the word and how to write it.
- A matrix's section with a range (batch 157's c157-mz-e2, MATLAB's ``theta_2(:,1:end-1)'``: the weights without the
  bias column of a matrix holding both): refused naming the rows and columns it takes, since no notation gives a
  matrix of weights and biases a name (matlab_sections.py).

Every verdict asserted is the PyTorch oracle's (test_seed_verbatim.oracle_verdicts), from each case's twin."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_2_2, SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch16_tables import NETWORKS as NETWORKS_16, NOTATIONS as NOTATIONS_16
from public_formulas_batch157_tables import NOTATIONS as NOTATIONS_157
from public_formulas_batch158_tables import NOTATIONS as NOTATIONS_158
from public_formulas_batch160_tables import NOTATIONS as NOTATIONS_160
from public_formulas_batch161 import _J5I3, _JH
from public_formulas_batch161_tables import NETWORKS as NETWORKS_161, NOTATIONS as NOTATIONS_161
from seed_verbatim import Twin

NETWORKS = {"fl39-232": SIGMOID_2_3_2, "fl39-222": SIGMOID_2_2_2, "fl39-221": SIGMOID_2_2_1,
            "b161_jp": NETWORKS_161["b161_jp"], "b16_udacity": NETWORKS_16["b16_udacity"]}
CHECKS = CaseChecks(NETWORKS)
_CN = NOTATIONS_158["b158_cn"]
_C = NOTATIONS_160["b160_c"]
_JP_BARE = NOTATIONS_161["b161_jp"]
_JP = _JP_BARE.replace("[notation]\n", '[notation]\nindex_names = { na = "np.newaxis" }\n', 1)

# delta^{(1)}'s entry i: the output deltas back through W2's column i, times the slope at the hidden unit i
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_D1 = "(" + " + ".join(f"{_D2.format(k=k)}*W2[{k},{{i}}]" for k in range(2)) + ")*a1[{i}]*(1 - a1[{i}])"
_D1_TURNED = "(" + " + ".join(f"{_D2.format(k=k)}*W2[{{i}},{k}]" for k in range(2)) + ")*a1[{i}]*(1 - a1[{i}])"
_REC = "\\delta^{(l)} = \\sum_j \\delta_j^{(l+1)} w_{%s}^{(l+1)} \\sigma'(net_i^{(l)})"


def _delta1(written: str, units: int) -> Twin:
    return Twin("gradient_z", "z1[{i}]", (written,), index_grid(i=units))


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fixleft39", network, notation, text, expected, twins)


CASES = [
    _case("rec-entry", "fl39-232", _CN, _REC % "ji", (_delta1(_D1, 3),), ((C,),)),
    _case("rec-entry-square", "fl39-222", _CN, _REC % "ji", (_delta1(_D1, 2),), ((C,),)),
    # w_{ij} for w_{ji}: W2's row i, not its column (a square W2, so that it reads), called wrong
    _case("rec-entry-turned", "fl39-222", _CN, _REC % "ij", (_delta1(_D1_TURNED, 2),), ((W,),)),
    # a vector's left side, its members' letters a word's (error_term's m): no entry's index, the list read whole
    _case("list-not-an-entry", "b16_udacity", NOTATIONS_16["b16_udacity"],
          "del_w = [ learnrate * error_term * x[0], learnrate * error_term * x[1]]",
          (Twin("value", "-eta*(a1[0] - y[0])*a1[0]*(1 - a1[0])*x[{i}]",
                ("eta*(y[0] - a1[0])*a1[0]*(1 - a1[0])*x[{i}]",), index_grid(i=2)),), ((C,),)),
    # C's loop-local diff of the one output (k = 1, the notation's "Target[p][k]" = "y[k-1]")
    _case("c-diff", "fl39-221", _C, "        double diff = Target[p][k] - output[p][k];",
          (Twin("value", "y[0] - a2[0]", ("y[0] - a2[0]",)),), ((C,),)),
    _case("c-diff-turned", "fl39-221", _C, "        double diff = output[p][k] - Target[p][k];",
          (Twin("value", "y[0] - a2[0]", ("a2[0] - y[0]",)),), ((W,),)),
    # Ew_h = grad(W1).T, input-first: x as a column times delta_h as a row
    _case("na-outer", "b161_jp", _JP, "Ew_h = x[:, na] * delta_h[na, :]",
          (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_JH}",), _J5I3),), ((C,),)),
    # h (the hidden outputs) for delta_h: called wrong
    _case("na-outer-slip", "b161_jp", _JP, "Ew_h = x[:, na] * h[na, :]",
          (Twin("gradient", "W1[{j},{i}]", ("x[{i}]*a1[{j}]",), _J5I3),), ((W,),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("text", [
    "\\delta^{(l)} = \\delta_j^{(l+1)} w_{ji}^{(l+1)} \\sigma'(net_i^{(l)})",  # j and i both free
    "w^{(l)} = \\delta_i^{(l)} outh_j^{(l-1)}",                                   # a matrix on the left
])
def test_a_vector_left_side_with_other_free_letters_stays_refused(text):
    assert "has no value" in CHECKS.refused("fl39-232", _CN, text)


def test_a_loop_scalar_of_two_entries_stays_refused():
    # two outputs: diff of which k, the notation's "diff" = "y[0] - a2[0]" cannot say
    assert "the index k has no value" in CHECKS.refused("fl39-232", _C, "double diff = Target[p][k] - output[p][k];")


def test_an_undeclared_alias_of_the_new_axis_is_refused_saying_how_to_declare_it():
    refusal = CHECKS.refused("b161_jp", _JP_BARE, "Ew_h = x[:, na] * delta_h[na, :]")
    assert "holds na beside a colon" in refusal and 'index_names = { na = "np.newaxis" }' in refusal


@pytest.mark.parametrize("text, said", [
    ("err_2 = theta_2(:,1:end-1)'*delta_3", "(:,1:end-1): every row, every column but the last"),
    ("err_2 = theta_2(:, 2:end)'*delta_3", "(:,2:end): every row, every column but the first"),
    ("err_2 = theta_2(:,end)", "(:,end): every row, the last column"),
    ("err_2 = theta_2(1:end-1,:)'*delta_3", "(1:end-1,:): every row but the last, every column"),
])
def test_a_matrix_section_with_a_range_is_refused_naming_what_it_selects(text, said):
    assert said in CHECKS.refused("fl39-222", NOTATIONS_157["b157_mz"], text)
