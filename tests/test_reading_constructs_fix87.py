"""Batch 87's pages showed formulas served as images, object code's self. names, NumPy's one-sample slice of a name
given whole, and a rate's value stated beside a claim, refused; written here as other authors would (other names,
other networks than the pages'):

- a page's own image of a formula with its LaTeX in the alt text, ``![\\delta_1 = ...](../img/tex/3f.png)`` (and
  HTML's ``<img src="..." alt="...">``), read as the alt text's formula; an alt text without a TeX command is a
  picture's words, left as written (and so refused as any unreadable text);
- WordPress's LaTeX image, ``https://s0.wp.com/latex.php?latex=...`` (a form's + a space), read as its formula;
- a meaning combining slices each transposed, ``"self.err" = "a2[:].T - y[:].T"``, and a derivative function named
  by a dotted name, ``"self.sig_deriv" = "sigmoid' at input"``; a meaning transposing one slice and not the other
  refused;
- NumPy's ``targets[n:n+1]`` where the notation names ``targets`` whole as a row (samples as rows): the one sample;
  a name given whole as a column (the slice would take a unit) refused;
- a legend's entry after a claim, ``$\\eta = 0.1 \\cdots \\text{learning rate}$``: set aside, the claim judged.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from backprop.grading.document import equations
from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SIGMOID_2_3_2, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
    "sigmoid-2-3-2": SIGMOID_2_3_2,
}
CHECKS = CaseChecks(NETWORKS)

# a lecture's letters: a_k the outputs, t_k the targets, delta_k dE/d(output k's sum)
_LECTURE = r'''
[notation]
indices = "jk"
[notation.symbols]
"a_{k}" = "a2[k-1]"
"t_{k}" = "y[k-1]"
"\\delta_{k}" = "grad(z2[k-1])"
'''
_D1 = "(a2[0] - y[0])*a2[0]*(1 - a2[0])"
_D2 = "(a2[1] - y[1])*a2[1]*(1 - a2[1])"

# a class's attributes, rows (samples as rows): the output layer's sum, output, target, error and delta
_CLASS = r'''
[notation]
functions = { "self.sig" = "sigmoid", "self.sig_deriv" = "sigmoid' at input" }
[notation.symbols]
"self.z2" = "z2[:].T"
"self.out" = "a2[:].T"
"self.target" = "y[:].T"
"self.err" = "a2[:].T - y[:].T"
"self.d2" = "delta2[:].T"
'''
_K2 = ({"k": 0}, {"k": 1})
_DK = "(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"

# NumPy's rows: the targets of every sample as rows, sliced to the sample n
_ROWS = r'''
[notation]
[notation.symbols]
"targets" = "y[:].T"
"out" = "a2[:].T"
"out_delta" = "delta2[:].T"
'''

_WP = "https://s0.wp.com/latex.php?latex="


def _cases() -> list[Public]:
    return [
        Public("alt-text-image", "test", "sigmoid-2-2-2", _LECTURE,
               "![\\delta_1 = (a_1 - t_1) a_1 (1 - a_1)](../../img/tex/3/f/3f0c.png)", ((C,),),
               (Twin("value", _D1, (_D1,)),)),
        Public("alt-text-image-wrong", "test", "sigmoid-2-2-2", _LECTURE,
               "![\\delta_1 = (a_1 - t_1)\\times(1 - a_1)](../../img/tex/3/f/3f0d.png \"formula\")", ((W,),),
               (Twin("value", _D1, ("(a2[0] - y[0])*(1 - a2[0])",)),)),
        Public("alt-text-html-image", "test", "sigmoid-2-2-2", _LECTURE,
               '<img class="tex" src="/tex/9a.png" alt="\\delta_2 = (a_2 - t_2) a_2 (1 - a_2)" />', ((C,),),
               (Twin("value", _D2, (_D2,)),)),
        Public("wordpress-image", "test", "sigmoid-2-2-2", _LECTURE,
               f"![\\delta_2]({_WP}%5Cdelta_2+%3D+%28a_2+-+t_2%29+a_2+%281+-+a_2%29&bg=ffffff&fg=000000&s=0)",
               ((C,),), (Twin("value", _D2, (_D2,)),)),
        Public("wordpress-image-wrong", "test", "sigmoid-2-2-2", _LECTURE,
               f"![texto]({_WP}%5Cdelta_2+%3D+%28t_2+-+a_2%29+a_2+%281+-+a_2%29&bg=ffffff&s=0&zoom=2)",
               ((W,),), (Twin("value", _D2, ("(y[1] - a2[1])*a2[1]*(1 - a2[1])",)),)),
        Public("dotted-meaning-and-derivative", "test", "sigmoid-2-2-2", _CLASS,
               "self.d2 = self.err * self.sig_deriv(self.z2)", ((C,),), (Twin("value", _DK, (_DK,), _K2),)),
        Public("dotted-derivative-at-the-output-wrong", "test", "sigmoid-2-2-2", _CLASS,
               "self.d2 = self.err * self.sig_deriv(self.out)", ((W,),),
               (Twin("value", _DK, ("(a2[{k}] - y[{k}])*sigmoid(a2[{k}])*(1 - sigmoid(a2[{k}]))",), _K2),)),
        Public("one-sample-slice-of-rows", "test", "sigmoid-2-3-2", _ROWS,
               "out_delta = (out - targets[n:n+1]) * out * (1 - out)", ((C,),), (Twin("value", _DK, (_DK,), _K2),)),
        Public("one-sample-slice-of-rows-wrong", "test", "sigmoid-2-3-2", _ROWS,
               "out_delta = (targets[n:n+1] - out) * out * (1 - out)", ((W,),),
               (Twin("value", _DK, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)),
        Public("legend-after-update", "test", "tanh-two", TANH_2_1_NOTATION,
               "$v_1^{new} = v_1 - \\eta \\frac{\\partial E}{\\partial v_1}$, $\\eta = 0.1 \\cdots \\text{learning"
               " rate}$", ((C,),), (Twin("update", "W1[0,0]", ("W1[0,0] - eta*grad",)),)),
        Public("legend-after-update-wrong", "test", "tanh-two", TANH_2_1_NOTATION,
               "$v_1^{new} = v_1 + \\eta \\frac{\\partial E}{\\partial v_1}, \\quad \\eta = 0.1 \\ldots \\text{Lernrate}$",
               ((W,),), (Twin("update", "W1[0,0]", ("W1[0,0] + eta*grad",)),)),
    ]


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_an_image_whose_alt_text_is_words_is_left_as_written():
    """``![network diagram](net.png)``: no TeX command, a picture's words, not a formula."""
    refusal = CHECKS.refused("sigmoid-2-2-2", _LECTURE, "![delta one equals a one](../img/net.png)")
    assert "!" in refusal


