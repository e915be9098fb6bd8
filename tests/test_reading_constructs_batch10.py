"""The constructs batch 10 of the public formulas showed missing, each as the family a different author would
write (other letters, other layers, LaTeX and plain text), judged right where the formula is right and wrong where
one thing is changed; what stays unreadable or ambiguous is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names, and the test holds both the oracle
and check to the case's verdicts.
"""

from __future__ import annotations

import pytest

from backprop.symbolic.quantities import FormulaError
from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2_NO_BIAS
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # one sigmoid unit, no bias, the binary cross-entropy (logistic regression)
    "unit": LOGISTIC_2_NO_BIAS + '[update]\nlearning_rate = 0.1\n',
    # kircerta's 2-2-1 ReLU network with its numbers: h = (0.1, 1.0), yhat = 0.5 h_1 - 0.3 h_2 = -0.25
    "numbers": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "relu"\nweights = [[0.3, -0.1], [0.2, 0.4]]\n'
               'biases = [0.0, 0.0]\n[[layer]]\nunits = 1\nactivation = "identity"\nweights = [[0.5, -0.3]]\n'
               'biases = [0.0]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n',
    # a sigmoid hidden layer of three, one sigmoid output, the quadratic cost with its 1/2, a learning rate
    "sigmoid": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n[[layer]]\nunits = 1\n'
               'activation = "sigmoid"\n[loss]\nname = "half_squared_error"\n[update]\nlearning_rate = 0.1\n',
}

_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_OUTPUT_DELTA = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_HIDDEN_DELTA = f"W2[0,{{j}}]*{_OUTPUT_DELTA}*a1[{{j}}]*(1 - a1[{{j}}])"


def _parenthesised(letter: str) -> str:
    """basaga's letters, the layer a superscript in parentheses, over the placeholder ``letter``."""
    return f'''
[notation]
indices = "jk{letter}"
[notation.symbols]
"z_{{j}}^{{({letter})}}" = "z{{{letter}}}[j]"
"a_{{j}}^{{({letter})}}" = "a{{{letter}}}[j]"
"W_{{jk}}^{{({letter})}}" = "W{{{letter}}}[j, k]"
"b_{{j}}^{{({letter})}}" = "b{{{letter}}}[j]"
"\\\\delta_{{j}}^{{({letter})}}" = "delta{{{letter}}}[j]"
"y" = "y[0]"
'''


def _hidden_sums(sign: str = "+") -> tuple:
    return tuple({"j": j, "m": f"W1[{j},0]*x[0] + W1[{j},1]*x[1] {sign} b1[{j}]"} for j in range(3))


