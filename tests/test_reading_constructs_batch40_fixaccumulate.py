"""The repository files of batch 40 of the public formulas showed one misread and one refusal, each written here as
another author would (other names, other networks than the pages'): code's ``+=`` on a name the notation gives a
gradient (``grad(...)``), a sum over the samples in a loop, judged as the sample's term (``gv += x * e`` is
``gv = x * e``), while ``+=`` on a parameter and ``-=`` keep their reading as an update (A := A + B); a function's
plain name glued to a name before it and to a hatted or braced argument after it (``tlog\\hat p``, ``ln{\\hat p}``),
that name times the function of the argument.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, TANH_2_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-bce": LOGISTIC_3,
}
CHECKS = CaseChecks(NETWORKS)

# v the unit's weights, c its bias, s its sum, t the target; e, gv, gc the loss's gradients by s, v, c
_LOOP = r'''
[notation]
indices = "i"
learning_rate = ["eta"]
[notation.symbols]
"v" = "W1[0, :]"
"x" = "x[:]"
"c" = "b1[0]"
"s" = "z1[0]"
"t" = "y[0]"
"e" = "grad(z1[0])"
"gv" = "grad(W1[0, :])"
"gc" = "grad(b1[0])"
"gv_{i}" = "grad(W1[0, i-1])"
"x_{i}" = "x[i-1]"
'''
_K2 = ({"k": 0}, {"k": 1})
_I2 = ({"i": 0}, {"i": 1})
_E = "(tanh(z1[0]) - y[0])*(1 - tanh(z1[0])**2)"
# \hat{p} the unit's output, t the target (also tgt), E the loss
_LOGISTIC = r'''
[notation]
loss = ["E"]
[notation.symbols]
"\\hat{p}" = "a1[0]"
"t" = "y[0]"
"tgt" = "y[0]"
'''
_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, twin in (
            # += on a gradient in a loop over the samples: the sample's term, gv = x * e
            ("accumulate-weights", "gv += x * e", C, Twin("gradient", "W1[0,{k}]", (f"x[{{k}}]*{_E}",), _K2)),
            ("accumulate-weights-doubled", "gv += 2 * x * e", W,
             Twin("gradient", "W1[0,{k}]", (f"2*x[{{k}}]*{_E}",), _K2)),
            ("accumulate-bias", "gc += e", C, Twin("gradient", "b1[0]", (_E,))),
            ("accumulate-bias-negated", "gc += -e", W, Twin("gradient", "b1[0]", (f"-{_E}",))),
            ("accumulate-indexed", "gv_i += x_i * e", C, Twin("gradient", "W1[0,{i}]", (f"x[{{i}}]*{_E}",), _I2)),
            ("accumulate-indexed-wrong-input", "gv_i += x_i * s", W,
             Twin("gradient", "W1[0,{i}]", ("x[{i}]*z1[0]",), _I2)),
            # -= on a gradient keeps its reading, gv := gv - x * e, and so does the equation gc = gc + e
            ("subtract-from-gradient", "gv -= x * e", W,
             Twin("value", f"x[{{k}}]*{_E}", (f"x[{{k}}]*{_E} - x[{{k}}]*{_E}",), _K2)),
            ("gradient-plus-itself", "gc = gc + e", W, Twin("value", _E, (f"{_E} + {_E}",))),
            # += on a parameter is its update: v := v + eta x e climbs the loss
            ("parameter-update-climbs", "v += eta * x * e", W,
             Twin("update", "W1[0,{k}]", ("W1[0,{k}] + eta*grad",), _K2)),
            ("parameter-update-descends", "v += -eta * x * e", C,
             Twin("update", "W1[0,{k}]", ("W1[0,{k}] - eta*grad",), _K2))):
        cases.append(Public(key, "test", "tanh-two", _LOOP, text, ((verdict,),), (twin,)))
    for key, text, verdict, member in (
            # log glued to the name before it and to a hatted argument: t log(\hat p)
            ("glued-log-hat", r"E = -(tlog\hat p + (1-t)log(1-\hat p))", C, _BCE),
            ("glued-log-hat-sign", r"E = -(tlog\hat p - (1-t)log(1-\hat p))", W,
             "-(y[0]*log(a1[0]) - (1 - y[0])*log(1 - a1[0]))"),
            ("glued-log-hat-both", r"E = -(tlog\hat p + (1-t)log\hat p)", W,
             "-(y[0]*log(a1[0]) + (1 - y[0])*log(a1[0]))"),
            # a braced argument, ln for log, a name of three letters before it
            ("glued-ln-braced", r"E = -tln{\hat p} - (1 - t)ln(1 - \hat p)", C, _BCE),
            ("glued-log-long-name", r"E = -(tgtlog\hat p + (1-tgt)log(1-\hat p))", C, _BCE),
            ("glued-log-long-name-half", r"E = -(tgtlog\hat p + (1-tgt)log(1-\hat p)) / 2", W, f"({_BCE})/2")):
        cases.append(Public(key, "test", "sigmoid-bce", _LOGISTIC, text, ((verdict,),),
                            (Twin("value", _BCE, (member,)),)))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)
