r"""Batch 102 of the public formulas showed constructs of functional languages, R and comment lines refused, each
written here as another author would (other names, other networks than the pages'): R's ``*`` entry by entry where the
line shows R (its ``<-``, its ``%*%``), also when a statement's ``;`` ends it; a comment line's list item or step,
its mark and its label before the formula (``- weightGrads: dV = ...``, ``2- bias gradient: db = ...``), a sentence's
words around the formula (``For this pairing deltaOut = ...``, ``... directly (no extra factor).``), and a name's
meaning in words in parentheses after it (``(h = outputs of the hidden layer, BEFORE update)``). A word the notation
names is never taken for prose: the line stays as written, and refused. Elixir's ``def act(z) do ... end`` (and ``def
act(z), do: ...``), Erlang's ``:math.exp`` and ``:math.pow`` in it, a local bound before the value; Euler's number as
code prints it, ``2.718281828459045``, the constant (a hair from it at fifty digits). Clojure's ``(defn NAME [x]
BODY)``, its prefix forms read as the infix ones (``(/ 1 (+ 1 (Math/exp (- x))))``, ``let``, ``inc``, ``;`` comments), a
primed name (``tanh'``) the activation's derivative word; a form that is no arithmetic (``if``, ``map``) refused.
Scala's placeholder lambda, ``out.map(1 - _)`` (``_ * (1 - _)``, two parameters in Scala, refused). A derivative word
the notation declares with a Greek letter in it, Julia's ``dφ(s) = ...`` (``functions = { "dφ" = "tanh' at input" }``),
one word, never d times φ; undeclared, still refused. A pattern of code's name with a subscript word and its index,
``"d_next[j]" = "delta2[j]"``: the name d_next the vector, its entry in a formula as code counts (``d_next[0]``, and
a sum's letter, ``\sum_j d_next[j] V[j][i]``).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_1, SIGMOID_2_3_2, TANH_2_2_SIGMOID_1
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-3-2": SIGMOID_2_3_2, "sigmoid-2-2-1": SIGMOID_2_2_1, "tanh-2-2-sigmoid-1": TANH_2_2_SIGMOID_1}
CHECKS = CaseChecks(NETWORKS)

# R's rows: h the hidden outputs, o the outputs, t the targets, V the output weights (input-first), dout and dhid
# the layers' dE/dnet
R_NOTATION = r'''
[notation]
indices = "q"
[notation.symbols]
"h" = "a1[:].T"
"o" = "a2[:].T"
"t" = "y[:].T"
"V" = "W2[:, :].T"
"dout" = "delta2[:].T"
"dhid" = "delta1[:].T"
'''
# a doc comment's names: out the outputs, target the targets, h the hidden outputs, deltaOut the output layer's
# dE/dnet, dV and db its weights' and biases' gradients
COMMENT_NOTATION = r'''
[notation]
indices = "q"
[notation.symbols]
"out" = "a2[:]"
"target" = "y[:]"
"h" = "a1[:]"
"deltaOut" = "delta2[:]"
"dV" = "grad(W2[:, :])"
"db" = "grad(b2[:])"
'''
# Elixir's functions of a unit's sum z: activate and squash the activations, slope tanh's derivative
ELIXIR_NOTATION = r'''
[notation]
functions = { activate = "tanh", squash = "sigmoid", slope = "tanh' at input" }
[notation.symbols]
"z" = "z1[0]"
'''
# Clojure's functions of a unit's sum x: activate tanh
CLOJURE_NOTATION = r'''
[notation]
functions = { activate = "tanh" }
[notation.symbols]
"x" = "z1[0]"
'''
# Julia's φ and dφ at a unit's sum s
GREEK_WORD_NOTATION = r'''
[notation]
functions = { "φ" = "tanh", "dφ" = "tanh' at input" }
[notation.symbols]
"s" = "z1[0]"
'''
# code's names with a subscript word and an index: the output layer's dE/dnet, its weights output-first, e_i
# dE/d(hidden output i)
NEXT_NOTATION = r'''
[notation]
indices = "ij"
[notation.symbols]
"d_next[j]" = "delta2[j]"
"V[j][i]" = "W2[j, i]"
"e_{i}" = "grad(a1[i])"
'''
_J2 = ({"j": 0}, {"j": 1})
_J3 = ({"j": 0}, {"j": 1}, {"j": 2})
_OUT = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_K2 = ({"k": 0}, {"k": 1})
_I3 = ({"i": 0}, {"i": 1}, {"i": 2})
_K2J3 = tuple({"k": k, "j": j} for k in range(2) for j in range(3))
_BACK = "(" + " + ".join(f"W2[{k},{{j}}]*" + _OUT.replace("{k}", str(k)) for k in range(2)) + ")"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # R's * entry by entry, the line ended by a statement's ; (the line shows R by its <-)
            ("r-entrywise", "dout <- (o - t) * o * (1 - o);", ((C,),),
             (Twin("gradient_z", "z2[{j}]", (_OUT.replace("{k}", "{j}"),), _J2),)),
            ("r-entrywise-wrong", "dout <- (o - t) * o * (1 + o);", ((W,),),
             (Twin("gradient_z", "z2[{j}]", ("(a2[{j}] - y[{j}])*a2[{j}]*(1 + a2[{j}])",), _J2),)),
            # %*% the matrix product, t() the transpose, * entry by entry after it
            ("r-matrix-then-entrywise", "dhid <- dout %*% t(V) * h * (1 - h);", ((C,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]*(1 - a1[{j}])",), _J3),)),
            ("r-matrix-then-entrywise-wrong", "dhid <- dout %*% t(V) * h;", ((W,),),
             (Twin("gradient_z", "z1[{j}]", (_BACK + "*a1[{j}]",), _J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", R_NOTATION, text, expected, twins))
    out, out_plus = _OUT, "(a2[{k}] - y[{k}])*a2[{k}]*(1 + a2[{k}])"
    for key, text, expected, twins in (
            # a list item's mark and its label before the formula, in a doc comment
            ("item-label", " * - outputDeltas: deltaOut = (out − target) ⊙ out ⊙ (1 − out)", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (out,), _K2),)),
            ("item-label-wrong", " * - outputDeltas: deltaOut = (out − target) ⊙ out ⊙ (1 + out)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (out_plus,), _K2),)),
            ("item-label-matrix", " * - weightGrads: dV = deltaOut · hᵀ   (summed over the batch)", ((C,),),
             (Twin("gradient", "W2[{k},{j}]", (out + "*a1[{j}]",), _K2J3),)),
            ("item-label-matrix-wrong", " * - weightGrads: dV = 2 · deltaOut · hᵀ", ((W,),),
             (Twin("gradient", "W2[{k},{j}]", ("2*" + out + "*a1[{j}]",), _K2J3),)),
            # a list item's dash after a doc comment's margin, no label: the bullet (a minus after it is the member's)
            ("margin-bullet", " * - db = deltaOut", ((C,),), (Twin("gradient", "b2[{k}]", (out,), _K2),)),
            ("margin-bullet-minus-wrong", " * - db = -deltaOut", ((W,),),
             (Twin("gradient", "b2[{k}]", ("-" + out,), _K2),)),
            # an algorithm's step, its number and a dash, and its words before the colon
            ("step-label", "  * 2- bias gradient: db = deltaOut", ((C,),),
             (Twin("gradient", "b2[{k}]", (out,), _K2),)),
            ("step-label-wrong", "  * 2- bias gradient: db = -deltaOut", ((W,),),
             (Twin("gradient", "b2[{k}]", ("-" + out,), _K2),)),
            # a sentence's words around the formula: opening it, and ending it (with a remark in parentheses)
            ("sentence-before", " * Under this pairing deltaOut = (out − target) ⊙ out ⊙ (1 − out)", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (out,), _K2),)),
            ("sentence-before-wrong", " * Under this pairing deltaOut = (target − out) ⊙ out ⊙ (1 − out)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("-" + out,), _K2),)),
            ("sentence-around", " * is then folded in and db = deltaOut directly (no extra factor).", ((C,),),
             (Twin("gradient", "b2[{k}]", (out,), _K2),)),
            ("sentence-around-wrong", " * is then folded in and db = -deltaOut directly (no extra factor).", ((W,),),
             (Twin("gradient", "b2[{k}]", ("-" + out,), _K2),)),
            # Scala's placeholder lambda in a map: the lambda of one parameter
            ("placeholder-map", "deltaOut = (out - target) * out * out.map(1 - _)", ((C,),),
             (Twin("gradient_z", "z2[{k}]", (out,), _K2),)),
            ("placeholder-map-wrong", "deltaOut = (out - target) * out * out.map(1 + _)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", (out_plus,), _K2),)),
            ("placeholder-map-scaled-wrong", "deltaOut = (out - target).map(_ * 2) * out * out.map(1 - _)", ((W,),),
             (Twin("gradient_z", "z2[{k}]", ("2*" + out,), _K2),)),
            # a name's meaning in words in parentheses after the formula
            ("meaning-after", " * dV = deltaOut · hᵀ   (h = outputs of the hidden layer, BEFORE update)", ((C,),),
             (Twin("gradient", "W2[{k},{j}]", (out + "*a1[{j}]",), _K2J3),)),
            ("meaning-after-wrong", " * dV = deltaOut · hᵀ · 2   (h = outputs of the hidden layer, BEFORE update)",
             ((W,),), (Twin("gradient", "W2[{k},{j}]", (out + "*a1[{j}]*2",), _K2J3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", COMMENT_NOTATION, text, expected, twins))
    tanh, sigmoid = "tanh(z1[0])", "sigmoid(z1[0])"
    for key, network, text, expected, twins in (
            ("elixir-local", "tanh-2-2-sigmoid-1", "def activate(z) do\n  t = :math.exp(2 * z)\n  (t - 1) / (t + 1)\nend",
             ((C,),), (Twin("value", tanh, ("(exp(2*z1[0]) - 1)/(exp(2*z1[0]) + 1)",)),)),
            ("elixir-local-wrong", "tanh-2-2-sigmoid-1",
             "def activate(z) do\n  t = :math.exp(2 * z)\n  (t - 1) / (t + 2)\nend",
             ((W,),), (Twin("value", tanh, ("(exp(2*z1[0]) - 1)/(exp(2*z1[0]) + 2)",)),)),
            ("elixir-derivative", "tanh-2-2-sigmoid-1", "  defp slope(z) do\n    1 - :math.pow(activate(z), 2)\n  end",
             ((C,),), (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)),
            ("elixir-derivative-wrong", "tanh-2-2-sigmoid-1", "  defp slope(z) do\n    1 - activate(z)\n  end",
             ((W,),), (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),)),
            ("elixir-one-line", "tanh-2-2-sigmoid-1", "def slope(z), do: 1 - :math.tanh(z) * :math.tanh(z)",
             ((C,),), (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0])",)),)),
            # Euler's number bound as code prints it, 2.718281828459045
            ("elixir-euler", "sigmoid-2-2-1", "def squash(z) do\n  e = 2.718281828459045\n  1 / (1 + :math.pow(e, -z))\nend",
             ((C,),), (Twin("value", sigmoid, ("1/(1 + 2.718281828459045**(-z1[0]))",)),)),
            ("elixir-euler-wrong", "sigmoid-2-2-1", "def squash(z) do\n  e = 2.718281828459045\n  1 / (1 + :math.pow(e, z))\nend",
             ((W,),), (Twin("value", sigmoid, ("1/(1 + 2.718281828459045**z1[0])",)),)),
            ("euler-printed", "sigmoid-2-2-1", "squash(z) = 1/(1 + 2.718281828459045^(-z))",
             ((C,),), (Twin("value", sigmoid, ("1/(1 + 2.718281828459045**(-z1[0]))",)),)),
            ("euler-short-wrong", "sigmoid-2-2-1", "squash(z) = 1/(1 + 2.718^(-z))",
             ((W,),), (Twin("value", sigmoid, ("1/(1 + 2.718**(-z1[0]))",)),))):
        cases.append(Public(key, "test", network, ELIXIR_NOTATION, text, expected, twins))
    for key, network, text, expected, twins in (
            ("clojure-defn", "sigmoid-2-2-1", "(defn sigmoid [x] (/ 1 (+ 1 (Math/exp (- x)))))", ((C,),),
             (Twin("value", sigmoid, ("1/(1 + exp(-z1[0]))",)),)),
            ("clojure-defn-wrong", "sigmoid-2-2-1", "(defn sigmoid [x] (/ 1 (+ 1 (Math/exp x))))", ((W,),),
             (Twin("value", sigmoid, ("1/(1 + exp(z1[0]))",)),)),
            ("clojure-comment", "sigmoid-2-2-1", "(defn sigmoid [x] ; the logistic\n  (/ 1.0 (+ 1.0 (Math/pow Math/E (- x)))))",
             ((C,),), (Twin("value", sigmoid, ("1/(1 + exp(-z1[0]))",)),)),
            ("clojure-primed", "tanh-2-2-sigmoid-1", "(defn tanh' [x] (- 1 (* (Math/tanh x) (Math/tanh x))))", ((C,),),
             (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])*tanh(z1[0])",)),)),
            ("clojure-primed-wrong", "tanh-2-2-sigmoid-1", "(defn tanh' [x] (- 1 (Math/tanh x)))", ((W,),),
             (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),)),
            ("clojure-let", "tanh-2-2-sigmoid-1",
             "(defn activate\n  \"tanh by its exponentials\"\n  [x]\n  (let [t (Math/exp (* 2 x))]\n    (/ (dec t) (inc t))))",
             ((C,),), (Twin("value", tanh, ("(exp(2*z1[0]) - 1)/(exp(2*z1[0]) + 1)",)),)),
            ("clojure-let-wrong", "tanh-2-2-sigmoid-1", "(defn activate [x] (let [t (Math/exp x)] (/ (dec t) (inc t))))",
             ((W,),), (Twin("value", tanh, ("(exp(z1[0]) - 1)/(exp(z1[0]) + 1)",)),))):
        cases.append(Public(key, "test", network, CLOJURE_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            ("greek-word", "dφ(s) = 1 - φ(s)^2", ((C,),), (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])**2",)),)),
            ("greek-word-wrong", "dφ(s) = 1 - φ(s)", ((W,),), (Twin("value", "1 - tanh(z1[0])**2", ("1 - tanh(z1[0])",)),)),
            ("greek-word-of-sum-wrong", "dφ(s) = 1 - s^2", ((W,),),
             (Twin("value", "1 - tanh(z1[0])**2", ("1 - z1[0]**2",)),))):
        cases.append(Public(key, "test", "tanh-2-2-sigmoid-1", GREEK_WORD_NOTATION, text, expected, twins))
    back_i = _BACK.replace("{j}", "{i}")
    for key, text, expected, twins in (
            ("entry-sum", " * e_i = Σ_j d_next[j] · V[j][i]   (V = weights from this layer to the next)", ((C,),),
             (Twin("value", back_i, (back_i,), _I3),)),
            ("entry-sum-wrong", "e_i = Σ_j d_next[j]", ((W,),),
             (Twin("value", back_i, ("(" + " + ".join(_OUT.replace("{k}", str(k)) for k in range(2)) + ")",), _I3),)),
            ("entry-numbers", "e_i = d_next[0] V[0][i] + d_next[1] V[1][i]", ((C,),),
             (Twin("value", back_i, (back_i,), _I3),)),
            ("entry-numbers-wrong", "e_i = d_next[0] V[0][i] + d_next[0] V[1][i]", ((W,),),
             (Twin("value", back_i, ("(W2[0,{i}] + W2[1,{i}])*" + _OUT.replace("{k}", "0"),), _I3),))):
        cases.append(Public(key, "test", "sigmoid-2-3-2", NEXT_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_statement_showing_both_languages_stays_refused():
    """``<-`` is R's and ``.*`` Octave's: the line shows both, and its ``*`` may be either product."""
    message = CHECKS.refused("sigmoid-2-3-2", R_NOTATION, "dout <- (o - t) .* o * (1 - o);")
    assert "reads as Octave's matrix product or as C's" in message


def test_octaves_statement_stays_octaves():
    """Without R's marks a ``;``-ended line may be Octave's, its ``*`` the matrix product: refused where they differ."""
    message = CHECKS.refused("sigmoid-2-3-2", R_NOTATION, "dout = (o - t) * o * (1 - o);")
    assert "reads as Octave's matrix product or as C's" in message


def test_a_word_alone_after_the_formula_stays_refused():
    """``db = deltaOut factor``: one word after an operand may be its factor, named nothing: refused, never dropped."""
    message = CHECKS.refused("sigmoid-2-3-2", COMMENT_NOTATION, " * is then folded in and db = deltaOut factor")
    assert "unknown symbol factor" in message


def test_words_the_notation_names_are_no_sentence():
    """``target minus out`` opening the line holds names of the notation's: no prose, the line as written."""
    message = CHECKS.refused("sigmoid-2-3-2", COMMENT_NOTATION, " * target given out deltaOut = (out − target)")
    assert "target" in message or "given" in message


