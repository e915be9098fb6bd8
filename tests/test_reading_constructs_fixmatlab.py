"""Batch 66's pages showed MATLAB/Octave code and plain-text copies of Nielsen's equations refused, each written here
as another author would (other names, other networks than the pages'): MATLAB's two-index parentheses with a loop
letter, ``V(2,i)``, ``U(1,m)``, and a letter plus or minus a number, ``h(m-1)``, matched by the notation's patterns
written the same way, on either side of an update; MATLAB's ``%`` comment after a statement's ``;``; Octave's ``*``
between two vectors, their matrix product (the page's row times column) where the text is Octave's; plain text's
superscript in parentheses with index arithmetic, ``V^(l+1)``, ``h^(l-1)``, as ``V^{(l+1)}``.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_3, SIGMOID_2_2_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-2-2-sigmoid": TANH_2_2_SIGMOID_1, "logistic-3": LOGISTIC_3, "sigmoid-2-2-2": SIGMOID_2_2_2}
CHECKS = CaseChecks(NETWORKS)

# a MATLAB loop's names: V(r,c) the hidden unit r's weight on input c, U(1,c) the output's (column 1 its bias's,
# MATLAB's habit of a bias column), X(c) the inputs, h(c) the hidden outputs, g and d(r) -dE/dnet
LOOP_NOTATION = r'''
[notation]
indices = "im"
learning_rate = ["lr"]
[notation.symbols]
"V(1,i)" = "W1[0, i-1]"
"V(2,i)" = "W1[1, i-1]"
"U(1,m)" = "W2[0, m-2]"
"X(i)" = "x[i-1]"
"h(i)" = "a1[i-1]"
"g" = "-grad(z2[0])"
"d(i)" = "-grad(z1[i-1])"
'''
# an Octave script's names: u the weight row, v the input column, c the bias, s the score, p the output, t the
# target, du the gradient by u
ROW_NOTATION = r'''
[notation]
[notation.symbols]
"u" = "W1[0, :]"
"v" = "x[:]"
"c" = "b1[0]"
"s" = "z1[0]"
"p" = "a1[0]"
"t" = "y[0]"
"du" = "grad(W1[0, :])"
'''
_SUM3 = "W1[0,0]*x[0] + W1[0,1]*x[1] + W1[0,2]*x[2]"
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
# Nielsen's letters as other names: V^{(l)} the weights, h^{(l)} the activations (h^{(0)} the input), s^{(l)} the
# weighted sums, g^{(l)} dE/ds
LAYER_NOTATION = r'''
[notation]
indices = "jkl"
loss = ["E"]
[notation.symbols]
"V^{(l)}" = "W{l}[:, :]"
"h^{(0)}" = "x[:]"
"h^{(l)}" = "a{l}[:]"
"s^{(l)}" = "z{l}[:]"
"g^{(l)}" = "grad(z{l}[:])"
'''
_J2 = ({"j": 0}, {"j": 1})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"


def _layer_delta(transposed: bool = False) -> str:
    """dE/ds^{(1)}_{j} of the 2-2-2 network, or with the weights' indices swapped (V^{(2)} not transposed)."""
    weight = "W2[{j},{k}]" if transposed else "W2[{k},{j}]"
    terms = (weight.replace("{k}", str(k)) + "*" + _OUT.replace("{k}", str(k)) for k in range(2))
    return "(" + " + ".join(terms) + ")*a1[{j}]*(1 - a1[{j}])"


_LAYER_DELTA = _layer_delta()
_LAYER_GRADIENTS = tuple(
    {"p": f"W2[{j},{k}]", "g": _OUT.replace("{k}", str(j)) + f"*a1[{k}]"} for j in range(2) for k in range(2)) + tuple(
    {"p": f"W1[{j},{k}]", "g": _LAYER_DELTA.replace("{j}", str(j)) + f"*x[{k}]"} for j in range(2) for k in range(2))
