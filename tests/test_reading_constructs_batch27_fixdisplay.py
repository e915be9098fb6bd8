"""How a document writes its mathematics, the constructs held-out batches 27 and 28 of the public formulas showed
missing, each written as another author would (other names, other networks than the pages'): kramdown's escaped
display delimiters ``\\\\[ ... \\\\]`` (a Jekyll page's, Markdown leaving one backslash); a note in words after the
closing delimiter (``$$ ... $$ -- a note``) and a label in words ended by a colon inside the math before the claim;
a worked example's label naming the left side (``**Compute $o$:** $1.5 \\times 2.0 + ... = 3.5$``); the rule's
range over all its letter's values written after it (``(1 \\le k \\le K)``); ``frac{a}{b}`` and ``sqrt{x}`` copied
without their backslash; and an unknown name one letter from an activation's (refused, saying which it meant).
Each case is judged right where the formula is right and wrong where one thing is changed.

Every verdict asserted here is the PyTorch oracle's (tests/test_seed_verbatim.oracle_verdicts): each case
carries its twin, the formula transcribed by hand into symbols.md's names.
"""

from __future__ import annotations

from construct_checks import CaseChecks
from construct_networks import LINEAR_2_3_MSE, SIGMOID_2_3
from public_formulas import C, W, Public
from seed_verbatim import Twin

NETWORKS = {
    "sigmoid-three": SIGMOID_2_3,
    "linear-three": LINEAR_2_3_MSE,
    # one linear unit with given weights and no bias, its worked numbers: o = 1.5*2.0 + 0.5*1.0 = 3.5, E = 3.0^2
    "worked-unit": '[[layer]]\ninputs = 2\nunits = 1\nactivation = "identity"\nbias = "none"\nweights = [[1.5, 0.5]]\n'
                   '[loss]\nname = "squared_error"\n[data]\nx = [[2.0, 1.0]]\ny = [[0.5]]\n',
}
CHECKS = CaseChecks(NETWORKS)

