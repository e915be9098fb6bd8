"""A KaTeX copy's rendered text before its TeX source, and the ranges of a rule's index written with it (batches 107
and 109), written here as other authors would (other names, other networks than the pages'):

- the rendering glued to the source with no blank between them, as 1cademy's and msmk's copies give it
  (``E=12(y−y^)2E = \\frac{1}{2}(y - \\hat{y})^2``): a hat shown as ``^`` after its letter, an en dash typed for the
  source's minus, a sum's sign the copy lost (``exp(zj)k=1Kexp(zk)``); dropped where the opening is the source's
  rendering in its order, and refused where the opening repeats the source's left side and relation, as a copy does,
  and yet shows other characters (a slip between the two, or a glyph the comparison does not know);
- the rendering spaced letter by letter, as CSDN's copies give it, with ``\\ell`` shown ℓ and ``\\ldots`` shown …;
- a page's typo, a letter defined nowhere, stays refused (now by the source's own letter);
- a range of the rule's index after it, ``i = 1, \\ldots, n`` (or a clause of its own before it, ``for each layer
  l = L-1, L-2, ..., 2``): the rule judged at those values only, as ``--when`` restricts it (the values from the
  notation's numbers, ``"n" = "2"``, and L the output layer); refused where it names a letter the rule does not
  have, a value the rule has none at, or a bound the notation gives no number.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.symbolic.claim_ranges import ranges_after
from backprop.symbolic.typography_rendered import without_rendered_copy
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_1, SIGMOID_2_2, SIGMOID_2_3_2, SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"sigmoid-2-1": SIGMOID_2_1, "sigmoid-2-2": SIGMOID_2_2, "sigmoid-2-3-2": SIGMOID_2_3_2,
            "softmax-2-3": SOFTMAX_2_3}
CHECKS = CaseChecks(NETWORKS)

# one sigmoid output: y the target, \hat{y} the output, E half the squared error, w_{jk} the weights
_ONE = r'''
[notation]
indices = "jk"
loss = ["E"]
[notation.symbols]
"y" = "y[0]"
"\\hat{y}" = "a1[0]"
"w_{jk}" = "W1[j-1, k-1]"
'''
_JK = tuple({"j": j, "k": k} for j in range(1) for k in range(2))

# a softmax layer of three classes: z_j its inputs, t_j the one-hot targets, K the classes' count, L the loss
_SOFTMAX = r'''
[notation]
indices = "jk"
loss = ["L"]
[notation.symbols]
"z_{j}" = "z1[j-1]"
"t_{j}" = "t[j-1]"
"K" = "3"
'''
_SOFTMAX_J = "exp(z1[{j}])/(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_J3 = tuple({"j": j} for j in range(3))

# two sigmoid outputs: a_i the outputs, t_i the targets, \ell their count
_TWO = r'''
[notation]
indices = "i"
loss = ["L"]
[notation.symbols]
"a_{i}" = "a1[i-1]"
"t_{i}" = "y[i-1]"
"\\ell" = "2"
'''
_HALF_SQUARED = "0.5*((y[0] - a1[0])**2 + (y[1] - a1[1])**2)"

# one sigmoid layer: w_{ij} from input i to unit j, w_{0j} the bias (no x_0 named: the rule's x_i has no i = 0)
_WEIGHTS = r'''
[notation]
indices = "ij"
loss = ["E"]
[notation.symbols]
"x_{i}" = "x[i-1]"
"w_{0j}" = "b1[j-1]"
"w_{ij}" = "W1[j-1, i-1]"
"\\delta_{j}" = "delta1[j-1]"
"n" = "2"
"m" = "2"
'''
_DELTA = "(a1[{j}] - y[{j}])*a1[{j}]*(1 - a1[{j}])"
_IJ = tuple({"i": i, "j": j} for i in range(2) for j in range(2))

# layers counted from the input (a^{1} = x), L the output: the hidden layer is l = 2 = L - 1
_LAYERS = r'''
[notation]
indices = "l"
loss = ["E"]
[notation.symbols]
"a^{1}" = "x[:]"
"a^{l}" = "a{l-1}[:]"
"z^{l}" = "z{l-1}[:]"
"W^{l}" = "W{l-1}[:, :]"
"\\delta^{l}" = "delta{l-1}[:]"
'''
_D2 = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_BACK = " + ".join(f"W2[{k},{{j}}]*{_D2.replace('{k}', str(k))}" for k in range(2))
_HIDDEN = tuple({"t": f"({_BACK.replace('{j}', str(j))})*a1[{j}]*(1 - a1[{j}])",
                 "w": f"({_BACK.replace('{j}', str(j))})*sigmoid(z1[{j}])"} for j in range(3))


def _cases() -> list[Public]:
    return [
        # ---- the rendering glued to its source ----------------------------------------------------------------
        Public("glued-hat", "test", "sigmoid-2-1", _ONE, r"E=12(y−y^)2E = \frac{1}{2}(y - \hat{y})^2", ((C,),),
               (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] - a1[0])**2",)),)),
        Public("glued-hat-wrong", "test", "sigmoid-2-1", _ONE, r"E=12(y+y^)2E = \frac{1}{2}(y + \hat{y})^2", ((W,),),
               (Twin("value", "0.5*(y[0] - a1[0])**2", ("0.5*(y[0] + a1[0])**2",)),)),
        Public("glued-en-dash", "test", "sigmoid-2-1", _ONE,
               r"wjk=wjk−η∂E∂wjkw_{jk} = w_{jk} – \eta \frac{\partial E}{\partial w_{jk}}", ((C,),),
               (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] - eta*grad",), _JK),)),
        Public("glued-en-dash-wrong", "test", "sigmoid-2-1", _ONE,
               r"wjk=wjk+η∂E∂wjkw_{jk} = w_{jk} + \eta \frac{\partial E}{\partial w_{jk}}", ((W,),),
               (Twin("update", "W1[{j},{k}]", ("W1[{j},{k}] + eta*grad",), _JK),)),
        Public("glued-lost-sum", "test", "softmax-2-3", _SOFTMAX,
               r"zjL=exp(zj)k=1Kexp(zk)tj\partial_{z_j} L = \frac{\exp(z_j)}{\sum_{k=1}^K \exp(z_k)} - t_j", ((C,),),
               (Twin("value", "a1[{j}] - t[{j}]", (f"{_SOFTMAX_J} - t[{{j}}]",), _J3),)),
        Public("glued-lost-sum-wrong", "test", "softmax-2-3", _SOFTMAX,
               r"zjL=exp(zj)k=1Kexp(zk)+tj\partial_{z_j} L = \frac{\exp(z_j)}{\sum_{k=1}^K \exp(z_k)} + t_j", ((W,),),
               (Twin("value", "a1[{j}] - t[{j}]", (f"{_SOFTMAX_J} + t[{{j}}]",), _J3),)),
        # ---- the rendering spaced letter by letter, \ell and \ldots among its glyphs ------------------------------
        Public("spaced-ell", "test", "sigmoid-2-2", _TWO,
               r"L = 1 2 ∑ i = 1 ℓ ( t i − a i ) 2 L=\frac{1}{2} \sum_{i=1}^{\ell}\left(t_{i}-a_{i}\right)^{2}",
               ((C,),), (Twin("value", _HALF_SQUARED, (_HALF_SQUARED,)),)),
        Public("spaced-ell-wrong", "test", "sigmoid-2-2", _TWO,
               r"L = ∑ i = 1 ℓ ( t i − a i ) 2 L=\sum_{i=1}^{\ell}\left(t_{i}-a_{i}\right)^{2}", ((W,),),
               (Twin("value", _HALF_SQUARED, ("(y[0] - a1[0])**2 + (y[1] - a1[1])**2",)),)),
        # ---- a range after the rule: judged at its values only (a sum's letter's range to its count a remark) ----
        Public("range-of-a-sums-letter", "test", "sigmoid-2-2", _TWO,
               r"L = \frac{1}{2} \sum_{i} (t_i - a_i)^2, \quad i = 1, \ldots, \ell", ((C,),),
               (Twin("value", _HALF_SQUARED, (_HALF_SQUARED,)),)),
        Public("range-weights", "test", "sigmoid-2-2", _WEIGHTS,
               r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_i, \quad i = 1, \ldots, n ; \; j = 1, 2, \ldots, m",
               ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_DELTA}*x[{{i}}]",), _IJ),)),
        Public("range-weights-blank-wrong", "test", "sigmoid-2-2", _WEIGHTS,
               r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_j i=1,2, \ldots, n", ((W,),),
               (Twin("gradient", "W1[{j},{i}]", (f"{_DELTA}*x[{{j}}]",), _IJ),)),
        Public("range-line-after", "test", "sigmoid-2-2", _WEIGHTS, "dE/dw_{ij} = delta_j * x_i\nfor i = 1, 2, ..., n",
               ((C,),), (Twin("gradient", "W1[{j},{i}]", (f"{_DELTA}*x[{{i}}]",), _IJ),)),
        Public("range-display-after-wrong", "test", "sigmoid-2-2", _WEIGHTS,
               "$$\\frac{\\partial E}{\\partial w_{ij}} = \\delta_j x_j$$\n$$i = 1, 2, \\ldots, n$$", ((W,),),
               (Twin("gradient", "W1[{j},{i}]", (f"{_DELTA}*x[{{j}}]",), _IJ),)),
        Public("range-numbers", "test", "sigmoid-2-2", _WEIGHTS,
               r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_i \text{ for } i = 1, 2", ((C,),),
               (Twin("gradient", "W1[{j},{i}]", (f"{_DELTA}*x[{{i}}]",), _IJ),)),
        Public("range-layer-clause", "test", "sigmoid-2-3-2", _LAYERS,
               "Then, for every layer l = L-1, L-2, ..., 2, compute its error term: δˡ = ((Wˡ⁺¹)ᵀ δˡ⁺¹) ⊙ σ'(zˡ).", ((C,),),
               (Twin("value", "{t}", ("{t}",), _HIDDEN),)),
        Public("range-layer-for", "test", "sigmoid-2-3-2", _LAYERS,
               r"\delta^{l} = ((W^{l+1})^T \delta^{l+1}) \odot \sigma'(z^{l}), \text{for } l = L-1, \ldots, 2", ((C,),),
               (Twin("value", "{t}", ("{t}",), _HIDDEN),)),
        Public("range-layer-after-wrong", "test", "sigmoid-2-3-2", _LAYERS,
               r"\delta^{l} = ((W^{l+1})^T \delta^{l+1}) \odot \sigma(z^{l}), \quad l = L-1, \ldots, 2", ((W,),),
               (Twin("value", "{t}", ("{w}",), _HIDDEN),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_glued_opening_that_is_not_the_sources_rendering_is_refused():
    """The opening repeats the source's left side and relation, as a copy does, but shows a 3 where the source
    renders a 2, or a hat where the source has none: which text is the formula is unproven."""
    refusal = CHECKS.refused("sigmoid-2-1", _ONE, r"E=12(y−y^)3E = \frac{1}{2}(y - \hat{y})^2")
    assert "is not its rendering" in refusal and "'3'" in refusal and "keep the TeX source alone" in refusal
    refusal = CHECKS.refused("sigmoid-2-1", _ONE, r"E=12(y−y^)2E = \frac{1}{2}(y - y)^2")
    assert "is not its rendering" in refusal
    refusal = CHECKS.refused("sigmoid-2-1", _ONE, r"wjk=wjk−η∂E∂wjkw_{jk} = w_{jk} – \eta \frac{\partial E}{\partial w_{kj}}")
    assert "is not its rendering" in refusal


def test_a_typo_in_both_copies_is_refused_by_its_letter():
    """A letter the notation defines nowhere, s for t, in the rendering and the source alike: the copy is dropped,
    and the source refused for the letter."""
    refusal = CHECKS.refused("sigmoid-2-2", _TWO, r"L = 1 2 ∑ i = 1 ℓ ( s i − a i ) 2 L=\frac{1}{2} \sum_{i=1}^{\ell}"
                                                  r"\left(s_{i}-a_{i}\right)^{2}")
    assert "unknown symbol s" in refusal


def test_text_that_is_no_copy_is_left_as_written():
    """A power, a product or a second claim before the TeX markup is no rendering: the line stays as written."""
    for line in (r"E=mc^2", r"y=x\cdot w", r"a = b, \quad a = \frac{1}{2}", r"x^2=y\frac{1}{2}"):
        assert without_rendered_copy(line) == line
    assert without_rendered_copy(r"E=12(y−y^)2E = \frac{1}{2}(y - \hat{y})^2") == r"E = \frac{1}{2}(y - \hat{y})^2"


def test_a_range_is_what_makes_a_rule_readable_where_its_other_values_name_nothing():
    """w_{ij} at i = 0 is the bias, where x_0 names nothing: without the range the rule is refused there."""
    CHECKS.refused("sigmoid-2-2", _WEIGHTS, r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_i")


def test_a_range_of_a_letter_the_rule_does_not_have_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2", _WEIGHTS, r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_i, \quad i = 1,"
                                                      r" \ldots, n ; \quad \kappa = 1, 2, \ldots, m")
    assert "the range \\kappa = 1, 2, ..., m is of \\kappa, which is no index letter" in refusal


def test_a_range_past_the_networks_values_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2", _WEIGHTS,
                             r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_i, \quad i = 1, 2, \ldots, 4")
    assert "names i = 3, at which the rule names nothing" in refusal


def test_a_range_to_a_bound_without_a_number_is_refused():
    """``i = 1, \\ldots, p - 1``: which values p - 1 leaves out is unknown where the notation gives p no number (``i
    = 1, \\ldots, p``, every value, stays a remark)."""
    refusal = CHECKS.refused("sigmoid-2-2", _WEIGHTS,
                             r"\frac{\partial E}{\partial w_{ij}} = \delta_j x_i, \quad i = 1, \ldots, p - 1")
    assert "names p, to which the notation gives no number" in refusal


def test_a_range_before_no_formula_is_refused():
    refusal = CHECKS.refused("sigmoid-2-2", _WEIGHTS, "for each i = 1, 2, ..., n")
    assert "before no formula" in refusal


def test_ranges_are_sought_in_a_rows_end_only():
    """A row of thousands of characters is searched for ranges in its last characters only (the search grows with
    the square of the text's length): a hostile row costs no more than a short one."""
    row = "w = " + "i=1,2," * 2000
    assert ranges_after(row)[1] and len(ranges_after(row)[0]) > 11_000
    assert ranges_after("y = " + "a=1,2," * 2000 + "q") == ("y = " + "a=1,2," * 2000 + "q", ())