_G = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"
_D2 = f"W2[0,1]*{_G}*(1 - a1[1]**2)"
_M2 = ({"m": 0}, {"m": 1})
_I2 = ({"i": 0}, {"i": 1})


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # a loop letter in MATLAB's two-index parentheses, the left side an entry: an update
            ("two-index-letter-update", "V(2,i) = V(2,i) + lr*d(2)*X(i);", ((C,),),
             (Twin("update", "W1[1,{i}]", (f"W1[1,{{i}}] + eta*{_D2}*x[{{i}}]",), _I2),)),
            ("two-index-letter-update-wrong", "V(2,i) = V(2,i) - lr*d(2)*X(i);", ((W,),),
             (Twin("update", "W1[1,{i}]", (f"W1[1,{{i}}] - eta*{_D2}*x[{{i}}]",), _I2),)),
            # a letter minus a number in the parentheses, as x_{m-1} writes it
            ("letter-minus-number", "U(1,m) = U(1,m) + lr*g*h(m-1)", ((C,),),
             (Twin("update", "W2[0,{m}]", (f"W2[0,{{m}}] + eta*{_G}*a1[{{m}}]",), _M2),)),
            ("letter-minus-number-wrong", "U(1,m) = U(1,m) + lr*g*h(m)", ((W, ),),
             (Twin("update", "W2[0,{m}]", (f"W2[0,{{m}}] + eta*{_G}*a1[{{m}}+1]",), ({"m": 0},)),)),
            # the loop letter plus a number on the right side of a value
            ("letter-plus-number-value", "d(i) = U(1,i+1)*g*(1 - h(i)^2)", ((C,),),
             (Twin("value", "W2[0,{i}]*" + _G + "*(1 - a1[{i}]**2)",
                   ("W2[0,{i}]*" + _G + "*(1 - a1[{i}]**2)",), _I2),)),
            ("letter-plus-number-value-wrong", "d(i) = U(1,i+1)*g*(1 + h(i)^2)", ((W,),),
             (Twin("value", "W2[0,{i}]*" + _G + "*(1 - a1[{i}]**2)",
                   ("W2[0,{i}]*" + _G + "*(1 + a1[{i}]**2)",), _I2),)),
            # MATLAB's % comment after a statement's ;, glued to its words or spaced, read as # is
            ("percent-comment", "d(2) = U(1,3)*g*(1 - h(2)^2); % the hidden unit's delta", ((C,),),
             (Twin("value", _D2, (_D2,)),)),
            ("percent-comment-wrong", "d(2) = U(1,3)*g*h(2)*(1 - h(2));%logistic slope", ((W,),),
             (Twin("value", _D2, ("W2[0,1]*" + _G + "*a1[1]*(1 - a1[1])",)),)),
            ("percent-comment-update", "    U(1,m) = U(1,m) + lr*g*h(m-1);  %% step down the error",
             ((C,),), (Twin("update", "W2[0,{m}]", (f"W2[0,{{m}}] + eta*{_G}*a1[{{m}}]",), _M2),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid", LOOP_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # Octave's * between the weight row and the input column: their product, a number
            ("octave-star-product", "s = u*v + c;", ((C,),), (Twin("value", "z1[0]", (_SUM3 + " + b1[0]",)),)),
            ("octave-star-product-wrong", "s = u*v;", ((W,),), (Twin("value", "z1[0]", (_SUM3,)),)),
            ("octave-star-comment", "  p = 1 ./ (1 + exp(-(u*v + c))); % the logistic output", ((C,),),
             (Twin("value", "a1[0]", (f"1/(1 + exp(-({_SUM3} + b1[0])))",)),)),
            # of two vectors of one size, where the left side is a vector: a number, never the entrywise product
            ("octave-star-vectors-wrong", "du = v*v;", ((W,),),
             (Twin("gradient", "W1[0,{i}]", ("x[0]**2 + x[1]**2 + x[2]**2",), _I3),)),
            # and a number times a vector stays that product
            ("octave-star-number", "du = (p - t)*v;", ((C,),),
             (Twin("gradient", "W1[0,{i}]", ("(a1[0] - y[0])*x[{i}]",), _I3),))):
        cases.append(Public(key, "test", "logistic-3", ROW_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a layer in parentheses after a caret, without braces: a number, a letter, a letter and a number
            ("caret-parenthesis-layers", r"g^(1) = (V^(2))^T g^(2) \odot \sigma'(s^(1))", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_LAYER_DELTA,), _J2),)),
            ("caret-parenthesis-rule", r"g^(l-1) = (V^(l))^T g^(l) \odot \sigma'(s^(l-1))", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_LAYER_DELTA,), _J2),)),
            ("caret-parenthesis-rule-wrong", r"g^(l-1) = V^(l) g^(l) \odot \sigma'(s^(l-1))", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_layer_delta(transposed=True),), _J2),)),
            ("caret-parenthesis-gradient", r"\partial E/\partial V^(l) = g^(l) (h^(l-1))^T", ((C,),),
             (Twin("gradient", "{p}", ("{g}",), _LAYER_GRADIENTS),)),
            ("caret-parenthesis-gradient-wrong", r"\partial E/\partial V^(l) = -g^(l) (h^(l-1))^T", ((W,),),
             (Twin("gradient", "{p}", ("-({g})",), _LAYER_GRADIENTS),))):
        cases.append(Public(key, "test", "sigmoid-2-2-2", LAYER_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_letter_outside_the_indices_is_no_matlab_index():
    """``V(2,q)``: q is none of the notation's index letters, so the parenthesis is no index group of V."""
    CHECKS.refused("tanh-2-2-sigmoid", LOOP_NOTATION, "V(2,q) = V(2,q) + lr*d(2)*X(1)")


def test_a_percent_without_a_statements_semicolon_stays_refused():
    """``... * g % the delta``: without the ``;`` the ``%`` may be an operator (Python's remainder); refused."""
    CHECKS.refused("tanh-2-2-sigmoid", LOOP_NOTATION, "d(2) = U(1,3)*g*(1 - h(2)^2) % the hidden delta")


def test_numpys_star_between_two_vectors_stays_refused():
    """``s = u*v + c`` without Octave's marks: NumPy's entrywise product, a vector where the left side is a number."""
    CHECKS.refused("logistic-3", ROW_NOTATION, "s = u*v + c")



def test_a_caret_parenthesis_holding_more_than_index_arithmetic_stays_refused():
    """``s^(1/2)``: a quotient in the parenthesis is no layer; the parenthesis stays refused after the caret."""
    CHECKS.refused("sigmoid-2-2-2", LAYER_NOTATION, "h^(1) = \\sigma(s^(1/2))")
