r"""fixleft37 (issue 13): three refusals left in this session's batches.

1. Batch 144's q4-jl-bp0/bp1, a Julia file's comments in Nielsen's notation typed flat: ``δ{l,j} = ∂C/∂z{l,j}``, a
   name glued to a braced list of indices (no ^ or _), is the name at those indices, as code's ``delta[l,j]``
   (typography_indices.listed_indices; was: expected '}' to close the group at ','). A notation that gives no such
   name with those indices refuses it in one line, as none of its patterns.
2. Batch 144's q4-jl-bp1a, ``δ{L} = ∇C .* dσ.(z{L})``: Nielsen's BP1 writes \nabla_a C; a bare \nabla C where the
   claim's left side is the output layer's whole delta is the gradient by the output activations (was: \nabla L
   without a subscript); on any other left side it is refused as before.
3. Batch 146's q6-zh-ej, ``\sum_{j'} w_{kj'} O_{j'}`` under a notation whose patterns write j literally: the sum's
   primed letter is its own (bound) letter, read as j where the sum's term holds every j' and no unprimed j (was:
   w_{kj'} matches none of the notation's patterns); with an unprimed j in the term, a fresh letter, refused there.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): a right formula called
correct, a wrong variant called wrong (or refused where it cannot be read one way)."""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch144 import _D2
from public_formulas_batch144_tables import NETWORKS as NETWORKS_144, NOTATIONS as NOTATIONS_144
from public_formulas_batch146 import _ZH_EJ
from public_formulas_batch146_tables import NETWORKS as NETWORKS_146, NOTATIONS as NOTATIONS_146
from seed_verbatim import Twin
from backprop.symbolic.typography_indices import primed_sum_letters

CHECKS = CaseChecks({"b144_jl": NETWORKS_144["b144_jl"], "b146_zh": NETWORKS_146["b146_zh"]})
_JL, _ZH = NOTATIONS_144["b144_jl"], NOTATIONS_146["b146_zh"]
_J3 = tuple({"j": j} for j in range(3))


def _case(key: str, network: str, notation: str, text: str, twins: tuple, expected) -> Public:
    return Public(key, "fixleft37", network, notation, text, expected, twins)


_AT_OUTPUT = "(a2[0] - y[0])*sigmoid(a2[0])*(1 - sigmoid(a2[0]))"
_TWICE = f"2*{_D2}"
# d/dO_j of sum_j' w_kj' O_j'^2: 2 w_kj O_j, each k's term
_SQUARED = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*2*W2[{k},{{j}}]*a1[{{j}}]" for k in range(2))
_ZH_CHAIN = (r"\frac{\partial E}{\partial O_j} = \sum_{k} \frac{\partial E}{\partial I_k} \frac{\partial}{\partial O_j}"
             r" \left( \sum_{j'} w_{kj'} O_{j'}{power} \right)")

CASES = [
    # ---- 1. delta{l,j}: the name at the braced list of indices ----------------------------------------------------
    _case("listed-chain", "b144_jl", _JL, "δ{L,j} = ∂C/∂a{L,j} ⋅ dσ(z{L,j})", (Twin("value", _D2, (_D2,)),), ((C,),)),
    _case("listed-slope-at-output", "b144_jl", _JL, "δ{L,j} = ∂C/∂a{L,j} ⋅ dσ(a{L,j})",
          (Twin("value", _D2, (_AT_OUTPUT,)),), ((W,),)),
    _case("listed-twice", "b144_jl", _JL, "δ{L,j} = 2*∂C/∂z{L,j}", (Twin("value", _D2, (_TWICE,)),), ((W,),)),
    # ---- 2. \nabla C beside the output layer's delta: the gradient by the output activations ----------------------
    _case("nabla-bp1", "b144_jl", _JL, "δ{L} = ∇C .* dσ.(z{L})", (Twin("value", _D2, (_D2,)),), ((C,),)),
    _case("nabla-bp1-slope-at-output", "b144_jl", _JL, "δ{L} = ∇C .* dσ.(as[end])",
          (Twin("value", _D2, (_AT_OUTPUT,)),), ((W,),)),
    _case("nabla-bp1-twice", "b144_jl", _JL, "δ{L} = 2*∇C .* dσ.(z{L})", (Twin("value", _D2, (_TWICE,)),), ((W,),)),
    # ---- 3. the sum's primed letter -----------------------------------------------------------------------------
    _case("primed-sum", "b146_zh", _ZH, _ZH_CHAIN.replace("{power}", ""), (Twin("value", _ZH_EJ, (_ZH_EJ,), _J3),),
          ((C,),)),
    _case("primed-sum-squared", "b146_zh", _ZH, _ZH_CHAIN.replace("{power}", "^2"),
          (Twin("value", _ZH_EJ, (_SQUARED,), _J3),), ((W,),)),
]
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


@pytest.mark.parametrize("network, notation, text", [
    # no pattern a{l,j} (only a{L,j}): none of the notation's patterns, one line
    ("b144_jl", _JL, "δ{l,j} = ∂C/∂a{l,j}"),
    # a bare \nabla C beside no output delta: the parameter unnamed, as before
    ("b144_jl", _JL, "z{L} = ∇C .* dσ.(z{L})"),
    # an unprimed j in the primed sum's term: j' a fresh letter there, which the literal patterns do not give
    ("b146_zh", _ZH, r"\frac{\partial}{\partial O_j} \left( \sum_{j'} w_{kj'} O_{j} \right) = w_{kj}"),
])
def test_the_constructs_elsewhere_are_refused_in_one_line(network, notation, text):
    assert "\n" not in CHECKS.refused(network, notation, text)


def test_a_braced_list_under_nielsens_scripts_is_refused():
    """Under a notation of \\delta^{l}_{j} (layer, then unit), delta{2,1} is no pattern's: refused, never guessed."""
    notation = ('[notation]\nindices = "lj"\nloss = ["C"]\n[notation.symbols]\n"\\\\delta^{l}_{j}" = "delta{l}[j-1]"\n'
                '"z^{l}_{j}" = "z{l}[j-1]"\n')
    assert "matches none of the notation's patterns" in CHECKS.refused("b144_jl", notation, "δ{2,1} = ∂C/∂z{2,1}")


def test_the_primed_letter_is_renamed_in_its_sum_only():
    assert primed_sum_letters(r"\sum_{j'} w_{kj'} O_{j'} = w_{kj}") == r"\sum_{j} w_{kj} O_{j} = w_{kj}"
    assert primed_sum_letters(r"\sum_{j'} w_{kj'} O_{j} + x") == r"\sum_{p} w_{kp} O_{j} + x"