def test_a_meaning_transposing_one_slice_and_not_the_other_is_refused():
    """``a2[:].T - y[:]`` (and the transposed one last, which was once read as the whole transposed): shapes apart."""
    for meaning in ('"a2[:].T - y[:]"', '"a2[:] - y[:].T"'):
        notation = _CLASS.replace('"a2[:].T - y[:].T"', meaning)
        refusal = CHECKS.refused("sigmoid-2-2-2", notation, "self.d2 = self.err * self.sig_deriv(self.z2)")
        assert "self.err" in refusal and "transposes some of its slices and not others" in refusal


def test_grade_reads_an_alt_text_image_as_its_formula():
    """A document's image of a formula with its LaTeX alt text is a chain grade reads, as check does."""
    text = "The output's delta:\n\n![\\delta_1 = (a_1 - t_1) a_1 (1 - a_1)](../img/tex/3f.png)\n"
    assert [chain.members for chain in equations(text).chains] == [["\\delta_1", "(a_1 - t_1) a_1 (1 - a_1)"]]


def test_a_one_sample_slice_of_a_column_given_whole_is_refused():
    """``"targets" = "y[:]"``, a column of two outputs: its first axis is the units', so [n:n+1] would take one."""
    refusal = CHECKS.refused("sigmoid-2-3-2", _ROWS.replace('"y[:].T"', '"y[:]"'),
                             "out_delta = (out - targets[n:n+1]) * out * (1 - out)")
    assert "samples' axis" in refusal and '"targets" = "y[:].T"' in refusal


def test_a_legend_entry_alone_is_not_set_aside():
    """The entry alone on its line is no setting beside a claim: left as written (and its ellipsis refused)."""
    CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "$\\eta = 0.1 \\cdots \\text{learning rate}$")
