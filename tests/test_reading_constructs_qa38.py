"""qa38 (the mutation hunt continued, tests/mutation_hunt.py): a general rule whose left side names nothing at index
values where its right side reads. Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim's
oracle_verdicts on a Twin transcribed by hand into symbols.md's names)."""

from __future__ import annotations

import pytest

from backprop.problem import parse_problem
from backprop.symbolic.homework import check_homework
from backprop.symbolic.quantities import FormulaError
from construct_networks import FROM_ZERO_OUTPUT_NOTATION, SIGMOID_2_3_2_NUMBERED
from seed_verbatim import C, REG, W, Twin, Verbatim, problem
from test_seed_verbatim import oracle_verdicts

# a 2-3-2 network of sigmoids and the squared error (SIGMOID_2_3_2_NUMBERED), with a notation counting units from 0
# (3Blue1Brown's letters, FROM_ZERO_OUTPUT_NOTATION)
_GRAD = "2*(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*a1[{k}]"
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(3))


def _rule(text: str, expected: tuple, members: tuple) -> Verbatim:
    return Verbatim(text, "qa38", 0, "qa38", "", text, expected,
                    (Twin("update", "W2[{j},{k}]", members, _JK),))


# A rule whose left side is written with the indices the right side's are (read, and judged at every value)
READ = [
    _rule(r"w_{jk}^{(L)} = w_{jk}^{(L)} - \eta \frac{\partial C_0}{\partial w_{jk}^{(L)}}", ((C,),),
          (f"W2[{{j}},{{k}}] - eta*{_GRAD}",)),
    _rule(r"w_{jk}^{(L)} = w_{jk}^{(L)} + \eta \frac{\partial C_0}{\partial w_{jk}^{(L)}}", ((W,),),
          (f"W2[{{j}},{{k}}] + eta*{_GRAD}",)),
]


def _check(text: str, tmp_path):
    path = tmp_path / "notation.toml"
    path.write_text(FROM_ZERO_OUTPUT_NOTATION)
    return check_homework(parse_problem(SIGMOID_2_3_2_NUMBERED, "<qa38>"), text, notation=str(path))


@pytest.mark.parametrize("entry", READ, ids=lambda entry: entry.text)
def test_a_rule_whose_sides_name_the_same_values_is_judged_as_the_oracle_judges_it(entry, tmp_path):
    assert oracle_verdicts(entry, parse_problem(SIGMOID_2_3_2_NUMBERED, "<qa38>")) == entry.expected
    result = _check(entry.text, tmp_path)
    assert tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims) == entry.expected


def test_a_rule_whose_left_side_swaps_the_indices_is_refused_naming_the_values(tmp_path):
    """w_{kj} for w_{jk} on the left of a 2-by-3 matrix's rule: at k = 2 the left side names nothing (row 2 of
    two rows) while the right side's w_{jk} reads; judging only where both read would judge a rule never written."""
    with pytest.raises(FormulaError) as error:
        _check(r"w_{kj}^{(L)} = w_{jk}^{(L)} - \eta \frac{\partial C_0}{\partial w_{jk}^{(L)}}", tmp_path)
    message = str(error.value)
    assert "\n" not in message and "the left side names nothing" in message and "k = 2" in message


# seed 000's rule of the output weights (a_{k0}^1: the bias at k = 0, W2[0, k-1] past it), its left side's indices
# swapped: a_{0k}^1 names the bias at k = 0 and nothing past it, which was judged at k = 0 only and called correct
_SEED_RULE = r"$$a_{k0}^1 = a_{k0}^1 - \alpha \frac{\partial SEE(y, O_0^2)}{\partial a_{k0}^1}$$"
SEED = [
    Verbatim("seed-rule", "000", 21, REG, "seed000", _SEED_RULE, ((C,),),
             (Twin("update", "b2[0]", ("b2[0] - eta*2*(a2[0] - y[0])",)),)),
    Verbatim("seed-rule-sign", "000", 21, REG, "seed000", _SEED_RULE.replace("- \\alpha", "+ \\alpha"), ((W,),),
             (Twin("update", "b2[0]", ("b2[0] + eta*2*(a2[0] - y[0])",)),)),
]


@pytest.mark.parametrize("entry", SEED, ids=lambda entry: entry.key)
def test_the_seed_rule_and_its_slip_are_judged_as_the_oracle_judges_them(entry):
    assert oracle_verdicts(entry) == entry.expected
    result = check_homework(problem(entry.network), entry.text, notation=entry.notation)
    assert tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims) == entry.expected


def test_the_seed_rule_with_its_left_side_swapped_is_refused():
    with pytest.raises(FormulaError) as error:
        check_homework(problem(REG), _SEED_RULE.replace("$$a_{k0}^1 =", "$$a_{0k}^1 ="), notation="seed000")
    message = str(error.value)
    assert "\n" not in message and "at k = 1 the left side names nothing" in message and "b2[n]" in message


# qa38's second lead, found by the mutation hunt on batch 117's x7-sk-w2n: a code name with its layer's digits glued
# (W2) whose meaning is a whole matrix, W2[:, :].T, was turned into a row by the rows' reading (read_rows) as a vector
# would be, so a row minus a column, W2.T - lr * dL_dW2, fitted there and was called correct
_ROWS_NETWORK = """
[[layer]]
inputs = 2
units = 2
activation = "identity"
weights = [[0.15, 0.20], [0.25, 0.30]]
biases = [0.35, 0.35]
[[layer]]
units = 1
activation = "identity"
weights = [[0.40, 0.45]]
biases = [0.6]
[loss]
name = "half_squared_error"
[data]
x = [[0.5, 0.1]]
y = [[0.5]]
[update]
learning_rate = 0.5
[notation]
learning_rate = ["lr"]
loss = ["loss"]
[notation.symbols]
"W2" = "W2[:, :].T"
"dL_dW2" = "grad(W2[:, :]).T"
"W2_new" = "new(W2[:, :]).T"
"""


_ROWS_UPDATE = Verbatim("rows-w2", "qa38", 0, "qa38", "", "W2_new = W2 - lr * dL_dW2", ((C,),),
                        (Twin("update", "W2[0,{j}]", ("W2[0,{j}] - eta*(a2[0] - y[0])*a1[{j}]",),
                              tuple({"j": j} for j in range(2))),))


@pytest.mark.parametrize("formula", ["W2_new = W2.T - lr * dL_dW2", "W2_new = W2 - lr * dL_dW2.T"])
def test_a_row_minus_a_column_of_a_glued_matrix_name_is_refused(formula):
    with pytest.raises(FormulaError, match="adds vectors or matrices of different sizes"):
        check_homework(parse_problem(_ROWS_NETWORK, "<qa38>"), formula)


def test_the_update_of_a_glued_matrix_name_is_still_judged_as_the_oracle_judges_it():
    """The same update with the shapes that fit: W2[0, j] - eta (a2 - y) a1[j] (the half squared error)."""
    problem_ = parse_problem(_ROWS_NETWORK, "<qa38>")
    assert oracle_verdicts(_ROWS_UPDATE, problem_) == _ROWS_UPDATE.expected
    result = check_homework(problem_, _ROWS_UPDATE.text)
    assert tuple(tuple(step.verdict for step in claim.steps) for claim in result.claims) == _ROWS_UPDATE.expected
