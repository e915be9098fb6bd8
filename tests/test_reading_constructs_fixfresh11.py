"""The pages of batch 75 of the public formulas showed constructs of general writing misread or refused, each written
here as another author would (other names, other networks than the pages'): an update's arrow typed as a less-than
and a run of dashes of any kind, ``v_1 <—— v_1 - ...`` (read as the arrow ``<-`` then a minus, a right member called
wrong).
What stays refused: a run of two or more dashes glued to what follows (``c <--c``, also R's arrow then a minus);
a less-than then a space stays a comparison.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
}
CHECKS = CaseChecks(NETWORKS)

_GRAD_V1 = "(a1[0] - y[0])*(1 - a1[0]**2)*x[0]"
_GRAD_C = "(a1[0] - y[0])*(1 - a1[0]**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # an arrow of a less-than and dashes, em dashes, en dashes, a minus sign or hyphens: the update's <-
            ("em-dash-arrow", "v_1 <—— v_1 - η ∂E/∂v_1 = v_1 - η (h - t)(1 - h^2) x_1", ((C, C),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", f"W1[0,0] - eta*{_GRAD_V1}")),)),
            ("em-dash-arrow-wrong", "v_1 <—— v_1 - η ∂E/∂v_1 = v_1 - η (h - t) x_1", ((C, W),),
             (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad", "W1[0,0] - eta*(a1[0] - y[0])*x[0]")),)),
            ("en-dash-arrow", "c <–– c - η (h - t)(1 - h^2)", ((C,),),
             (Twin("update", "b1[0]", (f"b1[0] - eta*{_GRAD_C}",)),)),
            ("minus-sign-arrow-wrong", "c <−− c + η (h - t)(1 - h^2)", ((W,),),
             (Twin("update", "b1[0]", (f"b1[0] + eta*{_GRAD_C}",)),)),
            ("hyphens-arrow", "c <--- c - eta * dE/dc", ((C,),),
             (Twin("update", "b1[0]", ("b1[0] - eta*grad",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_run_of_dashes_glued_to_what_follows_reads_two_ways():
    """``c <--c - ...``: an arrow of dashes, or R's ``<-`` then a minus (c <- -c - ...)."""
    assert "reads two ways" in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "c <--c - eta * dE/dc")


def test_a_less_than_then_a_space_is_no_arrow():
    """``h < -1``: a comparison, as before, never an update of h."""
    assert "leftarrow" not in CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h < -1")
