"""The pages of blind batch 65 showed constructs refused or misread, each written here as another author would
(other names, other networks than the pages'): KaTeX's rendered text glued before its TeX source (``h=tanh(s)h =
\\tanh(s)``: a copy of the source's visible characters, dropped); plain TeX's aligned blocks (``\\eqalign{ A &= B
\\cr &= C }``, ``\\eqalignno`` with its rows' numbers, ``\\displaylines``); two dots between plus signs for the
omitted terms of a sum (``v_1 x_1 + .. + c``); words before a plain-text formula, one of them hyphenated (``the
S-curve h = ...``); the ideographic full stop and comma (``h = tanh(s)。``).
What stays refused: an ``\\eqalignno`` whose third column is no number. An opening that is no copy of the source
(``h=tanh(2s)h = \\tanh(s)``) is read as before. A lone word of Han or kana beside a formula (``h = tanh(s)
出力``, ``输出为h = ...``) stays refused: notations name such words (出力, 重みw), so it may be a factor.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {"tanh-two": TANH_2_1}
CHECKS = CaseChecks(NETWORKS)

_S = "W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0]"
_E = "0.5*(a1[0] - y[0])**2"


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # KaTeX's rendered text glued before its TeX source (a copy of the page): the rendering, recognised as a
            # copy of the source's visible characters (a minus, ∂ or a product's dot lost), is layout; the source is read
            ("rendered-copy", r"h=tanh(s)h = \tanh(s)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("rendered-copy-wrong", r"h=σ(s)h = \sigma(s)", ((W,),), (Twin("value", "a1[0]", ("sigmoid(z1[0])",)),)),
            ("rendered-copy-lost-minus", r"E=12(ht)2E = \frac{1}{2}(h - t)^2", ((C,),),
             (Twin("value", _E, (_E,)),)),
            ("rendered-copy-derivative",
             r"Ev1=Eh(1h2)x1\frac{\partial E}{\partial v_1} = \frac{\partial E}{\partial h} \cdot (1 - h^2) x_1",
             ((C,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0]**2)*x[0]",)),)),
            ("rendered-copy-derivative-wrong",
             r"Ev1=Eh(1h)x1\frac{\partial E}{\partial v_1} = \frac{\partial E}{\partial h} \cdot (1 - h) x_1",
             ((W,),), (Twin("gradient", "W1[0,0]", ("(a1[0] - y[0])*(1 - a1[0])*x[0]",)),)),
            ("rendered-copy-two-claims", r"s=v1x1+v2x2+ch=tanh(s)s = v_1 x_1 + v_2 x_2 + c \qquad h = \tanh(s)",
             ((C,), (C,)), (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            # the ideographic full stop and comma are punctuation (the sentence's words, two or more, as before)
            ("ideographic-stop", "。所以 隐藏单元的 输出为 h = tanh(s)。", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("ideographic-stop-after", "h = tanh(s)。", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("ideographic-comma-wrong", "因此 隐藏单元的 输出为 h=tanh(2s)，", ((W,),),
             (Twin("value", "a1[0]", ("tanh(2*z1[0])",)),)),
            # plain TeX's \eqalign: & alignment marks, \cr row ends, as an aligned environment's rows
            ("eqalign", r"$$\eqalign{ E &= \frac{1}{2}(h - t)^2 \cr &= \frac{1}{2}(\tanh(s) - t)^2 \cr }$$",
             ((C, C),), (Twin("value", _E, ("0.5*(a1[0] - y[0])**2", "0.5*(tanh(z1[0]) - y[0])**2")),)),
            ("eqalign-wrong", r"\eqalign{ E &= \frac{1}{2}(h - t)^2 \cr &= \frac{1}{2}(\tanh(s) + t)^2 }",
             ((C, W),), (Twin("value", _E, ("0.5*(a1[0] - y[0])**2", "0.5*(tanh(z1[0]) + y[0])**2")),)),
            # (rows ended by LaTeX's \\ inside it, as pages mixing the two write)
            ("eqalign-latex-rows", r"\eqalign{ h &= \tanh(s) \\ &= \tanh(v_1 x_1 + v_2 x_2 + c) \\ }", ((C, C),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", f"tanh({_S})")),)),
            # \eqalignno: the third column the row's number, no factor
            ("eqalignno", r"$$\eqalignno{ s &= v_1 x_1 + v_2 x_2 + c &(3)\cr h &= \tanh(s) &(4)\cr }$$",
             ((C,), (C,)), (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            ("eqalignno-wrong", r"$$\eqalignno{ s &= v_1 x_1 + v_2 x_2 + c &(3)\cr h &= \tanh(2 s) &(4)\cr }$$",
             ((C,), (W,)), (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(2*z1[0])",)))),
            ("displaylines", r"\displaylines{ s = v_1 x_1 + v_2 x_2 + c \cr h = \tanh(s) }", ((C,), (C,)),
             (Twin("value", "z1[0]", (_S,)), Twin("value", "a1[0]", ("tanh(z1[0])",)))),
            # two dots between plus signs: the omitted terms, as \ldots reads (the last term of another shape)
            ("two-dots", "s = v_1 x_1 + .. + v_2 x_2 + c", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("two-dots-glued", "s=v_1x_1+v_2x_2+..+c", ((C,),), (Twin("value", "z1[0]", (_S,)),)),
            ("two-dots-wrong", "s = 2 v_1 x_1 + 2 v_2 x_2 + .. + c", ((W,),),
             (Twin("value", "z1[0]", ("2*W1[0,0]*x[0] + 2*W1[0,1]*x[1] + b1[0]",)),)),
            # words before a plain-text formula, one of them hyphenated: prose
            ("hyphenated-word-before", "the tanh-shaped output h = tanh(s)", ((C,),),
             (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("one-letter-compound-before", "so the S-curve h = 1 / (1 + e^(-s))", ((W,),),
             (Twin("value", "a1[0]", ("1/(1 + exp(-z1[0]))",)),)),
            ("one-letter-compound-before-right", "the S-curve h = (e^(s) - e^(-s)) / (e^(s) + e^(-s))", ((C,),),
             (Twin("value", "a1[0]", ("(exp(z1[0]) - exp(-z1[0]))/(exp(z1[0]) + exp(-z1[0]))",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_numbered_block_whose_third_column_is_no_number_stays_refused():
    """``\\eqalignno{ h &= \\tanh(s) & 2 s \\cr }``: what the third column is, a number or a term, is a guess."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, r"\eqalignno{ h &= \tanh(s) & 2 s \cr }")


def test_a_lone_wide_word_beside_a_formula_stays_refused():
    """``h = tanh(s) 出力``: a notation may name 出力, so the word may be a factor (tanh(s) times it)."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = tanh(s) 出力")
