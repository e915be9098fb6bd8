"""LaTeX and hand-written constructs of batches 106 to 114 that check refused, written here as other authors would
(other names, other networks than the pages'):

- a prime after a bracket or parenthesis that holds one call of a function, ``[tanh(x)]'``, ``(\\sigma(z))'``,
  ``\\left[\\sigma(x)\\right]'``: the function's derivative at the argument, as ``f'(x)``; a bracket of more than a
  call primed is the derivative by its one variable (in plain text too, where no Octave transpose is meant), refused
  where it holds two.
- a name, then its definition in parentheses, ``\\mathbf{z} \\;\\; (\\mathbf{z} = \\mathbf{Wa} + \\mathbf{b})``: the claim.
- a notation's pattern with a letter in parentheses that the notation names alone and that is no index,
  ``"d(a)"`` beside ``"d(z)"``: two names, each read literally (never one base d with an index).
- Ng's d set upright or in a TeX group before a name the notation gives, ``{\\rm d}b^{[2]}``, ``\\mathrm{d}W``,
  ``{d}z^{[2]}``: the name (db, dW, dz); ``\\text{*}`` (``\\text{\\*}``, ``\\text{ * }``, ``\\mathrm{*}``) the star.
- a sum without bounds whose term does not use its index, ``\\sum_k e^{z^L_j}`` (a page's slip for e^{z^L_k}): literally
  one equal term per unit of the one layer its term reads (each softmax output 1/K: wrong); refused where the term
  reads no one layer's units.
- a lone letter set upright in a subscript, ``\\omega_{j \\mathrm{k}}`` (``\\text{k}``): the index letter.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import (LOGISTIC_2, SIGMOID_2_1, SIGMOID_2_2_2, SOFTMAX_2_3, TANH_2_1,
                                TANH_2_2_SIGMOID_1_BCE)
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-2": LOGISTIC_2,
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "softmax-2-3": SOFTMAX_2_3,
    "tanh-2-1": TANH_2_1,
    "tanh-2-2-sigmoid-1-bce": TANH_2_2_SIGMOID_1_BCE,
}
CHECKS = CaseChecks(NETWORKS)

# a unit's sum under two names (plain text's u, LaTeX's z), and a second quantity for a bracket of two variables
_UNIT = r'''
[notation]
[notation.symbols]
"u" = "z1[0]"
"z" = "z1[0]"
"v" = "x[0]"
'''
_TANH_SLOPE = "1 - tanh(z1[0])**2"
_SIGMOID_SLOPE = "sigmoid(z1[0])*(1 - sigmoid(z1[0]))"

# the hidden layer's sums as a vector
_LAYER = r'''
[notation]
[notation.symbols]
"\\mathbf{z}" = "z1[:]"
"\\mathbf{a}" = "a1[:]"
'''
_J2 = ({"j": 0}, {"j": 1})

_PRIMED_BRACKETS = (
    Public("bracket-call-primed", "test", "tanh-2-1", _UNIT, "[tanh(u)]' = 1 - [tanh(u)]^2", ((C,),),
           (Twin("value", _TANH_SLOPE, ("1 - tanh(z1[0])**2",)),)),
    Public("bracket-call-primed-wrong", "test", "tanh-2-1", _UNIT, "[tanh(u)]'=1+[tanh(u)]^2", ((W,),),
           (Twin("value", _TANH_SLOPE, ("1 + tanh(z1[0])**2",)),)),
    Public("parenthesis-call-primed", "test", "sigmoid-2-1", _UNIT, "$(\\sigma(z))' = \\sigma(z)(1 - \\sigma(z))$",
           ((C,),), (Twin("value", _SIGMOID_SLOPE, (_SIGMOID_SLOPE,)),)),
    Public("left-right-call-primed-wrong", "test", "sigmoid-2-1", _UNIT,
           "$\\left[\\sigma(z)\\right]' = \\sigma(z)(1 + \\sigma(z))$", ((W,),),
           (Twin("value", _SIGMOID_SLOPE, ("sigmoid(z1[0])*(1 + sigmoid(z1[0]))",)),)),
    Public("bracket-call-of-a-vector-primed", "test", "sigmoid-2-2-2", _LAYER,
           "$[\\sigma(\\mathbf{z})]' = \\mathbf{a}(1 - \\mathbf{a})$", ((C,),),
           (Twin("value", "sigmoid(z1[{j}])*(1 - sigmoid(z1[{j}]))", ("a1[{j}]*(1 - a1[{j}])",), _J2),)),
)

test_the_oracle_gives_the_primed_verdicts, test_check_gives_the_primed_verdicts = CHECKS.tests(list(_PRIMED_BRACKETS))


def test_a_primed_bracket_of_two_variables_is_refused():
    """``[tanh(u) + v]'``: by u or by v is unclear."""
    assert "which variable is meant is unclear" in CHECKS.refused("tanh-2-1", _UNIT, "[tanh(u) + v]' = 1 - tanh(u)^2")


