"""Code and typography constructs the pages of batches 103 to 109 wrote and check refused, written here as other
authors would (other names, other networks than the pages'):

- Python's explicit line continuation, a backslash ending a line inside an unfinished statement (``err * out * \\``
  then ``(1 - out)`` on the next line, or PEP 8's ``a \\`` then ``* b``): one statement; after a finished member
  (a Markdown line break as well) refused in one line; the implicit continuation inside parentheses read as before;
- full-width punctuation typed inside a formula by Chinese and Japanese input methods (``dz = a*(1-a）``, ``f（x，y）``,
  ``＝``, ``－``): their ASCII forms; and a formula after words that deny it (``dz = a - y, not dz = a(1 - a)``, Chinese
  ``，而不是`` "rather than", ``rather than``, ``instead of``, ``nicht``): the denied formula is never judged as the
  author's claim; a line that denies a formula before any claim is refused;
- Ruby's blocks over a vector, ``e = output.map.with_index { |x, i| output[i] - target[i] }``
  (``.each_with_index.map``, ``.map { |o| ... }``, ``collect``, ``do ... end``): the vector whose entry i is the
  block's body, as JavaScript's ``output.map((o, i) => o - target[i])`` and Python's ``[output[i] - target[i] for i in
  range(n)]`` are read; an offset index (``with_index(1)``) or a plain map given two parameters is refused;
- Octave's prime after a matrix written with its layer in parentheses, ``(Theta (2) ' * d (3))``: the transpose of the
  layer's matrix the notation names (``\\Theta^{(l)}``), where the letter is no function; a vector so primed
  (``a (3) '``, a slope as often as a transpose) stays refused;
- code's running total of the loss whose term has no index letter to sum over: ``J += 0.5 * (out - y[i]) ** 2`` over
  the samples (``y[i]`` a letter the notation's pattern holds and its meaning does not), and ``error += 0.5 * g * g``
  in a network of one output: one term, the claim ``J = term``; over several outputs with no letter, still refused;
- a page's own colour macros, ``\\act{a_j^{(l)}}=\\sigma(\\act{z_j^{(l)}})``, ``\\err{\\delta_j^{(l)}}`` (the
  handout's ``\\newcommand{\\act}[1]{\\textcolor{blue}{#1}}`` not in the formula): a command check does not know, of
  one braced argument holding one whole symbol, is that symbol, unless its name is an operation's or a function's
  (``\\norm{w}``, ``\\abs{e}``, ``\\grad{L}``: refused) or its argument more than a symbol.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LOGISTIC_2, SIGMOID_2_1, SIGMOID_2_2, SIGMOID_2_2_1, SIGMOID_2_3_2
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "logistic-2": LOGISTIC_2,
    "sigmoid-2-1": SIGMOID_2_1,
    "sigmoid-2-2": SIGMOID_2_2,
    "sigmoid-2-2-1": SIGMOID_2_2_1,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# a hidden layer's error terms in NumPy (Udacity's names, shortened), one output
_TERMS = r'''
[notation]
[notation.symbols]
"out_term" = "-grad(z2[0])"
"hid_term" = "-grad(z1[:])"
"w_ho" = "W2[0, :]"
"h_out" = "a1[:]"
"o_out" = "a2[0]"
"t" = "y[0]"
'''
_J2 = ({"j": 0}, {"j": 1})
_OUT = "(y[0] - a2[0])*a2[0]*(1 - a2[0])"  # -dL/dz of the output
_HIDDEN = f"{_OUT}*W2[0,{{j}}]*a1[{{j}}]*(1 - a1[{{j}}])"  # -dL/dz of hidden unit j

# logistic regression's dz in Ng's letters (a Chinese or Japanese page's)
_DZ = r'''
[notation]
[notation.symbols]
"a" = "a1[0]"
"y" = "y[0]"
"dz" = "grad(z1[0])"
"dw" = "grad(W1[0, :])"
"x" = "x[:]"
'''

# two sigmoid outputs, their errors and slopes as vectors (Ruby's, JavaScript's and Python's arrays)
_VECTORS = r'''
[notation]
indices = "i"
[notation.symbols]
"output[i]" = "a1[i]"
"target[i]" = "y[i]"
"output" = "a1[:]"
"target" = "y[:]"
"err" = "a1[:] - y[:]"
"slope" = "-grad(z1[:])"
'''
_I2 = ({"i": 0}, {"i": 1})
_ERR = "a1[{i}] - y[{i}]"
_SLOPE = "(y[{i}] - a1[{i}])*a1[{i}]*(1 - a1[{i}])"

# Ng's course in Octave's letters (a Portuguese guide's): a(1) the input, Theta(l) the weights from layer l to l + 1,
# d(l) the error of layer l, the layer in parentheses after each letter
_OCTAVE = r'''
[notation]
indices = "l"
functions = { g = "sigmoid" }
[notation.symbols]
"a^{(1)}" = "x[:]"
"a^{(l)}" = "a{l-1}[:]"
"z^{(l)}" = "z{l-1}[:]"
"d^{(l)}" = "delta{l-1}[:]"
"\\Theta^{(l)}" = "W{l}[:, :]"
"y" = "y[:]"
'''
_J3 = tuple({"j": j} for j in range(3))
_BACK = " + ".join(f"W2[{k},{{j}}]*(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])" for k in range(2))
_D2 = f"({_BACK})*a1[{{j}}]*(1 - a1[{{j}}])"

# a running total of the loss in code, one sample's term (y[i]: sample i's target)
_TOTALS = r'''
[notation]
indices = "jk"
loss = ["J", "error"]
[notation.symbols]
"y[i]" = "y[0]"
"out" = "a1[0]"
"g" = "-grad(z1[0])"
"e" = "y[0] - a1[0]"
"t[j]" = "y[j]"
"o[j]" = "a1[j]"
'''
_HALF_SQUARE = "0.5*(a1[0] - y[0])**2"

# the handout's letters, each unit j of layer l
_HANDOUT = r'''
[notation]
indices = "jkl"
loss = ["\\mathcal{L}", "L"]
[notation.symbols]
"a_{j}^{(l)}" = "a{l}[j-1]"
"z_{j}^{(l)}" = "z{l}[j-1]"
"\\delta_{j}^{(l)}" = "delta{l}[j-1]"
"y" = "y[0]"
'''
_UNITS = tuple((layer, unit) for layer, units in ((1, 2), (2, 1)) for unit in range(units))
_ACTIVATIONS = tuple({"v": f"a{layer}[{unit}]", "m": f"sigmoid(z{layer}[{unit}])",
                      "s": f"sigmoid(z{layer}[{unit}])*(1 - sigmoid(z{layer}[{unit}]))"} for layer, unit in _UNITS)
_OUTPUT_DELTA = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"


def _cases() -> list[Public]:
    return [
        # ---- a backslash continuing a statement on the next line -------------------------------------------------
        Public("continued-after-operator", "test", "sigmoid-2-2-1", _TERMS,
               "    hid_term = out_term * w_ho * \\\n               h_out * (1 - h_out)", ((C,),),
               (Twin("value", _HIDDEN, (_HIDDEN,), _J2),)),
        Public("continued-before-operator", "test", "sigmoid-2-2-1", _TERMS,
               "out_term = (t - o_out) \\\n    * o_out * (1 - o_out)", ((C,),),
               (Twin("value", _OUT, (_OUT,)),)),
        Public("continued-wrong", "test", "sigmoid-2-2-1", _TERMS,
               "hid_term = out_term * w_ho * \\\n    (1 - h_out)", ((W,),),
               (Twin("value", _HIDDEN, (f"{_OUT}*W2[0,{{j}}]*(1 - a1[{{j}}])",), _J2),)),
        Public("continued-in-parentheses", "test", "sigmoid-2-2-1", _TERMS,
               "out_term = ((t - o_out) *\n            o_out * (1 - o_out))", ((C,),),
               (Twin("value", _OUT, (_OUT,)),)),
        # ---- full-width punctuation inside a formula ---------------------------------------------------------------
        Public("full-width-parenthesis", "test", "logistic-2", _DZ, "dz = a - y，dw = x（a - y）", ((C,), (C,)),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),
                Twin("value", "x[{i}]*(a1[0] - y[0])", ("x[{i}]*(a1[0] - y[0])",), ({"i": 0}, {"i": 1})))),
        Public("full-width-operators", "test", "logistic-2", _DZ, "dz ＝ a － y", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("full-width-closing-wrong", "test", "logistic-2", _DZ, "dz = a*(1-a）", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0]*(1 - a1[0])",)),)),
        # ---- a formula its words deny: never the author's claim ------------------------------------------------
        Public("denied-chinese-rather-than", "test", "logistic-2", _DZ, "我的看法：**dz = a - y**，而不是 dz = a*(1-a）",
               ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("denied-claim-wrong", "test", "logistic-2", _DZ, "dz = a*(1-a)，而不是 dz = a - y", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0]*(1 - a1[0])",)),)),
        Public("denied-not", "test", "logistic-2", _DZ, "so dz = a - y, not dz = a(1 - a)", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("denied-not-wrong", "test", "logistic-2", _DZ, "dz = a(1 - a), not a - y", ((W,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0]*(1 - a1[0])",)),)),
        Public("denied-rather-than-inline", "test", "logistic-2", _DZ, "We get $dz = a - y$ rather than $dz = y - a$.",
               ((C,),), (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("denied-german", "test", "logistic-2", _DZ, "dz = a - y, nicht dz = y - a", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        # phrases of the table without any of the short words: the denied formula dropped all the same
        Public("denied-spanish-en-lugar-de", "test", "logistic-2", _DZ, "dz = a - y en lugar de dz = y - a", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        Public("denied-german-anstelle-von", "test", "logistic-2", _DZ, "dz = a - y anstelle von dz = y - a", ((C,),),
               (Twin("value", "a1[0] - y[0]", ("a1[0] - y[0]",)),)),
        # ---- Ruby's blocks (and JavaScript's and Python's maps) over a vector with its index -------------------
        Public("ruby-map-with-index", "test", "sigmoid-2-2", _VECTORS,
               "\terr = output.map.with_index{ |x,i| output[i] - target[i] }", ((C,),),
               (Twin("value", _ERR, (_ERR,), _I2),)),
        Public("ruby-map-with-index-item", "test", "sigmoid-2-2", _VECTORS,
               "slope = output.map.with_index { |o, i| (target[i] - o) * o * (1 - o) }", ((C,),),
               (Twin("value", _SLOPE, (_SLOPE,), _I2),)),
        Public("ruby-each-with-index-do", "test", "sigmoid-2-2", _VECTORS,
               "slope = output.each_with_index.map do |o, i| (target[i] - o) * o * (1 - o) end", ((C,),),
               (Twin("value", _SLOPE, (_SLOPE,), _I2),)),
        Public("ruby-map-with-index-wrong", "test", "sigmoid-2-2", _VECTORS,
               "err = output.map.with_index { |o, i| target[i] - o }  # errors", ((W,),),
               (Twin("value", _ERR, ("y[{i}] - a1[{i}]",), _I2),)),
        Public("ruby-map-wrong", "test", "sigmoid-2-2", _VECTORS, "err = output.collect { |o| o - 1 }", ((W,),),
               (Twin("value", _ERR, ("a1[{i}] - 1",), _I2),)),
        Public("javascript-map-index", "test", "sigmoid-2-2", _VECTORS, "err = output.map((o, i) => o - target[i]);",
               ((C,),), (Twin("value", _ERR, (_ERR,), _I2),)),
        Public("python-comprehension-range", "test", "sigmoid-2-2", _VECTORS,
               "err = [output[i] - target[i] for i in range(2)]", ((C,),), (Twin("value", _ERR, (_ERR,), _I2),)),
        # ---- Octave's prime after a layer's matrix in parentheses ----------------------------------------------
        Public("octave-primed-layer-matrix", "test", "sigmoid-2-3-2", _OCTAVE,
               "d (2) = (Theta (2) ' * d (3)) .* a (2) .* (1 - a (2))", ((C,),), (Twin("value", _D2, (_D2,), _J3),)),
        Public("octave-primed-layer-matrix-alone", "test", "sigmoid-2-3-2", _OCTAVE,
               "d (2) = Theta (2) ' * d (3) .* a (2) .* (1 - a (2))", ((C,),), (Twin("value", _D2, (_D2,), _J3),)),
        Public("octave-primed-layer-matrix-wrong", "test", "sigmoid-2-3-2", _OCTAVE,
               "d (2) = (Theta (2) ' * d (3)) .* g (z (2))", ((W,),),
               (Twin("value", _D2, (f"({_BACK})*sigmoid(z1[{{j}}])",), _J3),)),
        # ---- a running total of the loss, one term -------------------------------------------------------------
        Public("total-over-samples", "test", "sigmoid-2-1", _TOTALS, "        J += 0.5 * (out - y[i]) ** 2", ((C,),),
               (Twin("value", _HALF_SQUARE, (_HALF_SQUARE,)),)),
        Public("total-over-samples-commented-wrong", "test", "sigmoid-2-1", _TOTALS, "    # J += (out - y[i]) ** 2",
               ((W,),), (Twin("value", _HALF_SQUARE, ("(a1[0] - y[0])**2",)),)),
        Public("total-one-output", "test", "sigmoid-2-1", _TOTALS, "error += 0.5 * e * e;", ((C,),),
               (Twin("value", _HALF_SQUARE, ("0.5*(y[0] - a1[0])*(y[0] - a1[0])",)),)),
        Public("total-one-output-wrong", "test", "sigmoid-2-1", _TOTALS, "At line number 708:  error += 0.5 * g * g.",
               ((W,),), (Twin("value", _HALF_SQUARE, ("0.5*((y[0] - a1[0])*a1[0]*(1 - a1[0]))**2",)),)),
        # ---- a page's colour macros around whole symbols ---------------------------------------------------------
        Public("colour-macro-both-sides", "test", "sigmoid-2-2-1", _HANDOUT,
               r"\act{a_j^{(l)}}=\sigma(\act{z_j^{(l)}})", ((C,),), (Twin("value", "{v}", ("{m}",), _ACTIVATIONS),)),
        Public("colour-macro-other-name", "test", "sigmoid-2-2-1", _HANDOUT,
               r"\( \hl{a_j^{(l)}} \;=\; \sigma(z_j^{(l)}) \)", ((C,),),
               (Twin("value", "{v}", ("{m}",), _ACTIVATIONS),)),
        Public("colour-macro-wrong", "test", "sigmoid-2-2-1", _HANDOUT,
               r"\act{a_j^{(l)}}=\sigma'(\act{z_j^{(l)}})", ((W,),), (Twin("value", "{v}", ("{s}",), _ACTIVATIONS),)),
        Public("colour-macro-delta", "test", "sigmoid-2-2-1", _HANDOUT,
               r"\err{\delta_1^{(2)}} \;=\; (a_1^{(2)} - y)\, a_1^{(2)} (1 - a_1^{(2)})", ((C,),),
               (Twin("value", _OUTPUT_DELTA, (_OUTPUT_DELTA,)),)),
        Public("colour-macro-delta-wrong", "test", "sigmoid-2-2-1", _HANDOUT,
               r"\err{\delta_1^{(2)}} = (a_1^{(2)} - y)\, \err{a_1^{(2)}}", ((W,),),
               (Twin("value", _OUTPUT_DELTA, ("(a2[0] - y[0])*a2[0]",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_backslash_after_a_finished_member_is_refused():
    """``a * (1 - a) \\`` then ``b = ...``: a statement continued, or Markdown's line break between two claims."""
    for text in ("out_term = (t - o_out) * o_out \\\n    (1 - o_out)",
                 "out_term = (t - o_out) * o_out * (1 - o_out) \\\nhid_term = out_term * w_ho"):
        assert "a backslash ends a line after a finished member" in CHECKS.refused("sigmoid-2-2-1", _TERMS, text)


