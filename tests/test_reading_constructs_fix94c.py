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
from construct_networks import SIGMOID_2_1, SIGMOID_3_2_2
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
])
def test_a_product_numpy_and_a_page_read_apart_is_refused(meaning, words):
    refusal = CHECKS.refused("tanh-linear", _notation_naming(meaning), "dz1 = back * (1 - h**2)")
    assert words in refusal and "'back' means" in refusal


# Batch 94's Rust lib.rs (Nielsen's network): a statement for each of zipped arrays' entries, .for_each(|(b, nb)| *b -=
# &(... * nb)), a cast batch.len() as f64, acts.last().unwrap() (the output), zs.last().unwrap().map(|x|
# sigmoid_prime(*x)) (the slope at each sum) and *nabla_b.last_mut().unwrap() += &delta; and its Scala NeuralNetwork's
# cost (result - expected).map(x => x * x).sum * 0.5: on a sigmoid network of other sizes (3 inputs, 2 hidden, 2
# outputs), the notation naming what the lines index (acts[-1], zs[-1], nabla_b[-1])
CHAINS = CaseChecks({"sigmoid-3-2-2": SIGMOID_3_2_2})

RUST_NOTATION = r'''
[notation]
functions = { sigmoid_prime = "sigmoid' at input" }
[notation.symbols]
"b" = "b1[:]"
"nb" = "grad(b1[:])"
"w" = "W1[:, :]"
"nw" = "grad(W1[:, :])"
"batch.len" = "1"
"acts[-1]" = "a2[:]"
"zs[-1]" = "z2[:]"
"nabla_b[-1]" = "grad(b2[:])"
"y" = "y[:]"
"delta" = "delta2[:]"
'''
SCALA_NOTATION = r'''
[notation]
loss = ["cost"]
[notation.symbols]
"result" = "a2[:]"
"expected" = "y[:]"
'''

_J2 = tuple({"j": j} for j in range(2))
_K2 = tuple({"k": k} for k in range(2))
_JI23 = tuple({"j": j, "i": i} for j in range(2) for i in range(3))
_DOUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DHID = "(W2.T @ ((a2 - y)*a2*(1 - a2)))[{j}]*a1[{j}]*(1 - a1[{j}])"
_COST = "0.5*((a2[0] - y[0])**2 + (a2[1] - y[1])**2)"


def _chain_cases() -> list[Public]:
    return [
        Public("rust-for-each", "test", "sigmoid-3-2-2", RUST_NOTATION,
               "            .for_each(|(b, nb)| *b -= &((learning_rate / batch.len() as f64) * nb));", ((C,),),
               (Twin("update", "b1[{j}]", ("b1[{j}] - eta*" + _DHID,), _J2),)),
        Public("rust-for-each-wrong", "test", "sigmoid-3-2-2", RUST_NOTATION,
               "            .for_each(|(b, nb)| *b += &((learning_rate / batch.len() as f64) * nb));", ((W,),),
               (Twin("update", "b1[{j}]", ("b1[{j}] + eta*" + _DHID,), _J2),)),
        Public("rust-for-each-weights", "test", "sigmoid-3-2-2", RUST_NOTATION,
               ".for_each(|(w, nw)| *w -= &((learning_rate / batch.len() as f64) * nw));", ((C,),),
               (Twin("update", "W1[{j},{i}]", ("W1[{j},{i}] - eta*" + _DHID + "*x[{i}]",), _JI23),)),
        Public("rust-last-unwrap", "test", "sigmoid-3-2-2", RUST_NOTATION,
               "        let mut delta = (acts.last().unwrap() - y) * zs.last().unwrap().map(|x| sigmoid_prime(*x));",
               ((C,),), (Twin("gradient_z", "z2[{k}]", (_DOUT,), _K2),)),
        Public("rust-last-unwrap-wrong", "test", "sigmoid-3-2-2", RUST_NOTATION,
               "        let mut delta = (y - acts.last().unwrap()) * zs.last().unwrap().map(|x| sigmoid_prime(*x));",
               ((W,),), (Twin("gradient_z", "z2[{k}]", ("-" + _DOUT,), _K2),)),
        Public("rust-map-function", "test", "sigmoid-3-2-2", RUST_NOTATION,
               "let delta = (acts.last().unwrap() - y) * zs.last().unwrap().mapv(sigmoid_prime);", ((C,),),
               (Twin("gradient_z", "z2[{k}]", (_DOUT,), _K2),)),
        Public("rust-last-mut", "test", "sigmoid-3-2-2", RUST_NOTATION,
               "        *nabla_b.last_mut().unwrap() += &delta;", ((C,),),
               (Twin("gradient", "b2[{k}]", (_DOUT,), _K2),)),
        Public("rust-last-mut-wrong", "test", "sigmoid-3-2-2", RUST_NOTATION, "*nabla_b.last_mut().unwrap() -= &delta;",
               ((W,),), (Twin("gradient", "b2[{k}]", ("-" + _DOUT,), _K2),)),
        Public("scala-map-sum", "test", "sigmoid-3-2-2", SCALA_NOTATION,
               "\tdef cost(result: Vector, expected: Vector): R = {\n\t\t(result - expected).map(x => x * x).sum * 0.5"
               "\n\t}", ((C,),), (Twin("value", _COST, (_COST,)),)),
        Public("scala-map-sum-wrong", "test", "sigmoid-3-2-2", SCALA_NOTATION,
               "def cost(result: Vector, expected: Vector): R = (result - expected).map(x => x * 2).sum * 0.5", ((W,),),
               (Twin("value", _COST, ("0.5*(2*(a2[0] - y[0]) + 2*(a2[1] - y[1]))",)),)),
    ]