_VECTORS = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a1[:]"
"v" = "y[:]"
"s" = "z1[:]"
'''
_UNITS = r'''
[notation]
loss = ["E"]
indices = "k"
[notation.symbols]
"o_{k}" = "a1[k-1]"
"v_{k}" = "y[k-1]"
"s_{k}" = "z1[k-1]"
'''
_WORKED = r'''
[notation]
loss = ["E"]
[notation.symbols]
"o" = "a1[0]"
"v" = "y[0]"
'''
_K3 = ({"k": 0}, {"k": 1}, {"k": 2})
_SLOPE = "(a1[{k}] - y[{k}])*a1[{k}]*(1 - a1[{k}])"
_NO_SLOPE = "(a1[{k}] - y[{k}])*a1[{k}]"
_RIGHT = r"\frac{\partial E}{\partial s} = (o - v) \odot o \odot (1 - o)"
_WRONG = r"\frac{\partial E}{\partial s} = (o - v) \odot o"


def _cases() -> list[Public]:
    cases = []
    for key, text, verdict, member in (
            # kramdown's \\[ \\] around the whole formula, on one line and around an equation environment
            ("kramdown-display", "\\\\[ " + _RIGHT + " \\\\]", C, _SLOPE),
            ("kramdown-display-no-slope", "\\\\[ " + _WRONG + " \\\\]", W, _NO_SLOPE),
            ("kramdown-equation", "\\\\[\n\\begin{equation}\n" + _RIGHT + " \\tag{4}\n\\end{equation}\n\\\\]", C,
             _SLOPE),
            ("kramdown-equation-no-slope", "\\\\[\n\\begin{equation}\n" + _WRONG + "\n\\end{equation}\n\\\\]", W,
             _NO_SLOPE),
            ("kramdown-inline", "\\\\( " + _RIGHT + " \\\\)", C, _SLOPE),
            ("kramdown-note-after", "\\\\[ " + _WRONG + " \\\\] -- the error", W, _NO_SLOPE),
            # a note in words after the closing delimiter
            ("note-after", "$$ " + _RIGHT + " $$ -- the output layer's error", C, _SLOPE),
            ("note-after-no-slope", "$$ " + _WRONG + " $$ — ошибка выходного слоя.", W, _NO_SLOPE),
            ("note-after-inline", "$" + _RIGHT + "$ -- Fehler der Ausgabe", C, _SLOPE),
            # a label in words ended by a colon inside the math, before the claim
            ("label-before", r"$Output \, error: " + _RIGHT + "$", C, _SLOPE),
            ("label-before-no-slope", r"$$Output~layer~error: " + _WRONG + "$$", W, _NO_SLOPE)):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-three", _VECTORS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for key, text, verdict, member in (
            # the rule's range over every value of its letter, after it
            ("range-after", r"\frac{\partial E}{\partial s_k} = (o_k - v_k) o_k (1 - o_k) \quad (1 \le k \le K)", C,
             _SLOPE),
            ("range-after-no-slope", r"\frac{\partial E}{\partial s_k} = (o_k - v_k) o_k (1 \le k \le K)", W,
             _NO_SLOPE),
            ("range-after-code", "dE/ds_k = (o_k - v_k) o_k (1 - o_k) (1<=k<=K)", C, _SLOPE),
            ("range-after-dots", r"\frac{\partial E}{\partial s_k} = (o_k - v_k) o_k (1 - o_k), (k = 1, \ldots, K)",
             C, _SLOPE),
            ("range-after-dots-no-slope", r"\frac{\partial E}{\partial s_k} = (o_k - v_k) o_k \quad (k = 1..K)", W,
             _NO_SLOPE)):
        cases.append(Public(f"{key}-{verdict}", "test", "sigmoid-three", _UNITS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for key, text, verdict, member in (
            # \frac and \sqrt copied without their backslash
            ("lost-frac", "dE/ds = frac{2}{3} (o - v)", C, "2*(a1[{k}] - y[{k}])/3"),
            ("lost-frac-third", "dE/ds = frac{1}{3} (o - v)", W, "(a1[{k}] - y[{k}])/3"),
            ("lost-frac-root", "dE/ds = frac{sqrt{4}}{3} (o - v)", C, "2*(a1[{k}] - y[{k}])/3"),
            ("lost-frac-root-nine", "dE/ds = frac{sqrt{9}}{3} (o - v)", W, "(a1[{k}] - y[{k}])")):
        cases.append(Public(f"{key}-{verdict}", "test", "linear-three", _VECTORS, text, ((verdict,),),
                            (Twin("gradient_z", "z1[{k}]", (member,), _K3),)))
    for key, text, verdicts, members in (
            # a worked example's label naming the left side, the chain of numbers after it
            ("worked-label", r"1. **Compute $o$:** $1.5 \times 2.0 + 0.5 \times 1.0 = \mathbf{3.5}$", (C, C),
             ("=1.5*2.0 + 0.5*1.0", "=3.5")),
            ("worked-label-sum", r"1. **Compute $o$:** $1.5 \times 2.0 + 0.5 \times 1.0 = \mathbf{3.0}$", (C, W),
             ("=1.5*2.0 + 0.5*1.0", "=3.0")),
            ("worked-label-word", "Step 1 - output o: 3.0 + 0.5 = 3.5", (C, C), ("=3.0 + 0.5", "=3.5")),
            ("worked-label-own-left", r"**Compute $o$:** $o = 1.5 \times 2.0 = 3.0$", (W, W), ("=1.5*2.0", "=3.0"))):
        cases.append(Public(f"{key}", "test", "worked-unit", _WORKED, text, (verdicts,),
                            (Twin("value", "a1[0]", members),)))
    cases.append(Public("worked-label-loss", "test", "worked-unit", _WORKED,
                        r"2. **Find $E$:** $(3.5 - 0.5)^2 = 3.0^2 = \mathbf{9.0}$", ((C, C, C),),
                        (Twin("value", "(a1[0] - y[0])**2", ("=(3.5 - 0.5)**2", "=3.0**2", "=9.0")),)))
    cases.append(Public("worked-label-loss-unsquared", "test", "worked-unit", _WORKED,
                        r"2. **Find $E$:** $(3.5 - 0.5) = \mathbf{3.0}$", ((W, W),),
                        (Twin("value", "(a1[0] - y[0])**2", ("=(3.5 - 0.5)", "=3.0")),)))
    return cases


CASES = _cases()

test_the_oracle_gives_the_cases_verdicts, test_check_gives_the_oracles_verdicts = CHECKS.tests(CASES)

_refusal = CHECKS.refused


def test_a_range_narrower_than_the_letters_values_is_not_set_aside():
    """``(1 \\le k \\le K-1)`` leaves a unit out: the rule is not read as one for every unit (refused)."""
    message = _refusal("sigmoid-three", _UNITS,
                       r"\frac{\partial E}{\partial s_k} = (o_k - v_k) o_k (1 - o_k) \quad (2 \le k \le K)")
    assert "leaves some of its letter's values out" in message and "write the rule without it" in message
    message = _refusal("sigmoid-three", _UNITS, r"\frac{\partial E}{\partial s_k} = (o_k - v_k) o_k (1 - o_k) (k in [2, K])")
    assert "(k in [2, K])" in message and "leaves some" in message


def test_a_label_naming_a_left_side_before_a_chain_with_letters_is_not_taken():
    """``Compute o: v + 3.0 = ...``: the chain's first member holds letters, so which is the left side is a guess:
    refused, saying to write ``o = ...``."""
    message = _refusal("worked-unit", _WORKED, r"**Compute $o$:** $v + 3.0 = 3.5$")
    assert "the label before the colon names o" in message and "write o = ..." in message


def test_a_name_one_letter_from_an_activations_is_refused_naming_it():
    message = _refusal("sigmoid-three", _VECTORS, r"\frac{\partial E}{\partial s} = (o - v) \odot sigmod'(s)")
    assert "did you mean sigmoid?" in message and "sigmod" in message
    message = _refusal("sigmoid-three", _VECTORS, r"\frac{\partial E}{\partial s} = (o - v) \odot tahn'(s)")
    assert "did you mean tanh?" in message


def test_a_word_far_from_every_activation_keeps_the_plain_message():
    message = _refusal("sigmoid-three", _VECTORS, r"\frac{\partial E}{\partial s} = (o - v) \odot q")
    assert "did you mean" not in message and "[notation.symbols]" in message
