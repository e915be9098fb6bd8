"""The constructs batch 9 of the public formulas showed missing, each as the family a different author would
write (other letters, other layer brackets, LaTeX and plain text), judged right where the formula is right and
wrong where one thing is changed; what stays unreadable is refused in one line.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names, and the test holds both the oracle
and check to the case's verdicts.
"""

from __future__ import annotations

from backprop.symbolic.typography_unicode import normalize_unicode
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # Ng's course: a sigmoid hidden layer, one sigmoid output, the binary cross-entropy
    "ng": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\n[[layer]]\nunits = 1\nactivation = "sigmoid"\n'
          '[loss]\nname = "binary_cross_entropy"\n',
    "nielsen": SIGMOID_2_3_2,
    # a linear unit (Adaline), no bias
    "linear": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"\n[loss]\n'
              'name = "half_squared_error"\n',
    # one softmax layer, the cross-entropy
    "softmax": '[[layer]]\ninputs = 3\nunits = 3\nactivation = "softmax"\n[loss]\nname = "cross_entropy"\n',
    # the step-by-step example: 2-2-2 sigmoid, its numbers
    "mazur": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "sigmoid"\nbias = "shared"\n'
             'weights = [[0.15, 0.20], [0.25, 0.30]]\nbiases = 0.35\n[[layer]]\nunits = 2\nactivation = "sigmoid"\n'
             'bias = "shared"\nweights = [[0.40, 0.45], [0.50, 0.55]]\nbiases = 0.60\n[loss]\n'
             'name = "half_squared_error"\n[data]\nx = [[0.05, 0.10]]\ny = [[0.01, 0.99]]\n[update]\n'
             'learning_rate = 0.5\n',
}


def _layered(letter: str) -> str:
    """Ng's capitals with the layer written [letter] (any placeholder letter, not only l)."""
    return f'''
[notation]
indices = "jk{letter}"
loss = ["J"]
functions = {{ f = "sigmoid" }}
[notation.symbols]
"W_{{jk}}^{{[{letter}]}}" = "W{{{letter}}}[j, k]"
"b_{{j}}^{{[{letter}]}}" = "b{{{letter}}}[j]"
"Z_{{j}}^{{[{letter}]}}" = "z{{{letter}}}[j]"
"A_{{j}}^{{[{letter}]}}" = "a{{{letter}}}[j]"
"dZ_{{j}}^{{[{letter}]}}" = "delta{{{letter}}}[j]"
'''


def _forward(fan_ins: tuple) -> tuple:
    """z of every unit as its sum, a = sigmoid(z): values for Twin("value", "{q}", ("{m}",))."""
    values = []
    for layer, (units, fan_in) in enumerate(fan_ins, start=1):
        before = "x" if layer == 1 else f"a{layer - 1}"
        for j in range(units):
            total = " + ".join(f"W{layer}[{j},{k}]*{before}[{k}]" for k in range(fan_in)) + f" + b{layer}[{j}]"
            values.append({"q": f"z{layer}[{j}]", "m": total, "a": f"a{layer}[{j}]", "s": f"sigmoid(z{layer}[{j}])",
                           "z": f"z{layer}[{j}]"})
    return tuple(values)


_NG_UNITS = _forward(((3, 2), (1, 3)))
_NG_HIDDEN = "W2[0,{j}]*(a2[0] - y[0])*a1[{j}]*(1 - a1[{j}])"
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})