def test_a_latex_row_break_is_no_continuation():
    """``\\\\`` ending a row stays TeX's row break: two claims."""
    case = Public("rows", "test", "sigmoid-2-2-1", _TERMS,
                  "out_term = (t - o_out) o_out (1 - o_out) \\\\\nhid_term = out_term w_ho h_out (1 - h_out)")
    assert CHECKS.verdicts(case) == (("correct",), ("correct",))


def test_a_formula_denied_before_any_claim_is_refused():
    """``not A = C, but A = B``, ``Instead of A = C, ...``, ``而不是 A = C``: the denied formula first, never judged."""
    for text in ("not dz = a(1 - a), but dz = a - y", "Instead of dz = a(1 - a), we use dz = a - y",
                 "而不是 dz = a*(1-a）"):
        assert "denies the formula after it" in CHECKS.refused("logistic-2", _DZ, text)


def test_a_negation_without_a_comma_is_no_denial():
    """``dz = a - y is not ...``: a sentence about the formula before; left to the reader (refused here)."""
    CHECKS.refused("logistic-2", _DZ, "dz = a - y is not dz = a(1 - a)")


def test_a_ruby_block_with_an_offset_index_or_a_pair_is_refused():
    """``with_index(1)`` counts from 1 (entry i is the body at i + 1); a plain map's ``|o, i|`` takes each entry
    apart: neither is the vector whose entry i is the body."""
    for text in ("err = output.map.with_index(1) { |o, i| o - target[i] }", "err = output.map { |o, i| o - target[i] }"):
        assert "a Ruby block check does not run" in CHECKS.refused("sigmoid-2-2", _VECTORS, text)


