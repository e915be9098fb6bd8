r"""QA helper qa56: two leniencies the last session's QA measured, and a mutation hunt on batches 169 and 170.

1. A page's ``\odot`` of a matrix and a vector whose sizes neither agree nor broadcast (a column against a matrix of as
   many rows, a row against one of as many columns): ``\delta^{(1)} = W^{(2)T} \odot \delta^{(2)} \odot
   \sigma'(z^{(1)})`` with W^{(2)} 2 x 3 was read as the matrix product W^{(2)T} \delta^{(2)} and called correct. The
   page defines \odot entry by entry (docs/formulas-derivatives.md), and a 3 x 2 and a 2 x 1 have no product entry by
   entry: refused now in one line (reading_hadamard), as code's products entry by entry already were (qa54). Where
   \odot stands before a product written side by side, ``\sigma'(z^{(1)}) \odot (W^{(2)})^T \delta^{(2)}``, the
   grouping a \odot (b c) (code_language.hadamard_before_product) is the one reading and stays correct.
2. Eigen's sum or difference of a column and a row, ``MatrixXd error = output - y;`` with y named a row
   (``"y" = "y[:].T"``, batch 164's Spanish Eigen class, whose line writes ``y.transpose()``): the rows' reading
   (reading_shapes.read_rows) laid the vectors out as rows and called it correct; Eigen asserts on those sizes. Refused
   now where the line is Eigen's (an Eigen type declared, or a method only Eigen has: eigen_sizes).
3. The mutation hunt on batches 169-170 (533 mutants of 93 entries, 15 suspects) found no wrong formula called correct:
   the suspects are a transpose dropped on a one-output layer's weights or delta (the same entries, laid out as the
   other vector: c9-vi-wu, c9-bk-he, z70-oz-w2, z70-oz-b2, z70-ai-da, z70-ai-dzc), two columns' product read as their
   outer product where the transpose is dropped (z70-gr-gw, z70-gr-w1: documented), ReLU'(a) for ReLU'(z) (one value:
   a > 0 where z > 0), a_j for a_i under i = j (z70-yf-jii), and a slip fixing the page's own wrong line (c9-cn-doc).

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts).
"""

from __future__ import annotations

import pytest
import torch

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from public_formulas_batch164 import _ES_D2, _K3
from public_formulas_batch164_tables import NETWORKS as NETWORKS_164, NOTATIONS as NOTATIONS_164
from seed_verbatim import Twin
from test_reading_constructs_fixeigen39 import _EIGEN
from test_reading_constructs_qa54 import _DZ1, _GA1, _J3

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "b164_es": NETWORKS_164["b164_es"]})
_ES = NOTATIONS_164["b164_es"]
_EIGEN_ROW = _EIGEN + '"tgtRow" = "y[:].T"\n'  # the targets named as a row
_K2 = ({"k": 0}, {"k": 1})
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"

CASES = [
    # \odot between vectors, the matrix product written side by side: read as before, either order
    Public("odot-after-product", "test", "sigmoid-2-3-2", None,
           r"$\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma'(z^{(1)})$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J3),)),
    Public("odot-before-product", "test", "sigmoid-2-3-2", None,
           r"$\delta^{(1)} = \sigma'(z^{(1)}) \odot (W^{(2)})^T \delta^{(2)}$", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J3),)),
    Public("odot-after-product-wrong", "test", "sigmoid-2-3-2", None,
           r"$\delta^{(1)} = (W^{(2)})^T \delta^{(2)} \odot \sigma(z^{(1)})$", ((W,),),
           (Twin("gradient_z", "z1[{j}]", (f"{_GA1}*a1[{{j}}]",), _J3),)),
    # Eigen: a difference of one orientation, the row turned as the page's line turns it
    Public("eigen-es-error", "test", "b164_es", _ES, "    MatrixXd error = output - y.transpose();", ((C,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K3),)),
    Public("eigen-es-error-wrong", "test", "b164_es", _ES, "    MatrixXd error = output + y.transpose();", ((W,),),
           (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] + y[{k}]",), _K3),)),
    Public("eigen-row-turned", "test", "sigmoid-2-3-2", _EIGEN_ROW,
           "VectorXd deltaOut = (out - tgtRow.transpose()).cwiseProduct(dsig(out));", ((C,),),
           (Twin("gradient_z", "z2[{k}]", (_D2,), _K2),)),
    Public("eigen-row-turned-wrong", "test", "sigmoid-2-3-2", _EIGEN_ROW,
           "VectorXd deltaOut = (out - tgtRow.transpose()).cwiseProduct(out);", ((W,),),
           (Twin("gradient_z", "z2[{k}]", ("(a2[{k}] - y[{k}])*a2[{k}]",), _K2),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


# the mutants check called correct before (the matrix product read for \odot; the rows' reading for Eigen's sum)
ODOT_MUTANTS = [
    r"$\delta^{(1)} = W^{(2)T} \odot \delta^{(2)} \odot \sigma'(z^{(1)})$",
    r"$\delta^{(1)} = (W^{(2)})^T \odot \delta^{(2)} \odot \sigma'(z^{(1)})$",
    r"$\delta^{(1)} = ((W^{(2)})^T \circ \delta^{(2)}) \circ \sigma'(z^{(1)})$",
]


@pytest.mark.parametrize("text", ODOT_MUTANTS)
def test_a_pages_odot_of_a_matrix_and_a_vector_is_refused(text):
    """PyTorch's product entry by entry rejects a 3 x 2 and a 2 x 1; check refuses the text (it read their matrix
    product, the right dE/dz1, and called a formula writing \\odot between them correct)."""
    with pytest.raises(RuntimeError):
        torch.ones(3, 2) * torch.ones(2, 1)
    assert "the product entry by entry, multiplies a 3 x 2 by a 2 x 1" in CHECKS.refused(
        "sigmoid-2-3-2", None, text)


EIGEN_MUTANTS = [
    ("b164_es", _ES, "    MatrixXd error = output - y;", "a 3 x 1 and a 1 x 3"),
    ("sigmoid-2-3-2", _EIGEN_ROW, "VectorXd deltaOut = (out - tgtRow).cwiseProduct(dsig(out));", "a 2 x 1 and a 1 x 2"),
    ("sigmoid-2-3-2", _EIGEN_ROW, "deltaOut = (tgtRow - out).cwiseProduct(dsig(out));", "a 1 x 2 and a 2 x 1"),
]


@pytest.mark.parametrize("mutant", EIGEN_MUTANTS, ids=lambda mutant: mutant[2].strip())
def test_eigens_sum_of_a_column_and_a_row_is_refused(mutant):
    """Eigen adds matrices of one size only (it asserts on a column and a row); check read the rows' layout (the
    vector difference, the right value) and called the line correct. Refused now, naming the sizes."""
    network, notation, text, sizes = mutant
    refusal = CHECKS.refused(network, notation, text)
    assert sizes in refusal and "Eigen refuses" in refusal


def test_the_same_difference_outside_eigen_keeps_its_reading():
    """Without a mark of Eigen the line is no library's: the rows' reading stays (a page whose samples are rows),
    here read as the vector difference and judged against dE/da2, which it is."""
    case = Public("no-eigen", "test", "b164_es", _ES, "    error = output - y", ((C,),),
                  (Twin("value", "a2[{k}] - y[{k}]", ("a2[{k}] - y[{k}]",), _K3),))
    assert CHECKS.verdicts(case) == ((C,),)