def _whole_array_cases() -> list[Public]:
    """A pattern's letter without its unit indices is the whole vector or matrix: A^{[i]}, W^{[m]^T}."""
    cases = []
    for letter in ("i", "m", "l"):
        notation = _layered(letter)
        layer, before = f"{{[{letter}]}}", f"{{[{letter}-1]}}"
        for text, verdict, member in (
                (f"A^{layer} = \\sigma(Z^{layer})", C, "{s}"), (f"A^{layer} = Z^{layer}", W, "{z}")):
            cases.append(Public(f"activation-{letter}-{verdict}", "test", "ng", notation, text, ((verdict,),),
                                (Twin("value", "{a}", (member,), _NG_UNITS),)))
        for text, verdict, member in ((f"Z^{layer} = W^{layer}A^{before} + b^{layer}", C, "{m}"),
                                      (f"Z^{layer} = W^{layer}A^{before} - b^{layer}", W, "{m} - 2*{b}")):
            values = tuple({**value, "b": value["q"].replace("z", "b")} for value in _NG_UNITS)
            cases.append(Public(f"forward-{letter}-{verdict}", "test", "ng", notation, text, ((verdict,),),
                                (Twin("value", "{q}", (member,), values),)))
        # the transpose inside the layer's superscript, and the prime as a superscript: W^{[l]^T}, f^{'}
        for transpose in (f"W^{{[{letter}]^T}}", f"W^{{[{letter}]T}}", f"(W^{{[{letter}]}})^T"):
            right = f"dZ^{{[{letter} - 1]}} = {transpose} \\cdot dZ^{{[{letter}]}} \\times f^{{'}}(Z^{{[{letter} - 1]}})"
            wrong = right.replace("f^{'}", "f")
            for text, verdict, member in ((right, C, _NG_HIDDEN),
                                          (wrong, W, "W2[0,{j}]*(a2[0] - y[0])*sigmoid(z1[{j}])")):
                cases.append(Public(f"back-{letter}-{transpose}-{verdict}", "test", "ng", notation, text,
                                    ((verdict,),), (Twin("gradient_z", "z1[{j}]", (member,), _J3),)))
    # written for layer 1 with its number, the rule that test_a_rule_over_layers_... refuses for every layer
    first = tuple(value for value in _NG_UNITS if value["a"].startswith("a1"))
    for letter in ("i", "l"):
        for text, verdict, member in ((r"A^{[1]} = \sigma(W^{[1]} A^{[0]} + b^{[1]})", C, "sigmoid({m})"),
                                      (r"A^{[1]} = \sigma(W^{[1]} A^{[0]} - b^{[1]})", W, "sigmoid({m} - 2*{b})")):
            values = tuple({**value, "b": value["q"].replace("z", "b")} for value in first)
            cases.append(Public(f"layer-one-{letter}-{verdict}", "test", "ng", _layered(letter), text, ((verdict,),),
                                (Twin("value", "{a}", (member,), values),)))
    weights = tuple({"j": j, "k": k, "m": _NG_HIDDEN.format(j=j) + f"*x[{k}]"} for j in range(3) for k in range(2))
    for text, verdict, member in (
            (r"\frac{\partial J}{\partial W^{[i]}} = \frac{\partial J}{\partial Z^{[i]}} A^{[i-1]T}", C, "{m}"),
            (r"\frac{\partial J}{\partial W^{[i]}} = -\frac{\partial J}{\partial Z^{[i]}} A^{[i-1]T}", W, "-{m}")):
        cases.append(Public(f"weights-{verdict}", "test", "ng", _layered("i"), text, ((verdict,),),
                            (Twin("gradient", "W1[{j},{k}]", (member,), weights),), param="W1[j,k]"))
    return cases


_NIELSEN = r'''
[notation]
indices = "jkl"
loss = ["C"]
[notation.symbols]
"w_{jk}^{l}" = "W{l-1}[j, k]"
"z_{j}^{l}" = "z{l-1}[j]"
"a_{j}^{l}" = "a{l-1}[j]"
"\\delta_{j}^{l}" = "delta{l-1}[j]"
"y_{j}" = "y[j]"
'''
_OUTPUT_DELTA = "(a2[{j}] - y[{j}])*a2[{j}]*(1 - a2[{j}])"
_J2 = ({"j": 0}, {"j": 1})


def _gradient_by_a_letter_cases() -> list[Public]:
    """\\nabla_a C: a written without its unit and its layer, the output layer's vector."""
    cases = []
    for written in (r"\nabla_a C", r"\nabla_{a} C", r"\frac{\partial C}{\partial a}"):
        for text, verdict, member in ((f"\\delta^L = {written} \\odot \\sigma'(z^L)", C, _OUTPUT_DELTA),
                                      (f"\\delta^L = {written} \\odot \\sigma(z^L)", W,
                                       "(a2[{j}] - y[{j}])*sigmoid(z2[{j}])")):
            cases.append(Public(f"nabla-a-{written}-{verdict}", "test", "nielsen", _NIELSEN, text, ((verdict,),),
                                (Twin("gradient_z", "z2[{j}]", (member,), _J2),)))
    return cases


_ADALINE = r'''
[notation]
indices = "j"
[notation.symbols]
"w_{j}" = "W1[0, j]"
"\\alpha_{j}" = "W1[0, j]"
"x_{j}" = "x[j]"
"z" = "z1[0]"
'''
_NET = "W1[0,0]*x[0] + W1[0,1]*x[1]"


