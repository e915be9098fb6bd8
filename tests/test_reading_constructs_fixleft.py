"""Constructs left from earlier held-out batches, written here as other authors would (other names, other networks
than the pages'):

- a sum whose term takes code's entries by the sum's letter, ``Σ_j δ_next[j] · W[j][i]`` (batch 102's TypeScript doc
  comment, ts-erri): the entry j of what the notation names whole (``"δ_next[j]" = "delta2[j]"``, the vector
  δ_next), where the notation counts j from 0 as code's bracket does (a claim's letter too, ``H_1[k, 0]``); refused
  where its patterns count j otherwise;
  and the capital sigma's name in plain text, ``SIGMA_j``, ``Sigma_{j=0}^{1}``, read as \\Sigma_j is (the sum sign)
  only before an index letter's subscript, and never where the notation names \\Sigma;
- a primed function's name the notation gives an activation's derivative and its place, ``functions = { "f'" =
  "sigmoid' at output" }`` (batch 102's ts-di, ``δ_i = error_i · σ'(y_i)``, the slope written of the output y as
  the page's code computes it, y (1 - y)): f'(y) is then that derivative at y as the output; without it, σ'(y) stays
  the derivative at y; a primed name whose activation is not the unprimed name's is refused by the loader;
- words of prose after the Latin semicolon that ends a formula, ``δ = errors ⊙ f'(y); this is what gets propagated
  to the previous layer`` (batch 102's ts-delta): a remark; a second claim after it (``A = B; C = D``) is read as
  before, and words naming the formula's quantities or denying it keep the line refused.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries
its twin, the formula transcribed by hand into symbols.md's names, judged against autograd's dL/dz.
"""

from __future__ import annotations

import tomllib

import pytest

from backprop.symbolic.notation_loading import notation_from_table
from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2}
CHECKS = CaseChecks(NETWORKS)

# the hidden layer's names, code's entries: δ_next[j] the output layer's dL/dz (the vector δ_next), W[j][i] the
# output layer's weights (output-first), δ_i and y_i the hidden unit's dL/dz and output; j and i counted from 0
_CODE_ENTRIES = r'''
[notation]
indices = "ij"
[notation.symbols]
"δ_{i}" = "delta1[i]"
"y_{i}" = "a1[i]"
"δ_next[j]" = "delta2[j]"
"W[j][i]" = "W2[j, i]"
'''
# the same, the output weights counted from 1 (w_{ji} is W2[j-1, i-1]): j counts otherwise than code's bracket
_COUNTED_FROM_ONE = r'''
[notation]
indices = "ij"
[notation.symbols]
"δ_{i}" = "delta1[i-1]"
"y_{i}" = "a1[i-1]"
"δ_next[j]" = "delta2[j]"
"w_{ji}" = "W2[j-1, i-1]"
'''
# subscripted names: d_j the output layer's dL/dz, w_{ji} its weights
_LETTERS = r'''
[notation]
indices = "ij"
[notation.symbols]
"δ_{i}" = "delta1[i]"
"y_{i}" = "a1[i]"
"d_{j}" = "delta2[j]"
"w_{ji}" = "W2[j, i]"
'''
# the same with \Sigma a name of the notation's (a matrix of its own: here the output weights)
_SIGMA_NAMED = _LETTERS + '"\\\\Sigma" = "W2[:, :]"\n'

# whole layers by their number, code's entries after them; k counted from 0 by the target's pattern
_LAYERS = r'''
[notation]
indices = "lk"
[notation.symbols]
"H_{l}" = "a{l}[:]"
"S_{l}" = "z{l}[:]"
"t_{k}" = "y[k]"
'''
_K3 = tuple({"k": k} for k in range(3))

# the slope written of the output: σ' and f' given the sigmoid's derivative at the output, g' at the input; e_i
# and errors the hidden outputs' dL/da, s_i the hidden sums
_PRIMED = r'''
[notation]
indices = "ij"
functions = { "f" = "sigmoid", "f'" = "sigmoid' at output", "\\sigma'" = "sigmoid' at output", "g'" = "sigmoid' at input" }
[notation.symbols]
"δ_{i}" = "delta1[i]"
"e_{i}" = "grad(a1[i])"
"y_{i}" = "a1[i]"
"s_{i}" = "z1[i]"
"δ" = "delta1[:]"
"errors" = "grad(a1[:])"
"y" = "a1[:]"
'''
# the same names, f the sigmoid and no primed name given: σ'(u) and f'(u) the derivative at u
_UNPRIMED = r'''
[notation]
indices = "ij"
functions = { "f" = "sigmoid" }
[notation.symbols]
"δ_{i}" = "delta1[i]"
"e_{i}" = "grad(a1[i])"
"y_{i}" = "a1[i]"
"s_{i}" = "z1[i]"
"δ" = "delta1[:]"
"errors" = "grad(a1[:])"
"y" = "a1[:]"
'''

