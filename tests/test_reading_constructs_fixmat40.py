r"""Fix helper fixmat40: constructs batch 179's matrix-calculus pages brought.

1. ``db_2 = \sum_c dZ_2``, a sum whose letter indexes nothing in its term, a row (the samples rows): read as the sum of
   the row's entries (one number) and the right formula called wrong (db-db2, db-db1). The page's \sum_c is the sum
   down each column, over the samples, which the notation did not say: refused now in one line; read as the sum over
   the samples where the notation writes c as a sample letter (a pattern "X^{(c)}" whose meaning does not use c).
2. A pattern written as a call, ``"drelu_dZ(NN, l)" = "Heaviside(z1[:])"`` (jl-dzt, jl-dzr, jl-dzl, jl-dzs, kr-dzh):
   the loader kept the name, the reader refused the call with its arguments; the call as written is read now (other
   arguments still refused).
3. A derivative word called with two arguments, ``backward_activation(Z{l}, Sigmas{l})`` (ep-dz1): read where the
   notation names each argument the same layer's sums or outputs, else refused saying how to name them.
4. A derivative word with a layer, ``dG^1(Z^1)`` (ob-dz): read as g^1 is, where layer 1's activation is the word's;
   ``dG^l`` over a layer whose activation is another refused as g^l is.
5. MATLAB's transpose after a call, ``sum(dZ{j},1)'`` (mr-db3, mr-db1): the transpose of the call's value.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts).
"""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch179 import _DB_D1, _DB_D2, _EP_D1, _J3, _JT_G1, _K2, _OB_D1
from public_formulas_batch179_tables import NETWORKS as NETWORKS_179, NOTATIONS as NOTATIONS_179
from seed_verbatim import Twin

CHECKS = CaseChecks({name: NETWORKS_179[name] for name in ("b179_db", "b179_jt", "b179_ep", "b179_ob", "b179_mr")})
_DB_SAMPLES = NOTATIONS_179["b179_db"] + '"X^{(c)}" = "x[:].T"\n"N" = "1"\n'  # c the sample letter, one sample
_JT = NOTATIONS_179["b179_jt_h"]
_EP_SIGMAS = NOTATIONS_179["b179_ep"] + '"Sigmas{l}" = "a{l}[:]"\n'  # the layer's outputs
_OB = NOTATIONS_179["b179_ob"]
_MR = NOTATIONS_179["b179_mr_a"]
_EP_RULE = "        dZ{{l}} = W{{l+1}}' * dZ{{l+1}} .* backward_activation({});"

CASES = [
    # 1. \sum_c over the samples, c the notation's sample letter
    Public("sum-over-samples-out", "test", "b179_db", _DB_SAMPLES, r"$db_2 = \sum_c dZ_2$", ((C,),),
           (Twin("gradient", "b2[{k}]", (_DB_D2,), _K2),)),
    Public("sum-over-samples-hidden", "test", "b179_db", _DB_SAMPLES, r"$db_1 = \sum_c dZ_1$", ((C,),),
           (Twin("gradient", "b1[{j}]", (_DB_D1,), _J3),)),
    Public("sum-over-samples-wrong", "test", "b179_db", _DB_SAMPLES, r"$db_2 = \sum_c dA_2$", ((W,),),
           (Twin("gradient", "b2[{k}]", ("a2[{k}] - y[{k}]",), _K2),)),
    # 2. the call the pattern writes, as written
    Public("called-pattern", "test", "b179_jt", _JT, "\t\tNN.cache.dZ[l] = NN.cache.dA[l] .* dtanh_dZ(NN, l)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_JT_G1}*(1 - a1[{{j}}]**2)",), _J3),)),
    Public("called-pattern-wrong", "test", "b179_jt", _JT, "\t\tNN.cache.dZ[l] = NN.cache.dA[l] .* drelu_dZ(NN, l)",
           ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_JT_G1}*Heaviside(z1[{{j}}])",), _J3),)),
    # 3. the derivative word at the layer's sums, its outputs beside them
    Public("word-sums-and-outputs", "test", "b179_ep", _EP_SIGMAS, _EP_RULE.format("Z{l}, Sigmas{l}"), ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_EP_D1,), _J3),)),
    Public("word-outputs-and-sums", "test", "b179_ep", _EP_SIGMAS, _EP_RULE.format("Sigmas{l}, Z{l}"), ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_EP_D1,), _J3),)),
    Public("word-sums-and-outputs-wrong", "test", "b179_ep", _EP_SIGMAS,
           "        dZ{l} = W{l+1}' * dZ{l+1} .* backward_activation(Z{l}, Sigmas{l}) .* Sigmas{l};", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_EP_D1}*a1[{{j}}]",), _J3),)),
    # 4. the derivative word at a layer
    Public("word-at-layer", "test", "b179_ob", _OB, "$dZ^1 = dA^1 * dG^1(Z^1)$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_OB_D1,), _J3),)),
    Public("word-at-layer-wrong", "test", "b179_ob", _OB, "$dZ^1 = dA^1 + dG^1(Z^1)$", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (_OB_D1.replace(")*Heaviside", ") + Heaviside"),), _J3),)),
    # 5. MATLAB's ' after sum(., 1): the column of the sums over the samples (rows)
    Public("transposed-sum", "test", "b179_mr", _MR, "    db{j} = sum(dZ{j},1)';", ((C,),),
           (Twin("gradient", "b3[{k}]", ("a3[{k}] - t[{k}]",), _K2),)),
    Public("transposed-sum-wrong", "test", "b179_mr", _MR, "    db{j} = -sum(dZ{j},1)';", ((W,),),
           (Twin("gradient", "b3[{k}]", ("-(a3[{k}] - t[{k}])",), _K2),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_sum_over_nothing_of_a_row_is_refused_without_the_notations_word():
    """db_2 = \\sum_c dZ_2 with c named nowhere: the sum over the samples and the sum of the row's entries differ,
    so neither is guessed (it was read as the entries' sum, one number, and the right formula called wrong)."""
    refusal = CHECKS.refused("b179_db", NOTATIONS_179["b179_db"], r"$db_2 = \sum_c dZ_2$")
    assert "c indexes nothing in its term, a row" in refusal and "sample letter" in refusal


def test_a_called_pattern_with_other_arguments_is_refused():
    """The pattern names the call drelu_dZ(NN, l) as written: the same name at layer 2, or its arguments swapped, is
    not said by it."""
    for text in ("NN.cache.dZ[l] = NN.cache.dA[l] .* dtanh_dZ(NN, 2)", "NN.cache.dZ[l] = NN.cache.dA[l] .* dtanh_dZ(l, NN)"):
        assert "with 2 arguments" in CHECKS.refused("b179_jt", _JT, text)


def test_a_derivative_word_beside_another_layers_outputs_is_refused():
    """backward_activation(Z{l}, A{l}), A{l} the outputs of layer l - 1: not the same units, so what the second
    argument does is not said; the refusal says how to name the arguments."""
    refusal = CHECKS.refused("b179_ep", _EP_SIGMAS, _EP_RULE.format("Z{l}, A{l}"))
    assert "a derivative of one argument" in refusal and "name each so in the notation's symbols" in refusal


def test_a_derivative_word_at_a_layer_of_another_activation_is_refused():
    """dG^l over both layers: layer 2's activation is the softmax, not the word's ReLU (as g^l is refused there)."""
    refusal = CHECKS.refused("b179_ob", _OB, "$dZ^l = dA^l * dG^l(Z^l)$")
    assert "layer 2's activation is softmax" in refusal
