"""Constructs batch 193 left (issue 13, fix helper fixmean41), written here as other authors would (other names,
another network than the page's):

- NumPy's ``u.mean(axis=0, keepdims=True)`` (``np.mean(u, axis=0)``, PyTorch's ``u.mean(dim=0)``) of a one-output
  layer's gradient, one number per sample, where the notation lays the samples out as rows (its weights input-first,
  ``"W1" = "W1[:, :].T"``): the (N, 1) array's axis 0 is the samples, so it is their mean, 1/N times their sum, as
  ``np.mean(u)`` (batch 193's ``db2 = d_z2.mean(axis=0, keepdims=True)``); axis=1 (each sample's one unit) refused,
  and every axis refused where no layout is known (a notation naming no weights).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_3_SIGMOID_1_BCE
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"net": TANH_2_3_SIGMOID_1_BCE})

# a NumPy class on rows: the samples rows, the weights input-first, each vector the sample's row, m the count (one)
_ROWS = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"X" = "x[:].T"
"y" = "y[:].T"
"A1" = "a1[:].T"
"A2" = "a2[:].T"
"W1" = "W1[:, :].T"
"W2" = "W2[:, :].T"
"dz2" = "grad(z2[:]).T"
"dz1" = "grad(z1[:]).T"
"db2" = "grad(b2[:]).T"
"db1" = "grad(b1[:]).T"
"m" = "1"
'''

# no count named: a file of no data whose loss is the samples' mean, where np.mean(u) of one number per sample is
# that number whatever the step's count (array_mean), and so is its axis=0 mean
_NO_COUNT = _ROWS.replace('"m" = "1"\n', "")

# the same names with no weights named: nothing says the samples are rows
_UNKNOWN = r'''
[notation]
learning_rate = ["lr"]
[notation.symbols]
"dz2" = "grad(z2[:])"
"db2" = "grad(b2[:])"
"A2" = "a2[:]"
"y" = "y[:]"
'''

_B2 = "(a2[0] - y[0])"


def _cases() -> list[Public]:
    def case(key, text, verdict, twin, notation=_ROWS):
        return Public(key, "test", "net", notation, text, ((verdict,),), (Twin("gradient", "b2[0]", (twin,)),))
    return [
        case("mean-axis0-keepdims", "db2 = dz2.mean(axis=0, keepdims=True)", C, _B2),
        case("np-mean-axis0", "db2 = np.mean(dz2, axis=0)", C, _B2),
        case("torch-mean-dim0", "db2 = dz2.mean(dim=0)", C, _B2),
        case("mean-axis0-of-error", "db2 = (A2 - y).mean(axis=0, keepdims=True)", C, _B2),
        case("sum-axis0-over-m", "db2 = dz2.sum(axis=0, keepdims=True) / m", C, _B2),
        case("mean-axis0-of-output-wrong", "db2 = A2.mean(axis=0, keepdims=True)", W, "a2[0]"),
        case("mean-axis0-extra-slope-wrong", "db2 = ((A2 - y) * A2 * (1 - A2)).mean(axis=0, keepdims=True)", W,
             f"{_B2}*a2[0]*(1 - a2[0])"),
        case("np-mean-axis0-sign-wrong", "db2 = np.mean(y - A2, axis=0)", W, "(y[0] - a2[0])"),
        case("no-count-mean-axis0", "db2 = dz2.mean(axis=0, keepdims=True)", C, _B2, _NO_COUNT),
        case("no-count-mean-axis0-wrong", "db2 = A2.mean(axis=0, keepdims=True)", W, "a2[0]", _NO_COUNT),
    ]


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_the_axis_of_the_samples_units_stays_refused():
    for text in ("db2 = dz2.mean(axis=1, keepdims=True)", "db2 = np.mean(dz2, axis=1)"):
        refusal = CHECKS.refused("net", _ROWS, text)
        assert "axis=1" in refusal and "adds each sample's units" in refusal and "axis=0" in refusal, refusal


def test_an_axis_mean_stays_refused_where_no_layout_is_known():
    refusal = CHECKS.refused("net", _UNKNOWN, "db2 = dz2.mean(axis=0, keepdims=True)")
    assert "what it averages over" in refusal and "is unknown here" in refusal, refusal
