"""fixr41: constructs batch 186 refused where the reading is sure.

1. R's base products, read as R defines them (syntax_arrays.r_product): ``crossprod(A, B)`` is ``t(A) %*% B``,
   ``tcrossprod(A, B)`` is ``A %*% t(B)``, ``outer(u, v)`` the matrix of u_i v_j (np.outer's), on R lines of two
   statements whose second is judged too (batch 186's s86-es-dw2, es-dw1, es-da1; batch 191's rl-dh, rl-w2).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names; a right formula is called correct and a wrong variant
of it wrong."""

from __future__ import annotations

from construct_checks import CaseChecks
from public_formulas import C, W, Public
from public_formulas_batch186_tables import NETWORKS as B186_NETWORKS, NOTATIONS as B186_NOTATIONS
from public_formulas_batch191_tables import NETWORKS as B191_NETWORKS, NOTATIONS as B191_NOTATIONS
from seed_verbatim import Twin
from test_reading_constructs_fix86np import NETWORKS as B86NP_NETWORKS, NUMPY_NOTATION as B86NP_NOTATION

CHECKS = CaseChecks({"b186_es": B186_NETWORKS["b186_es"], "b191_rl": B191_NETWORKS["b191_rl"]})
_ES, _RL = B186_NOTATIONS["b186_es"], B191_NOTATIONS["b191_rl"]
_J3 = tuple({"j": j} for j in range(3))
_J4 = tuple({"j": j} for j in range(4))
_J4I3 = tuple({"j": j, "i": i} for j in range(4) for i in range(3))
_ES_D2 = "(a2[0] - y[0])"
_ES_D1 = "W2[0,{j}]*(a2[0] - y[0])*Heaviside(z1[{j}])"
_RL_D1 = "(a2[0] - y[0])*W2[0,{j}]*a1[{j}]*(1 - a1[{j}])"
_DB1 = Twin("gradient", "b1[{j}]", (_ES_D1,), _J4)


def _es(key: str, text: str, expected, *twins) -> Public:
    return Public(key, "fixr41", "b186_es", _ES, text, expected, twins)


def _rl(key: str, text: str, expected, *twins) -> Public:
    return Public(key, "fixr41", "b191_rl", _RL, text, expected, twins)


CASES = [
    _es("crossprod-right", "dW1 <- crossprod(Xtr, dZ1); db1 <- colSums(dZ1)", ((C,), (C,)),
        Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_ES_D1}",), _J4I3), _DB1),
    _es("crossprod-no-slope-wrong", "dW1 <- crossprod(Xtr, dA1); db1 <- colSums(dZ1)", ((W,), (C,)),
        Twin("gradient", "W1[{j},{i}]", ("x[{i}]*W2[0,{j}]*(a2[0] - y[0])",), _J4I3), _DB1),
    _es("crossprod-second-statement-wrong", "dW2 <- crossprod(A1, dZ2); db2 <- sum(A2)", ((C,), (W,)),
        Twin("gradient", "W2[0,{j}]", (f"a1[{{j}}]*{_ES_D2}",), _J4), Twin("gradient", "b2[0]", ("a2[0]",))),
    _es("outer-right", "dA1 <- outer(dZ2, as.numeric(W2)); dZ1 <- dA1 * (Z1 > 0)", ((C,), (C,)),
        Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("(a2[0] - y[0])*W2[0,{j}]",), _J4),
        Twin("gradient_z", "z1[{j}]", (_ES_D1,), _J4)),
    _es("outer-wrong", "dA1 <- outer(A2, as.numeric(W2)); dZ1 <- dA1 * (Z1 > 0)", ((W,), (C,)),
        Twin("value", "W2[0,{j}]*(a2[0] - y[0])", ("a2[0]*W2[0,{j}]",), _J4),
        Twin("gradient_z", "z1[{j}]", (_ES_D1,), _J4)),
    _rl("tcrossprod-right", "d_hidden_layer <- (tcrossprod(d_predicted_output, weights_1_2)) * "
        "activation_function_derivative(hidden_layer_output)", ((C,),),
        Twin("value", f"-{_RL_D1}", (f"-{_RL_D1}",), _J3)),
    _rl("tcrossprod-wrong", "d_hidden_layer <- (tcrossprod(d_predicted_output, weights_1_2)) * hidden_layer_output",
        ((W,),), Twin("value", f"-{_RL_D1}", ("-(a2[0] - y[0])*W2[0,{j}]*a1[{j}]",), _J3)),
]

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_r_products_whose_sizes_do_not_fit_are_refused():
    """tcrossprod(Xtr, dZ1) is Xtr %*% t(dZ1), a 1 x 3 times a 4 x 1: refused in one line, never guessed."""
    case = _es("tcrossprod-misfit", "dW1 <- tcrossprod(Xtr, dZ1)", ((C,),))
    assert "whose sizes do not fit" in CHECKS.refusal(case)


