"""Batch 101 of the public formulas showed typography general in documents refused, each written here as another
author would (other names, other networks than the pages'): knitr's printed output in R Markdown, ``##  n1 = 0.1000
h1 = 0.0997``, a line of ``name = number`` values after ``## `` (each value its own claim; a heading of words stays
one, and grade reads such a line as no heading); TeX's invisible boxes, ``\\vphantom{...}``, ``\\hphantom``,
``\\phantom``, ``\\mathstrut`` (dropped with their argument; ``\\smash``'s argument kept), and a sum sign alone under a
brace, ``\\underbrace{\\sum_k}_{\\text{...}}``, whose term follows it; Arabic prose after the Arabic comma or semicolon
that ends a formula, and a Markdown table row (a Gitea blame view's ``|  | ... | ||``) whose cell holds a list item's
``*`` and the formula, with Ng's ``Theta`` written as a word.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case carries its
twin, the formula transcribed by hand into symbols.md's names (a member written in numbers against the file's values,
tests/number_oracle.py).
"""

from __future__ import annotations

from backprop.grading.document import equations
from construct_checks import CaseChecks
from construct_networks import SOFTMAX_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    # a 2-2-1 network worked in numbers: x = (1, 2), two tanh units (n = 0.1, 1.4), a sigmoid output, y = 1
    "worked": '[[layer]]\ninputs = 2\nunits = 2\nactivation = "tanh"\nweights = [[0.4, -0.2], [0.3, 0.6]]\n'
              'biases = [0.1, -0.1]\n[[layer]]\nunits = 1\nactivation = "sigmoid"\nweights = [[0.5, -0.5]]\n'
              'biases = [0.2]\n[loss]\nname = "half_squared_error"\n[data]\nx = [[1.0, 2.0]]\ny = [[1.0]]\n',
    # softmax over three classes
    "softmax": SOFTMAX_2_3,
    # Ng's layers without biases: 2 -> 3 -> 2, sigmoid f
    "layers": '[[layer]]\ninputs = 2\nunits = 3\nactivation = "sigmoid"\nbias = "none"\n'
              '[[layer]]\nunits = 2\nactivation = "sigmoid"\nbias = "none"\n[loss]\nname = "half_squared_error"\n',
}
CHECKS = CaseChecks(NETWORKS)

# an R notebook's names: n1, n2 the hidden sums, h1, h2 their tanh, s and o the output's sum and sigmoid, E the loss
_WORKED = r'''
[notation]
loss = ["E"]
[notation.symbols]
"n1" = "z1[0]"
"n2" = "z1[1]"
"h1" = "a1[0]"
"h2" = "a1[1]"
"s" = "z2[0]"
"o" = "a2[0]"
"y" = "y[0]"
'''
# s_k the logits, q_k the softmax, t_k the one-hot label
_SOFTMAX = r'''
[notation]
indices = "km"
[notation.symbols]
"s_{k}" = "z1[k]"
"q_{k}" = "a1[k]"
"t_{k}" = "y[k]"
'''
# Ng's notation with other letters: v^{(1)} the input, v^{(l)} and u^{(l)} layer l's outputs and sums (layer 1 the
# input), \Theta^{(l)} the weights from layer l to l+1, f the sigmoid
_LAYERS = r'''
[notation]
indices = "l"
functions = { f = "sigmoid" }
[notation.symbols]
"v^{(1)}" = "x[:]"
"v^{(l)}" = "a{l-1}[:]"
"u^{(l)}" = "z{l-1}[:]"
"\\Theta^{(l)}" = "W{l}[:, :]"
'''
_LOSS = "0.5*(y[0] - a2[0])**2"
_CE = "-(t[0]*log(a1[0]) + t[1]*log(a1[1]) + t[2]*log(a1[2]))"
_SUM = "(exp(z1[0]) + exp(z1[1]) + exp(z1[2]))"
_K3 = tuple({"k": k} for k in range(3))


