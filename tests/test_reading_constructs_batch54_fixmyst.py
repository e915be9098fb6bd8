"""Batches 53 and 54 of the public formulas showed a sum over the samples without bounds misread, and three
constructs refused, each written here as another author would (other names, other networks than the pages'): a
sum over the sample letter with no bounds, read as the one sample's term once the notation says "N" = "1"
(without it, right at one sample but not over N under the mean: refused, saying what to write); MyST's
```{math} fence, with or without its option lines (:label: ...); a Markdown table row whose bold cells of
words hold mentions ($\\delta_h$) before its formula cell; JavaScript's var, let and const before an assignment.
What stays refused: a mention that states a relation inside a cell of words; a semicolon after a member (named
a semicolon, no longer a comma).

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import SIGMOID_2_2_2, SOFTMAX_2_3, TANH_2_1, TANH_2_1_NOTATION
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "softmax-three": SOFTMAX_2_3,
    "tanh-two": TANH_2_1,
    "sigmoid-2-2-2": SIGMOID_2_2_2,
}
CHECKS = CaseChecks(NETWORKS)

# a classifier's page: d the data point, c the class, t its one-hot target, q its probabilities
_CLASSES = r'''
[notation]
indices = "dc"
[notation.symbols]
"t_{dc}" = "t[c]"
"q_{dc}" = "a1[c]"
'''
_ONE_SAMPLE = _CLASSES + '"N" = "1"\n'
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"

# a two-layer network's page: I the inputs, Hd the hidden outputs, Out the outputs, Tg the targets, D the deltas
_LAYERS = r'''
[notation]
indices = "jk"
[notation.symbols]
"x_{j}" = "x[j]"
"h_{j}" = "a1[j]"
"o_{k}" = "a2[k]"
"y_{k}" = "y[k]"
"\\delta_{k}" = "-grad(z2[k])"
'''
_K2 = ({"k": 0}, {"k": 1})
_DK = "-(a2[{k}] - y[{k}])*a2[{k}]*(1 - a2[{k}])"
_DK_TWIN = (Twin("value", _DK, ("(y[{k}] - a2[{k}])*a2[{k}]*(1 - a2[{k}])",), _K2),)
_DK_WRONG = (Twin("value", _DK, ("(y[{k}] - a2[{k}])*a2[{k}]",), _K2),)


def _cases() -> list[Public]:
    cases = [
        # "N" = "1": the sum over the sample letter is the one sample's term
        Public("sample-sum-one", "test", "softmax-three", _ONE_SAMPLE,
               r"L = -\sum_{d}\sum_{c} t_{dc} \log q_{dc}", ((C,),),
               (Twin("value", _CE, (_CE,)),)),
        Public("sample-sum-one-wrong", "test", "softmax-three", _ONE_SAMPLE,
               r"L = -\sum_{d}\sum_{c} t_{dc} q_{dc}", ((W,),),
               (Twin("value", _CE, ("-(t[0]*a1[0] + t[1]*a1[1] + t[2]*a1[2])",)),)),
        # wrong at one sample too: wrong, whatever the count
        Public("sample-sum-unbounded-wrong", "test", "softmax-three", _CLASSES,
               r"L = \sum_{d}\sum_{c} t_{dc} \log q_{dc}", ((W,),),
               (Twin("value", _CE, ("t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2])",)),)),
    ]
    for key, text, expected, twins in (
            # MyST's math directive, its option lines the fence's
            ("myst-fence", "```{math}\nh = \\tanh(v_1 x_1 + v_2 x_2 + c)\n```", ((C,),),
             (Twin("value", "a1[0]", ("tanh(W1[0,0]*x[0] + W1[0,1]*x[1] + b1[0])",)),)),
            ("myst-fence-label", "```{math}\n:label: eq-unit\n:nowrap:\nh = \\tanh(s) = \\sigma(s)\n```", ((C, W),),
             (Twin("value", "a1[0]", ("tanh(z1[0])", "sigmoid(z1[0])")),)),
            ("github-fence-label", "```math\n:label: eq-sum\ns = v_1 x_1 + c\n```", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + b1[0]",)),)),
            # JavaScript's declarations before an assignment
            ("js-var", "var h = tanh(s);", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),)),
            ("js-const-wrong", "  const s = v_1 * x_1 + v_2 * x_2;", ((W,),),
             (Twin("value", "z1[0]", ("W1[0,0]*x[0] + W1[0,1]*x[1]",)),)),
            ("js-let", "let h = tanh(s)", ((C,),), (Twin("value", "a1[0]", ("tanh(z1[0])",)),))):
        cases.append(Public(key, "test", "tanh-two", TANH_2_1_NOTATION, text, expected, twins))
    for key, text, expected, twins in (
            # a table row: a bold step number, a bold cell of words with a mention, the formula's cell
            ("table-bold-words",
             "| **A** | **Delta at the output ($\\delta_k$)** | $\\delta_k = (y_k - o_k) o_k (1 - o_k)$ |",
             ((C,),), _DK_TWIN),
            ("table-bold-words-wrong",
             "| **A** | **Delta at the output ($\\delta_k$)** | $\\delta_k = (y_k - o_k) o_k$ |",
             ((W,),), _DK_WRONG),
            ("table-words-between", "| $\\delta_k$ | the error term of $o_k$ | $= (y_k - o_k) o_k (1 - o_k)$ |",
             ((C,),), _DK_TWIN)):
        cases.append(Public(key, "test", "sigmoid-2-2-2", _LAYERS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_mention_stating_a_relation_in_a_cell_of_words_is_no_label():
    """``| **Delta ($\\delta_k = 0$)** | ... |``: the cell states an equation of its own, which would be lost."""
    CHECKS.refused("sigmoid-2-2-2", _LAYERS,
                   "| **A** | **Delta ($\\delta_k = 0$)** | $\\delta_k = (y_k - o_k) o_k (1 - o_k)$ |")


def test_a_semicolon_after_a_member_is_named_a_semicolon():
    """``h = tanh(s); c``: two statements or a product, the refusal naming the semicolon it stopped at."""
    message = CHECKS.refused("tanh-two", TANH_2_1_NOTATION, "h = tanh(s); c")
    assert "a semicolon after a member is no product" in message


def test_a_sample_sum_without_bounds_right_only_at_one_sample_is_refused_saying_what_to_write():
    """``L = -\\sum_d \\sum_c t_{dc} \\log q_{dc}``: the samples' total, right for the file's one sample, not their
    mean over N; which the page means nothing says."""
    message = CHECKS.refused("softmax-three", _CLASSES, r"L = -\sum_{d}\sum_{c} t_{dc} \log q_{dc}")
    assert "has no bound" in message and '"N" = "1"' in message and 'reduction = "sum"' in message