# 4. A notation's functions key with a layer's superscript after the prime, "\\sigma'^{(L)}" (batch 186's German notes,
# s86-de-dl): the calls written \sigma'^{(L)}(u) take the place it gives, at the unit's sum or at its output.
_DE = B186_NOTATIONS["b186_de"]
_DE_PLAIN = 'functions = { "\\\\sigma" = "sigmoid" }'
_DE_DA = "(-y[0]/a2[0] + (1 - y[0])/(1 - a2[0]))"


def _de_at(place: str) -> str:
    assert _DE_PLAIN in _DE
    return _DE.replace(_DE_PLAIN, 'functions = { "\\\\sigma" = "sigmoid", "\\\\sigma\'^{(L)}" = "sigmoid\' at %s" }'
                       % place)


def _de(key: str, notation: str, argument: str, expected, member: str) -> Public:
    text = (r"$$\boldsymbol{\delta}^{(L)} = \frac{\partial \mathcal{L}}{\partial \mathbf{a}^{(L)}} \odot "
            rf"\sigma'^{{(L)}}\big(\mathbf{{{argument}}}^{{(L)}}\big),$$")
    return Public(key, "fixr41", "b186_de", notation, text, expected, (Twin("gradient_z", "z2[0]", (member,)),))


CHECKS.networks["b186_de"] = B186_NETWORKS["b186_de"]
LAYERED_PRIME_CASES = [
    _de("layered-prime-at-input-right", _de_at("input"), "z", ((C,),), f"{_DE_DA}*a2[0]*(1 - a2[0])"),
    _de("layered-prime-at-input-of-output-wrong", _de_at("input"), "a", ((W,),),
        f"{_DE_DA}*sigmoid(a2[0])*(1 - sigmoid(a2[0]))"),
    _de("layered-prime-at-output-right", _de_at("output"), "a", ((C,),), f"{_DE_DA}*a2[0]*(1 - a2[0])"),
    _de("layered-prime-at-output-of-sum-wrong", _de_at("output"), "z", ((W,),), f"{_DE_DA}*z2[0]*(1 - z2[0])"),
]

test_the_oracle_gives_the_layered_primes_verdicts, test_check_gives_the_oracles_verdicts_on_layered_primes = \
    CHECKS.tests(LAYERED_PRIME_CASES)


def test_a_layered_primes_declaration_leaves_other_layers_calls_alone():
    """The key names layer L's calls only: \\sigma'(u) unscripted stays the derivative at u."""
    notation = _de_at("output")
    case = Public("layered-prime-plain", "fixr41", "b186_de", notation,
                  r"$$\boldsymbol{\delta}^{(L)} = \frac{\partial \mathcal{L}}{\partial \mathbf{a}^{(L)}} \odot "
                  r"\sigma'\big(\mathbf{z}^{(L)}\big),$$", ((C,),))
    assert CHECKS.verdicts(case) == ((C,),)


# 2. NumPy's outer product by broadcasting, a column .reshape(-1,1) times a row .reshape(1,-1) in code's * (batch 186's
# s86-ko-dw2, ko-dw1): u v^T; every other row outside a matrix product stays refused.
_KO = B186_NOTATIONS["b186_ko"]
CHECKS.networks["b186_ko"] = B186_NETWORKS["b186_ko"]
_KO_D2 = "(a2[0] - y[0])*sigmoid(z2[0])*(1 - sigmoid(z2[0]))"
_KO_D1 = f"W2[0,{{j}}]*{_KO_D2}*sigmoid(z1[{{j}}])*(1 - sigmoid(z1[{{j}}]))"
_J3I2 = tuple({"j": j, "i": i} for j in range(3) for i in range(2))