def test_a_primed_vector_with_its_layer_in_parentheses_stays_refused():
    """``a (3) '``: a vector primed, its slope as often as its transpose; and a matrix primed where its letter is a
    function of the notation is its derivative (g (z (2)) ' stays g's)."""
    assert "a prime after a parenthesis" in CHECKS.refused("sigmoid-2-3-2", _OCTAVE, "d (3) = (a (3) - y) .* a (3) '")


def test_a_total_without_a_letter_over_several_outputs_is_refused():
    """``error += 0.5 * e * e`` in a network of two outputs: over the outputs (e then one of them) or over the samples
    (e the only output's error): which loop is not said."""
    assert "adds one term of a sum" in CHECKS.refused("sigmoid-2-2", _TOTALS, "error += 0.5 * e * e")


def test_an_operators_macro_or_one_around_more_than_a_symbol_is_refused():
    """``\\norm{...}``, ``\\abs{...}``, ``\\grad{...}`` name operations; ``\\act{a + 1}`` wraps more than a symbol;
    ``\\act{z} = \\max(0, z)`` defines a function of z: each refused, never read as its argument."""
    for text, command in ((r"\norm{\delta_1^{(2)}} = (a_1^{(2)} - y)", r"\norm"),
                          (r"\abs{\delta_1^{(2)}} = a_1^{(2)} - y", r"\abs"),
                          (r"\gradL{\delta_1^{(2)}} = a_1^{(2)} - y", r"\gradL"),
                          (r"\act{a_1^{(2)}} = \act{z_1^{(2)} + 1}", r"\act"),
                          # the macro's argument bare on the right: a function's definition, \act(z) = max(0, z)
                          (r"\act{z_1^{(1)}} = \max(0, z_1^{(1)})", r"\act")):
        assert f"the command {command} is not part" in CHECKS.refused("sigmoid-2-2-1", _HANDOUT, text)