def _layer_in_parentheses_cases() -> list[Public]:
    """z(1) = W(1)x + b(1): plain text's layer in parentheses after the letter, where the notation writes
    that letter's layer z^{(l)}; a(l-1), \\delta (2) with a space; ``.`` for the product between factors."""
    cases = []
    output = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]"
    for letter in ("l", "m"):
        notation = _parenthesised(letter)
        for text, verdict, values in (("z(1) = W(1)x + b(1)", C, _hidden_sums()),
                                      ("z(1) = W(1)x - b(1)", W, _hidden_sums("-"))):
            cases.append(Public(f"z-{letter}-{verdict}", "test", "sigmoid", notation, text, ((verdict,),),
                                (Twin("value", "z1[{j}]", ("{m}",), values),)))
        for text, verdict, member in (("z(2) = W(2) a(1) + b(2)", C, output),
                                      ("z(2) = W(2) a(1)", W, output.replace(" + b2[0]", ""))):
            cases.append(Public(f"z2-{letter}-{verdict}", "test", "sigmoid", notation, text, ((verdict,),),
                                (Twin("value", "z2[0]", (member,)),)))
        for text, verdict, member in (("a(1) = sigmoid(z(1))", C, "sigmoid(z1[{j}])"),
                                      ("a(1) = sigmoid(z(1)) + 1", W, "sigmoid(z1[{j}]) + 1")):
            cases.append(Public(f"a-{letter}-{verdict}", "test", "sigmoid", notation, text, ((verdict,),),
                                (Twin("value", "a1[{j}]", (member,), _J3),)))
        for product in (" . ", " * "):
            for text, verdict, member in (
                    (f"δ(1) = (W(2))ᵀ δ(2){product}sigmoid'(z(1))", C, _HIDDEN_DELTA),
                    (f"δ(1) = (W(2))ᵀ δ(2){product}sigmoid(z(1))", W,
                     f"W2[0,{{j}}]*{_OUTPUT_DELTA}*sigmoid(z1[{{j}}])")):
                cases.append(Public(f"delta-{letter}-{product.strip()}-{verdict}", "test", "sigmoid", notation, text,
                                    ((verdict,),), (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
        for text, verdict, member in ((r"\delta (2) = (a(2) - y) . sigmoid'(z(2))", C, _OUTPUT_DELTA),
                                      (r"\delta (2) = (y - a(2)) . sigmoid'(z(2))", W, f"-{_OUTPUT_DELTA}")):
            cases.append(Public(f"output-{letter}-{verdict}", "test", "sigmoid", notation, text, ((verdict,),),
                                (Twin("gradient_z", "z2[0]", (member,)),)))
        hidden = tuple({"j": j, "k": k, "p": f"W1[{j},{k}]", "m": _HIDDEN_DELTA.format(j=j) + f"*x[{k}]"}
                       for j in range(3) for k in range(2))
        output_weights = tuple({"j": 0, "k": k, "p": f"W2[0,{k}]", "m": f"{_OUTPUT_DELTA}*a1[{k}]"} for k in range(3))
        update = f"W({letter}) ← W({letter}) - η δ({letter}) (a({letter}-1))ᵀ"
        for text, verdict, member in ((update, C, "{p} - eta*({m})"),
                                      (update.replace("- η", "+ η"), W, "{p} + eta*({m})")):
            cases.append(Public(f"update-{letter}-{verdict}", "test", "sigmoid", notation, text, ((verdict,),),
                                (Twin("update", "{p}", (member,), hidden + output_weights),)))
    return cases



def _digit_names(weights: str = "W1_{ij}") -> str:
    """cs231n's names with a layer digit in them (W1, h1, b2), input-first weights: W2_{ij} joins h1_i to
    scores_j. ``weights`` is how the table writes W1's pattern."""
    return f"""
[notation]
indices = "ij"
loss = ["loss"]
[notation.symbols]
"x_{{i}}" = "x[i]"
"{weights}" = "W1[j, i]"
"W2_{{ij}}" = "W2[j, i]"
"b2_{{j}}" = "b2[j]"
"h1_{{i}}" = "a1[i]"
"scores_{{j}}" = "z2[j]"
"""


def _digit_name_cases() -> list[Public]:
    """A name with digits as a pattern's base, ``"W1_{ij}"``, as the cs231n notebook writes W2_{00}, h1_0 (also in
    \\mathit, and the pattern written \\mathit{W1}_{ij} or {W1}_{ij}); ``\\frac{\\partial{}}{\\partial{w}}`` with
    its empty braces is the operator."""
    cases = []
    score = r"\mathit{h1_0} \mathit{W2_{00}} + \mathit{h1_1} \mathit{W2_{10}} + \mathit{h1_2} \mathit{W2_{20}} + \mathit{b2_0}"
    truth = "W2[0,0]*a1[0] + W2[0,1]*a1[1] + W2[0,2]*a1[2] + b2[0]"
    for text, verdict, member in ((f"scores_0 = {score}", C, truth),
                                  (f"scores_0 = {score.replace('W2_{10}', 'W2_{00}')}", W,
                                   truth.replace("W2[0,1]", "W2[0,0]")),
                                  ("scores_0 = h1_0 W2_{00} + h1_1 W2_{10} + h1_2 W2_{20} + b2_0", C, truth)):
        cases.append(Public(f"digits-score-{text[-30:]}", "test", "sigmoid", _digit_names(), text, ((verdict,),),
                            (Twin("value", "z2[0]", (member,)),)))
    chain = (r"\frac{\partial{loss}}{\partial{\mathit{W2_{10}}}} = \frac{\partial{loss}}{\partial{scores_0}}"
             rf" \frac{{\partial{{}}}}{{\partial{{\mathit{{W2_{{10}}}}}}}}({score}) = \frac{{\partial{{loss}}}}"
             r"{\partial{scores_0}}(\mathit{h1_1})")
    right = f"{_OUTPUT_DELTA}*a1[1]"
    for text, verdict in ((chain, (C, C)), (chain.replace(r"(\mathit{h1_1})", r"(\mathit{h1_0})"), (C, W))):
        cases.append(Public(f"digits-chain-{verdict[1]}", "test", "sigmoid", _digit_names(), text, (verdict,),
                            (Twin("gradient", "W2[0,1]", (right, right if verdict[1] == C else f"{_OUTPUT_DELTA}*a1[0]")),)))
    first = f"W2[0,0]*{_OUTPUT_DELTA}*a1[0]*(1 - a1[0])*x[1]"
    for weights in ("W1_{ij}", r"\\mathit{W1}_{ij}", "{W1}_{ij}"):
        for text, verdict, member in (
                (r"\frac{\partial loss}{\partial W1_{10}} = \frac{\partial loss}{\partial scores_0} W2_{00} h1_0 (1 - h1_0) x_1",
                 C, first),
                (r"\frac{\partial loss}{\partial W1_{10}} = \frac{\partial loss}{\partial scores_0} W2_{00} h1_0 (1 - h1_0) x_0",
                 W, first.replace("x[1]", "x[0]"))):
            cases.append(Public(f"digits-first-{weights}-{verdict}", "test", "sigmoid", _digit_names(weights), text,
                                ((verdict,),), (Twin("gradient", "W1[0,1]", (member,)),)))
    return cases


_LOGISTIC = r"""
[notation]
indices = "i"
loss = ["J"]
[notation.symbols]
"w_{i}" = "W1[0, i-1]"
"x_{i}" = "x[i-1]"
"z" = "a1[0]"
"h" = "z1[0]"
"""
_UNIT_BCE = "-(y[0]*log(a1[0]) + (1 - y[0])*log(1 - a1[0]))"


def _label_cases() -> list[Public]:
    """A label before the formula, \\mbox{Gradient descent: }, \\hbox{Cross-entropy loss: }, \\text{...:}\\quad:
    words ended by punctuation, a remark like \\text{Similarly,}."""
    cases = []
    for label in (r"\mbox{Logistic regression: } ", r"\hbox{Logistic regression:}", r"\text{Logistic regression:}\quad "):
        for text, verdict, member in ((label + r"z = \sigma(h)", C, "sigmoid(z1[0])"),
                                      (label + r"z = \sigma(-h)", W, "sigmoid(-z1[0])")):
            cases.append(Public(f"label-{text}", "test", "unit", _LOGISTIC, text, ((verdict,),),
                                (Twin("value", "a1[0]", (member,)),)))
    for text, verdict, member in (
            (r"\mbox{Cross-entropy loss: } J = -(y \log z + (1 - y) \log(1 - z))", C, _UNIT_BCE),
            (r"\mbox{Cross-entropy loss: } J = (y \log z + (1 - y) \log(1 - z))", W, f"-({_UNIT_BCE})")):
        cases.append(Public(f"label-{verdict}-loss", "test", "unit", _LOGISTIC, text, ((verdict,),),
                            (Twin("value", _UNIT_BCE, (member,)),)))
    for text, verdict, member in ((r"\mbox{Gradient descent: } w_1 := w_1 - \eta (z - y) x_1", C, "-"),
                                  (r"\mbox{Gradient descent: } w_1 := w_1 + \eta (z - y) x_1", W, "+")):
        cases.append(Public(f"label-{verdict}-update", "test", "unit", _LOGISTIC, text, ((verdict,),),
                            (Twin("update", "W1[0,0]", (f"W1[0,0] {member} eta*(a1[0] - y[0])*x[0]",)),)))
    return cases



def _physics_cases() -> list[Public]:
    """The physics package's derivatives: \\pdv{E}{z}, the operator \\pdv{}{z}[...], \\dv{E}{z}."""
    cases = []
    for derivative in (r"\pdv{E}{z^{(2)}}", r"\dv{E}{z^{(2)}}", r"\pdv {E} {z^{(2)}}"):
        for text, verdict, member in ((f"{derivative} = (a^{{(2)}} - y) a^{{(2)}} (1 - a^{{(2)}})", C, _OUTPUT_DELTA),
                                      (f"{derivative} = (a^{{(2)}} - y) a^{{(2)}}", W, "(a2[0] - y[0])*a2[0]")):
            cases.append(Public(f"physics-{text}", "test", "sigmoid", _parenthesised("l"), text, ((verdict,),),
                                (Twin("gradient_z", "z2[0]", (member,)),)))
    for text, verdict, member in (
            (r"\pdv{E}{W_{01}^{(2)}} = \pdv{E}{z^{(2)}} \pdv{z^{(2)}}{W_{01}^{(2)}}", C, f"{_OUTPUT_DELTA}*a1[1]"),
            (r"\pdv{E}{W_{01}^{(2)}} = \pdv{E}{z^{(2)}} a_0^{(1)}", W, f"{_OUTPUT_DELTA}*a1[0]")):
        cases.append(Public(f"physics-chain-{verdict}", "test", "sigmoid", _parenthesised("l"), text, ((verdict,),),
                            (Twin("gradient", "W2[0,1]", (member,)),)))
    operator = r"\pdv{E}{z^{(2)}} = \pdv{}{z^{(2)}} \left[ \frac{1}{2}(\sigma(z^{(2)}) - y)^2 \right]"
    for text, verdict, member in ((operator, C, _OUTPUT_DELTA),
                                  (operator.replace(r"\frac{1}{2}", ""), W, f"2*{_OUTPUT_DELTA}")):
        cases.append(Public(f"physics-operator-{verdict}", "test", "sigmoid", _parenthesised("l"), text, ((verdict,),),
                            (Twin("gradient_z", "z2[0]", (member,)),)))
    return cases



def _ng(gradients: str = "", letter: str = "l") -> str:
    """Ng's capitals with the layer [l], dZ the error term; ``gradients`` the grad(...) lines a course adds."""
    return f"""
[notation]
indices = "jk{letter}"
functions = {{ g = "sigmoid" }}
[notation.symbols]
"Z_{{j}}^{{[{letter}]}}" = "z{{{letter}}}[j]"
"A_{{j}}^{{[{letter}]}}" = "a{{{letter}}}[j]"
"A_{{k}}^{{[0]}}" = "x[k]"
"W_{{jk}}^{{[{letter}]}}" = "W{{{letter}}}[j, k]"
"b_{{j}}^{{[{letter}]}}" = "b{{{letter}}}[j]"
"dZ_{{j}}^{{[{letter}]}}" = "delta{{{letter}}}[j]"
"y" = "y[0]"
"m" = "1"
{gradients}"""


_GRADIENTS = ('"dW_{jk}^{[l]}" = "grad(W{l}[j, k])"\n"db_{j}^{[l]}" = "grad(b{l}[j])"\n'
              '"dA_{j}^{[l]}" = "grad(a{l}[j])"\n')


def _gradient_name_cases() -> list[Public]:
    """Ng's gradient names through the meaning grad(...): dW^{[l]} = 1/m dZ^{[l]} A^{[l-1]T}, db, dA; and plain
    text's dZ[2] without a caret, the layer where the notation writes dZ^{[l]}."""
    cases = []
    output = tuple({"p": f"W2[0,{k}]", "m": f"{_OUTPUT_DELTA}*a1[{k}]"} for k in range(3))
    hidden = tuple({"p": f"W1[{j},{k}]", "m": _HIDDEN_DELTA.format(j=j) + f"*x[{k}]"} for j in range(3) for k in range(2))
    for text, verdict, member in ((r"dW^{[2]} = \frac{1}{m} dZ^{[2]} A^{[1]T}", C, "{m}"),
                                  (r"dW^{[2]} = - \frac{1}{m} dZ^{[2]} A^{[1]T}", W, "-({m})")):
        cases.append(Public(f"grad-W2-{verdict}", "test", "sigmoid", _ng(_GRADIENTS), text, ((verdict,),),
                            (Twin("gradient", "{p}", (member,), output),)))
    for text, verdict, member in (("dW^{[l]} = 1/m * dZ^{[l]} * A^{[l-1]^T}", C, "{m}"),
                                  ("dW^{[l]} = 1/m * dZ^{[l]} * A^{[l-1]^T} * 2", W, "2*({m})")):
        cases.append(Public(f"grad-Wl-{verdict}", "test", "sigmoid", _ng(_GRADIENTS), text, ((verdict,),),
                            (Twin("gradient", "{p}", (member,), output + hidden),)))
    for text, verdict, member in (("db^{[2]} = dZ^{[2]}", C, _OUTPUT_DELTA), ("db^{[2]} = A^{[2]} - y", W, "a2[0] - y[0]")):
        cases.append(Public(f"grad-b-{verdict}", "test", "sigmoid", _ng(_GRADIENTS), text, ((verdict,),),
                            (Twin("value", _OUTPUT_DELTA, (member,)),)))
    for text, verdict, member in ((r"dA^{[1]} = W^{[2]T} dZ^{[2]}", C, f"W2[0,{{j}}]*{_OUTPUT_DELTA}"),
                                  (r"dA^{[1]} = W^{[2]T} dZ^{[2]} \odot A^{[1]}", W,
                                   f"W2[0,{{j}}]*{_OUTPUT_DELTA}*a1[{{j}}]")):
        cases.append(Public(f"grad-A-{verdict}", "test", "sigmoid", _ng(_GRADIENTS), text, ((verdict,),),
                            (Twin("value", f"W2[0,{{j}}]*{_OUTPUT_DELTA}", (member,), _J3),)))
    # plain text: the layer in brackets without a caret
    for letter in ("l", "i"):
        for text, verdict, member in (("dZ[2] = (A[2] - y) * A[2] * (1 - A[2])", C, _OUTPUT_DELTA),
                                      ("dZ[2] = A[2] - y", W, "a2[0] - y[0]")):
            cases.append(Public(f"plain-{letter}-{verdict}", "test", "sigmoid", _ng(letter=letter), text, ((verdict,),),
                                (Twin("gradient_z", "z2[0]", (member,)),)))
        for text, verdict, member in (("Z[1] = W[1] A[0] + b[1]", C, "{m}"), ("Z[1] = W[1] A[0]", W, "{m} - b1[{j}]")):
            cases.append(Public(f"plain-forward-{letter}-{verdict}", "test", "sigmoid", _ng(letter=letter), text,
                                ((verdict,),), (Twin("value", "z1[{j}]", (member,), _hidden_sums()),)))
    return cases


CASES = (_layer_in_parentheses_cases() + _digit_name_cases() + _label_cases() + _physics_cases()
         + _gradient_name_cases())


CHECKS = CaseChecks(NETWORKS)
_check = CHECKS.verdicts


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_layer_in_parentheses_the_notation_also_reads_as_a_product_is_refused():
    """Where the bare letter is a quantity of the notation too, a(1) is a^{(1)} or a times 1: refused."""
    both = _parenthesised("l") + '"a" = "a2[0]"\n'
    assert "both are the notation's" in _refusal("sigmoid", both, "a(1) = sigmoid(z(1))")


def test_parentheses_that_are_no_layer_stay_what_they_were():
    """a(z) is the quantity written with its input, and a letter's parentheses where the notation writes its
    layer some other way (or not at all) are no layer: x(1) stays x times 1."""
    assert _check(Public("input", "test", "sigmoid", _parenthesised("l"), "a(2) = sigmoid(z(2))")) == ((C,),)
    brackets = _parenthesised("l").replace("^{(l)}", "^{[l]}")
    assert "whose sizes do not fit" in _refusal("sigmoid", brackets, "z(1) = W(1)x + b(1)")


def test_a_name_with_digits_the_notation_does_not_give_is_not_read_as_one():
    """W3_{00} where the notation names W1 and W2 only: refused, never read as W2's or as W times 3."""
    # (since session 36, qa45: digits typed against a letter are the notation's name or refused naming it)
    assert "W3: digits typed against a name, which TeX sets as W times 3, and the notation names no W_{3}" in \
        _refusal("sigmoid", _digit_names(), "W3_{00} = 1")


def test_a_label_alone_or_words_without_their_colon_are_no_formula():
    """The label alone holds no claim; words not ended by punctuation are no label, and read as symbols."""
    assert "holds nothing to judge" in _refusal("unit", _LOGISTIC, r"\mbox{Gradient descent: }")
    assert "unknown symbol Gradientdescent" in _refusal("unit", _LOGISTIC, r"\mbox{Gradient descent} w_1 = 1")


def test_the_physics_derivatives_check_cannot_read_are_refused():
    """A second derivative \\pdv[2]{E}{z}, a mixed one \\pdv{E}{z}{w} and \\pdv{E} alone stay refused at \\pdv."""
    for text in (r"\pdv[2]{E}{z^{(2)}} = 0", r"\pdv{E}{z^{(2)}}{z^{(1)}} = 0", r"\pdv{E} = 0"):
        assert "the command \\pdv is not part of a formula" in _refusal("sigmoid", _parenthesised("l"), text)


def test_what_grad_names_and_brackets_that_are_no_layer_are_refused():
    """grad(...) of anything but a quantity, and W[2] where the notation names both W_{j} and W^{[l]}: refused."""
    with pytest.raises(FormulaError, match="grad\\(...\\) is the derivative of the loss"):
        _check(Public("grad", "test", "sigmoid", _ng('"dW" = "grad(W2[0, 0] + 1)"\n'), "dW = 1"))
    both = _ng('"W_{j}" = "W2[0, j]"\n')
    assert "the layer of W or its index" in _refusal("sigmoid", both, "Z[2] = W[2] A[1]")