def _inner_product_cases() -> list[Public]:
    """A row times a column is a number: w^T x, x^T w, \\alpha^T x, in LaTeX and plain text."""
    cases = []
    for text, verdict, member in (("z = w^Tx", C, _NET), ("z = w^{T} x", C, _NET), ("z = x^T w", C, _NET),
                                  (r"z = \alpha^T x", C, _NET), ("z = w^T x", C, _NET),
                                  ("z = w^T x + 1", W, _NET + " + 1"),
                                  ("z = w^T w", W, "W1[0,0]**2 + W1[0,1]**2"),
                                  (r"z = \sigma(\alpha^T x)", W, f"sigmoid({_NET})")):
        cases.append(Public(f"inner-{text}", "test", "linear", _ADALINE, text, ((verdict,),),
                            (Twin("value", "z1[0]", (member,)),)))
    return cases


_MELFM = r'''
[notation]
indices = "n"
loss = ["E_{total}"]
[notation.symbols]
"t_{n}" = "y[n-1]"
"h_{n}" = "a1[n-1]"
"y_{n}" = "z2[n-1]"
"\\hat{y_{n}}" = "a2[n-1]"
"\\bar{o}_{n}" = "a2[n-1]"
"E_{yn}" = "(y[n-1] - a2[n-1])**2/2"
"w_{5}" = "W2[0, 0]"
'''


def _glued_digit_cases() -> list[Public]:
    """Digits typed against a letter in LaTeX: t1, E_y1, \\hat{y1}, as the notation names them."""
    cases = []
    half = "(y[{u}] - a2[{u}])**2/2"
    for unit in (1, 2):
        other = 3 - unit
        for output in (rf"\hat{{y{unit}}}", rf"\bar{{o{unit}}}", rf"\hat{{y}}_{unit}"):
            right = rf"E_y{unit} = \frac{{1}}{{2}}(t{unit} - {output})^2"
            wrong = right.replace(f"t{unit}", f"t{other}")
            target = half.format(u=unit - 1)
            for text, verdict, member in ((right, C, target),
                                          (wrong, W, f"(y[{other - 1}] - a2[{unit - 1}])**2/2")):
                cases.append(Public(f"glued-{output}-{verdict}", "test", "mazur", _MELFM, text, ((verdict,),),
                                    (Twin("value", target, (member,)),)))
    for text, verdict, member in ((r"\hat{y1} = \sigma(y1)", C, "sigmoid(z2[0])"),
                                  (r"\hat{y1} = \sigma(y2)", W, "sigmoid(z2[1])")):
        cases.append(Public(f"glued-sigma-{verdict}", "test", "mazur", _MELFM, text, ((verdict,),),
                            (Twin("value", "a2[0]", (member,)),)))
    return cases


_SOFTMAX = r'''
[notation]
indices = "ijk"
[notation.symbols]
"a_{i}" = "a1[i]"
"z_{i}" = "z1[i]"
'''
_JACOBIAN = "a1[{j}]*((1 if {i} == {j} else 0) - a1[{i}])"
_DIAGONAL = tuple({"i": i, "j": i} for i in range(3))
_OFF_DIAGONAL = tuple({"i": i, "j": j} for i in range(3) for j in range(3) if i != j)


def _case_cases() -> list[Public]:
    """The case a formula holds in, written after it: ``, \\quad i = j``, ``, i \\neq j.``, ``\\text{for } i \\neq j``."""
    cases = []
    diagonal, off = r"\frac{\partial a_j}{\partial z_i} = a_i(1 - a_i)", r"\frac{\partial a_j}{\partial z_i} = -a_i a_j"
    for same, different in ((r", \quad i = j", r",\quad i \neq j."), (", i = j", r", \text{for } i \neq j"),
                            ("\n\\quad i = j", r", j \neq i")):
        for text, verdict, member, values in (
                (diagonal + same, C, "a1[{i}]*(1 - a1[{i}])", _DIAGONAL),
                (off + different, C, "-a1[{i}]*a1[{j}]", _OFF_DIAGONAL),
                (diagonal + different.replace("for } i", "for }i"), W, "a1[{i}]*(1 - a1[{i}])", _OFF_DIAGONAL),
                (off + same, W, "-a1[{i}]*a1[{j}]", _DIAGONAL)):
            cases.append(Public(f"case-{text[-12:]}-{verdict}", "test", "softmax", _SOFTMAX, text, ((verdict,),),
                                (Twin("value", _JACOBIAN, (member,), values),)))
    return cases