def test_an_octave_transpose_after_a_call_stays_a_transpose():
    """``(tanh(u))'*v``: in code a prime after a parenthesis before an operator is Octave's transpose, never the
    derivative; of a number it is refused."""
    refusal = CHECKS.refused("tanh-2-1", _UNIT + '"p" = "a1[0]*x[0]"\n', "p = (tanh(u))'*v")
    assert "Octave's transpose" in refusal


def test_a_primed_bracket_in_plain_text_is_the_derivative_by_its_variable():
    """``[u^2 + v]'`` before a relation in plain text: primed_parenthesis's, as in LaTeX (here refused: two
    variables), no longer unexpected."""
    assert "which variable is meant is unclear" in CHECKS.refused("tanh-2-1", _UNIT, "[u^2 + v]' = 2*u")


# ---- a name, then its definition in parentheses ------------------------------------------------------------------
_OUTPUT_LAYER = r'''
[notation]
indices = "k"
[notation.symbols]
"\\mathbf{z}" = "z2[:]"
"\\mathbf{W}" = "W2[:, :]"
"\\mathbf{a}" = "a1[:]"
"\\mathbf{b}" = "b2[:]"
"net_k" = "z2[k]"
"w_kj" = "W2[k, j]"
"h_j" = "a1[j]"
"b_k" = "b2[k]"
'''
_K2 = ({"k": 0}, {"k": 1})
_OUTPUT_SUM = "W2[{k},0]*a1[0] + W2[{k},1]*a1[1] + b2[{k}]"

_DEFINED_AFTER = (
    Public("name-then-definition", "test", "sigmoid-2-2-2", _OUTPUT_LAYER,
           "\\(\\mathbf{z} \\;\\; (\\mathbf{z} = \\mathbf{W}\\mathbf{a} + \\mathbf{b})\\)", ((C,),),
           (Twin("value", "z2[{k}]", (_OUTPUT_SUM,), _K2),)),
    Public("name-then-definition-wrong", "test", "sigmoid-2-2-2", _OUTPUT_LAYER,
           "$\\mathbf{z}\\ (\\mathbf{z} = \\mathbf{W}\\mathbf{a} - \\mathbf{b})$", ((W,),),
           (Twin("value", "z2[{k}]", ("W2[{k},0]*a1[0] + W2[{k},1]*a1[1] - b2[{k}]",), _K2),)),
    Public("plain-name-then-definition", "test", "sigmoid-2-2-2", _OUTPUT_LAYER,
           "net_k (net_k = sum_j w_kj h_j + b_k)", ((C,),), (Twin("value", "z2[{k}]", (_OUTPUT_SUM,), _K2),)),
)

test_the_oracle_gives_the_defined_verdicts, test_check_gives_the_defined_verdicts = CHECKS.tests(list(_DEFINED_AFTER))


def test_a_parenthesis_defining_another_name_is_refused():
    """``\\mathbf{z} (\\mathbf{b} = ...)``: the parenthesis' claim is not the name's, the line no definition."""
    CHECKS.refused("sigmoid-2-2-2", _OUTPUT_LAYER, "$\\mathbf{z} \\; (\\mathbf{b} = \\mathbf{z} - \\mathbf{W}\\mathbf{a})$")



# ---- a letter the notation names, in a pattern's parentheses ----------------------------------------------------
_NAMED_ARGUMENTS = r"""
[notation]
indices = "n"
loss = ["\\mathcal{L}"]
[notation.symbols]
"x_{n}" = "x[n-1]"
"z" = "z1[0]"
"a" = "a1[0]"
"y" = "y[0]"
"d(a)" = "grad(a1[0])"
"d(z)" = "delta1[0]"
"D(o)" = "grad(a1[0])"
"D(s)" = "delta1[0]"
"o" = "a1[0]"
"s" = "z1[0]"
"""
_DL_DA = "-y[0]/a1[0] + (1 - y[0])/(1 - a1[0])"