def _ko(key: str, text: str, expected, twin: Twin) -> Public:
    return Public(key, "fixr41", "b186_ko", _KO, text, expected, (twin,))


BROADCAST_OUTER_CASES = [
    _ko("column-times-row-right", "dL_dW1 = dZ1.reshape(-1,1) * X.reshape(1,-1)", ((C,),),
        Twin("gradient", "W1[{j},{i}]", (f"{_KO_D1}*x[{{i}}]",), _J3I2)),
    _ko("row-times-column-right", "dL_dW1 = X.reshape(1,-1) * dZ1.reshape(-1,1)", ((C,),),
        Twin("gradient", "W1[{j},{i}]", (f"{_KO_D1}*x[{{i}}]",), _J3I2)),
    _ko("column-times-row-no-slope-wrong", "dL_dW1 = dL_dA1.reshape(-1,1) * X.reshape(1,-1)", ((W,),),
        Twin("gradient", "W1[{j},{i}]", (f"W2[0,{{j}}]*{_KO_D2}*x[{{i}}]",), _J3I2)),
    _ko("output-column-times-row-right", "dL_dW2 = dZ2.reshape(-1,1) * A1.reshape(1,-1)", ((C,),),
        Twin("gradient", "W2[0,{j}]", (f"{_KO_D2}*a1[{{j}}]",), tuple({"j": j} for j in range(3)))),
    _ko("output-column-times-wrong-row-wrong", "dL_dW2 = dZ2.reshape(-1,1) * A2.reshape(1,-1)", ((W,),),
        Twin("gradient", "W2[0,{j}]", (f"{_KO_D2}*a2[0]",), tuple({"j": j} for j in range(3)))),
]

test_the_oracle_gives_the_broadcast_outer_verdicts, test_check_gives_the_oracles_verdicts_on_broadcast_outer = \
    CHECKS.tests(BROADCAST_OUTER_CASES)


def test_a_transposed_outer_product_and_a_lone_row_are_never_called_correct():
    """X's column times dZ1's row is W1's gradient transposed (2 x 3 for a 3 x 2): refused; a row beside a plain
    vector (no column written) stays refused, as NumPy broadcasts it by shapes the formula does not show."""
    transposed = Public("transposed", "fixr41", "b186_ko", _KO, "dL_dW1 = X.reshape(-1,1) * dZ1.reshape(1,-1)",
                        ((W,),))
    assert "is 2 x 3 where the left side is 3 x 2" in CHECKS.refusal(transposed)
    lone = Public("lone-row", "fixr41", "b186_ko", _KO, "dL_dW2 = dZ2 * A1.reshape(1,-1)", ((C,),))
    assert "a vector's row, outside np.dot(u, v)" in CHECKS.refusal(lone)


# the same broadcast where the product's transpose has the quantity's shape (2 x 2): the swapped pair is called wrong
_NP = B86NP_NOTATION
CHECKS.networks["sigmoid-2-2-1"] = B86NP_NETWORKS["sigmoid-2-2-1"]
_DHID = "W2[0,{j}]*(a2[0] - y[0])*a2[0]*(1 - a2[0])*a1[{j}]*(1 - a1[{j}])"
_JI2 = tuple({"j": j, "i": i} for j in range(2) for i in range(2))
SQUARE_CASES = [
    Public("square-outer-right", "fixr41", "sigmoid-2-2-1", _NP, "grad_V = d_hidden.reshape(-1,1) * x.reshape(1,-1)",
           ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DHID}",), _JI2),)),
    Public("square-outer-swapped-wrong", "fixr41", "sigmoid-2-2-1", _NP,
           "grad_V = x.reshape(-1,1) * d_hidden.reshape(1,-1)", ((W,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{j}}]*{_DHID.replace('{j}', '{i}')}",), _JI2),)),
    Public("square-row-first-right", "fixr41", "sigmoid-2-2-1", _NP,
           "grad_V = x.reshape(1,-1) * d_hidden.reshape(-1,1)", ((C,),),
           (Twin("gradient", "W1[{j},{i}]", (f"x[{{i}}]*{_DHID}",), _JI2),)),
]

test_the_oracle_gives_the_square_verdicts, test_check_gives_the_oracles_verdicts_on_square = \
    CHECKS.tests(SQUARE_CASES)