_BLACKKEYS = r'''
[notation]
indices = "ijkl"
loss = ["C"]
parameter = ["w_{k}"]
[notation.symbols]
"w_{ij}^{l}" = "W{l-1}[i-1, j-1]"
"a_{i}^{l}" = "a{l-1}[i-1]"
'''


def _arrow_update_cases() -> list[Public]:
    """w \\rightarrow w - \\eta dC/dw: the arrow an update's "becomes", in LaTeX and plain text."""
    cases = []
    for arrow in (r"\rightarrow", r"\to", "->"):
        for sign, verdict, member in (("-", C, "W1[2,1] - eta*grad"), ("+", W, "W1[2,1] + eta*grad")):
            text = f"w_k {arrow} w_k {sign} \\eta \\frac{{\\partial C}}{{\\partial w_k}}"
            cases.append(Public(f"arrow-{arrow}-{verdict}", "test", "nielsen", _BLACKKEYS, text, ((verdict,),),
                                (Twin("update", "W1[2,1]", (member,)),), param="W1[2,1]"))
        text = f"w^3_{{1,2}} {arrow} w^3_{{1,2}} - \\eta \\frac{{\\partial C}}{{\\partial w^3_{{1,2}}}}"
        cases.append(Public(f"arrow-named-{arrow}", "test", "nielsen", _BLACKKEYS, text, ((C,),),
                            (Twin("update", "W2[0,1]", ("W2[0,1] - eta*grad",)),)))
    return cases


_FIQLAB = r'''
[notation]
indices = "n"
[notation.symbols]
"t_{n}" = "y[n-1]"
"out_{hn}" = "a1[n-1]"
"net_{on}" = "z2[n-1]"
"out_{on}" = "a2[n-1]"
"w_{5}" = "W2[0, 0]"
"w_{6}" = "W2[0, 1]"
"b_{o}" = "b2"
"E_{on}" = "(y[n-1] - a2[n-1])**2/2"
'''