def _rules(kind: str, change: str = "") -> tuple:
    """Layers 2 and 3's units of the 2-3-2 network: {"v": the quantity, "m": its definition}; ``change`` "minus"
    for the sigmoid of the negative sum, "double" for twice the weighted sum."""
    sizes, values = (2, 3, 2), []
    for layer in (1, 2):
        before = "x" if layer == 1 else "a1"
        for n in range(sizes[layer]):
            if kind == "z":
                total = " + ".join(f"W{layer}[{n},{i}]*{before}[{i}]" for i in range(sizes[layer - 1]))
                values.append({"v": f"z{layer}[{n}]", "m": f"2*({total})" if change == "double" else total})
            else:
                values.append({"v": f"a{layer}[{n}]",
                               "m": f"sigmoid(-z{layer}[{n}])" if change == "minus" else f"sigmoid(z{layer}[{n}])"})
    return tuple(values)


def _cases() -> list[Public]:
    cases = []
    for key, text, expected, twins in (
            # knitr's output of cat(' n1 =', n1, ' h1 =', h1): two values, each a claim
            ("knitr-two", "##  n1 = 0.1000  h1 = 0.0997", ((C,), (C,)),
             (Twin("value", "z1[0]", ("=0.1000",)), Twin("value", "a1[0]", ("=0.0997",)))),
            ("knitr-second-wrong", "##  n2 = 1.4000  h2 = 0.8954", ((C,), (W,)),
             (Twin("value", "z1[1]", ("=1.4000",)), Twin("value", "a1[1]", ("=0.8954",)))),
            ("knitr-first-wrong", "## s = -0.1828 o = 0.4519", ((W,), (C,)),
             (Twin("value", "z2[0]", ("=-0.1828",)), Twin("value", "a2[0]", ("=0.4519",)))),
            ("knitr-one", "##  E = 0.1502", ((C,),), (Twin("value", _LOSS, ("=0.1502",)),)),
            ("knitr-one-wrong", "##  E = 0.1602", ((W,),), (Twin("value", _LOSS, ("=0.1602",)),)),
            # the chunk's code, then its output on the next line
            ("knitr-after-code", "h2 <- tanh(n2)\n##  n2 = 1.4000  h2 = 0.8854", ((C,), (C,), (C,)),
             (Twin("value", "a1[1]", ("tanh(z1[1])",)), Twin("value", "z1[1]", ("=1.4000",)),
              Twin("value", "a1[1]", ("=0.8854",))))):
        cases.append(Public(key, "test", "worked", _WORKED, text, expected, twins))
    for key, text, expected, twins in (
            # an invisible box beside the name under a brace, and one inside the fraction
            ("vphantom-softmax",
             r"$$ \underbrace{\vphantom{\frac{e^{s_k}}{\sum_m}}{q_k}}_{\text{class probability}} = "
             r"\frac{e^{s_k}}{\sum_m e^{s_m}\mathstrut} $$", ((C,),),
             (Twin("value", "a1[{k}]", (f"exp(z1[{{k}}])/{_SUM}",), _K3),)),
            ("hphantom-softmax-wrong", r"$$ q_k \hphantom{xx} = \frac{e^{-s_k}}{\sum_m e^{-s_m}} $$", ((W,),),
             (Twin("value", "a1[{k}]", ("exp(-z1[{k}])/(exp(-z1[0]) + exp(-z1[1]) + exp(-z1[2]))",), _K3),)),
            # a sum sign alone under its brace: its term the factors after it
            ("vphantom-sum-under-brace",
             r"$$ L = - \underbrace{\vphantom{\sum_k^n}\sum_k}_{\text{every class}} \overbrace{\vphantom{\sum_k^n}"
             r"t_k}^{\text{label}} \log\smash[b]{(q_k)} $$", ((C,),), (Twin("value", _CE, (_CE,)),)),
            ("vphantom-sum-under-brace-wrong",
             r"$$ L = - \underbrace{\vphantom{\sum_k^n}\sum_k}_{\text{every class}} t_k \log(1 - q_k) $$", ((W,),),
             (Twin("value", _CE, ("-(t[0]*log(1 - a1[0]) + t[1]*log(1 - a1[1]) + t[2]*log(1 - a1[2]))",)),)),
            ("phantom-sign", r"L = \phantom{-}- \sum_k t_k \log q_k", ((C,),), (Twin("value", _CE, (_CE,)),))):
        cases.append(Public(key, "test", "softmax", _SOFTMAX, text, expected, twins))
    for key, text, expected, twins in (
            # Arabic prose after the Arabic semicolon (and comma) that ends the formula, a layer's letter among it
            ("arabic-semicolon", "v (l) = f (u (l))؛ مصفوفة قيم العقد في الطبقة l", ((C,),),
             (Twin("value", "{v}", ("{m}",), _rules("a")),)),
            ("arabic-comma-wrong", "v (l) = f (-u (l))، مصفوفة قيم العقد في الطبقة l", ((W,),),
             (Twin("value", "{v}", ("{m}",), _rules("a", "minus")),)),
            # a Gitea blame view's table row around a list item, Ng's Theta as a word
            ("table-list-item", "|  | *   u (l) = Theta (l-1) v (l-1) | ||", ((C,),),
             (Twin("value", "{v}", ("{m}",), _rules("z")),)),
            ("table-list-item-wrong", "|  | *   u (l) = 2 Theta (l-1) v (l-1) | ||", ((W,),),
             (Twin("value", "{v}", ("{m}",), _rules("z", "double")),)),
            ("table-arabic", "| 3 | *   v (l) = f (u (l))؛ استناداً إلى مثال تدريب واحد | ||", ((C,),),
             (Twin("value", "{v}", ("{m}",), _rules("a")),))):
        cases.append(Public(key, "test", "layers", _LAYERS, text, expected, twins))
    return cases


