"""A notation's pattern whose name is a letter a function word spells, with its scripts: batch 152's post names the
hidden outputs H^1 (CS231n's notes), ``"H^{1}" = "a1[:]"``, which the loader refused as Heaviside's step H with no
argument; a pattern named H alone was read already. With its scripts the pattern names the quantity, so H^{1} in a
formula is that layer's outputs (and H(u), a call, stays the step where no pattern names H).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks, index_grid
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2})

# CS231n's names as a post writes them: X the input, H^1 the hidden outputs, Y the outputs; dY the loss's gradient
# by the output sums; W^2 the output weights, output-first
_H = r'''
[notation]
[notation.symbols]
"X" = "x[:]"
"H^{1}" = "a1[:]"
"\\hat{Y}" = "a2[:]"
"Y" = "y[:]"
"W^{2}" = "W2[:, :]"
"dY" = "grad(z2[:])"
'''
_K2J3 = index_grid(k=2, j=3)
_J3 = index_grid(j=3)
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = " + ".join(f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*W2[{k},{{j}}]" for k in range(2))


def _cases() -> list[Public]:
    return [
        Public("h1-gradient", "test", "sigmoid-2-3-2", _H, r"\frac{\partial L}{\partial W^{2}} = dY (H^{1})^T",
               ((C,),), (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*a1[{{j}}]",), _K2J3),)),
        Public("h1-gradient-without-hidden-wrong", "test", "sigmoid-2-3-2", _H,
               r"\frac{\partial L}{\partial W^{2}} = dY X^T", ((W,),),
               (Twin("gradient", "W2[{k},{j}]", (f"{_D2}*x[{{j}}]",), index_grid(k=2, j=2)),)),
        Public("h1-slope", "test", "sigmoid-2-3-2", _H,
               r"\frac{\partial L}{\partial z^{(1)}} = ((W^{2})^T dY) \odot H^{1} \odot (1 - H^{1})", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (f"({_BACK})*a1[{{j}}]*(1 - a1[{{j}}])",), _J3),)),
        Public("h1-slope-squared-wrong", "test", "sigmoid-2-3-2", _H,
               r"\frac{\partial L}{\partial z^{(1)}} = ((W^{2})^T dY) \odot (1 - H^{1})", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (f"({_BACK})*(1 - a1[{{j}}])",), _J3),)),
    ]


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(_cases())