_NAMED_IN_PARENTHESES = (
    Public("named-argument-da", "test", "logistic-2", _NAMED_ARGUMENTS,
           "$d(a) = \\frac{d \\mathcal{L}}{da} = -\\frac{y}{a} + \\frac{1-y}{1-a}$", ((C, C),),
           (Twin("value", _DL_DA, (_DL_DA, _DL_DA)),)),
    Public("named-argument-dz", "test", "logistic-2", _NAMED_ARGUMENTS, "$d(z) = a - y$", ((C,),),
           (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
    Public("named-argument-dz-wrong", "test", "logistic-2", _NAMED_ARGUMENTS, "$d(z) = d(a) \\cdot a$", ((W,),),
           (Twin("value", "a1[0] - y[0]", (f"({_DL_DA})*a1[0]",)),)),
    Public("named-argument-plain", "test", "logistic-2", _NAMED_ARGUMENTS, "D(s) = D(o) * o * (1 - o)", ((C,),),
           (Twin("value", "a1[0] - y[0]", (f"({_DL_DA})*a1[0]*(1 - a1[0])",)),)),
)

test_the_oracle_gives_the_named_verdicts, test_check_gives_the_named_verdicts = CHECKS.tests(list(_NAMED_IN_PARENTHESES))


def test_a_letter_the_notation_does_not_name_alone_is_a_calls_argument():
    """Without ``"a"`` and ``"z"`` alone, ``"d(a)"`` and ``"d(z)"`` are calls of names (fix120b's call patterns,
    notation_indices.called_entry): a formula's d(z) is the call as written, each its own name; the bare d, written
    without the arguments that tell the two apart, is refused naming both."""
    notation = _NAMED_ARGUMENTS.replace('"z" = "z1[0]"\n', "").replace('"a" = "a1[0]"\n', "")
    assert CHECKS.verdicts(Public("call-of-names", "test", "logistic-2", notation, "$d(z) = d(a) \\cdot o$")) == ((W,),)
    assert CHECKS.verdicts(Public("call-of-names", "test", "logistic-2", notation, "D(s) = d(z)")) == ((C,),)
    assert "matches two calls of the notation, 'd(a)' and 'd(z)'" in CHECKS.refused("logistic-2", notation,
                                                                                    "D(s) = d * o")


def test_an_index_letter_in_parentheses_stays_an_index():
    """``"v(n)"`` with n among the indices: MATLAB's entry, v(1) the weight W1[0, 0] (no name of its own)."""
    notation = _NAMED_ARGUMENTS + '"v(n)" = "W1[0, n-1]"\n'
    for text, verdict in (("$\\frac{\\partial \\mathcal{L}}{\\partial v(1)} = d(z) x_1$", C),
                          ("$\\frac{\\partial \\mathcal{L}}{\\partial v(1)} = d(z) x_2$", W)):
        assert CHECKS.verdicts(Public("index-in-parentheses", "test", "logistic-2", notation, text)) == ((verdict,),)


# ---- Ng's d set upright or in a group, {\rm d}b, \mathrm{d}W, {d}z; \text{*} the element-wise product ------------
_NG = r"""
[notation]
indices = "l"
functions = { "g^{[1]}" = "tanh", "g^{[2]}" = "sigmoid" }
[notation.symbols]
"x" = "x[:]"
"Y" = "y[:]"
"W^{[l]}" = "W{l}[:, :]"
"b^{[l]}" = "b{l}[:]"
"z^{[l]}" = "z{l}[:]"
"A^{[l]}" = "a{l}[:]"
"dz^{[l]}" = "delta{l}[:]"
"dW^{[l]}" = "grad(W{l}[:, :])"
"db^{[l]}" = "grad(b{l}[:])"
"m" = "1"
"""
_DZ1 = "W2[0,{j}]*(a2[0] - y[0])*(1 - tanh(z1[{j}])**2)"

_UPRIGHT_D = (
    Public("rm-d-db", "test", "tanh-2-2-sigmoid-1-bce", _NG, "${\\rm d}b^{[2]} = \\frac{1}{m} {\\rm d}z^{[2]}$", ((C,),),
           (Twin("gradient", "b2[0]", ("a2[0] - y[0]",)),)),
    Public("mathrm-d-dW", "test", "tanh-2-2-sigmoid-1-bce", _NG, "$\\mathrm{d}W^{[2]} = {d}z^{[2]}A^{[1]T}$", ((C,),),
           (Twin("gradient", "W2[0,{j}]", ("(a2[0] - y[0])*a1[{j}]",), _J2),)),
    Public("group-d-dz1-text-star", "test", "tanh-2-2-sigmoid-1-bce", _NG,
           "${d}z^{[1]} = W^{[2]T}{\\rm d}z^{[2]} \\text{*} {g^{[1]}}'(z^{[1]})$", ((C,),),
           (Twin("value", _DZ1, (_DZ1,), _J2),)),
    Public("text-star-spaced-wrong", "test", "tanh-2-2-sigmoid-1-bce", _NG,
           "$$ dz^{[1]} = W^{[2]T} dz^{[2]} \\text{ * } g^{[1]}(z^{[1]})$$", ((W,),),
           (Twin("value", _DZ1, ("W2[0,{j}]*(a2[0] - y[0])*tanh(z1[{j}])",), _J2),)),
    Public("mathrm-star", "test", "tanh-2-2-sigmoid-1-bce", _NG,
           "$dz^{[1]} = W^{[2]T} dz^{[2]} \\mathrm{*} g'^{[1]}(z^{[1]})$", ((C,),), (Twin("value", _DZ1, (_DZ1,), _J2),)),
)

test_the_oracle_gives_the_upright_verdicts, test_check_gives_the_upright_verdicts = CHECKS.tests(list(_UPRIGHT_D))


def test_an_upright_d_reads_as_the_name_written_plain():
    """``{\\rm d}A^{[2]}`` where the notation gives no dA: the reader's own dA (dL/dA), as ``dA^{[2]}`` reads; a
    name that is none, ``{\\rm d}q``, stays the letter d, refused as before."""
    for upright, plain in (("${\\rm d}A^{[2]} = A^{[2]} - Y$", "$dA^{[2]} = A^{[2]} - Y$"),
                           ("${d}z^{[2]} = Y - A^{[2]}$", "$dz^{[2]} = Y - A^{[2]}$")):
        assert CHECKS.verdicts(Public("upright", "test", "tanh-2-2-sigmoid-1-bce", _NG, upright)) \
            == CHECKS.verdicts(Public("plain", "test", "tanh-2-2-sigmoid-1-bce", _NG, plain)) == ((W,),)
    assert "unknown symbol d" in CHECKS.refused("tanh-2-2-sigmoid-1-bce", _NG, "${\\rm d}q = A^{[2]} - Y$")


def test_a_group_in_a_script_is_no_upright_d():
    """``Y^{d}z^{[2]}``: the group is the superscript's, never the name dz."""
    assert "unknown symbol d" in CHECKS.refused("tanh-2-2-sigmoid-1-bce", _NG, "$b^{[2]} = Y^{d}z^{[2]}$")


# ---- a sum without bounds whose term does not use its index ------------------------------------------------------
_SOFTMAX = r"""
[notation]
indices = "jki"
[notation.symbols]
"z_{j}" = "z1[j-1]"
"a_{j}" = "a1[j-1]"
"x_{i}" = "x[i-1]"
"w_{ji}" = "W1[j-1, i-1]"
"""
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_SOFTMAX_J = "exp(z1[{j}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"

_UNUSED_INDEX = (
    Public("unused-index-softmax-wrong", "test", "softmax-2-3", _SOFTMAX, "$a_j = \\frac{e^{z_j}}{\\sum_k e^{z_j}}$",
           ((W,),), (Twin("value", "a1[{j}]", ("exp(z1[{j}])/(3*exp(z1[{j}]))",), _J3),)),
    Public("unused-index-ratio", "test", "softmax-2-3", _SOFTMAX,
           "$a_j (1 - a_j) = a_j \\left(\\frac{\\sum_k e^{z_j}}{\\sum_k e^{z_j}} - a_j\\right)$", ((C,),),
           (Twin("value", f"({_SOFTMAX_J})*(1 - {_SOFTMAX_J})", (f"({_SOFTMAX_J})*(1 - {_SOFTMAX_J})",), _J3),)),
    Public("unused-index-with-bounds-wrong", "test", "softmax-2-3", _SOFTMAX,
           "$a_j = \\frac{e^{z_j}}{\\sum_{k=1}^{3} e^{z_j}}$", ((W,),),
           (Twin("value", "a1[{j}]", ("exp(z1[{j}])/(3*exp(z1[{j}]))",), _J3),)),
)

test_the_oracle_gives_the_unused_verdicts, test_check_gives_the_unused_verdicts = CHECKS.tests(list(_UNUSED_INDEX))


def test_an_unused_index_over_no_one_layer_is_refused():
    """``\\sum_k x_1 z_j`` (the input's and the layer's units) and ``\\sum_k w_{11}`` (a weight): how many terms is
    unclear."""
    for text in ("$a_j = \\sum_k x_1 z_j$", "$a_j = \\sum_k w_{11}$"):
        assert "how many equal terms it adds is unclear" in CHECKS.refused("softmax-2-3", _SOFTMAX, text)


# ---- a lone letter set upright in a subscript, \omega_{j \mathrm{k}} ---------------------------------------------
_UPRIGHT_INDEX = r"""
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"\\omega_{jk}" = "W2[k-1, j-1]"
"\\Delta \\omega_{jk}" = "-eta*grad(W2[k-1, j-1])"
"\\ell" = "2"
"m" = "2"
"""
_DE_DW = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])*a1[{j}]"
_JK = tuple({"j": j, "k": k} for j in range(2) for k in range(2))

