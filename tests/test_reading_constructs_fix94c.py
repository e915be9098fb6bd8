"""Batch 94's JavaScript nn.js names its hidden errors in the notation with a matrix product, ``"errorsOnHidden" =
"W2[:, :].T @ (y[:] - a2[:])"``, the output errors carried back by the transposed weights: read as NumPy reads it (a
1-D slice needs no .T to be a product's right factor), where a page's reading (a 1-D slice a column) agrees; written
here on another network (tanh hidden units, linear outputs) and other names, the product used as a claim's left side
and inside another name's formula, right and with a mistake. Refused: a product NumPy and a page read apart
(``a1[:] @ a1[:].T``, inner or outer), a matrix times a vector entry by entry (NumPy's broadcast).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

import pytest

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two inputs, three tanh hidden units, two linear outputs, the half squared error
TANH_2_3_LINEAR_2 = ('[[layer]]\ninputs = 2\nunits = 3\nactivation = "tanh"\n'
                     '[[layer]]\nunits = 2\nactivation = "identity"\n[loss]\nname = "half_squared_error"\n')

CHECKS = CaseChecks({"tanh-linear": TANH_2_3_LINEAR_2})

# code's names: the output errors, the transposed output weights, the hidden errors they give (dL/da1), the hidden
# deltas (dL/dz1) with the slope 1 - h^2
PRODUCT_NOTATION = r'''
[notation]
[notation.symbols]
"h" = "a1[:]"
"dz1" = "grad(z1[:])"
"out_err" = "a2[:] - y[:]"
"V_T" = "W2[:, :].T"
"hid_err" = "W2[:, :].T @ (a2[:] - y[:])"
"hid_delta" = "(1 - a1[:]**2)*(W2[:, :].T @ (a2[:] - y[:]))"
'''

_J3 = tuple({"j": j} for j in range(3))
_BACK = "(W2.T @ (a2 - y))[{j}]"


def _cases() -> list[Public]:
    return [
        Public("product-named", "test", "tanh-linear", PRODUCT_NOTATION, "hid_err = np.dot(V_T, out_err)", ((C,),),
               (Twin("value", _BACK, (_BACK,), _J3),)),
        Public("product-named-wrong", "test", "tanh-linear", PRODUCT_NOTATION, "hid_err = np.dot(V_T, out_err) * h",
               ((W,),), (Twin("value", _BACK, (_BACK + "*a1[{j}]",), _J3),)),
        Public("product-used", "test", "tanh-linear", PRODUCT_NOTATION, "dz1 = hid_err * (1 - h**2)", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 - a1[{j}]**2)",), _J3),)),
        Public("product-used-wrong", "test", "tanh-linear", PRODUCT_NOTATION, "dz1 = hid_err * (1 - h)", ((W,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 - a1[{j}])",), _J3),)),
        Public("product-times-slope", "test", "tanh-linear", PRODUCT_NOTATION, "dz1 = hid_delta", ((C,),),
               (Twin("gradient_z", "z1[{j}]", (_BACK + "*(1 - a1[{j}]**2)",), _J3),)),
    ]


CASES = _cases()
test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def _notation_naming(meaning: str) -> str:
    return PRODUCT_NOTATION + f'"back" = "{meaning}"\n'


@pytest.mark.parametrize("meaning, words", [
    ("a1[:] @ a1[:].T", "NumPy reads a number where a page reads a 3 x 3"),     # inner in NumPy, outer on a page
    ("W1[:, :] * x[:]", "combines slices of different sizes"),                    # NumPy's broadcast
    ("y[:] @ W2[:, :]", "a matrix product of a 2 x 1 by a 2 x 3 on a page"),     # a 1-D slice before @: a row
    ("W2[:, :].T @ (a2[:] - y[:]) - a1[:].T", "entry by entry (NumPy would broadcast them)"),
    ("(W2[:, :].T @ (a2[:] - y[:])).T", "is a row on a page"),                    # a row where vectors are columns
])
def test_a_product_numpy_and_a_page_read_apart_is_refused(meaning, words):
    refusal = CHECKS.refused("tanh-linear", _notation_naming(meaning), "dz1 = back * (1 - h**2)")
    assert words in refusal and "'back' means" in refusal