CHAIN_CASES = _chain_cases()
test_the_oracle_gives_the_chain_cases_verdicts, test_check_gives_the_oracles_chain_verdicts = CHAINS.tests(CHAIN_CASES)


@pytest.mark.parametrize("text, words", [
    # a map whose body takes another name: each entry would be a vector (x * w), never w's entry
    ("let delta = (acts.last().unwrap() - y) * zs.last().unwrap().map(|x| x * delta);", "not written entry by entry"),
    ("let delta = zs.last().unwrap().map(|x| x.max(0.0));", "not written entry by entry"),   # a method of the entry
    ("let delta = zs.last().unwrap().map(sum);", "not written entry by entry"),              # a reduction
    # the notation names no acts: its last is refused as an unknown name, never guessed the output
    ("let mut delta = (outs.last().unwrap() - y) * zs.last().unwrap().map(|x| sigmoid_prime(*x));", "unknown symbol"),
])
def test_a_chain_read_apart_from_its_entries_is_refused(text, words):
    assert words in CHAINS.refused("sigmoid-3-2-2", RUST_NOTATION, text)


def test_a_gradient_list_the_notation_does_not_name_is_refused_as_a_code_name():
    """``*nabla_b.last_mut().unwrap() += &delta`` where the notation names no nabla_b[-1]: nabla_b[-1], refused saying
    it is code's name indexed (never the gradient of a number)."""
    notation = RUST_NOTATION.replace('"nabla_b[-1]" = "grad(b2[:])"\n', "")
    refusal = CHAINS.refused("sigmoid-3-2-2", notation, "        *nabla_b.last_mut().unwrap() += &delta;")
    assert "code's name nabla_b indexed, nabla_b[-1]" in refusal


# Batch 94's mlgo README: σ(x) = 1 / 1 + Exp(-x), math's exp capitalised as Go, C# and Mathematica write it (and Go's
# and C#'s math.Exp, Math.Exp), where the notation gives Exp no meaning; its ∂(x) = σ(x) * (1 - σ(x)), ∂ alone as
# a function's name, refused. On one sigmoid unit of two inputs, x its sum
CAPITALS = CaseChecks({"logistic-two": SIGMOID_2_1})
SUM_NOTATION = r'''
[notation]
[notation.symbols]
"x" = "z1[0]"
'''


def _capital_cases() -> list[Public]:
    return [
        Public("capital-exp", "test", "logistic-two", SUM_NOTATION, "σ(x) = 1 / (1 + Exp(-x))       sigmoid function",
               ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),)),
        Public("capital-exp-slip", "test", "logistic-two", SUM_NOTATION, "σ(x) = 1 / 1 + Exp(-x)", ((W,),),
               (Twin("value", "sigmoid(z1[0])", ("1/1 + exp(-z1[0])",)),)),
        Public("module-capital-exp", "test", "logistic-two", SUM_NOTATION, "σ(x) = 1 / (1 + Math.Exp(-x))", ((C,),),
               (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(-z1[0]))",)),)),
        Public("module-capital-exp-wrong", "test", "logistic-two", SUM_NOTATION, "σ(x) = 1 / (1 + math.Exp(x))",
               ((W,),), (Twin("value", "sigmoid(z1[0])", ("1/(1 + exp(z1[0]))",)),)),
    ]


CAPITAL_CASES = _capital_cases()
test_the_oracle_gives_the_capital_cases_verdicts, test_check_gives_the_oracles_capital_verdicts = \
    CAPITALS.tests(CAPITAL_CASES)


def test_a_partial_sign_alone_before_a_parenthesis_is_refused():
    """``∂(x) = σ(x) * (1 - σ(x))``: ∂ names no function (no derivative of what by what), refused in one line."""
    assert "∂ alone is no function" in CAPITALS.refused("logistic-two", SUM_NOTATION, "∂(x) = σ(x) * (1 - σ(x))")