_UPRIGHT_LETTERS = (
    Public("upright-index-letter", "test", "sigmoid-2-2-2", _UPRIGHT_INDEX,
           "$\\Delta \\omega_{j \\mathrm{k}}=-\\eta \\frac{\\partial E}{\\partial \\omega_{j \\mathrm{k}}}$", ((C,),),
           (Twin("value", f"-eta*{_DE_DW}", (f"-eta*{_DE_DW}",), _JK),)),
    Public("upright-index-letters-wrong", "test", "sigmoid-2-2-2", _UPRIGHT_INDEX,
           "$\\Delta \\omega_{\\text{j}\\text{k}}=\\eta \\frac{\\partial E}{\\partial \\omega_{jk}}$", ((W,),),
           (Twin("value", f"-eta*{_DE_DW}", (f"eta*{_DE_DW}",), _JK),)),
    Public("upright-index-letter-ranged", "test", "sigmoid-2-2-2", _UPRIGHT_INDEX,
           "\\Delta \\omega_{j \\mathrm{k}}=-\\eta \\frac{\\partial E}{\\partial \\omega_{j \\mathrm{k}}} j=1,2, \\ldots, m ;"
           " \\quad k=1,2, \\ldots, \\ell", ((C,),), (Twin("value", f"-eta*{_DE_DW}", (f"-eta*{_DE_DW}",), _JK),)),
)