def test_a_meaning_in_words_of_the_notations_names_stays():
    """``(h = out of the hidden layer)``: out is a name of the notation's, so the parenthesis may be a claim."""
    CHECKS.refused("sigmoid-2-3-2", COMMENT_NOTATION, " * dV = deltaOut · hᵀ   (h = out of hidden layer)")


def test_a_clojure_form_that_is_no_arithmetic_is_refused_by_name():
    """``(if ...)``, ``(map ...)``: no arithmetic of their arguments; refused naming the form."""
    message = CHECKS.refused("sigmoid-2-2-1", CLOJURE_NOTATION, "(defn relu [x] (if (> x 0) x 0))")
    assert "(if ...) is a form check does not read" in message
    message = CHECKS.refused("sigmoid-2-2-1", CLOJURE_NOTATION, "(defn act [x] (map sigmoid x))")
    assert "(map ...)" in message


def test_a_clojure_defn_of_several_bodies_is_refused():
    """Several arities, or a body of several forms: which is the value is not one form."""
    message = CHECKS.refused("sigmoid-2-2-1", CLOJURE_NOTATION, "(defn act [x] (println x) (sigmoid x))")
    assert "one body form" in message


def test_a_placeholder_written_twice_is_refused():
    """``out.map(_ * (1 - _))``: in Scala each _ is a parameter of its own, a function of two; never out (1 - out)."""
    message = CHECKS.refused("sigmoid-2-3-2", COMMENT_NOTATION, "deltaOut = (out - target) * out.map(_ * (1 - _))")
    assert "placeholder _ more than once" in message


def test_a_greek_word_the_notation_does_not_declare_stays_refused():
    """``dφ(s)`` where the notation gives only φ: d times φ(s), d naming nothing."""
    notation = GREEK_WORD_NOTATION.replace('functions = { "φ" = "tanh", "dφ" = "tanh\' at input" }', 'functions = { "φ" = "tanh" }')
    message = CHECKS.refused("tanh-2-2-sigmoid-1", notation, "dφ(s) = 1 - φ(s)^2")
    assert "unknown symbol d" in message