_I3 = tuple({"i": i} for i in range(3))
# dL/d(hidden output i): the output layer's dL/dz (the half squared error through sigmoid outputs) times its weights
_DA1 = "(" + " + ".join(f"(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])*W2[{j},{{i}}]" for j in range(2)) + ")"
_SLOPE_AT_OUTPUT = "a1[{i}]*(1 - a1[{i}])"
_SLOPE_OF_OUTPUT_AS_SUM = "sigmoid(a1[{i}])*(1 - sigmoid(a1[{i}]))"
_SLOPE_OF_SUM_AS_OUTPUT = "z1[{i}]*(1 - z1[{i}])"


def _delta(*members: str) -> tuple:
    return (Twin("gradient_z", "z1[{i}]", members, _I3),)


def _cases() -> list[Public]:
    right = f"{_SLOPE_AT_OUTPUT}*{_DA1}"
    return [
        # -- a sum over code's entries by its letter, and the capital sigma's spellings ------------------------------
        Public("sigma-code-entries", "test", "sigmoid-2-3-2", _CODE_ENTRIES,
               " * δ_i = y_i (1 - y_i) Σ_j δ_next[j] · W[j][i]", ((C,),), _delta(right)),
        Public("sum-code-entries-latex", "test", "sigmoid-2-3-2", _CODE_ENTRIES,
               r"\delta_i = y_i (1 - y_i) \sum_{j} \delta_{next}[j] W[j][i]", ((C,),), _delta(right)),
        Public("sigma-code-entries-wrong", "test", "sigmoid-2-3-2", _CODE_ENTRIES,
               "δ_i = Σ_j δ_next[j] · W[j][i]", ((W,),), _delta(_DA1)),
        Public("sigma-word-capitals", "test", "sigmoid-2-3-2", _LETTERS,
               "delta_i = y_i (1 - y_i) SIGMA_j d_j w_ji", ((C,),), _delta(right)),
        Public("sigma-word-bounds", "test", "sigmoid-2-3-2", _LETTERS,
               r"\delta_i = y_i (1 - y_i) Sigma_{j=0}^{1} d_j w_{ji}", ((C,),), _delta(right)),
        Public("sigma-word-wrong", "test", "sigmoid-2-3-2", _LETTERS,
               "delta_i = y_i SIGMA_j d_j w_ji", ((W,),), _delta(f"a1[{{i}}]*{_DA1}")),
        Public("sigma-unicode-braced", "test", "sigmoid-2-3-2", _LETTERS,
               "δ_i = y_i (1 − y_i) Σ_{j} d_j w_{ji}", ((C,),), _delta(right)),
        Public("claim-letter-code-entries", "test", "sigmoid-2-3-2", _LAYERS,
               r"H_1[k, 0] = \sigma(S_1[k, 0])", ((C,),), (Twin("value", "a1[{k}]", ("sigmoid(z1[{k}])",), _K3),)),
        Public("claim-letter-code-entries-wrong", "test", "sigmoid-2-3-2", _LAYERS,
               r"H_1[k, 0] = S_1[k, 0]", ((W,),), (Twin("value", "a1[{k}]", ("z1[{k}]",), _K3),)),
        # -- a primed function's name given its derivative at the output ---------------------------------------------
        Public("primed-sigma-at-output", "test", "sigmoid-2-3-2", _PRIMED,
               " * δ_i     = e_i · σ'(y_i)", ((C,),), _delta(right)),
        Public("primed-sigma-latex-at-output", "test", "sigmoid-2-3-2", _PRIMED,
               r"\delta_i = e_i \sigma'(y_i)", ((C,),), _delta(right)),
        Public("primed-f-at-output", "test", "sigmoid-2-3-2", _PRIMED,
               "δ_i = e_i f'(y_i)", ((C,),), _delta(right)),
        Public("primed-f-vector-at-output", "test", "sigmoid-2-3-2", _PRIMED,
               "δ = errors ⊙ f'(y)", ((C,),), _delta(right)),
        Public("primed-g-at-input", "test", "sigmoid-2-3-2", _PRIMED,
               "δ_i = e_i g'(s_i)", ((C,),), _delta(right)),
        Public("primed-sigma-at-output-of-the-sum-wrong", "test", "sigmoid-2-3-2", _PRIMED,
               "δ_i = e_i · σ'(s_i)", ((W,),), _delta(f"{_SLOPE_OF_SUM_AS_OUTPUT}*{_DA1}")),
        Public("unprimed-sigma-of-the-output-wrong", "test", "sigmoid-2-3-2", _UNPRIMED,
               " * δ_i     = e_i · σ'(y_i)", ((W,),), _delta(f"{_SLOPE_OF_OUTPUT_AS_SUM}*{_DA1}")),
        Public("unprimed-f-of-the-output-wrong", "test", "sigmoid-2-3-2", _UNPRIMED,
               "δ = errors ⊙ f'(y)", ((W,),), _delta(f"{_SLOPE_OF_OUTPUT_AS_SUM}*{_DA1}")),
        Public("unprimed-sigma-of-the-sum", "test", "sigmoid-2-3-2", _UNPRIMED,
               "δ_i = e_i · σ'(s_i)", ((C,),), _delta(right)),
        # -- prose after the Latin semicolon --------------------------------------------------------------------------
        Public("semicolon-remark", "test", "sigmoid-2-3-2", _PRIMED,
               " * - deltas:       δ = errors ⊙ f'(y); this is what gets propagated to the previous layer", ((C,),),
               _delta(right)),
        Public("semicolon-remark-latex", "test", "sigmoid-2-3-2", _UNPRIMED,
               r"\delta_i = e_i \sigma'(s_i); the hidden unit's share of the blame", ((C,),), _delta(right)),
        Public("semicolon-remark-wrong", "test", "sigmoid-2-3-2", _UNPRIMED,
               "δ = errors ⊙ f'(y); this is what gets propagated to the previous layer", ((W,),),
               _delta(f"{_SLOPE_OF_OUTPUT_AS_SUM}*{_DA1}")),
        Public("semicolon-second-claim", "test", "sigmoid-2-3-2", _PRIMED,
               "δ_i = e_i · σ'(y_i); δ_i = e_i · σ'(s_i)", ((C,), (W,)),
               (*_delta(right), *_delta(f"{_SLOPE_OF_SUM_AS_OUTPUT}*{_DA1}"))),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_bracket_letter_the_notation_counts_from_one_is_refused():
    """``δ_next[j] w_{ji}`` with w_{ji} = W2[j-1, i-1]: j = 1 is w's first row and δ_next's second entry, so the
    letter in code's bracket stays refused, naming it."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _COUNTED_FROM_ONE, "δ_i = y_i (1 - y_i) Σ_j δ_next[j] · w_{ji}")
    assert "j" in refusal


@pytest.mark.parametrize("text", ["delta_i = y_i (1 - y_i) SIGMA(d_j w_ji)", "delta_i = y_i (1 - y_i) Sigma_1 d_j w_ji"])
def test_the_sigma_word_without_an_index_subscript_is_refused(text):
    """SIGMA before a parenthesis, Sigma_1: no index letter's subscript, so no sum sign (an unknown name)."""
    CHECKS.refused("sigmoid-2-3-2", _LETTERS, text)


@pytest.mark.parametrize("text", ["delta_i = y_i (1 - y_i) Sigma_j d_j w_ji", "delta_i = y_i (1 - y_i) SIGMA_j d_j w_ji",
                                  r"\delta_i = y_i (1 - y_i) \Sigma_j d_j w_{ji}"])
def test_sigma_the_notation_names_stays_its_name(text):
    """Where the notation gives \\Sigma a meaning (a covariance, a matrix), Sigma_j, SIGMA_j and \\Sigma_j are no
    sum: refused as that name with a subscript no pattern takes."""
    CHECKS.refused("sigmoid-2-3-2", _SIGMA_NAMED, text)


def test_a_second_derivative_of_a_primed_name_is_refused():
    CHECKS.refused("sigmoid-2-3-2", _PRIMED, "δ_i = e_i f''(y_i)")


@pytest.mark.parametrize("text", [
    "δ = errors ⊙ f'(y); this is not what gets propagated",  # a negation may deny the formula
    "δ = errors ⊙ f'(y); errors times the slope",  # a name of the formula's: perhaps a factor
    "δ = errors ⊙ f'(y); the slope (of y)",  # a bracket
    "δ = errors ⊙ f'(y); see 2 lines up",  # a number
])
def test_words_after_a_semicolon_that_may_say_more_keep_the_line_refused(text):
    CHECKS.refused("sigmoid-2-3-2", _PRIMED, text)


def _loaded(functions: str):
    return notation_from_table(tomllib.loads(f"[notation]\nfunctions = {{ {functions} }}\n")["notation"], "<test>")


@pytest.mark.parametrize("functions, words", [
    ('f = "sigmoid", "f\'" = "tanh\' at output"', "and f is sigmoid"),
    ('"\\\\sigma\'" = "tanh\' at output"', "and \\sigma is sigmoid"),
    ('"f\'" = "sigmoid"', "write \"sigmoid' at output\""),
    ('"f\'" = "softmax\' at output"', "not an element-wise activation's derivative"),
    ('"f\'\'" = "sigmoid\' at output"', "not an element-wise activation's derivative"),
])
def test_a_primed_name_of_another_function_or_without_its_place_is_refused_by_the_loader(functions, words):
    with pytest.raises(FormulaError) as error:
        _loaded(functions)
    assert words in str(error.value) and "\n" not in str(error.value)


def test_a_primed_name_is_kept_with_its_activation_and_place():
    notation = _loaded('"σ\'" = "sigmoid\' at output", "g\'" = "tanh\' at input"')
    assert notation.primed_functions == {r"\sigma": ("sigmoid", "output"), "g": ("tanh", "input")}
    assert notation.functions == {}