test_the_oracle_gives_the_upright_index_verdicts, test_check_gives_the_upright_index_verdicts = CHECKS.tests(
    list(_UPRIGHT_LETTERS))


def test_a_range_of_another_letter_stays_refused():
    """``\\kappa=1,2,...`` after ``\\omega_{j \\mathrm{k}}``: kappa is no letter of the left side (a page's slip)."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _UPRIGHT_INDEX, "\\Delta \\omega_{j \\mathrm{k}}=-\\eta \\frac{\\partial E}"
                             "{\\partial \\omega_{j \\mathrm{k}}} j=1,2, \\ldots, m ; \\quad \\kappa=1,2, \\ldots, \\ell")
    assert "\\kappa" in refusal and "no index letter of the rule's left side" in refusal


def test_a_scripted_function_primed_without_its_argument_is_refused_saying_so():
    """``{{g^{[1]}}'} * {(z^{[1]})}`` (a page's \\underbrace pieces): the prime's argument is not glued after it, the
    parenthesis a factor; refused naming the function as the table writes it (never an unknown symbol g'^{1})."""
    refusal = CHECKS.refused("tanh-2-2-sigmoid-1-bce", _NG,
                             "$dz^{[1]} = {W^{[2]T}{\\rm d}z^{[2]}} *{{g^{[1]}}'}* {(z^{[1]})}$")
    assert "g^{[1]}': the notation's function g^{[1]} primed with no argument" in refusal


def test_a_code_call_pattern_with_a_named_argument_still_reads():
    """``"self.h1.feedforward(x)"`` beside ``"x"``: the call as its pattern writes it (b113's fg-oh1), the argument now
    part of the name."""
    notation = '[notation]\nindices = "q"\n[notation.symbols]\n"x" = "x[:]"\n"self.h1.feedforward(x)" = "a1[0]"\n' \
               '"out_h1" = "a1[0]"\n'
    for text, verdict in (("out_h1 = self.h1.feedforward(x)", C), ("out_h1 = 2*self.h1.feedforward(x)", W)):
        assert CHECKS.verdicts(Public("code-call", "test", "sigmoid-2-1", notation, text)) == ((verdict,),)
