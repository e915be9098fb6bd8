"""The web pages of batch 33 of the public formulas showed refused or misread, each written as another author would
(other names, other networks than the pages'): a plain-text arrow between two claims (``==>``, ``-->``, ``->``,
``\\to``), each claim judged on its own.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one tanh unit on one input, the half squared error
    "tanh-one": '[[layer]]\ninputs = 1\nunits = 1\nactivation = "tanh"\n[loss]\nname = "half_squared_error"\n',
}
CHECKS = CaseChecks(NETWORKS)

# u the unit's sum, t its target, E the loss
_TANH = r'''
[notation]
loss = ["E"]
[notation.symbols]
"u" = "z1[0]"
"t" = "y[0]"
'''
_LOSS = "0.5*(y[0] - tanh(z1[0]))**2"
_DU = "-(y[0] - tanh(z1[0]))*(1 - tanh(z1[0])**2)"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, loss, slope in (
            # an arrow between the loss and its derivative: two claims, each judged on its own
            ("arrow-long", r"E = 0.5 (t - \tanh(u))^2 ==> dE/du = -(t - \tanh(u)) (1 - \tanh(u)^2)", (C, C), _LOSS,
             _DU),
            ("arrow-long-cube", r"E = 0.5 (t - \tanh(u))^3 ==> dE/du = -(t - \tanh(u)) (1 - \tanh(u)^2)", (W, C),
             "0.5*(y[0] - tanh(z1[0]))**3", _DU),
            ("arrow-dashes", r"E = 0.5 (t - \tanh(u))^2 --> dE/du = -(t - \tanh(u)) (1 + \tanh(u)^2)", (C, W), _LOSS,
             "-(y[0] - tanh(z1[0]))*(1 + tanh(z1[0])**2)"),
            # a wrong first claim before a short arrow is judged, not dropped as reasoning
            ("arrow-short-cube", r"E = 0.5 (t - \tanh(u))^3 -> dE/du = -(t - \tanh(u)) (1 - \tanh(u)^2)", (W, C),
             "0.5*(y[0] - tanh(z1[0]))**3", _DU),
            ("arrow-to", r"E = (t - \tanh(u))^2 \to \frac{dE}{du} = -(t - \tanh(u)) (1 - \tanh(u)^2)", (W, C),
             "(y[0] - tanh(z1[0]))**2", _DU),
            ("arrow-implies", r"E = 0.5 (t - \tanh(u))^2 \implies \frac{dE}{du} = (t - \tanh(u)) (1 - \tanh(u)^2)",
             (C, W), _LOSS, "(y[0] - tanh(z1[0]))*(1 - tanh(z1[0])**2)")):
        cases.append(Public(f"{key}", "test", "tanh-one", _TANH, text, tuple((verdict,) for verdict in expected),
                            (Twin("value", _LOSS, (loss,)), Twin("gradient_z", "z1[0]", (slope,)))))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
