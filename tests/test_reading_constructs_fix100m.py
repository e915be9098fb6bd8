"""Batch 100's pages (Lua, Fortran, Dart, C#, Ruby, Kotlin) showed five right formulas called wrong and constructs of
code refused, written here as other authors would (other names, other networks than the pages'):

- a one-letter loop variable the notation gives a whole number and none of its ``indices`` (``"i" = "1"``, ``"j" =
  "0"``: the loop's pass the teacher fixes) is that number wherever it stands, in code's brackets
  (``acts[i][j]``) as in a subscript, never a rule's letter judged at every value; a letter the notation gives no
  number stays refused where nothing gives it a value;
- ``+=`` on a gradient by a quantity of each sample whose term writes no index letter to sum over (a for-each loop's
  element) is refused as one term of a running total, where with a loop letter it is the sum over it.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import tomllib

from backprop.symbolic.homework import check_homework
from backprop.symbolic.notation_loading import notation_from_table
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-2-2-2": SIGMOID_2_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# object-oriented code's layers at the loop's pass the notation fixes: i the layer (1, the hidden one), j the unit
# (0), none of the notation's indices; acts[p][q] the outputs, nets[p][q] the sums, wts[p][q][r] the weights,
# grads[p][q] dE/dnet, back the hidden unit's dE/d(output)
_PASS = r'''
[notation]
indices = "pqr"
learning_rate = ["rate"]
[notation.symbols]
"i" = "1"
"j" = "0"
"acts[0][r]" = "x[r]"
"acts[p][q]" = "a{p}[q]"
"nets[p][q]" = "z{p}[q]"
"wts[p][q][r]" = "W{p}[q, r]"
"grads[p][q]" = "grad(z{p}[q])"
"back" = "grad(a1[0])"
"out_unit.w[r]" = "W2[0, r]"
"out_unit.grad" = "grad(z2[0])"
'''
_R2 = ({"r": 0}, {"r": 1})
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = "(" + _D2.format(k=0) + "*W2[0,0] + " + _D2.format(k=1) + "*W2[1,0])"
_D1 = _BACK + "*a1[0]*(1 - a1[0])"


def _cases() -> list[Public]:
    return [
        # the loop's letters at their numbers: acts[1][0] = sigmoid(nets[1][0]), the hidden unit 0
        Public("loop-pass-value", "test", "sigmoid-2-2-2", _PASS, "    acts[i][j] = sigmoid(nets[i][j]);", ((C,),),
               (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
        Public("loop-pass-value-wrong-unit", "test", "sigmoid-2-2-2", _PASS, "    acts[i][j] = sigmoid(nets[i][j + 1]);",
               ((W,),), (Twin("value", "a1[0]", ("sigmoid(z1[1])",)),)),
        # the layer before, i - 1: the inputs; the sum over the loop's r

        Public("loop-pass-accumulated", "test", "sigmoid-2-2-2", _PASS,
               "        back += wts[i + 1][r][j] * grads[i + 1][r];", ((C,),), (Twin("value", _BACK, (_BACK,)),)),
        Public("loop-pass-accumulated-wrong-weight", "test", "sigmoid-2-2-2", _PASS,
               "        back += wts[i + 1][j][r] * grads[i + 1][r];", ((W,),),
               (Twin("value", _BACK, ("(" + _D2.format(k=0) + "*W2[0,0] + " + _D2.format(k=1) + "*W2[0,1])",)),)),
        # an update at the pass, over the loop's r the line leaves free (each of its values)
        Public("loop-pass-update", "test", "sigmoid-2-2-2", _PASS,
               "      wts[i][j][r] -= rate * grads[i][j] * acts[i - 1][r];", ((C,),),
               (Twin("update", "W1[0,{r}]", ("W1[0,{r}] - eta*" + _D1 + "*x[{r}]",), _R2),)),
        Public("loop-pass-update-wrong-input", "test", "sigmoid-2-2-2", _PASS,
               "      wts[i][j][r] -= rate * grads[i][j] * acts[i][r];", ((W,),),
               (Twin("update", "W1[0,{r}]", ("W1[0,{r}] - eta*" + _D1 + "*a1[{r}]",), _R2),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_loop_letter_the_notation_gives_no_number_stays_a_free_letter():
    """``m`` neither an index of the notation nor given a number: a free letter, the term unsummed over it (wrong at
    every value of m), never read at some number."""
    result = check_homework(CHECKS.problem(CASES[0]), "nets[i][j] = wts[i][j][m] * acts[i - 1][m]",
                            notation=notation_from_table(tomllib.loads(_PASS)["notation"], "<test>"))
    step = result.claims[0].steps[0]
    assert step.verdict == "wrong" and "m is not summed" in step.detail


def test_a_running_total_whose_term_writes_no_loop_letter_is_refused():
    """A for-each loop's element, ``out_unit``: the term is one of a sum the line does not say the range of."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _PASS, "    back += out_unit.w[j] * out_unit.grad;")
    assert "running total" in refusal