CASES = _cases()


test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)


def test_a_heading_of_words_stays_refused():
    """``## Results``: a Markdown heading holding no value is no printed output (nothing to judge)."""
    assert "has no left side" in CHECKS.refused("worked", _WORKED, "## Results")


def test_printed_values_with_words_between_stay_refused():
    """``## n1 = 0.1000 and h1 = 0.0997``: words between the values, no line of knitr's values."""
    CHECKS.refused("worked", _WORKED, "## n1 = 0.1000 and h1 = 0.0997")


def test_a_printed_vector_without_names_stays_refused():
    """``## [1] 0.0997``: R's print of a value names nothing."""
    CHECKS.refused("worked", _WORKED, "## [1] 0.0997")


def test_a_braced_sum_after_a_fraction_stays_refused():
    """``\\frac{1}{2}{\\sum_k}``: a group after a fraction's arguments may be its argument; the sum sign alone stays a
    sign with no term."""
    assert "sum sign with no term" in CHECKS.refused("softmax", _SOFTMAX,
                                                     r"L = -\frac{1}{2}{\sum_k} t_k \log q_k")


def test_arabic_prose_holding_an_equation_stays_refused():
    """``v (l) = f (u (l))؛ حيث u (l) = ...``: the words after the semicolon hold a second equation (a condition or a
    claim of its own): kept whole, and the semicolon refused, rather than lose a claim."""
    message = CHECKS.refused("layers", _LAYERS, "v (l) = f (u (l))؛ حيث u (l) = Theta (l-1) v (l-1)")
    assert "\u061b" in message


def test_latin_prose_after_a_semicolon_that_may_say_more_stays_refused():
    """``v (l) = f (u (l)); not the values of layer l``: words of prose after a Latin semicolon are a remark
    (test_reading_constructs_fixleft), but not where they deny the formula or hold a number."""
    for text in ("v (l) = f (u (l)); not the values of layer l", "v (l) = f (u (l)); the values of layer 2"):
        CHECKS.refused("layers", _LAYERS, text)


def test_grade_reads_a_line_of_printed_values_as_no_heading():
    """R Markdown's output in a submission: ``##  n1 = 0.1000  h1 = 0.0997`` starts no section (a heading of words
    does), and, as every printed output and plain line outside mathematics, is no chain grade judges."""
    text = ("# Forward pass\n\n##  n1 = 0.1000  h1 = 0.0997\n\n$$ h_1 = \\tanh(n_1) $$\n\n## Results\n\n"
            "$$ E = \\frac{1}{2} (y - o)^2 $$\n")
    chains = equations(text).chains
    assert [(chain.section, chain.text) for chain in chains] == [
        ("Forward pass", "h_1 = \\tanh(n_1)"), ("Results", "E = \\frac{1}{2} (y - o)^2")]
