"""qa58: a sum over a set named by a word, Mitchell's ``\\Sigma_{k \\in outputs} w_{kh} \\delta_k`` (batch 167's
c167-mn-dh): the word was dropped and k ran over whatever the term's patterns give, so ``k \\in hidden`` and
``k \\in inputs`` were called correct like ``k \\in outputs``. The word counts now: outputs (output) names the output
layer, hidden the one hidden layer, inputs (input) the input layer; where the units the letter indexes in the term are
another layer's, the sum is refused in one line (the set names layer X while k indexes layer Y's units), whether the
two layers have the same count (3-2-2) or not (3-3-2).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch167_tables import NETWORKS as B167_NETWORKS, NOTATIONS as B167_NOTATIONS, _layers
from seed_verbatim import Twin

CHECKS = CaseChecks({"b167_mn": B167_NETWORKS["b167_mn"],
                     # the same notes' network with three hidden units: hidden and output layers of other counts
                     "qa58_332": _layers('inputs = 3\nunits = 3\nactivation = "sigmoid"',
                                         'units = 2\nactivation = "sigmoid"', loss="half_squared_error")})
_MN = B167_NOTATIONS["b167_mn"]
_DH = r"$\delta_h \leftarrow o_h{factor} \Sigma_{{k \in {word}}} w_{{kh}} \delta_k$"


def _sig_d2(k: int) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


# -dE/dz1[h] (Mitchell's delta_h) and the sum of Table 4.2's T4.4
_D1H = f"-(({_sig_d2(0)}*W2[0,{{h}}] + {_sig_d2(1)}*W2[1,{{h}}])*a1[{{h}}]*(1 - a1[{{h}}]))"
_SUM = "(W2[0,{h}]*a2[0]*(1 - a2[0])*(y[0] - a2[0]) + W2[1,{h}]*a2[1]*(1 - a2[1])*(y[1] - a2[1]))"


def _case(key: str, network: str, word: str, expected, factor="(1-o_h)", member="a1[{h}]*(1 - a1[{h}])*") -> Public:
    hidden = 2 if network == "b167_mn" else 3
    return Public(key, "qa58", network, _MN, _DH.format(factor=factor, word=word), expected,
                  (Twin("value", _D1H, (member + _SUM,), tuple({"h": h} for h in range(hidden))),))


CASES = [
    _case("outputs-right", "b167_mn", "outputs", ((C,),)),
    _case("outputs-text-right", "b167_mn", r"\text{outputs}", ((C,),)),
    _case("output-right-332", "qa58_332", "output", ((C,),)),
    _case("outputs-factor-wrong", "b167_mn", "outputs", ((W,),), factor="", member="a1[{h}]*"),
    _case("outputs-factor-wrong-332", "qa58_332", r"\text{outputs}", ((W,),), factor="", member="a1[{h}]*"),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("network", ["b167_mn", "qa58_332"])
@pytest.mark.parametrize("word", ["hidden", r"\text{hidden}", "inputs", "input"])
def test_a_set_naming_another_layer_is_refused(network, word):
    """k indexes the output units in w_{kh} \\delta_k: a set naming the hidden or input layer is not the sum's."""
    message = CHECKS.refused(network, _MN, _DH.format(factor="(1-o_h)", word=word))
    assert "names layer" in message and "k indexes layer 2's units" in message

