"""Batches 154 and 157 of the public formulas showed three constructs refused, each written here as another author
would (other names than the pages'):

- a prime after a parenthesis holding a vector or matrix, Julia's and MATLAB's transpose in a row written as code
  with braces (batch 157's ``delta^l = ((W^{l+1})' * delta^{l+1}) .* sigma'(z^l)`` and ``dC/dW^l = delta^l *
  (a^{l-1})'``), and in TeX where the parenthesis holds a name the prime cannot differentiate (a weight matrix, the
  inputs); refused in TeX where the name is a layer's outputs, whose units' slope the prime may mean;
- NumPy's ``e.T`` where the notation names e (an error vector, batch 154's ``np.dot(self.w2, e.T)``): the transpose
  of that e, never Euler's number to a power T;
- a sum with a word under it, ``\\sum_{\\text{colonnes}} dZ^{[l]}`` (batch 154's French notes): the sum over the
  samples where the word names them (or the columns, a sample being a column) and the term is one sample's.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from batch_tables import problem_text
from construct_checks import CaseChecks
from public_formulas import C, W, Public
from seed_verbatim import Twin

# two inputs, three sigmoid hidden units, two sigmoid outputs, half the squared error
NETWORKS = {"sig-232": problem_text('inputs = 2\nunits = 3\nactivation = "sigmoid"',
                                    'units = 2\nactivation = "sigmoid"', loss="half_squared_error")}
CHECKS = CaseChecks(NETWORKS)


def _d2(k) -> str:
    return f"(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _d1(j) -> str:
    return f"({_d2(0)}*W2[0,{j}] + {_d2(1)}*W2[1,{j}])*a1[{j}]*(1 - a1[{j}])"


_J3 = tuple({"j": j} for j in range(3))
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_WEIGHTS = tuple({"p": f"W1[{j},{i}]", "m": f"{_d1(j)}*x[{i}]"} for j in range(3) for i in range(2)) \
    + tuple({"p": f"W2[{k},{j}]", "m": f"{_d2(k)}*a1[{j}]"} for k in range(2) for j in range(3))

# Nielsen's layers in a Julia docstring's spelling: g^l the sums' gradients, M^l the weights, h^l the outputs (h^0 the
# inputs), u^l the sums, s the activation
LAYERS = r'''
[notation]
indices = "l"
loss = ["E"]
functions = { s = "sigmoid" }
[notation.symbols]
"g^{l}" = "delta{l}[:]"
"M^{l}" = "W{l}[:, :]"
"h^{l}" = "a{l}[:]"
"h^{0}" = "x[:]"
"u^{l}" = "z{l}[:]"
'''

# a word2vec-like class's names: e the output sums' gradient, V the output weights input-first
CODE_ERROR = r'''
[notation]
[notation.symbols]
"inp" = "x[:]"
"hid" = "a1[:]"
"e" = "grad(z2[:])"
"V" = "W2[:, :].T"
"grad_sum" = "grad(z1[:]).T"
"dV" = "grad(W2[:, :]).T"
'''

# Ng's notation (a sample a column, one sample counted by m)
NG = r'''
[notation]
indices = "l"
loss = ["J"]
[notation.symbols]
"A^{[0]}" = "x[:]"
"A^{[l]}" = "a{l}[:]"
"dZ^{[l]}" = "grad(z{l}[:])"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"m" = "1"
'''


def _cases() -> list[Public]:
    cases = []
    hidden = (Twin("gradient_z", "z1[{j}]", (_d1("{j}"),), _J3),)
    hidden_wrong = (Twin("gradient_z", "z1[{j}]", (f"({_d2(0)}*W2[0,{{j}}] + {_d2(1)}*W2[1,{{j}}])*a1[{{j}}]",), _J3),)
    weights = (Twin("gradient", "{p}", ("{m}",), _WEIGHTS),)
    doubled = (Twin("gradient", "{p}", ("2*{m}",), _WEIGHTS),)
    for key, text, expected, twins in (
            # Julia's transpose after a parenthesis, the row code (.*, no TeX command): the matrix's and the vector's
            ("julia-matrix-transpose", "g^l = ((M^{l+1})' * g^{l+1}) .* s'(u^l)", ((C,),), hidden),
            ("julia-matrix-transpose-wrong", "g^l = ((M^{l+1})' * g^{l+1}) .* h^l", ((W,),), hidden_wrong),
            ("julia-outputs-transpose", "dE/dM^l = g^l * (h^{l-1})'", ((C,),), weights),
            ("julia-outputs-transpose-wrong", "dE/dM^l = 2 * g^l * (h^{l-1})'", ((W,),), doubled),
            # in TeX, a matrix's prime after a parenthesis: no variable to differentiate by, its transpose
            ("tex-matrix-transpose", r"g^{l} = \left((M^{l+1})' g^{l+1}\right) \odot s'(u^{l})", ((C,),), hidden),
            ("tex-matrix-transpose-wrong", r"g^{l} = \left((M^{l+1})' g^{l+1}\right) \odot h^{l}", ((W,),),
             hidden_wrong)):
        cases.append(Public(key, "test", "sig-232", LAYERS, text, expected, twins))
    output_weights = (Twin("gradient", "W2[{k},{j}]", (f"{_d2('{k}')}*a1[{{j}}]",), _K2J3),)
    output_doubled = (Twin("gradient", "W2[{k},{j}]", (f"2*{_d2('{k}')}*a1[{{j}}]",), _K2J3),)
    for key, text, expected, twins in (
            # NumPy's e.T where the notation names e: its transpose (a 1-D array's, the array), not Euler's number
            ("code-error-transposed", "grad_sum = np.dot(e.T, V.T) * hid.T * (1 - hid.T)", ((C,),), hidden),
            ("code-error-transposed-wrong", "grad_sum = np.dot(e.T, V.T) * hid.T", ((W,),), hidden_wrong),
            ("code-error-outer", "dV = np.outer(hid, e.T)", ((C,),), output_weights),
            ("code-error-outer-wrong", "dV = 2 * np.outer(hid, e.T)", ((W,),), output_doubled)):
        cases.append(Public(key, "test", "sig-232", CODE_ERROR, text, expected, twins))
    biases = (Twin("gradient", "b1[{j}]", (_d1("{j}"),), _J3),)
    outputs = (Twin("gradient", "b1[{j}]", ("a1[{j}]",), _J3),)
    for key, text, expected, twins in (
            # a sum over the columns (a sample a column) or the samples of one sample's column: that column
            ("columns-word-sum", r"\frac{\partial J}{\partial b^{[1]}} = \frac{1}{m}\sum_{\text{columns}} dZ^{[1]}",
             ((C,),), biases),
            ("samples-word-sum", r"\frac{\partial J}{\partial b^{[1]}} = \frac{1}{m}\sum_{\text{exemples}} dZ^{[1]}",
             ((C,),), biases),
            ("columns-word-sum-wrong", r"\frac{\partial J}{\partial b^{[1]}} = \frac{1}{m}\sum_{\text{Spalten}} A^{[1]}",
             ((W,),), outputs)):
        cases.append(Public(key, "test", "sig-232", NG, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_tex_prime_on_a_layers_outputs_is_refused():
    """``(h^{l})'`` in TeX: the outputs' transpose or their units' slope f'(z) (as h' reads), both fitting at a hidden
    layer; refused, saying how to write the transpose. At the inputs (h^0, no slope) only the transpose fits."""
    message = CHECKS.refused("sig-232", LAYERS, r"\frac{\partial E}{\partial M^{2}} = g^{2} \cdot (h^{1})'")
    assert "(h^{1})^T" in message
    case = Public("tex-inputs-transpose", "test", "sig-232", LAYERS,
                  r"\frac{\partial E}{\partial M^{1}} = g^{1} \cdot (h^{0})'", ((C,),),
                  (Twin("gradient", "W1[{j},{i}]", (f"{_d1('{j}')}*x[{{i}}]",),
                        tuple({"j": j, "i": i} for j in range(3) for i in range(2))),))
    assert CHECKS.verdicts(case) == ((C,),)


def test_e_transposed_stays_eulers_where_the_notation_names_no_e():
    """``e.T`` where the notation gives e no meaning: Euler's number to a power T, T unknown, refused as before."""
    notation = CODE_ERROR.replace('"e" = "grad(z2[:])"\n', "")
    assert "unknown symbol T" in CHECKS.refused("sig-232", notation, "grad_sum = np.dot(V, e.T)")


def test_an_unknown_symbols_message_names_codes_underscored_names_whole():
    """The names the notation knows, in an unknown symbol's refusal, are code's as written (grad_sum, not grad)."""
    message = CHECKS.refused("sig-232", CODE_ERROR, "grad_sum = np.dot(V, q)")
    assert "grad_sum" in message and "grad," not in message


def test_a_sum_over_another_word_is_refused():
    """``\\sum_{\\text{neurones}}``: a word that does not name the samples; refused, saying how to write the sum."""
    message = CHECKS.refused("sig-232", NG, r"\frac{\partial J}{\partial b^{[1]}} = \sum_{\text{neurones}} dZ^{[1]}")
    assert "a sum over a word" in message and r"\sum_{i=1}^{m}" in message