def _unicode_cases() -> list[Public]:
    """Unicode subscript and superscript digits, as a Unicode-typing student writes them."""
    net = "net_o1 = (w₅ · out_h1) + (w₆ · out_h2) + b_o"
    error = "(y[0] - a2[0])**2/2"
    return [Public("unicode-net", "test", "mazur", _FIQLAB, net, ((C,),),
                   (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,1]*a1[1] + b2",)),)),
            Public("unicode-net-wrong", "test", "mazur", _FIQLAB, net.replace("w₆", "w₅"), ((W,),),
                   (Twin("value", "z2[0]", ("W2[0,0]*a1[0] + W2[0,0]*a1[1] + b2",)),)),
            Public("unicode-error", "test", "mazur", _FIQLAB, "E_o1 = ½ (t₁ − out_o1)²", ((C,),),
                   (Twin("value", error, (error,)),)),
            Public("unicode-error-wrong", "test", "mazur", _FIQLAB, "E_o1 = ½ (t₁ − out_o1)³", ((W,),),
                   (Twin("value", error, ("-(y[0] - a2[0])**3/2",)),))]


_SAMPLES = r'''
[notation]
indices = "ijk"
loss = ["\\mathcal{L}"]
[notation.symbols]
"A_{j}^{[i]}" = "a{i}[j]"
"\\hat{y}_{i}" = "a2[0]"
"y_{i}" = "y[0]"
'''
_BCE = "-(y[0]*log(a2[0]) + (1 - y[0])*log(1 - a2[0]))"


def _entrywise_and_sample_cases() -> list[Public]:
    """A number over a vector entry by entry (sigma(x) of the input vector); a name whose only placeholder is a
    sample's (\\hat{y}_{i} = a2[0]) written without it is that quantity, not a vector of copies."""
    ks = ({"k": 0}, {"k": 1})
    cases = [Public("reciprocal", "test", "ng", _SAMPLES, r"\sigma(x) = \frac{1}{1 + e^{-x}}", ((C,),),
                    (Twin("value", "sigmoid(x[{k}])", ("1/(1 + exp(-x[{k}]))",), ks),)),
             Public("reciprocal-wrong", "test", "ng", _SAMPLES, r"\sigma(x) = \frac{1}{1 + e^{x}}", ((W,),),
                    (Twin("value", "sigmoid(x[{k}])", ("1/(1 + exp(x[{k}]))",), ks),))]
    right = r"\mathcal{L}(\hat{y}, y) = - \Big(y \log \hat{y} + (1-y)\log(1 - \hat{y})\Big)"
    cases.append(Public("sample-dropped", "test", "ng", _SAMPLES, right, ((C,),), (Twin("value", _BCE, (_BCE,)),)))
    cases.append(Public("sample-dropped-wrong", "test", "ng", _SAMPLES, right.replace("(1 - \\hat{y})", "(\\hat{y})"),
                        ((W,),), (Twin("value", _BCE, ("-(y[0]*log(a2[0]) + (1 - y[0])*log(a2[0]))",)),)))
    return cases


CASES = (_whole_array_cases() + _gradient_by_a_letter_cases() + _inner_product_cases() + _glued_digit_cases()
         + _case_cases() + _arrow_update_cases() + _unicode_cases() + _entrywise_and_sample_cases())


CHECKS = CaseChecks(NETWORKS)


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


_refusal = CHECKS.refused


def test_a_number_claimed_with_a_vector_is_never_correct():
    """A scalar left side with a whole vector or a column times a row on the right is refused for its shape."""
    assert "where the left side is a number" in _refusal("linear", _ADALINE, "z = w x^T")
    assert "where the left side is a number" in _refusal("ng", _layered("i"), r"J = A^{[1]}")
    assert "where the left side is a number" in _refusal("nielsen", _NIELSEN, r"C = \nabla_a C")


def test_a_rule_over_layers_refused_at_a_layer_that_exists_is_not_called_correct():
    """A^{[l]} = \\sigma(W^{[l]} A^{[0]} + b^{[l]}) holds at layer 1 only; at layer 2 its product does not fit.
    It used to be called correct, judged at layer 1 alone (a member that failed to read at some l dropped that
    l); now a layer that exists where the formula is refused keeps it from being correct (any layer letter)."""
    for letter in ("l", "i", "m"):
        text = f"A^{{[{letter}]}} = \\sigma(W^{{[{letter}]}} A^{{[0]}} + b^{{[{letter}]}})"
        assert "multiplies a 1 x 3 by a 2 x 1" in _refusal("ng", _layered(letter), text)


def test_glued_digits_that_two_patterns_name_are_refused():
    """E_y1 where the notation names both E_{y} and E_{y1}: which one is meant is a guess."""
    both = _MELFM + '"E_{y}" = "(y[0] - a2[0])**2/2"\n'
    assert "ambiguous" in _refusal("mazur", both, r"E_y1 = \frac{1}{2}(t_1 - \hat{y}_1)^2")


def test_a_case_alone_or_of_letters_the_rule_does_not_use_is_refused():
    assert "a case of index letters, not a claim" in _refusal("softmax", _SOFTMAX, "i = j")
    assert "names a letter its left side does not use" in _refusal(
        "softmax", _SOFTMAX, r"\frac{\partial a_j}{\partial z_i} = -a_i a_j, i \neq k")


def test_no_claim_comes_back_with_nothing_judged():
    """An arrow after an equation's member leaves nothing to judge: refused with its reason, never an empty claim."""
    assert "has nothing to judge" in _refusal("nielsen", _BLACKKEYS,
                                              r"\frac{\partial C}{\partial w^3_{1,1}} = a^3_1 \rightarrow a^3_2")
    assert "has nothing to judge" in _refusal("nielsen", _BLACKKEYS, r"a^3_1 \Rightarrow a^3_1 + 1", "W1[2,1]")


def test_every_unicode_script_digit_is_read():
    for digit in range(10):
        assert normalize_unicode("w" + chr(0x2080 + digit)) == f"w_{digit}"
    assert normalize_unicode("w₁₂ x") == "w_12 x"  # plain text: one subscript, read to the end of the word
    assert normalize_unicode("{w₁₂}") == "{w_{12}}"  # LaTeX: braced
    assert normalize_unicode("x⁽ⁱ⁾ + y⁻¹ + a²") == "x^{(i)} + y^{-1} + a^2"
    assert normalize_unicode("Wᵀx") == "W^Tx"


def test_the_ellipsis_that_leaves_out_terms_stays_refused():
    text = r"z^l_i = w^l_{i,1}a^{l-1}_1 + . \ldots + w^l_{i,m}a^{l-1}_m"
    assert "unexpected" in _refusal("nielsen", _BLACKKEYS, text)
