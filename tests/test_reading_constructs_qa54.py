"""qa54's hunt of wrong formulas called correct in the session's constructs (Torch7's colon methods, Julia's @.,
Eigen's cwiseProduct, a notation's diag(v)): a product entry by entry of code (Torch7's ``:cmul``, Eigen's
``.cwiseProduct``, Octave's and Julia's ``.*``, Julia's ``@. a * b``) of a matrix and a vector whose sizes fit the
matrix product was read as a page's ``\\odot`` is, their matrix product, and called correct where the student meant it
(``W2:t():cmul(dout)`` as dE/da1). Torch7, Eigen, Octave and Julia reject those sizes: refused now, in one line.

Every verdict asserted is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts); the refusals' sizes are
PyTorch's too: its product entry by entry (which broadcasts as NumPy, Octave and Julia do) rejects them.
"""

from __future__ import annotations

import pytest
import torch

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2, TANH_2_3_LINEAR_2_SE
from public_formulas import C, W, Public
from seed_verbatim import Twin
from test_reading_constructs_fixeigen39 import _EIGEN
from test_reading_constructs_fixlua39 import _HAGAN, _JULIA, _TORCH

CHECKS = CaseChecks({"sigmoid-2-3-2": SIGMOID_2_3_2, "tanh-2-3-linear-2": TANH_2_3_LINEAR_2_SE})
_JULIA_T = _JULIA + '"W2t" = "W2[:, :].T"\n'  # a Julia script naming the transposed weights
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_D = ("(a2[0] - y[0])*a2[0]*(1 - a2[0])", "(a2[1] - y[1])*a2[1]*(1 - a2[1])")
_GA1 = f"(W2[0,{{j}}]*{_D[0]} + W2[1,{{j}}]*{_D[1]})"  # dL/da1[j]
_DZ1 = f"{_GA1}*a1[{{j}}]*(1 - a1[{{j}}])"
_G2 = ("2*(a2[0] - y[0])", "2*(a2[1] - y[1])")  # the squared error at identity outputs
_GA1_SE = f"(W2[0,{{j}}]*{_G2[0]} + W2[1,{{j}}]*{_G2[1]})"

CASES = [
    # the matrix product written as one, the products entry by entry of vectors: read as before
    Public("julia-product-then-macro", "test", "sigmoid-2-3-2", _JULIA_T, "D1 = (W2t * D2) .* A1 .* (1 .- A1)",
           ((C,),), (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J3),)),
    Public("julia-product-then-macro-wrong", "test", "sigmoid-2-3-2", _JULIA_T, "D1 = (W2t * D2) .* (1 .- A1)",
           ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_GA1}*(1 - a1[{{j}}])",), _J3),)),
    Public("torch-cmul-two", "test", "sigmoid-2-3-2", _TORCH, "local dhid = ghid:cmul(hid):cmul(1 - hid)", ((C,),),
           (Twin("gradient_z", "z1[{j}]", (_DZ1,), _J3),)),
    Public("torch-cmul-two-wrong", "test", "sigmoid-2-3-2", _TORCH, "local dhid = ghid:cmul(hid):cmul(1 + hid)",
           ((W,),), (Twin("gradient_z", "z1[{j}]", (f"{_GA1}*a1[{{j}}]*(1 + a1[{{j}}])",), _J3),)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

# a mutant a student writes (the matrix product meant, a product entry by entry written), its notation and network,
# the sizes of the two factors that product multiplies, and what the refusal says
MUTANTS = [
    ("torch-cmul-of-transpose", _TORCH, "sigmoid-2-3-2", "local ghid = net.w2:t():cmul(dout)", (3, 2), (2, 1),
     "Eigen's cwiseProduct (Torch7's :cmul)"),
    ("eigen-cwise-of-transpose", _EIGEN, "sigmoid-2-3-2",
     "deltaHid = Wo.transpose().cwiseProduct(deltaOut).cwiseProduct(dsig(hid));", (3, 2), (2, 1),
     "Eigen's cwiseProduct"),
    ("julia-macro-over-product", _JULIA_T, "sigmoid-2-3-2", "D1 = @. (W2t * D2) * A1 * (1 - A1)", (3, 2), (2, 1),
     "a product entry by entry in code"),
    ("julia-dot-star", _JULIA, "sigmoid-2-3-2", "D1 = (W2' .* D2) .* A1 .* (1 .- A1)", (3, 2), (2, 1),
     "a product entry by entry in code"),
    ("octave-diag-glued", _HAGAN, "tanh-2-3-linear-2", "S1= F1.*W2'*S2;", (3, 3), (3, 2),
     "a product entry by entry in code"),
]


@pytest.mark.parametrize("mutant", MUTANTS, ids=lambda mutant: mutant[0])
def test_a_product_entry_by_entry_of_sizes_no_library_multiplies_is_refused(mutant):
    """PyTorch's product entry by entry (broadcast as NumPy's, Octave's, Julia's) rejects the two sizes, which Torch7
    and Eigen never broadcast either: check refuses the text, where it read their matrix product."""
    key, notation, network, text, left, right, said = mutant
    with pytest.raises(RuntimeError):
        torch.ones(left) * torch.ones(right)
    assert said in CHECKS.refused(network, notation, text)


def test_the_matrix_product_the_mutants_were_read_as_is_the_gradient():
    """What the mutants were called correct as: W2^T d, the matrix product (the oracle's dE/da1 of the 2-3-2
    network's sigmoid outputs), which the product entry by entry written is not."""
    case = Public("read-before", "test", "sigmoid-2-3-2", _TORCH, "local ghid = net.w2:t() * dout", ((C,),),
                  (Twin("value", _GA1, (_GA1,), _J3),))
    assert CHECKS.verdicts(case) == ((C,),)
